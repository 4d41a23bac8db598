"""Holdout17 cases, part F: news pages, content farms, hospitals, law firms and other sites no
earlier part imitated (a city news portal, a scraping content farm, a maternal and child health
hospital, a stomatological hospital, a trademark law firm's template page, a labour-law firm's
news, a county historian's collection, a convention centre in a snapshot, a marathon organising
committee's print view, a webmail's forwarded letter, a grid-management community platform, a
family-farm Q&A). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="news-jinjiang-portal-meeting-html-reporter",
        site="槿江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jjnews.example.com.cn/content/2025-05/29/content_4471920.htm",
        title="市政府召开第48次常务会议",
        record_date="2025-05-29",
        date="2025-05-29",
        notes="a city news portal: channel nav, 来源/记者/编辑 byline with a 发布时间 (the page's date), a 责任编辑 line glued after the last paragraph, a 字号 switch, 24小时热闻 list, 网络举报 footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>市政府召开第48次常务会议_槿江新闻网</title></head>
<body>
<div class="top">⟦m 槿江新闻网　槿江日报社主办⟧ ⟦a 手机版　数字报　客户端⟧</div>
<nav>⟦m 首页 时政 民生 区县 财经 文旅 视频 评论⟧</nav>
<div class="loc">⟦m 槿江新闻网 &gt; 时政 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-29 19:36　来源：槿江日报　记者：方可欣⟧　⟦a 字号：T｜T⟧</div>
<div class="txt">
{BODY}
</div>
<div class="hot"><h4>⟦l 24小时热闻⟧</h4><ol><li>⟦l 槿江至芷陂城际铁路开工⟧</li><li>⟦l 端午假期公园延长开放⟧</li></ol></div>
<div class="ft">⟦m 违法和不良信息举报电话：0731-84110000⟧<br>⟦d 槿江新闻网版权所有，未经书面授权禁止使用⟧<br>⟦m 互联网新闻信息服务许可证：43120190003⟧</div>
</body></html>
""",
        body="""
5月29日，市长罗建平主持召开市政府第48次常务会议，研究部署防汛救灾、稳就业等工作。
会议指出，当前我市已全面进入主汛期，要压实各级防汛责任，加强水库、山塘和地质灾害隐患点巡查，确保人民群众生命财产安全。
会议强调，要落实好各项稳岗政策，做好高校毕业生、农民工等重点群体就业服务。
会议还研究了其他事项。⟦m （责任编辑：钱立）⟧
""",
    ),
    dict(
        slug="news-caiji-farm-report-injected-links",
        site="今日资讯聚合站（采集站） (invented)",
        style="新闻门户",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.jrzx-caiji.example.top/news/20250214/9a8f.html",
        title="2025年蘅塘县人民政府工作报告（摘要）",
        record_title=None,
        date=None,
        notes="a scraping content farm: injected 热门搜索 link lines between paragraphs, a 本文来源于网络 notice, random keyword tags, a 来源 URL line; the report's year in its title only (no date)",
        page="""
!m 今日资讯 — 每日最新热点资讯
{T}
!m 来源：网络整理　时间：2小时前
{BODY}
!d 本文来源于网络，不代表本站立场，如有侵权请联系删除。
!l 关键词：政府工作报告 蘅塘 民生实事 2025
!l 热门推荐：今日金价 ｜ 天气预报 ｜ 油价调整
""",
        body="""
过去一年，全县地区生产总值增长6.1%，一般公共预算收入增长5.3%，城乡居民人均可支配收入分别增长4.8%和6.5%。
⟦l 热门搜索：公务员工资调整最新消息⟧
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业四千人以上。
重点抓好以下工作：一是扩大有效投资，实施重点项目一百二十个；二是推进乡村全面振兴，新建高标准农田三万亩；三是办好十件民生实事。
⟦l 你可能感兴趣：2025年退休金上涨通知⟧
我们将以更加务实的作风，奋力完成全年目标任务。
""",
    ),
    dict(
        slug="hospital-ziyang-fuyou-notice-html-screening",
        site="芷阳县妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zyfy.example.com/news/gonggao/2025-03-05/611.html",
        title="关于开展2025年农村妇女“两癌”免费筛查的通知",
        record_date="2025-03-05",
        date="2025-03-05",
        notes="a maternal and child health hospital: 预约挂号/报告查询 buttons, 就医指南 menu, a 健康科普 sidebar; the notice's own 咨询电话 and a hospital 24h line in the footer; a schedule table by township; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年农村妇女“两癌”免费筛查的通知-芷阳县妇幼保健院</title></head>
<body>
<div class="hd">⟦m 芷阳县妇幼保健院　二级甲等妇幼保健院⟧<div>⟦a 预约挂号⟧⟦a 报告查询⟧⟦a 来院导航⟧</div></div>
<ul class="mn"><li>⟦m 医院概况⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="cur">⟦m 当前位置：首页 &gt; 新闻公告⟧</div>
<div class="ctn"><h2>{T}</h2><div class="mt">⟦m 发布时间：2025-03-05　浏览：908次⟧</div>
{BODY}
</div>
<div class="kp">⟦l 健康科普⟧<br>⟦l 孕期补钙的那些事⟧<br>⟦l 宝宝发热怎么办⟧</div>
<div class="ft">⟦m 24小时急诊电话：0746-5128120⟧　⟦d 芷阳县妇幼保健院 版权所有⟧</div>
</body></html>
""",
        body="""
各乡镇卫生院、妇女群众：
为提高农村妇女宫颈癌和乳腺癌早诊早治率，我院将于3月至6月为全县35至64周岁农村妇女开展免费“两癌”筛查。
筛查安排如下：
乡镇　筛查时间　地点
龙潭镇　3月18日至3月22日　龙潭镇卫生院
白沙乡　3月25日至3月28日　白沙乡卫生院
请符合条件的妇女携带身份证，空腹到所在乡镇卫生院参加筛查。
咨询电话：0746-5121306。
芷阳县妇幼保健院
2025年3月5日
""",
    ),
    dict(
        slug="hospital-dihua-dental-speech-nurses-day",
        site="棣华市口腔医院 (invented)",
        style="医院官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.dhkqyy.example.com/yyxw/2025/0512/2210.html",
        title="院长在庆祝“5·12”国际护士节大会上的讲话",
        date="2025-05-12",
        notes="a stomatological hospital: 在线预约 and 微信挂号 prompts, a speaker line and a date line under the title (neutral); a 专家门诊 list; title keeps the role",
        page="""
!m 棣华市口腔医院 · 守护每一颗牙齿
!a 在线预约　|　微信挂号　|　专家查询
!m 医院新闻 > 院内动态
{T}
院长　黎振东
（2025年5月12日）
{BODY}
!l 本周专家门诊：种植科 周二上午 ｜ 正畸科 周四全天
!m 医院地址：棣华市人民中路210号　预约电话：0756-2668000
""",
        indent="\u3000\u3000",
        body="""
各位护理同仁：
在第一百一十四个国际护士节到来之际，我代表医院党委、院行政，向全院护理工作者致以节日的祝贺！
过去一年，全院护理人员克服人员紧张、患者增多等困难，完成门诊护理服务二十四万人次，患者满意度达到98.9%。
我们推行口腔诊疗“四手操作”，开设儿童舒适化治疗门诊，护理质量和服务水平不断提升。
希望大家继续弘扬南丁格尔精神，精益求精、用心服务，为医院高质量发展作出新的更大贡献。
最后，祝大家节日快乐、工作顺利！
""",
    ),
    dict(
        slug="lawfirm-zhengming-tm-letter-template",
        site="正铭知识产权律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.zhengming-ip.example.com/templates/tm-cease-letter.html",
        title="商标侵权警告函（范本）",
        record_title="商标侵权警告函（范本） - 正铭律所 · 文书模板",
        date=None,
        notes="a law firm's template page: 免费下载模板 button, 律师在线 contact prompt, a disclaimer; the template letter's ××× placeholders and 年 月 日 line (no date); a body sentence about 下载 the template",
        page="""
!m 正铭知识产权律师事务所 | 文书模板
!m 首页 » 文书模板 » 商标
{T}
!m 模板编号：ZM-TM-007　下载 2,316 次
!a 免费下载Word模板　　复制全文
{BODY}
!w 律师在线：遇到商标侵权，一键咨询专业律师 400-660-1870
!d 本模板仅供参考，具体使用请结合个案由律师审核，本所不承担因直接使用模板产生的责任。
""",
        body="""
×××有限公司：
本所受×××公司委托，就贵司侵犯其注册商标专用权一事，郑重致函如下：
我方委托人系第×××号“×××”注册商标的合法权利人，核定使用商品为第30类茶叶等。
经查，贵司在其销售的茶叶产品包装上使用了与上述商标近似的标识，容易导致相关公众混淆，已构成商标侵权。
请贵司在收到本函之日起七日内停止侵权行为，销毁侵权包装，并书面回复本所。
特此函告。
××律师事务所
年　月　日
使用说明：本模板可下载后根据实际情况修改，寄送时建议使用邮政EMS并保留凭证。
""",
    ),
    dict(
        slug="lawfirm-qinghe-labor-summary-html",
        site="清禾劳动法律师事务所 (invented)",
        style="律所网站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.qinghe-labor.example.com/news/2025/0116-88.html",
        title="清禾律所2024年度公益法律服务工作总结",
        record_title="清禾律所2024年度公益法律服务工作总结",
        date="2025-01-16",
        notes="a law firm's news page: 律师团队 nav, a 免费咨询 floating box, a 发布时间 byline, 律所荣誉 sidebar, a 执业许可证号 footer; a table of pro-bono figures",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>清禾律所2024年度公益法律服务工作总结</title></head>
<body>
<div class="logo">⟦m 清禾劳动法律师事务所　专注劳动争议二十年⟧</div>
<nav>⟦m 首页 ｜ 律所简介 ｜ 律师团队 ｜ 业务领域 ｜ 律所动态 ｜ 联系我们⟧</nav>
<div class="page"><h2>{T}</h2>
<p class="date">⟦m 发布时间：2025-01-16　作者：律所行政部⟧</p>
<div class="news">
{BODY}
</div></div>
<aside>⟦l 律所荣誉：省优秀律师事务所 ｜ 市公益法律服务先进集体⟧</aside>
<div class="float">⟦w 免费咨询　工伤赔偿　欠薪维权　电话/微信 13875001234⟧</div>
<footer>⟦m 律所执业许可证号：31430000MD0211875J⟧　⟦d © 清禾劳动法律师事务所⟧</footer>
</body></html>
""",
        body="""
2024年，清禾律所坚持把公益法律服务作为履行社会责任的重要内容，组织律师深入基层开展公益服务。
项目　数量
接待农民工法律咨询　1260人次
代理法律援助案件　48件
开展普法讲座　22场
全所律师轮流到县公共法律服务中心值班，全年累计值班一百八十天。
2025年，律所将继续深化“律师进园区”活动，为中小企业和劳动者提供更多优质的公益法律服务。
""",
    ),
    dict(
        slug="anthology-shizhi-historian-research-html",
        site="方志人家·周守义文存 (invented)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.fangzhirenjia.example.cn/wencun/zhoushouyi/45.html",
        title="关于村志编纂工作的调查报告",
        record_title=None,
        date="2024-12-10",
        notes="a county historian's collection in HTML: 文存目录 sidebar, 作者简介 box, a 收录于 line, the report's own 成文日期 in Chinese numerals; no record title; 上一篇/下一篇",
        page="""
<html><head><meta charset="utf-8"><title>方志人家</title></head>
<body>
<div class="hd">⟦m 方志人家　存史　资政　育人⟧</div>
<div class="crumb">⟦m 首页 › 名家文存 › 周守义文存⟧</div>
<div class="l">⟦l 文存目录⟧<br>⟦l 1. 修志杂谈⟧<br>⟦l 2. 乡镇志编纂问答⟧</div>
<div class="r"><h3>{T}</h3>
<div class="m">⟦m 收录于：周守义文存　第45篇⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：谈谈年鉴的条目写作⟧　⟦l 下一篇：老地名里的乡愁⟧</div>
<div class="au">⟦m 作者简介：周守义，原蓼川县地方志办公室副主任⟧</div></div>
</body></html>
""",
        body="""
近年来，我县村志编纂工作逐步兴起。为了解有关情况，我先后走访了七个已出版或正在编纂村志的村，现将调查情况报告如下。
一、基本情况。全县已出版村志五部，正在编纂的有九部。编纂经费主要来源于村集体和在外乡贤捐助。
二、存在问题。一是体例不够规范，有的村志写成了村史故事集；二是资料考证不严，个别数据前后矛盾；三是编纂人员多为退休老同志，缺乏专业培训。
三、几点建议。建议县地方志办公室制定村志编纂指导意见，组织编纂人员培训，并建立村志评审制度。
周守义
二〇二四年十二月十日
""",
    ),
    dict(
        slug="snapshot-lanting-expo-notice-html-cache",
        site="兰汀国际会展中心（快照） (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.sokuai.example.com/cache?url=www.ltexpo.example.com/notice/318",
        title="关于2025兰汀农博会布展撤展安排的通知",
        record_title="关于2025兰汀农博会布展撤展安排的通知",
        date="2025-10-08",
        notes="a search snapshot of an HTML page: a snapshot banner at the top (its 快照时间 no date), the site's nav and footer below it; highlighted search words; the notice's own 布展 table and 联系电话; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于2025兰汀农博会布展撤展安排的通知</title></head>
<body>
<div style="background:#ffc">⟦d 您查询的关键词已高亮显示。此快照为网页于2025年10月12日的存档，仅供参考。⟧ ⟦a 查看原网页⟧</div>
<div class="head">⟦m 兰汀国际会展中心　LANTING EXPO⟧</div>
<div class="menu">⟦m 展会排期　场馆介绍　参展服务　交通指南⟧</div>
<div class="main"><h2>{T}</h2>
<div class="info">⟦m 发布部门：展务部　浏览量：455⟧</div>
{BODY}
</div>
<div class="footer">⟦m 展务热线：0739-6626688⟧　⟦d ©兰汀国际会展中心有限公司⟧</div>
</body></html>
""",
        body="""
各参展单位、搭建商：
2025兰汀农博会将于10月18日至20日在我中心举办，现将布展、撤展有关安排通知如下：
阶段　时间　要求
布展　10月16日至17日　特装展位须提交安全承诺书
撤展　10月20日16时后　撤展时须清理展位垃圾
布展期间，所有施工人员须佩戴施工证，高空作业须系安全带。
联系电话：0739-6626601（展务部韦先生）。
兰汀国际会展中心
2025年10月8日
""",
    ),
    dict(
        slug="print-yuban-marathon-plan-print-view",
        site="榆坂马拉松组委会 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.ybmarathon.example.com/news/print.aspx?id=77",
        title="2025榆坂半程马拉松赛医疗保障工作方案",
        record_title="2025榆坂半程马拉松赛医疗保障工作方案——打印预览",
        date="2025-09-26",
        notes="a print preview: 打印预览/页面设置 buttons, a printed-at line (no date), the page's URL, 第1页 共1页 footer; the plan's 医疗点 table, numbered headings; 成文日期",
        page="""
!a 打印预览　｜　页面设置　｜　返回
!m 榆坂马拉松 · 官方网站
!t 2025榆坂半程马拉松赛医疗保障工作方案——打印预览
!m 打印于 2025-10-01 07:58
{BODY}
!m https://www.ybmarathon.example.com/news/77.html
!m 第1页　共1页
""",
        body="""
为确保2025榆坂半程马拉松赛顺利举行，保障参赛选手生命安全，制定本方案。
一、组织机构。成立医疗保障组，由县卫健局局长任组长，县人民医院、县中医医院和县急救站为成员单位。
二、医疗点设置。
医疗点　位置　配置
起点医疗站　市民广场　医生4名、救护车2辆
10公里医疗点　滨江路口　医生2名、AED 2台
终点医疗站　体育中心　医生6名、救护车3辆
三、应急处置。选手发生意外时，就近医疗点五分钟内到达现场处置，危重病人立即转送县人民医院。
榆坂马拉松组委会医疗保障组
2025年9月26日
""",
    ),
    dict(
        slug="mail-huayin-webmail-letter-html",
        site="华音出版社邮箱网页版 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.huayin-press.example.com/read?mid=ZL0021-8821",
        title="关于商请提供地方文化丛书图片资料的函",
        record_title="转发：关于商请提供地方文化丛书图片资料的函",
        date="2025-08-14",
        notes="a webmail's read view: folder list, 回复/转发/删除 toolbar, From/To/Date headers, a forwarding note, the letter with its own 联系人 and e-mail; 成文日期; a mail-service footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发：关于商请提供地方文化丛书图片资料的函 - 华音邮箱</title></head>
<body>
<div class="folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送⟧</div>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　举报　标记为⟧</div>
<div class="mailhead">
<h3>⟦t 转发：关于商请提供地方文化丛书图片资料的函⟧</h3>
<p>⟦m 发件人：编辑二室 贾敏 &lt;jiamin@huayin-press.example.com&gt;⟧</p>
<p>⟦m 收件人：蓼川县文化馆⟧</p>
<p>⟦m 时　间：2025年8月15日 10:06⟧</p>
</div>
<div class="mailbody">
<p>⟦a 馆领导好，函件正文如下，盖章扫描件见附件，请审阅。⟧</p>
{BODY}
</div>
<div class="mailfoot">⟦d 华音邮箱 · 安全、稳定、高效的企业邮局⟧</div>
</body></html>
""",
        body="""
蓼川县文化馆：
我社正在编辑出版《湘西南地方文化丛书·蓼川卷》，拟收录贵馆馆藏的傩戏面具、蓝印花布等非物质文化遗产图片三十幅。
现商请贵馆提供上述图片的高清电子版及文字说明，我社将在书中注明图片来源，并按规定支付使用费用。
如蒙同意，请于9月10日前将图片发送至jiamin@huayin-press.example.com。
联系人：贾敏，电话：0731-85260112。
华音出版社
2025年8月14日
""",
    ),
    dict(
        slug="community-qujiang-grid-notice-html",
        site="渠江街道网格服务平台 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wg.qujiang.example.gov.cn/community/5/notice/2281",
        title="关于开展居民医保参保缴费集中宣传的通知",
        record_title="关于开展居民医保参保缴费集中宣传的通知",
        date="2025-10-20",
        notes="a grid-management platform: 我的网格/随手拍 app nav, 网格员 card with phone, a 居民留言 box, a 发布 time line; the notice's own 缴费 instructions mentioning 扫码 and 下载 (body)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展居民医保参保缴费集中宣传的通知</title></head>
<body>
<div class="bar">⟦m 渠江街道网格服务平台⟧ ⟦a 我的网格　随手拍　办事指南⟧</div>
<div class="notice"><h2>{T}</h2>
<p>⟦m 渠江街道社会治理中心　2025-10-20 发布⟧</p>
{BODY}
</div>
<div class="gridman">⟦m 第三网格　网格员：冯丽　联系电话：13974600218⟧</div>
<div class="msg">⟦l 居民留言（5）　我要留言⟧</div>
<div class="ft">⟦d 本平台由渠江街道办事处主办⟧</div>
</body></html>
""",
        body="""
各社区居委会、各网格：
2026年度城乡居民医保集中缴费期为2025年10月至12月，个人缴费标准为每人每年400元。为提高参保率，街道决定开展集中宣传活动。
一、各网格员要逐户上门宣传，重点做好新生儿、在校学生和灵活就业人员的参保动员。
二、居民可下载“湘税社保”APP缴费，也可扫描社区宣传海报上的二维码缴费。
三、各社区每周五前报送参保进度。
渠江街道办事处
2025年10月20日
""",
    ),
    dict(
        slug="qa-hengtang-familyfarm-plan-answer-html",
        site="农友问答 (invented)",
        style="问答社区",
        genre="计划",
        kind="plan",
        form="html",
        source="https://wenda.nongyou.example.com/question/88310",
        title="家庭农场年度生产经营计划怎么写？",
        record_title=None,
        date=None,
        notes="a farming Q&A in HTML: question box with 悬赏, an answerer card with 认证 and 回答于 relative time (no date), 采纳 label, the answer's sample plan with numbered items and a crop table, 赞同/反对 row, 其他回答 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>农友问答</title></head>
<body>
<div class="hd">⟦m 农友问答　种养难题问农友⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：蘅塘种粮户　悬赏 20 积分　5 个回答⟧</p></div>
<div class="a">
<div class="card">⟦m 农技员老邹　已认证：县农技推广中心　回答于 4天前⟧</div>
<div class="accepted">⟦m ✔ 提问者采纳⟧</div>
{BODY}
<div class="vote">⟦l 赞同 57　反对 1　评论 3⟧</div>
</div>
<div class="others">⟦l 其他回答（4）⟧<br>⟦l 种粮大户补贴怎么申请？⟧</div>
<div class="ft">⟦d 回答内容仅供参考，种植请以当地农技部门指导为准⟧</div>
</body></html>
""",
        body="""
家庭农场的年度计划主要写清楚种什么、种多少、怎么管、怎么卖。我给你一个简单的框架：
一、基本情况。写明农场经营面积、劳动力和农机装备情况。
二、种植安排。
作物　面积（亩）　预计产量（吨）
双季稻　180　160
油菜　120　18
三、主要措施。推广机插秧和统防统治，全年开展病虫害统防三次。
四、销售计划。与粮食收储企业签订订单，油菜籽自榨菜籽油销售。
五、收支预算。预计总收入六十八万元，总成本四十九万元。
写好后可以到乡镇农业服务中心请技术员帮忙把把关。
""",
    ),
]
