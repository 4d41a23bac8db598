"""holdout252, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客 (HTML). Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-chuanbi-speech-toner-recycling-gb2312",
        site="椽笔范文馆 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chuanbi365.cn/jianghua/jiguan/2024/1118/5872.html",
        title="在全县机关节约型办公暨废旧硒鼓回收工作推进会上的讲话",
        record_title="【讲稿臻选】在全县机关节约型办公暨废旧硒鼓回收工作推进会上的讲话（拿去稍改就能讲）_椽笔范文馆",
        date="2024-11-12",
        date_also=["2024-11-18"],
        notes="old gb2312 table page: marquee, a 字码 row, a visitor counter, a floating ghost-writer QQ box and a hot list; "
        "date under the speech title, the site's 收录 date also accepted; speaker line neutral; a ghost-writer prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿臻选】在全县机关节约型办公暨废旧硒鼓回收工作推进会上的讲话（拿去稍改就能讲）_椽笔范文馆</title>
<link href="/css/cb.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body bgcolor="#F3F1EA" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="66" background="/images/top_bg.gif"><font size="5" color="#8B1A1A">⟦m 椽笔范文馆⟧</font>　<font color="#666666">⟦m 一支笔杆，万篇讲稿⟧</font></td></tr>
<tr><td><marquee scrollamount="3">⟦m 本馆讲稿每日上新，凡标〔精〕者均经老编辑逐字润色，敬请留意⟧</marquee></td></tr>
<tr><td bgcolor="#8B1A1A">⟦m <a href="/">馆首</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得体会</a> | <a href="/gongwen/">公文写作</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr>
<td width="690" valign="top">
<div class="weizhi">⟦m 所在栏目：馆首 &gt;&gt; 讲话致辞 &gt;&gt; 机关事务讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 收录日期：2024-11-18　　录入：椽笔小编　　人气：1967⟧</div>
<div align="center">⟦a 〔字码调节：特大　常规　偏小〕⟧</div>
<div align="center">县机关事务服务中心主任　邴立新</div>
<div align="center">（2024年11月12日）</div>
<div class="nr">
{BODY}
</div>
<div>⟦a 〔把这篇讲稿存进我的书架〕　〔发给同事〕⟧</div>
<div>⟦l 前一篇：全县机关食堂反餐饮浪费工作会议讲话稿⟧</div>
<div>⟦l 后一篇：在公务用车制度改革总结会上的讲话⟧</div>
</td>
<td width="250" valign="top" bgcolor="#FBFAF6">
<div class="tt">⟦l 本月讲稿点击榜⟧</div>
<div>⟦l 1.机关办公用房清理整改工作会议讲话⟧</div>
<div>⟦l 2.在节约型机关创建动员会上的讲话⟧</div>
<div>⟦l 3.机关事务工作务虚会发言提纲⟧</div>
</td>
</tr>
</table>
<table width="960" border="0" align="center">
<tr><td align="center">⟦d 馆内讲稿仅供学习参考，照搬照抄引起的一切后果由使用者自负⟧</td></tr>
<tr><td align="center">⟦m 您是本馆第0086231位访客⟧　⟦m 湘ICP备15063192号-1⟧</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:220px;">⟦w 笔杆代劳 QQ 2875510364⟧</div>
<script>floatQQ('floatqq');</script>
</body>
</html>
""",
        body="""
同志们：
今天召开全县机关节约型办公暨废旧硒鼓回收工作推进会，主要任务是通报前一阶段办公耗材管理情况，安排部署下一步废旧硒鼓集中回收工作。
今年以来，全县各机关单位认真落实过紧日子要求，办公耗材支出同比下降百分之十二。但我们在调研中也发现，一些单位换下的旧硒鼓随手堆在库房角落，有的甚至混入生活垃圾，既浪费资源，又污染环境。
一要摸清底数。各单位要在本月底前对库存和在用硒鼓逐台登记，建立台账，做到型号清楚、数量准确。
二要规范回收。县机关事务服务中心已在行政中心一楼设立回收点，各单位换下的旧硒鼓统一送交，由具备资质的企业集中处置，严禁私自变卖。⟦w 此稿可按贵单位实情改写，稿酬面议，微信 chuanbi_laoyu⟧
三要带头节约。提倡双面打印、内部文件无纸化流转，能用再生硒鼓的不用原装硒鼓，把节约意识落实到每一张纸、每一支硒鼓上。
同志们，节约办公无小事。希望大家从自身做起，从细节抓起，推动节约型机关建设再上新台阶。
""",
    ),
    dict(
        slug="fanwen-juanshu-insight-stamp-lecture-no-title",
        site="卷舒范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.juanshu8.com/xinde/gonghui/31746.html",
        title="参加邮票知识专题讲座的心得体会",
        record_title=None,
        date=None,
        notes="no record title; the page's title line carries an 〔编辑优选〕 tag; a member-unlock line between paragraphs; no date "
        "(a 入库 stamp only)",
        page="""
!m 卷舒范文网 · 卷舒之间，文章自成
!m 导航：首页 / 心得体会 / 工会活动心得
!t 参加邮票知识专题讲座的心得体会〔编辑优选〕
!m 入库于 2 天前　｜　热度 ★★★☆　｜　全文约1100字
!a [ 整篇复制需登录 ]　[ 转存为文档 ]
{BODY}
!a 觉得有用？给这篇心得点个赞
!l 同栏目推荐：
!l ◇ 工会组织书法讲座心得体会
!l ◇ 参加读书分享会的收获与感悟
!d 卷舒范文网文章多为网友投递，转载请保留本站出处
!m 卷舒范文网 juanshu8.com　苏ICP备19027735号
""",
        indent="\u3000\u3000",
        body="""
上周五，单位工会邀请市集邮协会的老会员为我们作了一场邮票知识专题讲座。两个小时听下来，我对这方寸之物有了全新的认识，也有几点体会想和同事们交流。
第一，邮票是一部浓缩的历史。老师展示的一组早年纪念邮票，从图案到面值都记录着当时的社会风貌。小小一枚邮票，既是邮资凭证，也是时代的见证。
⟦a 后面两段需开通卷舒月卡才能阅读，月卡9.9元⟧
第二，集邮需要耐心和细心。讲座中讲到，鉴别一枚邮票要看齿孔、刷色、背胶和水印，稍不留神就会把普通票当成珍品。这种严谨的态度，和我们平时核对材料、校对文稿的要求是相通的。
第三，爱好也能涵养品格。不少老集邮者几十年如一日整理邮册，从中收获的不只是藏品，更是一份平和的心境。
今后，我打算从身边的邮票收集起，利用业余时间多读一些集邮知识，也欢迎有同样兴趣的同事一起交流。
""",
    ),
    dict(
        slug="wenku-sujian-research-copy-paper-marker-paragraphs",
        site="素简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.sujianwk.com/view/8f3c2a71d05e.html",
        title="关于全县机关复印纸使用情况的调研报告",
        record_title="【素简甄选】关于全县机关复印纸使用情况的调研报告（可编辑Word·四页全）- 素简文库",
        date="2024-10-16",
        notes="a 文库 reader: viewer toolbar, page-count and upload line (an upload stamp, no date), ⬭ n ⬭ page-marker paragraphs "
        "cutting sentences, a coin paywall, related documents; decimal headings; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【素简甄选】关于全县机关复印纸使用情况的调研报告（可编辑Word·四页全）- 素简文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.sujianwk.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="sj-top"><a class="logo" href="/">⟦m 素简文库⟧</a><nav><a href="/">⟦m 首页⟧</a><a href="/cat/gongwen">⟦m 公文材料⟧</a><a href="/cat/baogao">⟦m 报告汇报⟧</a></nav><a class="vip" href="/vip">⟦a 开通素简会员⟧</a></header>
<div class="sj-crumb">⟦m 素简文库 › 报告汇报 › 调研报告⟧</div>
<main class="sj-reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 共4页　|　1.8万人看过　|　上传于2024-10-29⟧</div>
<div class="doc-bar">⟦a 放大　缩小　全屏阅读　加入文件夹⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="pay-mask"><p>⟦a 已到免费预览尽头，剩余页面需花费6素币解锁⟧</p><p><a href="/pay">⟦a 立即解锁并下载源文件⟧</a></p></div>
<div class="rate">⟦l 这篇文档对你有帮助吗？　有用 312　没用 9⟧</div>
</main>
<aside class="sj-side">
<h3>⟦l 看了这篇的人还在看⟧</h3>
<ul><li><a href="/view/1">⟦l 机关办公耗材管理情况调研报告⟧</a></li><li><a href="/view/2">⟦l 节约型机关建设调研报告3篇⟧</a></li><li><a href="/view/3">⟦l 关于无纸化办公推进情况的调研⟧</a></li></ul>
</aside>
<footer class="sj-foot"><p>⟦d 素简文库所有文档均由用户上传，素简仅提供存储与展示服务⟧</p><p>⟦m © 2025 sujianwk.com　浙ICP备20113856号⟧</p></footer>
<script>SJReader.init({doc:'8f3c2a71d05e',free:3});</script>
</body>
</html>
""",
        p_html='<p class="r-line">{}</p>',
        pages=dict(fmt="⬭ {n} ⬭", every=120, start=2),
        body="""
为掌握全县机关复印纸使用情况，今年9月，县机关事务管理局组成调研组，对32个县直单位进行了实地调研。现将有关情况报告如下。
1 基本情况
1.1 用量情况。2023年，调研单位共领用A4复印纸4.6万包，同比增长6.8%，其中会议材料和临时报表占用量的四成以上。
1.2 管理情况。有21个单位建立了领用登记制度，11个单位仍由个人随用随取，没有台账。
2 存在问题
2.1 重复印制较多。同一份材料反复修改、反复打印，废纸篓里常见只印了一面的复印纸。
2.2 采购标准不一。部分单位自行零星采购，价格高低相差近三成，质量参差不齐。
3 对策建议
3.1 推行无纸化办公，内部文件一律通过协同办公系统流转。
3.2 统一纳入集中采购，实行按季定额供应。
3.3 设立废纸回收箱，单面纸装订成草稿本再利用。
畛阳县机关事务管理局调研组
2024年10月16日
""",
    ),
    dict(
        slug="wenku-yepu-plan-door-knocker-wrapped-glued-markers",
        site="页圃文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://m.yepuwk.net/d/5520194.html",
        title="翛川县老街区传统门环修缮保护工作方案",
        record_title="翛川县老街区传统门环修缮保护工作方案.docx",
        date="2025-03-06",
        notes="a .docx file name as the record title; a PDF-like text hard-wrapped at 62 columns with ⟊n⟊ markers glued to the "
        "continuation line; an upload notice and a pay prompt; 成文日期 under the signature",
        page="""
!m 页圃文库 — 文档随手查
!t 翛川县老街区传统门环修缮保护工作方案.docx
!m 格式：docx　大小：23.6KB　页数：3页　贡献者：青檐客
!a 试读前2页　→　下载需3个页圃豆
{BODY}
!a 试读到此为止，余下内容请下载后阅读
!d 本文档为用户自行上传，页圃文库不对内容的准确性负责，如涉侵权请联系删除
!l 相似文档：历史文化街区保护利用实施方案｜古建筑修缮工程施工方案
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⟊{n}⟊", every=130, start=2, glue=True),
        body="""
为保护老街区历史风貌，留住街巷记忆，根据县文物保护工作有关要求，结合我县实际，制定本方案。
一、工作目标
用两年时间，对城关镇老街区现存的传统门环进行全面普查、分类建档和修缮保护，力争到2026年底完成182处门环的修缮，缺失门环按原样式复配。
二、主要任务
（一）开展普查建档。组织文物、住建部门和街道工作人员逐户上门，对门环的材质、样式、年代和保存状况拍照登记，一户一档。
（二）分类实施修缮。对锈蚀、松动的门环进行除锈加固；对残缺的按原工艺补配；对已失窃的，参照同街同期样式复制安装。
（三）加强日常管护。将门环保护纳入街巷长职责，定期巡查，发现损毁及时上报。
三、保障措施
县财政安排专项经费，文物部门负责技术指导，各街道落实属地责任，确保各项任务按期完成。
翛川县文化广电和旅游局
2025年3月6日
""",
    ),
    dict(
        slug="gov-zhenyang-notice-toner-procurement-index-table",
        site="畛阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhenyang.gov.cn/zwgk/tzgg/202504/t20250410_118204.html",
        title="关于规范办公耗材（硒鼓、墨盒）采购管理的通知",
        record_title="关于规范办公耗材（硒鼓、墨盒）采购管理的通知_通知公告_畛阳县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="a county portal: 长者模式/读屏 links, an 索引号 table (the 文号 cell unmarked), a 纠错 hotline and a service line in the "
        "footer beside the notice's own 联系人/电话; 附件 list, 抄送 and 印发 lines; the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范办公耗材（硒鼓、墨盒）采购管理的通知_通知公告_畛阳县人民政府</title>
<meta name="SiteName" content="畛阳县人民政府">
<meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="zy-toolbar"><a href="#">⟦a 长者模式⟧</a><a href="#">⟦a 读屏专用⟧</a><a href="#">⟦a 简/繁⟧</a><span>⟦m 今天是：<span id="today"></span>⟧</span></div>
<div class="zy-head"><img src="/images/gh.png" alt=""><span class="sitename">⟦m 畛阳县人民政府⟧</span></div>
<ul class="zy-nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进畛阳⟧</li></ul>
<div class="zy-pos">⟦m 您的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="zy-index">
<tr><td>⟦m 索引号：431126-ZYCZ-2025-00187⟧</td><td>⟦m 主题分类：财政、金融、审计⟧</td></tr>
<tr><td>⟦m 发布机构：畛阳县财政局⟧</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
<tr><td>文号：畛财采〔2025〕6号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="zy-article">
<h1>{T}</h1>
<div class="zy-info">⟦m 来源：县财政局　浏览：<span id="hits">683</span>次⟧　⟦a 【调大字体】【调小字体】⟧</div>
<div class="zy-text">
{BODY}
</div>
<div class="zy-share">⟦a 转至微信　转至微博　打印此页　关闭⟧</div>
</div>
<div class="zy-rel"><h4>⟦l 同主题公开⟧</h4><ul><li>⟦l 2025年县级政府集中采购目录及限额标准⟧</li><li>⟦l 关于做好2025年度政府采购预算编制的通知⟧</li></ul></div>
<div class="zy-foot">
<p>⟦m 主办：畛阳县人民政府办公室　承办：畛阳县政务数据中心⟧</p>
<p>⟦m 网站纠错热线：0713-6629110　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备09071183号　网站标识码：4311260031⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直各单位：
近期检查发现，部分单位在采购打印机硒鼓、墨盒等办公耗材时存在绕开集中采购、重复采购、以次充好等问题。为规范办公耗材采购管理，现就有关事项通知如下。
一、硒鼓、墨盒等通用耗材一律通过县政府采购电子卖场采购，单次金额在5000元以下的，可在卖场内直购。
二、各单位应建立耗材领用台账，旧硒鼓交县机关事务服务中心统一回收，不得自行处置。
三、各单位于5月15日前填报《办公耗材采购情况统计表》，报县财政局政府采购股。
联系人：覃晓岚，电话：0713-6627415。
附件：1.办公耗材采购情况统计表
2.县级政府采购电子卖场操作指南
畛阳县财政局
2025年4月8日
抄送：县纪委监委，县审计局。
畛阳县财政局办公室　2025年4月8日印发
""",
    ),
    dict(
        slug="gov-tuanxi-notice-drying-poles-wrapped-record-date",
        site="疃溪县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.tuanxi.gov.cn/xxgk/cgj/202505/t20250520_66120.html",
        title="关于规范临街建筑外挑晾衣竿设置的通告",
        record_title="关于规范临街建筑外挑晾衣竿设置的通告-疃溪县城市管理局",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="record gives a date and a title with -site; the text hard-wrapped at 58 columns with indented paragraphs; "
        "old-age and accessibility links, a view counter and a print/close row",
        page="""
!m 疃溪县人民政府　|　长辈版　|　无障碍浏览
!m 当前位置：首页 » 信息公开 » 部门信息 » 县城市管理局
{T}
!m 信息来源：县城市管理局　发布日期：2025-05-20　阅读次数：1204
{BODY}
!a 【打印本页】　【关闭本窗】
!l 上一条：关于开展城区占道经营集中整治的通告
!l 下一条：疃溪县2025年城区户外广告设施设置规划公示
!m 疃溪县人民政府办公室主办　县政务数据中心运维　纠错电话：0713-6655012
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
为提升城市容貌，消除高空坠物安全隐患，根据《疃溪县市容和环境卫生管理办法》，现就规范临街建筑外挑晾衣竿设置有关事项通告如下：
一、城区主次干道两侧临街建筑的阳台、窗台，不得向外伸出晾衣竿晾晒衣物；已设置的，请于2025年6月30日前自行拆除。
二、确需在室外晾晒的，应使用安装在阳台内侧的固定式或升降式晾衣竿，晾晒物不得超出建筑外立面。
三、物业服务企业和社区应加强宣传劝导，对逾期未整改的，由城市管理部门依法处理。
四、因晾衣竿坠落造成他人人身、财产损害的，由所有人或使用人依法承担责任。
特此通告。
疃溪县城市管理局
2025年5月20日
""",
    ),
    dict(
        slug="news-xianling-stamp-first-day-photo-caption",
        site="暹岭新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xianlingnews.cn/bendi/2025-01/05/content_40218.html",
        title="生肖邮票首发日 暹岭集邮爱好者邮局前排长队",
        record_title="生肖邮票首发日 暹岭集邮爱好者邮局前排长队_本地新闻_暹岭新闻网",
        date="2025-01-05",
        notes="a county news portal: an app prompt, a listen button, a 24-hour list; a photo caption between paragraphs; "
        "an editor line glued after the last paragraph; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>生肖邮票首发日 暹岭集邮爱好者邮局前排长队_本地新闻_暹岭新闻网</title>
<script>var adSlot = "xl_top_banner";</script>
</head>
<body>
<div class="xl-topbar">⟦a 下载“掌上暹岭”客户端，新闻早知道⟧　<a href="/login">⟦a 登录⟧</a></div>
<div class="xl-logo">⟦m 暹岭新闻网⟧<small>⟦m 暹岭县融媒体中心主办⟧</small></div>
<ul class="xl-nav"><li>⟦m 要闻⟧</li><li>⟦m 本地⟧</li><li>⟦m 民生⟧</li><li>⟦m 文旅⟧</li><li>⟦m 视听⟧</li></ul>
<div class="xl-crumb">⟦m 暹岭新闻网 &gt; 本地新闻 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="xl-byline">⟦m 发布时间：2025-01-05 11:26　来源：暹岭县融媒体中心　记者：韦松 鲍欣然⟧</div>
<div class="xl-listen">⟦a ▶ 听新闻（2分15秒）⟧</div>
<div class="xl-content">
{BODY}
</div>
<div class="xl-share">⟦a 分享到：朋友圈　微博　复制链接⟧</div>
</article>
<aside><h3>⟦l 24小时热文⟧</h3><ol><li>⟦l 暹岭高铁站春运临时候车区启用⟧</li><li>⟦l 城北菜市场改造完工 下周开业⟧</li><li>⟦l 县图书馆寒假开放时间调整⟧</li></ol></aside>
<footer><p>⟦d 凡本网注明“来源：暹岭县融媒体中心”的作品，转载须经授权⟧</p><p>⟦m 违法和不良信息举报：0716-6610299　鄂ICP备18022671号⟧</p></footer>
</body>
</html>
""",
        body="""
1月5日一早，暹岭县邮政分公司营业大厅外就排起了长队，不少集邮爱好者专程赶来购买当天发行的乙巳年生肖邮票。
“我从第一轮生肖票开始集，一年都没落下。”68岁的退休教师骆怀仁手里攥着排队号，说起集邮如数家珍。
⟦m 图为集邮爱好者在营业厅选购新邮。记者 韦松 摄⟧
据了解，当天县城共设3个首发点，除整版邮票外，还推出了首日封、纪念邮戳加盖等服务。县集邮协会还在现场举办了小型邮票展，展出会员收藏的历年生肖邮票200余枚。
县邮政分公司相关负责人介绍，生肖邮票发行量有限，市民可通过邮政营业网点预订，不必连夜排队。⟦m （责任编辑：贺蓉　审校：甘露）⟧
""",
    ),
    dict(
        slug="news-tuanxi-rongmei-lift-drying-poles-record-title",
        site="疃溪融媒 (invented, county media centre site)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tuanxirm.cn/xw/ms/2024/0813/20931.shtml",
        title="翷桥社区为老旧小区统一安装升降晾衣竿",
        date="2024-08-13",
        notes="record title as is; a channel line, a byline with 发布时间 (the date), a font-size row, a photo line, "
        "a related-news box and a 24-hour hotline in the footer",
        page="""
!m 疃溪融媒 · 民生频道
{T}
!m 发布时间：2024-08-13 09:30　来源：疃溪县融媒体中心　作者：邬海涛
!a 字号：大 中 小　　｜　　推荐给朋友
{BODY}
!m 【新闻线索征集】拨打0713-6658800，线索一经采用即付酬
!l 相关阅读
!l 城关镇老旧小区改造第二批项目开工
!l 县住建局：老旧小区加装电梯补贴标准公布
!d 本站原创稿件，未经书面许可不得转载
""",
        indent="\u3000\u3000",
        body="""
近日，疃溪县城关镇翷桥社区为辖区3个老旧小区的126户居民统一安装了手摇升降晾衣竿，困扰居民多年的“晾晒难”问题得到解决。
翷桥社区的几个小区建成于上世纪九十年代，阳台窄小，不少居民只能把衣物晾在窗外或楼道里，既不安全也不美观。今年6月，社区在走访中收集到这一诉求后，与物业公司、施工单位多次商议，确定了“居民自愿、统一选型、费用分担”的办法。
⟦m 〔图〕工人在居民家中调试升降晾衣竿（邬海涛 摄）⟧
安装完成后，居民摇动手柄就能把晾衣竿降到齐胸高度，晾好再升上去。“以前踩着凳子晾被子，心里直打鼓，现在省事多了。”82岁的居民苟桂香说。
社区党委书记詹毅表示，下一步将把这一做法推广到其他老旧小区。
""",
    ),
    dict(
        slug="forum-cangqu-door-knockers-discuz-jammer",
        site="藏趣阁收藏论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.cangquge.net/thread-284713-1-1.html",
        title="老家拆下来的一对铜门环，请大家掌眼",
        record_title="[晒老物件] 老家拆下来的一对铜门环，请大家掌眼 - 杂项赏玩 - 藏趣阁收藏论坛",
        date="2024-12-07",
        notes="Discuz-like thread: jammer fonts in the post, a rating row, medals, a signature and replies; "
        "the 发表于 line is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[晒老物件] 老家拆下来的一对铜门环，请大家掌眼 - 杂项赏玩 - 藏趣阁收藏论坛 - Powered by Discuz!</title>
<style>.jammer{color:#FFFFFF;font-size:0px}</style>
</head>
<body>
<div id="toptb">⟦a 设为首页⟧　⟦a 收藏本站⟧　⟦a 手机逛藏趣⟧</div>
<div id="hd"><h2>⟦m 藏趣阁收藏论坛⟧</h2><p>⟦m 以物会友·以藏养心⟧</p></div>
<div id="pt">⟦m 藏趣阁 › 杂项赏玩 › 查看主题⟧</div>
<div class="viewthread">
<div class="ts"><span>⟦m [晒老物件]⟧</span> <h1 id="thread_subject">{T}</h1></div>
<div class="hm">⟦m 查看: 3128　|　回复: 27⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 老宅守门人⟧</div><p>⟦m 金牌藏友　积分 4712⟧</p><p>⟦m 勋章：鉴宝达人　老物件守护者⟧</p></td>
<td class="plc">
<div class="authi">⟦m 发表于 2024-12-7 20:48⟧　<a>⟦a 只瞧楼主⟧</a>　<a>⟦a 倒序浏览⟧</a></div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　藏币 +18　收起理由：好物共赏⟧</div>
<div class="sign">⟦m 家有旧物不轻弃，一钉一环皆是情⟧</div>
<div class="po">⟦a 回复　引用　举报　加入淘帖⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 铜锈斋主：兽面铺首，看包浆不是新仿，锈别乱刷⟧</div>
<div class="reply">⟦l 3楼 东篱拾遗：坐等楼下高手断代⟧</div>
</div>
<div id="f_pst">⟦a 登录藏趣阁后方可跟帖评论⟧</div>
<div id="ft">⟦m Archiver｜手机版｜藏趣阁收藏论坛 ( 赣ICP备17052294号 )⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
老宅要翻修，父亲让我把大门上那对铜门环拆下来收好。拆的时候发现背面的铆钉都锈死了，费了半天劲才取下来。
门环是圆环配兽面底座，兽面大概巴掌大，眉眼还很清楚，环上有一圈细细的回纹。听老人说这扇门是爷爷的爷爷那辈装的，具体年份谁也说不准。
想请教各位几个问题：一是这种兽面叫铺首还是别的名字；二是表面的黑绿色锈要不要清理，用什么清理不伤包浆；三是大概是什么年代的东西。
图片在楼下，手机拍的不太清楚，先谢谢各位老师了。
""",
    ),
    dict(
        slug="forum-yinyou-toner-refill-lines-junk-text",
        site="印友论坛 (invented, office-equipment forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.yinyoubbs.com/thread-77316-1-1.html",
        title="硒鼓加粉后打印出现竖黑线，折腾一晚终于解决",
        record_title="[耗材交流] 硒鼓加粉后打印出现竖黑线，折腾一晚终于解决（附排查步骤）- 办公设备 - 印友论坛",
        date=None,
        notes="a forum thread: anti-scraping junk as lines and glued after 。; the post time relative (昨天), so no date; "
        "a numbered list in the post; replies and a login prompt below",
        page="""
!m 印友论坛 » 办公设备 » 耗材交流
!t [耗材交流] 硒鼓加粉后打印出现竖黑线，折腾一晚终于解决（附排查步骤）
!m 楼主：墨粉老炮　｜　发表于 昨天 23:41　｜　阅读 906　回复 14
!a 只看楼主　｜　复制本帖地址
{BODY}
!l 沙发　鼓鼓囊囊：同遇到过，也是感光鼓划了
!l 板凳　打印机小白：收藏，下次加粉照着做
!a 还没有印友账号？注册后即可回帖讨论
!m 印友论坛　Powered by Discuz!　闽ICP备21004736号
""",
        junk=dict(lines=2, glued=3),
        body="""
办公室那台激光打印机的硒鼓前几天自己加了粉，结果打出来的每张纸中间都有一条竖黑线，越印越粗。
我先以为是粉加多了，倒掉一半还是一样。后来在群里请教，才知道多半是感光鼓表面划伤或者充电辊脏了。
拆开一看，果然感光鼓上有一道细细的划痕，应该是加粉时螺丝刀碰到的。
最后的办法很简单：网上买了一根同型号的感光鼓，二十几块钱，换上以后打印就干净了。
总结几点经验：
1.加粉前先断电，等机器冷却再拆。
2.拆硒鼓时手别碰感光鼓表面，工具也要离远一点。
3.粉不要加太满，到粉仓八成就够了。
4.加完粉先打几张废纸测试，再打正式文件。
希望对同样遇到这个问题的朋友有用。
""",
    ),
    dict(
        slug="blog-banchuang-essay-fathers-stamp-album",
        site="半窗闲墨 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://banchuangxianmo.blog.example.cn/archives/418.html",
        title="父亲的集邮册",
        record_title="【旧物手记】父亲的集邮册 – 半窗闲墨",
        date=None,
        notes="a Typecho-like blog: tag cloud, archive list, comment form; an update stamp relative (2 周前), so no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【旧物手记】父亲的集邮册 – 半窗闲墨</title>
<link rel="stylesheet" href="/usr/themes/banchuang/style.css">
</head>
<body>
<header><div class="site-name">⟦m 半窗闲墨⟧</div><div class="site-desc">⟦m 半窗灯影，一纸闲话⟧</div>
<nav><a href="/">⟦m 首页⟧</a><a href="/category/jiuwu/">⟦m 旧物手记⟧</a><a href="/about.html">⟦m 关于窗主⟧</a></nav></header>
<main>
<article>
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m 分类：旧物手记　·　更新于 2 周前　·　阅读 241⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：父亲　集邮　旧物⟧</div>
<div class="post-near"><p>⟦l ← 母亲的缝纫机⟧</p><p>⟦l 老家门口那棵枣树 →⟧</p></div>
</article>
<section id="comments"><h3>⟦l 7 条回声⟧</h3>
<div>⟦l 檐下听雨：读到护邮袋上的小标签，眼眶一热⟧</div>
<form><p>⟦a 留下你的回声（昵称和邮箱必填）⟧</p><textarea></textarea><button>⟦a 送出⟧</button></form>
</section>
</main>
<aside>
<h3>⟦l 标签云⟧</h3><p>⟦l 旧物 父亲 读书 老街 节气 邮局⟧</p>
<h3>⟦l 归档⟧</h3><ul><li>⟦l 2025年三月⟧</li><li>⟦l 2025年二月⟧</li><li>⟦l 2025年一月⟧</li></ul>
</aside>
<footer>⟦d 本站文字除注明外均为窗主原创，转载请先打招呼⟧　⟦m Powered by Typecho⟧</footer>
</body>
</html>
""",
        body="""
父亲走后，我在他书柜最底层找到了那本蓝色封皮的集邮册。册子的边角已经磨白，扣带也断了一截，用橡皮筋缠着。
翻开第一页，是一套纪念邮票，每一枚都用护邮袋装好，护邮袋上还贴着父亲手写的小标签，写着购买的地点和价钱。
我记得小时候，父亲每次从邮局回来，都会把新买的邮票放在灯下看很久，然后小心地用镊子夹进册子里。那时我嫌他慢，总催他陪我出去玩。
现在我也学着他的样子，把册子一页页翻过去。邮票的颜色早已不像当年鲜亮，可父亲写在标签上的字，一笔一画都还清清楚楚。
我想，我会把这本集邮册留给女儿，也把这些故事讲给她听。
""",
    ),
]
