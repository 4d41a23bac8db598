"""holdout368, part E: trade associations, company sites, training schools, writing apps, exam forums.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="association-yizhou-fitness-shake-machine-pledge",
        site="毅州市健身器材行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.yzjsqcxh.org.cn/xhdt/2024/0513/77.html",
        title="关于规范振动甩脂机宣传用语的倡议书",
        record_title="〔行风倡议〕关于规范振动甩脂机宣传用语的倡议书（请各会员单位转至销售一线）_毅州市健身器材行业协会",
        date="2024-05-10",
        date_also=["2024-05-13"],
        notes="association site: a member-login row and a member hotline; the association's name in the header is "
        "also the signature (matched as head); 成文日期 in Chinese numerals; the page's posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔行风倡议〕关于规范振动甩脂机宣传用语的倡议书（请各会员单位转至销售一线）_毅州市健身器材行业协会</title>
<script src="/js/xh.js"></script>
</head>
<body>
<div class="xh-top"><span>⟦m 毅州市健身器材行业协会⟧</span>　<a>⟦a 会员单位登录⟧</a>　<a>⟦a 入会申请⟧</a></div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　行业标准　会员风采　政策法规⟧</div>
<div class="xh-pos">⟦m 位置：首页 › 协会动态⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<p class="xh-meta">⟦m 发布日期：2024-05-13　发布人：协会秘书处　浏览：291⟧</p>
{BODY}
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4>
<p>⟦l 协会召开2024年会员代表大会⟧</p>
<p>⟦l 健身器材安全使用宣传进社区⟧</p></div>
<div class="xh-foot">⟦m 会员服务专线：0736-2290716⟧　⟦m 秘书处地址：毅州市仰湖区工业大道88号⟧　⟦m 湘ICP备18007216号⟧</div>
</body>
</html>
""",
        body="""
各会员单位：
近年来，个别企业和经销商在销售振动甩脂机时，使用“躺着就能瘦”“降三高”“治颈椎”等夸大甚至虚假的宣传用语，有的还专门针对老年人开展会销，既损害了消费者权益，也败坏了整个行业的声誉。为此，协会向全体会员单位发出如下倡议：
一、坚持如实宣传。甩脂机的宣传只讲产品的结构、性能和使用方法，不宣传减肥、治疗、保健等功效。
二、规范销售行为。不参与、不配合以“健康讲座”“免费体验”为名的会销活动，不以赠品诱导老年人购买。
三、完善售后服务。明示退换货规则，认真处理消费者投诉，主动召回存在安全隐患的产品。
四、加强自律监督。各会员单位要对本单位的直播、短视频、宣传单页进行一次全面自查，发现问题立即整改。
让我们从自身做起，共同维护健康有序的市场环境。
毅州市健身器材行业协会
二〇二四年五月十日
""",
    ),
    dict(
        slug="association-qishan-instruments-castanets-minutes",
        site="祈山县乐器制作行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.qsyqxh.cn/news/show-312.html",
        title="响板专业委员会2024年第一次会议纪要",
        record_title="〔响板专委〕响板专业委员会2024年第一次会议纪要 - 祈山县乐器制作行业协会",
        date="2024-03-22",
        date_also=["2024-03-27"],
        notes="association text page: minutes with 时间/地点/主持/参会/记录 lines; the 时间 line gives the date, "
        "the page's posting date differs; a member-login line; a join-the-association line between paragraphs",
        page="""
!m 祈山县乐器制作行业协会
!a 会员登录 ｜ 申请入会 ｜ 证书查询
!m 首页 » 协会动态 » 专委会动态
!t 〔响板专委〕响板专业委员会2024年第一次会议纪要 - 祈山县乐器制作行业协会
!m 2024-03-27　秘书处　阅读 158
{T}
{BODY}
!l 上一篇：协会组织会员赴广州参加乐器展
!m 协会秘书处电话：0745-7726530　邮箱：qsyqxh@126.com
""",
        indent="",
        body="""
时间：2024年3月22日上午9:00
地点：叙河镇协会会议室
主持：尉建平（专委会主任）
参会：专委会委员单位代表11人
记录：祝晓萌
会议围绕响板产品质量提升和出口订单情况进行了讨论，形成以下意见：
一、质量方面。部分作坊生产的硬木响板存在烘干时间不足、开裂返修率高的问题。会议要求各单位木料烘干不少于45天，含水率控制在10%以下。
⟦a 尚未加入协会的响板企业，欢迎点击“申请入会”⟧
二、标准方面。会议同意由专委会牵头，起草《手工木质响板》团体标准，6月底前形成征求意见稿。
三、市场方面。今年一季度全县响板出口订单同比增长18%，主要销往西班牙和拉美地区。各单位要按期交货，不得以次充好。
下次会议拟于6月下旬召开。
""",
    ),
    dict(
        slug="company-jinda-expander-recall-batches",
        site="毅州市劲达体育用品有限公司官网 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.jindafit.com/news/notice/2024-04-26-recall.html",
        title="关于召回JD-505型五簧拉力器（2024年2月批次）的公告",
        record_title="产品召回通告 ⋮ 关于召回JD-505型五簧拉力器（2024年2月批次）的公告 — 劲达体育",
        record_date="2024-04-26",
        date="2024-04-26",
        notes="company site: a cookie notice, a 400 order line and a service float; record date; batches table one "
        "row a paragraph; the recall line beside the order line; a sentence telling owners to scan the label's code",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>产品召回通告 ⋮ 关于召回JD-505型五簧拉力器（2024年2月批次）的公告 — 劲达体育</title>
<link rel="stylesheet" href="/assets/jd/site.css">
<script src="/assets/jd/site.js"></script>
</head>
<body>
<header><div class="logo">⟦m 劲达体育 JINDA SPORTS⟧</div>
<nav>⟦m 首页　产品中心　健身知识　新闻动态　售后服务　关于劲达⟧</nav>
<div class="hotline">⟦m 订购热线 400-877-5505⟧</div></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司公告⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2024-04-26　|　劲达体育　|　阅读 1 436⟧</p>
{BODY}
</article>
<div class="kf">⟦w 在线客服 · 售前售后一对一⟧</div>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的Cookie政策。【我知道了】⟧</div>
<footer>⟦m © 2024 毅州市劲达体育用品有限公司　湘ICP备15020936号-1⟧</footer>
</body>
</html>
""",
        body="""
我公司近期发现，2024年2月生产的部分JD-505型五簧拉力器，因弹簧热处理工艺偏差，在长期使用中存在弹簧断裂的风险，可能对使用者造成伤害。为保障消费者安全，我公司决定自即日起召回上述产品。
一、召回范围
生产批号　生产日期　数量（副）
JD505-2402A　2024年2月5日—2月11日　1860
JD505-2402B　2024年2月19日—2月25日　2140
二、如何确认
请查看拉力器手柄上的产品标签，或用手机扫描标签上的二维码，即可查询是否属于召回批次。
三、召回措施
对召回范围内的产品，我公司将免费更换新批次产品，并承担往返运费。已经因弹簧断裂受伤的消费者，请与我公司联系，我们将依法承担相应责任。
召回专线：0736-2283317（每天8:30—20:00）
对由此给您带来的不便，我们深表歉意。
毅州市劲达体育用品有限公司
2024年4月26日
""",
    ),
    dict(
        slug="company-tongqu-grip-product-page",
        site="童趣文具官网 (invented company site)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="https://www.tongqu-wenju.cn/products/grip-whale.html",
        title="三指定位硅胶握笔器（小鲸鱼系列）",
        record_title="童趣新品 · 三指定位硅胶握笔器（小鲸鱼系列）—童趣文具官网",
        date=None,
        notes="company product page as text: an online-store button row, a distributor line, a 400 line and a "
        "cookie line; a product description with a spec table; no date",
        page="""
!m 童趣文具 TONGQU STATIONERY
!m 首页 ＞ 产品中心 ＞ 书写辅助
!t 童趣新品 · 三指定位硅胶握笔器（小鲸鱼系列）—童趣文具官网
{T}
!a 〔天猫旗舰店购买〕〔京东自营购买〕〔申请样品〕
{BODY}
!w 诚招各地区文具经销商，合作热线 400-655-7371
!d 本站使用必要的Cookie以保证页面正常显示。
!m 毅州市童趣文具有限公司　湘ICP备17026653号
""",
        indent="",
        body="""
小鲸鱼系列握笔器专为4—8岁刚开始学写字的孩子设计，三个指槽分别对应拇指、食指和中指，帮助孩子记住正确的手指位置。
产品采用食品级硅胶，柔软无异味，可用温水直接清洗。尾部的小鲸鱼造型既是挡片，也能防止手指滑向笔尖，让手指与笔尖保持约两厘米的距离。
产品参数
型号　适用年龄　外径　适用笔杆
TQ-W1（小号）　4—6岁　15毫米　普通铅笔、三角铅笔
TQ-W2（中号）　6—8岁　17毫米　铅笔、中性笔
温馨提示：握笔器是辅助工具，建议在老师或家长指导下使用，孩子握笔姿势稳定后逐步停用。本品含小部件，3岁以下儿童请勿使用。
""",
    ),
    dict(
        slug="training-huoyan-castanets-flamenco-brochure",
        site="火焰舞蹈艺术培训中心 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.huoyandance.cn/zhaosheng/flamenco-weekend.html",
        title="弗拉门戈响板周末班招生简章",
        record_title="【秋季新班】弗拉门戈响板周末班招生简章（零基础可报·赠响板一副）- 火焰舞蹈",
        date=None,
        notes="training school: a promo banner, a franchise line beside the course's 报名电话, a consult float; "
        "a sentence asking to scan a code to sign up as content; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【秋季新班】弗拉门戈响板周末班招生简章（零基础可报·赠响板一副）- 火焰舞蹈</title>
<script src="/static/hy/main.js"></script>
</head>
<body>
<div class="promo">⟦a 🔥 秋季报名季：两人同行第二人半价，截至本月底 🔥⟧</div>
<div class="hy-head">⟦m 火焰舞蹈艺术培训中心⟧　⟦m 跳出你的热烈⟧</div>
<div class="hy-nav">⟦m 首页　课程体系　师资团队　学员风采　加盟合作　联系我们⟧</div>
<div class="hy-crumb">⟦m 首页 - 课程体系 - 成人舞蹈⟧</div>
<section class="brochure">
<h1>{T}</h1>
{BODY}
</section>
<div class="jm">⟦w 品牌加盟热线：400-611-8286（全国招商）⟧</div>
<div class="float">⟦w 免费预约体验课 ➤ 点我咨询⟧</div>
<div class="hy-foot">⟦m 火焰舞蹈艺术培训中心　毅州市仰湖区万象城4楼⟧　⟦m 湘ICP备21004465号-2⟧</div>
</body>
</html>
""",
        body="""
弗拉门戈是西班牙最具代表性的舞蹈，响板则是弗拉门戈的“灵魂伴奏”。本班面向零基础成人学员，在学习基本舞步的同时，系统学习响板演奏，让你边舞边敲，跳出热情与自信。
一、课程内容
1.响板基础：握法、套绳、单击、滚奏和基本节奏型。
2.舞步基础：站姿、手臂、踏步和转身。
3.组合学习：结业时完成一支约两分钟的响板舞蹈。
二、上课安排
每周六15:00—16:30，共12课时，小班教学，每班不超过12人。
三、收费标准
学费1680元，报名即赠送初学者木质响板一副。
四、报名方式
报名电话：0736-2205518（周一至周日10:00—21:00），也可以扫描门店海报上的二维码在线报名。
""",
    ),
    dict(
        slug="training-mochen-calligraphy-grip-notice",
        site="墨辰书法培训学校 (invented training school)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.mochenshufa.com/notice/2024/0903.html",
        title="关于硬笔书法启蒙班学员使用握笔器的通知",
        record_title="上课须知 ◇ 关于硬笔书法启蒙班学员使用握笔器的通知 - 墨辰书法",
        date="2024-09-03",
        notes="training school text page: a trial-lesson prompt, a franchise line and a campus list; a numbered "
        "list; 成文日期 under the signature; a trial-lesson line glued after a sentence",
        page="""
!m 墨辰书法培训学校 · 一笔一画 端端正正
!m 首页 / 学员中心 / 学员须知
!t 上课须知 ◇ 关于硬笔书法启蒙班学员使用握笔器的通知 - 墨辰书法
{T}
{BODY}
!a 新学员可预约一节免费试听课 → 立即预约
!w 墨辰书法全国校区加盟：400-101-6630
!l 校区分布：仰湖校区｜咸口校区｜叙河校区
!m 墨辰书法培训学校 版权所有
""",
        indent="\u3000\u3000",
        body="""
各位家长：
秋季硬笔书法启蒙班即将开课。开学前，我们对新学员进行了握笔姿势评估，发现约三分之一的孩子握笔姿势需要纠正。现就握笔器的使用通知如下：
1.需要使用握笔器的学员，由任课老师在评估表中注明，并在第一节课上统一发放，不需要家长另行购买。⟦a 还没报名？周六上午有试听名额⟧
2.握笔器在课堂上使用，课后请放回学员文具袋，不要带回家长期使用。
3.任课老师每四周复评一次，握笔姿势稳定的学员即停止使用。
4.家长在家辅导书写时，请多提醒孩子“一尺、一拳、一寸”，不要只依靠握笔器。
如有疑问，请与班主任老师联系。
墨辰书法培训学校教务处
2024年9月3日
""",
    ),
    dict(
        slug="fanwenapp-bixie-maraca-host-script-h5",
        site="笔谐写作APP分享页 (invented writing app H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bixieapp.com/share/article?id=6630917&from=wx",
        title="幼儿园“沙沙响”亲子音乐会主持词",
        record_title="幼儿园“沙沙响”亲子音乐会主持词（开场白·节目串联·结束语）· 笔谐写作",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold (展开全文), AI buttons glued after a sentence; a host "
        "script without a date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>幼儿园“沙沙响”亲子音乐会主持词（开场白·节目串联·结束语）· 笔谐写作</title>
<script src="https://cdn.bixieapp.com/h5/share.js"></script>
</head>
<body>
<div class="mask">⟦a 打开笔谐APP，解锁全部28万篇范文⟧　<button>⟦a 立即打开⟧</button></div>
<div class="app-bar">⟦m 笔谐写作 · 写材料的好帮手⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="meta">⟦m 笔谐小编 · 阅读 9,812 · 收藏 604⟧</p>
{BODY}
<div class="fold">⟦a 展开全文 ∨⟧</div>
</div>
<div class="ai">⟦a AI一键改写　AI扩写　AI润色⟧</div>
<div class="rec"><h4>⟦l 猜你想写⟧</h4>
<p>⟦l 幼儿园毕业典礼主持词（大班）⟧</p>
<p>⟦l 六一亲子运动会串词⟧</p></div>
<div class="foot">⟦m 笔谐（毅州）网络科技有限公司　湘ICP备22010385号-3A⟧</div>
</body>
</html>
""",
        body="""
开场：
亲爱的小朋友们，尊敬的爸爸妈妈们，大家下午好！欢迎来到咸口镇中心幼儿园“沙沙响”亲子音乐会。今天，每个小朋友手里都有一把自己和爸爸妈妈一起做的沙锤，它们有的装着绿豆，有的装着大米，还有的装着小石子，让我们一起听听它们的声音吧！
串词一：
听，下雨啦！小班的弟弟妹妹们带来了《小雨沙沙》，请大家跟着他们一起轻轻地摇。
串词二：
下面是中班的节目《快乐的小沙锤》。这一次，爸爸妈妈们也要上台，和孩子们一起比一比，看谁摇得整齐。⟦a AI帮你改成本园专属版 ›⟧
结束语：
一把小小的沙锤，摇出了孩子们的快乐，也摇出了家和园的温暖。“沙沙响”亲子音乐会到此结束，谢谢大家！请小朋友们带好自己的沙锤，跟着老师有序离场。
""",
    ),
    dict(
        slug="fanwenapp-wenmiao-report-shake-machine-oneline",
        site="文喵范文APP (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wenmiaoapp.com/p/2024123088172",
        title="咸口镇市场监管所所长2024年度述职报告",
        record_title="咸口镇市场监管所所长2024年度述职报告（基层所长专用·可改）| 文喵范文",
        date="2024-12-30",
        notes="writing app text: the whole body on one line, paragraphs separated only by their indent; an "
        "open-app line and a member line; 成文日期 at the end of the line",
        page="""
!m 文喵范文 · 随身范文库
!a 打开文喵APP，查看完整排版
!t 咸口镇市场监管所所长2024年度述职报告（基层所长专用·可改）| 文喵范文
!m 文喵编辑部整理 · 1.2万人看过
{T}
{BODY}
!a 喵卡会员可无限次复制全文 ｜ 立即开通
!l 同类范文：市场监管所年度工作总结｜食品安全监管述职报告
!m 文喵范文 wenmiaoapp.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一年来，我在县市场监管局党组和镇党委的领导下，带领全所五名同志，围绕“守底线、护民生”开展工作，现将履职情况报告如下。
一是聚焦老年消费，重拳整治会销乱象。全年排查“健康讲座”等会销场所11处，查处以“降三高”“治百病”为噱头高价销售甩脂机等产品的案件6起，责令退款23.6万元，涉及老人140余人。
二是聚焦源头防范，推动宣传进村入户。联合派出所、司法所在全镇14个村开展防范养老诈骗宣传28场，编印《老年人防骗口袋书》3000册。
三是聚焦自身建设，严守廉洁底线。严格执行中央八项规定精神，没有利用职务便利谋取私利。
不足之处是执法力量仍显不足，对流动性强的会销团伙追踪不够及时。明年我将进一步加强部门协作，让老人的钱袋子更安全。
述职人：侯振华
2024年12月30日
""",
    ),
    dict(
        slug="gkforum-dukou-shenlun-shake-machine-jammer",
        site="渡口公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.dukougk.com/thread-558013-1-1.html",
        title="守护老人的“钱袋子”，不能只靠一纸提醒",
        record_title="[申论大作文·求拍] 守护老人的“钱袋子”，不能只靠一纸提醒（大作文，求批改）- 申论交流 - 渡口公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad, jammer fonts as lines and glued "
        "after 。; an essay with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[申论大作文·求拍] 守护老人的“钱袋子”，不能只靠一纸提醒（大作文，求批改）- 申论交流 - 渡口公考论坛</title>
<style>.jammer{font-size:0}</style>
</head>
<body>
<div id="hd">⟦m 渡口公考论坛⟧　⟦m 渡过去，就是岸⟧</div>
<div id="pt">⟦m 渡口公考论坛 › 申论交流 › 大作文批改区⟧</div>
<div class="qun">⟦w 2025省考申论互改群：QQ群 8210 5573 3，进群备注“上岸”⟧</div>
<div class="post">
<div class="author">⟦m 楼主：努力的小尉　发表于 6 天前⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 3　上岸币 +9　理由：结构清晰⟧</div>
<div class="hide">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
</div>
<div class="reply">⟦l 2楼 申论老鸟：论点还可以再提炼一下，对策部分有点散。⟧</div>
<div id="ft">⟦m 渡口公考论坛　Powered by Discuz!　鄂ICP备20008873号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
“每天站十分钟，降压又降脂。”在一些“健康讲座”现场，成本几百元的甩脂机被包装成“神器”，以数千元的价格卖给老人。面对这类会销陷阱，不少地方的做法是在社区门口贴一张提醒。可是，守护老人的“钱袋子”，不能只靠一纸提醒。
一纸提醒之所以作用有限，是因为会销抓住的不只是老人的健康焦虑，更是他们的孤独。讲座现场的“儿子”“闺女”叫得亲热，每天嘘寒问暖，这种陪伴恰恰是很多老人在家里得不到的。
因此，既要“堵”，也要“疏”。一方面，监管部门要加大对会销场所的巡查和处罚力度，让虚假宣传付出代价；另一方面，社区要把老年活动中心、老年大学办起来，让老人有地方去、有事情做、有人说话。子女更要多回家看看，多陪父母聊聊天。
只有把关爱送到老人身边，骗子才会无机可乘。
""",
    ),
    dict(
        slug="gkforum-kaoshi8-interview-grip-junk",
        site="考试吧公考论坛 ks8 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.ks8gk.com/thread-30471.html",
        title="有家长反映学校要求统一购买握笔器，领导让你处理，你怎么办？",
        record_title="【结构化·家校沟通】有家长反映学校要求统一购买握笔器，领导让你处理，你怎么办？（我的作答）- 面试交流 - 考试吧公考论坛",
        date=None,
        notes="exam forum as text: anti-scraping junk as lines and glued after 。; a reply-to-see line, a QQ-group "
        "ad and a rating line; a relative time is no date",
        page="""
!m 考试吧公考论坛 › 面试交流 › 结构化真题
!t 【结构化·家校沟通】有家长反映学校要求统一购买握笔器，领导让你处理，你怎么办？（我的作答）- 面试交流 - 考试吧公考论坛
!m 楼主 上岸吧少年 ｜ 发表于 昨天 23:12 ｜ 查看 418
!w 面试模拟一对一陪练，QQ 1708 3329 54
{BODY}
!a 隐藏内容：参考答案需回复本帖后可见
!l 评分：+3 思路清楚｜+2 感谢分享
!m 考试吧公考论坛　ks8gk.com
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：你是某区教育局的工作人员，有家长反映某小学要求一年级学生统一购买某品牌握笔器，每个35元。领导让你处理，你怎么办？
我的作答：
首先，我会第一时间联系反映问题的家长，耐心倾听，详细了解是哪所学校、哪个年级、由谁要求购买、是否已经收费等情况，并向家长表示会尽快调查处理。
其次，我会和同事一起到学校了解情况。如果确实存在学校或老师指定购买、收取费用的行为，要立即责令学校停止，已收取的费用全部退还，并按照有关规定对相关责任人提出处理意见；如果只是老师推荐，也要提醒学校不得推荐、推销任何商品。
最后，我会把处理结果及时反馈给家长，并建议局里在全区开展一次自查，杜绝类似问题再次发生。
""",
    ),
]
