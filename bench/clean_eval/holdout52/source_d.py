"""holdout52, part D: an invented county seismic station (岩台县地震台) and sheldrake-duck farming
in 鸭渚镇 — blogs, mirrors, sharing readers, schools, intranets, Q&A and collections. Blind part."""

CASES = [
    dict(
        slug="yantai-seismologist-blog-html",
        site="听山的人 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="html",
        source="https://tingshan.blogsea.example.com/2025/04/22/monitor-night/",
        title="在地震台值夜班的第十年",
        record_title="在地震台值夜班的第十年 | 听山的人",
        date="2025-04-22",
        notes="blog with tag cloud, archive and reward button; decorated title; post date line is the date; a 'reward the author' line between paragraphs",
        page="""
<!DOCTYPE html><html><head><title>{T} | 听山的人</title><link rel="alternate" type="application/rss+xml" href="/feed"></head><body>
<header><div class="site">⟦m 听山的人 · 一个地震监测员的笔记⟧</div><nav>⟦m 首页 随笔 台站日志 关于⟧</nav></header>
<article><h1>{T}</h1>
<div class="entry-meta">⟦m 2025年4月22日 · 台站日志 · 阅读 233⟧</div>
{BODY}
<footer class="tags">⟦l 标签：地震监测 值班 岩台⟧</footer></article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 测震 前兆 台站 科普 山里⟧</p><h4>⟦l 归档⟧</h4><p>⟦l 2025年4月 (3)　2025年3月 (5)⟧</p></aside>
<footer>⟦d © 2025 听山的人 · 本站文字采用署名-非商业性使用许可⟧</footer>
</body></html>
""",
        body="""
今天是我在岩台县地震台值夜班的第十个年头。
台站在半山腰，夜里只有机房的指示灯一闪一闪，记录仪的曲线平平地走着，大多数夜晚什么都不会发生。
⟦a 觉得文章有意思？请作者喝杯咖啡 ☕⟧
可我们的工作就是等那“万一”。每一次曲线跳动，都要在几分钟内判断是不是地震、震级多大、要不要上报。
十年里，我经历过两次有感地震，每一次都是一夜没合眼。
山里很静，静得能听见自己的心跳，也能听见大地的声音。
""",
    ),
    dict(
        slug="yantai-earthquake-drill-wechat-text",
        site="岩台应急 (公众号镜像, invented)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wxmirror.example.org/a/yantai_yingji/20250508",
        title="岩台县2025年“5·12”防震减灾宣传周活动方案",
        record_title="岩台县2025年“5·12”防震减灾宣传周活动方案",
        date="2025-05-06",
        notes="WeChat text mirror; 听全文, 在看/点赞, follow prompts; a sentence asking the public to 关注 the account for drill notices as content; schedule rows; 成文日期 under the signature",
        page="""
!m 岩台应急　2025-05-07 19:02　发表于四川
!a ▶ 听全文
{T}
{BODY}
!a 点击上方蓝字关注我们
!a 分享　收藏　点赞 42　在看 11
!l 往期推荐：地震来了怎么办？这份避险指南请收好
""",
        body="""
为增强全社会防震减灾意识，决定在5月12日前后开展防震减灾宣传周活动。
一、活动时间：2025年5月10日至5月16日。
二、主要活动
日期　活动　承办单位
5月10日　地震台开放日　县地震台
5月12日　全县中小学应急疏散演练　县教育局
5月14日　防震减灾知识进社区　各乡镇
三、请广大群众关注“岩台应急”公众号，及时了解演练时间和避险知识。
岩台县防震减灾工作领导小组办公室
2025年5月6日
""",
    ),
    dict(
        slug="yantai-station-rules-share-html",
        site="文汇分享网 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.wenhuifx.example.com/doc/38841227.html",
        title="岩台县地震台值班制度",
        record_title="岩台县地震台值班制度.docx",
        date=None,
        notes="sharing reader; file-name title; an article speaks of 打印/存档 as content; font-size and full-screen buttons; upload notice; no date",
        page="""
<html><head><title>{T}.docx-文汇分享网</title></head><body>
<div class="top">⟦m 文汇分享网 — 海量文档免费看⟧ ⟦a 登录⟧</div>
<h1>{T}.docx</h1>
<div class="doc-info">⟦m 格式：docx　页数：2页　上传日期：2025-03-19　浏览：211⟧</div>
<div class="btns">⟦a A+ A- 全屏阅读⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dl">⟦a 免费下载本文档（共2页）⟧</div>
<div class="notice">⟦d 本站所有文档均由网友上传，若有侵权，请发邮件告知，我们将在3个工作日内处理。⟧</div>
</body></html>
""",
        body="""
第一条　地震台实行二十四小时值班制度，值班人员不得擅离岗位。
第二条　值班人员每两小时检查一次测震、前兆仪器运行状态，并填写值班日志。
第三条　发生有感地震时，值班人员应在十分钟内完成速报，并报告台长。
第四条　值班日志每月打印一份，由台长签字后存档备查。
第五条　本制度由县地震台负责解释。
""",
    ),
    dict(
        slug="yantai-school-earthquake-lesson-edu",
        site="岩台县教育网 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.ytedu.example.cn/xxdt/2025/0513/2201.html",
        title="县地震台走进实验小学开展防震科普课",
        record_title=None,
        date="2025-05-13",
        notes="education portal text; no record title; 作者/来源/时间 line is the date; related list; a 'this site's mobile version' prompt between paragraphs",
        gap=True,
        page="""
!m 岩台县教育网　|　学校动态
!m 当前位置：首页 → 学校动态
{T}
!m 来源：实验小学　作者：何芸　时间：2025-05-13　点击：97
{BODY}
!l 相关阅读：实验小学举行应急疏散演练 / 县教育局部署校园安全工作
!m 岩台县教育局主办　技术支持：岩台网络科技
""",
        body="""
5月12日下午，县地震台工作人员来到实验小学，为四年级学生上了一堂生动的防震科普课。
工作人员通过模型演示了地震波的传播过程，并带来一台便携式地震计，让同学们跳一跳、看一看曲线的变化。
⟦a 扫码访问本站手机版，随时随地看校园新闻⟧
课后，同学们纷纷表示，学到了“伏地、遮挡、手抓牢”的避险要领。
""",
    ),
    dict(
        slug="yantai-duck-company-minutes-oa-html",
        site="鸭渚农牧集团协同平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.yazhu-ag.example.local/meeting/view.do?id=7731",
        title="关于麻鸭养殖基地防汛工作的专题会议纪要",
        record_title=None,
        date="2025-06-10",
        notes="intranet OA view with approval trail and read counts; minutes' 时间/地点/主持/出席/记录 lines; watermark; attachment kept as document's own 附件 line",
        page="""
<html><head><title>会议纪要查看 - 鸭渚农牧协同平台</title></head><body>
<div class="bar">⟦m 鸭渚农牧集团协同平台⟧　⟦m 当前用户：养殖二部 陈少杰⟧　⟦a 退出⟧</div>
<div class="tabs">⟦m 待办(3)　已办　公文　会议　知识库⟧</div>
<h3>{T}</h3>
<div class="wm">⟦m 陈少杰 2025-06-11 09:12 内部⟧</div>
{BODY}
<table class="flow"><tr><td>⟦m 审批流程：拟稿 办公室 许静 06-10 → 审核 副总 何国柱 06-10 → 签发 总经理 周海峰 06-11⟧</td></tr></table>
<div class="read">⟦m 阅读情况：已读 26 / 未读 3⟧</div>
<div class="ops">⟦a 打印 ｜ 下载正文 ｜ 意见反馈⟧</div>
</body></html>
""",
        body="""
时间：2025年6月10日下午3:00
地点：集团二楼小会议室
主持：何国柱
出席：养殖一部、养殖二部、饲料厂、后勤部负责人
记录：许静
会议分析了今年汛期形势，研究部署麻鸭养殖基地防汛工作，形成如下意见。
一、各养殖基地要在6月15日前完成鸭舍加固和排水沟清淤。
二、低洼地带的鸭苗要提前转移到备用鸭舍。
三、后勤部要储备沙袋两千条、抽水泵六台。
附件：各养殖基地防汛责任人名单
""",
    ),
    dict(
        slug="yazhu-duck-egg-qa-html",
        site="农知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.nongzhidao.example.com/question/66120984.html",
        title="麻鸭产蛋率突然下降是什么原因？",
        record_title="麻鸭产蛋率突然下降是什么原因？-农知道",
        date=None,
        notes="Q&A page; decorated title; answerer badge; 'N months ago' is no date; an expert-consult ad between paragraphs; numbered list kept",
        page="""
<html><head><title>{T}-农知道</title></head><body>
<div class="hd">⟦m 农知道 — 种养殖问题一问就知道⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p class="qm">⟦m 鸭渚养鸭户　提问于 3个月前　2人关注⟧</p></div>
<div class="ans"><div class="who">⟦m 采纳答案　畜牧兽医师 邝立明　已帮助 1.2万人⟧</div>
{BODY}
</div>
<div class="act">⟦a 赞同 96　反对　评论 8　分享⟧</div>
<div class="more">⟦l 相似问题：鸭子拉绿色稀便怎么办？ / 蛋鸭夏季如何防暑？⟧</div>
<div class="ft">⟦d 农知道内容仅供参考，具体请咨询当地兽医⟧</div>
</body></html>
""",
        body="""
麻鸭产蛋率突然下降，常见原因有以下几种：
1. 饲料突然更换或钙、蛋白质不足；
2. 天气骤变、高温或应激，如惊吓、转群；
3. 光照时间不足，产蛋期每天光照应保持在十六个小时左右；
4. 疾病，如鸭瘟、禽流感、输卵管炎等。
⟦w 养殖难题在线问兽医，首次咨询免费，点击添加专家微信⟧
建议先检查饲料和光照，如伴有采食下降、精神不振，应尽快请当地兽医诊断。
""",
    ),
    dict(
        slug="yazhu-old-duckherder-collection-html",
        site="钟守田乡土文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="html",
        source="http://www.zhongshoutian.example.net/xiangtu/19.html",
        title="放鸭人",
        record_title=None,
        date="2023-09-01",
        notes="personal collection chapter page; no record title; chapter nav; the essay's closing date line; site counter",
        page="""
<html><head><title>{T} - 钟守田乡土文集</title></head><body>
<table width="800"><tr><td>⟦m 钟守田乡土文集⟧</td><td>⟦l 目录 | 上一章 | 下一章⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<p>⟦l 上一章：鸭渚的雨　下一章：撑船的三叔⟧</p>
<p>⟦m 本站累计访问 12207 人次⟧</p>
</body></html>
""",
        body="""
鸭渚镇的河汊多，放鸭人也多。天蒙蒙亮，一根长竹竿、一条小木船，就能赶着几百只鸭子下河。
我的外公放了一辈子鸭。他说鸭子认人，听惯了他的吆喝，走到哪儿跟到哪儿。
傍晚收鸭的时候最好看，河面上一片麻灰色，外公的竹竿一挥，鸭群就乖乖地往岸上走。
如今河汊大多填平了，鸭子也住进了标准化鸭舍，放鸭人成了老照片里的风景。
2023年9月1日记于鸭渚
""",
    ),
    dict(
        slug="yantai-party-day-seismic-text",
        site="岩台先锋网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.ytxianfeng.example.cn/jcdj/2025/0701/4410.html",
        title="县地震台党支部开展“守护大地安宁”主题党日活动",
        record_title="县地震台党支部开展“守护大地安宁”主题党日活动 - 基层党建 - 岩台先锋网",
        date="2025-07-01",
        notes="Party-building text page; decorated title; byline date; glued editor line after the last sentence; share bar; study-points prompt",
        page="""
!m 岩台先锋网 · 基层党建
!t 县地震台党支部开展“守护大地安宁”主题党日活动 - 基层党建 - 岩台先锋网
!m 发布时间：2025年07月01日　来源：县地震台党支部
!a 阅读本文可获得学习积分1分
{BODY}
!l 分享到：朋友圈｜微博｜复制链接
!l 上一篇：县应急管理局开展“七一”走访慰问
""",
        body="""
7月1日，县地震台党支部组织全体党员开展“守护大地安宁”主题党日活动。
党员们重温入党誓词，集体学习了防震减灾有关法规，并来到观测山洞检查仪器墩和线路。
支部书记吴建平结合台站工作讲了专题党课，勉励大家在平凡岗位上守好“大地的听诊器”。
活动最后，党员们为周边村民发放了防震减灾宣传手册二百余份。⟦m （通讯员：李航）⟧
""",
    ),
    dict(
        slug="yazhu-hospital-avian-flu-text",
        site="鸭渚镇卫生院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yzwsy.example.com/gg/2025-0115.html",
        title="关于做好冬春季人感染禽流感防控的温馨提示",
        record_title=None,
        date="2025-01-15",
        notes="township health-centre site as text; no record title; the centre's own 发热门诊 phone next to the site's 预约 line; numbered tips; date under signature",
        page="""
!m 鸭渚镇卫生院　|　预约电话：0736-8810120
!m 首页 > 健康教育
{T}
{BODY}
!l 健康教育栏目更多 >
!m 鸭渚镇卫生院 湘ICP备2031007720号
""",
        body="""
冬春季是禽流感高发季节，我镇养鸭户多，请广大群众做好以下防护：
1. 接触病死禽时要戴口罩、手套，事后用肥皂洗手；
2. 不购买、不食用来源不明的活禽，禽肉禽蛋要煮熟煮透；
3. 出现发热、咳嗽等症状并有禽类接触史的，请及时到发热门诊就诊并主动告知接触史。
发热门诊电话：0736-8810233（24小时）
鸭渚镇卫生院
2025年1月15日
""",
    ),
    dict(
        slug="yantai-university-lecture-wrapped",
        site="湘西理工学院地球科学学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://dkxy.xxlg.example.edu.cn/info/1110/5521.htm",
        title="岩台县地震台台长来院作学术报告",
        record_title="岩台县地震台台长来院作学术报告-地球科学学院",
        date="2025-11-14",
        notes="college page pasted hard-wrapped at 66 columns with page markers ⸨2⸩ glued at line start (a PDF print); decorated title; 发布 date",
        wrap=66,
        pages=dict(fmt="⸨{n}⸩", every=140, start=2, glue="mix"),
        page="""
!m 湘西理工学院 地球科学学院
!m 首页 / 学院新闻
!t 岩台县地震台台长来院作学术报告-地球科学学院
!m 发布日期：2025-11-14　浏览次数：131
{BODY}
!m 撰稿：黎晓雯　摄影：彭程　审核：唐国平
!m 地址：湘西理工学院南校区地科楼
""",
        body="""
11月13日下午，岩台县地震台台长吴建平应邀来院，在地科楼报告厅为师生作了题为《基层地震台站的监测实践》的学术报告。
报告介绍了县级地震台站的布局、仪器设备和日常观测流程，结合近年来几次有感地震的速报案例，讲解了台站如何在第一时间完成震情判断。
吴建平还谈到，基层台站急需既懂地球物理又懂数据处理的年轻人，欢迎同学们毕业后到基层台站工作。
报告结束后，吴建平与师生进行了互动交流，并为学院“地震监测实习基地”揭牌。
""",
    ),
    dict(
        slug="yazhu-duck-festival-local-forum-html",
        site="鸭渚人家论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.yazhurenjia.example.net/t/55102",
        title="鸭渚镇第五届“麻鸭美食节”活动公告",
        record_title="鸭渚镇第五届“麻鸭美食节”活动公告（转自镇政府）",
        date="2025-09-20",
        notes="township forum: reposted notice; decorated title; a reply floor and ad banner; schedule rows; a sentence about 扫码领券 as content; 成文日期",
        page="""
<html><head><title>{T}（转自镇政府） - 鸭渚人家</title></head><body>
<div class="hd">⟦m 鸭渚人家 — 鸭渚人自己的论坛⟧　⟦a 登录 注册⟧</div>
<div class="crumb">⟦m 鸭渚人家 » 鸭渚杂谈 » 镇务公告⟧</div>
<div class="ad">⟦l 广告：鸭渚老字号酱板鸭 全国包邮⟧</div>
<h2>{T}</h2>
<div class="pi">⟦m 1#　楼主　鸭渚发布　2025-9-21 08:00⟧</div>
{BODY}
<div class="reply">⟦l 2#　河边柳：去年的啤酒鸭排了半小时队，今年一定早点去⟧</div>
<div class="ft">⟦m 鸭渚人家论坛　客服QQ群：317725016⟧</div>
</body></html>
""",
        body="""
为推介鸭渚麻鸭品牌，镇人民政府定于国庆期间举办第五届“麻鸭美食节”。
一、时间：2025年10月2日至10月4日。
二、地点：鸭渚镇滨河广场。
三、主要活动
日期　活动
10月2日　开幕式、麻鸭美食展销
10月3日　“鸭渚十大名菜”评选
10月4日　亲子捉鸭比赛
四、游客现场扫码关注“鸭渚文旅”，可领取美食节消费券。
鸭渚镇人民政府
2025年9月20日
""",
    ),
    dict(
        slug="yantai-emergency-plan-download-text",
        site="公文资料吧 (invented)",
        style="资料下载站",
        genre="预案",
        kind="plan",
        form="text",
        source="http://www.gwziliao8.example.com/down/yuan/30277.html",
        title="岩台县地震应急预案",
        record_title="岩台县地震应急预案（2025年修订）免费下载",
        title_also=["岩台县地震应急预案（2025年修订）"],
        date=None,
        notes="download station text page; decorated title; file info lines; mirror links; decimal headings; a year in the title alone is no date",
        page="""
!m 公文资料吧 — 免费公文范本下载
!m 资料分类：应急预案　资料大小：61KB　下载：336次
!t 岩台县地震应急预案（2025年修订）免费下载
!a 本地下载　网通下载　电信下载
{BODY}
!a 下载说明：请使用WPS或Office打开，如遇乱码请更换浏览器下载
!l 相关资料：防汛应急预案｜地质灾害应急预案
""",
        body="""
1 总则
1.1 编制目的：依法科学统一、有力有序有效实施地震应急，最大程度减少人员伤亡和经济损失。
1.2 适用范围：本预案适用于本县行政区域内地震灾害事件的应对工作。
2 组织体系
2.1 县抗震救灾指挥部负责统一领导、指挥和协调全县地震应急工作。
2.2 指挥部办公室设在县应急管理局，日常工作由县地震台协助承担。
3 响应机制
3.1 地震灾害应急响应分为一级、二级、三级和四级。
""",
    ),
]
