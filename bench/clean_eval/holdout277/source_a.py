"""holdout277, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-jiangeng-speech-umbrella-stands-gb2312",
        site="笺耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jiangengfw.com/jianghua/zwfw/20250620/9317.html",
        title="在全县政务服务“雨天暖心”便民举措推进会上的讲话",
        record_title="【领导讲话·精编】在全县政务服务“雨天暖心”便民举措推进会上的讲话（可直接套用）_笺耕范文网",
        date="2025-06-12",
        date_also=["2025-06-20"],
        notes="old table layout: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "speaker and date lines under the title neutral; the site's posting date differs from the speech date; "
        "a ghost-writer WeChat line between paragraphs and a collect link glued after a sentence; 扫码登记 as content",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【领导讲话·精编】在全县政务服务“雨天暖心”便民举措推进会上的讲话（可直接套用）_笺耕范文网</title>
<meta name="keywords" content="伞架,便民服务,讲话稿,政务服务">
<link href="/css/jgfw.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
<script language="javascript">function addfav(){window.external.AddFavorite(location.href,document.title);}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" class="topbar">⟦m 笺耕范文网——一支笔，一亩田⟧　⟦a <a href="/member/login.asp">会员登入</a> | <a href="/member/reg.asp">注册新号</a> | <a href="javascript:addfav()">收藏笺耕</a>⟧</td></tr>
<tr><td class="menu">⟦m <a href="/">笺耕首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">方案计划</a> | <a href="/xinde/">心得感悟</a>⟧</td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦l 今日新上传：乡镇汛期值班动员讲话 ◇ 政务大厅作风整顿表态发言 ◇ 便民服务中心半年小结⟧</marquee></td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您所在的栏目：笺耕首页 » 讲话致辞 » 政务服务讲话⟧</div>
<table width="100%"><tr><td align="center" class="biaoti"><b>{T}</b></td></tr>
<tr><td align="center" class="xinxi">⟦m 上传日期：2025-06-20　稿源：会员投稿　人气：1893⟧</td></tr>
<tr><td align="center">⟦a 〔调整字号：A+ A A-〕⟧　⟦a 〔打印这篇〕⟧</td></tr>
<tr><td class="zhengwen">
<p align="center">县政府办公室主任　曲衡之</p>
<p align="center">（2025年6月12日）</p>
{BODY}
</td></tr></table>
<div class="fenye">⟦l 上一篇：全县防汛抗旱指挥部成员会议讲话⟧<br>⟦l 下一篇：在便民服务中心窗口人员培训班上的讲话⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="bt">⟦l 本栏热榜⟧</div>
<ul><li><a href="/jianghua/8823.html">⟦l 政务服务“好差评”推进会讲话⟧</a></li>
<li><a href="/jianghua/8790.html">⟦l 乡镇雨季安全生产部署讲话⟧</a></li>
<li><a href="/jianghua/8712.html">⟦l 县长在12345热线工作会上的讲话⟧</a></li></ul>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 材料代笔 包过审 QQ：2870551346⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 笺耕范文网内容源于网友投稿，只作写作借鉴，严禁照抄用于正式场合。⟧<br>
⟦m Copyright 2012-2025 jiangengfw.com 湘ICP备20083114号⟧<br>
⟦m 您是本站第 0031872 位访客⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
入汛以来，我县降雨明显偏多，群众雨天办事“进门一身湿、出门没伞用”的问题集中反映到了12345热线。今天召开这个会，就是要把雨天便民服务这件小事办实办好。下面我讲三点意见。
一、摸清底数，伞架要放到群众需要的地方。全县政务服务中心、乡镇便民服务中心和村级代办点共有一百六十七处，目前配有伞架的只有四十一处。各单位要在本月底前逐一排查，在入口处设置伞架，并配备防滑垫和伞套。
⟦w 需要原创定制讲话稿，请加微信 jiangeng_bi88⟧
二、建立制度，共享雨伞要借得出、还得回。各中心要安排专人负责伞架管理，实行“扫码登记、异地归还”。⟦a 【点此收藏本篇】⟧每周清点一次，损坏的及时补充。
三、压实责任，把小事当作大事来抓。县政务服务管理办公室要把伞架设置情况纳入季度考核，对群众反映强烈的单位进行通报。
同志们，一把伞、一个伞架虽小，却连着群众的冷暖。希望大家用心用情，把这件实事办到群众心坎上。
""",
    ),
    dict(
        slug="fanwen-andu-insight-pillowcase-training",
        site="案牍文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.anduwenyuan.com/xinde/peixun/57120.html",
        title="参加客房布草管理培训的心得体会",
        record_title="参加客房布草管理培训的心得体会（优选一篇）- 案牍文苑",
        date=None,
        notes="a 心得 with no date; 'updated 3 days ago' is no date; a ghost-writer QQ glued after the last sentence of a "
        "paragraph and a copy button glued after a sentence; paywall, related line and contact line at the bottom",
        page="""
!m 案牍文苑 · 每天更新实用文稿
!m 现在位置：文苑首页 / 心得体会 / 培训心得
!t 参加客房布草管理培训的心得体会（优选一篇）- 案牍文苑
!m 更新：3 天前　浏览 764 次　字数 402
!a 〔复制全文〕〔存为Word〕〔纠错反馈〕
{BODY}
!a 本篇为精简版，开通文苑年卡可解锁另外2篇完整范文
!l 相关推荐　｜　客房服务员岗位培训总结　｜　酒店消防培训心得　｜　前厅部年度工作总结
!w 写材料找文苑：手机同微信 139 0751 2264
!d 案牍文苑所收文稿仅供学习借鉴，转载须注明出处。
!m 文苑首页　关于我们　投稿须知　粤ICP备21067309号
""",
        indent="\u3000\u3000",
        body="""
上个月，酒店人力资源部组织客房部员工参加了为期三天的布草管理培训。我作为楼层领班，跟着大家一起从枕套、床单的分类讲起，一直学到送洗交接和报损登记，收获比预想的多。
一是认识到枕套是客人最在意的细节。培训老师拿出两只枕套让我们对比，一只边角有淡淡的黄渍，一只洁白平整。⟦a 〔复制此段〕⟧他说客人躺下第一眼看的就是枕头，枕套不干净，房间收拾得再好也白搭。⟦w 〖范文定制〗加QQ 1530642987⟧
二是学会了按规程分拣和交接。以前我们把换下的枕套和毛巾混在一个布草车里，现在按照培训要求分袋装运，污染严重的单独打包，送洗和收回都要当面点数签字。
三是懂得了节约也是服务。一只枕套正常能洗二百次左右，乱扔乱塞、用来擦地，都会让它提前报废。
今后我要把学到的方法带回楼层，带着组员把每一只枕套管好用好。
""",
    ),
    dict(
        slug="wenku-qimo-report-lunch-buckets-star-markers",
        site="栖墨文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qimowenku.com/p/6620918342.html",
        title="关于全县农村学校午餐保温桶配送情况的调研报告",
        record_title="关于全县农村学校午餐保温桶配送情况的调研报告（共6页）- 栖墨文库",
        date="2025-04-18",
        notes="a 文库 reader: viewer toolbar, upload line (an upload stamp is no date), page-marker paragraphs ⚝ n ⚝ "
        "cutting sentences, a paywall and related documents; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县农村学校午餐保温桶配送情况的调研报告（共6页）- 栖墨文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.qimowenku.com/js/reader.min.js"></script>
<script>window.__DOC__={id:6620918342,pages:6,free:2};</script>
</head><body>
<header class="qm-head"><a class="logo" href="/">⟦m 栖墨文库⟧</a><span class="slogan">⟦m 好文档，慢慢读⟧</span>
<form class="search"><input placeholder="搜一搜文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 开通墨卡 全站文档随心下⟧</a></header>
<nav class="crumb">⟦m 栖墨文库 › 行业资料 › 教育教学 › 调研报告⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：衿水行舟　上传时间：2025-04-22　页数：6　格式：PDF　下载次数：87⟧</div>
<div class="toolbar">⟦a 全屏阅读　放大　缩小　转为Word⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 余下4页需使用墨卡或3枚墨币解锁⟧</p><button>⟦a 立即解锁全文⟧</button></div>
<aside class="rel"><h3>⟦l 读过这篇的墨友也在看⟧</h3><ul>
<li>⟦l 学校食堂从业人员管理情况调研⟧</li><li>⟦l 农村学生营养改善计划实施情况报告⟧</li><li>⟦l 乡村小学教学点现状调查与思考⟧</li></ul></aside>
<footer>⟦d 栖墨文库所有文档均由用户上传，文库仅作信息存储，若侵犯了您的权利请致信 quanli@qimowenku.com⟧<br>⟦m 浙ICP备22041376号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⚝ {n} ⚝", every=140, start=2),
        body="""
为了解农村学校午餐配送中保温桶的使用情况，县教育局调研组于3月下旬走访了衽口镇、宓坪镇等5个乡镇的18所村小和教学点，查看配餐中心和学校食堂，与校长、送餐员和家长座谈。现将情况报告如下。
一、基本情况
全县由中心校集中配餐、用保温桶送往村小的学校有31所，涉及学生2460人。配送路程最远的有14公里，车程约40分钟。
二、存在问题
一是保温桶老化。部分保温桶使用已超过五年，密封圈变形，饭菜送到时温度不足50摄氏度。二是清洗消毒不到位。有4所学校没有专用清洗池，保温桶与餐具混洗。三是交接记录不全，出现问题难以追溯。
三、几点建议
（一）分批更新保温桶，今年先更换使用满五年的。
（二）每所学校配备专用清洗消毒设施，落实“一餐一洗一消毒”。
（三）推行配送交接登记，记录出发时间、到校时间和到校温度。
衿川县教育局调研组
2025年4月18日
""",
    ),
    dict(
        slug="wenku-henglu-plan-roly-poly-wrapped-docx",
        site="衡庐文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.henglu.example.com/view/b7e21c90d4.html",
        title="幼儿园“巧手做不倒翁”亲子自制玩具活动方案",
        record_title="幼儿园“巧手做不倒翁”亲子自制玩具活动方案.docx",
        date="2025-03-10",
        notes="file-name title; a plan hard-wrapped at 62 columns with decimal headings 1.1/2.3, cut by page markers "
        "⭗n⭗ glued to the continuation line; 成文日期 in Chinese numerals; '上传于3天前' is no date",
        page="""
!m 衡庐文库 · 文档在线预览
!t 幼儿园“巧手做不倒翁”亲子自制玩具活动方案.docx
!m 共3页 ｜ 1.2万次浏览 ｜ 贡献者：果果妈妈的书包 ｜ 上传于3天前
!a ☆收藏　⇩下载（需5张下载券）　⚑举报
{BODY}
!a —— 预览到此为止，余下内容请下载文档后阅读 ——
!l 猜你在找：中班科学活动教案《推不倒的小胖子》　大班自制玩具评比方案　亲子手工活动总结
!d 本文档由用户自行上传，衡庐文库只提供存储与展示，如有侵权请联系删除。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⭗{n}⭗", every=120, start=2, glue=True),
        body="""
为激发幼儿动手探究的兴趣，引导家长参与幼儿园课程建设，结合中班“有趣的平衡”主题活动，特制定本方案。
一、活动目标
1.1 幼儿通过观察、操作，初步感知不倒翁“推不倒”的现象与重心高低有关，愿意大胆猜想并动手验证。
1.2 家长和幼儿合作，用废旧材料制作一个安全、美观的不倒翁，体验亲子合作的快乐。
二、活动安排
2.1 时间：第八周至第九周，每周三下午三点至四点半，在各班教室进行。
2.2 材料：乒乓球、蛋壳、橡皮泥、彩纸等由家庭自备，幼儿园提供胶水、剪刀和颜料。
2.3 展示：作品统一陈列在一楼大厅，请每名幼儿向同伴介绍自己的不倒翁是怎样站起来的。
三、注意事项
制作中不使用玻璃、铁钉等尖锐材料，小零件必须粘牢，防止幼儿误吞。
衾湖县实验幼儿园
二〇二五年三月十日
""",
    ),
    dict(
        slug="gov-lixi-notice-umbrella-stands-index-table",
        site="缡溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lixi.example.gov.cn/zwgk/tzgg/202507/t20250702_413906.html",
        title="关于在各级政务服务场所设置便民伞架的通知",
        record_title="便民服务丨关于在各级政务服务场所设置便民伞架的通知 ‖ 缡溪县人民政府门户网站",
        date="2025-06-30",
        date_also=["2025-07-02"],
        notes="county portal: elder-mode and screen-reader links, 索引号 table (文号 cell unmarked, neutral), a 纠错 "
        "hotline beside the notice's own 联系人/电话/邮箱, an attachment download link beside the 附件 list, 抄送 "
        "and 印发 lines; the portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>便民服务丨关于在各级政务服务场所设置便民伞架的通知 ‖ 缡溪县人民政府门户网站</title>
<meta name="SiteName" content="缡溪县人民政府门户网站">
<meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script><script src="/js/assist-tool.js"></script>
</head><body>
<div class="gov-top"><span>⟦m 欢迎访问缡溪县人民政府门户网站⟧</span>
<a href="javascript:elder()">⟦a 银龄浏览⟧</a> <a href="javascript:assist()">⟦a 读屏助手⟧</a> <a href="/m/">⟦a 移动版⟧</a></div>
<div class="gov-banner"><img src="/img/banner.png" alt=""><span>⟦m 缡溪县人民政府⟧</span></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 要闻动态⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 网上办事⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进缡溪⟧</li></ul>
<div class="gov-crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告 ＞ 正文⟧</div>
<table class="gov-index">
<tr><td>⟦m 索引号：115223170094216X/2025-00417⟧</td><td>⟦m 主题分类：政务服务⟧</td></tr>
<tr><td>⟦m 发布机构：县政务服务管理办公室⟧</td><td>⟦m 发布日期：2025-07-02⟧</td></tr>
<tr><td>文号：缡政服办〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="gov-article"><h1>{T}</h1>
<div class="gov-tools">⟦a 【字号 大 中 小】【打印本页】【关闭窗口】⟧</div>
<div class="gov-text">
{BODY}
</div>
<div class="gov-attach">⟦a 附件下载：便民伞架设置情况统计表.xlsx　共享雨伞借还登记表.xlsx⟧</div>
<div class="gov-share">⟦l 转发到：微信　微博　QQ空间⟧</div>
</div>
<div class="gov-related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县政务服务中心夏季延时服务安排⟧</li><li>⟦l 关于开展“好差评”季度通报的通知⟧</li></ul></div>
<div class="gov-foot">
<p>⟦m 主办：缡溪县人民政府办公室　承办：缡溪县大数据发展中心⟧</p>
<p>⟦m 网站纠错热线：0831-6670012　网站标识码：5115230008⟧</p>
<p>⟦m 蜀ICP备05009172号　川公网安备51152302000344号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直各部门：
为方便群众雨天办事，经县政府同意，现就在各级政务服务场所设置便民伞架有关事项通知如下。
一、设置范围。县政务服务中心、各乡镇便民服务中心和村（社区）便民服务站入口处均应设置伞架，并配备不少于20把共享雨伞。
二、管理要求。伞架由各场所指定专人管理，借还实行登记，每月底将借还情况报县政务服务管理办公室。
三、完成时限。请于2025年7月15日前完成设置，并报送现场照片。
联系人：尹若岚，电话：0831-6672405，邮箱：lxzwfw@lixi.example.gov.cn
附件：1.便民伞架设置情况统计表
2.共享雨伞借还登记表
缡溪县政务服务管理办公室
2025年6月30日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
缡溪县政务服务管理办公室　　2025年6月30日印发
""",
    ),
    dict(
        slug="gov-lanzhou-notice-cat-litter-drains",
        site="斓州市城市管理局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cgj.lanzhou.example.gov.cn/zwgk/tzgg/202505/t20250508_88127.html",
        title="关于禁止向城市排水管网倾倒猫砂等固体废弃物的通告",
        record_date="2025-05-08",
        date="2025-05-08",
        notes="title and date given by the record; the title repeated on the page; a city bureau's page with elder and "
        "accessibility links, a font/share/print row, prev/next, a hotline and a correction line at the bottom",
        page="""
!m 斓州市城市管理局　　适老版｜无障碍浏览｜English
!m 当前所在：局首页 > 政务公开 > 通知公告
{T}
!m 信息来源：排水管理处　发布日期：2025-05-08　浏览量：3305
!a 【大字】【中字】【小字】　【分享至微信】　【打印】　【关闭本页】
{BODY}
!l 上一条：斓州市2025年汛前排水管网清疏作业公告
!l 下一条：关于中心城区部分路段夜间占道施工的公告
!m 主办单位：斓州市城市管理局　地址：斓州市衽口路86号　网站标识码：4302000031
!m 政务服务便民热线：12345　网站纠错：0734-2289115
!m 湘ICP备17008423号　湘公网安备43040202000518号
""",
        indent="\u3000\u3000",
        body="""
近期，我市部分老旧小区多次发生污水管道堵塞、化粪池满溢，经排查，原因之一是居民将使用后的猫砂倒入马桶冲走。膨润土猫砂遇水结块，极易在管道中沉积板结。为保障排水设施正常运行，根据《城镇排水与污水处理条例》有关规定，现通告如下：
一、禁止向马桶、地漏、雨水口等排水设施倾倒猫砂、宠物粪便及其他固体废弃物。
二、使用后的猫砂应装袋扎紧，作为其他垃圾投放；标明可冲厕的猫砂也应少量分次处理。
三、物业服务企业应在楼道、垃圾投放点张贴提示，发现违规倾倒的及时劝阻。
四、违反本通告的，由城市管理部门依法责令改正；造成排水设施损坏的，依法承担赔偿责任。
本通告自发布之日起施行。
斓州市城市管理局
2025年5月8日
""",
    ),
    dict(
        slug="news-qishan-roly-poly-clay-class-caption",
        site="颀山融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qishanrm.example.com/bdxw/2025-04/23/content_60417.html",
        title="颀山县泥塑不倒翁非遗技艺走进乡村课堂",
        record_title="颀山县泥塑不倒翁非遗技艺走进乡村课堂_本地新闻频道·颀山融媒",
        date="2025-04-23",
        notes="county news portal: an app prompt glued before the lead's first words, a listen button, a photo caption "
        "between paragraphs, an editor line glued after the last sentence, a 24-hour list and an ad slot; "
        "the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>颀山县泥塑不倒翁非遗技艺走进乡村课堂_本地新闻频道·颀山融媒</title>
<script src="//cdn.qishanrm.example.com/js/player.js"></script>
<script>var _czc=_czc||[];</script>
</head><body>
<div class="topnav"><a href="/">⟦m 颀山融媒首页⟧</a> <a href="/bdxw/">⟦m 本地新闻⟧</a> <a href="/xz/">⟦m 乡镇传真⟧</a> <a href="/ms/">⟦m 民生热线⟧</a> <a href="/sp/">⟦m 视听颀山⟧</a></div>
<div class="ad-slot">⟦a 广告｜颀山农商银行“春耕快贷”火热办理中⟧</div>
<div class="crumb">⟦m 您的位置：颀山融媒 > 本地新闻 > 文化旅游⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-04-23 09:36　来源：颀山县融媒体中心　作者：郁青⟧</div>
<div class="audio">⟦a ▶ 点击收听本文（时长2分11秒）⟧</div>
<div class="article-body">
{BODY}
</div>
</article>
<div class="hot24"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 颀山至斓州城际公交下月开通⟧</li><li>⟦l 羿桥镇油菜花节周末开幕⟧</li><li>⟦l 县人民医院新院区启用⟧</li></ol></div>
<footer><p>⟦d 本网原创稿件未经授权不得转载，违者必究。⟧</p><p>⟦m 颀山县融媒体中心主办　新闻热线：0819-3320101　互联网新闻信息服务许可证 51120230009⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开“颀山融媒”客户端，阅读体验更佳⟧本网讯　4月22日，颀山县泥塑不倒翁代表性传承人章桂芬带着一箱泥坯走进羿桥镇中心小学，为五年级学生上了一堂非遗体验课。
“不倒翁肚子里要坠一块泥团，重心低了，怎么推都能站起来。”章桂芬一边示范，一边请学生上台试推。孩子们用红、黄两色给不倒翁描眉画眼，不到一节课，讲台上就站满了憨态可掬的小人。
⟦m 图为学生展示自己制作的泥塑不倒翁。通讯员　穆小川　摄⟧
据了解，颀山泥塑不倒翁已有百余年历史，2019年列入县级非物质文化遗产名录。今年起，县文化馆联合教育部门，计划在全县12所乡村小学开设非遗课堂，每学期不少于8课时。
“让孩子亲手捏一个不倒翁，比看十遍介绍都管用。”羿桥镇中心小学校长说。⟦m （编辑：庞晓禾　审核：左鸣）⟧
""",
    ),
    dict(
        slug="news-tianyuan-lunch-buckets-elderly-meals",
        site="畋原晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tianyuanwb.example.com/ms/2025/0109/221304.shtml",
        title="畋原区老年助餐点换上双层保温桶 送到老人手中饭菜还冒热气",
        record_title="畋原区老年助餐点换上双层保温桶 送到老人手中饭菜还冒热气｜民生关注｜畋原晚报网",
        date="2025-01-09",
        notes="an evening paper's page: a time line taken as the page's date, a share bar glued after the last "
        "sentence, a correction prompt, a recommended list and a licence footer",
        page="""
!m 畋原晚报网　｜　数字报　｜　客户端下载
!m 民生关注 > 正文
{T}
!m 2025-01-09 07:45　来源：畋原晚报　记者：郦雪
!a 字号：大｜中｜小　　复制链接
{BODY}
!a 发现错别字？选中文字后按Ctrl+Enter告诉我们
!l 为你推荐：畋原区新增三处社区食堂　寒潮来袭，独居老人如何防寒　区民政局开展冬季走访慰问
!m 畋原晚报社版权所有　违法和不良信息举报：0738-5261010
""",
        body="""
本报讯（记者　郦雪）“饭还是热的，汤也没洒。”1月8日中午，家住襦园社区的八十二岁独居老人蒋德安接过志愿者送来的午餐，打开保温桶连声道谢。
入冬以来，畋原区为全区37个老年助餐点统一更换了双层不锈钢保温桶，外层加装保温套，并为每只保温桶编号。送餐员出发前记录温度，送到老人家中再测一次，两次温差超过8摄氏度的要查找原因。
区民政局养老服务科负责人介绍，目前全区每天上门送餐约1300份，新保温桶使用以来，送达时饭菜温度基本保持在60摄氏度以上。下一步，区里还将为行动不便的老人增加晚餐配送。⟦l 分享至：微信好友｜朋友圈｜微博⟧
""",
    ),
    dict(
        slug="forum-miaoqu-cat-litter-mix-jammer",
        site="喵趣论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.miaoqu.example.com/thread-402217-1-1.html",
        title="豆腐猫砂和膨润土猫砂混用三年的真实感受",
        record_title="[用品测评] 豆腐猫砂和膨润土猫砂混用三年的真实感受（纯手打）- 猫咪用品区 - 喵趣论坛",
        date=None,
        notes="a Discuz-like pet forum: jammer-font junk inside the post, a rating row, a signature, replies and a "
        "reply box; '发表于 5 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[用品测评] 豆腐猫砂和膨润土猫砂混用三年的真实感受（纯手打）- 猫咪用品区 - 喵趣论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?V3a"></script>
</head><body>
<div id="hd">⟦m 喵趣论坛 - 有猫的人都在这⟧　⟦a <a>登录</a>｜<a>立即注册</a>｜<a>找回密码</a>⟧</div>
<div id="pt">⟦m 喵趣论坛 › 养猫交流 › 猫咪用品区 › 查看帖子⟧</div>
<div class="thread-stat">⟦m 查看: 6120｜回复: 48⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 橘子汽水⟧</div><p>⟦m 铲屎等级 Lv.5　帖子 319　猫粮 2044⟧</p></td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 天前｜只看该作者｜倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8830127">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 3　猫粮 +6　收起 理由：实用，感谢分享⟧</div>
<div class="sign">⟦m 签名：铲屎官的一天，从铲开始⟧</div>
<div class="po">⟦a 回复　收藏　支持　反对　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2#　小鱼干儿：我家也是混着用，就是豆腐砂太容易带出来⟧</div>
<div class="reply">⟦l 3#　蓝猫阿灰：楼主能说下具体牌子吗⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，现在就去登录⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　喵趣论坛 ( 苏ICP备19072230号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里两只猫，三年里我换过七八个牌子的猫砂，说说自己的体会，不是广告。
膨润土猫砂结团快、价格便宜，缺点是粉尘大，倒砂的时候整个阳台都是灰，而且绝对不能冲马桶。豆腐猫砂几乎没有粉尘，结团后可以少量冲厕，但猫踩出来容易粘在爪子上，带得满屋都是。
我现在的办法是混用：盆底铺一层膨润土，上面铺豆腐砂，比例大概三比七。这样结团硬、好铲，味道也压得住。
提醒新手两点：一是换砂要循序渐进，突然全换猫可能不肯用。二是猫砂盆要每天铲，一周彻底清洗一次，别等有味道再收拾。
""",
    ),
    dict(
        slug="forum-shiyige-roly-poly-collection-junk",
        site="拾遗阁收藏论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.shiyige.example.com/t/55910.html",
        title="晒晒我收的几只老不倒翁",
        record_title="[晒晒老玩意] 晒晒我收的几只老不倒翁（多图慎入）- 民俗玩具版 - 拾遗阁",
        date=None,
        notes="a collectors' forum thread: junk lines and junk glued after sentences, a poster line with a relative "
        "time (no date), floor replies and a reply prompt",
        page="""
!m 拾遗阁收藏论坛 » 民俗玩具版 » 浏览主题
!t [晒晒老玩意] 晒晒我收的几只老不倒翁（多图慎入）- 民俗玩具版 - 拾遗阁
!m 楼主：老城根下　昨天 22:16　｜　阅读 1408　回复 23
!a 只看楼主｜复制本帖地址｜加入收藏
{BODY}
!m 本帖共上传图片9张，登录后可查看原图
!l 沙发　淘宝老张：那对搪瓷底的真漂亮，品相很好
!l 板凳　晴川：八十年代的塑料款我家现在还有一只
!a 发表回复前请先阅读版规｜快速回复
!m 拾遗阁收藏论坛　版权所有　|　手机版　|　联系管理员
""",
        junk=dict(lines=2, glued=2),
        body="""
这几年跑旧货市场，陆续收了六只老不倒翁，今天拿出来给坛友们看看。
最早的一只是泥胎纸糊的，底座里坠着一块鹅卵石，肚子上写着“福”字。据卖家说是上世纪五十年代的东西，颜色已经褪得差不多了。
最喜欢的是一对搪瓷底的胖娃娃，一男一女。推一下能晃好半天，声音叮叮当当。
还有三只塑料的，是八十年代供销社卖的那种，红脸蛋、大眼睛。小时候家里也有一只，后来不知道丢哪儿了。
收藏这些不值几个钱，图的是个念想。有同好的欢迎跟帖交流，别问价，不卖。
""",
    ),
]
