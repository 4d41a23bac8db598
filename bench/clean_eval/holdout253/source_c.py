"""holdout253, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="collection-huanglin-memoir-welded-barbell-html",
        site="篁邻文集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.huanglin-wj.net/juan4/0412.htm",
        title="父亲焊的那副杠铃",
        record_title="篁邻文集 › 卷四 › 父亲焊的那副杠铃（旧文重录）",
        date=None,
        notes="retired teacher's collection in an old table layout: marquee, chapter links, visitor counter, the author's mailbox; "
        "a memoir ending with a 写于 line (a season, no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>篁邻文集 › 卷四 › 父亲焊的那副杠铃（旧文重录）</title>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#FFFFF0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center"><font size="5">⟦m 篁邻文集⟧</font><br><font size="2">⟦m 邹其昌的退休笔墨⟧</font></td></tr>
<tr><td><marquee behavior="scroll" scrollamount="2">⟦m 欢迎来到篁邻文集，这里的每篇文字都是老邹一笔一画敲出来的⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="../index.htm">文集首页</a>　<a href="../juan1/">卷一·教书</a>　<a href="../juan2/">卷二·行走</a>　<a href="../juan3/">卷三·读书</a>　<a href="index.htm">卷四·旧事</a>⟧</td></tr>
<tr><td><hr size="1"></td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇：井水冰西瓜】⟧　⟦l 【回卷四目录】⟧　⟦l 【下一篇：我的第一双钉鞋】⟧</td></tr>
<tr><td align="center"><font size="2">⟦m 作者信箱：zouqc@huanglin-wj.net⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦m 本页已被翻阅 4127 次⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦d 篁邻文集文字均为原创，转载请先来信⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我家最早的健身器材，是父亲用两个旧齿轮和一根钢管焊成的杠铃。
那是1979年，父亲在羲阳农机厂当钳工。厂里报废了一台拖拉机，他向车间主任讨了两个大齿轮，又从废料堆里捡回一根一米五长的钢管，下班后在车间里焊了整整一个星期。齿轮一个二十多斤，加上钢管，整副杠铃将近五十斤。
杠铃放在院子的葡萄架下，成了左邻右舍小伙子们的宝贝。每天傍晚，总有人来借着练，练完了坐在石凳上聊天，一直聊到天黑。
我十二岁那年偷偷去举，没举起来，还把脚背砸青了。父亲没有骂我，只是教我先蹲下、腰挺直，用腿的力气把杠铃拉起来。这个动作要领，我后来当了体育老师，教了三十多年。
前些年老房子拆迁，那副杠铃不知去向。如今健身房里的杠铃锃亮整齐，可我总觉得，还是父亲焊的那副最沉。
写于二〇二三年冬
""",
    ),
    dict(
        slug="collection-shichuang-essay-grandma-sunhat-oneline",
        site="柿窗杂记 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shichuang.taoyihe.cn/sanwen/09.html",
        title="奶奶的太阳帽",
        record_title="奶奶的太阳帽 ——《柿窗杂记》第九则",
        date=None,
        notes="essay all on one line, paragraphs apart only by their indent; 'last modified yesterday' is no date",
        page="""
!m 柿窗杂记 — 陶一禾的个人文集
!m 文集首页 ｜ 散文 ｜ 诗词 ｜ 读书札记 ｜ 给我写信
!t 奶奶的太阳帽 ——《柿窗杂记》第九则
!m 字数：412　收录：散文卷　最后修改：昨天
{BODY}
!l ← 第八则：井台　　　第十则：晒秋 →
!l 返回散文卷目录
!d 文字版权归作者陶一禾所有，转载请先征得同意
!m 来信：shichuang@taoyihe.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
奶奶有一顶太阳帽，是我读大学那年暑假在省城给她买的。
那是一顶米白色的布帽子，帽檐很宽，边上缝了一圈浅蓝色的花边。奶奶接过去翻来覆去地看，说城里的帽子就是好看，舍不得戴，用塑料袋包好放进了衣柜。
第二年夏天我回家，看见她戴着那顶帽子在菜园里摘豆角，帽檐已经被汗水浸出了黄印子。她说，戴了它，日头再毒也不怕了。
后来奶奶走了，整理遗物时，那顶帽子还挂在门后的钉子上，花边褪成了灰白色。
我把它带回了城里，挂在书房的墙上。每年入伏，看到它，就想起菜园里那个弯着腰的身影。
""",
    ),
    dict(
        slug="dangjian-haoyuan-summary-wrist-guard-volunteers-html",
        site="昊原区机关党建网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.hyjgdj.gov.cn/jcdj/sqdj/202512/t20251203_90417.html",
        title="骏岭社区党支部“银龄护腕”志愿服务活动工作总结",
        record_title="【支部微光】骏岭社区党支部“银龄护腕”志愿服务活动工作总结_基层党建_昊原区机关党建网",
        date="2025-11-28",
        date_also=["2025-12-03"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; a chrome line between paragraphs; "
        "成文日期 under the signature differs from the portal's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【支部微光】骏岭社区党支部“银龄护腕”志愿服务活动工作总结_基层党建_昊原区机关党建网</title>
<script src="/js/dj.common.js"></script>
</head>
<body>
<div class="dj-top"><span>⟦m 昊原区机关党建网⟧</span> <span>⟦m 昊原区直属机关工作委员会主办⟧</span></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 要闻动态⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 作风建设⟧</li><li>⟦m 学习园地⟧</li></ul>
<div class="dj-pos">⟦m 首页 ＞ 基层党建 ＞ 社区党建⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布日期：2025-12-03　来源：骏岭社区　作者：龚小鹿　浏览：362⟧</div>
<div class="dj-points">⟦a 阅读本文满3分钟，可获得1个学习积分⟧</div>
<div class="dj-con">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫码继续阅读本文⟧</div>
<div class="dj-share">⟦l 分享至：微信　QQ　微博⟧</div>
</div>
<div class="dj-rel"><h3>⟦l 基层党建·最新⟧</h3><ul><li>⟦l 鹤岭街道开展党员冬训动员⟧</li><li>⟦l 区直机关党支部书记培训班开班⟧</li></ul></div>
<div class="dj-foot">⟦m 中共憬城市昊原区直属机关工作委员会　地址：昊原区政务中心B座6楼⟧<br>⟦m 赣ICP备19011926号⟧</div>
</body>
</html>
""",
        body="""
今年以来，骏岭社区党支部针对辖区老年人手腕劳损多、摔倒后腕部骨折多的实际，组织党员志愿者开展“银龄护腕”志愿服务活动，取得了较好效果。现将有关情况总结如下。
一、主要做法
一是摸清底数。党员志愿者分片入户走访，建立了辖区312名70岁以上老人的健康台账，其中有腕部旧伤的87人。
二是精准发放。联合区中医院为有需要的老人免费测量、配发护腕96副，并现场教会老人正确佩戴。
⟦a 本文已收入“支部亮点”专栏，点击进入专栏查看更多⟧
三是跟踪服务。每名党员联系3至5名老人，每月上门回访一次，了解护腕使用情况，提醒老人雨雪天气减少外出。
二、取得成效
活动开展以来，辖区老人冬季腕部摔伤就诊人数同比下降近四成，老人们称党员志愿者是“贴心的小棉袄”。
三、下一步打算
明年，支部将把活动延伸到护膝、防滑鞋等用品，让更多老人受益。
中共骏岭社区支部委员会
2025年11月28日
""",
    ),
    dict(
        slug="dangjian-xiyang-speech-red-relay-cn-date",
        site="羲阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xyxianfeng.cn/ldjh/2025/0630/5521.html",
        title="在县直机关“薪火接力”红色接力跑活动启动仪式上的讲话",
        record_title="【书记开讲】在县直机关“薪火接力”红色接力跑活动启动仪式上的讲话｜羲阳先锋网",
        date="2025-06-27",
        notes="speaker line and a Chinese-numeral date under the speech title (neutral); the portal's 发布 line is later",
        date_also=["2025-06-30"],
        page="""
!m 羲阳先锋网　中共羲阳县委组织部主办
!m 首页 ｜ 组工动态 ｜ 领导讲话 ｜ 基层党建 ｜ 先锋风采
!m 您所在的位置：首页 > 领导讲话
{T}
县直机关工委书记　司马珏
（二〇二五年六月二十七日）
!m 发布：2025-06-30　来源：县直机关工委　编辑：欧阳菁
!a 【大 中 小】【收藏本篇】【打印】
{BODY}
!l 上一篇：在全县组织工作推进会上的讲话
!l 下一篇：在县直机关党支部书记培训班结业式上的讲话
!m 羲阳先锋网版权所有　地址：羲阳县政务大楼5楼　邮编：336400
""",
        indent="\u3000\u3000",
        body="""
同志们：
在建党104周年即将到来之际，我们在这里举行县直机关“薪火接力”红色接力跑活动启动仪式。
这次接力跑，全程24公里，从县烈士陵园出发，途经羲阳老区纪念馆，终点设在县委党校。县直机关48个党组织各派一支队伍，每队手中传递的，是一根刻有入党誓词的接力棒。
为什么用接力棒？因为我们的事业，就是一代接着一代干出来的。老一辈共产党员把接力棒交到我们手中，我们也要跑好自己这一棒，再稳稳当当地交给后来人。
希望同志们在活动中注意安全、量力而行，既跑出精气神，又跑出好作风。
现在，我宣布：县直机关“薪火接力”红色接力跑活动正式启动！
""",
    ),
    dict(
        slug="hospital-jcer-article-barbell-wrist-html",
        site="憬城市第二人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.jc2hospital.com/kpyd/gk/20250805/2237.html",
        title="举杠铃手腕疼？骨科医生讲讲护腕怎么用",
        record_title="举杠铃手腕疼？骨科医生讲讲护腕怎么用_骨科健康讲堂_憬城市第二人民医院",
        date="2025-08-05",
        notes="hospital page with a booking float, a 24-hour line and an experts list beside the department's own 咨询电话 (body); "
        "the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>举杠铃手腕疼？骨科医生讲讲护腕怎么用_骨科健康讲堂_憬城市第二人民医院</title>
<script src="/js/hospital.min.js"></script>
</head>
<body>
<div class="h-top"><span>⟦m 憬城市第二人民医院⟧</span> <span>⟦m 三级综合医院　医保定点⟧</span> <span>⟦m 24小时急救：0798-2236120⟧</span></div>
<nav class="h-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康讲堂　党建文化⟧</nav>
<div class="h-crumb">⟦m 当前位置：首页 › 健康讲堂 › 骨科⟧</div>
<article class="h-art">
<h1>{T}</h1>
<p class="h-info">⟦m 发布时间：2025-08-05　作者：骨科 钱逸舟　审核：医务科　点击：896⟧</p>
<div class="h-body">
{BODY}
</div>
</article>
<aside class="h-side"><h3>⟦l 骨科专家⟧</h3><ul><li>⟦l 钱逸舟　主任医师　周二、周四上午⟧</li><li>⟦l 蓝以恒　副主任医师　周三全天⟧</li></ul></aside>
<div class="h-float">⟦a 在线预约挂号⟧<br>⟦m 预约电话：0798-2236000⟧</div>
<footer class="h-foot">⟦m 地址：憬城市昊原区康宁路99号　邮编：334100⟧<br>⟦d 本站健康科普内容仅供参考，不能替代医生面诊。⟧<br>⟦m 赣ICP备10026413号⟧</footer>
</body>
</html>
""",
        body="""
近来，骨科门诊接诊了不少因举杠铃导致手腕疼痛的年轻患者。他们大多是健身爱好者，在卧推、挺举时手腕过度后伸，导致腕关节软骨和韧带损伤。
护腕能起到一定的固定作用，但要用对。
首先，护腕不是越紧越好。缠得太紧会影响血液循环，出现手指发麻、发凉，应立即松开。
其次，护腕要戴在腕关节上。有的人把护腕戴在前臂，起不到支撑作用。
再次，护腕不能代替正确的动作。握杠时应让杠铃压在掌根，手腕保持中立位，重量循序渐进地增加。
如果手腕疼痛持续一周以上，或出现肿胀、活动受限，应及时到医院就诊，必要时进行核磁共振检查。
骨科门诊咨询电话：0798-2236617（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-cuichuan-tcm-rules-brace-lending",
        site="璀川县中医院 (invented hospital site)",
        style="医院官网",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.cczyy.cn/ksdh/kfk/zd/318.html",
        title="康复医学科护具借用管理规定",
        record_title="【科室制度】康复医学科护具借用管理规定｜璀川县中医院",
        date=None,
        notes="rules with 第N条 articles and an effective clause only (no date); hospital header with booking and night lines",
        page="""
!m 璀川县中医院　二级甲等中医医院
!m 首页 | 科室导航 | 康复医学科 | 科室制度
!m 预约挂号：0795-6731000　夜间急诊：0795-6731120
{T}
!m 科室：康复医学科　更新：3 天前　浏览：88
{BODY}
!a 【打印本页】　【返回科室首页】
!l 科室其他制度：康复治疗室安全管理制度　｜　康复训练器械清洁消毒规程
!m 璀川县中医院　地址：璀川县杏林路12号
""",
        body="""
第一条 为规范康复医学科护腕、护膝、腰围等护具的借用管理，方便患者康复训练，制定本规定。
第二条 本规定所称护具，是指科室为住院和门诊康复患者提供的可重复使用的护腕、护膝、腰围及支具。
第三条 患者借用护具，须由康复治疗师开具借用单，凭就诊卡到科室护士站登记。
第四条 护腕、护膝每次借用期限不超过14天，确需延长的，应到护士站续借。
第五条 患者应爱护护具，不得自行改装。丢失或人为损坏的，按护具购置价格的50%赔偿。
第六条 归还的护具由护士站统一清洗、消毒，经检查合格后方可再次借出。
第七条 本规定自发布之日起施行，由康复医学科负责解释。
""",
    ),
    dict(
        slug="university-canjiang-news-vault-gold-h1-html",
        site="璨江师范大学新闻网 (invented university news)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.cjnu.edu.cn/info/1032/20477.htm",
        title="体育学院体操队在全省大学生体操锦标赛跳马项目中获两金一银",
        record_title=None,
        date="2025-05-20",
        notes="no title in the record (found in the h1); a dotted date in the byline as the page's date; a photo caption on a "
        "line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>璨江师范大学新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="u-top">⟦m 学校首页⟧　⟦m 返回新闻网首页⟧　⟦m EN⟧</div>
<div class="u-logo">⟦m 璨江师范大学新闻网⟧</div>
<ul class="u-nav"><li>⟦m 综合新闻⟧</li><li>⟦m 院部动态⟧</li><li>⟦m 媒体师大⟧</li><li>⟦m 图说师大⟧</li></ul>
<div class="u-art">
<h1>{T}</h1>
<div class="u-info">⟦m 来源：体育学院　摄影：沈澈　编辑：郁南　2025.05.20　浏览次数：1207⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="u-pn">⟦l 上一条：我校学子在省师范生教学技能大赛中获佳绩⟧<br>⟦l 下一条：学校召开2025年本科教学工作会议⟧</div>
</div>
<div class="u-foot">⟦m 版权所有 璨江师范大学党委宣传部　地址：璨江市师大路1号⟧</div>
</body>
</html>
""",
        body="""
5月17日至19日，2025年全省大学生体操锦标赛在省体育馆举行。我校体育学院体操队派出8名队员参赛，在跳马项目中获得两枚金牌、一枚银牌，创下学校参赛以来的最好成绩。
男子甲组跳马决赛中，运动训练专业2022级学生吕思远完成了一套前手翻直体前空翻转体一周，以14.366分夺冠。女子乙组跳马比赛中，2023级学生晏可心和范宁分获冠亚军。
⟦m 吕思远在男子跳马决赛中。体育学院供图⟧
体操队主教练雷湛介绍，为备战本次比赛，队员们利用寒假集训了四周，每天练习跳马助跑和踏跳上百次。学校今年还为体操馆新添了一台国际标准跳马和一套海绵坑保护设施，为训练提供了保障。
""",
    ),
    dict(
        slug="university-jingzhi-notice-relay-batons-table",
        site="憬城职业技术学院 (invented college site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jcvtc.edu.cn/tyb/tzgg/2025/1016/3390.html",
        title="关于第二十届田径运动会接力项目器材领用的通知",
        record_title="体育部｜关于第二十届田径运动会接力项目器材领用的通知 - 憬城职院",
        date="2025-10-16",
        notes="college notice with a table (one row a paragraph, ideographic spaces); the issuing department's date under the signature",
        page="""
!m 憬城职业技术学院　体育部
!m 首页　部门概况　教学训练　群体竞赛　通知公告
!m 当前位置：首页 → 通知公告
{T}
!m 发布者：体育部　发布于 2025-10-16 11:05　点击：402
{BODY}
!a 打印此通知　关闭本页面
!l 上一篇：关于公布2025级新生体质测试安排的通知
!m Copyright © 憬城职业技术学院体育部　电话：0798-2290311
""",
        body="""
各二级学院：
学校第二十届田径运动会将于10月23日至24日举行。为保证接力项目顺利进行，现将器材领用事项通知如下：
一、接力棒由体育部统一配发，各学院按参赛队数领用，赛后当天归还。
二、领用安排如下：
学院　接力队数　领用接力棒　领用时间
机电工程学院　4队　4支　10月22日上午
信息工程学院　4队　4支　10月22日上午
经济管理学院　3队　3支　10月22日下午
护理学院　2队　2支　10月22日下午
三、领用地点为体育馆一楼器材室，领用时须由各学院体育委员签字登记。
四、接力棒如有丢失或损坏，由领用学院照价赔偿。
体育部
2025年10月16日
""",
    ),
    dict(
        slug="countyforum-xiyang-barbell-stolen-thread-html",
        site="羲阳论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xiyang0797.com/thread-220918-1-1.html",
        title="麟岗镇文化广场的杠铃架被人锯走了，有人管吗？",
        record_title=None,
        date=None,
        notes="no title in the record (the thread subject); county forum with a weather line, medals, jammer-font junk, a decoration "
        "ad and a 已转交/官方回复 link; relative times are no dates",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>羲阳论坛 - 羲阳人自己的网上家园</title>
<style>.jm{display:none}</style>
<script src="data/cache/common.js?v=K3p"></script>
</head>
<body>
<div class="hd-bar">⟦m 羲阳今日：多云 12～19℃⟧　<a href="#">⟦a 登录⟧</a> <a href="#">⟦a 注册⟧</a></div>
<div class="hd-logo">⟦m 羲阳论坛 · 羲阳人自己的网上家园⟧</div>
<div class="pt">⟦m 羲阳论坛 » 民生直通车 » 帖子详情⟧</div>
<table class="thread">
<tr><td class="author">⟦m 麟岗老街坊⟧<br>⟦m 勋章：热心网友　老会员⟧</td>
<td class="post">
<h1 id="thread_subject">{T}</h1>
<div class="ptime">⟦m 发表于 2 小时前⟧</div>
<div class="message">
{BODY}
</div>
<div class="gov">⟦l 此帖已转交麟岗镇人民政府，点此查看官方回复⟧</div>
<div class="ad">⟦w 羲阳家装节，全屋定制报名电话 13879706612⟧</div>
</td></tr>
</table>
<div class="reply">⟦l 2楼　东门口老王：上礼拜就看到杆子没了⟧</div>
<div class="reply">⟦l 3楼　阿青：建议装个摄像头⟧</div>
<div class="side"><h4>⟦l 民生直通车·本周热帖⟧</h4><p>⟦l 麟岗中学门口早高峰太堵了⟧</p><p>⟦l 镇卫生院周末有没有儿科⟧</p></div>
<div class="ft">⟦m 羲阳论坛 bbs.xiyang0797.com　赣ICP备13009218号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上个月镇里在文化广场新装了一套户外健身器材，其中有个杠铃架，两边焊着铁饼，大家晚上都爱去推两下。
今天早上我去锻炼，发现杠铃杆没了，断口很整齐，明显是被人用钢锯锯走的。旁边仰卧板的螺丝也被拧掉了好几颗。
这套器材是公家花钱装的，也是我们老百姓的福利。偷这个去卖废铁能值几个钱？
希望镇里能在广场装个监控，也请派出所查一查。有知道情况的乡亲，也可以跟帖说一声。
""",
    ),
    dict(
        slug="countyforum-pianshui-sunhat-melon-farmers-junk",
        site="翩水在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.pianshui.net/forum.php?mod=viewthread&tid=90127",
        title="邃谷乡给瓜农免费发太阳帽了",
        record_title="[乡里乡亲] 邃谷乡给瓜农免费发太阳帽了（附领取点）- 乡镇资讯 - 翩水在线",
        date=None,
        notes="county-forum post with junk lines and junk glued after 。; board and site suffixes and a poster's aside in the title",
        page="""
!m 翩水在线 — 翩水人的生活论坛
!m 翩水在线 › 乡镇资讯 › 正文
!t [乡里乡亲] 邃谷乡给瓜农免费发太阳帽了（附领取点）
!m 楼主：石门瓜娃　发表于 3 天前 | 查看：2933 | 回复：41
{BODY}
!l 沙发　翩水小灵通：已转给我舅了，谢谢楼主
!l 板凳　邃谷人：乡里今年办了件实事
!a 回帖前请先登录　｜　手机扫码进论坛
!m 翩水在线 bbs.pianshui.net　客服QQ：1509382264
""",
        junk=dict(lines=1, glued=2),
        body="""
今天去乡里办事，看到乡政府门口排着长队，一打听，原来是乡里给种西瓜的农户免费发太阳帽。
工作人员说，今年全乡西瓜种了三千多亩，七八月正是采摘上市的时候，瓜农整天在地里晒，乡里就联系了一家帽厂，定做了两千顶宽檐太阳帽，帽檐上还印了防中暑的小提示。
领取点有三个：乡政府一楼便民服务大厅、邃谷村村委会、石门村村委会。带上身份证就能领，每户两顶，领完为止。
家里有种瓜的亲戚，赶紧转告一下。天太热了，大家下地都戴上帽子，多喝水。
""",
    ),
]
