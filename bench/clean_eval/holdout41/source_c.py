"""holdout41, part C: writing-app, exam-forum, encyclopaedia, cloud-drive, snapshot, print and
mail pages, and more 范文, 文库, portal, news and WeChat pages for the invented organisations
(an oil-painting village joins them)."""

CASES = [
    dict(
        slug="fanwenapp-youhua-village-summary-share-page",
        site="笔下生花APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.bixiashenghua.example.com/share/article?id=7720193&from=wx",
        title="檀埠县油画村2025年上半年工作总结",
        record_title="檀埠县油画村2025年上半年工作总结（可编辑）",
        date="2025-07-05",
        notes="an app share page: open-in-app banners top and bottom, a VIP unlock prompt glued to a body line, a 'continue in app' line between paragraphs; a decorated title (可编辑); the date under the signature",
        page="""
!a 打开笔下生花APP，阅读体验更佳
!t 檀埠县油画村2025年上半年工作总结（可编辑）
!m 笔下生花 · 公文频道　　2.6万人看过
{BODY}
!a 打开APP查看全部范文 >
!l 猜你喜欢：乡村旅游工作总结　特色小镇建设情况汇报
!d 内容由用户创作，平台仅提供信息存储服务
""",
        body="""
今年以来，油画村在镇党委、镇政府的正确领导下，坚持“以画兴村、以画富民”的发展思路，各项工作取得了新成效。
一、产业规模稳步扩大。全村现有画室一百三十二家，从业画工六百余人，上半年实现油画销售额四千二百万元，同比增长百分之十一。⟦a 开通VIP，解锁全文一键复制⟧
二、人才培养持续推进。与市美术学院合作开办油画技法提升班两期，培训画工一百五十人次。
⟦a 下载APP继续阅读剩余68%内容⟧
三、村容村貌明显改善。完成写生广场和游客服务中心建设，上半年接待写生团队和游客三万余人次。
下半年，油画村将重点抓好原创作品版权保护，推动从“临摹”向“原创”转型。
檀埠县大榕镇油画村村民委员会
2025年7月5日
""",
    ),
    dict(
        slug="gkforum-tanbu-interview-answer-organ-donation-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.shanggan.example.com/thread-30418-1-1.html",
        title="结构化面试真题：如何提高群众对器官捐献的认知",
        record_title="【面试真题】结构化面试真题：如何提高群众对器官捐献的认知（附参考答案）",
        date=None,
        notes="an exam forum: a decorated record title, a 回复可见 hidden-content line, floor chrome and a study-group QQ line; forum junk glued; no date in the answer (the post time is the page's, 3 hours ago is relative)",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 » 面试交流 » 结构化面试
!t 【面试真题】结构化面试真题：如何提高群众对器官捐献的认知（附参考答案）
!m 楼主：岸上见　发表于 3 小时前　[复制链接]
!a 本帖隐藏的内容需要回复才可以浏览
{BODY}
!l 回复　引用　点评　举报
!l 2楼　今年必上岸：感谢楼主，参考答案很有条理
!w 面试冲刺群：QQ 73310854（验证：上岸）
""",
        body="""
题目：近年来我市器官捐献登记人数增长缓慢，如果由你负责提高群众对器官捐献的认知，你会怎么做？
参考答案：器官捐献是一项挽救生命的崇高事业，群众认知不足，主要是受传统观念和信息不对称的影响。如果由我负责，我会从以下几个方面入手。
第一，摸清原因。通过问卷调查和座谈，了解群众不愿登记的主要顾虑。
第二，讲好故事。邀请捐献者家属和受捐者现身说法，让群众感受到生命接力的温度。
第三，拓宽渠道。在医院、社区、高校设立咨询点，简化登记流程，方便群众了解和登记。
第四，跟踪评估。定期统计登记人数变化，及时调整宣传方式。
""",
    ),
    dict(
        slug="baike-zhuanke-seal-carving-entry-html",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.baizhi.example.com/item/箬城篆刻/88213",
        title="箬城篆刻",
        record_title="箬城篆刻_百知百科",
        date=None,
        notes="an encyclopaedia entry: edit/collect/share buttons, a catalogue box between the summary and the sections, reference notes and a browse/edit count line; a site suffix; no date (the last-edit time is not a date)",
        page="""
<html><head><meta charset="utf-8"><title>箬城篆刻_百知百科</title></head><body>
<div class="top">⟦m 百知百科　全球领先的中文百科⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="title"><h1>{T}</h1><span>⟦a 编辑⟧</span> ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="summary">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 箬城县志·文化卷．箬城县地方志办公室⟧</li></ol></div>
<div class="stat">⟦m 浏览次数：9862　编辑次数：7次　最近更新：石上清泉（2天前）⟧</div>
<div class="ft">⟦d ©2025 百知百科　使用百科前必读　百科协议　隐私政策⟧</div>
</body></html>
""",
        body="""
箬城篆刻，流行于箬城县一带的传统篆刻艺术，以刀法古拙、章法疏朗著称。
⟦l 目录　1 历史沿革　2 艺术特点　3 传承现状⟧
历史沿革
箬城篆刻兴于清代中叶，当地文人多有治印之好，民国时期曾形成以“石斋”为代表的印人群体。
艺术特点
箬城篆刻多取法秦汉印，刀法以冲刀为主，兼用切刀，边款常刻诗文短句。
传承现状
1996年，箬城县篆刻研究会成立，此后陆续整理出版了多部地方印谱，并在中小学开设篆刻兴趣课堂。
""",
    ),
    dict(
        slug="netdisk-malin-horse-club-emergency-plan-markers",
        site="蜗牛网盘 (invented)",
        style="网盘分享",
        genre="预案",
        kind="plan",
        form="text",
        source="https://pan.woniu.example.com/s/1Hk8qTz0",
        title="榧岭马术俱乐部骑乘意外事故应急预案",
        record_title="榧岭马术俱乐部骑乘意外事故应急预案.pdf",
        date="2025-04-01",
        notes="a cloud-drive preview of a PDF: a file-name title, page markers of the form ‖n‖ cutting sentences on lines of their own, a save/download bar and an expiry line; the date under the signature",
        pages=dict(fmt="‖{n}‖", every=170, start=2),
        page="""
!m 蜗牛网盘　|　文件预览
!t 榧岭马术俱乐部骑乘意外事故应急预案.pdf
!m 分享人：马场小周　　有效期：7天　　文件大小：412KB
!a 保存到我的网盘　　普通下载　　超级会员极速下载
{BODY}
!a 预览仅显示前5页，完整内容请下载后查看
!d 请勿分享违法违规内容，举报邮箱 report@woniu.example.com
""",
        body="""
一、总则
为及时、有效处置骑乘活动中发生的意外事故，最大限度减少人员伤害，结合本俱乐部实际，制定本预案。
二、组织机构
俱乐部成立应急处置小组，总经理任组长，教练组长和安全主管任副组长，成员由各班组负责人组成。
三、处置程序
1. 学员坠马后，带班教练应立即控制马匹，禁止随意搬动伤者，同时报告安全主管。
2. 安全主管接报后三分钟内携急救箱到达现场，判断伤情，必要时拨打120急救电话。
3. 马匹受惊失控时，其他教练应立即疏散周边人员，关闭场地出入口。
四、事后处理
事故处置结束后，应急处置小组应在二十四小时内形成书面报告，分析原因，提出整改措施。
榧岭马术俱乐部
2025年4月1日
""",
    ),
    dict(
        slug="snapshot-qinfang-park-recruit-notice-frame",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cache.kuaisou.example.com/c?u=http%3A%2F%2Fwww.xzqinpark.example.gov.cn%2Ftzgg%2F812.html",
        title="樨州提琴产业园管委会2025年公开招聘工作人员公告",
        record_title="樨州提琴产业园管委会2025年公开招聘工作人员公告 - 快搜快照",
        date="2025-06-03",
        notes="a search-cache frame: the snapshot banner with the crawl time (not a date) and highlight note above, the original site's chrome inside; a table of posts one row a paragraph; the 发布日期 line is the date",
        page="""
!d 这是 http://www.xzqinpark.example.gov.cn/tzgg/812.html 的快照，是网页在 2025年6月9日 03:12 的存档。
!d 当前页面可能已经更改。请点击这里查看最新页面。
!m 您查询的关键词已经用颜色标出：提琴　招聘
!m 樨州提琴产业园管理委员会
!m 首页 > 通知公告
{T}
!m 发布日期：2025-06-03　来源：综合办公室
{BODY}
!m 樨州提琴产业园管委会主办　地址：樨州市乐器大道1号
""",
        body="""
因工作需要，樨州提琴产业园管委会决定面向社会公开招聘编外工作人员三名，现将有关事项公告如下。
一、招聘岗位
岗位名称　人数　学历要求　专业要求
招商专员　1　本科及以上　经济类、管理类
安全监管员　1　大专及以上　安全工程类
综合文员　1　本科及以上　中文类
二、报名方式。符合条件的人员请于6月15日前将报名表发送至园区综合办公室邮箱，联系电话：0775-3328015。
三、其他事项。本次招聘不收取任何费用，未尽事宜由园区管委会负责解释。
""",
    ),
    dict(
        slug="print-tanbu-youhua-copyright-notice-print-view",
        site="檀埠县市场监督管理局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://scjg.tanbu.example.gov.cn/print.jsp?id=41183",
        title="关于开展油画作品著作权登记服务进村活动的通知",
        record_title="关于开展油画作品著作权登记服务进村活动的通知",
        date="2025-05-20",
        notes="a print view: the printer-friendly header, the page URL and print time stamps (not dates), a 'close window' line; the document's date in Chinese numerals; a sentence about 打印 the registration form kept",
        page="""
!m 檀埠县市场监督管理局
!m http://scjg.tanbu.example.gov.cn/art/2025/5/20/art_41183.html
{T}
!a 【打印】　【关闭窗口】
{BODY}
!m 打印时间：2025-09-12 10:31:07
!m 第1页/共1页
""",
        body="""
各乡镇市场监督管理所，局机关有关科室：
为加强油画村原创作品保护，帮助画工依法维护自身权益，局决定开展著作权登记服务进村活动。现将有关事项通知如下。
一、活动时间。5月26日至6月30日，每周二、周四在大榕镇油画村游客服务中心设点服务。
二、服务内容。现场指导画工填写作品登记申请表，解答著作权保护相关问题。画工可提前打印登记申请表并填写完整，带上作品照片和身份证件到现场办理。
三、工作要求。各单位要安排熟悉业务的人员参加，做好宣传动员，确保活动取得实效。
檀埠县市场监督管理局
二〇二五年五月二十日
""",
    ),
    dict(
        slug="mail-fw-liaoyuan-donation-memorial-request-forward",
        site="蓼原红会内部邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://hongshizi.liaoyuan.example.org.cn/inbox/000733",
        title="关于拨付人体器官捐献者纪念园维护经费的请示",
        record_title="转发：关于拨付人体器官捐献者纪念园维护经费的请示",
        date="2025-08-06",
        notes="a forwarded mail: 发件人/收件人/主题/时间 headers, a forwarding note and a client signature; the mail's own attachment line as chrome, the document's own 附件 and 联系人 kept",
        page="""
!m 发件人：办公室 <bgs@liaoyuan-rc.example.org.cn>
!m 收件人：财务科 <cwk@liaoyuan-rc.example.org.cn>
!m 时　间：2025年8月7日（星期四）上午9:46
!m 主　题：转发：关于拨付人体器官捐献者纪念园维护经费的请示
!m 附　件：维护经费预算表.xlsx（18K）
!w 请财务科阅办，有问题电话联系小聂，分机8021。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除并通知发件人。
!m 发自我的手机邮箱
""",
        body="""
市财政局：
市人体器官捐献者纪念园自2021年建成以来，已成为市民缅怀捐献者的重要场所。目前园内绿化带部分枯死，名录墙局部开裂，亟需维护。
经测算，维护费用共计十八万五千元，主要用于绿化补植、名录墙修缮和照明设施更换。
恳请市财政局给予拨付为盼。
妥否，请批示。
附件：维护经费预算表
联系人：聂思远，电话：0796-8227021。
蓼原市红十字会
2025年8月6日
""",
    ),
    dict(
        slug="fanwen-tieyi-speech-craft-village-old-layout-html",
        site="公文吧 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gongwenba.example.com/jianghua/2025/0421/66810.html",
        title="在箐田铁器锻造技艺传习所揭牌仪式上的讲话",
        record_title="在箐田铁器锻造技艺传习所揭牌仪式上的讲话范文",
        date="2025-04-21",
        notes="an old 范文 table layout: a 【阅读字号】 row, a copy-lock notice, a floating 'write-for-you' box, a hot list; the speaker line and the date under the title neutral; the record title with 范文",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在箐田铁器锻造技艺传习所揭牌仪式上的讲话范文_公文吧</title></head>
<body><table width="100%"><tr><td>⟦m 公文吧——专业公文写作学习网站⟧</td><td>⟦a 手机版⟧</td></tr></table>
<table width="960"><tr><td>⟦m 当前位置：公文吧 &gt;&gt; 讲话稿 &gt;&gt; 仪式讲话⟧</td></tr></table>
<table width="960"><tr><td width="700">
<h1>{T}</h1>
<div>⟦m 时间：2025-04-23　来源：网友投稿　阅读：</div><div>1204次⟧</div>
<div>⟦a 【阅读字号：特大 大 中 小】⟧</div>
<div>箐田镇党委书记　林振宇</div>
<div>（2025年4月21日）</div>
{BODY}
<div>⟦d 温馨提示：本站文章禁止复制，请尊重作者劳动成果⟧</div>
</td><td width="260">
<div class="float">⟦w 材料写不出？资深笔杆子帮您代写 微信：gwb_daixie⟧</div>
<div>⟦l 热门讲话稿排行⟧</div><div>⟦l 1. 在全镇安全生产工作会议上的讲话⟧</div><div>⟦l 2. 在文明实践站揭牌仪式上的致辞⟧</div>
</td></tr></table>
<table width="960"><tr><td>⟦m Copyright 2008-2025 公文吧 All Rights Reserved　苏ICP备11023408号⟧</td></tr></table>
</body></html>
""",
        body="""
各位来宾，乡亲们：
今天，箐田铁器锻造技艺传习所正式揭牌了。在此，我代表镇党委、镇政府，向传习所的成立表示热烈祝贺！
箐田打铁有三百多年的历史，“箐田刀”曾经远近闻名。但是，这些年学打铁的年轻人越来越少，老手艺面临后继无人的危险。
传习所的成立，就是要给老手艺找传人。希望各位老师傅毫无保留地传授技艺，希望学员们吃得了苦、沉得下心。
镇里将每年安排专项资金支持传习所办学，对学成后回乡创业的年轻人给予场地和资金扶持。
最后，祝传习所越办越好！谢谢大家。
""",
    ),
    dict(
        slug="wenku-weiqi-association-report-html-pages",
        site="学海文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.xuehaiwenku.example.com/p-5521187.html",
        title="县围棋协会秘书长2024年度述职报告",
        record_title="县围棋协会秘书长2024年度述职报告.doc",
        date="2025-01-08",
        notes="a 文库 reader in HTML: a file-name title, a page-marker paragraph (--- 第n屏 ---) cutting a paragraph, a pay wall, rating and a 'similar docs' box; the date under the signature",
        pages=dict(fmt="—— 第{n}屏 ——", every=160, start=2),
        page="""
<html><head><meta charset="utf-8"><title>县围棋协会秘书长2024年度述职报告.doc-学海文库</title></head><body>
<div class="hd">⟦m 学海文库⟧ ⟦a 上传文档⟧ ⟦a 开通会员⟧</div>
<div class="doc-title"><h1>⟦t 县围棋协会秘书长2024年度述职报告.doc⟧</h1>
<span>⟦m 3页　1.4千次阅读　4.8分⟧</span></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 阅读已结束，若需下载全文请支付 3.00 元⟧ ⟦a 立即下载⟧</div>
<div class="similar"><h4>⟦l 相似文档⟧</h4><ul><li>⟦l 体育协会秘书长述职报告⟧</li><li>⟦l 社会组织负责人年度述职⟧</li></ul></div>
<div class="ft">⟦d 学海文库是用户分享文档的平台，文档版权归上传者所有⟧</div>
</body></html>
""",
        body="""
各位理事：
2024年，我在协会理事会的领导下，认真履行秘书长职责，现将一年来的工作述职如下。
一、抓好日常运转。全年组织召开理事会两次、会长办公会四次，完成了协会年检和换届准备工作。
二、抓好赛事组织。承办县级围棋比赛五次，参赛人数累计一千一百余人次，组队参加市级比赛获得团体第二名。
三、抓好普及推广。推动围棋进校园学校增加到十八所，组织教练员培训两期。
四、存在的不足。一是协会自身造血能力不足，二是我在对外联络方面还做得不够。
新的一年，我将认真改进不足，努力为全县围棋事业发展多作贡献。
述职人：冯建国
2025年1月8日
""",
    ),
    dict(
        slug="gov-dakou-brocade-subsidy-notice-text-docno",
        site="笪口县文化广电和旅游局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wgly.dakou.example.gov.cn/zwgk/tzgg/202503/t20250317_60021.html",
        title="关于申报2025年度非遗传承人传习补助的通知",
        record_title="关于申报2025年度非遗传承人传习补助的通知",
        date="2025-03-17",
        notes="a county portal: an 索引号 table as meta lines, a document number (neutral), a share bar glued to the last line, a related-docs box; 抄送/印发 版记 kept at the end",
        page="""
!m 笪口县人民政府门户网站 | 县文化广电和旅游局
!m 索引号：11451123MB0Q31-05-2025-0017　主题分类：文化
!m 发布机构：县文化广电和旅游局　成文日期：2025-03-17
!m 标　　题：关于申报2025年度非遗传承人传习补助的通知
笪文旅发〔2025〕8号
{BODY}
!l 相关文件：笪口县非物质文化遗产代表性传承人认定与管理办法
!m 网站地图 | 联系我们 | 隐私声明
""",
        body="""
各乡镇人民政府，县直有关单位：
为支持非物质文化遗产代表性传承人开展传习活动，根据《笪口县非物质文化遗产保护专项资金管理办法》，现就申报2025年度传习补助有关事项通知如下。
一、补助对象。县级以上非遗代表性传承人，重点支持笪口织锦等濒危项目传承人。
二、补助标准。省级传承人每人每年八千元，市级五千元，县级三千元。
三、申报材料。申报表一式三份，传习活动计划和上年度传习活动开展情况佐证材料。
四、申报时间。3月20日至4月10日，逾期不予受理。
笪口县文化广电和旅游局
2025年3月17日
抄送：县财政局。
笪口县文化广电和旅游局办公室　2025年3月17日印发⟦l 分享到：微信｜微博｜QQ空间⟧
""",
    ),
    dict(
        slug="news-xizhou-youhua-exhibition-title-glued",
        site="樨州在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.xizhouonline.example.cn/wh/2025/1103/c221-98412.html",
        title="樨州油画村画工作品首次走进省美术馆",
        record_title=None,
        date="2025-11-03",
        notes="no record title: the headline is glued to the lead (title class); an editor's line and a recommended-news box; the 2025-11-03 byline is the date; a 24h-hot list between paragraphs",
        page="""
!m 樨州在线　>　文化　>　正文
!m 2025-11-03 08:15:42　来源：樨州日报　作者：莫小棠
{T}{BODY}
!m （责编：韦婷　审核：陆远）
!l 为你推荐
!l 省级非遗工坊名单公布　樨州三家入选
!l 提琴之乡迎来首届国际制琴比赛
""",
        body="""
11月1日，“画里乡村——樨州油画村画工作品展”在省美术馆开幕，这是油画村画工的原创作品首次进入省级美术馆展出。
本次展览共展出画工原创作品一百一十件，题材以樨州山水和乡村生活为主。
⟦l 24小时热榜　1 樨州高铁站改造完成　2 秋季马拉松报名开启⟧
展览将持续至11月30日，免费向公众开放。
""",
    ),
    dict(
        slug="wechat-laoyin-seal-carving-class-notice-text",
        site="箬城文艺 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://weixin.jingxiang.example.net/a/rcwy/20250719",
        title="箬城县2025年暑期少儿篆刻公益课堂开始报名啦",
        record_title="箬城县2025年暑期少儿篆刻公益课堂开始报名啦",
        date="2025-07-19",
        record_date="2025-07-19",
        notes="a text mirror of a WeChat post: an account line, follow and 阅读原文 prompts, a 'scan the QR code' line of the site and a sentence of the notice that asks parents to 扫码 to register (kept); a table of class times",
        page="""
!m 箬城文艺　2025-07-19　原创
!a 👆点击蓝字关注我们
{BODY}
!a 长按识别二维码，关注箬城文艺
!l 阅读原文　　在看　　分享
!m 文本镜像自公众号“箬城文艺”，仅作存档
""",
        body="""
为丰富少年儿童暑期生活，传承篆刻艺术，县文化馆联合县篆刻研究会举办暑期少儿篆刻公益课堂。
一、招收对象。全县八至十四岁少年儿童，共四十名。
二、课程安排
班次　时间　地点
第一期　7月28日至8月3日　县文化馆三楼
第二期　8月11日至8月17日　县文化馆三楼
三、报名方式。请家长扫描文末海报中的二维码填写报名信息，额满即止。
四、温馨提示。课程全部免费，刻刀、印石由主办方提供。
""",
    ),
]
