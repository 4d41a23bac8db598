"""Holdout9, part F: exported and saved formats — a mail archive, a Markdown export, a web
page saved as MHTML-like text, a print view, a search engine's cached copy, a law firm's
site, a tendering portal and a trade association. Written blind; everything invented."""

CASES = [
    dict(
        slug="mail-archive-letter-headers-quoted",
        site="县直机关邮件归档 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail-archive.liaohe.example.gov.cn/list/zfb/2025-04/msg00031.html",
        title="关于商请协助开展农村饮水安全专项调查的函",
        record_title="Fwd: 关于商请协助开展农村饮水安全专项调查的函",
        date="2025-04-16",
        notes="a mail archive: record title with Fwd:; the archive's thread nav (Date/Thread prev/next), From/To/Date/Subject headers, a forwarded-message banner, the mailing list footer with an unsubscribe line; the letter's own 联系人/电话 and 抄送 stay; the date under the signature",
        page="""
!l [Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]
!m From: 县水利局办公室 <slj_bgs@liaohe.example.gov.cn>
!m To: zfb-list@liaohe.example.gov.cn
!m Date: Thu, 17 Apr 2025 09:12:40 +0800
!t Subject: Fwd: 关于商请协助开展农村饮水安全专项调查的函
!m ---------- 转发的邮件 ----------
{T}
!m 蓼水函〔2025〕17号
{BODY}
!m --
!d 您收到此邮件是因为您订阅了“县直单位工作群组”。如需退订，请发送邮件至 zfb-list-unsubscribe@liaohe.example.gov.cn
!l 回复：Re: 关于商请协助开展农村饮水安全专项调查的函（县卫健局）
""",
        body="""
县卫生健康局：
为全面掌握全县农村饮水安全状况，根据市水利局工作部署，我局拟于2025年5月开展农村饮水安全专项调查。因调查涉及水质检测，特商请贵局给予协助。
一、请贵局安排县疾控中心对全县36处集中供水工程的出厂水和末梢水开展水质检测，检测指标按国家生活饮用水卫生标准执行。
二、请于6月15日前将检测结果反馈我局，以便汇总形成调查报告。
所需检测经费由我局承担。
专此函达，请予支持为盼。
联系人：罗芳　联系电话：0736-5520187
蓼河县水利局
2025年4月16日
抄送：县人民政府办公室。
""",
    ),
    dict(
        slug="markdown-export-plan-headings-links",
        site="团队知识库 Markdown 导出 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://kb.lanshan-tech.example.edu.cn/export/space/xsc/page/20250315-plan.md",
        title="2025年学生资助政策宣传月活动方案",
        record_title="20250315-plan.md",
        title_in="file-name",
        date="2025-03-15",
        notes="a Markdown export: the record title is a file name that is not the title; front matter (---, title:, tags:) and a table of contents with anchors; # headings markup on the title (chrome) but plain headings in the body; a Markdown table row separator line as chrome; the export footer",
        page="""
!m ---
!m title: 2025年学生资助政策宣传月活动方案
!m author: xsc_zizhu
!m date: 2025-03-15
!m tags: [资助, 宣传月, 学生处]
!m ---
!t # 2025年学生资助政策宣传月活动方案
!l [TOC]
!l - [一、活动主题](#一活动主题)
!l - [二、活动安排](#二活动安排)
{BODY}
!m > 由团队知识库于 2025-03-16 10:02 导出 · 页面ID 50871
""",
        body="""
为深入宣传国家学生资助政策，让每一位家庭经济困难学生都知晓政策、用好政策，学校决定开展2025年学生资助政策宣传月活动。
一、活动主题
资助育人　筑梦未来
二、活动安排
| 时间 | 内容 | 责任单位 |
| 3月下旬 | 资助政策进班级宣讲 | 各学院 |
| 4月上旬 | “我的资助故事”征文 | 学生处 |
| 4月中旬 | 诚信教育主题班会 | 各学院 |
三、工作要求
各学院要指定专人负责，活动结束后于4月25日前将总结材料报送学生处资助管理中心。
联系人：学生处　陆可欣　电话：0731-88476105
""",
    ),
    dict(
        slug="mhtml-saved-page-speech-boundaries",
        site="另存为网页的讲话稿 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="file:///D:/资料/讲话/在全区安全生产工作会议上的讲话.mht",
        title="在全区安全生产工作会议上的讲话",
        record_title="在全区安全生产工作会议上的讲话.mht",
        date="2025-02-21",
        notes="a page saved as MHTML and dumped as text: MIME headers and boundaries above and below, a Content-Location URL, the saved page's own chrome (site bar, print and close); the speaker and date lines under the title are neutral; the date from the document",
        page="""
!m From: <Saved by Blink>
!m Snapshot-Content-Location: http://www.zhizhouqu.example.gov.cn/ldjh/202502/t20250224_5512.html
!m Subject: =?utf-8?Q?=E5=9C=A8=E5=85=A8=E5=8C=BA?=
!m MIME-Version: 1.0
!m ------MultipartBoundary--Xq7ZkP0aVd3Lr9Ym----
!m Content-Type: text/html　Content-Transfer-Encoding: quoted-printable
!m 芷洲区人民政府网　领导讲话
{T}
区长　温振宇
（2025年2月21日）
{BODY}
!a 【打印】【关闭】
!m ------MultipartBoundary--Xq7ZkP0aVd3Lr9Ym------
""",
        body="""
同志们：
今天召开全区安全生产工作会议，主要任务是贯彻落实全市安全生产工作会议精神，总结去年工作，安排部署今年的安全生产工作。
2024年，全区共发生生产安全事故11起，死亡7人，同比分别下降26.7%和22.2%，没有发生较大以上事故，安全生产形势持续稳定向好。
但是，我们必须清醒地看到，全区安全生产基础仍然薄弱，城镇燃气、电动自行车、建筑施工等领域风险隐患依然突出。
今年要重点抓好以下工作：一是深化治本攻坚，二是压实各方责任，三是提升应急能力。
同志们，安全生产责任重于泰山。各级各部门要以对人民高度负责的态度，把安全生产各项工作抓实抓细，为全区高质量发展营造安全稳定的环境。
""",
    ),
    dict(
        slug="print-view-decision-url-footer",
        site="沅北县人民政府打印页 (invented)",
        style="打印页",
        genre="决定",
        kind="notice",
        form="text",
        source="http://www.yuanbei.example.gov.cn/print.jsp?id=300871",
        title="沅北县人民政府关于表彰2024年度全县安全生产工作先进单位的决定",
        record_title="沅北县人民政府关于表彰2024年度全县安全生产工作先进单位的决定",
        record_date="2025-02-14",
        date="2025-02-14",
        notes="a print view: a print-time stamp and the browser's page header/footer lines (date, title, URL, 1/1); the decision's list of commended units as numbered paragraphs stays; 抄送/印发 版记 stay",
        page="""
!m 2025/2/18 10:41　　沅北县人民政府门户网站
!a 打印本页　｜　关闭本页
{T}
!m 沅政发〔2025〕4号
{BODY}
!m http://www.yuanbei.example.gov.cn/zwgk/zfwj/202502/t20250214_300871.html　　1/1
""",
        body="""
各乡镇人民政府，县直各单位：
2024年，全县各级各部门认真贯彻落实安全生产决策部署，全县安全生产形势保持稳定。为表彰先进，县人民政府决定对以下单位予以表彰。
1.县应急管理局
2.县交通运输局
3.县住房和城乡建设局
4.桃林镇人民政府
5.石门乡人民政府
希望受表彰的单位珍惜荣誉、再接再厉。全县各级各部门要以先进为榜样，坚决防范遏制重特大事故发生。
沅北县人民政府
2025年2月14日
抄送：县委各部门，县人大常委会办公室，县政协办公室。
沅北县人民政府办公室　2025年2月14日印发
""",
    ),
    dict(
        slug="search-cache-report-text-only",
        site="搜寻引擎网页快照 of 岚溪县教育局 (invented)",
        style="搜索快照",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://snapshot.souxun.example.com/cache?q=lanxi-edu-report&ts=20250604",
        title="岚溪县教育局关于义务教育“双减”工作开展情况的报告",
        record_title=None,
        date="2025-05-30",
        notes="no record title; a search engine's text-only cached copy: its own header (cache time, 'full version', highlighted words), the original site's nav and footer inside; the report's date under the signature",
        page="""
!d 【网页快照】本页为搜寻引擎于 2025-06-04 03:27 保存的纯文本版本，原网页可能已变更。　查看完整版本
!d 已标亮搜索词：双减　作业　课后服务
!m 岚溪县教育局　首页　教育动态　政策文件　办事指南
{T}
!m 发布日期：2025-06-03　来源：基础教育股　浏览次数：
{BODY}
!m 岚溪县教育局主办　地址：岚溪县城东大道2号　联系电话：0745-3211005
""",
        body="""
县人大常委会：
根据县人大常委会2025年工作安排，现将我县义务教育“双减”工作开展情况报告如下。
一、作业管理更加规范。全县58所义务教育学校全部建立作业公示制度，小学一、二年级不布置书面家庭作业，三至六年级书面作业平均完成时间不超过60分钟。
二、课后服务实现全覆盖。推行“5+2”课后服务模式，开设兴趣社团620个，学生参与率达到96.4%。
三、校外培训治理成效明显。全县学科类校外培训机构由原来的43家压减至2家，压减率95.3%。
下一步，我们将持续巩固“双减”成果，推动学校教育提质增效。
岚溪县教育局
2025年5月30日
""",
    ),
    dict(
        slug="lawfirm-hengda-html-legal-notice",
        site="衡达律师事务所 (invented)",
        style="律所网站",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hengdalaw.example.com/news/notice/2025/0820/118.html",
        title="关于受托处置鹤汀市溪光纺织有限公司债权的公告",
        record_title="关于受托处置鹤汀市溪光纺织有限公司债权的公告_律所公告_衡达律师事务所",
        record_date="2025-08-20",
        date="2025-08-20",
        notes="HTML law-firm site: decorated record title; a consult button and lawyer-list sidebar, a 'not legal advice' disclaimer, a WeChat id line; the notice's own 联系人/电话 and its 异议期 dates stay",
        page="""
<html><head><meta charset="utf-8"><title>关于受托处置鹤汀市溪光纺织有限公司债权的公告_律所公告_衡达律师事务所</title></head><body>
<div class="hd">⟦m 衡达律师事务所　HENGDA LAW FIRM⟧ <a>⟦w 在线咨询⟧</a></div>
<div class="nav">⟦m 律所介绍 ｜ 专业领域 ｜ 律师团队 ｜ 律所公告 ｜ 联系我们⟧</div>
<h2>{T}</h2>
<p class="date">⟦m 2025-08-20　　衡达律所⟧</p>
<div class="cnt">
{BODY}
</div>
<div class="side"><h4>⟦l 推荐律师⟧</h4><p>⟦l 韩立新　高级合伙人　擅长：公司并购⟧</p></div>
<div class="disc">⟦d 本站文章仅供参考，不构成法律意见或律师与访客之间的委托关系。⟧</div>
<div class="ft">⟦w 法律咨询微信：hengda_law2025⟧ ⟦m 鹤汀市湖滨路66号中诚大厦18层⟧</div>
</body></html>
""",
        body="""
衡达律师事务所受债权人委托，现就鹤汀市溪光纺织有限公司所欠债权的处置事宜公告如下。
一、债权基本情况：截至2025年7月31日，债务人尚欠本金人民币386万元及相应利息。
二、处置方式：采取公开竞价方式转让上述债权，有意受让者请于2025年9月10日前与本所联系，索取债权转让文件。
三、对上述债权有异议的，请自本公告发布之日起十五日内书面提出。
联系人：许律师　联系电话：0739-5881602
衡达律师事务所
2025年8月20日
""",
    ),
    dict(
        slug="tender-portal-html-result-table",
        site="槐川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.huaichuan.example.gov.cn/jyxx/gcjs/zbgs/2025/0612/88.html",
        title="槐川县城南污水管网改造工程中标候选人公示",
        record_title=None,
        date="2025-06-12",
        notes="HTML tendering portal: no record title; a CA-lock login bar, a meta table (项目编号, 公示期), the candidates' table rows as body paragraphs, a 'complaint hotline' box of the portal; the notice's own objection contact stays",
        page="""
<html><head><meta charset="utf-8"><title>中标候选人公示-槐川县公共资源交易中心</title></head><body>
<div class="top">⟦a CA锁登录⟧ ⟦a 主体注册⟧ ⟦a 帮助中心⟧</div>
<div class="logo">⟦m 槐川县公共资源交易中心⟧</div>
<div class="crumb">⟦m 交易信息 / 工程建设 / 中标候选人公示⟧</div>
<h1>{T}</h1>
<table class="meta"><tr><td>⟦m 项目编号：HCGC-2025-031⟧</td><td>⟦m 公示期：2025-06-12至2025-06-14⟧</td></tr></table>
<div class="zw">
{BODY}
</div>
<div class="tousu">⟦w 交易监督投诉电话：0746-6612345⟧</div>
<div class="ft">⟦m 槐川县公共资源交易中心　版权所有⟧ ⟦m 技术支持：数云软件⟧</div>
</body></html>
""",
        body="""
槐川县城南污水管网改造工程于2025年6月10日在县公共资源交易中心开标，经评标委员会评审，现将中标候选人公示如下。
排名　中标候选人　投标报价（元）　工期（日历天）
第一名　湘溪建设集团有限公司　18,962,400.00　240
第二名　岚川市政工程有限公司　19,120,735.50　240
第三名　沅江水务建设有限公司　19,305,018.00　235
公示期为三个工作日。投标人或其他利害关系人对评标结果有异议的，应当在公示期内向招标人书面提出。
招标人：槐川县城市管理局　联系人：邓工　电话：0746-6620331
招标代理机构：槐川诚信项目管理有限公司　联系人：彭女士　电话：0746-6635002
""",
    ),
    dict(
        slug="association-tea-industry-summary-member-bar",
        site="岫川市茶叶行业协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xcchaxie.example.org.cn/xhgz/2025/0115/207.html",
        title="岫川市茶叶行业协会2024年工作总结暨2025年工作打算",
        record_title="岫川市茶叶行业协会2024年工作总结暨2025年工作打算（全文）",
        date="2025-01-15",
        notes="a trade association: decorated record title （全文）; member-service bar (入会指南, 会员风采), a 'scan to join the member group' prompt glued after a body sentence, a sponsor line and the secretariat's phone at the bottom; the summary's numbered figures stay",
        indent="\u3000\u3000",
        page="""
!a 入会指南　｜　会员登录　｜　会员风采
!m 岫川市茶叶行业协会 > 协会工作
{T}
!m 秘书处　2025-01-15
{BODY}
!m 本栏目由岫川名茶集团协办
!m 协会秘书处电话：0746-3372108　邮箱：chaxie@xcchaxie.example.org.cn
!l 协会工作：协会组织会员企业参加全国茶博会
""",
        body="""
2024年，协会在市农业农村局的指导下，紧紧围绕“擦亮岫川茶品牌、促进茶农增收”的目标，团结全体会员，较好地完成了年度各项工作。
一、品牌建设取得新进展。组织会员企业参加国内重要茶事展会五次，“岫川云雾”获评省级区域公用品牌，品牌价值评估达到21.3亿元。
二、技术服务扎实开展。联合市农科所举办茶叶种植加工培训班八期，培训茶农一千二百余人次。⟦w 扫码加入会员交流群，获取最新行业资讯⟧推广绿色防控技术面积四万亩。
三、行业自律不断加强。制定《岫川云雾茶团体标准》，开展茶叶质量抽检两次，合格率百分之九十八以上。
2025年，协会将重点抓好品牌推广、标准化生产和电商销售三项工作，推动全市茶产业高质量发展。
""",
    ),
]
