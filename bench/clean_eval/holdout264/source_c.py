"""holdout264, part C: Q&A sites, personal collections, Party-building portals,
hospitals and universities. Every case written by hand; invented text, places, people,
sites, URLs and phones; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenqu-mouldy-chopstick-holder-question-title",
        site="问渠问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenqu-qa.com/q/2093317.html",
        title="筷笼发霉了还能用吗？怎么清洗？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; an adopted-answer badge, vote bar, more answers; 回答于 3 天前 is no date; a 'was this helpful' line glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>筷笼发霉了还能用吗？怎么清洗？_问渠问答</title>
<script src="//s.wenqu-qa.com/js/qa.min.js"></script>
</head><body>
<div class="qa-top">⟦m 问渠问答⟧　⟦m 问渠那得清如许，有问必有答⟧　⟦a 我要提问⟧</div>
<div class="qa-crumb">⟦m 问渠问答 > 生活 > 家居清洁⟧</div>
<div class="question">
<h1>{T}</h1>
<div class="q-desc">⟦m 提问者：匿名　|　浏览 1.3万　|　3个回答⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 家政老师傅周姐　回答于 3 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦l 有用 862　｜　没用 9　｜　评论 14⟧</div>
</div>
<div class="more"><h3>⟦l 其他 2 条回答⟧</h3>
<p>⟦l 小满：竹子的直接扔吧，几块钱一个，别省这个钱。⟧</p>
<p>⟦l 青柠不酸：买底部漏空的，挂起来就不容易霉了。⟧</p></div>
<div class="same"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 竹砧板发霉怎么处理？⟧</li><li>⟦l 消毒柜能消毒塑料筷笼吗？⟧</li></ul></div>
<div class="qa-foot">⟦d 回答内容仅代表网友个人观点，不代表问渠问答立场。⟧　⟦m 问渠问答 © 2024　沪ICP备22031805号⟧</div>
</body></html>
""",
        body="""
发霉的筷笼要分材质处理。
竹木筷笼：霉斑只在表面的，可以用小苏打加温水刷洗，再放进锅里煮沸十分钟，晒干后继续用；如果霉斑已经渗进竹丝缝里，刷不掉、还有异味，建议直接换掉，不要舍不得。
塑料筷笼：用稀释的84消毒液浸泡半小时，再用清水冲干净。底部封死的塑料筷笼最容易积水，最好换成底部镂空的。
不锈钢筷笼：一般不会发霉，看到的黑点多半是水垢和污渍，用白醋泡一泡就能去掉。⟦a 👍 本答案帮到你了吗？点一下⟧
另外，发霉筷笼里插过的筷子也要一起处理，竹木筷子发霉了一律扔掉。
""",
    ),
    dict(
        slug="qa-linli-bedside-spittoon-cleaning",
        site="邻里问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.linliwenda.cn/question/661029",
        title="老人卧床，痰盂怎么清洗消毒才卫生？",
        record_title="老人卧床，痰盂怎么清洗消毒才卫生？ - 邻里问答网",
        date=None,
        notes="a Q&A text: the asker line, the answerer's card and a 'best answer' badge; a numbered answer; 2 个月前 is no date; more answers and related questions under it",
        page="""
!m 邻里问答网 — 街坊邻居互相帮
!m 问答首页 ＞ 健康养老 ＞ 居家护理
{T}
!m 提问：一棵老槐　　2 个月前　　悬赏 10 金豆
!m ★ 最佳答案　　答主：护工陶阿姨（居家护理 8 年）
{BODY}
!l 赞同 317　　反对 2　　追问
!l 其他回答（4）
!l 卧床老人用什么材质的痰盂好？
!l 痰盂有味道怎么办？
!a 我来回答　　邀请他人回答
!m 邻里问答网 linliwenda.cn
""",
        body="""
我母亲卧床三年，痰盂一直是我在打理，说说我的做法。
1.痰盂里先放一点清水或者稀释的消毒液，痰液不会粘在盆底，倒的时候也省事。
2.每天早晚各倒一次，倒进马桶冲走，不要倒进洗菜池。
3.倒完用专用刷子刷干净，再用含氯消毒液泡半小时，清水冲净后倒扣晾干。
4.痰盂最好买带盖的，放在床边固定位置，晚上不容易碰翻。
5.处理痰盂时戴手套，结束后认真洗手。
如果老人咳痰多、痰里带血，要及时带去医院看看。
""",
    ),
    dict(
        slug="anthology-keting-memoir-mothers-kerosene-stove",
        site="柯亭文集 (invented, gb2312 personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.keting-wenji.net/lubian/juan2/017.htm",
        title="母亲的煤油炉",
        record_title="《炉边集》第二卷·母亲的煤油炉 —— 柯亭文集",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: a marquee, chapter links, a visitor counter, the author's mailbox; an essay dated only 写于二〇二二年冬 (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《炉边集》第二卷·母亲的煤油炉 —— 柯亭文集</title>
<style type="text/css">td{font-size:14px;line-height:26px}</style>
<script language="JavaScript" src="/count/counter.asp?id=keting"></script>
</head>
<body bgcolor="#F7F3E8">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center">⟦m 柯亭文集⟧</td></tr>
<tr><td align="center">⟦m 退休教师柯亭的文字小屋 · 始建于二〇〇六年⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦l 本站新添：《炉边集》第二卷第十七篇　欢迎老同学来信叙旧⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="/">首页</a> | <a href="/lubian/">炉边集</a> | <a href="/jiaoan/">教案旧稿</a> | <a href="/shici/">诗词习作</a> | <a href="/liuyan.asp">留言簿</a>⟧</td></tr>
<tr><td align="center">⟦m 《炉边集》第二卷 · 第十七篇⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇】父亲的自行车　【目录】　【下一篇】冬夜补袜⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 00052917 位访客⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：keting1953@sina.com⟧</td></tr>
<tr><td align="center">⟦d 文集所收均为本人习作，转载请先来信说明。⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我家那台煤油炉，是一九七八年父亲托人从县城百货公司买回来的，绿漆铁皮，圆圆的油箱，顶上一圈灯芯。
那时候母亲在公社卫生院上班，早上要赶时间，烧柴火来不及，煤油炉就成了她的宝贝。天还没亮，我总能听见她划火柴、拧旋钮的声音，接着就是铝锅里稀饭咕嘟咕嘟的响声。
煤油要凭票买，一个月两斤。母亲算得很细，煮稀饭用小火，热剩菜只热三分钟，省下的煤油留着冬天给我们烤棉鞋。
后来家里通了液化气，煤油炉被收进了柴房。前年整理老屋，我又把它找了出来，擦干净摆在书架上。母亲看见了，笑着说：“这东西还留着干啥？”可我分明看见，她伸手摸了摸那圈灯芯。
写于二〇二二年冬
""",
    ),
    dict(
        slug="anthology-xunmo-memoir-tin-wine-cups-oneline",
        site="荀墨文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://xunmo.wencun.cn/shijiu/09.html",
        title="外公的锡酒盅",
        record_title="外公的锡酒盅（《醑川旧事》之九）— 荀墨文存",
        date=None,
        notes="a memoir on one line, paragraphs apart only by their indent; series aside and collection suffix in the record title; a collection stamp is no date",
        page="""
!m 荀墨文存 · 醑川旧事
!m 目录　｜　上一篇：祖屋的天井　｜　下一篇：端午的龙船鼓
!t 外公的锡酒盅（《醑川旧事》之九）
!m 收入文存：2023-09-17　　字数：约400
{BODY}
!l 读者留言（3）：写得真好，我外公也有一对锡壶。
!d 文存作品版权归荀墨所有，未经许可请勿转载。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外公有一对锡酒盅，比鸡蛋还小，盅壁上錾着一圈回纹，是他年轻时在镇上的锡匠铺里亲手打的。
外公酒量不大，每天晚饭只喝两盅，一盅敬天地，一盅自己慢慢抿。他常说，酒是粮食做的，喝多了对不起种粮的人。
我小时候最爱趴在桌边看他喝酒，他有时会用筷子头蘸一点酒让我尝，辣得我直吐舌头，他就哈哈大笑。
外公去世那年，舅舅把一只酒盅放进了他的寿材，另一只给了我。如今它摆在我的书桌上，盅底那一圈淡淡的酒渍，三十年都没擦去。
""",
    ),
    dict(
        slug="party-zunshan-speech-patriotic-health-spittoon",
        site="罇山先锋网 (invented, Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zsxianfeng.gov.cn/djyw/ztdr/202407/t20240701_2207.html",
        title="县卫健局党组书记在爱国卫生运动主题党日活动上的讲话",
        record_title="【主题党日·讲稿】县卫健局党组书记在爱国卫生运动主题党日活动上的讲话（全文）| 罇山先锋网",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="a Party portal: study-points prompt, a read-on-phone QR line; the date under the speech title in Chinese numerals, the portal's 发布时间 also accepted; speaker line neutral; an 'earn points' prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【主题党日·讲稿】县卫健局党组书记在爱国卫生运动主题党日活动上的讲话（全文）| 罇山先锋网</title>
<script src="/js/xf-common.js"></script>
</head><body>
<div class="xf-head">⟦m 罇山先锋网⟧<span>⟦m 中共罇山县委组织部主办⟧</span></div>
<div class="xf-nav">⟦m 首页　党建要闻　主题党日　党员教育　基层风采　先锋榜⟧</div>
<div class="xf-crumb">⟦m 首页 &gt; 主题党日 &gt; 活动讲稿⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-info">⟦m 发布时间：2024-07-01　来源：县卫生健康局机关党委　浏览：539⟧</div>
<div class="xf-study">⟦a 认真阅读本文满3分钟可获得学习积分1分⟧</div>
<div class="xf-con">
<p style="text-align:center">（二〇二四年六月二十八日）</p>
<p style="text-align:center">罇山县卫生健康局党组书记、局长　蒋立言</p>
{BODY}
</div>
<div class="xf-qr">⟦a 扫描二维码，在手机上学习本文⟧</div>
<div class="xf-tool">⟦a 【打印】【收藏】【关闭】⟧</div>
<div class="xf-pn">⟦l 上一篇：县医保局机关党支部开展“七一”主题党日活动⟧<br>⟦l 下一篇：在“两优一先”表彰大会上的讲话⟧</div>
</div>
<div class="xf-foot">⟦m 中共罇山县委组织部　地址：罇山县人民路1号　邮编：336600⟧<br>⟦m 赣ICP备08017732号-2⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在县爱国卫生运动纪念展室开展主题党日活动。刚才大家参观了展室，看到了那只上世纪五十年代的搪瓷痰盂，上面印着“讲卫生 光荣”五个字。
七十多年前，我们的前辈从消灭蚊蝇、设置痰盂、劝止随地吐痰做起，一点一滴改变了城乡卫生面貌。今天痰盂已经很少见了，但爱国卫生运动的精神没有过时。⟦a （阅读至此已累计学习积分0.5分）⟧
借此机会，我对全局党员提三点要求：一是带头践行文明健康生活方式，在单位和社区做表率；二是聚焦病媒生物防制、农村改厕等重点任务，把工作做到群众身边；三是深入开展健康知识普及，让每一名群众都成为自己健康的第一责任人。
同志们，爱国卫生运动是我们党把群众路线运用于卫生工作的伟大创举。让我们接过前辈的接力棒，把这项事业推向前进。
""",
    ),
    dict(
        slug="party-leixi-report-canteen-branch-chopstick-holders",
        site="酹溪机关党建网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://jgdj.leixi.gov.cn/shuzhi/2024/0112/310.html",
        title="机关食堂党支部书记2023年度抓党建工作述职报告",
        record_date="2024-01-12",
        date="2024-01-12",
        notes="record title and record date; a Party portal text: study-points line, a print/close row; the report signed without a date; numbered points with 公筷公勺 and 筷笼 disinfection",
        page="""
!m 酹溪机关党建网
!m 首页 ＞ 述职评议 ＞ 支部书记述职
{T}
!m 来源：县直机关工委　　发布：2024-01-12　　阅读：302
!a 本文学习时长满5分钟计入“机关党员学习档案”
{BODY}
!a 〖打印本文〗　〖关闭窗口〗
!l 相关阅读：机关党支部书记抓党建述职评议工作方案　｜　2023年度县直机关党建工作要点
!m 中共酹溪县直属机关工作委员会主办　　赣ICP备10008864号
""",
        indent="\u3000\u3000",
        body="""
2023年，我认真履行机关食堂党支部书记职责，把党建工作与食堂服务保障结合起来，推动支部建设和餐饮服务质量同步提升。现述职如下。
一、以党建带服务。支部6名党员分别认领“食品安全、节约用餐、文明就餐”等岗位，在餐厅设立党员示范窗口3个。
二、推行公筷公勺。全年添置公筷公勺1200副，每张餐桌配置专用筷笼，公筷与私筷分笼存放、颜色区分。
三、抓细餐具消毒。把筷子、筷笼纳入每日消毒清单，筷笼每餐清洗、每日高温消毒，市场监管部门两次抽检均合格。
四、存在不足。支部学习形式较单一，党员参与食堂管理的积极性还需进一步调动。2024年，我将在创新学习方式、提升服务水平上下更大功夫。
述职人：机关食堂党支部书记　官明
""",
    ),
    dict(
        slug="hospital-leixi-second-notice-ward-spittoons",
        site="酹溪县第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lxdeyy.com/news/yuanwu/2024-04-08/1736.html",
        title="关于全院病区撤除敞口痰盂的通知",
        record_title="【院务公告栏】关于全院病区撤除敞口痰盂的通知－酹溪县第二人民医院",
        date="2024-04-07",
        date_also=["2024-04-08"],
        notes="a county hospital: booking float, a 24-hour service line and an experts list beside the notice's own 感染管理科 phone; 成文日期 expected, the page's 发布时间 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【院务公告栏】关于全院病区撤除敞口痰盂的通知－酹溪县第二人民医院</title>
<link rel="stylesheet" href="/static/css/yy.css">
<script src="/static/js/yuyue-float.js"></script>
</head><body>
<div class="yy-top">⟦m 酹溪县第二人民医院⟧<span>⟦m 二级甲等综合医院⟧</span>　⟦m 24小时服务热线：0738-5210120⟧</div>
<div class="yy-nav">⟦m 医院概况　新闻中心　院务公开　科室导航　就医指南　党建文化⟧</div>
<div class="yy-crumb">⟦m 首页 › 院务公开 › 通知公告⟧</div>
<div class="yy-art">
<h2>{T}</h2>
<div class="yy-info">⟦m 发布时间：2024-04-08　作者：院办　阅读次数：891⟧</div>
<div class="yy-con">
{BODY}
</div>
<div class="yy-pn">⟦l 上一条：我院开展世界防治结核病日义诊活动⟧　⟦l 下一条：关于调整夜间急诊药房窗口的公告⟧</div>
</div>
<div class="yy-side"><h3>⟦l 专家出诊⟧</h3><ul><li>⟦l 呼吸与危重症医学科　汪卫红　主任医师　周二上午⟧</li><li>⟦l 感染性疾病科　邹明　副主任医师　周四全天⟧</li></ul></div>
<div class="yy-float">⟦a 在线预约挂号 →⟧</div>
<div class="yy-foot">⟦m 地址：酹溪县滨河路52号　预约电话：0738-5210000⟧<br>⟦m 湘ICP备16022049号　互联网药品信息服务资格证书编号（湘）-非经营性-2021-0107⟧</div>
</body></html>
""",
        body="""
各科室：
为进一步加强院内感染防控，经院务会研究，决定自2024年4月15日起，全院普通病区撤除敞口痰盂，统一改用一次性带盖痰杯。现将有关事项通知如下：
一、各病区于4月12日前清点现有痰盂，交总务科统一回收。
二、一次性痰杯由护理部按床位数配发，入院时由责任护士发给患者，并讲解使用方法。
三、呼吸与危重症医学科确需保留的痰盂，须加盖并按规定每日消毒。
四、患者及家属对本通知有疑问的，可咨询医院感染管理科，电话：0738-5219632。
酹溪县第二人民医院
2024年4月7日
""",
    ),
    dict(
        slug="hospital-shijiang-third-nutrition-oil-can-tips",
        site="酾江市第三人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.sjsy3.com/kepu/yingyang/20240819/4481.html",
        title="控油壶怎么用才有效",
        record_title="营养科普 ▏控油壶怎么用才有效 - 酾江市第三人民医院",
        date="2024-08-19",
        notes="a hospital's science column as text: 发布时间 byline as the date; the nutrition clinic's own 咨询电话 beside a 门诊预约 line and a 24-hour line; a 'share with family' line glued after a sentence",
        page="""
!m 酾江市第三人民医院
!m 门诊预约：0756-3360000　　24小时急诊：0756-3360120
!m 首页 ＞ 健康科普 ＞ 营养与膳食
!t 营养科普 ▏控油壶怎么用才有效
!m 发布时间：2024-08-19　　供稿：临床营养科　　阅读：688
{BODY}
!a 【关闭】【打印】【返回顶部】
!l 上一篇：夏季腹泻，饮食上注意什么　｜　下一篇：糖尿病人能不能吃水果
!d 本栏目科普内容仅供参考，不能代替医生面诊。
!m 版权所有：酾江市第三人民医院　粤ICP备12030117号
""",
        indent="\u3000\u3000",
        body="""
不少居民领到控油壶后，放在灶台上当普通油壶用，随手添、随手倒，控油效果大打折扣。营养科提醒，用好控油壶要记住“三定”：
一是定量。按每人每天25克油计算，一家三口每天约75克，大约是控油壶上80毫升的刻度。
二是定时。每天早上一次性把全天用量倒进壶里，当天用完不再添加。⟦l ➤ 转给爸妈看看⟧
三是定人。家里由一个人负责倒油，其他人做饭时只从控油壶里取油。
坚持一个月后，可以对照刻度算一算全家实际用油量，看看比以前少了多少。
营养门诊咨询电话：0756-3361265。
""",
    ),
    dict(
        slug="university-shijiang-tech-news-kerosene-stoves-h1",
        site="酾江理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.sjlg.edu.cn/info/1032/18874.htm",
        title="能源与动力学院学生修复旧煤油炉开展冬季用火安全科普",
        record_title=None,
        date="2023-12-15",
        notes="no record title: the news page's <h1>; a dotted college date line as the page's date; a 文/图 credit and a reviewer line under the text; a news ticker and a quick-links column",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>酾江理工学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="sjlg-head">⟦m 酾江理工学院新闻网⟧　⟦m 笃学 · 致用⟧</div>
<div class="sjlg-nav">⟦m 学院首页　综合新闻　院系动态　媒体理工　校园人物　图片新闻⟧</div>
<div class="sjlg-ticker">⟦l 最新：我校在省大学生节能减排竞赛中获二等奖⟧</div>
<div class="sjlg-art">
<div class="sjlg-pos">⟦m 当前位置：首页 » 院系动态⟧</div>
<h1>{T}</h1>
<div class="sjlg-meta">⟦m 2023.12.15　来源：能源与动力学院　点击：⟧<span id="dynclicks">⟦m 1406⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="sjlg-credit">⟦m （文/赖思远　图/龚一帆　审核/石松）⟧</div>
<div class="sjlg-close">⟦a 【关闭】【回到顶部】⟧</div>
</div>
<div class="sjlg-links"><h4>⟦l 快速通道⟧</h4><p>⟦l 信息门户　教务系统　图书馆　校历⟧</p></div>
<div class="sjlg-foot">⟦m 酾江理工学院党委宣传部　版权所有　地址：酾江市大学城学府路8号⟧</div>
</body></html>
""",
        body="""
12月13日，能源与动力学院“薪火”志愿服务队走进醑川县焐口镇文化站，把修复好的6台旧煤油炉捐赠给文化站老物件展，并为当地村民开展冬季用火用电安全科普。
这6台煤油炉是文化站从村民家中征集来的，大多锈迹斑斑、油路堵塞。志愿服务队利用课余时间，在热工实验室里逐台拆解、除锈、更换灯芯，历时一个多月完成修复。
科普现场，志愿者们一边演示煤油炉的燃烧原理，一边提醒村民：煤油炉燃烧不充分时会产生一氧化碳，室内使用一定要开窗通风，睡觉前必须熄火。
“修炉子是为了留住记忆，讲安全是为了守护今天。”志愿服务队队长石嘉禾说。
""",
    ),
    dict(
        slug="university-shijiang-normal-museum-wine-cup-exhibition",
        site="酾江师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.sjsy.edu.cn/tzgg/2024/1008/c112a6630/page.htm",
        title="关于举办“方寸之间——馆藏明清酒盅展”的通知",
        date="2024-10-08",
        notes="record title as is; a university notice page as text: the museum's own booking phone beside the university switchboard; 成文日期 under the signature",
        page="""
!m 酾江师范学院
!m 学校首页　|　学校概况　|　院系设置　|　通知公告　|　校园服务
!m 您在：首页 > 通知公告 > 正文
{T}
!m 发布单位：校博物馆　　时间：2024-10-08　　浏览：527
{BODY}
!a [关闭窗口]　[打印]
!l 上一条：关于2024年国庆节后校园巴士运行时间调整的通知
!l 下一条：关于开展秋季学期图书馆读者培训的通知
!m 学校总机：0756-3390000　　地址：酾江市学府路199号
!m Copyright © 酾江师范学院　粤ICP备05018831号
""",
        indent="\u3000\u3000",
        body="""
各学院、各部门：
为弘扬中华优秀传统文化，丰富校园文化生活，学校博物馆定于2024年10月15日至11月30日举办“方寸之间——馆藏明清酒盅展”。现将有关事项通知如下：
一、展览地点：图书馆一楼博物馆第二展厅。
二、展览内容：展出馆藏明清时期酒盅86件，涵盖青花、粉彩、单色釉等品类，并配有酒盅成型工艺的图文介绍。
三、开放时间：周二至周日9:00—17:00，周一闭馆。
四、各学院可组织学生集体参观，请提前三天联系博物馆预约，联系电话：0756-3398620。
校博物馆
2024年10月8日
""",
    ),
]
