"""holdout203, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moyun-speech-rain-gauge-sites",
        site="墨耘范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyunfw.com/jianghua/fangxun/2025/0422/17736.html",
        title="在全县山洪灾害雨量监测站点建设推进会上的讲话",
        record_title="【讲话汇编】在全县山洪灾害雨量监测站点建设推进会上的讲话（改个单位名即可用）_墨耘范文网",
        date="2025-04-17",
        date_also=["2025-04-22"],
        notes="old gb2312 table page: marquee, font-size row, floating QQ box, hot list, visitor counter; "
        "date under the speech title differs from the page's 发布时间; speaker line neutral; "
        "a ghost-writer QQ glued after a sentence and a related-essay line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话汇编】在全县山洪灾害雨量监测站点建设推进会上的讲话（改个单位名即可用）_墨耘范文网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.js"></script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220"><img src="/images/logo.gif" width="210" height="60"></td>
<td>⟦m 墨耘范文网 —— 笔下有田，耕耘成文⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 设墨耘为主页⟧</a>　<a href="#">⟦a 把本站加入收藏⟧</a></td></tr>
</table>
<table width="960" align="center" class="menu"><tr>
<td><a href="/">⟦m 首 页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 方案计划⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td>
</tr></table>
<marquee scrollamount="3">⟦m 墨耘温馨提示：范文只作写作参考，照搬照抄请慎重⟧</marquee>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="dqwz">⟦m 当前位置：墨耘范文网 &gt;&gt; 讲话致辞 &gt;&gt; 防汛抗旱讲话⟧</div>
<div class="bt">⟦t 【讲话汇编】在全县山洪灾害雨量监测站点建设推进会上的讲话（改个单位名即可用）⟧</div>
<div class="xx">⟦m 发布时间：2025-04-22　投稿：耘间客　人气：3826⟧</div>
<div class="zh">⟦a 【调整字体：大 中 小】【打印此文】【关闭窗口】⟧</div>
<h2 align="center">{T}</h2>
<p align="center">（2025年4月17日）</p>
<p align="center">副县长　罗鸿远</p>
{BODY}
<div class="fy">⟦l 上一篇：全县水利工程安全度汛工作会议讲话稿⟧<br>⟦l 下一篇：在防汛抢险应急演练总结会上的讲话⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="tt">⟦l 本周热门范文⟧</div>
<ul>
<li><a href="/a/17701.html">⟦l 乡镇汛前准备工作会讲话（五篇）⟧</a></li>
<li><a href="/a/17655.html">⟦l 水利局长在防汛培训班开班式上的讲话⟧</a></li>
<li><a href="/a/17590.html">⟦l 山洪灾害防御工作汇报材料⟧</a></li>
</ul>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:200px">⟦w 材料定制找墨耘 QQ：2718460935⟧</div>
<table width="960" align="center" class="foot"><tr><td>
⟦d 墨耘范文网所载文章多由网友投稿，著作权归原作者，如有不妥请来函删除⟧<br>
⟦m 墨耘范文网 版权所有 湘ICP备12059837号⟧<br>
⟦m 您是墨耘第 1264731 位访客⟧
</td></tr></table>
<script>document.getElementById('floatqq').style.display='block';</script>
</body>
</html>
""",
        body="""
同志们：
今天召开这次推进会，主要是部署山洪灾害雨量监测站点建设工作。去年汛期，我县有三个乡镇因局地短时强降雨引发山洪，暴露出监测站点覆盖不足、数据报送不及时的问题。下面，我讲三点意见。
一、补齐站点短板。今年全县新建自动雨量计站点48个，重点布设在獭溪上游和沿河村落，做到每个有山洪风险的行政村至少有一台雨量计。⟦w 需要同类讲话原稿请加墨耘QQ 2718460935⟧
⟦l 相关范文：山洪灾害防御演练讲话稿⟧
二、管好用好设备。各乡镇要明确一名站点管护员，每月清理一次承雨口和翻斗，发现堵塞、倾斜要及时报修，确保汛期数据不断线。
三、压实预警责任。雨量计发出报警后，乡镇值班人员要在十分钟内核实情况，按照“叫应”机制通知到村、到户、到人，该转移的群众一个不落地转移出来。
同志们，主汛期即将到来，希望大家抓紧抓实，确保新建站点在5月底前全部投入运行。
""",
    ),
    dict(
        slug="fanwen-jianyu-insight-cashier-training",
        site="笺语范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jianyufanwen.com/xinde/gangwei/51927.html",
        title="参加超市收银员岗位技能培训心得体会",
        record_title="参加超市收银员岗位技能培训心得体会（优选3篇）-笺语范文网",
        date=None,
        notes="decorated record title (count aside and site after a hyphen); an 'unfold the rest' line between paragraphs; "
        "a VIP prompt glued after a sentence; the page's upload stamp is no date",
        page="""
!m 笺语范文网 · 一笺一语皆文章
!m 位置：首页 ＞ 心得体会 ＞ 岗位心得
!t 参加超市收银员岗位技能培训心得体会（优选3篇）
!m 第1篇　　整理：笺语编辑组　　收录于 3 天前
!a ❏一键复制　❏存为Word　❏收进书签
{BODY}
!a 查看第2篇、第3篇请先登录笺语账号
!l 同类推荐：营业员岗前培训总结｜药店店员服务礼仪心得｜银行柜员业务培训体会
!d 笺语范文网内容仅供交流学习，引用请注明出处，转载须经作者同意。
!m Copyright 2019-2025 jianyufanwen.com 浙ICP备19048217号-1
""",
        indent="\u3000\u3000",
        body="""
今年三月，公司组织新入职的收银员参加了为期一周的岗位技能培训。培训内容包括收银机操作、扫码枪使用、现金清点、假币识别和服务礼仪。通过学习和实操，我对收银这个岗位有了全新的认识。
一是收银工作容不得半点马虎。培训老师说，收银机上的每一笔交易都连着顾客的钱包和门店的账本。以前我觉得收银就是扫一扫、收收钱，现在才明白，开机核对备用金、交班打印日结单、长短款当班说明，每一步都有规矩。⟦a 开通笺语VIP，整篇范文无广告下载⟧
⟦a ▼ 点此展开余下全文 ▼⟧
二是熟练来自一遍遍练习。第一天上机时，我连退货流程都找不到，会员折扣也经常按错。后来我每天提前半小时到岗练习，到了考核那天，单笔结算平均用时缩短到二十秒以内。
三是微笑也是一项基本功。高峰时段顾客排队着急，一句“让您久等了”往往比什么都管用。
这次培训让我明白，平凡的岗位也能做出不平凡的成绩。
""",
    ),
    dict(
        slug="wenku-zhiqian-research-shop-tills-html-markers",
        site="知谦文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhiqian365.com/view/8a31c7e02f55.html",
        title="关于全县农村小超市收银设备使用情况的调研报告",
        record_title=None,
        date="2025-03-20",
        notes="no record title, the title in the reader's <h1>; page-marker paragraphs ⏢ n ⏢ cut two paragraphs; "
        "a monthly-card lock and a coin pay box after the preview; 成文日期 under the signature; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知谦文库 - 在线阅读</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhiqian365.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="zq-top">
<a class="logo" href="/">⟦m 知谦文库⟧</a>
<nav><a href="/c/gongwen">⟦m 公文写作⟧</a> <a href="/c/baogao">⟦m 报告材料⟧</a> <a href="/c/jiaoyu">⟦m 教育资料⟧</a></nav>
<a class="vip" href="/vip">⟦a 开月卡 任意读⟧</a> <a href="/login">⟦a 登录⟧</a> <a href="/reg">⟦a 注册⟧</a>
</header>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：谦谦书童　上传于 2025-04-02　共 4 页　4.6 分⟧</div>
<div class="viewer-bar">⟦a 适合宽度　－　＋　全屏阅读⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="lock-mask">⟦a 本文档剩余 2 页，开通月卡或支付 6 谦币继续阅读⟧</div>
<div class="pay-box"><button>⟦a 6 谦币购买本篇⟧</button> <button>⟦a 月卡会员免费读⟧</button></div>
<section class="recommend"><h3>⟦l 读了本文的人还读了⟧</h3>
<ul><li>⟦l 县域商贸流通体系建设调研报告⟧</li><li>⟦l 农村电商服务站运营情况调研⟧</li></ul></section>
</main>
<footer class="zq-foot">
<p>⟦d 文档由知谦用户上传，知谦文库仅提供信息存储空间服务，不对内容负责⟧</p>
<p>⟦m © 知谦文库 zhiqian365.com　苏ICP备20081753号-3⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⏢ {n} ⏢", every=150, start=2),
        body="""
为了解农村小超市收银设备的配备和使用情况，县商务局组成调研组，于2025年2月下旬走访了6个乡镇的72家小超市和便利店，并对其中40家店主进行了问卷调查。现将调研情况报告如下。
一、基本情况
在走访的72家店铺中，配有收银机的58家，占80.6%；配有扫码枪的63家，占87.5%；仍靠手写记账的有9家，主要是年过六旬的店主经营的村头小店。收银机中使用五年以上的有27台，部分机器已不能打印小票。
二、存在的问题
一是设备老化，死机、卡纸的情况较多；二是店主不会使用库存管理功能，收银机只当计算器用；三是部分店铺把扫码枪接在手机上收款，账目和收银机对不上，月底盘点困难。
三、几点建议
建议由商务部门牵头，联合供销社和银行网点开展收银设备以旧换新，每年组织两次店主操作培训，帮助小超市把收银、库存、对账真正管起来。
县商务局调研组
2025年3月20日
""",
    ),
    dict(
        slug="wenku-docview-plan-life-buoys-marker-lines",
        site="文阅网 (invented, 文库 preview)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wenyuewang.net/p-90314486.html",
        title="鳟川区游泳场所救生圈配置与日常检查工作方案",
        record_title="鳟川区游泳场所救生圈配置与日常检查工作方案.docx",
        date="2025-06-03",
        notes="file-name record title; ⛋第n页⛋ markers on lines of their own cut sentences; a preview-limit line and a "
        "points prompt; 成文日期 under the signature",
        page="""
!m 文阅网　WENYUEWANG
!m 文档分类 / 行业资料 / 体育场馆
{T}
!m 鳟川区游泳场所救生圈配置与日常检查工作方案.docx　｜　5页　｜　文阅网用户 波心
!a ⇩ 存到本地（18 阅点）
!a 预览模式：前 3 页
{BODY}
!a ……预览已到末页，余下内容需花费 18 阅点后查看……
!l 相关文档：游泳池救生员值班制度.doc　水上乐园安全应急预案.pdf
!d 文阅网只提供存储空间，文档内容由上传者负责，如有侵权可提交申诉。
""",
        pages=dict(fmt="⛋第{n}页⛋", every=90, start=2),
        body="""
为进一步加强全区游泳场所安全管理，规范救生圈等救生器材的配置和检查，预防溺水事故发生，结合我区实际，制定本方案。
一、适用范围
本方案适用于全区对外开放的室内外游泳馆、水上乐园及宾馆酒店附设游泳池，共计23家。
二、配置标准
池岸每25米至少配备救生圈2个，每个救生圈系有长度不少于15米的救生绳；深水区与浅水区交界处、跳台附近应增设救生圈。救生圈应放置在明显位置，不得上锁或挪作他用。
三、日常检查
各场所每日开放前由当班救生员检查救生圈外观、浮力和绳索，做好登记；区文化体育局每月组织一次抽查，发现问题责令当场整改。
四、工作要求
各场所负责人是救生器材管理的第一责任人，要确保器材完好率达到100%。
鳟川区文化体育局
2025年6月3日
""",
    ),
    dict(
        slug="gov-baxi-notice-rain-gauge-check-index-table",
        site="鲌溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.baixi.gov.cn/zwgk/bmwj/slj/202504/t20250410_3318402.html",
        title="关于做好2025年汛前自动雨量站检查维护工作的通知",
        record_title="关于做好2025年汛前自动雨量站检查维护工作的通知 丨 部门文件 丨 鲌溪县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="county portal: 关怀模式/屏幕朗读 links, 索引号 table with the 文号 cell unmarked, an attachment link beside the 附件 "
        "list, the notice's own 联系人/电话 beside the portal's 纠错 and service lines; 成文日期 differs from 发布日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于做好2025年汛前自动雨量站检查维护工作的通知 丨 部门文件 丨 鲌溪县人民政府</title>
<meta name="ArticleTitle" content="关于做好2025年汛前自动雨量站检查维护工作的通知">
<meta name="PubDate" content="2025-04-10 09:30">
<script src="/common/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><span>⟦m 欢迎访问鲌溪县人民政府门户网站⟧</span>
<a href="javascript:;" id="care">⟦a 关怀版⟧</a> <a href="javascript:;" id="reader">⟦a 屏幕朗读⟧</a> <a href="/en/">⟦a EN⟧</a></div>
<div class="banner"><img src="/images/banner.png" alt=""></div>
<ul class="main-nav"><li>⟦m 首页⟧</li><li>⟦m 走进鲌溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="location">⟦m 您所在的位置：首页 » 政务公开 » 部门文件 » 县水利局⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索 引 号：11352421MB1E83207X/2025-01186⟧</td><td>⟦m 主题分类：水利、水务⟧</td></tr>
<tr><td>⟦m 发布机构：鲌溪县水利局⟧</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
<tr><td>文　　号：鲌水〔2025〕17号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：县水利局　浏览次数：1207⟧　<span class="font">⟦a 文字 ＋ ○ －⟧</span></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj"><a href="/zwgk/bmwj/slj/202504/P020250410552813.xlsx">⟦a 点击下载：2025年汛前雨量站检查维护情况表.xlsx⟧</a></div>
<div class="art-tools">⟦a 【打印本页】【关闭窗口】【分享到微信】⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4>
<p>⟦l 鲌溪县2025年山洪灾害防御工作方案⟧</p>
<p>⟦l 县防指关于调整防汛抗旱指挥部成员的通知⟧</p></div>
<div class="footer">
<p>⟦m 主办：鲌溪县人民政府办公室　承办：鲌溪县融媒体中心⟧</p>
<p>⟦m 网站标识码：3611270008　赣公网安备36112702000173号⟧</p>
<p>⟦m 网站纠错及服务热线：0793-6825110⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为确保主汛期自动雨量站稳定运行，及时准确掌握降雨信息，现就做好汛前检查维护工作通知如下。
一、检查范围。全县国家、省、县三级自动雨量站共112处，重点是獭溪流域和山洪灾害危险区内的站点。
二、检查内容。逐站检查雨量计承雨口是否堵塞、翻斗是否灵活、太阳能板和蓄电池是否正常、数据能否按时上传，同时清理站点周边遮挡的树枝和杂草。
三、时间要求。各乡镇请于4月25日前完成自查，填写检查维护情况表报县水利局；县水利局将于4月底组织抽查。
附件：2025年汛前雨量站检查维护情况表
联系人：县水利局水旱灾害防御股　谢婉秋，电话：0793-6821347。
鲌溪县水利局
2025年4月8日
""",
    ),
    dict(
        slug="gov-lingjiang-bulletin-life-buoy-spot-check",
        site="鲮江市人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.lingjiang.gov.cn/xxgk/tzgg/202507/t20250718_91032.html",
        title="关于全市公共水域救生圈配备情况抽查结果的通报",
        date="2025-07-16",
        notes="record title as is; the text page shows the portal's header, an elderly-mode link, an info line and a "
        "抄送 line at the end of the document; a table one row a paragraph; 成文日期 under the signature",
        page="""
!m 鲮江市人民政府网
!a 适老化浏览　｜　简/繁　｜　无障碍阅读
!m 首页 → 信息公开 → 通知公告
{T}
!m 信息来源：市应急管理局　　公开日期：2025-07-18　　访问量：2093
{BODY}
!a 【转发给朋友】　【打印正文】　【返回顶部】
!m 鲮江市人民政府办公室主办　鲮江市大数据中心运维　网站标识码 4408820014
!m 粤ICP备05073412号　政务服务便民热线：12345
""",
        indent="\u3000\u3000",
        body="""
各县（区）人民政府，市直有关单位：
7月上旬，市应急管理局会同市水利局、市文化广电旅游体育局，对全市河道、水库、公园湖泊等公共水域救生圈配备情况进行了抽查。现将有关情况通报如下。
共抽查点位96个，其中救生圈齐全完好的71个，缺失或损坏的25个。各县（区）情况如下：
县（区）　抽查点位　缺失损坏　完好率
鳟川区　28　4　85.7%
鲞桥县　35　13　62.9%
鳓港县　33　8　75.8%
鲞桥县问题较为突出，部分救生圈被挪作他用，个别点位的救生圈箱长期上锁。请各县（区）于7月31日前完成整改，并将整改情况报市应急管理局。
鲮江市应急管理局
2025年7月16日
抄送：市防溺水工作领导小组办公室。
""",
    ),
    dict(
        slug="news-ganhu-rain-gauges-villages-html",
        site="鳡湖新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ganhunews.cn/xw/ms/2025-05/12/content_208174.html",
        title="鳡湖县48个村装上自动雨量计 山洪预警提前半小时",
        record_title="【鳡湖快讯】鳡湖县48个村装上自动雨量计 山洪预警提前半小时_鳡湖新闻网",
        date="2025-05-12",
        notes="county news portal: app prompt, listen button, a photo caption between paragraphs, an ad slot, a 24-hour "
        "list; the editor line glued after the last paragraph; the byline's time line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>【鳡湖快讯】鳡湖县48个村装上自动雨量计 山洪预警提前半小时_鳡湖新闻网</title>
<script>var _czc = _czc || [];</script>
</head>
<body>
<div class="hd"><a class="logo" href="/">⟦m 鳡湖新闻网⟧</a><span class="slogan">⟦m 湖光之畔 新闻之窗⟧</span>
<a class="app" href="/app">⟦a 下“掌上鳡湖”客户端 看更多本地事⟧</a></div>
<div class="nav">⟦m 首页 | 时政 | 民生 | 乡村 | 视频 | 专题⟧</div>
<div class="crumb">⟦m 鳡湖新闻网 › 民生 › 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-12 10:26　来源：鳡湖融媒　记者 葛书阳⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="content">
{BODY}
</div>
</article>
<div class="ad">⟦m 推广⟧ <img src="/ad/2025/05/tea.jpg" alt=""></div>
<aside class="h24"><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 鳡湖县城区三条道路夜间施工封闭⟧</li><li>⟦l 獭溪漂流5月18日恢复营业⟧</li><li>⟦l 县人民医院新院区门诊正式开诊⟧</li></ol></aside>
<footer>
<p>⟦d 凡注明“来源：鳡湖融媒”的稿件，未经书面授权不得转载、摘编⟧</p>
<p>⟦m 互联网新闻信息服务许可证：36120230017　违法和不良信息举报：0797-5520871⟧</p>
</footer>
</body>
</html>
""",
        body="""
本网讯 5月11日，随着鳡湖县蚶岭镇石背村的最后一台自动雨量计通电调试完成，全县48个山洪灾害危险村全部装上了自动雨量计。
这批雨量计每5分钟上传一次降雨数据，一小时雨量超过30毫米时，会自动向县防汛值班室和村干部手机发送预警短信。
⟦m 图为技术人员在石背村调试自动雨量计。（通讯员 庞立新 摄）⟧
“以前下大雨全靠人看天、看水位，现在雨量计一报警，我们马上就能组织人员转移。”石背村党支部书记曾广林说。
据县水利局介绍，与过去人工观测相比，山洪预警平均提前了半小时左右。⟦m （责任编辑：邬小晴）⟧
""",
    ),
    dict(
        slug="news-lingjiang-market-scanners-title-line",
        site="鲮江在线 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lingjiangol.com/news/shehui/202503/t20250309_55621.shtml",
        title="鲮江农贸市场摊位用上扫码枪 买菜结账快了一倍",
        record_title=None,
        date="2025-03-09",
        notes="no record title: the title line on the page; the byline's time line is the page's date; the title glued "
        "once more to the lead; a photo caption and a further-reading line between paragraphs",
        page="""
!m 鲮江在线 — 鲮江人自己的新闻网
!m 新闻　｜　社会　｜　财经　｜　房产　｜　汽车
{T}
!m 2025-03-09 08:15　　来源：鲮江日报　　作者：苏曼青
!a 转给好友：微信 ｜ 微博 ｜ QQ
{T}{BODY}
!m 编辑：韦冬　　审核：凌晨峰
!l 【延伸阅读】鲮江将再建三个标准化菜市场
!l 【延伸阅读】鳓港县农贸市场完成提质改造
!d 本网登载的内容，仅代表作者观点，与本网立场无关。
""",
        body="""
本报讯 在鲮江市鲞桥农贸市场，卖菜的摊位上多了一样新设备：一把连着电子秤的扫码枪。顾客打开手机付款码，摊主“嘀”一下就完成了收款，称重、算价、收钱一气呵成。
⟦m 鲞桥农贸市场的摊主正在用扫码枪收款。苏曼青 摄⟧
“以前顾客扫墙上的二维码，还要自己输金额，遇到老人更慢。”蔬菜摊主黎秀芬说，用上扫码枪后，一笔买卖结账快了一倍。
据市场运营方介绍，市场148个摊位已全部配上扫码枪，每天的流水还能自动生成账单，方便摊主对账。⟦l 【延伸阅读】鲮江菜价周报（3月第1周）⟧
下一步，鲮江市将在全市22个农贸市场推广这一做法。
""",
    ),
    dict(
        slug="forum-bangong-shredder-jam-jammer-html",
        site="办公设备之家论坛 (invented, Discuz-like)",
        style="论坛",
        genre="经验",
        kind="other",
        form="html",
        source="https://bbs.bgsbzj.com/thread-402918-1-1.html",
        title="碎纸机卡纸后电机不转，拆开发现是这个原因",
        record_title="[维修心得] 碎纸机卡纸后电机不转，拆开发现是这个原因 - 粉碎设备 - 办公设备之家论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts in the post, a rating row, a signature, a reply box; the post time is "
        "relative (3 天前), no date; a poster's 'edited' aside glued after a sentence",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[维修心得] 碎纸机卡纸后电机不转，拆开发现是这个原因 - 粉碎设备 - 办公设备之家论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head>
<body>
<div id="toptb">⟦m 办公设备之家论坛⟧　<a href="member.php?mod=register">⟦a 注册⟧</a>　<a href="member.php?mod=logging">⟦a 登录⟧</a></div>
<div id="pt">⟦m 论坛首页 › 维修交流区 › 粉碎设备 › 查看帖子⟧</div>
<div class="ts"><h1><span class="tag">⟦t [维修心得]⟧</span> <span id="thread_subject">{T}</span></h1></div>
<div class="hm">⟦m 查看: 4106 | 回复: 27⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 老纪修机⟧</div><p>⟦m 金牌维修员 · 积分 3352⟧</p></td>
<td class="plc">
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 6　技术 +9　收起 理由：实用，已照做⟧</div>
<div class="sign">⟦m 修机十五年，只讲干货，不卖配件⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table>
<div class="pgs">⟦l 上一主题：老式碎纸机换刀片教程⟧　⟦l 下一主题：复印机定影膜起皱怎么办⟧</div>
<div id="f_pst">⟦a 登录之后方可回帖，立即登录 | 没有账号？注册一个⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 ｜ 办公设备之家 ｜ 鲁ICP备16032519号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
单位那台用了六年的碎纸机，上周一次塞进去十几张纸，卡住以后再插电就只听见嗡嗡响，电机不转。
先说结论：不是电机坏了，是过热保护开关跳了，再加上刀辊缠了纸屑。
处理步骤：拔掉电源，把机头从纸篓上取下来，用镊子把刀辊两侧缠着的纸屑一点点挑出来；再放置半小时，等电机完全冷却，过热保护会自动复位。⟦m （本帖最后由 老纪修机 于 2 天前 编辑）⟧
最后往刀辊上滴几滴碎纸机专用润滑油，空转一分钟，再试着放进两张纸，就恢复正常了。
提醒大家，碎纸机一次别超过说明书标的张数，连续工作也别超过十分钟，比什么都强。
""",
    ),
    dict(
        slug="forum-xidiao-life-buoy-night-fishing-junk",
        site="溪钓人论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="text",
        source="https://www.xidiaoren.net/forum/t-77405.html",
        title="夜钓带救生圈的必要性，说说我去年落水的经历",
        record_title="[钓友分享] 夜钓带救生圈的必要性，说说我去年落水的经历（真实经历） - 溪钓交流 - 溪钓人论坛",
        date=None,
        notes="forum thread text: junk lines and junk glued after sentences, member stats, replies; the post time "
        "(昨天 21:14) is no date; the poster's own mobile for a loan of buoys beside the forum's ad QQ",
        page="""
!m 溪钓人论坛 › 溪钓交流 › 正文
!t [钓友分享] 夜钓带救生圈的必要性，说说我去年落水的经历（真实经历）
!m 楼主　水边老葛　｜　钓龄 12 年　｜　发表于 昨天 21:14
!m 浏览 1883　回复 41
{BODY}
!a 点赞 56　　收藏　　分享到钓友群
!l 沙发　獭溪夜猫：看得我后背发凉，明天就去买一个
!l 板凳　鳡湖钓叟：顶，安全第一，鱼是钓不完的
!m 钓具广告位招租，联系论坛管理QQ：3390172548
!a 快速回复（需登录）
""",
        junk=dict(lines=2, glued=3),
        body="""
去年九月，我在獭溪下游的一个回水湾夜钓。那天露水重，岸边的石头很滑，我起身换饵时脚下一滑，整个人掉进了水里。
水不算急，但夜里什么都看不见，穿着雨靴根本游不动。幸亏同去的钓友阿强包里带着一个充气救生圈，他把救生圈连着绳子扔过来，我抓住以后被拖回了岸边。
从那以后，我夜钓必带三样东西：救生圈、头灯、哨子。救生圈不用买多贵的，能挂在钓箱上、一拉就充气的那种就行。
还有几点建议：一是别一个人夜钓；二是钓位选平缓的岸，别站在长满青苔的石头上；三是出门前告诉家里人去哪里。
獭溪边的钓友如果临时需要，可以找我借，我这里有两个备用的，电话13907974261。
""",
    ),
]
