"""Holdout22, part D: education portals, universities, hospitals, training schools, personnel-exam sites.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="edu-lanxi-study-tour-safety-html",
        site="蓝溪区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lanxi-qu.gov.cn/jyzx/tzgg/2025/0527/5510.shtml",
        title="关于做好2025年暑期中小学生研学旅行安全管理的通知",
        record_title="关于做好2025年暑期中小学生研学旅行安全管理的通知_通知公告_蓝溪区教育信息网",
        date="2025-05-27",
        notes="education portal; document number neutral; 附件 list; 联系人 line; 抄送 版记; footer with its own hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好2025年暑期中小学生研学旅行安全管理的通知_通知公告_蓝溪区教育信息网</title></head>
<body>
<div class="hd">⟦m 蓝溪区教育信息网⟧ ⟦m 办人民满意的教育⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 招生考试⟧ ⟦m 教师园地⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 通知公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发文单位：区教育局安全科　日期：2025-05-27　访问量：655⟧</div>
<p>蓝教安〔2025〕19号</p>
{BODY}
<div class="fj">⟦a 附件下载：研学旅行安全承诺书.docx⟧</div>
<div class="ft">⟦m 蓝溪区教育局主办　教育服务热线：0591-8761 2300⟧ ⟦m 闽ICP备09003218号⟧</div>
</body></html>
""",
        body="""
各中小学校、幼儿园：
暑期将至，为切实做好学生研学旅行安全管理工作，现就有关事项通知如下。
一、严格审批备案。学校组织研学旅行须报区教育局备案，跨市研学须提前15个工作日报送方案。
二、规范选择承办机构。承办机构须具备旅行社业务经营许可，车辆、餐饮、住宿符合安全标准，学校要与其签订安全责任协议。
三、落实安全教育。出行前要对学生开展交通、防溺水、食品安全教育，家长须签订安全承诺书。
四、强化应急处置。每20名学生至少配备1名带队教师，遇有突发情况立即报告。
联系人：区教育局安全科 林晓，电话：0591-8761 2316。
附件：1.研学旅行备案表
2.研学旅行安全承诺书
蓝溪区教育局
2025年5月27日
抄送：区文旅局，区交通运输局。
""",
    ),
    dict(
        slug="edu-yucai-kindergarten-heat-letter",
        site="育才学前教育网 (invented)",
        style="教育门户",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.yucaixq.cn/jiazhang/2025/0708/217.html",
        title="关于高温天气调整幼儿户外活动时间的告家长书",
        record_title="【家园共读】关于高温天气调整幼儿户外活动时间的告家长书",
        date="2025-07-08",
        notes="preschool portal; a letter to parents with a 回执 slip; body asks parents to 扫码 and 关注; decorated record title",
        page="""
!m 育才学前教育网 · 家长频道
!m 首页 > 家长频道 > 家园共读
!t 【家园共读】关于高温天气调整幼儿户外活动时间的告家长书
!m 来源：荏原县实验幼儿园　　编辑：乐乐老师　　浏览：408
{BODY}
!a 分享给家长　　下载本文　　打印
!l 推荐阅读：夏季幼儿防暑小常识 ｜ 幼儿园暑期放假通知
!d 本网信息仅供家长参考，具体安排以各园通知为准。
""",
        indent="　　",
        body="""
亲爱的家长朋友们：
近期我县持续高温，最高气温达到38℃。为保护幼儿身体健康，经园务会研究，自7月9日起调整幼儿户外活动时间，具体如下：
一、上午户外活动调整为8:10—9:00，下午户外活动调整为16:30—17:10。
二、午间11:00—15:00不安排户外活动，改为室内游戏和阅读。
三、请家长为幼儿准备宽松透气的衣物和遮阳帽，每天带一个水杯。
请家长扫描班级群内二维码填写回执，或关注幼儿园公众号查看每日食谱。
荏原县实验幼儿园
2025年7月8日
回执：我已知晓幼儿园调整户外活动时间的安排。幼儿姓名：＿＿＿　家长签名：＿＿＿
""",
    ),
    dict(
        slug="uni-jinghai-police-academy-speech-html",
        site="靖海警官学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jhpa.edu.cn/info/1102/8801.htm",
        title="党委书记在2025届学员毕业典礼上的讲话",
        record_title="党委书记在2025届学员毕业典礼上的讲话-靖海警官学院",
        date="2025-06-20",
        notes="a police academy; speech with date under the title; speaker line neutral; university template with quick links, news column and footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>党委书记在2025届学员毕业典礼上的讲话-靖海警官学院</title></head>
<body>
<div class="top">⟦m 靖海警官学院⟧ ⟦m 忠诚 砺剑 守正 担当⟧ <a>⟦m 信息门户⟧</a> <a>⟦m 图书馆⟧</a> <a>⟦m English⟧</a></div>
<div class="nav">⟦m 学院概况⟧ ⟦m 教育教学⟧ ⟦m 警务实战⟧ ⟦m 招生就业⟧ ⟦m 学院新闻⟧</div>
<div class="left">⟦l 学院新闻⟧ ⟦l 媒体靖海⟧ ⟦l 讲话文稿⟧</div>
<div class="crumb">⟦m 首页 - 学院新闻 - 讲话文稿⟧</div>
<h2>{T}</h2>
<p>党委书记　谷承远</p>
<p>（2025年6月20日）</p>
<div class="art-info">⟦m 撰稿：党委宣传部　审核：方宁　点击：[1733]⟧</div>
{BODY}
<div class="close">⟦a 【关闭窗口】⟧</div>
<div class="foot">⟦m 版权所有 © 靖海警官学院　地址：靖海市学府路1号　邮编：316021⟧ ⟦m 浙ICP备05004128号⟧</div>
</body></html>
""",
        body="""
亲爱的2025届毕业学员们，老师们：
今天，我们隆重举行毕业典礼，1126名学员即将走上人民警察工作岗位。我代表学院党委，向全体毕业学员表示热烈祝贺！
三年来，你们在训练场上挥洒汗水，在实习派出所经受磨砺。你们中有86人在实习期间参与抓获犯罪嫌疑人，有32人受到实习单位表彰。
临别之际，送大家三句话：一要永葆忠诚本色，二要练就过硬本领，三要严守纪律规矩。
学院永远是你们的家。祝愿大家前程似锦，平安从警！
""",
    ),
    dict(
        slug="uni-qinghe-library-notice-text",
        site="清禾农林职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://lib.qhnl.edu.cn/tzgg/2025/0110/1312.htm",
        title="关于寒假期间图书馆开放安排的通知",
        record_title="关于寒假期间图书馆开放安排的通知",
        date="2025-01-10",
        record_date="2025-01-10",
        notes="a forestry college library; record date; timetable; 下载/登录 sentences in the body (remote access); footer",
        page="""
!m 清禾农林职业学院图书馆
!m 首页 | 资源 | 服务 | 概况 | 读者指南
!m 当前位置：首页 > 通知公告
{T}
!m 发布者：流通部　发布日期：2025-01-10　浏览次数：301
{BODY}
!l 【上一条】关于开展2024年度“阅读之星”评选的通知
!l 【下一条】中国知网试用通知
!m 清禾农林职业学院图书馆　电话：0851-8477301
""",
        body="""
全校师生：
根据学院寒假安排，现将寒假期间图书馆开放安排通知如下。
日期　开放区域　时间
1月13日—1月19日　一楼自习室　8:00—17:00
1月20日—2月16日　闭馆　—
2月17日起　全馆　正常开放
寒假期间，师生可通过校外访问系统使用电子资源，请先下载“清禾图书馆”APP，登录后即可访问数据库。
寒假前借阅的图书，到期日统一顺延至2月28日。
图书馆
2025年1月10日
""",
    ),
    dict(
        slug="hospital-gukang-orthopedic-news-html",
        site="鹭岭骨科医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lulinggk.com/news/yydt/2025-06/618.html",
        title="我院开展“骨质疏松防治进社区”义诊活动",
        record_title="我院开展“骨质疏松防治进社区”义诊活动 - 鹭岭骨科医院",
        date="2025-06-14",
        notes="an orthopaedic hospital; booking hotline in the header vs the department's phone in the body; photo caption; 发布时间 byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院开展“骨质疏松防治进社区”义诊活动 - 鹭岭骨科医院</title></head>
<body>
<div class="head">⟦m 鹭岭骨科医院⟧ ⟦m 二级甲等骨科专科医院⟧ ⟦w 预约挂号：0592-5610 120⟧</div>
<div class="menu">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家团队⟧ ⟦m 就医指南⟧ ⟦m 新闻动态⟧</div>
<div class="crumbs">⟦m 首页 ＞ 新闻动态 ＞ 医院动态⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布时间：2025-06-14　作者：宣传科⟧</div>
{BODY}
<div class="side">⟦l 快速通道：门诊时间 / 住院须知 / 体检中心⟧</div>
<div class="foot">⟦m 鹭岭骨科医院 地址：鹭岭市海沧路208号⟧ ⟦d 本站信息仅供参考，不能作为诊断及医疗的依据。⟧</div>
</body></html>
""",
        body="""
6月14日上午，我院骨质疏松诊疗中心联合康复科走进湖滨社区，开展“骨质疏松防治进社区”义诊活动。
活动现场，医务人员为居民免费测量骨密度128人次，发放健康手册300余份，并就补钙误区、防跌倒等问题进行讲解。
⟦m 图：医生为社区老人检测骨密度（宣传科 供图）⟧
骨质疏松诊疗中心主任翁志诚介绍，我国50岁以上人群骨质疏松患病率较高，建议中老年人每年进行一次骨密度检查。
有需要的居民可拨打骨质疏松诊疗中心咨询电话0592-5610 338，或关注医院公众号预约检查。
""",
    ),
    dict(
        slug="hospital-zhongliu-volunteer-plan-text",
        site="苻城市肿瘤医院 (invented)",
        style="医院官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.fczlyy.com/dtxw/zyfw/20250302.html",
        title="2025年“病房书屋”志愿服务项目实施方案",
        record_title="【社工部】2025年“病房书屋”志愿服务项目实施方案",
        date="2025-03-02",
        notes="a cancer hospital's social-work department; decorated title; '☉n☉' markers cut sentences, glued or not",
        page="""
!m 苻城市肿瘤医院　FUCHENG CANCER HOSPITAL
!m 首页 / 医院新闻 / 志愿服务
!t 【社工部】2025年“病房书屋”志愿服务项目实施方案
!m 时间：2025-03-02　　来源：社工部　　【字号 放大 缩小】
{BODY}
!a 打印本页　｜　关闭
!m 地址：苻城市建设路77号　总机：0719-8260000
""",
        indent="　　",
        pages=dict(fmt="☉{n}☉", every=180, start=2, glue="mix"),
        body="""
为丰富住院患者精神文化生活，缓解患者治疗期间的焦虑情绪，我院社工部决定继续开展“病房书屋”志愿服务项目。方案如下。
一、服务内容。在内科、外科、放疗科等8个病区设立“病房书屋”，配置图书2000册；志愿者每周两次到病区开展图书借阅、读书分享和手工活动。
二、志愿者招募。面向社会和本院职工招募志愿者60名，经培训合格后上岗，每人每月服务不少于4小时。
三、服务要求。志愿者须遵守医院感染防控要求，进入病区前佩戴口罩并做好手卫生，不得向患者推荐药品或治疗方法。
四、项目评估。年底通过患者满意度调查和志愿服务时长统计开展评估。
""",
    ),
    dict(
        slug="training-yunfan-tea-barista-notice-html",
        site="云帆职业技能培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yunfanpx.com/news/show-442.html",
        title="关于开设第十二期茶艺师（五级）培训班的通知",
        record_title="关于开设第十二期茶艺师（五级）培训班的通知｜云帆职培",
        date="2025-03-18",
        notes="a training school's modern template: consult box, signup buttons, WeChat QR; fee table; 报名电话 in the body beside the site's hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开设第十二期茶艺师（五级）培训班的通知｜云帆职培</title></head>
<body>
<div class="hd">⟦m 云帆职培⟧ ⟦m 一技在手 就业无忧⟧ ⟦w 全国咨询热线 400-770-1826⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 培训项目⟧ ⟦m 补贴政策⟧ ⟦m 学员风采⟧ ⟦m 联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2025-03-18 ｜ 教务处 ｜ 阅读 1520⟧</div>
{BODY}
<div class="cta"><button>⟦a 在线报名⟧</button><button>⟦a 预约试听⟧</button></div>
<div class="kefu">⟦w 课程顾问在线，点击即可咨询⟧</div>
<div class="foot">⟦m 云帆职业技能培训学校　办学许可证号：教民1412010000XXX号⟧ ⟦m © 2025 yunfanpx.com⟧</div>
</body></html>
""",
        body="""
为满足社会对茶艺人才的需求，经县人社局备案，我校定于2025年4月7日开设第十二期茶艺师（五级）职业技能培训班。现将有关事项通知如下。
一、培训对象：年满16周岁、有意从事茶艺服务工作的城乡劳动者。
二、培训内容：茶叶基础知识、茶具使用、绿茶及红茶冲泡技艺、茶会服务等，共120课时。
三、培训费用：
项目　标准
培训费　1800元
鉴定费　200元
符合条件的学员取得证书后，可按规定申领职业技能培训补贴。
四、报名方式：携带身份证到学校教务处报名，报名电话：0351-2266 817（苏老师）。
云帆职业技能培训学校
2025年3月18日
""",
    ),
    dict(
        slug="training-hangxing-crane-operator-wrapped",
        site="航星特种作业培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hangxingtz.cn/kaoshi/2025/05/91.html",
        title="关于2025年5月起重机司机理论考试安排的通知",
        record_title=None,
        date="2025-05-12",
        notes="a special-operations training centre; no record title; hard-wrapped at 56; exam timetable; 打印准考证 sentence",
        page="""
!m 航星特种作业培训中心
!m 首页  培训项目  考试安排  证书查询  联系我们
{T}
!m 发布：考务办　　2025-05-12
{BODY}
!l 相关链接：特种设备作业人员证书查询 | 复审须知
!m 地址：荃口县工业大道36号　电话：0735-2208819　QQ群：30921156
""",
        wrap=56,
        body="""
各位学员：
2025年5月起重机司机（Q2）理论考试安排如下：
场次　日期　时间
第一场　5月24日　9:00—10:30
第二场　5月24日　14:00—15:30
请学员于考前两日登录省特种设备作业人员考试系统自行下载打印准考证，考试时携带准考证和身份证原件。
考试采用计算机答题，满分100分，70分及格。
航星特种作业培训中心
2025年5月12日
""",
    ),
    dict(
        slug="renshi-jinqiao-nurse-exam-html",
        site="津桥市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.jqrsks.gov.cn/ksxx/sydw/202504/t20250421_3301.html",
        title="2025年津桥市卫生健康系统公开招聘护理人员笔试公告",
        record_title="2025年津桥市卫生健康系统公开招聘护理人员笔试公告_津桥市人事考试网",
        date="2025-04-21",
        notes="a personnel-exam site; URLs of the exam system in the body; exam timetable; 下载打印准考证; 咨询电话; site footer with its own tech-support line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年津桥市卫生健康系统公开招聘护理人员笔试公告_津桥市人事考试网</title></head>
<body>
<div class="hd">⟦m 津桥市人事考试网⟧ <span>⟦m 公平 公正 诚信 服务⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 考试信息⟧ ⟦m 网上报名⟧ ⟦m 成绩查询⟧ ⟦m 证书管理⟧</div>
<div class="loc">⟦m 当前位置：首页 》 考试信息 》 事业单位⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 发布日期：2025-04-21　来源：考试中心⟧ ⟦a 【大 中 小】⟧ ⟦a 【打印】⟧</div>
{BODY}
<div class="ft">⟦m 津桥市人事考试中心主办⟧ ⟦w 网上报名技术咨询：022-5870 1311⟧ ⟦m 津ICP备06012097号⟧</div>
</body></html>
""",
        body="""
根据《2025年津桥市卫生健康系统公开招聘护理人员简章》，现将笔试有关事项公告如下。
一、准考证打印：请报考人员于5月12日9:00至5月17日9:00登录津桥市人事考试网（http://www.jqrsks.gov.cn）下载打印准考证。
二、笔试时间和科目：
日期　时间　科目
5月17日　9:00—11:00　护理学基础知识
三、注意事项：考生须持准考证和有效身份证件参加考试，开考30分钟后不得入场。
四、咨询电话：市卫生健康委人事处022-5870 2046（工作日）。
津桥市卫生健康委员会
2025年4月21日
""",
    ),
    dict(
        slug="renshi-tiantai-grassroots-interview-text",
        site="芫田县人力资源和社会保障局考试信息 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.yuantian-x.gov.cn/kszl/2025/0615/99.html",
        title="2025年“三支一扶”计划招募面试通知",
        record_title="2025年“三支一扶”计划招募面试通知",
        date="2025-06-15",
        record_date="2025-06-15",
        notes="personnel-exam text page; record date; interviewee table; relative time in a sidebar; 监督电话 in the body",
        page="""
!m 芫田县人力资源和社会保障局
!m 首页 → 人事考试 → 招考公告
{T}
!m 2025-06-15　　人事考试股　　阅读次数：2245
{BODY}
!l 最新公告（更新于2小时前）
!l · 2025年公益性岗位招聘公告
!l · 2025年度事业单位岗位调整公示
!m 芫田县人社局主办　地址：芫田县环城北路9号
""",
        body="""
根据招募工作安排，现将2025年“三支一扶”计划招募面试有关事项通知如下：
一、面试时间：2025年6月21日上午8:00开始候考。
二、面试地点：芫田县职业技术学校实训楼。
三、进入面试人员名单：
岗位　姓名　笔试成绩
支农　冯可欣　71.5
支医　贺一鸣　68.0
帮扶乡村振兴　吕佳慧　66.5
四、面试采用结构化面试方式，满分100分。考生须携带身份证、准考证于7:40前到达候考室。
监督电话：0576-8312 0919。
芫田县“三支一扶”工作协调管理办公室
2025年6月15日
""",
    ),
]
