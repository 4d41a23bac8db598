"""holdout226, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Objects: fingerprint door locks, pet cages, automatic pet feeders, health kettles, slow cookers.
"""

CASES = [
    dict(
        slug="fanwen-mohe-speech-fingerprint-lock-retrofit",
        site="墨禾范文馆 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mohefanwen.com/jianghua/minsheng/2024/1003/5527.html",
        title="在琥川县老旧小区指纹锁加装工作推进会上的讲话",
        record_title="【讲稿甄选】在琥川县老旧小区指纹锁加装工作推进会上的讲话（2篇可选）_墨禾范文馆",
        date="2024-09-12",
        date_also=["2024-10-03"],
        notes="gb2312 table layout with a marquee, a reading-settings row, a floating QQ box and a visitor counter; "
        "date under the speech title (the page's 发布时间 differs); speaker line neutral; a ghost-writer line glued "
        "after a sentence and a topic link between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿甄选】在琥川县老旧小区指纹锁加装工作推进会上的讲话（2篇可选）_墨禾范文馆</title>
<link href="/skin/mohe.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mh_top.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨禾范文馆·笔下生禾苗⟧</td><td align="right">⟦a <a href="#">把墨禾设成起始页</a> | <a href="#">存进浏览器书签</a>⟧</td></tr>
</table>
<table width="960" align="center" class="menu"><tr><td>⟦m <a href="/">馆首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">方案计划</a> | <a href="/hetong/">合同协议</a>⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦d 墨禾小贴士：馆内范文只作写作参照，套用前请自行核对本地数据⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="680" valign="top">
<div class="weizhi">⟦m 所在栏目：馆首页 &gt;&gt; 讲话发言 &gt;&gt; 民生实事讲话⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 发布时间：2024-10-03　整理：禾苗编辑部　人气：1286⟧</div>
<div class="yuedu">⟦a 【阅读设置】字号 大 中 小 ｜ 底色 米黄 豆绿 素白⟧</div>
<p align="center">（2024年9月12日）</p>
<p align="center">县人民政府副县长　柯望舒</p>
<div class="neirong">
{BODY}
</div>
<div class="shangxia">⟦l 上一篇：在全县电动自行车充电桩建设调度会上的讲话⟧<br>⟦l 下一篇：老旧小区加装电梯工作动员会主持词⟧</div>
</td>
<td width="270" valign="top" class="side">
<div class="bt">⟦l 本栏周排行⟧</div>
<ul>
<li>⟦l 在全县民生实事项目推进会上的讲话⟧</li>
<li>⟦l 在社区适老化改造现场会上的发言⟧</li>
<li>⟦l 老年助餐点建设工作讲话提纲⟧</li>
</ul>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:6px;top:220px">⟦w 写材料卡壳？墨禾老笔头QQ 3170526418 在线⟧</div>
<table width="960" align="center" class="foot"><tr><td>
⟦d 馆内部分文章由网友投寄，若有不妥请来函，核实后即撤下⟧<br>
⟦m Copyright 2013-2024 墨禾范文馆 mohefanwen.com　湘ICP备13027745号⟧<br>
⟦m 你是本馆第 0712908 位来客⟧
</td></tr></table>
<script type="text/javascript">document.write('<img src="/count.asp?id=5527" width="0" height="0">');</script>
</body>
</html>
""",
        body="""
同志们：
今天我们召开全县老旧小区指纹锁加装工作推进会，主要是总结前一阶段试点经验，部署下一步工作。刚才，县住建局通报了试点情况，梿塘镇和鲻港镇作了交流发言，讲得很实在，我都同意。下面，我讲三点意见。
一、认清意义，把好事办好。全县60岁以上独居老人有2100多户，忘带钥匙、反锁在门外求助的情况时有发生。给老人家门换上指纹锁，是一件看得见、摸得着的民生实事。⟦w 讲话稿改不动？墨禾老笔头一对一代改，微信 mohe_bitou⟧
二、把住质量，确保装得放心。各镇要统一从县里公布的合格产品名录中选型，安装前入户核对门型，安装后当场录入指纹、教会老人使用，并留好应急钥匙。
⟦l 专题推荐：2024民生实事讲话稿合集（共36篇）⟧
三、压实责任，按期完成任务。今年10月底前要完成第一批860户安装，各镇主要负责同志要亲自过问，县督查室每月通报一次进度。
同志们，小门锁连着大民生。希望大家把这件实事办到群众心坎上！
""",
    ),
    dict(
        slug="fanwen-wenfanzhan-contract-feeder-consignment",
        site="文范栈 (invented)",
        style="范文站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.wenfanzhan.net/hetong/daixiao/20418.html",
        title="宠物喂食器代销合同范本",
        record_title="宠物喂食器代销合同范本（可直接打印）- 文范栈",
        date=None,
        notes="a contract template with ＿＿ blanks, ×× placeholders and 第N条 articles; a relative 'collected 3 days ago' "
        "stamp is no date; a disclaimer line between two articles; a custom-writing QQ line at the bottom",
        page="""
!m 文范栈｜合同协议馆
!m 位置：文范栈 ＞ 合同协议 ＞ 代销合同
!t 宠物喂食器代销合同范本（可直接打印）
!m 整理：栈主小范　收录于3天前　热度 764
!a 〖整篇复制〗〖存为Word〗〖放进我的文件夹〗
{BODY}
!a 范本已显示完毕，存为Word可自动套用贵司抬头
!l 同类范本：宠物寄养服务协议｜宠物店店员劳动合同｜猫砂经销协议
!w 合同定制、条款审读请找栈主QQ 2816630547（工作日在线）
!d 文范栈所收范本仅供参考，用于签约前请咨询执业律师
!m © 文范栈 wenfanzhan.net　粤ICP备19088412号
""",
        body="""
甲方（供货方）：＿＿＿＿＿＿＿＿
乙方（代销方）：＿＿＿＿＿＿＿＿
为明确双方权利义务，甲乙双方就××牌宠物喂食器代销事宜，经平等协商，订立本合同。
第一条　代销产品为甲方生产的××型自动宠物喂食器，代销价格以甲方每季度发布的价目表为准。
第二条　乙方应按甲方提供的说明书向顾客讲解定时出粮、防卡粮和断电记忆等功能，不得夸大宣传。
第三条　代销期间发生的质量问题由甲方负责退换，乙方应在收到顾客反映后＿＿日内通知甲方。
⟦d 〔注：以下条款可按双方实际协商修改〕⟧
第四条　双方每月＿＿日对账一次，乙方在对账后十日内将代销货款汇入甲方指定账户。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="wenku-yezhi-plan-kettle-quality-html-markers",
        site="页知文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yezhiwenku.com/p/8c41e0d27a.html",
        title="蛤溪县小家电行业养生壶质量提升工作方案",
        record_title="蛤溪县小家电行业养生壶质量提升工作方案.docx",
        date="2024-06-18",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs ⧪ 第n页 ⧪ cutting sentences, a paywall line between "
        "paragraphs, decimal headings 1.1–3.2, 成文日期 under the signature; file-name record title",
        p_html='<p class="reader-txt">{}</p>',
        pages=dict(fmt="⧪ 第{n}页 ⧪", every=130, start=2),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>蛤溪县小家电行业养生壶质量提升工作方案.docx - 页知文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.yezhiwenku.com/js/reader.min.js"></script>
<script>window.__DOC__={id:"8c41e0d27a",pages:4};</script>
</head>
<body>
<header class="yz-head">
<div class="logo">⟦m 页知文库 · 一页一页读懂⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/gov/">政务文书</a> <a href="/biz/">行业资料</a> <a href="/edu/">教育</a>⟧</nav>
<div class="user">⟦a <a href="/login">登录页知</a> · <a href="/reg">新人领7天畅读卡</a>⟧</div>
</header>
<main class="yz-main">
<div class="doc-title"><h1>{T}</h1></div>
<div class="doc-meta">⟦m 上传者：质检小鹿　共4页　9.6万次浏览　格式：DOCX⟧</div>
<div class="toolbar">⟦a 放大 缩小 适合宽度 ｜ 全屏阅读 ｜ 添加书签⟧</div>
<article class="reader">
{BODY}
</article>
<div class="pay-mask">⟦a 免费预览已到尽头，开通页知畅读卡看完剩余1页⟧</div>
<div class="pay-btn">⟦a 单篇购买 ￥4.90　立即下载原文件⟧</div>
</main>
<aside class="yz-side">
<h4>⟦l 读过本文的人还在看⟧</h4>
<ul>
<li>⟦l 电热水壶产品质量监督抽查实施细则⟧</li>
<li>⟦l 小家电产业集群高质量发展三年行动⟧</li>
<li>⟦l 企业质量管理体系内审检查表⟧</li>
</ul>
</aside>
<footer>⟦d 本页内容由用户自行上传，页知文库仅提供存储与展示，如涉侵权请提交申诉⟧<br>⟦m 页知文库 yezhiwenku.com　苏ICP备20031776号-3⟧</footer>
<script>reader.init(window.__DOC__);</script>
</body>
</html>
""",
        body="""
为提升全县养生壶产品质量，维护消费者合法权益，结合我县小家电产业实际，制定本方案。
1.工作目标
1.1　到2024年底，全县养生壶生产企业产品监督抽查合格率达到96%以上。
1.2　推动12家重点企业建立温控器、密封圈等关键原材料进货查验记录。
⟦a 此处隐藏约200字，开通畅读卡即可展开⟧
2.重点任务
2.1　开展对标达标。组织企业对照国家标准，逐项排查干烧保护、防溢出和玻璃壶体耐热冲击等指标，形成问题清单和整改时间表。
2.2　强化质量帮扶。县市场监管局联合检测机构开展上门指导，帮助企业解决温控器选型、密封圈材质等技术难题。
2.3　严格监督抽查。对线上销售量大的产品加大抽检频次，不合格产品依法处置并向社会公布。
3.保障措施
3.1　各乡镇要明确一名分管领导，配合做好企业摸底和帮扶对接工作。
3.2　县市场监管局每季度通报一次工作进展，年底对方案落实情况进行评估。
蛤溪县市场监督管理局
2024年6月18日
""",
    ),
    dict(
        slug="wenku-shuye-survey-slow-cooker-wrapped-markers",
        site="书页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.shuyewenku.cn/doc/336102845.html",
        title="关于城区独居老人使用电炖锅情况的调研报告",
        record_title="关于城区独居老人使用电炖锅情况的调研报告（完整版）- 书页文库",
        date="2024-11-08",
        notes="a preview hard-wrapped at 62 columns and cut by ⟚n⟛ markers glued to the continuation line; a data table "
        "one row a line; 成文日期 in Chinese numerals; preview-limit and coin prompts at the bottom",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⟚{n}⟛", every=95, start=2, glue=True),
        page="""
!m 书页文库｜文档在线预览
!t 关于城区独居老人使用电炖锅情况的调研报告（完整版）
!m 贡献者：老龄****办　格式：DOC　页数：3　阅读 2107
!a ↓下载本文　☆收入文集　⚑举报此文
{BODY}
!a 试看到此为止，剩余内容需 3 书页币
!a 充值书页币 ＞　首充加赠50%
!l 你可能还想看：社区老年人用电安全宣传方案 ｜ 独居老人关爱巡访记录表 ｜ 适老化改造调研提纲
!d 文档来源于用户共享，书页文库不对内容的真实性负责
""",
        body="""
为了解城区独居老人厨房用电安全状况，今年9月至10月，区老龄办组织调研组走访了縠纹、梿园两个社区的210户独居老人家庭。现将有关情况报告如下。
一、基本情况
受访老人中，有119户家中使用电炖锅，占56.7%，多用于炖汤、熬粥。分年龄段情况如下：
年龄段　受访户数　使用户数　占比
60—69岁　86　41　47.7%
70—79岁　78　49　62.8%
80岁以上　46　29　63.0%
二、存在的问题
一是插线板老化，有23户把电炖锅插在用了十年以上的插线板上；二是无人看管，不少老人炖上汤后就出门买菜；三是部分老款产品没有防干烧功能。
三、几点建议
建议社区联合物业每季度入户检查一次，为高龄老人免费更换带过载保护的插线板，并在老年食堂开设安全用电小课堂。
区老龄工作委员会办公室
二〇二四年十一月八日
""",
    ),
    dict(
        slug="gov-huchuan-bulletin-lock-spotcheck-table",
        site="琥川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.huchuan.gov.example.cn/art/2024/8/22/art_1520_66931.html",
        title="关于2024年第二批次指纹锁产品质量监督抽查情况的通报",
        record_title="关于2024年第二批次指纹锁产品质量监督抽查情况的通报_通知公告_琥川县人民政府",
        date="2024-08-20",
        date_also=["2024-08-22"],
        notes="a county portal: elder-mode and accessibility links, an 索引号 table whose 文号 cell is neutral, a table of "
        "failed products one row a paragraph, the bureau's own contact line beside the portal's 12345 and 纠错 lines; "
        "成文日期 differs from the portal's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于2024年第二批次指纹锁产品质量监督抽查情况的通报_通知公告_琥川县人民政府</title>
<script src="/module/jslib/jquery.js"></script>
<script>var siteid=71;</script>
</head>
<body>
<div class="topbar">⟦a <a href="#">长者版</a> <a href="#">无障碍浏览</a> <a href="#">切换繁体</a>⟧　⟦a <a href="#">个人登录</a> <a href="#">法人登录</a>⟧</div>
<div class="banner">⟦m 琥川县人民政府⟧</div>
<ul class="mainnav">⟦m <li>首页</li><li>走进琥川</li><li>政务公开</li><li>办事服务</li><li>互动交流</li>⟧</ul>
<div class="path">⟦m 您所在的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11331127-2024-00517⟧</td><td>⟦m 发布机构：县市场监管局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 发布日期：2024-08-22⟧</td></tr>
<tr><td colspan="2">文号：琥市监〔2024〕31号</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="fontsize">⟦a 【字号：大 中 小】【朗读全文】【关掉本页】⟧</div>
<div class="zoom">
{BODY}
</div>
<div class="share">⟦l 转给朋友：微信 微博 QQ空间⟧</div>
<div class="related"><b>⟦l 同栏目其他公告⟧</b>
<p>⟦l 琥川县2024年电动自行车产品质量抽查结果⟧</p>
<p>⟦l 关于开展儿童用品质量安全进校园活动的通知⟧</p></div>
</div>
<div class="footer">
<p>⟦m 主办：琥川县人民政府办公室　承办：县大数据发展中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站纠错请拨：0576-5826000⟧</p>
<p>⟦m 网站标识码3311270031　浙ICP备05017734号⟧</p>
</div>
<script src="/script/stat.js"></script>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为加强电子门锁产品质量监管，今年7月，县市场监管局对全县流通领域销售的指纹锁开展了监督抽查，共抽查8家经营单位的20批次产品，发现不合格产品3批次。现将有关情况通报如下。
经营单位　产品型号　不合格项目
琥川县安邻五金店　AL-206　防技术开启
麝岭路智家建材商行　ZJ-9S　低电量提示
縠水西街锁具部　GT-33　机械钥匙互开率
对抽查不合格的产品，县市场监管局已责令经营者立即下架，并依法立案调查。请各乡镇加强宣传，提醒群众选购通过认证的产品，安装后及时修改初始密码。
联系人：县市场监管局产品质量股　温如舟　电话：0576-5826314
琥川县市场监督管理局
2024年8月20日
""",
    ),
    dict(
        slug="gov-sheling-notice-eldercare-cooker-wrapped",
        site="麝岭县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.sheling.gov.example.cn/zwgk/tzgg/202412/t20241203_918224.html",
        title="关于开展养老服务机构厨房及小家电用电安全检查的通知",
        date="2024-12-02",
        notes="hard-wrapped at 68 columns; 附件 list, 抄送 and 印发 lines, the bureau's own contact; a 'download the "
        "checklist in the attachment' sentence is content; a read-aloud button glued after a sentence and an "
        "interpretation link between paragraphs",
        wrap=68,
        indent="\u3000\u3000",
        page="""
!m 麝岭县人民政府网
!m 首页 ＞ 政府信息公开 ＞ 通知公告
!m 索引号：MS-0208-2024-0391　　发文机关：麝岭县民政局
!a 字号：〔大〕〔中〕〔小〕　　〔读给我听〕
{T}
{BODY}
!a 【打印本页】　【关掉窗口】　【回页顶】
!a 用手机扫一扫，本页随身看
!m 麝岭县人民政府主办　县政务数据中心运维　湘ICP备06011820号
!m 联系我们：0736-7410000（工作日 8:30—17:30）
""",
        body="""
各乡镇（街道）民政办，各养老服务机构：
近期，外地一家养老机构发生因电炖锅干烧引发的火情。为消除安全隐患，县民政局决定在全县养老服务机构开展厨房及小家电用电安全检查。现将有关事项通知如下。
一、检查内容。重点检查电炖锅、电热水壶等小家电是否具备防干烧功能，插座是否超负荷使用，老人房间是否私自使用大功率电器。
二、时间安排。12月10日前各机构完成自查，12月20日前县民政局会同县消防救援大队进行抽查。⟦a 〔朗读此段〕⟧
⟦l 政策图解：一图看懂养老机构用电安全⟧
三、有关要求。请各单位下载附件中的检查表，逐项填写后于12月12日前报县民政局养老服务股。
联系人：章可心，电话：0736-7412058。
附件：1.养老服务机构用电安全检查表
2.小家电隐患整改台账
麝岭县民政局
2024年12月2日
抄送：县消防救援大队，县市场监管局。
麝岭县民政局办公室　2024年12月2日印发
""",
    ),
    dict(
        slug="news-hushui-feeder-exports-captions",
        site="縠水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hushuinews.example.cn/jj/2024-03/15/content_880412.html",
        title="縠水：小小宠物喂食器“喂”出外贸新订单",
        record_title="縠水：小小宠物喂食器“喂”出外贸新订单 - 縠水新闻网",
        date="2024-03-15",
        notes="a county news portal: app prompt glued before the lead, a photo caption between paragraphs, an editor "
        "line glued after the last paragraph, a listen button and a 24-hour list; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>縠水：小小宠物喂食器“喂”出外贸新订单 - 縠水新闻网</title>
<script async src="https://tj.hushuinews.example.cn/t.js"></script>
</head>
<body>
<div class="hd">
<div class="logo">⟦m 縠水新闻网 · 县融媒体中心主办⟧</div>
<div class="nav">⟦m <a>要闻</a> <a>经济</a> <a>民生</a> <a>乡镇</a> <a>视频</a> <a>专题</a>⟧</div>
</div>
<div class="crumbs">⟦m 縠水新闻网 › 经济 › 产业⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-03-15 08:42　来源：縠水融媒　记者：骆小川 通讯员：田穗⟧</div>
<div class="tools">⟦a ▷ 听新闻　｜　A- A+⟧</div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 好文要分享：朋友圈 · 微博 · 复制链接⟧</div>
</div>
<div class="side">
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 縠水西街夜市下周重新开街⟧</li>
<li>⟦l 全县春季招聘会提供岗位4300个⟧</li>
<li>⟦l 鲻港镇枇杷进入疏果期⟧</li>
</ol>
<div class="app">⟦a 下载“掌上縠水”，新闻早知道⟧</div>
</div>
<div class="ft">⟦d 凡注明“縠水融媒”的作品，未经授权不得转载⟧<br>⟦m 新闻热线：0578-2960110　举报邮箱：jb@hushuinews.example.cn⟧<br>⟦m 浙ICP备17023518号　浙公网安备33112702000091号⟧</div>
</body>
</html>
""",
        body="""
⟦a 打开掌上縠水看高清图集⟧今年一季度，縠水县经济开发区的宠物用品企业迎来订单高峰。记者在縠水智喂电器有限公司看到，生产线上正在组装可定时、定量出粮的自动宠物喂食器，包装好的产品将发往东南亚和欧洲。
⟦m ▲图为工人在总装线上调试宠物喂食器（记者 骆小川 摄）⟧
“去年我们卖出了38万台，今年前两个月的订单已经超过15万台。”公司总经理许青禾介绍，企业投入600多万元改造了注塑和总装车间，新产品增加了语音呼唤和余粮提醒功能。
据了解，縠水县已聚集宠物用品生产企业27家，去年实现产值9.6亿元。县里将为企业提供出口信用保险补贴和跨境电商培训，帮助更多“小产品”走向大市场。⟦m （编辑：戚晚照　审核：蒋一苇）⟧
""",
    ),
    dict(
        slug="news-xiucheng-kettle-test-title-line",
        site="貅城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xiuchengwb.example.com/shfw/20240521/A07_4412.html",
        title="市消保委比较试验：20款养生壶中3款干烧保护不达标",
        record_title=None,
        date="2024-05-21",
        notes="no title in the record: the title line under the channel line; the byline's 发布时间 is the date; a "
        "'yesterday' stamp in the related list is no date; an ad line between paragraphs",
        page="""
!m 貅城晚报网　>　民生服务
!a 【A+ 大字】【A 标准】　【夜间模式】
{T}
!m 发布时间：2024-05-21 07:30　来源：貅城晚报　记者　晏清和
{BODY}
!l 相关阅读：选购电热水壶 先看这三点（昨天 18:20）
!l 相关阅读：夏季家用电器安全使用提示
!a 点赞 12　　收藏　　转给好友
!m 貅城晚报网版权所有　新闻线索征集：0591-8372266
""",
        body="""
5月20日，市消费者权益保护委员会发布养生壶比较试验结果。在20款样品中，有3款干烧保护不符合国家标准要求，另有2款标注的容量与实测值偏差较大。
此次试验的样品由工作人员以普通消费者身份从线上平台和商场购买，价格在89元至468元之间。试验项目包括干烧保护、温升、泄漏电流、玻璃壶体耐热冲击等12项。
⟦a 〖广告〗厨房小家电以旧换新，最高补贴200元⟧
市消保委提醒，选购养生壶时要查看产品是否有强制性认证标志，使用时水量不要低于最低刻度线，煮完花茶、药膳后要及时清洗，长时间不用应拔下电源。
对比较试验中发现的问题，市消保委已约谈相关企业，要求其限期整改。
""",
    ),
    dict(
        slug="forum-mengzhua-cat-cage-jammer",
        site="萌爪宠物论坛 (invented, Discuz-like)",
        style="论坛",
        genre="经验帖",
        kind="other",
        form="html",
        source="https://bbs.mengzhua.example.com/thread-390218-1-1.html",
        title="给两只猫选宠物笼，踩过的坑都在这儿了",
        record_title="[养猫心得帖] 给两只猫选宠物笼，踩过的坑都在这儿了 - 笼舍窝垫 - 萌爪宠物论坛",
        date=None,
        notes="a Discuz-like forum: jammer-font junk between and glued after sentences, a numbered list, a poster's box, "
        "a rating row, a signature, replies below; 发表于 3 天前 is no date",
        junk=dict(lines=1, glued=3),
        p_html="{}<br />",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[养猫心得帖] 给两只猫选宠物笼，踩过的坑都在这儿了 - 笼舍窝垫 - 萌爪宠物论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Kq2"></script>
</head>
<body>
<div id="toptb">⟦a <a>快速登录</a> <a>注册萌爪号</a> <a>找回密码</a>⟧</div>
<div id="hd">⟦m 萌爪宠物论坛 · 毛孩子的家⟧</div>
<div id="pt">⟦m 萌爪 › 猫咪区 › 笼舍窝垫 › 帖子正文⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 橘子不吃鱼 ｜ 帖子 318 ｜ 罐头 2406 ｜ 铲屎官三级⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 ｜ 只看楼主 ｜ 倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 5　罐头 +16　收起 理由⟧</div>
<div class="sign">⟦m 家有两只橘座，一只叫大福一只叫小满⟧</div>
<div class="po">⟦a 回复 支持(28) 反对 收藏 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　毛线团团：第三条太有用了，我家笼子就是门锁太松⟧</div>
<div class="reply">⟦l 板凳　喵不语：请问层板间距多少合适⟧</div>
<div id="fastpost">⟦a 登录萌爪后才能参与回帖 ｜ 没有账号？马上注册⟧</div>
<div id="ft">⟦m 萌爪宠物论坛 ( 闽ICP备21004172号 ) ｜ Archiver ｜ 手机版⟧</div>
</body>
</html>
""",
        body="""
家里两只猫，去年搬家的时候临时需要一个宠物笼，前后买了三个才算满意，分享一下经验，给新手铲屎官参考。
1.尺寸宁大勿小。两只成年猫至少选三层、宽度一米左右的笼子，太窄的话猫砂盆和饭碗挤在一起，猫很快就会烦躁。
2.看焊点和边角。第一个笼子是便宜货，焊点有毛刺，把猫的爪垫划破了，买回来一定要用手把边角摸一遍。
3.笼门要有锁扣。我家大福会用爪子拨开插销，后来换了带双锁扣的笼门才安生。
4.底盘要能抽出来。抽拉式底盘清理方便，最好再配一个万向轮，搬动时不用两个人抬。
最后提醒一句，笼子只是临时安置用的，每天还是要放猫出来活动，不然猫会憋出毛病来。
""",
    ),
    dict(
        slug="forum-zhisuo-lock-alarm-junk-text",
        site="智锁之家论坛 (invented)",
        style="论坛",
        genre="求助帖",
        kind="other",
        form="text",
        source="https://bbs.zhisuozhijia.example.com/t/77316",
        title="指纹锁半夜自己报警，是不是该换了？",
        record_title="【急求支招】指纹锁半夜自己报警，是不是该换了？（已解决）- 门锁交流区 - 智锁之家论坛",
        date=None,
        notes="a forum post with anti-scraping junk as lines and glued after 。; 'yesterday' stamps are no date; "
        "medals, replies and a signature around the post",
        junk=dict(lines=2, glued=3),
        page="""
!m 智锁之家论坛 » 门锁交流区 » 故障求助
!t 【急求支招】指纹锁半夜自己报警，是不是该换了？（已解决）
!m 楼主：老潘修门　发表于 昨天 21:14　查看 1532　回复 19
!m 勋章：热心锁友　　金钥匙 ×3
{BODY}
!m 本帖最后由 老潘修门 于 昨天 22:40 编辑
!a 顶一下　踩一下　收藏本帖　举报
!l 2# 钥匙扣：电池问题八成，换了就好
!l 3# 安居小杨：我家的也是，后来发现是门没关严
!m 签名档：专修各类门锁，不接开锁活
!a 游客请先登录，才能查看更多回复
""",
        body="""
家里这把指纹锁用了四年，上周开始半夜会突然“嘀嘀嘀”报警，声音很大，把孩子都吵醒了。
一开始我以为是有人撬门，调了门口的监控，什么也没有。后来连着三个晚上都是两点多报警，我就怀疑是锁本身的问题。
拆开后面板看了一下，发现有两节电池已经漏液，电池仓的弹片也锈了。换了新电池、用酒精把弹片擦干净以后，这两天再没报过警。
总结一下给大家提个醒：指纹锁最好半年检查一次电池，低电量提示一响就要换，不要新旧电池混用；如果换了电池还乱报警，再联系厂家售后，别急着换锁。
""",
    ),
]
