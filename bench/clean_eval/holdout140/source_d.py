"""holdout140, part D (invented)."""

CASES = [
    dict(
        slug="news-app-shelter-solar-lights",
        site="砥山融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://m.dishanrm.example.cn/a/20251020/77192.html",
        title="县城六十座候车亭换上太阳能照明",
        record_title="县城六十座候车亭换上太阳能照明丨砥山融媒",
        date="2025-10-20",
        notes="news app page: open-app banner, 24-hour list, editor line glued after last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>县城六十座候车亭换上太阳能照明丨砥山融媒</title></head><body>
<div class="openapp">⟦a 打开砥山融媒客户端 看更多本地新闻⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 砥山融媒　2025-10-20 18:06⟧</div>
<p>县城六十座公交候车亭近日完成照明改造，全部换上太阳能灯具，夜间候车不再“摸黑”。</p>
<p>县交通运输局介绍，新灯具白天蓄电、天黑自动点亮，单座每年可节约电费约四百元。</p>
<p>市民覃女士说，以前晚上下班在站台等车心里发慌，现在亮堂多了。⟦m 责编：罗以宁⟧</p>
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 砥山至礁原城际公交下月开通⟧</li><li>⟦l 县城新增三处停车场⟧</li></ol></div>
<div class="ft">⟦d 未经砥山融媒书面授权不得转载⟧</div>
</body></html>
""",
        body="""
县城六十座公交候车亭近日完成照明改造，全部换上太阳能灯具，夜间候车不再“摸黑”。
县交通运输局介绍，新灯具白天蓄电、天黑自动点亮，单座每年可节约电费约四百元。
市民覃女士说，以前晚上下班在站台等车心里发慌，现在亮堂多了。
""",
    ),
    dict(
        slug="forum-well-diver-recollection-oneline",
        site="老城记忆论坛 (invented)",
        style="论坛",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.laochengjy.example.net/t/55213",
        title="淘井人老冯",
        record_title="淘井人老冯 - 老城往事 - 老城记忆论坛",
        date=None,
        notes="whole body on one line; poster line; 发表于 relative; reply box",
        oneline=True,
        indent="　　",
        page="""
!m 老城记忆论坛 » 老城往事
{T}
!m 作者：巷口的猫　发表于 昨天 22:40　|　看 906 回 17
{BODY}
!l 回复楼主　|　收藏　|　举报
!l 相关帖子：老城的三眼井还在吗？
""",
        body="""
小时候最盼的是淘井人老冯来，他一来，整条巷子的孩子都围着井台看。
老冯腰上系一根麻绳，顺着井壁的脚窝下去，把井底的淤泥一桶桶吊上来。
淘完井，井水清得能看见天，老冯就坐在井台上抽一袋旱烟，谁家给碗水他都说甜。
""",
    ),
    dict(
        slug="blog-shelter-painter-notes",
        site="街角画册 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://jiejiao.example.blog/post/112",
        title="给候车亭画画的一个月",
        record_title="【随笔】给候车亭画画的一个月 | 街角画册",
        date="2025-11-02",
        notes="blog: 发表于 line with bracket time; tags and comment box; glued share prompt after a sentence",
        page="""
!m 街角画册 —— 一个美术老师的业余时间
{T}
!m [2025-11-02 21:17]　分类：画画这件事
{BODY}
!l 标签：公共艺术 / 候车亭 / 志愿者
!l 评论（6）　发表你的看法
!d 本博客文字图片原创，转载请私信
""",
        body="""
十月，我和学生们接了一个任务：给城东十座旧候车亭的背板画上壁画。
我们画了老街、渡口、桐花，还有孩子们想象中的未来公交车。⟦a 喜欢请点赞转发⟧
最难的是天气，刷了底漆遇上下雨，只好第二天铲掉重来。
一个月后，路过的老人会在画前停一会儿，这大概就是我们最大的收获。
""",
    ),
    dict(
        slug="wechat-paotong-blossom-festival",
        site="公号文章备份 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gzh.beifen.example.com/articles/8b2d1e.html",
        title="第三届泡桐花节4月开幕，这份游玩指南请收好",
        record_title="第三届泡桐花节4月开幕，这份游玩指南请收好",
        date="2025-03-30",
        notes="WeChat-style mirror: account card, 阅读原文, 在看, follow prompt; the guide's own 扫码购票 sentence kept; 发布于 date",
        page="""
<html><head><meta charset="utf-8"><title>第三届泡桐花节4月开幕，这份游玩指南请收好</title></head><body>
<div class="rich_media">
<h2>{T}</h2>
<div class="meta">⟦m 磬溪文旅⟧　⟦m 2025-03-30 19:00　发表于湖北⟧</div>
{BODY}
<div class="qr">⟦a 长按二维码 关注磬溪文旅⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 赞 2031　在看 517　分享⟧</div>
</div>
<div class="mirror">⟦d 本站仅备份公开文章，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
4月3日至4月20日，第三届磬溪泡桐花节将在桐乡湾景区举办。
花期内，万亩泡桐林紫白相间，游客可以沿林间步道徒步，也可以乘观光小火车赏花。
景区门票三十元，六十五岁以上老人和身高一点二米以下儿童免票，游客可通过景区公众号扫码购票。
花节期间周末游客较多，建议错峰出行，绿色出行。
""",
    ),
    dict(
        slug="share-well-water-test-report",
        site="文档汇 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.wendanghui.example.net/doc/4471209.html",
        title="关于城区古井水质状况的调研报告",
        record_title="关于城区古井水质状况的调研报告（精编版）",
        date="2025-10-15",
        notes="sharing site: page markers 〈第n页〉 glued or not (mix); results table; price prompt; upload stamp",
        pages=dict(fmt="〈第{n}页〉", every=100, start=2, glue="mix"),
        page="""
!m 文档汇　｜　让知识流动起来
!t 关于城区古井水质状况的调研报告（精编版）
!m 上传时间：2025-11-01　｜　共4页　｜　★★★★☆
{BODY}
!a 下载此文档　￥3.00
!d 本文档为用户上传，文档汇不拥有所有权，如有问题请联系我们。
""",
        body="""
为了解城区古井水质现状，我们于2025年8月至9月对城区十二口仍在使用的古井进行了采样检测。
检测结果显示，十二口古井中有五口总大肠菌群超标，三口硝酸盐氮超标，仅四口各项指标全部合格。
超标的主要原因是井口无盖、周边有排污沟渠和生活垃圾堆放点。
建议：一是对超标古井设立“不宜饮用”警示牌；二是为古井加装井盖和护栏；三是每年开展一次水质检测并向社会公布。
城区政协文史委调研组
2025年10月15日
""",
    ),
    dict(
        slug="edu-school-flag-speech-under-flag",
        site="砾川县实验小学 (invented)",
        style="教育门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.lcsyxx.example.edu.cn/dyhd/2025/0908.html",
        title="国旗下讲话：做一个守时的人",
        record_title="国旗下讲话：做一个守时的人",
        date="2025-09-08",
        notes="school site: 撰稿/审核 line; speaker line neutral; date under title neutral",
        page="""
!m 砾川县实验小学
!m 首页 » 德育天地 » 国旗下讲话
{T}
（2025年9月8日）
六（3）班　贝语桐
{BODY}
!m 撰稿：贝语桐　指导：丁老师　审核：大队部
!l 上一篇：国旗下讲话：新学期新目标
""",
        body="""
老师们、同学们：
早上好！今天我国旗下讲话的题目是《做一个守时的人》。
守时，是对别人的尊重，也是对自己的要求。
升旗仪式七点四十开始，如果有一个同学迟到，整个班级的队伍就不整齐。
让我们从明天开始，早睡早起，按时到校，做一个守时的人。
谢谢大家！
""",
    ),
    dict(
        slug="intranet-paotong-mill-safety-rule-html",
        site="桐乡木业内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="html",
        source="http://intra.tongxiang-wood.example.local/zd/2025/17.html",
        title="板材车间粉尘防爆安全管理规定",
        record_title="内网公告-板材车间粉尘防爆安全管理规定",
        date="2025-06-01",
        notes="intranet document view: 流转记录, read count, watermark text; articles speak of 打印 and 扫码 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>内网公告-板材车间粉尘防爆安全管理规定</title></head><body>
<div class="sys">⟦m 桐乡木业协同办公系统⟧　⟦m 当前用户：车间主任 吴铮⟧　⟦a 退出⟧</div>
<h3>{T}</h3>
<div class="doc">⟦m 发布部门：安环部　发布日期：2025-06-01　已阅 214 人⟧</div>
{BODY}
<div class="flow">⟦l 流转记录：安环部拟稿 → 生产副总审核 → 总经理批准⟧</div>
<div class="wm">⟦d 内部文件 禁止截图外传⟧</div>
</body></html>
""",
        body="""
第一条　泡桐板材砂光、锯切车间每班清扫一次积尘，地面和设备表面积尘厚度不得超过一毫米。
第二条　除尘系统须在生产前十分钟开启，停产后十分钟关闭。
第三条　车间内严禁吸烟和使用明火，动火作业须扫码申请动火许可。
第四条　本规定张贴于各车间入口，各班组长须打印一份随身携带并组织学习。
""",
    ),
    dict(
        slug="qa-flag-size-standard",
        site="百事通问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.baishitong.example.com/q/20931177",
        title="学校升旗用几号国旗合适？",
        record_title="学校升旗用几号国旗合适？急！！明天要买",
        date=None,
        notes="Q&A: casual decorated title, answerer card, 采纳 badge, 回答于 relative time",
        page="""
!m 百事通问答
!t 学校升旗用几号国旗合适？急！！明天要买
!m 提问于 2小时前　｜　分类：教育/学校
!m ✔ 已采纳　旗杆下的老王　回答于 1小时前
{BODY}
!l 有用(35)　没用(1)　追问
!l 其他回答（3）
""",
        body="""
国旗通用尺度有五种：一号288×192厘米，二号240×160厘米，三号192×128厘米，四号144×96厘米，五号96×64厘米。
一般旗杆高十二米左右的学校用二号或三号旗比较协调，旗杆八米以下建议用四号。
购买时认准有国旗定点生产资质的厂家，颜色、五星位置都要符合国家标准。
""",
    ),
    dict(
        slug="anthology-shelter-commute-essay-html",
        site="半亩塘文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://banmutang.example.org/wj/3/18.html",
        title="候车亭里的四季",
        record_title="《半亩塘文集》卷三｜候车亭里的四季",
        date=None,
        notes="personal collection chapter view: volume nav, chapter list sidebar; no date",
        page="""
<html><head><meta charset="utf-8"><title>《半亩塘文集》卷三｜候车亭里的四季</title></head><body>
<div class="hd">⟦m 半亩塘文集⟧ ⟦m 一个公交司机的三十年⟧</div>
<div class="vol">⟦l 卷一 车轮上　卷二 站与站　卷三 候车亭⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pager">⟦l 上一章：末班车⟧　⟦l 目录⟧　⟦l 下一章：雪夜⟧</div>
<footer>⟦d 文集收录作者原创作品，未经同意请勿转载⟧</footer>
</body></html>
""",
        body="""
开了三十年公交，我认得沿线每一座候车亭。
春天，桥头那座候车亭边的泡桐开花，等车的人头上落一层紫色。
夏天，学校门口的候车亭挤满背书包的孩子，一开门就叽叽喳喳地涌上来。
冬天最早一班车，候车亭里常常只有扫街的老李，他上车第一句话总是：“今天又冷了。”
那一刻，我总觉得候车亭也是有温度的。
""",
    ),
    dict(
        slug="party-well-volunteer-summary",
        site="砺城党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.lcdj.example.gov.cn/zbfc/2025/1130/4412.html",
        title="“守护古井·传承乡愁”党员志愿服务活动总结",
        record_title="【支部风采】“守护古井·传承乡愁”党员志愿服务活动总结",
        date="2025-11-28",
        notes="Party site: font row, source/editor line, list of volunteer actions; date in Chinese numerals",
        page="""
!m 砺城党建网 | 红色砺城
!m 首页 ＞ 支部风采
{T}
!m 来源：城关街道党工委　编辑：许晓　浏览次数：190
!a 【字体：大 中 小】【打印】
{BODY}
!l 相关链接：我县开展“党员进网格”活动
!d 砺城县委组织部主办　版权所有
""",
        body="""
今年以来，街道机关党支部组织党员开展“守护古井·传承乡愁”志愿服务活动，现将有关情况总结如下。
一是开展清淤保洁。组织党员志愿者二十八人次，对辖区六口古井进行清淤和井台整修。
二是讲好古井故事。走访老人十九位，整理古井传说十二则，编印成小册子在社区发放。
三是建立长效机制。为每口古井明确一名党员“井长”，每月巡查不少于两次。
城关街道机关党支部
二〇二五年十一月二十八日
""",
    ),
    dict(
        slug="hospital-flag-raising-ceremony-news-html",
        site="磐湖市中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.phzyy.example.com/yydt/2025/0819/6601.html",
        title="我院举行“中国医师节”升旗仪式",
        record_title="我院举行“中国医师节”升旗仪式_医院动态_磐湖市中医院",
        date="2025-08-19",
        notes="hospital site: floating consult box and appointment links (chrome), photo caption, 供稿 line",
        page="""
<html><head><meta charset="utf-8"><title>我院举行“中国医师节”升旗仪式_医院动态_磐湖市中医院</title></head><body>
<div class="top">⟦m 磐湖市中医院　三级甲等中医医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　医院动态　患者服务⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-08-19　供稿：党委办公室⟧</div>
{BODY}
<div class="float">⟦w 在线咨询　医生在线 点击咨询⟧</div>
<div class="foot">⟦m 医院地址：磐湖市健康路3号　急诊电话：0753-2120120⟧</div>
</body></html>
""",
        body="""
8月19日清晨，我院在门诊楼前广场举行“中国医师节”升旗仪式，二百余名医护人员参加。
仪式结束后，院长为十名“最美医师”颁发荣誉证书。
⟦m 图为升旗仪式现场。⟧
院长在致辞中说，希望全院医师坚守初心，用精湛医术守护群众健康。
""",
    ),
    dict(
        slug="college-well-survey-students-text",
        site="礁原师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jysfxy.example.edu.cn/xwdt/2025/0726/3110.htm",
        title="我院学子暑期走访古村寻访百口古井",
        record_title="我院学子暑期走访古村寻访百口古井-礁原师范学院",
        date="2025-07-26",
        notes="university news: 点击 count, 撰稿/审核 line; glued editor credit; prev/next",
        page="""
!m 礁原师范学院新闻网
!m 首页 > 学院新闻 > 正文
{T}
!m 发布时间：2025-07-26　　点击次数：642
{BODY}
!m 撰稿：历史文化学院　审核：宣传部
!l 上一条：我院举办暑期教师研修班
!l 下一条：学院召开新学期工作部署会
""",
        body="""
7月，我院历史文化学院“寻井”社会实践团走访了礁原、砥山两县的十七个古村落。
队员们测量了一百零三口古井的井深和井口尺寸，拍摄照片一千余张，采访老人四十余位。
实践团指导教师说，古井是村落选址和聚落形成的重要见证，值得系统研究。⟦m （历史文化学院供稿）⟧
""",
    ),
    dict(
        slug="localforum-shelter-moved-complaint",
        site="砾川生活网 (invented)",
        style="地方论坛",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.lichuanlife.example.com/thread-20251014-771.html",
        title="新华路候车亭挪走了，老人等车只能晒太阳",
        record_title="新华路候车亭挪走了，老人等车只能晒太阳【民生求助】",
        date=None,
        date_also=["2025-10-14"],
        notes="local forum: official reply below the post (chrome list), poster stats; post time only",
        junk=dict(lines=1, glued=1),
        page="""
!m 砾川生活网 › 民生求助
{T}
!m 楼主 新华路老住户　2025-10-14 07:55
{BODY}
!l 【官方回复】砾川公交集团：已收到反映，新候车亭预计11月上旬安装完毕。
!l 回帖（23）　我也要说
""",
        body="""
新华路菜市场门口的候车亭上个月被拆了，说是要挪到前面五十米。
可是一个多月过去了，新的还没装，老人买完菜只能站在太阳底下等车。
希望有关部门尽快安排，哪怕先放几张凳子也好。
""",
    ),
    dict(
        slug="download-flag-ceremony-host-script",
        site="资料铺 (invented)",
        style="资料下载站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.ziliaopu.example.com/down/20771.html",
        title="开学典礼升旗仪式主持词",
        record_title="开学典礼升旗仪式主持词.docx",
        date=None,
        notes="download station: file info, mirrors; placeholders ×× kept; no date",
        page="""
!m 资料铺 — 教师办公资料下载
!m 文件名：开学典礼升旗仪式主持词.docx　大小：18KB　更新：2025-08-20
{BODY}
!a 本地高速下载　｜　网盘下载　｜　报告错误
!d 本站部分资料由网友提供，如有侵权请告知删除。
""",
        body="""
升旗仪式现在开始。
第一项：出旗。请全体肃立，护旗手出旗。
第二项：升国旗，奏国歌。全体师生行注目礼，少先队员行队礼。
第三项：国旗下讲话。有请××班××同学讲话。
第四项：校长致辞。有请××校长讲话。
升旗仪式到此结束。
""",
    ),
    dict(
        slug="exam-paotong-ranger-score-list-html",
        site="磬溪人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.qxrsks.example.gov.cn/tzgg/2025/0822/771.html",
        title="磬溪县国有林场2025年公开招聘工作人员面试成绩公示",
        record_title=None,
        date="2025-08-22",
        notes="exam site: title missing; score table; complaint phone kept; site's technical phone chrome",
        page="""
<html><head><meta charset="utf-8"><title>磬溪人事考试网</title></head><body>
<div class="hd">⟦m 磬溪人事考试网⟧ ⟦a 考生登录⟧ ⟦a 准考证打印入口⟧</div>
<div class="pos">⟦m 您现在的位置：首页 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-08-22　来源：县人社局⟧</div>
{BODY}
<div class="ft">⟦m 技术支持电话：0758-3310086⟧ ⟦d 磬溪县人事考试中心 版权所有⟧</div>
</body></html>
""",
        body="""
现将磬溪县国有林场2025年公开招聘工作人员面试成绩公示如下：
岗位　准考证号　面试成绩　总成绩
营林技术员　20250311　84.60　79.32
营林技术员　20250307　81.20　77.05
护林员　20250402　79.80　74.66
公示期三个工作日，如有异议请向县人社局反映，电话：0758-3312207。
""",
    ),
]
