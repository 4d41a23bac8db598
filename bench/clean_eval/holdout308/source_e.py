"""holdout308, part E: education portals, colleges, hospitals, personnel-exam sites and training schools.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="edu-haochuan-plan-plant-corners-decimal",
        site="颢川教育信息网 (invented county education portal)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://jyj.haochuan.gov.cn/jcjy/2025/0320/6104.html",
        title="颢川县中小学“校园植物角”养护行动方案",
        record_title="颢川县中小学“校园植物角”养护行动方案 - 基础教育科 - 颢川教育信息网",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes=(
            "education portal with 适老化/读屏 links: decimal headings 1.1–3.2, the plan's own 联系人/电话 beside"
            " the site's technical-support line; the posting date differs from the signature date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>颢川县中小学“校园植物角”养护行动方案 - 基础教育科 - 颢川教育信息网</title>
<script src="/assets/js/ageing.js"></script>
</head>
<body>
<div class="tools">⟦a 长辈关怀版⟧ ⟦a 读屏专用⟧ ⟦a 繁體版⟧</div>
<div class="header">⟦m 颢川教育信息网 · 颢川县教育局主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 基础教育⟧ ⟦m 招生考试⟧ ⟦m 办事指南⟧</div>
<div class="main">
<div class="pos">⟦m 您现在的位置：首页 » 基础教育 » 基础教育科⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 时间：2025-03-20　　作者：基础教育科　　浏览量：1208⟧</div>
<div class="content">
{BODY}
</div>
<div class="scan">⟦a 手机扫码，在掌上继续阅读本文⟧</div>
<div class="prev">⟦l 上一篇：关于做好2025年春季学期开学工作的通知⟧</div>
<div class="next">⟦l 下一篇：全县中小学劳动教育现场推进会在徕湖镇召开⟧</div>
</div>
<div class="footer">
<p>⟦m 颢川县教育局　地址：颢川县城关镇文昌路15号⟧</p>
<p>⟦m 网站技术支持：0713-7288100（工作日）⟧</p>
<p>⟦m 鄂ICP备10003581号⟧</p>
</div>
</body>
</html>
""",
        body="""
为落实劳动教育要求，培养学生爱护植物、坚持劳动的习惯，县教育局决定在全县中小学开展“校园植物角”养护行动，方案如下。
1．目标任务
1.1　每所学校建设植物角不少于1处，每个班级认养盆栽不少于5盆。
1.2　学生人人参与浇水、松土和记录，每学期完成观察日记不少于4篇。
2．工作措施
2.1　各校为每个班级配备小号喷水壶2把、园艺铲2把，由劳动教育教师指导使用。
2.2　浇水实行值日制，用喷水壶“见干见湿”浇水，避免积水烂根。
2.3　各校于每学期末开展“最美植物角”评比。
3．工作要求
3.1　请各校于4月10日前将植物角照片和认养名单报县教育局基础教育科。
3.2　联系人：牟思远　电话：0713-7288405
颢川县教育局
2025年3月18日
""",
    ),
    dict(
        slug="edu-chanxi-notice-turtle-keeping-wrapped",
        site="禅溪县教育体育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.chanxi.gov.cn/tzgg/2025/0908/1177.html",
        title="关于规范学校生物角龟类饲养管理的通知",
        record_title="【基教通知】关于规范学校生物角龟类饲养管理的通知（含饲养登记表）_禅溪县教育体育局",
        date="2025-09-05",
        notes=(
            "notice hard-wrapped at 70 columns; numbered list; downloading the attachment's form is content; a"
            " 附件 line; an attachment download link below"
        ),
        page="""
!m 禅溪县教育体育局
!m 首页 > 通知公告 > 基础教育
{T}
!m 发布者：基教股　　阅读：877
{BODY}
!a 附件下载：学校生物角龟类饲养情况登记表.docx（点击下载）
!a 【打印正文】　【关闭窗口】
!m 禅溪县教育体育局 版权所有　技术维护：禅溪县教育信息中心
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
各中小学、幼儿园：
近期，部分学校生物角饲养的龟类出现死亡，个别学校还饲养了红耳龟等外来入侵物种。为规范学校生物角龟类饲养管理，现将有关要求通知如下：
1．各校不得饲养、展示红耳龟等列入入侵物种名录的龟类，现有的一律交由县农业农村局指定机构收容，不得放生。
2．龟缸应放置在通风、有散射光的位置，配备过滤器和晒台，每周至少换水一次，并安排专人负责。
3．学生接触龟类和龟缸后必须洗手，幼儿园不得组织幼儿直接触摸龟类。
4．请各校下载附件中的登记表，如实填写饲养情况，于9月20日前报县教体局基教股。
附件：学校生物角龟类饲养情况登记表
禅溪县教育体育局
2025年9月5日
""",
    ),
    dict(
        slug="college-xcnu-news-stray-cat-bowls-no-title",
        site="燮川师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xcnu.edu.cn/info/1021/40588.htm",
        title="校流浪猫关爱协会为校园投喂点更换不锈钢猫食盆",
        record_title=None,
        date="2025-04-11",
        notes="college news page with no record title: the <h1> holds it; a dotted date line is the page's date; photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>燮川师范学院新闻网</title>
</head>
<body>
<div class="head">⟦m 燮川师范学院新闻网⟧ ⟦a 学校主页⟧ ⟦a 投稿系统⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 师院要闻⟧ ⟦m 校园动态⟧ ⟦m 学术科研⟧ ⟦m 媒体师院⟧</div>
<div class="list-pos">⟦m 当前位置：首页 &gt; 校园动态⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 2025.04.11　　来源：生命科学学院　　浏览：[ 651 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="editor">⟦m 审核：吕青岚　　编辑：宣传部　周映⟧</div>
</div>
<div class="foot">⟦m 燮川师范学院党委宣传部　地址：燮川市奂城区学院路2号⟧</div>
</body>
</html>
""",
        body="""
4月9日下午，校流浪猫关爱协会的20余名志愿者在西区食堂后侧、图书馆东侧等5处校园投喂点，把原来的塑料猫食盆全部更换为不锈钢猫食盆，并加装了防雨顶棚。
⟦m 志愿者在图书馆东侧投喂点安装防雨顶棚（生命科学学院供图）⟧
协会负责人、生命科学学院2023级学生蒲欣然介绍，校园里常驻的流浪猫有40多只，原来的塑料盆风吹日晒后容易开裂，也不好清洗。这次更换的猫食盆由学校后勤处出资购买，共30个。
协会还制定了投喂点值班表，志愿者每天早晚各清理一次剩粮。后勤处提醒师生，不要在宿舍楼内投喂流浪猫，发现受伤或患病的猫，可以联系协会处理。
""",
    ),
    dict(
        slug="college-xcvtc-rules-cutting-tools-loan",
        site="燮川职业技术学院纺织服装系 (invented)",
        style="高校官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://fzx.xcvtc.edu.cn/sxzx/gzzd/2025/0226/88.html",
        title="服装工程实训中心裁剪工具借用管理规定",
        record_title="【实训室制度】服装工程实训中心裁剪工具借用管理规定 · 燮川职院纺织服装系",
        date=None,
        notes="college department page: rules with 第N条 and an effective clause only (no date); scanning the tool cabinet's QR code is content",
        page="""
!m 燮川职业技术学院 纺织服装系
!m 系部首页 ｜ 系部概况 ｜ 专业建设 ｜ 实训中心 ｜ 学生工作
!m 当前位置：实训中心 > 规章制度
{T}
!m 发布部门：服装工程实训中心　　点击数：342
{BODY}
!a 〔收藏〕〔打印〕〔关闭〕
!m Copyright © 燮川职业技术学院纺织服装系　地址：燮川市禅溪大道99号
""",
        indent="\u3000\u3000",
        body="""
第一条　为加强服装工程实训中心裁剪工具管理，保障实训教学正常进行，制定本规定。
第二条　本规定所称裁剪工具，包括裁缝剪、纱剪、电剪、划粉和金属直尺等。
第三条　学生借用裁缝剪须在实训课前扫描工具柜上的二维码登记，写明班级、姓名和借用编号，下课后当场归还。
第四条　裁缝剪只准用于剪裁布料，不得剪纸板、塑料和金属丝。因违规使用造成刃口崩损的，由借用人照价赔偿。
第五条　实训教师每周检查一次裁缝剪刃口，需要研磨的送交实训中心统一处理，学生不得自行研磨。
第六条　本规定自发布之日起施行，由纺织服装系负责解释。
""",
    ),
    dict(
        slug="hospital-xc2h-article-turtles-salmonella",
        site="燮川市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.xc2h.com/jkkp/ek/2025/0722/3318.html",
        title="家里养龟，孩子要注意这几点",
        record_title="【儿童健康小课堂】家里养龟，孩子要注意这几点_燮川市第二人民医院",
        date="2025-07-22",
        notes=(
            "hospital site with a booking float and a 24-hour line; the 发布时间 byline is the page's date; the"
            " department's own 咨询电话 in the body beside the hospital's booking and emergency lines"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【儿童健康小课堂】家里养龟，孩子要注意这几点_燮川市第二人民医院</title>
</head>
<body>
<div class="top">⟦m 燮川市第二人民医院 · 三级综合医院⟧　⟦m 24小时急救电话：0715-3328120⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="pos">⟦m 首页 → 健康科普 → 儿科⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-07-22　　供稿：儿科　　浏览次数：488⟧</div>
<div class="txt">
{BODY}
</div>
<div class="rel">⟦l 相关科普：夏季儿童腹泻的家庭护理⟧</div>
</div>
<div class="float-book">⟦a 预约挂号　微信/支付宝搜“燮川二院”小程序⟧</div>
<div class="foot">⟦m 预约挂号电话：0715-3328000　　地址：燮川市奂城区长庚路66号⟧<br>⟦d 本站科普内容仅供参考，不能代替医生面诊。⟧</div>
</body>
</html>
""",
        body="""
夏天是沙门氏菌感染的高发季节。近期，我院儿科接诊了3名腹泻、发热的幼儿，经检查均为沙门氏菌感染，追问病史发现，孩子们家里都养了龟，平时会用手去摸龟缸里的龟和水。
龟类的肠道里常常带有沙门氏菌，看上去健康的龟也可能带菌。细菌会随着粪便进入龟缸的水中，孩子摸了再吃东西，就可能病从口入。
儿科医生提醒：一是五岁以下儿童不要直接接触龟和龟缸；二是接触后用肥皂和流动水洗手；三是龟缸不要在厨房水槽里清洗；四是孩子出现腹泻、发热要及时就医，并告诉医生家里养了龟。
儿科门诊咨询电话：0715-3328716
""",
    ),
    dict(
        slug="hospital-xctcm-notice-disinfectant-sprayers",
        site="燮川市中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xczyy.org.cn/ywgk/tzgg/2025/0214/219.html",
        title="关于规范使用手动喷壶进行环境消毒的通知",
        record_title="关于规范使用手动喷壶进行环境消毒的通知 - 感控之窗 - 燮川市中医院",
        date="2025-02-14",
        notes="hospital notice: the 院感 office's internal extension in the body beside the hospital's switchboard and booking lines; signature date",
        page="""
!m 燮川市中医院　XIECHUAN HOSPITAL OF TCM
!m 总机：0715-3316000　　预约挂号：0715-3316111
!m 首页 > 院务公开 > 通知公告
{T}
!m 来源：院感管理科　　点击：152
{BODY}
!l 上一条：关于2025年春节期间门诊安排的通知
!l 下一条：中医院开展“三八”妇女节义诊活动
!m 燮川市中医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
各科室：
近期院感检查发现，部分科室使用饮料瓶、浇花用的喷水壶盛装消毒液进行环境喷洒，存在浓度不准、标识不清、误用误饮等隐患。为规范环境消毒工作，现通知如下：
一、环境表面消毒以擦拭为主，确需喷洒的，统一使用医院配发的带刻度手动喷壶，不得用浇花喷水壶或饮料瓶代替。
二、喷壶须贴标签，注明消毒液名称、浓度、配制时间和配制人。消毒液现配现用，配制超过24小时的不得使用。
三、喷洒消毒时操作人员应佩戴口罩和手套，病人在场时不得喷洒。
四、院感科将于3月起开展专项督查，检查结果纳入科室质量考核。
院感科联系电话：内线8236
院感管理科
2025年2月14日
""",
    ),
    dict(
        slug="exam-xcrsks-notice-groomer-assessment",
        site="燮川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xcrsks.cn/jnjd/2025/0812/5527.html",
        title="2025年第二批宠物美容师职业技能等级认定考核安排",
        record_title="【认定考核·考务】2025年第二批宠物美容师职业技能等级认定考核安排 - 燮川人事考试网",
        date="2025-08-12",
        notes=(
            "personnel-exam site: maintenance banner, admission-ticket float; an exam timetable; downloading and"
            " printing the 准考证 is content; the centre's 咨询电话 beside the site's technical line"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【认定考核·考务】2025年第二批宠物美容师职业技能等级认定考核安排 - 燮川人事考试网</title>
</head>
<body>
<div class="notice-bar">⟦d 系统维护公告：8月16日0:00—6:00报名系统暂停服务，请错峰操作。⟧</div>
<div class="head">⟦m 燮川人事考试网⟧　⟦m 公平 公正 便民⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 公务员⟧ ⟦m 事业单位⟧ ⟦m 职业技能⟧ ⟦m 成绩查询⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 职业技能 &gt; 考务通知⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：市职业技能鉴定指导中心　　发布：2025-08-12⟧</div>
<div class="content">
{BODY}
</div>
<div class="float-zkz"><a>⟦a 准考证打印入口 ▶⟧</a></div>
<div class="foot">⟦m 网站技术咨询：0715-3319900（工作日9:00—17:00）⟧<br>⟦m 燮川市人事考试院 主办　鄂ICP备16011926号⟧</div>
</body>
</html>
""",
        body="""
各有关考生：
2025年第二批宠物美容师职业技能等级认定考核将于9月6日举行，现将有关事项公告如下。
一、考核安排
科目　时间　地点
理论知识　9月6日9:00—10:30　燮川技师学院3号楼
操作技能　9月6日14:00—17:00　燮川技师学院实训楼
二、考生须知
考生请于9月1日起登录本网站下载并打印准考证，凭准考证和身份证参加考核。操作技能考核需自带美容剪、宠物梳（针梳、排梳各一把）和吹水机，考场提供犬只模型。
三、咨询方式
咨询电话：0715-3319027
燮川市职业技能鉴定指导中心
2025年8月12日
""",
    ),
    dict(
        slug="exam-xcjnjd-explanation-pattern-maker-tools",
        site="燮川职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xcjnjd.cn/kwtz/2025/1009/372.html",
        title="关于服装制版师职业技能等级认定考核工具要求的说明",
        date="2025-10-09",
        notes="the record gives the title as is; downloading the exam-room plan is content; the centre's phone beside the site's technical line",
        page="""
!m 燮川职业技能鉴定网
!m 首页 › 考务通知 › 服装类
!d 温馨提示：本网站不收取任何报名以外的费用，谨防诈骗。
{T}
!m 发布者：鉴定中心考务科　　浏览：2,316
{BODY}
!a 分享本页　｜　打印本页
!m 技术支持：0715-3319955　　燮川市职业技能鉴定指导中心 主办
""",
        indent="\u3000\u3000",
        body="""
各位考生：
近期不少考生来电询问服装制版师（三级）操作技能考核的工具要求，现统一说明如下：
一、考生须自带裁缝剪一把（长度9寸至12寸为宜）、纱剪一把、软尺、划粉和打版尺；考场提供牛皮纸、白坯布和裁剪台。
二、考核中不得相互借用工具，裁缝剪、纱剪进出考场时刃口须加保护套。
三、电剪、激光裁剪器等电动工具一律不得带入考场。
四、考生可在考前一周登录本网站下载考场平面图，提前熟悉考场位置。
咨询电话：0715-3319027（工作日8:30—17:30）
燮川市职业技能鉴定指导中心
2025年10月9日
""",
    ),
    dict(
        slug="training-mengjian-brochure-groomer-weekend-class",
        site="萌剪宠物美容学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.mengjian-pet.com/zhaosheng/chuji.html",
        title="宠物美容师初级班招生简章",
        record_title="【周末班开课】宠物美容师初级班招生简章（限招16人）- 萌剪宠物美容学校",
        date=None,
        notes="training school: promo banner, consult float, a 400 line beside the school's own 报名电话; a course table; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【周末班开课】宠物美容师初级班招生简章（限招16人）- 萌剪宠物美容学校</title>
</head>
<body>
<div class="promo">⟦a 🎉 本月报名立减500元，再送全套美容工具！⟧</div>
<div class="header">⟦m 萌剪宠物美容学校⟧ ⟦m 全国加盟热线 400-882-0517⟧</div>
<div class="nav">⟦m 学校首页⟧ ⟦m 课程设置⟧ ⟦m 师资力量⟧ ⟦m 学员作品⟧ ⟦m 联系我们⟧</div>
<div class="page">
<h1>{T}</h1>
{BODY}
</div>
<div class="float-consult">⟦w 在线咨询　课程顾问微信 mengjian_gu⟧</div>
<div class="foot">⟦m 萌剪宠物美容学校 版权所有　湘ICP备22009781号⟧</div>
</body>
</html>
""",
        body="""
萌剪宠物美容学校是燮川市人社局备案的职业培训机构，专注宠物美容教学八年。现面向社会招收宠物美容师初级班学员。
一、课程安排
课程　课时　内容
工具认识　8课时　宠物梳、美容剪、指甲钳的选用与保养
洗护实操　24课时　洗澡、吹干、梳毛开结
基础修剪　32课时　泰迪、比熊等常见犬种造型
⟦l 往期学员作品：看看他们结业时剪的泰迪⟧
二、招生对象：年满16周岁，热爱宠物、身体健康者均可报名。
三、上课时间：每周六、周日全天，共8周。
四、报名方式：报名电话0715-3267391，地址：燮川市奂城区荷风路88号二楼。
""",
    ),
    dict(
        slug="training-chanxi-insight-grooming-course",
        site="禅溪县职业技能培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.cxjnpx.cn/xyxs/2025/0612/147.html",
        title="参加宠物美容初级培训的几点体会",
        date=None,
        notes="the record gives the title as is; a trainee's insight with no date; sign-up CTA glued after a sentence",
        page="""
!m 禅溪县职业技能培训中心 —— 学一门手艺，稳一份生计
!m 首页 ｜ 培训项目 ｜ 学员心声 ｜ 报名咨询
{T}
!m 栏目：学员心声　　作者：2025年第3期宠物美容班学员　　阅读：97
{BODY}
!w 想学手艺？报名请拨 0715-3522018，或到中心二楼报名处咨询
!l 更多学员心声：从家庭主妇到面点师 ｜ 我在中心学会了电工
""",
        indent="\u3000\u3000",
        body="""
这次在禅溪县职业技能培训中心参加了为期一个月的宠物美容初级培训，收获很多。
一是学会了梳毛。以前在家给狗梳毛，总是拿着梳子从上往下使劲拉，狗疼得直躲。老师教我们先用针梳分层梳开表面的毛，再用排梳从毛根梳到毛尖，遇到毛结要用手指捏住毛根，一点一点挑开。
二是懂得了工具要分开用。老师说，宠物梳要一宠一用，用完清毛、消毒，不然容易把皮肤病传给下一只。⟦a 下期开班时间点这里查看⟧
三是认识到手艺要靠练。一只泰迪从洗到剪要两个多小时，手上的功夫全靠多练。
结业后，我准备在镇上开一家小小的宠物洗护店，把学到的手艺用起来。
""",
    ),
]
