"""Holdout12, part A: 范文 sites, 文库 previews, government portals, news portals. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-yunjian-speech-cn-date-under-title",
        site="云笺范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yunjian365.cn/zhici/huiyi/2025/0321/40718.html",
        title="在全县优化营商环境攻坚年动员大会上的讲话",
        record_title="【优选】在全县优化营商环境攻坚年动员大会上的讲话（通用3篇）",
        date="2025-03-18",
        notes="decorated record title; Chinese-numeral date and speaker under the title; action glued after a sentence",
        page="""
!m 云笺范文库 · 笔下有千秋
!m 位置：云笺首页 ／ 会议致辞 ／ 动员讲话
!t 【优选】在全县优化营商环境攻坚年动员大会上的讲话（通用3篇）
!m 收录：2025-03-21　浏览：4,306　字数：约2100字
!a ☆ 存入我的笺夹　　✎ 纠错　　⇩ 保存为文档
{T}
县委副书记、县长　邵启航
（二〇二五年三月十八日）
{BODY}
!a ——以上为第1篇，开通笺卡可一次浏览全部3篇——
!l 同类推荐 ▸ 优化营商环境工作推进会表态发言 ▸ 全县项目建设观摩点评会讲话 ▸ 政务服务“一网通办”培训会讲话
!d 云笺范文库所载范文仅供写作参考交流，转载引用请注明出处，任何单位和个人不得用于商业用途。
!m 云笺范文库 yunjian365.cn　浙ICP备20018433号-3　客服热线：400-862-1733
""",
        indent="\u3000\u3000",
        body="""
同志们：
这次大会是县委、县政府决定召开的一次重要会议，主要任务是动员全县上下以更大力度、更实举措推进营商环境攻坚年活动。刚才，县发改局通报了去年全县营商环境评价情况，县市场监管局、县税务局和两家企业代表作了发言，讲得都很实在。下面，我讲三点意见。
一、正视差距，切实增强优化营商环境的紧迫感
去年全市营商环境评价中，我县总体排名第七，比上年前移两位，但“获得电力”“办理建筑许可”两项指标仍处在全市后列。个别窗口单位“门好进、脸好看”，但“事难办”的问题没有根本解决；有的部门政策落实“最后一公里”不通畅，企业获得感不强。营商环境没有最好、只有更好，各乡镇、各部门务必把思想认识统一到县委的决策部署上来。⟦a 〖一键抄录本段〗⟧
二、聚焦关键，全力打好五场攻坚战
一要打好审批提速攻坚战。全面推行“承诺即开工”“拿地即开工”，工业项目从立项到施工许可审批时限压减至25个工作日以内。二要打好要素保障攻坚战。建立重点项目用地、用电、用水“周调度”机制，对签约项目实行“一企一专班”。三要打好涉企收费攻坚战。开展涉企违规收费专项清理，坚决纠正乱收费、乱罚款、乱摊派。四要打好诚信建设攻坚战。梳理政府对企业的承诺事项，凡是依法依规作出的承诺，必须不折不扣兑现。五要打好服务质效攻坚战。推行“周二无会日”“企业接待日”，让干部有更多时间到企业一线解决问题。
三、压实责任，确保攻坚年活动见到实效
各责任单位主要负责同志要亲自抓、负总责，把任务细化为具体项目、具体措施、具体时限。县委督查室、县政府督查室要会同县纪委监委开展专项督查，对推诿扯皮、吃拿卡要等行为，发现一起、查处一起、通报一起。
同志们，营商环境就是生产力、竞争力。让我们以攻坚的姿态、务实的作风，奋力打造审批最少、流程最优、服务最好的发展环境！
""",
    ),
    dict(
        slug="fanwen-lanshu-summary-cms-sidebar",
        site="蓝书公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.lanshugw.com/zongjie/danwei/2025/01/17/88231.shtml",
        title="县自然资源局2024年度耕地保护工作总结",
        record_title="县自然资源局2024年度耕地保护工作总结-蓝书公文网",
        record_date="2025-01-17",
        date="2025-01-17",
        notes="CMS page: top bar, nav, breadcrumb, tool row, sidebar lists, footer; signature with its own date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>县自然资源局2024年度耕地保护工作总结-蓝书公文网</title>
<meta name="description" content="蓝书公文网为您整理的县自然资源局2024年度耕地保护工作总结">
<link rel="stylesheet" href="/static/lanshu.css">
<script src="/static/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 蓝书公文网——机关笔杆子的资料库⟧</span><span class="r"><a href="/u/signin">⟦a 会员登入⟧</a> <a href="/vip">⟦a 开通蓝书VIP⟧</a></span></div>
<div class="menu"><a href="/">⟦m 网站首页⟧</a><a href="/zongjie/">⟦m 总结汇报⟧</a><a href="/jihua/">⟦m 计划规划⟧</a><a href="/xinde/">⟦m 学习体会⟧</a><a href="/dangjian/">⟦m 党建材料⟧</a></div>
<div class="wrap">
<div class="place">⟦m 您的位置 ▹ 蓝书公文网 ▹ 总结汇报 ▹ 单位工作总结⟧</div>
<div class="leftbox">
<h1 class="tit">{T}</h1>
<p class="info">⟦m 更新日期：2025-01-17　整理：蓝书编辑组　热度：1988⟧</p>
<div class="btnrow"><span>⟦a 📋复制全文⟧</span><span>⟦a 🖨打印⟧</span><span>⟦a ⭐加入书架⟧</span><span>⟦a A+ A-⟧</span></div>
<div class="artbody">
{BODY}
</div>
<div class="tagbox">⟦l 本文标签：耕地保护　自然资源　年度总结⟧</div>
<div class="updown"><p>⟦l ‹ 前一篇：县林业局2024年森林资源管护工作总结⟧</p><p>⟦l 后一篇：乡镇国土所年度工作总结范本 ›⟧</p></div>
</div>
<div class="rightbox">
<div class="hd">⟦l 编辑精选⟧</div>
<ul><li>⟦l 耕地“非农化”整治工作汇报⟧</li><li>⟦l 土地卫片执法检查情况报告⟧</li><li>⟦l 2024年田长制工作总结⟧</li></ul>
<div class="hd">⟦l 本月下载榜⟧</div>
<ul><li>⟦l 自然资源系统述职报告合集⟧</li><li>⟦l 国土空间规划编制工作汇报⟧</li></ul>
</div>
</div>
<div class="foot"><p>⟦d 蓝书公文网收录的资料来源于网友投稿与公开渠道，仅供学习交流，不作他用。⟧</p>
<p>⟦m 蓝书公文网 版权所有 2017—2025　苏ICP备17062210号⟧</p></div>
</body></html>
""",
        p_html="<p>{}</p>",
        date_also=["2025-01-10"],
        body="""
2024年，县自然资源局坚持以最严格的耕地保护制度为遵循，全面落实耕地保护党政同责，牢牢守住耕地保护红线，全县耕地保有量和永久基本农田保护面积均超额完成市下达目标任务。现将全年工作总结如下。
一、压紧压实耕地保护责任
推动县委、县政府与各乡镇签订耕地保护目标责任书，将耕地保护纳入乡镇党政领导班子实绩考核，权重提高到8%。全面推行田长制，设立县、乡、村三级田长1126名、网格员1740名，实现耕地网格化管理全覆盖。
二、严格落实耕地占补平衡
全年实施补充耕地项目14个，新增耕地2318亩，全部通过市级验收并入库。严格执行耕地“进出平衡”制度，年度内耕地转为其他农用地与其他农用地转为耕地面积实现动态平衡。
三、从严从实开展执法监管
依托卫片执法和动态巡查，全年发现疑似违法占用耕地图斑163个，已全部核查处置到位，立案查处违法用地案件29宗，拆除违法建筑面积4.6万平方米，恢复耕种面积387亩。
四、存在的问题
一是部分乡镇对耕地保护重要性认识不足，存在重开发、轻保护倾向；二是补充耕地后备资源日益匮乏，占补平衡压力加大；三是基层执法力量薄弱，巡查发现与处置存在滞后。
五、2025年工作打算
2025年，我局将持续深化田长制，加快推进撂荒地整治和高标准农田建设，强化耕地保护动态监测，坚决遏制耕地“非农化”、严格管控“非粮化”，为保障粮食安全夯实资源基础。
县自然资源局
2025年1月10日
""",
    ),
    dict(
        slug="fanwen-mochi-insight-missing-title-glued",
        site="墨池文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://mochiwy.net/article/xd/552907.html",
        title="学习新修订《中华人民共和国公司法》心得体会",
        record_title=None,
        date=None,
        notes="no record title; title printed three times, the last glued to the first sentence; no date anywhere",
        page="""
!m 墨池文苑｜每日精选好文
{T}
!m 分类：心得体会　|　添加：佚名　|　人气：732
!a 〔收〕〔赞〕〔荐〕〔复制链接〕
!t 《学习新修订<中华人民共和国公司法>心得体会》
{T}{BODY}
!w 材料写不出来？墨池写作团队一对一代笔，加V：mochi_xz66
!l 看了本文的人还看了：国有企业合规管理心得｜学习民法典心得体会（五篇）｜法治讲座观后感
!d 本文由网友投稿，观点仅代表作者本人，墨池文苑不承担由此引起的法律责任。
""",
        indent="　　",
        gap=True,
        body="""
新修订的公司法自今年7月1日起施行，这是公司法自颁布以来的又一次全面修订。单位组织专题学习后，我又对照条文逐章研读，对现代企业制度建设有了更深的理解，现将学习体会汇报如下。
一是深刻认识修法的重要意义。这次修订在完善公司资本制度、强化股东出资责任、健全公司治理结构等方面作出了许多新规定，回应了市场主体的现实关切。作为国有企业的一名财务人员，我感到这些规定既是对企业的约束，更是对企业健康发展的保护。
二是准确把握修法的主要变化。比如，新法规定有限责任公司股东认缴的出资额应当自公司成立之日起五年内缴足，这对防范“注册资本虚高”具有现实意义；又如，新法强化了控股股东、实际控制人和董事、监事、高级管理人员的责任，要求“关键少数”更加勤勉尽责。
三是自觉把学习成果转化为工作实效。我将结合本职工作，认真梳理公司出资、关联交易、担保等方面的制度流程，及时提出修订建议，做到依法经营、合规管理，为企业行稳致远贡献自己的一份力量。
""",
    ),
    dict(
        slug="wenku-zhiyuan-plan-wrapped-slash-total-markers",
        site="知源文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiyuan-doc.com/p/7c31d2a80e.html",
        title="澜溪县2025年城乡环境卫生综合整治实施方案",
        record_title="澜溪县2025年城乡环境卫生综合整治实施方案.docx",
        date="2025-02-26",
        notes="file-name title; hard-wrapped at 70 columns; page markers 第n/6页 glued at line starts; 成文日期 under the signature",
        page="""
!m 知源文库
!a 本文档共6页，可免费预览3页，阅读全文请下载 ↓
!m 上传者：sun***98　　格式：DOCX　　大小：38.6KB　　下载券：4
{T}
澜政办〔2025〕9号
{BODY}
!a ······ 试读结束，剩余3页未显示 ······
!a 【下载文档】　【加入文件夹】　【转存到手机】
!d 知源文库用户上传的文档，其著作权归上传者或原作者所有；如涉及侵权，请通过页面底部“投诉反馈”与我们联系。
!l 相似文档：乡镇人居环境整治方案 / 农村垃圾分类工作方案 / 爱国卫生月活动方案
""",
        wrap=70,
        pages=dict(fmt="第{n}/6页", every=110, start=2, glue=True),
        body="""
各乡镇人民政府，县直各有关单位：
为持续改善城乡人居环境，巩固国家卫生县城创建成果，经县政府同意，现就2025年城乡环境卫生综合整治工作制定如下实施方案。
一、总体目标
以“干净、整洁、有序”为基本标准，集中整治城乡结合部、农贸市场、背街小巷和农村房前屋后等重点区域，到2025年底，城区生活垃圾无害化处理率保持100%，农村生活垃圾收运处置体系行政村覆盖率达到100%，群众对环境卫生满意度达到90%以上。
二、重点任务
（一）城区环境提升。对县城72条背街小巷实行网格化保洁，落实“门前三包”责任，规范占道经营和流动摊贩管理，每月开展一次集中清扫行动。
（二）农村环境整治。以村为单位开展“五清一改”行动，清理生活垃圾、清理村内塘沟、清理畜禽粪污、清理乱堆乱放、清理废旧广告，改变影响卫生的不良习惯。
（三）重点场所治理。对全县14个农贸市场开展标准化改造，落实每日休市清扫和每周消毒制度；对车站、学校周边等人员密集区域实行常态化巡查。
三、保障措施
各乡镇要落实属地责任，主要负责同志为第一责任人；县住建局、县农业农村局等部门要按照职责分工加强指导。县爱卫办每季度开展一次暗访检查，检查结果在全县通报，并纳入年度综合考核。
澜溪县人民政府办公室
2025年2月26日
""",
    ),
    dict(
        slug="wenku-shuhai-report-html-preview-markers",
        site="书海文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://doc.shuhaiwd.com/view/20250409/e91f2c7.html",
        title="关于栖凤市老旧小区改造后长效管理情况的调研报告",
        record_title="【书海精品】关于栖凤市老旧小区改造后长效管理情况的调研报告（可编辑）",
        date=None,
        notes="HTML preview page with page markers in a new form between cut halves; pay prompt; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【书海精品】关于栖凤市老旧小区改造后长效管理情况的调研报告（可编辑）- 书海文档</title>
</head><body>
<header class="hdr"><div class="logo">⟦m 书海文档 · 海量文档随心读⟧</div>
<form class="so"><input placeholder="搜索文档"><button>⟦a 搜一下⟧</button></form>
<a class="up" href="/upload">⟦d 上传文档赚收益⟧</a></header>
<div class="docbox">
<div class="doc-head"><h1>⟦t 【书海精品】关于栖凤市老旧小区改造后长效管理情况的调研报告（可编辑）⟧</h1>
<div class="doc-meta">⟦m 页数：9　　阅读：2635　　上传时间：2025-04-09　　贡献者：风***茶⟧</div>
<div class="doc-act"><span>⟦a 立即下载⟧</span> <span>⟦a 收藏⟧</span> <span>⟦a 分享⟧</span> <span>⟦a 举报⟧</span></div></div>
<div class="doc-page">
<h2 class="p-title">{T}</h2>
{BODY}
</div>
<div class="pay-mask">⟦a 您已预览完前4页，支付2.90元即可阅读全文并下载⟧</div>
<div class="pay-btn">⟦a 微信支付　支付宝支付⟧</div>
</div>
<aside class="side"><h4>⟦l 相关推荐⟧</h4>
<p>⟦l 老旧小区改造工作总结 9页⟧</p><p>⟦l 物业管理调研报告范文 12页⟧</p><p>⟦l 城市更新行动调研 7页⟧</p></aside>
<footer><p>⟦d 书海文档平台文档均由用户上传，仅提供信息存储空间服务⟧</p><p>⟦m © 书海文档 shuhaiwd.com　沪ICP备19022871号⟧</p></footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="〓 {n} 〓", every=130, start=2),
        body="""
近年来，我市累计完成老旧小区改造412个，惠及居民5.8万户，小区面貌焕然一新。但改造后如何“管得好、管得久”，成为群众关心的新课题。今年3月，市政协社会法制委员会组成调研组，采取实地走访、入户问卷、召开座谈会等方式，对全市改造后小区的长效管理情况进行了专题调研。
一、基本情况
调研组共走访小区46个，发放问卷1200份，收回有效问卷1127份。从调研情况看，改造后引入专业物业服务的小区占38.6%，由社区托管或居民自治管理的占49.2%，仍处于无人管理状态的占12.2%。居民对改造成效总体满意，满意率达到86.4%。
二、存在的主要问题
（一）管理主体缺位。部分小区改造完成后，原产权单位已撤销或改制，业主委员会迟迟未能成立，小区公共事务无人牵头。
（二）物业费收缴困难。老旧小区居民中老年人、低收入群体比例较高，付费意识不强，部分小区物业费收缴率不足50%，物业企业难以为继。
（三）设施维护资金不足。新增的电梯、充电桩、监控设施缺少维修资金来源，一些设施出现“坏了没人修”的现象。
三、对策建议
一是建立“街道+社区+业委会+物业”联动机制，明确各方职责；二是推行“先尝后买”“菜单式”物业服务，逐步培育居民付费习惯；三是探索将小区公共收益用于设施维护，建立专项维修资金补建续筹制度；四是加强党建引领，推动党员骨干在小区治理中亮身份、当先锋。
""",
    ),
    dict(
        slug="wenku-duyue-speech-of-markers-no-title",
        site="笃阅文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.duyuewk.com/d/3308712.html",
        title="在2025年全市春季开学工作会议上的讲话",
        record_title=None,
        date="2025-02-14",
        notes="no record title; date under the title; 'n of 7' page markers cutting paragraphs, some glued",
        page="""
!m 笃阅文库 > 教育教学 > 讲话材料
!a 下载需2积分 | 加入清单 | 全屏阅读
{T}
（2025年2月14日）
市教育局局长　钟一帆
{BODY}
!a 预览已结束，完整文档共7页，请下载后继续阅读
!d 笃阅文库不对用户上传文档的准确性、完整性负责，仅供学习参考。
""",
        pages=dict(fmt="{n} of 7", every=100, start=2, glue="mix", sep=" "),
        body="""
同志们：
新学期即将开始，今天我们召开全市春季开学工作会议，主要是总结去年秋季学期工作，部署今年春季学期重点任务，确保开学工作平稳有序。
去年秋季学期，全市教育系统攻坚克难、担当作为，各项工作取得新进展。新建改扩建中小学校11所，新增学位9600个；“双减”工作持续深化，课后服务实现义务教育学校全覆盖，学生参与率达到93%；高考本科上线人数再创新高。这些成绩的取得，凝聚着全市广大教育工作者的心血和汗水。
今年春季学期，我们要重点抓好四项工作。第一，抓好开学安全。各校要在开学前全面排查校舍、消防、食堂、校车等安全隐患，开学第一周开展一次应急疏散演练，确保师生生命安全。第二，抓好教学常规。严格执行国家课程方案，开齐开足开好课程，不得随意增减课时，不得提前结束新课。第三，抓好学生心理健康。建立“一生一档”心理健康档案，发挥班主任和心理教师作用，做到早发现、早干预。第四，抓好师德师风。严肃查处有偿补课、收受家长礼品礼金等违规行为，对师德失范问题实行“零容忍”。
同志们，教育是国之大计、党之大计。希望大家以饱满的热情、务实的作风投入到新学期工作中，努力办好人民满意的教育！
""",
    ),
    dict(
        slug="gov-cezhou-notice-html-table-layout-docno",
        site="柘州市人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.cezhou.gov.cn/art/2025/5/12/art_1187_402311.html",
        title="柘州市人民政府办公室关于做好2025年防汛抗旱工作的通知",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="old table-layout government page; information table; document number neutral; 成文日期 under signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>柘州市人民政府办公室关于做好2025年防汛抗旱工作的通知</title></head>
<body>
<table width="1000" align="center"><tr><td class="banner">⟦m 柘州市人民政府 www.cezhou.gov.cn⟧</td></tr>
<tr><td class="navbar"><a>⟦m 首页⟧</a> <a>⟦m 要闻动态⟧</a> <a>⟦m 政府信息公开⟧</a> <a>⟦m 政务服务⟧</a> <a>⟦m 互动交流⟧</a> <a>⟦m 走进柘州⟧</a></td></tr>
<tr><td>⟦m 当前位置：首页 » 政府信息公开 » 市政府办文件⟧</td></tr>
</table>
<table width="1000" align="center" class="gk">
<tr><td>⟦m 信息索引：001014003/2025-00418⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 生成日期：2025-05-12⟧</td><td>⟦m 所属机构：市政府办公室⟧</td></tr>
</table>
<table width="1000" align="center"><tr><td class="zw">
<div class="bt">{T}</div>
<div class="wh">柘政办明电〔2025〕14号</div>
<div class="tool">⟦a 【大字版】【默认】【繁體】【打印正文】【关闭】⟧</div>
{BODY}
</td></tr></table>
<table width="1000" align="center" class="bottom"><tr><td>
<p>⟦m 主办：柘州市人民政府办公室　承办：柘州市大数据发展中心⟧</p>
<p>⟦m 网站标识码：3304020011　浙公网安备 33040202000517号⟧</p>
<p>⟦m 联系电话：0573-82110345⟧</p>
</td></tr></table>
</body></html>
""",
        p_html='<p align="justify">{}</p>',
        body="""
各县（市、区）人民政府，市政府各部门、各直属单位：
我市即将进入主汛期。据气象部门预测，今年汛期我市降水总体偏多，局地可能出现极端强降雨过程，防汛形势复杂严峻。为切实做好2025年防汛抗旱工作，保障人民群众生命财产安全，经市政府同意，现将有关事项通知如下。
一、全面落实防汛责任。严格落实以行政首长负责制为核心的防汛抗旱责任制，逐级明确水库、堤防、山塘、地质灾害隐患点等的责任人，并在汛前向社会公布。各级责任人要熟悉所辖区域防汛特点，做到上岗到位、履职尽责。
二、深入排查整治隐患。各地要在5月底前完成汛前检查，重点检查病险水库、在建涉水工程、城市易涝点和山洪灾害危险区，对发现的隐患建立清单、限期整改，一时难以整改的要落实临时度汛措施。
三、科学做好调度抗旱。水利部门要统筹防洪与蓄水，精细调度水库运行；农业农村部门要指导农户做好蓄水保墒，确保旱涝情况下群众饮水和农业生产用水安全。
四、强化监测预警和转移避险。健全气象、水文、自然资源等部门会商研判机制，及时发布预警信息。对危险区域群众，要提前制定转移预案，确保“应转尽转、应转早转”。
五、严格值班值守和信息报送。汛期各级防指实行24小时值班和领导带班制度，遇有险情灾情，要在第一时间报告市防指，不得迟报、漏报、瞒报。
柘州市人民政府办公室
2025年5月9日
""",
    ),
    dict(
        slug="gov-yanhe-plan-html-many-short-p-attachments",
        site="雁河区人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yanhe.gov.cn/zwgk/fdzdgknr/ghxx/202503/t20250307_889102.html",
        title="雁河区2025年“一老一小”服务提升行动方案",
        record_title="雁河区2025年“一老一小”服务提升行动方案_规划信息_雁河区人民政府",
        record_date="2025-03-07",
        date="2025-03-07",
        notes="article split into many short <p>; a reading aid box and a related-policy box between paragraphs; the document's own 附件 list kept",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<meta name="ArticleTitle" content="雁河区2025年“一老一小”服务提升行动方案">
<meta name="PubDate" content="2025-03-07 10:12">
<title>雁河区2025年“一老一小”服务提升行动方案_规划信息_雁河区人民政府</title></head>
<body>
<div class="g-top"><span>⟦m 雁河区人民政府⟧</span><span>⟦a 无障碍浏览⟧</span><span>⟦a 长者模式⟧</span><span>⟦a 智能问答⟧</span></div>
<nav class="g-nav"><a>⟦m 政务要闻⟧</a><a>⟦m 法定主动公开内容⟧</a><a>⟦m 一网通办⟧</a><a>⟦m 区长信箱⟧</a></nav>
<div class="g-crumb">⟦m 首页 ＞ 信息公开 ＞ 法定主动公开内容 ＞ 规划信息⟧</div>
<article class="g-art">
<h1>{T}</h1>
<div class="g-src">⟦m 发布时间：2025-03-07 10:12　来源：区民政局　浏览次数：<span id="cnt">976</span>⟧</div>
<div class="g-body">
{BODY}
</div>
<div class="g-sharebar">⟦l 分享至：微信朋友圈　微博　复制网址⟧</div>
<div class="g-prev">⟦l 上一条：雁河区2025年城市道路养护计划⟧</div>
<div class="g-next">⟦l 下一条：雁河区农村公路“路长制”实施方案⟧</div>
</article>
<div class="g-foot"><p>⟦m 雁河区人民政府办公室主办　地址：雁河区政和路66号⟧</p><p>⟦m 京ICP备05012938号-4⟧</p><p>⟦m 建议使用1366×768分辨率浏览本网站⟧</p></div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
为加快完善覆盖全生命周期的公共服务体系，着力解决好群众“一老一小”急难愁盼问题，结合我区实际，制定本方案。
一、工作目标
到2025年底，全区新增社区嵌入式养老服务设施8处，养老机构护理型床位占比达到65%以上；每千人口拥有3岁以下婴幼儿托位数达到4.6个；普惠托育服务覆盖所有街道。
二、重点任务
（一）完善居家社区养老服务网络。
1.推进街道综合养老服务中心建设，为老年人提供日间照料、助餐助浴、康复护理等服务。
2.扩大老年助餐服务覆盖面，新增老年助餐点15个，对80周岁以上老年人给予每餐3元补贴。
⟦l 【政策链接】雁河区老年人助餐服务管理办法（试行）⟧
3.实施特殊困难老年人家庭适老化改造300户。
（二）扩大普惠托育服务供给。
1.支持幼儿园利用富余学位开设托班，招收2至3岁幼儿。
2.鼓励用人单位在工作场所为职工提供福利性托育服务。
3.对新增普惠托位按照每个托位1万元标准给予一次性建设补助。
（三）加强人才队伍建设。
开展养老护理员、育婴员职业技能培训不少于600人次，落实入职奖补政策，稳定一线服务队伍。
三、保障措施
各街道、各部门要将“一老一小”服务纳入重要议事日程，区财政要统筹安排专项资金，区民政局、区卫生健康局要加强统筹协调和督促检查，确保各项任务按期完成。
附件：1.雁河区2025年社区嵌入式养老服务设施建设清单
2.雁河区2025年普惠托育机构建设任务分解表
""",
    ),
    dict(
        slug="gov-tongjiang-notice-text-byline-date",
        site="桐江县人民政府网 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.tongjiang.gov.cn/col/col2214/art/2025/art_7731c0.html",
        title="桐江县2025年第一批城乡居民最低生活保障新增对象公示",
        date="2025-04-02",
        notes="text scrape of a government page; the only date is the 发布时间 line; the notice's own contact line and hotline kept in the body",
        page="""
!m 桐江县人民政府网
!m 首页 / 政务公开 / 公示公告
{T}
!m 发布时间：2025-04-02　　来源：县民政局　　字号：【大 中 小】
!a 【我要纠错】　【打印此页】
{BODY}
!l 相关阅读：2024年第四批低保新增对象公示｜特困人员供养对象公示
!m 桐江县人民政府办公室　版权所有　　政府网站标识码：3211250004
""",
        indent="　　",
        body="""
根据《社会救助暂行办法》和省、市关于最低生活保障审核确认的有关规定，经个人申请、乡镇（街道）审核、县民政局确认，拟将以下对象纳入城乡居民最低生活保障范围，现予以公示。
一、公示对象
城市低保新增对象12户23人，农村低保新增对象47户81人，名单详见附表。
二、公示时间
2025年4月2日至2025年4月8日，共7天。
三、监督方式
公示期间，如对公示对象有异议，可通过来电、来信、来访等方式向县民政局反映。反映情况须实事求是，提倡实名举报。
联系人：县民政局社会救助股　夏女士
监督电话：0523-87213306
县民政局将对反映的问题及时进行核实，对不符合条件的，将不予纳入最低生活保障范围。
""",
    ),
    dict(
        slug="news-qingtai-html-cms-byline-share",
        site="青苔新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qingtaiw.com/content/2025-06/03/c_2281903.htm",
        title="柘川区“夜间经济”点亮城市烟火气",
        date="2025-06-03",
        notes="news CMS: channel nav, byline with 发布时间, editor line after the body, share bar, hot list and footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>柘川区“夜间经济”点亮城市烟火气 - 青苔新闻网</title></head>
<body>
<div id="topnav"><a>⟦m 青苔新闻网⟧</a><a>⟦m 时政⟧</a><a>⟦m 区县⟧</a><a>⟦m 民生⟧</a><a>⟦m 文旅⟧</a><a>⟦m 视频⟧</a><a>⟦a 下载青苔新闻客户端⟧</a></div>
<div class="channel">⟦m 青苔新闻网 > 区县频道 > 柘川⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="byline"><span>⟦m 发布时间：2025-06-03 08:41:27⟧</span><span>⟦m 来源：青苔新闻网⟧</span><span>⟦m 记者：韩霁月　通讯员：柘宣⟧</span></div>
<div class="text">
{BODY}
</div>
<div class="editor">⟦m 【编辑：陆小禾　审核：方砚】⟧</div>
<div class="share">⟦l 转发到：微信　QQ空间　微博　豆瓣⟧</div>
</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 全市首批“口袋公园”建成开放⟧</li><li>⟦l 柘川高铁站改扩建工程进入主体施工阶段⟧</li><li>⟦l 端午假期我市接待游客58万人次⟧</li></ol></div>
<div class="footer">⟦d 未经青苔新闻网书面授权，不得转载、摘编或以其他方式使用本网作品⟧ ⟦m 互联网新闻信息服务许可证编号：33120190011⟧</div>
</body></html>
""",
        body="""
夜幕降临，柘川区滨河路美食街华灯初上，烤串的香气、驻唱歌手的歌声和市民的欢笑声交织在一起。“下班后约上朋友来逛逛，吃点小吃、听听歌，特别放松。”市民周女士说。
今年以来，柘川区出台促进夜间经济发展十条措施，打造滨河美食街、老码头文创街区、体育公园夜市三个夜间消费集聚区，引导商户延长营业时间，推出夜游、夜读、夜赛等特色活动。
为保障夜间消费环境，区城管、市场监管、公安等部门建立联合巡查机制，在集聚区增设临时停车位1200个，加密夜间公交班次，并设置便民服务点提供应急药品和失物招领服务。
数据显示，5月份，全区三个夜间消费集聚区累计客流量达146万人次，同比增长31%，带动消费约2.3亿元。
区商务局有关负责人表示，下一步将围绕“吃住行游购娱”各环节，持续丰富夜间消费业态，让“夜经济”成为拉动消费的新引擎。
""",
    ),
    dict(
        slug="news-heshan-meeting-title-glued-lead",
        site="鹤山日报网 (invented)",
        style="新闻门户",
        genre="会议新闻",
        kind="news",
        form="text",
        source="http://www.heshanrb.cn/html/2025-07/15/content_116029.htm",
        title="市委理论学习中心组开展专题学习",
        record_title="市委理论学习中心组开展专题学习_鹤山日报网",
        date="2025-07-15",
        notes="title printed twice, the second time glued to the lead that starts with the date of the meeting; the page's time line",
        page="""
!m 鹤山日报网｜鹤山市委机关报官方网站
!m 首页 >> 本地要闻
{T}
!m 2025-07-15 07:20:03　来源：鹤山日报　作者：本报记者 沈一舟
!a 字体：大　中　小　　【收藏本文】　【发送给朋友】
{T}{BODY}
!m （责任编辑：葛楠）
!l ◆ 上一篇：我市召开防汛工作调度会
!l ◆ 下一篇：市人大常委会开展优化营商环境条例执法检查
!d 鹤山日报网版权所有，转载请注明出处
""",
        indent="　　",
        body="""
7月14日，市委理论学习中心组举行专题学习，围绕推进全面从严治党向纵深发展进行交流研讨。市委书记闵长安主持并讲话。
会议指出，全面从严治党永远在路上，党的自我革命永远在路上。全市各级党组织要坚持严的基调不动摇，把管党治党责任扛在肩上、抓在手上，推动管党治党从宽松软走向严紧硬。
会议强调，要深化作风建设，锲而不舍落实中央八项规定及其实施细则精神，持续纠治形式主义、官僚主义，切实为基层减负。要加强干部队伍建设，坚持事业为上、以事择人，树立重实干、重实绩的用人导向。要一体推进不敢腐、不能腐、不想腐，以零容忍态度惩治腐败，营造风清气正的政治生态。
市委理论学习中心组成员参加学习，部分市直单位主要负责同志列席。
""",
    ),
    dict(
        slug="forum-shuiyun-pledge-junk-signature-date",
        site="水云间社区 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://bbs.shuiyunjian.net/thread-481127-1-1.html",
        title="文明养犬倡议书",
        record_title="文明养犬倡议书 - 邻里杂谈 - 水云间社区",
        date="2025-03-20",
        date_also=["2025-03-21"],
        notes="forum post with anti-scraping junk as lines and glued after 。; post meta; signature with the pledge's own date",
        page="""
!m 水云间社区 › 邻里杂谈 › 文明养犬倡议书
!m 查看: 1841|回复: 27
!a [复制帖子链接]
{T}
!m 楼主　桂花巷老周　发表于 2025-3-21 09:16　只看该作者
{BODY}
!m 本帖最后由 桂花巷老周 于 2025-3-21 09:20 编辑
!l 回复　　支持(35)　　反对(1)　　举报
!l 沙发 发表于 2025-3-21 09:31 支持一下，小区里确实该管管了
!d 免责声明：本帖内容为网友发表，不代表水云间社区立场。
""",
        junk=dict(lines=2, glued=4),
        body="""
亲爱的居民朋友们：
随着生活水平的提高，越来越多的家庭饲养了宠物犬。犬只给大家带来了欢乐和陪伴，但不文明养犬行为也给邻里生活带来了困扰：犬只随地便溺污染环境，夜间吠叫影响休息，不拴绳遛狗甚至发生伤人事件。为营造安全、整洁、和谐的社区环境，社区居委会、业主委员会向全体养犬居民发出如下倡议。
一、依法登记免疫。请养犬居民按规定到辖区派出所办理养犬登记，定期为犬只接种狂犬病疫苗，做到“一犬一证一苗”。
二、出户牵绳管束。携犬出户时请使用长度不超过1.5米的犬绳，主动避让老人、儿童和孕妇，不携犬进入儿童游乐场、健身区等公共场所。
三、及时清理粪便。遛犬时请随身携带拾便袋，对犬只排泄的粪便及时清理，共同维护小区环境卫生。
四、减少噪声扰民。请注意管束犬只，避免长时间吠叫影响他人休息。
五、不得遗弃犬只。饲养犬只要有始有终，不随意遗弃，不放任犬只流浪。
文明养犬，从你我做起。让我们携起手来，共建人宠和谐的美好家园！
桂花巷社区居民委员会
桂花巷小区业主委员会
2025年3月20日
""",
    ),
]
