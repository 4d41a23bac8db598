"""holdout370, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-andu-speech-mortar-bucket-gb2312",
        site="案牍云集范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.anduyunji.com/jianghua/chengjian/2025/0422/71936.html",
        title="在全县建筑工匠技能比武暨文明施工现场会上的讲话",
        record_title="【现场会发言】在全县建筑工匠技能比武暨文明施工现场会上的讲话（附讲话提纲）_案牍云集",
        date="2025-04-18",
        date_also=["2025-04-22"],
        notes="gb2312 table page with marquee, font/background row, floating ghost-writer QQ box, hot list and visitor counter; "
        "date under the speech title, the page's posting date also accepted; a collect-paragraph link glued after a 。 and a "
        "ghost-writer WeChat line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【现场会发言】在全县建筑工匠技能比武暨文明施工现场会上的讲话（附讲话提纲）_案牍云集</title>
<meta name="keywords" content="讲话稿,建筑工匠,技能比武,文明施工,现场会">
<link href="/skin/andu2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/floatqq.js"></script>
</head>
<body bgcolor="#F3EFE6" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" bgcolor="#8B5A2B"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 案牍云集 · 八万篇公文范例天天更新，机关笔杆子的案头书⟧</marquee></td></tr>
<tr><td class="dh">⟦m <a href="/">本站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">汇报总结</a> | <a href="/gongwen/">公文写作</a> | <a href="/zhici/">致辞贺词</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0">
<tr>
<td width="700" valign="top">
<div class="lj">⟦m 您的位置：本站首页 &gt;&gt; 领导讲话 &gt;&gt; 城建交通讲话 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="xx">⟦m 整理：泥巴匠　日期：2025-04-22　人气：1382⟧</div>
<div class="zt">⟦a 【字号：特大 大 中 小】【护眼底色：米黄 豆绿 默认】⟧</div>
<div class="zw">
<p align="center">（2025年4月18日）</p>
{BODY}
</div>
<div class="fy">⟦l 前一篇：全市住建系统安全生产约谈会上的讲话⟧<br>⟦l 后一篇：在物业服务质量提升推进会上的发言⟧</div>
</td>
<td width="250" valign="top" bgcolor="#FBF8F1">
<table width="100%"><tr><td class="bt">⟦l 本月讲话稿点击排行⟧</td></tr>
<tr><td>⟦l ・建筑施工扬尘治理攻坚会讲话⟧</td></tr>
<tr><td>⟦l ・在农民工工资清欠约谈会上的讲话⟧</td></tr>
<tr><td>⟦l ・住建局长在质量月启动仪式上的致辞⟧</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:160px">⟦w 讲话稿赶时间？笔友老周代拟改稿 QQ：3318 0472⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td class="foot" align="center">⟦d 本站范文多为会员整理投稿，只作写作参考，转用请勿整篇照搬。⟧<br>⟦m 您是本站第 0417735 位访客　案牍云集 版权所有　黔ICP备13062271号⟧</td></tr></table>
<script language="javascript">var qqTop=160;setInterval("moveQQ()",80);</script>
</body></html>
""",
        body="""
同志们：
今天，我们在稽山县歧河镇安置小区三期工地召开全县建筑工匠技能比武暨文明施工现场会，目的是以赛促学、以点带面，推动全县建筑工地管理再上新台阶。刚才，大家观摩了砌筑、抹灰两个比武项目，县住建局通报了一季度工地巡查情况，我都同意。下面，我讲三点意见。
一、看细节，文明施工要从一只灰桶抓起
刚才在抹灰比武现场，大家都注意到了，每个工位的灰桶都挂在架子内侧的专用钩上，桶底垫着接灰板，落地灰当场收回。⟦a 〔摘录本段〕⟧看起来是小事，反映的却是一个工地的管理水平。一季度巡查中，全县有9个工地存在灰桶随意堆放在脚手板边缘、高处倒灰等问题，有一起灰桶从四楼坠落险些伤人。各施工企业要对照今天的现场，把灰桶挂放、传递和清洗都写进班组交底。
⟦w 材料赶不出来？添加笔友微信 andu_laozhou，一对一润色⟧
二、重技能，让工匠有奔头
今年县里安排专项资金60万元，对获得比武前三名的工匠给予奖励，并优先推荐参加市级评选。各企业要建立以技能定岗位、以贡献定薪酬的机制，让手艺好的师傅收入高、受尊重。
三、严监管，守住安全底线
县住建局要把高处作业、临边防护和物料传递作为二季度检查重点，发现问题的，一律当场下达整改通知；整改不到位的，依法约谈企业负责人。
同志们，工地是城市的“生产车间”，也是工匠的“考场”。希望大家以这次比武为契机，把每一处细节做实做好，为建设宜居稽山贡献力量！
""",
    ),
    dict(
        slug="fanwen-xiaozao-insight-area-meter-no-title",
        site="公文小灶 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.gongwenxiaozao.cn/xinde/sannong/5527.html",
        title="用测亩仪复核承包地面积的几点体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line stands under a tag line; no date (the collection stamp is relative); "
        "a member prompt between paragraphs",
        page="""
!m 公文小灶｜写材料的人都在这儿
!m 小灶首页 / 心得体会 / 三农工作心得
!m 标签：土地确权　测量工具　驻村工作
{T}
!m 投稿：田埂上的小许　｜　收录：5 天前　｜　浏览 906
!a 【复制全文需开通小灶会员】
{BODY}
!a 剩余 2 段为会员内容，开通后可一键导出 Word
!l 同栏目热文
!l 驻村第一书记年度工作心得（三篇）
!l 参加农经业务培训的收获与思考
!l 土地承包经营权确权登记工作体会
!d 小灶所刊文章均为作者投稿，观点不代表本站，如有侵权请发邮件至 quan@gongwenxiaozao.cn
!m 公文小灶 © 2019-2025　滇ICP备19007731号-3
""",
        indent="\u3000\u3000",
        body="""
去年秋天，我作为县农经站的一员，被抽调到犊川县窟口镇参与承包地面积复核工作。这项工作的起因，是不少农户反映确权证上的面积和实际种的地对不上。半个多月里，我和同事们背着测亩仪走遍了六个村的地块，有几点体会想和大家分享。
第一，工具再先进，也要先把操作练熟。测亩仪是靠卫星定位绕地块一圈来算面积的，走得快了慢了、拐角没停稳，都会影响读数。刚开始我们在同一块地上测了三次，结果相差将近两分地。后来我们统一了操作方法：开机先等定位稳定，沿地边匀速行走，拐点处停留三秒，绕回起点再闭合。
第二，测量之前先把话说在前头。每测一块地，我们都请承包户、相邻户和村组干部一起到场，当面开机、当面读数、当面签字。有的老人不相信“小盒子”，我们就拿皮尺在一块方正的地里量给他看，两种办法对上了，老人也就服了。
⟦a 小灶会员专享：本篇可一键换成第一人称“驻村干部”版本⟧
第三，数据要留痕。每天收工后，我们把测亩仪里的轨迹导出来，和纸质记录逐块核对，有疑问的第二天再去复测。
这次复核让我明白，群众在意的不只是多一分少一分地，更在意的是公道。仪器能测出面积，公道却要靠我们一步一步走出来。
""",
    ),
    dict(
        slug="wenku-zhihai-research-micrometer-markers-html",
        site="知海文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhihaiwenku.com/view/8f21c07e9a4d.html",
        title="关于全县小微机加工企业千分尺使用与检定情况的调研报告",
        record_title="关于全县小微机加工企业千分尺使用与检定情况的调研报告（完整版·可复制）- 知海文库",
        date="2025-06-20",
        notes="文库 reader: viewer toolbar, page-marker paragraphs cutting sentences, coin pay box; 成文日期 under the signature; "
        "upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县小微机加工企业千分尺使用与检定情况的调研报告（完整版·可复制）- 知海文库</title>
<meta name="description" content="知海文库在线阅读：关于全县小微机加工企业千分尺使用与检定情况的调研报告">
<link rel="stylesheet" href="https://static.zhihaiwenku.com/css/reader.8e1f.css">
<script src="https://static.zhihaiwenku.com/js/reader.min.js"></script>
</head>
<body>
<header class="zh-top">
<a class="logo" href="/">⟦m 知海文库⟧</a>
<nav><a href="/cat/gongwen">⟦m 党政公文⟧</a><a href="/cat/hangye">⟦m 行业资料⟧</a><a href="/cat/jiaoyu">⟦m 教育专区⟧</a></nav>
<form action="/s"><input name="kw" placeholder="搜一搜，海量文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 畅读卡 · 首月6元⟧</a>
</header>
<main class="zh-doc">
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：qy_measure　上传于 9 天前　共 5 页　约 2,100 字　阅读 744⟧</p>
<div class="viewer-bar">⟦a 适合页宽　放大　缩小　全屏阅读⟧</div>
</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">
<p>⟦a 还剩 2 页未读，支付 3 枚知海币继续阅读⟧</p>
<p>⟦a 本文档需 3 知海币　开通畅读卡免币下载⟧</p>
</div>
</main>
<aside class="zh-side">
<h3>⟦l 看过这篇的人还在读⟧</h3>
<ul>
<li>⟦l 工业企业计量器具管理现状调研.doc⟧</li>
<li>⟦l 量具检定周期与送检制度（汇编）⟧</li>
<li>⟦l 县域小微企业质量提升三年行动方案⟧</li>
</ul>
</aside>
<footer class="zh-foot">
<p>⟦d 知海文库文档均由用户上传，平台不对内容的完整性负责；如您发现侵权内容，请提交权属证明后申请下架。⟧</p>
<p>⟦m ©2025 zhihaiwenku.com　粤ICP备2021088412号-2⟧</p>
</footer>
<script>window.zhReader && zhReader.init({doc:"8f21c07e9a4d",free:3});</script>
</body>
</html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⨖ {n} ⨖", every=150, start=2),
        body="""
为掌握小微机加工企业计量器具管理现状，2025年5月，县市场监管局组织计量、质量两个股室，对全县城区工业集中区和硝洞镇、淤口片区的41家小微机加工企业开展了千分尺使用与检定情况专题调研。现将有关情况报告如下。
一、基本情况
41家企业共有外径千分尺、内径千分尺等各类千分尺612把，其中在检定有效期内的358把，占58.5%；超期未检的197把，占32.2%；无任何检定记录的57把，占9.3%。从业人员中能正确读数并做零位校准的占七成左右。
⟦t 关于全县小微机加工企业千分尺使用与检定情况的调研报告⟧
二、存在的问题
一是检定意识淡薄。部分企业负责人认为“新买的尺子不用检”，有的千分尺使用六七年从未送检。二是使用保管不规范。调研中发现，有的车间把千分尺和扳手、锉刀混放在一个工具箱里，测砧锈蚀、微分筒卡滞的情况不在少数。三是基层服务不够便利。小微企业量具数量少、种类杂，到市里送检往返费时，企业积极性不高。
三、对策建议
（一）开展上门巡回检定，每季度在工业集中区设点一次，方便企业就近送检。
（二）编印量具使用保管明白纸，组织企业质量员集中培训。
（三）把计量器具管理纳入“双随机”检查内容，对超期使用的依法督促整改。
戍原县市场监督管理局
2025年6月20日
""",
    ),
    dict(
        slug="wenku-yeyetong-plan-fall-arrester-pdf-wrapped",
        site="页页通文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://doc.yeyetong.net/p/5520931.html",
        title="犊川县供电公司2025年高处作业防坠落专项整治方案",
        record_title="犊川县供电公司2025年高处作业防坠落专项整治方案.pdf",
        date="2025-03-10",
        notes="file-name record title; text preview hard-wrapped at 60 columns, page markers glued to the continuation line; "
        "成文日期 under the signature",
        page="""
!m 页页通文档 · 在线预览
!m 分类：行业资料 > 电力 > 安全管理
{T}
!m 页数：6　大小：1.1MB　格式：PDF　贡献者：yy_2391
!a 预览模式：纯文本　｜　切换原版式
{BODY}
!a —— 免费预览到此为止，完整 6 页请下载原文件 ——
!a 下载（消耗 8 页币）　　加入我的文档夹
!l 看了本文的人还看了：
!l 输电线路登塔作业安全措施.pdf
!l 变电站检修防高坠管理办法.docx
!d 页页通仅提供文档存储与预览，文档内容由上传用户负责，侵权投诉：ts@yeyetong.net
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⩙{n}⩙", every=140, start=2, glue=True),
        body="""
为深刻吸取近期系统内高处坠落事件教训，切实提升高处作业本质安全水平，公司决定自2025年3月至6月开展高处作业防坠落专项整治，特制定本方案。
一、整治目标
全面排查防坠落器具配置和使用情况，做到速差器、安全带、安全绳配备率100%，检验合格率100%，现场正确使用率100%，全年不发生高处坠落事件。
二、整治重点
（一）器具配置。各供电所、施工班组要对照作业人数配足速差器，登塔、登杆作业每人一套，不得混用借用。
（二）检验管理。速差器每年送检一次，每次使用前检查外观、锁止功能和安全绳磨损情况，检查不合格的立即停用，贴红色“禁用”标签。
（三）现场使用。速差器应高挂低用，挂点牢固可靠，严禁将速差器挂在绝缘子串、横担边缘等不牢固部位，严禁拆卸、改装。
三、工作步骤
3月为自查阶段，各单位全面清点登记；4月至5月为整改阶段，公司安监部组织抽查；6月为总结阶段，各单位报送整治总结。
四、工作要求
各单位主要负责人是第一责任人，要亲自部署、亲自检查。整治期间发现的问题要建立台账，逐项销号。
犊川县供电公司
2025年3月10日
""",
    ),
    dict(
        slug="gov-jishan-notice-area-meter-calibration-html",
        site="稽山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jishan.gov.cn/zwgk/tzgg/202508/t20250812_392051.html",
        title="关于做好秋收期间测亩仪计量校准工作的通知",
        record_title="【农时提醒】关于做好秋收期间测亩仪计量校准工作的通知 ▎稽山县人民政府",
        date="2025-08-08",
        date_also=["2025-08-12"],
        notes="county portal: 关怀/读屏 links, 索引号 table with an unmarked 文号 cell (neutral), attachment download links beside "
        "the notice's own 附件 list, the notice's 联系人/电话 beside the portal's 纠错 line and 12345; 成文日期 vs 发布日期; "
        "a scan-the-label sentence as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="稽山县人民政府">
<meta name="ArticleTitle" content="关于做好秋收期间测亩仪计量校准工作的通知">
<title>【农时提醒】关于做好秋收期间测亩仪计量校准工作的通知 ▎稽山县人民政府</title>
<link rel="stylesheet" href="/images/zwgk2024.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="gov-top">⟦m 稽山县人民政府 · 山水稽山 诚信之城⟧ <a href="javascript:;">⟦a 关怀版⟧</a> <a href="javascript:;">⟦a 盲人读屏⟧</a> <a href="/en/">⟦a 外文版⟧</a></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进稽山⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gov-crumb">⟦m 首页 / 政务公开 / 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11522407MB1F39/2025-00871⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
<tr><td>⟦m 发布机构：稽山县农业农村局⟧</td><td>⟦m 发布日期：2025-08-12⟧</td></tr>
<tr><td>文号：稽农发〔2025〕27号</td><td>⟦m 有效性：现行有效⟧</td></tr>
</table>
<div class="gov-art">
<h1>{T}</h1>
<div class="gov-tools">⟦a 字号：大 中 小　｜　打印本页　｜　关闭窗口⟧</div>
<div class="gov-text">
{BODY}
</div>
<div class="gov-fj">
<p><a href="/u/2025/0812/jsnf27_fj1.xls">⟦a 附件1下载：测亩仪校准预约登记表.xls⟧</a></p>
<p><a href="/u/2025/0812/jsnf27_fj2.doc">⟦a 附件2下载：复测联系人名单.doc⟧</a></p>
</div>
<div class="gov-qr">⟦a 用手机扫一扫，本页随身看⟧</div>
</div>
<div class="gov-side">
<h4>⟦l 通知公告 · 最新⟧</h4>
<ul><li>⟦l 稽山县2025年秋粮收购政策解读⟧</li><li>⟦l 关于做好秸秆禁烧工作的通告⟧</li></ul>
</div>
<div class="gov-foot">
<p>⟦m 主办：稽山县人民政府办公室　承办：稽山县融媒体中心⟧</p>
<p>⟦m 网站纠错：0857-6213000⟧　⟦m 政务服务便民热线 12345⟧</p>
<p>⟦m 网站标识码5224070012　黔公网安备52240702000317号⟧</p>
</div>
<script>$(function(){ $(".gov-tools").show(); });</script>
</body>
</html>
""",
        body="""
各乡镇人民政府（街道办事处），县农机服务中心，各农机专业合作社：
每年秋收期间，我县大量收割机、旋耕机按亩计费作业，测亩仪已成为机手和农户结算的主要依据。今年以来，县农业农村局陆续接到群众反映，个别机手使用的测亩仪读数偏大，引发作业费纠纷。为保障农户和机手双方合法权益，现就做好秋收期间测亩仪计量校准工作通知如下。
一、集中校准时间和地点。8月20日至9月10日，县农机服务中心在中心院内设立校准点，对全县从事跨区和本地作业的测亩仪免费校准。各乡镇可预约上门，在农机合作社集中校准。
二、校准方法。校准点设置面积已知的标准测试场地，每台测亩仪绕场测量三次，误差超过2%的，由厂家或维修点调试后复校；仍不合格的，不得用于计费作业。
三、校准标识。校准合格的测亩仪粘贴二维码标识，农户扫码即可查看该台仪器的校准日期和结果。
四、工作要求。各乡镇要通过村广播、微信群广泛宣传，引导机手主动送校。对作业中发生面积争议的，可现场联系乡镇农经站用已校准仪器复测。
联系人：县农机服务中心　石玉芬　电话：0857-6213409
附件：1．测亩仪校准预约登记表
2．秋收期间乡镇农经站复测联系人名单
稽山县农业农村局
2025年8月8日
""",
    ),
    dict(
        slug="gov-shuyuan-bulletin-micrometer-spotcheck-text",
        site="戍原县人民政府门户网站·市场监管子站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.shuyuan.gov.cn/bmzz/scjgj/zljd/202504/t20250429_77310.html",
        title="关于2025年第一批千分尺等通用量具产品质量监督抽查情况的通报",
        date="2025-04-27",
        date_also=["2025-04-29"],
        notes="record title as is; 文号 line under the title (neutral); data table one row a paragraph; 抄送 and 印发 lines; "
        "成文日期 vs the byline's 发布时间",
        page="""
!m 戍原县人民政府门户网站 · 部门子站
!m 当前栏目：市场监管 ＞ 质量监督 ＞ 抽查通报
{T}
戍市监质〔2025〕9号
!m 信息来源：县市场监管局质量股　　发布时间：2025-04-29　　浏览次数：214
!a 【大字版】【标准版】【打印此文】【关闭页面】
{BODY}
!l 上一条：关于开展电梯安全宣传周活动的通知
!l 下一条：2025年一季度食品抽检信息公告
!m 主办：戍原县人民政府办公室　承办：县大数据中心　网站标识码 5224150021
!m 纠错信箱：jiucuo@shuyuan.gov.cn
""",
        body="""
各有关企业：
为提升通用量具产品质量，2025年3月至4月，县市场监管局对辖区内量具生产企业和五金批发市场经销的千分尺、游标卡尺、钢直尺开展了质量监督抽查。现将有关情况通报如下。
一、抽查基本情况
本次共抽查3类产品48批次，检出不合格产品7批次，不合格发现率14.6%。其中千分尺抽查20批次，不合格4批次，主要问题为示值误差超差和测微螺杆轴向窜动。
二、抽查结果
产品名称　抽查批次　不合格批次　主要不合格项目
千分尺　20　4　示值误差、测微螺杆窜动
游标卡尺　18　2　示值误差
钢直尺　10　1　刻线宽度
三、处理措施
对抽查不合格的企业，依法责令其立即停止生产、销售同批次产品，限期整改，并于整改完成后30日内申请复查。经销单位要将不合格产品下架封存，不得退回原厂后再次流入市场。
四、有关要求
各量具生产企业要建立健全出厂检验制度，千分尺等精密量具须逐把检验、附合格证出厂；各经销单位要严格执行进货查验制度。
戍原县市场监督管理局
2025年4月27日
抄送：县人民政府办公室，市市场监管局质量监督科。
戍原县市场监督管理局办公室　2025年4月27日印发
""",
    ),
    dict(
        slug="news-jialing-climbing-contest-spikes-html",
        site="迦陵新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jialingnews.com.cn/xw/jl/202505/t20250516_118273.shtml",
        title="三十六名线路工比拼登杆技能 脚扣上见真功",
        record_title="三十六名线路工比拼登杆技能 脚扣上见真功 ‖ 迦陵新闻网·民生",
        record_date="2025-05-16",
        date="2025-05-16",
        notes="news portal: a client prompt glued before the lead's first words, a photo caption between paragraphs, an "
        "editor line glued after the last sentence, listen button, 24-hour list and ad slot; date in the record",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>三十六名线路工比拼登杆技能 脚扣上见真功 ‖ 迦陵新闻网·民生</title>
<meta name="publishdate" content="2025-05-16">
<link rel="stylesheet" href="//img.jialingnews.com.cn/css/article_v5.css">
<script src="//img.jialingnews.com.cn/js/tongji.js"></script>
</head>
<body>
<div class="jl-head"><a href="/">⟦m 迦陵新闻网⟧</a> <span>⟦m 迦陵市委宣传部主管　迦陵日报社主办⟧</span></div>
<div class="jl-nav">⟦m 首页　时政　民生　区县　文旅　视频　评论⟧</div>
<div class="jl-crumb">⟦m 当前位置：首页 &gt; 民生 &gt; 就业创业⟧</div>
<div class="jl-art">
<h1>{T}</h1>
<div class="jl-info">⟦m 2025-05-16 09:41　来源：迦陵日报　记者 殷小帆　通讯员 卓群⟧</div>
<div class="jl-listen">⟦a ▶ 听新闻（约2分钟）⟧</div>
<div class="jl-body">
{BODY}
</div>
<div class="jl-share">⟦l 分享至：朋友圈　微博　QQ空间　复制链接⟧</div>
</div>
<div class="jl-right">
<div class="jl-ad">⟦w 广告位招租 0859-3102288⟧</div>
<h3>⟦l 24小时排行⟧</h3>
<ol><li>⟦l 淤口区新增两条公交线路⟧</li><li>⟦l 迦陵今年高考报名人数公布⟧</li><li>⟦l 雨季来临，这些地方禁止垂钓⟧</li></ol>
</div>
<div class="jl-foot">
<p>⟦d 迦陵新闻网所刊原创稿件，未经授权不得转载、改编或建立镜像。⟧</p>
<p>⟦m 互联网新闻信息服务许可证 52120170009　黔ICP备10004715号⟧</p>
</div>
<script>var _jl_aid="118273";</script>
</body>
</html>
""",
        body="""
⟦a 打开迦陵新闻客户端，阅读体验更佳⟧本报讯　5月15日，迦陵市供电公司2025年配电线路工技能比武在淤口区实训基地举行，来自全市各供电中心的36名线路工参加比赛。
比武设登杆作业、导线绑扎、拉线制作三个项目。其中最受关注的是登杆作业：选手穿戴安全带，使用脚扣攀登12米水泥杆，在杆顶完成横担安装后返回地面，裁判从安全措施、动作规范和用时三方面评分。
⟦m 图为淤口区供电中心选手使用脚扣攀登水泥杆　殷小帆 摄⟧
“脚扣一步一个扣牢，腰带始终系在杆上，这是老师傅传下来的规矩。”获得登杆项目第一名的硝洞供电所线路工贝海龙说，比赛前他每天练习登杆二十多趟，脚扣的胶皮都磨掉了一层。
据介绍，今年以来，该公司为一线班组更换了新型可调脚扣860副，并要求每次登杆前对脚扣进行外观和冲击检查。比武成绩将作为技能等级评定和评先评优的重要依据。⟦m （编辑：祁苗　审核：邝为民）⟧
""",
    ),
    dict(
        slug="news-jishan-online-bucket-hooks-text",
        site="稽山在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jishanzaixian.com/bendi/chengjian/2025-06/03/content_64117.html",
        title="“挂桶上架”成新规 歧河镇工地告别高处乱放灰桶",
        record_title="工地探访｜“挂桶上架”成新规 歧河镇工地告别高处乱放灰桶",
        date="2025-06-03",
        notes="news page: decorated title line, a byline's 发布时间 as the page's date, a photo caption between paragraphs, "
        "listen control, 24-hour list",
        page="""
!m 稽山在线 — 稽山人自己的新闻网
!m 首页 > 本地 > 城建
!t 工地探访｜“挂桶上架”成新规 歧河镇工地告别高处乱放灰桶
!m 发布时间：2025-06-03 10:22　来源：稽山在线　作者：全媒体记者 郜晓岚
!a 字体：A+ A-　　收听本文
{BODY}
!m 【责任编辑：尤冬】
!l 24小时热读
!l 1 县城区两条背街小巷完成“白改黑”
!l 2 稽山县今夏首场防汛应急演练举行
!l 3 暑期游泳安全提醒：这些水域禁止下水
!d 凡本网注明“来源：稽山在线”的作品，未经书面授权不得转载、摘编。
!m 新闻热线：0857-6207110　违法和不良信息举报：0857-6207120
""",
        indent="\u3000\u3000",
        body="""
6月2日上午，记者在歧河镇滨河安置房工地看到，六层脚手架上每隔几米就焊有一个钢制挂钩，抹灰工用完的灰桶一只只挂在钩上，脚手板上干干净净。
“以前灰桶都是往板子边上一放，人一转身就可能碰下去。”正在作业的抹灰工魏长河说，现在工地规定灰桶必须“挂桶上架”，递送灰浆用吊篮，不准从楼上往下扔桶。
⟦m △滨河安置房工地脚手架上的灰桶挂钩（郜晓岚 摄）⟧
据了解，今年4月，歧河镇一处工地发生灰桶从高处坠落砸坏车辆的事件，所幸无人受伤。此后，镇安监站联合县住建局在全镇11个在建工地推行灰桶挂放、物料吊运和落地灰回收“三项规定”，并将落实情况纳入工地文明施工评分。
镇安监站站长宁国庆介绍，下一步将每周开展一次突击检查，对不落实规定的工地，责令停工整改。
""",
    ),
    dict(
        slug="forum-tiexie-micrometer-zero-jammer-html",
        site="铁屑论坛 (invented, Discuz-like machinists' forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tiexie.net/thread-402715-1-1.html",
        title="千分尺零位不准的几种自己调法",
        record_title="[老师傅私藏] 千分尺零位不准的几种自己调法（干货，新手必看） - 量具量仪 - 铁屑论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk lines and junk glued after 。, poster panel, rating row, signature, replies; "
        "only relative times (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[老师傅私藏] 千分尺零位不准的几种自己调法（干货，新手必看） - 量具量仪 - 铁屑论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?T5x"></script>
</head>
<body>
<div id="toptb">⟦a 设为首页⟧ ⟦a 收藏铁屑⟧ <span>⟦a 登录 ｜ 加入铁屑⟧</span></div>
<div id="hd"><a href="./">⟦m 铁屑论坛 · 机加工人的江湖⟧</a></div>
<div id="pt">⟦m 铁屑论坛 › 技术交流 › 量具量仪 › 正文⟧</div>
<div class="thread-stat">⟦m 查看 3706 ｜ 回复 41⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 老车工阿九⟧</div><dl><dd>⟦m 帖子 2217　精华 9　铁屑 8840⟧</dd></dl></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 4 天前 ｜ 只看楼主 ｜ 倒序看帖⟧</div>
<i class="pstatus">⟦m 本帖最后由 老车工阿九 于 3 天前 编辑⟧</i>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_5508812">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 3　技术分 +6　收起理由⟧</div>
<div class="sign">⟦l 铁屑飞处见真章，公差之内是江湖⟧</div>
<div class="po">⟦a 回复　引用　举报　顶端⟧</div>
</td></tr></table>
<div class="replies">
<p>⟦l 沙发 · 数控小白龙：收藏了，我们车间那把老尺子就是套管转不动⟧</p>
<p>⟦l 板凳 · 量具店老板娘：扳手丢了的可以私信，配件都有⟧</p>
</div>
<div id="f_pst">⟦a 登录后才能回帖，还没有铁屑号？立即加入⟧</div>
<div id="ft">⟦m 铁屑论坛 ( 冀ICP备16027719号-1 ) ｜ Archiver ｜ 手机版⟧</div>
<script>discuz_uid = '0';</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
干了二十多年车工，千分尺零位不准的情况见得多了，今天把自己常用的几个调法整理一下，给刚入行的兄弟们参考。
先说检查。擦净测砧和测微螺杆端面，慢慢拧棘轮，听到“咔咔”两三声停下，看微分筒零线和固定套管基准线对不对齐。0到25毫米的尺直接对，大一点的要夹上校对棒。
偏差在两三格以内的，用尺子自带的小扳手插进固定套管背面的小孔，轻轻转套管，把基准线对到零线上就行。千万别使蛮劲，套管转过头了再往回转，反复几次螺纹就松了。
偏差大的，先松开微分筒后面的锁紧帽，把微分筒退一点重新对零，再锁紧，最后用套管微调。
最后提醒一句，自己调只能应急，车间的尺子还是要按期送计量所检定，别等出了废品才想起来。
""",
    ),
    dict(
        slug="forum-gaokong-arrester-failed-junk-text",
        site="高空人之家 (invented, riggers' forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.gaokongren.com/t/88127",
        title="速差器突然锁不住，差点出事，大家帮看看什么原因",
        record_title="【急·求解】速差器突然锁不住，差点出事，大家帮看看什么原因 - 安全防护版 - 高空人之家",
        date=None,
        notes="forum thread in text: junk lines and junk glued after 。; a poster's edit note between paragraphs; replies; "
        "only 昨天/relative times",
        page="""
!m 高空人之家 — 钢结构·幕墙·铁塔高空作业交流
!m 论坛首页 » 安全防护版 » 帖子详情
!t 【急·求解】速差器突然锁不住，差点出事，大家帮看看什么原因
!m 楼主：檩条上的小蒋　　发表于 昨天 21:40　　浏览 1,588　　回复 23
{BODY}
!a 支持(12)　反对(0)　收藏　举报
!l 2楼　钢梁上的风　昨天 22:05
!l 千万别自己拆，拆过的速差器就报废了，直接找安全员要新的。
!l 3楼　铁塔老吴　今天 07:12
!l 过期三个月还在用，项目部心也太大了，建议拍照发给监理。
!a 回复本帖需先登录，没有账号？一分钟注册
!m 高空人之家 版权所有　苏ICP备20031457号
""",
        junk=dict(lines=2, glued=3),
        body="""
各位师傅好，我在一个厂房钢结构项目上做高空安装，昨天下午出了件吓人的事，到现在想起来还后背发凉。
当时我在十米高的檩条上挪位置，脚下一滑，人往下掉了一截。按说速差器应该马上锁住，可它“哗”地一下放出去一米多才停住，幸亏旁边的水平生命线也挂着，才没摔下去。
⟦m （楼主补充：人没事，就是腿上蹭破点皮，谢谢关心的兄弟）⟧
下来以后我试了几次，快拉的时候有时锁有时不锁。这台速差器是项目部去年统一发的，外壳上的检验标签写的是到今年三月，早就过期了。
我想问问大家：一是这种情况是不是里面棘爪磨损了；二是过期的速差器能不能自己拆开看看；三是项目部不换新的，我们该找谁反映。
先谢谢各位了，也提醒大家每次挂之前都快拉试一下。
""",
    ),
    dict(
        slug="blog-laotan-three-area-meters-html",
        site="农机老谭的博客 (invented, WordPress-like)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://laotan-nongji.blog/2025/07/21/three-area-meters/",
        title="我用过的三台测亩仪",
        record_title="我用过的三台测亩仪｜实测手记 - 农机老谭的博客",
        date="2025-07-21",
        notes="blog: the post's bracketed time as the page's date; tag cloud, archive, calendar widget, comment form; "
        "a share prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>我用过的三台测亩仪｜实测手记 - 农机老谭的博客</title>
<link rel="stylesheet" href="/wp-content/themes/tianye/style.css?ver=2.3">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header id="masthead"><p class="site-title">⟦m 农机老谭的博客⟧</p><p class="site-description">⟦m 一个农机站老站员的田间笔记⟧</p></header>
<nav class="menu">⟦m 首页　农机随笔　维修心得　田间实测　留言本⟧</nav>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2025-07-21 20:36]　分类：田间实测　作者：老谭⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：测亩仪　量地　农机站　北斗⟧</footer>
</article>
<nav class="post-nav">⟦l ← 收割机割台高度怎么调⟧　⟦l 秸秆打捆机选购小记 →⟧</nav>
<section id="comments">
<h3>⟦l 4 条评论⟧</h3>
<p>⟦l 鬃岭麦客：第三台是什么牌子的？求个链接⟧</p>
<p>⟦l 老谭（博主）：不打广告哈，去县农机站看看就知道了⟧</p>
<form>⟦a 发表评论　您的电子邮箱地址不会被公开⟧</form>
</section>
<aside id="secondary">
<h3>⟦l 标签云⟧</h3><p>⟦l 收割机 播种机 测亩仪 植保无人机 秸秆 农机补贴⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年七月 (4)⟧</li><li>⟦l 2025年六月 (6)⟧</li></ul>
<h3>⟦l 日历⟧</h3><p>⟦l 一 二 三 四 五 六 日⟧</p>
</aside>
<footer id="colophon">⟦m © 农机老谭的博客　自豪地采用 WordPress⟧</footer>
<script>var wpSettings={"ajax":"/wp-admin/admin-ajax.php"};</script>
</body>
</html>
""",
        body="""
在农机站干了快三十年，量地的家什换了好几茬。从皮尺、测绳到现在的测亩仪，我自己前后用过三台，今天记一记。
第一台是2016年买的，黑白屏，要等好几分钟才能搜到卫星，阴天干脆不灵。有一回给淤口那边的合作社量地，绕了三圈三个数，最后还是拉皮尺算的。
第二台是2019年站里配的，带彩屏和轨迹显示，能存两百块地的数据。它的毛病是电池不耐用，秋收忙的时候一天要充两回电。
第三台是去年换的，手机大小，支持北斗和GPS双模定位，绕地一圈误差一般在百分之一以内。最方便的是能把测量结果直接发到手机上，机手和农户各存一份，结账时谁也不用争。⟦l 觉得有用就转给身边的机手朋友吧⟧
工具越来越好用，可我还是跟年轻人说，测亩仪只是帮手，地边地角要自己走到，数据要当着农户的面读，这比什么都要紧。
""",
    ),
    dict(
        slug="blog-yanxia-father-bucket-wrapped",
        site="檐下拾光 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.yanxiashiguang.net/post/238",
        title="父亲的灰桶",
        record_title="父亲的灰桶 · 檐下拾光（旧文翻新重贴）",
        date=None,
        notes="personal blog essay hard-wrapped at 64 columns; no date (only a relative reading line); comments and a comment form",
        page="""
!m 檐下拾光 ｜ 一个人的慢生活记录
!m 首页　随笔　旅行　读书　关于我
{T}
!m 随笔 · 3 条评论 · 阅读 617
{BODY}
!l 标签：父亲　手艺　旧物
!l « 外婆的竹篮　　　老屋门前的枇杷树 »
!l 3 条评论
!l 南山豆：看哭了，我爸也是泥瓦匠。
!l 小满：“手里有桶就不能往下看”，这句记住了。
!a 留下你的足迹（邮箱仅博主可见）
!m © 2025 檐下拾光　Powered by Typecho · 主题 Lanting
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
父亲是个泥瓦匠，干了一辈子抹灰的活。家里最多的东西，除了铁抹子和托灰板，就是大大小小的灰桶。
小时候的灰桶是铁皮的，桶沿卷着一圈铁丝，用久了桶底会烂出小洞。父亲就剪一块旧轮胎皮垫在里面，照样能用。后来换成了黑色的塑料桶，轻便，不生锈，父亲却说塑料桶“不趁手”，灰干在里头不好敲。
每天收工，父亲第一件事是洗灰桶。他蹲在水龙头下，用半截竹片把桶壁上的灰一点点刮下来，再用刷子刷干净，倒扣在院墙根下。他说，灰桶不洗，第二天灰就结成了块，再和的灰也不匀。
我上初中那年暑假，跟着父亲去工地帮工。他让我提灰桶上脚手架，反复叮嘱：桶要挂在架子里边，手里有桶就不能往下看。那天我提了几十趟，晚上胳膊酸得端不起碗，父亲却笑着说，这才哪到哪。
如今父亲七十多了，早就不上工地了。院墙根下还倒扣着两只灰桶，洗得干干净净。他说留着，说不定哪天还用得上。
""",
    ),
]
