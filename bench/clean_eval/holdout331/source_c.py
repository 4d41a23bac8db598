"""holdout331, part C: Party-building portals, hospitals, universities, county forums and
download stations. Every site, place, person, firm, URL and number is invented; see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="party-yichuan-speech-window-volunteers",
        site="贻川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.ycxianfeng.gov.cn/ldjh/2025/0307/10442.html",
        title="在“擦亮窗口·温暖邻里”党员志愿服务活动启动仪式上的讲话",
        record_title="【讲话原文】在“擦亮窗口·温暖邻里”党员志愿服务活动启动仪式上的讲话 - 贻川先锋网",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="Party portal: speaker and date lines under the title (neutral; the date in Chinese numerals), a "
        "study-points line between paragraphs, a scan-to-phone line; the portal's posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【讲话原文】在“擦亮窗口·温暖邻里”党员志愿服务活动启动仪式上的讲话 - 贻川先锋网</title>
<link rel="stylesheet" href="/css/red.css">
</head>
<body>
<div class="banner">⟦m 贻川先锋网⟧　⟦m 中共贻川县委组织部主办⟧</div>
<div class="nav">⟦m 首页 · 组工动态 · 领导讲话 · 基层党建 · 先锋风采 · 党员教育⟧</div>
<div class="pos">⟦m 您的位置：领导讲话⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="author">县委组织部副部长　裴文涛</p>
<p class="date">（二〇二五年三月五日）</p>
<p class="pub">⟦m 发布时间：2025-03-07 09:20　来源：组工科⟧</p>
<div class="content">
{BODY}
</div>
<div class="qrline">⟦a 手机扫码，把这篇讲话带在身边⟧</div>
<div class="pager">⟦l 上一篇：在全县组织工作会议上的讲话提纲⟧<br>⟦l 下一篇：在新任村干部培训班开班式上的讲话⟧</div>
</div>
<div class="side"><h3>⟦l 先锋风采⟧</h3><ul><li>⟦l 廨口镇：党员“冬暖门缝”送温暖⟧</li><li>⟦l 姹溪镇：老党员义务巡河十八年⟧</li></ul></div>
<div class="foot">⟦m 中共贻川县委组织部　地址：贻川县迎宾路21号　邮编：736100⟧<br>⟦m 陇ICP备06009913号⟧</div>
<script src="/js/xuexi-points.js"></script>
</body>
</html>
""",
        body="""
同志们：
今天是学雷锋纪念日，我们在这里启动“擦亮窗口·温暖邻里”党员志愿服务活动，就是要组织广大党员走进社区，为独居老人、残疾人家庭擦窗、刷纱窗，办一批看得见、摸得着的实事。
擦窗是小事，但对腿脚不便的老人来说，却是一件难事。去年，有的老人为了擦外窗，站到了窗台上，险些发生意外。我们的党员志愿者要把这件事放在心上。
这次活动，县里为每支志愿服务队配发了长柄玻璃刮、纱窗刷和安全绳。各基层党组织要做好分组，每组不少于三人，高层外窗一律不擦，确保志愿者自身安全。
⟦a 学习积分提醒：本篇阅读满2分钟可累计积分1分⟧
希望同志们以实际行动践行为民服务的承诺，让党旗在群众身边高高飘扬。
""",
    ),
    dict(
        slug="party-laishan-summary-stoppers-table",
        site="赉山党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.laishandj.cn/jcdt/jgdj/202501/t20250120_7716.html",
        title="廨口镇机关党支部“冬暖门缝”志愿服务工作总结",
        record_title="廨口镇机关党支部“冬暖门缝”志愿服务工作总结_支部工作_赉山党建网",
        date="2025-01-15",
        date_also=["2025-01-20"],
        notes="a branch's summary with its table; the 成文日期 under the signature, the site's 发布时间 also "
        "accepted; listen and font buttons; a related link",
        page="""
!m 赉山党建网
!m 首页 ＞ 基层动态 ＞ 机关党建
{T}
!m 发布时间：2025-01-20 10:06　来源：廨口镇　编辑：党建网编辑部
!a 〖听全文〗〖调大字体〗
{BODY}
!l 相关阅读：廨口镇开展“党员进网格”主题党日活动
!m 中共赉山县委组织部主办　赉山党建网　黔ICP备07004521号
""",
        body="""
2024年11月至12月，镇机关党支部组织党员开展“冬暖门缝”志愿服务，为辖区独居老人、困难家庭安装门底挡，现将有关情况总结如下。
一、基本情况
两个月来，支部共组织志愿服务活动9次，参与党员86人次，为3个社区的214户家庭安装门底挡，修复变形门框17处。各社区完成情况如下：
社区　安装户数　参与党员（人次）
廨口社区　96　38
河西社区　71　29
新街社区　47　19
二、主要做法
一是摸清底数，由社区网格员逐户登记需求；二是党员认领，每名党员至少包联两户；三是回访跟进，安装一周后电话回访，发现脱胶的及时返修。
三、存在的不足
部分老人家的门为老式木门，门底不平，安装效果不够理想，下一步将联系专业师傅上门处理。
中共赉山县廨口镇机关支部委员会
2025年1月15日
""",
    ),
    dict(
        slug="hospital-heyang-fridge-seal-bacteria",
        site="曷阳县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.hyxrmyy.com/jkjt/yyk/2025/0708/3391.html",
        title="冰箱密封条藏污纳垢？营养科医生教你这样清洁",
        record_title="【营养科·健康讲堂】冰箱密封条藏污纳垢？营养科医生教你这样清洁-曷阳县人民医院",
        date="2025-07-08",
        notes="hospital page: booking float, 24-hour line, experts list; the byline's 发布时间 is the date; the "
        "writer and reviewer line glued after the last sentence; a numbered list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【营养科·健康讲堂】冰箱密封条藏污纳垢？营养科医生教你这样清洁-曷阳县人民医院</title>
</head>
<body>
<div class="hd"><div class="logo">⟦m 曷阳县人民医院⟧</div><div class="tel">⟦m 24小时急救：0939-6120120⟧</div></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 健康讲堂⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="crumb">⟦m 位置：首页 » 健康讲堂 » 营养科⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-07-08　科室：临床营养科　浏览：733⟧</div>
<div class="txt">
{BODY}
</div>
<div class="pn">⟦l 上一条：高温天气，老年人如何科学补水⟧</div>
</div>
<div class="side"><h3>⟦l 营养科专家⟧</h3><p>⟦l 柏晓雯　副主任医师　周二、周四上午⟧</p><p>⟦l 陶敏　主治医师　周一至周五⟧</p></div>
<div class="float">⟦a 网上预约挂号⟧<br>⟦a 检查报告查询⟧</div>
<div class="ft">⟦m 曷阳县人民医院　地址：曷阳县健康路1号　总机：0939-6121000⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧</div>
<script src="/js/yuyue-float.js"></script>
</body>
</html>
""",
        body="""
夏季是细菌性食物中毒的高发季节，很多人每周清理冰箱，却忽略了冰箱门上的密封条。
密封条的褶皱里容易积存食物残渣和冷凝水，时间一长就会发黑发霉。我院营养科曾对20户居民家的冰箱密封条取样检测，其中11户检出霉菌超标，3户检出李斯特菌。李斯特菌在冷藏温度下仍能繁殖，孕妇、老人和婴幼儿感染后后果严重。
营养科医生建议：
1. 每月清洁一次密封条，用软毛刷蘸温水和少量小苏打，沿褶皱来回刷洗。
2. 刷洗后用干净的软布擦干，再用75%的酒精棉片擦拭消毒。
3. 密封条已经发黑、硬化或开裂的，应及时更换。
4. 熟食和生食分开存放，剩菜剩饭加盖或用保鲜膜包好。
如出现腹泻、发热等症状，请及时到医院就诊。⟦m （撰稿：临床营养科 柏晓雯　审核：医务部）⟧
""",
    ),
    dict(
        slug="hospital-qiongshan-notice-screen-cleaning",
        site="銎山县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qsxzyy.com/ywgk/tzgg/20250402/881.html",
        title="关于开展病区纱窗集中清洗工作的通知",
        date="2025-04-02",
        notes="record title as is; the notice's own contact (an extension) beside the hospital's booking and duty "
        "lines; 成文日期 under the department's signature",
        page="""
!m 銎山县中医医院
!m 医院首页 | 医院概况 | 科室导航 | 就医指南 | 院务公开
!m 当前位置：院务公开 > 通知公告
{T}
!m 发布者：后勤保障部　点击：126
{BODY}
!a 【打印此通知】【关闭】
!m 预约挂号：0934-6218114　总值班：0934-6212000
!m 地址：銎山县杏林路8号　版权所有：銎山县中医医院
""",
        body="""
各病区、各科室：
为做好春夏季防蚊灭蝇工作，保持病区环境整洁，后勤保障部定于4月7日至4月18日对全院病区纱窗进行集中清洗。现将有关事项通知如下：
一、清洗方式：由物业保洁人员使用纱窗刷逐窗清洗，破损纱窗一并更换，不拆卸窗框。
二、时间安排：内科楼4月7日至11日，外科楼4月14日至18日，每天上午9时至11时。
三、配合事项：请各病区提前告知住院患者及家属，清洗期间将窗台物品收好，并关闭病房空调。
四、清洗期间如有特殊情况需调整时间的，请提前一天联系后勤保障部。
联系人：乔振华，内线电话：8306。
銎山县中医医院后勤保障部
2025年4月2日
""",
    ),
    dict(
        slug="university-niancheng-news-screen-week-h1",
        site="辇城学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.nianchengxy.edu.cn/info/1021/16634.htm",
        title="后勤处开展“纱窗刷一刷”宿舍清洁周活动",
        record_title=None,
        date="2025-05-12",
        notes="university news page: no record title (the <h1>); a dotted byline date is the date; a student's "
        "quote; the 文/图 line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>后勤处开展“纱窗刷一刷”宿舍清洁周活动-辇城学院新闻网</title>
</head>
<body>
<div class="header">⟦m 辇城学院新闻网⟧　⟦m 学校主页 ｜ 信息门户 ｜ 图书馆⟧</div>
<div class="menu">⟦m 首页　综合新闻　院部动态　校园文化　媒体辇院⟧</div>
<div class="where">⟦m 当前位置：首页 > 院部动态⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="info">⟦m 2025.05.12　作者：贺一鸣　来源：后勤处　点击：388⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="review">⟦m 责任编辑：党委宣传部 甄书宁⟧</div>
<div class="updown">⟦l 上一条：图书馆举办“书香辇院”读书月启动仪式⟧<br>⟦l 下一条：机电工程学院举行毕业设计答辩⟧</div>
</div>
<div class="footer">⟦m 版权所有：辇城学院党委宣传部　地址：暌城市辇城区学府路9号⟧</div>
<script src="/system/resource/js/counter.js"></script>
</body>
</html>
""",
        body="""
为迎接夏季防蚊工作，5月6日至12日，后勤处联合学生处、校团委在全校学生宿舍开展“纱窗刷一刷”清洁周活动。
活动期间，后勤处为每间宿舍配发纱窗刷一把、抹布两块，各宿舍利用课余时间清洁纱窗和窗台。宿管中心还组织了“最洁净宿舍”评比，检查组逐间查看纱窗、地面和卫生间，共评出“最洁净宿舍”60间。
“以前总觉得纱窗不用管，刷完才发现一盆水都是黑的。”2023级机电专业学生钮嘉树说。
活动结束后，后勤处对检查中发现的136处破损纱窗进行了登记，将在5月底前全部修补完毕。⟦m （文/贺一鸣　图/学生记者团）⟧
""",
    ),
    dict(
        slug="college-kuicheng-notice-dorm-stoppers",
        site="暌城职业技术学院后勤服务网 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqfw.kczy.edu.cn/sgzx/tzgg/2025-11-03/552.html",
        title="关于为学生宿舍加装门底挡的通知",
        record_title="关于为学生宿舍加装门底挡的通知-宿舍管理-暌城职业技术学院",
        date="2025-11-03",
        notes="a college dorm notice with its schedule table; the 报修 mini-program as content; the back-office "
        "24-hour line as chrome; 成文日期 under the signature",
        page="""
!m 暌城职业技术学院 · 后勤服务网
!m 首页 › 宿管中心 › 通知公告
!t 关于为学生宿舍加装门底挡的通知-宿舍管理-暌城职业技术学院
!m 发布：宿管中心　时间：2025-11-03　阅读量：2210
{BODY}
!a 【收藏本页】【打印本页】
!m 后勤服务热线：0938-3310990（24小时）
!m 版权所有 © 暌城职业技术学院后勤管理处
""",
        body="""
各二级学院、各位同学：
近期气温下降，部分宿舍反映房门下方缝隙较大，夜间透风。经学校研究，决定为全部学生宿舍加装门底挡。现将有关事项通知如下：
一、安装时间：11月5日至11月14日，每天14:00至17:30。
二、安装安排：
北苑1至4号楼　11月5日至7日
南苑5至8号楼　11月10日至12日
研究生公寓　11月13日至14日
三、安装期间请各宿舍至少留一名同学在寝，无人在寝的，由宿管员陪同维修人员进入。
四、门底挡安装后请勿私自拆除或剪短，损坏的可在“暌职后勤”小程序报修。
宿舍管理服务中心
2025年11月3日
""",
    ),
    dict(
        slug="countyforum-goushui-fridge-seal-help-jammer",
        site="彀水论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="http://bbs.goushui.net/thread-771203-1-1.html",
        title="冰箱门关不严，谁知道县城哪里能换密封条？",
        record_title="[求助] 冰箱门关不严，谁知道县城哪里能换密封条？ - 生活求助 - 彀水论坛",
        date=None,
        notes="county forum: weather line, medals, jammer fonts, a decoration ad, an official-reply link; a "
        "numbered list of questions; 发表于 5 天前 (no date), a year only in the post",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[求助] 冰箱门关不严，谁知道县城哪里能换密封条？ - 生活求助 - 彀水论坛</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="toptb">⟦m 彀水 今天 晴 3~14℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a> <a>⟦a 手机版⟧</a></div>
<div id="hd">⟦m 彀水论坛 · 彀水人自己的网上家园⟧</div>
<div id="nv">⟦m 首页 ｜ 彀水杂谈 ｜ 生活求助 ｜ 二手市场 ｜ 招聘求职 ｜ 房产家居⟧</div>
<div id="pt">⟦m 彀水论坛 › 生活服务 › 生活求助⟧</div>
<div class="ad-top">⟦w 彀水宏图装饰 全包装修特惠季 电话 13909372256⟧</div>
<div class="thread">
<h1>⟦t [求助] 冰箱门关不严，谁知道县城哪里能换密封条？⟧</h1>
<div class="stat">⟦m 阅读 2346 ｜ 回复 31⟧</div>
<div class="pls">⟦m 小城老陶⟧<br>⟦m 勋章：热心网友　十年老会员⟧</div>
<div class="authi">⟦m 发表于 5 天前 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复　引用　举报　评分⟧</div>
<div class="official">⟦l 【版务】求助帖请注明所在乡镇，方便热心网友回复⟧</div>
</div>
<div id="fastpost">⟦a 登录后方可发表回复⟧</div>
<div id="ft">⟦m 彀水论坛　Powered by Discuz! X3.4　陇ICP备12003418号⟧</div>
<script src="static/js/forum_viewthread.js?R7x"></script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=2, glued=2),
        body="""
家里的冰箱是2016年买的，最近冷藏室的门老是关不严，要使劲推一下才能吸上，门边上摸着凉飕飕的。
我拿手电照了照，门上的密封条下面那一截已经变硬了，还有一道裂口。打了品牌的售后电话，说过了保修期，上门一次要收八十块检测费，换密封条另算。
想问问论坛里的朋友：
1. 县城有没有靠谱的家电维修店能换冰箱密封条？大概多少钱？
2. 自己网上买密封条换，难不难？
先谢谢大家了！
补充一下：冰箱型号是BCD-215的，双门，有知道的朋友可以回帖或者私信我。
""",
    ),
    dict(
        slug="countyforum-yichuan-laundry-ball-scam-subject",
        site="贻川生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.ycshw.cn/bbs/t-228190.html",
        title="提醒大家：菜市场门口卖“神奇洗衣球”的别信",
        record_title=None,
        date=None,
        notes="county forum as text: no record title (the thread subject); junk lines and junk glued after 。; "
        "12315 as content; replies, an ad WeChat; relative time only",
        page="""
!m 贻川生活网 · 社区论坛
!m 论坛首页 › 贻川杂谈 › 浏览帖子
{T}
!m 楼主：菜篮子阿姨　｜　发表于 1 小时前　｜　来自手机
{BODY}
!l 沙发　贻川土著：我妈差点就买了，幸好我拦着
!l 板凳　路过的小李：这种演示年年有，年年有人信
!a 发表回复需先登录 ｜ 注册新账号
!w 贻川生活网广告合作：微信 ycshw888
!m 贻川生活网 © 2025　闽ICP备15007732号
""",
        junk=dict(lines=1, glued=2),
        body="""
今天上午在贻川农贸市场门口，看见有人摆摊卖“神奇洗衣球”，一个一百二十八，说是进口技术，放一颗能用三年，不用洗衣液，还能杀菌除螨。
围了好多老年人，摊主当场拿一盆脏水演示，丢进去一个球，搅几下水就清了。好几个大爷大妈当场就掏钱了，有的一买就是两个。
我回家查了一下，这种演示是在水里提前加了絮凝剂，跟洗衣服根本不是一回事。正规的洗衣球也就十几块钱，只能防缠绕，根本不能代替洗衣液。
家里有老人的，麻烦提醒一下，别上当。已经买了的，可以保留好收据，打12315反映。
""",
    ),
    dict(
        slug="download-lvdao-squeegee-instruction-doc-gb2312",
        site="绿岛下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="rules",
        form="html",
        source="http://www.lvdaoxz.com/soft/wendang/20937.html",
        title="玻璃刮擦窗作业指导书",
        record_title="玻璃刮擦窗作业指导书.doc",
        date=None,
        notes="old download station: file-info table with an update stamp (no date), three mirror links, an "
        "unzip password and a dead-link report; decimal headings 1–4.2",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>玻璃刮擦窗作业指导书.doc 下载 - 绿岛下载站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 绿岛下载站⟧　⟦m 绿色 安全 高速⟧</td><td align="right">⟦a 收藏绿岛⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首页 - 软件下载 - 文档资料 - 行业规范 - 排行榜⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您的位置：绿岛下载站 → 文档资料 → 物业保洁⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td colspan="2"><h2>⟦t 玻璃刮擦窗作业指导书.doc⟧</h2></td></tr>
<tr><td>⟦m 文件大小：41 KB⟧</td><td>⟦m 文件类型：Word文档⟧</td></tr>
<tr><td>⟦m 更新时间：2025-01-09⟧</td><td>⟦m 下载次数：1208⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 运行环境：Office/WPS⟧</td></tr>
<tr><td colspan="2">⟦m 文档预览：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 电信下载一　电信下载二　网通下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.lvdaoxz.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载地址失效？点此报告死链⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦d 绿岛下载站资源来自网友上传，仅供学习交流，如有侵权请来函说明⟧</td></tr>
<tr><td>⟦m Copyright © 2008-2025 www.lvdaoxz.com　渝ICP备08011267号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
1 适用范围
本指导书适用于物业保洁人员使用玻璃刮进行室内玻璃、低层外窗和玻璃幕墙底层的清洁作业。
2 工具准备
2.1 玻璃刮（刮条宽度35厘米）一把，备用刮条两根。
2.2 涂水器、水桶、中性清洁剂、超细纤维毛巾。
2.3 伸缩杆、安全警示牌。
3 作业步骤
3.1 放置警示牌，移开窗台物品。
3.2 用涂水器将清洁液均匀涂抹在玻璃上。
3.3 玻璃刮与玻璃保持约45度角，从左上角开始按“S”形路线刮水，每刮一次用毛巾擦净刮条。
3.4 用毛巾擦干玻璃边框和窗台上的残水。
4 安全要求
4.1 二层以上外窗作业必须由专业高空作业人员完成，保洁人员不得攀爬窗台。
4.2 刮条出现缺口应立即更换，避免划伤玻璃。
""",
    ),
    dict(
        slug="download-yide-rules-door-stopper-install",
        site="易得资料站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="rules",
        form="text",
        source="http://www.yide-ziliao.com/jsgf/mc/6603.html",
        title="门底挡安装技术规程",
        record_title="门底挡安装技术规程（doc可编辑）免费下载_易得资料站",
        date=None,
        notes="a download page as text: 第N条 articles, an update stamp (no date), mirror links, a feedback link "
        "and a 24-hour deletion notice",
        page="""
!m 易得资料站 — 免费资料下载
!m 当前位置：首页 >> 技术规范 >> 建筑门窗
!t 门底挡安装技术规程（doc可编辑）免费下载
!m 资料大小：38KB　资料格式：doc　更新时间：2025-02-17　人气：933
!a ↓ 本地高速下载　↓ 电信下载　↓ 联通下载
!m 资料简介：
{BODY}
!a 下载遇到问题？点这里反馈给站长
!d 本站资料均来自网络收集，仅供学习研究，请于下载后24小时内删除。
!m 易得资料站　www.yide-ziliao.com
""",
        body="""
第一条 为规范门底挡的选型和安装，保证安装质量，制定本规程。
第二条 本规程适用于住宅、学校、办公场所木门和钢质门门底挡的安装。
第三条 门底挡按材质分为硅胶条、毛刷条和自动升降式三类，应根据门下缝隙宽度和地面状况选用。
第四条 安装前应测量门扇宽度和门下缝隙，缝隙小于3毫米的不宜安装，大于25毫米的应先修整门扇。
第五条 粘贴式门底挡安装前，应将门扇底部清洁干燥；螺钉固定式门底挡的螺钉间距不大于200毫米。
第六条 自动升降式门底挡须在门扇底部开槽嵌装，开槽深度应符合产品说明，不得损伤门扇结构。
第七条 防火门、疏散通道上的门加装门底挡，不得影响门的自闭和开启功能。
第八条 安装完成后应试开关门五次以上，门扇开启顺畅、挡条与地面贴合无明显缝隙的为合格。
""",
    ),
]
