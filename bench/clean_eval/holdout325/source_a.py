"""holdout325, part A: 范文 sites, 文库 previews, government portals, news portals and forums.
Everything invented (places, people, sites, URLs, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="moyun-speech-lunchbag-gb2312-table",
        site="墨耘范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyunfw.example.com/jianghua/jiaoyu/2025/0310/44718.html",
        title="在全县中小学生带餐上学保温袋发放工作推进会上的讲话",
        record_title="【讲话·编辑精修】在全县中小学生带餐上学保温袋发放工作推进会上的讲话（换个县名就能交）_墨耘范文网",
        date="2025-03-04",
        date_also=["2025-03-10"],
        notes="old table layout with a marquee, a reading-settings row, a floating ghost-writer QQ box, a hot list and a visitor counter; date under the speech title, the site's posting date also accepted; a ghost-writer prompt glued after a 。 and a member-export line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话·编辑精修】在全县中小学生带餐上学保温袋发放工作推进会上的讲话（换个县名就能交）_墨耘范文网</title>
<meta name="keywords" content="保温袋,讲话稿,带餐上学">
<link href="/css/myfw.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/floatqq.js"></script>
<script>function fontZoom(s){document.getElementById('fwtext').style.fontSize=s+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" bgcolor="#F3EEE2"><marquee scrollamount="3">⟦m 墨耘范文网开通手机版啦，公文、讲话、总结随时随地看，欢迎奔走相告！⟧</marquee></td></tr>
<tr><td><img src="/images/logo.gif" alt="墨耘范文网">⟦m 墨耘范文网·笔墨耕耘每一稿⟧</td></tr>
<tr><td bgcolor="#8B2F1C">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">方案计划</a> | <a href="/xinde/">心得感悟</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="690" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 所处栏目：墨耘范文网 &gt;&gt; 讲话发言 &gt;&gt; 教育讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center" class="info">⟦m 收录日期：2025-03-10　供稿：耕读小吏　人气：1288⟧<script>document.write("")</script></td></tr>
<tr><td align="center">⟦a 〖调整字号：大　中　小〗〖关灯夜读〗〖复制到剪贴板〗⟧</td></tr>
<tr><td align="center">（2025年3月4日）</td></tr>
<tr><td align="center">筜溪县人民政府副县长　卢景和</td></tr>
<tr><td id="fwtext" class="content">
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦l 上一篇：在全县校园食品安全工作会议上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇：乡镇中心校校长开学工作会表态发言⟧</td></tr></table>
</td>
<td width="260" valign="top" bgcolor="#FAF7F0">
<table width="100%"><tr><td class="bt">⟦l 本周人气排行榜⟧</td></tr>
<tr><td>⟦l 1. 全县教育工作会议讲话（三篇合集）⟧</td></tr>
<tr><td>⟦l 2. 学生营养改善计划推进会主持词⟧</td></tr>
<tr><td>⟦l 3. 分管副县长在开学安全工作会上的讲话⟧</td></tr></table>
<div id="floatqq" style="position:absolute;right:4px;top:220px;">⟦w 写稿不求人：代笔QQ 2736150948（手机同号）⟧</div>
</td></tr></table>
<table width="960" border="0" align="center"><tr><td align="center" bgcolor="#F3EEE2">
⟦d 本站稿件多由网友提供，仅作写作参考，严禁整篇用于正式场合，后果自负。⟧<br>
⟦m 墨耘范文网 www.moyunfw.example.com　备案号：湘ICP备18052736号-1⟧<br>
⟦m 您是本站第 0431827 位访客⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天我们召开全县中小学生带餐上学保温袋发放工作推进会，主要是把县政府第12次常务会议的部署落到实处。今年秋季起，全县有二十三所农村学校实行学生带餐、学校统一加热，保温袋虽小，却关系到四千多名孩子的午饭冷热。⟦w 原创讲话稿私人定制，请联系站长QQ：2736150948⟧
第一，要把好质量关。县教育局和市场监管局要联合抽检，保温层厚度、内衬材质必须符合食品接触要求，不合格的一律退货，决不能让孩子背着“凉饭袋”上学。
⟦a ▲墨耘会员登录后可一键导出本篇Word全文▲⟧
第二，要把好发放关。各乡镇中心校要按班级建立台账，做到一人一袋、签字领取，六月底前全部发放到位。
第三，要把好使用关。班主任要教孩子正确使用，每周提醒家长清洗晾干，防止内衬发霉。
同志们，小小保温袋连着千家万户。希望大家把好事办好、实事办实，让孩子们在学校吃上一口热饭。
""",
    ),
    dict(
        slug="jiandu-insight-dorm-moisture-title-line",
        site="简牍范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.jiandufw.example.net/xinde/houqin/77310.html",
        title="做好学生宿舍衣柜防潮工作的几点心得",
        record_title=None,
        date=None,
        notes="no record title: the page's title line carries a 〔站长推荐〕 tag; a ghost-writer WeChat prompt glued after a 。; only a relative 'added 3 days ago' stamp, no date",
        page="""
!m 简牍范文库｜一篇好稿，省你半天
!m 位置：首页 / 心得体会 / 后勤服务心得
!t 做好学生宿舍衣柜防潮工作的几点心得〔站长推荐〕
!m 收录于3天前　浏览 962 次　本文约 460 字
!a 〔存为Word〕〔发送到手机〕〔纠错〕
{BODY}
!a 文末福利：开通简牍年卡，全站心得体会随意导出
!l 相关心得
!l ◇ 宿管员年度工作心得（三篇）
!l ◇ 学校后勤服务“暖心工程”心得
!l ◇ 梅雨季节校园安全工作体会
!d 文章内容来源于网友投稿，仅供参考，如有侵权请联系删除。
!m 简牍范文库 jiandufw.example.net　粤ICP备20093114号
""",
        indent="\u3000\u3000",
        body="""
今年三月，学校把学生宿舍衣柜防潮列为后勤“暖心小事”之一，我作为女生三号楼的宿管员，全程参与了防潮盒的发放和更换，有几点体会。
一是小事要算细账。我们楼共有二百一十六个衣柜，每柜放两盒，每月查看一次集水量，哪些房间靠近水房、哪些朝北，心里要有本账，更换才不会手忙脚乱。⟦w 找人代写心得、总结，加微信 jdfw_laoshi2 备注“宿管”⟧
二是服务要讲方法。刚开始有学生把集满水的盒子直接倒进洗手池，我就在每层贴了提示，告诉大家氯化钙溶液要密封后交到楼管室统一处理。
三是责任要落到人。每个寝室推选一名“防潮委员”，谁的衣柜出现霉点，先查盒子是否过期，再查是否漏放。
一个学期下来，全楼没有出现一件发霉的校服。我体会到，后勤工作没有大小之分，把每一件小事做细，就是对学生最好的关心。
""",
    ),
    dict(
        slug="cangfeng-wenku-survey-vacuumbag-pdf-markers",
        site="藏锋文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wk.cangfeng.example.cn/view/9a71c4e20b.html",
        title="关于电商平台真空收纳袋质量情况的调研报告",
        record_title="关于电商平台真空收纳袋质量情况的调研报告.pdf",
        date="2025-04-18",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs ♛ n ♛ cutting sentences, a pay-to-continue box, an upload notice; file-name record title; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于电商平台真空收纳袋质量情况的调研报告.pdf - 藏锋文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.cangfeng.example.cn/reader/v3/reader.min.js"></script>
<script>window.__DOC__={id:"9a71c4e20b",pages:3,free:2};</script>
</head><body>
<header class="cf-top"><a class="logo" href="/">⟦m 藏锋文库⟧</a>
<nav>⟦m 首页　行业资料　公文范文　教育专区　VIP专区⟧</nav>
<a class="btn-login" href="/passport">⟦a 登录/注册领取免费下载券⟧</a></header>
<div class="crumbs">⟦m 藏锋文库 › 行业资料 › 消费维权⟧</div>
<main class="reader">
<h1 class="doc-title">⟦t 关于电商平台真空收纳袋质量情况的调研报告.pdf⟧</h1>
<div class="doc-meta">⟦m 上传者：葹川小编　|　3页　|　2.6万次阅读　|　评分 4.7⟧</div>
<div class="toolbar">⟦a 全屏阅读　放大　缩小　下载（8下载券）⟧</div>
<div class="pages">
{BODY}
</div>
<div class="paywall">⟦a 免费预览已结束，剩余内容开通锋卡后可见⟧<button>⟦a 立即开通 ￥9.9⟧</button></div>
</main>
<aside class="related"><h3>⟦l 读了这篇的人也在看⟧</h3><ul>
<li>⟦l 网购家居用品消费调查报告（2025）⟧</li>
<li>⟦l 收纳用品比较试验结果公示⟧</li>
<li>⟦l 消保委年度消费维权白皮书⟧</li></ul></aside>
<footer><p>⟦d 本文档由用户上传并发布，藏锋文库仅提供信息存储空间服务，若侵犯了您的权益，请发起举报。⟧</p>
<p>⟦m ©2025 藏锋文库 cangfeng.example.cn　京ICP备23017520号⟧</p></footer>
</body></html>
""",
        p_html='<p class="reader-txt">{}</p>',
        pages=dict(fmt="♛ {n} ♛", every=95, start=2),
        body="""
为了解网购真空收纳袋的质量状况，县消保委于今年3月在六个电商平台随机购买了二十批次真空收纳袋，委托检测机构进行了比对试验。现将调研情况报告如下。
一、基本情况
二十批次样品中，手泵式十二批次、电泵式八批次，单价在9元至68元之间。检测项目包括气密性、热封强度、厚度偏差和标识内容。
二、发现的问题
一是气密性不达标。有七批次样品抽真空后放置48小时体积回弹超过三成，主要原因是单向阀密封圈过薄。二是厚度虚标。五批次样品标称“加厚”，实测厚度不足标称值的八成。三是标识缺失。部分样品未标注材质和生产厂家。
三、工作建议
建议平台加强入驻商家资质审核，建议生产企业改进阀门工艺，提醒消费者购买时查看厚度和材质标识，使用时避免装入带尖角的衣架和饰品。
葹川县消费者权益保护委员会
2025年4月18日
""",
    ),
    dict(
        slug="dieye-wenku-plan-lipbalm-wrapped-glued-markers",
        site="叠页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.dieye.example.com/p-70251938.html",
        title="俪水市唇膏管回收再利用试点工作方案",
        record_title="俪水市唇膏管回收再利用试点工作方案.docx",
        date="2025-06-05",
        notes="a 文库 text preview hard-wrapped at 62 columns, page markers ⚂n⚂ glued to the continuation line; file-name record title; 成文日期 under the signature; a pay prompt after the body",
        page="""
!m 叠页文库 - 海量文档在线预览
!t 俪水市唇膏管回收再利用试点工作方案.docx
!m 文档页数：3　　上传时间：2025-06-09　　浏览次数：417
!a 〖在线预览〗〖整篇下载 3.0金币〗〖加入文件夹〗
{BODY}
!a 试读到此为止，余下页面请用叠页金币解锁
!l 同专题文档：垃圾分类进商圈实施方案｜高校塑料减量行动方案
!d 声明：本站文档由作者自行上传，版权归作者所有，叠页文库不对内容的完整性负责。
""",
        wrap=62,
        pages=dict(fmt="⚂{n}⚂", every=110, start=2, glue=True),
        body="""
为减少化妆品包装废弃物，推动唇膏管等小件塑料包装分类回收，结合我市实际，制定本方案。
一、试点范围
在城区三个商圈的十二家化妆品专柜和两所高校设立唇膏管回收点，试点期为2025年7月至12月。
二、工作措施
（一）设置回收盒。每个回收点配置一个透明回收盒，张贴投放说明，空管需拧紧盖子后投放。
（二）建立台账。回收点每周清点一次，按铝管、塑料管分类称重登记，月底报市生态环境局汇总。
（三）开展宣传。在高校社团中招募志愿者，讲解唇膏管的材质和回收意义。
三、保障措施
市生态环境局负责统筹协调，商务部门负责联系商场专柜，回收企业负责清运和再生利用，试点结束后形成评估报告。
俪水市生态环境局
2025年6月5日
""",
    ),
    dict(
        slug="zhaling-gov-bulletin-shaver-spotcheck-table",
        site="樝岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.zhaling.example.gov.cn/zwgk/zljg/202504/t20250424_781203.html",
        title="关于2025年第一季度起球器产品质量监督抽查情况的通报",
        record_title="关于2025年第一季度起球器产品质量监督抽查情况的通报 —— 产品质量 | 樝岭县人民政府门户网站",
        date="2025-04-22",
        date_also=["2025-04-24"],
        notes="county portal: 长者/读屏 links, 索引号 table (its 文号 cell unmarked), font row, 纠错 and service lines; a data table one row a paragraph; 附件 list and the bureau's own 联系人/电话 next to the portal's lines; 成文日期 vs the portal's 发布日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>关于2025年第一季度起球器产品质量监督抽查情况的通报 —— 产品质量 | 樝岭县人民政府门户网站</title>
<meta name="SiteName" content="樝岭县人民政府">
<script src="/js/jquery.min.js"></script>
<script>var _trs_uv = 1; document.cookie="ageMode=0";</script>
</head><body>
<div class="topbar">⟦a 长者阅读｜读屏助手｜English⟧　⟦m 今天是：<span id="today"></span>⟧</div>
<div class="banner">⟦m 樝岭县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进樝岭⟧</li></ul>
<div class="path">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 部门信息 ＞ 质量监管⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11431129MB1H07723L/2025-00418⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：樝岭县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-24⟧</td></tr>
<tr><td>文号：樝市监通〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1 class="title">{T}</h1>
<div class="fontset">⟦a 【字体：大 中 小】【打印此页】【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="attach">⟦a 附件下载：抽查合格名单.xls（12KB）　抽查不合格名单.xls（9KB）⟧</div>
<div class="share">⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="xgxx"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 樝岭县2024年电热毯产品质量抽查结果⟧</p><p>⟦l 关于开展小家电质量安全专项整治的通知⟧</p></div>
<div class="footer">
<p>⟦m 主办：樝岭县人民政府办公室　承办：樝岭县政务服务数据管理局⟧</p>
<p>⟦m 网站纠错电话：0736-5280000　便民服务热线：0736-12345⟧</p>
<p>⟦m 网站标识码：4311290007　湘ICP备05016372号　湘公网安备43112902000118号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
今年第一季度，县市场监督管理局对全县商超、网店销售的起球器产品开展了质量监督抽查，共抽查15家企业的18批次产品，合格15批次，不合格3批次。现将有关情况通报如下。
不合格产品如下：
产品名称　标称商标　不合格项目
充电式起球器　绒净　防触电保护
插电式起球器　毛毛乐　输入功率
干电池起球器　无商标　标志和说明
对抽查不合格的产品，县市场监督管理局已责令销售者立即下架，并依法立案调查。请各乡镇、各单位督促辖区经营者落实进货查验制度。
附件：1.起球器产品质量监督抽查合格名单
2.起球器产品质量监督抽查不合格名单
联系人：韦明哲，电话：0736-5281604。
樝岭县市场监督管理局
2025年4月22日
""",
    ),
    dict(
        slug="zhuokou-town-notice-moisture-boxes-cn-date",
        site="棁口镇人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zhuokou.zhaling.example.gov.cn/tzgg/202505/t20250527_4410.html",
        title="关于为辖区独居老人配发衣柜防潮盒的通知",
        date="2025-05-26",
        notes="record title as is; 文号 line neutral; 成文日期 in Chinese numerals; the document's 抄送 and 印发 lines stay in the body; a print/close row and a portal footer",
        page="""
!m 棁口镇人民政府　｜　乡镇门户
!m 首页 》 通知公告 》 镇政府文件
!m 来源：镇党政办　　录入：黎　　点击数：203　　更新于：2025-05-27 10:41
!a 【放大】【还原】【缩小】　【打印】【收藏本页】
{T}
棁口镇政发〔2025〕17号
{BODY}
!l 上一条：棁口镇2025年防汛抗旱工作方案
!l 下一条：关于开展夏季农村用电安全检查的通知
!m 棁口镇人民政府主办　地址：棁口镇新街1号　电话：0736-5310022
!m 湘ICP备05016372号-31
""",
        body="""
各村（社区）、镇直各单位：
入梅在即，为帮助辖区独居老人防止衣物受潮发霉，经镇党政联席会议研究，决定为全镇独居老人免费配发衣柜防潮盒。现将有关事项通知如下。
一、配发对象
全镇六十周岁以上独居老人，共三百四十七户，每户配发防潮盒四个。
二、时间安排
6月10日前，各村（社区）核实名单；6月20日前，由网格员上门发放并指导放置。
三、工作要求
各村（社区）要安排专人上门，帮助行动不便的老人放好防潮盒，七月下旬再上门查看一次，集满水的及时更换。
棁口镇人民政府
二〇二五年五月二十六日
抄送：镇人大主席团。
棁口镇党政办公室　2025年5月26日印发
""",
    ),
    dict(
        slug="lishui-news-sanitation-lunchbags-app-prompt",
        site="俪水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lishuinews.example.com/ms/2025-01/09/content_552081.html",
        title="俪水：两千名环卫工人用上“保温饭袋”",
        record_title="俪水：两千名环卫工人用上“保温饭袋”｜俪水新闻网·民生",
        record_date="2025-01-09",
        date="2025-01-09",
        notes="news portal: app prompt glued before the lead, a listen button, a photo caption between paragraphs, an ad slot, a 24-hour list; record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>俪水：两千名环卫工人用上“保温饭袋”｜俪水新闻网·民生</title>
<meta name="description" content="俪水市为一线环卫工人配发保温饭袋">
<script async src="https://ad.lishuinews.example.com/slot.js"></script>
</head><body>
<div class="site-head"><a href="/">⟦m 俪水新闻网⟧</a>⟦m 俪水市委宣传部主管⟧
<nav>⟦m 时政　民生　区县　文旅　视频　专题⟧</nav></div>
<div class="loc">⟦m 首页 / 民生 / 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-01-09 07:52　来源：俪水日报　作者：沈若溪⟧</div>
<div class="listen">⟦a 🔊 收听本文（约2分钟）⟧</div>
{BODY}
<div class="editor">⟦m 责任编辑：唐一苇　值班主任：柏舟⟧</div>
</article>
<div class="ad-slot">⟦a 推广 · 年货节满300减50，点击领券⟧</div>
<aside><h3>⟦l 24小时排行⟧</h3><ol>
<li>⟦l 恺城区新增三处便民停车场⟧</li><li>⟦l 寒潮来袭，俪水发布低温黄色预警⟧</li><li>⟦l 怿桥路改造工程完工通车⟧</li></ol></aside>
<footer>⟦d 未经俪水新闻网书面授权，不得转载、摘编本网原创作品。⟧<br>⟦m 互联网新闻信息服务许可证：43120180029　举报电话：0738-7001234⟧</footer>
</body></html>
""",
        body="""
⟦a 打开俪水新闻APP，听本地早报⟧本报讯（记者　沈若溪）1月8日清晨，在俪水市恺城区怿桥路，环卫工人石大姐从车上取下一个印着“暖冬”字样的蓝色保温袋，里面的饭盒还冒着热气。
今年入冬以来，市城市管理局联合爱心企业，为全市两千一百余名一线环卫工人配发了保温饭袋，每个袋子内衬铝箔、外层防水，可保温四小时左右。
⟦m 图为环卫工人在作业点取出保温饭袋。记者 沈若溪 摄⟧
“以前早上带的饭，到中午就凉透了，现在能吃上热乎的。”石大姐说。
据介绍，市城管局还在二十六个环卫驿站配备了微波炉，方便工人就近加热。
""",
    ),
    dict(
        slug="dangxi-news-shelter-vacuumbags-title-line",
        site="筜溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.dangxinews.example.cn/bdxw/202507/t20250703_90218.html",
        title="筜溪：防汛安置点用上真空收纳袋",
        record_title=None,
        date="2025-07-03",
        notes="no record title: a title line with a 【本地】 column tag; byline 发布时间 as the page's date; a share row and a hot list",
        page="""
!m 筜溪新闻网　筜溪县融媒体中心主办
!m 本地 ＞ 社会
!t 【本地】筜溪：防汛安置点用上真空收纳袋
!m 发布时间：2025-07-03 09:12　来源：筜溪县融媒体中心　记者：孔令川
{BODY}
!l 转到：朋友圈　｜　微博　｜　复制链接
!l 看点
!l 筜溪县启动防汛四级应急响应
!l 筜田镇完成山塘水库汛前检查
!m 筜溪县融媒体中心版权所有　新闻热线：0731-4400110
""",
        body="""
本网讯　入汛以来，筜溪县应急管理局在全县十四个防汛临时安置点推广使用真空收纳袋存放备用被褥，受到安置群众和工作人员欢迎。
记者在筜田镇中心学校安置点看到，三十多床棉被经过晾晒后装入真空收纳袋，抽气压缩后整齐码放在货架上，原来需要一间教室存放的被褥，现在只占了半面墙。
“被褥压缩密封后不怕返潮，转移群众来了拆开就能用。”安置点负责人介绍，每个袋子上都贴有标签，写明装入日期和数量，方便清点。
县应急管理局表示，汛期结束后将对所有被褥重新晾晒、消毒后再次封存。
""",
    ),
    dict(
        slug="tingqian-forum-shaver-cashmere-jammer",
        site="庭前家居论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tingqianjiaju.example.com/thread-30917-1-1.html",
        title="用起球器把羊绒衫刮出了洞，说说我的教训",
        record_title="【避坑分享】用起球器把羊绒衫刮出了洞，说说我的教训（图少字多） - 居家日常 - 庭前家居论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, a rating row, a signature, a reply box; the post time is relative (3 天前), no date",
        page="""
<html><head><meta charset="gbk">
<title>【避坑分享】用起球器把羊绒衫刮出了洞，说说我的教训（图少字多） - 居家日常 - 庭前家居论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Y8k"></script>
</head><body>
<div id="toptb">⟦a 设为首页 收藏庭前 手机访问⟧　⟦a 登录 | 立即加入⟧</div>
<div id="hd">⟦m 庭前家居论坛 · 过日子的学问都在这⟧</div>
<div id="pt">⟦m 庭前 › 家居生活 › 居家日常 › 查看帖子⟧</div>
<div id="postlist">
<table><tr><td class="pls">⟦m 晴川拾衣⟧<br>⟦m 帖子 316 · 积分 1420 · 中级主妇⟧</td>
<td class="plc">
<h1><span id="thread_subject">⟦t 【避坑分享】用起球器把羊绒衫刮出了洞，说说我的教训（图少字多）⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 楼层直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 7　家居币 +14　收起理由：实用经验⟧</div>
<div class="sign">⟦m 签名：衣服是穿旧的，不是洗坏的⟧</div>
<div class="po">⟦a 回复　支持(28)　反对　收藏　举报⟧</div>
</td></tr></table></div>
<div class="pgs">⟦l 上一主题：羽绒服到底能不能机洗？⟧ ⟦l 下一主题：晒一晒我家的阳台晾衣区⟧</div>
<div id="fastpost">⟦a 还没登录？登录后才能参与讨论⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　庭前家居论坛　浙ICP备19044021号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周整理换季衣服，看到那件穿了三年的羊绒衫起了一层小球，就拿新买的充电起球器去推，结果推到袖口时刀网一下子卡住，拿开一看，已经刮出一个黄豆大的洞。
后来去问了干洗店的师傅，才知道问题出在哪儿。第一，羊绒衫太薄太软，要把衣服平铺在桌上，不能拎在手里推。第二，袖口、领口这些有罗纹的地方，刀网容易把线头吸进去，最好用手摘。第三，刀网要定期清理毛屑，毛屑堵住后电机转速下降，反而容易拉扯纤维。
现在我推毛衣都先在衣服下面垫一本杂志，档位开到最低，顺着一个方向轻轻推。希望大家别再犯我这个错误。
""",
    ),
    dict(
        slug="juchuang-forum-help-vacuumbag-leak-junk",
        site="橘窗家居论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.juchuang.example.net/forum/t/88125",
        title="真空收纳袋抽完气两天就鼓起来了，怎么回事？",
        record_title="[在线等] 真空收纳袋抽完气两天就鼓起来了，怎么回事？ - 收纳整理版 - 橘窗家居论坛",
        date=None,
        notes="help thread: anti-scraping junk on lines of their own and glued after 。; replies below; post time 昨天, no date",
        page="""
!m 橘窗家居论坛
!m 橘窗 » 收纳整理版 » 帖子详情
!m 浏览 1036 ｜ 回帖 12
!t [在线等] 真空收纳袋抽完气两天就鼓起来了，怎么回事？
!m 楼主：小满不满　发表于 昨天 21:36　来自手机
{BODY}
!a 顶　｜　收藏　｜　举报
!l 沙发　收纳控阿七：八成是阀门垫圈老化了，涂点凡士林试试
!l 板凳　岁岁：羽绒服别压太狠，压到一半就行
!a 登录橘窗，和12万家居达人一起交流
!m 橘窗家居论坛 © 2025　沪ICP备21035066号
""",
        junk=dict(lines=2, glued=3),
        body="""
去年冬天买了一套真空收纳袋，装羽绒服和棉被，刚抽完气是扁扁的，可放了两天就慢慢鼓起来了，到现在差不多恢复了一半。
我检查了拉链，用夹子来回压了好几遍，也没发现哪里有破口。阀门盖也是拧紧的。请问是袋子质量问题，还是我用的方法不对？
另外想问一下，羽绒服是不是不适合长期压缩？听说压久了会影响蓬松度，有没有懂行的朋友给说说，谢谢了！
""",
    ),
]
