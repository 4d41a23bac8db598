"""holdout325, part C: Q&A sites, personal collections, Party-building sites, hospitals and
universities. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="shitu-qa-icepack-lunchbag-question-title",
        site="识途问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.shituwenda.example.com/q/20577301.html",
        title="保温袋里放冰袋，夏天能保鲜多久？",
        record_title=None,
        date=None,
        notes="Q&A page, no record title: the question is the title; an adopted-answer badge, a vote row, more answers, an ask box; 回答于 2 个月前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>识途问答 - 有问题，就有人带路</title>
<script src="//cdn.shituwenda.example.com/qa/2.8/app.js"></script>
</head><body>
<div class="hd"><a class="logo">⟦m 识途问答⟧</a><input placeholder="搜索你想知道的"><a>⟦a 我要提问⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 识途问答 > 生活 > 厨房与饮食⟧</div>
<div class="question">
<h1 class="q-title">{T}</h1>
<p class="q-desc">⟦m 提问者：冷萃不加糖　|　浏览 4.2万次⟧</p>
</div>
<div class="best-answer">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 配送站老郑　生鲜行业从业者　回答于 2 个月前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦l 有用 612　没用 9　评论 23⟧　⟦a 分享这个回答⟧</div>
</div>
<div class="other-answers"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 鱼丸粗面：我一般放两个冰袋，三小时没问题。⟧</p>
<p>⟦l 用户k9731：要看是什么食物，冰淇淋可撑不了那么久。⟧</p></div>
<div class="related"><h3>⟦l 相似问题⟧</h3>
<p>⟦l 冰袋和冰盒哪个保冷时间长？⟧</p><p>⟦l 保温袋可以当冷藏袋用吗？⟧</p></div>
<div class="ft">⟦d 回答内容均由网友提供，仅供参考，不代表识途问答观点。⟧　⟦m ©2025 识途问答⟧</div>
</body></html>
""",
        body="""
这个要看保温袋的保温层和冰袋的大小，不能一概而论。我在生鲜配送站干过两年，说点实际经验。
普通的铝箔保温袋，放一个四百毫升的冰袋，在室温三十度左右的环境下，大概能让里面的东西保持低温三到四个小时。如果是加厚珍珠棉的保温袋，放两个冰袋，可以撑到六个小时左右。
有几个小窍门：冰袋要提前冻足十二个小时以上；冰袋放在食物上面，因为冷气往下走；袋子尽量装满，空隙大了冷得快；中途别反复打开。
如果是带生肉、海鲜，建议超过四个小时就不要再指望保温袋了，还是尽快放进冰箱。
""",
    ),
    dict(
        slug="zhixing-qa-shaver-blade-replace",
        site="知行问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://zhixing.example.net/question/118402",
        title="起球器的刀网钝了，可以自己换吗？",
        record_title="起球器的刀网钝了，可以自己换吗？_家电维修_知行问答",
        date=None,
        notes="Q&A text page: the question repeated above the answer, an answerer line with a relative time (5 天前), a 'helpful' row and other answers below; no date",
        page="""
!m 知行问答 — 知道了，就去做
!m 分类：家电维修 › 小家电
{T}
!m 问题补充：用了一年多，推毛衣越来越费劲，是刀网的问题吗？
!m 最佳答案　　答主：修家电的老贺　　5 天前
{BODY}
!l 👍 这个回答对我有帮助（214）
!l 更多回答（3）
!l 芝麻酱：淘宝上搜“型号+刀网”，十几块钱一个。
!l 匿名用户：我的是电池盒接触不良，不是刀网的问题。
!a 下载知行问答App，提问秒回
""",
        body="""
可以自己换，不难。大部分充电式起球器的刀网和刀片都是可以单独购买的，按型号在店铺里搜配件就行。
换之前先关机，最好把电池取出来或者确认电量耗尽。逆时针拧下刀网外罩，取出旧刀网，注意看刀片的朝向，很多人装反了就会出现“空转不剃”的情况。
新刀网装好后，顺时针拧紧外罩，开机空转十秒钟听一下声音，没有异响就可以用了。
另外提醒一句，如果刀片本身没坏，只是刀网被毛屑堵住了，用附带的小刷子清理一下就能恢复，没必要换。
""",
    ),
    dict(
        slug="laozhou-collection-camphor-chest-gb2312",
        site="老周文存 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.laozhouwencun.example.com/mhxh/07.htm",
        title="樟木箱和防潮盒",
        record_title="樟木箱和防潮盒（《泯河闲话》之七）- 老周文存",
        date=None,
        notes="old table layout: a 繁體/简体 switch, chapter links, a visitor counter and the author's mailbox; a memoir with years in the text but no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>樟木箱和防潮盒（《泯河闲话》之七）- 老周文存</title>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#FFFBF0">
<table width="760" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 老周文存⟧</font><br>⟦m 一个退休教书匠的闲言碎语⟧</td></tr>
<tr><td align="right">⟦a [繁體中文] [简体中文]⟧</td></tr>
<tr><td>⟦m 文集首页 ∣ 泯河闲话 ∣ 教书杂记 ∣ 旧诗稿 ∣ 留言本⟧</td></tr>
<tr><td align="center"><font size="4"><b>⟦t 樟木箱和防潮盒⟧</b></font><br>⟦m ——《泯河闲话》之七⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←之六　茶缸子⟧　⟦l 目录⟧　⟦l 之八　煤油灯→⟧</td></tr>
<tr><td align="center"><hr>⟦w 欢迎来信：laozhou_mh@example.com⟧<br>⟦m 自2009年开站以来，您是第 86213 位来客⟧<br>⟦d 文存内容均为老周原创，转载请注明出处⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我家那只樟木箱，是一九七六年母亲结婚时外公请木匠打的。箱盖内侧贴着一张红纸，写着“百年好合”，字迹早已褪成淡粉色。
那时候没有什么防潮的办法，每年梅雨一过，母亲就把箱子里的衣服全搬出来，搭在院子里的竹竿上晒，樟木的香气混着太阳的味道，飘满整个院子。
去年女儿给我买了一盒衣柜防潮盒，说是放进去一个月就能接小半盒水。我起初不信，试了一个梅雨季，打开盖子一看，果然积了一层清水，衣柜里的霉味也淡了。
如今樟木箱还放在卧室角落，箱里也放上了两个防潮盒。老东西和新东西凑在一起，倒也相安无事。
""",
    ),
    dict(
        slug="sujian-collection-oneline-father-lipbalm",
        site="素帙文集网 (invented)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://www.suzhiwenji.example.cn/dangxi/14.html",
        title="冬天的唇膏",
        record_title="冬天的唇膏 ·《筜溪小记》第十四篇",
        date=None,
        notes="a collection page with the whole body on one line (paragraphs apart only by their indent); chapter links and a 'collected' count; no date",
        page="""
!m 素帙文集网 › 《筜溪小记》 › 第十四篇
!t 冬天的唇膏
!m 作者：筜溪老七　　字数：412　　被收藏 37 次
{BODY}
!l 上一篇：第十三篇　腊月的磨坊
!l 下一篇：第十五篇　河边的洗衣石
!a 加入书架　｜　打赏作者
!d 本作品版权归作者所有，未经许可不得转载。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲是跑长途货车的，一年有大半时间在路上。每次出车前，母亲都会往他的上衣口袋里塞一支唇膏。
北方的冬天风硬，驾驶室里暖气又干，父亲的嘴唇常常裂开好几道口子。他嫌唇膏“娘们儿气”，总是趁没人的时候才偷偷抹一下。
有一年他回来，我在他口袋里翻出三支唇膏管，都用得只剩一小截，管底还刻着记号，是母亲用针划上去的，提醒他别用过期的。
后来父亲不跑车了，母亲还是照旧每年冬天给他买唇膏。他也不再嫌弃，吃完饭就拿出来抹一抹，说是习惯了。
""",
    ),
    dict(
        slug="kaicheng-party-speech-meal-bags-date-under-title",
        site="恺城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.kcxianfeng.example.gov.cn/jcdj/sqdj/202512/t20251201_3307.html",
        title="在“爱心保温袋·助餐进万家”志愿服务项目启动仪式上的讲话",
        record_title="【红色领航·暖心助餐】在“爱心保温袋·助餐进万家”志愿服务项目启动仪式上的讲话 - 恺城先锋网",
        date="2025-11-28",
        date_also=["2025-12-01"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line, a 'back to top' link; date and speaker lines under the speech title (neutral); the portal's posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【红色领航·暖心助餐】在“爱心保温袋·助餐进万家”志愿服务项目启动仪式上的讲话 - 恺城先锋网</title>
<script src="/js/points.js"></script>
</head><body>
<div class="top">⟦m 中共恺城区委组织部主办⟧　⟦a 党员积分登录⟧</div>
<div class="banner">⟦m 恺城先锋网⟧</div>
<div class="nav">⟦m 首页　组工动态　基层党建　党员教育　先锋风采　网上党校⟧</div>
<div class="place">⟦m 首页 → 基层党建 → 社区党建⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="date-line">（2025年11月28日）</p>
<p class="speaker">恺城区俦园社区党委书记　龚雪梅</p>
<div class="meta">⟦m 发布时间：2025-12-01　来源：俦园社区党委　浏览次数：264⟧</div>
<div class="body">
{BODY}
</div>
<div class="points">⟦a 认真阅读满3分钟可获得学习积分1分⟧</div>
<div class="qr">⟦a 用手机扫码，随时随地学党建⟧</div>
<div class="tool">⟦a 【打印正文】【关闭】【返回顶部】⟧</div>
</div>
<div class="footer">⟦m 中共恺城区委组织部　地址：恺城区恺安路2号　组工热线：0738-7012371⟧<br>⟦m 湘ICP备16007120号-4⟧</div>
</body></html>
""",
        body="""
各位志愿者、各位居民朋友：
今天，我们在这里启动“爱心保温袋·助餐进万家”志愿服务项目。社区现有八十岁以上高龄老人一百一十二位，其中不少老人行动不便，吃饭成了难事。
从下周一开始，社区长者食堂每天中午把做好的饭菜装进保温袋，由党员志愿者送到老人家中。我们统一采购了一百五十个保温袋，每个袋子上都写着老人的楼栋号，保证送到时饭菜还是热的。
在这里，我对党员志愿者提三点希望：一是守时，每天十二点前送达；二是细心，遇到老人身体不适要及时报告社区；三是坚持，把这件好事一天一天做下去。
谢谢大家！
""",
    ),
    dict(
        slug="zhaling-party-summary-shaver-volunteers-table",
        site="樝岭机关党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.zhaling.example.gov.cn/zbfc/2025/1224/0912.html",
        title="第三党支部“旧衣焕新”志愿服务工作总结",
        record_title="【支部微风采】第三党支部“旧衣焕新”志愿服务工作总结 - 樝岭机关党建",
        date="2025-12-20",
        date_also=["2025-12-24"],
        notes="Party site text page: a study-points line, a share row; a service table one row a paragraph; the branch's 成文日期 vs the posting date",
        page="""
!m 樝岭机关党建　　县直机关工委主办
!m 首页 ＞ 支部风采 ＞ 支部动态
!t 【支部微风采】第三党支部“旧衣焕新”志愿服务工作总结
!m 时间：2025-12-24　　来源：第三党支部　　阅读：318
{BODY}
!a 已学习　✔　　本篇学习积分 +1
!l 转发给支部同志：微信　钉钉　复制链接
!m 樝岭县直机关工委　电话：0736-5280712
""",
        body="""
今年以来，县机关第三党支部组织党员志愿者开展“旧衣焕新”志愿服务，用起球器为敬老院老人和困难群众打理冬衣，现将工作情况总结如下。
一、基本情况
支部购置起球器十台、衣物刷二十把，组建志愿服务小分队三支，全年开展服务十二次。
⟦a 【先锋学习】本文已收入“支部风采”合集，点右上角订阅合集⟧
服务地点　服务次数　打理衣物（件）
县敬老院　六　四百八十
棁口镇敬老院　四　三百一十
城东社区　二　一百六十
二、主要体会
志愿服务贵在坚持，小小起球器拉近了党员和群众的距离。不少老人说，衣服推完毛球像新的一样，穿着心里也暖和。
三、下一步打算
明年将把服务延伸到三所留守儿童较多的村小。
中共樝岭县直机关第三支部委员会
2025年12月20日
""",
    ),
    dict(
        slug="yizhou-tcm-hospital-lipbalm-cheilitis",
        site="怡州市中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.yzszyy.example.cn/jkkp/pfk/2025-03-06/1572.html",
        title="唇炎患者如何选择和使用润唇膏",
        record_title="皮肤科科普丨唇炎患者如何选择和使用润唇膏 - 怡州市中医院",
        date="2025-03-06",
        notes="hospital page: a booking float, a 24-hour line and the switchboard next to the department's own 咨询电话 in the body; 发布时间 byline as the page's date; an experts list",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>皮肤科科普丨唇炎患者如何选择和使用润唇膏 - 怡州市中医院</title>
<script src="/static/js/yuyue-float.js"></script>
</head><body>
<div class="top">⟦m 怡州市中医院　三级甲等中医医院⟧　⟦m 总机：0739-8250000⟧</div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　党建文化⟧</div>
<div class="pos">⟦m 健康科普 ＞ 皮肤科⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-03-06　作者：皮肤科　沈南枝　审核：医务部⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fx">⟦l 分享：微信好友　朋友圈　QQ⟧</div>
</div>
<div class="experts"><h3>⟦l 皮肤科出诊专家⟧</h3><p>⟦l 沈南枝　主任医师　周二、周四上午⟧</p><p>⟦l 冯一苇　副主任医师　周一、周五全天⟧</p></div>
<div class="float-yy">⟦a 在线预约挂号⟧<br>⟦m 24小时急诊：0739-8250120⟧</div>
<div class="foot">⟦d 本站健康科普内容仅供参考，不能替代医生面诊。⟧<br>⟦m 地址：怡州市杏林路66号　湘ICP备10021873号⟧</div>
</body></html>
""",
        body="""
入冬以来，皮肤科门诊唇炎患者明显增多。很多患者问：嘴唇干裂，是不是唇膏涂得越多越好？
其实不然。唇炎患者应选择成分简单、不含香精和薄荷的润唇膏，薄荷、樟脑等成分会带来清凉感，但可能加重刺激。
使用时，先用温水清洁嘴唇，再薄涂一层；唇膏管口接触过破溃的嘴唇后，应用干净纸巾擦拭管口。症状明显时，不要舔嘴唇、撕死皮。
如果干裂、脱屑持续两周以上不见好转，或出现红肿、渗液，请及时到医院就诊。也可关注本院公众号，查询皮肤科专家出诊时间。
皮肤科咨询电话：0739-8253316（工作日8:00—17:30）
""",
    ),
    dict(
        slug="yizhou-third-hospital-notice-vacuum-bedding",
        site="怡州市第三人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yzsy3.example.cn/tzgg/20251028/608.html",
        title="关于住院部启用真空收纳袋存放患者备用被褥的通知",
        record_date="2025-10-28",
        date="2025-10-28",
        notes="record title and date as is; the nursing department's own 联系人/电话 next to the hospital's service and complaint lines; 1. 2. 3. list",
        page="""
!m 怡州市第三人民医院　｜　仁心　精术　厚德
!m 首页 > 医院公告 > 通知
{T}
!m 发布：护理部　　2025-10-28　　浏览 441
{BODY}
!m 预约挂号：0739-8260114　　投诉建议：0739-8260315
!l 上一条：关于调整门诊午间服务时间的通知
!l 下一条：2025年第四季度护理质量检查安排
!m 怡州市第三人民医院版权所有
""",
        body="""
各病区：
为改善病区储物条件，防止备用被褥受潮，护理部决定自11月1日起在住院部各病区启用真空收纳袋存放患者备用被褥。现将有关要求通知如下：
1.各病区备用被褥经洗涤消毒后，按单人份装入真空收纳袋，袋外标明病区和装袋日期。
2.收纳袋存放于被服间专用货架，距地面不少于二十厘米，不得与污染被服混放。
3.拆封使用后的收纳袋由被服中心统一回收检查，破损的及时报废。
联系人：护理部　邢佳，电话：0739-8251207。
怡州市第三人民医院护理部
2025年10月28日
""",
    ),
    dict(
        slug="yizhou-tech-news-dorm-moisture-h1-editor-glued",
        site="怡州工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yzit.example.edu.cn/info/1021/8830.htm",
        title="学校为学生宿舍配发衣柜防潮盒",
        record_title=None,
        date="2025-05-22",
        notes="university news page, no record title: the <h1>; a dotted date line as the page's date; a photo caption between paragraphs; an editor/reviewer line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>怡州工学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="head">⟦m 怡州工学院新闻网⟧　⟦a 学校主页　｜　English⟧</div>
<div class="nav">⟦m 首页　工院要闻　综合新闻　院部动态　媒体工院　视频工院⟧</div>
<div class="pos">⟦m 当前位置：首页 » 综合新闻⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="date">⟦m 2025.05.22　来源：后勤管理处　点击：<span>2036</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="fx">⟦l 上一篇：图书馆开展“世界读书日”系列活动⟧<br>⟦l 下一篇：我校学子在省大学生结构设计竞赛中获佳绩⟧</div>
</div>
<div class="foot">⟦m 版权所有：怡州工学院党委宣传部　新闻投稿：xcb@yzit.example.edu.cn⟧</div>
</body></html>
""",
        body="""
5月20日起，后勤管理处为南苑、北苑二十二栋学生宿舍配发衣柜防潮盒，共计一万四千余个，每名学生两个。
今年春季雨水偏多，部分低楼层宿舍墙面返潮，学生反映衣物、被褥有霉味。后勤管理处在调研后决定统一采购防潮盒，并在每栋楼的宿管站设置回收点，集满水的防潮盒可以换新。
⟦m 学生在宿管站领取防潮盒（后勤管理处供图）⟧
“我们宿舍在一楼，以前衣柜里的衣服摸上去总是潮潮的。”2023级学生邓一诺说，放了防潮盒以后，衣服干爽多了。
后勤管理处提醒同学们，防潮盒内的液体为氯化钙溶液，请勿倒入下水道或接触皮肤。⟦m （文字：后勤管理处　责编：方可　终审：陆远山）⟧
""",
    ),
    dict(
        slug="lishui-normal-notice-graduates-vacuum-bags",
        site="俪水师范学院学工之窗 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xgb.lsnu.example.edu.cn/tzgg/2025/0609/1188.htm",
        title="关于为毕业生提供行李打包真空收纳袋的通知",
        record_title="（毕业季专题）关于为毕业生提供行李打包真空收纳袋的通知｜俪水师范学院学工之窗",
        date="2025-06-09",
        notes="university office page: the document's own 咨询电话 next to the site's technical line; a 'graduation season' column tag; 成文日期 under two signing offices",
        page="""
!m 俪水师范学院学工之窗
!m 首页 / 通知公告 / 毕业季专题
{T}
!m 作者：学生事务中心　　日期：2025-06-10　　点击：3311
{BODY}
!l 附：毕业季专题其他通知　→　离校手续办理指南　｜　档案转递说明
!m 学工之窗技术维护：网络中心　0738-6600800
!m Copyright © 俪水师范学院学生工作部
""",
        date_also=["2025-06-10"],
        body="""
各学院、全体2025届毕业生：
为方便毕业生打包寄运行李，学生工作部联合后勤管理处免费为毕业生提供真空收纳袋，现将有关事项通知如下。
一、每名毕业生可领取大号真空收纳袋两个、手泵一个，凭学生证于6月12日至6月20日到各园区宿管站领取。
二、各园区宿管站配有电动抽气机，毕业生可自带收纳袋前往使用。
三、校内快递点对使用真空收纳袋打包的行李给予运费九折优惠。
咨询电话：0738-6604215（学生事务中心）
学生工作部　后勤管理处
2025年6月9日
""",
    ),
]
