"""holdout32, part F: written blind. Invented sites, counties, people, URLs and chrome."""

CASES = [
    dict(
        slug="snapshot-gongdian-html-frame",
        site="寻迹搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snap.xunji.example.com/s?q=xiuchuan-power&p=88",
        title="岫川供电所关于计划停电的公告",
        record_title="岫川供电所关于计划停电的公告 - 寻迹快照",
        date="2025-09-15",
        notes="HTML snapshot frame: snapshot stamp and disclaimer banner; the page's own 发布日期; outage table kept; the document's own 联系电话 beside 95598",
        page="""
<html><head><meta charset="utf-8"><title>岫川供电所关于计划停电的公告 - 寻迹快照</title></head><body>
<div class="snapbar">⟦d 寻迹快照：本页于 2025-09-22 11:40 抓取，仅供参考，原网页可能已更新⟧</div>
<div>⟦m 原网址：http://www.xiuchuan-power.example.com/tz/0915.html⟧</div>
<div>⟦m 岫川供电所⟧</div>
<h3>{T}</h3><p>⟦m 发布日期：2025-09-15⟧</p>
{BODY}
<div>⟦m 供电服务热线：95598⟧</div>
</body></html>
""",
        body="""
因线路检修，我所将对以下区域计划停电：
停电时间　停电范围
9月20日 7:00—15:00　岫川镇东街、新村路
9月21日 8:00—12:00　筇岭乡桃坑村
如有疑问请拨打联系电话：0575-33101552。
岫川供电所
2025年9月15日
""",
    ),
    dict(
        slug="print-fuwuqu-plan-text",
        site="筇岭交投集团 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qljt.example.com/print/2025/1103.html",
        title="筇岭服务区冬季除雪保畅工作方案",
        record_title="〖打印稿〗筇岭服务区冬季除雪保畅工作方案",
        date="2025-11-03",
        notes="print view: print time stamp (not a date), URL line, print footer page of total; numbered list kept",
        page="""
!m 筇岭交通投资集团有限公司
!m 打印于：2025-11-20 16:45:02
!t 〖打印稿〗筇岭服务区冬季除雪保畅工作方案
{BODY}
!m 链接：https://www.qljt.example.com/news/2025/1103.html
!p — 第 1 页，共 1 页 —
""",
        body="""
为确保冬季雨雪天气服务区安全畅通，制定本方案。
1．储备融雪剂五十吨、防滑沙二百立方米。
2．组建除雪应急小分队两支，每队十人。
3．降雪期间广场和匝道每两小时巡查一次。
筇岭高速公路服务区管理处
2025年11月3日
""",
    ),
    dict(
        slug="mail-kejiguan-reply-chain",
        site="棠浦科技馆邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:archive/tpkjg/2025/0419.eml",
        title="关于商请联合举办青少年科学营的函",
        record_title="答复: 关于商请联合举办青少年科学营的函",
        date="2025-04-18",
        date_also=["2025-04-19"],
        notes="mail reply chain: quoted headers and a signature block are chrome; the letter's own 联系人 kept",
        page="""
!m 发件人：棠浦市科技馆 <office@tangpu-kjg.example.org>
!m 发送时间：2025-04-19 10:02
!t 答复: 关于商请联合举办青少年科学营的函
!m 收件人：峤南理工学院学生工作处
!m 您好，来函已收悉，请见原函内容。
!m -----原始邮件-----
{BODY}
!d 本邮件及附件可能含保密信息，如误收请删除。
""",
        body="""
峤南理工学院：
为激发青少年科学兴趣，我馆拟于今年7月与贵校联合举办青少年科学营，安排营员参观贵校实验室并聆听专家讲座。
恳请贵校予以支持。
联系人：鲍星河，电话：0595-27552016。
棠浦市科技馆
2025年4月18日
""",
    ),
    dict(
        slug="gov-linchang-request-docno",
        site="笙岭县林业局 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="text",
        source="http://lyj.shengling.example.gov.cn/zwgk/2025/0314/77.html",
        title="关于国有笙岭林场防火通道建设项目立项的请示",
        record_title="关于国有笙岭林场防火通道建设项目立项的请示",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="portal text page with the record's date; document number and 签发人 neutral; index lines",
        page="""
!m 笙岭县人民政府门户网站 » 部门信息公开 » 县林业局
!m 索引号：SL-LYJ-2025-0031　发布机构：县林业局
{T}
笙林〔2025〕9号
签发人：冉正平
{BODY}
!a 【打印】【关闭】
!m 笙岭县人民政府办公室主办
""",
        body="""
县人民政府：
国有笙岭林场林区面积大、山高坡陡，现有防火通道不足，一旦发生火情扑救困难。
为此，我局拟在林场新建防火通道二十二公里，估算总投资六百四十万元。
妥否，请批示。
笙岭县林业局
2025年3月14日
""",
    ),
    dict(
        slug="fanwen-jiedu-speech-text-service",
        site="公文宝典网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gwbd.example.com/jh/2025/7720.html",
        title="在全县禁毒工作推进会上的讲话",
        record_title="在全县禁毒工作推进会上的讲话（通用2篇）",
        date="2025-06-20",
        notes="范文 site: date under the title in Chinese numerals; speaker line neutral; writing-service box between paragraphs",
        page="""
!m 公文宝典网　专注公文写作十年
!t 在全县禁毒工作推进会上的讲话（通用2篇）
副县长　宁志刚
（二〇二五年六月二十日）
{BODY}
!a 第2篇需开通会员查看
!l 推荐：禁毒宣传月活动总结　｜　禁毒工作述职报告
""",
        body="""
同志们：
今天召开全县禁毒工作推进会，主要是分析形势，部署下半年工作。
⟦w 需要原创讲话稿，可联系客服微信 gwbd_2025⟧
今年以来，全县破获毒品案件十一起，社区戒毒康复执行率达到百分之九十八。
下半年要抓好禁毒宣传进校园、重点人员排查管控和易制毒化学品监管。
同志们，禁毒工作任重道远，希望大家狠抓落实。
""",
    ),
    dict(
        slug="wenku-chongwu-plan-glued-markers",
        site="拾贝文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.shibei.example.com/p/91802233.html",
        title="宠物医院医疗废物管理方案",
        record_title="宠物医院医疗废物管理方案【精选】",
        date=None,
        notes="文库 preview: page markers ▣n glued at line starts; preview-end prompt; no date (upload stamp only)",
        pages=dict(fmt="▣{n}", every=90, start=2, glue=True),
        page="""
!m 拾贝文库
!t 宠物医院医疗废物管理方案【精选】
!m 上传于 2025-06-30　共2页
{BODY}
!a 预览已结束，下载完整版（5拾贝币）
!d 文档来自用户上传，如有侵权请联系删除
""",
        body="""
为规范本院医疗废物管理，防止疾病传播和环境污染，制定本方案。
一、医疗废物按感染性、损伤性、药物性分类收集，使用专用包装袋和利器盒。
二、医疗废物暂存时间不超过四十八小时，暂存间每日消毒。
三、医疗废物交有资质的单位集中处置，并如实填写转移联单。
""",
    ),
    dict(
        slug="news-hunqing-text-publish-line",
        site="峤南晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qnwb.example.com/xw/2025-05/21/c_1188.html",
        title="峤南婚庆行业发布诚信公约",
        record_title="峤南婚庆行业发布诚信公约_峤南晚报网",
        date="2025-05-21",
        notes="news text page: the time line is the page date; an editor line and a related-news line under the text",
        page="""
!m 峤南晚报网 | 首页 | 本地新闻
!t 峤南婚庆行业发布诚信公约_峤南晚报网
!m 2025-05-21 08:10　来源：峤南晚报　作者：陶然
{BODY}
!m 责任编辑：柯一
!l 相关新闻：峤南举办集体婚礼
""",
        body="""
本报讯 5月20日，峤南市婚庆行业协会发布《婚庆服务诚信公约》，全市八十余家婚庆企业签约。
公约要求会员企业明码标价，不得临时加价，并推广使用婚庆服务合同示范文本。
""",
    ),
    dict(
        slug="wechat-kejiguan-activity-html",
        site="棠浦科技馆公众号 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wxread.example.net/mp/tpkjg/20250701",
        title="棠浦市科技馆“科学之夜”活动报名通知",
        record_title="棠浦市科技馆“科学之夜”活动报名通知",
        date="2025-07-01",
        notes="HTML WeChat mirror: account line date; 预览时标签不可点; 阅读原文; 扫码报名 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>棠浦市科技馆“科学之夜”活动报名通知</title></head><body>
<h1>{T}</h1>
<div>⟦m 原创 棠浦科技馆 2025-07-01 12:00⟧</div>
{BODY}
<div>⟦l 阅读原文　　阅读 2.3万　点赞 301⟧</div>
<div>⟦a 微信扫一扫关注该公众号⟧</div>
</body></html>
""",
        body="""
7月12日晚，科技馆将举办“科学之夜”活动，设有天文观测、趣味实验等项目。
活动限额三百人，请扫描海报二维码报名。
棠浦市科技馆
2025年7月1日
""",
    ),
    dict(
        slug="docshare-jichang-summary-text",
        site="文档集市 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.doc-jishi.example.com/view/880312.html",
        title="机场安检站2024年工作总结",
        record_title="机场安检站2024年工作总结.pdf",
        date="2025-01-06",
        notes="sharing page: file-name title; upload stamp; gap between paragraphs; download prompt",
        gap=True,
        page="""
!m 文档集市 > 总结报告
!t 机场安检站2024年工作总结.pdf
!m 上传时间：2025-01-20　下载：52
{BODY}
!a 下载此文档　　阅读全文需登录
""",
        body="""
2024年，安检站共检查旅客一百一十万人次，查获违禁品三千余件。
全年组织技能培训四十二期，新增高级安检员六名。
2025年将推进智能安检通道建设。
菱埠机场安检站
2025年1月6日
""",
    ),
    dict(
        slug="qa-linchang-answer-signed",
        site="林农问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.linnong-wd.example.com/q/20250411",
        title="承包国有林场的林地需要办理哪些手续？",
        record_title=None,
        date="2025-04-11",
        notes="Q&A without record title: the question as the title; 回答于 date is the page date; signed answer",
        page="""
!m 林农问答 · 林业问题找专家
{T}
!m 回答者：笙岭林场 冉工　回答于 2025-04-11
{BODY}
!l 对你有帮助吗？ 有用 16
""",
        body="""
一般需要以下手续：先向林场提出书面申请，经林场职工代表大会讨论后公开招标，中标后签订承包合同并报林业主管部门备案。
承包期内不得改变林地用途。
""",
    ),
    dict(
        slug="edu-youeryuan-notice-html-old",
        site="泖湾县实验幼儿园 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mwsy-yey.example.cn/news.asp?id=318",
        title="关于秋季开学幼儿体检的通知",
        record_title="关于秋季开学幼儿体检的通知 - 泖湾县实验幼儿园",
        date="2025-08-25",
        notes="old ASP kindergarten page: marquee, counter; the document's own 电话 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于秋季开学幼儿体检的通知 - 泖湾县实验幼儿园</title></head><body>
<table><tr><td>⟦m 泖湾县实验幼儿园⟧</td><td><marquee>⟦m 欢迎访问我园网站！⟧</marquee></td></tr></table>
<table><tr><td>{T}</td></tr><tr><td>
{BODY}
</td></tr></table>
<center>⟦m 访问量：0041207⟧</center>
</body></html>
""",
        body="""
各位家长：
新生入园前须完成体检，请于9月1日前携带儿童保健手册到县妇幼保健院体检。
咨询电话：0573-86033120。
泖湾县实验幼儿园
2025年8月25日
""",
    ),
    dict(
        slug="mail-yanglao-fwd-gov-mail",
        site="泖湾民政网邮 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive/mwmz/2025/1020.eml",
        title="关于开展养老机构消防安全检查的通知",
        record_title="转发：关于开展养老机构消防安全检查的通知",
        date="2025-10-20",
        notes="forwarded notice: mail headers chrome; the notice's own 附件 and 联系人 kept",
        page="""
!m 发件人：泖湾县民政局 <mz@mw.example.gov.cn>
!m 时间：2025年10月21日 8:30
!t 转发：关于开展养老机构消防安全检查的通知
{BODY}
!d 来自泖湾政务邮箱系统
""",
        body="""
各养老机构：
请于10月31日前完成消防安全自查，并填报自查表。
附件：养老机构消防安全自查表
联系人：钱筱雯，电话：0573-86011522。
泖湾县民政局
2025年10月20日
""",
    ),
]
