"""holdout358, part A: 范文 sites, 文库 previews, county portals, news portals, forums.

Invented text, written by hand for this part (see ../README.md and ../build.py for the markup).
"""

CASES = [
    # ------------------------------------------------------------------ 范文站 (HTML, gb2312 table layout)
    dict(
        slug="fanwen-hongjian-speech-balance-board-kindergarten",
        site="鸿笺范文网 (invented, old ASP table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.hongjian88.net/jianghua/jiaoyu/2025/0506/41873.html",
        title="在全县幼儿园平衡板体能游戏推广现场会上的讲话",
        record_title="【园长会发言】在全县幼儿园平衡板体能游戏推广现场会上的讲话（整理稿）_鸿笺范文网",
        date="2025-04-17",
        date_also=["2025-05-06"],
        notes="gb2312 table layout with a marquee, a font-size row, a floating ghost-writer QQ box and a visitor counter; "
        "date under the speech title, the page's posting date also accepted; speaker line neutral",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【园长会发言】在全县幼儿园平衡板体能游戏推广现场会上的讲话（整理稿）_鸿笺范文网</title>
<meta name="keywords" content="平衡板,幼儿园,体能游戏,讲话稿">
<link href="/skin/hj/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/zoom.js"></script>
<script language="javascript">function setZoom(n){document.getElementById('artbody').style.fontSize=n+'px';}</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#f3efe6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="260" class="logo"><a href="/">⟦m 鸿笺范文网⟧</a></td>
<td class="slogan">⟦m 案头一纸笺，落笔有章法⟧</td>
<td align="right" class="toplink"><a href="/user/login.asp">⟦a 会员登录⟧</a>&nbsp;&nbsp;<a href="/user/reg.asp">⟦a 免费注册会员⟧</a>&nbsp;&nbsp;<a href="javascript:addfav()">⟦a 收藏鸿笺⟧</a></td>
</tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
<tr><td><a href="/">⟦m 网站首页⟧</a>　<a href="/jianghua/">⟦m 讲话发言⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/fangan/">⟦m 计划方案⟧</a>　<a href="/xinde/">⟦m 学习心得⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 温馨提醒：鸿笺所收讲话稿只作行文借鉴，引用时请换成本单位的实际数据。⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td class="pos">⟦m 所在栏目：鸿笺范文网 → 讲话发言 → 教育系统讲话⟧</td></tr>
<tr><td align="center" class="arttitle"><h1>{T}</h1></td></tr>
<tr><td align="center" class="artinfo">⟦m 录入：墨痕　　发布时间：2025-05-06 10:22:41　　人气：<script src="/count.asp?id=41873"></script>1836⟧</td></tr>
<tr><td align="center">⟦a 〔正文字号：放大／还原／缩小〕⟧</td></tr>
<tr><td id="artbody" class="artbody">
<p align="center">（2025年4月17日）</p>
<p align="center">县教育局党组成员、副局长　邵启明</p>
{BODY}
</td></tr>
<tr><td>⟦a 〖下载本篇WORD〗⟧　⟦a 〖发给朋友〗⟧　⟦a 〖报告错字〗⟧</td></tr>
<tr><td>⟦l ◇上一篇：在幼儿园安全工作例会上的讲话⟧<br>⟦l ◇下一篇：学前教育宣传月启动仪式主持词⟧</td></tr>
</table>
</td>
<td width="10"></td>
<td width="250" valign="top" class="side">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td class="sidetitle">⟦l 本栏阅读排行⟧</td></tr>
<tr><td>⟦l 1. 在全县教育工作会议上的总结讲话⟧</td></tr>
<tr><td>⟦l 2. 幼儿园园长培训班开班动员讲话⟧</td></tr>
<tr><td>⟦l 3. 在户外两小时活动观摩会上的点评⟧</td></tr>
</table>
</td>
</tr>
</table>
<div id="floatqq" style="position:absolute;right:8px;top:220px;width:118px;">⟦w 鸿笺笔友在线代笔 QQ：2867 4410⟧</div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">⟦m 关于鸿笺 | 投稿须知 | 广告合作 | 联系站长⟧</td></tr>
<tr><td align="center">⟦m 鸿笺范文网 版权所有 2008-2025　皖ICP备08017735号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0086421 位来宾⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
今天我们在笋溪镇中心幼儿园召开现场会，大家刚才观摩了大班孩子的平衡板游戏。孩子们在微微晃动的木板上走、停、转身，脸上没有害怕，只有专注。这说明，只要器材合适、组织得当，平衡板完全可以成为幼儿体能活动的好帮手。
一、看清平衡板游戏的价值。平衡能力是幼儿动作发展的基础，和跑、跳、攀爬乃至注意力都有关系。去年全县有14所幼儿园先行试点，一个学期下来，大班幼儿单脚站立的时间平均延长了6秒。
二、守住安全这条底线。平衡板下方必须铺设软垫，板面离地不超过15厘米，一块板同一时间只允许一名幼儿站立，教师要站在伸手可及的位置。⟦a 〖收藏本段〗⟧器材每周检查一次，板面开裂、边角起毛的要立即停用。
⟦w 讲话稿赶时间？鸿笺笔友当天成稿，加QQ 2867 4410⟧
三、把游戏做出花样。各园要结合绘本故事、音乐节奏和民间游戏编排玩法，不要把平衡板练成机械的站桩训练，更不能搞达标比赛。
同志们，孩子的成长不能等。希望各园以这次现场会为起点，让每一块平衡板都用得安全、玩得开心。
""",
    ),
    # ------------------------------------------------------------------ 范文站 (text)
    dict(
        slug="fanwen-shisui-insight-seam-ripper-volunteers",
        site="拾穗公文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shisuigw.cn/xinde/zhiyuan/73360.html",
        title="参加社区缝补志愿者培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record (found in the page's title line after a tag line); an update stamp with a relative "
        "time is no date; ghost-writer line between paragraphs, copy button glued after a sentence",
        page="""
!m 拾穗公文库 · 一字一句皆功夫
!m 当前所在：拾穗公文库 ＞ 心得体会 ＞ 志愿服务类
!l 标签：缝补　志愿者　技能培训
{T}
!m 投稿人：青禾　　更新于 3 天前　　浏览 1,287 次
!a 〔加入我的收藏〕〔生成Word〕〔我要纠错〕
{BODY}
!a 本篇全文共2页，轻点“展开余下内容”继续阅读
!l 同类推荐
!l ▸ 社区志愿者年度服务心得（三篇合集）
!l ▸ 参加裁剪技能培训的收获与感悟
!l ▸ 老年大学服装班学员结业感言
!d 拾穗公文库内容由用户投稿，仅作写作参考；若有侵权，请致信 jubao@shisuigw.cn 处理。
!m ©2019—2025 shisuigw.cn　苏ICP备19047720号-3
""",
        indent="\u3000\u3000",
        body="""
上个月，我报名参加了郡园社区组织的缝补志愿者培训，一共四个晚上，教我们的是在旺亭路开了三十年裁缝铺的柴师傅。培训结束，我最大的收获不是学会了几种针法，而是重新认识了一个“拆”字。
第一晚，柴师傅没让我们拿针，先给每人发了一把拆线器。他说，补衣服先得会拆，旧线头挑不干净，新线就走不直。⟦a ［复制这段话］⟧我这才知道，拆线器上那个小红球是用来护布的，挑线时要让红球一侧贴着布面往前推。
⟦w 心得体会写不出来？私信小编代笔，微信 shisui_0571⟧
后面几次课，我们学了锁边、缲边和换拉链。练习换拉链时我性子急，一下子把布挑破了一个小口，柴师傅接过去补了几针，几乎看不出痕迹。他说，手上慢一点，心里就稳一点。
这次培训让我明白，志愿服务不是凭热情就能做好的，得有真本事。今后每月第二个周六，我都会到社区缝补站值班，把学到的手艺用在老人们的旧衣服上。
""",
    ),
    # ------------------------------------------------------------------ 文库预览 (HTML, marker paragraphs)
    dict(
        slug="wenku-zhiye-research-shoe-buckle-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewenku.com/view/5b7e21c90a4f.html",
        title="关于全市童鞋鞋扣牢固性情况的调研报告",
        record_title="【质检调研】关于全市童鞋鞋扣牢固性情况的调研报告（完整版·可直接编辑） - 知页文库",
        date="2025-03-28",
        notes="文库 reader: marker paragraphs ⭇n⭈ cut sentences; upload stamp is no date; the 成文日期 under the signature; "
        "monthly-card pay box and viewer toolbar",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【质检调研】关于全市童鞋鞋扣牢固性情况的调研报告（完整版·可直接编辑） - 知页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.zhiyewenku.com/reader/v3/reader.css">
<script src="https://static.zhiyewenku.com/reader/v3/reader.min.js"></script>
</head>
<body class="reader">
<header class="zy-top">
<a class="zy-logo" href="/">⟦m 知页文库⟧</a>
<nav><a href="/cat/hangye">⟦m 行业资料⟧</a> <a href="/cat/gongwen">⟦m 公文写作⟧</a> <a href="/cat/jiaoyu">⟦m 教育专区⟧</a></nav>
<form class="zy-search"><input type="text" placeholder="搜一搜你要的文档"><button>⟦a 搜文档⟧</button></form>
<a class="zy-vip" href="/pay/month">⟦a 月卡会员 低至每天3毛⟧</a>
</header>
<main class="zy-main">
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：质检小喇叭　　上传于 2025-04-02　　共 4 页　　阅读 2,066 次⟧</div>
<div class="doc-tools">⟦a 全屏阅读⟧ ⟦a 页面缩放 100%⟧ ⟦a 加入书架⟧ ⟦a 举报此文档⟧</div>
</div>
<div class="doc-body" id="reader">
{BODY}
</div>
<div class="doc-lock">
<p>⟦a 试看已到第4页，余下内容开通月卡后阅读⟧</p>
<p><button>⟦a 开通月卡 ¥9.9 全站畅读⟧</button> <button>⟦a 单篇购买 3 知币⟧</button></p>
</div>
<section class="doc-rel"><h3>⟦l 读过这篇的人还在看⟧</h3>
<ul><li>⟦l 儿童鞋类产品质量抽查实施细则（2024版）⟧</li><li>⟦l 鞋类配件拉力测试操作规程⟧</li><li>⟦l 童鞋行业发展现状分析报告⟧</li></ul></section>
</main>
<footer class="zy-foot">
<p>⟦d 知页文库文档均由网友上传，知页仅作信息存储，不对内容的准确性负责。⟧</p>
<p>⟦m ©2025 知页文库 zhiyewenku.com　沪ICP备21086334号-2⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p class="rd-p">{}</p>',
        pages=dict(fmt="⭇{n}⭈", every=150, start=2),
        body="""
为了解全市童鞋鞋扣的质量状况，今年2月至3月，我们对株湾区、醇溪县、蒙川县的12家童鞋生产企业和26家销售门店开展了专题调研，共抽取样品84双，对鞋扣的拉脱力、边缘锐利度和镀层情况进行了测试。
一、基本情况
84双样品中，使用金属按扣的31双，塑料插扣的29双，魔术贴加装饰扣的24双。拉脱力测试合格78双，合格率92.9%；不合格的6双全部是装饰扣，最小拉脱力仅为38牛，一个三岁孩子用手指就能抠下来。
二、存在的问题
一是部分企业把装饰扣当作可有可无的配件，没有纳入出厂检验；二是个别小作坊用回收塑料制作插扣，天冷时容易脆裂；三是门店销售人员不了解鞋扣风险，无法向家长作出提示。
三、对策建议
建议市场监管部门将童鞋鞋扣纳入年度抽检计划，鞋业商会组织企业开展鞋扣牢固度比对试验，生产企业在吊牌上标注鞋扣类型和使用提示，门店在醒目位置张贴选购提醒。
衔州市鞋业质量检测中心
2025年3月28日
""",
    ),
    # ------------------------------------------------------------------ 文库预览 (text, wrapped, glued markers)
    dict(
        slug="wenku-mange-plan-blotting-paper-wrapped-markers",
        site="满格文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.mangewd.com/p/20250512/938471.html",
        title="醇溪县餐饮门店厨房吸油纸规范使用实施方案",
        record_title="醇溪县餐饮门店厨房吸油纸规范使用实施方案.pdf",
        date="2025-05-09",
        notes="file-name title; text extracted from a PDF preview, hard-wrapped at 62 columns and cut by ⪤n⪤ markers glued "
        "to the continuation line; upload stamp no date; 成文日期 under the signature",
        page="""
!m 满格文档 · mangewd.com
!m 文档分类：行业资料 ＞ 食品安全 ＞ 餐饮服务
{T}
!m 页数：3　　大小：186KB　　格式：PDF　　上传者：mg_19883　　上传时间：2025-05-12
!a 【预览模式】【纯文本模式】【下载原文·需8下载券】
{BODY}
!a ～～ 免费预览到此为止，剩余1页请下载后阅读 ～～
!a 立即下载（8下载券）　　存到我的文件夹
!d 本资料由用户自行上传，满格文档只提供存储与预览，不保证内容完整无误。
!l 你可能还想看：餐饮服务食品安全操作规范要点 ｜ 食品接触用纸制品抽样细则
!m 满格文档客服热线 400-860-3172（工作日9:00—18:00）
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⪤{n}⪤", every=150, start=2, glue=True),
        body="""
为规范餐饮门店厨房吸油纸的使用，防止非食品用纸接触食品，根据食品安全有关规定，结合我县实际，制定本方案。
一、工作目标
到2025年10月底，全县餐饮门店厨房使用的吸油纸全部带有食品接触用标识，学校食堂、养老机构食堂和中央厨房实现购进查验全覆盖。
二、主要任务
（一）摸清底数。各市场监管所对辖区餐饮门店吸油纸的来源、品牌和用途逐户登记，6月底前报县局食品经营科。
（二）规范采购。餐饮门店应当从正规渠道购进吸油纸，留存供货商资质和产品检验报告，不得用餐巾纸、复印纸代替吸油纸接触油炸食品。
（三）开展抽检。县局安排专项抽检60批次，重点检测荧光性物质和铅、砷含量，抽检结果向社会公开。
三、工作要求
各所要把吸油纸规范使用纳入日常检查内容，发现问题及时督促整改，拒不整改的依法查处。
醇溪县市场监督管理局
2025年5月9日
""",
    ),
    # ------------------------------------------------------------------ 政府门户 (HTML)
    dict(
        slug="gov-chunxi-notice-blotting-paper-spot-check",
        site="醇溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chunxi.gov.cn/art/2025/6/5/art_1229_381702.html",
        title="关于开展吸油纸等食品接触用纸制品专项抽检的通知",
        record_title="【抽检部署】关于开展吸油纸等食品接触用纸制品专项抽检的通知·醇溪县政务网",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="county portal: 索引号 table (文号 cell unmarked, neutral), elders'/screen-reader links, attachment download link "
        "beside the 附件 list, the bureau's own 联系人/电话 beside 12345 and an error-report line, 抄送 and 印发 lines, "
        "a data table; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【抽检部署】关于开展吸油纸等食品接触用纸制品专项抽检的通知·醇溪县政务网</title>
<meta name="SiteName" content="醇溪县人民政府">
<meta name="ArticleTitle" content="关于开展吸油纸等食品接触用纸制品专项抽检的通知">
<link rel="stylesheet" href="/css/portal2023.css">
<script src="/js/jquery.min.js"></script>
<script>var _maq = window._maq || []; _maq.push(['_setAccount', 'cx-gov']);</script>
</head>
<body>
<div class="gov-bar">
<span>⟦m 今天是：<span id="today"></span>⟧</span>
<a href="javascript:;" id="oldMode">⟦a 银发大字模式⟧</a>
<a href="javascript:;" id="readScreen">⟦a 读屏辅助⟧</a>
<a href="/wza/">⟦a 视障辅助入口⟧</a>
</div>
<div class="gov-head"><a href="/">⟦m 醇溪县人民政府⟧</a><span>⟦m www.chunxi.gov.cn⟧</span></div>
<ul class="gov-nav"><li>⟦m 政府首页⟧</li><li>⟦m 走进醇溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="gov-crumb">⟦m 现在的位置：首页 ＞ 政务公开 ＞ 部门信息 ＞ 县市场监管局⟧</div>
<table class="gov-index">
<tr><td>⟦m 信息索引号：11330421MB1804276X/2025-00413⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文机构：醇溪县市场监督管理局⟧</td><td>醇市监〔2025〕27号</td></tr>
<tr><td>⟦m 公开日期：2025-06-05⟧</td><td>⟦m 有效状态：有效⟧</td></tr>
</table>
<div class="gov-article">
<h1>{T}</h1>
<div class="gov-info">⟦m 来源：县市场监管局　　浏览次数：<span id="hits">318</span>⟧　⟦a 字号 〔大〕〔中〕〔小〕⟧</div>
<div class="gov-content">
{BODY}
</div>
<div class="gov-files"><a href="/module/download/downfile.jsp?classid=0&amp;filename=a8f1.xlsx">⟦a 下载附件：醇市监〔2025〕27号附件.zip⟧</a></div>
<div class="gov-share">⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="gov-qr">⟦a 扫描右侧二维码，用手机接着读⟧</div>
<div class="gov-tools"><a href="javascript:window.print()">⟦a 〖打印本文〗⟧</a> <a href="javascript:window.close()">⟦a 〖关闭本页〗⟧</a></div>
</div>
<div class="gov-related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 醇溪县2025年食品安全抽检计划公示⟧</p><p>⟦l 县市场监管局开展校园周边食品安全检查⟧</p></div>
<div class="gov-foot">
<p>⟦m 主办单位：醇溪县人民政府办公室　运行维护：醇溪县大数据发展中心⟧</p>
<p>⟦m 政务服务便民热线：12345⟧　⟦m 网页纠错电话：0573-6621 0000⟧</p>
<p>⟦m 网站标识码：3304210019　浙ICP备05019732号-1　浙公网安备 33042102000118号⟧</p>
</div>
</body>
</html>
""",
        body="""
各市场监管所，局机关各科室：
为加强食品接触用纸制品质量安全监管，经局党组研究，6月至8月在全县开展吸油纸、烘焙纸、餐垫纸等食品接触用纸制品专项抽检。现将有关事项通知如下。
一、抽检范围。全县生产、批发和零售环节的食品接触用纸制品，以及餐饮单位正在使用的吸油纸。
二、抽检数量。共抽检80批次，其中吸油纸不少于30批次，各所任务如下：
市场监管所　吸油纸　其他纸制品
笋溪所　10批次　16批次
陡岭所　8批次　14批次
炎口所　12批次　20批次
三、检测项目。荧光性物质、铅、砷、脱色试验和微生物指标，判定依据见附件2。
四、工作要求。各所要如实填写抽样单，不得事先告知被抽检单位；发现不合格产品的，要在24小时内控制并上报。
联系人：食品生产科　阮秀芝，电话：0573-6621 4078。
附件：1.各市场监管所抽检任务分配表
2.食品接触用纸制品检测项目及判定依据
醇溪县市场监督管理局
2025年6月3日
抄送：县食品安全委员会办公室。
醇溪县市场监督管理局办公室　2025年6月3日印发
""",
    ),
    # ------------------------------------------------------------------ 政府门户 (text, hard-wrapped)
    dict(
        slug="gov-mengchuan-bulletin-shoe-buckle-wrapped",
        site="蒙川县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.mengchuan.gov.cn/zwgk/tzgg/202504/t20250423_88412.html",
        title="关于2025年第一季度童鞋鞋扣牢固度监督抽查情况的通报",
        date="2025-04-21",
        date_also=["2025-04-23"],
        notes="record title as is; a portal's text copy hard-wrapped at 64 columns; 文号 line neutral; posting date differs "
        "from the 成文日期; 附件 line",
        page="""
!m 蒙川县人民政府网　｜　政务公开
!m 位置：首页 ＞ 政务公开 ＞ 通知公告
{T}
!m 信息来源：县市场监督管理局　　发布时间：2025-04-23　　点击：207
!a 字体：放大　还原　缩小　　｜　　打印此页　　｜　　关闭窗口
蒙市监通〔2025〕6号
{BODY}
!a 【我要纠错】　【收藏本页】
!l 上一条：蒙川县2025年春季农资打假专项行动方案
!l 下一条：关于公布县级消费维权服务站名单的公告
!m 蒙川县人民政府办公室主办　　技术支持：蒙川县信息中心
!m 网站识别码 3305220004　　浙ICP备11032087号
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
各市场监管所，各有关企业：
今年第一季度，我局对全县生产和销售的童鞋开展了鞋扣牢固度监督抽查，共抽查产品46批次，合格41批次，不合格5批次，合格率89.1%。现将有关情况通报如下。
一、不合格情况。5批次不合格产品均为鞋扣拉脱力不达标，其中3批次为凉鞋装饰扣，2批次为学步鞋金属按扣，最低拉脱力仅为42牛，存在被幼儿误吞的风险。
二、处理情况。对不合格产品的生产和销售单位，我局已责令立即停止销售、召回已售产品，并依法立案调查。
三、下一步要求。各生产企业要把鞋扣纳入原辅料进货检验和出厂检验，销售单位要严格查验合格证明，发现问题及时报告。
附件：童鞋鞋扣牢固度监督抽查不合格产品名单
蒙川县市场监督管理局
2025年4月21日
""",
    ),
    # ------------------------------------------------------------------ 新闻门户 (HTML, title missing)
    dict(
        slug="news-xianzhou-balance-board-elderly-class",
        site="衔州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xianzhounews.cn/shehui/2025-03/14/content_2291407.htm",
        title="蒙川县郡园社区开设老年人平衡板防跌倒课堂",
        record_title=None,
        date="2025-03-14",
        notes="no title in the record (the <h1>); byline 发布时间 as the page's date; a client prompt before the lead's first "
        "words, a photo caption between paragraphs, an editor line glued after the last sentence; 24-hour list and ad slot",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>蒙川县郡园社区开设老年人平衡板防跌倒课堂_衔州新闻网</title>
<meta name="description" content="郡园社区联合县人民医院开设平衡板防跌倒课堂">
<link rel="stylesheet" href="//img.xianzhounews.cn/css/article_2024.css">
<script src="//img.xianzhounews.cn/js/ad_loader.js"></script>
</head>
<body>
<div class="xz-top"><span>⟦m 衔州新闻网⟧</span><span>⟦m 衔州市委宣传部主管　衔州日报社主办⟧</span><a href="/app/">⟦a 下载衔州新闻客户端⟧</a></div>
<div class="xz-nav">⟦m 要闻⟧ ⟦m 时政⟧ ⟦m 社会⟧ ⟦m 县区⟧ ⟦m 民生⟧ ⟦m 视频⟧</div>
<div class="xz-crumb">⟦m 衔州新闻网 > 社会 > 正文⟧</div>
<div class="xz-article">
<h1>{T}</h1>
<div class="xz-byline">⟦m 发布时间：2025-03-14 09:36　　来源：衔州日报　　记者 顾一鸣　通讯员 柏小禾⟧</div>
<div class="xz-listen"><button>⟦a ▶ 听全文 约3分钟⟧</button></div>
<div class="xz-body">
{BODY}
</div>
<div class="xz-share">⟦l 转发到：朋友圈　微博　复制链接⟧</div>
</div>
<div class="xz-ad" id="ad_art_bottom">⟦m 广告　蒙川·暖阳颐养中心 床位预约中⟧</div>
<div class="xz-side"><h3>⟦l 24小时点击榜⟧</h3>
<ol><li>⟦l 衔州至藩原城际公交下月开通⟧</li><li>⟦l 株湾区新增三处口袋公园⟧</li><li>⟦l 醇溪县春茶开采比往年早一周⟧</li></ol></div>
<div class="xz-foot"><p>⟦d 凡注明“来源：衔州日报”的稿件，未经书面授权不得转载。⟧</p>
<p>⟦m 互联网新闻信息服务许可证 33120230017　浙ICP备09021145号⟧</p></div>
</body>
</html>
""",
        body="""
⟦a 打开衔州新闻客户端，看更多社区新闻⟧本报讯　3月13日上午，蒙川县郡园社区老年活动中心里笑声不断，20多位老人踩在平衡板上，跟着康复治疗师练习重心转移。这是社区新开设的“稳稳当当”防跌倒课堂的第一课。
据了解，社区去年入户走访时发现，辖区65岁以上老人中有近三成在一年内跌倒过。为此，社区联合县人民医院康复医学科，采购了8块低矮的木质平衡板和配套扶手架，每周四上午开课。
⟦l 图为老人们在治疗师指导下练习平衡板（顾一鸣 摄）⟧
“刚站上去腿直哆嗦，练了两圈就不怕了。”73岁的居民钱桂英说。治疗师提醒，平衡板训练必须有人在旁保护，有高血压、眩晕症的老人要先做评估再练。
社区负责人介绍，课堂将持续到11月，结业时还要为每位老人做一次平衡能力测评。⟦m （编辑：陆晨　审核：范之远）⟧
""",
    ),
    # ------------------------------------------------------------------ 新闻门户 (text, record date)
    dict(
        slug="news-fanyuan-choir-bow-ties-record-date",
        site="藩原融媒 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.fanyuanrm.com/news/20250102/67310.html",
        title="藩原县少年合唱团戴上非遗手工领结登台",
        record_title="现场直击｜藩原县少年合唱团戴上非遗手工领结登台 —— 藩原融媒",
        record_date="2025-01-02",
        date="2025-01-02",
        notes="the record carries the date; decorated title; app prompt and listen line before the lead, reporter line, "
        "a photo caption between paragraphs, a like/forward row glued after a sentence",
        page="""
!m 藩原融媒　｜　藩原县融媒体中心
!m 首页 ／ 藩原新闻 ／ 文化
!t 现场直击｜藩原县少年合唱团戴上非遗手工领结登台
!m 2025-01-02 18:20　来源：藩原融媒　记者 孙一苇　实习生 邬晴
!a 字号 A+ A-　　语音播报
{BODY}
!m 责任编辑：邱澄　　值班主任：姚雪松
!l 热门推荐
!l 藩原县举办首届乡村少儿合唱展演
!l 非遗扎染进校园：孩子们染出“藩原蓝”
!a 下载“藩原融媒”APP，第一时间看藩原
!d 藩原融媒原创内容，转载请注明出处并保留作者信息。
""",
        indent="\u3000\u3000",
        body="""
元旦晚上，藩原县少年合唱团在县文化中心举办新年音乐会。40名小团员统一穿着白衬衫，脖子上系着一只蓝白相间的手工领结，格外引人注目。
这些领结出自炎口镇扎染传承人熊秀兰之手。她用了半个月时间，把扎染布裁成小块，一只一只缝制成领结。“孩子们的脖子细，领结做得比成人的小一圈，背后用的是松紧带，不勒脖子。”熊秀兰说。⟦l 👍 点赞 328　↗ 转发⟧
⟦l 图：戴着扎染领结的合唱团员在演唱（孙一苇 摄）⟧
合唱团指导老师童以宁介绍，过去团里演出用的是网上买的化纤领结，颜色单调，这次换上本地扎染，孩子们觉得很新鲜，演唱时也更有精神。
音乐会结束后，不少家长围着熊秀兰询问领结怎么做。她表示，寒假期间会在县文化馆开设两期扎染小课堂，教孩子们自己动手做领结。
""",
    ),
    # ------------------------------------------------------------------ 论坛 (HTML, jammer fonts)
    dict(
        slug="forum-zhenjiao-seam-ripper-jammer",
        site="针脚手作社区 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.zhenjiao.net/thread-420918-1-1.html",
        title="拆线器用钝了别急着扔，磨一磨还能用",
        record_title="[工具保养心得] 拆线器用钝了别急着扔，磨一磨还能用（多图慢慢看） - 缝纫工具区 - 针脚手作社区",
        date=None,
        notes="Discuz-like thread: poster panel, rating row, signature, jammer-font junk glued and as lines; posting time "
        "relative (no date); replies below",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[工具保养心得] 拆线器用钝了别急着扔，磨一磨还能用（多图慢慢看） - 缝纫工具区 - 针脚手作社区</title>
<style>.jammer{font-size:0;color:#fff}.pls{width:160px}</style>
<script src="static/js/common.js?Q4x"></script>
</head>
<body id="nv_forum">
<div id="toptb"><a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 立即注册⟧</a> <a href="plugin.php?id=sign">⟦a 每日签到领针线币⟧</a></div>
<div id="hd"><h2>⟦m 针脚手作社区⟧</h2><p>⟦m 一针一线，慢慢来⟧</p></div>
<div id="pt">⟦m 针脚手作社区 › 手作交流 › 缝纫工具区 › 查看帖子⟧</div>
<div class="ts"><span>⟦m 查看: 1504　|　回复: 23⟧</span><h1 id="thread_subject">{T}</h1></div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 线团阿婆⟧</div><p>⟦m 帖子 386　积分 2194　针线币 61⟧</p><p>⟦m 勋章：老裁缝⟧</p></td>
<td class="plc">
<div class="pti">⟦m 发表于 4 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_9917201">
{BODY}
</td></tr></table></div>
<div class="rate">⟦m 评分　参与人数 7　针线币 +21　收起 理由⟧</div>
<div class="sign">⟦m 签名：手慢一点，线就直一点。——线团阿婆⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏　分享⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 2# 小豆芽做衣服：试了一下，真的变锋利了，谢谢阿婆！⟧</p><p>⟦l 3# 踩缝纫机的猫：红球掉了的还能修吗？⟧</p></div>
<div id="f_pst">⟦a 登录后才能回帖，还没有账号？立即注册⟧</div>
<div id="ft"><p>⟦m 手机版｜小黑屋｜针脚手作社区 ( 鲁ICP备20031157号 )⟧</p><p>⟦m GMT+8, 2025-6-18 22:04⟧</p></div>
</body>
</html>
""",
        p_html="{}<br>",
        junk=dict(lines=2, glued=3),
        body="""
家里那把拆线器用了六七年，最近挑线总打滑，还把一件真丝衬衫挑出了毛边。本来想扔了换新的，后来琢磨了一下，发现磨一磨照样好用，分享给大家。
先说原理。拆线器前面是一长一短两个尖，中间的弯口才是真正割线的地方，用钝了主要是弯口的刃口卷了。尖头只负责挑起线，一般不会钝。
再说方法。准备一根最细的圆柱形油石，没有的话用指甲锉的细面也行。把油石伸进弯口，顺着刃口的方向轻轻拉十来下，再换另一面拉几下，去掉毛刺就行。
最后提醒两点。一是别去磨尖头，越磨越短，挑线时更容易戳破布；二是红色小球如果松了，可以点一滴胶水固定，它的作用是护住布面。
我这把磨完以后挑线又干脆又利落，省了一笔钱，也舍不得和它分开。
""",
    ),
    # ------------------------------------------------------------------ 论坛 (text, junk)
    dict(
        slug="forum-shenshi-bow-tie-homework-junk",
        site="绅士衣橱论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.shenshiyichu.com/thread-55803-1-1.html",
        title="第一次自己缝领结，来交作业",
        record_title="[作品展示] 第一次自己缝领结，来交作业（新手求轻拍）",
        date=None,
        notes="forum post in text: junk lines and glued junk; relative time (no date); floor lines and replies; poster's "
        "edit line",
        page="""
!m 绅士衣橱论坛 - 穿搭 · 手作 · 定制
!m 首页 » 手作定制 » 配饰DIY
!t [作品展示] 第一次自己缝领结，来交作业（新手求轻拍）
!m 楼主：桐叶先生　　发表于 5 小时前　　只看楼主
!m 本帖最后由 桐叶先生 于 2 小时前 修改
{BODY}
!a 支持(12)　反对(0)　收藏(4)
!l 沙发 ｜ 旧衣新裁：针脚很匀了，下次试试双层衬布
!l 板凳 ｜ 阿卷：求布料店链接
!l 地板 ｜ 桐叶先生：回2楼，就是本地布市场买的
!a 发帖前请先阅读版规，回帖需登录
!m 绅士衣橱论坛　© 2013-2025　Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=2),
        body="""
下个月表哥结婚，我当伴郎，想着干脆自己缝个领结。在论坛潜水学了两周，昨晚终于做成了，发上来请各位老师指点。
布料选的是深蓝色斜纹棉，买了半米，花了十五块。衬布用的是薄款无纺衬，烫在布的反面，领结才立得起来。
做法是先裁两片长方形做结身，再裁一片窄条做中间的结扣，长条做领带。缝好翻面后，把结身从中间捏出三道褶，用结扣包住缝死。
最难的是褶子两边对称，我拆了三次才满意。领带部分用了可调节的金属扣，这样谁都能戴。
总共花了四个多小时，成本不到三十块。就是翻面时有个角没顶出来，大家有什么好办法吗？
""",
    ),
]
