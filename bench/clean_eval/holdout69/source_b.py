"""holdout69, part B: tug-of-war teams, matches and rope makers. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="docshare-tug-match-plan-pdf",
        site="享档网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xiangdang.example.net/doc/20250311/66120.html",
        title="镛岭镇职工拔河比赛活动方案",
        record_title="镛岭镇职工拔河比赛活动方案.pdf",
        date="2025-03-10",
        notes="file-name title; upload notice of the sharing site; schedule table kept; date in Chinese numerals",
        page="""
!m 享档网 · 资料共享平台
!t 镛岭镇职工拔河比赛活动方案.pdf
!m 上传人：绳结老陈　|　格式：PDF　|　3页　|　所需积分：2
!d 本文档由用户分享，仅用于学习研讨，平台不对内容的准确性负责，若有侵权请通过举报通道反馈。
{BODY}
!a 下载本文档（PDF 3页）
!l 同类资料：趣味运动会方案　工会活动策划书
""",
        body="""
为活跃职工文化生活，镇总工会定于三月下旬举办职工拔河比赛，现制定方案如下。
一、参赛单位：镇机关、各村（社区）、镇属企事业单位，每队十人，其中女职工不少于二人。
二、赛程安排
日期　项目　地点
3月27日　小组赛　镇文体广场
3月28日　决赛　镇文体广场
三、比赛采用三局两胜制，每局时间不超过两分钟。
镛岭镇总工会
二〇二五年三月十日
""",
    ),
    dict(
        slug="edu-bureau-campus-tug-html-old",
        site="钺川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yuechuan.example.gov.cn/Article/ShowArticle.asp?ArticleID=5521",
        title="关于举办全县中小学拔河比赛的通知",
        record_title="关于举办全县中小学拔河比赛的通知",
        date="2025-10-14",
        notes="old ASP table layout with marquee and visitor counter; 附件 list and the bureau's 联系人 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>钺川县教育局--关于举办全县中小学拔河比赛的通知</title></head>
<body><table width="960" border="0" align="center"><tr><td><img src="/img/top.jpg" alt="">⟦m 钺川教育信息网⟧</td></tr>
<tr><td><marquee>⟦l 热烈庆祝钺川县第三届中小学生运动会隆重开幕⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td class="lm">⟦m 当前位置：网站首页 >> 体卫艺 >> 文章内容⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 作者：体卫艺股　来源：本站原创　点击数：　866　更新时间：2025-10-14⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您是本站第 0081273 位访客⟧　⟦d 版权所有：钺川县教育局 未经许可不得复制⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学：
为弘扬团结协作精神，县教育局定于11月5日在县体育场举办全县中小学拔河比赛。
比赛分小学组和中学组，每校限报一队，每队男女各六名学生。
请各校于10月28日前将报名表报送县教育局体卫艺股，联系人：蒋立新，电话：0579-8312 4407。
附件：1.比赛规程　2.报名表
钺川县教育局
2025年10月14日
""",
    ),
    dict(
        slug="qa-rope-length-answer",
        site="问个明白 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wengemingbai.example.com/q/3381902",
        title="标准拔河比赛的绳子有多长？",
        record_title=None,
        date=None,
        notes="question as title, found on the page; answer body; relative time and answer count; no date",
        page="""
!m 问个明白 > 体育 > 其他运动
标准拔河比赛的绳子有多长？
!m 提问者：匿名用户　2天前
!l 3个回答　　关注问题
!m 最佳回答　　回答者：老体育人周 | 等级7
{BODY}
!l 有帮助(42)　无帮助(1)　评论
!l 其他回答：一般学校用的二十米左右就够了。
!a 下载APP，随时查看回答
""",
        title_in="missing",
        body="""
按照通行的比赛规则，拔河绳的长度一般不少于三十三点五米，直径在十至十二点五厘米之间。
绳子中间系一条红色中线标记，两侧各四米处再系白色标记，用来判定胜负。
学校和单位组织的趣味比赛可以根据场地适当缩短，但两队之间要留出足够的拉动距离。
""",
    ),
    dict(
        slug="collection-old-rope-memoir-oneline",
        site="老梁杂记 (invented collection)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="https://laoliangzaji.example.com/wenji/juan3/27.html",
        title="村口那根麻绳",
        record_title="《老梁杂记》卷三·村口那根麻绳",
        date=None,
        notes="a memoir on one line (paragraphs apart only by indent); the collection's chapter nav; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 老梁杂记 · 卷三 乡土
!t 《老梁杂记》卷三·村口那根麻绳
{BODY}
!l ← 第26篇 晒场　|　目录　|　第28篇 打谷机 →
!d 文集文字为作者原创，转载请注明出处。
""",
        body="""
小时候村口的老槐树下总挂着一根麻绳，有碗口那么粗。
每到农闲，东西两个生产队就拉开架势比一场，输的一方要负责挑一天塘泥。
绳子后来断了，村里又搓了一根新的，可拉绳的人却一年比一年少了。
""",
    ),
    dict(
        slug="party-branch-tug-activity-summary",
        site="铮原县机关党建网 (invented)",
        style="党建网",
        genre="总结",
        kind="summary",
        form="html",
        source="https://jgdj.zhengyuan.example.gov.cn/dzbdt/202507/t20250704_1180.html",
        title="县税务局机关党支部开展“一根绳”主题党日活动",
        record_title="县税务局机关党支部开展“一根绳”主题党日活动_支部动态_铮原县机关党建网",
        date="2025-07-04",
        notes="Party-building portal; byline date; scan-to-phone prompt; a sentence speaking of 关注 kept",
        page="""
<html><head><meta charset="utf-8"><title>县税务局机关党支部开展“一根绳”主题党日活动_支部动态_铮原县机关党建网</title></head><body>
<div class="head">⟦m 铮原县机关党建网⟧<span>⟦m 不忘初心　牢记使命⟧</span></div>
<div class="nav">⟦m 首页　党建要闻　支部动态　党员风采　学习园地⟧</div>
<div class="pos">⟦m 所在位置：首页 / 支部动态⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-07-04　信息来源：县税务局⟧ <span>⟦a 扫一扫在手机上阅读⟧</span></div>
<div class="txt">
{BODY}
</div>
<div class="foot">⟦m 主办单位：中共铮原县委直属机关工委⟧ ⟦m 联系电话：0589-6210 3377⟧</div>
</body></html>
""",
        body="""
7月3日，县税务局机关党支部组织全体党员开展“一根绳”主题党日活动。
活动中，党员们重温入党誓词，随后分成四队进行拔河比赛，现场气氛热烈。
支部书记表示，拔河比的是合力，干工作也要劲往一处使。
活动结束后，支部号召党员关注“铮原税务”服务号，及时了解最新办税政策。
""",
    ),
    dict(
        slug="hospital-rehab-tug-exercise-news",
        site="锷田县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.etzyy.example.cn/news/yydt/2025/1108.html",
        title="康复科开展“小绳大爱”康复训练活动",
        record_title="康复科开展“小绳大爱”康复训练活动-锷田县中医院",
        date="2025-11-08",
        notes="hospital site; 预约挂号 hotline and floating consult box removed; the ward's 咨询电话 kept",
        page="""
!m 锷田县中医院　二级甲等中医医院
!a 预约挂号　|　报告查询　|　来院导航
!m 首页 > 医院动态
!t 康复科开展“小绳大爱”康复训练活动-锷田县中医院
!m 2025-11-08　　康复科　　阅读 231
{BODY}
!w 在线咨询　医生在线为您解答
!m 急诊电话：0591-7760 1200　预约热线：0591-7760 1166
""",
        body="""
11月7日，县中医院康复科把拔河引入脑卒中患者的康复训练，用改良的短绳开展坐姿拉绳练习。
⟦a 点击图片查看大图⟧
康复治疗师介绍，这种练习能锻炼上肢力量和躯干平衡，患者也更愿意参与。
如需了解康复项目，可咨询康复科护士站，咨询电话：0591-7760 1318。
""",
    ),
    dict(
        slug="local-forum-village-tug-notice",
        site="镡州生活网论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.tanzhoulife.example.com/thread-22815-1-1.html",
        title="关于举办“村晚”拔河赛的通知",
        record_title="关于举办“村晚”拔河赛的通知 - 镡州乡村 - 镡州生活网",
        date="2026-01-20",
        date_also=["2026-01-21"],
        notes="county forum; post time differs from the signature date; local ad and shop signature removed",
        page="""
!m 镡州生活网 » 论坛 » 镡州乡村
!m 楼主　桥头村小杨　发表于 2026-1-21 10:03
!t 关于举办“村晚”拔河赛的通知
{BODY}
!w 【广告】镡州同城搬家 电话 155 7833 0192
!m 签名：桥头村农家菜馆 欢迎惠顾
!l 回复　引用　举报
""",
        body="""
各村民小组：
为丰富春节期间群众文化生活，村委会定于2月8日下午在村文化礼堂前举办“村晚”拔河赛。
每组出一支队伍，十人一队，请于2月3日前到村委会报名。
比赛设一等奖一名，奖励大米十袋。
桥头村村民委员会
2026年1月20日
""",
    ),
    dict(
        slug="download-referee-handbook-html",
        site="绿色软件资料站 (invented)",
        style="资料下载站",
        genre="规则",
        kind="rule",
        form="html",
        source="http://www.lvsezl.example.com/soft/77312.html",
        title="拔河比赛裁判工作要点",
        record_title="拔河比赛裁判工作要点 免费下载",
        date=None,
        notes="download station with file-info table and mirror links; no date (an update stamp only)",
        page="""
<html><head><meta charset="gbk"><title>拔河比赛裁判工作要点 免费下载_绿色软件资料站</title></head><body>
<table width="990" align="center"><tr><td>⟦m 绿色软件资料站⟧</td><td>⟦m 安全 绿色 无毒⟧</td></tr></table>
<div>⟦m 当前位置：首页 → 文档资料 → 体育教案⟧</div>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 更新时间：2024-12-02⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 授权方式：免费⟧</td></tr></table>
<div class="intro"><h3>⟦m 资料简介⟧</h3>
{BODY}
</div>
<div class="dl"><a>⟦a 电信高速下载⟧</a> <a>⟦a 联通高速下载⟧</a> <a>⟦a 本地下载⟧</a> <a>⟦l 报告错误⟧</a></div>
<div class="ft">⟦d 本站资料均来源于网络，如有侵权请告知删除。⟧</div>
</body></html>
""",
        title_in="decorated",
        body="""
1.赛前检查比赛用绳的长度和标记，确认两队人数、体重符合规程。
2.发令前，中线标记应对准地面中线，双方队员手握绳子不得发力。
3.一方将另一方拉过己方白色标记时，主裁判鸣哨判定该局结束。
4.队员倒地、坐地或把绳子缠在身上的，第一次警告，第二次判负。
""",
    ),
    dict(
        slug="exam-tug-fitness-test-notice",
        site="铧口市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.huakou.example.gov.cn/kwgg/202504/t20250409_3107.html",
        title="2025年铧口市消防救援队伍政府专职消防员招聘体能测试公告",
        record_title="【考务公告】2025年铧口市消防救援队伍政府专职消防员招聘体能测试公告",
        date="2025-04-09",
        notes="exam site; a sentence telling candidates to 下载打印 the admission ticket kept; the exam committee's 咨询电话 beside the site's technical line",
        page="""
!m 铧口市人事考试网
!m 首页 » 考务公告
!t 【考务公告】2025年铧口市消防救援队伍政府专职消防员招聘体能测试公告
!m 发布日期：2025-04-09　字号：[大][中][小]
{BODY}
!m 网站技术支持电话：0592-5180 0099（工作日9:00-17:00）
!d 本网站所有考试信息以铧口市人社局正式发布为准。
""",
        body="""
一、测试项目：十米×四往返跑、负重登楼、拉绳拖拽（模拟拔河）。
二、测试时间：4月19日上午8:00开始，考生按准考证上的分组时间到场。
三、考生须于4月16日至18日登录本网站下载并打印体能测试准考证。
四、咨询电话：0592-5186 2210。
铧口市公务员局
2025年4月9日
""",
    ),
    dict(
        slug="lawfirm-tug-injury-case-html",
        site="锟山明衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="article",
        form="html",
        source="https://www.minghenglaw-ks.example.com/case/2025/0612.html",
        title="单位组织拔河比赛职工受伤能否认定工伤",
        record_title="案例评析｜单位组织拔河比赛职工受伤能否认定工伤",
        date="2025-06-12",
        notes="law-firm site; consult QR prompt and hotline removed; 发布于 line as the page's date",
        page="""
<html><head><meta charset="utf-8"><title>案例评析｜单位组织拔河比赛职工受伤能否认定工伤 - 明衡律所</title></head><body>
<header>⟦m 锟山明衡律师事务所⟧ <nav>⟦m 首页 律师团队 业务领域 案例评析 联系我们⟧</nav></header>
<div class="bc">⟦m 首页 ＞ 案例评析 ＞ 劳动争议⟧</div>
<h1>{T}</h1>
<p class="time">⟦m 发布于 2025-06-12　作者：明衡劳动法团队⟧</p>
<div class="content">
{BODY}
</div>
<div class="qr">⟦w 扫码添加律师微信，免费咨询劳动纠纷⟧</div>
<footer>⟦m 咨询热线：400-618-2025⟧ ⟦d 本文仅为法律知识普及，不构成对具体案件的法律意见。⟧</footer>
</body></html>
""",
        body="""
【基本案情】某公司工会组织职工拔河比赛，职工李某在比赛中摔倒致腕部骨折，公司以非工作时间为由拒绝申报工伤。
【裁判要旨】单位组织或者安排职工参加的文体活动，应当视为工作原因，李某受伤应当认定为工伤。
【律师提示】单位组织文体活动前应做好安全评估，并为参加人员购买相应保险。
""",
    ),
    dict(
        slug="community-tug-carnival-notice",
        site="锌岭街道东篱社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.donglisq.example.cn/tzgg/419.html",
        title="东篱社区邻里拔河嘉年华报名通知",
        record_title="东篱社区邻里拔河嘉年华报名通知",
        date="2025-09-01",
        notes="residents' site; the weather widget and property hotline removed; the community's 报名电话 kept; page date from its 发布 line",
        page="""
!m 东篱社区服务网　邻里一家亲
!m 今日 多云 22℃~29℃
!m 首页 > 社区公告
!t 东篱社区邻里拔河嘉年华报名通知
!m 发布：社区居委会　2025年9月1日
{BODY}
!m 物业24小时服务电话：0595-2268 9000
!l 社区公告 更多>>
""",
        body="""
各位居民朋友：
社区定于9月13日上午在中心广场举办邻里拔河嘉年华，以楼栋为单位组队参赛，每队八人。
请有意参加的居民于9月10日前到社区服务站报名，报名电话：0595-2261 4036。
""",
    ),
    dict(
        slug="association-rope-makers-standard-markers",
        site="镆川市绳网行业协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.mcsw-assoc.example.org.cn/xhdt/2025/0520.html",
        title="关于征集比赛用拔河绳团体标准意见的通知",
        record_title="【协会通知】关于征集比赛用拔河绳团体标准意见的通知",
        date="2025-05-20",
        notes="trade association; hard-wrapped and cut by glued page markers ⁅2⁆; e-mail for opinions kept; member login removed",
        wrap=58,
        pages=dict(fmt="⁅{n}⁆", every=50, start=2, glue=True),
        page="""
!m 镆川市绳网行业协会
!a 会员登录　|　入会申请
!m 协会动态 / 通知公告
!t 【协会通知】关于征集比赛用拔河绳团体标准意见的通知
{BODY}
!m 协会地址：镆川市纺织路66号　电话：0596-3380 2551
""",
        body="""
各会员单位：
为规范比赛用拔河绳的生产和检验，协会组织起草了《比赛用拔河绳》团体标准征求意见稿，对绳体材料、直径、断裂强力和标记方式作出规定。
请各会员单位认真研究，于6月20日前将意见发送至协会邮箱 biaozhun@mcsw-assoc.example.org.cn。
镆川市绳网行业协会
2025年5月20日
""",
    ),
]
