"""holdout369, part A: 范文 sites, 文库 readers, portals, news, forums, a blog. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-biyanzhai-speech-glow-evacuation-gb2312",
        site="笔砚斋范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyanzhai-fw.com/jianghua/anquan/2025/1103/58817.html",
        title="在全区老旧小区楼道夜光疏散标识安装工作推进会上的讲话",
        record_title="【讲话汇编·应急篇】在全区老旧小区楼道夜光疏散标识安装工作推进会上的讲话（共2篇可选）_笔砚斋范文网",
        date="2025-10-21",
        date_also=["2025-11-03"],
        notes="gb2312 table page: marquee, reading-settings row, floating ghost-writer QQ box, hot list, visitor counter; speaker and date lines under the title neutral; a collect link glued after a sentence and a writing-service line between paragraphs; the page's posting date also accepted",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话汇编·应急篇】在全区老旧小区楼道夜光疏散标识安装工作推进会上的讲话（共2篇可选）_笔砚斋范文网</title>
<link href="/css/bys.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" class="logo">⟦m 笔砚斋范文网⟧ <font color="#999999">⟦m 笔下有章法，材料不求人⟧</font></td>
<td align="right">⟦a <a href="/">设为主页</a> | <a href="#">收进浏览器书签</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 笔砚斋每日午间更新讲话、总结、方案、心得，老用户登录后可领本周免费下载券⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m <a href="/">本站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">方案策划</a> | <a href="/xinde/">心得感悟</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="crumb">⟦m 您的位置：笔砚斋 → 领导讲话 → 安全生产讲话⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center"><font color="#888888">⟦m 发布时间：2025-11-03　来源：会员投稿　人气：1877⟧</font></td></tr>
<tr><td align="center">⟦a 【阅读设置】文字 放大丨复原丨缩小　底色 宣纸丨竹青⟧</td></tr>
<tr><td align="center">区应急管理局局长　蒋以衡</td></tr>
<tr><td align="center">（2025年10月21日）</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a ＞＞ 本篇讲话稿Word版下载（扣1个书券）⟧</td></tr>
<tr><td>⟦l 上一篇：街道消防安全工作会议主持词⟧<br>⟦l 下一篇：老旧小区改造动员会表态发言⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td class="side_title">⟦l 本月阅读榜⟧</td></tr>
<tr><td>⟦l ·楼道杂物清理专项行动讲话⟧</td></tr>
<tr><td>⟦l ·冬季防火工作部署会发言⟧</td></tr>
<tr><td>⟦l ·应急管理局年度述职报告⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:6px;top:220px">⟦w 老笔代写讲话·总结·述职，QQ：2865501937⟧</div>
<table width="960" align="center"><tr><td align="center" class="foot">
⟦d 本站范文来自会员上传与编辑整理，仅作写作参考，请勿原文照抄上报⟧<br>
⟦m 笔砚斋范文网 biyanzhai-fw.com　湘ICP备17208853号⟧<br>
⟦m 您是本站第 00918264 位来客⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开这次推进会，主要是把全区老旧小区楼道夜光疏散标识安装工作再部署、再压实。刚才，三个街道分别汇报了进度，讲得都很实在。下面，我讲三点意见。
一、认清这件小事背后的大安全。全区2000年以前建成的老旧小区共有147个，多数楼道没有应急照明，一旦夜间停电或发生火情，群众只能摸黑下楼。夜光贴不用接电，吸光后能持续发光8小时以上，是投入少、见效快的办法。⟦a 【收藏本篇】⟧
⟦w 需要同主题讲话定制稿？本站老笔一对一修改，三小时交稿⟧
二、把好产品和施工两道关。各街道采购的夜光贴必须附检测报告，余辉亮度达不到标准的一律退回；张贴位置统一在踏步边缘和转角墙面距地30厘米处，箭头要指向安全出口，不能贴反、贴错。
三、压实责任，按期完成。11月底前，全区要完成全部楼道的张贴任务，12月组织一次夜间抽查，抽查结果纳入年度平安建设考核。
同志们，一张小小的夜光贴，关系到群众夜里下楼的每一步。希望大家把这件实事办细、办实。
""",
    ),
    dict(
        slug="fanwen-maiduo-insight-keyboard-brush-missing-title",
        site="麦垛范文屋 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.maiduofw.cn/xinde/gangwei/71406.html",
        title="做好窗口设备“微保洁”的几点体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line holds it; no date (only an 'updated 3 days ago' stamp); a points-unlock line between paragraphs, a like prompt glued after the last sentence, the title repeated in an end-of-text line",
        page="""
!m 麦垛范文屋 · 手机版
!m 导航：范文屋 ▸ 心得体会 ▸ 岗位心得
!l 标签：窗口服务 细节 保洁
{T}
!m 整理：垛主小麦　　更新于 3 天前　　已被 612 人参考
!a ☆ 收下这篇　　↗ 转给同事　　Aa 调字号
{BODY}
!t 《做好窗口设备“微保洁”的几点体会》全文完
!a 全文已展示完毕，导出为可编辑文档需 2 麦粒
!l 同类心得还有：
!l ▸ 政务服务窗口工作人员“微笑服务”心得
!l ▸ 一线岗位练兵活动个人收获
!l ▸ 办事大厅“好差评”整改体会
!d 麦垛范文屋所收文章由网友投稿，观点仅代表作者，转载请保留出处。
!m 麦垛范文屋 maiduofw.cn　客服时间 9:00-21:00
""",
        indent="\u3000\u3000",
        body="""
我在县政务服务中心综合窗口工作已经四年。今年中心开展“细节提升月”活动，要求每个窗口每天开窗前用键盘刷把键盘、读卡器和叫号器清理一遍。起初我觉得这是小事，坚持了一个月，才慢慢体会到其中的道理。
一是细节就是形象。群众坐到窗口前，第一眼看到的是台面和设备。键盘缝里卡着纸屑和灰尘，群众嘴上不说，心里会觉得我们不讲究。现在每天花三分钟刷一遍，台面干干净净，来办事的群众也愿意多聊几句。
⟦a 后半篇为会员内容，签到满7天可免费解锁⟧
二是细节关乎效率。以前窗口常有按键失灵、读卡器接触不良的情况，一报修就是半天。坚持清扫以后，本季度我们窗口的设备报修从9次降到了2次。
三是细节贵在坚持。一把毛刷不值几块钱，难的是天天做。我把清扫写进了开窗前的自查清单，和核对印章、检查打印纸放在一起，慢慢就成了习惯。
小事做细，才能把服务做实。今后我还要在更多细节上下功夫。⟦a 觉得有用就点个赞吧👍⟧
""",
    ),
    dict(
        slug="wenku-moweng-survey-heating-table-marker-paragraphs",
        site="墨瓮文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.mowengwk.com/view/5f1c92ab07.html",
        title="关于挹川县农村家庭电暖桌使用安全情况的调研报告",
        record_title="关于挹川县农村家庭电暖桌使用安全情况的调研报告（调研类·可下载）丨墨瓮文库",
        date="2025-01-10",
        notes="文库 reader: viewer toolbar, marker paragraphs ⛢ n ⛢ between the halves of cut paragraphs, a coin pay box; 成文日期 under the signature; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于挹川县农村家庭电暖桌使用安全情况的调研报告（调研类·可下载）丨墨瓮文库</title>
<meta name="description" content="墨瓮文库提供关于挹川县农村家庭电暖桌使用安全情况的调研报告在线阅读">
<script src="https://static.mowengwk.com/reader/v3.js"></script>
</head>
<body>
<header class="mw-top">
<a class="brand" href="/">⟦m 墨瓮文库⟧</a>
<nav><a href="/c/gongwen">⟦m 公文材料⟧</a> <a href="/c/jiaoyu">⟦m 教育资料⟧</a> <a href="/c/hangye">⟦m 行业报告⟧</a></nav>
<a class="vip" href="/vip">⟦a 瓮卡月卡 ¥9.9 全站畅读⟧</a>
</header>
<main class="mw-reader">
<h1 class="doc-h">{T}</h1>
<div class="doc-meta">⟦m 上传者：挹水青青　上传于 2 个月前　共 5 页　阅读 903⟧</div>
<div class="viewer-bar">⟦a 缩小 ｜ 放大 ｜ 适合宽度 ｜ 全屏阅读 ｜ 查找⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="paybox">⟦a 余下2页需支付 3 瓮币后继续阅读⟧ <button>⟦a 立即支付并下载⟧</button></div>
<aside class="similar"><h3>⟦l 读了这篇的人也在读⟧</h3>
<ul><li>⟦l 冬季农村取暖用电安全排查方案⟧</li><li>⟦l 独居老人家庭火灾隐患走访报告⟧</li><li>⟦l 电热毯使用安全知识讲稿⟧</li></ul></aside>
</main>
<footer class="mw-foot">⟦d 文库中的文档由用户上传并对内容负责，墨瓮文库仅提供在线预览与存储⟧<br>⟦m 墨瓮文库 © 2019-2025　沪ICP备20074516号-3⟧</footer>
<script>Reader.init({docId:"5f1c92ab07",free:3});</script>
</body>
</html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⛢ {n} ⛢", every=150, start=2),
        body="""
入冬以来，我县农村群众使用电暖桌取暖越来越普遍。为摸清使用中的安全隐患，县应急管理局会同县消防救援大队，于2024年12月走访了6个乡镇、18个行政村的312户家庭。现将调研情况报告如下。
一、基本情况
312户中使用电暖桌的有197户，占63.1%，其中购买三年以上的有84户。电暖桌多放在堂屋或卧室，使用者以60岁以上老人为主，不少家庭白天黑夜通电不关。
二、存在问题
一是产品质量参差不齐。有41台没有3C标志，部分桌面下的发热管没有防护网。二是使用习惯不安全。有56户在桌下烘烤衣物、鞋袜，有23户的桌布垂到地面并盖住了电源线。三是线路老化。有37户的插座已经发黑发烫，仍用插线板串接供电。
三、几点建议
（一）开展一次入户排查，重点检查无3C标志的产品和老化线路。
（二）利用村广播和村民微信群讲清在桌下烘烤衣物的危险。
（三）对独居老人家庭，由网格员每周上门提醒一次。
挹川县应急管理局调研组
2025年1月10日
""",
    ),
    dict(
        slug="wenku-qingjin-plan-plug-adapter-pdf-wrapped-glued-markers",
        site="青衿文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://qingjinwk.com/p-3390718.html",
        title="衮河中学学生宿舍违规电器及插头转换器专项整治工作方案",
        record_title="衮河中学学生宿舍违规电器及插头转换器专项整治工作方案.pdf",
        date="2025-09-03",
        notes="file-name record title; text hard-wrapped at 62 columns, cut by markers ➽n glued to the continuation line; decimal headings; 成文日期 under the signature",
        page="""
!m 青衿文库 · 校园文档专区
!m 文档分类：学校管理 > 安全教育 > 宿舍管理
{T}
!m 贡献者：衮河老周　　格式：PDF　　页数：4　　上传于 2025-09-05
!a 本文档共4页，当前免费预览前3页
{BODY}
!a —— 预览到此为止，登录青衿账号可再看1页 ——
!a ⇩ 下载原文档（PDF，1.2MB）　　☆ 加入书包
!l 本专区热门：
!l 学生宿舍安全检查记录表模板
!l 寄宿制学校冬季用电安全告家长书
!d 提示：本文档由贡献者上传，青衿文库不对其准确性作保证，如有侵权请走申诉通道。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="➽{n}", every=150, start=2, glue=True),
        body="""
为消除学生宿舍用电隐患，根据县教育局秋季开学安全工作部署，结合我校实际，制定本方案。
1 整治范围
1.1 全校6栋学生宿舍，共412间寝室。
1.2 重点清理大功率电器、无3C标志的插头转换器和多级串接的插线板。
2 工作步骤
2.1 自查阶段（9月8日至9月12日）：各班班主任组织学生对照清单自查，主动上交违规物品。
2.2 检查阶段（9月15日至9月26日）：政教处会同后勤处逐间检查，对外壳破损、插孔松动的转换器当场登记收缴。
2.3 巩固阶段（10月起）：宿管员每周抽查一次，结果计入班级量化考核。
3 工作要求
3.1 收缴物品统一贴标签保管，学期末由家长凭回执领回。
3.2 各班要利用班会讲清转换器过载发热、接触不良打火的道理，不能只收不讲。
衮河中学政教处
2025年9月3日
""",
    ),
    dict(
        slug="gov-xiehu-notice-heating-table-check-attachments",
        site="俨城市勰湖区人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xiehu.gov.example.cn/zwgk/bmgg/202511/t20251120_90412.html",
        title="关于开展电暖桌等取暖电器质量安全专项检查的通知",
        record_title="关于开展电暖桌等取暖电器质量安全专项检查的通知_部门公告_勰湖区人民政府",
        date="2025-11-18",
        date_also=["2025-11-20"],
        notes="county portal: 关怀版/无障碍 links, 索引号 table with the 文号 cell unmarked (neutral), attachment download links beside the body's 附件 list, the notice's own 联系人/电话 beside the portal's 纠错 line and 12345; 抄送 and 印发 lines; posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展电暖桌等取暖电器质量安全专项检查的通知_部门公告_勰湖区人民政府</title>
<meta name="SiteName" content="俨城市勰湖区人民政府">
<meta name="ArticleTitle" content="关于开展电暖桌等取暖电器质量安全专项检查的通知">
<script src="/common/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar">
<span>⟦m 俨城市勰湖区人民政府⟧</span>
<a href="/care/">⟦a 关怀版⟧</a> <a href="javascript:;">⟦a 听读模式⟧</a> <a href="/en/">⟦a 外文版⟧</a>
</div>
<div class="mainnav"><ul>
<li>⟦m 首页⟧</li><li>⟦m 走进勰湖⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li>
</ul></div>
<div class="position">⟦m 当前位置：首页 ＞ 政务公开 ＞ 部门公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11330611MB1K27X4/2025-30871⟧</td><td>⟦m 发布机构：区市场监督管理局⟧</td></tr>
<tr><td>⟦m 主题分类：质量监督⟧</td><td>勰市监〔2025〕41号</td></tr>
<tr><td>⟦m 成文日期：2025-11-18⟧</td><td>⟦m 发布日期：2025-11-20⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="article-tool">⟦a 字号 [ 大 ｜ 中 ｜ 小 ]　　打印此页　　关闭窗口⟧</div>
<div class="article-con">
{BODY}
</div>
<div class="fujian">
<p><a href="/att/2025/1120/jcb.xlsx">⟦a 附件下载：电暖桌等取暖电器专项检查表.xlsx⟧</a></p>
<p><a href="/att/2025/1120/hzb.xlsx">⟦a 附件下载：专项检查情况汇总表.xlsx⟧</a></p>
</div>
<div class="scan">⟦a 用手机扫一扫，本页随身看⟧</div>
</div>
<div class="related"><h4>⟦l 相关公告⟧</h4>
<ul><li>⟦l 勰湖区2025年秋冬季消防安全检查工作安排⟧</li><li>⟦l 关于做好电动自行车充电安全管理的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：俨城市勰湖区人民政府办公室　承办：勰湖区大数据服务中心⟧</p>
<p>⟦m 网站标识码 3306110017　浙ICP备05028819号⟧</p>
<p>⟦m 网站纠错电话：0575-86101234　政务服务便民热线：12345⟧</p>
</div>
</body>
</html>
""",
        body="""
各街道办事处，区有关单位：
为防范冬季取暖电器引发的火灾和触电事故，区市场监管局决定于2025年11月下旬至12月底，在全区开展电暖桌等取暖电器质量安全专项检查。现将有关事项通知如下。
一、检查对象。辖区内销售电暖桌、电暖器、电热毯的商场、超市、家电门店和网店的实体仓库。
二、检查内容。重点检查产品是否有3C标志，说明书和警示标识是否齐全，桌体发热部件有无防护罩，以及是否销售国家明令淘汰的产品。
三、工作要求。各市场监管所要建立检查台账，12月25日前将检查情况和附件2报区局产品质量科。
附件：1.电暖桌等取暖电器专项检查表
2.专项检查情况汇总表
联系人：俞晓岚　联系电话：0575-86120437
俨城市勰湖区市场监督管理局
2025年11月18日
抄送：区安委会办公室，区消防救援大队。
勰湖区市场监督管理局办公室　2025年11月18日印发
""",
    ),
    dict(
        slug="gov-yichuan-bulletin-plug-adapter-spotcheck-wrapped",
        site="挹川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.yichuan.gov.example.cn/art/2025/10/11/art_1207_55310.html",
        title="关于2025年第三季度插头转换器产品质量监督抽查情况的通报",
        record_title="〖抽检结果公开〗关于2025年第三季度插头转换器产品质量监督抽查情况的通报_挹川县人民政府",
        date="2025-10-09",
        date_also=["2025-10-11"],
        notes="text hard-wrapped at 66 columns; 文号 line under the title neutral; data table one row a paragraph; the bulletin's own contact beside the portal's 纠错 line and 12345; posting date also accepted",
        page="""
!m 挹川县人民政府门户网站
!a 无障碍　｜　长辈版　｜　手机版
!m 首页 / 政务公开 / 通知公告 / 市场监管
{T}
挹市监通〔2025〕19号
!m 信息来源：县市场监管局　　发布日期：2025-10-11　　浏览次数：376
!a 〔字号：大｜中｜小〕　〔打印〕　〔关闭〕
{BODY}
!l 【上一条】县市场监管局召开秋季特种设备安全工作会
!l 【下一条】关于开展燃气灶具专项检查的公告
!m 主办单位：挹川县人民政府办公室　网站标识码：3310270008
!m 网站纠错热线：0578-52210000　政务服务便民热线：12345
!m 浙ICP备11039307号　浙公网安备 33102702000419号
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各乡镇人民政府，县直有关单位：
2025年第三季度，县市场监管局对辖区内超市、五金店和电商仓库销售的插头转换器开展了监督抽查，共抽取样品30批次，经检验合格22批次，不合格8批次，合格率73.3%。现将有关情况通报如下。
一、不合格项目
不合格项目主要集中在插套保持力、温升和标志说明三项。其中插套保持力不足的有4批次，插头插入后容易松脱、打火。
二、部分不合格产品
销售单位　产品名称　不合格项目
县城万顺五金店　万能转换插头　温升
佳汇超市衮河店　多功能转换器　插套保持力
某网店挹川仓库　旅行转换插头　标志和说明
三、处理要求
对抽查不合格的产品，销售单位要立即下架，并追溯进货来源。各市场监管所要在30日内完成后续处理，结果报县局质量股。
联系人：韦家骏　电话：0578-52213609
挹川县市场监督管理局
2025年10月9日
""",
    ),
    dict(
        slug="news-zhuoshan-library-monitor-lightbar-missing-title",
        site="倬山融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zsrongmei.example.cn/news/local/2025-03/14/content_7730.html",
        title="县图书馆电子阅览区装上显示器挂灯",
        record_title=None,
        date="2025-03-14",
        notes="no title in the record, none in <title> either: the <h1> holds it; byline 发布时间 is the page's date; a client prompt before the lead's first words; a photo caption between paragraphs; listen button and 24-hour list",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>倬山融媒 - 本地新闻</title>
<script>var _zsrm={cid:"local",aid:"7730"};</script>
<style>.headline{font-size:26px}</style>
</head>
<body>
<div class="zs-head">
<a href="/">⟦m 倬山融媒⟧</a> <span>⟦m 倬山县融媒体中心主办⟧</span>
<a href="/app">⟦a 下载“掌上倬山”⟧</a>
</div>
<div class="zs-nav">⟦m 要闻　本地　乡镇　民生　图片　视频⟧</div>
<div class="zs-body">
<div class="zs-main">
<h1 class="headline">{T}</h1>
<div class="byline">⟦m 发布时间：2025-03-14 09:12　来源：倬山融媒　记者：邝雨桐⟧</div>
<div class="listen">⟦a ▶ 听新闻 02:16⟧</div>
<div class="zs-text">
{BODY}
</div>
<div class="zs-editor">⟦m 一审：鲍宁　二审：阮静之　终审：柯立群⟧</div>
<div class="zs-share">⟦l 转到：微信朋友圈 · 微博 · QQ空间⟧</div>
</div>
<div class="zs-side">
<h3>⟦l 24小时点击排行⟧</h3>
<ol><li>⟦l 倬山县今年首批乡村医生定向培养名单公示⟧</li><li>⟦l 县城南环路西段下周起半幅通行⟧</li><li>⟦l 春季招聘会3月22日在体育馆举行⟧</li></ol>
<div class="ad">⟦l 广告位招租 0578-63300811⟧</div>
</div>
</div>
<div class="zs-foot">⟦d 本网原创稿件未经授权不得转载⟧　⟦m 浙ICP备18031177号-1⟧</div>
</body>
</html>
""",
        body="""
⟦a 打开“掌上倬山”看更多本地新闻⟧本报讯（记者 邝雨桐）3月12日，倬山县图书馆二楼电子阅览区的48台电脑全部装上了显示器挂灯。读者坐下后轻触灯杆上的按键，光线就落在键盘和书本上，屏幕却不反光。
“以前阅览区晚上只开顶灯，屏幕亮、桌面暗，看一会儿眼睛就发酸。”正在备考的读者小包说，现在桌面亮了，看纸质资料和敲键盘都舒服多了。
⟦m 图为读者在电子阅览区的灯下查阅资料。邝雨桐 摄⟧
据馆长阮秋生介绍，这批挂灯是根据读者意见箱里的建议采购的，每台约160元，挂在显示器上沿，不占桌面空间。图书馆还将把电子阅览区的开放时间延长到晚上9点。
下一步，县图书馆计划在各乡镇分馆推广这一做法。
""",
    ),
    dict(
        slug="news-yancheng-evening-glow-stickers-school-road",
        site="掌上俨城 · 俨城晚报 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.ycwb.example.cn/content/20251202/a338104.html",
        title="玤口镇上学路贴上夜光贴 孩子冬天早出门不摸黑",
        record_title="【暖新闻】玤口镇上学路贴上夜光贴 孩子冬天早出门不摸黑 - 掌上俨城",
        date="2025-12-02",
        notes="news app page: byline 发布时间 is the page's date; reporter credit line after the body; a related-news link glued after a sentence",
        page="""
!m 掌上俨城
!m 俨城晚报社出品
!a 打开APP　　｜　　登录
!m 频道：民生 · 乡镇
{T}
!m 发布时间：2025-12-02 07:45　　俨城晚报
!m 阅读 1.9万　　点赞 416
{BODY}
!m （记者 牟晴　通讯员 龚一鸣）
!m 本文编辑：厉敏
!l 热议：你家孩子几点出门上学？（已有 233 人发表看法）
!l 猜你想看
!l 俨城今冬首场寒潮周末到货
!l 玤口镇卫生院夜间门诊开通
!m © 俨城晚报　未经许可请勿转载
""",
        indent="\u3000\u3000",
        body="""
⟦a 【听新闻】⟧本报讯　冬季天亮得晚，玤口镇中心小学不少学生早上6点多就得出门。近日，镇团委联合派出所在学校周边3条乡道的护栏、电线杆和拐弯处贴上了1200多张夜光贴，为孩子们照亮上学路。
记者在现场看到，夜光贴每隔20米一张，拐弯处还加贴了箭头。天黑以后，这些贴片发出淡绿色的光，远远就能看清道路的走向。⟦l 延伸阅读：去年我市“上学路安全”整治回头看⟧
“以前骑电动车送孩子，到了拐弯处心里没底。”家长侯女士说，现在顺着绿光走，心里踏实多了。
镇团委书记龚一鸣介绍，这次选用的夜光贴吸光时间短、发光时间长，白天吸足光，晚上能亮8小时左右。团委还招募了20名青年志愿者，每月检查一次，发现脱落、褪色的及时补贴。
""",
    ),
    dict(
        slug="forum-dengyou-review-monitor-lightbar-jammer",
        site="灯友汇 (invented, Discuz-like desk-lamp forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.dengyouhui.example.com/thread-402117-1-1.html",
        title="入手显示器挂灯一个月，说点实在的",
        record_title="[用了一个月] 入手显示器挂灯一个月，说点实在的（自费购买）- 护眼灯具 - 灯友汇",
        date=None,
        notes="Discuz-like page: poster panel, rating row, signature, replies; jammer fonts inside the post; relative post time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[用了一个月] 入手显示器挂灯一个月，说点实在的（自费购买）- 护眼灯具 - 灯友汇</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="toptb">⟦m 灯友汇 · 灯具玩家的客厅⟧ <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 加入灯友⟧</a></div>
<div id="pt">⟦m 灯友汇 ＞ 家居照明 ＞ 护眼灯具 ＞ 帖子⟧</div>
<div class="pl">
<table><tr>
<td class="pls">
<div class="pi">⟦m 萤火虫不打烊⟧</div>
<dl><dt>⟦m 灯币 2371　帖子 468　注册 2019-6⟧</dt></dl>
</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　｜　只看楼主⟧</div>
<div class="t_f" id="postmessage_88031">
{BODY}
</div>
<div class="rate">⟦l 参与评分 4 人　灯币 +15　理由：干货 / 实测有用⟧</div>
<div class="sign">⟦m 一灯一桌一杯茶，亮够就好⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏⟧</div>
</td></tr></table>
</div>
<div class="pl reply">
<p>⟦l 沙发｜小满不满：曲面屏那段太有用了，正纠结呢⟧</p>
<p>⟦l 板凳｜光年之外：供电那点同感，接主机口也暗⟧</p>
</div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没有账号？去注册⟧</div>
<div id="ft">⟦m 灯友汇 ( 粤ICP备20110735号 )⟧ ⟦m GMT+8, 刚刚 , Processed in 0.041 second(s)⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
先说结论：适合晚上在卧室用电脑、又不想开大灯吵醒家人的朋友。
我的屏幕是27寸曲面屏，之前担心挂不稳。实际它的夹子是配重式的，搭在屏幕上沿，后面有个配重块压着，用了一个月没滑过。曲面屏要选带弧度卡扣的款。
光的方面，灯条是非对称配光，光只往桌面打，屏幕上看不到反光。色温能在2700K到6500K之间调，我晚上一般开到4000K左右。
缺点也说一下。一是供电用的USB口，接显示器背面的口时亮度会暗一点，最好接单独的充电头。二是无线旋钮要装电池，冬天放在窗边反应有点迟钝。
总的来说一百多块钱的东西，值。有问题楼下问，看到就回。
""",
    ),
    dict(
        slug="forum-jianke-post-keyboard-brush-junk",
        site="键客部落 (invented keyboard forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.jiankebuluo.example.com/t/219470",
        title="键盘刷怎么选？用了五把之后的总结",
        record_title="[清洁保养] 键盘刷怎么选？用了五把之后的总结（新人必看）",
        date=None,
        notes="forum thread as text: junk lines and junk glued after 。; floor lines and replies; an 'edited' aside glued after a sentence; no date (relative times only)",
        page="""
!m 键客部落 — 机械键盘玩家社区
!m 部落首页 » 清洁与保养 » 帖子详情
!t [清洁保养] 键盘刷怎么选？用了五把之后的总结（新人必看）
!m 浏览 5402　　回复 37　　收藏 88
!m 楼主：阿轴　　Lv.6 老键客　　发布于 5 天前
{BODY}
!a 赞同 112　　反对 3　　分享　　举报
!l 2# 轴厂打工人：两头的那种确实好用，拔键器那头别太硬
!l 3# 咕噜：液体那段+1，我就是先刷后晾，结果轴全坏
!l 4# 阿轴 回复 咕噜：断电倒扣是第一步，记住了
!a 登录键客部落后可以回复和收藏
!m 键客部落 jiankebuluo.example.com · 客户端下载 · 联系版主
""",
        junk=dict(lines=2, glued=3),
        body="""
玩键盘三年，前前后后买过五把键盘刷，说说体会，给新人参考。
一、刷毛软硬看用途。日常扫键帽缝里的灰，用软毛的就行；要清理轴体周围的碎屑，得用稍硬一点的尼龙毛，但别太用力，免得把轴体上的润滑刷掉。
二、两头的最实用。一头是刷子，一头是拔键器或者小铲子，拔下键帽顺手就能清，不用来回找工具。⟦m （本楼最后编辑于 4 天前）⟧
三、别买掉毛的。便宜的刷子用两次就掉毛，毛卡在轴里比灰还麻烦。买回来先用手捋几遍，掉得厉害的直接退。
四、刷完要收好。刷毛沾了灰和手油，隔段时间用温水加一点洗洁精洗一洗，晾干再用。
最后提醒一句，液体泼进键盘的别光靠刷子，先断电、倒扣晾干，再谈清洁。
""",
    ),
    dict(
        slug="blog-doumiao-essay-glow-stars-ceiling",
        site="豆苗妈的小院 (invented WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://doumiaoma.example.blog/2025/09/glow-stars/",
        title="给儿子的天花板贴了一片“星空”",
        record_title="给儿子的天花板贴了一片“星空” ❀ 豆苗妈的小院 · 育儿随笔",
        date="2025-09-14",
        notes="blog page: header, category and tag line, tag cloud, archive, comment form; the bracketed post time in the meta line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>给儿子的天花板贴了一片“星空” ❀ 豆苗妈的小院 · 育儿随笔</title>
<link rel="stylesheet" href="/wp-content/themes/xiaoyuan/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header class="site-header">
<p class="site-title">⟦m 豆苗妈的小院⟧</p>
<p class="site-description">⟦m 记录一个四岁小男孩和他妈妈的日常⟧</p>
<nav>⟦m 首页 ／ 育儿随笔 ／ 绘本清单 ／ 关于我⟧</nav>
</header>
<div class="content-area">
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 豆苗妈 [2025-09-14 21:08] 育儿随笔 · 18 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 本文标签：怕黑 ／ 夜光星星 ／ 睡前时光⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 前一篇：第一次自己系鞋带⟧ ⟦l 后一篇：秋天的落叶书签 →⟧</nav>
<div id="comments">
<h3>⟦l 18 条来自读者的留言⟧</h3>
<p>⟦l 果果妈：“它们也很节约”笑死我了，小孩子的脑回路⟧</p>
<form>⟦l 写下你的留言（邮箱不会公开）⟧ <button>⟦a 发表留言⟧</button></form>
</div>
</div>
<aside class="widget-area">
<section><h4>⟦l 标签云⟧</h4><p>⟦l 入园 绘本 怕黑 手工 辅食 睡眠⟧</p></section>
<section><h4>⟦l 往期存档⟧</h4><p>⟦l 2025年九月 (6)　2025年八月 (4)　2025年七月 (9)⟧</p></section>
</aside>
<footer class="site-footer">⟦d 小院文字与照片均为原创，转载请先留言打招呼⟧ ⟦m Powered by WordPress⟧</footer>
</body>
</html>
""",
        body="""
豆苗四岁以后，开始怕黑。每天晚上关灯，他都要攥着我的手，睡着了才肯松开。
上个月逛文具店，看到一包夜光贴，星星、月亮，还有一只小火箭，十几块钱。回家趁他午睡，我踩着凳子在天花板上贴了一个北斗七星，又在床头贴了一弯月亮。
那天晚上关了灯，屋里一下子亮起一片淡淡的绿光。豆苗愣了好几秒，然后小声说：“妈妈，星星到我们家里来了。”
后来他每天睡前都要数一遍星星，数到第七颗，眼睛就闭上了。有一天他问我，星星为什么会自己发光。我说，它们白天偷偷把太阳光存起来，晚上再一点一点放出来。他想了想说：“那它们也很节约。”
夜光贴慢慢会暗下去，大概到后半夜就看不见了。可那时候，他早已睡熟了。
""",
    ),
]
