"""holdout280, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, one 博客. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-gengdu-speech-plough-check-gb2312",
        site="耕读范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gengdufw.net/jianghua/nongye/2025/0303/11806.html",
        title="在全镇春耕备耕暨农具检修现场会上的讲话",
        record_title="【讲话范本·春耕】在全镇春耕备耕暨农具检修现场会上的讲话（范本可改）_耕读范文网",
        date="2025-02-26",
        date_also=["2025-03-03"],
        notes="old gb2312 table page: marquee, reading-preference row, floating ghost-writer box, hot list, visitor counter; speaker and date lines under the title (neutral); a writing-service line between paragraphs and a collect link glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话范本·春耕】在全镇春耕备耕暨农具检修现场会上的讲话（范本可改）_耕读范文网</title>
<meta name="keywords" content="春耕讲话,农具检修,犁铧">
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_kefu.js"></script>
<script language="javascript">var hitid=11806;</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt=""></td><td>⟦m 耕读范文网 · 耕田读书 写好每一篇稿子⟧</td><td align="right">⟦a <a href="#">设为主页</a> | <a href="#">收进书签</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" class="nav">
<tr>⟦m <td><a href="/">首页</a></td><td><a href="/jianghua/">讲话致辞</a></td><td><a href="/zongjie/">总结汇报</a></td><td><a href="/xinde/">心得体会</a></td><td><a href="/fangan/">计划方案</a></td>⟧</tr>
</table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦a 耕读范文网材料日日上新，老会员每晚八点签到可领3个下载点⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="4">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：<a href="/">耕读范文网</a> → <a href="/jianghua/">讲话致辞</a> → 农业农村讲话⟧</div>
<h1 align="center">{T}</h1>
<div class="xinxi" align="center">⟦m 更新：2025-03-03　投稿：禾下书生　人气：<span id="hits">1436</span>⟧</div>
<div class="shezhi" align="center">⟦a 〔阅读偏好：字体加粗　取消加粗　护眼底色〕⟧</div>
<p align="center">镇党委副书记、镇长　郝立平</p>
<p align="center">（2025年2月26日）</p>
<div class="zhengwen">
{BODY}
</div>
<table width="100%"><tr><td>⟦a 【下载此篇Word稿】⟧　⟦a 【打印此篇】⟧　⟦a 【合上本页】⟧</td></tr></table>
<table width="100%"><tr><td>⟦l 上一篇：全县农机安全生产工作会议讲话提纲⟧</td></tr><tr><td>⟦l 下一篇：村级春季植树动员会主持词⟧</td></tr></table>
</td>
<td width="260" valign="top" class="right">
<table width="100%"><tr><td class="tit">⟦l 本周热门范文⟧</td></tr>
<tr><td>⟦l ・乡镇春耕生产工作推进会讲话⟧</td></tr>
<tr><td>⟦l ・农机合作社年度工作汇报⟧</td></tr>
<tr><td>⟦l ・高标准农田建设表态发言⟧</td></tr></table>
</td></tr>
</table>
<div id="float_qq" style="position:absolute;right:5px;top:200px;">⟦w 材料定制 加微信 gengdu_zhou⟧</div>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦m 您是本站第 0038812 位读者⟧</td></tr>
<tr><td align="center">⟦d 本站范文由网友投稿整理，只作写作参考，引用前请自行核实⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2025 gengdufw.net 耕读范文网 冀ICP备09031877号⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
今天我们在瓜湛村农机合作社召开春耕备耕暨农具检修现场会，目的是把备耕工作往前赶、往细里抓。刚才大家看了合作社的检修车间，一排排新换的犁铧擦得发亮，这就是备耕该有的样子。
⟦w 同类讲话稿可代拟，写稿找老周 QQ 2290167431⟧
第一，农具检修要赶在节气前头。全镇登记在册的铧式犁有四百一十二台，目前完成检修二百六十台，还有三成没有动。各村要在三月十日前把犁铧、犁壁、犁柱逐台查一遍，磨损超过一指宽的犁铧一律更换，不能带病下地。
第二，配件供应要跟上。镇农机站已与县里两家铸造厂签订供货协议，首批八百片犁铧本周到货，按村分配、平价供应。⟦a 〔收藏这篇讲话〕⟧
第三，安全操作要讲在前面。拖拉机挂犁作业前要检查销轴和保险销，田间调整犁铧深浅必须熄火，严禁边走边调。
同志们，一年之计在于春。希望大家抓紧时间、抓实细节，确保今年春耕不误农时！
""",
    ),
    dict(
        slug="fanwen-nuanbi-pledge-foot-warmer-safety",
        site="暖笔范文 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.nuanbifw.cn/changyishu/2024/1209/5528.html",
        title="关于冬季安全使用汤婆子等取暖用品的倡议书",
        record_title="关于冬季安全使用汤婆子等取暖用品的倡议书（精编2则）｜暖笔范文",
        date="2024-12-02",
        date_also=["2024-12-09"],
        notes="a 范文 page: an update line with another date; a ghost-writer line between paragraphs; a copy note glued after the last sentence before the signature",
        page="""
!m 暖笔范文 — 暖心材料 随手可得
!m 当前栏目：暖笔范文 › 倡议书 › 安全倡议
!t 关于冬季安全使用汤婆子等取暖用品的倡议书（精编2则）
!m 更新于 2024-12-09　　编辑：柚子　　热度 877
!a ［复制全文］　［存为Word］　［分享给同事］
{BODY}
!a 看完这一篇，登录后还能免费领取第2则倡议书
!l 大家还在看：
!l 》社区冬季防火安全倡议书
!l 》致全体居民的一封冬季用电安全信
!l 》老年人冬季健康提示（范文）
!d 暖笔范文所收文章来源于网友投稿与公开资料，若涉及侵权，请来信，我们核实后下架。
!m ©2018-2025 nuanbifw.cn 暖笔范文 浙ICP备18036620号-1
""",
        indent="\u3000\u3000",
        body="""
广大居民朋友们：
入冬以来，不少老人重新用起了铜质、搪瓷的汤婆子。汤婆子灌上热水塞进被窝，既省电又暖和，但使用不当也会带来烫伤等隐患。为此，我们向全街道居民发出如下倡议：
一、灌水不宜过满，以八成为宜，拧紧盖子后倒置片刻，确认不渗不漏再使用。
⟦w 街道、社区宣传材料可代为拟写，微信 nuanbi_wen88⟧
二、汤婆子外面要套上布套，不要直接贴着皮肤，更不要整夜抱在怀里睡觉。
三、家中有卧床老人、婴幼儿和糖尿病患者的，要由家人代为放置，睡前取出。
四、发现壶身变形、焊缝发黑或盖子滑丝的，请停止使用，及时更换。
温暖过冬，安全第一。让我们从身边小事做起，共同守护家人的冬夜平安。⟦a （本篇已开放一键复制）⟧
旭隅区昭绚街道办事处
2024年12月2日
""",
    ),
    dict(
        slug="wenku-fengyue-survey-meters-html-markers",
        site="丰阅文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.fengyuewk.com/doc/2024/7734201.html",
        title="关于全市中职学校电工实训仪表配备情况的调研报告",
        record_title="关于全市中职学校电工实训仪表配备情况的调研报告.pdf",
        date="2024-11-18",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs (⚒ n ⚒) cutting sentences, a coin pay box; file-name record title; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全市中职学校电工实训仪表配备情况的调研报告.pdf - 丰阅文库</title>
<script src="/static/js/reader.min.js"></script>
<script>window.__DOC__={id:7734201,pages:6};</script>
</head>
<body>
<header class="fy-top"><a class="logo" href="/">⟦m 丰阅文库⟧</a><span class="slogan">⟦m 读得到的好文档⟧</span><a href="/login">⟦a 登录丨注册⟧</a><a href="/vip">⟦a 开通畅读卡⟧</a></header>
<nav class="fy-nav">⟦m <a>首页</a> <a>教育资料</a> <a>职业教育</a> <a>调研报告</a>⟧</nav>
<div class="doc-head">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：fy_user6610　上传于 2024-12-05　共6页　2.4万阅读⟧</div>
<div class="doc-toolbar">⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 全屏阅读⟧ ⟦a 加入书架⟧</div>
</div>
<div class="doc-reader">
{BODY}
</div>
<div class="pay-box"><p>⟦a 剩余 3 页需支付 6 文库币解锁⟧</p><button>⟦a 立即解锁⟧</button><button>⟦a 畅读卡免费看⟧</button></div>
<aside class="related"><h3>⟦l 看过这篇的人还看了⟧</h3><ul>
<li>⟦l 中职电子电工专业实训室建设方案.docx⟧</li>
<li>⟦l 职业院校实训设备管理情况调查⟧</li></ul></aside>
<footer><p>⟦d 丰阅文库内容来自用户上传，平台提供存储与浏览，如对文档有异议请通过申诉入口反馈⟧</p><p>⟦m 沪ICP备21017735号-3　丰阅文库 fengyuewk.com⟧</p></footer>
</body>
</html>
""",
        p_html='<div class="pg-txt"><p>{}</p></div>',
        pages=dict(fmt="⚒ {n} ⚒", every=140, start=2),
        body="""
为了解全市中职学校电工实训仪表的配备和使用情况，市职业教育研究室于今年十月走访了六所开设电气类专业的学校，查阅设备台账，召开师生座谈会，现将情况报告如下。
一、基本情况。六所学校共有电工实训工位四百八十个，配备指针式万用表三百一十二块、数字万用表五百六十块，生均一点四块，基本满足分组实训需要。
二、存在问题。一是老旧表计偏多，购置超过八年的指针表占四成，表笔破损、挡位开关接触不良的情况较为普遍；二是计量检定不到位，三所学校近两年未送检；三是安全教学不够规范，部分学生习惯用电流挡测电压，烧表事故时有发生。
三、几点建议。建议分三年更新淘汰老旧表计，建立仪表年度送检制度，把万用表正确选挡写进实训考核评分细则。
靖漩市职业教育研究室
2024年11月18日
""",
    ),
    dict(
        slug="wenku-landian-plan-share-furnace-wrapped",
        site="览典文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.landianwk.cn/view/c81f20a7.html",
        title="澎崇县农机铸件厂犁铧热处理线节能改造实施方案",
        record_title="澎崇县农机铸件厂犁铧热处理线节能改造实施方案.docx",
        date="2024-09-06",
        notes="wrapped at 62 columns; page markers ♜n♜ glued to the continuation line; file-name record title; upload date no date",
        page="""
!t 澎崇县农机铸件厂犁铧热处理线节能改造实施方案.docx
!m 上传者：耕夫***　　上传日期：2024-09-20　　格式：DOCX　　5页
!a 下载（8览典币）　｜　收藏　｜　举报
!m 览典文库 · 工业文档频道
{T}
{BODY}
!a 试看到此为止，完整内容请下载后阅读
!a 单篇购买 ￥3.5　　　开通月卡 全站畅下
!d 文档由网友上传，览典文库仅提供在线预览服务；内容如涉侵权请联系平台核实删除。
!l 相关文档：铸造车间中频炉改造可行性报告　|　热处理工序能耗测算表.xlsx
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="♜{n}♜", every=100, start=2, glue=True),
        body="""
为降低犁铧热处理工序能耗，提高产品硬度一致性，结合厂里实际，制定本方案。
一、改造内容
将现有两台燃煤淬火炉改为中频感应加热线一条，配套建设喷淋淬火槽和回火炉各一座，年设计产能犁铧十二万片。
二、进度安排
九月完成设备招标，十月至十一月安装调试，十二月试生产并组织验收。改造期间保留一台老炉应急生产，保证秋耕犁铧订单按期交付。
三、预期效果
改造后每片犁铧热处理耗电由一点九千瓦时降至一点二千瓦时，淬火硬度合格率由百分之九十一提高到百分之九十七以上，车间粉尘和煤烟排放基本消除。
四、保障措施
成立由厂长任组长的改造工作组，生产科负责进度，质检科负责硬度抽检，财务科负责资金拨付，每周召开一次调度会。
澎崇县农机铸件厂
2024年9月6日
""",
    ),
    dict(
        slug="gov-yongpu-bulletin-warmers-index-table",
        site="雍瀑县人民政府 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.yongpu.gov.example.cn/zwgk/bmwj/scjgj/202501/t20250114_80412.html",
        title="关于2024年冬季取暖用品产品质量监督抽查情况的通报",
        record_title="关于2024年冬季取暖用品产品质量监督抽查情况的通报_部门文件公开_雍瀑县人民政府",
        date="2025-01-10",
        date_also=["2025-01-14"],
        notes="county portal: easy-reading links, 索引号 table with the 文号 cell unmarked (neutral), a data table in the body, the bureau's own contact beside the portal's correction line and 12345, 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于2024年冬季取暖用品产品质量监督抽查情况的通报_部门文件公开_雍瀑县人民政府</title>
<meta name="ArticleTitle" content="关于2024年冬季取暖用品产品质量监督抽查情况的通报">
<script src="/js/jquery.min.js"></script>
<script>var _pv = "80412";</script>
</head>
<body>
<div class="topbar">⟦m 雍瀑县人民政府⟧ <a href="#">⟦a 简洁阅读⟧</a> <a href="#">⟦a 朗读本页⟧</a> <a href="#">⟦a 繁/简切换⟧</a> <a href="/login">⟦a 个人中心⟧</a></div>
<ul class="mainnav">⟦m <li>首页</li><li>走进雍瀑</li><li>政务公开</li><li>政务服务</li><li>互动交流</li>⟧</ul>
<div class="position">⟦m 当前所在：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县市场监管局⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：YPX-SCJG-2025-00031⟧</td><td>⟦m 发布机构：雍瀑县市场监督管理局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-01-14⟧</td><td>雍市监〔2025〕3号</td></tr>
<tr><td>⟦m 主题分类：质量监管⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="fontsize">⟦a 字体：放大 · 默认 · 缩小⟧</div>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a 打印此页⟧ ⟦a 关闭窗口⟧</div>
<div class="correct">⟦w 内容有误？请致电县政务公开办 0738-6219012 指正⟧</div>
</div>
<div class="related"><h4>⟦l 同类文件⟧</h4><ul><li>⟦l 关于2024年第三季度电动自行车产品抽查情况的通报⟧</li><li>⟦l 雍瀑县2024年儿童用品质量安全提示⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：雍瀑县人民政府办公室　承办：雍瀑县政务数据服务中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站标识码：4312990021⟧</p>
<p>⟦m 湘ICP备05021446号-1　公安机关备案号 43129902000101⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
2024年11月至12月，县市场监管局对全县流通领域的取暖用品开展了产品质量监督抽查，共抽查热水袋、铜制汤婆子、电暖宝等产品三十六批次，合格三十一批次，合格率百分之八十六点一。现将不合格产品情况通报如下：
产品名称　销售单位　不合格项目
铜制汤婆子　瑰洪镇惠民日杂店　盖口密封性
铜制汤婆子　县城东门五金商行　焊缝渗漏
橡胶热水袋　蒂萧镇万家超市　爆破压力
电暖宝　瓜湛镇福源商店　温控器动作温度
对上述不合格产品，县局已责令销售单位立即下架、封存，并依法立案调查。请各乡镇督促辖区经营者严格落实进货查验制度。
联系人：蔡文静　电话：0738-6215047
雍瀑县市场监督管理局
2025年1月10日
抄送：县人民政府办公室。
雍瀑县市场监督管理局办公室　2025年1月10日印发
""",
    ),
    dict(
        slug="gov-pengchong-request-plough-heritage-cn-date",
        site="澎崇县人民政府门户网站 (invented)",
        style="政府门户",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.pengchong.gov.example.cn/xxgk/ysqgk/202410/t20241021_3307.html",
        title="关于将晤昭村犁铧锻打技艺列入县级非物质文化遗产代表性项目名录的请示",
        record_title="【依申请公开】关于将晤昭村犁铧锻打技艺列入县级非物质文化遗产代表性项目名录的请示",
        date="2024-10-15",
        date_also=["2024-10-21"],
        notes="portal text page: 文号 line under the title (neutral), 成文日期 in Chinese numerals, 附件 list and the requester's contact in the body, a related-link line between paragraphs",
        page="""
!m 澎崇县人民政府门户网站
!m 位置：首页 ＞ 信息公开 ＞ 依申请公开 ＞ 文化旅游
!t 【依申请公开】关于将晤昭村犁铧锻打技艺列入县级非物质文化遗产代表性项目名录的请示
!m 发布时间：2024-10-21 16:05　　信息来源：县文化馆　　浏览次数：214
!a 【字号：特大 大 中】　【打印正文】
{T}
澎文馆〔2024〕17号
{BODY}
!l 【相关解读】一图读懂县级非遗代表性项目申报流程
!m 主办单位：澎崇县人民政府办公室　　网站地图　　联系我们
!m 湘ICP备11002873号　　网站标识码 4310270003
""",
        body="""
县文化和旅游局：
晤昭村位于瓜湛镇北部，村民打制犁铧的历史可追溯到清代中期。老铁匠以熟铁包钢、三火三锤的方法锻打犁铧，铧尖耐磨、入土轻快，周边几个县的农户过去常专程来村里定制。目前村里掌握完整技艺的仅剩戴长根、戴小满父子二人，技艺传承面临断档。
⟦l 相关链接：澎崇县县级非遗代表性项目名录（第五批）⟧
经我馆组织专家实地调查，该技艺具有较高的历史价值和实用价值，符合县级非物质文化遗产代表性项目的申报条件。现恳请将晤昭村犁铧锻打技艺列入县级非物质文化遗产代表性项目名录。
妥否，请批示。
附件：1.晤昭村犁铧锻打技艺申报书
2.传承谱系及影像资料目录
联系人：邹海燕　联系电话：0736-4427319
澎崇县文化馆
二〇二四年十月十五日
""",
    ),
    dict(
        slug="news-qiying-whisk-maker-photo-captions",
        site="崎莹新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qiyingnews.example.cn/content/2024-11/03/c_128841.html",
        title="马尾一束手艺传家 崎莹县老匠人的拂尘走进非遗展",
        record_title=None,
        date="2024-11-03",
        notes="no title in the record: the title only in an <h1>; byline 发布时间 is the page's date; a photo caption between paragraphs; an editor line glued after the last 。; listen button, ad slot, a list of today's stories",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>崎莹新闻网</title>
<script async src="/js/ad-loader.js"></script>
<script>var articleId = 128841;</script>
</head>
<body>
<div class="head"><span class="logo">⟦m 崎莹新闻网⟧</span><span class="sub">⟦m 崎莹县融媒体中心主办⟧</span></div>
<nav>⟦m <a>首页</a> <a>时政</a> <a>民生</a> <a>文旅</a> <a>视频</a> <a>专题</a>⟧</nav>
<div class="crumbs">⟦m 首页 ＞ 文旅 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-11-03 08:12　来源：崎莹新闻网　记者：冯晓岚⟧</div>
<div class="listen"><button>⟦a 语音朗读本文⟧</button></div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转给朋友：微信 · 微博 · 复制链接⟧</div>
</article>
<div class="ad-slot">⟦d 广告位招租 0731-3855000⟧</div>
<aside><h3>⟦l 今日崎莹⟧</h3><ol>
<li>⟦l 县城东片区老旧管网改造本月完工⟧</li>
<li>⟦l 瑰洪镇柑橘采摘季开启⟧</li>
<li>⟦l 第三届非遗手工艺展开幕⟧</li></ol></aside>
<footer>⟦d 本网稿件未经书面授权不得转载⟧<br>⟦m 崎莹新闻网 版权所有　湘ICP备13020571号⟧</footer>
</body>
</html>
""",
        body="""
本报讯　十一月二日，崎莹县第三届非遗手工艺展在县文化馆开幕，七十三岁的拂尘制作艺人萧玉堂带来的二十柄手工拂尘吸引了不少观众驻足。
⟦m 图为萧玉堂在展台前演示扎制拂尘。冯晓岚 摄⟧
萧玉堂做拂尘已有五十多年。一柄拂尘要经过选尾、洗尾、梳尾、扎把、缠丝、装柄等三十多道工序，光是把马尾一根根梳顺就要花上两天。他用的拂尘柄多是本地的枣木和竹根，打磨后上三遍清漆，握在手里温润不滑。
“过去道观、戏班都找我做，现在来买的多是练拂尘功的老年人。”萧玉堂说，近几年他带了两个徒弟，想把这门手艺传下去。
⟦m 展出的马尾拂尘与竹根拂尘。冯晓岚 摄⟧
据悉，本次展览持续到十一月十五日，共展出竹编、木雕、拂尘等十二类手工艺品三百余件。⟦m （责任编辑：庞一鸣）⟧
""",
    ),
    dict(
        slug="news-jingxuan-brushes-village-app-prompt",
        site="靖漩日报网 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jxrb.example.cn/xuyu/2025-03/19/content_66210.htm",
        title="区美术馆“一支画笔进乡村”募集画笔四千余支",
        record_date="2025-03-19",
        date="2025-03-19",
        notes="title and date from the record; an app prompt glued before the news lead; a reporter line glued after a 。; a related list and an app QR line under the text",
        page="""
!m 靖漩日报网｜旭隅频道
!m 首页 > 旭隅 > 文化
{T}
!m 2025-03-19 07:40　　靖漩日报　　阅读 3.1万
!a A+　A-　　听本文
{BODY}
!l 〔旭隅文化〕美术馆春季公益课程开始报名
!l 〔旭隅文化〕乡村学校美育教师培训班结业
!a 扫一扫，在靖漩头条App上读本地新闻
!m 靖漩日报社主办　新闻热线：0739-2200110
""",
        body="""
⟦a 打开靖漩头条App，第一时间看本地新闻⟧本报讯　三月十八日，旭隅区美术馆“一支画笔进乡村”公益活动在美术馆广场收官。为期一个月的活动共收到市民捐赠的水彩笔、油画笔、毛笔等各类画笔四千三百余支，颜料、画纸一千二百余份。
捐赠的画笔经志愿者分拣、清洗、消毒后，将分装成三百套美术工具包，送往区内十二所乡村小学和两个教学点。⟦m 记者 贾思远 通讯员 潘悦⟧
活动发起人、美术馆馆员卞晓晨介绍，募集中发现不少家庭有闲置画笔，“有的只用过一两次，笔锋都还完好”。
美术馆还招募了十六名美术教师志愿者，下学期起每月到乡村小学上一次美术课。
""",
    ),
    dict(
        slug="forum-hanxiquan-meter-zero-jammer",
        site="焊锡圈论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.hanxiquan.example.com/thread-330917-1-1.html",
        title="指针万用表欧姆挡调不到零，换了电池也不行",
        record_title="[维修求助] 指针万用表欧姆挡调不到零，换了电池也不行 - 仪表维修 - 焊锡圈论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts in the post, a rating row, a signature, replies; the post time is relative (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[维修求助] 指针万用表欧姆挡调不到零，换了电池也不行 - 仪表维修 - 焊锡圈论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="hd">⟦m 焊锡圈论坛 · 电子维修爱好者的家⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册会员⟧</a></div>
<div id="pt">⟦m 焊锡圈论坛 › 维修交流区 › 仪表维修 › 查看帖子⟧</div>
<div class="hm">⟦m 阅读：1906 ｜ 跟帖：23⟧</div>
<table id="pid1"><tr>
<td class="pls"><div class="authi">⟦m 老K修表⟧</div><div>⟦m 积分 862　帖子 144　注册于 2019⟧</div></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [维修求助] 指针万用表欧姆挡调不到零，换了电池也不行⟧</span></h1>
<div class="authi">⟦m 楼主｜发表于 3 天前｜只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 4　焊币 +12　理由：好问题⟧</div>
<div class="sign">⟦l 签名：修了二十年表，只信万用表上的指针⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table>
<div class="reply"><div>⟦l 沙发｜电烙铁不冷：多半是调零电位器碳膜磨损了⟧</div><div>⟦l 板凳｜阿炳电子：老表有感情，换个电位器几块钱⟧</div></div>
<div id="f_pst">⟦a 登录后才能参与讨论⟧</div>
<div id="ft">⟦m 焊锡圈论坛 ( 粤ICP备16077201号 )⟧　⟦m Powered by Discuz! X3.5⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
各位师傅好，手上有一块用了十几年的指针万用表，最近测电阻时欧姆挡怎么也调不到零。
具体情况是这样的：打到乘十挡，两支表笔短接后指针只能走到四欧左右，转动调零旋钮几乎没反应。我先换了新的一号电池和九伏层叠电池，结果一样。
拆开看了一下，电路板上没有明显烧痕，调零电位器旋起来有点沙沙声，表笔线也用另一块表测过，是通的。
想请教一下，是不是调零电位器坏了？这种老表还有没有必要修，还是直接换一块数字表算了？先谢谢大家。
""",
    ),
    dict(
        slug="forum-tiaosepan-brush-washing-junk",
        site="调色盘论坛 (invented painters' forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.tiaosepan.example.com/thread-55120-1-1.html",
        title="油画笔用完怎么洗才不炸毛",
        record_title="【洗笔心得】油画笔用完怎么洗才不炸毛 - 油画交流 - 调色盘论坛",
        date=None,
        notes="forum post with junk lines and junk glued after 。; the post time is 昨天 (no date); replies under it",
        page="""
!m 调色盘论坛 - 画画的人都在这儿
!m 调色盘论坛 » 油画交流 » 技法讨论
!t 【洗笔心得】油画笔用完怎么洗才不炸毛
!m 查看：3382　回复：41
!m 松节油不香 发表于 昨天 21:40　只看该作者　倒序看帖
{BODY}
!a 支持(26)　反对(0)　收进收藏夹
!l 2#　青绿山水：学到了，我以前都是笔头朝上插笔筒
!l 3#　刮刀小王：猪鬃笔可以再抹一点护发素
!a 游客请先登录再回帖
!m 调色盘论坛 ( 苏ICP备17022091号 )　手机版　小黑板
""",
        junk=dict(lines=2, glued=3),
        body="""
画了六年油画，前两年毁了不少画笔，后来摸索出一套清洗办法，发出来给新手参考。
第一步，画完先用纸巾把笔头上的余色挤干净，不要直接泡进松节油里。
第二步，在松节油里轻轻涮，笔头朝下按住转圈，千万别用力戳杯底，猪鬃笔一戳就开叉。
第三步，用温水加洗洁精或者肥皂在掌心打圈，直到泡沫不带颜色为止。
第四步，洗好后把笔毛捋顺，平放或笔头朝下挂着晾干，不要笔头朝上插在笔筒里，水会倒流进笔根，金属箍时间长了会松。
按这个方法，我现在一支狼毫笔能用一年多。有问题可以跟帖问。
""",
    ),
    dict(
        slug="blog-yanxia-memoir-copper-warmer",
        site="檐下慢语 (invented, Hexo-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://yanxia.example.blog/posts/tangpozi/",
        title="外婆的铜汤婆子",
        record_title="【老物件慢慢说】外婆的铜汤婆子 —— 檐下慢语",
        date=None,
        notes="a blog memoir with no date (a post with only a season); reading-time line, a further-reading link glued after a 。, licence block, tag cloud, archive, comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【老物件慢慢说】外婆的铜汤婆子 —— 檐下慢语</title>
<link rel="stylesheet" href="/css/style.css">
<script src="/js/busuanzi.pure.mini.js" async></script>
</head>
<body>
<header><a class="brand" href="/">⟦m 檐下慢语⟧</a><p class="motto">⟦m 把旧日子慢慢写下来⟧</p>
<nav>⟦m <a>首页</a> <a>归档</a> <a>分类</a> <a>关于</a>⟧</nav></header>
<main>
<article>
<h1 class="post-title">⟦t 【老物件慢慢说】外婆的铜汤婆子⟧</h1>
<div class="post-meta">⟦m 分类：旧物　｜　阅读约需 3 分钟　｜　本文 402 字⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="copyright">⟦d 本文作者：檐下　许可协议：署名-非商业性使用，转载请保留出处⟧</div>
<div class="post-nav">⟦l ← 老屋的木格窗⟧　⟦l 灶台边的火钳 →⟧</div>
</article>
<section id="comments"><h3>⟦l 写下你的留言⟧</h3><textarea></textarea><button>⟦a 提交留言⟧</button></section>
</main>
<aside>
<div class="tags"><h4>⟦l 标签⟧</h4>⟦l 旧物 外婆 冬天 老街 铜器⟧</div>
<div class="archive"><h4>⟦l 归档⟧</h4>⟦l 2025年1月 (3)　2024年12月 (5)　2024年11月 (2)⟧</div>
</aside>
<footer>⟦m © 2019 - 2025 檐下慢语　由 Hexo 驱动⟧ ⟦m 本站总访问 <span id="busuanzi_value_site_pv"></span> 次⟧</footer>
</body>
</html>
""",
        p_html='<p>{}</p>',
        body="""
外婆家的五斗柜顶上，一直放着一只扁圆的铜汤婆子，黄铜的壶身被摸得发亮，盖子上刻着一圈回纹。
小时候冬天去外婆家过夜，她总是晚饭后就烧一壶开水，灌进汤婆子，拧紧盖子，再套上她用旧毛衣拆了织的套子，早早塞到我的被窝脚头。等我洗完脚钻进去，被子里已经暖烘烘的。
外婆说，这只汤婆子是她出嫁那年外公在镇上铜匠铺里买的，盖子漏过一次，请铜匠补了锡，又用了几十年。⟦l 延伸阅读：外公的铜匠朋友⟧
早上起来，汤婆子里的水还是温的，外婆就倒出来给我洗脸。那时候不觉得有什么，如今想起来，那是一个冬天最软的温度。
外婆走后，汤婆子到了我家。每年入冬，我都会把它拿出来擦一擦，灌一回热水。
""",
    ),
]
