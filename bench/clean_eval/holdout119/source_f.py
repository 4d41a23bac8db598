"""holdout119, part F: artistic swimming (花样游泳) squads, schools and clubs. Invented text."""

CASES = [
    dict(
        slug="hospital-bohai-artistic-swim-ear-care-text",
        site="渤湾市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="text",
        source="https://www.bwey.com.cn/jkkp/2025/0716-902.html",
        title="花样游泳小队员频繁“耳朵进水”？耳鼻喉科医生来支招",
        record_title="花样游泳小队员频繁“耳朵进水”？耳鼻喉科医生来支招_健康科普_渤湾市第二人民医院",
        date="2025-07-16",
        record_date="2025-07-16",
        notes="hospital text page; appointment hotline chrome vs department's own 咨询电话; numbered tips",
        page="""
!m 渤湾市第二人民医院　医者仁心　精诚至善
!w 预约挂号请拨打 0543-96128 或关注“渤湾二院”服务号
!m 首页 ｜ 健康科普
!t 花样游泳小队员频繁“耳朵进水”？耳鼻喉科医生来支招_健康科普_渤湾市第二人民医院
{T}
!m 撰稿：耳鼻咽喉头颈外科　时间：2025-07-16　浏览：654
{BODY}
!a 【收藏】【打印】【返回顶部】
!l 相关科普：游泳后眼睛红怎么办？
!d 科普文章不能替代面诊，如有不适请及时就医。
""",
        body="""
暑期是花样游泳训练的高峰期。近期，我院耳鼻咽喉头颈外科接诊了多名花样游泳小队员，主诉耳痛、耳闷、听力下降，其中不少被诊断为外耳道炎。
花样游泳需要运动员长时间在水中完成倒立、旋转等动作，耳道进水的机会比普通游泳多得多。耳道长期潮湿，加上用手指或棉签掏耳，很容易引起感染。
医生建议：
1. 训练时佩戴贴合的硅胶耳塞，并用泳帽压住。
2. 出水后侧头单脚跳，让水自然流出，再用吹风机低温档在距耳朵30厘米处吹干。
3. 不要用棉签深掏，更不要用发夹、火柴棍掏耳。
4. 出现耳痛、流脓等症状时，应暂停下水并及时就医。
咨询电话：0543-8821614（耳鼻咽喉头颈外科门诊）。
""",
    ),
    dict(
        slug="university-haiqu-artistic-swim-elective-text",
        site="海渠大学体育部 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tyb.hqu-edu.cn/tzgg/2025/0226/c1207a88013/page.htm",
        title="关于2025年春季学期开设花样游泳公共体育选修课的通知",
        record_title="关于2025年春季学期开设花样游泳公共体育选修课的通知-海渠大学体育部",
        date="2025-02-26",
        notes="university text page; schedule table; the course's own e-mail; 打印 as content",
        page="""
!m 海渠大学体育部　Department of Physical Education
!m 首页　部门概况　教学工作　群体竞赛　场馆服务　通知公告
!m 当前位置：首页 > 通知公告
{T}
!m 发布者：教学科　发布时间：2025-02-26　浏览次数：2017
{BODY}
!l 【相关附件】花样游泳选修课教学大纲.pdf
!m 版权所有：海渠大学体育部　地址：海渠市大学城东路1号
""",
        body="""
各学院、全体本科生：
为丰富公共体育课程内容，体育部将于2025年春季学期首次开设花样游泳选修课。现将有关事项通知如下：
一、选课对象：已通过游泳测试（能连续游100米）的2023级、2024级本科生。
二、课程安排
班级　上课时间　地点　限选人数
花游1班　周二第7—8节　游泳馆深水区　24
花游2班　周四第3—4节　游泳馆深水区　24
三、选课方式：3月3日至3月7日登录教务系统选课，选课成功的同学请打印选课确认单，第一次上课时交任课教师。
四、课程内容包括基本划水技术、水中倒立、托举配合和集体项目编排，期末以小组成套动作展示作为考核。
课程咨询：体育部教学科，邮箱tyb_jx@hqu-edu.cn。
海渠大学体育部
2025年2月26日
""",
    ),
    dict(
        slug="pta-sheyang-artistic-swim-referee-exam-html",
        site="畲阳省人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.syrsks.org.cn/ksxx/2025/05/21/3341.html",
        title="畲阳省体育局直属事业单位2025年招聘花样游泳教练员面试公告",
        record_title="【考务公告】畲阳省体育局直属事业单位2025年招聘花样游泳教练员面试公告",
        date="2025-05-21",
        notes="personnel-exam site: floating consult box, exam hotline chrome vs the committee's own 咨询电话; candidates table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>畲阳省体育局直属事业单位2025年招聘花样游泳教练员面试公告_畲阳省人事考试网</title></head><body>
<div class="banner">⟦m 畲阳省人事考试网　公平 公正 公开⟧</div>
<div class="menu">⟦m 首页 考试动态 报名入口 成绩查询 证书办理 政策法规⟧</div>
<div class="loc">⟦m 您所在的位置：首页 &gt; 考试动态 &gt; 事业单位⟧</div>
<h1>⟦t 【考务公告】畲阳省体育局直属事业单位2025年招聘花样游泳教练员面试公告⟧</h1>
<div class="meta">⟦m 发布时间：2025-05-21 15:30　来源：省体育局人事处⟧ ⟦a 【大】【中】【小】⟧</div>
<div class="content">
{BODY}
</div>
<div class="float">⟦w 在线客服：考试报名系统技术咨询 0591-8761 2233⟧</div>
<div class="footer">⟦m 畲阳省人事考试中心主办⟧ ⟦m 闽ICP备07011224号⟧</div>
</body></html>
""",
        body="""
根据招聘公告，现将畲阳省体育局直属事业单位2025年公开招聘花样游泳教练员面试有关事项公告如下：
一、进入面试人员名单
岗位代码　姓名　准考证号
A0301　林婉清　251030107
A0301　蔡思雨　251030112
A0301　詹可欣　251030120
二、面试时间：2025年6月7日上午8:00报到。
三、面试地点：省游泳跳水训练中心二楼会议室。
四、面试采取专项技能展示和结构化面试相结合的方式，专项技能展示包括陆上动作示范和水中技术讲解。
五、考生请于6月3日起登录本网站打印面试通知书，携带本人身份证按时参加面试。
咨询电话：0591-8370465（省体育局人事处）。
畲阳省体育局
2025年5月21日
""",
    ),
    dict(
        slug="edu-shuiyun-artistic-swim-school-program-text",
        site="水云区教育局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jyj.shuiyun.gov.cn/jydt/202509/t20250910_61822.html",
        title="水云区花样游泳进校园试点工作方案",
        record_title="水云区花样游泳进校园试点工作方案 - 水云教育网",
        date="2025-09-10",
        notes="education portal text page; 文号 neutral; pilot schools table; 抄送/印发 版记 kept",
        page="""
!m 水云教育网　www.shuiyun-edu.cn
!m 首页 >> 教育动态 >> 文件通知
{T}
水教体〔2025〕33号
!m 【发布时间：2025-09-10】【来源：体卫艺科】【访问次数：1460】
{BODY}
!a 分享到：微信　QQ　微博
!l 上一篇：关于做好秋季学期学生体质健康监测的通知
!m 水云区教育局主办　联系电话：0591-8812 0001
""",
        indent="\u3000\u3000",
        body="""
为推进体教融合，丰富学校体育项目，培养花样游泳后备人才，区教育局决定在部分学校开展花样游泳进校园试点工作。方案如下。
一、试点学校
学校　年级　人数
水云实验小学　三至五年级　40
滨江小学　三至四年级　30
水云第二中学　初一至初二　24
二、工作措施
（一）课程设置。试点学校每周安排两次花样游泳课，利用课后服务时间在区游泳馆进行。
（二）师资保障。区体育运动学校选派专业教练员到校任教，学校体育教师担任助教。
（三）安全管理。每次课程配备不少于2名救生员，学生须参加游泳能力测试并签订家长知情同意书。
三、工作要求
各试点学校要高度重视，确定一名分管校领导负责，于9月20日前报送学生名单。
水云区教育局
2025年9月10日
抄送：区体育局，区游泳馆。
水云区教育局办公室　2025年9月10日印发
""",
    ),
    dict(
        slug="dangjian-botao-artistic-swim-team-speech-html",
        site="波涛省体育局机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.botao-sport.gov.cn/llxx/2025/0415/1028.html",
        title="在花样游泳队“青年文明号”创建动员会上的讲话",
        record_title="在花样游泳队“青年文明号”创建动员会上的讲话_理论学习_波涛省体育局机关党建网",
        date="2025-04-15",
        notes="Party-building page; speaker line and date under the title neutral; study-platform link glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在花样游泳队“青年文明号”创建动员会上的讲话_理论学习_波涛省体育局机关党建网</title></head><body>
<div class="dj-top">⟦m 波涛省体育局机关党建网⟧ <span>⟦m 不忘初心　牢记使命⟧</span></div>
<div class="dj-nav">⟦m 首页 | 党建要闻 | 理论学习 | 支部建设 | 党风廉政 | 群团工作⟧</div>
<div class="dj-pos">⟦m 当前位置：首页 / 理论学习⟧</div>
<h2>{T}</h2>
<p class="speaker">省游泳运动管理中心党委副书记　韩冬梅</p>
<p class="date">（2025年4月15日）</p>
<div class="txt">
{BODY}
</div>
<div class="dj-foot">⟦m 波涛省体育局机关党委　主办⟧ ⟦d 未经许可，不得转载⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们召开花样游泳队创建“青年文明号”动员会。花样游泳队是一支年轻的队伍，平均年龄不到20岁，团员青年占到九成以上，创建“青年文明号”很有条件，也很有意义。
花样游泳讲究整齐划一，八个人在水下看不见彼此，靠的是千百次的默契配合。这就是团队精神，也是我们创建工作的底色。
希望大家做到“三个一”：一是树立一个目标，在全运会上争取集体项目奖牌；二是建立一套制度，把训练管理、作风纪律、文明服务落到实处；三是开展一批活动，走进中小学开展花样游泳展示和防溺水宣传。
让我们以创建为契机，锻造一支政治过硬、作风优良、技术精湛的队伍！⟦l 点击进入“学习强体”专题⟧
""",
    ),
    dict(
        slug="intranet-anlan-artistic-swim-pool-minutes-text",
        site="安澜体育产业集团OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.anlan-sport.local/meeting/minutes/2025-088",
        title="关于游泳馆花样游泳训练时段安排的专题会议纪要",
        record_title="关于游泳馆花样游泳训练时段安排的专题会议纪要（内部）",
        date="2025-03-12",
        notes="intranet minutes: 时间/地点/主持/参会/记录 lines kept; approval trail and read count chrome",
        page="""
!m 安澜体育产业集团协同办公系统　｜　欢迎您：运营部 马健
!m 公文中心 › 会议纪要 › 查看
!a 下载　打印　转办　归档
{T}
!m 密级：内部　｜　已阅 96 人　｜　未阅 7 人
{BODY}
!m 审批流：运营部起草 → 分管副总审核 → 总经理签批（2025-03-13 已完成）
!d 本系统信息仅限集团内部使用
""",
        body="""
时间：2025年3月12日14:30
地点：集团总部三楼会议室
主持：分管副总经理　施国平
参会：运营部、场馆管理中心、市场部、安全保卫部负责人，市花样游泳队领队
记录：运营部　马健
会议研究了市花样游泳队租用集团游泳馆训练的时段安排问题。纪要如下：
一、同意市花样游泳队每周一、三、五6:30至9:00使用深水区训练，该时段暂停对外开放深水区。
二、场馆管理中心负责调整水温至27℃，并在训练时段增派1名救生员。
三、市场部负责通过公众号向会员发布深水区开放时间调整公告。
四、安全保卫部负责核查花样游泳队人员名单，实行刷卡入场。
""",
    ),
    dict(
        slug="gkforum-mianshi-artistic-swim-interview-html",
        site="公考面试圈 (invented)",
        style="公考论坛",
        genre="答题范例",
        kind="other",
        form="html",
        source="https://www.gkmsq.com/forum/t-77120.html",
        title="面试真题：你单位要举办花样游泳公益体验课，你怎么组织？",
        record_title="[面试素材] 面试真题：你单位要举办花样游泳公益体验课，你怎么组织？（附参考答案）",
        date="2025-06-18",
        notes="exam forum with jammer fonts, reply-to-see prompt and a course ad between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试素材] 面试真题：你单位要举办花样游泳公益体验课，你怎么组织？（附参考答案） - 公考面试圈</title></head><body>
<div class="hd">⟦m 公考面试圈 · 面试人的家⟧ ⟦a 登录 | 注册⟧</div>
<div class="bm">⟦m 首页 › 面试真题 › 组织管理类⟧</div>
<h1>⟦t [面试素材] 面试真题：你单位要举办花样游泳公益体验课，你怎么组织？（附参考答案）⟧</h1>
<div class="au">⟦m 楼主：面试小白兔　发表于 2025-6-18 10:22　浏览 3,908⟧</div>
<div class="tf">
{BODY}
</div>
<div class="lock">⟦a 本帖隐藏内容：回复后可查看考官点评⟧</div>
<div class="ft">⟦m 公考面试圈 Powered by Discuz!⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
题目：为推广全民健身，你单位要在暑期举办花样游泳公益体验课，领导交给你组织，你怎么做？
参考答案：
首先，做好前期准备。与游泳馆协商场地和时段，邀请专业教练员授课，按每名教练带8名学员的比例确定规模；制定安全预案，配足救生员。
⟦a 【限时】面试一对一精讲班，今日报名立减300元⟧
其次，做好宣传报名。通过单位公众号发布报名信息，明确参加者须会游泳、身体健康，未成年人由家长陪同签署安全告知书。
再次，抓好现场组织。课前核对人员、讲解安全事项，课中分组教学，课后收集学员反馈。
最后，做好总结。整理体验课照片和学员意见，形成总结报告，为今后常态化开展提供参考。
""",
    ),
    dict(
        slug="app-gongwenbao-artistic-swim-club-summary-html",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.gongwenbao.cn/share/article/5550192",
        title="青少年花样游泳俱乐部2025年上半年工作总结",
        record_title="青少年花样游泳俱乐部2025年上半年工作总结｜公文宝",
        date="2025-07-04",
        notes="writing-app reading mode: open-in-app banner, member lock inside the body, template button",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>青少年花样游泳俱乐部2025年上半年工作总结｜公文宝</title></head><body>
<div class="app-banner">⟦a 公文宝APP　海量范文一键生成　打开⟧</div>
<div class="read">
<h1>{T}</h1>
<div class="by">⟦m 公文宝精选　阅读 2.3k　收藏 118⟧</div>
{BODY}
</div>
<div class="bottom-bar">⟦a 复制全文　下载Word　套用模板⟧</div>
<div class="rec">⟦l 相关推荐：体育俱乐部年度总结（10篇）｜游泳馆安全工作总结⟧</div>
</body></html>
""",
        body="""
2025年上半年，俱乐部在市体育局和市游泳协会的指导下，围绕普及推广和竞技提高两条主线开展工作，取得了较好成绩。
一、会员规模稳步扩大。上半年新招收学员86名，在训学员达到214名，开设启蒙班、提高班和竞赛班三个层次。
⟦a 开通会员，解锁全文及同类范文500篇⟧
二、竞赛成绩有所突破。在全省青少年花样游泳锦标赛中获得集体技术自选第二名、双人自由自选第三名。
三、教练队伍持续加强。选派3名教练员参加国家级培训，新聘退役运动员教练1名。
四、存在不足：场地时段紧张，深水区训练时间不足；部分家长对训练强度有顾虑，沟通还需加强。
下半年，俱乐部将重点做好全国比赛备战和秋季招生工作。
星湾青少年花样游泳俱乐部
2025年7月4日
""",
    ),
    dict(
        slug="wenku-bihai-artistic-swim-rules-wrapped-pages",
        site="碧海文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.bihai-wenku.net/view/20250812/3318.html",
        title="花样游泳训练馆安全管理制度",
        record_title="花样游泳训练馆安全管理制度（可编辑）.doc",
        date=None,
        notes="文库 preview hard-wrapped at 64 columns and cut by glued page markers of our own form",
        page="""
!m 碧海文库 - 海量文档免费阅读
!t 花样游泳训练馆安全管理制度（可编辑）.doc
!m 上传人：游泳馆管理员　|　2页　|　890次阅读　|　2025-08-12上传
!a 全文阅读已结束，如需下载请开通会员
{BODY}
!a 下载提示：本文档需8积分，会员免积分下载
!d 文档由用户上传，碧海文库不对内容的真实性负责。
""",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="⟮{n}⟯", every=160, start=2, glue="mix"),
        body="""
第一条　为加强花样游泳训练馆安全管理，保障运动员、教练员和工作人员的人身安全，制定本制度。
第二条　训练期间，深水区须有不少于2名持证救生员在岗，救生员不得擅离岗位或从事与救生无关的事情。
第三条　运动员进行水下憋气和倒立动作训练时，教练员应当在池边全程观察，每组动作时长不得超过训练计划规定的时间。
第四条　训练馆每日开馆前检测池水余氯、pH值和水温，检测结果记入水质检测记录并在入口公示。
第五条　发生溺水、抽筋、外伤等情况，救生员应当立即施救，同时报告值班负责人，必要时拨打120。
第六条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="gov-lujiang-artistic-swim-venue-subsidy-text",
        site="鹭江区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lujiang.gov.cn/zwgk/zfwj/202510/t20251020_77120.html",
        title="鹭江区文化和体育局关于公布2025年花样游泳等水上项目场馆开放补助名单的通知",
        record_title=None,
        date="2025-10-20",
        notes="no record title; subsidy table; attachment list; date in Chinese numerals under the signature",
        page="""
!m 鹭江区人民政府门户网站
!m 首页 > 政务公开 > 政府文件 > 部门文件
!m 【索引号】LJ-WT-2025-0219　【发布机构】区文化和体育局
{T}
鹭文体〔2025〕58号
!m 发布时间：2025-10-20 16:05　阅读次数：788
{BODY}
!a 【我要纠错】　【打印】　【关闭】
!m 鹭江区人民政府办公室主办　政府网站标识码 3502030027
""",
        indent="\u3000\u3000",
        body="""
各有关场馆：
根据《鹭江区公共体育场馆免费低收费开放补助办法》，经场馆申报、现场核查和公示，现将2025年花样游泳等水上项目场馆开放补助名单公布如下：
场馆名称　开放时长（小时）　补助金额（万元）
鹭江区游泳馆　2860　18.5
滨海体育公园游泳馆　2140　12.0
鹭江第一中学游泳馆　1320　6.5
请各场馆按照补助资金使用要求，将补助资金用于场馆维护和公益培训，不得挪作他用。
附件：2025年水上项目场馆开放补助资金使用承诺书
鹭江区文化和体育局
二〇二五年十月二十日
""",
    ),
]
