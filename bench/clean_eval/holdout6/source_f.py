"""Holdout6 cases, part F: education, university, hospital, Party-building and study-platform
exports, personnel-exam and training sites. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-bureau-notice-html-attachments",
        site="岚川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lanchuan.gov.cn/tzgg/2025/0828/7120.html",
        title="关于做好2025年秋季学期中小学开学工作的通知",
        date="2025-08-26",
        notes="education bureau page: attachment download links are chrome, but the notice's own 附件 list stays; signature date; publish date also",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年秋季学期中小学开学工作的通知-岚川县教育局</title></head><body>
<div class="hd">⟦m 岚川县教育局　办人民满意的教育⟧</div>
<div class="nav">⟦m 首页｜教育新闻｜通知公告｜招生考试｜教师队伍｜资源下载⟧</div>
<div class="where">⟦m 当前位置：首页 &gt;&gt; 通知公告⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 作者：基础教育股　发布时间：2025-08-28　阅读次数：2214⟧</p>
<div class="con">
{BODY}
</div>
<div class="fj"><p>⟦a 附件下载：⟧</p><p>⟦a 📎 开学工作检查表.xlsx（下载次数：318）⟧</p></div>
<div class="foot">⟦m 岚川县教育局版权所有　地址：岚川县育才路12号　电话：0736-4221809⟧</div>
</body></html>
""",
        date_also=["2025-08-28"],
        body="""
各中小学、幼儿园：
为确保2025年秋季学期开学工作平稳有序，现将有关事项通知如下：
一、开学时间。全县中小学8月31日报到，9月1日正式上课；幼儿园9月1日开园。
二、安全排查。各校要在开学前对校舍、食堂、宿舍、消防设施开展一次全面安全检查，建立问题清单，开学前整改到位。
三、收费管理。严格执行收费公示制度，严禁以任何名义违规收费，严禁强制或变相强制学生购买教辅资料。
四、工作报送。各校于9月5日前将开学工作情况报县教育局基础教育股。
附件：开学工作检查表
岚川县教育局
2025年8月26日
""",
    ),
    dict(
        slug="univ-college-news-html-gallery",
        site="霁川学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jichuan.edu.cn/info/1002/31877.htm",
        title="霁川学院召开2025年暑期工作会议",
        date="2025-07-15",
        notes="university news: author/photographer/reviewer lines, click counter, prev/next; suffix after -; the meeting date in the lead and the 发布 line",
        page="""
<html><head><meta charset="utf-8"><title>霁川学院召开2025年暑期工作会议-霁川学院新闻网</title></head><body>
<div class="header">⟦m 霁川学院新闻网 JICHUAN COLLEGE NEWS⟧</div>
<div class="menu">⟦m 学院要闻｜综合新闻｜院部动态｜媒体霁院｜校园视频⟧</div>
<h2 class="arti_title">{T}</h2>
<p class="arti_metas">⟦m 发布者：宣传部　发布时间：2025-07-16　浏览次数：⟧<span>⟦m 1903⟧</span></p>
<div class="wp_articlecontent">
{BODY}
</div>
<p class="editor">⟦m （文/陆星澜　图/宋叶　审核/许怀远）⟧</p>
<div class="pn">⟦l 上一条：我院在省大学生创新创业大赛中获佳绩⟧<br>⟦l 下一条：学院开展暑期“三下乡”社会实践活动⟧</div>
<div class="footer">⟦m 版权所有©霁川学院　地址：霁川市学府大道99号　邮编：421008⟧</div>
</body></html>
""",
        date_also=["2025-07-16"],
        body="""
7月15日上午，学院2025年暑期工作会议在行政楼第一会议室召开。院领导班子成员、各部门和二级学院主要负责人参加会议。
会议总结了上半年学院各项工作，分析了当前面临的形势和任务，对下半年重点工作作了部署。
会议强调，要扎实推进本科教育教学审核评估整改，加强一流专业和课程建设；要做好2025级新生招生录取和迎新准备工作；要抓好暑期校园安全和基建维修工作，确保秋季学期顺利开学。
""",
    ),
    dict(
        slug="hospital-site-notice-text-appointment",
        site="桐江市第一人民医院 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.tjfirsthospital.cn/yygg/2025/1103/2219.html",
        title="关于门诊楼电梯改造期间就诊路线调整的公告",
        record_date="2025-11-03",
        date="2025-11-03",
        notes="hospital page: appointment hotline and app links as chrome; the notice's own 咨询电话 and floor list stay",
        page="""
!m 桐江市第一人民医院
!m 三级甲等综合医院
!a 预约挂号　｜　报告查询　｜　智能导诊　｜　English
!m 首页 › 医院公告
{T}
!m 发布时间：2025-11-03　　点击：3120
{BODY}
!w 预约挂号热线：0575-88120000　｜　关注“桐江一院”服务号，挂号缴费不排队
!m 院址：桐江市人民中路118号　　急救电话：120
""",
        body="""
尊敬的患者朋友：
为改善就医环境，我院将于11月10日至12月20日对门诊楼1号、2号电梯进行更新改造。改造期间，就诊路线调整如下：
1.前往门诊二楼至四楼的患者，请使用门诊楼东侧3号、4号电梯或步行楼梯；
2.行动不便的患者，可在一楼服务台申请轮椅及陪诊服务；
3.门诊五楼体检中心临时迁至医技楼一楼。
咨询电话：0575-88121234（门诊办公室）。
施工期间给您带来的不便，敬请谅解！
桐江市第一人民医院
2025年11月3日
""",
    ),
    dict(
        slug="hospital-html-summary-no-date",
        site="柘水县中医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zsxzyy.com/news/dj/2025/0110/881.html",
        title="柘水县中医院2024年度党建工作总结",
        record_title=None,
        date=None,
        notes="hospital Party-building column, no record title; the year in the title only; floating consult box and department list chrome; no date",
        page="""
<html><head><meta charset="utf-8"><title>柘水县中医院</title></head><body>
<div class="top">⟦m 柘水县中医院　二级甲等中医医院⟧</div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　党建园地⟧</div>
<h1>{T}</h1>
<div class="content">
{BODY}
</div>
<div class="float-consult">⟦w 在线咨询　名医问诊 ☎ 0851-2660120⟧</div>
<div class="ks"><p>⟦l 特色科室：针灸推拿科　治未病中心　康复科⟧</p></div>
</body></html>
""",
        body="""
2024年，医院党委坚持以党建引领医院高质量发展，充分发挥把方向、管大局、作决策、促改革、保落实的领导作用。
一、加强政治建设。严格落实党委领导下的院长负责制，全年召开党委会28次，研究“三重一大”事项64项。
二、夯实基层组织。将党支部建在科室上，完成4个党支部换届，发展党员5名，其中业务骨干4名。
三、深化党业融合。开展“党员先锋岗”“党员义诊进乡村”等活动，全年组织义诊42场，服务群众6800余人次。
四、推进清廉医院建设。开展医药领域腐败问题集中整治，组织警示教育3次，签订廉洁行医承诺书410份。
""",
    ),
    dict(
        slug="dangjian-study-platform-export",
        site="学习平台 export 学而思政 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="https://xuesizheng.example.cn/export/article/5502218",
        title="传承红色基因 争做时代先锋——在七一专题党课上的讲稿",
        title_also=["传承红色基因 争做时代先锋"],
        record_title="【学习笔记导出】传承红色基因 争做时代先锋——在七一专题党课上的讲稿",
        date="2025-06-30",
        notes="study-platform export: points earned, reading timer, export stamp and QR prompt; the lecture date in brackets under the title",
        page="""
!m 学而思政 · 学习笔记导出
!m 导出用户：支部书记-8821　导出时间：2025-07-03 21:14
!t 【学习笔记导出】传承红色基因 争做时代先锋——在七一专题党课上的讲稿
（2025年6月30日）
!a 本篇已学习 12 分 30 秒　　+1 积分
{BODY}
!a 扫码打开“学而思政”，继续学习 ▦
!d 导出内容仅供个人学习使用，不得用于商业用途。
""",
        indent="\u3000\u3000",
        body="""
同志们：
在党的生日即将到来之际，我们在这里举行专题党课，一起追寻红色足迹，传承红色基因。
一、从革命历史中汲取信仰力量。我们县是老区，当年有两千多名子弟参加红军，许多人再也没能回到家乡。他们用生命诠释了对党的忠诚。
二、从英雄事迹中汲取奋斗力量。新中国成立后，我县一代代共产党员在修水库、筑公路、治荒山中冲在前面，留下了许多感人的故事。
三、在新时代征程上争做先锋。我们每一名党员都要立足岗位，在乡村振兴、基层治理、服务群众中当先锋、作表率。
同志们，红色基因是我们的传家宝。让我们以更加昂扬的姿态奋进新征程，以实际行动向党的生日献礼！
""",
    ),
    dict(
        slug="dangjian-site-minutes-glued-chrome",
        site="岑阳党建网 (invented)",
        style="党建网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.cydj.gov.cn/jczz/2025/0425/6610.html",
        title="中共岑阳市文化和旅游局机关支部委员会2025年4月组织生活会会议纪要",
        date="2025-04-24",
        notes="Party-building site: chrome glued to body lines at both ends (share marks, font buttons); the minutes' own 时间/地点/出席 lines stay; meeting date",
        page="""
!m 岑阳党建网 ◆ 中共岑阳市委组织部主办
!m 基层组织 〉 支部工作 〉 组织生活
{T}
!m 来源：市文旅局机关党委　2025-04-25　【大 中 小】
{BODY}
!l 【相关阅读】“三会一课”记录怎么写　组织生活会程序要点
!m 主办：中共岑阳市委组织部　承办：岑阳市党员教育中心　电话：0739-12380
""",
        date_also=["2025-04-25"],
        body="""
时间：2025年4月24日下午3:00
地点：局机关四楼党员活动室
主持人：支部书记 喻秋池
出席人员：支部党员19名，缺席1名（因公出差）。⟦a 【分享到朋友圈】⟧
会议主要议程：
一、支部书记通报上年度组织生活会整改落实情况，代表支部委员会作对照检查。
⟦a 【A+】【A-】⟧二、支部委员逐一进行个人对照检查，开展批评和自我批评。
三、全体党员围绕“学纪知纪明纪守纪”进行交流发言。
四、开展民主评议党员，评议结果为优秀5名、合格14名。
会议要求，支部委员会要在会后一个月内形成整改清单，逐项抓好落实。
""",
    ),
    dict(
        slug="exam-site-announcement-html-table",
        site="霁川市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.jcrsks.gov.cn/ksxx/2025/0904/3318.html",
        title="霁川市2025年下半年事业单位公开招聘工作人员笔试公告",
        record_title="霁川市2025年下半年事业单位公开招聘工作人员笔试公告",
        record_date="2025-09-04",
        date="2025-09-04",
        notes="personnel-exam page: exam schedule table and the candidates' help line/URL belong to the notice; site's tools and login chrome",
        page="""
<html><head><meta charset="utf-8"><title>霁川市人事考试网</title></head><body>
<div class="top">⟦m 霁川市人事考试网⟧ <a>⟦a 考生登录⟧</a> <a>⟦a 报名入口⟧</a> <a>⟦a 成绩查询⟧</a></div>
<div class="bread">⟦m 首页 &gt; 考试信息 &gt; 事业单位⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 发布日期：2025-09-04　来源：市人事考试中心⟧</div>
<div class="text">
{BODY}
</div>
<div class="tips">⟦a 【关闭】【打印】【收藏本页】⟧</div>
<div class="ft">⟦m 霁川市人事考试中心　地址：霁川市建设东路6号⟧ ⟦m 湘ICP备12008831号⟧</div>
</body></html>
""",
        body="""
根据《霁川市2025年下半年事业单位公开招聘工作人员公告》安排，现将笔试有关事项公告如下：
一、笔试时间
科目 | 时间
《职业能力倾向测验》 | 9月20日 9:00-10:30
《综合应用能力》 | 9月20日 14:00-16:30
二、准考证打印
报考人员请于9月15日至19日登录霁川市人事考试网（www.jcrsks.gov.cn）打印准考证。
三、注意事项
考生须携带准考证和有效居民身份证参加考试，开考30分钟后不得入场。考务咨询电话：0745-2290016。
霁川市人力资源和社会保障局
2025年9月4日
""",
    ),
    dict(
        slug="training-school-course-page-speech",
        site="笔锋公考培训 (invented)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bifenggk.com/ziliao/jianghua/2025/5530.html",
        title="在新入职公务员培训班开班仪式上的讲话",
        record_title="在新入职公务员培训班开班仪式上的讲话【笔锋公考】",
        date="2025-10-11",
        notes="training school page: course ads between paragraphs, consult prompt, trailing 【site】 in the record title; the posting line gives the date",
        page="""
!m 笔锋公考 · 让上岸更简单
!a 免费试听　｜　课程中心　｜　名师团队　｜　在线咨询
{T}
!m 笔锋公考　2025-10-11　资料分享
{BODY}
!w 报班咨询：400-618-2025　或添加班主任微信 bf_gk88 领取面试资料包
!l 推荐课程：2026国考笔试系统班｜结构化面试特训营
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在这里举行新入职公务员培训班开班仪式。首先，我代表市委组织部，对大家加入公务员队伍表示热烈的欢迎！
⟦l 【课程推荐】2026年省考全程班火热报名中，点击了解 >>⟧
希望大家把这次培训作为走上工作岗位的“第一课”，认真学习、珍惜机会。一要坚定理想信念，始终做到对党忠诚；二要加强学习实践，尽快适应岗位要求；三要严守纪律规矩，时刻保持清醒头脑。
同志们，公务员是人民的勤务员。希望大家不负韶华、不负人民，在平凡的岗位上干出不平凡的业绩！
""",
    ),
    dict(
        slug="training-org-research-wrapped-junk",
        site="博闻培训学校资料站 (invented)",
        style="培训机构",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.bowenpx.cn/zl/dy/2025/0622/118.html",
        title="关于我县农村留守儿童关爱保护工作的调研报告",
        record_title="关于我县农村留守儿童关爱保护工作的调研报告（范文参考）",
        date="2025-06-20",
        notes="training-school material page: anti-scraping junk glued after 。 and on lines; (范文参考) decoration; signature with date",
        page="""
!m 博闻培训学校 · 资料中心
!m 资料中心 / 调研报告 / 民生
!t 关于我县农村留守儿童关爱保护工作的调研报告（范文参考）
{BODY}
!a 资料仅供学员学习，下载请登录学员账号
!w 课程咨询：0837-6120088
""",
        junk=dict(lines=1, glued=3),
        body="""
为全面了解我县农村留守儿童关爱保护工作情况，县政协调研组于5月中下旬深入5个乡镇、12所学校开展调研。现将有关情况报告如下。
一、基本情况。全县现有农村留守儿童4826名，其中由祖父母隔代监护的占83%。全县已建成儿童之家146个，配备儿童主任、儿童督导员352名。
二、存在问题。一是部分监护人监护能力不足，重养轻教现象突出；二是心理健康服务薄弱，专业心理教师缺口较大；三是部门之间信息共享不够，动态管理不到位。
三、对策建议。建议加强监护人培训指导，每所农村学校至少配备一名专兼职心理教师，建立留守儿童信息共享平台，实行“一人一档”动态管理。
县政协社会法制委员会调研组
2025年6月20日
""",
    ),
    dict(
        slug="edu-school-html-speech-no-title",
        site="桐江市实验小学 (invented)",
        style="教育门户",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.tjsyxx.cn/xydt/2025/0901/1088.html",
        title="校长在2025年秋季开学典礼上的讲话",
        record_title=None,
        date="2025-09-01",
        notes="school site, no record title; the h2 gives it; campus-news sidebar and visitor counter; the 发布 line gives the date",
        page="""
<html><head><meta charset="utf-8"><title>桐江市实验小学</title></head><body>
<div class="logo">⟦m 桐江市实验小学　明德 · 笃学 · 健体 · 尚美⟧</div>
<div class="nav">⟦m 学校概况 校园动态 德育天地 教学科研 家校共育⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布：2025-09-01　作者：校办　访问量：⟧</div>
<div class="cont">
{BODY}
</div>
<div class="side"><p>⟦l 校园动态⟧</p><p>⟦l 我校举行新生入学礼⟧</p><p>⟦l 暑期教师培训圆满结束⟧</p></div>
<div class="foot">⟦m 您是本站第 0218839 位访客⟧</div>
</body></html>
""",
        body="""
亲爱的老师们、同学们：
大家早上好！今天，我们迎来了新学期的开学典礼。首先，我代表学校，向一年级的新同学表示热烈的欢迎！
新学期，我想对同学们提三点希望：一是做一个爱读书的人，每天阅读半小时；二是做一个爱运动的人，每天锻炼一小时；三是做一个懂礼貌的人，见到老师和同学主动问好。
老师们，新学期新气象，让我们携手努力，让每一个孩子都在这里健康快乐地成长！
""",
    ),
]
