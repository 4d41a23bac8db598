"""holdout210, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="yantian-speech-oil-heater-town-meeting",
        site="砚田范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantianfw.com/jianghua/anquan/2024/12031876.html",
        title="在苢城镇冬季油汀等电取暖器具安全使用工作会议上的讲话",
        record_title="【冬防讲话·范例】在苢城镇冬季油汀等电取暖器具安全使用工作会议上的讲话（套改即用）_砚田范文苑",
        date="2024-11-26",
        date_also=["2024-12-03"],
        notes="old table layout with marquee, a body-size row, floating ghost-writer QQ box, hot list and visitor counter; "
        "date under the speech title, the site's update date also accepted; speaker line neutral; "
        "a ghost-writer prompt glued after a sentence",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【冬防讲话·范例】在苢城镇冬季油汀等电取暖器具安全使用工作会议上的讲话（套改即用）_砚田范文苑</title>
<meta name="keywords" content="油汀,电取暖,冬季安全,讲话稿">
<link href="/css/yt_main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ytfloat.js"></script>
<script>var yt_hits_id = 12031876; document.write('<img src="/count.asp?id=' + yt_hits_id + '">');</script>
</head>
<body bgcolor="#f3efe6" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="70" background="/img/yt_top.gif"><font size="5" color="#7a2a12">⟦m 砚田范文苑⟧</font> <font color="#555">⟦m 一方砚田，万篇公文⟧</font></td>
<td align="right">⟦a <a href="/user/login.asp">会员登入</a> | <a href="/user/reg.asp">新用户开户</a> | <a href="javascript:window.external.addFavorite('http://www.yantianfw.com','砚田范文苑')">把砚田放进收藏夹</a>⟧</td></tr>
<tr><td colspan="2" bgcolor="#7a2a12"><a href="/">⟦m 首页⟧</a> <a href="/jianghua/">⟦m 讲话稿⟧</a> <a href="/zongjie/">⟦m 总结⟧</a> <a href="/fangan/">⟦m 方案⟧</a> <a href="/xinde/">⟦m 心得⟧</a> <a href="/gongwen/">⟦m 公文⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦a 砚田新春特惠：年卡会员限时七折，整站范文不限量下载⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：砚田范文苑 ＞＞ 讲话稿 ＞＞ 安全生产讲话 ＞＞ 阅读正文⟧</div>
<h1 align="center">{T}</h1>
<div align="center"><font color="#888">⟦m 更新：2024-12-03　录入：砚田编辑部　人气：<script src="/hits.asp?id=12031876"></script>2094⟧</font></div>
<div align="center">⟦a 〖正文字号：放大｜还原｜缩小〗⟧ ⟦a 〖底色：护眼绿｜宣纸黄〗⟧</div>
<div align="center">（2024年11月26日）</div>
<div align="center">苢城镇人民政府镇长　韦书亭</div>
<div class="content" style="font-size:15px;line-height:30px">
{BODY}
</div>
<div align="center"><a href="/down.asp?id=12031876">⟦a ☞ 下载这篇讲话的Word原稿（需会员）⟧</a></div>
<table width="100%"><tr><td>⟦l 【上一篇】在全镇秋冬季森林防火工作会议上的讲话⟧</td></tr><tr><td>⟦l 【下一篇】镇长在冬季安全生产大检查部署会上的讲话提纲⟧</td></tr></table>
</td>
<td width="260" valign="top" bgcolor="#faf6ec">
<table width="100%"><tr><td><b>⟦l 砚田本周热读⟧</b></td></tr>
<tr><td>⟦l ◇ 冬季用电安全宣传讲话（三篇合集）⟧</td></tr>
<tr><td>⟦l ◇ 在全县安全生产百日攻坚动员会上的讲话⟧</td></tr>
<tr><td>⟦l ◇ 乡镇冬季防火工作汇报材料⟧</td></tr></table>
</td></tr></table>
<div id="ytqq" style="position:fixed;right:8px;top:240px;width:120px;border:1px solid #c9a;background:#fff">⟦w 砚田代笔 · 讲话材料加急定制⟧<br>⟦w 客服QQ：2875501463⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦d 本苑文章多由会员投稿或网络收集，仅供写作参考，转载请注明出处，侵权即删。⟧<br>
⟦m 您是本苑第 00318472 位访客⟧<br>
⟦m Copyright 2009-2024 yantianfw.com 砚田范文苑 湘ICP备09118723号⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
入冬以来，全镇气温持续走低，群众取暖用电明显增多。据镇供电所统计，十一月以来全镇居民用电负荷同比上升近三成，其中油汀、电暖器等取暖器具占了相当比重。今天召开这个会，就是要把冬季电取暖安全这件事抓早、抓细、抓实。
一、要把隐患摸清。各村（社区）要组织网格员逐户走访，重点看老人家、出租屋和小作坊，看油汀是否紧挨床铺摆放、是否用来烘烤衣物、是否与其他大功率电器共用一个插座。⟦w 讲话稿写不顺？砚田写手一对一代笔，QQ 2875501463⟧发现问题要当场讲清、当场整改。
二、要把宣传做足。镇里已印制《油汀安全使用十问》明白纸五千份，各村要利用赶集日和村民会逐条讲解，让群众听得懂、记得住、做得到。
三、要把责任压实。镇安办牵头，市场监管所、派出所、供电所配合，对辖区销售油汀的门店开展一次联合检查，发现“三无”产品一律下架。
同志们，冬季安全无小事。希望大家以对群众高度负责的态度，把各项措施落到每家每户，确保全镇平安温暖过冬！
""",
    ),
    dict(
        slug="biyun-insight-night-light-volunteers",
        site="笔韵范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.biyunfw.cn/xinde/zhiyuan/77410.html",
        title="参加“一盏小夜灯”关爱空巢老人志愿服务活动心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line, once with a column tag; a writing-service prompt glued after a "
        "sentence and a further-reading line between paragraphs; a collection stamp and a relative update time (no date)",
        page="""
!m 笔韵范文库 · 让每一篇材料都有章法
!m 当前栏目：首页 ＞ 心得体会 ＞ 志愿服务心得
!t 〔志愿心得·编辑推荐〕参加“一盏小夜灯”关爱空巢老人志愿服务活动心得体会
{T}
!m 收录编号：BY-77410　　更新于 3 天前　　阅读 1387
!a ［复制本文］　［存为Word］　［加入我的素材夹］
{BODY}
!a 本篇共1026字，开通笔韵月卡后可整篇复制，不再显示水印。
!l 同类心得推荐
!l 社区助老志愿服务心得体会（通用4篇）
!l 团员青年参加社区服务的收获与感悟
!l 敬老院献爱心活动心得体会范文
!d 笔韵范文库内容由作者投稿，版权归原作者所有；如需转载，请与本站编辑联系。
!m biyunfw.cn　笔韵范文库　苏ICP备20081635号-3
""",
        indent="\u3000\u3000",
        body="""
今年十月，我报名参加了单位团支部组织的“一盏小夜灯”志愿服务活动，和队友们一起走进鹴桥社区，为二十三户空巢老人安装感应小夜灯。活动只有短短两个周末，却让我对“为民服务”这四个字有了新的理解。
一是小事情里有大民生。很多老人晚上起夜要摸黑走到卫生间，有的还摔过跤。⟦w 心得写不出深度？笔韵写作顾问在线改稿，微信 biyun_xz66⟧一盏不到三十元的小夜灯，装在床头到走廊的墙角，人一走过就亮，老人们说“心里踏实多了”。
二是服务要细到每一个插座。安装前，我们先查看老人家里的插座位置和线路，有一户的插座已经发黑松动，我们当场请社区电工更换，避免了小夜灯常年通电带来的隐患。
三是陪伴比物件更重要。装灯只要十分钟，可老人们拉着我们聊家常，常常一聊就是一个小时。我体会到，志愿服务不仅是送东西，更是送关心。
⟦l 延伸阅读：青年志愿者进社区服务心得合集（12篇）＞＞⟧
今后，我将继续参加社区志愿服务，把这盏小夜灯的温暖传递下去。
""",
    ),
    dict(
        slug="zhiyuan-research-car-wash-points-markers",
        site="知渊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyuanwenku.com/p-30881742.html",
        title="关于城区自助洗车点运营及用水情况的调研报告",
        record_title="关于城区自助洗车点运营及用水情况的调研报告（全文版）- 知渊文库·行业报告",
        date="2024-09-20",
        notes="文库 reader: page-marker paragraphs ☍ n ☍ cut sentences; a data table one row a paragraph; viewer toolbar, "
        "coin paywall, upload stamp (no date); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于城区自助洗车点运营及用水情况的调研报告（全文版）- 知渊文库·行业报告</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.zhiyuanwenku.com/reader/v5/reader.css">
<script src="https://static.zhiyuanwenku.com/reader/v5/reader.min.js" defer></script>
<script>window.__ZY_DOC__ = {id: 30881742, pages: 5, free: 2};</script>
</head><body>
<header class="zy-top">
<a class="zy-logo" href="/">⟦m 知渊文库⟧</a><span class="zy-slogan">⟦m 知识有渊，文档有源⟧</span>
<form class="zy-search"><input placeholder="搜索文档、标题、作者"><button>⟦a 找文档⟧</button></form>
<a class="zy-vip" href="/vip">⟦a 开通渊卡 每日免费下5篇⟧</a> <a href="/login">⟦a 登录或注册⟧</a>
</header>
<nav class="zy-crumb">⟦m 知渊文库 / 行业资料 / 水务环保 / 调研报告⟧</nav>
<main class="zy-main">
<div class="zy-docinfo">
<h1>{T}</h1>
<p>⟦m 上传者：渊友_lq0917 ｜ 上传时间：2024-10-08 ｜ 共5页 ｜ 约2,460字 ｜ 1.6万次浏览⟧</p>
<p>⟦m 评分 4.6（128人评价）⟧</p>
</div>
<div class="zy-toolbar">⟦a 放大 缩小 适合宽度 全屏阅读⟧</div>
<div class="zy-reader">
{BODY}
</div>
<div class="zy-paywall">⟦a 试读已到第2页，剩余3页需支付12渊币后继续阅读⟧ <button>⟦a 付费读全文⟧</button> <button>⟦a 下载原文档⟧</button></div>
<div class="zy-actions">⟦a 收藏 ｜ 分享 ｜ 举报⟧</div>
<section class="zy-related"><h3>⟦l 读了这篇的人还在看⟧</h3><ul>
<li>⟦l 洗车行业节水管理现状与对策研究⟧</li>
<li>⟦l 城市洗车场所污水排放调查报告⟧</li>
<li>⟦l 机动车清洗站设置规范（征求意见稿）⟧</li></ul></section>
</main>
<aside class="zy-side"><h3>⟦l 本周上升最快⟧</h3><ol><li>⟦l 节水型城市创建工作方案⟧</li><li>⟦l 供水企业年度运营分析报告⟧</li></ol></aside>
<footer class="zy-foot">
<p>⟦d 知渊文库所有文档均由用户上传，知渊仅提供信息存储空间，若有侵权，请通过页面下方“权利声明”通道提交材料。⟧</p>
<p>⟦m © 2018-2024 zhiyuanwenku.com　浙ICP备18069921号-2　浙公网安备33010602018842号⟧</p>
</footer>
</body></html>
""",
        p_html='<p class="zy-line">{}</p>',
        pages=dict(fmt="☍ {n} ☍", every=120, start=2),
        body="""
为掌握城区自助洗车点的运营和用水状况，市节约用水办公室会同市水务集团，于今年八月对城区38个自助洗车点进行了实地调研，现将有关情况报告如下。
一、基本情况
城区现有自助洗车点38个，共配置高压洗车机112台，其中扫码付费机型87台、投币机型25台。分片区情况如下：
片区　洗车点（个）　洗车机（台）　日均洗车（辆次）
老城片区　14　39　620
新城片区　17　53　910
开发区　7　20　260
二、存在的问题
一是循环水设施配置不足，仅有11个洗车点安装了沉淀循环设备，其余均为直排；二是部分洗车机喷枪压力偏高，单车用水量超出行业推荐值；三是个别洗车点夜间营业，噪声扰民投诉较多。
三、几点建议
建议将自助洗车点纳入计划用水管理，新设站点必须配套循环水设施，并对现有洗车机分批加装节水喷嘴。
泚水市节约用水办公室
2024年9月20日
""",
    ),
    dict(
        slug="qingjian-plan-power-strip-trade-in-wrapped",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.qingjian-doc.com/view/8a13f0c2e7.html",
        title="农村家庭老旧接线板以旧换新惠民行动实施方案",
        record_title="农村家庭老旧接线板以旧换新惠民行动实施方案（终稿）.pdf",
        date="2024-10-15",
        notes="file-name record title with a draft tag; PDF text hard-wrapped at 62 columns and cut by ⧓n⧓ glued to the "
        "continuation line; free-preview limit and upload notice; 成文日期 under a joint signature",
        page="""
!m 青简文库　|　资料千万份，一搜就能看
!m 首页 / 政务公文 / 方案计划
!t 农村家庭老旧接线板以旧换新惠民行动实施方案（终稿）.pdf
!m 文档页数：3页　　文件大小：186.4KB　　上传于 2 天前　　下载券：4
!a 全屏查看　　　转为Word　　　加入文件夹
{BODY}
!a 免费预览已结束，余下内容需用4张下载券兑换后阅读
!a 兑换并下载　　|　　开通简卡免券下载
!d 本文档由青简用户上传并发布，青简文库仅提供存储服务；文档版权如有争议，请联系 copyright@qingjian-doc.com 处理。
!l 你可能喜欢：以旧换新家电补贴政策解读.pdf｜农村用电安全宣传提纲.docx
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⧓{n}⧓", every=130, start=2, glue=True),
        body="""
为消除农村家庭用电安全隐患，带动家电家居消费更新，县商务局、县市场监管局决定在全县开展老旧接线板以旧换新惠民行动，特制定本方案。
一、活动时间
2024年11月1日至2025年1月31日。
二、参与方式
农村居民可携带破损、老化或无3C认证标志的旧接线板，到全县31家指定门店以旧换新，每户限换两个，每个补贴15元，差价由居民自付。
三、工作要求
（一）各乡镇要通过村村响广播、村民微信群等渠道广泛宣传，确保政策家喻户晓。
（二）指定门店要建立回收台账，回收的旧接线板统一交由再生资源企业处置，不得二次销售。
（三）县市场监管局要加强对指定门店所售接线板的质量抽查，严防以次充好、虚标功率。
匏川县商务局　匏川县市场监督管理局
2024年10月15日
""",
    ),
    dict(
        slug="guiyang-portal-notice-night-lights-elders",
        site="圭阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.guiyang-xian.gov.cn/zwgk/bmwj/mzj/202501/t20250110_4471.html",
        title="关于为全县独居和留守老人免费安装感应小夜灯的通知",
        record_title="关于为全县独居和留守老人免费安装感应小夜灯的通知 ‖ 民政动态 · 圭阳县人民政府",
        date="2025-01-07",
        date_also=["2025-01-10"],
        notes="county portal: large-print/voice/traditional links, 索引号 table (the 文号 cell unmarked), the document's own "
        "联系人/电话 next to the portal's 纠错 line and 12345 hotline; 附件 list; 成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于为全县独居和留守老人免费安装感应小夜灯的通知 ‖ 民政动态 · 圭阳县人民政府</title>
<meta name="SiteName" content="圭阳县人民政府"><meta name="ColumnName" content="部门文件">
<link rel="stylesheet" href="/static/gy/css/article.css">
<script src="/static/gy/js/jquery.min.js"></script>
<script>var _gyStat = {site: "gy-gov", col: "bmwj"};</script>
</head><body>
<div class="gy-topbar"><span>⟦m 今天是 星期五　圭阳县人民政府欢迎您⟧</span>
<a href="javascript:;">⟦a 大字关怀版⟧</a> <a href="javascript:;">⟦a 语音辅读⟧</a> <a href="javascript:;">⟦a 简/繁切换⟧</a></div>
<div class="gy-banner"><h2>⟦m 圭阳县人民政府⟧</h2><p>⟦m 山水圭阳　康养福地⟧</p></div>
<ul class="gy-nav"><li>⟦m 首页⟧</li><li>⟦m 走进圭阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gy-crumb">⟦m 您所在的位置：首页 » 政务公开 » 部门文件 » 县民政局⟧</div>
<table class="gy-index">
<tr><td>⟦m 索引号：11431126MB1537204P/2025-00031⟧</td><td>⟦m 主题分类：民政、扶贫、救灾⟧</td></tr>
<tr><td>⟦m 发布机构：圭阳县民政局⟧</td><td>⟦m 发布日期：2025-01-10⟧</td></tr>
<tr><td>圭民发〔2025〕3号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="gy-article">
<h1>{T}</h1>
<div class="gy-info">⟦m 来源：县民政局　　点击数：1,872⟧　⟦a 【打印正文】⟧ ⟦a 【关闭本页】⟧</div>
<div class="gy-text">
{BODY}
</div>
<div class="gy-files"><p>⟦a 附件下载：圭阳县感应小夜灯安装对象名单汇总表.xls⟧</p></div>
<div class="gy-share">⟦l 分享到：微信　微博　QQ空间⟧</div>
</div>
<div class="gy-related"><h4>⟦l 本栏目其他文件⟧</h4><ul>
<li>⟦l 圭阳县2025年度特困人员供养标准调整的通知⟧</li>
<li>⟦l 关于开展养老机构冬季消防安全检查的通知⟧</li></ul></div>
<div class="gy-footer">
<p>⟦w 网站内容如有差错，请致电纠错中心 0736-5820099 或在线留言⟧</p>
<p>⟦m 政务服务便民热线：12345⟧</p>
<p>⟦m 主办单位：圭阳县人民政府办公室　网站标识码：4307260018⟧</p>
<p>⟦m 湘ICP备05019834号　湘公网安备43072602000137号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为减少老年人夜间起身跌倒事故，经县人民政府同意，县民政局决定为全县独居和留守老人免费安装感应小夜灯。现将有关事项通知如下。
一、安装对象。户籍在本县、年满70周岁的独居老人和子女长期在外的留守老人，约3600户。
二、安装标准。每户安装感应小夜灯2至3盏，分别装在卧室床头、过道和卫生间门口，由中标企业统一配送、上门安装。
三、时间安排。1月20日前各乡镇报送名单，2月底前完成安装，3月上旬县民政局组织抽查回访。
四、有关要求。各乡镇要指定专人负责，安装时同步检查老人家中插座和线路，发现隐患及时登记报告。
联系人：县民政局养老服务股　覃芳菲，电话：0736-5821347
附件：1．圭阳县感应小夜灯安装对象名单汇总表
2．感应小夜灯入户安装回访记录表
圭阳县民政局
2025年1月7日
""",
    ),
    dict(
        slug="cishui-portal-bulletin-car-wash-hydrants",
        site="泚水市城市管理局网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://cgj.cishui.gov.cn/tzgg/202503/t20250317_88214.html",
        title="关于部分洗车场所违规取用市政消火栓用水问题的通报",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="title as in the record; portal chrome around a 通报 with 抄送 and 印发 lines; the 文号 line neutral; "
        "成文日期 differs from the portal's 发布日期",
        page="""
!m 泚水市城市管理局　　网站首页｜机构职能｜通知公告｜执法公示｜互动回应
!a 无障碍阅读　　关怀版
!m 位置：首页 → 通知公告 → 正文
{T}
!m 发布日期：2025-03-17　　信息来源：执法监督科　　访问量：1,204
!a 【字号：加大 默认 减小】　【打印】　【关闭】
泚城管通〔2025〕7号
{BODY}
!l 上一条：关于开展城区户外广告设施安全排查的通知
!l 下一条：泚水市城市管理局2025年普法责任清单
!m 主办：泚水市城市管理局　地址：泚水市滨河东路188号　邮编：415200
!m 政风行风监督电话：0736-7223150　　网站标识码：4307810027
!m 湘ICP备12006871号-4
""",
        body="""
各区城市管理局，市城管执法支队：
近期，市城管执法支队在夜间巡查中发现，部分洗车场所为节省水费，私自连接市政消火栓为高压洗车机供水，既造成公共供水损失，又影响消防用水安全。经查，共有6家洗车场所存在上述问题，现将有关情况通报如下。
一、基本情况。东湖区“亮途洗车行”等4家场所使用自制接头连接路边消火栓；新港区2家场所在消火栓旁私设储水桶，为洗车机蓄水。
二、处理情况。对6家场所已依法立案查处，责令拆除私接设施，并移交供水企业追缴水费。
三、工作要求。各区要于本月底前对辖区洗车场所开展一次全面排查，推动洗车机配套循环水设施，对屡查屡犯的依法从严处理。
泚水市城市管理局
2025年3月14日
抄送：市水务局，市消防救援支队。
泚水市城市管理局办公室　　2025年3月14日印发
""",
    ),
    dict(
        slug="chankou-news-curtain-rod-smart-line",
        site="瀍口网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chankou.net.cn/jingji/2024-09/18/content_9310245.htm",
        title="芣原区首条窗帘杆智能生产线投产",
        record_title="芣原区首条窗帘杆智能生产线投产｜产经 - 瀍口网",
        record_date="2024-09-18",
        date="2024-09-18",
        notes="news page: an app prompt glued before the lead's first words, a photo caption between paragraphs, an "
        "editor/reviewer line glued after the last sentence; listen button, ad slot, 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>芣原区首条窗帘杆智能生产线投产｜产经 - 瀍口网</title>
<meta name="description" content="全区首条窗帘杆智能生产线正式投入运行">
<link rel="stylesheet" href="/res/ck/news2024.css">
<script async src="/res/ck/adslot.js"></script>
</head><body>
<header class="ck-head"><a href="/">⟦m 瀍口网⟧</a> <span>⟦m 瀍口市委宣传部主管　瀍口日报社主办⟧</span>
<nav>⟦m 首页⟧ ⟦m 时政⟧ ⟦m 产经⟧ ⟦m 民生⟧ ⟦m 区县⟧ ⟦m 视听⟧</nav></header>
<div class="ck-ad">⟦a 广告｜瀍口家居博览会10月开幕，扫码领免费门票⟧</div>
<div class="ck-path">⟦m 瀍口网 > 产经 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="ck-byline">⟦m 2024-09-18 11:26　来源：瀍口日报　记者：黎晓航⟧</div>
<div class="ck-tools"><a>⟦a 🔊 听新闻⟧</a> <a>⟦a A+ 放大⟧</a> <a>⟦a A- 缩小⟧</a></div>
<div class="ck-body">
{BODY}
</div>
<div class="ck-share">⟦l 分享到：朋友圈　微博　抖音⟧</div>
</article>
<aside class="ck-hot"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 瀍口至芣原快速路主线贯通⟧</li>
<li>⟦l 篑山镇家居配件产业园二期开工⟧</li>
<li>⟦l 全市规上工业增加值同比增长6.8%⟧</li></ol></aside>
<footer class="ck-foot">
<p>⟦d 凡本网注明“来源：瀍口日报”的作品，版权均属瀍口日报社，未经授权不得转载。⟧</p>
<p>⟦m 新闻热线：0737-2216110　违法和不良信息举报：0737-2216119⟧</p>
<p>⟦m 互联网新闻信息服务许可证编号：43120230011　湘ICP备13004472号⟧</p>
</footer>
</body></html>
""",
        body="""
⟦a 打开瀍口新闻App，本地快讯抢先看⟧9月18日上午，位于芣原区篑山镇的鑫穗家居配件有限公司举行投产仪式，全区首条窗帘杆智能生产线正式投入运行。
据介绍，这条生产线从铝材切割、表面喷涂到打孔包装全部实现自动化，每天可生产各类窗帘杆1.2万根，效率比原来的半手工生产提高了近三倍。
⟦m 图为工人在新生产线旁检查窗帘杆喷涂质量。记者 黎晓航 摄⟧
“过去打孔全靠老师傅凭手感，现在机器定位，误差不超过半毫米。”公司负责人邝志远说，新产品还将在杆体上标注最大承重，方便消费者选购和安装。
近年来，篑山镇依托家居配件产业集群，引进上下游企业40余家，年产值突破18亿元。下一步，芣原区将继续支持企业技术改造，推动传统产业向智能制造转型。⟦m （责任编辑：苏晴　审核：廖远）⟧
""",
    ),
    dict(
        slug="cishui-daily-news-oil-heater-sales",
        site="泚水日报·掌上泚水 (invented news app web page)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.cishuidaily.cn/news/202412/02/c668120.html",
        title="寒潮来袭油汀走俏 消防部门提醒别在油汀上烘衣物",
        record_title="寒潮来袭油汀走俏 消防部门提醒别在油汀上烘衣物 ▏泚水日报·掌上泚水",
        date="2024-12-02",
        notes="news-app page: the byline's time as the page's date; a related-reading line between paragraphs; a "
        "forward button glued after a sentence; a 'report an error' line and comment box",
        page="""
!m 掌上泚水　泚水日报社出品
!a 下载掌上泚水，看泚水新鲜事
!m 新闻 ▸ 本地 ▸ 民生
{T}
!m 泚水日报　2024-12-02 07:45　阅读 3.6万
!a 字号　小　中　大
{BODY}
!m 记者：伍嘉禾　编辑：龙小满　校对：孙沁
!w 看到错别字？点此纠错，热线0736-7100366
!l 网友评论（27）　我来说两句
!l 泚水人家：家里老人就爱把袜子搭在上面，回去得说说
!l 阿岚：油汀冬天真好用，就是电费有点吓人
!d 本稿件版权归泚水日报社所有，转载请注明来源。
""",
        indent="",
        body="""
本报讯（记者 伍嘉禾）受强冷空气影响，近日我市气温骤降。记者走访城区多家家电卖场发现，油汀取暖器销量明显上升，部分热门型号一度断货。
在中山路一家家电商场，店员介绍，油汀升温虽慢但散热均匀、不耗氧，很受家里有老人和小孩的顾客欢迎，“这一周卖出去的比整个十一月还多”。
⟦l 相关阅读：气温断崖式下跌 我市启动寒潮蓝色预警应急响应⟧
随着油汀走进千家万户，安全问题也不容忽视。市消防救援支队提醒，油汀表面温度较高，切勿在上面覆盖或烘烤衣物、毛巾；不要与其他大功率电器共用一个接线板。⟦a 转发给爸妈看看⟧使用时应与床铺、窗帘等可燃物保持一米以上距离，外出和睡前最好关闭电源。
消防部门同时提醒，油汀如出现漏油、异响或外壳变形，应立即停止使用，并送专业维修点检修。
""",
    ),
    dict(
        slug="sutang-forum-car-washer-half-year-jammer",
        site="鹔塘车友之家 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.sutangcheyou.com/thread-402187-1-1.html",
        title="家用高压洗车机用了半年，说说几个坑",
        record_title="[用车心得] 家用高压洗车机用了半年，说说几个坑 - 洗车养护 - 鹔塘车友之家",
        date=None,
        notes="Discuz page with jammer-font junk inside the post; rating row, medal, signature, reply box; "
        "发表于 3 天前 and the footer's server time are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[用车心得] 家用高压洗车机用了半年，说说几个坑 - 洗车养护 - 鹔塘车友之家</title>
<style>.jammer{color:#fff;font-size:0px}.pls{width:160px}</style>
<script src="static/js/common.js?Z7q"></script>
</head><body>
<div id="toptb">⟦m 鹔塘车友之家⟧ <a>⟦a 设为首页⟧</a> <a>⟦a 收藏本论坛⟧</a> <a>⟦a 切换到窄版⟧</a></div>
<div id="hd"><a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 鹔塘车友之家 › 车友论坛 › 洗车养护 › 查看帖子⟧</div>
<div class="ptm">⟦m 查看: 6120|回复: 43⟧</div>
<table id="pid1"><tr>
<td class="pls"><div>⟦m 老马识途2019⟧</div><p>⟦m 积分 3012 · 车龄8年 · 爱车：白色轿车⟧</p><p>⟦m 勋章：洗车达人⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 老马识途2019 发表于 3 天前 | 只看楼主 | 电梯直达⟧</div>
<div class="t_f" id="postmessage_1">
{BODY}
</div>
<div class="rate">⟦l 参与人数 5　威望 +6　车友币 +20　理由：实用经验 感谢分享⟧</div>
<div class="sign">⟦m 签名：手动洗车二十年，宁慢勿刮⟧</div>
<div class="po">⟦a 回复　支持(26)　反对(0)　举报⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 2# 阿九开车稳 · 3 天前⟧</p><p>⟦l 接线板那条太真实了，我也是拖了三个插座过去⟧</p></div>
<div id="f_pst">⟦a 登录后才能参与讨论 登录 | 注册新车友⟧</div>
<div id="ft">⟦m 鹔塘车友之家 ( 湘ICP备17009934号 )⟧ ⟦m GMT+8, 2025-5-12 21:07⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
去年双十一入手了一台家用高压洗车机，到现在用了差不多半年，每周洗一次车，说说真实体验，给想买的车友参考。
第一，压力不是越大越好。商家页面写的最大压力很唬人，实际洗车用中档就够了，开太大反而容易把车漆边缘和密封条冲坏。
第二，进水要干净。我家用桶装水自吸，一开始没装过滤网，用了一个月泵就吸进了沙子，出水一阵一阵的，后来加了滤网才好。
第三，电源线太短。机器自带的线只有五米，我从阳台拉了个接线板下来，下雨天特别不放心，后来专门装了带漏电保护的户外插座。
第四，冬天用完一定要把管子里的水排干，不然结冰会把接头冻裂。
总的来说，几百块钱的机器够家用了，但别指望它像洗车店的大机器那么猛。
""",
    ),
    dict(
        slug="miaomiao-forum-baby-night-light-junk",
        site="苗苗妈妈社区 (invented parenting forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.miaomiaoma.com/t/5518830",
        title="给宝宝房间挑小夜灯，这几点是踩坑换来的",
        record_title="【好物分享】给宝宝房间挑小夜灯，这几点是踩坑换来的（附对比）- 宝宝用品 - 苗苗妈妈社区",
        date=None,
        notes="forum post with anti-scraping junk as lines and glued after 。; a numbered list; relative post time "
        "and a last-edit stamp are no dates; replies and a shop ad below",
        page="""
!m 苗苗妈妈社区　　首页｜孕期｜育儿｜宝宝用品｜同城
!m 宝宝用品 › 帖子详情
!t 【好物分享】给宝宝房间挑小夜灯，这几点是踩坑换来的（附对比）
!m 楼主：豆豆麻麻0823　　昨天 23:41　　浏览 2208　回复 58
!m 本帖最后由 豆豆麻麻0823 于 昨天 23:52 重新编辑
{BODY}
!a 赞(112)　收藏　分享到微信群
!l 沙发　小核桃妈：第三条太重要了，我家那个插头也是松的
!l 板凳　暖暖的夜：求链接！暖黄光三档的那款
!w 【广告】母婴灯具工厂直发，团购加V：mmjd_9921
!a 登录苗苗账号，参与话题讨论
!m 苗苗妈妈社区 版权所有　沪ICP备19052277号
""",
        junk=dict(lines=2, glued=3),
        body="""
宝宝三个月开始夜奶，我前前后后买了四盏小夜灯，踩了不少坑，整理一下给姐妹们参考。
1．亮度要能调。第一盏买的是固定亮度，晚上喂奶时觉得刺眼，宝宝一睁眼就醒了。后来换成可以三档调光的，最暗一档刚好能看清奶瓶刻度。
2．颜色选暖黄光。白光和蓝光看着清爽，但半夜开久了大人都睡不着，暖黄光柔和很多。
3．插电式要看插头。有一盏插在墙上的小夜灯插头很松，稍微碰一下就掉，后来翻说明书才发现没有3C认证，赶紧扔了。
4．充电款要看续航。充一次电能用五六个晚上的比较省心，别买那种天天要充的。
最后提醒一句，小夜灯别放在婴儿床里面或者宝宝够得着的地方，安全第一。
""",
    ),
]
