"""holdout320, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Invented text (places, people, firms, sites, URLs, phones, ids); written by hand, one case at a
time; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenda-tieback-question-title",
        site="问得好 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendehao.example.com/q/3308174",
        title="窗帘绑带扣怎么装才好看又安全？",
        record_title=None,
        date=None,
        notes="Q&A page, no record title: the question is the title; an adopted-answer badge, a vote row, more answers; answered 3 天前 (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>窗帘绑带扣怎么装才好看又安全？ - 问得好</title>
<link rel="stylesheet" href="https://cdn.wendehao.example.com/css/q.css">
<script src="https://cdn.wendehao.example.com/js/q.bundle.js" defer></script>
</head>
<body>
<header><a href="/">⟦m 问得好⟧</a> <span>⟦m 有问题，就问得好⟧</span> <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 登录⟧</a></header>
<div class="crumb">⟦m 问得好 › 家居 › 软装布置⟧</div>
<div class="question">
<h1>{T}</h1>
<div class="q-meta">⟦m 提问者：小鹿乱撞的窗台　｜　浏览 4,873 次⟧</div>
<div class="q-desc">⟦m 新买的落地窗帘，想用绑带扣收起来，但家里有两岁宝宝，怕有危险，有没有懂的说说？⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="a-user">⟦m 软装设计师沈禾　｜　回答于 3 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-vote">⟦l 赞同 126　　反对 2　　评论 9⟧</div>
</div>
<div class="more">
<h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 晴天娃娃：直接用磁吸扣就行，不用打孔⟧</p>
<p>⟦l 匿名用户：我家是挂钩式的，两年了没出问题⟧</p>
</div>
<aside>
<h3>⟦l 相关问题⟧</h3>
<p>⟦l 窗帘拉绳太长怎么收？⟧</p>
<p>⟦l 百叶帘的绳子对小孩危险吗？⟧</p>
</aside>
<footer>⟦m © 2025 问得好　沪ICP备22008137号⟧ ⟦d 回答内容仅代表答主个人观点⟧</footer>
</body>
</html>
""",
        body="""
绑带扣装得好看，主要看高度和位置。一般装在窗帘总高度的三分之一处，也就是离地九十到一百一十厘米，收起来的弧度最自然。
有小孩的家庭要注意三点：
第一，选硬质的扣环或磁吸扣，别用长绑带，绑带垂下来孩子容易拿来绕脖子；
第二，扣座要用螺丝固定在墙上，不要只用胶粘，孩子一拉就掉；
第三，窗帘旁边别放沙发和床，免得孩子爬上去够绑带。
按这个装，既好看，也让人放心。
""",
    ),
    dict(
        slug="qa-linda-trunking-vs-conduit-oneline",
        site="邻答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://lindawenda.example.cn/question/90417/answer/218803",
        title="明装电线槽和墙内暗埋线管，老房翻新选哪个？",
        record_title="【装修答疑铺】明装电线槽和墙内暗埋线管，老房翻新选哪个？_邻答",
        date=None,
        notes="Q&A as text with the whole answer on one line (paragraphs only by their indent); a numbered list inside; answered 2 小时前 (no date); more answers below",
        page="""
!m 邻答 · 身边人的经验
!t 【装修答疑铺】明装电线槽和墙内暗埋线管，老房翻新选哪个？
!m 28 个回答　｜　关注问题 163
!m 答主：水电师傅耿三　已认证　2 小时前
{BODY}
!l 👍 赞同 58　💬 评论 6　⭐ 收藏
!l 查看全部 28 个回答 ›
!a 打开邻答 App，与答主私信交流
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
这个问题没有绝对答案，要看房子和预算。我干了十几年水电，说几点经验：
1.墙体是空心砖或者预制板的，开槽容易伤结构，优先用明装电线槽。
2.预算有限、又不想大动墙面的，明装线槽省钱省工，一天就能装完。
3.如果准备重新刷墙、铺地，干脆暗埋线管，以后看不见线，也更耐用。
不管选哪种，线都要用阻燃的，强电弱电分开走。
""",
    ),
    dict(
        slug="collection-luobian-memoir-radiator-cover-gb2312",
        site="炉边杂忆——詹守拙文集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zhanshouzhuo.example.net/wenji/lubian/09.htm",
        title="父亲焊的暖气罩",
        record_title="《炉边杂忆》之九·父亲焊的暖气罩",
        date=None,
        notes="a retired worker's collection in an old gb2312 table layout: 繁體/简体 links, chapter links, a visitor counter, the author's mailbox; a memoir with no date (only a 写于 line naming a place and a winter night)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《炉边杂忆》之九·父亲焊的暖气罩</title>
<style type="text/css">body{font-size:14px;line-height:180%}</style>
<script language="JavaScript" src="../js/big5.js"></script>
</head>
<body bgcolor="#FFFCF0">
<table width="760" align="center" border="0">
<tr><td align="center">⟦m 詹守拙文集⟧</td></tr>
<tr><td align="right"><a href="javascript:StranBody()">⟦a 繁體⟧</a> | <a href="javascript:StranBody(0)">⟦a 简体⟧</a> | <a href="../index.htm">⟦m 文集目录⟧</a></td></tr>
<tr><td align="center">⟦m 《炉边杂忆》之九⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ［上一篇］厂里的澡堂⟧　⟦l ［目录］⟧　⟦l ［下一篇］搬家那天⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：zhanshouzhuo@mail.example.net⟧</td></tr>
<tr><td align="center">⟦m 本站自二〇〇六年开通，您是第 <font color="#CC0000">00418762</font> 位读者⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我家住进有暖气的楼房，是在父亲退休前两年。
那年冬天，母亲发现小侄子总爱贴着暖气片玩，手背上烫出了一个红印子。父亲什么也没说，第二天从厂里带回几根角钢和一张冲了孔的铁板。
他在阳台上量了又量，用电焊机焊了一个架子，把铁板折成罩子扣上去，边角都用锉刀磨圆，最后刷了两遍奶白色的漆。
那个暖气罩很笨重，一点也不好看，可是小侄子再也没被烫过。母亲在罩子上铺了块蓝布，冬天就在上面烘鞋垫。
后来老楼拆了，暖气罩也不知去向。如今想起父亲蹲在阳台上焊东西的背影，心里总是热乎乎的。
写于邳原老厂宿舍，一个没有暖气的冬夜
""",
    ),
    dict(
        slug="collection-essay-sunning-towel-quilt-record-title",
        site="闲庭拾叶 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://xiantingshiye.example.org/sanwen/shai-maojinbei.html",
        title="晒毛巾被",
        date=None,
        notes="an essay in a personal collection as text; the record gives the title as is; no date; the collection's chapter links and reader counter around",
        page="""
!m 闲庭拾叶 · 一个人的散文集
!m 目录 ＞ 第二辑 烟火 ＞ 第七篇
{T}
!m 文／叶慕青
{BODY}
!l 〈 前一篇：井台　　后一篇：丝瓜架 〉
!m 本集累计翻阅 27,510 次
!d 文章版权归作者所有，转载请与作者联系。
""",
        body="""
入伏以后，母亲总要挑一个大晴天晒毛巾被。
她把竹竿架在院子里的两棵枣树之间，一条一条搭上去，蓝的、粉的、印着小熊的，在风里轻轻晃。
晒到下午，毛巾被变得又松又软，带着太阳的味道。母亲用手拍一拍，灰尘在光里飞起来，像一群小虫子。
傍晚收被子是我的活儿。我把脸埋进毛巾被里，热乎乎的，一股说不清的香。
长大后住进了楼房，阳台太小，毛巾被只能塞进烘干机。它一样干净，却再没有那股太阳的味道了。
""",
    ),
    dict(
        slug="dangjian-bikou-summary-socket-cover-volunteers-table",
        site="跸口先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.bikouxianfeng.cn/zbdt/2025/0428/7731.html",
        title="蹊园社区党支部“插座护童”志愿服务活动总结",
        record_title="【支部微实事】蹊园社区党支部“插座护童”志愿服务活动总结 - 跸口先锋网",
        record_date="2025-04-28",
        date="2025-04-28",
        notes="Party-building portal: study-points prompt, a read-on-phone QR line, a service table one row a paragraph; the record gives the date (the same as the 成文日期)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【支部微实事】蹊园社区党支部“插座护童”志愿服务活动总结 - 跸口先锋网</title>
<link rel="stylesheet" href="/static/dj/css/main.css">
<script src="/static/dj/js/main.js"></script>
</head>
<body>
<div class="dj-top">⟦m 中共鄮州市跸口区委组织部主办⟧</div>
<div class="dj-logo">⟦m 跸口先锋网⟧</div>
<div class="dj-nav">⟦m 首页 | 党建要闻 | 支部微实事 | 党员教育 | 先锋模范 | 党务公开⟧</div>
<div class="dj-loc">⟦m 当前位置：首页 &gt;&gt; 支部微实事⟧</div>
<div class="dj-article">
<h1>{T}</h1>
<div class="dj-info">⟦m 来源：蹊园社区党支部　发布时间：2025-04-28　字数：约500字⟧</div>
<div class="dj-tip">⟦a 登录“跸口先锋”学习平台阅读本文，满 3 分钟可积 1 分⟧</div>
<div class="dj-content">
{BODY}
</div>
<div class="dj-qr">⟦a 扫一扫　手机上读⟧</div>
</div>
<div class="dj-side">
<h4>⟦l 支部微实事·更多⟧</h4>
<p>⟦l 蹊湾社区党支部开展“清洁家园”主题党日⟧</p>
<p>⟦l 区住建局机关党支部结对帮扶小记⟧</p>
</div>
<div class="dj-foot">
<p>⟦m 跸口先锋网　版权所有⟧</p>
<p>⟦m 地址：鄮州市跸口区行政中心西楼　邮编 315890⟧</p>
</div>
<script>var sid="dj_7731";</script>
</body>
</html>
""",
        body="""
今年三月至四月，蹊园社区党支部组织党员志愿者开展“插座护童”志愿服务，为辖区有婴幼儿的家庭免费安装插座保护盖。现将活动情况总结如下。
活动分三个阶段进行：先由网格员摸排需求，再由党员志愿者上门安装，最后电话回访。各网格服务情况如下：
网格　服务户数　安装保护盖个数
一网格　23　186
二网格　17　131
三网格　21　164
活动共服务六十一户家庭，安装保护盖四百八十一个，回访满意率百分之百。不少家长说，党员把安全送到了家门口。
下一步，支部将把这项活动纳入“我为群众办实事”长效清单，每年组织一次。
中共蹊园社区支部委员会
2025年4月28日
""",
    ),
    dict(
        slug="dangjian-piyuan-speech-towel-quilt-cn-date",
        site="邳原党建 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.piyuan.gov.cn/ldjh/2025/07/10/1904.html",
        title="在“清凉一夏”关爱独居老人活动启动仪式上的讲话",
        date="2025-07-08",
        notes="Party site as text; the record gives the title as is; a speaker line (neutral) and a date in Chinese numerals under the title; the page's own posting date differs (date_also); a study-app prompt between paragraphs",
        date_also=["2025-07-10"],
        page="""
!m 邳原党建 | 中共邳原县委组织部
!m 首页 » 领导讲话
{T}
邳原县委常委、组织部部长　洪雅琴
（二〇二五年七月八日）
!m 发布：2025-07-10　来源：县委组织部　阅读 612
{BODY}
!a 【打印讲话】【关闭】【收藏】
!l 上一篇：在全县基层党组织书记培训班开班式上的讲话
!m 邳原县委组织部主办　地址：邳原县人民路1号　电话：0516-8832 1100
""",
        body="""
同志们、朋友们：
盛夏时节，我们在这里启动“清凉一夏”关爱独居老人活动，为全县一千二百多位独居老人送去毛巾被、凉席和防暑药品。
独居老人是最需要关心的群体。天热的时候，一条柔软透气的毛巾被，一次上门问候，都是实实在在的温暖。
⟦a 👉 下载“邳原党建”APP，学习积分随手攒⟧
希望各镇党委、各社区党组织把这次活动办细办实，党员志愿者要做到每周至少上门一次，看看老人吃得怎样、睡得怎样。
让我们用行动把党的关怀送到老人心坎上。谢谢大家！
""",
    ),
    dict(
        slug="hospital-jutang-fuyou-tieback-article",
        site="莒塘县妇幼保健院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.jtfybjy.com/kpzs/20250321/822.html",
        title="窗帘绳缠颈，一个被忽视的儿童窒息风险",
        record_title="【儿保科普】窗帘绳缠颈，一个被忽视的儿童窒息风险 - 莒塘县妇幼保健院",
        date="2025-03-21",
        notes="hospital site: a booking float, a 24-hour line in the header and the department's 咨询电话 in the body; the 发布时间 byline is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【儿保科普】窗帘绳缠颈，一个被忽视的儿童窒息风险 - 莒塘县妇幼保健院</title>
<link rel="stylesheet" href="/skin/fy/css/inner.css">
<script src="/skin/fy/js/jquery.js"></script>
</head>
<body>
<div class="hd">
<div class="logo">⟦m 莒塘县妇幼保健院⟧</div>
<div class="tel">⟦m 24小时急诊：0539-5238 120⟧</div>
</div>
<div class="nav">⟦m 医院首页　医院概况　科室导航　专家介绍　健康科普　就医指南⟧</div>
<div class="pos">⟦m 位置：首页 → 健康科普 → 儿童保健⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-03-21　作者：儿童保健科 蒲晓岚　浏览：903⟧</div>
<div class="con">
{BODY}
</div>
<div class="pre">⟦l 上一篇：宝宝出牙期护理要点⟧　⟦l 下一篇：儿童防跌落居家清单⟧</div>
</div>
<div class="right">
<h3>⟦l 热门科普⟧</h3>
<p>⟦l 春季儿童过敏怎么防⟧</p>
<p>⟦l 婴儿睡眠安全十问⟧</p>
</div>
<div id="yuyue" class="float">⟦a 预约挂号⟧<br>⟦a 微信扫码，在线建档⟧</div>
<div class="ft">
<p>⟦m 地址：莒塘县城关镇健康路66号　邮编：233600⟧</p>
<p>⟦m 莒塘县妇幼保健院 版权所有　皖ICP备14018730号-1⟧</p>
</div>
<script>$(function(){$("#yuyue").css("top",260);});</script>
</body>
</html>
""",
        body="""
窗帘拉绳、百叶帘的串珠绳，看起来是不起眼的家居配件，却可能成为幼儿窒息的隐患。
一到三岁的孩子喜欢攀爬，又不懂危险，把绳子绕在脖子上玩，几分钟内就可能发生窒息，而且过程往往没有声音，大人不容易察觉。
预防的办法很简单：给拉绳加装安全扣或者绕线器，把绳子固定在孩子够不着的高度；婴儿床不要放在窗边。
一旦发生缠绕，要立即剪断绳子，让孩子平躺，检查呼吸，必要时做心肺复苏并拨打120。
家长也可关注本院“莒塘妇幼”公众号，查看更多居家安全知识；如需咨询，可拨打儿童保健科电话：0539-5238 376。
""",
    ),
    dict(
        slug="hospital-meichuan-procedure-towel-quilt-articles",
        site="郿川县人民医院 (invented)",
        style="医院官网",
        genre="规程",
        kind="other",
        form="text",
        source="http://www.mcxrmyy.cn/hlb/zd/2025/0219/341.html",
        title="住院病区毛巾被更换与消毒规程",
        record_title="住院病区毛巾被更换与消毒规程（护理部）· 郿川县人民医院",
        date=None,
        notes="hospital site as text: a procedure with 第N条 articles, effective on issue (no date); an updated stamp is no date; the hospital's switchboard and a booking line around",
        page="""
!m 郿川县人民医院　二级甲等综合医院
!m 预约挂号：0916-6631 8000　｜　总机：0916-6631 2120
!m 护理园地 ＞ 制度规范
{T}
!m 护理部　最近更新：1 周前
{BODY}
!a 〔打印本页〕　〔返回列表〕
!l 相关制度：病区医院感染管理制度｜被服库房管理办法
!m 郿川县人民医院　地址：郿川县郿源西路8号
""",
        body="""
第一条　为预防医院感染，规范住院病区毛巾被的使用管理，制定本规程。
第二条　毛巾被实行一人一用，患者出院、转科或死亡后立即更换。
第三条　在院患者的毛巾被每周更换一次；被血液、体液、排泄物污染的，随时更换。
第四条　污染的毛巾被装入黄色污衣袋，密闭运送至洗衣房，与一般被服分开洗涤。
第五条　清洁毛巾被存放在清洁区专用柜内，柜内每周擦拭消毒一次。
第六条　本规程由护理部负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="univ-mzpoly-news-dorm-trunking-h1",
        site="鄮州职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mzpoly.edu.cn/info/1021/6618.htm",
        title="学生公寓完成电线槽改造　告别“飞线”充电",
        record_title=None,
        date="2025-09-03",
        notes="university news page, no record title: the title in the <h1>; a dotted date line is the page's date; photo caption between paragraphs; a review line glued after the last paragraph; the news office's line in the footer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鄮州职业技术学院</title>
<link rel="stylesheet" href="/style/news.css">
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="header">⟦m 鄮州职业技术学院⟧ ⟦m 崇德　尚技　笃行⟧</div>
<div class="menu">⟦m 学校首页 | 学校概况 | 院系设置 | 招生就业 | 校园新闻 | 信息公开⟧</div>
<div class="where">⟦m 当前位置：首页 ＞ 校园新闻 ＞ 综合新闻⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="meta">⟦m 2025.09.03　后勤管理处　作者：霍明　点击：[<span id="dynclicks">428</span>]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="news-op">⟦a 【关闭】⟧　⟦a 【打印】⟧</div>
</div>
<div class="related">
<h3>⟦l 相关新闻⟧</h3>
<p>⟦l 我校举行2025级新生开学典礼⟧</p>
<p>⟦l 学生公寓“一站式”社区服务中心启用⟧</p>
</div>
<div class="footer">
<p>⟦m 地址：鄮州市跸口区学府路2号　新闻中心电话：0574-8879 3001⟧</p>
<p>⟦m 版权所有 © 鄮州职业技术学院　浙ICP备10213345号⟧</p>
</div>
<script>_showDynClicks("wbnews", 1668034572, 6618)</script>
</body>
</html>
""",
        body="""
暑假期间，学校后勤管理处对东区六栋学生公寓进行了电线槽改造，新生入住前全部完工。
过去，部分宿舍插座少、位置低，学生用插线板串接充电，电线在床铺间来回拉扯，存在安全隐患。此次改造在每间宿舍书桌上方新装一条阻燃电线槽，每个床位配两个带开关的插座，线路全部收进槽内。
⟦m 图为工作人员检查宿舍新装的电线槽。⟧
后勤管理处负责人表示，下一步将对西区公寓分批改造，并加强违规电器检查。⟦m （审核：庞立新）⟧
""",
    ),
    dict(
        slug="univ-xingling-notice-dorm-radiator-covers",
        site="荥岭学院后勤管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.xlxy.edu.cn/tzgg/2024/1028/1402.htm",
        title="关于供暖前检修学生宿舍暖气罩的通知",
        record_title="关于供暖前检修学生宿舍暖气罩的通知 ∷ 通知公告 ∷ 荥岭学院后勤管理处",
        date="2024-10-28",
        notes="a university department's notice as text: an inspection schedule table, a repair-request line beside the department's own switchboard, 成文日期 under the signature",
        page="""
!m 荥岭学院后勤管理处
!m 首页 ∷ 通知公告
{T}
!m 作者：公寓中心　发布：2024-10-28 16:05　阅读：1,356
{BODY}
!a 【打印本页】【关闭窗口】【返回顶部】
!m 后勤管理处办公室：0371-6390 5210　报修平台：微信搜索“荥岭后勤”
!m Copyright © 荥岭学院后勤管理处
""",
        body="""
各学院、全体住宿学生：
我校将于11月15日开始供暖。为确保宿舍暖气使用安全，公寓中心将在供暖前对各宿舍暖气罩进行检修，具体安排如下：
日期　楼栋
11月4日　一至三号楼
11月6日　四至六号楼
11月8日　七号楼、研究生公寓
检修期间请同学们清理暖气罩上堆放的衣物、鞋子等杂物，不要在暖气罩上晾晒湿衣服。如发现暖气罩松动、破损，请及时报修。
后勤管理处
2024年10月28日
""",
    ),
]
