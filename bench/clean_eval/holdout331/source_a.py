"""holdout331, part A: 范文 sites, 文库 previews, government portals, news portals, forums
and blogs. Every site, place, person, firm, URL and number is invented; see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-biyun-speech-fridge-seal-gb2312",
        site="笔韵公文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyungw.com/Article/jianghua/shangwu/201504/77215.html",
        title="在全县家电以旧换新暨冰箱密封条免费检测服务启动仪式上的讲话",
        record_title="【致辞妙稿】在全县家电以旧换新暨冰箱密封条免费检测服务启动仪式上的讲话（稍作修改即可使用）_笔韵公文苑",
        date="2025-04-18",
        date_also=["2025-04-22"],
        notes="gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, visitor counter; "
        "date under the speech title, the site's posting date also accepted; a writing-service line "
        "between paragraphs; a collect link glued after the last sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞妙稿】在全县家电以旧换新暨冰箱密封条免费检测服务启动仪式上的讲话（稍作修改即可使用）_笔韵公文苑</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.asp?id=77215"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt=""><b>⟦m 笔韵公文苑⟧</b></td><td>⟦m 一支笔韵，写尽公文⟧</td>
<td align="right">⟦a <a href="#" onclick="this.style.behavior='url(#default#homepage)';">设本站为主页</a> | <a href="javascript:window.external.addFavorite('http://www.biyungw.com','笔韵公文苑')">收藏笔韵</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" class="menu">
<tr><td>⟦m <a href="/">网站首页</a> | <a href="/Article/jianghua/">讲话致辞</a> | <a href="/Article/zongjie/">总结汇报</a> | <a href="/Article/xinde/">心得感悟</a> | <a href="/Article/zhidu/">规章制度</a> | <a href="/Article/hetong/">合同协议</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 笔韵公文苑已收录讲话、总结、方案类范文四万一千余篇，每日更新不少于三百篇⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 所在栏目：<a href="/">笔韵首页</a> &gt;&gt; <a href="/Article/jianghua/">讲话致辞</a> &gt;&gt; 商务经贸类讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center">⟦m 整理：笔韵小编　发布于：2025-04-22　点击数：1396⟧</td></tr>
<tr><td align="center">⟦a 【字体：加大 正常 缩小】⟧　⟦a 【背景色：护眼 米黄 纯白】⟧</td></tr>
<tr><td align="center">县商务局局长　龚立新</td></tr>
<tr><td align="center">（2025年4月18日）</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td align="center"><a href="/down.asp?id=77215">⟦a 〖本文Word版下载〗⟧</a></td></tr>
<tr><td>⟦l 上一篇：在全县消费品以旧换新工作推进会上的讲话稿⟧<br>⟦l 下一篇：县市场监管局长在3·15活动仪式上的致辞⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td class="bt">⟦l 讲话致辞热门排行⟧</td></tr>
<tr><td>⟦l ·在家电下乡回访活动上的讲话⟧<br>⟦l ·便民服务进社区启动仪式致辞⟧<br>⟦l ·家电维修行业座谈会发言提纲⟧</td></tr></table>
</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:5px;top:200px">⟦w 写作顾问在线，稿件代拟请加QQ：2714065583⟧</div>
<table width="960" border="0" align="center" class="bottom">
<tr><td align="center">⟦d 笔韵公文苑所载范文均来自会员投稿，仅供写作借鉴，不得用于商业用途⟧</td></tr>
<tr><td align="center">⟦m Copyright 2011-2025 biyungw.com 笔韵公文苑　皖ICP备11062731号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 00862315 位访客⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们、朋友们：
今天，我们在这里启动全县家电以旧换新暨冰箱密封条免费检测服务活动。冰箱门关不严，看似是个小毛病，却让不少家庭多交了电费，也让食物更容易变质。
据县市场监管部门抽样，使用八年以上的冰箱中，近四成存在密封条老化、变形、漏冷的问题。一条密封条的更换费用不过几十元，却能让一台冰箱每年少耗电五十度左右。
⟦w 讲话稿赶不出来？笔韵写手连夜代拟，加QQ：2714065583⟧
这次活动为期两个月，由县家电维修行业协会组织十二家维修网点，深入全县九个乡镇上门检测。检测一律免费，确需更换密封条的只收材料费，愿意以旧换新的，按政策享受补贴。
希望各乡镇、各有关部门密切配合，把这件群众身边的小事办实办好。谢谢大家！⟦a 〔收进我的文件夹〕⟧
""",
    ),
    dict(
        slug="fanwen-xinyu-insight-door-stopper",
        site="心语范文汇 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.xinyufw.net/xinde/zhiyuan/58130.html",
        title="为独居老人安装门底挡志愿服务心得体会",
        record_title="为独居老人安装门底挡志愿服务心得体会（范文两则任选）- 心语范文汇",
        date=None,
        notes="decorated record title; no date anywhere (an 'updated' stamp only); a ghost-writer line between "
        "paragraphs and a collect link glued after the last sentence",
        page="""
!m 心语范文汇 · xinyufw.net
!m 您在这里：心语范文汇 ＞ 心得体会 ＞ 志愿服务心得
!t 为独居老人安装门底挡志愿服务心得体会（范文两则任选）
!m 整理：小语　约620字　最近更新：3 天前　热度：★★★☆☆
!a 〔整篇复制〕〔另存为Word〕〔换一篇看看〕
{BODY}
!a 复制受限：开通心语会员后可整篇复制、无限下载
!l 同类范文推荐
!l ▸ 社区关爱空巢老人活动心得（两篇）
!l ▸ 冬季“送温暖”志愿服务个人小结
!d 本页范文由用户投稿整理，仅作写作参考，转载请保留心语范文汇链接。
!m 心语范文汇 © 2019-2025　湘ICP备19033507号-1
""",
        indent="\u3000\u3000",
        body="""
今年入冬前，我报名参加了社区“暖冬敲门”志愿服务队，和几位队友一起为辖区独居老人安装门底挡。几天下来，手上磨出了茧，心里却暖暖的。
第一次上门的是住在三楼的王奶奶家。她家入户门下面的缝足有一指宽，一到晚上冷风直往屋里灌。我们量好尺寸，裁好挡条，用双面胶和螺丝固定，前后不到二十分钟。王奶奶拿一张纸在门缝边试了又试，笑着说：“这下不透风了。”
⟦w 心得写不出彩？心语写手一对一代写，微信：xy_bizhe07⟧
这次服务让我明白，关爱老人不一定是大事，往往就藏在一道门缝里。有些老人眼神不好，不知道门底挡可以自己调节高度，我们就手把手地教，还在门边贴上了提示卡片。
今后，我会继续参加社区的志愿服务，把小事做细，把实事做实。⟦a 点此收藏本篇心得⟧
""",
    ),
    dict(
        slug="wenku-zhijuan-survey-laundry-ball-pdf-markers",
        site="知卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhijuan.cn/view/8b1f3c2d77a04e.html",
        title="关于市场在售洗衣球使用效果的调研报告",
        record_title="关于市场在售洗衣球使用效果的调研报告.pdf",
        date="2025-03-10",
        notes="a 文库 reader: file-name record title, upload stamp (no date), page-marker paragraphs cutting "
        "sentences, a data table, a coupon lock; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于市场在售洗衣球使用效果的调研报告.pdf - 知卷文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://static.zhijuan.cn/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="zj-top"><a class="logo" href="/">⟦m 知卷文库⟧</a><form class="search"><input placeholder="搜文档"><button>⟦a 搜一搜⟧</button></form>
<nav><a>⟦m 行业资料⟧</a> <a>⟦m 公文范本⟧</a> <a>⟦m 教育专区⟧</a> <a>⟦m 知卷会员⟧</a></nav>
<a class="login">⟦a 登录/注册领下载券⟧</a></header>
<div class="crumbs">⟦m 知卷文库 › 行业资料 › 消费调查⟧</div>
<div class="doc-head"><h1>⟦t 关于市场在售洗衣球使用效果的调研报告.pdf⟧</h1>
<p class="meta">⟦m 上传者：lanyu_2024　上传于 2025-03-18　3页　浏览 612 次　需 5 下载券⟧</p>
<div class="toolbar">⟦a 全屏阅读　放大　缩小　适合页宽⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 后面还有1页，支付5下载券即可阅读并下载全文⟧</div>
<div class="ops"><a>⟦a 下载此文档⟧</a> <a>⟦a 存入我的文件夹⟧</a> <a>⟦a 举报该文档⟧</a></div>
<aside class="rel"><h3>⟦l 读过这篇的人也在看⟧</h3>
<ul><li>⟦l 日用洗涤产品消费体验报告（2024）⟧</li><li>⟦l 关于洗衣凝珠安全使用的消费提示⟧</li><li>⟦l 超市日化产品价格监测月报⟧</li></ul></aside>
<footer><p>⟦d 知卷文库的文档均由用户上传，知卷仅提供存储与展示服务；如涉及侵权，请联系处理⟧</p>
<p>⟦m © 2025 知卷文库 zhijuan.cn　浙ICP备20083617号⟧</p></footer>
</body>
</html>
""",
        pages=dict(fmt="⬿ {n} ⬿", every=150, start=2),
        body="""
为了解市场在售洗衣球的实际效果，今年1月至2月，县消保委在县城三家超市和两家网店购买了六款洗衣球样品，委托县产品质量检验所开展比对试验，并对120名消费者进行了问卷调查。现将有关情况报告如下。
一、样品基本情况
六款样品中，宣称“不用洗衣液”“可反复使用一千次”的有四款，只标称防缠绕、辅助洗涤的有两款，售价在9.9元至68元之间。
二、比对试验结果
洗涤方式　去污率（%）　衣物缠绕情况
清水洗涤　41.2　明显缠绕
清水加洗衣球　42.0　轻微缠绕
洗衣液洗涤　78.5　明显缠绕
洗衣液加洗衣球　79.1　轻微缠绕
从结果看，单独放入洗衣球的去污效果与清水基本相同；配合洗衣液使用时，衣物缠绕明显减少。
三、几点建议
一是经营者不得夸大宣传洗衣球的去污功能；二是消费者购买时要理性看待“免洗衣液”等说法；三是市场监管部门应加强对相关广告的监测。
贻川县消费者权益保护委员会
2025年3月10日
""",
    ),
    dict(
        slug="wenku-yuedu-plan-squeegee-wrapped-glued-markers",
        site="悦读文档库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yuedudoc.com/p-60571298.html",
        title="牮湾镇高层住宅居民擦窗安全宣传工作方案",
        record_title="牮湾镇高层住宅居民擦窗安全宣传工作方案（四页全本）- 悦读文档库",
        date="2025-02-20",
        notes="text 文库 preview hard-wrapped at 62 columns with page markers glued to the continuation "
        "line; 成文日期 in Chinese numerals; preview-end and coupon prompts",
        page="""
!m 悦读文档库 yuedudoc.com
!t 牮湾镇高层住宅居民擦窗安全宣传工作方案（四页全本）
!m 贡献者：悦读用户_4471　｜　页数：4　｜　下载券：3　｜　阅读：2088
!a 立即下载　｜　加入书架　｜　手机扫码看文档
{BODY}
!a 免费预览已到末页，付3下载券查看全部4页
!l 猜你在找：高空坠物防范宣传方案　｜　物业安全月活动方案　｜　小区消防演练方案
!d 本文档为用户上传，悦读文档库不对内容真实性负责，如有异议请点此申诉。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⸚{n}⸚", every=130, start=2, glue=True),
        body="""
为防范居民在擦拭外窗时发生坠落和高空坠物事故，结合我镇高层住宅多、老年住户多的实际，制定本方案。
一、工作目标
通过一个月的集中宣传，使全镇27个高层小区居民知晓安全擦窗常识，推广使用长柄玻璃刮和磁吸双面擦，杜绝探身、攀爬窗台擦窗等危险做法。
二、主要措施
（一）入户发放。由社区网格员将《安全擦窗提示卡》送到每一户，重点讲清不要站上窗台、不要把身体探出窗外、擦窗时关好纱窗等要求。
（二）现场演示。在各小区广场设置演示点，由物业保洁人员示范伸缩杆玻璃刮的正确用法。
（三）隐患排查。物业公司对窗户限位器、窗扇合页逐户检查，发现松动的及时维修。
三、工作要求
各社区要明确专人负责，于3月25日前将宣传情况报镇城镇管理办公室。
牮湾镇城镇管理办公室
二〇二五年二月二十日
""",
    ),
    dict(
        slug="gov-peichuan-notice-laundry-ball-check",
        site="辔川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.peichuan.gov.cn/zwgk/gsgg/202504/t20250409_481122.html",
        title="辔川县市场监督管理局关于开展洗衣球等洗涤用品宣传标识专项检查的通知",
        record_title="辔川县市场监督管理局关于开展洗衣球等洗涤用品宣传标识专项检查的通知-通知通告｜辔川县人民政府门户网站",
        date="2025-04-07",
        date_also=["2025-04-09"],
        notes="county portal: 长辈版/无障碍 links, 索引号 table (the 文号 cell unmarked, neutral), an attachment "
        "link beside the document's own 附件 list, the document's contact beside the portal's 纠错 line; "
        "下载 as content; 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>辔川县市场监督管理局关于开展洗衣球等洗涤用品宣传标识专项检查的通知-通知通告｜辔川县人民政府门户网站</title>
<meta name="SiteName" content="辔川县人民政府">
<meta name="PubDate" content="2025-04-09 10:12">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><span>⟦m 辔川县人民政府⟧</span>　<span class="links">⟦a <a>长辈版</a> | <a>无障碍阅读模式</a> | <a>繁体</a> | <a>政务微信</a>⟧</span></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 走进辔川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul></div>
<div class="position">⟦m 您现在所在的位置：首页 ＞ 政务公开 ＞ 公示公告⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11622430MB0971245X/2025-00388⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：辔川县市场监督管理局⟧</td><td>辔市监〔2025〕19号</td></tr>
<tr><td>⟦m 发布日期：2025-04-09⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="fontsize">⟦a 字号：[ 大 中 小 ]⟧　⟦a 【打印该页】⟧　⟦a 【关闭该页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：洗衣球等洗涤用品专项检查记录表.xlsx⟧<br>⟦a 附件下载：专项检查情况汇总表.xlsx⟧</div>
<div class="share">⟦l 分享到：微信 ｜ 微博 ｜ QQ空间⟧</div>
<div class="relate"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 辔川县2025年产品质量监督抽查计划⟧</li><li>⟦l 关于开展“3·15”消费维权宣传活动的通知⟧</li></ul></div>
</div>
<div class="footer">
<p>⟦m 辔川县人民政府办公室主办　辔川县大数据中心承办⟧</p>
<p>⟦m 网站纠错及咨询：0935-7712000　地址：辔川县辔川大道99号⟧</p>
<p>⟦m 网站标识码：6224300019　甘ICP备05004127号⟧</p>
</div>
<script>var _hmt=_hmt||[];</script>
</body>
</html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
近期，我局接到多起群众投诉，反映部分商超和网店销售的洗衣球宣称“一颗顶半年洗衣液”“不用洗涤剂也能去污”，涉嫌虚假宣传。为规范市场秩序，经研究，决定在全县开展洗衣球等洗涤用品宣传标识专项检查。现将有关事项通知如下。
一、检查时间：2025年4月10日至5月31日。
二、检查对象：县城及各乡镇商超、日用品批发店和在本县注册的网络店铺。
三、检查内容：产品标签是否标明成分和使用方法，宣传用语是否夸大功效，是否标注生产企业名称和地址。
四、工作要求：请各单位下载附件中的检查记录表，按表逐项填写，于6月5日前报送局质量股。
联系人：邹晓岚，电话：0935-7712406。
附件：1.洗衣球等洗涤用品专项检查记录表
2.专项检查情况汇总表
辔川县市场监督管理局
2025年4月7日
抄送：县商务局，县消费者权益保护委员会。
辔川县市场监督管理局办公室　2025年4月7日印发
""",
    ),
    dict(
        slug="gov-luanjiang-bulletin-fridge-seal-table",
        site="銮江县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.luanjiang.gov.cn/bmxx/scjgj/202504/t20250425_30917.html",
        title="銮江县市场监督管理局关于2025年第一季度冰箱密封条产品质量监督抽查情况的通报",
        record_date="2025-04-25",
        date="2025-04-25",
        notes="record gives title and date; a data table one row a paragraph; font-size and read-aloud row, "
        "print row and the portal's 纠错 line",
        page="""
!m 銮江县人民政府　www.luanjiang.gov.cn
!m 政务公开 ＞ 部门信息 ＞ 县市场监管局
{T}
!m 信息来源：县市场监管局　发布时间：2025-04-25 16:03　浏览次数：218
!a 【大字号】【标准字号】【朗读本文】
{BODY}
!a 【打印正文】【关闭本页】
!l 相关信息：銮江县2024年度小家电产品抽查结果公告
!m 主办单位：銮江县人民政府办公室　网站标识码：3623010027
!m 纠错热线：0936-6620115（工作日 8:30-17:30）
""",
        body="""
各乡镇人民政府，县直有关单位：
2025年3月，我局对县内销售的冰箱密封条产品开展了监督抽查，共抽取样品24批次，合格20批次，不合格4批次，不合格项目主要为硬度、拉伸强度和耐低温性能。不合格产品情况如下：
序号　产品名称　标称生产企业　不合格项目
1　磁性门封条　暌城市恒韧橡塑制品厂　耐低温性能
2　冰箱门密封条（通用型）　銮江县聚鑫电器配件部　硬度
3　PVC磁吸密封条　鞲阳县博固密封件有限公司　拉伸强度
4　冰箱门封条　銮江县万家日用品商行　硬度、耐低温性能
对抽查不合格的产品，我局已责令销售者立即下架，并依法立案调查。请各乡镇提醒辖区家电维修网点从正规渠道进货，不得使用不合格密封条。
銮江县市场监督管理局
2025年4月25日
""",
    ),
    dict(
        slug="news-kuicheng-stoppers-old-estates-h1",
        site="暌城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kuichengnews.com/bendi/2025-11/20/content_1180263.html",
        title="辇城区为一千二百户老人家庭免费安装门底挡",
        record_title=None,
        date="2025-11-20",
        notes="no record title (the <h1>); byline time is the date; an app prompt glued before the lead, a photo "
        "caption between paragraphs, an editor line glued after the last; ad slot, listen button, 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>辇城区为一千二百户老人家庭免费安装门底挡_暌城新闻网</title>
<meta name="keywords" content="辇城区,门底挡,老旧小区">
<script async src="https://ad.kuichengnews.com/slot.js"></script>
</head>
<body>
<div class="kc-top"><a>⟦m 暌城新闻网⟧</a>　<span>⟦m 暌城日报社主办⟧</span>　<a class="app">⟦a 下载暌城新闻客户端⟧</a></div>
<nav class="channels"><a>⟦m 首页⟧</a> <a>⟦m 本地⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 区县⟧</a> <a>⟦m 视频⟧</a> <a>⟦m 评论⟧</a></nav>
<div class="ad-slot">⟦a 广告　暌城家居建材节 满3000减300⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-11-20 09:41　来源：暌城日报　作者：鲍思远⟧</div>
<div class="tts">⟦a ▶ 听这篇新闻⟧</div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友　朋友圈　微博⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 暌城今冬首场寒潮来袭 最低气温零下九度⟧</li>
<li>⟦l 市区12条公交线路调整冬季首末班时间⟧</li>
<li>⟦l 辇城区新增三处老年助餐点⟧</li></ol></aside>
<footer><p>⟦m 互联网新闻信息服务许可证：62120180011⟧</p><p>⟦d 暌城新闻网原创稿件，未经书面授权不得转载⟧</p><p>⟦m 违法和不良信息举报电话：0938-8216600⟧</p></footer>
</body>
</html>
""",
        body="""
⟦a 打开暌城新闻客户端，看更多本地新闻⟧本网讯（记者 鲍思远 通讯员 廉晓禾）入冬以来，辇城区在22个老旧小区开展“封门缝、保暖冬”行动，为1200户独居、高龄老人家庭免费安装门底挡。
“以前门底下透风，晚上脚底冰凉，现在装上这条挡子，屋里暖和多了。”家住藓湖社区的八旬老人费桂香说。
⟦m 图为志愿者在藓湖社区为老人安装门底挡。鲍思远 摄⟧
据了解，这批门底挡采用硅胶和毛刷两种材质，由区民政局统一采购，街道、社区组织党员志愿者上门安装，并对老人进行回访。对门缝过大、门框变形的，区里还联系物业维修人员一并修复。
区民政局相关负责人表示，下一步将把门窗保暖纳入冬季为民办实事清单，让更多老人温暖过冬。⟦m （编辑：阎佳　审核：符建平）⟧
""",
    ),
    dict(
        slug="news-gouyang-squeegee-exports",
        site="鞲阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.gouyangnews.cn/cj/2025-06/12/c_557810.html",
        title="鞲阳县玻璃刮小商品闯出大市场 上半年出口额同比增长三成",
        record_title="鞲阳县玻璃刮小商品闯出大市场 上半年出口额同比增长三成 - 产经 - 鞲阳新闻网",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="record gives the date; title with a column and site suffix; a photo caption between paragraphs; "
        "a listen button, a hot list and the news licence",
        page="""
!m 鞲阳新闻网 ｜ 鞲阳县融媒体中心主办
!m 新闻首页 · 本地 · 产经 · 民生 · 视频 · 专题
{T}
!m 2025-06-12 07:58　来源：鞲阳县融媒体中心　记者：庞一帆
!a 听本文 ▶　｜　字号 A+ A-
{BODY}
!l 【产经】热门文章
!l 戛岭镇清洁工具产业园项目开工
!l 鞲阳跨境电商培训班开班 百余名业主参训
!m 鞲阳新闻网版权所有　新闻许可证号：62120230045
""",
        indent="\u3000\u3000",
        body="""
鞲阳新闻网6月12日讯 在鞲阳县戛岭镇的一家清洁工具厂里，工人们正忙着给一批玻璃刮装箱，这批货将发往东南亚。
戛岭镇生产玻璃刮已有二十多年历史，全镇现有相关企业和家庭作坊47家，年产各类玻璃刮、伸缩擦窗器1600多万把。今年以来，当地企业针对海外市场推出带喷水功能和磁吸双面的新款，订单明显增加。1至5月，全镇玻璃刮出口额达到3200万元，同比增长31%。
⟦m 图：戛岭镇一家企业的工人在包装玻璃刮。庞一帆 摄⟧
“过去拼价格，现在拼设计。”戛岭镇一家企业负责人告诉记者，企业去年新招了三名设计人员，新款刮条采用耐磨硅胶，使用寿命比原来延长一倍。
下一步，戛岭镇将建设清洁工具产业园，引导小作坊入园集中生产，统一排污和包装标准。
""",
    ),
    dict(
        slug="forum-qiaoshou-screen-brushes-jammer",
        site="巧手家居论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.qiaoshoujia.com/thread-330917-1-1.html",
        title="用了三种纱窗刷，说说真实感受",
        record_title="[清洁好物] 用了三种纱窗刷，说说真实感受 - 清洁收纳 - 巧手家居论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk glued and on a line, 发表于 3 天前 (no date), rating row, "
        "signature, reply box; board suffix and tag in the record title",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[清洁好物] 用了三种纱窗刷，说说真实感受 - 清洁收纳 - 巧手家居论坛 - Powered by Discuz!</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="hd"><div class="wp"><a>⟦m 巧手家居论坛⟧</a>　<a>⟦a 快速登录⟧</a> <a>⟦a 立即注册⟧</a></div></div>
<div id="nv"><ul><li>⟦m 论坛⟧</li><li>⟦m 晒家⟧</li><li>⟦m 清洁收纳⟧</li><li>⟦m 装修问答⟧</li></ul></div>
<div id="pt" class="bm cl">⟦m 巧手家居论坛 › 家居生活 › 清洁收纳 › 帖子详情⟧</div>
<div class="hm ptn">⟦m 查看: 1882 | 回复: 26⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 窗明几净的阿柚⟧</div><p>⟦m 帖子 214　积分 1377　金叶 92⟧</p><p>⟦m 家居达人⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [清洁好物] 用了三种纱窗刷，说说真实感受⟧</span></h1>
<div class="authi">⟦m 阿柚 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_4471208">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 5　金叶 +12　收起 理由⟧</div>
<div class="sign">⟦m 家务不难，难的是开始动手。⟧</div>
<div class="po">⟦a 回复　支持(18)　反对(0)　收藏⟧</div>
</td></tr></table>
<div class="pgs">⟦l 下一帖：厨房油烟机滤网怎么清洗最省事⟧</div>
<div id="f_pst">⟦a 登录之后才能回帖，没有账号？点此注册⟧</div>
<div id="ft">⟦m 巧手家居论坛 ( 苏ICP备17052291号 )⟧　⟦m GMT+8, 2025-4-16 22:41⟧</div>
<script src="static/js/forum.js?K1p"></script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
开春了，家里纱窗积了一冬的灰，这两周我前后买了三种纱窗刷，都实际用过，简单说说感受，给准备入手的朋友参考。
第一种是双面滚筒式的，一面毛刷一面海绵，不用拆纱窗就能刷，十几块钱。优点是方便，缺点是海绵吸水后有点沉，窗角够不着。
第二种是三角形的免拆刷，刷毛比较硬，边角清得干净。但用力大了容易把纱网推变形，老小区的纱窗要小心。
第三种是带喷壶的一体刷，加水就能用，清洁效果最好，价格也最贵，要四十多块。
总的来说，家里纱窗不多的，买第一种就够了；窗户多又懒得拆的，可以考虑第三种。
有问题可以回帖问我，看到都会回。
""",
    ),
    dict(
        slug="forum-chijia-laundry-ball-record-junk",
        site="持家有道社区论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://club.chijiayoudao.com/t/2291876",
        title="洗衣球到底有没有用？我的三个月使用记录",
        record_title="【避坑】洗衣球到底有没有用？我的三个月使用记录（亲测）- 日用百货 - 持家有道社区",
        date=None,
        notes="forum post with junk lines and junk glued after 。; relative time 昨天 only (no date); replies "
        "below; decorated record title with a tag, an aside and a board",
        page="""
!m 持家有道社区论坛
!m 版块导航：社区首页 » 日用百货 » 正文
!t 【避坑】洗衣球到底有没有用？我的三个月使用记录（亲测）
!m 楼主：精打细算过日子　昨天 22:16 发布　｜　浏览 3071　｜　回复 41
{BODY}
!a 赞同 56　｜　收藏本帖　｜　举报
!l 2楼　小橙子妈：我也买过，确实就是个球
!l 3楼　沐沐：防缠绕是真的，洗床单好用
!l 4楼　老街坊：楼主写得细，顶上去
!a 请先登录，登录后可参与讨论
!m 持家有道社区 · 让生活更有条理
""",
        junk=dict(lines=2, glued=3),
        body="""
去年年底在直播间买了两颗“魔力洗衣球”，主播说放进洗衣机就能洗干净，不用再买洗衣液。我用了三个月，今天来说说真实情况。
头两周我完全按宣传的来，只放球不放洗衣液。浅色衣服看着还行，但领口和袖口的汗渍根本洗不掉，孩子的校服有股味儿。
后来我换了个办法，洗衣液减半，再加洗衣球。这样洗出来的衣服和以前差不多，洗衣液确实省了一些，床单被套也不怎么缠在一起了。
所以我的结论是：洗衣球可以当个防缠绕的小帮手，但指望它代替洗衣液是不现实的。
大家买之前看清楚宣传，别被“一颗顶一年”这种话忽悠了。
""",
    ),
    dict(
        slug="blog-laoyan-fridge-seal-diy",
        site="老阎的修理铺 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laoyanxiuli.blog.cn/archives/1173.html",
        title="自己动手给老冰箱换密封条",
        record_title="【居家手记】自己动手给老冰箱换密封条 | 老阎的修理铺",
        date="2024-11-03",
        notes="WordPress-like blog: bracketed post time is the date; tag cloud, archive, comment form; a "
        "tip-jar line glued after a sentence and a further-reading line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【居家手记】自己动手给老冰箱换密封条 | 老阎的修理铺</title>
<link rel="stylesheet" href="/wp-content/themes/plain/style.css">
</head>
<body class="single">
<header><h2 class="site-title">⟦m 老阎的修理铺⟧</h2><p class="desc">⟦m 修修补补又三年⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 家电⟧</a> <a>⟦m 水电⟧</a> <a>⟦m 木工⟧</a> <a>⟦m 留言板⟧</a></nav></header>
<main>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2024-11-03 20:15]　分类：家电　阅读 1290⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：冰箱　密封条　家电维修　省电⟧</div>
<div class="nav-links">⟦l « 洗衣机排水管漏水的三种修法⟧　⟦l 热水器打不着火先查这两处 »⟧</div>
<div id="respond"><h3>⟦l 发表评论⟧</h3><p>⟦l 昵称（必填）　邮箱（不公开）　网址⟧</p><p>⟦a 提交评论⟧</p></div>
</main>
<aside>
<section><h3>⟦l 标签云⟧</h3><p>⟦l 冰箱 空调 水龙头 马桶 插座 门锁 密封条⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年11月 (4)⟧</li><li>⟦l 2024年10月 (7)⟧</li></ul></section>
</aside>
<footer><p>⟦m © 2024 老阎的修理铺 · 自豪地采用 WordPress⟧</p></footer>
<script>var laoyan_stat={id:1173};</script><script src="/wp-includes/js/comment-reply.min.js"></script>
</body>
</html>
""",
        body="""
家里那台冰箱用了十一年，最近冷藏室门一关就弹开一条缝，里面结了不少霜。检查了一下，是门上的密封条老化变硬了，下边一角还开了胶。
换密封条其实不难。先记下冰箱的品牌和型号，网上按型号买原装尺寸的磁性门封，三十来块钱。
拆的时候把密封条的边沿掀起来，就能看到里面的固定螺丝，拧松即可，不用全卸下来。新密封条装上前，用吹风机对着折痕处吹一吹，让它舒展开，再塞进卡槽，拧紧螺丝。⟦w 觉得有用可以请老阎喝杯茶，支付宝：laoyan_fix⟧
⟦l 延伸阅读：冰箱结霜太厚，先别急着用刀铲⟧
装好以后用一张纸夹在门缝里试一试，抽不动就说明密封好了。换完这一周，冰箱压缩机停机的时间明显长了。
""",
    ),
    dict(
        slug="blog-qingyan-essay-squeegee-wrapped",
        site="青檐的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://qingyan.bokeyuan.net/p/20241208-cachuang",
        title="擦窗这件小事",
        record_title="擦窗这件小事 – 青檐的博客",
        date="2024-12-08",
        notes="blog essay hard-wrapped at 60 columns; the 发表于 line is the date; prev/next, comments count "
        "and a reprint notice",
        page="""
!m 青檐的博客
!m 记录日常，慢慢生活
{T}
!m 发表于 2024-12-08 ｜ 分类：生活随笔 ｜ 评论 6
{BODY}
!l 上一篇：阳台上的那盆吊兰
!l 下一篇：腊月里的糖瓜
!d 本博客文字均为原创，转载请留言告知并注明出处。
!m Powered by 博客园子 · 主题 Simple Ink
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
小时候过年前擦窗，是母亲的事。她把旧报纸揉成团，蘸着清水一遍遍地擦，擦完的玻璃亮是亮，却总留着一道道水印。
后来我自己成了家，在超市里第一次见到玻璃刮，一根塑料柄，前头一条橡胶刮条，十几块钱。回家试了一下，喷上水，从上往下一刮，水带着灰一起流下来，玻璃干干净净，一道印子也没有。那天下午，我把家里所有的窗都擦了一遍，心里说不出地痛快。
母亲来我家时，我教她用玻璃刮。她学得很快，只是每次都要先用报纸擦一遍，说这样才放心。
如今母亲已经不在了，每年腊月擦窗，我还是先拿旧报纸擦一遍，再用玻璃刮刮干净。有些习惯，大概就是这样留下来的。
""",
    ),
]
