"""holdout148, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (two each). Invented text."""

CASES = [
    dict(
        slug="qa-wenjie-yueqin-request-answer",
        site="问解知道 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="text",
        source="https://zhidao.wenjie.example.com/question/884120375.html",
        title="关于购置民乐社团月琴等乐器的请示",
        record_title="学校民乐社团想买月琴，请示怎么写？求一篇范文",
        date=None,
        notes="Q&A: a question as the record title; the answer's sample 请示 with a ××××年××月××日 placeholder (no date); relative times; adopted-answer badge",
        page="""
!m 问解知道 > 教育/科学 > 学校管理
!m 学校民乐社团想买月琴，请示怎么写？求一篇范文
!m 匿名网友 | 浏览 1207 次 | 提问于 2小时前
!m ★ 最佳答案　由提问者采纳
!m 答主：公文小能手 | 擅长：公文写作 | 采纳率 93%
给你一篇参考，改一下学校名称和金额就能用：
{T}
{BODY}
!l 👍 有用(86)　👎 无用(2)　评论(5)
!l 其他 3 条回答 >
!l 相关问题：学校购置体育器材请示范文？　社团活动经费申请报告怎么写？
!d 问解知道内容由网友提供，仅供参考，请自行甄别。
""",
        body="""
校长办公会：
我校民乐社团现有学生四十二名，现有乐器多为十年前购置，月琴、中阮等弹拨乐器损坏严重，已无法满足日常排练和参加区艺术节展演的需要。
为保障社团正常开展活动，拟购置月琴六把、中阮四把、柳琴四把及配套琴弦、琴盒，预算约二万三千元，经费从学校公用经费中列支。
妥否，请批示。
××中学艺术教研组
××××年××月××日
""",
    ),
    dict(
        slug="qa-zhiyou-egg-tart-licence-html",
        site="知邮问答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiyou.example.com/q/71205/a/330184",
        title="开一家蛋挞外卖小店需要办哪些证？",
        record_title=None,
        date="2025-05-14",
        notes="Q&A page: no record title (the question as h1); answer's 回答于 date as the page date; vote bar and follow prompt; numbered list of the answer kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>开一家蛋挞外卖小店需要办哪些证？ - 知邮问答</title>
<script>window.__INITIAL_STATE__={"qid":71205};</script></head>
<body>
<header>⟦m 知邮问答 · 有问题，上知邮⟧ ⟦a 写回答　登录⟧</header>
<div class="question"><h1>{T}</h1><div>⟦m 关注者 58　被浏览 9,412⟧</div></div>
<div class="answer">
<div class="author">⟦m 食安老兵（市场监管系统退休干部）⟧</div>
{BODY}
<div class="time">⟦m 回答于 2025-05-14 19:22 · IP 属地广东⟧</div>
<div class="vote">⟦l 赞同 1.2K　收藏　喜欢　举报⟧</div>
</div>
<div class="side"><div>⟦l 相关问题⟧</div><div>⟦l 小吃店营业执照个体户还是公司好？⟧</div><div>⟦l 烘焙作坊可以在家里做吗？⟧</div></div>
<footer>⟦m © 2025 知邮问答　京ICP证140912号⟧</footer>
</body></html>
""",
        body="""
谢邀。蛋挞属于现场制售的烘焙食品，就算只做外卖，也要把证照办齐，大致是这几样：
1. 营业执照。个体工商户在当地政务服务中心或者线上都能办，经营范围要写上“食品经营”。
2. 食品经营许可证。现做现卖的要选“热食类食品制售”或“糕点类食品制售（含裱花类）”，申请前店面的操作间、洗消间、更衣间要按要求布局。
3. 从业人员健康证明。店里所有接触食品的人员都要持证上岗，每年复检一次。
4. 外卖平台还会要求上传门店照片和许可证，入驻时一并准备好。
另外提醒一句：黄油、淡奶油这类原料一定要留好进货票据，检查时是要看的。
""",
    ),
    dict(
        slug="collection-hehe-moat-essay",
        site="河渠旧话——一位老水利人的文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://hequ.example.org/wenji/juan2/39.html",
        title="护城河边的三次清淤",
        record_title="《河渠旧话》卷二·第39篇｜护城河边的三次清淤",
        date="2024-10-16",
        notes="personal collection: chapter navigation top and bottom, collection title decorated record title; date at the end of the essay",
        page="""
!m 河渠旧话 · 文集目录
!l ← 卷二·第38篇 闸口夜记　|　卷二·第40篇 老堤上的柳树 →
{T}
{BODY}
!l ← 卷二·第38篇 闸口夜记　|　目录　|　卷二·第40篇 老堤上的柳树 →
!d 文集文字为作者本人所写，家人代为整理上网，请勿转载。
""",
        body="""
我在县水利局干了三十四年，经手最多的活，是给城里那条护城河清淤。
第一次是1979年冬天，全靠人力。机关干部、中学生和附近生产队的社员一齐下河，一人一把铁锹，淤泥用箩筐挑上岸，河边的冻土上踩出一条黑亮的路。
第二次是1996年，有了泥浆泵。我们在河里分段打坝，把淤泥抽到城东的洼地里，一个月就完工了，可泥浆泵噪声大，周围居民意见不小。
第三次是2013年，用上了环保绞吸船，淤泥脱水后做成了种花的营养土，河边的老街坊还专门送来一面锦旗。
三次清淤，一次比一次省力，也一次比一次讲究。如今我每天傍晚沿着护城河散步，看着清亮的河水，总觉得这辈子没白干。
2024年10月16日
""",
    ),
    dict(
        slug="collection-fengyan-beacon-tower-survey-html",
        site="烽烟寻迹（文物爱好者文集） (invented)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://fengyanxunji.example.net/book/3/chapter/12.html",
        title="北岭烽火台现状踏查记录",
        record_title="烽烟寻迹 第十二章 北岭烽火台现状踏查记录",
        date="2025-04-06",
        notes="collection reader: chapter list sidebar, font and theme toggles, prev/next chapter; numbered findings and a measurement table kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>烽烟寻迹 第十二章 北岭烽火台现状踏查记录</title></head>
<body>
<div class="top">⟦m 烽烟寻迹 · 长城脚下的行走笔记⟧</div>
<div class="set">⟦a 字号 A- A+　夜间模式　加入书架⟧</div>
<div class="toc"><div>⟦l 目录⟧</div><div>⟦l 第十一章 西沟古道⟧</div><div>⟦l 第十三章 石城子残垣⟧</div></div>
<div class="chapter">
<h2>{T}</h2>
<div class="info">⟦m 本章字数：712　更新于 2025-04-08⟧</div>
{BODY}
</div>
<div class="pager">⟦l 上一章　返回目录　下一章⟧</div>
<div class="foot">⟦d 文中照片及记录均为作者原创，引用请注明出处。⟧</div>
</body></html>
""",
        body="""
4月5日，我和两位同好沿北岭山脊徒步，对岭上现存的三座烽火台进行了第二次踏查。
三座烽火台均为夯土筑成，自西向东编为一号、二号、三号。测量情况如下：
编号　底边长（米）　残高（米）　保存状况
一号　9.2　6.1　较好
二号　8.7　4.3　一般
三号　8.9　2.8　较差
主要发现：
1. 二号台西侧新出现一道长约两米的裂缝，雨季有继续坍塌的危险；
2. 三号台顶部有人为挖掘痕迹，疑为盗挖；
3. 一号台附近山坡上新修了一条便道，摩托车可直达台下。
我们已把照片和定位发给县文物保护中心，建议尽快设立保护标志并加强巡查。
记于2025年4月6日夜
""",
    ),
    dict(
        slug="dangjian-tielu-police-party-lesson-html",
        site="铁警先锋·党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://djw.tiejingxianfeng.example.cn/djdt/2025/0701/4419.html",
        title="在铁路公安处“七一”专题党课上的讲话",
        record_title="在铁路公安处“七一”专题党课上的讲话_党建网",
        date="2025-06-30",
        notes="Party-building site: date under the title in Chinese numerals, speaker line neutral, study-points box between paragraphs, share bar; byline date differs (also accepted)",
        date_also=["2025-07-01"],
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在铁路公安处“七一”专题党课上的讲话_党建网</title>
<script>var pageId="4419";</script></head>
<body>
<div class="logo">⟦m 铁警先锋 · 党建网　忠诚 为民 公正 廉洁⟧</div>
<div class="menu">⟦m 首页　党建动态　学习园地　支部风采　廉政建设⟧</div>
<div class="pos">⟦m 您现在的位置：首页 &gt;&gt; 党建动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-07-01　来源：处党委宣传科　【字体：大 中 小】⟧</div>
<p class="c">（二〇二五年六月三十日）</p>
<p class="c">处党委书记、处长　魏长林</p>
{BODY}
<div class="share">⟦l 分享至：微信 朋友圈 学习强国⟧</div>
<div class="links">⟦l 友情链接：铁路局党建网 | 公安部网站 | 共产党员网⟧</div>
<div class="foot">⟦m 铁路公安处党委主办　内部网站　请勿外传⟧</div>
</body></html>
""",
        body="""
同志们：
今天是“七一”前夕，我们在这里上一堂专题党课，主题是“守好一条线，护好一方平安”。
铁路公安是守护旅客出行安全的第一道防线。去年以来，全处民警辅警坚守车站、列车和线路，破获盗窃旅客财物案件一百二十余起，排除线路安全隐患三百多处。
⟦l 学习要点：忠诚、担当、为民、清廉⟧
当前，暑运即将开始，客流持续高位运行，安全压力不断加大。各支部要把党课学习同暑运安保结合起来，党员民警要在最苦最累的岗位上站排头、当先锋。
同志们，让我们以更加饱满的精神状态，确保暑运安全平稳有序，以实际行动迎接党的生日！
""",
    ),
    dict(
        slug="dangjian-zimao-branch-summary-oneline",
        site="滨港自贸片区机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.bingangftz.example.gov.cn/zbjs/2025/0103/220.html",
        title="自贸片区管委会机关第二党支部2024年工作总结",
        record_title="【支部工作】自贸片区管委会机关第二党支部2024年工作总结",
        date="2025-01-03",
        notes="the whole body on one line (paragraphs apart only by their indent); breadcrumb, byline and footer around it",
        indent="　　",
        oneline=True,
        page="""
!m 滨港自贸片区机关党建 ＞ 支部建设 ＞ 工作总结
{T}
!m 发布：第二党支部　时间：2025-01-03　访问：188
{BODY}
!l 上一篇：第一党支部开展“党员先锋岗”评选　下一篇：机关党委2025年工作要点
!m 中共滨港自贸片区管委会机关委员会　版权所有
""",
        body="""
2024年，第二党支部围绕片区制度创新和营商环境优化中心任务，扎实推进支部标准化规范化建设，较好地完成了年度各项任务。
一是理论学习常态化，全年开展集中学习十二次，组织党员赴港口一线现场教学两次。
二是党建业务深度融合，支部牵头梳理跨境贸易便利化措施十八项，其中“提前申报、抵港直装”做法在全省推广。
三是服务企业见实效，党员干部结对联系重点企业三十六家，帮助解决通关、用工等问题四十余个。
新的一年，支部将继续在服务开放型经济中发挥战斗堡垒作用。
""",
    ),
    dict(
        slug="hospital-qiaokang-nordic-walking-html",
        site="乔康市第三人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qksdsyy.example.com/news/yydt/2025/1027.html",
        title="康复医学科开设北欧式健走康复课堂",
        record_title="康复医学科开设北欧式健走康复课堂-乔康市第三人民医院",
        date="2025-05-08",
        notes="hospital: department's 咨询电话 kept beside the site's 预约挂号 hotline; floating online-booking box; date in byline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>康复医学科开设北欧式健走康复课堂-乔康市第三人民医院</title>
<script src="/js/float-kefu.js"></script></head>
<body>
<div class="top">⟦m 乔康市第三人民医院　三级综合医院⟧　⟦w 预约挂号：0731-86622000（7×24小时）⟧</div>
<div class="nav">⟦m 医院概况 就医指南 科室导航 专家介绍 新闻中心 健康科普⟧</div>
<div class="loc">⟦m 新闻中心 - 医院动态⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 时间：2025-05-08　作者：康复医学科　审核：宣传科⟧</div>
<div class="txt">
{BODY}
</div>
<div class="float">⟦a 在线预约　智能导诊　报告查询⟧</div>
<div class="flink">⟦l 推荐阅读：脑卒中后如何进行居家康复？⟧</div>
<div class="foot">⟦m 地址：乔康市芙蓉中路312号　湘ICP备12019936号⟧<br>⟦d 本网站健康信息仅供参考，不能代替医生面诊。⟧</div>
</body></html>
""",
        body="""
近日，我院康复医学科在门诊楼后的康复花园开设北欧式健走康复课堂，首批二十名膝关节术后和慢阻肺康复期患者参加。
北欧式健走借助两根专用手杖行走，能把部分体重分担到上肢，减轻膝关节负担，同时带动全身肌肉参与运动。
课堂由康复治疗师带教，每周一、三、五上午开课，每次四十分钟，治疗师会根据每位患者的心率和血氧调整运动强度。
有意参加的患者可到康复医学科门诊评估登记，咨询电话：0731-86622417。
""",
    ),
    dict(
        slug="hospital-shuixiang-clinic-boat-notice",
        site="南荡镇卫生院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.nandangwsy.example.cn/tzgg/88.html",
        title="关于“水乡巡回医疗船”2025年夏季出诊安排的通知",
        record_title="关于“水乡巡回医疗船”2025年夏季出诊安排的通知-南荡镇卫生院",
        date="2025-06-20",
        notes="township health centre: schedule table kept; the boat's own 联系电话 kept beside the site's 急救 line; footer with visitor count",
        page="""
!m 南荡镇卫生院　守护水乡百姓健康
!m 首页｜院务公开｜通知公告｜健康教育｜联系我们
{T}
!m 发稿：院办　日期：2025/6/20　浏览量：96
{BODY}
!a 【收藏本页】【打印】
!m 24小时急救电话：0512-63410120　您是第 45213 位访问者
""",
        body="""
各村（社区）：
为方便湖荡区域群众就近看病，卫生院“水乡巡回医疗船”夏季出诊安排如下：
日期　停靠点　时间
每周二　北渔村码头　8:00—11:30
每周四　芦湾村码头　8:00—11:30
每周六　荡心岛渡口　8:30—11:00
医疗船配备全科医生、护士各一名，可开展常见病诊疗、慢病随访、血压血糖检测和药品配送。遇大风、雷暴等恶劣天气暂停出诊，另行通知。
医疗船联系电话：13862157730
南荡镇卫生院
2025年6月20日
""",
    ),
    dict(
        slug="university-lanshan-printmaking-exhibit-html",
        site="岚山美术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lsfa.example.edu.cn/info/1031/6620.htm",
        title="关于举办2025届版画系毕业作品展的通知",
        record_title="关于举办2025届版画系毕业作品展的通知-岚山美术学院",
        date="2025-05-30",
        notes="university: quick-link column, departmental contact and e-mail kept; visitor booking 扫码 sentence kept; footer address",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办2025届版画系毕业作品展的通知-岚山美术学院</title></head>
<body>
<div class="head">⟦m 岚山美术学院 LANSHAN ACADEMY OF FINE ARTS⟧</div>
<div class="nav">⟦m 学校概况　院系设置　教育教学　招生就业　校园文化⟧</div>
<div class="quick">⟦l 快速通道：信息门户 | 邮件系统 | 图书馆 | 校历⟧</div>
<div class="art">
<div class="position">⟦m 首页 » 通知公告⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 作者：版画系　发布时间：2025-05-30　阅读：1088⟧</div>
{BODY}
</div>
<div class="bottom">⟦m 地址：岚山市学院路98号　邮编：650214　岚山美术学院 版权所有⟧</div>
<script>document.getElementById("clicks").innerHTML="1088";</script>
</body></html>
""",
        body="""
校内各单位：
版画系2025届毕业作品展将于6月6日至6月20日在学校美术馆一、二号展厅举行，展出木刻、铜版、石版、丝网等作品一百二十余件。
开幕式定于6月6日上午10时在美术馆一楼大厅举行，欢迎全校师生参观。
校外观众请提前扫描展厅入口处的预约码登记，每日限流三百人。
联系人：葛文清　电话：0871-65502316　邮箱：banhua@lsfa.example.edu.cn
版画系
2025年5月30日
""",
    ),
    dict(
        slug="university-lingnan-swordsmanship-news",
        site="岭南理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.lnlg.example.edu.cn/xyxw/2025/0422/c5511a9021/page.htm",
        title="我校武术队剑术项目获全省大学生武术锦标赛两金一银",
        record_title=None,
        date="2025-04-22",
        notes="no record title; title printed as a headline and again in a share line; university news byline (文/图, 审核); prev/next",
        page="""
!m 岭南理工学院新闻网
!m 首页 ＞ 校园新闻
{T}
!m 2025-04-22　文/体育学院 骆可欣　图/黎冬　编辑：宣传部 韩清　审核：程景山
{BODY}
!l 分享：⟦t 我校武术队剑术项目获全省大学生武术锦标赛两金一银⟧ 微信 微博
!l 上一条：我校举办第十二届大学生职业规划大赛决赛
!l 下一条：学校召开2025年本科教学工作会议
!m 岭南理工学院党委宣传部主办　投稿邮箱：xwzx@lnlg.example.edu.cn
""",
        body="""
4月18日至20日，全省大学生武术锦标赛在韶江体育学院举行，我校武术队在剑术项目中夺得两枚金牌、一枚银牌。
在女子乙组剑术比赛中，机械工程专业学生伍诗涵动作舒展、剑法清晰，以9.12分夺冠；男子乙组剑术冠军由土木工程专业学生容子航获得。
我校武术队成立于2009年，队员全部来自非体育专业，每周训练四次。主教练林海峰说，剑术讲究“剑随身走，以身带剑”，队员们为这次比赛坚持了半年多的早训。
""",
    ),
]
