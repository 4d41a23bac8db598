"""holdout292, part A: 范文 sites, 文库 previews, government portals, news portals and forums.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: 扇骨, 扁篮, 竹匾, 炕桌, 晾衣杆."""

CASES = [
    dict(
        slug="fanwen-moyan-speech-kangzhuo-gb2312",
        site="墨砚范文阁 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyanfw.cn/jianghua/wenlv/2411/3387.html",
        title="在全县炕桌木作技艺传承发展推进会上的讲话",
        record_title="【讲稿甄选集·非遗专场】在全县炕桌木作技艺传承发展推进会上的讲话（三篇任选）_墨砚范文阁",
        date="2024-11-06",
        date_also=["2024-11-21"],
        notes="old gb2312 table page: marquee, reading-size row, floating ghost-writer QQ box, visitor counter; speaker and date lines under the title neutral; a ghost-writing prompt glued after a 。 and a members' lock line between paragraphs; the site's posting date differs from the speech's",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿甄选集·非遗专场】在全县炕桌木作技艺传承发展推进会上的讲话（三篇任选）_墨砚范文阁</title>
<meta name="keywords" content="炕桌,木作,讲话稿,非遗">
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ad_top.js"></script>
<script language="javascript">var hits=1385;function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt=""></td><td>⟦m 墨砚范文阁·写公文先找底稿⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 设为主页⟧</a> <a href="javascript:window.external.AddFavorite()">⟦a 收藏墨砚阁⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#7A1F1F">
<tr><td><a href="/">⟦m 首页⟧</a></td><td><a href="/zongjie/">⟦m 工作总结⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/gongwen/">⟦m 公文写作⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨砚阁本月新增文旅类讲话稿二百一十篇，阁员每天可整篇复制五篇⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="4">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：墨砚范文阁 &gt;&gt; 讲话致辞 &gt;&gt; 文化旅游讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 发布时间：2024-11-21　来源：阁员投稿　人气：1385⟧</div>
<div align="center">⟦a 【字码调节：特大 大 中 小】⟧　⟦a 【双击页面自动翻屏】⟧</div>
<div id="zoom">
<p align="center">县文化和旅游局局长　邢晓川</p>
<p align="center">（2024年11月6日）</p>
{BODY}
</div>
<div align="center">⟦a 【复制本篇】【打印本页】【关掉本窗】⟧</div>
<div>⟦l 上一篇：在全县非遗保护工作会议上的讲话（两篇）⟧<br>⟦l 下一篇：在乡村工匠培育工作推进会上的发言⟧</div>
</td>
<td width="240" valign="top">
<table width="100%" border="1" bordercolor="#CCCCCC">
<tr><td bgcolor="#EEEEEE">⟦l 本栏热点排行⟧</td></tr>
<tr><td><a href="/jianghua/1.html">⟦l ·在传统工艺振兴座谈会上的讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/2.html">⟦l ·文旅局长在乡村旅游推介会上的致辞⟧</a></td></tr>
<tr><td><a href="/jianghua/3.html">⟦l ·在木作匠人技能比武颁奖仪式上的讲话⟧</a></td></tr>
</table>
</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:220px;width:120px;border:1px solid #999">⟦w 材料代笔 QQ 3306412758⟧</div>
<table width="960" border="0" align="center">
<tr><td align="center">⟦m 您是墨砚阁第 0482613 位来客⟧<br>⟦d 本阁文章多为阁员投稿，仅供借鉴，转贴请注明墨砚阁⟧<br>⟦m Copyright 2009-2024 墨砚范文阁 www.moyanfw.cn 湘ICP备09031877号⟧</td></tr>
</table>
<script language="javascript">document.getElementById('floatqq').style.top=(document.body.scrollTop+220)+'px';</script>
</body>
</html>
""",
        body="""
同志们：
今天召开全县炕桌木作技艺传承发展推进会，主要是交流经验、理清思路，推动这门老手艺走得更稳更远。刚才，荬田乡和硗岭镇作了发言，讲得很实在。下面，我讲三点意见。
一、看清家底。全县现有炕桌作坊四十七家，从业木匠三百一十余人，去年卖出炕桌两万一千张，产值接近三千万元。但是，老师傅年龄普遍偏大，五十岁以下的不足三成，有的作坊已经后继乏人。⟦w 讲话稿量身代拟，资深笔杆一对一⟧
二、守住手艺。炕桌好不好，关键在榫卯和选料。各作坊要坚持用榆木、水曲柳等硬木，不用胶合板以次充好；县文旅局将组织老师傅编写工艺要点，分批开展带徒传艺。
⟦a 〖此文为三篇合集，开通阁员可阅其余两篇〗⟧
三、打开销路。要把炕桌从炕头搬进书房、茶室和民宿，开发折叠、矮几等新样式；商务、供销部门要帮助作坊对接电商平台和展会。
同志们，一张炕桌连着千家万户的日子。希望大家拧成一股绳，把这门手艺传下去、做出名。
""",
    ),
    dict(
        slug="fanwen-biqi-insight-bianlan-workshop",
        site="笔畦范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.bqfanwen.com/xinde/peixun/2404/17052.html",
        title="参加竹编扁篮技艺研习班的心得体会",
        record_title="参加竹编扁篮技艺研习班的心得体会（精选）- 笔畦范文网",
        date="2024-04-17",
        notes="范文 page: the byline's 发布时间 is the page's date; a related-reading line between two paragraphs; ghost-writer WeChat line and a copy row",
        page="""
!m 笔畦范文网｜心得体会频道
!m 当前所在：笔畦首页 › 心得体会 › 培训心得
!t 参加竹编扁篮技艺研习班的心得体会（精选）
!m 发布时间：2024-04-17　编辑：禾苗　浏览：906
!a ［整篇复制］［存为文档］［放大字体］
{BODY}
!w 各类心得、总结急用？私人笔杆24小时接单，V：bqfw_2011
!l 同类心得推荐
!l ▸ 非遗传承人培训班学习体会
!l ▸ 乡村工匠研修心得三则
!d 笔畦范文网所刊文章仅作写作参考，不得整篇用于投稿或发表。
!m 笔畦范文网 bqfanwen.com　赣ICP备2021003318号
""",
        indent="\u3000\u3000",
        body="""
三月下旬，我参加了县人社局和县文化馆联合举办的竹编扁篮技艺研习班。十天里，我们跟着硗岭镇的老篾匠从破竹、刮篾学起，一直学到起底、收口，每人亲手编成了一只直径四十厘米的扁篮。下面谈几点体会。
一是手艺要靠磨。老师傅说，篾片厚薄差一根头发丝，编出来的篮底就会起拱。头几天我的手指被篾片划了好几道口子，编出来的篮子歪歪扭扭，到第八天才算编得平整。
⟦l 相关阅读：竹编研修班结业典礼主持词⟧
二是老物件有新用处。现在不少家庭又开始提着扁篮买菜，民宿和茶馆也愿意收购精致的扁篮做摆件，一只好篮子能卖到八十元以上。
三是传承要有人接。研习班二十名学员里，有一半是返乡青年。我打算回村后带着几位留守妇女一起编，把这门手艺变成家门口的收入。
""",
    ),
    dict(
        slug="wenku-hongjian-research-shangu-marker-paras",
        site="鸿笺文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.hongjianwk.com/view/a7c31e0942.html",
        title="关于垡川县扇骨产业发展情况的调研报告",
        record_title="关于垡川县扇骨产业发展情况的调研报告.pdf",
        date="2024-07-26",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⎲ n ⎳' cutting sentences, a data table one row a paragraph, a recommended-document line between paragraphs, a paywall under the text; upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>关于垡川县扇骨产业发展情况的调研报告.pdf - 鸿笺文库</title>
<link rel="stylesheet" href="//static.hongjianwk.com/css/reader.v3.css">
<script src="//static.hongjianwk.com/js/reader.min.js"></script>
</head>
<body>
<header class="hj-top">
<a class="logo" href="/">⟦m 鸿笺文库⟧</a>
<nav><a href="/">⟦m 首页⟧</a><a href="/cat/report">⟦m 报告总结⟧</a><a href="/cat/gov">⟦m 党政公文⟧</a></nav>
<form class="search"><input type="text" placeholder="搜文档、搜资料"><button>⟦a 搜一搜⟧</button></form>
<a class="vip" href="/vip">⟦a 月卡会员 全站文档免费读⟧</a>
</header>
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 上传于 2024-08-30　贡献者：笺友7721　共8页　约3900字⟧</p>
<div class="viewer-bar">⟦a 放大　缩小　全屏阅读　下载本文⟧</div>
</div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall">⟦a 试读已结束，剩余3页需支付2.8元或开通月卡继续阅读⟧ <button>⟦a 去支付⟧</button></div>
<aside class="rel">
<h4>⟦l 读过此文档的笺友还读了⟧</h4>
<ul><li><a href="/view/1">⟦l 竹木制品产业发展现状与对策分析⟧</a></li><li><a href="/view/2">⟦l 县域非遗产业化调研报告（2023）⟧</a></li></ul>
</aside>
<footer>⟦d 鸿笺文库文档均由用户上传，如有侵权请发送邮件至版权专线处理⟧<br>⟦m 鸿笺文库 hongjianwk.com　粤ICP备20057113号-2⟧</footer>
<script>HJReader.init({docId:"a7c31e0942",pages:8,preview:5});</script>
</body>
</html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⎲ {n} ⎳", every=140, start=2),
        body="""
为摸清扇骨产业发展底数，今年6月，县政协经济委员会组成调研组，走访了埽头、垤坪两镇的23家扇骨作坊和2家竹材收购点，召开座谈会3场。现将有关情况报告如下。
一、基本情况
垡川县制作扇骨已有三百多年历史，所用毛竹多取自本县北部山区，以竹节匀称、竹肉紧实著称。近三年产业规模稳步扩大，情况见下表。
年份　作坊数（家）　从业人员（人）　产值（万元）
2021年　58　1260　8400
2022年　61　1340　9150
2023年　66　1480　10620
⟦l 文库推荐：竹木工艺品产业分析报告（12页）⟧
二、存在的问题
一是原料品质下降，合格竹材收购价三年涨了四成；二是作坊分散、设备陈旧，烘烤、打磨仍靠手工；三是品牌意识薄弱，多数扇骨贴牌卖给外地扇厂，利润大头留在外面。
三、几点建议
建议设立扇骨原料基地，统一竹材收购标准；支持龙头作坊建设共享烘房；打造“垡川扇骨”区域公用品牌，组织作坊集中参展。
县政协经济委员会调研组
2024年7月26日
""",
    ),
    dict(
        slug="wenku-yunxiu-plan-zhubian-wrapped-glued-markers",
        site="云岫文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.yunxiu365.com/p-30917745.html",
        title="葜山县蚕桑专业合作社竹匾消毒与周转工作方案",
        record_title="【可下载Word】葜山县蚕桑专业合作社竹匾消毒与周转工作方案（完整版）- 云岫文库",
        date="2024-03-18",
        notes="文库 text hard-wrapped at 60 columns with markers '⎼n⎼' glued to the start of the continuation line; decimal headings 1 / 1.1; 成文日期 in Chinese numerals",
        page="""
!m 云岫文库 › 农业农村 › 蚕桑养殖
!t 【可下载Word】葜山县蚕桑专业合作社竹匾消毒与周转工作方案（完整版）
!m 共4页　｜　1.2万阅读　｜　上传者：桑**农
!a ⇩ 下载本文（5积分）　☆ 收藏　⚐ 举报
{T}
{BODY}
!a 剩余内容已隐藏，开通岫卡后免费阅读全部4页
!d 本文档为用户上传，版权归上传者所有，云岫文库仅作在线展示。
!l 你可能还想看：春蚕饲养技术要点｜小蚕共育室管理制度
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⎼{n}⎼", every=120, start=2, glue=True),
        body="""
为防止蚕病交叉感染，保障春蚕饲养安全，结合合作社实际，制定本方案。
1 消毒范围
1.1 合作社及各养蚕户使用的全部竹匾、蚕架和蚕网。
1.2 小蚕共育室、大蚕房及周转仓库。
2 消毒办法
2.1 竹匾先用清水刷洗，在阳光下曝晒两天，再用含氯消毒液浸泡半小时后晾干。
2.2 破损竹匾一律停用，由合作社统一回收修补，修补后重新消毒方可发放。
3 周转要求
3.1 竹匾实行编号管理，每户领用数量登记入册，蚕期结束后十日内交回合作社仓库。
3.2 不同养蚕户之间不得私自调换竹匾，确需调剂的由合作社统一安排。
4 时间安排
3月25日前完成仓库和共育室消毒，4月5日前完成竹匾消毒并发放到户。
葜山县蚕桑专业合作社
二〇二四年三月十八日
""",
    ),
    dict(
        slug="gov-youyuan-notice-liangyigan-index-table",
        site="莸原县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.youyuan.gov.cn/xxgk/tzgg/202405/t20240515_1187302.html",
        title="关于规范城区临街住宅晾衣杆设置的通告",
        record_title="关于规范城区临街住宅晾衣杆设置的通告_公示公告_莸原县人民政府",
        date="2024-05-13",
        date_also=["2024-05-15"],
        notes="modern county portal: elder/accessibility links, 索引号 table (the 文号 cell unmarked), share row, 纠错 hotline in the footer beside the notice's own 联系人/电话; the portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="莸原县人民政府">
<meta name="ArticleTitle" content="关于规范城区临街住宅晾衣杆设置的通告">
<title>关于规范城区临街住宅晾衣杆设置的通告_公示公告_莸原县人民政府</title>
<link rel="stylesheet" href="/images/2023/common.css">
<script src="/images/2023/jquery.min.js"></script>
</head>
<body>
<div class="top-bar">
<span>⟦m 欢迎访问莸原县人民政府门户网站⟧</span>
<a href="javascript:;" id="oldman">⟦a 关怀版⟧</a> <a href="javascript:;" id="aria">⟦a 读屏模式⟧</a> <a href="javascript:;" id="fanti">⟦a 繁體⟧</a>
</div>
<div class="banner"><img src="/images/2023/banner.jpg" alt="莸原县人民政府"></div>
<ul class="main-nav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwdt/">⟦m 政务动态⟧</a></li><li><a href="/xxgk/">⟦m 信息公开⟧</a></li><li><a href="/bsfw/">⟦m 办事服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li>
</ul>
<div class="crumb">⟦m 当前位置：首页 &gt; 信息公开 &gt; 公示公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：431125001/2024-05873⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发布机构：莸原县城市管理局⟧</td><td>文号：莸城管通〔2024〕4号</td></tr>
<tr><td>⟦m 成文日期：2024-05-13⟧</td><td>⟦m 发布日期：2024-05-15⟧</td></tr>
</table>
<div class="article">
<h1 class="art-title">{T}</h1>
<div class="art-tool">⟦a 字号：【大】【中】【小】⟧　⟦a 分享到：微信　微博　QQ空间⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="art-foot">⟦a 【打印正文】【关闭本页】⟧</div>
<div class="rel-list"><h3>⟦l 相关信息⟧</h3>
<ul><li><a href="/xxgk/tzgg/1.html">⟦l 莸原县城区户外广告设置管理规定⟧</a></li><li><a href="/xxgk/tzgg/2.html">⟦l 关于开展城区高空坠物隐患排查的通知⟧</a></li></ul></div>
</div>
<div class="footer">
<p>⟦m 主办：莸原县人民政府办公室　承办：莸原县政务服务和大数据中心⟧</p>
<p>⟦m 网站纠错热线：0735-6210000⟧</p>
<p>⟦m 网站标识码：4311250001　湘ICP备05011236号　湘公网安备43112502000118号⟧</p>
</div>
<script>$(function(){$('#oldman').click(function(){location.href='/care/';});});</script>
</body>
</html>
""",
        body="""
为消除高空坠物安全隐患，维护城区市容秩序，根据《莸原县城市市容和环境卫生管理办法》，现就城区临街住宅晾衣杆设置有关事项通告如下：
一、临街住宅不得将晾衣杆伸出阳台、窗台外沿晾晒衣物；已经安装的外伸式晾衣杆，请于2024年6月30日前自行拆除或改为内收式。
二、确需在室外晾晒的，应使用固定牢靠的折叠式晾衣架，并定期检查螺栓和支架，防止锈蚀松动。
三、物业服务企业、社区居委会要做好入户宣传，对行动不便的老年住户，组织志愿者上门帮助拆装。
四、逾期未整改的，由县城市管理局依法责令改正；造成他人人身或财产损害的，依法承担相应责任。
联系人：县城市管理局市容科　钟立伟
联系电话：0735-6218043
莸原县城市管理局
2024年5月13日
""",
    ),
    dict(
        slug="gov-bahu-notice-zhubian-wrapped-66",
        site="菝湖县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyncj.bahu.gov.cn/tzgg/2024/0904/5521.html",
        title="关于做好秋收期间竹匾晾晒农产品安全管理的通知",
        date="2024-09-02",
        date_also=["2024-09-04"],
        notes="record title as is; text hard-wrapped at 66 columns; 文号 line neutral; 抄送 and 印发 lines in the body; the page's 发文时间 differs from the 成文日期",
        page="""
!m 菝湖县农业农村局 · 政务公开
!m 位置：首页 ＞ 通知公告 ＞ 正文
!m 发文时间：2024-09-04　点击数：277
{T}
菝农发〔2024〕31号
{BODY}
!a 【打印此页】　【关闭此页】
!m 主办：菝湖县农业农村局　地址：菝湖县湖滨路88号
!m 网站标识码：4311270019　湘ICP备15008822号-3
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
秋收将至，群众习惯用竹匾在房前屋后晾晒辣椒、玉米和豆类。近年来，个别村民把竹匾摆上公路晾晒，既影响交通安全，又容易造成农产品污染。为做好秋收期间晾晒安全管理，现将有关事项通知如下：
一、各乡镇要利用村级广场、闲置晒坪设立集中晾晒点，配备竹匾架，引导群众有序晾晒。
二、严禁在县乡道路、桥梁和急弯路段摆放竹匾晾晒；交通、公安部门要加强巡查，发现一起劝离一起。
三、晾晒用竹匾要保持清洁，霉变、破损的要及时更换，防止农产品受潮霉变。
四、各乡镇请于9月20日前将集中晾晒点设置情况报县农业农村局农产品质量安全股。
菝湖县农业农村局
2024年9月2日
抄送：县公安局交警大队，县交通运输局。
菝湖县农业农村局办公室　　2024年9月2日印发
""",
    ),
    dict(
        slug="news-zuicheng-shangu-heritage-captions",
        site="蕞城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zuichengnews.cn/wh/2024-06/08/content_418822.html",
        title="垡川扇骨制作技艺入选省级非物质文化遗产代表性项目名录",
        record_title="垡川扇骨制作技艺入选省级非物质文化遗产代表性项目名录 - 蕞城新闻网",
        date="2024-06-08",
        notes="news portal: app prompt, listen button, byline 发布时间 as the page's date, a photo caption between paragraphs, an editor line glued after the last 。, a 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>垡川扇骨制作技艺入选省级非物质文化遗产代表性项目名录 - 蕞城新闻网</title>
<meta name="description" content="垡川扇骨制作技艺入选第六批省级非遗名录">
<script async src="https://tj.zuichengnews.cn/tj.js"></script>
</head>
<body>
<div class="zc-head">
<a href="/" class="zc-logo">⟦m 蕞城新闻网⟧</a>
<span class="zc-slogan">⟦m 蕞城人身边的新闻⟧</span>
<a class="app-dl" href="/app/">⟦a 下载“蕞城+”客户端，新闻早知道⟧</a>
</div>
<nav class="zc-nav"><a href="/">⟦m 首页⟧</a> <a href="/sz/">⟦m 时政⟧</a> <a href="/ms/">⟦m 民生⟧</a> <a href="/wh/">⟦m 文旅⟧</a> <a href="/xq/">⟦m 县区⟧</a></nav>
<div class="zc-crumb">⟦m 蕞城新闻网 &gt; 文化 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-06-08 09:30　来源：蕞城日报　作者：庞晓岚⟧</div>
<div class="listen"><button>⟦a 听全文 ▶ 03:12⟧</button></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友｜朋友圈｜微博⟧</div>
</article>
<aside class="hot24">
<h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 蕞城至垡川城际公交6月起加密班次⟧</li><li>⟦l 埽头镇端午龙舟赛报名开启⟧</li><li>⟦l 全市中考体育考试今日结束⟧</li></ol>
</aside>
<div class="zc-foot">⟦d 蕞城新闻网所载原创稿件，未经书面许可不得转载⟧<br>⟦m 新闻热线：0730-2288110　违法和不良信息举报：0730-2288333⟧<br>⟦m 互联网新闻信息服务许可证编号：43120230017⟧</div>
</body>
</html>
""",
        body="""
近日，省人民政府公布第六批省级非物质文化遗产代表性项目名录，垡川扇骨制作技艺名列其中。
垡川扇骨以本地毛竹为料，经选竹、劈片、煮竹、晒白、刮青、打磨、烫花等十八道工序制成，成品色如象牙、声若金石，清代即有“垡骨”之称。
⟦m 图为埽头镇一家扇骨作坊里，老师傅正在为扇骨打磨。　记者 庞晓岚 摄⟧
“申遗成功只是起点。”垡川县文化馆馆长柴文博介绍，县里将建立传承人档案，每年安排专项资金支持作坊带徒，并计划在埽头镇建设扇骨技艺展示馆。
目前，全县从事扇骨制作的作坊有六十余家，年产扇骨三百万副，产品销往苏杭等地的制扇企业。⟦m （责任编辑：谭雨　审校：夏青）⟧
""",
    ),
    dict(
        slug="news-qiaoxi-kangzhuo-title-line-listen-glued",
        site="鞒西新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.qiaoxi.cn/shms/20240109/77120.html",
        title="荬田乡老木匠走村串户为独居老人修炕桌",
        record_title=None,
        date="2024-01-09",
        notes="no record title: the page's title line; a listen button glued before the first words of the lead; the byline's time is the page's date; a relative time in a comment is no date",
        page="""
!m 鞒西新闻网 · 社会民生
{T}
!m 2024-01-09 08:12　来源：蕞城晚报　记者 朱家敏　通讯员 戴勇
{BODY}
!m 本文编辑：吕晨　值班主任：何苗
!l 网友评论（2）
!l 山里人 3 天前：好人好事，给贺师傅点赞！
!l 热点推荐：鞒西区新增两处便民理发点｜冬季取暖安全提示
!d 鞒西新闻网稿件未经授权不得转载、摘编。
""",
        body="""
⟦a ▶点此播报⟧本报讯　入冬以来，荬田乡七十一岁的老木匠贺长庚背着工具箱，走村串户为独居老人免费修理炕桌。
在葜坞村五保户郑大娘家，贺师傅把松动的桌腿拆下，重新削榫、上胶、打楔，半个小时就把炕桌修得稳稳当当。“这张桌子跟了我四十年，吃饭、剥花生都离不开它。”郑大娘说。
据了解，贺长庚从去年开始义务修桌，目前已为全乡六个村的八十多户老人修好了炕桌、板凳等家具。乡里还为他配备了一套新工具，并组织两名年轻木匠跟着他学手艺。
""",
    ),
    dict(
        slug="forum-qiaojiang-post-liangyigan-jammer",
        site="巧匠坊论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.qiaojiangfang.com/thread-662018-1-1.html",
        title="阳台升降晾衣杆钢丝绳断了，自己能换吗",
        record_title="[急求解答] 阳台升降晾衣杆钢丝绳断了，自己能换吗 - 家装维修 - 巧匠坊论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post (a line and glued after 。), author panel, relative post time, replies, a rating row and a signature; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[急求解答] 阳台升降晾衣杆钢丝绳断了，自己能换吗 - 家装维修 - 巧匠坊论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb"><a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册新账号⟧</a></div>
<div id="hd"><h2><a href="./">⟦m 巧匠坊论坛⟧</a></h2><p>⟦m 修修补补，过好日子⟧</p></div>
<div id="pt">⟦m 巧匠坊论坛 › 家装维修 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 1942 | 回复: 17⟧</div>
<h1><span id="thread_subject">{T}</span></h1>
<table id="pid1"><tr>
<td class="pls"><div class="pi">⟦m 楼主：阳台上的老张⟧</div><p>⟦m 帖子 38　积分 211　注册时间 3 年前⟧</p></td>
<td class="plc">
<div class="authi">⟦m 发表于 3 天前 | 只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 2　人气 +4　收起 理由：热心求助⟧</div>
<div class="sign">⟦m 签名：家有老宅，天天修补⟧</div>
</td></tr></table>
<div class="replies">
<p>⟦l 2#　电工小马：钢丝绳两边一起换，单换一根高低会不一样。⟧</p>
<p>⟦l 3#　修家达人：转角器滑轮锈了建议顺手换，十几块钱一个。⟧</p>
</div>
<div id="f_pst">⟦a 登录后才能发表回复　立即登录｜注册账号⟧</div>
<div id="ft">⟦m 巧匠坊论坛 ( 浙ICP备18040277号 )⟧　⟦m GMT+8, 刚刚⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
家里阳台装的是手摇升降晾衣杆，用了五年，前天摇的时候“啪”一声，左边钢丝绳断了，杆子一头直接耷拉下来，幸好下面没人。
拆开看了一下，钢丝绳直径两毫米左右，绕在顶上的转角器里，手摇器装在墙上。网上有卖整套钢丝绳的，三十多块钱。
想问问有经验的坛友：一是换钢丝绳要不要把整根杆子卸下来？二是两边的绳子是不是要一起换，只换一根会不会高低不平？三是转角器里的滑轮有点锈，要不要顺便换掉？
老人在家经常用，不想再拖了，先谢谢大家！
""",
    ),
    dict(
        slug="forum-shiyi-post-bianlan-junk-text",
        site="拾遗社区 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.shiyi-bbs.net/t/318820",
        title="外婆编的扁篮，我家用了三十年",
        record_title="[老物晒晒] 外婆编的扁篮，我家用了三十年（多图）- 老物件 - 拾遗社区",
        date=None,
        notes="forum memoir post: anti-scraping junk as lines and glued after 。; relative post time; floor replies; no date",
        page="""
!m 拾遗社区 › 老物件 › 帖子详情
!t [老物晒晒] 外婆编的扁篮，我家用了三十年（多图）
!m 楼主：篱下听雨　｜　发表于 5 天前　｜　浏览 2214　回复 36
{BODY}
!a 图已压缩，戳图看大图
!a 顶一下(58)　　收藏此帖　　只看楼主
!l 沙发 · 竹风：我奶奶也有一只，一模一样！
!l 板凳 · 阿禾：现在会编的人太少了
!a 登录后参与讨论，没有账号？马上加入拾遗社区
!m 拾遗社区 shiyi-bbs.net　©2024
""",
        junk=dict(lines=2, glued=2),
        body="""
前几天收拾老屋，在阁楼上翻出一只扁篮，竹篾已经变成了深褐色，篮沿用藤条缠了两圈，一根都没松。
这只扁篮是外婆当年编的。她年轻时在硗岭镇的篾匠铺帮工，嫁过来以后，家里的筛子、簸箕、扁篮都是她自己编。小时候我跟着她去赶集，扁篮里装着鸡蛋和青菜，上面盖一块湿毛巾。
后来家里有了塑料筐，扁篮就挂到了墙上。外婆走后，妈妈舍不得扔，一直收在阁楼上。
我把它洗干净晾了两天，现在放在客厅装橘子，来家里的朋友都说好看。手艺这东西，真是越老越有味道。
""",
    ),
]
