"""holdout340, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text case each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-miaobi-speech-nail-lamp-training",
        site="妙笔公文坊 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.miaobigwf.cn/jianghua/anquan/2024/0326/61874.html",
        title="在全县美甲从业人员安全操作培训会上的讲话",
        record_title="【讲话稿·行业培训】在全县美甲从业人员安全操作培训会上的讲话（附三段式提纲）_妙笔公文坊",
        date="2024-03-21",
        date_also=["2024-03-26"],
        notes="old table layout with marquee, font-size row, hot list, floating ghost-writer QQ box and visitor counter; "
        "date under the speech title, the page's posting date differs; speaker line neutral; a writing-service prompt "
        "glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿·行业培训】在全县美甲从业人员安全操作培训会上的讲话（附三段式提纲）_妙笔公文坊</title>
<meta name="keywords" content="美甲,讲话稿,安全培训">
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
<script>var hitsurl="/count.asp?id=61874";</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#f4efe6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60"><font size="5" color="#8b1a1a">⟦m 妙笔公文坊⟧</font>　<font color="#777777">⟦m 写材料的人自己的小作坊⟧</font></td>
<td align="right"><a href="#">⟦a 设为首页⟧</a>  <a href="#">⟦a 加入收藏⟧</a>  <a href="/user/login.asp">⟦a 会员登录⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#8b1a1a"><a href="/">⟦m 坊间首页⟧</a>  <a href="/jianghua/">⟦m 领导讲话⟧</a>  <a href="/zongjie/">⟦m 总结汇报⟧</a>  <a href="/fangan/">⟦m 计划方案⟧</a>  <a href="/zhici/">⟦m 致辞串词⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()">⟦d 坊内稿件多为会员交流所得，借鉴思路可以，整篇照抄出了问题本坊不担责⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在位置：<a href="/">坊间首页</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; 安全生产类⟧</div>
<table width="100%" border="0">
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center"><font color="#999999">⟦m 整理：墨池　上稿日期：2024-03-26　被读：<span id="hits">1183</span> 回⟧</font></td></tr>
<tr><td align="center">⟦a 〖字号切换：特大 适中 偏小〗⟧　⟦a 〖送打印机〗⟧　⟦a 〖合上本页〗⟧</td></tr>
<tr><td align="center">（2024年3月21日）</td></tr>
<tr><td align="center">县市场监督管理局副局长　柯明远</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦l ←上一篇：全县燃气安全排查整治推进会讲话⟧</td></tr>
<tr><td>⟦l →下一篇：校园周边小作坊整治会议主持词⟧</td></tr>
</table>
</td>
<td width="250" valign="top" bgcolor="#fbf7ef">
<b>⟦l 本栏热读榜⟧</b><br>
<a href="/jianghua/1.html">⟦l 1. 理发美容行业卫生监督约谈会讲话⟧</a><br>
<a href="/jianghua/2.html">⟦l 2. 全县消费维权年主题活动启动讲话⟧</a><br>
<a href="/jianghua/3.html">⟦l 3. 个体工商户安全培训班开班讲话⟧</a><br>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:6px;top:220px;">
<table border="1" bordercolor="#8b1a1a"><tr><td>⟦w 急稿快写 坊主QQ：2860417733⟧</td></tr><tr><td>⟦w 讲话/汇报/述职 三小时交初稿⟧</td></tr></table></div>
<table width="960" align="center"><tr><td align="center">
⟦m 您是本坊接待的第 0381726 位笔友⟧<br>
⟦m 妙笔公文坊 版权所有 2011-2024　湘ICP备11062784号⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天把全县美甲店的店长和技师请到一起，专门讲一讲美甲灯和洗甲水的安全使用。去年以来，县消保委共受理美甲类投诉27件，其中灯照灼伤和甲面感染占了一多半，这个问题必须引起重视。下面我讲三点。
一、用灯要守规矩。美甲灯照射时间要按说明书执行，每次固化一般不超过60秒，要给顾客备好露指防晒手套，灯珠发黑、外壳开裂的要立即停用。
二、用水要讲安全。洗甲水易挥发、易燃，店内存放不得超过两瓶，严禁靠近烟头和取暖器开瓶，用过的棉片要放进带盖的桶里。⟦w 讲话稿不会改？找妙笔坊主，微信 miaobi_gwf 当天出稿⟧
三、台账要记清楚。每台灯的进货渠道、合格证和更换灯珠的时间都要登记，执法人员上门检查时要能当场拿出来。
同志们，美甲是个小行业，连着的是群众的手和眼睛。希望大家把今天的要求带回店里，落实到每一位技师身上。
""",
    ),
    dict(
        slug="fanwen-xiezifang-insight-remover-fire-drill",
        site="写字坊范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.xiezifang365.com/xinde/anquan/90217.html",
        title="参加美业门店消防演练后的心得体会",
        record_title="参加美业门店消防演练后的心得体会（精编3篇·第1篇）- 写字坊范文网",
        date="2024-06-12",
        date_also=["2024-06-15"],
        notes="text page; a ghost-writer line between paragraphs; a collect link glued after the last sentence of a paragraph; "
        "成文日期 under the name differs from the page's 收录时间",
        page="""
!m 写字坊范文网 · 让每一篇材料都有样子
!m 当前所在：写字坊 ＞ 心得体会 ＞ 安全教育心得
!t 参加美业门店消防演练后的心得体会（精编3篇·第1篇）
!m 收录时间：2024-06-15　　阅读 2,041　　整理人：青砚
!a 【一键抄走全文】　【转存为Word】
{BODY}
!a 第2篇、第3篇仅对年卡会员开放，开通后可整套下载
!l 同类推荐：
!l ▸ 社区消防安全培训心得（个人版）
!l ▸ 小餐饮店员工安全培训感想
!d 写字坊范文网收录的文章来自网友分享，若有侵权，请发邮件至 kefu@xiezifang365.com 处理。
!m © 2024 xiezifang365.com　粤ICP备20118734号
""",
        indent="\u3000\u3000",
        body="""
上周六，娅荷社区组织辖区美甲美睫门店开展了一次消防演练，我作为店里的技师参加了全过程，感触很深。
以前总觉得洗甲水就是一瓶普通的清洁用品，随手放在美甲灯旁边也没什么。演练时消防员当场用一小团蘸了洗甲水的棉片做试验，打火机一靠近就窜起了火苗，大家都吓了一跳。⟦a 觉得有用就点这里收藏⟧
⟦w 需要本篇原创改写？写字坊代笔老师 QQ 3308127654⟧
这次演练让我明白了三件事：一是易燃的东西要少放、分开放；二是灭火器要会用，不能只当摆设；三是遇到火情先断电再报警，带着顾客从最近的出口撤离。
回到店里，我把洗甲水挪进了带锁的铁皮柜，又在收银台边贴上了疏散路线图。安全这根弦，每天都要绷紧。
憧园美甲工作室　沈佳
2024年6月12日
""",
    ),
    dict(
        slug="wenku-yunjuan-research-false-lash-workshops",
        site="云卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yunjuanwenku.com/view/7c31e09ad4f2.html",
        title="关于鬒川县假睫毛家庭加工点发展情况的调研报告",
        record_title="关于鬒川县假睫毛家庭加工点发展情况的调研报告 - 云卷文库",
        date="2024-04-18",
        notes="文库 reader: page-marker paragraphs '≲ n ≳' cut sentences; a viewer toolbar, a paywall, an upload notice; "
        "成文日期 under the research group",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于鬒川县假睫毛家庭加工点发展情况的调研报告 - 云卷文库</title>
<meta name="description" content="云卷文库在线阅读">
<script src="https://static.yunjuanwenku.com/reader/v3/viewer.js"></script>
<script>window.__DOC__={id:"7c31e09ad4f2",pages:5,free:2};</script>
</head><body>
<header class="yj-top"><a class="logo" href="/">⟦m 云卷文库⟧</a>
<form class="search"><input placeholder="搜一搜，资料全都有"><button>⟦a 搜索⟧</button></form>
<a href="/member">⟦a 月卡仅需9.9元 全站文档随便下⟧</a> <a href="/login">⟦a 登录丨注册⟧</a></header>
<nav class="crumbs">⟦m 云卷文库 › 行业资料 › 调研报告 › 县域产业⟧</nav>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 贡献者：yj_星河82　　上传于：2024-05-07　　共5页　　2.1千次阅读⟧</div>
<div class="viewer-bar">⟦a 全屏阅读⟧ ⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 转存到我的书架⟧ ⟦a 下载（Word，3下载券）⟧</div>
<div class="page-wrap">
{BODY}
</div>
<div class="paywall"><p>⟦a 还有3页未展示，开通月卡后接着往下读⟧</p><button>⟦a 9.9元开通月卡⟧</button> <button>⟦a 单篇购买 ￥4.80⟧</button></div>
<div class="upload-note">⟦d 本文档由用户上传，云卷文库仅作存储展示，版权归上传者所有，如有异议请点击申诉⟧</div>
</main>
<aside class="rel"><h3>⟦l 看过这篇的人还看了⟧</h3><ul>
<li>⟦l 县域特色产业发展调研报告（5篇）⟧</li><li>⟦l 关于家庭手工业带动妇女就业的调研⟧</li><li>⟦l 扶贫车间运营情况调查与思考⟧</li></ul></aside>
<footer>⟦m 云卷文库 yunjuanwenku.com　浙ICP备21093377号-2⟧</footer>
<script>Viewer.init();</script>
</body></html>
""",
        p_html='<div class="pg-txt"><p>{}</p></div>',
        pages=dict(fmt="≲ {n} ≳", every=160, start=2),
        body="""
为摸清全县假睫毛家庭加工点的底数，县妇联、县人社局组成联合调研组，于3月下旬走访了靥坪、窕口两镇的11个村，入户查看加工点46个，现将有关情况报告如下。
一、基本情况。全县现有假睫毛家庭加工点312个，从业人员约2100人，其中留守妇女占八成以上。加工点主要承接种睫、剪睫、装盒等手工环节，人均月收入2300元左右。
二、存在问题。一是订单依赖两三家龙头企业，旺季加班、淡季停工；二是部分加工点在堂屋里用胶水和洗甲水清理睫毛托板，通风不良；三是加工人员普遍没有签订书面协议，计件单价口头约定。
三、几点建议。建议由县人社局牵头制定加工协议示范文本，由妇联开展用胶安全培训，由镇村帮助联系第二批订单来源。
县妇联、县人社局联合调研组
2024年4月18日
""",
    ),
    dict(
        slug="wenku-zhiyin-plan-hotel-razor-reduction-wrapped",
        site="知音文档馆 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://doc.zhiyin-wdg.cn/p-58800413.html",
        title="睐湖县宾馆饭店一次性刮眉刀等客房用品减量工作方案",
        record_title="睐湖县宾馆饭店一次性刮眉刀等客房用品减量工作方案.docx",
        date="2024-05-08",
        notes="file-name record title; wrapped at 56 columns and cut by page markers '↶n↷' glued to the continuation line; "
        "成文日期 in Chinese numerals",
        page="""
!m 知音文档馆　doc.zhiyin-wdg.cn
!t 睐湖县宾馆饭店一次性刮眉刀等客房用品减量工作方案.docx
!m 文档类型：DOCX　　页数：4　　大小：38KB　　上传：zy_秋水　5 天前
!a 【下载本文档】　　【加入我的文集】　　【举报】
{T}
{BODY}
!a 试读部分到此为止，剩余1页开通会员后可见
!a ☞ 开通会员　☞ 花2元单独买
!d 知音文档馆所有文档均由用户上传，本馆只提供在线预览，不对内容真实性负责。
!l 同类文档：旅游饭店绿色发展实施方案.docx ｜ 限塑工作方案（宾馆版）.doc
""",
        wrap=56,
        indent="\u3000\u3000",
        pages=dict(fmt="↶{n}↷", every=125, start=2, glue=True),
        body="""
为落实生活垃圾源头减量要求，引导宾馆饭店不主动提供一次性刮眉刀、梳子、牙刷等客房用品，制定本方案。
一、工作目标。到2024年底，全县星级饭店一次性客房用品主动提供率降至零，其他宾馆下降50%以上。
二、主要措施。（一）改为“按需提供”。一次性刮眉刀等用品不再摆放在卫生间台面，客人需要时向前台索取。（二）做好提示。在客房显著位置张贴提示卡，说明减量的理由。（三）规范回收。已拆封未使用的刮眉刀刀片统一收集，交有资质单位处理，不得混入生活垃圾。
三、工作要求。县文旅局负责日常指导，县市场监管局配合开展检查，各宾馆饭店于每季度末报送用品消耗台账。
睐湖县文化和旅游局
二〇二四年五月八日
""",
    ),
    dict(
        slug="portal-yanping-notice-nail-lamp-spot-check",
        site="颦山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.pinshan.gov.example.cn/zwgk/tzgg/202405/t20240522_331907.html",
        title="颦山县市场监督管理局关于2024年美甲灯产品质量监督抽查情况的通报",
        record_title="颦山县市场监督管理局关于2024年美甲灯产品质量监督抽查情况的通报_通知公告_颦山县人民政府",
        date="2024-05-20",
        date_also=["2024-05-22"],
        notes="county portal: 长者模式/读屏 links, 索引号 table (文号 cell unmarked), a 纠错 line and 12345 beside the "
        "document's own 联系人/电话; data table one row a paragraph; 成文日期 differs from the portal's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>颦山县市场监督管理局关于2024年美甲灯产品质量监督抽查情况的通报_通知公告_颦山县人民政府</title>
<meta name="SiteName" content="颦山县人民政府">
<meta name="ArticleTitle" content="颦山县市场监督管理局关于2024年美甲灯产品质量监督抽查情况的通报">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/accessibility.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：<span id="today"></span>⟧</span>
<a href="javascript:;">⟦a 长者模式⟧</a> <a href="javascript:;">⟦a 读屏专用⟧</a> <a href="/en/">⟦a EN⟧</a></div>
<div class="banner">⟦m 颦山县人民政府⟧ ⟦m www.pinshan.gov.example.cn⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进颦山⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="location">⟦m 您当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11331204MB2C61478Q/2024-00517⟧</td><td>⟦m 主题分类：质量监督⟧</td></tr>
<tr><td>⟦m 发文机构：颦山县市场监督管理局⟧</td><td>⟦m 公开日期：2024-05-22⟧</td></tr>
<tr><td>颦市监通〔2024〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="sub">⟦m 信息来源：县市场监督管理局　浏览量：638⟧　⟦a 【字体：大·中·小】⟧　⟦a 【打印正文】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 同栏目信息⟧</h4><ul>
<li>⟦l 县市场监督管理局关于儿童玩具质量抽查结果的通报⟧</li>
<li>⟦l 关于开展电动自行车充电器专项检查的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：颦山县人民政府办公室　承办：颦山县大数据中心⟧</p>
<p>⟦m 网站纠错：0739-6218800（工作日）　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备05021873号　湘公网安备43052802000177号⟧</p>
<p>⟦m 网站标识码4305280031⟧</p>
</div>
<script>document.getElementById("today").innerText=new Date().toLocaleDateString();</script>
</body></html>
""",
        body="""
各有关经营单位：
今年4月，我局对辖区美甲店、化妆品店和网店在售的美甲灯开展了产品质量监督抽查，共抽取样品18批次，检出不合格5批次。现将结果通报如下：
标称生产企业　产品型号　不合格项目
妩州市光妍电器厂　GY-48W　紫外辐射超标
翅湖区美莱照明　ML-36S　标志说明不全
睐湖县晶点电子　JD-9　输入功率偏差
对抽查不合格的产品，经营者应立即下架，并向消费者说明情况。我局将对不合格产品的生产、销售单位依法处理，并组织后续复查。
联系人：宋立群　电话：0739-6217425
颦山县市场监督管理局
2024年5月20日
""",
    ),
    dict(
        slug="portal-tongling-notice-remover-storage-wrapped",
        site="瞳岭县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tongling-xian.example.cn/xxgk/tzgg/202409/t20240903_58170.html",
        title="瞳岭县应急管理局关于加强美业门店洗甲水等易燃化妆用品存放管理的通知",
        date="2024-09-02",
        notes="record title as is; wrapped at 62 columns; 附件 list, 抄送 and 印发 lines kept; 文号 line neutral",
        page="""
!m 瞳岭县人民政府网
!m 首页 / 信息公开 / 通知公告
!a 适老版　|　无障碍浏览　|　繁體
{T}
瞳应急〔2024〕31号
!m 发布机构：瞳岭县应急管理局　　来源：本站　　点击数：277
{BODY}
!a 【关闭窗口】　【打印本页】　【收藏】
!l 上一条：瞳岭县中秋国庆假期安全防范提示
!l 下一条：关于开展秋冬季森林防火宣传的通知
!m 瞳岭县人民政府办公室主办　网站维护：县政务数据中心　电话：0746-8821107
!m 湘ICP备16009981号
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
近期，外省发生一起美甲店洗甲水遇明火燃烧引发的火灾。为防止同类事故，现就有关事项通知如下：
1. 美甲美睫门店存放洗甲水、甲油胶稀释剂等易燃用品，单店不得超过2升，并放在阴凉、远离美甲灯和电源插座的位置。
2. 门店要配备灭火器和防火毯，店员要会使用；营业结束后应切断美甲灯等设备电源。
3. 各乡镇要在10月15日前组织一次上门检查，建立门店台账，发现问题当场督促整改。
附件：1. 美业门店易燃用品检查表
2. 门店消防安全提示卡样式
瞳岭县应急管理局
2024年9月2日
抄送：县消防救援大队，县市场监督管理局。
瞳岭县应急管理局办公室　　2024年9月2日印发
""",
    ),
    dict(
        slug="news-jingbao-lash-workshop-women-jobs",
        site="鬒川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhenchuan-news.example.cn/xw/bd/2024-07/11/content_90371.html",
        title="靥坪镇假睫毛车间开到家门口 三百多名妇女就近就业",
        record_title=None,
        date="2024-07-11",
        notes="no record title (the <h1>); an app prompt glued before the lead; two photo captions between paragraphs; "
        "an editor line glued after the last sentence; byline 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>鬒川新闻网</title>
<script src="/static/js/tts-player.js"></script>
<script>var _czc=_czc||[];</script>
</head><body>
<div class="hd"><a class="logo">⟦m 鬒川新闻网⟧</a><span class="slogan">⟦m 鬒水两岸 新闻一线⟧</span>
<a href="/app">⟦a 下载“掌上鬒川”客户端⟧</a></div>
<ul class="nav"><li>⟦m 县内⟧</li><li>⟦m 时政⟧</li><li>⟦m 民生⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 视频⟧</li></ul>
<div class="pos">⟦m 鬒川新闻网 ＞ 乡镇在线 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-07-11 09:36　来源：鬒川融媒记者 陶思远 通讯员 韩雪⟧ ⟦a ▶ 听新闻⟧</div>
{BODY}
</article>
<div class="adslot">⟦d 广告⟧ ⟦l 鬒川特产馆 夏季土货大集 点击进入⟧</div>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 鬒水大桥加固工程进入收尾阶段⟧</li><li>⟦l 窕口镇第二批高标准农田开工⟧</li><li>⟦l 县城三处停车场免费开放⟧</li></ol></aside>
<footer><p>⟦m 鬒川县融媒体中心主办　新闻热线：0736-5512310⟧</p>
<p>⟦d 本网原创稿件，转载请注明出处⟧</p><p>⟦m 湘ICP备18027456号-1⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开掌上鬒川，看更多家门口的新闻⟧7月10日一早，靥坪镇矜塘村的假睫毛加工车间里，40多名妇女已经坐到工位前，用镊子把一根根纤维排进托板。
“以前要去妩州的厂里打工，孩子没人管。现在走路五分钟就到，一个月能拿两千五。”正在剪睫毛的村民周桂英说。
⟦m 图为矜塘村假睫毛车间里，村民正在排睫。陶思远 摄⟧
据了解，靥坪镇今年引进两家睫毛企业，在6个村办起了加工车间，吸纳本地妇女312人。镇里还请企业技术员每周驻点教学，新手一般半个月就能上手。
⟦m 图为企业技术员在教新手用睫毛夹整理弧度。韩雪 摄⟧
下一步，镇里计划把车间延伸到另外4个村，并帮助加工户参加职业技能培训，让“指尖手艺”变成稳定收入。⟦m （编辑：罗敏　审核：彭立）⟧
""",
    ),
    dict(
        slug="news-wushou-daily-nail-lamp-complaints",
        site="妩州日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.wuzhou-daily.example.cn/content/2024-10/16/c_412097.html",
        title="妩州市消保委：美甲灯投诉增多 消费者要留意三件事",
        record_date="2024-10-16",
        date="2024-10-16",
        notes="record title and date; a share bar glued after a sentence; a related-news line between paragraphs; "
        "responsible-editor line at the bottom",
        page="""
!m 妩州日报网 | 妩州市主流新闻门户
!m 首页 > 民生 > 消费
{T}
!m 2024-10-16 08:12　来源：妩州日报　记者 孔令仪
!a A+ | A-　　分享到朋友圈
{BODY}
!m 【责任编辑：田沛　值班主任：霍青】
!l 相关新闻
!l · 消保委发布秋季化妆品消费提示
!l · 翅湖区开展美容美发场所卫生检查
!d 妩州日报网版权所有，未经书面授权不得转载、摘编。
!m 违法和不良信息举报电话：0736-2215500
""",
        indent="\u3000\u3000",
        body="""
记者从市消保委获悉，今年前三季度，全市消保委系统共受理美甲灯相关投诉63件，比去年同期增加近一倍，主要集中在手背晒黑、灯具发烫和网购产品无中文标识等方面。
市消保委提醒消费者注意三件事：第一，到店美甲时可以要求技师提供防晒手套，或者提前在手背涂防晒霜。第二，家用美甲灯要选购标明紫外波长和功率的产品，不买“三无”灯具。第三，一次照射时间不宜过长，出现刺痛、发红要立即停止。⟦l 转给家里爱美甲的人 → 微信 | 微博⟧
⟦l 延伸阅读：网购化妆品遇到“三无”怎么办⟧
市消保委还表示，近期将联合市场监管部门对部分美甲店开展暗访，对使用不合格灯具的经营者依法处理。消费者遇到问题可拨打12315投诉。
""",
    ),
    dict(
        slug="forum-meiyixiaozhu-curler-pad-jammer",
        site="美妆小筑论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.meizhuangxz.example.com/thread-338102-1-1.html",
        title="用了八年的睫毛夹，换胶垫的一点经验",
        record_title="[工具分享] 用了八年的睫毛夹，换胶垫的一点经验（附尺寸）- 睫毛眼妆版 - 美妆小筑论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts glued after sentences and on a line; rating row and signature; "
        "发表于 a relative time, so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[工具分享] 用了八年的睫毛夹，换胶垫的一点经验（附尺寸）- 睫毛眼妆版 - 美妆小筑论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="/static/js/common.js"></script>
</head><body>
<div id="toptb">⟦m 美妆小筑论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 美妆小筑 › 彩妆区 › 睫毛眼妆版 › 正文浏览⟧</div>
<div id="postlist">
<table><tr><td class="pls">
<div class="pi">⟦m 小满不是满⟧</div><p>⟦m 主题 21 回帖 390 小筑币 1420⟧</p><p>⟦m 勋章：巧手达人⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_f" id="postmessage_52011">
{BODY}
</div>
<div class="rate">⟦l 参与评分 4　小筑币 +12　收起理由：实用！⟧</div>
<div class="sign">⟦m —— 眼妆这件事，慢慢来才会好看 ——⟧</div>
<div class="po">⟦a 回复⟧ ⟦a 点评⟧ ⟦a 收藏⟧ ⟦a 举报⟧</div>
</td></tr></table>
</div>
<div class="pgs">⟦l 下一主题：开架睫毛膏横评，哪支不晕⟧</div>
<div id="fastpost">⟦a 发表回复前请先登录，新人需阅读版规⟧</div>
<div id="ft">⟦m 美妆小筑论坛 Powered by Discuz! X3.5⟧ ⟦m 粤ICP备19085522号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
我这把金属睫毛夹是八年前买的，夹子本身一点没坏，就是上面那条胶垫用久了会出现一道深痕，夹出来的睫毛有折角。很多姐妹以为是夹子不行了，其实换一条胶垫就好。
先说尺寸。常见的胶垫长度在2.8到3.2厘米之间，买之前用尺子量一下原来那条，差一两毫米都会卡不进去。
再说更换。用牙签从一端把旧胶垫挑出来，槽里的残胶用棉签蘸一点酒精擦干净，等干了再把新胶垫压进去，中间不要拉伸。
最后说保养。每次用完用纸巾擦掉睫毛膏残留，一个月左右用酒精棉片消毒一次。胶垫三个月左右换一次，出现裂口就马上换。
以上是个人经验，不是广告，有问题楼下问。
""",
    ),
    dict(
        slug="forum-yidian-remover-train-junk-text",
        site="一点生活论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.yidianlife.example.net/forum.php?mod=viewthread&tid=771204",
        title="洗甲水到底能不能带上高铁？这次算是问明白了",
        record_title="【出行问答】洗甲水到底能不能带上高铁？这次算是问明白了 - 出行板块 - 一点生活论坛",
        date=None,
        notes="text thread with forum junk as lines and glued after sentences; posted 昨天, so no date",
        page="""
!m 一点生活论坛 - 一点一点把日子过好
!m 论坛首页 › 生活服务 › 出行板块
!t 【出行问答】洗甲水到底能不能带上高铁？这次算是问明白了
!m 阅读：6072 | 回复：48
!m 栗子酱 发表于 昨天 22:40 | 只看楼主 | 电梯直达
{BODY}
!m 本帖最后由 栗子酱 于 昨天 22:51 编辑
!l 2楼　面包超人：收藏了，下个月正好坐高铁
!l 3楼　阿卓：那指甲油能带吗？
!a 回复本帖需登录，没有账号？立即注册
!m 一点生活论坛　手机版　|　Archiver　|　闽ICP备17004419号
""",
        junk=dict(lines=2, glued=2),
        body="""
上周去外地出差，包里带了一小瓶洗甲水，安检的时候被拦了下来，当时就有点懵。回来专门打了铁路客服电话问，把结果分享给大家。
客服的说法是：洗甲水大多含丙酮，属于易燃液体，按规定不能随身携带进站，托运也不行。有的洗甲水写着“不含丙酮”，但里面还有乙酸乙酯，一样算易燃。
我自己的办法是：出门前在家把指甲卸好；实在要带，就带独立包装的卸甲湿巾，每片用量很小，安检一般不会拦。不过各地执行可能不一样，最好出发前再问一下。
最后提醒一句，别把洗甲水倒进别的瓶子里混过去，真出了事就不是没收那么简单了。
""",
    ),
]
