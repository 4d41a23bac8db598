"""holdout45, part E: 范文 apps, exam forums, encyclopaedia/Q&A pages, cloud-drive shares,
search snapshots and print views — a brush-maker's essay, a tugboat interview answer, a stele
rubbing entry, a net factory's rules on a cloud drive, a bridge office in a snapshot, a peanut
co-op's print view. All invented."""

CASES = [
    dict(
        slug="fanwenapp-zihao-brush-insight-share",
        site="笔下生花范文APP 分享页 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.bxsh-app.example.com/share/a/5503821?from=wx",
        title="学习毛笔制作技艺的心得体会",
        record_title="学习毛笔制作技艺的心得体会（精选3篇）",
        date=None,
        notes="a 范文 app's share page: an 'open in app' banner, a 'continue reading in app' prompt between paragraphs, a bottom bar; no date (a share stamp only)",
        page="""
!a 打开APP，阅读体验更佳 〉
!t 学习毛笔制作技艺的心得体会（精选3篇）
!m 笔下生花 · 范文频道　　分享于 2025-07-30
{BODY}
!a 剩余2篇精选范文，请在APP内继续阅读
!l 上一篇　　目录　　下一篇
!a 复制　　收藏　　下载Word
""",
        body="""
这个暑假，我在县毛笔制作技艺传习所当了一个月学徒，第一次知道一支毛笔要经过七十多道工序。
师傅说，选毛最考验耐心，一根根挑出断锋和杂毛，一上午也挑不了一小撮。
⟦a 👉 点击展开全文，在APP内免费阅读⟧
我做的第一支笔毛锋参差不齐，师傅让我拆了重做，我这才明白“慢工出细活”的道理。
这段经历让我懂得，任何手艺都没有捷径，只有一遍一遍地练。
""",
    ),
    dict(
        slug="fanwenapp-lanwan-tug-report-reading-mode-html",
        site="公文宝APP 阅读模式 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://app.gongwenbao.example.cn/read/771230",
        title="拖轮公司船长2024年度述职报告",
        record_title="拖轮公司船长2024年度述职报告（word可改）",
        date="2025-01-06",
        notes="an app's reading mode: font and night-mode toggles, a member-unlock float, a 'writer services' box; 成文日期 under the signature",
        page="""
<html><head><title>公文宝</title></head><body>
<div class="bar">⟦a Aa 字号　☾ 夜间　⇪ 分享⟧</div>
<h1>⟦t 拖轮公司船长2024年度述职报告（word可改）⟧</h1>
<div class="src">⟦m 公文宝 · 述职报告 · 2.3万人读过⟧</div>
<section class="article">
{BODY}
</section>
<div class="vip">⟦a 开通会员，去广告并解锁全部范文下载⟧</div>
<div class="svc">⟦w 材料急用？公文宝代写服务，最快2小时交稿⟧</div>
<div class="tab">⟦l 首页　发现　书架　我的⟧</div>
</body></html>
""",
        body="""
一年来，我担任“缆港拖5”船长，带领全船九名船员安全完成协助靠离泊作业八百二十艘次。
在安全管理上，我坚持每次作业前召开班前会，全年组织船舶应急演练十二次。
在技术提升上，我带头学习电动拖轮操纵技术，考取了新的适任证书。
不足之处是对年轻船员的帮带还不够，新的一年我将加强传帮带。
述职人：顾海涛
2025年1月6日
""",
    ),
    dict(
        slug="gkforum-gongling-interview-answer-text",
        site="拱岭公考论坛 (invented)",
        style="公考论坛",
        genre="答题",
        kind="answer",
        form="text",
        source="http://www.glgk.example.com/forum/t-30021.html",
        title="面试真题：如何做好古桥保护的群众宣传工作",
        record_title="[面试真题] 面试真题：如何做好古桥保护的群众宣传工作（附答题思路）",
        date="2025-05-11",
        notes="exam forum: a bracketed category and an aside in the record title, the post time as the page date, floors, a paid-course ad between paragraphs, an answer in numbered points",
        page="""
!m 拱岭公考论坛 » 面试交流 » 结构化面试
!t [面试真题] 面试真题：如何做好古桥保护的群众宣传工作（附答题思路）
!m 上岸的小桥　发表于 2025-05-11 22:06　|　查看 1877 回复 41
{BODY}
!l 回复 #2　备考中的阿宁：感谢楼主分享！
!l 回复 #3　拱岭考公人：马住
""",
        body="""
题目：你所在的县有许多古桥，但群众保护意识不强，领导让你做好宣传工作，你会怎么做？
我的答题思路如下。
第一，摸清情况。先到古桥所在的村走访，了解群众对古桥的认识和存在的破坏行为。
⟦a 【面试一对一精品课】报名立减300元，点此了解⟧
第二，创新形式。请村里老人讲古桥故事，组织学生给古桥画像，让宣传接地气。
第三，建立机制。在每座古桥旁设立保护公示牌，公布保护责任人和举报电话。
""",
    ),
    dict(
        slug="gkforum-zhongbu-shenlun-essay-html",
        site="钟埠申论交流社区 (invented)",
        style="公考论坛",
        genre="申论",
        kind="article",
        form="html",
        source="https://sl.zbgk.example.net/thread/8833",
        title="守护老手艺，留住城市的记忆",
        record_title="[申论范文] 守护老手艺，留住城市的记忆（附批改意见）",
        date="2025-10-09",
        notes="exam forum HTML: a jammer-font junk, a teacher's grading box after the essay (chrome), a points line; the post's 发布于 time as the page date",
        junk=dict(lines=0, glued=2),
        page="""
<html><head><title>[申论范文] 守护老手艺，留住城市的记忆（附批改意见）</title></head><body>
<div class="hd">⟦m 钟埠申论交流社区⟧ ⟦a 签到领积分⟧</div>
<div class="post"><div class="u">⟦m 申论小白兔　发布于 2025-10-09 12:40⟧</div>
<h2>⟦t [申论范文] 守护老手艺，留住城市的记忆（附批改意见）⟧</h2>
{BODY}
<div class="grade">⟦l 老师批改：立意准确，论证充分，建议第三段再举一个例子。预估得分：32/40⟧</div>
<div class="vote">⟦l 顶（25）　踩（1）　收藏本帖⟧</div></div>
<div class="ft">⟦d 本社区内容仅供备考交流⟧</div>
</body></html>
""",
        body="""
钟楼的报时声、修表铺的嘀嗒声，是许多老钟埠人心中抹不去的城市记忆。
然而，随着电子表的普及，修表这门老手艺正面临后继无人的困境。
守护老手艺，需要政府搭台。设立技艺传承补贴，为老师傅带徒提供场地和资金。
守护老手艺，需要市场助力。把修表体验与文旅结合，让老手艺找到新的生存空间。
只有让老手艺活在当下，城市的记忆才能代代相传。
""",
    ),
    dict(
        slug="wiki-beitang-rubbing-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="article",
        form="html",
        source="https://baike.zhiyuan.example.com/item/湿拓法",
        title="湿拓法",
        record_title="湿拓法_知源百科",
        date=None,
        notes="encyclopaedia entry: an edit/history row, a contents box, references and a 'this entry was edited N times' line; an example date inside a sentence (no date); a data table",
        page="""
<html><head><title>湿拓法_知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧ ⟦a 编辑　讨论　收藏　分享⟧</div>
<h1>{T}</h1>
<div class="sum">⟦m 本词条由“知源百科文化类”认证⟧</div>
<div class="toc"><b>⟦l 目录⟧</b> ⟦l 1 简介　2 工序　3 注意事项⟧</div>
{BODY}
<div class="ref"><b>⟦l 参考资料⟧</b> ⟦l 1.《碑塘金石录》．碑塘县碑拓研究会⟧</div>
<div class="hist">⟦m 词条统计　浏览次数：4821　编辑次数：6次历史版本　最近更新：拓友老宋⟧</div>
<div class="ft">⟦d ©2025 知源百科　使用百科前必读⟧</div>
</body></html>
""",
        body="""
湿拓法是传拓的一种基本方法，先将宣纸用清水润湿贴于碑面，再用拓包蘸墨捶拓。
工序　要点
上纸　纸要润湿均匀，不起皱
捶纸　用棕刷轻敲，使纸嵌入字口
上墨　拓包蘸墨宜少，由浅入深
湿拓法拓出的拓片黑白分明，适合字口清晰的碑刻。
拓片落款一般注明拓制时间，如“乙巳年三月拓于碑塘文庙”。
""",
    ),
    dict(
        slug="wiki-zhenyuan-peanut-qa-text",
        site="一问百知 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.yiwenbz.example.com/wenda/33012.html",
        title="花生油压榨厂需要办哪些证",
        record_title="花生油压榨厂需要办哪些证？求懂行的人解答",
        date="2025-08-02",
        notes="Q&A: the question with an asker aside, an 回答于 line as the page date, a list of permits, 'helpful' buttons and a related-questions list",
        page="""
!m 一问百知 > 生活 > 创业
!t 花生油压榨厂需要办哪些证？求懂行的人解答
!m 榛垣小老板　提问于 2025-07-29
!m 粮油老行家　回答于 2025-08-02　|　采纳率 92%
{BODY}
!l 这个回答对你有帮助吗？ 有帮助(17)　没帮助(0)
!l 相关问题：小作坊榨油犯法吗？ / 食用油标签怎么印？
""",
        body="""
开办花生油压榨厂，一般需要办理以下证照：
1. 营业执照，到当地市场监管部门办理。
2. 食品生产许可证，压榨车间和检验室要达到相关条件。
3. 排污登记，压榨产生的废水要处理达标。
建议开办前先到县市场监管局咨询，按要求设计车间布局，避免返工。
""",
    ),
    dict(
        slug="netdisk-guxi-net-rules-cloud-share-html",
        site="云匣网盘 分享页 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="html",
        source="https://pan.yunxia.example.com/s/1Qz8kN2v",
        title="织网车间安全生产责任制",
        record_title="织网车间安全生产责任制.pdf",
        date="2025-02-10",
        notes="cloud-drive share: a file list, expiry and save prompts (no date), a PDF preview with the rules and a 发布日期 inside the document at the end",
        page="""
<html><head><title>织网车间安全生产责任制.pdf_免费高速下载|云匣网盘</title></head><body>
<div class="hd">⟦m 云匣网盘⟧ ⟦a 登录　注册　客户端下载⟧</div>
<div class="share">⟦m 罟溪网厂小陈 分享的文件⟧ ⟦m 失效时间：7天后⟧</div>
<div class="file"><span>⟦t 织网车间安全生产责任制.pdf⟧</span> ⟦m 1.2MB⟧ ⟦a 保存到网盘　下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 超级会员可享极速下载，立即开通 ›⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，云匣网盘依法保护用户隐私⟧</div>
</body></html>
""",
        body="""
一、车间主任是本车间安全生产第一责任人，对车间安全生产工作全面负责。
二、班组长负责本班组的安全检查，督促职工正确使用防护用品。
三、织网工应当严格执行操作规程，发现设备异常立即停机报告。
四、安全员每日巡查一次，检查情况记入安全台账。
罟溪绳网厂　2025年2月10日发布
""",
    ),
    dict(
        slug="netdisk-zihao-brush-speech-text-share",
        site="盒子云盘 (invented)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.hezipan.example.cn/share/init?surl=Zh8Kx",
        title="在紫毫毛笔文化节开幕式上的致辞",
        record_title="在紫毫毛笔文化节开幕式上的致辞.docx",
        date="2025-10-19",
        notes="a cloud share of a .docx: file-name title; a 'save / download' bar, a 'share expires' line; the date under the speech title; speaker line neutral",
        page="""
!m 盒子云盘 | 文件分享
!t 在紫毫毛笔文化节开幕式上的致辞.docx
!m 分享者：zihao_wenlv　文件大小：18KB　有效期：永久有效
!a 保存到我的云盘　　普通下载
紫毫县人民政府县长　许文渊
（2025年10月19日）
{BODY}
!d 举报　|　云盘服务协议
""",
        body="""
尊敬的各位来宾，朋友们：
金秋十月，笔香满城。今天，紫毫县首届毛笔文化节隆重开幕了！
紫毫制笔已有千年历史，一支小小的毛笔，承载着我们这座小城的文化根脉。
我们将建设毛笔文化产业园，培养更多年轻笔工，让紫毫毛笔走向全国。
预祝本届文化节圆满成功！
""",
    ),
    dict(
        slug="snapshot-gongling-bridge-office-html",
        site="搜索快照 (invented cache of 拱岭县古桥保护所)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souxun.example.com/c?m=gongling-gqbhs-20250421",
        title="关于招募古桥义务巡护员的公告",
        record_title="关于招募古桥义务巡护员的公告 - 拱岭县古桥保护所",
        date="2025-04-21",
        notes="a search cache frame: the 'this is a snapshot' banner with a crawl time (no date) and highlighted terms, then the original page; a volunteers' form link kept as content",
        page="""
<html><head><title>关于招募古桥义务巡护员的公告 - 拱岭县古桥保护所</title></head><body>
<div class="snapbar">⟦d 这是搜寻网对 http://gqbhs.gongling.example.gov.cn/ 的缓存快照，抓取于 2025-05-02 03:11，当前页面可能已经更改。⟧</div>
<div class="snapbar2">⟦m 以下搜索词已高亮显示：古桥 巡护员⟧ ⟦a 点击查看原网页⟧</div>
<div class="orig">
<div>⟦m 拱岭县古桥保护所⟧</div>
<div>⟦m 首页 > 工作动态⟧</div>
<h2>{T}</h2>
<div>⟦m 发布日期：2025-04-21⟧</div>
{BODY}
<div>⟦m 拱岭县古桥保护所 版权所有⟧</div>
</div></body></html>
""",
        body="""
为动员社会力量参与古桥保护，我所面向社会招募古桥义务巡护员三十名。
一、条件：热爱文物保护工作，身体健康，居住在古桥附近的优先。
二、职责：每周巡查古桥一次，发现损坏、违规通行等情况及时报告。
三、报名：填写报名表后交至所在村委会，或发送邮件至gqbhs@example.gov.cn。
拱岭县古桥保护所
2025年4月21日
""",
    ),
    dict(
        slug="snapshot-lanwan-tug-text-cache",
        site="文本快照 (invented cache of 缆湾海事)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://snapshot.kuaizhao.example.net/text?u=lwmsa-notice-0903",
        title="关于加强港区拖轮作业安全管理的通知",
        record_title=None,
        date="2025-09-03",
        notes="a text-only cache: no record title, found after the cache banner; cache time no date; the notice's own 值班电话 kept; page markers none",
        page="""
!d 【文本快照】本页为纯文字版本，保存时间：2025年9月10日 14:02
!m 原网址：http://www.lwmsa.example.gov.cn/tzgg/20250903.html
!m 缆湾海事局
{T}
{BODY}
!a 查看完整网页版
""",
        body="""
各港航单位、拖轮公司：
近期港区船舶流量大幅增加，为防范拖轮作业事故，现就有关事项通知如下。
一、拖轮公司要严格执行船员配员标准，严禁船员疲劳作业。
二、拖轮作业期间应当保持甚高频十六频道守听。
三、海事局值班电话：0596-3399110。
缆湾海事局
2025年9月3日
""",
    ),
    dict(
        slug="print-zhenyuan-peanut-plan-print-view",
        site="榛垣镇人民政府 打印页 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.zhenyuan.example.gov.cn/print.jsp?id=33018",
        title="榛垣镇2025年花生绿色高产示范方案",
        record_title="榛垣镇2025年花生绿色高产示范方案 - 打印",
        date="2025-03-28",
        notes="a print view: a print header with a print time (no date), a 'print / close' row, a page footer '第1页 共1页', and a URL line; 成文日期 at the end",
        page="""
!a 【打印】　【关闭】
!m 打印时间：2025-04-02 10:12:45
{T}
{BODY}
!m 本文链接：http://www.zhenyuan.example.gov.cn/art/2025/3/28/art_331_33018.html
!p — 第1页 共1页 —
""",
        body="""
为推广花生绿色高产技术，今年在东岭、西岭两村建设示范田一千亩。
1. 推广高油酸花生品种，统一供种，统一播种。
2. 推广单粒精播和地膜覆盖技术，亩用种量减少三分之一。
3. 推广绿色防控，使用杀虫灯和性诱剂，减少化学农药使用。
榛垣镇人民政府
2025年3月28日
""",
    ),
    dict(
        slug="print-zhongbu-clock-rules-html",
        site="钟埠县文化馆 打印预览 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.zbwhg.example.cn/print/2025/0603.html",
        title="老钟楼参观须知",
        record_title="〔打印版〕老钟楼参观须知",
        date=None,
        notes="a print preview page: a print button and a 'print settings' row, a footer with the page URL and page count; the rules speak of 拍照/打印 tickets as content; no date",
        page="""
<html><head><title>〔打印版〕老钟楼参观须知</title><style>@media print{.np{display:none}}</style></head><body>
<div class="np">⟦a 🖨 打印本页　　页面设置　　返回原文⟧</div>
<div class="h">⟦m 钟埠县文化馆⟧</div>
<h1>{T}</h1>
{BODY}
<div class="foot">⟦m https://www.zbwhg.example.cn/whdt/2025/0603.html⟧ ⟦p 1／1⟧</div>
</body></html>
""",
        body="""
一、老钟楼每周二至周日开放，开放时间为上午9时至下午4时。
二、参观实行预约制，请提前在县文化馆公众号预约，到馆后出示预约码或打印的预约单。
三、钟楼内楼梯狭窄，每次登楼不超过十人，儿童须由成人陪同。
四、请勿触摸机芯和钟摆，拍照时请勿使用闪光灯。
""",
    ),
]
