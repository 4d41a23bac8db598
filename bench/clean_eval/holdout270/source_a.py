"""holdout270, part A: 范文 sites, 文库 previews, government portals, news portals and forums.
Every page, place, person, number and URL is invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moqiao-speech-fishing-ban-spears",
        site="墨樵写作网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqiaoxz.cn/jianghua/nongye/2024/0318/71526.html",
        title="在全县禁渔执法暨违规渔具清理整治行动动员会上的讲话",
        record_title="【讲话集萃】在全县禁渔执法暨违规渔具清理整治行动动员会上的讲话（挑一篇就能用）_墨樵写作网",
        date="2024-03-05",
        date_also=["2024-03-18"],
        notes="old table layout with marquee, font row, visitor counter and a floating ghost-writer box; speaker and date lines under the title are neutral; a ghost-writer prompt glued after a sentence and a related link between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话集萃】在全县禁渔执法暨违规渔具清理整治行动动员会上的讲话（挑一篇就能用）_墨樵写作网</title>
<meta name="keywords" content="禁渔,讲话稿,渔具">
<link href="/css/mq.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mq_count.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/img/logo.gif" alt="">⟦m 墨樵写作网⟧</td><td>⟦m 一支樵笔　写尽公文⟧</td><td align="right"><a href="#">⟦a 设成首页⟧</a> <a href="#">⟦a 收进收藏夹⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话稿⟧</a></td><td><a href="/zongjie/">⟦m 总结⟧</a></td><td><a href="/xinde/">⟦m 心得⟧</a></td><td><a href="/gongwen/">⟦m 公文⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 樵友须知：讲话稿频道本周上新三百一十篇，会员随意挑⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td class="crumb">⟦m 您在这里：<a href="/">墨樵写作网</a> &gt;&gt; <a href="/jianghua/">讲话稿</a> &gt;&gt; 农业农村讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h1>{T}</h1>
<p align="center">副县长　陈立群</p>
<p align="center">（2024年3月5日）</p>
<p class="info">⟦m 来源：樵友投稿　入库：2024-03-18　人气：2316⟧</p>
<p class="font">⟦a 〖字号调节：特大 大 中 小〗⟧</p>
<div class="content">
{BODY}
</div>
<p>⟦a 【整篇复制】⟧　⟦a 【存为Word】⟧　⟦a 【打印此稿】⟧</p>
<p>⟦l 上一篇：全县春季森林防灭火工作会议讲话⟧</p>
<p>⟦l 下一篇：在渔民转产就业培训班开班式上的讲话⟧</p>
</td>
<td width="240" valign="top">
<table class="hot"><tr><td>⟦l 樵友热读榜⟧</td></tr>
<tr><td><a href="/a/1.html">⟦l 河长制工作推进会讲话（两篇）⟧</a></td></tr>
<tr><td><a href="/a/2.html">⟦l 乡镇渔政协管员培训会讲话⟧</a></td></tr>
<tr><td><a href="/a/3.html">⟦l 水生生物保护宣传月启动仪式致辞⟧</a></td></tr>
</table>
</td></tr></table>
<div style="position:fixed;right:6px;top:220px;width:120px;border:1px solid #c33">⟦w 写稿卡壳？樵笔代写QQ：3385170420⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦d 本站稿件多为樵友投稿，仅供参考借鉴，照抄照搬后果自负⟧<br>
⟦m 墨樵写作网 版权所有 2009-2024　湘ICP备09027716号⟧<br>
⟦m 您是本站第 0049127 位樵友⟧
</td></tr></table>
<script language="javascript">mq_count('71526');</script>
</body>
</html>
""",
        body="""
同志们：
今天召开这次会议，主要是部署今年禁渔期执法和违规渔具清理整治工作。刚才，县农业农村局通报了去年以来的执法情况，鲾口、鲪湾两个镇作了发言，我都同意。
去年全县共查处非法捕捞案件四十七起，收缴电鱼器具、地笼网和多股鱼叉一千三百余件。但也要看到，一些群众仍把夜里下河叉鱼当作老习惯，在鲙河浅滩叉捕产卵亲鱼的情况时有发生。⟦w 讲话稿原创定制，加樵笔客服微信 qiaobi_2024 详谈⟧下面，我讲三点意见。
一要摸清底数。各镇要在三月底前对沿河村组逐户走访，登记家中存放的鱼叉和其他捕捞工具，做到底数清楚、责任到人。
⟦l 相关范文：渔政执法中队年度工作总结（三篇）⟧
二要依法收缴。对在禁渔区内使用鱼叉、电鱼器具捕鱼的，要依法查处；对群众主动上交的旧鱼叉，由镇政府统一登记保管，其中有民俗价值的，移交县文化馆收藏。
三要宣传到位。要把禁渔政策讲到渔民家门口，让大家明白，禁渔不是不让吃鱼，而是为了子孙后代还有鱼可吃。
同志们，禁渔工作责任重大，希望大家守土尽责，确保鲙河禁渔成果持续巩固。
""",
    ),
    dict(
        slug="fanwen-zansui-insight-sewing-basket-class",
        site="攒穗范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.zansuifw.cn/xinde/shenghuo/40917.html",
        title="参加“巧手针线笸箩”编织培训班的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's own title line under the site lines; an 'updated 2 days ago' stamp is no date; a member prompt glued after a sentence and a related box between paragraphs",
        page="""
!m 攒穗范文网　—　一篇一穗，攒成一仓
!m 位置：首页 ＞ 心得体会 ＞ 生活感悟
{T}
!m 分类：心得体会　字数：约1300字　更新于 2 天前
!a 【一键抄录】　【导出docx】　【加进文件夹】
{BODY}
!a 本篇仅展示精简稿，穗友会员可看足本并无限下载
!l 穗友还看了：
!l 社区妇女手工培训班总结
!l 学习非遗编织技艺的体会（精选4篇）
!l 巾帼创业培训结业发言稿
!d 攒穗范文网所收文章来自穗友分享，若有版权疑问请发邮件说明，核实后撤下。
!m ©攒穗范文网 zansuifw.cn　桂ICP备18006342号
""",
        indent="\u3000\u3000",
        body="""
上个月，社区妇女之家请来鲖田镇的编织老艺人薛阿婆，开了一期为期六天的“巧手针线笸箩”编织培训班，我报名参加了。几天下来，手上磨出了两个水泡，心里却装满了收获。
一是认识了一件老物件的分量。过去家家户户炕头上都有一个针线笸箩，里面放着顶针、线团、剪子和鞋样。薛阿婆说，笸箩编得密不密、沿口收得紧不紧，一看就知道手艺人的功夫。⟦a 会员专享：本文配套编织图解PDF，开通后即可领取⟧我这才明白，一只小小的笸箩里装着的是一代人的日子。
二是体会到手艺要靠耐心。泡柳条、起底、编帮、收口，每一道工序都急不得。我第一只笸箩编歪了，拆了重编三次才像个样子。
⟦l 延伸阅读：手工课堂怎样调动老年学员积极性⟧
三是明白了传承要靠大家。培训班十二名学员，年纪最大的七十一岁，最小的才二十六岁。大家约好每周六下午到妇女之家一起编，把这门手艺接着传下去。
""",
    ),
    dict(
        slug="wenku-jingyue-research-baby-walkers-marker-paras",
        site="鲸阅文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jingyuewk.com/doc/5518830274.html",
        title="关于城区婴幼儿学步车使用情况的调研报告",
        record_title="关于城区婴幼儿学步车使用情况的调研报告 - 鲸阅文库",
        date="2024-06-20",
        notes="文库 reader: marker paragraphs ⚉ n ⚉ between the halves of cut paragraphs, viewer toolbar, coin paywall, related docs; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于城区婴幼儿学步车使用情况的调研报告 - 鲸阅文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__DOC__={id:"5518830274",pages:7,preview:3};</script>
<link rel="stylesheet" href="//static.jingyuewk.com/reader.css">
</head>
<body>
<header class="jy-top"><a class="logo" href="/">⟦m 鲸阅文库⟧</a><span class="slogan">⟦m 深海藏书　一页一鲸⟧</span><form class="search"><input placeholder="搜文档"><button>⟦a 搜一搜⟧</button></form><a href="/vip" class="vip">⟦a 鲸卡会员 畅读全站⟧</a></header>
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 贡献者：鳀江小鲸　上传于 2024-07-02　7页　约2,900字⟧</p>
<div class="viewer-bar">⟦a 放大　缩小　全屏　下载　收藏　分享⟧</div>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-lock">⟦a 余下4页需消耗鲸币查看（本篇9鲸币）⟧<br><a class="btn">⟦a 立即解锁全文⟧</a></div>
<aside class="rel"><h3>⟦l 读过这篇的人也在读⟧</h3><ul>
<li>⟦l 婴幼儿照护服务现状调查报告.docx⟧</li>
<li>⟦l 家庭儿童意外伤害预防调研（7页）⟧</li>
<li>⟦l 母婴用品消费情况问卷分析⟧</li>
</ul></aside>
<footer>⟦d 文档由鲸阅用户上传，鲸阅文库只提供存储和阅读服务，对内容不作担保⟧<br>⟦m 鲸阅文库 jingyuewk.com　浙ICP备21033507号-3⟧</footer>
</body>
</html>
""",
        p_html='<div class="page-txt"><p>{}</p></div>',
        pages=dict(fmt="⚉ {n} ⚉", every=150, start=2),
        body="""
为了解城区家庭使用学步车的情况，市妇幼保健院儿童保健科联合鳀江区妇联，于今年4月至5月在蓇园、楛坡、鸤桥三个社区发放问卷412份，收回有效问卷386份，并走访了18户有一岁左右幼儿的家庭。现将有关情况报告如下。
一、基本情况
调查显示，有54.4%的家庭给孩子用过学步车，其中多数在孩子七至九个月时开始使用，平均每天使用一个半小时以上。
二、存在的问题
1.安全意识不足。有37户家庭反映孩子坐学步车时发生过侧翻或从台阶上冲下，其中5名幼儿头面部受伤就医。
2.认识存在误区。不少家长认为用学步车能让孩子早走路，不知道长时间使用反而不利于下肢和平衡能力发育。
3.产品选购随意。一部分家庭从网上低价购买，没有查看产品是否有防侧翻和制动装置。
三、几点建议
一是把学步车安全知识纳入儿童健康体检的宣教内容；二是社区定期开展家长课堂；三是市场监管部门加强对学步车产品的抽查。
鲬湖市妇幼保健院儿童保健科
2024年6月20日
""",
    ),
    dict(
        slug="wenku-haiyan-plan-foot-soak-wrapped-glued-markers",
        site="海燕文档馆 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://doc.haiyanwdg.com/p-88017263.html",
        title="鲖田镇卫生院糖尿病患者居家泡脚安全健康宣教实施方案",
        record_title="鲖田镇卫生院糖尿病患者居家泡脚安全健康宣教实施方案.docx",
        date="2024-11-12",
        notes="file-name record title; preview text hard-wrapped at 62 columns with ⟇n⟇ markers glued to the start of the continuation line; an upload stamp '3 天前' is no date",
        page="""
!m 海燕文档馆｜文档在线预览
!t 鲖田镇卫生院糖尿病患者居家泡脚安全健康宣教实施方案.docx
!m 格式：DOCX　页数：5　上传：3 天前　浏览：640
!a 下载(6积分)　|　加入书架　|　纠错
{T}
{BODY}
!a 预览只到这里了，余下2页请下载原文件阅读
!a 开通燕卡，全站文档免积分下载
!d 海燕文档馆中的文件由网友上传，版权归原作者，平台不承担内容审核责任。
!l 同类文档：糖尿病足预防宣传资料　｜　老年人冬季养生讲座稿　｜　家庭医生签约随访方案
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⟇{n}⟇", every=105, start=2, glue=True),
        body="""
为减少糖尿病患者居家泡脚引发的烫伤和足部溃疡，结合我院家庭医生签约服务工作，制定本方案。
一、宣教对象
辖区内已纳入规范管理的2型糖尿病患者，重点是年龄在六十五岁以上、足部感觉减退的患者及其照护家属。
二、宣教内容
（一）水温要控制。泡脚水温不超过三十七摄氏度，放入脚盆前先用温度计或家属手肘试温，不能凭患者自己的脚去感觉冷热。
（二）时间要适当。每次泡脚不超过十分钟，泡完用浅色毛巾擦干趾缝，并检查有无破皮、水泡。
（三）器具要合适。不建议使用带加热功能的足浴盆，木质脚盆和塑料脚盆要定期清洗晾干。
三、工作安排
11月下旬至12月底，各村卫生室结合季度随访入户宣教，每户发放一支水温计和一份宣传单；镇卫生院在集日开展两场现场咨询。
鲖田镇卫生院
2024年11月12日
""",
    ),
    dict(
        slug="gov-youchuan-notice-gear-collection-index-table",
        site="鲉川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.youchuan.gov.cn/zwgk/tzgg/202404/t20240410_118305.html",
        title="鲉川县农业农村局关于开展禁渔期违规渔具集中收缴工作的通知",
        record_title="鲉川县农业农村局关于开展禁渔期违规渔具集中收缴工作的通知 - 公告公示 - 鲉川县人民政府",
        date="2024-04-08",
        date_also=["2024-04-10"],
        notes="county portal: 关怀版/读屏 links, 索引号 table with the 文号 cell unmarked (neutral), the notice's own 联系人/电话 and 附件 list beside the portal's 纠错 line; a 下载附件 sentence is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鲉川县农业农村局关于开展禁渔期违规渔具集中收缴工作的通知 - 公告公示 - 鲉川县人民政府</title>
<meta name="SiteName" content="鲉川县人民政府">
<meta name="ColumnName" content="公告公示">
<script src="/js/ga-youchuan.js"></script>
</head>
<body>
<div class="topbar"><span>⟦m 今天是2024年4月12日　星期五⟧</span><a href="/care/">⟦a 关怀版⟧</a><a href="#" id="reader">⟦a 读屏专用⟧</a><a href="/en/">⟦m Eng版⟧</a></div>
<div class="banner">⟦m 鲉川县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进鲉川⟧</li></ul>
<div class="position">⟦m 当前所在：首页 ＞ 政务公开 ＞ 公告公示⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11432621MB1583705K/2024-00412⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
<tr><td>⟦m 发布机构：鲉川县农业农村局⟧</td><td>⟦m 成文日期：2024-04-08⟧</td></tr>
<tr><td>鲉农发〔2024〕12号</td><td>⟦m 公开日期：2024-04-10⟧</td></tr>
</table>
<div class="article">
<h2 class="art-title">{T}</h2>
<div class="art-info">⟦m 来源：县农业农村局　浏览次数：<span>1,208</span>⟧　⟦a 字号：〔大〕〔中〕〔小〕⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-tools"><a>⟦a 【打印正文】⟧</a> <a>⟦a 【关掉此页】⟧</a> <a>⟦a 【分享到微信】⟧</a></div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 鲉川县2024年鲙河禁渔期管理通告⟧</li><li>⟦l 县渔政执法大队开展春季联合巡查⟧</li></ul></div>
</div>
<div class="footer">
<p>⟦m 主办：鲉川县人民政府办公室　承办：鲉川县融媒体中心⟧</p>
<p>⟦m 网站纠错电话：0736-5820117（工作日）⟧</p>
<p>⟦m 湘ICP备05010931号　湘公网安备43262102000118号⟧</p>
</div>
</body>
</html>
""",
        body="""
各镇人民政府，县直有关单位：
根据县委、县政府关于鲙河流域禁渔工作的统一部署，决定自4月15日至5月31日在全县开展禁渔期违规渔具集中收缴工作。现将有关事项通知如下。
一、收缴范围。电鱼器具、绝户网、密眼地笼，以及在禁渔水域使用的多股鱼叉、带倒钩的手掷鱼叉等违规渔具。
二、工作方式。各镇以村为单位设立收缴点，群众可将渔具交到村委会登记；对主动上交鱼叉的，登记后发放收据，不予处罚。请各单位下载附件中的登记表，按要求填写后于每周五报县渔政执法大队。
三、工作要求。各镇要加强宣传，不得以罚代管；收缴的渔具统一集中保管，不得私自处置。
联系人：渔政执法大队　周海涛，电话：0736-5821046。
附件：1.违规渔具收缴登记表
2.收缴点设置情况汇总表
鲉川县农业农村局
2024年4月8日
""",
    ),
    dict(
        slug="gov-yuhu-bulletin-walker-spot-check-table",
        site="鲬湖市人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yuhu.gov.cn/bmdt/scjgj/202407/t20240718_66271.html",
        title="鲬湖市市场监督管理局关于2024年婴幼儿学步车产品质量监督抽查情况的通报",
        date="2024-07-16",
        date_also=["2024-07-18"],
        notes="record title as is; 文号 line neutral; a results table one row a paragraph with ideographic spaces; 抄送 and 印发 lines in the body; 成文日期 in Chinese numerals; the byline's 发布日期 also accepted",
        page="""
!m 鲬湖市人民政府门户网站　　｜　无障碍　｜　长辈版
!m 首页 / 部门动态 / 市市场监管局
{T}
鲬市监质〔2024〕21号
!m 信息来源：质量发展科　发布日期：2024-07-18　阅读：903
!a 〔文字放大〕〔文字还原〕
{BODY}
!a 〖打印文章〗〖关闭窗口〗
!l 上一条：关于开展夏季电动自行车充电器质量抽查的公告
!l 下一条：市市场监管局召开食品安全工作例会
!m 主办单位：鲬湖市人民政府办公室　网站标识码：4306000031
!m 政务服务便民热线：12345
""",
        body="""
各县（市、区）市场监督管理局，局机关各科室：
为加强婴幼儿用品质量监管，市局于今年5月至6月组织开展了婴幼儿学步车产品质量市级监督抽查，现将抽查情况通报如下。
一、抽查基本情况
本次共抽查全市生产、销售企业和网店23家，抽取学步车产品30批次，检验项目包括稳定性、防跌落装置、制动性能、小零件和锐利边缘等。经检验，合格26批次，不合格4批次。
二、不合格产品情况
标称企业　产品型号　不合格项目
鳀江区乐步母婴用品店　LB-602　防跌落装置
鲉川县童趣玩具厂　TQ-18　稳定性
鲯阳县小脚丫母婴馆　XJY-3　制动性能
菥原县宝贝乐商行　BBL-9　锐利边缘
三、处理要求
各地要按照有关规定对不合格产品的生产、销售者依法处理，督促其停止销售、查明原因、认真整改，并于8月31日前将处理情况报市局质量发展科。
鲬湖市市场监督管理局
二〇二四年七月十六日
抄送：市商务局，市妇联。
鲬湖市市场监督管理局办公室　2024年7月16日印发
""",
    ),
    dict(
        slug="news-youchuan-news-night-patrol-spears-captions",
        site="鲉川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.youchuannews.cn/xw/ms/2024-05/21/content_90382.html",
        title="鲾口镇联合渔政夜查鲙河　收缴违规鱼叉二十余把",
        record_title="鲾口镇联合渔政夜查鲙河　收缴违规鱼叉二十余把_鲉川新闻网·镇村在线",
        date="2024-05-21",
        notes="news portal: an app prompt glued before the lead, photo captions and an ad slot between paragraphs, an editor line glued after the last paragraph; the byline's 发布时间 is the page's date",
        page="""
<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>鲾口镇联合渔政夜查鲙河　收缴违规鱼叉二十余把_鲉川新闻网·镇村在线</title>
<script src="https://s.youchuannews.cn/stat.js"></script>
</head>
<body>
<div class="hd"><a href="/">⟦m 鲉川新闻网⟧</a><span>⟦m 鲉川县融媒体中心主办⟧</span><a class="app">⟦a 下载“鲉川发布”客户端⟧</a></div>
<nav>⟦m 首页⟧ ⟦m 时政⟧ ⟦m 镇村在线⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav>
<div class="loc">⟦m 当前：首页 &gt; 镇村在线⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-05-21 09:30　来源：鲉川新闻网　记者：林晓　通讯员：罗志刚⟧</div>
<div class="listen">⟦a ▶ 听全文（约2分钟）⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享：微信好友 朋友圈 QQ空间 复制链接⟧</div>
</article>
<aside><h3>⟦l 二十四小时热读⟧</h3><ol><li>⟦l 县城区三条道路今起错峰施工⟧</li><li>⟦l 鲪湾镇枇杷进入采摘期⟧</li><li>⟦l 全县中考报名工作启动⟧</li></ol></aside>
<footer>⟦d 凡注明“来源：鲉川新闻网”的作品，未经书面授权不得转载、摘编⟧<br>⟦m 鲉川新闻网 违法和不良信息举报：0736-5833110⟧<br>⟦m 湘ICP备12004471号-1⟧</footer>
</body>
</html>
""",
        body="""
⟦a 打开“鲉川发布”，本地新闻第一时间看⟧本网讯　5月19日晚，鲾口镇联合县渔政执法大队，对鲙河鲾口段开展禁渔期夜间巡查，收缴违规鱼叉二十余把、地笼网六条。
当晚八点，执法人员分成两组，沿河岸和河心洲巡查。在鲡滩村下游浅滩，执法人员发现两名村民打着手电，持三股鱼叉在水中叉鱼，当即予以制止，并对其进行了批评教育。
⟦m 图为执法人员在鲡滩村河段清点收缴的鱼叉。林晓　摄⟧
据镇农业服务中心负责人介绍，禁渔期正是鱼类产卵季节，夜里用鱼叉叉鱼，叉中的往往是准备产卵的亲鱼，对鱼类资源破坏很大。
⟦m 【广告】鲉川农商银行“渔民转产贷”火热办理中⟧
下一步，鲾口镇将在沿河各村设立渔具收缴点，鼓励群众主动上交闲置的鱼叉，并组织党员和护河志愿者每周开展两次夜间巡河。⟦m （编辑：唐小雨　审核：肖斌）⟧
""",
    ),
    dict(
        slug="news-yunshui-news-welfare-home-nappies",
        site="蕰水融媒网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yunshuirm.cn/news/shehui/20240912/3308.html",
        title="八十位爱心妈妈为县儿童福利院缝制布尿布三百条",
        record_title="八十位爱心妈妈为县儿童福利院缝制布尿布三百条 ︲ 蕰水融媒网",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="record gives the date; a listen button and a font row at the top, a related list and a copyright footer at the bottom; a 'scan to follow' prompt glued after a sentence",
        page="""
!m 蕰水融媒网　|　蕰水县融媒体中心
!m 首页 ＞ 社会 ＞ 正文
{T}
!m 2024-09-12 16:05　来源：蕰水融媒　作者：贺兰
!a 🔊 收听本文　　字号：A+ A-
{BODY}
!l 相关阅读
!l 县妇联开展“暖冬行动”慰问困境儿童
!l 楰林镇巾帼志愿服务队成立
!d 本网原创稿件，转载请联系蕰水融媒授权并注明出处。
!m 蕰水融媒网　桂ICP备19002285号　举报邮箱：jubao@yunshuirm.cn
""",
        indent="\u3000\u3000",
        body="""
9月11日上午，县妇联组织楰林镇、萯塘乡等地的八十位爱心妈妈，把亲手缝制的三百条布尿布送到县儿童福利院。
这些布尿布用的是纯棉细布，先剪裁、锁边，再用开水烫洗、太阳晒干，一条条叠得整整齐齐。楰林镇的黄桂英今年六十三岁，她说自己年轻时给三个孩子缝过尿布，“布尿布透气，孩子屁股不容易红”。
福利院负责人介绍，院里目前有十一名两岁以下的婴幼儿，平时以纸尿裤为主，布尿布可以在白天交替使用，既能减少红臀，也能节省开支。⟦a 扫码关注“蕰水妇联”，报名下一期爱心缝制⟧
县妇联表示，今后将定期组织爱心妈妈到福利院开展缝补、陪伴等志愿服务。
""",
    ),
    dict(
        slug="forum-shiyi-post-grandfather-spear-jammer",
        site="拾遗论坛 (invented, Discuz-like collectors' forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.shiyiluntan.com/thread-66390-1-1.html",
        title="修复爷爷留下的三股鱼叉",
        record_title="[旧物修复] 修复爷爷留下的三股鱼叉（九张图） - 民俗杂项 - 拾遗论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk inside the post, a rating row, a signature and replies; 发表于 3 天前 is no date",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[旧物修复] 修复爷爷留下的三股鱼叉（九张图） - 民俗杂项 - 拾遗论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 拾遗论坛⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册新号⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 拾遗论坛 › 民俗杂项 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 1603 | 回复: 27⟧</div>
<table id="pid1"><tr>
<td class="pls"><div class="pi">⟦m 老河湾⟧</div><p>⟦m 帖子 486　精华 3　积分 2217⟧</p><p>⟦m 金牌淘友⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　铜钱 +18　收起 理由⟧</div>
<div class="sign">⟦l 老物件会说话，只要你肯听。——老河湾的收藏角⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　渔樵问答 发表于 2 天前⟧<br>⟦l 三股的现在少见了，老铁匠的手艺⟧</div>
<div class="reply">⟦l 板凳　蒟岭阿毛 发表于 前天 20:16⟧<br>⟦l 求问倒钩是后焊的还是一体打的？⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论 马上登录⟧</div>
<div id="ft">⟦m 拾遗论坛 ( 赣ICP备17009318号 ) ｜ 小黑屋 ｜ 手机版⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
清明回老家收拾老屋，在柴房梁上找到了爷爷留下的一把三股鱼叉。叉头是老铁匠手工打的，三根叉齿都带倒钩，木柄已经裂了，铁头锈得发黑。
爷爷年轻时在鲙河边打鱼，冬天水浅，他就扛着这把鱼叉沿河找鱼。奶奶说，那时候一家人的荤菜全靠它。
修复花了我两个周末。先用煤油泡了一夜，再用铜丝刷一点点刷掉浮锈，不敢用砂轮，怕把锻打的纹路磨没了。木柄换了一根老杉木，照原来的长度截成两米一。最后上了一层薄薄的防锈油。
现在它挂在我家客厅墙上，只当个念想，不会再拿去叉鱼了，何况现在鲙河已经全面禁渔。各位坛友家里有没有类似的老渔具，欢迎晒出来交流。
""",
    ),
    dict(
        slug="forum-nuanwo-post-washing-cloth-nappies-junk",
        site="暖窝育儿论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.nuanwo-bbs.cn/thread-20481-1-1.html",
        title="布尿布怎么洗才不发硬",
        record_title="【宝妈心得】布尿布怎么洗才不发硬（新手妈妈求加精） - 喂养护理区 - 暖窝育儿论坛",
        date=None,
        notes="forum thread: anti-scraping junk as lines and glued after 。; 发表于 昨天 is no date; replies and a login prompt below",
        page="""
!m 暖窝育儿论坛 › 喂养护理区 › 帖子详情
!m 浏览 2211 ／ 回帖 38
!t 【宝妈心得】布尿布怎么洗才不发硬（新手妈妈求加精）
!m 楼主：蓇园小满妈　发表于 昨天 22:41　｜　只看楼主
{BODY}
!l 回帖：鸤桥豆豆妈　　学到了，我一直用热水，难怪越洗越硬
!l 回帖：暖窝小编　　已加入本周精华，感谢分享～
!a 登录暖窝即可回帖，还能领新手妈妈礼包
!m 暖窝育儿论坛　©2013-2024　京ICP备13052266号
""",
        junk=dict(lines=2, glued=3),
        body="""
宝宝出生两个月，我们一直白天用布尿布、晚上用纸尿裤。刚开始洗布尿布总是洗得发硬发黄，问了好几个老人，又自己摸索了一阵，现在总算洗得软乎乎的，分享给大家。
第一，先冲后泡。尿布换下来先用清水冲掉大便，再放进专门的盆里用清水泡着，攒够一天的一起洗。千万别用太烫的水，蛋白质遇热会粘在布上。
第二，少放洗涤剂。用婴儿专用皂或者少量洗衣液就够了，关键是多漂几遍，我一般漂三遍，直到水清、没有泡沫。洗涤剂残留是发硬的主要原因。
第三，晒太阳。洗好的尿布拧干抖开，在太阳底下晒透，收的时候用手揉一揉，就不硬了。阴雨天可以烘干，但不要放在暖气片上烤。
最后提醒一句，布尿布要勤换，湿了就换，宝宝屁股才不会红。
""",
    ),
]
