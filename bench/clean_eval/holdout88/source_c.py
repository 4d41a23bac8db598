"""holdout88, part C: 党建网, 医院官网, 高校官网, 地方论坛, 资料下载站, 人事考试网. Invented text."""

CASES = [
    dict(
        slug="dangjian-html-fire-lookout-branch-speech",
        site="瑄城先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xcxianfeng.example.gov.cn/dyjy/202407/t20240702_31188.html",
        title="在林场瞭望塔党员先锋岗授旗仪式上的讲话",
        record_title="在林场瞭望塔党员先锋岗授旗仪式上的讲话",
        date="2024-07-01",
        date_also=["2024-07-02"],
        notes="Party-building site with scan-to-phone prompt; date under the speech title and a byline 发布时间; speaker line neutral keeps the role",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑄城先锋网</title></head><body>
<div class="head">⟦m 瑄城先锋网 中共瑄城县委组织部主办⟧</div>
<div class="menu">⟦m 首页 | 党建要闻 | 党员教育 | 基层组织 | 人才工作⟧</div>
<div class="loc">⟦m 当前位置：首页 » 党员教育⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 发布时间：2024-07-02　来源：县林业局机关党委　字号：大 中 小⟧</div>
<p class="spk">县林业局党组书记、局长　钟岳</p>
<p class="spk">（2024年7月1日）</p>
{BODY}
<div class="qr">⟦a 手机扫一扫 分享本页⟧</div>
<div class="xg">⟦l 相关阅读：护林员队伍建设经验交流｜林区党建“红色哨所”⟧</div>
<footer>⟦m 中共瑄城县委组织部　版权所有　ICP备案：滇ICP备12003391号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天，我们在云岭林场举行瞭望塔党员先锋岗授旗仪式。林场六座瞭望塔，常年有十二名职工轮流值守，其中党员九名。
瞭望塔是森林防火的“眼睛”。值守人员一上塔就是半个月，吃住在塔上，观察、报警、记录，一刻不能松懈。
希望先锋岗的同志们亮身份、作表率，守好林子，带好队伍，确保全年不发生重大森林火灾。
""",
    ),
    dict(
        slug="dangjian-text-ancestral-hall-study-report",
        site="琚山党建网 (invented)",
        style="党建网",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://dj.jushan.example.cn/llyj/2023/0815/9910.html",
        title="关于利用祠堂建设村级党群活动阵地的调研报告",
        record_title="关于利用祠堂建设村级党群活动阵地的调研报告（调研文章）",
        date="2023-08-15",
        notes="decorated record title; decimal headings kept; page date from the 发布 line",
        page="""
!m 琚山党建网
!m 首页 / 理论研究 / 调研文章
!t 关于利用祠堂建设村级党群活动阵地的调研报告（调研文章）
!m 发布：2023-08-15 10:20　作者：县委组织部调研组　阅读：442
!a 【打印本页】　【收藏】　【关闭】
{BODY}
!l 上一篇：村级组织活动场所规范化建设情况调查
!l 下一篇：关于发展壮大新型农村集体经济的思考
!m 琚山县委组织部　地址：琚山县民主路12号
""",
        body="""
我县有宗族祠堂三百余座，多数位于村庄中心，闲置率较高。近期调研组走访了12个村，形成本报告。
1 基本情况
1.1 已有37座祠堂改建为党群活动室、村史馆或老年食堂。
1.2 改建资金主要来源于村集体、乡贤捐助和上级补助。
2 存在问题
2.1 部分祠堂产权不清，改造时易引发矛盾。
2.2 日常管护经费不足，一些活动室“建而不用”。
3 建议
3.1 建立“一堂一档”，明确产权和使用协议。
3.2 将祠堂活动阵地纳入村级组织运转经费保障。
""",
    ),
    dict(
        slug="hospital-html-salamander-bite-news-consult",
        site="琨水县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kshospital.example.cn/news/yyxw/2024-05-08/3321.html",
        title="我院成功救治一名被大鲵咬伤的养殖户",
        record_title="我院成功救治一名被大鲵咬伤的养殖户-琨水县人民医院",
        date="2024-05-08",
        notes="hospital news with 24-hour line, booking box and floating online-consult; hospital's own emergency phone in the body kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院成功救治一名被大鲵咬伤的养殖户-琨水县人民医院</title></head><body>
<div class="top">⟦m 琨水县人民医院　二级甲等综合医院⟧　⟦m 24小时急救：0838-6121120⟧</div>
<nav>⟦m 医院概况 · 新闻中心 · 科室导航 · 就医指南 · 健康科普⟧</nav>
<div class="crumb">⟦m 首页 > 新闻中心 > 医院新闻⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2024-05-08　供稿：急诊科　审核：医务科　浏览量：265⟧</div>
{BODY}
<div class="yy">⟦a 预约挂号 | 报告查询 | 在线缴费⟧</div>
<div id="kefu" class="float">⟦w 在线咨询 医生24小时在线为您解答⟧</div>
<footer>⟦m 地址：琨水县人民路188号　邮编：618400⟧<br>⟦d 本站信息仅供参考，不能作为诊断及医疗的依据⟧</footer>
</body></html>
""",
        body="""
5月6日晚，一名大鲵养殖户在清理养殖池时右手被大鲵咬伤，伤口深达肌层，被紧急送到我院。
急诊科立即为患者清创缝合，注射破伤风抗毒素，并给予抗感染治疗。目前患者恢复良好，已出院。
急诊科主任提醒，大鲵咬合力强，养殖户作业时应佩戴防护手套；被咬伤后应立即冲洗伤口并尽快就医，急诊科电话：0838-6121201。
""",
    ),
    dict(
        slug="hospital-text-scabies-notice-ward",
        site="璋田县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ztzyy.example.cn/tzgg/20231120/1187.html",
        title="关于加强病区疥疮防控工作的通知",
        record_title=None,
        date="2023-11-20",
        notes="missing record title; hospital chrome with booking and disclaimer; document's own 联系人 next to the hospital switchboard",
        page="""
!m 璋田县中医院　ZHANGTIAN HOSPITAL OF TCM
!m 首页 ｜ 通知公告 ｜ 护理园地 ｜ 党建廉政
!m 总机：0736-4402120　预约：0736-4402999
{T}
!m 2023-11-20　医院感染管理科　点击量：88
{BODY}
!a 〔打印〕〔关闭〕
!d 版权所有：璋田县中医院　未经许可不得转载
""",
        body="""
各临床科室：
近期我院个别病区发现疥疮病例。为防止院内传播，现就有关事项通知如下：
一、发现疑似病例要及时隔离，床单被褥单独收集、高温消毒。
二、医护人员接触患者时须戴手套，接触后规范洗手。
三、陪护人员相对固定，减少探视。
联系人：院感科 罗晓静，内线电话：8206。
医院感染管理科
2023年11月20日
""",
    ),
    dict(
        slug="university-html-tide-gauge-internship-news",
        site="滨海海洋学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.bhou.example.edu.cn/info/1012/20231.htm",
        title="海洋测绘专业学生赴验潮站开展实习",
        record_title="海洋测绘专业学生赴验潮站开展实习-滨海海洋学院新闻网",
        date="2023-07-14",
        notes="university news page: 作者/摄影/审核 meta, click counter script, prev/next; date from the page line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>海洋测绘专业学生赴验潮站开展实习-滨海海洋学院新闻网</title>
<script>_showDynClicks("wbnews", 1820, 20231)</script></head><body>
<div class="logo">⟦m 滨海海洋学院新闻网⟧</div>
<div class="nav">⟦m 学院要闻 院系动态 媒体海院 校园人物⟧</div>
<h1>{T}</h1>
<div class="ainfo">⟦m 作者：海洋测绘学院 刘一帆　摄影：邱瑶　审核：张辰　发布时间：2023-07-14　点击：⟧</div>
{BODY}
<div class="pn">⟦l 上一条：学校召开暑期安全工作会议⟧⟦l 下一条：海洋科学学院举办研究生论坛⟧</div>
<footer>⟦m 版权所有 © 滨海海洋学院 党委宣传部⟧</footer>
</body></html>
""",
        body="""
7月10日至13日，海洋测绘学院组织2021级38名学生赴石塘验潮站开展专业实习。
实习期间，学生们在站内工程师指导下，学习了验潮井、压力式水位计的原理和维护方法，完成了连续72小时的人工水尺比测。
带队老师表示，实习让学生把课堂上学的潮汐理论和实际观测结合起来，为后续毕业设计打下基础。
""",
    ),
    dict(
        slug="university-text-recitation-association-letter",
        site="瑷阳师范学院团委 (invented)",
        style="高校官网",
        genre="函",
        kind="letter",
        form="text",
        source="http://tw.aysf.example.edu.cn/tzgg/2024/0925/1204.html",
        title="关于邀请担任“青春诵中华”朗诵大赛评委的函",
        date="2024-09-25",
        notes="Youth League page: letter with 联系人/电话/邮箱 kept; page footer with the League office's phone as chrome",
        page="""
!m 共青团瑷阳师范学院委员会
!m 首页 > 通知公告
{T}
!m 时间：2024-09-25　作者：团委组织部　浏览：156
{BODY}
!a 附件下载：（无）　　打印本页
!m 团委办公室：行政楼305　电话：0580-8826115
""",
        body="""
瑷阳市朗诵协会：
我校定于10月18日举办“青春诵中华”大学生朗诵大赛决赛。久闻贵会专业水平高、评审经验丰富，特邀请贵会推荐三位专家担任决赛评委。
如蒙同意，请于10月8日前将评委名单回复我校团委。
联系人：许诺，电话：13906801124，邮箱：tw_aysf@163.com。
共青团瑷阳师范学院委员会
2024年9月25日
""",
    ),
    dict(
        slug="localforum-html-red-tide-beach-county",
        site="珂湾生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.kewan.example.com/forum.php?mod=viewthread&tid=772031",
        title="关于暂停海水浴场开放的紧急通知",
        record_title="【转】关于暂停海水浴场开放的紧急通知 - 珂湾茶馆 - 珂湾生活网",
        date="2024-08-03",
        notes="county forum with jammer fonts, reposted notice; thread title decorated with 【转】; reply floors as list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【转】关于暂停海水浴场开放的紧急通知 - 珂湾茶馆 - 珂湾生活网</title></head><body>
<div class="hd">⟦m 珂湾生活网 — 珂湾人自己的论坛⟧ ⟦a 注册 | 登录⟧</div>
<div class="bm">⟦m 珂湾生活网 › 珂湾茶馆 › 查看内容⟧</div>
<h1>⟦t 【转】关于暂停海水浴场开放的紧急通知⟧</h1>
<div class="pi">⟦m 海边的阿鑫 发表于 2024-8-3 11:48 | 查看: 5120 | 回复: 46⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="floor">⟦l 2# 涛声依旧：收到，周末改去山里了⟧</div>
<div class="floor">⟦l 3# 小渔村：赤潮年年有，注意别吃生海鲜⟧</div>
<div class="ft">⟦d 本帖仅代表网友观点，与珂湾生活网无关⟧</div>
</body></html>
""",
        title_also=["【转】关于暂停海水浴场开放的紧急通知"],
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
各位游客、市民：
据海洋环境监测站监测，珂湾东侧海域出现赤潮，面积约4平方公里。为保障游客健康，即日起暂停金沙湾海水浴场开放，恢复时间另行通知。
请广大市民游客不要下海游泳，不要捕捞、食用赤潮海域的贝类。
珂湾镇人民政府
2024年8月3日
""",
    ),
    dict(
        slug="localforum-text-clay-whistle-market-post",
        site="璐原论坛 (invented)",
        style="地方论坛",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.luyuanbbs.example.net/thread-20188-1-1.html",
        title="城隍庙前的泥哨摊又出来了",
        date=None,
        notes="local forum post: relative time, floor chrome, quoted reply; year only inside text, no date",
        page="""
!m 璐原论坛 » 璐原杂谈
!t 城隍庙前的泥哨摊又出来了
!m 楼主　老璐原　　发表于 5 天前　　来自手机
{BODY}
!l 沙发　小桥流水：小时候一毛钱一个，现在十块了
!l 引用 小桥流水 的回复：那也值，手工的
!a 回复本帖　｜　点评　｜　收藏
""",
        junk=dict(lines=2, glued=1),
        body="""
今天路过城隍庙，看到捏泥哨的钱师傅又出摊了，一排小鸟、小狗、小老虎，涂得花花绿绿。
钱师傅说，他做泥哨四十多年，泥要用后山的黄泥，晒干了再烧，吹起来才响。
前些年摊子撤了，今年县里搞非遗市集，他又被请了回来。
想给孩子买的抓紧，周末人多，去晚了就没了。
""",
    ),
    dict(
        slug="download-html-xun-course-fileinfo-mirrors",
        site="绿野资源下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.lvye-down.example.com/soft/edu/48213.html",
        title="陶埙校本课程实施方案",
        record_title="陶埙校本课程实施方案 Word版下载 - 绿野资源下载站",
        date=None,
        notes="old download-station layout: file-info table, three mirror links, dead-link report, unpack password; 更新时间 is an upload stamp, no date",
        page="""
<html><head><meta charset="gb2312"><title>陶埙校本课程实施方案 Word版下载 - 绿野资源下载站</title></head><body>
<table width="960"><tr><td>⟦m 绿野资源下载站 — 安全 绿色 高速⟧</td></tr>
<tr><td>⟦m 首页 → 教育资料 → 教学方案 → 陶埙校本课程实施方案⟧</td></tr></table>
<table class="info" width="960">
<tr><td>⟦m 资料大小：56 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>
<tr><td>⟦m 更新时间：2025-01-09 03:17⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 运行环境：Word2007及以上⟧</td><td>⟦m 下载次数：1204⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<div class="down"><h4>⟦a 下载地址：⟧</h4><ul><li>⟦a 电信高速下载⟧</li><li>⟦a 联通高速下载⟧</li><li>⟦a 备用下载地址⟧</li></ul></div>
<div>⟦a 解压密码：www.lvye-down.com⟧　⟦a 下载地址失效？点此报错⟧</div>
<div class="ft">⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
为传承民族乐器文化，丰富学生课余生活，学校开设陶埙校本课程，制定本方案。
一、课程目标：学生能正确持埙、吹奏基本音阶，学会演奏三至五首简单乐曲。
二、课程安排：四、五年级每周一课时，由音乐教师和外聘埙艺人共同授课。
三、课程评价：以学期末班级展演为主，评选“小小埙手”。
""",
    ),
    dict(
        slug="download-text-reservoir-cyanobacteria-rules",
        site="文档宝下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.wdbao-down.example.cn/down/30917.html",
        title="水库蓝藻水华应急监测制度",
        record_title="水库蓝藻水华应急监测制度.wps",
        date=None,
        notes="file-name record title (.wps); download-station text with mirror links; no date (year absent); regulation article speaks of 下载 and 打印 as content",
        page="""
!m 文档宝下载 >> 规章制度 >> 安全管理
!t 水库蓝藻水华应急监测制度.wps
!m 文件格式：WPS　大小：23K　添加：管理员　人气：318
{BODY}
!a 本地下载1　　本地下载2　　迅雷下载
!a 如果下载链接无效，请点击“报告错误”
!d 资料仅供参考，请勿用于商业用途
""",
        body="""
第一条　为及时掌握水库蓝藻水华发生情况，保障供水安全，制定本制度。
第二条　每年4月至10月为蓝藻监测期，监测站每周采样两次；发现水华时加密至每日一次。
第三条　监测数据应当日上传至水质监测平台，值班人员每日下载汇总并打印存档。
第四条　藻密度超过预警值时，立即报告水库管理处，并启动应急预案。
第五条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="exam-html-forest-ranger-recruit-notice",
        site="瑷阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.aypta.example.gov.cn/ksxx/sydw/202403/t20240311_5521.html",
        title="瑷阳县2024年公开招聘专职护林员公告",
        record_title="瑷阳县2024年公开招聘专职护林员公告",
        date="2024-03-11",
        notes="personnel-exam portal with floating consult, 考生服务 menu; table of posts kept; 咨询电话 of the notice kept next to the site's hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瑷阳县2024年公开招聘专职护林员公告</title></head><body>
<div class="top">⟦m 瑷阳人事考试网⟧　⟦m 考试服务热线：0580-3011226⟧</div>
<div class="nav">⟦m 首页 · 考试信息 · 报名入口 · 成绩查询 · 政策法规⟧</div>
<div class="pos">⟦m 您现在的位置：首页 > 考试信息 > 事业单位⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 信息来源：县人社局　发布日期：2024-03-11⟧</div>
{BODY}
<div class="kf" style="position:fixed">⟦w 考生咨询 在线客服⟧</div>
<div class="bottom">⟦l 相关公告：2024年县事业单位招聘笔试安排⟧</div>
<footer>⟦m 主办单位：瑷阳县人力资源和社会保障局⟧</footer>
</body></html>
""",
        body="""
根据工作需要，经研究，决定面向社会公开招聘专职护林员12名。
岗位　人数　条件
一类林区护林员　8　男性，45周岁以下，初中及以上学历
二类林区护林员　4　45周岁以下，初中及以上学历，能骑摩托车
报名时间：3月18日至3月22日，报名地点：县林业局一楼大厅。
咨询电话：0580-3028106。
瑷阳县人力资源和社会保障局
2024年3月11日
""",
    ),
    dict(
        slug="exam-text-fire-brigade-interview-results",
        site="琮川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.zongchuan.example.gov.cn/gsgg/202406/1182.html",
        title="琮川县政府专职消防队员招聘体能测试结果公示",
        record_title="琮川县政府专职消防队员招聘体能测试结果公示（第二批）",
        date="2024-06-24",
        notes="decorated record title; result table one row a paragraph; 公示期 and 监督电话 kept",
        page="""
!m 琮川人事考试信息网
!m 首页 >> 公示公告
{T}
!m 发布者：琮川县消防救援大队　发布时间：2024-06-24 17:05
!a 【大 中 小】【打印】【关闭】
{BODY}
!l 上一篇：第一批体能测试结果公示
!m 技术支持：琮川网络信息中心
""",
        body="""
根据招聘公告，现将第二批体能测试结果公示如下：
序号　姓名　成绩　是否进入体检
1　韦振宇　合格　是
2　陆子航　合格　是
3　莫俊杰　不合格　否
公示期为6月25日至6月29日。对公示结果有异议的，可向县消防救援大队反映，监督电话：0771-4203119。
""",
    ),
]
