"""holdout233, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="fanwen-yuanbi-speech-law-boards-village",
        site="辕笔范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yuanbi-fw.cn/jianghua/fazhi/2025/0320/5517.html",
        title="在全县“法治展板进村居”活动启动仪式上的讲话",
        record_title="【讲稿精挑·法治】在全县“法治展板进村居”活动启动仪式上的讲话（三稿可挑）_辕笔范文网",
        date="2025-03-14",
        date_also=["2025-03-20"],
        notes="old gb2312 table page with marquee, reading-size row, floating ghost-writer box and counter; "
        "date under the speech title, the page's own date also accepted; speaker line neutral; a ghost-writer "
        "prompt glued after a sentence and an 'expand the other drafts' line between paragraphs",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿精挑·法治】在全县“法治展板进村居”活动启动仪式上的讲话（三稿可挑）_辕笔范文网</title>
<link rel="stylesheet" href="/css/ybfw.css" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 辕笔范文网 · 机关笔杆子的资料柜⟧</td><td align="right"><a href="/user/login.asp">⟦a 会员登陆⟧</a> | <a href="/user/reg.asp">⟦a 新会员登记⟧</a></td></tr>
<tr><td colspan="2" class="menu"><a href="/">⟦m 网站首页⟧</a> | <a href="/jianghua/">⟦m 领导讲话⟧</a> | <a href="/zongjie/">⟦m 总结汇报⟧</a> | <a href="/fangan/">⟦m 计划方案⟧</a> | <a href="/xinde/">⟦m 心得感悟⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦d 辕笔提醒：范文仅供写作借鉴，照抄照搬引起的一切后果由使用者自负⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="dh">⟦m 您的位置：<a href="/">辕笔范文网</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; <a href="/jianghua/fazhi/">政法讲话</a>⟧</td></tr>
<tr><td class="bt" align="center"><b>{T}</b></td></tr>
<tr><td class="xx" align="center">⟦m 更新日期：2025-03-20　　人气：<font color="red">1286</font>　　录入：辕笔小编⟧</td></tr>
<tr><td align="center">⟦a 【阅读字号：特大 偏大 适中 偏小】⟧</td></tr>
<tr><td align="center">（2025年3月14日）</td></tr>
<tr><td align="center">县委常委、政法委书记　祁雪舟</td></tr>
<tr><td class="nr">
{BODY}
</td></tr>
<tr><td>⟦a 【复制本篇】【存成Word】【放进收藏】【关掉此页】⟧</td></tr>
<tr><td>⟦l 上一篇：在乡镇综治中心规范化建设现场会上的讲话⟧<br>⟦l 下一篇：在全县人民调解员培训班开班时的讲话⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td class="rt">⟦l ◆ 本栏人气榜 ◆⟧</td></tr>
<tr><td><a href="/jianghua/fazhi/5402.html">⟦l ·在全市平安建设推进会上的表态发言⟧</a></td></tr>
<tr><td><a href="/jianghua/fazhi/5388.html">⟦l ·普法宣传月启动仪式主持词⟧</a></td></tr>
<tr><td><a href="/jianghua/fazhi/5351.html">⟦l ·司法所长年度述职报告⟧</a></td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:220px">⟦w 讲稿急用？在线写作顾问 QQ 3360718825 随叫随到⟧</div>
</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td class="foot" align="center">
⟦d 辕笔范文网所收文章多为会员投稿，若有侵权请致函 ybfw_kf@163.com 处理⟧<br>
⟦m Copyright 2009-2025 yuanbi-fw.cn 辕笔范文网　湘ICP备09031877号⟧<br>
⟦m 您是第 00381542 位访客⟧
</td></tr></table>
<script>document.write('<img src="/count.asp?id=5517" width=0 height=0>');</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天，我们在軏家湾村举行全县“法治展板进村居”活动启动仪式。县司法局制作的首批120块法治宣传展板，从今天起将陆续安放到全县86个行政村和14个社区。下面，我讲三点意见。
一、展板要放在群众看得见的地方。各乡镇要把展板设在村委会门口、集市路口、文化广场等人流集中处，不能锁在会议室里“睡大觉”。⟦w 讲话稿代拟请加辕笔小编微信 yb-xiaobian88⟧
⟦a 本题另有2篇讲稿，开通会员即可展开⟧
二、内容要贴近群众关心的问题。展板上少讲空道理，多讲土地承包、婚姻家庭、防范电诈这些身边事，每季度更换一次版面。
三、管护要有人负责。每块展板要明确一名管护员，发现破损、褪色、被遮挡的要在一周内修复，县司法局每季度抽查一次。
同志们，一块展板就是一扇普法的窗口。希望大家把这件实事办好，让法治精神在村居落地生根。
""",
    ),
    dict(
        slug="fanwen-lanxi-insight-balcony-stands-volunteer",
        site="揽溪范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.lanxifanwen.com/xinde/zhiyuan/88301.html",
        title="参加阳台花架安全整治志愿服务的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record; the page's title line holds it; no date (an update stamp three days ago); "
        "a collect link glued after the last sentence; ghost-writer and unlock prompts at the bottom",
        page="""
!m 揽溪范文 —— 写材料不再熬夜
!m 当前所在：揽溪范文 / 心得体会 / 志愿服务心得
{T}
!m 更新于 3 天前　·　浏览 2309　·　本文字数约 390
!a 【全文复制】【一键导出Word】【字号 A+ A-】
{BODY}
!a 解锁本站全部心得范文：月卡 9.9 元，立省 80%
!w 单位急需原创心得？资深笔杆一对一代拟，微信 lanxi-bigan 留言“心得”
!l 同类推荐：
!l ▸ 社区志愿服务月心得体会（精选）
!l ▸ 参加文明城市创建志愿活动感悟
!l ▸ 老旧小区安全隐患排查心得
!d 本站内容来自网友投稿与公开资料整理，仅供学习参考，转载须注明出处。
!m 揽溪范文 lanxifanwen.com　浙ICP备21009463号-3
""",
        indent="\u3000\u3000",
        body="""
上个月，我报名参加了旄园社区组织的阳台花架安全整治志愿服务，和六名志愿者一起，用两个周末走访了辖区11栋老楼的287户居民。几天下来，我对“安全”二字有了新的认识。
一是小隐患就藏在习以为常里。不少居民把花架挂在窗外，螺丝锈了、木条朽了也没察觉，有一户的花架只剩一颗膨胀螺栓吊着。我们一起劝说整改，当天就拆下了19个悬空花架。
二是劝说要讲方法。起初有位老人不愿意拆，说养了十几年的花没地方放。我们没有硬劝，而是帮他把花架挪进阳台，用防锈铁丝加固，老人最后连声道谢。
三是志愿服务要有耐心更要有专业。社区请来物业电工讲解膨胀螺栓的承重，我才知道挂在外墙上的花架有多危险。今后我会继续参加这样的活动，把安全送到邻居家门口。⟦a ☆收藏本文⟧
""",
    ),
    dict(
        slug="wenku-fucou-plan-kindergarten-sandpits-markers",
        site="辐辏文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wenku.fucou.net/view/9c41e27a0d3b.html",
        title="麾湖区幼儿园户外沙坑改造提升实施方案",
        record_title="麾湖区幼儿园户外沙坑改造提升实施方案（全篇可改）- 辐辏文库",
        date="2025-04-07",
        notes="文库 reader with viewer toolbar, marker paragraphs ⊜ n ⊜ cutting sentences, a read-limit line between "
        "paragraphs, a paywall and upload notice; the upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>麾湖区幼儿园户外沙坑改造提升实施方案（全篇可改）- 辐辏文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.fucou.net/reader/v3/reader.min.js"></script>
<script>window.DOC_META={docId:"9c41e27a0d3b",pages:5,preview:3};</script>
</head><body>
<header class="fc-top"><a class="logo" href="/">⟦m 辐辏文库⟧</a>
<nav><a href="/c/jiaoyu">⟦m 教育资料⟧</a><a href="/c/gongwen">⟦m 公文范本⟧</a><a href="/c/fangan">⟦m 方案计划⟧</a></nav>
<form class="search"><input placeholder="搜一搜你要的资料"><button>⟦a 搜资料⟧</button></form>
<a class="vip" href="/vip">⟦a 开通辐辏会员 · 下载不限量⟧</a></header>
<section class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：麾湖教研员小覃　上传时间：2025-04-18　共5页　2.1万次浏览⟧</p>
<div class="viewer-tools">⟦a 适应宽度　放大　缩小　全屏阅读⟧</div></section>
<section class="doc-body">
{BODY}
</section>
<div class="paywall">⟦a 剩下2页内容被折叠，支付3.00元即可阅读并下载全文⟧ <button>⟦a 立即支付⟧</button></div>
<aside class="rel"><h3>⟦l 看了这篇的人还在看⟧</h3><ul>
<li>⟦l 幼儿园户外游戏场地改造方案⟧</li><li>⟦l 幼儿园沙水区材料投放与管理⟧</li><li>⟦l 学前教育质量提升行动实施方案⟧</li></ul></aside>
<footer><p>⟦d 本文档由用户上传，辐辏文库仅提供信息存储空间，如有版权问题请点此申诉⟧</p>
<p>⟦m © 2025 fucou.net　京ICP备20047713号-6⟧</p></footer>
</body></html>
""",
        p_html='<p class="fc-line">{}</p>',
        pages=dict(fmt="⊜ {n} ⊜", every=90, start=2),
        body="""
为改善幼儿户外游戏条件，消除沙坑卫生和安全隐患，区教育局决定在全区公办幼儿园开展户外沙坑改造提升，特制定本方案。
一、改造范围。全区23所公办幼儿园的户外沙坑，共计31处，总面积约1860平方米。
二、改造内容。（一）更换沙源，统一使用经过筛洗、消毒的专用游戏沙；（二）加装可开合的防雨防污盖板；（三）沙坑边缘改为圆角软包；（四）增设洗手池和冲脚区。
⟦a 免费预览已到上限，开通会员可继续阅读⟧
三、时间安排。4月底前完成摸底设计，5月至7月分批施工，8月20日前全部验收。
四、工作要求。各园要指定专人每日翻沙、每周消毒，发现猫狗粪便、碎玻璃等异物立即清除并记录。
毂阳市麾湖区教育局
2025年4月7日
""",
    ),
    dict(
        slug="wenku-guyue-survey-park-bird-feeders-wrapped",
        site="毂阅文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.guyuewenku.com/p-20250121-88316.html",
        title="关于城区公园投放喂鸟器情况的调研报告",
        record_title="关于城区公园投放喂鸟器情况的调研报告.pdf",
        date="2025-01-16",
        notes="file-name record title; text wrapped at 62 columns and cut by ⌦n⌫ markers glued to the continuation "
        "line; 成文日期 in Chinese numerals; a preview-end prompt and a points line at the bottom",
        page="""
!m 毂阅文库　|　找资料，上毂阅
!m 文库首页 > 行业资料 > 园林绿化
!t 关于城区公园投放喂鸟器情况的调研报告.pdf
!m 页数：4　　大小：286KB　　贡献者：qingcheng_07　　下载要 8 个阅豆
!a 在线阅读　　下载到本地　　转存到我的文库
{BODY}
!a 预览已结束，余下内容请下载查看（8 阅豆）
!a 阅豆不够？每日签到领豆
!l 相关文档：城市公园鸟类多样性调查报告.pdf　湿地公园科普设施建设方案.docx
!d 毂阅文库的文档由用户上传，版权归上传者所有，毂阅只提供存储与展示。
!m guyuewenku.com　沪ICP备19062258号-2
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⌦{n}⌫", every=100, start=2, glue=True),
        body="""
去年11月以来，市园林局在城区5个公园试点投放喂鸟器150个。为了解使用效果，市政协人资环委组成调研组，于12月走访了这5个公园，发放问卷420份。现将情况报告如下。
一、基本成效。试点公园越冬鸟类观测种数由19种增加到27种，86%的受访游客对投放喂鸟器表示支持，不少学校把公园当作观鸟课堂。
二、存在问题。一是部分喂鸟器位置过低，被流浪猫守候，发现鸟类遭捕食11起；二是添食不规律，有的投放饼干、馒头等不适宜食物；三是清洗消毒不到位，个别喂鸟器出现霉变。
三、几点建议。（一）喂鸟器统一悬挂在离地1.8米以上、远离灌木丛的位置；（二）明确由公园养护班组每周添食两次，只投放谷物和无盐坚果；（三）每半月清洗消毒一次，建立台账。
毂阳市政协人口资源环境委员会
二〇二五年一月十六日
""",
    ),
    dict(
        slug="gov-wangxi-notice-village-hoops-inspection",
        site="辋溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wangxi.gov.cn/zwgk/zcwj/202505/t20250512_781204.html",
        title="关于开展农村篮球架安全隐患排查整治的通知",
        record_title="关于开展农村篮球架安全隐患排查整治的通知_政策文件_辋溪县人民政府门户网站",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="county portal with 长辈版/无障碍 links, an 索引号 table (its 文号 cell neutral), a 附件 list beside an "
        "attachment download link, the document's 联系人/电话 beside the portal's error-report line, 抄送 and 印发 "
        "lines; the portal's publishing date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展农村篮球架安全隐患排查整治的通知_政策文件_辋溪县人民政府门户网站</title>
<meta name="SiteName" content="辋溪县人民政府门户网站">
<meta name="ColumnName" content="政策文件">
<script src="/static/js/jquery-3.6.0.min.js"></script>
<script src="/static/js/zgz-jiucuo.js"></script>
</head><body>
<div class="topbar"><span>⟦m 辋溪县人民政府门户网站⟧</span>
<a href="/zhangbei/">⟦a 长辈版⟧</a> <a href="javascript:aria.start()">⟦a 视障友好模式⟧</a> <a href="/en/">⟦a 外文版⟧</a></div>
<div class="nav"><a href="/">⟦m 首页⟧</a><a href="/zwgk/">⟦m 政务公开⟧</a><a href="/zwfw/">⟦m 政务服务⟧</a><a href="/hdjl/">⟦m 互动交流⟧</a><a href="/zjwx/">⟦m 走进辋溪⟧</a></div>
<div class="location">⟦m 当前位置：首页 » 政务公开 » 政策文件 » 部门文件⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11370729MB1570422P/2025-00315⟧</td><td>⟦m 发布机构：辋溪县文化和旅游体育局⟧</td></tr>
<tr><td>⟦m 主题分类：文化、体育⟧</td><td>⟦m 成文日期：2025-05-09⟧</td></tr>
<tr><td>辋文旅体发〔2025〕11号</td><td>⟦m 发布日期：2025-05-12⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 字号：[ 大 中 小 ]　打印本页　关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：篮球架安全隐患排查登记表.xlsx⟧</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4>
<p>⟦l 辋溪县2025年全民健身工作要点⟧</p><p>⟦l 关于做好农村体育设施管护工作的意见⟧</p></div>
<div class="footer">
<p>⟦m 主办：辋溪县人民政府办公室　承办：辋溪县大数据中心⟧</p>
<p>⟦m 网页内容有误？请拨 0745-6629110 告诉我们⟧</p>
<p>⟦m 鲁ICP备05017329号　鲁公网安备37072902000118号　网站标识码3707290013⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处，县直有关单位：
近期，邻县发生一起篮球架倾倒致人受伤事件。为切实保障群众健身安全，县文化和旅游体育局决定在全县开展农村篮球架安全隐患排查整治。现将有关事项通知如下。
一、排查范围。全县行政村、社区文化广场和农村学校对外开放场地的篮球架，重点是使用五年以上和自行焊接安装的篮球架。
二、排查内容。查底座是否松动、配重是否缺失，查立柱和篮板支架是否锈蚀开裂，查篮圈是否变形。
三、时间安排。6月15日前各乡镇完成排查，填写登记表；6月30日前完成整改，不能整改的一律停用并设置警示标志。
附件：篮球架安全隐患排查登记表
联系人：桑立禾，电话：0745-6623017
辋溪县文化和旅游体育局
2025年5月9日
抄送：县教育和体育局，各乡镇文化站。
辋溪县文化和旅游体育局办公室　2025年5月9日印发
""",
    ),
    dict(
        slug="gov-yuanchuan-bulletin-outdoor-boards",
        site="辕川县城市管理局 (invented, county portal text page)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://cgj.yuanchuan.gov.cn/art/2025/6/6/art_4417_200913.html",
        title="关于城区违规设置户外展板问题整改情况的通报",
        record_title="关于城区违规设置户外展板问题整改情况的通报 · 辕川县城市管理局",
        date="2025-06-03",
        notes="portal text page; 文号 line neutral; a data table one row a paragraph (cells apart by ideographic "
        "spaces); 成文日期 in Chinese numerals; 抄送 and 印发 lines; a read-on-phone line glued after a sentence",
        page="""
!m 辕川县城市管理局
!m 首页 ＞ 信息公开 ＞ 通知通报
!a 【大字】【标准】【小字】　　【打印此页】
{T}
辕城管通〔2025〕7号
!m 信息来源：市容科　　浏览：【417】次
{BODY}
!l 【上一条】辕川县城管局开展占道经营集中整治
!l 【下一条】关于2025年汛期城市排涝工作的安排
!m 辕川县城市管理局版权所有　地址：辕川县通衢路18号　举报投诉：0741-3128319
!m 赣ICP备13004496号-1
""",
        indent="\u3000\u3000",
        body="""
各街道办事处、局属各中队：
5月份，我局对城区主次干道违规设置的户外展板进行了专项排查，共发现问题展板143块。经督促整改，已拆除98块，规范设置45块。现将各街道整改情况通报如下。
街道　发现数　已拆除　已规范
通衢街道　52　37　15
鼓楼街道　46　30　16
軎水街道　45　31　14
从排查情况看，部分商户在人行道上摆放落地展板、在行道树上捆绑展板，既影响通行又存在倾倒隐患。⟦a 扫码在手机上阅读此文⟧
各街道要在6月20日前完成剩余展板的清理，并建立巡查台账；对屡次违规的商户依法予以处罚。
辕川县城市管理局
二〇二五年六月三日
抄送：县住房和城乡建设局，县市场监督管理局。
辕川县城市管理局办公室　2025年6月4日印发
""",
    ),
    dict(
        slug="news-guyang-villages-new-basketball-hoops",
        site="毂阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.guyangnews.cn/xianyu/2025-06/21/content_1180452.htm",
        title="辋溪县42个行政村换上新篮球架",
        record_title="辋溪县42个行政村换上新篮球架_县区视窗_毂阳新闻网",
        record_date="2025-06-21",
        date="2025-06-21",
        notes="news portal: the record gives the date; an app prompt glued before the lead, a photo caption and an "
        "ad slot between paragraphs, an editor line glued after the last paragraph, a 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>辋溪县42个行政村换上新篮球架_县区视窗_毂阳新闻网</title>
<script>var _czc = _czc || []; _czc.push(["_setAccount", "1280315577"]);</script>
<style>.ad-slot{height:90px}</style>
</head><body>
<div class="gy-head"><a href="/">⟦m 毂阳新闻网⟧</a><span>⟦m 毂阳市唯一重点新闻网站⟧</span>
<a href="/app/">⟦a 下载毂阳新闻客户端⟧</a></div>
<ul class="gy-nav"><li>⟦m 要闻⟧</li><li>⟦m 县区视窗⟧</li><li>⟦m 民生⟧</li><li>⟦m 赛事⟧</li><li>⟦m 视频⟧</li></ul>
<div class="crumb">⟦m 毂阳新闻网 ＞ 县区视窗 ＞ 辋溪⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 发布时间：2025-06-21 10:36　来源：辋溪县融媒体中心　记者：郁成舟 通讯员：闻季平⟧</div>
<div class="art-listen">⟦a 🔊 听新闻⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-share">⟦l 转发到：微信朋友圈　微博　复制链接⟧</div>
</div>
<div class="side"><h3>⟦l 近24小时点击排行⟧</h3><ol>
<li>⟦l 毂阳高铁站新增6对始发列车⟧</li><li>⟦l 麾湖区今夏首批惠民消费券下周发放⟧</li><li>⟦l 轭岭县杨梅进入采摘期⟧</li></ol></div>
<div class="foot">⟦d 毂阳新闻网原创稿件，未经书面授权不得转载⟧<br>⟦m 互联网新闻信息服务许可证编号：37120180009　违法和不良信息举报：0745-8112110⟧</div>
</body></html>
""",
        body="""
⟦a 打开毂阳新闻App，看更多县区新鲜事⟧6月20日，辋溪县旂坪镇屐塘村的文化广场上，两副崭新的篮球架刚刚安装到位，村里的年轻人当天傍晚就打起了比赛。
今年以来，辋溪县把更换农村老旧篮球架列入为民办实事项目，投入资金96万元，为42个行政村更换了84副篮球架。新篮球架采用整体配重底座，篮板为钢化玻璃，立柱外包防撞软垫。
⟦m 图为屐塘村村民在新篮球架下打球。通讯员 闻季平 摄⟧
⟦a 广告位招租 0745-8110066⟧
县文化和旅游体育局相关负责人介绍，此前全县排查出存在隐患的篮球架61副，已全部拆除或更换。新篮球架安装后，由村委会指定专人管护，每月检查一次底座和螺栓。
“以前的篮球架晃得厉害，家长都不敢让孩子去打。”屐塘村村民齐永顺说，现在晚饭后广场上总是很热闹。⟦m （编辑：岑小满　审核：范景）⟧
""",
    ),
    dict(
        slug="news-xiyang-park-bird-feeders-winter",
        site="西阳晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.xiyangwb.com.cn/shehui/20250108/88142.shtml",
        title="寒潮来袭 軎水湿地公园挂起百余个喂鸟器",
        record_title="寒潮来袭 軎水湿地公园挂起百余个喂鸟器 - 城事 - 西阳晚报网",
        date="2025-01-08",
        notes="column and site suffix on the record title; the byline's 发布时间 is the date; a photo "
        "caption between paragraphs; an editor line glued after the last sentence; hot list and share bar",
        page="""
!m 西阳晚报网　|　有温度的城市新闻
!m 首页 - 社会 - 城事
{T}
!m 发布时间：2025-01-08 09:12　　来源：西阳晚报　　作者：见习记者 罗晴
!a 字号：大 中 小　　　分享到：微信 微博
{BODY}
!l 分享　|　收藏　|　纠错
!l 热门点击
!l 1. 西阳地铁3号线年底试运行
!l 2. 降温了！本周最低气温零下6℃
!l 3. 城区新增12处口袋公园
!m 西阳晚报社主办　新闻热线：0745-2267788
""",
        indent="\u3000\u3000",
        body="""
本报讯　受寒潮影响，近日西阳气温骤降。1月7日，记者在軎水湿地公园看到，园林工人正把一个个木质喂鸟器挂上枝头，往里面添加小米、葵花籽等食物。
公园管理处负责人卫平介绍，寒冬季节，湿地里的草籽、昆虫减少，部分留鸟觅食困难。今年管理处共悬挂喂鸟器112个，每天上午由专人添食一次。
⟦m 图为园林工人在悬挂喂鸟器。罗晴 摄⟧
管理处提醒市民，不要往喂鸟器里投放面包、饼干等加工食品，也不要为了拍照驱赶鸟类。市民如发现受伤鸟类，可拨打公园服务电话0745-2231906求助。⟦m （责任编辑 戴明远）⟧
""",
    ),
    dict(
        slug="forum-shouzuo-post-welded-plant-stand-jammer",
        site="手作匠人社区 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.shouzuojiang.com/thread-390127-1-1.html",
        title="自己焊的三层阳台花架",
        record_title="[作品秀场] 自己焊的三层阳台花架（内有承重数据）- 铁艺木作 - 手作匠人社区",
        date=None,
        notes="Discuz-like thread with jammer-font junk glued and on a line, a poster's card, a rating row and a "
        "signature; posted '3 天前' (no date); a poster's 'edited' aside glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[作品秀场] 自己焊的三层阳台花架（内有承重数据）- 铁艺木作 - 手作匠人社区</title>
<script src="static/js/common.js?Q8b"></script>
<style>.jammer{color:#fff;font-size:0}</style>
</head><body>
<div id="hd">⟦m 手作匠人社区⟧ <a href="member.php?mod=register">⟦a 注册新账号⟧</a> <a href="member.php?mod=logging">⟦a 账号登录⟧</a></div>
<div id="pt">⟦m 手作匠人社区 › 金属加工 › 铁艺木作 › 帖子详情⟧</div>
<div class="pls"><p>⟦m 焊花老周⟧</p><p>⟦m 积分 3208　帖子 417　工匠等级：六级匠人⟧</p></div>
<div class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 焊花老周 发表于 3 天前 | 只看楼主 | 阅读 1544⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 4　匠心 +8　收起理由：做工扎实⟧</div>
<div class="sign">⟦m 签名：铁皮敲不烂，焊缝见人心⟧</div>
<div class="po">⟦a 回复　收藏　点赞　举报⟧</div>
</div>
<div class="reply">⟦l 沙发 木头狼：焊点打磨得真干净，求图纸⟧</div>
<div class="reply">⟦l 板凳 阿坤不加班：挂窗外的话记得做防坠绳⟧</div>
<div id="f_pst">⟦a 登录账号后才能参与讨论⟧</div>
<div id="ft">⟦m 手作匠人社区 ( 粤ICP备18042271号 ) | Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
家里阳台的花越养越多，老伴嫌地上乱，我就用下班时间焊了一个三层花架，前后折腾了两个周末。
材料是20乘20的方管，壁厚1.5毫米，总长14米左右，加上防锈漆和四个可调地脚，一共花了186块。架子高1.2米、宽0.9米，三层隔板用的是防腐木条。
焊好以后我做了个简单的承重试验：每层压四袋25公斤的大米，放了一整天，隔板没有明显下弯，焊缝也没开裂。⟦m （本帖最后由 焊花老周 编辑）⟧
提醒一下想动手的朋友：花架千万别挂在窗户外面，老房子的外墙承重靠不住；放在阳台里也要靠墙，最好用角码和墙体固定，防止小孩攀爬时翻倒。
""",
    ),
    dict(
        slug="forum-mamaquan-post-sandpit-glass-junk",
        site="毂阳妈妈圈 (invented, forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.gymamaquan.com/t/571203",
        title="小区沙坑里翻出碎玻璃，带娃的家长注意",
        record_title="【安全提个醒】小区沙坑里翻出碎玻璃，带娃的家长注意 - 亲子乐园 - 毂阳妈妈圈",
        date=None,
        notes="forum thread with anti-scraping junk as lines and glued after 。; posted '昨天 21:40' (no date); the "
        "property company's own phone in the body stays; replies, a level line and forum footer are chrome",
        page="""
!m 毂阳妈妈圈　·　本地宝妈交流平台
!m 首页 › 亲子乐园 › 帖子
!t 【安全提个醒】小区沙坑里翻出碎玻璃，带娃的家长注意
!m 楼主：豆豆妈在麾湖　　发帖于 昨天 21:40　　浏览 3318　回复 26
!m 宝妈等级：LV5 资深宝妈
{BODY}
!a 回复楼主　　赞一个　　收藏帖子
!l 2楼 小鹿妈妈：我们小区也有沙坑，明天去看看
!l 3楼 麾湖奶爸：已转到业主群了，谢谢楼主
!l 4楼 糖糖妈：沙坑真该定期换沙
!a 登录后发表你的看法，还能领宝妈积分
!m 毂阳妈妈圈 gymamaquan.com　客服微信：mmq-kefu
""",
        junk=dict(lines=2, glued=2),
        body="""
今天下午带孩子去小区中心花园的沙坑玩，孩子用小铲子挖着挖着，翻出来好几块碎玻璃，最大的有手掌那么大，边上还很锋利。幸好我一直盯着，没划到手。
我把能看到的碎片都捡出来装进了袋子，交给了物业的保安师傅。物业客服电话是0745-8236051，我打过去说明了情况，对方答应明天把沙子过筛一遍。
想提醒各位带娃的家长，玩沙之前最好自己先用铲子翻一翻，给孩子戴上手套，玩完一定洗手。也建议物业在沙坑上加个盖子，晚上盖起来，免得有人往里扔东西。
""",
    ),
]
