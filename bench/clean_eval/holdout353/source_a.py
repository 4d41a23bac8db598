"""holdout353, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (places, people, firms, sites, URLs, phones and chrome wording); see ../README.md
and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-yanyun-speech-aroma-cup-industry",
        site="砚耘范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yanyunfw.com/jianghua/chanye/2024/0426/77815.html",
        title="在全县茶器产业发展推进会上的讲话",
        record_title="【茶产业讲话】在全县茶器产业发展推进会上的讲话（附闻香杯专题）_砚耘范文网",
        date="2024-04-19",
        date_also=["2024-04-26"],
        notes="old table layout with a marquee, a 字距/底纹 row, a floating ghost-writer box, a hot list and a visitor "
        "counter; date under the speech title (the page's posting date also accepted); speaker line neutral; a "
        "ghost-writer prompt glued after a sentence and a member line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【茶产业讲话】在全县茶器产业发展推进会上的讲话（附闻香杯专题）_砚耘范文网</title>
<meta name="keywords" content="闻香杯,茶器,产业,讲话">
<script language="javascript" src="/js/yy_float.js"></script>
<style type="text/css">td{font-size:12px} .bt{font-size:20px;color:#7a1f00}</style>
</head>
<body bgcolor="#f6f1e4">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300">⟦m 砚耘范文网 · 一方砚田，耕出好材料⟧</td><td align="right"><a href="#">⟦a 设砚耘为起始页⟧</a></td><td align="right"><a href="#">⟦a 放进浏览器书签⟧</a></td></tr>
</table>
<marquee scrollamount="3">⟦m 砚耘公告：“产业发展”讲话栏目每日午间更新，投稿请走站内信⟧</marquee>
<table width="960" align="center"><tr>
<td><a href="/">⟦m 砚耘首页⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 方案计划⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td>⟦m 所在栏目：砚耘首页 ＞＞ 领导讲话 ＞＞ 产业发展讲话 ＞＞ 正文⟧</td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="bt" align="center">{T}</td></tr>
<tr><td align="center">⟦m 录入：砚耘编辑老茶　收录于 2024-04-26　已被翻阅 1944 次⟧</td></tr>
<tr><td align="center">⟦a 【字距 宽 · 窄】【底纹 米黄 · 淡绿 · 素白】⟧</td></tr></table>
<table width="100%"><tr><td>
<p align="center">虞坪县人民政府副县长　戚明远</p>
<p align="center">（2024年4月19日）</p>
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦a 〔一键套用〕把本篇讲话转成公文格式Word⟧</td></tr>
<tr><td>⟦l ◇前一篇：在全县陶瓷企业安全生产约谈会上的讲话⟧</td></tr>
<tr><td>⟦l ◇后一篇：副县长在茶叶开园节上的致辞（两篇）⟧</td></tr></table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td>⟦l ◆ 讲话稿本周翻阅榜⟧</td></tr>
<tr><td><a href="/jianghua/7701.html">⟦l 1．在全县特色产业招商推介会上的讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/7702.html">⟦l 2．在非遗手工艺传承人座谈会上的发言⟧</a></td></tr>
<tr><td><a href="/jianghua/7703.html">⟦l 3．县长在民营企业家恳谈会上的讲话⟧</a></td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:0;top:220px">⟦w 材料急用找砚耘写手 企鹅 2087716403（白天秒回）⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 砚耘所收范文多为网友投递，仅作写作参照，照抄照搬后果自负⟧</td></tr>
<tr><td align="center">⟦m 砚耘范文网 yanyunfw.com　湘ICP备19062718号-3　您是本站第 0851273 位来客⟧</td></tr></table>
<script>document.write('<img src="/count.asp?id=77815">');</script>
</body>
</html>
""",
        body="""
同志们：
今天我们召开全县茶器产业发展推进会，主要是总结去年以来茶器产业发展情况，研究部署下一阶段工作。刚才，吉埠镇和三家陶瓷企业作了发言，讲得很实在。⟦w 讲话稿赶时间？砚耘写手一对一改稿，加企鹅2087716403⟧下面，我讲三点意见。
一、看清闻香杯这个“小切口”里的大市场
去年全县茶器产量达到1400万件，其中闻香杯等配套杯具占到三成以上，出口订单同比增长两成。但我们的闻香杯大多仍是贴牌代工，自有品牌少、设计人才缺，利润主要被别人拿走了。
⟦a 〔砚耘会员区〕后半篇讲话需开通砚耘会员后方可复制⟧
二、抓住设计、窑炉、标准三个关键
要在吉埠陶瓷园设立茶器设计工作室，每年评选一批闻香杯新器型；要支持企业更新电窑、气窑，淘汰落后的燃煤窑炉；要牵头制定闻香杯口径、壁厚和釉面铅镉溶出的团体标准。
三、压紧压实各方责任
县工信局要会同市场监管、商务等部门，建立茶器企业包联机制，每季度通报一次进展。各乡镇要把茶器产业摆上重要议程，不能只挂在口头上。
同志们，一只闻香杯虽小，承载的却是我县陶瓷产业转型升级的大文章。希望大家齐心协力，把这篇文章做实做好！
""",
    ),
    dict(
        slug="fanwen-hejie-insight-noodle-bowl-hygiene",
        site="禾秸范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.hejiefw.net/xinde/peixun/51962.html",
        title="参加餐饮服务食品安全培训心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: found on the page's title line after a tag line; an update stamp (2 天前) is "
        "no date; printing a record sheet is content; an expand prompt between paragraphs, a polish button glued",
        page="""
!m 禾秸范文网　hejiefw.net
!m 位置：禾秸范文网 ＞ 心得体会 ＞ 培训心得
!m 〔编辑精挑·餐饮卫生〕
{T}
!m 整理：禾秸小编　　浏览：3286　　更新：2 天前
!a ▶ 复制全文　▶ 存为Word　▶ 放进我的素材夹
{BODY}
!a 本篇共 1 页，已为你展示全部正文
!w 单位培训心得要原创？禾秸代写组，微信 hejie_fw66
!l 同栏目还有：
!l ·食品安全管理员培训心得（餐饮店长版）
!l ·学习新版餐饮服务规范的几点收获
!l ·后厨“6T”管理培训心得
!d 禾秸范文网所载文章由网友投稿，若涉及您的权益请来函，核实后即下架。
!m ©禾秸范文网　浙ICP备20031775号-1　客服邮箱 kefu@hejiefw.net
""",
        indent="\u3000\u3000",
        body="""
上周，县市场监管局在寺前镇组织了一期餐饮服务食品安全培训，我们面馆四个人都去了。两天课程听下来，最大的感受是：一碗面干不干净，很多时候不在锅里，而在碗里。
一是面碗消毒不能“差不多”。老师现场演示了热力消毒和化学消毒的区别，我们店以前只用热水冲一冲，面碗摞起来还带着水汽，其实很容易滋生细菌。⟦a 【AI帮你改写这一段】⟧
⟦a ⊕ 展开余下 3 段 ⊕⟧
二是破损面碗要及时淘汰。有缺口、有裂纹的面碗不光容易划伤嘴，还藏污纳垢，培训结束后我们当场清出了十一只。
三是凡事要有记录。老师要求每天填写餐具消毒记录表，我们已经把表格打印出来贴在消毒柜旁边，谁消毒谁签字。
以后我们要把学到的东西用起来，让每一位进店的客人都能放心吃上一碗热汤面。
""",
    ),
    dict(
        slug="wenku-xinglu-noodle-bowl-survey-pdf-wrapped",
        site="星鹭文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.xinglu-wk.com/doc/8e51c07a2d.html",
        title="关于全市面馆面碗使用情况的调研报告",
        record_title="关于全市面馆面碗使用情况的调研报告.pdf",
        date="2024-09-23",
        notes="file-name record title; hard-wrapped at 62 columns; page markers ⯮n⯯ glued to the continuation line, "
        "cutting sentences; a data table; upload stamp is no date",
        page="""
!t 关于全市面馆面碗使用情况的调研报告.pdf
!m 星鹭文库 · 文档预览
!m 上传者：鹭****07　　上传于 2024-10-11　　共 6 页　　842 KB
!a ⇩ 下载原文（28 鹭币）　☆ 收进文件袋　⚑ 举报
{T}
{BODY}
!a —— 免费预览到此为止，余下 3 页请下载原文查看 ——
!a 开通星鹭月卡，本月文档畅下
!l 看过这篇的人还在看
!l 餐饮具集中消毒单位监督检查情况报告.pdf　5页
!l 小餐饮店规范提升调研报告.docx　7页
!d 本文档为用户自行上传并发布，星鹭文库仅提供存储与预览，如内容侵权请向平台申诉。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⯮{n}⯯", every=95, start=2, glue=True),
        body="""
今年7月至9月，市市场监管局会同市卫健委组成调研组，对姑湖区、虞坪县、夷塘县的120家面馆进行了实地走访，重点了解面碗的材质、消毒和更换情况。现将有关情况报告如下。
一、基本情况
被调研面馆共使用面碗约1.8万只，其中陶瓷面碗占61%，密胺面碗占27%，不锈钢面碗占12%。
材质　陶瓷　密胺　不锈钢
占比　61%　27%　12%
二、发现的问题
一是密胺面碗老化严重，有的碗内壁发黄、起毛，仍在盛放滚烫的汤面。二是消毒设施不足，三成面馆没有专用消毒柜，面碗洗后直接摞放。三是部分面馆从流动摊贩处购进无标识面碗，来源无法追溯。
三、几点建议
建议将面碗纳入小餐饮日常检查清单，督促面馆建立餐具采购台账；对使用老化密胺面碗的，限期更换；在行业协会中推广面碗以旧换新活动。
肇川市市场监督管理局调研组
2024年9月23日
""",
    ),
    dict(
        slug="wenku-qiyue-aroma-cup-survey-html-pages",
        site="栖月文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qiyuewk.cn/view/4471903.html",
        title="吉埠镇闻香杯生产企业发展情况调研报告",
        record_title="【栖月精品】吉埠镇闻香杯生产企业发展情况调研报告（含Word可编辑源档）",
        date="2024-06-14",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs ⨶ n ⨶ cutting sentences, a coin pay box; "
        "decimal headings; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【栖月精品】吉埠镇闻香杯生产企业发展情况调研报告（含Word可编辑源档）</title>
<script src="https://static.qiyuewk.cn/reader/viewer.min.js"></script>
<script>window.__DOC__={id:4471903,pages:7};</script>
<style>.reader p{line-height:1.9}.paybox{border:1px solid #e4b}</style>
</head>
<body>
<header class="qy-top"><a class="logo" href="/">⟦m 栖月文库⟧</a><nav><ul><li><a href="/c/gongwen">⟦m 公文范本⟧</a></li><li><a href="/c/huibao">⟦m 汇报总结⟧</a></li><li><a href="/c/hangye">⟦m 行业研究⟧</a></li></ul></nav><a href="/login">⟦a 登录 / 注册栖月⟧</a></header>
<div class="crumbs">⟦m 栖月文库 › 行业资料 › 陶瓷茶器⟧</div>
<h1 class="doc-title">⟦t 【栖月精品】吉埠镇闻香杯生产企业发展情况调研报告（含Word可编辑源档）⟧</h1>
<div class="doc-meta">⟦m 7页 · 1.1万次浏览 · 贡献者：茶烟未冷⟧</div>
<div class="viewer-bar">⟦a 缩小 ｜ 放大 ｜ 全屏阅读 ｜ 跳至第 1 页⟧</div>
<div class="reader">
<p class="head">{T}</p>
{BODY}
</div>
<div class="paybox"><p>⟦a 剩余 4 页未展示，支付 12 栖月币即可阅读并下载⟧</p><p><a href="/pay">⟦a 立即支付⟧</a> <a href="/vip">⟦a 开栖月年卡省六成⟧</a></p></div>
<aside class="side"><h3>⟦l 同类文档推荐⟧</h3><ul>
<li>⟦l 陶瓷小镇特色产业培育调研报告⟧</li>
<li>⟦l 关于日用陶瓷企业转型升级的调查与思考⟧</li></ul></aside>
<footer><p>⟦d 栖月文库文档均由用户上传，版权归原作者，平台仅提供在线预览服务⟧</p><p>⟦m © 2024 qiyuewk.cn　粤ICP备18077420号⟧</p></footer>
<script>QYReader.init();</script>
</body>
</html>
""",
        pages=dict(fmt="⨶ {n} ⨶", every=170, start=2),
        body="""
为摸清吉埠镇闻香杯生产企业的发展现状，镇党委、镇政府于今年5月组织经济发展办、市场监管所等部门，对全镇21家茶器企业进行了专题调研。现将调研情况报告如下。
1 基本情况
1.1 全镇有茶器生产企业21家，其中专门生产闻香杯的9家，年产闻香杯约460万只，产值1.3亿元。
1.2 从业人员约1800人，其中拉坯、施釉等熟练技工不足四百人，平均年龄超过48岁。
2 存在的问题
2.1 产品同质化明显。多数企业沿用十几年前的老器型，设计依赖外地茶器商提供的样品。
2.2 窑炉设备老旧。仍有6家企业使用燃煤窑炉，成品率只有七成左右，环保压力较大。
2.3 品牌意识薄弱。九成以上闻香杯以散货形式销往外地，冠上别人的品牌出售。
3 对策建议
3.1 建立闻香杯设计中心，与高校合作培养设计人才。
3.2 分批推动窑炉改造，对改用电窑、气窑的企业给予补助。
3.3 注册“吉埠茶器”集体商标，支持企业参加茶博会。
吉埠镇人民政府
2024年6月14日
""",
    ),
    dict(
        slug="gov-yuping-civil-affairs-bowl-holder-notice",
        site="虞坪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuping.gov.cn/zwgk/tzgg/202405/t20240522_3318806.html",
        title="虞坪县民政局关于为老年助餐点配备防烫碗托的通知",
        record_title="虞坪县民政局关于为老年助餐点配备防烫碗托的通知_养老服务_虞坪县人民政府网",
        date="2024-05-20",
        date_also=["2024-05-22"],
        notes="county portal: 长者模式 links, an information table (文号 cell unmarked, neutral), the 文号 under the "
        "title neutral, 附件 list beside an attachment download link, the bureau's contact beside the portal's "
        "纠错 line and 12345, 抄送 and 印发 lines, a scan sentence as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>虞坪县民政局关于为老年助餐点配备防烫碗托的通知_养老服务_虞坪县人民政府网</title>
<meta name="SiteName" content="虞坪县人民政府网">
<meta name="ColumnName" content="通知公告">
<script src="/js/jquery-1.12.4.min.js"></script>
<script>var _maq=_maq||[];_maq.push(['_setAccount','yp_gov']);</script>
<style>.xxgk td{border:1px solid #ccd}</style>
</head>
<body>
<div class="top-bar">⟦m 今天是 星期三　虞坪县人民政府网欢迎您⟧　<a href="/zhzm/">⟦a 长者模式⟧</a>　<a href="/wza/">⟦a 听读辅助⟧</a>　<a href="/en/">⟦a 外语频道⟧</a></div>
<div class="banner">⟦m 虞坪县人民政府网 · 山水虞坪 宜居福地⟧</div>
<ul class="nav"><li>⟦m 网站首页⟧</li><li>⟦m 走进虞坪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前页面：网站首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11431125MB1873620W/2024-00416⟧</td><td>⟦m 信息分类：社会救助与养老服务⟧</td></tr>
<tr><td>⟦m 发文机关：虞坪县民政局⟧</td><td>⟦m 成文时间：2024-05-20⟧</td></tr>
<tr><td>文号：虞民发〔2024〕31号</td><td>⟦m 公开日期：2024-05-22⟧</td></tr>
</table>
<h1 class="title">{T}</h1>
<p class="wh">虞民发〔2024〕31号</p>
<div class="tool">⟦a 【字号 放大 复原】【打印此页】【关掉本页】⟧</div>
<div class="zoom">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：助餐点防烫碗托配备统计表.xls（23KB）⟧</div>
<div class="share">⟦l 转发至：微信 ｜ 微博 ｜ 复制链接⟧</div>
<div class="prevnext"><p>⟦l 上一条：虞坪县民政局关于开展养老机构消防安全检查的通知⟧</p><p>⟦l 下一条：关于公布2024年第一批县级居家养老服务站名单的公告⟧</p></div>
<div class="foot">
<p>⟦m 主办：虞坪县人民政府办公室　承办：虞坪县数据资源中心⟧</p>
<p>⟦m 网页纠错电话：0739-7213344　便民服务热线：12345⟧</p>
<p>⟦m 湘ICP备06011829号　湘公网安备 43112502000118号　网站标识码 4311250001⟧</p>
</div>
<script src="/js/govfooter.js"></script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县社会福利中心，各老年助餐点：
不少老年人在助餐点端取热汤热饭时被碗沿烫手，个别老人因碗体打滑造成烫伤。为进一步提升老年助餐服务的安全性，经研究，决定为全县老年助餐点统一配备防烫碗托。现将有关事项通知如下：
一、配备范围。全县已挂牌运营的老年助餐点共63个，按每个助餐点日均就餐人数的1.2倍配备防烫碗托，由县民政局统一采购，6月底前送达。
二、使用要求。各助餐点要指定专人负责碗托的清洗消毒，做到一餐一洗、每日消毒，发现开裂、变形的及时报损更换。
三、宣传引导。各助餐点要在取餐窗口张贴使用提示，老年人可扫码观看碗托正确使用的短视频。
请各乡镇于5月31日前将助餐点名称、日均就餐人数和所需碗托数量报县民政局养老服务股。
联系人：尹晓梅　联系电话：0739-7226158
附件：1．助餐点防烫碗托配备统计表
2．防烫碗托使用提示（样式）
虞坪县民政局
2024年5月20日
抄送：县人民政府办公室，县财政局，县市场监督管理局。
虞坪县民政局办公室　2024年5月20日印发
""",
    ),
    dict(
        slug="gov-yihe-market-sauce-dish-bulletin-wrapped",
        site="偃河县人民政府信息公开平台 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://xxgk.yanhe.gov.cn/scjgj/202408/t20240816_96214.html",
        title="偃河县市场监督管理局关于火锅店酱料碟重复使用问题专项检查情况的通报",
        record_title="偃河县市场监督管理局关于火锅店酱料碟重复使用问题专项检查情况的通报（信息公开·监管动态）",
        date="2024-08-15",
        notes="column tag after the record title; text extracted from the portal and hard-wrapped at 56 columns; a data table; "
        "the 通报's own 成文日期 under the signature; a text-size line and a read count at the top",
        page="""
!m 偃河县人民政府信息公开平台
!m 栏目：部门信息公开 / 县市场监督管理局 / 监管动态
{T}
!m 公开方式：主动公开　　阅读次数：617
!a ［大字版］［标准版］［保存为文本］
{BODY}
!a 〖扫一扫 手机上继续读〗
!l 本栏目其他信息：
!l › 偃河县2024年第二季度食品安全监督抽检信息公告
!l › 关于开展校园周边餐饮店集中整治的通知
!m 偃河县人民政府办公室主办　县政务数据服务中心维护　联系我们：0736-5112090
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
各乡镇市场监管所，局机关各股室：
7月至8月，县局在全县开展了火锅店餐具专项检查，重点检查酱料碟是否一客一换、是否清洗消毒。共检查火锅店和麻辣烫店86家，发现问题店铺14家。现将检查情况通报如下。
一、主要问题
一是部分店铺酱料碟“回收即用”，从餐桌撤下后仅用清水冲洗便再次摆放到自助调料台；二是消毒记录不全，有的店铺消毒记录表整月空白；三是个别店铺使用的塑料酱料碟已开裂变色。
二、问题店铺分布
区域　检查数　问题数
县城　41　8
卧牛镇　23　4
伊溪乡　22　2
三、下一步要求
各所要督促问题店铺在9月10日前完成整改，整改情况逐户复查；对拒不整改或整改不到位的，依法立案查处。
偃河县市场监督管理局
2024年8月15日
""",
    ),
    dict(
        slug="news-zhaochuan-bowl-holder-canteen-h1",
        site="肇川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zcnews.com.cn/minsheng/2024-03/18/content_5501287.htm",
        title="姑湖区32个长者食堂用上防烫碗托",
        record_title=None,
        date="2024-03-18",
        notes="no title in the record: found in the <h1>; a byline's 发布时间 is the page's date; a client prompt before "
        "the lead; a photo caption between paragraphs; an editor line glued after the last paragraph; 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>肇川新闻网</title>
<meta name="description" content="肇川新闻网民生频道">
<script async src="https://ad.zcnews.com.cn/slot.js"></script>
<style>.art h1{font-size:28px}.caption{color:#666}</style>
</head>
<body>
<div class="topnav"><a href="/">⟦m 肇川新闻网首页⟧</a> <a href="/shizheng/">⟦m 时政⟧</a> <a href="/minsheng/">⟦m 民生⟧</a> <a href="/quxian/">⟦m 区县⟧</a> <a href="/shipin/">⟦m 视频⟧</a></div>
<div class="ad728">⟦m 广告位招租　电话 0739-8850116⟧</div>
<div class="pos">⟦m 您在：首页 ＞ 民生频道 ＞ 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-03-18 07:52　来源：肇川日报　记者 蒙小禾⟧</div>
<div class="listen">⟦a ▷ 播放本文语音⟧ ⟦a 字号 A- A+⟧</div>
<div class="content">
{BODY}
</div>
<div class="editor">⟦m 【本文编辑：柳絮　值班主任：陈思远】⟧</div>
<div class="share">⟦l 转到：朋友圈 · 微博 · QQ空间⟧</div>
</div>
<div class="side"><h4>⟦l 民生24小时热读⟧</h4><ol>
<li>⟦l 姑湖区新增两条夜间公交线路⟧</li>
<li>⟦l 肇川市今年首批保障房开始选房⟧</li>
<li>⟦l 一图看懂城乡居民医保缴费新变化⟧</li></ol></div>
<div class="footer"><p>⟦d 凡注明“来源：肇川新闻网”的作品，未经书面授权不得转载⟧</p><p>⟦m 互联网新闻信息服务许可证：43120190021　湘ICP备09031577号⟧</p></div>
<script>zcStat.push('content_5501287');</script>
</body>
</html>
""",
        body="""
⟦a 【下载肇川新闻客户端，看区县快讯】⟧本报讯　“以前端汤要两只手捧着，还怕烫，现在有了这个碗托，稳当多了。”3月15日中午，在姑湖区钦园社区长者食堂，82岁的尹大爷端着一碗排骨汤说。
今年以来，姑湖区民政局为全区32个长者食堂统一配备了硅胶防烫碗托。碗托底部有防滑纹，能牢牢托住碗身，老人端取时手不直接接触碗壁。
⟦m △钦园社区长者食堂里，老人用碗托端汤。（蒙小禾 摄）⟧
据了解，这批碗托共4800只，由区民政局统一采购，按一餐一洗、一日一消毒的要求管理。区民政局还为每个食堂配备了专门的碗托消毒柜，并把碗托清洗情况纳入食堂星级评定。
区民政局有关负责人介绍，下一步将根据老人使用反馈，为手部不便的老人增配带把手的碗托。⟦m （编辑　柳絮）⟧
""",
    ),
    dict(
        slug="news-yitang-noodle-bowl-kiln-record-date",
        site="夷塘融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yitangrm.cn/xw/jj/20241105/112034.shtml",
        title="夷塘老窑烧出“网红”大面碗",
        record_title="夷塘老窑烧出“网红”大面碗 - 夷塘融媒·经济",
        record_date="2024-11-05",
        date="2024-11-05",
        notes="record date; decorated record title with a column; an app prompt before the first words of the lead; "
        "a related line glued after a sentence; photo caption; a share bar and a comments box",
        page="""
!m 夷塘融媒　｜　经济
!t 夷塘老窑烧出“网红”大面碗 - 夷塘融媒·经济
!m 2024-11-05 08:10　　夷塘融媒记者 伊晴　通讯员 邝云
!a 听新闻　|　A-　A+
{BODY}
!m （责编：胡畔　审核：石见青）
!l 分享到：微信好友　朋友圈　复制本页链接
!l 网友留言（3）
!l 夷塘老乡：小时候家里就用这种碗，吃面特别香！
!l 青石板：在哪儿能买到？求地址
!l 我来说两句……
!d 夷塘融媒原创稿件，转载请注明出处
""",
        indent="\u3000\u3000",
        body="""
⟦a 打开“夷塘融媒”App，第一时间看家乡事⟧11月初，记者走进寺前镇的老窑厂，窑工们正忙着把一批刚出窑的大面碗装箱。这种口径二十厘米的青花面碗，最近在网上卖得很火。
老窑厂负责人邝大海告诉记者，这种面碗是照着上世纪七八十年代的老样子复烧的，碗底厚、碗沿宽，盛上一碗热汤面，端在手里不烫。今年以来，窑厂通过直播卖出面碗一万八千多只。⟦l 延伸阅读：寺前镇老窑厂的四代窑工⟧
⟦m 图为窑工在检查刚出窑的大面碗。伊晴 摄⟧
为了让老手艺跟上新需求，窑厂还开发了带隔热层的双层面碗和适合儿童用的小面碗。县里也把老窑厂列入了乡村旅游线路，游客可以在窑厂体验拉坯、画青花。
""",
    ),
    dict(
        slug="forum-taoyou-noodle-bowl-show-jammer",
        site="陶友汇论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.taoyouhui.net/thread-302871-1-1.html",
        title="自己拉坯烧了一套面碗，晒晒成品",
        record_title="[手作晒图] 自己拉坯烧了一套面碗，晒晒成品（附釉料配方）- 手作陶艺 - 陶友汇论坛",
        date=None,
        notes="Discuz-like thread: poster panel, jammer fonts inside the post, a rating row, a signature, replies; the "
        "post time is a relative one (3 天前) and no date is expected",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[手作晒图] 自己拉坯烧了一套面碗，晒晒成品（附釉料配方）- 手作陶艺 - 陶友汇论坛</title>
<script src="static/js/common.js?Q7k"></script>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦a 登录陶友汇⟧ ⟦a 注册新陶友⟧ ⟦m 今日发帖 286 · 陶友 4.7 万⟧</div>
<div id="pt">⟦m 陶友汇论坛 › 手作陶艺 › 作品展示⟧</div>
<div class="pls"><div class="authi">⟦m 泥巴小满⟧</div><p>⟦m 陶龄：五年　帖子 218　泥点 3340⟧</p><p>⟦a 加好友 · 发私信⟧</p></div>
<div class="plc">
<h1><span id="thread_subject">⟦t [手作晒图] 自己拉坯烧了一套面碗，晒晒成品（附釉料配方）⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分 ＋1 泥点 ＋2 陶币　收藏本帖　顶帖⟧</div>
<div class="sign">⟦m —— 个性签名：泥性即人性，慢慢来 ——⟧</div>
</div>
<div class="reply"><p>⟦l 2楼 釉里红不红：这个冰裂纹太好看了，求配方细节⟧</p><p>⟦l 3楼 拉坯练了三年：碗壁厚度控制得很匀⟧</p></div>
<div id="fastpost">⟦a 回帖须先登录 · 还没有账号？立即入会⟧</div>
<div id="ft">⟦m 陶友汇论坛 ( 赣ICP备16008731号 )　Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
去年冬天报了个拉坯班，练了大半年，终于烧出一套能用的面碗，一共六只，发上来给大家看看。
碗的口径是十八厘米，高九厘米，用的是本地的红泥，外面挂了一层青白釉。第一窑烧坏了两只，碗底开裂，后来请教老师，是碗底留得太厚、干燥不均匀。第二窑把底修薄了一些，六只全部成功。
吃面的时候发现，面碗的碗沿最好往外翻一点，端起来不烫手，喝汤也方便。我家孩子最喜欢那只带冰裂纹的，每天早上都抢着用。
釉料配方放在二楼了，需要的陶友自己去看。第一次发帖，做得不好的地方请大家多提意见。
""",
    ),
    dict(
        slug="forum-chuyou-seasoning-spoon-rack-junk",
        site="厨友生活论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.chuyoulife.com/forum/t-118420.html",
        title="用边角木料给调味勺做了个挂架",
        record_title="[动手达人] 用边角木料给调味勺做了个挂架 - 厨房收纳版 - 厨友生活论坛",
        date=None,
        notes="forum post in text with anti-scraping junk on lines of its own and glued after 。; a numbered list; "
        "post time shown only as 昨天; no date",
        page="""
!m 厨友生活论坛 · 过日子的学问都在这
!m 首页 » 厨房收纳版 » 帖子详情
!t [动手达人] 用边角木料给调味勺做了个挂架
!m 楼主：木头人阿强　　发布：昨天 21:46　　浏览 905　　回复 12
!a 只看楼主　｜　倒序看帖　｜　复制帖子链接
{BODY}
!a 顶 (27)　　踩 (0)　　打赏楼主
!l 沙发　灶台边的猫：手真巧，挂架是用什么木头做的？
!l 板凳　阿强回复：就是做书架剩的松木
!l 地板　小葱拌豆腐：学到了，周末也做一个
!a 登录后才能参与回复哦
!m 厨友生活论坛　Copyright 2013-2024　闽ICP备13019642号
""",
        junk=dict(lines=2, glued=3),
        body="""
家里的调味勺越来越多，盐勺、糖勺、油勺、量勺放在抽屉里总是乱成一团，做饭时找一把勺子要翻半天。上周末用做书架剩下的边角木料，给它们做了个挂架，效果不错，分享一下做法。
1．先量尺寸。我家有七把调味勺，勺柄最宽的两厘米，所以挂架做成三十厘米长，每隔四厘米钻一个孔。
2．打磨上油。木条用砂纸打磨光滑，再刷两遍食用级木蜡油，防潮防霉。
3．装挂钩。每个孔里拧一个小铜钩，调味勺挂上去，勺口朝下，不积水。
4．固定上墙。挂架用两颗螺丝固定在灶台侧面的墙上，离灶台远一点，免得油烟熏。
做好以后，哪把勺子放在哪里一目了然，用完洗干净挂回去就行。材料几乎没花钱，一个下午就能做完。
""",
    ),
]
