"""Holdout15, part C: schools, colleges and exam sites no earlier part names — a special
education school, a children's palace, a university journal's editorial office, a senior
citizens' university, a driving school, a vocational skills assessment school, a talent
service centre's title-evaluation notice, an institution-recruitment exam bureau's PDF, a
selection-exam forum, an interview-practice board and a county teaching-research office.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="specialschool-tangli-parents-letter-html",
        site="棠梨县特殊教育学校 (invented)",
        style="教育门户",
        genre="公开信",
        kind="letter",
        form="html",
        source="https://www.tltjxx.example.edu.cn/jxhd/2025/0704/209.html",
        title="棠梨县特殊教育学校2025年暑假致家长的一封信",
        record_title="棠梨县特殊教育学校2025年暑假致家长的一封信-棠梨特校",
        date="2025-07-04",
        notes="school template with a campus slogan, a left menu and a footer; the letter's own 班主任 contact, a 回执 to fill in by scanning a code, a holiday timetable; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>棠梨县特殊教育学校2025年暑假致家长的一封信-棠梨特校</title></head>
<body>
<div class="head"><div class="name">⟦m 棠梨县特殊教育学校⟧</div><div class="motto">⟦m 让每一个生命都绽放光彩⟧</div></div>
<div class="nav">⟦m 学校首页　学校概况　德育之窗　康复训练　家校互动　送教上门⟧</div>
<div class="wrap">
<div class="lf"><h4>⟦l 家校互动⟧</h4><p>⟦l 家长学校⟧</p><p>⟦l 致家长信⟧</p><p>⟦l 心理健康⟧</p></div>
<div class="rt"><div class="cur">⟦m 所在栏目：家校互动 - 致家长信⟧</div>
<div class="tit">{T}</div>
<div class="inf">⟦m 作者：政教处　　点击：431　　更新：2025-07-04⟧</div>
<div class="con">
{BODY}
</div>
<div class="pn">⟦l 上一条目：我校举行2025届学生毕业典礼⟧<br>⟦l 下一条目：送教上门教师暑期走访安排⟧</div>
</div></div>
<div class="foot">⟦m 学校地址：棠梨县青石路77号　邮编：422300⟧　⟦m 湘ICP备20010856号⟧　⟦d 版权所有 棠梨县特殊教育学校⟧</div>
</body></html>
""",
        body="""
尊敬的家长朋友：
您好！根据上级教育部门安排，我校2025年暑假自7月5日开始，8月31日报到注册，9月1日正式上课。暑假期间，孩子离开学校回到家庭，安全和康复训练需要家长格外关心。为让孩子度过一个安全、快乐、有意义的假期，特致信如下：
一、守护安全。请家长看护好孩子，不让孩子独自外出、独自在家，远离河塘水库，切实防范溺水、交通、用电、燃气等安全事故。
二、坚持康复。请家长按照老师布置的假期康复训练计划，每天陪伴孩子进行20至30分钟的语言、动作或生活自理训练，并做好简单记录。
三、规律作息。帮助孩子保持良好的作息习惯，合理安排饮食和睡眠，控制看手机、看电视的时间。
四、保持联系。暑假期间，班主任将通过电话或上门方式进行家访，孩子如有身体不适或特殊情况，请及时与班主任联系。学校值班电话：0738-6623105。
请家长阅读本信后，扫描班级群内发布的二维码填写回执，或将纸质回执交给送教老师。
祝孩子们假期快乐，祝家长朋友们身体健康、工作顺利！
棠梨县特殊教育学校
2025年7月4日
""",
    ),
    dict(
        slug="childrenpalace-heshan-enrolment-table-year-only",
        site="鹤汕市青少年宫 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.hsqsng.example.org.cn/zsxx/1507.html",
        title="鹤汕市青少年宫2025年暑期公益培训班招生方案",
        record_title=None,
        date=None,
        notes="no record title and no date (the year only in the title); a class table one row a paragraph; the plan's own 报名 URL and 咨询电话 next to the site's enrolment buttons and an app prompt",
        page="""
!m 鹤汕市青少年宫 · 快乐成长的第二课堂
!m 首页 > 招生信息 > 公益班
{T}
!a 【在线报名】　【查看课表】　【缴费查询】
{BODY}
!a 下载“鹤汕青宫”APP，随时查看课程与上课提醒
!l 热门课程：少儿书法　｜　创意美术　｜　小主持人　｜　围棋入门
!m 市青少年宫　地址：鹤汕市文化路2号　招生办：0754-8836 1120
""",
        body="""
为丰富青少年暑期生活，满足家长和孩子多样化学习需求，市青少年宫面向全市中小学生开设暑期公益培训班，免收学费，材料费自理。现将招生事项安排如下：
一、开设班级
班级名称　招生年龄　上课时间　名额
少儿书法　7至10岁　周一、三上午　30人
创意美术　6至9岁　周二、四上午　30人
小主持人　8至12岁　周二、四下午　25人
围棋入门　6至10岁　周一、三下午　24人
青少年科技制作　10至14岁　周五全天　20人
二、报名方式
实行网上报名，报名时间为7月1日9:00至7月3日17:00，报名网址：https://bm.hsqsng.example.org.cn。每名学生限报一个班，名额报满即止，报名成功后请保持手机畅通，工作人员将发送短信确认。
三、注意事项
（一）请家长按时接送孩子，课前10分钟到达教室，课后在指定地点等候。
（二）学员应遵守上课纪律，爱护公共设施，凡无故缺课3次以上的，取消下期公益班报名资格。
（三）如有疑问，请拨打招生咨询电话0754-8836 1125。
""",
    ),
    dict(
        slug="journal-qinghuai-call-for-papers-html",
        site="清淮学院学报编辑部 (invented)",
        style="高校官网",
        genre="征稿启事",
        kind="notice",
        form="html",
        source="https://xb.qhxy.example.edu.cn/tzgg/2025/0305/18.html",
        title="《清淮学院学报（社会科学版）》2025年“县域治理”专栏征稿启事",
        record_title="《清淮学院学报（社会科学版）》2025年“县域治理”专栏征稿启事",
        record_date="2025-03-05",
        date="2025-03-05",
        notes="journal office template: ISSN/CN line, submission-system login, a sidebar of recent issues; the call's own submission URL, e-mail and phone, its format rules mentioning 下载 a template",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>征稿启事-清淮学院学报编辑部</title></head>
<body>
<header><h2>⟦m 清淮学院学报（社会科学版）⟧</h2><p>⟦m ISSN 1672-0000　CN 32-1999/C　双月刊⟧</p><p>⟦a 作者投稿　专家审稿　编辑办公⟧</p></header>
<nav>⟦m 期刊简介 | 编委会 | 投稿指南 | 过刊浏览 | 通知公告 | 联系我们⟧</nav>
<div class="content">
<h3>{T}</h3>
<div class="meta">⟦m 编辑部　2025年03月05日　阅读次数：1577⟧</div>
{BODY}
</div>
<aside><h4>⟦l 最新目录⟧</h4><ul><li>⟦l 2025年第1期目次⟧</li><li>⟦l 2024年第6期目次⟧</li></ul><h4>⟦l 下载专区⟧</h4><ul><li>⟦l 论文模板⟧</li><li>⟦l 版权转让协议⟧</li></ul></aside>
<footer>⟦m 编辑部地址：江苏省清淮市学府路1号清淮学院行政楼509室　邮编：223300⟧<br>⟦d Copyright©清淮学院学报编辑部⟧</footer>
</body></html>
""",
        body="""
县域是国家治理的基本单元。为推动县域治理理论与实践研究，本刊2025年继续开设“县域治理”专栏，现面向国内外学者征集稿件。
一、选题范围
1. 县域经济高质量发展与产业转型；
2. 县乡基层治理体制机制创新；
3. 县域公共服务均等化与城乡融合；
4. 数字技术赋能县域治理的实践与反思。
二、稿件要求
来稿应观点鲜明、论证严密、资料翔实，字数以1.2万至1.8万字为宜，须附中英文题目、摘要和关键词。请作者在本刊网站“下载专区”下载论文模板，按模板格式排版。本刊实行双向匿名审稿，不收取任何审稿费和版面费。
三、投稿方式
请登录本刊投稿系统（https://tg.xb.qhxy.example.edu.cn）投稿，并在题目后注明“县域治理专栏”字样；投稿截止日期为2025年9月30日。
联系人：卜老师，电话：0517-8350 2261，电子邮箱：xbsk@qhxy.example.edu.cn。
""",
    ),
    dict(
        slug="senioruni-huijiang-speech-docfile-date-under",
        site="蕙江老年大学 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.hjlndx.example.org.cn/xydt/2025/0908/402.html",
        title="在蕙江老年大学2025年秋季开学典礼上的讲话",
        record_title="在蕙江老年大学2025年秋季开学典礼上的讲话.doc",
        date="2025-09-06",
        notes="file-name record title; a speaker line and a date line under the title (neutral, the date taken); a photo-gallery prompt and an enrolment box; the speech names the school's own app",
        page="""
!m 蕙江老年大学　乐学·乐为·乐享
!m 校园动态 ＞ 重要讲话
!t 在蕙江老年大学2025年秋季开学典礼上的讲话.doc
!a 附件预览　下载（29KB）
{T}
校长　邵文澜
（2025年9月6日）
{BODY}
!a 点击查看开学典礼精彩图集 >>
!l 【近期招生】智能手机应用班　太极拳提高班　国画花鸟班（尚有余位）
!m 报名咨询：0771-2358 4400　学校地址：蕙江市松柏路12号
""",
        indent="\u3000\u3000",
        body="""
各位学员、各位老师、同志们：
金秋九月，丹桂飘香。今天，我们在这里隆重举行2025年秋季开学典礼，热烈欢迎1260名新学员加入蕙江老年大学这个温暖的大家庭！
过去一年，学校新开设智能手机应用、短视频制作、中医养生等课程21门，在校学员突破6800人次；学员合唱团、书画社在全省老年文化艺术节上获得一等奖3项、二等奖5项，学员志愿服务队开展社区服务活动80余场次。
新学期，学校将重点做好三项工作。一是丰富课程体系，开设适合老年人需求的课程，让大家学得进、用得上；二是办好线上课堂，不方便到校的学员可以在学校的“乐龄学堂”平台上听课；三是加强校园安全管理，课间活动量力而行，有身体不适及时告诉班主任。
希望各位学员珍惜学习机会，老有所学、老有所乐、老有所为，在学习中收获健康和快乐。
最后，祝大家身体健康、学习进步、生活幸福！
""",
    ),
    dict(
        slug="drivingschool-xiangan-rules-no-date",
        site="祥安驾校 (invented)",
        style="培训机构",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.xianganjx.example.com/xyxz/12.html",
        title="祥安驾校学员学车须知",
        record_title="祥安驾校学员学车须知",
        date=None,
        notes="a driving school's page: price/enrolment prompts, a coach-booking button row, a WeChat contact line; the rules' own 投诉电话 and numbered articles that speak of 预约 in the app; no date",
        page="""
!m 祥安驾校｜安全学车·一次拿证
!w 报名热线：139 0741 5526（微信同号）
!m 首页 · 学车流程 · 班型价格 · 学员须知 · 训练场地
{T}
!a ▶ 预约练车　▶ 约考查询　▶ 学时查询
{BODY}
!a 【限时优惠】C1普通班立减300元，老学员推荐再送50元油卡！
!l 学员评价（218）：教练很耐心，场地离家近……
!d 最终解释权归祥安驾校所有
""",
        body="""
为保障学员学车安全，维护正常教学秩序，请各位学员认真阅读并遵守以下须知：
第一条　学员报名后，应按规定完成理论学习和实际操作训练学时，学时未满的不得预约考试。
第二条　学员练车须提前一天通过驾校APP预约，预约成功后如需取消，应在练车前4小时取消，无故缺席3次的，暂停预约一周。
第三条　学员上车训练时应穿平底鞋，不得穿拖鞋、高跟鞋，不得酒后、疲劳练车。
第四条　训练期间必须服从教练员指挥，未经允许不得擅自启动车辆或驶离训练场地。
第五条　学员不得向教练员赠送礼品礼金，不得请教练员吃饭；发现教练员索要财物的，可拨打驾校投诉电话0741-5520 315举报，一经查实严肃处理。
第六条　学员应爱护教练车辆和场地设施，因违规操作造成损坏的，应照价赔偿。
""",
    ),
    dict(
        slug="skills-tangli-training-plan-html-table",
        site="棠梨县职业技能培训学校 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="html",
        source="https://www.tlzjpx.example.com/pxjh/2025/0110/88.html",
        title="2025年度电工职业技能等级认定培训计划",
        record_title="【培训计划】2025年度电工职业技能等级认定培训计划",
        date="2025-01-10",
        notes="training-school template: a hero with 报名 buttons, a course sidebar with prices, a subsidy banner; a schedule table one row a paragraph; the plan's own 报名地点/电话 and a subsidy rule; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【培训计划】2025年度电工职业技能等级认定培训计划_棠梨职培</title></head>
<body>
<div class="hero"><b>⟦m 棠梨职培⟧</b><i>⟦m 一技在手　就业无忧⟧</i><button>⟦a 马上报名⟧</button><button>⟦a 证书查询⟧</button></div>
<div class="bar">⟦m 首页｜培训项目｜补贴政策｜师资力量｜学员风采｜联系我们⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="by">⟦m 发布者：教务处 | 阅读量 956⟧</div>
{BODY}
</div>
<div class="aside"><h4>⟦l 热门培训⟧</h4><ul><li>⟦l 焊工（初级）　￥1680⟧</li><li>⟦l 育婴员　￥1280⟧</li><li>⟦l 中式烹调师　￥1980⟧</li></ul></div>
<div class="sub">⟦a 符合条件可申领技能提升补贴，点此测算您的补贴金额⟧</div>
<div class="ft">⟦m 办学许可证号：人社民4331260000123号　地址：棠梨县工业园创业路6号⟧</div>
</body></html>
""",
        body="""
为提升我县电工从业人员技能水平，根据县人力资源和社会保障局年度培训任务安排，我校2025年计划开展电工职业技能等级认定培训4期，具体安排如下：
期次　培训等级　培训时间　计划人数
第一期　五级（初级工）　3月3日至3月28日　50人
第二期　四级（中级工）　4月7日至5月9日　40人
第三期　五级（初级工）　9月1日至9月26日　50人
第四期　三级（高级工）　10月13日至11月21日　30人
一、培训内容
理论部分包括电工基础、电气识图、安全用电规程等；实操部分包括低压配电线路安装、电动机控制线路接线、常用仪表使用等。
二、报名条件
年满16周岁，初中及以上文化程度，身体健康，无色盲色弱；申报四级、三级的，须具备相应的工作年限或下一级证书。
三、补贴政策
培训合格并取得职业技能等级证书的，可按规定申领职业技能提升补贴，五级每人1000元、四级每人1500元、三级每人2000元。
四、报名地点及电话
报名地点：县职业技能培训学校教务处（工业园创业路6号），报名电话：0738-6620 9912。
棠梨县职业技能培训学校
2025年1月10日
""",
    ),
    dict(
        slug="talentcentre-heshan-title-evaluation-html",
        site="鹤汕市人才服务中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rcfw.heshan.example.gov.cn/zcps/2025/0616/3309.html",
        title="关于开展2025年度鹤汕市中级职称评审工作的通知",
        record_title="关于开展2025年度鹤汕市中级职称评审工作的通知",
        record_date="2025-06-16",
        date="2025-06-16",
        notes="a talent service centre: a document number line (neutral), a materials list with 1. 2. 3., an 附件 list, the notice's own 咨询电话 per series; the site's online-filing login box and a 常见问题 list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展2025年度鹤汕市中级职称评审工作的通知</title></head>
<body>
<div class="logo">⟦m 鹤汕市人才服务中心⟧ <small>⟦m 人才之家　服务之窗⟧</small></div>
<div class="menu">⟦m 首页　人才引进　职称评审　人事代理　档案管理　办事指南⟧</div>
<div class="login">⟦a 职称申报系统入口　|　个人登录　|　单位登录⟧</div>
<div class="main">
<div class="dq">⟦m 导航 ▸ 职称评审 ▸ 通知公告⟧</div>
<h1>{T}</h1>
<div class="xx">⟦m 2025-06-16 09:30　　职称评审科　　【字体：放大 缩小】⟧</div>
<p class="wh">鹤人才〔2025〕21号</p>
{BODY}
</div>
<div class="faq"><h4>⟦l 常见问题⟧</h4><ol><li>⟦l 申报材料需要加盖哪些印章？⟧</li><li>⟦l 继续教育学时如何查询？⟧</li></ol></div>
<div class="bottom">⟦m 鹤汕市人才服务中心主办　技术支持：鹤汕数字政务有限公司⟧</div>
</body></html>
""",
        body="""
各县（区）人社局，市直各单位：
根据省人社厅关于做好2025年度职称评审工作的部署，现就我市2025年度中级职称评审工作有关事项通知如下：
一、评审范围
本次开展工程、农业、经济、会计、图书资料、群众文化等6个系列中级职称评审。
二、申报材料
1. 《专业技术职务任职资格评审表》一式三份；
2. 学历证书、现有职称证书原件及复印件；
3. 任现职以来的业绩成果、论文论著等证明材料；
4. 继续教育学时证明。
三、时间安排
个人网上申报时间为6月20日至7月20日；单位审核推荐时间为7月21日至7月31日；评审委员会评审时间另行通知。
四、咨询电话
工程、农业系列：0754-8822 6061；经济、会计系列：0754-8822 6063；图书资料、群众文化系列：0754-8822 6065。
附件：1. 2025年度中级职称评审申报条件
2. 申报材料目录
鹤汕市人才服务中心
2025年6月16日
""",
    ),
    dict(
        slug="recruitexam-liaochuan-candidate-rules-pdf-bullets",
        site="蓼川县人事考试院 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://rsks.liaochuan.example.gov.cn/upload/2025/ksxz.pdf",
        title="蓼川县2025年事业单位公开招聘笔试考生须知",
        record_title="蓼川县2025年事业单位公开招聘笔试考生须知.pdf",
        date=None,
        notes="a PDF on an exam bureau's site: file-name record title; cut by •N• page markers (glued or not); numbered rules that speak of 打印 the admission ticket; the year only in the title, the upload stamp is no date",
        page="""
!m 蓼川县人事考试院
!m PDF阅读器 | 共3页 | 上传于2025-06-28
!a ⊕ 放大　⊖ 缩小　⤓ 下载　🖶 打印
{T}
{BODY}
!d 本文件由蓼川县人事考试院发布，解释权归蓼川县人事考试院。
""",
        pages=dict(fmt="•{n}•", every=150, start=2, glue="mix"),
        body="""
一、考生须凭本人有效居民身份证原件和准考证参加考试，证件不全者不得进入考场。准考证请于考前一周登录报名网站自行下载打印，用A4纸打印，正反面均不得涂改。
二、考生应于开考前30分钟凭证进入考场，按准考证号对号入座，并将准考证和身份证放在桌面左上角，以便监考人员查验。开考30分钟后不得入场，考试开始后60分钟内不得交卷退场。
三、考生只准携带黑色签字笔、2B铅笔和橡皮进入考场。严禁携带手机、智能手表等各类电子通讯设备进入考场，已带入的须关机后放在指定位置。
四、考生应在答题卡指定位置作答，在草稿纸、试卷上作答的一律无效。考试结束信号发出后，考生应立即停止答题，待监考人员收齐试卷、答题卡后方可离开。
五、考生应自觉遵守考场纪律，对违纪违规的考生，将按照《事业单位公开招聘违纪违规行为处理规定》严肃处理。
""",
    ),
    dict(
        slug="selectionforum-insight-junk-floors",
        site="遴选之家论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.linxuanzhijia.example.com/thread-30988-1-1.html",
        title="从县直到市直：我的公开遴选备考心得",
        record_title="【经验】从县直到市直：我的公开遴选备考心得（长文慎入）",
        date="2025-02-11",
        notes="a selection-exam forum: the thread title decorated, the opening post's time line taken as the page's date, a level/medal line, anti-scraping junk as lines and glued after 。, floors with replies, a reward button",
        page="""
!m 遴选之家 » 备考交流 » 经验分享
!t 【经验】从县直到市直：我的公开遴选备考心得（长文慎入）
!m 楼主：南山北桥　Lv.5 遴选达人　｜　帖子 96　｜　2025-02-11 21:40
!l 倒序　只看此人　#1
{BODY}
!a 【赏】觉得有用，打赏楼主
!l #2　北漂回县城：写得真好，收藏了
!l #3　小鹿：请问楼主案例分析题怎么练？
!l 快速回复　｜　登录后方可发帖
!m 遴选之家论坛 ©2019-2025 本站由某云提供计算服务
""",
        junk=dict(lines=2, glued=3),
        body="""
去年底我通过了市直机关公开遴选，从县里的一个局调到了市里。备考期间从这个论坛学到很多，现在把自己的经验写出来，算是还愿。
一、先搞清楚遴选考什么
遴选和公务员考试不一样，更看重实际工作能力。笔试一般是案例分析加公文写作加申论，有的单位还考时政和专业知识。我报考的是市委办公室，笔试就是一篇公文写作和一道对策题，写的是调研报告。
二、平时积累最重要
我的做法是每天读一篇省报评论，把好的表述抄在本子上；每周找一份市里的讲话稿或工作报告，分析它的结构。半年下来，抄了两大本，写东西时再也不会无从下笔。
三、多写多改，找人看
备考三个月里我写了二十多篇文章，每篇都请单位的老科长帮忙看。他改得很细，连标点都会圈出来，这对我帮助很大。
四、面试要讲真实的工作
面试的时候考官问得很实，我就老老实实讲自己在县里做过的事，包括做得不好的地方，考官反而比较认可。
最后想说，遴选是在岗位上干出来的，平时把本职工作干好，就是最好的准备。祝大家都能如愿！
""",
    ),
    dict(
        slug="interviewboard-answer-junk-no-title",
        site="结构化面试练习吧 (invented)",
        style="公考论坛",
        genre="演讲稿",
        kind="speech",
        form="text",
        source="https://tieba.mianshi.example.com/p/77120458",
        title="以“基层是最好的课堂”为题作即兴演讲",
        record_title=None,
        date=None,
        notes="no record title, no date; an interview-practice board: the practice question as the thread title with a 【每日一练】 tag, the model answer with glued and line junk, a vote bar and hidden-reply prompts",
        page="""
!m 结构化面试练习吧　关注 3.6万
!t 【每日一练】以“基层是最好的课堂”为题作即兴演讲
!m 1楼　练习组组长
!a 回复可见参考答案，已回复 ✔
{BODY}
!l 👍 有用 318　　👎 没用 6
!l 2楼　上岸上岸上岸：背下来了
!a 打开客户端，查看更多高分答案
""",
        junk=dict(lines=1, glued=2),
        body="""
各位考官：
大家好！今天我演讲的题目是《基层是最好的课堂》。
去年夏天，我到社区参加志愿服务。第一天，一位老大爷拉着我问医保怎么报销，我翻了半天手册也没说清楚，大爷摆摆手说：“小伙子，你再去学学吧。”那一刻我才明白，书本上的知识，离群众的需要还有很长一段路。
基层是最好的课堂，因为这里有最真实的问题。群众的急事难事，没有标准答案，需要我们俯下身子去听、去想、去办。
基层是最好的课堂，因为这里有最好的老师。一位在社区干了二十年的网格员告诉我，做群众工作，先要把自己当成群众。这句话，我一直记在心里。
如果我有幸成为一名公务员，我愿意扎根基层，把群众当老师，把难题当考题，在基层这个大课堂里交出合格的答卷。
我的演讲完毕，谢谢各位考官！
""",
    ),
    dict(
        slug="teachresearch-yaochuan-plan-wrapped-cn-date",
        site="杳川县教育局教研室 (invented)",
        style="教育门户",
        genre="工作计划",
        kind="plan",
        form="text",
        source="http://jys.yaochuan.example.edu.cn/jyjh/2025/0220/77.html",
        title="杳川县2025年春季学期教研工作计划",
        record_title="杳川县2025年春季学期教研工作计划",
        date="2025-02-18",
        notes="hard-wrapped at 56 columns and cut by 页码：N markers glued to the continuation line; decimal headings 1.1 1.2; signature date in Chinese numerals",
        page="""
!m 杳川教研网　|　县教育局教研室主办
!m 首页 » 教研计划
{T}
!m 投稿：教研室　浏览 540
{BODY}
!a 〈打印〉〈关闭〉
!l 相关：2024年秋季学期教研工作总结　|　全县中小学教学常规检查通报
!m 杳川教研网 湘ICP备19011203号-3
""",
        indent="\u3000\u3000",
        wrap=56,
        pages=dict(fmt="页码：{n}", every=140, start=2, glue=True),
        body="""
本学期，县教研室将以深化课堂教学改革为核心，以提高教学质量为目标，加强教学研究、指导和服务，推动全县基础教育教学质量稳步提升。
1. 加强课堂教学研究
1.1 开展“一校一课”教研活动。各中小学每月至少组织一次以学科组为单位的公开课研讨，教研员每学期深入学校听课不少于60节。
1.2 推进作业设计改革。组织小学语文、数学和初中各学科开展分层作业设计评比，控制作业总量，提高作业质量。
2. 加强教师队伍建设
2.1 举办新任教师岗位培训，帮助新教师尽快熟悉教学常规。
2.2 组织县级骨干教师送教下乡活动，覆盖全县所有农村学校。
3. 加强教学质量监测
组织好期中、期末质量监测，做好数据分析和反馈，帮助学校查找薄弱环节，改进教学。
杳川县教育局教研室
二〇二五年二月十八日
""",
    ),
]
