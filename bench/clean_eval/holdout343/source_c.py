"""holdout343, part C: Q&A sites, personal collections, Party sites, hospitals, colleges. Invented text."""

CASES = [
    dict(
        slug="qa-zhijia-felt-board-hook-tape",
        site="知家问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhijiawenda.com/q/3307215/a/8801642",
        title="毛毡板上的魔术贴粘不牢了，有什么办法？",
        record_title="毛毡板上的魔术贴粘不牢了，有什么办法？_知家问答·手工DIY频道",
        date=None,
        notes="Q&A: the question is the title, the adopted answer the body; adopted badge, vote bar, more answers; "
        "'回答于 2 天前' is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>毛毡板上的魔术贴粘不牢了，有什么办法？_知家问答·手工DIY频道</title>
<script src="//s.zhijiawenda.com/qa.min.js"></script>
</head>
<body>
<div class="zj-head"><a href="/">⟦m 知家问答⟧</a> <span>⟦m 家里的事，问问大家⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="zj-crumb">⟦m 知家问答 ＞ 手工DIY ＞ 教具制作⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 提问者：溜溜球　｜　5 个回答　｜　被浏览 2,814 次⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 禾禾老师 · 幼儿园配班教师 · 回答于 2 天前⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦a ▲ 有用 86　▼ 没用 2　　评论 7　　分享⟧</div>
</div>
<div class="more"><h3>⟦l 其他 4 个回答⟧</h3>
<p>⟦l 路人甲：直接换一块新的吧，也不贵。⟧</p>
<p>⟦l 木木：用吹风机热风吹一下毛毡面试试。⟧</p></div>
<div class="side"><h4>⟦l 相似问题⟧</h4><ul><li>⟦l 毛毡板用什么胶粘墙上不伤墙？⟧</li><li>⟦l 幼儿园主题墙用毛毡还是软木好？⟧</li></ul></div>
<div class="zj-foot">⟦d 回答内容由网友提供，仅代表个人观点，不构成专业建议。⟧ ⟦m © 知家问答 2025⟧</div>
</body>
</html>
""",
        body="""
我在幼儿园做了六年配班老师，教室里三块毛毡板天天贴、天天揭，这个问题碰到过很多次，说说我的经验。
魔术贴粘不牢，一般是毛毡表面被“勾秃”了。毛毡板用久了，表面的绒毛被反复撕扯，变得又薄又硬，钩面就抓不住了。
办法一：用硬毛刷顺着一个方向把毛毡表面刷一刷，让绒毛重新立起来，能恢复七八成粘性。
办法二：某一块区域秃得厉害的，可以剪一块同色的新毛毡，用白乳胶贴在上面当“补丁”。
办法三：换用钩面更细的魔术贴。市面上有专门用于毛毡板的细钩魔术贴，对毛毡的损伤小，也更耐用。
另外，揭作品的时候尽量从边角慢慢揭，不要一把扯下来，这样毛毡板能多用好几年。
""",
    ),
    dict(
        slug="qa-xiaowenhao-bag-cover-size-missing-title",
        site="小问号问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://xiaowenhao.net/question/90412",
        title="书包罩买大一号好，还是刚好合适的好？",
        record_title=None,
        date=None,
        notes="no title in the record: the question line is the title; one answer is the body; '回答于 4 天前', no date",
        page="""
!m 小问号问答　|　首页　热门　等你回答
!m 问题分类：母婴亲子 › 上学用品
{T}
!m 关注 37　·　浏览 1,602　·　3 个回答
!a ＋关注问题　　写回答　　邀请别人回答
!m 橘子皮（两个孩子的爸爸）　回答于 4 天前
{BODY}
!a 赞同 58　　反对　　收藏　　举报
!l 查看其余 2 个回答 ∨
!l 你可能感兴趣：书包罩和雨衣哪个更实用？｜小学生书包多重算超标？
!d 答主观点不代表小问号问答立场，购买前请以商品实际参数为准。
""",
        body="""
我家两个孩子都用过书包罩，我的建议是：买比书包大一号的，但不要大太多。
原因有三个。第一，孩子的书包往往不是空的，装满课本、水杯和饭盒以后，会比标称尺寸鼓出一圈，刚好合适的书包罩很可能套不上。
第二，书包罩大一号，罩口的松紧带才有余量收紧，下雨时能把书包底部也包住，不会从下面渗水。
第三，孩子长得快，书包也会换，大一号的书包罩能多用一两年。
但也别贪大。书包罩太大，走路时会像斗篷一样兜风，还可能遮住书包两侧的反光条，反而不安全。
买之前最好量一下孩子书包装满时的高度和宽度，再对照商家的尺码表选，一般在书包尺寸基础上加三到五厘米就够了。
""",
    ),
    dict(
        slug="anthology-xueni-memoir-paint-box-gb2312",
        site="雪泥杂俎 (invented retired art teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.xueni-zazu.net/juan3/05.htm",
        title="父亲的铁皮颜料盒",
        record_title="【雪泥杂俎·忆旧篇】父亲的铁皮颜料盒",
        date=None,
        notes="old gb2312 table layout with marquee, 繁體 link, volume links, visitor counter and author's mailbox; "
        "a memoir with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【雪泥杂俎·忆旧篇】父亲的铁皮颜料盒</title>
<style type="text/css">body{font-size:14px;background:#F5F0E6}</style>
</head>
<body>
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 雪泥杂俎⟧</font><br>⟦m 一个退休美术教师的文字存档⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦m 卷三“忆旧篇”已补齐，欢迎老朋友来坐坐⟧</marquee></td></tr>
<tr><td align="center"><a href="../index.htm">⟦m 文集首页⟧</a> <a href="../juan1/">⟦m 卷一 画室⟧</a> <a href="../juan2/">⟦m 卷二 行旅⟧</a> <a href="./">⟦m 卷三 忆旧⟧</a> <a href="../big5/juan3/05.htm">⟦a 繁體版⟧</a></td></tr>
</table>
<table width="780" align="center" border="0" cellpadding="12">
<tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
{BODY}
<p align="right">⟦l ←上一篇：母亲的顶针　　下一篇：县文化馆的阁楼→⟧</p>
</td></tr>
</table>
<table width="780" align="center"><tr><td align="center">
⟦d 文中文字与图片均为作者所有，引用请注明出处，谢谢。⟧<br>
⟦w 给作者写信：xueni_laozhou@126.com⟧<br>
⟦m 自开站以来第 038214 位读者⟧
</td></tr></table>
</body>
</html>
""",
        body="""
父亲年轻时在县文化馆画过宣传画，家里有一只他用了三十多年的铁皮颜料盒。盒子是绿色的，盖子上印着一朵褪了色的牡丹，四个角早就磨得露出了铁皮的本色。
小时候，我最喜欢趁父亲不在家，偷偷打开那只颜料盒。里面十二个小格子，每格都凝着一块颜料，干得像一块块彩色的糖。我用手指蘸一点口水去抹，指头立刻就红了、绿了，洗好几遍都洗不掉。
父亲发现后并没有骂我，只是教我：用毛笔蘸清水，在颜料上轻轻打圈，颜色就化开了。那天下午，他陪我画了一只歪歪扭扭的公鸡。
后来我学了美术，用过很多更好的颜料，可那只铁皮颜料盒一直放在父亲的书桌上。他晚年眼睛不好，不再画画，却常常打开盒子看一看，像是在看一片旧日的田地。
父亲走后，我把颜料盒带回了自己家。格子里的颜料还在，只是再也化不开了。
""",
    ),
    dict(
        slug="anthology-guatai-essay-rattan-toy-box",
        site="卦台闲话 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://guataixianhua.cn/ji2/18.html",
        title="外婆编的玩具收纳箱",
        record_title="外婆编的玩具收纳箱 · 《卦台闲话》第二辑",
        date=None,
        notes="collection chapter with contents links and a visitor count; an essay with no date",
        page="""
!m 《卦台闲话》 · 个人文集
!m 目录 ｜ 第一辑 乡音 ｜ 第二辑 旧物 ｜ 第三辑 远行
!t 外婆编的玩具收纳箱 · 《卦台闲话》第二辑
{T}
!m 本辑第 18 篇　　字数 812　　被读过 1,145 次
{BODY}
!l 【上一篇】灶台边的风箱　　【下一篇】村口那棵老皂角
!a 把本篇推荐给朋友
!w 读后有话想说，欢迎写信：guatai_xianhua@163.com
!d 本集文字系作者原创，未经同意请勿转载。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
我小时候没有像样的玩具，却有一只外婆编的藤箱。外婆说，这是给我装“宝贝”的玩具收纳箱。
那只箱子有脸盆那么大，藤条是外婆从后山割回来，用开水煮过、晒了半个月才编的。箱盖上还编了一个小小的“福”字，我那时不识字，只觉得像一只蹲着的小鸟。
箱子里装的东西，今天看来都算不上玩具：几颗玻璃弹珠、一副用烟盒叠的“四角”、一只缺了轮子的铁皮青蛙、半截粉笔。可每天晚上，外婆都要看着我把它们一样一样放回箱子，再把盖子扣好。
“东西有个家，人才找得着。”这是外婆常说的一句话。
如今我的女儿有两大柜玩具，装在一排塑料收纳箱里，贴着整整齐齐的标签。每当她把玩具扔得满地都是，我就会想起那只藤箱，想起外婆那句话。
""",
    ),
    dict(
        slug="dangjian-chenghu-summary-cup-volunteers",
        site="珵湖先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.chenghuxianfeng.cn/zbfc/2025/0715/5120.html",
        title="珵湖区机关第三党支部“爱心水杯”志愿服务活动总结",
        record_title="【支部实践录】珵湖区机关第三党支部“爱心水杯”志愿服务活动总结_珵湖先锋网",
        date="2025-07-08",
        date_also=["2025-07-15"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; 成文日期 under the signature; the "
        "portal's posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【支部实践录】珵湖区机关第三党支部“爱心水杯”志愿服务活动总结_珵湖先锋网</title>
<link rel="stylesheet" href="/css/red.css">
</head>
<body>
<div class="red-top">⟦m 珵湖先锋网⟧ <span>⟦m 中共珵湖区委组织部主办⟧</span></div>
<div class="red-nav"><a>⟦m 首页⟧</a><a>⟦m 党建要闻⟧</a><a>⟦m 支部风采⟧</a><a>⟦m 学习园地⟧</a><a>⟦m 党员之家⟧</a></div>
<div class="red-pos">⟦m 位置：首页 » 支部风采⟧</div>
<div class="red-article">
<h1>{T}</h1>
<p class="red-info">⟦m 信息来源：区直机关工委　发布：2025年07月15日　阅读次数：684⟧</p>
<p class="red-tip">⟦a 阅读满3分钟可累计1个学习积分，请登录后阅读⟧</p>
<div class="red-text">
{BODY}
</div>
<p class="red-qr">⟦a 扫描二维码，手机上接着读⟧</p>
<p class="red-btn">⟦a 【收藏】【打印】【关闭】⟧</p>
</div>
<div class="red-more"><h3>⟦l 支部风采·更多⟧</h3><ul><li>⟦l 区财政局党支部开展“党员进社区”活动⟧</li><li>⟦l 镐北街道珵园社区党委：小网格里的大服务⟧</li></ul></div>
<div class="red-foot">⟦m 主办：中共珵湖区委组织部　技术保障：珵湖区大数据服务中心⟧<br>⟦m 陕ICP备20008831号-4⟧</div>
</body>
</html>
""",
        body="""
今年3月以来，区机关第三党支部结合“我为群众办实事”实践活动，联合镐北街道珵园社区开展“爱心水杯”志愿服务，为辖区两所小学的困难学生和户外劳动者送去水杯和饮水服务。现将活动情况总结如下。
一、主要做法
（一）摸清需求。支部党员分成4个小组，走访学校、环卫站和快递网点，了解到部分学生没有合适的水杯、部分户外劳动者夏季饮水不便等实际困难。
（二）精准帮扶。支部党员自愿捐款1.26万元，为两所小学的236名学生每人配发一只儿童水杯；在社区设立2个“爱心饮水点”，为环卫工人和快递员免费提供热水和凉白开。⟦a 点击查看活动照片⟧
（三）常态服务。建立党员轮值制度，每周安排2名党员到饮水点值守，定期清洗消毒水桶和公用水杯。
二、取得成效
活动开展以来，累计服务户外劳动者3400余人次，收到学校和社区感谢信3封。通过活动，支部党员进一步增强了服务意识，支部的凝聚力和战斗力不断提升。
三、下一步打算
支部将把“爱心饮水点”纳入社区党群服务驿站，争取更多爱心企业参与，让这项服务持续开展下去。
中共珵湖区机关第三支部委员会
2025年7月8日
""",
    ),
    dict(
        slug="dangjian-gualing-speech-felt-board-exhibit",
        site="卦岭先锋网 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gualingxianfeng.gov.cn/dkjt/20250701/2231.html",
        title="在“毛毡板上的红色故事”展板启用仪式上的讲话",
        record_title="【先锋讲台】在“毛毡板上的红色故事”展板启用仪式上的讲话｜卦岭先锋网",
        date="2025-06-28",
        date_also=["2025-07-01"],
        notes="speaker line and date under the speech title (neutral); site posting date differs",
        page="""
!m 卦岭先锋网　　卦岭县委组织部
!m 首页 → 党课讲堂 → 讲话选登
{T}
县委组织部副部长　阙立新
（2025年6月28日）
!m 来源：县委组织部　　上线时间：2025-07-01　　浏览：295
!a 学习强国同步推送　｜　收藏　｜　打印　｜　字号↑↓
{BODY}
!l 【上一篇】全县“两新”组织党建工作推进会召开
!l 【下一篇】滁坪镇开展“七一”走访慰问老党员活动
!m 卦岭先锋网　联系电话：0917-6618812　邮箱：glxf@gualing.gov.cn
!d 本网原创稿件，转载请注明“来源：卦岭先锋网”。
""",
        indent="\u3000\u3000",
        body="""
同志们、同学们：
在建党104周年即将到来之际，我们在滁坪镇中心学校举行“毛毡板上的红色故事”展板启用仪式，很有意义。
这组展板用的是学校师生亲手制作的毛毡板。三十六块毛毡板上，有老党员讲述的滁坪往事，有学生们用彩色毛毡拼出的红军渡口，还有各村党支部推荐的身边榜样。一针一线都是心意，一字一句都是传承。
借此机会，我讲三点希望。
第一，希望学校用好这组展板，把它作为思政课的“活教材”，组织学生讲好每一块展板背后的故事。
第二，希望各村党支部和学校结对共建，每学期更新一批展板内容，把新时代的好人好事及时贴上去。
第三，希望同学们从身边的红色故事中汲取力量，好好学习，将来建设好自己的家乡。
最后，祝展板启用仪式圆满成功！
""",
    ),
    dict(
        slug="hospital-yingchuan-notice-toy-box-disinfection",
        site="嬴川县妇幼保健院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycxfy.com/ynxx/tzgg/2025-05-08/771.html",
        title="关于规范儿科病区玩具收纳箱清洁消毒管理的通知",
        record_title="【感控通知】关于规范儿科病区玩具收纳箱清洁消毒管理的通知-院内通知-嬴川县妇幼保健院",
        date="2025-05-06",
        notes="hospital page with booking float, 24-hour line, switchboard, complaint line and an experts list; the "
        "notice's own 内线 in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【感控通知】关于规范儿科病区玩具收纳箱清洁消毒管理的通知-院内通知-嬴川县妇幼保健院</title>
<script src="/static/float.js"></script>
</head>
<body>
<div class="hosp-top">⟦m 嬴川县妇幼保健院⟧ <span>⟦m 二级甲等妇幼保健机构⟧</span> <span>⟦m 24小时服务热线：0917-8312120⟧</span></div>
<ul class="hosp-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 院务公开⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="hosp-pos">⟦m 当前位置：院务公开 ＞ 院内通知⟧</div>
<div class="hosp-main">
<h2>{T}</h2>
<p class="hosp-meta">⟦m 发布部门：院感科　点击：158⟧</p>
<div class="hosp-text">
{BODY}
</div>
</div>
<div class="hosp-side"><h4>⟦l 儿科专家⟧</h4><ul><li>⟦l 柏文涛　主任医师　周一、周三上午⟧</li><li>⟦l 季蔓　副主任医师　周二全天⟧</li></ul></div>
<div class="float-book">⟦a 线上预约挂号，扫码立即约⟧</div>
<div class="hosp-foot">⟦m 医院总机：0917-8312000　投诉电话：0917-8312345⟧<br>⟦m 地址：嬴川县城南大街207号⟧<br>⟦d 本网站信息仅供参考，不能代替医生面诊。⟧</div>
</body>
</html>
""",
        body="""
各临床科室：
为预防儿科病区玩具共用引发交叉感染，根据医院感染管理有关规定，现就儿科病区玩具收纳箱清洁消毒管理有关事项通知如下：
一、儿科一病区、二病区及儿童游戏区的玩具收纳箱统一编号管理，每只收纳箱内的玩具不超过15件，毛绒玩具、布书一律不得进入病区共用。
二、收纳箱及箱内玩具每日用含氯消毒液擦拭一次，遇呕吐物、血液污染时立即消毒；每周由护士长组织全面清洁一次，并在登记表上签字。
三、收治传染性疾病患儿的病房，玩具专人专用，患儿出院后由病区统一收回，消毒后方可再次使用。
四、院感科每月对各病区收纳箱进行采样监测，结果在院周会上通报。
请各科室认真执行。执行中有问题，请联系院感科，内线电话：8213。
嬴川县妇幼保健院院感科
2025年5月6日
""",
    ),
    dict(
        slug="hospital-gaoyang-children-cup-materials",
        site="镐阳市儿童医院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.gyetyy.cn/jkkp/ertongbaojian/3381.html",
        title="儿童水杯材质怎么选？儿保医生来支招",
        record_title="【儿保门诊说】儿童水杯材质怎么选？儿保医生来支招-镐阳市儿童医院",
        date=None,
        notes="a hospital's health article with only an update stamp (no date); booking and 24-hour lines; an experts list",
        page="""
!m 镐阳市儿童医院　　全心守护每一个孩子
!m 网上预约：微信搜索“镐阳儿童医院”小程序　　急诊24小时：0917-8603120
!m 首页 > 健康科普 > 儿童保健
!t 【儿保门诊说】儿童水杯材质怎么选？儿保医生来支招
{T}
!m 作者：儿童保健科　最后更新：2025-06-11　浏览量：2407
{BODY}
!a 觉得有用？点个赞 👍　　转发给家人
!l 推荐阅读：孩子一天该喝多少水？｜宝宝不爱喝白开水怎么办
!l 儿保科专家：柏文涛 主任医师（周一上午）　苏晴 副主任医师（周四全天）
!d 科普内容仅供参考，具体诊疗请遵医嘱。
!m 镐阳市儿童医院　地址：镐阳市育英路99号　总机：0917-8603000
""",
        body="""
儿童水杯的材质五花八门，家长该怎么选？我院儿童保健科医生建议从以下几个方面考虑。
不锈钢：选304或316不锈钢，杯身应标明材质。不锈钢杯耐摔、好清洗，适合上学的孩子，但不宜装果汁等酸性饮品过夜。
Tritan：透明轻便、不易碎，是目前较常见的儿童水杯材质。选购时注意查看是否标注“不含双酚A”。
PP：价格便宜、耐高温，但透明度较差，用久了容易发黄，需要定期更换。
玻璃：最安全也最容易清洗，但易碎，只适合在家里、在大人看护下使用。
硅胶：多用于吸嘴和学饮杯，柔软不伤牙龈，但容易被咬破，要经常检查。
无论选哪种材质，都要到正规渠道购买，查看产品是否标注执行标准、生产企业和适用年龄。
""",
    ),
    dict(
        slug="college-gaoyang-felt-teaching-aids-missing-title",
        site="镐阳师范高等专科学校 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gysz.edu.cn/info/1021/9480.htm",
        title="美术与设计学院“彩毡支教”服务队为山区小学送去毛毡板教具",
        record_title=None,
        record_date="2025-06-16",
        date="2025-06-16",
        notes="no title in the record (the <h1>); date from the record; a college's name that recurs in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>美术与设计学院“彩毡支教”服务队为山区小学送去毛毡板教具-镐阳师专新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="header"><a href="/">⟦m 镐阳师专新闻网⟧</a> <span>⟦m 厚德 博学 善教⟧</span></div>
<div class="nav"><a>⟦m 学校首页⟧</a><a>⟦m 师专要闻⟧</a><a>⟦m 院部风采⟧</a><a>⟦m 媒体师专⟧</a><a>⟦m 图说校园⟧</a></div>
<div class="loc">⟦m 当前位置: 首页 &gt;&gt; 院部风采 &gt;&gt; 正文⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="news-meta">⟦m 作者：苏曼 阙瑶　摄影：任嘉禾　审核：柏立⟧ ⟦m 点击数：<span>611</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="news-print">⟦a 【打印此页】【关闭窗口】⟧</div>
</div>
<div class="foot">⟦m 版权所有 © 镐阳师范高等专科学校　地址：镐阳市师院路1号⟧<br>⟦m 党委宣传部 维护⟧</div>
</body>
</html>
""",
        body="""
6月上旬，镐阳师范高等专科学校美术与设计学院“彩毡支教”志愿服务队的18名师生，来到卦岭县滁坪镇的三所山区小学，为孩子们送去了亲手制作的120块毛毡板教具。
这批教具是志愿者们利用两个月的课余时间完成的。他们把毛毡裁剪成字母、数字、动物和植物的形状，配上可以反复粘贴的底板，孩子们可以在毛毡板上拼单词、摆算式、讲故事。
⟦m 图为志愿者指导小学生使用毛毡板教具⟧
“山区小学教具比较少，毛毡板成本低、不怕摔、可以反复用，特别适合低年级。”带队教师苏曼介绍，服务队还为当地教师做了两场教具使用培训。
滁坪镇中心学校校长阙国华说，孩子们拿到教具后爱不释手，课间都围着毛毡板“摆故事”。
据了解，“彩毡支教”项目已连续开展三年，累计为山区学校制作各类毛毡教具600余件。
""",
    ),
    dict(
        slug="college-gaoyang-arts-notice-paint-box-acceptance",
        site="镐阳艺术职业学院 (invented college site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://zcc.gyys.edu.cn/tzgg/2025/0307/448.html",
        title="关于艺术设计学院颜料盒等教学耗材集中验收的通知",
        date="2025-03-07",
        notes="title as in the record; an asset office's contact beside the college office's line; 成文日期 under the signature",
        page="""
!m 镐阳艺术职业学院 · 资产管理处
!m 首页 ｜ 机构设置 ｜ 规章制度 ｜ 通知公告 ｜ 下载专区
!m 您的位置：首页 > 通知公告
{T}
!m 作者：资产科　　阅读次数：203
{BODY}
!a 〖打印本文〗　〖关闭〗
!l 上一条：关于2025年春季学期固定资产清查的通知
!l 下一条：实训室低值易耗品领用管理办法
!m 学院办公室：0917-8216000　　资产管理处地址：行政楼305室
!m Copyright © 镐阳艺术职业学院　陕ICP备19004512号
""",
        body="""
艺术设计学院、实训中心：
学院2025年春季教学耗材集中采购项目已到货，其中包括二十四色水彩颜料盒800盒、十八色水粉颜料盒600盒，以及调色盘、画笔等耗材若干。为确保耗材质量，现定于3月12日组织集中验收，有关事项通知如下：
一、验收时间：3月12日（星期三）下午2:30。
二、验收地点：实训楼一楼耗材仓库。
三、参加人员：资产管理处、艺术设计学院、实训中心相关负责人及两名任课教师代表。
四、验收内容：核对品名、规格、数量，抽查颜料盒外观、铰链开合和颜料质量，每种规格随机开盒试色不少于10盒。
五、验收不合格的，由资产管理处通知供应商限期调换。
联系人：季晓楠　电话：0917-8216450
资产管理处
2025年3月7日
""",
    ),
]
