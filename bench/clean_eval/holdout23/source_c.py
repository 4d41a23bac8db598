"""Holdout 23, part C: forums, local and exam forums, blogs, personal collections and search
snapshots (a photographers' forum, a drivers' forum, a bus-fans' board, a county gas-users'
board, a selection-exam forum, a surveyor's blog, a hydrologist's collection, a snapshot of a
notary office). Invented text."""

CASES = [
    dict(
        slug="forum-sheying-html-jammer-pledge",
        site="光影摄影论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://bbs.guangying-photo.example.com/thread-118207-1-1.html",
        title="文明拍鸟倡议书",
        record_title="[协会倡议] 文明拍鸟倡议书 - 生态摄影版 - 光影摄影论坛",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes="Discuz-like thread reposting a photographers' association pledge, jammer fonts glued after sentences, floor meta, a signature, reply box; the pledge's own date differs from the post time",
        junk=dict(lines=1, glued=2),
        p_html="<p>{}</p>",
        page="""
<html><head><meta charset="utf-8"><title>[协会倡议] 文明拍鸟倡议书 - 生态摄影版 - 光影摄影论坛</title></head><body>
<div id="hd">⟦m 光影摄影论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 光影摄影论坛 › 主题版块 › 生态摄影 › 查看内容⟧</div>
<div class="pls">⟦m 查看: 3021 | 回复: 47⟧</div>
<h1>⟦t [协会倡议] 文明拍鸟倡议书⟧</h1>
<div class="authi">⟦m 镜头里的白鹭　发表于 2025-3-20 21:08　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 器材：一机一镜走天下 | 个人主页：白鹭的窝⟧</div>
<div class="po">⟦a 回复　支持(58)　反对(0)　举报⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦d 光影摄影论坛所发帖子均为网友个人观点，与本站立场无关⟧　⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        body="""
广大摄影爱好者：
春季是候鸟迁徙和繁殖的季节，也是拍鸟的黄金时期。为保护野生鸟类及其栖息地，县摄影家协会向全体会员和摄影爱好者发出如下倡议：
一、不诱拍。不使用活体饵料、播放鸟类鸣声等方式引诱鸟类。
二、不惊扰。与鸟巢保持足够距离，不折枝、不清障，不用闪光灯近距离拍摄雏鸟。
三、不破坏。爱护湿地植被，不在保护区核心区拍摄，带走自己产生的垃圾。
让我们用镜头记录自然之美，用行动守护鸟类家园。
县摄影家协会
2025年3月18日
""",
    ),
    dict(
        slug="forum-siji-text-safety-summary-junk",
        site="老司机之家论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lsjzj.example.net/forum.php?mod=viewthread&tid=90417",
        title="驾驶员培训学校2024年教学安全工作总结",
        record_title="【转】驾驶员培训学校2024年教学安全工作总结",
        date="2024-12-30",
        notes="forum text with anti-scraping junk lines and glued junk, floor number, an edit stamp, hot-thread list",
        junk=dict(lines=2, glued=2),
        page="""
!m 老司机之家论坛 » 驾校交流 » 帖子
!t 【转】驾驶员培训学校2024年教学安全工作总结
!m 楼主　路在脚下2019　｜　2025-01-06 20:14　｜　第1楼
{BODY}
!m 本帖最后由 路在脚下2019 于 2025-1-6 20:31 编辑
!l 热帖：科目二倒车入库技巧大全　｜　驾校收费标准对比
!a 顶　　踩　　收藏本帖
""",
        body="""
2024年，我校始终坚持“安全第一、质量为本”的办学方针，全年培训学员3860人，考试合格率较上年提高4个百分点，未发生教学安全责任事故。
一是严把教练员关。全年组织教练员业务培训8次，开展教学质量考核2次，对考核不合格的2名教练员暂停带教资格。
二是严把车辆关。教练车每日例行检查，每月进行一次全面维护，全年更新教练车22辆。
三是严把场地关。在训练场增设防撞护栏和警示标志，实行人车分流管理。
2025年，我校将推广使用智能模拟器教学，进一步提升教学质量和安全水平。
顺安驾驶员培训学校
2024年12月30日
""",
    ),
    dict(
        slug="localforum-gongjiao-mi-html-route-notice",
        site="榆坪论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yupingbbs.example.cn/thread-44901-1-1.html",
        title="关于调整8路、15路公交线路走向的通告",
        record_title=None,
        date="2025-08-22",
        notes="county forum HTML: a bus fan reposts the bus company's notice; title missing from the record, a route table, the company's own service phone; the post time is also accepted",
        date_also=["2025-08-23"],
        page="""
<html><head><meta charset="utf-8"><title>榆坪论坛 - 榆坪人的网上家园</title></head><body>
<div class="hd">⟦m 榆坪论坛　榆坪人的网上家园⟧ ⟦a 发帖⟧ ⟦a 签到领金币⟧</div>
<div class="nav">⟦m 首页 › 榆坪交通 › 公交地铁⟧</div>
<div class="post"><div class="ttl">⟦t 关于调整8路、15路公交线路走向的通告⟧</div>
<div class="who">⟦m 楼主：坐遍榆坪公交　　2025-08-23 07:55　　浏览 1.8万⟧</div>
<div class="note">⟦m 转自榆坪公交公司官方发布⟧</div>
{BODY}
</div>
<div class="reply">⟦l 2楼 雨后青山：终于不用绕路了，点赞！⟧</div>
<div class="reply">⟦l 3楼 老城区居民：幸福里那站能不能保留啊⟧</div>
<div class="box">⟦l 说点什么吧…（登录后可回复）⟧</div>
<div class="ft">⟦d 本论坛言论仅代表发帖人观点⟧ ⟦m 榆坪论坛 版权所有⟧</div>
</body></html>
""",
        body="""
因城南大道封闭施工，为方便市民出行，经研究，决定自2025年8月25日起调整8路、15路公交线路走向，具体如下：
线路　调整前　调整后
8路　城南大道—幸福里　滨江路—新华街
15路　城南大道—南门口　迎宾路—南门口
调整期间，幸福里站暂停使用，新增滨江路口、新华街两个临时站点。
由此给市民出行带来的不便，敬请谅解。咨询电话：0357-5522019。
榆坪县公共交通有限公司
2025年8月22日
""",
    ),
    dict(
        slug="localforum-ranqi-text-gas-safety",
        site="泾川生活网论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.jingchuanlife.example.com/t/66120",
        title="致全县燃气用户的一封信",
        record_title="致全县燃气用户的一封信（燃气公司发的，大家都看看）",
        date=None,
        notes="life-forum text repost: the post's chatter above and below, a 'sign in to see attachments' line; the letter has no date",
        page="""
!m 泾川生活网论坛　>　民生热线
!t 致全县燃气用户的一封信（燃气公司发的，大家都看看）
!m 发帖人：巷口老张　|　回复 26　|　查看 4411
!m 今天小区群里转的，转过来给大家看看
{BODY}
!a 本帖附件需登录后查看
!l 上一主题：城东片区周六停水通知　　下一主题：谁知道哪里能换燃气软管
""",
        body="""
尊敬的燃气用户：
随着天气转凉，燃气使用量逐渐增加。为保障您和家人的用气安全，请注意以下事项：
一、使用燃气时不要离人，保持室内通风，用完后及时关闭灶前阀门。
二、燃气软管应每两年更换一次，发现老化、龟裂要立即更换，建议使用金属波纹管。
三、发现燃气泄漏，请立即关闭总阀，打开门窗，不要开关电器，到室外拨打抢修电话0933-3018119。
四、请配合我公司工作人员入户安检，安检人员均佩戴工作证，不收取任何费用。
泾川县华润燃气有限公司
""",
    ),
    dict(
        slug="gkforum-xuandiao-text-speech-material",
        site="选调生论坛 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.xdsbbs.example.com/thread-20991-1-1.html",
        title="在新录用选调生座谈会上的讲话",
        record_title="[申论素材] 在新录用选调生座谈会上的讲话（附学习要点）",
        date="2025-09-05",
        notes="exam forum: a poster's intro, the speaker line and a date under the title in full-width brackets; 'reply to see hidden content' and VIP coaching ad",
        page="""
!m 选调生论坛 » 申论备考 » 素材积累
!t [申论素材] 在新录用选调生座谈会上的讲话（附学习要点）
!m 上岸不是梦　发表于 2025-9-12 10:31
!m 楼主整理，背下来申论用得上
{T}
市委组织部部长　贺明川
（2025年9月5日）
{BODY}
!a ****本内容被作者隐藏，回复后可见****
!w 选调面试一对一辅导，报名加V：xds_shangan88
!l 回复　引用　|　TOP
""",
        body="""
同志们：
今天，我们召开新录用选调生座谈会，和大家见见面、谈谈心。首先，我代表市委组织部，欢迎大家加入选调生队伍！
选调生是党政领导干部的重要来源。希望大家到基层后，放下架子、扑下身子，拜群众为师，在乡村振兴、基层治理一线经受锻炼。
组织部门将建立选调生成长档案，为每名选调生确定一名联系领导，定期了解思想和工作情况，帮助大家解决实际困难。
希望同志们珍惜机遇、扎根基层，在火热的实践中成长成才。
""",
    ),
    dict(
        slug="gkforum-jiaoshi-text-interview-wrapped",
        site="教师招聘交流站 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.jszp-jl.example.org/viewthread.php?tid=7781",
        title="特殊教育教师岗位面试经验分享",
        record_title=None,
        date=None,
        notes="exam-forum post wrapped at 52 columns with junk-free floors; title missing from the record; '5天前' is no date; a body line telling readers to download the syllabus",
        wrap=52,
        page="""
!m 教师招聘交流站 > 面试交流区
{T}
!m 作者：小树苗　　5天前　　阅读 863
{BODY}
!l 【相关】特岗教师面试真题汇总　　结构化面试答题模板
!a 点赞 12　｜　分享　｜　举报
""",
        body="""
今年我报考的是县特殊教育学校的培智教育岗位，笔试第三进面，最后总成绩第一。结合自己的经历，和大家分享一些面试准备的体会。
第一，要熟悉特教专业知识。面试题目有一半涉及个别化教育计划、康复训练方法，建议大家先下载报考学校所在省的考试大纲，按大纲系统复习。
第二，试讲要体现对学生的关爱。特教课堂节奏要慢，语言要简洁，多用实物和图片，要让考官看到你有耐心。
第三，答辩要真诚。考官问我为什么选择特教，我讲了自己在志愿服务中陪伴自闭症孩子的经历，效果很好。
""",
    ),
    dict(
        slug="blog-cehui-html-field-notes",
        site="一个测绘人的博客 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://cehuiren.example.blog/2025/06/rural-homestead-survey.html",
        title="关于农村宅基地确权测量工作的调研报告",
        record_title="关于农村宅基地确权测量工作的调研报告 | 一个测绘人的博客",
        date="2025-06-14",
        notes="personal blog HTML with tag cloud, archive sidebar, a 发表于 post time (the only date), a reward button and a comment form",
        page="""
<html><head><meta charset="utf-8"><title>关于农村宅基地确权测量工作的调研报告 | 一个测绘人的博客</title></head><body>
<header><div class="site">⟦m 一个测绘人的博客⟧</div><div class="desc">⟦m 脚步丈量山河，数据记录大地⟧</div></header>
<nav>⟦m 首页　归档　关于我　友情链接⟧</nav>
<article><h2>⟦t 关于农村宅基地确权测量工作的调研报告⟧</h2>
<div class="post-meta">⟦m 发表于 2025-06-14 · 分类：工作随笔 · 阅读 402⟧</div>
{BODY}
<div class="reward">⟦a 觉得有用？请作者喝杯咖啡 ☕ 赞赏⟧</div>
<div class="tags">⟦l 标签：宅基地 确权 测量 调研⟧</div>
<div class="pn">⟦l « 上一篇：无人机倾斜摄影外业小结⟧ ⟦l 下一篇：RTK在山区测量中的应用 »⟧</div></article>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年6月 (3)⟧</li><li>⟦l 2025年5月 (5)⟧</li></ul><h4>⟦l 标签云⟧</h4><p>⟦l 测绘 GIS 外业 不动产 无人机⟧</p></aside>
<div class="comment">⟦l 发表评论　昵称（必填）　邮箱（必填）　提交评论⟧</div>
<footer>⟦d © 2025 一个测绘人的博客 · 本站文章采用署名-非商业性使用协议⟧</footer>
</body></html>
""",
        body="""
今年3月至5月，我院承担了石埠镇12个村的宅基地确权测量任务。结合工作实践，我们对宅基地确权测量中存在的问题进行了调研。
一、基本情况。12个村共测量宅基地宗地4817宗，完成权属调查4602宗，其中存在权属争议的有83宗。
二、主要问题。一是历史遗留问题多，部分农户一户多宅、超占面积；二是界址点难以确认，相邻农户对界线认识不一致；三是外出务工人员多，指界签字难。
三、对策建议。建议由村委会牵头组建调解小组，对争议宗地逐户调处；推广使用视频指界，方便外出务工人员远程确认；对历史遗留问题分类制定处置办法。
""",
    ),
    dict(
        slug="blog-laoshi-text-duty-report",
        site="槐荫老师的博客 (invented)",
        style="博客",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://blog.huaiyinls.example.com/article/2025011720.html",
        title="2024年度特殊教育学校班主任述职报告",
        record_title="[原创] 2024年度特殊教育学校班主任述职报告",
        date="2025-01-17",
        notes="old-style blog text: the title glued after an [原创] tag, a bracketed post time, a 'follow my blog' line, a comment count",
        page="""
!m 槐荫老师的博客　｜　用爱点亮每一颗星星
!t [原创] 2024年度特殊教育学校班主任述职报告
!m （2025-01-17 21:40:05）　标签：述职　班主任　特教
{BODY}
!a 喜欢本文？欢迎关注我的博客，更新第一时间提醒
!l 评论(6)　阅读(319)　转载(2)
!l 前一篇：期末家长会发言稿　　后一篇：寒假致家长的一封信
""",
        body="""
各位领导、老师们：
2024年，我担任培智三年级班主任。一年来，我坚持用爱心、耐心和细心对待每一名学生，现将履职情况报告如下。
一、关注学生生活自理能力培养。我把穿衣、洗手、整理书包等内容纳入每日常规训练，全班8名学生中有6名能够独立完成基本生活自理。
二、做好家校沟通。每周与家长电话沟通一次，每学期家访两次，帮助家长掌握家庭康复训练方法。
三、不足与努力方向。在个别化教育计划的评估方面还不够细致，今后将加强学习，提高专业水平。
""",
    ),
    dict(
        slug="collection-shuiwen-text-river-notes",
        site="江流笔记·一位老水文人的文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.jiangliu-notes.example.cn/wenji/juan2/041.html",
        title="在水文站建站六十周年座谈会上的发言",
        record_title="《江流笔记》卷二·第41篇｜在水文站建站六十周年座谈会上的发言",
        date="2024-10-18",
        notes="personal collection: chapter navigation above and below, the collector's note, a date in Chinese numerals under the title (neutral), hard-wrapped at 70 columns",
        wrap=70,
        indent="　　",
        page="""
!m 江流笔记 › 卷二 · 岁月水痕
!l 〈 第40篇　　目录　　第42篇 〉
!t 《江流笔记》卷二·第41篇｜在水文站建站六十周年座谈会上的发言
（二〇二四年十月十八日）
{BODY}
!m 【编者附记】此稿据作者手稿录入，2025年春整理。
!l 〈 第40篇　　目录　　第42篇 〉
!d 本文集文字版权归作者家属所有，转载请联系
""",
        body="""
各位领导、各位同事：
今天是我们临溪水文站建站六十周年的日子。作为在这个站工作了三十七年的老水文人，能够回到站里和大家一起座谈，我心里非常激动。
我刚来站里的时候，测流靠的是木船和流速仪，遇到洪水，大家在船上一站就是一整夜。现在有了雷达测流和自动报汛系统，数据几分钟就能传到防汛指挥部，这些变化是几代水文人奋斗的结果。
希望年轻同志们珍惜今天的条件，把老一辈“甘于寂寞、严谨求实”的精神传承下去，把水文数据测得更准、报得更快。
""",
    ),
    dict(
        slug="collection-gongzheng-text-letter",
        site="半山斋文存 (invented)",
        style="个人文集",
        genre="函",
        kind="letter",
        form="text",
        source="https://banshanzhai.example.net/wencun/h/2025-03.html",
        title="关于商请协助核实公证当事人户籍信息的函",
        record_title=None,
        date="2025-03-11",
        notes="a retired notary's collection page with the title missing from the record, the letter's own 联系人/电话 and e-mail, 抄送 line; collection nav and visitor counter",
        page="""
!m 半山斋文存　>　公文旧稿　>　函
{T}
!m 收录者按：此为本人任公证处主任时所拟公函之一，隐去了当事人信息。
{BODY}
!m 本页访问量：1,024
!l 返回目录　｜　上一篇：公证处年度工作总结（2024）
""",
        body="""
县公安局户政管理大队：
我处在办理一起继承公证过程中，需要核实当事人张某某（身份证号码略）及其亲属的户籍登记信息。根据《公证程序规则》有关规定，特商请贵队协助核实，并出具相关户籍证明材料。
我处承办公证员：石云开，联系电话：0719-8820316，电子邮箱：gzc_shiyk@example.cn。
盼予支持为感。
江宁县公证处
2025年3月11日
抄送：县司法局
""",
    ),
    dict(
        slug="snapshot-gongzheng-html-cache-frame",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.kuaisou.example.com/c?m=9f1e0a7&url=gzc.linjiang.example.gov.cn",
        title="临江市公证处关于实行公证事项“最多跑一次”的公告",
        record_title="临江市公证处关于实行公证事项“最多跑一次”的公告 - 快搜快照",
        date="2025-02-14",
        notes="search-engine snapshot frame above the cached page (highlight notice, snapshot time not a date), the cached page's own chrome, a list of 'one-run' items",
        page="""
<html><head><meta charset="utf-8"><title>临江市公证处关于实行公证事项“最多跑一次”的公告 - 快搜快照</title></head><body>
<div class="cache-banner">⟦m 这是 快搜 对 gzc.linjiang.example.gov.cn 的缓存，是网页在 2025年7月3日 的快照。⟧<br>⟦m 当前页面可能已经更改，查看当前页面请点此处。以下搜索词已被高亮：公证 最多跑一次⟧</div>
<div class="orig">
<div>⟦m 临江市公证处　诚信 公正 便民⟧</div>
<div>⟦m 网站首页 | 公证指南 | 收费标准 | 在线预约⟧</div>
<h3>⟦t 临江市公证处关于实行公证事项“最多跑一次”的公告⟧</h3>
<div>⟦m 发布：2025-02-14　浏览：2661⟧</div>
{BODY}
<div>⟦m 地址：临江市滨江大道201号　电话：0745-2213148⟧</div>
</div>
</body></html>
""",
        body="""
为深化“放管服”改革，方便群众办事，我处自2025年3月1日起对以下公证事项实行“最多跑一次”：
1. 出生、亲属关系公证；
2. 学历、学位公证；
3. 无犯罪记录公证；
4. 驾驶证、营业执照等证照公证。
当事人可通过“临江公证”小程序在线提交材料，经审核符合条件的，只需到场签字一次，公证书可选择邮寄送达。
特此公告。
临江市公证处
2025年2月14日
""",
    ),
    dict(
        slug="snapshot-textonly-renfang-drill",
        site="必达搜索快照（纯文字版） (invented)",
        style="搜索快照",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://snapshot.bida.example.com/text?key=renfang-shusan-2025",
        title="宁湾区2025年人民防空疏散演练实施方案",
        record_title="宁湾区2025年人民防空疏散演练实施方案",
        date="2025-08-28",
        notes="text-only snapshot: the snapshot header and cache stamp (not dates), the page's breadcrumb, a drill schedule table and a 抄送 line",
        page="""
!m 必达快照（纯文字版）　快照时间：2025-09-30 03:12
!m 原网址：http://www.ningwan.example.gov.cn/rfb/tzgg/7712.html
!m 宁湾区人民政府 > 人防办 > 通知公告
!t 宁湾区2025年人民防空疏散演练实施方案
{BODY}
!m 〔本快照仅保留文字内容，图片和样式已略去〕
""",
        body="""
为检验人民防空疏散组织指挥能力，提高群众防空避险意识，定于2025年9月20日组织全区人民防空疏散演练，特制定本方案。
一、演练时间和地点
时间　科目　地点
9:30　警报发放　全区警报点
9:40　人员疏散　育才小学、城东社区
10:10　医疗救护　区人民医院
二、参演单位：区人防办、区应急管理局、区卫健局、区教育局、城东街道。
三、工作要求：各参演单位要制定具体实施计划，确保演练安全有序。
宁湾区人民防空办公室
2025年8月28日
抄送：区委办公室，区政府办公室。
""",
    ),
]
