"""holdout163, part E. Invented text, sites, people and places; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="assoc-hardware-tools-convention-html",
        site="永康五金工具行业协会 (invented)",
        style="行业协会",
        genre="公约",
        kind="rules",
        form="html",
        source="https://www.ykwjxh.org.cn/xhdt/2025/0305/211.html",
        title="五金工具行业诚信经营自律公约",
        record_title="【协会公约】五金工具行业诚信经营自律公约",
        date="2025-03-04",
        notes="association site; articles that speak of 打印/张贴; member-login chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会公约】五金工具行业诚信经营自律公约 - 永康五金工具行业协会</title></head><body>
<div class="top">⟦m 永康五金工具行业协会⟧ ⟦a 会员单位登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 行业标准⟧ ⟦m 会员风采⟧</div>
<div class="loc">⟦m 首页 » 协会动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2025-03-05　秘书处　阅读 690⟧</div>
<div class="content">
{BODY}
</div>
<div class="sh">⟦l 分享到：微信 ｜ 钉钉 ｜ 复制链接⟧</div>
<div class="ft">⟦m 协会秘书处电话：0579-8710 2266⟧ ⟦m 浙ICP备16008871号⟧</div>
</body></html>
""",
        date_also=["2025-03-05"],
        body="""
第一条　为规范市场秩序，维护行业信誉，经会员大会讨论通过，制定本公约。
第二条　会员单位应当如实标注产品材质、规格和执行标准，不得虚假宣传。
第三条　会员单位不得以低于成本的价格恶意竞争，不得仿冒他人注册商标和外观设计。
第四条　会员单位应将本公约打印后张贴于经营场所显著位置，接受社会监督。
第五条　本公约自发布之日起施行。
永康五金工具行业协会
2025年3月4日
""",
    ),
    dict(
        slug="assoc-fruit-vinegar-standard-notice",
        site="省果醋饮料行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gcyl-xh.com/tzgg/0421.html",
        title="关于征集《果醋饮料》团体标准起草单位的通知",
        date="2025-04-21",
        notes="association page; the document's own 联系人/邮箱 beside the site's; 附件; chrome between paragraphs",
        page="""
!m 省果醋饮料行业协会　·　服务会员 服务行业
!m 首页 ＞ 通知公告
{T}
!m 文章来源：标准化工作部　　录入时间：2025-04-21
{BODY}
!a 〔打印〕　〔返回〕
!m 协会邮箱：office@gcyl-xh.com　　地址：省城经开区振兴路7号
""",
        body="""
各会员单位：
为规范果醋饮料产品质量，协会拟制定《果醋饮料》团体标准，现面向会员单位征集起草单位。
一、申报条件：具有果醋饮料生产许可证，近三年无重大质量安全事故。
⟦l 相关链接：团体标准管理办法（试行）⟧
二、申报方式：请于5月20日前将申报表发送至协会标准化工作部邮箱。
联系人：滕思雨，电话：0351-7023318，邮箱：bzb@gcyl-xh.com。
附件：团体标准起草单位申报表
省果醋饮料行业协会
2025年4月21日
""",
    ),
    dict(
        slug="corp-tuna-fleet-news-html",
        site="远澜远洋渔业股份有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuanlan-fishery.com/news/company/20250905.html",
        title="公司金枪鱼延绳钓船队完成年度船员安全培训",
        record_title="公司金枪鱼延绳钓船队完成年度船员安全培训_企业新闻_远澜远洋渔业",
        date="2025-09-05",
        record_date="2025-09-05",
        notes="company site; dotted date; investor-hotline chrome; caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司金枪鱼延绳钓船队完成年度船员安全培训_企业新闻_远澜远洋渔业</title>
<script src="/js/aos.js"></script></head><body>
<header>⟦m 远澜远洋渔业 YUANLAN FISHERY⟧ ⟦m 股票代码：8xxxxx⟧ ⟦a 中文 | EN⟧</header>
<nav>⟦m 走进远澜⟧ ⟦m 新闻中心⟧ ⟦m 产品展示⟧ ⟦m 投资者关系⟧</nav>
<div class="bread">⟦m 首页 - 新闻中心 - 企业新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.09.05　浏览量：261⟧</div>
{BODY}
<div class="back">⟦a 返回列表⟧</div>
<footer>⟦m 投资者热线：0580-2016688⟧ ⟦m Copyright © 远澜远洋渔业股份有限公司⟧</footer>
</body></html>
""",
        body="""
9月初，公司金枪鱼延绳钓船队12艘渔船的船员在舟山基地完成年度安全培训，参训船员共286人。
培训内容包括海上求生、船舶消防、急救常识和防范海盗，理论课后均进行了实操考核。
⟦m 图：船员进行救生筏释放演练⟧
船队负责人严海峰表示，今年还将为每艘船增配一套卫星应急示位标，进一步提高远洋作业安全保障水平。
""",
    ),
    dict(
        slug="corp-preserved-fruit-recall-text",
        site="甜蜜园食品官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tianmiyuan-food.com/gonggao/2025/0812.html",
        title="关于主动召回部分批次话梅蜜饯产品的公告",
        record_title="【公司公告】关于主动召回部分批次话梅蜜饯产品的公告",
        date="2025-08-12",
        notes="company recall; batch table; the company's own recall line beside the 400 order line",
        page="""
!m 甜蜜园食品　Since 1998
!m 首页 | 关于我们 | 产品中心 | 公司公告 | 联系我们
!t 【公司公告】关于主动召回部分批次话梅蜜饯产品的公告
!m 发布日期：2025-08-12
{BODY}
!m 订购热线：400-117-5858
!a 关注官方公众号　领取新品试吃券
!d ©2025 甜蜜园食品有限公司 保留所有权利
""",
        body="""
经企业自检发现，我公司生产的部分批次话梅蜜饯产品甜蜜素含量超出标准限量。为保障消费者健康，公司决定主动召回下列产品：
产品名称　规格　生产批号
九制话梅　180克/袋　20250611
陈皮话梅　150克/袋　20250613
已购买上述产品的消费者请停止食用，可凭产品包装到原购买门店办理退款。
召回咨询电话：0595-2257 4410。
甜蜜园食品有限公司
2025年8月12日
""",
    ),
    dict(
        slug="training-bamboo-horse-dance-class-html",
        site="乐舞堂艺术培训 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.lewutang.com/zs/2025/0620.html",
        title="乐舞堂2025年暑期竹马舞传承班招生简章",
        record_title="学员必看 | 乐舞堂2025年暑期竹马舞传承班招生简章",
        date="2025-06-20",
        notes="training school; its own 报名电话 beside a 400 line; course table; floating consult box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学员必看 | 乐舞堂2025年暑期竹马舞传承班招生简章</title></head><body>
<div class="hd">⟦m 乐舞堂艺术培训⟧ ⟦m 全国统一咨询：400-622-0781⟧</div>
<div class="nav">⟦m 课程体系⟧ ⟦m 师资力量⟧ ⟦m 学员风采⟧ ⟦m 在线报名⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-06-20　招生办⟧</div>
{BODY}
<div class="float">⟦w 在线客服 — 点我咨询课程优惠⟧</div>
<div class="ft">⟦m 乐舞堂 版权所有⟧ ⟦d 图片来源于学员活动，禁止盗用⟧</div>
</body></html>
""",
        body="""
竹马舞是流传于我县的传统民间舞蹈。为培养青少年传承人，乐舞堂联合县文化馆开设暑期竹马舞传承班。
班次　上课时间　学费
少儿班（8—12岁）　7月8日—8月2日 每周二四六上午　免费
青年班（13—18岁）　7月8日—8月2日 每周二四六下午　免费
结业学员将参加县文化馆举办的暑期汇报演出。
报名电话：0791-8612 0395（县文化馆群文部）。
""",
    ),
    dict(
        slug="training-luju-syllabus-text",
        site="皖韵戏曲培训学校 (invented)",
        style="培训机构",
        genre="教学计划",
        kind="plan",
        form="text",
        source="http://www.wanyunxiqu.cn/kecheng/luju-2025.html",
        title="庐剧唱腔基础班教学计划（2025年秋季）",
        date=None,
        notes="training school; no date (course season in the title only); enrolment prompt chrome; numbered list",
        page="""
!m 皖韵戏曲培训学校 — 让戏曲走进生活
!m 课程中心 » 庐剧
{T}
!m 更新于 2025　阅读 311
!w 试听课预约：扫码添加班主任微信 wanyun_xq01
{BODY}
!a 立即报名　｜　预约试听
!l 其他课程：黄梅戏身段班　京胡入门班
!d 本校保留课程安排的最终解释权
""",
        body="""
一、教学目标
使学员掌握庐剧主调“二凉”“寒腔”的基本唱法，能完整演唱两个传统唱段。
二、教学安排
1.第1至4周：发声练习与庐剧语言特点；
2.第5至10周：主调学唱；
3.第11至16周：唱段排练与汇报。
三、授课教师
由省级非遗传承人任秋芬主讲，每次课90分钟。
""",
    ),
    dict(
        slug="app-chinese-cabbage-speech-oneline",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.bixiashenghua.app/s/7KqP20",
        title="在全县大白菜产销对接会上的讲话",
        record_title="在全县大白菜产销对接会上的讲话（可编辑）｜笔下生花",
        date="2024-11-06",
        notes="app share page; whole body on one line; date under the title; open-in-app prompts",
        page="""
!m 笔下生花 · 你的写作助手
!a 打开APP，查看完整范文 >
{T}
（2024年11月6日）
{BODY}
!a 复制全文　｜　一键改写　｜　导出Word
!l 相关范文：农产品产销对接会主持词　蔬菜产业发展座谈会发言
!m 来自笔下生花APP的分享
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
同志们：
今天召开大白菜产销对接会，目的是帮助种植户打通销路。今年全县大白菜种植面积达到2.6万亩，预计总产量18万吨。
受市场价格波动影响，部分农户出现了卖难问题。各乡镇要主动对接商超和批发市场，供销社要发挥好冷库储存作用。
希望采购商和种植户加强沟通，签订长期订单，实现互利共赢。
""",
    ),
    dict(
        slug="app-garland-chrysanthemum-summary-html",
        site="公文通APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.gongwentong.cn/share/doc/993107",
        title="茼蒿设施栽培合作社2024年工作总结",
        record_title="茼蒿设施栽培合作社2024年工作总结（通用版）｜公文通",
        date="2025-01-10",
        notes="app share page; member-unlock action inside the body on its own line; signature date",
        page="""
<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>茼蒿设施栽培合作社2024年工作总结（通用版）｜公文通</title></head><body>
<div class="app-bar">⟦m 公文通⟧ ⟦a 打开App⟧</div>
<h1>{T}</h1>
<div class="tags">⟦m 工作总结 · 合作社 · 1620人看过⟧</div>
{BODY}
<div class="bottom">⟦a 复制⟧ ⟦a 收藏⟧ ⟦a 生成PPT⟧</div>
<div class="rec">⟦l 为你推荐：家庭农场年度总结⟧ ⟦l 蔬菜基地工作总结⟧</div>
</body></html>
""",
        body="""
2024年，合作社在镇党委、政府的关心支持下，大力发展茼蒿设施栽培，全年实现销售收入386万元。
一、扩大种植规模。新建连栋大棚24亩，设施茼蒿面积达到160亩，实现周年供应。
⟦a 开通会员，解锁全部内容⟧
二、提升产品品质。全程采用防虫网和生物农药，产品抽检合格率100%。
三、带动农户增收。吸纳周边农户务工62人，人均年务工收入2.4万元。
青坝镇绿苑茼蒿专业合作社
2025年1月10日
""",
    ),
    dict(
        slug="gkforum-united-front-interview-text",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="essay",
        form="text",
        source="http://bbs.shanganba.com/thread-330871-1-1.html",
        title="结构化面试：如何组织民主党派开展专题调研",
        record_title="[面试真题] 结构化面试：如何组织民主党派开展专题调研 - 面试交流 - 上岸吧",
        date=None,
        notes="exam forum; model answer; no date (relative post time); floor chrome",
        page="""
!m 上岸吧公考论坛 › 面试交流
!t [面试真题] 结构化面试：如何组织民主党派开展专题调研 - 面试交流 - 上岸吧
!m 楼主：考公第三年　发表于 3天前
!m 题目：假如你是统战部工作人员，领导让你组织民主党派围绕“县域养老服务”开展专题调研，你会怎么做？
!m 参考答案：
{BODY}
!m 1# 一定上岸：思路清晰，收藏了
!a 回复本帖　　收藏本帖　　评分
!w 面试一对一辅导，私信或加Q 3300178825
""",
        body="""
我会从以下三个方面做好组织工作。
首先，做好前期准备。与各民主党派县委会沟通，了解其成员中熟悉养老服务的专家，确定调研组成员，拟定调研提纲。
其次，精心组织实施。选取城区、城郊、山区各一个乡镇，采取座谈、走访养老机构、发放问卷等方式，确保掌握一手情况。
最后，抓好成果转化。督促形成调研报告，按程序报送县委、县政府，推动意见建议落实。
""",
    ),
    dict(
        slug="gkforum-shaoju-essay-html",
        site="申论圈 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="html",
        source="https://www.shenlunquan.com/t/552018",
        title="让绍剧在新时代唱响新声",
        record_title="[申论范文] 让绍剧在新时代唱响新声 - 申论圈",
        date="2025-05-28",
        notes="exam forum HTML; post date 发表于 as the page date; course ad on a line of its own inside the body",
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 让绍剧在新时代唱响新声 - 申论圈</title></head><body>
<div class="hd">⟦m 申论圈 — 公考人的写作社区⟧</div>
<div class="crumb">⟦m 首页 › 申论范文 › 文化类⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 笔耕不辍 · 发表于 2025-05-28 · 查看 941⟧</div>
<div class="msg">
{BODY}
</div>
<div class="ops">⟦a 点赞⟧ ⟦a 收藏⟧ ⟦l 回复（12）⟧</div>
<div class="ad">⟦a 申论精批班火热报名中，名师逐字批改⟧</div>
</body></html>
""",
        body="""
绍剧高亢激越，被誉为“戏曲中的交响乐”。然而，观众老龄化、演员断层等问题，让这一古老剧种面临考验。
传承绍剧，要守住根脉。应加大对老艺人口述资料的抢救整理，让经典剧目完整留存。
⟦a 【限时】申论写作课0元试听，点击领取⟧
传承绍剧，更要创新表达。用短视频、沉浸式演出拉近与年轻观众的距离，让更多人走进剧场。
唯有守正与创新并举，绍剧才能在新时代唱响新声。
""",
    ),
]
