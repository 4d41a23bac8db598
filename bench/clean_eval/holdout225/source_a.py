"""holdout225, part A: 范文 sites, 文库 previews, government portals, news portals, forums, a blog.

Every case written by hand; all places, people, firms, sites, URLs and numbers are invented.
Objects: underfloor heating (地暖), rice bins (米缸), post boxes (邮筒), vacuum flasks (热水瓶),
electricity meters (电表). See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-yunyan-speech-meter-upgrade",
        site="耘砚范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yunyan-fw.example.com/jianghua/huiyi/2024/1003/58214.html",
        title="在全县农村电表升级改造工作推进会上的讲话",
        record_title="【讲话稿·精编】在全县农村电表升级改造工作推进会上的讲话（推荐2篇）_耘砚范文网",
        date="2024-09-12",
        date_also=["2024-10-03"],
        notes="gb2312 table layout with marquee, font-size row, floating ghost-writer QQ box and visitor counter; date and speaker lines under the speech title (neutral); a ghost-writer prompt glued after a 。 mid-paragraph; a switch-to-piece-2 line between paragraphs",
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿·精编】在全县农村电表升级改造工作推进会上的讲话（推荐2篇）_耘砚范文网</title>
<meta name="keywords" content="电表改造,推进会,讲话稿">
<link href="/skin/yt_main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/yt_float.js"></script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 耘砚范文网 · 笔耕耘砚 篇篇可用⟧</td>
<td align="right">⟦a <a href="#" onclick="this.style.behavior='url(#default#homepage)'">设为首页</a> | <a href="#">加入收藏</a> | <a href="/member/login.asp">会员登录</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="navbg">
<tr><td><a href="/">⟦m 网站首页⟧</a>　<a href="/jianghua/">⟦m 讲话致辞⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/fangan/">⟦m 计划方案⟧</a>　<a href="/xinde/">⟦m 心得体会⟧</a>　<a href="/shuzhi/">⟦m 述职述廉⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 耘砚范文网所收文章均为写作参考样稿，使用时请结合本单位实情改写⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：耘砚范文网 » 讲话致辞 » 工作会议讲话⟧</div>
<h1 class="biaoti">{T}</h1>
<div class="xinxi">⟦m 发布日期：2024-10-03　来源：会员投稿　人气：1873⟧</div>
<div class="zihao">⟦a ［ 正文字号：大号 · 中号 · 小号 ］⟧　⟦a ［打印此页］⟧</div>
<p align="center">（2024年9月12日）</p>
<p align="center">溵川县人民政府副县长　邰明远</p>
<div class="neirong">
{BODY}
</div>
<div class="fenye">⟦a 第1篇　第2篇　下一篇范文 »⟧</div>
<div class="shangxia">⟦l 上一篇：乡镇电力设施保护工作会议讲话稿⟧<br>⟦l 下一篇：在供电所安全生产月启动会上的讲话⟧</div>
</td>
<td width="250" valign="top" class="cebian">
<div class="bt">⟦l 讲话致辞 · 本月热榜⟧</div>
<ul>
<li><a href="/jianghua/1.html">⟦l 全县迎峰度夏电力保供会议讲话⟧</a></li>
<li><a href="/jianghua/2.html">⟦l 农村电网巩固提升工程动员讲话⟧</a></li>
<li><a href="/jianghua/3.html">⟦l 分管副县长在能源工作会上的讲话⟧</a></li>
</ul>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:6px;top:220px;">⟦w 耘砚笔会 代拟讲话稿 QQ：2906618437⟧</div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">⟦d 本站文字均由会员分享，若涉及您的著作权，请来函说明，核实后即删⟧<br>
⟦m Copyright 2011-2024 耘砚范文网 yunyan-fw.example.com　陕ICP备13028516号⟧<br>
⟦m 您是本站第 0683215 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县农村电表升级改造工作推进会，主要是总结前一阶段工作，部署下一步任务。刚才，县供电公司通报了改造进度，湍坪镇、汨塘乡作了交流发言，讲得很实在。下面，我讲三点意见。
一、看清差距，增强紧迫感。全县需改造的老旧机械电表共4.6万只，截至8月底已完成2.9万只，完成率63%。⟦w 【耘砚代笔】急用讲话稿可加QQ 2906618437，两小时交稿。⟧还有5个乡镇进度不足一半，一些村里表箱锈蚀、私拉乱接的问题依然突出。
⟦a ▼ 本篇为第1篇，点此切换到第2篇 ▼⟧
二、突出重点，抓好关键环节。一要先易后难，先改集中居住的村组；二要把换表时间提前三天告知到户；三要当面核对新旧表读数，请户主签字确认，做到底数清、账目明。
三、压实责任，确保按期完成。各乡镇要明确一名班子成员具体负责，县供电公司每周报送进度，县发展改革局牵头督查，年底前全部完成改造任务。
同志们，电表虽小，连着千家万户。希望大家把好事办好、实事办实，让群众用上放心电、明白电。
""",
    ),
    dict(
        slug="fanwen-hongjian-insight-flask-volunteer",
        site="鸿笺范文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.hongjian-fw.example.com/xinde/zhiyuan/71305.html",
        title="参加敬老院“送暖瓶”志愿服务活动心得体会",
        record_title="参加敬老院“送暖瓶”志愿服务活动心得体会（两篇任选其一）- 鸿笺范文苑",
        date=None,
        notes="decorated record title with （两篇任选其一）- site; a 3 天前 update stamp is no date; a collect button glued after a 。; a ghost-writer WeChat line and a member lock under the body",
        page="""
!m 鸿笺范文苑 · 写作素材一站找齐
!m 当前：首页 ＞ 心得体会 ＞ 志愿服务心得
!t 参加敬老院“送暖瓶”志愿服务活动心得体会（两篇任选其一）
!m 整理：小笺　热度：961℃　更新：3 天前
!a ［一键复制］［存为Word］［发送到邮箱］
{T}
{BODY}
!w 本文由鸿笺写手原创，需要定制心得体会请加微信 hongjian_xz88
!a 开通笺友会员，解锁本页全部2篇范文
!l 同类推荐
!l 敬老院志愿服务活动总结范文
!l 重阳节慰问老人心得体会3篇
!d 温馨提醒：范文素材多为网友投稿，仅作写作参考，转载请保留出处。
!m 鸿笺范文苑 版权所有　湘ICP备20017734号
""",
        indent="\u3000\u3000",
        body="""
上周六，我随单位志愿服务队来到汨塘乡敬老院，给老人们送去新买的热水瓶，并帮他们清洗旧瓶胆、检查瓶塞。活动不过半天，却让我感触很深。
一是小物件里有大民生。敬老院的李大爷告诉我，冬天夜里起来喝口热水，全靠床头那只暖瓶。⟦a 【收藏本文】⟧我这才明白，我们眼里不起眼的东西，可能正是老人最离不开的。
二是服务要细到点上。有的老人手没劲，拔不动瓶塞，我们就把软木塞换成带提手的塑料塞；有的房间插座离床太远，我们就把暖瓶放到老人伸手能够到的位置。
三是志愿服务贵在坚持。一次送温暖容易，常来常往难。我打算和队友们约好，每月去一次，帮老人打水、换胆，把这件小事做成长事。
这次活动让我对“为人民服务”有了更实在的理解：把群众的冷暖放在心上，从一只暖瓶做起。
""",
    ),
    dict(
        slug="wenku-zhilan-plan-floor-heating-markers",
        site="知澜文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhilan-wk.example.com/view/4a91c07e.html",
        title="嶙山区老旧小区地暖管网改造实施方案",
        record_title="【优选资料】嶙山区老旧小区地暖管网改造实施方案 - 知澜文库",
        date="2024-08-20",
        notes="文库 reader: page-marker paragraphs ⦻ n ⦻ cut sentences; viewer toolbar, upload stamp (no date), paywall after the preview; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【优选资料】嶙山区老旧小区地暖管网改造实施方案 - 知澜文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/static/reader.3f2a.css">
<script src="/static/reader.3f2a.js" defer></script>
</head><body>
<header class="zl-head"><a class="logo" href="/">⟦m 知澜文库⟧</a>
<form class="search"><input placeholder="搜索海量文档"><button>⟦a 搜索⟧</button></form>
<a class="vip" href="/vip">⟦a 开通澜卡，全站文档随心下⟧</a> <a href="/login">⟦a 澜友登录 / 注册⟧</a></header>
<nav class="crumb">⟦m 知澜文库 › 行业资料 › 城乡建设 › 供热工程⟧</nav>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：澜友_5820　上传于：2024-09-02　共7页　阅读 1209⟧</div>
<div class="toolbar">⟦a 放大　缩小　全屏阅读　下载文档⟧</div>
<div class="pages">
{BODY}
</div>
<div class="paywall"><p>⟦a 剩余4页未展示，开通澜卡后即可阅读全文⟧</p><button>⟦a ￥5.80 单篇购买⟧</button></div>
</main>
<aside class="rec"><h3>⟦l 看了本文档的人还看了⟧</h3><ul>
<li>⟦l 小区集中供热改造工程施工组织设计.docx⟧</li>
<li>⟦l 地暖系统冲洗与打压试验记录表.xls⟧</li>
<li>⟦l 城镇供热管网维护技术规程解读.pdf⟧</li></ul></aside>
<footer>⟦d 知澜文库文档由用户上传，仅用于学习交流，如有侵权请联系平台删除⟧<br>⟦m © 知澜文库 zhilan-wk.example.com　浙ICP备19087452号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⦻ {n} ⦻", every=90, start=2),
        body="""
为解决老旧小区地暖管网老化、漏水频发、供热不均等问题，根据市住建局年度工作安排，结合我区实际，制定本方案。
一、改造范围
涿园、泗桥等12个2000年以前建成的老旧小区，涉及住户3860户，地暖管道约9.2万米。
二、改造内容
（一）更换老化的分集水器和锈蚀阀门；（二）对漏点集中的楼栋整体更换地暖盘管；（三）在小区热力入口加装计量和调控装置。
三、实施步骤
9月上旬完成入户摸排，9月下旬至10月中旬集中施工，10月底前完成打压试验和验收，确保11月1日正常供暖。
四、工作要求
各街道要逐户做好解释工作，施工单位要做到工完料净场地清，区住建局每周通报一次进度。
嶙山区住房和城乡建设局
2024年8月20日
""",
    ),
    dict(
        slug="wenku-qingjian-research-rice-bin-wrapped",
        site="青简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.qingjian.example.net/p-70318844.html",
        title="关于农村家庭储粮米缸防潮防虫情况的调研报告",
        record_title="关于农村家庭储粮米缸防潮防虫情况的调研报告.pdf",
        date="2024-06-28",
        notes="file-name record title; hard-wrapped at 62 columns with page markers ⬠n⬠ glued to the continuation line; 成文日期 under the signature",
        page="""
!m 青简文库 — 资料·范本·课件
!t 关于农村家庭储粮米缸防潮防虫情况的调研报告.pdf
!m 贡献者：简友7712　｜　页数：5　｜　格式：PDF　｜　评分：4.3
!a 下载（8简币）　｜　收藏　｜　转存到我的书架
{T}
{BODY}
!a 预览到此为止，后面还有3页，充值简币后继续
!l 相关资料：农村储粮减损技术指南.ppt ｜ 粮食产后损失调查问卷.doc
!d 声明：青简文库不对用户上传文档的内容负责，侵权请致信 jubao@qingjian.example.net
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⬠{n}⬠", every=100, start=2, glue=True),
        body="""
为了解农村家庭储粮现状，县粮食和物资储备局于2024年5月至6月，在崞原县岢头镇等4个乡镇随机走访农户120户，重点了解米缸等家庭储粮器具的使用情况。现将调研情况报告如下。
一、基本情况
受访农户中，使用陶瓷米缸的有67户，使用塑料桶的有38户，使用金属粮仓的有15户。户均存粮约160斤，存粮时间多在3个月以上。
二、存在问题
一是防潮措施不足，近三成米缸直接放在地面上；二是虫害较多，42户反映夏季米缸内出现米象；三是部分农户用农药拌粮防虫，存在食品安全隐患。
三、几点建议
建议开展科学储粮宣传，推广米缸垫高、密封和花椒驱虫等简便方法，对困难农户免费发放小型储粮桶。
崞原县粮食和物资储备局
2024年6月28日
""",
    ),
    dict(
        slug="gov-xishui-notice-meter-replacement",
        site="郗水县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xishui.example.gov.cn/zwgk/zcwj/202404/t20240417_83316.html",
        title="关于开展城区居民电表集中更换工作的通知",
        record_title="关于开展城区居民电表集中更换工作的通知 - 政策文件 - 郗水县人民政府门户网站",
        date="2024-04-15",
        date_also=["2024-04-17"],
        notes="county portal: 长辈模式/无障碍 links, 索引号 table with an unmarked 文号 cell (neutral), 发布日期 differs from the 成文日期; the notice's own 联系人/电话, 附件 list, 抄送 and 印发 lines beside the portal's 纠错 line and 12345",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展城区居民电表集中更换工作的通知 - 政策文件 - 郗水县人民政府门户网站</title>
<meta name="SiteName" content="郗水县人民政府门户网站">
<meta name="ColumnName" content="政策文件">
<script src="/js/jquery.min.js"></script>
<script src="/js/gov-stat.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：<span id="today"></span>⟧</span><a href="#">⟦a 长辈模式⟧</a> <a href="#">⟦a 读屏辅助模式⟧</a> <a href="/wap/">⟦a 手机版⟧</a></div>
<div class="banner">⟦m 郗水县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进郗水⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="location">⟦m 当前所在：首页 ＞ 政务公开 ＞ 政策文件 ＞ 县政府办文件⟧</div>
<table class="xxgk-table">
<tr><th>⟦m 索引号：</th><td>11610729MB1E40283X/2024-00931⟧</td><th>⟦m 发布机构：</th><td>郗水县政府办公室⟧</td></tr>
<tr><th>⟦m 主题分类：</th><td>能源 / 电力⟧</td><th>文　　号：</th><td>郗政办发〔2024〕31号</td></tr>
<tr><th>⟦m 成文日期：</th><td>2024-04-15⟧</td><th>⟦m 发布日期：</th><td>2024-04-17⟧</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="tools">⟦a 【调整字号：大·中·小】⟧ ⟦a 【打印正文】⟧ ⟦a 【关闭本页】⟧ ⟦l 转发本页至：微信 · 微博⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="relate">⟦l 相关解读：图解《关于开展城区居民电表集中更换工作的通知》⟧</div>
</div>
<div class="footer">
<p>⟦m 主办：郗水县人民政府办公室　承办：郗水县大数据服务中心⟧</p>
<p>⟦m 网站标识码：6107290012　陕ICP备05017736号⟧</p>
<p>⟦m 网站纠错电话：0917-5260100⟧　⟦m 政务服务便民热线：12345⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位：
为消除居民用电安全隐患，提高计量准确性，县政府决定于2024年5月至7月在城区开展居民电表集中更换工作。现将有关事项通知如下。
一、更换范围。城区2005年以前安装的机械式电表，共约1.1万只。
二、时间安排。5月上旬完成摸底登记，5月中旬至7月中旬分片更换，7月底前完成验收。
三、工作要求。更换前三天张贴停电告示，更换时由供电所、社区和户主三方确认新旧表底数。
联系人：县发展改革局能源股　陈晓丽　电话：0917-5263318
附件：1.城区电表更换片区划分表
2.电表底数确认单（样表）
郗水县人民政府办公室
2024年4月15日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
郗水县人民政府办公室　　2024年4月15日印发
""",
    ),
    dict(
        slug="gov-tailing-bulletin-postbox-check",
        site="邰岭县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.tailing.example.gov.cn/bmdt/yzglj/202411/t20241111_50127.html",
        title="邰岭县邮政管理局关于城区邮筒设施检查情况的通报",
        date="2024-11-08",
        date_also=["2024-11-11"],
        notes="record title as is; a 发布时间 line differing from the 成文日期; a data table one row a paragraph; 抄送 line; a font-size row glued before the first words of a line; a 纠错 line and a 12345 line at the foot",
        page="""
!m 邰岭县人民政府网
!m 首页 ＞ 部门动态 ＞ 邮政管理
{T}
!m 信息来源：县邮政管理局　　发布时间：2024-11-11 10:26　　浏览次数：377
!a 【大字版】【朗读全文】【打印】
{BODY}
!l 【上一条】县交通运输局开展冬季道路运输安全检查
!l 【下一条】县市场监管局召开电梯安全工作约谈会
!m 邰岭县人民政府办公室主办　　网站纠错：0919-8832010
!m 邰岭县政务服务热线 12345（7×24小时）
!m 陕ICP备09033127号　陕公网安备61102602000183号
""",
        body="""
各邮政企业：
10月下旬，县局对城区设置的邮筒开展了专项检查。现将检查情况通报如下。
一、总体情况。城区共设邮筒46个，其中完好38个，需维修6个，需更换2个。
片区　邮筒数　完好　需维修　需更换
东城　18　15　2　1
西城　16　14　2　0
新区　12　9　2　1
二、主要问题。部分邮筒投信口变形、锁具锈死，个别邮筒被小广告覆盖；新区2个邮筒长期未按规定频次开箱。
三、整改要求。各企业要在11月底前完成维修更换，恢复每日一次的开箱频次，并将整改情况书面报县局。
邰岭县邮政管理局
2024年11月8日
抄送：市邮政管理局。
""",
    ),
    dict(
        slug="news-xishui-old-postbox-retired",
        site="郗水融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xishuirm.example.com/bendi/2024-12/19/content_330815.html",
        title="濑口镇最后一只铸铁邮筒“退休”进馆",
        record_title="濑口镇最后一只铸铁邮筒“退休”进馆｜郗水融媒·本地",
        record_date="2024-12-19",
        date="2024-12-19",
        notes="news portal: an app prompt glued before the news lead, a photo caption between paragraphs, an editor/reviewer line glued after the last paragraph; listen button, ad slot, 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>濑口镇最后一只铸铁邮筒“退休”进馆｜郗水融媒·本地</title>
<meta name="description" content="濑口镇老街口的铸铁邮筒移入县邮政博物馆">
<script>window.__RM_CFG={cid:330815,ch:"bendi"}</script>
</head><body>
<div class="rm-top">⟦m 郗水融媒⟧ <a>⟦m 本地⟧</a> <a>⟦m 时政⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 视频⟧</a> <a>⟦m 专题⟧</a> <a class="app">⟦a 下载客户端⟧</a></div>
<div class="crumb">⟦m 郗水融媒 > 本地 > 乡镇动态⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2024-12-19 09:12　来源：郗水融媒　记者 邰晓峰⟧</div>
<div class="listen">⟦a ▶ 听新闻 03:12⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享至：微信　朋友圈　微博　复制链接⟧</div>
</article>
<div class="ad-slot">⟦d 广告⟧ ⟦m 郗水县城乡供水一体化工程 惠及十万群众⟧</div>
<aside><h3>⟦l 24小时热文⟧</h3><ol>
<li>⟦l 郗水县今冬首场降雪 道路部门连夜除雪⟧</li>
<li>⟦l 濑口镇老街改造方案征求意见⟧</li>
<li>⟦l 县图书馆开设“家书角”⟧</li></ol></aside>
<footer>⟦d 郗水融媒原创稿件，未经授权不得转载⟧<br>⟦m 郗水县融媒体中心主办　陕ICP备18020465号⟧</footer>
</body></html>
""",
        body="""
⟦a 打开郗水融媒APP，本地新闻早知道⟧12月18日上午，矗立在濑口镇老街口四十多年的绿色邮筒被小心吊上货车，运往县邮政博物馆收藏。这只邮筒是全镇最后一只铸铁邮筒，见证了几代人的书信往来。
“年轻时给在外当兵的哥哥写信，都是投在这里。”68岁的居民周桂芬一早就赶来送别。
⟦m ▲ 工作人员将老邮筒吊装上车。邰晓峰 摄⟧
随着书信减少，这只邮筒近年每天收到的信件已不足5封，筒身也多处锈蚀。县邮政分公司经过征求居民意见，决定将其移入博物馆，并在原址安装一台新式智能信报箱。
县邮政博物馆负责人介绍，老邮筒将经过除锈、补漆后在“乡邮记忆”展区展出，预计明年春节前与市民见面。⟦m （责编：郗雨　审核：梁栋）⟧
""",
    ),
    dict(
        slug="news-mangzhou-floor-heating-repairs-down",
        site="漭州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.mangzhou.example.cn/ms/20241102/n6620413.shtml",
        title="嶙山区供暖首日地暖报修量同比下降三成",
        record_title=None,
        date="2024-11-02",
        notes="no record title: the title is the page's title line; the 发布时间 byline is the page's date; the article's own heating hotline stays in the body beside the portal's news hotline; a listen button glued after a 。",
        page="""
!m 漭州新闻网 | 民生
!m 首页 / 民生 / 城事
{T}
!m 来源：漭州日报　　发布时间：2024-11-02 08:35　　编辑：韦佳
!a 【收听本文】　【调大字号】
{BODY}
!l 分享到：微信好友 ｜ QQ空间 ｜ 微博
!l 相关新闻
!l 漭州市今年冬季供暖将于11月1日开始
!l 嶙山区12个老旧小区地暖管网改造完工
!m 新闻热线：0391-8800110　　广告热线：0391-8800119
!d 凡本网注明“来源：漭州新闻网”的作品，转载须经书面授权。
""",
        body="""
11月1日，漭州市正式进入供暖季。记者从嶙山区供热服务中心获悉，供暖首日全区共接到地暖用户报修电话136个，比去年同期下降31%。
报修量下降，得益于今年夏秋的管网改造。嶙山区住建局今年对12个老旧小区的地暖管网进行了集中改造，更换分集水器2100余套。⟦a 〔点击收听〕⟧
“以前每年开栓那天，电话从早响到晚。”供热服务中心调度员王蕾说，今年报修主要集中在家中阀门未打开、过滤器堵塞等小问题，维修人员平均40分钟就能上门。
供热部门提醒，居民如发现地暖不热，可先检查分水器阀门是否开启，仍不能解决的可拨打供热服务热线0391-96018。
""",
    ),
    dict(
        slug="forum-jiuxia-old-flasks-jammer",
        site="旧匣收藏论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jiuxia-sc.example.com/thread-208431-1-1.html",
        title="晒晒我收藏的几只老暖壶",
        record_title="[老物件] 晒晒我收藏的几只老暖壶（图多，流量党绕道）- 收藏杂谈 - 旧匣收藏论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts (junk) in the post; posted 3 天前 (no date); rating row, signature, reply box; record title [board tag] … - board - forum",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[老物件] 晒晒我收藏的几只老暖壶（图多，流量党绕道）- 收藏杂谈 - 旧匣收藏论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Sx3"></script>
</head><body>
<div id="hd"><div class="wp">⟦m 旧匣收藏论坛 · 老物件里的旧时光⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div></div>
<div id="pt">⟦m 旧匣收藏论坛 › 收藏交流 › 收藏杂谈 › 正文⟧</div>
<div class="pgt">⟦a 发新帖⟧ ⟦a 回复⟧</div>
<table id="pid3310871"><tr>
<td class="pls"><div class="pi">⟦m 岢头老郑⟧</div><p>⟦m 帖子 862　积分 3177　藏龄 11 年⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_3310871">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 4　藏币 +12　收起 理由：好物件 眼馋了⟧</div>
<div class="sign">⟦m 收老物件，不收高仿；有缘交流 QQ：3380146625⟧</div>
<div class="po">⟦a 收藏　分享　点赞　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发：老铁皮壶现在是真难找了⟧<br>⟦l 板凳：竹壳那只品相真好，求出⟧</div>
<div id="f_pst">⟦a 登录后方可回帖，还没有账号？立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　旧匣收藏论坛　豫ICP备17011209号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
收藏老暖壶快十年了，今天挑几只有代表性的跟坛友们分享一下。
第一只是竹编外壳的，七十年代产，瓶胆早就换过，竹篾还很结实，提手处被磨得发亮。
第二只是铁皮外壳的，印着大红牡丹和“先进生产者”字样，是我从崞原县一户老人家里收来的，据说是当年厂里发的奖品。
第三只是八十年代的塑料外壳暖壶，颜色是那种很正的橘红，现在已经很少见了。
老暖壶不值什么钱，但每一只都有一段故事。欢迎大家也晒晒家里的老物件。
""",
    ),
    dict(
        slug="forum-qiju-floor-heating-diy-junk",
        site="栖居家园论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.qiju-jy.example.com/forum.php?mod=viewthread&tid=551207",
        title="自家地暖分集水器清洗记录",
        record_title="[DIY分享] 自家地暖分集水器清洗记录（附详细拆洗步骤）- 装修杂谈 - 栖居家园论坛",
        date=None,
        notes="forum post with junk lines and junk glued after 。; numbered steps; the post time is 昨天 (no date); a decoration ad line between paragraphs",
        page="""
!m 栖居家园论坛 — 装修 · 家居 · 生活
!m 论坛 › 装修杂谈 › 查看帖子
!t [DIY分享] 自家地暖分集水器清洗记录（附详细拆洗步骤）
!m 查看：1406　｜　回复：27
!m 暖暖的小屋 发表于 昨天 20:41　只看楼主
{BODY}
!a 回复　引用　点赞(19)　举报
!l 2# 装修小白兔：收藏了，明年自己试试
!l 3# 老管工：压力补到1.5差不多，别太高
!a 登录/注册后可以参与讨论
!m 栖居家园论坛　Powered by Discuz!
""",
        junk=dict(lines=2, glued=3),
        body="""
我家地暖用了六年，今年开始几路不太热，请师傅上门要两百块，就自己动手洗了一次，记录一下过程。
1. 关闭壁挂炉和分集水器总阀，把各路阀门也关上。
2. 拆下过滤器，里面果然全是铁锈和泥沙，用清水冲干净。
⟦w 【广告】地暖清洗上门服务，全城同价，微信 qiju_nuan365⟧
3. 逐路接上水管冲洗，一路冲到出水清澈为止，大概每路五分钟。
4. 装回过滤器，打开阀门补压到1.5公斤左右，再逐路排气。
洗完后开炉试了两天，几路温度都上来了。提醒一下，老房子阀门锈蚀的，最好还是请专业人员来弄。
""",
    ),
    dict(
        slug="blog-yanxia-essay-grandma-rice-bin",
        site="檐下听雨 (invented personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://yanxia-tingyu.example.blog/archives/1187.html",
        title="外婆的米缸",
        record_title="〔旧物小札〕外婆的米缸 — 檐下听雨",
        date=None,
        notes="blog post with tag cloud, archive, calendar-less sidebar and comment form; the post time is 2 个月前 (no date); a 'previous post' link glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>〔旧物小札〕外婆的米缸 — 檐下听雨</title>
<script src="/usr/themes/yuting/js/prism.js"></script>
<link rel="stylesheet" href="/usr/themes/yuting/style.css">
</head><body>
<header id="header"><div class="site-name">⟦m 檐下听雨⟧</div><p class="desc">⟦m 记些旧物，也记些旧人⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/jiuwu/">⟦m 旧物记⟧</a> <a href="/category/suibi/">⟦m 随笔⟧</a> <a href="/about.html">⟦m 关于⟧</a></nav></header>
<div id="main"><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：听雨⟧</li><li>⟦m 发布于 2 个月前⟧</li><li>⟦m 分类：旧物记⟧</li><li>⟦m 阅读 684⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：外婆 米缸 老屋⟧</p>
<div class="copyright">⟦d 本文为听雨原创，转载请附原文链接并署名⟧</div>
</article>
<div id="comments"><h3>⟦l 已有 6 条评论⟧</h3>
<ol><li>⟦l 山中客：看得鼻子一酸，我家也有这样一口缸⟧</li></ol>
<form>⟦l 说点什么吧⟧ <button>⟦a 提交评论⟧</button></form></div></div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 旧物　老屋　外婆　灶台　二十四节气　书信⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年10月 (3)⟧</li><li>⟦l 2024年9月 (5)⟧</li></ul></section>
</aside>
<footer id="footer">⟦m © 2018-2024 檐下听雨 · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
外婆家的厨房角落里，一直立着一口黑釉米缸，缸口盖着一块圆木板，木板上压着一只铁皮舀子。
小时候我最爱掀开木板往里看。米多的时候，白花花一缸，舀子插进去能没到手腕；米少的时候，外婆就踮着脚，把手臂伸到缸底去刮。
外婆说，米缸不能见底，见底了心里就慌。所以每次赶集回来，她总是先把米倒进缸里，再把新米和旧米拌一拌，旧米先吃。
夏天米缸里容易生虫，外婆就往缸里放几个晒干的花椒包，说虫子闻不得那个味。
后来外婆搬到城里，米缸留在了老屋。前年回去，缸还在，只是落满了灰。我用手擦了擦缸沿，好像又看见外婆弯腰舀米的样子。⟦l « 上一篇：灶台边的火钳⟧
""",
    ),
]
