"""Holdout 20, part E: document-sharing, preview, 范文 and app pages, cloud-drive shares and
download stations, carrying documents of kinds no earlier part names — a local-opera
troupe, an acrobatic troupe, a ski resort, a soil-and-water-conservation monitoring
station, a rural doctors' meeting, a township people's-congress presidium, a private-economy
development bureau, a warning-education film, an emergency-broadcasting centre's request, a
college employment centre, a geopark's study course and a farmers' market. Page markers in
new forms cut sentences; one-line and hard-wrapped bodies. Invented text; see ../README.md
and ../build.py."""

CASES = [
    dict(
        slug="wenku-tiaozhou-huagu-report-markers-mix",
        site="墨香文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.moxiangwk.example.com/view/8f31c2a97d.html",
        title="苕洲市花鼓戏剧团团长2024年度述职述廉报告",
        record_title="苕洲市花鼓戏剧团团长2024年度述职述廉报告-文库精品(可编辑)",
        date=None,
        notes="a paid preview: page count, word count and a masked contributor, page markers ⦑N⦒ cutting sentences (on their own line or glued), a trial-limit prompt in new words, a price and 'add to bag' row, a 'more from this contributor' box; no date (the report has no signature date)",
        pages=dict(fmt="⦑{n}⦒", every=190, start=2, glue="mix"),
        page="""
!m 墨香文库 › 行政公文 › 述职报告
!t 苕洲市花鼓戏剧团团长2024年度述职述廉报告-文库精品(可编辑)
!m 共5页　·　4.2千字　·　贡献者：戏***1　·　已被下载 57 次
{BODY}
!a 阅读已到达试看上限，开通畅读卡可继续阅读剩余3页
!a ¥ 6.90 购买此文档　　｜　　加入书包
!l 该用户的其他文档：剧团2025年送戏下乡演出计划　｜　文艺院团改革调研报告
!d 声明：文档内容由用户上传，墨香文库仅提供存储与展示服务。
""",
        body="""
2024年，在市文化旅游广电局的正确领导下，我带领剧团班子和全体演职人员，坚持以人民为中心的创作导向，守正创新，较好地完成了全年各项工作任务。现将本人履职和廉洁自律情况报告如下。
一、抓创作生产，精品力作不断涌现
全年新创排大型现代花鼓戏《山那边的茶》1部，复排传统大戏2部，创作小戏小品6个。《山那边的茶》入选全省舞台艺术精品创作扶持工程，在省艺术节上获得优秀剧目奖。
二、抓惠民演出，文化服务持续深入
组织开展“送戏下乡”“戏曲进校园”等惠民演出168场，观众达12万人次；开设“周末戏苑”驻场演出46场，培育了一批年轻戏迷。
三、抓人才培养，队伍活力不断增强
实施“名师带徒”计划，8对师徒签订传承协议；选派4名青年演员到省艺术学校进修，2名青年演员在全省青年戏曲演员大赛中获奖。
四、抓廉洁自律，始终守住底线
严格落实“一岗双责”，严格执行财务管理制度，演出经费、项目资金使用全部按程序集体研究决定，本人没有违反中央八项规定精神的行为。
五、存在的不足及今后努力方向
剧团市场化运营能力不强，演出收入占总收入比重偏低。今后，我将着力推进剧团改革，拓展演出市场，努力推动花鼓戏艺术传承发展。
""",
    ),
    dict(
        slug="wenku-langyu-zaji-plan-docx-wrapped-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.zhiyewk.example.com/p-2025118834.html",
        title="琅屿县杂技团2025年演出工作计划",
        record_title="琅屿县杂技团2025年演出工作计划.docx",
        date=None,
        notes="a free preview of a .docx: a file-name title, file-type and size line, body hard-wrapped at 60 columns with page markers ◦N◦ on lines of their own between wrapped lines, a 'continue reading in the app' prompt, a points price; no date (a year only in the title)",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="◦{n}◦", every=150, start=2),
        page="""
!m 知页文库 · 海量文档免费读
!m DOCX　｜　32.6KB　｜　4页　｜　上传于 2025-02-11
{T}
{BODY}
!a 余下内容请打开知页App继续阅读 ›
!a 下载本文档需要 3 个知豆　　[ 立即下载 ]
!d 本站文档均由用户上传，如侵犯您的权益，请提交版权申诉。
""",
        body="""
2025年，县杂技团将紧紧围绕文化强县建设目标，以创作促发展，以演出树品牌，不断提升杂技艺术的影响力和市场竞争力，全年计划完成各类演出260场以上。
一、精心打造驻场演出品牌
在县文化艺术中心推出驻场杂技秀《琅屿奇境》，每周五、六、日晚固定演出，全年演出不少于120场；加强与旅行社合作，将驻场演出纳入县域旅游线路。
二、扎实开展惠民演出
全年开展“杂技进乡村、进校园、进军营”惠民演出80场，覆盖全县所有乡镇；春节、国庆期间在县城广场举办公益专场演出。
三、积极拓展外出演出市场
参加全省杂技魔术展演和国内有关杂技赛事，争取外出商业演出60场以上，力争有1个节目在省级以上比赛中获奖。
四、加强人才培养和节目创新
招收学员12名，实行“团带班”培养模式；创排《顶碗》《空中飞人》等新节目3个，对传统节目进行改编提升。
五、强化安全管理
严格执行演出安全操作规程，演出前对器械、保护设备逐一检查，全年确保无安全事故。
""",
    ),
    dict(
        slug="docshare-cuicen-ski-plan-html-marker-paras",
        site="享文档 (invented)",
        style="文档分享",
        genre="应急预案",
        kind="plan",
        form="html",
        source="https://www.xiangwendang.example.com/d/5c28e0a1b7.html",
        title="翠岑山滑雪场2025—2026雪季安全事故应急预案",
        record_title="翠岑山滑雪场2025—2026雪季安全事故应急预案（可下载）- 享文档",
        date="2025-11-20",
        notes="a document-sharing page in HTML: page markers ❘ N ❘ as paragraphs of their own between the halves of a cut paragraph, a toolbar (full screen, download, collect), an uploader line with an upload date (no date), an emergency-contact table in the plan, a 'similar documents' box and an upload notice",
        pages=dict(fmt="❘ {n} ❘", every=260, start=2),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>翠岑山滑雪场2025—2026雪季安全事故应急预案（可下载）- 享文档</title></head>
<body>
<div class="topnav">⟦m 享文档 · 分享知识 共享价值⟧ <a>⟦a 上传文档⟧</a> <a>⟦a 登录 · 注册⟧</a></div>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传人：雪**客　上传时间：2025-11-23　格式：DOCX　页数：6⟧</p>
<div class="doc-bar">⟦a ⛶ 全屏阅读　⤓ 下载文档　☆ 收藏⟧</div></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-end">⟦a 还剩 2 页未读，继续阅读 ▼⟧</div>
<div class="sim"><h4>⟦l 同类文档推荐⟧</h4><p>⟦l 滑雪场安全管理制度汇编⟧</p><p>⟦l 冰雪运动场所突发事件处置流程⟧</p></div>
<div class="notice">⟦d 本文档由用户自行上传，享文档不对内容的准确性、完整性负责；如有侵权，请联系客服处理。⟧</div>
</body></html>
""",
        p_html='<p class="txt">{}</p>',
        body="""
为有效预防和妥善处置滑雪场各类安全事故，最大限度减少人员伤亡和财产损失，保障游客和员工生命安全，根据《中华人民共和国安全生产法》《滑雪场所安全管理规范》等规定，结合本滑雪场实际，制定本预案。
一、适用范围
本预案适用于翠岑山滑雪场在2025—2026雪季营业期间发生的滑雪伤害、索道和魔毯故障、雪崩及滑坡、火灾、游客走失等突发事件的应急处置。
二、组织机构
成立滑雪场安全事故应急处置领导小组，由总经理任组长，分管安全的副总经理任副组长，成员由安全部、雪道部、索道部、医务室、客服部负责人组成。领导小组下设现场救援组、医疗救护组、疏散引导组和后勤保障组。
三、应急处置程序
（一）事故发生后，现场巡逻员应立即通过对讲机报告安全部，并就地设置警示标志，防止二次伤害。
（二）医疗救护组接到报告后5分钟内到达现场，对伤者进行初步处置；伤情较重的，立即拨打120并护送至县人民医院。
（三）发生索道故障时，索道部要立即启动备用动力，无法恢复运行的，组织开展高空救援，确保所有乘客安全撤离。
四、应急联系方式
岗位　姓名　电话
总指挥　邵建峰　13974451106
安全部　彭立　13974451122
医务室　值班医生　0736-5780120
五、附则
本预案由滑雪场安全部负责解释，自发布之日起施行。
翠岑山滑雪场有限公司
2025年11月20日
""",
    ),
    dict(
        slug="docshare-pingzhou-shuibao-summary-oneline-marker",
        site="文档汇 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://m.wendanghui.example.cn/doc/66120931.html",
        title="蘋洲市水土保持监测站2024年工作总结",
        record_title=None,
        date="2024-12-27",
        notes="a mobile document-sharing page with a soil-and-water-conservation monitoring station's summary: no record title; the title glued to the first words of a one-line body, page markers ⫷N⫸ inside the line, an upload notice in new words, a points and report row; the 成文日期 in Chinese numerals inside the same line",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="⫷{n}⫸", every=260, start=2),
        page="""
!m 文档汇 · 手机版
!m 分类：水利　｜　大小：21KB　｜　浏览 420
⟦t 蘋洲市水土保持监测站2024年工作总结⟧{BODY}
!a 下载需 1 积分　　举报　　收藏
!d 该文档为网友自愿分享，文档汇不拥有其著作权；如有权利人认为侵权，请提供权属证明以便处理。
""",
        body="""
2024年，监测站在市水利局的领导下，以服务全市水土流失防治为中心，扎实开展水土保持监测和监督工作，各项工作取得了较好成绩。
一是动态监测全面完成。完成全市水土流失动态监测，监测面积1.26万平方公里，全市水土流失面积较上年减少46平方公里，水土保持率达到91.3%。
二是监测站点运行良好。全市6个水土保持监测站点全年正常运行，采集径流、泥沙、降雨等监测数据2.1万组，数据完整率达到98%。
三是信息化监管持续加强。运用遥感影像对生产建设项目开展全覆盖监管，发现并移交疑似违法违规图斑132个，督促整改到位118个。
四是安全生产和野外作业安全工作扎实有效，全年未发生安全事故。
2025年，监测站将继续加强监测能力建设，为全市水土保持高质量发展作出新贡献。
蘋洲市水土保持监测站
二〇二四年十二月二十七日
""",
    ),
    dict(
        slug="fanwen-xiangyi-speech-under-title-editable",
        site="公文宝库网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gwbaoku.example.com/jianghua/weiwen/20250820/5512.html",
        title="在全县乡村医生座谈会上的讲话",
        record_title="【讲话稿】在全县乡村医生座谈会上的讲话（可编辑）",
        date="2025-08-19",
        date_also=["2025-08-20"],
        notes="a 范文 site: decorated title repeated, a speaker line and the date under the title (neutral), a word-count/reading-time line with an update stamp a day later (the speech's date expected, the update date also accepted), a membership copy prompt, writing-service prompt with a phone, a 'same-topic' list and a reprint notice",
        page="""
!m 公文宝库网 — 机关材料一站式参考
!m 当前：首页 / 讲话稿 / 座谈讲话
!t 【讲话稿】在全县乡村医生座谈会上的讲话（可编辑）
!m 字数：1126　预计阅读：4分钟　更新：2025-08-20
!a 开通会员即可一键复制全文、去除排版水印
{T}
副县长　罗志文
（2025年8月19日）
{BODY}
!w 讲话稿量身定制，48小时交稿，加急咨询：186 7362 5519（同微信）
!l 同题材阅读：
!l 在中国医师节表彰大会上的讲话
!l 全县卫生健康工作会议讲话稿
!d 本站范文仅供写作参考，请勿原文照搬。
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天是第八个中国医师节。在这个属于医生的节日里，我们在这里召开座谈会，看望慰问扎根基层的乡村医生。首先，我代表县委、县政府，向全县620余名乡村医生致以节日的问候和崇高的敬意！
乡村医生是农村群众健康的“守门人”。无论刮风下雨，无论白天黑夜，大家背着药箱走村入户，默默守护着父老乡亲的健康。一年来，全县乡村医生共完成家庭医生签约服务12.6万人次，为高血压、糖尿病患者提供规范管理3.8万人，为推进健康乡村建设作出了重要贡献。
在这里，我提三点要求。一是各级各部门要切实关心乡村医生的工作和生活，落实好基本公共卫生服务补助、养老保障等政策，让乡村医生留得住、干得好。二是要持续改善村卫生室的服务条件，加快推进村卫生室标准化建设和信息化建设，让群众在家门口就能看好病。三是要加强乡村医生培训，每年组织乡村医生到县级医院轮训，不断提升服务能力。
同志们，大家辛苦了！希望大家保重身体，继续发扬“大医精诚”的精神，为建设健康县城再立新功！
""",
    ),
    dict(
        slug="fanwen-renda-presidium-report-old-table",
        site="公文百宝箱 (invented)",
        style="范文站",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://www.gwbaibaoxiang.example.net/html/baogao/20250115/44813.html",
        title="镇人大主席团2024年工作报告",
        record_title="镇人大主席团2024年工作报告_公文百宝箱",
        date=None,
        notes="a 范文 site on an old table layout: a top ad row, category menu, a 'font size' row in other words, a reading-count line without a date, a points-download prompt, a 'same column' list and a footer with QQ contact; the report has no date (a year only in the title)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>镇人大主席团2024年工作报告_公文百宝箱</title></head>
<body>
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 公文百宝箱 www.gwbaibaoxiang.example.net⟧</td><td align="right">⟦a 广告位招租⟧</td></tr>
<tr><td colspan="2">⟦m 工作总结 | 工作计划 | 讲话致辞 | 工作报告 | 心得体会 | 调研报告 | 述职述廉⟧</td></tr>
</table>
<table width="980" align="center" cellpadding="6" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%">
<tr><td class="path">⟦m 位置：公文百宝箱 &gt;&gt; 工作报告 &gt;&gt; 人大工作报告⟧</td></tr>
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center">⟦m 阅读：3128　　文字：【大】【中】【小】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a ★ 下载本文Word版需消耗5积分 ★⟧</td></tr>
</table></td>
<td width="260" valign="top">
<table width="100%"><tr><td>⟦l 本栏目文章⟧</td></tr>
<tr><td>⟦l · 乡镇人大工作总结及下步打算⟧</td></tr>
<tr><td>⟦l · 县人大常委会工作报告（审议稿）⟧</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦w 站长QQ：2876104453　投稿、纠错请联系⟧<br>⟦m Copyright 2012-2025 公文百宝箱⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
各位代表：
现在，我代表镇人大主席团向大会报告工作，请予审议。
2024年，镇人大主席团在镇党委的坚强领导和县人大常委会的指导下，依法履行职责，充分发挥代表作用，为全镇经济社会发展作出了积极贡献。
一、依法开展监督，推动重点工作落实。全年组织代表视察调研6次，重点围绕农村人居环境整治、农村公路建设、义务教育均衡发展等工作开展监督，提出意见建议28条，均已得到落实或明确答复。
二、认真办理代表建议，回应群众关切。镇人民代表大会期间代表提出的建议32件，全部按期办结，代表满意率达到100%。
三、加强代表履职服务，激发代表活力。建成代表联络站5个，开展“代表接待日”活动48次，收集群众意见建议136条，推动解决了一批群众急难愁盼问题。
四、加强自身建设，提升履职能力。组织代表参加县人大常委会举办的履职培训，完善主席团议事规则和代表履职档案。
2025年，镇人大主席团将继续坚持党的领导、人民当家作主、依法治国有机统一，为全镇高质量发展作出新的更大贡献。
""",
    ),
    dict(
        slug="fanwen-minying-plan-glued-service-prompts",
        site="笔墨范文网 (invented)",
        style="范文站",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.bimofanwen.example.com/jihua/bumen/2025/2071.html",
        title="县民营经济发展局2025年工作计划",
        record_title="县民营经济发展局2025年工作计划〔最新整理〕",
        date=None,
        notes="a 范文 site with chrome glued into the text: a writing-service prompt glued after a sentence, an 'expand the rest' action on a line of its own between paragraphs, a copy-protection notice, numbered lists; no date",
        page="""
!m 笔墨范文网
!m 导航：首页 ＞ 工作计划 ＞ 部门工作计划
!t 县民营经济发展局2025年工作计划〔最新整理〕
!m 整理：笔墨小编　　热度：1894
{BODY}
!a 复制受限：本站内容开启了复制保护，会员可免费复制下载
!l 猜你想读：民营经济发展工作总结及2025年打算　·　促进个体工商户发展实施方案
""",
        body="""
2025年，县民营经济发展局将以优化民营经济发展环境为主线，以解决企业急难愁盼问题为抓手，全力以赴稳预期、强信心、促发展，为全县经济高质量发展提供有力支撑。
一、目标任务
全年新增民营经营主体5000户以上，其中新增民营企业1200户；民营经济增加值占地区生产总值比重达到60%以上；新培育专精特新中小企业15家。⟦w 需要本计划Word原稿或定制本单位计划的，请联系客服微信 bimo_kefu⟧
二、重点工作
1. 完善政企沟通机制。落实县领导联系民营企业制度，每季度召开一次民营企业家座谈会，建立企业诉求“收集—交办—督办—反馈”闭环机制。
2. 强化要素保障。联合金融机构开展“银企对接”活动，全年组织对接会不少于12场，推动新增民营企业贷款30亿元以上。
⟦a 点击展开剩余内容 ∨⟧
3. 加强权益保护。开展拖欠民营企业账款清理专项行动，规范涉企行政执法，坚决制止乱收费、乱罚款、乱摊派。
4. 弘扬企业家精神。开展优秀民营企业和民营企业家评选活动，营造尊重企业家、支持企业家的良好氛围。
三、保障措施
完善民营经济发展考核评价办法，实行“月通报、季排名、年考核”，对工作成效突出的单位和个人给予表彰奖励。
""",
    ),
    dict(
        slug="app-bigeng-insight-share-oneline",
        site="笔耕公文 App share page (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.bigengapp.example.com/s/aT7kQ2",
        title="观看警示教育片《迷途之鉴》心得体会",
        record_title="观看警示教育片《迷途之鉴》心得体会｜笔耕公文",
        date=None,
        notes="a 范文 app's share page: the sharer line, the whole text on one line, an 'open the app' bar, collect count and a download-app banner; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 用户“青衫***”分享给你一篇范文
!t 观看警示教育片《迷途之鉴》心得体会｜笔耕公文
!m 收藏 1.2w　·　心得体会 / 警示教育
{BODY}
!a 打开App，阅读全文更流畅
!a 笔耕公文 — 机关人都在用的写作助手　[ 免费安装 ]
""",
        body="""
近日，单位组织全体党员干部集中观看了警示教育片《迷途之鉴》。片中几名领导干部从意气风发到身陷囹圄的堕落轨迹，令人触目惊心、深受警醒。
一是理想信念动摇是最大的危险。片中的干部之所以走上违纪违法道路，根源在于放松了世界观、人生观、价值观的改造，把个人利益凌驾于党和人民利益之上。
二是小节失守终将酿成大错。很多人都是从收受一条烟、一顿饭开始，逐步滑向深渊。我们必须防微杜渐，守住每一个小节。
三是权力必须在阳光下运行。要自觉接受组织和群众监督，严格按规矩办事，做到用权不任性、办事不逾矩。
今后，我将以案为鉴、警钟长鸣，始终做到心有所畏、言有所戒、行有所止，做一名清正廉洁的党员干部。
""",
    ),
    dict(
        slug="app-wenmi-yingji-guangbo-request-reading-mode-html",
        site="文秘通 App reading mode (invented)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="html",
        source="https://h5.wenmitong.example.com/read/9920417?mode=reader",
        title="关于申请建设农村应急广播主动发布终端的请示",
        record_title=None,
        date="2025-04-03",
        notes="a 范文 app's reading mode in HTML, carrying an emergency-broadcasting centre's request: no record title; a reader bar (back, font, night mode, listen), a member-only prompt after the text, a 'next piece' bar and an app download strip; the request's own 联系人/电话 and the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>文秘通</title></head>
<body class="reader night-off">
<div class="reader-bar">⟦a ‹ 返回⟧ ⟦a Aa 字号⟧ ⟦a ☾ 夜间⟧ ⟦a 🎧 听全文⟧</div>
<div class="reader-page">
<h2 class="r-title">{T}</h2>
<div class="r-sub">⟦m 请示 · 应急广播 · 约900字⟧</div>
<div class="r-text">
{BODY}
</div>
<div class="r-vip">⟦a 本篇为会员专享范文，开通会员即可无限次导出Word⟧</div>
</div>
<div class="reader-next">⟦l 下一篇：关于申请村级广播室改造提升资金的请示 ›⟧</div>
<div class="app-strip">⟦a 在文秘通App内打开，体验更佳⟧</div>
</body></html>
""",
        body="""
县人民政府：
近年来，我县汛期暴雨、山洪等灾害多发频发，及时准确地将预警信息传递到每家每户显得尤为重要。目前，全县农村应急广播终端覆盖186个行政村，但仍有42个偏远村组存在覆盖盲区，部分终端使用年限超过8年，故障频发，已难以满足防灾减灾的需要。
为提升农村应急信息发布能力，我中心拟在42个偏远村组新建应急广播主动发布终端280套，并对老化终端进行更新改造，共需资金约320万元。具体建设方案详见附件。
以上请示妥否，请批示。
附件：农村应急广播主动发布终端建设方案
联系人：邱明杰，联系电话：0793-4826031
漪川县应急广播中心
2025年4月3日
""",
    ),
    dict(
        slug="netdisk-jichuan-jiuye-plan-pdf-page-markers",
        site="学苑云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.xueyuan.example.edu.cn/s/1Jc9Ke2uPq",
        title="霁川学院2025届毕业生就业创业促进月活动方案",
        record_title="霁川学院2025届毕业生就业创业促进月活动方案.pdf",
        date="2025-04-25",
        notes="a campus cloud-drive share of a PDF: the sharer, expiry and extraction-code lines, save/download buttons, a text-only preview with page markers 〈页N〉 cutting sentences, an activity table, the centre's own 联系人/邮箱, a 成文日期",
        pages=dict(fmt="〈页{n}〉", every=170, start=2, glue=False),
        page="""
!m 学苑云盘 ｜ 分享文件
!t 霁川学院2025届毕业生就业创业促进月活动方案.pdf
!m 分享者：就业指导中心-刘老师　　有效期：永久有效　　大小：286KB
!m 提取码已自动填写
!a 保存到我的云盘　　普通下载　　极速下载（需登录）
!m 文件预览（仅显示文本内容）
{BODY}
!d 请勿通过云盘传播违法违规内容，一经发现将取消分享。
""",
        body="""
为全力促进2025届毕业生高质量充分就业，根据省教育厅关于开展高校毕业生就业创业促进行动的通知要求，学校决定于2025年5月开展毕业生就业创业促进月活动。现制定方案如下。
一、活动时间
2025年5月6日至5月31日。
二、活动内容
活动名称　时间　地点
春季校园大型双选会　5月10日　学校体育馆
“访企拓岗”书记校长行　5月6日至5月31日　各合作企业
就业指导专题讲座　每周三下午　图书馆报告厅
创业项目路演　5月24日　大学生创业园
三、工作要求
（一）各二级学院要成立工作专班，落实“一生一策”帮扶措施，对家庭经济困难、残疾等重点群体毕业生实行专人帮扶。
（二）各二级学院要充分利用校友资源，积极拓展就业岗位，每个学院新开拓就业基地不少于3个。
（三）就业指导中心要做好活动宣传和信息发布工作，及时将招聘信息推送给毕业生。
联系人：刘静，电话：0795-8829036，邮箱：jcxyjy@jcxy.example.edu.cn。
霁川学院就业指导中心
2025年4月25日
""",
    ),
    dict(
        slug="netdisk-search-yanhu-geopark-plan-docx-html",
        site="盘搜搜 (invented cloud-drive search engine)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.pansousou.example.com/res/7a1c55f0e2.html",
        title="砚湖地质公园研学旅行课程实施方案",
        record_title="砚湖地质公园研学旅行课程实施方案.docx",
        date=None,
        notes="a cloud-drive search engine's detail page: resource name, size, source drive and an index time (no date), a 'go to download' button, a report-dead-link link, a text extract of the .docx, hot-search links and a disclaimer; the plan has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>砚湖地质公园研学旅行课程实施方案.docx - 盘搜搜</title></head>
<body>
<div class="so">⟦m 盘搜搜 — 网盘资源搜索引擎⟧ <form><input value="研学 方案"><button>⟦a 搜索⟧</button></form></div>
<div class="res">
<h1>⟦t 砚湖地质公园研学旅行课程实施方案.docx⟧</h1>
<ul class="res-info"><li>⟦m 资源大小：54.2 KB⟧</li><li>⟦m 来源网盘：某度网盘⟧</li><li>⟦m 收录时间：2025-06-30⟧</li><li>⟦m 资源热度：317⟧</li></ul>
<div class="go">⟦a 立即前往网盘下载 »⟧ ⟦a 举报失效⟧</div>
<h3>⟦m 文档内容摘录：⟧</h3>
<div class="extract">
{BODY}
</div>
</div>
<div class="hot">⟦l 热搜：研学旅行安全预案　地质科普教案　夏令营活动方案⟧</div>
<div class="ft">⟦d 本站仅收录网盘公开分享链接，不存储任何资源文件，如有侵权请联系删除。⟧</div>
</body></html>
""",
        body="""
为充分发挥砚湖国家地质公园的科普教育功能，推动研学旅行与学校教育有机融合，特制定本课程实施方案。
一、课程目标
通过实地考察、动手实验和小组探究，让学生认识常见岩石和地貌类型，了解地球演化的基本知识，培养学生的科学探究精神和保护地质遗迹的意识。
二、课程内容
（一）“岩石的秘密”：在地质博物馆观察岩石标本，学习区分岩浆岩、沉积岩和变质岩。
（二）“丹霞地貌探秘”：沿赤壁步道实地考察丹霞地貌，记录岩层颜色和形态特征。
（三）“化石小侦探”：在模拟化石发掘区开展发掘体验，了解化石形成过程。
（四）“我是小小讲解员”：各小组整理考察成果，进行汇报展示。
三、实施要求
每批次学生不超过200人，每15名学生配备1名研学导师；研学过程中学生须统一佩戴安全帽，严禁攀爬陡崖和进入未开放区域。
四、评价方式
采取过程性评价与成果性评价相结合的方式，由研学导师根据学生研学手册填写情况、小组汇报表现等综合评定等级。
""",
    ),
    dict(
        slug="download-junxi-market-pledge-doc-station",
        site="办公资源下载站 (invented)",
        style="资料下载站",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.bangongziyuan.example.com/down/wendang/31277.html",
        title="城南农贸市场关于争创“放心市场”的倡议书",
        record_title="城南农贸市场关于争创“放心市场”的倡议书.doc",
        date="2025-03-14",
        notes="a download station's page for a .doc: a star rating, update and size lines, a 'safe / no virus' badge, download buttons, a 'users also downloaded' list and a disclaimer; the pledge's own complaint phone and 扫码 trace prompt; signature date",
        page="""
!m 办公资源下载站 → 办公文档 → 倡议书
!t 城南农贸市场关于争创“放心市场”的倡议书.doc
!m 评分：★★★★☆　　大小：15KB　　格式：DOC　　更新：2025-03-20
!m ✔ 已通过安全检测　无病毒　无插件
!m 文档预览：
{BODY}
!a [ 高速下载 ]　　[ 普通下载 ]　　[ 复制下载链接 ]
!l 下载了本文档的用户还下载了：食品安全承诺书模板.doc　｜　市场文明经营公约.doc
!d 免责声明：本站资源来自互联网收集，仅供用于学习和交流，版权归原作者所有。
""",
        body="""
全体市场经营户：
食品安全关系千家万户，是最基本的民生。为进一步规范市场经营秩序，保障群众“菜篮子”安全，市场管理办公室向全体经营户发出如下倡议：
一、守法诚信经营。严格遵守《中华人民共和国食品安全法》等法律法规，亮照经营，明码标价，不短斤少两，不以次充好。
二、严把进货关口。建立进货查验记录制度，索取并留存供货方资质证明和产品合格证明，不采购、不销售来源不明和过期变质的食品。
三、落实追溯制度。肉类、水产品经营户要按要求在摊位张贴追溯二维码，方便消费者扫码查询产品来源。
四、保持环境卫生。落实“门前三包”责任，每天收市后清洗摊位，垃圾分类投放，共同营造干净整洁的购物环境。
五、主动接受监督。自觉配合市场监管部门和市场快检室的抽检工作。消费者如有投诉，可拨打市场投诉电话0793-4851216。
让我们携起手来，争创“放心市场”，让群众买得放心、吃得安心！
城南农贸市场管理办公室
2025年3月14日
""",
    ),
]
