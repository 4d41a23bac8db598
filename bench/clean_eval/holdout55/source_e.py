"""holdout55, part E: 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页 — a
hot-spring resort's summary and a radio office's speech in writing apps, exam-forum posts on
a port-inspection interview and a farm-machinery essay, encyclopaedia entries, cloud-drive
shares, cache snapshots and print views. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-wenquan-summary-share",
        site="笔友写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.biyouxz.example.com/share/art?aid=5527301&from=wx",
        title="温泉度假村客房部2025年工作总结",
        record_title="温泉度假村客房部2025年工作总结（通用2篇）",
        date="2025-12-25",
        notes="app share page: open-in-app banners top and bottom, a paywall between paragraphs, a writer-service prompt glued before a sentence",
        page="""
!a 打开笔友写作APP，阅读体验更佳
!m 笔友写作 · 范文库
{T}
!m 笔友认证作者 · 温泉小管家　　收藏 312
{BODY}
!a 在APP内打开　｜　复制全文需会员
!d 范文仅供参考，请勿直接照搬
""",
        body="""
2025年，客房部在度假村领导班子的带领下，全年接待住客九万六千人次，客房出租率达到百分之七十一。
一是抓服务细节。每间客房配备温泉泡汤须知和防滑拖鞋，住客好评率提高了六个百分点。
⟦a 以下内容需开通笔友会员后查看⟧
⟦w 急用材料？笔友写手一对一定制，点此下单⟧二是抓安全管理。每月开展一次消防演练，全年未发生安全事故。
三是抓节能降耗。推行布草按需更换，全年节约洗涤费用九万元。
客房部
2025年12月25日
""",
    ),
    dict(
        slug="fanwenapp-wuxiandian-speech-html",
        site="公文侠APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://h5.gongwenxia.example.cn/p/88231?share=1",
        title="在全市无线电安全保障动员会上的讲话",
        record_title="在全市无线电安全保障动员会上的讲话｜公文侠",
        date=None,
        notes="H5 share page; no date (the speech has none; 已有3.2万人阅读 and 'edited 5 min ago' are not dates); speaker line neutral; open-in-app bars",
        page="""
<html><head><title>在全市无线电安全保障动员会上的讲话｜公文侠</title><meta name="viewport" content="width=device-width"></head><body>
<div class="openapp">⟦a 公文侠APP内打开，免费领取3天会员⟧</div>
<h1>{T}</h1>
<p class="spk">市工业和信息化局副局长　芮同</p>
<div class="stat">⟦m 已有3.2万人阅读 · 5分钟前编辑⟧</div>
{BODY}
<div class="lock">⟦a 全文共2180字，解锁后可一键复制⟧</div>
<div class="recs">⟦l 相似范文：无线电监测站年度工作汇报　重大活动保障方案⟧</div>
<div class="bottom">⟦a 下载公文侠，写材料快人一步⟧</div></body></html>
""",
        body="""
同志们：
下个月，全省运动会将在我市举行，无线电安全保障是赛事保障的重要一环。
各参与单位要把思想统一到保障任务上来，做到频率不冲突、信号不中断、干扰早发现。
市无线电管理处要提前完成场馆电磁环境测试，各通信运营企业要配合做好基站调整。
""",
    ),
    dict(
        slug="gkforum-koan-interview-floors",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.shanganba.example.com/thread-661204-1-1.html",
        title="口岸服务中心面试经验分享",
        record_title="[面经] 口岸服务中心面试经验分享 - 事业单位面试 - 上岸吧公考论坛",
        date="2025-09-03",
        notes="exam forum floors; the post's date line; forum junk lines; reply box",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸吧公考论坛 › 事业单位面试 › 面经分享
!t [面经] 口岸服务中心面试经验分享
!m 楼主　岸上的鱼　发表于 2025-09-03 22:17
{BODY}
!m 本帖被 版主小蓝 加入精华　2025-09-04
!l 2楼 努力上岸中：感谢分享，收藏了
!l 3楼 七月流火：请问结构化一共几道题？
!a 回复　收藏　分享到微信
""",
        body="""
上周参加了榆湾市口岸服务中心的面试，结构化面试一共三道题，每道题思考一分钟。
第一题是综合分析，问的是口岸“智慧通关”对旅客和企业的意义。
第二题是应急应变，情景是旅检大厅突然涌入大批旅客，通道拥堵怎么办。
第三题是人际沟通，问和同事在查验流程上有分歧如何处理。
建议大家平时多关注口岸的新闻，答题时多结合岗位实际。
""",
    ),
    dict(
        slug="gkforum-nongji-essay-html",
        site="申论之家 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.shenlunzj.example.net/t/30981.html",
        title="范文：让农机跑出乡村振兴加速度",
        record_title=None,
        date="2025-04-12",
        notes="no record title; Discuz-like exam forum with jammer fonts; 发表于 date; moderator score line",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><title>范文：让农机跑出乡村振兴加速度 - 申论范文 - 申论之家</title></head><body>
<div id="hd">⟦m 申论之家　公考人的加油站⟧ ⟦a 登录 注册 找回密码⟧</div>
<div id="pt">⟦m 申论之家 › 申论范文 › 帖子⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 作者：笔杆子老杨　发表于 2025-4-12 20:05⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦m 评分：参与人数 5　积分 +15⟧</div>
<div class="ft">⟦l 相关帖子：农业现代化申论素材汇总⟧</div></body></html>
""",
        body="""
春耕时节，田野里农机轰鸣，已经成为乡村新的风景。
农业机械化是农业现代化的重要标志。近年来，各地通过购机补贴、社会化服务等举措，让农机走进千家万户。
但也要看到，丘陵山区“无机可用”“有机难用”的问题依然存在。
让农机跑出乡村振兴加速度，需要研发适合小地块的机具，也需要培养一批懂技术的新农人。
""",
    ),
    dict(
        slug="wiki-shouyu-entry-edit",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="text",
        source="https://baike.zhiyuan.example.com/item/手语翻译员",
        title="手语翻译员",
        record_title="手语翻译员_知源百科",
        date=None,
        notes="encyclopaedia entry: edit links, contents box, reference list, 最近更新 stamp not a date",
        page="""
!m 知源百科 · 人人可编辑的百科全书
!a 编辑　｜　讨论　｜　收藏
{T}
!m 本词条由“知源百科·职业词条组”审核
!l 目录：1 定义　2 工作内容　3 从业要求
{BODY}
!l 参考资料：[1] 职业分类大典（示例版）
!m 词条统计：浏览 8,116次　编辑 9次　最近更新：2025-10-02
!d 百科内容仅供参考，如需专业意见请咨询相关机构
""",
        body="""
手语翻译员是在听障人士和健听人士之间进行手语与有声语言互译的专业人员。
主要工作内容包括会议翻译、法庭翻译、医疗翻译和电视新闻手语播报等。
从事手语翻译工作，一般需要熟练掌握国家通用手语，并具有良好的职业道德和保密意识。
""",
    ),
    dict(
        slug="wiki-lengku-question-html",
        site="问道百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wendaobk.example.cn/ask/81107.html",
        title="冷库安全管理制度一般包括哪些内容？",
        record_title="冷库安全管理制度一般包括哪些内容？",
        date=None,
        notes="Q&A encyclopaedia: answer's numbered list kept; template placeholder ××××年×月×日 kept; no date",
        page="""
<html><head><title>冷库安全管理制度一般包括哪些内容？-问道百科</title></head><body>
<div class="hd">⟦m 问道百科⟧ ⟦a 我要提问　我要回答⟧</div>
<h1>{T}</h1>
<div class="ans">
{BODY}
</div>
<div class="useful">⟦l 这个回答有帮助吗？有用(31) 没用(1)⟧</div>
<div class="ft">⟦d 问道百科内容来自网友，仅供参考⟧</div></body></html>
""",
        body="""
一份完整的冷库安全管理制度，通常包括以下内容：
1. 人员管理：进出冷库登记、防冻保护装备穿戴。
2. 设备管理：制冷机组、报警装置定期检查。
3. 应急管理：制冷剂泄漏、人员被困的处置流程。
制度末尾一般写明制定单位和日期，例如“××冷链有限公司　××××年×月×日”。
""",
    ),
    dict(
        slug="netdisk-minsu-plan-share",
        site="云兜网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yundou.example.com/s/1kT9xQ",
        title="竹岭乡民宿集群发展三年行动方案",
        record_title="竹岭乡民宿集群发展三年行动方案.pdf",
        date="2025-02-18",
        notes="cloud-drive preview: file-name title; expiry and size lines; save/download buttons; 成文日期",
        page="""
!m 云兜网盘　｜　分享文件
!m 竹岭乡民宿集群发展三年行动方案.pdf　1.3MB
!m 分享者：竹***乡　有效期：永久有效
!a 保存到我的云兜　普通下载　极速下载
{BODY}
!a 预览仅显示前2页，保存到网盘查看完整文件
!d 请勿通过云兜网盘分享违法违规内容
""",
        body="""
为加快民宿产业发展，打造竹岭民宿集群，制定本行动方案。
一、到2027年，全乡精品民宿达到六十家，床位一千张。
二、实施村庄风貌提升、配套设施完善、人才培养三大工程。
三、每年评选“竹岭金牌民宿”十家，给予一次性奖励。
竹岭乡人民政府
2025年2月18日
""",
    ),
    dict(
        slug="netdisk-xiju-minutes-html",
        site="盒子云盘 (invented)",
        style="网盘分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.heziyun.example.cn/share/preview/a7d21c",
        title="剧团艺术委员会剧本研讨会纪要",
        record_title="剧团艺术委员会剧本研讨会纪要.docx",
        date="2025-03-20",
        notes="cloud-drive reader: file header, page markers between cut paragraphs, save prompt; minutes' lines kept; date from the 时间 line",
        pages=dict(fmt="··· {n} ···", every=90, start=2),
        page="""
<html><head><title>剧团艺术委员会剧本研讨会纪要.docx - 盒子云盘</title></head><body>
<div class="bar">⟦m 盒子云盘⟧ ⟦a 登录后可保存文件⟧</div>
<div class="file">⟦m 剧团艺术委员会剧本研讨会纪要.docx　38KB　2025-03-24 分享⟧</div>
<div class="pv">
{BODY}
</div>
<div class="ops">⟦a 下载　保存到云盘　举报⟧</div></body></html>
""",
        body="""
时间：2025年3月20日
地点：剧团排练厅
主持：艺术委员会主任 邵长庚
出席：艺术委员会委员九人，编剧两人
会议对新剧本《老屋》第二稿进行了研讨。委员们认为，剧本人物立得住，但第二幕节奏偏慢，建议压缩两场过场戏。
会议决定，请编剧于4月底前完成第三稿，再提交艺术委员会审议。
""",
    ),
    dict(
        slug="snapshot-wuxiandian-notice-cache",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.sousou.example.com/c?m=9d78d513&p=zlwxd",
        title="关于开展无线电设备销售市场专项检查的通知",
        record_title="关于开展无线电设备销售市场专项检查的通知 - 芷岭市无线电管理处",
        date="2025-03-05",
        notes="search-engine cache header; highlighted keyword note; 快照日期 is not the date; 成文日期 in Chinese numerals",
        page="""
!m 这是搜搜快照，是网页于 2025年3月18日 的存档。
!m 原网页：http://wxd.zhiling.example.gov.cn/tzgg/2025/0305.html
!d 搜搜与网页作者无关，不对其内容负责。
!m 以下搜索词已高亮：无线电 专项检查
!m 芷岭市无线电管理处 > 通知公告
{T}
{BODY}
!m 芷岭市无线电管理处　地址：芷岭市新华路56号
""",
        body="""
各县（市、区）工信局：
为规范无线电发射设备销售行为，决定于3月至5月在全市开展无线电设备销售市场专项检查。
检查重点是销售未取得型号核准的对讲机、无人机图传设备等行为。
请各地于5月31日前报送检查情况。
芷岭市无线电管理处
二〇二五年三月五日
""",
    ),
    dict(
        slug="snapshot-yujia-news-html-frame",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="https://kscache.example.net/snap?u=heyun-news-1102",
        title="社区长者瑜伽班结业展示",
        record_title=None,
        date="2025-11-02",
        notes="snapshot frame around a news page; 发布日期 of the original page is the date; snapshot date is not",
        page="""
<html><head><title>社区长者瑜伽班结业展示 - 快搜快照</title></head><body>
<div class="snapbar">⟦m 快搜快照　网页抓取时间：2025-11-20 03:12⟧ ⟦m 查看原网页⟧</div>
<div class="snapnote">⟦d 快照仅为网页副本，内容以原网页为准⟧</div>
<div class="orig">
<div>⟦m 槭原街道新闻　首页 &gt; 社区动态⟧</div>
<h1>{T}</h1>
<div>⟦m 发布日期：2025-11-02　浏览：88⟧</div>
{BODY}
<div>⟦l 上一条：重阳节敬老餐活动⟧</div>
</div></body></html>
""",
        body="""
11月1日上午，槭原街道长者瑜伽班在社区活动中心举行结业展示。
二十八名平均年龄六十六岁的学员展示了椅子瑜伽和呼吸练习。
瑜伽班由社区卫生服务中心康复师授课，共上课二十四次。
""",
    ),
    dict(
        slug="print-baoguan-notice-printview",
        site="榧城海关 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://fccustoms.example.gov.cn/print.jsp?id=41129",
        title="关于举办报关企业政策宣讲会的通知",
        record_title="打印预览 - 关于举办报关企业政策宣讲会的通知",
        date="2025-10-09",
        notes="print view: print/close buttons, print footer with page count and print time (not a date); 附件 kept",
        page="""
!a [打印本页]　[关闭]
!m 榧城海关　www.fccustoms.example.gov.cn
{T}
{BODY}
!m 打印时间：2025-10-21 15:02:44
!p 第1页 / 共1页
""",
        body="""
各报关企业：
为帮助企业及时掌握海关最新政策，定于10月16日下午在海关三楼报告厅举办报关企业政策宣讲会。
请各企业安排一名业务负责人参加，并于10月14日前回执报名。
附件：政策宣讲会报名回执
榧城海关综合业务处
2025年10月9日
""",
    ),
    dict(
        slug="print-minsu-notice-html-print",
        site="竹岭乡人民政府 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zhuling.example.gov.cn/print/article_2287.html",
        title="关于开展民宿消防安全隐患排查的通知",
        record_title="〔打印稿〕关于开展民宿消防安全隐患排查的通知",
        date="2025-06-03",
        notes="print page of a township site; 抄送 版记 kept; printer footer",
        page="""
<html><head><title>〔打印稿〕关于开展民宿消防安全隐患排查的通知</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印　｜　返回⟧</div>
<div>⟦m 竹岭乡人民政府门户网站⟧</div>
<h2>{T}</h2>
<p>竹乡发〔2025〕17号</p>
{BODY}
<div class="pf">⟦m 本页网址：http://zhuling.example.gov.cn/art/2287.html⟧</div>
<div class="pf">⟦p 第1页／共1页⟧</div></body></html>
""",
        body="""
各村民委员会，乡直有关单位：
为防范民宿火灾事故，乡政府决定于6月5日至20日开展民宿消防安全隐患排查。
重点检查灭火器配备、疏散通道、电气线路和厨房用火情况。
发现隐患的，要当场督促整改；不能当场整改的，限期十日内完成。
竹岭乡人民政府
2025年6月3日
抄送：县消防救援大队，县文化和旅游局。
竹岭乡党政办公室　2025年6月3日印发
""",
    ),
]
