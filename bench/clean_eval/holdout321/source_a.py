"""holdout321, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-bamboo-holder-gb2312",
        site="墨耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfw.com/jianghua/jingji/2024/0422/51873.html",
        title="在全县竹制餐具（竹筷筒）产业发展推进会上的讲话",
        record_title="【领导讲话·竹业篇】在全县竹制餐具（竹筷筒）产业发展推进会上的讲话（范文荟萃）_墨耕范文网",
        date="2024-04-16",
        date_also=["2024-04-22"],
        notes="old gb2312 table page: marquee, font-size row, floating writing QQ box, visitor counter; speaker and "
        "date lines under the speech title neutral; the page's 发布时间 differs from the speech date; a "
        "ghost-writer prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【领导讲话·竹业篇】在全县竹制餐具（竹筷筒）产业发展推进会上的讲话（范文荟萃）_墨耕范文网</title>
<meta name="keywords" content="竹筷筒,竹制餐具,产业发展,讲话稿">
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ad_top.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/logo.gif" alt="墨耕范文网">⟦m 墨耕范文网⟧</td><td>⟦m 一支好笔，耕出一篇好材料⟧</td><td align="right">⟦a <a href="/user/login.asp">会员登录</a> | <a href="/user/reg.asp">注册</a> | <a href="javascript:addfav()">加入收藏</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/gongwen/">⟦m 公文写作⟧</a></td></tr>
</table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦l 今日更新：乡镇秋冬种动员会讲话　·　林业站年度工作总结　·　竹产业调研报告写作提纲⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="690" valign="top">
<table width="100%" border="0"><tr><td class="weizhi">⟦m 您所在位置：墨耕范文网 &gt;&gt; 讲话发言 &gt;&gt; 经济工作讲话 &gt;&gt; 正文⟧</td></tr></table>
<table width="100%" border="0">
<tr><td align="center" class="title"><b>{T}</b></td></tr>
<tr><td align="center" class="info">⟦m 发布时间：2024-04-22　 浏览次数：2306　 投稿：耕夫老周⟧</td></tr>
<tr><td align="center">⟦a 〔正文字体：特大 标准 偏小〕〔换个底色〕⟧</td></tr>
<tr><td class="content">
<p align="center">县人民政府副县长　蔡立群</p>
<p align="center">（2024年4月16日）</p>
{BODY}
</td></tr>
<tr><td align="center"><a href="/down.asp?id=51873">⟦a 下载本篇范文（.doc）⟧</a>　<a href="javascript:copyText()">⟦a 复制全文⟧</a></td></tr>
<tr><td>⟦l 上一篇：在全县油茶产业提质增效现场会上的讲话⟧<br>⟦l 下一篇：副县长在全县林长制工作会议上的讲话⟧</td></tr>
</table>
</td>
<td width="260" valign="top" class="side">
<table width="100%" border="0"><tr><td class="stitle">⟦l 本栏热门排行⟧</td></tr>
<tr><td>⟦l ·县长在全县产业项目观摩会上的讲话⟧</td></tr>
<tr><td>⟦l ·在特色农产品品牌推介会上的致辞⟧</td></tr>
<tr><td>⟦l ·乡镇竹木加工企业座谈会讲话提纲⟧</td></tr>
</table>
</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:220px">⟦w 材料不会写？在线咨询写作老师 QQ：2874410563⟧</div>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 本站范文均由会员投稿或编辑整理，只作写作参考，请结合实际修改后使用。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 墨耕范文网 版权所有　湘ICP备09031872号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0381264 位访客⟧</td></tr>
</table>
<script language="javascript">function copyText(){alert('请登录后复制');}</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天我们召开全县竹制餐具产业发展推进会，主要任务是总结去年以来竹筷筒等竹制餐具产业的发展情况，研究部署下一步工作。刚才，晌水镇和圜口竹艺合作社作了交流发言，讲得很实在。⟦w 讲话稿写不顺？墨耕老师一对一代笔，微信 mogeng_bi88⟧下面，我讲三点意见。
一、看清家底，增强发展信心。我县毛竹林面积18.6万亩，生产竹筷筒、竹饭盒、竹蒸笼的企业和作坊已有47家，去年产值2.3亿元，其中竹筷筒出口订单同比增长21%。
二、找准短板，提升产品品质。一些小作坊仍在用硫磺熏蒸防霉，个别批次竹筷筒底部积水发黑，被客户整柜退货。各企业要推广高温碳化和镂空沥水底工艺，市场监管部门要加强抽检，绝不能让一只不合格的筷筒砸了全县的牌子。
三、压实责任，抓好工作落实。林业、工信、商务等部门要各负其责，年内建成竹制餐具公共检测中心，培育规模以上企业3家以上。
同志们，小小竹筷筒连着千家万户的餐桌，也连着竹农的钱袋子。希望大家拧成一股绳，把这个产业做大做强！
""",
    ),
    dict(
        slug="fanwen-wenhui-insight-coaster-weaving",
        site="文汇范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wenhuifwk.cn/xinde/peixun/77120.html",
        title="参加沏河草编茶杯垫技艺培训班的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; relative time only; a ghost-writer prompt glued after "
        "a sentence and a further-reading line of its own between paragraphs",
        page="""
!m 文汇范文库 · 心得体会频道
!m 当前位置：首页 > 心得体会 > 培训心得
{T}
!m 时间：3 天前　作者：会员泔川小雨　人气：915
!a 〔一键复制〕〔存为文档〕〔纠错〕
{BODY}
!a 本页只展示前七成内容，开通月卡后可复制全文、无限下载
!l 上一篇：村级妇女之家建设经验交流材料
!l 下一篇：巾帼手工技能大赛参赛感想
!d 文汇范文库所载文章来自会员上传和网络收集，版权归原作者，若有不妥请来函告知。
""",
        indent="\u3000\u3000",
        body="""
今年6月，我参加了区妇联和区文旅体局联合举办的沏河草编茶杯垫技艺培训班。五天时间里，老师从选草、起底、收边一步步教，我从一把蔺草都理不顺，到能独立编出一只六角杯垫，心里很有成就感。
第一点体会是，手艺要沉得下心。编杯垫最怕急，经纬一乱，整只就得拆掉重来。老师说“慢就是快”，这句话我记在了本子上。⟦w 心得体会写不出来？资深笔杆子帮你改，V：wenhui_xd2⟧
第二点体会是，老手艺也要跟上市场。培训班请来电商店主讲课，他说游客喜欢印着本地茶山图案的杯垫，一套六只能卖到八十多元。我们村几位姐妹已经商量好，先接他的试单。
⟦l 延伸阅读：妇女手工技能培训总结范文三篇⟧
第三点体会是，要把手艺传下去。我打算在村里的妇女之家开个小课堂，把学到的针法教给更多留守妇女，让大家在家门口就能挣一份收入。
""",
    ),
    dict(
        slug="wenku-shimo-research-dough-basin-pdf-markers",
        site="识墨文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shimowenku.com/p-66031957.html",
        title="关于全县面食作坊和面盆使用情况的调研报告",
        record_title="关于全县面食作坊和面盆使用情况的调研报告.pdf",
        date="2024-09-20",
        notes="文库 reader: file-name record title; page-marker paragraphs '⮄ n ⮆' cut sentences; a data table one "
        "row a paragraph; upload stamp is no date; paywall and related list after the preview",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县面食作坊和面盆使用情况的调研报告.pdf - 识墨文库</title>
<script src="https://static.shimowenku.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="top-bar"><a class="logo" href="/">⟦m 识墨文库⟧</a><form class="search"><input placeholder="搜文档、搜资料"><button>⟦a 搜索⟧</button></form><a class="vip" href="/card">⟦a 开通畅读卡⟧</a><a href="/login">⟦a 登录⟧</a></header>
<nav class="crumb">⟦m 识墨文库 › 行业资料 › 食品餐饮 › 调研报告⟧</nav>
<section class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：庖阳小麦　上传于 2024-10-08　共 4 页　1.2 MB⟧</p>
<div class="toolbar"><button>⟦a 全屏阅读⟧</button><button>⟦a 放大⟧</button><button>⟦a 缩小⟧</button><button>⟦a 存到本机⟧</button></div>
</section>
<article class="reader">
{BODY}
</article>
<div class="paywall"><p>⟦a 剩余 2 页未展示，开通畅读卡即可阅读全文⟧</p><a class="buy">⟦a ￥3.8 单篇购买⟧</a></div>
<aside class="related"><h3>⟦l 读过这篇的也在读⟧</h3><ul>
<li>⟦l 面食加工小作坊卫生规范（试行）.docx⟧</li>
<li>⟦l 餐饮器具清洗消毒检查记录表.xls⟧</li></ul></aside>
<footer><p>⟦d 识墨文库文档均由用户上传，仅供阅读参考，如有侵权请通过页面底部申诉渠道提交。⟧</p><p>⟦m ©2024 识墨文库　粤ICP备20077315号-3⟧</p></footer>
</body>
</html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⮄ {n} ⮆", every=110, start=2),
        body="""
为了解全县面食作坊和面器具的卫生状况，县市场监管局食品生产科于2024年8月对庖阳县城区及4个乡镇的62家面食作坊开展了专题调研，重点查看和面盆的材质、清洗和存放情况。现将有关情况报告如下。
一、基本情况
62家作坊共使用和面盆317只，以不锈钢盆为主，仍有部分作坊使用旧搪瓷盆和塑料盆。
材质　数量（只）　占比
不锈钢　196　61.8%
搪瓷　72　22.7%
食品级塑料　38　12.0%
木质　11　3.5%
二、发现的问题
一是部分搪瓷盆掉瓷露铁，盆沿有锈斑，仍在继续使用。二是少数作坊和面后不及时清洗，盆底面垢过夜。三是有的塑料盆没有食品接触用标识，来源说不清。
三、建议
将和面盆纳入面食作坊日常检查表，对掉瓷、开裂的盆具一律停用更换；引导作坊统一采购有标识的食品级器具，并在操作间张贴清洗流程图。
庖阳县市场监督管理局食品生产科
2024年9月20日
""",
    ),
    dict(
        slug="wenku-qingjian-plan-night-urinal-wrapped-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qingjianwk.com/doc/3390817.html",
        title="枘溪县福寿养老院夜间如厕照护工作方案",
        record_title="【养老服务】枘溪县福寿养老院夜间如厕照护工作方案（修订稿）- 青简文库",
        date="2024-11-08",
        notes="preview text hard-wrapped at 60 columns, page markers '︻n︼' glued to the continuation line; "
        "成文日期 in Chinese numerals under the signature",
        page="""
{T}
!m 青简文库　|　养老服务　|　5页　|　阅读 428
!a 加入书架　　下载（5 积分）　　举报
{BODY}
!a 试看已到末页，登录后继续阅读剩余 2 页
!l 同类文档推荐
!l 养老机构失能老人照护规范.docx
!l 护理员夜班交接班制度（2024）.doc
!d 文档来自网友分享，平台仅作存储，若有侵权请联系下架。
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="︻{n}︼", every=150, start=2, glue=True),
        body="""
为减少老人夜间起身如厕跌倒，规范夜壶、便盆等床旁便器的使用和清洗，结合本院实际，制定本方案。
一、适用对象
本院失能、半失能老人和夜间起夜两次以上的自理老人，共计43人。
二、工作措施
（一）按需配发。护理组根据评估结果，为男性老人配发带盖防溢夜壶，为女性老人配发床旁便盆，做到一人一具、专人专用、贴名标识。
（二）定时巡视。夜班护理员每两小时巡房一次，及时倾倒、冲洗夜壶，用含氯消毒液浸泡三十分钟，晾干后放回床旁固定位置。
（三）防止打翻。夜壶放在老人伸手可及的矮柜上，床旁地面保持干燥，夜灯常亮。
（四）尊重隐私。协助如厕时拉好床帘，动作轻柔，不得呵斥、催促老人。
三、工作要求
各护理组要把夜间如厕照护纳入交接班内容，发现夜壶破损、漏液当班更换。院办每月抽查一次，结果与护理员绩效挂钩。
枘溪县福寿养老院
二〇二四年十一月八日
""",
    ),
    dict(
        slug="portal-yongcheng-notice-lunch-bags-sanitation",
        site="酽川市饔城区人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yongcheng.gov.cn/zwgk/tzgg/202412/t20241212_3318.html",
        title="关于为一线环卫工人配发保温饭包的通知",
        record_title="关于为一线环卫工人配发保温饭包的通知｜通知公告｜饔城区政府网",
        date="2024-12-10",
        date_also=["2024-12-12"],
        notes="county portal: 索引号 table (the 文号 cell unmarked, neutral), 关怀版 links; the notice's own "
        "联系人/电话 next to the portal's service line; 附件 list beside an attachment download link; 抄送 and "
        "印发 lines; 下载 as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于为一线环卫工人配发保温饭包的通知｜通知公告｜饔城区政府网</title>
<meta name="SiteName" content="酽川市饔城区人民政府">
<meta name="ArticleTitle" content="关于为一线环卫工人配发保温饭包的通知">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/govstat.js"></script>
</head>
<body>
<div class="topbar"><span>⟦m 酽川市饔城区人民政府⟧</span> <a href="javascript:;">⟦a 关怀版⟧</a> <a href="javascript:;">⟦a 读屏开关⟧</a> <a href="/znwd/">⟦a 智能问答⟧</a></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 走进饔城⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="position">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11430702MB0Y37210K/2024-01186⟧</td><td>⟦m 发布机构：区城市管理局⟧</td></tr>
<tr><td>⟦m 主题分类：城乡建设、环境保护⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>饔城管〔2024〕37号</td><td>⟦m 发布日期：2024-12-12⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 来源：区城市管理局　发布时间：2024-12-12 09:30　浏览次数：347⟧</div>
<div class="fontsize">⟦a 字号〔大〕〔中〕〔小〕⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian"><a href="/zwgk/tzgg/202412/P020241212_1.xlsx">⟦a 附件下载：饭包签收登记表.xlsx⟧</a></div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="print">⟦a 〖打印此页〗〖关闭此页〗⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 饔城区开展冬季道路保洁质量提升行动⟧</li><li>⟦l 区总工会走访慰问一线户外劳动者⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：酽川市饔城区人民政府办公室　承办：区政务数据中心⟧</p>
<p>⟦m 网站服务电话：0733-6619900（工作日）⟧</p>
<p>⟦m 网站标识码：4307020017　湘ICP备12003871号⟧</p>
</div>
</body>
</html>
""",
        body="""
各街道办事处、区环卫服务中心：
入冬以来，我区一线环卫工人凌晨四点上岗，早餐、午餐多在路边解决，饭菜容易变凉。为切实改善环卫工人就餐条件，区城市管理局决定为全区一线环卫工人每人配发保温饭包一个。现将有关事项通知如下。
一、配发对象为在岗一线道路保洁员、垃圾收运员，共计1126人。
二、饭包由区城市管理局统一采购，12月20日前送达各街道，各街道要在12月25日前发放到人，并做好签收登记。
三、请各单位下载附件中的签收表，填写后加盖公章，于12月28日前报区城市管理局环卫科。
联系人：邹晓岚，电话：0733-6612408。
附件：1．保温饭包配发名额分配表
2．保温饭包签收登记表
酽川市饔城区城市管理局
2024年12月10日
抄送：区总工会，区财政局。
饔城区城市管理局办公室　2024年12月10日印发
""",
    ),
    dict(
        slug="portal-ganchuan-bulletin-chopstick-holders-table",
        site="泔川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.ganchuan.gov.cn/zwgk/jgdt/202407/t20240717_90512.html",
        title="关于餐饮单位竹筷筒卫生专项抽查情况的通报",
        record_title="〔监管通报〕关于餐饮单位竹筷筒卫生专项抽查情况的通报 - 泔川县人民政府",
        date="2024-07-15",
        date_also=["2024-07-17"],
        notes="portal text page: 文号 line neutral; a data table one row a paragraph; a related-reading link glued "
        "after a sentence; the page's 发布日期 differs from the 成文日期",
        page="""
!m 泔川县人民政府门户网站
!a 〔关怀版〕〔读屏〕〔繁體〕
!m 首页 › 政务公开 › 监管动态
{T}
!m 信息来源：县市场监管局　公开方式：主动公开　发布日期：2024-07-17
泔市监〔2024〕19号
{BODY}
!a 【打印】【收藏】【关闭】
!l 上一条：泔川县2024年第二季度食品抽检信息公告
!l 下一条：关于开展夏季冷饮店专项检查的通知
!m 主办：泔川县人民政府办公室　承办：县大数据中心
!m 网站识别码 4311260003　湘公网安备 43112602000119号
""",
        indent="\u3000\u3000",
        body="""
各市场监管所，各餐饮服务单位：
为防范餐具霉变引发的食品安全风险，6月下旬，县市场监管局对城区和圜口、晌水两镇的85家餐饮单位开展了竹筷筒卫生专项抽查。现将抽查情况通报如下。
一、总体情况
本次共抽查竹筷筒85只，合格71只，合格率83.5%。不合格的主要问题是筒底积水、内壁霉斑和筷子倒插。
区域　抽查数　不合格数
城区　41　6
圜口镇　23　5
晌水镇　21　3
二、典型问题
城区“老码头面馆”竹筷筒底部长期积水，内壁霉斑明显；晌水镇“好再来饭店”把筷子头朝下插在筒内，筷尖直接接触筒底污物。⟦l 相关解读：一图读懂餐具清洗消毒要求⟧
三、工作要求
各餐饮单位要选用底部镂空、能沥水的筷筒，每天清洗晾干，发现发霉开裂的立即更换。各市场监管所要在8月底前完成复查，复查结果报县局食品经营科。
泔川县市场监督管理局
2024年7月15日
""",
    ),
    dict(
        slug="news-yanchuan-coasters-tea-expo-caption",
        site="酽川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yanchuannews.cn/local/2024-10/19/content_228041.html",
        title="沏河镇非遗茶杯垫走进省城茶博会",
        record_title="沏河镇非遗茶杯垫走进省城茶博会 - 酽川新闻网",
        record_date="2024-10-19",
        date="2024-10-19",
        notes="news portal: app prompt, listen button, photo caption on a line of its own between paragraphs, an "
        "editor line glued after the last sentence; 24-hour list and ad slot",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>沏河镇非遗茶杯垫走进省城茶博会 - 酽川新闻网</title>
<script>window.adSlots=["top_banner","right_rect"];</script>
</head>
<body>
<div class="header"><a class="logo">⟦m 酽川新闻网⟧</a><span class="slogan">⟦m 酽川人自己的新闻门户⟧</span><a class="app">⟦a 下载酽川新闻客户端，随时看本地资讯⟧</a></div>
<ul class="channel"><li>⟦m 要闻⟧</li><li>⟦m 本地⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 文旅⟧</li><li>⟦m 视频⟧</li></ul>
<div class="crumbs">⟦m 酽川新闻网 > 本地 > 乡镇动态⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：酽川日报　作者：聂晓丹　发布时间：2024-10-19 08:12⟧</div>
<div class="tools"><span>⟦a 听新闻⟧</span><span>⟦a 字号 A+ A-⟧</span></div>
<div class="art-body">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友　朋友圈　微博⟧</div>
</div>
<div class="ad">⟦d 广告⟧</div>
<div class="hot24"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 酽川至省城城际公交下月开通⟧</li><li>⟦l 饔城区新增两处口袋公园⟧</li><li>⟦l 晌水镇蜜柚迎来采摘季⟧</li></ol></div>
<div class="foot"><p>⟦d 凡本网注明“来源：酽川日报”的作品，未经授权不得转载。⟧</p><p>⟦m 互联网新闻信息服务许可证：43120190009　湘ICP备15002287号⟧</p></div>
</body>
</html>
""",
        body="""
10月18日，第十二届省城茶业博览会开幕，饔城区沏河镇的蔺草茶杯垫展位前挤满了观众。六角形、莲叶形、茶山纹……二十多种杯垫摆满了一张长桌，不少客商当场下了订单。
沏河镇种植蔺草已有三百多年历史，当地妇女农闲时编织草席、杯垫，手艺代代相传。2021年，“沏河草编”列入市级非物质文化遗产名录。
⟦m 图为观众在展位前挑选草编茶杯垫。聂晓丹　摄⟧
“以前一只杯垫卖三五块，现在做成礼盒，一套能卖六十元。”草编合作社负责人姚春梅说，合作社今年已带动120多名妇女居家就业，人均月增收一千元左右。
据了解，展会期间，沏河草编共签订意向订单4.6万套，金额约180万元。⟦m （编辑：詹一鸣　审核：魏文）⟧
""",
    ),
    dict(
        slug="news-ganchuan-media-urinal-museum-exhibit",
        site="泔川融媒 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ganchuanrm.com/bendi/minsheng/20240520/n3120.html",
        title="老物件展上的搪瓷夜壶：一件嫁妆里的百年家事",
        record_title="【民生关注】老物件展上的搪瓷夜壶：一件嫁妆里的百年家事_泔川融媒",
        date="2024-05-20",
        notes="county media page: an app prompt glued before the lead's first words; a photo caption line between "
        "paragraphs; the byline's 发布时间 is the page's date",
        page="""
!m 泔川融媒 · 新闻频道
!m 首页 > 本地 > 民生
{T}
!m 发布时间：2024-05-20 10:05　来源：泔川县融媒体中心　记者：裴思远
!a 字号 大 中 小　　｜　　分享到朋友圈
{BODY}
!m 责任编辑：宋子涵
!l 24小时热点
!l 1　晌水镇新建农贸市场下月开业
!l 2　县城区三条道路本周末封闭施工
!d 未经泔川县融媒体中心书面授权，不得转载、摘编本网作品。
!m 泔川融媒 版权所有　湘ICP备18006643号-1
""",
        indent="\u3000\u3000",
        body="""
⟦a 打开泔川发布APP，阅读体验更佳⟧5月18日是国际博物馆日，泔川县博物馆“老物件里的烟火气”民俗展开展。展厅一角，一只印着红双喜的白色搪瓷夜壶引来不少观众驻足。
这只夜壶的捐赠者是晌水镇72岁的邢桂芳老人。她告诉记者，1972年她出嫁时，母亲按老规矩在嫁妆里放了这只夜壶，“那时候家里没有卫生间，冬天夜里起来，全靠它”。
五十多年过去，搪瓷边沿磕掉了几块，红双喜也褪了色，邢桂芳一直舍不得扔。去年县博物馆征集民俗物件，她让孙子把夜壶送了过来。
⟦m 图：邢桂芳老人在展柜前讲述夜壶的来历。⟧
县博物馆馆长董立新介绍，此次展览共展出老物件260余件，除了夜壶，还有铜暖壶、竹编饭篮、木和面盆等，展期到8月底，市民可免费参观。
""",
    ),
    dict(
        slug="forum-shijiu-post-cypress-dough-basin-jammer",
        site="拾旧论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.shijiu.net/thread-402177-1-1.html",
        title="奶奶留下的柏木和面盆，用了五十年没裂",
        record_title="【老物什】奶奶留下的柏木和面盆，用了五十年没裂（实拍九张）- 怀旧杂谈 - 拾旧论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, a rating row, a signature and replies; the "
        "post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>【老物什】奶奶留下的柏木和面盆，用了五十年没裂（实拍九张）- 怀旧杂谈 - 拾旧论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head>
<body>
<div id="toptb">⟦m 拾旧论坛⟧ <a>⟦a 设为首页⟧</a> <a>⟦a 手机访问⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 拾旧论坛 › 怀旧杂谈 › 查看帖子⟧</div>
<div class="hm">⟦m 查看：3108｜回复：46⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 老木匠的孙子⟧</div><dl><dd>⟦m 积分 2210　金币 388⟧</dd></dl></td>
<td class="plc">
<h1 class="ts">{T}</h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_9918204">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 5　金币 +12　收起理由：老物件有味道⟧</div>
<div class="sign">⟦m 旧物有灵，慢慢收藏⟧</div>
<div class="po">⟦a 回复　支持　收藏　举报⟧</div>
</td></tr></table>
<div class="replies">
<p>⟦l 2# 藤椅阿婆：我家也有一只，松木的，早裂了⟧</p>
<p>⟦l 3# 青瓦檐：铁箍那张图再发清楚点？⟧</p>
</div>
<div id="f_pst">⟦a 登录后方可回帖，没有账号？去注册⟧</div>
<div id="ft">⟦m 拾旧论坛 ©2012-2024　手机版　小黑屋　浙ICP备13022196号⟧</div>
<script src="/static/js/forum_common.js?v=X35"></script>
<script>var discuz_uid="0";var fid=44;</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
前阵子老屋拆迁，别的东西都送了人，唯独这只柏木和面盆我搬回了城里。盆口直径六十公分，一块整料挖出来，外面箍着三道铁箍，五十年下来一条缝都没裂。
奶奶在世时每逢腊月就用它和面蒸馒头，一次能和十斤面。她说柏木盆不吸味，面在里面醒得匀，发得也快。
用木盆要注意两点：一是用完别泡水，刷干净后立起来阴干，不能暴晒。二是铁箍生锈了要及时换，箍一松盆就散。
现在家里和面都用不锈钢盆了，这只木盆我打算上一遍木蜡油，放在客厅当个念想。各位坛友家里还有这样的老盆吗？
""",
    ),
    dict(
        slug="forum-linjia-post-sewing-lunch-bag-junk",
        site="邻家手作社区 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.linjiashouzuo.com/thread-88136-1-1.html",
        title="自己动手给孩子缝保温饭包，附详细做法",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; anti-scraping junk lines and glued junk; numbered steps; "
        "the post time is 昨天 (no date)",
        page="""
!m 邻家手作社区
!m 论坛 › 手工DIY › 布艺缝纫
!m 查看: 1527 | 回复: 33
{T}
!m 豆豆妈2016 发表于 昨天 21:46 | 只看该作者 | 倒序浏览
{BODY}
!a 分享　收藏　举报
!l 沙发　针线盒：收藏了，周末试试
!l 板凳　小熊爸：保温棉在哪买的？求链接
!a 回帖需要先登录，没有账号？马上注册
!m 邻家手作社区 | 手机版 | 联系站长
""",
        junk=dict(lines=2, glued=2),
        body="""
孩子学校中午不提供热饭，买的饭包要么太大要么不保温，干脆自己缝了一个。效果不错，分享给大家。
材料：牛津布一块（50×35厘米）、铝箔保温棉一块、拉链一条（30厘米）、织带一米。
1. 牛津布和保温棉裁成同样尺寸，铝箔面朝里，四周先用大针脚固定。
2. 两侧各缝出8厘米的底角，这样饭包能立住，饭盒放进去不会歪。
3. 上口缝拉链，拉链两头多留两厘米，开合不卡。
4. 织带对折缝在两侧当提手，针脚来回多走两遍。这样提重了也不开线。
缝好后装了一个两层不锈钢饭盒，早上七点装的饭，中午十二点打开还是温的。手笨的朋友也能做，一个晚上就够了。
""",
    ),
]
