"""holdout247, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="yantian-fanwen-speech-gong-drum-showcase",
        site="砚田范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantianfw.cn/jhzc/wenhua/2025/0203/5517.asp",
        title="在全县民间锣鼓艺术展演活动启动仪式上的讲话",
        record_title="【致辞范本】在全县民间锣鼓艺术展演活动启动仪式上的讲话（略改可用）_砚田范文苑",
        date="2025-01-18",
        date_also=["2025-02-03"],
        notes="old gb2312 table page: marquee, font-size row, floating ghost-writer box, hot list, visitor counter; speaker and date lines under the title (neutral); a ghost-writer prompt glued after a sentence and a member line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞范本】在全县民间锣鼓艺术展演活动启动仪式上的讲话（略改可用）_砚田范文苑</title>
<meta name="keywords" content="锣鼓,展演,启动仪式,讲话稿">
<link href="/css/yt2015.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="68"><b>⟦m 砚田范文苑⟧</b> <font color="#999999">⟦m 一方砚田，耕出万篇好文⟧</font></td>
<td align="right"><a href="#">⟦a 设为首页⟧</a> <a href="#">⟦a 收藏本苑⟧</a> <a href="/user/login.asp">⟦a 会员登录⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#8B0000"><a href="/">⟦m 首页⟧</a> <a href="/jhzc/">⟦m 讲话致辞⟧</a> <a href="/gzzj/">⟦m 工作总结⟧</a> <a href="/zcc/">⟦m 主持词⟧</a> <a href="/xdth/">⟦m 心得体会⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 砚田范文苑开苑十周年，讲稿频道本月全场八折⟧</marquee></td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：砚田范文苑 &gt;&gt; 讲话致辞 &gt;&gt; 文化活动致辞⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 录入：砚田小编　更新日期：2025-02-03　人气：2761⟧</div>
<div class="zihao">⟦a 〘字号：大号 常规 小号〙⟧</div>
<p align="center">县委常委、宣传部部长　卢韵华</p>
<p align="center">（2025年1月18日）</p>
{BODY}
<div class="gongju">⟦a 〔复制全文〕　〔生成Word〕　〔发给好友〕⟧</div>
<div class="fanye">⟦l 上一篇：全县非遗保护工作会议主持词⟧<br>⟦l 下一篇：春节文艺晚会开幕致辞三篇⟧</div>
</td>
<td width="250" valign="top">
<table><tr><td><b>⟦l 本月热读⟧</b></td></tr>
<tr><td><a href="/jhzc/5501.asp">⟦l 民俗文化节开幕式讲话稿⟧</a></td></tr>
<tr><td><a href="/jhzc/5489.asp">⟦l 元宵节社火展演活动致辞⟧</a></td></tr>
<tr><td><a href="/jhzc/5470.asp">⟦l 非遗进校园启动仪式发言⟧</a></td></tr></table>
</td></tr></table>
<div id="qqbox" style="position:fixed;right:0;top:200px">⟦w 写稿难？资深笔杆一对一代拟，QQ：3306725814⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 苑内文章多为笔友投稿，只作写作参考，转载请注明砚田出处。⟧<br>
⟦m Copyright 2015-2025 砚田范文苑 www.yantianfw.cn　苏ICP备15062718号⟧<br>
⟦m 今日访问：1186　累计访问：2034517⟧</td></tr></table>
<script>document.write('<img src="/count.asp?id=5517" width="0">');</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们、朋友们：
锣鼓一响，年味就浓了。今天，全县民间锣鼓艺术展演活动正式启动。我代表县委、县政府，向精心筹备活动的县文化馆和各乡镇，向前来参演的二十八支民间锣鼓队表示热烈欢迎！
嶍山锣鼓有三百多年的传承，“八仙过海”“闹五更”等曲牌在老艺人手中一代代传了下来。近年来，全县新组建村级锣鼓队四十一支，培养青年鼓手三百余人，锣鼓声又响在了乡村的晒场上。⟦w 本篇可按贵单位名称改写，微信 ytfw_0719⟧
⟦a 以下段落为砚田会员专享，开通后整篇可见⟧
办好这次展演，我提三点希望：一是守住老曲牌，鼓点、锣点要按老规矩打，不能走了味；二是带好新传人，每支队伍至少带出两名三十五岁以下的骨干；三是注意安全，夜间演出要控制音量和时长，不扰民、不占道。
同志们，让我们用欢腾的锣鼓敲出新春的好气象，敲出嶍山人的精气神！
""",
    ),
    dict(
        slug="moqi-fanwen-insight-camp-stool-village",
        site="墨畦范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.mqfanwen.com/xinde/zhucun/20931.html",
        title="带着小马扎走村入户的几点体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line stands under the breadcrumb; no date anywhere (the upload line has none); a ghost-writer prompt glued after a sentence, an 'expand' action between paragraphs",
        page="""
!m 墨畦范文 · 给写材料的人省点力
!m 当前：首页 / 心得体会 / 驻村帮扶
{T}
!m 字数：约600　｜　上传：匿名笔友　｜　浏览 3.4k
!a 📋一键复制　⬇存为文档　☆加入书架
{BODY}
!a 未完，剩余约四成内容需墨豆解锁（每篇3墨豆）
!w 同类心得量身定制：加微信 mqfw-2288，当天出稿
!l 同类推荐
!l 驻村第一书记半年工作体会
!l 入户走访心得（精选四篇）
!d 墨畦所载文字皆为网友分享，若有侵权请告知站长下架。
""",
        indent="\u3000\u3000",
        body="""
去年秋天到槎头村驻村，我随身带了一把小马扎。一年下来，马扎磨掉了漆，我也攒下了一些心里话。
一是坐下来，群众才肯开口。站在院门口问话，乡亲们客气几句就散了；把马扎往墙根一放，和老人平着视线聊，家长里短就都说出来了。
二是坐得住，问题才摸得清。村西头饮水管老化的事，我前后坐了五个下午，才把每户的用水时段、管线走向问清楚。⟦w 心得写不动？墨畦代拟，微信 mqfw-2288⟧
⟦a 👉展开剩余段落⟧
三是坐到一起，事情才好商量。修路占地，我们在晒场上摆了二十多把马扎开院坝会，吵过也笑过，最后方案是大家一起定的。
小马扎让我明白，群众工作没有捷径，肯坐下来，就离群众近了一步。
""",
    ),
    dict(
        slug="shiye-wenku-plan-paddles-marker-paragraphs",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.shiyewk.com/view/8c41d07e2b.html",
        title="溦阳县2025年龙舟赛事桨具更新配置方案",
        record_title="溦阳县2025年龙舟赛事桨具更新配置方案.pdf",
        date="2025-04-08",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ✾ n ✾ cutting sentences, a coin pay box, upload notice; decimal headings; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>溦阳县2025年龙舟赛事桨具更新配置方案.pdf - 拾页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.shiyewk.com/reader/v3/reader.min.js"></script>
<script>window.__DOC__={id:"8c41d07e2b",pages:5,free:2};</script>
</head><body>
<header class="sy-head"><a class="logo" href="/">⟦m 拾页文库⟧</a><span class="slogan">⟦m 一页一页，拾起有用的知识⟧</span>
<form class="search"><input placeholder="搜文档"><button>⟦a 搜索⟧</button></form><a href="/login">⟦a 登录⟧</a></header>
<nav class="sy-crumb">⟦m 拾页文库 › 行业资料 › 体育赛事 › 龙舟⟧</nav>
<div class="doc-title"><h1>{T}</h1>
<p class="doc-info">⟦m 5页 · 132.6KB · 上传者：桨影 · 下载 57 次⟧</p></div>
<div class="viewer-bar">⟦a 上一页 下一页 适合宽度 全屏阅读⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay-box"><p>⟦a 试看已到第2页，余下3页需拾页币解锁⟧</p><button>⟦a 用8拾页币下载⟧</button></div>
<aside class="rel"><h3>⟦l 看过此文的人还看了⟧</h3><ul>
<li>⟦l 龙舟竞渡活动安全保障预案.docx⟧</li>
<li>⟦l 传统龙舟制作工艺简介.pdf⟧</li></ul></aside>
<footer><p>⟦d 文档由上传者提供，拾页文库只作存储与展示，内容如有不妥请联系我们处理。⟧</p>
<p>⟦m © 2025 拾页文库 shiyewk.com　浙ICP备20041573号-1⟧</p></footer>
</body></html>
""",
        p_html='<p class="wk-line">{}</p>',
        pages=dict(fmt="✾ {n} ✾", every=140, start=2),
        body="""
为保障2025年端午龙舟赛事安全有序开展，解决部分村队桨具老化、规格不一等问题，县文体旅游局会同各乡镇制定本方案。
1.总体目标
1.1 6月10日前，完成全县18支参赛队伍桨具的检查、更换和登记，做到一桨一号、一队一册。
1.2 新配桨具统一采用长1.05米至1.20米的标准桨，桨叶宽度不超过18厘米。
2.工作安排
2.1 摸底登记。4月底前，各乡镇组织村队逐支清点现有桨具，开裂、脱胶、桨柄松动的一律登记报废。
2.2 集中采购。5月25日前，县文体旅游局统一组织采购，按每队24支、备用4支的标准配发。
2.3 验收试划。新桨到位后，各队下水试划，发现问题及时调换。
3.保障措施
所需经费由县体育事业经费列支，各乡镇负责桨具日常保管，赛后集中入库，防潮防晒。
溦阳县文体旅游局
2025年4月8日
""",
    ),
    dict(
        slug="qingjian-wenku-survey-flowerpots-wrapped-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.qingjian.net/p-2290617.html",
        title="关于城区高层住宅阳台花盆坠落隐患的调研报告",
        record_title="关于城区高层住宅阳台花盆坠落隐患的调研报告（附整治建议）- 青简文库",
        date="2025-03-26",
        notes="文库 text hard-wrapped at 62 columns, page markers ✼n✼ glued to the continuation line; 成文日期 in Chinese numerals",
        page="""
!m 青简文库　｜　文档 · 资料 · 范本
!t 关于城区高层住宅阳台花盆坠落隐患的调研报告（附整治建议）- 青简文库
!m 页数：4　大小：58KB　格式：DOC　评分：★★★★☆
!a 全文阅读已结束，余下页面请下载后查看　　［下载此文档］
{BODY}
!a 喜欢就收进简夹，下次打开不迷路
!d 上传资料若涉及您的权益，请通过页脚“权利申诉”通道联系青简文库处理。
!l 同主题文档：高空抛物专项整治方案.doc ｜ 物业安全巡查记录表.xls
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="✼{n}✼", every=110, start=2, glue=True),
        body="""
今年二月至三月，区城市管理局组成调研组，对澋湖区十二个高层住宅小区阳台外沿摆放花盆的情况进行了实地调研，现将有关情况报告如下。
一、基本情况。调研组共走访住户一千四百二十户，发现在阳台护栏外侧或窗台外沿摆放花盆的有二百零六户，其中七层以上的有一百三十一户。
二、主要问题。一是部分花盆未加固定，遇大风容易滑落；二是一些住户用铁丝悬挂花架，锈蚀后存在断裂风险；三是物业巡查多停留在口头提醒，缺少跟踪。
三、几点建议。一是由社区牵头开展“阳台清危”行动，外沿花盆一律移入室内；二是物业公司建立高层住户巡查台账，每月检查一次；三是将防高空坠物纳入文明小区评比。
澋湖区城市管理局调研组
二〇二五年三月二十六日
""",
    ),
    dict(
        slug="xishan-gov-notice-matches-fire-season",
        site="嶍山县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xishan.gov.example.cn/zwgk/bmwj/yjj/202502/t20250221_90416.html",
        title="嶍山县应急管理局关于做好森林防火期进山人员火柴等火种收缴工作的通知",
        record_title="嶍山县应急管理局关于做好森林防火期进山人员火柴等火种收缴工作的通知_部门发文_嶍山县人民政府",
        date="2025-02-20",
        date_also=["2025-02-21"],
        notes="county portal: 长者模式/无障碍 links, 索引号 table (the 文号 cell unmarked: neutral), a 纠错 hotline beside the notice's own 联系人/电话, 附件 list, 抄送 and 印发 lines; the portal's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>嶍山县应急管理局关于做好森林防火期进山人员火柴等火种收缴工作的通知_部门发文_嶍山县人民政府</title>
<meta name="SiteName" content="嶍山县人民政府"><meta name="ColumnName" content="部门发文">
<script src="/js/jquery.min.js"></script><script src="/js/zoom.js"></script>
</head><body>
<div class="topbar"><span>⟦m 嶍山县人民政府⟧</span> <a href="/">⟦a 长者模式⟧</a> <a href="/">⟦a 适老读屏版⟧</a> <a href="/">⟦a 手机版⟧</a></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进嶍山⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门发文 &gt; 县应急管理局⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11532815MB0F47219X/2025-00318⟧</td><td>⟦m 主题分类：安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：嶍山县应急管理局⟧</td><td>⟦m 发布日期：2025-02-21⟧</td></tr>
<tr><td>文号：嶍应急发〔2025〕7号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-tools">⟦a 字号：〖大〗〖中〗〖小〗⟧　⟦a 打印正文⟧　⟦a 关闭此页⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="art-att">⟦a 附件下载：进山火种收缴登记表.xls⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 嶍山县2025年森林防灭火工作要点⟧</li><li>⟦l 关于严禁野外祭祀用火的通告⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：嶍山县人民政府办公室　承办：嶍山县政务数据中心⟧</p>
<p>⟦m 网站标识码：5328150004　滇ICP备07001936号⟧</p>
<p>⟦m 页面有误请拨纠错专线 0877-6219900⟧</p></div>
<script>var _zoom=new Zoom(".art-con");</script>
</body></html>
""",
        body="""
各乡镇人民政府，县林业局、县公安局，各国有林场：
当前已进入森林防火紧要期，进山人员携带火柴、打火机等火种引发山火的风险明显上升。为严防野外用火，现就有关事项通知如下。
一、在各进山路口设立火种收缴点，对进山人员携带的火柴、打火机等火种进行登记暂存，出山时凭登记牌领回。
二、各乡镇要组织护林员每日巡山，发现野外吸烟、烧纸、烤火的，立即制止并依法处理。
三、各收缴点每周五前将收缴台账报县应急管理局。
联系人：苏望川，电话：0877-6213409。
附件：1.进山火种收缴登记表
2.收缴点分布一览表
嶍山县应急管理局
2025年2月20日
抄送：县森林防灭火指挥部办公室。
嶍山县应急管理局办公室　2025年2月20日印发
""",
    ),
    dict(
        slug="jinghu-gov-bulletin-camp-stools-table",
        site="澋湖区人民政府 (invented, text rendering)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.jinghu.gov.example.cn/art/2025/4/3/art_3317_88210.html",
        title="关于城区集贸市场占道摆放马扎经营问题整治情况的通报",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="the record's title as is; a district portal's text page: font row, publish line one day after the 成文日期, a data table one row a paragraph, print/close row and footer with a 纠错 line",
        page="""
!m 澋湖区人民政府门户网站
!m 首页 > 政务公开 > 部门文件 > 区城市管理局
!a 文字大小：A+　A　A-　　｜　读屏专用
{T}
!m 发布机构：区城市管理局　发布日期：2025-04-03　浏览次数：418
{BODY}
!a 打印此文　｜　关闭本页
!l 上一条：澋湖区2025年市容环境“净街”行动方案
!l 下一条：关于规范共享单车停放秩序的通告
!m 主办：澋湖区人民政府办公室　网站标识码：3607120017
!m 网站纠错与意见反馈：0795-8812345
""",
        indent="\u3000\u3000",
        body="""
各街道办事处，区直有关单位：
三月以来，区城市管理局对城区集贸市场周边占道摆放马扎、小板凳经营的问题开展了集中整治，现将整治情况通报如下。
一、总体情况。共出动执法人员四百六十人次，劝导占道摊点二百一十七处，收回占道马扎、板凳三百余把，引导一百三十二户摊主进入便民疏导点经营。
二、各市场整治情况如下：
市场名称　劝导摊点（处）　引导入点（户）
湜园农贸市场　86　57
澨口菜市场　74　45
棬里早市　57　30
三、存在问题。棬里早市整治后反弹较快，清晨六时前仍有摊主摆放马扎占道。请各街道查漏补缺，四月底前实现集贸市场周边无占道经营。
澋湖区城市管理局
2025年4月2日
""",
    ),
    dict(
        slug="wuchuan-news-paddle-carver-photo-caption",
        site="浯川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wuchuannews.cn/bdxw/2025-05/28/content_61739.html",
        title="浯川老艺人手工削桨 百支新桨迎端午",
        record_title="【端午特辑】浯川老艺人手工削桨 百支新桨迎端午 ▪ 浯川新闻网",
        date="2025-05-28",
        notes="county news portal: app prompt, listen button, photo caption between paragraphs, an editor line glued after the last paragraph, 24-hour list; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>【端午特辑】浯川老艺人手工削桨 百支新桨迎端午 ▪ 浯川新闻网</title>
<script async src="https://ad.wuchuannews.cn/slot.js"></script>
</head><body>
<div class="app-tip">⟦a 下载“浯川+”客户端，看家门口的新鲜事⟧</div>
<header><div class="logo">⟦m 浯川新闻网⟧</div><nav>⟦m 首页⟧ ⟦m 本地⟧ ⟦m 乡镇⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav></header>
<div class="crumb">⟦m 浯川新闻网 › 本地新闻 › 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-28 09:12　来源：浯川县融媒体中心⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
{BODY}
</article>
<div class="share">⟦l 转到：朋友圈 ｜ 微博 ｜ 复制链接⟧</div>
<aside><h3>⟦l 24小时热点⟧</h3><ol><li>⟦l 浯川县城区新增三处口袋公园⟧</li><li>⟦l 棬溪镇杨梅进入采摘季⟧</li><li>⟦l 县城南环路今起分段施工⟧</li></ol>
<div class="ad">⟦m 广告位招租 0793-2270118⟧</div></aside>
<footer>⟦d 浯川新闻网原创稿件，未经书面授权不得转载摘编。⟧ ⟦m 互联网新闻信息服务许可证 36120250017⟧</footer>
</body></html>
""",
        body="""
本网讯（记者 邝晓澜）端午临近，浯川县棬溪镇槎头村的老木匠方守田又忙了起来。在他的作坊里，一支支刚刨好的龙舟桨整齐地靠在墙边，散发着杉木的清香。
⟦m 图为方守田在作坊里打磨桨叶。记者 邝晓澜 摄⟧
今年七十一岁的方守田做了五十多年木匠，削桨的手艺是跟父亲学的。一支好桨要经过选料、开坯、刨形、打磨、上桐油五道工序，桨柄要顺手，桨叶要薄而不脆。
今年，镇里六支龙舟队向他订了一百零四支新桨。为赶工期，他带着两个徒弟每天干到深夜。5月26日，首批新桨在槎头河试划，队员们说“吃水稳、出水轻”。
“桨是龙舟的脚，脚稳了船才快。”方守田说，他想把这门手艺多传几个年轻人。⟦m （编辑：童若舟　审核：岑一苇）⟧
""",
    ),
    dict(
        slug="weiyang-online-news-lantern-gong-team",
        site="溦阳在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.weiyang-online.com/news/xz/20250212/40877.shtml",
        title="澨口镇百人锣鼓队闹元宵",
        record_date="2025-02-12",
        date="2025-02-12",
        notes="the record's title and date as is; a news portal's text page: channel line, time/source line, a photo caption between paragraphs, comment count and related list",
        page="""
!m 溦阳在线 — 溦阳人自己的网上家园
!m 新闻中心 ＞ 乡镇动态
{T}
!m 2025年02月12日 21:36　溦阳在线　作者：俞秋禾
{BODY}
!m 【责任编辑：卫青荷】
!l 网友评论（12）　我要评论
!l 相关新闻：溦阳县元宵灯会今晚开放　｜　各乡镇社火队集中排练
!m 溦阳在线版权所有　新闻热线：0792-6630119
""",
        gap=True,
        body="""
溦阳在线讯　2月12日是元宵节，澨口镇一百零八名锣鼓队员身着红衣，从镇政府门前出发，沿老街一路敲打到渡口广场，吸引了上万名群众驻足观看。
这支锣鼓队由镇上九个村的队伍联合组成，年纪最大的七十六岁，最小的只有十一岁。为了这次踩街，队员们从腊月二十就开始在各村晒场上合练。
⟦m 元宵节当天，锣鼓队行进在澨口老街上。俞秋禾 摄⟧
“以前各村各打各的，今年第一次合起来，鼓点对齐很不容易。”领队卢德旺说，大家晚上收了工就来练，一练就是两三个小时。
据了解，澨口镇今年还将举办锣鼓邀请赛，并在镇文化站开设少儿锣鼓班，让这门老手艺后继有人。
""",
    ),
    dict(
        slug="yuelehui-forum-camp-stool-fishing-jammer",
        site="渔乐汇钓友论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.yuelehui.net/thread-308815-1-1.html",
        title="野钓马扎用坏三把后的一点经验",
        record_title="[钓具心得] 野钓马扎用坏三把后的一点经验（长文慎入） - 钓具交流 - 渔乐汇钓友论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, poster's level box, rating row, signature, quick reply; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[钓具心得] 野钓马扎用坏三把后的一点经验（长文慎入） - 钓具交流 - 渔乐汇钓友论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?Q7x"></script>
</head><body>
<div id="toptb">⟦m 渔乐汇钓友论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 渔乐汇 › 钓具交流 › 查看内容⟧</div>
<table id="pid1"><tr>
<td class="pls"><p>⟦m 老鲫头⟧</p><p>⟦m 钓龄十八年　等级：钓鱼宗师⟧</p><p>⟦m 帖子 2218　鱼币 9035⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 6　鱼币 +30　收起 理由⟧</div>
<div class="sign">⟦m 签名：一竿一线一马扎，半日浮生半日闲⟧</div>
<div class="po">⟦a 回复　支持　反对　举报⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 登录后才能发表看法，还没有账号？去注册⟧</div>
<div id="ft">⟦m 渔乐汇钓友论坛 ( 鄂ICP备19022751号 )⟧ ⟦m GMT+8, 2025-6-14 22:03⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
野钓十几年，马扎前后用坏了三把，说说教训，给新入坑的钓友参考。
第一把是菜市场买的铁管马扎，十几块钱，轻是轻，可在河滩上坐了不到一个月，一条腿就陷进泥里弯了。野钓的地面软，马扎腿最好带宽脚垫。
第二把是帆布面的折叠马扎，坐着舒服，但帆布被太阳晒了一个夏天就脆了，一次起身时直接撕开，人差点坐进水里。帆布面要选加厚的，用完别扔车里暴晒。
第三把是铝合金的，用了三年，最后是铆钉松了。铆钉这种小地方，隔段时间拿钳子紧一紧就能多用好久。
现在用的是第四把，带靠背和脚垫，重一点，但坐一整天腰不酸。马扎这东西，省不得钱，也省不得保养。
""",
    ),
    dict(
        slug="lvshouzhi-forum-tyre-flowerpot-junk",
        site="绿手指园艺论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.lvshouzhi.org/forum/t-57219.html",
        title="旧轮胎改花盆的详细步骤",
        record_title="【手作】旧轮胎改花盆的详细步骤（图多流量党慎入） - 阳台种植 - 绿手指园艺论坛",
        date=None,
        notes="a gardening forum thread with anti-scraping junk lines and glued junk; relative post time (昨天) is no date; floors and a quick-reply box below",
        page="""
!m 绿手指园艺论坛 › 阳台种植 › 正文
!t 【手作】旧轮胎改花盆的详细步骤（图多流量党慎入） - 阳台种植 - 绿手指园艺论坛
!m 楼主：种菜的阿茶　发表于 昨天 21:07　查看 1903　回复 26
{BODY}
!m ——本帖被 版主 加入 精华 ——
!l 沙发　多肉小胖：学到了，我家楼下正好有几个旧胎
!l 板凳　向日葵不葵：轮胎晒久了会不会有味道？
!a 快速回帖（登录后可用）　｜　高级模式
!m 绿手指园艺论坛 · 让每个阳台都长出绿色
""",
        junk=dict(lines=2, glued=2),
        body="""
家里换下来四个旧轮胎，扔了可惜，试着改成了花盆，效果不错，把步骤写下来。
一、清洗。先用洗洁精把轮胎里外刷干净，特别是胎纹里的泥沙，晾干备用。
二、切口。用美工刀沿着胎侧一圈划开，把一面胎侧整个割掉，留下的部分就是盆身。刀要锋利，割的时候戴手套。
三、翻面。把轮胎翻过来，原来的里面朝外，边缘会自然卷成花瓣一样的形状，这一步最费力气，两个人配合比较好。
四、打孔上色。在底部钻五六个排水孔，外面刷两遍户外漆，颜色随自己喜欢。
五、装土。底层铺一层碎瓦片，再装营养土，我种的是太阳花和薄荷，一个月就爬满了。
轮胎盆结实耐晒，放在院子里好几年都不坏，有旧胎的朋友可以试试。
""",
    ),
]
