"""holdout63, part E: 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text."""

CASES = [
    dict(
        slug="fwapp-xiezuoniao-html-dragon-boat-speech",
        site="写作鸟APP网页版 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.xiezuoniao.example/art/77120",
        title="在榆湾河端午龙舟赛开幕式上的讲话",
        record_title="在榆湾河端午龙舟赛开幕式上的讲话（通用2篇）",
        date=None,
        notes="H5 writing app; open-in-app prompt glued; ×× placeholders; no date",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>在榆湾河端午龙舟赛开幕式上的讲话（通用2篇）</title></head><body>
<div class="appbar">⟦a 打开写作鸟APP，阅读体验更佳⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 写作鸟 · 节日致辞 · 2.3万人看过⟧</div>
{BODY}
<div class="lock">⟦a 续写一篇类似文章 → 立即生成⟧</div>
<div class="tab">⟦l 首页 | 素材 | 我的⟧</div>
</body></html>
""",
        body="""
各位领导、各位运动员、朋友们：
龙舟竞渡，百舸争流。今天，我们在美丽的榆湾河畔举行××年端午龙舟赛。
希望各参赛队发扬团结协作、奋勇争先的龙舟精神，赛出风格、赛出水平。⟦a 长按复制段落，APP内可一键套用⟧
预祝比赛圆满成功！
""",
    ),
    dict(
        slug="fwapp-bigan-text-silkworm-cadre-insight",
        site="笔端APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://app.biduan.example/share/a/9921",
        title="驻村帮扶蚕桑产业心得体会",
        record_title="驻村帮扶蚕桑产业心得体会【范本】",
        date="2025-11-03",
        notes="decorated title; date at the end; app-share chrome",
        page="""
!m 笔端 — 你的口袋写作助手
!t 驻村帮扶蚕桑产业心得体会【范本】
!m 来自笔端APP分享　1.5k阅读
{BODY}
!a 下载笔端APP，查看完整版及同类范文
!l 推荐：第一书记驻村工作总结 / 乡村振兴心得
""",
        body="""
驻村一年多，我最大的体会是，发展产业要找准路子。
桑埠村有种桑养蚕的传统，我们争取资金建了小蚕共育室，请来技术员手把手教，今年户均增收四千多元。
产业兴了，群众的笑容多了，我也更加明白了“为民办实事”的分量。
2025年11月3日
""",
    ),
    dict(
        slug="gkforum-shenlun-html-salt-town-essay",
        site="申论圈论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="html",
        source="http://bbs.shenlunquan.example/thread-66410-1-1.html",
        title="申论范文：让老盐场焕发新活力",
        record_title="【申论范文】让老盐场焕发新活力 - 申论圈",
        date=None,
        notes="exam forum; jammer fonts; floor meta; no date",
        page="""
<html><head><title>【申论范文】让老盐场焕发新活力 - 申论圈</title></head><body>
<div id="hd">⟦m 申论圈 · 公考人的申论家园⟧</div>
<div id="pt">⟦m 申论圈 › 范文赏析 › 帖子⟧</div>
<div class="auth">⟦m 上岸小分队　发表于 3 天前⟧</div>
<h1>{T}</h1>
{BODY}
<div class="rate">⟦l 评分 +5 鼓励原创⟧</div>
<div class="re">⟦a 回复可见批改意见（需登录）⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
一座老盐场，承载着几代人的记忆。当传统制盐产业走向衰落，老盐场何去何从？
答案在于转型。把盐田变成湿地公园，把盐仓改成博物馆，让文化与旅游为老盐场注入新动能。
同时要守住生态底线。滩涂是候鸟的家园，开发必须为保护让路。
""",
    ),
    dict(
        slug="gkforum-mianshi-text-ferry-interview",
        site="面试宝典论坛 (invented)",
        style="公考论坛",
        genre="面试题解析",
        kind="answer",
        form="text",
        source="http://bbs.mianshibd.example/t/1127",
        title="结构化面试真题：渡口停运后群众过河难，你怎么办？",
        record_title=None,
        date=None,
        notes="missing title found in page; forum junk; numbered answer",
        page="""
!m 面试宝典论坛 > 结构化面试 > 真题解析
!m 楼主：老考官说面试　发表于 2025-4-9　查看: 2301 | 回复: 18
{T}
{BODY}
!l 沙发：学到了，谢谢楼主
!a 本帖最后由 老考官说面试 于 2025-4-10 编辑
""",
        junk=dict(lines=1, glued=1),
        body="""
参考答案：
第一，立即了解情况。到渡口和周边村了解停运原因和群众需求。
第二，协调临时出行方案。联系公交公司开通临时接驳车，绕行大桥过河。
第三，长远解决。推动渡口设施改造，尽快恢复安全渡运。
""",
    ),
    dict(
        slug="baike-zhidian-html-sea-salt-entry",
        site="知典百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.zhidian.example/item/日晒盐",
        title="日晒盐",
        record_title="日晒盐_知典百科",
        date=None,
        notes="encyclopaedia entry; edit links; 目录 box; reference notes",
        page="""
<html><head><title>日晒盐_知典百科</title></head><body>
<div class="top">⟦m 知典百科 全球中文百科⟧ ⟦a 编辑 | 讨论 | 上传视频⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 浏览次数：12873　最近更新：山海客⟧</div>
<div class="toc">⟦l 目录 1 简介 2 工艺 3 分布⟧</div>
{BODY}
<div class="ref">⟦l 词条标签：食品 盐业 非物质文化遗产⟧</div>
<div class="ft">⟦d 知典百科内容由网友共同编辑，如需专业建议请咨询专业人士。⟧</div>
</body></html>
""",
        body="""
日晒盐是利用海水或卤水经日光蒸发结晶而成的盐。
生产过程一般包括纳潮、制卤、结晶和收盐四道工序。
我国日晒海盐主要产于渤海湾、黄海沿岸和东南沿海。
""",
    ),
    dict(
        slug="baike-wenda-text-kite-history",
        site="百问问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.baiwenwd.example/q/20031",
        title="风筝最早是哪个朝代发明的？",
        record_title="风筝最早是哪个朝代发明的？_百问问答",
        date=None,
        notes="Q&A; answer with expert signature; 'helpful' buttons",
        page="""
!m 百问问答　热门　分类　我要提问
!t 风筝最早是哪个朝代发明的？_百问问答
!m 1个回答　·　被浏览 5621
{BODY}
!l 有用(64)　没用(3)
!l 相关问题：风筝为什么能飞起来？
""",
        body="""
一般认为风筝起源于春秋战国时期，最早用木头制作，称为“木鸢”。
东汉蔡伦改进造纸术后，出现了纸做的风筝，称为“纸鸢”。
到了宋代，放风筝成为民间普遍的娱乐活动。
回答者：民俗文化爱好者　闻笛
""",
    ),
    dict(
        slug="netdisk-yunxia-html-pigeon-lecture",
        site="云匣网盘分享页 (invented)",
        style="网盘分享",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://pan.yunxia.example/s/1PgXn7",
        title="信鸽疫病防控知识讲座稿",
        record_title="信鸽疫病防控知识讲座稿.docx",
        date=None,
        notes="cloud-drive preview; file name title; save/download buttons; expiry note",
        page="""
<html><head><title>信鸽疫病防控知识讲座稿.docx_免费高速下载|云匣网盘</title></head><body>
<div class="hd">⟦m 云匣网盘⟧ ⟦a 登录 注册 客户端⟧</div>
<div class="share">⟦m 分享者：白羽鸽舍　分享时间：昨天 20:15　有效期：永久⟧</div>
<h2>{T}</h2>
<div class="btn">⟦a 保存到网盘　下载(58KB)⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 请勿分享违法违规文件，云匣网盘将依法处理⟧</div>
</body></html>
""",
        body="""
各位鸽友：
今天跟大家讲讲信鸽常见疫病的防控。
一是新城疫，要按时接种疫苗，幼鸽在30日龄左右首免。
二是毛滴虫病，重点是保持饮水清洁，定期检查口腔。
防重于治，希望大家养成科学养鸽的习惯。
""",
    ),
    dict(
        slug="netdisk-feige-text-salt-field-plan",
        site="飞鸽网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.feigepan.example/file/887310",
        title="盐田湿地候鸟保护工作方案",
        record_title="盐田湿地候鸟保护工作方案.wps",
        date="2025-10-15",
        notes="file-name title; page markers 【n】 glued; 成文日期",
        page="""
!m 飞鸽网盘 · 文件预览
!m 文件：盐田湿地候鸟保护工作方案.wps　大小：41KB　上传：网友 沙鸥
{BODY}
!a 普通下载（限速）　|　VIP高速下载
!d 文件由用户上传，与本站无关
""",
        pages=dict(fmt="【{n}】", every=110, start=2, glue=True),
        body="""
为保护北芦盐田湿地越冬候鸟，制定本方案。
一、划定保护区域：东滩废弃结晶池及周边滩涂约3000亩。
二、落实巡护制度：组建8人巡护队，每天早晚各巡查一次，严禁捕猎和惊扰候鸟。
三、开展宣传教育：在盐田入口设置宣传牌，向游客发放爱鸟手册。
北芦盐场
2025年10月15日
""",
    ),
    dict(
        slug="snapshot-quick-html-kite-traffic",
        site="快照缓存 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.soukuai.example/c?m=8fa21c&u=wt.gov.example/tz/1209",
        title="关于风筝节期间实行交通管制的通告",
        date="2025-04-08",
        notes="snapshot frame; cache banner; crawl time not a date; 成文日期 kept",
        page="""
<html><head><title>关于风筝节期间实行交通管制的通告</title></head><body>
<div style="border:1px solid #999">⟦d 这是搜快为您缓存的网页快照，抓取时间 2025-04-10 03:12。该页面可能已更新，请点击查看最新页面。⟧</div>
<div class="orig">⟦m 苇汀县公安局交通警察大队⟧</div>
<div class="nav">⟦m 首页 警务公开 办事服务 曝光台⟧</div>
<h1>{T}</h1>
{BODY}
<div class="ft">⟦m 苇汀县公安局交警大队　备案号：鄂公网安备42900302000198号⟧</div>
</body></html>
""",
        body="""
第五届苇汀风筝节将于4月12日至13日举行。为保障活动期间道路交通安全，决定对白鹭滩周边道路实行交通管制。
一、管制时间：4月12日、13日7时至18时。
二、管制路段：滨江路白鹭滩段、鹭洲大道北段。
三、管制期间，除活动保障车辆外，其他车辆禁止通行。
苇汀县公安局交通警察大队
2025年4月8日
""",
    ),
    dict(
        slug="snapshot-textcache-silk-factory-rules",
        site="网页文本快照 (invented)",
        style="搜索快照",
        genre="制度",
        kind="rules",
        form="text",
        source="http://textcache.example/view?id=55a1",
        title="缫丝车间安全生产规定",
        record_title="缫丝车间安全生产规定 - 桑埠丝厂",
        date=None,
        notes="text cache; cache header; no date; print stamp not a date",
        page="""
!d 以下为网页纯文本快照，仅供参考，原网页：silk.sangbu.example/gd/12
!m 桑埠丝厂 - 规章制度
{T}
{BODY}
!m 快照生成：2025-06-01 02:40
""",
        body="""
第一条　进入车间必须穿戴工作服和防滑鞋，长发须盘入帽内。
第二条　煮茧机运行时，严禁将手伸入机内。
第三条　蒸汽管道由专人检查，发现泄漏立即停机报修。
第四条　下班前关闭水、电、汽阀门，做好交接班记录。
""",
    ),
    dict(
        slug="print-juntan-html-pigeon-race-rules",
        site="菌滩县体育局（打印版） (invented)",
        style="打印页",
        genre="规程",
        kind="rules",
        form="html",
        source="http://tyj.juntan.gov.example/print.jsp?id=3321",
        title="2025年菌滩县信鸽秋季赛竞赛规程",
        date="2025-08-20",
        notes="print view; print/close buttons; URL and print time as chrome; date 成文",
        page="""
<html><head><title>打印页面</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印】【关闭】⟧</div>
<h2>{T}</h2>
{BODY}
<div class="url">⟦m 本文网址：http://tyj.juntan.gov.example/art/3321.html⟧</div>
<div class="time">⟦m 打印时间：2025-09-01 10:05⟧</div>
</body></html>
""",
        body="""
一、主办单位：菌滩县体育局、菌滩县信鸽协会。
二、比赛时间：2025年10月中旬，具体日期视天气确定。
三、比赛距离：300公里。
四、名次评定：按分速排名，分速相同以先归巢者为先。
菌滩县体育局
2025年8月20日
""",
    ),
    dict(
        slug="print-sangbu-text-cocoon-station-notice",
        site="桑埠区农业农村局（打印） (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyj.sangbu.example/print/1871",
        title="关于做好2025年春茧收烘工作的通知",
        record_title="关于做好2025年春茧收烘工作的通知",
        date="2025-05-20",
        notes="print text; 文号 neutral; 印发 版记 kept; Chinese-numeral date",
        page="""
!m 桑埠区农业农村局
{T}
桑农〔2025〕33号
{BODY}
!m 打印日期：2025/05/28　来源网址：nyj.sangbu.example/art/1871
""",
        body="""
各镇（街道）农业服务中心，各茧站：
春茧收购即将开始。各茧站要提前检修烘茧设备，做到随收随烘；严格按质论价，不得压级压价。
二〇二五年五月二十日
抄送：区市场监管局
桑埠区农业农村局办公室　2025年5月20日印发
""",
    ),
    dict(
        slug="mail-fwd-text-ferry-fund-request",
        site="政务邮箱转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:forward/2025-0612-ferry",
        title="关于申请渡口码头维修资金的请示",
        record_title="Fwd: 关于申请渡口码头维修资金的请示",
        date="2025-06-10",
        notes="mail forward chain; headers as meta; signature with phone chrome; 联系电话 in body",
        page="""
!m 发件人：蓼川镇党政办 <lcdzb@luchuan.example>
!m 收件人：县交通运输局办公室
!m 发送时间：2025年6月12日 9:41
!m 主题：Fwd: 关于申请渡口码头维修资金的请示
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件可能含有保密信息，如误收请删除。
!m 蓼川镇党政办　座机 0566-3351002
""",
        body="""
县交通运输局：
我镇渡口村码头建于1998年，护坡多处坍塌，踏步断裂，存在安全隐患。
经测算，维修需资金38万元，镇财政可安排10万元，恳请县局补助28万元。
妥否，请批示。
联系人：章小川，电话：13966102287
蓼川镇人民政府
2025年6月10日
""",
    ),
    dict(
        slug="mail-reply-html-kite-sample-order",
        site="企业邮箱回复链 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lgkite.example/read?mid=5521",
        title="关于确认风筝样品及交货期的函",
        record_title="回复: 关于确认风筝样品及交货期的函",
        date="2025-09-05",
        notes="webmail reply chain; quoted header meta; 附件 kept; toolbar chrome",
        page="""
<html><head><title>回复: 关于确认风筝样品及交货期的函 - 企业邮箱</title></head><body>
<div class="toolbar">⟦a 回复 全部回复 转发 删除 标记为未读⟧</div>
<div class="hdr">⟦m 发件人：菱港风筝 外贸部 &lt;trade@lgkite.example&gt;⟧<br>⟦m 时间：2025年9月5日 16:20⟧</div>
<h3>{T}</h3>
{BODY}
<div class="quote">⟦m ------------------ 原始邮件 ------------------⟧</div>
<div class="ad">⟦a 邮箱容量不足？升级至尊版⟧</div>
</body></html>
""",
        body="""
东渚海风贸易公司：
贵公司8月28日来函收悉。经核对，样品三款均符合要求，我方确认按样品生产。
交货期定为10月25日前，分两批发货。
附件：样品确认单
菱港风筝工艺品有限公司外贸部
2025年9月5日
""",
    ),
]
