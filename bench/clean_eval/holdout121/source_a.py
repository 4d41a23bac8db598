"""holdout121, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客 (two each).
Invented text (places, people, sites, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-caoyuan-soil-testing-summary-cn-date",
        site="草原范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.caoyuanfw.example.com/zongjie/nongye/20251209_4417.html",
        title="芩溪县2025年测土配方施肥工作总结",
        record_title="【精选】芩溪县2025年测土配方施肥工作总结（通用5篇）",
        date="2025-12-08",
        notes="decorated record title; slogan and breadcrumb; a copy-lock line and a writing-service line between paragraphs; Chinese-numeral 成文日期; a table of soil results",
        indent="　　",
        page="""
!m 草原范文网 —— 写材料，先来草原
!m 您在这里：网站首页 › 工作总结 › 农业农村总结
!t 【精选】芩溪县2025年测土配方施肥工作总结（通用5篇）
!m 热度：2093℃　整理人：禾小青　更新于 4天前
{BODY}
!a 觉得有用？一键复制全文｜导出为Word
!l 本类热文排行
!l 01 乡镇农技站年度工作总结范本
!l 02 高标准农田建设项目总结（3篇）
!d 本站范文均由会员投稿与网络整理，版权归原作者，若有侵权请来信，核实后48小时内下架。
""",
        body="""
今年以来，县农业技术推广中心围绕化肥减量增效目标，扎实推进测土配方施肥项目，全年完成土壤取样一千八百个。
一、主要做法
（一）规范采样化验。按照每二百亩一个样点的密度布点，统一采样深度，化验氮、磷、钾、有机质等五项指标。
⟦a 温馨提示：本页已开启复制保护，登录后可免费复制⟧
（二）发布配方建议卡。根据化验结果，分作物、分区域制定施肥配方，发放配方建议卡二万三千张。
⟦w 各类总结、汇报材料量身定制，微信搜索 cyfw_xiezuo 咨询⟧
二、化验结果
指标　平均值　较上年
有机质　21.6克/千克　提高0.4
有效磷　18.2毫克/千克　持平
三、存在问题
部分农户仍凭经验施肥，配方肥到位率不高，下一步将联合农资门店开展配方肥直供到村。
芩溪县农业技术推广中心
二〇二五年十二月八日
""",
    ),
    dict(
        slug="fanwen-liangci-wheat-harvest-speech-html-old-table",
        site="良辞范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.liangci.example.net/jianghua/2025/06/0611_38.asp",
        title="在全县“三夏”生产工作推进会上的讲话",
        record_title="在全县“三夏”生产工作推进会上的讲话_良辞范文网",
        date="2025-06-03",
        notes="old gb2312 table layout with marquee, visitor counter and a 【字号】 row; speech with a date under the title (neutral speaker line); writing box floating; hot list",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全县“三夏”生产工作推进会上的讲话_良辞范文网</title>
<script>var _hm=_hm||[];document.write('<img src="/cnt.asp?id=38">');</script></head>
<body><table width="960" align="center"><tr><td>
<div class="logo">⟦m 良辞范文网 www.liangci.example.net⟧</div>
<marquee>⟦m 本站今日更新范文236篇，欢迎常来看看！⟧</marquee>
<table><tr><td class="nav">⟦l 首页 | 讲话稿 | 工作总结 | 心得体会 | 活动方案 | 会员中心⟧</td></tr></table>
<table><tr><td width="700">
<div class="pos">⟦m 当前位置：良辞范文网 >> 讲话稿 >> 农业农村⟧</div>
<h1>⟦t 在全县“三夏”生产工作推进会上的讲话⟧</h1>
<div class="zh">⟦a 【字号 特大 大 中 小】【关闭窗口】⟧</div>
<p align="center">副县长　邢立川</p>
<p align="center">（2025年6月3日）</p>
{BODY}
<div class="ft">⟦l 上一篇：在全县秸秆综合利用现场会上的讲话⟧<br>⟦l 下一篇：夏粮收购工作动员讲话稿⟧</div>
</td><td width="260" valign="top">
<div class="box"><b>⟦l 本周热门⟧</b><br>⟦l · 防汛工作会议讲话（精编）⟧<br>⟦l · 乡村振兴推进会主持词⟧</div>
<div class="float">⟦w 材料赶时间？专人代笔 QQ 2750331908⟧</div>
</td></tr></table>
<div class="copy">⟦m 您是本站第 00718264 位访客⟧<br>⟦d Copyright 2009-2025 良辞范文网 版权所有 文章来源于网友投稿⟧</div>
</td></tr></table></body></html>
""",
        body="""
同志们：
眼下正值夏收、夏种、夏管的关键时期，今天召开这个会，就是要动员全县上下全力以赴打好“三夏”生产这场硬仗。
今年全县小麦种植面积四十二万亩，长势总体好于去年，丰收在望，但越是临近收获，越要防止麦收期间出现烂场雨。
一是抓好机收组织。各乡镇要提前对接联合收割机队伍，合理安排作业路线，确保成熟一块、收获一块。
二是抓好秸秆禁烧。要落实网格化管理，乡镇干部包村、村干部包地块，做到不着一把火、不冒一处烟。
三是抓好夏种夏管。收获后要及时抢墒播种玉米、大豆，力争六月二十日前完成夏播任务。
同志们，“三夏”时间紧、任务重，希望大家守土尽责，确保颗粒归仓。
""",
    ),
    dict(
        slug="wenku-xiaofeng-pig-farming-plan-markers",
        site="晓峰文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.xiaofeng.example.com/view/7a11c0e92b.html",
        title="茴川镇生猪养殖场非洲猪瘟防控工作方案",
        record_title="茴川镇生猪养殖场非洲猪瘟防控工作方案.docx",
        date="2025-03-14",
        notes="file-name title; preview cut by ◖n◗ markers (glued mix); preview-end prompt and a price line; upload notice with uploader; date from 成文日期",
        pages=dict(fmt="◖{n}◗", every=130, start=2, glue="mix"),
        page="""
!m 晓峰文库 > 农林牧渔 > 畜牧兽医
!t 茴川镇生猪养殖场非洲猪瘟防控工作方案.docx
!m 上传者：养殖小能手　|　共5页　|　2.1万次阅读　|　上传于 2025-11-30
!a 原创力认证　¥6.80　立即下载
{BODY}
!a ——— 预览已到末尾，完整文档需支付后下载 ———
!d 本文档由用户自行上传分享，文库仅提供存储空间，如涉及侵权请点击“举报”。
!l 相似文档：规模猪场生物安全管理制度｜母猪分娩舍消毒规程
""",
        body="""
为切实做好非洲猪瘟防控工作，保障全镇生猪产业健康发展，结合本镇实际，制定本方案。
一、工作目标
全镇存栏五十头以上的养殖场户实现生物安全评估全覆盖，不发生区域性非洲猪瘟疫情。
二、重点措施
1.严格车辆洗消。所有进场车辆须在镇洗消中心清洗、消毒、烘干，凭洗消凭证进场。
2.严格人员管理。外来人员一律不得进入生产区，饲养员进场须沐浴更衣并隔离四十八小时。
3.规范病死猪处理。病死猪一律由县无害化处理中心统一收集，严禁私自掩埋、出售。
三、保障措施
镇畜牧兽医站负责技术指导，各村动物防疫员负责日常巡查，发现异常情况两小时内报告。
茴川镇人民政府
2025年3月14日
""",
    ),
    dict(
        slug="wenku-jinlan-iodine-report-html-reader",
        site="锦澜文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jinlandoc.example.cn/p-88310457.html",
        title="关于蒌湾县碘缺乏病防治情况的调研报告",
        record_title=None,
        date=None,
        notes="HTML 文库 reader: no record title, title in <h1> only; ⧘n⧙ marker paragraphs; a VIP prompt glued after a sentence; no date in the document (an upload stamp is no date)",
        pages=dict(fmt="⧘{n}⧙", every=160, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>锦澜文档 - 在线阅读</title>
<script src="/static/reader.min.js"></script></head><body>
<header><a class="logo">⟦m 锦澜文档⟧</a><nav>⟦l 首页　精品专区　会员　上传⟧</nav><span>⟦a 登录｜注册⟧</span></header>
<div class="doc-head"><h1>⟦t 关于蒌湾县碘缺乏病防治情况的调研报告⟧</h1>
<div class="info">⟦m 页数：4　大小：36KB　浏览：1,207　上传时间：2025-10-19 22:41⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 还剩2页未读，继续阅读 ↓⟧</div>
<div class="act">⟦a 收藏　分享　举报　下载本文（5下载券）⟧</div>
<aside><h3>⟦l 猜你喜欢⟧</h3><ul><li>⟦l 地方病防治工作总结⟧</li><li>⟦l 学校食堂碘盐使用情况报告⟧</li></ul></aside>
<footer>⟦d 锦澜文档所有资源来自用户上传，仅供在线阅读，本站不对内容的准确性负责。⟧<br>⟦m 琼ICP备20231187号-2⟧</footer>
</body></html>
""",
        body="""
为掌握全县碘缺乏病防治现状，县卫生健康局会同县疾控中心于今年秋季开展了专题调研，现将有关情况报告如下。
一、基本情况
全县共抽检居民户食用盐样本六百份，合格碘盐食用率为百分之九十五点三，高于全省平均水平。
抽查八至十岁儿童甲状腺容积二百人，甲状腺肿大率为百分之一点五，处于消除标准范围之内。
二、存在的问题
一些边远村庄仍有群众食用腌制用的大粒盐，部分小卖部销售无标签散装盐，监管还有盲区。⟦a 开通VIP，本文及全站文档免费看⟧
三、几点建议
一是把碘盐监测纳入基本公共卫生服务考核；二是市场监管部门加大对散装盐的查处；三是利用赶集日开展健康宣传。
""",
    ),
    dict(
        slug="gov-gushan-low-income-notice-html-index-table",
        site="埭溪县民政局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://mzj.daixi.example.gov.cn/xxgk/tzgg/202504/t20250418_512077.html",
        title="关于开展2025年城乡低保对象动态复核工作的通知",
        record_title="关于开展2025年城乡低保对象动态复核工作的通知_埭溪县民政局",
        date="2025-04-18",
        notes="modern county portal with a 索引号 table (meta), 长者模式 and font row, the document's own 联系人/电话 beside the bureau's service line in the footer; 附件 list kept; 文号 neutral",
        page="""
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2025年城乡低保对象动态复核工作的通知_埭溪县民政局</title>
<script>function fontZoom(n){document.getElementById('zoom').style.fontSize=n+'px';}</script></head><body>
<div class="topbar">⟦a 长者模式　无障碍　简体｜繁體⟧</div>
<div class="banner">⟦m 埭溪县民政局　民政为民　民政爱民⟧</div>
<ul class="menu">⟦l 首页 机构概况 政务公开 办事服务 互动交流⟧</ul>
<div class="loc">⟦m 所在位置：首页 / 政务公开 / 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11330521MB1F42077X/2025-00139⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文机构：埭溪县民政局⟧</td><td>⟦m 生成日期：2025-04-18⟧</td></tr>
</table>
<h2>⟦t 关于开展2025年城乡低保对象动态复核工作的通知⟧</h2>
<p class="wh">埭民发〔2025〕11号</p>
<div class="tools">⟦a 【字体：大 中 小】【打印本页】【关闭】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="rel"><h4>⟦l 相关信息⟧</h4><p>⟦l 埭溪县2025年一季度社会救助资金发放情况⟧</p></div>
<div class="foot">⟦m 主办：埭溪县民政局　地址：埭溪县迎春路9号　服务电话：0572-5081234⟧<br>⟦m 浙ICP备05027111号　政府网站标识码：3305210031⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处：
为进一步规范城乡最低生活保障管理，确保应保尽保、应退尽退，县局决定在全县开展低保对象动态复核工作，现将有关事项通知如下。
一、复核范围
截至2025年3月底在册的全部城乡低保家庭，共计三千一百二十六户。
二、复核方式
（一）入户核查。乡镇（街道）组织工作人员逐户走访，核实家庭人口、收入和财产状况。
（二）信息比对。通过居民家庭经济状况核对系统，比对车辆、房产、工商登记等信息。
三、时间安排
4月20日至5月31日为入户核查阶段，6月份为审核确认阶段，6月30日前完成全部复核工作。
联系人：许佳音，联系电话：0572-5081270。
附件：1.低保家庭动态复核登记表
2.低保对象复核情况汇总表
埭溪县民政局
2025年4月18日
""",
    ),
    dict(
        slug="gov-suiping-snakebite-guide-text-print-stamp",
        site="嶂川县卫生健康局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wjj.zhangchuan.example.gov.cn/ztzl/jkkp/8841.html",
        title="嶂川县蛇伤救治定点医院名单及就医指引",
        record_title="嶂川县蛇伤救治定点医院名单及就医指引",
        date="2025-05-22",
        record_date="2025-05-22",
        notes="record title and date; a table of hospitals with phones (body) beside the bureau's 12320 line in the footer; health-advice sentences about 扫码; a print stamp at the bottom",
        page="""
!m 嶂川县卫生健康局 > 专题专栏 > 健康科普
!m 发布：2025-05-22 09:30　来源：医政医管股　字号：T+ T-
{T}
{BODY}
!a 【打印】【收藏】【返回顶部】
!m 卫生健康服务热线：12320
!m 本页打印时间：2025/11/02 16:05
""",
        body="""
进入夏季，我县山区毒蛇活动频繁，为方便群众被蛇咬伤后及时就医，现将全县蛇伤救治定点医院名单公布如下。
医院名称　地址　急诊电话
县人民医院　城关镇解放路3号　0736-4212120
嶂川中医医院　城南新区杏林路18号　0736-4231120
青石乡卫生院　青石乡集镇　0736-4580120
被蛇咬伤后，应保持冷静，减少活动，用绳带在伤口近心端绑扎，每隔二十分钟放松一次。
切勿用嘴吸吮伤口，也不要饮酒，尽可能记住蛇的外形特征或拍照，以便医生判断蛇种。
群众可扫描县卫健局公众号二维码，查询离自己最近的抗蛇毒血清储备点。
""",
    ),
    dict(
        slug="news-qinglan-village-basketball-html-photo",
        site="峤湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qiaowan.example.cn/bd/2025-08/17/content_70341.html",
        title="峤湾县“村篮”总决赛落幕　二十六支村队角逐冠军",
        record_title="峤湾县“村篮”总决赛落幕　二十六支村队角逐冠军 - 峤湾新闻网",
        date="2025-08-17",
        notes="news portal: photo caption and an ad between paragraphs (lines of their own), byline 发布时间 as date, editor line glued after the last paragraph, related list and comment box",
        page="""
<html><head><meta charset="utf-8"><title>峤湾县“村篮”总决赛落幕　二十六支村队角逐冠军 - 峤湾新闻网</title></head><body>
<div class="top">⟦m 峤湾新闻网　峤湾县融媒体中心主办⟧　⟦a 登录　投稿⟧</div>
<nav>⟦l 要闻 乡镇 民生 体育 文旅 视频⟧</nav>
<div class="crumb">⟦m 峤湾新闻网 > 本地 > 体育⟧</div>
<h1>⟦t 峤湾县“村篮”总决赛落幕　二十六支村队角逐冠军⟧</h1>
<div class="byline">⟦m 发布时间：2025-08-17 21:48　来源：峤湾融媒　记者：穆晨阳　通讯员：伍小禾⟧</div>
<article>
{BODY}
</article>
<div class="share">⟦l 转发到：朋友圈 ｜ 微博 ｜ 复制链接⟧</div>
<div class="rel"><b>⟦l 延伸阅读⟧</b><a>⟦l 暑期乡村体育赛事一览⟧</a><a>⟦l 县体育馆夜间免费开放⟧</a></div>
<div class="cmt">⟦l 网友评论（12）　我要评论⟧</div>
<footer>⟦d 凡本网注明“来源：峤湾融媒”的作品，版权均属峤湾县融媒体中心，转载请注明出处。⟧<br>⟦m 新闻热线：0596-3320000⟧</footer>
</body></html>
""",
        body="""
8月17日晚，峤湾县第三届“村篮”总决赛在县全民健身中心落下帷幕，来自全县十一个乡镇的二十六支村队经过一个多月的比拼，最终由岭下村队夺得冠军。
当晚，球场四周座无虚席，近四千名群众自带小板凳前来观赛，锣鼓声、加油声此起彼伏。
⟦m 图为决赛现场，岭下村队队员上篮得分。（穆晨阳　摄）⟧
本届赛事全部队员均为本村村民，有种田的农民，也有返乡创业的青年，年龄最大的已经五十三岁。
⟦a 广告｜峤湾农商银行“乡村振兴贷”火热办理中⟧
县文化和旅游体育局负责人介绍，赛事期间还同步举办了农特产品展销，带动销售额八十余万元。⟦m （责任编辑：龚秋）⟧
""",
    ),
    dict(
        slug="news-hexi-grape-festival-text-relative-time",
        site="蔻山日报客户端 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://app.koushanrb.example.com/share/news?id=551902",
        title="蔻山葡萄文化节开幕　万亩葡萄园迎来采摘季",
        record_title=None,
        date="2025-08-09",
        notes="news-app share page: no record title; title repeated at the top and on the share card; 3小时前 is no date; the byline's dotted date is the page date",
        page="""
!a 打开蔻山日报APP，阅读体验更佳
!m 蔻山日报 · 首页推荐
{T}
!m 蔻山日报记者　欧阳舒　2025.08.09　3小时前
!m 阅读 2.6万
{BODY}
!t 蔻山葡萄文化节开幕　万亩葡萄园迎来采摘季
!l 点赞 318　　评论 41　　转发
!l 相关推荐：夏黑葡萄今年收购价每斤涨了三毛
!d 未经授权，禁止转载
""",
        body="""
8月9日上午，第七届蔻山葡萄文化节在甑山镇葡萄产业园开幕，来自周边市县的游客走进万亩葡萄园，体验采摘乐趣。
今年全县葡萄种植面积达一万二千亩，主要品种有夏黑、阳光玫瑰、巨峰等，预计总产量二万四千吨。
开幕式上，县农业农村局为十家“诚信果园”授牌，并发布了蔻山葡萄地理标志使用管理办法。
文化节将持续至九月上旬，其间还将举办葡萄品鉴、采摘大赛和农民丰收节文艺展演等活动。
""",
    ),
    dict(
        slug="forum-zhongkuai-pigeon-race-rules-junk",
        site="中快信鸽论坛 (invented)",
        style="论坛",
        genre="规则",
        kind="other",
        form="text",
        source="http://bbs.zhongkuaixg.example.com/thread-90421-1-1.html",
        title="蒌湾县信鸽协会2025年秋季公棚赛竞翔规程",
        record_title="[协会公告] 蒌湾县信鸽协会2025年秋季公棚赛竞翔规程 - 赛事发布 - 中快信鸽论坛",
        date="2025-07-28",
        date_also=["2025-07-30"],
        notes="Discuz-like post with floor meta, junk lines and glued junk; the 发表于 date differs from the 规程's own date (document date expected, post date also)",
        junk=dict(lines=2, glued=2),
        page="""
!m 中快信鸽论坛 » 赛事发布 » 查看内容
!m 查看: 3871 | 回复: 26
!t [协会公告] 蒌湾县信鸽协会2025年秋季公棚赛竞翔规程
!m 鸽乡老周　楼主　发表于 2025-7-30 08:14
!m 只看该作者　倒序浏览
{BODY}
!m 本帖最后由 鸽乡老周 于 2025-7-30 08:20 编辑
!l 回复　支持(7)　反对(0)　举报
!l 沙发　翅膀硬　发表于 2025-7-30 09:02　今年收鸽费涨了吗？
!d 论坛内容仅代表发帖人观点，与本站立场无关
""",
        body="""
一、参赛资格
凡持有本协会有效会员证、遵守赛事规程的鸽友均可参赛，每羽参赛鸽须佩戴本年度统一足环。
二、收鸽时间
收鸽时间为2025年8月1日至8月31日，每羽收鸽费五百元，逾期不再收取。
三、比赛安排
1.训放阶段：九月份进行家飞和短距离训放，训放距离逐步增至一百五十公里。
2.决赛：十月下旬举行，司放距离约四百公里，以电子计时器记录归巢时间。
四、奖励办法
决赛前十名分别颁发奖金，第一名奖金五万元，奖金于赛后十个工作日内发放。
五、其他
参赛鸽在公棚期间发生疾病、走失的，协会不承担赔偿责任。
蒌湾县信鸽协会
2025年7月28日
""",
    ),
    dict(
        slug="forum-yuntian-garlic-price-html-discuz",
        site="云田农友社区 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.yuntiannong.example.com/forum.php?mod=viewthread&tid=33817",
        title="致全县大蒜种植户的一封倡议书",
        record_title="致全县大蒜种植户的一封倡议书 - 种植交流 - 云田农友社区",
        date="2025-06-05",
        notes="Discuz-like HTML with jammer fonts; user card, signature, reply box; the 倡议 own 联系电话 kept; forum 发表于 same day as the letter",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>致全县大蒜种植户的一封倡议书 - 种植交流 - 云田农友社区</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 云田农友社区 — 种地的人帮种地的人⟧　⟦a 登录　立即注册　找回密码⟧</div>
<div id="pt">⟦m 云田农友社区 › 种植交流 › 查看帖子⟧</div>
<h1>⟦t 致全县大蒜种植户的一封倡议书⟧</h1>
<div class="pls">⟦m 锟川蒜农合作社　主题 42　帖子 180　积分 966⟧</div>
<div class="pi">⟦m 发表于 2025-6-5 19:33⟧　⟦m 电梯直达 1#⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l ——种好蒜，卖好价，锟川蒜农合作社欢迎您⟧</div>
<div class="po">⟦l 回复 引用 支持 反对 评分⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by 云田社区 © 2016-2025⟧</div>
</body></html>
""",
        body="""
全县广大大蒜种植户朋友们：
今年我县大蒜种植面积约六万亩，新蒜陆续上市，价格较去年同期有所回落，部分蒜农出现惜售和恐慌性抛售两种情绪。
为稳定市场秩序，保护种植户利益，锟川蒜农合作社向大家发出如下倡议。
一是理性销售，不跟风抛售，也不盲目囤积，根据自家储藏条件分批上市。
二是诚信经营，不掺杂使假，不以次充好，共同维护锟川大蒜的品牌声誉。
三是抱团发展，积极加入合作社或冷库联营，统一分级、统一包装，提升议价能力。
有意加入联营的种植户可拨打合作社电话：0539-7720815。
锟川蒜农合作社
2025年6月5日
""",
    ),
    dict(
        slug="blog-guoyuan-apple-orchard-diary-wrap",
        site="果园边的日子（个人博客） (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://guoyuanbian.example.blog.cn/archives/2025/10/apple-pruning.html",
        title="在苹果高接换优培训班上的学习体会",
        record_title="【随笔】在苹果高接换优培训班上的学习体会 | 果园边的日子",
        date="2025-10-26",
        notes="blog wrapped at 62 columns; bracketed post time as the page's date; tag and archive boxes; a comment with relative time",
        wrap=62,
        indent="    ",
        page="""
!m 果园边的日子 · 一个果农技术员的记录
!l 首页　随笔　技术　相册　关于我
!t 【随笔】在苹果高接换优培训班上的学习体会
!m [2025-10-26 21:07]　分类：随笔　阅读(233)　评论(3)
{BODY}
!l 标签：苹果 嫁接 培训 果园管理
!l « 秋施基肥别偷懒　|　冬季清园三件事 »
!l 归档：2025年10月(6) 2025年9月(4) 2025年8月(7)
!l 苔藓 说：去年换的品种今年挂果了吗？ 2天前
""",
        body="""
十月下旬，我参加了县果业服务中心举办的苹果高接换优培训班，三天时间里，理论课和田间实操穿插进行，收获很大。
过去我们这里的老果园大多是二十多年前栽的红富士，品种老化、树冠郁闭，果子着色差，卖不上价。
这次培训，老师重点讲了高接换优的时机、接穗选择和嫁接后的管理，特别强调接后要及时除萌、绑支柱，防止新梢被风劈断。
在田间实操环节，我亲手嫁接了十二个枝头，老师逐个检查，指出我削接穗时斜面不够平直的毛病。
回来以后，我打算先在自家三亩地里试换，明年春天再带动邻近的几户一起干。
""",
    ),
    dict(
        slug="blog-maoxiang-suona-teacher-html",
        site="毛香的唢呐小屋 (invented)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://maoxiang-suona.example.net/post/2025-09-10-jiaoshijie.html",
        title="在唢呐传习所教师节座谈会上的发言",
        record_title=None,
        date="2025-09-10",
        notes="HTML blog with tag cloud and archive, no record title; speech with date under the title; a reward button and copyright line; a 'share' sentence inside the speech kept",
        page="""
<html><head><meta charset="utf-8"><title>毛香的唢呐小屋</title></head><body>
<header><h2>⟦m 毛香的唢呐小屋⟧</h2><p>⟦m 吹了四十年，还在学⟧</p></header>
<nav>⟦l 首页 · 曲谱 · 教学视频 · 随笔 · 留言板⟧</nav>
<main>
<h1>⟦t 在唢呐传习所教师节座谈会上的发言⟧</h1>
<p class="meta">⟦m 作者：毛香　分类：随笔　浏览 412 次⟧</p>
<p>（2025年9月10日）</p>
{BODY}
<div class="reward">⟦a 觉得不错，打赏一杯茶⟧</div>
<p class="tags">⟦l 标签：唢呐 传承 教师节⟧</p>
<p class="nav">⟦l ← 上一篇：《百鸟朝凤》练习心得　下一篇：给学员家长的一封信 →⟧</p>
</main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 唢呐 曲谱 婚俗 非遗 学员⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年9月 (3)⟧</p><p>⟦l 2025年8月 (5)⟧</p></aside>
<footer>⟦d © 毛香的唢呐小屋 转载请注明出处⟧</footer>
</body></html>
""",
        body="""
各位老师、各位学员：
今天是教师节，传习所的几位老师坐在一起拉拉家常，我心里很高兴。
我十二岁跟着师父学吹唢呐，那时候没有谱子，全靠师父一句一句地教，一口气一口气地练。
传习所成立五年来，先后招收学员一百三十多名，其中有二十多个孩子已经能独立登台演出。
我常跟学员们说，唢呐是咱们老百姓的乐器，红白喜事都离不开它，学会了就要好好传下去。
也希望大家把练习的视频多分享给身边的朋友，让更多年轻人知道唢呐、喜欢唢呐。
最后，祝各位老师节日快乐，身体健康。
""",
    ),
]
