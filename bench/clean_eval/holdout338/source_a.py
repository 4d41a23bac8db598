"""holdout338, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (HTML and text each) and a blog page.

Invented text, sites, places and people; written by hand, case by case. See ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moyun-speech-campsite-pegs-gb2312",
        site="墨耘范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyunfw.com/jianghua/lvyou/2025/0421/73186.html",
        title="在全县露营地规范管理暨草场保护推进会上的讲话",
        record_title="【致辞讲话精选】在全县露营地规范管理暨草场保护推进会上的讲话（范文3篇可选）_墨耘范文网",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="old table layout with marquee, font/background row, floating QQ box, hot list and visitor counter; "
        "speaker and date lines under the title neutral; a ghost-writer prompt glued after a 。; site date differs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞讲话精选】在全县露营地规范管理暨草场保护推进会上的讲话（范文3篇可选）_墨耘范文网</title>
<meta name="keywords" content="露营地,帐篷钉,草场保护,讲话稿">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨耘范文网 — 案头常备的公文范本库⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';">⟦a 设为首页⟧</a>　<a href="#">⟦a 加入收藏⟧</a>　<a href="/member/login.asp">⟦a 会员登录⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦a 墨耘会员日：年卡九折，开通即送三十篇下载额度⟧</marquee></td></tr>
</table>
<table width="960" align="center" class="menu"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 工作总结⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/zhidu/">⟦m 规章制度⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td>⟦m 您所在位置：<a href="/">墨耘范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 文旅讲话⟧</td></tr></table>
<table width="960" align="center" cellpadding="6"><tr>
<td width="700" valign="top" class="article">
<h1>{T}</h1>
<div class="info">⟦m 更新：2025-04-21　来稿：耘田客　人气：1863⟧</div>
<div class="tool">⟦a 【字体：特大 大 中 小】【底色：护眼 素白 默认】⟧</div>
<p align="center">县政府副县长　阮嘉禾</p>
<p align="center">（2025年4月18日）</p>
{BODY}
<div class="down"><a href="/down.asp?id=73186">⟦a 全文约1400字，点此整篇存为Word（会员免积分）⟧</a></div>
<div class="pn">⟦l 上一篇：乡村民宿消防安全约谈会讲话稿⟧<br>⟦l 下一篇：全域旅游示范县创建推进会表态发言⟧</div>
</td>
<td width="260" valign="top" class="side">
<table class="hot"><tr><th>⟦l 本月热读榜⟧</th></tr>
<tr><td><a href="/1">⟦l 1. 景区旺季安全生产部署会讲话⟧</a></td></tr>
<tr><td><a href="/2">⟦l 2. 草原防火工作会议主持词⟧</a></td></tr>
<tr><td><a href="/3">⟦l 3. 文旅系统作风建设大会发言稿⟧</a></td></tr>
</table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:8px;top:260px;">⟦w 写作咨询 QQ：3071226604⟧<br>⟦w 值守时间 8:30—22:00⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 本站文章多为网友投递，只作写作参照，引用请注明出处。⟧<br>
⟦m 墨耘范文网 版权所有 Copyright 2012-2025　湘ICP备13027745号⟧<br>
⟦m 您是本站第 2719934 位访客⟧
</td></tr></table>
<script language="javascript">var f=document.getElementById('floatqq');window.onscroll=function(){f.style.top=(document.documentElement.scrollTop+260)+'px';};</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今年“五一”前后，我县戌峰草甸、庚溪河谷两处露营地预计接待游客将超过4万人次。去年旺季过后，草甸上留下了上千个地钉孔，部分钢钉断在土里，割伤牛羊蹄子的事发生了好几起。今天开这个会，就是要把露营地管理的规矩立起来。
一、统一地钉标准。营地经营者出租的帐篷钉一律使用长度不超过20厘米的铝合金钉，禁止使用螺纹钢自制长钉；游客自带地钉的，入园时由工作人员登记数量。⟦w 急用稿件找墨耘写手，Q：2938115706⟧
二、落实回收责任。每个营位设置地钉回收桶，游客离营时按登记数量交回，少一根查一根。管护员每天收营后沿营位逐块巡查，发现断钉当天拔除。
三、轮换修复草场。营位实行“用一季、歇一季”，县林草局要在6月底前拿出补植方案。
同志们，草场是牧民的饭碗，也是露营地的招牌，希望大家把这件小事当成大事来抓。
""",
    ),
    dict(
        slug="fanwen-shujian-insight-crampon-training",
        site="书笺范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shujianfw.cn/xinde/peixun/51907.html",
        title="参加冬季登山安全培训的心得体会",
        record_title="参加冬季登山安全培训的心得体会【原创首发】- 书笺范文网",
        date=None,
        notes="范文 text page; a collection stamp (收录于) is no date; a ghost-writer prompt glued after a 。 and a "
        "member-unlock line between paragraphs",
        page="""
!m 书笺范文网｜一页纸，写明白
!m 位置：首页 / 心得体会 / 培训心得
!t 参加冬季登山安全培训的心得体会【原创首发】
!m 收录于2025-01-07　字数：约600字　已被复制312次
!a 〔复制全文〕〔生成Word〕〔发送到手机〕
{BODY}
!a 本篇可免费阅读，整理成Word需消耗1张书笺券
!l 同类推荐：户外拓展训练心得体会｜应急救护培训个人体会｜青年干部野外生存训练感想
!l 上一篇：安全生产月活动心得（三篇）
!l 下一篇：参加防汛抢险演练的体会
!d 书笺范文网内容源自会员分享，仅供学习借鉴，请勿整篇照抄用于正式场合。
!m © 书笺范文网 shujianfw.cn　浙ICP备18055320号
""",
        indent="\u3000\u3000",
        body="""
上个月，单位工会组织我们十几名登山爱好者参加了庚溪县应急管理局举办的冬季登山安全培训。两天时间里，教练从冰爪的穿戴讲起，一直讲到滑坠制动和结组行进，让我对“安全”两个字有了新的认识。
第一点体会：装备要合脚，更要会用。我原以为冰爪买来绑上就行，实际练习时才发现，绑带没收紧，走十几步前齿就歪到一边。教练让我们在平地上反复穿脱，直到闭着眼也能在一分钟内穿好。⟦w 单位材料写不动？书笺写手在线接单，微信shujian_bi⟧
⟦a 登录书笺账号，解锁剩余两段与同题范文⟧
第二点体会：步伐比力气重要。在冰坡上，教练要求全脚掌落地、两脚分开略比肩宽，防止冰爪齿钩住裤腿。我们练了整整一下午，腿酸得发抖，但再上冰面时明显稳多了。
第三点体会：敬畏山，就是保护自己。回来后我把培训笔记整理出来，分享给了户外群里的朋友，也提醒他们冬天进山别只带一双登山鞋。
""",
    ),
    dict(
        slug="wenku-zhian-plan-insect-lamps-pdf-markers",
        site="知岸文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhianwk.com/view/7c31e0a94b.html",
        title="戊岭县2025年果园太阳能捕虫灯安装实施方案",
        record_title="戊岭县2025年果园太阳能捕虫灯安装实施方案.pdf",
        date="2025-03-14",
        notes="文库 reader: file-name title, page markers '♞ n ♞' as paragraphs cutting sentences, viewer toolbar, "
        "paywall; upload date is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>戊岭县2025年果园太阳能捕虫灯安装实施方案.pdf-知岸文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.__DOC__={id:"7c31e0a94b",pages:5,free:2};</script>
<style>.pv-line{margin:0 0 8px;text-indent:2em}.pv-tool span{margin-right:10px}</style>
</head>
<body>
<header class="top">
<a class="logo" href="/">⟦m 知岸文库⟧</a>
<form class="search"><input placeholder="搜文档、搜资料"><button type="submit">⟦a 搜索⟧</button></form>
<a class="vip" href="/vip">⟦a 升级岸卡会员，全站文档畅下⟧</a>
</header>
<div class="doc-head">
<h1>⟦t 戊岭县2025年果园太阳能捕虫灯安装实施方案.pdf⟧</h1>
<p class="meta">⟦m 贡献者：zhian_7730　上传于2025-03-20　共5页　约3.1千字⟧</p>
<div class="pv-tool">⟦a 放大　缩小　全屏　目录⟧</div>
</div>
<div class="doc-view">
<p class="pv-title">{T}</p>
{BODY}
</div>
<div class="paywall">
<p>⟦a 免费预览到此为止，剩余3页支付￥3.60后可完整下载⟧</p>
<a class="btn">⟦a 立即购买⟧</a> <a class="btn">⟦a 放入书架⟧</a>
</div>
<aside class="rel">
<h3>⟦l 读过这份文档的人也在读⟧</h3>
<ul>
<li>⟦l 茶园杀虫灯布设技术要点.docx⟧</li>
<li>⟦l 农作物病虫害绿色防控示范区建设方案⟧</li>
<li>⟦l 2024年植保工作总结（县级）⟧</li>
</ul>
</aside>
<footer>
<p>⟦d 知岸文库所载文档均由贡献者上传，平台只提供存储空间，若涉侵权请发邮件举报。⟧</p>
<p>⟦m 粤ICP备20031857号-3　知岸文库 zhianwk.com⟧</p>
</footer>
<script src="https://static.zhianwk.com/js/viewer.min.js"></script>
</body>
</html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="♞ {n} ♞", every=130, start=2),
        body="""
各乡镇人民政府，县直有关单位：
为减少果园化学农药使用量，推进病虫害绿色防控，县农业农村局决定在丑坪镇、亥岗乡、酉塘乡三个乡镇的连片果园安装太阳能捕虫灯。现将实施方案印发如下。
一、安装范围和数量。全县共安装捕虫灯620盏，其中丑坪镇苹果园280盏、亥岗乡梨园190盏、酉塘乡桃园150盏，原则上每30亩左右安装1盏，灯管距地面1.5米至1.8米，挂在果园行间空旷处。
⟦a 本文档已被收藏86次，收藏后可在书架中继续阅读⟧
二、时间安排。3月底前完成选点和公示，4月15日前完成安装调试，4月下旬至10月底为开灯期，每晚开灯时长由光控和时控装置自动设定。
三、管护要求。灯具由乡镇统一登记编号，落实到户管护，农户每周清理一次接虫袋，发现灯管不亮、太阳能板被遮挡等问题及时报乡镇农技站。
四、效果监测。县植保站在每个乡镇设立2个监测点，每旬统计诱杀虫量，年底形成评估报告。
戊岭县农业农村局
2025年3月14日
""",
    ),
    dict(
        slug="wenku-bowen-research-fishing-stools-wrapped-markers",
        site="泊文文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.bowenwk.net/p/20241203/88314.html",
        title="关于酉田镇钓鱼凳加工产业发展情况的调研报告",
        record_title="关于酉田镇钓鱼凳加工产业发展情况的调研报告（完整版）- 泊文文库",
        date="2024-11-26",
        notes="preview text hard-wrapped at 62 columns; page markers '⣿n⣿' glued to the start of the continuation "
        "line; signature date; upload line no date",
        page="""
!m 泊文文库 · 文档在线预览
{T}
!m 页数：4　大小：112KB　上传者：bowen_0931　格式：DOC
!a 下载本文（需2张下载券）｜存到网盘｜举报
{BODY}
!a 以上为前4页预览，下载后可阅读全文及表格
!a 已有297人下载　　立即下载
!d 泊文文库中的文档由用户上传，文库对内容的合法性不作担保，侵权请联系删除。
!l 相关推荐：钓具产业集群发展调研｜小微企业质量提升调研报告｜乡镇特色产业调研提纲
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⣿{n}⣿", every=120, start=2, glue=True),
        body="""
酉田镇是我县钓具加工的集中地，全镇现有钓鱼凳、钓箱加工户63家，从业人员约1100人。今年10月，县政协经济委员会组织调研组走访了其中21家企业和作坊，现将有关情况报告如下。
一、基本情况。2023年全镇钓鱼凳产量约58万张，产值1.9亿元，产品以铝合金折叠凳和四腿可调钓椅为主，七成以上通过电商平台销往省外。
二、存在问题。一是同质化严重，多数作坊仿制同一款式，价格战压低了利润；二是质量参差不齐，部分产品承重不足、调节腿锁扣容易滑脱，去年有3批次在抽检中不合格；三是缺少检测手段，企业普遍没有承重试验设备。
三、几点建议。建议由镇政府牵头建设公共检测室，引导龙头企业制定钓鱼凳企业标准，并组织作坊主到外地学习轻量化设计。
县政协经济委员会调研组
2024年11月26日
""",
    ),
    dict(
        slug="gov-gengxi-notice-tent-pegs-index-table",
        site="庚溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.gengxi.gov.cn/zwgk/bmwj/wlj/202505/t20250512_2210394.html",
        title="关于规范戌峰草甸露营地帐篷钉使用的通知",
        record_title="关于规范戌峰草甸露营地帐篷钉使用的通知-部门文件-庚溪县人民政府",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="county portal with 索引号 table (文号 cell unmarked, neutral), elder/screen-reader links, an attachment "
        "download link beside the notice's own 附件 list, contact beside the portal's correction line, 抄送/印发 lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范戌峰草甸露营地帐篷钉使用的通知-部门文件-庚溪县人民政府</title>
<meta name="SiteName" content="庚溪县人民政府">
<meta name="ColumnName" content="部门文件">
<script src="/common/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar">
<span>⟦m 今天是：<span id="today"></span>⟧</span>
<a href="javascript:;" id="old">⟦a 长辈版⟧</a> <a href="javascript:;" id="aria">⟦a 读屏辅助⟧</a> <a href="/ft/">⟦a 繁体⟧</a>
</div>
<div class="banner">⟦m 庚溪县人民政府　山水庚溪 冰雪之乡⟧</div>
<ul class="nav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/bsfw/">⟦m 办事服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjgx/">⟦m 走进庚溪⟧</a></li>
</ul>
<div class="crumb">⟦m 当前所在：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县文化广电和旅游局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11421027MB1A43210Q/2025-00183⟧</td><td>⟦m 主题分类：文化、旅游⟧</td></tr>
<tr><td>⟦m 发布机构：县文化广电和旅游局⟧</td><td>⟦m 发布日期：2025-05-12⟧</td></tr>
<tr><td>文号：庚文旅〔2025〕19号</td><td>⟦m 时效：现行有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 字号：〔大〕〔中〕〔小〕　〔打印此页〕　〔关闭〕⟧</div>
<div class="content">
{BODY}
</div>
<div class="fj">⟦a 附件下载：戌峰草甸露营地营位分布图.pdf　帐篷钉回收登记表.xlsx⟧</div>
<div class="share">⟦l 转发到：微信　微博　QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<ul><li>⟦l 庚溪县2025年A级景区安全检查工作方案⟧</li><li>⟦l 关于做好“五一”假期文旅市场安全工作的通知⟧</li></ul></div>
</div>
<div class="footer">
<p>⟦m 主办：庚溪县人民政府办公室　承办：庚溪县大数据服务中心⟧</p>
<p>⟦m 网站识别码 4210270006　鄂ICP备09011273号　鄂公网安备42102702000115号⟧</p>
<p>⟦w 网页内容纠错：0716-5320000（工作日）⟧</p>
</div>
<script>document.getElementById('today').innerHTML=new Date().toLocaleDateString();</script>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各露营地经营单位：
近年来，戌峰草甸露营人数逐年增加，草皮破损、断钉残留等问题日益突出。为保护高山草甸生态，经县政府同意，现就规范帐篷钉使用有关事项通知如下：
一、露营地内只允许使用长度20厘米以内的铝合金或塑料帐篷钉，禁止使用钢筋、铁条等自制地钉。
二、经营单位应在营地入口设置地钉检查点和回收点，游客离营时须交回全部地钉。
三、县市场监管局、县林草局每月开展一次联合检查，对违规出售、出租长钢钉的经营户依法处理。
四、请各乡镇下载附件2，打印后张贴到辖区露营地入口，并指定专人每日登记。
联系人：邵可欣，电话：0716-5328017。
附件：1.戌峰草甸露营地营位分布图
2.帐篷钉回收登记表
庚溪县文化广电和旅游局
2025年5月9日
抄送：县林草局，县市场监管局。
庚溪县文化广电和旅游局办公室　2025年5月9日印发
""",
    ),
    dict(
        slug="gov-haiyang-amr-bulletin-lamps-wrapped-table",
        site="亥阳市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://amr.haiyang.gov.cn/xxgk/zljd/ccgb/202504/t20250430_88127.html",
        title="关于2025年第一季度捕虫灯产品质量监督抽查情况的通报",
        record_title="关于2025年第一季度捕虫灯产品质量监督抽查情况的通报_质量监管_亥阳市市场监督管理局",
        date="2025-04-28",
        date_also=["2025-04-30"],
        notes="portal text hard-wrapped at 56 columns; a table of unqualified products one row a paragraph with "
        "ideographic spaces; a 文号 line under the title (neutral); the site's 发布日期 differs from the 成文日期",
        page="""
!m 亥阳市市场监督管理局　政务信息网
!m 首页 ＞ 信息公开 ＞ 质量监督 ＞ 抽查通报
{T}
亥市监质通〔2025〕12号
!m 来源：质量监督科　　发布日期：2025-04-30　　浏览：1204
!a 〖大字〗〖中字〗〖小字〗〖打印〗
{BODY}
!l 相关文件：2024年第四季度家用电器产品抽查结果通报
!m 主办单位：亥阳市市场监督管理局　地址：亥阳市丙湖区庚园路86号
!w 投诉举报：12315　　网站运维：0716-8226130
!m 鄂ICP备10024417号-1
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
各县（市、区）市场监管局，各有关企业：
今年第一季度，我局组织对全市生产、销售的捕虫灯产品开展了监督抽查，共抽查28家企业的30批次产品，发现不合格4批次。主要问题是外壳防护等级不达标、电击网间距过大、标志说明缺少警示语。现将不合格产品通报如下：
序号　产品名称　标称企业　不合格项目
1　电击式捕虫灯　亥阳明虫电器厂　防护等级
2　太阳能捕虫灯　戊岭县绿田灯具店　电击网间距
3　室内灭蚊捕虫灯　丙湖区佳捷照明　警示标志
4　频振式诱虫灯　壬川县光禾电子　输入功率
对抽查不合格的企业，属地市场监管部门要依法处理，督促企业查明原因、整改到位，并于6月30日前将处理情况报市局。
亥阳市市场监督管理局
2025年4月28日
""",
    ),
    dict(
        slug="news-haiyang-online-crampons-sanitation",
        site="亥阳在线 (invented news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.haiyangzx.com/bendi/2025-01/08/content_6631902.html",
        title="戌口镇为128名环卫工配发防滑冰爪",
        record_title="戌口镇为128名环卫工配发防滑冰爪 - 本地 - 亥阳在线",
        date="2025-01-08",
        notes="news portal: app prompt glued before the lead, a photo caption between paragraphs, editor line glued "
        "after the last one, listen button and 24-hour list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>戌口镇为128名环卫工配发防滑冰爪 - 本地 - 亥阳在线</title>
<script async src="https://ads.haiyangzx.com/slot.js"></script>
</head>
<body>
<div class="hd">
<a href="/" class="logo">⟦m 亥阳在线⟧</a>
<nav>⟦m 首页⟧ ⟦m 本地⟧ ⟦m 县区⟧ ⟦m 民生⟧ ⟦m 图片⟧ ⟦m 专题⟧</nav>
<a class="app" href="/app">⟦a 下载亥阳在线客户端⟧</a>
</div>
<div class="crumb">⟦m 亥阳在线 › 本地 › 县区动态⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-01-08 10:26　来源：庚溪县融媒体中心　记者：韩笑⟧</div>
<div class="listen">⟦a ▶ 点击收听本文⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享至：微信好友　朋友圈　微博⟧</div>
</article>
<aside>
<h3>⟦l 24小时排行⟧</h3>
<ol><li>⟦l 亥阳城区今冬首场降雪明日到达⟧</li><li>⟦l 庚岭冰瀑景区元旦接待游客破万⟧</li><li>⟦l 市区三条公交线路临时调整⟧</li></ol>
<div class="ad">⟦a 广告｜年货节满300减40，亥阳生活馆⟧</div>
</aside>
<footer>
<p>⟦d 凡注明“亥阳在线”的作品，未经授权不得转载、摘编。⟧</p>
<p>⟦m 互联网新闻信息服务许可证 42120190015　鄂ICP备11018263号⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开亥阳在线APP，看更多县区新闻⟧本网讯 连日来，庚溪县持续低温，戌口镇街道和山路多处结冰。1月7日一早，镇环卫所为全镇128名环卫工人每人配发了一副简易冰爪。
这种冰爪由橡胶套和十颗钢齿组成，套在普通棉鞋外面就能用，走在结冰路面上不打滑。环卫工人罗秀英试穿后说：“以前扫冰路心里发慌，一天要摔好几回，现在踩得稳了。”
⟦m 图为环卫工人在镇政府门前试穿冰爪。韩笑　摄⟧
据介绍，这批冰爪由镇里从应急物资中调剂，共花费1.1万元。镇环卫所还组织了穿戴培训，提醒工人上下台阶时放慢脚步，冰爪钢齿磨平后及时更换。⟦m （编辑：蒲晓　审核：尤立新）⟧
""",
    ),
    dict(
        slug="news-renchuan-media-fishing-stools-record",
        site="壬川融媒 (invented county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.renchuanrm.cn/news/bendi/20250615/41872.html",
        title="丑山水库垂钓邀请赛开竿　组委会统一配发钓鱼凳",
        record_date="2025-06-15",
        date="2025-06-15",
        notes="record gives title and date; a related-reading link between paragraphs; editor and hot list below",
        page="""
!m 壬川融媒·新闻中心
!m 首页 | 本地 | 体育 | 视频 | 专题
{T}
!m 2025-06-15 08:40　来源：壬川融媒　记者：阎丹　通讯员：贾文涛
!a 听新闻 ▷　字号 A+ A-
{BODY}
!m 责任编辑：阎丹　终审：庞立
!l 壬川热榜 · 丑山水库今年起实行分区垂钓 · 酉田镇钓具电商直播基地开园
!d 壬川融媒所发稿件，转载请联系授权并注明来源
""",
        gap=True,
        body="""
6月14日，壬川县第四届丑山水库垂钓邀请赛开竿，来自周边6个县市的160名钓友参赛。
与往届不同，今年组委会为每个钓位统一配发了一张四腿可调钓鱼凳，参赛选手不得自带钓台和长脚钓椅。组委会负责人介绍，往年选手自带的钓台要在岸坡上挖坑固定，赛后留下一个个土坑，雨季容易引发岸坡垮塌。统一配发的钓鱼凳腿部装有宽底脚垫，不用挖坑就能在斜坡上放平。
⟦l 延伸阅读：钓位怎么抽签？一图看懂本届赛制⟧
比赛分两场进行，每场4小时，按渔获总重量排名。赛后，160张钓鱼凳全部回收，存放在水库管理站，供今后的活动循环使用。
""",
    ),
    dict(
        slug="forum-yejing-pegs-discuz-jammer",
        site="野径户外论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yejing-outdoor.com/thread-204711-1-1.html",
        title="用了五年的地钉，说说Y型钉和V型钉的区别",
        record_title="[装备漫谈] 用了五年的地钉，说说Y型钉和V型钉的区别 - 露营装备 - 野径户外论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts (lines and glued), author panel, rating row and signature; "
        "the post time is relative (3 天前): no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[装备漫谈] 用了五年的地钉，说说Y型钉和V型钉的区别 - 露营装备 - 野径户外论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?V3x"></script>
</head>
<body>
<div id="toptb">⟦m 野径户外论坛⟧　<a href="#">⟦a 设为首页⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册⟧</a></div>
<div id="pt">⟦m 野径户外 › 装备讨论区 › 露营装备 › 帖子正文⟧</div>
<div class="ptn">⟦m 查看: 3862 | 回复: 41⟧</div>
<table id="pid1"><tr>
<td class="pls"><div class="pi">⟦m 山川过客⟧</div><p>⟦m 帖子 566　积分 2310　野币 88⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [装备漫谈] 用了五年的地钉，说说Y型钉和V型钉的区别⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 3 人　威望 +6　理由：干货⟧</div>
<div class="sign">⟦m 背上包，山就在那里——山川过客⟧</div>
<div class="po">⟦a 回复　支持　反对　举报⟧</div>
</td></tr></table>
<div class="pgs">⟦l 下一帖：冬季露营睡袋温标怎么看⟧</div>
<div id="f_pst">⟦a 登录野径账号后才能参与讨论⟧</div>
<div id="ft">⟦m 野径户外论坛 ( 蜀ICP备15030862号 ) 客服邮箱 kefu@yejing-outdoor.com⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
玩露营五年，地钉前前后后换了四五种，说点个人体会，给刚入坑的朋友参考。
第一，Y型铝钉最常用。截面是三片翼，抓地面积大，草地、普通土地都好用，18厘米的一根才十几克。缺点是碰上石子地容易打弯。
第二，V型钉适合沙地和松土。截面像半片瓦，插得深就很稳，但在硬土里不好敲，敲歪了基本就废了。
第三，钢钉和钛钉是硬地专用。营地是碎石地的话，老老实实带几根钢钉，钛钉轻是轻，就是价格太贵。
最后提醒一句，收营时一定数清楚。我现在每次出发前都拍照记下带了多少根，回来对一遍，一根也不落在草地里。
""",
    ),
    dict(
        slug="forum-yangtai-hook-concrete-ceiling-junk",
        site="阳台花事论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.yangtaihuashi.com/forum.php?mod=viewthread&tid=77126",
        title="老房水泥顶装吊兰钩的步骤，亲测三年没掉",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject on the page; forum junk as lines and glued after 。; "
        "post and edit times relative (昨天): no date; replies below",
        page="""
!m 阳台花事论坛 » 养护交流 » 工具与器材
!m 查看 1209 | 回复 27
{T}
!m 楼主　窗台那盆绿　发表于 昨天 21:14
!m 本帖最后由 窗台那盆绿 于 昨天 21:30 编辑
{BODY}
!a 收藏 | 评分 | 举报
!l 沙发　老周爱花：我家是石膏板吊顶，这个办法能用吗？
!l 板凳　窗台那盆绿：石膏板不行，得先找到龙骨再打孔。
!a 您还没有登录，登录后才能跟帖
!m 阳台花事论坛 © 2010-2025　Archiver | 手机版
""",
        junk=dict(lines=2, glued=2),
        body="""
家里阳台顶是老式预制板，去年挂了三盆吊兰，用的就是下面这个办法，三年了一盆没掉，分享一下步骤。
1.先用电锤打6毫米的孔，深度4厘米左右。打之前用探测仪扫一下，避开预制板里的空心和电线。
2.孔里塞M6的膨胀管，把带螺纹的吊兰钩直接拧进去，拧到钩子的螺纹全部没入为止。
3.挂盆前先用手往下拉一拉，再挂一桶水试半天，确认不松动再挂花盆。
4.花盆浇透水以后比干的时候重一倍还多，所以一个钩子别挂超过5公斤。
另外，预制板空心的位置千万别打，打穿了钩子吃不住力。有问题可以跟帖问我。
""",
    ),
    dict(
        slug="blog-choupingnong-insect-lamps-wordpress",
        site="丑坪果农手记 (invented WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://choupingguonong.blog.cn/2024/09/03/buchongdeng-zhang/",
        title="果园挂了三年捕虫灯，算一算这笔账",
        record_title="果园挂了三年捕虫灯，算一算这笔账 – 丑坪果农手记",
        date="2024-09-03",
        notes="WordPress-like blog: header slogan, post meta with 发表于 (the page's date), a share link glued after "
        "a 。, tags, prev/next, comment form, calendar widget and archive",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>果园挂了三年捕虫灯，算一算这笔账 – 丑坪果农手记</title>
<link rel="stylesheet" href="/wp-content/themes/leaf/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="single">
<header class="site-header">
<p class="site-title">⟦m 丑坪果农手记⟧</p>
<p class="site-description">⟦m 一个果农的地头记录⟧</p>
<nav>⟦m 首页⟧ ⟦m 种植⟧ ⟦m 农机⟧ ⟦m 留言本⟧</nav>
</header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年9月3日　分类：果园管理　阅读 683⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：捕虫灯 / 苹果 / 绿色防控⟧</footer>
</article>
<nav class="post-nav"><div>⟦l « 秋季施基肥，我今年改用了沟施⟧</div><div>⟦l 霜降前后果窖怎么通风 »⟧</div></nav>
<section id="comments">
<h3>⟦l 2 条评论⟧</h3>
<div class="comment">⟦l 亥岗梨农：我们乡也装了，就是接虫袋老被风吹掉。⟧</div>
<div class="comment">⟦l 丑坪果农手记 回复：袋口用扎带多勒一道就好。⟧</div>
<form id="commentform">⟦a 发表评论　昵称（必填）　邮箱（不会公开）　提交⟧</form>
</section>
</main>
<aside id="secondary">
<section class="widget">⟦l 2024年九月 一 二 三 四 五 六 日⟧</section>
<section class="widget"><h4>⟦l 历史文章⟧</h4><ul><li>⟦l 2024年九月 (3)⟧</li><li>⟦l 2024年八月 (5)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m 丑坪果农手记 · 自豪地使用 WordPress · 主题 Leaf⟧</footer>
</body>
</html>
""",
        body="""
我家在丑坪镇种了十八亩苹果。2022年春天，镇农技站补贴安装了两盏太阳能捕虫灯，到今年正好三年，今天把这笔账算一算。
先说花销。两盏灯是补贴的，自己没掏钱，每年换接虫袋、清理电网花不了几十块。
再说效果。我每周倒一次接虫袋，一个夏天倒出来的金龟子、卷叶蛾少说也有十几斤。打药的次数从原来一年八九遍减到五遍，光农药钱一年能省一千多块。⟦l 觉得有用就转给种果的亲戚⟧
也有不足。灯只对趋光的虫子管用，对蚜虫、红蜘蛛几乎没作用，该打的药还得打。另外，灯挂得太靠近邻居家的地，邻居有意见，后来往里挪了二十米。
总的说，这灯值得挂，但别指望它包治百病。
""",
    ),
]
