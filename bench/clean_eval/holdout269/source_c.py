"""holdout269, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (each once as HTML, once as text).
Invented text: counties, towns, people, firms, sites, URLs and phones are made up; see ../README.md
and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-zhinong-answer-winnower-chaff-question-title",
        site="知农问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://wenda.zhinong365.cn/q/771042",
        title="风谷车摇起来谷子和秕谷分不开，是哪里出了问题？",
        record_title=None,
        date=None,
        notes="a farming Q&A: no record title (the question is the title), an adopted-answer badge, the answerer's "
        "card, a vote row, more answers and a relative answer time (no date); a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知农问答 - 种地养殖有问必答</title>
<link rel="stylesheet" href="/assets/qa.css">
<script src="/assets/qa.js" defer></script>
</head>
<body>
<div class="qa-top">⟦m 知农问答⟧ <span>⟦m 种地养殖有问必答⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qa-crumb">⟦m 问答首页 › 农机具 › 传统农具⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-info">⟦m 提问者：稻花香里　浏览 1,034 次　2 个回答⟧</p>
</div>
<div class="answer best">
<span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="answerer">⟦m 老农机手刘叔　农机维修 30 年　回答于 3 天前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="votes">⟦l 有帮助 86　没帮助 2　评论 5　分享⟧</div>
</div>
<div class="more"><h3>⟦l 其他 1 个回答⟧</h3>
<p>⟦l 禾下乘凉：可能是风叶装反了，我家的就是，拆下来翻个面就好了。⟧</p></div>
<div class="side"><h3>⟦l 相关问题⟧</h3>
<ul><li>⟦l 老式风谷车的风叶用什么木头做最好？⟧</li><li>⟦l 打谷机和风谷车有什么区别？⟧</li></ul></div>
<div class="qa-foot">⟦d 回答内容来自网友，仅供参考，具体操作请注意安全。⟧ ⟦m © 知农问答 zhinong365.cn⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
这种情况多半出在三个地方，可以逐一检查：
1.摇速不对。风谷车靠手摇风叶生风，摇得太慢秕谷吹不出去，太快饱谷也会被吹走。一般一秒钟摇一圈左右比较合适，可以先倒少量谷子试几次。
2.进料插板开得太大。漏斗下面有块插板控制下谷快慢，谷子下得太猛，风来不及把杂物分开。把插板往下压一点，让谷子细细地流。
3.风箱漏风。老风谷车的箱板缝隙大了，风力就散。可以用木条把缝补上，风叶松了就重新钉紧。
如果三样都查过还不行，再看看出谷口的挡板是不是被人调过位置。
""",
    ),
    dict(
        slug="qa-baoma-answer-bottle-replace-numbered",
        site="宝妈问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baomawenda.com/question/20391.html",
        title="奶瓶多久换一次比较好？",
        record_title="奶瓶多久换一次比较好？ - 宝妈问答网",
        date=None,
        notes="a parenting Q&A as text: a question line, an answerer line with a relative time (no date), "
        "a numbered list in the answer, a 'not medical advice' notice and more questions",
        page="""
!m 宝妈问答网　育儿路上不孤单
!m 首页 > 喂养 > 奶瓶奶嘴
{T}
!m 提问：果果妈　宝宝5个月　｜　已有 3 人回答
!m 最佳回答　由 儿科护士周周 回答　5 小时前
{BODY}
!l 👍 有用（112）　👎 没用（3）　💬 追问
!d 以上回答仅代表答主个人经验，不能代替医生面诊意见。
!l 大家还在问：奶嘴孔越来越大怎么办？　宝宝不肯用奶瓶喝奶怎么办？
!m 宝妈问答网 baomawenda.com 沪ICP备18044231号
""",
        body="""
奶瓶没有固定的“保质期”，主要看材质和使用情况，给你几条参考：
1.玻璃奶瓶只要没有裂纹、缺口，可以一直用，但摔过或磕过的建议换掉。
2.PP、PPSU等塑料奶瓶一般用半年左右更换，出现划痕、发黄、变形就要提前换。
3.奶嘴比奶瓶换得勤，大概两到三个月一换，发现变黏、变硬或者开裂马上换。
另外，每次消毒后注意晾干，不要长时间泡在水里，这样奶瓶能用得更久。
""",
    ),
    dict(
        slug="collection-zhoubingshan-memoir-ancestral-hall-benches-table",
        site="周秉山文集 (invented, a retired carpenter's gb2312 site)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.zhoubingshan.net/mxj/juan2/017.htm",
        title="给祠堂打条凳的那个冬天",
        record_title="《墨线集》卷二 · 给祠堂打条凳的那个冬天 - 周秉山文集",
        date=None,
        notes="old gb2312 table page of a personal collection: chapter links, large-print and vertical reading links, "
        "a visitor counter and the author's mailbox; a 写于 line with only a year (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《墨线集》卷二 · 给祠堂打条凳的那个冬天 - 周秉山文集</title>
<style>td{font-size:14px;line-height:24px}</style>
</head>
<body bgcolor="#F3EEDD">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td align="center"><font size="5" face="楷体_GB2312">⟦m 周秉山文集⟧</font><br><font color="#7A6A4F">⟦m 一个老木匠的闲话⟧</font></td></tr>
<tr><td align="center">⟦m 墨线集　|　刨花集　|　家常话　|　留言本⟧</td></tr>
<tr><td align="center"><b>⟦m 《墨线集》卷二　第十七篇⟧</b></td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="right">⟦a 大号字体阅读⟧　⟦a 竖排阅读⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 上一篇：学徒三年　|　返回卷二目录　|　下一篇：墨斗里的线 →⟧</td></tr>
<tr><td align="center"><hr size="1" color="#C9B98F"></td></tr>
<tr><td align="center">⟦m 作者信箱：zbs_mujiang@163.com⟧</td></tr>
<tr><td align="center">⟦m 本站自2006年开通以来，已有 52217 人次来访⟧</td></tr>
<tr><td align="center">⟦d 文章系作者原创，欢迎转载，请注明出处。⟧</td></tr>
</table>
<script language="JavaScript" src="/cgi-bin/count.js?id=zbs"></script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九七九年冬天，村里翻修祠堂，要打四十条条凳，活儿落到了我和师傅头上。
师傅挑的是后山的老杉木，说杉木轻，不怕潮，条凳要常搬动，太重了老人家搬不动。木料锯好后先在檐下阴了半个月，才开始刨料、画线、凿眼。
条凳看着简单，难在腿。四条腿都往外撇，叫“八字脚”，榫眼要凿成斜的，差一点，凳子就坐不稳。我凿坏了三块凳面，师傅没骂我，只是拿墨斗在木头上又弹了一道线，说：“线在这儿，心也要在这儿。”
腊月二十八，四十条条凳整整齐齐摆进了祠堂。正月里唱戏，全村老少坐在上面，没有一条晃的。
如今祠堂又修过两回，那批条凳还剩下十几条，我每回路过，都要进去坐一坐。
二〇一九年，写于老屋
""",
    ),
    dict(
        slug="collection-daochang-memoir-father-winnower-wrapped",
        site="稻场边 (invented, a personal essay collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://daochangbian.cn/sanwen/fuqin-fenggu.html",
        title="父亲的风谷车",
        record_title="父亲的风谷车 · 《稻场边》散文辑",
        date=None,
        notes="a personal collection as text, hard-wrapped at 70 columns; a chapter line, a collection stamp with "
        "only a date of adding (no date), chapter links at the bottom",
        page="""
!m 《稻场边》散文辑　｜　作者：禾生
!m 目录 › 第二辑　农事 › 第六篇
{T}
!m 收入本辑：2023-07-02　字数：约四百
{BODY}
!l 上一篇：插秧的日子　｜　下一篇：晒谷场上的月亮
!l 返回目录
!d 本辑文字版权归作者所有，未经同意请勿转载。
""",
        wrap=70,
        indent="    ",
        body="""
父亲有一架风谷车，是爷爷那一辈传下来的，比我的年纪还大。
每年秋收，稻谷晒干后，父亲就把风谷车从柴房里推出来，擦去上面的灰，给轴上抹一点菜油。他站在车旁，左手往漏斗里添谷，右手摇着手柄，“呼啦呼啦”的风声里，瘪谷和稻壳从车尾飞出去，金黄的谷粒从侧口淌进箩筐。
我小时候最爱抢着摇手柄，可总是摇一会儿就累了。父亲说，摇风谷车要匀，不能一阵快一阵慢，“做人也一样”。
后来村里有了机器，风谷车用得少了。父亲去世那年，我把它搬到了城里的家，放在阳台角落。女儿问这是什么，我教她摇了一下，那熟悉的风声一响，我的眼睛就湿了。
""",
    ),
    dict(
        slug="party-jichuan-insight-winnower-party-day-html",
        site="嵇川先锋网 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://www.jcxianfeng.gov.cn/dyxs/2024/0926/2817.html",
        title="从一架风谷车里读懂“颗粒归仓”",
        record_title="【初心随笔】从一架风谷车里读懂“颗粒归仓”_嵇川先锋网",
        date="2024-09-24",
        date_also=["2024-09-26"],
        notes="a Party portal: a study-points prompt, a read-on-phone QR line, the writer's name and date under the "
        "text (the document's date) and a different 发布时间; related list and footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【初心随笔】从一架风谷车里读懂“颗粒归仓”_嵇川先锋网</title>
<link rel="stylesheet" href="/css/dj_red.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="dj-head">⟦m 嵇川先锋网⟧ <span>⟦m 中共嵇川县委组织部主办⟧</span></div>
<div class="dj-nav">⟦m 首页　党建要闻　组织建设　党员教育　先锋风采　党员心得⟧</div>
<div class="dj-pos">⟦m 您当前的位置：首页 &gt; 党员教育 &gt; 心得交流⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2024-09-26 15:30　来源：圪梁村党支部　浏览：642⟧</div>
<div class="dj-study">⟦a 登录“嵇川e学”阅读满3分钟可获学习积分⟧</div>
<div class="dj-con">
{BODY}
</div>
<div class="dj-qr">⟦a 扫一扫在手机上阅读本文⟧</div>
<div class="dj-tool">⟦a 【打印正文】⟧ ⟦a 【关闭】⟧</div>
</div>
<div class="dj-rel"><h4>⟦l 相关文章⟧</h4><ul><li>⟦l 圪梁村党支部开展“粮食安全”主题党日活动⟧</li><li>⟦l 节约粮食从我做起——党员倡议⟧</li></ul></div>
<div class="dj-foot">⟦m 中共嵇川县委组织部　地址：嵇川县人民路88号　电话：0736-5122130⟧</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
9月20日，支部组织党员到村农耕器具陈列室开展主题党日活动。站在那架民国年间的风谷车前，听老党员王德厚讲过去“摇风谷”的故事，我很受触动。
过去一季稻谷收下来，要经过风谷车一遍遍扇，把秕谷、草屑扇干净，饱满的谷子才能入仓。王大爷说，那时候掉在地上的谷粒，大人都要一粒粒捡起来。
今天粮食丰收了，但“颗粒归仓”的道理没有过时。作为村里的党员，我要带头在收割、晾晒、储存各个环节减少损失，也要教育孩子们珍惜每一粒粮食。
一架风谷车，扇去的是秕谷，留下的是实实在在的粮食。干工作也是这样，少一些花架子，多一些实打实。
圪梁村党支部党员　王春燕
2024年9月24日
""",
    ),
    dict(
        slug="party-wuxi-speech-bench-council-cn-date-under-title",
        site="峿溪党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.wuxixian.gov.cn/jcdj/2024/0513/1190.html",
        title="在岞溪镇“条凳议事会”启动仪式上的讲话",
        record_title="【议事协商】在岞溪镇“条凳议事会”启动仪式上的讲话_峿溪党建网",
        date="2024-05-10",
        notes="a Party site as text: a speaker line and a date in Chinese numerals under the speech title (the date "
        "expected), a column line, a study-points line and a QR line",
        page="""
!m 峿溪党建网　dj.wuxixian.gov.cn
!m 首页 ＞ 基层党建 ＞ 领导讲话
{T}
岞溪镇党委书记　龚立新
（二〇二四年五月十日）
!m 责任编辑：林思远　浏览次数：307
!a 打开“峿溪党员e家”学习本文可累计积分
{BODY}
!a 〖打印〗〖关闭〗
!m 中共峿溪县委组织部主办　电话：0739-4610812　湘ICP备06008821号
""",
        indent="\u3000\u3000",
        body="""
同志们、乡亲们：
今天，“条凳议事会”在全镇十二个村同时启动。为什么叫条凳议事会？就是把几条长条凳往村头树下一摆，干部和群众坐在一起，有事好商量，有话当面说。
过去一些村开会，干部在台上讲，群众在台下听，听完就散，意见提不上来。条凳一摆，没有台上台下，大家坐得近了，心也就近了。
议事会要坚持三条：一是议题由群众提，村里修路、分水、办酒席这些家门口的事都可以拿来议；二是每月至少议一次，议定的事张榜公布；三是办没办、办得怎样，下次议事会上要向大家交账。
希望各村党组织把条凳议事会办实办好，让群众的事由群众商量着办。
""",
    ),
    dict(
        slug="hospital-weiyuan-maternal-bottle-myths-consult-line-html",
        site="洈源市妇幼保健院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.wyfybjy.com/jkkp/2025/0312/991.html",
        title="奶瓶消毒的四个误区",
        record_title="奶瓶消毒的四个误区_妈妈课堂_洈源市妇幼保健院",
        date="2025-03-12",
        notes="a maternity hospital's article: a booking float, a 24-hour line and the switchboard beside the "
        "department's own 咨询电话 in the body; byline 发布时间 as the page's date; an experts list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>奶瓶消毒的四个误区_妈妈课堂_洈源市妇幼保健院</title>
<link rel="stylesheet" href="/static/fy/main.css">
<script src="/static/fy/float.js"></script>
</head>
<body>
<div class="h-top">⟦m 洈源市妇幼保健院⟧ <span>⟦m 洈源市儿童医院（挂牌）⟧</span> <span>⟦m 24小时服务热线：0745-2889120⟧</span></div>
<div class="h-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　妈妈课堂⟧</div>
<div class="h-pos">⟦m 首页 / 妈妈课堂 / 喂养指导⟧</div>
<div class="h-art">
<h1>{T}</h1>
<p class="h-meta">⟦m 发布时间：2025-03-12　作者：儿童保健科 冯丽娟　阅读量：2033⟧</p>
<div class="h-text">
{BODY}
</div>
<p class="h-note">⟦d 本文仅作健康科普，不作为诊疗依据，如有不适请及时就医。⟧</p>
</div>
<div class="h-side"><h3>⟦l 儿保专家⟧</h3><ul><li>⟦l 冯丽娟　副主任医师　周二、周四上午⟧</li><li>⟦l 尹晨　主治医师　周一至周五下午⟧</li></ul></div>
<div class="float-yy">⟦a 预约挂号⟧ ⟦m 预约电话 0745-2889100⟧ ⟦a 在线咨询⟧</div>
<div class="h-foot">⟦m 地址：洈源市荔坪区康宁路36号　总机：0745-2889000　湘ICP备15009932号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
门诊中常有家长问奶瓶怎么消毒，下面说说几个常见的误区。
误区一：每次都要高温煮很久。玻璃奶瓶煮沸五分钟、塑料奶瓶蒸汽消毒十分钟左右就够了，煮得太久反而容易让塑料老化。
误区二：消毒了就不用刷。奶瓶上的奶渍不刷干净，消毒效果会大打折扣，要先用奶瓶刷把瓶身、奶嘴里外刷干净再消毒。
误区三：消毒后用毛巾擦干。毛巾容易带菌，消毒后的奶瓶应倒扣自然晾干，或用消毒柜烘干。
误区四：宝宝大了就不用消毒。六个月以后可以不必每次消毒，但仍要每天至少消毒一次。
如有喂养方面的疑问，可拨打儿童保健科咨询电话0745-2889163（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-kanyang-notice-escort-bench-lending-record-date",
        site="嵁阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.kyxrmyy.com/ywgk/2024/1205/662.html",
        title="关于规范住院部陪护条凳借用管理的通知",
        record_title="〔病区告知〕关于规范住院部陪护条凳借用管理的通知",
        record_date="2024-12-05",
        date="2024-12-05",
        notes="a county hospital as text: the record gives the date; a 24-hour line and a booking line beside the "
        "notice's own 联系电话; 扫码 as content",
        page="""
!m 嵁阳县人民医院　二级甲等综合医院
!m 24小时急救电话：0744-8323120　预约挂号：关注“嵁阳县人民医院”服务号
!m 首页 - 医院动态 - 通知公告
{T}
!m 发布：院办　时间：2024-12-05　浏览：277
{BODY}
!l 上一篇：关于调整门诊午间服务时间的通告
!l 下一篇：冬季流感高发期就诊提示
!m 地址：嵁阳县城关镇健康路1号　邮编：418300
""",
        indent="\u3000\u3000",
        body="""
各病区、全体陪护家属：
为改善住院患者陪护家属夜间休息条件，医院为各病区统一配备了可折叠陪护条凳，现就借用管理事项通知如下：
一、借用时间为每日20:00至次日7:00，家属凭住院腕带到护士站登记借用，次日7:00前归还原处。
二、每位患者限借一条，不得私自带出病区，不得堆放在消防通道内。
三、条凳如有损坏、晃动，请及时告知护士站更换，切勿继续使用。
四、家属可扫描床头二维码进行线上登记，减少排队等候。
联系电话：护理部0744-8323066
嵁阳县人民医院
2024年12月5日
""",
    ),
    dict(
        slug="college-weiyuan-agri-news-winnower-donation-h1",
        site="洈源农业职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wyny.edu.cn/info/1021/8834.htm",
        title="农耕文化馆新添一架百年风谷车",
        record_title=None,
        date="2024-11-06",
        notes="a college news page: no record title (found in the <h1>), a dotted date in the byline (the page's date), "
        "a photo caption between paragraphs, a writer/photo/reviewer line, a quick-links bar",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>洈源农业职业学院</title>
<link rel="stylesheet" href="/style/news.css">
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="c-head">⟦m 洈源农业职业学院⟧ <span>⟦m 厚德　力农　精技　笃行⟧</span></div>
<div class="c-quick">⟦m 信息门户　邮件系统　图书馆　校历　English⟧</div>
<div class="c-nav">⟦m 学院首页　学院概况　院系设置　招生就业　校园新闻　校园文化⟧</div>
<div class="c-pos">⟦m 当前位置：首页 &gt;&gt; 校园新闻 &gt;&gt; 综合新闻⟧</div>
<div class="c-news">
<h1>{T}</h1>
<div class="c-by">⟦m 2024.11.06　点击：<span id="clicks">1185</span>⟧</div>
<div class="c-txt">
{BODY}
</div>
<div class="c-close">⟦a 【关闭此页】⟧</div>
</div>
<div class="c-foot">⟦m 版权所有：洈源农业职业学院　地址：洈源市北郊学院路9号　湘ICP备10012268号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
11月5日，蓐田乡农民曾广福将家中珍藏的一架风谷车捐赠给学院农耕文化馆。这架风谷车制作于清光绪年间，距今已有一百三十余年。
这架风谷车通体为杉木，高一米五，风箱外壁还留着当年匠人刻的“福”字。曾广福说，这是他曾祖父请木匠打的，家里用了四代人，“放在馆里让学生们看看，比放在家里落灰强”。
⟦m （图为师生观看捐赠的风谷车）⟧
学院农耕文化馆馆长介绍，风谷车是南方稻作区常见的清选农具，利用手摇风扇产生的气流把饱满谷粒和秕谷、杂物分开。馆里将为它建立档案，并在农学专业的课程中用于教学演示。
目前，农耕文化馆已收藏传统农具三百余件，每年接待校内外参观者一万余人次。⟦m （文/农学系　任可欣　图/宣传部　摄/高翔　审核/沈涛）⟧
""",
    ),
    dict(
        slug="college-liping-normal-notice-dorm-dresser-scan-repair",
        site="荔坪师范学院后勤保障处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqc.lpsy.edu.cn/tzgg/2025/0303/1557.html",
        title="关于学生公寓五斗柜集中检修的通知",
        record_title="关于学生公寓五斗柜集中检修的通知-后勤保障处-荔坪师范学院",
        date="2025-03-01",
        date_also=["2025-03-03"],
        notes="a college office as text: scanning a repair code as content, the notice's own 联系电话 beside the "
        "office's duty line in the footer; the 成文日期 and a different page date",
        page="""
!m 荔坪师范学院　后勤保障处
!m 首页 › 通知公告
{T}
!m 作者：公寓管理中心　发布日期：2025-03-03　点击：2590
{BODY}
!a 〔收藏〕　〔打印〕　〔返回〕
!m 后勤保障处　24小时值班电话：0745-2608110　地址：学院行政楼二楼
""",
        indent="\u3000\u3000",
        body="""
各学院、各位同学：
为消除学生公寓家具安全隐患，后勤保障处定于3月10日至3月21日对全校学生公寓的五斗柜进行集中检修。现将有关事项通知如下：
一、检修内容：更换损坏的抽屉滑轨和拉手，加固松动的柜体，为未固定的五斗柜加装防倒装置。
二、检修安排：按楼栋分批进行，具体时间由各楼栋宿管员提前一天在楼道张贴通知，请同学们提前清空抽屉。
三、其他报修：检修期间发现的其他家具问题，可扫描宿舍门后的报修二维码在线提交。
联系电话：公寓管理中心0745-2608135
荔坪师范学院后勤保障处
2025年3月1日
""",
    ),
]
