"""Holdout15, part G: more kinds of site no earlier part names — a nature reserve's print
view, a zoo's print template, a publishing house's forwarded mail, a telecom county
branch's intranet PDF, a photography forum, a township forum's invitation post and a
place-names office's publicity page. Invented text (sites, places, people, numbers, URLs);
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="reserve-daxi-fire-ban-print-wrapped-triangle-markers",
        site="黛溪自然保护区管理局 (invented)",
        style="打印页",
        genre="通告",
        kind="notice",
        form="text",
        source="http://bhq.daxi.example.gov.cn/tzgg/print_20251020_3.html",
        title="黛溪自然保护区管理局关于2025—2026年度森林防火期野外禁火的通告",
        record_title="黛溪自然保护区管理局关于2025—2026年度森林防火期野外禁火的通告",
        date="2025-10-20",
        notes="a print view: a print header with the URL and a print time (no date), hard-wrapped at 64 columns and cut by ▷N/3◁ markers on lines of their own; a document number line (neutral); the 通告's own 举报电话 next to the print footer's page count",
        page="""
!m 黛溪自然保护区管理局　【打印版】
!m 网址：http://bhq.daxi.example.gov.cn/tzgg/20251020_3.html
!m 打印于 2025-11-02 08:47
{T}
黛保护通〔2025〕5号
{BODY}
!p 共3页 · 当前第3页
!a 〖立即打印〗〖关闭〗
""",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="▷{n}/3◁", every=140, start=2),
        body="""
为切实做好保护区森林防火工作，保护森林资源和人民群众生命财产安全，根据《森林防火条例》和省人民政府有关规定，现就2025—2026年度森林防火期野外禁火有关事项通告如下：
一、2025年11月1日至2026年4月30日为保护区森林防火期，其中2026年清明节前后为森林防火紧要期。
二、森林防火期内，保护区范围内严禁一切野外用火。禁止在林区吸烟、烧纸、烧香、燃放烟花爆竹、烧烤野炊，禁止焚烧秸秆、杂草和垃圾。
三、进入保护区的人员，应当自觉接受防火检查，不得携带火种进山。
四、违反本通告规定的，由保护区管理局依法予以处罚；构成犯罪的，依法追究刑事责任。
五、发现森林火情，请立即拨打森林火警电话12119或保护区管理局值班电话0736-5281 119报告。
黛溪自然保护区管理局
2025年10月20日
""",
    ),
    dict(
        slug="zoo-langyu-emergency-plan-print-html-no-date",
        site="琅屿动物园 (invented)",
        style="打印页",
        genre="预案",
        kind="plan",
        form="html",
        source="https://www.langyuzoo.example.com/gk/zd/print.php?id=71",
        title="琅屿动物园动物逃逸突发事件应急预案",
        record_title=None,
        date=None,
        notes="a print template in HTML: a print toolbar (only on screen), the site's logo line, a print timestamp (no date), the plan's decimal headings 1.1 1.2 and a response-level table one row a paragraph; no record title; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印 - 琅屿动物园</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="">
<div class="noprint">⟦a 🖨 打印　｜　A- A+　｜　关闭本窗口⟧</div>
<div class="logo">⟦m 琅屿动物园　LANGYU ZOO⟧</div>
<div class="stamp">⟦m 打印时间：2025-09-03 15:20:44　打印人：guest⟧</div>
<h2>{T}</h2>
{BODY}
<div class="url">⟦m 本文地址：https://www.langyuzoo.example.com/gk/zd/71.html⟧</div>
<div class="cr">⟦d ©琅屿动物园管理处⟧</div>
</body></html>
""",
        body="""
1 总则
1.1 编制目的。为有效预防和妥善处置动物逃逸突发事件，最大限度减少对游客、员工生命安全的威胁，维护园区正常秩序，制定本预案。
1.2 适用范围。本预案适用于园内饲养动物逃出笼舍、展区，可能危及人身安全的突发事件的应对处置。
2 事件分级
级别　情形　响应主体
一级　猛兽类、大型有蹄类动物逃出展区进入游览区域　园应急指挥部
二级　猛兽类动物逃出内笼但仍在展区隔离范围内　分管副园长
三级　小型非危险动物逃出笼舍　动物管理科
3 应急处置
3.1 发现动物逃逸的员工应立即通过对讲机或电话报告园区监控中心，说明动物种类、位置和动向，并在保证自身安全的前提下监视动物去向。
3.2 监控中心接报后立即报告应急指挥部，启动相应级别响应，同时通过园区广播引导游客就近进入建筑物内避险。
3.3 麻醉组携带麻醉枪等器械迅速赶到现场，在兽医指导下实施麻醉捕捉；情况危急时，经总指挥批准可采取果断处置措施。
4 保障措施
动物管理科每季度检查一次笼舍门锁、隔离网等设施，每半年组织一次动物逃逸应急演练。
""",
    ),
    dict(
        slug="publisher-mail-forward-topic-call-cn-date",
        site="蕙江出版社 邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:forward/2025-05-15/hjcbs-xuanti.eml",
        title="关于征集2026年度重点出版选题的通知",
        record_title="Fwd: 关于征集2026年度重点出版选题的通知",
        date="2025-05-12",
        notes="a forwarded mail: the forwarder's note, the mail's own 附件 header (file names with sizes) next to the notice's own 附件 list, the original header block, a mail-client signature; signature date in Chinese numerals",
        page="""
!m 发件人：编辑室 庞一鸣
!m 收件人：人文社科编辑室全体
!m 日期：2025-05-15 10:02
!t 主题：Fwd: 关于征集2026年度重点出版选题的通知
!m 附件：选题申报表.docx (36 KB)；2025年度选题目录.xlsx (52 KB)
!w 各位老师：社里的通知转给大家，请按时间要求报送，有问题随时找我。庞
!m -------- 转发邮件信息 --------
!m 发件人：总编办 <zbb@hjcbs.example.com>
!m 发送日期：2025年5月12日 17:36
{T}
{BODY}
!m —— 此邮件由蕙江出版社邮件系统发送 ——
!a 回复　回复全部　转发　删除
""",
        body="""
各编辑室、各分社：
为做好2026年度出版选题策划工作，推出一批有思想深度、文化价值和市场影响力的精品图书，现就征集2026年度重点出版选题有关事项通知如下：
一、选题方向
重点围绕主题出版、传统文化传承、科学普及、乡村振兴和少儿阅读等方向进行策划，鼓励原创选题和系列化选题。
二、申报要求
1. 每个编辑室申报重点选题不少于3个，每个分社不少于2个；
2. 申报选题须填写选题申报表，写明选题名称、作者情况、内容简介、预计字数、出版时间和市场分析；
3. 拟申报国家级、省级出版基金和重点出版物规划的选题，须在申报表中注明。
三、报送时间
请于2025年6月10日前将选题申报表电子版报送总编办，邮箱：zbb@hjcbs.example.com。
附件：1. 2026年度重点出版选题申报表
2. 2025年度选题目录
蕙江出版社总编辑办公室
二〇二五年五月十二日
""",
    ),
    dict(
        slug="telecom-branch-minutes-pdf-bracket-p-markers",
        site="某通信公司蓼川县分公司 内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://portal.lc-branch.example.local/files/jiyao/2025-07.pdf",
        title="蓼川县分公司2025年7月经营分析会会议纪要",
        record_title="蓼川县分公司2025年7月经营分析会会议纪要.pdf",
        date="2025-07-10",
        date_also=["2025-07-08"],
        notes="an intranet PDF: file-name record title, a confidentiality line and a download counter, cut by [p.N] markers glued to the continuation; minutes with 时间/地点/主持/参会 lines and a task table one row a paragraph; the 印发 line's date (the meeting's date also accepted)",
        page="""
!m 蓼川县分公司门户 > 文件中心 > 会议纪要
!t 蓼川县分公司2025年7月经营分析会会议纪要.pdf
!m 密级：内部　下载次数：47　文件大小：412KB
{T}
{BODY}
!d 内部资料　注意保密　不得外传
""",
        pages=dict(fmt="[p.{n}]", every=190, start=2, glue=True),
        body="""
时间：2025年7月8日上午9:00
地点：分公司四楼会议室
主持：分公司总经理　牛建川
参会：分公司领导班子成员，各部门负责人，各营业部主任
会议听取了市场部关于上半年经营情况的汇报，分析了当前存在的问题，研究部署了下半年重点工作。现纪要如下：
一、上半年分公司实现通信服务收入1.36亿元，完成年度目标的49.2%；新增宽带用户8640户，5G用户渗透率达到61%。但政企市场收入增长乏力，农村宽带用户流失率偏高。
二、会议确定下半年重点任务及责任分工：
任务　牵头部门　完成时限
开展农村宽带“回流”专项行动　市场部　9月30日
拓展县域数字政府项目　政企部　12月31日
完成乡镇营业部装修改造　综合部　10月31日
三、会议要求，各营业部要把任务分解到人，每周报送进展，分公司每月通报一次完成情况。
蓼川县分公司综合部　2025年7月10日印发
""",
    ),
    dict(
        slug="photoforum-contest-plan-quote-box",
        site="光影部落摄影论坛 (invented)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gybuluo.example.com/thread-51207-1-1.html",
        title="“美丽崧阳”2025年摄影大赛活动方案",
        record_title="【活动】“美丽崧阳”2025年摄影大赛活动方案（欢迎影友踊跃投稿）",
        date="2025-04-01",
        notes="a photography forum: decorated record title, a moderator badge and the post's 发布 time (the date), an EXIF-style meta line of an attached photo, a quoted reply box and its reply, a 精华 tag; the plan's own 投稿邮箱 and a sentence on 下载 the entry form",
        page="""
!m 光影部落 › 活动公告 › 查看主题
!t 【活动】“美丽崧阳”2025年摄影大赛活动方案（欢迎影友踊跃投稿）
!m 版主 青山摄影　精华　2025-04-01 08:30 发布　阅读 6,821
{BODY}
!m 附图：Nikon Z6 · 24-70mm · f/8 · 1/250s · ISO 100
!l 引用 风之谷 的帖子：请问手机拍摄的作品可以投稿吗？
!l 青山摄影 回复：可以，按组别投稿即可。
!a 回复　｜　评分　｜　收藏　｜　举报
""",
        body="""
为展示崧阳市经济社会发展成就和城乡新风貌，崧阳市摄影家协会联合光影部落摄影论坛举办“美丽崧阳”2025年摄影大赛。现将活动方案公布如下：
一、征稿主题
以“美丽崧阳”为主题，反映我市自然风光、城市建设、乡村振兴、民俗风情和百姓生活等内容。
二、参赛对象
全国摄影爱好者均可参赛，专业组与手机组分别评选。
三、作品要求
1. 作品须为2024年1月1日以后拍摄，单幅或组照（每组不超过6幅）均可；
2. 只可进行适度调整，不得合成、添加或删除画面内容；
3. 每位作者限投10幅（组）。
四、投稿方式
请在本帖附件中下载参赛报名表，填写后连同作品发送至投稿邮箱msy2025@example.com，截稿时间为2025年7月31日。
五、奖项设置
专业组、手机组各评选一等奖1名、二等奖3名、三等奖5名、优秀奖20名，颁发证书和奖金。
""",
    ),
    dict(
        slug="townforum-coop-invitation-no-record-title",
        site="箬岭乡论坛 (invented township forum)",
        style="地方论坛",
        genre="邀请函",
        kind="letter",
        form="text",
        source="http://bbs.ruoling.example.cn/viewthread.php?tid=3307",
        title="箬岭乡首届高山茶开园节邀请函",
        record_title=None,
        date="2025-03-25",
        notes="no record title; a small township forum: the post header with an old-style 第1帖 floor marker, a weather widget line, a sticky-topic list, a reply hidden for guests; the invitation's own 联系人/电话 and a sentence asking to 关注 the co-op's account; signature date",
        page="""
!m 箬岭乡论坛 - 乡里乡亲的网上家园
!m 今日天气：箬岭 小雨 9~15℃
!l 置顶：论坛版规（必看）｜ 箬岭特产推荐贴
{T}
!m 第1帖　作者：箬岭茶农合作社　发帖时间：2025-3-25
{BODY}
!a 游客，如果您要查看本帖隐藏内容请回复
!m 箬岭乡论坛 联系管理员：admin@ruoling.example.cn
""",
        body="""
尊敬的各位嘉宾、各位朋友：
春到箬岭，茶香满山。为推介箬岭高山茶品牌，助力茶农增收，箬岭乡人民政府、箬岭茶农专业合作社定于2025年4月8日在箬岭乡云顶茶园举办首届高山茶开园节，诚挚邀请您莅临！
活动时间：2025年4月8日上午9:30
活动地点：箬岭乡云顶村云顶茶园
活动内容：开园仪式、采茶体验、手工制茶展示、茶叶品鉴和农特产品展销。
为便于接待，请于4月3日前告知参加人数。联系人：钟建林，电话：139 0739 6621。
欢迎关注合作社公众号“箬岭高山茶”，了解活动最新安排。
箬岭茶农专业合作社
2025年3月25日
""",
    ),
    dict(
        slug="placenames-zhuan-road-naming-publicity-html",
        site="渚安县民政局 地名工作 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="html",
        source="https://mzj.zhuan.example.gov.cn/dmgz/2025/0918/601.html",
        title="渚安县城区新建道路命名方案公示",
        record_title="渚安县城区新建道路命名方案公示",
        record_date="2025-09-18",
        date="2025-09-18",
        notes="a civil-affairs bureau's place-names column: a naming table one row a paragraph (with the meaning of each name), the publicity period and the document's own 意见反馈 e-mail and phone; a 满意度 survey box and a 政务服务 entry; signature date equal to the record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>渚安县城区新建道路命名方案公示_地名工作_渚安县民政局</title></head>
<body>
<div class="head">⟦m 渚安县民政局⟧ <span>⟦a 政务服务网上办⟧</span> <span>⟦a 智能问答⟧</span></div>
<div class="menu">⟦m 首页 ｜ 机构概况 ｜ 政务公开 ｜ 社会救助 ｜ 养老服务 ｜ 地名工作⟧</div>
<div class="crumb">⟦m 首页 &gt; 地名工作 &gt; 命名公示⟧</div>
<div class="art"><h1>{T}</h1>
<div class="bar">⟦m 2025-09-18　　区划地名股　　访问：377⟧</div>
{BODY}
</div>
<div class="survey">⟦l 本页内容对您是否有帮助？ 有帮助 / 没帮助⟧</div>
<div class="foot">⟦m 渚安县民政局　地址：渚安县民主街15号　电话：0731-5522 1098⟧<br>⟦m 网站标识码 4301810016⟧</div>
</body></html>
""",
        body="""
根据《地名管理条例》及省、市有关规定，为规范城区道路名称，方便群众出行，县民政局会同县自然资源局、县住房和城乡建设局拟定了城区新建道路命名方案，现予以公示。
序号　道路位置　拟命名　命名含义
1　高铁站片区东西向主干道　站前大道　位于高铁站前，指位明确
2　滨河新区南北向次干道　澄江路　临澄江而建，体现地域特色
3　产业园区东西向支路　创智路　寓意创新发展、智造兴业
4　老城区改造新建巷道　桂香巷　沿线原有古桂树，延续历史记忆
公示期为2025年9月18日至9月27日。公示期间，如有意见或建议，请以书面形式或电子邮件反馈至县民政局区划地名股。
联系电话：0731-5522 1136，电子邮箱：zamzj_dm@example.gov.cn。
渚安县民政局
2025年9月18日
""",
    ),
]
