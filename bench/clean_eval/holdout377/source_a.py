"""holdout377, part A: 范文 sites, 文库 previews, government portals, news portals and forums.

Written by hand for this part; every county, town, person, firm, site, URL, phone and id is
invented. Subjects: dartboards (飞镖盘), cue chalk (巧克粉), sofa throws (沙发巾), wine racks
(红酒架) and bar jiggers (量酒器). See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-biyanzhai-speech-winerack-industry-gb2312",
        site="笔砚斋范文网 (invented; old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyanzhai.cn/jianghua/chanye/2024/0923/15877.html",
        title="在歙原县木制红酒架产业发展推进会上的讲话",
        record_title="【产业发言精编】在歙原县木制红酒架产业发展推进会上的讲话（附会议提纲）_笔砚斋范文网",
        date="2024-09-19",
        date_also=["2024-09-23"],
        notes="old gb2312 table page with a marquee, a reading row, a floating ghost-writer box and a visitor "
        "counter; speaker and date lines under the title are neutral; a ghost-writer QQ glued after a sentence; "
        "the upload stamp differs from the speech date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【产业发言精编】在歙原县木制红酒架产业发展推进会上的讲话（附会议提纲）_笔砚斋范文网</title>
<meta name="keywords" content="红酒架,产业发展,推进会讲话,县长讲话">
<link href="/css/bys2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
<script language="javascript">function addfav(){window.external.addFavorite('http://www.biyanzhai.cn','笔砚斋');}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" class="topbar">⟦m 笔砚斋范文网——千篇范文，一斋收尽⟧　<a href="/user/login.asp">⟦a 会员登入⟧</a>　<a href="/user/reg.asp">⟦a 新用户开户⟧</a>　<a href="javascript:addfav()">⟦a 把笔砚斋放进收藏夹⟧</a></td></tr>
<tr><td><img src="/images/logo_bys.gif" width="960" height="80" alt=""></td></tr>
<tr><td class="menu"><a href="/">⟦m 斋内首页⟧</a>　<a href="/jianghua/">⟦m 发言讲话⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/fangan/">⟦m 计划方案⟧</a>　<a href="/xinde/">⟦m 心得感悟⟧</a>　<a href="/hetong/">⟦m 合同协议⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 斋务公告：斋内范文逐篇人工校对，发现错字点“挑错”留言，核实后赠送5个墨点。⟧</marquee></td></tr>
</table>
<table width="960" align="center" border="0"><tr>
<td width="700" valign="top">
<table width="100%" border="0">
<tr><td class="weizhi">⟦m 所在栏目：<a href="/">笔砚斋</a> → <a href="/jianghua/">发言讲话</a> → <a href="/jianghua/chanye/">产业经济发言</a>⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center" class="info">⟦m 录入：砚池　上传时间：2024-09-23　浏览：1486次⟧</td></tr>
<tr><td align="center">⟦a 【字码：特大 适中 偏小】　【墨色底纹】　【朗读本篇】⟧</td></tr>
<tr><td class="content">
<p align="center">县委副书记、县长　吕明川</p>
<p align="center">（2024年9月19日）</p>
{BODY}
</td></tr>
<tr><td align="center">⟦a 〖复制整篇到剪贴板〗〖另存成Word〗〖转给同事看〗⟧</td></tr>
<tr><td>⟦l 前一篇：在全县竹木加工企业安全生产约谈会上的发言⟧<br>⟦l 后一篇：木业协会换届大会主持词（完整版）⟧</td></tr>
</table></td>
<td width="250" valign="top">
<table width="100%" border="0">
<tr><td class="side_t">⟦l 本栏一周阅读排行⟧</td></tr>
<tr><td>⟦l ·县长在招商引资项目集中签约仪式上的致辞⟧<br>⟦l ·特色产业集群培育工作情况汇报⟧<br>⟦l ·家具企业质量提升座谈会发言提纲⟧</td></tr>
<tr><td class="side_t">⟦w 写不出来？斋主代笔⟧</td></tr>
<tr><td>⟦w 讲话、汇报、述职当天交稿，QQ：2960331847⟧</td></tr>
</table></td></tr></table>
<table width="960" align="center" border="0"><tr><td align="center" class="foot">
⟦d 斋内文章多系网友投递，仅作写作参考；如涉版权，请发邮件到 jiuzheng@biyanzhai.cn，三日内处理。⟧<br>
⟦m Copyright 2009-2024 笔砚斋范文网 www.biyanzhai.cn　黔ICP备09021377号⟧<br>
⟦m 您是本斋第 <font color="red">3081466</font> 位来客⟧
</td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:200px">⟦w 斋主在线代笔 点我咨询⟧</div>
<script language="javascript">floatQQ('floatqq');</script>
</body></html>
""",
        body="""
同志们：
今天召开全县木制红酒架产业发展推进会，主要是总结前一阶段工作，分析产业面临的形势，安排部署下一步任务。刚才，揆川镇和两家企业作了交流发言，讲得很实在，我都赞成。
歙原做红酒架，起步于二十年前揆川镇几家木器作坊的来料加工。如今全县红酒架及配套木制品企业发展到六十三家，年产各类红酒架一百八十万件，产品销往十几个国家和地区。但也要看到，我们的产品多是贴牌代工，自有品牌少，设计研发弱，利润大头被别人拿走了。⟦w 材料急用可找斋主一对一代笔，QQ 3305718826⟧
下面，我讲三点意见。
一是要在设计上下功夫。县里将与省工艺美术学院合作建立红酒架设计中心，每年评选一批好设计，对获奖企业给予奖励。
二是要在质量上守底线。实木含水率、承重和防倾倒是红酒架的三道关，质监部门要帮助企业建立检测室，决不允许一件不合格产品出厂。
三是要在品牌上求突破。支持企业注册商标、参加展会，鼓励抱团开设网店，把“歙原木作”的牌子擦亮。
同志们，产业兴则县域兴。希望大家拿出干劲，推动红酒架产业再上新台阶！
""",
    ),
    dict(
        slug="fanwen-xingbi-insight-jigger-training-no-title",
        site="醒笔范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.xingbi.net/xinde/peixun/77120.html",
        title="参加调酒师职业技能培训的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the title line stands under a tag line; a numbered list; a ghost-writer WeChat "
        "glued after a list item; an update stamp given as a relative time; no date",
        page="""
!m 醒笔范文 · 专注实用文书二十年
!m 标签：培训心得　职业技能　调酒
{T}
!m 本篇字数：约900字　更新：4 天前　人气：2173
!a 〔一键拷贝〕〔转成PDF〕〔加入我的文件夹〕
{BODY}
!a 看完全文需解锁，醒笔会员月卡9.9元
!l 同题推荐：
!l 参加西式面点师培训心得
!l 酒店服务技能提升培训总结（3篇）
!l 职业技能等级认定个人小结
!d 醒笔所收文章来自会员投稿与公开资料，版权属原作者，有异议请联系站长撤稿。
!m 醒笔范文 xingbi.net　客服电话：0851-86234471
""",
        indent="\u3000\u3000",
        body="""
今年五月，单位选派我参加了市人社局组织的调酒师（五级）职业技能培训。二十天的课程从酒水知识讲到调制手法，最让我受触动的，是老师第一节课就发给每人一只量酒器。
以前在吧台，我一直凭手感倒酒，觉得多一点少一点没什么。老师却说，一杯鸡尾酒的口感，一半靠配方，一半靠量准。他当场让我们不用量酒器各倒三十毫升，再倒进量杯里一看，多的到了四十毫升，少的只有二十出头。
这次培训，我主要有三点收获：
1. 规范比经验可靠。量酒器两头一大一小，常用的是三十毫升和四十五毫升，倒满为准、不挂杯壁，出品才能稳定。⟦w 心得体会不会写？醒笔写手帮你改到满意，微信 xb-wenshu8⟧
2. 细节体现专业。量酒器用完要立即冲洗、倒扣晾干，不同基酒分开使用，避免串味。
3. 诚信就是招牌。每一杯都量足，既是对顾客负责，也是对自己的手艺负责。
回到岗位后，我把吧台上的量酒器全部换成带刻度的款式，并和同事约定：再忙也不“手倒”。这只小小的量酒器，量的是酒，也量出了一个调酒人的职业态度。
""",
    ),
    dict(
        slug="wenku-suzhen-research-sofathrow-workshops-marker-paras",
        site="素帧文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.suzhen-wenku.com/view/8b41c07e2d.html",
        title="关于全县帮扶车间沙发巾编织产业发展情况的调研报告",
        record_title="关于全县帮扶车间沙发巾编织产业发展情况的调研报告（共6页）- 素帧文库",
        date="2025-03-14",
        notes="文库 reader: viewer toolbar, page-marker paragraphs (⩱ n ⩲) cutting sentences, a coin pay box, "
        "an upload stamp (no date); the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>关于全县帮扶车间沙发巾编织产业发展情况的调研报告（共6页）- 素帧文库</title>
<link rel="stylesheet" href="https://static.suzhen-wenku.com/reader/v3/reader.css">
<script src="https://static.suzhen-wenku.com/reader/v3/reader.min.js" defer></script>
</head>
<body class="reader">
<header class="sj-top">
<span class="logo">⟦m 素帧文库 · 一帧一页好文档⟧</span>
<form class="search"><input type="text" placeholder="搜文档、搜资料"></form>
<a href="/upload">⟦a 上传我的文档⟧</a> <a href="/passport">⟦a 登录 / 注册素帧号⟧</a>
</header>
<nav class="crumbs">⟦m <a href="/">素帧文库</a> › <a href="/hy/">行业资料</a> › <a href="/hy/nong/">农林牧渔</a> › 调研报告⟧</nav>
<main class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 贡献者：乡野拾穗　｜　上传于 2025-03-20　｜　页数：6页　｜　4.2分（37人评）⟧</div>
<div class="viewer-bar">⟦a 放大　缩小　全屏阅读　跳至第 1 页⟧</div>
<div class="reader-body">
{BODY}
</div>
<div class="paywall">
<p>⟦a 还有4页没看，开通素帧月卡整本免费下⟧</p>
<p><button>⟦a 支付 3 素币下载原文档⟧</button></p>
</div>
</main>
<aside class="side">
<h3>⟦l 看过本篇的人还看了⟧</h3>
<ul>
<li>⟦l 乡村就业帮扶车间运行情况调研⟧</li>
<li>⟦l 县域手工编织产业发展对策研究⟧</li>
<li>⟦l 关于留守妇女居家就业的调查与思考⟧</li>
</ul>
</aside>
<footer class="sj-foot">
<p>⟦d 文库里的文档都是用户上传分享的，素帧只提供存放与展示；发现侵权请点右下角“申诉”。⟧</p>
<p>⟦m © 2025 素帧文库 suzhen-wenku.com　湘ICP备20087716号-3⟧</p>
</footer>
<script>SJReader.init({docId:'8b41c07e2d',pages:6,free:2});</script>
</body>
</html>
""",
        p_html='<p class="reader-line">{}</p>',
        pages=dict(fmt="⩱ {n} ⩲", every=150, start=2),
        body="""
为摸清全县帮扶车间沙发巾编织产业发展情况，今年2月下旬，县乡村振兴局会同县妇联、人社局组成调研组，走访了陑坪、郳口等5个乡镇的14个帮扶车间，召开座谈会6场，入户访谈编织工人52名。现将调研情况报告如下。
一、基本情况。全县现有沙发巾编织帮扶车间14个，吸纳就业418人，其中脱贫户和监测户家庭成员163人，留守妇女占比超过七成。2024年共生产钩织、提花沙发巾23.6万条，实现产值1420万元，工人人均月收入2300元左右。
二、主要问题。一是订单来源单一，九成以上订单来自两家外贸公司，议价能力弱；二是产品同质化明显，花型多年不变，难以进入中高端市场；三是工人技能参差不齐，返工率在百分之八左右；四是车间场地多为闲置校舍改造，采光和消防条件有待改善。
三、几点建议。建议设立沙发巾花型设计扶持资金，每年面向院校征集新花型；依托电商服务中心培育自有品牌，拓展线上销售；由人社部门开展分级技能培训，将优秀编织能手评为“乡村工匠”；对车间场地改造给予适当补助。
郰川县乡村振兴局调研组
2025年3月14日
""",
    ),
    dict(
        slug="wenku-shiye-plan-chalk-line-pdf-wrapped-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shiye-doc.com/p/3390217.html",
        title="鄃阳县星耀体育用品有限公司巧克粉生产线改造实施方案",
        record_title="鄃阳县星耀体育用品有限公司巧克粉生产线改造实施方案.pdf",
        date="2025-03-10",
        notes="a PDF file name as the record title; a text hard-wrapped at 60 columns and cut by markers "
        "(⭎n⭏) glued to the continuation line; decimal headings; the 成文日期 in Chinese numerals; an upload "
        "stamp as a relative time",
        page="""
!m 拾页文库　文档在线预览
!t 鄃阳县星耀体育用品有限公司巧克粉生产线改造实施方案.pdf
!m 文档大小：412KB　共5页　上传者：球桌旁的阿杰　上传时间：3 天前
!a 在线预览仅显示前3页 ▏下载完整PDF ▏转存到我的文库
{BODY}
!a 预览到此为止，剩余2页，付2.5元即可下载源文件
!l 同类文档：台球用品企业质量管理制度　｜　体育用品厂粉尘治理方案
!d 此文档由网友自行上传，拾页文库只负责在线预览，文中观点与本站无关。
!m 拾页文库 shiye-doc.com　京ICP备18032265号
""",
        wrap=60,
        pages=dict(fmt="⭎{n}⭏", every=160, start=2, glue=True),
        body="""
为提升巧克粉产品质量和生产效率，解决现有生产线粉尘大、成型率低等问题，经公司研究，决定对巧克粉生产线实施改造，特制定本方案。
1 改造目标
1.1 巧克粉块成型合格率由现在的百分之九十一提高到百分之九十八以上。
1.2 车间粉尘浓度稳定控制在国家限值以内，彻底改变工人“下班一身蓝”的状况。
2 改造内容
2.1 将人工配料改为自动称重配料，确保碳化硅、黏合剂和颜料的配比准确。
2.2 新增全封闭压块机两台、负压集尘系统一套，压块、切割工序全部在密闭环境下完成。
2.3 烘干房改用热风循环方式，烘干时间由三十六小时缩短到二十小时。
3 进度安排
3.1 四月完成设备选型和招标采购，五月完成安装调试。
3.2 六月试生产，七月组织验收并全面投产。
4 保障措施
成立由总经理任组长的改造工作领导小组，生产部具体负责实施，财务部保障资金，安环部负责施工期间的安全管理。改造期间要合理安排订单，确保老客户供货不受影响。
鄃阳县星耀体育用品有限公司
二〇二五年三月十日
""",
    ),
    dict(
        slug="gov-quehu-bulletin-jigger-metrology-check-html",
        site="鄡城市峑湖区人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.quehu.gov.cn/zwgk/bmdt/scjg/202504/t20250410_6620318.html",
        title="关于2025年第一季度餐饮酒吧量酒器计量专项检查情况的通报",
        record_title="关于2025年第一季度餐饮酒吧量酒器计量专项检查情况的通报_监管动态_峑湖区人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="district portal: senior/screen-reader links, an 索引号 table whose 文号 cell is unmarked (neutral), "
        "a data table one row a paragraph, the bureau's own 联系人/电话 beside the portal's 12345 and 纠错 "
        "lines; 成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="峑湖区人民政府">
<meta name="ColumnName" content="监管动态">
<title>关于2025年第一季度餐饮酒吧量酒器计量专项检查情况的通报_监管动态_峑湖区人民政府</title>
<link rel="stylesheet" href="/images/quehu2023/style.css">
<script src="/images/quehu2023/jquery.min.js"></script>
</head>
<body>
<div class="toolbar"><div class="w1200">
<span>⟦m 今天是 星期四⟧</span>
<a href="javascript:;" id="oldman">⟦a 老年人大字版⟧</a> <a href="javascript:;" id="aria">⟦a 读屏盲人通道⟧</a> <a href="/fz/">⟦a 切换繁体⟧</a>
</div></div>
<div class="header"><div class="w1200"><h2 class="site-name">⟦m 鄡城市峑湖区人民政府⟧</h2></div></div>
<div class="nav"><ul>
<li><a href="/">⟦m 区府首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 办事服务⟧</a></li><li><a href="/hdjl/">⟦m 政民互动⟧</a></li><li><a href="/zjqh/">⟦m 印象峑湖⟧</a></li>
</ul></div>
<div class="w1200 position">⟦m 当前所在：<a href="/">首页</a> ＞ <a href="/zwgk/">政务公开</a> ＞ <a href="/zwgk/bmdt/">部门动态</a> ＞ 市场监管⟧</div>
<div class="w1200 main">
<table class="xxgk-table">
<tr><td>⟦m 索引号：11439021MB1R50247Y/2025-00318⟧</td><td>⟦m 发布机构：区市场监督管理局⟧</td></tr>
<tr><td>⟦m 主题分类：市场监管、安全生产监管⟧</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
<tr><td>文号：峑市监通〔2025〕9号</td><td>⟦m 时效状态：现行有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 文字 ＋ 原样 －⟧　<a href="javascript:window.print()">⟦a 打印本页⟧</a>　<a href="javascript:window.close()">⟦a 关闭窗口⟧</a></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="qr">⟦a 扫一扫，用手机继续读这篇通报⟧</div>
</div>
<div class="related">
<h4>⟦l 相关文件⟧</h4>
<ul>
<li>⟦l 峑湖区2024年度民生计量专项行动工作总结⟧</li>
<li>⟦l 关于开展加油机计量作弊专项整治的通知⟧</li>
</ul>
</div>
</div>
<div class="footer"><div class="w1200">
<p>⟦m 主办单位：鄡城市峑湖区人民政府办公室　承办：区大数据服务中心⟧</p>
<p>⟦m 政府网站标识码4311020021　湘ICP备13004127号　湘公网安备43110202000155号⟧</p>
<p>⟦m 便民服务热线：12345　网页纠错：0739-5128000⟧</p>
</div></div>
<script src="/images/quehu2023/zoom.js"></script>
</body>
</html>
""",
        body="""
各街道市场监管所，区各相关单位：
为规范酒吧、餐饮场所计量行为，维护消费者合法权益，今年1月至3月，区市场监管局对辖区酒吧、西餐厅、酒店大堂吧使用的量酒器开展了专项检查。现将有关情况通报如下。
一、检查基本情况
本次共检查经营场所86家，抽检量酒器312只，合格287只，合格率92.0%。分街道检查情况如下：
街道　检查场所（家）　抽检数量（只）　不合格（只）
滨河街道　31　118　11
峑园街道　27　96　8
新桥街道　28　98　6
二、存在的主要问题
一是部分场所使用无刻度或刻度模糊的量酒器；二是个别场所用小号烈酒杯代替量酒器，实际容量比标示少五毫升以上；三是少数经营者对计量法律法规不了解。
三、下一步工作要求
对检查中发现的25只不合格量酒器，已责令当场停止使用并限期更换。各市场监管所要加强日常巡查，督促经营者每半年自查一次。
联系人：葛文涛　电话：0739-5128806
鄡城市峑湖区市场监督管理局
2025年4月8日
""",
    ),
    dict(
        slug="gov-kuangxi-notice-dartboard-safety-docno-record",
        site="洭溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.kuangxi.gov.cn/xxgk/tzgg/202504/t20250418_442901.html",
        title="关于开展城乡文体活动室飞镖盘等健身器材安全检查的通知",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="record title and date; a 文号 line under the title (neutral); an attachment download link beside "
        "the notice's own 附件 line; 抄送 and 印发 lines kept in the body",
        page="""
!m 洭溪县人民政府门户网站
!m 首页 > 信息公开 > 通知公告
{T}
洭文旅体发〔2025〕17号
!m 信息来源：县文广旅体局　公开方式：主动公开　浏览次数：407
!a 【放大】【还原】【打印】【转发到微信】
{BODY}
!a 附件下载：1.飞镖盘安全检查登记表.xls
!l 上一条：关于举办2025年洭溪县全民健身运动会的通知
!l 下一条：县图书馆清明假期开放时间调整公告
!m 洭溪县人民政府办公室主办　县政务数据中心技术保障
!m 网站纠错电话：0746-3312000　邮箱：qxzfb@kuangxi.gov.cn
""",
        indent="\u3000\u3000",
        body="""
各乡镇综合文化站，县直各有关单位：
近年来，我县各村（社区）文体活动室陆续配备了飞镖盘等健身器材，丰富了群众文化生活，但部分场所存在钢针飞镖随意放置、飞镖盘挂设位置不当、周边无防护等安全隐患。为防止意外伤害，决定在全县开展一次飞镖盘等健身器材安全检查。现将有关事项通知如下：
一、检查范围。全县各村（社区）文体活动室、农家书屋、老年活动中心及县直单位职工之家。
二、检查内容。飞镖盘是否牢固挂设在无人通行的墙面，靶心高度是否在1.73米左右；投掷线与镖盘之间是否有人员穿行；钢针飞镖是否专人保管、集中存放；是否张贴安全使用须知。
三、时间安排。4月25日前各单位完成自查，5月10日前县局组织抽查。
四、工作要求。发现隐患要立即整改，儿童较多的场所一律改用软头飞镖。请于5月12日前将检查登记表报县局群众体育股。
联系人：马一鸣，电话：0746-3325817。
附件：飞镖盘等健身器材安全检查登记表
洭溪县文化广电和旅游体育局
2025年4月18日
抄送：县应急管理局，各乡镇人民政府。
洭溪县文化广电和旅游体育局办公室　2025年4月18日印发
""",
    ),
    dict(
        slug="news-shuyang-dart-league-h1-app-prompt-caption",
        site="鄃阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.shuyangnews.cn/xz/2025-05/11/content_90417.html",
        title="郳口镇首届职工飞镖联赛开赛",
        record_title=None,
        date="2025-05-11",
        notes="no record title: the headline stands in the <h1>; an app prompt glued before the lead's first words; "
        "a photo caption between paragraphs; an editor line glued after the last sentence; the byline's "
        "发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>郳口镇首届职工飞镖联赛开赛-鄃阳新闻网</title>
<meta name="description" content="郳口镇首届职工飞镖联赛在镇文体中心开赛">
<link rel="stylesheet" href="//res.shuyangnews.cn/css/article2024.css">
<script>var _czc = _czc || [];</script>
</head>
<body>
<div class="topline">⟦m 鄃阳新闻网　县委宣传部主办　县融媒体中心承办⟧ <a href="/app/">⟦a 客户端⟧</a> <a href="/wx/">⟦a 微信矩阵⟧</a></div>
<div class="channel-nav">⟦m <a href="/">首页</a> <a href="/sz/">时政</a> <a href="/xz/">乡镇</a> <a href="/ms/">民生</a> <a href="/ty/">文体</a> <a href="/sp/">视听</a>⟧</div>
<div class="ad-slot">⟦m 广告位招租 0736-7761000⟧</div>
<div class="wrap">
<div class="left">
<div class="loc">⟦m 您的位置：鄃阳新闻网 &gt;&gt; 乡镇 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-11 09:32　来源：鄃阳新闻网　通讯员：郑小棠⟧</div>
<div class="listen">⟦a ▶ 点击收听本文⟧</div>
<div class="article-content">
{BODY}
</div>
<div class="share">⟦l 分享至：微信好友 朋友圈 QQ空间 微博⟧</div>
</div>
<div class="right">
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 鄃阳县城区新增三条公交线路⟧</li>
<li>⟦l 陑坪镇帮扶车间迎来新订单⟧</li>
<li>⟦l 全县中小学开展防溺水专题教育⟧</li>
</ol>
</div>
</div>
<div class="foot">
<p>⟦d 本网原创稿件，未经书面授权不得转载、摘编。⟧</p>
<p>⟦m 鄃阳县融媒体中心版权所有　互联网新闻信息服务许可证：43120230018⟧</p>
</div>
<script src="//res.shuyangnews.cn/js/listen.js"></script>
</body>
</html>
""",
        body="""
⟦a 打开鄃阳新闻客户端，看更多身边事⟧本网讯（通讯员　郑小棠）5月10日，郳口镇首届职工飞镖联赛在镇文体中心开赛，来自镇机关、卫生院、学校和辖区企业的16支队伍、96名选手参赛。
本次联赛采用电子飞镖盘，设团体赛和个人赛两个项目，团体赛按301分制进行循环赛，个人赛采用501分制淘汰赛。联赛将持续到6月底，每周六下午在镇文体中心进行。
⟦m 图为比赛现场，选手正瞄准飞镖盘。（郑小棠　摄）⟧
“以前下班就是刷手机，现在同事们约着一起练镖，既活动了身体，又增进了感情。”镇卫生院参赛队员李娟说。据了解，为办好联赛，镇总工会为各参赛单位配发了飞镖盘和软头飞镖，并邀请县飞镖协会的两名裁判现场执裁。
镇总工会负责人表示，下一步还将把飞镖运动纳入“职工之家”建设内容，让更多职工在家门口享受运动的乐趣。⟦m （责任编辑：韦思远　审核：孔德明）⟧
""",
    ),
    dict(
        slug="news-sheyuan-winerack-export-record-date",
        site="歙原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.sheyuannews.com/jj/cy/202506/t20250603_118820.html",
        title="揆川镇红酒架企业抱团开拓海外市场",
        record_title="揆川镇红酒架企业抱团开拓海外市场丨歙原新闻网·经济频道",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="decorated record title (丨site·频道), the record's date; listen and font-size row, editor line, "
        "related list and an app download prompt",
        page="""
!m 歙原新闻网 — 县委宣传部主管
!m 首页 ＞ 经济 ＞ 产业
!t 揆川镇红酒架企业抱团开拓海外市场丨歙原新闻网·经济频道
!m 2025-06-03 07:45　来源：歙原日报　作者：常雪莹
!a 语音播报　｜　字体 大·中·小
{BODY}
!m 编辑：田甜　校对：吴可
!l 相关新闻
!l 县木业商会召开年中会员大会
!l 歙原木制品出口额首破十亿元
!a 下载歙原新闻APP，本地消息先知道
""",
        gap=True,
        body="""
本报讯（记者　常雪莹）6月2日，一辆满载实木红酒架的集装箱货车从揆川镇木作产业园驶出，这批货物将经港口发往南欧。这是今年以来揆川镇红酒架企业联合接下的第七张海外大单。
过去，镇上的红酒架企业各自接单，规模小、交货慢，常常在报价上互相压价。去年底，在镇商会牵头下，十二家企业组建了红酒架产业联合体，统一采购木料、统一质量标准、统一对外报价，订单按各家产能分配。
“一家做不了的大单，现在大家一起做。”联合体负责人汤国栋介绍，今年前五个月，联合体出口红酒架四十二万件，同比增长三成多，平均报价提高了百分之十二。
据了解，揆川镇正在建设红酒架设计打样中心，计划年内推出二十款原创设计，进一步提高产品附加值。
""",
    ),
    dict(
        slug="forum-biaoyou-diy-dartboard-wall-jammer",
        site="镖友之家论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.biaoyouzhijia.com/thread-20917-1-1.html",
        title="给家里的飞镖盘做了面软木防护墙",
        record_title="[手工改造] 给家里的飞镖盘做了面软木防护墙（附材料清单） - 飞镖杂谈 - 镖友之家论坛",
        date=None,
        notes="Discuz-like thread: poster panel, jammer-font junk in the post, a rating row, a signature, replies; "
        "a materials list; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>[手工改造] 给家里的飞镖盘做了面软木防护墙（附材料清单） - 飞镖杂谈 - 镖友之家论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 镖友之家论坛⟧　<a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册镖友账号⟧</a></div>
<div id="pt">⟦m 镖友之家 › 飞镖杂谈 › 查看帖子⟧</div>
<div class="pgt">⟦m 查看: 1532 ┊ 回复: 27⟧</div>
<table class="plhin">
<tr>
<td class="pls">
<div class="authi">⟦m 三倍二十⟧</div>
<dl>⟦m 镖龄 4年　帖子 388　镖币 2064⟧</dl>
<p>⟦m 勋章：DIY达人⟧</p>
</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88213">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分 参与人数 6　镖币 +18　收起 理由⟧</div>
<div class="sign">⟦m 签名：扔得准不如扔得稳⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td>
</tr>
</table>
<div class="reply">⟦l 沙发　铁镖老李：软木板哪里买的？求链接⟧</div>
<div class="reply">⟦l 板凳　小钢针：学到了，周末就动手⟧</div>
<div id="f_pst">⟦a 登录以后才能回帖　去登录 ｜ 新人注册⟧</div>
<div id="ft">⟦m 镖友之家 ( 苏ICP备21055603号 ) ｜ 手机版 ｜ 小黑屋⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
玩飞镖两年多，家里那面白墙早就被扎得坑坑洼洼，老婆下了最后通牒。上周末花了一天时间，给飞镖盘做了一面软木防护墙，效果不错，分享一下过程。
先说材料：
1. 软木板两张，每张60×90厘米，厚1厘米；
2. 九厘板一张，做底板用；
3. 膨胀螺丝四颗，自攻螺丝若干；
4. 黑色乳胶漆一小桶。
做法很简单：先把九厘板固定在墙上，再把两张软木板用胶粘在九厘板上，刷两遍黑漆，最后把飞镖盘挂在正中间。注意镖盘靶心离地要有1.73米，投掷线到镖盘面的水平距离是2.37米，装之前一定量准。
用了一周，脱靶的镖全扎在软木上，墙面一点没伤着，拔镖也轻松。唯一的问题是软木板时间长了会掉渣，打算过半年换一次。
有兄弟问钢镖会不会把软木扎穿，我试过，1厘米厚的完全没问题。
""",
    ),
    dict(
        slug="forum-qingtai-chalk-colours-junk-text",
        site="清台论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.qingtai-bbs.com/t/66310",
        title="巧克粉蓝色和绿色到底有啥区别",
        record_title="【老球友说】巧克粉蓝色和绿色到底有啥区别（打了十年球的体会） - 器材讨论区 - 清台论坛",
        date=None,
        notes="a billiards forum thread: anti-scraping junk as lines and glued after 。; the post time is 昨天 "
        "(no date); replies and a reply prompt below",
        page="""
!m 清台论坛 — 台球爱好者的家
!m 清台论坛 » 器材讨论区 » 浏览主题
!t 【老球友说】巧克粉蓝色和绿色到底有啥区别（打了十年球的体会）
!m 楼主：一杆清台　发表于 昨天 22:17　浏览 908　回复 14
!a 只看楼主 ｜ 倒序浏览 ｜ 收藏本帖
{BODY}
!l 2# 黑八小王子：说得对，我一直以为绿的贵就是好
!l 3# 球房阿梅：第三条太真实了，天天擦台边
!a 想参与讨论？先登录清台账号
!m 清台论坛 qingtai-bbs.com　闽ICP备19022718号
""",
        junk=dict(lines=2, glued=3),
        body="""
经常有新球友问我，巧克粉蓝色、绿色、红色到底有什么区别，是不是绿色的更好用。打了十年球，说说我的看法。
其实颜色本身和性能没关系，主要是为了和台呢颜色相近，方便打扫，也方便看清皮头上擦没擦到位。国内球房大多是绿台呢，用蓝色的却最多，这纯粹是习惯。
真正有区别的是质地。便宜的巧克粉颗粒粗、发干，擦上去掉粉多，弄得台面和手上都是；好一点的颗粒细、附着力强，擦一次能顶好几杆。我一般一块巧克粉用三四次就换，不要舍不得。
还有几个小习惯分享给大家：擦粉时转动球杆轻轻带过，不要像钻木头一样使劲拧；擦完别把巧克粉口朝下放在台边，粉会蹭到台呢上；每次出杆前都擦一下，特别是要打加塞球的时候。
一点经验，老鸟勿喷。
""",
    ),
]
