"""holdout249, part A: 范文 sites, 文库 previews, government portals, news portals, forums.
Invented text, written case by case; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-yantian-speech-banners-gb2312",
        site="砚田范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantianfw.com/jianghua/weisheng/2024/0617/5521.html",
        title="在全县医疗卫生系统锦旗回访暨医德医风表彰会上的讲话",
        record_title="〖发言精粹〗在全县医疗卫生系统锦旗回访暨医德医风表彰会上的讲话（领导发言可套用）_砚田范文网",
        date="2024-06-14",
        notes="old table layout: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "date in Chinese numerals under the speech title, speaker line neutral; a ghost-writer prompt glued after a 。 "
        "and a related link on a line of its own inside the body",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖发言精粹〗在全县医疗卫生系统锦旗回访暨医德医风表彰会上的讲话（领导发言可套用）_砚田范文网</title>
<link href="/skin/css.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" class="topbar"><a href="#" onclick="sethome()">⟦a 把砚田设成浏览器主页⟧</a>　<a href="#" onclick="addfav()">⟦a 收藏砚田不迷路⟧</a></td>
<td align="right" class="topbar"><a href="/member/login.asp">⟦a 会员登入⟧</a>　<a href="/member/reg.asp">⟦a 新会员注册⟧</a></td></tr>
<tr><td colspan="2"><img src="/images/logo.gif" alt="">⟦m 砚田范文网 —— 耕好公文这块田⟧</td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 网站首页⟧</a>　<a href="/jianghua/">⟦m 领导讲话⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/zhuchi/">⟦m 主持串词⟧</a>　<a href="/xinde/">⟦m 学习心得⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 砚田公告：本站范文每日上新，老会员续费享八折，欢迎各位笔友常来耕读⟧</marquee></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="720" valign="top">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td class="weizhi">⟦m 您的位置：<a href="/">砚田首页</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; 卫生健康讲话 &gt;&gt; 正文⟧</td></tr>
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center">（二〇二四年六月十四日）</td></tr>
<tr><td align="center">县卫生健康局局长　韦启明</td></tr>
<tr><td align="center" class="info">⟦m 录入：砚田编辑部　更新：2024-06-17　人气：3108⟧</td></tr>
<tr><td align="center">⟦a 〖字号调节：特大 大 中 小〗〖背景：护眼 默认〗⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a 【一键复制本篇】【下载为doc文档】【发给同事】⟧</td></tr>
<tr><td>⟦l 上篇：卫生院院长在医德医风专题会上的表态发言⟧<br>⟦l 下篇：在全县基层医疗机构能力提升推进会上的讲话⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="sidetitle">⟦l 讲话稿本周排行⟧</td></tr>
<tr><td>⟦l 1.在七一表彰大会上的讲话（精选）⟧</td></tr>
<tr><td>⟦l 2.医院院长在护士节座谈会上的致辞⟧</td></tr>
<tr><td>⟦l 3.卫健系统行风建设推进会讲话提纲⟧</td></tr>
<tr><td class="sidetitle">⟦w 砚田写作工作室：讲话、汇报、述职量身定制⟧</td></tr>
</table>
</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:220px">⟦w 原创代笔找老韦 QQ：2857730164⟧</div>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="foot">⟦d 砚田所载范文均来自笔友投稿，仅作写作借鉴，切勿原样上报。⟧</td></tr>
<tr><td align="center" class="foot">⟦m 砚田范文网 www.yantianfw.com　鄂ICP备18027731号⟧</td></tr>
<tr><td align="center" class="foot">⟦m 您是砚田第 0288361 位耕读者⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
今天，我们召开全县医疗卫生系统锦旗回访暨医德医风表彰会，一方面对上半年收到群众锦旗较多的12个科室和36名医务人员通报表扬，另一方面也借这个机会，同大家谈谈怎样看待锦旗。
一、锦旗是群众的口碑，更是沉甸甸的责任。上半年，全县医疗机构共收到锦旗418面，比去年同期增加63面。每一面锦旗背后，都是一段医患之间的信任故事。⟦w 讲话稿不会写？砚田老韦帮您改，QQ 2857730164⟧我们要珍惜这份认可，但不能把锦旗当成挂在墙上的成绩单。
⟦l 相关推荐：卫生院院长在锦旗表彰会上的发言稿⟧
二、锦旗回访要回到病人身边。从七月起，各医院要对送旗患者开展电话或上门回访，问一问康复情况，听一听意见建议，把回访中发现的问题建立台账、限期整改。
三、守住底线，杜绝“锦旗之外”的东西。对患者送来的红包、购物卡一律婉拒，确实无法退回的按规定登记上交。
同志们，群众送来的是锦旗，看重的是医德。希望大家不负这份信任，把每一位患者都当作亲人来对待。
""",
    ),
    dict(
        slug="fanwen-jianyu-insight-handcart-market",
        site="笺语范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jianyufw.cn/xinde/diaoyan/77105.html",
        title="跟着板车跑集市——基层调研心得体会",
        record_title="跟着板车跑集市——基层调研心得体会（附调研日记）- 笺语范文",
        date=None,
        notes="decorated record title (aside and site suffix); no date (collection and update stamps, relative); "
        "a ghost-writer WeChat glued after a 。 and a member-unlock line between paragraphs",
        page="""
!m 笺语范文 · 写东西不再难
!m 当前：笺语范文 ＞ 心得体会 ＞ 调研心得
!t 跟着板车跑集市——基层调研心得体会（附调研日记）
!m 收录于 3 天前　｜　浏览 1873 次　｜　更新：昨天
!a 〔复制全文〕〔存为Word〕〔举报纠错〕
{T}
{BODY}
!a 全文已展示完毕，开通笺语会员可批量下载同类范文
!l 同栏目推荐
!l ▪ 驻村调研心得：从一口水井说起
!l ▪ 年轻干部蹲点调研体会三篇
!d 本页范文由笺语用户投递，仅供写作参考，请勿整篇照搬。
!m 笺语范文 jianyufw.cn　湘ICP备2021038816号
""",
        indent="\u3000\u3000",
        body="""
按照单位“四下基层”安排，上月我在槎溪镇农贸市场跟班一天，跟着搬运工老甘和他的板车从凌晨四点干到傍晚。一天下来，腿是酸的，心里却亮堂了不少。
第一点体会：群众的难处藏在细节里。市场里二十多辆板车，轮胎大多磨得发亮，老甘说换一对轮子要一百多块，舍不得。⟦w 写心得没思路？笺语写手一对一代笔，微信 jianyu_bi07⟧市场门口的坡道太陡，满载的板车每次都要两个人推。这些事在汇报材料里看不到，只有跟着车走才知道。
⟦a 会员专享：解锁本文配套的三份调研提纲⟧
第二点体会：解决问题要从小处着手。回来后，我们协调市场管理方在坡道加装了防滑条，又联系镇里为板车搬运工办理了意外险。钱花得不多，老甘们却说这是“办到心坎上了”。
第三点体会：调研不能只带耳朵不带手。以后再下基层，我要少坐车、多走路，真正把群众的事当成自己的事。
""",
    ),
    dict(
        slug="wenku-zhilan-research-sacks-pdf-markers",
        site="知澜文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhilanwk.com/view/3f81c0d24e.html",
        title="关于全市粮库麻袋使用与回收情况的调研报告",
        record_title="关于全市粮库麻袋使用与回收情况的调研报告.pdf",
        date="2024-08-20",
        notes="file-name record title; a 文库 reader cut by page-marker paragraphs '⧠ n ⧠'; viewer toolbar, "
        "member paywall, upload stamp (no date); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>关于全市粮库麻袋使用与回收情况的调研报告.pdf - 知澜文库</title>
<link rel="stylesheet" href="//static.zhilanwk.com/reader/v3/reader.css">
<script src="//static.zhilanwk.com/reader/v3/reader.js"></script>
</head>
<body>
<header class="zl-head">
<a class="logo" href="/">⟦m 知澜文库⟧</a>
<nav><a href="/c/gongwen">⟦m 公文范文⟧</a> <a href="/c/baogao">⟦m 报告材料⟧</a> <a href="/c/hetong">⟦m 合同协议⟧</a></nav>
<a class="vip" href="/vip">⟦a 开通知澜会员 畅读全站⟧</a> <a href="/login">⟦a 扫码登入⟧</a>
</header>
<div class="zl-crumb">⟦m 知澜文库 › 报告材料 › 调研报告⟧</div>
<main class="zl-reader">
<h1 class="doc-name">{T}</h1>
<div class="doc-meta">⟦m 上传者：粮仓守望者　上传于 2024-09-02　PDF　共4页　阅读 2417⟧</div>
<div class="toolbar">⟦a 适合宽度 ｜ 放大 ｜ 缩小 ｜ 全屏阅读 ｜ 翻到末页⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall">⟦a 剩余2页内容需开通知澜会员后阅读⟧ <a class="btn">⟦a 10知澜豆下载原文⟧</a></div>
<aside class="zl-side">
<h4>⟦l 相关文档推荐⟧</h4>
<ul><li>⟦l 粮库仓储管理现状调研与对策⟧</li><li>⟦l 防汛物资储备管理情况的调查报告⟧</li><li>⟦l 国有粮库包装物管理办法（试行）⟧</li></ul>
</aside>
</main>
<footer class="zl-foot">
<p>⟦d 知澜文库所存文档均由用户上传，本站只提供存储与预览，若有侵权请提交申诉。⟧</p>
<p>⟦m © 2024 知澜文库　浙ICP备20064417号-3⟧</p>
</footer>
<script>reader.init({docId:"3f81c0d24e",pages:4});</script>
</body>
</html>
""",
        p_html='<p class="zl-line">{}</p>',
        pages=dict(fmt="⧠ {n} ⧠", every=120, start=2),
        body="""
今年7月，局调研组对全市9个国有粮库的麻袋使用和回收情况进行了专题调研，现将有关情况报告如下。
一、基本情况。全市粮库现存麻袋约41.6万条，其中可正常周转使用的28.3万条，破损待修的9.1万条，已无法使用的4.2万条。麻袋主要用于散粮包装、临时苫盖和防汛备用。
二、存在问题。一是底数不清，有3个库点的麻袋台账与实物不符；二是保管不善，部分麻袋堆放在露天棚下，受潮霉变；三是回收渠道单一，破旧麻袋大多低价卖给废品站。
三、几点建议。建立麻袋统一编码和出入库登记制度；对破损麻袋集中修补后再利用；与麻纺企业签订回收协议，推动旧麻袋再加工。
栩城市粮食和物资储备局调研组
2024年8月20日
""",
    ),
    dict(
        slug="wenku-shiye-plan-bunting-wrapped-glued",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://shiyewenku.net/p-5502871.html",
        title="2024年国庆期间城区主干道彩旗布置实施方案",
        record_title="【拾页精选】2024年国庆期间城区主干道彩旗布置实施方案（含点位表）- 拾页文库",
        date="2024-09-10",
        notes="decorated record title; hard-wrapped at 62 columns and cut by '☵n☵' markers glued to the continuation "
        "line; upload stamp is no date; 成文日期 under the signature",
        page="""
!m 拾页文库 — 文档在线预览
!t 【拾页精选】2024年国庆期间城区主干道彩旗布置实施方案（含点位表）
!m 贡献者：qy_7712　上传于 2024-09-12　共3页　浏览 966 次
!a 全屏阅读　｜　放大　｜　缩小　｜　存到我的文库
{T}
{BODY}
!a 试读结束，余下内容需消耗2个拾页币后查看
!a ［下载原文档］　［加入书架］
!l 看过这篇的人还看了：
!l 春节城区亮化布置方案　中秋国庆双节氛围营造方案
!d 本文档为用户上传，拾页文库仅提供存储空间，如侵犯您的权益请联系删除。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="☵{n}☵", every=110, start=2, glue=True),
        body="""
为营造喜庆祥和的节日氛围，根据县委、县政府统一部署，现就国庆期间城区主干道彩旗布置工作制定如下方案。
一、布置范围。迎宾大道、人民路、滨河路三条主干道，共计路灯杆412根，每杆悬挂彩旗两面。
二、时间安排。9月20日前完成彩旗采购和质量抽检；9月25日前完成悬挂；10月10日后三天内全部拆除回收。
三、安全要求。悬挂作业须使用登高车，作业人员系好安全带；彩旗距地面不低于3米，不得遮挡交通信号灯和路名牌；遇六级以上大风天气，立即组织巡查，对松脱、缠绕电线的彩旗及时摘除。
四、责任分工。市容科负责组织实施，环卫所负责拆除后的清洗入库，各街道负责辖区巡查。
洎阳县城市管理局
2024年9月10日
""",
    ),
    dict(
        slug="gov-xuanchuan-notice-sacks-index-table",
        site="泫川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xuanchuanxian.gov.cn/zwgk/bmwj/yjj/202404/t20240422_88412.html",
        title="泫川县应急管理局关于做好汛前麻袋等防汛物资储备工作的通知",
        record_title="泫川县应急管理局关于做好汛前麻袋等防汛物资储备工作的通知_防灾减灾_泫川县人民政府",
        date="2024-04-18",
        date_also=["2024-04-22"],
        notes="county portal: elder/accessible links, 索引号 table with the 文号 cell unmarked (neutral), 纠错 hotline beside "
        "the notice's own 联系人/电话; 附件 list, 抄送 and 印发 lines; portal date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>泫川县应急管理局关于做好汛前麻袋等防汛物资储备工作的通知_防灾减灾_泫川县人民政府</title>
<meta name="SiteName" content="泫川县人民政府">
<meta name="ColumnName" content="防灾减灾">
<link rel="stylesheet" href="/images/gov2023.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="gov-top">
<span>⟦m 泫川县人民政府 · 欢迎您⟧</span>
<a href="javascript:;" id="cniil_wza">⟦a 长者模式⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a> <a href="/en/">⟦m 英文版⟧</a>
</div>
<div class="gov-nav"><ul>
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjxc/">⟦m 走进泫川⟧</a></li>
</ul></div>
<div class="gov-crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门文件 &gt; 应急管理⟧</div>
<table class="xxgk-head">
<tr><td>⟦m 索引号：11610427MB1X23-08/2024-0419⟧</td><td>⟦m 发布机构：泫川县应急管理局⟧</td></tr>
<tr><td>⟦m 主题分类：安全生产监管⟧</td><td>⟦m 发布日期：2024-04-22⟧</td></tr>
<tr><td>泫应急〔2024〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="tools">⟦a 【字号 大 中 小】【打印此页】【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 ｜ 微博 ｜ QQ空间⟧</div>
</div>
<div class="related"><h3>⟦l 相关文件⟧</h3>
<ul><li>⟦l 泫川县2024年防汛抗旱应急预案⟧</li><li>⟦l 关于开展汛前安全隐患排查整治的通知⟧</li></ul></div>
<div class="gov-foot">
<p>⟦m 主办：泫川县人民政府办公室　承办：泫川县大数据服务中心⟧</p>
<p>⟦m 网站纠错热线：0917-6280110（工作日）⟧</p>
<p>⟦m 政府网站标识码：6104270021　陕ICP备05011872号⟧</p>
</div>
<script>var _zwgk = {col: "yjj"};</script>
</body>
</html>
""",
        body="""
各乡镇人民政府，县防汛抗旱指挥部各成员单位：
当前已进入汛前准备关键期。为确保防汛物资储备充足、调用及时，现将有关事项通知如下。
一、储备标准。各乡镇按照每公里堤防不少于3000条的标准储备麻袋，并按1:1配备编织袋；县级仓库储备麻袋不少于10万条。
二、检查维护。5月15日前，各单位要对库存麻袋逐批开包检查，发现霉烂、虫蛀的及时更换，做到防潮、防鼠、防火。
三、信息报送。请于5月20日前将储备情况表报县应急管理局。
联系人：邝秋实，电话：0917-6283054。
附件：1.汛前防汛物资储备情况表
2.乡镇防汛麻袋储备标准
泫川县应急管理局
2024年4月18日
抄送：县防汛抗旱指挥部办公室。
泫川县应急管理局办公室　2024年4月18日印发
""",
    ),
    dict(
        slug="gov-jiyang-bulletin-bunting-table-record",
        site="洎阳县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.jiyang.gov.cn/xxgk/tzgg/202410/t20241018_30972.html",
        title="关于城区道路沿线破损褪色彩旗排查整改情况的通报",
        record_date="2024-10-18",
        date="2024-10-18",
        date_also=["2024-10-16"],
        notes="record gives title and date as is; the 成文日期 differs and is also accepted; a table one row a "
        "paragraph with ideographic spaces",
        page="""
!m 洎阳县人民政府 门户网站
!m 首页 / 信息公开 / 通知公告
{T}
!m 发布时间：2024-10-18 09:30　信息来源：县城市管理局　阅读：214
!a 【大字版】【朗读全文】【关闭本页】
{BODY}
!l 上一条：洎阳县关于调整城区部分公交线路的公告
!l 下一条：2024年第三季度县城市容环境考评结果
!m 主办单位：洎阳县人民政府办公室　网站标识码：5206230011
!m 纠错热线：0857-3321870
""",
        body="""
各街道办事处，县直有关单位：
国庆节后，县城市管理局组织对城区主要道路悬挂的彩旗进行了全面排查。现将排查整改情况通报如下。
一、排查情况。共排查道路14条，发现破损、褪色彩旗326面，缠绕电线、遮挡信号灯的彩旗41面。各街道排查结果如下：
街道　破损褪色（面）　缠绕遮挡（面）　整改完成率
城关街道　128　17　100%
滨河街道　95　13　100%
东岭街道　103　11　92%
二、存在问题。个别街道节后未按时拆除，彩旗长期日晒雨淋，影响市容。
三、下一步要求。东岭街道须于10月25日前完成剩余整改；今后节日彩旗一律实行“谁悬挂、谁维护、谁拆除”。
洎阳县城市管理局
2024年10月16日
""",
    ),
    dict(
        slug="news-xucheng-handcarts-museum-captions",
        site="栩城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xuchengnews.cn/xiangzhen/2024-05/11/content_418823.html",
        title="槎溪镇老板车“退役”走进村史馆",
        record_title="槎溪镇老板车“退役”走进村史馆｜栩城新闻·镇村视点",
        date="2024-05-11",
        notes="news portal: app prompt glued before the lead, a photo caption on a line of its own between paragraphs, "
        "an editor line glued after the last sentence; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>槎溪镇老板车“退役”走进村史馆｜栩城新闻·镇村视点</title>
<meta name="description" content="槎溪镇淼湾村村史馆开馆，12辆老板车进展厅。">
<link rel="stylesheet" href="/static/css/article.css">
<script async src="/static/js/stat.js"></script>
</head>
<body>
<div class="topbar">⟦m 栩城新闻网 · 栩城市融媒体中心主办⟧ <a href="/app">⟦a 下载栩城新闻客户端⟧</a></div>
<nav class="channel"><a href="/">⟦m 首页⟧</a> <a href="/shizheng/">⟦m 时政⟧</a> <a href="/xiangzhen/">⟦m 乡镇⟧</a> <a href="/minsheng/">⟦m 民生⟧</a> <a href="/wenlv/">⟦m 文旅⟧</a></nav>
<div class="ad-slot">⟦m 广告　栩城农商银行 · 乡村振兴贷 低息快批⟧</div>
<div class="crumb">⟦m 栩城新闻网 &gt; 乡镇 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-05-11 08:42　来源：栩城日报　作者：蒲志远⟧</div>
<div class="voice">⟦a ▶ 语音播报本文⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转给朋友：微信 朋友圈 微博 复制链接⟧</div>
</article>
<aside>
<h3>⟦l 24小时点击榜⟧</h3>
<ol><li>⟦l 栩城至潢水城际公交下周开通⟧</li><li>⟦l 薮湖区新增三处口袋公园⟧</li><li>⟦l 淼湾村的杨梅熟了⟧</li></ol>
</aside>
<footer>
<p>⟦d 本网原创稿件，转载请注明出处“栩城新闻网”。⟧</p>
<p>⟦m 新闻热线：0739-5206110　互联网新闻信息服务许可证：43120230017⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开栩城新闻APP，看更多家乡事⟧本报讯（记者　蒲志远）5月10日，槎溪镇淼湾村村史馆正式开馆，12辆村民捐出的老板车被摆进了展厅最显眼的位置。
这些板车最老的已有五十多年，木制车架、铁箍车轮，车把上还留着当年拉车人磨出的凹痕。村史馆负责人戚望舒介绍，上世纪八十年代，淼湾村家家都有板车，运粮、送肥、赶集全靠它。
⟦m 图为村民在村史馆里端详一辆老板车。蒲志远　摄⟧
“我年轻时拉着板车去县城卖西瓜，一趟要走三个钟头。”72岁的村民甘立诚一边抚摸车把一边回忆。开馆当天，不少在外工作的年轻人也带着孩子回村参观。
据了解，槎溪镇今年计划在5个村建设村史馆，征集老物件600余件。⟦m （责任编辑：柏晓岚　审核：晏伯阳）⟧
""",
    ),
    dict(
        slug="news-huangshui-rescue-rope-ladder-no-title",
        site="潢水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hsxw.com.cn/bendi/shehui/202407/t20240703_61520.shtml",
        title="嶝口消防借绳梯救出被困八旬老人",
        record_title=None,
        date="2024-07-03",
        notes="no title in the record: the page's title line; a further-reading link on a line of its own inside the "
        "body; the time line is the date",
        page="""
!m 潢水新闻网 | 潢水县融媒体中心主办
!m 首页 > 本地新闻 > 社会
{T}
!m 2024-07-03 16:25　来源：潢水县融媒体中心　记者：郁文博
!a 听新闻　A+　A-
{BODY}
!m 编辑：龚小禾
!l 相关新闻
!l · 嶝口镇开展夏季消防安全大排查
!l · 消防员走进社区教居民使用灭火器
!d 未经本网书面授权，不得转载、摘编本网新闻。
!m 潢水新闻网　违法和不良信息举报电话：0931-8860123
""",
        body="""
7月3日上午，潢水县嶝口镇一处老旧居民楼三楼厨房起火，一名八旬老人被困阳台。
接警后，嶝口消防救援站迅速出动。由于楼下巷道狭窄，消防车无法靠近，指战员果断从四楼住户阳台放下绳梯，一名消防员沿绳梯下到三楼阳台，为老人系好安全绳，另两名队员在楼上配合，用时不到八分钟将老人安全转移。
⟦l 延伸阅读：高层住宅火灾逃生的五个误区⟧
火势很快被扑灭，老人仅受轻微惊吓。消防部门提醒，老旧小区居民要定期检查燃气管线，家中可以备一副逃生绳梯，但要学会正确的使用方法，平时放在便于取用的位置。
""",
    ),
    dict(
        slug="forum-xiaoran-post-rope-ladder-jammer",
        site="翛然户外论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xiaoranhw.com/thread-40917-1-1.html",
        title="绳梯攀爬练了三个月，说说几点体会",
        record_title="[绳梯小记] 绳梯攀爬练了三个月，说说几点体会 - 绳索装备区 - 翛然户外论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk in the post, rating row, signature, reply box; posted '3 天前' "
        "and edited '昨天': no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>[绳梯小记] 绳梯攀爬练了三个月，说说几点体会 - 绳索装备区 - 翛然户外论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 翛然户外论坛⟧ <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 加入翛然⟧</a></div>
<div id="pt">⟦m 翛然户外 › 绳索装备区 › 查看帖子⟧</div>
<div id="postlist">
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 岩缝里的草⟧</div><dl><dd>⟦m 主题 18　帖子 265　积分 1140⟧</dd></dl></td>
<td class="plc">
<h1 class="ts"><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前　只看楼主　倒序看帖⟧</div>
<div class="pstatus">⟦m 本帖最后由 岩缝里的草 于 昨天 21:06 编辑⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88210">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 3　体力 +6　理由：实用⟧</div>
<div class="sign">⟦m 爬得慢不要紧，别停在半空就行⟧</div>
<div class="po">⟦a 收藏 ｜ 支持 ｜ 反对 ｜ 回复 ｜ 举报⟧</div>
</td></tr></table>
</div>
<div class="pgs">⟦l 下一主题：绳梯踏板是木的好还是铝的好？⟧</div>
<div id="f_pst">⟦a 登录翛然后才能跟帖，还没账号？点此注册⟧</div>
<div id="ft">⟦m 翛然户外论坛 ( 滇ICP备19004276号 )　Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
去年秋天报了攀岩馆的绳梯训练课，到现在练了三个月，说说自己的体会，给想入坑的朋友参考。
一是绳梯比想象中难爬。绳梯是软的，人一上去就晃，手脚用力不协调，梯子会往前荡。教练教的办法是身体贴近梯面，左手右脚、右手左脚交替上，重心始终压在脚上。
二是装备不能省。我现在用的是铝合金踏板绳梯，承重150公斤，每次爬之前都要检查绳结和踏板有没有松动。下面一定要有保护绳，别学某些视频里徒手爬。
三是别急于求成。刚开始我爬五米就手软，现在能连续爬十二米。每次练完记得拉伸前臂，不然第二天拧毛巾都费劲。
有问题可以跟帖问，知道的都会回。
""",
    ),
    dict(
        slug="forum-xiaojudeng-sack-race-question-junk",
        site="小桔灯亲子论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.xiaojudeng.net/t/552718",
        title="幼儿园亲子运动会的麻袋跳，麻袋去哪儿弄？",
        record_title="[活动求助] 幼儿园亲子运动会的麻袋跳，麻袋去哪儿弄？ - 幼儿园交流区 - 小桔灯亲子论坛",
        date=None,
        notes="forum post with board suffix and tag in the record title; junk lines and junk glued after 。; "
        "posted '昨天': no date; replies below",
        page="""
!m 小桔灯亲子论坛 — 陪孩子一起长大
!m 论坛首页 » 幼儿园交流区 » 帖子详情
!m 浏览 612 ｜ 回复 9
!t [活动求助] 幼儿园亲子运动会的麻袋跳，麻袋去哪儿弄？
!m 楼主：豆豆妈妈　发表于 昨天 22:17
{BODY}
!a 点赞　｜　收藏本帖　｜　回复楼主
!l 沙发　小满爸：粮油批发市场二楼有卖，十几块一条
!l 板凳　杨梅味的夏天：新麻袋一定要先用清水泡一泡再晒
!a 登录小桔灯后可参与讨论
!m 小桔灯亲子论坛　客服邮箱 kefu@xiaojudeng.net
""",
        junk=dict(lines=2, glued=2),
        body="""
下个月孩子幼儿园开亲子运动会，老师把“麻袋跳”项目交给我们家委会筹备，需要二十条麻袋，我有几个问题想请教大家。
第一，麻袋去哪里买？网上搜到的大多是编织袋，真正的黄麻袋好像要去粮油市场或者批发市场找，有没有本地的姐妹知道具体地方？
第二，新麻袋毛刺多、有股味道，孩子钻进去会不会扎皮肤？是不是要先洗一遍晒干？
第三，比赛场地是塑胶跑道，大人带孩子一起跳，怎么防止摔倒？
先谢谢大家了，回复的我都一一看。
""",
    ),
]
