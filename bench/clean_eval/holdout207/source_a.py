"""holdout207, part A: 范文 sites, 文库 previews, county portals, news portals, forums.

Every page, place, person, firm, site, URL and phone number here is invented (see ../README.md
and ../build.py for the markup). Objects: lawn mowers, chainsaws, mosquito-killing lamps,
shower heads and space heaters.
"""

CASES = [
    dict(
        slug="fanwen-wenyange-speech-heater-safety-gb2312",
        site="文砚阁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wenyange.net/jianghua/anquan/2024/1119/60418.html",
        title="在全县冬春季取暖器具安全使用工作会议上的讲话",
        record_title="【讲话精选】在全县冬春季取暖器具安全使用工作会议上的讲话（范文3篇可选）_文砚阁范文网",
        date="2024-11-06",
        date_also=["2024-11-19"],
        notes="old table layout with marquee, font/background row, hot list, floating ghost-writer QQ box and "
        "visitor counter; date under the speech title, the site's update date differs; speaker line neutral; "
        "a ghost-writer WeChat prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话精选】在全县冬春季取暖器具安全使用工作会议上的讲话（范文3篇可选）_文砚阁范文网</title>
<meta name="keywords" content="取暖安全讲话,冬春安全,范文">
<link href="/css/wyg.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="240"><img src="/images/logo.gif" width="230" height="60"></td>
<td class="slogan">⟦m 文砚阁范文网 · 提笔有据　落笔成章⟧</td>
<td align="right">⟦a <a href="/user/login.asp">会员登录</a> | <a href="/user/reg.asp">免费注册</a> | <a href="javascript:window.external.AddFavorite('http://www.wenyange.net','文砚阁')">把文砚阁加入收藏</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" class="menu">
<tr><td>⟦m 网站首页 | 讲话致辞 | 工作总结 | 心得体会 | 述职报告 | 规章制度 | 合同协议⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 本站新增冬季安全类范文二百余篇，站内检索框输入关键词即可查到⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：文砚阁 &gt;&gt; 讲话致辞 &gt;&gt; 安全生产讲话 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 更新：2024-11-19　人气：1739　来源：会员投递⟧</div>
<div class="zihao">⟦a 【字体：特大 大 中 小】【底色：米黄 护眼绿 纯白】【关掉本窗口】⟧</div>
<p align="center">（2024年11月6日）</p>
<p align="center">县长　凌观澜</p>
<div class="content">
{BODY}
</div>
<div class="tool">⟦a 〖复制全篇〗 〖存成DOC〗 〖推荐给好友〗⟧</div>
<div class="sxp">⟦l 上一篇：乡镇冬季森林防火动员会上的讲话稿⟧<br>⟦l 下一篇：在校园消防安全月启动仪式上的致辞⟧</div>
</td>
<td width="250" valign="top">
<table class="side"><tr><td class="tt">⟦l 本月热读榜⟧</td></tr>
<tr><td><a href="/jianghua/1.html">⟦l 1. 县委书记在安委会全体会议上的讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/2.html">⟦l 2. 冬季安全生产大检查动员讲话（两篇）⟧</a></td></tr>
<tr><td><a href="/jianghua/3.html">⟦l 3. 消防安全“网格化”推进会讲话⟧</a></td></tr>
</table>
</td>
</tr>
</table>
<div id="qqfloat" style="position:fixed;right:0;top:200px">⟦w 代写代改 QQ：2870046153 随时在线⟧</div>
<table width="960" align="center" class="foot">
<tr><td>⟦d 本站范文来自会员投递与网络整理，只作写作参考之用，转载请注明出处。⟧</td></tr>
<tr><td>⟦m Copyright 2009-2024 文砚阁范文网 wenyange.net　湘ICP备09112735号⟧</td></tr>
<tr><td>⟦m 您是本站第 0631284 位访客⟧</td></tr>
</table>
<script language="javascript" src="/js/count.asp?id=60418"></script>
</body>
</html>
""",
        body="""
同志们：
今天召开这次会议，主要是分析今冬明春取暖器具使用安全形势，部署全县取暖安全工作。去年冬天，全县因使用取暖器不当引发的火情有11起，其中8起发生在独居老人家中，教训十分深刻。
一、摸清底数，把隐患找出来
各乡镇要组织网格员入户走访，重点查看老旧电暖器、“小太阳”和自制电炉的使用情况，对电线老化、插排超负荷的，当场提醒、限期整改。⟦w 材料写不出来？加微信 wyg_bishou 一对一代笔⟧
二、盯住重点，把责任扛起来
市场监管部门要加强对取暖器销售门店和网店的抽查，严查无3C标志的产品；消防部门要走进学校、养老机构开展体验式培训，让大家亲手学会断电、灭火和逃生。
同志们，取暖安全无小事。希望大家立即行动起来，确保全县群众温暖过冬、平安过冬。
""",
    ),
    dict(
        slug="fanwen-suihe-insight-mower-training",
        site="穗禾范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.suihe-fanwen.com/xinde/peixun/57731.html",
        title="参加割草机安全操作培训心得体会",
        record_title="参加割草机安全操作培训心得体会（精编两篇）- 穗禾范文网",
        date=None,
        notes="decorated record title; a collection stamp is no date; a ghost-writer WeChat line on its own between paragraphs",
        page="""
!m 穗禾范文网 — 好材料，拾来即用
!m 首页 / 心得体会 / 培训心得 / 正文
{T}
!m 投稿：青衫客　　收录：2024-06-03　　热度：884
!a 〔复制此文〕〔另存Word〕〔打印此页〕
{BODY}
!a 第二篇需登录后展开，会员免积分下载
!l 同类推荐：
!l 绿化养护班组安全生产月心得
!l 新员工岗前安全培训感悟三篇
!d 本站文章来源于网友投稿，仅供参考借鉴，请勿原文照搬。
!m 穗禾范文网 suihe-fanwen.com 版权所有　苏ICP备20047731号
""",
        indent="\u3000\u3000",
        body="""
上个月，公司组织园林养护班组参加了为期两天的割草机安全操作培训。我在养护一线干了三年，原以为推割草机没什么难的，这次培训让我认识到自己过去的很多习惯其实藏着危险。
一是开机前的检查不能省。老师傅讲，刀片松动、护罩开裂、草坪里混着石块和铁丝，都可能让刀片把碎石打出去伤人。以前我图省事，拉绳就走，今后一定先把场地走一遍、把机器查一遍。
⟦w 本站承接各类培训心得代写，微信 suihe_1588⟧
二是清草不能用手。培训中看了一段事故视频，一名工人在刀片还没停稳时伸手清理出草口，结果手指受了重伤。老师反复强调，清理堵塞必须熄火、拔下火花塞帽，再用专用工具。
三是防护用品要穿戴齐全。护目镜、耳罩、防滑鞋和长裤缺一不可，哪怕天再热也不能穿拖鞋上岗。
这次培训时间不长，却给我上了实实在在的一课。我会把学到的要点讲给班组里的新同事，让安全操作成为大家的习惯。
""",
    ),
    dict(
        slug="wenku-moyun-research-mosquito-lamps-marker-paragraphs",
        site="墨筠文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.moyunwk.com/view/3f81c0a7d2e94.html",
        title="关于城区公共场所灭蚊灯设置和运行情况的调研报告",
        record_title=None,
        date="2024-08-26",
        notes="no title in the record (<title> is the site's only); h1 holds it; viewer toolbar, monthly-card lock, "
        "upload note; page-marker paragraphs '⏚ n ⏚' cut sentences; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>墨筠文库 - 在线阅读</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.moyunwk.com/reader/v3/reader.css">
<script>window.__DOC__ = {"id":"3f81c0a7d2e94","pages":6,"free":3};</script>
</head>
<body>
<header class="top">
<a class="logo" href="/">⟦m 墨筠文库⟧</a>
<form class="search"><input name="kw" placeholder="搜索文档、资料"><button>⟦a 搜一下⟧</button></form>
<a class="vip" href="/vip">⟦a 月卡会员 全站文档任意读⟧</a>
<a href="/login">⟦a 登录⟧</a>
</header>
<div class="crumbs">⟦m 墨筠文库 › 行业资料 › 卫生防疫 › 调研报告⟧</div>
<main class="reader">
<div class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：yuanye_0715　　6页　　阅读 1,204　　上传于 2024-09-02⟧</p>
<div class="toolbar">⟦a 放大　缩小　全屏阅读　目录　转存网盘⟧</div>
</div>
<div class="doc-pages">
{BODY}
</div>
<div class="lock">
<p>⟦a 剩余3页受保护，开通月卡后继续阅读全文⟧</p>
<button>⟦a 立即开通⟧</button> <button>⟦a 单篇购买 ￥5.80⟧</button>
</div>
</main>
<aside class="rel">
<h3>⟦l 读过这篇的人也在看⟧</h3>
<ul>
<li>⟦l 爱国卫生月病媒防制工作总结.docx⟧</li>
<li>⟦l 公园绿地蚊虫密度监测报告.pdf⟧</li>
<li>⟦l 城区夏季灭蚊行动实施方案⟧</li>
</ul>
</aside>
<footer>
<p>⟦d 文档由用户上传并发布，墨筠文库只提供存储空间，若侵犯了您的权利，请提交权属证明，我们核实后下架。⟧</p>
<p>⟦m © 2024 墨筠文库　浙ICP备21008364号-3⟧</p>
</footer>
<script src="https://static.moyunwk.com/reader/v3/reader.js"></script>
</body>
</html>
""",
        pages=dict(fmt="⏚ {n} ⏚", every=150, start=2),
        body="""
为掌握城区公共场所灭蚊灯的设置和运行情况，7月下旬，县爱卫办会同县疾控中心，对城区12个公园、广场和8个农贸市场进行了实地调研，共查看灭蚊灯186盏。现将有关情况报告如下。
一、基本情况
186盏灭蚊灯中，正常运行的142盏，占76.3%；灯管损坏或不亮的27盏；接线裸露、无防雨措施的17盏。
二、存在问题
（一）布点不够科学。部分灭蚊灯装在人行道正上方或休息座椅旁，反而把蚊虫引向人群。
（二）日常维护缺位。多数灯具安装后无人清理集虫盒，个别灯具集虫盒已经堆满，诱杀效果明显下降。
（三）用电安全隐患较多。一些灯具电源线沿树干随意拉设，雨天存在漏电风险。
三、几点建议
一是按照“远离人群、靠近水体和绿化带”的原则重新调整布点；二是明确灭蚊灯的管护单位，每周清理一次集虫盒；三是由供电部门协助排查线路，统一加装防水接线盒。
鲈川县爱国卫生运动委员会办公室
2024年8月26日
""",
    ),
    dict(
        slug="wenku-modian-plan-chainsaw-wrapped-glued-markers",
        site="墨点文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://wk.modian365.cn/p-88130452.html",
        title="鲦山县国有林场油锯作业安全专项整治方案",
        record_title="鲦山县国有林场油锯作业安全专项整治方案.pdf",
        date="2024-03-12",
        notes="file-name record title; wrapped at 60 columns; page markers '⧇n⧇' glued to the continuation line; "
        "upload stamp is no date; 成文日期 under the signature",
        page="""
!m 墨点文库　|　免费文档分享与在线阅读
!t 鲦山县国有林场油锯作业安全专项整治方案.pdf
!m 贡献者：林下小溪　　上传于2024-03-20　　共5页　　PDF
!a 下载本文档　　放进收纳夹　　分享链接
{T}
{BODY}
!a 本文档还剩1页，完整版请下载后阅读
!a 下载所需：8 墨点币　　（新用户首单免费）
!d 该资料由网友分享上传，墨点文库只提供页面展示，对内容的准确性不作保证。
!l 相关文档：林区防火期野外用火管理办法.doc　|　护林员巡山工作制度.pdf
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⧇{n}⧇", every=150, start=2, glue=True),
        body="""
为有效防范油锯作业中的伤人和火灾事故，根据县林业局安排，结合林场实际，制定本方案。
一、整治时间
2024年3月15日至6月30日。
二、整治重点
（一）油锯持证上岗情况。凡使用油锯的职工和临时用工，必须经过培训并取得林场颁发的操作证，无证人员一律不得上山作业。
（二）油锯机况。重点检查链条制动器、链条捕捉器、油门锁和消声器火花罩，缺一项即停用维修。
（三）野外加油和存油。加油必须在距离明火和枯枝落叶10米以外的空地进行，油桶不得放在作业点下风处。
三、工作步骤
场部组织各营林区逐台登记油锯，4月底前完成自查；5月由安全股抽查，对发现的问题限期整改；6月下旬进行总结。
四、工作要求
各营林区负责人是本区油锯安全第一责任人，要把整治工作和春季造林、森林防火结合起来，确保整治不走过场。
鲦山县国有林场
2024年3月12日
""",
    ),
    dict(
        slug="gov-luchuan-notice-heater-spot-check-index-table",
        site="鲈川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.luchuan.example.gov.cn/xxgk/bmxxgk/scjgj/tzgg/202411/t20241112_4418.html",
        title="关于开展冬季取暖器产品质量监督抽查的通知",
        record_title="关于开展冬季取暖器产品质量监督抽查的通知_部门公开_鲈川县人民政府门户网站",
        date="2024-11-08",
        date_also=["2024-11-12"],
        notes="county portal with care-mode and screen-reader links, an index table (the 文号 cell unmarked), "
        "a correction line and the 12345 line; the bureau's own contact, 附件, 抄送 and 印发 lines stay; "
        "the portal's publish date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展冬季取暖器产品质量监督抽查的通知_部门公开_鲈川县人民政府门户网站</title>
<meta name="SiteName" content="鲈川县人民政府门户网站">
<meta name="ColumnName" content="通知公告">
<link rel="stylesheet" href="/images/gov2024.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar">
<span>⟦m 今天是：2024年11月12日 星期二⟧</span>
<a href="javascript:;" id="care">⟦a 关怀版⟧</a>
<a href="javascript:;" id="reader">⟦a 读屏助手⟧</a>
<a href="javascript:;">⟦a 繁體⟧</a>
<a href="/wza/">⟦a 无障碍辅助⟧</a>
</div>
<div class="banner"><img src="/images/banner.jpg" alt="鲈川县人民政府"><span>⟦m 鲈川县人民政府　www.luchuan.example.gov.cn⟧</span></div>
<ul class="nav">
<li>⟦m 首页⟧</li><li>⟦m 走进鲈川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li>
</ul>
<div class="location">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 县市场监督管理局 &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11431127MB1C58/2024-01186⟧</td><td>⟦m 主题分类：市场监管、质量监督⟧</td></tr>
<tr><td>⟦m 发文机关：县市场监督管理局⟧</td><td>⟦m 发布日期：2024-11-12⟧</td></tr>
<tr><td>文　　号：鲈市监〔2024〕41号</td><td>⟦m 时效状态：现行有效⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="zoom">⟦a 【字号 大 中 小】　【打印本页】　【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦a 转发到：微信 微博 QQ空间⟧</div>
<p class="jiucuo">⟦a 页面内容有误？点此向我们提交纠错⟧</p>
</div>
<div class="related">
<h4>⟦l 相关信息⟧</h4>
<ul>
<li>⟦l 县市场监管局2024年第三季度产品质量抽查结果公示⟧</li>
<li>⟦l 关于做好冬季电动自行车充电安全管理的提示⟧</li>
</ul>
</div>
<div class="footer">
<p>⟦m 主办：鲈川县人民政府办公室　承办：鲈川县政务数据服务中心⟧</p>
<p>⟦m 有事找政府，请拨打 12345 政务服务便民热线⟧</p>
<p>⟦m 网站标识码：4311270003　湘ICP备05009821号　湘公网安备43112702000118号⟧</p>
</div>
<script src="/js/footer_stat.js"></script>
</body>
</html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
为保障群众冬季取暖用电安全，根据年度抽查计划，县局决定于11月至12月开展取暖器产品质量监督抽查。现将有关事项通知如下：
一、抽查范围。城区及各乡镇家电卖场、五金店、超市和网络销售主体销售的电暖器、暖风机、油汀及“小太阳”等取暖器产品。
二、抽查项目。重点检验标志和说明、对触及带电部件的防护、发热、耐潮湿、倾倒断电保护等项目。
三、工作要求。各所要于11月20日前摸清辖区销售主体底数，配合检验机构做好抽样；对抽查不合格的产品，依法责令停止销售并立案查处。
联系人：质量股　甘若澜　电话：0739-6823417
附件：1.取暖器产品抽样单
2.取暖器销售主体摸底登记表
鲈川县市场监督管理局
2024年11月8日
抄送：市市场监督管理局质量监督处。
鲈川县市场监督管理局办公室　　2024年11月8日印发
""",
    ),
    dict(
        slug="gov-diecheng-bulletin-mower-noise-table",
        site="鲽城区人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.diecheng.example.gov.cn/zwgk/zwdt/202407/t20240717_2291.html",
        title="关于城市绿地割草作业噪声扰民问题整改情况的通报",
        record_title="关于城市绿地割草作业噪声扰民问题整改情况的通报 - 政务动态 - 鲽城区人民政府",
        date="2024-07-15",
        date_also=["2024-07-17"],
        notes="district portal text page; a 发布时间 line differs from the 成文日期; a table one row a paragraph; "
        "a large-print link glued before the addressee line; a sharing row on a line of its own between paragraphs",
        page="""
!m 鲽城区人民政府　　鲚州市鲽城区
!m 首页 ＞ 政务公开 ＞ 政务动态
{T}
!m 发布时间：2024-07-17 10:26　　信息来源：区城市管理局　　浏览次数：637
{BODY}
!a 【打印】【关闭窗口】【收藏这一页】
!l 上一条：鲽城区2024年汛期城市排涝工作情况
!l 下一条：关于开展背街小巷环境整治“回头看”的通知
!m 鲽城区人民政府办公室主办　　联系电话：0736-2218806
!m 湘ICP备11009370号-1　　网站标识码：4307020019
""",
        body="""
⟦a 〔大字版〕⟧各街道办事处，区园林绿化服务中心：
6月以来，区城管局陆续接到市民反映，部分绿化养护单位清晨和午间使用割草机作业，噪声影响群众休息。区城管局会同生态环境分局进行了专项督办，现将整改情况通报如下。
一、整改情况
截至7月12日，共受理相关投诉31件，已全部整改办结。各街道情况如下：
街道　投诉件数　已整改　整改率
鲳园街道　14　14　100%
鳑苑街道　9　9　100%
鲹溪街道　8　8　100%
⟦l 分享至：微信好友　朋友圈　微博⟧
二、下一步要求
一是割草作业时间统一调整为上午8时至11时30分、下午2时30分至6时，居民区周边禁止在午休时段作业。二是优先选用电动割草机，燃油割草机须加装消声装置。三是各街道要在作业点设置公示牌，写明作业单位和监督电话。
鲚州市鲽城区城市管理局
2024年7月15日
""",
    ),
    dict(
        slug="news-feikou-chainsaw-skills-contest-h1",
        site="鲆岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.pingling-news.example.cn/xz/2024-04/18/content_77201.html",
        title="鲱口镇林场举办油锯操作技能比武",
        record_title=None,
        date="2024-04-18",
        notes="no title in the record; <h1> holds it; app prompt, listen button, photo captions between paragraphs, "
        "a 24-hour list; the editor line glued after the last paragraph; the 发布时间 line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>鲆岭新闻网</title>
<meta name="description" content="鲆岭县融媒体中心主办">
<link rel="stylesheet" href="//res.pingling-news.example.cn/css/article.css">
<script>var articleId = 77201;</script>
</head>
<body>
<div class="app-tip">⟦a 打开“鲆岭发布”客户端，看更多本地新闻⟧ <a class="open">⟦a 马上打开⟧</a></div>
<header>
<div class="logo">⟦m 鲆岭新闻网⟧</div>
<nav>⟦m 首页　时政　乡镇　民生　文旅　视频　专题⟧</nav>
</header>
<div class="breadcrumb">⟦m 首页 ＞ 乡镇 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-04-18 09:32　　来源：鲆岭县融媒体中心　　记者：邝晴川　通讯员：闵子禾⟧</div>
<div class="listen"><button>⟦a ▷ 听新闻⟧</button></div>
<div class="article-body">
{BODY}
</div>
<div class="art-tools">⟦a 点赞　收藏　转发⟧</div>
</article>
<aside>
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 鲆岭县春季森林防火进入紧要期⟧</li>
<li>⟦l 鳗田镇茶园开采 头茶卖上好价钱⟧</li>
<li>⟦l 县城南门菜场改造完工⟧</li>
</ol>
</aside>
<footer>
<p>⟦d 本网所刊稿件未经授权不得转载、摘编，违者必究。⟧</p>
<p>⟦m 鲆岭县融媒体中心主办　新闻热线：0746-3810025⟧</p>
<p>⟦m 互联网新闻信息服务许可证：43120240009⟧</p>
</footer>
</body>
</html>
""",
        body="""
4月16日，鲱口镇国有林场在场部林下空地举办油锯操作技能比武，来自4个营林区的22名油锯手同场竞技。
比武设定向伐木、截锯精度和油锯拆装保养三个项目。裁判组不仅看速度，更看安全动作：上场前是否检查链条制动、是否戴好护目面罩和防割裤，一项不合格就要扣分。
⟦m 图为参赛选手在截锯精度项目中比拼。邝晴川 摄⟧
经过半天角逐，二营林区的油锯手沈渡获得第一名。他说：“油锯转起来就是每分钟上万转，手上一慢、脚下一滑都可能出事，平时练的就是这份稳。”
⟦m 图为裁判检查参赛油锯的链条制动器。⟧
林场负责人介绍，今年林场将对所有油锯手轮训一遍，比武中暴露的问题将列入春季安全整改清单。⟦m （编辑：晏秋　审核：柴晓帆）⟧
""",
    ),
    dict(
        slug="news-jizhou-community-shower-heads-record-date",
        site="鲚州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.jizhou.example.cn/minsheng/202409/05/t20240905_19027.shtml",
        title="鲳园社区为60户独居老人免费更换防烫花洒",
        record_title="鲳园社区为60户独居老人免费更换防烫花洒_民生在线_鲚州新闻网",
        record_date="2024-09-05",
        date="2024-09-05",
        notes="record gives the date; title repeated in the page; a 'read the paper' app prompt glued before the lead; "
        "editor line on its own at the end",
        page="""
!m 鲚州新闻网　鲚州日报社主办
!m 首页 > 民生在线 > 社区
!t 鲳园社区为60户独居老人免费更换防烫花洒
!m 2024-09-05 08:47　来源：鲚州日报　作者：钮可欣
!a 字号：大 中 小　　分享到
{BODY}
!m 【责编：谈钰】
!l 相关新闻：
!l 鲽城区启动第二批老旧小区适老化改造
!l 社区食堂里的“银发餐桌”
!d 鲚州新闻网版权所有，未经书面授权禁止使用
""",
        body="""
⟦a 下载鲚州日报APP，看原版报纸⟧本报讯　9月3日，鲽城区鲳园社区的志愿者和水电师傅一起走进居民家中，为辖区60户独居老人免费更换了带恒温阀的防烫花洒。
“以前冬天洗澡，热水一下冲出来，烫得直往后躲，差点滑倒。”家住鲳园小区7栋的82岁老人万秀英说，新花洒出水温度稳定，把手也做了防滑处理，用起来放心多了。
据了解，此次更换的花洒由辖区一家卫浴企业捐赠，社区提前入户摸排，优先为行动不便、独居和患有慢性病的老人安装。师傅们在安装后还逐户讲解使用方法，并检查了卫生间的防滑垫和扶手。
社区负责人表示，下一步将把花洒更换纳入居家适老化改造清单，年内再为40户老人完成更换。
""",
    ),
    dict(
        slug="forum-lvshouzhi-mower-review-jammer",
        site="绿手指园艺论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.lvshouzhi.example.com/thread-408715-1-1.html",
        title="手推汽油割草机用了一夏，说说优缺点",
        record_title="[用机心得] 手推汽油割草机用了一夏，说说优缺点 - 园艺机械 - 绿手指园艺论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts glued after sentences and on their own lines, rating row, signature, "
        "replies; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[用机心得] 手推汽油割草机用了一夏，说说优缺点 - 园艺机械 - 绿手指园艺论坛 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 绿手指园艺论坛⟧　<a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册新账号⟧</a></div>
<div id="pt">⟦m 绿手指园艺论坛 › 工具器械区 › 园艺机械 › 正文⟧</div>
<div class="ts"><span>⟦m 查看: 4102 | 回复: 37⟧</span>
<h1><span id="thread_subject">{T}</span></h1></div>
<table class="plhin">
<tr>
<td class="pls">
<div class="authi">⟦m 南坡种菜人⟧</div>
<p>⟦m 积分 2216　帖子 583　园丁勋章×2⟧</p>
</td>
<td class="plc">
<div class="pi">⟦m 楼主　发表于 5 天前　| 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8871024">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　园艺币 +18　收起 理由：实用 经验之谈 赞一个⟧</div>
<div class="sign">⟦m 家有小院半亩，种菜种花种心情⟧</div>
<div class="po">⟦a 回复　支持(12)　反对　收藏　举报⟧</div>
</td>
</tr>
</table>
<div class="reply">⟦l 沙发 | 土豆种子 发表于 5 天前：电启动那款怎么样？⟧</div>
<div class="reply">⟦l 板凳 | 阿坤爱折腾 发表于 4 天前：刀盘高度档位有几档？⟧</div>
<div id="f_pst">⟦a 登录后才能发表回复，还没有账号？马上注册⟧</div>
<div id="ft">⟦m Archiver｜手机版｜小黑屋｜绿手指园艺论坛 粤ICP备16055813号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=3),
        body="""
今年开春在网上买了一台手推式汽油割草机，四冲程，刀盘46厘米，院子里的草坪大概一百二十平方米，用了一个夏天，说说真实感受。
先说优点。动力足，草长到二十厘米也能一遍推平；集草袋很大，割一遍倒两次就够了；刀盘高度可以调六档，夏天我一般调到第四档，草不容易晒死。
再说缺点。一是声音大，早上七点前和中午我都不敢开，怕吵到邻居。二是机器重，上下台阶很费劲，要两个人抬。三是每次用完都要清理刀盘下面的湿草，不然容易生锈。
最后提醒新手几句：加油一定要熄火等机器凉了再加，清草前先拔火花塞帽，院子里的小石子、树枝先捡干净，别让刀片打飞出去。
""",
    ),
    dict(
        slug="forum-famuren-chainsaw-chain-junk-text",
        site="伐木人论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.famuren-bbs.example.net/thread-22083-1-1.html",
        title="油锯链条老是跳链，自己摸索出几个办法",
        record_title="[维修经验] 油锯链条老是跳链，自己摸索出几个办法 - 林机维修 - 伐木人论坛",
        date=None,
        notes="forum text page with anti-scraping junk on lines and glued after sentences; the post time is 'yesterday' (no date)",
        page="""
!m 伐木人论坛 - 林区机械交流社区
!m 伐木人论坛 » 林机维修 » 查看帖子
!t [维修经验] 油锯链条老是跳链，自己摸索出几个办法
!m 楼主：老周锯子　　发表于 昨天 21:14　　查看：1937　回复：26
{BODY}
!l 本帖被以下淘专辑推荐：油锯修理手记
!a 点评　回复　收藏本帖　分享
!l 2楼 山里娃阿勇：第三条太对了，我那台就是导板磨偏了
!l 3楼 黑松林：导板翻面这招学到了
!a 登录/注册后才能参与讨论
!m Powered by Discuz! X3.4　© 2008-2024 famuren-bbs.example.net
""",
        junk=dict(lines=2, glued=3),
        body="""
我那台五十多cc的油锯用了三年，最近老是跳链，锯不了几下链条就从导板上掉下来，差点伤到脚。前后折腾了一个礼拜，总结出几个原因，给遇到同样问题的兄弟参考。
第一，链条太松。链条冷的时候要调到用手拉能拉动、但提起来不离开导板槽的程度，锯一阵子发热会变松，停下来要再紧一次。
第二，链轮磨损。链轮齿磨尖了，链条就咬不住，换个链轮几十块钱，别舍不得。
第三，导板磨偏。导板两边磨得不一样，链条跑着跑着就往一边歪。我把导板翻了个面用，再把槽口毛刺锉平，现在好多了。
最后说一句，调链条之前一定要熄火，戴上手套，别图快。
""",
    ),
]
