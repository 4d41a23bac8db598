"""holdout40, part E: writing apps (a radiation station's summary, a kelp co-op's 述职), exam forums (an
申论 essay on desert control, an interview speech), encyclopaedia entries (纪要 and 请示 placeholders),
cloud-drive shares (a snow plan, a wind-farm plan), search snapshots and print views. Invented text; see
../README.md and ../build.py."""


def H(title, top, tail, open_="<div class=\"txt\">", close="</div>"):
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + title + "</title>\n"
        "<script>function share(){return false;}</script><noscript>请开启JavaScript</noscript>\n</head><body>\n"
        + top.strip() + "\n" + open_ + "\n{BODY}\n" + close + "\n" + tail.strip() + "\n</body></html>"
    )


CASES = [
    dict(
        slug="app-bixie-radiation-summary-paywall",
        site="笔写APP 分享页 (invented)", style="范文APP", genre="工作总结", kind="summary", form="text",
        source="https://h5.bixie-app.example.com/share/doc?id=a81f2209",
        title="辐射安全许可审查工作半年总结",
        record_title="辐射安全许可审查工作半年总结｜笔写",
        date=None,
        notes="writing-app share: title with ｜app; paywall glued after a sentence; an 'open in app to continue' mask between paragraphs; an AI-rewrite button; no date (shared 2天前)",
        indent="　　",
        page="""
!a 打开笔写APP，一键生成同类材料
!t 辐射安全许可审查工作半年总结｜笔写
!m 笔写用户 清水 · 2天前分享 · 1.8k阅读
{BODY}
!a ✨ AI改写　｜　📋 复制全文　｜　⭐ 收藏
!d 内容由用户创作，仅供参考，不代表平台观点
""",
        body="""
今年上半年，我科共受理辐射安全许可申请四十六件，全部在法定时限内办结。⟦a 升级年卡会员，解锁全文与同类范文⟧
一是优化审查流程，推行材料预审，平均办理时间压缩到七个工作日。
⟦a —— 在APP内继续阅读剩余内容 ——⟧
二是加强事中事后监管，对十二家新获证单位开展了回头看检查。
三是存在的问题主要是部分单位辐射安全管理人员变动频繁，培训跟不上。
""",
    ),
    dict(
        slug="app-fanwenbao-kelp-shuzhi-html",
        site="范文宝 H5 (invented)", style="范文APP", genre="述职报告", kind="report", form="html",
        source="https://m.fanwenbao.example.cn/h5/article/559031",
        title="海带养殖合作社理事长2024年述职报告",
        record_title="海带养殖合作社理事长2024年述职报告（可直接套用）",
        date="2025-01-08",
        notes="writing-app H5: decorated title; a bottom bar with copy/download/VIP; a 'continue in app' mask; the report's signature and date kept",
        page=H("海带养殖合作社理事长2024年述职报告（可直接套用）", """
<div class="appbar">⟦a 范文宝 · 打开App⟧</div>
<h1>⟦t 海带养殖合作社理事长2024年述职报告（可直接套用）⟧</h1>
<div class="au">⟦m 范文宝精选　｜　阅读 6,230⟧</div>
""", """
<div class="mask">⟦a 剩余60%内容，打开App免费看⟧</div>
<div class="bottom">⟦a 复制　下载Word　开通VIP⟧</div>
<div class="more">⟦l 更多合作社述职范文 >⟧</div>
"""),
        body="""
各位社员代表：
2024年，我在合作社理事会的支持下，带领全体社员抓生产、拓市场，现将履职情况报告如下。
一、全年养殖海带四千二百亩，鲜品产量九千吨，社员人均增收一万一千元。
二、新建海带加工车间一座，开发海带丝、海带结等产品五个。
三、不足之处是品牌建设滞后，产品附加值不高。
述职人：韩德顺
2025年1月8日
""",
    ),
    dict(
        slug="gkforum-shanlun-desert-essay-floors",
        site="上岸公考论坛 (invented)", style="公考论坛", genre="申论范文", kind="essay", form="text",
        source="http://bbs.shangan-gk.example.com/thread-661207-1-1.html",
        title="让荒漠披上绿装",
        record_title="[申论范文] 让荒漠披上绿装（附批改点评） - 申论交流 - 上岸公考论坛",
        date="2025-10-20",
        notes="exam forum: decorated title; floor info, moderator rating, a signature line, a '申论批改' ad; junk glued; post date as the page date",
        junk=dict(lines=0, glued=2),
        page="""
!m 上岸公考论坛 › 申论交流 › 范文展示
!t [申论范文] 让荒漠披上绿装（附批改点评） - 申论交流 - 上岸公考论坛
!m 楼主　一笔一划上岸　发表于 2025-10-20 22:47
{BODY}
!m 评分：参与人数 3　积分 +12　理由：文章写得好
!m 签名：今年一定上岸！
!w 申论一对一精批，学长带你冲70+，加V：shangan_pigai
!l 回复　支持(18)　反对(0)
""",
        body="""
在西北大地，一代代治沙人用青春和汗水，把一片片荒漠变成了绿洲。
治沙，首先要尊重自然规律。宜乔则乔、宜灌则灌、宜草则草，才能让绿色真正扎下根。
治沙，还要算好经济账。发展沙产业，让群众在治沙中增收，治沙才有持久的动力。
治沙，更要久久为功。荒漠化防治不可能一蹴而就，需要一张蓝图绘到底。
让荒漠披上绿装，是我们这一代人的责任，也是留给子孙后代的财富。
""",
    ),
    dict(
        slug="gkforum-xuanba-interview-speech-html",
        site="选拔考试论坛 (invented)", style="公考论坛", genre="讲话稿", kind="speech", form="html",
        source="https://www.xuanba-bbs.example.net/t/20251102/88120.html",
        title="新入职救生员代表表态发言",
        record_title="【面试素材】新入职救生员代表表态发言 - 面试素材 - 选拔考试论坛",
        date=None,
        notes="exam forum HTML with jammer fonts (junk), a hook line, a hidden-content prompt, floors with relative times; no date (only 3天前)",
        junk=dict(lines=1, glued=1),
        p_html='<p>{}</p>',
        page=H("【面试素材】新入职救生员代表表态发言 - 面试素材 - 选拔考试论坛", """
<div class="logo">⟦m 选拔考试论坛 · 面试备考交流⟧</div>
<div class="crumb">⟦m 首页 › 面试素材⟧</div>
<h1>⟦t 【面试素材】新入职救生员代表表态发言⟧</h1>
<div class="pi">⟦m 楼主 潮汐　3天前⟧</div>
""", """
<div class="hide">⟦a 本帖隐藏内容：回复后可见完整评分标准⟧</div>
<div class="floor">⟦l 2楼 浪花朵朵：谢谢楼主分享 1天前⟧</div>
<div class="ft">⟦m 选拔考试论坛 版权所有⟧</div>
"""),
        body="""
尊敬的各位领导、同事们：
我很荣幸作为新入职救生员代表发言。
从今天起，我们就是守护生命的人。我们一定刻苦训练，练好游泳、急救本领。
我们一定坚守岗位，不放过瞭望塔上的每一分钟。
请领导放心，我们一定不辜负组织的信任。谢谢大家！
""",
    ),
    dict(
        slug="wiki-baike-minutes-entry-placeholders",
        site="知识百科网 (invented)", style="百科问答", genre="词条", kind="entry", form="text",
        source="https://baike.zhishi-wang.example.com/item/会议纪要写法/41022",
        title="会议纪要写法",
        record_title="会议纪要写法_知识百科网",
        date=None,
        notes="encyclopaedia entry: an entry name with _site; edit links; a template with ××××年××月××日 and the minutes' 时间/地点/主持 lines (placeholders) kept; an example date inside a sentence; no date",
        page="""
!m 知识百科网　|　词条　专题　问答
!t 会议纪要写法_知识百科网
!a 编辑词条　｜　收藏　｜　分享
!m 本词条由“公文写作”科普团队编写　浏览次数：9万+
{BODY}
!l 参考资料　词条标签：公文 写作 会议
!d 百科内容由网友共同编辑，如需专业意见请咨询相关人员。
!m 最近更新：2025-06-11（第8次编辑）
""",
        body="""
会议纪要是用于记载和传达会议情况和议定事项的公文。
会议纪要一般由标题、导语、主体和落款组成，导语部分通常写明会议的基本情况，模板如下：
时间：××××年××月××日
地点：××会议室
主持：×××
例如，某局于2024年3月5日召开的局务会，纪要应在会后三个工作日内印发。
写作时应当忠实于会议内容，语言简明，条理清楚。
""",
    ),
    dict(
        slug="wiki-wendian-request-entry-html",
        site="问典百科 (invented)", style="百科问答", genre="问答", kind="answer", form="html",
        source="https://www.wendian.example.org/wiki/qingshi-geshi",
        title="请示的格式",
        record_title=None,
        date=None,
        notes="encyclopaedia HTML: title missing, found as the entry name; a catalogue box; template placeholders 20××年×月×日 and a numbered list kept; edit and cite buttons; no date",
        page=H("请示的格式 - 问典百科", """
<div class="top">⟦m 问典百科⟧ ⟦a 登录　创建词条⟧</div>
<h1>⟦t 请示的格式⟧</h1>
<div class="tools">⟦a 编辑　讨论　引用本词条⟧</div>
<div class="catalog">⟦l 目录 1 标题 2 正文 3 落款⟧</div>
""", """
<div class="ref">⟦l 词条统计：浏览 12,401 次　编辑 5 次⟧</div>
<div class="ft">⟦d 问典百科内容仅供参考⟧</div>
"""),
        body="""
请示是下级机关向上级机关请求指示、批准时使用的公文。
请示的格式一般包括：
1.标题，由发文机关、事由和文种组成。
2.正文，写明请示缘由、请示事项和结语，结语常用“妥否，请批示”。
3.落款，写明发文机关和成文日期，如“20××年×月×日”。
请示应当一文一事，不得多头请示。
""",
    ),
    dict(
        slug="netdisk-yunhe-snow-plan-share",
        site="云盒网盘 (invented)", style="网盘分享", genre="工作方案", kind="plan", form="text",
        source="https://pan.yunhe.example.com/s/1xQ7ttPw",
        title="北原市城管局2025年道路除冰雪应急保障方案",
        record_title="北原市城管局2025年道路除冰雪应急保障方案.wps",
        date="2025-11-20",
        notes="cloud-drive share: file-name title (.wps); share info lines, extraction-code prompt, save/download buttons, a 'share expires' line; decimal headings kept; 成文日期 at the end",
        page="""
!m 云盒网盘 | 分享文件
!t 北原市城管局2025年道路除冰雪应急保障方案.wps
!m 分享者：冬至 ｜ 大小 52KB ｜ 有效期：永久
!a 在线预览（仅显示前3页）
{BODY}
!a 保存到我的云盒　　普通下载　　极速下载（会员）
!d 请勿分享违规内容，云盒网盘将依法配合有关部门监管。
""",
        body="""
1 总则
1.1 为有效应对冰雪天气，确保城市道路通行安全，制定本方案。
2 应急响应
2.1 接到暴雪预警后，各养护单位两小时内完成人员、机械集结。
2.2 桥梁、坡道、学校和医院周边道路优先撒布融雪剂。
3 保障措施
3.1 融雪剂和防滑料储备点不少于八个，由市政养护中心统一调度。
北原市城市管理局
2025年11月20日
""",
    ),
    dict(
        slug="netdisk-xiaopan-windfarm-html-nas",
        site="小盘分享 (invented)", style="网盘分享", genre="工作计划", kind="plan", form="html",
        source="https://share.xiaopan.example.net/f/9a12c0e",
        title="北岭风电场2026年设备检修计划",
        record_title="北岭风电场2026年设备检修计划（定稿）.docx",
        date="2025-12-01",
        notes="cloud share HTML: decorated file-name title; a file table, a 'save to drive' and a login prompt; a maintenance table kept; the plan's signature date",
        page=H("北岭风电场2026年设备检修计划（定稿）.docx - 小盘分享", """
<div class="hd">⟦m 小盘分享⟧ ⟦a 登录后下载更快⟧</div>
<table class="file"><tr><td>⟦t 北岭风电场2026年设备检修计划（定稿）.docx⟧</td><td>⟦m 86.4KB⟧</td><td>⟦m 3天前⟧</td></tr></table>
<div class="ops">⟦a 保存到网盘　下载⟧</div>
<div class="pre">⟦a 文档预览⟧</div>
""", """
<div class="ad">⟦a 开通会员，享1T空间⟧</div>
<div class="ft">⟦m © 小盘分享⟧</div>
"""),
        body="""
为保证2026年风电机组安全稳定运行，制定本年度设备检修计划。
检修项目　时间　责任班组
风机定检　3月至5月　检修一班
箱变预试　6月　检修二班
升压站年检　9月　电气班
各班组要提前编制检修作业指导书，检修完成后五日内提交报告。
北岭风电场
2025年12月1日
""",
    ),
    dict(
        slug="snapshot-soukan-plant-protection-text",
        site="搜看快照 (invented)", style="搜索快照", genre="通知", kind="notice", form="text",
        source="http://cache.soukan.example.com/c?m=7ab19f&u=nyj.hetian.example.gov.cn/zbz/2025/0312.html",
        title="关于做好春季小麦条锈病防控工作的通知",
        record_title="关于做好春季小麦条锈病防控工作的通知 - 搜看快照",
        date="2025-03-12",
        notes="text-only search cache: a cache banner with the snapshot time (not a date), highlighted keywords notice, the original URL; 成文日期 at the end",
        page="""
!d 这是 nyj.hetian.example.gov.cn/zbz/2025/0312.html 的快照，是网页在 2025年4月2日 的存档。
!d 页面可能已经更改，请点击此处查看当前页面。
!a 以下关键词已高亮：小麦 条锈病
!t 关于做好春季小麦条锈病防控工作的通知 - 搜看快照
{BODY}
!m 禾甸县农业农村局版权所有
""",
        body="""
各乡镇农业综合服务中心：
近期气温回升，降雨偏多，小麦条锈病发生风险加大。现就做好防控工作通知如下。
一要加强田间调查，每三天开展一次系统调查，发现病叶及时上报。
二要抓好“发现一点、防治一片”，病田率达到百分之五的地块全面喷药。
禾甸县农业农村局
2025年3月12日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-html-radiation-frame",
        site="快照搜 (invented)", style="搜索快照", genre="新闻", kind="news", form="html",
        source="https://kz.kuaizhaosou.example.cn/snapshot?id=55102&url=hjj.chengyuan.example.gov.cn",
        title="市辐射环境监测站开展核技术利用单位专项检查",
        record_title="市辐射环境监测站开展核技术利用单位专项检查",
        date="2025-08-28",
        notes="search snapshot frame in HTML: a cache header with the crawl time (not a date), the original page's nav and byline inside; 发布时间 as the page date",
        page=H("快照搜 - 市辐射环境监测站开展核技术利用单位专项检查", """
<div class="kz">⟦d 您查看的是快照搜于 2025-09-14 03:21 抓取的网页快照，仅供参考⟧</div>
<div class="kz2">⟦a 查看原网页　|　纯文本快照⟧</div>
<div class="orig"><div class="nav">⟦l 首页　环境质量　监测动态　政务公开⟧</div>
<h2>⟦t 市辐射环境监测站开展核技术利用单位专项检查⟧</h2>
<div class="meta">⟦m 发布时间：2025-08-28　来源：监测站⟧</div>
""", """
</div>
<div class="orig-ft">⟦m 澄垣市生态环境局主办⟧</div>
"""),
        body="""
8月下旬，市辐射环境监测站组织开展核技术利用单位专项检查。
检查组重点检查了放射源台账、安全联锁装置和辐射防护用品配备情况。
本次共检查单位十五家，发现问题七个，均已当场反馈并要求限期整改。
""",
    ),
    dict(
        slug="print-xiaoshi-beach-plan-footer",
        site="度假区管委会 打印页 (invented)", style="打印页", genre="工作方案", kind="plan", form="text",
        source="http://www.hb-dujia.example.gov.cn/print.asp?id=3318",
        title="2025年金沙湾海水浴场安全保障工作方案",
        record_title="〔打印稿〕2025年金沙湾海水浴场安全保障工作方案",
        date="2025-06-10",
        notes="print view: decorated title; a print/close row at the top, a URL line and a print footer '本页共1页 当前第1页' at the bottom; 印发 line kept; print time (not a date)",
        page="""
!a 【打印】　【关闭本页】
!m 网址：http://www.hb-dujia.example.gov.cn/show.asp?id=3318
!t 〔打印稿〕2025年金沙湾海水浴场安全保障工作方案
{BODY}
!m 打印时间：2025-07-02 15:33
!p 本页共1页　当前第1页
""",
        body="""
为确保浴场开放期间游客安全，制定本方案。
一、浴场开放时间为每日8时至18时，大风、雷雨天气立即关闭。
二、救生员实行分区包干，瞭望塔全天候有人值守。
三、医疗点配备自动体外除颤器两台，急救人员持证上岗。
旅游度假区管委会办公室　　2025年6月10日印发
""",
    ),
    dict(
        slug="print-shaqu-html-preview-table",
        site="沙渠县政府 打印预览 (invented)", style="打印页", genre="请示", kind="request", form="html",
        source="http://www.shaqu.example.gov.cn/print/2025/0918/4410.html",
        title="关于申请防护林带修复资金的请示",
        record_title="打印预览 - 关于申请防护林带修复资金的请示",
        date="2025-09-18",
        notes="print preview HTML: decorated title; a print toolbar; a repair table kept; 联系人 line of the request kept; print footer page 1/1",
        page=H("打印预览 - 关于申请防护林带修复资金的请示", """
<div class="noprint">⟦a 打印　|　关闭⟧</div>
<h2>⟦t 关于申请防护林带修复资金的请示⟧</h2>
""", """
<div class="pf">⟦p — 1/1 —⟧</div>
<div class="pf2">⟦m 沙渠县人民政府门户网站⟧</div>
"""),
        body="""
县人民政府：
今年春季大风天气频发，北部防护林带受损严重，缺株断带长度约十八公里。
修复区段　长度（公里）　所需资金（万元）
北干渠段　7.2　86
沙梁子段　10.8　129
以上共需资金二百一十五万元，恳请县政府予以支持。
妥否，请批示。
联系人：马晓东　电话：0903-6213308
沙渠县林业和草原局
2025年9月18日
""",
    ),
]
