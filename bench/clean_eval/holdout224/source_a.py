"""holdout224, part A: 范文 sites, 文库 previews, county and city portals, news portals and
outdoor forums. Every page, place, person, firm, number and URL is invented; each case written
by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-fanying-speech-parasol-oldtable",
        site="帆影公文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.fanying-gw.com/jianghua/wenlv/2025/0614/8831.html",
        title="在沚湾海水浴场遮阳伞规范经营动员会上的讲话",
        record_title="【讲话集锦】在沚湾海水浴场遮阳伞规范经营动员会上的讲话（同题3篇）_帆影公文网",
        date="2025-06-12",
        notes="old gb2312 table page with a marquee, a reading-size row, a floating ghost-writer box, a hot list and a visitor counter; speaker and date lines under the title are neutral, the date under the title is the date; an add stamp is no date; a ghost-writer line glued after a 。 and a related link between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话集锦】在沚湾海水浴场遮阳伞规范经营动员会上的讲话（同题3篇）_帆影公文网</title>
<meta name="keywords" content="遮阳伞,讲话稿,海水浴场,动员会">
<link href="/skin/fy2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/fy_common.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#F4F1EA">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="24" class="topbar">⟦m 帆影公文网——笔下有帆　文中见影⟧　<a href="#" onclick="SetHome(this)">⟦a 设本站为主页⟧</a>　<a href="#" onclick="AddFav()">⟦a 把帆影放进收藏夹⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 帆影告白：站内讲话稿均为写手整理首发，转贴请保留出处，违者追究⟧</marquee></td></tr>
<tr><td class="nav">⟦m <a href="/">帆影首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/zhuchi/">主持串词</a> | <a href="/xinde/">学习心得</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td class="crumb">⟦m 你在这里：帆影公文网 &gt;&gt; 领导讲话 &gt;&gt; 文旅讲话 &gt;&gt; 阅读⟧</td></tr>
<tr><td align="center"><h2>⟦t 【讲话集锦】在沚湾海水浴场遮阳伞规范经营动员会上的讲话（同题3篇）⟧</h2></td></tr>
<tr><td align="center" class="info">⟦m 入库：2025-06-14　整理：海帆　浏览：2211次⟧</td></tr>
<tr><td align="center">⟦a 〖阅读字号：特大　大　中　小〗⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">帷川县文化和旅游局党组书记、局长　邝远帆</td></tr>
<tr><td align="center">（2025年6月12日）</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td align="center">⟦a 【复制此篇】【存成Word】【打印此页】⟧</td></tr>
<tr><td>⟦l 上一篇：全县暑期文旅市场安全检查部署会讲话⟧</td></tr>
<tr><td>⟦l 下一篇：海滨浴场救生员岗前培训开班致辞⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="side-title">⟦l 本栏热读榜⟧</td></tr>
<tr><td>⟦l ·旅游旺季安全生产工作会议讲话⟧</td></tr>
<tr><td>⟦l ·在全县涉海经营秩序整治会上的讲话⟧</td></tr>
<tr><td>⟦l ·景区文明旅游志愿服务启动仪式致辞⟧</td></tr>
<tr><td class="counter">⟦m 您是帆影的第 0318862 位读者⟧</td></tr>
</table>
</td>
</tr>
</table>
<div id="floatqq" style="position:absolute;right:8px;top:220px;">⟦w 讲话材料代笔 QQ：2871506643　加急当天出稿⟧</div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="foot">⟦d 帆影所载文章仅供写作参考，擅自整篇转载商用者后果自负⟧</td></tr>
<tr><td class="foot">⟦m Copyright 2009-2025 fanying-gw.com 帆影公文网　浙ICP备09082211号⟧</td></tr>
</table>
<script language="javascript">floatQQ("floatqq");</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
同志们：
今天召开全县遮阳伞规范经营动员会，主要是针对今年“五一”以来沚湾海水浴场出现的乱摆乱租、强行揽客等问题，统一思想，明确任务。
去年旺季，浴场沙滩上的遮阳伞最多时超过一千二百把，其中近三成没有登记，有的摊主把伞插到离潮线不足五米的地方，还有的收费不明码标价，全年游客投诉达到四十七起。⟦w 写讲话稿找帆影，微信 fy-bizhe66⟧
⟦l 相关阅读：沚湾海水浴场安全管理工作会议主持词⟧
今年，我们要做到三个统一：统一伞位编号，全滩划定八百个伞位，每个伞位喷涂编号；统一租赁价格，半天三十元、全天五十元，公示牌立在每个出入口；统一安全标准，伞杆插入沙层不少于四十厘米，遇六级以上大风一律收伞。
橹湾镇要牵头组建巡查队，市场监管、综合执法等部门要按职责抓好落实，六月底前完成全部伞位登记。
同志们，一把遮阳伞连着游客的体验，也连着帷川的形象。希望大家齐心协力，让沚湾的沙滩既热闹又有序！
""",
    ),
    dict(
        slug="fanwen-shiye-insight-blocks-titleline",
        site="拾页范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shiye-fw.cn/xinde/peixun/57702.html",
        title="幼儿园教师参加积木建构游戏培训心得体会",
        record_title=None,
        date=None,
        notes="no record title: the title line on the page; a relative update time is no date; a ghost-writer line between paragraphs and a download prompt glued after a 。",
        page="""
!m 拾页范文网 · 心得体会频道
!m 位置：拾页 › 心得体会 › 培训心得
{T}
!m 投稿：小满老师　字数：约500　人气：916　3天前更新
!a ［复制全文］［另存Word］［我要纠错］
{BODY}
!a 拾页提示：您今日还有2次免费下载，登录可领更多次数
!l 上一篇：新教师岗前培训个人心得（小学语文）
!l 下一篇：参加园本教研活动的收获与反思
!l 同类推荐：幼儿园户外自主游戏观摩心得　｜　区域活动环境创设学习体会
!d 拾页所收文章来自网友投稿，观点不代表本站，如有版权问题请联系删除
!m © 2017-2025 拾页范文网 shiye-fw.cn　苏ICP备17055312号-3
""",
        indent="\u3000\u3000",
        body="""
七月中旬，我参加了旆山县教育局组织的幼儿园积木建构游戏专题培训。三天里，专家讲座、现场观摩和分组实操穿插进行，让我对“搭积木”这件看似简单的事有了新的认识。
以前组织积木区活动，我总担心孩子们把积木扔得满地都是，常常规定“只能搭房子”“搭完马上收”。培训中，专家播放了一段大班幼儿用单元积木搭建“旆山大桥”的视频，孩子们自己讨论桥墩间距，反复推倒重来，四十分钟里没有一个人离开。⟦a 下载本文Word版⟧
⟦w 写心得不求人，拾页代笔QQ 1730885214⟧
我体会最深的是，老师要学会“退后一步”：先观察、再记录、后支持。回园后，我把积木区从教室角落搬到了靠窗的位置，增加了纸筒、木板等辅助材料，每周用照片记录一次孩子们的作品。
积木不会说话，但孩子们在搭建中学会了协商、等待和坚持。今后我会继续学习，把游戏真正还给孩子。
""",
    ),
    dict(
        slug="wenku-pengzhou-plan-stoves-marker-paras",
        site="蓬舟文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.pengzhouwk.com/view/6a1f03e7c2.html",
        title="幔溪县旃岭露营地户外炉具安全使用专项整治方案",
        record_title="幔溪县旃岭露营地户外炉具安全使用专项整治方案.docx",
        date="2025-07-02",
        notes="file-name record title; a 文库 reader whose converter put ⍏ n ⍏ paragraphs inside cut sentences; decimal headings 1 / 1.1; an upload stamp is no date, the 成文日期 is; a monthly-card lock and a coin box at the end",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>幔溪县旃岭露营地户外炉具安全使用专项整治方案.docx - 蓬舟文库</title>
<link rel="stylesheet" href="https://static.pengzhouwk.com/reader/v5/app.css">
<script src="https://static.pengzhouwk.com/reader/v5/vendor.js" defer></script>
</head>
<body class="reader">
<header class="pz-top">
<a class="logo" href="/">⟦m 蓬舟文库·载得动的资料⟧</a>
<form class="search"><input type="text" placeholder="搜一搜方案、总结、讲话"><button>⟦a 搜资料⟧</button></form>
<a class="vip" href="/card">⟦a 开通月卡·全站文档随心看⟧</a>
<a class="login" href="/passport">⟦a 登录舟上账号⟧</a>
</header>
<div class="pz-wrap">
<main class="pz-doc">
<h1 class="doc-title">⟦t 幔溪县旃岭露营地户外炉具安全使用专项整治方案.docx⟧</h1>
<div class="doc-meta">⟦m 上传者：营地管理小吴　|　2025-07-09上传　|　4页　|　阅读 1163⟧</div>
<div class="doc-tools"><button>⟦a 放大页面⟧</button> <button>⟦a 缩小页面⟧</button> <button>⟦a 全屏阅读⟧</button></div>
<div class="doc-pages">
<div class="page-1"><p class="doc-head">{T}</p>
{BODY}
</div>
</div>
<div class="doc-lock">⟦a 免费预览已到第3页，剩余内容开通月卡即可继续阅读⟧</div>
<div class="doc-pay"><span>⟦a 单篇购买：6舟币　立即下载原文⟧</span></div>
</main>
<aside class="pz-side">
<h3>⟦l 看过本文的人还在看⟧</h3>
<ul>
<li>⟦l 露营地消防安全检查表（可打印）⟧</li>
<li>⟦l 森林公园野外用火管理办法解读⟧</li>
<li>⟦l 景区燃气安全隐患排查整治方案⟧</li>
</ul>
</aside>
</div>
<footer class="pz-foot">
<p>⟦d 蓬舟文库仅提供信息存储空间，文档由用户上传，若侵犯了您的权利请发邮件至舟上客服处理⟧</p>
<p>⟦m © 2025 pengzhouwk.com　闽ICP备21030518号-2⟧</p>
</footer>
<script>window.__PZ_DOC__={id:"6a1f03e7c2",pages:4};</script>
</body>
</html>
""",
        p_html='<p class="ln">{}</p>',
        pages=dict(fmt="⍏ {n} ⍏", every=120, start=2),
        body="""
为落实森林防火和露营地安全管理要求，防止卡式炉、气罐炉等户外炉具使用不当引发火灾和一氧化碳中毒，结合旃岭森林公园实际，制定本方案。
1 整治范围
1.1 旃岭森林公园内三处露营地及周边农家乐营位。
1.2 营地内出租、出售户外炉具和气罐的经营点。
2 整治内容
2.1 炉具使用区域。营地划定集中炊事区，帐篷内、天幕下及林缘十米以内禁止使用明火炉具。
2.2 气罐管理。丁烷气罐须存放在阴凉通风处，单个营位存放不超过四罐，空罐集中回收。
2.3 产品质量。出租炉具须有合格证和熄火保护装置，缺件、漏气的一律下架。
3 时间安排
3.1 七月十日前完成摸底登记，七月底前完成整改，八月开展复查。
幔溪县应急管理局
2025年7月2日
""",
    ),
    dict(
        slug="wenku-lanye-survey-backpacks-wrapped-markers",
        site="揽页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://m.lanyewk.net/p/20250521/771309.html",
        title="关于旒水县中小学生双肩书包重量情况的调研报告",
        record_title="关于旒水县中小学生双肩书包重量情况的调研报告（完整版可下载）- 揽页文库",
        date="2025-05-16",
        notes="text copied out of a 文库 preview: hard-wrapped at 60 columns, the converter's ⏅n⏅ markers glued to the continuation lines; a data table stays; the 成文日期 is the date (the upload stamp is not)",
        page="""
!m 揽页文库 — 资料一揽，下笔不难
!t 关于旒水县中小学生双肩书包重量情况的调研报告（完整版可下载）
!m 共5页　|　揽页用户lsjy_07于2025-05-21上传　|　下载需8揽币
!a 【在线预览】　【文字版】　【加入资料夹】
{BODY}
!a ——预览仅显示前3页，后续内容下载后查看——
!a 立即下载（8揽币）　　开通VIP免币下载
!l 相关文档：小学生书包减负家长问卷　中学生脊柱侧弯筛查报告　课后服务调研报告
!d 揽页文库内容均由用户上传，平台对内容的准确性不作保证
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⏅{n}⏅", every=110, start=2, glue=True),
        body="""
为了解中小学生双肩书包负重情况，今年四月，县教育局会同县疾控中心，在全县随机抽取6所小学、3所初中共1800名学生，对书包重量、背负方式和学生体重进行了测量。现将调研情况报告如下。
一、基本情况
学段　平均书包重量　超过体重百分之十的比例
小学　4.6公斤　39%
初中　6.8公斤　46%
二、主要问题
一是课本、练习册、水杯、文具全部装进书包，部分学生每天背回全部教材；二是单肩背、背带过长的学生约占四分之一；三是部分学校没有设置储物柜。
三、对策建议
（一）各校清理教辅资料，推行“作业本留校、课本分册带”。（二）有条件的学校为每个班配置储物柜。（三）通过家长会、班级群宣传正确背负方法，背带调到书包底部高于腰线。
旒水县教育局
2025年5月16日
""",
    ),
    dict(
        slug="gov-weichuan-notice-parasol-index-table",
        site="帷川县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.weichuan.gov.cn/art/2025/6/11/art_1207_40518.html",
        title="帷川县文化和旅游局关于规范沚湾海水浴场遮阳伞租赁经营的通告",
        record_title="帷川县文化和旅游局关于规范沚湾海水浴场遮阳伞租赁经营的通告-公示公告-帷川县人民政府",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="county portal: 关怀版/朗读 links, an index table whose 文号 cell is unmarked (neutral) and whose publisher cell is the signature (head); the document's own 联系人/电话 beside the portal's 纠错 line and 12345; a 附件 list beside an attachment download link; publish date and 成文日期 differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>帷川县文化和旅游局关于规范沚湾海水浴场遮阳伞租赁经营的通告-公示公告-帷川县人民政府</title>
<meta name="SiteName" content="帷川县人民政府">
<meta name="ColumnName" content="公示公告">
<link rel="stylesheet" href="/css/wc_portal2024.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="wc-top">
<span>⟦m 帷川县人民政府　海韵帷川·向海而兴⟧</span>
<a href="javascript:;" id="careMode">⟦a 关怀版⟧</a> <a href="javascript:;" id="readAloud">⟦a 开启朗读⟧</a> <a href="/search/">⟦a 站内检索⟧</a>
</div>
<ul class="wc-nav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjwc/">⟦m 走进帷川⟧</a></li>
</ul>
<div class="wc-crumb">⟦m 当前所在：首页 &gt; 政务公开 &gt; 公示公告⟧</div>
<table class="wc-index">
<tr><td>⟦m 索引号：113310W2MB1867401Q/2025-00418⟧</td><td>⟦m 主题分类：文化、旅游⟧</td></tr>
<tr><td>⟦m 发布机构：帷川县文化和旅游局⟧</td><td>⟦m 发布日期：2025-06-11⟧</td></tr>
<tr><td>帷文旅〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="wc-article">
<h1>{T}</h1>
<div class="wc-tools">⟦a 字号：［大］［中］［小］　　打印本页　　关闭⟧</div>
<div class="wc-text">
{BODY}
</div>
<div class="wc-attach">⟦a 附件下载：伞位分布图.pdf（312KB）　登记表.xls（27KB）⟧</div>
<div class="wc-share">⟦l 转给朋友：微信　微博　QQ空间⟧</div>
</div>
<div class="wc-related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 帷川县2025年海水浴场开放公告⟧</p>
<p>⟦l 橹湾镇开展涉海经营秩序联合整治⟧</p>
</div>
<div class="wc-foot">
<p>⟦m 主办：帷川县人民政府办公室　承办：帷川县大数据发展中心⟧</p>
<p>⟦m 网站纠错热线：0576-86111234　政务服务热线：12345⟧</p>
<p>⟦m 浙ICP备05020117号　浙公网安备 33108202000318号⟧</p>
</div>
<script>wcStat("art_1207_40518");</script>
</body>
</html>
""",
        body="""
为维护沚湾海水浴场经营秩序，保障游客人身和财产安全，现就遮阳伞租赁经营有关事项通告如下：
一、自2025年6月15日起，浴场遮阳伞租赁实行伞位编号管理，经营者须到橹湾镇便民服务中心登记，领取伞位号牌后方可经营。
二、遮阳伞租赁价格实行明码标价，半天每把不超过30元，全天每把不超过50元，不得强行揽客、捆绑出租躺椅。
三、遇六级以上大风或雷雨天气，经营者须立即收伞，停止出租。
四、本通告由县文化和旅游局负责解释。
联系人：苗晓帆，电话：0576-86120493。
附件：1.沚湾海水浴场遮阳伞伞位分布图
2.遮阳伞租赁经营登记表
帷川县文化和旅游局
2025年6月10日
""",
    ),
    dict(
        slug="gov-woyang-bulletin-stoves-wrapped-banji",
        site="幄阳市人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.woyang.gov.cn/zwgk/bmwj/202507/t20250707_118840.html",
        title="幄阳市市场监督管理局关于2025年户外炉具产品质量监督抽查情况的通报",
        record_title="幄阳市市场监督管理局关于2025年户外炉具产品质量监督抽查情况的通报 - 部门发文 - 幄阳市人民政府门户网站",
        date="2025-07-04",
        date_also=["2025-07-07"],
        notes="city portal text hard-wrapped at 64 columns; 文号 line neutral; a table of failed products one row a paragraph; 抄送 and 印发 lines; 成文日期 in Chinese numerals, the portal's publish date also accepted; a scan-to-read line between paragraphs",
        page="""
!m 幄阳市人民政府门户网站
!a 简体版｜长者模式｜无障碍浏览
!m 首页 > 政务公开 > 部门发文 > 市市场监管局
{T}
幄市监通〔2025〕21号
!m 来源：市市场监管局　发布日期：2025-07-07　浏览次数：382
{BODY}
!a 【打印正文】【关闭本页】【回到顶端】
!l 上一条：幄阳市2025年上半年特种设备安全状况通报
!l 下一条：关于开展夏季燃气安全专项检查的通知
!m 幄阳市人民政府办公室主办　联系我们：0577-66030100
!m 浙ICP备11007315号　网站标识码3303000021
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
各县（区）市场监督管理局，有关生产经营单位：
为提升户外炉具产品质量，今年5月至6月，我局在全市组织开展了户外炉具产品质量监督抽查，共抽查生产、销售单位28家，产品40批次，检出不合格产品6批次，不合格发现率15%。现将有关情况通报如下。
一、不合格产品情况
产品名称　标称生产单位　不合格项目
便携式卡式炉　帏湖区某炊具厂　熄火保护装置
分体式气炉　旆山县某户外用品商行　燃气通路气密性
折叠酒精炉　网店销售　标志和说明书
⟦a 〔扫一扫，在手机上看本页〕⟧
二、工作要求
各县（区）局要对不合格产品依法处置，督促企业召回已售产品，并于7月20日前将处理结果报市局。
幄阳市市场监督管理局
二〇二五年七月四日
抄送：市应急管理局，市消防救援支队。
幄阳市市场监督管理局办公室　2025年7月4日印发
""",
    ),
    dict(
        slug="news-woyang-evening-blocks-contest-caption",
        site="幄阳晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.woyangwb.com/jy/2025-07/20/content_3307415.htm",
        title="帏湖区首届少儿积木搭建大赛落幕",
        record_title="帏湖区首届少儿积木搭建大赛落幕_教育·亲子_幄阳晚报网",
        date="2025-07-20",
        notes="news portal: an app prompt, a listen button, an ad slot, a photo caption between paragraphs, an editor line glued after the last paragraph, a 24-hour list; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>帏湖区首届少儿积木搭建大赛落幕_教育·亲子_幄阳晚报网</title>
<meta name="description" content="帏湖区首届少儿积木搭建大赛在区青少年宫落幕">
<link rel="stylesheet" href="//img.woyangwb.com/css/article2025.css">
<script src="//img.woyangwb.com/js/ad_loader.js"></script>
</head>
<body>
<div class="wb-top"><a href="/">⟦m 幄阳晚报网·幄阳人的掌上晚报⟧</a> <a class="app" href="/app/">⟦a 下载晚报APP看更多本地事⟧</a></div>
<nav class="wb-nav"><a>⟦m 要闻⟧</a> <a>⟦m 县区⟧</a> <a>⟦m 教育·亲子⟧</a> <a>⟦m 文体⟧</a> <a>⟦m 房产⟧</a> <a>⟦m 视频⟧</a></nav>
<div class="wb-crumb">⟦m 晚报网首页 ＞ 教育·亲子 ＞ 正文⟧</div>
<article class="wb-art">
<h1>{T}</h1>
<div class="wb-byline">⟦m 发布时间：2025-07-20 08:15　来源：幄阳晚报　记者：韦舸⟧</div>
<div class="wb-listen"><button>⟦a ▶ 听晚报读这篇⟧</button></div>
<div class="wb-body">
{BODY}
</div>
<div class="wb-share">⟦l 转发到：微信好友　朋友圈　微博⟧</div>
</article>
<div class="wb-ad">⟦d 广告　幄阳国际车展8月开幕，扫码领门票⟧</div>
<aside class="wb-hot">
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 幄阳地铁2号线东延段开始试运行⟧</li>
<li>⟦l 暑期托管班报名火热，部分学校名额已满⟧</li>
<li>⟦l 帏湖湿地公园夜间开放延长至22时⟧</li>
</ol>
</aside>
<footer class="wb-foot">
<p>⟦d 幄阳晚报网所刊稿件未经书面授权不得转载、摘编⟧</p>
<p>⟦m 新闻热线：0577-66188000　互联网新闻信息服务许可证 33120190007⟧</p>
</footer>
<script>loadAd("wb-ad");</script>
</body>
</html>
""",
        p_html='<p>{}</p>',
        body="""
本报讯　7月19日，帏湖区首届少儿积木搭建大赛在区青少年宫落幕。来自全区27所小学和幼儿园的136支家庭队伍参赛，现场搭出的“幄阳火车站”“帏湖湿地公园”等作品吸引了不少市民驻足。
⟦m 图为小选手在搭建参赛作品。韦舸　摄⟧
大赛分幼儿组和小学组，每组限时90分钟，参赛队伍须使用主办方统一提供的积木完成“我家门口的变化”主题作品。评委从结构稳定、创意表达和团队协作三方面打分。
“我们用了一千多块积木，光是搭桥就推倒了三回。”获得小学组一等奖的艉洲小学四年级学生姚一帆说。
区教育局相关负责人介绍，今年全区将在20所幼儿园建设积木游戏区，让更多孩子在动手中学会思考。⟦m （编辑：费楫　审核：龚帆）⟧
""",
    ),
    dict(
        slug="news-woyang-parasol-scan-rent-record",
        site="幄阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.woyangxw.cn/xq/weichuan/20250708/1092273.shtml",
        title="沚湾海水浴场推出“扫码租伞”　游客少排队",
        record_date="2025-07-08",
        date="2025-07-08",
        notes="title and date given by the record; an app prompt glued before the lead's first words; a further-reading link between paragraphs; 扫码 is the story itself",
        page="""
!m 幄阳新闻网　县区频道　帷川
{T}
!m 2025-07-08 09:42　来源：帷川融媒　作者：岑楫
!a 听新闻　｜　A+　A-
⟦a 打开幄阳新闻客户端，阅读更顺畅⟧{BODY}
!m 责任编辑：岑楫　校对：唐小舟
!l 24小时排行
!l 帷川渔港休渔期巡查不停歇
!l 橹湾镇海鲜夜市本周五开市
!d 本网原创稿件，转载请注明出处“幄阳新闻网”
""",
        body="""
7日上午，记者在帷川县沚湾海水浴场看到，沙滩入口处新立起一排蓝色指示牌，游客用手机扫码即可选择伞位、支付租金，不用再和摊主讨价还价。
据橹湾镇文旅办介绍，浴场今年共设遮阳伞伞位800个，全部纳入“沚湾游”小程序统一管理，伞位编号、价格和空闲状态在手机上一目了然。上线一周以来，已有6300多人次通过扫码租伞。
⟦l 延伸阅读：沚湾滨海栈道完成提升改造⟧
“以前一到周末就得早早来占位，现在在路上就能订好。”从幄阳市区来的游客袁女士说。
镇文旅办提醒，遇大风天气小程序会暂停租赁，游客应听从管理人员指挥，及时离开伞下。
""",
    ),
    dict(
        slug="forum-yejing-stove-post-jammer",
        site="野径户外论坛 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yejing-outdoor.com/thread-380177-1-1.html",
        title="分体炉头冬季高海拔用气的几点体会",
        record_title="[装备心得] 分体炉头冬季高海拔用气的几点体会 - 炉具灯具区 - 野径户外论坛",
        date=None,
        notes="Discuz-like forum: jammer fonts inside the post, a rating row, a signature, replies; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[装备心得] 分体炉头冬季高海拔用气的几点体会 - 炉具灯具区 - 野径户外论坛</title>
<link rel="stylesheet" href="data/cache/style_3_common.css">
<script src="static/js/common.js"></script>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="hd"><div class="wp">⟦m 野径户外论坛 · 走出去才是路⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册野径账号⟧</a></div></div>
<div id="pt">⟦m 野径户外 › 装备讨论 › 炉具灯具区 › 查看帖子⟧</div>
<div id="postlist">
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 雪线以下⟧</div><p>⟦m 帖子 862　精华 3　野径币 4120⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [装备心得] 分体炉头冬季高海拔用气的几点体会⟧</span></h1>
<div class="authi">⟦m 楼主　雪线以下　发表于 4 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_2218830">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 3　野径币 +15　收起 理由⟧</div>
<div class="sign">⟦m 路在脚下，火在炉里——雪线以下⟧</div>
<div class="po">⟦a 回复　收藏本帖　举报⟧</div>
</td></tr></table>
<table class="plhin"><tr><td class="plc">
<div class="authi">⟦l 沙发　苍山负雪　发表于 3 天前⟧</div>
<div class="t_f">⟦l 倒挂气罐这招管用，上次在高原就是火太小⟧</div>
</td></tr></table>
</div>
<div id="f_pst">⟦a 登录野径后才能参与讨论　现在登录｜免费注册⟧</div>
<div id="ft">⟦m 野径户外论坛　浙ICP备16062250号-1　Powered by Discuz! X3.4⟧</div>
<script>discuz_init();</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上个月跟队走旃岭环线，营地海拔两千八，夜里零下九度，带了两套炉子对比了一下，说说体会。
一是直插气罐的一体炉在低温下火力明显变小，烧一锅雪水用了二十多分钟；分体炉头加上倒挂气罐，火力稳定很多。
二是气罐一定要捂热。我睡前把气罐放进睡袋脚下，早上点火一次成功；队友的放在帐篷外，打了五六次火才点着。
三是千万别在帐篷里做饭。前室也不行，那晚隔壁营地就有人头晕，幸好发现得早。
最后提醒一句，炉头用完要等凉透再收，别图省事直接塞进背包。
""",
    ),
    dict(
        slug="forum-yinghuo-mattress-leak-junk",
        site="营火边论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.yinghuobian.net/t/58213",
        title="充气床垫慢漏气，自己找漏点补好了",
        record_title="【求助已解决】充气床垫慢漏气，自己找漏点补好了 - 睡眠系统 - 营火边论坛",
        date=None,
        notes="forum thread text with anti-scraping junk as lines and glued after 。; relative times only (no date); replies and a post-edit aside below",
        page="""
!m 营火边论坛 — 露营人的夜聊地
!m 营火边 » 装备交流 » 睡眠系统
!t 【求助已解决】充气床垫慢漏气，自己找漏点补好了
!m 楼主：夜航船　　2 天前　　查看 1402　回复 23
{BODY}
!m 本帖由 夜航船 于 昨天 21:06 重新编辑
!a 点赞　收藏　转发到群
!l 2#　松果儿：浴缸找漏点这招学到了
!l 3#　老桨：补丁胶我用的是帐篷修补包里自带的，一样好用
!a 回复楼主需先绑定手机号
!m 营火边论坛 © 2019-2025　客服邮箱 kefu@yinghuobian.net
""",
        junk=dict(lines=2, glued=2),
        body="""
前阵子买的充气床垫，睡到半夜就瘪一半，气嘴拧紧了也没用，一度以为是质量问题。
后来按网上说的办法，把床垫充满放进浴缸，一段一段往下压，在侧边接缝处冒出一串小气泡，用记号笔圈了出来。
补的时候先用酒精把漏点周围擦干净，晾干后涂一层胶，等三分钟再贴补丁，上面压两本书放一夜。
补完已经连睡了五晚，早上起来还是鼓的。提醒一下，床垫别直接铺在碎石地上，底下最好垫张防潮垫。
""",
    ),
]
