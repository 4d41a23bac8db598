"""holdout230, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every case written by hand; places, people, firms, sites, URLs and phones are invented.
Objects: barrier gates (道闸), bath towels (浴巾), shower curtains (浴帘), handrails (扶手)
and motion-sensor lights (感应灯). See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-zhuoyun-speech-barrier-gate-gb2312",
        site="琢云范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhuoyunfw.com/jianghua/huiyi/2024/0920/18833.html",
        title="在全县停车秩序整治暨智能道闸改造推进会上的讲话",
        record_title="【会议讲话】在全县停车秩序整治暨智能道闸改造推进会上的讲话（精编可改）_琢云范文网",
        date="2024-09-12",
        date_also=["2024-09-20"],
        notes="old table layout with marquee, font row, visitor counter and a floating ghost-writer QQ box; "
        "date under the speech title, the page's update date also accepted; speaker line neutral; "
        "a writing-service prompt glued after a sentence and a member prompt between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【会议讲话】在全县停车秩序整治暨智能道闸改造推进会上的讲话（精编可改）_琢云范文网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.asp?id=18833"></script>
</head>
<body bgcolor="#f4f3ee" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/zylogo.gif" width="280" height="60"></td>
<td align="right"><font color="#666666">⟦m 琢云范文网·替你把稿子理顺⟧</font>　<a href="/">⟦a 设为首页⟧</a> <a href="#">⟦a 收藏琢云⟧</a> <a href="/user/login.asp">⟦a 会员登录⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#2f5d8a" height="30">
<a href="/">⟦m 首页⟧</a>　<a href="/jianghua/">⟦m 讲话致辞⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/fangan/">⟦m 方案计划⟧</a>　<a href="/xinde/">⟦m 心得感悟⟧</a>
</td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 琢云提醒：范文只作思路参考，照抄上报后果自负⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您在这里：琢云范文网 &gt;&gt; 讲话致辞 &gt;&gt; 会议讲话⟧</td></tr></table>
<h2 align="center">{T}</h2>
<p align="center">（2024年9月12日）</p>
<p align="center">副县长　邬承远</p>
<p align="center"><font color="#999999">⟦m 更新日期：2024-09-20　　点击：1376　　整理：琢云编辑部⟧</font></p>
<p align="center">⟦a 〖看稿字号：特大／大／中／小〗⟧　⟦a 〖切换护眼色〗⟧　⟦a 〖打印此稿〗⟧</p>
<div class="content">
{BODY}
</div>
<p>⟦l ◎上一篇：在全县城市管理执法队伍作风建设大会上的讲话⟧</p>
<p>⟦l ◎下一篇：停车场智慧化改造汇报材料（精选）⟧</p>
</td>
<td width="260" valign="top" bgcolor="#ffffff">
<table width="100%" border="1" bordercolor="#dddddd" cellspacing="0">
<tr><td bgcolor="#e8eef5"><b>⟦l 讲话稿本周热读⟧</b></td></tr>
<tr><td>⟦l ·城管系统半年工作推进会讲话⟧</td></tr>
<tr><td>⟦l ·全县交通秩序百日攻坚动员讲话⟧</td></tr>
<tr><td>⟦l ·物业服务提质年活动启动仪式致辞⟧</td></tr>
</table>
<p>⟦m 您是琢云第 0038217 位来客⟧</p>
</td></tr>
</table>
<table width="960" align="center"><tr><td align="center" bgcolor="#2f5d8a">
<font color="#ffffff">⟦d 版权归琢云范文网及原作者共有，转载请注明出处⟧<br>
⟦m Copyright 2011-2024 zhuoyunfw.com　湘ICP备11083526号⟧</font></td></tr></table>
<div style="position:fixed;right:6px;top:260px;width:110px;border:1px solid #c00;background:#fff">⟦w 代笔顾问QQ：2871560349⟧<br>⟦w 稿件急用可加急⟧</div>
<script type="text/javascript">document.write('<img src="/stat.asp?p=18833" width="0" height="0">');</script>
</body>
</html>
""",
        body="""
同志们：
今天召开这次推进会，主要是对全县停车秩序整治和智能道闸改造工作再动员、再部署。刚才，县城管局通报了前期进展，氍口镇和县人民医院作了交流发言，我都赞同。⟦w 同题讲话稿一对一定制，微信 zy_wenmi88⟧
今年以来，全县已完成62处公共停车场道闸联网改造，县城主要路段违停投诉同比下降四成。但也要看到，一些小区道闸只进不出、收费标准不公示、老旧设备频繁抬杆失灵等问题仍然存在，群众意见不小。
⟦a ▲本稿为精编版，开通琢云会员可看同题全部3篇▲⟧
下面我强调三点。一要摸清底数，9月底前把全县住宅小区、机关单位的道闸逐一登记造册。二要统一标准，新装道闸必须具备车牌识别、防砸车和断电手动抬杆功能。三要压实责任，城管、住建、市场监管部门要联合检查，发现问题限期整改。
同志们，小小一根道闸杆，连着群众出行的大事。希望大家拿出实招硬招，确保年底前完成全部改造任务。
""",
    ),
    dict(
        slug="fanwen-mohe-insight-handrail-volunteer",
        site="墨禾范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.mohe-fw.cn/xinde/zhiyuan/6620417.html",
        title="参加老旧楼栋扶手加装志愿服务心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line; no date anywhere (a popularity count only); "
        "a ghost-writer WeChat line between paragraphs, a collect link glued after the last sentence",
        page="""
!m 墨禾范文网　写材料不再熬夜
!m 当前所在：墨禾首页 / 心得体会 / 志愿服务心得
{T}
!m 投稿：青檀　　栏目：志愿服务心得　　人气：862
!a 〔一键复制〕〔存为Word〕〔纠错〕
{BODY}
!a 还剩两篇同题范文未展示，充值墨禾币即可解锁
!l 同栏目推荐：社区助老志愿服务心得（3篇）｜青年志愿者暑期实践感悟
!d 墨禾范文网内容来自网友投稿整理，若侵犯了您的权益请发邮件至 jubao@mohe-fw.cn
!m 墨禾范文网 mohe-fw.cn　沪ICP备19066103号-3
""",
        indent="\u3000\u3000",
        body="""
上个月，我报名参加了街道组织的“扶一把”志愿服务队，和同事们一起为缥云社区8栋老旧楼栋的楼梯加装扶手。三个周末下来，手上磨出了茧，心里却格外踏实。
第一点体会是，为民服务要从小处着手。以前总觉得楼梯扶手是件小事，直到看见82岁的周奶奶扶着墙一步一步往下挪，我才明白，一根扶手就是老人出门的底气。
第二点体会是，干活要讲专业。扶手离踏步面要保持在0.9米左右，转角处不能断开，膨胀螺栓要打进承重墙，这些都是施工师傅一点一点教给我们的。
⟦w 志愿服务类心得代写，请加微信 mohe_xz07⟧
第三点体会是，志愿服务贵在坚持。扶手装好了，后续的检查维护还得有人管，我们小组约定每季度回访一次。⟦a ☆收藏本篇☆⟧
""",
    ),
    dict(
        slug="wenku-suiye-research-bath-towel-markers",
        site="穗页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.suiye.cn/view/7b2e91c04fa3.html",
        title="关于全市宾馆浴巾洗涤消毒情况的调研报告",
        record_title="关于全市宾馆浴巾洗涤消毒情况的调研报告 - 穗页文库",
        date="2024-12-16",
        notes="文库 reader: page-marker paragraphs cut sentences between preview pages; a monthly-card lock "
        "and a coin pay box; upload stamp with a relative time; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全市宾馆浴巾洗涤消毒情况的调研报告 - 穗页文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://static.suiye.cn/reader/v5/reader.css">
<script>window.__DOC__ = {id: "7b2e91c04fa3", pages: 4, free: 3};</script>
</head>
<body>
<header class="sy-top">
<a class="logo" href="/">⟦m 穗页文库⟧</a>
<nav><a href="/cat/hy">⟦m 行业资料⟧</a><a href="/cat/gw">⟦m 公文范本⟧</a><a href="/cat/jy">⟦m 教育资源⟧</a></nav>
<form class="search"><input placeholder="搜一搜全站文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 月卡会员 全站畅读⟧</a>
</header>
<div class="crumbs">⟦m 穗页文库 › 行业资料 › 卫生监督⟧</div>
<main class="reader">
<div class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：sy_5582　上传于3天前　共4页　下载券：2⟧</p>
<div class="bar"><button>⟦a 加入书架⟧</button><button>⟦a 转存到手机⟧</button><button>⟦a 举报本文⟧</button></div>
</div>
<div class="doc-pages">
{BODY}
</div>
<div class="lock">⟦a 第4页起为付费内容，支付8个穗币即可继续阅读⟧<button>⟦a 立即支付⟧</button></div>
</main>
<aside class="rel">
<h4>⟦l 看了本文的人还在看⟧</h4>
<ul><li>⟦l 公共场所卫生监督抽检工作总结⟧</li><li>⟦l 酒店布草洗涤外包服务合同⟧</li><li>⟦l 住宿业卫生规范解读PPT⟧</li></ul>
</aside>
<footer>⟦d 文档由用户上传至穗页文库，平台仅提供存储与展示，如有侵权请提交申诉⟧<br>⟦m ©2025 suiye.cn　粤ICP备21048833号-1⟧</footer>
<script src="https://static.suiye.cn/reader/v5/reader.js"></script>
</body>
</html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⟲ {n} ⟳", every=105, start=2),
        body="""
为掌握全市宾馆客房浴巾洗涤消毒现状，市卫生健康监督所于10月至11月对纁湖区、綦城区等4个区的56家宾馆开展了专题调研，现将有关情况报告如下。
一、基本情况
56家宾馆中，自行洗涤浴巾的有19家，委托社会洗涤企业的有37家。现场抽取浴巾样品112份，细菌总数合格104份，合格率为92.9%。
二、存在的问题
一是部分宾馆把浴巾与地巾、抹布混在一起洗涤，没有做到分类分池。二是个别洗涤企业消毒记录不全，出了问题无法追溯批次。三是一些客房服务员更换浴巾时没有严格执行“一客一换”。
三、工作建议
建议由住宿业协会牵头制定浴巾洗涤消毒操作指引，推行洗涤批次标签；监督所将把浴巾抽检纳入年度监督计划，对不合格单位依法处理。
毹阳市卫生健康监督所
2024年12月16日
""",
    ),
    dict(
        slug="wenku-jianye-plan-sensor-light-wrapped-docx",
        site="简叶文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.jianyewk.com/p-30581774.html",
        title="缥溪县城区老旧小区楼道感应灯更换工作方案",
        record_title="缥溪县城区老旧小区楼道感应灯更换工作方案.docx",
        date="2025-03-10",
        notes="file-name record title; text copied from a preview: hard-wrapped at 62 columns and cut by "
        "page markers glued to the continuation line; 成文日期 in Chinese numerals",
        page="""
!m 简叶文库 ｜ 行业资料 ｜ 城建规划
!t 缥溪县城区老旧小区楼道感应灯更换工作方案.docx
!m 页数：4　大小：31.6KB　贡献者：叶子0917　浏览 2190 次
!a 本文档共4页，免费试读前3页，剩余内容需下载查看
{BODY}
!a 下载券不够用？每日签到可领1张
!a 【立即下载】　【加入文件夹】
!l 你可能也需要：楼道照明改造施工组织设计｜声光控开关安装规范
!d 本文档由用户上传分享，仅供学习参考，如涉嫌侵权请联系简叶客服删除
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⤙{n}⤚", every=140, start=2, glue=True),
        body="""
为解决城区老旧小区楼道照明“夜里黑、灯常坏”的问题，县住建局决定在城区开展楼道感应灯更换工作，特制定本方案。
一、工作目标
2025年6月底前，完成城区41个老旧小区、326个单元楼道的感应灯更换，更换后灯具完好率不低于98%。
二、实施步骤
（一）摸底阶段（3月）。各社区对辖区楼道灯逐层登记，标明损坏灯具数量和线路老化情况。
（二）更换阶段（4月至5月）。统一选用声光双控、延时可调的LED感应灯，由中标单位分片区施工。
（三）验收阶段（6月）。县住建局会同街道逐栋验收，居民代表参与签字确认。
三、保障措施
更换费用由县财政和物业维修资金按比例分担，居民不再另行承担。各社区要在单元门口张贴施工公告，施工期间做好夜间临时照明。
缥溪县住房和城乡建设局
二〇二五年三月十日
""",
    ),
    dict(
        slug="gov-quchuan-notice-barrier-fees-index-table",
        site="氍川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.quchuan.gov.cn/zwgk/zcwj/202407/t20240710_552180.html",
        title="关于规范住宅小区出入口道闸收费行为的通知",
        record_title="关于规范住宅小区出入口道闸收费行为的通知_规范性文件_氍川县人民政府",
        date="2024-07-08",
        date_also=["2024-07-10"],
        notes="county portal with 长辈版/无障碍 links and an 索引号 table (the 文号 cell unmarked, neutral); "
        "the notice's own 联系人/电话 beside the portal's 纠错 line and 12345; 附件 list and 抄送 line; "
        "成文日期 expected, the portal's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范住宅小区出入口道闸收费行为的通知_规范性文件_氍川县人民政府</title>
<meta name="SiteName" content="氍川县人民政府">
<meta name="ColumnName" content="规范性文件">
<script src="/common/js/jquery.min.js"></script>
</head>
<body>
<div class="gov-top">
<span>⟦m 氍川县人民政府　欢迎您⟧</span>
<a href="javascript:;">⟦a 长辈版⟧</a> <a href="javascript:;">⟦a 无障碍⟧</a> <a href="/en/">⟦a EN⟧</a>
</div>
<div class="gov-banner"><img src="/images/banner_qc.jpg" alt="氍川县人民政府"></div>
<ul class="gov-nav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/bsfw/">⟦m 办事服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjqc/">⟦m 走进氍川⟧</a></li>
</ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 规范性文件⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：114307260071552180/2024-00219⟧</td><td>⟦m 主题分类：价格管理⟧</td></tr>
<tr><td>⟦m 发布机构：氍川县发展和改革局⟧</td><td>⟦m 发布日期：2024-07-10⟧</td></tr>
<tr><td>氍发改价〔2024〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 【字号：放大｜还原｜缩小】⟧ ⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
</div>
<div class="related"><h3>⟦l 相关政策解读⟧</h3><p>⟦l 一图读懂：小区停车收费那些事⟧</p></div>
<div class="gov-foot">
<p>⟦m 主办：氍川县人民政府办公室　承办：氍川县政务服务数据管理局⟧</p>
<p>⟦m 网站纠错热线：0736-5810012　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：4307260011　湘公网安备43072602000219号⟧</p>
</div>
<script src="/common/js/stat.js"></script>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各物业服务企业：
近期，县12345热线陆续接到群众反映，部分住宅小区出入口道闸存在临时停车收费不公示、道闸故障长时间不修等问题。为规范道闸收费行为，现将有关事项通知如下。
一、物业服务企业应在小区出入口显著位置公示道闸收费依据、标准和投诉电话，未经公示不得收费。
二、外来车辆临时停放15分钟以内的，不得收取停车费；救护、消防、抢险车辆一律免费放行。
三、道闸设备出现故障的，物业服务企业应在24小时内修复，修复前安排专人值守放行。
联系人：甘慧敏，联系电话：0736-5812047。
附件：1.住宅小区道闸收费情况自查表
2.道闸收费公示牌参考样式
氍川县发展和改革局
2024年7月8日
抄送：县住建局，县市场监管局。
""",
    ),
    dict(
        slug="gov-shuyang-bulletin-handrail-hazards-table",
        site="毹阳市住房和城乡建设局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://zjj.shuyang.gov.cn/xxgk/tzgg/202410/t20241021_83017.html",
        title="关于老旧小区公共楼道扶手安全隐患排查情况的通报",
        record_title="【通报】关于老旧小区公共楼道扶手安全隐患排查情况的通报 - 毹阳市住房和城乡建设局",
        record_date="2024-10-18",
        date="2024-10-18",
        notes="date from the record; a bureau portal's text page: elder-mode row, breadcrumb, 文号 neutral; "
        "a table one row a paragraph; 印发 line; the bureau's service hotline in the footer",
        page="""
!m 毹阳市住房和城乡建设局
!a 〔关怀模式〕〔读屏辅助〕〔简/繁〕
!m 首页 ＞ 信息公开 ＞ 通知公告
!t 【通报】关于老旧小区公共楼道扶手安全隐患排查情况的通报
毹建通〔2024〕41号
!m 信息来源：房屋安全管理科　　浏览次数：406
{BODY}
!a 【收藏】【打印本页】【关闭窗口】
!l 上一条：关于开展既有住宅加装电梯项目验收的通知
!l 下一条：2024年第三季度物业服务企业信用评价结果公示
!m 住建服务热线：0739-8126600　地址：毹阳市綦城区建设路88号
!m 版权所有：毹阳市住房和城乡建设局　湘ICP备08016620号
""",
        indent="\u3000\u3000",
        body="""
各区住房和城乡建设局，各物业服务企业：
9月，市住建局组织对全市老旧小区公共楼道扶手开展了安全隐患排查，共排查小区137个、单元楼道1642个。现将排查情况通报如下。
一、排查结果
区域　排查单元数　发现隐患数　已整改数
纁湖区　612　48　41
綦城区　537　36　36
卮山区　493　29　22
二、主要问题
扶手松动、立杆锈断的占隐患总数的61%；扶手高度不足或转角断开的占27%；其余为扶手被杂物、电动车遮挡。
三、工作要求
各区要在11月底前完成剩余隐患整改，整改一处、销号一处；对拒不整改的物业服务企业，记入信用档案。
毹阳市住房和城乡建设局
2024年10月18日
毹阳市住房和城乡建设局办公室　　2024年10月18日印发
""",
    ),
    dict(
        slug="news-quchuan-curtain-nursing-home-caption",
        site="氍川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qcxww.cn/ms/2024-11/05/content_60417.html",
        title="毳田乡敬老院浴室换上了防霉浴帘",
        record_title="毳田乡敬老院浴室换上了防霉浴帘_民生_氍川新闻网",
        date="2024-11-05",
        notes="county news portal: app prompt, listen button, a photo caption between paragraphs, an editor "
        "and reviewer line glued after the last paragraph, a 24-hour list; byline 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>毳田乡敬老院浴室换上了防霉浴帘_民生_氍川新闻网</title>
<script>var _czc = _czc || [];</script>
</head>
<body>
<div class="topbar">⟦m 氍川新闻网　氍川县融媒体中心主办⟧　<a href="/app">⟦a 下载“氍川发布”客户端⟧</a></div>
<nav class="menu"><a href="/">⟦m 首页⟧</a><a href="/sz/">⟦m 时政⟧</a><a href="/ms/">⟦m 民生⟧</a><a href="/xz/">⟦m 乡镇⟧</a><a href="/sp/">⟦m 视频⟧</a></nav>
<div class="loc">⟦m 位置：首页 / 民生⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-11-05 09:32　来源：氍川新闻网　记者：邹燕⟧</div>
<div class="listen"><button>⟦a ▷ 听新闻⟧</button></div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转发到：微信　朋友圈　微博⟧</div>
</article>
<aside class="hot24">
<h3>⟦l 24小时热点⟧</h3>
<ol><li>⟦l 氍口镇冬季供水管网完成检修⟧</li><li>⟦l 县城区新增两处公共充电站⟧</li><li>⟦l 毳田乡柑橘采摘节本周末开幕⟧</li></ol>
</aside>
<footer>
<p>⟦d 本网原创稿件未经授权不得转载，违者追究法律责任⟧</p>
<p>⟦m 新闻热线：0736-5823100　互联网新闻信息服务许可证：43120240017⟧</p>
</footer>
</body>
</html>
""",
        body="""
“以前洗澡最怕水溅一地，现在浴帘一拉，地面干干的，心里也踏实。”11月3日，在毳田乡敬老院，78岁的五保老人钟守仁说。
今年10月，乡民政办在巡查中发现，敬老院12间浴室的旧浴帘发黄发霉，部分挂钩脱落，老人洗澡时水流到卧室门口，存在滑倒隐患。
⟦m 图为护理员为老人拉好新换的浴帘（通讯员　汪小禾　摄）⟧
乡里随即安排资金1.8万元，为浴室统一换上防霉浴帘和加重底边的防溅帘，并把直杆改成不锈钢弧形杆，扩大了淋浴空间。
敬老院院长马秀兰介绍，新浴帘每月清洗一次、每半年更换一次，由护理员登记在册。⟦m 责任编辑：卢卉　终审：钱一鸣⟧
""",
    ),
    dict(
        slug="news-shangshui-barrier-hospital-queue",
        site="觞水融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ssrongmei.cn/news/2025/0314/91266.shtml",
        title="觞水县人民医院停车场道闸改造后高峰排队缩短一半",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="title and date from the record; news text page: app prompt glued before the lead, a "
        "listen row, a reporter line, a related list and a 24-hour list",
        page="""
!m 觞水融媒　觞水县融媒体中心
!m 首页 > 本地 > 民生服务
{T}
!m 2025-03-14 10:06　　来源：觞水融媒　　记者：乔立新　通讯员：温蕾
!a ♪ 点击收听本文
{BODY}
!m （编辑：许晓 ｜ 校对：祁文）
!l 相关阅读
!l · 县城新增“即停即走”临时泊位120个
!l · 县人民医院开通夜间门诊
!l 24小时热榜：觞水至毹阳城际公交3月20日开通
!d 觞水融媒原创内容，转载请注明来源
""",
        body="""
⟦a 打开觞水融媒APP，看更多本地新闻⟧3月13日上午10点，正是县人民医院就诊高峰，车辆在入口道闸前依次通过，不到一分钟就能进场。
“以前光排队进停车场就得二十多分钟，车一直堵到迎宾路上。”市民柯长青说。
今年初，县人民医院对停车场出入口实施改造，将原来的一进一出两套道闸扩建为两进两出，新道闸具备车牌识别和无感支付功能，出场时不用再停车扫码。医院还在院内空地新划了86个车位，并在入口设置余位显示屏。
据医院后勤保障科负责人介绍，改造后早高峰车辆平均排队时间由22分钟缩短到10分钟以内，周边道路拥堵明显缓解。
""",
    ),
    dict(
        slug="forum-chaoju-curtain-rod-jammer-html",
        site="巢居家装论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.chaojujz.com/thread-882041-1-1.html",
        title="浴帘杆装了三次才装稳，说说踩过的坑",
        record_title="[装修日记] 浴帘杆装了三次才装稳，说说踩过的坑 - 卫浴交流 - 巢居家装论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post and on a line of its own, a rating row, "
        "a signature and a reply box; posted 3 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[装修日记] 浴帘杆装了三次才装稳，说说踩过的坑 - 卫浴交流 - 巢居家装论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head>
<body>
<div id="toptb">⟦m 巢居家装论坛⟧　<a href="member.php?mod=register">⟦a 免费注册⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a></div>
<div id="pt">⟦m 巢居家装论坛 › 装修分享 › 卫浴交流 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 4127 ｜ 回复: 38⟧</div>
<table id="pid3301" class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 小满装修中⟧</div><p>⟦m 帖子 216　积分 1480　金币 97⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [装修日记] 浴帘杆装了三次才装稳，说说踩过的坑⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前　只看该作者　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_3301">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 5　金币 +12　理由：实用，收藏了⟧</div>
<div class="sign">⟦l 新房装修进行时，求各位大佬多指点⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table>
<div class="pgs">⟦l 返回卫浴交流版块⟧</div>
<div id="fastpost">⟦a 登录后才能参与讨论，还没有账号？点此注册⟧</div>
<div id="ft">⟦m 巢居家装论坛 bbs.chaojujz.com　( 苏ICP备17022961号 )⟧</div>
<script src="static/js/forum_viewthread.js?v=x35"></script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里卫生间没做干湿分离，装修完只能先挂浴帘，结果一根浴帘杆前后装了三次，今天把经验写出来，给后来的朋友避坑。
第一次买的是免打孔伸缩杆，两头靠弹簧顶住墙面。挂上普通浴帘还行，换了加厚的防水浴帘以后，不到一周就整根掉下来，差点砸到孩子。
第二次换了带吸盘的，吸盘贴在瓷砖缝上根本吸不牢，洗澡时水汽一大又滑下来了。
第三次老老实实请师傅打孔，用不锈钢L形杆，两端各三颗膨胀螺丝，到现在稳稳当当。师傅说杆子离地最好在1.9米左右，浴帘下摆正好垂到地漏边上，水不会溅到外面。
总结一句话：浴帘杆别图省事，该打孔就打孔。
""",
    ),
    dict(
        slug="forum-lanwu-towel-shedding-junk-text",
        site="蓝屋生活论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.lanwu-bbs.com/t/551903",
        title="新买的浴巾掉毛严重，怎么处理",
        record_title="[急求支招] 新买的浴巾掉毛严重，怎么处理（已搞定）- 居家百事 - 蓝屋生活论坛",
        date=None,
        notes="forum thread as text: junk lines and junk glued after 。; posted 昨天 (no date); replies below",
        page="""
!m 蓝屋生活论坛 › 居家百事 › 正文
!t [急求支招] 新买的浴巾掉毛严重，怎么处理（已搞定）
!m 楼主：橘子汽水　发表于 昨天 21:40　阅读 903　回复 17
{BODY}
!a 点赞(26)　踩　转发　举报
!l 2# 木头人：新浴巾先用淡盐水泡半小时，我家一直这么弄
!l 3# 晴天：楼主总结得好，马住
!a 回帖请先登录蓝屋账号
!m 蓝屋生活论坛　lanwu-bbs.com　京ICP备20005127号
""",
        junk=dict(lines=2, glued=2),
        body="""
上周网购了两条纯棉浴巾，第一次用完身上全是白毛毛，洗衣机滤网也糊了一层，想问问大家怎么处理。
更新一下：按楼下几位说的办法试了，确实管用，整理在这里。
一是新浴巾先单独用冷水加少量白醋浸泡半小时，再过清水，不要和深色衣服一起洗。
二是头两三次洗完别用烘干机，挂在通风处自然晾干，晾之前用力抖一抖。
三是不要放柔顺剂，柔顺剂会让纤维更容易脱落。
现在洗了四次，基本不掉毛了。以后买浴巾还是挑长绒棉、标明一等品的，便宜的真不行。
""",
    ),
]
