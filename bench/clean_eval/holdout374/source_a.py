"""holdout374, part A: 范文 sites, 文库 previews, government portals, news portals, forums.
Invented text (see ../README.md and ../build.py for the markup)."""

CASES = [
    dict(
        slug="fanwen-mohong-speech-swingcar-rectify-gb2312",
        site="墨泓范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mohongfw.com/jianghua/lingdao/2025/0506/51873.html",
        title="在全区儿童扭扭车安全隐患专项整治工作推进会上的讲话",
        record_title="【致辞精品】在全区儿童扭扭车安全隐患专项整治工作推进会上的讲话（稍作修改即可上会）_墨泓范文网",
        date="2025-04-17",
        date_also=["2025-05-06"],
        notes="old table layout with marquee, reading-settings row, floating ghost-writer box and visitor counter; "
        "date under the speech title differs from the posting time; speaker line neutral; ghost-writer QQ glued after a paragraph",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞精品】在全区儿童扭扭车安全隐患专项整治工作推进会上的讲话（稍作修改即可上会）_墨泓范文网</title>
<meta name="keywords" content="扭扭车,专项整治,推进会,讲话稿">
<link href="/skin/mh2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mh_common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨泓范文网　研墨千篇 落笔有神⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 会员登入⟧</a>　<a href="/user/reg.asp">⟦a 新用户注册⟧</a>　<a href="javascript:window.external.addFavorite('http://www.mohongfw.com','墨泓范文网')">⟦a 把墨泓加入收藏⟧</a></td></tr>
<tr><td colspan="2" class="menu"><a href="/">⟦m 墨泓首页⟧</a>　<a href="/jianghua/">⟦m 讲话发言⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/fangan/">⟦m 策划方案⟧</a>　<a href="/gongwen/">⟦m 公文通知⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 墨泓温馨提示：文稿仅作写作参考，使用前请结合本单位实际认真修改。⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您所在位置：<a href="/">墨泓范文网</a> &gt;&gt; <a href="/jianghua/">讲话发言</a> &gt;&gt; 领导讲话⟧</div>
<h1 class="bt">{T}</h1>
<div class="xinxi">⟦m 更新时间：2025-05-06　稿源：网友投递　人气：1284⟧</div>
<div class="shezhi">⟦a 阅读设置：【特大】【标准】【偏小】【护眼底色】⟧</div>
<div class="zhengwen">
<p align="center">区政府副区长　郑宛青</p>
<p align="center">（2025年4月17日）</p>
{BODY}
</div>
<div class="xiazai">⟦a 〖存为Word文档〗〖一键复制〗〖打印此页〗⟧</div>
<div class="sxp">⟦l 上一篇：全区校园周边交通秩序整治会议主持词⟧<br>⟦l 下一篇：在幼儿园安全工作会上的表态发言⟧</div>
</td>
<td width="250" valign="top">
<div class="bt2">⟦l 本月点击排行⟧</div>
<ul>
<li><a href="/jianghua/4411.html">⟦l 1. 在市场监管系统半年工作会上的讲话⟧</a></li>
<li><a href="/jianghua/4406.html">⟦l 2. 儿童用品质量安全座谈会发言稿⟧</a></li>
<li><a href="/jianghua/4398.html">⟦l 3. 分管副区长在安全生产月启动会上的致辞⟧</a></li>
</ul>
</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:230px;">⟦w 文稿定制请找墨泓：Q 3302817765　微 mohong_fw⟧</div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="foot" align="center">⟦d 本站稿件多为网友投递，仅限学习参考，严禁用于商业目的。⟧<br>⟦m 墨泓范文网 版权所有　ICP备案号：赣ICP备11038265号⟧<br>⟦m 截至今日，墨泓已迎来第 0583216 位来访者⟧</td></tr>
</table>
<script language="javascript">mhFloat('floatqq');</script>
</body>
</html>
""",
        body="""
同志们：
今天我们召开全区儿童扭扭车安全隐患专项整治工作推进会，主要是通报前一阶段排查情况，部署下一步整治任务。刚才，区市场监管局通报了抽查结果，两个街道作了交流发言，我都同意。下面，我讲三点意见。
一、正视问题，增强做好整治工作的紧迫感
扭扭车结构简单、价格便宜，深受低龄儿童喜爱，但部分产品存在轮子易脱落、座板边缘锋利、缺少防侧翻设计等问题。今年一季度，区妇幼保健院接诊的儿童骑行类外伤中，与扭扭车有关的就有37例。小玩具背后是大安全，我们决不能掉以轻心。⟦w 讲话稿代笔、润色提纲请加QQ：2216409358⟧
二、突出重点，把整治措施落到每个环节
一要管住源头，对辖区3家生产企业和41家销售门店开展全覆盖检查；二要管好场所，商场、广场、小区等儿童聚集区域要设置骑行提示牌，坡道和台阶附近禁止骑行；三要管到家庭，通过幼儿园家长会和社区宣传栏，把安全骑行常识送到每个家庭。
三、压实责任，确保整治工作取得实效
各街道、各部门要明确分管领导和联络人，每周报送整治进展，5月底前完成全部隐患整改。区政府督查室将适时开展督查，对工作不力的单位予以通报。
同志们，孩子们的安全无小事。希望大家以对群众高度负责的态度，把这件实事办好办实。
""",
    ),
    dict(
        slug="fanwen-bigeng-insight-glovebox-rattle-title-line",
        site="笔耕小筑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.bgxiaozhu.net/xinde/gangwei/20937.html",
        title="参加手套箱异响攻关小组的几点心得",
        record_title=None,
        date=None,
        notes="no title in the record: the title line stands after a tag line; a collect link glued after a sentence; "
        "no date (a 收录 stamp with a relative time only)",
        page="""
!m 笔耕小筑 · 一篇范文，一份灵感
!m 位置：小筑首页 / 心得体会 / 岗位心得
!m 标签：异响　攻关　总装　QC小组
{T}
!m 收录：小筑编辑阿砚　｜　收录于 4 天前　｜　人气 936
!a 〔复制本篇〕　〔导出Word〕　〔加入书架〕
{BODY}
!a 正文已完整展示；如需排好版的Word稿，登录小筑后即可领取
!w 心得、总结可按单位要求量身撰写，小筑客服微信：bgxz_2019
!l 同类推荐
!l ▸ 质量月活动个人心得（总装车间版）
!l ▸ 参加QC小组活动的收获与体会
!l ▸ 精益生产培训后的三点思考
!d 小筑声明：文章源自网友分享，转载请保留出处，如涉侵权请联系删除。
!m ©2017-2025 笔耕小筑 bgxiaozhu.net
""",
        indent="\u3000\u3000",
        body="""
去年九月，公司成立了副驾驶手套箱异响攻关小组，我作为总装班组的代表参加了三个多月的攻关。从一开始连异响从哪里来都说不清，到最后把这一项的返修率从2.6%降到0.3%，我有几点体会。
第一，问题要到现场去找。刚开始我们在会议室里反复讨论，方案出了好几版，效果都不明显。后来大家干脆坐进试验车，在颠簸路上一遍遍开关手套箱，才发现声音来自限位拉带和箱体之间的摩擦。
第二，小改进也要有数据撑腰。⟦a 点此收藏本文⟧我们给拉带加了一层植绒胶带，又对锁扣间隙做了两轮测量，每一轮都记录100台车的结果，最终用数据说服了工艺科。
第三，班组的经验是宝贵财富。老师傅一句“听声音像是卡子没到位”，帮我们少走了不少弯路。
这次攻关让我明白，质量不是检出来的，而是一道工序一道工序做出来的。
""",
    ),
    dict(
        slug="wenku-wanjuan-research-barrier-html-markers",
        site="万卷云阅文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.wanjuanyunyue.com/view/8c1f0e27a4b94d31.html",
        title="关于城区道路隔离墩设置与管护情况的调研报告",
        record_title="关于城区道路隔离墩设置与管护情况的调研报告（完整版·共6页）- 万卷云阅文库",
        date="2025-04-28",
        notes="文库 reader: viewer toolbar, page markers '♃ n ♃' as HTML paragraphs cutting sentences, coin pay box, "
        "uploader box; 成文日期 under the signature; survey figures inside sentences",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于城区道路隔离墩设置与管护情况的调研报告（完整版·共6页）- 万卷云阅文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.wanjuanyunyue.com/reader/v3/reader.css">
<script src="https://static.wanjuanyunyue.com/reader/v3/reader.js" defer></script>
</head>
<body>
<header class="wj-top">
<a class="logo" href="/">⟦m 万卷云阅文库｜好文档 随时读⟧</a>
<nav><a href="/cat/gongwen">⟦m 公文写作⟧</a> <a href="/cat/diaoyan">⟦m 调研报告⟧</a> <a href="/cat/jiaotong">⟦m 交通物流⟧</a></nav>
<a class="btn-up" href="/upload">⟦a 我要传文档⟧</a> <a class="btn-login" href="/passport">⟦a 账号登录·注册⟧</a>
</header>
<main class="wj-main">
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 页数：6页　大小：86KB　格式：DOCX　贡献者：路政小陈⟧</div>
<div class="doc-meta">⟦m 上传于 2025-05-10　浏览 2731　下载 118⟧</div>
<div class="viewer-bar">⟦a 放大 ｜ 缩小 ｜ 全屏阅读 ｜ 转为PDF ｜ 举报⟧</div>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="pay-box">
<p>⟦a 还剩 2 页未读，支付 6 云币即可阅读并下载全文⟧</p>
<p><a href="/pay/8c1f0e27">⟦a 立即支付下载⟧</a>　<a href="/vip">⟦a 开通云阅年卡，全站免费读⟧</a></p>
</div>
<aside class="wj-side">
<h3>⟦l 看过这篇的人还看了⟧</h3>
<ul>
<li>⟦l 城市道路交通设施管护情况调研（共5页）⟧</li>
<li>⟦l 关于学校周边交通安全设施的调查报告⟧</li>
<li>⟦l 市政设施“三不管”问题的成因与对策⟧</li>
</ul>
</aside>
</main>
<footer class="wj-foot">
<p>⟦d 文档由用户自行上传并对其内容负责，本站只提供存储和阅读服务，如有侵权请点击“申诉”。⟧</p>
<p>⟦m © 2025 万卷云阅 wanjuanyunyue.com　浙ICP备20071843号-3⟧</p>
</footer>
</body>
</html>
""",
        pages=dict(fmt="♃ {n} ♃", every=150, start=2),
        body="""
为了解城区道路隔离墩的设置和管护情况，4月中旬，县交通运输局会同县公安局交警大队组成调研组，对城区12条主次干道开展了实地调研，现将有关情况报告如下。
一、基本情况
目前城区共设置各类隔离墩3460个，其中混凝土隔离墩2180个、塑料注水隔离墩1050个、橡胶隔离墩230个，主要分布在学校门口、施工路段和主干道中央分隔带。调研发现，隔离墩在规范车辆通行、减少随意掉头等方面发挥了积极作用。
二、存在的问题
一是破损缺失较多，抽查的620个隔离墩中，破损或缺失的有74个，占11.9%；二是反光标识老化，夜间可视性差；三是临时设置的注水隔离墩长期不撤，占用非机动车道；四是管护责任不清，部分路段存在交通、城管、住建都不管的现象。
三、意见建议
建议明确隔离墩“谁设置、谁管护”的责任，建立台账和季度巡查制度；逐步以橡胶隔离墩替换易碎的混凝土隔离墩；对施工结束的路段，限期撤除临时隔离墩，恢复道路原貌。
邯溪县交通运输局调研组
2025年4月28日
""",
    ),
    dict(
        slug="wenku-shijuan-plan-electroscope-wrapped-glued-markers",
        site="拾卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.shijuan.cn/p-4479120365.html",
        title="电工实训室验电器配置与定期校验工作方案",
        record_title="电工实训室验电器配置与定期校验工作方案.pdf",
        date="2025-02-24",
        notes="file-name record title; text hard-wrapped at 62 columns with '☥n' markers glued to the continuation line; "
        "decimal headings 1.1–2.2; 成文日期 under the signature",
        page="""
!m 拾卷文库
!m 文库首页 > 教育资料 > 职业教育 > 实训管理
!t 电工实训室验电器配置与定期校验工作方案.pdf
!m 共 3 页 · 1.2万字节 · 上传者：桃李不言 · 2025-03-02 上传
!a 〔开始阅读〕〔转存到我的文库〕〔复制链接〕
{BODY}
!a —— 预览已到末页，完整版请下载后查看 ——
!a 下载此文档（需8拾卷豆）　　　VIP免豆下载
!l 相关文档：实训室安全管理制度汇编（28页）
!l 相关文档：低压电工实操考核评分标准（4页）
!d 本文档为用户上传，拾卷文库不对其内容的准确性负责，如有异议请提交纠错。
!m 拾卷文库 shijuan.cn　苏ICP备19052736号
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="☥{n}", every=140, start=2, glue=True),
        body="""
为规范电工实训室验电器的配置、使用和校验，保障师生实训安全，结合学院实际，制定本方案。
1. 配置标准
1.1 低压实训工位每个配备笔式验电器1支、数显感应验电器1支，由实训室统一编号，编号用油漆笔写在笔杆尾部。
1.2 高压演示区配备10kV声光验电器2支，存放于专用工具柜，由实训室管理员统一保管，借用时须登记。
2. 校验要求
2.1 验电器每半年送有资质的机构校验一次，校验合格后贴标签，标签注明校验日期和有效期，过期未校验的一律不得使用。
2.2 每次使用前，应先在确认有电的设备上试验，确认验电器完好后方可使用；声光验电器还应按下自检按钮，确认声光信号正常。
3. 责任分工
实训室管理员负责建立验电器台账，指导教师负责课前检查，学生发现验电器损坏应立即报告，不得私自拆修。
4. 实施时间
本方案自2025年3月起实施，由电气工程系负责解释。
邯溪职业技术学院电气工程系
2025年2月24日
""",
    ),
    dict(
        slug="gov-hanxi-notice-barrier-inspection-index-table",
        site="邯溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hanxi.gov.cn/zwgk/tzgg/202505/t20250509_3318264.html",
        title="关于开展城区道路隔离墩安全隐患排查整治的通知",
        record_title="关于开展城区道路隔离墩安全隐患排查整治的通知_公示通告_邯溪县人民政府",
        record_date="2025-05-09",
        date="2025-05-09",
        notes="county portal: 长者模式/读屏 links, 索引号 table with the 文号 cell unmarked, attachment download links "
        "beside the notice's own 附件 list, the notice's 联系人/电话 beside the portal's 纠错 line and 12345; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展城区道路隔离墩安全隐患排查整治的通知_公示通告_邯溪县人民政府</title>
<meta name="SiteName" content="邯溪县人民政府">
<meta name="ColumnName" content="公示通告">
<link rel="stylesheet" href="/images/hx_gov2024.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="hx-topbar">
<span>⟦m 今天是：2025年5月12日 星期一⟧</span>
<a href="javascript:;" id="zhangzhe">⟦a 长者模式⟧</a> <a href="javascript:;" id="duping">⟦a 读屏专用⟧</a> <a href="/wza/">⟦a 无障碍辅助阅读⟧</a>
</div>
<div class="hx-banner">⟦m 邯溪县人民政府　www.hanxi.gov.cn⟧</div>
<ul class="hx-nav">
<li><a href="/">⟦m 网站首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjhx/">⟦m 走进邯溪⟧</a></li>
</ul>
<div class="hx-crumb">⟦m 当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">公示通告</a>⟧</div>
<table class="hx-xxgk">
<tr><td>⟦m 索引号：113405270031864X/2025-00417⟧</td><td>⟦m 发布机构：邯溪县交通运输局⟧</td></tr>
<tr><td>文号：邯交〔2025〕17号</td><td>⟦m 主题分类：交通运输、安全生产⟧</td></tr>
<tr><td>⟦m 生成日期：2025-05-09⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
</table>
<div class="hx-article">
<h2 class="hx-title">{T}</h2>
<div class="hx-info">⟦m 来源：县交通运输局　　浏览次数：663⟧　<span class="font">⟦a 【文字：加大 还原 减小】⟧</span></div>
<div class="hx-content">
{BODY}
</div>
<div class="hx-fj">
<p>⟦a 附件下载：城区道路隔离墩排查路段清单.xlsx⟧</p>
<p>⟦a 附件下载：隔离墩安全隐患整治情况统计表.docx⟧</p>
</div>
<div class="hx-tools">⟦a 【打印本页】【关闭窗口】【转发给好友】⟧</div>
</div>
<div class="hx-related">
<h4>⟦l 本栏目其他信息⟧</h4>
<ul>
<li>⟦l 关于做好汛期国省道穿城路段安全防护的通知⟧</li>
<li>⟦l 邯溪县2025年公路养护工程计划公示⟧</li>
</ul>
</div>
<div class="hx-footer">
<p>⟦m 主办：邯溪县人民政府办公室　承办：邯溪县政务服务数据管理局⟧</p>
<p>⟦m 网站标识码：3405270019　湘公网安备43072602000118号⟧</p>
<p>⟦m 网页内容有误？请拨纠错电话 0731-6270110⟧　⟦m 政务服务便民热线：12345⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
近期，城区部分路段隔离墩出现破损、移位、反光标识脱落等情况，给群众出行带来安全隐患。为切实消除隐患，经县政府同意，决定于5月至6月在全县开展道路隔离墩安全隐患排查整治。现将有关事项通知如下。
一、整治范围。城区主次干道、学校和医院周边道路、国省道穿城路段设置的各类隔离墩。
二、工作任务。各责任单位对照附件1逐段排查，建立问题清单，6月20日前完成修复、补设或撤除，并按附件2格式报送整治情况。
三、工作要求。整治期间要设置施工警示标志，避开早晚高峰作业，确保施工安全和道路畅通。
联系人：县交通运输局公路股　唐晓岚，电话：0731-6271048。
附件：1. 城区道路隔离墩排查路段清单
2. 隔离墩安全隐患整治情况统计表
邯溪县交通运输局
2025年5月9日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
邯溪县交通运输局办公室　2025年5月9日印发
""",
    ),
    dict(
        slug="gov-zhiyang-bulletin-swingcar-spotcheck-wrapped",
        site="祉阳市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.zhiyang.gov.cn/xxgk/zlaq/202506/t20250616_771402.html",
        title="关于2025年儿童扭扭车产品质量监督抽查情况的通报",
        date="2025-06-12",
        date_also=["2025-06-16"],
        notes="record title as is; body hard-wrapped at 60 columns; 文号 line under the title (neutral); a table one row a "
        "paragraph; 成文日期 differs from the portal's posting date",
        page="""
!m 祉阳市市场监督管理局
!m 首页 ＞ 信息公开 ＞ 质量安全 ＞ 抽查通报
!a 简体 ｜ 繁體 ｜ 无障碍 ｜ 适老化浏览
{T}
祉市监质〔2025〕23号
!m 发布日期：2025-06-16　　信息来源：质量监督科　　访问量：417
{BODY}
!a 〔打印〕　〔收藏〕　〔关闭〕
!l 上一条：祉阳市2025年电动自行车产品质量抽查结果
!l 下一条：关于开展儿童学生用品质量安全“护苗”行动的通知
!m 主办单位：祉阳市市场监督管理局　　投诉举报：12315
!m 祉阳市市场监督管理局 版权所有　　湘ICP备05027719号
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
各区县市场监督管理局，各有关企业：
为加强儿童用品质量安全监管，今年4月至5月，我局组织对全市生产、销售的儿童扭扭车产品开展了质量监督抽查。现将抽查情况通报如下。
一、抽查基本情况
本次共抽查生产企业6家、销售单位18家，抽取产品30批次，检验项目包括稳定性、可触及锐利边缘、小零件和车轮牢固性等。经检验，合格25批次，不合格5批次，批次合格率83.3%。
二、抽查结果
区域　抽查批次　合格批次　不合格批次
锺山区　12　10　2
邯溪县　10　9　1
佘岭县　8　6　2
三、处理要求
对抽查不合格的产品，相关区县局要依法责令企业停止生产销售，督促其查明原因、限期整改，并跟踪复查。各生产企业要严格落实质量安全主体责任，加强出厂检验，切实保障儿童用品质量安全。
祉阳市市场监督管理局
2025年6月12日
""",
    ),
    dict(
        slug="news-hanxi-barrier-rubber-h1-missing",
        site="邯溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hanxinews.cn/bendi/2025-06/03/content_286104.html",
        title="邯溪城区主干道换装千余个橡胶隔离墩",
        record_title=None,
        record_date="2025-06-03",
        date="2025-06-03",
        notes="no title in the record (the <h1> holds it); a client prompt glued before the lead; a photo caption on its "
        "own line between paragraphs; an editor line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>邯溪城区主干道换装千余个橡胶隔离墩-本地新闻-邯溪新闻网</title>
<link rel="stylesheet" href="//res.hanxinews.cn/css/article2025.css">
<script src="//res.hanxinews.cn/js/stat.js"></script>
</head>
<body>
<div class="hx-top"><a href="/">⟦m 邯溪新闻网⟧</a>　⟦m 邯溪县融媒体中心主办⟧　<a href="/app">⟦a 下载“邯溪头条”⟧</a></div>
<div class="hx-menu"><a>⟦m 本地⟧</a> <a>⟦m 时政⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 乡镇⟧</a> <a>⟦m 视频⟧</a></div>
<div class="hx-path">⟦m 邯溪新闻网 › 本地新闻 › 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 2025-06-03 07:40　来源：邯溪日报⟧　<a class="listen">⟦a ▶ 听新闻⟧</a></div>
<div class="art-text">
{BODY}
</div>
<div class="art-share">⟦l 分享至：朋友圈 · 微博 · QQ空间⟧</div>
<div class="art-ad">⟦a 广告位招租，热线 0731-6279900⟧</div>
</div>
<div class="hot24">
<h3>⟦l 24小时热闻⟧</h3>
<ol>
<li>⟦l 县城新增三处“口袋公园”⟧</li>
<li>⟦l 邓埠镇枇杷节本周六开幕⟧</li>
<li>⟦l 高考期间城区部分路段实行交通管制⟧</li>
</ol>
</div>
<div class="foot">⟦d 邯溪新闻网原创稿件，未经授权不得转载。⟧<br>⟦m 互联网新闻信息服务许可证：34120250017⟧</div>
</body>
</html>
""",
        body="""
⟦a 打开邯溪头条客户端，看本地新闻更方便⟧本报讯（记者 杜芊芊 通讯员 柯远）6月2日夜间，随着最后一批橡胶隔离墩在长兴路中央分隔带安装到位，城区主干道隔离墩换装工程全面完工。此次换装共拆除破损混凝土隔离墩860个，新装橡胶隔离墩1120个。
新隔离墩高度降到40厘米，顶部嵌有反光条，车辆夜间行驶时在100米外就能看清。“原来的水泥墩被撞碎后，碎块散在路上很危险。”县交通运输局公路股负责人介绍，橡胶隔离墩被撞后能回弹，维修时单个更换即可，养护成本比以前降低三成左右。
⟦m 图为施工人员在长兴路安装橡胶隔离墩。记者 杜芊芊 摄⟧
家住长兴路附近的邓师傅说：“以前晚上骑电动车经过，总担心看不清隔离墩，现在亮堂多了。”
据悉，下一步县里还将对学校周边道路的隔离墩进行加密设置，进一步规范车辆停靠。⟦m 编辑：苗穗　终审：汪立⟧
""",
    ),
    dict(
        slug="news-wanxun-triangle-band-arts-festival",
        site="祉阳晚讯网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zywanxun.com/jiaoyu/202505/21/c90417.html",
        title="锺山区实验小学“小铃铛”三角铁乐队亮相市少儿艺术节",
        record_title="晚讯·校园丨锺山区实验小学“小铃铛”三角铁乐队亮相市少儿艺术节",
        date="2025-05-21",
        notes="column-prefixed record title; the byline's 发布时间 is the page's date; a photo caption and a related link "
        "between paragraphs",
        page="""
!m 祉阳晚讯网　晚间新闻 早知道
!m 首页 | 时政 | 教育 | 文化 | 城事 | 晚讯视频
!m 当前：教育频道 > 校园动态
!t 晚讯·校园丨锺山区实验小学“小铃铛”三角铁乐队亮相市少儿艺术节
!m 发布时间：2025-05-21 10:32　｜　晚讯记者 程一帆　｜　阅读 3.6万
!a A+ 　A- 　收藏　 语音播报
{BODY}
!l 【晚讯推荐】市少儿艺术节闭幕 46个节目获奖
!l 【晚讯推荐】暑期少儿公益艺术课开始报名
!a 写评论…　　　　　　发送
!m 晚讯网络违法和不良信息举报电话：0731-8826440
!m Copyright 2008-2025 zywanxun.com All Rights Reserved
""",
        body="""
5月20日晚，祉阳市第九届少儿艺术节器乐专场在市文化艺术中心举行。锺山区实验小学“小铃铛”三角铁乐队的28名队员，用大小不一的三角铁合奏了一曲《晨光》，清脆的铃声引来台下一阵阵掌声。
⟦m 图：“小铃铛”乐队在演出中。晚讯记者 程一帆 摄⟧
这支乐队成立于2022年，队员全部来自三、四年级。音乐老师葛清禾介绍，三角铁看起来简单，其实很考验节奏感和耐心，一首曲子里每个人可能只敲十几下，但每一下都不能早也不能晚。
为了让不同大小的三角铁发出和谐的声音，老师们带着孩子反复试音，最终选定了六种规格。⟦l 延伸阅读：打击乐进课堂，孩子们学到了什么⟧
四年级队员卜语桐说，以前觉得三角铁就是“叮”一下，现在才知道它也能讲故事。
""",
    ),
    dict(
        slug="forum-mengya-swingcar-wheels-jammer-html",
        site="萌芽亲子论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.mengyaqinzi.com/thread-630417-1-1.html",
        title="扭扭车轮子换成聚氨酯静音轮的经验",
        record_title="[晒装备] 扭扭车轮子换成聚氨酯静音轮的经验（附避坑清单）- 育儿装备区 - 萌芽亲子论坛",
        date=None,
        notes="Discuz-like thread: poster panel, jammer fonts as lines and glued after sentences, a rating row, a "
        "signature, replies; only relative post times, no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[晒装备] 扭扭车轮子换成聚氨酯静音轮的经验（附避坑清单）- 育儿装备区 - 萌芽亲子论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?Rk2"></script>
</head>
<body>
<div id="toptb">⟦m 萌芽亲子论坛⟧　<a>⟦a 设为首页⟧</a>　<a>⟦a 手机扫码逛萌芽⟧</a>　<a href="member.php?mod=logging">⟦a 登录⟧</a>　<a href="member.php?mod=register">⟦a 注册萌芽账号⟧</a></div>
<div id="pt">⟦m 萌芽亲子论坛 › 好物交流 › 育儿装备区 › 查看帖子⟧</div>
<div class="ts-info">⟦m 查看: 5108 ｜ 回复: 37⟧</div>
<table class="plhin">
<tr>
<td class="pls">⟦m 橙子妈妈小满⟧<br>⟦m 帖子 288 ｜ 萌芽币 1460 ｜ 注册于 2 年前⟧</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 楼主 ｜ 发表于 3 天前 ｜ 只看该作者⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="rate">⟦l 参与人数 6　萌芽币 +18　收起 理由：实用、已收藏⟧</div>
<div class="sign">⟦m —— 小满家双胞胎，一个爱车一个爱书 ——⟧</div>
<div class="po">⟦a 回复 ｜ 引用 ｜ 点赞 ｜ 举报⟧</div>
</td>
</tr>
</table>
<div class="reply">⟦l 沙发 ｜ 糖豆爸：我家那台也是吵，明天就去换⟧</div>
<div class="reply">⟦l 板凳 ｜ 七七麻麻：请问楼主轮子直径多少？⟧</div>
<div id="f_pst">⟦a 登录萌芽后才能参与讨论　立即登录 ｜ 没有账号？⟧</div>
<div id="ft">⟦m 萌芽亲子论坛 ( 闽ICP备17062284号 )⟧　⟦m 现在时间 GMT+8 21:46⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
我家老大三岁半，去年买的扭扭车一直在客厅和小区里骑，原装的PVC轮子在地砖上吵得很，楼下邻居还上来提醒过一次。上个月我把四个轮子都换成了聚氨酯静音轮，效果不错，分享一下经验。
第一，先量好轮轴直径。我家的车是8毫米轴，买之前一定要用卷尺或者游标卡尺量清楚，不然买回来装不上。
第二，选带轴承的轮子。带轴承的转起来顺，孩子蹬着不费劲；不带轴承的虽然便宜十几块，但骑久了容易偏磨。
第三，装好后检查一遍卡簧。换轮子最怕卡簧没卡到位，骑着骑着轮子掉了，孩子很容易摔倒。我装完后让老公用力拽了几下，确认牢固才让孩子骑。
换完以后，在地砖上几乎听不到声音，下坡也比以前稳。唯一要提醒的是，静音轮抓地力强，在木地板上转弯时要慢一点。
""",
    ),
    dict(
        slug="forum-yutu-glovebox-latch-diy-junk",
        site="驭途车友论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://club.yutuchefriend.com/forum/thread/2290541",
        title="副驾手套箱关不严的问题自己搞定了",
        record_title="【DIY分享】副驾手套箱关不严的问题自己搞定了（全程没拆饰板）",
        date=None,
        notes="car-club thread: junk lines and junk glued after sentences, an edited stamp with a relative time, "
        "replies, a points prompt; no date",
        page="""
!m 驭途车友论坛 — 懂车的人都在这
!m 论坛首页 » 车型俱乐部 » 紧凑型轿车 » 改装DIY
!t 【DIY分享】副驾手套箱关不严的问题自己搞定了（全程没拆饰板）
!m 帖主：轮毂上的猫　　车型：紧凑型轿车2019款　　所在地：邯溪
!m 本帖由 轮毂上的猫 于 前天 22:15 修改
{BODY}
!l 回复（52）　　　按热度 ｜ 按时间
!l 2# 老司机阿坤：卡扣那个位置确实容易松，收藏了
!l 3# 山野小排量：我的是锁舌磨了，换了个锁芯才好
!a 发表回复需先绑定手机，绑定可得 20 驭途分
!m 驭途车友论坛 © 2013-2025　客服邮箱：kefu@yutuchefriend.com
""",
        junk=dict(lines=2, glued=3),
        body="""
车开了六年，副驾手套箱一直关不严，过减速带时偶尔还会自己弹开，里面的行驶证和纸巾撒一地。去4S店问，说要换整个箱体，报价四百多。我琢磨了两个周末，花二十块钱自己修好了，过程分享给大家。
先说原因。打开手套箱，用手电照锁舌对面的锁扣，能看到塑料卡扣已经磨出一道斜口，锁舌咬合只剩一两毫米，稍微一颠就脱开了。
再说办法。我在网上买了同型号的锁扣，只要拧下两颗十字螺丝就能换，不用拆饰板。换的时候注意先把手套箱两侧的限位挡块往里按，让箱体整个放下来，操作空间会大很多。
换完后我又在锁扣边上贴了一小块毛毡，既能消除异响，也能让咬合更紧。现在关门“咔”一声很清脆，跑了一个多月再没弹开过。
最后提醒一句，手套箱里别放太重的东西，长期压着锁扣也容易变形。
""",
    ),
]
