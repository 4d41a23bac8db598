"""holdout281, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text each).

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-yantian-speech-door-god-festival-gb2312",
        site="砚田范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantianfw.cn/zhici/jieqing/2025/0206/71523.html",
        title="县文化和旅游局局长在澉水县门神木版年画文化节开幕式上的致辞",
        record_title="【致辞锦囊】县文化和旅游局局长在澉水县门神木版年画文化节开幕式上的致辞（套用改名即可）_砚田范文网",
        date="2025-01-18",
        date_also=["2025-02-06"],
        notes="gb2312 table layout with marquee, font-size row, floating ghost-writer QQ box, visitor counter; "
        "date under the speech title (neutral line) differs from the page's posting date; ghost-writer prompt glued after 。",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞锦囊】县文化和旅游局局长在澉水县门神木版年画文化节开幕式上的致辞（套用改名即可）_砚田范文网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ytcount.js"></script>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300"><img src="/images/yt_logo.gif" width="260" height="60" alt=""></td>
<td>⟦m 砚田范文网 · 耕好一方砚田 写好每篇材料⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 会员登入⟧</a> <a href="/user/reg.asp">⟦a 免费开户⟧</a></td>
</tr></table>
<table width="960" border="0" align="center" class="menu"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/zhici/">⟦m 致辞讲话⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/gongwen/">⟦m 公文写作⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 砚田公告：春节致辞、团拜讲话专栏每日上新，老会员续费八折⟧</marquee></td></tr></table>
<table width="960" border="0" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：<a href="/">砚田范文网</a> &gt;&gt; <a href="/zhici/">致辞讲话</a> &gt;&gt; 节庆致辞⟧</div>
<h2 align="center">{T}</h2>
<div class="info" align="center">⟦m 上传日期：2025-02-06　供稿：会员“耕砚人”　阅读次数：1386⟧</div>
<div align="center">⟦a 【字体：超大 大 标准】【底色：米黄 淡绿 白色】⟧</div>
<p align="center">（2025年1月18日）</p>
<div class="content">
{BODY}
</div>
<div align="right">⟦a 【一键复制】【另存Word】【关闭此页】⟧</div>
<div class="sxp">⟦l 前一篇：乡镇春节团拜会上的讲话（三篇）⟧<br>⟦l 后一篇：非遗传承人座谈会主持词⟧</div>
</td><td width="250" valign="top">
<table width="100%" class="box"><tr><td class="bt">⟦l 本周点击排行⟧</td></tr>
<tr><td><a href="/zhici/71488.html">⟦l 灯会开幕式致辞范文⟧</a></td></tr>
<tr><td><a href="/zhici/71402.html">⟦l 文化节闭幕式讲话稿⟧</a></td></tr>
<tr><td><a href="/zhici/71377.html">⟦l 民俗展开幕领导讲话⟧</a></td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:0;top:200px">⟦w 材料代笔 QQ 2714085396 随叫随写⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">⟦m 版权所有 2009-2025 砚田范文网 yantianfw.cn⟧<br>⟦m 滇ICP备09027611号⟧　⟦m 您是第 0294716 位来到砚田的朋友⟧</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
尊敬的各位来宾，乡亲们，朋友们：
大家上午好！腊月将尽，年味渐浓。今天，我们在耆山镇年画老街隆重举办第三届门神木版年画文化节。我谨代表县文化和旅游局，向远道而来的各位嘉宾表示热烈欢迎！⟦w 致辞不会写？砚田老师一对一代笔，微信 yantian_bi520⟧
澉水门神年画已有三百多年历史，秦琼、尉迟恭一左一右，红绿套色，刀味浓厚，是我县第一批县级非物质文化遗产。近年来，我们建起年画传习所两处，培养青年刻版艺人二十一名，去年门神年画销售突破四万张。
本届文化节为期五天，安排了刻版展示、拓印体验、老版复刻和年画市集等活动。希望各位传承人把手艺教给更多年轻人，也欢迎大家亲手印一张门神带回家。
最后，祝文化节圆满成功，祝大家新春吉祥、阖家安康！
""",
    ),
    dict(
        slug="fanwen-qingyan-insight-beaker-training",
        site="青砚范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qingyanfw.com/xinde/peixun/40972.html",
        title="新教师化学实验基本功培训心得体会",
        record_title="新教师化学实验基本功培训心得体会（精选3则）- 青砚范文库",
        date=None,
        notes="no date: the page shows only a relative 收录时间; writing-service prompt glued after 。; member-unlock line between paragraphs",
        page="""
!m 青砚范文库 ｜ 心得体会频道
!m 当前页：首页 / 心得体会 / 培训心得
!t 新教师化学实验基本功培训心得体会（精选3则）
!m 收录时间：3 天前　　字数：约900字　　浏览：457
{BODY}
!a 复制本页 ｜ 导出文档 ｜ 纠错反馈
!l 同类推荐：新教师岗前培训心得三篇｜实验教学听课心得
!d 本页范文来自网友投稿，只供写作参考，转载请注明青砚范文库。
!m qingyanfw.com　沪ICP备21008765号
""",
        indent="\u3000\u3000",
        body="""
暑假最后一周，我参加了县教师发展中心组织的新教师化学实验基本功培训。五天里，从洗一只烧杯、量一次体积开始，我重新认识了实验教学。
第一点体会：基本操作没有小事。培训老师让我们每人洗二十只烧杯，要求内壁水膜均匀、不挂水珠。我原以为冲两遍就行，结果第一轮只有七只合格。⟦w 代写各类心得体会，原创不重样，加V：qingyan_wen08⟧
第二点体会：安全意识要刻进习惯。加热烧杯必须垫石棉网，搅拌用的玻璃棒不能碰杯壁，破损的烧杯要放进专用回收箱，不能随手扔进垃圾桶。这些细节，以后我要一条条教给学生。
⟦a 开通青砚会员，解锁剩余2则并下载Word⟧
第三点体会：实验课要让学生动手。与其在黑板上画烧杯，不如让每个小组真正称一次、溶一次、记一次。新学期，我准备把演示实验改成分组实验，让学生在操作中学会观察。
""",
    ),
    dict(
        slug="wenku-dieye-survey-pewter-pdf-marker-paras",
        site="叠页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.dieyewk.com/p-88412763.html",
        title="关于燠川县锡器手工业发展情况的调研报告",
        record_title="关于燠川县锡器手工业发展情况的调研报告.pdf",
        date="2024-11-20",
        notes="file-name record title; reader with toolbar and paywall; page-marker paragraphs ⭗ n ⭗ cut sentences; "
        "upload stamp is no date, the 成文日期 under the signature is",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于燠川县锡器手工业发展情况的调研报告.pdf - 叠页文库</title>
<meta name="description" content="关于燠川县锡器手工业发展情况的调研报告">
<script src="https://static.dieyewk.com/reader/v3/viewer.min.js"></script>
</head><body>
<header class="dy-top"><a class="logo" href="/">⟦m 叠页文库 · 一页一页都是干货⟧</a>
<form class="search"><input name="kw" placeholder="搜文档、搜范文"><button>⟦a 搜一下⟧</button></form>
<a href="/vip">⟦a 开叠页月卡 每天免费下5篇⟧</a> <a href="/login">⟦a 登录｜注册新号⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：dy_用户81730　　上传于：2024-12-02　　共4页　　PDF　　2316次浏览⟧</p>
<div class="viewer-bar">⟦a 放大 缩小 全屏阅读 下载原文件⟧</div></div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 免费预览到此为止，余下1页支付2.5元可读⟧</p><button>⟦a 单篇支付⟧</button><button>⟦a 月卡畅读⟧</button></div>
<aside class="rel"><h3>⟦l 看了这篇的人还在看⟧</h3><ul>
<li>⟦l 传统手工艺产业调研报告（2024）.docx⟧</li>
<li>⟦l 非遗工坊建设情况调研.pdf⟧</li>
<li>⟦l 乡村手工业振兴对策研究.doc⟧</li></ul></aside>
<footer>⟦d 叠页文库所收文档均由用户上传，平台仅提供存储与展示，若涉及侵权请发邮件至 qinquan@dieyewk.com⟧<br>⟦m 皖ICP备20051937号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⭗ {n} ⭗", every=130, start=2),
        body="""
为摸清锡器手工业现状，今年9月至10月，调研组走访了臧湾镇、卞桥村等地的17家锡器作坊和2家锡器企业。现将有关情况报告如下。
一、基本情况
全县现有锡器从业人员312人，年产锡壶、锡罐等制品约4.6万件，产值约3800万元。其中手工打制的锡壶占六成，多销往周边茶馆和酒坊。
二、存在的问题
一是后继乏人，从业人员平均年龄54岁；二是部分小作坊使用回收锡料，含铅量难以保证；三是品牌分散，同一款锡壶有十多种叫法，缺少统一标识。
三、对策建议
建议设立锡器传习点，组织老师傅带徒；由市场监管部门牵头开展锡壶含铅量抽检；注册“燠川锡器”集体商标，统一包装和宣传。
燠川县文化馆课题组
2024年11月20日
""",
    ),
    dict(
        slug="wenku-juanye-plan-sedan-chair-wrapped-glued-markers",
        site="卷叶文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://m.juanyewenku.com/doc/3318407.html",
        title="澉水县花轿婚俗保护传承工作方案",
        record_title="【文档优选】澉水县花轿婚俗保护传承工作方案（共4页）",
        date="2025-03-12",
        notes="preview text hard-wrapped at 62 columns, indented; page markers ⭰n⭲ glued to the start of the continuation line",
        page="""
!m 卷叶文库 › 公文 › 工作方案
!t 【文档优选】澉水县花轿婚俗保护传承工作方案（共4页）
!m 页数：4　格式：DOCX　大小：31.8KB　评分：★★★★☆
!a 下载到电脑　　发送到手机　　加入书架
{T}
{BODY}
!a 预览模式只显示前3页，第4页请下载后阅读
!a 卷叶币支付 3 枚　｜　开通畅读卡免币下载
!d 以上文档为卷叶文库用户自行分享，仅作学习交流，版权属原作者。
!l 更多相关：花轿修复方案｜民俗保护工作计划｜婚俗改革实施意见
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⭰{n}⭲", every=120, start=2, glue=True),
        body="""
各镇人民政府，县直有关单位：
为保护传承澉水花轿婚俗这一县级非物质文化遗产，经县政府同意，现制定本方案。
一、工作目标
到2026年底，完成全县现存花轿普查建档，修复清代老花轿3顶，培养花轿制作和抬轿技艺传承人10名以上。
二、主要任务
（一）开展普查。由县文化馆牵头，对民间收藏的花轿逐顶拍照、测量、登记，建立电子档案。
（二）抢救修复。对木雕脱落、漆面开裂的老花轿，聘请木雕和髹漆艺人按原样修复，修复前后留存影像资料。
（三）活态展示。每年春节、中秋在耆山镇老街举办花轿迎亲巡游，鼓励新人自愿选用传统花轿办婚事。
三、保障措施
县财政每年安排专项经费20万元，各镇明确一名分管领导，县文化馆每季度通报一次工作进展。
澉水县文化和旅游局
2025年3月12日
""",
    ),
    dict(
        slug="gov-maoling-circular-silver-bangle-spotcheck",
        site="懋岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.maoling.gov.example.cn/zwgk/tzgg/202504/t20250410_118342.html",
        title="懋岭县市场监督管理局关于2025年第一季度银饰品质量抽检情况的通告",
        record_title="懋岭县市场监督管理局关于2025年第一季度银饰品质量抽检情况的通告_公示公告_懋岭县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="county portal with 关怀版/无障碍 links, 索引号 table (文号 cell unmarked), results table one row a paragraph; "
        "the bureau's own 联系人/电话 beside the portal's 纠错 line; 成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>懋岭县市场监督管理局关于2025年第一季度银饰品质量抽检情况的通告_公示公告_懋岭县人民政府</title>
<meta name="SiteName" content="懋岭县人民政府"><meta name="ColumnName" content="公示公告">
<script src="/js/jquery.min.js"></script><script src="/js/zwgk.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：<span id="today"></span>　懋岭县人民政府欢迎您⟧</span>
<a href="javascript:;">⟦a 关怀版⟧</a> <a href="javascript:;">⟦a 读屏无障碍⟧</a> <a href="/en/">⟦a EN⟧</a></div>
<div class="banner"><img src="/images/ml_banner.jpg" alt="懋岭县人民政府"></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进懋岭⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="path">⟦m 当前位置：首页 &gt; 政务公开 &gt; 公示公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：115328MB1L7360221Q/2025-00412⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：懋岭县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
<tr><td>文号：懋市监告〔2025〕3号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-tools">⟦a 【字号 放大 默认 缩小】⟧ ⟦a 【打印本文】⟧ ⟦m 浏览次数：<span id="pv">973</span>⟧</div>
<div class="art-content">
{BODY}
</div>
<div class="share">⟦l 转发至：微信 微博 QQ空间⟧</div>
<div class="xg"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 懋岭县2024年金银饰品专项整治情况通报⟧</li><li>⟦l 关于开展消费品质量安全“护苗”行动的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：懋岭县人民政府办公室　承办单位：懋岭县政务数据中心⟧</p>
<p>⟦m 网站纠错电话：0718-6600012（工作日）⟧　⟦m 网站标识码：5328270011⟧</p>
<p>⟦m 滇ICP备11004318号　滇公网安备53282702000155号⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
为加强银饰品质量监管，保护消费者合法权益，我局于2025年1月至3月对全县金银饰品销售门店开展了银镯等银饰品质量抽检。现将抽检情况通告如下。
一、本次共抽检银镯、银链、银耳饰等银饰品46批次，其中合格42批次，不合格4批次，合格率91.3%。
二、不合格产品情况如下：
序号　样品名称　标称含银量　实测含银量　销售门店
1　足银手镯　990‰　925‰　斐溪镇某银楼
2　儿童银镯　990‰　镀银铜制品　县城某饰品店
3　素圈银镯　925‰　880‰　县城某商场专柜
4　錾花银手镯　990‰　958‰　斐溪镇某银匠铺
三、对不合格产品，我局已责令销售者下架、召回，并依法立案调查。消费者购买银镯时，请索要发票，认准含量标识。
联系人：冯晓渠　联系电话：0718-6643120
懋岭县市场监督管理局
2025年4月8日
""",
    ),
    dict(
        slug="gov-yuchuan-request-pewter-workshop-cn-date",
        site="燠川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.yuchuan.gov.example.cn/zfwj/zjwj/202503/t20250303_66071.html",
        title="燠川县臧湾镇人民政府关于设立锡器非遗传习工坊的请示",
        date="2025-02-26",
        date_also=["2025-03-03"],
        notes="record title as is; 文号 line neutral; 成文日期 in Chinese numerals; the town's own contact beside the portal's 纠错 line",
        page="""
!m 燠川县人民政府门户网站
!m 首页 > 政务公开 > 政府文件 > 镇街文件
{T}
!m 索引号：11431127MB0M43055X/2025-00087　　发布机构：臧湾镇人民政府　　发布日期：2025-03-03
臧政〔2025〕9号
{BODY}
!a 【打印正文】　【关闭窗口】　【字体：放大 还原】
!m 用手机扫一扫，继续阅读本文
!l 上一条：臧湾镇关于2025年春季森林防火工作的通知
!l 下一条：臧湾镇2024年法治政府建设情况报告
!m 主办：燠川县人民政府办公室　网站标识码：4311270003
!m 网站纠错电话：0716-5210000　湘ICP备05018833号
""",
        body="""
县人民政府：
臧湾镇是燠川锡器的主要产地，打制锡壶的手艺已传承五代。目前全镇仍在打锡壶的老艺人只有9人，最年轻的也已58岁，技艺面临失传。
为保护这项县级非物质文化遗产，我镇拟利用闲置的原供销社仓库设立锡器非遗传习工坊，面积约260平方米，用于老艺人带徒、锡壶制作展示和研学体验。工坊改造及设备购置共需资金48万元，镇财政自筹18万元，尚缺30万元。
特请求县政府给予补助30万元。
妥否，请批示。
联系人：邵晓棠　电话：0716-5218830
燠川县臧湾镇人民政府
二〇二五年二月二十六日
""",
    ),
    dict(
        slug="news-ganshui-sedan-chair-parade-record-date",
        site="澉水新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ganshuinews.cn/xz/2025-02/02/content_90217.html",
        title="百年花轿再出阁 耆山老街迎来传统婚礼巡游",
        record_title="百年花轿再出阁 耆山老街迎来传统婚礼巡游-澉水新闻网",
        record_date="2025-02-02",
        date="2025-02-02",
        notes="news portal with app prompt glued before the lead, a photo caption between paragraphs, an editor line glued after the last one, "
        "an ad slot and a 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>百年花轿再出阁 耆山老街迎来传统婚礼巡游-澉水新闻网</title>
<script>var _czc = _czc || [];</script>
</head><body>
<div class="gs-top"><a href="/">⟦m 澉水新闻网⟧</a><span>⟦m 澉水县融媒体中心主办⟧</span><a href="/app">⟦a 下载澉水融媒客户端⟧</a></div>
<nav><a>⟦m 要闻⟧</a><a>⟦m 乡镇⟧</a><a>⟦m 民生⟧</a><a>⟦m 文旅⟧</a><a>⟦m 视频⟧</a></nav>
<div class="crumbs">⟦m 澉水新闻网 → 乡镇 → 耆山⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-02-02 17:46　来源：澉水县融媒体中心⟧</div>
<div class="tts"><button>⟦a 语音播报本文⟧</button></div>
{BODY}
</article>
<div class="ad-slot">⟦l 【广告】耆山老街民宿春节特惠 立减80元⟧</div>
<aside><h3>⟦l 24小时热点⟧</h3><ol>
<li>⟦l 澉水县春运首日发送旅客1.2万人次⟧</li>
<li>⟦l 澉口镇灯会初八开幕⟧</li>
<li>⟦l 县人民医院春节门诊安排出炉⟧</li></ol></aside>
<footer><p>⟦d 本网刊载的原创稿件，未经授权不得转载⟧</p><p>⟦m 澉水新闻网 新闻热线：0715-3301999⟧　⟦m 湘ICP备19007702号⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开澉水融媒App，看高清图集⟧本报讯（记者　郝一禾）2月2日，正月初五，一顶清代八抬花轿从耆山镇老街南口缓缓抬出，鼓乐声中，新郎邢晓川迎娶新娘沈青禾，吸引了上千名游客驻足围观。
⟦m 图为花轿巡游现场。郝一禾　摄⟧
这顶花轿轿身雕有“八仙过海”“喜鹊登梅”等图案，是县文化馆去年从民间征集修复的。修复工作历时八个月，艺人们按照老照片补配了二十多块木雕。
“小时候看过别人坐花轿，没想到自己也能坐一回。”新娘沈青禾说。据了解，今年耆山镇已有6对新人预约花轿迎亲。
县文化馆相关负责人介绍，花轿婚俗巡游将作为春节、中秋的固定项目，让老手艺在新时代继续“出阁”。⟦m （责任编辑：魏小满　审核：窦明川）⟧
""",
    ),
    dict(
        slug="news-maoling-silversmith-village-title-line",
        site="懋岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.maoling-xw.cn/xiangzhen/feixi/20250516/3306.shtml",
        title="斐溪银匠村：一只银镯敲出千万元产业",
        record_title=None,
        date="2025-05-16",
        notes="no title in the record: the page's title line; the byline's 发布时间 is the page's date; photo caption and a 'listen' button",
        page="""
!m 懋岭新闻网　县域资讯第一站
!m 首页 » 乡镇 » 斐溪
{T}
!m 发布时间：2025-05-16 09:12　来源：懋岭新闻网　作者：俞小夏
!a 字号 [大] [中] [小]　　▶ 听这篇新闻
{BODY}
!m 编辑：韦若溪　校对：窦丹
!l 相关新闻：斐溪镇举办银饰錾刻技能比武｜懋岭新增3家省级非遗工坊
!l 24小时热榜：1.懋岭高铁站开通公交专线　2.县城老旧小区改造开工
!m 懋岭新闻网违法和不良信息举报电话：0718-6611001　举报邮箱：jubao@maoling-xw.cn
""",
        body="""
走进懋岭县斐溪镇银匠村，叮叮当当的敲打声从一间间作坊里传出来。这个只有三百多户人家的小村，去年卖出银镯等银饰品12万件，产值突破一千万元。
⟦m 〔图〕银匠俞守拙在为一只银镯錾刻缠枝纹。俞小夏　摄⟧
“打一只银镯要经过熔银、锻打、拉条、成型、錾花、抛光六道工序，快的一天，慢的要三天。”今年62岁的俞守拙是村里手艺最好的银匠，他的工坊里挂满了银镯样品。
近年来，村里成立了银饰合作社，统一采购银料、统一检测含银量，每只银镯都附上检测卡。村党支部书记崔启明说，过去各家压价抢生意，现在大家抱团，价格稳了，回头客也多了。
""",
    ),
    dict(
        slug="forum-cangzhen-pewter-pot-thread-jammer",
        site="藏珍阁藏友论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.cangzhenge.net/thread-402716-1-1.html",
        title="收了一把老锡壶，请大家帮忙断代",
        record_title="[锡器鉴赏] 收了一把老锡壶，请大家帮忙断代（附实拍图） - 老物件版 - 藏珍阁藏友论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts (junk lines and glued), rating row, signature, replies, relative post time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>[锡器鉴赏] 收了一把老锡壶，请大家帮忙断代（附实拍图） - 老物件版 - 藏珍阁藏友论坛 - Powered by Discuz!</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb">⟦a 设为首页⟧ ⟦a 收藏本站⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="hd"><h2>⟦m 藏珍阁藏友论坛 — 以物会友 以藏养心⟧</h2></div>
<div id="pt">⟦m 藏珍阁 › 杂项收藏 › 老物件版 › 查看帖子⟧</div>
<div class="ts"><span>⟦t [锡器鉴赏] 收了一把老锡壶，请大家帮忙断代（附实拍图）⟧</span> <span>⟦m 查看: 1627 | 回复: 23⟧</span></div>
<table class="plhin"><tr><td class="pls">⟦m 臧湾老余⟧<br>⟦m 藏龄 6 年　帖子 318　积分 2207⟧</td>
<td class="plc"><div class="pi">⟦m 楼主　发表于 5 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_9917321">
{BODY}
</td></tr></table></div>
<div class="pattl">⟦a [附件] 锡壶底款.jpg (212.6 KB, 下载次数: 41)⟧</div>
<div class="rate">⟦l 参与人数 3　藏币 +12　收起 理由⟧</div>
<div class="sign">⟦m 签名：只收老锡器，不收新仿货⟧</div>
<div class="po">⟦a 回复 支持 反对 举报⟧</div></td></tr></table>
<div class="replies">
<div class="pl">⟦l 沙发　锡斋主人 发表于 5 天前⟧<br>⟦l 六方壶多见于清末民初，底款要拍清楚点⟧</div>
<div class="pl">⟦l 板凳　夜雨敲窗 发表于 4 天前⟧<br>⟦l 补焊过的老锡壶建议只看不用⟧</div>
</div>
<div class="pgs">⟦l 上一主题 / 下一主题⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论 立即登录 | 免费注册⟧</div>
<div id="ft">⟦m 藏珍阁藏友论坛 ( 赣ICP备17006643号-1 )⟧ ⟦m GMT+8, 2025-4-19 21:06⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前几天在燠川县臧湾镇赶集，从一位老人手里收了一把老锡壶，花了三百八十元。壶高约十八厘米，壶身六方，盖钮是一只小狮子，底部有“义兴号”三字戳记。
壶身包浆很厚，敲起来声音发闷，不像新锡那样清脆。壶嘴和壶身接口处有补焊痕迹，把手是后配的竹把。
想请教各位藏友三个问题：一是“义兴号”是哪里的字号；二是这种六方壶大概是什么年代的；三是补焊过的锡壶还能不能用来温酒。
先谢谢大家，回帖必看！
""",
    ),
    dict(
        slug="forum-lingdang-silver-bangle-blackened-junk",
        site="铃铛生活论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.lingdanglife.com/forum.php?mod=viewthread&tid=551207",
        title="银镯戴了半年发黑，我这样处理对不对？",
        record_title="[求支招] 银镯戴了半年发黑，我这样处理对不对？ - 首饰保养 - 铃铛生活论坛",
        date=None,
        notes="forum post with anti-scraping junk as lines and glued after 。; replies; edit stamp and relative times are no dates",
        page="""
!m 铃铛生活论坛 - 女性生活交流社区
!m 铃铛生活 › 美妆穿搭 › 首饰保养
!t [求支招] 银镯戴了半年发黑，我这样处理对不对？
!m 楼主：小满不满　发表于 昨天 22:37　|　阅读 863　回复 17
!m 本帖最后由 小满不满 于 昨天 22:41 编辑
{BODY}
!a 点赞 收藏 分享 举报
!l 2楼　银杏叶子：擦银布最好用，别用牙膏
!l 3楼　阿芦：洗澡一定要摘，温泉更要摘
!a 回帖请先登录，没有账号？马上注册
!m 铃铛生活论坛　粤ICP备18052276号
""",
        junk=dict(lines=2, glued=2),
        body="""
去年生日老公送了我一只足银手镯，戴了半年，内圈和花纹缝里都发黑了。
上网查了查，说是银和空气里的硫化物反应，生成了硫化银，不是假货。我试了三种办法：牙膏擦、小苏打加热水泡、专用擦银布擦。
牙膏擦得最快，但表面出现了细划痕；小苏打泡了十分钟，花纹缝里干净了不少；擦银布最省事，就是擦久了手累。
想问问大家：平时洗澡、游泳要不要摘下来？放在密封袋里是不是就不容易发黑？
""",
    ),
]
