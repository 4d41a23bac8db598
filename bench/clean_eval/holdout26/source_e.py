"""holdout26, part E: 范文 apps, exam forums (tax-system and state-enterprise recruitment),
encyclopaedia entries, cloud-drive shares, search snapshots and print views, for an audit
bureau, a port, a seismological bureau, a lottery centre, an airport and others.
Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fwapp-bima-request-audit-funds-reading-mode",
        site="笔码范文APP (invented)",
        style="范文APP",
        genre="请示",
        kind="request",
        form="text",
        source="https://app.bima.example.com/share/art/771204",
        title="关于申请审计信息化建设专项经费的请示",
        record_title="关于申请审计信息化建设专项经费的请示（可直接套用）",
        date="2025-04-02",
        notes="an app's reading mode: 'open in app to copy', a member prompt glued after a sentence, an AI-polish button between paragraphs, a Chinese-numeral date, 文号 line (neutral)",
        page="""
!a 打开笔码APP，一键复制全文
!t 关于申请审计信息化建设专项经费的请示（可直接套用）
蓟审〔2025〕12号
{BODY}
!l 猜你想写：审计工作总结 ｜ 经费申请报告 ｜ 预算调整请示
!a 会员免广告 · 首月仅需 6 元
""",
        body="""
县人民政府：
为适应大数据审计工作需要，提升审计监督效能，我局拟于今年实施审计信息化建设项目，现将有关情况请示如下。
一、项目内容：建设审计数据分析室，购置数据服务器两台、分析终端十台，采购审计数据分析软件一套。⟦a 开通会员查看完整范文⟧
⟦a ✨ AI润色这一段⟧
二、经费预算：项目总预算六十八万元，其中硬件四十一万元、软件二十七万元。
妥否，请批示。
蓟原县审计局
二〇二五年四月二日
""",
    ),
    dict(
        slug="fwapp-xiezi-summary-postal-share-page-html",
        site="写字侠 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.xiezixia.example.cn/s/p8QfZ2",
        title="邮政营业网点2025年上半年工作总结",
        record_title=None,
        date="2025-07-03",
        notes="a writing app's H5 share page: no record title; a share-card header with the sharer's name, a 'continue in app' mask after the third paragraph (chrome line), a download-app footer",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>写字侠</title></head><body>
<div class="sharer">⟦m 用户“营业员小蔡”分享了一篇范文⟧</div>
<h1>{T}</h1>
<div class="cnt">
{BODY}
</div>
<div class="dl">⟦a 下载写字侠APP，海量范文随心改⟧</div>
<div class="copy">⟦d 写字侠 · 内容由用户创作与分享⟧</div>
</body></html>
""",
        body="""
2025年上半年，鹊川县城关邮政营业网点在县分公司的领导下，围绕金融、寄递、代理三大业务，较好完成了各项任务。
一、业务发展情况。上半年储蓄净增一千八百万元，完成年计划的百分之五十六；寄递业务量同比增长百分之十二。
二、服务质量情况。网点实行“首问负责制”，上半年未发生有效投诉。
⟦a 点击“在APP内继续阅读”查看剩余内容⟧
三、下半年打算。重点做好旺季寄递保障，开展“邮政助农”专场营销活动。
城关邮政营业网点
2025年7月3日
""",
    ),
    dict(
        slug="gkforum-shuiwu-tax-exam-insight-text",
        site="税考圈论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.shuikaoquan.example.com/t/51207",
        title="税务系统面试备考心得",
        record_title="【上岸分享】税务系统面试备考心得（附每日练习表）",
        date=None,
        notes="an exam forum post: a decorated title, 发表于 5小时前 (relative: no date), a practice table, junk glued and on a line, signature, 'hidden content reply to view' prompt",
        junk=dict(lines=1, glued=2),
        page="""
!m 税考圈论坛 › 面试交流区
!t 【上岸分享】税务系统面试备考心得（附每日练习表）
!m 楼主：青衫过岗　发表于 5小时前　查看: 2087　回复: 64
{BODY}
!a 本帖隐藏的内容需要回复才可以浏览
!m 签名：愿每一个努力的人都能上岸
""",
        body="""
今年报考了萱州市税务局的岗位，笔试排名第三，面试逆袭第一，和大家分享一下备考心得。
第一，面试不是背模板。我一开始也背了很多套话，后来发现考官最看重的是思路清楚、言之有物。
第二，每天坚持限时练习。我和两个同学组成小组，每天练三道题，互相计时、互相点评。
时段　内容
早上　读税收政策新闻
下午　限时答题三道
晚上　复盘录音
第三，心态最重要。进考场前深呼吸，把考官当成同事，把答题当成汇报工作。
""",
    ),
    dict(
        slug="gkforum-guoqi-port-group-speech-html",
        site="国企招聘交流社区 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.gqzpjl.example.com/forum/thread/99021",
        title="在新员工入职培训开班仪式上的讲话",
        record_title="[面试素材] 在新员工入职培训开班仪式上的讲话 - 素材共享 - 国企招聘交流社区",
        date="2025-07-15",
        date_also=["2025-07-20"],
        notes="an exam community HTML thread sharing a port group leader's speech as material: a decorated title with board and site, 发表于 a later date (speech date expected, post date accepted), jammer fonts, a points reward line",
        junk=dict(lines=0, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 在新员工入职培训开班仪式上的讲话 - 素材共享 - 国企招聘交流社区</title></head><body>
<div class="hd">⟦m 国企招聘交流社区⟧ ⟦a 签到领积分⟧</div>
<div class="pt">⟦m 首页 › 素材共享 › 帖子详情⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 港务小白⟧ ⟦m 发表于 2025-07-20 13:02⟧</div>
<div class="post">
<p>桐港港口集团党委书记、董事长　贺长风</p>
<p>（2025年7月15日）</p>
{BODY}
</div>
<div class="reward">⟦l 楼主获得 5 积分奖励　｜　评分　｜　收藏⟧</div>
</body></html>
""",
        body="""
各位新同事：
欢迎大家加入桐港港口集团！今年集团共招收新员工一百八十六名，其中硕士研究生二十三名。
港口是国家的门户，也是集团一万多名员工共同的家。希望大家尽快完成从学生到港口人的转变。
我给大家提三点希望：一要爱岗，二要守规，三要好学。
祝大家在新的岗位上扬帆起航！
""",
    ),
    dict(
        slug="baike-dizhen-seismic-intensity-entry-text",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhiyuan.example.com/item/地震烈度/22017",
        title="地震烈度",
        record_title="地震烈度_知源百科",
        date=None,
        notes="an encyclopaedia entry: '_site' title, an edit/version row, a catalogue box, an example date inside a sentence (no date), a references head, 'entry statistics' with a last-edit stamp",
        page="""
!m 知源百科 — 全民共建的知识平台
!t 地震烈度_知源百科
!a 编辑　讨论　收藏　上传视频
!l 目录　1 定义　2 影响因素　3 与震级的区别
{BODY}
!m 词条统计：浏览次数 38,210　编辑次数 17　最近更新：懒猫科普
!d 本词条内容由网友编辑，仅供参考
""",
        body="""
地震烈度是指地震引起的地面震动及其影响的强弱程度，是衡量地震破坏作用大小的一个尺度。
一次地震只有一个震级，但在不同地点会表现出不同的烈度。一般来说，距离震中越近，烈度越高。
影响烈度的因素主要有震级、震源深度、距震中的距离以及当地的地质条件和建筑物类型。
例如，某地于1976年7月28日发生的地震中，震中区烈度达到十一度，而数百公里外的城市烈度仅为五六度。
我国采用的是十二度的地震烈度表。
""",
    ),
    dict(
        slug="baike-wenda-grain-storage-qa-html",
        site="百问农事 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baiwennongshi.example.com/wenda/3320.html",
        title="农户家里储存稻谷怎样防虫防霉？",
        record_title="农户家里储存稻谷怎样防虫防霉？_百问农事",
        date="2025-10-11",
        notes="a farming Q&A page: an expert's answer with 回答于 a full date (page's date), an expert card, an 'ask an expert' action, related questions, a numbered list kept",
        page="""
<html><head><meta charset="utf-8"><title>农户家里储存稻谷怎样防虫防霉？_百问农事</title></head><body>
<div class="top">⟦m 百问农事　农业问题找专家⟧</div>
<h1>{T}</h1>
<div class="expert">⟦m 解答专家：杉坪县中心粮库 保管员 龚建华⟧ ⟦m 回答于 2025-10-11⟧</div>
<div class="answer">
{BODY}
</div>
<div class="ask">⟦a 我也要提问专家⟧</div>
<div class="rel">⟦l 相关问题：玉米储存多久会生虫？ ｜ 家用粮仓怎么选？⟧</div>
</body></html>
""",
        body="""
农户家庭储粮，关键是做到“干、净、冷、密”四个字。
1．晒干再储。稻谷水分要降到百分之十三点五以下，用牙咬发出清脆响声为宜。
2．清除杂质。入仓前要过筛，把瘪粒、草籽、土块清除干净。
3．低温保存。粮仓放在阴凉通风处，避免阳光直射。
4．密闭防虫。可选用密闭性好的金属小粮仓，不要用农药拌粮。
按照这些方法，稻谷一般可以安全储存一年以上。
""",
    ),
    dict(
        slug="netdisk-tianyun-plan-airport-share-text",
        site="天云网盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://pan.tianyun.example.com/s/1xQm9kL",
        title="萝湾机场冬春航季保障工作方案",
        record_title="萝湾机场冬春航季保障工作方案.wps",
        date="2025-10-20",
        notes="a cloud-drive preview: a .wps file name, a share-expiry line (no date), 'save to my drive' action, ✧N✧ page markers glued or not (mix), a size line",
        pages=dict(fmt="✧{n}✧", every=130, start=2, glue="mix"),
        page="""
!m 天云网盘 · 文件分享
!t 萝湾机场冬春航季保障工作方案.wps
!m 分享者：运行指挥中心-阿凯　　有效期：剩余6天　　大小：52KB
!a 保存到我的网盘　　下载（需登录）
{BODY}
!d 请勿通过网盘分享违法违规内容
""",
        body="""
为确保冬春航季航班运行安全正常，根据民航局冬春航季航班计划，结合机场实际，制定本方案。
一、航季时间：2025年10月26日至2026年3月28日。
二、航班计划：本航季计划执飞航线二十三条，每周航班量四百一十二架次，较上一航季增长百分之九。
三、重点保障措施
（一）提前完成除冰雪设备检修，储备除冰液一百二十吨。
（二）加强低能见度运行保障，完善大雾天气旅客服务预案。
（三）春运期间增开临时值机柜台六个。
萝湾机场运行指挥中心
2025年10月20日
""",
    ),
    dict(
        slug="netdisk-kuaipan-lottery-rules-text",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.kuaipan-share.example.net/f/7Hq2",
        title="福利彩票销售站点管理办法",
        record_title=None,
        date="2025-02-28",
        notes="a cloud-share page: no record title (the file name on the page, decorated), a preview notice, the rules speak of 打印/扫码 (kept), a file list sidebar, a 'report' link",
        page="""
!m 快盘分享　极速不限速
!m 文件名：福利彩票销售站点管理办法（2025修订）.docx
!d 仅预览前3页，完整内容请下载后查看
{T}
{BODY}
!l 同文件夹：销售员守则.docx ｜ 站点申请表.xlsx
!a 举报　｜　不限速下载
""",
        body="""
第一条　为规范福利彩票销售站点管理，维护彩票市场秩序，制定本办法。
第二条　销售站点应当在显著位置张贴销售许可证，销售员须持证上岗。
第三条　销售站点出售的彩票须由销售终端打印，严禁手写或预售彩票。
第四条　站点应张贴兑奖扫码查询二维码，方便购彩者扫码查询中奖信息。
第五条　本办法自2025年3月1日起施行。
萱州市福利彩票发行中心
2025年2月28日
""",
    ),
    dict(
        slug="snapshot-quick-seismic-bureau-news-text",
        site="快照缓存 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://cache.souxun.example.com/c?u=dzj.xuanzhou.example.gov.cn/xw/2025/0415.html",
        title="市地震局完成地震台站年度巡检",
        record_title="市地震局完成地震台站年度巡检_萱州市地震局",
        date="2025-04-15",
        notes="a search-cache banner at the top (snapshot time: not the date), highlighted query words line, the cached page's byline 发布日期 (the date), a 'view current page' link, footer of the original site",
        page="""
!d 这是搜寻引擎对 dzj.xuanzhou.example.gov.cn/xw/2025/0415.html 的缓存，抓取于 2025-05-02 03:11，当前页面可能已更改。
!m 以下搜索词已高亮：地震台站　巡检
!a 查看当前页面 ›
!m 萱州市地震局 · 工作动态
{T}
!m 发布日期：2025-04-15　信息来源：监测预报科
{BODY}
!m 主办单位：萱州市地震局　网站标识码：4309000041
""",
        body="""
4月上旬，市地震局组织技术人员对全市九个地震台站开展年度巡检。
巡检组逐一检查了地震计、强震仪、数据采集器和供电系统，更换老化蓄电池十四组，排除通信故障三处。
目前全市地震台站运行率达到百分之九十九以上，数据实时传输至省地震台网中心。
""",
    ),
    dict(
        slug="snapshot-kuaizhao-lottery-charity-notice-html",
        site="寻迹快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://kz.xunji.example.com/snap?id=a7c1d&url=www.lcflcp.example.org.cn",
        title="关于开展“福彩助学”公益活动的通知",
        record_title=None,
        date="2025-07-18",
        notes="a snapshot frame around an old lottery-centre page: a cache header frame, no record title, the page's 发布时间 (date), the original nav and footer kept in the frame",
        page="""
<html><head><meta charset="utf-8"><title>寻迹快照</title></head><body>
<div class="snapbar">⟦d 寻迹快照：本页为网页快照，保存时间 2025年08月03日，原网页可能已变动⟧ ⟦a 访问原网页⟧</div>
<div class="orig">
<div>⟦m 苓川市福利彩票发行中心⟧ ⟦l 首页 | 中心概况 | 公益福彩 | 开奖公告⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2025-07-18　责任编辑：黎佳⟧</div>
{BODY}
<div>⟦m 苓川市福利彩票发行中心版权所有⟧</div>
</div>
</body></html>
""",
        body="""
各县（市、区）福彩管理站：
为践行福彩公益使命，市福彩中心决定开展2025年“福彩助学”公益活动，资助品学兼优的困难家庭新生顺利入学。
一、资助对象：2025年考入全日制普通高校本科的困难家庭学生，共一百名。
二、资助标准：每人一次性资助五千元。
三、申报时间：7月20日至8月10日，由学生向户籍所在地福彩管理站提出申请。
苓川市福利彩票发行中心
2025年7月18日
""",
    ),
    dict(
        slug="print-dayin-tobacco-inspection-notice-text",
        site="鹊川县烟草专卖局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yc.quechuan.example.gov.cn/print.asp?id=3321",
        title="关于开展春节前卷烟市场专项检查的通知",
        record_title="打印本页 - 关于开展春节前卷烟市场专项检查的通知",
        date="2025-01-08",
        notes="a print view: a 'print this page / close' row, the URL line and a print timestamp at the bottom (no date), a print footer 页 1（共 1 页）; 抄送 and 印发 lines kept",
        page="""
!a 【打印本页】　【关闭窗口】
!t 打印本页 - 关于开展春节前卷烟市场专项检查的通知
!m 鹊川县烟草专卖局　发布时间：2025-01-08
{BODY}
!m 本页网址：http://yc.quechuan.example.gov.cn/show.asp?id=3321
!m 打印时间：2025/1/22 下午3:05:44
!p 页 1（共 1 页）
""",
        body="""
各专卖管理所、稽查中队：
为净化春节期间卷烟市场，严厉打击涉烟违法行为，局里决定于1月10日至2月10日开展春节前卷烟市场专项检查。
一、检查重点：城乡接合部零售户、农村集市、物流寄递网点。
二、工作要求：各单位要每周报送检查进度，发现重大案件线索立即报告。
鹊川县烟草专卖局
2025年1月8日
抄送：市烟草专卖局专卖处。
鹊川县烟草专卖局办公室　2025年1月8日印发
""",
    ),
    dict(
        slug="print-preview-port-safety-letter-html",
        site="茴港市港航事务中心 (invented)",
        style="打印页",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://ghzx.huigang.example.gov.cn/print/2025/0601/77",
        title="致渔船船东船长的一封信",
        record_title="致渔船船东船长的一封信（打印预览）",
        date="2025-06-01",
        notes="a print-preview HTML page: a decorated title, a print toolbar, a print footer, the letter's own 值班电话 and VHF channel (kept), a print timestamp (no date)",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title><style>@media print{.tb{display:none}}</style></head><body>
<div class="tb">⟦a 🖨 打印　　✕ 关闭预览　　页面设置⟧</div>
<h2>{T}</h2>
<p class="src">⟦m 来源：茴港市港航事务中心　日期：2025-06-01⟧</p>
{BODY}
<div class="pf">⟦m 打印于 2025-06-18 10:44 ｜ http://ghzx.huigang.example.gov.cn/2025/0601/77.html⟧</div>
<div class="pf">⟦p 1 / 1⟧</div>
</body></html>
""",
        body="""
各位渔船船东、船长：
伏季休渔即将结束，开渔在即。为保障渔船出海生产安全，港航事务中心提醒大家：
一、出海前检查救生衣、救生筏、消防器材是否齐全有效。
二、严禁超载、超航区作业，遇大风预警及时回港避风。
三、保持船载北斗终端和甚高频电台常开，守听16频道。
遇险请拨打中心24小时值班电话0738-2612000。
茴港市港航事务中心
2025年6月1日
""",
    ),
]
