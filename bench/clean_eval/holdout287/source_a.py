"""holdout287, part A: 范文 sites, 文库 readers, portals, news, forums and a blog. Invented text
(sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-moli-hairnet-insight-gb2312",
        site="墨犁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://www.molifw-example.cn/xinde/peixun/2025/21877.html",
        title="食品车间员工规范佩戴发网培训心得体会",
        record_title="【心得精编】食品车间员工规范佩戴发网培训心得体会（共3篇 任选其一）_墨犁范文网",
        date=None,
        notes="old gb2312 table layout: marquee notice, reading-setting row, floating QQ box, visitor counter; a ghost-writer line between paragraphs, a save link glued after a sentence; only a relative update time (no date)",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【心得精编】食品车间员工规范佩戴发网培训心得体会（共3篇 任选其一）_墨犁范文网</title>
<meta name="keywords" content="发网,心得体会,食品车间">
<link href="/css/molifw.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨犁范文网⟧</td><td align="right" class="slogan">⟦m 笔下有犁　纸上耕田⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 墨犁提醒：范文只作写作参考，请结合本单位实际改写，切勿原样照抄上交⟧</marquee></td></tr>
<tr><td colspan="2" class="menu">⟦m <a href="/">网站首页</a> | <a href="/xinde/">心得体会</a> | <a href="/zongjie/">工作总结</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/fangan/">策划方案</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您所在的栏目：网站首页 &gt;&gt; 心得体会 &gt;&gt; 培训心得⟧</div>
<h2 align="center">⟦t 【心得精编】食品车间员工规范佩戴发网培训心得体会（共3篇 任选其一）⟧</h2>
<div class="xinxi">⟦m 栏目编辑：犁夫　更新：3天前　人气：<font color="red">1406</font>⟧</div>
<div class="ziti">⟦a 〖阅读：放大 还原 缩小〗〖护眼底色〗⟧</div>
<div class="zhengwen">
{BODY}
</div>
<div class="fanye">⟦l 前一篇：车间主任食品安全培训心得⟧<br>⟦l 后一篇：新员工岗前培训心得（三篇）⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="tit">⟦l 心得排行⟧</div>
<ul><li><a href="/x/1.html">⟦l 质量月活动心得体会精选⟧</a></li><li><a href="/x/2.html">⟦l 学习食品安全法的个人体会⟧</a></li><li><a href="/x/3.html">⟦l 班组长轮训个人心得⟧</a></li></ul>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:0;top:220px">⟦w 范文定制QQ：3390417265⟧</div>
<table width="960" align="center"><tr><td class="foot">⟦m 您是本站第 0381276 位访客⟧<br>⟦d 转载本站原创范文请注明来自墨犁，违者必究⟧<br>⟦m Copyright 2012-2025 墨犁范文网 www.molifw-example.cn 赣ICP备12031874号⟧</td></tr></table>
<script language="javascript">var molicnt=1;</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
本月初，公司品控部组织全体车间员工开展了一次“规范佩戴发网”专题培训。起初我觉得戴发网是再简单不过的事，可听完课、做完自查，才发现自己以前的做法有不少问题。
一、一根头发也是一起质量事故。培训老师展示了去年客户投诉的照片，一袋桃酥里混进了一根长发，整批产品被退回，班组当月绩效全部扣除。我这才明白，发网不是摆设，而是食品安全的第一道防线。⟦a ［收进我的稿夹］⟧
⟦w 写材料卡壳？资深笔杆一对一代笔，QQ 3390417265⟧
二、戴对比戴上更重要。以前我习惯把发网往头上一套就进车间，鬓角和后颈的碎发常常露在外面。这次学会了“先盘发、再戴网、后戴帽、照镜查”四个步骤，戴好后还请同事帮忙检查。
三、习惯要靠每天坚持。我给自己定了个小规矩：每次进车间前在更衣镜前停留十秒。今后我还要提醒身边的新同事，让规范佩戴发网成为班组每个人的习惯。
""",
    ),
    dict(
        slug="fanwen-caiwei-lampstand-speech-date-under-title",
        site="公文采薇网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gw-caiwei-example.com/jianghua/wenlv/2025/0226/5531.html",
        title="在全县传统灯台制作技艺传承推进会上的讲话",
        record_title="在全县传统灯台制作技艺传承推进会上的讲话（领导讲话稿）-公文采薇网",
        date="2025-02-18",
        date_also=["2025-02-26"],
        notes="date under the speech title (neutral line) and a speaker line; the site's posting date differs (also accepted); a related-topic line between paragraphs and a collect/correct link glued after the last sentence",
        page="""
!m 公文采薇网 · 采一篇好材料
!m 位置：首页 / 讲话致辞 / 文化旅游讲话
!t 在全县传统灯台制作技艺传承推进会上的讲话（领导讲话稿）
!m 发布：2025-02-26　浏览：862　来源：会员“北坡”投稿
{T}
（2025年2月18日）
县委常委、宣传部部长　苗瑞芳
{BODY}
!a 本篇共1260字　▶ 导出Word　▶ 一键复制
!l 上篇：全县文旅产业发展大会主持词
!l 下篇：非遗进校园启动仪式上的致辞
!l 同类热文：文化馆年度工作总结｜非遗工作汇报材料｜灯会安全工作方案
!d 采薇网所载材料均来自会员投稿，仅供学习借鉴
!m 采薇网 gw-caiwei-example.com　皖ICP备19064307号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天我们召开全县传统灯台制作技艺传承推进会，主要是总结去年非遗保护工作，研究部署灯台技艺传承的重点任务。刚才，莓岭镇和县文化馆作了交流发言，讲得很实在。下面，我讲三点意见。
一、要看到灯台技艺的独特价值。我县铜锡灯台制作已有三百多年历史，莓岭、婵口两镇至今保留着十一家传统作坊。一盏灯台，凝结着錾刻、焊接、打磨等二十多道工序，是老祖宗留给我们的宝贵财富。
⟦l 同主题推荐：非遗保护工作会议讲话汇编（8篇）⟧
二、要把传承人队伍带起来。县文化馆要建好传承人档案，今年至少开设两期学徒班；各镇要为老艺人的作坊解决场地和用电困难，让手艺有人学、学了能谋生。
三、要让灯台走进现代生活。鼓励作坊与设计院校合作，开发台灯、香插等新产品，借助元宵灯会和文旅线路打响“覃川灯台”的名号。
同志们，灯火相传，贵在坚持。希望大家真抓实干，让这门老手艺在新时代焕发新的光彩！⟦a 【收藏本篇】【我要纠错】⟧
""",
    ),
    dict(
        slug="wenku-cangye-oilladle-survey-marker-paragraphs",
        site="藏页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.cangye-wk-example.com/doc/88310452.html",
        title="关于全县粮油零售散装油计量器具使用情况的调研报告",
        record_title="关于全县粮油零售散装油计量器具使用情况的调研报告 - 藏页文库·精品",
        date="2025-05-20",
        notes="文库 reader: page markers '⍫ n ⍫' as paragraphs of their own cut sentences; viewer toolbar, paywall, upload stamp (no date); 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县粮油零售散装油计量器具使用情况的调研报告 - 藏页文库·精品</title>
<script src="/static/cy-viewer.min.js"></script>
<style>.wk-line{line-height:1.9;text-indent:2em}</style>
</head><body>
<header class="bar"><a class="logo" href="/">⟦m 藏页文库⟧</a>
<nav><a href="/jp/">⟦m 精品文档⟧</a><a href="/hy/">⟦m 行业资料⟧</a><a href="/bg/">⟦m 办公范本⟧</a></nav>
<input placeholder="找文档"><a class="btn-vip" href="/vip">⟦a 开通藏页VIP 每日免费下20篇⟧</a></header>
<div class="crumbs">⟦m 藏页文库 › 行业资料 › 市场监管⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 共5页　3.6千字　上传者 qmy_2019　上传于2025-06-02⟧</p>
<div class="tools">⟦a 全屏阅读⟧ ⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 加入书架⟧</div></div>
<article class="reader">
{BODY}
</article>
<div class="paywall">⟦a 本文档仅展示前3页，购买后可阅读余下内容⟧<br><button>⟦a ￥6.80 立即购买⟧</button> <button>⟦a 月卡畅读⟧</button></div>
<aside class="right"><h4>⟦l 同类文档推荐⟧</h4><ul><li>⟦l 农贸市场计量器具检查总结.docx⟧</li><li>⟦l 散装食用油经营规范（试行）.pdf⟧</li></ul></aside>
<footer>⟦d 藏页文库为文档存储平台，文档内容由上传者负责⟧ ⟦m 藏页科技 版权所有 苏ICP备20088513号-2⟧</footer>
<script>cyViewer.init({pages:5});</script>
</body></html>
""",
        p_html='<p class="wk-line">{}</p>',
        pages=dict(fmt="⍫ {n} ⍫", every=120, start=2),
        body="""
为掌握散装食用油零售环节计量器具使用情况，县市场监管局于4月中旬组成调研组，走访了城区和6个乡镇的43家粮油店、农贸市场摊位。现将有关情况报告如下。
一、基本情况
被调研的43家经营户中，使用油提计量的有29家，使用电子秤的有14家。抽查的86把油提中，容量偏差超过允许误差的有11把，其中9把为自制或来历不明的旧油提。
二、存在的问题
一是部分经营户计量意识淡薄，认为“老油提用了几十年不会错”；二是油提没有纳入强制检定目录管理，日常监管存在空档；三是个别摊主用变形、补焊的油提计量，容易引发短斤少两纠纷。
三、意见建议
建议将粮油店使用的油提统一登记造册，每年集中校准一次；在农贸市场设立公平秤和标准量器，方便群众复核；对多次计量不准的经营户依法查处并予以曝光。
覃川县市场监督管理局调研组
2025年5月20日
""",
    ),
    dict(
        slug="wenku-yuege-pastryboard-plan-wrapped-glued-markers",
        site="阅格文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yuege-wk-example.cn/view/5f1c0a93be27.html",
        title="垆溪县中心学校食堂木质擀面板更换工作方案",
        record_title="垆溪县中心学校食堂木质擀面板更换工作方案.docx",
        date="2025-03-10",
        notes="file-name record title; hard-wrapped at 62 columns and cut by page markers '⎏n⎏' glued to the continuation line; decimal headings 1.1–2.3; preview-end line",
        page="""
!m 阅格文库 — 好文档 一格一格读
!t 垆溪县中心学校食堂木质擀面板更换工作方案.docx
!m 格式：docx　页数：3　大小：24.8KB　贡献者：后勤小鲁　更新于 5 天前
!a 〔下载本篇 · 需4阅格币〕　〔存到我的格子〕　〔举报〕
{BODY}
!a ———— 免费预览到此为止，余下1页请下载后阅读 ————
!l 读过本篇的人还读了：学校食堂从业人员健康管理制度｜食堂餐具消毒工作方案
!d 阅格文库仅提供存储与展示，文档版权归上传者所有，侵权请发邮件至 qinquan@yuege-wk-example.cn
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⎏{n}⎏", every=110, start=2, glue=True),
        body="""
为消除食堂面点间木质擀面板开裂、霉变带来的食品安全隐患，经学校行政会研究，决定对食堂在用擀面板进行集中更换。具体方案如下。
1 工作目标
1.1 3月底前完成面点间全部9块旧擀面板的清退，新板全部达到食品接触用材料的要求。
1.2 建立擀面板使用、清洗、更换台账，做到一板一档。
2 实施步骤
2.1 排查登记（3月11日至14日）。由后勤处会同食堂管理员逐块检查，拍照登记开裂、霉斑、异味等情况。
2.2 采购更换（3月17日至28日）。按照学校采购制度询价采购，优先选用整块无拼接的椴木擀面板。
2.3 验收使用（3月31日）。新板到货后由后勤处、食堂和家长代表共同验收，清洗消毒后方可使用。
后勤处要指定专人负责，旧板登记后统一销毁，不得挪作他用。
垆溪县中心学校
2025年3月10日
""",
    ),
    dict(
        slug="gov-qinchuan-oilladle-notice-index-table",
        site="覃川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qinchuan-example.gov.cn/zwgk/tzgg/202504/t20250409_118204.html",
        title="关于开展散装食用油计量器具专项检查的通知",
        record_title="关于开展散装食用油计量器具专项检查的通知【覃川县人民政府·通知公告】",
        date="2025-04-07",
        date_also=["2025-04-09"],
        notes="county portal: 关怀版/读屏 links, an 索引号 table whose 文号 cell is unmarked (neutral), a correction line and the 12345 line beside the notice's own 联系人/电话; 附件 list in the body and an attachment link under it; portal date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展散装食用油计量器具专项检查的通知【覃川县人民政府·通知公告】</title>
<meta name="SiteName" content="覃川县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script><script src="/js/qc-aria.js"></script>
</head><body>
<div class="topbar"><span>⟦m 覃川县人民政府⟧</span> <a href="javascript:;">⟦a 关怀版⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a> <a href="/en/">⟦a 英文版⟧</a> <a href="/search/">⟦a 站内搜索⟧</a></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进覃川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="location">⟦m 您现在的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索 引 号：11360725MB1532075X/2025-00318⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：覃川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-09⟧</td></tr>
<tr><td>文　　号：覃市监〔2025〕14号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="art-tools">⟦a 〔字体：放大｜默认｜缩小〕⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：1.检查登记表.xlsx　2.校准记录表.xlsx⟧</div>
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related"><h3>⟦l 相关文章⟧</h3><ul><li>⟦l 县市场监管局开展春季农贸市场计量检查⟧</li><li>⟦l 关于公布2025年县级“双随机”抽查计划的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：覃川县人民政府办公室　承办：覃川县政务数据中心⟧</p>
<p>⟦m 网站纠错：0793-6212045（工作日）　政务服务便民热线：12345⟧</p>
<p>⟦m 赣ICP备05007316号　赣公网安备36072502000118号　网站标识码3607250003⟧</p>
</div>
<script>qcAria.init();</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位：
为维护粮油零售市场计量秩序，保护消费者合法权益，县市场监管局决定于4月至6月在全县开展散装食用油计量器具专项检查。现将有关事项通知如下。
一、检查范围：全县粮油店、农贸市场、超市散装油专柜使用的油提、量杯和电子秤。
二、检查内容：计量器具是否完好，油提容量是否准确，是否存在自制、改制计量器具等行为。
三、工作要求：各乡镇要组织市场管理人员配合检查，对发现的问题督促经营户立即整改。请各单位于6月20日前将检查情况报送县市场监管局计量股。
联系人：邓晓川，电话：0793-6217405。
附件：1.散装食用油计量器具检查登记表
2.油提容量校准记录表
覃川县市场监督管理局
2025年4月7日
""",
    ),
    dict(
        slug="gov-jingyang-jewelbox-bulletin-wrapped-54",
        site="觐阳市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.jingyang-example.gov.cn/xxgk/ccgb/2025/0617/4412.html",
        title="关于儿童首饰盒产品质量监督抽查情况的通报",
        date="2025-06-16",
        date_also=["2025-06-17"],
        notes="record title as is; hard-wrapped at 54 columns; a data table (one row a paragraph, ideographic spaces); document number line neutral; the bureau's byline date differs (also accepted); 12315 line in the footer",
        page="""
!m 觐阳市市场监督管理局
!m 首页 > 信息公开 > 抽查通报
{T}
!m 信息来源：质量监督科　　发布日期：2025-06-17　　浏览次数：417
觐市监质〔2025〕22号
{BODY}
!a 【打印正文】【关闭本页】
!l 上一条：关于2025年电动自行车产品质量监督抽查结果的公告
!l 下一条：关于开展儿童用品质量安全“护苗”行动的通知
!m 主办：觐阳市市场监督管理局　地址：觐阳市长庚路116号　邮编：517300
!m 投诉举报：12315　　网站标识码 4403990021
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
各县（区）市场监督管理局，局机关各科室：
今年5月，市局组织对全市商场、文具店和网店销售的儿童首饰盒开展了产品质量监督抽查，共抽查42家经营单位的60批次产品，发现不合格产品7批次，不合格发现率11.7%。现将有关情况通报如下。
一、抽查结果
不合格项目　批次　主要问题
可迁移元素　3　铅、铬含量超标
小零件　2　镜片、搭扣易脱落
锐利边缘　2　金属包角未倒钝
二、处理意见
各地要对不合格产品的经营单位依法立案查处，责令下架召回；对抽查中发现的三无产品，要追溯进货来源。请于7月15日前将处理情况报市局质量监督科。
觐阳市市场监督管理局
2025年6月16日
""",
    ),
    dict(
        slug="news-jingyang-lampstand-exhibition-captions",
        site="觐阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jyxww-example.com/wenhua/2025-01/28/content_207731.html",
        title="“千年灯火”古代灯台展在觐阳市博物馆开幕",
        record_title="“千年灯火”古代灯台展在觐阳市博物馆开幕丨觐阳新闻网·文化",
        record_date="2025-01-28",
        date="2025-01-28",
        notes="news portal: app prompt, listen button, ad slot, 24-hour list; photo captions on lines of their own between paragraphs; an editor line glued after the last sentence; record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>“千年灯火”古代灯台展在觐阳市博物馆开幕丨觐阳新闻网·文化</title>
<script async src="/js/ad-slot.js"></script>
</head><body>
<div class="top"><a href="/">⟦m 觐阳新闻网⟧</a><span>⟦m 觐阳日报社主办⟧</span><a class="app">⟦a 下载“觐阳+”客户端，新闻随身看⟧</a></div>
<nav><a>⟦m 时政⟧</a><a>⟦m 民生⟧</a><a>⟦m 文化⟧</a><a>⟦m 县区⟧</a><a>⟦m 视频⟧</a></nav>
<div class="crumb">⟦m 觐阳新闻网 &gt; 文化 &gt; 正文⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-01-28 08:56　来源：觐阳日报　作者：任之遥⟧ <a class="listen">⟦a ▶ 听新闻⟧</a></div>
<div class="content">
{BODY}
</div>
<div class="adslot">⟦a 广告　春节年货节 全场满199减30⟧</div>
<div class="share">⟦l 分享：微信 朋友圈 微博⟧</div>
</div>
<div class="side"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 觐阳至姝水城际公交2月1日开通⟧</li><li>⟦l 胥湖区新增3处停车场⟧</li><li>⟦l 今冬首场雪何时来？气象台回应⟧</li></ol></div>
<div class="foot">⟦d 凡本网注明“来源：觐阳新闻网”的作品，未经授权不得转载⟧<br>⟦m 互联网新闻信息服务许可证：44120190007　粤ICP备18077215号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
1月27日，“千年灯火——馆藏古代灯台展”在觐阳市博物馆开幕，展出汉代至清代的陶、铜、瓷、锡质灯台86件，展期三个月。
⟦m 图为观众在展厅内参观汉代陶灯台。记者 任之遥 摄⟧
展览分“陶火初明”“铜灯照夜”“瓷影生辉”三个单元，其中一件东汉绿釉三层灯台为首次公开展出。博物馆工作人员介绍，这件灯台出土于姝水县的一处汉墓，出土时已碎成十余块，经过两年修复才恢复原貌。
⟦m 图为修复人员向观众讲解灯台修复过程。⟧
为方便市民参观，展览期间博物馆每天开放至晚上八点，还推出了“灯台拓印”“夜游展厅”等体验活动，市民可通过博物馆官方小程序预约。⟦m （编辑：喻明　校对：陈婉）⟧
""",
    ),
    dict(
        slug="news-yiling-hairnet-title-glued-lead",
        site="猗岭在线 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yilingzx-example.com/html/minsheng/2025/0314/18830.html",
        title="婵口镇食品园区为一线员工统一更换防脱发网",
        record_title=None,
        date="2025-03-14",
        notes="no record title: the title line on the page, and the title repeated glued before the lead; the byline time is the page's date; a related-reading link between paragraphs",
        page="""
!m 猗岭在线 · 民生 | 乡镇 | 便民
!m 民生 > 乡镇动态
{T}
!m 2025-03-14 10:22:07　来源：婵口镇融媒体中心　阅读 1.2万
{T}{BODY}
!a 分享到：朋友圈　微博　QQ空间
!l 热点：猗岭至觐阳快速路二期开工｜婵口镇春季招聘会3月20日举行
!m 猗岭在线　新闻热线：0796-7513110　　投稿邮箱：tougao@yilingzx-example.com
""",
        body="""
3月12日，婵口镇食品产业园区为园内9家食品企业的1300余名一线员工统一更换了新款防脱发网。
新发网采用细密的尼龙网眼和加宽的松紧边，能把碎发、鬓角全部罩住。园区管委会负责人介绍，去年园区收到的客户投诉中，有近三成与异物有关，其中头发占了一多半。
⟦l 相关阅读：婵口镇食品产业园区获评省级食品安全示范园区⟧
除了更换发网，园区还在各车间入口加装了风淋门和粘毛滚筒，要求员工进车间前“一照、二粘、三吹”。“以前总觉得戴个帽子就行，现在才知道发网要先戴。”一家糕点企业的包装工周梅说。
""",
    ),
    dict(
        slug="forum-muqu-pastryboard-diy-jammer",
        site="木趣坊手作论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.muqufang-example.com/thread-40217-1-1.html",
        title="用一块老榉木做了张擀面板",
        record_title="[木作晒单] 用一块老榉木做了张擀面板（附过程图） - 木工坊 - 木趣坊手作论坛",
        date=None,
        notes="Discuz-like woodworking forum: jammer-font junk glued and on a line, a poster box, rating row, signature, replies; posted '3 天前' (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[木作晒单] 用一块老榉木做了张擀面板（附过程图） - 木工坊 - 木趣坊手作论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head><body>
<div id="hd">⟦m 木趣坊手作论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 木趣坊 › 木工坊 › 查看内容⟧</div>
<div class="hm">⟦m 查看: 3118 | 回复: 27⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 老周木作⟧</div><dl><dd>⟦m 帖子 612　木币 2304　等级：大匠⟧</dd></dl></td>
<td class="plc">
<h1><span class="tag">⟦m [木作晒单]⟧</span> <span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_40217">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 3　木币 +15　收起 理由⟧</div>
<div class="sign">⟦l 签名：一刨一凿，慢慢来⟧</div>
<div class="po">⟦a 回复 举报 收藏 分享⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 刨花飞：板子挡边这个设计好，抄作业了⟧</div>
<div class="reply">⟦l 3楼 榫卯小白：核桃油在哪买的？求链接⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，没有账号？注册一个⟧</div>
<div id="ft">⟦m 木趣坊手作论坛 ( 浙ICP备17051123号 )⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里那块塑料擀面板用了几年，表面全是刀痕，老婆一直念叨要换。正好车库里有一块放了七八年的老榉木，干透了，不变形，就动手做了一张。
板子做成60×45厘米，厚2.5厘米。先用压刨把两面刨平，再用砂纸从120目一路打到600目，手摸上去滑溜溜的，擀皮子不粘。
边上特意留了一道3厘米宽的挡边，卡在灶台边沿，擀面时板子不会跑。
最关键的是上油。我没用清漆，只刷了三遍食品级核桃油，每遍间隔一天。用了半个月，面粉不吃进木纹，洗完立起来晾干就行。
有兴趣的坛友可以试试，榉木、椴木都合适，松木有油脂味，不建议用。
""",
    ),
    dict(
        slug="forum-laoxiazi-jewelbox-post-junk",
        site="老匣子收藏论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.laoxiazi-example.net/bbs/t-77120.html",
        title="外婆留下的樟木首饰盒，求断代",
        record_title="[藏品交流] 外婆留下的樟木首饰盒，求断代 - 木器杂项 - 老匣子收藏论坛",
        date=None,
        notes="collectors' forum post with anti-scraping junk on lines and glued after 。; replies below; posted '昨天' and an edit stamp (no date)",
        page="""
!m 老匣子收藏论坛 › 木器杂项 › 帖子详情
!t [藏品交流] 外婆留下的樟木首饰盒，求断代
!m 楼主：拾光匣　注册：2021-09　帖子：38　发表于 昨天 21:47
!a 只看楼主 | 倒序浏览 | 复制帖子链接
{BODY}
!m [本帖最后由 拾光匣 于 昨天 22:05 编辑]
!l 2# 樟香老宅：清末民初的可能性大，铜包角是那时流行的做法
!l 3# 匣中日月：盒底的字是店号，建议去县志里查查“陈记”
!a 回复请先登录，还没有账号？立即注册
!m 老匣子收藏论坛 ©2014-2025 | 手机版 | 联系版主
""",
        junk=dict(lines=2, glued=3),
        body="""
整理外婆遗物时，在衣柜顶上翻出一个樟木首饰盒，长约25厘米，宽15厘米，盒盖上雕着喜鹊登梅，边角包着铜片。
盒子分上下两层，上层是一个活动的托盘，下层有三个小抽屉，抽屉拉手是铜的，已经发黑。盒底用毛笔写着“姝水 陈记”四个字，墨迹很淡。
听我妈说，这是外婆出嫁时的陪嫁，算起来应该有七十多年了。
想请教各位老师：从雕工和铜件看，大概是什么年代的？这种带抽屉的首饰盒当年是不是比较少见？谢谢大家！
""",
    ),
    dict(
        slug="blog-taijie-oilladle-memoir-archive",
        site="苔阶旧物记 (invented personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://taijie-jiuwu-example.blog/posts/bamboo-oil-dipper/",
        title="外公的竹油提",
        record_title="〈旧物小记〉外公的竹油提 | 苔阶旧物记",
        date=None,
        notes="personal blog: tag cloud, archive, comment form; a photo placeholder between paragraphs and a click-to-enlarge hint glued after a sentence; only an update time '2 个月前' (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>〈旧物小记〉外公的竹油提 | 苔阶旧物记</title>
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
<script defer src="/assets/theme.js"></script>
</head><body>
<header><a class="brand" href="/">⟦m 苔阶旧物记⟧</a><p class="desc">⟦m 替老物件记下它们的来处⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 归档⟧</a> <a>⟦m 关于⟧</a> <a>⟦a 订阅 RSS⟧</a></nav></header>
<main><article>
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 分类：旧物小记 · 约 6 分钟读完 · 更新于 2 个月前⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l #竹器 #杂货铺 #外公⟧</div>
<nav class="post-nav">⟦l « 母亲的顶针⟧ ⟦l 老屋的石磨 »⟧</nav>
<section class="comments"><h3>⟦l 留下评论⟧</h3><textarea placeholder="说点什么吧">⟦l 写下你的评论…⟧</textarea><button>⟦a 提交评论⟧</button></section>
</article></main>
<aside>
<div class="widget"><h4>⟦l 标签云⟧</h4>⟦l 竹器 铁器 老照片 杂货铺 外公 纺车⟧</div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (6)⟧</li><li>⟦l 2025年1月 (3)⟧</li></ul></div>
</aside>
<footer>⟦d 本站文字除特别注明外均为原创，转载请联系作者⟧ ⟦m © 2019–2025 苔阶旧物记 · Powered by Hexo⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
外公在圻阳县城东门开过二十多年杂货铺，铺子里最让我着迷的，是挂在油缸边上的那一排竹油提。⟦a （点图可看大图）⟧
⟦m [图：书房里那把一两的竹油提]⟧
油提是外公自己做的。他挑碗口粗的老毛竹，按竹节截下一段当筒，再削一根长竹片当柄，用竹钉钉牢。大的一提是一斤，小的是二两，最小的只有一两，专门卖给来打半碗油炒菜的人家。
外公打油从不让油提满得溢出来，也不许少一丝。他说：“油提就是良心，提子准了，街坊才信你。”每做好一把新油提，他都要用秤称上十来遍，再用刀在竹筒口刻一道记号。
后来铺子关了，油提也散了，只剩一把一两的小提子挂在我的书房里。竹子早已发红，摸上去还有一点点油光。
""",
    ),
]
