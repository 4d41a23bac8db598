"""Holdout14, part F: law firms, community sites, associations, company sites and a
text-only search cache — a law firm's anti-fraud statement and a lawyer's research
note, a community's residents' pact and its work bulletin, a logistics association's
report, a pharmacy association's training notice, a seed company's report PDF, a
hydropower company's news and a pension office's Q&A in a text cache. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="lawfirm-zhengheng-fraud-statement-html",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.zhenghenglaw.example.com/news/notice/2025-09-03.html",
        title="关于防范不法分子冒用本所名义实施诈骗的声明",
        record_title="关于防范不法分子冒用本所名义实施诈骗的声明",
        date="2025-09-03",
        notes="a law firm's site (HTML): a practice-area nav, an 'online consultation' float and a 'book a lawyer' button (contact/action), the statement's own verification phone, address and official e-mail stay; a 'firm news' list, a disclaimer in new words and a footer with 执业许可证号",
        page="""
<html><head><meta charset="utf-8"><title>关于防范不法分子冒用本所名义实施诈骗的声明 | 正衡律师事务所</title></head><body>
<div class="nav">⟦m 正衡律师事务所　ZHENGHENG LAW FIRM⟧　⟦m 关于我们　专业领域　律师团队　正衡观点　联系我们⟧</div>
<div class="float">⟦w 在线咨询⟧ ⟦a 预约律师⟧</div>
<div class="news">
<h1>{T}</h1>
<p class="d">⟦m 正衡动态 · 2025-09-03⟧</p>
{BODY}
</div>
<div class="more"><h4>⟦l 正衡动态⟧</h4><ul><li>⟦l 本所荣获“年度优秀律师事务所”称号⟧</li><li>⟦l 本所与市工商联签署法律服务合作协议⟧</li></ul></div>
<div class="disc">⟦d 本网站内容不构成任何形式的法律意见，具体问题请咨询执业律师⟧</div>
<div class="ft">⟦m 律师事务所执业许可证号：31440000M1234567X⟧　⟦d ©正衡律师事务所⟧</div>
</body></html>
""",
        body="""
近期，本所接到多名群众反映，有不法分子冒用本所及本所律师名义，通过电话、短信、社交软件等方式联系当事人，以“代理追回被骗款项”“撤销网贷记录”等为由收取费用，严重损害了群众财产安全和本所声誉。对此，本所郑重声明如下：
一、本所从未开展“追回被骗款项”“征信修复”等业务，从未委托任何机构或个人以本所名义对外招揽此类业务。
二、本所收取律师费均与委托人签订书面委托合同，并通过本所对公账户收款，不会要求当事人向个人账户转账。
三、如有疑问，请拨打本所前台电话0755-8669 2100核实，或到本所办公地址（深港市福田区金融路9号正衡大厦18楼）当面咨询。本所官方邮箱为office@zhenghenglaw.example.com。
四、对于冒用本所名义的违法行为，本所已向公安机关报案，并将依法追究相关人员的法律责任。
特此声明。
正衡律师事务所
2025年9月3日
""",
    ),
    dict(
        slug="lawfirm-mingli-property-research-decorated",
        site="明理律师事务所 (invented)",
        style="律所网站",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.minglilaw.example.cn/guandian/2025/1120-88.html",
        title="关于物业服务合同纠纷案件的调研报告",
        record_title="关于物业服务合同纠纷案件的调研报告｜律师观点｜明理律师事务所",
        date="2025-11-20",
        notes="decorated record title; a lawyer's card (meta) and a 'scan to consult' contact prompt, a 'download PDF' action between paragraphs, a tag row, a 'reprint needs permission' notice; the report's data table stays; the signature date is the date",
        indent="\u3000\u3000",
        page="""
!m 明理律师事务所 › 律师观点 › 房地产与建设工程
!t 关于物业服务合同纠纷案件的调研报告｜律师观点｜明理律师事务所
!m 作者：钱思远 律师（合伙人）　专业方向：房地产、物业纠纷
{BODY}
!l 标签：#物业纠纷 #调研报告 #业主权益
!w 遇到物业纠纷？扫码添加律师助理，免费初步评估
!d 本文为明理律师事务所原创，转载须经书面授权并注明出处。
""",
        body="""
为了解物业服务合同纠纷案件的特点和成因，本所房地产业务团队对近三年代理的一百二十六件物业服务合同纠纷案件进行了梳理分析，形成本报告。
一、案件基本情况
年度　案件数（件）　其中物业费纠纷（件）　调解结案率
2023年　34　29　41%
2024年　45　37　47%
2025年（截至10月）　47　36　52%
二、主要特点
一是物业费纠纷占比高，约占全部案件的八成；二是业主抗辩理由集中在服务质量不达标、公共收益不公开等方面；三是调解结案率逐年上升。
⟦a 📥 下载本报告PDF版⟧
三、成因分析
物业服务标准约定不明确、信息公开不到位、业主委员会作用发挥不充分，是引发纠纷的主要原因。
四、建议
建议物业服务企业定期公开服务标准和公共收益情况，建议业主通过业主大会、业主委员会依法维权，建议街道和社区发挥调解作用，将矛盾化解在诉前。
明理律师事务所房地产业务团队
2025年11月20日
""",
    ),
    dict(
        slug="community-songtao-residents-pact-wrapped",
        site="松涛社区网 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.songtaoshequ.example.org/ggtz/2025/0415/61.html",
        title="关于公布《松涛社区居民公约》的公告",
        record_title="【社区公告】关于公布《松涛社区居民公约》的公告",
        date="2025-04-15",
        notes="decorated record title 【社区公告】; hard-wrapped at 52 columns; the pact's numbered articles with a quoted slogan and a sentence telling residents to 扫码 give feedback belong to the text; a 'residents' hotline' contact line at the top, a comment count and prev/next at the bottom",
        wrap=52,
        page="""
!m 松涛社区网 · 我们的家园
!w 社区服务热线：0451-8677 2001（24小时）
!t 【社区公告】关于公布《松涛社区居民公约》的公告
!m 发布人：社区居委会　2025-04-15
{BODY}
!l 评论（5）｜ 点赞（31）
!l ◀ 上一篇：社区春季义诊活动通知
!l ▶ 下一篇：关于规范电动自行车停放充电的温馨提示
""",
        body="""
经社区居民代表会议讨论通过，现将修订后的《松涛社区居民公约》予以公布，请全体居民共同遵守。
松涛社区居民公约
一、爱党爱国，遵纪守法，自觉维护社区和谐稳定。
二、爱护环境，垃圾分类投放，不乱扔乱倒，不在楼道堆放杂物。
三、文明养犬，出门拴绳，及时清理犬只粪便。
四、安全用电，电动自行车不进楼、不上电梯、不飞线充电。
五、邻里和睦，互帮互助，有矛盾纠纷通过协商或调解解决。
六、孝老爱亲，关心关爱社区老年人、残疾人和困难家庭。
让我们共同践行“邻里一家亲，共建好家园”，建设文明和谐的幸福社区。居民对公约有意见建议的，可扫描社区公告栏上的二维码反馈。
松涛社区居民委员会
2025年4月15日
""",
    ),
    dict(
        slug="community-fenghuang-bulletin-html",
        site="凤凰里社区服务网 (invented)",
        style="社区网站",
        genre="简报",
        kind="report",
        form="html",
        source="https://www.fenghuangli.example.com/jianbao/2025-05.html",
        title="凤凰里社区工作简报（第5期）",
        record_title="凤凰里社区工作简报（第5期）",
        date="2025-05-30",
        record_date="2025-05-30",
        notes="a community portal (HTML): a weather and date widget (meta), quick-service icons (action), the bulletin's issue line neutral; items with decimal headings and a volunteer honour list stay; a 'subscribe to bulletin' box, a 往期简报 list with issue numbers and a footer",
        page="""
<html><head><meta charset="utf-8"><title>凤凰里社区工作简报（第5期）</title></head><body>
<div class="wx">⟦m 今天 晴 18~27℃　空气质量：良⟧</div>
<div class="icons">⟦a 办事指南⟧ ⟦a 网上预约⟧ ⟦a 居民留言⟧ ⟦a 失物招领⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="issue">凤凰里社区居委会编</p>
{BODY}
</div>
<div class="sub">⟦a 订阅社区简报，每月推送到您的邮箱⟧</div>
<div class="past"><h4>⟦l 往期简报⟧</h4><ul><li>⟦l 第4期（2025年4月）⟧</li><li>⟦l 第3期（2025年3月）⟧</li><li>⟦l 第2期（2025年2月）⟧</li></ul></div>
<div class="ft">⟦m 凤凰里社区党群服务中心　地址：凤凰路12号⟧</div>
</body></html>
""",
        body="""
1. 社区开展“五月邻里节”系列活动
5月中旬，社区以“邻里守望·温暖同行”为主题举办邻里节，开展百家宴、便民集市、亲子运动会等活动，参与居民一千二百余人次。
2. 老旧小区改造项目开工
5月20日，建设新村老旧小区改造项目正式开工，改造内容包括雨污分流、外墙保温、加装电梯等，预计年底完工。
3. 本月优秀志愿者名单
经各网格推荐、社区评议，以下居民获评5月优秀志愿者：
第一网格：牛桂芬、闫学文
第二网格：司马晴
第三网格：阚立新、包宏
4. 下月工作提示
6月将开展夏季防溺水宣传和燃气安全入户检查，请居民配合。
""",
    ),
    dict(
        slug="assoc-jinghai-logistics-report-speech-date",
        site="靖海市物流行业协会 (invented)",
        style="行业协会",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.jhwlxh.example.org.cn/xhdt/2025/1218/330.html",
        title="靖海市物流行业协会第三届理事会工作报告",
        record_title="靖海市物流行业协会第三届理事会工作报告_协会动态_靖海物流协会",
        date="2025-12-18",
        notes="_column_site record title; the speaker line and the date under the title neutral, the date is the page's date; a member-login row at the top, a 'member units' ticker between paragraphs, a 'join the association' action, a 协会动态 list and a footer with a 社会组织 code",
        indent="\u3000\u3000",
        page="""
!a 会员登录　|　入会申请　|　会费缴纳
!m 靖海市物流行业协会 ＞ 协会动态
!t 靖海市物流行业协会第三届理事会工作报告_协会动态_靖海物流协会
——在协会第四次会员大会上
会长　柏明远
（2025年12月18日）
{BODY}
!a 成为会员，共享行业资源 → 立即入会
!l 协会动态：协会组织会员企业赴港口园区考察交流（12-05）
!m 统一社会信用代码：51330900MJ0022711B
""",
        body="""
各位会员代表：
现在，我代表靖海市物流行业协会第三届理事会向大会报告工作，请予审议。
第三届理事会任期五年来，在市商务局的指导下，协会坚持“服务会员、服务行业、服务政府”的宗旨，各项工作取得明显成效。会员单位由一百零六家发展到二百一十八家，涵盖道路运输、仓储、快递、冷链、国际货代等领域。
⟦m 会员单位滚动：靖海港务物流｜顺达冷链｜海宇国际货代｜通衢快运⟧
五年来，协会组织行业培训四十二期，培训从业人员六千余人次；参与制定地方标准两项；协助政府出台物流业降本增效政策措施十三条。
新一届理事会要重点做好三项工作：一是推动行业数字化转型，搭建物流公共信息平台；二是加强行业自律，开展诚信企业评价；三是做好人才培养，与职业院校共建物流产业学院。
各位代表，让我们携手同心，为推动全市物流业高质量发展作出新的更大贡献！
""",
    ),
    dict(
        slug="assoc-xiangjiang-pharmacy-training-html",
        site="湘江市药品零售行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xjyplsxh.example.org/tz/2025/0612/41.html",
        title="关于举办2025年执业药师继续教育集中培训班的通知",
        record_title="关于举办2025年执业药师继续教育集中培训班的通知",
        date="2025-06-12",
        notes="an association's site (HTML): a 发布时间 byline (the page's date), a 'member services' sidebar, the notice's own 报名回执 附件 line, fee, bank account and contact stay; a 'download the receipt' action after the text, a visitor counter and a footer",
        page="""
<html><head><meta charset="utf-8"><title>关于举办2025年执业药师继续教育集中培训班的通知-湘江市药品零售行业协会</title></head><body>
<div class="hd">⟦m 湘江市药品零售行业协会⟧</div>
<div class="side"><p>⟦l 会员服务⟧</p><p>⟦l 会员名录⟧</p><p>⟦l 政策法规⟧</p><p>⟦l 培训信息⟧</p></div>
<div class="bd">
<h1>{T}</h1>
<p>⟦m 发布时间：2025-06-12　发布人：秘书处　浏览：739⟧</p>
{BODY}
<p>⟦a 【下载报名回执表】⟧</p>
</div>
<div class="ft"><p>⟦m 您是本站第 0218832 位访客⟧</p><p>⟦d Copyright © 湘江市药品零售行业协会⟧</p></div>
</body></html>
""",
        body="""
各会员单位：
为提升执业药师专业素质和药学服务能力，根据执业药师继续教育有关规定，协会定于2025年7月举办执业药师继续教育集中培训班，现将有关事项通知如下。
一、培训时间和地点
7月12日至13日，湘江市会展中心二号厅。
二、培训内容
药品管理法律法规解读、处方审核与合理用药、慢病药学服务、药品不良反应监测等，共计十六学时。
三、培训费用
每人三百元（含资料费），请于7月5日前汇至协会账户。户名：湘江市药品零售行业协会；开户行：湘江银行城东支行；账号：8100 2233 0012 5567。
四、报名方式
请各会员单位于7月5日前将报名回执发送至协会邮箱xjyplsxh@xjyp.example.org。
联系人：协会秘书处　阎丽，电话：0731-8212 9935。
附件：报名回执表
湘江市药品零售行业协会
2025年6月12日
""",
    ),
    dict(
        slug="company-fenghe-seed-csr-pdf-markers",
        site="丰禾种业股份有限公司 (invented)",
        style="企业官网",
        genre="报告",
        kind="report",
        form="text",
        source="https://www.fenghe-seed.example.com/ir/csr/2025-summary.html",
        title="丰禾种业2024年度社会责任报告（摘要）",
        record_title="丰禾种业2024年度社会责任报告（摘要）.pdf",
        date="2025-04-25",
        notes="a file-name title; a company site's investor page with a stock code line (meta), the PDF text hard-wrapped at 70 and cut by ⊰n⊱ markers; the report's own key-figure table and its hotline stay; a 'download the full report' and 'subscribe to announcements' action at the bottom; the report's date is the date",
        wrap=70,
        indent="\u3000\u3000",
        pages=dict(fmt="⊰{n}⊱", every=90, start=2),
        page="""
!m 丰禾种业　股票代码：300XXX
!m 投资者关系 ＞ 社会责任
!t 丰禾种业2024年度社会责任报告（摘要）.pdf
{BODY}
!a ⬇ 下载报告全文（PDF，6.2MB）　｜　✉ 订阅公司公告
!m 丰禾种业股份有限公司 版权所有
""",
        body="""
2024年，丰禾种业坚持“为农民选好种、为国家育良种”的使命，在保障粮食安全、服务乡村振兴、推进绿色发展等方面积极履行社会责任。
一、关键绩效
指标　2023年　2024年
研发投入（亿元）　1.86　2.31
新品种审定数（个）　14　19
带动制种农户（户）　12600　15200
二、服务种业振兴。公司建成国家级制种基地三个，全年推广优质水稻、玉米品种一千一百万亩，为制种农户增收二点六亿元。
三、推进绿色生产。在制种基地推广病虫害绿色防控技术，化学农药使用量同比下降百分之十二。
四、回馈社会。公司设立“丰禾助学金”，全年资助农村困难学生三百二十名。社会各界如对本报告有意见建议，欢迎拨打公司热线400-810-2025。
丰禾种业股份有限公司董事会
2025年4月25日
""",
    ),
    dict(
        slug="company-lanhe-hydropower-news-html",
        site="澜河水电开发有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanhe-hydro.example.com.cn/news/gsxw/2026/0109/518.html",
        title="公司召开2026年安全生产工作会议",
        record_title="公司召开2026年安全生产工作会议",
        date="2026-01-09",
        record_date="2026-01-09",
        notes="a company site (HTML): a stock-like 'today's generation' ticker, a news byline, a photo caption between paragraphs, a quoted safety slogan in the report, 'previous/next' links with arrows, an 'employee mailbox' link and a footer",
        page="""
<html><head><meta charset="utf-8"><title>公司召开2026年安全生产工作会议-澜河水电</title></head><body>
<div class="ticker">⟦m 今日发电量 1,268万千瓦时　累计安全生产 2,916 天⟧</div>
<div class="menu">⟦m 走进澜河　新闻中心　电站建设　党建工作　企业文化⟧</div>
<div class="news">
<h1>{T}</h1>
<p class="by">⟦m 来源：安全监察部　作者：汤毅　日期：2026-01-09⟧</p>
{BODY}
<p class="pn">⟦l ← 上一篇：公司2025年度先进集体和先进个人表彰名单⟧</p>
<p class="pn">⟦l → 下一篇：澜河三级电站机组完成年度检修⟧</p>
</div>
<div class="ft">⟦w 员工信箱⟧　⟦m 地址：澜河州江源市电站路1号⟧　⟦d 澜河水电开发有限公司 版权所有⟧</div>
</body></html>
""",
        body="""
1月8日，公司召开2026年安全生产工作会议，总结2025年安全生产工作，部署2026年重点任务。公司总经理卓凡出席会议并讲话。
2025年，公司所属五座电站实现安全生产“零事故”，累计发电量四十二亿千瓦时，完成年度计划的百分之一百零六。
⟦m 图为会议现场⟧
卓凡强调，2026年是公司“十五五”开局之年，安全生产任务艰巨繁重。要牢固树立“安全第一、预防为主、综合治理”的方针，压紧压实全员安全生产责任，重点抓好大坝安全、防汛度汛、有限空间作业和外包队伍管理。
会上，公司与各电站、各部门签订了2026年安全生产目标责任书。
""",
    ),
    dict(
        slug="snapshot-textcache-pension-faq",
        site="红岭县社会保险事业管理局 (invented, text-only search cache)",
        style="搜索快照",
        genre="问答",
        kind="other",
        form="text",
        source="http://cache.zhaozhao.example.com/text?q=cache:hlsbj.example.gov.cn/wd/0318",
        title="城乡居民基本养老保险缴费常见问题解答",
        record_title="城乡居民基本养老保险缴费常见问题解答 - 红岭县社会保险事业管理局",
        date=None,
        notes="a text-only search cache: a banner in new words (meta), a 'full version' link (action); the page's own breadcrumb and site line; the Q&A's numbered questions, the 缴费档次 table and the office's own 12333 hotline and the sentence telling readers to 下载 an app stay; no date",
        page="""
!m 【找找快照·纯文本】本页为 hlsbj.example.gov.cn/wd/0318 的文字存档，图片与样式已去除。
!a 完整版快照　|　原网页
!m 红岭县社会保险事业管理局 — 政策问答
{T}
{BODY}
!m 红岭县社会保险事业管理局主办　湘ICP备05011220号
!d 快照内容可能已过时，请以原网站为准。
""",
        body="""
问：哪些人可以参加城乡居民基本养老保险？
答：年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的城乡居民，可以在户籍地参加城乡居民基本养老保险。
问：缴费档次有哪些？
答：我县现行缴费档次和政府补贴标准如下：
缴费档次（元/年）　政府补贴（元/年）
200　40
500　60
1000　100
2000　160
问：怎样缴费？
答：参保人员可以到村（社区）便民服务点缴费，也可以下载“湘税社保”APP或通过银行网点缴费。
问：有疑问找谁？
答：可拨打12333人社服务热线，或到县政务服务中心社保窗口咨询。
""",
    ),
]
