"""holdout298, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text case each).

Every case written by hand; invented places, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="qa-baixiao-answer-laundry-bag-useful-question-title",
        site="百晓问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baixiaowenda.com/q/20931876.html",
        title="洗衣袋放进洗衣机真的有用吗？会不会洗不干净？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question is the title; an adopted-answer badge, the answerer's card with a "
        "relative time, a vote row, more answers and related questions; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>百晓问答 - 有问题，就问百晓</title>
<script src="//static.baixiaowenda.com/qa/main.js"></script>
</head><body>
<div class="bx-head">⟦m 百晓问答⟧　<form><input placeholder="输入你的问题"><button>⟦a 我要提问⟧</button></form>　<a>⟦a 登录⟧</a></div>
<div class="bx-crumb">⟦m 百晓问答 ＞ 生活 ＞ 家居清洁⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　3 天前　浏览 2917 次⟧</p>
</div>
<div class="best">
<p class="badge">⟦l ✔ 提问者采纳⟧</p>
<p class="author">⟦m 洗衣匠老温　干洗店从业者　回答于 2 天前⟧</p>
<div class="answer-text">
{BODY}
</div>
<p class="vote">⟦a 赞同 328　反对 6　评论 14　举报⟧</p>
</div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 橙子皮皮：我家洗衣机说明书上也建议内衣装袋洗⟧</p>
<p>⟦l 路人甲乙丙：装太满真的洗不干净，亲测⟧</p></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 羽绒服能装洗衣袋机洗吗？⟧</p><p>⟦l 洗衣袋多久需要换一次？⟧</p></div>
<div class="bx-foot">⟦d 回答内容由网友提供，仅供参考⟧　⟦m © 2024 baixiaowenda.com⟧</div>
</body></html>
""",
        body="""
有用，但要用对。
洗衣袋的作用主要有三个：一是保护，内衣的钢圈、衣服上的亮片和纽扣装进袋子，不会勾坏别的衣物，也不会卡进洗衣机；二是防缠绕，带长带子的衣服、丝袜装袋后不会和别的衣服绞成一团；三是防起球，毛衣装袋洗，起球会少很多。
至于洗不干净，关键在于别装太满。袋子里的衣服要能在水里自由翻动，一般装到袋子容量的一半到三分之二最合适。
另外，粗网袋适合外套、牛仔裤，细网袋适合内衣、丝袜和小件衣物，选错了效果会打折扣。
以上是我在干洗店做了八年的一点经验，希望对你有帮助。
""",
    ),
    dict(
        slug="qa-baixiao-answer-lunchbag-smell-junk",
        site="百晓问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baixiaowenda.com/q/20877410.html",
        title="饭盒袋里有股馊味怎么去掉？",
        record_title="饭盒袋里有股馊味怎么去掉？-百晓问答-生活妙招",
        date=None,
        notes="a Q&A answer as text with anti-scraping junk as a line and glued after 。; relative times only; "
        "numbered steps; other answers and a related question under it",
        page="""
!m 百晓问答 › 生活 › 生活妙招
{T}
!m 提问者：匿名　2 个月前
!l 满意回答
!m 热心网友“柠檬不萌”　回答于 1 个月前　擅长：居家清洁
{BODY}
!a 有用(57)　没用(2)　收藏
!l 其他回答（3）
!l 用淘米水泡一泡也行，我试过　——路过的猫
!l 相关问题：保温袋的铝膜脏了能洗吗？
!m 百晓问答 baixiaowenda.com
""",
        junk=dict(lines=1, glued=2),
        body="""
我也遇到过，夏天带饭汤洒在饭盒袋里没及时洗，第二天一打开味道很冲。我的办法是这样的：
1.先把饭盒袋翻过来，用温水冲掉残渣。
2.盆里放一勺小苏打和少量白醋，把饭盒袋泡半小时，重点刷拉链缝。
3.洗完不要暴晒铝膜那一面，挂在通风处阴干，内层朝外。
4.干了以后在袋里放一包咖啡渣或茶叶包，能吸掉剩下的味道。
如果泡了两次还有味道，多半是隔层里的泡棉发霉了。建议直接换一个，一个饭盒袋也就二三十块钱。
""",
    ),
    dict(
        slug="anthology-linqiusheng-memoir-tailor-brush-gb2312",
        site="蔺秋生文集 (invented, old gb2312 personal site)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.linqiusheng.net/dxjs/09.htm",
        title="外公的棕刷与旧大衣",
        record_title="外公的棕刷与旧大衣（《灯下旧事》之九）— 蔺秋生文集",
        date=None,
        notes="an old gb2312 personal collection: marquee, 繁體/简体 links, chapter links, a visitor counter and the author's "
        "mailbox; a memoir without any date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>外公的棕刷与旧大衣（《灯下旧事》之九）— 蔺秋生文集</title>
<script language="JavaScript" src="../js/fanjian.js"></script>
</head>
<body bgcolor="#F5EFE0">
<table width="760" align="center" border="0">
<tr><td>⟦m 蔺秋生文集⟧</td><td align="right">⟦a 繁體⟧ ⟦a 简体⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 欢迎光临寒舍，愿这些旧事陪您一盏茶的工夫⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 文集首页 → 灯下旧事 → 第九篇⟧</td></tr>
<tr><td colspan="2" align="center"><font size="5">{T}</font></td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2" align="center">⟦l 【上一篇】灯下的缝纫机声⟧　⟦l 【目录】⟧　⟦l 【下一篇】东门口的剃头挑子⟧</td></tr>
<tr><td colspan="2" align="center">⟦w 来信请寄：lqs_jiushi@163.com⟧</td></tr>
<tr><td colspan="2" align="center">⟦m 您是本站第 0048127 位访客⟧</td></tr>
<tr><td colspan="2" align="center">⟦d 文章版权归蔺秋生所有，转载请征得作者同意⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
外公是饸川县城里有名的裁缝，铺子开在东门口，门楣上挂着一块“蔺记成衣”的木匾。
铺子里有两样东西我记得最清楚，一样是那台脚踏缝纫机，另一样是挂在案板边的棕毛衣刷。每做好一件衣服，外公都要拿衣刷把线头和粉笔灰刷掉，再交给客人。
我上初中那年冬天，外公把一件旧军大衣改小给我穿。取衣那天，他照旧拿起衣刷，从领子刷到袖口，嘴里念叨着：“新衣旧衣，刷干净了都是体面衣。”
那件大衣我穿了三个冬天。后来铺子拆了，母亲把那把衣刷收进了樟木箱。如今每到冬天翻出大衣，我总会想起外公案板边那一下一下的刷衣声。
""",
    ),
    dict(
        slug="anthology-wanfeng-essay-willow-laundry-basket",
        site="晚风书屋 (invented) · 叶怀川作品集",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.wanfengshuwu.net/yehuaichuan/sanwen/14.html",
        title="柳条筐变成了脏衣篮",
        date=None,
        notes="record title as is; an essay with no date; a 收录时间 given as 昨天 is no date; chapter links and a notice",
        page="""
!m 晚风书屋 · 叶怀川作品集
!m 目录 ｜ 散文卷 ｜ 第十四篇
{T}
!m 作者：叶怀川　字数：612　收录时间：昨天
{BODY}
!l ← 上一篇：河滩上的杞柳　　下一篇：腊月的打糍粑声 →
!l 返回本卷目录
!d 本书稿由作者授权晚风书屋发布，未经许可请勿转载。
!m 晚风书屋 wanfengshuwu.net
""",
        indent="\u3000\u3000",
        body="""
我老家在鞡河镇馇塘村，村后的河滩上长满了杞柳。小时候，村里的男人农闲时都编筐，编的是挑粪、装红薯的大筐，一只卖不了几块钱。
这些年回村，发现编筐的人又多了起来，只是编的东西变了样：带盖的脏衣篮、圆肚的收纳筐、挂在墙上的小花篮，大多发往城里和国外。
堂嫂一天能编四只脏衣篮，每只加工费十八元。她说，城里人喜欢柳编的，透气，放换下来的衣服不捂味。
我拿起一只端详，篮底的“人”字纹、篮沿的锁边，跟当年爷爷编的粪筐一模一样。手艺没变，只是篮子里装的东西，从红薯换成了城里人的衬衫和毛衣。
""",
    ),
    dict(
        slug="party-gengcheng-summary-volunteer-shoe-racks-table",
        site="绠城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gcxianfeng.gov.cn/zbfc/2024/0708/3319.html",
        title="绠城区住建局机关党支部“安心晾晒”志愿服务活动总结",
        record_title="【为民办实事】绠城区住建局机关党支部“安心晾晒”志愿服务活动总结_支部风采_绠城先锋网",
        date="2024-07-02",
        date_also=["2024-07-08"],
        notes="Party portal: a study check-in prompt, a read-on-phone QR line and a share row; a table of households; "
        "the portal's posting date differs from the branch's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【为民办实事】绠城区住建局机关党支部“安心晾晒”志愿服务活动总结_支部风采_绠城先锋网</title>
<script src="/js/dj-common.js"></script>
</head><body>
<div class="dj-top">⟦m 绠城先锋网　中共籺湖市绠城区委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　组工动态　支部风采　党员教育　人才工作　先锋榜样⟧</div>
<div class="dj-pos">⟦m 当前位置：首页 &gt;&gt; 支部风采⟧</div>
<div class="dj-study">⟦a 学习打卡：阅读本文满60秒可累计学习积分⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布日期：2024-07-08　来源：区住建局机关党支部　字号：〔大 中 小〕⟧</div>
<div class="dj-con">
{BODY}
</div>
<div class="dj-share">⟦a 转发到：微信　微博　学习强国⟧</div>
<div class="dj-qr">⟦a 用手机扫一扫，随时随地读本文⟧</div>
</div>
<div class="dj-rel"><h3>⟦l 支部风采·更多⟧</h3><p>⟦l 区城管局机关党支部开展“街巷微治理”活动⟧</p><p>⟦l 区卫健局第二党支部送医进社区⟧</p></div>
<div class="dj-foot">⟦m 中共籺湖市绠城区委组织部　地址：绠城区和顺路9号⟧　⟦m 蜀ICP备16014480号⟧</div>
</body></html>
""",
        body="""
今年5月以来，局机关党支部结合“我为群众办实事”实践活动，在缪家巷等3个老旧小区开展“安心晾晒”志愿服务，帮助独居老人更换窗外锈蚀的晾鞋架、晾衣架。
一、摸清底数。党员分组走访独居和高龄老人住户213户，发现窗外晾鞋架锈蚀松动的有67户。
二、上门更换。支部联系爱心企业捐赠落地式不锈钢晾鞋架70个，党员利用周末上门拆除旧架、安装新架，全部装在阳台以内。
三、建立台账。各社区情况如下：
社区　走访户数　更换晾鞋架
缪家巷社区　96　31
饹香里社区　72　24
馎口路社区　45　12
下一步，支部将把“安心晾晒”纳入党员志愿服务常态化项目，每季度回访一次。
绠城区住房和城乡建设局机关党支部
2024年7月2日
""",
    ),
    dict(
        slug="party-bokou-host-script-lunchbags-sanitation",
        site="馎口先锋 (invented Party resources site)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.bokouxf.cn/zlk/zcc/2024/612.html",
        title="“暖心饭盒袋”赠环卫工人主题党日活动主持词",
        date=None,
        notes="record title as is; a host script with a stage direction; a day without a year (7月1日) is no date; "
        "an update stamp (2 周前) is no date",
        page="""
!m 馎口先锋 · 党建资料库
!m 资料库 ＞ 主持词 ＞ 主题党日
{T}
!m 收藏 118　下载 64　更新：2 周前
{BODY}
!a ＋ 加入我的资料夹
!l 同栏目：七一表彰大会主持词　｜　党员志愿服务启动仪式主持词
!m 馎口先锋 · 中共馎口镇委员会主办
""",
        body="""
各位党员同志、环卫工人朋友们：
大家上午好！今天是7月1日，我们在这里举行“暖心饭盒袋”赠环卫工人主题党日活动。
首先，请全体党员起立，重温入党誓词。
（誓词重温完毕）请坐下。下面，请镇机关党支部书记介绍“暖心饭盒袋”项目的由来。
下面进入赠送环节。请党员代表为环卫工人送上保温饭盒袋。这些饭盒袋是社区“巧手妈妈”志愿队一针一线缝制的，每只袋子里都装着一张写满祝福的卡片。
最后，请环卫工人代表馇永福师傅讲话。
同志们，一只饭盒袋分量不重，却能让环卫工人在户外吃上一口热饭。今天的活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-tuoling-notice-dissolvable-bags-contact",
        site="饦岭县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tlxrmyy.com/ygk/tzgg/2024/0516/201.html",
        title="关于规范使用水溶性洗衣袋收集感染性织物的通知",
        record_title="【院感管理】关于规范使用水溶性洗衣袋收集感染性织物的通知 - 饦岭县人民医院",
        date="2024-05-16",
        notes="hospital site: booking and 24-hour emergency lines and a floating service box next to the notice's own "
        "联系人/电话; signature of a hospital department",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【院感管理】关于规范使用水溶性洗衣袋收集感染性织物的通知 - 饦岭县人民医院</title>
<script src="/static/js/hospital.js"></script>
</head><body>
<div class="h-top">⟦m 饦岭县人民医院　二级甲等综合医院⟧　⟦m 预约热线：0836-4128000⟧　⟦m 24小时急诊：0836-4120120⟧</div>
<div class="h-nav">⟦m 医院概况　就医指南　科室导航　专家介绍　院务公开　党建文化⟧</div>
<div class="h-pos">⟦m 首页 › 院务公开 › 院感管理⟧</div>
<div class="h-art">
<h2>{T}</h2>
<p class="h-info">⟦m 作者：院感科　发布：2024-05-16　阅读量：412⟧</p>
<div class="h-con">
{BODY}
</div>
<p class="h-pn">⟦l 上一条：关于开展手卫生宣传周活动的通知⟧</p>
</div>
<div class="h-float">⟦a 在线预约　来院导航　智能导诊⟧</div>
<div class="h-foot"><p>⟦m 地址：饦岭县健康路16号　邮编：629200⟧</p><p>⟦m 饦岭县人民医院 版权所有　蜀ICP备11027765号⟧</p></div>
</body></html>
""",
        body="""
各临床科室、医技科室，后勤保障部：
为落实医疗机构感染性织物管理要求，降低洗涤环节交叉感染风险，现就规范使用水溶性洗衣袋有关事项通知如下：
一、感染性织物（含传染病患者及多重耐药菌感染患者使用后的被服、病号服）一律先装入水溶性洗衣袋，扎紧袋口后再放入橘红色专用收集袋。
二、水溶性洗衣袋由后勤保障部统一采购，各病区按每床每周3只的标准到总务库房领取，领用情况纳入科室院感考核。
三、洗衣房收到感染性织物后，应连同水溶性洗衣袋整袋投入专用洗衣机，不得拆袋分拣。
联系人：院感科　龙晓芸，电话：0836-4120372（内线8372）
饦岭县人民医院医院感染管理科
2024年5月16日
""",
    ),
    dict(
        slug="hospital-tuoling-tcm-guide-ward-laundry-baskets",
        site="饦岭县中医院 (invented)",
        style="医院官网",
        genre="宣教资料",
        kind="other",
        form="text",
        source="https://www.tlxzyy.cn/hzfw/zyzn/58.html",
        title="住院期间换下的衣物怎么处理？",
        record_title="【住院须知】住院期间换下的衣物怎么处理？_饦岭县中医院",
        date=None,
        notes="a patient guide without a date; the hospital's outpatient and emergency lines under it; a font-size row",
        page="""
!m 饦岭县中医院
!m 首页 > 患者服务 > 住院指南
{T}
!m 发布：护理部　浏览：916
!a 调整字号：特大　标准　偏小
{BODY}
!l 相关指南：住院期间怎样订餐？｜陪护证办理须知
!m 门诊咨询：0836-4132266　急诊24小时：0836-4132120
!m 饦岭县中医院 版权所有　蜀ICP备13008825号
""",
        body="""
住院期间，病人每天换下的衣物如果随手放在床头柜上或床底下，既占地方，也容易滋生细菌。护理部提醒大家：
一、每个病房门后都配有带盖脏衣篮，病人换下的病号服、床单请放入篮内，由护工每天上午统一收取送洗。
二、自带的个人衣物请不要放进病房脏衣篮，以免和医院被服混在一起送洗丢失。
三、被血液、呕吐物污染的衣物，请告知护士，由护士装入专用污物袋处理，不要放进普通脏衣篮。
四、出院前请检查衣柜和脏衣篮，带走个人物品。
如有疑问，请咨询所在病区护士站。
""",
    ),
    dict(
        slug="college-gehu-tech-news-dorm-shoe-racks-h1",
        site="籺湖理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ghlg.edu.cn/zhxw/2024/0903/c1871a52019/page.htm",
        title="学生公寓新装3200个阳台晾鞋架，新生入住不再“鞋满为患”",
        record_title=None,
        record_date="2024-09-03",
        date="2024-09-03",
        notes="university news: no record title, the <h1> is the title; a dotted date line; a 文/图/审核 line on a line of "
        "its own at the end; a sentence about 扫码 using a shoe dryer (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>籺湖理工学院新闻网</title>
<script src="/_js/_portletPlugs/sudy.js"></script>
</head><body>
<div class="top">⟦m 籺湖理工学院新闻网⟧　⟦a 学校主页⟧　⟦a 投稿系统⟧</div>
<div class="nav">⟦m 首页　综合新闻　教学科研　校园动态　媒体理工　专题报道⟧</div>
<div class="pos">⟦m 首页 ＞ 综合新闻 ＞ 正文⟧</div>
<div class="article">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 发布时间：2024.09.03　来源：后勤保障处　浏览次数：1520⟧</p>
<div class="entry">
{BODY}
</div>
<p class="pn">⟦l 上一篇：我校举行2024级新生开学典礼⟧　⟦l 下一篇：图书馆推出新生入馆教育线上课程⟧</p>
</div>
<div class="foot"><p>⟦m 地址：籺湖市学府大道88号　邮编：618030⟧</p><p>⟦m 版权所有 © 籺湖理工学院　党委宣传部维护⟧</p></div>
</body></html>
""",
        body="""
9月2日，籺湖理工学院迎来2024级新生报到。走进北苑学生公寓，新生们发现每间宿舍阳台都多了一排不锈钢晾鞋架。
暑假期间，后勤保障处利用学生离校时间，为北苑、南苑12栋学生公寓的800间宿舍加装晾鞋架3200个，每个可晾4双鞋，全部装在阳台栏杆内侧，避免高空坠物。
“以前鞋子只能放在阳台地上晾，一下雨全泡了。”2022级学生唐沐阳说，晾鞋架是学生代表在去年学代会上提出的，学校把它列入了今年的民生实事。
后勤保障处负责人介绍，下一步还将为各宿舍楼配备公共烘鞋机，学生扫码即可使用。
⟦m （文/后勤保障处　图/宣传部　审核/邹立）⟧
""",
    ),
    dict(
        slug="college-gehu-tech-request-brushes-military-training",
        site="籺湖理工学院人民武装部 (invented)",
        style="高校官网",
        genre="请示",
        kind="other",
        form="text",
        source="https://wzb.ghlg.edu.cn/tzgg/bmlw/2024/0715/309.html",
        title="关于为2024级新生军训配发衣刷等内务用品的请示",
        record_title="【部门来文】关于为2024级新生军训配发衣刷等内务用品的请示",
        date="2024-07-15",
        notes="a request (请示) with 妥否，请批示, an 附件 line and a 成文日期 in Chinese numerals; a relative time "
        "(三天前) in the byline is no date",
        page="""
!m 籺湖理工学院 人民武装部
!m 首页 › 通知公告 › 部门来文
!t 【部门来文】关于为2024级新生军训配发衣刷等内务用品的请示
!m 作者：武装部　时间：三天前　点击：88
{BODY}
!a ⎙ 打印本页　✕ 关闭
!m 版权所有：籺湖理工学院人民武装部　地址：学府大道88号行政楼5楼
""",
        body="""
学校：
根据学生军事训练工作有关规定和我校2024级新生军训计划，军训期间学生宿舍实行标准化内务管理，每天检查被褥、着装和个人物品摆放。为帮助新生保持军训服整洁，拟为2024级新生每人配发衣刷1把、鞋刷1把、洗衣袋1只。
按新生4260人计算，衣刷每把4.5元、鞋刷每把3.8元、洗衣袋每只6元，共需经费60918元，拟从学生军训经费中列支。
用品拟通过学校网上商城比价采购，8月20日前配送到各学院。
妥否，请批示。
附件：2024级新生军训内务用品配发明细表
人民武装部
二〇二四年七月十五日
""",
    ),
]
