"""Holdout21, part D: schools, colleges, exam portals, training schools, hospitals and
Party-building sites of kinds no earlier part names — a student-financial-aid centre, a
teacher development centre, a university's continuing-education college and its
campus clinic, an economists' and a tour-guide exam, a forklift-driver school, a
tea-art training centre, a dialysis centre, a township health centre's family-doctor
team, an administration institute's lecture and a construction firm's Party branch.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-studentaid-yiquan-notice-html",
        site="薏川县学生资助管理中心 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://xszz.yichuan.example.gov.cn/zzdt/2025/0603/140.html",
        title="关于做好2025年生源地信用助学贷款受理工作的通知",
        record_title="关于做好2025年生源地信用助学贷款受理工作的通知",
        date="2025-06-03",
        notes="modern education template: a policy hotline banner, breadcrumb, 发布时间 byline, a 'print / close' row, attachments as body lines, the notice's own 咨询电话 beside the centre's 资助热线 in the footer; sentences telling students to 下载/打印 the 回执",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>薏川县学生资助管理中心</title></head><body>
<div class="bn">⟦m 薏川县学生资助管理中心⟧ <span>⟦m 资助热线：0719-12345转6⟧</span></div>
<div class="menu">⟦m 首页 | 资助政策 | 资助动态 | 办事指南 | 下载专区⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 资助动态⟧</div>
<div class="art"><h2>{T}</h2>
<div class="src">⟦m 发布时间：2025-06-03　作者：中心办公室　阅读：3517⟧</div>
{BODY}
<div class="opt">⟦a 【打印正文】【关闭】⟧</div></div>
<div class="links">⟦l 友情链接：省学生资助网　国家开发银行助学贷款信息网⟧</div>
<footer>⟦m 版权所有：薏川县教育局　技术维护：薏川县教育信息中心⟧</footer>
</body></html>
""",
        body="""
各高中学校，各乡镇中心学校：
2025年生源地信用助学贷款受理工作即将开始，现将有关事项通知如下。
一、受理时间：7月1日至9月30日（节假日不休息）。
二、受理地点：县政务服务中心二楼学生资助窗口。
三、办理流程：学生登录国家助学贷款系统填报申请，下载并打印受理回执，由学生和共同借款人携带身份证、户口本和录取通知书到窗口办理。
四、各学校要通过班级群、家长会等渠道做好政策宣传，确保符合条件的学生应贷尽贷。
咨询电话：0719-5261030
附件：生源地信用助学贷款办理须知
薏川县学生资助管理中心
2025年6月3日
""",
    ),
    dict(
        slug="edu-teacherdev-plan-wrapped-markers",
        site="芎川区教师发展中心 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jsfz.xiongchuan.example.cn/pxgl/2025/0722.html",
        title="芎川区2025年新入职教师岗前培训实施方案",
        record_title="芎川区2025年新入职教师岗前培训实施方案.pdf",
        date="2025-07-22",
        notes="a PDF text layer: hard-wrapped at 64 columns and cut by ◬N◬ markers between lines; a training timetable; file-name title; a 'download original' line",
        wrap=64,
        pages=dict(fmt="◬{n}◬", every=150, start=2),
        page="""
!m 芎川区教师发展中心　＞　培训管理
!t 芎川区2025年新入职教师岗前培训实施方案.pdf
!a 查看原文件 ｜ 另存为
{BODY}
!m 文件来源：区教师发展中心培训部　　上传：admin
""",
        body="""
为帮助新入职教师尽快适应岗位要求，提高教育教学基本能力，区教师发展中心决定组织2025年新入职教师岗前培训，特制定本方案。
一、培训对象：2025年全区新招聘的中小学、幼儿园教师，共计213人。
二、培训时间：2025年8月18日至8月24日，共7天，计56学时。
三、培训内容
日期　上午　下午
8月18日　开班仪式、师德专题　教育法规
8月19日　课堂教学设计　班级管理实务
8月20日至23日　跟岗实践　跟岗实践
8月24日　结业考核　总结交流
四、考核要求：培训实行签到制度，缺勤超过4学时的不予结业；考核合格者登记继续教育学分。
芎川区教师发展中心
2025年7月22日
""",
    ),
    dict(
        slug="univ-continuing-ed-exam-notice-html",
        site="苾溪大学继续教育学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jxjy.bixi-univ.example.edu.cn/info/1021/5530.htm",
        title="关于2025年秋季学期成人高等教育期末考试安排的通知",
        record_title="关于2025年秋季学期成人高等教育期末考试安排的通知-苾溪大学继续教育学院",
        date="2025-12-01",
        notes="a university college's template: a school-colours header, a left nav of the college's sections, 作者/审核/发布日期/点击 byline, an exam table, sentences telling students to 打印 admission tickets; a 'share to' row and a footer with the campus address",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2025年秋季学期成人高等教育期末考试安排的通知-苾溪大学继续教育学院</title></head><body>
<div class="hd">⟦m 苾溪大学继续教育学院 | 学以致用 终身学习⟧</div>
<nav>⟦m 学院概况 学历教育 非学历培训 教学管理 学生服务⟧</nav>
<div class="lm"><h3>⟦m 教学管理⟧</h3><ul><li>⟦m 教学通知⟧</li><li>⟦m 考务管理⟧</li><li>⟦m 学籍学位⟧</li></ul></div>
<div class="con"><h1>{T}</h1>
<div class="info">⟦m 作者：教务科　审核：孟晓岚　发布日期：2025-12-01　点击数：2033⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 QQ空间 微博⟧</div>
<div class="near">⟦l 上一条：关于做好2026届成人本科毕业生学位申请工作的通知⟧<br>⟦l 下一条：继续教育学院召开函授站工作会议⟧</div></div>
<footer>⟦m 地址：苾溪市大学路77号　邮编：521041　© 苾溪大学继续教育学院⟧</footer>
</body></html>
""",
        body="""
各函授站、各教学点，各位学员：
2025年秋季学期成人高等教育期末考试定于12月20日至21日进行，现将有关事项通知如下。
一、考试安排
日期　时间　考试科目
12月20日　9:00—11:00　大学英语、高等数学
12月20日　14:30—16:30　专业课一
12月21日　9:00—11:00　专业课二
二、考生须于12月15日起登录学院学习平台打印准考证，凭准考证和身份证参加考试。
三、各函授站要严格考场管理，发现作弊行为按有关规定严肃处理。
苾溪大学继续教育学院
2025年12月1日
""",
    ),
    dict(
        slug="univ-clinic-flu-notice-text",
        site="荞原理工学院校医院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xyy.qyit.example.edu.cn/tzgg/2025/1110/63.html",
        title="关于做好冬季流感等呼吸道传染病防控工作的提示",
        record_title=None,
        date="2025-11-10",
        notes="a campus clinic's page: no record title; the title after a column label on its own line; the clinic's own 值班电话 and outpatient hours in the body; a 'last updated' line is the only date besides the signature",
        page="""
!m 荞原理工学院校医院
!m 健康教育｜通知公告｜就诊指南｜医保报销
!m 通知公告
{T}
!m 时间：2025-11-10　浏览：891
{BODY}
!l 附件下载区（0）
!m 版权所有 © 荞原理工学院　　地址：荞原市科学大道1号
""",
        body="""
全校师生员工：
近期气温下降，流感等呼吸道传染病进入高发季节。为保障师生身体健康，现提示如下。
一、勤洗手、常通风，教室、宿舍每天开窗通风不少于3次，每次30分钟以上。
二、出现发热、咳嗽等症状时，请佩戴口罩及时到校医院就诊，不带病上课。
三、校医院提供流感疫苗接种服务，接种时间为每周二、周四下午，请携带校园卡预约登记。
四、校医院门诊时间为8:00—17:30，夜间急诊值班电话：0731-8822120。
荞原理工学院校医院
2025年11月10日
""",
    ),
    dict(
        slug="exam-economist-notice-text-table",
        site="蓍山市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shishanpta.example.gov.cn/ksxx/jjs/2025/0710/221.html",
        title="关于2025年度中级经济专业技术资格考试考务工作有关事项的通知",
        record_title="关于2025年度中级经济专业技术资格考试考务工作有关事项的通知_考试信息_蓍山市人事考试网",
        record_date="2025-07-10",
        date="2025-07-10",
        notes="an exam portal: _column_site title, a floating 'online registration entrance' line, a 'friendly reminder' action line; an exam schedule table; the portal's 考生咨询 line beside the notice's own 报名咨询电话; 准考证 printing sentence",
        page="""
!m 蓍山市人事考试网　　全市人事考试信息发布平台
!a 【网上报名入口】　【准考证打印入口】　【成绩查询入口】
!m 首页 > 考试信息 > 经济专业技术资格
!t 关于2025年度中级经济专业技术资格考试考务工作有关事项的通知_考试信息_蓍山市人事考试网
!m 2025-07-10　　来源：考务科
{BODY}
!a 友情提示：请使用谷歌或Edge浏览器访问报名系统
!m 考生咨询：0766-12333（工作日）
""",
        body="""
各有关单位，各位报考人员：
根据省人事考试院统一部署，现将我市2025年度中级经济专业技术资格考试考务工作有关事项通知如下。
一、考试时间
日期　时间　科目
11月8日　9:00—11:30　经济基础知识
11月8日　14:00—16:30　专业知识和实务
二、报名时间：8月1日至8月12日，报考人员登录全国专业技术人员资格考试服务平台报名。
三、报考人员须于11月3日至7日自行下载打印准考证，并按准考证上的时间、地点参加考试。
四、报名咨询电话：0766-3128071。
蓍山市人事考试中心
2025年7月10日
""",
    ),
    dict(
        slug="exam-tourguide-signup-html",
        site="澄岭省旅游人才考试中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://lyks.chengling.example.gov.cn/news/2025/0815/7812.html",
        title="2025年全国导游资格考试澄岭考区报名公告",
        record_title="2025年全国导游资格考试澄岭考区报名公告",
        record_date="2025-08-15",
        date="2025-08-15",
        notes="modern exam portal: a status strip (报名进行中), icons' labels row, a countdown, a FAQ box and an online-service button; the announcement's own 网址/邮箱/电话 kept in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年全国导游资格考试澄岭考区报名公告</title></head><body>
<div class="top">⟦m 澄岭省旅游人才考试中心⟧ <span>⟦m 服务考生 · 公平公正⟧</span></div>
<div class="strip">⟦m 报名进行中 · 距报名截止还有 12 天⟧</div>
<div class="quick">⟦a 报名系统⟧ ⟦a 缴费查询⟧ ⟦a 照片审核工具下载⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2025-08-15 · 考务处 · 阅读 8,904⟧</div>
{BODY}
<div class="faq"><h4>⟦l 常见问题⟧</h4><p>⟦l 照片审核不通过怎么办？⟧</p><p>⟦l 非本省户籍能否报考？⟧</p></div>
<div class="svc">⟦w 在线客服（9:00-17:00）⟧</div>
<footer>⟦m 澄ICP备16008854号　主办单位：澄岭省旅游人才考试中心⟧</footer>
</body></html>
""",
        body="""
根据文化和旅游部统一安排，今年全国导游资格考试澄岭考区报名工作即将开始，现将有关事项公告如下。
一、报名时间：2025年8月20日9:00至9月5日17:00。
二、报名网址：https://dyks.chengling.example.gov.cn，报考人员须如实填写报名信息并上传本人近期证件照。
三、考试时间：笔试11月15日，现场考试安排另行通知。
四、咨询方式：电话0851-8633217，邮箱dyks@chengling.example.gov.cn。
澄岭省旅游人才考试中心
2025年8月15日
""",
    ),
    dict(
        slug="training-forklift-brochure-text",
        site="宏力叉车驾驶培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="http://www.hongli-chache.example.com/zsjz/2025.html",
        title="2025年叉车司机（N1）培训招生简章",
        record_title="【火热报名中】2025年叉车司机（N1）培训招生简章",
        date=None,
        notes="a training school: hotline banner, enrolment promo lines, a WeChat consultation prompt, a 'class schedule' table in the body, a 'fees' line with amounts; no date; the school's own 报名电话 kept in the body",
        page="""
!w 全国统一报名热线：400-618-2277（免长途费）
!m 宏力叉车驾驶培训学校 —— 拿证快 包教会
!t 【火热报名中】2025年叉车司机（N1）培训招生简章
!a 立即在线报名 》
{BODY}
!w 扫码加招生老师微信，发送“叉车”领取学习资料
!d 本站图片均为学员实拍，最终解释权归本校所有
!l 学员风采 | 往期考试通过名单 | 来校路线
""",
        body="""
一、培训对象：年满18周岁，身体健康，初中以上文化程度，有意从事叉车作业的人员。
二、培训内容：特种设备安全法规、叉车构造原理、实际操作和日常维护保养。
三、班次安排
班次　开班时间　学时
周末班　每月第一个周六　40
全日班　每月5日、20日　40
四、培训费用：理论及实操培训费1800元（含教材费），考试费按市场监管部门规定另行缴纳。
五、考试合格者，由市场监管部门核发特种设备安全管理和作业人员证。
报名地址：苓口市工业大道28号，报名电话：0736-5821099。
""",
    ),
    dict(
        slug="training-teaart-class-notice-html",
        site="茗韵茶艺培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mingyun-tea.example.com/news/88.html",
        title="第二十期茶艺师（四级）培训班开班通知",
        record_title="第二十期茶艺师（四级）培训班开班通知 - 茗韵茶艺",
        date="2025-09-05",
        notes="a training centre's modern template: hero slogan, course cards with prices, a 'book a trial lesson' button, a student testimonial box; the notice's own 报到时间/地点/联系人 in the body; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>第二十期茶艺师（四级）培训班开班通知 - 茗韵茶艺</title></head><body>
<header>⟦m 茗韵茶艺培训中心 · 以茶修身 以艺立业⟧ <nav>⟦m 关于我们 课程体系 师资团队 学员作品 联系我们⟧</nav></header>
<div class="cards">⟦l 茶艺师初级班 ¥2680⟧ ⟦l 评茶员中级班 ¥3980⟧</div>
<article><h2>{T}</h2><p class="d">⟦m 茗韵资讯 / 2025-09-05 / 阅读 643⟧</p>
{BODY}
</article>
<div class="trial">⟦a 预约免费试听课⟧</div>
<div class="say">⟦l 学员心声：“老师教得细，三个月顺利拿证。”——学员 方女士⟧</div>
<footer>⟦m 地址：菰城市文创园B栋3楼　约课电话：0752-6689018⟧ ⟦d ©2025 茗韵茶艺 保留所有权利⟧</footer>
</body></html>
""",
        body="""
各位学员：
第二十期茶艺师（四级）培训班定于9月13日开班，现将有关事项通知如下。
一、报到时间：9月13日上午8:30—9:00。
二、报到地点：中心二楼茶艺实训室。
三、报到时请携带身份证复印件一份、一寸证件照两张。
四、培训期间请穿着舒适素雅的服装，不佩戴夸张首饰，不使用香水。
联系人：沈老师　13607523381
茗韵茶艺培训中心
2025年9月5日
""",
    ),
    dict(
        slug="hospital-dialysis-holiday-notice",
        site="蕺山县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jsxrmyy.example.com/yyxw/tzgg/2025/0924/317.html",
        title="血液透析中心国庆节假期透析安排的通知",
        record_title="【血透中心】血液透析中心国庆节假期透析安排的通知",
        record_date="2025-09-24",
        date="2025-09-24",
        notes="a hospital's text page: 【科室】 decoration, a booking banner, the centre's own 咨询电话 next to the hospital's 24-hour line; a schedule table; an 'expert clinic today' box",
        page="""
!m 蕺山县人民医院　二级甲等综合医院
!a 预约挂号　｜　报告查询　｜　住院缴费
!t 【血透中心】血液透析中心国庆节假期透析安排的通知
!m 发布部门：血液净化中心　发布时间：2025-09-24　浏览量：402
{BODY}
!l 今日专家门诊：心内科 / 消化内科 / 肾内科
!m 医院24小时服务热线：0575-8210120
""",
        body="""
各位透析患者及家属：
国庆节、中秋节假期期间，我院血液透析中心正常开诊。为方便患者合理安排时间，现将透析安排通知如下。
日期　班次
10月1日至3日　上午班、下午班
10月4日至8日　上午班、下午班、晚班
请各位患者按原排班时间准时到院透析，如需调整班次，请提前两天与中心护士站联系。
血液透析中心咨询电话：0575-8217362。
祝大家节日快乐，身体健康！
蕺山县人民医院血液净化中心
2025年9月24日
""",
    ),
    dict(
        slug="hospital-township-familydoctor-old-table",
        site="茺溪镇卫生院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.chongxi-wsy.example.cn/news_view.asp?id=218",
        title="茺溪镇卫生院2024年家庭医生签约服务工作总结",
        record_title="茺溪镇卫生院2024年家庭医生签约服务工作总结",
        record_date="2025-01-09",
        date="2025-01-09",
        notes="an old ASP hospital page in tables: a flash-banner placeholder, a scrolling 'visiting hours' marquee, 【字体：大 中 小】 in other words, a visitor counter; a table of team figures; signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>茺溪镇卫生院</title></head><body>
<table width="900" align="center"><tr><td>⟦m 茺溪镇卫生院 · 一切为了群众健康⟧</td></tr>
<tr><td><marquee>⟦l 温馨提示：本院门诊时间 夏季8:00-12:00 14:30-17:30，急诊24小时⟧</marquee></td></tr>
<tr><td>⟦m 首页　医院概况　科室介绍　公共卫生　新闻动态　联系我们⟧</td></tr></table>
<table width="900" align="center"><tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 作者：公卫科　更新时间：2025-1-9　阅读：117⟧　⟦a 〖字体：特大 大 中 小〗⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="900" align="center"><tr><td align="center">⟦m 茺溪镇卫生院　地址：茺溪镇新街9号　电话：0791-5663120⟧<br>⟦m 访问总数：085216⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，我院组建家庭医生团队9个，以老年人、慢性病患者、孕产妇和儿童等重点人群为对象，扎实开展家庭医生签约服务。
一、签约情况
人群　签约人数　签约率
65岁以上老年人　2816　86%
高血压患者　1905　78%
糖尿病患者　642　75%
二、主要做法
一是每个团队包片负责2至3个行政村，每月进村入户随访一次；二是为签约居民开通转诊绿色通道，全年上转病人214人次；三是推行长处方服务，减少慢性病患者往返次数。
三、下一步打算
2025年我院将进一步提高签约服务质量，重点做好失能老人上门服务，让群众真正感受到签约带来的实惠。
茺溪镇卫生院
2025年1月9日
""",
    ),
    dict(
        slug="dangjian-admin-institute-lecture-cn-date",
        site="芰湖县委党校（行政学校）党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://djw.jihudx.example.gov.cn/dk/2025/0630/45.html",
        title="传承红色基因　勇担时代使命——在“七一”专题党课上的讲稿",
        record_title="〔党课讲稿〕传承红色基因　勇担时代使命——在“七一”专题党课上的讲稿",
        date="2025-06-30",
        notes="a speech title with its subtitle, decorated with 〔党课讲稿〕; the lecturer line and a date in Chinese numerals under the title neutral and the date; a font-size row and a 'listen' button; headings in the lecture",
        page="""
!m 芰湖县委党校（行政学校）党建网
!m 首页 → 党课讲堂 → 精品党课
!t 〔党课讲稿〕传承红色基因　勇担时代使命——在“七一”专题党课上的讲稿
县委党校常务副校长　符春林
（二〇二五年六月三十日）
!a 字体：【大】【中】【小】　　▷ 语音播报
{BODY}
!m 责任编辑：聂小红
!l 精品党课推荐：以案为鉴守底线 / 从党史中汲取奋进力量
""",
        body="""
同志们：
在中国共产党成立104周年之际，我们在这里上一堂专题党课，主题是“传承红色基因，勇担时代使命”。
一、红色基因是我们党的精神血脉
芰湖是革命老区，1930年就建立了党的组织。先辈们在极其艰苦的条件下坚持斗争，留下了“宁可流血不低头”的铮铮誓言。
二、传承红色基因要落实到行动上
传承红色基因，不是喊口号，而是要体现在每一名党员的日常工作中：面对急难险重任务敢于冲锋，面对群众的急难愁盼用心解决。
三、在新时代新征程上勇担使命
全体党员干部要坚定理想信念，锤炼过硬作风，在推动县域经济高质量发展中走在前、作表率。
同志们，让我们从红色历史中汲取力量，以奋发有为的精神状态干好本职工作！
""",
    ),
    dict(
        slug="dangjian-construction-branch-plan-html",
        site="中澄建设集团党建网 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://dj.zhongcheng-jianshe.example.com/zthd/2025/0520/77.html",
        title="第三项目部党支部“党旗飘在工地上”主题党日活动方案",
        record_title="第三项目部党支部“党旗飘在工地上”主题党日活动方案",
        date="2025-05-20",
        notes="a construction group's Party-building template: red header with a slogan, a left column of branch links, a 'study points' badge, a 'red-cloud classroom' ad; the plan's own 联系人 and a site-safety sentence that mentions 扫码 on the site entry; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>中澄建设集团党建网</title></head><body>
<div class="red">⟦m 中澄建设集团党建网 · 党建引领 筑造精品⟧</div>
<div class="left">⟦l 基层党建⟧ ⟦l 党风廉政⟧ ⟦l 主题活动⟧ ⟦l 群团工作⟧</div>
<div class="main"><div class="crumb">⟦m 首页 &gt; 主题活动 &gt; 活动方案⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 来源：第三项目部党支部　日期：2025-05-20⟧</div>
{BODY}
<div class="badge">⟦a 阅读本文可获学习积分 +2⟧</div></div>
<div class="adv">⟦a 红云课堂 · 随时随地学党史 〉⟧</div>
<footer>⟦m 中澄建设集团有限公司党委主办⟧</footer>
</body></html>
""",
        body="""
为发挥党支部战斗堡垒作用和党员先锋模范作用，确保项目安全生产“百日攻坚”目标实现，第三项目部党支部决定开展“党旗飘在工地上”主题党日活动。
一、活动时间：2025年5月28日。
二、活动地点：苓口市体育中心项目施工现场。
三、活动内容
1.重温入党誓词，为“党员先锋岗”“党员责任区”授牌。
2.组织党员开展安全隐患“随手拍”，对发现的隐患当场整改。
3.为一线工人送清凉，宣讲夏季防暑和用电安全知识，提醒工人进场前扫码完成安全交底确认。
四、联系人：郑海波　13807362215
中澄建设集团第三项目部党支部
2025年5月20日
""",
    ),
]
