"""holdout25, part F: an establishment office in a snapshot frame, a quarry closure's print
view, an amusement park's webmail letter, a farmland-construction station on an old county
portal, a slaughter-inspection lecture on a free preview, an amusement park's account, a
locksmith forum, a silk-industry brief on one line, a tunnel reply chain, a health-check
question with forum junk, a yacht club's minutes in print and a jade-carving speech on a
范文 site. Invented text throughout; see ../README.md."""

CASES = [
    dict(
        slug="snapshot-bianban-frame-html",
        site="快搜网页快照 (invented) of 莪川县委编办",
        style="搜索快照",
        genre="公示",
        kind="notice",
        form="html",
        source="https://kuaisou-cache.example.com/snap?url=bb.echuan.example.gov.cn/gs/0612.html",
        title="莪川县2025年事业单位法人年度报告公示",
        record_title=None,
        date="2025-06-12",
        notes="snapshot frame (HTML) without record title: the cache banner with its crawl stamp, the copied page's nav, a table of units; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>快搜快照</title></head><body>
<div class="snapbar">⟦d 快搜快照：您看到的是 2025-06-20 03:18 抓取的网页存档，原网页可能已更新⟧　⟦a 查看原网页⟧</div>
<div class="orig">
<div class="hd">⟦m 莪川县机构编制网⟧</div>
<div class="nav">⟦m 首页 · 机构编制 · 事业登记 · 公示公告⟧</div>
<h2>⟦t 莪川县2025年事业单位法人年度报告公示⟧</h2>
{BODY}
<div class="ft">⟦m 中共莪川县委机构编制委员会办公室 主办⟧</div>
</div>
</body></html>
""",
        body="""
根据事业单位登记管理有关规定，现将本县部分事业单位法人2024年度报告公示如下。
单位名称　举办单位　开办资金（万元）　年度报告
莪川县农业技术推广中心　县农业农村局　120　已报送
莪川县图书馆　县文化旅游广电局　85　已报送
公示期为十个工作日，对公示内容有异议的，可向县委编办反映。
莪川县事业单位登记管理局
2025年6月12日
""",
    ),
    dict(
        slug="print-caishi-quarry-closure-html",
        site="蒴城市自然资源局 (invented) print view",
        style="打印页",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zrzy.shuocheng.example.gov.cn/print.jsp?id=55103",
        title="关于关停蓊山采石场的公告",
        record_title="关于关停蓊山采石场的公告〔打印〕",
        date="2025-01-09",
        notes="print template (HTML): a print-time stamp, a print footer ⫽1/1⫽ in own words, print/close buttons; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于关停蓊山采石场的公告〔打印〕</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印本页⟧　⟦a 关闭⟧</div>
<div class="ph">⟦m 蒴城市自然资源局　打印日期：2025-02-11⟧</div>
<h1>⟦t 关于关停蓊山采石场的公告⟧</h1>
{BODY}
<div class="pf">⟦m ⫽1/1⫽⟧</div>
</body></html>
""",
        body="""
蓊山采石场采矿许可证有效期已于2024年12月31日届满，且位于生态保护红线范围内，依法不予延续。现公告如下。
一、自本公告发布之日起，该采石场停止一切开采活动。
二、采矿权人应在三个月内拆除采矿设施，并按照矿山地质环境保护与土地复垦方案完成治理。
三、对擅自恢复开采的，将依法严肃查处。
蒴城市自然资源局
2025年1月9日
""",
    ),
    dict(
        slug="mail-youleyuan-webmail-letter-html",
        site="网页邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="mail://webmail.example.net/read?mid=0912aa",
        title="关于暑期学生团体入园安全事项的函",
        record_title="转发：关于暑期学生团体入园安全事项的函",
        date="2025-06-25",
        date_also=["2025-06-26"],
        notes="webmail reader: folders, mail headers (meta), the mail's attachment bar beside the letter's own 附件 line (kept), reply/forward buttons; the send date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于暑期学生团体入园安全事项的函 - 网页邮箱</title></head><body>
<div class="left">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="mailhead">
<h3>⟦t 转发：关于暑期学生团体入园安全事项的函⟧</h3>
<p>⟦m 发件人：欢乐谷游乐园市场部 &lt;market@huanlegu-zx.example.com&gt;⟧</p>
<p>⟦m 时　间：2025年6月26日 10:42⟧</p>
<p>⟦m 收件人：各合作学校、旅行社⟧</p>
</div>
<div class="attbar">⟦m 附件（1 个）：入园安全承诺书.docx　下载　预览⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="ops">⟦a 回复　全部回复　转发　删除　举报⟧</div>
</body></html>
""",
        body="""
各合作学校、旅行社：
暑期将至，为确保学生团体游园安全，现将有关事项函告如下。
一、团体入园须提前三天预约，每十名学生至少配备一名带队老师。
二、身高不足一米二的儿童不得乘坐过山车、跳楼机等项目，请带队老师提前告知学生。
三、园区设有医务室和走失儿童招领处，遇紧急情况请拨打园区应急电话0745-3351110。
附件：入园安全承诺书
欢乐谷游乐园有限公司
2025年6月25日
""",
    ),
    dict(
        slug="gov-nongtian-farmland-old-portal-html",
        site="葎原县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://nyj.lvyuan.example.gov.cn/Article/ShowArticle.asp?ArticleID=3318",
        title="关于做好高标准农田建设项目竣工验收准备工作的通知",
        record_title="关于做好高标准农田建设项目竣工验收准备工作的通知",
        date="2025-11-20",
        notes="old ASP table layout of a county bureau: a marquee, a 【字体：小 中 大】 row, a 'print this article/close' row, a visitor counter, 抄送 版记 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>葎原县农业农村局</title></head><body>
<table width="950" align="center"><tr><td>⟦m 葎原县农业农村局⟧</td></tr><tr><td><marquee>⟦m 深入学习贯彻党的二十届三中全会精神　加快建设农业强县⟧</marquee></td></tr></table>
<table width="950" align="center"><tr><td>⟦m 网站首页　机构职能　农业动态　通知公告　农技推广　下载中心⟧</td></tr></table>
<table width="950" align="center">
<tr><td align="center"><font size="4">⟦t 关于做好高标准农田建设项目竣工验收准备工作的通知⟧</font></td></tr>
<tr><td align="center">⟦m 作者：农田建设管理站　文章来源：本站原创　点击数：288　更新时间：2025-11-21⟧　⟦a 【字体：小 中 大】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a 【打印此文】【关闭窗口】⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 访问人次：0412877⟧　⟦m 地址：葎原县人民路8号⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇人民政府，各项目施工、监理单位：
2024年度高标准农田建设项目工程已基本完工。为确保项目按期通过竣工验收，现就验收准备工作通知如下。
一、各施工单位于12月10日前完成扫尾工程，整理施工日志、隐蔽工程验收记录等资料。
二、各乡镇组织项目村对新建沟渠、机耕路进行初验，形成初验意见。
三、监理单位对工程质量进行全面复核，出具监理工作报告。
葎原县农业农村局
2025年11月20日
抄送：县财政局，县自然资源局
""",
    ),
    dict(
        slug="wenku-tuzai-inspection-lecture-wrapped-markers",
        site="易读文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yidu-wk.example.com/p-3391120.html",
        title="在全县生猪屠宰检疫培训班上的讲话",
        record_title="在全县生猪屠宰检疫培训班上的讲话(可编辑word版)",
        date="2025-04-15",
        notes="free 文库 preview: hard-wrapped text (64 columns) cut by page markers ⬖n⬗ glued between lines; speaker line (neutral) and date under the title; a 'read the full text' action",
        wrap=64,
        indent="　　",
        pages=dict(fmt="⬖{n}⬗", every=85, start=2, glue=True),
        page="""
!m 易读文库　›　行业资料　›　畜牧兽医
!t 在全县生猪屠宰检疫培训班上的讲话(可编辑word版)
!m 共4页　｜　362人阅读　｜　2025-05-02上传
{T}
县农业农村局副局长　严必忠
（2025年4月15日）
{BODY}
!a 点击阅读全文　｜　下载文档（免费）
!l 相关文档：动物检疫证明开具规范　病害猪无害化处理操作规程
""",
        body="""
同志们：
今天举办全县生猪屠宰检疫培训班，目的是进一步提高官方兽医和协检员的业务水平，守住肉品质量安全关口。
下面，我讲三点意见。
第一，要严格宰前检查。对进场生猪逐头查验动物检疫证明和耳标，证物不符的一律不得进入待宰圈。
第二，要规范同步检疫。头部、内脏、胴体检查要按规程逐项进行，不得漏检、简检。
第三，要落实无害化处理。检出的病害猪和病害产品，必须在驻场官方兽医监督下全部无害化处理，并做好记录。
同志们，检疫工作责任重大，希望大家学有所获、学以致用。
""",
    ),
    dict(
        slug="wechat-youleyuan-summer-letter-html",
        site="欢乐谷游乐园 公众号 (invented mirror)",
        style="公众号镜像",
        genre="告知书",
        kind="other",
        form="html",
        source="https://wxread.mirror.example.org/huanlegu/20250701",
        title="暑期游园安全告游客书",
        record_title="暑期游园安全告游客书",
        date="2025-07-01",
        notes="WeChat-style page: account line with date, 'follow' prompt, a ticket-booking mini-program card, 阅读原文/分享/在看 row; the letter asks visitors to 扫码 to book (kept)",
        page="""
<html><head><meta charset="utf-8"><title>暑期游园安全告游客书</title></head><body>
<h1>⟦t 暑期游园安全告游客书⟧</h1>
<p class="acct">⟦m 欢乐谷游乐园　2025-07-01 10:00⟧</p>
<p>⟦a ↑点击上方“欢乐谷游乐园”关注我们⟧</p>
<div class="rich">
{BODY}
</div>
<div class="mp">⟦a 小程序｜欢乐谷购票 立即预约⟧</div>
<div class="bar">⟦l 阅读原文　分享　在看 41⟧</div>
</body></html>
""",
        body="""
亲爱的游客朋友：
暑期客流高峰即将到来，为让您玩得开心、玩得安全，请留意以下事项：
一、游玩前请仔细阅读各项目入口的乘坐须知，心脏病、高血压患者及孕妇请勿乘坐刺激类项目。
二、高温天气请做好防暑措施，园区各服务点免费提供饮用水。
三、热门项目实行预约排队，请扫描项目入口的预约码领取时段，避免长时间排队。
祝您游园愉快！
""",
    ),
    dict(
        slug="forum-kaisuo-locksmith-filing-repost",
        site="锁匠之家论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.suojiang-home.example.com/t/40219",
        title="关于开锁从业人员信息备案的通知",
        record_title="[转帖] 关于开锁从业人员信息备案的通知 - 行业资讯 - 锁匠之家",
        date="2025-09-10",
        date_also=["2025-09-12"],
        notes="a locksmiths' forum reposting the association's filing notice: post line date (also accepted), a moderator's 置顶 stamp, a reward row, a reply box; the notice's own 联系电话 kept",
        page="""
!m 锁匠之家 » 行业资讯
!t [转帖] 关于开锁从业人员信息备案的通知 - 行业资讯 - 锁匠之家
!m 老铜锁　发表于 2025-9-12 08:30　查看 877　回复 19
!l 本主题由 版主 于 2025-9-12 置顶
{BODY}
!l 回复本帖　｜　打赏楼主
!l 沙发：收到，明天就去报
""",
        body="""
全市开锁从业人员：
为规范开锁行业管理，市锁具行业协会决定对全市开锁从业人员信息进行集中备案。
一、备案时间：9月15日至10月15日。
二、备案材料：身份证、开锁技能培训合格证明、店铺营业执照复印件。
三、未备案的人员，协会将不再受理其会员资格申请，也不在便民服务平台推荐。
联系电话：0736-2251188（协会秘书处）
蒴城市锁具行业协会
2025年9月10日
""",
    ),
    dict(
        slug="news-saosi-silk-brief-oneline",
        site="槠溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zhuxinews.example.cn/jj/2025-05/08/c_7741.html",
        title="槠溪缫丝企业新增自动缫丝生产线",
        record_title="槠溪缫丝企业新增自动缫丝生产线_经济_槠溪新闻网",
        date="2025-05-08",
        notes="news portal, the body on one line; a time line is the date; a share row, a 'more news' list, an app prompt",
        oneline=True,
        page="""
!m 槠溪新闻网 | 经济
{T}
!m 2025-05-08 15:20　来源：槠溪新闻网　作者：文新
{BODY}
!a 打开槠溪新闻APP，查看更多本地资讯
!l 更多新闻：槠溪蚕桑基地迎来春蚕收购季
""",
        body="""
近日，槠溪锦程丝绸有限公司新引进的两条自动缫丝生产线正式投产。
新生产线采用自动索绪、自动添绪技术，每人看管的绪数由过去的二十绪提高到四百绪，生丝品质稳定在4A级以上。
公司负责人表示，新生产线投产后，年产生丝可增加八十吨，带动周边蚕农增收六百余万元。
""",
    ),
    dict(
        slug="mail-suidao-reply-chain-text",
        site="政务邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://zwmail.example.gov.cn/read/7730912",
        title="关于申请檫岭隧道照明改造资金的请示",
        record_title="答复：关于申请檫岭隧道照明改造资金的请示",
        date="2025-03-18",
        date_also=["2025-03-21"],
        notes="a reply chain: the reply's own lines and quoted headers (meta), an 'original message' divider, the request's 联系人 kept; the 成文日期 expected, the reply date also accepted",
        page="""
!m 主题：答复：关于申请檫岭隧道照明改造资金的请示
!m 发件人：县财政局经建股 <jjg@cz.jueling.example.gov.cn>
!m 日期：2025年3月21日 16:02
!w 已收到，我股将于下周会同交通局现场核实，请提前准备好预算明细。
!m -----原始邮件-----
!m 发件人：县隧道管理站 <sdgl@jueling.example.gov.cn>
{T}
{BODY}
!d 本邮件由政务邮件系统发送，请勿直接回复系统通知。
""",
        body="""
县财政局：
檫岭隧道于2009年建成通车，洞内照明灯具已使用十五年，亮度衰减严重，部分灯具损坏，存在行车安全隐患。
经测算，将洞内灯具全部更换为智能调光LED灯具，需资金约一百二十六万元。
恳请县财政局予以支持，安排专项资金用于照明改造。
妥否，请批示。
联系人：覃明　电话：0745-7621880
蕨岭县隧道管理站
2025年3月18日
""",
    ),
    dict(
        slug="qa-tijian-summary-answer-junk",
        site="问一问社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenyiwen.example.com/question/771203",
        title="单位组织体检后的工作总结怎么写？",
        record_title="单位组织体检后的工作总结怎么写？",
        date=None,
        notes="Q&A with forum junk in the answer (lines and glued), an answer line with a relative time 昨天 (no date), a sample with placeholders",
        junk=dict(lines=1, glued=1),
        page="""
!m 问一问社区 › 职场 › 公文写作
{T}
!m 网友提问 · 3个回答
!m 热心网友 · 昨天 21:40 回答
{BODY}
!l 有帮助(21)　｜　追问
!l 更多回答（2）
""",
        body="""
体检工作总结一般写四块内容，供你参考。
一是基本情况，写清体检时间、体检机构、应检人数和实检人数，比如“本次应检××人，实检××人，体检率××%”。
二是主要做法，比如提前发布通知、分批次安排、专人对接体检机构等。
三是体检结果分析，只写总体情况和常见异常指标，不要写个人信息。
四是下一步打算，比如开展健康讲座、组织工间操等。
""",
    ),
    dict(
        slug="print-youting-club-minutes-text",
        site="蓝湾游艇会 (invented) print view",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.lanwan-yc.example.com/member/notice/print?id=61",
        title="蓝湾游艇会2025年会员代表大会会议纪要",
        record_title="蓝湾游艇会2025年会员代表大会会议纪要 - 打印预览",
        date="2025-04-02",
        date_also=["2025-03-29"],
        notes="a print view of minutes: a print stamp and a print footer 第1页，共1页 in own words; 时间/地点/主持/出席/记录 lines and a vote count kept; the 印发 date expected, the meeting date also accepted",
        page="""
!m 蓝湾游艇会 · 会员专区
!m 打印时间：2025-04-09 10:06
{T}
{BODY}
!m — 第1页，共1页 —
!a 打印　｜　返回
""",
        body="""
时间：2025年3月29日下午
地点：蓝湾游艇会会所二楼多功能厅
主持：理事长 邵海平
出席：会员代表四十六人
记录：秘书处 辛悦
会议审议通过了《2024年度工作报告》和《2024年度财务报告》，表决结果：同意四十五票，弃权一票，反对零票。
会议决定，2025年组织会员安全驾驶培训两期，并在泊位区增设两处救生设备存放点。
蓝湾游艇会秘书处
2025年4月2日印发
""",
    ),
    dict(
        slug="fanwen-yudiao-jade-speech-markers-wrapped",
        site="材料狗范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.cailiaogou.example.com/jianghua/zhici/66120.html",
        title="在玉雕大师工作室揭牌仪式上的致辞",
        record_title="在玉雕大师工作室揭牌仪式上的致辞（精选）- 材料狗范文网",
        date="2025-06-08",
        notes="范文 site: a hard-wrapped speech (66 columns) cut by page markers ╋n╋ on lines of their own; the date under the title; a writing-service prompt between paragraphs; a 'copy full text' action",
        wrap=66,
        indent="　　",
        pages=dict(fmt="╋{n}╋", every=85, start=2, glue=False),
        page="""
!m 材料狗范文网 › 讲话致辞 › 揭牌致辞
!t 在玉雕大师工作室揭牌仪式上的致辞（精选）- 材料狗范文网
!m 阅读：3207　收藏：88
（2025年6月8日）
{BODY}
!a 一键复制全文　｜　下载Word
!d 本站范文仅供学习参考，请勿直接照搬使用
""",
        body="""
尊敬的各位嘉宾，朋友们：
今天，玉城玉雕大师工作室正式揭牌成立，我代表市工艺美术协会，表示热烈的祝贺！
玉雕是我市的传统优势产业，从业人员超过五千人，产品远销海内外。
⟦w 代写致辞讲话，加V：cailiaogou99⟧
工作室成立后，将承担技艺传承、人才培养和精品创作三项任务，每年招收学徒不少于十名。
希望工作室出精品、出人才，为玉雕产业发展作出更大贡献。
谢谢大家！
""",
    ),
]
