"""holdout75, part D: an outdoor-advertising office, mountain porters in a news portal, a parkour
club's forum post, a frisbee coach's blog, scaffolding safety on a sharing site, a school's
skateboard rules, an alpaca farm asked about on a Q&A, a folk-song collector, an e-scooter
operator's Party branch, a hospital's pain clinic and a university paragliding club.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="billboard-office-mangling-notice-text",
        site="莽岭县户外广告设施管理办公室 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cgj.mangling.example.gov.cn/hwgg/2025/0820/301.html",
        title="关于限期拆除违规设置户外广告设施的通告",
        record_title="关于限期拆除违规设置户外广告设施的通告",
        date="2025-08-20",
        record_date="2025-08-20",
        notes="county portal as text: index table (索引号/发布机构/文号) with the 文号 neutral; font row glued at the top of the body; a QR-code share line; 邮箱 of the document kept",
        page="""
!m 莽岭县人民政府门户网站
!m 首页 - 政务公开 - 部门文件 - 县城管局
!m 索引号：MLX-0821-2025-00347　　发布机构：县户外广告设施管理办公室
!m 生成日期：2025-08-20　　主题分类：城乡建设
莽城管通〔2025〕9号
{T}
{BODY}
!l 扫一扫在手机打开当前页
!a [ 打印 ]　[ 关闭 ]　[ 收藏本页 ]
!m 莽岭县人民政府办公室主办　政府网站标识码：4312250011
""",
        body="""
⟦a 【字体：大 中 小】⟧为进一步改善城市容貌，消除安全隐患，根据《城市市容和环境卫生管理条例》等规定，现就拆除违规设置户外广告设施有关事项通告如下。
一、拆除范围：城区主次干道两侧未经审批设置的楼顶广告、墙体广告、立柱广告及破损严重存在坠落隐患的广告设施。
二、拆除期限：请广告设施所有人或使用人于2025年9月20日前自行拆除。
三、逾期未拆除的，由县城管执法部门依法组织拆除，所需费用由当事人承担。
四、对违规设置户外广告设施的行为，市民可通过电子邮箱hwgg_ml@example.com进行举报。
特此通告。
莽岭县户外广告设施管理办公室
2025年8月20日
""",
    ),
    dict(
        slug="porters-jinshan-news-byline-date",
        site="芩山在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qinshanol.example.com/news/shehui/2025/0916/88312.shtml",
        title="芩山挑山工服务队：一根扁担挑起景区保供路",
        record_title=None,
        date="2025-09-16",
        notes="news portal text: no record title, no signature date: the byline's 发布时间 is the date; title repeated glued to the first sentence; photo caption; hot list",
        page="""
!m 芩山在线 | 芩山人自己的新闻网
!m 首页 ＞ 社会 ＞ 正文
{T}
!m 发布时间：2025-09-16 07:30　来源：芩山在线　作者：汪海燕　阅读：3917
{BODY}
!m 【编辑：卢一鸣　审核：柏青】
!l 24小时热读
!l 1 芩山景区国庆假期门票预约已开放
!l 2 县城新增三处口袋公园
!a 分享到：朋友圈 / 微博 / 复制链接
""",
        body="""
⟦t 芩山挑山工服务队：一根扁担挑起景区保供路⟧清晨五点半，芩山景区南天门下，48岁的挑山工蔡国强已经挑着70多斤的矿泉水出发了。
从山脚到山顶客栈，要走4800多级台阶，他每天要往返两趟。
⟦m 图：挑山工在石阶上歇脚。汪海燕 摄⟧
今年3月，景区将分散的挑山工组织起来成立服务队，统一购买意外伤害保险，统一制定运费标准，队员收入比以往提高了两成。
服务队队长钱立新说，山上的客栈、观景台、环卫站都离不开挑山工，只要有需要，大家随叫随到。
""",
    ),
    dict(
        slug="parkour-club-forum-oneline",
        site="极限运动吧论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.jixianba.example.com/t/20417",
        title="芜川跑酷俱乐部周末训练安全须知",
        record_title="芜川跑酷俱乐部周末训练安全须知 - 极限运动吧",
        date=None,
        notes="forum post whose body is on one line (paragraphs separated by their indent); 楼主 line with a relative time; reply box; no date",
        oneline=True,
        indent="　　",
        page="""
!m 极限运动吧 › 跑酷 › 俱乐部公告
!t 芜川跑酷俱乐部周末训练安全须知
!m 楼主 ：飞檐走壁阿九　｜　昨天 21:47　｜　查看 612　回复 18
{BODY}
!l 沙发：收到！这周六带新人过去
!a 快速回复　　上传图片　　发表
!d 本版仅供交流，训练请在专业指导下进行，论坛不承担任何责任。
""",
        body="""
各位队员：
周末训练定在江滨公园跑酷训练场，请大家务必遵守以下要求。
一、训练前必须进行不少于15分钟的热身，新队员只能在低台区练习基础动作。
二、禁止在居民楼顶、桥梁护栏等非训练场地练习和拍摄，违者取消队员资格。
三、所有翻转类动作必须有教练或两名以上老队员保护。
四、训练时请穿运动鞋，不要佩戴项链、手表等饰品。
""",
    ),
    dict(
        slug="frisbee-coach-blog-summary-html",
        site="飞盘老顾的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://laogu-frisbee.example.blog/2025/11/30/season-summary/",
        title="县青少年飞盘联赛秋季赛季工作总结",
        record_title="县青少年飞盘联赛秋季赛季工作总结 – 飞盘老顾的博客",
        date="2025-11-30",
        notes="modern blog template: tag cloud, archive list, bracketed post time, a reading-time line, a comment form; results table kept",
        page="""
<html><head><meta charset="utf-8"><title>县青少年飞盘联赛秋季赛季工作总结 – 飞盘老顾的博客</title></head><body>
<header><p>⟦m 飞盘老顾的博客 — 在草地上奔跑的日子⟧</p><nav>⟦m 首页 · 训练笔记 · 赛事 · 关于⟧</nav></header>
<article><h1>⟦t 县青少年飞盘联赛秋季赛季工作总结⟧</h1>
<p class="meta">⟦m [2025-11-30 22:10] · 分类：赛事 · 约 3 分钟读完⟧</p>
{BODY}
<p class="tags">⟦l 标签：飞盘 青少年 联赛⟧</p></article>
<aside><h3>⟦l 归档⟧</h3><ul><li>⟦l 2025年11月 (4)⟧</li><li>⟦l 2025年10月 (6)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 飞盘 训练 体能 比赛规则 家长课堂⟧</p></aside>
<section class="comments"><h3>⟦l 发表评论⟧</h3><p>⟦l 昵称（必填）　邮箱（不公开）　提交评论⟧</p></section>
<footer>⟦d © 2025 飞盘老顾 · 由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
秋季赛季从9月13日开赛，到11月23日结束，共有8所学校的12支队伍参加，比赛68场。
作为联赛技术代表，我把这个赛季的情况简单做个小结。
一是比赛组织顺畅。所有场次均按计划完成，雨天调整的4场在一周内全部补赛。
二是“自裁”精神得到体现。赛季共发生争议判罚31次，全部由双方队员协商解决，没有一次需要观察员介入。
三是成绩情况
名次　队伍　胜负
冠军　芜川实验中学　9胜1负
亚军　城南中学　8胜2负
季军　二中飞翼队　7胜3负
下个赛季，我们计划增设初中女子组，并为各校教练组织一次规则培训。
""",
    ),
    dict(
        slug="scaffold-safety-briefing-docshare-html-pages",
        site="工程文档共享网 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.gcwdgx.example.com/view/77031204.html",
        title="落地式钢管脚手架搭设安全技术交底",
        record_title="落地式钢管脚手架搭设安全技术交底.pdf",
        date=None,
        notes="sharing-site HTML reader with page markers ꧁2꧂ as paragraphs cutting sentences; file-name title; blank signature lines with 年 月 日 kept; download prompt",
        pages=dict(fmt="꧁{n}꧂", every=120, start=2),
        page="""
<html><head><meta charset="utf-8"><title>落地式钢管脚手架搭设安全技术交底.pdf - 工程文档共享网</title></head><body>
<div class="top">⟦m 工程文档共享网⟧ ⟦a 上传文档　我的文库　登录⟧</div>
<h1>⟦t 落地式钢管脚手架搭设安全技术交底.pdf⟧</h1>
<div class="doc-info">⟦m 格式：PDF　页数：3　大小：210KB　下载券：2⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 阅读已结束，下载本文需要使用2下载券⟧</div>
<div class="rec">⟦l 相关文档：悬挑脚手架专项施工方案　外架拆除安全交底⟧</div>
<div class="ft">⟦d 文档内容均由用户上传，仅供参考，如需使用请遵守相关规范。⟧</div>
</body></html>
""",
        body="""
1.脚手架搭设人员必须持有建筑架子工特种作业操作证，并经体检合格后方可上岗作业。
2.立杆基础必须平整夯实，设置底座和垫板，并在立杆底部设置纵横向扫地杆。
3.剪刀撑应随立杆、纵向和横向水平杆同步搭设，每道剪刀撑跨越立杆的根数不应超过7根。
4.作业层脚手板应铺满、铺稳，离墙面距离不应大于150毫米，外侧设置挡脚板和防护栏杆。
5.遇六级及以上大风、雨雪天气时应停止脚手架搭设作业，雨雪后上架作业应有防滑措施。
交底人：＿＿＿＿　接受交底人：＿＿＿＿
交底日期：　　年　　月　　日
""",
    ),
    dict(
        slug="skateboard-school-edu-bureau-notice-text",
        site="菱溪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.lingxi.example.gov.cn/jyxw/tzgg/2025-10-14/677.html",
        title="关于加强校园滑板运动安全管理的通知",
        record_title="关于加强校园滑板运动安全管理的通知_菱溪县教育局",
        date="2025-10-13",
        notes="education bureau as text: a Chinese-numeral 成文日期; 文号 neutral; 抄送 line kept; a 分享 line glued after a sentence",
        page="""
!m 菱溪县教育局
!m 首页 / 教育新闻 / 通知公告
{T}
菱教体〔2025〕21号
!m 发布：体卫艺股　时间：2025-10-14　浏览次数：1320
{BODY}
!l 附件下载：校园滑板运动安全承诺书.doc
!m 菱溪县教育局版权所有　地址：菱溪县教育路3号
""",
        body="""
各中小学校：
近期，滑板运动在我县中小学生中日益流行，部分学生在校园内楼梯、坡道等区域滑行，存在较大安全隐患。为此，现就有关事项通知如下：
一、各校要划定专门的滑板活动区域，严禁学生在教学区、楼道、停车场等区域滑行。⟦l 分享至：微信 QQ 微博⟧
二、开展滑板活动的学校须配备头盔、护膝、护肘等护具，并安排体育教师现场指导。
三、各校要通过家长会、致家长的一封信等方式，提醒家长加强对学生校外滑板活动的安全监护。
四、各校于10月31日前将落实情况报县教育局体卫艺股。
菱溪县教育局
二〇二五年十月十三日
抄送：县体育中心
""",
    ),
    dict(
        slug="alpaca-farm-licence-qa-html",
        site="创业问问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.cywenwen.example.com/question/551902.html",
        title="开一个羊驼观光牧场需要办哪些证件？",
        record_title="开一个羊驼观光牧场需要办哪些证件？ - 创业问问",
        date="2025-06-03",
        notes="Q&A HTML: the question as title, the answer's 回答于 date (the page's date), numbered list; an adviser's card, an ad for a licence agency (contact)",
        page="""
<html><head><meta charset="utf-8"><title>开一个羊驼观光牧场需要办哪些证件？ - 创业问问</title></head><body>
<div class="hd">⟦m 创业问问 — 小生意大智慧⟧ ⟦a 提问　登录⟧</div>
<h1>⟦t 开一个羊驼观光牧场需要办哪些证件？⟧</h1>
<div class="q">⟦m 提问者：田园梦想家　3个回答　1.9万次浏览⟧</div>
<div class="answer">
<div class="who">⟦m 农业创业顾问 祁文涛　回答于 2025-06-03⟧</div>
{BODY}
<div class="vote">⟦a 赞同 318　反对　收藏　评论 22⟧</div>
</div>
<div class="ad">⟦w 代办农业证照，全程无忧，咨询微信：nyzz_daiban⟧</div>
<div class="more">⟦l 相关问题：羊驼一只多少钱？ 观光农场如何取得营业执照？⟧</div>
</body></html>
""",
        body="""
羊驼属于引进的家畜，开办观光牧场一般需要办理以下证件：
1.营业执照，经营范围要写明动物饲养和观光服务。
2.动物防疫条件合格证，向县农业农村部门申请，场址选址要符合防疫要求。
3.如果从外省引进羊驼，需要取得动物检疫合格证明，到场后隔离观察。
4.如果提供餐饮服务，还需要办理食品经营许可证。
另外，建议先到当地自然资源部门确认用地性质，避免占用基本农田。
""",
    ),
    dict(
        slug="folk-song-collector-report-html",
        site="山歌采风录——谷老师文集 (invented)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="http://www.shangecaifeng.example.cn/wenji/juan3/045.html",
        title="蕲岭山区民歌传承现状调研报告",
        record_title="《山歌采风录》卷三·第45篇｜蕲岭山区民歌传承现状调研报告",
        date="2024-08-25",
        notes="personal collection HTML: volume nav, a collector's note, a table of singers' ages kept; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>《山歌采风录》卷三·第45篇｜蕲岭山区民歌传承现状调研报告</title></head><body>
<div class="head">⟦m 山歌采风录——谷老师文集⟧</div>
<div class="vol">⟦l 卷一 田歌　卷二 情歌　卷三 调研　卷四 杂记⟧</div>
<h2>⟦t 《山歌采风录》卷三·第45篇｜蕲岭山区民歌传承现状调研报告⟧</h2>
<div class="body">
{BODY}
</div>
<p class="note">⟦m 编者附记：本文曾在县文化馆内部刊物发表，收入文集时略有删节。⟧</p>
<p class="nav">⟦l 上一篇：薅草锣鼓的唱词⟧　⟦l 下一篇：记一位九十岁的歌师⟧</p>
<p class="ft">⟦d 文集内容为作者原创，转载请联系作者。⟧ ⟦m 访问量：18622⟧</p>
</body></html>
""",
        body="""
今年7月至8月，我和县文化馆的两位同志走访了蕲岭山区5个乡镇、17个村，对民歌传承现状进行了调研。
一、歌师队伍老化。调查登记在册的歌师共23人，年龄结构如下：
年龄段　人数　占比
80岁以上　7　30.4%
70至79岁　11　47.8%
70岁以下　5　21.7%
二、传唱场合减少。过去插秧、薅草、婚嫁都要唱歌，如今这些场合大多已经不唱了。
三、几点建议。一是抓紧抢救性录音录像；二是在中小学开设民歌兴趣课；三是每年举办一次山歌会，给歌师搭台子。
二〇二四年八月二十五日于蕲岭
""",
    ),
    dict(
        slug="e-scooter-party-branch-plan-text",
        site="鹭程出行党建园地 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://dj.luchengcx.example.com/zbhd/2025/0415.html",
        title="鹭程出行党支部“红色骑手进社区”主题党日活动方案",
        record_title="【主题党日】鹭程出行党支部“红色骑手进社区”主题党日活动方案",
        date="2025-04-15",
        notes="party-building page of an e-scooter operator: column header, a study-score prompt, schedule list, the document's own 联系人 beside the company's service line",
        page="""
!m 鹭程出行 · 党建园地
!m 首页 ＞ 支部活动 ＞ 主题党日
!t 【主题党日】鹭程出行党支部“红色骑手进社区”主题党日活动方案
!m 发布部门：党支部　2025年4月15日　阅读 233
{BODY}
!a 学习完本文可获得 1 积分　【我已学习】
!m 客服热线：400-667-1188（车辆故障、计费问题）
!l 支部活动往期回顾：“规范停放我先行”志愿活动
""",
        body="""
为发挥党员先锋模范作用，推动共享电单车规范停放，支部决定开展“红色骑手进社区”主题党日活动。
一、活动时间：2025年4月26日（星期六）上午9:00—11:30。
二、活动地点：茨湾街道三个老旧小区及周边道路。
三、活动内容：
1.整理乱停车辆，设置临时停放引导牌；
2.向居民宣传文明骑行和规范停放知识；
3.收集居民对停放点设置的意见建议。
四、参加人员：支部全体党员、入党积极分子。
联系人：支部组织委员 汤晓晨，电话：13873091206。
鹭程出行党支部
2025年4月15日
""",
    ),
    dict(
        slug="pain-clinic-caichuan-hospital-html",
        site="茈川县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ccxzyy.example.com/news/ksdt/2025/1108/2211.html",
        title="疼痛科开设周末门诊的公告",
        record_title="疼痛科开设周末门诊的公告 — 茈川县中医医院",
        date="2025-11-08",
        notes="hospital template: 预约 bar, 24-hour line (site) beside the department's 咨询电话 (document), duty table, footer; 关注 and 预约 in the document kept",
        page="""
<html><head><meta charset="utf-8"><title>疼痛科开设周末门诊的公告 — 茈川县中医医院</title></head><body>
<div class="top">⟦m 茈川县中医医院　二级甲等中医医院⟧ ⟦m 急救电话：0737-5110120（24小时）⟧</div>
<div class="quick">⟦a 预约挂号　检查报告　住院服务　医保服务⟧</div>
<div class="crumb">⟦m 当前位置：首页 &gt; 新闻动态 &gt; 科室动态⟧</div>
<h1>⟦t 疼痛科开设周末门诊的公告⟧</h1>
<div class="src">⟦m 来源：疼痛科　作者：聂丹　发布时间：2025-11-08 16:02　点击：544⟧</div>
<div class="content">
{BODY}
</div>
<div class="pn">⟦l 上一篇：我院开展“世界镇痛日”义诊⟧ ⟦l 下一篇：冬季进补，这些误区要避开⟧</div>
<div class="ft">⟦m 地址：茈川县健康路12号⟧ ⟦d 版权所有 茈川县中医医院 未经许可不得转载⟧</div>
</body></html>
""",
        body="""
为方便上班族和学生就诊，自2025年11月15日起，我院疼痛科开设周末门诊。
周末门诊安排如下：
日期　时间　坐诊医师
星期六　8:00—12:00　副主任医师 孔祥云
星期日　8:00—12:00　主治医师 习海峰
周末门诊主要诊治颈肩腰腿痛、带状疱疹后神经痛、膝骨关节炎等疾病，提供针刀、银质针、推拿等中医特色治疗。
患者可关注医院服务号提前预约，也可现场挂号。
咨询电话：0737-5118265（疼痛科）
茈川县中医医院
2025年11月8日
""",
    ),
    dict(
        slug="paragliding-club-university-rules-text",
        site="萝城大学体育学院 (invented)",
        style="高校官网",
        genre="制度",
        kind="other",
        form="text",
        source="https://tyxy.luocheng-univ.example.edu.cn/info/1071/5512.htm",
        title="萝城大学滑翔伞协会飞行安全管理办法",
        record_title="萝城大学滑翔伞协会飞行安全管理办法-体育学院",
        date="2025-03-05",
        notes="university site as text: decimal headings 2.1–2.3; 下载 of the flight log template in the document; a 办公电话 footer",
        page="""
!m 萝城大学体育学院
!m 学院首页　学院概况　教学科研　学生工作　社团活动
!m 当前位置: 首页 >> 社团活动 >> 正文
{T}
!m 作者：团委　　发布时间：2025年03月05日 10:18　　点击：[ 316 ]
{BODY}
!a 【打印文章】　【关闭】
!m 学院办公室电话：0739-8861001　邮箱：tyxy@luocheng-univ.example.edu.cn
""",
        body="""
1 总则
为保障会员飞行安全，依据学校学生社团管理规定和航空体育有关规范，制定本办法。
2 飞行管理
2.1 会员须取得滑翔伞初级以上飞行证书，方可在教练指导下进行独立飞行。
2.2 每次飞行前须完成装备检查并填写飞行日志，日志模板可在协会群文件下载。
2.3 风速超过每秒6米、能见度低于5公里或有雷雨天气时，一律停止飞行。
3 责任追究
违反本办法的会员，视情节给予警告、暂停飞行直至取消会员资格的处理。
萝城大学滑翔伞协会
2025年3月5日
""",
    ),
]
