"""Holdout10, part E: forums, blogs, Q&A and personal collections — a teachers' forum and an
exam forum with anti-scraping junk, a city forum's repost with floors, a cadre's blog with a long
wrapped report, personal anthologies, a Q&A answer quoting a model notice, an encyclopedia
entry and an HTML blog. Written blind; everything invented."""

CASES = [
    dict(
        slug="forum-xingtan-teacher-insight-junk-floors",
        site="杏坛教师论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.xingtan-edu.example.com/thread-552071-1-1.html",
        title="参加县骨干教师暑期研修的几点体会",
        record_title="参加县骨干教师暑期研修的几点体会 - 教研天地 - 杏坛教师论坛",
        date="2025-07-28",
        notes="a teachers' forum thread: record title with - board - site; the poster's card and the post time line (the date source); anti-scraping junk as lines and glued after a 。; replies, a 'rate this post' row and a reply box after the text",
        junk=dict(lines=2, glued=3),
        page="""
!m 杏坛教师论坛 › 教研天地 › 研修心得
!t 参加县骨干教师暑期研修的几点体会
!m 楼主　青檀　｜　注册：2019-09-02　帖子：336　威望：42
!m 发表于 2025-07-28 22:06　｜　只看该作者
{BODY}
!l 评分　参与人数 3　威望 +6　收起 理由
!l 沙发　晓风　2025-07-29 07:11　写得实在，研修确实收获不少。
!l 板凳　二月兰　2025-07-29 09:32　支持楼主！
!l 发表回复　｜　您需要登录后才可以回帖
""",
        body="""
七月中旬，我有幸参加了县教师发展中心组织的骨干教师暑期研修，为期十天。整个研修安排紧凑，既有专家讲座，也有课例研讨和跟岗实践，让我收获很大。
第一点体会，课堂要从“教得好”转向“学得好”。专家在讲座中反复强调，评价一节课好不好，关键看学生学会了没有。回想自己过去的课堂，常常是我讲得很投入，学生却没有真正参与进来。
第二点体会，教研要从“经验型”走向“研究型”。跟岗学校的老师们每周都有固定的教研时间，围绕一个小问题持续研究一个学期，这种做法值得我们学习。
第三点体会，成长要从“被动学”变为“主动学”。研修期间，同组的老师们每天晚上自发交流到很晚，这种学习热情深深感染了我。
新学期，我准备在所带的两个班级尝试小组合作学习，并把研修中学到的方法带回教研组，和同事们一起实践、一起提高。
""",
    ),
    dict(
        slug="gkforum-dengke-shenlun-essay-junk-glued",
        site="登科公考论坛 (invented)",
        style="公考论坛",
        genre="评论",
        kind="other",
        form="text",
        source="https://www.dengkegk.example.com/forum/t/318842",
        title="申论范文：以数字赋能推进基层治理现代化",
        record_title="申论范文：以数字赋能推进基层治理现代化【附批改】",
        date=None,
        notes="an exam forum: decorated record title; a moderator's highlight label, points and a 'reply to see the marking' prompt; anti-scraping junk on lines and glued; the essay's own slogan-like title line stays; no date",
        junk=dict(lines=1, glued=4),
        page="""
!m 登科公考论坛 » 申论专区 » 范文赏析
!m 【精华】 本帖被版主 老白 设为精华　+20 积分
!t 申论范文：以数字赋能推进基层治理现代化【附批改】
!m 作者：岸芷汀兰　Lv.9 申论达人
{BODY}
!a 本帖隐藏的批改意见需回复才可浏览
!l 回复　引用　举报　｜　查看全部 57 条回复
""",
        body="""
基层治理是国家治理的基石。近年来，数字技术加速向基层延伸，为破解基层治理难题提供了新的路径。推进基层治理现代化，必须用好数字赋能这把“金钥匙”。
数字赋能，让治理更加精准。过去，基层干部摸底数靠脚板、靠记忆，信息分散在各个部门。如今，一张网格地图汇集人、房、事、物等信息，群众诉求可以第一时间发现、第一时间处置。
数字赋能，让服务更加便捷。不少地方推行“掌上办”“就近办”，群众办事从“跑多次”变为“跑一次”甚至“一次不用跑”，基层服务的温度在数据流转中不断提升。
数字赋能，也要防止“数字形式主义”。一些地方重复建设平台、层层填报数据，反而加重了基层负担。数字化的目的在于为民服务，而不是为考核而考核。
以数字赋能推进基层治理现代化，既要善用技术，更要始终坚持以人民为中心，让数字治理真正惠及千家万户。
""",
    ),
    dict(
        slug="cityforum-liping-elevator-notice-repost-floors",
        site="栎坪在线 (invented city forum)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="text",
        source="https://bbs.lipingzx.example.com/forum.php?mod=viewthread&tid=99031",
        title="关于老旧小区加装电梯意见征集的公告",
        record_title="[转帖]关于老旧小区加装电梯意见征集的公告",
        date="2025-04-15",
        notes="a city forum's repost: decorated record title ([转帖]); the repost note and original-source line; the notice's own 征集时间, 联系电话 and 邮箱 stay; floors with replies under the text and a 'hot threads' list; signature date",
        indent="\u3000\u3000",
        page="""
!m 栎坪在线 - 栎坪人自己的网上家园
!m 论坛 › 民生热线 › 查看帖子
!t [转帖]关于老旧小区加装电梯意见征集的公告
!m 蓝山雨　发表于 2025-04-16 08:55　查看：2306　回复：41
!m 转自：城东街道办事处网站
{BODY}
!l 2# 老城居民：终于等到了，我们六楼老人上下楼太难了
!l 3# 路过看看：一楼住户的意见也要考虑啊
!l 4# 栎坪小李：顶上去让更多人看到
!l 今日热帖：城北菜市场改造什么时候完工？｜滨河公园夜间灯光秀时间表
""",
        body="""
各位居民朋友：
为改善老旧小区居民出行条件，回应群众加装电梯的呼声，根据市里有关政策，城东街道拟在辖区内具备条件的老旧小区推进既有住宅加装电梯工作。现就有关事项公开征集意见。
一、征集范围：城东街道辖区内建成于2000年以前、四层及以上、未设电梯的住宅楼。
二、征集时间：2025年4月15日至5月15日。
三、征集内容：居民加装电梯意愿、费用分摊方式、低楼层住户的补偿办法等。
四、反馈方式：居民可到所在社区居委会填写意见表，也可将意见发送至电子邮箱cdjd_dt@example.gov.cn。
按照规定，加装电梯须经本单元房屋专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决。欢迎广大居民积极参与，共商共建美好家园。
联系电话：0753-6210471
城东街道办事处
2025年4月15日
""",
    ),
    dict(
        slug="blog-cadre-research-long-wrapped-publish-line",
        site="山野笔记 (invented personal blog)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://shanyebiji.blog.example.com/post/2025/03/22/liushou",
        title="关于全镇留守儿童关爱保护工作的调研报告",
        record_title=None,
        date="2025-03-22",
        notes="a cadre's blog: no record title, no record date: the post's 发表时间 line is the date source; a long report hard-wrapped at 76 columns with an indent; numbered problems and suggestions; a blog sidebar (archive, tag cloud) and a visitor counter after the text",
        wrap=76,
        indent="\u3000\u3000",
        page="""
!m 山野笔记 | 一个基层干部的工作札记
{T}
!m 发表时间：2025-03-22 21:14　分类：调查研究　阅读(318)　评论(5)
{BODY}
!l 标签：留守儿童　关爱保护　调研
!l 文章归档：2025年3月(4)　2025年2月(6)　2025年1月(3)
!m 本站已运行 2186 天　访客 45,210
""",
        body="""
留守儿童关爱保护工作事关孩子们的健康成长，事关千家万户的幸福安宁。今年2月至3月，我结合“大走访”活动，走访了全镇12个村、3所学校，入户了解留守儿童86名，与村干部、教师、家长座谈交流40余人次，对全镇留守儿童关爱保护工作进行了调研。
一、基本情况
全镇共有农村留守儿童412名，其中学龄前儿童97名、小学生228名、初中生87名。从监护情况看，由祖父母或外祖父母监护的占89%，由其他亲属监护的占8%，无人监护或监护不力的有12名。从父母外出情况看，父母双方外出的占61%，一方外出的占39%，外出地主要集中在广东、浙江等沿海省份。
二、主要做法
一是建立工作台账。镇里依托儿童督导员和村儿童主任，对留守儿童实行一人一档、动态管理，每季度更新一次信息。
二是落实关爱措施。各中小学建立“代理家长”制度，由教师结对帮扶留守儿童；镇团委、妇联组织志愿者开展“周末陪伴”“亲情视频”等活动，全年开展活动60余场次。
三是加强安全防护。在寒暑假前开展防溺水、防交通事故等安全教育，在重点水域设立警示标志，安排专人巡查。
三、存在的问题
一是隔代监护质量不高。祖辈监护人普遍年龄偏大、文化程度不高，重生活照料、轻心理关爱和学业辅导的现象较为突出。
二是心理健康问题值得关注。调研中发现，部分留守儿童性格内向、缺乏安全感，个别儿童存在厌学、沉迷手机游戏等问题。
三是关爱力量整合不够。各部门开展的关爱活动各自为战，存在“节日热、平时冷”的现象，专业社工力量严重不足。
四、对策建议
一是压实家庭监护主体责任。通过家长学校、电话家访等方式，督促外出务工父母履行监护职责，每周至少与孩子视频通话一次。
二是加强心理健康服务。在中心学校建立心理辅导室，配备专兼职心理教师，定期开展心理健康筛查和个别辅导。
三是整合各方关爱资源。建立由民政牵头，教育、妇联、团委等部门参与的联席会议制度，引入专业社工机构，推动关爱服务常态化、专业化。
四是发挥村级组织作用。把留守儿童关爱工作纳入村级年度考核，鼓励村里利用党群服务中心建设“儿童之家”，为孩子们提供课后活动场所。
""",
    ),
    dict(
        slug="anthology-wanqing-retirement-speech-date-line",
        site="晚晴文集 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.wanqingwenji.example.com/works/jianghua/0042.html",
        title="在本人退休欢送会上的感言",
        record_title="在本人退休欢送会上的感言 ◇ 晚晴文集",
        date="2024-11-29",
        notes="a personal collection: decorated record title (◇ site); the collection's section line and a prev/next pair in new words; a date under the title (neutral, the date source); a reprint notice in new words",
        page="""
!m 晚晴文集 · 卷三 · 讲话发言
!t 在本人退休欢送会上的感言
（2024年11月29日）
{BODY}
!d 本集文字均系作者原创，转录请告知作者本人
!l ← 前一文：在县教育系统老同志座谈会上的发言
!l 后一文：回乡随笔二则 →
""",
        body="""
各位领导、各位同事：
感谢局党组为我举办这个欢送会，刚才几位领导和同事说了很多鼓励的话，我听了既感动，又惭愧。
我是1984年参加工作的，在教育战线工作了整整四十年，先后在两所乡村学校教书，后来调到局机关从事教研和督导工作。四十年来，我见证了全县学校从土坯房到教学楼的变化，也见证了一批又一批学生从这里走向全国各地。
回顾这些年，我最深的体会是，教育是一项良心工程，来不得半点虚假。无论在哪个岗位上，我都努力做到对学生负责、对工作负责。
当然，我也有很多不足，有时脾气急，批评同志不讲方式，在这里向大家说声抱歉。
退休以后，我会继续关心教育事业，有需要的时候随叫随到。祝愿我们局的各项工作越办越好，祝愿各位同事身体健康、工作顺利！
""",
    ),
    dict(
        slug="qa-zhidao-election-notice-example-dates",
        site="知道吧问答 (invented)",
        style="问答社区",
        genre="公告",
        kind="other",
        form="text",
        source="https://zhidaoba.example.com/question/20250118-77321.html",
        title="村民委员会换届选举公告怎么写？",
        record_title="村民委员会换届选举公告怎么写？_知道吧",
        date=None,
        notes="a Q&A page: record title with _site; question card and answerer card; the answer quotes a model notice with example dates and a blank signature date (date null); an 'adopted answer' label, a vote bar and other answers folded",
        page="""
!m 知道吧 > 社会民生 > 基层选举
!t 村民委员会换届选举公告怎么写？
!m 提问者：匿名　2025-01-18　浏览 5,112 次
!m ✔ 最佳答案　回答者：乡村老秘书　采纳率 91%
{BODY}
!l 👍 赞同 207　｜　💬 评论 12
!l 其他 3 条回答 已折叠 ∨
!l 相关问题：村民选举委员会怎么推选？
""",
        body="""
选举公告一般由村民选举委员会发布，写清楚选举日期、地点、应选职数和投票方式即可。给你一个常用的格式，照着改就行：
××村村民委员会换届选举公告
根据《村民委员会组织法》和省村民委员会选举办法的规定，经村民选举委员会研究决定，现将本村第××届村民委员会选举有关事项公告如下：
一、选举日期：2025年3月8日上午8时。
二、选举地点：村部会议室（另设两个投票站）。
三、应选职数：村民委员会主任1名，副主任1名，委员3名。
四、选举方式：实行无记名投票、公开计票，当场公布选举结果。
请登记参加选举的村民准时参加投票。
××村村民选举委员会
××××年××月××日
注意公告要在选举日前五天张贴，例如3月8日选举，3月3日之前就要公布。
""",
    ),
    dict(
        slug="wiki-zhihai-minutes-entry-numbered",
        site="知海百科 (invented)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="text",
        source="https://baike.zhihai.example.com/entry/会议纪要",
        title="会议纪要",
        record_title="会议纪要 - 知海百科",
        date=None,
        notes="an encyclopedia entry: record title with - site; an edit/history/discussion row, a contents box, a 'this entry needs citations' banner between paragraphs, category links at the bottom; the entry's numbered list and an example of a 时间/地点 header stay; no date",
        page="""
!m 知海百科 — 自由的中文知识库
!a 阅读　编辑　查看历史　讨论
{T}
!l 目录　1 概述　2 特点　3 结构　4 写作要求
{BODY}
!l 分类：公文文种｜行政管理｜应用写作
!m 本页面最后修订于2025年2月3日 (星期一) 09:17
!d 本站文字内容以知识共享署名—相同方式共享协议授权
""",
        body="""
会议纪要是用于记载、传达会议主要情况和议定事项的公文，是《党政机关公文处理工作条例》规定的十五种公文之一。
特点
会议纪要具有纪实性、提要性和约束性。纪实性是指必须如实反映会议内容，不能随意增减；提要性是指要对会议情况进行归纳概括，抓住要点；约束性是指纪要一经印发，对有关单位具有指导和约束作用。
⟦d 本条目需要补充更多来源，请协助添加可靠的参考资料。⟧
结构
一篇完整的会议纪要一般由以下几部分组成：
1．标题，通常由会议名称加“纪要”组成。
2．开头，写明会议的时间、地点、主持人、参会人员和主要议题，例如“时间：某年某月某日上午；地点：某会议室”。
3．主体，写明会议的主要精神和议定事项，常用“会议认为”“会议指出”“会议决定”等惯用语。
4．结尾，可提出贯彻要求，也可不写结尾。
写作要求
撰写会议纪要要忠于会议实际，条理清楚，文字精练，不能写成会议记录的流水账。
""",
    ),
    dict(
        slug="blog-html-lofty-report-personal-debrief",
        site="轻羽博客 (invented)",
        style="博客",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://qingyu.blog.example.com/post/3f1a20c9",
        title="2024年度个人述职报告（县城管局执法中队长）",
        title_also=["2024年度个人述职报告"],
        record_title="2024年度个人述职报告（县城管局执法中队长）| 轻羽",
        date="2025-01-10",
        record_date="2025-01-10",
        notes="HTML personal blog: record title with | blog; a hot-posts list and a 'like/recommend' bar; an image caption between paragraphs and a tag row glued to the last paragraph; the report's own numbered list stays",
        p_html='<div class="p">{}</div>',
        page="""
<html><head><meta charset="utf-8"><title>2024年度个人述职报告（县城管局执法中队长）| 轻羽</title></head><body>
<div class="blog">⟦m 轻羽 · 记录一些工作与生活⟧</div>
<div class="post">
<h2>⟦t 2024年度个人述职报告（县城管局执法中队长）⟧</h2>
<div class="time">⟦m 2025-01-10 · 热度 37⟧</div>
{BODY}
</div>
<div class="act">⟦l ♥ 喜欢　⟲ 推荐　✉ 评论⟧</div>
<div class="hot"><h4>⟦l 热门文章⟧</h4><p>⟦l 城管执法中的“柔性”与“刚性”⟧</p><p>⟦l 夜市整治那些事⟧</p></div>
<div class="ft">⟦m Powered by 轻羽博客 · 备案 浙ICP备2021000931号-2⟧</div>
</body></html>
""",
        body="""
2024年，我担任县城管局执法二中队中队长，带领中队13名队员负责城区东片的市容秩序管理工作。现将一年来的履职情况报告如下。
一、工作完成情况
全年共规范占道经营1860起，清理乱张贴2.3万处，查处违法建设14起，办结数字城管派遣案件4102件，按期结案率达到98.7%。
⟦m 图：中队队员在东门夜市开展秩序整治⟧
二、主要做法
1．推行“721”工作法，即70%的问题用服务手段解决、20%的问题用管理手段解决、10%的问题用执法手段解决。
2．在东门夜市设置临时疏导点，引导流动摊贩入点经营，夜市秩序明显好转。
3．开展“城管进社区”活动，全年进社区宣传21次，收集群众意见建议63条。
三、不足和打算
队伍执法规范化水平还需提高，个别队员执法方式简单。新的一年，我将加强队伍教育管理，推动城市管理更加精细化、人性化。⟦l #述职报告 #城管 #年终总结⟧
""",
    ),
    dict(
        slug="anthology-songchuang-insight-no-date-edit-log",
        site="松窗集 (invented personal collection)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://songchuangji.example.net/essay/2025-dwjy.html",
        title="赴革命老区开展党性教育的几点感悟",
        record_title=None,
        date=None,
        notes="a personal collection page: no record title (the title only once, as a heading with a 〔文〕 tag); an 'edited N times' log, a word count and a 'back to the contents' link; a slogan in quotes stays; no date",
        page="""
!m 松窗集 · 随笔与心得
!t 〔文〕赴革命老区开展党性教育的几点感悟
!m 字数 1020　｜　本文修改过 3 次
{BODY}
!l ↑ 返回目录
!d 文章为作者原创，未经同意请勿转载
""",
        body="""
按照单位党委的安排，我参加了为期五天的革命老区党性教育培训。短短几天，我们重走了红军小道，参观了红色旧址，聆听了老党员的讲述，心灵受到了一次深刻的洗礼。
一是要坚定理想信念。在一间低矮的土屋里，讲解员讲述了当年红军战士宁可饿死也不动群众一粒粮的故事。正是因为有坚定的信仰，革命先辈才能在艰苦卓绝的环境中百折不挠。
二是要始终站稳人民立场。“军民鱼水一家亲”不是一句口号，而是一件件实实在在的小事。我们今天做群众工作，同样要把群众的冷暖放在心上。
三是要保持艰苦奋斗的作风。条件变了，但艰苦奋斗的精神不能丢。我要从身边小事做起，勤俭节约，克己奉公。
此次学习让我深刻认识到，红色基因是我们最宝贵的精神财富。我将把这次学习的收获转化为做好本职工作的强大动力。
""",
    ),
]
