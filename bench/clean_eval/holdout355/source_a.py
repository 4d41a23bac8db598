"""holdout355, part A: 范文 sites, 文库 previews, a county portal and a news portal.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="mozhu-speech-picker-launch-gb2312",
        site="墨渚范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mozhu-fw.com/jianghua/wenming/2025/0422/7315.html",
        title="在全县“垃圾夹进万家”文明实践活动启动仪式上的讲话",
        record_title="【发言精粹】在全县“垃圾夹进万家”文明实践活动启动仪式上的讲话（可直接套用）_墨渚范文网",
        date="2025-04-18",
        date_also=["2025-04-22"],
        notes="old gb2312 table page with marquee, reading-settings row, floating ghost-writer QQ box and visitor "
        "counter; speaker and date under the speech title (neutral); a ghost-writer prompt glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【发言精粹】在全县“垃圾夹进万家”文明实践活动启动仪式上的讲话（可直接套用）_墨渚范文网</title>
<meta name="keywords" content="垃圾夹,文明实践,启动仪式,讲话">
<link href="/css/mz2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mz_top.js"></script>
<script language="javascript">function setFont(s){document.getElementById('mzText').style.fontSize=s+'px';}</script>
</head>
<body bgcolor="#f4efe2" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/mzlogo.gif" width="280" height="60" alt="墨渚范文网"></td>
<td align="right">⟦m 墨渚范文网——一池墨水写春秋⟧　⟦a <a href="#" onclick="this.style.behavior='url(#default#homepage)';">设墨渚为首页</a> | <a href="javascript:window.external.AddFavorite(location.href,document.title)">把本站放进收藏</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#7a4b1f"><tr>
<td class="nav">⟦m <a href="/">站点首页</a> | <a href="/jh/">讲话发言</a> | <a href="/zc/">活动致辞</a> | <a href="/zj/">总结汇报</a> | <a href="/xd/">心得体会</a> | <a href="/fa/">计划方案</a>⟧</td>
</tr></table>
<table width="960" border="0" align="center"><tr><td>
<marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">⟦d 墨渚范文网稿件多为会员投寄，凡涉版权争议请致信站长，核实后三个工作日内撤稿。⟧</marquee>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="4"><tr>
<td width="680" valign="top">
<table width="100%" border="0"><tr><td class="crumb">⟦m 现在位置：墨渚范文网 → 讲话发言 → 活动致辞 → 正文⟧</td></tr></table>
<table width="100%" border="0"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center">⟦m 稿源：会员“桐荫”投寄　　发布日期：2025-04-22　　浏览：<script src="/count.asp?id=7315"></script>1186 人次⟧</td></tr>
<tr><td align="center">⟦a 〖阅读设置〗字号：特大 大 中 小　底色：米黄 护眼绿 纯白⟧</td></tr>
<tr><td align="center">沺阳县人民政府副县长　韦晓岑</td></tr>
<tr><td align="center">（2025年4月18日）</td></tr>
<tr><td id="mzText" style="font-size:14px;line-height:200%">
{BODY}
</td></tr>
<tr><td>⟦a 〖复制整篇〗〖生成Word〗〖发给朋友〗〖关闭本页〗⟧</td></tr>
<tr><td>⟦l 上篇：在全镇农村人居环境整治“百日攻坚”动员会上的发言⟧<br>⟦l 下篇：在“河小青”护河志愿队成立仪式上的致辞⟧</td></tr>
</table>
</td>
<td width="270" valign="top" bgcolor="#efe6d0">
<table width="100%" border="0"><tr><td class="bt">⟦l 本栏阅读排行⟧</td></tr>
<tr><td>⟦l ·在文明城市创建推进会上的讲话（三篇）⟧</td></tr>
<tr><td>⟦l ·环卫工人节慰问座谈会致辞⟧</td></tr>
<tr><td>⟦l ·志愿服务月启动仪式主持稿⟧</td></tr>
<tr><td>⟦l ·垃圾分类入户宣传动员讲话⟧</td></tr>
</table>
</td></tr></table>
<div id="floatQQ" style="position:absolute;right:4px;top:260px;width:110px;border:1px solid #7a4b1f">⟦w 讲话稿量身撰写 扣扣：1584307726⟧</div>
<table width="960" border="0" align="center" bgcolor="#7a4b1f"><tr><td align="center">
⟦m 墨渚范文网 版权所有 www.mozhu-fw.com⟧<br>
⟦m 粤ICP备09061377号⟧　⟦m 您是第 00958213 位到访者⟧
</td></tr></table>
<script language="javascript" src="/js/mz_float.js"></script>
</body>
</html>
""",
        body="""
同志们、朋友们：
今天，我们在这里举行全县“垃圾夹进万家”文明实践活动启动仪式。首批三千把垃圾夹将发到十二个乡镇的志愿服务队和二百四十个村（社区）手中。在此，我代表县委、县政府，向长期坚守在环境卫生一线的志愿者们表示衷心感谢！
一把垃圾夹分量不重，却能让人弯下腰、低下头，看见身边的烟头、纸屑和塑料袋。过去一年，全县志愿者利用周末清理河岸、山道和集市，累计捡拾垃圾四十余吨。实践证明，群众动起手来，环境就变了样。⟦w 写不出来的稿子交给墨渚写手，微信同号 mz_wenshu88⟧
借此机会，我提三点希望。一要常态化开展，每个村每月至少组织两次捡拾活动；二要讲究安全，临水、临路作业要穿反光背心，不让老人和孩子单独上阵；三要管好用好，垃圾夹由村（社区）登记造册，损坏的及时更换。
同志们，城乡环境是大家的，让我们拿起垃圾夹，从家门口做起，把沺阳的山水街巷收拾得干干净净！
""",
    ),
    dict(
        slug="gewu-insight-stamp-club-no-title",
        site="格物范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.gewufanwen.cn/xinde/shetuan/50917.html",
        title="参加学校橡皮章社团的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line follows a tag line; no date (only an update stamp); "
        "a 'copy prompt' line and an unlock line inside the body",
        page="""
!m 格物范文库｜好材料，一格一格攒出来
!m 首页 / 心得体会 / 社团活动心得
!m 标签：社团　手工　劳动教育
{T}
!m 更新于 2025-03-09　　字数约 620　　2.4万人看过
!a 〔长按复制〕〔整篇导出〕〔收进我的素材夹〕
{BODY}
!a 本篇结尾还有“活动反思”一段，开通格物月卡即可查看并下载。
!l 大家还在看：
!l 书法社团活动心得体会（学生版）
!l 参加学校剪纸兴趣小组的收获与感想
!l 初中生劳动实践课心得五篇
!d 格物范文库内容来自会员整理，只作写作参考，请勿原文抄袭用于比赛或发表。
!m 客服邮箱：kefu@gewufanwen.cn　沪ICP备21046630号-3
""",
        indent="\u3000\u3000",
        body="""
这个学期，我报名参加了学校的橡皮章社团。刚开始我以为刻章就是拿小刀在橡皮上划几道，上了第一节课才知道，从描稿、转印到下刀、修边，每一步都有讲究。
指导我们的是美术组的黎老师。她告诉我们，刻刀要握得像握笔一样稳，刀口永远朝外，不能对着自己的手指。我第一次刻的是一片银杏叶，因为太着急，叶柄一刀刻断了，只好重新来过。黎老师说，刻章和做事一样，慢就是快。
⟦a 觉得有用？点右上角“复制全文”带走⟧
后来我刻了一枚写着“勤”字的小印章，盖在作业本的封面上。每次看到它，我都会想起那个下午手指发酸、却一点也不想停下来的感觉。
通过参加社团，我不仅学会了一门手艺，也学会了耐心。以后我还想刻一套十二生肖，送给班上的同学。
⟦a 剩余“活动反思”部分已折叠，开通月卡后展开⟧
""",
    ),
    dict(
        slug="fanye-survey-caller-html-markers",
        site="翻页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.fanyewenku.com/view/6a91c0e37d.html",
        title="关于全县基层卫生院门诊叫号系统使用情况的调研报告",
        record_title="关于全县基层卫生院门诊叫号系统使用情况的调研报告（完整可编辑版）- 翻页文库",
        date="2025-05-16",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⭼ n ⭽ cutting sentences, a coin pay box; "
        "a data table (one row a paragraph, ideographic spaces); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县基层卫生院门诊叫号系统使用情况的调研报告（完整可编辑版）- 翻页文库</title>
<meta name="description" content="翻页文库提供关于全县基层卫生院门诊叫号系统使用情况的调研报告在线阅读">
<script src="https://static.fanyewenku.com/reader/v3/reader.min.js"></script>
<script>window.__DOC__={id:"6a91c0e37d",pages:7,free:2};</script>
</head><body>
<header class="fy-top"><a class="logo" href="/">⟦m 翻页文库⟧</a><span class="slogan">⟦m 一页一页，读懂好文档⟧</span>
<form class="s"><input placeholder="输入关键词找文档"><button>⟦a 找文档⟧</button></form>
<a href="/coin">⟦a 充书币⟧</a> <a href="/u/login">⟦a 登录｜新用户注册⟧</a></header>
<nav class="cat">⟦m 翻页文库 › 行业资料 › 医疗卫生 › 调研报告⟧</nav>
<main><section class="doc-head"><h1>{T}</h1>
<div class="meta">⟦m 上传者：yiyuan_xiaolu　　上传于 2025-05-27　　共 7 页　　4,180 字　　★★★★☆ 4.6 分⟧</div>
<div class="toolbar">⟦a 缩小 放大 适合宽度 全屏阅读 夜间⟧</div></section>
<section class="doc-pages" id="viewer">
{BODY}
</section>
<div class="paybox">⟦a 前 2 页可免费阅读，剩余 5 页需支付 12 书币⟧ <button>⟦a 付费后下载原文档⟧</button></div>
<aside class="rel"><h3>⟦l 读过本文的人还读了⟧</h3><ul>
<li>⟦l 乡镇卫生院“一站式”服务改造情况调研⟧</li>
<li>⟦l 关于优化县域医共体就诊流程的几点建议⟧</li>
<li>⟦l 智慧医院建设调研报告模板（可改）⟧</li></ul></aside></main>
<footer>⟦d 文档由网友上传分享，翻页文库只提供存储空间；若侵犯了您的著作权，请发送权属证明至 jubao@fanyewenku.com。⟧<br>⟦m 浙ICP备20087412号-2　浙公网安备33010602011478号⟧</footer>
<script>FyReader.init("#viewer");</script>
</body></html>
""",
        p_html='<p class="fy-line">{}</p>',
        pages=dict(fmt="⭼ {n} ⭽", every=160, start=2),
        body="""
为了解全县基层卫生院门诊叫号系统的配备和使用情况，县卫生健康局组织调研组，于今年4月下旬到14家乡镇卫生院实地察看，随机询问就诊群众156人，并与收费、导诊人员座谈。现将有关情况报告如下。
一、基本情况
全县14家卫生院中，已配备叫号器并正常使用的有9家，配备后闲置的有3家，尚未配备的有2家。各院情况如下：
类别　院数　主要问题
正常使用　9家　高峰时段语音听不清
配备后闲置　3家　网络故障后无人维修
尚未配备　2家　诊室少，靠人工喊号
二、存在的问题
一是设备维护跟不上，3家卫生院的叫号器坏了半年以上仍未修复；二是语音播报音量和语速不适合老年人，不少老人听不清自己的号；三是叫号器与挂号收费系统没有打通，取号和缴费要排两次队。
三、几点建议
（一）由县卫健局统一签订维保协议，明确故障48小时内上门维修。（二）在候诊区加装显示屏，号码同时用文字显示，并为听力不好的老人保留人工引导。（三）推动叫号系统与挂号收费系统联通，让群众少跑一趟、少排一次队。
县卫生健康局调研组
2025年5月16日
""",
    ),
    dict(
        slug="shiye-moxa-plan-wrapped-glued-markers-pdf",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://shiyewenku.net/p/2025/0612/88041276.html",
        title="岊山县养老服务机构艾灸盒规范使用培训方案",
        record_title="岊山县养老服务机构艾灸盒规范使用培训方案.pdf",
        date="2025-06-10",
        notes="file-name record title; a PDF text hard-wrapped at 60 columns, markers ⇍n⇏ glued to the continuation "
        "line; numbered list; 成文日期 under the signature",
        page="""
!m 拾页文库　shiyewenku.net
!m 文档 > 医疗养老 > 培训资料
!t 岊山县养老服务机构艾灸盒规范使用培训方案.pdf
!m 格式：PDF　　页数：4　　大小：312KB　　贡献时间：2025-06-12
!a 阅读器模式：单页 | 双页 | 滚动
{T}
{BODY}
!a —— 试读到此为止，完整文档共 4 页，下载需 6 积分 ——
!a ［用积分下载］　［开通文库会员，本月免积分］
!l 同类文档推荐：养老护理员中医适宜技术培训计划｜艾灸安全操作规程（护理院版）
!d 声明：本文档由用户上传，拾页文库不对内容的准确性负责，如有侵权请联系删除。
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⇍{n}⇏", every=85, start=2, glue=True),
        body="""
为提升全县养老服务机构护理人员艾灸操作技能，防止使用艾灸盒时发生烫伤、火情等意外，根据县民政局年度培训计划，制定本方案。
一、培训对象
全县养老服务机构、农村敬老院从事生活照料和康复护理的工作人员，每家机构不少于2人，共约60人。
二、培训内容
1.艾灸盒的结构和适用部位，哪些老人不宜艾灸；
2.点燃、固定、调节风门和熄灭的操作步骤；
3.皮肤观察与烫伤的早期识别及处置；
4.艾灰清理、艾条保管和防火要求。
三、时间和方式
培训分两期进行，每期两天，采取集中授课与实操考核相结合的方式，实操考核不合格的须参加下一期补训。
四、工作要求
各机构要按时报送参训人员名单，培训结束后一个月内组织本机构全员复训，并建立艾灸操作登记制度。
岊山县民政局
2025年6月10日
""",
    ),
    dict(
        slug="tianyang-gov-picker-notice-index-table",
        site="沺阳县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tianyang.gov.cn/zwgk/tzgg/202505/t20250509_418822.html",
        title="沺阳县城市管理局关于向环卫志愿者配发垃圾夹的通知",
        record_title="沺阳县城市管理局关于向环卫志愿者配发垃圾夹的通知_通知公告_沺阳县人民政府",
        date="2025-05-06",
        date_also=["2025-05-09"],
        notes="county portal: 关怀版/读屏 links, 索引号 table (the 文号 cell unmarked, neutral), attachment download "
        "link beside the notice's own 附件 list, the bureau's 联系人/电话 beside the portal's 纠错 line and 12345; "
        "抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>沺阳县城市管理局关于向环卫志愿者配发垃圾夹的通知_通知公告_沺阳县人民政府</title>
<meta name="ArticleTitle" content="沺阳县城市管理局关于向环卫志愿者配发垃圾夹的通知">
<meta name="PubDate" content="2025-05-09 10:12">
<script src="/js/jquery-3.6.min.js"></script><script src="/js/zwgk_count.js"></script>
</head><body>
<div class="topbar">⟦a <a href="/ghb/">关怀版</a> | <a href="javascript:void(0)" id="readScreen">读屏专用</a> | <a href="/ft/">简/繁</a>⟧ <a href="/grkj/">⟦a 登录个人空间⟧</a></div>
<div class="banner"><img src="/images/banner_ty.png" alt="">⟦m 沺阳县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进沺阳⟧</li></ul>
<div class="position">⟦m 您当前的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11431127MB1849206T/2025-00317⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发布机构：沺阳县城市管理局⟧</td><td>⟦m 成文日期：2025-05-06⟧</td></tr>
<tr><td>文号：沺城管发〔2025〕14号</td><td>⟦m 公开方式：主动公开⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-05-09 10:12　来源：县城市管理局　浏览次数：<span id="c">634</span>⟧ ⟦a 【字号 A+ A A-】⟧ ⟦a 【打印该页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：垃圾夹配发登记表.xlsx（18KB）⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul>
<li>⟦l 沺阳县2025年城乡环境卫生整治考评结果的通报⟧</li>
<li>⟦l 关于公布第一批“最美环卫人”名单的公告⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：沺阳县人民政府办公室　　承办：沺阳县政务数据中心⟧</p>
<p>⟦m 网站标识码：4311270009　湘ICP备05003816号⟧</p>
<p>⟦m 页面内容如有差错，请拨打纠错电话 0746-3321907⟧　⟦m 政务服务便民热线：12345⟧</p>
</div>
<script>ZwgkCount.hit("418822");</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为鼓励群众参与城乡环境卫生整治，县城市管理局决定向全县在册环卫志愿者统一配发垃圾夹。现将有关事项通知如下。
一、配发对象和数量。在“沺阳志愿”平台登记、今年以来参加环境整治活动不少于3次的志愿者，每人配发长柄垃圾夹1把、反光背心1件，共计2600套。
二、领取方式。5月20日前，各乡镇以志愿服务队为单位，凭登记表到县环境卫生服务中心统一领取，不接受个人领取。
三、使用管理。垃圾夹属公用物资，由志愿服务队登记保管，人员退出时应交回。严禁将垃圾夹用于与环境卫生无关的用途。
联系人：县城市管理局市容科　邓书瑶，电话：0746-3328514。
附件：1.环卫志愿者垃圾夹配发登记表
2.各乡镇配发数量分配表
沺阳县城市管理局
2025年5月6日
抄送：县文明办，团县委。
沺阳县城市管理局办公室　2025年5月6日印发
""",
    ),
    dict(
        slug="jieshan-gov-pill-cutter-bulletin-wrapped",
        site="岊山县人民政府 (invented county portal, text extract)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.jieshan.gov.cn/xxgk/bmxx/scjgj/202503/t20250321_88410.html",
        title="岊山县市场监督管理局关于分药器产品质量监督抽查情况的通报",
        date="2025-03-18",
        notes="record title as is; text hard-wrapped at 58 columns; a data table (one row a paragraph); 文号 line "
        "under the title (neutral); 成文日期 in Chinese numerals; 抄送 line",
        page="""
!m 岊山县人民政府网　www.jieshan.gov.cn
!m 首页 >> 信息公开 >> 部门信息 >> 县市场监督管理局
!m 【发布日期：2025-03-21】【信息来源：县市场监管局】【阅读：1,207】
!a [ 放大字号 ] [ 恢复字号 ] [ 朗读本文 ] [ 打印 ] [ 关闭 ]
{T}
岊市监通〔2025〕6号
{BODY}
!m 〖本文网址〗https://www.jieshan.gov.cn/xxgk/bmxx/scjgj/202503/t20250321_88410.html
!l 【上一条】岊山县2025年春季校园周边食品安全检查情况通报
!l 【下一条】关于开展电动自行车充电器专项整治的公告
!m 岊山县人民政府办公室主办　电话：0735-8821006　湘ICP备06011952号
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
各市场监管所、县直有关单位：
为保障老年人用药安全，今年2月，县市场监督管理局对全县药店、医疗器械经营企业和电商网点销售的分药器产品开展了监督抽查。现将抽查情况通报如下。
一、抽查基本情况
本次共抽查分药器产品24批次，检验项目包括刀片锋利度、刀片固定牢度、材料气味和标识标签。其中合格20批次，不合格4批次，合格率83.3%。不合格产品情况如下：
商品名称　标称生产企业　不合格项目
三格分药器　琁城市乐安塑料制品厂　刀片固定牢度
便携切药盒　沺阳县康泰日用品店　标识标签
带仓分药器　萳湖区百顺贸易商行　刀片固定牢度
儿童分药器　琁城市小棉袄母婴店　材料气味
二、处理意见
对抽查不合格的产品，已责令经营者立即下架，依法立案调查。各市场监管所要督促辖区经营者落实进货查验制度，不得销售无中文标识、无生产厂家的分药器。
岊山县市场监督管理局
二〇二五年三月十八日
抄送：县卫生健康局，县医疗保障局。
""",
    ),
    dict(
        slug="xuancheng-news-caller-hospital-h1",
        site="琁城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xcnews.com.cn/shehui/2025-04/02/content_3308417.htm",
        title="琁城市第一人民医院门诊启用新叫号器 候诊秩序明显改善",
        record_title=None,
        date="2025-04-02",
        notes="no title in the record, found in the <h1>; client prompt glued before the news lead; photo caption "
        "between paragraphs; editor line glued after the last paragraph; byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>琁城新闻网</title>
<meta name="keywords" content="叫号器,门诊,候诊">
<script async src="https://ads.xcnews.com.cn/slot.js"></script>
<script>var _xcq=_xcq||[];_xcq.push(['page','3308417']);</script>
</head><body>
<div class="xc-header"><a href="/">⟦m 琁城新闻网⟧</a>　⟦m 琁城市唯一重点新闻网站⟧　<a href="/app">⟦a 下载“掌上琁城”⟧</a></div>
<ul class="xc-nav"><li>⟦m 要闻⟧</li><li>⟦m 社会⟧</li><li>⟦m 民生⟧</li><li>⟦m 区县⟧</li><li>⟦m 视听⟧</li></ul>
<div class="xc-loc">⟦m 琁城新闻网 ＞ 社会 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="xc-byline">⟦m 发布时间：2025-04-02 08:47　来源：琁城日报　记者 顾念笙　通讯员 喻晴⟧</div>
<div class="xc-tts"><button>⟦a ▶ 听新闻⟧</button></div>
<div class="xc-body">
{BODY}
</div>
<div class="xc-share">⟦l 转发到：朋友圈 微博 抖音⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 萳湖区今年将新增公办幼儿园学位1200个⟧</li>
<li>⟦l 琁城至沺阳城际公交4月8日开通⟧</li>
<li>⟦l 清明假期我市主要景区接待游客27万人次⟧</li></ol>
<div class="ad">⟦a 广告位招租 0735-2200816⟧</div></aside>
<footer>⟦d 琁城新闻网原创稿件，未经书面授权不得转载、摘编。⟧<br>⟦m 互联网新闻信息服务许可证：43120190021⟧</footer>
</body></html>
""",
        body="""
⟦a 打开掌上琁城客户端，阅读体验更好⟧本报讯　“请B032号到3诊室就诊。”4月1日上午，琁城市第一人民医院门诊二楼，新安装的叫号器用清晰的女声播报着，候诊区的显示屏上同步滚动着号码。
过去一段时间，该院门诊日均接诊超过四千人次，老式叫号器音量小、经常漏叫，不少患者只好挤在诊室门口等，秩序比较乱。
⟦m 图为患者在门诊二楼候诊区等候叫号。记者 顾念笙 摄⟧
今年3月，医院对门诊23个诊区的叫号器全部进行了更换。新叫号器与挂号系统联通，患者签到后自动排队，过号患者可在自助机上重新签到，不用再找护士“插号”。针对老年患者，新叫号器增加了慢速重复播报，并在每个诊区配备一名志愿者引导。
门诊部主任尚嘉禾介绍，新设备启用一周来，诊室门口聚集的人明显少了，患者投诉比上月下降了六成。⟦m （责任编辑：方知秋　校对：罗一苇）⟧
""",
    ),
    dict(
        slug="tianyang-news-picker-volunteers-text",
        site="沺阳融媒 (invented county news portal, text)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tyrongmei.cn/xz/2025-03/16/48217.html",
        title="峇口镇“拾光”志愿队带着垃圾夹走进河滩",
        record_title="峇口镇“拾光”志愿队带着垃圾夹走进河滩_乡镇动态_沺阳融媒",
        record_date="2025-03-16",
        date="2025-03-16",
        notes="record date; decorated record title; photo caption and a like prompt as lines of their own",
        page="""
!m 沺阳融媒　|　沺阳县融媒体中心主办
!m 首页 ＞ 乡镇动态
!t 峇口镇“拾光”志愿队带着垃圾夹走进河滩_乡镇动态_沺阳融媒
!m 2025-03-16 17:30　来源：峇口镇　作者：鲁芊芊　点击数：388
{BODY}
!a 觉得不错就点个赞吧 👍 12
!l 【相关阅读】苼塘镇开展“清河护岸”主题党日活动
!l 【相关阅读】沺阳县启动2025年城乡环境卫生整治行动
!d 本网所发稿件版权归沺阳县融媒体中心所有，转载请注明出处。
!m 新闻热线：0746-3319090　投稿邮箱：tyrm_tougao@163.com
""",
        body="""
3月15日一早，峇口镇“拾光”志愿服务队的32名队员，拎着垃圾夹和编织袋，沿着沺水河峇口段的河滩一字排开。
河滩上的垃圾大多是汛期冲下来的塑料瓶、泡沫块和渔网碎片，有些卡在石缝里，用手很难掏出来。队员们用长柄垃圾夹一点点夹出，再分类装袋。
⟦m 志愿者在沺水河滩清理垃圾（峇口镇供图）⟧
“去年我们还是戴着手套用手捡，今年县里发了垃圾夹，腰不那么累了，也不怕被碎玻璃划伤。”队长甘如海说。
当天，志愿队共清理河滩约两公里，捡拾垃圾600余公斤。镇里计划把每月第三个星期六定为“河滩清洁日”，欢迎更多群众加入。
""",
    ),
    dict(
        slug="yinqu-forum-stamp-post-jammer",
        site="印趣社区 (invented, Discuz-like hobby forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yinqu.club/thread-302817-1-1.html",
        title="刻了一套二十四节气橡皮章，分享几点刀法心得",
        record_title="[晒章] 刻了一套二十四节气橡皮章，分享几点刀法心得（多图慎入） - 刻章交流 - 印趣社区",
        date=None,
        notes="Discuz-like forum: poster panel, jammer-font junk glued after 。 and on lines, a rating row and a "
        "signature; a 'last edited' line; no date (posting stamp only)",
        page="""
<html><head><meta charset="gbk">
<title>[晒章] 刻了一套二十四节气橡皮章，分享几点刀法心得（多图慎入） - 刻章交流 - 印趣社区</title>
<script src="static/js/common.js?v9x" type="text/javascript"></script>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 注册新账号⟧ ⟦a 找回密码⟧</div>
<div id="hd"><h2>⟦m 印趣社区⟧</h2><p>⟦m 一方橡皮，一刀一世界⟧</p></div>
<div id="pt">⟦m 印趣社区 › 作品区 › 刻章交流 › 查看帖子⟧</div>
<div class="pgt">⟦m 浏览：4371 ｜ 跟帖：58⟧</div>
<table id="pid1"><tr>
<td class="pls"><div class="pi">⟦m 半块橡皮⟧</div><p>⟦m 积分 2306　精华 3　注册时间 2021-11-7⟧</p><p>⟦m 等级：刻章达人⟧</p></td>
<td class="plc"><h1><span id="thread_subject">⟦t [晒章] 刻了一套二十四节气橡皮章，分享几点刀法心得（多图慎入）⟧</span></h1>
<div class="authi">⟦m 楼主｜发表于 7 天前｜只看楼主⟧</div>
<div class="pstatus">⟦m 本帖最后由 半块橡皮 于 5 天前 编辑⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6　印趣币 +18　收起理由：图文并茂　好帖⟧</div>
<div class="sign">⟦m 签名：不刻歪的章不是好章。⟧</div>
<div class="po">⟦a 回复 引用 举报 收藏⟧</div></td></tr></table>
<div class="pls2">⟦l 沙发｜油墨控 ｜ 小满那枚绝了，求印面尺寸⟧</div>
<div class="pls2">⟦l 板凳｜阿刻 ｜ 刀法那条收藏了，新手总是推刀⟧</div>
<div id="f_pst">⟦a 登录后参与讨论，还可以领取新人印趣币⟧</div>
<div id="ft">⟦m 印趣社区　Powered by Discuz! X3.4⟧ ⟦m 苏ICP备22031907号-1⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
去年立春开始刻，今年立春刚好刻完，一共二十四枚，每枚3厘米见方，用的是普通的白色刻章专用橡皮。
先说选稿。节气图案我都是自己画的，线条尽量少，一枚章里留两三处大的留白，盖出来才透气。稿子用铅笔画好，反扣在橡皮上用指甲刮一遍，就转印上去了。
再说刀法。我用的是角刀和平刀两把。第一刀永远是沿着线的外侧斜着切，刀口朝外，角度三十度左右，切完一圈再把外面的部分挖掉。新手最容易犯的毛病是推刀太快，线一下子就断了。
最后说印泥。浅色图案用油性印台，深色大块用水性的，盖之前先在废纸上试两下。
刻到“小满”那枚的时候手被刀划了一下，大家一定记得刀口朝外，别对着手指。
""",
    ),
    dict(
        slug="yinfa-forum-pill-cutter-post-junk",
        site="银发家园论坛 (invented, elderly-care forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.yinfajiayuan.com/t/118052",
        title="给我妈买分药器踩过的几个坑",
        record_title="【血泪教训】给我妈买分药器踩过的几个坑（纯个人体验，无广） - 用药护理 - 银发家园论坛",
        date=None,
        notes="forum post with anti-scraping junk as lines and glued after 。; numbered list; floor replies; no date",
        page="""
!m 银发家园论坛 — 陪爸妈慢慢变老
!m 首页 » 照护交流 » 用药护理 » 帖子
!t 【血泪教训】给我妈买分药器踩过的几个坑（纯个人体验，无广）
!m 楼主：秋天的柿子　｜　4 天前　｜　浏览 2218　｜　回复 31
{BODY}
!a 👍 有用（87）　　收藏本帖　　举报
!l 2# 静水流深：第三条太对了，我爸那个就是刀片松的
!l 3# 小鹿妈妈：请问最后买的那个能切胶囊吗？
!l 4# 秋天的柿子（楼主）：回3#，胶囊千万别切，问过药师的
!a 发表回复前请先绑定手机号
!m 银发家园论坛 © 2016-2025　京ICP备16052291号
""",
        junk=dict(lines=2, glued=3),
        body="""
我妈七十六了，每天要吃五种药，其中两种医生让吃半片。以前她都是用菜刀切，切得大小不一，还经常崩飞。后来我在网上陆续买了三个分药器，总结几个坑给大家参考。
1.别贪便宜买太小的。我买的第一个只有火柴盒大，药片放进去卡不住，一压就歪，切出来还是一大一小。
2.一定看清有没有V形槽。带V形槽的能把药片卡在正中间，圆片、椭圆片都能切得比较匀。
3.刀片要固定牢。第二个用了不到一个月刀片就松了，切的时候晃，差点划到我妈的手。
4.老人用的盖子要好开。最后买的这个盖子一按就开，刀片藏在盖子里，我妈自己就能用。
还有一点，不是所有药都能掰开吃，缓释片、肠溶片最好先问问医生或药师。
""",
    ),
    dict(
        slug="songzhen-blog-moxa-winter-typecho",
        site="松针小记 (invented, Typecho-like personal blog)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://songzhen.blog/archives/412/",
        title="我和艾灸盒过了一个冬天",
        record_title="我和艾灸盒过了一个冬天 - 慢生活 - 松针小记",
        date="2025-02-27",
        notes="Typecho-like blog: tag cloud, archive, calendar, comment form; bracketed post time in the byline is "
        "the date; a 'buy me a coffee' line glued after a 。",
        page="""
<!DOCTYPE HTML>
<html class="no-js"><head><meta charset="UTF-8">
<title>我和艾灸盒过了一个冬天 - 慢生活 - 松针小记</title>
<link rel="stylesheet" href="https://songzhen.blog/usr/themes/pine/style.css">
<script src="https://songzhen.blog/usr/themes/pine/js/prism.js"></script>
</head><body>
<header id="header"><a id="logo" href="/">⟦m 松针小记⟧</a><p class="description">⟦m 落在地上的松针，也是一年的光阴⟧</p>
<nav id="nav-menu">⟦m 首页⟧ ⟦m 慢生活⟧ ⟦m 读书⟧ ⟦m 留言板⟧ ⟦m 关于⟧</nav></header>
<div id="main"><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：松针⟧</li><li>⟦m [2025-02-27 21:06]⟧</li><li>⟦m 分类：慢生活⟧</li><li>⟦m 阅读：612⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：艾灸, 养生, 冬天⟧</p>
</article>
<div class="post-near">⟦l 上一篇：去菜市场买了一把荠菜⟧　⟦l 下一篇：三月的第一场雨⟧</div>
<div id="comments"><h3>⟦l 已有 9 条评论⟧</h3>
<ol><li>⟦l 葵花籽：我也想买一个，请问是几孔的？⟧</li><li>⟦l 松针 回复 葵花籽：双孔的，放两根短艾条⟧</li></ol>
<form id="comment-form">⟦a 发表评论　称呼　邮箱　网站　提交评论⟧</form></div></div>
<div id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 读书 慢生活 老房子 养生 旅行 花草⟧</p></section>
<section><h3>⟦l 归档⟧</h3><ul><li>⟦l 2025年02月（4篇）⟧</li><li>⟦l 2025年01月（6篇）⟧</li><li>⟦l 2024年12月（3篇）⟧</li></ul></section>
<section><h3>⟦l 日历⟧</h3><p>⟦l 一 二 三 四 五 六 日⟧</p></section>
</div>
<footer id="footer">⟦d © 2025 松针小记，文字原创，转载请先打个招呼。⟧ ⟦m 由 Typecho 强力驱动⟧</footer>
</body></html>
""",
        body="""
去年入冬前，单位体检查出我有点宫寒，中医科的大夫建议我试试艾灸。我在医院旁边的药店买了一个双孔的木制艾灸盒，一百多块钱。
艾灸盒的样子像一个带盖的小木箱，底下是一层铁丝网，艾条插在盒里点燃，盒子用绑带固定在小腹上。第一次用的时候我没掌握好，离皮肤太近，烫得直跳。后来学会了调盒盖上的小风门，热度就温和多了。⟦w 觉得写得还行，可以请松针喝杯咖啡☕⟧
整个冬天，我差不多隔一天灸一次，每次二十分钟。屋里有烟，我就开一点窗，在阳台上灸。坚持下来，手脚没那么凉了，月经前也不那么难受了。
当然，艾灸不是万能的。身上有伤口、刚吃饱饭或者喝了酒的时候，都不适合灸。用完要把艾条插进灭火筒，我有一回忘了，半夜闻到焦味才爬起来，吓出一身汗。
""",
    ),
]
