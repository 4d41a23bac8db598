"""holdout27, part A: county offices and their pages (a weather-modification office, a
road-chief office, a navigation-mark office, a local financial regulator, a
geological-hazard office's print view, a detention centre's print view, a forest
park and a sports-lottery centre in search caches, a pumped-storage plant's and a
civil-explosives firm's Party pages, a village water station and a residents'
square-dance pact). Everything invented: counties, people, sites, URLs, wording."""

CASES = [
    dict(
        slug="gov-zongzhou-weather-mod-notice-portal",
        site="琮州县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zongzhou.example.gov.cn/zwgk/tzgg/202505/t20250512_33817.html",
        title="关于开展2025年夏季防雹增雨作业的公告",
        record_title="关于开展2025年夏季防雹增雨作业的公告_通知公告_琮州县人民政府网",
        date="2025-05-12",
        record_date="2025-05-12",
        notes="modern county template: skip links, a search box, an 索引号 table, a font-size row in own words, share bar glued after the last paragraph, a related box; 发布时间 byline is the date; the document's own 联系电话 next to the portal's 纠错 line",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年夏季防雹增雨作业的公告_通知公告_琮州县人民政府网</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="skip">⟦a 跳转至主要内容⟧　⟦a 无障碍浏览⟧　⟦a 长者模式⟧</div>
<div class="header"><div class="logo">⟦m 琮州县人民政府网⟧</div><form>⟦a 站内检索⟧</form></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li><li>⟦m 走进琮州⟧</li></ul>
<div class="loc">⟦m 您所在的位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11522719MB0173452X/2025-00418⟧</td><td>⟦m 发文机构：县人工影响天气办公室⟧</td></tr>
<tr><td>⟦m 发布时间：2025-05-12⟧</td><td>⟦m 主题分类：气象、水文、测绘、地震⟧</td></tr></table>
<h1>{T}</h1>
<div class="tools">⟦a 字号：〔 特大 〕〔 标准 〕〔 较小 〕⟧　⟦a 朗读本页⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="rel"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 琮州县人工影响天气作业点安全管理办法⟧</li><li>⟦l 县气象局2024年防雹作业情况通报⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：琮州县人民政府办公室　承办：县政务数据中心⟧</p><p>⟦m 网站标识码 5227190011　黔ICP备13004517号-1⟧</p>
<p>⟦w 网站纠错热线：0854-7310000（工作日）⟧</p></div>
<script>document.write('<span>visits</span>');</script>
</body></html>
""",
        body="""
为减轻冰雹灾害对烤烟、蔬菜等农作物的危害，经县人民政府同意，县人工影响天气办公室定于2025年5月15日至9月30日在全县范围内开展防雹增雨作业。现将有关事项公告如下：
一、作业期间，设在龙井、石门、坝子、新寨等乡镇的14个固定作业点将根据天气情况适时实施高炮和火箭作业。
二、作业时，炮弹残片、火箭残骸可能落在作业点周边，请群众在雷雨天气不要在作业点附近及空旷地带停留。
三、如发现未爆炸的炮弹、火箭弹残骸，请勿触摸、拆卸或收藏，应立即报告当地乡镇人民政府或县人工影响天气办公室。
四、作业点属于安全管控区域，禁止无关人员进入，禁止在作业点周边燃放孔明灯、放飞风筝和无人机。
联系电话：0854-7322516（县人工影响天气办公室值班室）⟦l 分享到：微信　微博　QQ空间⟧
琮州县人工影响天气办公室
2025年5月12日
""",
    ),
    dict(
        slug="gov-yuanling-road-chief-summary-cn-date",
        site="沅岭县交通运输局 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jtj.yuanling.example.gov.cn/gzdt/202412/t20241230_88104.htm",
        title="沅岭县2024年农村公路路长制工作总结",
        record_title=None,
        date="2024-12-28",
        indent="\u3000\u3000",
        notes="no record title: the title is on the page; signature date in Chinese numerals; a 'views' line, an editor line glued after a paragraph, a print/close row between paragraphs; a decimal-headed list",
        page="""
!m 沅岭县交通运输局欢迎您！今天是：星期二
!m 首页 ＞＞ 工作动态 ＞＞ 正文
沅岭县2024年农村公路路长制工作总结
!m 信息来源：县路长制办公室　点击量：[ 206 ]　更新时间：2024-12-30 16:20
{BODY}
!l 【上一条】县交通运输局开展冬季道路安全隐患排查
!l 【下一条】关于2025年元旦春节期间客运安全工作的通知
!m 沅岭县交通运输局 版权所有　地址：沅岭县迎宾大道9号
""",
        body="""
今年以来，县路长制办公室按照“县道县管、乡道乡管、村道村管”的要求，全面落实县、乡、村三级路长责任，农村公路管理养护水平明显提升。
一、主要工作成效
1.1 路长体系全面建立。全县设立县级路长7名、乡级路长46名、村级路长213名，在主要路口设置路长公示牌328块。
1.2 养护质量稳步提高。全年完成农村公路日常养护1860公里，实施生命安全防护工程92公里，优良中等路比例达到83.6%。⟦m 责任编辑：滕晓岚⟧
1.3 巡查机制有效运行。各级路长全年巡路4100余次，发现并整改边沟堵塞、路肩缺损等问题517处。
⟦a 【打印本页】【关闭窗口】⟧
二、存在的问题
部分乡镇养护资金到位不及时，村级路长巡查记录不够规范，个别村道超载车辆治理难度较大。
三、2025年工作打算
明年将把路长履职情况纳入乡镇年度考核，推行“路长＋警长”联动机制，确保农村公路建得好、管得住、护得好。
沅岭县路长制办公室
二〇二四年十二月二十八日
""",
    ),
    dict(
        slug="gov-zhenkou-navmark-notice-old-table",
        site="珏口航标处 (invented, old ASP site)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.jkhbc.example.cn/news_view.asp?id=1472",
        title="关于珏口港区航标调整的航行通告",
        record_title="珏口航标处--关于珏口港区航标调整的航行通告",
        date="2025-03-03",
        p_html='<tr><td class="content" style="line-height:180%">　　{}</td></tr>',
        notes="gb2312-era table layout: a marquee of welcome text, a visitor counter, a 【字体：放大 缩小】 row in its own words, a 'print this page' row glued after the signature date; a data table of buoys one row a paragraph",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>珏口航标处--关于珏口港区航标调整的航行通告</title></head>
<body bgcolor="#E6EEF7"><table width="778" border="0" align="center"><tr><td>
<marquee scrollamount="3">⟦m 热烈欢迎访问珏口航标处网站！　保障航标正常　服务水上安全⟧</marquee></td></tr>
<tr><td class="menu">⟦m 网站首页 | 单位简介 | 航行通告 | 航标知识 | 党建园地 | 联系我们⟧</td></tr>
<tr><td><table width="100%"><tr><td width="180" valign="top" class="left">
<p>⟦l ◆通告栏目◆⟧</p><p>⟦l ·航行通告⟧</p><p>⟦l ·航道维护⟧</p><p>⟦l ·水位信息⟧</p>
<p>⟦m 您是本站第 0028461 位访客⟧</p></td>
<td valign="top"><table width="100%">
<tr><td align="center" class="title"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 作者：航标科　　来源：本站原创　　浏览：183 次⟧</td></tr>
<tr><td align="right">⟦a 【字体：放大　还原　缩小】⟧</td></tr>
{BODY}
</table></td></tr></table></td></tr>
<tr><td class="copy" align="center">⟦d Copyright 2009-2025 珏口航标处 All Rights Reserved 未经许可请勿镜像⟧<br>⟦m 地址：珏口市沿江西路211号　电话：0753-2215030⟧<br>⟦m 粤ICP备09031772号⟧</td></tr>
</table></body></html>
""",
        body="""
根据港区航道整治工程需要，我处定于2025年3月6日起对珏口港区部分航标进行调整。现将调整情况通告如下：
航标名称　原位置　调整后位置　灯质
珏口3号浮标　北纬22°31′12″　北纬22°31′40″　闪红4秒
珏口5号浮标　北纬22°30′58″　北纬22°31′26″　闪绿4秒
沙角侧面标　北纬22°30′21″　撤除　—
请过往船舶注意航标变化，加强瞭望，谨慎驾驶，按规定航路航行。
特此通告。
珏口航标处
2025年3月3日⟦a 【打印此页】【关闭窗口】⟧
""",
    ),
    dict(
        slug="party-xuanjiang-pumped-storage-speech",
        site="瑄江抽水蓄能有限公司党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.xjcxn.example.com.cn/djyw/2025/0701/2281.html",
        title="在公司庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        title_also=["在公司庆祝建党104周年暨两优一先表彰大会上的讲话"],
        record_title="【党建要闻】在公司庆祝建党104周年暨“两优一先”表彰大会上的讲话",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="Party site template: speaker line and date under the title (neutral), a study-points sidebar, a like/collect row and a 'next' link; the page's 发布 date differs from the speech date (speech date expected, post date also accepted)",
        page="""
<html><head><meta charset="utf-8"><title>在公司庆祝建党104周年暨“两优一先”表彰大会上的讲话-瑄江抽蓄党建</title></head><body>
<header><div class="brand">⟦m 瑄江抽蓄党建 · 红色引擎⟧</div>
<nav>⟦m 党建要闻 | 支部风采 | 学习园地 | 廉洁瑄江 | 青年之声⟧</nav></header>
<div class="crumbs">⟦m 党建要闻 / 正文⟧</div>
<article><h2>{T}</h2>
<p class="by">⟦m 发布：党委党建部　2025-07-01　阅读 1,046⟧</p>
<p class="speaker">公司党委书记、董事长　顾承远</p>
<p class="speaker">（2025年6月30日）</p>
{BODY}
<div class="op">⟦a 点赞 126　收藏　转发⟧</div>
</article>
<aside><h3>⟦l 学习专栏⟧</h3><ul><li>⟦l 第一议题｜本周学习要点⟧</li><li>⟦l 党纪学习教育应知应会100题⟧</li></ul></aside>
<div class="pn">⟦l 下一篇：地下厂房党员突击队完成机组首次启动调试⟧</div>
<footer>⟦d 本网内容仅供公司内部学习交流，转载请注明出处⟧　⟦m 技术支持：信息中心⟧</footer>
</body></html>
""",
        body="""
同志们：
今天，我们隆重集会，庆祝中国共产党成立104周年，表彰一批优秀共产党员、优秀党务工作者和先进基层党组织。
一年来，公司各级党组织紧紧围绕电站建设中心任务，把党旗插在施工一线，上水库大坝填筑、引水隧洞贯通等关键节点全部按期完成。
受表彰的同志中，有在地下厂房连续奋战四个月的技术骨干，也有扎根库区做好移民服务的普通党员，他们是全体职工学习的榜样。
当前，电站进入首台机组投产攻坚阶段，各支部要继续发挥战斗堡垒作用，党员要在安全、质量、进度上当先锋、作表率。
同志们，让我们更加紧密地团结起来，以优异成绩确保首台机组年内投产发电！
""",
    ),
    dict(
        slug="party-qiongban-explosives-lecture-wrapped",
        site="琼坂民爆器材公司 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.qbmb.example.com/dangjian/show-516.html",
        title="守牢安全红线　当好民爆先锋——专题党课讲稿",
        record_title="守牢安全红线　当好民爆先锋——专题党课讲稿.docx",
        date=None,
        wrap=62,
        indent="\u3000\u3000",
        notes="hard-wrapped at 62 columns; record title a .docx file name; no date (only an upload stamp and a relative time); chrome at the top and a download/collect row at the bottom",
        page="""
!m 琼坂民爆 · 党建园地
!m 栏目：主题党日　上传者：dzb_admin　上传于：3天前
!t 守牢安全红线　当好民爆先锋——专题党课讲稿
{BODY}
!a 附件下载：党课讲稿.docx（38KB）　　加入收藏
!l 同栏目推荐：仓储班组“党员示范岗”创建方案
!m 琼坂民爆器材有限公司党委 主办
""",
        body="""
同志们，民爆行业是高危行业，一个小小的疏忽就可能酿成不可挽回的后果。今天这堂党课，我想和大家一起讲一讲党员在安全生产中应当发挥的作用。
第一，要把安全责任扛在肩上。炸药库、雷管库的每一把钥匙、每一张领用单，都连着企业的生命线，党员干部必须带头执行“双人双锁”和领用登记制度。
第二，要把风险隐患查在前面。爆破作业前，党员安全员要逐项核对警戒范围、起爆网路和人员撤离情况，发现问题坚决叫停，不能有丝毫侥幸。
第三，要把先锋作用体现在行动上。在春节等重点时段，党员要主动承担值班值守任务，带头参加应急演练，让群众看得见、信得过。
同志们，安全是民爆企业的头等大事，希望每一名党员都成为安全生产的明白人、带头人。
""",
    ),
    dict(
        slug="gov-hengyang-finance-risk-warning-markers",
        site="珩阳市地方金融管理局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://jrj.hengyang-sz.example.gov.cn/fxts/202504/t20250418_5512.html",
        title="关于警惕“养老投资”类非法集资的风险提示",
        record_title="关于警惕“养老投资”类非法集资的风险提示",
        date="2025-04-18",
        title_also=["关于警惕养老投资类非法集资的风险提示"],
        indent="\u3000\u3000",
        pages=dict(fmt="❰{n}❱", every=140, start=2, glue="mix"),
        notes="page markers ❰n❱ glued or not cutting sentences (the page went through a viewer); the document's 举报电话 next to the portal's own service hotline; a sentence telling readers to 下载 the anti-fraud app is body",
        page="""
!m 珩阳市地方金融管理局
!m 首页 › 风险提示 › 详情
!t 关于警惕“养老投资”类非法集资的风险提示
!m 日期：2025-04-18　来源：市处非办　字体：大 中 小
{BODY}
!a 【打印】　【收藏】　【关闭】
!l 相关阅读：识别私募“保本保息”承诺的五个要点
!m 局机关服务电话：0734-8861200　政务服务热线：12345
!d 本站所有信息仅供参考，不作为投资依据
""",
        body="""
近期，有不法分子以“养老服务”“养老公寓投资”“以房养老”等名义，向老年群众推销所谓高回报产品，诱骗老年人投入养老积蓄。市地方金融管理局提醒广大市民：
一、凡是承诺“保本付息”“年化收益百分之十五以上”的养老投资项目，都要高度警惕。
二、不要轻信免费旅游、免费体检、赠送礼品等营销活动，不要在不了解的合同上签字。
三、请通过正规金融机构购买理财产品，可下载“国家反诈中心”应用程序，开启来电预警功能。
四、发现涉嫌非法集资的线索，请拨打市处置非法集资工作领导小组办公室举报电话0734-8861395，经查证属实的，按规定给予奖励。
珩阳市地方金融管理局
2025年4月18日
""",
    ),
    dict(
        slug="print-yaoping-geohazard-plan-printview",
        site="瑶坪县自然资源局 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://zrzyj.yaoping.example.gov.cn/print.jsp?id=7306",
        title="瑶坪县2025年汛期地质灾害防治工作方案",
        record_title="瑶坪县2025年汛期地质灾害防治工作方案 - 打印预览",
        date="2025-04-02",
        notes="a print view: print time and URL stamps at the top (no dates), the document's own 24-hour duty phone, a schedule table, 抄送/印发 版记 kept, a 'print / close' row and a footer",
        page="""
!m 瑶坪县自然资源局 — 打印预览
!m 打印时间：2025/06/03 10:27
!m 页面地址：http://zrzyj.yaoping.example.gov.cn/content.jsp?id=7306
!t 瑶坪县2025年汛期地质灾害防治工作方案
瑶自然资发〔2025〕21号
{BODY}
!a ［确认打印］　［返回原文］
!m 第1页 / 共1页
""",
        body="""
为切实做好2025年汛期地质灾害防治工作，最大限度减少人员伤亡和财产损失，制定本方案。
一、重点时段和区域
汛期为4月1日至9月30日，重点防范时段为5月至8月的强降雨期间，重点区域为青溪、坪头、水打岩3个乡镇的68处已查明隐患点。
二、工作安排
时段　主要任务　责任单位
4月上旬　隐患点汛前排查　各乡镇、县地质环境监测站
4月下旬　群测群防员培训　县自然资源局
5月中旬　避险转移演练　各乡镇人民政府
三、工作要求
各乡镇要落实隐患点“十个一”措施，强降雨期间实行24小时值班，值班电话：0745-6213110。发生险情要立即组织群众撤离，并在1小时内报告县自然资源局。
瑶坪县自然资源局
2025年4月2日
抄送：县应急管理局，县气象局。
瑶坪县自然资源局办公室　2025年4月2日印发
""",
    ),
    dict(
        slug="print-chengxi-detention-visit-notice-html",
        site="琤溪县公安局看守所 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://gaj.chengxi.example.gov.cn/kss/print/1183.html",
        title="关于恢复在押人员家属视频会见的通知",
        record_title=None,
        date="2025-02-10",
        notes="HTML print template with a print toolbar, the page's address and a print stamp; no record title (found in the page's heading); the document's own 预约电话 next to the site's 12389 footer; a sentence about 扫码 booking is body",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 琤溪县公安局</title><style>@media print{.bar{display:none}}</style></head><body>
<div class="bar">⟦a 🖨 打印本页　｜　✕ 关闭预览　｜　A+ A-⟧</div>
<div class="src">⟦m 来源页面：https://gaj.chengxi.example.gov.cn/kss/1183.html⟧</div>
<div class="src">⟦m 生成于 2025-03-14 21:05:33⟧</div>
<h1>关于恢复在押人员家属视频会见的通知</h1>
{BODY}
<div class="pfoot">⟦m 琤溪县公安局 · 政务公开⟧　⟦m 监督举报：12389⟧</div>
</body></html>
""",
        body="""
各在押人员家属：
为方便在押人员家属会见，经上级公安机关批准，我所自2025年2月17日起恢复视频会见。现将有关事项通知如下：
1.视频会见每周二、周四上午9时至11时30分进行，每名在押人员每月可会见一次，每次不超过20分钟。
2.家属可关注“琤溪公安”微信公众号，扫码进入预约页面，提前三个工作日提交预约申请。
3.会见时须持本人身份证和亲属关系证明，不得谈论案情，不得录音录像。
预约电话：0595-2670318（工作日8:30—17:30）
琤溪县公安局看守所
2025年2月10日
""",
    ),
    dict(
        slug="snapshot-jushan-forest-park-closure",
        site="琚山国家森林公园管理处 (invented, search cache)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.soukan.example.com/c?u=www.jushanpark.example.cn%2Fgg%2F2025%2F0310.html",
        title="琚山森林公园关于春季森林防火期临时封闭部分游步道的通告",
        record_title="琚山森林公园关于春季森林防火期临时封闭部分游步道的通告 - 快照",
        date="2025-03-10",
        notes="a search engine's cache frame: the cache banner and snapshot stamp (not dates), highlighted keywords line; the park's page inside with its own nav; the document's 咨询电话 kept",
        page="""
!d 这是搜看网对 www.jushanpark.example.cn/gg/2025/0310.html 的缓存。这是该网页在 2025年4月2日 08:14 的快照，当前页面可能已经更改。
!a 查看当前页面　｜　仅文字版
!m 以下搜索词已标明：琚山 封闭 游步道
!m 琚山国家森林公园 ｜ 首页　景区概况　游览指南　公告信息　门票预订
!t 琚山森林公园关于春季森林防火期临时封闭部分游步道的通告
!m 发布日期：2025年3月10日　浏览次数：2318
{BODY}
!l 最新公告：琚山景区清明假期限流预约公告
!m ©琚山国家森林公园管理处　游客服务中心：0579-8806000
""",
        body="""
春季是森林火灾高发期。为确保森林资源和游客安全，根据县森林防灭火指挥部的部署，我处决定自2025年3月12日至4月30日临时封闭飞云峰至天池段、老鹰岩环线两条游步道。
封闭期间，其他游览区域正常开放。进入景区的游客严禁携带火种，严禁吸烟、野炊、烧烤和燃放鞭炮。
违反规定野外用火的，由森林公安依法处理；引发森林火灾的，依法追究责任。
给您带来的不便，敬请谅解。咨询电话：0579-8806117。
琚山国家森林公园管理处
2025年3月10日
""",
    ),
    dict(
        slug="snapshot-yuanchuan-sports-lottery-textcache",
        site="瑗川市体育彩票管理中心 (invented, text-only cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snap.wangcha.example.net/s?id=88a1f2&url=tc.yuanchuan.example.gov.cn/tzgg/0611.html",
        title="关于开展2025年体育彩票实体店销售员轮训的通知",
        record_title="关于开展2025年体育彩票实体店销售员轮训的通知_瑗川体彩_网查快照",
        date="2025-06-11",
        record_date="2025-06-11",
        notes="HTML cache frame around the centre's page: a cache banner with its own stamp, a text-only link, the centre's nav and a hot list; a training timetable one row a paragraph; 附件 list kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年体育彩票实体店销售员轮训的通知_瑗川体彩_网查快照</title></head><body>
<div style="border:1px solid #999;background:#ffffe0;padding:6px">
<p>⟦d 网查快照：您查询的页面已被保存，此为 2025-06-20 03:41 抓取时的页面副本，与当前内容可能存在差异。⟧</p>
<p>⟦a 【转到原网页】　【纯文本快照】⟧</p></div>
<div class="top">⟦m 瑗川体彩　公益体彩 乐善人生⟧</div>
<div class="menu">⟦m 中心概况｜通知公告｜公益金使用｜开奖信息｜网点查询⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-06-11 15:02　发布单位：渠道管理部⟧</div>
{BODY}
<div class="hot"><h4>⟦l 热点信息⟧</h4><p>⟦l 瑗川体彩2024年度公益金使用情况公告⟧</p><p>⟦l 关于招募新一批实体店的公告⟧</p></div>
<div class="ft">⟦d 理性购彩　量力而行　不向未成年人销售彩票⟧</div>
</body></html>
""",
        body="""
各体育彩票实体店：
为提升销售员业务能力和服务水平，中心决定于6月下旬分批开展实体店销售员轮训。现将有关事项通知如下：
一、培训安排
批次　日期　参训区域
第一批　6月24日　城东区、城西区
第二批　6月26日　高新区、瑗南县
第三批　6月28日　北塘县、玖峪县
二、培训内容
责任彩票与防沉迷、销售终端操作规范、资金安全管理和服务礼仪。
三、有关要求
每个实体店至少派一名销售员参训，培训结束后进行闭卷测试，测试不合格的须参加补训。
附件：1.实体店销售员轮训报名表
2.培训地点交通示意图
瑗川市体育彩票管理中心
2025年6月11日
""",
    ),
    dict(
        slug="community-puyuan-village-water-station",
        site="璞源镇新塘村村务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xintang.puyuan.example.cn/cwgk/2025-07-08.html",
        title="新塘村关于农村饮水安全工程管网改造期间临时停水的通知",
        record_title="【村务公告】新塘村关于农村饮水安全工程管网改造期间临时停水的通知",
        date="2025-07-08",
        notes="village affairs site: a welcome line, a weather widget line, a comment box and a visitor prompt; the water station's own 抢修电话 next to the site's contact; relative times in comments are no dates",
        page="""
!m 新塘村村务网　阳光村务 和美新塘
!m 今日天气：多云 24～31℃
!m 当前位置：首页 ＞ 村务公开 ＞ 公告
!t 【村务公告】新塘村关于农村饮水安全工程管网改造期间临时停水的通知
!m 发布人：村委会　阅读：347
{BODY}
!l 村民留言（3）
!l 老周：收到，提前接好水了　2小时前
!l 匿名村民：希望早点完工　昨天
!a 登录后才能留言，点此登录
!m 网站联系：新塘村便民服务站　管理员QQ：20193318
""",
        body="""
全体村民：
为改善我村饮水条件，县农村饮水安全工程新塘片区管网改造工程将于7月10日开工，届时将分段停水。具体安排如下：
7月10日至12日：上屋组、下屋组停水。
7月13日至15日：河背组、新屋组停水。
停水期间村委会将安排送水车每天上午、下午各送水一次，请各户提前储水，注意用水安全。
管网接通后初期水质可能有浑浊现象，请放水几分钟后再使用。
如遇问题请拨打璞源镇供水站抢修电话：0738-5120966。
新塘村村民委员会
2025年7月8日
""",
    ),
    dict(
        slug="community-jintang-square-dance-pact-html",
        site="瑾塘花园业主之家 (invented)",
        style="社区网站",
        genre="公约",
        kind="other",
        form="html",
        source="https://www.jintanghy.example.com/notice/320.html",
        title="瑾塘花园广场舞活动文明公约",
        record_title=None,
        date=None,
        notes="residents' site template with a property hotline and an app banner; no title in the record (the h1 carries it); no date: only a 'posted 5天前' line and a year in the text's heading; a numbered list and a sentence about 扫码 registration kept",
        page="""
<html><head><meta charset="utf-8"><title>瑾塘花园业主之家</title></head><body>
<div class="hd">⟦m 瑾塘花园业主之家⟧<span>⟦a 登录｜注册｜下载业主APP⟧</span></div>
<div class="nav">⟦m 物业公告 · 邻里圈 · 报事报修 · 便民服务⟧</div>
<div class="card"><h1>瑾塘花园广场舞活动文明公约</h1>
<p class="meta">⟦m 物业服务中心　5天前　👁 892⟧</p>
{BODY}
<div class="likes">⟦l 👍 赞同 58　💬 评论 21　↗ 转发⟧</div></div>
<div class="banner">⟦a 扫码下载“瑾塘邻里”APP，缴费报修更方便⟧</div>
<div class="ft">⟦m 24小时物业服务热线：0755-2893 6600⟧</div>
</body></html>
""",
        body="""
为营造和谐安静的居住环境，经小区业主委员会、物业服务中心与广场舞队协商，制定本公约。
1.活动时间为每天早上7:00至8:00、晚上19:30至21:00，其余时间不在中心广场播放音乐。
2.音响音量控制在55分贝以下，不使用高音喇叭，面向绿地方向摆放。
3.活动结束后自觉清理场地垃圾，不在消防通道摆放音响和车辆。
4.参加活动的队员请在物业服务中心扫码登记，便于统一联系。
5.如有业主反映噪声问题，舞队负责人应及时调整，双方友好协商解决。
让我们共同遵守公约，做文明业主，建和美家园。
""",
    ),
]
