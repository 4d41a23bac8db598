"""holdout231, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: TV set-top boxes, network cables, monitors, ink
cartridges, USB flash drives.
"""

CASES = [
    dict(
        slug="bifeng-speech-stb-upgrade-gb2312",
        site="笔峰公文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bifenggw.com/jianghua/guangdian/2024/1108/3371.html",
        title="在全县直播卫星机顶盒升级换代工作推进会上的讲话",
        record_title="【领导讲话荟编】在全县直播卫星机顶盒升级换代工作推进会上的讲话（两篇供选）_笔峰公文网",
        date="2024-11-05",
        notes="old table layout with a marquee, a font row, a floating ghost-writer QQ box, a monthly hot list and a visitor counter; date under the speech title; speaker line neutral; a ghost-writer line between paragraphs and a collect link glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【领导讲话荟编】在全县直播卫星机顶盒升级换代工作推进会上的讲话（两篇供选）_笔峰公文网</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="toplink"><a href="#">⟦a 把笔峰设为浏览器首页⟧</a> | <a href="#">⟦a 收进我的收藏夹⟧</a> | <a href="/about/contact.asp">⟦m 站长信箱⟧</a></td></tr>
<tr><td><marquee scrollamount="3">⟦m 笔峰公文网欢迎您：讲话、总结、方案、心得，天天上新，篇篇可改⟧</marquee></td></tr>
<tr><td class="nav"><a href="/">⟦m 网站首页⟧</a>　<a href="/jianghua/">⟦m 讲话致辞⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/fangan/">⟦m 计划方案⟧</a>　<a href="/xinde/">⟦m 心得体会⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 所在栏目：笔峰公文网 &gt;&gt; 讲话致辞 &gt;&gt; 广电宣传类讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center" class="info">⟦m 录入：笔峰小编　人气：1864　更新：2024-11-08⟧</td></tr>
<tr><td align="center" class="font">⟦a 〖字号调节：超大 适中 偏小〗〖背景：米黄 淡绿 纯白〗⟧</td></tr>
<tr><td align="center">（2024年11月5日）</td></tr>
<tr><td align="center">县委常委、副县长　龚立新</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a 【本页打印】　【关闭本页】　【回到顶端】⟧</td></tr>
<tr><td>⟦l 上一篇文章：乡镇文化站站长在全县文化工作会上的表态发言⟧</td></tr>
<tr><td>⟦l 下一篇文章：全县广播电视安全播出工作会议主持词⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" class="side"><tr><td class="sidetitle">⟦l 本月阅读排行⟧</td></tr>
<tr><td>⟦l ·广电网络整合工作动员讲话⟧</td></tr>
<tr><td>⟦l ·应急广播体系建设推进会讲话⟧</td></tr>
<tr><td>⟦l ·农家书屋提质增效工作汇报⟧</td></tr>
</table>
</td>
</tr>
</table>
<div id="floatqq">⟦w 材料赶不出来？笔峰老师帮您写　QQ：2873301946⟧</div>
<table width="960" align="center"><tr><td class="foot">
⟦d 本站文章均来自网友投稿及公开资料整理，仅供写作参考，转载请保留出处⟧<br>
⟦m 笔峰公文网　bifenggw.com　湘ICP备15087319号⟧<br>
⟦m 您是本站第 0038271 位访客⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开这次推进会，主要是小结前一阶段全县直播卫星机顶盒升级换代工作，部署下一步任务。刚才，县文旅广体局通报了进度，筢口镇、灈水镇作了发言，我都同意。
一、看清进度，正视短板
截至10月底，全县应换机顶盒1.86万台，已完成1.21万台，完成率65%。但各乡镇进度不平衡，偏远山区还有不少老人不会操作新机顶盒，有的换了以后又收不到节目。⟦a 【收藏本篇】⟧
⟦w 整篇原稿及配套汇报材料，请加笔峰QQ 2873301946获取⟧
二、盯住重点，倒排工期
各乡镇要按户建立台账，11月底前完成剩余换装任务。县广电网络公司要组建6支上门服务队，对独居老人、脱贫户逐户调试，把遥控器怎么用教会、教懂。
三、压实责任，守住底线
换装工作不得向群众收取任何费用，旧机顶盒由乡镇统一回收登记。县纪委监委要跟进监督，对搭车收费、虚报进度的严肃处理。
同志们，让群众看上好节目是一件实事。希望大家抓紧抓实，确保年底前圆满收官。
""",
    ),
    dict(
        slug="yiwei-insight-ink-saving-training",
        site="一苇范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yiweifw.cn/xinde/peixun/52806.html",
        title="参加办公耗材节约使用培训的心得体会",
        record_title="参加办公耗材节约使用培训的心得体会【原创首发】 - 一苇范文网",
        date=None,
        notes="decorated record title; no date (an update stamp and a relative time only); a ghost-writer WeChat glued after a sentence, a recommendation line between paragraphs",
        page="""
!m 一苇范文网 · 一篇好范文，省你半天工
!m 当前：首页 ＞ 心得体会 ＞ 培训心得
!t 参加办公耗材节约使用培训的心得体会【原创首发】
!m 小苇整理　｜　更新于3天前　｜　已有2058人看过
!a 复制全文请先登录　｜　导出Word　｜　纠错
{BODY}
!a 本篇共1页，会员可一键生成同主题新稿
!l 看过本文的人还看了：
!l ①节约型机关创建活动心得体会
!l ②政府采购业务培训学习体会
!l ③办公室主任岗位培训心得
!d 一苇范文网所载文章仅供学习借鉴，禁止整篇抄袭用于评比、投稿。
!m ©2019-2024 yiweifw.cn　蜀ICP备19052716号
""",
        indent="\u3000\u3000",
        body="""
上周，单位办公室组织了一次办公耗材节约使用培训，请来县政府采购中心的技术员，专门讲了打印机墨盒的使用和保养。一个半小时听下来，我对平时不起眼的墨盒有了新的认识。
第一点体会是，节约要从习惯抓起。过去我打印草稿都用默认的“标准”模式，技术员说草稿改用“省墨”模式，一个墨盒能多打三分之一。⟦w 写不出心得？小苇代笔，微信yw_xiaowei2019⟧
⟦l 相关推荐：《办公用品管理制度》　《关于节约用纸的倡议》⟧
第二点体会是，保养比更换更重要。墨盒长期不用，喷头容易干涸堵塞，很多同事一堵就换新的。其实每周打印一张测试页，就能让喷头保持湿润。
第三点体会是，规范回收也是责任。用完的墨盒不能随手扔进垃圾桶，要交回办公室统一登记，由供应商回收处理，既环保又能防止以旧换新中出漏洞。
一次小培训，让我明白了节约无小事。今后我要从打好每一张纸、用好每一个墨盒做起。
""",
    ),
    dict(
        slug="zhiwei-wenku-research-classroom-monitors-pdf",
        site="知微文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiweiwk.com/p-7730291845.html",
        title="关于全县中小学教室多媒体显示器使用情况的调研报告",
        record_title="关于全县中小学教室多媒体显示器使用情况的调研报告.pdf",
        date="2024-06-20",
        notes="file-name record title; a 文库 reader with a viewer toolbar, page-marker paragraphs ⚞ n ⚟ cutting sentences, a month-card paywall and an upload notice; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县中小学教室多媒体显示器使用情况的调研报告.pdf-知微文库</title>
<script src="https://static.zhiweiwk.com/reader/v3/viewer.min.js"></script>
</head>
<body>
<header class="zw-head"><a class="logo" href="/">⟦m 知微文库⟧</a><span class="slogan">⟦m 每一页都有用⟧</span><input placeholder="搜文档、搜资料"><a class="vip">⟦a 月卡9.9元畅读全站⟧</a></header>
<div class="crumbs">⟦m 知微文库 › 教育资料 › 调研报告⟧</div>
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：ls_jiaoyu　格式：PDF　页数：5　浏览：931⟧</p>
<div class="toolbar">⟦a 缩小　放大　适合宽度　全屏阅读⟧</div>
</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 免费预览到此为止，开通知微月卡看完剩余3页⟧<button>⟦a 开通月卡⟧</button> <button>⟦a 5知微币购买本篇⟧</button></div>
<div class="rate">⟦a 觉得有用？给文档打个分⟧</div>
<aside class="same"><h4>⟦l 同类文档⟧</h4>
<ul><li>⟦l 智慧教室建设情况调查报告（8页）⟧</li><li>⟦l 学校电教设备管理使用自查报告（4页）⟧</li></ul></aside>
<footer>⟦d 本文档为网友上传，知微文库只提供存储和展示，文中观点与本站无关；如涉及侵权请联系客服下架⟧<br>⟦m 知微文库　浙ICP备20061458号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⚞ {n} ⚟", every=150, start=2),
        body="""
为了解全县中小学教室多媒体显示器的配备和使用情况，县教育局装备站于今年5月组织人员，对洑湾县32所中小学的618间教室进行了实地查看，并向任课教师发放问卷420份。现将有关情况报告如下。
一、基本情况
全县教室多媒体显示器共618台，其中交互式触控一体机402台、投影配套显示器216台。使用5年以上的有274台，占44.3%；存在偏色、触控不灵、局部黑屏等故障的有67台。
二、存在的问题
一是部分显示器安装位置偏高，后排学生反映看不清小字；二是维修响应慢，故障报修后平均等待9天；三是教师培训不足，近三成教师只会用显示器放课件，不会使用批注、分屏等功能。
三、几点建议
建议分三年更新使用超过8年的显示器，建立装备站与供货商联动的48小时维修机制，并把显示器操作纳入新学期教师信息技术培训。
洑湾县教育局装备站
2024年6月20日
""",
    ),
    dict(
        slug="shiye-wenku-plan-office-cables-wrapped",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.shiyewk.net/doc/2024/0322/88417261.html",
        title="机关办公楼网线整治工作方案",
        record_title="【文库甄选】机关办公楼网线整治工作方案（拿来即可改）",
        date="2024-03-18",
        notes="decorated record title; text preview hard-wrapped at 62 columns, page markers ⋉n⋊ glued to the start of the continuation line; 成文日期 in Chinese numerals",
        page="""
!m 拾页文库　|　资料多一页，工作少一点
!t 【文库甄选】机关办公楼网线整治工作方案（拿来即可改）
!m 共4页　|　贡献：樘岭小吴　|　上传于2024-03-22　|　下载112次
!a 下载本文（需8积分）　　收入我的文件夹　　分享到微信
{T}
{BODY}
!a ——试读部分结束，剩余内容请下载查看——
!a 立即下载　　开通包年会员省更多
!d 温馨提示：文档由用户上传并对内容负责，拾页文库不保证其准确性与完整性。
!l 相关文档：机房综合布线改造方案　｜　办公区弱电系统维护制度　｜　网络安全自查报告
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⋉{n}⋊", every=150, start=2, glue=True),
        body="""
为解决机关办公楼网线私拉乱接、标识不清、故障难查等问题，保障机关网络安全稳定运行，县机关事务服务中心决定开展办公楼网线整治工作，特制定本方案。
一、整治范围
县行政中心主楼1至9层全部办公室、会议室和弱电间，共有信息点位1264个。
二、主要任务
（一）清理私拉乱接。拆除各办公室自行加装的交换机、延长网线和无线路由器，已确需增加点位的，由各单位书面申请后统一布放。
（二）规范标识。对所有网线两端粘贴统一编号标签，编号与楼层配线架端口一一对应，并建立电子台账。
（三）更换老化线缆。对外皮破损、水晶头氧化的网线逐条测试，不合格的一律更换为六类网线。
三、时间安排
3月25日至4月30日分楼层实施，每层施工时间安排在周末，不影响正常办公。
樘岭县机关事务服务中心
二〇二四年三月十八日
""",
    ),
    dict(
        slug="jiongchuan-portal-notice-stb-repair-attachments",
        site="泂川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jiongchuan-xian.example.gov.cn/zwgk/tzgg/202408/t20240814_551028.html",
        title="关于开展2024年度直播卫星“户户通”机顶盒故障集中维修的通知",
        record_title="关于开展2024年度直播卫星“户户通”机顶盒故障集中维修的通知 — 公示公告 — 泂川县人民政府网",
        date="2024-08-12",
        date_also=["2024-08-14"],
        notes="modern county portal: 关怀版/读屏 links, an index table (文号 cell unmarked), a 纠错 phone beside the notice's own 联系人/电话, 附件 list in the body; document date vs page date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展2024年度直播卫星“户户通”机顶盒故障集中维修的通知 — 公示公告 — 泂川县人民政府网</title>
<script src="/static/js/jquery.min.js"></script>
<script>var siteCode = "4306990031";</script>
</head>
<body>
<div class="gov-top"><span>⟦m 泂川县人民政府⟧</span><a>⟦a 长辈版⟧</a><a>⟦a 读屏辅助⟧</a><a>⟦a 正體⟧</a><a>⟦a 手机看⟧</a></div>
<nav class="gov-nav"><a>⟦m 首页⟧</a><a>⟦m 走进泂川⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 办事服务⟧</a><a>⟦m 政民互动⟧</a></nav>
<div class="loc">⟦m 您在这里：首页 ＞ 政务公开 ＞ 公示公告⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：43069900-2024-08-00117⟧</td><td>⟦m 发布机构：泂川县文旅广体局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 发布日期：2024-08-14⟧</td></tr>
<tr><td>泂文旅广体发〔2024〕21号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：县文旅广体局　浏览次数：403⟧　<span>⟦a 〔大字〕〔中字〕〔小字〕⟧</span></div>
<div class="art-body">
{BODY}
</div>
<div class="art-tools">⟦a 打印本页⟧　⟦a 关闭窗口⟧　⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h3>⟦l 相关阅读⟧</h3>
<ul><li>⟦l 泂川县应急广播终端巡检工作安排⟧</li><li>⟦l 关于做好汛期广播电视安全播出的通知⟧</li></ul></div>
<footer class="gov-foot">
<p>⟦m 网站主办：泂川县人民政府办公室　承办：泂川县政务服务数据中心⟧</p>
<p>⟦m 本页信息有误？请致电0739-6201155纠错（工作日8:30-17:30）⟧</p>
<p>⟦m 湘ICP备09027711号　湘公网安备43069902000188号　网站标识码4306990031⟧</p>
</footer>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
今年入汛以来，部分农户的直播卫星“户户通”机顶盒出现无信号、频繁死机、遥控失灵等故障。为保障群众收听收看，县文旅广体局决定于8月20日至9月30日开展机顶盒故障集中维修。现将有关事项通知如下。
一、各乡镇要组织村（社区）对辖区故障机顶盒进行登记，于8月28日前将登记表报县文旅广体局。
二、县广电维修服务队按乡镇分批上门，保修期内免费维修，超过保修期的只收取元器件成本费。
三、无法修复的，由维修人员现场出具证明，农户可凭证明按规定申请更换。
联系人：黄晓岚，电话：0739-6208372。
附件：1. 泂川县“户户通”故障机顶盒登记表
2. 泂川县各乡镇维修服务队联系表
泂川县文化旅游广电体育局
2024年8月12日
""",
    ),
    dict(
        slug="rangkou-portal-bulletin-usb-secrecy-check",
        site="瀼口县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.rangkou.example.gov.cn/xxgk/tzgg/202407/t20240711_3302.html",
        title="关于2024年上半年机关U盘使用保密检查情况的通报",
        date="2024-07-09",
        date_also=["2024-07-11"],
        notes="title as given by the record; 文号 line neutral; 抄送 and 印发 lines in the body; a site date that differs from the document's date",
        page="""
!m 瀼口县人民政府　www.rangkou.example.gov.cn
!m 首页 / 信息公开 / 通知公告
!m 【发布日期：2024-07-11　信息来源：县委保密办　访问量：286】
!a 〔放大〕〔还原〕〔打印本文〕
{T}
瀼办发〔2024〕19号
{BODY}
!l 上一条：关于做好2024年度政务公开工作要点落实的通知
!l 下一条：瀼口县2024年第二季度政务服务“好差评”情况通报
!m 主办：瀼口县人民政府办公室　地址：瀼口县滨江路88号　电话：0745-3219900
!m 黔ICP备11028845号-1
""",
        body="""
各乡镇党委、政府，县直各单位：
按照年度保密工作安排，县委保密办于6月对全县41个单位的U盘使用情况进行了抽查，共检查办公电脑386台、U盘512个。现将检查情况通报如下。
一、总体情况
大部分单位能够落实涉密U盘专人管理、登记使用制度，县财政局、县审计局等单位实现了涉密与非涉密U盘分色管理。
二、存在问题
检查发现，有7个单位存在非涉密U盘在涉密计算机上交叉使用的情况，有3个单位的U盘登记台账与实物不符，有2名干部将工作U盘带回家中使用。
三、工作要求
各单位要在7月底前完成自查整改，对所有U盘重新登记造册，涉密U盘一律使用县委保密办统一配发的加密U盘。
中共瀼口县委保密委员会办公室
2024年7月9日
抄送：县委办公室，县政府办公室。
中共瀼口县委保密委员会办公室　　　　2024年7月9日印发
""",
    ),
    dict(
        slug="kuicheng-news-monitor-recycling-captions",
        site="櫆城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.kuicheng-news.example.cn/ms/2024-10/21/content_77291.html",
        title="萏湖区：旧显示器进社区回收点　一周收了三百多台",
        record_title="萏湖区：旧显示器进社区回收点　一周收了三百多台_民生频道_櫆城新闻网",
        record_date="2024-10-21",
        date="2024-10-21",
        notes="record gives the date; an app prompt glued before the lead, photo captions between paragraphs, an editor line glued after the last sentence, a 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>萏湖区：旧显示器进社区回收点　一周收了三百多台_民生频道_櫆城新闻网</title>
<script async src="https://ads.kuicheng-news.example.cn/slot.js"></script>
</head>
<body>
<div class="topbar">⟦m 櫆城新闻网　櫆城人自己的新闻门户⟧　<a>⟦a 下载櫆城头条APP⟧</a>　<a>⟦a 会员登录⟧</a></div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 时政⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 区县⟧</a> <a>⟦m 视频⟧</a> <a>⟦m 专题⟧</a></nav>
<div class="bread">⟦m 櫆城新闻网 ＞ 民生频道 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2024-10-21 10:46　来源：櫆城日报　记者　钟晓禾⟧</div>
<div class="listen">⟦a 听新闻⟧</div>
<div class="text">
{BODY}
</div>
</article>
<div class="hot24"><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 櫆城地铁2号线东延段开始铺轨⟧</li><li>⟦l 萏湖公园菊展本周六开幕⟧</li><li>⟦l 全市秋季征兵体检工作启动⟧</li></ol></div>
<div class="adslot">⟦a 广告位招租　详询新闻网广告部⟧</div>
<footer>⟦d 櫆城新闻网版权所有，未经书面授权不得转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证编号：43120210031　赣ICP备12044719号⟧</footer>
</body>
</html>
""",
        body="""
⟦a 打开櫆城头条看更多本地好新闻⟧本报讯　10月14日，萏湖区在萏香、樘西、瀼滨3个社区设立废旧电子产品回收点，居民可将家中闲置的旧显示器、主机等送来登记回收。一周下来，3个回收点共收到旧显示器326台。
⟦m 图为萏香社区回收点工作人员在登记旧显示器。记者　钟晓禾　摄⟧
萏香社区居民老谢送来了两台“大屁股”显示器。“放在阳台好几年了，卖给收废品的又怕他们乱拆。”老谢说，现在有了正规回收点，心里踏实。
据介绍，回收点收到的显示器由区里委托有资质的拆解企业统一运走处理，居民每交一台可领取一份洗衣液。对存有资料的主机，工作人员会当场协助清除数据。
区城管局相关负责人表示，回收点将常态化运行，下一步还将把旧打印机、旧机顶盒纳入回收范围。⟦m （编辑：罗芊　审核：熊一凡）⟧
""",
    ),
    dict(
        slug="gengxi-news-fake-ink-cartridges-no-title",
        site="浭溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.gengxi-news.example.cn/bdxw/20240516/4410.html",
        title="浭溪县查获一批假冒打印机墨盒",
        record_title=None,
        date="2024-05-16",
        notes="no record title: the title line on the page; byline 发布时间 is the page's date; an editor line glued after the last paragraph; a font row and a related list",
        page="""
!m 浭溪新闻网 — 浭溪县融媒体中心主办
!m 首页　本地　县域经济　法治　文体　看浭溪
!m 位置：首页 > 本地新闻
{T}
!m 发布时间：2024-05-16 09:12　来源：浭溪县融媒体中心　点击：　1307
!a 〈字号：放大　默认〉　〈分享到朋友圈〉
{BODY}
!l 【相关新闻】
!l 浭溪县开展“3·15”消费维权进商场活动
!l 县市场监管局公布第一季度产品质量抽查结果
!m 浭溪新闻网　联系我们：0731-8812405　投稿邮箱：gxrmt@gengxi-news.example.cn
""",
        indent="\u3000\u3000",
        body="""
本网讯　5月14日，浭溪县市场监管局执法人员在县城一家办公用品店内查获假冒某品牌打印机墨盒218个，货值约2.6万元。
执法人员介绍，这批墨盒外包装与正品几乎一样，但防伪标签无法查询，盒内芯片也是翻新件。店主承认，墨盒是从外地一名上家处低价购进，再以正品价格卖给机关、学校等单位。
目前，涉案墨盒已被全部扣押，案件正在进一步调查中。县市场监管局提醒，各单位采购墨盒时要选择正规渠道，索要发票和合格证明，发现假冒产品可拨打12315投诉举报。⟦m 责任编辑：陶筱雯⟧
""",
    ),
    dict(
        slug="xiantou-forum-cable-crimping-jammer",
        site="线头论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xiantou.example.cn/thread-208817-1-1.html",
        title="自己压网线水晶头，这几个坑我都踩过",
        record_title="[经验分享] 自己压网线水晶头，这几个坑我都踩过 - 布线施工 - 线头论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk inside the post, a rating row, a signature, replies and a relative post time (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[经验分享] 自己压网线水晶头，这几个坑我都踩过 - 布线施工 - 线头论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="hd">⟦m 线头论坛⟧　<a>⟦a 注册新账号⟧</a>　<a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 线头论坛 › 弱电交流区 › 布线施工⟧</div>
<div class="thread-stat">⟦m 围观 3317 ┊ 跟帖 46⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="author">⟦m 老焊条⟧</div><div>⟦m 等级：布线老炮　金币 1207⟧</div></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [经验分享] 自己压网线水晶头，这几个坑我都踩过⟧</span></h1>
<div class="authi">⟦m 老焊条 发表于 3 天前　┊ 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 4 人　金币 +12　理由：干货满满⟧</div>
<div class="sign">⟦m 签名：弱电改造、监控安装，樘岭本地可上门⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 小满不满：第三条太对了，我就是线序压反了⟧</div>
<div class="reply">⟦l 3# 钓鱼的猫：收藏了，周末自己试试⟧</div>
<div class="fastpost">⟦a 回帖前请先登录，发帖文明用语⟧</div>
<div id="ft">⟦m 线头论坛 ©2012-2024　粤ICP备13061927号⟧</div>
<script src="static/js/common.js?x7Q"></script>
</body>
</html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=3),
        body="""
家里装修时我自己布了十几根网线，水晶头全是自己压的，前后返工了好几次，总结几个坑给大家提个醒。
第一，线序一定要对。两头都按T568B排：橙白、橙、绿白、蓝、蓝白、绿、棕白、棕。我第一次把绿白和蓝白弄反了，测线仪一半灯不亮。
第二，剥皮别太长。外皮剥掉两厘米左右就够，剥太长的话压完芯线露在外面，时间长了接触不良。
第三，芯线要插到底。压之前从水晶头顶端看一眼，八根铜线都顶到头了再压，不然压完一测就是断路。
第四，买网线别只看价格。便宜的“铜包铝”网线传输距离短，超过五十米就掉速，最好买标明无氧铜的六类线。
最后，一定要用测线仪测一遍再装面板，省得封了墙才发现不通。
""",
    ),
    dict(
        slug="shumafang-forum-usb-no-response-junk",
        site="数码坊论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.shumafang.example.cn/forum/t-99214.html",
        title="U盘插电脑没反应，数据还能救回来吗？",
        record_title="[求助] U盘插电脑没反应，数据还能救回来吗？（问题已搞定） - 存储设备 - 数码坊论坛",
        date=None,
        notes="forum thread text with anti-scraping junk as lines and glued after 。; a relative post time (昨天); replies below",
        page="""
!m 数码坊论坛 — 玩数码，来数码坊
!m 数码坊论坛 » 硬件讨论 » 存储设备
!t [求助] U盘插电脑没反应，数据还能救回来吗？（问题已搞定）
!m 楼主：灈水老陈　┊　发表于 昨天 21:37　┊　浏览 842　回复 19
{BODY}
!l 沙发 ┊ 存储小白：学到了，收藏备用
!l 板凳 ┊ 扇贝不是贝：第三步救了我一次，感谢楼主
!a 快速回复（登录后可发言）
!m 数码坊论坛　Powered by Discuz!　闽ICP备16022035号
""",
        junk=dict(lines=2, glued=3),
        body="""
前几天单位的U盘插到电脑上突然没反应了，里面有一年的报表，急得我一晚上没睡着。后来在坛友指点下救回来了，把过程写下来给大家参考。
先换个接口试。前面板的USB口供电不足，我换到机箱后面的接口，U盘指示灯亮了，但“此电脑”里还是看不到盘符。
再看磁盘管理。右键“此电脑”进入“管理”，在“磁盘管理”里能看到U盘，但显示“未分配”。这时千万别点格式化，一格式化数据就更难找回了。
然后用恢复软件扫描。我用的是一款免费的数据恢复软件，选中U盘深度扫描了四十分钟，报表文件基本都找到了，先存到电脑硬盘上。
最后才把U盘格式化。格式化后U盘又能正常用了，但我已经不敢再放重要资料，以后还是要多备份。
""",
    ),
]
