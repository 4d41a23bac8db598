"""holdout206, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenzhiliao-airfryer-preheat-question-title",
        site="问知了 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhiliao.com/q/7719043.html",
        title="空气炸锅用之前需要预热吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title (its supplement left neutral); an adopted-answer badge, a vote row, more answers; 回答于 3 天前 and a question asked 1 周前 are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问知了 - 有问题，就问知了</title>
<script src="//s.wenzhiliao.com/js/qa.bundle.js"></script>
</head>
<body>
<header><a class="logo" href="/">⟦m 问知了⟧</a> <input placeholder="搜索你想知道的"> <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 登录⟧</a></header>
<div class="crumb">⟦m 问知了 › 生活家电 › 厨房电器⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：豆包爱吃薯条　1 周前　浏览 2,340⟧</p>
<p class="q-desc">刚买的五升空气炸锅，说明书上没写，网上有人说要预热有人说不用，到底听谁的？</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 厨房里的老周 | 家电售后工程师 | 回答于 3 天前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 👍 有用 268　　👎 没用 4　　💬 评论 11⟧</div>
</div>
<div class="more">
<h3>⟦l 其他 5 个回答⟧</h3>
<p>⟦l 小熊不爱吃鱼：我家从来不预热，炸鸡翅一样脆。⟧</p>
<p>⟦l 月亮湾：冷冻食品最好预热，不然容易外焦里凉。⟧</p>
</div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 空气炸锅能放锡纸吗？⟧</li><li>⟦l 空气炸锅烤篮涂层掉了还能用吗？⟧</li></ul></aside>
<footer>⟦m © 2025 问知了 wenzhiliao.com　京ICP备23011947号⟧</footer>
</body>
</html>
""",
        body="""
需要看做什么菜。
做冷冻的薯条、鸡块这类半成品，预热三到五分钟效果更好，外皮更容易酥脆；如果是烤蔬菜、烤红薯这类生鲜食材，不预热也可以，把时间延长两三分钟就行。
预热的方法很简单：空篮子放进去，设到一百八十度，开三分钟。注意千万不要在篮子里放油纸预热，没有食材压着，油纸会被风吹起来碰到加热管，有起火的危险。
另外，每次用完等机器凉了再清洗烤篮，涂层寿命能长不少。
""",
    ),
    dict(
        slug="qa-jiahe-purifier-waste-water",
        site="家和问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.jiahewenda.cn/question/1580226",
        title="净水器排出来的废水能用来洗菜吗？",
        record_title="净水器排出来的废水能用来洗菜吗？ - 家居生活 - 家和问答",
        date=None,
        notes="Q&A page as text: the question repeated, an answerer line with 回答于 2 天前 (no date), an agree row and other answers after the body",
        page="""
!m 家和问答 · 过日子的问题都能问
!m 家和问答 > 家居生活 > 节水节电
{T}
!m 3 个回答　　412 人关注
!m 净水师傅老郑　　家电安装九年　　回答于 2 天前
{BODY}
!a 赞同 96　　反对　　收藏　　举报
!l 更多回答
!l 节约小能手：我拿来冲厕所，一个月水费少了十几块。
!l 匿名用户：洗菜还是别了，水垢太重。
!a 下载家和问答App，追问更方便
!m 家和问答 jiahewenda.cn 沪ICP备20017784号
""",
        body="""
可以用，但要分用途。
反渗透净水器排出的“废水”，其实是被浓缩过的自来水，里面的矿物质、盐分比自来水高一些，但本身并没有被污染。
用来拖地、冲马桶、浇花、洗拖把都没问题，很多人在排水管上接个桶，一天能攒十几升。
洗菜、淘米就不太建议了，浓缩后的水硬度偏高，长期用来做饭的意义不大，也容易在锅里结水垢。
另外，接废水的桶要经常清洗，夏天放久了容易滋生细菌。
""",
    ),
    dict(
        slug="collection-chayu-memoir-first-soymilk-maker",
        site="茶余集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.chayuji.net/wenji/yxzy/14.htm",
        title="家里的第一台豆浆机",
        record_title="家里的第一台豆浆机（《楹溪杂忆》之十四）— 茶余集",
        date=None,
        notes="a retired teacher's collection in an old table layout: 繁體/简体 links, chapter links, a visitor counter and the author's mailbox; a memoir with only a year inside the text, no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>家里的第一台豆浆机（《楹溪杂忆》之十四）— 茶余集</title>
<script language="JavaScript" src="../js/fanjian.js"></script>
</head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0">
<tr><td>⟦m 茶余集 —— 一个退休教书匠的笔记本⟧</td><td align="right"><a href="javascript:toTrad()">⟦a 繁體⟧</a> <a href="javascript:toSimp()">⟦a 简体⟧</a></td></tr>
<tr><td colspan="2">⟦m 文集首页 | 楹溪杂忆 | 讲台旧话 | 诗词习作 | 留言簿⟧</td></tr>
</table>
<table width="760" align="center" border="0">
<tr><td align="center"><font size="5">{T}</font></td></tr>
<tr><td align="center">⟦m 《楹溪杂忆》之十四　作者：楹溪老樵⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〔上一篇〕第一次看电视⟧　⟦l 〔下一篇〕搪瓷缸⟧　⟦l 〔回目录〕⟧</td></tr>
</table>
<table width="760" align="center" border="0">
<tr><td align="center">⟦m 来信请寄 laoqiao_yx@163.com⟧<br>⟦m 自2006年以来有 208614 人次到访⟧<br>⟦d 文章为作者原创，转载请告知作者本人。⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九九八年冬天，我在县城百货大楼买回家里第一台豆浆机。那年月，豆浆机还是稀罕物，售货员特意拿出说明书，一条一条念给我听。
机器是乳白色的，像一只大保温杯，顶上装着电机。头一回用，我没把黄豆泡透，机器转了几下就卡住了，急得老伴在旁边直跺脚。
后来摸熟了脾气，每天早上打一壶，儿子喝一碗去上学，剩下的我和老伴分着喝。邻居们常端着碗来讨，说比街口豆腐坊的还香。
那台机器陪了我们九年，最后电机烧了，修理铺的师傅说配件早就不生产了。我把它的玻璃杯留下来，至今还在阳台上养着一盆吊兰。
""",
    ),
    dict(
        slug="collection-liantang-memoir-grandma-blanket-oneline",
        site="鲢塘琐记 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://liantangsuoji.cn/ji2/07.html",
        title="外婆不肯用电热毯",
        record_title="外婆不肯用电热毯——《鲢塘琐记》第二辑",
        date=None,
        notes="the whole memoir on one line, paragraphs apart only by their indent; the collection's header and footer; no date (a 整理于 stamp is none)",
        page="""
!m 鲢塘琐记 · 第二辑
!m 目录 ｜ 上一则 ｜ 下一则
{T}
{BODY}
!m 本则整理于 2 个月前　　点读 1523
!l 下一则：舅舅的自行车
!d 小集文字为个人回忆，请勿整篇转载。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆一辈子怕电。九十年代末，舅舅从城里给她买了一条电热毯，她铺了一个晚上就卷起来塞进了柜子。
她说，睡在电上头，心里不踏实。
冬天夜里，她还是用老办法：灌两个盐水瓶的热水，用旧毛巾裹好，一个塞在脚头，一个给我捂手。
后来我去外地读书，寒假回家，看见那条电热毯还在柜子里，塑料包装都没拆。
外婆走后第三年，舅舅整理旧物，把它拿了出来。插上电，指示灯竟然还亮着。
""",
    ),
    dict(
        slug="party-yingxi-speech-cabinet-donation",
        site="楹溪先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yxxianfeng.gov.cn/shjc/202504/t20250425_7712.html",
        title="楹苑社区党委书记在长者食堂消毒柜捐赠仪式上的讲话",
        record_title="【书记讲堂】楹苑社区党委书记在长者食堂消毒柜捐赠仪式上的讲话——楹溪先锋网",
        date="2025-04-23",
        date_also=["2025-04-25"],
        notes="Party portal: a study-points prompt between paragraphs, a read-on-phone QR line; date under the speech title and a speaker line (neutral); the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【书记讲堂】楹苑社区党委书记在长者食堂消毒柜捐赠仪式上的讲话——楹溪先锋网</title>
<script src="/js/dj-common.js"></script>
</head>
<body>
<div class="dj-top">⟦m 楹溪先锋网⟧ <span>⟦m 中共楹溪县委组织部主办⟧</span></div>
<div class="dj-nav"><a>⟦m 首页⟧</a> <a>⟦m 书记讲堂⟧</a> <a>⟦m 基层党建⟧</a> <a>⟦m 先锋风采⟧</a> <a>⟦m 学习园地⟧</a></div>
<div class="dj-pos">⟦m 当前位置：首页 — 书记讲堂⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-04-25　来源：楹苑社区党委　浏览：906⟧</div>
<p class="date">（2025年4月23日）</p>
<p class="author">楹苑社区党委书记　黎晚舟</p>
{BODY}
<div class="qr">⟦a 用手机扫一扫，把这篇讲话带回家读⟧</div>
</div>
<div class="dj-side"><h4>⟦l 书记讲堂·近期⟧</h4>
<ul><li>⟦l 在社区“红色物业”推进会上的讲话⟧</li><li>⟦l 在老党员座谈会上的发言⟧</li></ul></div>
<div class="dj-foot">⟦m 楹溪先锋网　湘ICP备09032651号　中共楹溪县委组织部版权所有⟧</div>
</body>
</html>
""",
        body="""
各位老人、各位爱心企业代表、同志们：
今天，我们在这里举行长者食堂消毒柜捐赠仪式。首先，我代表社区党委，向捐赠设备的鼎沸电器有限公司党支部表示衷心感谢！
长者食堂开办一年来，每天为辖区一百多位老人提供午餐。过去餐具靠人工蒸煮消毒，忙的时候难免顾此失彼。这次捐赠的四台消毒柜到位后，餐具可以做到一餐一消毒，老人们吃得更放心。
⟦a 在本页停留满3分钟，可记学习积分1分⟧
社区党委将把这批设备管好用好，安排专人负责，建立消毒台账，接受老人和家属监督。
我们也真诚欢迎更多的党组织、企业和志愿者参与进来，一起把长者食堂办成老人们的幸福食堂。谢谢大家！
""",
    ),
    dict(
        slug="party-jueyang-summary-warm-winter-blankets-table",
        site="桷阳党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.jueyang.gov.cn/jcdj/20250106/3355.html",
        title="骃田镇党员志愿服务队“暖冬行动”送电热毯工作总结",
        record_title="【红色暖冬】骃田镇党员志愿服务队“暖冬行动”送电热毯工作总结_桷阳党建网",
        record_date="2025-01-06",
        date="2025-01-06",
        notes="the record gives the date; a data table one row a paragraph; a 学习强国-style share line and a points prompt after the body",
        page="""
!m 桷阳党建网 | 党旗红 桷阳兴
!m 首页 → 基层党建 → 工作交流
{T}
!m 时间：2025-01-06　　作者：骃田镇党委　　阅读量：418
{BODY}
!a 转到党员学习群　　｜　　存进我的学习本
!l 上一篇：桷家坳村党支部冬季消防安全宣传小记
!l 下一篇：县直机关党员“下沉社区”活动总结
!m 桷阳党建网 主办：中共桷阳县委组织部　　技术维护：0739-6210911
""",
        indent="\u3000\u3000",
        body="""
去年12月，镇党委组织党员志愿服务队开展“暖冬行动”，为全镇困难老人送去电热毯，并上门讲解安全使用常识。现将有关情况总结如下。
一、基本情况。此次共发放电热毯一百五十六条，覆盖三个村（社区），具体如下：
村（社区）　发放数量　入户讲解人次
桷家坳村　38　41
鲢塘社区　52　57
骃田村　66　70
二、主要做法。一是精准摸底，由村干部逐户核实名单；二是统一采购带过热保护的合格产品；三是发放时现场铺设、现场讲解，留下志愿者联系方式。
三、下一步打算。春节前组织一次回访，检查电热毯使用情况，对存在隐患的及时更换。
骃田镇党委
2025年1月6日
""",
    ),
    dict(
        slug="hospital-meicheng-burns-blanket-article",
        site="楣城市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.mcsey.com/kpyd/2025/1209/1537.html",
        title="电热毯也会烫伤人，低温烫伤须警惕",
        record_title="【科普园地】电热毯也会烫伤人，低温烫伤须警惕-楣城市第二人民医院",
        date="2025-12-09",
        notes="hospital page: a booking float, a 24-hour emergency line and the switchboard next to the department's own 咨询电话 (kept); the 发布时间 byline is the page's date; an author line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【科普园地】电热毯也会烫伤人，低温烫伤须警惕-楣城市第二人民医院</title>
<script src="/static/js/hospital.js"></script>
</head>
<body>
<div class="hd">⟦m 楣城市第二人民医院⟧ <span>⟦m 三级综合医院⟧</span> <span>⟦m 24小时急救电话：0766-3125120⟧</span></div>
<div class="nav"><a>⟦m 医院概况⟧</a> <a>⟦m 科室导航⟧</a> <a>⟦m 专家介绍⟧</a> <a>⟦m 就医指南⟧</a> <a>⟦m 科普园地⟧</a></div>
<div class="pos">⟦m 当前位置：首页 &gt; 科普园地 &gt; 正文⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-12-09　供稿：烧伤整形科　浏览次数：758⟧</div>
<div class="con">
{BODY}
</div>
</div>
<div class="float-guahao">⟦a 在线挂号⟧ <span>⟦a 手机预约请扫码⟧</span></div>
<div class="ft">
<p>⟦m 医院总机：0766-3125000　地址：楣城市栱湖区杏林路66号⟧</p>
<p>⟦d 本站科普内容仅供参考，不能代替医生面诊。⟧</p>
<p>⟦m 湘ICP备12045528号⟧</p>
</div>
</body>
</html>
""",
        body="""
入冬以来，烧伤整形科门诊接诊了多位被电热毯烫伤的患者，其中大多是老年人和糖尿病患者。
很多人觉得电热毯温度不高，不会烫伤。其实，皮肤长时间接触四十四摄氏度以上的热源，就可能发生低温烫伤。这种烫伤开始时只是皮肤发红、起小水泡，看起来不严重，但往往伤得很深，愈合很慢。
预防低温烫伤，要做到三点：一是睡前预热，入睡后关闭或调至低档；二是电热毯上面铺一层床单，不要直接贴身；三是感觉迟钝的老人和糖尿病患者尽量不用。
一旦发生烫伤，应立即用凉水冲洗十五到二十分钟，不要自行挑破水泡，及时到医院就诊。
烧伤整形科咨询电话：0766-3125817⟦m （撰稿：烧伤整形科 易南星　审核：宣传科）⟧
""",
    ),
    dict(
        slug="hospital-fangchuan-tcm-notice-ward-cabinets",
        site="枋川县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fczyy.cn/yngk/20250703/882.html",
        title="关于加强病区配餐间消毒柜管理的通知",
        record_title="关于加强病区配餐间消毒柜管理的通知 ‖ 枋川县中医院院务公开",
        date="2025-07-02",
        notes="hospital portal as text: a 24-hour line and a booking line in the header, an 院务公开 column; signature date",
        page="""
!m 枋川县中医院　　急诊（24小时）：0739-6350120　　预约挂号：0739-6350166
!m 首页 ∕ 院务公开 ∕ 院内通知
{T}
!m 发布：院感科　　2025年07月03日发布　　阅读 206
{BODY}
!l 上一条：关于开展夏季食品安全自查的通知
!l 下一条：2025年上半年院感质控情况通报
!d 院务公开栏目内容仅面向本院职工与患者公开，转载须经宣传科同意。
!m 枋川县中医院 版权所有　　地址：枋川县城关镇杏园路9号
""",
        date_also=["2025-07-03"],
        indent="\u3000\u3000",
        body="""
各临床科室、后勤保障部：
近期院感科检查发现，部分病区配餐间消毒柜存在未按时消毒、柜内混放杂物、消毒记录缺失等问题。为加强医院感染防控，现就有关事项通知如下：
一、配餐间消毒柜仅用于存放消毒后的餐具，严禁存放食品、药品和个人物品。
二、每餐结束后，配餐员应将餐具清洗后放入消毒柜，按规定程序完成消毒，并如实填写消毒记录。
三、后勤保障部每月对消毒柜进行一次检修，院感科每季度开展一次效果监测。
四、对违反规定的科室，纳入当月质量考核。
枋川县中医院院感科
2025年7月2日
""",
    ),
    dict(
        slug="college-meicheng-vtc-purifier-news-h1",
        site="楣城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mcvtc.edu.cn/info/1032/6618.htm",
        title="学校完成三十六台直饮净水设备更新改造",
        record_title=None,
        date="2025-10-16",
        notes="college news page: no title in the record and only the school in <title>; the h1 holds it; a dotted date line is the page's date; a 文/图/审核 line glued after the last sentence; scan-to-report and a repair phone as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>楣城职业技术学院</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="header">⟦m 楣城职业技术学院⟧ <span>⟦m 崇德 尚技 笃行⟧</span></div>
<div class="menu"><a>⟦m 学校首页⟧</a> <a>⟦m 学校概况⟧</a> <a>⟦m 院系设置⟧</a> <a>⟦m 招生就业⟧</a> <a>⟦m 校园新闻⟧</a></div>
<div class="path">⟦m 您现在的位置：首页 » 校园新闻 » 综合新闻⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 2025.10.16　　来源：后勤管理处　　点击：⟧<span id="dynclicks">⟦m 1386⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一篇：我院学子在省职业院校技能大赛中获佳绩⟧<br>⟦l 下一篇：2025级新生军训圆满结束⟧</div>
</div>
<div class="footer">⟦m 地址：楣城市栱湖区职教路1号　邮编：418005⟧<br>⟦m 版权所有 © 楣城职业技术学院　湘ICP备05020136号⟧</div>
</body>
</html>
""",
        body="""
本学期开学前，后勤管理处完成了教学楼、图书馆和学生公寓三十六台直饮净水设备的更新改造，新设备已于近日全部投入使用。
此次更新的设备采用超滤加紫外线消毒工艺，每台设备都安装了水质在线监测屏，师生可随时查看出水的浊度和余氯数值。
后勤管理处负责人介绍，学校与设备厂家签订了运维协议，滤芯每季度更换一次，每月委托第三方检测机构抽检水质，检测报告在后勤服务公众号公示。
师生如发现设备故障，可拨打后勤报修电话0766-3320110，或在宿舍楼下扫码报修。⟦m （文/图：后勤管理处 柏青　审核：蔺远舟）⟧
""",
    ),
    dict(
        slug="college-meicheng-normal-notice-dorm-airfryer",
        site="楣城师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xgb.mcnu.edu.cn/tzgg/20251010/2157.html",
        title="关于严禁在学生公寓使用空气炸锅等大功率电器的通知",
        record_title="学生工作部 ◇ 关于严禁在学生公寓使用空气炸锅等大功率电器的通知 - 楣城师范学院",
        date="2025-10-09",
        notes="a student-affairs page as text: the department prefix in the record title; a numbered notice signed by two offices; signature date; the page's posting line also a date (accepted)",
        page="""
!m 楣城师范学院 学生工作部（处）
!m 网站首页　通知公告　学生资助　心理健康　公寓管理
!m 首页 > 通知公告 > 公寓安全
{T}
!m 作者：公寓管理中心　　发布日期：2025-10-10　　点击数：2093
{BODY}
!a 【打印本文】　【关闭】
!m 楣城师范学院学生工作部 版权所有　　电话：0766-3288101
""",
        date_also=["2025-10-10"],
        body="""
各学院、全体住宿学生：
近期，学生公寓安全检查中发现，部分宿舍存在使用空气炸锅、电煮锅等大功率电器的情况，个别宿舍因此发生跳闸。为保障住宿安全，现将有关要求通知如下：
一、学生公寓严禁使用空气炸锅、电煮锅、电磁炉等大功率电器。
二、学生工作部将会同保卫处每两周开展一次联合检查，查获的违规电器由学院暂存，学期末退还。
三、对多次违规的学生，按学生管理规定给予处理。
四、学生确有加热食物需要的，可前往各公寓一楼公共厨房使用。
学生工作部　保卫处
2025年10月9日
""",
    ),
]
