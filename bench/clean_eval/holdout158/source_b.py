"""holdout158, part B: tchoukball (巧固球) in schools, leagues and firms. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-bureau-tchoukball-league-notice",
        site="璎湖区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yinghu.gov.cn.invalid/art/2025/3/14/art_5521_90217.html",
        title="关于举办璎湖区第二届中小学生巧固球联赛的通知",
        record_title="关于举办璎湖区第二届中小学生巧固球联赛的通知 - 璎湖教育",
        date="2025-03-12",
        notes="education portal; 文号 neutral; 附件 list and the bureau's contact kept; site's technical support line in footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办璎湖区第二届中小学生巧固球联赛的通知 - 璎湖教育</title></head><body>
<div class="banner">⟦m 璎湖教育 · 办人民满意的教育⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 教育动态⟧ ⟦m 通知公告⟧ ⟦m 招生考试⟧ ⟦m 办事指南⟧</div>
<div class="path">⟦m 首页 » 通知公告 » 体卫艺⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：体卫艺科　发布日期：2025-03-14　阅读：2207⟧</div>
<p class="wh">璎教体〔2025〕9号</p>
{BODY}
<div class="tools">⟦a [打印本页]⟧ ⟦a [收藏]⟧ ⟦a [关闭]⟧</div>
<div class="foot">⟦m 璎湖区教育局 版权所有　技术支持：区教育信息中心 0571-89021130⟧</div>
</body></html>
""",
        date_also=["2025-03-14"],
        body="""
各中小学：
为推广新兴校园体育项目，培养学生团队协作精神，区教育局决定举办璎湖区第二届中小学生巧固球联赛。现将有关事项通知如下。
一、比赛时间：2025年4月至6月，每周六进行。
二、比赛分组：小学组、初中组，每组男女混合，每队报名运动员12人。
三、报名要求：各校于3月28日前登录区体育竞赛管理平台填报，并下载打印报名表，加盖学校公章后交区青少年体育中心。
四、其他事项：比赛用球及回弹网架由承办学校统一提供。
附件：1.璎湖区第二届中小学生巧固球联赛竞赛规程
2.参赛报名表
联系人：钱越，电话：0571-89022365。
璎湖区教育局
2025年3月12日
""",
    ),
    dict(
        slug="news-tchoukball-county-finals",
        site="珰口新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dangkounews.cn.invalid/tiyu/202506/t20250609_411802.shtml",
        title="珰口县首届巧固球公开赛落幕 16支队伍同场竞技",
        record_title="珰口县首届巧固球公开赛落幕 16支队伍同场竞技_体育_珰口新闻网",
        date="2025-06-09",
        notes="news portal: time line is the date; in-body ad box and photo caption between paragraphs; editor line glued",
        page="""
<html><head><meta charset="utf-8"><title>珰口县首届巧固球公开赛落幕 16支队伍同场竞技_体育_珰口新闻网</title>
<script>var ad_slot="a12";</script></head><body>
<div id="top">⟦m 珰口新闻网⟧ ⟦m 珰口县融媒体中心主办⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div id="nav">⟦m 首页⟧ ⟦m 时政⟧ ⟦m 民生⟧ ⟦m 体育⟧ ⟦m 视频⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 2025-06-09 20:15　来源：珰口日报　记者 邵霖⟧</div>
{BODY}
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 珰口高铁站东广场今起开放⟧</li><li>⟦l 我县发布暴雨黄色预警⟧</li></ol></div>
<div class="copy">⟦d 未经授权禁止转载、摘编、复制或建立镜像，违者依法追究责任。⟧</div>
</body></html>
""",
        body="""
6月8日，珰口县首届巧固球公开赛在县体育中心落下帷幕。经过两天激烈角逐，县实验中学代表队获得冠军，城南街道队和县第二中学队分获亚军和季军。
巧固球是一项不允许身体对抗的集体球类运动，球员将球投向回弹网架，以对方接不住反弹球得分。本次比赛共有来自学校、机关和社区的16支队伍参加。
⟦m 图为比赛现场。记者 邵霖 摄⟧
⟦a 【广告】夏季游泳培训班火热报名中⟧
县体育总会负责人表示，下一步将在全县中小学推广巧固球运动，并组建县级代表队参加全省比赛。⟦m （责任编辑：马一鸣）⟧
""",
    ),
    dict(
        slug="blog-pe-teacher-tchoukball-reflection-wrapped",
        site="跑道边的粉笔 个人博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="reflection",
        form="text",
        source="http://fenbi-paodao.blog.invalid/post/2025/05/tchoukball-class.html",
        title="上了一学期巧固球课的几点体会",
        record_title="上了一学期巧固球课的几点体会 – 跑道边的粉笔",
        date="2025-05-30",
        notes="blog: bracketed post time is the date; hard-wrapped at 58 columns; tag cloud and archive below",
        wrap=58,
        page="""
!m 跑道边的粉笔 | 一个体育老师的碎碎念
!m 首页  关于我  课堂笔记  训练日志
{T}
!m [2025-05-30 22:41] 分类：课堂笔记 | 评论(6)
{BODY}
!l 标签：巧固球  体育课  教学反思
!l « 前一篇：跳绳测试前的两周    后一篇：运动会入场式小记 »
!l 文章归档：2025年5月(4)  2025年4月(3)  2025年3月(5)
!l 发表评论  昵称___  内容___  [提交]
!d 本博客文章均为原创，转载请注明出处与作者。
""",
        body="""
这学期学校把巧固球引进了七年级体育课，我带了四个班，一共上了十六次课。写下几点体会，也算给自己的教学留个记录。
一是规则简单，学生上手快。巧固球不允许拦截和身体接触，个子小的同学也敢参与，课堂上几乎没有人站在一边看。
二是需要反复练习接球。反弹球速度快、角度多，前几次课很多同学接不住，后来我增加了两人一组的对墙接球练习，效果明显。
三是场地器材要提前准备。两个回弹网架要专人搬运和检查，否则容易耽误上课时间。
下学期我准备组织一次年级班际赛，让更多学生体验这项运动的乐趣。
""",
    ),
    dict(
        slug="tender-tchoukball-equipment-procurement",
        site="瑆原市公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="tender",
        form="html",
        source="https://ggzy.xingyuan.gov.cn.invalid/jyxx/zfcg/cggg/20250415/0042.html",
        title="瑆原市教育装备中心巧固球教学器材采购项目公开招标公告",
        record_title="瑆原市教育装备中心巧固球教学器材采购项目公开招标公告",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="tender: lot table rows with ideographic spaces; purchaser and agency contacts vs the platform's CA hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑆原市公共资源交易网</title></head><body>
<div class="hd">⟦m 瑆原市公共资源交易网⟧ ⟦m 阳光交易 公平公正⟧</div>
<div class="nv">⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧ ⟦m 诚信体系⟧</div>
<div class="pos">⟦m 当前位置：交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 信息来源：瑆原市政府采购中心　发布时间：2025-04-15 09:00:00⟧</div>
{BODY}
<div class="ops">⟦a 【我要投标】⟧ ⟦a 【下载招标文件】⟧ ⟦a 【打印】⟧</div>
<div class="ft">⟦m CA证书办理及交易系统技术咨询：0359-96011⟧<br>⟦m 主办单位：瑆原市公共资源交易中心⟧</div>
</body></html>
""",
        body="""
项目编号：XYCG-2025-0307
项目概况：瑆原市教育装备中心巧固球教学器材采购项目，采用公开招标方式，欢迎合格供应商投标。
包号　采购内容　数量　预算金额（万元）
1　巧固球回弹网架　120副　48.00
2　巧固球比赛用球　600只　9.60
3　场地标志线及护垫　40套　12.40
投标截止时间：2025年5月8日9:30（北京时间）。
采购人：瑆原市教育装备中心，联系人：贺林，电话：0359-2013367。
代理机构：瑆原正弘招标代理有限公司，联系人：陶可，电话：0359-2286510。
""",
    ),
    dict(
        slug="rsks-pe-teacher-tchoukball-specialty-exam",
        site="玹岭县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="announcement",
        form="html",
        source="http://rsks.xuanling.gov.cn.invalid/ksxx/202505/t20250520_3341.html",
        title="玹岭县2025年公开招聘体育教师（巧固球方向）专业技能测试公告",
        record_title="玹岭县2025年公开招聘体育教师（巧固球方向）专业技能测试公告【考务公告】",
        date="2025-05-20",
        notes="exam site: timetable table; admission-ticket printing sentence kept; site technical line vs committee's 咨询电话",
        page="""
<html><head><meta charset="utf-8"><title>玹岭县人事考试网</title></head><body>
<div class="top">⟦m 玹岭县人事考试网⟧ ⟦a 考生登录⟧ ⟦a 注册⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 考试信息⟧ ⟦m 成绩查询⟧ ⟦m 证书管理⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-05-20　访问量：4521⟧</div>
{BODY}
<div class="notice">⟦d 温馨提示：请考生以本网站发布的信息为准，谨防诈骗。⟧</div>
<div class="foot">⟦m 网站技术支持：0736-7125500（仅限报名系统问题）⟧</div>
</body></html>
""",
        body="""
根据《玹岭县2025年公开招聘中小学教师公告》，现将体育教师（巧固球方向）岗位专业技能测试有关事项公告如下。
一、测试对象：笔试成绩合格并通过资格复审的考生，共18人。
二、测试安排：
项目　时间　地点
巧固球基本技术　6月7日8:30　县体育中心篮球馆
教学片段展示　6月7日14:00　县第一中学体育馆
三、考生须于6月3日至6日登录本网站下载打印测试准考证，凭准考证和身份证参加测试。
四、咨询电话：0736-7122368（县教师招聘工作领导小组办公室）。
玹岭县教育局
2025年5月20日
""",
    ),
    dict(
        slug="fanwen-app-tchoukball-club-plan-oneline",
        site="写作侠 APP 分享页 (invented)",
        style="范文APP",
        genre="活动方案",
        kind="plan",
        form="text",
        source="https://share.xiezuoxia.app.invalid/doc/7c91ab204",
        title="小学巧固球社团活动方案",
        record_title="小学巧固球社团活动方案（精选）",
        date=None,
        notes="writing-app share page: whole body on one line; no date (share stamp is not a date)",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 写作侠 · 你的写作好帮手
!t 小学巧固球社团活动方案（精选）
!m 由用户 小鹿老师 分享 · 2小时前
{BODY}
!a 打开APP查看完整排版 >>
!a 一键AI改写 | 复制全文 | 生成PPT
!l 大家还在看：小学足球社团活动计划 · 校园体育节活动方案
""",
        body="""
一、活动目的。通过开展巧固球社团活动，丰富学生课余生活，提高学生的传接球能力和团队意识。
二、活动对象。三至五年级学生，每学期招收24人，分为4个小组。
三、活动时间和地点。每周三下午第三节课后，在学校风雨操场进行。
四、活动内容。第1至4周学习规则和传接球，第5至10周练习投网和防守站位，第11至16周开展小组对抗赛。
五、安全保障。活动前做好热身，指导教师全程在场，器材使用后及时检查收纳。
""",
    ),
    dict(
        slug="qa-tchoukball-club-application",
        site="问得到社区 (invented)",
        style="问答社区",
        genre="申请书",
        kind="application",
        form="text",
        source="https://www.wendedao.com.invalid/question/88120347",
        title="大学生巧固球协会成立申请书怎么写？",
        record_title=None,
        date=None,
        notes="Q&A: the question is the title (missing from the record); the answer's sample has placeholders; relative times are not dates",
        page="""
!m 问得到 — 有问题，就问得到
!m 首页 > 校园 > 社团活动
{T}
!m 提问者：小北同学 · 5天前 · 浏览 862
!m 最佳回答 来自 团委老周 · 4天前 · 获赞 41
{BODY}
!l 👍 有用(41)　👎 没用(2)　💬 评论(5)
!l 其他回答(3) ▾
!l 相关问题：社团年审材料有哪些？｜学生社团指导老师怎么找？
!m 问得到 © 2025　京ICP备20031886号
""",
        body="""
可以参考下面这个格式，把括号里的内容换成你们自己的情况。
关于成立××大学巧固球协会的申请
校团委、学生社团联合会：
巧固球是一项强调配合、禁止身体冲撞的新兴球类运动。为丰富同学们的课余生活，我们发起成立××大学巧固球协会，现有意向会员35人，并已邀请体育学院××老师担任指导教师。
协会将每周组织两次训练，每学期举办一次校内友谊赛。恳请批准。
申请人：××
××××年××月××日
""",
    ),
    dict(
        slug="assoc-tchoukball-referee-cert-notice",
        site="瑜州市巧固球运动协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yzqgq.org.invalid/xhdt/2025/0812/221.html",
        title="关于开展2025年巧固球二级裁判员培训考核的通知",
        record_title="【协会通知】关于开展2025年巧固球二级裁判员培训考核的通知",
        date="2025-08-12",
        notes="association site; member-login and join prompts; association mailbox kept in body",
        page="""
<html><head><meta charset="utf-8"><title>【协会通知】关于开展2025年巧固球二级裁判员培训考核的通知</title></head><body>
<div class="hd">⟦m 瑜州市巧固球运动协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 赛事活动⟧ ⟦m 裁判教练⟧ ⟦m 联系我们⟧</div>
<h2>{T}</h2>
<p class="t">⟦m 2025年08月12日　来源：本会秘书处⟧</p>
{BODY}
<div class="rel">⟦l 推荐：巧固球竞赛规则（2024版）解读⟧</div>
<div class="f">⟦m 协会地址：瑜州市体育路3号市体育中心B座　邮编：341000⟧<br>⟦d ©瑜州市巧固球运动协会 未经许可不得转载⟧</div>
</body></html>
""",
        body="""
各会员单位：
为加强裁判员队伍建设，协会定于9月中旬举办2025年巧固球二级裁判员培训考核。
一、培训对象：已取得三级裁判员证书满一年、年龄在20至55周岁的人员。
二、培训时间：9月13日至14日，理论考试和临场考核同期进行。
三、报名方式：请填写报名表，于9月5日前发送至协会邮箱yzqgq_cpw@163.com，逾期不予受理。
四、考核合格者由协会颁发二级裁判员证书，并纳入市级赛事裁判选派库。
瑜州市巧固球运动协会
2025年8月12日
""",
    ),
    dict(
        slug="corp-sports-maker-rebound-frame-recall",
        site="琇坪体育用品股份有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="announcement",
        form="html",
        source="https://www.xiupingsports.com.invalid/news/gonggao/2025-0718.html",
        title="关于召回部分批次巧固球回弹网架的公告",
        record_title="关于召回部分批次巧固球回弹网架的公告 | 琇坪体育",
        date="2025-07-18",
        notes="company site: sales hotline and online shop links are chrome; the recall line in the body kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分批次巧固球回弹网架的公告 | 琇坪体育</title></head><body>
<header>⟦m 琇坪体育 XIUPING SPORTS⟧ <span>⟦w 销售热线：400-117-3300⟧</span></header>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 解决方案⟧ ⟦m 新闻公告⟧ ⟦m 联系我们⟧</nav>
<h1>{T}</h1>
<div class="d">⟦m 发布日期：2025-07-18⟧</div>
{BODY}
<aside>⟦a 进入官方商城⟧ ⟦a 经销商入口⟧</aside>
<footer>⟦m Copyright © 2025 琇坪体育用品股份有限公司　闽ICP备12006631号-1⟧</footer>
</body></html>
""",
        body="""
我公司在质量回访中发现，2025年3月至4月生产的QG-200型巧固球回弹网架（生产批号20250301至20250430），部分产品弹簧挂钩存在焊接不牢的情况，长期使用可能导致挂钩脱落。
为保障用户安全，公司决定召回上述批次产品，为用户免费更换加强型挂钩组件。
用户可查看网架底部铭牌上的生产批号，确认属于召回范围的，请暂停使用，并拨打召回专线0595-22761080预约上门更换。
由此给用户带来的不便，我们深表歉意。
琇坪体育用品股份有限公司
2025年7月18日
""",
    ),
    dict(
        slug="gkforum-shenlun-emerging-sports-material",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shanganba.net.invalid/forum.php?mod=viewthread&tid=1290334",
        title="让新兴运动走进百姓生活",
        record_title="[申论范文] 让新兴运动走进百姓生活（附写作思路）- 申论交流 - 上岸吧",
        date=None,
        notes="exam forum: essay with no date; post time is a relative time; reply and reward prompts",
        page="""
!m 上岸吧公考论坛 » 申论交流 » 范文赏析
!t [申论范文] 让新兴运动走进百姓生活（附写作思路）
!m 楼主 申论小陈 发表于 昨天 21:06
!a 回复后可查看写作思路 ▾
{BODY}
!a 本帖隐藏内容需回复可见，点击“回复”即可查看
!l 收藏(88) 分享 评分 +1 金币
!l 沙发：码住，明天背！
!m 上岸吧 · 陪你一起上岸
""",
        body="""
从巧固球、飞盘到匹克球，一批新兴运动正走进校园和社区。它们规则简单、对抗性弱、上手门槛低，让更多普通人有了参与体育的机会。
推动新兴运动发展，需要场地跟上。各地可以利用公园边角地、学校操场错时开放等方式，增加群众身边的运动空间。
推动新兴运动发展，需要组织引领。体育部门和社会组织应当加强教练、裁判培养，举办更多面向普通人的赛事。
全民健身没有“冷门”项目。只要群众喜欢，就应当为它留出一片场地、搭起一个舞台。
""",
    ),
    dict(
        slug="docshare-referee-training-reflection-markers",
        site="共享资料馆 (invented)",
        style="文档分享",
        genre="心得体会",
        kind="reflection",
        form="text",
        source="https://www.gxzlg.com.invalid/p-90137212.html",
        title="巧固球裁判员培训心得体会",
        record_title="巧固球裁判员培训心得体会.docx",
        date="2024-11-20",
        notes="file-name title; page markers •n• glued to continuation lines; upload notice",
        pages=dict(fmt="•{n}•", every=120, start=2, glue=True),
        page="""
!m 共享资料馆 — 资料共享 学习交流
!t 巧固球裁判员培训心得体会.docx
!m 贡献者：zhou_2024 · 上传于：2024-11-25 · 页数：2
!a 免费预览已结束，剩余内容需下载后查看
{BODY}
!d 本资料由用户上传分享，仅用于学习交流，若侵犯了您的权益请联系我们删除。
!a 下载文档（2积分）| 收藏 | 举报
""",
        body="""
11月18日至20日，我参加了市体育局举办的巧固球裁判员培训班，系统学习了竞赛规则、裁判法和临场执法要求，收获很大。
一是对规则理解更深了。过去我对“禁区”和“三次触网限制”的判罚把握不准，通过老师讲解和视频案例分析，现在能够准确判断。
二是对裁判员的职责认识更清楚了。裁判员不仅要判得准，还要及时沟通，保证比赛顺利进行。
今后我将多参加临场实践，努力成为一名合格的巧固球裁判员。
谢晓彤
2024年11月20日
""",
    ),
]
