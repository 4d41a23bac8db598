"""holdout236, part A: 范文 sites, 文库 previews, government portals, news portals and forums.

Everything invented (places, people, firms, sites, URLs, phones, chrome wording); see
../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-bizhong-speech-archive-pockets-gb2312",
        site="笔冢公文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bizhonggw.net/jianghua/zuzhi/2025/0328/61207.html",
        title="在全县干部人事档案袋规范化整理工作推进会上的讲话",
        record_title="【讲话稿精编】在全县干部人事档案袋规范化整理工作推进会上的讲话（两篇随心选）_笔冢公文网",
        date="2025-03-21",
        date_also=["2025-03-28"],
        notes="old table layout with marquee, font row, hot list, floating writer QQ box and visitor counter; date under the speech title (neutral) differs from the page's posting date; a writing-service line glued after a sentence; a member line of its own between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿精编】在全县干部人事档案袋规范化整理工作推进会上的讲话（两篇随心选）_笔冢公文网</title>
<link href="/css/bizhong.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="笔冢公文网"><br>⟦m 笔冢公文网·笔耕不辍十五年⟧</td>
<td><marquee scrollamount="3">⟦m 笔冢公文网每日增补讲话、总结、方案新稿，欢迎常来翻阅⟧</marquee></td></tr>
<tr><td colspan="2" class="navbar">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">计划方案</a> | <a href="/xinde/">心得体会</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="680" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 所在栏目：笔冢公文网 &gt;&gt; 领导讲话 &gt;&gt; 组织人事讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center" class="info">⟦m 收录时间：2025-03-28　本篇热度：1873℃　整理：池边客⟧</td></tr>
<tr><td align="center">⟦a 〖页面字体　特大 / 较大 / 适中〗⟧</td></tr></table>
<table width="100%"><tr><td class="content">
<p align="center">县委组织部副部长　邝立群</p>
<p align="center">（2025年3月21日）</p>
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦a 〖把本篇存进收藏〗〖导出Word稿〗〖关闭此页〗⟧</td></tr>
<tr><td>⟦l 上一篇范文：组织部长在党员冬春训动员会上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇范文：在老干部迎春茶话会上的致辞⟧</td></tr></table>
</td>
<td width="270" valign="top" class="right">
<table width="100%"><tr><td class="rtitle">⟦l 领导讲话·本周翻阅最多⟧</td></tr>
<tr><td>⟦l · 在全县组织工作会议上的讲话（三篇）⟧<br>⟦l · 干部档案专项审核动员讲话⟧<br>⟦l · 在机关作风建设大会上的讲话提纲⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:6px;top:220px">⟦w 笔杆代劳·材料定制QQ：3307719524⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 笔冢公文网文稿多为网友整理，仅供写作借鉴，请勿原样照抄上报⟧<br>
⟦m 笔冢公文网 bizhonggw.net　赣ICP备13008264号⟧<br>
⟦m 您是本站第 00917342 位翻阅者⟧
</td></tr></table>
<script language="javascript">document.write('<img src="/count.asp?id=61207" width=0 height=0>');</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开这次推进会，主要是对全县干部人事档案袋规范化整理工作再动员、再部署。刚才，县委组织部干部档案室通报了前一阶段进展情况，三个单位作了交流发言，我都赞同。下面，我讲三点意见。
一、统一标准，把好“装袋”第一关。档案袋是干部档案的“外衣”。今年起，全县统一使用A4加厚牛皮纸档案袋，袋面须填写姓名、单位、编号和装袋日期，封口一律加盖骑缝章，各单位不得再用塑料文件袋代替。⟦w 讲话稿写不顺？找池边客代笔，微信mcgw_2025⟧
⟦a 本篇全文仅会员可一键导出，开通笔冢会员⟧
二、逐人过筛，做到“一人一袋一清单”。每个档案袋内须附目录清单，材料按十大类顺序排放，缺失材料要列明原因、限期补齐，严禁把与本人无关的材料混装入袋。
三、压实责任，确保按期完成。各单位主要负责同志是第一责任人，6月底前完成自查，7月份县里组织交叉检查，对整理不合格的，一律退回重装。
同志们，档案袋虽小，连着干部的成长足迹。希望大家以高度负责的态度，把这项工作做细做实。
""",
    ),
    dict(
        slug="fanwen-qianqian-insight-laptop-secrecy",
        site="铅椠范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qianqianfw.com/xinde/baomi/20250611/3390.html",
        title="参加办公笔记本电脑保密管理专题培训心得体会",
        record_title="参加办公笔记本电脑保密管理专题培训心得体会（通用范文两篇） - 铅椠范文网",
        date=None,
        notes="decorated record title (aside + site); an update stamp in 天前 form is no date; a related link glued after the last sentence of a paragraph; a copy prompt glued before the first words of a line",
        page="""
!m 铅椠范文网 · 耕好每一篇公文
!m 您在这里：铅椠首页 ＞ 心得体会 ＞ 保密工作心得
{T}
!m 本文更新于3天前　│　被翻看4406次　│　字数约900
!a 〔抄录全文〕〔存为Word〕〔推给同事〕
{BODY}
!a 想看第二篇？登录铅椠后展开阅读
!l 同栏目推荐：
!l ◇ 保密宣传月个人学习体会
!l ◇ 涉密载体管理自查报告范本
!d 铅椠范文网所收文稿版权归原作者，本站仅作借鉴交流之用。
!m 铅椠范文网 qianqianfw.com　苏ICP备19055173号-3
""",
        indent="\u3000\u3000",
        body="""
⟦a 【轻点复制此段】⟧按照局党组安排，我参加了为期一天的办公笔记本电脑保密管理专题培训。培训通过案例讲解和现场演示，让我对身边这台“天天用”的笔记本电脑有了新的认识。
一是思想上不能麻痹。过去我总觉得笔记本电脑只是办公工具，带回家加班、连上家里的无线网络都是小事。听了几起因笔记本电脑外带丢失造成泄密的案例，我才明白，一台电脑就是一个移动的文件柜。⟦l 延伸阅读：机关干部保密教育心得五篇⟧
二是操作上必须规范。涉密电脑不连外网、非涉密电脑不处理涉密文件，这条红线要时时记在心里。培训后，我把电脑里的旧文件逐一清理，卸载了不需要的软件，并设置了开机密码。
三是习惯上要养成自觉。离开座位锁屏、出差随身携带、报废交回统一销毁，这些细节看似平常，却是保密工作的最后一道防线。
今后，我将把培训所学用在日常工作中，管好用好手中的笔记本电脑。
""",
    ),
    dict(
        slug="wenku-qingjian-report-camcorder-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qingjianwk.com/p/7730915246.html",
        title="关于全县中小学录播教室摄像机使用情况的调研报告",
        record_title="关于全县中小学录播教室摄像机使用情况的调研报告（全文·可改写） - 青简文库",
        date="2025-05-16",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⨂ n ⨂ between the halves of cut paragraphs, an upload stamp (no date), a coin paywall; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县中小学录播教室摄像机使用情况的调研报告（全文·可改写） - 青简文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.qingjianwk.com/reader/v5/reader.min.js"></script>
<script>window.__DOC__={id:7730915246,pages:6,free:3};</script>
</head><body>
<header class="qj-top"><a class="brand" href="/">⟦m 青简文库⟧</a><span class="slogan">⟦m 一页一页，读懂好文档⟧</span>
<nav><a href="/cat/jiaoyu">⟦m 教育资料⟧</a><a href="/cat/baogao">⟦m 报告材料⟧</a><a href="/vip">⟦a 青简书卡·畅读全站⟧</a><a href="/login">⟦a 登录丨注册账号⟧</a></nav></header>
<div class="crumbs">⟦m 青简文库 › 报告材料 › 调研报告 › 教育调研⟧</div>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：青简用户_w8821　上传于3周前　共6页　下载用币：8⟧</div>
<div class="viewer-bar">⟦a 放大 缩小 全屏阅读 加入书架⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="pay-box">⟦a 本文后3页需解锁阅读，8枚青简币即可获取全文⟧ <button>⟦a 立刻解锁⟧</button></div>
<div class="doc-tags">⟦l 关联标签：录播教室 摄像机 教育信息化⟧</div>
</main>
<aside class="similar"><h3>⟦l 看了本文的人也在读⟧</h3>
<ul><li>⟦l 智慧校园建设情况汇报（2025）⟧</li><li>⟦l 关于中小学多媒体设备管理的调研与思考⟧</li></ul></aside>
<footer>⟦d 青简文库资料由用户上传，平台不对内容真实性负责，若有侵权请走申诉通道⟧<br>⟦m ©2019-2025 qingjianwk.com　沪ICP备20084612号-1⟧</footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⨂ {n} ⨂", every=150, start=2),
        body="""
为摸清全县中小学录播教室摄像机的配备和使用情况，4月下旬，县教育局电教站组成调研组，走访了貘溪县城区和5个乡镇的17所学校，查看录播教室23间，与信息技术教师和一线教师座谈4场。现将有关情况报告如下。
一、基本情况。全县现有录播教室31间，配备跟踪摄像机94台，其中2019年以前购置的标清机型有37台。调研的23间教室中，能正常录制并自动跟踪的有15间，摄像机存在画面偏色、跟踪失灵等故障的有8间。
二、存在的问题。一是使用率偏低，部分学校录播教室一学期只在公开课时开启两三次；二是维护跟不上，学校普遍没有摄像机保修经费，故障设备长期“带病”闲置；三是教师不会用，近一半受访教师表示没有接受过录播系统操作培训。
三、几点建议。建议分批更换老旧标清摄像机，将录播设备维护费纳入学校公用经费预算，由电教站每学期组织一次全员操作培训，并把录播课例纳入教研考核。
貘溪县教育局电教站
2025年5月16日
""",
    ),
    dict(
        slug="wenku-liuli-plan-buscard-wrapped-glued",
        site="琉璃文档馆 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://doc.liuliwdg.cn/view/2025/05/a81f30c7.html",
        title="鼩川县城乡公交一卡通互联互通实施方案",
        record_title="鼩川县城乡公交一卡通互联互通实施方案.pdf",
        date="2025-04-07",
        notes="PDF text hard-wrapped at 58 columns, page markers ⍥n⍥ glued to the continuation line; 成文日期 in Chinese numerals; file-name record title; preview-limit and reader chrome",
        page="""
!m 琉璃文档馆 | 好文档，慢慢读
!t 鼩川县城乡公交一卡通互联互通实施方案.pdf
!m 格式：PDF　　大小：318KB　　页数：5　　浏览：1290　　入库：昨天
!a ☞ 本预览为转码文本，版式以原文件为准，点右上角领取原件
{BODY}
!a —— 免费预览止于此页，剩余内容请兑换领取码后查看 ——
!l 同主题文档：公交IC卡办理须知 ｜ 城乡公交一体化实施意见 ｜ 智慧公交建设方案
!d 本馆文档源自用户分享，琉璃文档馆只提供存储空间，不对其内容负责。
""",
        indent="\u3000\u3000",
        wrap=58,
        pages=dict(fmt="⍥{n}⍥", every=110, start=2, glue=True),
        body="""
为方便城乡群众出行，推动全县公交卡与全国交通一卡通互联互通，结合我县实际，制定本方案。
一、工作目标。2025年9月底前，全县城区公交、城乡公交和镇村公交车辆全部完成车载读卡终端改造，实现本地公交卡和交通联合卡“一卡通刷”，老年卡、学生卡等优惠卡种同步升级。
二、主要任务。（一）改造读卡终端。县公交公司对现有186台公交车辆的读卡机逐车升级，旧机不能升级的予以更换。（二）升级卡务系统。建设全县公交卡清分结算平台，与省交通一卡通平台对接。（三）优化办卡服务。在县城设立2个公交卡服务网点，在各乡镇便民服务中心设立代办点，群众可就近办卡、充值、补卡。
三、保障措施。县交通运输局牵头，财政、发改、市场监管等部门按职责分工配合，所需资金列入年度预算，改造期间确保乘客正常刷卡乘车。
鼩川县交通运输局
二〇二五年四月七日
""",
    ),
    dict(
        slug="gov-luyang-notice-senior-buscard-index",
        site="蕗阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.luyang.example.gov.cn/xxgk/tzgg/202502/t20250226_88231.html",
        title="关于办理2025年度老年人免费乘车公交卡的通知",
        record_title="关于办理2025年度老年人免费乘车公交卡的通知_公示公告栏_蕗阳县人民政府",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="county portal with an index table (文号 cell neutral), elder-mode and barrier-free links, a 纠错 line and 12345 next to the notice's own 联系人/电话; 附件 list; 成文日期 differs from the portal's 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于办理2025年度老年人免费乘车公交卡的通知_公示公告栏_蕗阳县人民政府</title>
<meta name="SiteName" content="蕗阳县人民政府"><meta name="ColumnName" content="公示公告栏">
<script src="/static/js/jquery.min.js"></script><script src="/static/js/wza.js"></script>
</head><body>
<div class="topbar"><span>⟦m 蕗阳县人民政府门户网站⟧</span><span class="tools"><a href="javascript:;">⟦a 大字护眼版⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a> <a href="/m/">⟦a 掌上蕗阳⟧</a></span></div>
<div class="nav"><ul><li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 办事服务⟧</a></li><li><a href="/hdjl/">⟦m 政民互动⟧</a></li><li><a href="/zjly/">⟦m 走进蕗阳⟧</a></li></ul></div>
<div class="path">⟦m 当前所在：首页 » 政务公开 » 公示公告栏⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：001297610/2025-00419⟧</td><td>⟦m 公开分类：交通运输⟧</td></tr>
<tr><td>⟦m 发布单位：县交通运输局⟧</td><td>⟦m 成文日期：2025-02-24⟧</td></tr>
<tr><td>蕗交发〔2025〕6号</td><td>⟦m 公开日期：2025-02-26⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-tools">⟦a 文字尺寸：加大 还原 减小⟧　⟦a 打印此页⟧　⟦a 关闭本页⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="art-share">⟦l 转发到：微信 微博 QQ空间⟧</div>
</div>
<div class="rel"><h4>⟦l 本栏目其他公告⟧</h4><ul><li>⟦l 县城区公交线路临时调整公告⟧</li><li>⟦l 2025年春运道路运输安全提示⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：蕗阳县人民政府办公室　承办：县政务数据服务中心⟧</p>
<p>⟦m 网站纠错热线：0795-6210012　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码3609270006　赣ICP备05004468号　赣公网安备36092702000113号⟧</p>
</div>
<script>var _paq=window._paq||[];_paq.push(['trackPageView']);</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
根据《蕗阳县老年人优待办法》，年满65周岁的本县户籍老年人可免费乘坐城区公交和城乡公交。现将2025年度老年人免费乘车公交卡办理有关事项通知如下。
一、办理对象。年满65周岁、户籍在本县的老年人；已持卡的老年人须于本年度内办理年审，未年审的卡片将暂停免费乘车功能。
二、办理地点。县城老年人可到县公交公司卡务大厅办理，乡镇老年人可到所在乡镇便民服务中心办理。
三、所需材料。本人身份证原件、近期一寸免冠照片一张；委托他人代办的，另需代办人身份证。
联系人：闻秀梅，电话：0795-6213408。
附件：1.老年人免费乘车公交卡申请表
2.各乡镇受理点地址及电话
蕗阳县交通运输局
2025年2月24日
""",
    ),
    dict(
        slug="gov-zhuiling-bulletin-archive-pocket-table",
        site="骓岭县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.zhuiling.example.gov.cn/zwgk/bmwj/zrzyj/2025/0418/3306.html",
        title="关于2025年第一季度不动产登记档案袋封装质量抽查情况的通报",
        record_title="〔部门通报〕关于2025年第一季度不动产登记档案袋封装质量抽查情况的通报 - 骓岭县人民政府",
        date="2025-04-15",
        date_also=["2025-04-18"],
        notes="portal text page; a data table one row a paragraph with ideographic spaces; 抄送 and 印发 lines; a document number line (neutral); a 纠错 mailbox and a visit count at the bottom; a font row between paragraphs",
        page="""
!m 骓岭县人民政府 · 部门文件
!m 位置：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县自然资源局
!t 〔部门通报〕关于2025年第一季度不动产登记档案袋封装质量抽查情况的通报
!m 发文机构：县自然资源局　　上网时间：2025-04-18　　访问量：367
骓自然资通〔2025〕9号
{BODY}
!a 【打印正文】【关闭】
!l 上一条：县自然资源局2025年政务公开工作要点
!l 下一条：关于开展耕地保护专项巡查的通知
!m 本站纠错邮箱：jiucuo@zhuiling.example.gov.cn　网站标识码5226240019
!m 骓岭县人民政府办公室主办　黔ICP备06002371号
""",
        body="""
各不动产登记服务网点：
为规范不动产登记档案管理，3月下旬，县自然资源局对全县5个登记服务网点的档案袋封装质量进行了随机抽查，共抽查档案袋600袋。现将抽查情况通报如下。
抽查网点　抽查袋数　不合格袋数　主要问题
县政务大厅网点　200　3　袋面编号漏填
驎田镇网点　120　9　封口未盖骑缝章
貆口镇网点　100　2　目录与材料不符
葖坪镇网点　100　11　复印件未加盖核验章
蘡湾乡网点　80　1　袋面字迹潦草
从抽查结果看，多数网点封装规范，但葖坪镇、驎田镇两个网点问题较多。请各网点对照问题逐袋整改，于5月15日前将整改情况书面报县自然资源局。
骓岭县自然资源局
2025年4月15日
抄送：县政府办公室，县档案馆。
骓岭县自然资源局办公室　　2025年4月15日印发
""",
    ),
    dict(
        slug="news-suhu-camcorders-captions-byline",
        site="鹔湖网 (invented, district news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.suhuwang.cn/bendi/2025-05/08/content_119034.html",
        title="鹔湖区融媒体中心新添8台4K摄像机　基层现场直播更清晰",
        record_title="鹔湖区融媒体中心新添8台4K摄像机　基层现场直播更清晰_区内要闻_鹔湖网",
        date="2025-05-08",
        notes="news portal: byline with 发布时间 (the page's date), an app prompt glued before the lead, a photo caption and an ad slot between paragraphs, an editor line glued after the last sentence, a 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鹔湖区融媒体中心新添8台4K摄像机　基层现场直播更清晰_区内要闻_鹔湖网</title>
<script async src="https://ad.suhuwang.cn/slot.js"></script></head>
<body>
<div class="site-top"><a href="/">⟦m 鹔湖网⟧</a><span>⟦m 鹔湖区委宣传部主管　区融媒体中心主办⟧</span><a href="/app">⟦a 装上“看鹔湖”客户端⟧</a></div>
<nav><a href="/">⟦m 首页⟧</a><a href="/bendi/">⟦m 区内要闻⟧</a><a href="/minsheng/">⟦m 民生⟧</a><a href="/shipin/">⟦m 视听⟧</a></nav>
<div class="crumb">⟦m 鹔湖网 ＞ 区内要闻 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-08 10:12　来源：鹔湖区融媒体中心　记者：韦朝晖　通讯员：尚可⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 分享：朋友圈 微博 复制链接⟧</div>
</article>
<aside><h3>⟦l 鹔湖·24小时热读⟧</h3><ol><li>⟦l 鹔湖区今夏首批防汛物资到位⟧</li><li>⟦l 城东菜市场改造完工迎客⟧</li><li>⟦l 区图书馆延长夜间开放时间⟧</li></ol></aside>
<footer><p>⟦d 凡本网注明“来源：鹔湖网”的稿件，转载须经书面授权⟧</p><p>⟦m 新闻热线：0731-8552960　鹔湖网 版权所有　湘ICP备17020995号⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开看鹔湖APP，看现场直播⟧5月7日，鹔湖区融媒体中心新采购的8台4K摄像机正式投入使用，首批设备当天就随记者走进了鼢溪镇的插秧现场。
据介绍，这批摄像机支持4K画质录制和5G回传，单台重量比原来的肩扛式设备轻了一半，记者一个人就能完成拍摄和直播推流。
⟦m 图为记者在鼢溪镇田间调试新摄像机。（摄影：尚可）⟧
“以前下乡拍直播，得带上两个人、一辆车，现在背个包就走了。”中心记者欧阳帆说，新设备还配了防雨罩和稳定器，雨天也能正常拍摄。
⟦m 广告位招租⟧
区融媒体中心负责人介绍，下一步将为每个镇街的通讯员配发便携摄像机，并开展拍摄技能培训，让基层新闻“看得见、看得清”。⟦m （责编：程露　值班：莫远）⟧
""",
    ),
    dict(
        slug="news-qiaoyun-buscard-online-topup-record",
        site="鼩川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.quchuan.example.cn/shehui/2025/0303/44817.shtml",
        title="鼩川学生公交卡开通线上充值",
        date="2025-03-03",
        record_date="2025-03-03",
        notes="record gives title and date; a news page with an app bar, comment count and a 'more from this reporter' list; a sentence telling readers to 关注/下载 is content",
        page="""
!m 鼩川新闻网　社会频道
!a 下载“鼩川通”客户端　看鼩川身边事
{T}
!m 2025-03-03 08:45　鼩川日报　记者 蓝小溪　参与评论(12)
!a 字体 小 中 大
{BODY}
!l 本记者其他报道 >>
!l · 城区新增两条微循环公交线
!l · 春运返程客流高峰已过
!m 鼩川新闻网违法和不良信息举报电话：0736-2219110
!m Copyright © 鼩川新闻网　湘ICP备10004712号
""",
        body="""
本报讯（记者 蓝小溪）3月1日起，鼩川县中小学生持有的学生公交卡可以在手机上充值了。
以前，学生公交卡只能到县公交公司卡务大厅或几个指定网点充值，放学时间网点常常排长队。县公交公司今年升级了卡务系统，家长关注“鼩川公交”公众号，进入“卡片服务”绑定卡号，即可在线充值，充值后在车载读卡机上刷一次卡，金额就会自动写入卡内。
县公交公司卡务中心主任廖建新介绍，学生卡乘车仍享受五折优惠，每月优惠次数由原来的60次增加到80次。卡片丢失的，可在公众号上先挂失，再到网点补办，卡内余额随卡转移。
截至3月2日，已有1300多名家长完成了线上充值。
""",
    ),
    dict(
        slug="forum-fujiang-tripod-carbon-jammer",
        site="蚨江影友社区 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.fujiangyy.com/thread-306177-1-1.html",
        title="碳纤维三脚架用了三年的几点体会",
        record_title="[器材絮语] 碳纤维三脚架用了三年的几点体会 - 器材交流 - 蚨江影友社区",
        date=None,
        notes="Discuz-like photographers' forum: jammer fonts inside the post (lines and glued), a relative post time (no date), a rating row, a signature, a reply box; no date anywhere",
        page="""
<html><head><meta charset="gbk">
<title>[器材絮语] 碳纤维三脚架用了三年的几点体会 - 器材交流 - 蚨江影友社区</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?R3x"></script></head>
<body>
<div id="toptb">⟦m 蚨江影友社区⟧ <a>⟦a 设为主页⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 加入影友⟧</a></div>
<div id="pt">⟦m 影友社区 › 器材交流 › 三脚架与云台⟧</div>
<table id="pid1"><tr>
<td class="pls"><div>⟦m 楼主：江边拍鸟人⟧</div><div>⟦m 帖子 862　精华 3　影币 2140⟧</div></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [器材絮语] 碳纤维三脚架用了三年的几点体会⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看楼主　|　倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 4　影币 +18　收起理由⟧</div>
<div class="sign">⟦m ——拍鸟十年，器材都是身外物——⟧</div>
<div class="po">⟦a 回复 引用 收藏帖子 分享到群⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 登录影友账号后才能发表回帖⟧</div>
<div id="ft">⟦m 蚨江影友社区 ( 闽ICP备15021908号-2 )⟧　⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前年入手了一支四节碳纤维三脚架，到现在拍了三年鸟和风光，说几点自己的体会，给准备买脚架的影友参考。
第一，重量确实是碳纤维最大的好处。同样高度的铝合金脚架我以前背着爬山，走到半路就想扔掉，换了碳纤维后轻了将近一公斤，出门拍片的次数都多了。
第二，稳定性看的是管径和锁紧方式，不光看材料。我这支最粗一节管径28毫米，挂上长焦镜头在风里也不怎么抖。旋钮锁比扳扣锁收放慢一点，但用久了不容易松。
第三，要注意保养。每次在海边或沙地拍完，我都会把脚管拉开用清水冲一遍再晾干，不然沙子进到锁扣里，旋转时会咯吱响。
第四，别在云台上省钱。脚架再好，云台锁不紧也白搭。
以上是个人用法，欢迎大家补充。
""",
    ),
    dict(
        slug="forum-heima-laptop-secondhand-check-junk",
        site="黑马数码论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.heimashuma.net/forum/viewthread-88412.html",
        title="买二手笔记本电脑，这几处一定要验",
        record_title=None,
        date=None,
        notes="no record title: the thread subject line carries a board tag; forum junk as lines and glued after 。; relative times (昨天) are no date; replies below",
        page="""
!m 黑马数码论坛 › 笔记本电脑 › 选购交流
!t 【避坑指南】买二手笔记本电脑，这几处一定要验
!m 主题作者：老猫修机　　发表于 昨天 21:40　　浏览 2309　回复 37
{BODY}
!a 点赞（58）　收藏　举报
!l 沙发　小刀2011：学到了，上周刚被坑过电池
!l 板凳　蓝屏侠：再补一条，看看键盘有没有进过水
!a 游客身份无法回帖，请先登录黑马数码账号
!m 黑马数码论坛　|　手机访问 m.heimashuma.net　|　粤ICP备18063240号
""",
        junk=dict(lines=2, glued=2),
        body="""
在论坛收二手笔记本电脑好几年了，总结几处必须当面验的地方，新手照着查一遍，能少踩不少坑。
一、看外壳和转轴。转轴松动、外壳有裂纹的机器多半摔过，屏幕开合时听听有没有异响。
二、查电池损耗。用系统自带的电池报告看设计容量和实际容量，损耗超过三成的，价格要往下压。
三、测屏幕。打开纯白、纯黑画面各看一分钟，检查有没有坏点、漏光和亮线。
四、试键盘和接口。每个键都按一遍，USB口、耳机口、充电口逐个插一下。
五、核对配置。开机进系统看处理器、内存和硬盘型号，跟卖家说的对不上，直接走人。
最后提醒一句，当面交易尽量选在白天人多的地方，别图便宜买来路不明的机器。
""",
    ),
]
