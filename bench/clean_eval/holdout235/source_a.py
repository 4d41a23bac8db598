"""holdout235, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-cailiao-speech-mic-stands-gb2312",
        site="材料笔会网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.cailiaobihui.com/jianghua/huiyi/2024/0322/18807.html",
        title="在全县会务保障工作培训会上的讲话",
        record_title="【会务讲话精编】在全县会务保障工作培训会上的讲话（两稿择一）_材料笔会网",
        date="2024-03-19",
        notes="old table page: marquee, 字号/护眼 row, floating ghost-writer QQ box, weekly hot list, visitor counter; "
        "speaker and date lines under the title (neutral, date expected); a collect link glued after a sentence and a "
        "ghost-writer line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【会务讲话精编】在全县会务保障工作培训会上的讲话（两稿择一）_材料笔会网</title>
<link href="/skin/css.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/stat.js"></script>
</head>
<body topmargin="0" bgcolor="#F3F3F3">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/skin/logo.gif" width="240" height="60"></td>
<td>⟦m 材料笔会网 · 机关笔杆子的加油站⟧</td>
<td align="right"><a href="#">⟦a 设本站为主页⟧</a>　<a href="#">⟦a 加入浏览器书签⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#8B0000"><tr>
<td><a href="/">⟦m 笔会首页⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td>
<td><a href="/tongzhi/">⟦m 通知公文⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/zhuchi/">⟦m 主持串词⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 笔会快讯：每周二、五上新讲话稿，投稿请寄 bihui_tg@cailiaobihui.com ，录用即付稿酬⟧</marquee></td></tr></table>
<table width="960" border="0" align="center"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 当前所处：<a href="/">材料笔会网</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; 会议讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center" class="biaoti">{T}</td></tr>
<tr><td align="center" class="xinxi">⟦m 稿源：会员投稿　责编：笔会阿秋　入库：2024-03-22　人气：1386⟧</td></tr>
<tr><td align="center">⟦a 【字号：特大 大 标准】【护眼底色】⟧</td></tr></table>
<table width="100%"><tr><td class="zhengwen">
<p align="center">县委办公室副主任　邬立峰</p>
<p align="center">（2024年3月19日）</p>
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦a 〖下载此稿Word版〗需扣笔会币2枚⟧</td></tr>
<tr><td>⟦l 上篇：在全市机关事务管理工作会议上的讲话⟧</td></tr>
<tr><td>⟦l 下篇：会务组工作人员岗前培训心得⟧</td></tr></table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td class="lan">⟦l 本周人气材料⟧</td></tr>
<tr><td>⟦l ·办公室主任在会务培训班上的讲话⟧</td></tr>
<tr><td>⟦l ·会议室管理规定（范本）⟧</td></tr>
<tr><td>⟦l ·县两会会务组工作总结⟧</td></tr>
<tr><td>⟦l ·机关后勤服务表态发言⟧</td></tr></table>
</td></tr></table>
<div id="piao" style="position:absolute;right:6px;top:260px">⟦w 赶材料找笔会 代笔QQ：2856103374⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦d 本站稿件多为会员投稿，著作权归原作者，若有异议请来函，核实后即删。⟧<br>
⟦m Copyright 2009-2024 材料笔会网 苏ICP备09051327号⟧<br>
⟦m 您是本站第00738215位访客⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天请大家来，专门讲一讲会务保障中的一件“小事”——话筒架。去年以来，全县召开的大小会议中，先后有四次因话筒架松脱、高度不合适影响了会议进程，其中一次还在网络直播中被群众截图转发，教训深刻。⟦a 〖收藏本篇〗⟧
一、把话筒架当成会场的“门面”来管。各单位会议室要对现有话筒架逐一登记，写明型号、购置年份和存放位置，螺丝松动、底座开裂的要立即停用。
⟦w 材料赶不出来？笔会老师一对一代笔，加QQ 2856103374⟧
二、把调试放在会前一小时完成。主席台话筒架的高度要按发言人身高预先调好，桌面式和落地式不得混用，线缆要沿桌腿固定，防止绊脚。
三、把责任落到具体人头。每个会场明确一名设备管理员，会后清点收回，损坏的当天报修。
同志们，会务无小事，细节见作风。希望大家把今天讲的要求带回去，抓好落实。
""",
    ),
    dict(
        slug="fanwen-wengao-insight-board-keeper",
        site="文稿驿站 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wengaoyizhan.cn/xinde/shequ/52906.html",
        title="担任社区宣传栏管理员的心得体会",
        record_title="担任社区宣传栏管理员的心得体会（原创首发·可改）- 文稿驿站",
        date=None,
        notes="insight with no date; a ghost-writer WeChat prompt glued after a sentence; a 'more like this' line "
        "between paragraphs; heat stars and a register prompt",
        page="""
!m 文稿驿站 — 每天一篇好材料
!m 您在这里：驿站首页 / 心得体会 / 社区工作
!t 担任社区宣传栏管理员的心得体会（原创首发·可改）
!m 投稿人：漖西小周　字数：约1100字　热度：★★★★☆
!a 〔一键复制〕〔存为Word〕〔大字阅读〕
{BODY}
!a 阅读全文需先登录，新用户注册即送3篇免费下载
!l 猜您还想看：
!l ◇ 社区网格员工作心得体会（三篇）
!l ◇ 居委会宣传委员个人述职报告
!l ◇ 小区楼道文化墙建设方案
!d 驿站文章来源于用户投稿，仅作写作参考，请勿整篇照抄，侵权请联系删除。
!m 文稿驿站 wengaoyizhan.cn　浙ICP备21033718号-1
""",
        indent="\u3000\u3000",
        body="""
去年三月，社区让我接手小区门口的三块宣传栏。起初我觉得不过是贴贴通知、换换海报，干了一年才明白，这块玻璃框子连着上千户居民的眼睛。
一是内容要“接地气”。以前栏里贴的多是整页文件，字小、话长，很少有人停下来看。后来我把停水停电、疫苗接种、防诈骗这些事改写成几句大白话，配上图，驻足的人明显多了。
二是更新要“守时间”。我给自己定了规矩：每周一上午换一次，过期的通知当天撕掉。有一次活动改期没及时更新，十几位老人白跑一趟，这件事我一直记着。⟦w 【材料不会写？驿站写手帮您改，微信 yz_wengao66】⟧
⟦l 同类好文：社区宣传阵地建设经验交流材料⟧
三是维护要“勤动手”。台风前检查玻璃和锁扣，雨季过后清理积水和霉斑，玻璃碎了当天报修，不让破框子留过夜。
一年下来，我最大的体会是：宣传栏虽小，却是社区和居民之间最直接的“窗口”。把它管好，就是把服务做细。
""",
    ),
    dict(
        slug="wenku-zhiye-survey-clickers-marker-paras",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewenku.com/doc/7730418265.html",
        title="关于全市中小学教师翻页笔使用情况的调研报告",
        record_title="【教研精品】关于全市中小学教师翻页笔使用情况的调研报告 - 知页文库",
        date="2024-05-20",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⋋ n ⋌ cutting sentences, month-card paywall, coin "
        "purchase, rating prompt; a data table one row a paragraph; 成文日期 under the signature; upload stamp no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【教研精品】关于全市中小学教师翻页笔使用情况的调研报告 - 知页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhiyewenku.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="zy-head">
<a class="logo" href="/">⟦m 知页文库⟧</a>
<nav>⟦m <a href="/jiaoyu/">教育专区</a> <a href="/gongwen/">公文专区</a> <a href="/hangye/">行业资料</a>⟧</nav>
<form class="search"><input type="text" placeholder="搜文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip/">⟦a 月卡会员 畅读全站⟧</a>
</header>
<div class="zy-crumb">⟦m 知页文库 › 教育专区 › 教研资料 › 调研报告⟧</div>
<main class="zy-reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：教研小站　上传于 2024-06-02　共 4 页　2.6万人读过⟧</div>
<div class="toolbar">⟦a 适合宽度 ｜ 放大 ｜ 缩小 ｜ 全屏阅读 ｜ 夜间模式⟧</div>
<div class="page-wrap">
{BODY}
</div>
<div class="pay-wall">
<p>⟦a 剩余1页未展示，开通月卡后可畅读全文⟧</p>
<p>⟦a 单篇购买：8 知页币⟧ <button>⟦a 立即购买⟧</button></p>
</div>
<div class="rate">⟦a 这篇文档对你有帮助吗？ 有用 没用⟧</div>
</main>
<aside class="zy-side">
<h3>⟦l 读过这篇的人也在读⟧</h3>
<ul>
<li>⟦l 多媒体教学设备使用现状调查问卷⟧</li>
<li>⟦l 中小学信息化教学设备配置标准解读⟧</li>
<li>⟦l 教师课件制作能力提升调研报告⟧</li>
</ul>
</aside>
<footer class="zy-foot">
<p>⟦d 文档为用户上传，知页文库仅提供在线阅读服务，如涉侵权请提交申诉，我们将在核实后处理。⟧</p>
<p>⟦m © 2018-2024 zhiyewenku.com 沪ICP备18046327号-3⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p class="reader-line">{}</p>',
        pages=dict(fmt="⋋ {n} ⋌", every=80, start=2),
        body="""
为了解翻页笔在课堂教学中的使用情况，市教科所于2024年4月对全市36所中小学开展问卷调查，收回有效问卷1284份，并到6所学校听课座谈。现将有关情况报告如下。
一、基本情况
学段　使用率　自购比例
小学　61%　72%
初中　74%　65%
高中　83%　58%
二、主要问题
一是设备质量参差不齐，部分低价翻页笔接收器容易松脱，课堂中途失灵；二是激光指示功能使用不当，个别教师将激光点照向学生座位；三是学校配备不足，多数翻页笔由教师自费购买。
三、几点建议
建议各校将翻页笔纳入多媒体教室标准配置，统一采购带电量提示的型号，并在新教师培训中增加演示设备使用的内容。
棐城市教育科学研究所
2024年5月20日
""",
    ),
    dict(
        slug="wenku-juanshu-plan-library-cards-wrapped-markers",
        site="卷舒文库 (invented), text of a preview page",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.juanshuwk.com/p/2024022688130.html",
        title="棐城市图书馆借书证免押金办理工作方案",
        record_title="棐城市图书馆借书证免押金办理工作方案.pdf",
        date="2024-02-26",
        notes="a .pdf file name as the record title; the text hard-wrapped at 60 columns and cut by page markers "
        "⍋n⍒ glued to the continuation lines; decimal headings 1.1–3.2; 成文日期 under the signature",
        page="""
!m 卷舒文库 · 文档在线预览
!m 分类：图书情报 > 读者服务
!t 棐城市图书馆借书证免押金办理工作方案.pdf
!m 页数：4页　大小：186KB　格式：PDF　浏览：733
!a 本文档共4页，当前免费预览前3页
{BODY}
!a —— 预览到此为止，下载源文件查看剩余内容（¥3.00）——
!l 相关文档：公共图书馆读者信用借阅实施办法　｜　图书馆总分馆通借通还方案
!d 本文档由用户上传，卷舒文库仅提供存储与展示服务，不对内容负责。
!m 卷舒文库 juanshuwk.com
""",
        wrap=60,
        pages=dict(fmt="⍋{n}⍒", every=120, start=2, glue=True),
        body="""
为方便市民借阅，经研究，自2024年3月起在全市公共图书馆全面推行借书证免押金办理。现制定方案如下。
1 工作目标
1.1 年内新办免押金借书证2万张，原有押金借书证全部完成转换。
1.2 办证时间由平均15分钟缩短至3分钟以内。
2 办理方式
2.1 凡持本市身份证、社保卡的读者，可在总馆及各分馆服务台直接办理，当场领证。
2.2 信用分达到规定分值的读者，可通过图书馆公众号在线申领电子借书证。
2.3 已缴押金的读者，可凭原借书证到服务台办理退押，押金原路退回。
3 保障措施
3.1 读者服务部负责窗口培训，技术部负责系统改造，办公室负责宣传解释。
3.2 对逾期不还、恶意损毁图书的读者，按规定暂停其借阅权限。
棐城市图书馆
2024年2月26日
""",
    ),
    dict(
        slug="gov-hechuan-notice-outdoor-boards-html",
        site="翯川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hechuan-zf.gov.cn/xxgk/tzgg/202406/t20240613_88417.html",
        title="翯川县城市管理局关于规范设置户外宣传栏的通知",
        record_title="翯川县城市管理局关于规范设置户外宣传栏的通知_通知公告_翯川县人民政府",
        date="2024-06-11",
        date_also=["2024-06-13"],
        notes="county portal: 关怀版/语音导读/繁体 links, 索引号 table with the 文号 cell unmarked, 纠错 line and "
        "12345 beside the document's own 联系人/电话, 附件 list beside attachment download links; 成文日期 "
        "expected, 发布日期 also",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>翯川县城市管理局关于规范设置户外宣传栏的通知_通知公告_翯川县人民政府</title>
<link rel="stylesheet" href="/images/2024/common.css">
<script src="/script/jquery.min.js"></script>
<script>var siteId = "hcx001";</script>
</head>
<body>
<div class="topbar"><span>⟦m 今天是：<span id="today"></span>⟧</span>
<a href="#">⟦a 关怀版⟧</a> <a href="#">⟦a 语音导读⟧</a> <a href="#">⟦a 繁体⟧</a> <a href="/login">⟦a 用户登录⟧</a></div>
<div class="banner"><span class="site-name">⟦m 翯川县人民政府⟧</span><span class="slogan">⟦m 山水翯川　宜居之城⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 翯川概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="location">⟦m 您所在的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11433126MB1C0577X4/2024-00981⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文单位：翯川县城市管理局⟧</td><td>⟦m 成文时间：2024年06月11日⟧</td></tr>
<tr><td>文号：翯城管〔2024〕18号</td><td>⟦m 发布日期：2024年06月13日⟧</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="art-tool">⟦a 字号：［大］［中］［小］　｜　打印正文　｜　关闭本页⟧</div>
<div class="TRS_UEDITOR">
{BODY}
</div>
<div class="attach">⟦a 附件下载：翯川县户外宣传栏摸底登记表.xlsx⟧<br>⟦a 附件下载：户外宣传栏设置样式参考图.pdf⟧</div>
<div class="share">⟦l 转发至：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 翯川县城区户外广告设施设置规划（2023—2030年）⟧</p>
<p>⟦l 关于开展城区“乱贴乱画”集中整治的公告⟧</p></div>
<div class="footer">
<p>⟦m 主办：翯川县人民政府办公室　承办：翯川县政务服务和大数据中心⟧</p>
<p>⟦m 网站标识码：4331260002　湘ICP备07003317号　湘公网安备43312602000147号⟧</p>
<p>⟦m 网站纠错：0736-6210000（工作日）　政务服务热线：12345⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
各镇人民政府，县直有关单位：
近年来，我县户外宣传栏数量逐年增加，但部分宣传栏存在位置随意、样式杂乱、内容陈旧、框体破损等问题，影响市容和安全。为进一步规范管理，现将有关事项通知如下。
一、新设宣传栏须向县城市管理局报备，不得占用盲道、消防通道和公交站台。
二、宣传栏框体应使用防锈材料，底座埋深不少于60厘米，临街一侧不得有尖角。
三、设置单位每季度至少更新一次内容，过期海报须及时清除。
四、各镇于7月31日前完成辖区宣传栏摸底，填写附件表格后报县城市管理局。
联系人：县城市管理局市容科　邵敏，电话：0736-6218437。
附件：1.翯川县户外宣传栏摸底登记表
2.户外宣传栏设置样式参考图
翯川县城市管理局
2024年6月11日
""",
    ),
    dict(
        slug="gov-kuiyang-bulletin-kitchen-timers-text",
        site="骙阳县人民政府 (invented), text rendering of the page",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.kuiyang-zf.gov.cn/zwgk/bmxx/scjgj/202409/t20240914_61207.shtml",
        title="骙阳县市场监督管理局关于2024年厨房计时器产品质量监督抽查情况的通报",
        record_title="【抽查通报】骙阳县市场监督管理局关于2024年厨房计时器产品质量监督抽查情况的通报 - 骙阳县人民政府",
        date="2024-09-12",
        date_also=["2024-09-14"],
        notes="portal text: menu words, breadcrumb, 发布时间 line differing from the 成文日期 in Chinese numerals "
        "(expected); 文号 line neutral; a data table; 抄送 and 印发 lines",
        page="""
!m 骙阳县人民政府
!m 首页　政务公开　政务服务　政民互动　走进骙阳
!m 当前位置：首页 » 政务公开 » 部门信息 » 县市场监管局
{T}
!m 发布时间：2024-09-14 10:26　信息来源：县市场监管局　浏览次数：318
!a 【字体：加大 默认 减小】　【打印此页】　【关闭】
骙市监通〔2024〕9号
{BODY}
!a 扫一扫在手机打开当前页
!l 上一条：骙阳县2024年第二批食品安全监督抽检信息公告
!l 下一条：关于开展电动自行车充电器质量专项检查的通知
!m 主办单位：骙阳县人民政府办公室　技术支持：骙阳县政务数据中心
!m 网站标识码：4308270001　湘ICP备09011764号
""",
        body="""
各有关经营单位：
为提升厨房用品质量安全水平，我局于今年7月至8月对全县商超、电商销售的厨房计时器开展了监督抽查，共抽查产品30批次，合格26批次，合格率86.7%。现将有关情况通报如下。
一、抽查结果
产品类型　抽查批次　不合格批次
机械旋钮式　12　2
电子按键式　14　1
磁吸挂式　4　1
二、主要问题
不合格项目集中在计时误差超标、提示音声压不足和电池仓防护不良三项，其中一批次电子计时器计时误差达到每小时2分钟。
三、处理要求
对不合格产品，相关经营者应立即下架，我局将依法进行后续处理。请各经营单位在进货时查验产品合格证明，建立进货台账。
骙阳县市场监督管理局
二〇二四年九月十二日
抄送：县商务局，县消费者权益保护委员会。
骙阳县市场监督管理局办公室　2024年9月12日印发
""",
    ),
    dict(
        slug="news-feicheng-e-library-card-html",
        site="棐城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.feichengxw.cn/bd/2024-04/23/content_5571290.htm",
        title="棐城市图书馆上线电子借书证 市民扫码即可入馆借阅",
        record_title=None,
        record_date="2024-04-23",
        date="2024-04-23",
        notes="title missing from the record, found in the <h1>; the record gives the date; an app prompt glued "
        "before the lead's first words, a photo caption between paragraphs, a reporter line glued after the last "
        "sentence; listen button, 24-hour list, ad slot",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>棐城市图书馆上线电子借书证 市民扫码即可入馆借阅_棐城新闻网</title>
<script async src="https://ad.feichengxw.cn/slot.js"></script>
</head>
<body>
<div class="fc-top">⟦m 棐城新闻网 — 棐城第一网络新闻门户⟧ <a href="/app">⟦a 下载棐城新闻客户端⟧</a></div>
<nav class="fc-nav">⟦m <a>首页</a> <a>本地</a> <a>民生</a> <a>文旅</a> <a>教育</a> <a>视频</a>⟧</nav>
<div class="fc-path">⟦m 首页 &gt; 本地 &gt; 民生⟧</div>
<article>
<h1>{T}</h1>
<div class="fc-info">⟦m 2024-04-23 18:05　来源：棐城日报　作者：龚岚⟧ <button>⟦a ▶ 听本文⟧</button></div>
<div class="fc-body">
{BODY}
</div>
<div class="fc-editor">⟦m 责任编辑：贺露　值班主任：钟一鸣⟧</div>
<div class="fc-share">⟦l 分享本文： 微信好友 朋友圈 微博⟧</div>
</article>
<div class="ad-slot">⟦a 〔推广〕棐城读书月 · 全城书店满100减30⟧</div>
<aside>
<h3>⟦l 24小时热文⟧</h3>
<ol>
<li>⟦l 棐城地铁2号线二期今日开通试运营⟧</li>
<li>⟦l 市区12所中小学食堂完成“明厨亮灶”改造⟧</li>
<li>⟦l 五一假期棐城A级景区门票预约指南⟧</li>
</ol>
</aside>
<footer>
<p>⟦d 本网刊载的原创稿件未经授权不得转载，违者必究。⟧</p>
<p>⟦m 棐城新闻网版权所有　互联网新闻信息服务许可证：43120230007⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开棐城新闻APP，看更多本地资讯⟧4月23日是世界读书日，棐城市图书馆当天正式上线电子借书证。市民通过“棐城图书馆”公众号实名认证后，即可生成电子借书证，到馆扫码入馆、自助借还，不再需要办理实体卡。
“以前忘带借书证就借不了书，现在手机就是借书证。”在总馆自助借还机前，市民蔡女士一边扫码一边说。
⟦m 图为市民在自助借还机前扫码借书。记者　龚岚　摄⟧
据馆方介绍，电子借书证与实体借书证权限相同，每证最多可借图书10册，借期30天。截至当天下午5时，已有2300余名市民领取了电子借书证。
馆方提醒，原有实体借书证继续有效，读者可自愿选择。⟦m （记者　龚岚　通讯员　曾小蒙）⟧
""",
    ),
    dict(
        slug="news-juling-studio-mic-stands-text",
        site="岠岭之声 (invented county media-centre portal), text rendering",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.julingzhisheng.cn/news/bdyw/202407/t20240708_40312.html",
        title="县融媒体中心演播室更新防震话筒架",
        record_title="县融媒体中心演播室更新防震话筒架 - 本地要闻 - 岠岭之声",
        date="2024-07-08",
        notes="news text: the byline's 发布时间 is the page's date; editor/reviewer lines glued after the last "
        "sentence; a 'related reading' line between paragraphs",
        page="""
!m 岠岭之声｜岠岭县融媒体中心主办
!m 首页 > 本地要闻
{T}
!m 发布时间：2024-07-08 09:12　来源：岠岭县融媒体中心　记者：欧阳蕙
!a 字号 A+ A-　｜　收听本文
{BODY}
!l 【往期回顾】县融媒体中心新闻演播室改造完工
!l 【往期回顾】乡镇广播站设备升级“村村响”
!a 点赞 0　转发　评论
!d 岠岭之声所刊原创作品，转载请注明出处。
!m 岠岭县融媒体中心　电话：0737-3315020
""",
        body="""
7月5日，县融媒体中心对两间演播室的话筒架进行了集中更新，12套带防震架的落地话筒架替换了使用近十年的旧支架。
“旧支架的关节螺丝磨损严重，嘉宾一碰桌子，录音里就有‘咚咚’的杂音，后期要花不少时间修。”技术部负责人欧阳川介绍。新话筒架底座加重到4.5公斤，悬臂可以单手调节，防震架能吸收桌面传来的震动。
⟦l 延伸阅读：县融媒体中心开通24小时新闻热线⟧
为延长设备寿命，技术部还制定了使用登记制度，每次录制后由主持人在登记表上签字，发现松动当天报修。
据了解，此次更新共花费2.6万元，旧支架经检修后将调配给乡镇广播站继续使用。⟦m 编辑：黎珊　审核：覃立⟧
""",
    ),
    dict(
        slug="forum-zaotaibian-kitchen-timers-jammer",
        site="灶台边论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.zaotaibian.com/thread-904417-1-1.html",
        title="机械计时器用了三年，说说和电子的区别",
        record_title="[好物分享] 机械计时器用了三年，说说和电子的区别 - 厨房小家电 - 灶台边论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk glued and on a line, rating row, signature, replies; the post time "
        "is relative (3 天前), so no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[好物分享] 机械计时器用了三年，说说和电子的区别 - 厨房小家电 - 灶台边论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦a 登录　立即注册　找回密码⟧</div>
<div id="hd">⟦m 灶台边论坛 · 会做饭的人都在这⟧</div>
<div id="nv">⟦m 论坛　家常菜　烘焙　厨房小家电　晒晒我的灶台⟧</div>
<div id="pt">⟦m 灶台边论坛 › 厨具家电 › 厨房小家电 › 查看帖子⟧</div>
<div class="ts-row">⟦m 查看: 4107 | 回复: 38⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 煮蛋达人　LV5 大厨　积分 2381⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 6　厨艺值 +14　收起理由：实用⟧</div>
<div class="sign">⟦m 签名：灶台边五年老会员，只分享自己用过的东西⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　阿杜的小厨房：机械的那种“嘀嗒”声我反而觉得很有安全感⟧</div>
<div class="reply">⟦l 板凳　蒸蒸日上：电子的要买带防水的，不然一溅油就废⟧</div>
<div id="f_pst">⟦a 登录后方可参与回帖　登录 | 注册新号⟧</div>
<div id="ft">⟦m 灶台边论坛　粤ICP备17021093号⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里厨房一直用一个鸡蛋造型的机械计时器，用了三年，最近又买了一个电子的，说说两者的区别。
机械的好处是不用电池，拧一下就走，铃声大，在客厅也能听到。缺点是前五分钟刻度太密，定两分钟煮溏心蛋总是差一点，而且走起来有“嘀嗒”声，晚上有点吵。
电子的能精确到秒，可以倒计时也可以正计时，背面还有磁铁能吸在冰箱上。缺点是按键沾了油以后不灵，提示音也偏小。
我的建议是：炖煮这种看大概时间的用机械的，烘焙、冲咖啡这种要精确的用电子的。大家还有什么好用的推荐？
""",
    ),
    dict(
        slug="forum-shiyin-diy-mic-stand-junk-text",
        site="拾音发烧友论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.shiyinfans.net/thread-211830-1-1.html",
        title="桌面话筒架加装防震底座的改造记录",
        record_title="[改装日记] 桌面话筒架加装防震底座的改造记录（多图） - 录音器材 - 拾音发烧友论坛",
        date=None,
        notes="forum text: anti-scraping junk as lines and glued after 。; post time 昨天 (no date); replies and "
        "a login prompt below",
        page="""
!m 拾音发烧友论坛 - 用耳朵说话
!m 首页 › 器材区 › 录音器材 › 帖子详情
!t [改装日记] 桌面话筒架加装防震底座的改造记录（多图）
!m 阅读 1893 ┃ 回复 27
!m 声波小灰 发表于 昨天 21:40 ┃ 只看楼主 ┃ 电梯直达
{BODY}
!a 支持(12)　反对(0)　收藏(31)
!l 2# 铁三角粉：弹力绳那个办法学到了，我用的是发圈，效果差不多
!l 3# 老余录音棚：建议底座再加一块配重，悬挂会稳很多
!a 登录后才能回帖，没有账号？马上注册
!m Archiver ┃ 手机版 ┃ 拾音发烧友论坛
""",
        junk=dict(lines=2, glued=3),
        body="""
手上这只桌面话筒架是网购的，三十多块钱，录人声的时候敲键盘、放杯子，震动全传到话筒里。上周末动手改了一下，效果还可以，记录一下过程。
材料：一块10毫米厚的橡胶垫、四个硅胶脚垫、一截减震弹力绳，总共不到二十块钱。
第一步，把原来的铁底座拆下来，底面贴上橡胶垫，四角粘上硅胶脚垫。第二步，用弹力绳在话筒夹和支杆之间绕成“井”字，做一个简易悬挂。第三步，重新装回，拧紧所有螺丝。
改完以后敲桌子，录音里基本听不到低频的“咚咚”声了。缺点是悬挂不够稳，话筒转头时会晃几下。
有更好办法的朋友欢迎交流。
""",
    ),
]
