"""holdout216, part A: 范文 sites, 文库 readers, sharing pages, writing apps, download stations.

Every case written by hand; invented sites, places, people and numbers. See ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-yantian-speech-trolley-case-industry",
        site="砚田范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantianfw.com/jianghua/chanye/2024/0506/77412.html",
        title="在全县拉杆箱产业高质量发展推进会上的讲话",
        record_title="【产业会议讲话·精修】在全县拉杆箱产业高质量发展推进会上的讲话（稍改即用）_砚田范文网",
        date="2024-04-18",
        date_also=["2024-05-06"],
        notes="old gb2312 table layout with marquee, font row, QQ float and visitor counter; date under the speech title, "
        "a later posting date also accepted; a ghost-writer prompt glued after a sentence; a member line inside the body",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【产业会议讲话·精修】在全县拉杆箱产业高质量发展推进会上的讲话（稍改即用）_砚田范文网</title>
<meta name="keywords" content="拉杆箱,箱包产业,讲话稿">
<link href="/skin/yt.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300">⟦m 砚田范文网⟧</td><td width="360">⟦m 笔耕砚田 · 材料一写就顺⟧</td><td align="right"><a href="#">⟦a 设为首页⟧</a> <a href="#">⟦a 加入收藏⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td><a href="/">⟦m 首页⟧</a> <a href="/jianghua/">⟦m 讲话致辞⟧</a> <a href="/zongjie/">⟦m 总结汇报⟧</a> <a href="/fangan/">⟦m 计划方案⟧</a> <a href="/xinde/">⟦m 心得体会⟧</a> <a href="/gongwen/">⟦m 公文写作⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()">⟦d 砚田提示：本站范文供写作思路参考，切勿原样照抄上报。⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您的位置：砚田范文网 &gt;&gt; 讲话致辞 &gt;&gt; 产业发展讲话⟧</td></tr></table>
<h1>{T}</h1>
<table width="100%"><tr><td align="center">⟦m 发布时间：2024-05-06　　栏目：产业发展讲话　　人气：1286⟧</td></tr>
<tr><td align="center">⟦a 〖字体调节：放大 还原 缩小〗⟧　⟦a 〖米黄纸色〗⟧</td></tr></table>
<p align="center">（2024年4月18日）</p>
<div id="wenzhang">
{BODY}
</div>
<table width="100%"><tr><td>⟦l 上一篇：在全县外贸稳增长调度会上的表态发言⟧</td></tr>
<tr><td>⟦l 下一篇：副县长在箱包电商直播基地揭牌仪式上的致辞⟧</td></tr></table>
</td>
<td width="260" valign="top">
<table width="100%" class="hot"><tr><td>⟦l 本月热文排行⟧</td></tr>
<tr><td><a href="/a/7710.html">⟦l 产业链链长制推进会讲话稿⟧</a></td></tr>
<tr><td><a href="/a/7688.html">⟦l 在全县招商引资签约仪式上的讲话⟧</a></td></tr>
<tr><td><a href="/a/7652.html">⟦l 县长在民营企业座谈会上的讲话提纲⟧</a></td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:8px;top:200px">⟦w 讲话代拟 QQ：3079441208⟧<br>⟦w 砚田写手在线，当天交稿⟧</div>
<table width="960" border="0" align="center" class="foot">
<tr><td>⟦m 本站已运行 4021 天　累计来访 00638215 人次⟧</td></tr>
<tr><td>⟦m 砚田范文网 yantianfw.com 版权所有　赣ICP备13009217号-1⟧</td></tr>
</table>
<script>document.write('<img src="/count.asp?id=77412" width=0 height=0>');</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全县拉杆箱产业高质量发展推进会，主要任务是总结去年产业发展情况，部署今年重点工作。
去年，全县拉杆箱产量达到1260万只，规上企业增至37家，出口交货值增长14.6%，簏湾镇获评省级箱包特色小镇。成绩来之不易，但也要看到，我们的产品大多处在中低端，万向轮、铝合金拉杆等关键部件还要从外地采购，自主品牌少、利润薄。⟦w 讲话稿不会写？砚田写手一对一代笔，微信 yantian_bi88⟧
下面，我讲三点意见。
一要补齐部件短板。县里设立2000万元专项资金，支持企业引进静音轮、拉杆管材生产线，力争年内本地配套率提高到六成。
二要抓好质量提升。市场监管部门要会同行业协会，对拉杆往复疲劳、轮子耐磨、箱体抗压等指标开展比对检测，不达标的产品一律不准出厂。
⟦a 余下段落为砚田会员专享，开通后整篇可见⟧
三要做响区域品牌。要用好“笥川箱包”集体商标，组织企业抱团参加展会，把“卖产品”变成“卖品牌”。
同志们，箱包产业是我县富民强县的支柱产业。希望大家拉紧责任之杆，推着产业往前走，为全县经济发展多作贡献！
""",
    ),
    dict(
        slug="fanwen-antou-insight-hygrometer-archive-training",
        site="案头范文汇 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.antouhui.net/xinde/peixun/20240611/31568.html",
        title="参加档案库房温湿度管理培训的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line; no date (a collection stamp in relative time); a collect link glued "
        "after a sentence and a writing-service line between paragraphs",
        page="""
!m 案头范文汇 · 伏案写作好帮手
!m 位置：案头范文汇 » 心得体会 » 培训心得
{T}
!m 字数：约760字　　收录于 3 天前　　热度：★★★★☆
!a 〔复制本篇〕〔存为Word〕〔放进我的书架〕
{BODY}
!a 本篇为精简版，同题另有两篇完整范文，登录后免费查看。
!l 同题推荐 ▸ 档案业务培训心得（精选3篇）
!l 同题推荐 ▸ 文书档案整理培训学习体会
!l 同题推荐 ▸ 新任档案员岗前培训感想
!w 稿件定制：0791-8662 1403（工作日 9:00—18:00）
!d 案头范文汇所收范文均来自网友分享，仅供学习参考，转载请注明出处。
!m 案头范文汇 antouhui.net　湘ICP备20017736号
""",
        indent="\u3000\u3000",
        body="""
5月中旬，我参加了县档案馆举办的档案库房管理业务培训，其中温湿度管理一课让我印象最深。
过去我只知道库房要防潮，却说不清标准是多少。老师讲，纸质档案库房温度宜控制在14℃至24℃，相对湿度宜在45%至60%，一天之内温度波动不超过2℃，湿度波动不超过5%。⟦a 点此收藏本篇⟧
课上，老师把一只指针式温湿度计和一只电子温湿度计同时放在柜顶，两者读数竟相差6个百分点。她提醒我们，温湿度计要定期送检，放置时离墙离地、避开空调出风口，读数才可信。
⟦w 需要同类材料？加微信 antou_fw 领取模板⟧
回到单位后，我做了三件事：一是把库房里那只用了八年的老温湿度计送去检定；二是建立每天上午九点、下午三点两次记录的制度；三是遇到梅雨天及时开除湿机，并在记录本上写明处理措施。
这次培训让我明白，档案保管没有小事，一只小小的温湿度计，守护的是一个单位的记忆。
""",
    ),
    dict(
        slug="wenku-juanzhi-plan-table-tennis-tables-markers",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.juanzhiwk.com/p-60318827.html",
        title="椟阳县“乒乓球台进小区”全民健身实施方案",
        record_title="椟阳县“乒乓球台进小区”全民健身实施方案 - 卷帙文库 | 在线阅读",
        date="2024-03-26",
        notes="文库 reader: page markers as HTML paragraphs cutting sentences; an allocation table one row a paragraph; "
        "upload date is no date; pay box and viewer toolbar",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>椟阳县“乒乓球台进小区”全民健身实施方案 - 卷帙文库 | 在线阅读</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="//static.juanzhiwk.com/reader/v3/reader.css">
<script src="//static.juanzhiwk.com/reader/v3/reader.js"></script>
</head><body>
<header class="jz-top"><a class="logo" href="/">⟦m 卷帙文库⟧</a><span class="slogan">⟦m 好文档，一卷在手⟧</span>
<form class="search"><input placeholder="搜你想要的文档"><button>⟦a 搜文档⟧</button></form>
<a href="/member">⟦a 开卷会员 低至0.3元/天⟧</a> <a href="/login">⟦a 登录丨注册⟧</a></header>
<nav class="crumb">⟦m 卷帙文库 › 行业资料 › 体育健身 › 全民健身⟧</nav>
<section class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：dy_tiyu**　　上传于 2024-04-02　　共 4 页　　2.1 千次浏览⟧</p>
<div class="viewer-bar">⟦a 适合页宽⟧ ⟦a 全屏阅读⟧ ⟦a 下载原文⟧ ⟦a 放入文件夹⟧</div></section>
<section class="reader">
{BODY}
</section>
<section class="paywall"><p>⟦a 预览已到第4页末，剩余内容付费后可看⟧</p>
<p><button>⟦a 单篇购买 ￥5.80⟧</button> <button>⟦a 开卷会员免费读⟧</button></p></section>
<aside class="rel"><h3>⟦l 看过本文的人还在看⟧</h3>
<ul><li>⟦l 社区健身器材管护办法.docx⟧</li><li>⟦l 全民健身设施补短板工程方案.pdf⟧</li><li>⟦l 小区公共体育设施建设标准.doc⟧</li></ul></aside>
<footer><p>⟦d 文档内容由上传者提供，卷帙文库只负责存储与展示，如涉侵权请走投诉通道。⟧</p>
<p>⟦m © 2019-2024 卷帙文库 juanzhiwk.com　苏ICP备19044620号-3⟧</p></footer>
</body></html>
""",
        p_html='<p class="pg-text">{}</p>',
        pages=dict(fmt="⨁ {n} ⨁", every=105, start=2),
        body="""
各镇（街道），县直有关单位：
为满足群众就近健身需求，县政府决定2024年在城区和中心镇小区安装户外乒乓球台120张。现制定实施方案如下。
一、工作目标
年内新增户外乒乓球台120张，实现城区千户以上小区全覆盖，群众步行10分钟可以找到一张球台。
二、任务分配
镇（街道）　球台数量（张）　完成时限
城关街道　46　6月底
岣山镇　28　8月底
簏湾镇　26　9月底
柙岭镇　20　10月底
三、工作要求
（一）选址要避开车道和住户窗下，球台四周留足2米以上空地，夜间照明不得直射居室。
（二）优先采用一体式钢板台面和防盗网架，安装完成后由县体育中心逐张验收，验收不合格的由供货单位返工。
（三）各小区要明确管护责任人，损坏的球台须在7日内修复。
椟阳县人民政府办公室
2024年3月26日
""",
    ),
    dict(
        slug="wenku-sujian-research-badminton-rackets-wrapped",
        site="素笺文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://sujianwk.cn/doc/8a31f07c2e.html",
        title="关于簏湾镇羽毛球拍制造业发展情况的调研报告",
        record_title="关于簏湾镇羽毛球拍制造业发展情况的调研报告.pdf",
        date="2024-11-08",
        notes="file-name record title; preview text hard-wrapped at 60 columns, '◊n◊' markers glued to the continuation "
        "line; 成文日期 in Chinese numerals",
        page="""
!m 素笺文库
!m 首页 / 工业制造 / 调研报告
{T}
!m PDF · 5页 · 378KB　　更新于 2024-11-21
!a 转存到我的素笺　|　打印预览　|　举报
{BODY}
!a 免费预览已结束，余下1页可用 8 素币兑换
!a 兑换全文　　做任务领素币
!l 相关推荐：体育用品产业集群发展调研.pdf｜碳纤维制品企业走访报告.docx
!d 版权说明：本资料由网友上传分享，素笺文库不对内容作任何保证。
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="◊{n}◊", every=120, start=2, glue=True),
        body="""
簏湾镇是全县羽毛球拍主要产区，现有制拍企业及作坊41家，从业人员约2600人。10月下旬，县工信局调研组走访了其中15家企业，现将情况报告如下。
一、基本情况
2023年全镇生产羽毛球拍约780万支，产值5.2亿元，其中碳纤维一体拍占四成，铝合金分体拍和儿童拍占六成，产品主要销往东南亚和国内电商平台。
二、存在问题
一是核心材料受制于人，高模量碳布几乎全部外购；二是多数企业只做代工，缺少自有品牌；三是喷涂、穿线环节用工多，年轻人不愿干。
三、几点建议
（一）引进一家碳布预浸料企业，补上材料短板。
（二）设立羽毛球拍检测中心，为企业提供拍框强度、平衡点等检测服务。
（三）支持企业购置自动穿线机，减轻用工压力。
县工业和信息化局调研组
二〇二四年十一月八日
""",
    ),
    dict(
        slug="docshare-shisui-request-filing-cabinets",
        site="拾穗文档分享 (invented)",
        style="文档分享",
        genre="请示",
        kind="report",
        form="html",
        source="https://www.shisuidoc.com/view/2024/61093.html",
        title="关于购置档案密集柜和文件柜的请示",
        record_title="关于购置档案密集柜和文件柜的请示（机关事务范本·可改）- 拾穗文档分享",
        date="2024-06-12",
        notes="sharing page: upload notice, points lock, service WeChat beside the request's own 联系人/电话 line; upload "
        "time no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于购置档案密集柜和文件柜的请示（机关事务范本·可改）- 拾穗文档分享</title>
<link rel="stylesheet" href="/assets/css/view.css">
</head><body>
<div class="topbar"><a href="/">⟦m 拾穗文档分享⟧</a> <span>⟦m 颗粒归仓 · 文档共享⟧</span> <a href="/up">⟦a 传文档领积分⟧</a> <a href="/u">⟦a 个人中心⟧</a></div>
<div class="path">⟦m 拾穗 ＞ 机关事务 ＞ 请示报告⟧</div>
<div class="docbox">
<h2>{T}</h2>
<div class="info">⟦m 分享人：穗穗小编　　分享于 2024-06-20　　格式：docx　　被下载 312 次⟧</div>
<div class="stars">⟦l 评分：★★★★☆ 4.3（27人评）⟧</div>
<article>
{BODY}
</article>
<div class="lock">⟦a 本文剩余约30%内容，消耗5积分即可解锁⟧</div>
<div class="srv">⟦w 找不到想要的版本？拾穗客服微信 shisui_kf2024 帮你找⟧</div>
</div>
<div class="notice">⟦d 拾穗提示：文档由用户自行分享，本站仅作存储，所涉观点与本站无关；如有侵权请发邮件至 jubao@shisuidoc.com。⟧</div>
<div class="side"><p>⟦l 同类文档⟧</p>
<p>⟦l 关于申请更换办公桌椅的请示⟧</p><p>⟦l 关于档案室改造经费的请示⟧</p></div>
<div class="foot">⟦m 拾穗文档分享 shisuidoc.com　闽ICP备21006213号⟧</div>
</body></html>
""",
        body="""
县财政局：
我局档案室现有文件柜14组，多为2009年前购置的木质柜，柜门变形、锁具失灵，已无法满足防火、防潮、防盗要求。2023年以来新增各类档案约600卷，现有柜位已全部占满，部分档案只能装箱堆放在地面。
为确保档案安全，拟购置手摇式密集柜2组、钢制文件柜10组，经市场询价，预算共计8.6万元，资金从本年度办公设备购置经费中列支。
妥否，请批示。
联系人：邬雅琴，电话：0736-4410258
匦原县自然资源局
2024年6月12日
""",
    ),
    dict(
        slug="docshare-yuntai-pledge-trolley-escalator-markers",
        site="芸台文档网 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.yuntaidoc.net/d/3390127.html",
        title="文明乘梯 拉杆箱不上扶梯倡议书",
        record_title="文明乘梯 拉杆箱不上扶梯倡议书.docx",
        date="2024-07-01",
        notes="file-name record title; '⦚n⦚' page markers glued to the start of the line that continues a cut sentence",
        page="""
!m 芸台文档网｜攒文档，找芸台
!t 文明乘梯 拉杆箱不上扶梯倡议书.docx
!m 贡献者：芸台用户_47718　　页数：2　　大小：18KB　　上传：2024-07-09
!a 立即下载　｜　收藏　｜　分享到微信
{T}
{BODY}
!a 文档已预览完毕，下载到本地可编辑
!l 你可能还想看：地铁文明乘车倡议书｜乘梯安全告知书｜车站客运服务规范
!d 本站文档均由用户上传，仅供学习交流，芸台文档网不承担任何连带责任。
""",
        pages=dict(fmt="⦚{n}⦚", every=95, start=2, glue=True),
        body="""
广大乘客朋友们：
暑运已经开始，携带行李出行的乘客明显增多。今年以来，橐城地铁各站共发生因拉杆箱在自动扶梯上滑落导致的摔伤事件9起，其中一名老人手腕骨折。为保障大家出行安全，我们倡议：
一、携带拉杆箱、婴儿车等大件物品时，请优先乘坐垂直电梯，车站工作人员可以协助引导。
二、确需乘坐扶梯的，请把拉杆箱放在身前下一级台阶，一手握扶手，一手握拉杆，不要松手接打电话。
三、看到他人行李滑落时，请立即呼叫工作人员或按下扶梯底部的紧急停止按钮。
让我们从自己做起，文明乘梯，平安回家。
橐城轨道交通运营有限公司
2024年7月1日
""",
    ),
    dict(
        slug="app-luobi-host-script-hygrometer-gsp-training",
        site="落笔写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.luobixiezuo.com/share/article?aid=5590178&from=wx",
        title="药品储存温湿度监测系统培训会主持词",
        record_title="主持词｜药品储存温湿度监测系统培训会主持词（含开场结尾）- 落笔写作",
        date=None,
        notes="writing app H5 share: open-app mask, AI buttons, a fold; an AI button glued after a sentence; the host "
        "asks people to scan a code to sign in (content); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>主持词｜药品储存温湿度监测系统培训会主持词（含开场结尾）- 落笔写作</title>
<script src="https://h5.luobixiezuo.com/static/js/share.min.js"></script>
</head><body>
<div class="open-app-mask"><span>⟦a 打开落笔App，写材料快人一步⟧</span><a class="btn">⟦a 立即打开⟧</a></div>
<div class="tabs">⟦m 落笔写作 · 主持词频道⟧</div>
<h1 class="art-title">{T}</h1>
<div class="art-info">⟦m 笔友“云杉”整理　　2.4万人用过　　收藏 713⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="fold">⟦a 点我展开剩下的两段⟧</div>
<div class="ai-row"><button>⟦a AI换个说法⟧</button> <button>⟦a AI扩写到2000字⟧</button> <button>⟦a 一键生成PPT⟧</button></div>
<div class="rec"><p>⟦l 大家都在写⟧</p><p>⟦l 安全生产培训会主持词（简短）⟧</p><p>⟦l 质量管理体系内审首次会议主持词⟧</p></div>
<div class="foot">⟦d 内容由笔友投稿与AI辅助整理，仅供参考。⟧ ⟦m 落笔写作 luobixiezuo.com⟧</div>
</body></html>
""",
        body="""
各位同事，大家上午好！
欢迎参加今天的药品储存温湿度监测系统培训会。还没有签到的同事，请扫描会议室门口的二维码签到，方便我们统计学时。⟦a ✦AI润色这句⟧
前不久，市局在飞行检查中发现，个别门店冷藏柜里的温湿度计长期不校准，记录本上的数字一连几周都一样。今天请来的是质量管理部的齐工，她将结合我们仓库新装的自动监测系统，讲一讲探头布点、超限报警和数据导出的要求。
下面，有请齐工授课，大家欢迎！
……
感谢齐工的精彩讲解。会后，请各门店负责人在三天内把本店温湿度计的型号和检定日期报到质量管理部，新系统的操作手册已经放在公司共享盘，请大家下载学习。
今天的培训会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-mishu-summary-pingpong-corner-oneline",
        site="秘书口袋 (invented writing app, text export)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.mishukoudai.cn/fw/summary/118204",
        title="椸林社区“乒乓角”建设工作总结",
        record_title="椸林社区“乒乓角”建设工作总结 · 秘书口袋精选",
        date="2024-12-20",
        notes="writing app text export: the whole body on one line (paragraphs apart by their indent); app chrome "
        "around it; 成文日期 at the end",
        page="""
!m 秘书口袋 · 你的材料随身库
!a 〔一键套用本文〕　〔语音朗读〕　〔转给同事〕
{T}
!m 精选自社区工作专栏　已被套用 562 次
{BODY}
!a 想看更多同类总结？在秘书口袋App里搜索“乒乓角”
!l 猜你要写：社区体育设施管护总结｜居民健身活动总结｜社区年度工作总结
!d 本文仅作写作参考，请勿直接用于正式报送。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
今年，社区把居民呼声最高的“乒乓角”建设列为民生实事，在中心花园东侧建成户外乒乓球台4张，配套照明、座椅和防风围网。
建设中，我们先后召开两次居民议事会，征求意见83条，把球台位置从楼下改到花园东侧，避免了击球声影响住户休息。
“乒乓角”5月开放以来，日均接待居民120余人次，社区组建了老年乒乓队和亲子乒乓班，举办邻里乒乓赛3场，参赛居民156人。
针对夜间打球噪音和台面积水问题，社区和物业商定晚上九点半关灯，并安排志愿者雨后擦拭台面。
明年，社区将再添2张儿童矮台，让更多孩子爱上乒乓。
椸林社区居民委员会
2024年12月20日
""",
    ),
    dict(
        slug="download-qianfan-rules-filing-cabinets-gb2312",
        site="千帆资料站 (invented, gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.qianfanzl.com/soft/gongwen/20931.html",
        title="机关文件柜及档案柜使用管理办法",
        record_title="机关文件柜及档案柜使用管理办法.doc",
        date=None,
        notes="old download-station file-info table with three mirror links, an unzip password and a dead-link report; "
        "rules whose articles speak of 打印/扫码 (content); only an effective clause, no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>机关文件柜及档案柜使用管理办法.doc - 千帆资料站</title>
<style>td{font-size:12px}</style>
</head><body>
<table width="980" align="center" border="0"><tr><td>⟦m 千帆资料站⟧</td><td>⟦m 资料千帆过，好文等你来⟧</td><td><a>⟦a 投递资料⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前：千帆资料站 → 公文资料 → 规章制度 → 机关事务⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" class="softinfo">
<tr><td>⟦m 资料名称：机关文件柜及档案柜使用管理办法.doc⟧</td><td>⟦m 资料大小：36 KB⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 授权方式：免费交流⟧</td></tr>
<tr><td>⟦m 更新时间：2024-08-15 09:12⟧</td><td>⟦m 下载次数：本周 41　总计 2077⟧</td></tr>
<tr><td>⟦m 运行环境：WPS / Office 2007+⟧</td><td>⟦m 评论星级：☆☆☆☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td><b>⟦m 资料简介：⟧</b></td></tr>
<tr><td>{T}</td></tr>
<tr><td class="intro">
{BODY}
</td></tr></table>
<table width="980" align="center" class="dl"><tr><td>⟦a 下载通道：⟧ <a href="/d1">⟦a 千帆电信一线⟧</a> <a href="/d2">⟦a 千帆联通一线⟧</a> <a href="/d3">⟦a 千帆移动备用⟧</a></td></tr>
<tr><td>⟦a 解压密码：www.qianfanzl.com⟧</td></tr>
<tr><td><a href="/err?id=20931">⟦a 链接失效？点这里告诉站长⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦l 同类资料：办公用房管理规定.doc　机关保密室管理制度.doc　档案借阅登记表.xls⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资料均来自网络收集，只为交流学习，下载后请于24小时内删除。⟧</td></tr>
<tr><td>⟦m Copyright 2008-2024 千帆资料站 晋ICP备08012557号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范机关文件柜、档案柜的配备和使用，保障文件资料安全，制定本办法。
第二条　文件柜、档案柜由办公室统一登记编号，每柜张贴二维码标签，扫码即可查看柜内文件目录和责任人。
第三条　涉密文件须存放在带密码锁的保密柜内，不得与普通文件混放，钥匙和密码由专人保管。
第四条　各科室每季度清理一次文件柜，已办结文件按年度整理归档，不得长期滞留在个人文件柜内。
第五条　借阅柜内档案须填写借阅登记单，确需复制或打印的，经分管领导签字后办理，用后及时归还。
第六条　调离或退休人员须在离岗前交清所用文件柜的钥匙和柜内资料，由办公室当面清点。
第七条　本办法自印发之日起施行。
""",
    ),
    dict(
        slug="download-dexian-contract-template-badminton-rackets",
        site="得闲下载站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://down.dexian123.com/hetong/caigou/5512.html",
        title="羽毛球拍采购合同（范本）",
        record_title="羽毛球拍采购合同（范本）[doc格式·可编辑] - 得闲下载站",
        date=None,
        notes="a contract template with ×× placeholders and ＿＿年＿＿月＿＿日 blanks; download links and station chrome; no date",
        page="""
!m 得闲下载站 - 合同范本频道
!m 位置：得闲下载站 > 合同范本 > 采购合同
{T}
!m 文件类型：.doc　文件大小：29KB　收录：2024-09-03　人气：1659
!a [本地高速下载]　[备用下载一]　[备用下载二]
{BODY}
!a 下不了？换个浏览器再试，或把地址复制到下载工具里
!l 相关下载：体育器材采购合同.doc｜运动服装定制合同.doc｜器材租赁协议.doc
!d 合同范本仅供参考，签约前请咨询专业律师。
!m 得闲下载站 dexian123.com　版权所有
""",
        indent="\u3000\u3000",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××体育用品有限公司
经双方协商，甲方向乙方采购羽毛球拍，订立本合同。
第一条　产品名称为全碳素羽毛球拍，型号××，数量××支，单价××元，合同总价××元。
第二条　球拍应出厂穿好线，磅数为24磅，每支附拍套一个。乙方须提供产品合格证和检测报告。
第三条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　甲方收货后7日内验收，发现断框、掉漆、线床松弛的，乙方应无条件更换。
第五条　验收合格后15日内，甲方一次付清货款。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
]
