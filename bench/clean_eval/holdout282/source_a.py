"""holdout282, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moqi-speech-tiger-shoe-contest-gb2312",
        site="墨畦范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqifw.com/jianghua/wenlv/2025/0418/5521.html",
        title="在全县虎头鞋制作技艺大赛开幕式上的致辞",
        record_title="【文旅致辞】在全县虎头鞋制作技艺大赛开幕式上的致辞（文旅系统通用）_墨畦范文网",
        date="2025-04-16",
        date_also=["2025-04-18"],
        notes="old gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "date under the speech title (neutral), speaker line neutral, the page's 更新时间 also accepted; "
        "a writing-service prompt glued after a 。 and a member line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【文旅致辞】在全县虎头鞋制作技艺大赛开幕式上的致辞（文旅系统通用）_墨畦范文网</title>
<meta name="keywords" content="虎头鞋,致辞,开幕式,非遗">
<link href="/skin/moqi.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
<script language="javascript">function fontZoom(n){document.getElementById('zoom').style.fontSize=n+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300" class="logo">⟦m 墨畦范文网⟧</td><td align="right">⟦m 耕好每一篇　www.moqifw.com⟧ <a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 设为首页⟧</a> <a href="javascript:window.external.AddFavorite('http://www.moqifw.com','墨畦')">⟦a 收藏墨畦⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 欢迎光临墨畦，讲话致辞、总结汇报、心得体会每日上新⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得体会</a> | <a href="/zhidu/">规章制度</a> | <a href="/hetong/">合同范本</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="crumb">⟦m 您的位置：<a href="/">墨畦范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 开幕闭幕致辞⟧</td></tr>
<tr><td width="700" valign="top">
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td align="center" class="art_title"><b>{T}</b></td></tr>
<tr><td align="center" class="art_info">⟦m 更新时间：2025-04-18　投稿：青畦　点击：1462⟧</td></tr>
<tr><td align="center">⟦a 【字号调节：特大 大 中 小】⟧ ⟦a 【合上此页】⟧</td></tr>
<tr><td id="zoom" class="art_body">
<p align="center">（2025年4月16日）</p>
<p align="center">县文化和旅游局局长　祊晓岚</p>
{BODY}
</td></tr>
<tr><td>⟦a 〖整篇拷贝〗〖存成文档〗〖夹进书签〗⟧</td></tr>
<tr><td>⟦l 上一篇：在全县春季非遗展演启动仪式上的讲话⟧<br>⟦l 下一篇：在绣娘技能培训班结业式上的讲话⟧</td></tr>
</table>
</td>
<td width="260" valign="top" class="side">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td class="side_t">⟦l 本栏热门⟧</td></tr>
<tr><td>⟦l ·文旅局长在文化惠民演出启动仪式上的致辞⟧</td></tr>
<tr><td>⟦l ·非遗传承人座谈会主持词（精编）⟧</td></tr>
<tr><td>⟦l ·乡村手工艺品展销会开幕讲话⟧</td></tr>
</table>
</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:220px">⟦w 代笔热线 QQ 2870331946 写完再付款⟧</div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">⟦d 本站文章多为网友投递，仅作写作借鉴，若涉版权请来函，核实后即撤⟧</td></tr>
<tr><td align="center">⟦m 墨畦范文网 版权所有 2011-2025　湘ICP备11087342号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0086213 位来客⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
各位来宾，各位参赛选手，同志们：
春和景明，针走线游。今天，第三届祊溪县虎头鞋制作技艺大赛在稆田镇文化广场开幕。我代表县文化和旅游局，向各位评委和来自全县十一个乡镇的六十二名选手表示热烈欢迎！
虎头鞋是我县流传百年的民间手艺，一双鞋要经过打袼褙、剪鞋样、绣虎脸、纳鞋底等二十多道工序。2019年，祊溪虎头鞋制作技艺列入市级非物质文化遗产代表性项目名录，全县现有传承人和从业绣娘四百余人。⟦w 急用致辞？墨畦老笔杆两小时交稿，QQ 2870331946⟧
⟦a 开通墨畦会员，每日可整篇复制30篇⟧
本届大赛分传统组和创新组，既比针脚功夫，也比图样创意。希望各位选手赛出水平、赛出风格，也希望评委们公平公正、严格把关。
最后，预祝大赛圆满成功！谢谢大家。
""",
    ),
    dict(
        slug="fanwen-yunjian-insight-soldering-iron-no-title",
        site="耘笺文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yunjianwg.cn/xinde/peixun/31077.html",
        title="从握稳一把电烙铁开始——电子装接岗前培训心得",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; relative 收录于 time is no date; a collect link glued after a 。, "
        "a column tag glued before a paragraph's first words",
        page="""
!m 耘笺文稿网 · 心得体会频道
!m 位置：首页 / 心得体会 / 培训心得
{T}
!m 收录于 2 天前　字数：约400　人气：318
!a 〔拷到剪贴板〕〔发到手机上〕
{BODY}
!w 写不出来？老笔杆一对一代写，微信 yunjian_bg77
!l 同类推荐
!l › 新员工入职培训心得（车间版）
!l › 安全生产月学习体会三则
!d 文稿由用户投递，著作权归原作者，转载请标明出处。
!m ©耘笺文稿网 yunjianwg.cn　浙ICP备20030418号
""",
        indent="\u3000\u3000",
        body="""
三月初，我作为新员工参加了公司为期两周的电子装接岗前培训。培训从最基础的电烙铁使用讲起，一开始我觉得这有什么难的，真正上手才知道里面学问不少。
一是安全意识要放在第一位。带教师傅反复强调，电烙铁通电后烙铁头温度能到三百多度，放下时必须插回烙铁架，离开工位要随手断电。第一天我就看到一位同事袖口被烫出一个小洞，从那以后我再也不敢马虎。
二是基本功要一点点练。焊点要圆润光亮，焊锡不能多也不能少，烙铁头停留两到三秒就要移开。⟦a 点这里收进我的文稿夹⟧我在练习板上焊了六百多个焊点，才算过了师傅那一关。
⟦m 【耘笺精选】⟧三是习惯要从第一天养成。每次用完要清洁烙铁头、上锡保护，工位上的松香和焊渣要当天清理。
两周培训虽然短，但让我明白了，握稳一把电烙铁，握住的是对产品和自己负责的态度。
""",
    ),
    dict(
        slug="wenku-zhiyuan-survey-iron-kettle-pdf-markers",
        site="知渊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wk.zhiyuanwendang.com/view/8c1e2f7a40d3.html",
        title="关于矼山县铸铁壶产业发展情况的调研报告",
        record_title="关于矼山县铸铁壶产业发展情况的调研报告.pdf",
        date="2025-03-20",
        notes="文库 reader: viewer toolbar, page markers ♖ n ♖ as paragraphs cutting sentences, a monthly-card lock, "
        "an ad line between paragraphs; a data table; 成文日期 under the signature; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于矼山县铸铁壶产业发展情况的调研报告.pdf - 知渊文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/static/reader.3f1c.css">
<script src="/static/reader.3f1c.js" defer></script>
</head><body>
<header class="zy-top"><span>⟦m 知渊文库 · 千万文档随心读⟧</span> <nav>⟦m <a href="/">首页</a> <a href="/cat/hangye">行业资料</a> <a href="/cat/diaoyan">调研报告</a> <a href="/vip">会员中心</a>⟧</nav> <a href="/login">⟦a 登录 · 注册⟧</a></header>
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：kettle_lover　上传于 2025-04-02　共12页　4.6分⟧</div>
<div class="toolbar">⟦a 放大 ｜ 缩小 ｜ 按页宽显示 ｜ 进入全屏⟧</div>
</div>
<div class="reader">
{BODY}
<div class="lock">⟦a 还有3页未读，开通文库月卡即可续读⟧</div>
</div>
<aside class="rel"><h3>⟦l 读过这篇的人还在看⟧</h3><ul>
<li>⟦l 铸造业环保改造调研报告（县域）⟧</li>
<li>⟦l 传统工艺产业振兴路径分析⟧</li>
<li>⟦l 茶器产业集群发展对策研究⟧</li></ul></aside>
<footer><p>⟦d 文档由用户上传分享，本站不对其内容负责；如有侵权，请提交下架申请⟧</p><p>⟦m © 2025 知渊文库 zhiyuanwendang.com　粤ICP备21056730号-1⟧</p></footer>
<script>window.__DOC__={id:"8c1e2f7a40d3",pages:12};</script>
</body></html>
""",
        p_html='<p class="reader-p">{}</p>',
        pages=dict(fmt="♖ {n} ♖", every=140, start=2),
        body="""
为摸清我县铸铁壶产业底数，3月上旬，县政协经济科技委员会组成调研组，走访了趵口镇、陉坪镇的14家铸造企业和作坊，召开座谈会3场。现将有关情况报告如下。
一、基本情况
全县现有铸铁壶生产企业和作坊37家，从业人员约1200人，2024年产量约48万把，产值1.9亿元，产品主要销往华东地区和日韩市场。
项目　2023年　2024年
企业和作坊（家）　33　37
产量（万把）　41　48
⟦a 本文档由知渊文库提供，下载需2张下载券⟧
二、存在的问题
一是砂型铸造环节粉尘大，部分作坊除尘设施不达标；二是同质化竞争严重，自有品牌不足三成；三是熟练的制模和錾刻工人年龄偏大，青年学徒难招。
三、几点建议
建议县里出台铸造作坊环保改造补助办法，支持企业联合注册区域品牌，并依托县职业中专开设铸造工艺班。
矼山县政协经济科技委员会
2025年3月20日
""",
    ),
    dict(
        slug="wenku-dieye-plan-longevity-lock-wrapped-glued-markers",
        site="叠页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.dieyewenku.com/p/5520914.html",
        title="霅湖市银饰长命锁质量安全专项整治工作方案",
        record_title="【方案范本】霅湖市银饰长命锁质量安全专项整治工作方案（复制即用）- 叠页文库",
        date="2025-05-06",
        notes="文库 text hard-wrapped at 62 columns, cut by page markers ⫹n⫺ glued to the continuation line; "
        "numbered list; 成文日期 under the signature",
        page="""
!m 叠页文库 - 好文档 一页页叠起来
!m 文库首页 > 行业资料 > 质量监管
{T}
!m 贡献者：匿名用户　|　4页　|　86KB　|　浏览 2031
!a 全屏 ▏ 上一页 ▏ 下一页 ▏ 存到本地
{BODY}
!a 预览到此为止，余下1页需付费查看
!l 相关文档推荐
!l 儿童用品质量安全专项检查通知（范文）
!l 贵金属饰品标识规范宣贯材料
!d 文档均为用户上传，叠页文库仅提供存储与预览，侵权内容请联系下架。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⫹{n}⫺", every=90, start=2, glue=True),
        body="""
为切实保障婴幼儿佩戴饰品安全，规范银饰长命锁生产销售秩序，市市场监管局决定自2025年5月至8月在全市开展专项整治，特制定本方案。
一、整治范围
全市银饰加工作坊、金银珠宝零售店、母婴用品店以及通过网络平台销售长命锁的经营者。
二、重点内容
1. 检查产品是否标明材质、含银量和生产者名称；
2. 抽检镍、铅、镉等有害元素含量；
3. 查处以镀银、白铜冒充足银的行为；
4. 督促经营者在柜台提示“婴幼儿佩戴须有人看护”。
三、工作要求
各区局要于5月20日前完成辖区经营者摸底，8月底前报送整治总结。整治中发现的重大问题要及时上报，不得瞒报。
霅湖市市场监督管理局
2025年5月6日
""",
    ),
    dict(
        slug="gov-gouyang-notice-iron-kettle-expo-index-table",
        site="胊阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.gouyang.gov.cn/xxgk/bmdt/swj/202505/t20250509_118204.html",
        title="胊阳县商务局关于组织铁壶生产企业参加第六届霅湖茶文化博览会的通知",
        record_title="胊阳县商务局关于组织铁壶生产企业参加第六届霅湖茶文化博览会的通知_部门动态_胊阳县人民政府门户网站",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="county portal: 关怀模式/无障碍 links, 索引号 table with the 文号 row unmarked (neutral), 纠错 line beside "
        "the notice's own 联系人/电话/邮箱; 附件 list, 抄送 and 印发 lines; the portal's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>胊阳县商务局关于组织铁壶生产企业参加第六届霅湖茶文化博览会的通知_部门动态_胊阳县人民政府门户网站</title>
<meta name="SiteName" content="胊阳县人民政府门户网站">
<meta name="ColumnName" content="部门动态">
<script src="/js/jquery.min.js"></script>
<script src="/js/gy-ageing.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：<span id="today"></span>⟧</span> <a href="javascript:;" id="care">⟦a 关怀模式⟧</a> <a href="javascript:;" id="wza">⟦a 无障碍辅助阅读⟧</a> <a href="/">⟦a 登录⟧</a></div>
<div class="banner">⟦m 胊阳县人民政府门户网站⟧</div>
<ul class="menu">⟦m <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/zjgy/">走进胊阳</a></li>⟧</ul>
<div class="location">⟦m 当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/bmdt/">部门动态</a> &gt; 县商务局⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索 引 号：431527-GY-SWJ-2025-00109⟧</td><td>⟦m 主题分类：商贸、海关、旅游⟧</td></tr>
<tr><td>⟦m 发布机构：胊阳县商务局⟧</td><td>⟦m 发布日期：2025-05-09⟧</td></tr>
<tr><td>文　　号：胊商发〔2025〕9号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="opts">⟦a 【文字 放大 默认 缩小】⟧ ⟦a 【打印该文】⟧ ⟦a 【关掉本页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="footer">
<p>⟦m 主办：胊阳县人民政府办公室　承办：胊阳县政务服务和数据局⟧</p>
<p>⟦m 网站纠错及意见箱：0731-5526000（工作日9:00-17:00）⟧</p>
<p>⟦m 湘ICP备05011873号　湘公网安备43152702000118号　网站标识码4315270001⟧</p>
</div>
<script>document.getElementById('today').innerText=new Date().toLocaleDateString();</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位，各铁壶生产企业：
第六届霅湖茶文化博览会定于2025年6月12日至15日在霅湖国际会展中心举办。为推动我县铁壶走出去，县商务局决定组织企业统一参展，现将有关事项通知如下。
一、参展对象：县内取得营业执照、近两年无质量投诉的铁壶生产企业，名额12家。
二、展位安排：县商务局统一申请标准展位，展位费由县外贸发展资金承担，企业自付运输和食宿费用。
三、报名方式：请于5月16日前将报名表和产品图册报送县商务局外贸股。
联系人：臬文涛　电话：0731-5526418　邮箱：waimaogu@gy-swj.cn
附件：1.参展报名表
2.展品清单
胊阳县商务局
2025年5月8日
抄送：县人民政府办公室，县财政局。
胊阳县商务局办公室　2025年5月8日印发
""",
    ),
    dict(
        slug="gov-lvtian-bulletin-soldering-iron-fire-wrapped",
        site="稆田镇人民政府网 (invented, town portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://lvtian.zilingx.gov.cn/zwgk/tzgg/2025/0430/2291.html",
        title="稆田镇人民政府关于一起出租屋电烙铁引发火情的通报",
        date="2025-04-29",
        notes="record title as is; text hard-wrapped at 68 columns; portal chrome above and below; 成文日期 under the signature "
        "(the posting line's date differs and is also accepted)",
        date_also=["2025-04-30"],
        page="""
!m 稆田镇人民政府网
!m 首页 ＞ 政务公开 ＞ 通知公告
{T}
!m 信息来源：镇应急管理办公室　发布日期：2025-04-30　浏览次数：604
!a 〔放大〕〔还原〕〔打印〕〔关闭〕
{BODY}
!l 上一条：稆田镇2025年防汛抗旱工作部署会召开
!l 下一条：关于开展农村自建房安全隐患排查的通知
!m 稆田镇人民政府主办　地址：稆田镇新街88号　邮编：415623
!m 网站标识码：4315270012　湘ICP备05011873号-7
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
各村（社区），镇直各单位：
4月27日晚，稆田镇新街一出租屋发生火情。经消防部门初步调查，租户在屋内维修电动车控制器，使用电烙铁后未断电，将其直接放在沙发扶手上外出，约四十分钟后引燃沙发。所幸邻居及时发现并报警，火情很快被扑灭，未造成人员伤亡，直接损失约1.2万元。
这起火情暴露出部分群众对小电器用火风险认识不足，出租屋管理存在漏洞。为防止类似事件再次发生，现提出以下要求：
一、各村（社区）要在5月15日前对辖区出租屋开展一次用电安全排查，重点查看私拉电线和在居室内维修电器的情况。
二、房东要与租户签订安全责任书，提醒租户电烙铁、热风枪等工具用后必须断电、放回支架。
三、镇应急办要将排查情况汇总上报。
稆田镇人民政府
2025年4月29日
""",
    ),
    dict(
        slug="news-xiahu-tiger-shoe-workshop-app-prompt",
        site="霅湖新闻网 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xiahunews.cn/xczx/2025-05/21/content_7730158.html",
        title="逯家湾村虎头鞋工坊让留守妇女家门口增收",
        record_title="逯家湾村虎头鞋工坊让留守妇女家门口增收 - 乡村振兴 - 霅湖新闻网",
        date="2025-05-21",
        notes="news page: an app prompt glued before the lead's first words, a listen button, a photo caption between "
        "paragraphs, an ad slot, a 24-hour list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>逯家湾村虎头鞋工坊让留守妇女家门口增收 - 乡村振兴 - 霅湖新闻网</title>
<meta name="description" content="走进訾岭乡逯家湾村的虎头鞋工坊">
<script async src="https://ad.xiahunews.cn/slot.js"></script>
</head><body>
<header class="xh-head"><a class="logo" href="/">⟦m 霅湖新闻网⟧</a><span class="slogan">⟦m 霅湖人身边的新闻⟧</span>
<nav>⟦m <a href="/">首页</a> <a href="/sz/">时政</a> <a href="/ms/">民生</a> <a href="/xczx/">乡村振兴</a> <a href="/wt/">文体</a> <a href="/sp/">视频</a>⟧</nav></header>
<div class="crumbs">⟦m 霅湖新闻网 ＞ 乡村振兴 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-21 09:30　来源：霅湖日报　作者：逯佳宁⟧</div>
<div class="listen"><button>⟦a ▶ 听这篇新闻⟧</button></div>
<div class="txt">
{BODY}
</div>
<div class="editor">⟦m 责编：胊一帆　审校：矸立群⟧</div>
</article>
<div class="ad-slot">⟦a 广告　霅湖家居节 5月24日开幕 进店有礼⟧</div>
<aside class="hot24"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 霅湖东环线今起分段封闭施工⟧</li>
<li>⟦l 全市中考体育测试安排出炉⟧</li>
<li>⟦l 窎川区新增三处口袋公园⟧</li></ol></aside>
<footer><p>⟦d 本网所刊稿件未经授权不得转载、摘编⟧</p><p>⟦m 霅湖日报社主管主办　新闻热线：0736-2251110⟧</p><p>⟦m 互联网新闻信息服务许可证 43120240017　湘ICP备18040215号⟧</p></footer>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
⟦a 打开霅湖新闻客户端，本地资讯看得更全⟧本报讯　走进訾岭乡逯家湾村的虎头鞋工坊，二十多名绣娘正低头飞针走线，一双双圆眼阔嘴的虎头鞋在她们手中渐渐成形。
⟦m 图为逯家湾村虎头鞋工坊里，绣娘们正在赶制订单。逯佳宁 摄⟧
这家工坊去年3月由村集体牵头成立，村里请来县级非遗传承人訾秀英手把手教学，留守妇女农闲时来做活，每双鞋计件付酬。“孩子上学去了我就来，一个月能挣两千多块。”绣娘赵春梅说。
工坊负责人介绍，今年以来已接到线上线下订单九千余双，产品卖到了十几个省份。下一步，村里打算把虎头鞋和乡村研学结合起来，让游客也能动手缝上几针。
""",
    ),
    dict(
        slug="news-gangshan-iron-kettle-export-record",
        site="矼山新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.gangshannews.com/jj/2025/0514/41862.shtml",
        title="小铁壶“漂洋过海” 矼山铁壶前4月出口增长23%",
        record_date="2025-05-14",
        date="2025-05-14",
        notes="record title and record date; an editor line glued after the last 。; a 24-hour list and an app QR line below",
        page="""
!m 矼山新闻网
!m 首页 | 时政 | 经济 | 社会 | 文旅 | 图片
!m 当前位置：矼山新闻网 > 经济 > 正文
{T}
!m 2025-05-14 16:20　来源：矼山新闻网　阅读：1987
!a 字号：A+ A-　|　分享：微信 微博
{BODY}
!l 24小时排行
!l 1. 陉坪镇铸造园区污水管网完工
!l 2. 矼山县今年首批跨境电商人才结业
!a 扫码下载“看矼山”客户端，随时看家乡事
!d 矼山县融媒体中心版权所有，转载请注明来源
""",
        indent="\u3000\u3000",
        body="""
本网讯　5月以来，矼山县陉坪镇的铁壶作坊格外忙碌。一把把刚出模的铁壶经过打磨、着色、烘烤，装进印有外文的包装盒，从县跨境电商产业园发往海外。
据县商务局统计，今年1至4月，全县铁壶出口额达到2860万元，同比增长23%，其中通过跨境电商平台成交的占四成以上。
“以前我们只给外贸公司代工，利润薄。”陉坪镇一家铸造厂负责人说，去年厂里注册了自己的品牌，在网上直接卖给国外茶友，一把壶的利润比代工高出一倍。
县跨境电商产业园负责人表示，园区将为铁壶企业提供免费拍摄、多语种详情页制作和海外仓对接服务。⟦m （编辑：臬嘉禾　终审：訾松）⟧
""",
    ),
    dict(
        slug="forum-hantaike-soldering-iron-thermostat-jammer",
        site="焊台客论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.hantaike.com/thread-90417-1-1.html",
        title="老式内热电烙铁改恒温，成本不到二十块",
        record_title="[工具改装] 老式内热电烙铁改恒温，成本不到二十块 - 焊接工具 - 焊台客论坛",
        date=None,
        notes="Discuz thread with jammer-font junk; rating row, signature, replies; relative post time (3 天前) is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[工具改装] 老式内热电烙铁改恒温，成本不到二十块 - 焊接工具 - 焊台客论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?T8a"></script>
</head><body>
<div id="hd"><div class="wp">⟦m 焊台客论坛⟧　⟦m 玩焊接的人都在这⟧　<a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 加入焊台客⟧</a></div></div>
<div id="pt" class="bm cl">⟦m <a href="./">焊台客论坛</a> › <a href="forum-12-1.html">工具器材</a> › <a href="forum-31-1.html">焊接工具</a> › 查看帖子⟧</div>
<div class="ts-stat">⟦m 查看：4127｜回复：36⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 铬铁老王⟧</div><p>⟦m 等级：焊渣元老　帖子 1286　焊币 9420⟧</p></td>
<td class="plc">
<h1 class="ts">⟦m [工具改装]⟧ <span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_90417">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 4　焊币 +18　收起理由：干货⟧</div>
<div class="sign">⟦m 个性签名：焊点圆不圆，一看人就知道⟧</div>
<div class="po">⟦a 点赞 收藏 转发⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 焊锡丝：这个调压模块温度飘不飘？求实测曲线⟧</div>
<div class="reply">⟦l 3楼 小马拉大车：收藏了，周末就改⟧</div>
<div id="f_pst">⟦a 登录焊台客后才能回帖 ｜ 没有账号？现在加入⟧</div>
<div id="ft">⟦m Archiver｜手机版｜焊台客论坛 ( 苏ICP备19077412号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里那把30瓦内热电烙铁用了好几年，最大的毛病是温度控制不了，焊小元件老是把焊盘烫翘。前阵子琢磨了一下，花不到二十块钱给它加了个调温，效果还不错，分享给坛友。
材料很简单：一个现成的可控硅调压模块、一个小塑料盒、一个带开关的插座。把调压模块装进盒子，输入接市电，输出接插座，电烙铁插上去就能转旋钮调温度。
实测旋钮调到中间位置时，烙铁头大概在280度左右，焊贴片电阻刚好，焊锡流动性也好。
提醒一句：改装涉及220伏市电，接线一定要断电操作，外壳要绝缘，没把握的坛友别自己动手。
""",
    ),
    dict(
        slug="forum-qiaoshou-needle-threading-no-title-junk",
        site="巧手针线坊论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.qiaoshouzhenxian.net/viewthread.php?tid=27731",
        title="缝衣针穿线老是穿不进？分享几个省眼的小窍门",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; junk lines and junk glued after 。; replies below; 昨天 is no date",
        page="""
!m 巧手针线坊论坛
!m 论坛首页 » 缝纫交流 » 手缝技巧
{T}
!m 楼主：槐花针　发表于 昨天 21:07　|　只看楼主
{BODY}
!a 顶 ｜ 踩 ｜ 举报
!l 沙发　小满绣绣：第一个办法我天天用，真好使
!l 板凳　青布衫：穿针器网上两块钱一包，推荐
!l 回复本帖请先登录针线坊
!m 巧手针线坊论坛 © 2009-2025　Powered by 针线坊社区程序 v3.2
""",
        junk=dict(lines=2, glued=2),
        body="""
经常看到有姐妹说年纪大了，缝衣针穿线要穿好半天，我来分享几个自己用了多年的小办法。
第一，线头先剪斜。用锋利的剪刀把线头斜着剪一刀，线头变尖了，比用嘴抿要好穿得多。
第二，针眼下面垫白纸。穿线时在针后面放一张白纸或者对着窗户，针眼看得清清楚楚。
第三，挑针眼大一点的针。缝扣子、钉被子用的长针针眼大，日常缝补可以选这种，别图细针好看。
第四，实在看不清就用穿针器。几块钱一包，小小一片钢丝，往针眼里一插，线一挂就过去了。
还有什么好办法，欢迎大家跟帖补充。
""",
    ),
]
