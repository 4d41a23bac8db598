"""Holdout16 cases, part F: news, snapshots, mails, print views, reference and advice pages of kinds
no earlier part names (a rural-governance magazine's site, a city news portal's foreign-affairs
story, a snapshot of a drug-rehabilitation centre's page, a text-only cache of an ethnic and
religious affairs bureau, a big-data bureau's forwarded mail, an SME service centre's newsletter, a
labour-arbitration commission's print view, a people's mediation committee's print page, a
yearbook database entry, a legal-aid centre's Q&A, a picture-story app's personal collection, a
Taiwan-affairs office's news portal). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="news-rural-governance-magazine-research-html",
        site="《乡村治理》杂志 网络版 (invented)",
        style="新闻门户",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.xczl-mag.example.cn/2025/09/qikan/1187.html",
        title="“积分制”让村民从旁观者变成参与者——茗川市推行乡村治理积分制的调查",
        record_title="“积分制”让村民从旁观者变成参与者——茗川市推行乡村治理积分制的调查_乡村治理杂志",
        record_date="2025-09-10",
        date="2025-09-10",
        notes="a magazine's web edition: record title _magazine; issue and column line, authors' line, a subscription box, an 'this issue' list, a submission prompt with an e-mail, a copyright notice and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>“积分制”让村民从旁观者变成参与者——茗川市推行乡村治理积分制的调查_乡村治理杂志</title></head>
<body>
<div class="masthead">⟦m 乡村治理⟧<span>⟦m 半月刊　国内统一连续出版物号 CN 43-1599/D⟧</span></div>
<div class="nav">⟦m 首页　本期目录　往期回顾　专题策划　理论前沿　基层实践　投稿指南⟧</div>
<div class="article">
<div class="col">⟦m 2025年第17期 · 基层实践⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 文／本刊记者　莫晴川　通讯员　龙书瑶⟧</div>
{BODY}
</div>
<div class="side">
<div class="sub">⟦a 订阅本刊：邮发代号 42-318，全年24期 ¥240⟧</div>
<h4>⟦l 本期目录⟧</h4><ul><li>⟦l 以“小网格”撬动“大治理”⟧</li><li>⟦l 村规民约如何“长牙齿”⟧</li><li>⟦l 乡贤参与乡村治理的边界⟧</li></ul>
<div class="tg">⟦w 投稿邮箱：tougao@xczl-mag.example.cn（请勿一稿多投）⟧</div>
</div>
<div class="foot">⟦d 本刊所有文章版权归《乡村治理》杂志社所有，转载须经书面授权⟧<br>⟦m 湘ICP备13009917号⟧</div>
</body></html>
""",
        body="""
在茗川市石门村的“积分超市”里，村民陶大姐用攒了半年的86分，换回了一桶食用油和两袋洗衣粉。“积分不光能换东西，年底还要评星级文明户，大家都争着干。”她说。
2023年以来，茗川市在全市1126个村全面推行乡村治理积分制，把人居环境整治、移风易俗、志愿服务、邻里互助等内容量化为积分，村民参与村级事务的积极性明显提高。
一、积分怎么定：村民说了算
各村积分标准由村民代表会议讨论确定，不搞“一刀切”。石门村的积分细则共有5大类32项，其中“门前三包”每月评一次，志愿服务每小时加2分，参与调解邻里纠纷成功一次加5分，乱堆乱放、焚烧秸秆则要扣分。
二、积分怎么用：物质精神双激励
积分既可以到“积分超市”兑换生活用品，也与“星级文明户”评选、入党积极分子推荐等挂钩。全市已建成“积分超市”860个，今年上半年累计兑换积分170万分。
三、几点思考
调查中我们也发现，一些村存在积分项目过多、评分程序繁琐、超市商品更新不及时等问题。受访的基层干部建议，积分制要坚持简便易行，防止增加基层负担；要拓宽资金来源，引导乡贤、企业参与“积分超市”建设，让积分制行稳致远。
""",
    ),
    dict(
        slug="news-tangdi-portal-foreign-affairs-byline",
        site="棠棣新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tangdinews.example.cn/bd/2025-10/15/content_221904.htm",
        title="棠棣市与老挝琅勃拉邦省签署友好交流合作备忘录",
        date="2025-10-15",
        notes="a city news portal: the byline's time is the page's date; the title printed twice, once glued to the lead; a 'text size' row, a 'you may also like' list, an editor line and a corrections hotline",
        page="""
!m 棠棣新闻网　|　棠棣日报社主办
!m 首页 > 本地 > 时政
{T}
!m 2025-10-15 18:42:06　来源：棠棣日报　作者：记者 雷远航
!a 字号 T | T　　分享 ▾
⟦t 棠棣市与老挝琅勃拉邦省签署友好交流合作备忘录⟧{BODY}
!m 编辑：谷雨　校对：唐宁
!l 你可能也喜欢
!l · 棠棣至万象国际货运班列开行满100列
!l · 东盟留学生走进棠棣非遗工坊
!m 新闻热线：0851-3888110　　违法和不良信息举报电话：0851-3888119
""",
        body="""
10月14日，老挝琅勃拉邦省副省长一行访问棠棣。双方在友好会谈后签署了《棠棣市与琅勃拉邦省友好交流合作备忘录》，将在经贸、文化旅游、教育、农业等领域开展务实合作。
根据备忘录，双方将建立定期互访机制，支持两地企业开展农产品贸易和跨境物流合作，鼓励两地高校互派留学生，并联合举办文化旅游推介活动。
市外事办负责人介绍，近年来棠棣与东盟国家交流日益密切，今年前三季度全市对东盟进出口额达到46.8亿元，同比增长21.5%。
访问期间，客人一行还参观了棠棣国际陆港和市农业科学研究院。
""",
    ),
    dict(
        slug="snapshot-rehab-centre-summary-missing-title",
        site="搜索引擎快照 of 鹤泽县强制隔离戒毒所 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://snapshot.example-search.com/cache?u=jds.heze.example.gov.cn%2Fgzzj%2F2025%2F0712.html",
        title="鹤泽县强制隔离戒毒所2025年上半年工作总结",
        record_title=None,
        date="2025-07-10",
        notes="a search engine's snapshot: a banner with the snapshot's own time (no date of the document), a highlight line, the original site's header and footer; no record title; the summary's numbered headings and its 成文日期",
        page="""
!d 您查看的是该网页的历史快照（抓取于 2025/08/02 03:17），可能与原网页内容不同，请以原网页为准。
!a 查看原网页　|　复制快照链接
!d 以下关键词已高亮显示：戒毒　上半年
!m 鹤泽县强制隔离戒毒所　|　司法行政戒毒网
!m 首页 > 工作动态 > 工作总结
{T}
{BODY}
!m 主办：鹤泽县强制隔离戒毒所　地址：鹤泽县龙潭镇青山路1号
""",
        body="""
今年上半年，我所坚持“以人为本、科学戒毒、综合矫治、关怀救助”的工作原则，全面落实统一的司法行政戒毒工作基本模式，实现了无逃跑、无重大疫情、无安全生产事故、无所内发现吸毒的“四无”目标。
一、安全管理持续加强
严格执行戒毒人员入所检查、分期分区管理等制度，每月开展一次安全隐患排查，上半年排查整改隐患17处。
二、教育戒治成效明显
开设戒毒常识、心理健康、法治教育等课程12门，组织职业技能培训3期，86名戒毒人员取得电工、厨师等职业技能证书。
三、社会支持不断拓展
开展“家属开放日”活动2次，邀请120余名家属走进戒毒所；与县内5家企业签订就业安置协议，为解除戒毒人员提供就业岗位40个。
四、下半年工作打算
下半年，我所将继续深化戒毒医疗、康复训练、心理矫治等专业化建设，推动所外延伸帮扶，巩固戒治成效。
鹤泽县强制隔离戒毒所
2025年7月10日
""",
    ),
    dict(
        slug="snapshot-textcache-ethnic-religious-notice-html",
        site="纯文字缓存 of 松亭县民族宗教事务局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://textcache.example.org/t/mzj.songting.example.gov.cn/tzgg/20250415_771.html",
        title="关于开展宗教活动场所安全隐患排查整治工作的通知",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="a text-only cache in HTML: the cache banner with its capture time and a 'full version' link, the original site's link lists flattened into lines, the notice's own contacts and 成文日期; a cache footer",
        page="""
<html><head><meta charset="utf-8"><title>关于开展宗教活动场所安全隐患排查整治工作的通知</title></head>
<body>
<div class="cachebar">⟦d 这是纯文字版本缓存，抓取时间 2025-04-20 11:06 GMT，图片和样式已移除。⟧ <a>⟦a 完整版本⟧</a> <a>⟦a 仅文字版⟧</a></div>
<div>⟦m 松亭县民族宗教事务局⟧</div>
<div>⟦m 跳转到主要内容⟧</div>
<div>⟦m 首页 机构职能 政务公开 民族工作 宗教工作 办事服务⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2025-04-15 09:30 浏览次数：167⟧</div>
{BODY}
<div>⟦l 相关链接：国家民委 省民宗委 市民宗局⟧</div>
<div>⟦m 版权所有：松亭县民族宗教事务局 黔ICP备16001829号-3⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府（街道办事处），各宗教团体、宗教活动场所：
为切实做好宗教活动场所安全工作，有效防范和遏制各类安全事故发生，经研究，决定自即日起至6月30日在全县开展宗教活动场所安全隐患排查整治工作。现将有关事项通知如下。
一、排查重点
重点排查场所消防安全、建筑安全、用电用气安全、大型活动安全和食品卫生安全等方面存在的隐患，特别是木结构建筑、香炉烛台等重点部位的防火措施落实情况。
二、工作步骤
（一）自查自纠阶段（即日起至4月30日）。各宗教活动场所对照排查清单开展自查，建立隐患台账。
（二）督导检查阶段（5月1日至5月31日）。县民宗局会同应急、消防、住建等部门开展联合检查。
（三）整改落实阶段（6月1日至6月30日）。对排查发现的问题，明确整改责任人和整改时限，确保整改到位。
三、联系方式
县民族宗教事务局宗教事务股，联系人：哈林，电话：0856-7325031。
松亭县民族宗教事务局
2025年4月15日
""",
    ),
    dict(
        slug="mail-bigdata-bureau-forwarded-notice-headers",
        site="政务邮箱 转发邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:office@tzdsj.example.gov.cn?msgid=20250522-0931",
        title="关于开展政务数据共享目录编制工作的通知",
        record_title="转发：关于开展政务数据共享目录编制工作的通知",
        date="2025-05-20",
        notes="a forwarded mail: decorated subject; the forwarder's note, mail headers (发件人/收件人/抄送/时间/附件) and a signature block around the notice; the notice's own 附件 list and 联系人/电话/邮箱 after the signature; a mail client footer",
        page="""
!m 主　题：转发：关于开展政务数据共享目录编制工作的通知
!m 发件人：县政府办信息科<xxk@tingze.example.gov.cn>
!m 收件人：各乡镇、县直各单位
!m 时　间：2025年5月22日（星期四）上午9:31
!m 附　件：2个（共享目录模板.xlsx、编制指南.pdf）
各单位：转发县大数据局通知，请按要求于6月10日前报送，谢谢！
!m ---------- 原始邮件 ----------
!m 发件人：汀泽县大数据发展管理局<office@tzdsj.example.gov.cn>
!m 发送时间：2025年5月20日 17:05
{T}
{BODY}
!m --
!m 汀泽县人民政府办公室信息科　电话：0779-5521110
!d 本邮件及其附件含有政务信息，仅限收件人使用，未经许可禁止转发
!a 回复　全部回复　转发　标记未读
""",
        body="""
县直各有关单位，各乡镇人民政府：
为加快推进政务数据共享开放，打破“数据孤岛”，根据《汀泽县政务数据共享管理办法》，县大数据局决定开展政务数据共享目录编制工作。现将有关事项通知如下。
一、编制范围。各单位在履行职责过程中产生和获取的各类政务数据，包括行政许可、行政处罚、公共服务、监管检查等业务数据。
二、编制要求。各单位要按照“一数一源”原则，全面梳理本单位政务数据资源，明确数据项名称、共享类型、更新频率和提供方式，填写政务数据共享目录。
三、报送时间。请各单位于6月10日前将共享目录电子版发送至县大数据局电子邮箱，逾期未报的，将在全县通报。
附件：1.政务数据共享目录模板
2.政务数据共享目录编制指南
汀泽县大数据发展管理局
2025年5月20日
（联系人：晏子涵，电话：0779-5526633，邮箱：sjzy@tzdsj.example.gov.cn）
""",
    ),
    dict(
        slug="mail-sme-centre-newsletter-html-letter",
        site="麓阳市中小企业服务中心 电子简报 (invented)",
        style="邮件转发",
        genre="公开信",
        kind="letter",
        form="html",
        source="https://news.lysme.example.cn/mail/2025-09/issue37.html",
        title="致全市中小企业的一封信",
        record_title="【惠企简报】第37期｜致全市中小企业的一封信",
        date="2025-09-01",
        date_also=["2025-09-03"],
        notes="a mailed newsletter in HTML: issue line, 'view in browser' link, the letter's own policy hotline, website and a sentence telling firms to 扫码 and 关注; the 成文日期 under the signature (the mailing date also accepted); an unsubscribe footer and a forward-to-colleague link",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【惠企简报】第37期｜致全市中小企业的一封信</title></head>
<body style="background:#f4f4f4">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="font-size:12px;color:#999">⟦a 邮件显示不正常？点此在浏览器中查看⟧</td></tr>
<tr><td style="background:#1a6fb0;color:#fff;padding:16px"><b>⟦m 惠企简报⟧</b>　⟦m 2025年第37期　|　2025年9月3日⟧</td></tr>
<tr><td style="padding:0 16px">⟦m 麓阳市中小企业服务中心编印⟧</td></tr>
<tr><td style="padding:16px"><h2>{T}</h2>
{BODY}
</td></tr>
<tr><td style="padding:16px;background:#fafafa">⟦l 本期其他内容：2025年度技术改造专项资金申报指南　｜　“专精特新”企业培育政策问答⟧</td></tr>
<tr><td style="font-size:12px;color:#999;padding:16px">⟦d 您收到此邮件是因为您订阅了麓阳市中小企业服务中心《惠企简报》。⟧<br>⟦a 退订　|　转发给同事　|　更新订阅偏好⟧</td></tr>
</table>
</body></html>
""",
        body="""
全市中小企业朋友们：
中小企业是稳就业、促增长的重要力量。今年以来，面对复杂多变的市场环境，广大中小企业迎难而上、砥砺前行，为全市经济发展作出了积极贡献。在此，我们向大家致以崇高的敬意和衷心的感谢！
为帮助企业纾困解难，市委、市政府出台了一系列惠企政策。我们梳理了其中与中小企业密切相关的几项：一是对新认定的省级“专精特新”中小企业给予一次性奖励30万元；二是小微企业贷款担保费率降至1%以下；三是企业新招用高校毕业生的，按每人1500元给予一次性吸纳就业补贴。
政策落地需要打通“最后一公里”。我们开通了惠企政策咨询热线0745-2288365，企业也可以登录“麓阳惠企通”平台www.lyhqt.example.cn查询申报，或扫描平台二维码关注公众号，第一时间获取政策信息。
企业有困难，我们来帮办。欢迎广大中小企业朋友随时与我们联系，我们将竭诚为您服务！
麓阳市中小企业服务中心
2025年9月1日
""",
    ),
    dict(
        slug="print-labour-arbitration-announcement-service",
        site="鹤泽县劳动人事争议仲裁委员会 (invented) — print view",
        style="打印页",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsj.heze.example.gov.cn/ldzc/ggsd/print.jsp?id=3308",
        title="鹤泽县劳动人事争议仲裁委员会公告送达书",
        date="2025-03-24",
        notes="a print view of a labour-arbitration commission: a print header with the site name and a print-time line, the case number neutral, the announcement with its own phone and address; a print/close row and the page URL at the bottom",
        page="""
!m 鹤泽县人力资源和社会保障局（鹤泽县劳动人事争议仲裁委员会）
!m 打印时间：2025-04-01 08:52:13　　打印人：公众用户
{T}
鹤劳人仲案字〔2025〕第46号
{BODY}
!a 【打　印】　【关　闭】
!m http://rsj.heze.example.gov.cn/ldzc/ggsd/3308.html
""",
        body="""
鹤泽县永丰木业有限公司：
本委受理的申请人欧某某等3人与你单位劳动报酬争议一案，因无法通过其他方式向你单位送达，依照《劳动人事争议仲裁办案规则》的规定，向你单位公告送达仲裁申请书副本、应诉通知书、举证通知书及开庭通知书。
本案定于2025年5月8日上午9时在鹤泽县劳动人事争议仲裁院第一仲裁庭公开开庭审理。自本公告发布之日起经过三十日，即视为送达。你单位应在公告期满后十日内提交答辩书和证据材料，逾期不到庭的，本委将依法缺席裁决。
地址：鹤泽县人民路66号县人社局四楼
联系电话：0773-8127412
鹤泽县劳动人事争议仲裁委员会
2025年3月24日
""",
    ),
    dict(
        slug="print-mediation-committee-minutes-html-decorated",
        site="桐岙镇人民调解委员会 (invented) — print page",
        style="打印页",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://tongao.example.gov.cn/rmtj/2025/1106/print_419.html",
        title="桐岙镇人民调解委员会第三季度矛盾纠纷分析研判会议纪要",
        record_title="桐岙镇人民调解委员会第三季度矛盾纠纷分析研判会议纪要[打印稿]",
        date="2025-10-11",
        date_also=["2025-10-09"],
        notes="a print page in HTML: a print toolbar hidden on paper, the site's header and URL line, the title with [打印稿] in the record; the minutes' own 时间/地点/主持/参加 lines, a table of case types (one row a paragraph) and 印发 date (the meeting's date also accepted); a print-date footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>桐岙镇人民调解委员会第三季度矛盾纠纷分析研判会议纪要[打印稿]</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a 🖨 打印　　✕ 关闭　　A- A+⟧</div>
<div class="ph">⟦m 桐岙镇人民政府网 · 平安桐岙⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 页面地址：https://tongao.example.gov.cn/rmtj/2025/1106/419.html⟧<br>⟦m 打印于 2025-11-07⟧</div>
</body></html>
""",
        body="""
时间：2025年10月9日下午
地点：镇综治中心会议室
主持：镇人民调解委员会主任　应子谦
参加：镇司法所、派出所、信访办负责人，各村（社区）调委会主任
会议通报了第三季度全镇矛盾纠纷排查调处情况，分析了当前矛盾纠纷的特点和趋势，研究部署了第四季度工作。现纪要如下：
一、第三季度矛盾纠纷基本情况
纠纷类型　受理件数　调解成功件数
婚姻家庭纠纷　38　37
邻里纠纷　52　51
土地承包纠纷　17　15
劳务合同纠纷　21　20
二、会议认为，第三季度纠纷总量同比下降9%，但土地承包纠纷调解难度较大，有2起涉及多户的纠纷尚未化解。
三、会议要求，各村（社区）调委会要在年底前完成对土地承包纠纷的集中攻坚，镇司法所要加强业务指导，对疑难纠纷实行“一案一策”。
四、会议决定，第四季度开展一次人民调解员业务培训，由镇司法所负责组织。
桐岙镇人民调解委员会办公室　　2025年10月11日印发
""",
    ),
    dict(
        slug="wiki-yearbook-entry-private-economy-year-only",
        site="方志年鉴数据库 (invented)",
        style="百科问答",
        genre="报告",
        kind="report",
        form="html",
        source="https://nianjian.example-db.cn/entry/BCNJ2025-0186",
        title="碧岑县2024年民营经济发展概况",
        record_title=None,
        date=None,
        notes="a yearbook database entry: no record title; the yearbook's name and page range, an entry id and a 'cite this entry' box; an institution-login prompt, a PDF-download button, 'entries nearby' list and footer; only years in the text, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>方志年鉴数据库</title></head>
<body>
<div class="top">⟦m 方志年鉴数据库⟧　⟦a 机构用户登录⟧　⟦a 个人注册⟧</div>
<div class="search"><input>⟦a 检索⟧</div>
<div class="entry">
<div class="crumb">⟦m 年鉴 ＞ 碧岑年鉴（2025） ＞ 经济 ＞ 民营经济⟧</div>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 所属年鉴：《碧岑年鉴（2025）》⟧</td><td>⟦m 页码：186—187⟧</td></tr><tr><td>⟦m 条目编号：BCNJ2025-0186⟧</td><td>⟦m 字数：812⟧</td></tr></table>
<div class="text">
{BODY}
</div>
<div class="cite">⟦a 引用本条目：碧岑年鉴编纂委员会. 碧岑县2024年民营经济发展概况[M]//碧岑年鉴（2025）.⟧</div>
<div class="ops">⟦a 下载PDF原版　｜　加入我的书架⟧</div>
</div>
<div class="near"><h4>⟦l 本年鉴相邻条目⟧</h4><ul><li>⟦l 个体工商户⟧</li><li>⟦l 民营企业家队伍建设⟧</li><li>⟦l 优化营商环境⟧</li></ul></div>
<div class="foot">⟦d 数据库内容受著作权法保护，未经许可不得批量下载⟧</div>
</body></html>
""",
        body="""
【概况】2024年，全县民营经济实现增加值98.6亿元，增长6.9%，占地区生产总值的比重为58.3%。年末全县民营经济主体达到4.12万户，其中民营企业8960户、个体工商户3.22万户，全年新增民营经济主体6218户。
【重点企业】全县民营规模以上工业企业达到137家，实现产值216亿元。其中，产值超10亿元的企业3家，新认定省级“专精特新”中小企业6家。
【政策扶持】全年兑现各类惠企资金2.3亿元，为民营企业新增减税降费1.6亿元；开展“银企对接”活动8场，帮助民营企业获得贷款36.4亿元。
【营商环境】建立县领导联系重点民营企业制度，全年走访企业1200余家次，协调解决用地、用工、融资等问题214个。
""",
    ),
    dict(
        slug="lawsite-legal-aid-qa-record-date",
        site="茗川市法律援助中心 在线咨询 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://flyz.mingchuan.example.gov.cn/zxzx/q/60218.html",
        title="农民工被拖欠工资，可以申请法律援助吗？",
        record_date="2025-01-16",
        date="2025-01-16",
        notes="a legal-aid centre's online consultation: asker's line and the question text neutral, a reply by a named staff lawyer; the reply's own 12348 hotline and address; a 'was this helpful' row, 'similar questions' list and a disclaimer",
        page="""
!m 茗川市法律援助中心 · 在线咨询
!m 咨询首页 > 劳动争议 > 问题详情
{T}
!m 咨询人：鹏***　　咨询时间：2025-01-15 19:22
我在工地干了八个月，老板还欠我两万多块钱工资，一直拖着不给，我没什么钱请律师，能不能找法律援助？
!m 回复人：中心值班律师 温可　　回复时间：2025-01-16 10:05
{BODY}
!l 这条回复对您有帮助吗？　有帮助(47)　没帮助(2)
!l 相似问题
!l 包工头跑路了，工资找谁要？
!l 没有签劳动合同能讨薪吗？
!d 本回复仅针对咨询人所述情况，不作为正式法律意见。
""",
        body="""
您好！根据《中华人民共和国法律援助法》的规定，农民工请求支付劳动报酬的，可以申请法律援助，而且不受经济困难条件的限制。
您可以携带身份证、能证明劳动关系的材料（如考勤记录、工资条、工友证言、工作证等）和欠薪情况说明，到茗川市法律援助中心或所在县（市、区）法律援助中心申请。我中心地址是茗川市人民路190号公共法律服务中心一楼。
您也可以先拨打12348公共法律服务热线咨询，我们会根据您的情况指派律师，通过劳动监察投诉、劳动仲裁或诉讼等途径帮助您讨回工资。
建议您尽快收集和保存证据，劳动争议申请仲裁的时效期间为一年。
""",
    ),
    dict(
        slug="anthology-meipian-retired-principal-speech-wrapped",
        site="美图篇 App · 老校长的文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.meitupian.example.com/a/2b7xq0",
        title="在全县退休教师重阳节座谈会上的发言",
        record_title="在全县退休教师重阳节座谈会上的发言 · 老校长的文集",
        date="2025-10-29",
        notes="a picture-story app's personal collection: hard-wrapped at 56 columns; the author's nickname, a collection name, the date under the title (neutral), a 'music playing' line, flower/applause counters, a 'made with the app' banner",
        page="""
!m 美图篇　·　老校长的文集（第27篇）
!m 松风　　阅读 1206　　🌸 88
!a 🎵 背景音乐：《夕阳红》　点击暂停
{T}
（2025年10月29日）
{BODY}
!l 献花 88　　鼓掌 63　　评论 12
!a 我也要制作美图篇 >>
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各位领导、各位老同事：
今天是重阳节，县教育局把我们这些退休的老教师请到一起，共话发展、共度佳节，我感到非常温暖。我代表全县退休教师，向一直关心我们的各级领导表示衷心的感谢！
我在讲台上站了三十八年，从村小的民办教师干到县中学的校长。退休这几年，看到县里新建了一所所漂亮的学校，孩子们用上了多媒体教室，老师们的待遇也越来越好，我们打心眼里高兴。
退休不褪色，离岗不离心。这些年，不少老同事还在发挥余热：有的在社区办“四点半课堂”，义务辅导孩子作业；有的参加关工委“五老”宣讲团，给学生讲革命故事；有的把几十年的教学经验整理成书，留给年轻老师。
我想对年轻的老师们说：教书育人是良心活，要爱学生、爱讲台，耐得住寂寞、守得住清贫。
最后，祝各位老同事身体健康、晚年幸福！谢谢大家！
""",
    ),
    dict(
        slug="news-haixia-tangdi-portal-html-record",
        site="海峡棠棣网 · 棠棣市台办 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hxtangdi.example.cn/xw/202511/t20251108_5521.html",
        title="第五届棠台青年创业交流营开营",
        record_date="2025-11-08",
        date="2025-11-08",
        notes="a Taiwan-affairs office's news portal: a top bar with a simplified/traditional switch and a weekday date, a news byline, an 'editor in charge' line, a 'news in pictures' strip, a related list, share icons and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>第五届棠台青年创业交流营开营_海峡棠棣网</title></head>
<body>
<div class="topbar">⟦a 简体｜繁體⟧　⟦m 2025年11月08日 星期六⟧</div>
<div class="logo">⟦m 海峡棠棣网⟧<small>⟦m 两岸一家亲　共圆中国梦⟧</small></div>
<div class="channels">⟦m 首页　两岸要闻　台胞服务　交流合作　台企风采　视频⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="src">⟦m 2025-11-08 16:25　来源：市台办　作者：莘瑶⟧</div>
<div class="txt">
{BODY}
</div>
<div class="zb">⟦m 责任编辑：邬佳⟧</div>
<div class="share">⟦l 分享到：微信　微博　复制链接⟧</div>
<div class="rel"><h4>⟦l 相关新闻⟧</h4><p>⟦l 台胞台企“同等待遇”政策问答⟧</p><p>⟦l 棠棣台创园新增入驻企业12家⟧</p></div>
</div>
<div class="pics"><h4>⟦l 图片新闻⟧</h4><p>⟦l 两岸青年共绘非遗蜡染⟧</p></div>
<div class="footer">⟦m 棠棣市人民政府台湾事务办公室主办⟧　⟦m 黔ICP备18011460号⟧</div>
</body></html>
""",
        body="""
11月7日，第五届棠台青年创业交流营在棠棣台湾青年创业园开营，来自台湾地区的42名青年创业者和棠棣本地60余名青年企业家参加活动。
本届交流营为期五天，设置创业分享、项目路演、企业参访、文化体验等环节。营员们将走进棠棣国际陆港、蜡染非遗工坊和高新区数字经济产业园，实地了解当地产业发展和创业扶持政策。
开营仪式上，台湾青年许同学分享了在棠棣开办文创工作室的经历。她说：“这里的政策很贴心，从注册公司到申请场地补贴，都有专人帮忙，让我们安心创业。”
据介绍，棠棣台湾青年创业园自2021年建成以来，已累计孵化台青创业项目48个，带动就业600余人。
""",
    ),
]
