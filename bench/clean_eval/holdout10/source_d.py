"""Holdout10, part D: new sites of the older kinds — 范文 sites, 文库 previews, a 范文 app, a
download site and document-sharing pages — with page markers in forms of their own (※n※,
❮n❯, >>n<<, （第n页）), wrapped texts, a body on one line, writing-service prompts between
paragraphs and preview-end prompts glued to the last sentence. Written blind; everything
invented."""

CASES = [
    dict(
        slug="fanwen-yantian-report-branch-secretary-writer-box",
        site="砚田范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.yantianfw.example.com/shuzhi/202501/77120.html",
        title="2024年社区党支部书记述职报告",
        record_title="2024年社区党支部书记述职报告（通用5篇）",
        date=None,
        notes="a 范文 page: decorated record title and page title with 篇一; a writing-service prompt with a WeChat id between paragraphs; a copy button glued after a 。; a 'more in this category' box; no date",
        indent="\u3000\u3000",
        page="""
!m 砚田范文网 — 写材料，上砚田
!m 当前位置：首页 › 述职报告 › 党支部书记述职报告
!t 2024年社区党支部书记述职报告（通用5篇）
!m 时间：2025-01-06　栏目：述职报告　热度：2118℃
!t 2024年社区党支部书记述职报告 篇一
{BODY}
!l 2024年社区党支部书记述职报告 篇二 ＞
!l 本类热门：村党支部书记抓党建述职报告｜机关党支部书记述职报告
!d 本站文章均来自网友投稿及网络收集，仅供写作参考
""",
        body="""
2024年，在街道党工委的坚强领导下，我认真履行社区党支部书记职责，团结带领社区“两委”班子成员，以党建引领基层治理，较好地完成了各项工作任务。现将履职情况报告如下。
一、抓班子带队伍，增强支部凝聚力
坚持“三会一课”制度，全年召开支部委员会22次、党员大会6次，讲党课4次。推行“党员积分制”管理，对社区128名党员实行量化考评，激发了党员参与社区事务的积极性。⟦a 【复制本文】⟧
二、抓服务惠民生，提升群众满意度
⟦w 材料代写、修改润色，加微信：yantian_fw88（注明来意）⟧
建立“网格+党员”服务机制，将社区划分为9个网格，每个网格配备1名党员网格员。全年走访居民2600余户，帮助解决老旧小区漏水、路灯不亮等“急难愁盼”问题73件。
三、抓治理促和谐，维护社区稳定
组织开展矛盾纠纷排查化解，调解邻里纠纷41起，成功率达到95%以上。联合辖区单位开展安全隐患排查，整改消防通道堵塞等问题19处。
四、存在的不足和下步打算
对照上级要求，我在理论学习深度、创新工作方法等方面还有差距。新的一年，我将继续加强学习，改进作风，推动社区各项工作再上新台阶。
""",
    ),
    dict(
        slug="fanwen-qianqiu-host-script-commendation-gap",
        site="千秋公文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.qianqiugw.example.com/zcc/64021.html",
        title="在全镇2024年度综合目标考核表彰大会上的主持词",
        record_title="【精华】在全镇2024年度综合目标考核表彰大会上的主持词",
        date=None,
        notes="a mobile 范文 page: decorated record title; blank lines between paragraphs; a 'scroll to continue' prompt between paragraphs, a floating member bar at the bottom, a guess-you-like list; the host script's own '请鼓掌' lines stay; no date",
        gap=True,
        page="""
!m 千秋公文网 ≡ 菜单
!t 在全镇2024年度综合目标考核表彰大会上的主持词
!m 2025-02-15 · 主持词 · 阅读 3.6k
{BODY}
!a 会员专享：全站范文免费下载 · 首月仅需6元
!l 猜你喜欢
!l 村级换届选举大会主持词
!l 老干部迎春座谈会主持词
""",
        body="""
同志们：
现在开会。今天，我们召开全镇2024年度综合目标考核表彰大会，主要任务是总结去年工作，表彰先进，动员全镇上下进一步鼓足干劲，奋力完成今年各项目标任务。
出席今天大会的有：镇党委、人大、政府、纪委班子全体成员，各村（社区）党组织书记、主任，镇直各单位负责人，以及受表彰的先进集体和先进个人代表。
今天的大会共有四项议程。首先，进行第一项议程，请镇党委副书记宣读表彰决定。
⟦a 下滑继续阅读 ↓⟧
下面，进行第二项议程，为受表彰的先进集体和先进个人颁奖。请获奖代表上台领奖，请镇领导为他们颁奖。请大家以热烈的掌声表示祝贺！
进行第三项议程，请先进代表作交流发言。
最后，请镇党委书记作重要讲话，大家欢迎。
同志们，刚才书记的讲话站位高远、要求明确，希望大家认真学习领会，抓好贯彻落实。散会！
""",
    ),
    dict(
        slug="wenku-yunshu-research-wrapped-reference-markers",
        site="云书文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yunshuwk.example.com/p-7731208.html",
        title="关于全县中小学课后服务开展情况的调研报告",
        record_title="关于全县中小学课后服务开展情况的调研报告.wps",
        date=None,
        notes="a 文库 preview of a long report: file-name record title; wrapped at 60 columns with an indent, page markers '※n※' on lines of their own cutting sentences; the report's own data table rows and 1. 2. 3. suggestions stay; a pay wall and a similar-documents list; no date",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="※{n}※", every=230, start=2),
        page="""
!t 关于全县中小学课后服务开展情况的调研报告.wps
!m 云书文库　贡献者：jyj_diaoyan　页数：8　下载券：3
!a ⇩ 下载　☆ 收藏　✎ 纠错
{BODY}
!a 剩余5页未读，开通云书VIP立享无限下载
!l 相似文档：课后服务工作总结（学校版）｜“双减”工作推进情况汇报
!d 云书文库内容由用户上传，云书仅提供信息存储空间服务
""",
        body="""
为全面了解全县中小学课后服务开展情况，推动课后服务提质增效，4月中旬，县政协教科卫体委员会组织部分委员，采取实地走访、座谈交流和问卷调查相结合的方式，对全县中小学课后服务工作进行了专题调研。
一、基本情况
全县现有义务教育学校58所，其中小学42所、初中16所，全部开展了课后服务，学生参与率达到91.6%。课后服务一般安排在下午放学后至17:30，主要内容包括作业辅导、兴趣社团、体育活动等。
学段　学校数（所）　参与学生（人）　参与率（%）
小学　42　21860　93.4
初中　16　10420　88.0
二、主要做法
一是坚持“5+2”模式，每周5天开展课后服务，每天至少2小时。二是丰富服务内容，各学校开设书法、合唱、篮球、编程等社团活动，部分学校引进校外非学科类培训机构参与。三是规范收费管理，课后服务按学期收取服务性收费，困难家庭学生予以减免。
三、存在问题
调研中发现，课后服务工作还存在一些问题：一是教师负担较重，部分教师每天在校时间超过10小时，工作积极性受到影响；二是服务内容同质化，部分农村学校受师资和场地限制，课后服务以作业辅导为主，特色活动较少；三是经费保障不足，服务性收费标准偏低，教师课后服务补助难以体现多劳多得。
四、几点建议
1．合理安排教师工作时间，推行“弹性上下班”制度，对参与课后服务的教师给予适当倾斜。
2．整合社会资源，鼓励少年宫、科技馆、体育场馆等公益性机构进校园，开展特色服务。
3．建立经费动态调整机制，逐步提高课后服务补助标准，确保补助资金足额发放到位。
""",
    ),
    dict(
        slug="wenku-liuli-insight-no-title-chevron-markers",
        site="琉璃文档 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.liulidoc.example.com/view/e03f5a.html",
        title="参加全县年轻干部“墩苗”实践锻炼心得体会",
        record_title=None,
        date=None,
        notes="no record title: the title stands twice at the top, once decorated with a page count; page markers '❮n❯' glued or on their own line; a reading-mode toggle and an end-of-preview box; no date",
        pages=dict(fmt="❮{n}❯", every=150, start=2, glue="mix"),
        page="""
!a 阅读模式：☀ 日间　☾ 夜间
!t 参加全县年轻干部“墩苗”实践锻炼心得体会（共4页）
{T}
{BODY}
!a — 预览到此结束 —　下载原文档（DOCX）
!l 大家还在看：乡镇挂职锻炼心得｜驻村第一书记工作体会
""",
        body="""
按照县委组织部的统一安排，我于去年9月到杨柳镇参加为期一年的年轻干部“墩苗”实践锻炼。一年来，我在基层一线经受了锻炼，增长了才干，也收获了许多感悟。
一是基层是最好的课堂。刚到镇里时，我对农村工作几乎一窍不通。通过跟着老同志跑村入户、参加村里的议事会，我慢慢学会了用群众听得懂的话讲政策，用群众认可的办法解决问题。
二是群众是最好的老师。在处理一起宅基地纠纷时，我按照文件规定反复解释，双方都不接受。后来一位老党员帮着出主意，先讲情、再讲理、后讲法，纠纷很快得到化解。
三是实干是最好的答卷。在秋冬季秸秆禁烧工作中，我和同事们白天巡查、晚上值守，全镇没有发生一起焚烧火点。这让我深刻体会到，基层工作没有捷径，只有实干才能出实绩。
锻炼时间虽然结束了，但我会把在基层学到的作风和方法带回原单位，在今后的工作中继续扎根实干、砥砺前行。
""",
    ),
    dict(
        slug="wenku-cuiwei-pledge-oneline-arrow-markers",
        site="翠微文库 (invented)",
        style="文库预览",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.cuiweiwk.example.com/doc/3318820.html",
        title="关于开展“光盘行动”反对餐饮浪费的倡议书",
        record_title="关于开展“光盘行动”反对餐饮浪费的倡议书（推荐）",
        date="2025-05-06",
        notes="a 文库 page whose body is one line (paragraphs separated only by an indent) cut by '>>n<<' markers glued inside it; decorated record title; the pledge's own slogan and signature date stay; an upload notice at the bottom",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt=">>{n}<<", every=140, start=2, glue=True),
        page="""
!m 翠微文库 · 机关文档
!t 关于开展“光盘行动”反对餐饮浪费的倡议书（推荐）
!m 上传时间：2025-05-09　页数：2　浏览：516
{BODY}
!d 声明：本文档由会员上传分享，若有侵权请联系平台删除。
""",
        body="""
全县机关干部职工：
勤俭节约是中华民族的传统美德。为深入落实厉行节约、反对浪费的有关要求，县机关事务服务中心向全县机关干部职工发出如下倡议。
一是按需取餐，不剩饭菜。在机关食堂就餐时少量多次取餐，吃多少取多少，争做“光盘”达人。
二是节俭办事，杜绝浪费。公务接待严格执行标准，不上高档菜肴，不摆阔气、不讲排场。
三是以身作则，示范带动。机关干部要带头践行节约风尚，带动家庭成员和身边群众共同参与。
光盘行动，从我做起！
县机关事务服务中心
2025年5月6日
""",
    ),
    dict(
        slug="fanwenapp-xiezhe-plan-open-in-app",
        site="写者范文APP (invented)",
        style="范文APP",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://share.xiezhe.example.com/a/plan/55301?share_from=wx",
        title="2025年社区网格化服务管理工作计划",
        record_title="2025年社区网格化服务管理工作计划",
        date=None,
        notes="a 范文 app's share page: an 'open in app' banner, an author card, a collapse prompt between paragraphs, a vote bar glued after the last sentence; numbered list items stay; no date",
        page="""
!a 写者APP内打开，查看完整范文 ＞
!m 范文作者：静水流深　｜　已认证·社区工作者
{T}
{BODY}
!l 觉得有用？　👍 有用 128　👎 没用 3
!l 相关推荐：社区党建工作计划（2025）
""",
        body="""
为进一步提升社区治理精细化水平，切实把服务送到居民家门口，结合本社区实际，制定2025年网格化服务管理工作计划如下。
一、优化网格设置。按照“规模适度、便于管理”的原则，将社区现有6个网格调整为8个，每个网格覆盖居民300户左右。
二、建强网格队伍。每个网格配备专职网格员1名、兼职网格员2至3名，吸纳楼栋长、党员志愿者参与网格服务。
⟦a 展开剩余 60% ∨⟧
三、规范工作流程。推行“采集—上报—处置—反馈”闭环工作法，网格员每天巡查不少于2小时，一般问题24小时内反馈。
四、强化考核激励。每季度对网格员进行考核，考核结果与绩效补贴挂钩，年底评选“十佳网格员”。⟦l 点赞 收藏 转发⟧
""",
    ),
    dict(
        slug="download-lanxiang-plan-html-unzip-password",
        site="兰香资料下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.lanxiangzl.example.com/soft/fangan/20250318/9921.html",
        title="关于开展2025年“安全生产月”活动的实施方案",
        record_title="关于开展2025年“安全生产月”活动的实施方案 免费下载_兰香资料下载站",
        date="2025-05-26",
        notes="HTML download site: a file-info table (size, format, rating), download buttons, an unzip password and a 'download tips' list; the plan's own 附件 list, a slogan-like 主题 line and signature date stay",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年“安全生产月”活动的实施方案 免费下载_兰香资料下载站</title></head><body>
<div class="logo">⟦m 兰香资料下载站　办公资料　一站下载⟧</div>
<div class="loc">⟦m 位置：首页 > 工作方案 > 安全生产⟧</div>
<h1>⟦t 关于开展2025年“安全生产月”活动的实施方案⟧</h1>
<table class="info"><tr><td>⟦m 资料大小：28.6KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 推荐星级：★★★★☆⟧</td></tr></table>
<div class="intro"><h3>⟦l 资料简介⟧</h3>
{BODY}
</div>
<div class="down">⟦a 电信下载⟧ ⟦a 联通下载⟧ ⟦a 本地高速下载⟧</div>
<div class="pwd">⟦m 解压密码：www.lanxiangzl.example.com⟧</div>
<div class="tips"><p>⟦d 下载说明：本站资料均来源于网络，仅供学习交流，请于下载后24小时内删除。⟧</p></div>
</body></html>
""",
        body="""
各科室、各车间、各项目部：
根据上级有关部署，公司决定在6月份开展2025年“安全生产月”活动。为确保活动取得实效，特制定本方案。
一、活动主题
人人讲安全、个个会应急——查找身边安全隐患
二、活动内容
（一）开展安全宣传。在厂区主要通道悬挂横幅、设置展板，利用班前会组织学习安全操作规程。
（二）组织隐患排查。各车间开展拉网式隐患排查，建立问题清单，明确整改责任人和整改时限。
（三）举行应急演练。6月中旬组织一次火灾事故应急疏散演练，全体员工参加。
三、工作要求
各单位要高度重视，明确专人负责，于6月30日前将活动总结报安全环保部。
附件：1．“安全生产月”活动安排表
2．隐患排查整改台账（样表）
公司安全生产委员会
2025年5月26日
""",
    ),
    dict(
        slug="fanwen-jinglan-speech-html-date-under-title",
        site="景澜公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jinglangw.example.com/jianghua/2025/0117/40233.html",
        title="在全县2025年农村工作会议上的讲话",
        record_title="在全县2025年农村工作会议上的讲话-景澜公文网",
        date="2025-01-16",
        notes="HTML 范文 page: record title with -site; a speaker line and a date under the title (neutral, the date source); a writing-service float with a QQ number, a 'next/previous' pair in new words, a copy-limit notice glued to the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>在全县2025年农村工作会议上的讲话-景澜公文网</title></head><body>
<div class="hd">⟦m 景澜公文网　jinglangw.example.com⟧</div>
<div class="nav">⟦m 讲话稿　工作总结　工作计划　心得体会　述职报告⟧</div>
<h1>⟦t 在全县2025年农村工作会议上的讲话⟧</h1>
<p class="sp">县委副书记　彭国栋</p>
<p class="dt">（2025年1月16日）</p>
<div class="art">
{BODY}
</div>
<div class="float">⟦w 原创代写｜QQ：2871036645⟧</div>
<div class="pn"><p>⟦l 前一篇：在全县经济工作会议上的主持词⟧</p><p>⟦l 后一篇：在县人大常委会会议上的任职表态发言⟧</p></div>
</body></html>
""",
        body="""
同志们：
这次全县农村工作会议的主要任务是，总结2024年全县“三农”工作，部署2025年重点任务。下面，我讲三个方面的意见。
一、充分肯定去年全县“三农”工作取得的成效
2024年，全县粮食总产量达到38.2万吨，连续五年保持稳定；农村居民人均可支配收入增长7.1%，高于城镇居民收入增速；脱贫人口人均纯收入增长12.6%，没有发生规模性返贫。
二、准确把握今年“三农”工作的重点任务
一要稳住粮食生产，确保粮食播种面积只增不减；二要发展富民产业，做强油茶、生猪、中药材三大特色产业；三要推进宜居宜业和美乡村建设，今年再建成省级美丽乡村示范村5个。
三、切实加强党对“三农”工作的领导
各级党委要落实五级书记抓乡村振兴责任，党政主要负责同志要亲自研究部署“三农”工作，确保各项任务落地见效。⟦a 复制内容请先登录，游客仅可复制200字⟧
""",
    ),
    dict(
        slug="docshare-qinglu-summary-paren-page-markers-wrapped",
        site="青芦文档网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.qinglu-doc.example.com/d/0b7c6a1f.html",
        title="2024年度机关党支部工作总结",
        record_title="2024年度机关党支部工作总结.docx",
        date="2024-12-27",
        notes="a document-sharing page: file-name record title; wrapped at 70 columns, page markers '（第n页）' on lines of their own; decimal headings (1.1, 1.2) and a signature date; an uploader line and an 'also uploaded by this user' box",
        wrap=70,
        pages=dict(fmt="（第{n}页）", every=200, start=2),
        page="""
!t 2024年度机关党支部工作总结.docx
!m 青芦文档网　上传：林下清风　2024-12-30　格式：docx
!a 收藏　下载（2积分）　分享
{BODY}
!l 该用户还上传了：机关党支部2025年工作要点.docx　党员发展工作流程图.pdf
""",
        body="""
2024年，机关党支部在县直机关工委的指导下，以党的政治建设为统领，扎实推进支部标准化规范化建设，各项工作取得了新进展。
1.加强思想政治建设
1.1 坚持理论学习常态化。全年组织集中学习20次，开展专题研讨4次，支部书记讲党课2次，党员撰写学习心得110余篇。
1.2 丰富学习教育形式。组织党员赴革命纪念馆开展现场教学，开展“读书月”活动，营造了浓厚的学习氛围。
2.加强组织建设
2.1 严格落实组织生活制度。按时召开支部党员大会、支委会和党小组会，规范开展主题党日活动12次。
2.2 做好党员教育管理。全年发展党员2名，按期转正1名，党费收缴及时足额。
3.加强作风建设
组织开展作风建设专项整治，查找并整改问题11个，机关服务效能明显提升。
4.存在的不足
一是学习的系统性还不够强；二是党建与业务融合还不够紧密；三是创新意识有待加强。新的一年，支部将针对这些问题认真加以改进。
中共县发展和改革局机关支部委员会
2024年12月27日
""",
    ),
    dict(
        slug="fanwen-zhuying-insight-warning-film-download-sentence",
        site="竹影范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.zhuyingfw.example.cn/xinde/2025/0410/18833.html",
        title="观看警示教育片《镜鉴》心得体会",
        record_title="观看警示教育片《镜鉴》心得体会（精选）",
        date="2025-04-10",
        record_date="2025-04-10",
        notes="a 范文 page: decorated record title; the title repeated glued to the first sentence; a VIP download button glued before a heading; the insight's own sentence about 下载 the study app and 打印 notes stays",
        page="""
!m 竹影范文 · 心得体会频道
!m 2025-04-10　作者：佚名　字数：约1100字
⟦t 观看警示教育片《镜鉴》心得体会⟧{BODY}
!a VIP会员下载本文Word版
!l 上一篇：“以案促改”专题组织生活会发言提纲
!l 下一篇：学习新修订纪律处分条例心得
!m 竹影范文网 www.zhuyingfw.example.cn 备案号：闽ICP备17022108号
""",
        body="""
近日，单位组织全体党员干部集中观看了警示教育片《镜鉴》。片中一个个鲜活的案例、一句句痛彻心扉的忏悔，给我带来了强烈的心灵震撼，也让我深受教育。
一、理想信念是立身之本
片中的这些干部，大多出身平凡，也曾有过奋斗和成绩，但随着职务的升迁，逐渐放松了对世界观、人生观、价值观的改造，最终走上违纪违法的道路。这警示我们，理想信念一旦动摇，就会迷失方向。
⟦a 【立即下载】⟧二、小节不守必毁大节
不少落马干部都是从收受一张购物卡、接受一次宴请开始，一步步滑向深渊。我们一定要慎独慎微，守住小节，防微杜渐。
三、严守纪律才能行稳致远
今后我将认真学习党规党纪，坚持每天在“学习强国”等平台学习，把单位下发的学习资料下载下来反复研读，并把重点条文打印出来张贴在办公桌前，时时提醒自己。
总之，我要以片中反面典型为镜，常思贪欲之害，常怀律己之心，做一名忠诚干净担当的党员干部。
""",
    ),
]
