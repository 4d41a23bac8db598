"""holdout199, part A: 范文 sites, 文库 previews, government portals, news portals and forums.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moyan-speech-cooker-tradein",
        site="墨研范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyanfw.com.cn/jianghua/xiangzhen/2025032011742.html",
        title="在珌口镇老旧高压锅以旧换新暨厨房安全宣传活动启动仪式上的讲话",
        record_title="【讲话精粹】在珌口镇老旧高压锅以旧换新暨厨房安全宣传活动启动仪式上的讲话（改改就能用）_墨研范文网",
        date="2025-03-14",
        date_also=["2025-03-20"],
        notes="old gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, visitor counter; date under the speech title (neutral) differs from the page's 发布时间; speaker line neutral; a ghost-writer prompt glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话精粹】在珌口镇老旧高压锅以旧换新暨厨房安全宣传活动启动仪式上的讲话（改改就能用）_墨研范文网</title>
<link href="/skin/moyan/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300"><a href="/">⟦m 墨研范文网⟧</a></td><td>⟦m 研墨成章·写尽公文百态⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 会员登陆⟧</a> | <a href="/user/reg.asp">⟦a 注册新会员⟧</a></td></tr></table>
<table width="960" border="0" align="center"><tr><td class="menu"><a href="/">⟦m 网站首页⟧</a> | <a href="/jianghua/">⟦m 讲话发言⟧</a> | <a href="/zongjie/">⟦m 总结汇报⟧</a> | <a href="/xinde/">⟦m 心得体会⟧</a> | <a href="/zhidu/">⟦m 规章制度⟧</a></td></tr></table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 墨研范文网所收稿件多为网友投递，供写作时借鉴思路，切勿整篇照抄用于正式会议⟧</marquee></td></tr></table>
<table width="960" border="0" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您所在的位置：墨研范文网 &gt;&gt; 讲话发言 &gt;&gt; 乡镇讲话 &gt;&gt; 浏览文章⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 文章来源：网友投稿　点击数：2087　发布时间：2025-3-20⟧</td></tr>
<tr><td align="center">⟦a 【字号调节：特大 大 中 小】⟧ ⟦a 【收进书签】⟧ ⟦a 【打印本文稿】⟧</td></tr>
<tr><td class="content">
<p align="center">（2025年3月14日）</p>
<p align="center">珌口镇人民政府镇长　罗启端</p>
{BODY}
</td></tr>
<tr><td>⟦l 上一篇文章：在全镇春季森林防火工作会议上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇文章：镇长在敬老院冬季安全检查时的讲话提纲⟧</td></tr>
</table></td>
<td width="250" valign="top"><table width="100%"><tr><td class="tit">⟦l 讲话发言·本月热读⟧</td></tr>
<tr><td>⟦l · 在全镇燃气安全排查整治会上的讲话⟧</td></tr>
<tr><td>⟦l · 消费者权益日宣传活动致辞（三篇）⟧</td></tr>
<tr><td>⟦l · 在老年协会换届大会上的讲话⟧</td></tr></table></td></tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 材料原创定制 笔杆QQ：2830719465⟧</div>
<table width="960" border="0" align="center"><tr><td align="center">⟦d 版权所有 墨研范文网 2008-2025 转载请保留出处⟧<br>⟦m 苏ICP备09037712号⟧　⟦m 您是本站第 00318276 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们、乡亲们：
今天，我们在这里启动全镇老旧高压锅以旧换新暨厨房安全宣传活动。首先，我代表镇党委、镇政府，向支持这次活动的县市场监管局、县消防救援大队和琫湾家电城表示衷心感谢！
高压锅是家家户户离不开的炊具，但使用年限过长、密封圈老化、限压阀堵塞，就容易出危险。去年全镇入户排查发现，使用十年以上的高压锅有四百多口，大多在独居老人家里。
这次活动为期一个月，凡本镇户籍居民，凭旧锅可抵扣新锅价款八十元，六十五岁以上老人再补贴五十元。各村要把政策讲到每家每户，帮行动不便的老人登记，由家电城上门换锅。⟦w 代拟讲话稿加笔杆QQ，当天交稿⟧
安全无小事，厨房连着千万家。希望大家都行动起来，换掉一口旧锅，消除一分隐患，共同守护好家庭的平安！
""",
    ),
    dict(
        slug="fanwen-sujian-insight-inkpad-archive",
        site="素笺范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.sujianfw.net/xinde/peixun/36581.html",
        title="参加档案用印规范培训的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line (with a 「荐」 tag) gives it; no date; a writing-service prompt glued after a sentence and a member line between paragraphs",
        page="""
!m 素笺范文库｜一纸素笺，写好每份材料
!m 首页 / 心得体会 / 培训心得
!t 「荐」参加档案用印规范培训的心得体会
!m 投稿：砚田小吏　　浏览：4127次　　收录于合集：机关业务培训心得
!a [复制全文] [存为Word] [收进我的笔记]
{BODY}
!a 全文共1122字，开通素笺会员可免费保存全部范文
!l 同主题范文：
!l 公文处理规范化培训心得体会（精选）
!l 机要保密工作培训学习体会
!d 素笺范文库内容来自会员分享，如有侵犯您的权益请发邮件告知，核实后即删。
""",
        indent="\u3000\u3000",
        body="""
上周，我参加了县档案馆组织的档案用印规范专题培训。培训只有一天，却让我这个管了五年公章的人受益匪浅。
一是印泥也有讲究。过去我觉得印泥只要颜色红就行，随手买过几盒便宜的油性印泥。老师现场对比了几份十年前的文件，劣质印泥的印迹已经发黄、洇开，有的字口都看不清了。归档文件要长期保存，必须使用朱砂印泥等耐久性好的产品。⟦w 写材料没思路？素笺写手一对一代拟，微信sj-xiezuo⟧
二是盖章要有手法。蘸印泥要轻按多次、均匀着色，盖章时垫上专用胶垫，用力平稳，不能来回晃动。老师说，一枚端正清晰的印章，就是单位的脸面。
⟦a 以下内容为会员专享，开通后继续阅读⟧
三是管理要有制度。培训后，我们科室重新修订了用印登记办法，印泥每半年检查一次，发现干结、掺杂马上更换。
小小一盒印泥，连着文件的效力和档案的寿命。今后我将把培训所学用到每一次用印中，做一名细心的“掌印人”。
""",
    ),
    dict(
        slug="wenku-zhiyan-research-kettle-dorms-markers",
        site="知砚文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhiyan365.com/view/a7c31e09f5d2.html",
        title="关于瑨湖县中小学寄宿生宿舍使用电热水壶情况的调研报告",
        record_title="关于瑨湖县中小学寄宿生宿舍使用电热水壶情况的调研报告（完整版） - 知砚文库",
        date="2024-11-26",
        notes="文库 reader: page-marker paragraphs ⦿ n ⦿ cut sentences; upload stamp (no date); 成文日期 under the signature; viewer toolbar, paywall and similar documents",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于瑨湖县中小学寄宿生宿舍使用电热水壶情况的调研报告（完整版） - 知砚文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/static/reader.min.js"></script>
</head><body>
<header class="zy-top"><a class="logo" href="/">⟦m 知砚文库⟧</a>
<form class="zy-search"><input placeholder="搜一搜海量文档"><button>⟦a 搜文档⟧</button></form>
<a href="/vip">⟦a 砚卡会员 低至3元/天⟧</a> <a href="/login">⟦a 登录｜注册⟧</a></header>
<div class="zy-crumb">⟦m 知砚文库 › 行业资料 › 教育调研⟧</div>
<h1 class="zy-title">{T}</h1>
<div class="zy-meta">⟦m 贡献者：湖畔执笔　上传时间：2025-01-09　共5页　1.6万次阅读⟧</div>
<div class="zy-toolbar">⟦a 放大 缩小 全屏阅读 下载本文⟧</div>
<div class="zy-pages">
{BODY}
</div>
<div class="zy-lock">⟦a 剩余3页未显示，支付2.9元即可阅读全文并下载⟧ <button>⟦a 立即解锁⟧</button></div>
<aside class="zy-like"><h3>⟦l 读过此文的用户也在读⟧</h3><ul>
<li>⟦l 学生宿舍违规电器专项整治方案⟧</li>
<li>⟦l 寄宿制学校安全管理情况调研报告⟧</li>
<li>⟦l 校园用电安全主题班会教案⟧</li></ul></aside>
<footer>⟦d 知砚文库仅提供信息存储空间，文档版权归上传者所有，侵权投诉请提交权属证明⟧<br>⟦m 浙ICP备20188417号-3⟧</footer>
</body></html>
""",
        p_html='<p class="zy-line">{}</p>',
        pages=dict(fmt="⦿ {n} ⦿", every=150, start=2),
        body="""
为掌握全县寄宿制学校学生宿舍用电安全状况，今年10月，县教育局安全管理科会同县消防救援大队，对全县14所寄宿制中小学的218间学生宿舍进行了抽查，并向1260名寄宿生发放了问卷。现将调研情况报告如下。
一、基本情况
抽查发现，有37间宿舍私藏电热水壶，占抽查宿舍的17%，其中初中宿舍占了八成。问卷显示，学生使用电热水壶主要是为了冬天泡面、冲奶粉和晚上喝热水。
二、存在的问题
一是部分学校开水供应时间短，晚自习后锅炉房即停止供水；二是宿舍管理员夜间巡查不到位；三是学生购买的电热水壶多为无品牌产品，缺少防干烧保护。
三、对策建议
建议各校在每层宿舍设置集中饮水点，晚自习后延长供水一小时；把违规电器检查纳入宿管员每日巡查内容；通过主题班会讲清电热水壶干烧引发火灾的案例，引导学生自觉上交。
瑨湖县教育局安全管理科
2024年11月26日
""",
    ),
    dict(
        slug="wenku-qianye-plan-smoke-alarm-wrapped",
        site="千叠文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qiandiewk.cn/p-20417736.html",
        title="璆川县独居老人家庭烟感报警器安装实施方案",
        record_title="璆川县独居老人家庭烟感报警器安装实施方案.docx",
        date="2025-04-08",
        notes="file-name record title; hard-wrapped at 62 columns and cut by ⧉n⧉ markers glued to the continuation line; 成文日期 in Chinese numerals; decimal-free numbered list",
        page="""
!m 千叠文库　　全部分类 > 行业资料 > 消防安全
{T}
!m 页数：4　　大小：36.2KB　　格式：docx　　上传于2025-05-02
!a ☆收藏　　⇩下载（需8下载券）　　⚑举报
{BODY}
!a 试读已到第3页末，继续阅读请使用下载券
!l 相关专题：烟感报警器　独居老人　消防安全
!d 千叠文库中的文档由用户上传，本站不对内容的准确性负责
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⧉{n}⧉", every=85, start=2, glue=True),
        body="""
为落实“消防安全进家庭”要求，切实降低独居老人家庭火灾风险，经县政府同意，决定在全县为独居老人家庭免费安装独立式烟感报警器。现制定如下实施方案。
一、安装对象
全县户籍60周岁以上独居老人家庭，以及80周岁以上与老年配偶共同居住的家庭，共计2146户。
二、职责分工
1.县应急管理局负责统筹协调和资金保障；
2.县消防救援大队负责安装技术指导和使用培训；
3.各乡镇负责摸底造册、组织入户，于5月15日前报送名单。
三、工作要求
安装人员入户时要当面教会老人按键自检和更换电池，在报警器旁张贴紧急联系卡。各乡镇每季度回访一次，发现损坏、失效的及时更换，确保装一户、管一户、用好一户。
璆川县应急管理局
二〇二五年四月八日
""",
    ),
    dict(
        slug="portal-tianyang-notice-smoke-alarm-index",
        site="瑱阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tianyang.example.gov.cn/zwgk/tzgg/202505/t20250512_418207.html",
        title="瑱阳县应急管理局关于开展老旧住宅烟感报警器免费安装工作的通知",
        record_title="瑱阳县应急管理局关于开展老旧住宅烟感报警器免费安装工作的通知_通知公告_瑱阳县人民政府",
        date="2025-05-08",
        date_also=["2025-05-12"],
        notes="county portal: 索引号 table (文号 cell neutral), 长者模式/无障碍 links, 纠错 line; the notice's own 联系人/电话 beside the portal's 纠错 phone; 附件 list, 抄送 and 印发 lines; 成文日期 differs from the portal's 发布日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>瑱阳县应急管理局关于开展老旧住宅烟感报警器免费安装工作的通知_通知公告_瑱阳县人民政府</title>
<meta name="SiteName" content="瑱阳县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script><script>var zwgkId = "418207";</script>
</head><body>
<div class="gov-top"><span>⟦m 瑱阳县人民政府⟧</span> <a href="/elder/">⟦a 长者模式⟧</a> <a href="/wza/">⟦a 无障碍阅读通道⟧</a> <a href="/en/">⟦a EN版⟧</a></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进瑱阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gov-pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="gov-index">
<tr><td>⟦m 索引号：⟧</td><td>⟦m 11439822MB18607X4Q/2025-00317⟧</td><td>⟦m 所属主题分类：⟧</td><td>⟦m 安全生产⟧</td></tr>
<tr><td>⟦m 信息发布机构：⟧</td><td>⟦m 瑱阳县应急局⟧</td><td>⟦m 公开日期：⟧</td><td>⟦m 2025/05/12 16:08⟧</td></tr>
<tr><td>文号：</td><td>瑱应急〔2025〕17号</td><td>⟦m 有效性：⟧</td><td>⟦m 有效⟧</td></tr>
</table>
<h1 class="gov-title">{T}</h1>
<div class="gov-tools">⟦a 〖字号 大·中·小〗⟧ ⟦a 〖打印〗⟧ ⟦a 〖关闭〗⟧ ⟦m 浏览次数：1364⟧</div>
<div class="gov-article">
{BODY}
</div>
<div class="gov-share">⟦l 转发本页至：微信 微博 QQ空间⟧</div>
<div class="gov-rel"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县消防救援大队发布夏季家庭防火提示⟧</li><li>⟦l 关于做好2025年“安全生产月”活动的通知⟧</li></ul></div>
<footer><p>⟦m 主办：瑱阳县人民政府办公室　承办：瑱阳县大数据中心⟧</p>
<p>⟦m 网站标识码：4312290017　湘ICP备05118742号⟧</p>
<p>⟦w 网页纠错热线：0739-6210000（工作日9:00-17:00）⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为减少老旧住宅火灾伤亡，县应急管理局决定在全县建成二十年以上的老旧住宅开展烟感报警器免费安装工作。现将有关事项通知如下：
一、安装范围。2005年以前建成、未配备火灾自动报警设施的住宅楼和自建房，优先安装独居老人、残疾人家庭。
二、时间安排。5月20日前各乡镇完成摸底登记，6月30日前完成安装，7月组织抽查验收。
三、有关要求。各乡镇要指定专人负责，安装后做好登记并请住户签字确认，不得向群众收取任何费用。
联系人：伍映秋，电话：0739-6218054。
附件：1.老旧住宅烟感报警器安装登记表
2.安装服务单位及联系方式
瑱阳县应急管理局
2025年5月8日
抄送：县消防救援大队，县住房和城乡建设局。
瑱阳县应急管理局办公室　2025年5月8日印发
""",
    ),
    dict(
        slug="portal-xuanzhou-bulletin-cooker-spotcheck",
        site="璿州市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://scjg.xuanzhou.example.gov.cn/xxgk/cjgg/202506/t20250618_90412.html",
        title="关于2025年高压锅产品质量市级监督抽查情况的通报",
        record_date="2025-06-18",
        date="2025-06-18",
        date_also=["2025-06-16"],
        notes="record gives title and date; a data table, one row a paragraph with ideographic spaces; 成文日期 two days before the record's date",
        page="""
!m 璿州市市场监督管理局
!m 您当前所在位置：首页 > 信息公开 > 抽检公告
{T}
!m 信息来源：产品质量安全监督管理科　　发布时间：2025-06-18　　访问量：706
!a 【大字】【常规】【打印】【收藏】
{BODY}
!l 附：往期抽查通报
!l 2024年电压力锅产品质量监督抽查结果
!l 2024年燃气灶具产品质量监督抽查结果
!m 璿州市市场监督管理局主办　地址：璿州市明璏大道200号
!m 投诉举报请拨打12315　网站支持：璿州市政务云
""",
        indent="\u3000\u3000",
        body="""
各县（市、区）市场监督管理局：
今年4月至5月，市局组织对全市生产、销售的高压锅产品质量开展了监督抽查，共抽查产品52批次，其中生产环节18批次、流通环节34批次，发现不合格产品5批次，不合格发现率9.6%。不合格项目主要为安全泄压装置、密封圈耐热性能和标志说明。不合格产品情况如下：
标称生产企业　产品名称　规格型号　不合格项目
琀溪县乐厨五金制品厂　不锈钢压力锅　22cm　安全泄压装置
璠山县鑫鼎炊具有限公司　铝合金高压锅　20cm　密封圈耐热性能
瓘城区百味日用品商行　家用压力锅　24cm　标志和说明书
对抽查不合格的产品，各地要依法责令企业整改，督促销售者下架，并于7月15日前将后处理情况报市局产品质量安全监督管理科。
璿州市市场监督管理局
2025年6月16日
""",
    ),
    dict(
        slug="news-fanshan-binoculars-donation",
        site="璠山新闻网 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fanshannews.example.cn/msxw/2025-04/22/content_55218.html",
        title="璠山县湿地观鸟站向中小学生赠送双筒望远镜",
        record_title="璠山县湿地观鸟站向中小学生赠送双筒望远镜-教育·民生-璠山新闻网",
        date="2025-04-22",
        notes="county news portal: app prompt glued before the lead, a photo caption between paragraphs, an editor/reviewer line glued after the last paragraph; byline 发布时间 is the date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8">
<title>璠山县湿地观鸟站向中小学生赠送双筒望远镜-教育·民生-璠山新闻网</title>
<script type="text/javascript" src="//static.fanshannews.example.cn/js/stat.js"></script>
</head><body>
<div class="head"><a href="/">⟦m 璠山新闻网⟧</a> <span>⟦m 璠山县融媒体中心主办⟧</span> <a href="/app">⟦a 下载“璠山云”客户端⟧</a></div>
<div class="channel">⟦m 首页 | 时政 | 教育·民生 | 乡镇 | 视听 | 专题⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-04-22 10:15　来源：璠山县融媒体中心　记者：谷清禾⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
</div>
<div class="rank"><h3>⟦l 24小时点击榜⟧</h3><ol>
<li>⟦l 璠山至璿州城际公交本周六开通⟧</li>
<li>⟦l 全县春季义务植树活动启动⟧</li>
<li>⟦l 湿地公园候鸟数量创十年新高⟧</li></ol></div>
<div class="foot">⟦d 本网原创稿件，未经授权不得转载、摘编⟧<br>⟦m 新闻热线：0739-6633110⟧　⟦m 湘ICP备16020943号⟧</div>
</body></html>
""",
        body="""
⟦a 打开璠山云客户端，看更多身边事⟧本网讯　4月21日，璠山县湿地观鸟站走进琎河小学和县第二中学，向两校观鸟社团赠送双筒望远镜60台、鸟类图鉴120册。
“八倍镜视野宽，找鸟快；先用肉眼找到鸟，再把望远镜举到眼前。”观鸟站工作人员手把手教孩子们调节目镜和中央调焦轮。
⟦m 图为观鸟站工作人员教学生调焦。（谷清禾　摄）⟧
琎河湿地每年冬春有三万余只候鸟停歇。观鸟站站长韦书恒介绍，站里今年将在两校开设十节观鸟课，带学生参加湿地候鸟同步调查，让孩子们从小学会观察自然、爱护鸟类。
拿到望远镜的初二学生蒲一禾说，她最想看清白琵鹭吃东西的样子。⟦m （编辑：冉晴　审核：蔺九皋）⟧
""",
    ),
    dict(
        slug="news-hanxi-kettles-for-elders-title-line",
        site="琀溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hanxinews.example.cn/2025/0116/shehui/34108.shtml",
        title="琀溪县为412户特困老人送上防干烧电热水壶",
        record_title=None,
        date="2025-01-16",
        notes="no record title: the title line on the page; time line under it is the date; a related-news box and a share bar; a photo caption line between paragraphs",
        page="""
!m 琀溪新闻网 — 琀溪人自己的新闻网站
!m 首页 > 社会民生 > 正文
{T}
!m 2025-01-16 08:40　　琀溪新闻网　　作者：通讯员 骆晚舟
!a 字号　A+　A-　　　　　分享：微信 / QQ / 复制链接
{BODY}
!m 【责任编辑：柯念】
!l 相关新闻
!l 琀溪县开展冬季送温暖走访慰问活动
!l 全县特困人员集中供养服务中心完成改造
!l 热点推荐：琀溪县2025年第一批民生实事项目公示
!d 琀溪新闻网版权所有，转载务必注明来源
""",
        indent="\u3000\u3000",
        body="""
本网讯　1月15日，县民政局联合县总工会、县家电商会开展“暖壶进家”活动，为全县412户分散供养特困老人送上带防干烧保护的电热水壶。
以往不少老人用铝壶在煤炉上烧水，出门、打盹时忘关火，险情时有发生。这次送出的电热水壶水烧干会自动断电，壶身有防烫外层，按键大、字体大，方便老人操作。
⟦m 图：工作人员在珌口镇为老人演示电热水壶使用方法⟧
工作人员还逐户检查了老人家中的插座和电线，为31户更换了老化插座，并叮嘱老人不要用电热水壶煮面、煮鸡蛋。
县民政局相关负责人表示，下一步将把用电安全纳入特困人员探访内容，每月至少上门一次。
""",
    ),
    dict(
        slug="forum-mingcui-binocular-choice-jammer",
        site="鸣翠观鸟论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.mingcuiniao.example.com/thread-88413-1-1.html",
        title="入门双筒望远镜选8倍还是10倍？说说我用了三年的体会",
        record_title="[器材讨论] 入门双筒望远镜选8倍还是10倍？说说我用了三年的体会 - 器材交流 - 鸣翠观鸟论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, rating row, signature, replies; posted 3 天前 (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>[器材讨论] 入门双筒望远镜选8倍还是10倍？说说我用了三年的体会 - 器材交流 - 鸣翠观鸟论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?x8k"></script>
</head><body>
<div id="toptb">⟦m 鸣翠观鸟论坛⟧ <a>⟦a 设为首页⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 鸣翠观鸟论坛 › 器材交流 › 双筒与单筒⟧</div>
<table class="plhin"><tr><td class="pls">
<div class="pi">⟦m 琎河看鸟人⟧</div><p>⟦m 积分 3172 | 精华 4 | 鸟种 287⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f" id="postmessage_513902">
{BODY}
</div>
<div class="rate">⟦l 参与人数 6　鸟币 +18　收起 理由⟧</div>
<div class="sign">⟦l 签名：一镜一鸟一山河 — 璠山观鸟小组⟧</div>
<div class="po">⟦a 回复 支持 反对 收藏 举报⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　林间小鹀：干货！我的8×42用了五年还很好⟧</div>
<div class="reply">⟦l 板凳　鹭鸶不白：10倍手抖的举手⟧</div>
<div id="fastpost">⟦a 登录后才能参与讨论 | 没有账号？去注册⟧</div>
<div id="ft">⟦m 鸣翠观鸟论坛 ( 粤ICP备21047731号 )⟧ ⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
常有新人问入门双筒选8倍还是10倍，我两种都用了三年多，说说体会，供大家参考。
先说结论：第一台建议8倍。8倍镜视野更宽，找鸟快，手抖的影响小，林子里看小鸟尤其方便。10倍镜放大率高，适合看水面、滩涂上远处的鸻鹬和雁鸭，但对手稳要求高，久看容易累。
口径方面，42毫米是比较平衡的选择，进光量够，重量在七百克左右。32毫米的轻便，适合爬山，但傍晚光线暗时会差一些。
另外提醒几点：一是一定要试戴，戴眼镜的朋友要选出瞳距离长的型号；二是别迷信参数，同样8×42，镜片镀膜和做工差别很大；三是买回来先学会调屈光度，不然两只眼看着总是不舒服。
""",
    ),
    dict(
        slug="forum-jiaju-cooker-valve-help-junk",
        site="家居生活论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.jiajushenghuo.example.net/viewthread.php?tid=274019",
        title="高压锅限压阀老是漏气，还能接着用吗",
        record_title="[求助帖] 高压锅限压阀老是漏气，还能接着用吗 - 厨房电器版 - 家居生活论坛",
        date=None,
        notes="text forum thread: junk lines and junk glued after 。; posted 昨天 (no date); replies and a login prompt below",
        page="""
!m 家居生活论坛 » 厨房电器版 » 浏览帖子
!t [求助帖] 高压锅限压阀老是漏气，还能接着用吗
!m 楼主：炉边小满　　发表于 昨天 21:14　　查看 683 / 回复 9
!m 只看楼主　|　楼层直达
{BODY}
!a 顶一下(2)　踩一下(0)　　转帖　收藏本帖
!l 2# 锅碗瓢盆老师傅：先换密封圈，二三十块钱的事，别硬撑
!l 3# 晚饭吃什么：阀芯用牙签通一下，别用铁丝
!l 4# 小满的邻居：十二年的锅还是换了吧……
!a 回帖需先登录，还没有账号？三秒注册
!m 家居生活论坛　Powered by PHPWind 8.7
""",
        junk=dict(lines=2, glued=2),
        body="""
各位好，家里一口不锈钢高压锅用了十二年，最近煮东西时限压阀还没转起来，锅盖边上就一直往外嗤嗤冒气，有时还滴水。
我试过把锅盖和锅沿擦干净，也检查了限压阀，阀芯能上下活动。密封圈看着有点发硬，颜色也发黄了。
想请教懂行的朋友：一是这种漏气是不是密封圈老化造成的，换个圈能不能解决？二是锅用了十二年，锅盖变没变形自己看不出来，还能接着用吗？
家里老人天天用它炖汤，总担心哪天出事。先谢谢大家了。
""",
    ),
]
