"""holdout100, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (two each).
Invented: a mahogany-furniture and a fur-farming association, a sign maker and a
sealant maker, a gymnastics-coach and an arborist school, writing apps, exam forums."""

CASES = [
    dict(
        slug="assoc-hongmu-integrity-pledge-html",
        site="蘅阳市红木家具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.hyhmxh.example.org.cn/xhdt/2025/0312/90.html",
        title="红木家具行业诚信经营倡议书",
        record_title="【协会倡议】红木家具行业诚信经营倡议书_蘅阳市红木家具行业协会",
        date="2025-03-12",
        notes="association page: member login row, join button, a sidebar of member notices, footer with 社会团体登记证号; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】红木家具行业诚信经营倡议书_蘅阳市红木家具行业协会</title></head>
<body>
<div class="top">⟦a 会员单位登录⟧ ⟦a 申请入会⟧</div>
<div class="logo">⟦m 蘅阳市红木家具行业协会⟧</div>
<nav>⟦m 协会简介 | 协会动态 | 行业标准 | 会员风采 | 鉴定服务⟧</nav>
<h1>{T}</h1>
<div class="meta">⟦m 发布：协会秘书处　时间：2025-03-12　阅读：452⟧</div>
{BODY}
<aside><h4>⟦l 会员通知⟧</h4><p>⟦l 关于缴纳2025年度会费的通知⟧</p><p>⟦l 春季家具博览会参展报名⟧</p></aside>
<footer>⟦m 社会团体登记证号：蘅民社字第0213号　秘书处电话：0734-8120566⟧</footer>
</body></html>
""",
        body="""
全市红木家具生产、销售企业：
红木家具承载着传统工艺和文化，诚信是这个行业的立身之本。值此“3·15”国际消费者权益日来临之际，协会向全体会员单位发出如下倡议：
一、如实标注树种。产品标签和销售合同须标明主要用材的树种名称，不以“红木”“名贵硬木”等模糊名称代替。
二、不虚假宣传。不夸大收藏价值和升值空间，不以“老料”“大料”等说法误导消费者。
三、做好售后服务。对质量问题实行先行赔付，对开裂变形等问题免费上门维修。
四、接受社会监督。自觉接受消费者、媒体和协会的监督，对违反倡议的会员单位，协会将予以通报。
蘅阳市红木家具行业协会
2025年3月12日
""",
    ),
    dict(
        slug="assoc-fur-animal-council-minutes-text",
        site="楮山县毛皮动物养殖协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.csmpxh.example.cn/news/show-118.html",
        title="县毛皮动物养殖协会二届四次理事会会议纪要",
        record_title="县毛皮动物养殖协会二届四次理事会会议纪要",
        record_date="2025-12-06",
        date="2025-12-06",
        notes="association text page with record date: minutes' 时间/地点/主持/出席/记录 lines and a vote count kept; 协会动态 breadcrumbs; footer",
        page="""
!m 楮山县毛皮动物养殖协会 | 协会动态
{T}
!m 2025-12-06　秘书处
{BODY}
!l 返回列表
!m 协会地址：楮山县牧业大厦5楼　联系电话：0311-87730091
""",
        body="""
时间：2025年12月6日上午9:00
地点：协会会议室
主持：会长 孟庆丰
出席：理事19人（应到21人）
记录：秘书长 白雪
会议审议通过了以下事项：
一、2025年协会工作报告和财务收支情况报告。
二、关于开展养殖场生物安全等级评定的实施办法，表决结果：同意18票，反对0票，弃权1票。
三、吸收楮山鑫源狐貉养殖专业合作社等三家单位为协会会员。
会议要求，各理事单位要带头落实冬季防疫措施，做好春节前毛皮销售的市场信息共享。
""",
    ),
    dict(
        slug="company-biaoshi-doorplate-news-html",
        site="蘅阳市标识制作有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hybiaoshi.example.com/news/gsxw/2025-10-30.html",
        title="公司完成南衡区城区门牌安装项目",
        record_title="公司新闻｜公司完成南衡区城区门牌安装项目",
        date="2025-10-30",
        notes="company site: hotline banner, product menu, online-quote box, a 'scan to follow' code; a sentence of the news about scanning the new plates kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司新闻｜公司完成南衡区城区门牌安装项目</title></head>
<body>
<div class="hd">⟦m 蘅阳标识 · 专注导视标识二十年⟧ ⟦m 全国服务热线：400-800-3156⟧</div>
<nav>⟦m 首页 关于我们 产品中心 工程案例 新闻中心 联系我们⟧</nav>
<div class="pos">⟦m 新闻中心 &gt; 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-10-30　浏览次数：137⟧</div>
{BODY}
<div class="quote">⟦w 获取报价：留下您的电话，客户经理24小时内联系您⟧</div>
<div class="qr">⟦a 扫码关注蘅阳标识⟧</div>
<footer>⟦d 版权所有 © 蘅阳市标识制作有限公司⟧ ⟦m 湘ICP备19002208号⟧</footer>
</body></html>
""",
        body="""
10月下旬，公司承建的南衡区城区门牌制作安装项目全部完工，并通过区民政局组织的验收。
项目共安装铝合金反光门牌二万三千余块、楼栋牌一千六百余块，覆盖三个街道的一百二十条道路和八十六个住宅小区。
新门牌采用统一的蓝底白字样式，夜间反光效果明显。每块门牌都印有二维码，居民扫码即可查看标准地址。
项目实施期间，公司组建了十二个安装小组，坚持“装一块、核一块”，确保门牌号码与地名数据库一致。
""",
    ),
    dict(
        slug="company-yahu-sealant-recall-text",
        site="雅护齿科材料有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yahudental.example.cn/gonggao/2025-02.html",
        title="关于主动召回部分批次窝沟封闭剂的公告",
        record_title="关于主动召回部分批次窝沟封闭剂的公告",
        date="2025-02-17",
        notes="company text page: the firm's own customer-service line and batch table kept; a sales hotline and distributor-recruitment prompt of the site",
        page="""
!m 雅护齿科 | 让每一颗牙齿被温柔守护
!m 首页 / 新闻资讯 / 公司公告
{T}
!m 发布日期：2025-02-17
{BODY}
!w 诚招各地区经销商，招商热线：0512-65801100
!d Copyright 2025 雅护齿科材料有限公司 All Rights Reserved
""",
        body="""
我公司在质量回顾中发现，部分批次光固化窝沟封闭剂的固化时间略长于说明书标示范围，虽不影响产品安全性，但可能影响临床操作效率。为对用户负责，我公司决定主动召回以下批次产品：
产品名称　规格　批号
光固化窝沟封闭剂　2g/支　YH240915
光固化窝沟封闭剂　2g/支　YH240928
请使用上述批次产品的医疗机构暂停使用，并与经销商或我公司联系退换。由此带来的不便，我们深表歉意。
召回联系电话：0512-65801135（客户服务部）
雅护齿科材料有限公司
2025年2月17日
""",
    ),
    dict(
        slug="training-feiyue-gym-coach-course-html",
        site="飞跃体育培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.feiyuesport.example.com/zs/2025-tcjl.html",
        title="2025年少儿体操教练员岗位培训班招生简章",
        record_title="【2025秋季班】2025年少儿体操教练员岗位培训班招生简章",
        date="2025-08-28",
        notes="training school: price tag, trial form, testimonial and a consultant's WeChat beside the school's own 教务处 line; a course table kept",
        page="""
<html><head><meta charset="utf-8"><title>【2025秋季班】2025年少儿体操教练员岗位培训班招生简章</title></head>
<body>
<div class="bar">⟦m 飞跃体育培训学校⟧ ⟦m 让运动更专业⟧ ⟦w 课程顾问微信：feiyue_zs01⟧</div>
<nav>⟦m 首页 课程体系 师资力量 学员风采 报名咨询⟧</nav>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-08-28⟧</div>
<div class="price">⟦a 早鸟价 ¥3680　立即抢位⟧</div>
{BODY}
<div class="form">⟦a 预约试听：姓名 手机号 提交⟧</div>
<div class="say">⟦l 学员说：“课程很实用，拿证后顺利进了俱乐部”——2024届 小许⟧</div>
<footer>⟦m 校址：椋川市体育中心东门　©飞跃体育⟧</footer>
</body></html>
""",
        body="""
为满足少儿体操俱乐部和中小学对专业教练员的需求，我校开设少儿体操教练员岗位培训班，现面向社会招生。
一、招生对象：体育院校在校生、体育教师及有体操基础的社会人员，年龄18至40周岁。
二、课程安排：
模块　课时　主要内容
基础理论　24　儿童运动生理、训练学基础
技术教学　48　技巧、跳跃、平衡木基本动作教学
保护帮助　16　保护与帮助方法、运动损伤预防
三、学习期满考核合格者，颁发结业证书，可推荐参加体操项目社会体育指导员等级认证。
报名咨询：教务处 0736-4512288
""",
    ),
    dict(
        slug="training-shuyi-arborist-class-text",
        site="树艺人职业技能培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shuyiren.example.cn/kc/ptsxl.html",
        title="树木修剪与高空作业安全培训开班通知",
        record_title="树木修剪与高空作业安全培训开班通知-树艺人培训",
        date="2025-03-03",
        notes="training text page: a countdown and 'seats left' prompt, a testimonial, the centre's 报名电话 beside a consultant hotline; numbered list kept",
        page="""
!m 树艺人职业技能培训中心　|　园林绿化技能培训专家
!a 距开班还有 7 天　剩余名额 9 个　马上报名
{T}
!m 2025-03-03　教务部
{BODY}
!w 课程顾问 24 小时在线：188 0733 5561
!l 往期学员评价：老师现场示范很到位，安全绳系法一学就会
""",
        body="""
各位学员：
2025年春季树木修剪与高空作业安全培训班定于3月10日开班，现将有关事项通知如下：
1. 培训时间：3月10日至3月14日，共5天。
2. 培训地点：中心实训基地（篁城县林苑路66号）。
3. 培训内容：树木修剪原理、行道树修剪技术、登高作业安全、油锯和绳索使用。
4. 学员须自带身份证复印件2份、一寸照片2张，穿运动鞋和长袖工作服。
5. 实训期间须服从教练指挥，严禁私自登高。
报名电话：0733-2256014
树艺人职业技能培训中心
2025年3月3日
""",
    ),
    dict(
        slug="app-bixie-squirrel-park-summary-text",
        site="笔写范文APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bixieapp.example.com/a/7Hd92kQ",
        title="公园管理处2025年野生动物友好型管理工作总结",
        record_title="公园管理处2025年野生动物友好型管理工作总结｜笔写APP",
        date="2025-12-20",
        notes="writing-app share page: sticky open-app bar, 'rest hidden' mask between paragraphs, AI-rewrite button, a relative time stamp; date under the signature",
        page="""
!a 打开笔写APP，阅读体验更佳
!t 公园管理处2025年野生动物友好型管理工作总结｜笔写APP
!m 笔写用户 @公文小能手　6天前　1.2万人看过
{BODY}
!a AI一键改写　　生成同类范文
!l 相关推荐：景区生态保护工作总结｜城市公园管理年度总结
""",
        body="""
2025年，我处以建设野生动物友好型公园为目标，在保护松鼠等小型野生动物方面做了一些探索。
一是开展“不投喂”宣传。在松林区设置宣传牌十二块，组织志愿者劝导二百余场次，投喂行为明显减少。
⟦a 展开剩余70%，下载APP免费看全文⟧
二是改善栖息环境。保留林下枯枝落叶层，新增松果补给箱二十个，悬挂人工巢箱四十个。
三是加强监测。在园内布设红外相机八台，记录松鼠种群数量和活动规律，为科学管理提供依据。
明年，我们将与高校合作开展松鼠种群调查，编制公园野生动物保护手册。
松林公园管理处
2025年12月20日
""",
    ),
    dict(
        slug="app-wenmiao-elephant-village-speech-text",
        site="文妙APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.wenmiao.example.cn/share/doc/55816",
        title="在全乡人象冲突防范工作会议上的讲话",
        record_title=None,
        date="2025-03-26",
        notes="writing app share without record title: title on the page, speaker and a Chinese-numeral date under it (neutral), member-unlock line inside the body, copy-limited notice",
        page="""
!a 下载文妙APP　领取7天会员
!m 文妙 · 讲话稿 · 乡镇工作
{T}
勐蚌乡党委书记　岩罕
（二〇二五年三月二十六日）
{BODY}
!d 本文由用户投稿，文妙仅提供展示服务，复制超过200字需开通会员
!a 收藏　分享　举报
""",
        body="""
同志们：
今天召开全乡人象冲突防范工作会议，主要任务是总结去年工作，部署今年旱季和雨季的防范措施。
去年，全乡象群活动天数超过二百天，我们实现了人员零伤亡，这是全乡干部群众共同努力的结果。
⟦a 会员专享内容，开通后查看剩余2000字⟧
今年，各村要做到“三个到位”：监测预警到位，确保象群动向第一时间掌握；宣传教育到位，让群众知道遇到大象怎么办；保险理赔到位，让受损群众尽快得到补偿。
同志们，人象和谐是我们的共同目标，希望大家守土尽责，确保全乡平安。
""",
    ),
    dict(
        slug="gkforum-shenlun-street-tree-essay-html",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="article",
        form="html",
        source="https://bbs.shangan-gk.example.com/thread-661024-1-1.html",
        title="让每一棵行道树都有尊严",
        record_title="[申论范文] 让每一棵行道树都有尊严（附阅卷老师点评）- 申论交流 - 上岸公考论坛",
        date="2025-09-07",
        notes="exam forum with jammer fonts: the post's 发表于 is the date; a teacher's note and a course ad inside the post; reply box",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 让每一棵行道树都有尊严（附阅卷老师点评）- 申论交流 - 上岸公考论坛</title><style>.jammer{font-size:0}</style></head>
<body>
<div id="hd">⟦m 上岸公考论坛⟧ ⟦a 登录 注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 申论交流 › 范文赏析⟧</div>
<h1>⟦t [申论范文] 让每一棵行道树都有尊严（附阅卷老师点评）⟧</h1>
<div class="pi">⟦m 楼主：申论陈老师　发表于 2025-9-7 20:15⟧</div>
<div class="t_f">
<p>{T}</p>
{BODY}
<p>⟦l 【阅卷老师点评】立意准确，论证层次清楚，结尾可再升华。⟧</p>
</div>
<div class="ad">⟦a 2026国考申论冲刺班火热报名中，点击了解⟧</div>
<div class="reply">⟦l 回复 | 评分 | 收藏⟧</div>
<div id="ft">⟦m Discuz! X3.5 © 上岸公考⟧</div>
</body></html>
""",
        body="""
城市的街道两旁，行道树默默站了几十年，为行人遮阴，为城市降温。然而，在一些地方，它们却常常被“砍头”、被“截肢”，甚至因为道路改造被整排移走。
尊重行道树，首先要尊重自然规律。修剪不是越狠越好，而要根据树种特点适度进行，让树冠保持自然形态。
尊重行道树，还要尊重市民的感情。一棵老树往往承载着几代人的记忆，道路改造前应当充分听取群众意见，能保则保。
尊重行道树，更要有制度保障。建立行道树档案，明确养护责任，把“一棵树的尊严”落实到每一次规划和施工之中。
城市因树而美，树也因城市的善待而长青。
""",
    ),
    dict(
        slug="gkforum-interview-plague-station-text",
        site="考编人社区 (invented)",
        style="公考论坛",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.kaobianren.example.net/t/20250412-8812.html",
        title="如果你被分配到偏远的鼠疫监测站工作，你会怎么做？",
        record_title="[面试真题] 如果你被分配到偏远的鼠疫监测站工作，你会怎么做？（附答题思路）",
        date=None,
        notes="exam forum text page: a question as the title, a model answer; 昨天 and 发表于 a relative time: no date; a VIP-answer prompt and junk line",
        junk=dict(lines=1, glued=0),
        page="""
!m 考编人社区 » 结构化面试 » 真题讨论
!t [面试真题] 如果你被分配到偏远的鼠疫监测站工作，你会怎么做？（附答题思路）
!m 楼主 面试官老杨　发表于 昨天 21:40　查看 3021
{BODY}
!a 查看更多高分答案请开通面试VIP
!l 相关帖子：基层岗位艰苦怎么答？｜疾控岗面试真题汇总
""",
        body="""
【参考答案】
首先，我会端正态度。鼠疫监测站虽然偏远，但守护的是群众的生命健康，能到这样的岗位工作，是组织对我的信任。
其次，我会尽快熟悉业务。虚心向老队员请教捕获、采样、检测的操作规范，学习疫源地的地理和动物分布情况。
再次，我会克服生活上的困难。主动适应野外工作环境，保持良好的身体状态，做到安心、专心。
最后，我会把工作做细做实。认真记录每一份监测数据，发现异常及时报告，以实际行动守住防线。
""",
    ),
]
