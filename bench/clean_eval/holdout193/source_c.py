"""holdout193, part C: Q&A sites, personal collections, Party-building sites, hospitals and universities.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="qa-wenwen-answer-shoe-brush-bristles-html",
        site="问问看 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenkan.com/question/70418825/answer/1930277",
        title="猪鬃鞋刷和马毛鞋刷有什么区别？擦皮鞋该用哪种？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; best-answer badge, vote bar and a 'more answers' button; only a relative answer time",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>猪鬃鞋刷和马毛鞋刷有什么区别？擦皮鞋该用哪种？ - 问问看</title>
<script src="/assets/qa.js"></script>
</head>
<body>
<div class="qa-header">⟦m 问问看 · 有问题，就有人答⟧　<a>⟦a 提问⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="qa-topics">⟦l 话题：皮鞋保养　生活技巧　居家⟧</div>
<div class="question">
<h1>{T}</h1>
<div class="q-desc">⟦m 新买了一双牛皮鞋，店员说要配一把好刷子，网上猪鬃、马毛的都有，价格差不少，求懂行的说说。⟧</div>
<div class="q-stat">⟦m 关注者 218　被浏览 40,762⟧</div>
</div>
<div class="answer">
<div class="badge">⟦m 最佳回答⟧</div>
<div class="author">⟦m 老皮匠郁师傅　皮具护理从业十五年⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-time">⟦m 编辑于 昨天 21:40⟧</div>
<div class="vote">⟦a ▲ 赞同 1.3 万　▼　｜　💬 166 条评论　｜　➦ 分享　｜　收藏⟧</div>
</div>
<div class="more"><button>⟦l 查看全部 57 个回答⟧</button></div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 翻毛皮鞋脏了怎么清洗？⟧</p><p>⟦l 鞋油和鞋乳哪个更护皮？⟧</p></div>
<div class="foot">⟦m © 2025 问问看　京ICP证180377号⟧</div>
</body>
</html>
""",
        body="""
简单说：猪鬃硬，适合上油；马毛软，适合抛光。两把都有最好，只能买一把就先买马毛的。
猪鬃刷毛粗、弹性大，能把鞋油揉进皮面纹理和缝线里，适合给光面皮鞋上油，也适合刷掉鞋底边缘的泥。新手用它抛光容易留下划痕。
马毛刷毛细、手感软，主要用来清灰和上完油之后的抛光。每次出门前用马毛刷顺着一个方向刷几下，皮鞋就能保持光泽。
另外提醒两点：黑色鞋油和浅色鞋油的刷子要分开用，不然会串色；刷子用完后在旧报纸上磕一磕，毛朝下挂起来晾干，能用很多年。
""",
    ),
    dict(
        slug="qa-huida-answer-leash-liability-text",
        site="众答网 (invented Q&A site, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhongda.net/q/3319472",
        title="小区里遛狗必须拴绳吗？不拴绳被咬了谁负责？",
        record_title=None,
        date=None,
        notes="question as title (no record title); a lawyer-user's answer citing articles; answer stamp is relative; ads for a legal consult line; other answers folded",
        page="""
!m 众答网 › 法律 › 民事纠纷
!t 小区里遛狗必须拴绳吗？不拴绳被咬了谁负责？
!m 提问者：匿名用户　｜　3 个回答　｜　浏览 5402
!m 推荐答案
!m 律师 廖知行　已认证　回答于 2 天前
{BODY}
!a 有用(842)　没用(9)　｜　追问　｜　举报
!w 免费法律咨询：在线律师 24 小时答疑，点击立即提问
!l 其他 2 个回答（已折叠）
!l 相关问题：狗在电梯里吓到孩子要赔钱吗？｜楼上养狗太吵怎么办？
!d 以上回答仅代表回答者个人观点，不构成正式法律意见。
""",
        body="""
需要拴绳，而且不拴绳出了事，主要责任一般在养狗的人。
第一，法律有明确要求。《动物防疫法》规定，携带犬只出户的，应当按照规定佩戴犬牌并采取系犬绳等措施，防止犬只伤人、疫病传播。很多地方的养犬管理规定还对牵引绳的长度作了限制。
第二，被咬了由饲养人或者管理人承担侵权责任。《民法典》第一千二百四十六条规定，违反管理规定，未对动物采取安全措施造成他人损害的，动物饲养人或者管理人应当承担侵权责任；只有能够证明损害是被侵权人故意造成的，才可以减轻责任。
第三，被咬后要保留证据。及时就医并保存病历和票据，拍下狗和狗主人的照片，请物业调取监控，必要时报警处理。
""",
    ),
    dict(
        slug="anthology-foushan-memoir-father-teatray-chapters",
        site="缶山拾遗 (invented personal collection reader)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://wenji.foushanshiyi.cn/juan3/09.html",
        title="父亲的那方茶盘",
        record_title="茶盘记之一：父亲的那方茶盘 —— 选自《缶山拾遗》第三辑",
        date=None,
        notes="a retired teacher's collection: chapter links, a font toggle and a visit counter; a memoir with only a year; decorated record title in a new frame",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>《缶山拾遗》第三辑 · 父亲的那方茶盘</title>
<script src="/js/reader-font.js"></script>
</head>
<body>
<div class="head">⟦m 缶山拾遗 · 梁守拙文集⟧</div>
<div class="chapter-nav">⟦l 目录⟧　<a>⟦l 上一篇：老屋后的竹林⟧</a>　<a>⟦l 下一篇：挑水的扁担⟧</a></div>
<div class="font">⟦a 字体：宋体 ｜ 楷体　　字号：小 ｜ 中 ｜ 大⟧</div>
<h2>{T}</h2>
<div class="where">⟦m 第三辑 · 器物篇 · 之九⟧</div>
<div class="text">
{BODY}
</div>
<div class="chapter-nav">⟦l ← 老屋后的竹林　｜　回目录　｜　挑水的扁担 →⟧</div>
<div class="counter">⟦m 本篇已被翻阅 1,046 次⟧</div>
<div class="foot">⟦d 文集文字由作者家属整理上网，转载请征得家属同意。⟧</div>
</body>
</html>
""",
        p_html="<p>\u3000\u3000{}</p>",
        body="""
父亲有一方茶盘，是他四十岁那年自己刻的。那是一九八三年，他从山里背回一块乌木，锯、刨、凿、磨，整整花了一个冬天。
茶盘不大，盘面上浅浅雕着几笔远山，靠右下角是一道弯弯的流水槽，茶汤顺着槽流进暗孔，不会溢到桌上。父亲说，山要远，水要活，喝茶的人心才静。
每天清早，父亲都要在茶盘前坐一会儿。烫杯、洗茶、出汤，动作慢得很，我小时候常嫌他磨蹭。他却说，泡茶跟做人一样，急不得。
父亲走后，这方茶盘传到了我手里。盘边被他的手磨得圆润发亮，流水槽里还留着一圈淡淡的茶色。我舍不得用它，只在清明和父亲生日那天，照他的样子泡上一壶茶。
""",
    ),
    dict(
        slug="anthology-tiejiang-memoir-skimmer-oneline",
        site="老铁匠笔记 (invented collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://laotiejiang.wenji.cc/pian/27",
        title="铁匠铺里的漏勺",
        record_title="【旧作重发】铁匠铺里的漏勺",
        date=None,
        notes="a blacksmith's memoir with the whole body on one line, paragraphs separated only by their indent; chapter links; no date",
        page="""
!m 老铁匠笔记 · 篪阳镇铁匠巫德厚口述　孙女巫小棠整理
!m 第二十七篇
!t 【旧作重发】铁匠铺里的漏勺
!a 换背景色　｜　护眼模式　｜　字号 +　-
{BODY}
!l 上一篇：打一把好镰刀　　下一篇：最后一炉火
!m 本站已收录巫德厚口述文章 41 篇
!d 文章为家人整理，请勿转载到其他平台
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我们篪阳镇的铁匠铺，除了打刀打锄头，还有一样活计，就是打漏勺。
那时候的漏勺是熟铁打的，先把铁块锤成一张薄片，再放在模子上一点点敲出弧度，最后用钢冲一个一个地冲眼。一只漏勺要冲一百多个眼，眼距要匀，眼口要光，不然捞面条会挂住。
我师父冲眼从来不画线，全凭眼力和手感，冲完拿到太阳底下一照，一排排小亮点齐齐整整。我学了三年，才敢独自接漏勺的活。
后来城里的不锈钢漏勺运到镇上，又亮又便宜，来打漏勺的人一年比一年少。铺子关门那天，我把最后一只熟铁漏勺挂在了墙上。
现在孙女说要把这些事写下来，我就一件一件讲给她听。
""",
    ),
    dict(
        slug="party-chixi-speech-eraser-style-campaign",
        site="篪溪先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chixixianfeng.gov.cn/dyjy/202504/t20250410_22817.html",
        title="在全县教育系统“小板擦 大作风”主题实践活动推进会上的讲话",
        record_title="【作风建设】在全县教育系统“小板擦 大作风”主题实践活动推进会上的讲话_篪溪先锋网",
        date="2025-04-09",
        date_also=["2025-04-10"],
        notes=(
            "Party-building portal with study-points line and scan-to-phone prompt; speaker line (neutral) and date under "
            "the title; 发布时间 the next day; slogan in quotes stays in the body"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【作风建设】在全县教育系统“小板擦 大作风”主题实践活动推进会上的讲话_篪溪先锋网</title>
<script src="/js/qrcode.min.js"></script>
</head>
<body>
<div class="banner">⟦m 篪溪先锋网 · 中共篪溪县委组织部主办⟧</div>
<div class="nav">⟦m 首页 ｜ 要闻 ｜ 党员教育 ｜ 基层党建 ｜ 干部工作 ｜ 人才工作⟧</div>
<div class="pos">⟦m 位置：首页 » 党员教育 » 讲话言论⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-04-10　来源：县委教育工委　字数：约 900⟧</div>
<div class="qr">⟦a 手机扫一扫，随时随地学⟧</div>
<p class="speaker">县委教育工委书记　巫静澜</p>
<p class="date">（2025年4月9日）</p>
<div class="content">
{BODY}
</div>
<div class="points">⟦a 阅读满 2 分钟可获学习积分 +1⟧</div>
<div class="tools">⟦a 分享　｜　收藏　｜　打印⟧</div>
</div>
<div class="hot"><h4>⟦l 学习热榜⟧</h4><ul><li>⟦l 把“三会一课”开出新气象⟧</li><li>⟦l 基层党组织书记谈履职体会⟧</li></ul></div>
<div class="foot">⟦m 中共篪溪县委组织部　版权所有⟧　⟦m 黔ICP备11004479号⟧</div>
</body>
</html>
""",
        body="""
同志们：
今年以来，全县教育系统以“小板擦 大作风”为题开展主题实践活动，取得了初步成效。下面，我讲三点意见。
一、从擦净一块黑板做起，树立严谨细致的作风。黑板擦没擦干净，下一节课就要在灰蒙蒙的板面上写字。工作也是这样，上一环节留下的问题，总要有人来收拾。各学校党组织要引导党员教师把每一件小事做到位。
二、从用好一块板擦做起，树立节俭务实的作风。有的学校一学期换一批板擦，旧的随手就扔；有的学校坚持修补再用，一块板擦用两三年。这一增一减，体现的是作风。
三、从擦亮一块招牌做起，树立为民服务的作风。教育是民生的招牌，我们要经常“擦一擦”自己的思想和行为，及时清除不良习气，让群众看到一个干净、清爽的教育系统。
同志们，作风建设永远在路上。希望大家以这次活动为契机，以小见大，久久为功。
""",
    ),
    dict(
        slug="party-zhuling-summary-leash-volunteers-text",
        site="柷岭党建网 (invented, text)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.zhuling.gov.cn/jcdj/2025/0701/1427.html",
        title="柷岭街道第二党支部“文明牵绳”志愿服务活动总结",
        record_title="【支部动态】柷岭街道第二党支部“文明牵绳”志愿服务活动总结",
        date="2025-06-28",
        date_also=["2025-07-01"],
        notes="Party site text page: 发布时间 differs from the 成文日期; a photo caption between paragraphs; a results table; study-points prompt at the end",
        page="""
!m 柷岭党建网
!m 首页 / 基层党建 / 支部动态
{T}
!m 发布时间：2025-07-01 10:05　作者：第二党支部　浏览量：386
!a 【纠错】【打印此页】【关闭此页】
{BODY}
!a 本文阅读计入党员学习积分，请登录后阅读
!l 上一条：柷岭街道开展“七一”走访慰问老党员活动
!m 中共埙川县柷岭街道工作委员会主办
""",
        indent="\u3000\u3000",
        body="""
5月中旬以来，第二党支部组织党员志愿者在篪声苑、缶韵花园等5个小区开展“文明牵绳”志愿服务活动，引导居民文明养犬，取得了较好效果。现总结如下。
一、主要做法
一是上门宣传。党员志愿者分成6个小组，利用早晚遛狗高峰时段在小区出入口值守，向养犬居民讲解养犬管理规定。
⟦m 图为党员志愿者在篪声苑小区门口发放宣传资料⟧
二是以物促行。对完成犬只登记的家庭免费发放固定长度牵引绳，共发放牵引绳327根。
三是建立台账。对屡次不拴绳的养犬户，由网格员和党员志愿者上门沟通，逐户登记、跟踪回访。
二、活动成效
项目　活动前　活动后
不拴绳遛狗（起/周）　46　9
犬只问题投诉（件/月）　31　7
三、下步打算
支部将把“文明牵绳”纳入党员固定主题党日内容，常态化开展志愿服务。
柷岭街道第二党支部
2025年6月28日
""",
    ),
    dict(
        slug="hospital-xunchuan-article-retractable-leash-injury",
        site="埙川县人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.xcxrmyy.com/jkkp/2025/0515/1882.html",
        title="伸缩牵引绳勒伤手指，急诊科一周接诊3例",
        record_title="【急诊提醒】伸缩牵引绳勒伤手指，急诊科一周接诊3例-埙川县人民医院",
        date="2025-05-15",
        notes="hospital page with a booking float and switchboard; department's own 咨询电话 stays in the body beside the hospital's lines; 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【急诊提醒】伸缩牵引绳勒伤手指，急诊科一周接诊3例-埙川县人民医院</title>
<script src="/js/float-booking.js"></script>
</head>
<body>
<div class="logo">⟦m 埙川县人民医院⟧　⟦m 二级甲等综合医院⟧</div>
<div class="menu">⟦m 医院概况　就医指南　科室导航　专家介绍　健康科普　党建文化⟧</div>
<div class="crumb">⟦m 首页 / 健康科普 / 急诊提醒⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-05-15　供稿：急诊科　审核：宣传科　点击：1520⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="float-book">⟦a 预约挂号⟧　⟦a 报告查询⟧　⟦m 总机：0857-3381120⟧</div>
<div class="foot">⟦m 地址：埙川县城关镇人民路66号　急救电话：120　医院总机：0857-3381120⟧<br>⟦m 黔ICP备09021866号-1⟧　⟦d 本站健康科普内容仅供参考，具体诊疗请遵医嘱。⟧</div>
</body>
</html>
""",
        body="""
5月上旬，县人民医院急诊科一周内接诊了3名被伸缩牵引绳勒伤手指的患者，其中一人手指肌腱部分断裂，需要手术修复。
伸缩牵引绳的绳体细、回收力强，犬只突然暴冲时，绳子会瞬间绷紧。如果这时手指缠在绳上，或者伸手去抓绳子，很容易造成皮肤撕脱、肌腱损伤，严重的甚至会骨折。
急诊科医生提醒：一是遛狗时握住手柄，不要把绳子绕在手指或手腕上；二是犬只暴冲时先按下锁止键，不要直接抓绳；三是带孩子遛狗时，不要让孩子单独牵伸缩绳。
一旦受伤，应立即用干净纱布压迫止血，抬高患肢，尽快到医院就诊。
咨询电话：0857-3381356（急诊科）
""",
    ),
    dict(
        slug="hospital-chixi-news-burns-skimmer-text",
        site="篪溪县中医医院 (invented, text)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.cxzyy.cn/news/show-3327.html",
        title="夏季厨房烫伤进入高发期 烧伤科提醒捞油炸食品时要当心",
        record_title="夏季厨房烫伤进入高发期 烧伤科提醒捞油炸食品时要当心_篪溪县中医医院",
        date="2025-07-08",
        notes="hospital news in text: 日期 byline is the date; an appointment prompt between paragraphs; department numbers stay in the body; 24-hour line in the footer",
        page="""
!m 篪溪县中医医院　Chixi County Hospital of TCM
!m 当前位置：首页 > 新闻中心 > 医院新闻
{T}
!m 日期：2025-07-08　　科室：烧伤整形科　　浏览：644
{BODY}
!a 关注“篪溪县中医医院”服务号可在线预约烧伤整形科门诊
!l 上一篇：我院开展“三伏贴”敷贴服务
!l 下一篇：医院召开2025年上半年医疗质量分析会
!m 24小时急诊电话：0855-6630120　　医院地址：篪溪县城关镇杏林路18号
""",
        indent="\u3000\u3000",
        body="""
入夏以来，县中医医院烧伤整形科收治的厨房烫伤患者明显增多，7月以来已接诊23例，其中近一半是在炸东西、捞油炸食品时被热油溅伤。
烧伤整形科主任孔慕白介绍，很多人用漏勺捞油炸食品时，习惯把漏勺高高提起再抖油，热油顺着漏勺边缘甩出来，很容易烫伤手背和前臂。还有人用湿漏勺直接伸进油锅，水遇热油瞬间爆溅，造成面部烫伤。
医生建议，捞油炸食品前先把漏勺擦干；捞起后贴着锅沿控油，不要甩动；厨房里最好备一副长袖隔热手套。
⟦a 【在线问诊】烫伤后起水疱怎么办？点击咨询烧伤科医生⟧
如果不慎烫伤，应立即用流动冷水冲洗15至30分钟，不要涂抹酱油、牙膏等，创面较大或起水疱的应及时就医。烧伤整形科门诊电话：0855-6630257。
""",
    ),
    dict(
        slug="university-zhucheng-news-screwdriver-training-h1",
        site="柷城学院 (invented university news site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zcxy.edu.cn/info/1012/30418.htm",
        title="工程训练中心开展“一把螺丝刀”拆装实训周活动",
        record_title=None,
        date="2025-04-25",
        notes="no record title (the news page's <h1>); photo captions between paragraphs; a 文/图/审核 line glued after the last paragraph; 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>柷城学院新闻网</title>
<script src="/_js/jquery.js"></script>
</head>
<body>
<div class="header">⟦m 柷城学院新闻网⟧　⟦m 厚德 笃行 求是 创新⟧</div>
<div class="nav">⟦m 学院首页　综合新闻　教学科研　学院动态　媒体柷院　校园视频⟧</div>
<div class="pos">⟦m 您的位置：首页 > 学院动态⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-04-25　来源：工程训练中心　浏览次数：702⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="prevnext">⟦l 上一条：我校举办第十届大学生机器人创意大赛⟧<br>⟦l 下一条：机械工程学院召开毕业设计中期检查会⟧</div>
</div>
<div class="footer">⟦m 柷城学院党委宣传部主办⟧　⟦m 地址：柷城市大学路1号　邮编：617000⟧　⟦m 川ICP备05011245号⟧</div>
</body>
</html>
""",
        body="""
4月21日至25日，工程训练中心面向全校大一学生开展“一把螺丝刀”拆装实训周活动，来自6个学院的412名学生参加。
实训周设置了台式电脑、电风扇、机械闹钟三类拆装项目。学生在指导老师带领下，先识别一字、十字、内六角等不同规格的螺丝刀，再按照操作规程完成拆卸、清洁和复装，最后通电或上弦检验。
⟦m 学生在指导老师带领下拆装机械闹钟⟧
“以前连螺丝刀正反转都分不清，这次亲手把一台风扇拆开又装好，特别有成就感。”经济管理学院学生钱语桐说。
工程训练中心主任郜立新表示，中心将把拆装实训纳入劳动教育课程，每学期常态化开展。⟦m （文/图：钟亦凡　审核：郜立新）⟧
""",
    ),
    dict(
        slug="university-zhucheng-notice-classroom-eraser-text",
        site="柷城学院教务处 (invented, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jwc.zcxy.edu.cn/info/1003/8812.htm",
        title="关于报送教学楼教室黑板及板擦维修需求的通知",
        date="2025-09-03",
        notes="record title as is, printed again on the page; the notice's own 联系人/电话/邮箱 beside the office's phone in the footer; 附件; 发布日期 agrees with the 成文日期",
        page="""
!m 柷城学院教务处
!m 首页 >> 通知公告 >> 教学运行
!t 关于报送教学楼教室黑板及板擦维修需求的通知
!m 发布者：教学运行科　发布日期：2025-09-03　阅读次数：1207
{BODY}
!a 【打印此页】【关闭此页】
!m 教务处办公室电话：0816-2258800　　地址：行政楼三楼
!m Copyright © 柷城学院教务处
""",
        indent="\u3000\u3000",
        body="""
各学院：
为保障秋季学期教学秩序，教务处将对各教学楼教室的黑板和板擦进行集中检修和补充。现请各学院组织任课教师和学生信息员反映所用教室存在的问题，具体事项通知如下：
一、报送内容：黑板面板起皮、划痕严重、无法擦净，黑板升降卡滞，以及板擦缺失、破损等情况。
二、报送方式：各学院汇总后填写附件表格，于9月10日前发送至 jwc_yx@zcxy.edu.cn。
三、教务处将会同后勤管理处于9月下旬前完成维修，无法维修的安排更换。
联系人：殷若岩，电话：0816-2258816。
附件：教学楼教室黑板及板擦维修需求汇总表
教务处
2025年9月3日
""",
    ),
]
