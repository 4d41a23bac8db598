"""holdout366, part E: hospitals, colleges, residents' sites, law firms and Q&A sites.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="hospital-liuzhou-rehab-article-stand-height",
        site="镠州市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.lzey.example.com/jkkp/kfyxk/2025/0407/1183.html",
        title="颈椎不适的上班族，不妨给笔记本电脑“垫个高”",
        record_title="颈椎不适的上班族，不妨给笔记本电脑“垫个高”【康复医学科·护颈科普】-镠州市第二人民医院",
        record_date="2025-04-07",
        date="2025-04-07",
        notes="a hospital: booking and 24-hour emergency lines and a booking float beside the department's own 咨询电话; an experts list; "
        "the record carries the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>颈椎不适的上班族，不妨给笔记本电脑“垫个高”【康复医学科·护颈科普】-镠州市第二人民医院</title>
<script src="/js/yy-float.js"></script>
</head>
<body>
<div class="yy-top">
<span>⟦m 镠州市第二人民医院⟧</span><span>⟦m 三级综合医院　市红十字医院⟧</span>
<span>⟦m 预约挂号：0739-2260000⟧</span><span>⟦m 24小时急诊：0739-2260120⟧</span>
</div>
<div class="yy-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧</div>
<div class="yy-pos">⟦m 您的位置：首页 › 健康科普 › 康复医学科⟧</div>
<div class="yy-art">
<h1>{T}</h1>
<div class="yy-info">⟦m 发布时间：2025-04-07　来源：康复医学科　作者：黎照⟧</div>
{BODY}
</div>
<div class="yy-side">
<h4>⟦l 康复医学科专家⟧</h4>
<p>⟦l 冯若水　主任医师　周二、周四上午⟧</p>
<p>⟦l 白静宜　副主任医师　周一全天⟧</p>
</div>
<div class="yy-float">⟦a 在线预约 · 扫码挂号⟧</div>
<div class="yy-foot">⟦m 地址：镠州市铄湖区人民中路201号⟧ ⟦d 科普内容不替代面诊，身体不适请及时就医⟧</div>
</body>
</html>
""",
        body="""
长时间低头看笔记本电脑，是不少上班族颈肩酸痛的重要原因。康复医学科门诊中，因颈部疼痛前来就诊的年轻患者越来越多，其中大部分每天使用电脑超过六小时。
笔记本电脑的屏幕和键盘连在一起，屏幕放低了要低头，键盘抬高了要耸肩，很难两全。比较好的办法是使用笔记本支架把屏幕抬高，再外接键盘和鼠标。
调节时可以参考三点：屏幕上沿与眼睛平齐或略低；屏幕距离眼睛约一臂远；手肘自然弯曲约九十度，肩膀放松。
需要提醒的是，支架只能改善姿势，不能代替活动。建议每工作四十分钟起身活动，做几组缓慢的低头、仰头和侧屈动作。如果出现手臂麻木、头晕等症状，应及时就医。
康复医学科咨询电话：0739-2260417（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-liechuan-tcm-notice-kiosk-films",
        site="冽川县中医院 (invented, text view)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lcxzyy.example.com/yygg/ynbtz/2025/1013/77.html",
        title="关于门诊自助服务终端统一加贴钢化膜的通知",
        record_title="关于门诊自助服务终端统一加贴钢化膜的通知 · 院务通知栏 · 冽川县中医院",
        date="2025-10-13",
        notes="a hospital's internal notice: the information section's 内线 in the body beside the switchboard and complaint lines",
        page="""
!m 冽川县中医院　LIECHUAN COUNTY HOSPITAL OF TCM
!m 网站首页 > 医院公告 > 院内通知
!t 关于门诊自助服务终端统一加贴钢化膜的通知 · 院务通知栏
!m 发布：院办　　点击：287
{BODY}
!m 医院总机：0748-6150000　投诉电话：0748-6150315
!a 【关掉这个页面】
!d 本站健康信息仅供参考，不能代替医生面诊。
""",
        body="""
各科室、各部门：
门诊一楼至三楼共有自助挂号缴费终端32台，部分终端触摸屏表面已出现划痕，影响患者操作。经院办研究，决定对全部终端统一加贴防指纹钢化膜。现将有关事项通知如下：
一、施工时间：10月18日（星期六）18:00至22:00，分楼层进行。
二、施工期间，各楼层人工收费窗口延长服务至22:00，请门诊部安排导医引导患者到人工窗口办理。
三、加贴后如发现触控失灵、屏幕起泡等问题，请及时联系信息科，内线电话8236。
冽川县中医院办公室
2025年10月13日
""",
    ),
    dict(
        slug="college-haiyang-news-current-bottles-h1-only",
        site="镠州海洋职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lzhyxy.example.edu.cn/xwzx/xyxw/2025/1028/6607.html",
        title="海洋科学学院师生开展漂流瓶洋流观测实验",
        record_title=None,
        record_date="2025-10-28",
        date="2025-10-28",
        notes="no record title: the news page's <h1> (its <title> is only the site name); a dotted date line; the record carries the date; "
        "a sentence about sharing the bottles' positions",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>镠州海洋职业学院</title>
<script src="/_js/visit.js"></script>
</head>
<body>
<div class="xy-head"><span>⟦m 镠州海洋职业学院⟧</span><span>⟦m 向海而兴　知行致远⟧</span>
<a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a></div>
<div class="xy-nav">⟦m 学校概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 新闻中心⟧ ⟦m 校园文化⟧</div>
<div class="xy-pos">⟦m 新闻中心 » 学院新闻⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 2025.10.28　来源：海洋科学学院　摄影：宁远　审核：班若⟧ ⟦m 浏览次数：1562⟧</div>
{BODY}
</div>
<div class="xy-more">⟦l 上一条：我校学子在全省职业院校技能大赛中获佳绩⟧ ⟦l 下一条：学校召开秋季学期安全工作会议⟧</div>
<div class="xy-foot">⟦m 镠州海洋职业学院党委宣传部　湘ICP备05008261号⟧</div>
</body>
</html>
""",
        body="""
10月25日，海洋科学学院“洋流探秘”科研实践团队在冽川县沙咀海域投放了60只自制观测漂流瓶，开展为期一年的表层洋流观测实验。
这批漂流瓶由团队成员用可降解材料制作，瓶内装有定位模块和一张防水说明卡，说明卡上印有学院的联系方式，请拾获者反馈拾获地点。
指导教师介绍，与传统漂流瓶不同，观测瓶到达设定时限后外壳会逐渐降解，定位模块也将回收，尽量减少对海洋环境的影响。实验数据将用于分析近岸表层流的季节变化。
团队还在学院公众号开设“漂流瓶在哪儿”专栏，定期分享瓶子的最新位置。
""",
    ),
    dict(
        slug="college-ligong-library-notice-stands-scan",
        site="镠州理工学院图书馆 (invented, text view)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://lib.lzlg.example.edu.cn/info/1021/3390.htm",
        title="图书馆关于研讨间配置笔记本支架及使用要求的通知",
        record_title="图书馆关于研讨间配置笔记本支架及使用要求的通知 · 镠州理工学院图书馆 · 服务公告",
        date="2025-09-01",
        notes="a college library's notice: a numbered list, scanning a code to borrow, the service desk's phone beside the network "
        "centre's line",
        page="""
!m 镠州理工学院图书馆
!m 首页 - 服务公告 - 通知
!t 图书馆关于研讨间配置笔记本支架及使用要求的通知 · 镠州理工学院图书馆
!m 作者：读者服务部　｜　2025-09-01　｜　阅读：534
{BODY}
!l 上一条：关于国庆假期开馆时间的通知
!a 分享到校园云盘
!m 校园网技术支持：网络中心 0739-2195000
!m 镠州理工学院图书馆 版权所有
""",
        body="""
全校师生：
为改善研讨间学习环境，图书馆为三楼、五楼的18间研讨间各配置了4个可折叠笔记本支架。现将使用要求通知如下：
1. 支架仅限在研讨间内使用，不得带出。
2. 使用前请扫描支架上的二维码进行借用登记，归还时再次扫码确认。
3. 支架最大承重为6千克，请勿放置显示器等重物。
4. 如发现支架损坏或缺失，请及时联系三楼服务台，电话：0739-2195120。
镠州理工学院图书馆
2025年9月1日
""",
    ),
    dict(
        slug="community-yanjiaxiang-notice-wish-bottle-grid",
        site="闫家巷社区居委会 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yanjiaxiang.example.gov.cn/sqdt/2025/0510/89.html",
        title="闫家巷社区关于开展“邻里心愿漂流瓶”活动的通知",
        record_title="【巷里巷外·邻里行动】闫家巷社区关于开展“邻里心愿漂流瓶”活动的通知 - 闫家巷社区居委会",
        date="2025-05-10",
        notes="a residents' site: weather line, a grid worker's box and a property repair line beside the community's own 咨询电话; "
        "scanning a code as content; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【巷里巷外·邻里行动】闫家巷社区关于开展“邻里心愿漂流瓶”活动的通知 - 闫家巷社区居委会</title>
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top"><span>⟦m 闫家巷社区⟧</span><span>⟦m 今日 铄湖区 小雨 19℃⟧</span></div>
<div class="sq-nav">⟦m 社区首页⟧ ⟦m 社区动态⟧ ⟦m 便民服务⟧ ⟦m 党建园地⟧ ⟦m 居务公开⟧</div>
<div class="sq-pos">⟦m 您在：社区首页 › 社区动态⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-info">⟦m 发布人：社区服务站　阅读 146⟧</div>
{BODY}
</div>
<div class="sq-side">
<div class="grid">⟦m 网格员：第三网格 柯依依 139 0739 6612⟧</div>
<div class="wy">⟦m 物业报修：锦巷物业 0739-2170888⟧</div>
<h4>⟦l 社区活动⟧</h4><p>⟦l 端午包粽子邻里宴报名开始⟧</p>
</div>
<div class="sq-foot">⟦m 闫家巷社区居民委员会　地址：铄湖区闫家巷17号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为增进邻里交流，帮助独居老人、困难家庭解决生活中的小难题，社区将于5月中旬开展“邻里心愿漂流瓶”活动。现将有关事项通知如下：
一、心愿征集。5月12日至5月18日，居民可将心愿写在卡片上，放入社区服务站门口的“心愿漂流瓶”；行动不便的老人可请楼栋长代为投放，也可扫描楼道公告栏上的二维码在线填写。⟦a 点我在线投放心愿⟧
二、心愿认领。5月20日起，社区将心愿卡片张贴在服务站“心愿墙”上，居民和共建单位可自愿认领，帮助完成心愿。
三、温馨提示。心愿应为生活中的实际小困难，不涉及现金资助。
咨询电话：社区服务站 0739-2170365
闫家巷社区居民委员会
2025年5月10日
""",
    ),
    dict(
        slug="community-jutou-tip-door-to-door-film",
        site="咀头社区网上居委会 (invented, text view)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="text",
        source="http://www.jutousq.example.gov.cn/pasq/aqts/2025/0620/41.html",
        title="关于防范上门推销“高价钢化膜”的温馨提示",
        date="2025-06-20",
        notes="the record title as is, repeated on the page and glued before the addressee line; the community's duty phone in the body "
        "beside a police-station line; a list of tips",
        page="""
!m 咀头社区 · 网上居委会
!m 您在这里：首页 › 平安社区 › 安全提示
!m 发布人：社区网格站　发布日期：2025年6月20日
{T}{BODY}
!m 辖区派出所：石咀派出所 0745-5203110
!l 近期提示：汛期安全提醒　｜　谨防冒充燃气公司上门收费
!d 本网站由咀头社区居委会维护，信息如有更新以社区公告栏为准。
""",
        body="""
各位居民：
近期，有居民反映，个别陌生人以“社区免费为老年人手机贴膜”为名上门，贴膜后以“特种防辐射膜”等理由收取一两百元费用。社区特别提醒：
一、社区从未组织任何上门贴膜活动，也未委托任何个人或商家开展此类服务。
二、遇到陌生人上门推销，不开门、不轻信、不付款，可先隔着门询问对方身份。
三、家中有老人的，请子女多提醒，手机贴膜请到正规门店。
如发现可疑人员，请及时拨打社区值班电话0745-5203176或报警。
咀头社区居民委员会
2025年6月20日
""",
    ),
    dict(
        slug="lawfirm-diheng-answer-film-overcharge",
        site="镝衡律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.dihenglaw.example.com/wenda/xiaofei/2025/583.html",
        title="街头贴膜被收“天价”，能否要求退还多收的钱？",
        record_title="【镝衡·消费维权问答】街头贴膜被收“天价”，能否要求退还多收的钱？—镝衡律师事务所",
        date=None,
        notes="a law firm: lawyer card, consult float, a 400 line, a not-legal-advice line and a repost notice; a question-and-answer body; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【镝衡·消费维权问答】街头贴膜被收“天价”，能否要求退还多收的钱？—镝衡律师事务所</title>
<script src="/assets/law-consult.js"></script>
</head>
<body>
<header><span>⟦m 镝衡律师事务所⟧</span><span>⟦m 专注民商事争议解决⟧</span>
<span>⟦w 全国咨询热线 400-022-8616⟧</span></header>
<nav>⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 法律问答⟧</nav>
<div class="crumbs">⟦m 首页 / 法律问答 / 消费维权⟧</div>
<main>
<h1>{T}</h1>
{BODY}
<p class="disc">⟦d 以上为一般性法律知识解答，不构成对具体案件的法律意见⟧</p>
</main>
<aside>
<div class="lawyer-card">⟦m 解答律师：鲍明川　执业证号：14210201510837261⟧ <a>⟦a 向他提问⟧</a></div>
<h4>⟦l 同类问答⟧</h4><p>⟦l 景区商户强买强卖，游客如何维权？⟧</p>
</aside>
<div class="consult-float">⟦w 免费咨询律师，3分钟内回复⟧</div>
<footer>⟦d 转载本站文章请注明出自镝衡律师事务所官网⟧ ⟦m 鄂ICP备20011687号⟧</footer>
</body>
</html>
""",
        body="""
问：我在车站附近贴了一张手机膜，摊主事先说十元，贴完却要三百六十元，我当时害怕就付了钱。事后还能把多付的钱要回来吗？
答：可以主张。根据《中华人民共和国价格法》和《明码标价和禁止价格欺诈规定》，经营者应当明码标价，不得在标价之外加价出售商品，不得收取任何未予标明的费用。摊主事先报价十元，事后以其他名目加价，属于价格欺诈。
同时，如果摊主以围堵、威胁等方式迫使您付款，还可能涉嫌强迫交易，您可以向公安机关报案。
建议您：一是保存好付款记录、聊天记录和现场照片；二是及时拨打12315向市场监管部门投诉；三是协商不成的，可以向人民法院起诉，要求退还多收款项。经营者有欺诈行为的，消费者还可以依照消费者权益保护法要求增加赔偿。
""",
    ),
    dict(
        slug="lawfirm-zhengyu-article-bottle-cash-finder",
        site="正屿律师事务所 (invented, text view)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.zhengyulaw.example.com/baiwen/minshi/102.html",
        title="海滩捡到的漂流瓶里装着现金，归谁？",
        record_title="海滩捡到的漂流瓶里装着现金，归谁？｜正屿律师 · 生活法律100问",
        date=None,
        notes="a law firm's article as text: a consult line with a phone and a disclaimer under it; no date",
        page="""
!m 正屿律师事务所　ZHENGYU LAW FIRM
!m 首页 / 法律百问 / 民事
!t 海滩捡到的漂流瓶里装着现金，归谁？｜正屿律师 · 生活法律100问
!m 文/正屿律师事务所 乔知远律师　｜　阅读 2,410
{BODY}
!w 遇到类似问题？拨打 0745-5288919 预约律师面谈
!d 本文观点仅供参考，不作为正式法律意见，具体问题请咨询执业律师。
!m 正屿律师事务所　地址：轲山县府前街19号正屿大厦6楼
""",
        body="""
去年夏天，一位游客在沙滩上捡到一只漂流瓶，瓶里除了一封信，还有两百元现金和一张写着“请替我请陌生人喝杯咖啡”的纸条。这笔钱归谁，引发了网友讨论。
从法律上看，漂流瓶通常是投放人有意抛出的物品。如果投放人明确表示把瓶中财物赠与拾到的人，拾得人按照投放人的意愿使用，一般不存在法律问题。
但如果瓶内财物并非投放人有意放弃，比如信中写明“请寄还给我”，或者能够判断是他人遗失的物品，就应当按照民法典关于拾得遗失物的规定处理，返还权利人或者送交公安等有关部门，不能据为己有。
此外，向海洋、河流投放漂流瓶，可能违反海洋环境保护方面的规定，并不值得提倡。
""",
    ),
    dict(
        slug="qa-wenjin-answer-film-bubble-question-title",
        site="问津问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjin.example.com/q/40281775",
        title="钢化膜贴好后中间有个气泡，还能挤出去吗？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; adopted-answer badge, answerer line, relative answer time, vote bar, "
        "other answers; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>钢化膜贴好后中间有个气泡，还能挤出去吗？_问津问答</title>
<script src="/static/qa.js"></script>
</head>
<body>
<div class="qa-top"><span>⟦m 问津问答⟧</span><a>⟦a 我要提问⟧</a><a>⟦a 登录⟧</a></div>
<div class="qa-pos">⟦m 问津问答 › 数码 › 手机配件⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名网友　浏览 3,207 次⟧</p>
</div>
<div class="best">
<span class="badge">⟦m ✔ 提问者采纳⟧</span>
<p class="who">⟦m 回答者：修机老杨　数码维修从业9年⟧</p>
{BODY}
<p class="when">⟦m 回答于 5 天前⟧</p>
<div class="vote">⟦a 赞同 86　｜　反对　｜　评论 12⟧</div>
</div>
<div class="others"><h4>⟦l 其他 4 条回答⟧</h4>
<p>⟦l 用吹风机吹一下就好了，亲测有效⟧</p>
<p>⟦l 气泡不大的话过两天自己会消⟧</p></div>
<div class="qa-foot">⟦m 问津问答 wenjin.example.com　京ICP备21040766号⟧</div>
</body>
</html>
""",
        body="""
能不能挤出去，要看气泡是怎么来的。
如果是贴的时候没排干净的空气，气泡边缘圆润、里面是透明的，用软布或卡片从气泡中心往最近的边缘慢慢推，一般都能推出去。
如果气泡中间能看到一个小白点，那是灰尘被压在了膜下面。这种情况硬推推不掉，需要用胶带把膜的一角粘起，揭到灰尘的位置，再用除尘贴把灰粘掉，重新放下压实。
如果是贴了几天后才出现的、形状不规则的白边或气泡，多半是膜和屏幕弧度不匹配，建议直接换一张合适的膜。
""",
    ),
    dict(
        slug="qa-zhiliao-answer-aluminium-vs-abs",
        site="知了问答 (invented, text view)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhiliaowenda.example.com/question/9921046",
        title="笔记本支架选铝合金的还是ABS塑料的？",
        record_title="笔记本支架选铝合金的还是ABS塑料的？ - 知了问答 · 数码办公",
        date=None,
        notes="a Q&A as text: best-answer line, relative answer and edit times (no date), useful/not-useful row, related question, "
        "login prompt for the other answers",
        page="""
!m 知了问答 — 有问题，就会有回答
!t 笔记本支架选铝合金的还是ABS塑料的？ - 知了问答 · 数码办公
!m 提问者：匿名用户　｜　3 个回答　｜　被浏览 4,731 次
!m 最佳回答　来自：桌面改造家阿晨（等级 LV6）
{BODY}
!m 回答于 昨天 22:17 · 编辑于 今天 08:03
!a 有用 129　没用 3　｜　追问
!l 相关问题：显示器支架和笔记本支架能一起用吗？
!a 登录知了问答，看其余 2 个回答
""",
        body="""
两种我都用过，说说实际感受。
铝合金支架的优点是结实、散热好，夏天电脑底部不容易烫，放十几斤的游戏本也不晃。缺点是价格贵一些，而且金属边角容易磕到桌面。
ABS塑料支架的优点是轻、便宜，很多折叠款只有两三百克，出门放包里没什么负担。缺点是承重一般，调到最高档时按键会有点弹。
我的建议是：在家或办公室固定用，选铝合金；经常带着跑，选塑料折叠款。不管哪种，都要看清楚适配的尺寸和承重，别只看价格。
""",
    ),
]
