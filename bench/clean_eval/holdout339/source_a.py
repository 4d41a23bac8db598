"""holdout339, part A: 范文 sites, 文库 previews, government portals, news portals and forums.

Every page, place, person, firm, number and URL here is invented (see ../README.md); the
documents are about neck fans, handheld fans, foot patches, medical tape and sun sleeves.
Markup as in ../build.py: ``⟦c text⟧`` marks chrome, ``!c`` a chrome line of a text page.
"""

CASES = [
    dict(
        slug="fanwen-jiaochuang-speech-sleeves-gb2312",
        site="蕉窗范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jiaochuangfw.com/jianghua/zhici/2025062016733.html",
        title="在全县户外劳动者夏季关爱行动启动仪式上的讲话",
        record_title="【夏日讲话精编】在全县户外劳动者夏季关爱行动启动仪式上的讲话（稿子可直接套改）_蕉窗范文网",
        date="2025-06-18",
        date_also=["2025-06-20"],
        notes="old gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "date under the speech title, the site's posting date also accepted; speaker line neutral; "
        "a ghost-writer WeChat prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【夏日讲话精编】在全县户外劳动者夏季关爱行动启动仪式上的讲话（稿子可直接套改）_蕉窗范文网</title>
<link href="/skin/jc/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/jc_float.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300" class="logo">⟦m 蕉窗范文网⟧</td><td class="slogan">⟦m 替你把稿子磨顺 · 一字一句都好用⟧</td>
<td align="right">⟦a <a href="javascript:void(0)">设成浏览器首页</a> | <a href="javascript:void(0)">存进收藏夹</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="navbar">
<tr><td>⟦m <a href="/">首页</a> | <a href="/jianghua/">讲话稿</a> | <a href="/zongjie/">总结</a> | <a href="/xinde/">心得</a> | <a href="/shuzhi/">述职</a> | <a href="/yingyong/">应用文</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 蕉窗范文网每日更新讲话、总结、方案，写稿卡壳了就来窗前坐坐⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您所在的位置：<a href="/">蕉窗范文网</a> &gt;&gt; <a href="/jianghua/">讲话稿</a> &gt;&gt; 启动仪式致辞⟧</div>
<h2 class="biaoti">⟦t 【夏日讲话精编】在全县户外劳动者夏季关爱行动启动仪式上的讲话（稿子可直接套改）⟧</h2>
<div class="xinxi">⟦m 发布日期：2025-06-20　稿源：网友投稿　阅读：1173次⟧</div>
<div class="zihao">⟦a 〔阅读字号 ▲放大 ▼缩小 ●还原〕⟧</div>
<div class="neirong">
<p align="center"><b>{T}</b></p>
<p align="center">（2025年6月18日）</p>
<p align="center">县总工会主席　隗文涛</p>
{BODY}
</div>
<div class="gongju">⟦a 【复制这篇】【存成文档】【打印这篇】⟧</div>
<div class="shangxia">⟦l 上一篇：在全县安全生产月活动动员会上的致辞⟧<br>⟦l 下一篇：工会干部高温慰问活动总结（三篇）⟧</div>
</td>
<td width="250" valign="top" class="right">
<div class="rebang"><b>⟦l 本月读的人最多⟧</b>
<ul>
<li><a href="/jianghua/1.html">⟦l 在环卫工人节座谈会上的讲话⟧</a></li>
<li><a href="/jianghua/2.html">⟦l 夏送清凉慰问活动致辞（精选5篇）⟧</a></li>
<li><a href="/jianghua/3.html">⟦l 工会主席在职工运动会开幕式上的讲话⟧</a></li>
</ul></div>
</td>
</tr>
</table>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 蕉窗范文网文章多为网友投稿，仅作写作参考，请勿整篇照抄上报⟧<br>
⟦m Copyright 2011-2025 蕉窗范文网 jiaochuangfw.com 湘ICP备11047293号⟧<br>
⟦m 您是本站第 0386217 位来访者⟧</td></tr>
</table>
<div id="jc_float" style="position:absolute;right:6px;top:220px">⟦w 写材料找秦老师 QQ：2981447056⟧<br>⟦w 接稿时段 早八点半至晚十点⟧</div>
<script language="javascript">jcFloat('jc_float');</script>
</body>
</html>
""",
        body="""
同志们、朋友们：
今天，我们在这里启动全县户外劳动者夏季关爱行动。首先，我代表县总工会，向冒着高温坚守岗位的环卫工人、快递骑手、建筑工人和交通协管员表示衷心的感谢！
今年的关爱行动有三项内容。一是送物资，全县工会系统采购防晒袖套一万二千副、清凉油和藿香正气水各五千份，今天起由各乡镇工会分批送到一线。二是建驿站，依托加油站、银行网点设立“爱心驿站”六十个，提供饮水、休息和应急药品。⟦w 讲话稿改不顺？微信 jcfw_0618 帮你改到满意⟧三是调班次，督促用人单位落实高温天气错峰作业，不得在午间最热时段安排露天作业。
袖套虽小，连着的是户外劳动者的冷暖。各级工会要把物资发到人头，不能堆在仓库里；要跟踪使用情况，对尺码不合适的及时调换。
同志们，天越热，越要把关心送到身边。希望大家共同努力，让这个夏天少一些中暑，多一份清凉。谢谢大家！
""",
    ),
    dict(
        slug="fanwen-qingman-summary-footpatch-cn-date",
        site="青蔓公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qingmangwen.net/zongjie/shequ/71508.html",
        title="醐湾社区2025年上半年防范养老诈骗宣传工作总结",
        record_title="醐湾社区2025年上半年防范养老诈骗宣传工作总结（社区版范文·精选）_青蔓公文网",
        date="2025-07-08",
        date_also=["2025-07-15"],
        notes="text page; 成文日期 in Chinese numerals under the signature, the site's collection date also accepted; "
        "a ghost-writer line on its own between paragraphs; numbered list; a hot list after the body",
        page="""
!m 青蔓公文网 · 公文素材随手取
!m 当前栏目：首页 / 工作总结 / 社区工作总结
!t 醐湾社区2025年上半年防范养老诈骗宣传工作总结（社区版范文·精选）
!m 收录时间：2025-07-15　　约900字　　热度：★★★★☆
!a 【一键复制全篇】　【另存为Word】
{BODY}
!l 上一篇：社区网格员上半年个人工作小结
!l 下一篇：老年协会2025年上半年活动总结（两篇）
!l 大家还在看：反诈宣传进小区活动简报｜社区平安建设工作总结
!d 青蔓公文网所收文章供写作参考，版权属于原作者，如有不妥请来信，核实后即删。
!m 粤ICP备19088412号　青蔓公文网 qingmangwen.net
""",
        indent="\u3000\u3000",
        body="""
今年上半年，醐湾社区针对辖区老年人多、独居老人多的特点，把防范养老诈骗宣传作为平安建设的重点，取得了一定成效。现总结如下。
一、基本情况
辖区60岁以上老人1126人，其中独居老人87人。年初走访中发现，有人以“排毒足贴”“磁疗鞋垫”免费体验为名，吸引老人听课，再以高价推销，个别老人一次花掉三千多元。
二、主要做法
1. 入户提醒。网格员对独居老人逐户上门，讲清“免费体验—情感拉拢—高价推销”的套路。
⟦w 社区总结不会写？加微信 qm_gongwen88，备注“总结”代笔⟧
2. 现场揭穿。请县市场监管局工作人员在广场现场演示，说明足贴变黑是汗液和药粉遇水氧化，并非“排出毒素”。
3. 子女联动。建立“一老一联系人”名册，发现异常购物及时告知子女。
三、下一步打算
下半年，社区将把宣传延伸到菜市场和老年活动室，做到老人家门口有人提醒、遇到推销有人帮忙问。
飕溪县鳍口镇醐湾社区居民委员会
二〇二五年七月八日
""",
    ),
    dict(
        slug="wenku-zhifan-plan-sleeves-marker-paras",
        site="知帆文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhifanwenku.com/p/8d41c07a93e2.html",
        title="飕溪县城市管理局2025年环卫作业人员夏季防暑降温工作方案",
        record_title="飕溪县城市管理局2025年环卫作业人员夏季防暑降温工作方案（完整可编辑版）- 知帆文库",
        date="2025-06-03",
        notes="文库 reader: viewer toolbar, page-marker paragraphs (⟷ 第n页 ⟷) cutting sentences, a paywall, "
        "an upload notice; decimal headings 1 / 1.1 / 2.1; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>飕溪县城市管理局2025年环卫作业人员夏季防暑降温工作方案（完整可编辑版）- 知帆文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.zhifanwenku.com/reader/v3.css">
<script src="https://static.zhifanwenku.com/reader/v3.js" defer></script>
</head>
<body>
<header class="zf-top">
<a class="zf-logo" href="/">⟦m 知帆文库⟧</a>
<span class="zf-tagline">⟦m 扬帆的知识，随手可得⟧</span>
<form class="zf-search"><input placeholder="搜一搜方案、总结、讲话"><button>⟦a 搜文档⟧</button></form>
<a class="zf-login" href="/passport">⟦a 登录 / 注册拿新人券⟧</a>
</header>
<nav class="zf-crumb">⟦m 知帆文库 › 党政办公 › 工作方案 › 城市管理⟧</nav>
<main class="zf-reader">
<h1 class="zf-title">⟦t 飕溪县城市管理局2025年环卫作业人员夏季防暑降温工作方案（完整可编辑版）⟧</h1>
<div class="zf-meta">⟦m 上传者：帆友_q7730　上传于 2025-06-09　共 4 页　2,140 字　4.6 分⟧</div>
<div class="zf-toolbar">⟦a 适合宽度　｜　放大　｜　缩小　｜　全屏阅读⟧</div>
<div class="zf-pages">
{BODY}
</div>
<div class="zf-paywall">
<p>⟦a 免费预览已到底，剩下 1 页开通帆卡后即可阅读⟧</p>
<p><a class="btn">⟦a 开帆卡 · 首月6元⟧</a> <a class="btn">⟦a 单篇下载 3.9元⟧</a></p>
</div>
<aside class="zf-side">
<h3>⟦l 看过这篇的人还看了⟧</h3>
<ul>
<li><a href="/p/1">⟦l 高温季节户外作业劳动保护实施方案⟧</a></li>
<li><a href="/p/2">⟦l 环卫所夏季安全生产工作计划⟧</a></li>
<li><a href="/p/3">⟦l 城管系统送清凉活动方案（三篇）⟧</a></li>
</ul>
</aside>
</main>
<footer class="zf-foot">
<p>⟦d 知帆文库中的文档由用户自行上传，平台不对内容真实性负责；如涉及侵权，请通过页面底部的申诉入口联系我们⟧</p>
<p>⟦m © 2019-2025 知帆文库 zhifanwenku.com　浙ICP备19066302号-3⟧</p>
</footer>
<script>ZFReader.init({docId:"8d41c07a93e2",free:3});</script>
</body>
</html>
""",
        p_html='<p class="zf-line">{}</p>',
        pages=dict(fmt="⟷ 第{n}页 ⟷", every=90, start=2),
        body="""
为切实保障环卫作业人员高温季节身体健康，根据县人社局等部门关于做好夏季防暑降温工作的要求，结合我局实际，制定本方案。
1 工作目标
1.1 6月15日至9月15日期间，全县1460名一线环卫作业人员防暑用品发放率达到100%，不发生因高温作业导致的重症中暑事件。
2 主要措施
2.1 配齐防护用品。为每名作业人员配发冰感防晒袖套两副、遮阳帽一顶、降温毛巾两条，由各环卫所按花名册签收发放。
2.2 调整作业时间。日最高气温达到35℃以上时，11时至15时暂停露天清扫保洁，早班提前至5时开始。
2.3 设置休息点。利用公厕管理间和城管岗亭设立降温休息点，配备饮用水、风扇和防暑药品。
3 保障要求
3.1 各环卫所所长为第一责任人，发现作业人员出现头晕、乏力等症状，立即停止作业并送医。
飕溪县城市管理局
2025年6月3日
""",
    ),
    dict(
        slug="wenku-wenlan-research-handfan-wrap-glued-markers",
        site="闻澜文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenlanwk.cn/doc/20250705/63320871.html",
        title="关于市售儿童手持风扇安全状况的调研报告",
        record_title="关于市售儿童手持风扇安全状况的调研报告.pdf",
        date="2025-07-02",
        notes="file-name record title; a preview hard-wrapped at 60 columns with page markers (⊀n⊁) glued to the continuation line; "
        "a data table; 成文日期 under the signature; pay prompts after",
        page="""
!m 闻澜文库　|　文档预览
!t 关于市售儿童手持风扇安全状况的调研报告.pdf
!m 文件大小 386KB　页数 5　上传时间 2025-07-05　浏览 2051
!a 预览模式：单页 ▏双页 ▏滚动
{T}
{BODY}
!a —— 免费试读部分到此结束，全文共5页 ——
!a 下载全文（需12澜币）　　开通澜卡免费读
!l 相关推荐：儿童玩具质量安全消费提示　/　小家电锂电池起火原因分析
!d 本页文档来自用户分享，闻澜文库仅提供存储和展示，下载前请自行核对内容。
""",
        wrap=60,
        pages=dict(fmt="⊀{n}⊁", every=70, start=2, glue=True),
        body="""
今年5月至6月，市消费者权益保护委员会对城区商场、文具店、网店销售的儿童手持风扇开展了调研，共购买样品24批次，委托检测机构进行比较试验。现将有关情况报告如下。
一、样品检测情况
项目　送检批次　不合格批次
扇叶防护　24　7
电池温升　24　5
标识说明　24　9
二、主要问题
一是扇叶防护网间距过大，儿童手指可以伸入，7批次样品存在夹手风险。二是部分样品充电时电池温度超过60℃，个别样品外壳出现变形。三是说明书缺少适用年龄和充电注意事项。
三、消费建议
家长购买时应选择扇叶为软质材料或防护网细密的产品，不要让儿童边充电边使用，夜间不要把风扇放在枕边充电。
镳城市消费者权益保护委员会
2025年7月2日
""",
    ),
    dict(
        slug="gov-souxi-bulletin-neckfan-index-table",
        site="飕溪县人民政府 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.souxi.gov.cn/zwgk/tzgg/202507/t20250714_118402.html",
        title="飕溪县市场监督管理局关于2025年挂脖风扇产品质量监督抽查情况的通报",
        record_title="飕溪县市场监督管理局关于2025年挂脖风扇产品质量监督抽查情况的通报_通知公告_飕溪县人民政府",
        date="2025-07-11",
        date_also=["2025-07-14"],
        notes="county portal: elder-mode and screen-reader links, 索引号 table (文号 cell unmarked), a data table one row a paragraph, "
        "附件 list, the notice's own 联系人/电话 beside the portal's error-report line; 成文日期 vs posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>飕溪县市场监督管理局关于2025年挂脖风扇产品质量监督抽查情况的通报_通知公告_飕溪县人民政府</title>
<meta name="ArticleTitle" content="飕溪县市场监督管理局关于2025年挂脖风扇产品质量监督抽查情况的通报">
<meta name="PubDate" content="2025-07-14 10:26">
<link rel="stylesheet" href="/images/sx2023/common.css">
<script src="/images/sx2023/jquery.min.js"></script>
</head>
<body>
<div class="topbar">
<span>⟦m 飕溪县人民政府门户网站⟧</span>
<a href="javascript:;" id="elder">⟦a 切换大字版⟧</a> <a href="javascript:;" id="sr">⟦a 开启语音导读⟧</a> <a href="/en/">⟦a 外文版⟧</a>
</div>
<div class="head"><img src="/images/sx2023/logo.png" alt=""><form><input type="text" value="请输入关键词"><button>⟦a 站内检索⟧</button></form></div>
<ul class="mainnav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjsx/">⟦m 走进飕溪⟧</a></li>
</ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11433027MB1803562K/2025-03391⟧</td><td>⟦m 主题分类：市场监管、安全生产⟧</td></tr>
<tr><td>⟦m 发文机关：飕溪县市场监督管理局⟧</td><td>⟦m 成文日期：2025-07-11⟧</td></tr>
<tr><td>文　　号：飕市监通〔2025〕37号</td><td>⟦m 发布日期：2025-07-14⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 来源：县市场监管局　浏览次数：642⟧ <span>⟦a 【正文字体：加大 还原 减小】⟧</span> <span>⟦a 【打印本文】⟧</span></div>
<div class="TRS_Editor">
{BODY}
</div>
</div>
<div class="share">⟦l 转发到：微信 ｜ 微博 ｜ QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<ul><li>⟦l 县市场监管局关于开展夏季小家电质量安全专项检查的通知⟧</li><li>⟦l 2025年第一季度电动自行车产品抽查结果公告⟧</li></ul></div>
<div class="foot">
<p>⟦m 主办：飕溪县人民政府办公室　承办：飕溪县大数据中心⟧</p>
<p>⟦m 网站纠错：0736-8821000（工作日 8:30—17:30）⟧</p>
<p>⟦m 湘ICP备05004417号　湘公网安备 43072602000231号　网站标识码 4307260021⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各相关经营者：
为保障夏季消费安全，今年6月，县市场监督管理局对全县商场、超市、电商经营者销售的挂脖风扇开展了产品质量监督抽查，共抽查30家经营者的42批次产品，检出不合格产品6批次，不合格发现率14.3%。不合格产品情况如下：
序号　产品名称　标称生产企业　不合格项目
1　便携挂脖风扇　某地小家电制造商　发热
2　无叶挂脖风扇　某地电子科技公司　标志和说明
3　双头挂脖风扇　某地智能电器公司　危险运动部件的防护
对抽查不合格的产品，我局已责令经营者立即停止销售，并依法立案调查。请广大消费者选购挂脖风扇时查看产品标识，不要长时间贴颈使用。
附件：1.2025年挂脖风扇产品质量监督抽查结果汇总表
2.不合格产品及其经营者名单
联系人：邝晓岚，联系电话：0736-8825317。
飕溪县市场监督管理局
2025年7月11日
""",
    ),
    dict(
        slug="gov-biaocheng-tip-footpatch-wrapped",
        site="镳城市市场监督管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://scjg.biaocheng.gov.cn/xfwq/xfts/202506/t20250627_20415.html",
        title="关于警惕“排毒足贴”等虚假宣传的消费提示",
        record_title="【消费警示】关于警惕“排毒足贴”等虚假宣传的消费提示 — 镳城市场监管",
        date="2025-06-26",
        notes="text of a bureau page hard-wrapped at 68 columns; the notice's own 12315 complaint line and 联系电话 "
        "beside the site's service line; numbered tips; date under the signature",
        page="""
!m 镳城市市场监督管理局　　银龄版　|　语音陪读
!m 首页 > 消费维权 > 消费提示
!t 【消费警示】关于警惕“排毒足贴”等虚假宣传的消费提示
!m 信息来源：消费者权益保护科　　发布时间：2025-06-27　　访问量：2209
!a 〖分享〗〖打印〗〖关闭本页〗
{BODY}
!l 上一条：关于夏季冷饮消费的提示
!l 下一条：关于规范二手车交易市场经营行为的告诫书
!m 市局服务专线：0739-5201160（工作日）　网站标识码：4305990027
!m 镳城市市场监督管理局主办　湘ICP备09088710号-4
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
近期，我局接到多起老年消费者投诉，反映有经营者在社区、公园等场所以免费体验、赠送礼品为名，宣称“排毒足贴”能够“排出体内湿毒”“治疗高血压和失眠”，诱导老年人高价购买。为此，我局提醒广大消费者：
一、足贴贴后变黑，主要是足底汗液与贴内竹醋粉等成分遇湿变色，不能证明排出了毒素。
二、足贴类产品不是药品，任何宣称治疗疾病的说法都属于虚假宣传。
三、遇到“免费体验”“专家讲座”后高价推销的，请保留购物凭证，拨打12315投诉举报。
消费者也可拨打我局消费者权益保护科电话0739-5201387咨询。
镳城市市场监督管理局
2025年6月26日
""",
    ),
    dict(
        slug="news-kanshan-footpatch-case-photo-caption",
        site="龛山新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kanshannews.cn/xw/bd/2025-07/09/content_556120.html",
        title="龛山县查处一起虚假宣传“磁疗排毒足贴”案",
        record_title="龛山县查处一起虚假宣传“磁疗排毒足贴”案｜龛山新闻网",
        record_date="2025-07-09",
        date="2025-07-09",
        notes="news portal: app prompt, listen button, photo caption on its own between paragraphs, editor line glued after the last "
        "paragraph, a 24-hour list; record date equals the byline",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>龛山县查处一起虚假宣传“磁疗排毒足贴”案｜龛山新闻网</title>
<meta name="description" content="龛山县市场监管局近日查处一起虚假宣传案。">
<script>window.KSN={id:556120};</script>
</head>
<body>
<div class="ksn-top">⟦m 龛山新闻网 · 龛山县融媒体中心主办⟧ <a href="/app">⟦a 下载“龛山眼”客户端⟧</a></div>
<nav class="ksn-nav">⟦m 首页　本地　民生　政务　乡镇　视频　专题⟧</nav>
<div class="ksn-crumb">⟦m 龛山新闻网 > 本地新闻 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="ksn-byline">⟦m 发布时间：2025-07-09 09:12　来源：龛山县融媒体中心　记者：帅思远 通讯员：符晴⟧</div>
<div class="ksn-tools">⟦a ▶ 听新闻⟧ ⟦a A+ A-⟧</div>
{BODY}
</article>
<div class="ksn-share">⟦l 分享到朋友圈　微博　复制链接⟧</div>
<div class="ksn-24h"><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 龛山至飕溪城际公交下月开通⟧</li><li>⟦l 县人民医院新院区门诊楼封顶⟧</li><li>⟦l 高温天气户外作业提醒⟧</li></ol></div>
<footer>
<p>⟦d 凡本网注明“来源：龛山县融媒体中心”的作品，未经书面授权不得转载、摘编⟧</p>
<p>⟦m 新闻热线：0743-2268110　互联网新闻信息服务许可证 43120190031⟧</p>
</footer>
</body>
</html>
""",
        body="""
近日，龛山县市场监督管理局根据群众举报，查处一起销售“磁疗排毒足贴”虚假宣传案，没收违法宣传资料300余份，对当事人处以罚款4.2万元。
经查，当事人在城东某小区租用门面开展所谓“健康讲座”，声称其销售的足贴“贴一晚排出十年湿毒”“可替代降压药”，每盒售价398元，实际进货价不足20元，先后有40余名老年人购买。
⟦m 图为执法人员现场查扣宣传资料。（通讯员 符晴 摄）⟧
执法人员提醒，足贴属于普通日用品，不具有治疗功能。市民发现类似宣传，可拨打12315举报。⟦m （责任编辑：谭一苇　审核：龚逸）⟧
""",
    ),
    dict(
        slug="news-biaocheng-evening-neckfan-app-glued",
        site="镳城晚报·掌上镳城 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.biaochengwb.com/news/20250703/184502.html",
        title="凉宜电器向一线环卫工人送出两千台挂脖风扇",
        date="2025-07-03",
        notes="record title as is; an open-app prompt glued before the lead's first words; a photo caption between paragraphs; "
        "the byline's 发布时间 is the page's date",
        page="""
!m 掌上镳城　镳城晚报官方客户端
!m 本地 ▸ 民生
{T}
!m 镳城晚报　发布时间：2025-07-03 16:45
!m 阅读 8.6万
{BODY}
!a 点个“在看”，把清凉传下去
!l 相关阅读：高温来袭，我市启动户外劳动者关爱措施
!l 相关阅读：环卫工人休息驿站地图来了
!d 本文系镳城晚报原创稿件，转载请联系授权。
!m 报料热线：0739-5888999　邮箱：baoliao@biaochengwb.com
""",
        body="""
⟦a 打开掌上镳城，看更多身边新鲜事⟧本报讯（记者 闵嘉禾）7月3日上午，位于镳城高新区的凉宜电器有限公司把两千台挂脖风扇送到了市环卫处，首批三百台当天就发到了城区清扫一线。
“早上五点出门，九点以后太阳就毒了，戴着这个，脖子后面一直有风。”在解放路清扫的环卫工人汤春兰试戴后说。
⟦m 凉宜电器员工为环卫工人调试挂脖风扇。记者 闵嘉禾 摄⟧
据介绍，这批风扇单次充电可连续使用六个小时，扇叶藏在机身内部，不会卷入头发。公司负责人表示，今后每年夏天都会为环卫工人送一批清凉用品。
""",
    ),
    dict(
        slug="forum-liangting-neckfan-post-jammer",
        site="凉亭数码社区 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.liangtingshuma.com/thread-402871-1-1.html",
        title="用了一个夏天的挂脖风扇，说几句大实话",
        record_title="[真香还是智商税] 用了一个夏天的挂脖风扇，说几句大实话 - 小家电 - 凉亭数码社区",
        date=None,
        notes="Discuz-like thread: jammer-font junk between lines and glued after sentences, rating row, signature, "
        "relative post time (no date), reply box",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[真香还是智商税] 用了一个夏天的挂脖风扇，说几句大实话 - 小家电 - 凉亭数码社区</title>
<style>.jammer{color:#fff;font-size:0}</style>
</head>
<body>
<div id="toptb">⟦m 凉亭数码社区⟧ <a href="member.php?mod=register">⟦a 注册个号⟧</a> <a href="member.php?mod=logging">⟦a 登进来⟧</a></div>
<div id="pt">⟦m 凉亭数码社区 › 家电区 › 小家电 › 查看帖子⟧</div>
<div class="ts"><h1>⟦t [真香还是智商税] 用了一个夏天的挂脖风扇，说几句大实话⟧</h1> <span>⟦m 查看：5310 ｜ 回复：46⟧</span></div>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 椰子不吃糖⟧</div><div>⟦m 中级会员　积分 1288⟧</div></td>
<td class="plc">
<div class="pi">⟦m 楼主　发表于 3 天前⟧ <a>⟦a 只看楼主⟧</a></div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 3 人　凉币 +15　理由：实用，收藏了⟧</div>
<div class="sign">⟦m 签名：数码玩家，只说自己花钱买的东西⟧</div>
</td></tr></table>
<div class="pgs">⟦l 下一帖：两百块的桌面循环扇值不值⟧</div>
<div id="f_pst">⟦a 登上账号才能跟帖，还没号？点这儿注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5 · 凉亭数码社区 粤ICP备21034706号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
先说结论：通勤和排队的时候好用，坐办公室没必要。
我买的是无叶款，两百出头。优点是轻，挂上去一天脖子不累；风从领口往上吹，夏天等公交确实舒服。三挡里一般开二挡，能用五个多小时。
缺点也有。一是噪音，三挡像小吹风机，开会不好意思开。二是贴着脖子的地方会出汗，塑料圈捂久了有印子，后来我垫了块毛巾。三是以前那种有扇叶的款会卷头发，长头发的朋友一定买无叶的。
最后提醒一句，别边充电边挂着睡觉，机身会发烫，安全第一。
""",
    ),
    dict(
        slug="forum-tiema-sleeves-post-junk",
        site="铁马骑友会 (invented forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.tiemaqiyou.net/forum/t/88213",
        title="通勤骑车戴冰丝防晒袖套一个月，聊聊真实体验",
        record_title="【装备闲聊】通勤骑车戴冰丝防晒袖套一个月，聊聊真实体验（不是广告）- 骑行装备 - 铁马骑友会",
        date=None,
        notes="forum text: junk lines and junk glued after sentences, a post time given only as 昨天, floor replies, reply prompt",
        page="""
!m 铁马骑友会 - 城市骑行爱好者的家
!m 版块导航：骑友会 » 骑行装备 » 帖子详情
!t 【装备闲聊】通勤骑车戴冰丝防晒袖套一个月，聊聊真实体验（不是广告）
!m 楼主：风里的小黄车　　发表于 昨天 22:16　　浏览 1736　回帖 28
{BODY}
!l 2楼　老铁链子：同感，白色的确实凉快，黑色的晒一中午烫手
!l 3楼　骑到天黑：指套那种夏天戴着手心出汗，我都剪了
!a 登录后可以回帖、点赞和收藏本帖
!m 铁马骑友会　·　手机版　·　联系版主
""",
        junk=dict(lines=2, glued=3),
        body="""
上个月开始骑电动车上下班，单程四十分钟，胳膊晒得发红发痒，于是入了两副冰丝防晒袖套，一白一灰，说说感受。
一是确实凉。刚戴上有点凉丝丝的，骑起来有风更明显。不过太阳下面停十分钟，照样会热，不要信“降温五度”那种说法。
二是防晒看颜色和厚度。灰色那副比较薄，对着灯能透光，一个月下来手腕还是晒出了一道印子；白色那副厚一点，效果好不少。
三是尺码要选对。太紧勒胳膊，太松骑车时会往下滑。我手臂偏细，买的M码刚好。
总结：几十块钱的东西，对骑车通勤的人来说很值，建议多备一副换着洗。
""",
    ),
]
