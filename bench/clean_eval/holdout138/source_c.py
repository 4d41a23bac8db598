"""holdout138, part C: plank-shoe racing (板鞋竞速), an ethnic traditional sport, in schools,
clubs, hospitals and law firms. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="edu-xiling-plankshoe-contest-notice",
        site="溪岭县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.xiling.example.gov.cn/tzgg/2025/0410/5572.html",
        title="关于举办全县中小学生板鞋竞速比赛的通知",
        record_title="关于举办全县中小学生板鞋竞速比赛的通知_通知公告_溪岭县教育体育局",
        date="2025-04-10",
        notes="education portal: group table, the bureau's own contact and mailbox beside the site's phone; 附件 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办全县中小学生板鞋竞速比赛的通知_通知公告_溪岭县教育体育局</title><script src="/js/common.js"></script></head>
<body><div class="top">⟦m 溪岭县教育体育局⟧　⟦a 长者模式⟧　⟦a 简/繁⟧</div>
<div class="nav">⟦m 首页　机构概况　通知公告　教育动态　招生考试⟧</div>
<div class="loc">⟦m 您的位置：首页 » 通知公告⟧</div>
<div class="con"><h2>{T}</h2><div class="src">⟦m 发布日期：2025-04-10　来源：体卫艺股　点击：518⟧</div>
{BODY}
</div>
<div class="share">⟦l 分享：微信 微博 QQ空间⟧</div>
<div class="foot">⟦m 溪岭县教育体育局主办　地址：溪岭县文昌路9号　电话：0778-7120011⟧<br>⟦m 桂ICP备11004528号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为弘扬民族传统体育文化，丰富校园体育活动，经研究，决定举办全县中小学生板鞋竞速比赛。现将有关事项通知如下。
一、比赛时间：2025年5月16日至17日。
二、比赛地点：溪岭县第一中学田径场。
三、竞赛项目
组别　项目　人数
小学组　3人60米　每校2队
初中组　3人100米　每校2队
高中组　3人200米接力　每校1队
四、请各校于5月6日前将报名表发送至邮箱xljtiwei@example.cn。
联系人：覃海燕，电话：0778-7125346
附件：1.参赛报名表
2.竞赛规程
溪岭县教育体育局
2025年4月10日
""",
    ),
    dict(
        slug="univ-guiyuan-plankshoe-team-medal",
        site="桂原民族学院体育学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://tyxy.guiyuan-mu.example.edu.cn/info/1021/6630.htm",
        title="我院板鞋竞速队在省民族运动会上夺得两金",
        record_title="我院板鞋竞速队在省民族运动会上夺得两金-体育学院",
        date="2025-09-22",
        notes="college news: 发布时间 is the date; photo caption between paragraphs; author/photo/review line at the end",
        page="""
<html><head><meta charset="utf-8"><title>我院板鞋竞速队在省民族运动会上夺得两金-体育学院</title></head>
<body><div class="head">⟦m 桂原民族学院　体育学院⟧<form>⟦a 站内搜索⟧</form></div>
<ul class="menu"><li>⟦m 学院概况⟧</li><li>⟦m 学院新闻⟧</li><li>⟦m 教学科研⟧</li><li>⟦m 学生工作⟧</li></ul>
<div class="art"><h1>{T}</h1><div class="meta">⟦m 发布时间：2025-09-22　作者：黄思敏　浏览量：907⟧</div>
{BODY}
<p class="ed">⟦m 文字：黄思敏　图片：韦宁　审核：陆军⟧</p></div>
<div class="pn">⟦l 上一条：学院召开新学期教学工作会议⟧<br>⟦l 下一条：体育学院开展新生入学教育⟧</div>
<div class="ft">⟦d 版权所有 © 桂原民族学院体育学院⟧</div></body></html>
""",
        body="""
9月18日至21日，第十届省少数民族传统体育运动会在邕水市举行。我院板鞋竞速队经过激烈角逐，获得男子3人200米、混合3人100米两枚金牌。
⟦m 图为我院选手在混合3人100米决赛中冲线。⟧
板鞋竞速要求三名队员脚踏同一副长木板鞋，步调一致、协同前进。为备战本届运动会，教练组自6月起组织集训，每天训练三个小时，重点打磨起跑和弯道配合。
学院将以此为契机，进一步推进民族传统体育课程建设，吸引更多学生参与。
""",
    ),
    dict(
        slug="gkforum-interview-ethnic-sports-question",
        site="上岸公考社区 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/t/410288",
        title="如何让板鞋竞速等民族传统体育项目走进更多校园？",
        record_title="[面试真题] 如何让板鞋竞速等民族传统体育项目走进更多校园？（附答题思路） - 结构化面试 - 上岸公考社区",
        date=None,
        notes="decorated exam-forum title; 发表于 2天前 (no date); reply prompts and floor meta",
        page="""
!m 上岸公考社区 › 面试交流 › 结构化面试
{T}
!m 楼主：一次上岸的橘子　发表于 2天前　浏览 1866
!a 本帖答题思路需回复后可见，已回复
{BODY}
!l 顶 27　　踩 0　　收藏　　举报
!l 热门帖子：2026省考面试时间汇总　　结构化面试万能开头？别用！
!d 版权声明：本帖内容仅用于交流学习，转载请注明出处。
""",
        body="""
题目：板鞋竞速是深受群众喜爱的民族传统体育项目，但在不少学校开展得并不多。如果让你负责推动这项工作，你会怎么做？
答题思路：
第一，摸清现状。通过问卷和走访，了解学校在场地、器材、师资方面的困难。
第二，降低门槛。统一采购板鞋器材，编写简易教学视频，在体育课和大课间推广。
第三，以赛促练。组织校际联赛和亲子赛，激发学生兴趣。
第四，总结推广。评选示范学校，把经验做法推广到全县。
""",
    ),
    dict(
        slug="dangjian-banxie-unity-month-speech",
        site="溪岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xilingdj.example.cn/ldjh/2025/0905/1772.html",
        title="在民族团结进步月板鞋竞速比赛开幕式上的讲话",
        record_title="【领导讲话】在民族团结进步月板鞋竞速比赛开幕式上的讲话",
        date="2025-09-05",
        notes="speech title with the speaker line and a Chinese-numeral date under it (neutral); study-points box; share bar",
        page="""
!m 溪岭党建网 —— 凝心聚力 团结奋进
!m 首页 > 领导讲话
{T}
县委统战部部长　莫宏远
（二〇二五年九月五日）
{BODY}
!a 学习积分 +2　　点击完成本篇学习打卡
!l 分享到：朋友圈 | 微博 | 复制链接
!m 主办：中共溪岭县委组织部　技术支持：溪岭县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
同志们、运动员们：
金秋九月，我们在这里举行民族团结进步月板鞋竞速比赛。我代表县委统战部，向参赛的各支队伍表示热烈欢迎！
板鞋竞速讲究的是“三人一条心，六脚一步调”。这和我们各族群众团结奋斗的道理是一样的。
希望各位运动员赛出风格、赛出水平，各工作人员做好安全保障，确保比赛圆满成功。
最后，预祝比赛取得圆满成功！
""",
    ),
    dict(
        slug="community-heyuan-plankshoe-signup",
        site="河苑社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://heyuan.sq.example.cn/notice/2025-10-08.html",
        title="河苑社区板鞋竞速家庭队报名通知",
        record_title="【社区公告】河苑社区板鞋竞速家庭队报名通知",
        date="2025-10-08",
        notes="residents' site: app banner and weather widget; the grid worker's mobile kept; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】河苑社区板鞋竞速家庭队报名通知</title></head>
<body><div class="bar">⟦a 下载“河苑邻里”APP，办事不跑腿⟧</div>
<div class="hd">⟦m 河苑社区服务网⟧　⟦m 今天 晴 16~25℃⟧</div>
<div class="nav">⟦m 社区公告　办事指南　邻里互助　志愿服务⟧</div>
<div class="main"><h2>{T}</h2>
{BODY}
</div>
<div class="side"><p>⟦l 最新公告⟧</p><p>⟦l 关于10月份燃气安全入户检查的通知⟧</p></div>
<div class="ft">⟦m 河苑社区居委会　办公时间：周一至周五 8:30-17:30⟧</div></body></html>
""",
        body="""
各位居民朋友：
为庆祝重阳节，社区将于10月25日上午在中心广场举办“一家三口齐步走”板鞋竞速趣味赛。
一、每队由同一家庭的3名成员组成，其中须有1名60岁以上老人或12岁以下儿童。
二、社区提供板鞋和护具，请穿运动鞋参赛。
三、报名截止时间为10月20日，可到社区服务大厅登记，或联系本网格网格员刘姐：13907783315。
河苑社区居民委员会
2025年10月8日
""",
    ),
    dict(
        slug="wiki-baike-banxie-entry-example-year",
        site="百知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.baizhi.example.com/item/板鞋竞速/20155",
        title="板鞋竞速",
        record_title="板鞋竞速_百知百科",
        date=None,
        notes="encyclopaedia entry: example years inside sentences are not a date; edit links, catalogue, reference list",
        page="""
!m 百知百科 — 人人可编辑的知识库
{T}
!a 编辑　　讨论　　收藏　　赞 93
!m 目录：1 简介　2 起源　3 比赛规则
{BODY}
!l 词条标签：体育运动 民族体育 传统项目
!m 本词条浏览次数：41,206　最近更新：壮乡小编
!d 百科内容仅供参考，如需专业意见请咨询相关机构。
""",
        body="""
板鞋竞速是流行于广西壮族地区的民族传统体育项目，比赛时三名运动员同穿一副长木板鞋，协同行进，以用时少者为胜。
相传明代壮族女将瓦氏夫人抗倭练兵时，让士兵三人同穿一副长板鞋练习步伐，后来逐渐演变为民间游戏。
1999年，板鞋竞速被列为全国少数民族传统体育运动会正式比赛项目。
比赛设60米、100米、200米及接力等项目，运动员须始终脚踏板鞋，中途脱鞋须在原地穿好后方可继续前进。
""",
    ),
    dict(
        slug="exam-xiling-coach-recruit-timetable",
        site="溪岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.xiling.example.gov.cn/ksgg/2025/0612/331.html",
        title="溪岭县体育运动学校2025年公开招聘民族传统体育教练员公告",
        record_title="溪岭县体育运动学校2025年公开招聘民族传统体育教练员公告_考试公告",
        date="2025-06-12",
        notes="exam site: technical support line beside the school's own 咨询电话; timetable table; sentence about downloading 准考证 kept",
        page="""
<html><head><meta charset="utf-8"><title>溪岭县体育运动学校2025年公开招聘民族传统体育教练员公告_考试公告</title></head>
<body><div class="top">⟦m 溪岭人事考试网⟧　<a>⟦a 考生登录⟧</a>　<a>⟦a 准考证打印入口⟧</a></div>
<div class="nav">⟦m 首页　考试公告　成绩查询　政策法规⟧</div>
<div class="main"><h3>{T}</h3><p>⟦m 发布时间：2025-06-12　阅读：3390⟧</p>
{BODY}
</div>
<div class="ft">⟦w 报名系统技术咨询：0778-7139900（工作日 9:00-17:00）⟧<br>⟦d 本网站为溪岭县人力资源和社会保障局唯一指定考试信息发布平台⟧</div>
</body></html>
""",
        body="""
根据工作需要，溪岭县体育运动学校面向社会公开招聘板鞋竞速、抢花炮等民族传统体育项目教练员3名。
一、报考条件：具有大专以上学历，曾获省级以上民族运动会前六名，或具有二级以上运动员等级。
二、考试安排
科目　时间　地点
专项技能测试　7月12日上午　县体育馆
面试　7月13日上午　县体育运动学校
三、考生须于7月8日至11日登录本网站下载打印准考证。
咨询电话：0778-7126021（县体育运动学校办公室）
溪岭县人力资源和社会保障局
2025年6月12日
""",
    ),
    dict(
        slug="hospital-renhe-ankle-clinic-plankshoe",
        site="仁禾县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.renhe-tcm.example.cn/yygg/20250519.html",
        title="关于开设运动损伤专病门诊的通知",
        record_title="关于开设运动损伤专病门诊的通知 - 仁禾县中医医院",
        date="2025-05-19",
        notes="the department's own 咨询电话 beside the hospital's booking and emergency lines; clinic-hours table",
        page="""
!m 仁禾县中医医院　二级甲等中医医院
!m 预约挂号：0778-8116120　24小时急诊：0778-8116999
!m 首页 > 医院公告
{T}
!m 发布者：医务科　时间：2025-05-19　浏览：642
{BODY}
!l 上一篇：端午节门诊安排　下一篇：关于调整住院押金的通知
!m 地址：仁禾县解放路56号
""",
        body="""
近期我县各学校板鞋竞速、篮球等项目训练较多，踝关节扭伤、膝关节损伤就诊人数明显增加。为方便患者就医，我院骨伤科自5月20日起开设运动损伤专病门诊。
时间　坐诊医师
周二全天　蓝振华主任医师
周四上午　岑丽副主任医师
周六上午　骨伤科值班医师
专病门诊咨询电话：0778-8116235
仁禾县中医医院
2025年5月19日
""",
    ),
    dict(
        slug="lawfirm-zhengyi-school-race-injury",
        site="正义律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="text",
        source="https://www.zhengyi-law.example.cn/article/1288.html",
        title="学生参加板鞋竞速比赛受伤，学校要担责吗？",
        record_title="法律讲堂丨学生参加板鞋竞速比赛受伤，学校要担责吗？",
        date="2025-06-03",
        notes="law firm article: byline date; consult prompt and not-legal-advice notice",
        page="""
!m 正义律师事务所　专注教育与人身损害纠纷
!m 首页 > 法律讲堂
{T}
!m 作者：林卫东律师　发布日期：2025-06-03
{BODY}
!d 本文仅为普法交流，不构成对具体案件的法律意见。
!w 免费咨询热线：400-667-2209　微信同号
!l 推荐阅读：课间游戏受伤谁负责？
""",
        body="""
板鞋竞速需要三人协同，训练和比赛中难免摔倒受伤。学生受伤后，学校是否承担责任，要看学校有没有尽到教育、管理职责。
根据民法典的规定，限制民事行为能力人在学校学习、生活期间受到人身损害，学校未尽到教育、管理职责的，应当承担责任。
实践中，法院通常会审查：场地是否平整、器材是否合格、是否安排教师指导、是否开展了安全教育。
建议学校赛前检查器材，做好热身和保护，并为学生购买校方责任险。
""",
    ),
    dict(
        slug="docshare-shuying-referee-rules-html-pages",
        site="书影文档分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.shuying-doc.example.com/view/9930217.html",
        title="板鞋竞速裁判工作细则",
        record_title="板鞋竞速裁判工作细则（可编辑）",
        date=None,
        notes="sharing reader: page markers as HTML paragraphs cut sentences; upload notice; no date",
        page="""
<html><head><meta charset="utf-8"><title>板鞋竞速裁判工作细则（可编辑） - 书影文档分享</title></head>
<body><div class="hd">⟦m 书影文档分享⟧<input placeholder="搜文档"><a>⟦a 上传文档赚收益⟧</a></div>
<div class="doc"><h1>{T}</h1><p>⟦m 上传者：裁判小梁　4页　下载券 2⟧</p>
{BODY}
</div>
<div class="act"><a>⟦a 下载文档⟧</a> <a>⟦a 收藏⟧</a> <a>⟦a 举报⟧</a></div>
<div class="notice">⟦d 本文档由用户上传，书影仅提供存储与展示服务，如有侵权请联系客服处理。⟧</div>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="‖ {n} ‖", every=130, start=2),
        body="""
第一条　裁判组由总裁判长1人、发令员1人、检录员2人、终点裁判4人及计时员若干人组成。
第二条　发令员使用“各就位”“预备”口令后鸣枪，运动员在口令后抢跑的，第一次给予警告，第二次取消该队比赛资格。
第三条　比赛途中，运动员脚离开板鞋的，须在原地重新穿好后方可继续比赛，由沿途裁判监督。
第四条　以板鞋前端到达终点线垂直面为到达终点，成绩以电子计时为准，电子计时故障时以手计时为准。
""",
    ),
]
