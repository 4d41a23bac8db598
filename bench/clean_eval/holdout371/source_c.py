"""holdout371, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="qa-zhilin-answer-rice-cup-grams",
        site="知邻问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhilinwenda.com/q/41877302.html",
        title="量米器满一格到底是多少克米？为什么我家的和说明书对不上",
        record_title=None,
        date=None,
        notes="no title in the record: the question in the <h1>; adopted-answer badge, vote bar, more answers, related "
        "questions; relative times are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知邻问答</title>
<script>window.ZL_Q={qid:41877302,ans:5};</script></head>
<body>
<div class="zl-top">⟦m 知邻问答⟧ ⟦m 邻居们都知道的事⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 邻居登录⟧</a></div>
<div class="zl-crumb">⟦m 知邻问答 › 居家生活 › 厨房⟧</div>
<div class="zl-q">
<h1>{T}</h1>
<p class="q-meta">⟦m 米桶边的小邹　提问于 3 天前　浏览 2,671⟧</p>
<p class="q-tags">⟦l 量米器　厨房计量　煮饭⟧</p>
</div>
<div class="zl-best">
<p class="badge">⟦m ✔ 提问者采纳的回答⟧</p>
<p class="who">⟦m 厨房计量控　｜　居家生活领域优质答主　｜　2 天前⟧</p>
<div class="ans">
{BODY}
</div>
<p class="vote">⟦a ▲ 赞同 128　▼ 反对　💬 评论 9　☆ 收藏⟧</p>
</div>
<div class="zl-more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 米桶小白：我家那个一格才一百四十克，原来是籼米的缘故⟧</p>
<p>⟦l 周周做饭：用秤称最准，别信标签⟧</p></div>
<div class="zl-rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 电饭煲的刻度线是按什么米算的？⟧</p><p>⟦l 一人份米饭大概多少克生米？⟧</p></div>
<div class="zl-foot">⟦d 回答内容由用户提供，仅供参考，不代表知邻问答观点。⟧ ⟦m © 知邻问答 2025　沪ICP备21030941号⟧</div>
</body></html>
""",
        body="""
量米器标的“一格”一般是按体积算的，不是按重量。多数家用量米器一格的容积在180毫升左右，装大米大约一百五十克，但具体多少克，和米的种类、装的方法都有关系。
一是米粒不同。长粒的籼米空隙大，同样一格比圆粒的粳米轻十来克；糯米更紧实，一格能到一百六十克以上。
二是舀法不同。直接插进米桶舀满，和用勺子一勺勺倒进去再刮平，能差出好几克。说明书上的数字通常是刮平后的。
三是新米陈米不同。新米含水多一点，也会重一些。
想知道自家量米器的准确克数，最简单的办法是用厨房秤称三次取平均，写在纸上贴在米桶边。平时煮饭按格量就够用了，不必太较真。
""",
    ),
    dict(
        slug="qa-linli-answer-yogurt-cup-ps-pp",
        site="邻里问问 (invented Q&A site, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://wenwen.linliwang.net/question/20251019/88324.html",
        title="酸奶杯底的PS和PP有什么区别？哪种能装热水",
        record_title="酸奶杯底的PS和PP有什么区别？哪种能装热水 - 邻里问问",
        date=None,
        notes="Q&A as text: question, best answer as the body, votes and other answers; relative times are no dates",
        page="""
!m 邻里问问 > 生活常识 > 环保回收
!t 酸奶杯底的PS和PP有什么区别？哪种能装热水 - 邻里问问
!m 提问者：小满妈　　1 周前　　已有 6 个回答
!m ★ 最佳答案　　答主：塑料不是料　　5 天前
{BODY}
!a 这个回答有帮助吗？　有帮助（214）　没帮助（5）
!l 更多回答
!l 西瓜味冰棍：PP杯可以进微波炉，但盖子一般不行
!l 老房子：洗干净扔可回收物就行了，别想太多
!l 你可能还想问：奶茶杯能不能回收？｜ 塑料碗上的三角形数字是什么意思？
!d 免责声明：回答仅代表网友个人观点，涉及健康问题请咨询专业人士。
""",
        body="""
酸奶杯底部三角形里的数字和字母，是塑料材质的标识。
PS是聚苯乙烯，对应数字6。它硬而脆，透明度好，常用来做酸奶杯、一次性餐盒，但不耐热，七十度左右就会变软，不适合装热水，更不能进微波炉。
PP是聚丙烯，对应数字5。它韧性好，耐热可以到一百度以上，很多能进微波炉的饭盒就是PP做的。
所以，标着PP的酸奶杯相对耐热，但它本来是一次性包装，杯壁薄，也不建议拿来反复装热水。喝完的酸奶杯冲洗干净，按当地要求投进可回收物就好。
""",
    ),
    dict(
        slug="collection-luboyong-memoir-egg-separator-gb2312",
        site="鲁伯庸文集 (invented, a retired teacher's collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.luboyong.cn/wenji/juan2/09.htm",
        title="母亲的蛋壳",
        record_title="灯前絮语·第九篇　母亲的蛋壳 ─ 鲁伯庸文集",
        date=None,
        notes="old gb2312 collection page: marquee, volume links, the author's mailbox, visitor counter; a memoir with no "
        "date (the upload line is no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>灯前絮语·第九篇　母亲的蛋壳 ─ 鲁伯庸文集</title>
<script language="JavaScript">function lbyTop(){window.scrollTo(0,0);}</script>
</head>
<body background="/img/paper.gif">
<table width="780" border="0" align="center">
<tr><td align="center"><font size="5">⟦m 鲁伯庸文集⟧</font><br><font size="2">⟦m 教书四十年，闲笔一箩筐⟧</font></td></tr>
<tr><td><marquee behavior="alternate">⟦d 本文集所有文字为鲁伯庸原创，请勿转载到别的网站，谢谢朋友们。⟧</marquee></td></tr>
<tr><td align="center">⟦m 卷一·课堂内外⟧　⟦m 卷二·灯前絮语⟧　⟦m 卷三·远行记⟧　⟦m 留言簿⟧</td></tr>
</table>
<table width="780" border="1" cellpadding="12" align="center" bordercolor="#996633">
<tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center"><font size="2">⟦m 卷二·灯前絮语　第九篇　上载于本站：2025年4月⟧</font></p>
{BODY}
<p align="center">⟦l 【上一篇：卖糖人老谷】⟧　⟦l 【回卷二目录】⟧　⟦l 【下一篇：那年的压岁钱】⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center"><font size="2">
⟦w 来信请寄：luboyong1951@163.com⟧<br>
⟦m 本页已被翻阅 3817 次⟧<br>
⟦a 返回页首⟧
</font></td></tr></table>
</body>
</html>
""",
        p_html='<p><font size="3">　　{}</font></p>',
        body="""
小时候家里做蛋糕，是件大事，一年也就一两回。母亲分蛋清不用任何工具，左手拿碗，右手把磕开的鸡蛋在两半蛋壳间倒来倒去，蛋清顺着壳边滑进碗里，蛋黄稳稳留在壳里。我看得入迷，偷偷试过一次，三个鸡蛋打破了两个蛋黄，被母亲笑了好几年。
后来我成了家，在百货商店的柜台上第一次见到蛋清分离器，一只小小的塑料勺，中间一道缝，两块钱。我买回去给母亲看，她拿在手里翻来覆去，说：“这东西好，手不稳的人也能分。”嘴上这么说，她自己却从没用过，还是习惯用蛋壳倒。
母亲走后，我在她的碗柜里找到了那只分离器，包在一块旧手帕里，一点划痕都没有。
如今我也上了年纪，手开始抖了，做蛋羹时才真正用上它。每次把鸡蛋磕在那道缝上，看蛋清一点点漏下去，总会想起母亲手里那两半来回倒的蛋壳。
""",
    ),
    dict(
        slug="collection-puchuang-memoir-rice-measure-oneline",
        site="蒲窗夜话 (invented personal collection, text)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://puchuang.essays.cn/ye/037.txt",
        title="从米升到量米器",
        record_title="从米升到量米器（《蒲窗夜话》第三十七则）",
        date=None,
        notes="a memoir whose body sits on one line, paragraphs joined only by their indents; no date",
        page="""
!m 《蒲窗夜话》　佘守田 著
!m 第三十七则
{T}
{BODY}
!l ◁ 第三十六则：村口的代销店　　第三十八则：腌菜坛子 ▷
!d 文责自负，转引请注明出处。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
我们村管量米的家什叫“米升”，杉木做的，方口，底小口大，一升米约莫三斤。谁家借米，都拿自家的米升去量，还的时候要冒尖，这叫“借平还尖”。
我十二岁那年，父亲让我去外婆家借米。外婆量了两升，刮得平平的，又抓了一把撒在上面，说路远，别让孩子饿着。那一把米，我记到今天。
后来米升不用了，家家买米论斤，煮饭凭手感。前些年女儿给我买了个塑料量米器，一格一人份，她说：“爸，您别老煮一大锅，吃不完又倒了。”
我嘴上嫌它小气，用了半年，剩饭真少了。有时拿着那个轻飘飘的塑料杯，会想起外婆那把冒尖的米：过去是怕人吃不饱，如今是怕人吃不完，量米的家什变了，惜粮的心思倒是一样的。
""",
    ),
    dict(
        slug="party-shuyuan-summary-shared-seasoning-jars",
        site="褒川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.bcxianfeng.gov.cn/jcdj/sqdj/202509/t20250902_3381.html",
        title="庶园社区第二党支部“共享调味罐”邻里互助活动总结",
        record_title="【红色楼道】庶园社区第二党支部“共享调味罐”邻里互助活动总结_褒川先锋网",
        date="2025-08-26",
        date_also=["2025-09-02"],
        notes="Party portal: study-points prompt, read-on-phone QR line, editor line; data table; the portal's posting "
        "date differs from the branch's 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【红色楼道】庶园社区第二党支部“共享调味罐”邻里互助活动总结_褒川先锋网</title>
<script>var xf_id=3381;</script></head>
<body>
<div class="xf-top">⟦m 褒川先锋网⟧ ⟦m 中共褒川县委组织部主办⟧ <a>⟦a 党员登录学习⟧</a></div>
<div class="xf-nav">⟦m 首页　要闻动态　基层党建　党员教育　先锋风采　网上党校⟧</div>
<div class="xf-pos">⟦m 当前位置：基层党建 ＞ 社区党建⟧</div>
<h1>{T}</h1>
<div class="xf-info">⟦m 2025-09-02　来源：庶园社区党委　作者：阮芸⟧</div>
<div class="xf-score">⟦a 阅读满3分钟可累计学习积分1分⟧</div>
<div class="xf-text">
{BODY}
</div>
<div class="xf-ed">⟦m 【编辑：石未央　责任编辑：柯启航】⟧</div>
<div class="xf-phone">⟦a 用手机扫码，把这篇总结转到支部群⟧</div>
<div class="xf-rel"><h3>⟦l 社区党建更多⟧</h3><p>⟦l 鸦桥社区“楼栋党小组”议事会见闻⟧</p><p>⟦l 党员认领微心愿，暖了独居老人心⟧</p></div>
<div class="xf-foot">⟦m 中共褒川县委组织部　地址：褒川县迎宾大道18号　陕ICP备10207354号⟧</div>
</body></html>
""",
        body="""
今年以来，庶园社区第二党支部以“党员进楼栋”为抓手，在老旧小区开展“共享调味罐”邻里互助活动，把便民服务做到居民家门口。现将有关情况总结如下。
一、主要做法
支部在6栋老楼的楼道里设置“邻里调味角”，每处配备盐、酱油、醋、花椒等8种调味罐，由党员认领管理，居民做饭时缺了少了可以随时取用。每个调味罐贴上补充日期，党员每周检查一次，过期的及时更换。
二、取得成效
各楼栋使用情况如下：
楼栋　调味罐数量　月均取用人次　认领党员
1号楼　8　126　许秋云
3号楼　8　98　韩绍民
5号楼　8　141　钱慧芳
通过活动，不少平时不来往的邻居熟络了起来，独居老人有事也愿意找党员帮忙。
三、下步打算
支部将把“邻里调味角”延伸为“邻里互助站”，增加针线包、雨伞等常用物品，让党员服务更贴近群众。
中共庶园社区第二支部委员会
2025年8月26日
""",
    ),
    dict(
        slug="party-yuping-speech-rice-cup-volunteers",
        site="驭坪党建 (invented township Party-building site, text)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.yuping.gov.cn/ldjh/20251020/1093.html",
        title="在“光盘行动·量米入户”党员志愿服务启动会上的讲话",
        record_title="【乡党委书记开讲】在“光盘行动·量米入户”党员志愿服务启动会上的讲话 - 驭坪党建",
        date="2025-10-16",
        date_also=["2025-10-20"],
        notes="speech: the speaker line and a date in Chinese numerals under the title are neutral; the page's posting "
        "date is also accepted",
        page="""
!m 驭坪党建 · 驭坪乡党委主办
!m 首页 ＞ 领导讲话
!t 【乡党委书记开讲】在“光盘行动·量米入户”党员志愿服务启动会上的讲话 - 驭坪党建
!m 发布：2025-10-20　　浏览：389　　来源：乡党政办
{T}
驭坪乡党委书记　闵思远
（二〇二五年十月十六日）
{BODY}
!a 【打印讲话稿】　【推荐给党员】　【返回上页】
!l 相关讲话：在全乡秋收秋种工作会上的讲话　｜　在乡村振兴驻村工作队座谈会上的讲话
!m 驭坪乡党政办公室　电话：0916-8710032
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天是世界粮食日，我们在这里启动“光盘行动·量米入户”党员志愿服务。全乡42名党员志愿者将带着量米器和节粮宣传册，走进全乡1800多户农户家中。借此机会，我讲三点。
第一，要讲清节粮的道理。我们驭坪是山区乡，老辈人都知道一粒米来得多不容易。可现在日子好了，一些人家做饭大手大脚，剩饭喂鸡喂狗的现象并不少见。志愿者入户，先要把这个道理讲透，讲得群众心里服气。
第二，要教会用量米器的方法。量米器一格一人份，怎么量、配多少水，志愿者要当面演示，老人记不住的，就帮着在米桶上贴个提示。
第三，要把好作风带到群众家里。入户不添麻烦，不吃群众一顿饭，顺便听一听群众有什么难事，能办的当场办，办不了的带回来。
同志们，一粒米连着千家万户。希望大家把这次志愿服务当作联系群众的好机会，把节粮的好习惯种进每户人家。
""",
    ),
    dict(
        slug="hospital-heling-article-yogurt-cup-labels",
        site="赫岭县人民医院 (invented county hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.hlxrmyy.com/kpzs/yyk/2025/0418/1207.html",
        title="术后病人喝酸奶，杯子上这几行字要看清",
        record_title="【营养小课堂】术后病人喝酸奶，杯子上这几行字要看清-科室科普-赫岭县人民医院",
        date="2025-04-18",
        notes="hospital page: the byline's 发布时间 is the page's date; the department's 咨询电话 beside booking and 24-hour "
        "lines, a booking float and an experts list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【营养小课堂】术后病人喝酸奶，杯子上这几行字要看清-科室科普-赫岭县人民医院</title>
<script src="/js/yy-float.js"></script></head>
<body>
<div class="yy-top">⟦m 赫岭县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 门诊预约：0716-3381999　24小时急救：0716-3380120⟧</div>
<div class="yy-nav">⟦m 医院概况　就医指南　科室导航　专家介绍　健康科普　院务公开⟧</div>
<div class="yy-pos">⟦m 您的位置：首页 ＞ 健康科普 ＞ 科室科普⟧</div>
<h1>⟦t 【营养小课堂】术后病人喝酸奶，杯子上这几行字要看清⟧</h1>
<div class="yy-info">⟦m 发布时间：2025-04-18　科室：临床营养科　作者：甘露　浏览：926⟧</div>
<div class="yy-art">
{BODY}
</div>
<div class="yy-share">⟦l 分享：朋友圈　微博　复制链接⟧</div>
<div class="yy-exp"><h3>⟦l 营养科专家⟧</h3><p>⟦l 甘露　副主任医师　周二、周四上午坐诊⟧</p><p>⟦l 尹一鸣　主治医师　周三全天坐诊⟧</p></div>
<div class="yy-float">⟦a 在线预约　当天号源实时查⟧</div>
<div class="yy-foot">⟦m 地址：赫岭县城关镇人民路203号⟧ ⟦d 本站健康科普仅供参考，不能代替医生面诊。⟧ ⟦m 鄂ICP备14029037号⟧</div>
</body></html>
""",
        body="""
不少家属探视术后病人时会带几杯酸奶。营养科提醒，酸奶虽好，买的时候先看清杯子上的几行字。
一看配料表。排在第一位的应是生牛乳，如果排第一的是水，那多半是乳饮料，不是酸奶。
二看蛋白质含量。发酵乳的蛋白质含量应不低于2.9克每百克，乳饮料通常只有1克左右。
三看储存条件。大多数酸奶杯上标注“2—6℃冷藏”，病房里没有冰箱时，买回来最好两小时内喝完。
另外，刚做完胃肠手术的病人能不能喝、什么时候喝，请先问问主管医生或营养师。
临床营养科咨询电话：0716-3382104（工作日8:00—17:00）
""",
    ),
    dict(
        slug="hospital-heling-notice-egg-separator-kitchen",
        site="赫岭县人民医院 (invented, text)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hlxrmyy.com/ywgk/tzgg/2025/0710/1266.html",
        title="关于规范营养食堂蛋清分离操作的通知",
        date="2025-07-09",
        date_also=["2025-07-10"],
        notes="record title as is; hospital notice as text: the infection-control office's 内线 beside the hospital's "
        "switchboard and complaint lines; 成文日期 under two signatures",
        page="""
!m 赫岭县人民医院 · 院务公开
!m 首页 › 院务公开 › 院内通知
{T}
!m 发布部门：院感科　发布日期：2025-07-10　阅读次数：311
{BODY}
!a 打印本通知　　返回列表
!m 医院总机：0716-3380000　投诉电话：0716-3381315
!m Copyright © 赫岭县人民医院　技术支持：赫岭县卫健信息中心
""",
        indent="\u3000\u3000",
        body="""
各病区、营养食堂：
近期院感科在营养食堂检查时发现，部分厨师在制作病号餐蛋羹、蛋白饼时直接用蛋壳分离蛋清，存在蛋壳表面细菌污染食物的风险。为保障住院患者饮食安全，现就有关要求通知如下：
1.营养食堂分离蛋清一律使用不锈钢蛋清分离器，禁止用蛋壳来回倒蛋。
2.鸡蛋使用前须在专用水池清洗外壳，磕蛋应在专用碗中进行，不得直接在成品容器边沿磕蛋。
3.蛋清分离器每餐使用后清洗并高温消毒，与生肉、水产用具分开存放。
4.院感科将每月抽查一次，检查结果纳入营养食堂考核。
联系人：院感科　唐静　内线：6213
赫岭县人民医院院感科
赫岭县人民医院营养科
2025年7月9日
""",
    ),
    dict(
        slug="university-zhuyang-news-cheese-lab-knife",
        site="诸阳农林学院 (invented college news site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zyaf.edu.cn/info/1032/18872.htm",
        title="食品学院学生在实训室做出第一批自制奶酪",
        record_title=None,
        date="2025-06-13",
        notes="no title in the record: the college page's <h1>; the byline's 发布时间 is the page's date; "
        "photographer/editor/reviewer line, click count, prev/next",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>诸阳农林学院新闻网</title>
<script>var _clickid=18872;</script></head>
<body>
<div class="zy-head">⟦m 诸阳农林学院新闻网⟧ ⟦m 明德　笃学　躬耕　致远⟧</div>
<div class="zy-menu">⟦m 学院首页　综合新闻　教学科研　学院动态　媒体农林　校园文化⟧</div>
<div class="zy-loc">⟦m 当前位置：首页 >> 学院动态⟧</div>
<h1>{T}</h1>
<div class="zy-byline">⟦m 发布时间：2025-06-13　供稿：食品科学与工程学院　摄影：潘小满⟧</div>
<div class="zy-cont">
{BODY}
</div>
<div class="zy-ed">⟦m 编辑：沈岚　审核：卓远　点击数：418⟧</div>
<div class="zy-pn"><p>⟦l 上一条：动物科学学院举行第六届养殖技能大赛⟧</p><p>⟦l 下一条：图书馆“毕业季·书香留念”活动启动⟧</p></div>
<div class="zy-foot">⟦m 诸阳农林学院党委宣传部　地址：诸阳市掖湖区学府路9号　邮编：431700⟧</div>
</body></html>
""",
        body="""
6月12日，食品科学与工程学院乳品工艺实训室里飘着淡淡的奶香，2023级学生用两周时间制作的第一批半硬质奶酪完成成熟，迎来“开刀”时刻。
指导教师邬海鸥教授手持奶酪刀，先横切再竖切，把一块两公斤的奶酪分成小块。切面细腻、孔眼均匀，学生们围在台边拍照。“切奶酪也有讲究，”邬教授说，“半硬质奶酪要用刀刃较厚的奶酪刀，一刀到底，来回锯会把切面弄碎。”
本次实训从牛乳标准化、凝乳、切割凝块、压榨到成熟，全部由学生分组完成。学院今年新添置了一批奶酪刀和奶酪竖琴切割器，保证每组都有成套工具。
学院负责人表示，将把奶酪制作纳入乳品工艺课程的必做实训项目。
""",
    ),
    dict(
        slug="university-zhuyang-notice-canteen-seasoning-jars",
        site="诸阳职业技术学院后勤保障处 (invented, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.zyzy.edu.cn/tzgg/2025/0312/551.html",
        title="关于学生食堂更换防潮调味罐的通知",
        record_title="关于学生食堂更换防潮调味罐的通知-后勤保障处-诸阳职业技术学院",
        record_date="2025-03-12",
        date="2025-03-12",
        date_also=["2025-03-11"],
        notes="the record gives the date; the 成文日期 a day earlier is also accepted; a canteen 监督电话 in the body",
        page="""
!m 诸阳职业技术学院 · 后勤保障处
!m 首页 | 部门概况 | 饮食服务 | 宿舍管理 | 通知公告
!t 关于学生食堂更换防潮调味罐的通知-后勤保障处-诸阳职业技术学院
!m 作者：饮食服务中心　　时间：2025-03-12　　点击：273
{BODY}
!a 【关闭】【打印】【顶部】
!m 后勤服务热线：0728-3390111（24小时）
""",
        body="""
各学院、各部门，全体同学：
近期不少同学反映，学生食堂自助调料台的盐、糖、味精受潮结块，取用不便，部分调味罐盖子缺失，存在卫生隐患。经研究，饮食服务中心决定对三个学生食堂的调料台进行整改，现将有关事项通知如下。
一、3月15日至3月17日，三个食堂的自助调料台全部更换为带密封圈的防潮调味罐，共计180只，每只罐体标注调料名称。
二、更换期间，调料由窗口工作人员按需提供，请同学们在打饭时告知。
三、新调味罐启用后，调料台每日早、中、晚各清洁一次，调味料每日更换。
请同学们取用调料时随手盖好罐盖。对食堂卫生有意见建议的，可拨打饮食服务中心监督电话：0728-3390246。
诸阳职业技术学院后勤保障处
2025年3月11日
""",
    ),
]
