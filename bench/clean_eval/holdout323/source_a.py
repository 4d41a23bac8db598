"""holdout323, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text throughout (places, people, firms, sites, URLs, phones); see ../README.md and
../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="cuimo-speech-footstool-handout-gb2312",
        site="翠墨范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.cuimo8.com/jianghua/minsheng/2025/0311/52718.html",
        title="在飏川县“一户一凳”适老化改造发放仪式上的讲话",
        record_title="【适老讲话·精编】在飏川县“一户一凳”适老化改造发放仪式上的讲话（换个县名可用）_翠墨范文网",
        date="2025-03-06",
        date_also=["2025-03-11"],
        notes="old table layout with marquee, colour/size row, floating QQ box, hot list and counter; date under the speech title (neutral) differs from the page's date; a ghost-writer prompt glued after a speech paragraph",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【适老讲话·精编】在飏川县“一户一凳”适老化改造发放仪式上的讲话（换个县名可用）_翠墨范文网</title>
<meta name="keywords" content="脚凳,适老化改造,讲话稿,发放仪式">
<link href="/skin/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/skin/js/float.js"></script>
<script language="javascript">function setFont(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#f3efe6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300" class="logo">⟦m 翠墨范文网 · 落笔成章⟧</td>
<td align="right"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';">⟦a 设为首页⟧</a>　<a href="javascript:window.external.addFavorite('http://www.cuimo8.com','翠墨范文网')">⟦a 收藏翠墨⟧</a>　<a href="/member/login.asp">⟦a 会员登录⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/gongwen/">⟦m 公文写作⟧</a></td><td><a href="/zhuchi/">⟦m 主持串词⟧</a></td></tr>
</table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 翠墨范文网今天又更新讲话稿二百余篇，老会员续费八折，投稿请发编辑部信箱⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="690" valign="top">
<div class="weizhi">⟦m 您的位置：<a href="/">翠墨范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 民生讲话⟧</div>
<h1 class="title">{T}</h1>
<div class="info">⟦m 发布日期：2025-03-11　来源：会员投稿　浏览：<span id="hits">1873</span>次⟧</div>
<div class="fontset">⟦a 〔字号：特大 大 中 小〕〔底色：米黄 护眼 素白〕⟧</div>
<div id="zoom">
<p align="center">（2025年3月6日）</p>
<p align="center">县民政局局长　邬恒</p>
{BODY}
</div>
<div class="tool">⟦a 【复制本篇】【另存文档】【打印这页】【告诉好友】⟧</div>
<div class="sxp">⟦l 上一篇：在全县养老服务工作推进会上的讲话⟧<br>⟦l 下一篇：敬老院重阳节慰问活动致辞（两篇）⟧</div>
</td>
<td width="260" valign="top" class="side">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="side_t">⟦l 讲话稿本月排行⟧</td></tr>
<tr><td><a href="/jianghua/1.html">⟦l 1. 民政工作会议局长讲话稿⟧</a></td></tr>
<tr><td><a href="/jianghua/2.html">⟦l 2. 适老化改造项目启动仪式致辞⟧</a></td></tr>
<tr><td><a href="/jianghua/3.html">⟦l 3. 老年协会成立大会讲话⟧</a></td></tr>
</table>
</td></tr></table>
<div id="float_qq" style="position:absolute;right:4px;top:180px;">⟦w 文稿顾问在线　QQ：3307126855⟧</div>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 本站范文由会员分享，仅供写作参考，转载请保留翠墨出处⟧</td></tr>
<tr><td align="center">⟦m Copyright 2012-2025 cuimo8.com 翠墨范文网 晋ICP备12007733号⟧</td></tr>
<tr><td align="center">⟦m 您是翠墨的第 0086412 位访客⟧</td></tr>
</table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们，乡亲们：
今天，我们在禳坪镇敬老院举行“一户一凳”适老化改造发放仪式，把首批1260只防滑脚凳送到全县高龄、独居老人家中。在此，我代表县民政局，向长期关心老年人工作的各界人士表示衷心感谢！
老人上床、进浴室、够高处时，脚下缺一个稳当的落脚点，这是居家跌倒的一大诱因。去年入户评估发现，八十岁以上老人中有四成曾在家中滑倒过。今年我们把脚凳列入民生实事，统一选用宽面防滑、带扶手的款式，每只都做过承重测试。⟦w 讲话稿赶时间？翠墨写手一对一代笔，微信 cuimo_pen27⟧
下面，我提三点要求：一是发放要精准，镇村两级逐户核对名单，不漏一户；二是安装要到位，帮老人摆好位置、教会使用；三是回访要跟上，一个月后逐户回访，发现问题及时更换。
同志们，一只脚凳虽小，却连着老人的安稳日子。希望大家把这件好事办实办好，让老人们在家里走得稳、坐得安！
""",
    ),
    dict(
        slug="wysuisui-insight-nail-file-training-no-title",
        site="文苑拾穗范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wysuisui.com/xinde/peixun/20250519/61402.html",
        title="参加养老护理员修甲护理培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; a ghost-writer WeChat line glued after a sentence; only a relative 收录 stamp; no date",
        page="""
!m 文苑拾穗范文网｜每一篇材料都有来处
!m 首页 ≫ 心得体会 ≫ 培训心得
{T}
!m 作者：佚名　人气：1306　收录：2天前
!a 【整篇复制】【放进书架】【生成Word】
{BODY}
!a 温馨提醒：登录拾穗会员即可把全文另存到本地
!l 相关推荐：养老护理员岗前培训总结 ｜ 护理技能比武心得
!l ← 上一篇：参加失能老人照护培训有感
!l → 下一篇：社区助老志愿服务心得
!d 拾穗所收文章来自网友分享，仅供学习参考，请勿用于商业用途。
!m 文苑拾穗范文网 wysuisui.com 　鄂ICP备19006284号
""",
        indent="\u3000\u3000",
        body="""
四月中旬，我参加了县民政局举办的养老护理员修甲护理培训。三天课程里，老师从老年人指甲的特点讲起，手把手教我们用指甲锉给老人修甲，让我这个干了五年护理的人也觉得收获很大。
过去给老人剪指甲，我习惯一剪到底。老人指甲又厚又脆，剪完常常裂口，还有两次剪伤了皮肤。培训老师说，老年人的厚甲、嵌甲最怕硬剪，应当先泡软，再用粗面指甲锉一点点磨薄，最后换细面锉把边缘修圆。⟦w 心得没思路？拾穗文稿代写，加微信 suisui_wen08⟧
第二天的实操课上，我给一位九十二岁的老奶奶修甲，整整用了二十分钟。修完后她伸手看了又看，说这是几年来头一回没觉得疼。那一刻我明白了，护理工作的分寸就在这些细处。
回到院里，我把学到的方法教给了同班组的四名护理员，还建议院里为每个护理单元配一套专用指甲锉，做到一人一锉、用后消毒。
""",
    ),
    dict(
        slug="shuge-wenku-survey-mothproof-archives-pdf-markers",
        site="书阁文库 (invented, 文库 reader)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shugewk.com/p-8830152617.html",
        title="关于全市档案馆库房防蛀片使用情况的调研报告",
        record_title="关于全市档案馆库房防蛀片使用情况的调研报告.pdf",
        date="2024-10-22",
        notes="file-name record title; a reader with toolbar and month-card lock; page-marker paragraphs ⯜ n ⯝ cut the text; a table one row a paragraph; signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>关于全市档案馆库房防蛀片使用情况的调研报告.pdf - 书阁文库</title>
<link rel="stylesheet" href="https://static.shugewk.com/reader/v3/reader.css">
<script src="https://static.shugewk.com/reader/v3/reader.min.js" defer></script>
<script>window.__DOC__={id:"8830152617",pages:5,free:2};</script>
</head><body class="reader">
<header class="sg-head"><a class="logo" href="/">⟦m 书阁文库⟧</a>
<nav><a href="/c/gongwen">⟦m 公文范本⟧</a><a href="/c/jiaoyu">⟦m 教育资料⟧</a><a href="/c/hangye">⟦m 行业报告⟧</a></nav>
<form class="search"><input type="text" placeholder="搜书阁里的文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 书阁月卡 全站畅读⟧</a></header>
<div class="doc-head"><h1>⟦t 关于全市档案馆库房防蛀片使用情况的调研报告.pdf⟧</h1>
<p class="meta">⟦m 上传者：档案人老穆　上传时间：2024-11-03　共5页　2.1万次阅读⟧</p>
<p class="score">⟦m 评分 4.6 分（38人评价）⟧</p></div>
<div class="toolbar">⟦a 目录　缩略图　放大　缩小　适应宽度　全屏阅读⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="lock">⟦a 剩余3页未读，开通书阁月卡后接着看⟧<br><a class="btn">⟦a 8元开通月卡⟧</a> <a class="btn">⟦a 单篇下载 3.5元⟧</a></div>
<aside class="rec"><h3>⟦l 看过这篇的人还看了⟧</h3><ul>
<li><a href="/p-1.html">⟦l 档案库房温湿度管理制度⟧</a></li>
<li><a href="/p-2.html">⟦l 档案馆防虫防霉工作自查报告⟧</a></li></ul></aside>
<footer>⟦d 书阁文库的文档均由用户上传，如有侵权请提交申诉，我们核实后处理⟧<br>⟦m 书阁文库 shugewk.com 浙ICP备20017392号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⯜ {n} ⯝", every=100, start=2),
        body="""
为了解全市档案馆库房防虫工作现状，今年9月，市档案馆业务指导科对6个县（市、区）档案馆开展了专题调研，重点了解防蛀片的选用、投放和更换情况。现将调研情况报告如下。
一、基本情况
调研的6家档案馆共有库房41间，全部投放了防蛀片，但品种和更换周期差别较大，部分情况如下：
单位　库房数　投放品种　更换周期
飏川县档案馆　8　天然樟木片　6个月
祧山县档案馆　7　含萘防蛀片　12个月
韨湖区档案馆　6　无味防霉防蛀片　6个月
二、存在的问题
一是部分库房仍使用含萘产品，气味刺激，对纸张和人员健康都有隐患；二是更换靠经验、无记录，失效的防蛀片没有及时清出；三是投放位置不统一，有的直接放在档案盒内。
三、建议
全市统一推荐无萘类防蛀片，建立投放更换登记制度，每半年检查一次，防蛀片放在密集架顶层专用盒内，不与案卷接触。
羑城市档案馆业务指导科
2024年10月22日
""",
    ),
    dict(
        slug="huidu-wenku-plan-tablet-stand-wrapped-glued-markers",
        site="慧读文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.huidu-wk.com/view/3a7f90c2e1.html",
        title="羑城市第三小学“平板进课堂”平板支架配备试点方案",
        record_title="羑城市第三小学“平板进课堂”平板支架配备试点方案（4页·可先看2页）- 慧读文库",
        date="2025-02-20",
        notes="wrapped at 60 columns and cut by page markers ⤟n⤠ glued to the continuation line; numbered list; signature date; upload stamp is no date",
        page="""
!m 慧读文库 — 找资料，来慧读
!m 文库首页 / 教育教学 / 学校管理
!t 羑城市第三小学“平板进课堂”平板支架配备试点方案（4页·可先看2页）
!m 上传于：2025-02-24　页数：4　阅读：611
!a 〔阅读器〕 目录 ｜ 单页 ｜ 双页 ｜ 全屏 ｜ 存到本地
{BODY}
!a 预览已到第2页，余下内容需使用慧读下载券查看
!a 1张下载券 马上领
!l 同类文档：智慧课堂设备管理办法　｜　班级平板使用公约
!d 慧读文库内的文档由用户上传，平台不担保其内容完整。
!m 慧读文库 huidu-wk.com 苏ICP备21055913号
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⤟{n}⤠", every=150, start=2, glue=True),
        body="""
为配合“平板进课堂”教学改革，缓解学生长时间低头看平板带来的颈椎和视力问题，学校决定在四、五年级开展平板支架配备试点，特制定本方案。
一、试点范围
四年级3个班、五年级3个班，共计学生258名，每人配备可调角度平板支架一只，另配教师用支架12只。
二、配备要求
支架须为无尖角设计，底座防滑，可在15度至60度之间调节，承重不低于1.5千克，材质符合儿童用品环保要求。
三、使用管理
1.支架由班主任登记编号，课后统一收回教室储物柜；
2.信息课教师每周检查一次支架螺丝和铰链；
3.平板屏幕中心应与学生视线大致平齐，连续使用不超过20分钟。
四、时间安排
3月上旬完成采购和发放，3月至6月试用，6月底由教务处收集师生意见，形成评估报告。
羑城市第三小学
2025年2月20日
""",
    ),
    dict(
        slug="yangchuan-portal-bulletin-mothproof-spotcheck-table",
        site="飏川县人民政府网 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.yangchuan.gov.cn/zwgk/zljd/202504/t20250417_418275.html",
        title="关于2025年第一季度防蛀片产品质量监督抽查情况的通报",
        record_title="关于2025年第一季度防蛀片产品质量监督抽查情况的通报_质量监督_飏川县人民政府网",
        date="2025-04-15",
        date_also=["2025-04-17"],
        notes="county portal with 大字版/读屏 links, an index table whose 文号 cell is unmarked (neutral), spot-check table, the bureau's own contact next to the portal's 纠错 line and 12345; signature date differs from the publish date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="SiteName" content="飏川县人民政府网">
<meta name="ColumnName" content="质量监督">
<title>关于2025年第一季度防蛀片产品质量监督抽查情况的通报_质量监督_飏川县人民政府网</title>
<link rel="stylesheet" href="/images/2023/css/article.css">
<script src="/images/2023/js/jquery.min.js"></script>
<script src="/images/2023/js/aria.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：<span id="today">2025年4月21日 星期一</span>⟧</span>
<a href="javascript:;" id="bigfont">⟦a 大字版⟧</a> <a href="javascript:;" id="aria">⟦a 读屏辅助⟧</a> <a href="/ft/">⟦a 繁體⟧</a> <a href="/en/">⟦a 英文站⟧</a></div>
<div class="header"><div class="logo">⟦m 飏川县人民政府⟧</div>
<form class="search"><input placeholder="请输入关键词"><button>⟦a 站内检索⟧</button></form></div>
<ul class="mainnav"><li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjyc/">⟦m 走进飏川⟧</a></li></ul>
<div class="crumb">⟦m 当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zljd/">质量监督</a>⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11421023MB1H82/2025-00317⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-17⟧</td></tr>
<tr><td>文号：飏市监通〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="art-tool">⟦a 【字体：大 中 小】【打印正文】【关闭本页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div></div>
<div class="share">⟦a 分享至：微信 微博 QQ空间⟧</div>
<div class="correct">⟦m 网站纠错请致电 0719-4420001⟧</div>
<div class="footer">
<p>⟦m 主办单位：飏川县人民政府办公室　承办：飏川县政务服务和大数据管理局⟧</p>
<p>⟦m 政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码 4210230004　鄂ICP备05002218号　鄂公网安备42102302000031号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为保障消费者衣物收纳安全，今年一季度，县市场监管局对全县商超、日用品店和网店销售的防蛀片产品开展了监督抽查，共抽检12家经营单位的18批次产品，合格15批次，不合格3批次。不合格产品情况如下：
产品名称　标称生产单位　不合格项目
薰衣草香型防蛀片　某日化制品厂　对二氯苯含量
樟香衣柜防蛀片　某家居用品公司　标签标识
无味防蛀挂片　某生活用品店（分装）　净含量
对抽查不合格的产品，我局已责令经营单位立即下架，并依法立案调查。请消费者选购防蛀片时注意查看成分和生产信息，发现问题可向我局反映。
联系人：汪素芩　联系电话：0719-4426180
飏川县市场监督管理局
2025年4月15日
""",
    ),
    dict(
        slug="tiaoshan-portal-notice-footstool-wrapped-attachments",
        site="祧山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tiaoshan.gov.cn/zwgk/bmwj/mzj/202505/t20250514_90216.html",
        title="关于为高龄独居老人配发防滑脚凳的通知",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="record title as is; text hard-wrapped at 56 columns; 文号 line neutral; 附件, 抄送 and 印发 lines stay in the body; 发布时间 differs from the signature date",
        page="""
!m 祧山县人民政府门户网站
!m 首页 ＞ 政务公开 ＞ 部门文件 ＞ 县民政局
{T}
祧民发〔2025〕21号
!m 信息来源：县民政局　发布时间：2025-05-14　浏览次数：377
!a 【大 中 小】　【打印这篇】　【关闭】
{BODY}
!l 上一条：关于开展2025年度养老机构等级评定工作的通知
!l 下一条：祧山县民政局2025年政务公开工作要点
!m 主办：祧山县人民政府办公室　网站标识码：4211250017
!m 鄂ICP备05013376号-1　公网安备42112502000118号
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各乡镇人民政府，县直有关单位：
为减少高龄独居老人居家跌倒事故，经县政府同意，今年县民政局为全县80周岁以上独居老人免费配发防滑脚凳，现将有关事项通知如下。
一、配发对象：户籍在本县、年满80周岁且独居的老年人，由村（社区）摸底核实后报乡镇汇总。
二、配发标准：每户一只，脚凳高度不超过20厘米，面板防滑，四脚带橡胶垫。
三、时间安排：5月31日前各乡镇报送名单，6月20日前完成入户发放和使用指导。
四、工作要求：各乡镇要安排专人负责，发放时逐户签字确认，严禁以物代款或挪作他用。
附件：1.高龄独居老人脚凳配发名单汇总表
2.脚凳入户发放签收单
祧山县民政局
2025年5月12日
抄送：县政府办公室，县财政局。
祧山县民政局办公室　2025年5月12日印发
""",
    ),
    dict(
        slug="yangchuan-news-hairband-workshops-app-prompt",
        site="飏川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ycnews.com.cn/xczx/2025-06/09/content_77216.html",
        title="禳坪镇发箍加工点开到家门口　留守妇女月增收两千元",
        record_title="〖乡村振兴〗禳坪镇发箍加工点开到家门口　留守妇女月增收两千元-飏川新闻网",
        record_date="2025-06-09",
        date="2025-06-09",
        notes="record date; an app prompt glued before the lead, a photo caption between paragraphs, editor line glued after the last sentence; listen button, ad slot and a 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖乡村振兴〗禳坪镇发箍加工点开到家门口　留守妇女月增收两千元-飏川新闻网</title>
<meta name="description" content="禳坪镇羝头村的发箍加工点带动留守妇女就近就业。">
<link rel="stylesheet" href="//res.ycnews.com.cn/css/detail.css">
<script src="//res.ycnews.com.cn/js/tts-player.js"></script>
</head><body>
<div class="top-links"><a href="/">⟦m 飏川新闻网⟧</a> <span>⟦m 飏川县融媒体中心主办⟧</span> <a href="/app">⟦a 扫码装客户端⟧</a></div>
<nav class="channel"><a href="/szyw/">⟦m 时政要闻⟧</a><a href="/xczx/">⟦m 乡村振兴⟧</a><a href="/msgz/">⟦m 民生关注⟧</a><a href="/spxw/">⟦m 视频新闻⟧</a></nav>
<div class="pos">⟦m 飏川新闻网 › 乡村振兴 › 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-09 08:47　来源：飏川日报　记者：柯渝冰⟧</div>
<div class="listen"><button>⟦a ▶ 收听本文（约2分钟）⟧</button></div>
<div class="content">
{BODY}
</div>
</article>
<div class="ad-slot" data-id="art-bottom">⟦m 广告　禳坪米粉节 6月18日 等你来尝⟧</div>
<aside><h3>⟦l 24小时热文⟧</h3><ol>
<li><a>⟦l 县城区新增两处夜市停车点⟧</a></li>
<li><a>⟦l 飖河沿岸步道6月底全线贯通⟧</a></li>
<li><a>⟦l 高考期间这些路段临时交通管制⟧</a></li></ol></aside>
<footer><p>⟦d 本网原创稿件未经授权不得转载，违者追究法律责任⟧</p><p>⟦m 互联网新闻信息服务许可证 42120230018　鄂ICP备18026631号⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开“飏川头条”APP，本地新闻抢先看⟧本网讯　6月上旬，禳坪镇羝头村的发箍加工点里，十几位妇女正围坐在长桌前，给塑料发箍缠布、粘珠、装盒。
这个加工点由镇妇联牵线，一家饰品企业在村里设立，企业送料上门，村里提供场地，妇女们按件计酬。“孩子上学去了，我就来缠发箍，一天能缠两百多个。”村民郑秋岚说。
⟦m 图为羝头村妇女在加工点缠制布艺发箍。通讯员 叶藜 摄⟧
目前，全镇已建成5个发箍加工点，带动186名留守妇女就近就业，人均月增收两千元左右。镇里还计划开设网店，把本地手工发箍直接卖给消费者。⟦m 编辑：钟晚　审核：祁一舟⟧
""",
    ),
    dict(
        slug="tiaoshan-online-news-tablet-stands-ward",
        site="祧山在线 (invented news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tiaoshan-online.cn/minsheng/2025/0116/30518.shtml",
        title="县人民医院病床配上平板支架　住院老人“面对面”视频见家人",
        record_title="「民生快递」县人民医院病床配上平板支架　住院老人“面对面”视频见家人 - 祧山在线",
        date="2025-01-16",
        notes="the byline's 发布时间 is the page's date; a related-news line between paragraphs; editor line and a 24-hour list after the body",
        page="""
!m 祧山在线 — 本地新闻门户
!m 首页 | 时政 | 民生 | 乡镇 | 视频 | 专题
!m 当前：民生 > 正文
!t 「民生快递」县人民医院病床配上平板支架　住院老人“面对面”视频见家人
!m 发布时间：2025-01-16 10:22　来源：祧山在线　作者：覃苇
!a 字体：大 中 小　｜　分享到：微信 微博 QQ空间
{BODY}
!m （责任编辑：邝晓禾）
!l 【24小时热点】
!l 1. 县城区新增3条公交线路
!l 2. 禳坪镇年货集市下周开市
!l 3. 寒潮来袭，这份取暖安全提示请收好
!d 凡注明“来源：祧山在线”的作品，版权均属本网所有，未经授权不得转载。
!m 祧山在线 www.tiaoshan-online.cn 　新闻热线：0719-5228110
""",
        gap=True,
        body="""
近日，祧山县人民医院老年病科的42张病床都配上了可夹在床栏上的平板支架。行动不便的住院老人躺在床上，就能和在外地工作的子女视频通话。
“以前要护士帮忙举着手机，举不了几分钟。”78岁的住院患者陶梅英说，现在支架一夹、角度一调，她每天晚上都能和在深圳的孙子说上一会儿话。
⟦l 相关新闻：县人民医院开通老年患者就医绿色通道⟧
科室护士长侯晴介绍，这批平板支架由爱心企业捐赠，支架臂可弯折，夹口加了软垫，不会划伤床栏。科室还准备了两台公用平板，没有智能设备的老人也可预约使用。
下一步，医院计划在康复科、肿瘤科推广这一做法。
""",
    ),
    dict(
        slug="xianshou-forum-nail-files-compared-jammer",
        site="纤手生活论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xianshou.net/thread-220417-1-1.html",
        title="玻璃指甲锉和金属指甲锉用了半年的对比",
        record_title="[用后感] 玻璃指甲锉和金属指甲锉用了半年的对比（附踩坑记录）- 美甲护理 - 纤手生活论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts glued after sentences and on a line; author cell, rating row and signature; only a relative post time; no date",
        page="""
<html><head><meta charset="gbk">
<title>[用后感] 玻璃指甲锉和金属指甲锉用了半年的对比（附踩坑记录）- 美甲护理 - 纤手生活论坛</title>
<link rel="stylesheet" type="text/css" href="data/cache/style_2_common.css?Xk3">
<script src="static/js/common.js?Xk3" type="text/javascript"></script>
<style>.jammer{color:#fff;font-size:0px}</style>
</head><body>
<div id="toptb">⟦m 纤手生活论坛⟧　<a href="member.php?mod=register">⟦a 注册纤手账号⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a></div>
<div id="pt">⟦m 纤手生活论坛 › 美妆个护 › 美甲护理 › 帖子⟧</div>
<div class="pgs">⟦m 查看: 2416 | 回复: 38⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 小满不是满⟧</div><p>⟦m 帖子 211　积分 1580　纤手币 93⟧</p><p>⟦m 勋章：美甲达人⟧</p></td>
<td class="plc">
<h1 class="ts">⟦t [用后感] 玻璃指甲锉和金属指甲锉用了半年的对比（附踩坑记录）⟧</h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_5530921">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分 参与人数 6　纤手币 +18　理由：实用⟧</div>
<div class="sign">⟦m 签名：指甲短一点，生活简单一点～⟧</div>
<div class="po">⟦a 点赞 收藏本帖 分享 举报⟧</div>
</td></tr></table>
<div class="pgbtn">⟦l 下一帖：日式美甲店选哪家？禳明路三家实测⟧</div>
<div id="f_pst">⟦a 回帖前请先登录纤手账号⟧</div>
<div id="ft">⟦m 纤手生活论坛 ( 鄂ICP备21009938号 )　Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里常备两把指甲锉，一把是十几块的金属锉，一把是去年买的玻璃锉，都用了半年，说说感受。
金属锉磨得快，但颗粒粗，锉完指甲边缘毛毛的，容易勾丝袜。我指甲偏薄，用它锉过两次就分层了。
玻璃锉一开始觉得贵，用下来确实细腻。锉完边缘很光滑，而且用水一冲就干净。缺点是怕摔，上个月掉地上崩了一个角。
建议指甲薄、容易裂的姐妹选玻璃锉；指甲厚、只想快速修短的，金属锉也够用。不管哪种，都只往一个方向锉，别来回拉锯。
""",
    ),
    dict(
        slug="qiaoshoufang-forum-hairband-tutorial-no-title-junk",
        site="巧手坊手工论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.qiaoshoufang.net/thread-90231-1-1.html",
        title="旧丝巾改布艺发箍，十分钟搞定",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject carries 【教程】 and a poster's aside; forum junk as lines and glued after sentences; post time 昨天 is no date",
        page="""
!m 巧手坊手工论坛 › 布艺改造 › 帖子详情
!t 【教程】旧丝巾改布艺发箍，十分钟搞定（新手友好）
!m 楼主：线团儿　|　发表于 昨天 21:36　|　只看楼主
{BODY}
!a 觉得有用就点一下　有用(56)　收藏(31)
!l 沙发 桃子酱：收藏了，周末试试！
!l 板凳 木木夕：楼主的丝巾在哪儿买的？
!a 登录巧手坊后才能参与回复
!m 巧手坊手工论坛 qiaoshoufang.net　粤ICP备20047713号
""",
        junk=dict(lines=2, glued=2),
        body="""
家里有好几条不戴的旧丝巾，扔了可惜。改成发箍刚刚好，分享一下我的做法。
材料：旧丝巾一条，宽1.5厘米左右的塑料发箍一个，热熔胶枪，剪刀。
步骤一：把丝巾斜着剪成宽约4厘米的长条。两边往里折，用熨斗压平。
步骤二：在发箍一端点一点热熔胶，把布条头粘住，然后斜着一圈一圈往另一端缠，每缠几圈点一下胶。
步骤三：缠到头以后剪掉多余的布，把布头塞到发箍内侧粘牢。
热熔胶很烫，带孩子一起做的时候一定由大人操作胶枪。
""",
    ),
]
