"""Holdout16 cases, part A: bureaus and public bodies no earlier part imitates (a county commerce
bureau, a government offices administration, a civil air defence office, a united-front
department, a justice bureau's print view, a township social-work station, a business-environment
bureau, a science-and-technology bureau, a special-education school, a city emergency-dispatch
centre, a 关工委). Invented text (sites, places, people, numbers, URLs); see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="gov-zhechuan-commerce-tradein-notice-html",
        site="柘川县商务局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://swj.zhechuan.example.gov.cn/tzgg/202505/t20250509_88231.html",
        title="柘川县商务局关于开展2025年家电以旧换新补贴申领工作的通知",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="modern county-bureau template: header tools, nav, breadcrumb, byline with 发布时间 (also accepted), document number neutral; the notice's own 联系人/电话 and 附件 list; share bar, prev/next, related list, footer with 网站标识码/ICP/公网安备",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>柘川县商务局关于开展2025年家电以旧换新补贴申领工作的通知_通知公告_柘川县商务局</title>
<meta name="ArticleTitle" content="柘川县商务局关于开展2025年家电以旧换新补贴申领工作的通知">
<meta name="PubDate" content="2025-05-09 10:30">
<link rel="stylesheet" href="/static/css/main.css"><script src="/static/js/jquery.min.js"></script>
<script>var siteId = "4507220031";</script>
</head><body>
<header class="site-header"><div class="wrap">
<div class="logo"><strong>⟦m 柘川县商务局⟧</strong><small>⟦m 开放合作　兴商富民⟧</small></div>
<div class="tools"><a href="#">⟦a 读屏辅助⟧</a> <a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 繁體版⟧</a></div>
<form class="search"><input placeholder="输入关键词"><button>⟦a 站内检索⟧</button></form>
</div></header>
<nav class="main-nav"><ul>
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/jggk/">⟦m 机构概况⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li>
<li><a href="/swdt/">⟦m 商务动态⟧</a></li><li><a href="/dwkf/">⟦m 对外开放⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li>
</ul></nav>
<div class="crumbs">⟦m 您所在的位置：<a href="/">首页</a> / <a href="/zwgk/">政务公开</a> / <a href="/tzgg/">通知公告</a>⟧</div>
<main class="article">
<h1 class="art-title">{T}</h1>
<div class="art-meta"><span>⟦m 发布时间：2025-05-09 10:30⟧</span><span>⟦m 信息来源：县商务局市场运行股⟧</span><span>⟦m 浏览量：1276⟧</span></div>
<div class="art-font">⟦a 调整字号：放大 缩小 还原⟧ <a href="javascript:window.print()">⟦a 打印正文⟧</a></div>
<div class="docno">柘商发〔2025〕12号</div>
<div class="art-body">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="prevnext"><p>⟦l 上一条：关于公布2025年第一批县级电子商务示范企业名单的通知⟧</p><p>⟦l 下一条：柘川县“五一”假期消费市场运行情况⟧</p></div>
<section class="related"><h3>⟦l 相关文件⟧</h3><ul>
<li><a>⟦l 柘川县汽车以旧换新补贴实施细则⟧</a></li>
<li><a>⟦l 关于进一步促进县域商业体系建设的实施意见⟧</a></li>
</ul></section>
</main>
<footer class="site-footer">
<p>⟦m 主办单位：柘川县商务局　　地址：柘川县青云大道76号　　电话：0771-6203300⟧</p>
<p>⟦m 网站标识码：4507220031　　桂ICP备17003385号-1⟧</p>
<p>⟦m 桂公网安备 45072202000107号⟧</p>
<p>⟦d 本网站由柘川县商务局版权所有，未经书面同意不得复制、镜像⟧</p>
</footer>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府、街道办事处，各有关企业：
为贯彻落实国家和省、市关于加力扩围实施消费品以旧换新的部署要求，进一步释放家电消费潜力，经县政府同意，决定在全县开展2025年家电以旧换新补贴申领工作。现将有关事项通知如下。
一、补贴范围
个人消费者在本县参与活动的销售门店购买冰箱、洗衣机、电视、空调、电脑、热水器、家用灶具、吸油烟机等8类家电产品，一级能效或水效标准的产品按销售价格的15%给予补贴，二级能效或水效标准的产品按销售价格的10%给予补贴。每位消费者每类产品可补贴1件，其中空调产品最多可补贴3件，每件补贴不超过2000元。
二、申领流程
（一）消费者通过“柘川惠民”小程序实名注册并领取补贴资格。
（二）在参与活动的门店选购产品，结算时出示资格码，门店按扣除补贴后的价格收款。
（三）门店在产品送装完成后5个工作日内上传发票、旧机回收凭证和安装照片，县商务局审核通过后将补贴资金拨付至门店账户。
三、工作要求
各乡镇（街道）要加强政策宣传，引导群众依规申领；参与企业要如实上传销售信息，不得虚开发票、虚构交易，一经查实，取消参与资格并追回补贴资金。
联系人：县商务局市场运行股周梦婷，联系电话：0771-6203318。
附件：1.柘川县2025年家电以旧换新参与企业名单
2.家电以旧换新补贴申领操作指南
柘川县商务局
2025年5月8日
""",
    ),
    dict(
        slug="gov-tingze-offices-energy-plan-wrapped-table",
        site="汀泽县机关事务服务中心 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jgsw.tingze.example.gov.cn/xxgk/ghjh/2025/0310/5127.shtml",
        title="汀泽县2025年公共机构节约能源资源工作方案",
        record_title="汀泽县2025年公共机构节约能源资源工作方案_汀泽县机关事务服务中心",
        date="2025-03-06",
        notes="government offices administration; hard-wrapped at 72 columns with an indent; an indicator table (one row a paragraph, cells apart by U+3000); 成文日期 in Chinese numerals; document number neutral",
        page="""
!m 汀泽县机关事务服务中心
!m 网站首页 | 信息公开 | 节能管理 | 公务用车 | 办事指南
!m 位置：首页 - 信息公开 - 规划计划
{T}
!m 索引号：TZ-JGSW-2025-0031　　公开方式：主动公开　　主题分类：节能管理
汀机事〔2025〕5号
{BODY}
!a 【打印正文】　【关闭窗口】
!l 上一条：关于做好2025年度公务用车使用情况统计的通知
!l 下一条：汀泽县公共机构生活垃圾分类工作指引
!m 主办：汀泽县机关事务服务中心　地址：汀泽县文昌路9号　电话：0779-5521036
!m 桂ICP备18009733号-2
""",
        indent="\u3000\u3000",
        wrap=72,
        body="""
为深入推进公共机构节约能源资源工作，持续降低能源资源消耗，根据《公共机构节能条例》和省、市有关工作部署，结合我县实际，制定本方案。
一、工作目标
2025年，全县公共机构能源消费总量控制在9800吨标准煤以内，人均综合能耗、单位建筑面积能耗和人均用水量分别比上年下降1.5%、1.2%和1.5%，县级机关全部建成节约型机关。
二、主要指标
指标名称　单位　2024年实际　2025年目标
人均综合能耗　千克标准煤/人　312.6　307.9
单位建筑面积能耗　千克标准煤/平方米　9.84　9.72
人均用水量　立方米/人　21.3　20.98
三、重点任务
（一）推进既有建筑节能改造。对县行政中心、县人民医院门诊楼等6栋能耗较高的建筑实施照明、空调系统节能改造，年内完成改造面积3.2万平方米。
（二）推广新能源汽车。新增和更新公务用车除特殊用途外全部使用新能源汽车，县级机关内部停车场充电设施覆盖率达到50%以上。
（三）深化节水型单位建设。县级机关和50%以上的事业单位建成节水型单位，推广节水器具，杜绝跑冒滴漏。
（四）开展生活垃圾分类。公共机构全面实行生活垃圾分类，反对餐饮浪费，机关食堂推行“光盘行动”。
四、保障措施
各单位要明确一名分管领导和一名能源管理员，按季度报送能源资源消耗数据；县机关事务服务中心将对各单位目标完成情况进行考核，考核结果纳入年度绩效评价。
汀泽县机关事务服务中心
二〇二五年三月六日
""",
    ),
    dict(
        slug="gov-mingchuan-civil-defence-alarm-table-layout",
        site="茗川市人民防空办公室 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rfb.mingchuan.example.gov.cn/Article/ShowArticle.asp?ArticleID=2291",
        title="茗川市人民防空办公室关于2025年防空警报试鸣的公告",
        record_title=None,
        record_date="2025-09-10",
        date="2025-09-10",
        notes="old table layout (gb2312, fonts, a left column list); <title> only the site name; no record title; the notice itself tells readers to 关注 an account, 扫描 a QR code and 下载 a handbook, and gives a duty phone; footer with address, ICP and a browser-resolution notice",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>茗川市人民防空办公室</title>
<link href="css/style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#EEEEEE" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="96" background="images/top_bg.jpg"><font size="5" color="#FFFFFF"><b>⟦m 茗川市人民防空办公室⟧</b></font><br><font color="#FFEE99">⟦m 平战结合　造福人民⟧</font></td></tr>
<tr><td bgcolor="#0B4A8B" height="28" align="center"><font color="#FFFFFF">⟦m <a href="/">网站首页</a> | <a>机构设置</a> | <a>人防动态</a> | <a>通知公告</a> | <a>人防工程</a> | <a>宣传教育</a>⟧</font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="230" valign="top" bgcolor="#F5F8FC">
<table width="100%"><tr><td class="lefttitle">⟦l 最新公告⟧</td></tr>
<tr><td>⟦l ·关于公布全市人防工程平时使用备案情况的公告⟧</td></tr>
<tr><td>⟦l ·人民防空宣传教育“五进”活动方案⟧</td></tr>
<tr><td>⟦l ·2025年度人防专业队伍训练计划⟧</td></tr></table>
<table width="100%"><tr><td class="lefttitle">⟦m 关注茗川人防⟧</td></tr>
<tr><td align="center"><img src="images/qr.gif" width="110"><br>⟦a 扫一扫 手机看人防⟧</td></tr></table>
</td>
<td width="750" valign="top">
<table width="96%" align="center"><tr><td height="30">⟦m 当前位置：网站首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</td></tr>
<tr><td align="center" height="50"><font size="4" color="#B40000"><b>{T}</b></font></td></tr>
<tr><td align="center" bgcolor="#F0F0F0">⟦m 作者：办公室　　发布日期：2025-09-10　　点击数：3387⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td align="right">⟦a 【关闭本窗口】　【返回首页】⟧</td></tr>
</table></td></tr></table></td></tr>
<tr><td bgcolor="#0B4A8B" align="center" height="70"><font color="#DDDDDD">⟦m 主办单位：茗川市人民防空办公室　地址：茗川市人民路188号　邮编：417000⟧<br>⟦m 技术支持：茗川市信息中心　湘ICP备10206631号⟧<br>⟦d 建议使用IE8.0以上版本浏览器、1024×768分辨率浏览本站⟧</font></td></tr>
</table>
</body></html>
""",
        p_html='<p style="line-height:200%">&nbsp;&nbsp;&nbsp;&nbsp;{}</p>',
        body="""
根据《中华人民共和国人民防空法》和《茗川市人民防空警报试鸣规定》，经市人民政府同意，定于2025年9月18日上午10时至10时23分，在全市范围内组织防空警报试鸣。现将有关事项公告如下。
一、试鸣信号
预先警报：鸣36秒，停24秒，反复3遍，时间为3分钟。
空袭警报：鸣6秒，停6秒，反复15遍，时间为3分钟。
解除警报：连续鸣3分钟。
二、有关要求
试鸣期间，全市固定式、移动式警报器同时鸣响，市广播电视台和“茗川发布”等媒体同步播放警报信号。请广大市民听到警报后保持正常生产生活秩序，不必惊慌。
试鸣当日，各中小学校、街道社区将同步组织疏散掩蔽演练，请市民积极参与、主动配合。
市民可关注“茗川人防”微信公众号，或扫描人防宣传栏上的二维码，下载防空防灾知识手册，学习识别警报信号。
发现警报器不响、音质异常等情况，请拨打市人防办值班电话0736-2290110反映。
特此公告。
茗川市人民防空办公室
2025年9月10日
""",
    ),
    dict(
        slug="dangjian-tangdi-united-front-speech-date-under-title",
        site="同心棠棣网 · 棠棣市委统战部 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.txtangdi.example.org.cn/ldjh/2025/0303/1186.html",
        title="在全市统一战线工作会议上的讲话",
        record_title="【领导讲话】在全市统一战线工作会议上的讲话",
        date="2025-02-26",
        notes="a united-front department's site: decorated record title, speaker line neutral, date only under the speech title; toolbar in 〖〗, related list, copyright footer",
        page="""
!m 同心棠棣网 — 中共棠棣市委统战部主办
!m 首页 ＞ 领导讲话 ＞ 正文
!t 【领导讲话】在全市统一战线工作会议上的讲话
!m 信息来源：部办公室　　录入：tdtzb02　　访问次数：958
{T}
市委常委、统战部部长　韩立群
（2025年2月26日）
{BODY}
!a 〖保存为图片〗〖推荐给好友〗〖回到顶端〗
!l 相关讲话
!l ·在全市民族团结进步创建工作推进会上的讲话
!l ·在全市新的社会阶层人士联谊会成立大会上的致辞
!d 本网所刊登的各类新闻、信息和专栏资料，均为同心棠棣网版权所有，未经协议授权，禁止下载使用。
!m 备案号：黔ICP备19005520号　地址：棠棣市行政中心4号楼
""",
        indent="\u3000\u3000",
        body="""
同志们：
这次会议的主要任务是，总结2024年全市统一战线工作，分析形势，部署2025年重点任务。刚才，市委书记对做好新时代统战工作提出了明确要求，我们要认真抓好贯彻落实。下面，我讲三点意见。
一、回顾过去一年，全市统一战线工作取得新成效
过去一年，全市统一战线坚持围绕中心、服务大局，在凝聚共识、汇聚力量上展现了新作为。各民主党派市委会围绕乡村振兴、生态保护等课题开展调研21项，形成调研报告被市委、市政府采纳9篇；全市工商联组织开展“万企兴万村”行动，引导186家民营企业结对帮扶168个村，投入帮扶资金1.3亿元；民族团结进步创建扎实推进，新命名市级示范单位34个。
二、准确把握形势，增强做好统战工作的责任感
当前，统一战线的内涵和外延不断扩展，统战对象的数量和结构发生了深刻变化。特别是新的社会阶层人士、网络人士、青年知识分子等群体规模不断扩大，思想观念日趋多元。我们必须增强政治敏锐性，主动适应新变化，善于团结一切可以团结的力量。
三、突出工作重点，推动统战工作高质量发展
一要加强思想政治引领。持续深化多党合作、同心同行主题教育，引导统一战线成员坚定不移听党话、跟党走。二要服务全市发展大局。组织各民主党派、工商联和无党派人士围绕产业升级、城市更新等重大课题建言献策。三要做好民营经济人士工作。健全政企沟通机制，帮助民营企业解决融资、用工等实际困难。四要压实工作责任。各级党委（党组）要把统战工作纳入重要议事日程，形成大统战工作格局。
同志们，统一战线因团结而生，靠团结而兴。让我们更加紧密地团结起来，为建设富裕文明和谐美丽的新棠棣作出新的更大贡献！
""",
    ),
    dict(
        slug="print-heze-justice-summary-stamp-not-date",
        site="鹤泽县司法局 (invented) — print view",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://sfj.hezexian.example.gov.cn/gzdt/202501/print_t20250116_40217.html",
        title="鹤泽县司法局2024年公共法律服务体系建设工作总结",
        date="2025-01-16",
        notes="a print view: site name and address, a print stamp (no date of the document) at the top, the page's URL and print/close links and a copyright line at the bottom; the 成文日期 under the signature is the date; numbered lists with figures",
        page="""
!m 鹤泽县司法局　　http://sfj.hezexian.example.gov.cn
!m 打印日期：2025年3月2日 15:07
{T}
{BODY}
!m 本文地址：http://sfj.hezexian.example.gov.cn/gzdt/202501/t20250116_40217.html
!a [ 立即打印 ]　[ 关闭此窗口 ]
!d © 鹤泽县司法局　版权所有　转载请注明来源
""",
        body="""
2024年，县司法局坚持以人民为中心的发展思想，着力构建覆盖城乡、便捷高效、均等普惠的现代公共法律服务体系，全年为群众提供各类法律服务2.6万余人次，群众满意率达到98.6%。现将有关情况总结如下。
一、平台建设持续完善
建成县公共法律服务中心1个、乡镇公共法律服务工作站14个、村（社区）公共法律服务室203个，实现三级平台全覆盖。中心设置法律援助、人民调解、公证服务、法律咨询等7个窗口，推行“一窗受理、一站办结”。
二、法律援助提质增效
全年办理法律援助案件1126件，其中农民工欠薪案件318件，为农民工挽回经济损失860万元。开通老年人、残疾人等特殊群体法律援助“绿色通道”，实行当日受理、当日指派。
三、人民调解作用充分发挥
全县各级人民调解组织共排查矛盾纠纷4280次，调解纠纷3917件，调解成功率99.1%。在县人民医院、县交警大队设立医疗纠纷、交通事故纠纷专业调解室，化解专业领域纠纷406件。
四、普法宣传深入开展
组织“法律明白人”培训班12期，培训1400余人；开展“送法下乡”“宪法宣传周”等主题活动86场次，发放宣传资料5.2万份。
五、存在问题和下步打算
当前，我县公共法律服务还存在律师资源分布不均、村级法律服务室作用发挥不够等问题。2025年，我们将推进公共法律服务资源向乡村倾斜，加大“一村一法律顾问”工作考核力度，让群众在家门口就能享受到优质高效的法律服务。
鹤泽县司法局
2025年1月16日
""",
    ),
    dict(
        slug="community-tongao-social-work-pledge-relative-time",
        site="桐岙镇社工站 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://sgz.tongao.example.cn/fwdt/detail?id=3371",
        title="关于开展“邻里守望·关爱独居老人”志愿服务的倡议书",
        date=None,
        notes="a township social-work station's site: a relative posting time (no date), a like/comment/forward row, a comment box with two comments and a login prompt; the pledge's own sign-up phone is also the site's hotline, which stands at the bottom with its own wording",
        page="""
!m 桐岙镇社工站 · 暖心桐岙
!m 首页 / 服务动态 / 倡议书
{T}
!m 社工小林　3天前发布　阅读 411
{BODY}
!l 👍 有用(26)　　💬 留言(4)　　↗ 转发
!l 留言区
!l 阿德叔：我家楼上就住着一位独居阿婆，我报名！
!l 桐岙小太阳：支持，周末可以带孩子一起去
!a 登录后参与留言
!m 服务热线：0580-3326170（工作日 8:30—17:00）
!m 地址：桐岙镇文化站二楼社工站
""",
        body="""
亲爱的居民朋友们：
随着人口老龄化程度加深，我镇独居、空巢老人日益增多。他们有的子女在外地工作，有的行动不便，日常生活中常常遇到买菜难、就医难、说话难等问题。为营造尊老、敬老、爱老、助老的社会氛围，桐岙镇社会工作服务站向全镇居民发出如下倡议：
一、做一次上门探访。每周抽出一点时间，到身边的独居老人家中坐一坐、聊一聊，了解他们的冷暖需求。
二、结一对守望对子。以楼栋、村组为单位，与一位独居老人结成守望对子，留下彼此的联系电话，遇到紧急情况第一时间响应。
三、帮一件力所能及的小事。代买生活用品、陪同就医、帮忙缴费、教用智能手机……点滴帮助就能解老人之急。
四、留一份安全提醒。帮助老人检查家中燃气、电器使用情况，提醒防范电信诈骗和保健品推销骗局。
愿意加入志愿服务队伍的居民，可到所在村（社区）党群服务中心登记，也可拨打社工站电话0580-3326170报名。
邻里守望，温暖你我。让我们携起手来，让每一位老人都不再孤单！
桐岙镇社会工作服务站
""",
    ),
    dict(
        slug="gov-luwan-business-env-interpretation-html",
        site="芦湾县营商环境建设局 (invented)",
        style="政府门户",
        genre="政策解读",
        kind="other",
        form="html",
        source="https://ysj.luwan.example.gov.cn/zcjd/2025/06/20/art_1471_90215.html",
        title="《芦湾县优化营商环境十条措施》政策解读",
        record_title="《芦湾县优化营商环境十条措施》政策解读-芦湾县营商环境建设局",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="a business-environment bureau's interpretation page: question headings, the bureau's own phone and the 12345 hotline in the body; a sidebar with a column list and a 图解 box, a feedback box, a 政策文件 link row and a footer",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>《芦湾县优化营商环境十条措施》政策解读-芦湾县营商环境建设局</title>
<meta name="description" content="芦湾县营商环境建设局政策解读"></head>
<body class="page-article">
<div class="topbar"><span>⟦m 今天是：<em id="today"></em>⟧</span> <a>⟦a 个人登录⟧</a> <a>⟦a 法人登录⟧</a></div>
<div class="banner"><h2>⟦m 芦湾县营商环境建设局⟧</h2><p>⟦m 办事不求人　审批不见面⟧</p></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政策解读⟧</li><li>⟦m 营商动态⟧</li><li>⟦m 投诉受理⟧</li></ul>
<div class="layout">
<aside class="col-left">
<div class="box"><h4>⟦l 政策解读⟧</h4><ul><li>⟦l 文字解读⟧</li><li>⟦l 图片解读⟧</li><li>⟦l 视频解读⟧</li></ul></div>
<div class="box"><h4>⟦l 一图读懂⟧</h4><p>⟦l 【图解】芦湾县“免申即享”政策清单⟧</p></div>
</aside>
<article class="col-main">
<div class="loc">⟦m 首页 &gt; 政务公开 &gt; 政策解读⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 日期：2025-06-20　　来源：政策法规股　　阅读：602⟧</div>
<div class="linkdoc">⟦l 原文链接：芦湾县人民政府办公室关于印发《芦湾县优化营商环境十条措施》的通知⟧</div>
<div class="txt">
{BODY}
</div>
<div class="feedback">⟦l 您对本篇解读是否满意？　满意　基本满意　不满意　　提交⟧</div>
<div class="ops">⟦a 收藏　｜　打印　｜　关闭⟧</div>
</article></div>
<div class="foot">⟦m 芦湾县营商环境建设局主办　联系电话：0737-4612100　网站标识码：4309230028⟧<br>⟦m 湘ICP备20011579号⟧</div>
</body></html>
""",
        body="""
一、出台背景是什么？
今年以来，我县经营主体对降低办事成本、缩短审批时限的呼声较高。为回应企业关切，县营商环境建设局在广泛调研、征求意见的基础上，起草了《芦湾县优化营商环境十条措施》，经县政府常务会议审议通过，于2025年6月16日印发实施。
二、主要内容有哪些？
《措施》共十条，围绕市场准入、项目审批、要素保障、涉企服务、权益保护五个方面提出具体举措。例如，企业开办全流程压缩至1个工作日以内；社会投资小型低风险项目从立项到取得施工许可证不超过15个工作日；设立“企业服务专员”，为规模以上企业提供一对一服务。
三、企业如何享受政策？
企业可登录县政务服务网“惠企政策”专栏查询申报条件，符合条件的政策实行“免申即享”，无需企业另行提交材料。需要申报的，可在线提交，也可到县政务服务中心一楼“办不成事”反映窗口咨询。
四、政策咨询渠道
县营商环境建设局政策法规股，联系电话：0737-4612180；也可拨打12345政务服务便民热线咨询。
""",
    ),
    dict(
        slug="gov-songting-science-request-banji",
        site="松亭县科学技术局 (invented)",
        style="政府门户",
        genre="请示",
        kind="other",
        form="text",
        source="http://kjj.songting.example.gov.cn/zwgk/qsbg/202504/t20250407_6631.html",
        title="松亭县科学技术局关于申请拨付2025年度科技特派员工作经费的请示",
        record_title=None,
        date="2025-04-03",
        notes="no record title; document number and 签发人 lines neutral; the request's own 附件, 联系人/电话, 抄送 and 印发 版记 after the signature; prev/next and a footer",
        page="""
!m 松亭县科学技术局 门户网站
!m 你在这里：首页 » 政务公开 » 请示报告
{T}
!a 字号 A+ A A-　｜　🖨 打印　｜　✉ 发送给朋友
松科呈〔2025〕7号　　签发人：罗继平
{BODY}
!l 上一篇：松亭县科学技术局2025年一季度工作总结
!l 下一篇：关于组织申报2025年度县级科技计划项目的通知
!m 松亭县科学技术局　主办　　网站标识码：5211230015
""",
        body="""
县人民政府：
为深入实施科技特派员制度，推动科技人才下沉乡村一线，根据《松亭县科技特派员管理办法（试行）》，今年我局共选派县级科技特派员46名，组建产业技术服务团队8个，分赴全县11个乡镇开展茶叶、中药材、生猪养殖等产业技术服务。
按照每名科技特派员每年工作经费6000元、每个服务团队每年2万元的标准，2025年度共需工作经费43.6万元。目前，该项经费尚未列入年初部门预算。为确保科技特派员工作正常开展，特申请县财政拨付2025年度科技特派员工作经费43.6万元。
经费主要用于科技特派员下乡交通补助、技术培训、示范推广和新品种新技术引进等支出，我局将严格按照财务管理规定专款专用，并接受财政、审计部门监督。
妥否，请批示。
附件：2025年度科技特派员工作经费测算表
松亭县科学技术局
2025年4月3日
（联系人：杜晓岚，电话：0856-7321196）
抄送：县财政局。
松亭县科学技术局办公室　　2025年4月3日印发
""",
    ),
    dict(
        slug="edu-luyang-special-school-news-html-byline",
        site="麓阳市特殊教育学校 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lytj.example.edu.cn/xxxw/2025/0425/1632.html",
        title="我校举办第十二届“融合杯”残健融合运动会",
        date="2025-04-25",
        notes="a special-education school's news page: the byline's 发布时间 is the page's date; photographer/editor/reviewer line under the text; a 'more news' sidebar; a campus-mailbox box; footer with address and ICP",
        page="""
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>我校举办第十二届“融合杯”残健融合运动会-麓阳市特殊教育学校</title></head>
<body>
<div class="head"><div class="logo">⟦m 麓阳市特殊教育学校⟧</div><div class="motto">⟦m 爱心　耐心　恒心⟧</div></div>
<div class="nav">⟦m 学校首页　学校概况　校园新闻　德育天地　康复训练　送教上门　家校互动⟧</div>
<div class="container">
<div class="left">
<div class="path">⟦m 所在位置：学校首页 → 校园新闻⟧</div>
<div class="title">{T}</div>
<div class="byline">⟦m 发布时间：2025-04-25　　发布者：校办　　阅读量：823⟧</div>
<div class="body">
{BODY}
</div>
<div class="credits">⟦m 摄影：许晨曦　编辑：何柳　审核：孔德明⟧</div>
</div>
<div class="right">
<h3>⟦l 更多新闻⟧</h3>
<ul><li>⟦l 我校教师在全省特殊教育教学能力大赛中获佳绩⟧</li><li>⟦l 送教上门团队走进瑶坪乡⟧</li><li>⟦l 全国助残日主题活动预告⟧</li></ul>
<h3>⟦w 校长信箱⟧</h3><p>⟦w 意见建议请发送至 xzxx@lytj.example.edu.cn⟧</p>
</div></div>
<div class="foot">⟦m 地址：麓阳市东湖路21号　电话：0745-2286610　湘ICP备15004487号⟧</div>
</body></html>
""",
        body="""
4月24日，我校第十二届“融合杯”残健融合运动会在学校操场举行。来自全校听障、视障、培智三个学部的186名学生，以及麓阳市实验小学的60名志愿者学生同场竞技、携手同行。
开幕式上，各班级代表队依次入场，盲童鼓乐队的表演赢得阵阵掌声。校长孔德明致辞说，运动会不仅是展示学生体能和技能的平台，更是残健学生相互了解、共同成长的课堂。
本届运动会设置了盲人门球、地板冰壶、两人三足、障碍接力等14个项目，多数项目由残疾学生与普通学生组队参赛。培智部学生小宇和实验小学的搭档配合默契，获得两人三足第一名。
据了解，学校自2014年起连续举办融合运动会，已累计吸引2000余名普通中小学生参与，成为我市推进融合教育的一张名片。
""",
    ),
    dict(
        slug="hospital-luyang-emergency-centre-training-notice",
        site="麓阳市急救中心 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.ly120.example.org.cn/tzgg/20250512/761.html",
        title="关于开展“急救知识进社区”公益培训的通知",
        record_title="关于开展“急救知识进社区”公益培训的通知 - 麓阳市急救中心",
        date="2025-05-12",
        notes="an emergency-dispatch centre: the notice itself names 120, a sign-up phone and e-mail and tells readers to 扫码报名; the site's own hotline, a 'save the number' banner, a 急救小知识 list and a footer around it",
        page="""
!m 麓阳市急救中心 | 生命至上　分秒必争
!m 首页 › 通知公告
!t 关于开展“急救知识进社区”公益培训的通知 - 麓阳市急救中心
!m 2025-05-12　｜　培训科　｜　浏览 1,452
{BODY}
!w 急救咨询请拨：0745-2120120（非紧急事务）
!l 急救小知识
!l · 遇到有人溺水该怎么办？
!l · 家庭急救箱里应该备些什么
!l · 中暑后的正确处理方法
!a 一键保存急救电话到通讯录
!m 麓阳市急救中心版权所有　湘ICP备16008821号
""",
        body="""
各街道办事处、社区居委会，各有关单位：
为普及心肺复苏、气道异物梗阻急救等基本技能，提高市民自救互救能力，市急救中心决定于2025年5月至10月在全市开展“急救知识进社区”公益培训活动。现将有关事项通知如下。
一、培训内容
（一）心肺复苏术及自动体外除颤器（AED）使用；
（二）气道异物梗阻的识别与海姆立克急救法；
（三）创伤止血、包扎和骨折固定；
（四）如何正确拨打120急救电话。
二、培训安排
培训由我中心培训科组织实施，每场培训3小时，每场不超过40人。各社区可根据居民需求预约培训时间，培训免费，并为考核合格的学员颁发初级救护员证书。
三、报名方式
请各社区于每月20日前将下月培训需求报送市急救中心培训科，联系电话：0745-2286120，邮箱：pxk@ly120.example.org.cn。居民个人也可扫描社区公告栏上的二维码报名。
麓阳市急救中心
2025年5月12日
""",
    ),
    dict(
        slug="dangjian-bicen-guangongwei-summary-table-layout",
        site="碧岑县关心下一代工作委员会 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.bcggw.example.org/news.asp?id=918",
        title="碧岑县关工委2024年工作总结",
        record_date="2025-01-20",
        date="2025-01-20",
        notes="old table layout of a 关工委 site: a marquee, a left menu, a 'visits' counter, the body in a <td> with <br> lines; the summary's numbered lists; footer with a copyright and a visitor count",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>碧岑县关心下一代工作委员会-工作动态</title></head>
<body leftmargin="0" topmargin="0">
<table width="960" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" height="110" background="img/banner.jpg"><font face="隶书" size="6" color="#C00000">⟦m 碧岑县关心下一代工作委员会⟧</font></td></tr>
<tr><td colspan="2" bgcolor="#C00000"><marquee scrollamount="3"><font color="#FFFF00">⟦m 热烈庆祝碧岑县关工委成立三十周年！⟧</font></marquee></td></tr>
<tr><td width="200" valign="top" bgcolor="#FFF5E6">
<table width="100%"><tr><td>⟦m 本站导航⟧</td></tr><tr><td>⟦m 关工概况⟧</td></tr><tr><td>⟦m 工作动态⟧</td></tr><tr><td>⟦m 五老风采⟧</td></tr><tr><td>⟦m 家教园地⟧</td></tr><tr><td>⟦m 联系我们⟧</td></tr></table>
</td>
<td width="760" valign="top">
<table width="95%" align="center"><tr><td>⟦m 您现在的位置：首页→工作动态⟧</td></tr>
<tr><td align="center"><b><font size="4">{T}</font></b></td></tr>
<tr><td align="center"><font color="#888888">⟦m 文章来源：县关工委办公室　更新时间：2025-1-20　本文已被浏览 266 次⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇】县关工委召开五老报告团座谈会⟧　⟦l 【下一篇】寒假青少年安全教育提示⟧</td></tr></table>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#EEEEEE">⟦d 版权所有：碧岑县关心下一代工作委员会　Copyright 2008-2025⟧<br>⟦m 您是本站第 0218834 位访客⟧</td></tr>
</table></body></html>
""",
        p_html="{}<br><br>",
        body="""
2024年，县关工委在县委的坚强领导下，紧紧围绕立德树人根本任务，充分发挥“五老”优势，扎实开展关心下一代各项工作，取得了新的成效。
一、加强思想政治引领
组建“五老”宣讲团12支，深入全县中小学开展“传承红色基因·争做时代新人”宣讲活动146场，受众3.8万人次。组织青少年参观县革命历史纪念馆、烈士陵园等教育基地，开展清明祭英烈、国庆升国旗等主题活动。
二、关爱帮扶困难青少年
全县“五老”与427名留守儿童、困境儿童结成帮扶对子，开展“五老”陪伴、课业辅导、心理疏导等活动。争取社会爱心资金36.5万元，资助困难学生302名。
三、加强家庭教育指导
在乡镇、社区建成家长学校98所，举办家庭教育讲座210场，评选“最美家庭”“优秀家长”各30户（名）。
四、推进基层组织建设
全县15个乡镇、168个村（社区）、62所中小学全部建立关工委组织，做到有机构、有人员、有阵地、有活动、有制度。
2025年，县关工委将继续坚持党建带关建，不断创新工作方式，推动关心下一代工作再上新台阶。
""",
    ),
]
