"""holdout320, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Invented text (places, people, firms, sites, URLs, phones, ids); written by hand, one case at a
time; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moqi-speech-trunking-gb2312",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqi-fw.com/jianghua/zhufang/20240915/8812.html",
        title="在全县老旧小区电线槽规范整治推进会上的讲话",
        record_title="【讲话稿·精修版】在全县老旧小区电线槽规范整治推进会上的讲话（三稿可选）_墨畦范文网",
        date="2024-09-12",
        date_also=["2024-09-15"],
        notes="old gb2312 table page: marquee, visitor counter, floating ghost-writer QQ box, hot list; speaker and date lines under the title (neutral); a ghost-writer line between paragraphs and a collect link glued after a 。; the posting date differs from the speech's date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿·精修版】在全县老旧小区电线槽规范整治推进会上的讲话（三稿可选）_墨畦范文网</title>
<meta name="keywords" content="电线槽,老旧小区,整治,讲话稿">
<link href="/skin/moqi/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/moqi_common.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#F4F1E8">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/skin/moqi/logo.gif" alt="">⟦m 墨畦范文网⟧</td>
<td>⟦m 一畦笔墨　耕出好文章⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';">⟦a 设为主页⟧</a> | <a href="javascript:window.external.AddFavorite(location.href,document.title)">⟦a 收藏墨畦⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 方案计划⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/huiyuan/">⟦a 会员中心⟧</a></td></tr>
</table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨畦范文网每日更新讲话发言、总结汇报等范文，老会员续费八折，投稿请发至 tougao@moqi-fw.com⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="690" valign="top">
<table width="100%" class="pos"><tr><td>⟦m 您的位置：<a href="/">墨畦范文网</a> &gt;&gt; <a href="/jianghua/">讲话发言</a> &gt;&gt; 住建城管讲话 &gt;&gt; 正文⟧</td></tr></table>
<table width="100%" class="article"><tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 发布时间：2024-09-15　文章来源：会员投稿　编辑：禾苗　阅读：<span id="hits">1288</span> 次⟧</td></tr>
<tr><td align="center" class="tool">⟦a 【字体：大 中 小】【全选复制】【保存为Word】⟧</td></tr>
<tr><td class="content">
<p align="center">县住房和城乡建设局局长　邵青岚</p>
<p align="center">（2024年9月12日）</p>
{BODY}
</td></tr>
<tr><td class="pn">⟦l 上一篇：在全县城镇燃气安全专项整治会议上的表态发言⟧<br>⟦l 下一篇：在老旧小区改造现场观摩会上的主持词⟧</td></tr>
<tr><td class="copyright">⟦d 墨畦范文网所载范文仅供写作参考，引用请核对原始文件，转载须注明出处。⟧</td></tr>
</table>
</td>
<td width="260" valign="top" class="side">
<table width="100%"><tr><td class="side_t">⟦l 本月热门⟧</td></tr>
<tr><td>⟦l · 住建局长在物业管理工作会上的讲话⟧</td></tr>
<tr><td>⟦l · 社区楼道消防隐患整治动员讲话⟧</td></tr>
<tr><td>⟦l · 城市更新项目推进会讲话（两篇）⟧</td></tr>
</table>
<table width="100%"><tr><td class="side_t">⟦w 材料定制⟧</td></tr>
<tr><td>⟦w 讲话稿加急代写 三小时出初稿 QQ：2980471165⟧</td></tr></table>
</td></tr></table>
<table width="960" border="0" align="center" class="foot">
<tr><td>⟦m 关于墨畦 | 投稿须知 | 联系我们 | 网站地图⟧</td></tr>
<tr><td>⟦m Copyright 2009-2024 www.moqi-fw.com 墨畦范文网　冀ICP备09066213号⟧</td></tr>
<tr><td>⟦m 您是本站第 <font color="red">3187452</font> 位访客⟧</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:220px;">⟦w 在线写手 点我咨询⟧</div>
<script language="javascript">var f=document.getElementById("floatqq");window.onscroll=function(){f.style.top=(document.documentElement.scrollTop+220)+"px";}</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开全县老旧小区电线槽规范整治推进会，主要是通报前期排查情况，部署下一阶段整治任务。
据排查，全县纳入改造计划的老旧小区共有四十七个，楼道内私拉乱接、线槽破损脱落、电线裸露等问题点位一千二百余处，其中三成以上集中在建成三十年以上的住宅楼。
⟦w 同类发言稿一对一改写，微信 moqi_gao88 备注“住建”⟧
一要抓住重点。每个楼道统一敷设阻燃电线槽，强电与弱电分槽走线，破损线槽一律更换，不留死角。⟦a 〔收藏本篇〕⟧
二要压实责任。街道、社区、物业和施工单位要建立问题清单，整改一处、销号一处。
三要依靠群众。施工前张贴告示、入户说明，听取居民意见，减少对日常生活的影响。
同志们，楼道里的线槽虽小，连着千家万户的安全。希望大家把这件实事办实办好。
""",
    ),
    dict(
        slug="fanwen-heji-insight-towel-quilt-nursing",
        site="禾稷文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.hejiwengao.net/xinde/huli/30718.html",
        title="做好老人夏季毛巾被护理工作的心得体会",
        record_title="【护工手记】做好老人夏季毛巾被护理工作的心得体会（护理员视角）— 禾稷文稿网",
        date=None,
        notes="范文 page: no date (an update stamp with a relative time only); a ghost-writer line on its own between paragraphs, a save-as-Word button glued after a 。 and a read-aloud button glued before the first words of a line",
        page="""
!m 禾稷文稿网 · 好材料一捧一捧地收
!m 当前：首页 ＞ 心得体会 ＞ 岗位心得 ＞ 护理服务
!t 【护工手记】做好老人夏季毛巾被护理工作的心得体会（护理员视角）
!m 栏目：岗位心得　投稿：一米阳光　更新于 2 天前　阅读 906
!a 〔全文复制〕〔导出Word〕〔加入文件夹〕
{BODY}
!a 本篇字数 612，开通禾稷会员即可无限次下载
!l ◆ 同栏目推荐
!l ◇ 敬老院护工年度个人工作心得
!l ◇ 养老护理员技能培训心得体会（三篇）
!l ◇ 长期照护服务工作感悟
!l 上一篇：老年公寓夜班巡查心得｜下一篇：医养结合病区护士心得
!d 禾稷文稿网部分内容由网友投稿，如涉及版权问题请邮件 banquan@hejiwengao.net 处理。
!m © 2016—2025 禾稷文稿网　鲁ICP备16031782号-3
""",
        indent="\u3000\u3000",
        body="""
今年夏天，我在敬老院负责二楼十二位老人的起居照料，毛巾被的换洗和使用是我每天都要操心的一件小事。
刚开始，我只按排班表每周换洗一次，后来发现有的老人出汗多，毛巾被两三天就有了汗味；有的老人夜里怕冷，只盖一条薄毛巾被容易着凉。
⟦w 护理类材料代写、一对一改稿，微信：heji_wg2016⟧
⟦a 【朗读】⟧于是我给每位老人建了一张小卡片，记下出汗情况、冷热习惯和过敏史，换洗次数因人而定。
洗涤时，我坚持用中性洗涤剂，晾晒后再检查有没有脱线和硬块，破损的及时报后勤更换。⟦a 〔存为Word〕⟧
几个月下来，我体会到，照料老人没有小事，一条毛巾被也能看出我们的用心。
""",
    ),
    dict(
        slug="wenku-zhiyuan-research-socket-cover-pdf-markers",
        site="知渊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhiyuandoc.com/view/8c31f0a7e2.html",
        title="关于全市托幼机构插座保护盖配备情况的调研报告",
        record_title="关于全市托幼机构插座保护盖配备情况的调研报告.pdf",
        date="2025-03-18",
        notes="文库 reader: the record title is the file name; page-marker paragraphs ⩪ n ⩪ cut the text; viewer toolbar, page count, pay box, upload notice, related documents; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>关于全市托幼机构插座保护盖配备情况的调研报告.pdf-知渊文库</title>
<link rel="stylesheet" href="https://static.zhiyuandoc.com/reader/v5/reader.css">
<script src="https://static.zhiyuandoc.com/reader/v5/vendor.js"></script>
</head>
<body class="reader">
<header class="zy-header">
<a class="logo" href="/">⟦m 知渊文库⟧</a>
<nav><a href="/">⟦m 首页⟧</a><a href="/edu/">⟦m 教育资料⟧</a><a href="/gov/">⟦m 党政公文⟧</a><a href="/vip/">⟦a 开通会员⟧</a></nav>
<form class="search"><input type="text" placeholder="搜索文档"></form>
<div class="user"><a href="/login">⟦a 登录｜免费注册⟧</a></div>
</header>
<main class="zy-main">
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：青棠小筑　｜　页数：4页　｜　格式：PDF　｜　评分：4.7⟧</div>
<div class="doc-tools">⟦a 放大　缩小　全屏阅读　下载本文⟧</div>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-lock">
<p>⟦a 剩余 2 页未读，开通文库季卡即可继续阅读⟧</p>
<p><button>⟦a 立即开通⟧</button> <button>⟦a 用 8 下载券获取⟧</button></p>
</div>
<div class="doc-upload">⟦d 本文由用户自行上传至知渊文库，平台仅提供存储与展示，如发现侵权请提交申诉。⟧</div>
</main>
<aside class="zy-side">
<h3>⟦l 看了此文的人还看了⟧</h3>
<ul>
<li>⟦l 幼儿园安全隐患排查台账（含插座）⟧</li>
<li>⟦l 托育机构设施设备配置标准解读⟧</li>
<li>⟦l 儿童居家用电安全调查问卷⟧</li>
</ul>
</aside>
<footer class="zy-foot">
<p>⟦m 知渊文库　版权所有　沪ICP备20117346号-2⟧</p>
<p>⟦m 违法和不良信息举报：report@zhiyuandoc.com⟧</p>
</footer>
<script>window.__DOC__={id:"8c31f0a7e2",pages:4,free:2};</script>
</body>
</html>
""",
        p_html='<p class="ln">{}</p>',
        pages=dict(fmt="⩪ {n} ⩪", every=85, start=2),
        body="""
为掌握全市托幼机构电源插座防护情况，市妇儿工委办公室会同市教育局、市卫生健康委，于今年二月对城区和四个县的八十六所幼儿园、托育机构开展了专题调研。
调研发现，幼儿活动室、午睡室插座加装保护盖的机构占百分之七十一，其中部分保护盖为简易插片式，幼儿用手即可拔出；盥洗室附近插座未做防溅处理的有十九所。
问题的主要原因是配备标准不统一、日常检查不到位、采购时重价格轻质量。
建议一是制定托幼机构插座保护盖配备指引，明确安装位置和产品要求；二是将插座防护纳入每月安全自查；三是由教育、市场监管部门联合开展产品抽查。
鄮州市妇女儿童工作委员会办公室
2025年3月18日
""",
    ),
    dict(
        slug="wenku-qingjian-plan-radiator-cover-wrapped-markers",
        site="青笺文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qingjianwk.cn/p/5107723.html",
        title="幼儿园冬季暖气罩安全防护改造实施方案",
        record_title="【园所暖冬·可套改】幼儿园冬季暖气罩安全防护改造实施方案 - 青笺文库",
        date="2024-10-21",
        notes="a 文库 preview dumped as text, hard-wrapped at 62 columns and cut by page markers ⮀n⮀ glued to the continuation line; viewer lines above, preview-end prompt below; 成文日期 under the signature",
        page="""
!m 青笺文库 | 免费文档分享
!t 【园所暖冬·可套改】幼儿园冬季暖气罩安全防护改造实施方案
!m 贡献者：豆豆妈咪　　共3页　　1.2万次浏览　　2024-11-02 上传
!a 点此全屏预览｜加入书单｜举报
{BODY}
!a —— 预览已到末尾，完整版需付 3 元解锁 ——
!l 猜你想看：幼儿园冬季安全工作计划｜幼儿园设施设备检修记录表
!d 青笺文库不对用户上传内容的真实性负责，下载前请仔细甄别。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⮀{n}⮀", every=110, start=2, glue=True),
        body="""
为消除冬季供暖期间幼儿碰撞、烫伤隐患，根据县教育局冬季安全工作要求，结合我园实际，制定本方案。
一、改造范围。全园九个活动室、三个午睡室和走廊的暖气片共四十二组，全部加装圆角暖气罩。
二、技术要求。暖气罩选用防火板材，边角倒圆，表面温度不高于四十摄氏度；罩体前面板留散热孔，孔径不大于八毫米，防止幼儿手指伸入。
三、时间安排。十一月五日前完成采购，十一月十二日前安装完毕，供暖前由后勤组逐间验收。
四、责任分工。园长负总责，后勤主任具体落实，各班教师每日检查暖气罩有无松动。
莒塘县第一幼儿园
2024年10月21日
""",
    ),
    dict(
        slug="gov-piyuan-notice-trunking-index-table",
        site="邳原县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.piyuan.gov.cn/zwgk/tzgg/202504/t20250409_61877.html",
        title="邳原县住房和城乡建设局关于开展老旧小区楼道电线槽隐患排查整治的通知",
        record_title="邳原县住房和城乡建设局关于开展老旧小区楼道电线槽隐患排查整治的通知_住建要讯_邳原县人民政府门户网站",
        date="2025-04-07",
        date_also=["2025-04-09"],
        notes="county portal: 长者模式/无障碍 links, 索引号 table (the 文号 cell unmarked), 字号 row, attachment download links beside the notice's own 附件 list, its 联系人/电话 beside the portal's 纠错 line, 抄送 and 印发 lines; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="邳原县人民政府">
<meta name="ColumnName" content="通知公告">
<title>邳原县住房和城乡建设局关于开展老旧小区楼道电线槽隐患排查整治的通知_住建要讯_邳原县人民政府门户网站</title>
<link rel="stylesheet" href="/images/piyuan2023/css/article.css">
<script src="/images/piyuan2023/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar">
<span>⟦m 今天是：<span id="today"></span>⟧</span>
<a href="javascript:;" id="zhzs">⟦a 长者模式⟧</a> <a href="javascript:;" id="wza">⟦a 视障辅助⟧</a> <a href="/en/">⟦a 英文站⟧</a>
</div>
<div class="header"><div class="logo">⟦m 邳原县人民政府⟧</div><div class="sub">⟦m www.piyuan.gov.cn⟧</div></div>
<ul class="main-nav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjpy/">⟦m 走进邳原⟧</a></li>
</ul>
<div class="location">⟦m 当前位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » <a href="/zwgk/tzgg/">通知公告</a>⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11320427MB1A09732Q/2025-00418⟧</td><td>⟦m 发布机构：县住房和城乡建设局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-04-09⟧</td><td>邳住建发〔2025〕17号</td></tr>
<tr><td>⟦m 主题分类：城乡建设、环境保护⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-info">⟦m 发布时间：2025-04-09 15:22　来源：县住房和城乡建设局　浏览次数：<span id="views">734</span>⟧</div>
<div class="art-font">⟦a 字号：【大】【中】【小】　🖨 打印本页　✖ 关闭窗口⟧</div>
<div class="art-content">
{BODY}
</div>
<div class="art-attach">
<p>⟦a 附件下载：老旧小区楼道电线槽隐患排查表.xlsx⟧</p>
<p>⟦a 附件下载：整治进度周报表.docx⟧</p>
</div>
<div class="art-share">⟦l 分享到：微信　微博　QQ空间⟧</div>
</div>
<div class="side-box">
<h4>⟦l 相关文件⟧</h4>
<ul>
<li>⟦l 邳原县2025年城镇老旧小区改造计划⟧</li>
<li>⟦l 关于加强住宅小区电动自行车充电管理的通知⟧</li>
</ul>
</div>
<div class="footer">
<p>⟦m 主办：邳原县人民政府办公室　承办：邳原县大数据管理中心⟧</p>
<p>⟦m 网站纠错电话：0516-8837 2210（工作日）⟧</p>
<p>⟦m 苏ICP备05027714号　苏公网安备 32038202000418号　网站标识码：3203820019⟧</p>
</div>
<script>document.getElementById("today").innerHTML=new Date().toLocaleDateString();</script>
<script src="/images/piyuan2023/js/ruanzhu.js"></script>
</body>
</html>
""",
        body="""
各镇人民政府、街道办事处，县各有关单位：
近期，我县部分老旧小区楼道内电线槽破损脱落、电线裸露，存在较大消防隐患。经研究，决定自4月中旬起开展专项排查整治。
一、排查内容。重点排查线槽是否阻燃、盖板是否缺失、强弱电是否混槽、有无私拉飞线。
二、整改要求。5月31日前完成问题线槽更换，整改情况每周五报县住建局。
附件：1.老旧小区楼道电线槽隐患排查表
2.整治进度周报表
联系人：郜明川　电话：0516-8837 4026
邳原县住房和城乡建设局
2025年4月7日
抄送：县消防救援大队，县供电公司。
邳原县住房和城乡建设局办公室　2025年4月7日印发
""",
    ),
    dict(
        slug="gov-meichuan-bulletin-socket-cover-spotcheck-table",
        site="郿川县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.meichuan.gov.cn/art/2024/12/20/art_2217_90341.html",
        title="郿川县市场监督管理局关于儿童插座保护盖产品质量监督抽查情况的通报",
        record_title="〔抽查结果速递〕郿川县市场监督管理局关于儿童插座保护盖产品质量监督抽查情况的通报——郿川县人民政府",
        date="2024-12-18",
        date_also=["2024-12-20"],
        notes="county portal as text: a 文号 line (neutral) under the title, a spot-check table one row a paragraph with ideographic spaces, a font-size row, a listen button on a line of its own between paragraphs; 成文日期 under the signature, the posting date differs (date_also)",
        page="""
!m 郿川县人民政府　｜　政务公开　｜　部门文件
!a 切换长辈版　　读屏专用　　繁體
!m 首页 / 政务公开 / 部门文件 / 县市场监管局
{T}
郿市监〔2024〕31号
!m 发布日期：2024-12-20　　信息来源：县市场监管局　　访问量：388
!a 〖字号 A+ A A-〗〖打印〗〖关闭〗
{BODY}
!l 【上一条】郿川县2024年第三季度食品安全抽检信息公告
!l 【下一条】关于开展电动自行车及配件专项检查的通知
!m 郿川县人民政府办公室主办　　县融媒体中心技术支持
!m 政务服务热线：12345　　网站纠错：0916-6620 5198
""",
        body="""
各市场监管所，县各有关单位：
为保障婴幼儿用电安全，县市场监管局于今年十一月对县城商场、母婴店和网店销售的儿童插座保护盖开展监督抽查，共抽取样品二十批次，不合格五批次。结果通报如下：
⟦a 🔊 听全文⟧
序号　标称生产企业　不合格项目
1　鄮州乐童日用品厂　拔出力不达标
2　莒塘安贝塑胶制品厂　阻燃性能不合格
3　郿川县暖屋家居店（自制）　无中文标识
各市场监管所要督促经营者立即下架不合格产品，并于12月31日前将核查处置情况报县局质量股。
郿川县市场监督管理局
2024年12月18日
""",
    ),
    dict(
        slug="news-jutang-towel-quilt-factory-orders",
        site="莒塘新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jutangnews.cn/bdxw/2025-06/17/content_417760.html",
        title="艿田镇毛巾被织造企业订单排到年底",
        record_title="艿田镇毛巾被织造企业订单排到年底丨本地 - 莒塘新闻网",
        record_date="2025-06-17",
        date="2025-06-17",
        notes="county news portal: app prompt, listen button, ad slot, a photo caption between paragraphs, an editor line glued after the last paragraph, a 24-hour list and a share row; the record gives the date",
        page="""
<!doctype html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>艿田镇毛巾被织造企业订单排到年底丨本地 - 莒塘新闻网</title>
<meta name="description" content="莒塘新闻网本地频道">
<link rel="stylesheet" href="//static.jutangnews.cn/pc/css/detail.min.css">
<script async src="//static.jutangnews.cn/pc/js/stat.js"></script>
</head>
<body>
<div class="topbar">⟦m 莒塘新闻网　莒塘县融媒体中心主办⟧ <a href="/app/">⟦a 下载“莒塘发布”客户端⟧</a></div>
<nav class="channel">
<a href="/">⟦m 首页⟧</a><a href="/bdxw/">⟦m 本地⟧</a><a href="/xz/">⟦m 乡镇⟧</a><a href="/ms/">⟦m 民生⟧</a><a href="/sp/">⟦m 视频⟧</a>
</nav>
<div class="crumbs">⟦m 莒塘新闻网 ＞ 本地 ＞ 经济⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-17 08:36　来源：莒塘县融媒体中心　记者：韦萍　通讯员：尹家和⟧</div>
<div class="listen"><button>⟦a ▶ 听新闻⟧</button></div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享：微信好友 朋友圈 微博⟧</div>
</article>
<div class="ad-slot">⟦m 广告　莒塘农商银行“乡村振兴贷”限时优惠⟧</div>
<aside>
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 县城南环路夜间施工，部分路段临时封闭⟧</li>
<li>⟦l 蹊口镇早稻开镰，亩产预计超千斤⟧</li>
<li>⟦l 暑期少儿游泳安全课开讲⟧</li>
</ol>
</aside>
<footer>
<p>⟦m 莒塘县融媒体中心版权所有　未经授权禁止转载⟧</p>
<p>⟦m 新闻热线：0539-5210 388　皖ICP备18002714号⟧</p>
</footer>
<script>var _articleId=417760;</script>
</body>
</html>
""",
        body="""
眼下正是毛巾被销售旺季，在艿田镇纺织产业园，十几家织造企业的车间里机声隆隆，工人们正加紧赶制出口订单。
“今年的订单已经排到了十二月底。”莒塘恒绵纺织有限公司负责人裘立文说，公司去年更新了二十台剑杆织机，竹纤维毛巾被的产量比前年翻了一番。
⟦m 图为恒绵纺织车间工人在检验毛巾被。记者　韦萍　摄⟧
据了解，艿田镇现有毛巾被生产企业十七家，年产各类毛巾被四百多万条，产品销往东南亚和中东地区。今年以来，镇里帮助企业对接跨境电商平台，新增线上订单三成以上。⟦m （责任编辑：姚一帆）⟧
""",
    ),
    dict(
        slug="news-meichuan-curtain-tieback-title-line",
        site="郿川在线 (invented, news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.meichuanzx.com/news/msbb/20250509/26614.shtml",
        title="市场监管部门提醒：家中窗帘拉绳请加装安全扣",
        record_title=None,
        date="2025-05-09",
        notes="no record title: the title line on the page; a byline's 发布时间 is the page's date; an app prompt glued before the lead's first words, a related link on a line of its own between paragraphs",
        page="""
!m 郿川在线 — 郿川人的新闻客户端
!m 新闻 ＞ 民生播报
{T}
!m 发布时间：2025-05-09 10:12　来源：郿川在线　作者：见习记者 党小禾
!a 字号：大 | 中 | 小　　复制链接
{BODY}
!a 打开郿川在线APP，查看更多民生资讯
!l 热门推荐
!l · 端午假期全县景区接待游客12万人次
!l · 城区五处老旧水管本周更换
!m 郿川在线　陕ICP备19011402号-1　举报电话：0916-6627 0110
""",
        body="""
⟦a 〔APP内阅读〕⟧本报讯　近日，郿川县市场监管局在城区家居市场开展窗帘产品专项检查时发现，不少家庭窗帘的拉绳、串珠绳垂在低处，幼儿玩耍时容易缠绕颈部。
执法人员提醒，购买窗帘时应选择带安全扣或张紧器的产品，已安装的窗帘可加装安全扣，把拉绳收到离地一米五以上的高度。
⟦l ▶ 延伸阅读：儿童家居用品选购的五个误区⟧
检查中，执法人员对三家未按规定标注警示语的商户下达了责令改正通知书。
""",
    ),
    dict(
        slug="forum-muyou-radiator-cover-diy-jammer",
        site="木友家园论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.muyoujy.com/thread-204718-1-1.html",
        title="自己用松木板做了个暖气罩，晒一下过程",
        record_title="[木工晒图] 自己用松木板做了个暖气罩，晒一下过程（带尺寸图） - 家装DIY - 木友家园论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts in the post, a rating row, a signature, replies; the post time is relative (5 天前), so no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[木工晒图] 自己用松木板做了个暖气罩，晒一下过程（带尺寸图） - 家装DIY - 木友家园论坛 - Powered by Discuz!</title>
<link rel="stylesheet" href="data/cache/style_2_common.css">
<script src="static/js/common.js"></script>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb"><a href="member.php?mod=logging">⟦a 登录⟧</a> | <a href="member.php?mod=register">⟦a 立即注册⟧</a> | <a href="misc.php?mod=faq">⟦m 帮助⟧</a></div>
<div id="hd"><h2>⟦m 木友家园⟧</h2><p>⟦m 木头会说话，手艺有温度⟧</p></div>
<div id="nv"><ul><li>⟦m 论坛⟧</li><li>⟦m 作品秀⟧</li><li>⟦m 工具杂谈⟧</li><li>⟦m 二手市集⟧</li></ul></div>
<div id="pt">⟦m 木友家园 › 家装DIY › 查看帖子⟧</div>
<div class="thread-stat">⟦m 查看: 2461 | 回复: 37⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 松间木匠⟧</div><p>⟦m 手作达人　积分 3620⟧</p></td>
<td class="plc">
<h1 class="ts">{T}</h1>
<div class="authi">⟦m 发表于 5 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88123">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　木币 +18　收起 理由：手艺好 / 图很清楚⟧</div>
<div class="sign">⟦m 签名：能自己做的绝不买，做坏了再买⟧</div>
<div class="po">⟦a 回复　收藏　评分　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 刨花飞　楼主手真巧，求板材店地址⟧</div>
<div class="reply">⟦l 3# 老榫头　散热孔开得好，不影响出热⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没有账号？马上注册⟧</div>
<div id="ft">⟦m 木友家园论坛　Powered by Discuz! X3.4　浙ICP备17040228号⟧</div>
<script>discuz_uid=0;</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里客厅的暖气片是老式铸铁的，孩子跑来跑去总怕磕着，外面卖的成品暖气罩又贵，干脆自己动手做了一个。
材料用的是十八毫米厚的松木拼板，正面用木条做成格栅，条与条之间留一点五厘米的缝，方便散热。
尺寸是按暖气片量的：长一百二十厘米，高八十五厘米，深二十二厘米，顶板往外多出两厘米，可以放点小东西。
刷的是水性木器漆，刷了三遍，没什么味道。装好以后试了一周，屋里温度和原来差不多。
做暖气罩最要紧的是别封太死，顶板和底部都要留出风口，不然热量散不出来。
""",
    ),
    dict(
        slug="forum-yuer-socket-cover-comparison-junk",
        site="豆苗育儿论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.doumiaoyuer.com/t/7730125.html",
        title="娃一岁半总去抠插座，三种插座保护盖用下来的对比",
        record_title="【育儿好物】娃一岁半总去抠插座，三种插座保护盖用下来的对比 - 安全防护版 - 豆苗育儿论坛",
        date=None,
        notes="parents' forum post as text: a numbered list, anti-scraping junk as lines and glued after a 。; the post time is relative (昨天), no date; replies below",
        page="""
!m 豆苗育儿论坛 › 安全防护版 › 帖子详情
!t 【育儿好物】娃一岁半总去抠插座，三种插座保护盖用下来的对比
!m 楼主：橙子妈妈在线　发表于 昨天 21:40　浏览 3187　回复 56
!l 只看楼主　｜　倒序查看
{BODY}
!l 2楼 小满爸比：第二种我家也在用，确实好
!l 3楼 栗子酱：求链接！
!l 4楼 橙子妈妈在线 回复 栗子酱：不带链接，搜名字就有
!a 回复帖子需先登录　｜　登录　｜　注册
!m 豆苗育儿论坛 版权所有　粤ICP备15108827号
""",
        junk=dict(lines=2, glued=2),
        body="""
娃一岁半，最近迷上了抠插座，家里十几个插座全换上了保护盖，三种都用过，说说感受。
1. 插片式保护盖。便宜，一包二十个，但娃用指甲就能抠出来，还容易丢，不推荐。
2. 旋转式保护盖。要对准缺口再转一下才能拔，大人用着也麻烦一点，但娃打不开，客厅我都换成了这种。
3. 整体防护罩。连插头一起罩住，适合电视柜后面那种一直插着的插座，就是有点丑。
最后提醒一句，保护盖只是多一道保险，大人看护最重要。
""",
    ),
]
