"""holdout290, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, site, place, person, number and URL here is invented; each case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-yanbian-speech-curing-rack-workshops",
        site="砚边范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yanbian-fw.com/jianghua/nongye/2024/1213/57721.html",
        title="在全县腊味作坊规范提升现场会上的讲话",
        record_title="【讲话·精编稿】在全县腊味作坊规范提升现场会上的讲话（换个县名就能用）_砚边范文网",
        date="2024-12-10",
        notes="old table layout with a marquee, a font-size row, a floating ghost-writer box, a hot list and a visitor counter; date and speaker lines under the speech title; a ghost-writer prompt glued after a sentence; a member-unlock line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话·精编稿】在全县腊味作坊规范提升现场会上的讲话（换个县名就能用）_砚边范文网</title>
<meta name="keywords" content="腊味作坊,腊肉架,现场会讲话">
<link href="/skin/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/tongji.js"></script>
<script language="javascript">function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 砚边范文网 · 砚台边上的公文小站⟧</td><td align="right">⟦a 设砚边为首页 | 把砚边放进收藏夹⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
<tr><td>⟦m <a href="/">本站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">方案计划</a> | <a href="/xinde/">学习心得</a> | <a href="/zhuchici/">主持串词</a>⟧</td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()">⟦m 砚边提醒：新注册笔友首周可领三次免费下载机会⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：本站首页 &gt;&gt; 领导讲话 &gt;&gt; 三农讲话 &gt;&gt; 阅读正文⟧</div>
<h2 align="center">{T}</h2>
<div align="center" class="info">⟦m 整理：砚边编辑　出处：笔友投递　人气：<span id="hits">1826</span>⟧</div>
<div align="center">⟦a 〖调字号 大·中·小〗⟧ ⟦a 〖关掉本页〗⟧</div>
<div align="center">（2024年12月10日）</div>
<div align="center">褡川县人民政府副县长　邝立秋</div>
<div id="zoom">
{BODY}
</div>
<div class="updown">⟦l 上一篇：全县冬季农产品产销对接会主持稿⟧<br>⟦l 下一篇：在乡镇食品安全工作推进会上的发言⟧</div>
</td>
<td width="250" valign="top" class="right">
<table width="100%" class="box"><tr><td class="tit">⟦l 砚边一周热读⟧</td></tr>
<tr><td>⟦l ·在农产品品牌建设推进会上的讲话（精编）⟧</td></tr>
<tr><td>⟦l ·县长在冬季安全生产会上的讲话范文⟧</td></tr>
<tr><td>⟦l ·乡村特色产业发展调研汇报材料⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:0;top:200px">⟦w 材料加急代笔 QQ 2851907346⟧</div>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 文章由笔友投递，著作权属原作者，引用请注明，侵权即删⟧</td></tr>
<tr><td align="center">⟦m 砚边范文网 yanbian-fw.com　赣ICP备17052231号⟧　⟦m 您是本站第0317728位访客⟧</td></tr>
</table>
</body></html>
""",
        body="""
同志们：
今天我们在襞口镇召开全县腊味作坊规范提升现场会，刚才大家参观了三家作坊的晾晒间，看了新换的不锈钢腊肉架，我很受启发。⟦w 写讲话稿找砚边，加Q 2851907346⟧下面讲三点意见。
一是认清问题。过去不少作坊用竹竿、铁丝临时搭架，有的直接挂在院墙外，日晒雨淋、蚊蝇叮爬，既不卫生也不安全。今年抽查的41家作坊中，有17家的腊肉架锈蚀严重。
⟦a 全文共三部分，注册砚边会员即可查看剩余内容⟧
二是抓住重点。各乡镇要在春节前完成晾晒区改造，统一使用可拆洗的腊肉架，架下设接油槽，晾晒区加装防蝇纱网。县市场监管局要把腊肉架清洗消毒纳入日常检查。
三是压实责任。对改造到位的作坊，县里按每家3000元给予补助；对拒不整改的，依法责令停业整顿。
同志们，腊味是我县的金字招牌，希望大家把好事办好，让群众吃得放心。
""",
    ),
    dict(
        slug="fanwen-bigeng-insight-placemats-canteen",
        site="笔耕范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.bigengfw.net/xinde/jiaoyu/88341.html",
        title="学校食堂推行“一人一垫”分餐后的几点心得",
        record_title="学校食堂推行“一人一垫”分餐后的几点心得（精选三则）- 笔耕范文网",
        date=None,
        notes="a teacher's 心得 with no date; an update stamp is no date; a copy button glued before the first words of a paragraph; chrome at top and bottom",
        page="""
!m 笔耕范文网｜笔耕不辍，文从字顺
!m 当下所在：首页 › 心得体会 › 教育心得
!t 学校食堂推行“一人一垫”分餐后的几点心得（精选三则）
!m 分类：教育心得　　更新于 5 天前　　热度 962
!a [一键拷贝全文]　[存为Word]　[放入我的书架]
{BODY}
!w 原创材料私人订制，三小时出稿，微信 bigeng_wx77
!l 同类推荐：食堂管理员工作心得三则 ｜ 劳动教育实践心得（教师版）
!l 上篇：家长开放日活动感悟　　下篇：班主任一日常规心得
!d 笔耕范文网所载文章均来自会员分享，仅作学习交流参考，请勿整篇照抄
!m © 2025 笔耕范文网 bigengfw.net　湘ICP备20078813号-2
""",
        indent="\u3000\u3000",
        body="""
今年秋季开学，学校食堂推行“一人一垫”分餐，每个孩子领一张可擦洗的硅胶餐垫，饭菜、汤碗都放在垫子上。作为值周老师，我在食堂守了一个学期，有几点体会。
一是小餐垫管住了大卫生。以前桌面上汤汁饭粒到处是，保洁阿姨一顿饭要擦三遍；现在垫子一收一洗，桌面基本干净，孩子们也养成了饭后卷垫、送到回收筐的习惯。
⟦a ［展开剩余内容］⟧二是规矩要讲在前头。开学第一周，有的孩子拿餐垫当扇子，有的把它折成小船。我们没有简单批评，而是在班会课上讲清楚餐垫怎么用、怎么还，一周后就顺了。
三是老师要做在前面。陪餐的老师也用餐垫、也自己收垫，孩子们看在眼里，学得更快。
一张餐垫不值几块钱，但它让我明白，习惯养成往往就藏在这些看得见、摸得着的小事里。
""",
    ),
    dict(
        slug="wenku-yeshu-research-spice-boxes-pdf-markers",
        site="页枢文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yeshuwk.com/view/7c31e08a9d2f.html",
        title="关于城区小餐饮店调料盒卫生状况的调研报告",
        record_title="关于城区小餐饮店调料盒卫生状况的调研报告.pdf",
        date="2025-05-16",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs cutting sentences, a coin pay box; file-name record title; an upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于城区小餐饮店调料盒卫生状况的调研报告.pdf - 页枢文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/static/reader.min.js"></script>
<script>window.__DOC__={id:"7c31e08a9d2f",pages:6,free:2};</script>
<style>.reader p{text-indent:2em}</style>
</head><body>
<header class="top"><a class="logo" href="/">⟦m 页枢文库⟧</a><form class="so"><input placeholder="找文档、找范文"><button>⟦a 搜一下⟧</button></form><a href="/member">⟦a 开通页枢月卡，全站畅读⟧</a></header>
<nav class="crumbs">⟦m 页枢文库 / 行业资料 / 餐饮卫生 / 调研报告⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：yshu_7729　上传于：2025-06-03　6页　PDF　1.2MB⟧</p>
<div class="bar">⟦a 放大 缩小 全屏 跳至第 页⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paybox">⟦a 余下4页已锁定，支付18页币即可阅读并下载⟧ <button>⟦a 用页币解锁⟧</button></div>
<aside class="rel"><h3>⟦l 读过这篇的还在读⟧</h3><ul>
<li>⟦l 餐饮门店后厨卫生自查报告⟧</li><li>⟦l 小餐饮食品安全现状调查与对策⟧</li><li>⟦l 城区餐饮油烟整治情况汇报⟧</li></ul></aside>
<footer>⟦d 页枢文库中的文档由用户上传，页枢只提供存储与展示服务，如有侵权请提交申诉⟧<br>⟦m 页枢文库 yeshuwk.com　浙ICP备21049906号-3⟧</footer>
<script>reader.init(window.__DOC__);</script>
</body></html>
""",
        pages=dict(fmt="⦳ {n} ⦳", every=120, start=2),
        body="""
为了解城区小餐饮店调料盒的卫生状况，3月至4月，区市场监管局和区疾控中心组成调研组，随机走访了缌湖区62家面馆、快餐店和夜宵摊点。现将情况报告如下。
一、基本情况。62家店中，使用带盖分格调料盒的38家，用敞口碗碟盛放调料的24家。现场采样检测，敞口盛放的调料菌落总数明显偏高，有9家的辣椒油和葱花超标。
二、主要问题。一是调料盒长期不清洗，有的店家只添不换；二是盐、味精、鸡精等混放，标识不清；三是调料盒放在灶台边，离油锅和抹布过近。
三、几点建议。推广带盖、可拆洗的分格调料盒；督促店家每天收市后清洗调料盒并晾干；把调料盒卫生纳入“明厨亮灶”日常巡查。
缌湖区市场监督管理局
2025年5月16日
""",
    ),
    dict(
        slug="wenku-zhiye-plan-food-covers-wrapped-glued-markers",
        site="知叶文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://zhiyewenku.cn/p-33920715.html",
        title="农村集体聚餐菜罩配备与使用工作方案",
        record_title="农村集体聚餐菜罩配备与使用工作方案（原稿可改Word）- 知叶文库",
        date="2024-04-22",
        notes="preview text hard-wrapped at 60 columns, page markers glued to the start of the continuation line; signature date",
        page="""
!m 知叶文库　www.zhiyewenku.cn
{T}
!m 页数：5　　字数：约2100　　上传：kk_lin****　　格式：DOC
!a ⊕ 收进文件夹　　⊕ 下载此文档（含全部页）
{BODY}
!a 试看页数已用完，余下3页请下载后浏览
!a 下载券不足？开通叶卡即赠20张
!l 本文档被以下专题收录：农村食品安全｜集体聚餐管理｜乡村厨师培训
!d 知叶文库提示：文档内容由上传者负责，仅供参考，不构成任何建议
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⧶{n}⧶", every=110, start=2, glue=True),
        body="""
为防范农村集体聚餐食品污染，决定在全县推行集体聚餐菜罩配备和使用，现制定本方案。
一、配备范围。全县登记在册的乡村厨师、流动厨房和村级集体聚餐场所，每个场所按餐桌数配备折叠纱网菜罩，另备大号菜罩用于备餐台。
二、使用要求。凉菜、熟食出锅后立即加罩，上桌前才揭罩；菜罩每次用后用热水冲洗、晾干，不得叠压存放；破损的菜罩及时更换。
三、职责分工。县卫生健康局负责组织培训，各乡镇食安办负责登记和发放，乡村医生在聚餐备案时现场查看菜罩使用情况。
四、时间安排。5月底前完成菜罩发放，6月至9月开展抽查，10月进行总结。
衲溪县卫生健康局
2024年4月22日
""",
    ),
    dict(
        slug="gov-dachuan-notice-curing-racks-index-table",
        site="褡川县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.dchx.gov.cn/zwgk/tzgg/202412/t20241205_88213.html",
        title="关于规范城区临街腊肉晾晒架设置的通知",
        record_title="关于规范城区临街腊肉晾晒架设置的通知_通知公告_褡川县人民政府",
        record_date="2024-12-05",
        date="2024-12-05",
        notes="county portal: elder-mode and screen-reader links, an 索引号 table with the 文号 cell unmarked, the document's own 联系人 beside the portal's 纠错 line, 附件 list, 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于规范城区临街腊肉晾晒架设置的通知_通知公告_褡川县人民政府</title>
<meta name="SiteName" content="褡川县人民政府">
<meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script>
<script>var _maq=_maq||[];_maq.push(['_setAccount','dchx']);</script>
</head><body>
<div class="toolbar">⟦a 关怀版⟧ ⟦a 声音朗读⟧ ⟦a 简/繁⟧ ⟦a 手机看政府网⟧</div>
<div class="banner">⟦m 褡川县人民政府 · 褡川县政务服务门户⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li><li>⟦m 走进褡川⟧</li></ul>
<div class="pos">⟦m 当前页面：首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11522407MB1X03D/2024-00388⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文机关：褡川县人民政府办公室⟧</td><td>⟦m 成文日期：2024-12-05⟧</td></tr>
<tr><td>褡政办发〔2024〕41号</td><td>⟦m 公开范围：面向全社会⟧</td></tr>
</table>
<div class="art"><h1>{T}</h1>
<div class="src">⟦m 来源：县政府办公室　时间：2024-12-05 16:20　浏览次数：<span>733</span>⟧</div>
<div class="ft">⟦a 文字 放大·默认·缩小⟧ ⟦a 打印此页⟧ ⟦a 关闭此页⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：1.临街腊肉晾晒架设置示意图.pdf⟧</div>
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="xg"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 褡川县城区市容秩序专项整治方案⟧</li><li>⟦l 关于做好冬季城区环境卫生工作的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：褡川县人民政府办公室　承办：褡川县大数据中心⟧</p>
<p>⟦m 网站纠错电话：0739-6610258⟧　⟦m 政府网站标识码：5224070012⟧</p>
<p>⟦m 黔ICP备10002841号-1　黔公网安备52242702000117号⟧</p>
</div>
<script src="/js/foot.js"></script>
</body></html>
""",
        body="""
各街道办事处，县直有关单位：
入冬以来，城区临街住户晾晒腊肉增多，部分腊肉架伸出阳台、挂在行道树和电线杆上，存在坠落和触电隐患。经县政府同意，现就有关事项通知如下。
一、临街阳台的腊肉晾晒架不得伸出外墙，严禁在行道树、护栏、电线杆上拴挂腊肉。
二、各街道要在小区内划定公共晾晒区，统一设置腊肉晾晒架，并明确专人管理。
三、县综合行政执法局要加强巡查，发现违规设置的，先劝导、限期整改，拒不整改的依法处理。
联系人：县综合行政执法局　阚永生，电话：0739-6623317。
附件：临街腊肉晾晒架设置示意图
褡川县人民政府办公室
2024年12月5日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
褡川县人民政府办公室　2024年12月5日印发
""",
    ),
    dict(
        slug="gov-duoling-bulletin-spice-box-spot-check-table",
        site="裰岭县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.duoling.gov.cn/xxgk/scjg/202503/t20250320_1130.html",
        title="关于全县餐饮服务单位调料盒专项抽查情况的通报",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes="the record gives the title as is; the page's publish line differs from the 成文日期 (also accepted); a data table one row a paragraph; a document number line (neutral)",
        page="""
!a 无障碍浏览　|　长者专区　|　English
!m 裰岭县人民政府　裰岭县人民政府办公室主办
!m 位置：首页 ▸ 信息公开 ▸ 部门文件 ▸ 市场监管
{T}
裰市监〔2025〕9号
!m 发布日期：2025-03-20　　信息来源：县市场监督管理局　　阅读：418
{BODY}
!a 【打印正文】【收藏本页】【关闭】
!l 上一条：关于开展春季校园周边食品安全整治的通知
!l 下一条：裰岭县2025年第一季度食品抽检信息公告
!m 网站主办：裰岭县人民政府办公室　纠错热线：0743-5120098
!m 湘ICP备12009184号　湘公网安备43312602000219号
""",
        indent="\u3000\u3000",
        body="""
各乡镇市场监管所，各餐饮服务单位：
2月下旬至3月上旬，县市场监管局对全县餐饮服务单位的调料盒使用和清洗情况开展了专项抽查，共抽查单位86家。现将情况通报如下。
抽查对象　抽查数　合格数　主要问题
学校食堂　18　17　调料盒未加盖
机关食堂　12　12　无
社会餐馆　56　47　调料混放、长期不洗
对抽查不合格的10家单位，已责令限期整改，并将于4月组织复查。各单位要对照本通报开展自查，调料盒做到分格存放、加盖防尘、每日清洗。
裰岭县市场监督管理局
2025年3月18日
""",
    ),
    dict(
        slug="news-dachuan-bamboo-food-covers-craft-class",
        site="褡川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dachuannews.cn/minsheng/2024-07/09/content_420718.html",
        title="八旬竹匠编菜罩 老手艺走进社区课堂",
        record_title="八旬竹匠编菜罩 老手艺走进社区课堂-民生-褡川新闻网",
        record_date="2024-07-09",
        date="2024-07-09",
        notes="county news portal: an app prompt glued before the lead, a photo caption between paragraphs, an editor line glued after the last paragraph, a 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>八旬竹匠编菜罩 老手艺走进社区课堂-民生-褡川新闻网</title>
<script>(function(){var s=document.createElement('script');s.src='//stat.dachuannews.cn/s.js';document.head.appendChild(s);})();</script>
</head><body>
<div class="hd"><span class="logo">⟦m 褡川新闻网⟧</span><span class="slogan">⟦m 褡川人自己的新闻网⟧</span><a>⟦a 登录⟧</a><a>⟦a 注册⟧</a></div>
<ul class="channel"><li>⟦m 要闻⟧</li><li>⟦m 民生⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 视频⟧</li><li>⟦m 专题⟧</li></ul>
<div class="ad">⟦m 广告位招租 0739-6688051⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-07-09 10:12　来源：褡川融媒体中心　记者：屈晓岚⟧ <a>⟦a 听新闻⟧</a></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈 微博 复制链接⟧</div>
</div>
<div class="side"><h3>⟦l 一天内最多人看⟧</h3><ol>
<li>⟦l 褡川至襞口公路改造工程全线通车⟧</li><li>⟦l 县城南门菜市场本周起分区改造⟧</li><li>⟦l 暑期防溺水：这些水域禁止游泳⟧</li></ol></div>
<div class="foot">⟦d 褡川新闻网原创稿件，未经书面许可不得转载⟧<br>⟦m 互联网新闻信息服务许可证 52120230017　黔ICP备09011527号⟧</div>
</body></html>
""",
        body="""
⟦a 下载“掌上褡川”，本地新闻早知道⟧7月8日下午，襞口镇裨园社区活动室里坐满了人，82岁的竹匠聂长庚正手把手教居民编竹菜罩。
聂长庚编了六十多年竹器，他编的菜罩细密轻巧，罩住饭菜既透气又挡蚊蝇。“塑料菜罩便宜，可竹子的不闷味。”老人一边劈篾一边说。
⟦m 图为聂长庚（右）指导居民收口。屈晓岚 摄⟧
社区从今年起开办“老手艺课堂”，每月请一位老匠人授课。当天的课持续了两个小时，十几位居民学会了起底和收口，有的还当场编出了一个小菜罩。
社区负责人介绍，课堂作品将在重阳节义卖，所得用于社区助老餐桌。⟦m （编辑：冼丽华　审核：卜志强）⟧
""",
    ),
    dict(
        slug="news-nachi-straw-placemats-orders-title-line",
        site="衲溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.naxirm.com/jingji/20250114/113208.shtml",
        title="衲溪一家草编企业的餐垫订单排到明年三月",
        record_title=None,
        date="2025-01-14",
        notes="no title in the record; the title line on the page; the byline's time taken as the page's date; a listen button and a hot list",
        page="""
!m 衲溪融媒　|　首页　经济　社会　乡村　视听
{T}
!m 2025-01-14 08:32　来源：衲溪融媒　作者：詹雨桐
!a ▶ 点击收听本文　　A+ A-
{BODY}
!l 今日热点
!l · 衲溪县召开2025年经济工作会议
!l · 袤坡村草编合作社分红31万元
!m 衲溪融媒中心版权所有　新闻热线：0746-8830116
""",
        indent="\u3000\u3000",
        body="""
1月13日，在衲溪县衩河镇一家草编工艺品厂，三十多名女工正在赶制一批蒲草餐垫。厂长牟建业告诉记者，这批餐垫发往欧洲，厂里的订单已经排到明年三月。
这家厂子原来只做草席，前年开始试做餐垫。蒲草餐垫隔热、防滑，又能折叠，很受餐馆和家庭欢迎。厂里按圆形、方形、椭圆形做了十多个款式，还能按客户要求编进花纹。
牟建业说，去年厂里卖出餐垫42万张，带动周边200多户村民在家编织，每人每月能增收1500元左右。
""",
    ),
    dict(
        slug="forum-jiuxiazi-button-tin-jammer",
        site="旧匣子旧物论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jiuxiazi.net/thread-55802-1-1.html",
        title="外婆留下的铁皮纽扣盒",
        record_title="〖晒物〗外婆留下的铁皮纽扣盒 - 老物件 - 旧匣子旧物论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts as a line and glued after 。, a rating row, a signature; a relative post time is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>〖晒物〗外婆留下的铁皮纽扣盒 - 老物件 - 旧匣子旧物论坛</title>
<script src="static/js/common.js?v3"></script>
<style>.jammer{color:#fff;font-size:0}</style>
</head><body>
<div id="toptb">⟦a 手机访问⟧ ⟦a 设为书签⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="hd"><h2>⟦m 旧匣子旧物论坛⟧</h2><p>⟦m 每件旧物都有故事⟧</p></div>
<div id="pt">⟦m 旧匣子 › 旧物交流 › 老物件 › 查看主题⟧</div>
<div class="stat">⟦m 查看: 1907｜回复: 23⟧</div>
<table id="pid1"><tr>
<td class="pls">⟦m 青梅煮酒⟧<br>⟦m 积分 3022　帖子 418　勋章：晒物达人⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 青梅煮酒 发表于 3 天前 | 只看该作者 | 倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 6　威望 +9　收起 理由⟧</div>
<div class="sign">⟦l 旧物不言，自有光阴——青梅的小屋⟧</div>
<div class="po">⟦a 回复 引用 点赞 收藏 举报⟧</div>
</td></tr></table>
<div class="pgs">⟦l 上一主题：谁还记得搪瓷脸盆上的牡丹⟧ ⟦l 下一主题：老式缝纫机的梭芯还能买到吗⟧</div>
<div id="fastpost">⟦a 登录后才能发表回复，没有账号？注册一个⟧</div>
<div id="ft">⟦m 旧匣子旧物论坛 ( 苏ICP备19067322号 )⟧ ⟦m GMT+8, 2025-3-9 21:46⟧</div>
</body></html>
""",
        p_html="{}<br /><br />",
        junk=dict(lines=1, glued=3),
        body="""
外婆走后，我从她的五斗柜里翻出一个铁皮纽扣盒。盒盖上印着褪色的牡丹，边角已经生锈，一打开，满满一盒扣子哗啦作响。
盒里有黑色的牛角扣、白色的贝壳扣，还有几颗包着布的盘扣。妈妈说，这些扣子都是外婆从穿破的衣服上剪下来的，谁家孩子掉了扣子，她总能从盒里找出一颗配上。
最底下压着一颗铜扣，妈妈认出那是外公工作服上的。外婆一直留着，几十年没舍得用。
现在纽扣盒放在我家书架上，偶尔拿出来看看。扣子不值钱，可每一颗都连着一件衣裳、一段日子。
""",
    ),
    dict(
        slug="forum-zaotai-spice-box-which-kind-junk",
        site="家常小灶论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.jiachangxz.com/thread-230917-1-1.html",
        title="小厨房调料盒选翻盖的还是抽屉式的？",
        record_title="[求推荐] 小厨房调料盒选翻盖的还是抽屉式的？（附自家实拍）- 灶台边 - 家常小灶论坛",
        date=None,
        notes="forum post with junk lines and junk glued after 。; replies below; 昨天 is no date",
        page="""
!m 家常小灶论坛 › 灶台边 › 帖子详情
!m 浏览 2406　回复 31
!t [求推荐] 小厨房调料盒选翻盖的还是抽屉式的？（附自家实拍）
!m 锅铲侠 昨天 21:05 发表　｜只看楼主｜
{BODY}
!l 沙发 ❶ 葱姜蒜：抽屉式的好，油烟进不去
!l 板凳 ❷ 小灶王：翻盖的单手就能开，炒菜时方便
!a 回复　分享　收藏本帖
!a 发帖需登录，游客只能围观
!m 家常小灶论坛 · 手机版 · 小黑板 · Archiver
""",
        junk=dict(lines=2, glued=2),
        body="""
我家厨房只有两米长的台面，调料一多就乱。现在用的是六个小罐子，炒菜时手忙脚乱，经常把糖当成盐。
想换个一体的调料盒，看中了两种：一种是翻盖的，一格一个盖，单手能开；一种是抽屉式的，平时推进去，用时拉出来。
翻盖的便宜，可盖子缝里容易积油；抽屉式的干净，但要占灶台边的位置。
家里四口人，一天做两顿饭，盐、糖、鸡精、花椒粉用得最多。各位用过的说说，哪种更顺手？
""",
    ),
]
