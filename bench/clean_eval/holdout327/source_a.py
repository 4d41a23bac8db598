"""holdout327, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, site, place, person, number and URL here is invented and written by hand for
this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-mohe-speech-brush-industry-gb2312",
        site="墨禾范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mohefw.com/jianghua/chanye/2025/0402/51876.html",
        title="在全县化妆刷产业发展推进会上的讲话",
        record_title="【讲话范本·产业篇】在全县化妆刷产业发展推进会上的讲话（3篇可改）_墨禾范文网",
        date="2025-03-18",
        date_also=["2025-04-02"],
        notes="old gb2312 table page with a marquee, a reading-settings row, a floating QQ box, a hot list and a "
        "visitor counter; date under the speech title, the site's posting date also accepted; speaker line neutral; "
        "a ghost-writer prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话范本·产业篇】在全县化妆刷产业发展推进会上的讲话（3篇可改）_墨禾范文网</title>
<meta name="keywords" content="化妆刷,产业,讲话稿,推进会">
<link href="/css/mh2012.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mh_count.js"></script>
<script language="javascript">function fontZoom(n){document.getElementById('zoom').style.fontSize=n+'px';}</script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/img/logo.gif" alt="墨禾范文网">⟦m 墨禾范文网　笔下有禾，案头有墨⟧</td>
<td align="right">⟦a <a href="#">设为首页</a> ┆ <a href="#">收入书签</a> ┆ <a href="/wap/">手机访问</a>⟧</td></tr>
</table>
<table width="960" align="center" class="nav"><tr>
<td>⟦m <a href="/">首　页</a> <a href="/jianghua/">领导讲话</a> <a href="/zongjie/">总结汇报</a> <a href="/xinde/">心得感悟</a> <a href="/fangan/">计划方案</a> <a href="/gongwen/">公文写作</a>⟧</td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 墨禾范文网每天更新范文三百篇，会员下载不限次数，欢迎投稿分享⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="690" valign="top">
<div class="weizhi">⟦m 当前位置：<a href="/">墨禾范文网</a> &raquo; <a href="/jianghua/">领导讲话</a> &raquo; <a href="/jianghua/chanye/">产业发展讲话</a>⟧</div>
<h1 align="center">⟦t 【讲话范本·产业篇】在全县化妆刷产业发展推进会上的讲话（3篇可改）⟧</h1>
<div class="info" align="center">⟦m 发布：2025-04-02　　栏目：产业发展讲话　　人气：1873　　来稿：禾下客⟧</div>
<div class="zihao" align="center">⟦a 阅读设置：【特大】【大】【中】【小】【护眼底色】⟧</div>
<div id="zoom">
<p align="center"><b>{T}</b></p>
<p align="center">（2025年3月18日）</p>
<p align="center">县委副书记、县长　祁文澜</p>
{BODY}
</div>
<div class="down">⟦a <a href="/down/51876.html">下载本篇Word文档（三篇打包）</a>⟧</div>
<div class="sxp">⟦l 上一篇：全县电商产业园招商推介会致辞⟧<br>⟦l 下一篇：在县域特色产业集群发展座谈会上的发言⟧</div>
</td>
<td width="260" valign="top" class="right">
<div class="tit">⟦l 本周阅读排行⟧</div>
<ul>
<li>⟦l 1.在全县工业经济运行调度会上的讲话⟧</li>
<li>⟦l 2.镇长在产业招商动员会上的讲话提纲⟧</li>
<li>⟦l 3.县长在民营企业座谈会上的讲话（两篇）⟧</li>
<li>⟦l 4.在特色小镇建设现场推进会上的讲话⟧</li>
</ul>
<div class="tit">⟦m 站长信箱：mohefw_zz@qq.com⟧</div>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:8px;top:220px">⟦w 原创讲话稿定制　QQ：2931408657　当天交稿⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 本站范文源自网友投稿与公开资料，仅作写作参考，不得整篇照搬用于正式场合。⟧<br>
⟦m Copyright 2011-2025 墨禾范文网 www.mohefw.com　湘ICP备11082736号⟧<br>
⟦m 您是本站第 <span id="cnt">0927351</span> 位来访者⟧
</td></tr></table>
<script language="javascript">mh_count(51876);</script>
</body>
</html>
""",
        body="""
同志们：
今天我们召开全县化妆刷产业发展推进会，主要是总结去年产业发展情况，部署今年重点工作。纴口镇做化妆刷已有三十多年，从最早的家庭作坊发展到现在的规模企业，全县从业人员超过一万二千人，去年产值达到二十一亿元。
一、正视短板。我们的刷子大多是贴牌生产，自有品牌不到一成；个别作坊仍在使用来源不明的动物毛，质量纠纷时有发生。⟦w 写讲话稿没思路？墨禾代笔，加微信 mohe_bi2025⟧
二、抓好三件事。一要建标准，县市场监管局牵头制定刷毛、刷杆、胶合三项团体标准；二要育品牌，对新注册商标并入驻电商平台的企业给予奖励；三要保安全，胶合、喷漆工序必须做到通风除尘。
同志们，一把小小的化妆刷，连着上万个家庭的饭碗。希望大家拿出干劲，把这个产业做精做强！
""",
    ),
    dict(
        slug="fanwen-wenwei-insight-teller-finger-cots",
        site="文蔚范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wenweifw.cn/xinde/peixun/73310.html",
        title="参加柜面点钞技能培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record; the page's title line comes after a column line; no date (only an update "
        "stamp); a like/collect row glued after a sentence and a ghost-writer line between paragraphs",
        page="""
!m 文蔚范文库 — 每一篇都来自一线
!m 首页 ＞ 心得体会 ＞ 培训心得 ＞ 正文
{T}
!m 更新于 2天前　｜　字数 412　｜　浏览 2.6万
!a 一键复制　　生成Word　　分享给同事
{BODY}
!a 未登录用户只能浏览前半篇，登录文蔚账号即可阅读全文
!l 同栏目推荐
!l ◇ 新入职柜员岗前培训心得（三篇）
!l ◇ 银行业务技能比赛获奖感言
!l ◇ 网点厅堂服务培训学习体会
!d 文蔚范文库内容由作者投稿，著作权归作者本人，转载请注明出处。
!m © 文蔚范文库 wenweifw.cn　蜀ICP备20017342号
""",
        indent="\u3000\u3000",
        body="""
上个月，分行组织新入职柜员参加为期一周的点钞技能培训，我是其中一员。培训第一天，教练给每人发了一盒橡胶指套，说手指干了捻不开钞票，戴上指套才能又快又准。
刚开始我很不习惯，指套戴得太紧，半小时手指就发麻；戴得太松，点到一半就滑下来。教练告诉我们，指套要选和食指粗细相当的号码，套到第二个指节就够了，每天下班前用清水洗净晾干。⟦a 【点个赞】【收进我的文档】⟧
⟦w 需要原创心得？添加VX：wenwei_xd88，一对一撰写⟧
一周下来，我的单指单张从每分钟一百二十张提高到两百一十张，差错为零。我体会到，基本功没有捷径，就像这小小的指套，看着不起眼，用对了才能事半功倍。
今后我会坚持每天练习，把准确放在速度前面，做一名让客户放心的柜员。
""",
    ),
    dict(
        slug="wenku-yunzhang-research-finger-cots-pdf",
        site="云章文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yunzhangwk.com/view/7fd2c0a91e34.html",
        title="关于全县电子企业防静电指套使用情况的调研报告",
        record_title="关于全县电子企业防静电指套使用情况的调研报告.pdf",
        date="2024-11-20",
        notes="文库 reader: viewer toolbar, marker paragraphs '⌀ n ⌀' between the halves of cut paragraphs, a "
        "monthly-card lock and a pay box; file-name record title; date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县电子企业防静电指套使用情况的调研报告.pdf - 云章文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.yunzhangwk.com/reader/v5/reader.min.js"></script>
<script>window.__DOC__={id:"7fd2c0a91e34",pages:5,free:2};</script>
<link rel="stylesheet" href="https://static.yunzhangwk.com/reader/v5/reader.css">
</head>
<body>
<header class="yz-top">
<a class="logo" href="/">⟦m 云章文库 · 千万文档随心查⟧</a>
<nav>⟦m <a href="/">首页</a> <a href="/c/gongwen">公文报告</a> <a href="/c/jiaoyu">教育资料</a> <a href="/c/hangye">行业资料</a>⟧</nav>
<div class="user">⟦a <a href="/login">登录</a> / <a href="/reg">注册领会员</a>⟧</div>
</header>
<div class="doc-head">
<h1>⟦t 关于全县电子企业防静电指套使用情况的调研报告.pdf⟧</h1>
<p class="meta">⟦m 上传者：骔山工会小李　　上传时间：2024-12-03　　5页　　大小：386KB　　浏览 1204⟧</p>
<div class="toolbar">⟦a 放大　缩小　全屏阅读　下载　加入文件夹⟧</div>
</div>
<div class="reader">
<div class="page-text">
{BODY}
</div>
</div>
<div class="lock">⟦a 开通月卡，本文及全站文档免费读⟧</div>
<div class="pay">⟦a 单篇下载￥6.80　　月卡￥19.9/30天⟧ <button>⟦a 微信支付⟧</button></div>
<aside class="rel">
<h3>⟦l 看过这篇的人还看了⟧</h3>
<ul>
<li>⟦l 电子车间防静电管理规定.doc⟧</li>
<li>⟦l 关于职工劳动防护用品发放情况的调研.pdf⟧</li>
<li>⟦l 工会劳动保护监督检查报告范文⟧</li>
</ul>
</aside>
<footer>
<p>⟦d 文库所有文档由用户自主上传，云章文库仅提供存储服务，如有侵权请提交申诉。⟧</p>
<p>⟦m ©2025 云章文库 yunzhangwk.com　粤ICP备21063318号-3⟧</p>
</footer>
<script>YZReader.init(window.__DOC__);</script>
</body>
</html>
""",
        p_html='<p class="yz-line">{}</p>',
        pages=dict(fmt="⌀ {n} ⌀", every=120, start=2),
        body="""
为了解电子企业一线员工劳动防护用品配备情况，县总工会于今年10月对全县14家电子装配企业开展了防静电指套使用情况专题调研，发放问卷620份，收回有效问卷587份。现将调研情况报告如下。
一、基本情况。14家企业均为装配、检测岗位配发了防静电指套，其中9家按班次发放，5家按周发放。受访员工中，71.4%认为指套能有效防止指纹污染和静电击穿元件。
二、存在问题。一是部分企业为节约成本采购廉价指套，弹性差、易破损；二是有23.6%的员工反映长时间佩戴后手指潮湿、起皮；三是废弃指套与生活垃圾混放，没有集中收集。
三、几点建议。企业应按岗位需要选用合格指套，每两小时安排一次脱套休息，并设置废弃指套回收桶。各基层工会要把指套配发情况纳入劳动保护监督检查内容。
骔山县总工会
2024年11月20日
""",
    ),
    dict(
        slug="wenku-xuehai-plan-floss-wrapped-glued-markers",
        site="学海拾贝文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://wk.xuehaishibei.net/p-60418837.html",
        title="鲃川县第二实验小学“护齿小卫士”牙线使用推广活动方案",
        record_title="鲃川县第二实验小学“护齿小卫士”牙线使用推广活动方案.docx",
        date="2025-03-04",
        notes="文库 preview text hard-wrapped at 62 columns, page markers '⍕n⍕' glued to the start of the line that "
        "continues a cut sentence; file-name record title; 成文日期 under the signature; example dates in the body",
        page="""
!m 学海拾贝文库
!t 鲃川县第二实验小学“护齿小卫士”牙线使用推广活动方案.docx
!m 页数：3　　格式：DOCX　　贡献者：lan****07　　收录时间：2025-03-11
!a 全文下载（需8积分）　　放入我的书架　　举报
{T}
{BODY}
!a 免费预览已到末页，解锁剩余1页请支付 2.5 元
!a ▶ 扫码支付　　▶ 领券下载
!d 本文档为网友共享，学海拾贝文库不保证其准确性，侵权内容请联系客服下架。
!l 你可能还需要：小学口腔健康教育活动总结.docx　｜　爱牙日主题班会教案.pptx
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⍕{n}⍕", every=100, start=2, glue=True),
        body="""
为落实儿童口腔健康行动要求，帮助学生养成饭后清洁牙缝的习惯，学校决定在四至六年级开展“护齿小卫士”牙线使用推广活动，特制定本方案。
一、活动时间：2025年3月10日至6月20日。
二、活动内容。（一）请县口腔医院医生进校授课，示范牙线的取用长度、缠绕手法和在牙缝中上下刮动的动作。（二）每班设一个“护齿角”，放置独立包装的牙线棒，午饭后由值日生分发，用后统一投入有盖垃圾桶。（三）开展“21天护齿打卡”，由家长在家监督孩子晚间使用牙线。
三、工作要求。班主任要关注学生牙龈出血等情况，及时告知家长；严禁学生把牙线棒带出教室玩耍。
鲃川县第二实验小学
2025年3月4日
""",
    ),
    dict(
        slug="gov-chuanxi-notice-brush-ecommerce-index-table",
        site="荈溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chuanxi.gov.cn/zwgk/bmwj/swj/202504/t20250407_118204.html",
        title="荈溪县商务局关于组织化妆刷企业参加跨境电商实务培训的通知",
        record_title="荈溪县商务局关于组织化妆刷企业参加跨境电商实务培训的通知_部门信息_荈溪县人民政府",
        date="2025-04-03",
        date_also=["2025-04-07"],
        notes="county portal: 长辈版/读屏 links, 索引号 table (the 文号 cell unmarked, neutral), a 纠错 hotline and a "
        "12345 line in the footer beside the notice's own contact, mailbox, 附件 list and 抄送 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>荈溪县商务局关于组织化妆刷企业参加跨境电商实务培训的通知_部门信息_荈溪县人民政府</title>
<meta name="SiteName" content="荈溪县人民政府">
<meta name="ColumnName" content="部门文件">
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/cx_ageing.js"></script>
</head>
<body>
<div class="cx-topbar">⟦a <a href="#">长辈版</a> <a href="#">读屏专用</a> <a href="#">无障碍浏览</a>⟧ ⟦m 今天是：2025年4月9日 星期三⟧</div>
<div class="cx-banner"><img src="/images/banner.jpg" alt="">⟦m 荈溪县人民政府　茶乡荈溪 刷都纴口⟧</div>
<ul class="cx-nav"><li>⟦m 首页⟧</li><li>⟦m 走进荈溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="cx-path">⟦m 您所在的位置：首页 › 政务公开 › 部门文件 › 县商务局⟧</div>
<table class="cx-index">
<tr><td>⟦m 索引号：431128-CX06-2025-00041⟧</td><td>⟦m 发布机构：荈溪县商务局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 成文日期：2025-04-03⟧</td></tr>
<tr><td>文号：荈商发〔2025〕12号</td><td>⟦m 发布日期：2025-04-07⟧</td></tr>
</table>
<div class="cx-article">
<h2>{T}</h2>
<div class="cx-tools">⟦a 【字号 大 中 小】 【打印本页】 【关闭窗口】⟧ ⟦m 浏览次数：<span id="pv">386</span>⟧</div>
<div class="cx-content">
{BODY}
</div>
<div class="cx-att">⟦a 附件下载：1.培训报名表.xlsx　2.培训日程安排.pdf⟧</div>
<div class="cx-share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="cx-related"><h4>⟦l 相关文件⟧</h4>
<p>⟦l 荈溪县支持化妆刷产业转型升级若干措施⟧</p>
<p>⟦l 关于申报2025年度外贸发展专项资金的通知⟧</p></div>
<div class="cx-footer">
<p>⟦m 主办：荈溪县人民政府办公室　承办：荈溪县政务服务和数据管理局⟧</p>
<p>⟦m 网站纠错电话：0736-5823001　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备05008163号　湘公网安备43112802000117号　网站标识码4311280003⟧</p>
</div>
<script>cxAgeing.init();</script>
</body>
</html>
""",
        body="""
各乡镇人民政府，县化妆刷行业协会，各有关企业：
为帮助我县化妆刷企业拓展海外市场，县商务局定于2025年4月15日至16日在纴口镇电商产业园举办跨境电商实务培训，现将有关事项通知如下。
一、培训对象：全县化妆刷生产和贸易企业负责人、电商运营人员，每家企业不超过2人。
二、培训内容：海外平台开店规则、化妆刷类目合规认证、刷毛材质标注要求、跨境物流与出口退税。
三、报名方式：请各企业于4月10日前填写报名表，发送至县商务局外贸股邮箱。
联系人：冉思远　电话：0736-5823417　邮箱：waimaogu@chuanxi-sw.gov.cn
附件：1.培训报名表
2.培训日程安排
荈溪县商务局
2025年4月3日
抄送：县市场监督管理局，纴口镇人民政府。
""",
    ),
    dict(
        slug="gov-zongshan-bulletin-hand-cream-jar-labels",
        site="骔山县市场监督管理局网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.zongshan.gov.cn/xxgk/tzgg/202502/t20250220_40917.html",
        title="骔山县市场监督管理局关于护手霜产品包装标签抽查情况的通报",
        date="2025-02-18",
        date_also=["2025-02-20"],
        notes="record title as is; portal chrome in text; data table one row a paragraph; 成文日期 under the "
        "signature, the portal's 发布时间 also accepted",
        page="""
!m 骔山县市场监督管理局
!m 首页 / 信息公开 / 通知公告
{T}
!m 发布时间：2025-02-20 15:06　　信息来源：县局质量股　　访问量：274
!a 〖 放大 〗〖 缩小 〗〖 打印 〗〖 关闭 〗
{BODY}
!l 上一条：关于开展春季农资市场专项检查的通知
!l 下一条：2025年第一季度食品安全监督抽检信息公告
!m 骔山县市场监督管理局　地址：骔山县青杠路16号　邮编：427300
!m 投诉举报：12315　网站维护：0736-5845102
!m 湘ICP备12019377号-1
""",
        body="""
各市场监管所，各有关经营单位：
今年1月，县局对城区商超、美妆店和网店销售的护手霜开展包装标签专项抽查，共抽查36个批次，发现标签不合格9个批次，主要问题为罐体未标注净含量、限期使用日期只印在可丢弃的外盒上、罐盖与罐身批号不一致。现将部分不合格产品情况通报如下：
序号　产品名称　标称规格　主要问题
1　玫瑰润手霜（铁罐）　50g　罐体无净含量
2　羊脂护手膏（玻璃罐）　80g　限期使用日期仅印在外盒
3　蜂蜜手霜（塑料罐）　30g　罐盖与罐身批号不符
对上述产品，各所要责令经营者立即下架，并督促供货方限期整改。消费者购买护手霜时，请查看罐体上是否印有生产许可证编号和限期使用日期。
骔山县市场监督管理局
2025年2月18日
""",
    ),
    dict(
        slug="news-chuanxi-brush-workshop-automation",
        site="荈溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cxnews.com.cn/xyjj/2025-05/12/content_660218.html",
        title="纴口镇化妆刷作坊换上自动植毛机",
        record_title="纴口镇化妆刷作坊换上自动植毛机 - 县域经济 - 荈溪新闻网",
        record_date="2025-05-12",
        date="2025-05-12",
        notes="county news portal: app prompt glued before the lead, a listen button, a photo caption and an ad slot "
        "between paragraphs, an editor line glued after the last one, a 24-hour list; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>纴口镇化妆刷作坊换上自动植毛机 - 县域经济 - 荈溪新闻网</title>
<meta name="description" content="纴口镇十七家化妆刷企业完成设备升级">
<script async src="https://ad.cxnews.com.cn/slot.js"></script>
<script>var NEWS_ID=660218;</script>
</head>
<body>
<div class="top-bar">⟦m 荈溪新闻网　荈溪县融媒体中心主办⟧ ⟦a <a href="/app">下载“掌上荈溪”</a>⟧</div>
<nav class="channel">⟦m <a href="/">首页</a> <a href="/shizheng/">时政</a> <a href="/xyjj/">县域经济</a> <a href="/minsheng/">民生</a> <a href="/shipin/">视频</a>⟧</nav>
<div class="crumbs">⟦m 荈溪新闻网 > 县域经济 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-12 09:30　来源：荈溪日报　记者：阮清禾⟧</div>
<div class="listen">⟦a ▷ 听新闻　语速 1.0x⟧</div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈 ｜ 微博 ｜ 复制链接⟧</div>
</article>
<aside class="hot24">
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 县城新增三条夜间公交线路⟧</li>
<li>⟦l 荈溪春茶开采 头采价每斤八百元⟧</li>
<li>⟦l 纴口镇电商产业园入驻企业突破百家⟧</li>
</ol>
</aside>
<footer>
<p>⟦d 凡本网注明“来源：荈溪新闻网”的作品，未经授权不得转载、摘编。⟧</p>
<p>⟦m 新闻热线：0736-5821188　违法和不良信息举报：0736-5821199⟧</p>
<p>⟦m 互联网新闻信息服务许可证 43120220017　湘ICP备15003391号⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开掌上荈溪App，县里新鲜事早知道⟧本报讯（记者 阮清禾 通讯员 郑一苇）走进纴口镇澄光化妆刷厂，记者看到，过去要十几个工人手工完成的理毛、装毛工序，如今由两台自动植毛机接手，每分钟能装出四十个刷头。
厂长郑世平介绍，去年厂里投入一百二十万元改造生产线，次品率从百分之六降到百分之一点五，订单已经排到了今年七月。
⟦m 图为工人在检查刷头的装毛密度。阮清禾 摄⟧
目前，纴口镇已有十七家化妆刷企业完成设备升级，镇里还联合县职业中专开设植毛机操作班，首批三十名学员已经上岗。
⟦a 广告位招租 0736-5821166⟧
“刷子虽小，名堂不小。”镇党委书记许曼说，下一步将引导企业共用检测中心，把每一支刷子的品质做得更稳。⟦m （责任编辑：韩笑　审校：祝安）⟧
""",
    ),
    dict(
        slug="news-zongshan-jar-recycling-title-line",
        site="骔山在线 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zongshanzx.com/ms/2025/0116/77031.shtml",
        title="城区三家商超设立空护手霜罐回收箱",
        record_title=None,
        date="2025-01-16",
        notes="no title in the record; the title line under the channel line; 发布时间 byline as the page's date; a "
        "related-news link between paragraphs; a comment box and a hot list after",
        page="""
!m 骔山在线｜骔山人自己的新闻网
!m 频道：民生　＞　城事
{T}
!m 发布时间：2025-01-16 10:42　　来源：骔山在线　　作者：孔令溪
!a 字体：大　中　小　　　分享：朋友圈　微博
{BODY}
!a 本文已被 3 个县级媒体转载　点击查看转载来源
!l 网友评论（12）
!l 骔山网友 雪落无声：早该有了，家里一抽屉空罐。
!l 骔山网友 老街坊：玻璃罐能不能也收？
!l 我要评论　　　请文明发言
!l 热点排行：骔山县今冬首场降雪来了 · 县人民医院新门诊楼启用 · 青杠路改造完工
!m 骔山在线 版权所有　未经书面授权禁止转载　湘ICP备16022815号
""",
        body="""
近日，骔山县城区三家商超在收银台旁摆放了空护手霜罐回收箱，市民每投放五个空罐，可领取一支护手霜小样。
活动发起方、县再生资源协会工作人员介绍，护手霜罐多为铝罐、玻璃罐和塑料罐三类，混在生活垃圾里很难回收。集中回收后，铝罐送往铝材厂重熔，玻璃罐清洗后交给手工作坊做蜡烛杯。
⟦l 相关新闻：县城新增四百组分类垃圾桶⟧
活动开展一周，已回收空罐两千三百多个。市民谭女士说：“家里攒了一抽屉空罐，扔了可惜，现在总算有了去处。”
据了解，回收箱将保留到今年3月底，请市民投放前先把罐内残留的膏体擦拭干净。
""",
    ),
    dict(
        slug="forum-chuangyu-static-cling-tips-jammer",
        site="窗语生活论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.chuangyu-life.com/thread-408812-1-1.html",
        title="静电贴撕了三年不留印，说说我的几个小窍门",
        record_title="[窗台小事] 静电贴撕了三年不留印，说说我的几个小窍门 - 家居杂谈 - 窗语生活论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk inside the post, a rating row, a signature and replies; "
        "relative post time only (3 天前), no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[窗台小事] 静电贴撕了三年不留印，说说我的几个小窍门 - 家居杂谈 - 窗语生活论坛 - Powered by Discuz!</title>
<script src="static/js/common.js?R7k"></script>
<style>.jammer{color:#fff;font-size:0}</style>
</head>
<body>
<div id="toptb">⟦a <a href="member.php?mod=logging">登录</a> <a href="member.php?mod=register">注册新账号</a> <a href="#">找回密码</a>⟧</div>
<div id="hd">⟦m 窗语生活论坛 · 把家过成喜欢的样子⟧</div>
<div id="pt">⟦m 窗语生活论坛 › 家居生活 › 家居杂谈 › 帖子详情⟧</div>
<div class="ts"><h1>⟦t [窗台小事] 静电贴撕了三年不留印，说说我的几个小窍门⟧</h1>⟦m 查看: 5216 ｜ 回复: 47⟧</div>
<table id="pid901"><tr>
<td class="pls">⟦m 窗台上的猫⟧<br>⟦m 帖子 812　积分 3390　家居达人⟧</td>
<td class="plc">
<div class="authi">⟦m 发表于 3 天前 ｜ 只看该作者 ｜ 电梯直达⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_901">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 9　　热心 +18　　收起 理由⟧</div>
<div class="sign">⟦m 签名：窗明几净，岁岁平安。⟧</div>
<div class="po">⟦a 回复 ｜ 收藏 ｜ 支持 ｜ 举报⟧</div>
</td></tr></table>
<div class="post-reply">⟦l 沙发 我家阿狸　3 天前：喷水这招太好用了，气泡全没了⟧</div>
<div class="post-reply">⟦l 板凳 楠木小屋　2 天前：南窗外侧确实别贴，我家的晒成了脆片⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没有账号？马上注册⟧</div>
<div id="ft">⟦m 窗语生活论坛 ( 浙ICP备18033615号-2 )｜Archiver｜手机版⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
去年冬天家里换了一批窗户静电贴，不少朋友问我怎么贴得又平又不留印，今天统一回复一下。
第一，贴之前一定要把玻璃擦干净，最后用不掉毛的布蘸清水再过一遍。玻璃上有油膜的话，静电贴吸不牢。
第二，静电贴本身不带胶，靠的是贴膜和玻璃之间的吸附。往喷壶里装点清水喷在玻璃上，再把贴纸从一边往另一边刮平，气泡就跑掉了。
第三，别贴在太阳直晒的南窗外侧，暴晒一个夏天会变硬发黄，撕的时候容易碎。
第四，撕下来的静电贴别扔，卷回原来的底纸上，明年春节还能再用。
有问题楼下问，看到都会回。
""",
    ),
    dict(
        slug="forum-kanglehui-floss-month-junk-text",
        site="康乐汇论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.kanglehui.net/viewthread.php?tid=220947",
        title="用了一个月牙线，说说真实感受",
        record_title="【护牙打卡】用了一个月牙线，说说真实感受（码字不易） - 健康茶座 - 康乐汇论坛",
        date=None,
        notes="forum thread as text: anti-scraping junk as lines and glued after 。; a poster's 'edited' aside; "
        "relative post time (昨天), no date",
        page="""
!m 康乐汇论坛 - 健康从每一天开始
!m 论坛首页 » 健康茶座 » 帖子
!t 【护牙打卡】用了一个月牙线，说说真实感受（码字不易）
!m 楼主：半夏微凉　　发表于 昨天 22:17　　｜　阅读 1388　回复 26
!m 本帖最后由 半夏微凉 于 昨天 22:40 修改过
{BODY}
!a 顶 ｜ 踩 ｜ 收藏本帖 ｜ 举报不良信息
!l 2# 清风徐来：坚持就是胜利，我也用了半年了
!l 3# 牙医小周：手法没问题，点个赞
!l 4# 二月兰：请问卷装的哪个牌子好用？
!a 回帖请先登录　　还没注册？点此注册康乐汇账号
!m 康乐汇论坛　Powered by PHPWind　桂ICP备19005520号
""",
        junk=dict(lines=2, glued=2),
        body="""
以前总觉得牙线是牙医才用的东西，直到上次洗牙，医生说我后槽牙缝里的牙结石比别人多，建议每天用牙线。
刚开始用的是带柄的牙线棒，方便是方便，就是够不着最里面的大牙。后来换成卷装牙线，扯四十厘米左右，两头绕在中指上，用食指和拇指绷紧，贴着牙面呈C字形上下刮。
前一个星期牙龈一直出血，我差点放弃，查了资料才知道这是牙龈有炎症的表现，坚持下去会好转。果然到第十天左右就不出血了。
现在我每晚刷牙前用一次，一卷五十米的牙线能用两个多月。给还没开始用的朋友一个建议：别用力往下压，慢慢拉进去就行。
""",
    ),
]
