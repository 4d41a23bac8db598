"""holdout267, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Every document, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: candlesticks, wood chisels, washstands, chicken coops, cloth shoes.
"""

CASES = [
    dict(
        slug="mogeng-speech-cloth-shoe-craft-gb2312",
        site="墨耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfw.com/jianghua/wenhua/2024/1120/51873.html",
        title="在全县手工布鞋技艺传承发展推进会上的讲话",
        record_title="【讲话稿·精修】在全县手工布鞋技艺传承发展推进会上的讲话（换名即用）_墨耕范文网",
        date="2024-11-06",
        date_also=["2024-11-20"],
        notes="old table layout with a marquee, font-size row, floating ghost-writer QQ box, hot list and visitor counter; speaker line neutral, date under the speech title; a ghost-writer line between paragraphs and a collect link glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿·精修】在全县手工布鞋技艺传承发展推进会上的讲话（换名即用）_墨耕范文网</title>
<link href="/skin/mg.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220"><img src="/skin/logo.gif" alt="墨耕范文网"></td><td align="right"><a href="/">⟦a 设为首页⟧</a> | <a href="#">⟦a 收藏墨耕⟧</a> | <a href="/m/">⟦a 手机访问⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 墨耕范文网：讲话稿、总结、方案日日上新，写材料不再熬夜⟧</marquee></td></tr>
<tr><td colspan="2" class="menu"><a href="/">⟦m 网站首页⟧</a> | <a href="/jianghua/">⟦m 领导讲话⟧</a> | <a href="/zongjie/">⟦m 总结汇报⟧</a> | <a href="/fangan/">⟦m 计划方案⟧</a> | <a href="/xinde/">⟦m 心得体会⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 当前所在：墨耕范文网 &gt;&gt; 领导讲话 &gt;&gt; 文化旅游讲话⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center" class="info">⟦m 栏目：文化旅游讲话　更新：2024-11-20　人气：1532　整理：墨耕小编⟧</td></tr>
<tr><td align="center">⟦a 字号调节：Ａ＋　Ａ　Ａ－⟧</td></tr>
<tr><td class="content">
<p align="center">县委常委、宣传部部长　沈立舟</p>
<p align="center">（2024年11月6日）</p>
{BODY}
</td></tr>
<tr><td class="down">⟦a ↓↓ 本篇Word原稿，会员点此直接下载 ↓↓⟧</td></tr>
<tr><td>⟦l 上一篇：全县非遗保护工作会议主持词⟧<br>⟦l 下一篇：在文旅产业招商推介会上的致辞⟧</td></tr>
</table>
</td>
<td width="240" valign="top" class="side">
<table width="100%"><tr><td class="stitle">⟦l 一周热读榜⟧</td></tr>
<tr><td><a href="/a/51011.html">⟦l 在乡村文化振兴现场会上的讲话⟧</a></td></tr>
<tr><td><a href="/a/50987.html">⟦l 非遗工坊建设推进会讲话稿两篇⟧</a></td></tr>
<tr><td><a href="/a/50662.html">⟦l 传统工艺振兴工作汇报材料⟧</a></td></tr>
<tr><td class="qq">⟦w 写稿顾问在线 QQ：2870416639⟧</td></tr>
</table>
</td></tr>
</table>
<table width="960" align="center"><tr><td class="foot">
⟦d 本站范文均来自会员投稿及网络收集，仅作写作参考，转载请注明出处⟧<br>
⟦m 您是本站第 0318276 位访客⟧<br>
⟦m Copyright 2009-2024 mogengfw.com 墨耕范文网 湘ICP备09041736号⟧
</td></tr></table>
<script>document.getElementById('float_qq').style.top='200px';</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全县手工布鞋技艺传承发展推进会，主要是总结前一阶段工作，安排部署下一步任务。刚才，麰田镇和两家布鞋作坊作了交流发言，讲得很实在，我都赞同。⟦a 〖点此收藏本篇〗⟧
一、看清家底，增强传承信心
滈川手工布鞋已有三百多年历史，千层底纳得密、鞋帮绱得正，是全县群众引以为豪的老手艺。目前全县有布鞋作坊41家，从业人员860余人，去年销售布鞋12.6万双。
⟦w 各类讲话稿代笔，三小时交稿，加微信 mogeng_xz88⟧
二、抓住关键，补齐发展短板
一要带好徒弟，每名县级传承人今年至少带徒3名；二要守住品质，推行纳底针数、用料标准公开上墙；三要拓宽销路，把布鞋摆进景区、搬上网店。
同志们，一双布鞋连着千家万户。希望大家一针一线抓落实，让老手艺走出大山、走进市场！
""",
    ),
    dict(
        slug="biyanzhai-insight-chisel-training-title-line",
        site="笔砚斋范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.biyanzhai.cn/xinde/peixun/7730516.html",
        title="参加木工传统技艺培训班学用凿子的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; a member-unlock line between paragraphs, a related link glued after a sentence; no date",
        page="""
!m 笔砚斋范文 · 落笔有章法
!m 您的位置：首页 ＞ 心得体会 ＞ 培训心得 ＞ 正文
{T}
!m 录入：砚台君　字数：约460字　热度：1986
!a 〔复制本篇〕〔存为Word〕〔发送到手机〕
{BODY}
!a 余下段落需登录查看，新用户注册即送3次下载
!l 本栏热文
!l ◇ 技能培训班结业心得（木工方向）
!l ◇ 传统手艺进课堂活动心得三则
!l ◇ 参加职业技能提升培训个人小结
!d 笔砚斋所收文章多为网友整理投稿，仅供写作参考，请勿整篇照抄上交。
!m 笔砚斋范文 biyanzhai.cn　湘ICP备18027714号-3
""",
        indent="\u3000\u3000",
        body="""
今年9月，我参加了县人社局组织的木工传统技艺培训班，为期二十天。培训班请来嶅山县的老木匠罗世昌师傅授课，他从凿子讲起，让我们这些半路出家的学员受益匪浅。⟦l （相关：木工实训总结范文）⟧
一是工具要认得准。罗师傅把平凿、圆凿、斜凿、扁铲一字排开，讲清楚每把凿子该干什么活。我过去只会拿一把凿子对付所有榫眼，难怪眼壁总是不齐。
⟦a 本文还剩62%，开通笔砚会员一键解锁⟧
二是刃口要磨得快。师傅说，凿子不快，力气全白费。我们每天练磨刀，先粗石后细石，直到刃口能刮下手臂上的汗毛。
三是手上要稳得住。打榫眼时，凿子要立直，锤子要轻落，一凿接一凿往下走。头几天我凿坏了六块料，到结业时已能凿出一个严丝合缝的燕尾榫。
回头看，这二十天学的不只是凿子，更是一份慢下来、做精细的耐心。
""",
    ),
    dict(
        slug="lanjing-survey-chicken-coop-marker-paragraphs",
        site="蓝鲸文库 (invented, 文库 reader)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.lanjingwenku.com/view/5c1e7a90b2d4.html",
        title="关于全县散养户鸡笼改造升级情况的调研报告",
        record_title="关于全县散养户鸡笼改造升级情况的调研报告（共6页）- 蓝鲸文库",
        date="2024-08-22",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⌧ n ⌧ cutting sentences, a paywall; a data table one row a paragraph; 成文日期 under the signature; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县散养户鸡笼改造升级情况的调研报告（共6页）- 蓝鲸文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.lanjingwenku.com/js/reader.min.js"></script>
</head>
<body>
<header class="lj-top">
<a class="logo" href="/">⟦m 蓝鲸文库⟧</a>
<nav><a href="/">⟦m 首页⟧</a><a href="/fanwen/">⟦m 公文范本⟧</a><a href="/report/">⟦m 调研报告⟧</a></nav>
<a class="vip" href="/vip">⟦a 鲸卡会员 · 首月6元⟧</a> <a href="/login">⟦a 登录 · 注册鲸号⟧</a>
</header>
<div class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：田野观察员　上传于 2024-09-03　共6页　2.1万字节⟧</p>
<p class="meta">⟦m 4.6分（112人评价）　浏览 3870　下载 421⟧</p>
</div>
<div class="viewer-bar">⟦a 全屏阅读　|　放大　缩小　|　转存到我的文库⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="paywall">⟦a 试看到此为止，剩余2页付费1.9元即可阅读⟧ <button>⟦a 立即解锁⟧</button></div>
<aside class="similar"><h3>⟦l 看了此文的人还看了⟧</h3>
<ul><li>⟦l 畜禽养殖设施改造情况汇报⟧</li><li>⟦l 关于农村庭院养殖的调查与思考⟧</li><li>⟦l 蛋鸡笼养技术要点（课件）⟧</li></ul></aside>
<footer>⟦d 蓝鲸文库文档由用户上传，版权归上传者所有；如有侵权请提交申诉，我们将在48小时内处理⟧<br>⟦m © 2024 lanjingwenku.com　浙ICP备20173305号-2⟧</footer>
<script>LJ.reader.init({docId:'5c1e7a90b2d4'});</script>
</body>
</html>
""",
        pages=dict(fmt="⌧ {n} ⌧", every=140, start=2),
        body="""
为掌握全县散养户鸡笼改造升级情况，今年7月，县农业农村局组成调研组，走访3个乡镇、12个村，入户查看鸡笼286处，召开座谈会4场。现将有关情况报告如下。
一、基本情况
全县现有蛋鸡、肉鸡散养户808户。县里自去年起对旧竹编鸡笼、木条鸡笼实施以奖代补改造，统一更换为镀锌层叠鸡笼。各乡镇改造进度如下：
乡镇　散养户（户）　已改造（户）　改造率
麰田镇　326　241　73.9%
崿口镇　288　175　60.8%
嵚坪镇　194　152　78.4%
二、存在问题
一是部分老人嫌新鸡笼太高、够不着，改造后仍把鸡关在旧笼里；二是鸡笼下方接粪盘清理不及时，夏季异味较重；三是个别供货商的鸡笼镀层偏薄，半年即出现锈斑。
三、几点建议
建议推广两层矮笼，由村级防疫员每月上门指导清粪，并对供货鸡笼开展镀层抽检，不合格的取消补贴资格。
潏阳县农业农村局调研组
2024年8月22日
""",
    ),
    dict(
        slug="zhihai-plan-washstand-wrapped-glued-markers-pdf",
        site="知海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhihaidoc.com/p-88310472.html",
        title="滶湖区养老机构适老化洗脸架改造实施方案",
        record_title="滶湖区养老机构适老化洗脸架改造实施方案.pdf",
        date="2025-03-14",
        notes="file-name record title; text copied from a preview: hard-wrapped at 64 columns, page markers ⍧n⍧ glued to the continuation line; 成文日期 under the signature",
        page="""
!m 知海文库 › 公文范本 › 实施方案
!t 滶湖区养老机构适老化洗脸架改造实施方案.pdf
!m 格式：PDF　页数：4　上传时间：2025-04-02　贡献者：hai_0417
!a 全文共4页，当前免费预览前2页
{BODY}
!a 预览已到底，购买本文档（￥3.8）即可下载原文
!d 本文档由用户 hai_0417 上传，知海文库仅提供信息存储空间，不对内容的完整性负责
!l 同类文档：养老院卫生间适老化改造清单｜居家适老化改造验收标准
""",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="⍧{n}⍧", every=110, start=2, glue=True),
        body="""
为减少养老机构老年人洗漱时跌倒、磕碰等意外，结合我区实际，制定本方案。
一、改造范围
全区11家养老机构的公共卫生间及自理老人房间，共需改造洗脸架约640套。
二、改造标准
（一）洗脸架台面高度调至75至80厘米，下方留出轮椅插入空间，台面外沿不得有尖角；
（二）洗脸架两侧加装扶手，扶手须能承受100公斤的拉力，边角一律做圆角处理；
（三）毛巾杆、置物格设在老人坐姿伸手可及处，离地不得高于1.2米。
三、时间安排
3月底前完成摸底，5月底前完成施工，6月组织验收。
四、工作要求
各机构要指定专人负责，施工期间设置临时洗漱点，不得因改造影响老人日常起居。验收不合格的洗脸架，由施工单位限期返工，返工费用不再另行支付。
滶湖区民政局
2025年3月14日
""",
    ),
    dict(
        slug="haochuan-portal-notice-market-coops-index-table",
        site="滈川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.haochuan.gov.cn/zwgk/bmwj/202405/t20240515_1187306.html",
        title="关于规范城区农贸市场活禽鸡笼摆放管理的通知",
        record_title="关于规范城区农贸市场活禽鸡笼摆放管理的通知_发文公开_滈川县人民政府",
        date="2024-05-13",
        date_also=["2024-05-15"],
        notes="county portal: 关怀版/读屏 links, 索引号 table (文号 cell unmarked), a related-reading line between paragraphs; the notice's own 联系人/电话 next to the portal's 纠错 line; 附件, 抄送 and 印发 lines; page date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范城区农贸市场活禽鸡笼摆放管理的通知_发文公开_滈川县人民政府</title>
<meta name="ArticleTitle" content="关于规范城区农贸市场活禽鸡笼摆放管理的通知">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><span>⟦m 滈川县人民政府⟧</span> <a href="/care/">⟦a 关怀版⟧</a> <a href="#" id="reader">⟦a 读屏辅助⟧</a> <a href="/en/">⟦a 英文站⟧</a></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 走进滈川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="crumb">⟦m 您当前位置：首页 » 政务公开 » 部门文件 » 政策文件⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：114313XF2/2024-00391⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：滈川县市场监督管理局⟧</td><td>⟦m 成文日期：2024-05-13⟧</td></tr>
<tr><td>发文字号：滈市监联〔2024〕27号</td><td>⟦m 发布日期：2024-05-15⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="infobar">⟦m 来源：县市场监管局　浏览次数：<span id="hits">604</span>⟧ <span>⟦a 文字：放大 | 还原 | 缩小⟧</span></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools"><a href="javascript:window.print()">⟦a 【打印这篇】⟧</a> <a href="javascript:window.close()">⟦a 【关掉页面】⟧</a></div>
<div class="prevnext"><p>⟦l 上一条：滈川县2024年春季动物防疫工作方案⟧</p><p>⟦l 下一条：关于开展夏季食品安全专项整治的通知⟧</p></div>
</div>
<div class="footer">
<p>⟦m 主办：滈川县人民政府办公室　承办：滈川县大数据中心⟧</p>
<p>⟦m 网站纠错电话：0736-5210110　政府网站标识码：4307220031⟧</p>
<p>⟦m 湘ICP备05009136号　湘公网安备43072202000418号⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各农贸市场开办者：
近期，城区部分农贸市场活禽经营户将鸡笼堆放在通道和摊位外，既影响通行，也存在禽类疫病传播隐患。为规范活禽鸡笼摆放管理，现将有关事项通知如下。
一、活禽鸡笼一律摆放在市场划定的活禽区内，叠放不得超过三层，严禁占用消防通道。
二、鸡笼每日收市后清洗，每周消毒不少于两次，消毒记录张贴在摊位醒目位置。
三、空鸡笼当日清运，不得在市场外围过夜堆放。
四、县市场监管局将会同县农业农村局于6月起开展联合检查，对拒不整改的经营户依法处理。
⟦l 相关解读：一图读懂活禽鸡笼摆放新规⟧
联系人：郑晓岚，电话：0736-5218046
附件：1.活禽区鸡笼摆放示意图
2.鸡笼清洗消毒记录表
滈川县市场监督管理局　滈川县农业农村局
2024年5月13日
抄送：县人民政府办公室，县公安局。
滈川县市场监督管理局办公室　2024年5月13日印发
""",
    ),
    dict(
        slug="yuyang-portal-bulletin-candlestick-fire-wrapped",
        site="潏阳县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yuyang.gov.cn/zwgk/tzgg/202502/t20250219_66120.html",
        title="关于春节期间宗教活动场所烛台用火安全检查情况的通报",
        date="2025-02-18",
        date_also=["2025-02-19"],
        notes="title as the record gives it; text hard-wrapped at 70 columns; document number neutral; 抄送 line; page date differs from the 成文日期",
        page="""
!m 潏阳县人民政府网　　政务公开 ＞ 通知公告 ＞ 部门通报
{T}
!m 来源：县民族宗教事务局　发布日期：2025-02-19　阅读：288
!a 〖打印本文〗　〖关闭窗口〗　〖分享至微信〗
潏宗通〔2025〕3号
{BODY}
!l 上一篇：潏阳县2025年元宵节期间安全防范工作提示
!l 下一篇：关于做好2025年宗教场所消防培训的通知
!m 潏阳县人民政府办公室主办　联系电话：0738-6612010　湘ICP备06031177号
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
各乡镇人民政府，县消防救援大队：
春节前后，县民族宗教事务局会同县消防救援大队，对全县23处宗教活动场所和9处民间祠堂的烛台用火情况进行了检查。现将检查情况通报如下。
一、总体情况
此次共检查烛台、香炉等明火点位312个，发现问题47处，已当场整改39处，其余8处限期整改。
二、主要问题
一是部分场所烛台紧贴经幡、帷幔摆放，间距不足半米；二是个别祠堂夜间无人值守，烛台长明不熄；三是部分铁质烛台底座锈蚀松动，存在倾倒风险。
三、下一步要求
各场所要在烛台周边一米内清除可燃物，配备灭火毯和沙桶，夜间闭殿前必须熄灭烛火。请各乡镇于3月10日前将整改情况报县民族宗教事务局。
潏阳县民族宗教事务局
2025年2月18日
抄送：县应急管理局。
""",
    ),
    dict(
        slug="songzhou-news-cloth-shoe-workshop-h1",
        site="嵕州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.songzhounews.cn/xw/xqxw/202412/t20241203_330918.shtml",
        title="嵚坪镇“布鞋工坊”让留守妇女家门口就业",
        record_title=None,
        date="2024-12-03",
        notes="no title in the record: the <h1>; byline 发布时间 is the page's date; an app prompt glued before the lead, a photo caption between paragraphs, the editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>嵚坪镇“布鞋工坊”让留守妇女家门口就业-嵕州新闻网</title>
<script>var _czc = _czc || [];</script>
</head>
<body>
<div class="sz-top"><a href="/">⟦m 嵕州新闻网⟧</a><span>⟦m 嵕州日报社主办⟧</span><a class="app" href="/app/">⟦a 下载“掌上嵕州”⟧</a></div>
<div class="sz-nav">⟦m 首页⟧ ⟦m 时政⟧ ⟦m 县区⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 评论⟧</div>
<div class="ad-slot">⟦m 广告位招租 0739-8826001⟧</div>
<div class="art">
<div class="crumb">⟦m 嵕州新闻网 &gt; 县区新闻 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-12-03 09:12　来源：嵕州日报⟧ <a class="listen">⟦a 听本文⟧</a></div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 朋友圈 微博 复制链接⟧</div>
</div>
<div class="side"><h4>⟦l 24小时点击排行⟧</h4><ol>
<li>⟦l 嵕州至滈川城际公交下月开通⟧</li>
<li>⟦l 全市冬季农田水利建设全面铺开⟧</li>
<li>⟦l 麰田镇柑橘喜获丰收⟧</li></ol></div>
<div class="foot">⟦d 凡本网注明“来源：嵕州新闻网”的作品，未经授权不得转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证：43120230017　湘ICP备11002816号⟧</div>
</body>
</html>
""",
        body="""
⟦a 打开“掌上嵕州”，看更多县区新闻⟧12月2日一早，嵕州市嵚坪镇布鞋工坊里已经坐满了人。二十多名妇女围坐在长桌旁，有的纳鞋底，有的绱鞋帮，针线在手里上下翻飞。
“以前在家带孩子，没什么收入，现在一天能纳两双鞋底，一个月能挣两千多元。”46岁的村民易春兰说。
⟦m 图为嵚坪镇布鞋工坊内，妇女们正在赶制订单。韩青 摄⟧
工坊由镇里利用闲置村小改建，今年4月投用，采取“企业下单、工坊加工、按件计酬”的方式，已带动周边5个村的112名妇女就业。今年以来，工坊生产手工布鞋3.4万双，产品销往省内外十余个城市。
镇党委负责人介绍，下一步将引进鞋底压制设备，并开设直播间，帮助更多留守妇女在家门口增收。⟦m （记者 韩青 通讯员 吕丹 责编：苏芮）⟧
""",
    ),
    dict(
        slug="jishui-media-news-chisel-contest-record-date",
        site="泲水融媒 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jishuirm.cn/yaowen/2025-04/21/content_61830.html",
        title="泲水县举办首届木工技能大赛 百名匠人比拼凿榫功夫",
        record_title="泲水县举办首届木工技能大赛 百名匠人比拼凿榫功夫 - 要闻 - 泲水融媒",
        record_date="2025-04-21",
        date="2025-04-21",
        notes="record date; column and site suffix; a photo caption between paragraphs; a recommended-reading line glued after a sentence",
        page="""
!m 泲水融媒 | 首页 > 要闻
{T}
!m 发布时间：2025-04-21 18:30　作者：融媒记者 龚瑜　来源：泲水融媒
!a 〔听〕〔分享〕〔A+〕〔A-〕
{BODY}
!m 【编辑：石晓帆　审核：柯立文】
!l 热门推荐：泲水县春季招聘会提供岗位3200个 ／ 县城第三水厂通水试运行
!d 泲水融媒原创稿件，转载请注明来源
!m 泲水县融媒体中心　举报电话：0734-7720110
""",
        body="""
4月20日，泲水县首届木工技能大赛在县职教中心开赛，来自全县14个乡镇的106名木工同台竞技。
比赛设“凿榫眼”“开燕尾榫”“刨平面”三个项目。在凿榫眼项目中，选手须在20分钟内用凿子在松木方上凿出4个通榫眼，裁判用塞尺检查眼壁垂直度和宽窄误差。⟦l 延伸阅读：木工职业技能等级认定怎么报名？⟧
⟦m 图为选手在比赛中使用凿子开榫眼。融媒记者 龚瑜 摄⟧
“凿子下去要正，锤子落下要匀，差一毫米榫头就插不紧。”获得该项目第一名的嵂溪镇木匠蒋德顺说。
据了解，县人社局将为获奖选手颁发职业技能等级证书，前三名将优先推荐参加全市技能大赛。
""",
    ),
    dict(
        slug="muzuo-forum-chisel-sharpening-jammer",
        site="木作江湖论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.muzuojianghu.com/thread-402871-1-1.html",
        title="新手磨凿子的三个坑，踩过的来说说",
        record_title="[凿刨交流] 新手磨凿子的三个坑，踩过的来说说 - 手工具区 - 木作江湖论坛",
        date=None,
        notes="Discuz thread: jammer fonts glued after sentences and on a line, rating row, signature; relative post time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[凿刨交流] 新手磨凿子的三个坑，踩过的来说说 - 手工具区 - 木作江湖论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦a 快捷导航⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即入伙⟧</a></div>
<div id="hd"><h2>⟦m 木作江湖论坛 - Powered by Discuz! X3.5⟧</h2></div>
<div id="pt">⟦m 木作江湖 › 工具装备 › 手工具区 › 新手磨凿子的三个坑⟧</div>
<div class="pl_top">⟦m 查看: 1207｜回复: 23⟧ <span>⟦m [凿刨交流]⟧</span></div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 刨花飞⟧</div><p>⟦m 积分 812　木币 96　入伙 2023-6-11⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 刨花飞 发表于 4 天前 21:37⟧ | <a>⟦a 只看楼主⟧</a></div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8830192">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分 参与人数 3　木币 +6　收起 理由⟧</div>
<div class="sign">⟦m 刨花落处是生活，木屑堆里有江湖⟧</div>
<div class="po">⟦a 回帖 引用此楼 举报 支持⟧</div>
</td></tr></table>
<div class="pl"><p>⟦l 沙发 老榫头：第二条说到心坎里了，我磨了三年还在晃⟧</p><p>⟦l 板凳 小鲁班：求导向器链接⟧</p></div>
<div id="f_pst">⟦a 登录后方可回帖，还没有账号？马上入伙⟧</div>
<div id="ft">⟦m 木作江湖论坛 ( 苏ICP备19066402号-1 )　GMT+8, 2025-5-9 22:14⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
入坑木工半年，凿子磨了不下几十回，总结三个自己踩过的坑，给新手提个醒。
第一个坑：只磨正面不磨背面。凿子背面不平，刃口永远不锋利。新凿子到手，先把背面靠刃口那一段在粗石上磨平磨亮，这一步偷懒，后面全白干。
第二个坑：磨的时候手腕乱晃。角度一晃，刃口就磨成了圆弧。我后来买了个导向器，先靠它找感觉，三个月后才敢徒手磨。
第三个坑：磨完不去毛刺。毛刺看着小，一凿下去就卷。最后在细石上轻推几下，再在皮革上蹭一蹭，刮手臂汗毛一刮就掉，才算合格。
各位老师傅还有什么经验，欢迎补充。
""",
    ),
    dict(
        slug="sanyang-forum-welded-coop-junk-text",
        site="散养鸡友论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.sanyangjiyou.net/forum.php?mod=viewthread&tid=58817",
        title="自己焊的三层鸡笼用了一年，说说优缺点",
        record_title="[养殖心得] 自己焊的三层鸡笼用了一年，说说优缺点（附焊接尺寸）- 家禽养殖版 - 散养鸡友论坛",
        date=None,
        notes="forum thread as text: junk lines and junk glued after sentences; 'yesterday' post time is no date; replies below",
        page="""
!m 散养鸡友论坛 › 家禽养殖版 › 帖子详情
!t [养殖心得] 自己焊的三层鸡笼用了一年，说说优缺点（附焊接尺寸）
!m 楼主：老郭养鸡　发表于 昨天 20:41　｜　浏览 935　回复 17
!a 只看楼主　｜　倒序看帖　｜　收藏本帖
{BODY}
!m [图片已折叠，点击查看大图]
!l 2楼 鸡舍小王：接粪板换塑料的确实耐用，我家也是
!l 3楼 山里红：楼主能不能发个焊接图纸
!a 发表回复前请先登录鸡友通行证
!m 散养鸡友论坛 sanyangjiyou.net　客服QQ群：5590 2631
""",
        junk=dict(lines=2, glued=3),
        body="""
去年开春自己用角钢和镀锌网焊了一个三层鸡笼，养了十八只蛋鸡，用满一年，跟大家说说体会。
先说优点。一是省地方，三层叠起来只占一米二见方，后院放得下。二是鸡不落地，鸡蛋干净，一天能捡十四五个。三是材料花了不到四百块，比买现成的便宜一半。
再说缺点。最大的问题是接粪板。我一开始用薄铁皮，半年就锈穿了，后来换成塑料板才好些。另外最上层太高，我娘够不着，喂食还得搬凳子。
尺寸给大家参考：每层长一米二、深六十厘米、高四十五厘米，底网向外倾斜七度，蛋能自己滚到集蛋槽里。
有想自己焊鸡笼的，欢迎留言交流。
""",
    ),
]
