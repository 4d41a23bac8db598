"""holdout214, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text case each).

Every page, site, place, person, number and URL here is invented; see ../README.md and ../build.py
for the markup. Objects of this part: routers, sewing machines, shoe cabinets, electronic scales,
microphones.
"""

CASES = [
    dict(
        slug="fanwen-bimoxia-speech-sewing-class-gb2312",
        site="笔墨匣范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bimoxiafw.net/jianghua/zhici/2025/0402/18833.html",
        title="在全县巾帼缝纫技能培训班开班仪式上的讲话",
        record_title="【致辞讲稿】在全县巾帼缝纫技能培训班开班仪式上的讲话（第一篇）_笔墨匣范文网",
        date="2025-03-18",
        date_also=["2025-04-02"],
        notes="old gb2312 table layout: marquee notice, 【文字：特大 常规 偏小】 row, floating ghost-writer QQ box, visitor counter; "
        "speaker and date lines under the title neutral (the date is the document's, the page's posting date also accepted); "
        "a ghost-writer prompt glued after a 。 inside a paragraph",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞讲稿】在全县巾帼缝纫技能培训班开班仪式上的讲话（第一篇）_笔墨匣范文网</title>
<meta name="keywords" content="开班仪式讲话,缝纫培训,妇联讲话">
<link href="/skin/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/skin/js/ad_top.js"></script>
</head>
<body bgcolor="#f7f4ec" topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300" class="logo">⟦m 笔墨匣范文网⟧</td><td class="slogan">⟦m 一只墨匣　装下千篇好文章⟧</td><td align="right">⟦a <a href="/user/login.asp">会员登录</a> | <a href="/user/reg.asp">注册</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
<tr><td>⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得体会</a> | <a href="/fangan/">计划方案</a> | <a href="/shuzhi/">述职述廉</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 墨匣提醒：范文仅作写作参考，正式使用前请结合本单位实际认真修改⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="690" valign="top">
<table width="100%" class="weizhi"><tr><td>⟦m 您的位置：<a href="/">笔墨匣范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; <a href="/jianghua/zhici/">开幕致辞</a> &gt;&gt; 正文⟧</td></tr></table>
<table width="100%" class="article">
<tr><td align="center" class="title"><b>{T}</b></td></tr>
<tr><td align="center" class="info">⟦m 时间：2025-04-02　来源：网友投稿　人气：<script src="/count.asp?id=18833"></script>2608⟧</td></tr>
<tr><td align="center">⟦a 【文字：<a href="javascript:fs(18)">特大</a> <a href="javascript:fs(15)">常规</a> <a href="javascript:fs(13)">偏小</a>】【背景：<a href="javascript:bg(1)">米黄</a> <a href="javascript:bg(2)">淡绿</a>】⟧</td></tr>
<tr><td class="content">
<p align="center">县妇联主席　鄢丽萍</p>
<p align="center">（2025年3月18日）</p>
{BODY}
</td></tr>
<tr><td class="xiazai">⟦a <a href="/down.asp?id=18833">本篇讲稿下载（.doc）</a>　<a href="javascript:window.external.addFavorite(location.href)">放进我的收藏夹</a>⟧</td></tr>
<tr><td>⟦l 上一篇：<a href="/jianghua/zhici/18832.html">在全市家政服务技能大赛闭幕式上的致辞</a>⟧</td></tr>
<tr><td>⟦l 下一篇：<a href="/jianghua/zhici/18834.html">在新型职业农民培训班结业典礼上的讲话</a>⟧</td></tr>
</table>
</td>
<td width="260" valign="top" class="right">
<table width="100%"><tr><td class="rtitle">⟦l 本类热文排行⟧</td></tr>
<tr><td>⟦l 1.<a href="/jianghua/zhici/17702.html">在技能培训班开班式上的动员讲话</a>⟧</td></tr>
<tr><td>⟦l 2.<a href="/jianghua/zhici/16511.html">妇联主席在“三八”表彰会上的讲话</a>⟧</td></tr>
<tr><td>⟦l 3.<a href="/jianghua/zhici/18019.html">巾帼家政培训班结业仪式主持词</a>⟧</td></tr>
</table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:6px;top:220px;"><table class="kefu"><tr><td>⟦w 写材料找老匣 QQ：2930118476⟧</td></tr><tr><td>⟦w 加急代拟　当天交稿⟧</td></tr></table></div>
<table width="960" align="center" class="foot">
<tr><td align="center">⟦m <a href="/about.asp">关于墨匣</a> | <a href="/tougao.asp">我要投稿</a> | <a href="/lianxi.asp">联系站长</a>⟧</td></tr>
<tr><td align="center">⟦m Copyright 2012-2025 bimoxiafw.net 笔墨匣范文网　湘ICP备12071836号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0836215 位访客⟧</td></tr>
</table>
<script language="javascript" src="/skin/js/float_qq.js"></script>
</body></html>
""",
        body="""
同志们、姐妹们：
今天，全县巾帼缝纫技能培训班正式开班了。我代表县妇联，向参加培训的86名学员表示热烈欢迎，向大力支持这次培训的县人社局、县职业中专和墘坪镇华缝服饰公司表示衷心感谢！
近年来，我县服装加工企业发展较快，熟练缝纫工长期紧缺，不少企业的平缝机、包缝机开不满工位。与此同时，很多农村姐妹想在家门口就业，却苦于没有一技之长。举办这期培训班，就是要把企业的用工需求和姐妹们的就业愿望对接起来。⟦w （墨匣代拟：各类讲稿三小时出初稿，微信 moxia_lao88）⟧
借此机会，我提三点希望。一是珍惜机会，学真本领。二是遵守纪律，注意安全。缝纫机针头锋利、电机转速快，操作时要按老师的要求规范穿线、换针，长发要扎起来，手指不要伸到压脚下面。三是学以致用，带动一片。希望大家结业后能进厂上岗，也能把手艺带回村里，带动更多姐妹增收。
预祝本期培训班圆满成功！谢谢大家。
""",
    ),
    dict(
        slug="fanwen-wenshu-insight-scale-verification",
        site="文枢范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.wenshufw.com/xinde/peixun/55217.html",
        title="参加电子秤计量检定业务培训心得体会",
        record_title="参加电子秤计量检定业务培训心得体会（首发·原创稿）- 文枢范文网",
        date=None,
        notes="a 范文 site's mobile page: a fold line between paragraphs, a writer's WeChat glued after a 。, "
        "an update stamp and relative time that are no dates; the insight itself has no date",
        page="""
!m 文枢范文网 · 手机版
!m 首页 ＞ 心得体会 ＞ 培训心得
!t 参加电子秤计量检定业务培训心得体会（首发·原创稿）- 文枢范文网
!m 投稿：一杆秤　｜　更新：3 天前　｜　浏览 1907
!a 字号 A+ A-　　朗读本文　　收进文件夹
{BODY}
!a 本文已收录至“培训心得精选”合集，登录后可整篇导出
!l 猜你还会读这些
!l 质监系统新入职人员岗前培训心得
!l 计量工作者的职业感悟（三篇）
!l 市场监管所年轻干部成长感悟
!d 文枢范文网内容均来自会员原创投稿，转载请注明出处，违者必究。
!m 文枢范文网　wenshufw.com　蜀ICP备20036671号
""",
        indent="\u3000\u3000",
        body="""
我是浛岭县市场监管局计量所的一名新进检定员。今年4月，我参加了市计量测试研究院举办的非自动衡器检定业务培训，重点学习了电子计价秤、电子台秤的检定规程和操作方法。短短六天，收获很多。
一是对“秤”有了新的认识。过去我觉得电子秤就是一个显示数字的小电器，培训后才知道，从秤盘、传感器到显示仪表，每个环节都关系到称量是否准确。⟦w 写稿加V：wenshu_gao6⟧老师说，一台秤准不准，关系到买卖双方的公平，也关系到政府的公信力。
⟦a ——余下全文已折叠，轻点展开——⟧
二是规范操作要落到每一个细节。检定前要先预热、调水平，加载砝码要按顺序轻放，偏载测试四个角都要测到。实操考核时，我因为漏做了去皮功能检查被扣了分，这让我明白，规程上的每一条都不是摆设。
三是要把所学用到基层一线。回到所里，我将配合同事做好辖区农贸市场电子秤的周期检定，发现作弊秤坚决上报，让群众买得明白、吃得放心。
""",
    ),
    dict(
        slug="wenku-moye-survey-routers-marker-paras",
        site="墨页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.moyewenku.com/view/7c21ad90e5b3.html",
        title="关于全县农村家庭宽带路由器使用情况的调研报告",
        record_title="关于全县农村家庭宽带路由器使用情况的调研报告（全本·6页）- 墨页文库",
        date="2025-05-16",
        notes="a 文库 reader: viewer toolbar, marker paragraphs ⦚ n ⦚ between the halves of cut paragraphs, a monthly-card paywall, "
        "upload stamp (no date); the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县农村家庭宽带路由器使用情况的调研报告（全本·6页）- 墨页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.moyewenku.com/reader/v3/reader.css">
<script>window.__DOC__={id:"7c21ad90e5b3",pages:6,free:3};</script>
</head><body class="reader">
<header class="top-bar"><a class="logo" href="/">⟦m 墨页文库⟧</a>
<nav>⟦m <a href="/">首页</a> <a href="/cat/report">报告</a> <a href="/cat/plan">方案</a> <a href="/cat/speech">讲话</a> <a href="/cat/edu">教育</a>⟧</nav>
<form class="search"><input type="text" placeholder="搜一搜千万文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 墨页月卡 全站畅读⟧</a></header>
<div class="crumbs">⟦m 墨页文库 › 行业资料 › 通信网络 › 调研报告⟧</div>
<main class="doc">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：绿萝123　上传于：2025-06-09　共6页　阅读 438 次　好评率 94%⟧</div>
<div class="viewer-tools">⟦a 适合页宽 ｜ 放大 ｜ 缩小 ｜ 沉浸阅读 ｜ 全屏⟧</div>
<div class="pages">
{BODY}
</div>
<div class="paywall"><p>⟦a 剩余3页未读，开通墨页月卡即可继续阅读⟧</p><p><a class="btn-buy">⟦a 9.9元开通月卡⟧</a> <a class="btn-down">⟦a 单篇购买 下载原文⟧</a></p></div>
<div class="doc-actions">⟦a 赞(12)　踩　收进书架　举报⟧</div>
</main>
<aside class="sidebar"><h3>⟦l 与本文相近的文档⟧</h3><ul>
<li><a href="/view/5a1.html">⟦l 农村宽带网络覆盖情况调研报告⟧</a></li>
<li><a href="/view/5a2.html">⟦l 关于提升乡村千兆光网服务质量的调查⟧</a></li>
<li><a href="/view/5a3.html">⟦l 智慧家庭终端入户情况调查问卷⟧</a></li></ul>
<h3>⟦l 上传者的其他资料⟧</h3><ul><li>⟦l 5G基站建设协调会议纪要⟧</li></ul></aside>
<footer><p>⟦d 墨页文库所收文档均由用户上传，墨页仅提供存储和阅读服务，如有侵权请联系删除。⟧</p><p>⟦m © 2025 moyewenku.com　粤ICP备21063390号-2⟧</p></footer>
<script src="https://static.moyewenku.com/reader/v3/reader.js"></script>
</body></html>
""",
        p_html='<p class="ptxt">{}</p>',
        pages=dict(fmt="⦚ {n} ⦚", every=140, start=2),
        body="""
为了解农村家庭宽带终端使用现状，今年4月，县通信发展办公室联合三家基础电信企业，对塱口、墘坪、埇湾3个镇12个行政村的420户宽带用户开展了入户调研。现将有关情况报告如下。
一、基本情况
调研户中，使用运营商配发路由器的有318户，占75.7%；自购路由器的有102户。设备使用超过5年的有137户，其中不少仍是只支持2.4G频段的老旧机型。
二、存在问题
一是设备老化影响体验，群众反映最多的“晚上卡”“隔墙没信号”，多数与老旧路由器有关。二是安全意识薄弱，近六成用户从未修改过管理密码，有31户的无线网络没有设置密码。三是售后服务不便，报修要跑到县城营业厅。
三、几点建议
建议电信企业为使用5年以上的用户免费更换双频路由器；镇村通过广播、微信群宣传修改默认密码等安全常识；每个镇设立宽带服务点，方便群众就近报修。
鄩川县通信发展办公室
2025年5月16日
""",
    ),
    dict(
        slug="wenku-shuhai-plan-shoe-cabinets-wrapped-glued",
        site="书海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://doc.shuhaiwk.cn/p-40917725.html",
        title="籥山街道老旧小区楼道鞋柜清理整治工作方案",
        record_title="籥山街道老旧小区楼道鞋柜清理整治工作方案.pdf",
        date="2025-06-03",
        notes="a 文库 text dump: hard-wrapped at 60 columns, page markers ⬦n⬦ glued to the continuation lines, "
        "file-name record title; a preview-limit line at the end; the 成文日期 under the signature",
        page="""
!m 书海文库
!t 籥山街道老旧小区楼道鞋柜清理整治工作方案.pdf
!m 页数：5　｜　大小：186KB　｜　贡献者：gg_jiedao
!d 文档由贡献者上传分享，书海文库不对内容的准确性负责，引用前请自行核对原件。
{BODY}
!a 预览已到底，完整版请用书海币兑换后下载
!l 相关推荐：社区楼道堆物整治方案｜老旧小区消防通道清理工作方案｜物业消防安全告知书
!m 书海文库 shuhaiwk.cn 让知识流动起来
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⬦{n}⬦", every=150, start=2, glue=True),
        body="""
为消除老旧小区楼道消防安全隐患，畅通居民“生命通道”，街道决定在辖区开展楼道鞋柜清理整治工作，特制定本方案。
一、整治范围
辖区内堇苑、藻塘、蓴湾3个社区2000年以前建成的老旧小区，共46栋、212个楼道单元。
二、工作步骤
（一）宣传摸排阶段（6月5日至6月15日）。社区网格员逐楼逐户登记楼道内鞋柜、杂物堆放情况，发放告知书。
（二）自行清理阶段（6月16日至6月30日）。引导居民将楼道鞋柜搬回家中或改放到入户门内侧，确有困难的老人由志愿者帮助搬运。
（三）集中整治阶段（7月1日至7月15日）。对逾期未清理的，由社区会同物业、消防站集中清理，清出的鞋柜暂存社区仓库，30日内可凭登记单领回。
三、工作要求
各社区要疏堵结合，可在架空层统一设置公共鞋架，不能一清了之；清理中要耐心做好解释工作，防止引发矛盾。
籥山街道办事处
2025年6月3日
""",
    ),
    dict(
        slug="gov-hanling-notice-scale-verification-index-table",
        site="浛岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hanling.gov.example.cn/zwgk/bmwj/scjgj/202504/t20250410_77214.html",
        title="关于开展全县集贸市场电子计价秤专项检定工作的通知",
        record_title="关于开展全县集贸市场电子计价秤专项检定工作的通知 - 部门文件 - 浛岭县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="county portal: 关怀版/无障碍 links, 索引号 table (the 文号 cell unmarked), attachment download links beside the 附件 list, "
        "the notice's own 联系人/电话 beside the portal's 纠错 hotline, 抄送 and 印发 lines in the body; portal date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展全县集贸市场电子计价秤专项检定工作的通知 - 部门文件 - 浛岭县人民政府</title>
<meta name="SiteName" content="浛岭县人民政府"><meta name="ArticleTitle" content="关于开展全县集贸市场电子计价秤专项检定工作的通知">
<link rel="stylesheet" href="/images/zwgk2024.css">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问浛岭县人民政府门户网站⟧</span> <span class="tools">⟦a <a href="/care/">关怀版</a> <a href="javascript:wza()">无障碍浏览</a> <a href="/en/">English</a>⟧</span></div>
<div class="banner">⟦m 浛岭县人民政府 · 山水浛岭 生态家园⟧</div>
<div class="mainnav">⟦m <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjhl/">走进浛岭</a>⟧</div>
<div class="position">⟦m 当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmwj/">部门文件</a> &gt; 县市场监管局⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：431129-SJ-2025-00418⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发文机关：浛岭县市场监督管理局⟧</td><td>⟦m 成文日期：2025-04-08⟧</td></tr>
<tr><td>发文字号：浛市监发〔2025〕11号</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="fontsize">⟦a 【字号 放大 中 缩小】　【打印本页】　【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：<a href="/zwgk/bmwj/scjgj/202504/P020250410.xlsx">集贸市场在用电子秤统计表.xlsx</a>⟧<br>⟦a 附件下载：<a href="/zwgk/bmwj/scjgj/202504/P020250411.pdf">电子计价秤检定安排表.pdf</a>⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul>
<li>⟦l <a href="#">浛岭县2025年计量工作要点</a>⟧</li>
<li>⟦l <a href="#">关于加强农贸市场公平秤管理的通知</a>⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：浛岭县人民政府办公室　承办：浛岭县数据资源服务中心⟧</p>
<p>⟦m 网站纠错热线：0731-5721090（工作日）⟧</p>
<p>⟦m 网站标识码 4311290017　湘公网安备 43112902000133号⟧</p>
<p>⟦m 地址：浛岭县滨江北路1号　邮编：425300⟧</p>
</div>
<script src="/js/share.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为维护集贸市场计量秩序，保护消费者合法权益，县市场监管局决定于4月至6月在全县开展集贸市场电子计价秤专项检定工作。现将有关事项通知如下。
一、检定范围。全县23个集贸市场、农贸市场内经营者使用的电子计价秤、电子台秤。
二、工作安排。4月15日至5月31日为集中检定阶段，县计量检定所分片进场，免收检定费；6月为复查阶段，对未检和检定不合格的电子秤依法处理。
三、工作要求。各乡镇要督促市场开办者统计在用电子秤数量，于4月12日前报送附件1；检定结束后在市场醒目位置设置公平秤。
联系人：鄢丽萍，电话：0731-5726183。
附件：1.集贸市场在用电子秤统计表
2.电子计价秤检定安排表
浛岭县市场监督管理局
2025年4月8日
抄送：市市场监督管理局。
浛岭县市场监督管理局办公室　2025年4月8日印发
""",
    ),
    dict(
        slug="gov-xunchuan-bulletin-rogue-routers-cn-date",
        site="鄩川县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.xunchuan.gov.example.cn/xxgk/tzgg/202503/t20250331_30218.html",
        title="关于县直单位违规私接无线路由器问题的通报",
        record_title="关于县直单位违规私接无线路由器问题的通报_网络安全_鄩川县人民政府网",
        date="2025-03-27",
        date_also=["2025-03-31"],
        notes="portal text: the 通报 with its table (one row a paragraph, cells apart by ideographic spaces), "
        "成文日期 in Chinese numerals, 抄送 line in the body; the portal's 发布时间 differs",
        page="""
!m 鄩川县人民政府网
!a 长者模式　｜　读屏助手　｜　繁
!m 首页 > 信息公开 > 通知公告 > 网络安全
{T}
!m 发布时间：2025-03-31 16:20　信息来源：县委网信办　浏览次数：
!a 【大 中 小】　【打印】　【关闭】
{BODY}
!l 上一条：关于开展2025年“护网”演练前自查工作的通知
!l 下一条：鄩川县政务新媒体第一季度检查情况通报
!m 鄩川县人民政府办公室主办　鄩川县大数据中心维护
!m 网站技术支持电话：0739-6620375　鄂ICP备06031774号
""",
        indent="\u3000\u3000",
        body="""
县直各单位：
3月中旬，县委网信办会同县大数据中心对38家县直单位政务外网接入情况进行了专项检查，发现9家单位存在私接无线路由器问题。现将有关情况通报如下。
一、检查发现的问题
单位　私接数量　主要问题
县住建局　3台　未设密码、与互联网混接
县农业农村局　2台　使用出厂默认管理密码
县文旅局　1台　开启了远程管理功能
其余6家单位　各1台　设备来源不明、无人管理
二、整改要求
各有关单位要于4月10日前拆除私接的无线路由器，确需无线办公的，统一向县大数据中心申请配发安全接入设备。逾期未整改的，将在全县网络安全考核中扣分。
鄩川县委网络安全和信息化委员会办公室
二〇二五年三月二十七日
抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。
""",
    ),
    dict(
        slug="news-ziyang-sewing-workshop-h1-app-prompt",
        site="鄑阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ziyangnews.example.cn/xwzx/xz/2025-05/20/content_66120.html",
        title="墘坪镇：缝纫机“嗒嗒”声里织出致富路",
        record_title=None,
        record_date="2025-05-20",
        date="2025-05-20",
        notes="county news portal: no record title (the <h1>), an app prompt glued before the lead, a photo caption on a line of its own "
        "between paragraphs, a listen button, an ad slot and a 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鄑阳新闻网</title>
<link rel="stylesheet" href="//static.ziyangnews.example.cn/css/article.css">
<script async src="//static.ziyangnews.example.cn/js/stat.js"></script>
</head><body>
<div class="header"><a href="/" class="logo">⟦m 鄑阳新闻网⟧</a><span class="slogan">⟦m 县委县政府主办 · 鄑阳第一新闻门户⟧</span>
<div class="nav">⟦m <a href="/">首页</a> <a href="/sz/">时政</a> <a href="/xz/">乡镇</a> <a href="/ms/">民生</a> <a href="/sp/">视频</a> <a href="/zt/">专题</a>⟧</div></div>
<div class="ad-top">⟦d 广告位招租　电话 0736-2108866⟧</div>
<div class="loc">⟦m 鄑阳新闻网 > 新闻中心 > 乡镇传真⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：鄑阳日报　作者：郚晓川　2025-05-20 08:31⟧</div>
<div class="listen">⟦a ▶ 听新闻　00:00 / 02:41⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="editor">⟦m 【编辑：蒋禾苗　审核：骆一帆】⟧</div>
<div class="share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
</div>
<div class="side"><h3>⟦l 24小时热点⟧</h3><ol>
<li>⟦l 鄑阳至犨城快速通道全线贯通⟧</li>
<li>⟦l 我县启动夏季“清河行动”⟧</li>
<li>⟦l 埇湾镇油茶林喜获丰收⟧</li></ol></div>
<div class="footer"><p>⟦d 本网原创稿件，未经授权不得转载⟧</p><p>⟦m 鄑阳县融媒体中心版权所有　互联网新闻信息服务许可证 43120190045⟧</p></div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
⟦a 下载“鄑阳新闻”客户端，本地资讯早知道⟧本报讯（记者 郚晓川）走进墘坪镇华缝服饰扶贫车间，120台平缝机一字排开，缝纫机“嗒嗒”声此起彼伏，50多名女工正在赶制一批出口的儿童睡衣。
“在家门口上班，一个月能拿四千多元，还能接送孩子。”41岁的女工鄢春梅一边踩着缝纫机一边说。去年，她参加了镇里组织的缝纫技能培训，结业后直接进了车间。
⟦m 图为华缝服饰扶贫车间女工正在赶制订单。记者 郚晓川 摄⟧
据了解，墘坪镇近三年引进服装加工企业7家，建成扶贫车间12个，带动1100余名农村妇女就业。镇里还与县职业中专合作开设缝纫技能培训班，今年已培训学员260人次。
镇党委负责人表示，下一步将引导企业更新电脑平缝机、自动模板机等设备，推动车间从“来料加工”向“自主设计”转型。
""",
    ),
    dict(
        slug="news-ziyang-microphones-village-broadcast-text",
        site="鄑阳融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.ziyangrm.example.cn/a/20250709/4417.html",
        title="鄑阳县为128个村级广播室配发新话筒",
        record_title="【乡村大喇叭】鄑阳县为128个村级广播室配发新话筒丨鄑阳融媒",
        date="2025-07-09",
        notes="a county media app's page as text: the 发布时间 byline is the page's date; a photo caption between paragraphs; "
        "an editor line glued after the last 。; a comment box and a read count",
        page="""
!m 鄑阳融媒 · 指尖上的鄑阳
!t 【乡村大喇叭】鄑阳县为128个村级广播室配发新话筒丨鄑阳融媒
!m 发布时间：2025-07-09 17:45　来源：县融媒体中心
!a 🔊 点这里听全文
{BODY}
!m 阅读 6203
!l 写评论…
!l 热门评论：埇湾老李：我们村的新话筒声音清楚多了！
!a 打开鄑阳融媒APP，参与评论互动
""",
        body="""
近日，县广电中心将128套无线话筒和调音台送到全县各行政村的村级广播室，并组织村广播员开展了操作培训。
以前，不少村的广播室还在用十多年前的有线话筒，线路一拉就接触不良，“喊半天，村民只听见嗡嗡响”。这次配发的新话筒采用数字无线技术，广播员可以拿着话筒在村部院子里直接播报，遇到防汛、防火等紧急情况，几分钟内就能把通知送到家家户户。
⟦m 鄌田乡广播员在村部试用新话筒。（通讯员 俞小满 摄）⟧
县广电中心还为每个村建立了设备台账，明确每年上门检修两次。下一步，县里将推动村级广播与应急广播平台联网，让“村村响”真正响起来、响得好。⟦m 责任编辑：鄢小禾　校对：林一苇⟧
""",
    ),
    dict(
        slug="forum-jikewan-router-dropouts-jammer",
        site="极客湾论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jikewan.example.com/thread-402218-1-1.html",
        title="家里路由器一到晚上就掉线，折腾一周终于找到原因",
        record_title="[折腾记录] 家里路由器一到晚上就掉线，折腾一周终于找到原因 - 网络设备 - 极客湾论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, a rating row, a signature, replies; the 发表于 time is relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>[折腾记录] 家里路由器一到晚上就掉线，折腾一周终于找到原因 - 网络设备 - 极客湾论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?V3a"></script>
</head><body>
<div id="toptb">⟦a <a href="member.php?mod=logging">登录</a> <a href="member.php?mod=register">注册</a> <a href="#">找回密码</a>⟧</div>
<div id="hd"><a href="./" class="logo">⟦m 极客湾论坛 — 玩数码，来极客湾⟧</a></div>
<div id="pt">⟦m 极客湾论坛 › 数码交流 › 网络设备 › 查看内容⟧</div>
<div class="thread-stat">⟦m 查看: 9214 | 回复: 57⟧</div>
<div id="postlist">
<table class="plhin"><tr><td class="pls">⟦m 楼主　夜航的鱼⟧<br>⟦m 积分 3120　威望 88　金币 402⟧</td>
<td class="plc"><h1 class="ts"><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　金币 +18　理由：思路清楚，收藏了⟧</div>
<div class="sign">⟦l ——————　能用网线的地方，绝不用无线　——————⟧</div>
<div class="po">⟦a 回复 支持(41) 反对(0) 收藏 举报⟧</div>
</td></tr></table>
<table class="plhin"><tr><td class="pls">⟦l 沙发　小熊饼干⟧</td><td class="plc">⟦l 同款问题，我家也是邻居信号太多，换5G频段就好了⟧</td></tr></table>
</div>
<div id="f_pst">⟦a 登录后才能参与讨论　立即登录 | 马上注册⟧</div>
<div id="ft">⟦m 极客湾论坛　( 浙ICP备19088412号-1 )　|　Archiver　|　手机版⟧<br>⟦m GMT+8, 2025-8-14 23:06 , Processed in 0.058 second(s)⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里宽带是300兆，路由器放在客厅电视柜里。上个月开始，每天晚上八点到十一点之间网络就一阵一阵地断，白天却一切正常。
第一步，我怀疑是宽带本身的问题，把电脑直接插在光猫上测速，晚上也稳定在280兆以上，这就排除了线路。
第二步，登录路由器管理页面看日志，发现掉线时并没有重新拨号的记录，只是无线客户端大量断开重连。
第三步，用手机装了个信号分析软件，一看吓一跳：2.4G频段能搜到二十多个邻居的无线网络，第6信道挤了九个。晚上大家都回家上网，干扰自然就大了。
最后的办法很简单：把2.4G信道固定到第1信道，常用的手机、电视改连5G频段，再把路由器从电视柜里挪到柜子顶上。这一周再没掉过线。
""",
    ),
    dict(
        slug="forum-zhenxian-treadle-sewing-machine-junk",
        site="针线人家论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.zhenxianrenjia.example.net/forum.php?mod=viewthread&tid=88165",
        title="脚踏缝纫机跳针断线的几个土办法",
        record_title="【老机新修】脚踏缝纫机跳针断线的几个土办法（三张实拍）- 缝纫机维修 - 针线人家论坛",
        date=None,
        notes="forum thread as text: junk lines and junk glued after 。; replies and a post-count line; the 发表于 line is 昨天 (no date)",
        page="""
!m 针线人家论坛
!m 首页 › 缝纫技术 › 缝纫机维修
!t 【老机新修】脚踏缝纫机跳针断线的几个土办法（三张实拍）- 缝纫机维修 - 针线人家论坛
!m 楼主：巧手王阿姨　发表于 昨天 21:07　|　查看 1366　回复 24
{BODY}
!a 点赞 18　　收藏　　举报
!l 2楼　布衣小裁缝：第三条太有用了，我家那台就是针装反了
!l 3楼　老槐树下：机油别用食用油，会粘！
!a 回帖需先登录，还没有账号？点此注册
!m 针线人家论坛　手机版｜小黑屋｜联系版主
""",
        junk=dict(lines=2, glued=2),
        body="""
家里这台脚踏缝纫机是我结婚时买的，用了三十多年。前阵子老是跳针、断线，请人来修要一百多块，我自己琢磨着修好了，把几个土办法分享给大家。
一、先看机针。机针弯了或者针尖钝了最容易跳针，拿到灯下看一看，有问题就换新的。装针时长槽要朝左，针要推到顶再拧紧螺丝。
二、再看穿线。面线要按顺序穿过每一个过线钩，挑线簧不能漏掉。底线梭壳的弹簧片太紧也会断线，用小螺丝刀往左拧半圈试试。
三、布和线要配套。薄布用细针细线，牛仔布要换粗针，针线不配最容易出毛病。
四、定期上油。机头几个油孔每月滴一两滴缝纫机油，踩起来轻快，声音也小。
""",
    ),
]
