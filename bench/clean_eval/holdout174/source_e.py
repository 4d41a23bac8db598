"""holdout174, part E: folding stools (折叠凳) — invented sites, counties, people and chrome."""

CASES = [
    dict(
        slug="gov-stool-queue-service-hall-html",
        site="璩城市政务服务网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://zwfw.qucheng.example.gov.cn/tzgg/202401/t20240108_9912.html",
        title="关于在各政务服务大厅配置便民折叠凳的通知",
        record_title="关于在各政务服务大厅配置便民折叠凳的通知",
        date="2024-01-08",
        notes="old ASP table layout of a service portal with marquee and counter; [ 字号 ] row; 文号 neutral; 抄送 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>璩城市政务服务网</title></head>
<body><table width="980"><tr><td>⟦m 璩城市政务服务网⟧</td><td><marquee>⟦m 一网通办　一次办好　群众满意⟧</marquee></td></tr></table>
<table width="980"><tr><td>⟦m 首页⟧ | ⟦m 办事指南⟧ | ⟦m 通知公告⟧ | ⟦m 投诉建议⟧</td></tr></table>
<table width="980"><tr><td align="center"><font size="4">{T}</font></td></tr>
<tr><td align="center">⟦m 发布日期：2024年01月08日　来源：市政务服务中心⟧ ⟦a [ 字号：大 中 小 ]⟧</td></tr>
<tr><td><p>璩政服〔2024〕3号</p>
{BODY}
</td></tr></table>
<table width="980"><tr><td>⟦m 今日访问：1862　总访问：4028817⟧</td></tr><tr><td>⟦d 版权所有 璩城市政务服务中心　建议使用1024×768分辨率浏览⟧</td></tr></table>
</body></html>
""",
        body="""
各县（区）政务服务中心，市中心各窗口单位：
为方便老年人、孕妇、残疾人等群众排队办事，经研究，决定在全市各级政务服务大厅配置便民折叠凳。
一、每个政务服务大厅配置折叠凳不少于20张，放置在取号机、自助服务区附近，并设置“便民座椅”标识。
二、大厅引导员要主动为有需要的群众取用折叠凳，使用后及时收回归位。
三、各县（区）要于1月31日前完成配置，并将照片报送市政务服务中心。
抄送：市政府办公室。
""",
    ),
    dict(
        slug="edu-stool-sports-meet-plan",
        site="瑛川县教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.ycjy.example.cn/xxgk/2024/1008/602.html",
        title="瑛川县第十二届中小学生田径运动会安全保障方案",
        record_title="瑛川县第十二届中小学生田径运动会安全保障方案_瑛川县教育信息网",
        date="2024-10-08",
        notes="education portal text; decimal headings; seating of folding stools as content; contact in body",
        page="""
!m 瑛川县教育信息网
!m 首页 → 教育动态 → 体卫艺
{T}
!m 发稿：体卫艺股　时间：2024-10-08　阅读：　402
{BODY}
!a ［打印本文］　［收藏］　［关闭］
!l 相关文章：全县中小学秋季运动会报名工作安排
""",
        body="""
1.总体要求
为确保运动会安全有序举行，特制定本方案。
2.安全措施
2.1 看台区域。各参赛学校学生统一坐自带折叠凳，按指定区域就座，不得坐在看台栏杆上。
2.2 比赛区域。投掷项目设置隔离带，无关人员不得进入。
2.3 医疗保障。县人民医院派出医疗组全程驻场。
3.联系人
县教育局体卫艺股　余敏　电话：0758-6611 3027
""",
    ),
    dict(
        slug="wenku-stool-factory-summary-html-pages",
        site="知页文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.zhiye-wenku.example.com/d/48c1e77a.html",
        title="折叠凳生产车间2024年上半年工作总结",
        record_title="【word可编辑】折叠凳生产车间2024年上半年工作总结",
        date="2024-07-03",
        notes="文库 reader in HTML; page markers as paragraphs (my own form ⦅2⦆); preview-end and pay prompts",
        pages=dict(fmt="⦅{n}⦆", every=160, start=2),
        page="""
<html><head><title>【word可编辑】折叠凳生产车间2024年上半年工作总结 - 知页文库</title></head><body>
<div class="hd">⟦m 知页文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 5页　2.1万字　浏览 330⟧ ⟦m 上传时间：2024-07-09⟧</div>
<div class="reader">
{BODY}
</div>
<div class="mask">⟦a 还剩2页未读，继续阅读⟧</div>
<div class="buy">⟦a 付费下载 ￥3.80⟧</div>
<div class="ft">⟦d 知页文库所有文档均由用户上传，仅供学习参考⟧</div>
</body></html>
""",
        body="""
上半年，折叠凳车间在公司领导下，围绕产量、质量、安全三项指标开展工作，完成折叠凳生产28.6万张，完成计划的104%。
一、质量方面，钢管焊接一次合格率由96.2%提升至98.5%，客户投诉由上年同期的9起下降到3起。
二、安全方面，对冲孔机、弯管机加装了光电保护，全车间未发生工伤事故。
三、存在问题是喷塑线换色时间长，影响小批量订单交付。
下半年，车间将推行快速换色，争取全年产量突破60万张。
折叠凳车间
2024年7月3日
""",
    ),
    dict(
        slug="docshare-stool-standard-html",
        site="标准文档共享网 (invented)",
        style="文档分享",
        genre="标准",
        kind="other",
        form="html",
        source="https://www.bzwd.example.com/doc/663018.html",
        title="便携式折叠凳团体标准（征求意见稿）编制说明",
        record_title="便携式折叠凳团体标准（征求意见稿）编制说明.pdf",
        date=None,
        notes="document-sharing page in HTML; file name title; decimal headings; no date (upload stamp only)",
        page="""
<html><head><title>便携式折叠凳团体标准（征求意见稿）编制说明.pdf - 标准文档共享网</title></head><body>
<div class="top">⟦m 标准文档共享网⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<h2>{T}</h2>
<p>⟦m 贡献者：std_lin　上传于2024-03-15　页数：6⟧</p>
<p>⟦a 下载⟧ ⟦a 收藏⟧ ⟦a 分享⟧</p>
{BODY}
<div class="rel">⟦l 相关文档⟧<br>⟦l 户外折叠椅安全要求⟧<br>⟦l 儿童家具通用技术条件⟧</div>
<div class="notice">⟦d 本站仅提供信息存储空间服务，文档版权归原作者所有⟧</div>
</body></html>
""",
        body="""
1 任务来源
本标准由璩城市家具行业协会提出，由协会标准化工作委员会归口。
2 编制原则
2.1 与现行国家标准协调一致，不低于国家标准的安全要求。
2.2 突出便携式折叠凳的稳定性、防夹手和耐久性要求。
3 主要技术内容
3.1 静载荷试验：凳面中心施加1100牛顿载荷，保持10分钟，不得出现断裂和永久变形。
3.2 防夹手要求：折叠机构在展开和收拢过程中，可触及间隙应小于5毫米或大于12毫米。
""",
    ),
    dict(
        slug="news-stool-square-dance-controversy",
        site="瑭岭晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tlwb.example.com/shehui/2024-05/28/c_44017.html",
        title="公园里占座的折叠凳，该不该清？",
        record_title="公园里占座的折叠凳，该不该清？丨瑭岭晚报",
        date="2024-05-28",
        notes="news text; time line; title glued to the lead once; photo caption glued after a sentence; editor line at end",
        page="""
!m 瑭岭晚报网　　社会　|　民生　|　评论
{T}
!m 2024-05-28 07:05　来源：瑭岭晚报　记者 武佳
{T}{BODY}
!m 责任编辑：邬晨
!l 相关新闻：滨江公园晨练区新增遮阳棚
""",
        body="""
最近，滨江公园凉亭里摆满了用铁链锁住的折叠凳，有市民反映这些凳子常年“占座”，别人想坐都没地方。
记者走访发现，凉亭内共有折叠凳30余张，大多用链锁锁在柱子上，凳面上还写着名字。⟦m （记者 武佳 摄）⟧
公园管理处工作人员说，这些凳子是几支晨练队伍自带的，已多次劝导收走，但效果不大。
管理处表示，下一步将设置统一的凳具存放柜，并在6月15日前清理无人认领的折叠凳。
""",
    ),
    dict(
        slug="community-stool-elder-canteen-html",
        site="瑞丰社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.ruifengsq.example.com/news/1203.html",
        title="“一张凳子，一份关爱”捐赠倡议书",
        record_title="“一张凳子，一份关爱”捐赠倡议书",
        date="2024-11-05",
        notes="residents' site HTML; join-volunteers button glued between paragraphs; community phone beside property line",
        page="""
<html><head><title>瑞丰社区服务网</title></head><body>
<div class="top">⟦m 瑞丰社区服务网⟧ ⟦m 服务居民　温暖你我⟧</div>
<div class="menu">⟦m 社区概况⟧ ⟦m 公告栏⟧ ⟦m 便民服务⟧ ⟦m 志愿者之家⟧</div>
<h2>{T}</h2>
<p>⟦m 社区居委会　2024-11-05⟧</p>
{BODY}
<div class="ad">⟦m 物业服务热线：0591-8766 1199⟧</div>
<div class="ft">⟦d 瑞丰社区居委会　版权所有⟧</div>
</body></html>
""",
        body="""
亲爱的居民朋友们：
社区老年助餐点开办以来，每天有近百位老人来用餐，高峰时段座位不够，不少老人只能站着等候。
为此，社区发起“一张凳子，一份关爱”活动，倡议居民捐赠家中闲置的折叠凳、小板凳，放在助餐点供老人排队时使用。
⟦a 我要报名当志愿者 >>⟧
捐赠时间：11月6日至11月20日；捐赠地点：社区党群服务中心。
咨询电话：0591-8766 2035（社区居委会）。
瑞丰社区居民委员会
2024年11月5日
""",
    ),
    dict(
        slug="fanwen-stool-camping-insight",
        site="笔墨范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.bimofw.example.com/xinde/2024/0719/31155.html",
        title="职工户外拓展活动心得体会",
        record_title="职工户外拓展活动心得体会（精选3篇）_笔墨范文网",
        date=None,
        notes="范文 text; decorated; writer-service line glued after a sentence; a copy-lock line between paragraphs; no date",
        page="""
!m 笔墨范文网_专业范文写作平台
!m 当前位置：首页 > 心得体会 > 活动心得
!t 职工户外拓展活动心得体会（精选3篇）_笔墨范文网
!m 时间：昨天　作者：bimo_edit
{BODY}
!a 复制本文　|　下载Word　|　收藏
!l 猜你喜欢：团建活动心得｜拓展训练感悟｜工会活动总结
""",
        body="""
上周六，单位工会组织我们到珏山森林公园开展户外拓展活动，每人发了一张折叠凳和一顶遮阳帽。
上午的“背摔”项目让我印象最深，站在一米多高的台子上向后倒下，需要完全信任身后的同事。⟦w 需要原创心得体会可联系笔墨写作部，微信：bimo2288⟧
⟦a 本站内容禁止复制，如需使用请下载⟧
中午大家坐在折叠凳上围成一圈吃饭，平时在办公室很少交流的同事也聊得热火朝天。
这次活动让我体会到团队协作的重要，回到工作岗位后，我会把这份信任和配合带到日常工作中。
""",
    ),
    dict(
        slug="association-stool-export-pledge",
        site="瑗浦市户外用品商会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.yphwsh.example.org/tz/2024-04-02.html",
        title="关于规范折叠凳出口质量的倡议书",
        record_title="【协会倡议】关于规范折叠凳出口质量的倡议书",
        date="2024-04-02",
        notes="association text; numbered list; pledge date; join-association prompt",
        page="""
!m 瑗浦市户外用品商会
!t 【协会倡议】关于规范折叠凳出口质量的倡议书
!m 商会秘书处　2024年04月02日　阅读 219
{BODY}
!a 申请入会　|　会员服务
!m 商会地址：瑗浦市海滨大道88号外贸大厦7楼
""",
        body="""
各会员企业：
近期，国外客户对我市个别企业出口的折叠凳提出质量投诉，主要集中在铆钉松脱和凳面开裂。为维护瑗浦户外用品的良好声誉，商会向全体会员企业发出如下倡议：
1.严格执行出口目的地安全标准，每批产品出厂前做静载和耐久试验。
2.不以次充好、不低价恶性竞争。
3.建立质量追溯制度，出现问题主动召回。
瑗浦市户外用品商会
2024年4月2日
""",
    ),
    dict(
        slug="forum-stool-fishing-review-html",
        site="钓友之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.diaoyou.example.com/thread-330912-1-1.html",
        title="用了三年的折叠凳，说说选购心得",
        record_title="[原创] 用了三年的折叠凳，说说选购心得 - 装备讨论 - 钓友之家论坛",
        date=None,
        notes="Discuz-like forum with jammer fonts; relative time; no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><title>[原创] 用了三年的折叠凳，说说选购心得 - 装备讨论 - 钓友之家论坛</title></head><body>
<div id="hd">⟦m 钓友之家论坛⟧ ⟦a 快捷登录⟧</div>
<div id="pt">⟦m 钓友之家 › 装备讨论 › 帖子⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主 野钓老秦　发表于 昨天 21:36⟧ ⟦m 查看: 1520 | 回复: 44⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦l 回复 引用 举报 评分⟧</div>
<div id="ft">⟦m Powered by Discuz!⟧ ⟦d 帖子内容为网友发表，不代表本站立场⟧</div>
</body></html>
""",
        body="""
钓鱼十几年，折叠凳前前后后买了七八张，说说我的经验。
第一看承重，标称承重150公斤以上的才够用，河边地面不平，受力不均更容易坏。
第二看凳腿，四条腿能单独调节高度的最好，在坡上也能坐稳。
第三看收纳，铝合金的比钢管的轻一半，走远路背着不累。
最后提醒一句，便宜的凳子铆钉容易松，每次出钓前先检查一下。
""",
    ),
    dict(
        slug="download-stool-inspection-sop",
        site="品管资料网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.pgzlw.example.net/down/3371.html",
        title="折叠凳成品检验作业指导书",
        record_title="折叠凳成品检验作业指导书 免费下载",
        date=None,
        notes="download station text; file info; numbered steps; dead-link report; no date",
        page="""
!m 品管资料网 · 质量人的资料库
!t 折叠凳成品检验作业指导书 免费下载
!m 资料类别：检验规范　　文件格式：DOC　　更新：2024-02-27　　下载：208次
{BODY}
!a ↓ 本地下载　　↓ 网盘下载
!a 链接失效请留言反馈
!d 资料来源于网络，仅供交流学习，请于下载后24小时内删除
""",
        body="""
1.目的：规范折叠凳成品检验，防止不合格品出厂。
2.抽样：按每批次随机抽取20张，批量少于200张的抽取10张。
3.检验项目：
3.1 外观：喷涂均匀，无漏喷、起泡、划伤。
3.2 功能：展开、收拢各10次，动作顺畅，无卡滞、无夹手。
3.3 承重：凳面中心放置100公斤砝码，保持1分钟，凳体无变形。
4.判定：任一项不合格，该批次加倍抽检；仍不合格的整批返工。
""",
    ),
    dict(
        slug="qa-stool-metro-rule-answer",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhiliao-wenda.example.com/q/7713052",
        title="地铁上能打开自带的折叠凳坐吗？",
        record_title="地铁上能打开自带的折叠凳坐吗？ - 知了问答",
        date=None,
        notes="Q&A text; relative answer time; answer cites rules; vote bar",
        page="""
!m 知了问答
!t 地铁上能打开自带的折叠凳坐吗？ - 知了问答
!m 关注者 38　　被浏览 12,441
!m 城轨小站务　　3 天前回答
{BODY}
!l ▲ 赞同 302　　▼　　💬 47 条评论　　⭐ 收藏
!a 下载知了App，回答问题赚积分
""",
        body="""
不建议，也不少地方明确不允许。
多数城市的轨道交通乘客守则都规定，乘客不得在车厢内躺卧、占用多个座位或放置影响他人通行的物品。
在车厢过道打开折叠凳，急刹车时容易摔倒，还会挡住其他乘客和紧急疏散通道。
如果确实身体不适需要座位，可以向站务人员或列车员求助。
""",
    ),
    dict(
        slug="university-stool-graduation-ceremony-html",
        site="璐江师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ljnu.example.edu.cn/info/1011/22371.htm",
        title="关于2024届毕业典礼座椅安排的通知",
        record_title="关于2024届毕业典礼座椅安排的通知-璐江师范学院",
        date="2024-06-11",
        notes="university HTML; schedule table; date under signature, byline date the same; quick links sidebar",
        page="""
<html><head><title>关于2024届毕业典礼座椅安排的通知-璐江师范学院</title></head><body>
<div class="logo">⟦m 璐江师范学院⟧ ⟦m 学为人师　行为世范⟧</div>
<div class="nav">⟦m 学校概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 校园文化⟧ ⟦m 信息公开⟧</div>
<div class="pos">⟦m 当前位置: 首页 >> 通知公告 >> 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-06-11　作者：后勤管理处　点击：[2031]⟧</div>
{BODY}
<div class="quick">⟦l 快速通道：教务系统　图书馆　校园邮箱　VPN⟧</div>
<div class="ft">⟦m 版权所有©璐江师范学院　地址：璐江市学苑路1号⟧</div>
</body></html>
""",
        body="""
各学院：
2024届毕业典礼定于6月20日在田径场举行，因场地座椅有限，现将座椅安排通知如下。
学院　座椅类型　领取地点　领取时间
文学院　折叠凳　体育馆北门　6月19日14:00
数学学院　折叠凳　体育馆北门　6月19日15:00
音乐学院　折叠椅　艺术楼一楼　6月19日14:00
请各学院安排专人领取并于典礼结束后当天归还，损坏的按价赔偿。
后勤管理处
2024年6月11日
""",
    ),
]
