"""holdout349, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Written by hand for this part (see ../README.md and ../build.py for the markup); every
county, town, person, firm, site, URL, phone number and chrome wording is invented.
"""

CASES = [
    dict(
        slug="fanwen-moyanxuan-speech-bottle-warmer-gb2312",
        site="墨砚轩范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyanxuan.com/jianghua/zhiliang/2024/0920/58316.html",
        title="在全县婴童用品质量安全提升推进会上的讲话",
        record_title="在全县婴童用品质量安全提升推进会上的讲话（发言稿·拿来即改）_墨砚轩范文网",
        date="2024-09-12",
        date_also=["2024-09-20"],
        notes="gb2312 table page: marquee, reading-settings row, floating ghost-writer box, visitor counter; "
        "speaker and date lines under the title (neutral, the date expected); a ghost-writer WeChat glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县婴童用品质量安全提升推进会上的讲话（发言稿·拿来即改）_墨砚轩范文网</title>
<meta name="keywords" content="暖奶器,质量安全,讲话稿">
<link href="/css/myx.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body bgcolor="#f3efe6" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300" height="72"><a href="/"><img src="/images/logo.gif" alt="墨砚轩">⟦m 墨砚轩范文网⟧</a></td>
<td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨砚轩每日午间上新，讲话稿、汇报材料一站配齐⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="navbar">
<tr><td><a href="/">⟦m 本站首页⟧</a></td><td><a href="/jianghua/">⟦m 领导发言⟧</a></td><td><a href="/zongjie/">⟦m 年终总结⟧</a></td><td><a href="/huibao/">⟦m 汇报材料⟧</a></td><td><a href="/zhuchi/">⟦m 主持串词⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td class="weizhi">⟦m 所处栏目：<a href="/">墨砚轩</a> → <a href="/jianghua/">领导发言</a> → 质量监管⟧</td></tr>
<tr><td width="700" valign="top">
<h1 align="center">{T}</h1>
<div align="center" class="xinxi">⟦m 入库：2024-09-20　围观：1865次　供稿：砚边客⟧</div>
<div align="center" class="shezhi">⟦a 〖正文字号：特大 较大 默认〗〖切换米黄纸色〗⟧</div>
<div class="zhengwen">
<p align="center">副县长　柯立勤</p>
<p align="center">（2024年9月12日）</p>
{BODY}
</div>
<p class="xiazai"><a href="/down.asp?id=58316">⟦a 把本篇讲话存为Word（会员免积分）⟧</a></p>
<p>⟦l 前一篇：全县电动自行车消防安全整治动员会讲话⟧</p>
<p>⟦l 后一篇：在食品小作坊规范提升现场会上的发言⟧</p>
</td>
<td width="250" valign="top" class="bian">
<p><b>⟦l 本月抄写最多⟧</b></p>
<p>⟦l ·市场监管所长在质量月启动仪式上的致辞⟧</p>
<p>⟦l ·母婴店消费安全约谈会主持词⟧</p>
<p>⟦l ·产品质量提升行动阶段性总结⟧</p>
</td></tr>
</table>
<div id="qqfloat" style="position:fixed;right:4px;top:240px">⟦w 墨砚代笔：QQ 2870033519 三小时出初稿⟧</div>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0" class="dibu">
<tr><td align="center">⟦d 墨砚轩所收稿件皆由网友供稿，仅作行文参考，切莫整篇照抄上报。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2011-2024 moyanxuan.com　湘ICP备20118467号⟧　⟦m 您是本站第0186542位读者⟧</td></tr>
</table>
<script language="javascript">document.write('<img src="/count.asp?id=58316" width=0 height=0>');</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开这次推进会，主要是通报全县婴童用品质量抽查情况，部署暖奶器产业质量安全提升工作。堎头镇是全县暖奶器生产的集中地，现有整机和配件企业四十三家，去年产量突破二百一十万台，产品销往二十多个省份，带动两千多名群众在家门口就业。
但我们也要清醒看到，今年上半年省级抽查中，我县有五批次暖奶器因温控偏差超标、电源线标识不全被判定不合格，暴露出部分小企业检验手段落后、质量意识淡薄的问题。⟦w 讲话稿加急定制请加微信 moyx_gao88⟧
下面，我讲三点意见。一是严把温控关，所有企业要在年底前配齐恒温检测设备，出厂产品逐台测温；二是严把标识关，说明书和铭牌要写明适用奶瓶规格和最高加热温度；三是严把责任关，县市场监管局要对不合格企业跟踪复查，整改不到位的一律停产整顿。
同志们，一台暖奶器连着千家万户的宝宝，质量安全半点马虎不得。希望大家把今天的部署落实到每一条生产线上，让“堎头造”成为让家长放心的牌子。
""",
    ),
    dict(
        slug="fanwen-gaoyitong-insight-thermo-strip-title-line",
        site="稿易通范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gaoyitong.cn/xinde/peixun/31877.html",
        title="参加婴幼儿体温监测培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line after a tag line; relative update time is no date; "
        "a bookshelf prompt glued after a sentence and a further-reading line inside the body",
        page="""
!m 稿易通范文库 · 好材料一搜就有
!m 位置：首页 ＞ 心得体会 ＞ 业务培训心得
!l 标签：体温监测　护理培训　新入职护士
{T}
!m 更新：2天前　　被翻阅：926次　　篇幅：约560字
{BODY}
!a 本篇已全部展开，有用的话点右上角星标存起来
!w 心得、总结、述职代拟，微信 gyt-wenan（请注明“范文库”）
!l 同类推荐
!l 新入职护士岗前培训收获（三篇合集）
!l 参加静脉治疗专科护士培训的体会
!d 稿易通范文库的文章多为会员分享，仅作写作参考，转载请保留出处。
!m 稿易通范文库　gaoyitong.cn　鄂ICP备21033915号
""",
        indent="\u3000\u3000",
        body="""
十月下旬，我参加了县妇幼保健院组织的婴幼儿体温监测专题培训。两天的课程不长，却纠正了我在工作中的好几个想当然的做法，收获很大。
一是对体温贴有了正确认识。以前我觉得体温贴贴上就能看数，省事又不惊醒孩子。培训老师讲，额头贴式的变色体温贴只能反映体表温度的大致范围，受出汗、空调风和贴的位置影响很大，只适合夜间粗略观察，不能作为退热用药的依据。⟦a 本文已收进《护理心得精编》，点此放进书架⟧
⟦l 延伸阅读：耳温枪、腋温计读数为何不一样⟧
二是学会了规范的复测流程。体温贴显示异常时，要在安静状态下用电子体温计测量腋温，间隔半小时再测一次，两次结果都要写进护理记录，不能凭颜色估个数就交班。
三是懂得了和家长沟通的方法。很多家长网购体温贴给孩子整晚贴着，我们要耐心讲清它的用途和局限，提醒家长注意皮肤有没有发红。
这次培训让我明白，护理工作没有小事。今后我会把学到的方法用到每一次测量中，也会把这些知识讲给身边的同事和家长听。
""",
    ),
    dict(
        slug="wenku-zhiyun-research-ice-pillow-marker-paras",
        site="知蕴文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyunwenku.com/p/7d21c09e55a3.html",
        title="关于城区环卫工人冰枕等防暑用品配备情况的调研报告",
        record_title="关于城区环卫工人冰枕等防暑用品配备情况的调研报告【共6页·可下载】 - 知蕴文库",
        date="2024-08-16",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⩓ n ⩔ cutting sentences, month-card lock, coin box; "
        "upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于城区环卫工人冰枕等防暑用品配备情况的调研报告【共6页·可下载】 - 知蕴文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhiyunwenku.com/reader/v3/reader.min.js"></script>
<script>window.ZY_DOC={id:"7d21c09e55a3",pages:6,free:3};</script>
</head>
<body class="reader">
<header class="zy-top">
<a class="zy-logo" href="/">⟦m 知蕴文库⟧</a>
<span class="zy-slogan">⟦m 一份文档，一分收获⟧</span>
<form class="zy-search"><input placeholder="找报告、方案、总结"><button>⟦a 搜文档⟧</button></form>
<a class="zy-card" href="/vip">⟦a 月卡19元 全站文档随心看⟧</a>
</header>
<nav class="zy-crumb">⟦m 知蕴文库 / 行业资料 / 环卫市政 / 调研报告⟧</nav>
<section class="zy-head">
<h1>{T}</h1>
<p class="zy-meta">⟦m 贡献者：知蕴用户_5521　上传时间：2024-08-21　6页　2.4万次浏览⟧</p>
<div class="zy-tools">⟦a 全屏阅读⟧ ⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 加入我的书单⟧</div>
</section>
<article class="zy-pages">
{BODY}
</article>
<div class="zy-lock">⟦a 剩余3页已折叠，开通月卡后可接着往下读⟧</div>
<div class="zy-pay"><button>⟦a 花9个知蕴币把原文带回家⟧</button> <span>⟦a 余额不足？去充值⟧</span></div>
<aside class="zy-rel">
<h3>⟦l 读过这篇的人还在看⟧</h3>
<ul>
<li>⟦l 高温天气户外劳动者权益保障情况调研⟧</li>
<li>⟦l 环卫作业安全生产制度汇编⟧</li>
<li>⟦l 工会夏送清凉活动总结（5篇）⟧</li>
</ul>
</aside>
<footer class="zy-foot">
<p>⟦d 知蕴文库仅提供信息存储空间，文档版权归上传者所有，侵权内容请走投诉通道处理。⟧</p>
<p>⟦m © 2024 zhiyunwenku.com　浙ICP备22047315号-2⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p class="zy-line">{}</p>',
        pages=dict(fmt="⩓ {n} ⩔", every=150, start=2),
        body="""
今年入伏以来，城区最高气温连续多日超过38℃。为了解一线环卫工人防暑用品配备情况，县总工会会同县城市管理局组成调研组，于7月下旬走访了城区3个环卫作业公司、11个环卫工休息驿站，与82名环卫工人面对面交流，并发放问卷260份。现将调研情况报告如下。
一、基本情况。城区现有环卫工人614人，平均年龄56岁。各作业公司都按要求发放了防暑药品和降温饮料，今年还为每名工人配发了凝胶冰枕2个，休息驿站统一配备了冷冻柜，方便工人午休时更换冰枕。
二、存在的问题。一是冰枕冷冻时间不够，部分驿站冷冻柜容量小，早班工人取用后，午班工人拿到的冰枕已经不凉；二是个别冰枕外袋质量差，使用不到一个月就出现渗漏；三是部分年纪大的工人不清楚冰枕不能直接贴皮肤长时间使用，存在冻伤隐患。
三、几点建议。增加驿站冷冻柜数量并实行分班次存放；采购时把外袋热合强度列入验收指标；结合班前会开展防暑和冰枕正确使用的宣传。
豁川县总工会
2024年8月16日
""",
    ),
    dict(
        slug="wenku-juanzhi-plan-warming-patch-wrapped-glued-markers",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://juanzhi.net/doc/4418830273.html",
        title="冬季暖宫贴安全使用健康宣教工作方案",
        record_title="冬季暖宫贴安全使用健康宣教工作方案.docx",
        date="2023-11-20",
        notes="file-name record title; hard-wrapped at 60 columns and cut by ⬹n⬺ glued to the continuation line; "
        "upload stamp no date; 成文日期 under the signature",
        page="""
!m 卷帙文库 — 文档在线预览
!m 文库 › 医疗卫生 › 健康教育 › 宣教方案
{T}
!m 贡献者：hjk_0917　|　格式：DOCX　|　页数：4　|　上传于 2023-12-02
!a 在线预览　|　下载需 12 卷帙币　|　加进文件夹
{BODY}
!a 免费预览只到这儿，下载原件才能读完全部 4 页
!a 立即下载（12 卷帙币）
!l 看了本文的人还看了
!l 产科病房低温烫伤防范措施.docx
!l 乡镇卫生院健康教育年度计划
!d 卷帙文库提醒：文档由贡献者自行上传，内容仅供参考，涉及侵权请点举报。
!m juanzhi.net　沪ICP备19052266号-3
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⬹{n}⬺", every=120, start=2, glue=True),
        body="""
为减少冬季因不当使用暖宫贴造成的低温烫伤，结合我院妇科门诊和产后访视工作实际，制定本方案。
一、工作目标。12月至次年2月，在门诊候诊区、住院病区和产后访视中开展暖宫贴安全使用宣教，力争门诊就诊女性宣教覆盖率达到90%以上，全年低温烫伤就诊人数比上年下降。
二、宣教内容。暖宫贴应隔着贴身衣物使用，不要直接贴在皮肤上；同一部位连续使用不超过8小时；睡觉时不要使用；糖尿病患者、皮肤感觉减退者和产后麻醉未完全恢复者慎用；出现皮肤发红、起水疱要及时就诊。
三、工作安排。妇科门诊制作宣传展板和提示卡，候诊时由护士集中讲解；产科病房在出院指导中增加暖宫贴使用提醒；产后访视人员入户时查看产妇使用情况。
四、工作要求。各科室要指定一名联络员，每月底报送宣教人数和发现的问题，医务科汇总后在院周会上通报。
羱山县妇幼保健院
2023年11月20日
""",
    ),
    dict(
        slug="gov-huochuan-notice-thermo-strip-index-table",
        site="豁川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huochuan.gov.cn/zwgk/tzgg/202410/t20241016_221847.html",
        title="关于规范中小学幼儿园体温贴使用做好秋冬季晨午检工作的通知",
        record_title="豁川县人民政府 ⊳ 信息公开 ⊳ 关于规范中小学幼儿园体温贴使用做好秋冬季晨午检工作的通知",
        date="2024-10-14",
        date_also=["2024-10-16"],
        notes="county portal: care-mode links, 索引号 table (the 文号 cell unmarked, neutral), attachment download links "
        "beside the document's 附件 list; the document's 联系人/电话 beside the portal's 纠错 line; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范中小学幼儿园体温贴使用做好秋冬季晨午检工作的通知</title>
<link rel="stylesheet" href="/images/hc2023.css">
<script src="/js/jquery-1.12.4.min.js"></script>
<script>var _hcstat = {site:"hcgov", col:"tzgg"};</script>
</head>
<body>
<div class="hc-topbar">
<span>⟦m 豁川县人民政府　今天是⟧<script>document.write(new Date().toLocaleDateString());</script></span>
<a href="javascript:;">⟦a 银龄模式⟧</a> <a href="javascript:;">⟦a 读屏助手⟧</a> <a href="/big5/">⟦a 正體⟧</a>
</div>
<div class="hc-banner"><img src="/images/banner.jpg" alt="">⟦m 奋进新征程　建设新豁川⟧</div>
<ul class="hc-nav">
<li><a href="/">⟦m 首　页⟧</a></li><li><a href="/zwdt/">⟦m 政务动态⟧</a></li><li><a href="/zwgk/">⟦m 信息公开⟧</a></li><li><a href="/hdjl/">⟦m 政民互动⟧</a></li><li><a href="/bsfw/">⟦m 办事服务⟧</a></li>
</ul>
<div class="hc-pos">⟦m 您在这里：首页 ＞ 信息公开 ＞ 通知公告⟧</div>
<table class="hc-index">
<tr><td>⟦m 索 引 号：11431124MB1A72390X/2024-00517⟧</td><td>⟦m 主题分类：卫生健康⟧</td></tr>
<tr><td>⟦m 发布机构：豁川县卫生健康局⟧</td><td>⟦m 成文日期：2024-10-14⟧</td></tr>
<tr><td>文　　号：豁卫健发〔2024〕58号</td><td>⟦m 公开日期：2024-10-16⟧</td></tr>
</table>
<div class="hc-art">
<h2 class="hc-title">{T}</h2>
<div class="hc-tool">⟦a 正文字体：偏大 标准 偏小⟧　⟦a 打印本文⟧　⟦a 关闭本页⟧</div>
<div class="hc-txt">
{BODY}
</div>
<div class="hc-fj">
<p>⟦a 附件下载：晨午检体温贴使用登记表.xlsx⟧</p>
<p>⟦a 附件下载：体温异常学生复测流程图.pdf⟧</p>
</div>
<div class="hc-code">⟦a 手机扫一扫，把这条通知带走⟧</div>
</div>
<div class="hc-rel">
<h4>⟦l 同栏目其他信息⟧</h4>
<ul>
<li>⟦l 关于开展2024年秋季学生常见病筛查的通知⟧</li>
<li>⟦l 县卫健局2024年重阳节老年健康宣传周活动方案⟧</li>
</ul>
</div>
<div class="hc-foot">
<p>⟦m 主办：豁川县人民政府办公室　承办：豁川县政务服务和大数据中心⟧</p>
<p>⟦m 网站纠错：0743-5209900　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备06011832号　湘公网安备43312402000117号　网站标识码4331240003⟧</p>
</div>
</body>
</html>
""",
        body="""
各镇人民政府、街道办事处，县直各中小学、幼儿园：
入秋以来，我县流感等呼吸道传染病进入高发期。一些学校和幼儿园晨午检时用体温贴代替体温计，个别班级凭颜色变化登记体温，出现了漏报、误报。为规范体温贴使用，现就有关事项通知如下：
一、体温贴只能作为幼儿午睡和课间的辅助观察手段，晨检和发热复核一律使用经检定合格的体温计。
二、体温贴提示异常的，保健老师要在10分钟内用体温计复测，复测结果如实填写晨午检登记表，不得以体温贴读数代替。
三、各校园采购体温贴要查验产品注册证和合格证明，过期、包装破损的不得使用，用后按生活垃圾处理。
四、县疾控中心将在11月组织专项督导，督导结果纳入学校卫生工作年度考核。
联系人：李芸，电话：0743-5201386
附件：1．晨午检体温贴使用登记表
2．体温异常学生复测流程图
豁川县卫生健康局　　豁川县教育局
2024年10月14日
抄送：县疾病预防控制中心，县妇幼保健计划生育服务中心。
豁川县卫生健康局办公室　　2024年10月14日印发
""",
    ),
    dict(
        slug="gov-zhouyang-bulletin-ice-pillow-spot-check-table",
        site="盩阳县人民政府网 · 市场监管局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.zhouyang.gov.cn/bmxx/scjgj/jgdt/202407/t20240729_88214.html",
        title="盩阳县市场监督管理局关于2024年冰枕产品质量监督抽查情况的通报",
        record_title="盩阳县市场监督管理局关于2024年冰枕产品质量监督抽查情况的通报（附问题产品清单）·县市场监管局",
        date="2024-07-26",
        date_also=["2024-07-29"],
        notes="text page of a county portal: 文号 line under the title (neutral); a data table one row a paragraph with "
        "ideographic spaces; the posting date differs from the 成文日期",
        page="""
!m 盩阳县人民政府网 · 市场监管局
!m 首页 > 部门信息 > 县市场监督管理局 > 监管动态
!a 关怀浏览　|　语音播报　|　English
{T}
!m 信息来源：县市场监督管理局　　挂网日期：2024-07-29　　阅读次数：417
盩市监〔2024〕31号
{BODY}
!a 〔打印正文〕　〔收进收藏夹〕　〔关掉窗口〕
!l 上一条：关于开展电动自行车头盔“你点我检”活动的公告
!l 下一条：盩阳县2024年第二季度特种设备安全状况通报
!m 主办：盩阳县人民政府办公室　　运维：盩阳县融媒体中心　　网站纠错：0743-6612018
!m 湘ICP备05021746号-1　　网站标识码4331260001
""",
        indent="\u3000\u3000",
        body="""
各镇市场监管所，局机关各股室：
为保障群众夏季消费安全，7月上旬，我局对全县商超、药店和网店销售的冰枕产品开展了质量监督抽查，共抽取样品30批次，检出不合格8批次，不合格发现率26.7%。主要问题是填充凝胶标注不实、外袋热合强度不足导致渗漏，以及未标注“请勿冷冻至结冰”等警示内容。部分不合格产品情况如下：
序号　标称生产企业　产品名称　不合格项目
1　潟原市凉源日用品厂　凝胶冰枕　外袋热合强度
2　盩阳县堎头镇清宁塑胶制品店　卡通儿童冰枕　警示标识
3　羱山县嶪坪镇万沁家居用品厂　注水冰枕　填充物标注、热合强度
4　潟原市竦岭区雪芙贸易商行　冰丝凝胶枕垫　填充物标注
对抽查不合格的产品，各所要依法责令经营者立即下架，并督促生产企业查明原因、限期整改；涉及外地企业的，由我局通报企业所在地市场监管部门。请广大消费者购买冰枕时查看标签标识，发现渗漏、异味的产品不要使用，可拨打12315投诉举报。
盩阳县市场监督管理局
2024年7月26日
""",
    ),
    dict(
        slug="news-xiyuan-metro-bottle-warmer-h1-app-prompt",
        site="潟原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xiyuannews.cn/bendi/2024-11/05/content_3307152.html",
        title="潟原地铁23座车站母婴室配上暖奶器",
        record_title=None,
        date="2024-11-05",
        notes="no title in the record: the <h1>; a client prompt before the lead's first words; photo captions between "
        "paragraphs; the byline's 发布时间 is the page's date; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>潟原新闻网</title>
<meta name="description" content="潟原本地新闻">
<script async src="https://ad.xiyuannews.cn/slot.js"></script>
</head>
<body>
<div class="xy-head">
<a href="/" class="xy-logo">⟦m 潟原新闻网⟧</a>
<span class="xy-sub">⟦m 潟原日报社主办⟧</span>
<a class="xy-app" href="/app">⟦a 下潟原新闻APP，领本地早报⟧</a>
</div>
<div class="xy-channel">⟦m 本地 ｜ 民生 ｜ 交通 ｜ 教育 ｜ 视听 ｜ 专题⟧</div>
<div class="xy-crumb">⟦m 潟原新闻网 › 本地 › 民生⟧</div>
<div class="xy-main">
<h1>{T}</h1>
<div class="xy-byline">⟦m 发布时间：2024-11-05 08:42　来源：潟原日报　记者 卓明　通讯员 单晓菁⟧</div>
<div class="xy-listen">⟦a 点一下，听记者读稿⟧</div>
<div class="xy-content">
{BODY}
</div>
<div class="xy-share">⟦l 转给微信好友　发到朋友圈　复制链接⟧</div>
</div>
<div class="xy-side">
<h3>⟦l 潟原一日热读⟧</h3>
<ol>
<li>⟦l 竦岭区新增两处口袋公园⟧</li>
<li>⟦l 潟原东站11月起调整夜间公交接驳⟧</li>
<li>⟦l 市民政局发布冬季救助热线⟧</li>
</ol>
<div class="xy-ad">⟦m 广告位招商 0743-3377215⟧</div>
</div>
<div class="xy-foot">
<p>⟦d 凡本网注明“来源：潟原日报”的作品，未经授权不得转载、摘编。⟧</p>
<p>⟦m 潟原日报社 版权所有　湘ICP备10042337号　互联网新闻信息服务许可证43120180012⟧</p>
</div>
</body>
</html>
""",
        body="""
⟦a 打开潟原新闻，看更多身边事⟧本报讯　11月4日起，潟原地铁1号线、2号线共23座车站的母婴室全部配上了暖奶器，带宝宝出行的乘客在站内就能给奶瓶加热。
记者在竦岭站母婴室看到，房间里除了尿布台、哺乳椅，墙边还新添了一台白色暖奶器，旁边贴着使用说明和消毒记录表。带着八个月大女儿出门的市民罗女士说，以前冬天出门得带保温壶，现在在车站就能把奶温好，方便了不少。
⟦m 图为乘客在竦岭站母婴室给奶瓶加热。记者 卓明 摄⟧
据潟原地铁运营公司介绍，这批暖奶器由车站保洁人员每天早晚各清洁一次，每周用消毒液擦拭内胆。为防止烫伤，暖奶器的温度固定在40℃左右，并在显眼位置提示“试温后再喂”。
运营公司表示，下一步将根据乘客意见，在换乘量大的车站增设母婴室，并在地铁官方APP上标出各站母婴室位置。⟦m 责任编辑：戚蔓　审核：褚长风⟧
""",
    ),
    dict(
        slug="news-yuanshan-gauze-towel-industry-record-date",
        site="羱山融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yuanshanrm.com/jj/20240318/110562.shtml",
        title="嶪坪镇纱布巾产业带年产值突破九亿元",
        record_title="【嶪坪经济·看产业】嶪坪镇纱布巾产业带年产值突破九亿元 — 羱山融媒",
        record_date="2024-03-18",
        date="2024-03-18",
        notes="date from the record (the byline says the same); a channel decoration; a share row glued after the last "
        "sentence; photo caption and related links",
        page="""
!m 羱山融媒 · 羱山县融媒体中心
!m 首页　要闻　经济　乡镇　民生　视频
!m 当前：经济 > 乡镇产业
{T}
!m 2024-03-18 10:06　来源：羱山融媒　作者：钮嘉禾　编辑：邝岚
!a 大字　小字　朗读
{BODY}
!l 相关新闻
!l · 蕳桥镇冬笋上市，电商直播日销过万斤
!l · 羱山县一季度工业用电量同比增长
!d （本文为羱山融媒原创，转载请注明出处）
!m 羱山县融媒体中心主办　新闻热线：0743-7781100　湘ICP备16022054号
""",
        indent="\u3000\u3000",
        body="""
羱山融媒讯　3月15日，记者从嶪坪镇了解到，2023年该镇纱布巾产业带年产值达到9.3亿元，同比增长21%，成为全县规模最大的家纺特色产业。
嶪坪镇种植和织造棉纱已有几十年历史。近年来，镇里引导织布作坊转产婴儿纱布巾、纱布浴巾，目前全镇有织造、印染、缝制企业160余家，电商店铺700多个，产品以六层、四层纯棉纱布巾为主，日发货量最高超过20万单。
⟦m 图为嶪坪镇一家纺织企业的工人在检查纱布巾的缝边。⟧
产业做大了，质量问题也随之而来。去年，有的小作坊用混纺纱冒充纯棉，被消费者投诉。镇里为此成立了纺织产品检测服务站，企业可免费送检甲醛、pH值和色牢度，全年检测样品2100多批次。
嶪坪镇负责人表示，今年将推动企业联合注册“嶪坪纱巾”区域品牌，统一质量标准，引导企业从拼价格转向拼品质。⟦l 分享到：微信　微博　QQ空间⟧
""",
    ),
    dict(
        slug="forum-yuerwan-gauze-towel-review-jammer",
        site="育儿湾论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.yuerwan.net/thread-2290417-1-1.html",
        title="六层纱布巾洗了三十次的真实感受",
        record_title="[用后晒单] 六层纱布巾洗了三十次的真实感受（附对比图） - 好物分享 - 育儿湾论坛",
        date=None,
        notes="Discuz-like thread: poster panel, jammer fonts in the post, rating row, signature, replies; "
        "发表于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[用后晒单] 六层纱布巾洗了三十次的真实感受（附对比图） - 好物分享 - 育儿湾论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js"></script>
</head>
<body id="nv_forum">
<div id="hd">
<a href="./" title="育儿湾">⟦m 育儿湾论坛⟧</a>
<span class="slogan">⟦m 宝妈宝爸的经验补给站⟧</span>
<div id="um">⟦a 登录 | 注册新妈妈账号⟧</div>
</div>
<div id="pt">⟦m 育儿湾论坛 › 好物分享 › 帖子详情⟧</div>
<div class="hm">⟦m 阅读：3182　|　回帖：46⟧</div>
<table class="plhin">
<tr>
<td class="pls">
<div class="pi">⟦m 木木妈在嶪坪⟧</div>
<p>⟦m 用户组：资深宝妈　帖子 318　奶瓶 1204 个⟧</p>
</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看楼主　|　倒序看帖⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="rate">⟦l 参与评分 5 人　奶瓶 +12　收起理由：干货满满⟧</div>
<div class="sign">⟦m 签名：家有两只吞金兽，理性种草不剁手⟧</div>
<div class="po">⟦a 回帖　引用　举报　收进我的育儿锦囊⟧</div>
</td>
</tr>
</table>
<div class="reply">
<p>⟦l 沙发　小满的麻麻：纱布巾刚买回来要不要先煮？⟧</p>
<p>⟦l 板凳　团子爸：楼主洗衣机里放网兜吗⟧</p>
</div>
<div id="f_pst">⟦a 先登录，才能在这里和宝妈们聊⟧</div>
<div id="ft">⟦m 育儿湾论坛 粤ICP备18066912号　Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
家里老二出生前，我囤了三个牌子的六层纱布巾，一直用到现在，每条都洗了三十次左右，说说真实感受，供准备囤货的姐妹参考。
先说手感。刚拆开的时候三个牌子都挺软，洗到第十次左右差别就出来了：一款边缘开始起球，一款缩水明显，一条巾子从30厘米缩到26厘米左右，只有最贵的那款还比较平整。所以买的时候别只看刚到手的软不软，多看看洗后的评价。
再说掉毛。纱布巾头几次洗会有棉絮，这是正常的，但如果洗了五六次还在掉，就要小心是不是混了别的纤维。我给宝宝擦嘴擦脸的巾子都是单独手洗，用婴儿皂搓一搓，清水多过两遍，挂在阳台晒干。
最后提醒一句，纱布巾用久了吸水变差就换掉，十几块钱一条，没必要省。有问题的姐妹可以在下面问，我看到就回。
""",
    ),
    dict(
        slug="forum-naiba-bottle-warmer-tips-junk-text",
        site="奶爸联盟论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.naibalm.com/forum/t/66183",
        title="夜里冲奶总手忙脚乱？说说我用暖奶器的三个小经验",
        record_title="【奶爸经验帖】夜里冲奶总手忙脚乱？说说我用暖奶器的三个小经验（纯手敲无广）",
        date=None,
        notes="forum thread as text: junk lines and junk glued after 。; floor lines and replies; "
        "a last-edited relative time is no date",
        page="""
!m 奶爸联盟论坛　带娃这件事，爸爸也行
!m 首页 » 喂养交流区 » 奶粉与辅食
!t 【奶爸经验帖】夜里冲奶总手忙脚乱？说说我用暖奶器的三个小经验（纯手敲无广）
!m 楼主：老周带俩娃　　等级：铁杆奶爸　　发帖时间：昨天 23:51
!m 最后编辑于 6 小时前
{BODY}
!a 顶一下　踩一下　转给群里的爸爸们
!l 2# 阿凯爸比：第三条太有用了，上周刚被烫过一次
!l 3# 狮子座的奶爸：求楼主暖奶器型号
!l 4# 楼主回复 3#：不推广，挑能恒温的就行
!a 想发言？先登录奶爸联盟账号
!m 奶爸联盟论坛 naibalm.com　闽ICP备20016843号
""",
        junk=dict(lines=2, glued=3),
        body="""
我家闺女四个月，夜里要喝两顿奶。刚开始我都是开水兑凉白开，手忙脚乱还总担心温度不对。后来买了个暖奶器，摸索了一个多月，总结三点经验跟各位奶爸分享。
第一，睡前把水准备好。我会在暖奶器里放一瓶烧开晾好的水，设到45℃恒温，夜里孩子一哭，拿出来直接冲奶粉，一分钟就能喂上。这样不用半夜烧水，也不会吵醒老婆。
第二，冲好的奶别放回去保温。刚开始我图省事，把冲好的奶放回暖奶器里温着，后来看说明书才知道，冲好的奶在温热环境下放久了容易滋生细菌，最好现冲现喂，喝不完就倒掉。
第三，喂之前一定要试温。暖奶器的显示温度和瓶里奶的实际温度会有差别，我每次都滴几滴在手腕内侧，感觉温温的不烫才喂。
这三条都是我踩过坑才总结出来的，希望对新手爸爸有点用。
""",
    ),
]
