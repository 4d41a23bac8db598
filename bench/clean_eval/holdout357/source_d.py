"""holdout357, part D: education portals, university sites, hospitals, personnel-exam
sites and training schools. Everything invented by hand; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="jihu-edu-notice-eggslicer-attachments",
        site="暨湖县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jihu.gov.example.cn/tzgg/2024/0410/7782.html",
        title="关于加强中小学食堂切蛋器等小型器具安全管理的通知",
        record_title="关于加强中小学食堂切蛋器等小型器具安全管理的通知 ⇦ 校园安全 ⇦ 暨湖县教育信息网",
        date="2024-04-08",
        date_also=["2024-04-10"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the notice's own 附件 list, the bureau's contact and mailbox beside a technical-support line; the portal date differs from the 成文日期; sentences on printing and scanning as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于加强中小学食堂切蛋器等小型器具安全管理的通知 ⇦ 校园安全 ⇦ 暨湖县教育信息网</title>
<link rel="stylesheet" href="/css/jy2023.css">
<script src="/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="jy-top">
<a href="/shilao/">⟦a 适老版⟧</a> <a href="javascript:;">⟦a 读屏专用⟧</a> <a href="/en/">⟦a 英文版⟧</a>
</div>
<div class="jy-logo">⟦m 暨湖县教育信息网⟧ ⟦m 暨湖县教育局主办⟧</div>
<ul class="jy-menu"><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 校园安全⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 政策文件⟧</li></ul>
<div class="jy-path">⟦m 首页 ＞ 通知公告 ＞ 校园安全⟧</div>
<div class="jy-art">
<h1>{T}</h1>
<div class="jy-sub">⟦m 发布日期：2024-04-10　文章来源：县教育局后勤管理股　浏览：1,076⟧</div>
<div class="jy-txt">
{BODY}
</div>
<div class="jy-down">
<p>⟦a 附件1：学校食堂小型器具管理台账（样表）.xlsx　［点击下载］⟧</p>
<p>⟦a 附件2：切蛋器日常检查要点.docx　［点击下载］⟧</p>
</div>
<div class="jy-bar">⟦a 【打印正文】【关闭本页】⟧</div>
</div>
<div class="jy-links"><h3>⟦l 校园安全栏目更新⟧</h3><ul><li>⟦l 2024年春季学期学校食品安全自查工作安排⟧</li><li>⟦l 关于开展防溺水专题教育的通知⟧</li></ul></div>
<div class="jy-foot">
<p>⟦m 暨湖县教育局　地址：暨湖县学府路9号⟧</p>
<p>⟦m 网站技术支持：0717-4528800（工作日）⟧</p>
<p>⟦m 皖ICP备12008437号-1　网站标识码3418250006⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校、幼儿园：
近期，县教育局在春季学校食堂检查中发现，部分学校切蛋器钢丝断裂后继续使用，个别学校压蒜器、削皮器等小型器具随意摆放、清洗不彻底。为消除安全隐患，现就有关事项通知如下：
一、全面清查。各校于4月20日前对食堂切蛋器、压蒜器等小型器具逐件清查，钢丝断裂、锈蚀、刃口缺损的一律停用报废。
二、建立台账。小型器具实行一物一登记，台账打印后张贴在食堂操作间，器具用后清洗消毒、定点存放。
三、加强检查。学校食品安全管理员每周检查一次，检查结果在台账上签字确认。县教育局将在5月组织抽查。
联系人：袁小青，电话：0717-4528316，邮箱：jhjyhq@example.cn。
附件：1.学校食堂小型器具管理台账（样表）
2.切蛋器日常检查要点
暨湖县教育局
2024年4月8日
""",
    ),
    dict(
        slug="gaikou-school-plan-tentlamp-camp-decimal",
        site="馀塘教育在线 (invented, county education portal)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.yutangedu.cn/xxdt/2024/0920/5513.html",
        title="溉口中学秋季研学营地夜间安全保障方案",
        record_title="溉口中学秋季研学营地夜间安全保障方案【研学季·安全先行】_馀塘教育在线",
        date="2024-09-18",
        notes="education portal text: decimal headings 1.1–3.2; a sign-in QR code and a printed roster as content; a read-on-phone prompt between paragraphs",
        page="""
!m 馀塘教育在线　　为了每一个孩子
!m 首页 ＞ 学校动态 ＞ 研学实践
!t 溉口中学秋季研学营地夜间安全保障方案【研学季·安全先行】_馀塘教育在线
{T}
!m 来源：溉口中学　　作者：政教处　　点击：422
!a 字号　大　中　小　|　打印　|　关闭
{BODY}
!l 研学专题：秋季研学安全十问 ｜ 研学营地食宿管理办法
!m 馀塘县教育体育局主办　技术服务：馀塘县教育信息中心　电话：0718-3301166
""",
        indent="\u3000\u3000",
        body="""
为保障我校八年级学生在溉水研学营地两晚露营期间的夜间安全，特制定本方案。
1.组织保障
1.1 成立由校长任组长、政教处主任任副组长的研学安全领导小组，每个班级配备两名带队教师。
1.2 营地每10顶帐篷设一名夜间值守教师，实行分段轮值。
2.照明与用电
2.1 每顶帐篷配发帐篷灯1盏，由营地统一充电，出发前由班主任逐盏点亮检查。
2.2 帐篷内严禁使用蜡烛、打火机等火源，学生个人充电宝统一交带队教师保管。
⟦a 手机扫码可随时查看本方案⟧
2.3 营地主通道每隔20米设置一盏地灯，卫生间通道保持整夜照明。
3.点名与巡查
3.1 每晚21时30分集中点名，学生扫描营地签到二维码确认到营，班主任打印当晚名单交值守教师。
3.2 值守教师每小时巡查一次，发现学生身体不适或帐篷灯故障，立即报告并处置。
溉口中学
2024年9月18日
""",
    ),
    dict(
        slug="duiyang-college-news-garlicpress-h1",
        site="兑阳职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.dyvtc.edu.example.cn/info/1023/18841.htm",
        title="我院工业设计专业学生设计的单手压蒜器获省级大赛一等奖",
        record_title=None,
        date="2024-05-23",
        notes="no record title: the h1 holds it; a dotted college date in the byline is the page's date; a photo caption between paragraphs; a campus-photos link",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>兑阳职业技术学院</title>
<link rel="stylesheet" href="/dfiles/xw/style.css">
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="xy-top">⟦m 兑阳职业技术学院⟧ ⟦m 德技并修　知行合一⟧</div>
<div class="xy-nav">⟦m 学院概况 | 院系设置 | 招生就业 | 校园新闻 | 信息公开 | 图书馆⟧</div>
<div class="xy-loc">⟦m 当前位置：首页 >> 校园新闻 >> 院系动态⟧</div>
<div class="xy-news">
<h1>{T}</h1>
<div class="xy-info">⟦m 2024.05.23　作者：设计学院 孙琳　审核：赵明　点击：[1873]⟧</div>
<div class="xy-body">
{BODY}
</div>
<div class="xy-more">⟦l 更多校园风采，请访问“图说兑职”专栏⟧</div>
<div class="xy-pn">⟦l 上一条：我院举办2024届毕业生春季双选会⟧<br>⟦l 下一条：学院召开安全生产月工作部署会⟧</div>
</div>
<div class="xy-foot">
<p>⟦m 地址：兑阳市芽湾区职教路16号　邮编：443100⟧</p>
<p>⟦m 版权所有©兑阳职业技术学院　鄂ICP备08006912号⟧</p>
</div>
</body>
</html>
""",
        body="""
5月20日，第六届全省职业院校工业设计创新大赛落下帷幕。我院工业设计专业学生团队设计的“单手压蒜器”从全省126件参赛作品中脱颖而出，获得一等奖。
这款压蒜器是学生们在社区养老服务站调研时萌生的创意。团队发现，不少老年人手部力量弱，使用传统双柄压蒜器十分吃力。为此，他们设计了杠杆式按压结构，只需一只手轻轻下压，就能把蒜瓣压成蒜泥，滤网还能整体翻出冲洗。
⟦m 图为学生团队在实训室调试压蒜器样品。⟧
指导教师袁晓川介绍，从调研到定型，团队先后做了11版样品，请社区老人试用了200多次。目前，已有两家厨具企业与学院洽谈合作生产事宜。
""",
    ),
    dict(
        slug="duiyang-normal-notice-rack-loan",
        site="兑阳师范学院 艺术设计学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ysxy.dynu.edu.example.cn/tzgg/2024/0506/3317.html",
        title="关于借用毕业设计作品展展示架的通知",
        record_title="关于借用毕业设计作品展展示架的通知 · 艺术设计学院 · 兑阳师范学院",
        record_date="2024-05-06",
        date="2024-05-06",
        notes="college notice with a record date; a borrowing table; the college office's contact beside the school switchboard line; scan-to-book as content",
        page="""
!m 兑阳师范学院　艺术设计学院
!m 学院首页 / 通知公告
{T}
!m 发布者：院办　　发布时间：2024-05-06　　阅读：318
{BODY}
!m 附件：（无）
!l 返回列表
!m 兑阳师范学院总机：0716-8200000　　艺术设计学院 版权所有
""",
        indent="\u3000\u3000",
        body="""
各专业、各位2024届毕业生：
2024届毕业设计作品展定于5月20日至26日在学院一楼展厅举行。为做好布展工作，学院统一调配展示架，现将借用事项通知如下：
一、可借展示架情况
类型　数量　适用作品
折叠屏风式展示架　40组　平面设计、插画
三层立体展示架　24组　产品模型、陶艺
射灯挂画展示架　16组　摄影、书法
二、借用办法
各专业于5月13日前扫描学院办公室门口的二维码预约，5月17日凭学生证到一楼库房领取，展览结束后两日内归还。
三、注意事项
展示架由借用专业负责看管，如有损坏照价赔偿。布展期间请勿在展示架上钻孔、张贴胶带。
联系人：孙老师，电话：0716-8201274。
艺术设计学院办公室
2024年5月6日
""",
    ),
    dict(
        slug="duiyang-hospital-handsurgery-eggslicer",
        site="兑阳市中心医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.dyzxyy.example.cn/jkkp/2024/0612/6620.html",
        title="切蛋器也会“咬”手指？手外科医生提醒清洗时要当心",
        record_title="手足外科诊室札记 ⇧ 切蛋器也会“咬”手指？手外科医生提醒清洗时要当心 - 兑阳市中心医院",
        date="2024-06-12",
        notes="hospital site: a booking float, a 24-hour line and an experts list; the department's 咨询电话 beside the switchboard and booking lines; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>手足外科诊室札记 ⇧ 切蛋器也会“咬”手指？手外科医生提醒清洗时要当心 - 兑阳市中心医院</title>
<script src="/js/yuyue-float.js"></script>
</head>
<body>
<div class="yy-top">⟦m 兑阳市中心医院⟧ ⟦m 三级甲等综合医院⟧ ⟦m 急诊24小时：0716-8311120⟧</div>
<div class="yy-nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普 | 招聘信息⟧</div>
<div class="yy-crumb">⟦m 首页 › 健康科普 › 手足外科⟧</div>
<div class="yy-art">
<h2>{T}</h2>
<div class="yy-meta">⟦m 发布时间：2024-06-12　|　作者：手足外科 龚振宇　|　浏览：2,034⟧</div>
<div class="yy-con">
{BODY}
</div>
</div>
<div class="yy-experts"><h3>⟦l 手足外科专家⟧</h3><p>⟦l 龚振宇 主任医师 周二上午⟧</p><p>⟦l 唐静 副主任医师 周四全天⟧</p></div>
<div class="yy-float">⟦a 预约挂号 ▷ 微信搜“兑阳中心医院”小程序⟧</div>
<div class="yy-foot">
<p>⟦m 医院总机：0716-8311000　预约专线：0716-8311999⟧</p>
<p>⟦d 本站科普内容仅供参考，不能替代医生面诊⟧</p>
<p>⟦m 兑阳市中心医院 版权所有 鄂ICP备10019043号⟧</p>
</div>
</body>
</html>
""",
        body="""
最近，手足外科门诊接连接诊了三位被切蛋器割伤手指的患者，其中一位伤到了指神经，需要手术修复。
很多人觉得切蛋器的钢丝细、看着不锋利，其实钢丝绷得很紧，清洗时如果用手指来回抹，很容易被勒出深而窄的伤口。这类伤口表面看不大，却可能伤及肌腱和神经。
医生提醒：
1.清洗切蛋器时用小刷子顺着钢丝方向刷，不要用手指抹；
2.钢丝松动、断裂后不要自行拉紧或绑扎，应及时更换；
3.被割伤后先用流动清水冲洗，再用干净纱布压迫止血；如果手指麻木、活动受限，要尽快到医院就诊。
手足外科咨询电话：0716-8311462（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="xunling-hospital-notice-tentlamp-team-kit",
        site="勋岭县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xlxrmyy.example.cn/yygg/2024/0527/1174.html",
        title="关于开展应急医疗队帐篷灯等野外保障物资检查的通知",
        date="2024-05-27",
        notes="record title as is; a hospital notice whose own 内线 sits beside the switchboard and a complaint line; a checklist table; a printed form as content",
        page="""
!m 勋岭县人民医院　　二级甲等综合医院
!m 医院首页 ＞ 院务公开 ＞ 院内通知
{T}
!m 作者：医务科　｜　发布：2024-05-28　｜　浏览：203
{BODY}
!a 〔打印〕〔收藏〕〔返回顶部〕
!m 医院总机：0719-6222120　投诉电话：0719-6222315
!m 勋岭县人民医院 版权所有　地址：勋岭县人民路188号
""",
        indent="\u3000\u3000",
        date_also=["2024-05-28"],
        body="""
各科室、县应急医疗队全体队员：
为做好汛期卫生应急准备，确保医疗队随时拉得出、用得上，医务科定于6月3日至5日对应急医疗队野外保障物资进行全面检查。现将有关事项通知如下：
一、检查内容
物资名称　检查要点
帐篷灯　逐盏点亮，检查电池续航和挂钩
医疗帐篷　检查篷布、支架和地钉是否齐全
发电机　试机运行30分钟
二、有关要求
各物资保管员要提前打印《野外保障物资检查表》，检查时逐项填写并签字。检查中发现帐篷灯不亮、电池鼓包的，立即登记更换。
联系人：唐丽，院内电话：8306。
医务科
2024年5月27日
""",
    ),
    dict(
        slug="yunchuan-exam-cook-practical-garlicpress",
        site="蕴川县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.yunchuan.gov.example.cn/ksgg/2024/0617/882.html",
        title="2024年中式烹调师（四级）职业技能等级认定实操考核须知",
        record_title="【等级认定·灶台类】2024年中式烹调师（四级）职业技能等级认定实操考核须知 - 考生须读 - 蕴川县人事考试网",
        date="2024-06-14",
        notes="exam site: a maintenance banner and an admission-ticket float; the exam centre's 咨询电话 beside a technical line; a timetable; downloading and printing the admission ticket as content; the page's date differs from the notice's",
        date_also=["2024-06-17"],
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【等级认定·灶台类】2024年中式烹调师（四级）职业技能等级认定实操考核须知 - 考生须读 - 蕴川县人事考试网</title>
<script src="/js/float-zkz.js"></script>
</head>
<body>
<div class="ks-banner">⟦d 系统升级公告：6月22日0:00-6:00报名系统暂停服务，请合理安排时间⟧</div>
<div class="ks-head">⟦m 蕴川县人事考试网⟧</div>
<div class="ks-nav">⟦m 网站首页 考试动态 考务通知 成绩查询 证书领取 政策法规⟧</div>
<div class="ks-pos">⟦m 您的位置：首页 - 考务通知⟧</div>
<div class="ks-art">
<h3>{T}</h3>
<div class="ks-meta">⟦m 发布：2024-06-17 09:00　来源：县职业技能鉴定所⟧</div>
<div class="ks-body">
{BODY}
</div>
</div>
<div class="ks-float">⟦a 准考证打印入口 ▶⟧</div>
<div class="ks-foot">
<p>⟦m 网上报名系统技术支持：0712-5188023⟧</p>
<p>⟦m 蕴川县人力资源和社会保障局主办　鄂ICP备16007731号⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
2024年中式烹调师（四级）职业技能等级认定实操考核定于6月29日举行，现将有关事项告知如下：
一、考核安排
场次　时间　考核内容
第一场　6月29日8:30-10:30　冷菜拼摆、蒜泥白肉
第二场　6月29日14:00-16:00　热菜烹制
二、考场提供的器具
考场统一提供灶具、砧板和压蒜器、切蛋器等小型器具，考生只需自带刀具和工作服。蒜泥须现场使用压蒜器或刀具制作，不得携带预制调料。
三、准考证
考生请于6月25日起登录本网下载并打印准考证，考试当天凭准考证和身份证入场。
四、咨询方式
县职业技能鉴定所考务咨询电话：0712-5188105。
蕴川县职业技能鉴定所
2024年6月14日
""",
    ),
    dict(
        slug="xunling-exam-rescuer-practical-tentlamp",
        site="勋岭人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.xlrsks.example.cn/tzgg/20240802/1390.html",
        title="应急救援员（五级）职业技能等级认定实操考核公告",
        record_title="应急救援员（五级）职业技能等级认定实操考核公告（附考核项目表）_勋岭人事考试信息网",
        date="2024-08-01",
        notes="exam site text: a scrolling system notice, an items table, the centre's 咨询电话 beside the site's technical line; downloading the admission ticket as content",
        page="""
!d 【系统通知】本网已启用新版报名系统，旧版账号请重新实名认证
!m 勋岭人事考试信息网
!m 首页 >> 通知公告 >> 职业技能
!t 应急救援员（五级）职业技能等级认定实操考核公告（附考核项目表）_勋岭人事考试信息网
!m 信息来源：勋岭县职业技能评价中心　　时间：2024-08-02
!a 【我要打印】【关闭窗口】
{BODY}
!a 准考证下载入口已开放 → 点击进入
!m 系统技术支持：0719-6239001　勋岭县人力资源和社会保障局　版权所有
""",
        indent="\u3000\u3000",
        date_also=["2024-08-02"],
        body="""
根据年度职业技能等级认定工作安排，勋岭县职业技能评价中心定于8月24日组织应急救援员（五级）实操考核。现将有关事项公告如下：
一、考核项目
序号　项目　分值
1　临时安置帐篷搭设与帐篷灯布设　40分
2　伤员初步检查与止血包扎　35分
3　救援绳结打法　25分
二、考核说明
帐篷灯布设项目要求考生在规定时间内完成帐篷灯检查、挂设和亮度调节，并向考评员说明锂电池安全使用注意事项。
三、准考证
考生于8月19日至23日登录本网下载准考证，凭准考证和身份证参加考核。
咨询电话：0719-6239218。
勋岭县职业技能评价中心
2024年8月1日
""",
    ),
    dict(
        slug="yunzhi-school-sommelier-course-decanter",
        site="酝知侍酒学苑 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yunzhisommelier.com/course/weekend-2024.html",
        title="侍酒师入门周末班招生简章",
        record_title="〔金秋周末小班〕侍酒师入门周末班招生简章（醒酒与侍酒实操）｜酝知侍酒学苑",
        date=None,
        notes="training school: a promo banner, a franchise line and a consult float; the course's 报名电话 beside them; a fee table; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>〔金秋周末小班〕侍酒师入门周末班招生简章（醒酒与侍酒实操）｜酝知侍酒学苑</title>
<script src="/assets/js/kefu-float.js"></script>
</head>
<body>
<div class="yz-promo">⟦a 🎉 老学员推荐新学员，双方各减300元⟧</div>
<header>⟦m 酝知侍酒学苑⟧ ⟦m 让每一杯酒被好好对待⟧</header>
<nav>⟦m 首页 / 课程体系 / 师资团队 / 学员作品 / 加盟合作⟧</nav>
<div class="yz-crumb">⟦m 首页 > 课程体系 > 周末班⟧</div>
<section class="yz-course">
<h1>{T}</h1>
<p class="yz-meta">⟦m 浏览 2,411 · 更新于 2 周前⟧</p>
{BODY}
</section>
<div class="yz-join">⟦w 城市合作加盟热线：400-629-1702⟧</div>
<div class="yz-kefu">⟦w 在线咨询 · 课程顾问“小酝”微信 yunzhi_xiaoyun⟧</div>
<footer>⟦m 兑阳市酝知职业技能培训学校有限公司　鄂ICP备23009148号⟧</footer>
</body>
</html>
""",
        body="""
想系统了解葡萄酒、学会专业侍酒？酝知侍酒学苑秋季周末班开始招生啦！
一、课程内容
课程共8次课，内容包括葡萄酒基础知识、主要产区、品鉴方法、醒酒与换瓶、餐酒搭配等。其中醒酒实操课由资深侍酒师带教，学员将亲手使用不同造型的醒酒器完成换瓶和醒酒，学习判断醒酒时间。
二、课程安排与费用
班级　上课时间　学费
周六班　每周六14:00-17:00　3680元
周日班　每周日9:00-12:00　3680元
三、报名须知
每班限招16人，学费含酒水和器具费用。结业考核合格的学员颁发学苑结业证书。
报名电话：0716-8526630（周一至周六9:00-18:00）。
""",
    ),
    dict(
        slug="zaodian-school-student-insight-eggslicer",
        site="早安创业厨房学校 (invented, training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.zaoanchufang.cn/xueyuan/xinsheng/2207.html",
        title="早餐店创业班学习心得",
        record_title="学员来信 ☀ 早餐店创业班学习心得（第14期）｜早安创业厨房学校",
        date=None,
        notes="training school page in text: a trial-lesson prompt between paragraphs, a consult prompt glued after a sentence; a student's reflection without a date",
        page="""
!m 早安创业厨房学校　｜　小本创业，从一份早餐开始
!m 首页 ▸ 学员天地 ▸ 学员来信
!t 学员来信 ☀ 早餐店创业班学习心得（第14期）｜早安创业厨房学校
{T}
!m 学员：孙晓燕　｜　浏览 876
{BODY}
!a 想开店？现在报名送3天免费试学
!l 更多学员来信：从下岗女工到三家店的老板 ｜ 煎饼果子学成记
!w 招生咨询：0718-3369201　｜　加盟热线：400-118-6627
!m 早安创业厨房学校 版权所有
""",
        indent="\u3000\u3000",
        body="""
我是第14期早餐店创业班的学员，在学校学了整整一个月，今天终于可以写写自己的感受了。
刚来的时候，我以为开早餐店无非就是包包子、煮粥。上了课才知道，出餐快不快、顾客排不排队，全在细节里。老师教我们的第一件事，不是揉面，而是排动线：蒸笼、粥桶、收银台怎么摆，顾客怎么走。
印象最深的是茶叶蛋和蛋饼的备料课。老师让我们比赛，用刀切和用切蛋器切两百个鸡蛋，切蛋器那组快了将近一半，切出来的蛋片还一样厚。老师说，早餐店的效率就是从这些小工具里省出来的。⟦w 想学同款出餐动线？咨询班主任龚老师⟧
⟦a 预约免费试听课，体验一天早餐店实操⟧
现在我已经在家附近租好了店面，下个月就开业。谢谢老师们的耐心教导，我一定把学到的本事用好。
""",
    ),
]
