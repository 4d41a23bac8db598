"""holdout200, part B: government portals, Party-building sites, education portals, personnel-exam sites, tender portals.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="ruizhou-portal-bulletin-bike-lock-spot-check",
        site="汭州市市场监督管理局门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://amr.ruizhou.gov.example.cn/xxgk/zlcc/202504/t20250410_118204.html",
        title="关于2025年第一季度自行车锁产品质量监督抽查情况的通报",
        record_title="〔抽查通报〕关于2025年第一季度自行车锁产品质量监督抽查情况的通报｜汭州市市场监督管理局",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="portal with 关爱模式/读屏/繁體 links, an 索引号 table whose 文号 cell is unmarked (neutral), a 纠错 line and a "
        "12345 line beside the 通报's own 联系人/电话; data table one row a paragraph; portal date differs from the "
        "signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔抽查通报〕关于2025年第一季度自行车锁产品质量监督抽查情况的通报｜汭州市市场监督管理局</title>
<meta name="ArticleTitle" content="关于2025年第一季度自行车锁产品质量监督抽查情况的通报">
<script src="/static/js/jquery.min.js"></script><script src="/static/js/zoom.js"></script>
</head><body>
<div class="topbar"><span>⟦m 汭州市人民政府　｜　汭州市市场监督管理局⟧</span>
<span class="r"><a href="#">⟦a 关爱模式⟧</a> <a href="#">⟦a 读屏助手⟧</a> <a href="#">⟦a 繁體⟧</a> <a href="/login">⟦a 个人登录⟧</a></span></div>
<div class="banner"><img src="/images/banner.png" alt=""></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 ＞ 政务公开 ＞ 质量抽查 ＞ 抽查通报⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11430100MB1C2235X/2025-00417⟧</td><td>⟦m 主题分类：市场监管、质量监督⟧</td></tr>
<tr><td>⟦m 发布机构：汭州市市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
<tr><td>文号：汭市监质〔2025〕11号</td><td>⟦m 时效状态：现行有效⟧</td></tr>
</table>
<div class="art"><h2>{T}</h2>
<div class="art-tool">⟦a 字号 ＋ －⟧　⟦a 打印正文⟧　⟦a 分享至：微信 微博⟧</div>
<div class="TRS_Editor">
{BODY}
</div></div>
<div class="relate"><h4>⟦l 相关链接⟧</h4><ul><li>⟦l 2024年第四季度电动自行车充电器抽查结果⟧</li><li>⟦l 儿童自行车产品质量风险提示⟧</li></ul></div>
<div class="foot">
<p>⟦m 主办单位：汭州市市场监督管理局　网站标识码：4301000037⟧</p>
<p>⟦m 网站纠错：0731-82260000　12345政务服务便民热线⟧</p>
<p>⟦m 湘ICP备05004418号　湘公网安备 43010202001375号⟧</p>
</div>
<script>var _paq=window._paq||[];_paq.push(['trackPageView']);</script>
</body></html>
""",
        body="""
各县（市、区）市场监督管理局，市局各相关处室：
为提升自行车锁产品质量，市局于2025年2月至3月组织开展了自行车锁产品质量监督抽查，共抽查全市18家生产、销售企业的40批次产品，其中合格35批次，不合格5批次，不合格发现率12.5%。主要不合格产品情况如下：
产品名称　标称企业　不合格项目
U型锁　汭州固安锁业有限公司　抗剪切
钢缆锁　骢湖区恒顺五金店（销售）　抗拉
密码链条锁　骁岭县佳途车配厂　密码互开
对抽查不合格的企业，各地市场监管部门要依法处理，责令其停止生产销售同型号产品，并于30日内完成整改复查。
联系人：梁思源　联系电话：0731-82260419
汭州市市场监督管理局
2025年4月8日
""",
    ),
    dict(
        slug="qiyang-portal-notice-bp-monitor-handout",
        site="骐阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qiyang.gov.example.cn/zwgk/bmwj/wjj/202505/t20250519_66021.html",
        title="关于做好2025年高血压患者家用血压计发放工作的通知",
        date="2025-05-16",
        notes="title as the record gives it; document number line neutral; 附件 list, 抄送 and 印发 lines stay in the "
        "body; an attachment-download line and prev/next links below",
        page="""
!m 骐阳县人民政府门户网站
!m 首页 > 政务公开 > 部门文件 > 县卫生健康局
!m 〖字号 大｜中｜小〗　　浏览次数：988
!a 打印本页　关闭窗口　转发到微信
{T}
骐卫发〔2025〕23号
{BODY}
!a 附件（2个）请在电脑端点击查看
!l 上一条：骐阳县2025年城乡居民基本医疗保险参保缴费公告
!l 下一条：关于开展全县村医业务轮训的通知
!m 主办：骐阳县人民政府办公室　技术支持：骐阳县大数据中心
!m 网站标识码 4305240012　湘公网安备 43052402000117号
""",
        indent="\u3000\u3000",
        body="""
各乡镇卫生院，县人民医院、县中医院：
为提高高血压患者自我管理水平，县政府将“为高血压患者免费发放家用血压计”列入2025年十件民生实事。现就有关工作通知如下。
一、发放对象：在基本公共卫生服务系统中登记管理、血压控制不稳定的65岁以上高血压患者，全县共2400人。
二、发放方式：由各乡镇卫生院在6月30日前组织入户发放，当面教会患者或家属使用，并在随访表上签字确认。
三、工作要求：各单位要建立发放台账，严禁转卖、截留；发放情况于7月5日前报县卫生健康局基层卫生股。
附件：1.家用血压计发放名单
2.家用血压计使用告知书
骐阳县卫生健康局
2025年5月16日
抄送：县政府办公室，县财政局。
骐阳县卫生健康局办公室　2025年5月16日印发
""",
    ),
    dict(
        slug="conghu-dangjian-summary-bp-volunteers",
        site="骢湖先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.conghu-xf.cn/zbfc/2025/0702/4471.html",
        title="榭湖社区党委“健康守门人”志愿服务上半年工作总结",
        record_title="【党员先锋岗】榭湖社区党委“健康守门人”志愿服务上半年工作总结_骢湖先锋网",
        date="2025-06-28",
        date_also=["2025-07-02"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; a table one row a paragraph; the "
        "site's posting date differs from the signature date; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【党员先锋岗】榭湖社区党委“健康守门人”志愿服务上半年工作总结_骢湖先锋网</title>
<link rel="stylesheet" href="/css/red.css"></head>
<body>
<div class="head"><div class="logo">⟦m 骢湖先锋网⟧</div><div class="slogan">⟦m 凝聚先锋力量　服务骢湖发展⟧</div></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 组织建设⟧</a><a>⟦m 支部风采⟧</a><a>⟦m 党员先锋岗⟧</a><a>⟦m 学习园地⟧</a></div>
<div class="path">⟦m 您现在所在的位置：骢湖先锋网 - 支部风采 - 社区党建⟧</div>
<div class="article">
<h1>⟦t 【党员先锋岗】榭湖社区党委“健康守门人”志愿服务上半年工作总结⟧</h1>
<div class="info">⟦m 发稿时间：2025-07-02　来源：榭湖社区党委　浏览量：358⟧</div>
<div class="points">⟦a 登录后阅读本文满180秒，可获得1个学习积分⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr"><img src="/qr/4471.png" alt=""><span>⟦a 用手机扫描二维码，把本文带走⟧</span></div>
<div class="prevnext"><p>⟦l 上一篇：骢湖区开展“红色物业”观摩交流活动⟧</p><p>⟦l 下一篇：榭湖社区“七一”主题党日活动侧记⟧</p></div>
</div>
<div class="foot">⟦m 中共汭州市骢湖区委组织部主办　技术维护：骢湖区融媒体中心⟧<br>⟦m 湘ICP备18021977号⟧</div>
<script>var studyTimer=setTimeout(function(){fetch("/api/points?aid=4471")},180000);</script>
</body></html>
""",
        body="""
今年以来，榭湖社区党委组织42名在职党员和退休党员医生，组建“健康守门人”志愿服务队，每周二、周五上午在党群服务中心为居民免费测量血压。现将上半年工作总结如下。
一、服务情况
月份　服务人次　发现血压偏高　转介家庭医生
1—2月　386　47　21
3—4月　452　53　26
5—6月　517　61　33
⟦m 图为志愿者在党群服务中心为居民测量血压（摄影：罗兰）⟧
二、主要做法
一是固定时间、固定地点，让老人“到点就来”；二是为行动不便的23户老人上门测量；三是每人建立一张血压记录卡，连续三次偏高的及时转介。
三、下一步打算
下半年，我们将再募集电子血压计10台，在3个小区设立自助测量点，并邀请社区卫生服务站医生每月开展一次健康讲座。
中共榭湖社区委员会
2025年6月28日
""",
    ),
    dict(
        slug="tanping-dangjian-host-script-bike-lock-day",
        site="郯坪党建 (invented township Party-building site)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.tp-dj.cn/zbfc/ztdr/20250331/1093.html",
        title="“锁住平安·服务到家”主题党日活动主持词",
        date="2025-03-28",
        notes="title as the record gives it; date line under the title neutral and the document's date; a 扫码登记 "
        "sentence as content; stage directions in brackets stay in the body; a study-points line and a QR line",
        page="""
!m 郯坪党建 · 红色阵地
!m 首页 / 支部风采 / 主题党日
{T}
（2025年3月28日）
!m 来源：郯坪镇机关第二党支部　编辑：小郯　阅读：216
!a 学习打卡：阅读满3分钟可得1学习积分
{BODY}
!a 手机扫一扫，随时学党建
!l 往期回顾：“清洁家园”主题党日活动方案 ｜ 七一党课主持词
!m 郯坪镇党建工作办公室主办　联系邮箱 tpdangjian@tp-dj.cn
""",
        body="""
各位党员同志、居民朋友们：
大家上午好！今天，郯坪镇机关第二党支部联合镇派出所，在郯坪中学门口开展“锁住平安·服务到家”主题党日活动，为学生和居民免费加装车锁、登记车辆信息。
活动共分三项议程。首先，请派出所民警介绍近期电动车、自行车被盗案件特点和防盗常识。
（民警讲解）
感谢民警同志的讲解。下面进行第二项议程，请党员志愿者为现场群众发放和安装防盗车锁，并协助大家扫码登记车辆信息。
（发放安装）
最后，请党支部书记胡燕作总结讲话。
同志们，一把锁虽小，却连着群众的安全感。希望大家把今天的活动延续到日常，常提醒、多宣传，让防盗意识深入人心。今天的活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="ruizhou-edu-notice-rope-fitness-test",
        site="汭州教育网 (invented education bureau portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.ruizhou.edu.example.cn/tzgg/2025/0512/3309.html",
        title="关于开展2025年中小学生体质健康抽测工作的通知",
        record_title="【教体动态】关于开展2025年中小学生体质健康抽测工作的通知 - 汭州教育网",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="education portal with 长者版/无障碍 links and attachment download links beside the notice's own 附件 list; "
        "a sentence asking schools to 下载 the attachment stays; the notice's contact beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【教体动态】关于开展2025年中小学生体质健康抽测工作的通知 - 汭州教育网</title>
<script src="/assets/js/a11y.js"></script></head>
<body>
<div class="top"><span>⟦m 汭州市教育局主办⟧</span><span class="tools">⟦a 长者版⟧ ⟦a 无障碍通道⟧ ⟦a 智能客服⟧</span></div>
<div class="logo-row"><img src="/img/logo.png" alt=""><span>⟦m 汭州教育网⟧</span></div>
<div class="menu">⟦m 首页⟧ ⟦m 教育要闻⟧ ⟦m 通知公告⟧ ⟦m 教体动态⟧ ⟦m 办事指南⟧</div>
<div class="where">⟦m 首页 » 通知公告 » 体卫艺⟧</div>
<div class="main">
<h1>⟦t 【教体动态】关于开展2025年中小学生体质健康抽测工作的通知⟧</h1>
<div class="sub">⟦m 发布日期：2025-05-12　信息来源：体卫艺科　点击：1741⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj"><p>⟦a 附件1：2025年体质健康抽测学校名单.xlsx（点击下载）⟧</p><p>⟦a 附件2：抽测学生登记表.docx（点击下载）⟧</p></div>
<div class="btns">⟦a 〔打印本文〕〔关闭本窗〕⟧</div>
</div>
<div class="ft"><p>⟦m 技术支持：汭州市教育信息中心　服务电话：0731-82330000⟧</p><p>⟦m 湘ICP备10200831号-1⟧</p></div>
</body></html>
""",
        body="""
各县（市、区）教育局，市直各学校：
根据国家学生体质健康标准测试工作安排，市教育局决定于5月下旬对全市中小学生体质健康状况进行抽测，今年增加一分钟跳绳项目的现场复测。现将有关事项通知如下。
一、抽测对象：每县（市、区）随机抽取小学、初中各2所，每校抽取四年级、八年级各1个班。
二、抽测项目：身高体重、肺活量、50米跑、一分钟跳绳，跳绳统一使用电子计数绳。
三、工作要求：各学校要如实报送学生名单，不得替测、漏测；请下载附件中的抽测登记表，填好后于5月20日前报送市教育局体卫艺科。
联系人：吴桐　电话：0731-82337716
附件：1.2025年体质健康抽测学校名单
2.抽测学生登记表
汭州市教育局
2025年5月9日
""",
    ),
    dict(
        slug="huachuan-edu-school-notice-bike-locks",
        site="骅川教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hcjyxx.cn/xxdt/xyaq/20250904/2207.html",
        title="关于规范学生自行车停放和车锁使用的通知",
        record_title="[校园公告]关于规范学生自行车停放和车锁使用的通知_骅川教育信息网",
        date="2025-09-03",
        notes="school notice on a county education site: a numbered list; a 投稿 line glued before the first words of "
        "the addressee line",
        page="""
!m 骅川教育信息网　　教育局官方信息发布平台
!m 首页 → 学校动态 → 校园安全
!t [校园公告]关于规范学生自行车停放和车锁使用的通知
!m 作者：骅川二中　审核：县教育体育局办公室　阅读：604
{BODY}
!a 【收藏文章】【打印文章】【关闭窗口】
!l 上一篇：骅川二中开学第一课“交通安全”主题班会
!l 下一篇：骅口镇中心学校秋季防溺水家长会纪实
!m 骅川县教育体育局　地址：骅川县学府路16号　邮编：419600
""",
        body="""
⟦m 学校供稿⟧各班主任、全体骑车学生：
近期我校车棚发生多起车锁被撬、车辆丢失情况。为保障学生财物安全，现就自行车停放和车锁使用有关事项通知如下：
1.骑车学生须到政教处办理停车证，车辆按班级划定区域停放。
2.每辆车须配备一把U型锁或加粗链条锁，停放时锁住车架与固定桩，禁止只锁前轮。
3.学校在车棚新增监控探头4个，门卫每节课巡查一次。
4.车辆丢失或车锁损坏的，及时报告政教处，不得私自撬锁。
请各班主任于本周班会课向学生传达本通知。
骅川县第二中学政教处
2025年9月3日
""",
    ),
    dict(
        slug="huachuan-exam-notice-pe-skill-test",
        site="骅川人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hcrsks.cn/kwgg/2025/0714/852.html",
        title="骅川县2025年公开招聘中小学体育教师专业技能测试公告",
        record_title="〖技能测试〗骅川县2025年公开招聘中小学体育教师专业技能测试公告（体育岗位）| 骅川人事考试网",
        date="2025-07-14",
        notes="exam site with a maintenance banner and an admission-ticket float; the notice tells candidates to 下载并打印 "
        "准考证 (content); its 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖技能测试〗骅川县2025年公开招聘中小学体育教师专业技能测试公告（体育岗位）| 骅川人事考试网</title></head>
<body>
<div class="notice-bar">⟦d 报名系统将于7月20日0:00—6:00停机升级，届时暂停访问，敬请谅解⟧</div>
<div class="hd"><span class="logo">⟦m 骅川人事考试网⟧</span><span class="date">⟦m 今天是：2025年7月15日 星期二⟧</span></div>
<div class="nav">⟦m 首页　考试公告　成绩查询　考生服务　政策法规⟧</div>
<div class="crumb">⟦m 首页 ＞ 考试公告 ＞ 教师招聘⟧</div>
<div class="box">
<h2>⟦t 〖技能测试〗骅川县2025年公开招聘中小学体育教师专业技能测试公告（体育岗位）⟧</h2>
<div class="ly">⟦m 信息来源：县教育体育局　发布：管理员　浏览：5210⟧</div>
<div class="cont">
{BODY}
</div>
</div>
<div class="float-r"><a href="/zkz/">⟦a 准考证打印入口⟧</a><a href="/cj/">⟦a 成绩查询入口⟧</a></div>
<div class="ft">⟦m 考务技术咨询：0739-5520000（工作日9:00—17:00）⟧<br>⟦d 本网所发考试信息仅供参考，以主管部门正式文件为准。⟧<br>⟦m 骅川人事考试网 hcrsks.cn⟧</div>
<script src="/js/float.js"></script>
</body></html>
""",
        body="""
各位考生：
骅川县2025年公开招聘中小学体育教师专业技能测试定于7月19日在县体育中心举行。现将有关事项公告如下。
一、请考生于7月16日至18日登录报名系统下载并打印准考证，凭准考证和身份证参加测试。
二、测试项目为一分钟单摇跳绳、花样跳绳展示和篮球运球绕杆，跳绳由考生自备，不得使用电子计数绳。
三、考生须穿运动服装，7时30分前到达检录处，迟到15分钟取消测试资格。
咨询电话：0739-5523180（县教育体育局人事股）
骅川县教育体育局
2025年7月14日
""",
    ),
    dict(
        slug="ruizhou-exam-rules-bp-skill-test-pdf",
        site="汭州人事考试服务网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.rzrsks.cn/sydw/2025/0806/fj2.pdf.html",
        title="汭州市社区卫生服务中心2025年招聘护理岗位技能测试须知",
        record_title="汭州市社区卫生服务中心2025年招聘护理岗位技能测试须知.pdf",
        date="2025-08-05",
        notes="file-name record title; a skills test that uses a blood-pressure monitor; a numbered list; the file's "
        "upload stamp is no date; the site's technical line",
        page="""
!m 汭州人事考试服务网
!m 网站首页 ＞ 考试公告 ＞ 事业单位招聘
!t 汭州市社区卫生服务中心2025年招聘护理岗位技能测试须知.pdf
!m 文件上传于 2025-08-06 10:12　　浏览：3025
!a 【下载原文件】　【打印此页】
{BODY}
!d 本网发布的考试信息以招聘单位正式文件为准，转载须注明出处。
!m 考务技术支持：0731-82219900（工作日 8:30—17:30）
!m 汭州人事考试服务网版权所有　湘ICP备15003372号-2
""",
        body="""
一、测试内容：考生使用上臂式血压计为模拟患者测量血压，并完成记录和结果解读，满分100分，限时8分钟。
二、评分要点：
1.测量前核对患者信息，询问是否吸烟、运动，嘱其静坐休息；
2.袖带松紧以插入一指为宜，下缘距肘窝2至3厘米；
3.读数准确，记录规范，向患者说明结果和注意事项。
三、考生须提前20分钟到候考室抽签，考场统一提供血压计，不得自带。
四、测试成绩当场由考生签字确认，于考后3个工作日内在本网公布。
汭州市社区卫生服务中心招聘工作领导小组
2025年8月5日
""",
    ),
    dict(
        slug="qiyang-tender-bp-monitors-lots",
        site="骐阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.qiyang.example.cn/jyxx/zfcg/zbgg/20250602/0318.html",
        title="骐阳县基层医疗机构电子血压计采购项目招标公告",
        record_title="【公开招标】骐阳县基层医疗机构电子血压计采购项目招标公告 - 骐阳县公共资源交易网",
        date="2025-06-02",
        notes="tender portal with a countdown, CA and trading-system lines beside the purchaser's and agency's own "
        "contacts; lots table one row a paragraph; a sentence about downloading the tender file stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【公开招标】骐阳县基层医疗机构电子血压计采购项目招标公告 - 骐阳县公共资源交易网</title>
<script>var deadline="2025-06-24 09:30";</script></head>
<body>
<div class="hd">⟦m 骐阳县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="nav">⟦m 首页 交易信息 政府采购 工程建设 服务指南⟧</div>
<div class="pos">⟦m 首页 > 交易信息 > 政府采购 > 招标公告⟧</div>
<div class="detail">
<h3>⟦t 【公开招标】骐阳县基层医疗机构电子血压计采购项目招标公告⟧</h3>
<div class="attr">⟦m 信息时间：2025-06-02　阅读次数：412⟧</div>
<div class="cd">⟦m 距投标截止还有 21 天 13 时 40 分⟧</div>
<div class="article">
{BODY}
</div>
<div class="op">⟦a 我要投标⟧ ⟦a 收藏项目⟧ ⟦a 打印公告⟧</div>
</div>
<div class="side"><h4>⟦l 最新公告⟧</h4><ul><li>⟦l 骐阳县乡镇卫生院DR设备采购项目更正公告⟧</li><li>⟦l 县人民医院被服洗涤服务中标结果⟧</li></ul></div>
<div class="ft">
<p>⟦m CA数字证书办理咨询：400-611-2025⟧</p>
<p>⟦m 交易系统技术支持：0739-7100011⟧</p>
<p>⟦m 骐阳县公共资源交易中心　版权所有⟧</p></div>
</body></html>
""",
        body="""
骐阳县基层医疗机构电子血压计采购项目已具备招标条件，现进行公开招标，欢迎符合条件的供应商参加投标。
一、项目编号：QYZC-2025-0318
二、采购内容：
包号　品目　数量　最高限价（万元）
1　上臂式电子血压计　300台　9.0
2　台式医用电子血压计　40台　4.8
三、获取招标文件：2025年6月3日至6月9日，登录县公共资源交易平台下载招标文件，不另行出售纸质文件。
四、投标截止时间：2025年6月24日9时30分。
采购人：骐阳县卫生健康局　联系人：向志刚　电话：0739-7122418
代理机构：骐阳诚信招标代理有限公司　联系人：贺丹　电话：0739-7135206
2025年6月2日
""",
    ),
    dict(
        slug="xiaoling-tender-result-classroom-clocks",
        site="骁岭县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.xiaoling.example.cn/cggg/zbjg/202508/t20250820_2215.html",
        title="骁岭县中小学教室挂钟采购项目中标结果公告",
        record_date="2025-08-20",
        date="2025-08-20",
        notes="title and date as the record gives them; a bid result with its table and the buyer's and agency's "
        "phones; a share row and a related list",
        page="""
!m 骁岭县政府采购网
!m 首页 / 采购公告 / 中标（成交）结果公告
{T}
!m 发布时间：2025-08-20 16:05　　来源：骁岭县政府采购中心
!a 分享：微信 ｜ QQ空间 ｜ 复制链接
{BODY}
!l 同类公告：
!l 骁岭县中小学课桌椅采购项目中标结果公告
!l 骁岭县第二小学多媒体教室改造项目成交公告
!m 骁岭县财政局主办　监督电话：0739-8810012
""",
        body="""
一、项目编号：XLJY-2025-047
二、项目名称：骁岭县中小学教室挂钟采购项目
三、中标信息：
供应商名称　中标金额（元）　交货期
骁岭县时代钟表商行　98600　签约后20日
四、主要标的：静音石英挂钟，直径300毫米，数量1450台，单价68元。
五、评审专家：郑秀兰、刘峰、谭海波
六、公告期限：自本公告发布之日起1个工作日。
采购人：骁岭县教育局　联系电话：0739-8821306
采购代理机构：骁岭县政府采购中心　联系电话：0739-8813370
2025年8月20日
""",
    ),
]
