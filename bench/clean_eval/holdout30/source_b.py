"""holdout30, part B: a workers' sanatorium, an infectious-disease hospital, a college's
laboratory-safety office and a university's international office, a county education
bureau's psychological-screening notice, a township school's exam timetable, a martial-arts
school and a culinary school, a personnel-exam centre, an audit bureau's selection exam and
exam forums. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="sanatorium-yuanchuan-rest-plan-html",
        site="瑗川职工疗养院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycliaoyang.example.com/news/notice/2025-03-21-88.html",
        title="关于做好2025年度劳动模范疗休养接待工作的通知",
        record_title="关于做好2025年度劳动模范疗休养接待工作的通知 | 瑗川职工疗养院",
        date="2025-03-20",
        notes="modern hospital-like template: a 24小时服务热线 in the header and an online-booking float box; the notice's own 联系电话 kept; a schedule table; a 'back to top' and a 'wechat service' box; record title | site",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年度劳动模范疗休养接待工作的通知 | 瑗川职工疗养院</title></head><body>
<div class="hd"><span>⟦m 瑗川职工疗养院　省总工会直属⟧</span><span>⟦m 24小时服务热线：400-870-6631⟧</span></div>
<ul class="nav"><li>⟦m 疗养院概况⟧</li><li>⟦m 疗养服务⟧</li><li>⟦m 健康体检⟧</li><li>⟦m 新闻公告⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="pos">⟦m 新闻公告 / 院内通知⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-03-21　浏览：331⟧</p>
<div class="content">
{BODY}
</div>
<div class="float">⟦w 在线预约 疗养咨询请点这里⟧</div>
<div class="gotop">⟦a 返回顶部⟧</div>
<div class="foot"><p>⟦m 院址：瑗川县温泉路168号⟧</p><p>⟦a 关注微信服务号，预约更便捷⟧</p><p>⟦d ©瑗川职工疗养院 版权所有⟧</p></div>
</body></html>
""",
        body="""
院属各科室：
根据省总工会安排，今年我院承担全省劳动模范疗休养接待任务共五批次，为确保接待工作安全有序，现将有关事项通知如下。
批次　入院日期　人数
第一批　4月14日　60人
第二批　5月12日　60人
第三批　6月9日　55人
一、健康体检科要提前做好体检项目准备，疗养员入院次日完成体检，并出具个人健康评估报告。
二、膳食科要根据疗养员健康状况安排特殊饮食，做好食品留样。
三、接待中的问题请及时与院办联系，联系电话：0745-8810326。
瑗川职工疗养院办公室
2025年3月20日
""",
    ),
    dict(
        slug="hospital-wenling-fever-clinic-adjust",
        site="玟岭市第三人民医院（市传染病医院） (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.wlsy.example.org.cn/yygg/20251108/1312.html",
        title="关于调整发热门诊和肝病门诊诊疗时间的公告",
        record_title="【医院公告】关于调整发热门诊和肝病门诊诊疗时间的公告",
        date="2025-11-08",
        record_date="2025-11-08",
        notes="hospital page: the hospital's 预约挂号 line and 24-hour line in the header and footer; the notice's own 咨询电话 kept; a timetable; relative publish time (3天前) no date, the 成文日期 expected",
        page="""
!m 玟岭市第三人民医院　玟岭市传染病医院
!m 预约挂号：0771-96120　　急诊（24小时）：0771-3309120
!m 首页 · 医院公告 · 详情
!t 【医院公告】关于调整发热门诊和肝病门诊诊疗时间的公告
!m 3天前 · 医务部 · 阅读 1.1k
{BODY}
!a 点赞　收藏　转发给家人
!l 猜你关心：流感高发季，这些防护要点请收好
!d 本站健康科普内容仅供参考，不能代替医生面诊。
!m 桂ICP备17002288号　玟岭市第三人民医院版权所有
""",
        indent="\u3000\u3000",
        body="""
为适应冬季呼吸道传染病防治需要，方便患者就诊，自2025年11月10日起，我院调整发热门诊和肝病门诊诊疗时间，具体如下：
门诊　诊疗时间
发热门诊　全天24小时
肝病门诊（工作日）　8:00—12:00，14:30—17:30
肝病门诊（周六）　8:00—12:00
就诊前请通过医院官方服务号查询当日出诊医生，发热患者请全程佩戴口罩，由专用通道进入发热门诊。
咨询电话：0771-3309236（门诊部）。
玟岭市第三人民医院
2025年11月8日
""",
    ),
    dict(
        slug="college-chengxi-lab-safety-check-html",
        site="琤溪学院 实验室与设备管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://sysc.chengxi-college.example.edu.cn/info/1041/2216.htm",
        title="关于开展2025年秋季学期实验室安全专项检查的通知",
        record_title="关于开展2025年秋季学期实验室安全专项检查的通知-实验室与设备管理处",
        date="2025-09-15",
        notes="university department template: a quick-links sidebar, a 'download centre' list, a 'prev/next' pair; decimal headings 2.1/2.2 and a check schedule table kept; a sentence telling departments to 下载 the checklist kept; record title -department",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年秋季学期实验室安全专项检查的通知-实验室与设备管理处</title></head><body>
<div class="header"><img alt="logo"><span>⟦m 琤溪学院　实验室与设备管理处⟧</span><span>⟦m 学院主页 | 信息门户 | English⟧</span></div>
<div class="nav">⟦m 首页　机构设置　安全管理　设备管理　下载中心⟧</div>
<div class="left"><h3>⟦l 快速通道⟧</h3><ul><li>⟦l 危化品采购平台⟧</li><li>⟦l 大型仪器共享平台⟧</li><li>⟦l 安全准入考试⟧</li></ul></div>
<div class="main"><div class="where">⟦m 当前位置: 首页 >> 通知公告 >> 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：安全管理科　来源：本站原创　点击数：[ 613 ]　更新时间：2025-09-15⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：实验室废弃化学品第三季度集中回收的通知⟧<br>⟦l 下一篇：2025年新进实验人员安全培训安排⟧</div></div>
<div class="footer">⟦m 版权所有：琤溪学院实验室与设备管理处　地址：琤溪市大学城学府路9号　邮编：332100⟧</div>
</body></html>
""",
        body="""
各学院、各有关单位：
为进一步落实实验室安全责任，及时消除安全隐患，学校决定于2025年9月22日至10月17日开展秋季学期实验室安全专项检查。现将有关事项通知如下。
一、检查范围
全校所有教学、科研实验室及相关库房。
二、检查内容
2.1 安全责任体系：实验室安全责任人、安全员是否明确，安全制度是否上墙。
2.2 危险化学品管理：是否建立台账，剧毒品是否执行“双人双锁”管理。
2.3 仪器设备安全：高温高压设备是否定期检验，是否有操作规程。
三、日程安排
阶段　时间　内容
自查　9月22日—9月30日　各学院对照清单自查
抽查　10月8日—10月17日　学校组织专家组现场检查
请各学院在本处网站“下载中心”下载《实验室安全检查清单》，自查结果于9月30日前报送实验室与设备管理处。
实验室与设备管理处
2025年9月15日
""",
    ),
    dict(
        slug="univ-lu-yang-intl-opening-speech-cn-date",
        site="璐阳大学国际交流处 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://oia.luyang-univ.example.edu.cn/xwdt/2025/0916/c1102a44981/page.htm",
        title="在2025级国际学生开学典礼上的讲话",
        record_title="在2025级国际学生开学典礼上的讲话_新闻动态_璐阳大学国际交流处",
        date="2025-09-16",
        notes="a speech: speaker line and a date in Chinese numerals under the title (neutral; expected date); a bilingual site header, an 'English version' link; _column_site record title",
        page="""
!m 璐阳大学国际交流处（港澳台事务办公室）
!m Office of International Affairs
!m 首页 | 新闻动态 | 来华留学 | 出国出境 | 下载专区
!t 在2025级国际学生开学典礼上的讲话
副校长　蔺思远
二〇二五年九月十六日
{BODY}
!a 【English Version】
!m 文：国际交流处　图：学生记者团　审核：蔡晓　发布：2025-09-17
!l 【相关新闻】国际学生中华文化体验营结营
!m 璐阳大学国际交流处　电话：0731-88762200　Email: oia@luyang-univ.example.edu.cn
""",
        indent="\u3000\u3000",
        body="""
亲爱的同学们，老师们：
大家上午好！今天，来自二十三个国家的一百二十六名国际学生正式成为璐阳大学的一员，我代表学校向你们表示热烈的欢迎！
璐阳大学坐落在湘江之畔，已有七十年办学历史。希望同学们尽快适应新的学习和生活，学好汉语，了解中国，也把你们国家的文化带给中国同学。
学习之外，请大家遵守中国的法律法规和学校的规章制度，注意人身和财产安全，遇到困难时，国际交流处的老师们就是你们的家人。
最后，祝同学们在璐阳学习进步，生活愉快！谢谢大家！
""",
    ),
    dict(
        slug="edu-ronghu-psych-screening-notice",
        site="瑢湖县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jyj.ronghu.example.gov.cn/jyxw/tzgg/2025-10-09/3318.html",
        title="关于开展2025年秋季中小学生心理健康测评工作的通知",
        record_title=None,
        date="2025-10-09",
        notes="no record title; an education portal's header and 'quick links'; the students' 扫码 sentence and the document's own 联系人 kept; 'print / close' and a portal hotline in the footer",
        page="""
!m 瑢湖教育网　瑢湖县教育局主办
!m 当前位置：首页 >> 教育新闻 >> 通知公告
!t 关于开展2025年秋季中小学生心理健康测评工作的通知
!m 作者：德育股　发布者：admin　日期：2025年10月9日　人气：771
{BODY}
!a 〔打印〕〔关闭〕〔顶部〕
!l 快捷入口：教师培训平台　学籍管理系统　阳光招生平台
!m 教育服务热线：0746-12345转6　地址：瑢湖县文昌路18号
""",
        indent="\u3000\u3000",
        body="""
各中小学校：
为及时了解学生心理健康状况，做好心理危机早期预防，经研究，决定在全县中小学开展2025年秋季学生心理健康测评工作。
一、测评对象：全县小学四年级至高中三年级全体学生。
二、测评时间：10月13日至10月31日，各校在信息技术课或班会课时间统一组织。
三、测评方式：学生在学校机房扫码登录“瑢湖心晴”测评平台，按提示完成问卷，测评结果仅向学校心理教师开放。
四、有关要求：各校要做好家长告知，对测评中发现的预警学生，由心理教师在一周内完成访谈，并建立一生一档。
联系人：县教育局德育股　冉秋池，电话：0746-6612078。
瑢湖县教育局
2025年10月9日
""",
    ),
    dict(
        slug="school-jingkou-final-exam-timetable",
        site="璟口镇中心学校 (invented, county education cloud)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jkzx.jingkou.example.edu.cn/article/show.php?aid=512",
        title="2024—2025学年第二学期期末考试安排",
        record_title="2024—2025学年第二学期期末考试安排 - 璟口镇中心学校 - 教务处",
        date=None,
        notes="school page on a county education cloud: an exam timetable (one row a paragraph); uploaded/last-edited stamps and a relative time (2天前) are no date; site - school - office record title",
        page="""
!m 璟口镇中心学校　教务处
!m 上传：教务员小覃　|　2天前　|　最后编辑于 周四 18:40
!t 2024—2025学年第二学期期末考试安排
{BODY}
!a 下载为Word　|　打印
!l 评论区（0）暂无评论，快来抢沙发
!m 本页面由县教育云平台提供技术支持
""",
        body="""
一、考试时间：7月1日至7月2日。
二、考试安排
日期　上午　下午
7月1日　语文（8:30—10:30）　数学（14:30—16:10）
7月2日　英语（8:30—10:00）　科学（14:30—15:30）
三、监考要求：监考教师提前15分钟到教务处领取试卷，考试结束后当场密封，严禁提前拆封或带出考场。
四、阅卷安排：7月3日集中阅卷，各年级组长负责本年级成绩汇总，7月4日前报教务处。
""",
    ),
    dict(
        slug="wushu-yanshan-enrolment-html",
        site="琰山武术学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.yswushu.example.com/zsxx/2025/0618/96.html",
        title="琰山武术学校2025年秋季招生简章",
        record_title="琰山武术学校2025年秋季招生简章（附收费标准）",
        date="2025-06-18",
        notes="training-school template: a 400 hotline and an online-consult float, a sign-up form box; the school's own 报名电话 in the body kept; a fee table; decorated record title （附收费标准）",
        page="""
<html><head><meta charset="utf-8"><title>琰山武术学校2025年秋季招生简章</title></head><body>
<div class="top">⟦m 琰山武术学校　文武兼修 德艺双馨⟧　<b>⟦m 全国招生热线：400-699-2087⟧</b></div>
<div class="menu">⟦m 学校首页 | 学校简介 | 招生信息 | 教学风采 | 赛事成绩 | 在线报名⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布人：招生办　发布日期：2025-06-18　浏览：2261次⟧</div>
<div class="art">
{BODY}
</div>
<div class="apply"><h4>⟦a 在线报名⟧</h4><p>⟦a 姓名＿＿ 电话＿＿ 提交⟧</p></div>
<div class="kefu">⟦w 招生老师在线，点击咨询⟧</div>
<div class="ft">⟦m 校址：琰山县云台镇武校路1号　湘ICP备20008801号⟧</div>
</body></html>
""",
        body="""
琰山武术学校创办于2003年，是经县教育局批准设立的全日制民办学校，实行文化课与武术专业课并重的教学模式。
一、招生对象：年满7周岁至16周岁、身体健康的男女学生。
二、开设专业：传统武术、散打、武术套路、跆拳道。
三、收费标准
项目　金额　说明
学费　每学期6800元　含文化课和专业课
住宿费　每学期900元　六人间
服装费　一次性600元　训练服两套
四、报名方式：家长可携学生户口簿到校报名，也可电话报名，报名电话：0735-7260318（招生办）。
""",
    ),
    dict(
        slug="cooking-qingchuan-graduation-speech",
        site="磬川县烹饪职业培训学校 (invented)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.qcpengren.example.cn/news/2025-01-16.html",
        title="在第十二期中式烹调师培训班结业典礼上的讲话",
        record_title="校长讲话丨在第十二期中式烹调师培训班结业典礼上的讲话",
        date="2025-01-16",
        notes="a speech with the date under the title (neutral; expected); a 'class schedule' ad and a WeChat consult prompt between paragraphs and at the bottom; 校长讲话丨 decoration",
        page="""
!m 磬川县烹饪职业培训学校
!m 学校新闻 ＞ 校长讲话
!t 在第十二期中式烹调师培训班结业典礼上的讲话
校长　覃松柏
（2025年1月16日）
{BODY}
!w 想学厨师？加招生老师微信 qcpr_zhaosheng，免费试学三天
!l 往期回顾：第十一期培训班开班仪式圆满举行
!m 学校地址：磬川县车站北路27号
""",
        indent="\u3000\u3000",
        body="""
各位学员、各位老师：
今天，第十二期中式烹调师培训班的四十八名学员顺利结业，其中四十五人通过了中级职业技能等级认定。我代表学校向大家表示祝贺！
⟦a 【春季班火热报名中，点击查看开班时间】⟧
两个月来，大家每天在灶台前练刀工、练火候，手上磨出了茧，也学到了真本领。
走出校门以后，希望大家守住食品安全这条底线，做一个讲诚信的厨师；也希望大家常回学校看看，把你们在岗位上的新菜、新经验带回来。
祝大家前程似锦！
""",
    ),
    dict(
        slug="pta-ruoxi-art-skills-test-html",
        site="箬溪市人事考试中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.ruoxi.example.gov.cn/kwgg/2025/0526/1890.html",
        title="关于2025年箬溪市事业单位公开招聘艺术类岗位专业测试的公告",
        record_title="关于2025年箬溪市事业单位公开招聘艺术类岗位专业测试的公告_考务公告_箬溪人事考试网",
        date="2025-05-26",
        notes="personnel-exam template: a login box, an exam calendar sidebar, a technical-support line; the candidates' 下载打印准考证 sentence and the exam's own 咨询电话 kept; a test schedule table",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年箬溪市事业单位公开招聘艺术类岗位专业测试的公告_考务公告_箬溪人事考试网</title></head><body>
<div class="banner">⟦m 箬溪人事考试网⟧　⟦m 公平 公正 诚信 服务⟧</div>
<div class="login">⟦a 考生登录 | 忘记密码 | 注册新用户⟧</div>
<div class="nav">⟦m 首页　考试计划　考务公告　成绩查询　政策法规⟧</div>
<div class="crumbs">⟦m 所在位置：首页 → 考务公告⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 时间：2025-05-26　来源：考务科⟧</div>
<div class="wz">
{BODY}
</div>
<div class="calendar"><h4>⟦l 近期考试日历⟧</h4><p>⟦l 6月8日　中小学教师资格面试⟧</p><p>⟦l 6月15日　会计专业技术资格考试报名截止⟧</p></div>
<div class="foot">⟦m 网站技术支持热线：0791-86625581（工作日9:00-17:00）⟧<br>⟦d 本网站所有考试信息以正式公告为准⟧</div>
</body></html>
""",
        body="""
根据《2025年箬溪市事业单位公开招聘工作人员公告》，现将艺术类岗位专业测试有关事项公告如下。
一、测试时间和地点
岗位　时间　地点
声乐教师　6月7日上午　箬溪市艺术学校音乐楼
舞蹈教师　6月7日下午　箬溪市艺术学校舞蹈厅
美术教师　6月8日上午　箬溪市第一中学美术楼
二、准考证打印
请考生于6月3日至6月6日登录箬溪人事考试网下载打印专业测试准考证，凭准考证和有效身份证件参加测试。
三、注意事项
考生须自备乐谱、伴奏音频和画具，舞蹈岗位考生须着练功服。
咨询电话：0791-86625520（市人社局事业单位人事管理科）。
箬溪市人事考试中心
2025年5月26日
""",
    ),
    dict(
        slug="pta-laishan-audit-selection-written-exam",
        site="籁山县人力资源和社会保障局 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.laishan.example.gov.cn/ksxx/2025/0709/211.html",
        title="2025年县审计局公开遴选工作人员笔试安排",
        record_title="2025年县审计局公开遴选工作人员笔试安排.pdf",
        date="2025-07-08",
        notes="file-name record title (.pdf); the exam's own 咨询电话 and e-mail kept; a list of numbered items; a crawl stamp at the bottom (no date)",
        page="""
!m 籁山县人力资源和社会保障局 - 考试信息
!t 2025年县审计局公开遴选工作人员笔试安排
!m 附件预览（PDF，第1页／共1页）
{BODY}
!a 下载原文件　全屏查看
!m 抓取时间：2025-07-12 03:11:08
""",
        body="""
根据《籁山县审计局2025年公开遴选工作人员公告》，现将笔试有关事项安排如下：
1.笔试时间：2025年7月19日上午9:00—11:30。
2.笔试地点：籁山县委党校（县城新华路66号）。
3.笔试内容：公共基础知识和审计专业知识，满分100分。
4.考生须携带身份证原件，提前30分钟到达考点，开考15分钟后不得入场。
咨询电话：0743-4421107；电子邮箱：lssjj_rs@laishan.example.gov.cn。
籁山县审计局遴选工作领导小组办公室
2025年7月8日
""",
    ),
    dict(
        slug="gkforum-audit-post-experience-junk",
        site="上岸吧公考社区 (invented, exam forum)",
        style="公考论坛",
        genre="经验",
        kind="other",
        form="text",
        source="https://bbs.shanganba.example.com/thread-77120-1-1.html",
        title="审计岗笔面双第一的备考经验",
        record_title="【上岸经验】审计岗笔面双第一的备考经验（含时间规划表）",
        date="2025-08-21",
        notes="exam forum: junk lines and junk glued after 。; a post's 发表于 line (the page's date); a study-plan table kept; replies and a VIP-data ad below; decorated record title",
        page="""
!m 上岸吧公考社区 › 经验分享 › 审计/财会岗
!t 【上岸经验】审计岗笔面双第一的备考经验（含时间规划表）
!m 楼主：七月流火　发表于 2025-8-21 22:47　|　查看：3826　回复：41
{BODY}
!a 本帖被管理员设为精华，奖励积分+20
!l 沙发　小鹿乱撞：感谢楼主，求审计专业知识资料！
!l 板凳　考编进行时：马住，明年冲
!a 【会员专区】历年审计岗真题+解析，开通会员免费下载
!m Powered by Discuz! X3.5　© 2019-2025 shanganba
""",
        junk=dict(lines=2, glued=3),
        body="""
先说背景：财务管理专业，在企业做了三年会计，去年开始备考，今年报的县审计局审计岗，笔试和面试都是第一。写这篇帖子，是想把经验分享给还在路上的朋友。
我的时间安排大致如下：
阶段　时间　重点
基础　3月—5月　行测每天两小时，审计专业教材过一遍
强化　6月—7月　专业真题刷三遍，申论每周两篇
冲刺　考前一个月　全真模拟，整理错题本
专业知识部分，审计法、审计准则和内部控制是重点，我把历年真题按章节归类，反复做了三遍。
面试是结构化，我每天晚上对着镜子练两道题，并请已上岸的朋友帮我模拟了四次。
最后想说，备考很辛苦，但坚持下来就会有结果。祝大家都能上岸！
""",
    ),
    dict(
        slug="gkforum-interview-answer-jammer-html",
        site="面霸论坛 (invented, Discuz-like)",
        style="公考论坛",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.mianbabbs.example.com/forum.php?mod=viewthread&tid=30917",
        title="结构化面试真题：如何看待“基层干部直播带货”",
        record_title=None,
        date="2025-03-02",
        notes="Discuz-like page with jammer fonts inside the post; no record title (the thread subject on the page); the post's 发表于 time; a rating row, a 'reply to see hidden content' box and a forum footer",
        page="""
<html><head><meta charset="gbk"><title>面霸论坛 - 结构化面试</title></head><body>
<div id="toptb">⟦a 登录 注册 找回密码⟧</div>
<div id="hd">⟦m 面霸论坛 - 结构化面试真题交流⟧</div>
<div id="pt">⟦m 面霸论坛 › 面试专区 › 结构化面试 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 稳住能赢⟧<br>⟦m 积分 3120 | 精华 4⟧</td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="pti">⟦m 发表于 2025-3-2 09:18⟧　⟦m 只看该作者⟧</div>
<div class="t_fsz" id="postmessage_88102">
{BODY}
</div>
<div class="rate">⟦l 参与人数 6　威望 +8　收起 理由⟧</div>
<div class="locked">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div></td></tr></table>
<div id="ft">⟦m Archiver | 手机版 | 小黑屋 | 面霸论坛⟧　⟦m GMT+8, 2025-3-9 23:40⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
题目：近年来，一些地方的基层干部走进直播间为当地农产品带货，有人点赞，也有人质疑。你怎么看？
参考答案：
基层干部直播带货，本质上是利用新媒体为群众办实事，拓宽农产品销路，值得肯定。
但也要看到，个别地方存在重形式、轻实效的问题，有的干部把直播当成“作秀”，有的甚至影响了本职工作。这些问题必须正视。
我认为应当把握好三点：一是坚持服务导向，带货是手段，增收才是目的；二是完善规范管理，防止干部个人借机牟利；三是培育本地主播，让农民自己成为带货主力。
只有这样，直播带货才能真正成为助农增收的长久之计。
""",
    ),
]
