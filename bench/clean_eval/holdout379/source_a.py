"""holdout379, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Invented text; every site, place, person, phone and URL is made up. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="fanwen-wenshuge-speech-lantern-heritage-gb2312",
        site="文枢阁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wenshuge.net/jianghua/wenlv/2025/0203/58817.html",
        title="在全县走马灯制作技艺保护传承工作推进会上的讲话",
        record_title="在全县走马灯制作技艺保护传承工作推进会上的讲话（精修定稿·可直接套用）_文枢阁范文网",
        date="2025-01-16",
        date_also=["2025-02-03"],
        notes="old table layout with marquee, font/colour row, visitor counter and a floating rush-order box; "
        "date under the speech title, speaker line neutral; a ghost-writer prompt glued after a sentence; "
        "the page's posting date also accepted",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县走马灯制作技艺保护传承工作推进会上的讲话（精修定稿·可直接套用）_文枢阁范文网</title>
<meta name="keywords" content="走马灯,非遗,讲话稿,推进会">
<link href="/css/wsg2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_ad.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="">⟦m 文枢阁范文网⟧</td>
<td align="right"><font color="#990000">⟦m 机关材料　一笔写成⟧</font>　<a href="/user/login.asp">⟦a 会员登陆⟧</a>　<a href="/user/reg.asp">⟦a 新用户注册⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦d 文枢阁范文网开站八周年，年费会员续费立减四十元，活动截至本月底！⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#8B1A1A"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td>
<td><a href="/fangan/">⟦m 计划方案⟧</a></td><td><a href="/xinde/">⟦m 学习体会⟧</a></td><td><a href="/gongwen/">⟦m 常用公文⟧</a></td>
</tr></table>
<table width="960" border="0" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您所在位置：文枢阁 &gt;&gt; 领导讲话 &gt;&gt; 文化旅游 &gt;&gt; 正文⟧</div>
<h1 align="center">{T}</h1>
<div align="center" class="xinxi">⟦m 发布：2025-02-03　栏目：文化旅游讲话　人气：<span id="hits">1873</span>⟧</div>
<div align="center">⟦a 〖阅读字号：特大 · 大 · 中 · 小〗⟧⟦a 【底色：护眼绿 宣纸黄 默认白】⟧</div>
<div class="zhengwen">
<p align="center">（2025年1月16日）</p>
<p align="center">县委常委、宣传部部长　祝立昂</p>
{BODY}
</div>
<div align="center"><a href="/down.asp?id=58817">⟦a 下载本篇（.doc，扣1个文枢币）⟧</a>　<a href="javascript:window.print()">⟦a 打印此页⟧</a></div>
<div>⟦l 上一篇：全县文旅产业高质量发展大会讲话提纲⟧<br>⟦l 下一篇：在非遗传承人座谈会上的发言⟧</div>
</td>
<td width="250" valign="top">
<table width="100%" border="1" bordercolor="#E0C9A6"><tr><td bgcolor="#F5E6C8">⟦l ★本月阅读排行★⟧</td></tr>
<tr><td>⟦l ·非遗保护工作会议讲话两篇⟧<br>⟦l ·文化馆年度工作汇报（修改版）⟧<br>⟦l ·灯会安全工作部署会讲话⟧<br>⟦l ·传统村落保护调研报告⟧</td></tr></table>
<table width="100%" border="0"><tr><td>⟦m 本站累计访客：0381127 人次⟧</td></tr></table>
</td></tr></table>
<div id="floatbox" style="position:absolute;right:0;top:260px;">⟦w 加急稿件专线 138 0513 2296（微信同号）⟧</div>
<table width="960" border="0" align="center"><tr><td align="center">
⟦d 本站文章均由网友投稿，仅供写作参考，不得整篇照抄用于正式场合。⟧<br>
⟦m 文枢阁范文网 版权所有 2017-2025　苏ICP备17026614号⟧
</td></tr></table>
<script>document.write('<img src="http://count.wenshuge.net/c.asp?id=58817">');</script>
</body></html>
""",
        body="""
同志们：
走马灯是我县流传三百多年的民间手艺，灯屏一转，人马相逐，老辈人叫它“跑马灯”。去年，熳川走马灯制作技艺列入省级非遗名录，这是全县文化工作的一件喜事。今天召开这次会议，就是要把保护传承的责任压实到乡镇、落到传承人身上。⟦w 写讲话稿没头绪？文枢阁老笔杆一对一改稿，QQ：2917736450⟧下面，我讲三点意见。
一、摸清家底，建好传承人档案
目前全县能独立扎制走马灯的老艺人只剩十一位，平均年龄六十九岁。县文化馆要在六月底前完成口述记录和影像采集，做到一人一档、一灯一谱。
二、进校园、进景区，让走马灯转起来
丈口镇要办好传习所，每周至少开放两个下午；教育部门要把扎灯、糊纸、剪影纳入中小学劳动课；文旅部门要在元宵灯会上设立走马灯专区。
三、强化保障，防止只挂牌不干事
县财政今年安排专项经费八十万元，实行项目化管理、绩效评价，年底由县委宣传部牵头检查。
同志们，让这盏灯一直转下去，是我们这一代人的责任。希望大家拿出实招，把各项任务落到实处。
""",
    ),
    dict(
        slug="fanwen-bigengyuan-insight-bugle-training",
        site="笔耕园范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.bigengyuan.cn/xinde/junshi/40672.html",
        title="参加民兵军号手集训心得体会",
        record_title="参加民兵军号手集训心得体会（号手篇·1600字）- 笔耕园范文",
        date=None,
        notes="no date (a relative 收录 time only); a ghost-writer WeChat glued after a sentence, a fold prompt "
        "on a line of its own between paragraphs",
        page="""
!m 笔耕园范文 · 笔下有章法
!m 当前：首页 / 心得体会 / 军事国防类
!t 参加民兵军号手集训心得体会（号手篇·1600字）
!m 作者：山风　来源：读者投稿　收录：3 天前　浏览：462
!a 〔全文复制〕〔存为Word〕〔发送到手机〕
{T}
{BODY}
!a 觉得有用？点亮右下角的小红心，下次更容易找到它。
!l 同栏目推荐
!l ◎ 民兵整组工作心得（基层武装干事）
!l ◎ 国防教育月活动学习体会三篇
!l ◎ 退役军人座谈会发言材料
!d 笔耕园所收范文仅供参考借鉴，请勿原文照搬，引用产生的后果由使用者自负。
!m 笔耕园 bigengyuan.cn　鄂ICP备19004417号-3
""",
        indent="\u3000\u3000",
        body="""
今年四月，我作为仲坪镇民兵应急排的一员，参加了县人武部组织的为期十天的军号手集训。从连一个长音都吹不稳，到能完整吹奏起床号、集合号、熄灯号等十二个号谱，我对“号令”二字有了新的理解。
一是练号先练气。教员告诉我们，军号没有按键，音高全靠嘴唇和气息控制。头三天，我们每天对着镜子练吐音，练到嘴唇发麻。正是这些枯燥的基本功，让我明白了干工作不能急于求成。⟦w 心得写不出来？笔耕园写手团队帮您量身定制，微信 bgy_2025wx⟧
二是吹号要守规矩。每一个号谱都有固定的节拍和含义，多吹一拍、少吹一拍，队伍就可能听错命令。这让我想到，民兵工作处处讲纪律，令行禁止不是一句口号。
⟦a ▼ 余下两段已折叠，轻点此处展开 ▼⟧
三是号声连着传统。结业那天，老号长把一支用了三十年的旧军号拿给我们看，号嘴上的铜已经磨得发亮。那一刻我懂了，我们吹响的不只是一段旋律，更是一代代人传下来的作风。
回到镇里，我将把集训所学用到应急排的日常训练中，争取让仲坪镇的号声吹得更准、更响。
""",
    ),
    dict(
        slug="wenku-zhilan-survey-surfboards-marker-paragraphs",
        site="知澜文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhilan.com/view/8c31e0a7f2d94b.html",
        title="关于偕涂县冲浪板制造产业发展情况的调研报告",
        record_title="关于偕涂县冲浪板制造产业发展情况的调研报告.pdf",
        date="2024-11-20",
        notes="file name as record title; a 文库 reader with viewer toolbar, upload notice and coin pay box; "
        "page markers ⤌ n ⤍ as HTML paragraphs cut sentences; upload stamp is no date",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于偕涂县冲浪板制造产业发展情况的调研报告.pdf - 知澜文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.zhilan.com/wk/reader.8f1c.css">
<script src="https://static.zhilan.com/wk/reader.8f1c.js" defer></script>
</head><body>
<header class="zl-top"><a class="logo" href="/">⟦m 知澜文库⟧</a>
<form class="search"><input placeholder="搜文档、搜资料"><button>⟦a 搜文档⟧</button></form>
<nav><a>⟦m 公文写作⟧</a><a>⟦m 行业报告⟧</a><a>⟦m 教育资料⟧</a><a>⟦a 上传赚积分⟧</a></nav></header>
<div class="crumbs">⟦m 知澜文库 ＞ 行业报告 ＞ 制造业 ＞ 调研报告⟧</div>
<main class="reader">
<div class="doc-head"><h1>{T}</h1>
<div class="doc-meta">⟦m 页数：5页　大小：412KB　格式：PDF⟧　⟦m 上传者：浪花朵朵　上传于 2024-12-02⟧　⟦m 阅读 1306 次⟧</div></div>
<div class="toolbar">⟦a 全屏阅读⟧ ⟦a 放大视图⟧ ⟦a 缩小视图⟧ ⟦a 加入我的文件夹⟧</div>
<div class="page-body">
{BODY}
</div>
<div class="paywall"><p>⟦a 试看已到第3页，支付2.8元即可阅读剩余内容并下载PDF原件⟧</p>
<button>⟦a 知澜币支付⟧</button> <button>⟦a 开通月卡免费读⟧</button></div>
<p class="upload-note">⟦d 本文档由用户“浪花朵朵”上传至知澜文库，版权归上传者所有；如有侵权，请提交权属证明申请下架。⟧</p>
</main>
<aside class="side"><h3>⟦l 看过本文的人还在看⟧</h3><ul>
<li>⟦l 滨海旅游小镇产业培育情况调研（二）⟧</li>
<li>⟦l 县域户外运动装备制造业发展对策研究⟧</li>
<li>⟦l 玻璃钢制品企业粉尘治理情况汇报⟧</li></ul></aside>
<footer>⟦m © 知澜文库 zhilan.com　浙B2-20190512⟧　⟦a 意见反馈⟧</footer>
</body></html>
""",
        p_html='<p class="pdf-line">{}</p>',
        pages=dict(fmt="⤌ {n} ⤍", every=130, start=2),
        body="""
近年来，我县依托逢潮湾优质浪点，冲浪板制造从无到有，逐步形成集设计、发泡、打磨、喷涂于一体的小型产业集群。为摸清产业现状，县工信局调研组于10月至11月走访了全县14家冲浪板生产企业和3家配套企业，现将有关情况报告如下。
一、基本情况
2023年，全县冲浪板产量约4.6万块，产值1.9亿元，其中出口占六成以上。产品以泡沫芯玻璃钢长板为主，软板、桨板近两年增长较快。从业人员约920人，多数为本地返乡青年。
二、存在的问题
一是企业规模偏小，14家企业中年产值超过两千万元的仅有3家；二是环氧树脂、碳纤维布等原料依赖外地采购，成本受价格波动影响大；三是打磨环节粉尘较多，部分小作坊防护措施不到位；四是自主品牌少，多数企业仍以贴牌加工为主。
三、几点建议
（一）建设共享喷涂和打磨车间，集中治理粉尘和废气。（二）支持龙头企业牵头组建原料联合采购平台。（三）结合逢潮湾冲浪赛事打造区域品牌，鼓励企业参加国内外展会。
偕涂县工业和信息化局调研组
2024年11月20日
""",
    ),
    dict(
        slug="wenku-fangcun-plan-bubble-machine-wrapped-glued-markers",
        site="方寸文档网 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.fangcundoc.com/p-2207715938.html",
        title="炫埠市莫湖区第三幼儿园户外泡泡机使用管理方案",
        record_title="炫埠市莫湖区第三幼儿园户外泡泡机使用管理方案.docx",
        date="2025-03-10",
        notes="file name as record title; hard-wrapped at 60 columns and cut by markers ⤆n⤇ glued to the "
        "continuation line; decimal headings; 成文日期 in Chinese numerals",
        page="""
!m 方寸文档网 — 海量文档 方寸之间
!m 文档分类 ＞ 幼儿教育 ＞ 安全管理
!t 炫埠市莫湖区第三幼儿园户外泡泡机使用管理方案.docx
!m 文档格式：DOCX　共4页　贡献者：园务小助手　最后更新：2025-03-19
!a 本文档共4页，当前可免费预览前2页
!a ［下载原文档］［收藏］［举报侵权］
{T}
{BODY}
!a 预览已到底，剩余页面请下载后查看 → 下载需要 6 个方寸豆
!l 相关文档：幼儿园户外活动安全管理制度汇编 │ 园所玩教具采购验收办法 │ 幼儿园后勤工作职责
!d 方寸文档网仅提供信息存储空间服务，文档内容由上传者负责，如侵犯您的权益请联系删除。
!m fangcundoc.com　客服邮箱 kefu@fangcundoc.com
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⤆{n}⤇", every=150, start=2, glue=True),
        body="""
为规范户外活动中泡泡机的使用，保障幼儿安全，结合本园实际，制定本方案。
1.适用范围
1.1本方案适用于本园操场、沙水区和走廊平台使用的电动泡泡机及配套泡泡液。各班自带或家长赠送的泡泡机，须经后勤组检查登记后方可使用。
2.使用要求
2.1泡泡机由带班教师开关，幼儿不得自行拆卸电池仓或加注泡泡液，教师离开时应当关闭电源并收回机器。
2.2泡泡液统一由后勤组采购，须有产品检测报告，禁止自行调配洗洁精溶液。
2.3地面出现积液时，保育员应当立即用拖把擦干，防止幼儿滑倒；雨后和地面结露时暂停在走廊平台使用。
3.检查与维护
3.1后勤组每周五检查一次电池、外壳和出泡口，发现破损立即停用，并在设备登记本上注明停用原因。
3.2每学期末对全园泡泡机进行一次清点，报废的设备按电子废弃物处理。
4.本方案自发布之日起施行，由园办公室负责解释。
炫埠市莫湖区第三幼儿园
二〇二五年三月十日
""",
    ),
    dict(
        slug="gov-qianxi-notice-dudou-exhibition-index-table",
        site="倩溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qianxi.gov.cn/art/2025/4/21/art_1207_339104.html",
        title="关于举办“针上春秋”倩溪传统肚兜刺绣作品展的通知",
        record_title="关于举办“针上春秋”倩溪传统肚兜刺绣作品展的通知 〈文旅·展讯〉倩溪县人民政府",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="county portal with 大字护眼版/语音读屏 links, an index table (文号 cell unmarked, neutral), attachment "
        "download links beside the 附件 list, the notice's own contact beside the portal's 纠错 line and 12345; "
        "抄送 and 印发 lines; 成文日期 expected, 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于举办“针上春秋”倩溪传统肚兜刺绣作品展的通知 〈文旅·展讯〉倩溪县人民政府</title>
<meta name="SiteName" content="倩溪县人民政府"><meta name="ColumnName" content="通知公告">
<link rel="stylesheet" href="/static/qx/gov2023.css">
<script src="/static/qx/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：2025年4月21日 星期一⟧</span>
<span class="r"><a>⟦a 敬老大字版⟧</a> <a>⟦a 语音读屏⟧</a> <a>⟦a 政务微博⟧</a></span></div>
<div class="banner">⟦m 倩溪县人民政府　绣乡倩溪 · 山水佼田⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进倩溪⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 » 政务公开 » 通知公告⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：QX-WL-2025-0037⟧</td><td>⟦m 主题分类：文化、广电、新闻出版⟧</td></tr>
<tr><td>⟦m 发布机构：县文化和旅游局⟧</td><td>⟦m 发布日期：2025-04-21⟧</td></tr>
<tr><td>文号：倩文旅〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="tools">⟦a 【文字 大 中 小】⟧　⟦a 【打印这篇】⟧　⟦a 【关闭此页】⟧　⟦m 浏览次数：2186⟧</div>
<div class="content">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：作品报名表.xlsx⟧<br>⟦a 附件下载：旧藏品登记表.xlsx⟧</div>
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 县文化馆2025年春季公益培训班招生简章⟧</p><p>⟦l 关于公布第五批县级非遗代表性项目名录的通知⟧</p></div>
<div class="footer">
<p>⟦m 主办：倩溪县人民政府办公室　承办：县大数据发展中心⟧</p>
<p>⟦m 网站纠错：0579-6830 0110⟧　⟦m 政务服务便民热线：12345⟧</p>
<p>⟦m 浙ICP备05031298号　浙公网安备33079102000117号　网站标识码3307910003⟧</p>
</div>
<script>var _zwfw=1;</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
肚兜是我县传统服饰中最具特色的品类之一，佼田、侑家一带的“倩溪绣”肚兜以平针绣和打籽绣见长。为展示我县刺绣技艺保护成果，县文化和旅游局决定于今年端午节前后举办“针上春秋”倩溪传统肚兜刺绣作品展。现将有关事项通知如下。
一、展览时间和地点
2025年5月28日至6月8日，在县文化馆一楼展厅举办，每日9:00至17:00开放，逢周一闭馆。
二、征集范围
征集我县绣娘近五年创作的肚兜刺绣作品，以及民间收藏的清末至民国时期旧肚兜。每人限报3件，旧藏品需注明来源。
三、报送要求
请于5月15日前将报名表和作品照片报送县文化馆非遗部，实物在展前三天送达。
联系人：俞文倩，电话：0579-6831 2047，邮箱：qxfyb@163.com。
附件：1.作品报名表
2.旧藏品登记表
倩溪县文化和旅游局
2025年4月18日
抄送：县委宣传部，县妇联。
倩溪县文化和旅游局办公室　2025年4月18日印发
""",
    ),
    dict(
        slug="gov-fengchao-notice-surfboard-rental-wrapped",
        site="偕涂县逢潮镇人民政府 (invented, text page)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://fcz.xietu.gov.cn/zwgk/tzgg/202505/t20250512_44106.html",
        title="关于规范逢潮湾冲浪板租赁经营秩序的通告",
        record_title="关于规范逢潮湾冲浪板租赁经营秩序的通告 ‖ 逢潮镇·镇务告示",
        date="2025-05-12",
        notes="hard-wrapped at 64 columns; 成文日期 under the signature; portal chrome above and below",
        page="""
!m 偕涂县逢潮镇人民政府
!m 逢潮镇 › 政务公开 › 镇级公告
!t 关于规范逢潮湾冲浪板租赁经营秩序的通告 ‖ 逢潮镇·镇务告示
!m 信息来源：逢潮镇综合执法队　点击：731
!a 〖默认字号〗〖放大〗〖打印〗〖收藏本页〗
{T}
{BODY}
!l 【上一条】逢潮镇2025年防台防汛工作责任人名单公布
!l 【下一条】关于开展海滩垃圾清理志愿活动的公告
!m 偕涂县逢潮镇人民政府主办　地址：逢潮镇海安路1号　邮编317612
!m 镇政府值班电话：0576-8560 1001　浙ICP备12037719号
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
为维护逢潮湾海滩公共秩序，保障游客和冲浪爱好者人身安全，根据有关法律法规，结合本镇实际，现就冲浪板租赁经营有关事项通告如下：
一、在逢潮湾从事冲浪板租赁经营的单位和个人，应当依法办理营业执照，并于2025年6月1日前到镇综合执法队登记备案。
二、租赁点只能设在镇里划定的东、西两处经营区内，不得占用救生通道、沙滩步道和停车场出入口。
三、出租的冲浪板应当完好无破损，并配备脚绳；向未成年人出租的，须有监护人陪同并签字确认。
四、经营者应当在醒目位置公示租赁价格和浪况提示，不得拉客、强买强卖。
五、遇大风、雷电或海浪黄色以上预警时，经营者应当立即停止出租，并劝导已下水人员返回岸边。
对违反本通告的，由镇综合执法队依法处理。
本通告自发布之日起施行。
偕涂县逢潮镇人民政府
2025年5月12日
""",
    ),
    dict(
        slug="news-manchuan-lantern-street-h1-caption",
        site="熳川融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.manchuannews.cn/xw/bd/202502/t20250212_71930.shtml",
        title="丈口镇百盏走马灯点亮古街",
        record_title=None,
        date="2025-02-12",
        notes="no title in the record (found in the <h1>); a client prompt before the lead, a photo caption "
        "between paragraphs, an editor line glued after the last paragraph; 发布时间 byline as the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>熳川融媒</title>
<link rel="stylesheet" href="//cdn.manchuannews.cn/v3/detail.css">
<script src="//cdn.manchuannews.cn/v3/tingting.js"></script>
</head><body>
<div class="top-nav"><a>⟦m 熳川融媒⟧</a> <a>⟦m 本地⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 乡镇⟧</a> <a>⟦m 视频⟧</a> <a>⟦m 专题⟧</a>
<span class="app">⟦a 扫码装“熳川+”，头条抢先知⟧</span></div>
<div class="ad-slot">⟦d 广告　熳川老街年货节 2月1日—2月20日⟧</div>
<div class="path">⟦m 首页 ＞ 本地 ＞ 乡镇动态⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-02-12 08:47　来源：熳川融媒　记者：莫晴川⟧</div>
<div class="listen">⟦a ▶ 听新闻（时长2分18秒）⟧</div>
<div class="txt">
{BODY}
</div>
</article>
<div class="share-row">⟦l 转发到：朋友圈 · 微博 · 复制链接⟧</div>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 县城元宵节期间部分路段交通管制公告⟧</li>
<li>⟦l 熳川八景灯组亮相县文化广场⟧</li>
<li>⟦l 春运返程客流迎来高峰⟧</li></ol></aside>
<footer>⟦m 熳川县融媒体中心主办　新闻热线：0578-7355 0099⟧<br>⟦d 未经授权，禁止转载本网原创图文及视频⟧</footer>
</body></html>
""",
        body="""
⟦a 下载“熳川+”客户端，看更多本地新闻⟧本网讯 2月11日晚，丈口镇老街上百盏走马灯同时点亮，灯屏上的骑马武将、采莲姑娘随着烛火热气缓缓转动，引来上万名群众驻足观看。
这批走马灯由丈口镇传习所的老艺人和学员历时两个月扎制完成，竹骨、绵纸、剪影全部手工制作。今年新添的二十盏“熳川八景”灯，把县里的山水搬上了灯屏。
⟦m 图为游客在老街观赏走马灯。通讯员 左昔辰 摄⟧
“小时候家家户户都会扎，后来会的人越来越少了。”今年七十二岁的省级非遗传承人仲守贞说，传习所开班三年来，已有四十多名年轻人学会了基本扎法。
据了解，本次灯会将持续至2月16日，每晚18时至22时开放，老街沿线实行交通管制，请市民绿色出行。⟦m （责编：顷若兰　审核：贡希）⟧
""",
    ),
    dict(
        slug="news-xuanbu-spotcheck-bubble-machines-table",
        site="炫埠日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xuanburibao.com/shehui/2025-06/03/content_5518203.htm",
        title="炫埠市抽检30批次儿童泡泡机 5批次不合格",
        date="2025-06-03",
        notes="record title as is; a data table (one row a paragraph, cells apart by ideographic spaces); "
        "the time line as the page's date; an app prompt and a related list",
        page="""
!m 炫埠日报网 | 城市新闻门户
!m 首页 > 社会 > 消费维权
{T}
!m 2025-06-03 10:12　来源：炫埠日报　作者：记者 韦盈　通讯员 秦仲昂
!a 〔大字〕〔小字〕〔分享〕〔纠错〕
{BODY}
!a 想第一时间看到消费提示？在应用商店搜“炫埠日报”，装上就能收到推送。
!l 延伸阅读
!l ▸ 夏季儿童玩具选购五问
!l ▸ 市消保委发布暑期消费提示
!m 炫埠日报社版权所有　新闻爆料：0754-8800 6111
""",
        body="""
近日，炫埠市市场监督管理局对辖区商场、文具店和网络店铺销售的儿童泡泡机开展专项抽检，共抽取样品30批次，其中5批次不合格，不合格发现率16.7%。
抽检重点检查了电池仓紧固、小零件、噪声和泡泡液中防腐剂含量等项目。不合格项目及批次如下：
项目　不合格批次　主要问题
电池仓紧固　2批次　螺丝缺失，徒手可打开
小零件　1批次　出泡口装饰件易脱落
泡泡液防腐剂　2批次　甲基异噻唑啉酮超标
市场监管部门提醒，家长选购泡泡机时要查看3C标志和中文标识，不要让低龄儿童独自使用，泡泡液入眼后应立即用清水冲洗。对抽检不合格的产品，监管部门已责令经营者下架，并依法立案调查。
""",
    ),
    dict(
        slug="forum-talangke-surfboard-repair-discuz-jammer",
        site="踏浪客论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.talangke.com/thread-118462-1-1.html",
        title="自己动手修补冲浪板裂缝的经验",
        record_title="[板具折腾记] 自己动手修补冲浪板裂缝的经验（内附四步图解） - 板子维修 - 踏浪客论坛",
        date=None,
        notes="Discuz-like thread: poster panel, rating row, signature, reply box; jammer-font junk inside the post; "
        "posting time relative (3 天前), so no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>[板具折腾记] 自己动手修补冲浪板裂缝的经验（内附四步图解） - 板子维修 - 踏浪客论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Q7x"></script>
</head><body>
<div id="toptb">⟦m 踏浪客论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="nv"><a>⟦m 门户⟧</a> <a>⟦m 浪况播报⟧</a> <a>⟦m 板子维修⟧</a> <a>⟦m 二手交易⟧</a></div>
<div id="pt">⟦m 踏浪客论坛 › 装备区 › 板子维修 › 正文⟧</div>
<div class="viewthread"><div class="hm">⟦m 查看: 2307 | 回复: 41⟧</div>
<h1><span id="thread_subject">{T}</span></h1>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 浪里白条⟧</div><p>⟦m 帖子 356 | 精华 4 | 浪花值 2104⟧</p><p>⟦m 勋章：逢潮湾常驻⟧</p></td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前⟧ <a>⟦a 只看楼主本人⟧</a> <a>⟦a 倒序浏览⟧</a></div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8812301">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 3　浪花 +8　收起 理由：实用贴，已收藏⟧</div>
<div class="sign">⟦l ～风起的时候，逢潮湾见～⟧</div>
<div class="po"><a>⟦a 回复⟧</a> <a>⟦a 引用⟧</a> <a>⟦a 举报⟧</a></div>
</td></tr></table></div>
<div class="pgs">⟦l 上一主题：软板脚绳断了有没有临时办法⟧　⟦l 下一主题：求推荐适合新手的鳍⟧</div>
<div id="f_pst">⟦a 登录后可以参与讨论，还没有账号？三十秒注册⟧</div>
<div id="ft">⟦m 踏浪客论坛 Powered by Discuz! X3.4 ( 浙ICP备20016385号-1 )⟧　⟦m 页面生成于 2025-07-19 22:41⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周在逢潮湾被浪拍到礁石上，板尾磕出一道五厘米的裂缝，进了点水。店里报价三百块，我琢磨着自己修，前后花了两个晚上，效果还行，分享一下步骤。
第一步，先把板子放在阴凉处晾两天，让裂缝里的水彻底干透。这一步千万别省，水没干就补，过几个月泡沫芯会发黄发臭。
第二步，用砂纸把裂缝周围打毛，范围比裂缝大两指，再用胶带把周边围起来。
第三步，调环氧树脂补土，薄薄地刮进去，干了以后再贴一层玻纤布，刷第二遍树脂。
第四步，等完全固化后从粗到细打磨，最后喷一层UV漆。
修完下水试了两次，没再进水。提醒一句，环氧树脂味道大，一定在通风的地方操作，戴好手套和口罩。
""",
    ),
    dict(
        slug="forum-baobei-bubble-machine-review-junk",
        site="宝贝玩具汇 (invented parents' forum, text page)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.baobeiwanju.net/t/563218",
        title="三款泡泡机实测对比，说说我的选择",
        record_title="【萌娃好物】三款泡泡机实测对比，说说我的选择 - 宝贝玩具汇",
        date=None,
        notes="forum junk as lines and glued after sentences; numbered list; floor chrome and a mobile-client line; "
        "edit stamp and relative reply times are no dates",
        page="""
!m 宝贝玩具汇 › 玩具测评 › 户外玩具
!t 【萌娃好物】三款泡泡机实测对比，说说我的选择
!m 楼主：糖豆麻麻　｜　本帖最后由 糖豆麻麻 于 昨天 21:06 编辑
!m 查看 1518　回复 27
{T}
{BODY}
!m —— 发自宝贝玩具汇手机版
!l 2#　小满妈：落地式确实费液，我家一周用掉三瓶
!l 3#　阿淼爸爸：谢楼主，正纠结买哪个
!a 回复楼主可获得 2 个萌豆，点此快速回复
!d 玩具测评均为会员个人体验，不代表本站观点。
""",
        junk=dict(lines=2, glued=3),
        body="""
孩子最近迷上了吹泡泡，手动的吹两下就喊累，我干脆买了三款电动泡泡机回来，实测一周，给想买的家长一点参考。
1.手持枪式：价格最便宜，出泡快，但扳机要一直按着。三岁孩子手劲不够，玩十分钟就嫌累。
2.落地风扇式：出泡量最大，适合小区楼下聚会。缺点是费泡泡液，一瓶五百毫升的只够用二十分钟。
3.挂颈小风扇式：最轻，夏天还能当风扇。但出泡口离脸太近，泡泡液容易溅到眼睛，不建议小朋友自己戴。
最后我留下了落地式，另外两款送给了邻居家。提醒大家，买的时候一定看看电池仓是不是用螺丝固定的，泡泡液也别图便宜买散装的。
""",
    ),
]
