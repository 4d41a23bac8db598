"""holdout373, part A: 范文 sites, 文库 previews, writing apps, sharing pages, download stations
and cloud drives. Everything invented (sites, places, people, numbers, URLs, chrome wording);
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-yunmo-speech-pole-saw-orchard-gb2312",
        site="耘墨范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yunmo8.net/jianghua/bumen/2025/0214/66317.html",
        title="在全县果园高枝修剪安全生产现场会上的讲话",
        record_title="【领导讲话·耘墨精修】在全县果园高枝修剪安全生产现场会上的讲话（含会前流程）_耘墨范文网",
        date="2024-10-23",
        date_also=["2025-02-14"],
        notes="old gb2312 table page: marquee, font/background row, visitor counter, ghost-writer QQ float and a "
        "QQ glued after a sentence, a VIP line between paragraphs; speaker and date lines under the title neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【领导讲话·耘墨精修】在全县果园高枝修剪安全生产现场会上的讲话（含会前流程）_耘墨范文网</title>
<script language="javascript" src="/js/ad_top.js"></script>
<style>td{font-size:12px}.zw p{line-height:26px}</style>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="620">⟦m 耘墨范文网——笔底有乾坤，耘墨出文章⟧</td>
<td align="right">⟦a <a href="#">设为主页</a> | <a href="#">收藏耘墨</a> | <a href="/m/">手机访问</a>⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 耘墨范文网收录各类范文已逾二十万篇，每日更新，欢迎常来看看！⟧</marquee></td></tr></table>
<table width="960" align="center" class="nav"><tr><td>⟦m 首页 ┊ 讲话致辞 ┊ 工作总结 ┊ 心得体会 ┊ 规章制度 ┊ 合同范本 ┊ 主持词⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：耘墨范文网 → 讲话致辞 → 部门讲话⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布：2025-02-14　整理：耘墨编辑组　人气：3127次⟧</div>
<div class="zihao">⟦a 【调整字号：大 中 小】【护眼底色：默认 米黄 淡绿】⟧</div>
<div class="zw">
<p align="center">县林业局副局长　庞卫东</p>
<p align="center">（2024年10月23日）</p>
{BODY}
</div>
<div class="sx"><p>⟦l 上一篇：在全市秋冬季森林防火视频调度会上的表态发言⟧</p><p>⟦l 下一篇：乡镇林果冬管现场观摩会主持词⟧</p></div>
</td><td width="240" valign="top">
<table class="box"><tr><td class="bt">⟦l 阅读排行⟧</td></tr>
<tr><td>⟦l ◇ 林业系统安全生产月启动仪式讲话⟧</td></tr>
<tr><td>⟦l ◇ 果树冬季修剪技术培训班开班致辞⟧</td></tr>
<tr><td>⟦l ◇ 农机安全生产工作会议讲话提纲⟧</td></tr></table>
<div class="qqfloat" style="position:fixed;right:0;top:200px">⟦w 材料加急定制 QQ：3391706284（微信同号）⟧</div>
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 本站文章由网友投稿整理，仅供学习参考，转载请保留出处。⟧<br>
⟦m Copyright 2009-2025 yunmo8.net 耘墨范文网　鲁ICP备09017735号⟧<br>
⟦m 您是第 00561827 位来访者⟧
</td></tr></table>
<script>var cnzz_id = 1280466;</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天我们在庞口镇杰家湾果园召开全县果园高枝修剪安全生产现场会，刚才大家观摩了高枝锯的规范操作演示，庞口镇和簇桥镇作了交流发言，讲得都很实在。下面，我讲三点意见。
一、认清风险，把高枝修剪安全摆上位置
冬季是果树修剪的集中期，全县2.6万亩果园有近七成需要处理高位枝。去年发生的两起修剪人员跌落事故，都与登梯用手锯作业有关。高枝锯站在地面就能够到四五米高的枝条，既省力又安全，各镇要大力推广。
⟦a 全文共2680字，开通VIP会员即可下载完整Word版⟧
二、规范操作，把技术要点教到每一户
使用高枝锯要做到“三不”：不在输电线路下方作业，不在雨雪大风天气作业，不站在锯口正下方作业。伸缩杆要逐节锁紧，锯条要定期打磨，电动款收工后要取下电池。农技人员要把这些要点编成顺口溜，教到每一户果农。⟦w 讲话稿代写润色请加QQ 3391706284⟧
三、压实责任，把安全措施落到每一片果园
各镇要建立修剪作业登记制度，对合作社和种植大户逐户排查；县林业局今年采购高枝锯400把，以“以旧换新”方式补贴给果农。
同志们，修剪季时间紧、任务重，希望大家抓早抓细，确保全年不发生一起修剪安全事故。
""",
    ),
    dict(
        slug="fanwen-heye-insight-step-board-coach",
        site="禾页范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.heye-fw.com/xinde/peixun/38215.html",
        title="参加社区健身踏板操指导员培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line stands after a tag line; a 收录于 3 天前 stamp is no date; "
        "a ghost-writer WeChat line between paragraphs and a collect link glued after a sentence",
        page="""
!m 禾页范文网 · 心得体会频道
!m 首页 ＞ 心得体会 ＞ 培训心得
!l 标签：健身　踏板操　社区　培训
{T}
!m 浏览 2046 次　｜　收录于 3 天前
!a ［复制全文］　［存为文档］　［纠错］
{BODY}
!a 同主题还有1篇范文，扫码登录后可继续阅读
!l 同类推荐：
!l ▸ 参加社区广场舞骨干培训班的体会
!l ▸ 老年健身指导员岗前学习心得（3篇）
!d 禾页范文网内容均来自用户投稿，如涉及版权问题请发邮件至 banquan@heye-fw.com
!m 禾页范文网 heye-fw.com　浙ICP备2021038841号-3
""",
        indent="\u3000\u3000",
        body="""
十月下旬，我参加了街道文体站组织的社区健身踏板操指导员培训。五个半天的课程，从踏板高度的选择讲到基本步伐，再到带操时的口令和保护，让我这个跳了八年广场舞的“老队员”重新当了一回学生。
第一点体会是，安全比动作好看更重要。以前我们练踏板操只图节奏欢快，很少检查踏板的防滑面和支脚。老师说，踏板高度要根据年龄和膝关节情况来定，老年人一般用10厘米到15厘米就够了，每节课前都要看看支脚有没有卡牢。⟦a 点此收藏本篇⟧
⟦w 需要原创心得体会？添加写手微信 hy_xiezuo88⟧
第二点体会是，带操的人要学会“看人”。队员里有人膝盖不好，有人血压偏高，带操时要留意大家的脸色和呼吸，宁可慢一拍，也不能让人硬跟。
第三点体会是，坚持比强度更重要。一周练三次、每次半小时，比偶尔练一个下午效果好得多。
回到社区后，我打算把学到的要点整理成一页纸，贴在活动室门口，让大家先学会安全地上下踏板，再慢慢加动作。
""",
    ),
    dict(
        slug="wenku-zhilu-survey-ski-goggles-pdf-markers",
        site="知麓文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhilu-doc.cn/view/8f3a0c21d7e54b.html",
        title="关于全县中小学冬季滑雪课护目装备配备情况的调研报告",
        record_title="关于全县中小学冬季滑雪课护目装备配备情况的调研报告.pdf",
        date="2025-01-09",
        notes="file name as the record title; a reader toolbar, marker paragraphs cutting sentences, a coin pay "
        "box; a data table one row a paragraph; 上传于 stamp is no date; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县中小学冬季滑雪课护目装备配备情况的调研报告.pdf - 知麓文库</title>
<meta name="description" content="知麓文库提供调研报告在线阅读与下载">
<script src="https://static.zhilu-doc.cn/reader/v3/reader.min.js"></script>
</head><body>
<header class="zl-top"><a class="logo" href="/">⟦m 知麓文库 · 读懂每一页⟧</a>
<nav>⟦m 首页　教育资料　公文范本　行业报告　我的文库⟧</nav>
<a class="login" href="/passport">⟦a 登录 / 注册领知币⟧</a></header>
<div class="crumbs">⟦m 知麓文库 ＞ 教育资料 ＞ 体育与健康 ＞ 调研报告⟧</div>
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传于2025-03-02　贡献者：雪线下的阿曼　共9页　1.26MB⟧</div>
<div class="doc-tools">⟦a 放大　缩小　全屏阅读　加入书架⟧</div>
</div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="pay-box">
<p>⟦a 本文档共9页，当前可免费预览4页，余下内容支付12知币后解锁⟧</p>
<p>⟦a 开通知麓月卡 全站文档随心下⟧</p>
</div>
<div class="rel"><h3>⟦l 看过这篇的人还看了⟧</h3>
<ul><li>⟦l 校园冰雪运动进课堂实施情况调查（5页）⟧</li><li>⟦l 中学生冬季户外运动防护知识讲义⟧</li><li>⟦l 体育器材配备标准对照表（2024版）⟧</li></ul></div>
<footer>⟦d 本页文档由贡献者上传，知麓文库仅提供存储与阅读服务，如有侵权请联系删除。⟧　⟦m © 2025 zhilu-doc.cn 京ICP备2023015526号⟧</footer>
</body></html>
""",
        p_html='<p class="pg-text">{}</p>',
        pages=dict(fmt="❝{n}❞", every=110, start=2),
        body="""
为了解全县中小学开设冬季滑雪课以来学生护目装备的配备和使用情况，2024年12月，县教育体育局组成调研组，走访了开设滑雪课的14所中小学和2家合作滑雪场，发放学生问卷1260份，收回有效问卷1187份。现将调研情况报告如下。
一、基本情况
学段　开课学校数　学生自备滑雪镜比例　学校配备比例
小学　8所　41%　23%
初中　4所　57%　35%
高中　2所　66%　48%
二、存在的问题
一是不少学生用普通墨镜代替滑雪镜，镜片不防雾、不抗冲击，摔倒时容易碎裂伤眼。二是学校配备的滑雪镜多为成人款，低年级学生戴上后镜框下滑，遮挡视线。三是滑雪镜集中存放、轮流使用，清洁消毒没有固定制度。
三、几点建议
建议将儿童款滑雪镜纳入冰雪运动器材配备清单，按开课班级人数的三分之一配足；合作滑雪场租赁的滑雪镜要做到一人一用一消毒；各校在开课前给家长发放护目装备选购提示。
曼水县教育体育局调研组
2025年1月9日
""",
    ),
    dict(
        slug="wenku-qinglan-plan-insect-net-wrapped-glued",
        site="青岚文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qinglan-wk.com/p-5520718.html",
        title="疏坪镇中心小学“小小昆虫观察员”科学实践活动方案",
        record_title="疏坪镇中心小学“小小昆虫观察员”科学实践活动方案（教研组定稿·可改）- 青岚文库",
        date="2025-04-18",
        notes="text hard-wrapped at 62 columns, page markers glued to the continuation line cutting sentences; "
        "preview prompts at the top and bottom; 成文日期 under the signature",
        page="""
!m 青岚文库　wk.qinglan
!m 当前位置：首页 / 中小学 / 科学教学 / 活动方案
!t 疏坪镇中心小学“小小昆虫观察员”科学实践活动方案（教研组定稿·可改）
!m 页数：6　　浏览：918　　下载积分：5　　更新于2025-05-11
!a 温馨提示：当前为文字预览版，排版以下载后的原文件为准
{BODY}
!a ——预览到此为止，下载原文件可查看全部6页——
!a 【立即下载】　【收藏】　【分享给好友】
!l 相关文档：小学科学课户外观察活动安全预案　|　校园植物角认养活动方案
!d 文档为用户上传，青岚文库不对内容准确性负责；侵权投诉请发送至 ts@qinglan-wk.com
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⬄{n}⬄", every=150, start=2, glue=True),
        body="""
为落实科学课程标准中“观察身边的动物”的要求，培养学生观察、记录和爱护生命的意识，学校决定在四、五年级开展“小小昆虫观察员”科学实践活动，特制定本方案。
一、活动时间和地点
2025年5月至6月，每周三下午课外活动时间，地点为学校生态园和镇东的曼河湿地步道。
二、活动内容
（一）学做捕虫网。科学老师指导学生用铁丝圈、纱网和竹竿制作简易捕虫网，网口直径不超过30厘米，网袋用浅色细纱，便于观察网中的昆虫。
（二）观察与记录。学生分组用捕虫网轻捕蝴蝶、蜻蜓等常见昆虫，放入观察盒，用放大镜观察后填写记录卡，观察时间不超过10分钟，随后原地放归。
（三）成果交流。活动结束时每组制作一份昆虫观察手抄报，在校园橱窗展出。
三、安全要求
湿地活动每组配一名教师，学生不得离开步道、不得下水；不捕捉蜜蜂、马蜂等有毒昆虫；捕虫网竹竿不得对人挥舞。
疏坪镇中心小学教导处
2025年4月18日
""",
    ),
    dict(
        slug="app-xiaomo-host-script-insect-camp-h5",
        site="小墨写作 App H5 分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.xiaomo-xiezuo.com/share/article?aid=2290417&from=wxfriend",
        title="“小小昆虫学家”暑期夏令营开营仪式主持词",
        record_title="“小小昆虫学家”暑期夏令营开营仪式主持词（开营篇·串场词齐全）｜小墨写作",
        date=None,
        notes="writing app's H5 share: open-app mask, fold with an expand button, AI rewrite buttons, a template "
        "line; a host script with no date; a 2 天前 stamp is no date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“小小昆虫学家”暑期夏令营开营仪式主持词（开营篇·串场词齐全）｜小墨写作</title>
<script>window.__APP_SHARE__={aid:2290417,channel:"wx"};</script>
</head><body>
<div class="open-mask"><p>⟦a 打开小墨写作App，离线也能看范文⟧</p><button>⟦a 立即打开⟧</button></div>
<div class="art">
<h1 class="art-title">{T}</h1>
<div class="art-info">⟦m 小墨精选 · 2 天前 · 1.3万人看过⟧</div>
<div class="ai-bar">⟦a AI帮我改写　一键换活动名称⟧</div>
<div class="art-body folded">
{BODY}
</div>
<div class="fold-btn">⟦a 展开剩余62%⟧</div>
<div class="tpl">⟦a 套用此模板，3分钟生成你的专属主持词⟧</div>
</div>
<div class="more"><h4>⟦l 大家都在写⟧</h4>
<p>⟦l 科技夏令营闭营仪式主持词（温馨版）⟧</p><p>⟦l 少儿自然研学活动启动仪式串词⟧</p></div>
<div class="app-foot">⟦m 小墨写作 · 让写作不再难⟧　⟦d 内容由创作者发布，仅代表作者观点⟧</div>
<script src="https://cdn.xiaomo-xiezuo.com/h5/share.3f9a.js"></script>
</body></html>
""",
        body="""
尊敬的各位家长、亲爱的小营员们：
大家上午好！欢迎来到“小小昆虫学家”暑期夏令营。接下来的五天里，我们将走进挽河镇的山林和溪谷，去认识那些小小的邻居。
首先，请允许我介绍今天到场的老师和志愿者们。他们中有昆虫研究所的研究员，也有师范学院生物系的大哥哥大姐姐，让我们用热烈的掌声欢迎他们！
下面进行第二项：发放营服和装备。每位营员将领到一顶遮阳帽、一本观察手册和一把折叠捕虫网。请大家记住营长的话：捕虫网是用来“请”昆虫做客的，观察完就要送它们回家。
第三项，请营员代表宣读营员公约。
第四项，请昆虫研究所的厚文轩研究员为大家上第一课：蝴蝶和飞蛾怎么分。
⟦a AI续写下一段⟧
各位营员，小小的捕虫网，网住的是好奇心，放走的是对生命的尊重。我宣布，“小小昆虫学家”暑期夏令营正式开营！
""",
    ),
    dict(
        slug="app-shunshou-report-ski-rental-oneline",
        site="顺手写作 App 文字版 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.shunshou-xz.cn/a/551092",
        title="雪具租赁部主管2024—2025雪季述职报告",
        record_title="雪具租赁部主管2024—2025雪季述职报告（滑雪场岗位·改改就能交）- 顺手写作",
        date="2025-03-20",
        notes="the whole body on one line (paragraphs only apart by their indent); app chrome around it; "
        "成文日期 at the end of the line",
        page="""
!m 顺手写作
!a 下载顺手写作App，体验AI一键成稿 >
{T}
!m 作者：写字楼里的猫　｜　阅读 5821　｜　点赞 96
{BODY}
!a 会员专享：本文可导出Word/PDF　立即开通 ¥9.9/月
!l 同岗位推荐：滑雪场索道班组长述职报告 · 雪场客服主管年度总结
!m 顺手写作 m.shunshou-xz.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
本雪季，我担任戚山滑雪场雪具租赁部主管，带领12名员工负责雪板、雪鞋、头盔和滑雪镜的租赁、清洁与维护。现将履职情况报告如下。
一是完善滑雪镜清洁流程。针对去年游客反映镜片有异味、起雾的问题，我们把滑雪镜归还后的处理分为擦拭、紫外线消毒、晾干、装袋四步，每副镜子挂上消毒标签，全季共消毒滑雪镜3.1万副次。
二是加强器材检查。每天开园前抽查镜框弹性带和镜片划痕，全季淘汰滑雪镜210副、头盔96顶，没有发生一起因器材问题引发的投诉。
三是提升服务效率。高峰期增设两个租赁窗口，推行扫码预约取件，游客平均等候时间由25分钟缩短到11分钟。
不足之处是儿童款滑雪镜备货偏少，周末常有断码。下一雪季我将提前做好备货测算，并加强员工培训。
述职人：戚晓雯
2025年3月20日
""",
    ),
    dict(
        slug="share-dingdang-contract-pole-saw-docx",
        site="叮当文档分享 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.dingdangdoc.com/d/4471908.html",
        title="高枝锯采购合同（范本）",
        record_title="高枝锯采购合同（范本）.docx",
        date=None,
        notes="file name as the record title; a contract template with ×× placeholders, ＿＿ blanks and "
        "＿＿＿＿年＿＿月＿＿日, 第N条 articles; file-info box, a points lock, a service WeChat, an upload notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>高枝锯采购合同（范本）.docx - 叮当文档分享</title>
<link rel="stylesheet" href="/static/css/view.css"></head><body>
<div class="hd"><span class="brand">⟦m 叮当文档 · 好资料一起分享⟧</span>
<span class="hd-r">⟦a 上传赚积分⟧　⟦a 签到⟧</span></div>
<div class="path">⟦m 叮当文档 › 合同协议 › 买卖合同⟧</div>
<div class="file-box">
<h2>{T}</h2>
<table class="finfo">
<tr><td>⟦m 格式：DOCX　大小：38.6KB　页数：3⟧</td><td>⟦m 分享者：园林人老焦⟧</td></tr>
<tr><td>⟦m 分享于 2024-09-27　下载 312 次⟧</td><td>⟦m 评分：★★★★☆ 4.6⟧</td></tr>
</table>
</div>
<div class="doc-view">
{BODY}
</div>
<div class="lock">⟦a 剩余2页需消耗8积分查看，签到可免费领积分⟧</div>
<div class="btns"><a>⟦a 下载源文件⟧</a> <a>⟦a 转存到我的网盘⟧</a></div>
<div class="kefu">⟦w 找不到想要的合同？客服微信 dingdang-kf07 帮你找⟧</div>
<div class="notice">⟦d 本文档由分享者上传，叮当文档仅提供信息存储空间，不对内容的合法性负责。⟧</div>
<div class="foot">⟦m 叮当文档 dingdangdoc.com　苏ICP备2020047731号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××××园林绿化有限公司
乙方（供货方）：××××工具制造有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经平等协商，就甲方向乙方采购高枝锯事宜订立本合同。
第一条　产品名称、型号和数量：伸缩式高枝锯，型号××，最大伸长＿＿米，数量＿＿把，单价＿＿元，合同总价＿＿元（大写：＿＿＿＿）。
第二条　质量要求：产品应符合国家有关园林工具标准，伸缩杆锁紧可靠，锯条硬度不低于××HRC，每把附产品合格证和使用说明书。
第三条　交货时间和地点：乙方于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点＿＿＿＿＿＿，运输费用由乙方承担。
第四条　验收：甲方收货后＿＿日内组织验收，对伸缩、锁紧和锯切性能逐把试用，不合格的乙方应在＿＿日内免费更换。
第五条　质保：自验收合格之日起质保＿＿个月，质保期内非人为损坏由乙方免费维修。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
第七条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿＿＿　乙方（盖章）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="share-xiangyue-pledge-soap-net-text",
        site="享阅文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.xiangyuedoc.net/doc/7730182",
        title="“少用塑料袋，用好肥皂网”绿色生活倡议书",
        record_title="【绿色家庭】“少用塑料袋，用好肥皂网”绿色生活倡议书（A4排版·楼道张贴用）- 享阅文档",
        date="2025-06-03",
        notes="sharing page saved as text: upload notice, points lock, a service WeChat; sentences that ask "
        "readers to 分享 the pledge are body; 成文日期 under the signature",
        page="""
!m 享阅文档 — 资料共享平台
!m 首页 ｜ 文档分类 ｜ 生活百科 ｜ 倡议书
!t 【绿色家庭】“少用塑料袋，用好肥皂网”绿色生活倡议书（A4排版·楼道张贴用）
!m 贡献者：绽园社区小林　　上传日期：2025-06-05　　格式：DOC　　2页
!a 阅读已为你免费展开1页，登录后展开全部
{BODY}
!a 下载此文档需3积分　｜　VIP会员免积分
!w 文档定制、排版代做请联系客服微信：xiangyue_vip
!d 声明：该文档由用户上传分享，仅供学习与交流，版权归原作者所有。
!m xiangyuedoc.net　粤ICP备2022109735号-1
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
洗碗、洗衣、洗手，香皂和肥皂是家家户户离不开的。可用剩的小皂头常被丢掉，装肥皂的塑料袋、塑料盒也越攒越多。一张小小的肥皂网，能让小皂头搓出泡沫、用到最后，还能挂起来沥水，让肥皂不泡软、不粘台面。为此，绽园社区居委会向全体居民发出如下倡议：
一、少用一个塑料袋。购买肥皂时自带布袋，家中肥皂用肥皂网装好挂起，不再用塑料袋包裹。
二、用好每一块肥皂。把小皂头收进肥皂网里继续使用，一块肥皂多用半个月。
三、选用可降解材料。优先选用麻绳、棉线或丝瓜络编的肥皂网，旧了可以拆洗，坏了不污染环境。
四、当好绿色宣传员。请把这份倡议分享给家人和邻居，邀请更多人加入绿色生活行列。
社区将在每月第一个周六上午开设肥皂网编织小课堂，欢迎大家带上旧毛线来学。
绽园社区居民委员会
二〇二五年六月三日
""",
    ),
    dict(
        slug="download-yuanmu-rules-pole-saw-doc-gb2312",
        site="园木资料下载站 (invented, old gb2312 layout)",
        style="资料下载站",
        genre="规定/制度",
        kind="other",
        form="html",
        source="http://www.yuanmu-down.com/soft/guicheng/20871.html",
        title="高枝锯作业安全操作规程",
        record_title="高枝锯作业安全操作规程.doc",
        date=None,
        notes="old gb2312 download page: file-info table, three mirror links, unzip password, dead-link report; "
        "a rule with 第N条 articles and a numbered list, no date (only an effective clause); 更新时间 is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>高枝锯作业安全操作规程.doc 免费下载 - 园木资料下载站</title>
<script src="/js/tj.js"></script></head>
<body bgcolor="#f4f4ec">
<table width="900" align="center"><tr><td>⟦m 园木资料下载站　园林绿化资料一站下载⟧</td><td align="right">⟦a 加入收藏　设为首页⟧</td></tr></table>
<table width="900" align="center" bgcolor="#3a6b35"><tr><td>⟦m 首页 ▏施工方案 ▏操作规程 ▏表格模板 ▏标准规范 ▏软件工具⟧</td></tr></table>
<table width="900" align="center"><tr><td>⟦m 当前位置：园木资料下载站 → 操作规程 → 机具安全⟧</td></tr></table>
<table width="900" align="center" border="1" cellspacing="0" class="softinfo">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：52KB⟧</td><td>⟦m 资料格式：Word(.doc)⟧</td></tr>
<tr><td>⟦m 更新时间：2024-11-30⟧</td><td>⟦m 下载次数：1508⟧</td></tr>
<tr><td>⟦m 资料等级：★★★★⟧</td><td>⟦m 运行环境：WinAll/WPS⟧</td></tr>
</table>
<table width="900" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="900" align="center" class="downlist"><tr><td>
⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通线路下载⟧<br>⟦a 下载地址三：备用网盘下载⟧<br>
⟦a 解压密码：www.yuanmu-down.com⟧<br>
⟦a 下载失效？点此报告死链⟧
</td></tr></table>
<table width="900" align="center"><tr><td>⟦d 本站资料均来源于网络，仅供学习研究，请在下载后24小时内删除。⟧<br>⟦m 园木资料下载站 版权所有　冀ICP备11025843号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范高枝锯作业，防止高处坠物、触电和锯伤事故，结合本单位园林养护工作实际，制定本规程。
第二条　本规程适用于使用手动和电动伸缩式高枝锯修剪行道树、庭院树和果树的作业人员。
第三条　作业前应做好以下检查：
1. 伸缩杆各节锁扣完好，拉伸后逐节锁紧；
2. 锯条无裂纹、缺齿，固定螺栓牢固；
3. 电动高枝锯电池电量充足，开关灵敏；
4. 作业人员佩戴安全帽、护目镜和防割手套。
第四条　作业区域应设置警示标志和围挡，安排专人看护，无关人员不得进入锯枝下落范围。
第五条　距离架空电力线路两米以内的树枝，不得使用高枝锯修剪，应报告供电部门处理。
第六条　锯切时作业人员应站在枝条侧后方，双脚站稳，不得站在锯口正下方；较粗的枝条应分段锯切。
第七条　遇有六级以上大风、雷雨或大雾天气，应停止作业。
第八条　作业结束后应清理锯屑，收回伸缩杆，电动高枝锯应取下电池单独存放。
第九条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-kejian-plan-soap-net-lesson-wps",
        site="课件坊资料下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.kejianfang.org/down/laodong/91624.html",
        title="窄垄村小学劳动课“编织肥皂网”教学实施方案",
        record_title="窄垄村小学劳动课“编织肥皂网”教学实施方案.wps",
        date="2025-02-26",
        notes="a .wps file name as the record title; a download page as text: file info, mirror links, unzip "
        "hint; decimal headings 1.1–3.2; a 成文日期 under the signature",
        page="""
!m 课件坊资料下载 kejianfang.org
!m 首页 > 小学资料 > 劳动教育 > 教学方案
!t 窄垄村小学劳动课“编织肥皂网”教学实施方案.wps
!m 文件大小：24KB　|　文件类型：WPS文字　|　授权：免费　|　人气：677
!m 资料简介：
{BODY}
!a 本地下载通道①　　本地下载通道②　　百度盘下载
!a 提示：下载后如打不开，请先安装WPS Office最新版
!l 同类资料：小学劳动课“缝沙包”教案 / 劳动周手工编织活动安排表
!d 本站所有资料仅供教师交流学习使用，请勿用于商业用途。
""",
        indent="    ",
        body="""
为落实劳动教育课程要求，让学生在动手中学会一项实用的生活技能，学校在三至五年级开设“编织肥皂网”劳动课，特制定本方案。
1. 课程安排
1.1 课时：每周1课时，共6周，安排在周四下午第二节。
1.2 材料：棉线、麻绳和钩针由学校统一采购，学生可自带家中旧毛线。
2. 教学内容
2.1 第1—2周：认识肥皂网的用途，学习起针和短针钩法。
2.2 第3—4周：按网格图钩出网身，收口并穿好挂绳。
2.3 第5—6周：装入肥皂试用，评比最实用、最美观的作品。
3. 保障措施
3.1 班主任协助劳动课教师管理课堂，钩针使用后统一收回清点。
3.2 学生作品在“六一”劳动成果展上展出，并送给村里的独居老人。
窄垄村小学
2025年2月26日
""",
    ),
    dict(
        slug="pan-lanhe-rules-step-board-gym-pdf-markers",
        site="蓝盒网盘分享页 (invented)",
        style="网盘分享",
        genre="规定/制度",
        kind="other",
        form="html",
        source="https://pan.lanhe-cloud.com/s/1Kq7vTzR9pWc",
        title="职工健身房踏板器材管理制度",
        record_title="职工健身房踏板器材管理制度.pdf",
        date=None,
        notes="cloud-drive preview of a PDF: page-marker paragraphs cut sentences, save/download buttons, VIP "
        "speed prompts, expiry stamp; a rule with 第N条 and no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>职工健身房踏板器材管理制度.pdf_免费高速下载|蓝盒网盘-分享无限制</title>
<script>var shareInfo={sid:"1Kq7vTzR9pWc",size:"412KB"};</script></head><body>
<div class="lh-top">⟦m 蓝盒网盘⟧ <span>⟦a 登录⟧</span> <span>⟦a 注册送5G空间⟧</span></div>
<div class="share-head">
<div class="fname">{T}</div>
<div class="sinfo">⟦m 412KB　分享者：职工之家小焦　分享于 2 周前　有效期：永久⟧</div>
<div class="sbtn"><a>⟦a 保存到我的蓝盒⟧</a> <a>⟦a 普通下载⟧</a> <a>⟦a 超级会员极速下载⟧</a></div>
</div>
<div class="preview">
<div class="pv-tip">⟦a 文档预览（第1—3页）⟧</div>
{BODY}
<div class="pv-end">⟦a 预览仅显示前3页，保存到网盘查看完整文件⟧</div>
</div>
<div class="ad">⟦a 开通超级会员，下载提速20倍⟧</div>
<div class="foot">⟦d 请勿分享违法违规内容，发现请举报。⟧ ⟦m ©2025 蓝盒网盘⟧</div>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⋬{n}⋭", every=110, start=2),
        body="""
第一条　为加强职工健身房踏板器材的管理，保障职工锻炼安全，延长器材使用寿命，制定本制度。
第二条　本制度所称踏板器材，是指健身房配备的有氧健身踏板、踏板垫块和配套防滑垫。
第三条　健身房由工会文体委员负责日常管理，每周一对踏板的防滑面、支脚和垫块卡扣进行检查，发现开裂、松动的立即停用并登记报修。
第四条　职工使用踏板前应根据自身情况选择踏板高度，初次锻炼的一般不加垫块；患有膝关节疾病的职工应在医生建议下使用。
第五条　踏板操课程时段，踏板由带操教练统一发放和收回；自由锻炼时段，使用者用毕应擦拭干净，按编号放回器材架。
第六条　不得站在踏板上跳跃嬉戏，不得把踏板当作凳子或梯子使用。
第七条　人为损坏踏板器材的，由当事人照价赔偿。
第八条　本制度由公司工会负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="pan-chuanyun-rules-insect-net-docx-markers",
        site="川云网盘文本预览 (invented)",
        style="网盘分享",
        genre="规定/制度",
        kind="other",
        form="text",
        source="https://www.chuanyunpan.com/share/init?surl=Wm4xLq0a",
        title="野外捕虫网采集标本安全须知",
        record_title="野外捕虫网采集标本安全须知.docx",
        date=None,
        notes="cloud-drive text preview: page markers on lines of their own or glued to the continuation, "
        "cutting sentences; a numbered list; 分享时间 stamp and 失效 line are no dates",
        page="""
!m 川云网盘 · 文件预览
!m 野外捕虫网采集标本安全须知.docx　　(18.2KB)
!m 分享时间：2025-05-19 21:06　　剩余有效期：6天
!a 保存到网盘　｜　下载　｜　举报
{BODY}
!a 【非会员仅可预览部分内容，开通会员可在线查看全文】
!l 该用户还分享了：昆虫标本制作流程.pptx　野外实习物品清单.xlsx
!m © 川云网盘 chuanyunpan.com
""",
        pages=dict(fmt="↯{n}↯", every=110, start=2, glue="mix"),
        body="""
为保证野外实习期间采集昆虫标本的安全，请参加实习的同学认真阅读并遵守以下事项。
一、出发前检查捕虫网：网圈与网柄连接牢固，网袋无破洞，伸缩网柄锁扣可靠；网柄末端不得削尖或装金属头。
二、采集时穿长袖长裤和高帮鞋，扎紧裤脚，预防蜱虫、蚊虫叮咬；在草丛中挥网前先看清周围有无同学。
三、遇到胡蜂、马蜂时不要挥网扑打，应低头慢慢后退离开；不采集毛虫、隐翅虫等接触后会引起皮炎的种类。
四、不在悬崖边、溪流湿滑石头和水库岸边挥网追捕昆虫，不单独离开小组活动范围。
五、捕获的昆虫按带队老师要求处理，非实习所需的种类应当场放归。
六、返回驻地后清点捕虫网和采集工具，发现损坏及时登记，由实验室统一维修。
""",
    ),
]
