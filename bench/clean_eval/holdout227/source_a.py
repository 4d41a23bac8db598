"""holdout227, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-yanbian-speech-counting-contest-gb2312",
        site="砚边范文阁 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yanbianfwg.com/zhici/kaimu/2025/0506/41873.html",
        title="在全县农信系统反假货币暨点钞技能竞赛开幕式上的致辞",
        record_title="【开幕致辞选编】在全县农信系统反假货币暨点钞技能竞赛开幕式上的致辞（拿去改改就能用）_砚边范文阁",
        date="2025-04-18",
        date_also=["2025-05-06"],
        notes="old table layout with marquee, font row, floating ghost-writer box and counter; date under the speech title, the page's 收录 date also accepted; speaker line neutral; a ghost-writer prompt glued after a sentence",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【开幕致辞选编】在全县农信系统反假货币暨点钞技能竞赛开幕式上的致辞（拿去改改就能用）_砚边范文阁</title>
<meta name="keywords" content="点钞技能竞赛,开幕式致辞,反假货币">
<link href="/css/yb2010.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/yb_common.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#f3efe6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/yb_logo.gif" width="240" height="60" alt=""></td>
<td>⟦m 砚边范文阁 · 伏案三更不如来此一趟⟧</td>
<td align="right"><a href="#" onclick="sethome()">⟦a 把砚边设为浏览器首页⟧</a>　<a href="#" onclick="addfav()">⟦a 收进我的收藏夹⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="navbg">
<tr><td height="30" class="nav"><a href="/">⟦m 阁内首页⟧</a>　<a href="/zhici/">⟦m 致辞讲话⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/fangan/">⟦m 方案计划⟧</a>　<a href="/xinde/">⟦m 心得感悟⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 砚边范文阁日更千篇，老读者记得按Ctrl+D把本阁留在收藏栏⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="690" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="weizhi">⟦m 所在位置：阁内首页 &gt;&gt; 致辞讲话 &gt;&gt; 开幕式致辞⟧</td></tr>
<tr><td align="center" class="biaoti"><b>{T}</b></td></tr>
<tr><td align="center" class="xinxi">⟦m 收录时间：2025-05-06　来稿：会员“柜面小刘”　人气：<span id="hits">1318</span>⟧</td></tr>
<tr><td align="center">⟦a 〖字号：特大 大 中 小〗〖底色：米黄 淡绿 素白〗⟧</td></tr>
<tr><td class="zw">
<p align="center">（2025年4月18日）</p>
<p align="center">县农村信用合作联社理事长　邝守诚</p>
{BODY}
</td></tr>
<tr><td>⟦l ←上一篇：县联社一季度柜面业务质量讲评⟧</td></tr>
<tr><td>⟦l →下一篇：营业网点反假货币宣传月活动方案⟧</td></tr>
</table></td>
<td width="10"></td>
<td width="260" valign="top">
<table width="100%" border="0" cellpadding="3" cellspacing="0" class="side">
<tr><td class="sidetit">⟦l 阁中热读⟧</td></tr>
<tr><td>⟦l ·银行网点劳动竞赛动员讲话⟧</td></tr>
<tr><td>⟦l ·柜员业务技能比武颁奖词⟧</td></tr>
<tr><td>⟦l ·金融系统岗位练兵总结⟧</td></tr>
<tr><td class="sidetit">⟦m 本阁已接待访客 2871604 人次⟧</td></tr>
</table></td></tr>
</table>
<div id="floatqq" style="position:absolute;right:8px;top:260px;">⟦w 讲稿润色找砚边老师，扣扣 2716604938，加时请注明来意⟧</div>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0" class="foot">
<tr><td align="center">⟦d 阁内文章多系会员来稿，转载引用请自负文责；原作者如有异议请来函，核实后即撤下⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2025 砚边范文阁 yanbianfwg.com　蜀ICP备10027713号⟧</td></tr>
</table>
<script language="javascript">var yb_stat = new Image(); yb_stat.src = "/count.asp?id=41873";</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各位评委、各位参赛选手，同志们：
今天，我们在这里举行全县农信系统反假货币暨点钞技能竞赛。首先，我代表县联社党委，向精心筹备本次竞赛的营业部和各基层网点，向参赛的42名选手表示热烈的欢迎！
点钞和识假是柜员的基本功。去年，全县农信系统共配发智能点钞机86台，机具鉴伪能力明显提高，但机器代替不了手上的功夫。一张残缺券、一张变造币，往往还要靠柜员的手感和眼力来把关。⟦w 本篇讲话稿可代改成行长、支行长口吻，联系砚边编辑微信 yb_gaigao88⟧
希望各位选手赛出水平、赛出风格，严守竞赛纪律，把手工点钞、机具点钞和假币识别三个项目都比好；希望各位评委公平公正，严格按照评分标准打分。
最后，预祝本次竞赛圆满成功！
""",
    ),
    dict(
        slug="fanwen-antou-summary-face-clock-title-missing",
        site="案头文萃网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.antouwencui.cn/zongjie/jiguan/20250719/5521.html",
        title="畎田镇机关2025年上半年考勤管理工作总结",
        record_title=None,
        date="2025-07-04",
        notes="no title in the record: the page's title line; 成文日期 under the signature; an update stamp is no date; a ghost-writer line between paragraphs and a collect button glued after a sentence",
        page="""
!m 案头文萃网 — 写材料的人常来坐坐
!m 您在这里：首页 / 总结大全 / 机关工作总结
{T}
!m 更新：2025-07-19　栏目编辑：素笺　已有 905 人读过
!a ［复制本页文字］［存为Word］［送到手机］
{BODY}
!a 以上为全文预览，登录会员后可免费保存Word原稿。
!l 看了本篇的人还翻了：
!l 乡镇机关作风纪律整顿工作总结
!l 街道办事处上半年机关效能建设小结
!l 县直单位考勤制度执行情况自查报告
!d 案头文萃网收录的范文均来自网友投稿，仅供写作参考，请勿直接用于正式场合。
!m ©2017-2025 antouwencui.cn 案头文萃网　蜀ICP备17109362号-1
""",
        indent="\u3000\u3000",
        body="""
今年以来，镇机关以启用人脸识别考勤机为契机，进一步规范干部职工上下班和外出管理，现将上半年考勤管理工作总结如下。
一、设备更新到位。1月中旬，镇党政办将原有的指纹考勤机全部更换为人脸识别考勤机，在机关大院、便民服务中心和综治中心各安装1台，录入人员信息93人。
⟦w 急用材料？案头文萃代笔团队在线，微信 antou_daibi，两小时出初稿⟧
二、制度执行到位。修订《镇机关考勤管理办法》，明确每日打卡两次，因公外出须在协同办公平台报备，考勤结果每月在机关内部公示。
三、结果运用到位。上半年共统计考勤数据1.1万余条，发现迟到早退23人次，均已按规定进行提醒谈话；全勤人员在季度评先中予以优先考虑。⟦a ☆ 收进我的素材本⟧
下半年，我们将重点解决驻村干部打卡不便的问题，在各管区增设移动考勤点，让考勤管理更加科学合理。
畎田镇党政办公室
2025年7月4日
""",
    ),
    dict(
        slug="wenku-yezhi-research-sealers-marker-paras",
        site="页知文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yezhiwenku.com/view/a7c20918e35b.html",
        title="关于全县食品小作坊封口机使用情况的调研报告",
        record_title="关于全县食品小作坊封口机使用情况的调研报告 - 页知文库",
        date="2025-06-12",
        notes="文库 reader: viewer toolbar, marker paragraphs ⍦ n ⍦ cut sentences, paywall box; upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县食品小作坊封口机使用情况的调研报告 - 页知文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.yezhiwenku.com/css/reader.3f1a.css">
<script src="https://static.yezhiwenku.com/js/reader.3f1a.js" defer></script>
</head><body>
<header class="yz-top"><a class="logo" href="/">⟦m 页知文库⟧</a><span class="slogan">⟦m 一页一页，知道更多⟧</span>
<form class="search"><input placeholder="搜文档、搜模板"><button>⟦a 搜一搜⟧</button></form>
<a class="vip" href="/vip">⟦a 页知会员月卡 限时9.9元⟧</a> <a href="/login">⟦a 登录页知⟧</a></header>
<div class="yz-info"><h1>{T}</h1>
<p class="meta">⟦m 上传者：yz_用户5820　　上传于 2025-06-30　　4 页　　约 1,260 字　　浏览 733 次⟧</p>
<div class="toolbar">⟦a 放大　缩小　适合页宽　全屏阅读⟧</div></div>
<div class="yz-reader">
{BODY}
</div>
<div class="yz-paywall"><p>⟦a 后面还有 2 页没展开，开通页知会员即可读完并下载⟧</p><button>⟦a 用会员继续读⟧</button> <button>⟦a 单篇购买 3.5元⟧</button></div>
<div class="yz-rel"><h3>⟦l 读过这篇的人还读了⟧</h3><ul>
<li>⟦l 小作坊食品包装标签规范化整治方案⟧</li>
<li>⟦l 预包装食品封口质量问题分析⟧</li>
<li>⟦l 乡镇食品安全调研报告（共3篇）⟧</li></ul></div>
<footer>⟦d 页知文库的文档由用户上传，页知仅提供阅读平台，文档版权归上传者或原作者所有⟧<br>⟦m 川ICP备22019474号-3　页知文库 yezhiwenku.com⟧</footer>
</body></html>
""",
        p_html='<p class="yz-txt">{}</p>',
        pages=dict(fmt="⍦ {n} ⍦", every=120, start=2),
        body="""
为掌握全县食品小作坊封口包装环节的安全状况，5月中旬，县市场监管局组成调研组，走访了6个乡镇的41家食品小作坊，现将调研情况报告如下。
一、基本情况。41家小作坊中，使用手压式封口机的22家，使用连续式封口机的13家，使用真空封口机的6家。其中购置超过五年的封口机有17台，多数没有定期保养记录。
二、存在问题。一是封口不严导致产品返潮，抽查的120袋炒货中有9袋封口处漏气；二是部分作坊把封口机摆在灶台旁，电源线老化，存在触电和烫伤隐患；三是从业人员未经培训，温度和时间全凭经验调节。
三、几点建议。建议将封口设备纳入小作坊日常检查内容，组织设备厂家开展免费检修，并编印简明操作卡张贴在机器旁。
艨川县市场监督管理局
2025年6月12日
""",
    ),
    dict(
        slug="wenku-yezhi-plan-pouch-wrapped-glued-markers-docx",
        site="页知文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yezhiwenku.com/view/5d09be31c4a2.html",
        title="市档案馆档案文件袋更换工作方案",
        record_title="市档案馆档案文件袋更换工作方案.docx",
        date="2025-03-10",
        notes="file-name title; text hard-wrapped at 62 columns, page markers ⬣n⬣ glued to the continuation line; 成文日期 under the signature; download-count and upload lines are no dates",
        page="""
!m 页知文库 · 文本阅读模式
!a 当前为纯文本预览，排版以下载后的原文件为准
!t 市档案馆档案文件袋更换工作方案.docx
!m 上传者：lanxi_dang　｜　共 3 页　｜　被下载 61 次　｜　需 4 页知豆
{T}
{BODY}
!a —— 文本预览到此截止，下载原文件可查看完整版式 ——
!l 同专题：档案库房温湿度管理制度　/　档案装具采购需求书　/　馆藏档案抢救修复方案
!d 温馨提示：本文档由用户上传至页知文库，仅供在线阅读学习，请勿用于商业用途。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⬣{n}⬣", every=95, start=2, glue=True),
        body="""
为改善馆藏档案保管条件，防止档案因装具老化受损，结合我馆实际，制定本方案。
一、更换范围。一至四号库房中使用年限超过十五年、出现酸化发脆或破损的牛皮纸文件袋，预计约2.6万个。
二、材料要求。新文件袋统一采用无酸纸制作，规格分A4、A3两种，袋面印制全宗号、目录号、案卷号栏目，由办公室按政府采购程序统一购置。
三、实施步骤。3月下旬完成清点登记，4月至8月分库房逐袋更换，9月组织验收。更换时须逐件核对袋内文件，严禁拆散案卷、调换顺序。
四、工作要求。各库房责任人要每日填写更换记录，旧文件袋集中存放，经审核后统一销毁，不得随意丢弃。
濞州市档案馆
2025年3月10日
""",
    ),
    dict(
        slug="gov-mengchuan-notice-clock-data-index-table",
        site="艨川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mengchuan.gov.cn/zwgk/bmwj/202508/t20250826_118402.html",
        title="关于规范机关事业单位考勤机数据管理的通知",
        record_title="关于规范机关事业单位考勤机数据管理的通知_县府办发文_艨川县人民政府门户",
        date="2025-08-22",
        date_also=["2025-08-26"],
        notes="county portal: 关怀/无障碍 links, 索引号 table with the 文号 cell unmarked (neutral), the document's 联系人/电话 beside the portal's 纠错 line and 12345; 附件, 抄送 and 印发 lines; 成文日期 in Chinese numerals, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于规范机关事业单位考勤机数据管理的通知_县府办发文_艨川县人民政府门户</title>
<meta name="SiteName" content="艨川县人民政府">
<meta name="ColumnName" content="部门文件">
<script src="/js/jquery.min.js"></script>
<script src="/js/guanhuai.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是<span id="today"></span>　欢迎访问艨川县人民政府门户⟧</span>
<a href="javascript:;" id="ghms">⟦a 关怀版（大字）⟧</a> <a href="javascript:;" id="wza">⟦a 无障碍读网模式⟧</a> <a href="/m/">⟦a 手机版⟧</a></div>
<div class="banner"><img src="/images/banner_mc.jpg" alt="艨川县人民政府"></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进艨川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您现在所在的位置：首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 部门文件⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索 引 号：11510826MB0L27831Q/2025-00214⟧</td><td>⟦m 主题分类：人事、监察／其他⟧</td></tr>
<tr><td>⟦m 发布机构：艨川县人民政府办公室⟧</td><td>⟦m 发布日期：2025-08-26⟧</td></tr>
<tr><td>文　　号：艨府办函〔2025〕31号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="fontsize">⟦a 【字号调节：大 中 小】⟧ ⟦a 【朗读本文】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="bottom-tools">⟦a 〔打印当前页〕　〔关闭本页〕⟧</div>
<div class="rel-doc"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 艨川县机关事业单位工作人员请休假管理办法⟧</li><li>⟦l 关于进一步加强机关作风建设的通知⟧</li></ul></div>
</div>
<div class="footer">
<p>⟦m 主办：艨川县人民政府办公室　承办：艨川县政务服务和大数据中心⟧</p>
<p>⟦m 网站纠错电话：0836-7710012　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：5108260019　蜀ICP备05017426号　川公网安备51082602000188号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直各单位：
近年来，各单位普遍使用考勤机记录工作人员出勤情况，但也存在数据随意删改、离职人员信息未及时注销等问题。为加强管理，现就有关事项通知如下。
一、考勤机由各单位办公室指定专人管理，管理员账号不得外借，考勤原始数据至少保存三年。
二、考勤机采集的人脸、指纹等信息只能用于考勤，不得用于其他用途；人员调离后十个工作日内删除其信息。
三、请各单位于9月30日前完成自查，填写附件中的自查表，加盖公章后报县委编办、县人社局。
联系人：县人社局　龚晓琳，电话：0836-7712405。
附件：1.考勤机数据管理自查表
2.考勤机管理员登记表
艨川县人民政府办公室
二〇二五年八月二十二日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
艨川县人民政府办公室　2025年8月22日印发
""",
    ),
    dict(
        slug="gov-xiyang-bulletin-counters-table-wrapped",
        site="舾阳县人民政府 (invented, text page)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.xiyang.gov.cn/xxgk/scjg/202509/t20250917_40716.html",
        title="关于2025年点钞机产品质量监督抽查情况的通报",
        record_title="〔抽检结果通报〕关于2025年点钞机产品质量监督抽查情况的通报 - 舾阳县人民政府",
        date="2025-09-15",
        date_also=["2025-09-17"],
        notes="text hard-wrapped at 66 columns; a data table one row a paragraph; 12315 in the body; policy-reading link line between paragraphs; 成文日期 under the signature, the portal's date also accepted",
        page="""
!m 舾阳县人民政府　　www.xiyang.gov.cn
!m 首页 ＞ 信息公开 ＞ 部门信息 ＞ 县市场监管局
!t 〔抽检结果通报〕关于2025年点钞机产品质量监督抽查情况的通报
!m 发布日期：2025-09-17 10:26　信息来源：县市场监管局　访问量：[ 381 ]
!a 【字号 大｜中｜小】　【繁體】　【语音读出】
{BODY}
!a 【打印这一页】　【收藏到浏览器】　【关掉窗口】
!l 上一条：关于开展电动自行车充电器质量专项抽查的公告
!l 下一条：舾阳县2025年第二季度食品安全抽检信息
!m 主办单位：舾阳县人民政府办公室　　联系我们：0836-5100011
!m 网站标识码：5108250003　蜀ICP备06033918号
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各有关单位：
为提升点钞机产品质量，保障群众资金安全，我局于7月至8月对全县销售和使用环节的点钞机开展了监督抽查。现将结果通报如下。
本次共抽查点钞机18批次，合格15批次，不合格3批次，合格率83.3%。不合格产品情况如下：
序号　产品型号　标称生产企业　不合格项目
1　JD-3100B　濞州宏点机具厂　鉴伪功能
2　DC-728　舾阳通衡电子商行　计数误差
3　HX-66C　艨川鑫点科技公司　电气安全
⟦l 【图文解读】一张图看懂怎样挑选合格的点钞机⟧
对抽查不合格的产品，我局已依法责令相关企业停止销售并限期整改。请各金融网点、商户在选购时查验产品合格证明，发现问题可拨打12315投诉举报。
舾阳县市场监督管理局
2025年9月15日
""",
    ),
    dict(
        slug="news-mengshui-tea-vacuum-sealer-record-date",
        site="艨水网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mengshuiwang.cn/xiangcun/2025-04/23/content_77310.html",
        title="艨川茶农用上真空封口机 新茶保鲜期延长一倍",
        record_title="艨川茶农用上真空封口机 新茶保鲜期延长一倍 - 乡村振兴频道 - 艨水网",
        record_date="2025-04-23",
        date="2025-04-23",
        notes="news portal: app prompt glued before the lead, a photo caption between paragraphs, an editor line glued after the last sentence, 24-hour list, ad slot; date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>艨川茶农用上真空封口机 新茶保鲜期延长一倍 - 乡村振兴频道 - 艨水网</title>
<meta name="description" content="县农业农村局为17家茶叶合作社配发真空封口机">
<script>window.MS_AD = {slot: "art_top"};</script>
</head><body>
<div class="ms-top"><a href="/">⟦m 艨水网⟧</a> <span>⟦m 艨川人自己的新闻网⟧</span> <a href="/app">⟦a 下载艨水客户端⟧</a></div>
<nav><a>⟦m 时政⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 乡村振兴⟧</a> <a>⟦m 文旅⟧</a> <a>⟦m 视听⟧</a></nav>
<div class="crumbs">⟦m 艨水网 ＞ 乡村振兴 ＞ 产业动态⟧</div>
<article><h1>{T}</h1>
<div class="info">⟦m 2025-04-23 09:12　来源：艨川县融媒体中心　　字号 T T⟧</div>
<div class="share">⟦l 分享到 微信好友 朋友圈 微博⟧</div>
<div class="content">
{BODY}
</div>
<div class="tags">⟦l 标签：春茶 真空封口 茶叶合作社⟧</div>
</article>
<aside><h3>⟦l 24小时点击排行⟧</h3><ol><li>⟦l 艨水大桥五月起夜间限行⟧</li><li>⟦l 塄坪镇首届采茶节开幕⟧</li><li>⟦l 县人民医院新门诊楼投用⟧</li></ol>
<div class="ad">⟦m 广告｜艨川老茶坊 明前新茶上市 买二送一⟧</div></aside>
<footer><p>⟦m 互联网新闻信息服务许可证 51120240017⟧</p><p>⟦m 违法和不良信息举报：0836-7706110　艨水网版权所有⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开艨水客户端，本地新闻早知道⟧艨水网讯（记者　阮青柚　通讯员　蒋一帆）“以前炒好的茶叶装袋后用夹子一夹，过一个月就没了香味。”4月22日，在塄坪镇茶叶合作社，社员黄德旺一边操作真空封口机一边说。
今年春茶开采前，县农业农村局为全县17家茶叶合作社配发了真空封口机，并组织技术员上门教学。抽真空、封口一次完成，每袋只需十几秒。
⟦m 图为塄坪镇茶叶合作社社员正在为新茶抽真空封口（蒋一帆　摄）⟧
据测算，真空封口后的新茶常温保鲜期由过去的三个月延长到半年左右，每斤可多卖二三十元。合作社负责人告诉记者，今年的春茶已经通过电商卖到了省外。⟦m 【责任编辑：何小满　值班主任：侯芃】⟧
""",
    ),
    dict(
        slug="news-xiyang-post-label-printers-title-missing",
        site="舾阳新闻网 (invented, text page)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xiyangnews.cn/minsheng/202506/t20250611_26681.html",
        title="舾阳邮政网点启用智能标签机 寄件时间缩短一半",
        record_title=None,
        date="2025-06-11",
        notes="no title in the record: the page's title line; the byline's 发布时间 is the page's date; a related-news link glued after a sentence",
        page="""
!m 舾阳新闻网 · 舾阳日报社主办
!m 首页 > 民生 > 正文
{T}
!m 发布时间：2025-06-11 07:30　来源：舾阳日报　作者：记者 曹雨禾
!a 字号：大　中　小　｜　听新闻
{BODY}
!m 编辑：罗佳　二审：蔡明远　三审：詹红
!l 相关新闻
!l 县城12个快递驿站实现“一站多用”
!l 邮政惠农专车开进舾阳山区
!d 本网原创稿件，未经书面授权不得转载、摘编。
!m 新闻热线：0836-5123977　舾阳新闻网版权所有
""",
        body="""
本报讯　“填单、称重、贴签，以前要五六分钟，现在两分钟就能办完。”6月10日上午，在舾阳县邮政分公司城关营业所，市民沈桂兰寄完包裹后说。
近期，县邮政分公司在全县14个营业网点配备了智能标签机。营业员录入收寄信息后，标签机即可打印带条码的面单，不用再手工填写。⟦l ▶相关：邮政网点适老化改造全部完成⟧
“手写面单容易写错地址，打印的标签字迹清楚，分拣时扫码就能识别。”营业所主任林晓帆介绍，自标签机启用以来，网点日均收寄量提高了三成，差错件明显减少。
""",
    ),
    dict(
        slug="forum-jiangren-counter-repair-jammer-html",
        site="匠人坊论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jiangrenfang.net/thread-90317-1-1.html",
        title="二手点钞机计数不准，拆开清理后恢复正常",
        record_title="[维修笔记] 二手点钞机计数不准，拆开清理后恢复正常 - 小家电维修 - 匠人坊论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, rating row, signature, replies; posted 3 天前 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[维修笔记] 二手点钞机计数不准，拆开清理后恢复正常 - 小家电维修 - 匠人坊论坛 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head><body>
<div id="hd"><a href="/">⟦m 匠人坊论坛⟧</a> <span>⟦m 会修的人都在这儿⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 匠人坊论坛 › 维修交流 › 小家电维修 › 正文⟧</div>
<div class="pls">⟦m 查看: 1942 | 回复: 27⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 螺丝刀老韩⟧</div><p>⟦m 积分 3106 · 主题 88 · 帖子 1240⟧</p><p>⟦m 勋章：热心修友⟧</p></td>
<td class="plc"><h1><a href="#">⟦m [维修笔记]⟧</a> <span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主 · 发表于 3 天前 · 只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_901">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 4 人　技术分 +6　收起理由：干货⟧</div>
<div class="sign">⟦m ———— 拆过的机器比吃过的饭多 ————⟧</div>
<div class="po">⟦a 支持(35)　反对　收藏　回复⟧</div></td></tr></table>
<div class="reply"><p>⟦l 沙发 · 铁皮青蛙：传感器那块说得太对了，我家的也是灰⟧</p><p>⟦l 板凳 · 阿泽修表：胶轮磨光了也可以用热水泡一下⟧</p></div>
<div id="f_pst">⟦a 要回复本帖，请先登录或注册匠人坊账号⟧</div>
<div id="ft">⟦m 匠人坊论坛 ( 粤ICP备20081346号 ) · GMT+8⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
前阵子在旧货市场花120块淘了一台二手点钞机，插电能转，可数一百张总显示九十八或一百零二，鉴伪也时灵时不灵。
拆开后盖一看，计数传感器上糊了厚厚一层纸屑和灰，进钞口的两个胶轮也磨得发亮。先用吹气球把传感器吹干净，再用棉签蘸酒精轻轻擦，胶轮用细砂纸打一下增加摩擦。
装回去试了二十遍，每次都是一百张，紫光和磁性鉴伪也正常了。前后花了不到一个小时，配件一分钱没花。
提醒一下：拆机前一定要拔掉电源，机器里有高压部分；传感器别用硬物刮，刮坏了只能换新。
""",
    ),
    dict(
        slug="forum-zhijian-label-printer-junk-text",
        site="纸间小铺论坛 (invented, stationery forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.zhijianxiaopu.com/t/55128",
        title="家用标签机打印发虚的几个原因",
        record_title="[手帐杂货] 家用标签机打印发虚的几个原因（附打印效果对比） - 文具控 - 纸间小铺论坛",
        date=None,
        notes="forum thread with anti-scraping junk as lines and glued after 。; replies; posted 昨天 (no date)",
        page="""
!m 纸间小铺论坛 - 文具 · 手帐 · 收纳
!m 纸间小铺 › 文具控 › 帖子详情
!t [手帐杂货] 家用标签机打印发虚的几个原因（附打印效果对比）
!m 楼主：豆沙包不吃豆沙　发表于 昨天 22:41　|　浏览 2215　|　回复 19
!m 【只看楼主】【倒着看】
{BODY}
!a ★ 这帖有用就点个赞 (62)
!l 2# 橘子味的夏天：第二条太对了，我就是被打印头坑的
!l 3# 纸盒控：求问楼主用的哪个牌子？
!l 4# 豆沙包不吃豆沙：回复 纸盒控 ：普通国产款，百来块
!a 登录纸间小铺后才能参与讨论
!m 纸间小铺论坛 Copyright 2019-2025　浙ICP备19044731号
""",
        junk=dict(lines=1, glued=3),
        body="""
入手家用标签机快一年，给收纳盒、调料瓶、孩子的文具都贴了标签。中间遇到过几次打印发虚、字迹断线，总结了几个原因，给新手参考。
第一，标签纸装反了。热敏纸只有一面能显色，装反了要么打不出来，要么颜色很淡。
第二，打印头脏了。长时间不用，打印头会粘上胶屑，用棉签蘸一点酒精擦一擦就好。
第三，电量不足。电池快没电时，打印浓度会明显下降，换上新电池再试。
第四，标签纸受潮。放在厨房的标签纸容易受潮，最好装在密封袋里保存。
以上都排除了还是发虚，那多半是打印头老化了，可以联系售后。
""",
    ),
]
