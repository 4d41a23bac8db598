"""holdout29, part D: a migrant-workers' service centre in a snapshot, a bakers' association in a
snapshot frame, an expressway service area's print view, a township cultural station's shadow-puppet
notice, a shoe chamber's report on a sharing site, a fire-maintenance firm's summary in a reader, a
bird-protection speech on one line, a retired projectionist's collection, a former cultural-station
head's survey, a digital-village service account, an evening paper and a rural-economy station's old
portal. All invented."""

CASES = [
    dict(
        slug="snapshot-tongchuan-migrant-wages-notice",
        site="搜索引擎网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.sousuo.example.com/c?u=rlsb.tongchuan.example.gov.cn/tzgg/3371.html",
        title="关于开展根治欠薪冬季专项行动的通知",
        record_title="关于开展根治欠薪冬季专项行动的通知 - 网页快照",
        date="2024-11-25",
        notes="search snapshot: a snapshot header with a crawl time (no date), 'highlighted keywords' line, then the page's own crumb and footer; a 举报投诉电话 of the document kept beside the site's 12345",
        indent="\u3000\u3000",
        page="""
!d 这是 rlsb.tongchuan.example.gov.cn/tzgg/3371.html 的快照，是网页在 2025年1月3日 06:12 的存档。当前页面可能已经更改。
!a 查看当前页面 ｜ 纯文字版本
!m 以下搜索词已加亮显示：根治欠薪 专项行动
!m 彤川市农民工服务中心　首页 > 通知公告
{T}
{BODY}
!m 政务服务热线：12345　主办单位：彤川市人力资源和社会保障局
!d 搜索引擎与网页内容无关，快照仅为方便用户查看。
""",
        body="""
各县（市、区）农民工服务站，市直有关单位：
为切实保障农民工工资按时足额支付，市农民工服务中心决定自2024年12月1日至2025年春节前，在全市开展根治欠薪冬季专项行动。
一、重点对象。工程建设领域，以及加工制造、餐饮服务等劳动密集型企业。
二、工作措施。全面排查欠薪隐患，畅通维权渠道，对欠薪案件实行台账管理、限时办结。
三、公布举报投诉电话：0631-5889017，农民工遇到欠薪问题可随时反映。
彤川市农民工服务中心
2024年11月25日
""",
    ),
    dict(
        slug="snapshot-bakers-association-convention-frame-html",
        site="快照中心 (invented)",
        style="搜索快照",
        genre="公约",
        kind="rules",
        form="html",
        source="http://kuaizhao.example.net/snap?id=8a77e2&url=www.mzhpxh.example.org/gy/21.html",
        title="墉城市焙烤食品行业食品安全自律公约",
        record_title=None,
        date="2025-02-14",
        notes="a snapshot frame around a bakers' association page: frame header with crawl time, the page's nav and footer; no record title; numbered articles kept",
        page="""
<html><head><meta charset="utf-8"><title>快照 - 墉城市焙烤食品行业协会</title></head><body>
<div class="snap-head">⟦d 您查看的是网页快照，抓取时间 2025-03-30 02:47，原网页可能已删除或变更。⟧ ⟦a 访问原网页⟧</div>
<div class="orig">
<div class="site">⟦m 墉城市焙烤食品行业协会⟧ ⟦m 首页 · 协会简介 · 行业自律 · 会员服务⟧</div>
<h2>墉城市焙烤食品行业食品安全自律公约</h2>
<div class="date">⟦m 来源：协会秘书处　2025-02-14⟧</div>
{BODY}
<div class="foot">⟦m 协会地址：墉城市望江路65号　联系电话：0533-2290617⟧</div>
</div>
</body></html>
""",
        body="""
为加强行业自律，保障焙烤食品质量安全，全体会员单位共同制定本公约。
一、严格遵守食品安全法律法规，依法取得食品经营许可，持证经营。
二、严把原料进货关，建立进货查验记录，不采购、不使用过期变质原料。
三、规范使用食品添加剂，不超范围、超限量使用。
四、从业人员持健康证明上岗，保持加工场所清洁卫生。
五、会员单位相互监督，发现违反本公约的行为及时向协会报告。
墉城市焙烤食品行业协会
2025年2月14日
""",
    ),
    dict(
        slug="print-expressway-service-area-spring-plan",
        site="荇州高速服务区管理公司 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xzgsfwq.example.com/print.aspx?id=5527",
        title="2025年春运服务区保畅保供工作方案",
        record_title="打印预览：2025年春运服务区保畅保供工作方案",
        date="2025-01-06",
        notes="print view: a print-time stamp (no date), the page URL, a print/close row, a print footer in an own wording; a duty table kept",
        indent="\u3000\u3000",
        page="""
!m 荇州高速公路服务区管理有限公司 — 打印预览
!m 打印于：2025-01-07 14:33:09
!m 原文链接：https://www.xzgsfwq.example.com/news/5527.html
!t 2025年春运服务区保畅保供工作方案
{BODY}
!a ［确认打印］［关闭本窗口］
!p 页 1，总 1
""",
        body="""
为做好2025年春运期间服务区保畅保供工作，为司乘人员提供安全、便捷、温馨的服务，制定本方案。
一、时间安排。2025年1月14日至2月22日，共四十天。
二、重点工作。（一）增加加油机和充电桩运行数量，高峰时段安排引导员疏导车辆；（二）公共卫生间每半小时保洁一次；（三）餐厅和便利店保证商品供应充足，明码标价。
三、值班安排：
服务区　值班负责人　值班电话
荇州东服务区　严立新　0765-3320118
荇州西服务区　柯芳　0765-3320129
四、遇恶劣天气或车辆滞留，各服务区要立即启动应急预案，做好滞留人员的食品和饮水保障。
荇州高速公路服务区管理有限公司
2025年1月6日
""",
    ),
    dict(
        slug="print-shadow-puppet-campus-notice-html",
        site="芩阳县文化馆 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qywhg.example.cn/article/print.asp?id=912",
        title="关于举办皮影戏进校园展演活动的通知",
        record_title="关于举办皮影戏进校园展演活动的通知〔打印稿〕",
        date="2025-04-16",
        notes="a print-friendly HTML page: print toolbar, a URL line, an ASP footer; 附件 list kept; 成文日期 under the signature",
        page="""
<html><head><meta charset="gb2312"><title>关于举办皮影戏进校园展演活动的通知〔打印稿〕</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖨 打印　✕ 关闭　A+ 放大⟧</div>
<div>⟦m 芩阳县文化馆 www.qywhg.example.cn⟧</div>
<h3>{T}</h3>
{BODY}
<hr>
<div>⟦m 本文地址：http://www.qywhg.example.cn/article/912.html⟧</div>
<div>⟦d 芩阳县文化馆 版权所有 © 2025⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各中小学：
为传承非物质文化遗产，让学生近距离感受皮影戏的魅力，县文化馆决定于5月至6月组织县皮影剧团开展皮影戏进校园展演活动。
一、展演内容：传统剧目《哪吒闹海》《龟与鹤》，并现场展示皮影制作过程。
二、展演安排：每校展演一场，时长约六十分钟，具体时间由文化馆与各校商定。
三、请各校于4月30日前填写展演需求表，报县文化馆群文部，联系电话：0722-5106231。
附件：皮影戏进校园展演需求表
芩阳县文化馆
2025年4月16日
""",
    ),
    dict(
        slug="docshare-shoe-chamber-report-bracket-markers",
        site="共享文档圈 (invented)",
        style="文档分享",
        genre="工作报告",
        kind="report",
        form="text",
        source="https://www.gxwdq.example.com/doc/20250120/xieye-shanghui.html",
        title="县鞋业商会2024年度工作报告",
        record_title="县鞋业商会2024年度工作报告.docx - 共享文档圈",
        date="2025-01-20",
        notes="sharing site: page markers ⧼n⧽ on lines of their own cutting sentences, an upload notice, contributor line, points and download buttons",
        indent="\u3000\u3000",
        pages=dict(fmt="⧼{n}⧽", every=150, start=2),
        page="""
!m 共享文档圈 · 分享知识 成就你我
!t 县鞋业商会2024年度工作报告.docx
!m 贡献者：ws_shanghui88　｜　共4页　｜　2.3万次阅读
!d 温馨提示：本文档为用户分享，如需商用请联系原作者获得授权。
{BODY}
!a 【下载本文档】需 5 积分　｜　【收藏】　｜　【分享】
!l 该用户的其他文档：商会换届选举办法.docx　商会会员管理制度.docx
""",
        body="""
各位会员、各位代表：
现在，我代表商会第二届理事会，向大会报告2024年工作，请予审议。
一、2024年主要工作。一年来，商会组织会员企业参加国内外展会七次，帮助企业签订订单二亿三千万元；协调金融机构为会员企业发放贷款一亿六千万元；举办电商直播、外贸合规等培训八期。
二、存在的问题。部分企业仍以代工为主，自主品牌影响力不强；用工成本上升，招工难问题突出。
三、2025年工作安排。商会将推动建设鞋业设计中心和检测中心，组织企业抱团开拓新兴市场，积极争取稳岗用工政策支持。
县鞋业商会
2025年1月20日
""",
    ),
    dict(
        slug="docshare-fire-maintenance-summary-reader-html",
        site="阅档网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.yuedang.example.cn/view/7310028.html",
        title="消防设施维保年度工作总结",
        record_title="消防设施维保年度工作总结_阅档网",
        date=None,
        notes="document reader: toolbar, page markers ⁌n⁍ as HTML paragraphs cutting sentences, a 'continue reading' and VIP prompt, an upload notice; no date (none on the page but a view count)",
        pages=dict(fmt="⁌{n}⁍", every=140, start=2),
        page="""
<html><head><meta charset="utf-8"><title>消防设施维保年度工作总结_阅档网</title></head><body>
<div class="reader-top">⟦m 阅档网⟧ ⟦a 全屏阅读 | 下载 | 收藏 | 分享⟧</div>
<h1>{T}</h1>
<div class="doc-meta">⟦m 共3页　阅读 1,876　评分 4.2⟧</div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 继续阅读需要开通超级会员，首月仅需6元⟧</div>
<div class="notice">⟦d 阅档网所有文档均由用户上传，如有侵权请联系平台处理。⟧</div>
<div class="rel">⟦l 相关文档：消防控制室值班记录 · 灭火器检查表⟧</div>
</body></html>
""",
        body="""
本年度，我公司共承接消防设施维护保养项目二十六个，涵盖商场、医院、学校、写字楼等场所。
一、维保工作开展情况。按照合同约定，每月对火灾自动报警系统、自动喷水灭火系统、消火栓系统等进行检查和保养，全年出具维保报告三百一十二份。
二、问题整改情况。维保中发现各类隐患四百余处，督促业主单位完成整改三百八十余处，对未整改的书面告知业主并报消防救援机构备案。
三、人员培训情况。全年组织员工参加消防设施操作员培训，新增持证人员九名。
明年，我们将引入物联网监测平台，提高维保工作的及时性和准确性。
""",
    ),
    dict(
        slug="docshare-bird-station-speech-oneline-cn-date",
        site="文稿汇分享 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.wengaohui.example.com/s/9917220",
        title="在芦荡湾候鸟保护站建站十周年座谈会上的讲话",
        record_title="在芦荡湾候鸟保护站建站十周年座谈会上的讲话 - 文稿汇",
        date="2024-10-18",
        notes="a speech on one line (paragraphs apart only by their indent), the date under the title in Chinese numerals and a speaker line (neutral), share and download chrome",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 文稿汇 | 讲话稿 | 座谈会发言
!t 在芦荡湾候鸟保护站建站十周年座谈会上的讲话 - 文稿汇
县林业局局长　邵振宇
（二〇二四年十月十八日）
{BODY}
!a 分享到微信　|　下载TXT　|　下载DOC
!d 本文由网友分享，仅供参考。
""",
        body="""
同志们：
今天，我们在这里召开座谈会，回顾芦荡湾候鸟保护站建站十年来的工作。
十年来，保护站的同志们常年驻守湿地，开展巡护一万二千余次，救护受伤鸟类八百多只，湿地越冬候鸟由建站时的不足一万只增加到现在的五万余只。
成绩来之不易，这是保护站全体职工和志愿者辛勤付出的结果。
今后，我们要继续加强湿地保护修复，完善监测设施，动员更多群众参与候鸟保护，让芦荡湾成为候鸟安全的家园。
谢谢大家。
""",
    ),
    dict(
        slug="collection-projectionist-speech-volume-prefix",
        site="光影随笔（个人文集）(invented)",
        style="个人文集",
        genre="发言稿",
        kind="speech",
        form="text",
        source="https://www.guangyingsuibi.example.com/wenji/juan1/12.html",
        title="在全县农村电影放映工作座谈会上的发言",
        record_title="光影随笔·卷一 第十二篇 ▏在全县农村电影放映工作座谈会上的发言",
        date="2023-12-05",
        notes="a retired projectionist's collection: a volume prefix on the title, a collector's note (neutral), the date under the title; the author's site footer and prev/next entries",
        indent="\u3000\u3000",
        page="""
!m 光影随笔 —— 一个老放映员的文字
!m 目录 ／ 卷一 ／ 第十二篇
!t 光影随笔·卷一 第十二篇 ▏在全县农村电影放映工作座谈会上的发言
（2023年12月5日）
{BODY}
!m 整理者附记：此稿系座谈会发言原稿，收入本集时未作改动。
!l ◀ 第十一篇　　第十三篇 ▶
!d 本集文字为作者原创，请勿转载。
""",
        body="""
各位领导、各位同行：
我是芩阳县农村电影放映队的老放映员，从1988年开始放电影，已经三十五年了。
那时候我们挑着放映机走山路，一个村一个村地放，一场电影能吸引上千人。现在条件好了，数字放映机一个人就能搬动，可看电影的人少了。
我觉得，农村电影要留住观众，就要放群众爱看的片子，农业技术片、安全教育片都很受欢迎。
我建议放映队多和村里商量片目，把放映和村里的活动结合起来。
谢谢大家！
""",
    ),
    dict(
        slug="collection-cultural-station-survey-html",
        site="竹溪文存 (invented)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://zhuxiwencun.example.net/article/2023-09-18-diaoyan.html",
        title="关于乡镇综合文化站运行情况的调研报告",
        record_title="关于乡镇综合文化站运行情况的调研报告 · 竹溪文存",
        date="2023-09-15",
        notes="a personal collection site of a former station head: sidebar with categories and an archive, a visitor counter, a 'about the author' box; a data table kept; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于乡镇综合文化站运行情况的调研报告 · 竹溪文存</title></head><body>
<header>⟦m 竹溪文存⟧ ⟦m 一位基层文化工作者的文字存档⟧</header>
<nav>⟦m 首页 / 调研文稿 / 工作笔记 / 关于我⟧</nav>
<main><h1>{T}</h1>
<p class="meta">⟦m 收录于 2023-09-18 · 分类：调研文稿 · 字数 612⟧</p>
{BODY}
</main>
<aside><h4>⟦l 文章归档⟧</h4><p>⟦l 2023年9月 (2)⟧</p><p>⟦l 2023年8月 (4)⟧</p><h4>⟦l 关于作者⟧</h4><p>⟦m 曾任乡镇文化站站长十八年，现已退休。⟧</p></aside>
<footer>⟦m 本站访问量：23817⟧ ⟦d 文章版权归作者所有⟧</footer>
</body></html>
""",
        body="""
今年7月至8月，我们对全县十六个乡镇综合文化站的运行情况进行了调研。现将有关情况报告如下。
一、基本情况。全县乡镇综合文化站均已建成，平均建筑面积四百六十平方米，配备专职工作人员二十九名。
二、主要指标：
项目　达标站数　占比
开放时间每周不少于42小时　11　68.8%
每年组织文体活动12场以上　13　81.3%
配备专职人员2名以上　7　43.8%
三、存在问题。部分文化站被挤占挪用，专职人员身兼数职，活动经费保障不足。
四、建议。落实专职人员编制，将文化站运行经费纳入财政预算，建立文化站绩效考核制度。
竹溪县文化馆调研组
2023年9月15日
""",
    ),
    dict(
        slug="wechat-digital-village-app-notice-follow",
        site="数字洹溪公众号镜像 (invented)",
        style="公众号镜像",
        genre="告知书",
        kind="notice",
        form="text",
        source="https://weixin.example-sogou.cn/link?url=dzhx_20250305",
        title="关于使用“村务通”小程序办理事项的告知书",
        record_title="关于使用“村务通”小程序办理事项的告知书",
        date="2025-03-05",
        notes="mirrored account text: account line with the date (the page's date), 'follow us' prompt, 阅读原文/在看 rows; sentences telling readers to 关注/扫码 kept; a chrome line between paragraphs",
        page="""
!t 关于使用“村务通”小程序办理事项的告知书
!m 数字洹溪　洹溪县数字乡村服务中心　2025-03-05 09:00
!a ▲点击上方“数字洹溪”关注我们，获取更多便民资讯
{BODY}
!m 图文：数字乡村服务中心 | 终审：邹宏亮
!l 阅读原文　　写留言　　♡ 在看 128
!l 精选留言：小程序很方便，点赞！
""",
        body="""
各位村民朋友：
为让大家少跑腿、好办事，县数字乡村服务中心开发了“村务通”微信小程序，现将使用有关事项告知如下。
一、可以办理的事项：低保申请进度查询、医保缴费、农机补贴申报、村务公开信息查询等十二项。
⟦l 【往期回顾】村级便民服务站全覆盖，家门口就能办事⟧
二、使用方法：微信扫描村委会公示栏上的二维码，或关注“数字洹溪”公众号后从菜单进入，首次使用须实名登记。
三、不会使用的村民，可以到村便民服务站，由网格员帮助办理。
洹溪县数字乡村服务中心
2025年3月5日
""",
    ),
    dict(
        slug="news-yongcheng-evening-petrol-check-byline",
        site="墉城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ycwb.example.com.cn/content/2025-08/12/content_771203.htm",
        title="全市加油站开展油气回收专项检查",
        record_title="全市加油站开展油气回收专项检查--墉城晚报网",
        date="2025-08-12",
        notes="evening paper: a page-number line, byline with the time (the page's date), an app-download prompt glued after the last sentence, a responsible-editor line, a related box",
        indent="\u3000\u3000",
        page="""
!m 墉城晚报网 · 数字报 · 第A05版：城事
!t 全市加油站开展油气回收专项检查--墉城晚报网
!m 2025-08-12 07:30　来源：墉城晚报　记者 谭宇轩
{BODY}
!m （责编：孔令晗）
!l 相关阅读：夏季车辆自燃多发 专家提醒注意这几点
!d 墉城晚报网所刊载内容之知识产权为墉城报业集团所有，未经书面授权不得使用。
""",
        body="""
记者昨日从市生态环境局获悉，8月以来，该局联合市商务局对全市一百二十六座加油站开展油气回收专项检查。
检查重点包括油气回收系统运行情况、在线监测设备是否正常、加油枪气液比是否达标等。
截至目前，已检查加油站九十八座，发现问题十四个，已全部责令限期整改。
市生态环境局有关负责人表示，夏季高温期间油气挥发量大，将持续加强监管，推动加油站油气回收治理常态化。⟦a 下载墉城晚报APP，看更多本地新闻⟧
""",
    ),
    dict(
        slug="gov-rural-economy-station-asset-notice-old-portal-html",
        site="荇州县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xingzhou.example.gov.cn/News_View.asp?NewsID=30117",
        title="关于开展2025年农村集体资产清查工作的通知",
        record_title=None,
        date="2025-02-26",
        date_also=["2025-02-27"],
        notes="old gb2312 portal: a marquee, an 索引号 table (meta), a visitor counter; no record title; the document number neutral; 附件 list and 抄送 版记 kept; 发布日期 also accepted",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>荇州县人民政府门户网站</title></head><body>
<table width="1000" align="center"><tr><td>⟦m 荇州县人民政府门户网站⟧</td><td>⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table width="1000" align="center"><tr><td><marquee scrollamount="3">⟦l 【公告】关于2025年春耕备耕物资供应的公告 【通知】县农经站办公地址变更⟧</marquee></td></tr></table>
<table width="1000" align="center" border="1">
<tr><td>⟦m 索 引 号：11431128MB0X/2025-01833⟧</td><td>⟦m 发布机构：县农村经营管理站⟧</td></tr>
<tr><td>⟦m 发布日期：2025-02-27⟧</td><td>⟦m 公开形式：主动公开⟧</td></tr>
</table>
<table width="1000" align="center">
<tr><td align="center">{T}</td></tr>
<tr><td align="center">荇农经发〔2025〕3号</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="1000" align="center"><tr><td>⟦a 【关闭窗口】【打印本页】⟧</td></tr>
<tr><td align="center">⟦m 荇州县人民政府办公室主办　您是第 1182736 位访问者⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇人民政府：
为摸清农村集体资产家底，防止集体资产流失，根据上级有关要求，决定在全县开展2025年农村集体资产清查工作。现将有关事项通知如下：
一、清查范围。全县各村（社区）股份经济合作社、经济合作社所有的资源性、经营性和非经营性资产。
二、时间安排。3月15日前完成自查登记，4月30日前完成乡镇审核，5月20日前报县农经站汇总。
三、工作要求。各乡镇要明确专人负责，做到账实相符、账账相符，清查结果在村务公开栏公示不少于七天。
附件：1.农村集体资产清查登记表
2.农村集体资产清查结果公示样表
荇州县农村经营管理站
2025年2月26日
抄送：县农业农村局，县财政局。
""",
    ),
]
