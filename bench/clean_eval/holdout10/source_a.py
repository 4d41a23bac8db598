"""Holdout10, part A: government departments no earlier part is known to imitate — a provincial
statistics bureau's interpretation page, a county 信访局, a 民政局, an agriculture bureau's
technical bulletin (a PDF cut by page markers), a forestry fire ban, a 人社局 training-subsidy
notice, a traffic police notice, a 医保局 Q&A, a tax office's reminder on one line and a
township's wrapped half-year summary. Written blind (see ../README.md); every place, person,
site, URL and chrome wording is invented."""

CASES = [
    dict(
        slug="stats-canglan-interpretation-html-table",
        site="沧澜省统计局 (invented)",
        style="政府门户",
        genre="解读",
        kind="report",
        form="html",
        source="http://tjj.canglan.example.gov.cn/sjjd/202504/t20250418_90311.html",
        title="一季度全省经济运行开局平稳",
        record_title="一季度全省经济运行开局平稳_数据解读_沧澜省统计局",
        date="2025-04-18",
        record_date="2025-04-18",
        notes="HTML interpretation page: a data table written as rows (cells split by an ideographic space), a 'view the chart' button between paragraphs, a glued 'listen' button, a 上一条/下一条 pair and a footer with 网站标识码 and 备案 number",
        p_html='<p style="text-indent:2em">{}</p>',
        page="""
<html><head><meta charset="utf-8"><title>一季度全省经济运行开局平稳_数据解读_沧澜省统计局</title></head><body>
<div class="topbar">⟦a 无障碍　长者模式　繁體⟧</div>
<div class="logo">⟦m 沧澜省统计局　数说沧澜⟧</div>
<div class="nav">⟦m 首页　统计数据　数据解读　统计公报　统计知识　互动交流⟧</div>
<div class="pos">⟦m 当前所在：首页 ＞＞ 数据解读 ＞＞ 正文⟧</div>
<h1>⟦t 一季度全省经济运行开局平稳⟧</h1>
<div class="attr">⟦m 日期：2025-04-18　　作者：综合处　　浏览量：2417⟧</div>
<div class="fs">⟦a 【字号 大 中 小】　【听全文】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="pn"><p>⟦l 上一条：3月份全省居民消费价格同比上涨0.3%⟧</p><p>⟦l 下一条：全省规上工业企业利润情况简析⟧</p></div>
<div class="foot"><p>⟦m 主办：沧澜省统计局　地址：沧澜市南环路47号　邮编：560021⟧</p><p>⟦m 网站标识码 5600000019　沧ICP备06007731号⟧</p></div>
</body></html>
""",
        body="""
一季度，面对复杂多变的外部环境，全省上下认真落实各项稳增长政策措施，经济运行总体平稳、稳中有进，为完成全年目标任务打下了较好基础。
一、主要指标增长情况
初步核算，一季度全省地区生产总值同比增长5.6%，比上年全年加快0.4个百分点。分产业看，第一产业增加值增长3.1%，第二产业增加值增长6.0%，第三产业增加值增长5.5%。
⟦a 点击查看统计图表⟧
指标　一季度绝对量　同比增长（%）
地区生产总值（亿元）　6128.4　5.6
规上工业增加值（亿元）　—　6.8
社会消费品零售总额（亿元）　2603.7　4.9
固定资产投资（不含农户）　—　3.2
二、运行中的积极变化
工业生产加快恢复，装备制造业增加值增长11.2%，对规上工业增长的贡献率接近四成。消费市场持续回暖，升级类商品零售额增长较快，新能源汽车零售额增长三成以上。⟦a 收听本段⟧
三、需要关注的问题
当前，部分企业订单不足，民间投资意愿偏弱，稳增长的基础仍需巩固。下阶段，要持续扩大有效需求，加大助企纾困力度，推动经济持续回升向好。
""",
    ),
    dict(
        slug="xinfang-cenyang-reception-cn-date-no-title",
        site="岑阳县信访局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://xfj.cenyang.example.gov.cn/tzgg/2025/0609/1172.html",
        title="岑阳县2025年第三季度县级领导公开接访安排公告",
        record_title=None,
        date="2025-06-09",
        notes="no record title; a 信访 site: slogan line, a location row with slashes, the title repeated, a close/print row, a footer with a 网上信访 link; the notice's own 接访 schedule (table rows), its 咨询电话 and a sentence telling readers to 扫码 stay; 成文日期 in Chinese numerals",
        indent="\u3000\u3000",
        page="""
!m 岑阳县信访局 · 阳光信访 为民解忧
!m 位置：首页 / 通知公告 / 正文
{T}
!m 信息来源：县信访局　发布者：信访综合股　点击数：356
{BODY}
!a 【关闭窗口】　【打印本页】
!l 网上信访入口 ＞
!m 主办单位：岑阳县信访局　承办：县政务信息中心
""",
        body="""
为进一步畅通群众诉求表达渠道，推动信访问题就地化解，根据县委、县政府工作安排，现将2025年第三季度县级领导公开接访安排公告如下。
日期　接访领导　地点
7月10日　县委副书记　县人民来访接待中心
8月14日　常务副县长　县人民来访接待中心
9月11日　县委政法委书记　县人民来访接待中心
⟦w 在线信访咨询 请拨 0759-4470012⟧
接访时间为当日上午8时30分至12时，下午2时30分至5时30分。来访群众应当如实反映诉求，提供有关材料，并遵守信访秩序。
多人反映共同意见的，请推选代表，代表人数不超过五人。已经或者依法应当通过诉讼、行政复议、仲裁解决的事项，请按照法定途径办理。
群众也可以扫描来访接待中心门口张贴的二维码，通过网上信访平台提交诉求，平台将在十五日内告知是否受理。
咨询电话：0759-4471158
岑阳县信访工作联席会议办公室
二〇二五年六月九日
""",
    ),
    dict(
        slug="minzheng-zhelin-dibao-wrapped-docno",
        site="柘林县民政局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://mzj.zhelin.example.gov.cn/zwgk/tzgg/202503/t20250305_4471.html",
        title="关于调整城乡低保和特困人员救助供养标准的通知",
        record_title="【通知公告】关于调整城乡低保和特困人员救助供养标准的通知",
        date="2025-03-03",
        notes="decorated record title; hard-wrapped at 64 columns; a document number (neutral) above the body; a standards table; a 附件 list; chrome glued after a 。 and a share row between paragraphs",
        wrap=64,
        indent="\u3000\u3000",
        page="""
!m 柘林县民政局门户网站
!m 首页 》政务公开 》通知公告
!m 发布时间：2025-03-05 16:20　来源：社会救助股　阅读：1,042
柘民发〔2025〕6号
{BODY}
!a 【下载附件】　【打印正文】
!l 相关信息：
!l ◇ 柘林县临时救助实施细则（修订）
!l ◇ 2024年全县社会救助资金使用情况公示
!m 柘林县民政局版权所有　技术支持：柘林县信息中心
""",
        body="""
各乡镇人民政府、街道办事处：
经县人民政府同意，自2025年4月1日起调整全县城乡最低生活保障标准和特困人员基本生活标准。现将有关事项通知如下。
一、调整后的标准
项目　调整前（元/人·月）　调整后（元/人·月）
城市低保标准　720　760
农村低保标准　530　575
特困人员基本生活标准　936　988
二、工作要求
各乡镇（街道）要按照新标准及时核定救助对象的保障金额，于4月20日前完成系统数据更新，确保新标准按月足额发放到位。⟦l 分享到：微信 | 微博 | QQ空间⟧
要加强政策宣传，通过村（居）务公开栏、村民微信群等渠道公布新标准，接受群众监督。⟦a 字号：大 中 小⟧
要严格落实审核确认程序，坚决防止优亲厚友、人情保、关系保等问题发生。
附件：1．柘林县城乡低保对象保障金额核定表
2．特困人员基本生活费发放花名册（样表）
柘林县民政局
2025年3月3日
""",
    ),
    dict(
        slug="agri-yingxi-pest-bulletin-pdf-dash-markers",
        site="潆溪县农业农村局 (invented)",
        style="政府门户",
        genre="技术意见",
        kind="notice",
        form="text",
        source="http://nyj.yingxi.example.gov.cn/attach/2025/07/bch08.pdf",
        title="当前中稻主要病虫害发生趋势及防治意见",
        record_title="当前中稻主要病虫害发生趋势及防治意见.pdf",
        date="2025-07-16",
        notes="a technical bulletin read as PDF text: file-name title; the bulletin's masthead (期数, 编发单位) as chrome; wrapped, page markers '─ n ─' between lines; decimal headings, dosage lists and the bulletin's own 联系人/电话 stay",
        wrap=58,
        pages=dict(fmt="─ {n} ─", every=180, start=2),
        page="""
!m 病虫情报
!m 2025年第8期（总第153期）
!m 潆溪县植保植检站编　2025年7月16日
{T}
{BODY}
!m 报：县农业农村局领导　送：各乡镇农业综合服务中心
!p ─ 4 ─
""",
        body="""
近期我县天气以多云间阵雨为主，田间温湿度适宜，中稻主要病虫害进入发生盛期。据7月12日至15日系统调查和大田普查，现将发生趋势及防治意见通报如下。
1．发生趋势
1.1 稻纵卷叶螟。第四代卵孵盛期在7月20日前后，预计偏重发生，沿河平原区重于丘陵区。
1.2 稻飞虱。田间虫量上升较快，百丛虫量平均为860头，最高达2300头，预计中等偏重发生。
1.3 纹枯病。病丛率平均为12.6%，比去年同期高3.1个百分点，随着水稻封行，病情将快速扩展。
2．防治意见
2.1 防治适期。稻纵卷叶螟在卵孵盛期至低龄幼虫高峰期用药，稻飞虱在低龄若虫高峰期用药。
2.2 推荐药剂。每亩可选用氯虫苯甲酰胺有效成分2克，或吡蚜酮有效成分15克，兑水30公斤细喷雾。
2.3 注意事项。施药时田间保持3至5厘米浅水层，避开中午高温时段，注意轮换用药，延缓抗药性产生。
各乡镇要组织技术人员深入田间指导，督促农户适期防治，防止病虫害暴发成灾。
联系人：林秀芝　电话：0762-5530417
""",
    ),
    dict(
        slug="forestry-daishan-fire-ban-glued-slogan",
        site="黛山县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.daishan.example.gov.cn/xxgk/gggs/2025/0210/5508.html",
        title="黛山县人民政府关于划定森林防火禁火区和禁火期的通告",
        record_title="黛山县人民政府关于划定森林防火禁火区和禁火期的通告",
        date="2025-02-10",
        record_date="2025-02-10",
        notes="record title and date; a document number under the title (neutral); the title glued to the first sentence; a 'scan to report fire' box and a font row glued after a 。 between paragraphs; the notice's own slogan and 举报电话 stay; 成文日期 in Chinese numerals",
        indent="\u3000\u3000",
        page="""
!m 黛山县人民政府 > 信息公开 > 公告公示
!m 索引号：431128-01-2025-0031　发布机构：县林业局　生成日期：2025-02-10
黛政通〔2025〕2号
⟦t 黛山县人民政府关于划定森林防火禁火区和禁火期的通告⟧{BODY}
!l 【相关链接】县林业局　县应急管理局　县气象台
!d 本网站所载文字、图片未经授权不得转载
!m 县政府办公室主办　联系电话：0743-8601122
""",
        body="""
为切实加强森林防火工作，保护森林资源和人民群众生命财产安全，根据《森林防火条例》等法律法规，结合我县实际，现将有关事项通告如下。
一、禁火区范围：全县行政区域内的林地，以及距离林地边缘五十米以内的区域。
二、禁火期：2025年2月15日至2025年5月31日。⟦a 字号 ↑ ↓⟧
三、禁火期内，禁火区严禁烧纸、燃放烟花爆竹、焚烧秸秆、烧荒烧炭、野炊烧烤等一切野外用火行为。
⟦a 扫码上报火情 →⟧
四、因特殊情况确需野外用火的，须经县林业局批准，并采取有效的防火措施。
五、违反本通告的，由有关部门依法予以处罚；构成犯罪的，依法追究刑事责任。
森林防火，人人有责。发现火情，请立即拨打森林火警电话12119或县森林防火指挥部办公室值班电话0743-8609119。
黛山县人民政府
二〇二五年二月十日
""",
    ),
    dict(
        slug="hrss-tongchuan-training-subsidy-html-attachments",
        site="桐川市人力资源和社会保障局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsj.tongchuan.example.gov.cn/tzgg/2025/0422/8821.html",
        title="关于申领2025年度职业技能培训补贴的通知",
        record_title="关于申领2025年度职业技能培训补贴的通知-桐川市人力资源和社会保障局",
        date="2025-04-22",
        notes="HTML page, record title with -site and no record date: the page's 发布时间 line is the date source; the notice's own 附件 list, 联系人/电话 and sentences telling applicants to 下载 and 打印 forms stay; a 'helpful?' box and a QR box in the sidebar",
        page="""
<html><head><meta charset="utf-8"><title>关于申领2025年度职业技能培训补贴的通知-桐川市人力资源和社会保障局</title></head><body>
<div class="hd">⟦m 桐川市人力资源和社会保障局⟧ <span>⟦a 登录　注册⟧</span></div>
<div class="menu">⟦m 机构职能　政务公开　办事服务　就业创业　社会保障　人事人才⟧</div>
<div class="bread">⟦m 您现在的位置：首页 - 就业创业 - 通知公告⟧</div>
<h2>⟦t 关于申领2025年度职业技能培训补贴的通知⟧</h2>
<div class="info">⟦m 发布时间：2025年04月22日　来源：职业能力建设科　【字体：小 中 大】⟧</div>
<div class="content">
{BODY}
</div>
<div class="useful">⟦l 本文对您是否有帮助？　有帮助　没帮助⟧</div>
<div class="qr">⟦a 扫一扫在手机打开当前页⟧</div>
<div class="footer"><p>⟦d Copyright © 桐川市人力资源和社会保障局 All Rights Reserved⟧</p><p>⟦m 桐公网安备 33070202001190号⟧</p></div>
</body></html>
""",
        body="""
各有关培训机构、用人单位及参训人员：
为落实职业技能提升行动有关政策，现就2025年度职业技能培训补贴申领工作通知如下。
一、补贴对象
在本市参加职业技能培训并取得职业资格证书、职业技能等级证书或专项职业能力证书的城乡劳动者，包括登记失业人员、农村转移就业劳动者、毕业年度高校毕业生和企业在职职工。
二、补贴标准
取得初级工证书的每人补贴1000元，中级工1500元，高级工2000元；取得专项职业能力证书的每人补贴500元。同一职业同一等级只能享受一次补贴。
三、申领程序
申请人可登录市人社局网站“下载中心”下载《职业技能培训补贴申请表》，如实填写后打印一式两份，连同身份证、证书复印件和银行卡复印件，报送至户籍或参保所在地人社服务窗口。
四、受理时间
全年受理，每季度末月集中审核拨付一次。申请人应当在取得证书之日起十二个月内提出申请，逾期不予受理。
附件：1.职业技能培训补贴申请表
2.补贴对象花名册（用人单位申报用）
联系人：钟雅琴　联系电话：0573-2280614
""",
    ),
    dict(
        slug="police-yuanfeng-traffic-control-decorated",
        site="沅丰县公安局交通警察大队 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="https://gaj.yuanfeng.example.gov.cn/jjdd/2025/0528/319.html",
        title="关于端午节龙舟赛期间部分路段实行交通管制的通告",
        record_title="关于端午节龙舟赛期间部分路段实行交通管制的通告（附绕行图）",
        date="2025-05-28",
        record_date="2025-05-28",
        notes="decorated record title; a police site's hotline banner, a 'police-public interaction' box and an ad for the traffic app; the notice's own 管制时间/路段 lines, a slogan and a sentence telling drivers to 关注 an account stay",
        gap=True,
        page="""
!m 平安沅丰 · 沅丰县公安局
!w 报警求助请拨110　交通事故报警请拨122
!m 首页 › 交警动态 › 通告公告
!t 关于端午节龙舟赛期间部分路段实行交通管制的通告（附绕行图）
!m 2025-05-28　沅丰县公安局交通警察大队　阅读 4,877 次
{BODY}
!a 下载“沅丰交警”APP，违法处理一键办
!l 警民互动：我要咨询　我要建议　我要投诉
!l 上一篇：关于开展电动自行车“一盔一带”专项整治的通告
!m 沅公网安备 43122502000088号
""",
        body="""
为确保2025年沅丰县端午节龙舟赛期间道路交通安全畅通，根据《中华人民共和国道路交通安全法》有关规定，决定对部分路段实行临时交通管制。现通告如下。
一、管制时间：2025年5月31日7时至13时。
二、管制路段：沿江大道（滨江桥至状元洲码头段）、龙舟路全段禁止机动车通行，临江路（文昌街至沿江大道段）实行单向通行。
三、绕行线路：过境车辆请提前经环城北路、迎宾大道绕行；前往观赛区域的市民请乘坐公交或步行。
四、管制期间，执行任务的警车、消防车、救护车、工程救险车不受上述限制。
五、请广大驾驶人和行人自觉服从现场交通民警指挥，因管制给您带来的不便，敬请谅解。
安全文明出行，平安欢乐过节。市民可以关注“沅丰交警”微信公众号，实时查询管制路段通行情况。
特此通告。
沅丰县公安局交通警察大队
2025年5月28日
""",
    ),
    dict(
        slug="ybj-shanling-outpatient-qa-example-dates",
        site="杉岭县医疗保障局 (invented)",
        style="政府门户",
        genre="问答",
        kind="other",
        form="text",
        source="http://ybj.shanling.example.gov.cn/zcjd/2025/0114/77.html",
        title="职工医保门诊共济保障政策十问十答",
        record_title="职工医保门诊共济保障政策十问十答",
        date=None,
        notes="a 医保局 Q&A: no date anywhere but example dates in the answers (date null); 问/答 numbered pairs; a consultation hotline as chrome while the answer's own 12393 line stays; a 'was this useful' row glued after a 。, a print/close row",
        page="""
!m 杉岭县医疗保障局
!m 政策解读 | 图文解读 | 视频解读
!t 《职工医保门诊共济保障政策十问十答》
!a 🔊 语音朗读　🖨 打印　✕ 关闭
{BODY}
!w 政策咨询热线：0738-3312393（工作日 8:30—17:30）
!l 推荐阅读：城乡居民医保集中缴费期常见问题
!m 杉岭县医疗保障局主办　网站地图　隐私声明
""",
        body="""
1．什么是门诊共济保障？
答：门诊共济保障是将职工医保普通门诊费用纳入统筹基金支付范围，同时改革个人账户计入办法，增强医保基金的互助共济作用。
2．普通门诊费用怎么报销？
答：在一个自然年度内，参保职工在定点医疗机构发生的政策范围内普通门诊费用，起付标准为800元，起付标准以上部分在职职工报销50%，退休人员报销60%。
3．年度支付限额是多少？
答：在职职工年度最高支付限额为2000元，退休人员为2500元。例如，某退休职工于2025年3月8日、6月2日两次就诊，费用累计计算，达到限额后不再支付。⟦l 以上内容是否有帮助？ 是 / 否⟧
4．个人账户可以给家人用吗？
答：可以。个人账户可以用于支付配偶、父母、子女在定点医疗机构就医发生的个人负担费用，以及参加城乡居民医保的个人缴费。
5．个人账户计入办法有什么变化？
答：在职职工个人缴纳的基本医疗保险费全部计入本人个人账户，单位缴纳部分不再计入；退休人员个人账户由统筹基金按定额划入。
6．还有不清楚的地方怎么办？
答：可拨打医保服务热线12393，或到县政务服务中心医保窗口咨询。
""",
    ),
    dict(
        slug="tax-yuchuan-reminder-oneline-publish-line",
        site="国家税务总局峪川县税务局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://yuchuan.tax.example.gov.cn/art/2025/3/3/art_2287_604.html",
        title="关于办理2024年度个人所得税综合所得汇算清缴的温馨提示",
        record_title=None,
        date="2025-03-03",
        notes="no record title, no record date: the page's 发布时间 line is the date source; the body on one line (paragraphs joined, separated only by their indent); a font row and share bar; the body's own example dates and a sentence telling readers to 下载 the tax app stay",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 峪川县税务局 > 税收宣传 > 办税提醒
{T}
!m 发布时间：2025-03-03　信息来源：纳税服务股
!a 【字体：大 中 小】 【打印】
{BODY}
!l 分享到： 微信好友 | 朋友圈 | 微博
!m 峪川县税务局纳税服务热线：12366
""",
        body="""
尊敬的纳税人：
2024年度个人所得税综合所得汇算清缴将于2025年3月1日开始，6月30日结束。为帮助您顺利完成汇算，现将有关事项提示如下。
一、哪些人需要办理。2024年度已预缴税额大于年度应纳税额且申请退税的，或者综合所得收入超过12万元且需要补税金额超过400元的，需要办理汇算。
二、如何办理。您可以在手机应用市场下载个人所得税APP，通过“综合所得年度汇算”模块自行办理，也可以由任职受雇单位代为办理。
三、预约办理。为避免集中办理造成拥堵，3月1日至3月20日期间需要提前预约，3月21日以后无需预约，随时可以办理。
四、注意事项。请如实填报收入和专项附加扣除信息，切勿轻信网络上所谓“退税攻略”，虚假填报将影响个人纳税信用。
""",
    ),
    dict(
        slug="township-lvwan-halfyear-summary-doc-section-markers",
        site="渌湾镇人民政府 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lvwan.example.gov.cn/zwgk/ghzj/2025/0708/full.doc",
        title="渌湾镇2025年上半年工作总结和下半年工作安排",
        record_title="渌湾镇2025年上半年工作总结和下半年工作安排.doc",
        date="2025-07-04",
        notes="a long .doc read as text: file-name record title; wrapped at 72 columns, page markers '§n' glued at line starts; data in the text, numbered lists, a slogan in quotes; 成文日期 in Arabic numerals; a converter header and footer",
        wrap=72,
        indent="\u3000\u3000",
        pages=dict(fmt="§{n}", every=260, start=2, glue=True),
        page="""
!m [文档转换 · 兼容模式]
{T}
{BODY}
!p §5
!d 本文由渌湾镇党政办公室提供，转载请注明出处
""",
        body="""
今年以来，在县委、县政府的坚强领导下，镇党委、镇政府团结带领全镇干部群众，紧扣“产业强镇、生态美镇、文旅兴镇”发展定位，稳中求进抓发展，凝心聚力惠民生，各项工作取得了阶段性成效。
一、上半年工作完成情况
（一）经济运行稳中有升。上半年，全镇完成地区生产总值9.7亿元，同比增长6.1%；完成固定资产投资3.2亿元，同比增长8.4%；实现一般公共预算收入4120万元，完成全年任务的53%。
（二）产业发展提质增效。新培育规模以上工业企业2家，茶叶加工园区二期建成投产；新发展高标准农田6200亩，水稻订单种植面积达到1.8万亩；渌湾古渡景区接待游客21.6万人次，实现旅游综合收入1.1亿元。
（三）项目建设加快推进。全镇列入县级重点项目11个，已开工9个，其中渌湾大桥拓宽工程完成总工程量的70%，镇污水处理厂提标改造项目已进入设备安装阶段。
（四）民生保障持续改善。发放各类民生资金2860万元，新增城镇就业460人；完成农村危房改造32户、户厕改造410户；镇卫生院新建中医馆投入使用。
（五）社会大局和谐稳定。深入开展矛盾纠纷排查化解，排查化解各类纠纷137起，化解率达到98%；开展安全生产检查46次，整改隐患112处，未发生较大安全事故。
二、存在的问题
一是经济总量偏小，工业企业规模不大、带动力不强；二是项目储备不足，招商引资成效不够明显；三是部分村集体经济基础薄弱，增收渠道较窄。
三、下半年工作安排
一是全力抓好项目建设，确保渌湾大桥拓宽工程年底前建成通车；二是做大做强特色产业，推进茶旅融合发展；三是持续改善人居环境，完成十个村的村庄规划编制；四是着力保障和改善民生，办好群众急难愁盼的实事；五是从严加强干部队伍建设，营造“比学赶超”的浓厚氛围。
渌湾镇人民政府
2025年7月4日
""",
    ),
]
