"""holdout28, part B: an aluminium smelter's intranet, a household-registration Q&A, a retired
lighthouse keeper's collection, a utility-tunnel company's Party column, a physical-examination
centre, a university international office, a county forum, a download station, a fire-equipment
operator exam, a school-uniform tender, a medical-dispute law firm and an owners' site. Everything
invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="aluminium-intranet-safety-summary-html",
        site="蘩城铝业集团协同办公平台 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://oa.fanchenglv.example.com/portal/doc/view?id=20250712",
        title="电解二厂2025年上半年安全生产工作总结",
        record_title="电解二厂2025年上半年安全生产工作总结 - 文档中心 - 蘩城铝业OA",
        date="2025-07-08",
        notes="an intranet document view: user bar, left menu, a 流转记录 block with read counts, watermark text; numbered list and an indicator table; 成文日期 at the end",
        page="""
<html><head><meta charset="utf-8"><title>电解二厂2025年上半年安全生产工作总结 - 文档中心 - 蘩城铝业OA</title></head>
<body>
<div class="userbar">⟦m 当前用户：设备部 汪立　工号 F20318⟧ ⟦a 退出登录⟧</div>
<div class="leftmenu"><ul><li>⟦m 待办事项(4)⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 文档中心⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="docview">
<h3>{T}</h3>
<div class="docmeta">⟦m 拟稿部门：电解二厂安全环保科　密级：内部　阅读人数：146⟧</div>
{BODY}
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-07-08 10:21 安全环保科 沈淼 提交⟧</p><p>⟦l 2025-07-09 08:47 厂长 钟国栋 已阅⟧</p></div>
<div class="watermark">⟦d 内部资料 严禁外传 汪立F20318⟧</div>
</div>
<div class="ft">⟦m 信息中心技术支持 分机 6600⟧</div>
</body></html>
""",
        body="""
上半年，电解二厂认真落实集团公司安全生产工作部署，全厂未发生轻伤及以上生产安全事故，现将有关情况总结如下。
一、主要工作
1.开展电解槽作业区隐患排查，查出隐患一百零七项，已全部整改完毕。
2.组织高温熔体喷溅应急演练两次，参演员工三百二十人次。
3.完成天车防碰撞装置改造十二台。
二、主要指标
指标　目标值　完成值
隐患整改率　100%　100%
安全培训覆盖率　100%　100%
三、下半年打算
下半年，我们将重点抓好夏季高温作业防护和检修作业安全管理，确保全年安全目标实现。
电解二厂
2025年7月8日
""",
    ),
    dict(
        slug="hukou-qa-answer-sample-letter",
        site="问必答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenbida.example.com/q/3318620.html",
        title="投靠子女落户需要准备哪些材料？",
        record_title="投靠子女落户需要准备哪些材料？ - 问必答",
        date="2025-08-14",
        notes="a Q&A page: the question repeated, an answerer card, 回答于 is the page's date; a sample 申请 with a ××××年××月××日 placeholder kept in the body; 有用/没用 buttons, related questions",
        page="""
!m 问必答 — 有问题，就问必答
!t 投靠子女落户需要准备哪些材料？
!m 提问者：椴原网友　2025-08-12　｜　3个回答
!m 最佳答案　户籍民警小郭　回答于 2025-08-14
{BODY}
!a 有用(86)　没用(2)　举报
!l 其他回答（2）
!l 相关问题：老人户口迁到子女所在城市有年龄限制吗？
!d 回答内容由网友提供，仅供参考，具体以当地公安机关规定为准。
""",
        body="""
你好，老人投靠子女落户，一般需要准备以下材料。
1.申请人的居民户口簿和居民身份证。
2.被投靠子女的户口簿、身份证及房屋产权证明。
3.亲属关系证明，如出生医学证明、户籍档案记载等。
另外需要写一份落户申请，格式可参考如下：
本人王某某，现因年老需投靠女儿生活，申请将户口迁入某某市某某街道，请予批准。
申请人：××××
××××年××月××日
具体材料以当地派出所户籍窗口要求为准，建议提前打电话咨询。
""",
    ),
    dict(
        slug="lighthouse-keeper-collection-speech",
        site="守灯人文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.shoudengren.example.net/wencun/juan2/19.html",
        title="在航标站建站六十周年座谈会上的发言",
        record_title="《守灯人文存》卷二·第19篇｜在航标站建站六十周年座谈会上的发言",
        date="2024-10-18",
        notes="a retired keeper's collection: a volume/chapter decoration in the record title; a date under the speech title; a speaker line (neutral); chapter navigation and an author's note",
        page="""
!m 守灯人文存　·　卷二　海上岁月
!m 目录 ｜ 卷一 ｜ 卷二 ｜ 卷三
!t 在航标站建站六十周年座谈会上的发言
退休职工代表　宋海生
（2024年10月18日）
{BODY}
!m 【作者附记】此文系当日发言稿，收入文存时未作改动。
!l ◁ 第18篇：老灯塔　｜　第20篇：潮汐表 ▷
!m 本页字数：482　最后整理：2025年春
""",
        body="""
各位领导，各位老同事：
今天能回到站里参加建站六十周年座谈会，我心里非常激动。
我是1978年进站的，在礁石岛灯塔守了整整十九年，那时候灯器靠柴油机发电，每天晚上都要爬上塔顶检查两三次。
如今，站里的航标都实现了遥测遥控，年轻人坐在监控室里就能看到每一座灯的状态，这是我们当年想都不敢想的。
希望年轻的同志们接好接力棒，守好每一盏灯，让过往船舶平平安安。
谢谢大家！
""",
    ),
    dict(
        slug="utility-tunnel-party-lecture",
        site="棂江城市管廊公司党建园地 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://dj.lingjiangguanlang.example.com/dk/2025/0628/77.html",
        title="扛起国企担当 守护城市生命线——七一专题党课讲稿",
        record_title="【七一党课】扛起国企担当 守护城市生命线——七一专题党课讲稿",
        date="2025-06-27",
        wrap=58,
        indent="　　",
        notes="a Party column of a utility-tunnel company: decorated title; hard-wrapped at 58 columns; the lecturer line and date under the title neutral; a study-points box and a 'study log' action under the text",
        page="""
!m 棂江城市管廊公司　党建园地
!m 首页 > 党课讲堂
!t 【七一党课】扛起国企担当 守护城市生命线——七一专题党课讲稿
公司党委书记、董事长　樊立群
（2025年6月27日）
{BODY}
!a 学习打卡　我已学习（累计学习 188 人）
!l 往期党课：坚持安全第一 建设平安管廊
!m 管廊公司党群工作部 主办
""",
        body="""
同志们：
在党的生日即将到来之际，今天我和大家一起学习交流，题目是“扛起国企担当 守护城市生命线”。
综合管廊是城市的地下生命线，电力、通信、给水、燃气等管线都在里面，管廊安全直接关系到全市群众的日常生活。
第一，要提高政治站位。我们每一名党员都要牢记，守护管廊就是守护民生，这是国有企业义不容辞的责任。
第二，要发挥党员作用。今年公司设立了十二个党员责任区，党员巡检员要做到走在前、查在先。
第三，要锤炼过硬作风。汛期将至，各党支部要带头开展防汛排查，确保管廊不进水、管线不受损。
同志们，让我们以实际行动迎接党的生日，为城市安全运行作出新的更大贡献。
""",
    ),
    dict(
        slug="physical-exam-centre-notice-html",
        site="榉塘县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jtxrmyy.example.com/news/tzgg/2025-03-05/560.html",
        title="关于健康管理中心调整体检服务时间的通知",
        record_title=None,
        date="2025-03-05",
        notes="a hospital site: title missing, found in the h1; the centre's own 咨询电话 in the text beside the hospital's 预约挂号 line in the header; a booking sentence telling readers to 关注 the account (content); floating online-consult box",
        page="""
<html><head><meta charset="utf-8"><title>榉塘县人民医院</title></head>
<body>
<div class="head">⟦m 榉塘县人民医院 二级甲等综合医院⟧ ⟦m 预约挂号 0745-5210120⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普 | 院务公开⟧</div>
<div class="pos">⟦m 当前位置：首页 > 新闻中心 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 作者：健康管理中心　时间：2025-03-05　阅读量：1,204⟧</div>
{BODY}
<div class="floatbox">⟦w 在线咨询 有问必答⟧</div>
<div class="links">⟦l 上一篇：我院开展“世界肾脏日”义诊活动⟧ ⟦l 下一篇：春季流感预防小贴士⟧</div>
<div class="footer">⟦m 地址：榉塘县人民路9号⟧ ⟦m 湘ICP备18002236号⟧ ⟦d 版权所有 榉塘县人民医院 未经许可不得复制⟧</div>
</body></html>
""",
        body="""
广大受检者：
为更好满足群众体检需求，自2025年3月10日起，我院健康管理中心调整体检服务时间。
一、周一至周六上午7:30至11:30开展体检，周日上午增开入职体检专场。
二、团体体检请提前三个工作日预约，个人体检可关注“榉塘县人民医院”服务号在线预约。
三、体检前一天晚餐请清淡饮食，当日早晨空腹。
体检咨询电话：0745-5210388。
特此通知。
榉塘县人民医院健康管理中心
2025年3月5日
""",
    ),
    dict(
        slug="university-intl-office-exchange-html",
        site="楸阳学院国际交流处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gjc.qiuyang.example.edu.cn/info/1032/4418.htm",
        title="关于选拔2025年秋季学期赴外交换学生的通知",
        record_title="关于选拔2025年秋季学期赴外交换学生的通知-楸阳学院国际交流处",
        date="2025-04-02",
        notes="a university office site: a 发布时间 byline; a selection table; the office's e-mail and phone in the text; an attachment list; 'previous/next' and a quick-links box",
        page="""
<html><head><meta charset="utf-8"><title>关于选拔2025年秋季学期赴外交换学生的通知-楸阳学院国际交流处</title></head>
<body>
<header>⟦m 楸阳学院　国际交流与合作处⟧ <span>⟦a 中文 | English⟧</span></header>
<nav>⟦m 首页　机构概况　出国（境）交流　来华留学　港澳台事务　下载中心⟧</nav>
<main>
<h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-04-02　作者：学生交流科　点击次数：2311⟧</p>
{BODY}
<div class="pn">⟦l 上一条：2025年暑期海外研修项目说明会⟧ ⟦l 下一条：关于做好因公出国（境）总结的提醒⟧</div>
</main>
<aside><h3>⟦l 快速通道⟧</h3><p>⟦l 护照办理指南⟧</p><p>⟦l 表格下载⟧</p></aside>
<footer>⟦m 地址：楸阳市学府大道1号行政楼五楼⟧ ⟦d Copyright © 楸阳学院国际交流处⟧</footer>
</body></html>
""",
        body="""
各学院：
根据我校与境外合作院校的交流协议，现开展2025年秋季学期赴外交换学生选拔工作，有关事项通知如下。
一、交换项目
合作院校　名额　学分要求
东岸理工大学　6名　平均绩点3.0以上
北港大学　4名　平均绩点3.2以上
二、申请条件：全日制在读本科二、三年级学生，外语成绩达到项目要求，无违纪处分。
三、申请程序：学生于4月20日前将申请材料交所在学院，学院审核后报国际交流处。
联系人：卢老师，电话：0738-6659021，邮箱：exchange@qiuyang.example.edu.cn。
附件：1.赴外交换学生申请表
2.外语成绩证明材料要求
国际交流与合作处
2025年4月2日
""",
    ),
    dict(
        slug="county-forum-tyre-plant-notice-repost",
        site="柞湾生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.zuowanlife.example.com/thread-88213-1-1.html",
        title="柞湾轮胎厂关于厂区道路临时封闭的公告",
        record_title="柞湾轮胎厂关于厂区道路临时封闭的公告 - 柞湾民生 - 柞湾生活网论坛",
        date="2025-07-21",
        date_also=["2025-07-22"],
        notes="a local forum repost: 发表于 a day after the notice's date (also accepted); a detour table; a 'like this post' row and a relative time 3天前 in a reply (no date); forum ad line between paragraphs",
        page="""
!m 柞湾生活网 › 论坛 › 柞湾民生
!t 柞湾轮胎厂关于厂区道路临时封闭的公告
!m 楼主：湾里人家　发表于 2025-07-22 07:58　｜　浏览 2,671
{BODY}
!l 1#　绕路达人　3天前：早上走二号路堵得厉害，大家错开时间
!l 2#　小北风　3天前：收到，谢谢楼主
!a 给楼主点个赞　｜　收藏本帖　｜　分享到微信
!m 柞湾生活网　本地人的生活圈　客服微信 zwlife_kf
""",
        body="""
因厂区雨污分流管网改造施工，我厂决定于2025年7月25日至8月10日对厂区东门至成品库道路实行临时封闭。
封闭期间，车辆请按以下路线绕行：
原路线　绕行路线
东门—成品库　北门—三号路—成品库
东门—职工宿舍　南门—滨河路—职工宿舍
⟦a 【广告】柞湾二手房急售，点此查看⟧
施工期间给周边居民出行带来不便，敬请谅解。
柞湾轮胎厂
2025年7月21日
""",
    ),
    dict(
        slug="download-station-rules-pig-farm-html",
        site="绿野资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lvyexz.example.com/soft/7731.html",
        title="蘼原种猪场生物安全管理制度",
        record_title="蘼原种猪场生物安全管理制度.doc下载_绿野资料下载站",
        date=None,
        p_html="<p>{}</p>",
        notes="old ASP download station: file-info table, mirror links, a dead-link report; a rule whose articles speak of 扫码 and 打印 (content); a download-count line; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蘼原种猪场生物安全管理制度.doc下载_绿野资料下载站</title></head>
<body>
<table width="980"><tr><td>⟦m 绿野资料下载站 - 农业资料免费下载⟧</td><td>⟦a 加入收藏⟧ ⟦a 设为主页⟧</td></tr></table>
<table width="980"><tr><td>⟦m 资料大全 → 畜牧养殖 → 管理制度⟧</td></tr></table>
<table width="980" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 蘼原种猪场生物安全管理制度⟧</td></tr>
<tr><td>⟦m 资料大小：48 KB　资料格式：.doc　更新时间：2025-01-19⟧</td></tr>
<tr><td>⟦m 下载次数：本日 3　总计 466⟧</td></tr>
</table>
<div class="intro">⟦m 资料简介：⟧
{BODY}
</div>
<table width="980"><tr><td>⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 本地高速下载⟧</td></tr>
<tr><td>⟦a 下载地址失效？请点此报告⟧</td></tr></table>
<table width="980"><tr><td>⟦d 本站资料均收集于互联网，如有侵犯您的权益，请来信告知，我们将及时删除⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为防控非洲猪瘟等重大动物疫病，保障种猪生产安全，制定本制度。
第二条　外来人员一律不得进入生产区，确需进入的，须扫码登记并经场长批准，隔离四十八小时后方可进场。
第三条　车辆进场前须在场外洗消中心彻底清洗、消毒、烘干，洗消记录由门卫打印存档。
第四条　生产区内人员、物品实行单向流动，净区和污区工具严禁混用。
第五条　本制度自发布之日起施行，由场部负责解释。
""",
    ),
    dict(
        slug="fire-equipment-operator-exam-notice",
        site="楸阳市职业技能鉴定服务网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qysjd.example.gov.cn/kwgg/2025/0506/219.html",
        title="2025年第二批消防设施操作员职业技能等级认定考试公告",
        record_title="2025年第二批消防设施操作员职业技能等级认定考试公告_考务公告_楸阳市职业技能鉴定服务网",
        date="2025-05-06",
        record_date="2025-05-06",
        notes="an exam site: an exam timetable table; a sentence telling candidates to download and print the 准考证 (content); the centre's 咨询电话 beside the site's 技术支持 line; 温馨提示 box",
        page="""
!m 楸阳市职业技能鉴定服务网
!m 首页 > 考务公告 > 正文
!t 2025年第二批消防设施操作员职业技能等级认定考试公告
!m 发布日期：2025-05-06　来源：鉴定考务科
{BODY}
!a 打印公告　｜　分享本页
!m 网站技术支持电话：0738-6612990（仅限网站使用问题）
!d 本网站为楸阳市职业技能鉴定指导中心官方网站，未经授权请勿镜像。
""",
        body="""
根据年度职业技能等级认定工作计划，现将2025年第二批消防设施操作员职业技能等级认定考试有关事项公告如下。
一、报名时间：2025年5月12日至5月23日。
二、考试安排
级别　理论考试　技能考核
五级　6月14日上午　6月14日下午
四级　6月15日上午　6月15日下午
三、准考证打印：考生于6月9日至13日登录本网站下载并打印准考证。
四、考试咨询电话：0738-6612801。
楸阳市职业技能鉴定指导中心
2025年5月6日
""",
    ),
    dict(
        slug="school-uniform-tender-platform-html",
        site="葶川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.tingchuan.example.gov.cn/jyxx/zfcg/cggg/20250610/00419.html",
        title="葶川县中小学学生校服采购项目公开招标公告",
        record_title="葶川县中小学学生校服采购项目公开招标公告",
        date="2025-06-10",
        record_date="2025-06-10",
        notes="a tender platform: record title as is; a lot table; purchaser and agency contacts in the text beside the platform's CA hotline in the footer; a countdown and a 'sign up' button",
        page="""
<html><head><meta charset="utf-8"><title>葶川县中小学学生校服采购项目公开招标公告</title></head>
<body>
<div class="tb">⟦m 葶川县公共资源交易中心⟧ ⟦a 交易主体登录⟧ ⟦a 注册⟧</div>
<div class="nav">⟦m 首页 | 交易信息 | 政策法规 | 服务指南 | 诚信体系⟧</div>
<div class="crumb">⟦m 交易信息 > 政府采购 > 采购公告⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 【信息时间：2025-06-10】【阅读次数：640】⟧</p>
<div class="count">⟦a 距投标截止还有 20 天⟧ ⟦a 我要投标⟧</div>
{BODY}
<div class="foot">⟦m CA证书办理及技术支持热线：400-880-6123⟧ ⟦d 主办单位：葶川县公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
葶川县教育体育局委托县公共资源交易中心，就中小学学生校服采购项目进行公开招标，欢迎合格的供应商参加。
一、项目概况
包号　采购内容　预算金额
1　小学校服　186万元
2　初中校服　142万元
二、投标截止时间：2025年7月1日9时30分。
三、联系方式
采购人：葶川县教育体育局，联系人：谭先生，电话：0759-8830220。
采购代理机构：葶川宏正项目管理有限公司，联系人：韩女士，电话：0759-8862317。
""",
    ),
    dict(
        slug="medical-dispute-law-firm-lecture",
        site="枥阳明鉴律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.mingjianlaw.example.cn/jiangtang/2025/31.html",
        title="医疗纠纷中患者如何依法维权——在社区法律讲堂上的讲稿",
        record_title="法律讲座｜医疗纠纷中患者如何依法维权——在社区法律讲堂上的讲稿",
        date="2025-05-20",
        notes="a law firm's site: a column prefix in the title; the lecture date under the title; the firm's consultation hotline and a 'not legal advice' notice; a lawyer card; numbered list",
        page="""
!m 明鉴律师事务所　专注医疗纠纷与人身损害
!m 首页 / 律所讲堂 / 讲稿
!t 医疗纠纷中患者如何依法维权——在社区法律讲堂上的讲稿
主讲：明鉴律师事务所律师　邓雅琴
（2025年5月20日）
{BODY}
!w 遇到医疗纠纷？免费初步咨询：0797-2235500（工作日）
!d 本文仅为普法讲座内容，不构成针对具体案件的法律意见。
!l 相关文章：医疗损害鉴定的申请流程
""",
        body="""
各位居民朋友：
今天和大家聊一聊，看病过程中遇到医疗纠纷，患者应当怎样依法维权。
第一，及时封存病历。发生纠纷后，患者有权要求复印病历资料，对主观病历可以要求在医患双方在场的情况下封存。
第二，选择合适的解决途径。可以与医院协商，可以申请医疗纠纷人民调解委员会调解，也可以直接向法院起诉。
第三，注意诉讼时效。因医疗损害请求赔偿的诉讼时效为三年，从知道或者应当知道权利受到损害之日起计算。
希望大家理性维权，既维护自身权益，也维护良好的就医秩序。
""",
    ),
    dict(
        slug="owners-site-parking-allocation-oneline",
        site="榉塘花园业主之家 (invented)",
        style="社区网站",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.jutanghy.example.com/gs/2025/0420.html",
        title="榉塘花园地下车位分配结果公示",
        record_title=None,
        date="2025-04-20",
        oneline=True,
        indent="　　",
        notes="an owners' site: the whole body on one line (paragraphs apart only by their indent); title missing, found on the page; a result table; the committee's own phone beside the site's 物业 line",
        page="""
!m 榉塘花园业主之家 — 共建共治共享
!m 首页 > 公示公告
{T}
!m 发布：业委会秘书处　2025-04-20
{BODY}
!l 【上一篇】关于电梯维修基金使用的征求意见
!m 物业服务中心24小时值班：0745-5233100
""",
        body="""
经业主委员会组织公开摇号，榉塘花园地下车位分配结果如下，现予公示。
车位号　业主房号
B1-012　3栋1602
B1-013　5栋0801
B1-027　1栋1102
公示期为2025年4月20日至4月27日，业主如有异议，请在公示期内向业委会反映，联系电话：0745-5233218。
榉塘花园业主委员会
2025年4月20日
""",
    ),
]
