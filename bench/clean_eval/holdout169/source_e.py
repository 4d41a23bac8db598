"""holdout169, part E: cattle ear tags (牛耳标) and earplugs (耳塞) — a Party-building text
page, a hospital ENT page, an agricultural college, a township forum, a download station, a
personnel-exam page, a tender result, a law firm's Q&A, a residents' page and a cattle
association. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="party-village-eartag-branch-speech-text",
        site="芩湾先锋 党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.qwxianfeng.example.gov.cn/zbjs/2025/0416/271.html",
        title="在村党支部牛羊耳标佩戴推进会上的讲话",
        record_title="【支部声音】在村党支部牛羊耳标佩戴推进会上的讲话",
        date="2025-04-16",
        notes="Party site text: speaker and date under the speech title (neutral), a chrome line between paragraphs, a 学习强国-like share row",
        page="""
!m 芩湾先锋网 · 党建引领乡村振兴
!m 首页 >> 支部建设 >> 支部声音
!t 【支部声音】在村党支部牛羊耳标佩戴推进会上的讲话
在村党支部牛羊耳标佩戴推进会上的讲话
村党支部书记　阿不都·麦麦提
2025年4月16日
{BODY}
!l 分享到：朋友圈 | 微博 | 学习群
!d 芩湾县委组织部主办　转载请注明出处
""",
        body="""
各位党员、各位养殖户：
今天开这个会，就说一件事：全村的牛羊在本月底前全部戴上电子耳标。
耳标就是牲畜的“身份证”，防疫、保险、出栏检疫都要靠它，没有耳标，牛羊卖不上价，出了事也理不清。
⟦m 【本文来源：黑山村党支部 通讯员 帕提古丽】⟧
村里的党员要带头给自家牛羊戴标，再一户一户帮年纪大的养殖户戴好，做到不漏一头。
""",
    ),
    dict(
        slug="hospital-ent-earplug-sleep-html",
        site="茴原市中医院 耳鼻喉科 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="html",
        source="https://www.hyszyy.example.com/ks/ebh/kp/2025/0909.html",
        title="长期戴耳塞睡觉，耳朵会不会出问题？",
        record_title="【耳鼻喉科】长期戴耳塞睡觉，耳朵会不会出问题？",
        date="2025-09-09",
        notes="hospital HTML: booking float and 24-hour line, the department's own phone in the body; numbered tips",
        page="""
<html><head><meta charset="utf-8"><title>长期戴耳塞睡觉，耳朵会不会出问题？_茴原市中医院</title></head><body>
<div class="logo">⟦m 茴原市中医院　三级甲等中医医院⟧</div>
<div class="nav">⟦l 首页⟧ ⟦l 科室介绍⟧ ⟦l 名医堂⟧ ⟦l 健康讲座⟧ ⟦l 患者服务⟧</div>
<div class="loc">⟦m 当前位置：耳鼻喉科 > 科普园地⟧</div>
<h1>⟦t 长期戴耳塞睡觉，耳朵会不会出问题？⟧</h1>
<div class="info">⟦m 来源：耳鼻喉科　日期：2025-09-09　点击数：2761⟧</div>
{BODY}
<div class="side">⟦w 急诊24小时：0734-6120120⟧ ⟦w 网上预约请关注医院服务号⟧</div>
<div class="foot">⟦d 茴原市中医院 版权所有⟧ ⟦m 湘公网安备43040502000119号⟧</div>
</body></html>
""",
        body="""
门诊常有患者问：每晚戴耳塞睡觉，时间长了会不会把耳朵戴坏？
一般来说，正确使用耳塞是安全的，但要注意三点：
1. 耳塞要勤换，泡沫耳塞一般用三到五次就应更换，避免细菌滋生。
2. 不要塞得过深，以不压迫耳道、早晨容易取出为宜。
3. 如果出现耳痒、耳痛、流水或听力下降，应停止佩戴并及时就诊。
耳鼻喉科门诊咨询电话：0734-6127415（周一至周六）。
""",
    ),
    dict(
        slug="college-animal-science-eartag-practice-text",
        site="荸原农业职业学院 动物科学系 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://dkx.byagri.example.edu.cn/xwdt/2025/1015/902.htm",
        title="动物科学系学生赴牧场开展耳标佩戴实训",
        record_title="动物科学系学生赴牧场开展耳标佩戴实训-动物科学系",
        date="2025-10-15",
        notes="college sub-site text: 撰稿/审核 line glued after the last sentence, a photo caption line, click count",
        page="""
!m 荸原农业职业学院 · 动物科学系
!l 系部首页　系部概况　教学工作　学生工作　实训基地
!t 动物科学系学生赴牧场开展耳标佩戴实训-动物科学系
!m 发布时间：2025-10-15　点击：406
{BODY}
!l 上一条：系部召开新学期教学工作会议
!l 下一条：我系学子在省职业技能大赛中获奖
""",
        body="""
10月13日至14日，动物科学系畜牧兽医专业六十名学生赴县现代牧场开展为期两天的实训。
在牧场技术员的指导下，学生们学习了牛只保定、耳标钳使用和耳标信息登记的全流程。
⟦m （实训现场图片）⟧
实训结束时，每名学生都独立完成了五头犊牛的耳标佩戴和信息录入。⟦m 撰稿：龙欣悦　审核：陶建⟧
""",
    ),
    dict(
        slug="localforum-township-eartag-subsidy-post",
        site="蕺阳论坛 · 乡镇频道 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.jiyang-lt.example.com/thread-330187-1-1.html",
        title="关于免费发放牲畜电子耳标的通知",
        record_title="[转帖] 关于免费发放牲畜电子耳标的通知 - 乡镇频道 - 蕺阳论坛",
        date="2025-03-20",
        date_also=["2025-03-22"],
        notes="county forum repost of a township notice: forum junk lines, post date differs from 成文日期",
        junk=dict(lines=1, glued=1),
        page="""
!m 蕺阳论坛 › 乡镇频道 › 桐坪镇
!t [转帖] 关于免费发放牲畜电子耳标的通知 - 乡镇频道
!m 发帖人：桐坪老乡　发表于 2025-3-22 08:47
{BODY}
!l 回帖 | 版主：已置顶，方便大家查看
!a 点评　回复　收藏
""",
        body="""
各村（社区）养殖户：
根据县农业农村局统一安排，镇畜牧兽医站将免费为全镇牛、羊、猪发放电子耳标。
请养殖户于3月25日至4月10日携带身份证到本村防疫员处登记，由防疫员上门佩戴。
未佩戴耳标的牲畜，不能办理检疫证明，不能享受政策性养殖保险。
桐坪镇人民政府
2025年3月20日
""",
    ),
    dict(
        slug="download-eartag-register-form-asp-html",
        site="乐农资料下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://down.lenong.example.net/show.asp?id=6612",
        title="养殖场牲畜耳标管理制度",
        record_title="养殖场牲畜耳标管理制度 下载",
        date=None,
        notes="old ASP download station: file-info table, three download links, an error report; rules that speak of 扫描/打印; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>养殖场牲畜耳标管理制度 下载 - 乐农资料下载</title></head>
<body><table width="950"><tr><td>
<table><tr><td>⟦m 乐农资料下载 — 农业表格、制度、方案免费下⟧</td></tr></table>
<table><tr><td>⟦m 资料名称：⟧</td><td>⟦t 养殖场牲畜耳标管理制度⟧</td></tr>
<tr><td>⟦m 资料大小：28K　资料类别：畜牧养殖　推荐等级：★★★★⟧</td></tr>
<tr><td>⟦m 添加时间：2025-6-3 14:21:08⟧</td></tr></table>
<table><tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦a ▶ 下载地址一⟧</td><td>⟦a ▶ 下载地址二⟧</td><td>⟦a ▶ 下载地址三⟧</td></tr></table>
<table><tr><td>⟦a 如果下载失败，请点击报告错误⟧</td></tr></table>
<table><tr><td>⟦d 本站所有资料均为网友提供，仅供参考⟧</td></tr></table>
</td></tr></table></body></html>
""",
        body="""
第一条　本场所有牛只出生后三十日内佩戴耳标，外购牛只入场时核对耳标并登记。
第二条　耳标由防疫员统一领取、保管和佩戴，佩戴后用手持终端扫描录入系统。
第三条　耳标脱落的，应在三日内补戴，并在补标登记表上注明原因。
第四条　每月打印一次存栏牛只耳标清单，与实际存栏逐头核对。
""",
    ),
    dict(
        slug="exam-animal-epidemic-staff-written-test",
        site="蔻城人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.koucheng.example.gov.cn/ksgg/2025/0520/1877.html",
        title="蔻城县2025年招聘村级动物防疫员笔试公告",
        record_title="蔻城县2025年招聘村级动物防疫员笔试公告_蔻城人事考试信息网",
        date="2025-05-20",
        notes="exam site text: a technical line beside the committee's own phone; 准考证打印 sentence in the body; timetable",
        page="""
!m 蔻城人事考试信息网
!m 首页 → 考试公告 → 事业单位招聘
!t 蔻城县2025年招聘村级动物防疫员笔试公告
!m 发布时间：2025-05-20 16:00　来源：县人社局
{BODY}
!w 报名系统技术支持：0736-7212088（工作时间）
!l 相关公告：蔻城县2025年招聘村级动物防疫员公告
""",
        body="""
一、笔试时间：2025年6月7日上午9:00—11:00。
二、笔试地点：蔻城县第二中学。
三、笔试内容：畜牧兽医基础知识，包括常见动物疫病防控、免疫接种操作和牲畜耳标管理。
四、请考生于6月3日至6日登录报名系统打印准考证，凭准考证和身份证参加考试。
五、咨询电话：0736-7228501（县农业农村局人事股）。
蔻城县人力资源和社会保障局
2025年5月20日
""",
    ),
    dict(
        slug="tender-eartag-reader-bid-result-html",
        site="荞湾县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://zfcg.qiaowan.example.gov.cn/cggg/zbgg/2025/0828/3390.html",
        title="荞湾县牲畜电子耳标及识读器采购项目中标结果公告",
        record_title="荞湾县牲畜电子耳标及识读器采购项目中标结果公告",
        date="2025-08-28",
        notes="tender platform HTML: CA hotline beside purchaser/agency contacts; result table; a 公告期限 line",
        page="""
<html><head><meta charset="utf-8"><title>荞湾县政府采购网</title></head><body>
<div class="hd">⟦m 荞湾县政府采购网⟧ ⟦a 供应商登录⟧ ⟦a 专家登录⟧</div>
<div class="nav">⟦l 采购公告⟧ ⟦l 中标公告⟧ ⟦l 更正公告⟧ ⟦l 政策法规⟧</div>
<div class="wz">⟦m 当前位置：首页 > 中标公告⟧</div>
<h2>⟦t 荞湾县牲畜电子耳标及识读器采购项目中标结果公告⟧</h2>
<p>⟦m 发布时间：2025-08-28　浏览次数：207⟧</p>
{BODY}
<div class="help">⟦w CA数字证书服务热线：400-0731-558⟧</div>
<div class="ft">⟦d 荞湾县财政局主办　荞湾县政府采购网版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：QWCG-2025-061
二、中标结果：
包号　中标供应商　中标金额（元）
1　湘牧智联科技有限公司　386000
2　荞湾县农信电子设备有限公司　142500
三、公告期限：自本公告发布之日起一个工作日。
四、联系方式：采购人：荞湾县农业农村局，联系人：滕先生，电话：0731-6672045；采购代理机构：荞湾中诚项目管理有限公司，联系人：易女士，电话：0731-6690337。
""",
    ),
    dict(
        slug="lawfirm-eartag-insurance-dispute-text",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.minghenglaw.example.cn/wenda/2025/0711.html",
        title="牛死了耳标却掉了，保险公司能拒赔吗？",
        record_title="法律讲堂丨牛死了耳标却掉了，保险公司能拒赔吗？",
        date="2025-07-11",
        notes="law firm text: a consult card with a phone, a not-legal-advice notice, a lawyer byline with a date",
        page="""
!m 明衡律师事务所 | 农村法律服务
!t 法律讲堂丨牛死了耳标却掉了，保险公司能拒赔吗？
!m 文/农村法律事务部 曾律师　2025-07-11
{BODY}
!w 免费法律咨询：0735-2290661　工作日 9:00-18:00
!d 以上内容不构成法律意见，具体问题请咨询执业律师
""",
        body="""
问：我家一头保险牛病死了，保险公司来查勘时发现耳标掉了，说无法确认是不是参保的那头牛，要拒赔，合理吗？
答：耳标是确认保险标的的主要依据，但不是唯一依据。
如果您能提供防疫记录、补标登记、投保时的照片以及村防疫员的证明，证明死亡的牛就是参保牛只，保险公司不能仅以耳标脱落为由拒赔。
建议今后发现耳标脱落，及时找防疫员补戴并登记，保留好记录。
""",
    ),
    dict(
        slug="community-construction-noise-earplug-notice-html",
        site="茈城县南苑社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.nanyuan-sq.example.org/tzgg/2025-0617.html",
        title="关于管网改造夜间施工的告居民书",
        record_title=None,
        date="2025-06-17",
        notes="residents' HTML page: title missing from the record; a community duty phone in the body beside a 12345 hotline in the footer; earplugs handed out as content",
        page="""
<html><head><meta charset="utf-8"><title>南苑社区服务网</title></head><body>
<div class="hd">⟦m 南苑社区服务网 · 有事找社区⟧</div>
<div class="nav">⟦l 社区首页⟧ ⟦l 通知公告⟧ ⟦l 办事指南⟧ ⟦l 志愿者之家⟧</div>
<h2>⟦t 关于管网改造夜间施工的告居民书⟧</h2>
<div class="meta">⟦m 南苑社区　2025-06-17　浏览 903⟧</div>
{BODY}
<div class="ft">⟦w 政务服务便民热线 12345⟧ ⟦d 南苑社区居委会主办⟧</div>
</body></html>
""",
        body="""
各位居民：
因老旧供水管网改造需要，6月20日至7月5日每晚22:00至次日5:00，南苑路段将进行夜间施工，可能对沿街住户休息造成影响。
施工单位已采取围挡降噪措施，社区将为沿街楼栋住户免费发放降噪耳塞，请到居委会一楼领取。
如有意见建议，请拨打社区值班电话0736-2238716。
南苑社区居民委员会
2025年6月17日
""",
    ),
    dict(
        slug="association-cattle-eartag-pledge-text",
        site="菖岭县肉牛产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.clrnxh.example.org/dongtai/2025/0228/19.html",
        title="关于规范牛只耳标佩戴和流通的倡议书",
        record_title="关于规范牛只耳标佩戴和流通的倡议书 - 菖岭县肉牛产业协会",
        date="2025-02-28",
        notes="association text: member login and join line, a secretariat line; numbered pledge",
        page="""
!m 菖岭县肉牛产业协会
!a 会员登录　|　入会申请
!t 关于规范牛只耳标佩戴和流通的倡议书
!m 协会秘书处　2025-02-28
{BODY}
!w 秘书处联系电话：0745-7716230
!d 菖岭县肉牛产业协会版权所有
""",
        body="""
全县肉牛养殖场户、经纪人：
近期个别地方出现买卖耳标、一标多用的情况，严重扰乱了肉牛防疫和流通秩序。
协会倡议：
1. 坚持一牛一标，不买卖、不转借、不仿制耳标；
2. 收购牛只时查验耳标和检疫证明，无标牛只不收不运；
3. 发现违法行为主动向农业农村部门举报。
菖岭县肉牛产业协会
2025年2月28日
""",
    ),
]
