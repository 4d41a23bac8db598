"""holdout245, part A: 范文 sites, 文库 readers, sharing pages, writing apps and download stations.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-monang-speech-badge-history-gb2312",
        site="墨囊范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.monang-fw.cn/jianghua/jiaoyu/2025/0310/41862.html",
        title="县教育体育局局长在全县中小学“校徽里的校史”主题教育启动仪式上的讲话",
        record_title="【致辞精选】县教育体育局局长在全县中小学“校徽里的校史”主题教育启动仪式上的讲话（范本3篇可选）_墨囊范文网",
        date="2025-03-03",
        date_also=["2025-03-10"],
        notes="old gb2312 table page: marquee, reading-size row, floating ghost-writer QQ box, visitor counter; "
        "date under the speech title (neutral line), site posting date also accepted; speaker line neutral; "
        "collect link glued after a sentence and a ghost-writer line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞精选】县教育体育局局长在全县中小学“校徽里的校史”主题教育启动仪式上的讲话（范本3篇可选）_墨囊范文网</title>
<meta name="keywords" content="校徽,主题教育,启动仪式,讲话">
<link href="/css/mn_style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mn_ad.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨囊范文网·笔下有料不求人⟧</td><td align="right"><a href="/reg.asp">⟦a 注册新会员⟧</a>&nbsp;<a href="/login.asp">⟦a 会员登录入口⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 墨囊范文网喜报：本站收录讲话致辞类范文已突破四十二万篇，每日更新五百篇！⟧</marquee></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 网站首页⟧</a>&nbsp;<a href="/jianghua/">⟦m 致辞讲话⟧</a>&nbsp;<a href="/zongjie/">⟦m 总结汇报⟧</a>&nbsp;<a href="/xinde/">⟦m 心得体会⟧</a>&nbsp;<a href="/gongwen/">⟦m 公文格式⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您所在位置：<a href="/">墨囊范文网</a> &gt;&gt; <a href="/jianghua/">致辞讲话</a> &gt;&gt; <a href="/jianghua/jiaoyu/">教育系统讲话</a>⟧</div>
<h1>⟦t 【致辞精选】县教育体育局局长在全县中小学“校徽里的校史”主题教育启动仪式上的讲话（范本3篇可选）⟧</h1>
<div class="xinxi">⟦m 编辑：墨囊小秦　　收录：2025-03-10　　人气：<font color="red">3187</font>⟧</div>
<div class="zihao">⟦a 【阅读字体：特大 偏大 默认】⟧ ⟦a 【背景色：护眼绿 羊皮纸】⟧</div>
<h2>{T}</h2>
<p align="center">（2025年3月3日）</p>
<p align="center">县教育体育局局长　韦明澄</p>
{BODY}
<div class="fenye">⟦l 本文其他范本：第2篇　第3篇⟧</div>
<div class="sx">⟦l 上篇文章：校长在学校“校史馆开馆仪式”上的致辞⟧<br>⟦l 下篇文章：在少先队建队日主题队会上的讲话稿⟧</div>
</td>
<td width="240" valign="top" class="right">
<table width="100%"><tr><td class="rt">⟦l 致辞讲话·本月热榜⟧</td></tr>
<tr><td>⟦l ·开学典礼校长致辞（暖心版）⟧</td></tr>
<tr><td>⟦l ·家长会班主任发言稿三篇⟧</td></tr>
<tr><td>⟦l ·教师节表彰大会局长讲话⟧</td></tr></table>
</td>
</tr>
</table>
<div id="qqfloat" style="position:fixed;right:6px;top:220px;">⟦w 在线写手　QQ 2930417765　三小时出稿⟧</div>
<table width="960" align="center"><tr><td class="foot">
⟦d 本站范文均由网友投稿或摘自网络，仅供写作借鉴，切勿整篇照搬⟧<br>
⟦m 墨囊范文网 monang-fw.cn　桂ICP备13027714号⟧<br>
⟦m 您是本站第 0098142617 位访客⟧
</td></tr></table>
<script language="javascript">document.write('<img src="/count.asp?id=41862" width=0 height=0>');</script>
</body>
</html>
""",
        body="""
同志们、同学们：
今天，我们在溳阳县第二中学举行全县中小学“校徽里的校史”主题教育启动仪式。一枚小小的校徽，凝结着一所学校的办学历史和精神追求。
开展这次主题教育，目的是引导师生读懂校徽、讲好校史。各学校要组织学生了解本校校徽的图案、色彩和寓意，把校徽背后的故事讲给新同学听。
在这里，我提三点要求。一是要规范佩戴。学生在校期间应将校徽佩戴在左胸前，升旗仪式、集会和外出活动必须佩戴。⟦a 【收藏本篇到我的文集】⟧
二是要讲好故事。各校要在4月底前组织一次“我与校徽”主题班会，请老校友带来珍藏的旧校徽，讲一讲当年的故事。
⟦w 材料不会写？墨囊写手团一对一代笔，QQ：2930417765⟧
三是要爱护校徽。校徽损坏或遗失的，由学校统一补发，不得私自仿制、改制。
同志们，同学们，校徽虽小，承载的是学校的荣誉。希望大家佩戴好、珍惜好这枚校徽，让它成为激励我们奋进的标志。
""",
    ),
    dict(
        slug="fanwen-gaojiangpu-insight-binding-training",
        site="稿匠铺 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gaojiangpu.com/xinde/peixun/7734.html",
        title="参加机关档案整理装订技能培训的心得体会",
        record_title="参加机关档案整理装订技能培训的心得体会（修订润色版）- 稿匠铺",
        date=None,
        notes="decorated record title; an update stamp with a relative time is no date; an AI button glued before "
        "the first words of a paragraph; a membership line between paragraphs; no date in the document",
        page="""
!m 稿匠铺 · 写材料的老地方
!m 首页 / 心得体会 / 培训心得
!t 参加机关档案整理装订技能培训的心得体会（修订润色版）
!m 整理：稿匠铺编辑部　|　更新：3 天前　|　热度 1860
!a ［全文复制］　［存为Word］　［发给同事］
{BODY}
!a 看完还想要？开通稿匠铺年卡，全站心得随心下
!l 你可能还需要：
!l 档案管理员岗位培训心得（两篇）
!l 参加文秘业务能力提升班的收获
!d 稿匠铺提醒：范文仅供借鉴，转载请保留出处，侵删。
""",
        indent="\u3000\u3000",
        body="""
按照县档案馆的安排，我参加了为期两天的机关档案整理装订技能培训。培训内容紧扣实际，既讲规范，又有实操，让我对“装订”这件看似简单的小事有了新的认识。
一是装订要先懂规范。老师讲到，文书档案装订前要去除订书钉、回形针等金属物，破损的页面要先修补，装订线一律留在左侧。过去我们图省事，常常直接用订书机一压了事，时间一长锈迹斑斑，给后来查档带来麻烦。
⟦a 【AI帮你续写】⟧二是机器要会用会养。培训现场摆了三台不同型号的装订机，有手动打孔的，也有电动热熔的。我第一次上手时打孔位置偏了，老师手把手示范如何调整挡板、设定孔距，并提醒我们用完及时清理纸屑、给刀头上油。
⟦a 本篇剩余30%内容仅对稿匠铺会员开放⟧
三是细节决定质量。一卷档案装得整不整齐，翻阅顺不顺手，全在细节里。回到单位后，我要把学到的方法用到科室的年度归档中，把每一卷都装订得规规矩矩。
""",
    ),
    dict(
        slug="wenku-shuheng-plan-badge-design-markers",
        site="书桁文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.shuheng-wk.com/view/8f20c71a93.html",
        title="汧溪县实验小学新校徽设计征集活动方案",
        record_title="汧溪县实验小学新校徽设计征集活动方案.docx",
        date="2024-09-02",
        notes="文库 reader: viewer toolbar, upload stamp (no date), paywall; page-marker paragraphs '✵ n ✵' "
        "cut sentences; file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>汧溪县实验小学新校徽设计征集活动方案.docx - 书桁文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://static.shuheng-wk.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="sh-top">
<a class="logo" href="/">⟦m 书桁文库⟧</a>
<form class="sh-search"><input placeholder="搜文档、搜方案"><button>⟦a 搜一下⟧</button></form>
<a class="vip" href="/vip">⟦a 书桁季卡 全站文档任意读⟧</a>
</header>
<div class="sh-doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 分享者：sh_3382****　上传于 2024-09-05　共 3 页　1.6 万人看过⟧</p>
<div class="toolbar">⟦a 放大 缩小 全屏阅读⟧　⟦a 加入我的书架⟧　⟦a 举报本文档⟧</div>
</div>
<div class="sh-pages">
{BODY}
</div>
<div class="sh-lock">⟦a 还有 1 页未展示，付费 3.8 元即可下载完整版⟧ <button>⟦a 立即购买⟧</button></div>
<aside class="sh-rel"><h3>⟦l 读过这份文档的人也在读⟧</h3>
<ul><li>⟦l 中学校徽校旗征集公告.docx⟧</li><li>⟦l 校园文化标识设计方案（小学）.pdf⟧</li></ul></aside>
<footer>⟦d 书桁文库所有文档由用户自行上传，版权归原作者；发现侵权请提交举报材料⟧<br>⟦m ©2025 shuheng-wk.com　鄂ICP备21009384号-3⟧</footer>
<script>SH.reader.init({docId:"8f20c71a93", pages:3});</script>
</body>
</html>
""",
        pages=dict(fmt="✵ {n} ✵", every=120, start=2),
        body="""
为迎接建校七十周年，进一步凝练学校文化，经校务委员会研究，决定面向全体师生、家长和校友征集新校徽设计方案。具体安排如下。
一、征集时间
2024年9月10日至10月20日。
二、设计要求
（一）图案应体现“汧水”元素和学校“明德笃行”的校训，可融入建校年份“1954”；
（二）色彩不超过三种，缩小到直径2厘米佩戴时仍清晰可辨；
（三）作品须为原创，未在其他场合发表或使用。
三、提交方式
作品可提交A4纸手绘稿或电子稿，并附不超过200字的设计说明。电子稿请发送至学校邮箱 xiaohui@qxsyxx.edu.cn。
四、评选与奖励
学校将组织师生代表和美术教师评审，评出一等奖1名、二等奖3名，一等奖作品经修改完善后作为新校徽正式启用。
汧溪县实验小学
2024年9月2日
""",
    ),
    dict(
        slug="wenku-yunye-research-fax-wrapped-markers",
        site="蕴页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://yunye-doc.com/p/55301842.html",
        title="关于全县机关单位传真机使用情况的调研报告",
        record_title="关于全县机关单位传真机使用情况的调研报告【可复制编辑】-蕴页文库",
        date="2025-06-16",
        notes="text copied from a preview: hard-wrapped at 60 columns, page markers '❆n❆' glued to the continuation "
        "line; decimal headings 1.1–3.2 stay in the body; decorated record title; 成文日期 under the signature",
        page="""
!m 蕴页文库 > 调研报告 > 机关事务
{T}
!m 页数：4　　大小：52KB　　格式：DOCX　　上传：昨天
!a 免费预览前2页　　全文下载（5蕴币）　　收进文件夹
{BODY}
!a 预览到此为止，剩余内容请下载后阅读
!l 同类文档：关于机关办公用品集中采购情况的调研报告　|　县直单位公车使用情况调研
!d 蕴页文库声明：文档来源于网友分享，如涉版权请发邮件至 jubao@yunye-doc.com
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="❆{n}❆", every=120, start=2, glue=True),
        body="""
为摸清全县机关单位传真机的保有和使用情况，县机关事务服务中心于2025年5月对62家单位开展了专题调研。现将有关情况报告如下。
1 基本情况
1.1 全县62家单位共保有传真机147台，其中使用满十年的83台，占56.5%。
1.2 2024年全县机关收发传真约9100份，较2021年下降近七成，多数机器一个月使用不到两次。
2 存在问题
2.1 设备老化，卡纸、缺墨、字迹模糊等故障频发，维修配件难以购买。
2.2 部分单位仍要求基层“先传真、后报送”，同一份材料重复报送。
2.3 传真件保存时间短，热敏纸字迹褪色，不利于归档。
3 对策建议
3.1 除机要、应急值守等确需保留的外，逐步停用普通传真机，改由电子公文传输系统收发。
3.2 保留的传真机统一登记，明确专人管理，定期检查维护。
县机关事务服务中心调研组
2025年6月16日
""",
    ),
    dict(
        slug="docshare-dangdie-contract-certificate-folders-template",
        site="档叠网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.dangdie.net/doc/2025/0412/880153.html",
        title="荣誉证书夹定制采购合同",
        record_title="荣誉证书夹定制采购合同.doc",
        date=None,
        notes="sharing page: upload notice, points lock, rating row, service WeChat; file-name record title; "
        "a template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>荣誉证书夹定制采购合同.doc_档叠网</title>
<script>window.DD_CONF={doc:880153,type:"doc"};</script></head>
<body>
<div class="dd-bar"><span class="brand">⟦m 档叠网 — 好文档叠起来⟧</span><a>⟦a 上传赚积分⟧</a><a>⟦a 登录　免费开户⟧</a></div>
<div class="dd-path">⟦m 档叠网 › 合同协议 › 采购合同⟧</div>
<div class="dd-title"><h1>⟦t 荣誉证书夹定制采购合同.doc⟧</h1>
<p>⟦m 格式：DOC　页数：2　评分：★★★★☆ 4.3（57人评）⟧</p>
<p class="note">⟦d 本合同范本由档叠网用户“纸上春秋”上传，平台仅提供存储与展示服务，使用前请咨询专业人士⟧</p></div>
<h2 class="doc-name">{T}</h2>
<div class="dd-content">
{BODY}
</div>
<div class="dd-lock"><p>⟦a 下载原文件需 6 积分，当前积分不足⟧</p><p>⟦a 签到领积分 ＞⟧</p></div>
<div class="dd-kf">⟦w 合同定制与审核，请加档叠客服微信 dd_kefu0412⟧</div>
<div class="dd-rel"><h4>⟦l 相关合同范本⟧</h4><p>⟦l 奖杯奖牌定制合同.doc⟧</p><p>⟦l 办公文具年度供货协议.docx⟧</p></div>
<div class="dd-foot">⟦m 档叠网 dangdie.net　浙ICP备20044718号⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：××××××
乙方（供货方）：××××××
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就荣誉证书夹定制事宜订立本合同。
第一条 甲方向乙方定制荣誉证书夹＿＿个，规格为＿＿开，封面材质为＿＿，烫印文字为“××××”。
第二条 单价为每个＿＿元，合同总价为人民币＿＿元（大写：＿＿＿＿）。
第三条 乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，批量生产前须提供样品供甲方确认。
第四条 甲方收货后5个工作日内验收，发现烫金脱落、内页松动、边角开胶等质量问题的，乙方应无偿更换。
第五条 任何一方违约，应按合同总价的＿＿%向对方支付违约金。
第六条 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-yehui-summary-sash-team-oneline",
        site="页汇分享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://yehui.share-doc.cn/s/Qm7xk2Ha",
        title="县文明实践中心礼仪服务队2024年工作总结",
        record_title="县文明实践中心礼仪服务队2024年工作总结（一字未删）| 页汇分享",
        date="2024-12-26",
        notes="the whole body on one line, paragraphs apart only by their indent; upload stamp no date; "
        "decorated record title; 成文日期 under the signature",
        page="""
!m 页汇分享 · 资料互通有无
!t 县文明实践中心礼仪服务队2024年工作总结（一字未删）
!m 分享人：礼仪小鹿　　分享于 2 个月前　　浏览 642 次
!a 保存到我的页汇　　生成分享链接
{BODY}
!a 文档较长，已为你自动折叠，登录页汇后展开全部
!d 本页内容由分享人提供，页汇分享不保证其准确与完整
!m 页汇分享 yehui.share-doc.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，县文明实践中心礼仪服务队共承担各类典礼、表彰会礼仪服务43场，参与队员520人次，圆满完成了各项任务。现将全年工作总结如下。
一、规范礼仪服务流程。全年修订《礼仪服务手册》，对引导、颁奖、佩戴绶带等环节逐一明确标准，如绶带统一由左肩斜挎至右腰，字面朝外，两端对齐。
二、加强绶带等用品管理。队里现有各类绶带260条，全部按“劳动模范”“优秀志愿者”等字样分类装箱，建立借用登记台账，全年未发生丢失、错发。
三、抓好队员培训。举办礼仪培训4期，邀请专业老师示范站姿、托盘和绶带佩戴方法，新吸收队员18名。
明年，我们将继续做好绶带清洗熨烫和补充采购，为全县各项活动提供更加规范的礼仪服务。
县文明实践中心礼仪服务队
2024年12月26日
""",
    ),
    dict(
        slug="fwapp-luobi-host-script-sashes-award",
        site="落笔快写 App (invented, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.luobikx.com/share/article?id=2209471&from=wx",
        title="2025年度“最美志愿者”表彰大会主持词",
        record_title="2025年度“最美志愿者”表彰大会主持词（直接上台可用）· 落笔快写",
        date=None,
        notes="writing-app H5 share: open-app mask, AI buttons, fold; a stage direction stays in the body; "
        "an app prompt glued after a sentence; decorated record title; a 主持词 has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,user-scalable=no">
<title>2025年度“最美志愿者”表彰大会主持词（直接上台可用）· 落笔快写</title>
<script>var LB={aid:2209471,ch:"wx"};</script></head>
<body class="lb-share">
<div class="lb-mask">⟦a 打开落笔快写App，阅读体验更流畅⟧ <span>⟦a 立即打开⟧</span></div>
<div class="lb-head"><img src="/img/logo.png" alt=""><span>⟦m 落笔快写 · 三分钟出稿⟧</span></div>
<article class="lb-art">
<h1>{T}</h1>
<div class="lb-info">⟦m 落笔君　已有 5218 人套用⟧</div>
<div class="lb-ai">⟦a ✦ AI换个开场白⟧ ⟦a ✦ AI改成下午场⟧</div>
{BODY}
</article>
<div class="lb-fold">⟦a 余下内容已收起，在App内查看完整稿件⟧</div>
<div class="lb-more"><h4>⟦l 同场景热门稿件⟧</h4><p>⟦l 志愿服务表彰会领导讲话（三篇）⟧</p><p>⟦l 颁奖典礼串词：开场+过渡+结束语⟧</p></div>
<div class="lb-foot">⟦d 稿件由落笔作者创作，仅供个人参考使用，禁止商用转载⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位志愿者朋友们：
大家上午好！金秋时节，我们在这里隆重举行2025年度“最美志愿者”表彰大会。今天的会场没有华丽的布置，但每一位获奖者胸前那条红色的绶带，就是对他们一年来默默付出的最好肯定。
下面，有请礼仪人员引导获奖志愿者上台。请领导为他们佩戴绶带、颁发荣誉证书。
（颁奖环节）
让我们把最热烈的掌声送给他们！一条绶带，写着“最美志愿者”五个字，背后是凌晨的街头、暴雨中的路口和老人门前的一声问候。⟦a 觉得好用？一键套用到我的稿件⟧
接下来，请获奖志愿者代表发言。
各位朋友，今天的表彰大会到此结束。请获奖志愿者留步，在主席台前佩戴绶带合影留念。谢谢大家！
""",
    ),
    dict(
        slug="fwapp-miaogao-report-confidential-fax",
        site="妙稿 App (invented, share text)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.miaogao.app/d/KX82ft",
        title="机要室主任2024年度述职报告",
        record_title="机要室主任2024年度述职报告（套上名字即可）- 妙稿",
        date="2025-01-10",
        notes="app share text: open-in-app lines, an AI rewrite button glued after a sentence, a paywall line "
        "between paragraphs; decorated record title; 成文日期 under the 述职人 line",
        page="""
!a 在妙稿App中打开 ›
!m 妙稿｜公文写作助手
{T}
!m 妙稿精选 · 已被收藏 962 次
{BODY}
!a 复制全文需登录妙稿账号
!l 相关：办公室文书岗位述职报告 / 保密工作个人述职
!d 妙稿内容仅供参考，请结合本单位实际修改使用。
""",
        indent="\u3000\u3000",
        body="""
一年来，我在办公室党支部的领导下，带领机要室两名同志，认真履行机要文件收发、传真管理和保密工作职责，现将履职情况报告如下。
一、机要收发零差错。全年收发机要文件1260件，办理明传电报、传真件530余份，做到件件登记、份份签收，无一延误。
二、传真设备管得住。机要室现有传真机3台，其中加密传真机1台，我们坚持专机专用，不用普通传真机传送涉密文件，每台机器都建立了使用和维修登记本。⟦a 妙稿AI：一键改写成第一人称简版⟧
⟦a 非会员仅展示前两部分，开通后解锁全文⟧
三、保密底线守得牢。组织科室学习保密法规4次，配合开展保密自查2轮，全年未发生失泄密事件。
存在的不足是对新型电子公文传输系统学习不够。今后，我将加强学习，推动机要工作更加规范。
述职人：郗明远
2025年1月10日
""",
    ),
    dict(
        slug="download-jiamu-rules-binding-machine-gb2312",
        site="嘉木下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="制度/规程",
        kind="other",
        form="html",
        source="http://www.jiamu-xz.com/soft/wendang/20931.html",
        title="档案室装订机安全操作规程",
        record_title="档案室装订机安全操作规程（doc格式）免费下载_嘉木下载站",
        date=None,
        notes="old gb2312 download station: file-info table, three mirror links, unzip password, dead-link report; "
        "a rule whose articles speak of 打印; 第N条; an update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>档案室装订机安全操作规程（doc格式）免费下载_嘉木下载站</title>
<script src="/js/jm_top.js"></script>
</head>
<body>
<table width="980" align="center" border="0"><tr>
<td>⟦m 嘉木下载站⟧</td><td>⟦m 软件·文档·素材 一站齐全⟧</td>
<td align="right"><a href="/">⟦m 首页⟧</a> <a href="/soft/">⟦m 软件库⟧</a> <a href="/soft/wendang/">⟦m 文档模板⟧</a></td>
</tr></table>
<table width="980" align="center" border="1" cellspacing="0" class="info">
<tr><td colspan="4">⟦m 当前：嘉木下载站 → 文档模板 → 规章制度⟧</td></tr>
<tr><td colspan="4"><h1>{T}</h1></td></tr>
<tr><td>⟦m 文件大小：28 KB⟧</td><td>⟦m 文件语言：简体中文⟧</td><td>⟦m 授权方式：免费文档⟧</td><td>⟦m 更新时间：前天⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 下载热度：◆◆◆◇◇⟧</td><td colspan="2">⟦m 解压密码：www.jiamu-xz.com⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="jianjie">
<div class="tit">⟦m 文档简介⟧</div>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td><a href="/d/20931/1">⟦a 电信高速下载⟧</a></td><td><a href="/d/20931/2">⟦a 联通高速下载⟧</a></td><td><a href="/d/20931/3">⟦a 备用线路下载⟧</a></td>
</tr><tr><td colspan="3">⟦a 下载不了？点此向站长报告死链⟧</td></tr></table>
<table width="980" align="center"><tr><td class="copy">⟦d 嘉木下载站所有资源来自网络收集，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m 嘉木下载站　晋ICP备12008531号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条 为规范档案室装订机的使用，保障操作人员安全，制定本规程。
第二条 装订机由档案室专人管理，其他人员经培训后方可使用。
第三条 使用前检查电源线、刀头和压板，确认无松动、无异物后再开机预热。
第四条 打孔时双手不得伸入压板下方，一次打孔厚度不得超过30毫米。
第五条 热熔装订时不得触碰加热板，装订完成后待机器冷却再取出卷宗。
第六条 使用完毕应关闭电源，清理纸屑，并在使用登记本上签名。
第七条 本规程打印后张贴于装订机旁，自印发之日起执行。
""",
    ),
    dict(
        slug="download-shiyi-notice-certificate-folders-wps",
        site="拾遗资料库 (invented)",
        style="资料下载站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.shiyi-zlk.com/down/gongwen/5127.html",
        title="关于统一制发2024年度表彰荣誉证书夹的通知",
        record_title="关于统一制发2024年度表彰荣誉证书夹的通知.wps",
        date="2024-12-09",
        notes="download page as text: file-info lines, download buttons; file-name record title; 附件 list; "
        "成文日期 in Chinese numerals under the signature",
        page="""
!m 拾遗资料库 — 公文模板下载
!m 所在栏目：公文模板 » 通知
!t 关于统一制发2024年度表彰荣誉证书夹的通知.wps
!m 资料类型：WPS文字　　大小：19KB　　添加于：半年前
!a ▶ 本地下载　　▶ 镜像下载
!m 资料预览：
{BODY}
!a 预览仅显示部分格式，下载后可完整编辑
!d 拾遗资料库声明：资料由用户提供，本站不承担由此引起的任何责任
""",
        body="""
各科室、各所属单位：
为规范年度表彰工作，节约经费，经局党组研究，2024年度各类表彰荣誉证书夹由局办公室统一制发，现将有关事项通知如下。
一、各单位不再自行采购证书夹。表彰名单确定后，请于12月20日前将获奖人员名单和证书内容报局办公室。
二、证书夹统一为红色绒面，封面烫金“荣誉证书”四字，内页证书由办公室统一套打。
三、证书夹数量按获奖人数另加5%备用，剩余的由办公室回收保管。
附件：1.2024年度表彰荣誉证书信息汇总表
2.证书夹样式图
溳阳县农业农村局办公室
二〇二四年十二月九日
""",
    ),
]
