"""holdout300, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: 压面机, 咖啡壶, 茶漏, 碗架, 洗菜盆.
"""

CASES = [
    dict(
        slug="fanwen-mojian-speech-noodle-press-gb2312",
        site="墨笺范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mojianfw.com/jianghua/chanye/2025/0106/41873.html",
        title="在全县挂面产业提质增效推进会上的讲话",
        record_title="【发言精编】在全县挂面产业提质增效推进会上的讲话（原稿可直接改用）_墨笺范文网",
        date="2024-04-18",
        date_also=["2025-01-06"],
        notes="old gb2312 table page: marquee, reading-settings row, floating ghost-writer QQ box, hot list, visitor counter; "
        "speaker and date lines under the title neutral; a ghost-writer prompt glued after a 。 inside the body",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【发言精编】在全县挂面产业提质增效推进会上的讲话（原稿可直接改用）_墨笺范文网</title>
<script language="javascript" src="/js/tongji_mj.js"></script>
<link href="/css/mj2012.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#f4f1e8">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/mj_logo.gif" alt=""> <b>⟦m 墨笺范文网⟧</b></td>
<td>⟦m 笔下有章法，案头有范本⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';">⟦a 把墨笺设成首页⟧</a> <a href="javascript:window.external.AddFavorite(location.href)">⟦a 收进浏览器⟧</a></td></tr>
</table>
<table width="960" align="center" class="nav"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/gongwen/">⟦m 公文写作⟧</a></td><td><a href="/vip/">⟦a 会员通道⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 墨笺本周新收产业类讲话稿三百余篇，会员可整篇取用⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="680" valign="top">
<div class="weizhi">⟦m 您所在位置：墨笺范文网 → 讲话发言 → 产业发展讲话⟧</div>
<h1 align="center">{T}</h1>
<div class="xinxi" align="center">⟦m 收录时间：2025-01-06　来源：会员投稿　浏览：1375次⟧</div>
<div class="yuedu" align="center">⟦a 〔字体：特大 中 小〕〔底色：护眼 米黄 默认〕⟧</div>
<p align="center">县人民政府副县长　郑可鸣</p>
<p align="center">（2024年4月18日）</p>
<div class="zhengwen">
{BODY}
</div>
<div class="fanye">⟦l 前一篇：全县预制菜产业发展座谈会讲话提纲⟧<br>⟦l 后一篇：在特色小吃品牌推介会上的致辞⟧</div>
</td>
<td width="270" valign="top" class="you">
<div class="bt">⟦l 讲话频道排行⟧</div>
<ul>
<li><a href="/jianghua/41802.html">⟦l 县长在粮食加工企业座谈会上的讲话⟧</a></li>
<li><a href="/jianghua/41755.html">⟦l 乡镇特色产业观摩会总结讲话⟧</a></li>
<li><a href="/jianghua/41690.html">⟦l 农产品区域公用品牌发布会致辞⟧</a></li>
</ul>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:6px;top:230px;">⟦w 讲话稿改写 找墨笺写手QQ：2918034756⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦m 您是墨笺的第 0083216 位读者⟧<br>
⟦d 墨笺所载文稿来自会员分享，若涉及著作权请来函说明，核实后即行撤下。⟧<br>
⟦m Copyright 2012-2025 墨笺范文网 mojianfw.com 赣ICP备13007742号⟧
</td></tr></table>
</body>
</html>
""",
        body="""
同志们：
今天召开全县挂面产业提质增效推进会，主要是总结去年以来挂面作坊改造升级的成效，部署下一阶段的重点任务。
苤溪挂面有三百多年历史，全县现有挂面加工户612家，其中已用上电动压面机的有538家。但也要看到，不少作坊的压面机还是十几年前的老机型，压辊磨损、防护罩缺失的情况比较普遍，去年全县因压面机操作不当造成的手指挤伤就有7起。⟦w 讲话稿赶时间？墨笺写手一对一代改，QQ：3306418827⟧
下面我讲三点意见。一要抓设备更新。县里安排专项资金180万元，对更换带急停装置和防护罩的新型压面机，每台补贴1500元，年底前淘汰老旧机型。二要抓规范操作。市场监管、人社部门要联合开展压面机操作培训，做到每个作坊至少有一名经过培训的操作人员。三要抓品牌打造。要以“苤溪挂面”区域公用品牌为牵引，推动分散作坊向合作社集中。
同志们，一台压面机连着千家万户的饭碗。希望大家真抓实干，让苤溪挂面走得更远！
""",
    ),
    dict(
        slug="fanwen-gengyan-insight-dish-rack-canteen",
        site="耕砚范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gengyanfanwen.cn/xinde/peixun/20931.html",
        title="参加学校食堂规范化管理培训心得体会",
        record_title="参加学校食堂规范化管理培训心得体会（精编一篇）- 耕砚范文",
        date=None,
        notes="no date (the byline says 2 天前); a ghost-writer WeChat id glued after a 。; a collect prompt on a line between paragraphs",
        page="""
!m 耕砚范文 · 一篇顶用的范文
!m 当前位置：耕砚范文 ＞ 心得体会 ＞ 培训心得
{T}
!m 耕砚编辑部　更新于 2 天前　｜　1,208 人读过
!a 【复制全文】　【导出Word】　【纠错反馈】
{BODY}
!a 余下两篇同题范文，开通耕砚月卡后可整篇导出
!l 同题推荐：食堂从业人员食品安全培训心得 ｜ 后厨卫生管理学习体会
!d 耕砚范文内容均由写作者原创或会员整理，转载请保留出处。
!m 耕砚范文 gengyanfanwen.cn　蜀ICP备20011836号-3
""",
        indent="\u3000\u3000",
        body="""
上个月，我参加了县教育局组织的学校食堂规范化管理培训。两天的课程不长，却让我这个在食堂干了八年的老员工重新认识了一样天天打交道的东西——碗架。
以前我总觉得，碗洗干净了往架子上一放就完事了。老师在课上讲，碗架离地面不能低于二十五厘米，离墙要留出十厘米，碗要倒扣摆放、分层沥水，生熟餐具不能放在同一个架子上。听完这些，我回头一想，我们食堂的旧碗架贴着墙放，底层离地面不到十厘米，拖地的时候脏水都能溅上去。⟦w 心得体会写不顺？耕砚写手微信 gengyan_bi2046⟧
⟦a 觉得有用？登录耕砚后点星标，下次不用再搜⟧
回到学校后，我向后勤主任汇报了这些问题，学校很快换上了带滑轮的不锈钢碗架，还在每层贴上了“已消毒”“待消毒”的标签。现在每次放碗，我都会多看一眼。
这次培训让我明白，食品安全就藏在这些不起眼的细节里。
""",
    ),
    dict(
        slug="wenku-zhiye-report-coffee-pot-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhiye-doc.com/view/7c41e09a2b.html",
        title="关于城区咖啡小店器具使用安全情况的调研报告",
        record_title="关于城区咖啡小店器具使用安全情况的调研报告.pdf",
        date="2024-09-26",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ✮ n ✮ cutting sentences, a paywall and a coin box; "
        "the 成文日期 under the signature; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于城区咖啡小店器具使用安全情况的调研报告.pdf - 知页文库</title>
<script>window.__ZY_DOC__={id:"7c41e09a2b",pages:5,free:3};</script>
</head>
<body>
<header class="zy-top"><a class="logo" href="/">⟦m 知页文库⟧</a>
<form class="s"><input placeholder="搜文档、搜范文"><button>⟦a 搜一下⟧</button></form>
<a href="/member">⟦a 办知页年卡 全站文档随心下⟧</a></header>
<div class="zy-meta"><h1>{T}</h1>
<p>⟦m 上传者：zy_用户58817　｜　上传于 2024-10-12　｜　共 5 页　｜　2,611 字⟧</p>
<div class="zy-tools">⟦a 放大 缩小 适合宽度 全屏阅读⟧</div></div>
<div class="zy-reader">
{BODY}
</div>
<div class="zy-pay"><p>⟦a 免费预览已到第 3 页，剩余 2 页请支付 8 知页币解锁⟧</p>
<button>⟦a 立即解锁全文⟧</button></div>
<section class="zy-rel"><h3>⟦l 看过本文的人还在看⟧</h3>
<ul><li>⟦l 餐饮门店燃气使用安全情况调研⟧</li><li>⟦l 小微餐饮食品安全现状与对策⟧</li></ul></section>
<footer>⟦d 知页文库文档均为网友上传，平台不对内容的准确性负责；如有侵权，请通过申诉通道反映。⟧<br>⟦m 浙ICP备21045590号-2⟧</footer>
</body>
</html>
""",
        p_html='<p class="zy-p">{}</p>',
        pages=dict(fmt="✮ {n} ✮", every=100, start=2),
        body="""
为了解城区咖啡小店器具使用安全状况，今年8月，市消保委组织调研组走访了垲阳城区47家咖啡小店，重点查看摩卡壶、虹吸壶、手冲壶等咖啡壶的选购、使用和维护情况，并发放问卷215份。现将调研情况报告如下。
一、基本情况。47家店中，使用摩卡壶的有19家，使用虹吸壶的有11家，其余以手冲壶和电热咖啡壶为主。约三成店铺的咖啡壶购自网络，部分产品没有中文标识和安全警示。
二、存在问题。一是安全阀失效，有6家店的摩卡壶安全阀被水垢堵塞；二是玻璃壶身有裂纹仍在使用；三是店员未经培训，不清楚咖啡壶的最高注水线。
三、几点建议。建议市场监管部门加强对咖啡壶产品的抽检，行业协会组织店员安全培训，消费者选购时认准中文标识和安全阀。
垲阳市消费者权益保护委员会
2024年9月26日
""",
    ),
    dict(
        slug="wenku-chaxiang-plan-tea-strainer-wrapped-glued-markers",
        site="茶巷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.chaxiangwenku.com/p/20241105/8841.html",
        title="茶漏产品质量监督抽查工作方案",
        record_title="茶漏产品质量监督抽查工作方案 ▏茶巷文库",
        date="2024-11-05",
        notes="a 文库 text dump hard-wrapped at 62 columns, cut by ┍n┑ markers glued to the continuation lines; "
        "成文日期 in Chinese numerals; the viewer's page count and an upload stamp are no dates",
        page="""
!m 茶巷文库 — 文档随手翻
!t 茶漏产品质量监督抽查工作方案 ▏茶巷文库
!m 文档页数：4　｜　阅读：906　｜　网友 cx_58203 于 2024-11-19 上传
!a 全屏看　下载本文（4 积分）　加入我的书架
{BODY}
!a 预览到此为止，余下内容下载后查看
!l 相关文档：不锈钢餐具抽查实施细则　茶具产品质量风险监测方案
!d 本文档由茶巷文库用户上传，版权归原作者；发现侵权请走举报流程。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="┍{n}┑", every=90, start=2, glue=True),
        body="""
为掌握我县茶漏产品质量状况，督促生产企业落实主体责任，根据年度监督抽查计划，制定本方案。
一、抽查范围。全县茶具生产企业、茶叶店和网店销售的不锈钢茶漏、陶瓷茶漏和竹编茶漏，共计抽取样品60批次。
二、检验项目。不锈钢茶漏重点检验铅、镉、镍迁移量和滤网目数，陶瓷茶漏检验铅、镉溶出量，竹编茶漏检验霉菌和防腐剂残留。
三、工作步骤。11月中旬完成抽样，12月上旬完成检验，12月下旬汇总结果并向社会公布，对不合格产品依法处理。
四、工作要求。抽样人员不得少于两人，抽样时应当出示执法证件，填写抽样单，并由被抽样单位签字确认。
滂水县市场监督管理局
二〇二四年十一月五日
""",
    ),
    dict(
        slug="gov-ruchuan-notice-wash-basin-index-table",
        site="洳川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ruchuan.gov.cn.example/zwgk/tzgg/202503/t20250317_66184.html",
        title="关于为农村集中供水点配置公共洗菜盆的通知",
        record_title="关于为农村集中供水点配置公共洗菜盆的通知_通知公告_洳川县人民政府",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="county portal: 关怀版/无障碍/繁体 links, an index table (文号 cell neutral), the document's own 联系人/电话 "
        "beside the portal's 12345 line and an error-report link; 附件 list, 抄送 and 印发 lines; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="洳川县人民政府">
<meta name="ColumnName" content="通知公告">
<title>关于为农村集中供水点配置公共洗菜盆的通知_通知公告_洳川县人民政府</title>
<script src="/common/js/jquery.min.js"></script>
<script>var _wza_on = false;</script>
</head>
<body>
<div class="topbar"><span>⟦m 洳川县人民政府 欢迎您⟧</span>
<a href="javascript:;" id="oldcare">⟦a 关怀版⟧</a> <a href="javascript:;" id="wza">⟦a 读屏辅助⟧</a> <a href="javascript:;" id="fanti">⟦a 繁体⟧</a></div>
<div class="banner"><img src="/images/rc_banner.jpg" alt="洳川县人民政府"></div>
<nav><a href="/">⟦m 首页⟧</a> <a href="/zwgk/">⟦m 政务公开⟧</a> <a href="/bsfw/">⟦m 办事服务⟧</a> <a href="/hdjl/">⟦m 互动交流⟧</a> <a href="/zjrc/">⟦m 走进洳川⟧</a></nav>
<div class="crumb">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11532627MB1460321K/2025-00084⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发布机构：洳川县农业农村局⟧</td><td>⟦m 发布日期：2025-03-17⟧</td></tr>
<tr><td>文号：洳农发〔2025〕6号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="tools">⟦a 【字号 大 中 小】　【打印此页】　【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧</div>
<div class="err"><a href="/jiucuo/">⟦a 发现页面有误？点这里告诉我们⟧</a></div>
</div>
<footer>
<p>⟦m 政务服务便民热线：12345（7×24小时）⟧</p>
<p>⟦m 主办：洳川县人民政府办公室　承办：洳川县融媒体中心⟧</p>
<p>⟦m 网站标识码：5326270011　滇ICP备05003972号　滇公网安备53262702000133号⟧</p>
</footer>
<script src="/common/js/rc_stat.js"></script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡（镇）人民政府，县直有关单位：
为解决农村集中供水点群众洗菜、淘米“没地方放盆”的问题，县农业农村局决定在全县86个农村集中供水点统一配置公共洗菜盆。现将有关事项通知如下：
一、配置标准。每个供水点配置不锈钢双槽洗菜盆一组，安装高度距地面80厘米，配套排水管和防溢水口。
二、时间安排。3月31日前各乡（镇）上报点位，4月底前完成安装。
三、管护要求。各村明确一名管护员，每周清洗一次，发现损坏及时报修。
附件：1.农村集中供水点洗菜盆配置点位表
2.公共洗菜盆管护责任书（样式）
联系人：宋蔚然，电话：0878-6231405。
洳川县农业农村局
2025年3月14日
抄送：县财政局，县卫生健康局。
洳川县农业农村局办公室　2025年3月14日印发
""",
    ),
    dict(
        slug="gov-piexi-bulletin-noodle-press-check-table",
        site="苤溪县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.piexi.gov.cn.example/tzgg/202406/t20240624_3091.html",
        title="关于全县挂面作坊压面机安全专项检查情况的通报",
        date="2024-06-21",
        date_also=["2024-06-24"],
        notes="record title as is; a data table one row a paragraph (cells apart by ideographic spaces); the 文号 line "
        "neutral; the bureau's own 联系电话 inside the body beside the portal's complaint line at the foot",
        page="""
!m 苤溪县市场监督管理局
!m 网站首页 ＞ 信息公开 ＞ 监管动态
{T}
苤市监〔2024〕31号
!m 时间：2024-06-24 09:12　信息来源：特种设备与产品安全股　点击数：417
!a 〖放大〗〖缩小〗〖打印本文〗
{BODY}
!l 相邻信息：上一条 关于开展端午节前食品安全检查的通知　下一条 2024年第二季度食品抽检信息
!m 投诉举报：12315　地址：苤溪县濂溪路9号
!m Copyright © 苤溪县市场监督管理局　网站标识码 3624300027
""",
        indent="\u3000\u3000",
        body="""
各市场监管所：
5月20日至6月15日，县局组织对全县挂面作坊压面机开展了安全专项检查。共检查作坊214家，发现隐患83处，已整改71处。现将检查情况通报如下。
乡镇　检查作坊数　发现隐患数　已整改数
圳口镇　68　29　25
埸坪镇　57　21　19
邈山乡　49　18　16
其余乡镇　40　15　11
检查发现的主要问题：一是部分压面机压辊防护罩被拆除；二是急停开关失灵或被遮挡；三是电源线老化、接地不规范。
请各市场监管所督促未整改的12处隐患在7月10日前完成整改，整改情况报县局特种设备与产品安全股，联系电话：0795-7712086。
苤溪县市场监督管理局
2024年6月21日
""",
    ),
    dict(
        slug="news-xiachuan-copper-coffee-pot-photo-caption",
        site="遐川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xiachuannews.cn/renwen/2024-08/09/content_418826.html",
        title="老铜匠复刻上世纪咖啡壶：一把壶要敲打四千多下",
        record_title="老铜匠复刻上世纪咖啡壶：一把壶要敲打四千多下_人文遐川_遐川新闻网",
        date="2024-08-09",
        notes="news portal: an app prompt glued before the lead, a photo caption between paragraphs, an editor line "
        "glued after the last sentence; the byline's 发布时间 is the page's date; a listen button and a 24-hour list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>老铜匠复刻上世纪咖啡壶：一把壶要敲打四千多下_人文遐川_遐川新闻网</title>
<meta name="description" content="遐川新闻网人文频道">
<script async src="/static/xcad.js"></script>
</head>
<body>
<div class="xc-head"><a href="/">⟦m 遐川新闻网⟧</a> <span>⟦m 遐川市唯一重点新闻网站⟧</span>
<a href="/app">⟦a 下载遐川新闻App⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<ul class="xc-nav"><li>⟦m 要闻⟧</li><li>⟦m 时政⟧</li><li>⟦m 人文遐川⟧</li><li>⟦m 视频⟧</li><li>⟦m 爆料⟧</li></ul>
<div class="xc-crumb">⟦m 遐川新闻网 ＞ 人文遐川 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="xc-info">⟦m 发布时间：2024-08-09 10:26　来源：遐川日报　记者：葛青岚⟧</div>
<div class="xc-listen">⟦a ▶ 收听本文 约3分钟⟧</div>
{BODY}
<div class="xc-share">⟦l 分享：朋友圈 微博 复制链接⟧</div>
</article>
<aside><h3>⟦l 遐川24小时⟧</h3>
<ol><li>⟦l 遐川至畿桥城际公交8月起加密班次⟧</li><li>⟦l 市博物馆暑期夜场开放至九点⟧</li><li>⟦l 老城区雨污分流改造进入收尾⟧</li></ol></aside>
<footer>⟦d 凡注明“遐川新闻网”的作品，未经授权不得转载、摘编。⟧<br>⟦m 互联网新闻信息服务许可证：36120190009　赣ICP备09011254号⟧</footer>
</body>
</html>
""",
        body="""
⟦a 打开遐川新闻App，听更多街巷故事⟧本报讯　在遐川老城区的一间小铺子里，七十一岁的铜匠庞守义正用一把小锤敲打着一块铜皮。这是他复刻的第十二把老式咖啡壶。
上世纪七十年代，遐川一家铜器合作社曾为海员俱乐部打制过一批铜咖啡壶。庞守义当时是合作社里最年轻的学徒，师傅敲壶身，他负责打磨壶嘴。
⟦m 图为庞守义在打磨咖啡壶的壶嘴。（记者 葛青岚 摄）⟧
“一把壶从铜皮到成形，要敲打四千多下。”庞守义说，壶身的弧度全靠手感，敲重了会起皱，敲轻了又不贴模。去年，他在旧货市场偶然见到一把当年的咖啡壶，便萌生了复刻的念头。
如今，他复刻的咖啡壶已被市博物馆收藏两把。庞守义说，只要还敲得动，他就想把这门手艺教给年轻人。⟦m 责任编辑：滕一禾　审核：骆明川⟧
""",
    ),
    dict(
        slug="news-pangshui-dish-rack-elder-canteen",
        site="滂水融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.pangshuirm.cn/xw/sh/202502/t20250220_55102.shtml",
        title="畿桥街道长者食堂换上可移动不锈钢碗架",
        record_date="2025-02-20",
        date="2025-02-20",
        notes="record title and date as is; a news text with the title printed twice (the second time glued before the lead), "
        "a 'read in the app' line and a photo caption between paragraphs, a related list",
        page="""
!m 滂水融媒　｜　滂水县融媒体中心主办
!m 新闻 ／ 社会民生
{T}
!m 2025-02-20 16:05　来源：滂水融媒　编辑：韦小满
!a 字号：A+ A-　｜　夜间模式
{T}{BODY}
!a 在“滂水融媒”客户端查看高清组图
!l 相关新闻：
!l 畿桥街道为独居老人上门送餐满一年
!l 县老年助餐点新增12个
!d 本网原创稿件，转载请注明出处并保留作者署名。
""",
        body="""
记者从畿桥街道获悉，日前，街道长者食堂更换了8组可移动不锈钢碗架，原来靠墙固定的木质碗架全部撤下。
长者食堂每天为辖区210多位老人提供午餐。食堂负责人介绍，旧木碗架用了六年，受潮后容易发霉，清洁死角多。新碗架带刹车滑轮，底层离地三十厘米，可以整组推进消毒间。
⟦m 图：工作人员将消毒后的餐盘放上新碗架。⟧
“碗架能推着走，打扫卫生方便多了。”在食堂帮厨的志愿者老杜说。
据了解，街道还将为辖区另外两个助餐点更换碗架，预计3月底前完成。
""",
    ),
    dict(
        slug="forum-chayoufang-tea-strainer-jammer",
        site="茶友坊论坛 (invented, Discuz-like)",
        style="论坛",
        genre="经验",
        kind="other",
        form="html",
        source="https://bbs.chayoufang.net/thread-58214-1-1.html",
        title="用了半年的三款茶漏，说说真实感受",
        record_title="[器具漫谈] 用了半年的三款茶漏，说说真实感受 - 茶器杂谈 - 茶友坊论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk as lines and glued after 。, a rating row and a signature, replies, "
        "'3 天前' is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[器具漫谈] 用了半年的三款茶漏，说说真实感受 - 茶器杂谈 - 茶友坊论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Q7x"></script>
</head>
<body>
<div id="hd"><a href="./">⟦m 茶友坊论坛⟧</a> <a href="member.php?mod=register">⟦a 注册茶友⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a></div>
<div id="pt">⟦m 茶友坊论坛 » 茶器杂谈 » 查看帖子⟧</div>
<div class="hm">⟦m 浏览：1762　｜　回帖：34⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 竹间煮水⟧</div><p>⟦m 帖子 213　茶叶 1480 两　注册于 2019-03⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　｜　只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_58214">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 5 人　茶叶 +12　理由：实用 ／ 写得细⟧</div>
<div class="sign">⟦m 签名：一壶一漏一闲人，茶事不过寻常日⟧</div>
<div class="po">⟦a 回复　引用　收藏　点赞 42⟧</div>
</td></tr></table>
<div class="pl"><p>⟦l 沙发 ｜ 山月清：第二款我也在用，确实不挂渣⟧</p><p>⟦l 板凳 ｜ 老枞水仙：求第三款的店铺链接⟧</p></div>
<div id="f_pst">⟦a 登录茶友坊后才能回帖，还没账号？先注册⟧</div>
<div id="ft">⟦m 茶友坊论坛 ( 闽ICP备17002638号 ) GMT+8, 2025-05-12 22:47⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
半年前茶漏坏了，一口气买了三款，轮流用到现在，给想买的茶友参考。
第一款是双层不锈钢网的，滤得最干净，连红茶的碎末都能挡住。缺点是网眼细，用久了容易被茶垢堵住，得隔几天用小苏打泡一泡。
第二款是陶瓷底打孔的，颜值高，也不挂渣。但孔径大，泡碎茶会漏下去不少，适合泡条索完整的岩茶和单丛。
第三款是竹编的，手感好，价格也便宜。只是竹子吸水，一定要晾干再收，我有一只就因为梅雨天没晾透，长了黑点，只好扔了。
总的来说，日常喝茶我最推荐不锈钢双层网的，清洗勤一点就没问题。
""",
    ),
    dict(
        slug="forum-mianshi-noodle-press-roller-gap-junk",
        site="面食手艺人论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="text",
        source="http://bbs.mianshishouyi.com/forum.php?mod=viewthread&tid=20317",
        title="老式压面机压辊间隙调不匀怎么办",
        record_title=None,
        date=None,
        notes="no record title: the thread subject stands on the page with a [求助] tag and （已解决）; forum junk as lines "
        "and glued after 。; 'posted yesterday' is no date",
        page="""
!m 面食手艺人论坛 — 和面的人都在这
!m 首页 › 机械设备区 › 压面机专版
!t [求助] 老式压面机压辊间隙调不匀怎么办（已解决）
!m 查看 933 ｜ 回复 17
!m 老王面坊　发表于 昨天 21:40　只看该作者
{BODY}
!a 顶　踩　收藏　举报
!l 2# 面条西施：我家那台也是这毛病，按楼主的法子试了，管用
!l 3# 滚刀手：提醒一句，调之前一定拔电源
!a 想插话？先登录 ｜ 新号注册
!m 面食手艺人论坛 Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=2),
        body="""
我家面坊那台压面机用了九年，最近压出来的面片一边厚一边薄，切出来的面条粗细不匀，顾客都说口感不对。
上来问了一圈，加上自己琢磨，总算调好了，把办法写下来给同样遇到问题的朋友。
第一步，拔掉电源，拆下两侧护板，看压辊两端的调节螺丝。我这台左边的螺丝松了半圈，所以左边缝大。
第二步，拿一张厚薄一致的纸片塞进压辊两端，一边转动手轮一边拧螺丝，直到两边夹纸的松紧一样。
第三步，装回护板，先压一块面团试试，面片厚薄均匀就算调好了。
另外压辊上的面渣要每天清，不然也会把缝顶大。
""",
    ),
]
