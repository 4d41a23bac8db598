"""holdout132, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenjia-migraine-clinic-summary-text",
        site="问佳 (invented)",
        style="问答社区",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenjia.example.com/question/5521087.html",
        title="头痛门诊开诊一周年工作总结",
        record_title="求一篇头痛门诊开诊一周年的工作总结，明天交！！ - 问佳",
        date=None,
        notes="a Q&A: the question decorated as the record title; answer with a vote bar; 回答于 with a relative time only (no date); 20××年×月×日 placeholder kept",
        page="""
!m 问佳 — 有问题，上问佳
!m 问佳 > 医疗健康 > 神经内科
!t 求一篇头痛门诊开诊一周年的工作总结，明天交！！
!m 提问者：鹿鸣2019　2天前
!m 最佳回答　采纳率 92%　回答于 2天前
{T}
{BODY}
!l 赞同 58　反对 2　评论 6
!w 需要原创材料？私信答主，量身定制
!l 其他回答（3）
!l 查看更多“神经内科”相关问答
""",
        body="""
××医院神经内科头痛门诊自去年开诊以来，在院领导的关心支持下，已走过一周年，现将一年来的工作总结如下。
一是门诊量稳步增长。一年来共接诊头痛患者四千二百余人次，其中偏头痛患者约占六成，紧张型头痛约占三成。
二是诊疗更加规范。门诊建立了头痛日记制度，指导患者记录发作时间、诱因和用药情况，为调整治疗方案提供依据。
三是健康教育深入开展。举办“认识偏头痛”患者课堂八期，制作科普短视频十二条。
下一步，我们将开展头痛多学科联合门诊，进一步提升诊疗水平。
神经内科头痛门诊
20××年×月×日
""",
    ),
    dict(
        slug="qa-kuaida-lupus-patient-club-plan-html",
        site="快答 (invented)",
        style="问答社区",
        genre="方案",
        kind="plan",
        form="html",
        source="https://kuaida.example.cn/q/90331287",
        title="红斑狼疮病友会2025年度活动方案",
        record_title=None,
        date="2025-02-20",
        notes="Q&A page: no record title, the question asks for it and the answer gives the title on its own line; 回答于 date; vote bar, related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>病友会年度活动方案怎么写？ - 快答</title><script src="/static/app.js"></script></head><body>
<div class="site">⟦m 快答｜知识问答社区⟧ ⟦a 写回答⟧ ⟦a 登录⟧</div>
<div class="q"><h1>⟦m 病友会年度活动方案怎么写？⟧</h1><p>⟦m 我们是医院风湿免疫科的病友会，想写一份年度活动方案，有没有模板？⟧</p></div>
<div class="answer"><div class="author">⟦m 风湿科护士长老许 · 回答于 2025-02-20⟧</div>
<h3>⟦t 红斑狼疮病友会2025年度活动方案⟧</h3>
{BODY}
<div class="vote">⟦l ▲ 赞同 214　▼　💬 18 条评论　⤴ 分享⟧</div></div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 患者教育讲座的通知怎么写？⟧</p><p>⟦l 科室志愿服务总结范文⟧</p></div>
<div class="ft">⟦d 回答内容仅供参考，不构成医疗建议。⟧ ⟦m © 2025 快答⟧</div>
</body></html>
""",
        body="""
一、活动目的
帮助系统性红斑狼疮患者正确认识疾病，坚持规范治疗，增进病友之间的交流与互助。
二、活动安排
1.每季度举办一次健康讲座，内容包括用药指导、防晒护肤、孕育咨询等。
2.5月10日世界狼疮日当天开展义诊和病友交流会。
3.建立病友微信群，由科室护士每周答疑一次。
三、经费保障
活动经费由医院患者服务中心统筹，接受社会爱心捐赠的，须按医院规定登记公示。
四、联系方式
风湿免疫科护士站，电话：0837-2206615。
""",
    ),
    dict(
        slug="collection-anemometer-observer-speech-text",
        site="老杜的文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.laodu-wenji.example.org/juan3/047.htm",
        title="在测风站建站四十周年座谈会上的发言",
        record_title="《风语集》卷三·第47篇｜在测风站建站四十周年座谈会上的发言",
        date="2024-08-16",
        notes="a retired observer's collection; speech title with a date under it and a speaker line (neutral); chapter nav",
        page="""
!m 老杜的文集　·　风语集
!l 目录｜上一篇：退休那天写给自己的信｜下一篇：冰雹天记事
!t 《风语集》卷三·第47篇｜在测风站建站四十周年座谈会上的发言
（2024年8月16日）
杜文山
{BODY}
!l 本篇字数：712　返回卷三目录
!d 文集内容系作者本人撰写，转载请联系作者。
""",
        body="""
各位领导，各位老同事：
今天回到站里，看到测风塔还立在山梁上，心里很激动。一九八四年建站的时候，我们五个人住在帐篷里，风速仪是靠手摇发电机记录的，每隔一小时就要爬一次塔。
那时候山里没有电话，数据要靠骑自行车送到县城的邮电局拍电报。冬天大风一刮，塔上结满冰，我们就用木棍一点一点敲下来。
四十年过去，现在站里用的是超声波测风仪和自动站，数据每分钟就能传到省里，年轻人再也不用冒着大风爬塔了。
我衷心希望年轻的同志们把老一辈的认真劲传下去，把每一个数据都当成自己的名字来对待。
谢谢大家。
""",
    ),
    dict(
        slug="collection-hurdles-teacher-essays-html",
        site="栏边集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://lanbianji.example.net/book/2/chapter/19.html",
        title="教跨栏的二十年",
        record_title="教跨栏的二十年_栏边集_第二辑",
        date="2025-03-08",
        notes="a collection's chapter page with chapter nav; 写于 line at the end of the text (document date); reader tool bar; the collection's blurb",
        page="""
<html><head><meta charset="utf-8"><title>教跨栏的二十年_栏边集_第二辑</title><script src="/js/reader.js"></script></head><body>
<div class="top">⟦m 栏边集　一位体育教师的随笔⟧ ⟦a 夜间模式⟧ ⟦a A- A+⟧</div>
<div class="chapnav">⟦l 第二辑 · 第19篇　上一篇：起跑线⟧ ⟦l 下一篇：雨天的体育课⟧ ⟦l 目录⟧</div>
<h2>⟦t 教跨栏的二十年⟧</h2>
{BODY}
<div class="chapnav">⟦l ← 起跑线　目录　雨天的体育课 →⟧</div>
<div class="about">⟦m 作者简介：郁青，柘溪一中体育教师，县田径队教练。⟧</div>
<div class="copy">⟦d 本站文字版权归作者所有，未经同意请勿转载。⟧</div>
</body></html>
""",
        body="""
二〇〇五年我刚到柘溪一中教书，学校连一副像样的栏架都没有，我和两个学生用钢管焊了十副，一直用到二〇一二年。
跨栏是一个讲节奏的项目。很多孩子怕栏，总是在栏前减速，我就把栏架放低，先让他们跨过去，再一点点加高，怕的心理慢慢就没了。
这些年我带出了七个二级运动员，有三个考上了体育院校。去年，当年的学生小祁回来看我，她现在也是体育老师了，也在教孩子跨栏。
二十年，我最大的体会是，栏是跨过去的，不是跳过去的，人生也一样，遇到坎，别停下，顺着节奏迈过去就是。
2025年3月8日写于柘溪
""",
    ),
    dict(
        slug="dangjian-burns-unit-vanguard-report-html",
        site="蔚川党建网 (invented)",
        style="党建网",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://www.weichuandj.example.cn/zbfc/2025/0630/1882.html",
        title="烧伤科党支部“党员先锋岗”创建工作情况汇报",
        record_title="【支部风采】烧伤科党支部“党员先锋岗”创建工作情况汇报_蔚川党建网",
        date="2025-06-27",
        date_also=["2025-06-30"],
        notes="Party-building portal: decorated title; a study-points box inside the body; page 发布时间 differs from the 成文日期; numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【支部风采】烧伤科党支部“党员先锋岗”创建工作情况汇报_蔚川党建网</title></head><body>
<div class="banner">⟦m 蔚川党建网　不忘初心 牢记使命⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 支部风采 | 党员教育 | 廉政建设⟧</div>
<div class="pos">⟦m 您所在的位置：首页 → 支部风采⟧</div>
<h1>⟦t 烧伤科党支部“党员先锋岗”创建工作情况汇报⟧</h1>
<div class="by">⟦m 发布时间：2025-06-30　来源：市第二人民医院党委　浏览次数：406⟧</div>
<div class="article">
{BODY}
</div>
<div class="pn">⟦l 上一篇：检验科党支部开展主题党日活动⟧ ⟦l 下一篇：后勤党支部“七一”慰问老党员⟧</div>
<div class="foot">⟦m 蔚川市委组织部主办　技术支持：蔚川市大数据中心⟧ ⟦m 蔚ICP备12008830号⟧</div>
</body></html>
""",
        body="""
今年以来，烧伤科党支部以“党员先锋岗”创建为抓手，把党建工作与医疗业务深度融合，现将有关情况汇报如下。
一、设岗定责。支部在重症烧伤监护室、换药室和康复指导室设立三个党员先锋岗，明确岗位职责和服务承诺，党员亮身份、亮承诺。
⟦m 学习要点：党员先锋岗要做到“岗位有职责、服务有承诺、工作有标准”。⟧
二、攻坚克难。今年上半年，科室成功救治大面积烧伤患者九名，其中烧伤面积超过百分之七十的两名，党员医护人员主动承担夜班和抢救任务。
三、延伸服务。党员志愿者走进幼儿园和社区开展“防烫伤 保平安”宣传十一次，发放宣传资料两千余份。
下一步，支部将总结先锋岗创建经验，在全院推广。
市第二人民医院烧伤科党支部
2025年6月27日
""",
    ),
    dict(
        slug="dangjian-ink-factory-party-lecture-text",
        site="墨城党员e家 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dyej.mocheng.example.org/dk/2025/7120.html",
        title="守正创新 让老字号墨水厂焕发新活力——在“七一”专题党课上的讲稿",
        record_title="守正创新 让老字号墨水厂焕发新活力——在“七一”专题党课上的讲稿",
        date="2025-06-30",
        notes="a Party lecture: date under the title in Chinese numerals, speaker line neutral; a share bar glued after a sentence; 发布 line with only a relative time",
        page="""
!m 墨城党员e家　|　党课讲稿
{T}
（二〇二五年六月三十日）
墨香墨水厂党总支书记　邵立民
!m 3天前　党课讲稿
{BODY}
!l 推荐党课：新时代国企党建的几点思考｜如何讲好一堂微党课
!m 墨城党员e家 版权所有
""",
        body="""
同志们：
今天是党的生日前夕，我们在这里讲一堂专题党课，主题是守正创新，让我们这个有七十年历史的老字号墨水厂焕发新活力。
一、守正，就是守住老字号的品质。我们的蓝黑墨水配方传了三代人，原料必须按标准采购，工序一道不能少，这是我们立厂的根本。
二、创新，就是要跟上时代。现在用钢笔的人少了，我们开发了书画墨汁、文创彩墨和环保打印墨水，去年新产品销售额已经占到全厂的四成。⟦l 分享到：微信 | QQ | 微博⟧
三、党员要走在前面。研发、营销和车间一线的攻坚任务，党员要带头领、带头干。
同志们，老字号不是老古董，只要我们守正创新，墨香墨水厂一定能走得更远。
""",
    ),
    dict(
        slug="hospital-jianhe-hernia-day-surgery-html",
        site="涧河县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jhxrmyy.example.com/yygg/2025/0305/641.html",
        title="关于开展疝气日间手术的公告",
        record_title="【门诊公告】关于开展疝气日间手术的公告 - 涧河县人民医院",
        date="2025-03-05",
        notes="hospital site with a floating consult box, 预约挂号 and 24小时急诊 lines; the document's own 咨询电话 kept; numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【门诊公告】关于开展疝气日间手术的公告 - 涧河县人民医院</title><script src="/js/kefu.js"></script></head><body>
<div class="top">⟦m 涧河县人民医院　二级甲等综合医院⟧ ⟦m 预约挂号：0736-5100120⟧ ⟦m 24小时急诊：0736-5100999⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　新闻中心⟧</div>
<div class="crumb">⟦m 首页 / 新闻中心 / 医院公告⟧</div>
<h1>⟦t 关于开展疝气日间手术的公告⟧</h1>
<div class="info">⟦m 发布日期：2025-03-05　点击：1930⟧</div>
{BODY}
<div class="kefu">⟦w 在线咨询　有问必答⟧</div>
<div class="foot">⟦m 地址：涧河县滨河大道208号　邮编：415600⟧ ⟦m 湘ICP备17002209号⟧</div>
</body></html>
""",
        body="""
为缩短患者住院时间，减轻就医负担，我院普外科自2025年3月10日起开展腹股沟疝日间手术。
日间手术是指患者在一个工作日内完成入院、手术和出院的诊疗模式，适用于病情稳定、无严重基础疾病的成年疝气患者。
就诊流程如下：
1.到普外科门诊就诊，由医生评估是否符合日间手术条件；
2.完成术前检查并预约手术日期；
3.手术当日早上8点前到日间手术中心办理入院；
4.术后观察无异常，当日下午即可出院，术后第三天电话随访。
咨询电话：0736-5100456（日间手术中心）。
涧河县人民医院
2025年3月5日
""",
    ),
    dict(
        slug="hospital-yanjiang-varicose-free-clinic-text",
        site="沿江中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yjzyy.example.cn/news/2025/0521/3381.html",
        title="血管外科走进纺织车间开展静脉曲张义诊",
        record_title="血管外科走进纺织车间开展静脉曲张义诊_医院新闻_沿江中医院",
        date="2025-05-21",
        record_date="2025-05-21",
        notes="record gives the date; photo caption on a line of its own inside the body; correspondent line glued after the last paragraph; hotline in the footer",
        page="""
!m 沿江中医院
!m 首页 > 新闻动态 > 医院新闻
{T}
!m 作者：宣传科　时间：2025-05-21　浏览：318
{BODY}
!l 【相关新闻】护理部开展“站立岗位护腿操”推广活动
!m 医院总机：0717-6612000　急救电话：120
!m Copyright © 沿江中医院 版权所有
""",
        body="""
5月20日，我院血管外科医护人员走进县纺织工业园，为长期站立作业的纺织女工开展下肢静脉曲张义诊。
活动中，医生为一百三十余名职工进行了下肢血管彩超检查，发现有不同程度静脉曲张的四十一人，并逐一给出治疗建议。
⟦m 图为医生为职工讲解弹力袜的穿戴方法⟧
血管外科主任龙国华介绍，长期站立、久坐不动是静脉曲张的重要诱因，建议职工工作间隙多做踮脚、抬腿等动作，下班后适当抬高双腿休息。⟦m （通讯员 阮静）⟧
""",
    ),
    dict(
        slug="university-fengyuan-high-jump-team-summary-html",
        site="枫原师范学院体育学院 (invented)",
        style="高校官网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://tyxy.fengyuan-normal.example.edu.cn/info/1032/4417.htm",
        title="学院田径队跳高组2025年训练比赛工作总结",
        record_title="学院田径队跳高组2025年训练比赛工作总结-枫原师范学院体育学院",
        date="2025-12-18",
        notes="college site; a data table one row a paragraph; 发布时间 same as 成文日期; 'close window' and print row; footer with the campus address",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学院田径队跳高组2025年训练比赛工作总结-枫原师范学院体育学院</title></head><body>
<div class="header">⟦m 枫原师范学院体育学院⟧ ⟦m 学院首页 | 学院概况 | 教学科研 | 竞赛训练 | 学生工作⟧</div>
<div class="position">⟦m 当前位置: 首页 >> 竞赛训练 >> 正文⟧</div>
<h1>⟦t 学院田径队跳高组2025年训练比赛工作总结⟧</h1>
<div class="arti_metas">⟦m 发布时间：2025-12-18　作者：田径教研室　点击：[ 271 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="footer">⟦m 地址：枫原市学府大道66号　邮编：421008⟧ ⟦m 版权所有 © 枫原师范学院⟧</div>
</body></html>
""",
        body="""
2025年，学院田径队跳高组在学院党委和体育学院的领导下，坚持科学训练，在省大学生田径运动会上取得了好成绩。
一、训练情况。全年训练二百一十课次，重点加强助跑节奏和背弓技术训练，冬训期间增加了专项力量和柔韧练习。
二、比赛成绩如下：
姓名　性别　项目　成绩　名次
贺子轩　男　跳高　2.06米　第二名
俞晓蕾　女　跳高　1.72米　第一名
三、存在问题。队员伤病较多，训练场地冬季无法使用，影响了训练的连续性。
2026年，跳高组将积极争取室内训练场地，力争在全国大学生田径锦标赛上取得突破。
体育学院田径教研室
2025年12月18日
""",
    ),
    dict(
        slug="university-psoriasis-seminar-minutes-text",
        site="江屿医学院风湿病研究所 (invented)",
        style="高校官网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://fsb.jiangyu-med.example.edu.cn/kydt/2025/0412/207.html",
        title="银屑病关节炎诊疗进展学术研讨会纪要",
        record_title="银屑病关节炎诊疗进展学术研讨会纪要",
        date="2025-04-11",
        notes="minutes with 时间/地点/主持/出席 lines; decimal headings 1.1/1.2; a research institute's page with a 审核 line",
        page="""
!m 江屿医学院风湿病研究所
!m 首页 · 科研动态 · 学术活动
{T}
!m 撰稿：潘颖　审核：程立群　2025年04月12日
{BODY}
!a 【字体：大 中 小】【打印】
!l 上一条：研究所召开2025年度科研工作部署会
!m 所址：江屿医学院科研楼B座6层
""",
        body="""
时间：2025年4月11日下午
地点：科研楼B座报告厅
主持：程立群（研究所所长）
出席：研究所研究人员、附属医院风湿免疫科医师共四十余人
1.主要报告
1.1 附属医院风湿免疫科主任赖振宇作了题为《银屑病关节炎早期识别》的报告，介绍了皮肤科与风湿科联合筛查的经验。
1.2 研究所副研究员伍佳作了《生物制剂治疗银屑病关节炎的真实世界研究》的报告。
2.讨论意见
与会人员认为，应加强皮肤科和风湿免疫科的协作，在银屑病患者中推广关节症状问卷筛查，做到早发现、早治疗。
3.下一步工作
研究所将牵头建立区域银屑病关节炎病例登记数据库，年内完成五百例患者入组。
""",
    ),
]
