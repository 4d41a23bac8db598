"""Holdout 23, part E: schools, universities, hospitals, training schools and enterprises (a
special-education portal, a county education bureau, a music conservatory, a surveying
college, a stomach-ward nursing notice, a hospice ward, a driving school, a notary training
course, a gas group intranet, a tea company, a car dealer). Invented text."""

CASES = [
    dict(
        slug="edu-tejiao-html-portal-notice",
        site="淇水县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.qishui.example.gov.cn/tzgg/2025/0826/5530.html",
        title="关于做好2025年适龄残疾儿童少年入学安置工作的通知",
        record_title="关于做好2025年适龄残疾儿童少年入学安置工作的通知-淇水县教育信息网",
        date="2025-08-25",
        notes="education portal HTML with 文号 line (neutral), left column menus, a 'download attachment' link list, an 附件 list inside the body",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年适龄残疾儿童少年入学安置工作的通知-淇水县教育信息网</title></head><body>
<div class="logo">⟦m 淇水县教育信息网⟧</div>
<div class="menu">⟦m 首页 | 教育要闻 | 通知公告 | 招生考试 | 教研天地 | 办事服务⟧</div>
<div class="left">⟦l 通知公告　文件下载　校园风采⟧</div>
<div class="right"><div class="loc">⟦m 当前位置 ➔ 首页 ➔ 通知公告⟧</div>
<h1>⟦t 关于做好2025年适龄残疾儿童少年入学安置工作的通知⟧</h1>
<div class="info">⟦m 日期：2025-08-26　作者：基础教育股　浏览量：733⟧</div>
<p class="wh">淇教发〔2025〕41号</p>
{BODY}
<div class="fj">⟦a 附件下载：入学安置评估表.xls⟧</div>
</div>
<div class="foot">⟦d 淇水县教育局主办　技术维护：县教育信息中心⟧</div>
</body></html>
""",
        date_also=["2025-08-26"],
        body="""
各乡镇中心学校，县直各学校：
为保障适龄残疾儿童少年平等接受义务教育，现就做好2025年入学安置工作通知如下：
一、全面摸排。各校要会同乡镇残联，对辖区内6至15周岁残疾儿童少年逐一摸排，建立台账。
二、分类安置。按照“一人一案”原则，采取随班就读、特教学校就读、送教上门等方式妥善安置。
三、按时报送。各校于9月10日前将安置情况报县教育局基础教育股。
附件：适龄残疾儿童少年入学安置评估表
淇水县教育局
2025年8月25日
""",
    ),
    dict(
        slug="edu-jiaoyuju-text-anquan-plan",
        site="澄江教育在线 (invented)",
        style="教育门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.cjedu.example.cn/Item/18806.aspx",
        title="澄江区2025年暑期学生防溺水安全教育工作方案",
        record_title="澄江区2025年暑期学生防溺水安全教育工作方案",
        date="2025-06-18",
        notes="education portal text page with the title glued to the first sentence, a 'scan to take the safety quiz' sentence inside the body, numbered list",
        page="""
!m 澄江教育在线　 首页 ＞ 安全教育
!t 澄江区2025年暑期学生防溺水安全教育工作方案
!m 发布日期：2025年06月18日　来源：区教育局安全科　【大 中 小】
⟦t 澄江区2025年暑期学生防溺水安全教育工作方案⟧{BODY}
!a ［打印］［关闭］
!m 澄江区教育局　地址：澄江区府前街3号
""",
        body="""
为切实做好暑期学生防溺水工作，保障学生生命安全，制定本方案。
1. 放假前，各校要召开一次防溺水专题家长会，与家长签订安全责任告知书。
2. 各校要组织学生扫码参加“防溺水知识答题”，参与率达到100%。
3. 暑期中，班主任每周至少一次通过电话或微信提醒家长履行监护责任。
4. 各乡镇中心学校要联合村（社区）开展危险水域巡查，设置警示标志。
""",
    ),
    dict(
        slug="university-yinyue-html-news",
        site="南屏音乐学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.npcm.example.edu.cn/info/1032/8821.htm",
        title="我院举办2025届毕业生音乐会",
        record_title=None,
        date="2025-06-06",
        notes="university HTML news with 发布时间 byline (the page date), photographer line between paragraphs, 'back to top', quick links sidebar and footer",
        page="""
<html><head><meta charset="utf-8"><title>南屏音乐学院</title></head><body>
<div class="head">⟦m 南屏音乐学院　Nanping Conservatory of Music⟧</div>
<div class="nav">⟦m 学院概况 | 院系设置 | 教学科研 | 招生就业 | 校园文化⟧</div>
<div class="quick">⟦l 快速通道：信息门户　图书馆　校历　校园邮箱⟧</div>
<div class="news"><h1>⟦t 我院举办2025届毕业生音乐会⟧</h1>
<div class="info">⟦m 发布时间：2025-06-06　作者：宣传部　点击：[1377]⟧</div>
<p>6月5日晚，我院2025届毕业生音乐会在学院音乐厅举行。院领导、各系教师和500余名师生观看了演出。</p>
<p class="cap">⟦l （摄影：宋小川）⟧</p>
<p>音乐会分为器乐、声乐、作曲三个篇章，毕业生们演奏演唱了《春江花月夜》《黄河颂》等18个节目，展示了四年来的学习成果。</p>
<p>院长在致辞中勉励毕业生们坚守艺术理想，到基层去、到人民中去，用音乐讲好中国故事。</p>
</div>
<div class="tool">⟦a 【关闭】【返回顶部】⟧</div>
<div class="foot">⟦d 版权所有 © 南屏音乐学院⟧ ⟦m 地址：南屏市文苑路15号　邮编：530221⟧</div>
</body></html>
""",
        body="""
6月5日晚，我院2025届毕业生音乐会在学院音乐厅举行。院领导、各系教师和500余名师生观看了演出。
音乐会分为器乐、声乐、作曲三个篇章，毕业生们演奏演唱了《春江花月夜》《黄河颂》等18个节目，展示了四年来的学习成果。
院长在致辞中勉励毕业生们坚守艺术理想，到基层去、到人民中去，用音乐讲好中国故事。
""",
    ),
    dict(
        slug="university-cehui-text-practice-plan",
        site="江城测绘职业学院 (invented)",
        style="高校官网",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.jcchzy.example.edu.cn/jwc/2025/0305/1140.html",
        title="2025年测绘工程技术专业学生顶岗实习工作方案",
        record_title="2025年测绘工程技术专业学生顶岗实习工作方案-教务处-江城测绘职业学院",
        date="2025-03-05",
        notes="college text page: the decorated title with department and school, internship placement table, the office's own contact and e-mail",
        page="""
!m 江城测绘职业学院　教务处
!m 首页 » 实践教学 » 通知
!t 2025年测绘工程技术专业学生顶岗实习工作方案-教务处-江城测绘职业学院
!m 作者：实践科　时间：2025-03-05　点击：
{BODY}
!l 上一条：关于2025届毕业设计答辩安排的通知
!l 下一条：关于开展教学检查的通知
""",
        body="""
为提高学生专业实践能力，根据人才培养方案，现制定2025年测绘工程技术专业学生顶岗实习工作方案。
一、实习时间：2025年3月10日至6月30日。
二、实习单位及人数：
实习单位　人数　指导教师
江城市测绘院　18　彭岩
华测地理信息公司　12　贾文静
省第二测绘工程院　15　施磊
三、实习要求：学生每周在实习管理平台填写实习周志，指导教师每月到实习单位巡查一次。
联系人：实践科　谭老师，电话：027-8632115，邮箱：sjk@jcchzy.example.edu.cn。
""",
    ),
    dict(
        slug="hospital-xiaohua-html-ward-notice",
        site="汀州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tzey.example.com/news/gonggao/2025-09-01-227.html",
        title="关于消化内科病区搬迁的公告",
        record_title="关于消化内科病区搬迁的公告_医院公告_汀州市第二人民医院",
        date="2025-09-01",
        notes="hospital HTML: appointment and navigation bars, 24-hour line in the header, the department's own 咨询电话 in the body, a 'follow our service account to book' sentence",
        page="""
<html><head><meta charset="utf-8"><title>关于消化内科病区搬迁的公告_医院公告_汀州市第二人民医院</title></head><body>
<div class="top">⟦m 汀州市第二人民医院　三级乙等综合医院⟧ ⟦a 预约挂号⟧ ⟦m 24小时服务热线：0597-3309120⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 新闻中心 | 医院公告⟧</div>
<div class="loc">⟦m 您的位置：首页 > 医院公告⟧</div>
<h2>⟦t 关于消化内科病区搬迁的公告⟧</h2>
<div class="info">⟦m 发布者：医务科　日期：2025-09-01　阅读：904⟧</div>
{BODY}
<div class="share">⟦l 分享到： 微信 | 微博 | 复制链接⟧</div>
<div class="foot">⟦d 本站信息仅供参考，不作为诊疗依据⟧ ⟦m 闽ICP备13002188号⟧</div>
</body></html>
""",
        body="""
因医院内科楼改造需要，消化内科病区将于2025年9月6日由内科楼5楼搬迁至新建住院综合楼11楼。搬迁期间门诊正常开诊。
9月5日至7日搬迁期间，消化内科暂停收治非急诊住院患者，急诊患者由急诊科统一收治。
搬迁后，患者可关注医院服务号预约胃肠镜检查。
消化内科咨询电话：0597-3309487。
特此公告。
汀州市第二人民医院
2025年9月1日
""",
    ),
    dict(
        slug="hospital-anning-text-hospice-summary",
        site="栖凤县人民医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qfxrmyy.example.cn/hlb/show-3391.html",
        title="安宁疗护病区2024年工作总结",
        record_title="【护理部】安宁疗护病区2024年工作总结",
        date=None,
        notes="hospital text page without any date in the document (the posting line only says '2天前'); column label in brackets, patient-service hotline in the footer",
        page="""
!m 栖凤县人民医院 › 护理园地
!t 【护理部】安宁疗护病区2024年工作总结
!m 2天前　护理部
{BODY}
!m 患者服务中心：0737-7716000　急诊：0737-7716120
!d 栖凤县人民医院版权所有
""",
        body="""
安宁疗护病区于2024年3月正式开放，设置床位10张，配备医师3名、护士8名、社工1名。一年来，病区共收治终末期患者126人，平均住院日11.2天。
一、坚持以患者为中心。为每名患者制定个体化舒缓照护方案，疼痛控制有效率达到92%。
二、关注家属心理支持。开展哀伤辅导和家属座谈会12次，建立随访制度。
三、加强队伍建设。选派4名护士参加省级安宁疗护专科培训，组织科内业务学习24次。
下一步，病区将探索开展居家安宁疗护服务，让更多患者有尊严地走完人生最后一程。
""",
    ),
    dict(
        slug="training-jiaxiao-html-course-brochure",
        site="安途驾校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.antujx.example.com/news/2025/0310.html",
        title="安途驾校2025年春季学车报名须知",
        record_title="安途驾校2025年春季学车报名须知（附收费标准）",
        date="2025-03-10",
        notes="training-school HTML with an online-consult float, price table in the body, the school's own 报名电话 beside a 400 hotline, a countdown 'limited seats' banner",
        page="""
<html><head><meta charset="utf-8"><title>安途驾校</title></head><body>
<div class="hd">⟦m 安途驾校 · 安全出行从学车开始⟧ ⟦w 全国招生热线 400-066-2518⟧</div>
<div class="nav">⟦m 首页 | 班型介绍 | 训练场地 | 教练风采 | 学车流程 | 联系我们⟧</div>
<div class="banner">⟦a 春季特惠倒计时 3 天，名额有限，立即抢报！⟧</div>
<h1>⟦t 安途驾校2025年春季学车报名须知⟧</h1>
<div class="meta">⟦m 2025-03-10　　招生办⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　微信预约：antu_jiaxiao⟧</div>
<div class="ft">⟦d 最终解释权归安途驾校所有⟧ ⟦m 豫ICP备19005522号⟧</div>
</body></html>
""",
        body="""
安途驾校2025年春季班现已开始报名，现将有关事项告知如下：
一、报名条件：年满18周岁，身体健康，无妨碍安全驾驶的疾病。
二、班型及收费：
班型　车型　费用（元）
普通班　C1手动挡　3980
自动挡班　C2自动挡　4280
周末班　C1手动挡　4580
三、报名材料：身份证原件、一寸白底照片2张，到驾校报名处填写报名表即可。
报名电话：0372-5561200。
安途驾校招生办公室
2025年3月10日
""",
    ),
    dict(
        slug="training-gongzheng-text-course-notes",
        site="法硕教育 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.fashuo-edu.example.com/xueyuan/fx/3010.html",
        title="公证员资格考前培训学习体会",
        record_title="学员心声 | 公证员资格考前培训学习体会",
        date=None,
        notes="training school's student-voice page: course ad lines above and below, a free-trial-class prompt, no date",
        page="""
!m 法硕教育 > 学员心声
!t 学员心声 | 公证员资格考前培训学习体会
!w 报课咨询：加课程顾问微信 fashuo-gw01
{BODY}
!a 免费领取试听课 ＞＞
!l 推荐课程：法考主观题冲刺班　公证实务精讲班
""",
        body="""
参加公证员资格考前培训两个月，我对公证法律制度有了系统的认识。
老师讲课结合大量实务案例，把继承公证、委托公证、保全证据公证等常见事项的审查要点讲得清清楚楚，让我这个非法学专业出身的学员也能听懂。
最大的收获是学会了用规则去分析问题。以前看到一个案例只会凭感觉判断，现在会先找到对应的法律规定，再一步步推理。
感谢老师们的辛勤付出，希望自己能顺利通过考试。
""",
    ),
    dict(
        slug="oa-ranqi-html-intranet-minutes",
        site="霁川燃气集团协同办公 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jichuan-gas.example.local/doc/view?id=20250715033",
        title="集团2025年第7次安全生产例会纪要",
        record_title=None,
        date="2025-07-14",
        notes="intranet document view HTML: the user bar, document properties table, circulation record and read counts below, minutes with time/place/chair/attendance lines",
        page="""
<html><head><meta charset="utf-8"><title>公文查看</title></head><body>
<div class="userbar">⟦m 霁川燃气集团协同办公平台　当前用户：卢振华（安全技术部）⟧ ⟦a 退出⟧</div>
<div class="menu">⟦m 待办 | 已办 | 公文 | 会议 | 通讯录 | 知识库⟧</div>
<table class="props"><tr><td>⟦m 文件类型：会议纪要⟧</td><td>⟦m 密级：内部⟧</td><td>⟦m 拟稿人：毛佳⟧</td></tr></table>
<h2>⟦t 集团2025年第7次安全生产例会纪要⟧</h2>
{BODY}
<div class="flow">⟦m 流转记录：安全技术部 毛佳 拟稿 → 分管领导 审核 → 总经理 签发⟧</div>
<div class="read">⟦m 已阅 38 人　未阅 6 人⟧</div>
<div class="btn">⟦a 打印　导出PDF　转发⟧</div>
</body></html>
""",
        body="""
时间：2025年7月14日上午9:00
地点：集团三楼第一会议室
主持：副总经理　邝建明
参会：各分公司经理、安全员，集团各部门负责人
会议通报了6月份安全生产情况，分析了夏季用气安全形势，研究部署了下阶段工作。纪要如下：
一、6月份全集团共完成入户安检2.1万户，整改隐患1130处，未发生燃气安全事故。
二、各分公司要加强高温天气管网巡查，重点检查老旧小区立管和调压箱。
三、7月底前完成应急抢修演练，抢修人员到达现场时间不超过30分钟。
""",
    ),
    dict(
        slug="oa-chaye-text-export-report",
        site="茗源茶业OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="oa://mingyuan-tea/archive/2025/baogao-0419",
        title="关于春茶收购情况的报告",
        record_title="关于春茶收购情况的报告",
        date="2025-04-19",
        notes="OA text export with approval trail lines, a purchase-data table, the printer's stamp (not a date)",
        page="""
!m 茗源茶业有限公司 OA系统 · 文档导出
!m 紧急程度：普通　|　公开方式：内部
{T}
茗源报〔2025〕12号
{BODY}
!m 审批意见：同意。请财务部做好资金保障。——刘总　2025-04-20 10:02
!m 导出人：admin　导出时间：2025-11-03 09:27
""",
        body="""
公司领导：
截至4月18日，公司春茶收购工作已基本结束，现将有关情况报告如下：
品种　收购量（吨）　均价（元/公斤）
明前毛峰　12.6　168
雨前炒青　48.3　62
白茶　9.8　110
今年春茶收购总量70.7吨，比去年增长8.5%。受前期低温影响，明前茶上市时间推迟5天左右。
下一步，公司将做好成品茶加工和仓储管理，确保产品质量。
特此报告。
生产供应部
2025年4月19日
""",
    ),
    dict(
        slug="corp-chaye-html-product-news",
        site="茗源茶业 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mingyuantea.example.com/news/company/2025-05-12.html",
        title="茗源茶业获评省级农业产业化龙头企业",
        record_title=None,
        date="2025-05-12",
        notes="enterprise HTML news with product menu, online-shop link, the 发布时间 byline as the only date, a contact bar with a hotline and a factory address",
        page="""
<html><head><meta charset="utf-8"><title>新闻中心 - 茗源茶业</title></head><body>
<div class="hd">⟦m 茗源茶业　一叶茗香　源自高山⟧ ⟦a 官方商城⟧</div>
<div class="nav">⟦m 首页　关于茗源　产品中心　新闻中心　茶园基地　联系我们⟧</div>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<h1>⟦t 茗源茶业获评省级农业产业化龙头企业⟧</h1>
<div class="time">⟦m 发布时间：2025-05-12　浏览次数：268⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：茗源茶园开展春季茶园管理培训⟧<br>⟦l 下一篇：茗源茶业亮相国际茶业博览会⟧</div>
<div class="contact">⟦m 服务热线：0566-2881999　地址：石台县工业园茗源路1号⟧</div>
<div class="ft">⟦d Copyright © 茗源茶业有限公司 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
近日，省农业农村厅公布了新一批省级农业产业化龙头企业名单，茗源茶业有限公司榜上有名。
公司成立于2009年，现有自有茶园基地3200亩，带动周边6个村1100余户茶农增收，年加工成品茶600余吨。
公司负责人表示，将以此为新起点，加快推进茶叶精深加工和品牌建设，更好地发挥龙头带动作用。
""",
    ),
    dict(
        slug="corp-qiche-text-recall-notice",
        site="骏途汽车销售服务 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.juntu-auto.example.cn/notice/2025/0602.html",
        title="关于部分车型免费检查更换燃油泵的服务公告",
        record_title="关于部分车型免费检查更换燃油泵的服务公告｜骏途汽车",
        date="2025-06-02",
        notes="car dealer text page: test-drive booking prompt, the dealer's own service line in the body, a 'scan the code to check your VIN' sentence, ICP footer",
        page="""
!m 骏途汽车销售服务有限公司　｜　4S店
!a ▶ 预约试驾　▶ 在线询价　▶ 保养预约
!t 关于部分车型免费检查更换燃油泵的服务公告｜骏途汽车
{BODY}
!m 店址：宜安市经开区汽车城12号　　销售热线：0795-3600888
!m 赣ICP备20014470号-2
""",
        body="""
尊敬的车主：
根据厂家通知，部分2022年至2023年生产的车辆燃油泵可能存在质量隐患，极端情况下会导致车辆行驶中熄火。为保障您的行车安全，我店将为涉及车辆免费检查并更换燃油泵。
车主可扫描店内展厅的二维码，输入车辆识别代号查询是否在服务范围内，也可致电我店售后服务部0795-3600899预约。
给您带来的不便，我们深表歉意。
骏途汽车销售服务有限公司
2025年6月2日
""",
    ),
]
