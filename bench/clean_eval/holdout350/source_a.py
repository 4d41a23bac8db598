"""holdout350, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (each once as HTML, once as text).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-bifang-speech-beach-chair-season-gb2312",
        site="笔舫公文网 (invented, old gb2312 ASP table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bifang8.com/jianghua/lvyou/2025/0618/40927.asp",
        title="在全县滨海旅游旺季沙滩椅经营秩序整治动员会上的讲话",
        record_title="【讲稿撷英】在全县滨海旅游旺季沙滩椅经营秩序整治动员会上的讲话（附整治清单）_笔舫公文网",
        date="2025-06-06",
        date_also=["2025-06-18"],
        notes="old gb2312 table page with a marquee, a 字号 row, a floating ghost-writer QQ box, a weekly ranking and a "
        "visitor counter; date under the speech title, posting date also accepted; a ghost-writer QQ glued after a 。 and "
        "a member-unlock line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿撷英】在全县滨海旅游旺季沙滩椅经营秩序整治动员会上的讲话（附整治清单）_笔舫公文网</title>
<link href="/css/bf.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.asp?id=40927"></script>
</head>
<body bgcolor="#f3efe4" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="320"><img src="/images/bf_logo.gif" alt=""></td>
<td align="right"><font color="#7a5c2e">⟦m 笔舫公文网·一支笔载千篇文⟧</font>　<a href="#">⟦a 设本站为浏览器首页⟧</a>　<a href="#">⟦a 把笔舫加入收藏夹⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#8b5a2b"><font color="#ffffff">⟦m 网站首页　领导讲话　总结汇报　计划方案　心得感悟　规章制度　合同样本⟧</font></td></tr>
<tr><td colspan="2"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">⟦m 笔舫公文网每日午间更新讲话稿、总结、方案百余篇，老用户签到可领双倍笔墨点！⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%" border="0"><tr><td>⟦m 所在栏目：笔舫公文网 &gt;&gt; 领导讲话 &gt;&gt; 文旅工作讲话 &gt;&gt; 正文⟧</td></tr></table>
<h1 align="center">{T}</h1>
<p align="center">（2025年6月6日）</p>
<p align="center">⟦m 发布时间：2025-06-18　投稿：舫客0931　人气：<font color="red">2614</font>⟧</p>
<p align="center">⟦a 〖阅读字号：特大 较大 常规〗〖背景：羊皮纸 护眼绿〗⟧</p>
<table width="100%" border="0"><tr><td class="content">
{BODY}
</td></tr></table>
<p>⟦a 〖复制全篇〗〖导出Word文档〗〖发给朋友〗⟧</p>
<p>⟦l 上一篇：在全县渔港安全生产工作会议上的讲话⟧<br>⟦l 下一篇：海岛旅游服务提升现场推进会主持词⟧</p>
</td>
<td width="260" valign="top" bgcolor="#faf7ef">
<table width="100%" border="0">
<tr><td><b>⟦l 本周讲话稿点击排行⟧</b></td></tr>
<tr><td>⟦l ·在全县旅游市场秩序专项整治会上的讲话⟧</td></tr>
<tr><td>⟦l ·镇长在海滨浴场开放安全会上的发言⟧</td></tr>
<tr><td>⟦l ·文旅局长在暑期工作调度会上的讲话⟧</td></tr>
<tr><td>⟦l ·在景区经营户诚信经营承诺会上的讲话⟧</td></tr>
</table>
</td></tr>
</table>
<div id="fqq" style="position:absolute;right:6px;top:220px;width:110px;border:1px solid #c9a46c">⟦w 写材料找笔舫 急稿QQ 3085527716⟧</div>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0" bgcolor="#8b5a2b">
<tr><td align="center"><font color="#ffffff">⟦d 笔舫公文网所收讲稿均来自会员投递，只作学习借鉴，请勿整篇照搬⟧<br>
⟦m 您是笔舫自开站以来的第 0431582 位读者⟧　⟦m 琼ICP备09061473号⟧</font></td></tr>
</table>
<script language="javascript">function bfQQ(){var d=document.getElementById("fqq");d.style.top=(document.body.scrollTop+220)+"px";}setInterval("bfQQ()",80);</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今年滨海旅游旺季即将到来。为了让游客在我县海滩坐得放心、玩得舒心，县政府决定从6月中旬起，用两个月时间集中整治沙滩椅经营秩序。下面，我讲三点意见。
一、看清问题。去年暑期，县市场监管局共接到沙滩椅相关投诉137件，主要集中在鯆埼湾和氹墺镇两处海滩，问题有私摆乱放、坐地起价、椅具破损伤人等。
⟦a 本篇尚余三成未显示，注册笔舫会员后可继续阅读⟧
二、抓住重点。一要统一规划摆放区，由县海滨管理处划定区域并公示；二要明码标价，每把每天收费不得超过公示价格；三要定期检修，铰链松动、椅面破损的一律下架。⟦w 讲话稿没思路？笔舫写手一对一代笔，加QQ 3085527716⟧
三、压实责任。各镇要落实属地责任，市场监管、文旅、城管等部门要联合执法，对屡教不改的经营户依法取消摆放资格。
同志们，一把沙滩椅，连着游客的体验，也连着我县的口碑。希望大家齐心协力，把这项工作抓实抓好。
""",
    ),
    dict(
        slug="fanwen-aowen-insight-shower-stool-tagline-title",
        site="澚文范文站 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.aowen365.net/xinde/huli/2025/18833.html",
        title="给独居老人送防滑凳的护理心得",
        record_title=None,
        date=None,
        notes="no record title: the title line stands after a tag line; a ghost-writer WeChat prompt glued inside a "
        "paragraph after a 。; no date anywhere (a 收录 stamp only)",
        page="""
!m 澚文范文站 · aowen365.net
!m 位置：首页 / 心得体会 / 护理心得
!m 标签：护理心得　居家养老　防跌倒
{T}
!m 投稿人：小潘护士　全文约900字　已被收录 58 次
!a 「复制本页全文」「存为Word」「放进收藏夹」
{BODY}
!a 本篇为月卡会员专享精选，开通后可解锁同类范文126篇
!l 看过本文的人还在看
!l 居家护理服务心得体会三篇
!l 社区护士入户随访工作体会
!l 关于老年人防跌倒宣传的几点思考
!d 本站范文仅供学习借鉴，不宜整篇照搬用于正式场合，后果由使用者自负。
!m 版权所有 2019-2025 澚文范文站　琼ICP备20031876号-1
""",
        indent="\u3000\u3000",
        body="""
今年春天，我所在的社区卫生服务站接到任务，为辖区内七十岁以上的独居老人送防滑凳。三个月下来，我一共走访了四十六户，心里有不少感触。
第一，老人最怕的不是病，是摔。很多老人告诉我，洗澡时最担心脚下打滑，有的干脆一个星期才洗一次。一张带吸盘脚垫的防滑凳，让他们可以坐着冲洗，安全感一下子就有了。
第二，送到家只是开始。防滑凳放在哪里、高度怎么调、吸盘要不要每周擦一擦，都需要手把手教。⟦w 想要本文完整Word版？加站长微信 aowen_365 领取⟧我给每户贴了一张大字提示卡，老人看一眼就明白。
第三，细节里见温度。有位大爷坐下时习惯扶着水管，我们就联系物业在旁边装了一根扶手。这件事让我明白，护理工作不能只按清单办事，要多站在老人的角度想一想。
今后，我会继续做好回访，让每一张防滑凳都真正用起来。
""",
    ),
    dict(
        slug="wenku-jingfan-plan-swim-ring-ferry-marker-paragraphs",
        site="鲸帆文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jingfanwk.com/doc/7731902845.html",
        title="氹墺镇中小学生暑期游泳池安全管理工作方案",
        record_title="氹墺镇中小学生暑期游泳池安全管理工作方案 - 鲸帆文库",
        date="2025-06-20",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⛴ n ⛴' cutting sentences, a coin pay box; decimal "
        "headings; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>氹墺镇中小学生暑期游泳池安全管理工作方案 - 鲸帆文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__DOC__={id:"7731902845",pages:6,free:3};</script>
</head>
<body>
<header class="jf-top"><a class="logo" href="/">⟦m 鲸帆文库⟧</a><span class="slogan">⟦m 一帆风顺找文档⟧</span>
<form class="search"><input placeholder="搜索文档、课件、范文"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 鲸帆年卡 免费畅读⟧</a> <a href="/login">⟦a 登录帆友账号⟧</a></header>
<nav class="crumbs">⟦m 鲸帆文库 › 教育专区 › 安全教育 › 防溺水⟧</nav>
<main class="reader">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：帆影0617　|　6页　|　阅读量 842　|　评分 4.7⟧</div>
<div class="toolbar">⟦a 全屏阅读　放大　缩小　上一页　下一页⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall">⟦a 免费试读的3页已看完，支付 6 鲸币解锁剩余内容⟧ <button>⟦a 立即解锁⟧</button></div>
</main>
<aside class="rel"><h3>⟦l 读过这篇的人还读了⟧</h3>
<ul><li>⟦l 中小学生暑期防溺水告家长书模板⟧</li><li>⟦l 游泳场所安全检查记录表（可填写）⟧</li><li>⟦l 夏季泳池救生员岗位职责⟧</li></ul></aside>
<footer>⟦d 鲸帆文库文档均由用户上传，平台仅提供存储与展示服务，涉及侵权请提交申诉⟧<br>⟦m 琼ICP备22017385号-3　客服邮箱 help@jingfanwk.com⟧</footer>
</body>
</html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⛴ {n} ⛴", every=100, start=2),
        body="""
为做好今年暑期中小学生游泳安全工作，防止溺水事故发生，结合我镇实际，制定本方案。
1 工作目标
暑期镇内两处开放泳池实现安全员全时在岗、救生器材配置到位、学生游泳“零事故”。
2 主要措施
2.1 规范器材配置。每处泳池配备救生圈不少于8个、救生杆4根，并在池边醒目位置张贴“游泳圈不是救生器材”提示牌。
2.2 加强入场管理。未成年人须由监护人陪同入场；儿童使用充气游泳圈的，只能在浅水区活动，监护人须在一臂距离内看护。
2.3 开展安全教育。放假前各校利用班会课讲解游泳圈漏气、翻扣等风险，并组织学生观看溺水急救演示。
3 保障要求
镇文化站牵头每周检查一次，发现问题当场整改；各村（社区）要加强野外水域巡查，劝离私自下水人员。
氹墺镇人民政府
2025年6月20日
""",
    ),
    dict(
        slug="wenku-boan-survey-beach-chair-wrapped-glued-markers-pdf",
        site="泊岸文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.boanwenku.cn/p-5509182.html",
        title="关于鯆埼湾海滩沙滩椅租赁摊点的调研报告",
        record_title="关于鯆埼湾海滩沙滩椅租赁摊点的调研报告.pdf",
        date="2025-07-15",
        notes="file-name record title; text hard-wrapped at 62 columns, page markers '⮳n⮲' glued to the continuation "
        "line; a data table one row a paragraph; an upload stamp that is no date",
        page="""
!m 泊岸文库 - 文档在线预览
!m 首页 ＞ 行业资料 ＞ 文化旅游 ＞ 调研报告
!t 关于鯆埼湾海滩沙滩椅租赁摊点的调研报告.pdf
!m 共5页　｜　上传会员：海****57　｜　上传于2025-07-29　｜　格式：PDF
!a 下载本文档（8 岸币）　｜　加入我的文集　｜　纠错反馈
{T}
{BODY}
!a 免费预览到此为止，下载后可阅读余下 2 页
!d 泊岸文库声明：本页文档由网友上传分享，泊岸文库对其内容的真实性不作担保。
!l 同类文档推荐：海水浴场经营秩序整治方案 · 滨海景区游客满意度调查报告 · 海滩摊位管理办法（试行）
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⮳{n}⮲", every=90, start=2, glue=True),
        body="""
为了解鯆埼湾海滩沙滩椅租赁经营情况，县文化和旅游局调研组于7月上旬走访了海滩全部租赁摊点，并随机询问游客85人。现将有关情况报告如下。
一、基本情况
鯆埼湾海滩共有沙滩椅租赁摊点23个，在用沙滩椅1460把。各段情况如下：
区域　摊点数　沙滩椅数量　明码标价摊点
北段　9　610　7
中段　8　520　8
南段　6　330　3
二、存在问题
一是标价不统一，南段半数摊点未公示价格，游客反映“同一把椅子三个价”；二是部分椅子铰链锈蚀，存在夹手风险；三是个别摊点占用救生通道，影响应急救援。
三、对策建议
建议由县海滨管理处对沙滩椅统一编号、统一标价，每周开展一次椅具安全检查，并在救生通道两侧划设禁摆线，对屡次违规的摊点取消经营资格。
浬澚县文化和旅游局调研组
2025年7月15日
""",
    ),
    dict(
        slug="gov-liao-notice-kickboard-swim-class-index-table",
        site="浬澚县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.liaoao.gov.cn/zwgk/bmwj/wtj/202506/t20250627_118204.html",
        title="浬澚县文化广电体育和旅游局关于开展2025年暑期青少年免费游泳培训的通知",
        record_title="浬澚县文化广电体育和旅游局关于开展2025年暑期青少年免费游泳培训的通知_文体动态_浬澚县人民政府",
        date="2025-06-25",
        date_also=["2025-06-27"],
        notes="county portal with 长者模式/读屏 links, a 索引号 table whose 文号 cell is unmarked (neutral), attachment "
        "download links beside the notice's own 附件 list, the notice's 联系人/电话 beside the portal's 纠错 line and 12345",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>浬澚县文化广电体育和旅游局关于开展2025年暑期青少年免费游泳培训的通知_文体动态_浬澚县人民政府</title>
<meta name="SiteName" content="浬澚县人民政府">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><span>⟦m 浬澚县人民政府　主办⟧</span>
<a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 读屏专用⟧</a> <a href="#">⟦a 手机版⟧</a> <a href="#">⟦a 政务微博⟧</a></div>
<div class="banner"><img src="/img/banner.jpg" alt=""><span>⟦m 海韵浬澚　开放之城⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进浬澚⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 您当前所在：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县文广体旅局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：LA-0107-2025-00219⟧</td><td>⟦m 发布机构：浬澚县文化广电体育和旅游局⟧</td></tr>
<tr><td>澚文体〔2025〕17号</td><td>⟦m 成文日期：2025-06-25　发布日期：2025-06-27⟧</td></tr>
<tr><td>⟦m 主题分类：文化、体育⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 字体：〔加大〕〔常规〕〔减小〕　〔打印正文〕〔关闭本页〕⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件1：暑期游泳培训报名表.xlsx（点击下载）⟧<br>⟦a 附件2：培训安全须知.pdf（点击下载）⟧</div>
</div>
<div class="share">⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="relate"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 县文广体旅局关于加强暑期游泳场所安全管理的通知⟧</li><li>⟦l 浬澚县全民健身实施计划（2021—2025年）⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：浬澚县人民政府办公室　承办：浬澚县大数据中心⟧</p>
<p>⟦m 网站纠错：0898-62700116　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码 4690280017　琼ICP备05003918号　琼公网安备 46902802000113号⟧</p>
</div>
</body>
</html>
""",
        body="""
各镇人民政府，县直有关单位：
为提高青少年游泳技能和自救能力，经研究，决定在暑期开展青少年免费游泳培训。现将有关事项通知如下。
一、培训对象：全县8至14周岁、不会游泳的在校学生，共600名。
二、培训时间和地点：7月8日至8月15日，分四期在县游泳馆和氹墺镇游泳池进行，每期10天。
三、培训内容：熟悉水性、扶浮板打腿、换气和自救常识。训练所用浮板由县体育中心统一配发，学员不必自备。
四、报名方式：以学校为单位填写报名表（见附件1），6月30日前报县体育中心。
联系人：邝秋萍，电话：0898-62873015。
附件：1.暑期青少年免费游泳培训报名表
2.培训安全须知
浬澚县文化广电体育和旅游局
2025年6月25日
""",
    ),
    dict(
        slug="gov-shuangling-bulletin-swim-ring-spot-check-wrapped",
        site="礵岺县人民政府网 (invented, text page)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.shuangling.gov.cn/xxgk/scjg/202507/t20250707_66031.html",
        title="关于2025年儿童充气游泳圈产品质量监督抽查情况的通报",
        record_title="关于2025年儿童充气游泳圈产品质量监督抽查情况的通报 - 县市场监督管理局 - 礵岺县人民政府网",
        date="2025-07-04",
        date_also=["2025-07-07"],
        notes="text hard-wrapped at 56 columns; a 文号 line under the title (neutral); a spot-check table one row a "
        "paragraph; 抄送 and 印发 lines; the page's 发布日期 also accepted; the portal's 纠错 line and 12345",
        page="""
!m 礵岺县人民政府网
!m 首页 » 信息公开 » 部门信息 » 县市场监督管理局
{T}
礵市监〔2025〕41号
!m 发布日期：2025-07-07　信息来源：县市场监督管理局　浏览量：1093
{BODY}
!a 【纠错】　【打印正文】　【关闭本页】
!l 上一条：关于开展夏季冷饮食品专项检查的通知
!l 下一条：礵岺县2025年第二季度消费投诉情况分析
!m 网站纠错电话：0898-62901126　政务服务热线：12345
!m 主办：礵岺县人民政府办公室　网站标识码：4690990012　琼ICP备06012087号
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
各镇（乡）人民政府，县直有关单位，各有关经营者：
今年6月，县市场监督管理局组织对全县商超、电商和景区商店销售的儿童充气游泳圈开展质量监督抽查，共抽查30批次，合格24批次，不合格6批次，合格率80%。不合格项目主要是警示标识缺失和气室数量不足。现将部分不合格产品情况通报如下：
销售单位　所在地　不合格项目
蟳塯镇乐购超市　蟳塯镇　警示标识缺失
崥漴乡便民商店　崥漴乡　气室数量不足
岺城街道海趣玩具店　岺城街道　警示标识缺失、接缝强度不足
对不合格产品，我局已责令经营者立即下架，并依法立案调查。请各镇（乡）督促辖区经营者自查自纠，严禁销售无警示标识的游泳圈。
礵岺县市场监督管理局
2025年7月4日
抄送：县人民政府办公室，市市场监督管理局。
礵岺县市场监督管理局办公室　2025年7月4日印发
""",
    ),
    dict(
        slug="news-congqi-beach-chairs-caption-client-prompt",
        site="潀埼新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.congqinews.cn/bd/2025-06/28/content_339185.htm",
        title="埗头滩换上300把可折叠沙滩椅",
        record_title="埗头滩换上300把可折叠沙滩椅_潀埼要闻_潀埼新闻网",
        date="2025-06-28",
        notes="news portal: a client prompt glued before the lead, a photo caption between paragraphs, an editor line "
        "glued after the last paragraph; the byline's 发布时间 is the date; scanning to rent is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>埗头滩换上300把可折叠沙滩椅_潀埼要闻_潀埼新闻网</title>
<meta name="description" content="埗头滩海水浴场新购置的300把可折叠沙滩椅投入使用">
<script>var _cqtj=[];</script>
</head>
<body>
<div class="cq-top"><a href="/">⟦m 潀埼新闻网⟧</a><span>⟦m 潀埼市委宣传部主管　潀埼日报社主办⟧</span>
<a href="/app">⟦a 下载潀埼新闻APP⟧</a> <a href="/epaper">⟦m 数字报⟧</a></div>
<ul class="cq-nav"><li>⟦m 要闻⟧</li><li>⟦m 区县⟧</li><li>⟦m 民生⟧</li><li>⟦m 文旅⟧</li><li>⟦m 视频⟧</li></ul>
<div class="cq-ad">⟦a 【广告】潀埼海鲜美食节 7月5日开幕　点此抢免费入场券⟧</div>
<div class="cq-main">
<div class="cq-art">
<h1>{T}</h1>
<div class="cq-info">⟦m 发布时间：2025-06-28 07:55　来源：潀埼日报　记者：麦浩川⟧</div>
<div class="cq-listen"><button>⟦a 听新闻⟧</button> ⟦a 字号 A+ A-⟧</div>
<div class="cq-text">
{BODY}
</div>
<div class="cq-share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
</div>
<div class="cq-side"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 潀埼今夏首个高温预警发布⟧</li><li>⟦l 嵒埗区新增两条滨海公交线路⟧</li><li>⟦l 海鲜美食节摊位抽签结果出炉⟧</li></ol></div>
</div>
<div class="cq-foot">⟦d 潀埼新闻网版权所有，未经书面授权不得转载、摘编⟧<br>⟦m 违法和不良信息举报：0898-35100012⟧　⟦m 琼ICP备12004471号⟧</div>
</body>
</html>
""",
        body="""
⟦a 打开潀埼新闻APP，看更多海滨高清图⟧本网讯　6月27日，嵒埗区埗头滩海水浴场新购置的300把可折叠沙滩椅正式投入使用，游客扫码即可租用。
据介绍，新沙滩椅采用铝合金框架和速干网布，每把重量不到4公斤，收起后可立在沙滩上，不再占用救生通道。
⟦m （图为游客在埗头滩试坐新沙滩椅。记者 麦浩川 摄）⟧
区海滨管理所所长邬启帆说，旧椅子多为木框帆布，日晒雨淋后容易开裂，去年因此发生夹手事件4起。此次更换后，旧椅将统一回收，部分改作志愿服务点的休息座椅。
租用价格方面，每把每天20元，60岁以上老人和残疾人凭证免费使用。⟦m 责任编辑：岑露⟧
""",
    ),
    dict(
        slug="news-shuangling-rongmei-kickboard-donation-record",
        site="礵岺融媒 (invented, county media centre, text page)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.slrongmei.cn/bdxw/2025/0710/20816.html",
        title="爱心企业为崥漴乡三所小学捐赠200块游泳浮板",
        record_date="2025-07-10",
        date="2025-07-10",
        notes="record title and date as they are; byline, share row, an editor/reviewer line, related links and a "
        "follow prompt around the news",
        page="""
!m 礵岺融媒 | 礵岺县融媒体中心
!m 当前栏目：本地新闻 > 教育
{T}
!m 2025-07-10 08:42　来源：礵岺融媒　记者：符海鸥　通讯员：黄梓琳
!a 分享到微信　　分享到朋友圈　　复制本文链接
{BODY}
!m （编辑：梁筱　审核：程卫东）
!l 相关阅读：县教育局部署暑期防溺水“六不”教育
!l 相关阅读：崥漴乡中心小学教学泳池建成投用
!a 长按识别二维码关注“礵岺融媒”，第一时间获取本地资讯
!d 本网原创稿件，转载请注明来源礵岺融媒
""",
        body="""
7月9日上午，礵岺县泳跃体育用品有限公司向崥漴乡中心小学、岯山小学和漴溪小学捐赠游泳浮板200块、救生衣60件。
崥漴乡地处水库下游，夏季学生私自下水现象时有发生。今年，乡里利用中心小学新建的教学泳池开设游泳课，但浮板、救生衣等器材一直不足。
“过去一个班只有五块浮板，孩子们轮流用。”中心小学体育教师温晓蕾说，“现在每人一块，打腿练习的效率能提高一倍。”
据悉，该公司还将派出两名教练，利用暑假为三所学校的体育教师开展浮板教学培训。
""",
    ),
    dict(
        slug="forum-landong-mask-strap-jammer-fonts",
        site="蓝洞潜友会论坛 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.landongqy.com/thread-88213-1-1.html",
        title="潜水镜硅胶带断了，自己换带子的过程分享",
        record_title="[装备DIY] 潜水镜硅胶带断了，自己换带子的过程分享（图文详解）- 面镜脚蹼 - 蓝洞潜友会",
        date=None,
        notes="Discuz-like diving forum: jammer-font junk inside the post, poster panel, rating row, signature, replies; "
        "only a relative post time (3 天前); sharing the process is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[装备DIY] 潜水镜硅胶带断了，自己换带子的过程分享（图文详解）- 面镜脚蹼 - 蓝洞潜友会</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head>
<body>
<div id="hd"><a href="/">⟦m 蓝洞潜友会⟧</a> <span>⟦m 潜水人自己的家⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册会员⟧</a></div>
<div id="pt">⟦m 蓝洞潜友会 › 装备交流 › 面镜脚蹼 › 查看主题⟧</div>
<div class="hm">⟦m 查看: 1338　|　回复: 21⟧</div>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 海底小石斑⟧</div><p>⟦m 潜水员　主题 42　帖子 615　潜币 2290⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_401877">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　潜币 +18　收起理由：实用，学到了⟧</div>
<div class="sign">⟦l 签名：深度不是目的，安全才是——海底小石斑⟧</div>
<div class="po">⟦a 回复　引用　点赞　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　礁石边的猫：原厂带太贵了，请问楼主买的是哪家的？⟧</div>
<div class="reply">⟦l 板凳　浮潜新手阿鹿：马克一下，我的带子也开始发黏了⟧</div>
<div id="f_pst">⟦a 登录蓝洞潜友会后才能参与回复⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　蓝洞潜友会 琼ICP备17008830号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周在礵岺外海浮潜，刚下水面镜的硅胶带就断了，只好借了船老大的备用镜。回来研究了一下，换带子其实不难，分享给大家。
先说材料：原厂替换带在网上大概三四十元，注意买同品牌同型号的，卡扣宽度不一样装不上。
步骤很简单：把镜框两侧卡扣里的旧带残留拔掉，新带穿过卡扣，两边长度调成一样，戴上试一下松紧，以压在耳朵上方、不勒头为准。
最后提醒一句，硅胶带怕晒，每次用完用淡水冲一下，阴干收好，别扔在甲板上暴晒。
""",
    ),
    dict(
        slug="forum-mengwa-swim-ring-leak-junk-lines",
        site="萌娃水乐园论坛 (invented, parents' forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.mengwasl.com/forum.php?mod=viewthread&tid=30871",
        title="孩子的游泳圈漏气了，补了三次终于补好",
        record_title="[亲子游泳] 孩子的游泳圈漏气了，补了三次终于补好 - 萌娃水乐园论坛",
        date=None,
        notes="a parents' forum post with anti-scraping junk lines and junk glued after 。; only 昨天 as a post time",
        page="""
!m 萌娃水乐园论坛 - 宝爸宝妈的玩水交流地
!m 论坛首页 › 亲子游泳 › 装备讨论
!t [亲子游泳] 孩子的游泳圈漏气了，补了三次终于补好
!m 楼主：橘子汽水妈　发表于 昨天 21:36　|　查看 406　回复 9
{BODY}
!a 顶一下　收藏帖子　分享给好友
!l 1#　豆豆爸比：PVC胶水哪里买？我家的也漏了
!l 2#　橘子汽水妈：泳池边小卖部就有，十几块一套
!l 3#　小鲸鱼麻麻：最后一句太对了，再好的圈也不能离人
!a 发帖前请先登录，还没有账号？快速注册
!m 萌娃水乐园论坛　客服QQ群：608172335
""",
        junk=dict(lines=2, glued=2),
        body="""
暑假带女儿去氹墺镇的泳池，游了半小时发现游泳圈越来越瘪，上岸一看，内圈接缝处有个小口子。
第一次用透明胶带贴，一下水就掉了。第二次买了自行车补胎片，胶水不对，没粘住。
后来去泳池旁的小卖部问，老板给了专用的PVC补丁和胶水。先用酒精把漏点周围擦干净，等干透再涂胶，晾三分钟后贴上补丁，用力压住，放一晚上。第二天充气试了试，一点不漏了。
提醒各位家长，游泳圈只是玩具，不是救生用品，孩子用的时候大人一定要在旁边。
""",
    ),
]
