"""holdout188, part E: community sites, associations, company sites, training schools, writing apps, exam forums. Invented text."""

CASES = [
    dict(
        slug="community-heyuan-html-notice-copy-shop",
        site="禾苑社区网 (invented)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="https://www.heyuansq.cn/tzgg/2024/0415/332.html",
        title="关于在打印复印店办理证件复印时保护个人信息的温馨提示",
        record_title="关于在打印复印店办理证件复印时保护个人信息的温馨提示",
        date="2024-04-15",
        notes="residents' site; the body speaks of 打印/复印/扫码 (kept); grid phone kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>禾苑社区网</title></head>
<body>
<div class="logo">⟦m 禾苑社区 · 邻里一家亲⟧</div>
<div class="menu">⟦l 社区公告 便民服务 党群活动 网格风采⟧</div>
<div class="where">⟦m 首页 › 社区公告⟧</div>
<h1>{T}</h1>
<div class="pub">⟦m 发布：禾苑社区居委会　2024-04-15　人气：96⟧</div>
{BODY}
<div class="zan">⟦l 点赞(8)　转发给邻居⟧</div>
<div class="foot">⟦m 禾苑社区居委会　地址：禾苑路21号⟧ ⟦m 网站备案：沪ICP备18030277号⟧</div>
</body></html>
""",
        body="""
各位居民：
近期有居民反映，在小区周边打印复印店复印身份证后，电脑里仍留有扫描件。为防止个人信息泄露，提醒大家：
一、复印身份证时，请在复印件上注明“仅供××用途，他用无效”。
二、使用店内电脑打印文件后，请当面删除电脑和U盘中的文件。
三、不要随意扫码关注来历不明的打印小程序。
如发现个人信息被冒用，请及时报警，或联系网格员，电话：021-57713308。
禾苑社区居委会
2024年4月15日
""",
    ),
    dict(
        slug="community-jinxiu-text-notice-plumbing",
        site="锦绣里业主之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jinxiuli-home.com/gonggao/0612.html",
        title="关于2号楼排水立管疏通改造的通知",
        record_title="【物业通知】关于2号楼排水立管疏通改造的通知",
        date="2024-06-12",
        notes="community text page; chrome glued before a 。 and a line box between paragraphs",
        page="""
!m 锦绣里业主之家 | 物业服务中心
{T}
!m 2024-06-12　物业客服中心　浏览 233
{BODY}
!a 【转发到业主群】【收藏】
!m 物业24小时值班电话：0755-26661180
""",
        indent="\u3000\u3000",
        body="""
2号楼各位业主：
近期2号楼多户反映卫生间下水缓慢、返味，经检查为排水立管老化、管壁结垢所致⟦a （点此查看现场照片）⟧。物业服务中心将于6月17日至21日对该楼排水立管进行疏通改造。
⟦l 相关通知：二次供水设施清洗公告⟧
施工期间每天9时至17时停用卫生间排水，请业主提前做好准备。给您带来不便，敬请谅解。
锦绣里物业服务中心
2024年6月12日
""",
    ),
    dict(
        slug="assoc-gangjie-html-pledge-steel-structure",
        site="栎阳市钢结构行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.lyggjg.org.cn/xhdt/2024/0506/81.html",
        title="钢结构行业安全生产诚信经营倡议书",
        record_title="【协会倡议】钢结构行业安全生产诚信经营倡议书",
        date="2024-05-06",
        notes="association site; member login; 成文日期 at end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【协会倡议】钢结构行业安全生产诚信经营倡议书_栎阳市钢结构行业协会</title></head>
<body>
<div class="hd">⟦m 栎阳市钢结构行业协会⟧ ⟦a 会员登录｜入会申请⟧</div>
<div class="nav">⟦l 协会概况 协会动态 政策法规 会员风采 技术交流⟧</div>
<div class="pos">⟦m 当前位置：协会动态⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 来源：协会秘书处　时间：2024-05-06⟧</div>
{BODY}
<div class="ft">⟦m 协会秘书处电话：0394-8218866　邮箱：lyggjg@126.com⟧</div>
</body></html>
""",
        body="""
全市钢结构行业会员单位：
为营造安全、诚信的行业环境，协会向全体会员单位发出如下倡议：
一、严格落实高处作业、吊装作业安全措施，作业人员持证上岗。
二、诚信投标，不围标串标，不低于成本价恶意竞争。
三、按时足额支付农民工工资，不拖欠分包款。
四、推广使用高强螺栓和焊接机器人，提升工程质量。
栎阳市钢结构行业协会
2024年5月6日
""",
    ),
    dict(
        slug="assoc-esports-text-minutes-council",
        site="椿城电子竞技运动协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.ccesports.org/news/2024-03-31.html",
        title="椿城电子竞技运动协会第一届理事会第三次会议纪要",
        record_title="椿城电子竞技运动协会第一届理事会第三次会议纪要",
        date="2024-03-30",
        notes="minutes' 时间/地点/主持/出席/记录 lines and a vote count kept",
        page="""
!m 椿城电子竞技运动协会 · 协会动态
{T}
!m 发布者：秘书处　发布于 2024-03-31
{BODY}
!l 上一篇：电竞进校园公益讲座走进椿城一中
!d 协会官网内容未经许可不得转载
""",
        body="""
时间：2024年3月30日14:00
地点：协会会议室
主持：会长 邵天宇
出席：理事11人（应到13人）
记录：秘书处 田甜
会议审议通过了《协会2024年工作计划》和《青少年电竞赛事参赛管理办法》，表决结果：同意11票，反对0票，弃权0票。
会议决定，6月举办全市高校电竞联赛，赛事严格执行未成年人防沉迷规定。
""",
    ),
    dict(
        slug="corp-lvyuan-html-news-morels-export",
        site="绿原菌业官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lvyuanjunye.com/news/company/202411/260.html",
        title="绿原菌业首批干制羊肚菌出口东南亚",
        record_title="绿原菌业首批干制羊肚菌出口东南亚-公司新闻-绿原菌业",
        date="2024-11-06",
        notes="company site; sales hotline and online chat; photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>绿原菌业首批干制羊肚菌出口东南亚-公司新闻-绿原菌业</title>
<script src="/kefu/chat.js"></script></head>
<body>
<header>⟦m 绿原菌业 | 山野好菌，绿原出品⟧ ⟦w 订购热线 400-655-0917⟧</header>
<nav>⟦l 首页 关于绿原 产品中心 基地展示 新闻资讯 联系我们⟧</nav>
<div class="crumb">⟦m 首页 > 新闻资讯 > 公司新闻⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 2024-11-06　浏览：517⟧</div>
{BODY}
<div class="chat">⟦w 在线客服 · 点击咨询⟧</div>
<footer>⟦m 版权所有 © 桦原绿原菌业有限公司⟧ ⟦m 黔ICP备22001914号-1⟧</footer>
</body></html>
""",
        body="""
11月5日，装载8吨干制羊肚菌的集装箱从公司物流中心出发，运往马来西亚，这是公司产品首次出口东南亚。
⟦m 图：工人正在装运出口的羊肚菌⟧
今年以来，公司与桦原镇12家合作社签订保底收购协议，建成烘干生产线2条，产品通过出口食品生产企业备案。
公司负责人表示，明年计划出口量翻一番，带动更多种植户增收。
""",
    ),
    dict(
        slug="corp-yuefeng-text-recall-jelly",
        site="悦丰食品官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yuefengfood.cn/gonggao/2024-08.html",
        title="关于主动召回部分批次果冻产品的公告",
        record_title="关于主动召回部分批次果冻产品的公告",
        record_date="2024-08-19",
        date="2024-08-19",
        notes="recall notice: batch table; the company's customer line kept; site phone in header",
        page="""
!m 悦丰食品 · 甜蜜每一天　　全国服务热线：400-900-1726
!m 首页 > 企业公告
{T}
{BODY}
!l 返回公告列表
!m Copyright © 悦丰食品有限公司　粤ICP备16051120号
""",
        body="""
我公司在自检中发现，部分批次杯装果冻标签上的保质期印制有误。为保障消费者权益，公司决定主动召回相关产品。
产品名称　规格　生产批号
什锦杯装果冻　200克　20240611
什锦杯装果冻　200克　20240612
已购买上述产品的消费者，可凭产品到原购买门店办理退货，或拨打公司客户服务电话0756-3882170登记。
悦丰食品有限公司
2024年8月19日
""",
    ),
    dict(
        slug="training-shengyin-html-brochure-broadcasting",
        site="声音工坊播音主持培训 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="brochure",
        form="html",
        source="https://www.shengyingf.com/zs/2024-summer.html",
        title="2024年暑期少儿播音主持班招生简章",
        record_title="2024年暑期少儿播音主持班招生简章（附课程安排）",
        date=None,
        notes="training-school site; 报名电话 kept beside the 400 line; course table; no date (year in title)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2024年暑期少儿播音主持班招生简章（附课程安排）_声音工坊</title></head>
<body>
<div class="top">⟦m 声音工坊 · 让孩子敢说会说⟧ ⟦w 全国咨询 400-606-3317⟧</div>
<div class="nav">⟦l 首页 课程体系 师资团队 学员风采 校区分布⟧</div>
<h1>{T}</h1>
{BODY}
<div class="form">⟦a 立即预约试听（留下手机号，老师1小时内回电）⟧</div>
<div class="foot">⟦m 声音工坊教育科技有限公司 版权所有⟧</div>
</body></html>
""",
        body="""
一、招生对象：5至12周岁少年儿童。
二、课程安排
班型　上课时间　课时
启蒙班　7月8日至7月26日　24
提高班　7月29日至8月16日　24
三、收费标准：每期2880元，含教材费。
四、报名地址：城东校区（文昌路88号二楼），报名电话：0411-83321506。
""",
    ),
    dict(
        slug="training-mujiang-text-plan-carpentry-class",
        site="匠心木作学堂 (invented)",
        style="培训机构",
        genre="培训方案",
        kind="plan",
        form="text",
        source="http://www.jiangxinmuzuo.com/kc/2024-fangan.html",
        title="传统木作技艺短期培训班实施方案",
        record_title="传统木作技艺短期培训班实施方案-匠心木作学堂",
        date="2024-02-26",
        notes="training site: trial-class ads between paragraphs; hard-wrapped",
        page="""
!m 匠心木作学堂 | 一刀一凿 皆是匠心
!w 报名咨询微信：mz_jiangxin（同电话）
{T}
{BODY}
!a 预约到店体验课 → 
!d 本站图文为学堂原创，未经许可禁止转载。
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
为传承榫卯等传统木作技艺，培养实用型木工人才，学堂联合县人社局开办传统木作技艺短期培训班。
一、培训内容：工具识别与保养、常用榫卯结构制作、小型家具打制和安全操作规范。
⟦a 限时福利：转发本文到朋友圈可领体验课一节⟧
二、培训时间：3月11日至4月5日，共20个工作日。
三、考核发证：结业考核合格者，颁发职业技能培训合格证书。
匠心木作学堂
2024年2月26日
""",
    ),
    dict(
        slug="app-bixia-text-summary-archives-digitising",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bixiaapp.com/article/2f8c91?from=wx",
        title="县档案馆2024年档案数字化工作总结",
        record_title="县档案馆2024年档案数字化工作总结｜笔下生花",
        date=None,
        notes="app share page; open-in-app prompts; no date (year only in title, share stamp)",
        page="""
!a 打开APP，查看更多精品范文
!m 笔下生花 · 专业公文写作助手
{T}
!m 作者：档案人小杨　分享于 2025-01-04
{BODY}
!a 继续阅读全文需打开APP
!l 猜你想写：档案管理自查报告｜档案室年度工作计划
""",
        indent="\u3000\u3000",
        body="""
今年以来，县档案馆把馆藏档案数字化作为重点工作，全年完成数字化扫描档案2.6万卷、146万画幅，馆藏数字化率由41%提高到58%。
一是严格外包管理，与数字化服务公司签订保密协议，加工场所全程视频监控。
二是狠抓质量检查，对扫描图像逐卷抽检，抽检比例不低于10%。
三是推进利用服务，新建档案查询终端4台，群众查档平均时间缩短至10分钟。
""",
    ),
    dict(
        slug="app-gongwenbao-text-speech-veterans",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.gongwenbao.cn/s/jh7731",
        title="在八一建军节老兵座谈会上的讲话",
        record_title="在八一建军节老兵座谈会上的讲话（精选）",
        date="2024-07-31",
        notes="app share; date under the title; AI rewrite buttons glued; VIP prompt",
        page="""
!m 公文宝 | 写材料 更省心
{T}
（2024年7月31日）
!a 【AI润色】【一键仿写】【复制】
{BODY}
!a 开通公文宝VIP，解锁全部范文及Word下载
!l 热门：退役军人事务局半年总结｜拥军优属慰问信
""",
        indent="\u3000\u3000",
        body="""
各位老战友、同志们：
在八一建军节即将到来之际，我们在这里召开老兵座谈会，向大家致以节日的问候！⟦a 复制本段⟧
各位老兵在部队保家卫国，回到地方继续建功立业，是全县人民学习的榜样。
县里将继续落实好各项优抚政策，让广大退役军人感受到党和政府的关怀。
祝大家节日快乐、身体健康！
""",
    ),
    dict(
        slug="gkforum-anan-html-post-interview-notes",
        site="岸岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://bbs.ananlgk.com/thread-70113-1-1.html",
        title="事业单位结构化面试备考心得",
        record_title="[上岸经验] 事业单位结构化面试备考心得（附每日练习表） - 面试交流 - 岸岸公考论坛",
        date="2024-08-09",
        notes="exam forum post; daily schedule table kept; jammer fonts; post date is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[上岸经验] 事业单位结构化面试备考心得（附每日练习表） - 面试交流 - 岸岸公考论坛</title></head>
<body>
<div id="hd">⟦m 岸岸公考论坛 · 一起上岸⟧ ⟦a 登录 注册⟧</div>
<div id="pt">⟦m 论坛 › 面试交流 › 正文⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 作者：上岸小鹿 | 发表于 2024-8-9 22:40⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="lst">⟦l 相关帖子 · 面试真题汇总 · 考官评分标准解读⟧</div>
<div id="ft">⟦m 岸岸公考论坛 Powered by Discuz!⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
从笔试出成绩到面试只有三周，我按照下面的节奏准备，最后面试分86.4，排名第一。
时段　内容
上午　背热点、整理素材
下午　限时答题并录音
晚上　复盘和模考
最重要的一点是开口练。每天至少模拟三道题，录下来听，慢慢就能改掉口头禅。
祝大家都能上岸！
""",
    ),
    dict(
        slug="gkforum-laoxiang-text-shenlun-essay",
        site="老乡公考社区 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://www.laoxianggk.cn/sl/9921.html",
        title="让老字号在新时代焕发活力",
        record_title="[申论范文] 让老字号在新时代焕发活力",
        date=None,
        notes="forum text page; member prompts and junk; relative times are no date",
        page="""
!m 老乡公考社区 > 申论专区 > 范文精选
{T}
!m 楼主：阿木老师　　发布于 3天前　　回复：58
{BODY}
!a 回复可见批改点评　|　加入申论打卡群
!l 本版热帖：2024国考申论大作文真题｜归纳概括题答题模板
""",
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=1),
        body="""
老字号承载着一座城市的记忆。一碗面、一块点心、一把剪刀，背后是几代人的匠心坚守。
然而，一些老字号固守老路，产品多年不变，渠道单一，逐渐被年轻人遗忘。
守正才能不失根本，创新才能赢得未来。老字号要守住工艺和品质，也要拥抱新渠道、新设计。
让老字号走进年轻人的生活，需要企业、政府和社会共同努力。
""",
    ),
]
