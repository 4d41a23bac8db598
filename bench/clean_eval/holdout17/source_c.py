"""Holdout17 cases, part C: schools, exams and training no earlier part imitated (a county
sports school, a university's school of Marxism, a postdoctoral office, a junior middle
school's letter, a construction-engineer exam course, a bar-exam coaching blog, a
medical-licensing exam centre, a selected-graduates (选调生) exam page, a military-transfer exam
forum, a teacher-recruitment forum, a smart-campus app, an art academy's gallery). Invented
text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-puchuan-sportsschool-oldtable-admission",
        site="朴川县业余体育运动学校 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.pctx.example.edu.cn/Article/ShowArticle.asp?ArticleID=318",
        title="朴川县业余体育运动学校2025年招生简章",
        record_date="2025-05-08",
        date="2025-05-08",
        notes="old table layout: 校园风采 sidebar, an 友情链接 select, a table of sports and quotas in the body, the school's own 报名电话; 成文日期 under the signature",
        page="""
<html><head><title>朴川县业余体育运动学校2025年招生简章_学校公告_朴川体校</title></head><body>
<table width="980" border="0" align="center"><tr><td>⟦m 朴川县业余体育运动学校　更高　更快　更强⟧</td></tr>
<tr><td>⟦m 首页　学校概况　训练竞赛　招生信息　校园风采　联系我们⟧</td></tr></table>
<table width="980" align="center"><tr><td width="200" valign="top">
<table><tr><td>⟦l 【校园风采】⟧</td></tr><tr><td>⟦l 我校举重队获市运会金牌四枚⟧</td></tr><tr><td>⟦l 冬训动员大会召开⟧</td></tr></table>
<table><tr><td>⟦l 友情链接：县教育局 | 县文旅广体局⟧</td></tr></table></td>
<td valign="top"><table width="100%"><tr><td align="center" class="title">{T}</td></tr>
<tr><td align="center">⟦m 【来源：教务处】【作者：admin】【时间：2025-5-8】【浏览：1011次】⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 朴川县业余体育运动学校 版权所有 Copyright(C)2012-2025⟧ ⟦m 备案号：湘ICP备12017752号⟧</td></tr></table>
</body></html>
""",
        body="""
为发现和培养优秀体育后备人才，我校面向全县招收2025年新生，现将有关事项公布如下。
一、招生项目及人数
项目　年龄要求　计划人数
田径　10至14周岁　20
举重　11至14周岁　8
摔跤　11至15周岁　10
二、报名条件
身体健康，热爱体育运动，经家长同意，具有一定运动基础者优先。
三、报名时间及方式
5月12日至5月30日到学校教务处现场报名，携带户口本和近期一寸照片两张。报名电话：0746-3312078。
四、测试
6月7日进行身体素质测试和专项测试，择优录取。
朴川县业余体育运动学校
2025年5月8日
""",
    ),
    dict(
        slug="univ-jinjiang-marxism-news-html-related",
        site="槿江大学马克思主义学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mksxy.jju.example.edu.cn/info/1042/5521.htm",
        title="学院召开2025年思政课集体备课会",
        date="2025-02-27",
        notes="university school template: a 学校主页 link, a 发布时间 byline, a photo caption and 审核 line glued under the news, a 【关闭】 button, a 学院新闻 sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学院召开2025年思政课集体备课会-槿江大学马克思主义学院</title></head>
<body>
<div class="header">⟦m 槿江大学马克思主义学院⟧<a>⟦m 学校主页⟧</a></div>
<ul class="nav"><li>⟦m 学院概况⟧</li><li>⟦m 师资队伍⟧</li><li>⟦m 教学工作⟧</li><li>⟦m 科学研究⟧</li><li>⟦m 党建思政⟧</li></ul>
<div class="container"><div class="list-left"><h3>⟦l 学院新闻⟧</h3><ul><li>⟦l 学院举行研究生开题报告会⟧</li><li>⟦l 我院教师获省教学竞赛一等奖⟧</li></ul></div>
<div class="article"><h3>{T}</h3>
<div class="info">⟦m 发布时间：2025-02-27　作者：宣传信息员　点击：[ 336 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关闭】⟧</div></div></div>
<div class="footer">⟦m 地址：槿江市岳麓大道288号 邮编：410200⟧　⟦d Copyright © 槿江大学马克思主义学院⟧</div>
</body></html>
""",
        body="""
2月26日下午，学院在文科楼报告厅召开2025年春季学期思政课集体备课会，全院专任教师参加。
会上，各教研室主任围绕新学期教学重点作了发言，交流了专题教学设计和实践教学安排。
学院院长指出，要把地方红色资源融入课堂，推动思政小课堂与社会大课堂相结合。
会议还对教学督导、听课评课和课程考核等工作进行了部署。⟦m （供稿：教学办　审核：欧阳慧）⟧
""",
    ),
    dict(
        slug="univ-hengtang-postdoc-notice-email-url",
        site="蘅塘理工大学人事处博士后管理办公室 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://rsc.htut.example.edu.cn/bsh/tzgg/2025/0310/1127.htm",
        title="关于申报2025年度博士后创新人才支持计划的通知",
        record_title=None,
        date="2025-03-10",
        notes="no record title; the title repeated twice (once in a breadcrumb); the notice's own URL, e-mail and 联系人/电话 next to the office's footer phone; 附件 list; a 下载附件 row (chrome) and a body sentence telling applicants to 下载",
        page="""
!m 蘅塘理工大学人事处 | 博士后工作
!m 首页 → 博士后工作 → 通知公告 → 关于申报2025年度博士后创新人才支持计划的通知
{T}
!m 来源：博士后管理办公室　日期：2025-03-10　阅读：1455
{BODY}
!a 附件下载：附件1.申报书.doc　附件2.推荐汇总表.xls
!l 上一条：2025年第一批博士后出站评审结果公示
!m 人事处办公电话：0734-8282001　地址：行政楼305
""",
        indent="\u3000\u3000",
        body="""
各学院，各博士后科研流动站：
根据全国博士后管委会办公室通知，2025年度博士后创新人才支持计划申报工作已经启动，现将有关事项通知如下。
一、申报条件。申报人应为2024年9月1日以后毕业的优秀博士，年龄不超过31周岁。
二、申报程序。申报人登录中国博士后网站（http://www.chinapostdoctor.example.org.cn）在线填报，并下载打印申报书，经合作导师和学院签字后报送。
三、材料报送。请于4月15日前将纸质材料一式两份报博士后管理办公室，电子版发送至bsh@htut.example.edu.cn。
联系人：滕老师，电话：0734-8282016。
附件：1.申报书
2.推荐汇总表
人事处
2025年3月10日
""",
    ),
    dict(
        slug="edu-weishan-middleschool-letter-wrapped-scan",
        site="薇山县第二初级中学 (invented)",
        style="教育门户",
        genre="公开信",
        kind="letter",
        form="text",
        source="http://www.wsez.example.edu.cn/xxgg/2025/0110/441.html",
        title="薇山二中2025年寒假致家长的一封信",
        record_title="薇山二中2025年寒假致家长的一封信【转发给家长】",
        date="2025-01-10",
        notes="hard-wrapped at 62 columns with ideographic indent; decorated record title; the letter asks parents to 扫码 and 关注 (body); a 回执 cut-off line and a 学生姓名 line inside the body; a 校园一卡通 ad at the bottom",
        page="""
!m 薇山县第二初级中学　校务公开
{T}
!m 2025-01-10　政教处　点击数：2219
{BODY}
!a 本页支持一键转发到家长群 >>
!a 【智慧校园】缴费、请假、查成绩，下载“校园通”即可办理
!m 薇山二中　电话：0745-3392101　地址：薇山县学府路9号
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
尊敬的各位家长：
寒假将至，为了让孩子们度过一个安全、健康、充实的假期，现将有关事项告知如下。
一、放假时间：2025年1月17日至2月15日，2月16日学生返校报到。
二、安全教育：请家长加强对孩子的监护，严禁到河塘、水库游泳、滑冰，不燃放违规烟花爆竹，外出注意交通安全。
三、作业安排：各科寒假作业已发放，请家长督促孩子合理安排作息，每天阅读不少于半小时。
四、家校联系：请扫描告家长书背面的二维码，关注学校公众号，及时了解开学通知。
学校值班电话：0745-3392118。
薇山县第二初级中学
2025年1月10日
------------------------------回执------------------------------
学生姓名：　　　　班级：　　　　家长签名：
""",
    ),
    dict(
        slug="training-yuban-jzs-plan-html-decorated",
        site="榆坂建工网校 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="html",
        source="https://www.ybjgwx.example.com/yjjzs/fuxi/2025/0211_88.html",
        title="2025年一级建造师考试复习计划",
        record_title="【高分必看】2025年一级建造师考试复习计划（附时间表）_榆坂建工网校",
        date=None,
        notes="an online exam school: a 领取资料 popup, 免费试听 buttons, 班型 ad cards between body paragraphs, a schedule table in the body; no date (exam months in the text only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【高分必看】2025年一级建造师考试复习计划（附时间表）_榆坂建工网校</title></head>
<body>
<div class="h">⟦m 榆坂建工网校 — 建造师 · 造价师 · 监理工程师⟧ ⟦a 登录 / 注册⟧</div>
<div class="crumb">⟦m 网校首页 &gt; 一级建造师 &gt; 复习指导⟧</div>
<div class="main"><h1>{T}</h1>
<div class="meta">⟦m 编辑：小榆老师　2.1万人看过⟧</div>
<div class="con">
{BODY}
</div>
<div class="card">⟦a 精品班 | 通关班 | 私教班　立即免费试听⟧</div>
<div class="rel">⟦l 一建备考推荐：⟧<a>⟦l 一建《工程经济》必背公式汇总⟧</a><a>⟦l 零基础如何三个月过一建⟧</a></div></div>
<div class="pop">⟦w 扫码添加班主任，免费领取2025一建全套讲义⟧</div>
<div class="ft">⟦d 版权声明：本站原创内容，转载请注明出处⟧ ⟦m 客服电话：400-027-6600⟧</div>
</body></html>
""",
        body="""
一级建造师考试科目多、内容广，科学制定复习计划是通过考试的关键。结合往年考试安排，建议考生按以下四个阶段复习。
阶段　时间　任务
基础阶段　2月至5月　通读教材，完成章节练习
强化阶段　6月至7月　梳理重点，攻克案例题
冲刺阶段　8月　做真题和模拟卷，查漏补缺
⟦a 开通VIP会员，解锁全部章节题库⟧
考前阶段　考前两周　回归教材，背诵高频考点
复习中要注意三点：一是合理分配各科时间，实务科目要尽早开始；二是注重做题，每章学完及时练习；三是保持规律作息。
""",
    ),
    dict(
        slug="training-zitong-fakao-insight-coach-blog",
        site="梓桐明法法考课堂 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="experience",
        form="text",
        source="https://www.mingfa-fk.example.cn/jingyan/2025/0912.html",
        title="法律职业资格考试备考心得",
        record_title="学员分享｜法律职业资格考试备考心得（一次通过）",
        date=None,
        notes="a bar-exam coaching school: 学员分享 decoration, a 报名咨询 contact prompt glued to a body sentence, a 课程推荐 list, 点赞/收藏 counts; no date",
        page="""
!m 明法法考课堂 · 学员分享
!t 学员分享｜法律职业资格考试备考心得（一次通过）
!m 作者：2024届学员 小周　阅读 6432
{BODY}
!l 👍 218　　⭐ 收藏 97
!l 课程推荐：主观题精讲班 / 客观题刷题营 / 一对一规划
!d 本文为学员投稿，仅代表个人观点
""",
        indent="\u3000\u3000",
        body="""
去年我一次性通过了法律职业资格考试，下面结合自己的经历谈几点体会。
第一，早做规划。我从二月开始备考，把民法、刑法、行政法等科目按周分配，每天固定学习四个小时。
第二，重视真题。真题是最好的复习资料，我把近五年的客观题做了三遍，错题单独整理成册。⟦w 想要同款错题本模板？添加助教微信 mfkt2024 领取⟧
第三，主观题多写。主观题考查综合分析能力，考前一个月我每天坚持手写一道案例分析。
第四，调整心态。备考是一场持久战，遇到瓶颈期不要焦虑，适当运动，保证睡眠。
希望我的经验能对大家有所帮助，祝大家都能顺利上岸。
""",
    ),
    dict(
        slug="exam-hengtang-yikao-notice-table-record",
        site="蘅塘市医学考试中心 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.htyk.example.org.cn/tzgg/20250303/1066.html",
        title="关于2025年医师资格考试现场审核有关事项的通知",
        record_title="关于2025年医师资格考试现场审核有关事项的通知",
        record_date="2025-03-03",
        date="2025-03-03",
        notes="an exam centre: 考生服务 buttons, a 准考证打印入口 (chrome) and a body sentence about 打印 the 准考证; a table of review sites and dates; the notice's own 咨询电话 next to a technical hotline in the footer",
        page="""
!m 蘅塘市医学考试中心
!a 网上报名　|　准考证打印入口　|　成绩查询
!m 当前位置：首页 > 医师资格 > 通知公告
{T}
!m 发布日期：2025-03-03
{BODY}
!l 【相关链接】国家医学考试网　｜　蘅塘市卫生健康委员会
!m 网上报名技术支持：010-8765-4321（仅限系统问题）
!d 蘅塘市医学考试中心 主办
""",
        body="""
各有关单位及考生：
2025年医师资格考试网上报名已结束，现将现场审核有关事项通知如下：
一、审核时间和地点
考区　审核地点　审核时间
城区　市卫健委培训中心一楼　3月17日至3月21日
南部县　南部县卫健局二楼　3月18日至3月20日
二、审核材料。考生须携带有效身份证件、学历证书、试用期考核合格证明等原件及复印件。
三、注意事项。审核通过的考生请于考前一周登录国家医学考试网下载打印准考证。
咨询电话：0734-8901265。
蘅塘市医学考试中心
2025年3月3日
""",
    ),
    dict(
        slug="exam-dihua-xuandiao-announce-html",
        site="棣华人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.dhrsks.example.gov.cn/xdsks/2025/1103/2201.html",
        title="棣华市2026年选调优秀大学毕业生公告",
        record_title="棣华市2026年选调优秀大学毕业生公告",
        date="2025-11-03",
        notes="modern exam portal: a countdown widget, 考生登录 buttons, a 选调 column sidebar; a 文号 line under the title (neutral); the notice's own URL and 咨询电话; 成文日期 under the signature; a 扫码关注 box in the sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>棣华市2026年选调优秀大学毕业生公告</title></head>
<body>
<div class="top">⟦m 棣华人事考试网⟧　⟦a 考生登录　注册账号⟧</div>
<div class="nav">⟦m 首页　公务员　选调生　事业单位　职称考试　政策法规⟧</div>
<div class="wrap">
<div class="cont">
<h1>{T}</h1>
<p class="wh">棣组通〔2025〕41号</p>
<div class="bd">
{BODY}
</div>
</div>
<div class="side">
<div class="cd">⟦a 距报名截止还有 9 天⟧</div>
<div class="lm">⟦l 选调生专栏⟧<br>⟦l 2025年选调生体检名单⟧<br>⟦l 选调生报考常见问题解答⟧</div>
<div class="qr">⟦a 扫码关注“棣华人事考试”获取最新资讯⟧</div>
</div></div>
<div class="ft">⟦d 主办：棣华市人力资源和社会保障局　承办：棣华市人事考试院⟧<br>⟦m 粤ICP备06032271号⟧</div>
</body></html>
""",
        body="""
为加强年轻干部队伍建设，经市委同意，棣华市2026年面向部分高校选调优秀大学毕业生，现将有关事项公告如下。
一、选调计划
计划选调120名，其中定向名校选调40名、普通选调80名。
二、报名条件
2026年普通高校应届本科及以上学历毕业生，中共党员（含预备党员）或曾担任学生干部。
三、报名方式
采取网上报名方式，报名网址：https://xd.dhrsks.example.gov.cn，报名时间为11月5日9:00至11月12日17:00。
四、咨询电话
0756-2161004（工作日8:30至17:30）。
中共棣华市委组织部
2025年11月3日
""",
    ),
    dict(
        slug="gkforum-junzhuan-essay-floors-junk",
        site="军转考试交流社区 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.junzhuan-ks.example.com/thread-99124-1-1.html",
        title="申论范文：以实干担当推动基层治理提质增效",
        record_title="申论范文：以实干担当推动基层治理提质增效 - 申论交流区 - 军转考试交流社区",
        date=None,
        notes="a forum thread of an exam community for transferred officers: 楼主/沙发 floors, 积分/帖子 counters, 回复可见 prompt, forum junk glued after sentences and on lines of its own; a later floor's reply after the body; no date (the post shows 3小时前)",
        page="""
!m 军转考试交流社区 » 申论交流区 » 查看主题
!m 查看: 2817 | 回复: 41
{T}
!m 楼主 转业老兵刘　积分 1260　帖子 388　3小时前
{BODY}
!l 沙发　椰城小兵：感谢分享，收藏了！
!l 板凳　一年上岸：回复后可查看批改点评
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        junk=dict(lines=1, glued=3),
        body="""
基层是社会治理的基础和重心。推动基层治理提质增效，关键在于广大干部以实干担当破解难题。
以实干担当推动治理，要在察民情上下功夫。干部要走进田间地头，倾听群众呼声，把群众的“急难愁盼”摸清摸准。
以实干担当推动治理，要在解难题上见真章。面对矛盾纠纷，不回避、不推诿，用心用情化解群众烦心事。
以实干担当推动治理，要在建机制上求长效。完善网格化管理，推动资源、服务、管理向基层下沉。
基层治理没有旁观者。唯有人人担当、实干笃行，才能绘就共建共治共享的美好画卷。
""",
    ),
    dict(
        slug="gkforum-teacher-recruit-plan-junk-lines",
        site="教师招考吧 (invented)",
        style="公考论坛",
        genre="计划",
        kind="plan",
        form="text",
        source="https://tieba.jszk.example.com/p/7722018849",
        title="班主任工作计划（初一下学期）",
        record_title="【面试备考】班主任工作计划（初一下学期）_教师招考吧",
        date=None,
        notes="a teacher-recruitment forum (Tieba-like): 吧主/等级 badges, a '只看楼主' row, junk lines and glued junk, 回复 box at the end; decorated record title; no date",
        page="""
!m 教师招考吧 · 关注 18.3万
!a 只看楼主　收藏　回复
{T}
!m 1楼　追梦的小李老师　Lv.9 吧务　来自手机客户端
{BODY}
!l 2楼 哈哈小鱼：楼主好人，求一份说课稿
!l 3楼 上岸上岸：mark
!a 发表回复　　发贴请遵守吧规
""",
        junk=dict(lines=2, glued=2),
        body="""
本学期，我将继续担任初一（3）班班主任。为做好班级管理工作，特制订本计划。
一、班级情况分析。本班共有学生46人，经过一个学期的相处，学生已基本适应初中生活，但部分学生学习习惯还需加强。
二、工作目标。培养学生良好的学习和行为习惯，建设团结向上的班集体。
三、具体措施。一是加强班干部培养，每周召开一次班委会；二是开展主题班会，每月一个主题；三是做好家校沟通，每学期家访不少于十户。
四、活动安排。三月开展学雷锋活动，四月举行清明祭英烈，五月组织班级合唱比赛。
""",
    ),
    dict(
        slug="edu-lubo-smartcampus-notice-markers",
        site="芷陂实验小学智慧校园 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xyt.zbsx.example.com/h5/notice/detail?nid=30218",
        title="关于做好2025年秋季学期开学工作的通知",
        record_title="关于做好2025年秋季学期开学工作的通知",
        date="2025-08-22",
        notes="a smart-campus app's H5 page with a PDF pasted: ▲n▲ markers on lines of their own cutting sentences; 已读回执 row; app banner; 成文日期",
        page="""
!a 在“芷陂智慧校园”APP中打开
!m 通知详情
{T}
!m 发送者：校办 杨老师　　接收对象：全体教职工
{BODY}
!a 请点击“已阅”完成回执
!m 已阅 86/92
""",
        pages=dict(fmt="▲{n}▲", every=160, start=2),
        body="""
全体教职工：
2025年秋季学期将于9月1日正式开学。为确保开学工作平稳有序，现就有关事项通知如下。
一、8月28日全体教职工返校，上午召开全体教职工大会，下午各年级组召开工作会议，研究部署新学期教育教学工作。
二、各班主任要在8月30日前完成教室布置和卫生清扫，检查门窗、电器和消防设施，发现安全隐患及时报告总务处。
三、8月31日上午一年级新生报到，各班主任要提前联系家长，告知报到时间和所需材料。
四、教务处要在开学前完成课表编排和教材发放工作。
芷陂实验小学
2025年8月22日
""",
    ),
    dict(
        slug="univ-qiling-artgallery-call-for-works",
        site="杞岭美术学院美术馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://museum.qlmy.example.edu.cn/zhengji/2025/0416.html",
        title="关于征集建校七十周年师生美术作品的通知",
        record_title="关于征集建校七十周年师生美术作品的通知 | 杞岭美院美术馆",
        date="2025-04-16",
        notes="an academy gallery: 预约参观 buttons, an exhibitions list, the call's own e-mail and 作品规格 list, a 开放时间 footer; 成文日期",
        page="""
!m 杞岭美术学院美术馆 QILING ACADEMY ART MUSEUM
!a 预约参观　|　English
!m 首页 / 公告 / 征集
{T}
!m 2025.04.16
{BODY}
!l 正在展出：「山野之间」青年教师写生作品展　｜　即将开幕：毕业季作品展
!m 开放时间：周二至周日 9:00—17:00（周一闭馆）
!d © 杞岭美术学院美术馆
""",
        gap=True,
        body="""
全校师生、广大校友：
2025年10月是学校建校七十周年。为展示学校美术教育成果，美术馆决定面向全校师生和校友征集美术作品，举办校庆特展。
一、征集类别：中国画、油画、版画、雕塑、设计作品。
二、作品要求：近三年创作的原创作品，平面作品尺寸不超过四尺整张，雕塑作品高度不超过一米。
三、报送方式：请于6月30日前将作品照片和创作说明发送至zhengji@qlmy.example.edu.cn，初评入选后另行通知送件。
四、入选作品将编入校庆作品集。
杞岭美术学院美术馆
2025年4月16日
""",
    ),
]
