"""holdout279, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text (see ../README.md and ../build.py for the markup). Every case written by hand.
"""

CASES = [
    dict(
        slug="qa-wenzhi-bamboo-bed-sour-smell-question",
        site="问知网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhiwang.com/question/60218845",
        title="新买的竹床有一股酸味，怎么去掉？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title (<h1>); an adopted-answer badge, a vote row, more answers; "
        "'回答于 2 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>新买的竹床有一股酸味，怎么去掉？ - 问知网</title>
<script src="/static/qa/app.bundle.js"></script></head>
<body>
<div class="top">⟦m 问知网 · 有问必知⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问知网 › 生活 › 家居日用⟧</div>
<div class="q"><h1>{T}</h1>
<p class="q-desc">⟦m 网友 竹子开花 提问 · 1.3万人看过⟧</p></div>
<div class="best">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 家居达人老焦 · 回答于 2 天前⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦a 有用 862⟧ ⟦a 没用 9⟧ ⟦a 评论 23⟧</div>
<div class="more"><h4>⟦l 其他 4 条回答⟧</h4>
<p>⟦l 拿淘米水擦两遍就没味了，我家就是这么弄的⟧</p>
<p>⟦l 放阳台通风一个礼拜，别暴晒就行⟧</p></div>
<div class="rel">⟦l 相关问题：竹席发霉了还能用吗？⟧</div>
<div class="ft">⟦m 问知网 ©2025　京ICP备2021119027号⟧</div>
</body></html>
""",
        body="""
新竹床有酸味很正常，主要是竹子在加工时经过蒸煮、炭化，竹材里残留的糖分和水分还没完全散掉。去味可以按下面几步来：
1.先用温水加一点小苏打，把床面和缝隙擦一遍，再用干布擦干。
2.搬到通风阴凉的地方晾三到五天，千万别放太阳底下暴晒，竹片晒得太干会开裂。
3.晾好以后，可以在床下放几包竹炭包或者一碟白醋，吸味效果不错。
如果一个多星期后还是酸味很重，甚至闻着刺鼻，就要留意是不是用了劣质胶水，最好找商家退换。
""",
    ),
    dict(
        slug="qa-daan-how-to-choose-shoe-last",
        site="答岸社区 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://daan.shequ.cn/q/2291746.html",
        title="自己做手工皮鞋，鞋楦该怎么选？",
        record_title="自己做手工皮鞋，鞋楦该怎么选？_答岸社区·生活技巧",
        date=None,
        notes="a Q&A page as text: a question with tags, an answerer's line with a relative time, likes, a follow-the-answerer prompt, "
        "more answers; no date",
        page="""
!m 答岸社区 | 问题详情
!t 自己做手工皮鞋，鞋楦该怎么选？
!m 标签：手工皮鞋　鞋楦　DIY　｜　浏览 2,905
!m 皮匠小宋 的回答 · 5 天前 · 已获 163 个赞
{BODY}
!a 关注答主，看更多手作干货
!l 查看全部 9 个回答
!l 第一次做皮鞋，裁皮用什么刀？
!l 鞋楦可以用3D打印吗？
!d 答岸社区内容由用户创作，仅代表作者观点
""",
        indent="",
        gap=True,
        body="""
我做手工鞋八年了，说说自己的经验。
首先看材质。新手建议选塑料楦，价格便宜，不怕潮，钉子也好钉；木楦手感好、有分量，但容易受潮变形，放的时候要注意。
其次看尺码和楦型。鞋楦的尺码和鞋的尺码不是一回事，买之前先量好脚长和跖围，再对照卖家的楦型参数表选。做牛津鞋、德比鞋用圆头楦比较好上手，尖头楦对绷帮技术要求高。
最后，一定要买左右成对的，千万别图便宜买单只楦，左右脚做出来会不一样。
""",
    ),
    dict(
        slug="collection-tuojiang-memoir-mothers-copper-basin",
        site="柝江晚晴集 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.tuojiangwanqing.com/sanwen/juan2/05.htm",
        title="母亲的铜盆",
        record_title="母亲的铜盆——柝江晚晴集（散文卷）",
        date=None,
        notes="a retired teacher's collection in an old table layout: a marquee, chapter links, a visitor counter and the author's mailbox; "
        "a memoir with years only; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲的铜盆——柝江晚晴集（散文卷）</title>
<script language="JavaScript" src="../../js/counter.js"></script></head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 柝江晚晴集⟧</font><br>⟦m 一位老教师的文字小园⟧
</td></tr>
<tr><td><marquee>⟦m 欢迎老朋友常来坐坐，留言请写信到园主邮箱⟧</marquee></td></tr>
<tr><td>⟦m 【首页】【散文卷】【诗词卷】【教学卷】【留言簿】⟧</td></tr>
<tr><td align="center"><font size="4"><b>⟦t 母亲的铜盆⟧</b></font><br>⟦m 散文卷 · 第五篇⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〖上一篇：外公的算盘〗　〖回目录〗　〖下一篇：井台边的青石板〗⟧</td></tr>
<tr><td align="center">⟦m 园主：何守拙　信箱：heshouzhuo1946@sina.com⟧<br>
⟦m 本园开园以来来访人次：026713⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲有一只铜盆，是外婆给她的陪嫁。盆口有一尺多宽，盆沿打着一圈回纹，盆底錾着两条鲤鱼。
我小时候，这只铜盆是家里最金贵的东西。平时母亲舍不得用，用一块蓝布包着放在柜顶上，只有过年和家里来了客人才拿下来，给客人打洗脸水。
一九六〇年家里最困难的时候，有人上门来收铜，说能换二十斤粮票。母亲把铜盆抱在怀里想了一夜，第二天还是把人打发走了。她说：“这是你外婆留下的念想，饿也要留着。”
母亲去世后，铜盆传到了我手里。我每年腊月都拿出来，用草木灰擦一遍，擦着擦着，就好像又看见母亲坐在灶屋门口擦盆的样子。
""",
    ),
    dict(
        slug="collection-sikou-memoir-village-seesaw-oneline",
        site="鸶口旧事 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://sikoujiushi.home.blog.cn/wenji/11.html",
        title="村口的跷跷板",
        record_title="〔鸶口旧事·十一〕村口的跷跷板",
        date=None,
        notes="a personal collection as text, the whole memoir on one line (paragraphs apart only by their indent); "
        "chapter links and an author's line; years only, no date",
        page="""
!m 鸶口旧事 · 个人文集
!m 目录　｜　上一章　｜　下一章
!t 〔鸶口旧事·十一〕村口的跷跷板
!m 文 / 鸶口老七　字数 412
{BODY}
!l ＜＜ 十：打谷场上的露天电影　　十二：渡口的老艄公 ＞＞
!m 本文集仅在此处更新，转载请先打招呼
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
我们村口原来有一个跷跷板，是一九七九年大队修水渠剩下的一根杉木做的。
那根杉木有碗口粗，四五米长，木匠刘三爷在中间凿了个眼，穿在一个石墩子上，两头各钉一根横木当扶手，就成了全村孩子最喜欢的玩意儿。
放了学，我们书包一扔就往村口跑。人多的时候，一头坐三四个，另一头压不下来，就喊大人来帮忙。有一回我坐在高的那头，对面的二狗突然跳下去，我一屁股摔在地上，疼得半天起不来，回家还挨了一顿骂。
后来村口修了公路，跷跷板被拆掉了，石墩子还在路边放了好些年。现在回村，偶尔还能看见孙辈们蹲在那里玩石子。
""",
    ),
    dict(
        slug="party-shaochuan-summary-bamboo-bed-volunteers",
        site="芍川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.scxianfeng.gov.cn/zbfc/2025/0827/5526.html",
        title="“竹床送清凉”党员志愿服务活动总结",
        record_title="〖红色足迹·支部行〗“竹床送清凉”党员志愿服务活动总结—芍川先锋网",
        date="2025-08-25",
        date_also=["2025-08-27"],
        notes="a Party portal: a study-points prompt, a read-on-phone QR line, a data table one row a paragraph; the site's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖红色足迹·支部行〗“竹床送清凉”党员志愿服务活动总结—芍川先锋网</title>
<script src="/js/scxf.js"></script></head>
<body>
<div class="head">⟦m 芍川先锋网⟧ ⟦m 中共芍川县委组织部主办⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部风采⟧ ⟦m 先锋人物⟧ ⟦m 党员教育⟧</div>
<div class="weizhi">⟦m 位置：首页 ＞ 支部风采⟧</div>
<div class="wz"><h1>{T}</h1>
<div class="wz-info">⟦m 来源：鹌塘镇党委　时间：2025-08-27　浏览：431⟧</div>
<div class="wz-points">⟦a 读完本文可领取学习积分 1 分⟧</div>
<div class="wz-body">
{BODY}
</div>
<div class="wz-qr">⟦a 扫一扫，用手机读本文⟧</div>
<div class="wz-fn">⟦a 〖打印〗〖关闭〗⟧</div></div>
<div class="side">⟦l 相关阅读：鹌塘镇党员“双报到”工作纪实⟧</div>
<div class="foot">⟦m 芍川先锋网 版权所有　赣ICP备15007302号-1⟧</div>
</body></html>
""",
        body="""
今年7月至8月，鹌塘镇竹器厂党支部开展了“竹床送清凉”党员志愿服务活动，为辖区独居老人、困难家庭修补和赠送竹床，现将活动情况总结如下。
一、活动开展情况。支部12名党员分成4个小组，利用周末走村入户，上门修补旧竹床，并将厂里捐出的新竹床送到困难群众家中。各村服务情况如下：
村名　修补竹床（张）　赠送竹床（张）　服务户数
鹌塘村　26　8　31
老竹园村　19　6　22
溪口村　14　5　17
二、活动成效。两个月共修补竹床59张，赠送19张，服务70户，群众满意率100%。
三、下一步打算。支部将把这项活动坚持下去，每年夏天开展一次，让党员在服务群众中发挥作用。
中共鹌塘镇竹器厂支部委员会
2025年8月25日
""",
    ),
    dict(
        slug="party-yuling-speech-copper-basin-base-cn-date",
        site="燠岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.yulingdj.cn/llxj/2025/1029/771.html",
        title="在燠岭铜盆锻制技艺传承基地揭牌仪式上的讲话",
        record_title="【理论宣讲·领导讲话】在燠岭铜盆锻制技艺传承基地揭牌仪式上的讲话｜燠岭党建网",
        date="2025-10-26",
        date_also=["2025-10-29"],
        notes="a Party portal as text: the speaker line (neutral) and a date in Chinese numerals under the speech title; "
        "the site's date line differs; a study-points prompt and a QR line",
        page="""
!m 燠岭党建网
!m 首页 ＞ 理论宣讲 ＞ 领导讲话
!t 【理论宣讲·领导讲话】在燠岭铜盆锻制技艺传承基地揭牌仪式上的讲话
!m 信息来源：县委宣传部　发布时间：2025-10-29
县委常委、宣传部部长　韦晓岚
（二〇二五年十月二十六日）
{BODY}
!a 学完本篇记得在“燠岭先锋”小程序打卡积分
!a ［手机扫码看］　［打印本页］
!m 燠岭党建网　中共燠岭县委组织部　联系邮箱：yldjw@126.com
""",
        indent="\u3000\u3000",
        body="""
同志们、朋友们：
今天，燠岭铜盆锻制技艺传承基地正式揭牌了。我代表县委宣传部，向基地的建成表示祝贺，向长期坚守这门手艺的邱长根师傅和各位传承人表示敬意！
燠岭铜盆从明代传到今天，靠的是一代代铜匠师傅的一把锤、一双手。这门手艺里有燠岭人的勤劳和讲究，也有我们这片土地的记忆。
传承基地建起来了，关键在用好。一要把师傅请进来，让老艺人在基地带徒弟；二要把学生领进来，让中小学生到基地上好非遗课；三要把游客引进来，把铜盆锻打体验做成蓖坪乡文旅的一张名片。
希望大家共同努力，让燠岭铜盆的锤声一直响下去！
""",
    ),
    dict(
        slug="hospital-tianyang-rehab-seesaw-balance",
        site="畋阳县妇幼保健院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tyfybjy.com/news/kydt/2025-04-16/620.html",
        title="儿童康复科引入跷跷板平衡训练",
        record_title="儿童康复科引入跷跷板平衡训练-新闻动态-畋阳县妇幼保健院",
        date="2025-04-16",
        notes="a hospital page: a booking float, a 24-hour line and an experts list; the department's own 咨询电话 stays in the body; "
        "the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>儿童康复科引入跷跷板平衡训练-新闻动态-畋阳县妇幼保健院</title>
<script src="/js/yuyue-float.js"></script></head>
<body>
<div class="head">⟦m 畋阳县妇幼保健院⟧ ⟦m 二级甲等妇幼保健院⟧ ⟦m 24小时服务热线：0719-5330120⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 新闻动态⟧ ⟦m 就医指南⟧</div>
<div class="bread">⟦m 首页 &gt; 新闻动态 &gt; 科室动态⟧</div>
<h2>{T}</h2>
<div class="xx">⟦m 发布时间：2025-04-16　作者：儿康科 龚婷　浏览量：389⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享：微信 ｜ 朋友圈 ｜ 微博⟧</div>
<div class="float-yy">⟦a 在线预约挂号⟧ ⟦a 扫码关注服务号⟧</div>
<div class="experts"><h4>⟦l 儿康科专家⟧</h4><p>⟦l 邹静秋 副主任医师 周二、周四上午⟧</p></div>
<div class="foot">⟦m 地址：畋阳县和平路72号　预约挂号：0719-5331114⟧<br>⟦d 本站医疗信息仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
近日，院儿童康复科新添了两台康复训练用跷跷板，用于发育迟缓、平衡功能较差患儿的康复训练。
和公园里的跷跷板不同，康复用跷跷板板面更宽，两侧有护栏，起伏角度可以调节。训练时，治疗师让孩子坐、跪或站在板上，随着板面慢慢起伏保持身体平衡，锻炼孩子的前庭功能和核心力量。
科室主任贺兰芝介绍，平衡训练要循序渐进，一般每次十五分钟左右，每周三到五次，家长不要在家里用普通跷跷板自行训练，以免摔伤。
家长如发现孩子走路容易摔跤、不敢上下台阶，可到儿童康复科评估。咨询电话：0719-5331860。
""",
    ),
    dict(
        slug="hospital-suihu-tcm-copper-basin-foot-bath",
        site="荽湖县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.shzyy.cn/jkkp/2025/1203/1150.html",
        title="冬季用铜盆泡脚，谨防低温烫伤",
        record_title="【冬季养生小课堂】冬季用铜盆泡脚，谨防低温烫伤｜荽湖县中医院",
        date="2025-12-03",
        notes="a hospital's health article as text: numbered list kept; the byline's 发布时间 is the date; a booking line and a disclaimer",
        page="""
!m 荽湖县中医院　国家二级甲等中医医院
!m 首页 | 医院介绍 | 科室设置 | 健康科普 | 预约挂号
!t 【冬季养生小课堂】冬季用铜盆泡脚，谨防低温烫伤
!m 发布时间：2025-12-03　来源：烧伤整形科　阅读：702
{BODY}
!a 觉得有用，就转给家里的老人看看吧
!m 预约挂号请拨打：0735-4462020　微信搜索“荽湖县中医院”
!d 以上内容仅作健康知识普及，具体诊疗请遵医嘱
""",
        indent="\u3000\u3000",
        body="""
入冬以来，我院烧伤整形科已接诊多例泡脚烫伤的老年患者，其中不少人用的是家里的老铜盆。
铜盆导热快、保温好，很多人喜欢用它泡脚，但也容易出问题。老年人、糖尿病患者脚部感觉迟钝，水温高了也不觉得烫，等发现时脚底已经起了水疱。
用铜盆泡脚，请记住以下几点：
1.水温控制在40℃左右，可先用手肘试温。
2.盆底不要直接放在炭火或电炉上边加热边泡。
3.每次泡脚时间不超过20分钟。
4.糖尿病患者泡脚前应请家人帮忙试水温。
一旦烫伤，要立即用流动凉水冲洗患处，不要挑破水疱，也不要涂牙膏、酱油，及时到医院就诊。
""",
    ),
    dict(
        slug="univ-xiancheng-clay-bowls-exhibition-h1",
        site="筅城学院 (invented university)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xcxy.edu.cn/info/1012/48816.htm",
        title="我校陶艺工作室学生陶碗作品入选全省高校美育成果展",
        record_title=None,
        record_date="2025-11-20",
        date="2025-11-20",
        notes="a university news page: no title in the record (the <h1>), the date from the record; a dotted date, text/photo/review line glued "
        "after the last paragraph, a 'more news' list and a campus footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>筅城学院新闻网</title>
<script src="/_js/sudy-jquery-autoload.js"></script></head>
<body>
<div class="header">⟦m 筅城学院新闻网⟧ ⟦m 学校主页⟧ ⟦m 英文版⟧</div>
<div class="nav">⟦m 学院要闻⟧ ⟦m 综合新闻⟧ ⟦m 学术动态⟧ ⟦m 媒体筅院⟧ ⟦m 图说筅院⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 2025.11.20　作者：美术与设计学院　点击：[1093]⟧</div>
<div class="v_news_content">
{BODY}
</div>
</div>
<div class="more"><h3>⟦l 综合新闻 更多＋⟧</h3><ul><li>⟦l 我校举办第十二届校园文化艺术节⟧</li><li>⟦l 学校召开本科教学审核评估推进会⟧</li></ul></div>
<div class="footer">⟦m 地址：筅城市柝江区学府路1号　邮编：341200⟧<br>⟦m 筅城学院党委宣传部　版权所有⟧</div>
</body></html>
""",
        body="""
近日，全省高校美育成果展在省美术馆开幕，我校美术与设计学院陶艺工作室选送的系列作品《一碗乡土》入选。
《一碗乡土》由陶瓷设计专业六名学生共同完成，共二十四只陶碗。学生们先后七次到苞溪县古窑村调研，跟着老艺人学习泥条盘筑和柴窑烧制，碗身的纹样取自当地的稻田、龙窑和老屋窗花。
指导教师汤怀瑾介绍，作品从选泥到出窑用了近三个月，其中烧坏、开裂的就有四十多只。“做碗的过程，也是学生们认识乡土、理解传统的过程。”
据悉，本次展览共展出全省四十余所高校的三百余件作品，展期一个月。⟦m （文/陆子衿　图/蓝玥　审核/汤怀瑾）⟧
""",
    ),
    dict(
        slug="college-xiancheng-notice-shoe-last-contest",
        site="筅城轻工职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xcqgzy.edu.cn/jwc/tzgg/2025/0409/2266.html",
        title="关于举办第三届鞋楦设计与制作技能竞赛的通知",
        notes="record title as is; a college 教务处 page as text: 附件 list and the office's own contact (phone, mailbox) stay; 成文日期 under the signature",
        date="2025-04-08",
        page="""
!m 筅城轻工职业学院 · 教务处
!m 首页 / 通知公告 / 正文
{T}
!m 作者：教务处　审核：吕文涛　点击次数：512
{BODY}
!a 【关闭窗口】　【打印本页】
!m 版权所有：筅城轻工职业学院教务处　地址：筅城市柝江区职教路8号
""",
        indent="\u3000\u3000",
        body="""
各二级学院：
为提升学生专业技能，选拔优秀选手参加全省职业院校技能大赛，学院决定举办第三届鞋楦设计与制作技能竞赛。现将有关事项通知如下。
一、参赛对象。鞋类设计与工艺、皮具艺术设计专业在校学生，每个班级推荐不超过三人。
二、竞赛内容。理论测试占30%，主要考查脚型测量与楦型知识；实操占70%，选手须在四小时内根据给定脚型数据完成一只男式素头楦的修削。
三、时间地点。4月26日上午8:30，鞋楦实训室。
请各二级学院于4月18日前将报名表报送教务处实践教学科。联系人：范敏，电话：0798-2635117，邮箱：xcqgjwc@126.com。
附件：1.技能竞赛报名表
2.竞赛评分细则
教务处
2025年4月8日
""",
    ),
]
