"""holdout278, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-handstove-heirs",
        site="墨耕文苑 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengwy.com/jianghua/wenhua/2025/0217/51736.html",
        title="在全县手炉制作技艺传承座谈会上的讲话",
        record_title="【讲话范本集萃】在全县手炉制作技艺传承座谈会上的讲话（附同题二篇）_墨耕文苑",
        date="2025-01-09",
        date_also=["2025-02-17"],
        notes="old table layout with a marquee, a font-size row, a floating ghost-writer QQ box and a counter; "
        "date in Chinese numerals under the speech title, the site's update date also accepted; speaker line neutral; "
        "a ghost-writer line glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话范本集萃】在全县手炉制作技艺传承座谈会上的讲话（附同题二篇）_墨耕文苑</title>
<script language="javascript" src="/js/ad_float.js"></script>
<style>td{font-size:12px}</style></head>
<body topmargin="0">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨耕文苑·公文笔记本⟧</td><td align="right">⟦a <a href="/reg.asp">注册会员</a> | <a href="/login.asp">会员登陆</a> | <a href="#" onclick="this.style.behavior='url(#default#homepage)'">设墨耕为主页</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 墨耕文苑喜迎十周年，全站讲话稿类目每日上新，欢迎投稿！⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m <a href="/">文苑首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">计划方案</a> | <a href="/xinde/">心得感悟</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您在这里：文苑首页 &gt;&gt; 讲话发言 &gt;&gt; 文化旅游讲话 &gt;&gt; 阅读正文⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 更新：2025-02-17　来源：会员投递　被翻阅：<span id="cnt">3217</span>回⟧</div>
<div align="center">⟦a 〖阅读字号〗 特大 | 常规 | 偏小⟧　⟦a 〖背景〗 米黄 | 豆绿 | 素白⟧</div>
<p align="center">（二〇二五年一月九日）</p>
<p align="center">县文化和旅游局局长　邵恒远</p>
<div id="wenzhang">
{BODY}
</div>
<div class="fenye">⟦l ◇前一篇：在全县非遗项目申报工作推进会上的讲话⟧<br>⟦l ◇后一篇：在老艺人春节慰问座谈会上的致辞⟧</div>
<div class="xgwz">⟦l 同类讲话稿：⟧<a>⟦l 在剪纸技艺传承人收徒仪式上的讲话⟧</a><a>⟦l 非遗工坊揭牌仪式致辞（精选三篇）⟧</a></div>
</td><td width="250" valign="top">
<div class="box"><b>⟦l 本月翻阅最多⟧</b><br><a>⟦l 1.文化馆馆长年终述职报告⟧</a><br><a>⟦l 2.非遗保护工作情况汇报⟧</a><br><a>⟦l 3.春节文艺汇演主持词两篇⟧</a></div>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:8px;top:220px">⟦w 讲话稿代拟、润色：QQ 2957730164（加好友注明“文苑”）⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 文苑所载稿件系会员投递，仅作写作参考，转载请注明出处。⟧<br>⟦m 墨耕文苑 mogengwy.com　湘ICP备17052946号　本站累计访问：<font color="red">8,816,204</font>⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天把全县十一位手炉老艺人和几家作坊的负责人请到一起，就是想商量一件事：燠城手炉这门手艺怎么传下去。刚才几位老师傅讲了心里话，我听了很受触动。下面我讲三点意见。
一是把家底摸清。燠城手炉从錾花、拍胎到焊盖，有二十多道工序，目前能独立做完全套工序的师傅只剩七位，平均年龄六十八岁。局里要在三月底前为每位师傅建好技艺档案，录像、录音、图样都要留存。⟦w 整篇讲话稿可代拟，微信 mogeng_wy88⟧
二是把徒弟带出来。县里对带徒满三年、徒弟能独立出活的师傅，按每人每年六千元给予传习补助；对招收学徒的作坊，在场地租金上给予减免。
三是把手炉用起来。鼓励作坊开发小尺寸、配电热内胆的新款式，进商场、进景区、进网店，让年轻人愿意把手炉捧在手里。
同志们，手炉暖的是手，传的是心。希望大家把这门手艺守住、传好，也让它在新的日子里继续热乎起来。
""",
    ),
    dict(
        slug="fanwen-xiaozhu-insight-grater-canteen",
        site="范文小筑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.fwxiaozhu.cn/xinde/anquan/20250611/8842.html",
        title="学校食堂帮厨岗位安全操作培训心得体会",
        record_title="学校食堂帮厨岗位安全操作培训心得体会（改几处就能交）- 范文小筑",
        date=None,
        notes="no date (an insight; only an add stamp and relative time on the page); a ghost-writer WeChat glued after a sentence; "
        "a member-unlock line of its own between paragraphs",
        page="""
!m 范文小筑 · 写材料不求人
!m 当前：小筑首页 / 心得体会 / 安全培训心得
!t 学校食堂帮厨岗位安全操作培训心得体会（改几处就能交）
!m 收录于 3 天前　　字数 约430　　热度 ★★★☆
!a 〔整篇复制〕　〔存为Word〕　〔放进收藏夹〕
{BODY}
!a 看完还想要？本站心得类范文会员畅享，开通仅需6元/月
!l 接着看：
!l 　· 食堂从业人员食品安全培训心得（精选4篇）
!l 　· 后勤员工消防演练心得体会
!d 本文由网友整理上传，观点不代表范文小筑，仅供写作时参考。
!m 范文小筑 fwxiaozhu.cn　蜀ICP备20031877号-3
""",
        indent="\u3000\u3000",
        body="""
上个月，学校后勤处组织食堂全体帮厨人员参加了为期两天的安全操作培训。我在食堂负责切配已经四年，原以为自己对刀具、擦菜板这些工具再熟悉不过，这次培训却让我重新认识了“熟手也会出事”的道理。
一是不能图快。擦土豆丝、萝卜丝时，最后剩下的一小截最容易擦到指尖。培训老师要求我们必须用护手器压住菜头，剩下的料头宁可切掉，也不再上板。⟦w 同款心得原稿可私人定制，加V：fwxz_0917⟧
⟦a 开通小筑超级会员，心得类范文不限次复制⟧
二是工具要勤查。擦菜板刀口松动、缺齿的，要马上停用并报告班长，不能凑合着用；每天收工后要刷净晾干，挂到指定位置。
三是要互相提醒。切配间人多、台面窄，递刀递板都要先出声，地面有水要及时拖干。
这次培训时间不长，收获却很实在。今后我要把学到的规范用到每天的操作中，也提醒身边的同事，一起把安全放在速度前面。
""",
    ),
    dict(
        slug="wenku-cangye-research-rattan-crates-html-marks",
        site="藏页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.cangyewk.com/view/7f31c0a9e2b4.html",
        title="关于昽溪县藤筐编织产业发展情况的调研报告",
        record_title="关于昽溪县藤筐编织产业发展情况的调研报告 - 藏页文库",
        date="2025-06-18",
        notes="文库 reader: page-marker paragraphs '⛒ n ⛒' cut sentences; data table one row a paragraph; "
        "a coin paywall and a monthly-card lock; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于昽溪县藤筐编织产业发展情况的调研报告 - 藏页文库</title>
<script src="https://static.cangyewk.com/reader/v4/reader.min.js"></script>
</head><body>
<header class="cy-head"><a class="logo">⟦m 藏页文库⟧</a><span class="slogan">⟦m 一页一页，藏好每份材料⟧</span><input placeholder="搜一搜文档"><a class="vip">⟦a 月卡会员 全库畅读⟧</a></header>
<div class="cy-crumb">⟦m 藏页文库 / 行业资料 / 农林牧渔 / 调研报告⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 分享者：lx_wan***　　6 页　　收录于 2025-07-02　　1.2万 人看过⟧</p>
<div class="doc-tools">⟦a 下载本文（18 藏币）⟧　⟦a 加入书架⟧　⟦a 纠错举报⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 本文后 2 页已锁定，开通月卡或支付 18 藏币即可继续阅读⟧<button>⟦a 立即解锁⟧</button></div>
<aside class="rel"><h4>⟦l 读过这篇的人也翻了⟧</h4><ul><li>⟦l 竹编产业发展调研与对策⟧</li><li>⟦l 县域特色手工业现状分析.pdf⟧</li></ul></aside>
<footer class="cy-foot">⟦d 藏页文库内容均由用户分享，平台不对其真实性负责；如侵犯您的权利，请通过“版权申诉”入口联系我们。⟧<br>⟦m © 2025 cangyewk.com　浙ICP备21066013号⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⛒ {n} ⛒", every=120, start=2),
        body="""
为摸清全县藤筐编织产业底数，县政协经济科技委员会于今年4月至5月走访了爟口、晙塘两个镇的9家藤编作坊和2家收购企业，并与部分编织户座谈。现将调研情况报告如下。
一、基本情况
全县现有藤编从业人员约1400人，年产各类藤筐42万只，主要销往周边果蔬批发市场和茶园。主要产品情况如下：
品种　年产量（万只）　平均售价（元）
果蔬周转筐　28.5　16
茶叶采摘筐　9.2　24
装饰收纳筐　4.3　58
二、存在的问题
一是原料依赖外购，藤条价格两年上涨约三成；二是从业人员老龄化，四十岁以下的不足一成；三是产品同质化严重，缺少自有品牌，利润大多被收购商拿走。
三、几点建议
建议县里设立藤编产业发展专项资金，在爟口镇建设藤条初加工中心，并与县职业中专合作开设藤编课程，培养年轻编织能手。
昽溪县政协经济科技委员会
2025年6月18日
""",
    ),
    dict(
        slug="wenku-jianyun-plan-sugar-figures-wrapped-glued-marks",
        site="笺云文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://jianyunwk.net/p/20250312/3317042.html",
        title="爟口镇中心小学“糖人进校园”非遗体验活动方案",
        record_title="爟口镇中心小学“糖人进校园”非遗体验活动方案.docx",
        date="2025-03-05",
        notes="file-name record title; text hard-wrapped at 62 columns; page markers '⯄n⯄' glued to the continuation line; "
        "成文日期 under the signature",
        page="""
!m 笺云文库 ▏资料随手查
!t 爟口镇中心小学“糖人进校园”非遗体验活动方案.docx
!m 格式：docx　页数：4　上传：2025-03-12　浏览：906
!a ▶ 全屏阅读　　▶ 下载（会员免费）　　▶ 收藏到笺云
{BODY}
!a ——— 试读到此为止，剩余 2 页请下载后阅读 ———
!a 下载需 6 积分　　签到送积分
!l 同分类文档：非遗剪纸进课堂实施方案　|　校园传统文化节活动方案
!d 本资料来自笺云用户分享，如涉侵权请发邮件至 kefu@jianyunwk.net 处理。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⯄{n}⯄", every=80, start=2, glue=True),
        body="""
为让学生近距离感受传统手艺，学校决定在本学期开展“糖人进校园”非遗体验活动，特制定本方案。
一、活动时间
2025年3月下旬至5月下旬，每周四下午第三节课。
二、活动内容
（一）看。邀请县级非遗传承人晏春生师傅来校现场吹糖人、画糖画，讲解熬糖、拉丝、吹塑的过程。
（二）学。各班推选6名学生组成兴趣小组，在师傅指导下学画简单的糖画图案，每人完成一件作品。
（三）展。5月下旬举办作品展，评出“小小糖艺师”10名。
三、安全要求
熬糖温度高，学生一律不得接触糖锅；体验时由班主任和一名家长志愿者在旁看护，现场配备烫伤药品。所用白糖、麦芽糖由学校统一采购，不得让学生自带。
四、经费保障
活动所需材料费、师傅课时费从学校公用经费中列支，预计8600元。
爟口镇中心小学
2025年3月5日
""",
    ),
    dict(
        slug="gov-minchuan-bulletin-grater-spotcheck",
        site="旻川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.minchuan.gov.cn/zwgk/bmwj/scjgj/202507/t20250716_912054.html",
        title="关于2025年第二季度厨房手工工具产品质量监督抽查情况的通报",
        record_title="关于2025年第二季度厨房手工工具产品质量监督抽查情况的通报｜质量抽查｜旻川县人民政府门户网站",
        date="2025-07-14",
        date_also=["2025-07-16"],
        notes="county portal: 长者模式/读屏 links, an index table (the 文号 cell unmarked), a 纠错 line beside the bureau's own contact; "
        "table of failed products; 成文日期 differs from the portal's posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于2025年第二季度厨房手工工具产品质量监督抽查情况的通报｜质量抽查｜旻川县人民政府门户网站</title>
<meta name="SiteName" content="旻川县人民政府门户网站">
<script src="/common/js/jquery-3.6.min.js"></script>
<script src="/common/js/aria-reader.js"></script>
</head><body>
<div class="topbar"><span>⟦m 旻川县人民政府门户网站⟧</span><a>⟦a 长者模式⟧</a><a>⟦a 读屏专用通道⟧</a><a>⟦a 繁體版⟧</a><a>⟦a 登录｜注册⟧</a></div>
<nav class="mainnav"><a>⟦m 首页⟧</a><a>⟦m 走进旻川⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 办事服务⟧</a><a>⟦m 互动交流⟧</a></nav>
<div class="location">⟦m 当前所在：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县市场监管局⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11430321MB1D73620Q/2025-01187⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发布机构：旻川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-07-16⟧</td></tr>
<tr><td>旻市监通〔2025〕17号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="tools">⟦a 〖放大字体〗〖还原〗〖缩小字体〗⟧　⟦a 〖打印本页〗〖关闭窗口〗⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 一键转发：微信　微博　QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县市场监管局开展儿童用品质量安全专项检查⟧</li><li>⟦l 2025年第一季度电动自行车产品抽查结果公告⟧</li></ul></div></div>
<footer><p>⟦m 主办：旻川县人民政府办公室　承办：旻川县数据服务中心⟧</p><p>⟦m 网站纠错：0736-5280000（工作日）⟧　⟦m 网站标识码4303210012⟧</p><p>⟦m 湘ICP备05008131号-1　湘公网安备43032102000215号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
为提升家用厨房工具产品质量，今年二季度，县市场监管局对全县生产、销售的擦菜板、刨丝器、削皮刀等产品开展了监督抽查，共抽查22家企业和商户的46批次产品，合格43批次，不合格3批次。不合格产品情况如下：
产品名称　被抽查单位　不合格项目
不锈钢擦菜板　旻川县鑫炊厨具店　刃口毛刺
三面刨丝器　旻川县和顺百货商行　刀片牢固度
塑料擦菜板　旻川县丰禾日杂批发部　跌落试验
对上述不合格产品，县市场监管局已责令相关单位停止销售、下架召回，并依法立案调查。请各乡镇配合做好后续处置工作，督促经营者严格落实进货查验制度。
联系人：范芸，联系电话：0736-5281409。
旻川县市场监督管理局
2025年7月14日
""",
    ),
    dict(
        slug="gov-jiaoyuan-notice-handstove-co-poisoning",
        site="曒原县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jiaoyuan.gov.cn/art/2024/12/3/art_1507_66120.html",
        title="关于冬季规范使用炭火手炉脚炉防范一氧化碳中毒的通知",
        record_title="【暖冬守护】关于冬季规范使用炭火手炉脚炉防范一氧化碳中毒的通知_应急管理_曒原县人民政府",
        date="2024-12-02",
        notes="text of a county portal page: a 文号 line neutral; 附件 list, 抄送 and 印发 lines kept; "
        "成文日期 in Chinese numerals; the page's view counter and portal footer as chrome",
        page="""
!m 曒原县人民政府　　　长者模式｜读屏｜English
!m 首页 ＞ 政务公开 ＞ 应急管理 ＞ 通知公告
!t 【暖冬守护】关于冬季规范使用炭火手炉脚炉防范一氧化碳中毒的通知
!m 来源：县应急管理局　　访问量：1174　　【字号：大 中 小】
曒应急〔2024〕31号
{BODY}
!a 【打印正文】　【关闭本窗】
!l 上一条：曒原县2024年冬春森林防火工作方案
!l 下一条：关于开展冬季燃气安全隐患排查的通知
!m 曒原县人民政府办公室主办　地址：曒原县政和路9号　邮编：416300
!m 赣ICP备09003127号　政府网站标识码3610250004
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直各有关单位：
入冬以来，我县部分农村老人仍有用炭火手炉、脚炉取暖的习惯，近期邻县已发生两起在密闭房间使用炭火手炉导致一氧化碳中毒的事故。为切实保障群众生命安全，现就有关事项通知如下：
一、各乡镇要组织村（社区）干部、网格员逐户走访独居、留守老人，讲清炭火手炉的使用风险，提醒使用时必须开窗通风，严禁将燃着的手炉、脚炉放进被窝。
二、各村要结合“敲门行动”，为使用炭火取暖的困难老人免费安装一氧化碳报警器，12月底前完成。
三、县卫健、消防等部门要在乡镇集市开展宣传，公布急救方法。
附件：1.炭火手炉安全使用提示
2.一氧化碳报警器安装情况统计表
曒原县应急管理局
二〇二四年十二月二日
抄送：县委办公室，县政府办公室，县卫生健康局。
曒原县应急管理局办公室　2024年12月2日印发
""",
    ),
    dict(
        slug="news-haoyang-temple-fair-sugar-figures-no-title",
        site="皞阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.haoyangnews.cn/bendi/2025-02/14/content_6617203.html",
        title="皞阳老街庙会上的糖人摊前排起长队",
        record_title=None,
        date="2025-02-14",
        notes="no title in the record (the page's <h1>); 发布时间 byline is the date; photo captions between paragraphs; "
        "an editor line glued after the last paragraph; an app prompt and a 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>皞阳新闻网——皞阳本地新闻</title>
<script>window.__AD_SLOT__ = "hy-top-banner";</script></head>
<body>
<div class="hy-top"><span>⟦m 皞阳新闻网 · 皞阳人自己的新闻网⟧</span><a>⟦a 下载“掌上皞阳”APP⟧</a><a>⟦a 听新闻⟧</a></div>
<div class="hy-nav"><a>⟦m 本地⟧</a><a>⟦m 民生⟧</a><a>⟦m 文旅⟧</a><a>⟦m 视频⟧</a><a>⟦m 专题⟧</a></div>
<div class="hy-crumb">⟦m 皞阳新闻网 » 本地 » 文旅看点⟧</div>
<article><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-02-14 08:32　来源：皞阳日报　记者 戚岚⟧</div>
<div class="ad">⟦m 【广告】皞阳老街元宵灯会门票线上预约中⟧</div>
<div class="content">
{BODY}
</div>
<div class="fx">⟦l 转给朋友：微信 / 朋友圈 / 微博⟧</div>
</article>
<aside><h3>⟦l 皞阳24小时⟧</h3><ol><li>⟦l 焯湖区三条背街小巷完成改造⟧</li><li>⟦l 元宵节期间市区公交延时运营⟧</li><li>⟦l 皞阳火车站春运返程客流创新高⟧</li></ol></aside>
<footer>⟦d 皞阳新闻网原创稿件，未经书面授权不得转载、摘编。⟧<br>⟦m 皞阳日报社主办　新闻热线：0739-6012345　互联网新闻信息服务许可证编号：43120240011⟧</footer>
</body></html>
""",
        body="""
春节假期刚过，皞阳老街庙会依旧人头攒动。在城隍庙前的空地上，一个糖人摊前排起了二十多米的长队。
摊主晏春生今年六十三岁，吹糖人已经四十多年。只见他从铜锅里揪出一小团熬好的糖稀，捏成空心小球，轻轻一吹，再捏、拉、掐，不到两分钟，一条昂首的小蛇就出现在竹签上。
⟦m 图为晏春生在庙会上吹制生肖蛇。　戚岚 摄⟧
“小时候跟着父亲挑糖担走街串巷，一担糖能换一家人的口粮。”晏春生说，这几年来买糖人的年轻父母越来越多，很多人是专门带孩子来看手艺的。
⟦m 图为排队购买糖人的市民。　戚岚 摄⟧
据了解，吹糖人技艺已列入皞阳市级非物质文化遗产名录。市文化馆今年还将组织传承人走进学校和社区，让更多孩子认识这门老手艺。⟦m （编辑：鲁小满　审核：韦钧）⟧
""",
    ),
    dict(
        slug="news-juyuan-rattan-crate-orders-record-date",
        site="泃源新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.juyuannews.com/xyjj/20251021/403915.shtml",
        title="泃源熜山镇：藤筐订单排到了年底",
        record_title="泃源熜山镇：藤筐订单排到了年底_乡镇产业_泃源新闻网",
        record_date="2025-10-21",
        date="2025-10-21",
        notes="record gives the date; site suffix with column; an app prompt glued before the lead; a photo caption between paragraphs; "
        "relative 'updated' stamp",
        page="""
!m 泃源新闻网　　泃源融媒体中心出品
!m 首页 > 县域经济 > 正文
!t 泃源熜山镇：藤筐订单排到了年底
!m 泃源融媒记者 齐晗　　2 小时前更新　　阅读 5.6万
{BODY}
!l 分享至：微信　朋友圈　QQ
!l 延伸阅读：熜山镇获评省级“一村一品”示范镇　|　泃源秋季农产品产销对接会签约1.2亿元
!d 本网稿件未经授权，禁止转载。
!m 泃源新闻网　违法和不良信息举报电话：0735-8311210
""",
        indent="\u3000\u3000",
        body="""
⟦a 打开“泃源融媒”客户端看更多本地资讯⟧金秋时节，走进泃源县熜山镇藤编产业园，几十名编织工正埋头赶制一批果蔬周转藤筐。“订单已经排到年底了，大家每天都要加班两个小时。”园区负责人韦二妹笑着说。
熜山镇种植白藤已有百余年历史。过去，藤筐多是农户自编自用，卖不上价钱。近年来，镇里引进两家加工企业，统一收购藤条、统一标准、统一销售，藤筐卖到了省内外十几个批发市场。
⟦m 图为编织工在赶制藤筐订单。　齐晗 摄⟧
今年前三季度，全镇藤筐产量达到36万只，产值1900多万元，带动400多户群众在家门口就业。下一步，熜山镇将建设藤条标准化种植基地，推动藤编产业向装饰、收纳等高附加值产品延伸。
""",
    ),
    dict(
        slug="forum-shijin-post-silk-fan-repair-jammer",
        site="拾锦手作论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.shijin-shouzuo.com/thread-40218-1-1.html",
        title="老团扇绢面发黄开裂的修复经过",
        record_title="[修复心得] 老团扇绢面发黄开裂的修复经过 - 织绣修补 - 拾锦手作论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk inside the post; relative post time; rating row, signature, replies; no date",
        page="""
<html><head><meta charset="gbk"><title>[修复心得] 老团扇绢面发黄开裂的修复经过 - 织绣修补 - 拾锦手作论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦m 拾锦手作论坛⟧　<a>⟦a 快捷登录⟧</a> <a>⟦a 加入拾锦⟧</a></div>
<div id="pt">⟦m 拾锦 › 手作交流 › 织绣修补 › 帖子详情⟧</div>
<div class="hm">⟦m 浏览 2408 ┆ 回帖 37⟧</div>
<table class="plhin"><tr><td class="pls"><div class="pi">⟦m 素绢阿澄⟧</div><p>⟦m 积分 3317　精华 4　注册于 拾锦第六年⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　┆ 只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6 人　手作币 +18　“修得真细” “收藏了”⟧</div>
<div class="sign">⟦m 签名：一针一线，慢慢来。小店“阿澄绢作”接团扇换面⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏此帖⟧</div></td></tr></table>
<div class="pl2"><p>⟦l 2# 墨竹小筑　3 天前：绢面补完几乎看不出来，请教用的什么胶？⟧</p><p>⟦l 3# 老林修扇　前天：托底那步很关键，赞一个⟧</p></div>
<div id="fastpost">⟦a 登录拾锦后才能参与回帖讨论⟧</div>
<div id="ft">⟦m 拾锦手作论坛 ( 苏ICP备19027741号-2 )　Powered by JinBoard 2.5⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里翻出一把外婆留下的绢面团扇，扇面发黄，中间还裂了一道两寸长的口子。我花了两个周末把它修好，把过程记下来，给想自己动手的朋友参考。
第一步是清洁。先用软毛刷把浮灰扫掉，再用蒸馏水蘸湿棉签，顺着绢丝方向轻轻滚，千万不能来回搓，不然绢丝会起毛。
第二步是托底。裂口背面要衬一块颜色接近的旧绢，我用的是做旗袍剩下的真丝电力纺，先用淡茶水染到和扇面差不多的黄色。
第三步是补缝。用极细的针和单股丝线，沿裂口两边做“隐针”，每针间距不超过一毫米，补完再用低温熨斗隔着宣纸压平。
修完以后扇面平整了很多，颜色也自然。新手建议先拿旧手帕练几次再动手，老物件坏了就没法重来了。
""",
    ),
    dict(
        slug="forum-shiqu-post-grater-tips-text-junk",
        site="食趣论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.shiqubbs.com/t/883517",
        title="擦菜板用了十年，说说我总结的几条防擦手经验",
        record_title="[厨房杂谈] 擦菜板用了十年，说说我总结的几条防擦手经验（手机拍的图，凑合看）- 灶台边 - 食趣论坛",
        date=None,
        notes="forum text with junk lines and junk glued after sentences; relative post time; replies and a reply prompt; no date",
        page="""
!m 食趣论坛 › 灶台边 › 厨房杂谈
!t [厨房杂谈] 擦菜板用了十年，说说我总结的几条防擦手经验（手机拍的图，凑合看）
!m 楼主：葱花不要香菜　　昨天 21:14 发布　　查看 1862 / 回复 24
!a 只看楼主 ｜ 倒序看帖 ｜ 打开大图模式
{BODY}
!m 帖子最后由 葱花不要香菜 修改
!l ——2楼 · 锅铲侠：第二条太有用了，我上周就擦到手了
!l ——3楼 · 小满吃饭：求护手器链接
!l ——4楼 · 楼主回复 3楼：随便哪家都有，认准不锈钢压头的
!a 登录后回帖，首次回帖送 5 食趣豆
!m 食趣论坛 shiqubbs.com　联系版主：banzhu@shiqubbs.com
""",
        junk=dict(lines=2, glued=2),
        body="""
在家做饭十来年，擦丝、擦片基本都靠一块擦菜板。中间擦破过两回手，后来慢慢摸出几条经验，分享给大家。
一、板子要放稳。擦之前在底下垫一块湿抹布，或者直接架在大碗上，板子不晃，手就不容易滑。
二、料头别贪。土豆、萝卜擦到剩两三厘米就停，剩下的切丝，别为了省一点菜把指甲擦掉。实在想用完，就戴上护手器或者防割手套。
三、刀口要常看。用久了刀口会卷刃，擦起来费劲，人一使劲就容易出事。刀口钝了、边上有毛刺的，直接换新的，一块也就十几块钱。
四、洗的时候顺着刀口方向刷。很多人是洗板子的时候被划的，用刷子别用手指去抠。
最后说一句，家里有小孩的，擦菜板用完一定挂高一点。
""",
    ),
]
