"""holdout235, part D: local forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-hechuan-bent-board-jammer",
        site="翯川论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.hechuanren.com/thread-330918-1-1.html",
        title="小区门口的宣传栏被车撞歪了一个月，有人管吗",
        record_title=None,
        date=None,
        notes="county forum: title missing, found as the thread subject; weather line, medals, jammer-font junk, an "
        "official-reply (forwarded to the community) link and an ad QQ; post time 6 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>小区门口的宣传栏被车撞歪了一个月，有人管吗 - 民生投诉 - 翯川论坛</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="hc-top">⟦m 翯川今日：多云转小雨 22～28℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="hc-logo">⟦m 翯川论坛 — 翯川人自己的网上家园⟧</div>
<div class="hc-nav">⟦m 首页　民生投诉　房产家居　二手市场　翯川美食　招聘求职⟧</div>
<div class="hc-path">⟦m 翯川论坛 › 民生投诉 › 帖子⟧</div>
<div class="hc-thread">
<h1 id="thread_subject">{T}</h1>
<div class="hc-stat">⟦m 查看 5521　回复 64⟧</div>
<table><tr>
<td class="hc-user">⟦m 棐香苑老住户⟧<br>⟦m 勋章：热心街坊　十年老友⟧</td>
<td class="hc-post">
<div class="hc-time">⟦m 发表于 6 天前⟧</div>
<div class="hc-msg">
{BODY}
</div>
<div class="hc-official">⟦l 【官方回复】本帖已转交棐香社区居委会办理，点击查看办理进度⟧</div>
</td></tr></table>
<div class="hc-reply">⟦l 2楼　翃田路口卖早餐的：我每天早上都从那过，确实歪得厉害⟧</div>
<div class="hc-reply">⟦l 3楼　路过看看：顶上去，让社区早点看到⟧</div>
</div>
<div class="hc-ad">⟦w 论坛广告位招租　QQ：3390517762⟧</div>
<div class="hc-foot">⟦m 翯川论坛　湘ICP备12017705号⟧　⟦d 帖子内容仅代表网友个人观点，与本站立场无关。⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
住在翃田路棐香苑的街坊应该都看到了。小区东门那排宣传栏上个月被一辆货车倒车撞歪了，到现在还斜着。
玻璃已经裂了一道长缝，框子往人行道这边歪了大概二十度，下面就是小孩上学走的路，刮大风的时候看着心里发慌。
我给物业打过两次电话，物业说宣传栏是社区的，不归他们管。又打到社区，社区说已经报上去了，等维修。
想问一下，这种情况到底该找谁？有没有懂行的朋友指点一下。
""",
    ),
    dict(
        slug="localforum-sukou-crossing-countdown-junk-text",
        site="鹔口生活网 (invented town forum), text",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.sukoulife.com/forum/t-77041.html",
        title="十字路口的行人过街倒计时器坏了快一个月",
        record_title="[民生反映] 十字路口的行人过街倒计时器坏了快一个月 - 民生直通车 - 鹔口生活网",
        date=None,
        notes="town forum text: anti-scraping junk; post time 前天 (no date); a reply and a post-rules line below",
        page="""
!m 鹔口生活网 · 鹔口镇第一生活社区
!m 鹔口生活网 » 民生直通车 » 浏览帖子
!t [民生反映] 十字路口的行人过街倒计时器坏了快一个月
!m 楼主：接娃的老蒋　发表于 前天 19:26　来自手机
{BODY}
!a 顶(45)　踩(0)　|　转发到微信群
!l 沙发　镇中心学校家长：早上确实危险，上周差点出事
!l 板凳　鹔口交警中队（官方）：已收到，配件到货后立即维修
!d 发帖须遵守本站版规，恶意造谣者封号处理。
!m 鹔口生活网　客服热线：0736-7120068
""",
        junk=dict(lines=1, glued=3),
        body="""
镇中心学校门口那个十字路口，行人过街的倒计时器从上个月中旬就不亮了，红绿灯还在变，但数字屏一直是黑的。
早上上学高峰，家长和孩子站在路口，不知道绿灯还剩几秒。有的走到一半就变灯，电动车一下子冲过来，很危险。
我问过路口执勤的协警。他说是计时器的电源模块坏了，已经报给了县交警大队，要等配件。
希望相关部门能抓紧修一修，至少上下学时段安排人在路口疏导一下。
""",
    ),
    dict(
        slug="download-jingsai-swim-timer-procedure-gb2312",
        site="竞赛文档下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.jingsaiwd.com/soft/tiyu/2290.html",
        title="游泳比赛电子计时器操作规程",
        record_title="游泳比赛电子计时器操作规程（Word可编辑）免费下载_竞赛文档下载站",
        date=None,
        notes="old download station: file-info table with an update stamp, three download channels, an unzip "
        "password and a dead-link report, a floating ghost-writer ad; a procedure with decimal headings, "
        "printing a result sheet is content; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>游泳比赛电子计时器操作规程（Word可编辑）免费下载_竞赛文档下载站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="980" align="center"><tr>
<td>⟦m 竞赛文档下载站⟧</td><td>⟦m 体育竞赛资料一站下齐⟧</td>
<td align="right">⟦a 会员登录⟧　⟦a 免费注册⟧</td></tr></table>
<table width="980" align="center" bgcolor="#1E5FA8"><tr>
<td>⟦m 首页⟧</td><td>⟦m 竞赛规程⟧</td><td>⟦m 裁判手册⟧</td><td>⟦m 秩序册⟧</td><td>⟦m 成绩表格⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 竞赛规程 → 水上项目⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：38KB⟧</td><td>⟦m 文件格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2024-05-11⟧</td><td>⟦m 下载次数：3071⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 评分：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦m 资料预览：⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center">
<tr><td>⟦a 下载通道一：电信高速下载⟧</td><td>⟦a 下载通道二：联通高速下载⟧</td><td>⟦a 下载通道三：本地直链⟧</td></tr>
<tr><td colspan="3">⟦a 解压口令：jingsaiwd.com⟧　⟦a 下载不了？点此报告失效链接⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦l 相关资料：田径运动会电子计时系统使用说明　|　游泳竞赛裁判法（2023版）⟧</td></tr></table>
<div id="float_ad">⟦w 秩序册、规程代做　微信：jingsai_dz88⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集，仅供学习交流，请于下载后24小时内删除。⟧<br>⟦m 竞赛文档下载站　皖ICP备16030924号⟧</td></tr></table>
</body>
</html>
""",
        body="""
1 适用范围
本规程适用于县级以上游泳比赛中电子计时器及触板的安装、调试和操作。
2 赛前准备
2.1 比赛前一日完成触板安装，检查触板与计时器主机的连接线，确保每条泳道信号正常。
2.2 比赛当天开赛前一小时，逐道进行触板测试，并与人工秒表对时。
3 比赛中操作
3.1 操作员应在发令前确认计时器处于待机状态，发令后观察各道计时是否正常启动。
3.2 某道电子计时失效时，立即启用该道人工计时成绩，并在成绩单上注明。
4 赛后工作
4.1 每项比赛结束后，打印成绩单交裁判长签字。
4.2 全部比赛结束后，拆除触板，擦干存放，填写设备使用记录。
""",
    ),
    dict(
        slug="download-gongcheng-mic-stand-instruction-doc",
        site="工程文档下载 (invented download station), text",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="http://www.gcwendang.net/down/yinxiang/10374.html",
        title="落地话筒架安装与调试作业指导书",
        record_title="落地话筒架安装与调试作业指导书.doc",
        date=None,
        notes="a .doc file name as the record title; file-info lines, download channels and an unzip password "
        "around a work instruction with a numbered list; no date",
        page="""
!m 工程文档下载 — 施工方案·作业指导书·技术交底
!m 首页 > 音视频工程 > 作业指导书
!t 落地话筒架安装与调试作业指导书.doc
!m 文件大小：52KB　|　文档类型：DOC　|　上传时间：2 个月前　|　下载：468 次
!a 内容预览（仅显示部分文字，排版以下载文件为准）：
{BODY}
!a 【下载地址】　本地下载1　｜　本地下载2　｜　网盘下载
!a 解压密码：gcwendang
!l 同类资料：礼堂音响系统安装技术交底　·　舞台灯光吊杆安装作业指导书
!d 声明：本站资料来源于网络，版权归原作者所有，如有侵权请来信删除。
""",
        body="""
一、目的
规范礼堂、报告厅落地话筒架的安装与调试，防止话筒架倾倒、话筒跌落。
二、安装步骤
1. 展开三脚底座，确认三条支腿完全打开并锁紧。
2. 将立杆插入底座，拧紧高度锁定旋钮，立杆高度以发言人嘴部下方10厘米为宜。
3. 安装悬臂，悬臂与立杆夹角不大于45度，配重端朝向发言人身后。
4. 装上话筒夹，放入话筒，线缆沿立杆用魔术贴固定，余线盘在底座旁。
三、调试要求
安装完成后轻推立杆，话筒架不得晃动超过2厘米；试音时发言人距话筒10至15厘米。
四、注意事项
严禁将话筒架放在台阶边缘；演出中需要移动话筒架时，应先断开线缆。
""",
    ),
    dict(
        slug="exam-feicheng-interview-timers-html",
        site="棐城市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fcrsks.cn/ksdt/2024/0618/4409.html",
        title="棐城市2024年事业单位公开招聘面试考生须知",
        record_title="【考生必看】棐城市2024年事业单位公开招聘面试考生须知｜棐城人事考试网",
        date="2024-06-17",
        date_also=["2024-06-18"],
        notes="personnel-exam site: maintenance banner, an admission-ticket float and a technical line beside the "
        "document's own 咨询电话; downloading and printing the notice is content; the page's date differs from "
        "the signature's (expected)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【考生必看】棐城市2024年事业单位公开招聘面试考生须知｜棐城人事考试网</title>
</head>
<body>
<div class="ks-notice">⟦d 【系统公告】6月20日22:00至次日6:00系统升级，期间暂停报名和打印服务。⟧</div>
<div class="ks-head">⟦m 棐城市人事考试网⟧ ⟦m 棐城市人事考试院主办⟧</div>
<div class="ks-nav">⟦m 首页　考试动态　报名入口　成绩查询　考务指南　政策法规⟧</div>
<div class="ks-loc">⟦m 您现在的位置：首页 › 考试动态⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-info">⟦m 发布时间：2024-06-18 16:00　来源：市人事考试院⟧</div>
<div class="ks-body">
{BODY}
</div>
</div>
<div class="ks-float"><a>⟦a 面试通知书打印入口 ›⟧</a></div>
<div class="ks-foot">
<p>⟦m 网上报名技术咨询：0736-2219110（工作日）⟧</p>
<p>⟦m 主办：棐城市人事考试院　湘ICP备10021457号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、考生须于6月22日7:30前凭面试通知书和身份证到候考室报到，逾期未到的视为放弃面试资格。
二、请考生于6月19日起登录本网站下载并打印面试通知书。
三、面试采用结构化面试方式，每名考生面试时间为12分钟。考场内设置电子计时器，正对考生座位，显示剩余时间。
四、计时器在考生答题剩余2分钟时亮黄灯提示，时间用完亮红灯并鸣响，考生应立即停止作答。
五、考生在考场内不得自带手表、手机等计时工具，审题时间同样以考场计时器为准。
咨询电话：0736-2218809（工作日9:00—17:00）。
棐城市人力资源和社会保障局
2024年6月17日
""",
    ),
    dict(
        slug="exam-kuiyang-teacher-demo-lesson-clickers-pdf",
        site="骙阳县教育人才招聘网 (invented), text",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.kyjyrc.cn/gg/2024/0705/663.html",
        title="骙阳县2024年公开招聘教师试讲环节有关事项的公告",
        record_title="骙阳县2024年公开招聘教师试讲环节有关事项的公告.pdf",
        date="2024-07-05",
        notes="a .pdf file name as the record title; the document's own mailbox; an entry float and a technical "
        "line; signature date",
        page="""
!m 骙阳县教育人才招聘网
!m 首页 > 招聘公告
!t 骙阳县2024年公开招聘教师试讲环节有关事项的公告.pdf
!a [在线预览]　[下载PDF]
{BODY}
!a 准考证打印入口（7月10日开放）
!m 系统技术支持：0738-5102266　服务时间 8:30—17:30
!m 骙阳县教育人才招聘网 版权所有
""",
        body="""
根据骙阳县2024年公开招聘教师工作安排，现将试讲环节有关事项公告如下：
一、试讲时间为7月13日，地点为骙阳县第一中学综合楼。
二、试讲采用多媒体课件形式，每名考生试讲时间10分钟。考场统一提供电脑和翻页笔，考生不得自带翻页笔、激光笔等设备。
三、考生须于7月10日前将课件发送至kyjyrc2024@163.com，文件名为“准考证号＋学科”。
四、试讲前考生有2分钟时间熟悉翻页笔操作。翻页笔出现故障的，由考务人员现场更换，更换所用时间不计入试讲时间。
骙阳县教育局
2024年7月5日
""",
    ),
    dict(
        slug="tender-juling-mic-stands-award-html",
        site="岠岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.juling-xian.gov.cn/jyxx/zfcg/cjgg/20240814/9912047.html",
        title="岠岭县融媒体中心演播室话筒架等音频设备采购项目成交结果公告",
        record_date="2024-08-14",
        date="2024-08-14",
        notes="tender portal: notice tabs, a CA line and a trading-system line beside the purchaser's and agency's "
        "contacts; a result table one row a paragraph; the record gives title and date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>岠岭县融媒体中心演播室话筒架等音频设备采购项目成交结果公告</title>
</head>
<body>
<div class="jy-head">⟦m 岠岭县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="jy-nav">⟦m 首页　交易信息　政策法规　服务指南　下载中心⟧</div>
<div class="jy-tabs">⟦l 采购公告　更正公告　成交结果公告　合同公告⟧</div>
<div class="jy-loc">⟦m 首页 / 交易信息 / 政府采购 / 成交结果公告⟧</div>
<div class="jy-detail">
<h3>{T}</h3>
<div class="jy-time">⟦m 信息时间：2024-08-14　阅读次数：311⟧</div>
<div class="jy-content">
{BODY}
</div>
<div class="jy-down">⟦a 附件：成交结果公告.pdf（点击查看）⟧</div>
</div>
<div class="jy-foot">
<p>⟦m CA数字证书办理：0737-3300916⟧　⟦m 交易系统操作咨询：0737-3300917⟧</p>
<p>⟦m 岠岭县公共资源交易中心　地址：岠岭县行政中心东楼⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：JLCG-2024-0763
二、项目名称：岠岭县融媒体中心演播室话筒架等音频设备采购项目
三、成交信息
包号　成交供应商　成交金额（元）
第一包　岠岭县声远音响器材有限公司　48600
第二包　棐城市翃声电子科技有限公司　31250
四、主要标的：落地话筒架24套、桌面话筒架16套、话筒防震架40个。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：岠岭县融媒体中心，联系人：廖先生，电话：0737-3312590。
采购代理机构：岠岭县恒信招标代理有限公司，联系人：陶女士，电话：0737-3320416。
""",
    ),
    dict(
        slug="tender-feicheng-clickers-inquiry-text",
        site="棐城市政府采购网 (invented), text",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.fcgp.gov.cn/cggg/xjgg/20240318/2288103.html",
        title="棐城市第三中学翻页笔等教学设备询价采购公告",
        record_title="询价采购丨棐城市第三中学翻页笔等教学设备询价采购公告 - 棐城市政府采购网",
        date="2024-03-18",
        notes="tender text: an items table one row a paragraph; the buyer's own contact beside a CA line; the "
        "signature date",
        page="""
!m 棐城市政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
{T}
!m 发布：棐城市第三中学　浏览：87
!a 【我要报价】　【收藏项目】
{BODY}
!m CA证书及电子签章服务：0736-2608866
!l 上一条：棐城市第一中学学生课桌椅采购询价公告
!m 棐城市政府采购网　湘ICP备11004479号
""",
        body="""
棐城市第三中学就翻页笔等教学设备进行询价采购，欢迎符合条件的供应商参与报价。
一、采购内容
品名　数量　主要参数
无线翻页笔　120支　遥控距离不少于30米，带电量提示
教学激光笔　20支　激光等级不高于2级
备用接收器　30个　兼容上述翻页笔
二、报价要求：报价含运输、安装及一年质保，最高限价9800元。
三、报价截止时间：2024年3月25日17:00，逾期不予受理。
四、联系人：韦老师，电话：0736-8520437。
棐城市第三中学
2024年3月18日
""",
    ),
    dict(
        slug="law-chengheng-library-card-misused-html",
        site="翯川澄衡律师事务所 (invented)",
        style="律所网站",
        genre="案例解读",
        kind="other",
        form="html",
        source="https://www.chengheng-law.cn/anli/2024/0509/218.html",
        title="借书证被他人冒用借书未还，读者要担责吗？",
        record_title="案例解读 › 借书证被他人冒用借书未还，读者要担责吗？｜翯川澄衡律师事务所",
        date="2024-05-09",
        notes="law firm: a lawyer card, a consult float, a 400 line and a repost notice; the byline's 发布时间 is the "
        "page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>案例解读 › 借书证被他人冒用借书未还，读者要担责吗？｜翯川澄衡律师事务所</title>
</head>
<body>
<div class="lf-head">⟦m 翯川澄衡律师事务所⟧ ⟦m 澄明法理　衡定是非⟧ ⟦m 全国咨询热线：400-883-6102⟧</div>
<div class="lf-nav">⟦m 首页　关于澄衡　专业领域　律师团队　案例解读　联系我们⟧</div>
<div class="lf-loc">⟦m 首页 / 案例解读 / 消费与合同⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<div class="lf-info">⟦m 发布时间：2024-05-09　作者：宋立言律师　浏览：905⟧</div>
<div class="lf-con">
{BODY}
</div>
<div class="lf-note">⟦d 本文为澄衡律所原创，转载请注明出处，文中观点不构成正式法律意见。⟧</div>
</div>
<div class="lf-card">⟦m 宋立言　专职律师　执业证号 14331202010886⟧<br>⟦w 擅长：合同纠纷、消费维权　电话：13873660215⟧</div>
<div class="lf-float">⟦w 在线咨询　律师10分钟内回复⟧</div>
<div class="lf-foot">⟦m 地址：翯川县滨江大道20号金信大厦9楼　湘ICP备20006611号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】读者周某的借书证夹在钱包里一同丢失，他没有及时挂失。半个月后，图书馆通知周某有5册图书逾期未还，要求其赔偿。周某认为书不是自己借的，拒绝赔偿。
【律师分析】借书证是读者与图书馆之间借阅关系的凭证。多数图书馆的读者须知都规定，借书证遗失后应及时挂失，挂失前发生的借阅由持证人负责。周某丢失借书证后未挂失，存在一定过错，应承担相应责任；但图书馆如果未按规定核对读者身份，也有一定责任，双方可以协商分担。
【律师提示】借书证、社保卡等能借书的证件一旦丢失，应第一时间挂失，并保留挂失记录。
""",
    ),
    dict(
        slug="law-fayuan-gym-timer-dispute-text",
        site="法苑问律 (invented legal-advice site), text",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.fayuanwenlv.com/ask/2024/30177.html",
        title="私教课“计时器”走得快，多扣的课时费能要回来吗？",
        record_title="律师答疑：私教课“计时器”走得快，多扣的课时费能要回来吗？ - 法苑问律",
        date=None,
        notes="legal Q&A text: question and answer; the answer time is 4 天前 (no date); a consult prompt glued after "
        "the answer's last sentence; a lawyer line and a 400 line",
        page="""
!m 法苑问律 · 免费法律咨询
!m 首页 > 消费维权 > 服务合同
!t 律师答疑：私教课“计时器”走得快，多扣的课时费能要回来吗？
!m 解答律师：柏一帆（执业8年）　4 天前
{BODY}
!a 有用(37)　|　分享给朋友
!w 咨询热线：400-016-7730（7×24小时）
!l 相关咨询：健身卡转让被收手续费合理吗？　|　预付卡商家跑路怎么办？
!d 以上回答仅供参考，具体问题请结合案情咨询律师。
""",
        body="""
问：我在健身房买了30节私教课，每节60分钟，教练用手机计时器计时。后来我自己对着手表核对，发现计时器每节都提前七八分钟响，三十节课少上了将近四个小时。这种情况能要求退钱吗？
答：可以主张。双方约定每节课60分钟，是合同的重要内容。如果能证明计时器设置有问题，实际课时明显不足，健身房就构成违约，您可以要求补足课时或者按比例退还费用。
建议您做好三件事：一是保存购课合同和付款记录；二是之后上课时自己同步计时并录像；三是先和健身房协商，协商不成可以向消费者协会投诉或者起诉。⟦w 案情复杂？点此一对一电话咨询⟧
""",
    ),
]
