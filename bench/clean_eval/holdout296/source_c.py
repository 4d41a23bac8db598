"""holdout296, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Written by hand for this part (sites, places, people, numbers and URLs invented); see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-baiwentang-clock-strike-count-question",
        site="百问堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baiwentang.com/q/6627104.html",
        title="家里座钟打点数跟时间对不上怎么办？",
        record_title=None,
        date=None,
        notes="Q&A: no record title (the question); adopted-answer badge, vote row, more answers; relative times are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>百问堂</title>
<script src="//s.baiwentang.com/js/q.min.js"></script>
</head><body>
<div class="hd"><a class="logo" href="/">⟦m 百问堂⟧</a><form><input placeholder="有问题，就来百问堂"><button>⟦a 搜答案⟧</button></form><a href="/ask">⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 百问堂 › 生活 › 家居维修⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 匿名用户　3 天前　浏览 1320 次⟧</p>
<p class="q-desc">⟦m 问题补充：三点钟敲了五下，拨了好几次都不对⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦l 提问者采纳⟧</div>
<div class="answerer">⟦m 钟表修理匠老邓　｜　回答于 2 天前　｜　擅长：机械钟表⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦l 有帮助 86　没帮助 3　评论 7⟧</div>
</div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3>
<div>⟦l 热心网友：送修吧，自己弄容易把数轮弄坏。⟧</div>
<div>⟦l 匿名：我家的也这样，照二楼的方法调好了。⟧</div></div>
<div class="related"><h3>⟦l 类似的问题⟧</h3><ul><li>⟦l 座钟上弦上多少圈合适？⟧</li><li>⟦l 老座钟摆锤不摆了是什么原因？⟧</li></ul></div>
<div class="ft">⟦m ©2025 百问堂 baiwentang.com⟧　⟦d 回答内容由网友提供，仅供参考⟧</div>
</body></html>
""",
        body="""
这是座钟最常见的毛病，叫“打点错乱”，多数不用拆机，自己就能调好。
先说原因：座钟的走时和打点是两套轮系，平时靠一个叫“数轮”的零件对应起来。如果有人在钟快要打点时拨过指针，或者停摆后重新上弦，两套轮系就可能错开，比如三点敲五下。
调的方法：
1.把分针慢慢往前拨到12，等钟敲完；
2.记下敲了几下，和时针指的数对比；
3.只拨动时针（时针一般可以单独转动），把它拨到刚才敲的那个钟点上；
4.再拨分针转一圈，验证下一次打点是否对上。
注意拨针一定要顺时针，遇到打点时停一停，等敲完再拨。如果调完还是乱敲，可能是数轮磨损，就需要送修钟铺了。
""",
    ),
    dict(
        slug="qa-dayipu-mouldy-bamboo-trivet-text",
        site="答疑铺 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.dayipu.cn/jiaju/q_3310287.html",
        title="竹编茶壶垫发霉了怎么清洗？",
        record_title="竹编茶壶垫发霉了怎么清洗？_居家百事_答疑铺",
        date=None,
        notes="Q&A text: column and site suffix; a numbered list in the answer; vote row and related questions; no date",
        page="""
!m 答疑铺 › 家居生活 › 清洁收纳
{T}
!m 提问于 昨天 19:26　·　2 人关注
!m 收纳控小周　的回答　（采纳率 92%）
{BODY}
!l 赞同 41 ｜ 反对 2 ｜ 评论 5
!a ⊕ 写回答　⊕ 邀请他人回答
!l 相关问题：紫砂壶底的白印怎么去掉？
!l 相关问题：软木杯垫能水洗吗？
!m 答疑铺 dayipu.cn　京ICP备20031188号
""",
        body="""
竹编茶壶垫发霉，一般是壶底的水汽长期闷在竹丝缝里造成的。霉点不深的，按下面的办法处理还能接着用：
1.先用软毛刷蘸淡盐水，顺着竹丝方向刷掉表面霉点；
2.放进加了两勺白醋的温水里泡二十分钟，再用清水冲净；
3.放在通风处阴干，不要暴晒，暴晒容易让竹丝开裂；
4.干透后薄薄抹一层食用油或核桃油，可以防潮。
如果霉斑已经发黑、渗进竹丝里面，或者有明显霉味，建议直接换新的，毕竟它天天和茶壶打交道。
以后每次用完，把茶壶垫竖起来晾干，别一直垫在壶底下，基本就不会再发霉了。
""",
    ),
    dict(
        slug="collection-laoke-memoir-mothers-album-table-layout",
        site="老柯文存 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laokewencun.net/chenchuan/07.htm",
        title="母亲的相册",
        record_title="《棽川旧话》之七·母亲的相册",
        date=None,
        notes="old table-layout collection: 繁體 link, chapter links, a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《棽川旧话》之七·母亲的相册</title>
<script language="JavaScript" src="../js/tw_cn.js"></script>
</head>
<body bgcolor="#f5f0e1">
<table width="780" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td><font size="5">⟦m 老柯文存⟧</font>　<font color="#996633">⟦m 一个老摄影人的文字⟧</font></td><td align="right"><a href="javascript:StranBody()">⟦a 繁體中文⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#996633"><a href="../index.htm">⟦m 文存首页⟧</a>　<a href="index.htm">⟦m 棽川旧话⟧</a>　<a href="../jingtou/index.htm">⟦m 镜头内外⟧</a>　<a href="../gb/index.asp">⟦m 留言簿⟧</a></td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="10" cellspacing="0" bgcolor="#ffffff">
<tr><td align="center"><font size="4"><b>⟦t 之七　母亲的相册⟧</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="06.htm">⟦l 上一则：之六·文化馆的暗房⟧</a>　<a href="index.htm">⟦l 回到《棽川旧话》目录⟧</a>　<a href="08.htm">⟦l 下一则：之八·滆湾的渡船⟧</a></td></tr>
</table>
<table width="780" border="0" align="center"><tr><td align="center"><font size="2">
⟦d 文存所收皆为本人旧作，转载请先来信⟧<br>
⟦m 来信请寄：kezhensheng@163.example.com⟧<br>
⟦m 您是本站第 061377 位访客⟧
</font></td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲有一本蓝色灯芯绒封面的相册，是她1962年从橪州师范毕业时同学们凑钱送的。相册一共四十页，黑卡纸，照片用三角形的相角贴着，每张底下有她用钢笔写的小字。
第一页是她的毕业照，两条长辫子，神情很认真。往后翻，是她在滆湾小学教书时和学生的合影，是她和父亲的结婚照，是我们兄妹三个的满月照和周岁照。
我学照相，就是从翻这本相册开始的。后来我在文化馆干了三十年摄影，拍了上万张照片，可最舍不得的还是这四十页。
母亲去世前把相册交给我，说：“相角松了的，你给贴贴牢。”我把松了的相角一个个重新贴好，也在最后一页贴上了她晚年的一张照片，底下学着她的样子写了一行小字。
""",
    ),
    dict(
        slug="collection-hefeng-essay-grandmother-cushions-oneline",
        site="禾风文集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://hefeng.wenji.example.cn/youxi/juan2/14.html",
        title="外婆的蒲团",
        record_title="外婆的蒲团 ——《槱溪笔记》卷二",
        date=None,
        notes="a collection's essay with the whole body on one line (paragraphs apart only by their indent); no date",
        page="""
!m 禾风文集 · 槱溪笔记
!m 作者：禾风　｜　卷二 第十四篇　｜　阅读 712
{T}
{BODY}
!l 上篇：卷二·十三　塘边的乌桕
!l 下篇：卷二·十五　赶集
!d 文集文字版权所有，转引请注明出自禾风文集
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆家堂屋的墙角，常年放着两个蒲团，一个是外公的，一个是她自己的。
蒲团是外婆亲手编的。每年秋天，她到村口塘边割蒲草，晒上半个月，再一股一股搓成草绳，盘成圆饼的样子，一圈压一圈地缝紧。
外婆说，蒲团要坐得住，芯子得实，边要收得圆。她编的蒲团坐上十年都不走形，邻居们常拿米和鸡蛋来换。
冬天的晚上，外公外婆就坐在蒲团上，守着火盆剥花生、讲古。我挤在他们中间，蒲草的香味混着炭火气，是我记得最暖的味道。
后来外公不在了，外婆还是每晚把两个蒲团摆好。我问她为什么，她说，摆着，屋里就不空。
""",
    ),
    dict(
        slug="party-fenyang-host-script-drumsticks-party-day",
        site="枌阳党建网 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="html",
        source="http://www.fydj.example.gov.cn/jcdj/zbhd/2025/11/27691.html",
        title="“锣鼓传家风”主题党日活动主持词",
        record_title="〖党日现场〗“锣鼓传家风”主题党日活动主持词（含议程）—枌阳党建网",
        date=None,
        notes="Party portal: study-points prompt, a read-on-phone QR line; a host script with bracketed stage headings; 扫码签到 as content; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖党日现场〗“锣鼓传家风”主题党日活动主持词（含议程）—枌阳党建网</title>
<script src="/js/xuexi-points.js"></script>
</head><body>
<div class="top"><span class="logo">⟦m 枌阳党建网⟧</span><span>⟦m 中共枌阳县委组织部主办⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 基层党建⟧</a><a>⟦m 支部活动⟧</a><a>⟦m 党员教育⟧</a><a>⟦m 先锋风采⟧</a></div>
<div class="place">⟦m 您所在的位置：首页 - 基层党建 - 支部活动⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="info">⟦m 来源：桗口镇党委　点击：931　更新于 昨天⟧</p>
<p class="points">⟦a 阅读本文满3分钟可获学习积分1分⟧</p>
<div class="content">
{BODY}
</div>
<p class="qrcode">⟦a 扫一扫 在手机上继续读⟧</p>
<p>⟦l 上一篇：桗口镇开展“党员联户”走访活动⟧</p>
<p>⟦l 下一篇：枌阳县举办村党组织书记轮训班⟧</p>
</div>
<div class="foot">⟦m 中共枌阳县委组织部　版权所有⟧<br>⟦m 地址：枌阳县枌园路1号　电话：0739-6123301⟧<br>⟦m 湘ICP备13005590号⟧</div>
</body></html>
""",
        body="""
【开场】
尊敬的各位老党员、同志们：
大家上午好！今天我们在桗口村文化礼堂举行“锣鼓传家风”主题党日活动。请大家先扫码签到，没有智能手机的老党员请到门口找小刘登记。
【第一项】
下面进行第一项：重温入党誓词。请全体党员起立，面向党旗。（领誓结束后）请坐下。
【第二项】
下面进行第二项：听老党员讲锣鼓的故事。有请桗口村腰鼓队老队长、有五十一年党龄的王德顺同志。王老手里这副鼓槌，已经陪他敲了四十年。
【第三项】
下面进行第三项：授槌仪式。请支部书记将新鼓槌交到村青年腰鼓队队员手中。
【结束】
同志们，鼓槌传下去，初心也要传下去。本次主题党日活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="party-zhiling-summary-cattail-workshop-table",
        site="梽岭先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zlxf.example.gov.cn/cyzx/2025/1210/4471.html",
        title="梽口村党支部2025年“蒲编工坊”工作总结",
        record_title="【红色引擎·蒲编致富】梽口村党支部2025年“蒲编工坊”工作总结-梽岭先锋网",
        date="2025-12-08",
        date_also=["2025-12-10"],
        notes="Party site text: a table one row a paragraph; 成文日期 in Chinese numerals under the signature, the site's posting date differs",
        page="""
!m 梽岭先锋网　｜　中共梽岭县委组织部
!m 首页 >> 村级动态 >> 产业振兴
{T}
!m 发布时间：2025-12-10　信息来源：梽口村党支部　浏览次数：412
!a 〔小〕〔中〕〔大〕　〔打印本文〕
{BODY}
!a 手机扫码，随时随地学
!l 相关链接：梽岭县“一村一品”党建示范点名单
!m 中共梽岭县委组织部主办　技术维护：梽岭县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
今年以来，村党支部依托蒲草资源，办起“蒲编工坊”，组织留守妇女和老人编织蒲团、蒲扇等产品，带动群众家门口增收。现将全年工作总结如下。
一、主要做法
党员带头领办。支部7名党员分别联系编织小组，负责收草、技术指导和质量验收。
订单引着生产。与县内两家茶文化企业签订供货协议，按订单统一规格编织。
二、全年成效
月份　参与户数　蒲团（个）　收入（万元）
1至4月　36　2100　5.9
5至8月　52　3400　9.6
9至11月　61　4800　13.4
三、存在不足和明年打算
蒲草晾晒场地不足，雨季容易霉变。明年计划新建200平方米晾晒棚，并申请注册“梽口蒲编”商标。
中共梽口村支部委员会
二〇二五年十二月八日
""",
    ),
    dict(
        slug="hospital-ranzhou2-scald-trivet-article",
        site="橪州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.rz2hospital.example.cn/jkkp/2025/1202/1935.html",
        title="一块茶壶垫挡不住烫伤：家中幼儿防烫提示",
        record_title="健康科普 ▏一块茶壶垫挡不住烫伤：家中幼儿防烫提示_橪州市第二人民医院",
        date="2025-12-02",
        notes="hospital page: booking float, 24-hour emergency line and switchboard beside the department's own 咨询电话; 发布时间 byline; numbered list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>健康科普 ▏一块茶壶垫挡不住烫伤：家中幼儿防烫提示_橪州市第二人民医院</title>
<script src="/static/js/guahao-float.js"></script>
</head><body>
<div class="header"><span class="logo">⟦m 橪州市第二人民医院⟧</span><span class="tel">⟦m 医院总机：0735-8379000⟧</span></div>
<div class="menu"><a>⟦m 医院概况⟧</a><a>⟦m 科室导航⟧</a><a>⟦m 专家介绍⟧</a><a>⟦m 健康科普⟧</a><a>⟦m 就医指南⟧</a></div>
<div class="crumbs">⟦m 当前位置：首页 ＞ 健康科普 ＞ 烧伤科⟧</div>
<div class="news-detail">
<h1>{T}</h1>
<div class="attr">⟦m 发布时间：2025-12-02　来源：烧伤科　作者：谭晓雯　浏览：1507⟧</div>
<div class="news-content">
{BODY}
</div>
</div>
<div class="side"><h3>⟦l 烧伤科专家⟧</h3><ul><li>⟦l 颜志刚　主任医师　周二、周四上午⟧</li><li>⟦l 谭晓雯　副主任医师　周一、周三全天⟧</li></ul></div>
<div class="float-guahao"><a href="/guahao/">⟦a 在线预约挂号⟧</a><p>⟦m 24小时急诊：0735-8379120⟧</p></div>
<div class="footer"><p>⟦m 地址：橪州市栭湖区橑山路102号⟧</p><p>⟦d 本站科普内容仅供参考，不能代替医生面诊⟧</p><p>⟦m 湘ICP备10021573号-2⟧</p></div>
</body></html>
""",
        body="""
入冬以来，我院烧伤科接诊的幼儿烫伤明显增多，其中不少发生在客厅茶几边：孩子扶着茶几站起来，一把拽住茶壶垫或桌布，整壶热茶就倒在了身上。
很多家长以为垫了茶壶垫就安全了。其实茶壶垫只能防止烫坏桌面，挡不住孩子的小手。我们建议：
1.有1至4岁幼儿的家庭，热茶壶、热水壶不要放在茶几和矮桌上；
2.茶壶垫、桌布不要垂到桌边，避免孩子抓扯；
3.泡茶、倒水时先把孩子抱开。
一旦烫伤，请立即用流动凉水冲洗患处15至30分钟，不要涂牙膏、酱油，冲洗后用干净毛巾覆盖，尽快到医院就诊。
烧伤科咨询电话：0735-8379215（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-sishui-tcm-notice-seated-baduanjin-record",
        site="楒水县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.sszyy.example.cn/yygg/2025/0618/662.html",
        title="关于开设“坐式八段锦”患者课堂的通知",
        date="2025-06-18",
        notes="record title as is; the department's phone beside the booking and 24-hour lines; 成文日期 under the signature",
        page="""
!m 楒水县中医医院　官方网站
!m 首页 > 医院公告
{T}
!m 发布人：医务科　日期：2025-06-18　阅读：266
{BODY}
!m 预约挂号：0736-7318100　急诊（24小时）：0736-7318120
!d 本站健康信息仅供参考，具体诊疗请遵医嘱
!m 楒水县中医医院 版权所有　湘ICP备14007261号
""",
        indent="\u3000\u3000",
        body="""
各病区：
为帮助住院患者早日康复，康复医学科自6月23日起开设“坐式八段锦”患者课堂，每周一、三、五下午3:30在门诊楼五楼康复大厅开课，每次40分钟。
课堂面向病情稳定、经主管医生评估可以参加的住院患者及家属。患者坐在蒲团或椅子上练习，动作轻柔，对腰腿不便的老年患者尤为适宜。课堂所需蒲团由康复科统一准备，每次课后消毒。
请各病区护士长提前一天将参加人数报康复科，需要陪护的请安排家属陪同。
康复医学科联系电话：0736-7318426
楒水县中医医院医务科
2025年6月18日
""",
    ),
    dict(
        slug="college-ranzhou-vtc-archives-alumni-album-h1",
        site="橪州职业技术学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.rzvtc.example.edu.cn/info/1022/8815.htm",
        title="档案馆启动“校友相册”老照片征集",
        record_title=None,
        date="2025-05-20",
        notes="college news: no record title (the <h1>); a dotted date line as the page's date; a writer/photo line glued after the last 。; the archives' mailbox in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>橪州职业技术学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="head"><span class="logo">⟦m 橪州职业技术学院⟧</span><span>⟦m 新闻网⟧</span></div>
<div class="nav"><a>⟦m 学院首页⟧</a><a>⟦m 综合新闻⟧</a><a>⟦m 院部动态⟧</a><a>⟦m 媒体橪职⟧</a><a>⟦m 专题专栏⟧</a></div>
<div class="main">
<h1>{T}</h1>
<div class="info"><span>⟦m 2025.05.20⟧</span> <span>⟦m 点击：1733⟧</span> <span>⟦m 供稿：档案馆⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="prev-next"><p>⟦l 上一条：我院学子在省职业院校技能大赛中获佳绩⟧</p><p>⟦l 下一条：学院召开2025届毕业生就业工作推进会⟧</p></div>
</div>
<div class="foot"><p>⟦m 地址：橪州市橑山路366号　邮编：423000⟧</p><p>⟦m 版权所有 © 橪州职业技术学院　党委宣传部维护⟧</p></div>
</body></html>
""",
        body="""
5月19日，学校档案馆启动“校友相册”老照片征集活动，面向历届校友和离退休教职工征集反映学校办学历程的照片、毕业纪念册和相册。
档案馆馆长谢颖介绍，学校前身是1958年创办的橪州农机学校，早期办学资料保存不全，不少珍贵的历史瞬间只留在校友的私人相册里。此次征集的照片经整理后，将编入《橪职记忆》校史相册，并在明年建校纪念日展出。
校友可将照片扫描后发送至档案馆邮箱daj@rzvtc.example.edu.cn，也可邮寄原件，档案馆翻拍后负责寄还。⟦m （文/档案馆 胡蔓　图/宣传部 龚杰）⟧
""",
    ),
    dict(
        slug="college-ranzhou-normal-notice-drum-sticks-issue",
        site="橪州师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tw.rznu.example.edu.cn/tzgg/2025/1009/1127.htm",
        title="关于校运会开幕式鼓乐方阵器材申领和归还的通知",
        record_title="团委通知 ｜ 关于校运会开幕式鼓乐方阵器材申领和归还的通知 - 橪州师范学院",
        date="2025-10-09",
        notes="university notice: numbered items, a deposit rule, the league committee's phone; 成文日期 under the signature",
        page="""
!m 共青团橪州师范学院委员会
!m 首页 » 通知公告
{T}
!m 发布者：校团委　发布时间：2025-10-09　点击数：842
{BODY}
!a 【收藏】【打印】【关闭】
!m 版权所有：共青团橪州师范学院委员会　地址：橪州市淜河西路9号
""",
        indent="\u3000\u3000",
        body="""
各学院团委：
第四十届校运会开幕式将于10月24日举行，开幕式鼓乐方阵由各学院选派队员组成。现将器材申领和归还事项通知如下：
1.申领时间：10月13日至14日，每天14:00—17:00。
2.申领地点：大学生活动中心一楼器材室。
3.申领物品：大鼓8面、小军鼓40面、鼓槌96副、鼓背带48条。鼓槌按每名队员一副另加备用发放。
4.归还要求：开幕式结束后两日内归还，鼓槌断裂、丢失的，按每副25元赔偿。
请各学院指定一名器材负责人，凭学院团委盖章的申领表领取。
联系人：校团委 钟老师　电话：0735-8295011
共青团橪州师范学院委员会
2025年10月9日
""",
    ),
]
