"""holdout192, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (documents, sites, places, people, numbers, URLs, chrome); see ../README.md and
../build.py for the markup. Subjects: oversleeves (袖套), binder clips (长尾夹), shoe covers
(鞋套), floor drains (地漏), staff badges and lanyards (工牌/胸卡), rain ponchos (雨披).
"""

CASES = [
    dict(
        slug="fanwen-biyange-speech-oversleeves-gb2312",
        site="笔砚阁范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyange.net/jianghua/shichang/2025/0418/7731.html",
        title="在全县餐饮从业人员着装规范推进会上的讲话",
        record_title="【范文精选】在全县餐饮从业人员着装规范推进会上的讲话（通用2篇）_笔砚阁",
        date="2025-04-16",
        notes="old gb2312 table layout: marquee, font-size/background row, QQ float, hot list, visitor counter; "
        "date only under the speech title (an update stamp in the byline is no date); a writing-service "
        "line on its own between paragraphs and a collect button glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【范文精选】在全县餐饮从业人员着装规范推进会上的讲话（通用2篇）_笔砚阁</title>
<meta name="keywords" content="着装规范,讲话稿,餐饮从业人员,袖套">
<link href="/skin/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
<script language="javascript">var biyHits=0;function fontZoom(n){document.getElementById('wenzhang').style.fontSize=n+'px';}</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300">⟦m 笔砚阁范文网 www.biyange.net⟧</td><td align="right">⟦a <a href="#">设为浏览器主页</a> | <a href="#">把本站加入书签</a> | <a href="/wap/">手机访问</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得感悟</a> | <a href="/shuzhi/">述职述廉</a> | <a href="/zhuchi/">主持串词</a>⟧</td></tr></table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3">⟦m 笔砚阁：收录各类公文范本十二万余篇，每日更新，写材料先来笔砚阁！⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您所在位置：笔砚阁 &gt;&gt; 讲话发言 &gt;&gt; 市场监管讲话 &gt;&gt; 正文⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center" class="info">⟦m 发布：笔砚阁编辑组　人气：3162　更新：2025-04-18⟧</td></tr>
<tr><td align="center">⟦a 字号调节：[ A+ ] [ A ] [ A- ]　背景：[护眼] [夜间]⟧</td></tr></table>
<table width="100%"><tr><td id="wenzhang">
<p align="center">（2025年4月16日）</p>
<p align="center">鸥川县市场监督管理局副局长　林晓舟</p>
{BODY}
</td></tr></table>
<table width="100%"><tr><td align="center">⟦a ↓ 保存为Word文档　⧉ 一键拷贝全文　⎙ 打印本页⟧</td></tr>
<tr><td>⟦l 上一篇：乡镇农贸市场提质改造推进会讲话⟧</td></tr>
<tr><td>⟦l 下一篇：食品安全宣传周启动仪式致辞⟧</td></tr></table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td class="side-t">⟦l 本月热读⟧</td></tr>
<tr><td>⟦l ·学校食堂从业人员健康管理讲话⟧</td></tr>
<tr><td>⟦l ·餐饮质量安全提升行动部署会讲话⟧</td></tr>
<tr><td>⟦l ·在“明厨亮灶”现场观摩会上的讲话⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 材料代拟 加急可约 QQ：3307215946⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 本站文章均由网友投稿整理，仅供写作参考；若有侵权请发邮件告知，核实后48小时内删除。⟧<br>
⟦m Copyright 2008-2025 笔砚阁范文网　浙ICP备08117263号⟧<br>
⟦m 今日访问 1204 人次　累计访问 3861077 人次⟧
</td></tr></table>
<script language="javascript" src="/js/tongji.js"></script>
</body>
</html>
""",
        body="""
同志们：
今天，我们召开全县餐饮从业人员着装规范推进会，主要是落实市局关于餐饮服务食品安全操作规范的部署，把工作衣帽、袖套、口罩这些“小物件”管起来。刚才，三家单位作了交流发言，讲得都很实在。下面，我讲三点意见。⟦a 〔收藏本篇〕⟧
一、看清问题。今年一季度，县局抽查学校食堂、集体用餐配送单位和大中型餐馆共146家，发现从业人员未戴袖套、袖套脏污破损的有39家，占26.7%。有的后厨袖套一个月不换，油渍发黑，本身就成了污染源。
⟦w 本站原创讲话稿，同类材料可加QQ 3307215946 定制⟧
二、抓住重点。各单位要为切配、面点、凉菜岗位配齐浅色袖套，每人不少于两副，做到每日一换、集中清洗；专间使用的袖套要与普通区域分色管理，不得混用。
三、压实责任。县局将把着装规范纳入日常检查和“明厨亮灶”巡查内容，对屡查屡犯的单位依法从严处理。
同志们，衣帽袖套虽小，连着群众舌尖上的安全。希望大家从细处着手，把规范落到每一个灶台前。
""",
    ),
    dict(
        slug="fanwen-yantian-insight-binder-clips-archive",
        site="砚田文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yantianwenyuan.com/xinde/peixun/59307.html",
        title="参加文书档案整理培训心得体会",
        record_title="参加文书档案整理培训心得体会（精编版）_砚田文苑",
        date=None,
        notes="no date anywhere (a crawl stamp only); a ghost-writer WeChat line between paragraphs; "
        "a read-aloud button glued after a sentence; VIP prompt and related list below",
        page="""
!m 砚田文苑 · 耕好每一篇文字
!m 首页 / 心得体会 / 培训心得 / 正文
{T}
!m 编辑：小禾　浏览：2,418　收录于 心得体会专栏
!a ♡ 收藏　　⇪ 分享　　▶ 听全文
{BODY}
!a 本文为精编版，开通文苑会员即可免费导出Word，无广告阅读全站范文。
!a 立即开通 ¥9.9/月
!l 同主题推荐：
!l 档案业务培训班学习体会（3篇）
!l 机关档案管理工作心得
!l 参加业务培训的收获与感悟
!d 文苑所载文章来源于网络及会员投稿，仅供学习交流，不代表本站观点。
!m 页面抓取于 2025-07-02 03:14
""",
        indent="\u3000\u3000",
        body="""
按照局办公室安排，我参加了为期三天的文书档案整理业务培训。培训由县档案馆两位老师授课，既讲规范，又手把手带着我们拆卷、排序、装订，收获很大。
一是改掉了“夹子省事”的老习惯。过去科室归档，我们图方便，常用长尾夹一夹了事。老师拿出一卷十年前的文件给我们看，夹口处的纸张已经锈出黄斑，有的一揭就碎。⟦a 【朗读本段】⟧原来金属长尾夹、回形针和订书钉都会生锈，文件入档前必须全部去除。
⟦w 需要原创心得体会、培训总结的朋友，加微信 ytwy_2025 备注“心得”⟧
二是弄懂了“件”的道理。每件文件按正本在前、定稿在后排列，用不锈钢钉或棉线装订，一件一装，不能几件夹成一摞了事。
三是认识到档案工作无小事。一份文件放得对不对、装得牢不牢，十年、二十年后查档的人才知道。
今后，我将把培训所学用到科室日常归档中，先从清理柜子里那几百个长尾夹做起，让每一份文件都经得起时间检验。
""",
    ),
    dict(
        slug="wenku-zhiye-survey-floor-drain-odour-pages",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewenku.com/p-66120473.html",
        title="关于老旧小区卫生间地漏返臭问题的调研报告",
        record_title=None,
        date="2025-03-28",
        notes="no record title: the reader's h1; page-marker paragraphs ⟠ n ⟠ cut sentences; an upload stamp "
        "is no date; 成文日期 under the signature; a member lock and a 'continue reading' box",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于老旧小区卫生间地漏返臭问题的调研报告 - 知页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__DOC__={id:66120473,pages:5,free:2};</script>
<script src="https://static.zhiyewenku.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="hd"><a class="logo" href="/">⟦m 知页文库 · 专业文档分享平台⟧</a>
<nav>⟦m 首页　公文写作　行业资料　教育资源　合同范本⟧</nav>
<div class="user"><a href="/login">⟦a 登录 / 注册领30下载券⟧</a></div></header>
<div class="crumbs">⟦m 知页文库 › 公文写作 › 调研报告 › 城建住房⟧</div>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 共5页　｜　1.2万次阅读　｜　上传于 2025-04-02　｜　贡献者：凫**⟧</div>
<div class="doc-tools">⟦a 下载文档（5下载券）　收藏　分享　举报⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-lock">⟦a 剩余3页未展开，开通畅读卡即可阅读全文⟧</div>
<div class="doc-lock-btn">⟦a 继续阅读　　开通畅读卡 ¥6/月⟧</div>
</main>
<aside class="side">
<h3>⟦l 同类文档推荐⟧</h3>
<ul><li>⟦l 住宅小区排水系统返臭原因分析.pdf⟧</li>
<li>⟦l 老旧小区改造入户调查问卷模板.docx⟧</li>
<li>⟦l 卫生间防臭改造施工方案（通用版）⟧</li></ul>
</aside>
<footer>⟦d 本文档由用户上传，知页文库仅提供信息存储空间，如涉及侵权请点击“投诉”，平台将于核实后处理。⟧<br>
⟦m © 2025 知页文库 zhiyewenku.com　苏ICP备20043118号-3⟧</footer>
<script>reader.init({lock:true});</script>
</body>
</html>
""",
        pages=dict(fmt="⟠ {n} ⟠", every=170, start=2),
        body="""
为摸清老旧小区住户反映强烈的卫生间返臭问题，今年3月，县住建局组织物业科、质监站有关人员，对城区2000年以前建成的17个小区开展专题调研，入户查看412户，收回有效问卷563份。现将有关情况报告如下。
一、基本情况
有返臭现象的住户占61.3%，其中夏季明显加重的占八成以上。入户查看的412户中，地漏为无水封直排式的有238户，水封深度不足20毫米的有97户。
二、主要原因
一是原装地漏普遍没有存水弯，下水管道的臭气直接上返；二是部分住户装修时自行更换地漏，安装不规范；三是地漏长期不用，水封蒸发失效。
三、对策建议
（一）结合老旧小区改造，将卫生间地漏更换纳入改造清单，优先选用深水封或机械密封防臭地漏。
（二）由社区和物业开展“地漏换芯”便民服务，对困难家庭免费更换。
（三）通过入户宣传，引导住户定期向地漏注水，保持水封。
鸥川县住房和城乡建设局
2025年3月28日
""",
    ),
    dict(
        slug="wenku-fangcun-plan-shoe-covers-wrapped-glued-markers",
        site="方寸文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="other",
        form="text",
        source="https://m.fangcunwk.cn/doc/3390174.html",
        title="隼岭县人民医院一次性鞋套减量使用工作方案",
        record_title="隼岭县人民医院一次性鞋套减量使用工作方案.docx",
        date="2025-05-06",
        notes="file name as record title; hard-wrapped at 62 columns; ⁙n⁙ markers glued to the continuation "
        "line; 成文日期 in Chinese numerals under the signature; decimal headings 2.1–2.3 in a wrapped text; a preview-end prompt",
        page="""
!m 方寸文库
!t 隼岭县人民医院一次性鞋套减量使用工作方案.docx
!m 4页　·　862人看过　·　上传者 lanxi***
!a 〖免费预览前4页〗　〖加入书架〗　〖转存到手机〗
{BODY}
!a —— 预览到此为止，付费1.5元即可下载无水印原文 ——
!l 看过本文的人还看了：门诊部环境卫生整治方案 / 医院绿色低碳行动计划 / 院感防控物资管理办法
!m 方寸文库客服：0571-88125406（9:00-18:00）
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⁙{n}⁙", every=110, start=2, glue=True),
        body="""
为减少一次性医用辅料浪费，推进绿色医院建设，结合我院实际，制定本方案。
一、工作目标
到2025年底，门诊和普通病区一次性鞋套使用量比2024年下降50%以上；手术室、导管室等洁净区域继续严格执行换鞋或穿鞋套管理。
二、主要措施
2.1 取消门诊大厅、住院部入口的鞋套自取点，普通就诊和探视不再要求穿戴鞋套。
2.2 洁净区域推行可清洗的专用工作鞋，由消毒供应中心集中清洗消毒，每日更换。
2.3 确需使用鞋套的区域，由护士站按需发放，登记领用数量，每月汇总通报。
三、职责分工
后勤保障部负责鞋套采购和领用统计；院感科负责制定区域清单并督导检查；各科室护士长为本科室第一责任人。
四、时间安排
5月为宣传准备阶段，6月至11月为实施阶段，12月开展总结评估。
隼岭县人民医院
二〇二五年五月六日
""",
    ),
    dict(
        slug="gov-hushan-bulletin-binder-clip-spotcheck-html",
        site="鹄山县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.hushan.gov.cn/zwgk/bmxxgk/scjgj/202506/t20250610_118402.html",
        title="鹄山县市场监督管理局关于2025年第一批办公文具产品质量监督抽查结果的通报",
        record_title="鹄山县市场监督管理局关于2025年第一批办公文具产品质量监督抽查结果的通报_鹄山县人民政府",
        date="2025-06-06",
        date_also=["2025-06-10"],
        notes="county portal: 长者模式/读屏 links, 索引号 table, 发布日期 differs from the 成文日期 (the document's "
        "date expected); a results table one row a paragraph; the bureau's contact next to the portal's own phone",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鹄山县市场监督管理局关于2025年第一批办公文具产品质量监督抽查结果的通报_鹄山县人民政府</title>
<meta name="SiteName" content="鹄山县人民政府">
<meta name="ColumnName" content="部门信息公开">
<script src="/common/js/jquery.min.js"></script>
<script>var _maq=_maq||[];_maq.push(['_setAccount','hushan']);</script>
</head>
<body>
<div class="topbar"><span>⟦m 今天是：2025年7月3日 星期四⟧</span><span class="tools">⟦a 长者模式 | 读屏专用 | 繁體⟧</span></div>
<div class="banner">⟦m 鹄山县人民政府 www.hushan.gov.cn⟧</div>
<ul class="mainnav">⟦m <li>首页</li><li>走进鹄山</li><li>政务公开</li><li>政务服务</li><li>互动交流</li>⟧</ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 县市场监管局⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11431021MB1573620K/2025-00387⟧</td><td>⟦m 主题分类：质量监督⟧</td></tr>
<tr><td>⟦m 发布机构：鹄山县市场监督管理局⟧</td><td>⟦m 发布日期：2025-06-10⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="sub">⟦m 来源：县市场监管局　浏览量：417⟧　⟦a 【字号 特大｜标准｜偏小】⟧</div>
<div class="content">
{BODY}
</div>
<div class="art-tools">⟦a 打印正文　|　关闭窗口　|　分享至微信⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 鹄山县2024年产品质量监督抽查工作总结⟧</p>
<p>⟦l 关于开展学生用品质量安全专项检查的通知⟧</p></div>
<div class="footer">
<p>⟦m 主办：鹄山县人民政府办公室　网站联系电话：0735-6210000⟧</p>
<p>⟦m 网站标识码：4310210004　湘ICP备05117702号　湘公网安备43102102000113号⟧</p>
<p>⟦d 本网站所有信息仅供参考，未经许可不得转载。⟧</p>
</div>
<script src="/common/js/visit.js"></script>
</body>
</html>
""",
        body="""
各有关单位：
根据年度产品质量监督抽查计划，县局于4月至5月对辖区生产、销售的长尾夹、订书机、回形针等办公文具产品开展了监督抽查，现将结果通报如下。
一、抽查情况
本次共抽查12家企业的30批次产品，检出不合格产品3批次，不合格发现率10.0%，不合格项目主要为夹力、镀层耐腐蚀性和尖角毛刺。
二、不合格产品情况
企业名称　产品名称　规格型号　不合格项目
鹄山县宏捷文具厂　长尾夹　41mm　夹力
鹄山县宏捷文具厂　长尾夹　25mm　镀层耐腐蚀性
鹄原街道晨星文具店　长尾夹　19mm　尖角毛刺
三、处理要求
对抽查不合格的生产企业，责令其停止生产销售同类产品、限期整改，并依法立案查处；对销售企业，督促其立即下架不合格产品。
联系人：程亦舟，电话：0735-6213047。
鹄山县市场监督管理局
2025年6月6日
""",
    ),
    dict(
        slug="gov-fuxi-reply-letter-floor-drains-text",
        site="凫溪县人民政府网 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.fuxi.gov.cn/xzdt/fwz/zwgk/202507/t20250714_30951.html",
        title="凫湾镇人民政府关于安置小区卫生间地漏改造有关事项的复函",
        record_date="2025-07-11",
        date="2025-07-11",
        notes="record title and date as is; the 文号 line neutral; the town's own contact and a 抄送 line in the body "
        "next to the portal's service phone",
        page="""
!m 凫溪县人民政府网　　政务公开 > 乡镇政务 > 凫湾镇
{T}
凫湾府函〔2025〕27号
!m 信息来源：凫湾镇人民政府　　浏览次数：265
!a 字体：大｜中｜小　　打印　　关闭窗口
{BODY}
!l 上一条：凫湾镇2025年汛期值班安排表
!l 下一条：关于开展农村自建房安全隐患排查的通知
!m 凫溪县人民政府办公室主办　政务服务热线：0739-12345　湘ICP备06023451号
""",
        body="""
县住房和城乡建设局：
贵局《关于征求安置小区卫生间改造意见的函》收悉。经镇党委、政府研究，现将有关意见函复如下：
一、同意将凤栖安置小区一期、二期共486户卫生间地漏改造纳入今年老旧小区改造计划，改造资金按县、镇两级分担办法执行。
二、建议改造统一选用深水封防臭地漏，并同步检查存水弯和排水立管，避免“换了地漏、臭味照旧”。
三、我镇已安排社区干部逐户登记，预计7月底前完成摸底，届时将名单报送贵局。
联系人：镇村镇建设办苏明远，电话：0739-8425116。
特此函复。
凫溪县凫湾镇人民政府
2025年7月11日
抄送：县财政局，凤栖社区居民委员会。
""",
    ),
    dict(
        slug="news-luanjiang-ponchos-riders-h1-captions",
        site="鸾江晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.luanjiangwb.com/news/shehui/2025-06/18/content_420731.html",
        title="两千件反光雨披送到骑手手中",
        record_title=None,
        date="2025-06-18",
        notes="evening-paper portal: ad slots, 24-hour list; no record title (the h1); 发布时间 byline the date; "
        "a photo caption between paragraphs and an editor line glued after the last sentence",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>鸾江晚报网</title>
<script>var adslots=['top','side'];</script>
<script async src="https://ad.luanjiangwb.com/slot.js"></script>
</head>
<body>
<div class="masthead">⟦m 鸾江晚报网 · 鸾江人自己的新闻门户⟧　⟦a 数字报　客户端下载　登录⟧</div>
<nav class="channel">⟦m 首页 | 时政 | 社会 | 民生 | 文旅 | 视频 | 专题⟧</nav>
<div class="ad-top">⟦m 广告　鸾江湾·江景洋房 首付18万起 认筹热线 0738-5520888⟧</div>
<div class="loc">⟦m 首页 &gt; 社会 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-18 09:32　来源：鸾江晚报　记者：隼飞 通讯员：罗一帆⟧</div>
<div class="share">⟦a 分享到：微信 朋友圈 微博　｜　字号 A+ A-⟧</div>
<div class="text">
{BODY}
</div>
</article>
<div class="hot24"><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 城区三条道路今晚起分段施工⟧</li><li>⟦l 鸾江中考成绩6月25日可查⟧</li><li>⟦l 夏夜纳凉地图请收好⟧</li></ol></div>
<div class="comment">⟦l 网友评论（12）　我来说两句⟧</div>
<footer>⟦d 鸾江晚报网所刊登内容，未经书面授权不得转载、摘编。⟧<br>⟦m 新闻热线：0738-5521100　互联网新闻信息服务许可证编号：43120190041⟧</footer>
<script src="https://stat.luanjiangwb.com/pv.js"></script>
</body>
</html>
""",
        body="""
6月17日上午，鸾江县总工会联合县交警大队，在城区骑手驿站为外卖、快递骑手送上2000件带反光条的雨披。
进入汛期，城区降雨频繁，不少骑手冒雨送单。县总工会走访发现，骑手常用的普通雨披帽檐遮挡视线、颜色偏暗，夜间容易被车辆忽视。
⟦m 图为骑手在驿站试穿新雨披。记者 隼飞 摄⟧
此次发放的雨披采用透明宽帽檐和双侧反光条设计，前襟加长，可罩住电动车车把。县交警大队民警现场提醒骑手，雨天要减速慢行，不要一手撑伞一手骑车。
“以前的雨披一刮风就往脸上贴，这件看得清路。”骑手周海东试穿后说。
据悉，县总工会今年还将在城区新建3个骑手驿站，配备饮水、充电、药箱等设施。⟦m （责任编辑：田禾　审校：孔言）⟧
""",
    ),
    dict(
        slug="news-jushui-shoe-covers-title-glued-dotted-date",
        site="雎水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jushuinews.cn/minsheng/202506/t20250603_77164.shtml",
        title="雎水县人民医院门诊取消一次性鞋套",
        record_title="雎水县人民医院门诊取消一次性鞋套｜雎水新闻网·民生频道",
        date="2025-06-03",
        notes="channel suffix after ｜; the title printed again, glued to the lead; a dotted byline date; "
        "a follow prompt on a line of its own between paragraphs",
        page="""
!m 雎水新闻网 > 民生 > 健康
{T}
!m 2025.06.03 17:20　来源：雎水日报　作者：记者 凫清
!a 分享：微信｜微博｜QQ空间　　字号：大 中 小
{T}{BODY}
!a 打开“雎水发布”客户端，看更多本地新闻
!l 【相关阅读】县中医院开通夜间门诊　/　雎阳镇卫生院完成提质改造
!d 版权所有：雎水县融媒体中心　未经授权禁止转载
""",
        body="""
本报讯 从6月1日起，雎水县人民医院门诊大厅和住院部入口撤掉了鞋套自取机，患者和家属进出不再需要套鞋套。
“鞋套套上容易打滑，老人走路更不安全，用完随手一扔，垃圾桶常常塞满。”医院后勤保障部负责人介绍，过去门诊每天消耗一次性鞋套约3000只，一年仅采购费用就超过6万元。
⟦a 长按识别二维码，关注“雎水健康”⟧
院感科主任葛蔚然说，门诊和普通病区并不属于需要鞋套的区域，穿脱鞋套时反而可能污染手部。手术室、重症监护室等区域仍将严格执行换鞋或穿鞋套的规定。
医院同时在入口处增设了防滑地垫和洗手点，请大家就诊时配合。
""",
    ),
    dict(
        slug="forum-qiaoshou-floor-drain-diy-discuz-jammer",
        site="巧手家园论坛 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qiaoshoujy.com/thread-508817-1-1.html",
        title="卫生间地漏返臭，我是这样解决的",
        record_title="[经验分享] 卫生间地漏返臭，我是这样解决的 - 水电改造 - 巧手家园论坛 - Powered by Discuz!",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, a poster card, a signature, reply floors; "
        "'发表于 3 天前' is no date",
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>[经验分享] 卫生间地漏返臭，我是这样解决的 - 水电改造 - 巧手家园论坛 - Powered by Discuz!</title>
<style type="text/css">.jammer{font-size:0;color:#fff}</style>
<script type="text/javascript">var STYLEID='3',IMGDIR='static/image/common',discuz_uid='0';</script>
</head>
<body>
<div id="toptb">⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="hd">⟦m 巧手家园论坛 — 自己动手，丰衣足食⟧</div>
<div id="pt">⟦m 巧手家园论坛 › 装修交流 › 水电改造 › 查看内容⟧</div>
<div class="ts">⟦m 查看: 5317 | 回复: 46⟧　<h1><span id="thread_subject">{T}</span></h1></div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 楼主　老周修修补补⟧</div><p>⟦m 主题 23　帖子 388　积分 1290　中级会员⟧</p></td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前　只看该作者　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_2208716">
{BODY}
</td></tr></table></div>
<div class="sign">⟦m 签名：能自己拧的螺丝，绝不请师傅⟧</div>
<div class="po">⟦a 回复　支持(58)　反对(1)　收藏(21)　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　小鹿乱撞：磁吸翻板那种用久了会卡头发，得常清⟧</div>
<div class="reply">⟦l 板凳　水电阿强：存水弯+防臭芯确实会排水慢，楼主说得对⟧</div>
<div id="f_pst">⟦a 高级模式　发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m 巧手家园论坛 ( 粤ICP备15087329号-1 )　GMT+8, 2025-7-1 22:06⟧</div>
<script type="text/javascript">_attachEvent(window,'load',function(){},document);</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
新房住了两年，卫生间一到夏天就有股下水道味，关着门都挡不住。前后找了两次师傅，都说是地漏的问题，这个月自己动手折腾了一番，算是彻底好了，写出来给有同样困扰的朋友参考。
第一步，先找原因。把地漏盖板撬开，发现下面是直通的，根本没有存水弯，原来的防臭芯早就被头发缠死了。
第二步，换芯。量了一下下水口内径是50毫米，网上买了一个磁吸翻板的防臭芯，三十多块钱，直接塞进去，边缘用玻璃胶封了一圈。
第三步，单独处理洗衣机排水口。原来的排水管插在地漏里，缝隙很大，我加了个专用接头，把缝堵死。
换完一个月，味道没了。提醒一句：如果家里下水管本身有存水弯，就别再加防臭芯，不然排水会很慢。
""",
    ),
    dict(
        slug="forum-tongqinke-ponchos-post-junk-lines",
        site="通勤客论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.tongqinke.net/bbs/showtopic-73105.aspx",
        title="电动车雨披选购和使用的几点体会",
        record_title="[骑行交流] 电动车雨披选购和使用的几点体会 - 通勤客论坛",
        date=None,
        notes="forum text with anti-scraping junk on lines of their own and glued after sentences; a signature; "
        "'昨天 21:47' is no date",
        page="""
!m 通勤客论坛 » 电动车版 » 骑行交流
!t [骑行交流] 电动车雨披选购和使用的几点体会
!m 楼主：骑驴找马　　发表于 昨天 21:47　　阅读 1906 / 回复 33
!a 只看楼主　|　打赏　|　收藏本帖
{BODY}
!m —————— 签名：慢慢骑，早晚都能到
!l 2# 云朵上的鱼：双人雨披真的别买，后座完全看不到路
!l 3# 老胡：反光条这个太重要了，顶
!a 登录后才能回复，还没有账号？马上注册
""",
        junk=dict(lines=2, glued=2),
        body="""
每天骑电动车通勤十二公里，雨披用坏了四五件，说几点自己的体会。
一、帽檐要透明、要宽。深色帽檐下雨天低头看路还行，一转头就挡住侧面视线，变道特别危险。
二、一定要带反光条。晚上雨里车灯一照，身上有没有反光条，后车司机的反应完全不一样。
三、前襟别太长。拖到脚踏板下面容易卷进车轮，我有一次就这样差点摔了。
四、双人雨披慎买。后座的人被罩在里面，司机看不到，后面的人也看不到路。
最后说一句，雨特别大的时候，能坐公交就别硬骑，安全第一。
""",
    ),
]
