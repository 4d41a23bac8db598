"""holdout53, part C: Party-building, hospital, university, local-forum, download and
personnel-exam pages — a seismic bureau's Party branch, a haematology ward, a hot-spring
sanatorium, a soil-conservation college, an aid station. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="dangjian-text-seismic-branch-lecture",
        site="矶山机关党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.jishan.example.gov.cn/dkjt/2026/0701/665.html",
        title="守好防震减灾第一道防线——在县地震局七一专题党课上的讲稿",
        record_title="【七一党课】守好防震减灾第一道防线——在县地震局七一专题党课上的讲稿",
        date="2026-06-30",
        notes="Party lecture: decorated record title; speaker line (neutral) and a date line under the title; a 'study points' box and a quiz link at the bottom; a slogan line at the top",
        page="""
!m 矶山机关党建网　　不忘初心　牢记使命
!m 首页 / 党课讲堂 / 支部书记讲党课
!t 【七一党课】守好防震减灾第一道防线——在县地震局七一专题党课上的讲稿
县地震局党支部书记　葛立群
2026年6月30日
{BODY}
!a 学习打卡　｜　我要留言
!l 专题链接：学习园地　支部风采　党员先锋
!m 主办：中共矶山县直属机关工作委员会
""",
        body="""
同志们：
今天，我和大家一起学习交流，题目是“守好防震减灾第一道防线”。
地震监测预报是防震减灾的基础，我们每一名党员都是这道防线上的哨兵。
去年，支部党员带头承担夜间值班，全年完成速报三十七次，没有一次超时。
希望大家以党员的标准严格要求自己，把每一次值班都当作实战，守护全县群众的生命安全。
""",
    ),
    dict(
        slug="dangjian-html-soil-station-theme-day",
        site="璟川先锋网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jcxianfeng.example.cn/zbdt/2026/0415/1021.html",
        title="县水土保持站党支部开展“植绿护坡”主题党日活动",
        record_title="县水土保持站党支部开展“植绿护坡”主题党日活动-支部动态-璟川先锋网",
        date="2026-04-14",
        notes="Party-building site with a 信息来源 line and a 发布日期; a photo caption between paragraphs; a font control and share bar",
        page="""
<html><head><meta charset="utf-8"><title>县水土保持站党支部开展“植绿护坡”主题党日活动-支部动态-璟川先锋网</title></head><body>
<div class="banner">⟦m 璟川先锋网⟧ ⟦m 璟川县委组织部主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 支部动态⟧ ⟦m 党员教育⟧ ⟦m 先锋榜样⟧</div>
<h1>⟦t 县水土保持站党支部开展“植绿护坡”主题党日活动⟧</h1>
<div class="src">⟦m 发布日期：2026年04月14日　信息来源：县水利局机关党委⟧ ⟦a 【字体：大 中 小】⟧</div>
<div class="text">
<p>4月14日，县水土保持站党支部组织十二名党员来到矶山镇后岭村，开展“植绿护坡”主题党日活动。</p>
<p>⟦m 党员在后岭村坡面栽植侧柏。⟧</p>
<p>党员们分成三组，在裸露坡面上栽植侧柏八百株，并铺设生态袋一百二十米。</p>
<p>活动结束后，支部书记结合身边的水土流失治理实例，给大家上了一堂微党课。</p>
</div>
<div class="share">⟦l 分享：微信 朋友圈 新浪微博⟧</div>
<div class="foot">⟦m 版权所有：中共璟川县委组织部⟧ ⟦m 地址：璟川县府前路1号⟧</div>
</body></html>
""",
        body="""
4月14日，县水土保持站党支部组织十二名党员来到矶山镇后岭村，开展“植绿护坡”主题党日活动。
党员们分成三组，在裸露坡面上栽植侧柏八百株，并铺设生态袋一百二十米。
活动结束后，支部书记结合身边的水土流失治理实例，给大家上了一堂微党课。
""",
    ),
    dict(
        slug="hospital-text-haematology-ward-notice",
        site="潆州市第一人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yzsdyyy.example.com/news/tzgg/2026/0305/441.html",
        title="血液科移植病房探视管理的通知",
        record_title="血液科移植病房探视管理的通知 - 潆州市第一人民医院",
        date="2026-03-05",
        notes="hospital: the ward's own 咨询电话 kept beside the hospital's 预约挂号 and 24-hour line; a 'scan to follow the hospital account' block at the bottom",
        page="""
!m 潆州市第一人民医院　三级甲等综合医院
!m 首页 > 新闻中心 > 通知公告
!t 血液科移植病房探视管理的通知 - 潆州市第一人民医院
!m 发布者：血液科　发布时间：2026-03-05　阅读量：2308
{BODY}
!w 预约挂号：0579-96120（7:00-20:00）　急诊24小时：0579-83300120
!a 扫码关注“潆州一院”服务号，在线挂号、查报告
!m 地址：潆州市解放北路88号
""",
        body="""
各位患者家属：
造血干细胞移植病房为层流洁净病房，为降低感染风险，现对探视作如下规定。
一、移植病房实行无陪护管理，家属不得进入层流病房。
二、家属可于每日15时至16时在病房外视频探视区与患者通话。
三、患者所需生活用品请交护士站，经消毒后转入病房。
血液科护士站咨询电话：0579-83302261。
血液科
2026年3月5日
""",
    ),
    dict(
        slug="hospital-html-sanatorium-rehab-plan",
        site="湄阳温泉疗养院 (invented)",
        style="医院官网",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.mywqlyy.example.com/kszx/kf/2026/0225/88.html",
        title="康复医学科2026年温泉康复护理项目实施方案",
        record_title=None,
        date="2026-02-25",
        notes="no record title (the html title only says the department); numbered list and decimal headings kept; the department's 咨询电话 beside the sanatorium's 预约 line; floating online-consult box",
        page="""
<html><head><meta charset="utf-8"><title>康复医学科 - 湄阳温泉疗养院</title></head><body>
<div class="top">⟦m 湄阳温泉疗养院⟧ ⟦m 医养结合 · 温泉康复⟧ ⟦w 预约电话：0736-5218866⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="pos">⟦m 您的位置：首页 > 科室导航 > 康复医学科⟧</div>
<h2>⟦t 康复医学科2026年温泉康复护理项目实施方案⟧</h2>
<div class="time">⟦m 2026-02-25⟧</div>
{BODY}
<div class="kf">⟦w 在线咨询⟧ ⟦a 返回顶部⟧</div>
<div class="footer">⟦m Copyright © 湄阳温泉疗养院⟧ ⟦m 湘ICP备16009281号⟧</div>
</body></html>
""",
        body="""
为发挥温泉资源优势，提升慢性病康复服务能力，制定本方案。
1 项目内容
1.1 骨关节康复：温泉水疗结合运动疗法，每疗程十四天。
1.2 呼吸康复：针对慢阻肺患者开展呼吸训练和吸入治疗。
2 实施步骤
3月完成护理人员培训，4月起接收首批康复对象。
科室咨询电话：0736-5218032。
""",
    ),
    dict(
        slug="university-text-soil-college-field-practice",
        site="泷水农林学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://sbxy.lsnl.example.edu.cn/info/1033/5520.htm",
        title="关于组织2023级水土保持专业野外综合实习的通知",
        record_title="关于组织2023级水土保持专业野外综合实习的通知-水土保持学院",
        date="2026-06-22",
        notes="college page: column-decorated title; a schedule table; the college's own 邮箱 kept; a visitor count and a 'close' link",
        page="""
!m 泷水农林学院 水土保持学院
!m 学院首页　学院概况　本科教学　科学研究　学生工作
!t 关于组织2023级水土保持专业野外综合实习的通知-水土保持学院
!m 作者：教学办　日期：2026-06-22　浏览：[ 733 ]次
{BODY}
!a 【关闭】
!m 版权所有：泷水农林学院水土保持学院　地址：泷水市农大路3号
""",
        body="""
各班：
根据教学计划，学院定于7月6日至7月19日组织2023级水土保持专业野外综合实习。
实习安排如下：
日期　地点　内容
7月6日至10日　矶山小流域　坡面径流观测
7月11日至15日　后岭村　梯田调查
7月16日至19日　学院实验站　数据整理与报告
请各班于7月1日前将实习名单报教学办，邮箱：sbjxb@lsnl.example.edu.cn。
水土保持学院
2026年6月22日
""",
    ),
    dict(
        slug="university-html-dragonboat-team-news",
        site="汊河职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chzy.example.edu.cn/xwzx/2026/0623/3318.html",
        title="我校龙舟队在省大学生龙舟锦标赛中获佳绩",
        record_title="我校龙舟队在省大学生龙舟锦标赛中获佳绩",
        date="2026-06-23",
        notes="university news: 发布时间 and 摄影/审核 line; the editor line glued after the last paragraph; quick links and footer",
        page="""
<html><head><meta charset="utf-8"><title>我校龙舟队在省大学生龙舟锦标赛中获佳绩-汊河职业技术学院</title></head><body>
<div class="head">⟦m 汊河职业技术学院⟧ ⟦a 信息门户⟧ ⟦a 图书馆⟧ ⟦a 校园邮箱⟧</div>
<div class="nav">⟦m 学校概况⟧ ⟦m 新闻中心⟧ ⟦m 招生就业⟧</div>
<h3>⟦t 我校龙舟队在省大学生龙舟锦标赛中获佳绩⟧</h3>
<div class="info">⟦m 发布时间：2026-06-23　作者：体育部　摄影：韩澈　审核：林岩　点击数：⟧</div>
<div class="v_news_content">
<p>6月20日至22日，省第六届大学生龙舟锦标赛在汊河举行，我校龙舟队获得男子二百米直道第二名。</p>
<p>本次比赛共有二十一所高校参赛，我校队员均为今年新组建队伍的学生。</p>
<p>学校将以此为契机，进一步推广龙舟运动，丰富校园体育文化。⟦m （文/体育部 编辑/宣传部 许青）⟧</p>
</div>
<div class="links">⟦l 友情链接：教育部 | 省教育厅 | 省体育局⟧</div>
<div class="foot">⟦m 地址：汊河区学苑路9号 邮编：226100⟧</div>
</body></html>
""",
        body="""
6月20日至22日，省第六届大学生龙舟锦标赛在汊河举行，我校龙舟队获得男子二百米直道第二名。
本次比赛共有二十一所高校参赛，我校队员均为今年新组建队伍的学生。
学校将以此为契机，进一步推广龙舟运动，丰富校园体育文化。
""",
    ),
    dict(
        slug="localforum-text-aid-volunteer-call-junk",
        site="磐溪生活圈 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.panxiq.example.com/thread-93021-1-1.html",
        title="冬季街面救助志愿者招募倡议",
        record_title="冬季街面救助志愿者招募倡议-磐溪生活圈",
        date=None,
        notes="county forum with junk lines and junk glued after a 。; posting time '昨天 21:07' is relative: no date; signature without a date",
        junk=dict(lines=2, glued=2),
        page="""
!m 磐溪生活圈 › 爱心公益 › 帖子详情
!t 冬季街面救助志愿者招募倡议-磐溪生活圈
!m 楼主　暖阳小队长　昨天 21:07　来自手机版
{BODY}
!l 2楼　磐溪土著：报名！周末可以出车。
!l 3楼　青鸟：已转发到小区群
!a 回复楼主　↑顶　点赞
!m 磐溪生活圈客服：0571-6600888
""",
        body="""
各位街坊：
天气越来越冷，县救助管理站需要一批志愿者参加夜间街面巡查。
志愿者主要协助工作人员劝导流浪人员入站，发放棉被和热食。
巡查时间为每周五、周六晚上八点至十一点，每次约需六人。
有意参加的朋友可以直接在本帖回复，也可以到救助站登记。
暖阳志愿服务小队
""",
    ),
    dict(
        slug="localforum-html-levee-road-closure",
        site="泷水论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.lsluntan.example.com/t/561229",
        title="关于泷水江堤加固期间堤顶道路封闭施工的通告",
        record_title="【出行】关于泷水江堤加固期间堤顶道路封闭施工的通告（附绕行线路）",
        date="2026-09-01",
        date_also=["2026-09-02"],
        notes="forum thread on a county forum, reposted: poster time differs from the 通告's date; detour table kept; reply box, hot threads",
        page="""
<html><head><meta charset="utf-8"><title>【出行】关于泷水江堤加固期间堤顶道路封闭施工的通告（附绕行线路）-泷水论坛</title></head><body>
<div class="hd">⟦m 泷水论坛⟧ ⟦m 泷水人自己的网上家园⟧</div>
<div class="crumb">⟦m 泷水论坛 > 出行交通 > 正文⟧</div>
<h1>⟦t 【出行】关于泷水江堤加固期间堤顶道路封闭施工的通告（附绕行线路）⟧</h1>
<div class="poster">⟦m 江畔散人　发布于 2026-09-02 08:16　浏览 5632　回复 27⟧</div>
<div class="msg">
{BODY}
</div>
<div class="reply">⟦l 快速回复：请文明发言⟧ ⟦a 发表⟧</div>
<div class="hot">⟦l 本版热帖⟧ ⟦l 老城区周末停水通知⟧ ⟦l 泷水二中门口限行⟧</div>
<div class="ft">⟦m 泷水论坛 ©2008-2026⟧ ⟦d 网友言论仅代表其个人观点，不代表本站立场⟧</div>
</body></html>
""",
        body="""
因泷水江堤防加固工程施工需要，自2026年9月5日至11月30日，对江堤东段堤顶道路实行全封闭施工。
施工期间车辆请按以下线路绕行：
原线路　绕行线路
江堤路　滨江大道—建设路
渡口路　新华路—环城南路
给您出行带来不便，敬请谅解。
泷水县堤防管理所　泷水县公安局交通警察大队
2026年9月1日
""",
    ),
    dict(
        slug="download-text-weiqi-lesson-plans",
        site="课件之家下载站 (invented)",
        style="资料下载站",
        genre="工作计划",
        kind="plan",
        form="text",
        source="http://www.kjzj.example.com/down/jiaoan/21900.html",
        title="埭头实验小学围棋社团活动计划",
        record_title="埭头实验小学围棋社团活动计划.doc下载_课件之家",
        date=None,
        notes="download page: file info lines, mirror links and a dead-link report; the plan's own sentence about 下载棋谱 kept; only a school year, an upload stamp: no date",
        page="""
!m 课件之家 — 中小学教学资源免费下载
!m 当前位置：首页 > 教案下载 > 社团活动
!t 埭头实验小学围棋社团活动计划.doc下载_课件之家
!m 软件大小：36KB　　授权方式：免费　　更新时间：2026-02-17 09:11
!m 运行环境：Win7/Win10/WPS
!a 下载地址：电信下载　联通下载　本地高速下载
!a 【报告错误】下载链接失效请点此反馈
{BODY}
!l 相关资源：象棋社团教案　书法社团计划　足球社团考核表
!d 本站资源均收集于互联网，仅供学习研究，请于下载后24小时内删除。
""",
        body="""
本学期围棋社团面向三至四年级学生，共招收社员四十名，每周三下午活动一次。
一、教学目标：掌握围棋基本规则，能完成十三路棋盘对局。
二、教学内容：吃子、死活、布局常识和简单官子。
三、活动要求：社员每周至少在家打谱一次，可在学校平台下载棋谱练习。
四、学期末举办社团内部比赛，评选“小棋手”十名。
""",
    ),
    dict(
        slug="download-html-correction-rules-oldtable",
        site="文书下载网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.wenshuxz.example.net/soft/3321.htm",
        title="泷水县社区矫正对象请假外出管理办法",
        record_title="泷水县社区矫正对象请假外出管理办法（试行）.wps",
        title_also=["泷水县社区矫正对象请假外出管理办法（试行）"],
        date="2026-01-12",
        notes="old ASP table layout: file-info table, three mirror links, dead-link report; file-name title; the rules' own articles speak of 打印 and 扫码 (kept); date from the 印发 line at the end",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>泷水县社区矫正对象请假外出管理办法（试行）.wps - 文书下载网</title></head><body>
<table width="100%"><tr><td>⟦m 文书下载网⟧</td><td>⟦m 政务文书 · 表格范本 · 规章制度⟧</td></tr></table>
<table><tr><td>⟦m 当前位置：首页 >> 规章制度 >> 司法行政⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 文件名称：⟧</td><td>⟦t 泷水县社区矫正对象请假外出管理办法（试行）.wps⟧</td></tr>
<tr><td>⟦m 文件大小：⟧</td><td>⟦m 41 KB⟧</td></tr>
<tr><td>⟦m 下载次数：⟧</td><td>⟦m 本周 12 本月 77⟧</td></tr>
<tr><td>⟦a 下载地址：⟧</td><td>⟦a 镜像一⟧ ⟦a 镜像二⟧ ⟦a 镜像三⟧</td></tr>
<tr><td colspan="2">⟦a 如果下载地址失效，请点此报告死链⟧</td></tr>
</table>
<table><tr><td>⟦m 内容预览：⟧</td></tr><tr><td>
{BODY}
</td></tr></table>
<table><tr><td align="center">⟦m Copyright 2006-2026 文书下载网 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范社区矫正对象请假外出管理，根据有关规定，制定本办法。
第二条　社区矫正对象因就医、就学、家庭重大变故等原因需外出的，应提前三日向司法所书面申请。
第三条　经批准外出的，司法所应打印外出审批单交社区矫正对象随身携带。
第四条　外出期间，社区矫正对象每日须通过手机扫码签到一次。
第五条　本办法自印发之日起施行。
泷水县司法局
2026年1月12日印发
""",
    ),
    dict(
        slug="exam-text-seismic-recruit-interview",
        site="矶山人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.jsrsks.example.gov.cn/ksgg/2026/0712/806.html",
        title="矶山县地震局所属事业单位2026年公开招聘面试公告",
        record_title="矶山县地震局所属事业单位2026年公开招聘面试公告",
        record_date="2026-07-12",
        date="2026-07-12",
        notes="exam site: the committee's 咨询电话 in the body beside the site's technical line; a schedule table; the body tells candidates to 下载打印 their interview notice (kept)",
        page="""
!m 矶山人事考试网
!m 首页 → 考试公告 → 事业单位
{T}
!m 时间：2026-07-12 15:30　来源：县人社局　【字号 大 中 小】
{BODY}
!m 网站技术支持电话：0593-6120001（仅限系统问题）
!l 上一篇：2026年度会计专业技术资格考试合格标准
!l 下一篇：县教育局所属学校招聘教师笔试成绩公布
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下。
一、面试时间和地点
岗位　时间　地点
地震监测岗　7月19日上午　县人社局三楼
综合管理岗　7月19日下午　县人社局三楼
二、考生须于7月17日起登录本网站下载并打印面试通知书。
三、咨询电话：0593-6122710。
矶山县事业单位公开招聘工作领导小组办公室
2026年7月12日
""",
    ),
    dict(
        slug="exam-html-aid-station-hiring-result",
        site="磐溪县人力资源和社会保障局考试中心 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.panxi.example.gov.cn/gsgg/2026/0815/2190.html",
        title="磐溪县救助管理站2026年公开招聘工作人员拟聘用人员公示",
        record_title="磐溪县救助管理站2026年公开招聘工作人员拟聘用人员公示_公示公告",
        date="2026-08-15",
        notes="exam portal HTML: a candidates table kept; the 监督电话 of the document kept beside the portal's consult line; attachments list kept",
        page="""
<html><head><meta charset="utf-8"><title>磐溪县救助管理站2026年公开招聘工作人员拟聘用人员公示_公示公告</title></head><body>
<div class="header">⟦m 磐溪县人事考试信息网⟧ ⟦a 考生登录⟧ ⟦a 报名入口⟧</div>
<div class="path">⟦m 首页 » 公示公告⟧</div>
<h1>⟦t 磐溪县救助管理站2026年公开招聘工作人员拟聘用人员公示⟧</h1>
<div class="date">⟦m 发布日期：2026-08-15⟧ ⟦m 访问次数：904⟧</div>
<div class="article">
{BODY}
</div>
<div class="attach">⟦a 附件下载：⟧ ⟦a 拟聘用人员公示表.xls⟧</div>
<div class="bottom">⟦w 考试咨询：0571-6611300（工作日 9:00-17:00）⟧ ⟦m 浙ICP备09018832号⟧</div>
</body></html>
""",
        body="""
根据公开招聘工作安排，经笔试、面试、体检和考察，现将拟聘用人员名单予以公示。
姓名　性别　岗位　总成绩
严晓东　男　救助管理岗　81.42
方琳　女　社会工作岗　79.86
公示期为2026年8月15日至8月21日，如有异议，请以书面形式向县人社局反映。
监督电话：0571-6611826。
磐溪县人力资源和社会保障局
2026年8月15日
""",
    ),
]
