"""holdout256, part A: 范文 sites, 文库 previews, government portals, news portals and forums
(one HTML page and one text page each). Written by hand for this part; everything is
invented (places, people, firms, sites, URLs, phones). See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-chunwen-speech-wine-jar-industry",
        site="醇文范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chunwen51.com/jianghua/chanye/201411/8842.html",
        title="在全县酒坛酿藏产业发展推进会上的讲话",
        record_title="在全县酒坛酿藏产业发展推进会上的讲话（领导讲话·可直接套用）_醇文范文网",
        date="2024-11-06",
        date_also=["2024-11-12"],
        notes=(
            "old gb2312 table layout: marquee, font-size and background row, a floating ghost-writer QQ box, "
            "a visitor counter; speaker and date lines under the speech title (neutral); a ghost-writer line "
            "between paragraphs and a collect link glued after a 。; the site's storage date differs"
        ),
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县酒坛酿藏产业发展推进会上的讲话（领导讲话·可直接套用）_醇文范文网</title>
<meta name="keywords" content="酒坛,讲话稿,产业发展,推进会">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ad_top.js"></script>
</head>
<body bgcolor="#FFFFFF" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" bgcolor="#F2E6D0">⟦m 醇文范文网——笔下有乾坤，文中见真章⟧　<a href="#" onclick="this.style.behavior='url(#default#homepage)';">⟦a 设为首页⟧</a>　<a href="javascript:addfav()">⟦a 收藏醇文⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦l 新到范文：年终述职报告合集　|　村级换届选举主持词　|　安全生产月讲话稿大全⟧</marquee></td></tr>
<tr><td class="nav">⟦m <a href="/">首页</a> | <a href="/jianghua/">讲话稿</a> | <a href="/zongjie/">总结</a> | <a href="/fangan/">方案</a> | <a href="/xinde/">心得</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：醇文范文网 ＞ 讲话稿 ＞ 产业发展讲话⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 整理：醇文小编　　入库日期：2024-11-12　　人气：<span id="hits">1386</span>⟧</div>
<div class="zihao">⟦a 〖字体：特大 大 中 小〗〖底色：米黄 淡绿 纯白〗⟧</div>
<p align="center">县委副书记　宋承业</p>
<p align="center">（2024年11月6日）</p>
{BODY}
<div class="xiazai">⟦a 〖复制这篇讲话〗〖存成Word〗〖打印本页〗⟧</div>
<div class="sxp">⟦l 上一篇：在全县白酒品质提升大会上的讲话⟧<br>⟦l 下一篇：在酿酒企业安全生产约谈会上的讲话⟧</div>
</td>
<td width="250" valign="top">
<div class="rm"><b>⟦l 本周热读⟧</b><br>⟦l · 在特色产业招商推介会上的致辞⟧<br>⟦l · 乡镇产业振兴座谈会发言材料⟧<br>⟦l · 全县非遗保护工作会议讲话⟧</div>
<div id="float_qq" style="position:absolute;right:5px;top:220px">⟦w 材料代写一对一　QQ：2871650439⟧</div>
</td></tr></table>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 醇文所收范文多为网友投寄，只作写作借鉴，著作权属原作者⟧<br>
⟦m 醇文范文网 www.chunwen51.com　鄂ICP备13028871号⟧<br>
⟦m 您是本站第 <font color="red">0381627</font> 位来客⟧
</td></tr></table>
<script>document.write('<img src="/count.asp?id=8842" width="0" height="0">');</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开全县酒坛酿藏产业发展推进会，主要是总结前段工作，部署下一步任务。刚才，郛口镇和两家陶坛企业作了交流发言，讲得很实在，我都赞同。
崀川烧制酒坛已有三百多年历史，郛口的陶土细腻、透气性好，用它烧出的酒坛储酒，酒体醇和、陈香明显。去年全县酒坛产量达到41万只，带动就业2600余人。⟦a 〖点此收藏本篇〗⟧
⟦w 写讲话稿不求人，定制请加微信 chunwen_xg88⟧
但也要看到，我们的酒坛企业规模小、品牌弱，有的作坊还在用老式柴窑，烟尘大、成品率低。下一步，一要抓提质，推广电窑和气窑，统一容量、釉面和密封标准；二要抓品牌，申报“崀川酒坛”地理标志，鼓励企业与酒厂签订长期订单；三要抓服务，县里成立工作专班，帮助企业解决用地、融资和用工难题。
同志们，小酒坛连着大产业。希望大家齐心协力，把这张老名片擦得更亮！
""",
    ),
    dict(
        slug="fanwen-moquan-insight-padded-jacket-volunteer",
        site="墨泉范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.mqfanwen.cn/xinde/zhiyuan/20991.html",
        title="参加“暖冬送棉袄”志愿服务活动心得体会",
        record_title=None,
        date=None,
        notes=(
            "no record title: the page's plain title line under a decorated one; a relative collection time "
            "(no date); a collect prompt glued after a 。 and a ghost-writer line between paragraphs"
        ),
        page="""
!m 墨泉范文 · 心得体会频道
!m 位置：墨泉范文 / 心得体会 / 志愿服务心得
!t 〔墨泉原创〕参加“暖冬送棉袄”志愿服务活动心得体会
!m 投稿：青柚　　收录：3 天前　　热度 ★★★★☆
{T}
{BODY}
!a 喜欢这篇？点一下“收进我的素材夹”
!l 同栏推荐：社区志愿服务心得三篇　|　敬老院慰问活动感想　|　冬季送温暖活动体会
!d 墨泉范文所载文章系网友投稿整理，若与他文雷同纯属巧合，转载请留出处。
!m 墨泉范文 mqfanwen.cn　赣ICP备19007735号-3
""",
        indent="\u3000\u3000",
        body="""
上个周末，我跟随单位志愿服务队来到茌岭县萆溪镇，参加了“暖冬送棉袄”志愿服务活动。一天下来，我们走访了十二户独居老人，送去新棉袄十二件，也收获了许多感动。
让我印象最深的是八十三岁的贾奶奶。她接过棉袄，先用手来回摸了好几遍，说这么厚实的棉袄，好多年没穿过了。那一刻我明白，我们送去的不只是一件衣服，更是一份牵挂。⟦a 【收进素材夹】⟧
⟦w 心得体会写不出来？专人代笔，加V：mq_daibi2023⟧
这次活动也让我看到自身的不足。有的老人说方言，我听不太懂，只能请村干部帮忙翻译；有的老人需要的是陪伴和聊天，而我们行程安排得太紧，只能匆匆告别。今后参加志愿服务，我要提前做好功课，多留一些时间听老人说说话。
一件棉袄的分量不重，却能温暖一个冬天。我愿意把这份温暖传递下去，让志愿服务成为生活的一部分。
""",
    ),
    dict(
        slug="wenku-yiyue-report-clothes-clip-industry-html",
        site="益阅文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yiyuewenku.com/p-70318826.html",
        title="关于浐阳县晒衣夹加工产业发展情况的调研报告",
        record_title="关于浐阳县晒衣夹加工产业发展情况的调研报告.pdf",
        date="2024-09-10",
        notes=(
            "a 文库 reader: file-name title, a viewer toolbar, page markers ✯ n ✯ as paragraphs between the "
            "halves of cut paragraphs, a pay box; a data table (one row a paragraph, cells apart by ideographic "
            "spaces); upload stamp (no date), 成文日期 under the signature"
        ),
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于浐阳县晒衣夹加工产业发展情况的调研报告.pdf - 益阅文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="//static.yiyuewenku.com/css/reader.3f2a.css">
<script src="//static.yiyuewenku.com/js/reader.min.js"></script>
</head><body>
<header class="bar"><a class="logo" href="/">⟦m 益阅文库⟧</a><input type="search" placeholder="搜文档、搜范文"><a href="/vip">⟦a 开通包月会员⟧</a><a href="/login">⟦a 登录｜免费注册⟧</a></header>
<div class="crumb">⟦m 益阅文库 › 行业资料 › 轻工制造⟧</div>
<div class="doc-head"><h1>⟦t 关于浐阳县晒衣夹加工产业发展情况的调研报告.pdf⟧</h1>
<p class="meta">⟦m 上传者：aprilwood　　上传于：2024-10-02　　共5页　　3.1万次浏览⟧</p>
<div class="tb">⟦a 全屏阅读　放大　缩小　加入文件夹⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="pay"><p>⟦a 剩下2页未展开，购买本文档只要 3.80 元⟧</p><button>⟦a 马上购买⟧</button></div>
<aside class="rel"><h4>⟦l 看过这篇的人还在看⟧</h4><ul><li>⟦l 县域日用塑料制品产业调研报告⟧</li><li>⟦l 小商品加工作坊转型升级的思考⟧</li></ul></aside>
<footer>⟦d 益阅文库中的文档由用户上传，版权归上传者或原作者，侵权请来函⟧<br>⟦m 沪ICP备20031874号-2⟧</footer>
<script>reader.init({docId:70318826,free:3});</script>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="✯ {n} ✯", every=110, start=2),
        body="""
为摸清全县晒衣夹加工产业发展状况，县工业和信息化局于2024年8月组成调研组，走访了浞河镇等4个乡镇的27家晒衣夹加工企业和作坊。现将有关情况报告如下。
一、基本情况
全县现有晒衣夹加工企业和家庭作坊共63家，年产各类晒衣夹约4.2亿只，主要销往华东、华南地区。主要产品结构如下：
品种　年产量（亿只）　占比
塑料晒衣夹　2.6　62%
竹木晒衣夹　1.1　26%
不锈钢晒衣夹　0.5　12%
二、存在的问题
一是产品同质化严重，低价竞争现象突出；二是多数作坊设备陈旧，注塑环节能耗偏高；三是缺少自主品牌，利润大部分被外地经销商拿走。
三、对策建议
建议设立晒衣夹产业发展专项资金，支持企业更新设备、注册商标，引导小作坊抱团组建合作社，共同开拓电商渠道。
浐阳县工业和信息化局
2024年9月10日
""",
    ),
    dict(
        slug="wenku-yiyue-plan-fly-trap-market-wrapped",
        site="益阅文库 (invented, text copy)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yiyuewenku.com/p-70455102.html",
        title="灏城市农贸市场捕蝇笼布设工作方案",
        record_title="【市场环境整治】灏城市农贸市场捕蝇笼布设工作方案（全文可复制版）- 益阅文库",
        date="2025-05-12",
        notes=(
            "a 文库 text copy hard-wrapped at 56 columns, cut by page markers ✸n✸ glued to the continuation "
            "line; an exchange prompt above and a preview-end line below; 成文日期 in Chinese numerals; "
            "the upload stamp is no date"
        ),
        page="""
!m 益阅文库（文本版）
!t 【市场环境整治】灏城市农贸市场捕蝇笼布设工作方案（全文可复制版）
!m 贡献者：城管小李　上传：2025-05-19　格式：DOC　页数：4
!a 本篇免费预览前3页，全文阅读请用益阅币兑换
{T}
{BODY}
!a ……预览到此为止，兑换后继续阅读剩余内容……
!l 相关推荐：农贸市场病媒生物防制方案　|　夏季灭蝇灭蚊工作计划　|　市场环境卫生管理制度
!d 益阅文库只提供存储空间，文档内容由上传用户提供，平台不对其准确性负责。
""",
        indent="\u3000\u3000",
        wrap=56,
        pages=dict(fmt="✸{n}✸", every=120, start=2, glue=True),
        body="""
各区城管局、市场监管局，各农贸市场开办方：
为有效降低夏秋季农贸市场苍蝇密度，改善群众购物环境，根据全市爱国卫生工作安排，决定在全市农贸市场统一布设捕蝇笼。现制定方案如下。
一、布设范围。全市42家农贸市场的水产区、禽肉区、垃圾收集点和公共厕所周边。
二、布设标准。每个市场按营业面积每200平方米不少于1只配置，垃圾收集点周边加密至每处2只，捕蝇笼距地面高度保持在1米左右。
三、诱饵与维护。诱饵每3天更换一次，笼内苍蝇每周清理一次，清理后的苍蝇集中装袋投入有害垃圾桶，不得随意倾倒。
四、监督检查。市爱卫办每月组织一次暗访，检查结果纳入文明市场评比。
灏城市爱国卫生运动委员会办公室
二〇二五年五月十二日
""",
    ),
    dict(
        slug="gov-langchuan-notice-wine-jar-labels-html",
        site="崀川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.langchuan.gov.cn/xxgk/bmxxgk/scjgj/tzgg/202409/t20240905_4471209.html",
        title="崀川县市场监督管理局关于开展散装白酒酒坛标签专项检查的通知",
        record_title="崀川县市场监督管理局关于开展散装白酒酒坛标签专项检查的通知_通知公告_崀川县人民政府",
        date="2024-09-03",
        date_also=["2024-09-05"],
        notes=(
            "a county portal: 关怀版/读屏 links, an 索引号 table whose 文号 cell is unmarked (neutral), the "
            "document's own 联系人/电话 next to the portal's 纠错 hotline, 附件 list, 抄送 and 印发 lines; the "
            "portal's 发布日期 differs from the 成文日期"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>崀川县市场监督管理局关于开展散装白酒酒坛标签专项检查的通知_通知公告_崀川县人民政府</title>
<meta name="SiteName" content="崀川县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/common/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 崀川县人民政府⟧</span> <a href="/gh/">⟦a 关怀版⟧</a> <a href="javascript:;" id="dp">⟦a 读屏助手⟧</a> <a href="/en/">⟦a 英文版⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进崀川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 您的位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 县市场监管局 &gt; 通知公告⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：431282-SJ-2024-00317⟧</td><td>⟦m 主题分类：市场监管⟧</td></tr>
<tr><td>⟦m 发布机构：崀川县市场监督管理局⟧</td><td>⟦m 发布日期：2024-09-05⟧</td></tr>
<tr><td>崀川市监发〔2024〕41号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="fontsize">⟦a 【字体调节：大 中 小】⟧</div>
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧　<a href="javascript:window.print()">⟦a 打印本页⟧</a>　<a href="javascript:window.close()">⟦a 关闭窗口⟧</a></div>
<div class="footer">
<p>⟦m 主办：崀川县人民政府办公室　承办：崀川县数据资源中心⟧</p>
<p>⟦m 网站纠错热线：0739-6810012（工作日 8:00-17:30）⟧</p>
<p>⟦m 网站标识码：4312820007　湘ICP备05021763号　湘公网安备43128202000117号⟧</p>
</div>
<script src="/common/js/jiucuo.js"></script>
</body></html>
""",
        body="""
各乡镇（街道）市场监管所，局机关各股室：
近期，群众反映部分酒坊、商超用酒坛散装销售白酒，坛身无标签或标签信息不全。为保障消费者知情权，经局党组研究，决定自9月10日至10月31日在全县开展散装白酒酒坛标签专项检查。现将有关事项通知如下。
一、检查内容。重点检查酒坛坛身或坛口是否标明品名、酒精度、生产者名称、生产日期和贮存条件，是否存在用回收酒坛盛装食用酒且未清洗消毒的情况。
二、工作要求。各所要建立检查台账，发现问题当场责令改正，拒不改正的依法立案查处。检查情况于11月5日前报局食品经营安全股。
联系人：蒲晓雯，电话：0739-6812254。
附件：1.散装白酒酒坛标签检查记录表
2.专项检查情况汇总表
崀川县市场监督管理局
2024年9月3日
抄送：县商务局，县酒业协会。
崀川县市场监督管理局办公室　2024年9月3日印发
""",
    ),
    dict(
        slug="gov-chiling-announcement-padded-jackets-table",
        site="茌岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.chiling.gov.cn/zwgk/fdzdgknr/shjz/202412/t20241203_118320.html",
        title="茌岭县民政局关于2024年冬季为困难群众发放棉袄的公告",
        record_title="茌岭县民政局关于2024年冬季为困难群众发放棉袄的公告 ‖ 政务公开 ‖ 茌岭县政府网",
        date="2024-12-02",
        date_also=["2024-12-03"],
        notes=(
            "a county portal text page: 关怀版/读屏 row, breadcrumb, a source and 公开日期 line differing from the "
            "成文日期; a distribution table; the document's own 监督电话 next to the portal's contact line"
        ),
        page="""
!m 茌岭县人民政府门户网站
!a 关怀版 ｜ 读屏 ｜ 简/繁
!m 首页 ▷ 政务公开 ▷ 法定主动公开内容 ▷ 社会救助
{T}
!m 信息来源：县民政局　　公开日期：2024-12-03　　浏览量：726
!a 【字号 大 中 小】　【打印此页】　【关闭此页】
{BODY}
!l 分享到：微信 微博 QQ空间
!m 主办：茌岭县人民政府办公室　承办：茌岭县大数据中心
!m 网站联系电话：0731-6538000　网站标识码：4311270021　湘ICP备05009826号
""",
        body="""
为切实保障困难群众温暖过冬，县民政局联合县慈善总会开展2024年冬季送温暖活动，为全县特困供养人员、低保家庭中的老年人和重度残疾人统一发放棉袄。现将有关事项公告如下。
一、发放数量
乡镇　发放对象（人）　棉袄（件）
萆溪镇　318　318
巉石镇　276　276
潴塘乡　194　194
二、发放时间和方式
12月5日至12月20日，由各乡镇民政办组织村（社区）干部逐户送达，行动不便的对象由网格员上门代为试穿、调换尺码。
三、监督电话
对发放工作有意见建议的，请拨打县民政局监督电话0731-6538120。
茌岭县民政局
2024年12月2日
""",
    ),
    dict(
        slug="news-langchuan-iron-curtain-hooks-html",
        site="崀川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lcxww.com/xw/bd/2025-01/09/content_226418.html",
        title="郛口镇铁艺门帘钩走俏年货市场",
        record_title="郛口镇铁艺门帘钩走俏年货市场 · 崀川新闻网",
        date="2025-01-09",
        notes=(
            "a county news portal: an app prompt glued before the lead's first words, a photo caption between "
            "paragraphs, an editor/reviewer line glued after the last 。, a 24-hour list and an ad slot; the "
            "byline's 发布时间 is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>郛口镇铁艺门帘钩走俏年货市场 · 崀川新闻网</title>
<script>var _czc=_czc||[];</script>
</head><body>
<div class="top"><a href="/">⟦m 崀川新闻网⟧</a><span>⟦m 崀川县融媒体中心主办⟧</span><a href="/app/">⟦a 下载崀川新闻客户端⟧</a></div>
<div class="nav">⟦m 本地 | 时政 | 乡镇 | 民生 | 视频 | 专题⟧</div>
<div class="crumb">⟦m 崀川新闻网 » 本地 » 乡镇动态⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-01-09 08:30　来源：崀川日报　记者：卢思远⟧</div>
<div class="tools">⟦a 听本文　|　大字　|　小字⟧</div>
<div class="content">
{BODY}
</div>
<div class="adslot">⟦a 广告位招租 0739-6866007⟧</div>
<div class="side"><h3>⟦l 二十四小时热榜⟧</h3><ol><li>⟦l 崀川至灏城城际公交开通⟧</li><li>⟦l 县城新增两处便民停车场⟧</li><li>⟦l 浞河镇柑橘喜获丰收⟧</li></ol></div>
<div class="foot">⟦d 崀川新闻网原创稿件，转载须注明出处并经书面授权⟧<br>⟦m 互联网新闻信息服务许可证：43120190017⟧</div>
</body></html>
""",
        body="""
⟦a 打开崀川新闻APP，看更多本地资讯⟧本报讯（记者 卢思远 通讯员 岑芳）腊月将近，崀川县郛口镇的铁艺作坊里炉火正旺。
“今年光门帘钩就接了八千多套订单，比去年翻了一番。”作坊主陶德海一边给刚成型的钩子淬火，一边告诉记者。郛口打铁的手艺传了好几代，过去主要打农具，这几年转做门帘钩、窗钩这样的小五金，样式有如意头、葫芦头、蝙蝠纹等二十多种。
⟦m 图为郛口镇铁艺作坊工人正在给门帘钩打磨抛光。记者 卢思远 摄⟧
镇里牵线电商服务站，帮作坊开了网店，挂上“郛口铁艺”的统一标识。据统计，今年全镇门帘钩销售额预计突破300万元，带动120多名村民在家门口就业。
镇党委负责人表示，下一步将申请注册集体商标，建设铁艺展示馆，让老手艺焕发新活力。⟦m （编辑：黄蕾　审核：岑立新）⟧
""",
    ),
    dict(
        slug="news-haocheng-student-fly-trap-award",
        site="灏城在线 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.haochengzx.com/jy/2025/0618/331907.shtml",
        title="灏城一中学生自制太阳能捕蝇笼获省青少年科技创新大赛一等奖",
        record_date="2025-06-18",
        date="2025-06-18",
        notes="record title and date as is; a listen/font-size row, a photo caption between paragraphs, an editor line, a 24-hour list and a news hotline",
        page="""
!m 灏城在线 · 新闻中心
!m 首页 > 教育 > 校园新闻
{T}
!m 2025-06-18 10:42　来源：灏城在线　作者：童慧
!a 听新闻　｜　A+　A-　｜　转给朋友
{BODY}
!m 责任编辑：殷子墨
!l 24小时热点
!l 1 灏城地铁3号线南延段开通试运营
!l 2 市区新增5处口袋公园
!l 3 今夏首个高温橙色预警发布
!d 灏城在线刊发的原创稿件，未经许可不得转载、摘编或建立镜像。
!m 灏城在线 版权所有　新闻热线：0730-8866100
""",
        body="""
日前，第三十九届省青少年科技创新大赛结果揭晓，灏城市第一中学高二学生韦一鸣、柯瑶设计的“太阳能双诱捕蝇笼”获得创新成果类一等奖。
两名同学在暑假社会实践中发现，菜市场里的捕蝇笼诱饵容易发臭，苍蝇进去后还会顺着缝隙飞出来。他们给捕蝇笼加装了小型太阳能板，白天用紫外灯和气味双重引诱，笼口改为单向倒锥形，苍蝇进得去、出不来。
⟦m 图：韦一鸣（右）和柯瑶在调试捕蝇笼。通讯员供图⟧
指导老师介绍，这款捕蝇笼在学校食堂和附近两家农贸市场试用了两个月，平均每只每天可捕蝇300只以上，成本不到60元。目前，两名同学正在申请实用新型专利。
""",
    ),
    dict(
        slug="forum-shiyi-old-wine-jars-jammer-html",
        site="拾遗论坛 (invented, Discuz-like collectors' forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.shiyi-laowu.com/thread-392817-1-1.html",
        title="老屋里翻出三只老酒坛，求懂行的看看年代",
        record_title="[藏友晒宝] 老屋里翻出三只老酒坛，求懂行的看看年代（内有六张图）- 老物件 - 拾遗论坛",
        date=None,
        notes=(
            "a Discuz-like collectors' forum: jammer-font junk glued after 。 and on a line of its own, a rating "
            "row, a signature, replies; the post time is relative (no date)"
        ),
        page="""
<html><head><meta charset="gbk">
<title>[藏友晒宝] 老屋里翻出三只老酒坛，求懂行的看看年代（内有六张图）- 老物件 - 拾遗论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head><body>
<div id="toptb">⟦m 拾遗论坛⟧　<a href="member.php?mod=register">⟦a 立即注册⟧</a>　<a href="member.php?mod=logging">⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 拾遗论坛 › 藏品交流 › 老物件 › 查看帖子⟧</div>
<div class="hm">⟦m 浏览：3126 ｜ 跟帖：28⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 守着老屋的人⟧</div><p>⟦m 帖子 214　精华 2　积分 1760⟧</p></td>
<td class="plc">
<h1 id="thread_subject">⟦t [藏友晒宝] 老屋里翻出三只老酒坛，求懂行的看看年代（内有六张图）⟧</h1>
<div class="authi">⟦m 发表于 昨天 21:36 ｜ 只看该作者 ｜ 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_918220">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6　｜　藏品币 +12　｜　查看全部评分⟧</div>
<div class="sign">⟦m 签名：老物件不说话，却记得一家人的日子⟧</div>
<div class="po">⟦a 回复　引用　收藏　顶一下⟧</div>
</td></tr></table>
<div class="pl">⟦l 2# 瓷言瓷语：坛肩印花这种，一般是民国到五六十年代的，封泥先别动⟧</div>
<div class="pl">⟦l 3# 老窑头：看图像是本地窑口的，不值大钱，但很有念想⟧</div>
<div id="f_pst">⟦a 登录之后才能跟帖　登录 ｜ 注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　拾遗论坛 ( 皖ICP备18027715号 )⟧</div>
<script src="static/js/common.js?Y7b"></script>
<script>var tid=392817;</script>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
前几天回浞河镇老家收拾老屋，在柴房角落里翻出三只酒坛，都用黄泥封着口，外面裹着一层稻草绳。
大的那只能装五十斤左右，坛肩上有一圈印花，印着一个“福”字。两只小的素面无纹，釉色是那种发黑的酱色，底下有个模糊的戳记，只认得出一个“郛”字。
问了家里老人，说是太爷爷那辈传下来的，以前家家户户都用这种坛子装米酒、腌咸菜。坛口的封泥我没敢动，怕里面还有东西。
想请懂行的朋友帮着看看，大概是什么年代的？封泥要不要打开，打开前要注意什么？先谢过各位了。
""",
    ),
    dict(
        slug="forum-jujia-clothes-clip-marks-junk",
        site="居家生活论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.jujiashenghuo.net/thread-77310-1-1.html",
        title="晒衣夹总把衣服夹出印子？试试这几招",
        record_title=None,
        date=None,
        notes="no record title: the thread subject on the page; forum junk on lines of its own and glued after 。; replies; relative post time (no date)",
        page="""
!m 居家生活论坛 › 生活妙招 › 浏览帖子
!m 查看：4028　|　回复：37
{T}
!m 楼主：豆包妈　Lv.5 持家能手　发表于 3 天前
!a 只看楼主 ｜ 倒序 ｜ 跳到楼层
{BODY}
!a 觉得有用就点个赞吧 👍 174
!l 沙发　晒太阳的猫：收藏了，我家毛衣全是夹子印
!l 板凳　老周：第三招好，以前都不知道
!a 发帖需要先登录，还没有账号？注册一个吧
!m 居家生活论坛　Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=2),
        body="""
晒衣夹用久了，衣服上总会留下两道印子，毛衣、针织衫尤其明显。试了好多办法，总结几招给大家参考。
第一招，毛衣不要夹肩膀，对折搭在晾衣杆上，再用晒衣夹夹住下摆，印子就落在不显眼的地方。
第二招，夹子口垫一小块旧毛巾或者纱布，受力分散了，印子会浅很多。
第三招，买那种夹口带软胶垫的晒衣夹，贵一点，但是不伤衣服。
第四招，衣服快干的时候换个位置夹一下，不要一个地方夹到底。
最后提醒一句，塑料晒衣夹在太阳底下晒久了会发脆，最好一两年换一批。不然容易断，还可能把衣服刮破。
""",
    ),
]
