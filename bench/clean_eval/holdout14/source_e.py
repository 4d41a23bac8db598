"""Holdout14, part E: Party-building, hospital, university, education, training and
intranet pages — a drug bureau's Party-building column, a dam authority's Party branch,
a hospital's plan and news, a university admissions office and a president's speech, a
county education bureau, a school's summary from a Word file, an e-learning course
page, a training school's brochure, a state farm's OA notice and a pension office's
intranet report with its approval trail. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="dangjian-yjj-speech-html-speaker-date",
        site="沅水市药监局机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.yjj.yuanshui.example.gov.cn/ldjh/2025/0226/118.html",
        title="在2025年局机关党的建设工作会议上的讲话",
        record_title="在2025年局机关党的建设工作会议上的讲话",
        date="2025-02-26",
        notes="a Party-building column (HTML): a red banner with a slogan, the speaker line and the date under the title (neutral; the date is the page's date), a 'study progress' counter, a 学习强国-style 'add points' button, a 专题 list with bullets, a footer",
        page="""
<html><head><meta charset="utf-8"><title>在2025年局机关党的建设工作会议上的讲话—机关党建</title></head><body>
<div class="banner">⟦m 沅水药监机关党建　｜　不忘初心　牢记使命⟧</div>
<div class="nav">⟦m 党建要闻　领导讲话　支部风采　学习园地　廉政建设⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="sp">局党组书记、局长　符振国</p>
<p class="dt">（2025年2月26日）</p>
{BODY}
<p class="learn">⟦a ✚ 学习打卡，积1分⟧</p>
<p class="cnt">⟦m 已有 168 名党员完成学习⟧</p>
</div>
<div class="zt"><h4>⟦l 专题专栏⟧</h4><ul><li>⟦l ▪ 深入贯彻中央八项规定精神学习教育⟧</li><li>⟦l ▪ 模范机关创建⟧</li></ul></div>
<div class="ft">⟦m 中共沅水市药品监督管理局机关委员会　主办⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开局机关党的建设工作会议，主要任务是总结2024年机关党建工作，部署2025年任务。
一年来，局机关各级党组织坚持以党的政治建设为统领，深入开展模范机关创建，机关党建工作取得新成效。三个支部被评为市直机关“四强”党支部，“药安护航”党建品牌在全市推广。
同时也要清醒看到，一些支部党建和业务“两张皮”问题还没有根本解决，少数党员在监管执法中还存在作风不严不实的问题。
2025年，要重点抓好三项工作。一是强化政治引领，把学习贯彻党的创新理论作为首要任务。二是推进党建与业务深度融合，围绕药品安全巩固提升行动开展党员先锋岗创建。三是从严正风肃纪，盯紧审评审批、监督检查、稽查执法等关键环节，筑牢廉洁防线。
同志们，让我们以更加昂扬的精神状态，推动机关党建高质量发展，为守护人民群众用药安全提供坚强保证！
""",
    ),
    dict(
        slug="dangjian-dam-branch-partyday-plan-wrapped",
        site="青龙峡水库管理局党建园地 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qlxsk.example.gov.cn/djyd/zbhd/2025/0618/77.html",
        title="“七一”主题党日活动方案",
        record_title="【支部工作】“七一”主题党日活动方案",
        date="2025-06-18",
        notes="decorated record title 【支部工作】; hard-wrapped at 60 columns; a 'Party member education' slogan line and a vote row between paragraphs; the plan's own schedule and 'bring your Party badge' instruction stay; a 上一条/下一条 pair; 成文日期 is the date",
        wrap=60,
        indent="\u3000\u3000",
        page="""
!m 党建园地 ＞ 支部活动
!t 【支部工作】“七一”主题党日活动方案
!m 发布者：工程管理党支部　　阅读：219
{BODY}
!l 上一条：工程管理党支部2025年上半年工作总结
!l 下一条：关于开展党费收缴情况自查的通知
!m 中共青龙峡水库管理局委员会　制作
""",
        body="""
为庆祝中国共产党成立104周年，进一步增强党员的党性意识和宗旨意识，经支部委员会研究，决定开展“七一”主题党日活动，现制定方案如下。
一、活动时间
2025年6月30日（星期一）下午。
二、活动地点
青龙峡水库大坝党员先锋岗、水库防汛调度中心会议室。
三、活动内容
（一）重温入党誓词。全体党员在大坝党员先锋岗面向党旗重温入党誓词。
（二）讲一堂微党课。由支部书记讲授“守护一库清水　践行初心使命”专题党课。
⟦l 本方案有用吗？👍 12⟧
（三）开展志愿服务。组织党员到库区周边村开展防溺水宣传，发放宣传资料。
四、有关要求
全体党员须统一佩戴党员徽章，不得无故缺席；因防汛值班不能参加的，须提前向支部书记请假。
工程管理党支部
2025年6月18日
""",
    ),
    dict(
        slug="hospital-ruikang-plan-no-title",
        site="瑞康市第二人民医院 (invented)",
        style="医院官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.rkey.example.com/news/yygg/2025/0305/1205.html",
        title="关于开展2025年度医德医风专题教育的实施方案",
        record_title=None,
        date="2025-03-05",
        notes="no record title; a hospital site: a booking/guide/mailbox action row, the title glued after the breadcrumb on a line of its own, a 'patients first' slogan line, the plan's own report mailbox and phone stay; an 'online consultation' contact prompt between paragraphs, a department list and a footer",
        indent="\u3000\u3000",
        page="""
!a 预约挂号　｜　就诊指南　｜　报告查询　｜　院长信箱
!m 瑞康市第二人民医院　三级综合医院
!m 首页 > 医院公告 >
{T}
!m 时间：2025-03-05　点击：1,804
{BODY}
!l 临床科室：心血管内科　神经内科　普外科　骨科　妇产科　儿科
!m 医院地址：瑞康市人民南路218号　急救电话：120
!d 本网站信息仅供参考，不作为诊断及医疗依据
""",
        body="""
为进一步加强医德医风建设，树立良好行业形象，根据上级卫生健康部门工作部署，医院决定在全院开展2025年度医德医风专题教育，特制定本方案。
一、教育对象
全院在职职工，包括医师、护士、药剂、医技、行政后勤人员和规培、进修、实习人员。
二、主要内容
学习《医疗机构工作人员廉洁从业九项准则》，开展典型案例警示教育，组织“我心中的好医生”“我身边的好护士”评选。
⟦w 在线问诊请关注医院公众号，点击“互联网医院”⟧
三、方法步骤
3月为学习动员阶段，4月至5月为查摆整改阶段，6月为总结提升阶段。
四、监督举报
医院设立医德医风监督举报电话0738-2290 315，举报邮箱ydyf@rkey.example.com，欢迎患者和社会各界监督。
瑞康市第二人民医院
2025年3月5日
""",
    ),
    dict(
        slug="hospital-xiangnan-stroke-news-html",
        site="湘南省脑科医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xnnkyy.example.org.cn/xwzx/yydt/2025-10-29/6610.html",
        title="我院开展“世界卒中日”大型义诊活动",
        record_title="我院开展“世界卒中日”大型义诊活动",
        date="2025-10-29",
        notes="a hospital news page (HTML): a top bar with booking and a smart-guide action, 发布时间 in the byline (the page's date), 科室/撰稿/摄影/审核 lines, the hospital's own stroke-rescue hotline and the BE FAST slogan in the text, a 'photo' caption between paragraphs, a 'department news' list with dates and a footer",
        page="""
<html><head><meta charset="utf-8"><title>我院开展“世界卒中日”大型义诊活动-湘南省脑科医院</title></head><body>
<div class="tb">⟦a 智能导诊⟧ ⟦a 预约挂号⟧ ⟦a 住院服务⟧ ⟦a English⟧</div>
<div class="logo">⟦m 湘南省脑科医院　XIANGNAN BRAIN HOSPITAL⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-10-29　科室：神经内科　撰稿：邓佳　摄影：文涛　审核：宣传科⟧</div>
{BODY}
</div>
<div class="sidebar"><h3>⟦l 科室动态⟧</h3><ul>
<li>⟦l 神经外科成功开展首例机器人辅助手术 10-21⟧</li><li>⟦l 睡眠医学中心获批省级临床重点专科 10-12⟧</li></ul></div>
<div class="ft">⟦m 地址：湘南省长宁市芙蓉路88号　邮编：410007⟧　⟦d 版权所有 湘南省脑科医院⟧</div>
</body></html>
""",
        body="""
10月29日是第二十个“世界卒中日”。当天上午，我院神经内科、神经外科、康复医学科等科室的十余名专家在门诊广场开展大型义诊活动。
义诊现场，专家们为前来咨询的群众测量血压、血糖，解读检查报告，提供个性化的预防建议。活动共接待群众三百余人次，发放宣传资料五百余份。
⟦m ▲义诊现场，专家为群众测量血压⟧
神经内科主任医师方卫民提醒，卒中发病急、致残率高，识别卒中可以记住“BE FAST”口诀：平衡、眼睛、面部、手臂、语言、时间。一旦发现疑似症状，要立即拨打120或我院卒中急救专线0731-8829 1200，争取黄金救治时间。
据悉，我院卒中中心自2019年成立以来，已救治急性卒中患者六千余例，入院至溶栓时间中位数缩短至三十八分钟。
""",
    ),
    dict(
        slug="university-pinghu-openday-notice-table",
        site="平湖理工大学招生信息网 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://zsb.phlg.example.edu.cn/tzgg/2025/0508/229.html",
        title="关于举办第三届“校园开放日”活动的通知",
        record_title="关于举办第三届“校园开放日”活动的通知-平湖理工大学招生信息网",
        date="2025-05-08",
        notes="-site record title; a university admissions site with a 'check my admission' action, the schedule table and the office's own consultation phone, QQ group and 关注 sentence stay (next to the site's own 'online consultation' contact prompt at the bottom); a 热点 list and footer",
        page="""
!m 平湖理工大学本科招生信息网
!a 录取查询　|　历年分数　|　招生章程　|　在线咨询
!t 关于举办第三届“校园开放日”活动的通知-平湖理工大学招生信息网
!m 作者：招生办　发布：2025-05-08　浏览：2,880
{BODY}
!l 热点关注
!l 【置顶】平湖理工大学2025年本科招生章程
!l 2024年各省录取分数线一览
!w 招生咨询在线客服：工作日 8:00-22:00，欢迎留言
!m 版权所有：平湖理工大学招生办公室
""",
        body="""
各位考生、家长朋友：
为帮助广大考生和家长深入了解我校办学特色和专业设置，学校定于2025年5月24日（星期六）举办第三届“校园开放日”活动，诚邀您走进平湖理工。
活动安排如下：
时间　活动内容　地点
9:00-10:00　开幕式暨学校介绍　大学生活动中心
10:00-12:00　学院专业咨询　第一教学楼各展位
14:00-16:00　参观实验室和校史馆　各学院实验中心
活动当天，学校开放东门和北门，考生和家长凭身份证或准考证入校，可免费乘坐校园观光车。
招生咨询电话：0573-8566 1001；招生咨询QQ群：720 331 580。考生也可关注“平湖理工招生”微信公众号，及时获取招生信息。
平湖理工大学招生办公室
2025年5月8日
""",
    ),
    dict(
        slug="university-donghai-president-commencement-html",
        site="东海海事大学新闻网 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://news.dhmu.example.edu.cn/info/1021/33180.htm",
        title="校长在2025届毕业典礼暨学位授予仪式上的讲话",
        record_title="校长在2025届毕业典礼暨学位授予仪式上的讲话-东海海事大学新闻网",
        date="2025-06-21",
        notes="a university news site (HTML): the speech title keeps the speaker's role (校长); the speaker line and the date under the title neutral, the date is the page's date; a 来源/编辑 byline, a 'views' counter via script, a share bar and a 'graduation season' feature list",
        page="""
<html><head><meta charset="utf-8"><title>校长在2025届毕业典礼暨学位授予仪式上的讲话-东海海事大学新闻网</title><script>document.write("")</script></head><body>
<div class="head">⟦m 东海海事大学新闻网⟧　⟦m 首页 > 媒体海大 > 讲话⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="who">校长　严海潮</p>
<p class="day">（2025年6月21日）</p>
<p class="by">⟦m 来源：党委宣传部　编辑：米粒　点击：⟧</p>
{BODY}
<div class="share">⟦l 分享：微信　QQ　微博⟧</div>
</div>
<div class="feature"><h4>⟦l 毕业季专题⟧</h4><ul><li>⟦l 毕业生代表发言：向海而行⟧</li><li>⟦l 图集｜海大最美毕业照⟧</li></ul></div>
<div class="ft">⟦m 东海海事大学党委宣传部主办⟧</div>
</body></html>
""",
        body="""
亲爱的2025届毕业生同学们，各位老师、各位家长：
今天，我们在这里隆重举行毕业典礼暨学位授予仪式，共同见证4826名同学学业有成、扬帆起航。我代表学校，向全体毕业生表示热烈的祝贺！
几年来，你们在这里登上实习船远航，在航海模拟器前熬过夜，在海洋馆里做过志愿者。你们当中，有的同学在全国航海技能大赛中夺得金奖，有的同学主动报名到远洋船舶和边远海岛工作。
同学们，大海从不拒绝每一朵浪花，但只有经得起风浪的人才能抵达远方。希望你们胸怀“向海图强”的志向，保持“同舟共济”的情怀，练就“乘风破浪”的本领。
无论你们走到哪里，母校永远是你们温暖的港湾。祝福大家一帆风顺，前程似海！
""",
    ),
    dict(
        slug="edu-shicheng-winter-safety-notice-cc",
        site="石城县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.shicheng.example.gov.cn/tzgg/2026/0112/5521.html",
        title="关于做好2026年寒假期间学生安全工作的通知",
        record_title="关于做好2026年寒假期间学生安全工作的通知",
        date="2026-01-12",
        notes="a county education bureau: the document number neutral, a notice with numbered items, a 'letter to parents' 附件 line and 抄送 line that belong to the document; a 相关附件 download list (chrome) after the text, a font-size row, a 'close' action and a related list",
        page="""
!m 石城县教育局门户网站
!m 您当前的位置：首页 >> 通知公告
{T}
!a 【字体：大 中 小】【打印】【关闭】
石教发〔2026〕2号
{BODY}
!l 附件下载：
!l 📎 致家长的一封信（寒假版）.doc
!l 相关阅读：县教育局召开2026年春季开学工作部署会
""",
        body="""
各乡镇中心学校，县直各学校、幼儿园：
2026年寒假即将来临，为确保广大学生度过一个平安、健康、快乐的假期，现就做好寒假期间学生安全工作通知如下。
一、开展放假前安全教育。各校要在放假前上好“安全教育最后一课”，重点开展防溺水、防火、防交通事故、防煤气中毒、防电信诈骗等安全教育。
二、排查整治安全隐患。放假前要对校舍、食堂、宿舍等进行全面检查，切断不必要的电源，做好寒假期间校园安全值守。
三、落实家校共育责任。各校要通过家长会、致家长的一封信等形式，提醒家长切实履行监护责任。
四、严格假期值班制度。各校要安排专人值班，保持通讯畅通，遇到重大突发事件立即向县教育局报告。
附件：致家长的一封信
石城县教育局
2026年1月12日
抄送：县人民政府办公室，县公安局，县应急管理局。
""",
    ),
    dict(
        slug="school-qinglin-moral-summary-doc-wrapped",
        site="青林中学 (invented, on an education portal)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qlzx.example.cn/Article/ShowArticle.asp?ArticleID=3328",
        title="青林中学2024—2025学年度德育工作总结",
        record_title="青林中学2024—2025学年度德育工作总结.doc",
        date="2025-07-06",
        notes="a file-name title; an old ASP school site; the Word text hard-wrapped at 56 and cut by ⸨n⸩ markers; a list of class honours that belongs to the text; Chinese-numeral 成文日期; an 'article enter by' line and a 'close window' action at the bottom",
        wrap=56,
        indent="\u3000\u3000",
        pages=dict(fmt="⸨{n}⸩", every=120, start=2),
        page="""
!m 青林中学 → 德育天地 → 德育工作
!t 青林中学2024—2025学年度德育工作总结.doc
{BODY}
!m 文章录入：政教处　责任编辑：admin　更新时间：2025-7-8
!a 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】
""",
        body="""
本学年，我校德育工作坚持立德树人根本任务，以养成教育为基础，以主题活动为载体，学生文明素养和综合素质不断提升。
一、抓实养成教育。开展“文明礼仪月”活动，制定《青林中学学生一日常规》，每周评选文明班级，学生违纪率较上学年下降百分之三十。
二、丰富主题活动。组织开展升旗仪式国旗下讲话、“红五月”合唱比赛、十四岁集体生日等活动二十余场。
三、加强心理健康教育。心理辅导室全年开放，开展团体心理辅导十二次，个别辅导一百余人次。
本学年获得表彰的班级如下：
县级先进班集体：八年级（3）班、九年级（1）班
县级文明班级：七年级（5）班
四、存在的不足。家校沟通渠道还不够畅通，个别班主任工作方法比较单一，下学年将重点加以改进。
青林中学政教处
二〇二五年七月六日
""",
    ),
    dict(
        slug="elearning-xuetang-lecture-notes-html",
        site="学堂云课 (invented e-learning course page)",
        style="培训机构",
        genre="说明",
        kind="other",
        form="html",
        source="https://www.xuetangyunke.example.com/course/gwxz101/lesson/3",
        title="请示与报告的区别",
        record_title="第3讲｜请示与报告的区别 - 公文写作实务（第5期）- 学堂云课",
        date=None,
        notes="an e-learning course page (HTML): decorated record title; a course header with enrolment count and rating, a lesson list in the sidebar (chapters with durations), a video player's labels, 'mark as complete' and 'next lesson' actions, a discussion box; the lecture notes' comparison table and example titles stay; no date",
        page="""
<html><head><meta charset="utf-8"><title>第3讲｜请示与报告的区别 - 公文写作实务（第5期）- 学堂云课</title></head><body>
<div class="course">⟦m 公文写作实务（第5期）　主讲：滕老师　已有 12,406 人学习　评分 4.8⟧</div>
<aside><p>⟦l 课程目录⟧</p><ul>
<li>⟦l 第1讲 公文的种类与格式 18:20⟧</li><li>⟦l 第2讲 通知的写法 22:05⟧</li><li>⟦l ▶ 第3讲 请示与报告的区别 19:47⟧</li><li>⟦l 第4讲 函的写法 16:33⟧</li></ul></aside>
<div class="player">⟦a ▶ 播放　倍速 1.0x　清晰度 高清　全屏⟧</div>
<div class="notes">
<h2>{T}</h2>
<p>⟦m 本讲讲义⟧</p>
{BODY}
</div>
<div class="done">⟦a ✓ 标记为已学完⟧　⟦l 下一讲：函的写法 ›⟧</div>
<div class="discuss"><p>⟦l 讨论区（58）⟧</p><p>⟦l 学员_4471：例题讲得很清楚，谢谢老师⟧</p></div>
</body></html>
""",
        body="""
请示和报告都是上行文，但二者的用途不同，实际工作中常被混用，这是公文写作中最常见的错误之一。
请示用于向上级机关请求指示、批准，报告用于向上级机关汇报工作、反映情况、回复询问。二者的主要区别如下：
比较项目　请示　报告
行文目的　请求指示或批准　汇报工作、反映情况
行文时间　事前行文　事后或事中行文
事项要求　一文一事　可一文多事
结尾用语　妥否，请批示　特此报告
是否需要批复　需要上级批复　一般不需要批复
例如，“关于申请追加办公经费的请示”是正确的；“关于申请追加办公经费的报告”就是错误的，因为报告中不得夹带请示事项。
课后请完成练习：将一篇“请示报告”改写为规范的请示。
""",
    ),
    dict(
        slug="training-anxun-fire-course-brochure",
        site="安讯职业培训学校 (invented)",
        style="培训机构",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.anxunpx.example.com/zsjz/2026/0110.html",
        title="2026年春季消防设施操作员培训招生简章",
        record_title="2026年春季消防设施操作员培训招生简章",
        date="2026-01-10",
        notes="a training school: a free-trial-lesson pop-up line, consultation prompts (contact) at the top, between paragraphs and at the bottom; the brochure's own fee table, registration phone and address stay; student testimonials (list), a 'limited places' action glued to a line; the brochure's date is the date",
        page="""
!a 🎁 免费试听一节课，立即领取 >>
!w 咨询老师：13907 311 552（微信同号）
!m 安讯职业培训学校 > 招生简章
{T}
{BODY}
!l 学员说：
!l “老师讲得细，实操课多，一次就过了。”——2025年秋季班 小熊
!l “周末班很适合上班族。”——2025年夏季班 卢先生
!w 报名咨询：在线客服 ｜ 电话咨询 ｜ 预约到校
!d 本校保留对本简章的最终解释权
""",
        body="""
为满足社会消防安全管理人才需求，经人力资源和社会保障部门备案，我校2026年春季消防设施操作员（四级/中级工）培训班现面向社会招生。
一、招生对象
年满18周岁，具有高中或中专以上学历，或具有相关工作经历的人员。
二、培训内容
消防基础知识、消防设施监控操作、消防设施检测维修保养，理论课与实操课各占一半。⟦a 名额有限，报满即止！⟧
⟦w 想了解补贴政策？加微信 anxun_px 领取资料⟧
三、培训时间与费用
班次　上课时间　学制　学费（元）
周末班　每周六、周日　两个月　2680
全日制班　周一至周五　一个月　2480
符合条件的学员考取证书后，可按规定申请职业技能提升补贴。
四、报名方式
报名电话：0731-8821 6605；报名地址：长宁市雨花区劳动路66号安讯大厦三楼。报名时请携带身份证、学历证书复印件及一寸照片两张。
安讯职业培训学校
2026年1月10日
""",
    ),
    dict(
        slug="oa-baihe-farm-spring-notice-receipt",
        site="白鹤滩农场协同办公平台 (invented intranet)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.baihetan-farm.example.com/seeyon/collaboration.do?id=-71220",
        title="关于做好2026年春耕备耕工作的通知",
        record_title="关于做好2026年春耕备耕工作的通知",
        date="2026-02-20",
        notes="a state farm's OA page: the document number neutral, a receipt/sign action row, a 流程 trail (meta) at the bottom, an 'attachments' box listing a file (list), a 'read by' counter; the notice's own 附件 line and 抄送/印发 lines stay; Chinese-numeral 成文日期",
        page="""
!m 白鹤滩农场协同办公平台 ▸ 公文管理 ▸ 收文
!a 【签收】【阅读回执】【转发】【打印】
{T}
白场发〔2026〕5号
{BODY}
!l 附件（1）：春耕备耕工作任务分解表.xlsx　[预览]　[下载]
!m 流程：办公室 拟稿(冯秀云) → 分管场长 审核(任海) → 场长 签发(郑国栋) → 办公室 分发
!m 已阅 41 人 / 未阅 6 人
""",
        body="""
各管理区、场直各单位：
春耕备耕即将全面展开，为确保全年粮食生产目标任务顺利完成，现就做好2026年春耕备耕工作通知如下。
一、落实种植计划。全场今年计划种植水稻三万二千亩、玉米一万一千亩，各管理区要将种植计划落实到承包职工户和具体地块。
二、备足农资物资。场物资供应科要于3月10日前将种子、化肥、农药调运到位；各管理区要组织农机具检修，确保机具完好率达到百分之九十五以上。
三、抓好技术服务。农业技术推广站要组织技术人员分片包干，开展育秧、施肥、病虫害防治等技术指导。
四、强化安全生产。春耕期间要加强农机作业安全管理，严禁无证驾驶和违规载人。
附件：春耕备耕工作任务分解表
白鹤滩国营农场
二〇二六年二月二十日
抄送：农垦集团公司农业部。
白鹤滩国营农场办公室　2026年2月20日印发
""",
    ),
    dict(
        slug="oa-luyang-sbzx-duty-report-approval-glued",
        site="庐阳区社会保险事业中心内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://10.21.8.5/oa/doc/view?docid=20260115-0093",
        title="待遇审核科科长2025年度述职报告",
        record_title=None,
        date="2026-01-15",
        notes="no record title; an intranet export: an 'internal only' banner, an approval trail and comments (meta) at the bottom, a 'watermark' line with the viewer's name and id, a 'this page was exported' notice; a 'mark' action glued after a 。 in the text; the signature date is the date",
        page="""
!d 内部资料　注意保密　严禁外传
!m 庐阳社保内网 ＞ 述职述廉 ＞ 2025年度
{T}
{BODY}
!m 审批意见：分管主任 刘玉春 2026-01-16 同意，提交班子会议测评。
!m 水印：查看人 张一凡（工号 0417）
!d 本页面由内网系统导出，导出时间 2026-01-20 14:02
""",
        body="""
2025年，我担任区社会保险事业中心待遇审核科科长，在中心班子的领导下，带领全科同志认真履行待遇审核职责，现将一年来的工作情况报告如下。
一、履职情况。全年审核养老保险待遇核定一万零二百件、工伤保险待遇一千三百件，审核准确率达到百分之九十九点八，未发生一起因审核失误造成的基金损失。⟦a ★标记此段⟧
二、风险防控。严格执行“三岗分离”制度，配合开展基金审计整改，牵头梳理待遇审核风险点二十三个，逐一制定防控措施。
三、服务改进。推行退休“一件事”联办，将退休手续办理时限由十五个工作日压缩到五个工作日。
四、廉洁自律。严格遵守各项纪律规定，从未利用职务之便为自己或亲友谋取私利。
不足之处是对新政策的研究还不够深入，科室人员业务培训还需加强。新的一年，我将继续努力，把待遇审核工作做得更好。
述职人：谢晓峰
2026年1月15日
""",
    ),
]
