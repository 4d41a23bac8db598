"""Holdout9, part H: Party-building sites, an enterprise's official site, a community site,
a training school, a personnel-exam site, an education portal, a hospital site and an
enterprise OA. Written blind; everything invented."""

CASES = [
    dict(
        slug="dangjian-county-organization-speech-html",
        site="蓼河党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.liaohedj.example.gov.cn/ldjh/2025/0218/3302.html",
        title="在全县基层党建工作重点任务推进会上的讲话",
        record_title="在全县基层党建工作重点任务推进会上的讲话",
        date="2025-02-17",
        date_also=["2025-02-18"],
        notes="HTML Party-building site: a 'study platform login' row, a speaker and date line under the title (neutral), a red banner slogan of the site at the top, a 'share' row glued to the end of a body paragraph; the speech's own slogan stays",
        page="""
<html><head><meta charset="utf-8"><title>在全县基层党建工作重点任务推进会上的讲话-蓼河党建网</title></head><body>
<div class="banner">⟦m 蓼河党建网　　党旗红　蓼水兴⟧</div>
<div class="login">⟦a 党员学习平台登录⟧ ⟦a 组织关系转接查询⟧</div>
<div class="crumb">⟦m 首页 ＞＞ 领导讲话⟧</div>
<h1>{T}</h1>
<p class="sp">县委常委、组织部部长　程雪梅</p>
<p class="sp">（2025年2月17日）</p>
<p class="info">⟦m 发布日期：2025-02-18　来源：县委组织部⟧</p>
<div class="con">
{BODY}
</div>
<div class="ft">⟦m 中共蓼河县委组织部主办⟧ ⟦m 蓼ICP备12005301号-2⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开这次会议，主要是对今年全县基层党建重点任务进行部署推进。下面，我讲几点意见。
一、聚焦整体提升，推动村级党组织全面进步全面过硬。今年要重点抓好村党组织书记队伍建设，对任职满三年的书记进行全覆盖轮训，对年度考核排名靠后的进行约谈提醒。
二、聚焦发展壮大，推动村级集体经济提质增效。力争年底前全县所有村集体经济收入达到十五万元以上，其中三十万元以上的村占比达到三成。⟦l 分享到：微信　朋友圈⟧
三、聚焦责任落实，推动党建工作责任制落地见效。各乡镇党委书记要切实履行第一责任人职责，把党建工作与中心工作一起谋划、一起部署、一起考核。
同志们，抓好党建是最大的政绩。让我们以“抓党建、促发展、惠民生”为主线，奋力开创全县基层党建工作新局面。
""",
    ),
    dict(
        slug="dangjian-branch-minutes-organization-life",
        site="湘溪新材党建园地 (invented)",
        style="党建网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://dj.xiangxi-materials.example.com/zzsh/2025/0120/45.html",
        title="第二党支部2024年度组织生活会会议记录",
        record_title=None,
        date="2025-01-16",
        notes="no record title; a firm's Party-building page: a 'theme education' banner and column line, the record's own 时间/地点/主持人/应到/实到 lines, numbered criticism items; a 'previous record' link and print row; the date from the 时间 line",
        page="""
!m 湘溪新材党建园地　｜　三会一课
!m 主题教育专栏 · 组织生活
{T}
{BODY}
!a 打印　｜　返回列表
!l 上一条：第二党支部2024年第四季度党员大会记录
!m 党群工作部　维护
""",
        body="""
时间：2025年1月16日14:30
地点：公司党员活动室
主持人：支部书记　葛文斌
应到党员19名，实到17名，2名因出差请假。
会议议程：
1.通报支部班子对照检查情况；
2.支部书记带头作对照检查发言；
3.党员逐一开展批评和自我批评；
4.进行民主评议党员。
葛文斌同志代表支部委员会作了对照检查，从学习教育、组织建设、联系群众等方面查摆问题五条，并提出了整改措施。
党员之间开展了相互批评，共提出批评意见二十一条，大家坦诚相见、红脸出汗，达到了团结—批评—团结的目的。
会议最后进行了民主评议，评定优秀党员4名，合格党员13名。
记录人：孔丽
""",
    ),
    dict(
        slug="corp-site-hengxin-news-html-investor",
        site="恒信机械股份有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengxin-machinery.example.com/news/company/2025/0925/612.html",
        title="公司举行第十二届职工技能运动会",
        record_title="公司举行第十二届职工技能运动会-新闻中心-恒信机械",
        record_date="2025-09-25",
        date="2025-09-25",
        notes="HTML enterprise site: EN/中文 switch, an investor-relations button and stock code, a product nav, a service hotline float and a 'previous/next news' row; the news lists the contest's events in a table-like paragraph list",
        page="""
<html><head><meta charset="utf-8"><title>公司举行第十二届职工技能运动会-新闻中心-恒信机械</title></head><body>
<div class="top">⟦a 中文 | EN⟧ ⟦m 股票代码：603999⟧ <a>⟦a 投资者关系⟧</a></div>
<div class="nav">⟦m 关于恒信　产品中心　解决方案　新闻中心　加入我们⟧</div>
<div class="banner">⟦m 智造装备　恒久信赖⟧</div>
<div class="news">
<h3>{T}</h3>
<p class="t">⟦m 发布日期：2025-09-25　　点击：688⟧</p>
{BODY}
</div>
<div class="pn">⟦l 上一条：恒信机械荣获省级智能制造示范工厂⟧ ⟦l 下一条：公司召开三季度经营分析会⟧</div>
<div class="kf">⟦w 全国服务热线：400-060-8188⟧</div>
<div class="ft">⟦d Copyright © 2008-2025 恒信机械股份有限公司　版权所有⟧</div>
</body></html>
""",
        body="""
9月23日至24日，公司第十二届职工技能运动会在总装车间和培训中心举行，来自八个分厂的162名选手参加比赛。
本届运动会设置了以下五个比赛项目：
数控车工　焊工　钳工　电工　叉车驾驶
经过两天的激烈角逐，铸造分厂的周明亮等15名选手分获各项目一、二、三等奖，获得一等奖的选手将被授予“恒信技术能手”称号。
公司工会主席在闭幕式上表示，技能运动会是培养和选拔技术人才的重要平台，希望广大职工以赛促学、以学促干，为公司高质量发展贡献力量。
""",
    ),
    dict(
        slug="community-site-notice-property-wechat",
        site="枫林湾社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.fenglinwan-sq.example.com/notice/2025/1105/903.html",
        title="关于开展冬季消防安全入户检查的通知",
        record_title="关于开展冬季消防安全入户检查的通知",
        date="2025-11-04",
        notes="a community site: a residents' login, a grid-worker card with a phone (chrome), the notice's own check schedule table and its 联系人/电话 stay, a 'join the building WeChat group' prompt; the date under the signature",
        page="""
!a 居民登录　｜　随手拍　｜　我要办事
!m 枫林湾社区服务网 > 社区公告
{T}
!m 发布：社区居委会　2025-11-05　浏览 412
!m 本楼栋网格员：卢小燕　13607458821
{BODY}
!w 扫码加入楼栋微信群，通知早知道
!l 往期公告：关于小区电动车集中充电棚启用的通知
""",
        body="""
各位居民朋友：
冬季是火灾易发期，为切实消除消防安全隐患，社区居委会将联合物业服务中心、辖区消防救援站开展冬季消防安全入户检查。现将有关事项通知如下。
楼栋　检查日期
1—6栋　11月10日至11月12日
7—12栋　11月13日至11月15日
检查内容主要包括：家庭用电是否规范、燃气管道有无老化、电动自行车是否在室内充电、楼道内是否堆放杂物等。
请各位居民届时在家配合检查，确因工作原因不能在家的，可与社区预约检查时间。
联系人：社区居委会　柏姐　联系电话：0745-2290316
枫林湾社区居民委员会
2025年11月4日
""",
    ),
    dict(
        slug="training-school-plan-trial-lesson",
        site="启明星职业培训学校 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.qimingxing-px.example.com/kuaiji/jihua/2025-0301.html",
        title="初级会计职称考试三个月备考计划",
        date=None,
        notes="a training school: the record gives the plain title; a free trial-lesson prompt, a course card with price and 'sign up' glued between two paragraphs, a teacher's WeChat at the bottom; the plan's weekly table stays; no date",
        page="""
!m 启明星职业培训学校　会计　教资　建造师
!t 初级会计职称考试三个月备考计划 | 启明星培训
!a 0元领取初级会计试听课　立即领取
{BODY}
!w 添加班主任微信 qmx_kj2025，获取备考资料包
!d 本文为启明星教研组原创，转载请注明出处。
""",
        body="""
初级会计职称考试科目为《初级会计实务》和《经济法基础》，对于零基础的考生来说，三个月的备考时间比较紧张，需要科学安排。
第一阶段：基础学习（第1—6周）
按章节系统学习教材，每天学习2至3小时，每学完一章做一套章节练习。
⟦l 【精品课】初级会计全程班　¥680　限时报名中⟧
第二阶段：强化提高（第7—10周）
重点攻克长期股权投资以外的高频考点，整理错题本，每周完成两套综合练习。
第三阶段：冲刺模考（第11—12周）
每两天完成一套模拟试卷，严格按照考试时间作答，熟悉机考操作。
阶段　每日时长　重点任务
基础　2—3小时　通读教材、章节练习
强化　3小时　高频考点、错题整理
冲刺　3—4小时　全真模考、查漏补缺
""",
    ),
    dict(
        slug="personnel-exam-html-announcement-download",
        site="沅北县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.ybrsks.example.gov.cn/kszx/2025/0415/771.html",
        title="沅北县2025年公开招聘事业单位工作人员笔试公告",
        record_title=None,
        date="2025-04-15",
        notes="HTML personnel-exam site: no record title (HTML <title> is the site name only); an exam calendar sidebar, a 'download attachment' list of the page (chrome), and the announcement's own sentences telling candidates to 下载/打印 the admission ticket; its 咨询电话 stays",
        page="""
<html><head><meta charset="utf-8"><title>沅北县人事考试网</title></head><body>
<div class="hd">⟦m 沅北县人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="crumb">⟦m 首页 ＞ 考试资讯 ＞ 事业单位⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 2025-04-15　县人力资源和社会保障局⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 附件下载：⟧ ⟦a 报考指南.pdf⟧ ⟦a 考场分布示意图.jpg⟧</div>
<div class="cal"><h4>⟦l 考试日历⟧</h4><p>⟦l 4月26日　事业单位公开招聘笔试⟧</p></div>
<div class="ft">⟦m 主办：沅北县人力资源和社会保障局　技术支持：县人才服务中心⟧</div>
</body></html>
""",
        body="""
沅北县2025年公开招聘事业单位工作人员报名工作已经结束，经资格初审，共有2316人取得笔试资格。现将笔试有关事项公告如下。
一、笔试时间：2025年4月26日上午9:00—11:30
二、笔试地点：沅北县第一中学（沅北县城北路18号）
三、准考证打印：请考生于4月22日9:00至4月25日17:00登录报名系统下载并打印准考证。
四、考生须携带准考证和有效居民身份证参加考试，证件不全者不得入场。
五、咨询电话：0736-6219805（工作日8:00—12:00，14:30—17:30）
沅北县人力资源和社会保障局
2025年4月15日
""",
    ),
    dict(
        slug="edu-portal-research-wrapped-marker-lines",
        site="鹤汀市教育科学研究院 (invented)",
        style="教育门户",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://jky.heting.example.edu.cn/kyjz/2025/0626/338.html",
        title="关于全市初中课后服务开展情况的调研报告",
        record_title="关于全市初中课后服务开展情况的调研报告.pdf",
        date=None,
        notes="education portal serving a PDF preview: file-name record title; hard-wrapped at 60 columns with ⁂N⁂ page markers between wrapped lines; the report's survey table rows stay; a 'download the PDF' row and a visits line",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⁂{n}⁂", every=150, start=2),
        page="""
!m 鹤汀市教育科学研究院　｜　科研进展
!t 关于全市初中课后服务开展情况的调研报告.pdf
!a 下载PDF　｜　全屏阅读
{BODY}
!m 访问次数：573
!d 本文仅代表调研组观点，引用请注明出处。
""",
        body="""
为了解全市初中学校课后服务开展情况，市教科院于2025年5月组织调研组，对六个县市区的24所初中进行了实地调研，发放学生问卷3600份、家长问卷2400份。
一、总体情况
全市初中学校课后服务实现全覆盖，学生自愿参与率达到91.7%，其中城区学校高于农村学校。
调查对象　满意率
学生　86.3%
家长　89.1%
二、主要问题
一是课后服务内容较为单一，部分学校以作业辅导为主，兴趣类、实践类课程偏少；二是教师负担加重，超过六成教师每周参与课后服务的时间在六小时以上；三是农村学校师资和场地不足。
三、建议
建议引进校外优质资源参与课后服务，建立教师弹性上下班制度，加大对农村学校课后服务的经费支持。
""",
    ),
    dict(
        slug="hospital-site-patient-notice-outpatient",
        site="蓼河县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lhzyy.example.com/yygg/2025/0929/1180.html",
        title="关于国庆中秋假期门诊安排的通知",
        record_title="关于国庆中秋假期门诊安排的通知（就诊须知）",
        date="2025-09-28",
        notes="a hospital site: decorated record title （就诊须知）; hospital chrome (挂号 buttons, a 'hospital at a glance' row, a guide line with bus routes at the bottom); the notice's own schedule table, emergency phone and a sentence telling patients to 关注 the hospital account to book stay; date under the signature",
        page="""
!a 网上预约　｜　报告查询　｜　来院导航
!m 蓼河县中医医院　三级乙等中医医院
!m 医院公告 ＞ 正文
{T}
{BODY}
!m 乘车路线：县城1路、5路公交车至中医院站下车
!l 医院公告：关于开展“三伏贴”敷贴的通知　｜　专家门诊排班表（10月）
""",
        body="""
广大患者朋友：
2025年国庆中秋假期将至，为方便广大患者就医，现将我院假期门诊安排通知如下。
日期　门诊安排
10月1日至10月3日　开放普通门诊，上午8:00—12:00
10月4日至10月8日　正常开放全部门诊
急诊、住院部、药房、检验科、放射科假期期间24小时正常运行。
急诊电话：0736-5102120
患者可关注医院微信公众号，在“预约挂号”栏目中提前预约就诊时间，减少排队等候。
蓼河县中医医院
2025年9月28日
""",
    ),
]
