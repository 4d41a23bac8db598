"""holdout104, part F: the same kinds of organisation on the remaining kinds of site (a wiki
entry, a sharing reader, a writing app, a collection chapter, a residents' page, a
university research note, a hobby forum, an education bureau, a training school, a
webmail reader). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="baike-yaodong-entry-text",
        site="百知词典 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.baizhi.example.com/entry/jiekouyao",
        title="接口窑",
        record_title=None,
        date=None,
        notes="wiki entry without a record title: the entry name found on the page; an example year and an example date inside sentences (no date); edit/cite row; 同义词 line",
        page="""
!m 百知词典 > 建筑 > 传统民居
{T}
!a 编辑　|　引用　|　收藏本词条
!m 同义词：接口窑洞
{BODY}
!l 词条标签：民居　黄土高原　窑洞
!m 本词条最后由“塬上行者”于 2天前 修订
!d 百知词典内容由网友共同编辑，仅供参考
""",
        body="""
接口窑是在土窑洞的窑口部分用砖石接砌一段拱券而成的窑洞，是黄土高原常见的传统民居形式之一。
接口的作用是保护窑脸不受雨水冲刷，同时使窑洞更加整齐美观，接口长度一般为一至三米。
接口窑兼有土窑冬暖夏凉和砖石窑坚固耐久的优点，在陕北、晋西等地分布较广。
一些地方志对接口窑有记载，例如某县志记有“光绪三年大旱，民多以接口窑为居”的文字；又如某村的维修碑刻于1986年5月4日立。
""",
    ),
    dict(
        slug="docshare-firebreak-volunteer-letter-html",
        site="共享文汇 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gongxiangwh.example.com/doc/77301925.html",
        title="致全县护林员的一封信",
        record_title="致全县护林员的一封信（word版）",
        date="2025-10-20",
        notes="sharing reader in HTML: uploader card, pages and format, a download-coupon button, an upload notice and 猜你喜欢; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>致全县护林员的一封信（word版） - 共享文汇</title></head><body>
<div class="top">⟦m 共享文汇 · 文档共享平台⟧ ⟦a 上传文档⟧ ⟦a 登录/注册⟧</div>
<div class="doc-head"><h1>⟦t 致全县护林员的一封信（word版）⟧</h1>
<p>⟦m 上传者：竹海听涛　上传于 2025-10-22　2页　DOC⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="op">⟦a 下载此文档（需1下载券）⟧ ⟦a 加入收藏⟧ ⟦l 分享⟧</div>
<div class="notice">⟦d 本站文档均由用户自行上传，平台不对其真实性、准确性负责；如有侵权，请联系客服删除。⟧</div>
<div class="guess"><h4>⟦l 猜你喜欢⟧</h4><p>⟦l 森林防火宣传标语100条⟧</p><p>⟦l 护林员年度工作总结⟧</p></div>
</body></html>
""",
        body="""
全县护林员同志们：
秋冬季是森林火灾的高发期，也是防火隔离带清理的关键期。你们常年坚守在山林一线，是守护青山的第一道防线。
在此，县林业局向大家致以诚挚的问候，并提出几点希望：一是加密巡山频次，重点看护隔离带和林缘农田；二是及时劝阻野外用火，发现火情第一时间报告；三是注意自身安全，巡山时结伴而行，携带通讯工具。
让我们携手努力，确保今冬明春不发生森林火灾。
关云县林业和草原局
2025年10月20日
""",
    ),
    dict(
        slug="fanwenapp-larou-workshop-xinde",
        site="公文帮APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.gongwenbang.example.com/share/art?id=5531920",
        title="参加腊肉加工作坊食品安全培训心得体会",
        record_title="参加腊肉加工作坊食品安全培训心得体会（通用版）",
        date=None,
        notes="writing-app share: sticky open-app bar, a VIP lock inside the body, AI-rewrite and copy buttons; no date (an upload stamp only)",
        page="""
!a 在APP内打开，免费查看全文 >
!t 参加腊肉加工作坊食品安全培训心得体会（通用版）
!m 公文帮 · 精选范文　上传于 2025-12-01
{BODY}
!a AI一键改写　|　复制全文　|　下载
!l 相关推荐：食品安全培训心得（5篇）
""",
        body="""
这次由镇市场监管所组织的食品安全培训，让我这个做了十几年腊肉的老手也学到了不少新东西。
过去我们熏腊肉凭经验，盐放多少、熏几天，全靠手感。培训老师讲了腌制温度、用盐量和亚硝酸盐的关系，我才明白有些老做法是有风险的。
⟦a 开通VIP会员，解锁全部内容及Word下载⟧
回去以后，我准备把作坊重新隔一隔，生料熟料分开放，每批腊肉都做好记录。
做食品就是做良心，只有让顾客吃得放心，我们的腊肉才能卖得长久。
""",
    ),
    dict(
        slug="collection-stage-memory-chapter-html",
        site="砚边集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.yanbianji.example.net/vol3/chapter12.html",
        title="戏台下的冬天",
        record_title="《砚边集》卷三·第12篇｜戏台下的冬天",
        date=None,
        notes="collection chapter page in HTML: volume nav, chapter list sidebar, prev/next chapter; no date (only a year in the text)",
        page="""
<html><head><meta charset="utf-8"><title>《砚边集》卷三·第12篇｜戏台下的冬天</title></head><body>
<div class="head">⟦m 砚边集 · 向秋山散文⟧</div>
<div class="vol">⟦l 卷一 故园　卷二 师友　卷三 旧戏⟧</div>
<h2>⟦t 戏台下的冬天⟧</h2>
<div class="chap">
{BODY}
</div>
<div class="pager">⟦l ‹ 上一篇：锣鼓师傅⟧ ⟦l 下一篇：散戏以后 ›⟧</div>
<aside><h4>⟦l 本卷篇目⟧</h4><p>⟦l 10 唱戏的舅舅⟧</p><p>⟦l 11 锣鼓师傅⟧</p></aside>
<footer>⟦d 砚边集 版权归作者所有 转载请联系⟧</footer>
</body></html>
""",
        body="""
一九七九年的腊月，公社的剧团来村里唱戏，戏台就是祠堂前那座老戏台。
那时候戏台的柱子已经裂了缝，台板踩上去吱呀作响，可台下照样挤满了人，连墙头上都坐着半大孩子。
我个子小，被舅舅架在肩上，看见台上的老生一甩水袖，雪花正好从台口飘进去，落在他的髯口上。
后来戏台塌过一次，又修过两次，我再也没在那里看过一场完整的戏。
可每到下雪天，我总会想起那个冬天，想起台上的锣鼓和台下的哈气。
""",
    ),
    dict(
        slug="community-no-skylantern-notice-text",
        site="桂苑社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.guiyuan-sq.example.cn/tzgg/2025/0930/71.html",
        title="关于中秋节小区内禁止燃放孔明灯和烟花的温馨提示",
        record_title="关于中秋节小区内禁止燃放孔明灯和烟花的温馨提示-桂苑社区服务网",
        date="2025-09-30",
        notes="residents' text page: the property's own duty phone kept beside the site's service line; a like/comment row between the title and the body; prev/next",
        page="""
!m 桂苑社区服务网 — 温暖桂苑 你我共建
!m 社区首页 > 通知公告
!t 关于中秋节小区内禁止燃放孔明灯和烟花的温馨提示
!m 发布：桂苑物业　2025-09-30　浏览 842
!l 点赞 33　评论 5
{BODY}
!l 上一则：关于十月份电梯维保的通知
!l 下一则：社区老年食堂国庆菜单公布
!m 社区服务热线：0771-5380012
""",
        body="""
各位业主、住户：
中秋佳节将至，为保障小区消防安全，现将有关事项温馨提示如下：
1.小区内禁止燃放孔明灯、烟花爆竹，不在楼道、阳台焚烧纸钱。
2.请家长看护好孩子，不要在地下车库、绿化带玩火。
3.节日期间物业实行二十四小时值班，发现火情请立即拨打119，并通知物业值班室，电话：0771-5380119。
祝大家节日快乐，阖家平安！
桂苑物业服务中心
2025年9月30日
""",
    ),
    dict(
        slug="univ-typhoon-shelter-research-wrapped",
        site="海澄海洋大学海洋工程学院 (invented)",
        style="高校官网",
        genre="科研动态",
        kind="news",
        form="text",
        source="https://hygc.hcou.example.edu.cn/kydt/2025/0521/3310.htm",
        title="学院团队完成渔港避风锚地容量评估研究",
        record_title="学院团队完成渔港避风锚地容量评估研究-海澄海洋大学海洋工程学院",
        date="2025-05-21",
        notes="university text page hard-wrapped at 58 columns; 发布时间 byline; 供稿/编辑 line; quick links at the bottom",
        indent="\u3000\u3000",
        wrap=58,
        page="""
!m 海澄海洋大学　海洋工程学院
!m 首页 > 科学研究 > 科研动态
!t 学院团队完成渔港避风锚地容量评估研究
!m 发布时间：2025-05-21　浏览次数：301
{BODY}
!m 供稿：港口航道系　编辑：石语桐
!l 快速通道：教务处　科研处　研究生院　图书馆
!d 版权所有：海澄海洋大学海洋工程学院
""",
        body="""
近日，学院港口航道系黎晓川教授团队承担的“海澄市渔港避风锚地容量评估”项目通过专家验收。
团队历时十个月，对全市七个渔港避风锚地开展了水深测量、风浪数值模拟和渔船锚泊实测，建立了考虑船型组合和锚泊方式的锚地容量计算方法。
研究表明，全市避风锚地在台风期间可安全容纳渔船约三千二百艘，与现有渔船数量相比仍存在约一成的缺口。
验收专家组认为，研究成果为全市避风锚地扩建规划提供了科学依据。
""",
    ),
    dict(
        slug="forum-camping-lantern-question-text",
        site="驴友之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.lvyouzhijia.example.com/t/418826",
        title="露营时放孔明灯到底犯不犯法？被护林员拦下了",
        record_title="露营时放孔明灯到底犯不犯法？被护林员拦下了 - 户外杂谈 - 驴友之家",
        date=None,
        notes="hobby forum text page: poster line with a relative time, signature line under the post, 打赏 and reply rows; no date",
        page="""
!m 驴友之家 › 户外杂谈
!t 露营时放孔明灯到底犯不犯法？被护林员拦下了
!m 楼主：云顶帐篷　发表于 2 小时前　来自 手机客户端
{BODY}
!m ——签名：走过的路都算数
!a 打赏楼主
!l 回复(14)　收藏(3)　分享
!l 热帖：周末去哪露营？附十个免费营地
""",
        body="""
上周末和朋友在后山的草坡上露营，晚上想放两个孔明灯应应景，刚点上火就被巡山的护林员拦下了。
护林员说那一片离林子不到三百米，整个秋冬季都禁止野外用火，孔明灯更不行，还给我们看了镇里的通告。
当时有点不服气，回来查了一下，发现好多地方确实有禁放规定，违反的话还可能被罚款。
想问问各位驴友，你们露营一般怎么处理这类事？有没有既安全又有氛围感的替代办法？
""",
    ),
    dict(
        slug="edu-bureau-skylantern-students-html",
        site="杉坡县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jtj.shanpo.example.gov.cn/tzgg/2025/0915/5012.html",
        title="关于加强中秋国庆假期学生安全教育的通知",
        record_title="关于加强中秋国庆假期学生安全教育的通知_通知公告_杉坡县教育体育局",
        date="2025-09-15",
        notes="education portal in HTML: document number neutral, a 告家长书 回执 line kept, 附件 list, a sentence telling schools to 下载 kept; site footer",
        page="""
<html><head><meta charset="utf-8"><title>关于加强中秋国庆假期学生安全教育的通知_通知公告_杉坡县教育体育局</title></head><body>
<div class="hd">⟦m 杉坡县教育体育局⟧ ⟦m 办人民满意的教育⟧</div>
<div class="nv">⟦m 首页 | 教育新闻 | 通知公告 | 政务公开 | 招生考试 | 下载中心⟧</div>
<div class="wz">⟦m 您现在的位置：首页 &gt; 通知公告⟧</div>
<h1>⟦t 关于加强中秋国庆假期学生安全教育的通知⟧</h1>
<div class="xx">⟦m 发布时间：2025-09-15　发布者：安全股　访问量：1129⟧</div>
<p>杉教体发〔2025〕47号</p>
{BODY}
<div class="bt">⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<div class="ft">⟦m 杉坡县教育体育局 版权所有⟧ ⟦m 地址：杉坡县城关镇文化路2号⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
中秋、国庆假期将至，为确保学生度过安全祥和的假期，现就加强假期安全教育通知如下：
一、各校要在放假前开展一次专题安全教育，重点讲清防溺水、交通安全和防火安全。
二、教育学生不购买、不燃放孔明灯，不在山林、草地玩火。
三、各校要向家长发放《致家长的一封信》，并收回家长签字的回执。
四、各校可在局网站下载中心下载安全教育课件和告家长书模板。
附件：1.中秋国庆假期致家长的一封信
2.假期安全教育课件
杉坡县教育体育局
2025年9月15日
""",
    ),
    dict(
        slug="training-mutton-cook-class-html",
        site="汶味烹饪学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.wenweipengren.example.com/kc/yangroutang.html",
        title="羊肉汤制作技艺短期培训班招生简章",
        record_title="羊肉汤制作技艺短期培训班招生简章 - 汶味烹饪学校",
        date=None,
        notes="training school in HTML: price tag, a trial form, testimonial; the school's 报名电话 in the body beside a consultant WeChat; no date",
        page="""
<html><head><meta charset="utf-8"><title>羊肉汤制作技艺短期培训班招生简章 - 汶味烹饪学校</title></head><body>
<div class="hd">⟦m 汶味烹饪学校⟧ ⟦m 学一门手艺 开一家好店⟧</div>
<nav>⟦m 首页 · 热门课程 · 师资团队 · 学员作品 · 在线报名⟧</nav>
<h1>⟦t 羊肉汤制作技艺短期培训班招生简章⟧</h1>
<div class="price">⟦a 学费：3980元（含食材）　立即抢位⟧</div>
{BODY}
<div class="form">⟦a 免费试学一天：姓名＿＿ 手机＿＿ 提交⟧</div>
<div class="say">⟦l 学员说：学完回老家开了店，第一个月就回本了。——2024年秋季班 学员 唐⟧</div>
<div class="kf">⟦w 招生老师微信：wenwei-zs⟧</div>
<footer>⟦d ©汶味烹饪学校 保留所有权利⟧</footer>
</body></html>
""",
        body="""
本培训班面向有意开设羊肉汤店的创业者和餐饮从业人员，学制十五天，小班教学，每班不超过十二人。
课程内容包括羊肉选料与分割、羊骨汤熬制、汤色和火候控制、配菜与蘸料调制、门店卫生管理等。
教学以实操为主，每名学员独立操作熬汤不少于十次，结业时进行出品考核。
报名电话：0816-6239988，学校地址：汶坪县城滨河路36号。
""",
    ),
    dict(
        slug="webmail-archway-inspection-minutes-docx",
        site="海澄市文物局 政务邮箱 (invented)",
        style="邮件转发",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://mail.hc-wwj.example.gov.cn/read?mid=20250612-0442",
        title="全市文物牌坊安全巡查工作会议纪要",
        record_title="Fw: 全市文物牌坊安全巡查工作会议纪要.docx",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="webmail reader in HTML: mail headers, a forwarding note, the attachment chip as chrome; the minutes' 时间/地点/主持/参会 lines kept; the send date differs (also accepted)",
        page="""
<html><head><meta charset="utf-8"><title>Fw: 全市文物牌坊安全巡查工作会议纪要.docx - 政务邮箱</title></head><body>
<div class="toolbar">⟦a 返回　回复　转发　删除　标记为未读⟧</div>
<div class="hdr">
<p>⟦m 主题：Fw: 全市文物牌坊安全巡查工作会议纪要.docx⟧</p>
<p>⟦m 发件人：文物安全科 &lt;wwaqk@hc-wwj.example.gov.cn&gt;⟧</p>
<p>⟦m 时　间：2025年6月12日 14:06⟧</p>
<p>⟦m 收件人：各区文物管理所⟧</p>
</div>
<p>⟦w 各所：会议纪要转发给你们，请按分工抓紧落实。谭⟧</p>
<p>⟦m ———— 原始邮件 ————⟧</p>
<div class="mailbody">
{BODY}
</div>
<div class="att">⟦a 附件（1）会议纪要.docx 28.4KB 预览 下载⟧</div>
<div class="foot">⟦d 政务邮箱仅限办公使用，请勿发送涉密信息⟧</div>
</body></html>
""",
        body="""
时间：2025年6月10日下午3:00
地点：市文物局二楼会议室
主持：副局长 邹明远
参会：各区文物管理所所长，市文物安全科全体人员
会议听取了各区牌坊安全巡查情况汇报。全市登记在册的石、木牌坊共三十四座，其中五座存在构件松动、基础沉降等隐患。
会议要求：一、对五座有隐患的牌坊设置警示围挡，禁止车辆贴近通行；二、汛期前完成排水沟清理；三、每月巡查不少于一次，巡查记录报市局备案。
""",
    ),
]
