"""holdout163, part B. Invented text, sites, people and places; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-family-education-lecture-html",
        site="木槿老师的小屋 (invented)",
        style="博客",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://mujin-teacher.blogsite.cn/archives/1187",
        title="家长课堂讲稿：陪孩子过好一年级",
        record_title="【家长课堂】家长课堂讲稿：陪孩子过好一年级 – 木槿老师的小屋",
        date="2024-09-12",
        notes="blog with sidebar tag cloud and archive; a 下载 sentence belongs to the lecture; post time as the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【家长课堂】家长课堂讲稿：陪孩子过好一年级 – 木槿老师的小屋</title>
<script async src="/wp-includes/js/emoji.js"></script></head><body>
<header><h2>⟦m 木槿老师的小屋⟧</h2><p>⟦m 一个小学班主任的教育随笔⟧</p></header>
<nav>⟦m 首页 | 班级日志 | 家校共育 | 留言板⟧</nav>
<article><h1>{T}</h1>
<p class="posted">⟦m 发布于 2024-09-12 ｜ 作者：木槿 ｜ 家校共育⟧</p>
{BODY}
<p class="cc">⟦d 原创内容，转载请保留作者署名。⟧</p>
<div class="nav-links">⟦l ← 开学第一周班级日志⟧ ⟦l 如何和孩子聊学校的事 →⟧</div>
<div id="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 小雨妈妈：很实用，收藏了！⟧</p><p>⟦l 发表评论 · 邮箱不会公开⟧</p></div></article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 一年级 幼小衔接 阅读 作业 家长会⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2024年九月 (6)⟧</p><p>⟦l 2024年八月 (3)⟧</p></aside>
<footer>⟦m © 2024 木槿老师的小屋 · 基于 WordPress⟧</footer></body></html>
""",
        body="""
各位家长：
孩子从幼儿园进入小学，作息、学习方式都有很大变化，头两个月最需要家长的耐心。
一是帮孩子建立规律作息。晚上九点前上床，早上留出二十分钟吃早饭，不要让孩子空着肚子到校。
二是每天陪读十五分钟。不追求识字量，重在培养兴趣，亲子共读书目可以在班级群里下载。
三是少比较、多鼓励。孩子写字慢、丢三落四是正常现象，请多看他的进步。
""",
    ),
    dict(
        slug="wechat-qiongju-troupe-article-html",
        site="琼州戏韵（公众号镜像，invented）",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.mirrorread.cn/s/qiongxiyun/Qx82mZt0",
        title="琼剧《搜书院》青年版即将首演",
        record_title="琼剧《搜书院》青年版即将首演丨琼州戏韵",
        date="2025-07-18",
        notes="WeChat mirror; account line with date; 阅读原文/在看 chrome; 扫码购票 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>琼剧《搜书院》青年版即将首演丨琼州戏韵</title><script>var msg_link="";</script></head>
<body><div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 琼州戏韵　2025年7月18日 19:30　海南⟧</div>
<div class="tip">⟦a 点击上方蓝字，关注我们⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="end">⟦m —END—⟧</div>
<div class="edit">⟦m 文字：符小珊　编审：吴国栋⟧</div>
<div class="tool">⟦a 阅读原文⟧ ⟦a 在看⟧ ⟦a 赞⟧ ⟦l 留言 写留言⟧</div>
<div class="mirror">⟦d 本页面为公众号文章镜像，仅供存档阅读，版权归原作者。⟧</div>
</div></body></html>
""",
        body="""
由市琼剧院青年团排演的经典剧目《搜书院》青年版，将于7月26日晚在市文化艺术中心首演。
此次复排由国家一级演员陈月娥担任艺术指导，主要角色全部由“95后”演员出演，唱腔保留传统韵味，舞美进行了简约化处理。
⟦a 长按识别下方二维码，添加小编微信⟧
演出票价分为60元、100元、160元三档，观众可通过剧院售票小程序扫码购票，学生凭证件享受半价。
""",
    ),
    dict(
        slug="wechat-marigold-coop-notice-text",
        site="万福合作社订阅号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://mp.wxmirror.net/a/wanfu-hzs/202506020915",
        title="关于万寿菊鲜花收购有关事项的通知",
        date="2025-06-01",
        notes="WeChat text mirror; 关注/扫码 sentences of the document; 在看 and 分享 chrome at the bottom",
        page="""
!m 万福万寿菊种植专业合作社
!m 2025-06-02
{T}
!a 关注我们，第一时间获取收购信息 ↑
{BODY}
!m 预览时标签不可点
!a 分享　收藏　在看　赞
!l 往期推荐：万寿菊移栽密度怎么定？
!d 微信扫一扫可打开此内容，使用完整服务
""",
        date_also=["2025-06-02"],
        body="""
各位社员：
今年万寿菊鲜花收购定于6月15日开始，收购点设在合作社晒场和下坪村村部。
收购标准：花朵完整、无霉变、含杂率不超过2%，保底价每公斤0.82元。
交售前请先关注合作社公众号并扫码登记地块编号，以便结算。
咨询电话：0913-6637120（王会计）。
万福万寿菊种植专业合作社
2025年6月1日
""",
    ),
    dict(
        slug="docshare-fir-thinning-wrapped",
        site="林海资料共享平台 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.linhaiziliao.com/d/9f30a17c",
        title="青枫国有林场杉木中龄林抚育间伐作业设计说明",
        record_title="青枫国有林场杉木中龄林抚育间伐作业设计说明.pdf",
        date="2024-10-25",
        notes="file-name title; hard-wrapped at 62 columns; page markers glued at line starts; upload notice",
        page="""
!m 林海资料共享平台 ｜ 林业资料
!t 青枫国有林场杉木中龄林抚育间伐作业设计说明.pdf
!m 分享者：林场技术股　文件大小：412KB　下载次数：88
{BODY}
!a 文档预览结束，下载原文件需登录
!d 资料由用户上传分享，平台不保证其完整性，请下载后自行核对。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="‹{n}›", every=140, start=2, glue=True),
        body="""
一、作业区概况
本次作业区位于青枫国有林场白石工区第12、14林班，面积486亩，林分为2009年营造的杉木纯林，平均胸径14.2厘米，郁闭度0.85，林木分化明显，需进行抚育间伐。
二、间伐方式和强度
采用下层抚育间伐，伐除被压木、病腐木和干形不良木，株数间伐强度控制在25%以内，伐后郁闭度不低于0.6。
三、安全与环保要求
作业前对伐木工进行安全培训，坡度超过25度的地段禁止使用集材机械，伐区剩余物按带状堆放。
青枫国有林场
2024年10月25日
""",
    ),
    dict(
        slug="docshare-scutellaria-training-minutes-html",
        site="药农文档网 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.yaonongdoc.com/doc/552901.html",
        title="黄芩规范化种植技术培训会会议纪要",
        record_title=None,
        date="2025-05-09",
        notes="minutes' 时间/地点/主持/参会 lines kept; title missing from the record; date only in the 时间 line and the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>黄芩规范化种植技术培训会会议纪要 - 药农文档网</title></head><body>
<div class="head">⟦m 药农文档网⟧ <input placeholder="搜文档"> <a>⟦a 上传文档赚积分⟧</a></div>
<div class="loc">⟦m 药农文档网 » 中药材 » 会议纪要⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 贡献者：岭南药农　浏览 396 次　5页⟧</div>
<div class="doc">
{BODY}
</div>
<div class="opt">⟦a 下载本文档（需3积分）⟧ ⟦a 加入收藏⟧ ⟦a 举报⟧</div>
<div class="side">⟦l 相关文档：黄芩种子质量分级标准⟧ ⟦l 中药材GAP基地管理制度⟧</div>
<div class="copy">⟦d 本站所有文档均来自网友分享，仅供学习研究。⟧</div>
</body></html>
""",
        body="""
时间：2025年5月8日上午9时
地点：马坊镇农业服务中心二楼会议室
主持：镇农业服务中心主任　鲍清远
参会人员：黄芩种植大户、合作社负责人共42人
会议邀请省中药材产业技术体系专家田雅琴作专题辅导，围绕选地整地、播种育苗、田间管理、采收加工四个环节作了讲解。
会议议定：一、各合作社统一使用县里推荐的种子；二、禁止使用植物生长调节剂；三、6月中旬组织一次田间观摩。
马坊镇农业服务中心
2025年5月9日
""",
    ),
    dict(
        slug="edu-skills-contest-notice-html",
        site="泸水市教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lushui.edu.cn/tzgg/2025/0310/1452.html",
        title="关于举办2025年全市中职学校学生技能大赛的通知",
        record_title="关于举办2025年全市中职学校学生技能大赛的通知 - 泸水市教育体育局",
        date="2025-03-07",
        notes="education portal; schedule table; document's own contact next to the site's technical line; 附件",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办2025年全市中职学校学生技能大赛的通知 - 泸水市教育体育局</title>
<script src="/js/visit.js"></script></head><body>
<div class="logo">⟦m 泸水市教育体育局⟧ ⟦m 立德树人 强体育人⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 教育动态⟧ ⟦m 通知公告⟧ ⟦m 职成教育⟧</div>
<div class="loc">⟦m 当前位置：首页 > 通知公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 发布者：职成科　发布时间：2025-03-10　浏览次数：1177⟧</div>
<div class="cont">
{BODY}
</div>
<div class="print">⟦a [打印文章] [关闭窗口]⟧</div>
<div class="ft">⟦m 泸水市教育体育局版权所有　技术支持电话：0886-3128807⟧ ⟦m 滇ICP备12004391号⟧</div>
</body></html>
""",
        date_also=["2025-03-10"],
        body="""
各中等职业学校：
为检验职业教育教学成果，选拔参加省赛选手，经研究，决定举办2025年全市中职学校学生技能大赛。
一、比赛项目和时间
项目　时间　承办学校
汽车机电维修　4月12日　市职教中心
电子商务运营　4月13日　泸水财经学校
二、报名办法
各校于3月28日前将报名表加盖公章后报送市教育体育局职成科。
联系人：施晓峰，电话：0886-3121543。
附件：2025年全市中职学校学生技能大赛报名表
泸水市教育体育局
2025年3月7日
""",
    ),
    dict(
        slug="edu-puxian-opera-campus-plan-text",
        site="仙溪县教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xianxiedu.net/info/1033/8821.htm",
        title="仙溪县2025年莆仙戏进校园活动实施方案",
        record_title="【德育】仙溪县2025年莆仙戏进校园活动实施方案",
        date="2025-02-24",
        notes="decorated record title; numbered list; date in Chinese numerals under the signature",
        page="""
!m 仙溪县教育网　｜　仙溪县教育局主办
!m 首页 > 德育工作 > 文件通知
{T}
!m 来源：县教育局德育股　点击数：642　更新时间：2025-02-26
!a 【字体：大 中 小】【打印】
{BODY}
!l 附：上一篇　关于做好2025年春季学期开学工作的通知
!d 本网所有信息未经许可不得转载。
!m 地址：仙溪县城关镇学前路2号　电话：0594-7712306
""",
        date_also=["2025-02-26"],
        body="""
为传承地方优秀戏曲文化，丰富校园文化生活，制定本方案。
一、活动内容
1.开设莆仙戏欣赏课，每学期不少于4课时；
2.组建学生莆仙戏社团，每周活动一次；
3.邀请县莆仙戏剧团到校演出，每校每年不少于1场。
二、实施步骤
3月为宣传发动阶段，4月至11月为组织实施阶段，12月开展总结展演。
仙溪县教育局
二〇二五年二月二十四日
""",
    ),
    dict(
        slug="intranet-stainless-safety-notice",
        site="锐钢OA门户 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://oa.ruigang-steel.local/portal/notice/view?id=20250415003",
        title="关于开展抛光车间粉尘防爆专项检查的通知",
        record_title="关于开展抛光车间粉尘防爆专项检查的通知（OA导出）",
        date="2025-04-15",
        notes="intranet OA export with approval trail and read counts; 抄送 line kept",
        page="""
!m 锐钢不锈钢制品有限公司 协同办公平台
!m 公文管理 / 发文 / 查看
!t 关于开展抛光车间粉尘防爆专项检查的通知（OA导出）
!m 发文编号：锐钢安〔2025〕9号　密级：内部
!m 拟稿：安环部 单立群　审核：顾文涛　签发：俞振海
{BODY}
!m 阅读情况：已读 37 人／未读 5 人
!a 导出PDF　｜　转发　｜　归档
!m 流转记录：2025-04-15 09:12 签发 → 09:40 分发各部门
""",
        body="""
各车间、部门：
抛光、打磨工序产生的金属粉尘存在爆炸风险。为防范事故，公司决定于4月16日至30日开展粉尘防爆专项检查。
一、检查重点：除尘系统运行与清灰记录、防爆电气设备、静电接地、作业人员防护用品配备。
二、检查方式：各车间先行自查，安环部组织复查，发现问题限期整改。
三、有关要求：自查报告于4月25日前报安环部。
抄送：总经理办公室、工会
安全环保部
2025年4月15日
""",
    ),
    dict(
        slug="intranet-duck-neck-coldchain-html",
        site="鲜卤坊内部门户 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://intra.xianlufang.com/news/detail.aspx?id=3318",
        title="关于加强夏季门店冷链管理的通知",
        record_title="内部资讯-关于加强夏季门店冷链管理的通知",
        date="2025-06-20",
        notes="intranet news view; read count and attachment link chrome; 附件 list of the document kept",
        page="""
<html><head><meta charset="utf-8"><title>内部资讯-关于加强夏季门店冷链管理的通知</title></head><body>
<div class="bar">⟦m 鲜卤坊连锁 · 内部门户⟧ ⟦m 欢迎您，门店运营部 葛蔓⟧ ⟦a 退出⟧</div>
<div class="tabs">⟦m 公告通知⟧ ⟦m 制度文件⟧ ⟦m 培训园地⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 发布部门：品控中心　发布时间：2025-06-20 16:05　已阅 214⟧</div>
<div class="body">
{BODY}
</div>
<div class="att">⟦a 附件下载：冷柜温度记录表.xlsx (18KB)⟧</div>
<div class="foot">⟦d 内部资料，严禁外传⟧ ⟦m IT服务台 分机 8088⟧</div>
</body></html>
""",
        body="""
各门店：
入夏以来气温持续升高，鸭脖、鸭翅等卤制品对温度十分敏感。为确保产品安全，现就门店冷链管理通知如下。
一、展示冷柜温度须保持在0至4摄氏度，每日开店、午间、闭店各记录一次。
二、配送到店的产品须在15分钟内入柜，严禁在常温下堆放。
三、当日未售完的产品一律按规定报损，不得次日销售。
附件：冷柜温度记录表
品控中心
2025年6月20日
""",
    ),
    dict(
        slug="qa-homeowners-committee-answer",
        site="问得快 (invented)",
        style="问答社区",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.wendekuai.com/q/77120358.html",
        title="关于成立业主委员会筹备组的公告",
        record_title="业委会筹备组成立公告怎么写？求范本",
        date=None,
        notes="Q&A: answer with a template notice; placeholders ____年__月__日; answer time relative; no date",
        title_in="decorated",
        page="""
!m 问得快 > 生活 > 物业与社区
!m 业委会筹备组成立公告怎么写？求范本
!m 提问者：匿名用户　3天前
!m 最佳答案
!m 社区老杨 | 回答于 2天前 | 采纳率 88%
{T}
{BODY}
!l 👍 有用(41)　　👎 　　评论
!l 其他回答（2）
!m 木子李：可以去街道要一份模板
!a 我来回答　　邀请他人回答
!d 问得快内容仅供参考，具体以当地规定为准。
""",
        body="""
全体业主：
根据《业主大会和业主委员会指导规则》，经街道办事处同意，本小区业主委员会筹备组已于近日成立。
筹备组由街道、社区居委会、建设单位代表和业主代表共7人组成，组长由×××担任。
筹备组将负责确认业主身份、拟定管理规约草案、组织业委会委员候选人推荐等工作。
对筹备组成员有异议的业主，请于公告之日起7日内书面提出。
××小区业主委员会筹备组
____年__月__日
""",
    ),
    dict(
        slug="qa-pyramid-selling-report-html",
        site="知了问答 (invented)",
        style="问答社区",
        genre="举报信",
        kind="letter",
        form="html",
        source="https://www.zhiliaowenda.cn/question/4408213",
        title="关于某公司涉嫌传销活动的举报信",
        record_title="亲戚被拉进传销，举报信怎么写？",
        title_in="decorated",
        date=None,
        notes="Q&A; answer is a sample letter; relative times; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>亲戚被拉进传销，举报信怎么写？ - 知了问答</title></head><body>
<div class="hd">⟦m 知了问答⟧ ⟦a 提问⟧ ⟦a 登录/注册⟧</div>
<div class="q"><h1>⟦m 亲戚被拉进传销，举报信怎么写？⟧</h1><p>⟦m 匿名 · 提问于 5小时前 · 浏览 233⟧</p></div>
<div class="a">
<div class="user">⟦m 法律小助手 · 回答于 4小时前⟧</div>
<h3>{T}</h3>
{BODY}
<div class="vote">⟦l 赞同 17 · 反对 · 收藏 · 分享⟧</div>
</div>
<div class="related">⟦l 相关问题：传销和直销有什么区别？⟧ ⟦l 被骗交了入门费能追回吗？⟧</div>
<div class="ft">⟦d 回答仅代表个人观点，不构成法律意见⟧ ⟦m © 知了问答⟧</div>
</body></html>
""",
        body="""
县市场监督管理局：
本人发现位于××路××号的××公司以销售保健品为名，要求参加者缴纳入门费并发展下线，按发展人数计酬，涉嫌组织传销活动。
目前已有包括本人亲属在内的十余人被限制外出，请贵局依法调查处理。
举报人可提供相关聊天记录和转账凭证作为线索。
举报人：×××　联系电话：×××××××××××
""",
    ),
]
