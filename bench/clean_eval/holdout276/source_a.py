"""holdout276, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; written by hand, one case at a time (see
../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="fanwen-limo-speech-heatpad-sanitation-gb2312",
        site="犁墨范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.limofw.com/jianghua/gonghui/2024/1219/58821.html",
        title="在全县“暖冬行动”关爱环卫工人活动启动仪式上的讲话",
        record_title="【讲话致辞】在全县“暖冬行动”关爱环卫工人活动启动仪式上的讲话（精选范文）_犁墨范文网",
        date="2024-12-16",
        date_also=["2024-12-19"],
        notes="old table layout with a marquee, a font-size row, a floating writer QQ box, a hot list and a visitor counter; "
        "date under the speech title (the site's update line differs); speaker line neutral; a writing prompt glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话致辞】在全县“暖冬行动”关爱环卫工人活动启动仪式上的讲话（精选范文）_犁墨范文网</title>
<meta name="keywords" content="暖冬行动,环卫工人,讲话稿">
<link href="/css/limo.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/limo_logo.gif" alt="">⟦m 犁墨范文网 www.limofw.com⟧</td>
<td align="right">⟦a 设为首页 | 加入收藏 | 会员登录⟧</td></tr>
</table>
<table width="960" border="0" align="center" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/zongjie/">⟦m 工作总结⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td>
<td><a href="/jihua/">⟦m 工作计划⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/gongwen/">⟦m 公文模板⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 犁墨范文网每天为您更新上百篇原创范文，写材料累了就来歇歇脚⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="crumb">⟦m 您的位置：犁墨范文网 &gt;&gt; 讲话致辞 &gt;&gt; 工会讲话⟧</td></tr></table>
<table width="100%" class="art">
<tr><td align="center" class="tit">⟦t 【讲话致辞】在全县“暖冬行动”关爱环卫工人活动启动仪式上的讲话（精选范文）⟧</td></tr>
<tr><td align="center" class="info">⟦m 作者：墨香客　来源：犁墨范文网会员投稿　更新：2024-12-19　人气：1733⟧</td></tr>
<tr><td align="center">⟦a 〖调整字号：特大 大 中 小〗〖背景色：护眼 默认〗⟧</td></tr>
<tr><td class="content">
<p align="center"><b>{T}</b></p>
<p align="center">（2024年12月16日）</p>
<p align="center">县总工会副主席　卞秋禾</p>
{BODY}
</td></tr>
<tr><td>⟦a ★本篇范文可下载Word版，扣除2个犁墨币★⟧</td></tr>
<tr><td>⟦l 上一篇：在全县工会女职工工作会议上的讲话⟧<br>⟦l 下一篇：在“金秋助学”资金发放仪式上的致辞⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" class="side"><tr><td class="sidetit">⟦l 本月热门讲话⟧</td></tr>
<tr><td>⟦l ·在工会会员代表大会闭幕式上的讲话⟧</td></tr>
<tr><td>⟦l ·送温暖活动启动仪式主持词（3篇）⟧</td></tr>
<tr><td>⟦l ·户外劳动者服务站揭牌仪式致辞⟧</td></tr>
</table>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:5px;top:200px">⟦w 犁墨写手在线 QQ：2860471935 包过包改⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 犁墨范文网所载范文仅供写作参考，引用请自行核实，转载请保留本站出处⟧<br>
⟦m 您是本站第 <font color="red">0093417</font> 位来客⟧　⟦m 粤ICP备13048826号⟧
</td></tr></table>
</body>
</html>
""",
        body="""
同志们、朋友们：
今天，我们在这里启动全县“暖冬行动”，为奋战在街头巷尾的环卫工人送去一份温暖。受县总工会委托，我讲三点意见。
一、把关爱落到细处。今年县总工会筹集资金18.6万元，采购暖宝宝12万片、防寒手套2400副，将在本月底前发放到全县1260名一线环卫工人手中，确保每人每天都有暖宝宝可用。⟦w 讲话稿量身定制，犁墨写手QQ：2860471935⟧
二、把安全讲在前头。暖宝宝发热温度较高，不能直接贴在皮肤上，睡觉时不要使用。各环卫所要在发放时逐人讲清使用方法，防止发生低温烫伤。
三、把服务做成常态。各乡镇工会要依托户外劳动者服务站，做到冬季有热水、有暖宝宝、有休息座椅，让环卫工人累了有地方歇脚、冷了有地方取暖。
同志们，环卫工人起早贪黑守护城市整洁，我们有责任让他们暖在身上、暖在心里。谢谢大家！
""",
    ),
    dict(
        slug="fanwen-libi-pledge-biscuit-tin-reuse",
        site="砺笔范文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.libifw.com/changyishu/huanbao/2025/0212/7719.html",
        title="旧饼干盒回收再利用倡议书",
        record_title="旧饼干盒回收再利用倡议书范文（可编辑）｜砺笔范文网",
        date="2025-02-10",
        notes="a 范文 page: channel line, copy/Word/纠错 buttons, a paywall for the second piece; a writing prompt glued after a 。; "
        "a sentence asking readers to 分享 the pledge (content); date under the signature",
        page="""
!m 砺笔范文网 · 倡议书频道
!m 位置：首页 / 倡议书 / 环保倡议
!t 旧饼干盒回收再利用倡议书范文（可编辑）
!m 录入：小砺　浏览：2,086　收藏：37
!a 〔复制全文〕〔生成Word〕〔纠错〕
{T}
{BODY}
!a 第2篇需开通砺笔会员后阅读，开通即享全站下载
!l 同类推荐：垃圾分类倡议书｜节约用纸倡议书｜旧衣回收倡议书
!d 砺笔范文网文章均来自网友投稿，仅供学习参考，勿作商业用途
!m 砺笔范文网 libifw.com 版权所有　浙ICP备20017735号
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
每逢节假日，不少家庭都会收到几盒饼干，吃完后留下的铁皮饼干盒往往被随手丢弃。这些饼干盒大多由马口铁制成，结实耐用，直接扔掉既浪费资源，又增加了垃圾处理的负担。为此，我们向全体居民发出如下倡议：
一、先用起来。饼干盒可以装针线、纽扣、票据和常用小药品，也可以给孩子当文具盒和玩具箱。⟦w 原创倡议书找砺笔写手，微信 libi_xiezuo⟧
二、送出去。家中用不上的饼干盒，请在每月第一个周六送到社区“旧物交换角”，由志愿者清洗后供有需要的居民领取。
三、分好类。已经生锈变形的饼干盒属于可回收物中的金属类，请投放到可回收物桶，不要混入其他垃圾。
四、传开来。欢迎大家把这份倡议分享给亲朋好友，让更多人加入旧物再利用的行动。
小小一个饼干盒，装得下生活的巧思，也装得下对环境的责任。让我们从身边做起，从今天做起！
涵塘镇南街社区居民委员会
2025年2月10日
""",
    ),
    dict(
        slug="wenku-zhilan-research-tin-toys-marker-paras",
        site="知澜文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhilan-doc.com/view/7c41e09ab2.html",
        title="关于全市铁皮玩具生产企业产品安全状况的调研报告",
        record_title="【知澜臻选】关于全市铁皮玩具生产企业产品安全状况的调研报告（完整版）-知澜文库",
        date="2024-09-26",
        notes="a 文库 reader with a viewer toolbar; page-marker paragraphs ⧎ n ⧎ cut sentences; a coin pay box after the preview; "
        "成文日期 under the signature; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【知澜臻选】关于全市铁皮玩具生产企业产品安全状况的调研报告（完整版）-知澜文库</title>
<script src="https://static.zhilan-doc.com/reader/v3/reader.min.js"></script>
<script>window.__DOC__={id:"7c41e09ab2",pages:6,free:3};</script>
</head>
<body>
<header class="zl-top"><a class="logo" href="/">⟦m 知澜文库⟧</a>
<nav><a>⟦m 文档分类⟧</a><a>⟦m 精品专区⟧</a><a>⟦m 机构入驻⟧</a></nav>
<div class="user"><a>⟦a 登录⟧</a><a>⟦a 注册⟧</a><a class="vip">⟦a 知澜月卡 ¥9.9 起⟧</a></div></header>
<div class="crumbs">⟦m 知澜文库 › 行业资料 › 质量监督 › 调研报告⟧</div>
<section class="doc-head"><h1>⟦t 【知澜臻选】关于全市铁皮玩具生产企业产品安全状况的调研报告（完整版）⟧</h1>
<p class="meta">⟦m 上传者：质检老周　·　上传时间：2024-10-08　·　6页　·　2418人阅读⟧</p>
<div class="viewer-bar">⟦a 适合宽度　放大　缩小　全屏　下载⟧</div></section>
<section class="doc-pages">
<p class="p-title">{T}</p>
{BODY}
</section>
<div class="pay-box"><p>⟦a 预览已结束，剩余3页可用18知澜币解锁⟧</p><button>⟦a 立即解锁全文⟧</button></div>
<aside class="rel"><h3>⟦l 相关文档推荐⟧</h3>
<ul><li>⟦l 玩具产品质量监督抽查实施细则⟧</li><li>⟦l 儿童用品安全状况调研报告（2篇）⟧</li><li>⟦l 小作坊质量安全整治方案⟧</li></ul></aside>
<footer class="zl-foot"><p>⟦d 知澜文库仅提供信息存储空间，文档版权归上传者所有，如有侵权请提交申诉⟧</p>
<p>⟦m © 2024 知澜文库 zhilan-doc.com　沪ICP备18052267号-3⟧</p></footer>
</body>
</html>
""",
        p_html='<p class="p-txt">{}</p>',
        pages=dict(fmt="⧎ {n} ⧎", every=140, start=2),
        body="""
为掌握全市铁皮玩具生产企业产品安全状况，今年8月，市市场监管局组成调研组，走访了熙湖区、烁口镇等地的11家铁皮玩具生产企业，抽取铁皮青蛙、铁皮公鸡等产品样品43批次。现将调研情况报告如下。
一、基本情况。全市现有铁皮玩具生产企业11家，年产铁皮青蛙等发条玩具约260万只，八成以上销往外省。抽取的43批次样品中，38批次符合国家玩具安全标准，合格率88.4%。
二、主要问题。一是边缘处理不到位，5批次样品的铁皮折边存在锐利边缘，儿童玩耍时容易划伤手指；二是部分企业使用的油墨未做重金属检测；三是警示标识不规范，有的产品未标注“不适合3岁以下儿童”。
三、几点建议。建议开展铁皮玩具质量提升行动，推动企业添置卷边设备，建立油墨进货查验制度，并加强对家庭小作坊的日常监管。
炯城市市场监督管理局调研组
2024年9月26日
""",
    ),
    dict(
        slug="wenku-yeyetong-rules-candy-wrapper-wrapped-glued",
        site="页页通文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.yeyetong-wk.com/p/20240702/39816.html",
        title="甜旭糖果厂糖纸印刷车间质量管理制度",
        record_title="甜旭糖果厂糖纸印刷车间质量管理制度.doc",
        date=None,
        notes="a 文库 text hard-wrapped at 62 columns and cut by ⚵n⚵ markers glued to the continuation line; 第N条 articles that "
        "speak of 打印 and 扫码 (content); file-name record title; upload stamp is no date",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⚵{n}⚵", every=70, start=2, glue=True),
        page="""
!m 页页通文库 — 一页一页读懂好文档
!t 甜旭糖果厂糖纸印刷车间质量管理制度.doc
!m 上传人：糖果小铺店长　|　5页　|　3.2万次阅读　|　上传于2024-07-02
!a 放大　缩小　适应页宽　全屏阅读
{T}
{BODY}
!a 试读到此为止，余下2页请用页页币解锁（8币）
!l 看了这篇的人还看了：包装车间6S管理细则　糖果生产岗位职责汇编
!d 页页通文库内容由用户上传，平台对内容的准确性不作担保
""",
        body="""
第一条　为规范糖纸印刷车间的质量管理，保证糖纸图案清晰、色泽一致、无异味，制定本制度。
第二条　本制度适用于车间印刷、分切、复卷三道工序的全体人员。
第三条　印刷用油墨、纸张和镀铝膜进厂时，质检员应核对供货商提供的检测报告，报告不全的不得入库。
第四条　每班开机前，机长应打印首张样张，与标准色卡对照，经质检员签字确认后方可批量生产。
第五条　分切后的糖纸每卷贴一张追溯标签，注明班次、机台和操作人，质检员扫码登记后入库。
第六条　发现套印不准、脱墨或有异味的糖纸，应立即停机，隔离存放，不得混入合格品。
第七条　本制度由生产技术科负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="gov-yuxi-bulletin-heatpad-spotcheck-index-table",
        site="昱溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.yuxixian.gov.cn/zwgk/bmwj/scjgj/202412/t20241209_118403.html",
        title="关于2024年冬季暖宝宝等一次性取暖贴产品质量监督抽查情况的通报",
        record_title="关于2024年冬季暖宝宝等一次性取暖贴产品质量监督抽查情况的通报 - 政务公开 - 昱溪县人民政府门户网站",
        date="2024-12-06",
        date_also=["2024-12-09"],
        notes="county portal: 关怀版/语音播报 links, 索引号 table with the 文号 cell unmarked (neutral), share row, 纠错 line; "
        "a data table one row a paragraph; the bureau's own 联系人/电话 next to the portal's correction and 12345 lines; "
        "成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于2024年冬季暖宝宝等一次性取暖贴产品质量监督抽查情况的通报 - 政务公开 - 昱溪县人民政府门户网站</title>
<meta name="SiteName" content="昱溪县人民政府门户网站">
<meta name="ArticleTitle" content="关于2024年冬季暖宝宝等一次性取暖贴产品质量监督抽查情况的通报">
<script src="/js/jquery.min.js"></script>
<script>var siteCode="5328260004";</script>
</head>
<body>
<div class="topbar"><span>⟦m 今天是：2025年3月2日 星期日⟧</span>
<a>⟦a 关怀版⟧</a> <a>⟦a 语音播报⟧</a> <a>⟦a 英文版⟧</a> <a>⟦a 登录个人中心⟧</a></div>
<div class="banner">⟦m 昱溪县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进昱溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前所在：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县市场监管局⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索 引 号：11532826MB0X41207K/2024-00583⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：昱溪县市场监督管理局⟧</td><td>⟦m 发布日期：2024-12-09⟧</td></tr>
<tr><td>昱市监通〔2024〕17号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article">
<h2 class="art-title">{T}</h2>
<div class="art-tools">⟦a 〔字号 大·中·小〕⟧ ⟦a 〔打印正文〕⟧ ⟦a 〔关掉本页〕⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 ｜ 微博 ｜ QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关阅读⟧</h4>
<p>⟦l 昱溪县开展冬季消防产品专项检查⟧</p><p>⟦l 关于电热毯产品质量抽查结果的公示⟧</p></div>
<div class="footer">
<p>⟦m 页面内容有误？请拨打纠错热线 0879-5213300 告诉我们⟧</p>
<p>⟦m 政务服务便民热线：12345⟧</p>
<p>⟦m 主办：昱溪县人民政府办公室　承办：昱溪县大数据服务中心⟧</p>
<p>⟦m 网站标识码：5328260004　滇ICP备06011837号　滇公网安备53282602000118号⟧</p>
</div>
</body>
</html>
""",
        body="""
为保障消费者冬季取暖用品安全，县市场监管局于2024年11月组织开展了暖宝宝等一次性取暖贴产品质量监督抽查，现将抽查情况通报如下。
本次共抽查县内商超、药店和网店销售的产品30批次，其中合格26批次，不合格4批次，不合格项目主要为最高温度超标和发热持续时间不足。不合格产品情况如下：
序号　产品名称　标称生产企业　不合格项目
1　暖身贴（10片装）　某日用品厂　最高温度
2　足部暖贴　某护理用品公司　持续时间
3　暖宝宝（腰腹型）　某生物科技公司　最高温度
4　发热贴　某贸易商行　标识标注
对抽查不合格的产品，县市场监管局已依法责令相关经营者下架，并督促生产企业查明原因、整改到位。请广大消费者选购暖宝宝时认准正规厂家，使用时不要直接接触皮肤。
联系人：鲁文娟　电话：0879-5216047
昱溪县市场监督管理局
2024年12月6日
""",
    ),
    dict(
        slug="gov-gaoyang-notice-biscuit-tin-packaging-cn-date",
        site="杲阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gaoyang.gov.cn/xxgk/tzgg/202501/t20250109_20861.html",
        title="关于进一步规范节日食品礼盒过度包装的通知",
        date="2025-01-08",
        date_also=["2025-01-09"],
        notes="portal text page with a 文号 line (neutral); 附件 list, 抄送 and 印发 lines in the body; 成文日期 in Chinese numerals; "
        "an attachment link and the portal's footer after the body",
        page="""
!m 杲阳县人民政府
!m 首页 > 政务公开 > 通知公告
!m 信息来源：县市场监管局　　发布日期：2025-01-09　　浏览次数：412
!a [ 大字 ] [ 标准 ] [ 打印本页 ] [ 关闭 ]
{T}
杲市监发〔2025〕3号
{BODY}
!a 附件下载：食品礼盒包装检查记录表.xls（18KB）
!l 上一条：杲阳县2025年元旦春节期间食品安全提示
!l 下一条：关于开展冬春季农村集体聚餐指导的通知
!m 杲阳县人民政府办公室主办　技术支持：杲阳县信息中心
!m 网站标识码：5306230012　滇ICP备05009213号
""",
        body="""
各乡镇人民政府，县直有关单位：
春节临近，饼干、糕点等节日食品礼盒进入销售旺季。近期检查发现，部分商家销售的铁皮饼干盒礼盒存在包装层数过多、空隙率过大等问题。为落实限制商品过度包装的有关要求，现将有关事项通知如下：
一、各乡镇、各有关部门要组织对辖区内商场、超市销售的饼干盒礼盒开展一次排查，重点检查包装层数、空隙率和包装成本。
二、生产企业要优化包装设计，铁皮饼干盒内不得再套装多层纸盒，鼓励使用可重复使用的简约包装。
三、请各乡镇于1月20日前将排查情况报县市场监管局。
附件：1.食品礼盒包装检查记录表
2.过度包装问题整改清单
杲阳县市场监督管理局
二〇二五年一月八日
抄送：县发展和改革局，县商务局。
杲阳县市场监督管理局办公室　2025年1月8日印发
""",
    ),
    dict(
        slug="news-jiongcheng-tin-frog-exhibition-captions",
        site="炯城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jiongcheng-news.cn/wenhua/2025-01/18/content_402771.html",
        title="百余件老铁皮玩具亮相市博物馆 铁皮青蛙“跳”出几代人的回忆",
        record_title="百余件老铁皮玩具亮相市博物馆 铁皮青蛙“跳”出几代人的回忆_文化频道_炯城新闻网",
        record_date="2025-01-18",
        date="2025-01-18",
        notes="news page: an app prompt glued before the lead, a photo caption between paragraphs, an editor line glued after the "
        "last sentence, a 24-hour list and an ad slot; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="utf-8">
<title>百余件老铁皮玩具亮相市博物馆 铁皮青蛙“跳”出几代人的回忆_文化频道_炯城新闻网</title>
<meta name="description" content="“发条里的童年——老铁皮玩具展”在炯城市博物馆开展">
<script async src="https://ad.jiongcheng-news.cn/slot.js"></script>
</head>
<body>
<div class="jc-top"><a href="/">⟦m 炯城新闻网⟧</a><span>⟦m 炯城市唯一重点新闻网站⟧</span>
<nav><a>⟦m 时政⟧</a><a>⟦m 民生⟧</a><a>⟦m 文化⟧</a><a>⟦m 视频⟧</a><a>⟦m 数字报⟧</a></nav></div>
<div class="loc">⟦m 炯城新闻网 &gt; 文化频道 &gt; 文博⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-01-18 16:05　来源：炯城日报　记者 郁晨⟧ <a>⟦a 听本文⟧</a></div>
<div class="text">
{BODY}
</div>
<div class="tools">⟦l 转发到：朋友圈　微博　复制链接⟧</div>
</article>
<div class="adslot">⟦a 广告　炯城农商银行新春存款季⟧</div>
<aside><h3>⟦l 炯城24小时⟧</h3><ol>
<li>⟦l 熙湖区新增两处口袋公园⟧</li><li>⟦l 春运首日炯城站发送旅客3.1万人次⟧</li><li>⟦l 市图书馆寒假开放时间调整⟧</li></ol></aside>
<footer><p>⟦d 炯城新闻网原创稿件，转载须注明出处，违者追究责任⟧</p><p>⟦m 新闻热线：0871-66218800⟧　⟦m 琼ICP备12003318号⟧</p></footer>
</body>
</html>
""",
        body="""
⟦a 打开炯城新闻客户端，看更多本地好新闻⟧1月18日，“发条里的童年——老铁皮玩具展”在炯城市博物馆开展，120余件上世纪五十年代至九十年代的铁皮玩具与市民见面。
展厅入口处，一排铁皮青蛙格外引人注目。讲解员介绍，铁皮青蛙由薄铁皮冲压、印彩后组装而成，拧上发条便能一蹦一跳，是许多家庭共同的童年记忆。
⟦m 图为市民在展厅里观看老铁皮青蛙　郁晨 摄⟧
本次展出的玩具大多来自本市收藏爱好者潘建国的捐赠。“小时候一只铁皮青蛙要八分钱，我攒了半个月零花钱才买到。”潘建国说，他收藏铁皮玩具已有二十多年。
博物馆还在展厅设置了互动区，孩子们可以在工作人员指导下给铁皮青蛙上发条，比一比谁的青蛙跳得远。展览将持续至4月底，市民可免费参观。⟦m （责编：岳小川　审核：谭一鸣）⟧
""",
    ),
    dict(
        slug="news-huiling-candy-wrapper-art-title-line",
        site="晖岭在线 (invented, county 融媒体 news site)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.huilingzx.cn/xzdt/taoping/2024/1123/66104.html",
        title="“糖纸画”走进乡镇文化站 老手艺圈了一群新粉丝",
        record_title=None,
        date="2024-11-23",
        notes="no title in the record: the title stands on its own line; date from the 发布时间 byline; a further-reading link "
        "glued after a 。; a photo caption on a line of its own between paragraphs",
        page="""
!m 晖岭在线　晖岭县融媒体中心主办
!m 首页 › 乡镇动态 › 焘坪
{T}
!m 发布时间：2024-11-23 09:12　来源：晖岭融媒　文/祁星　图/葛彦
!a 字号 A+ A-　｜　听新闻
{BODY}
!m 【编辑：贾露】
!l 晖岭24小时热读
!l 1. 晖岭县今冬首场降雪将至 相关部门提前部署
!l 2. 焘坪镇冬季农田水利建设全面开工
!d 凡注明“来源：晖岭融媒”的作品，未经授权不得转载摘编
!m 晖岭县融媒体中心版权所有
""",
        body="""
11月22日下午，晖岭县焘坪镇文化站里笑声不断，一场“糖纸画”体验课吸引了30多名居民和孩子参加。
糖纸画是把各色糖纸剪成小块，按照图样拼贴成画。授课老师邢美玲从事糖纸画创作十余年，她带来的《晚霞渔归》全部用水果糖的玻璃糖纸拼成，在灯光下闪闪发亮。⟦l 延伸阅读：县文化馆冬季公益课开始报名⟧
⟦m 图为孩子们在老师指导下拼贴糖纸画（葛彦 摄）⟧
“先用铅笔把轮廓画出来，再按颜色深浅贴糖纸。”在邢美玲的指导下，不到两个小时，孩子们就完成了小金鱼、向日葵等作品。
焘坪镇文化站负责人表示，今后将每月开设一次糖纸画公益课，让更多居民在家门口感受传统手工艺的乐趣。
""",
    ),
    dict(
        slug="forum-jiuwufang-tin-frog-jammer-html",
        site="旧物坊收藏论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.jiuwufang.net/thread-90317-1-1.html",
        title="收到一只六十年代的铁皮青蛙，发条居然还能上",
        record_title="[铁皮玩具] 收到一只六十年代的铁皮青蛙，发条居然还能上 - 老玩具交流区 - 旧物坊收藏论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post (junk lines and glued), poster box, a rating row, a signature, "
        "a reply box; the post time is relative (3 天前): no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[铁皮玩具] 收到一只六十年代的铁皮青蛙，发条居然还能上 - 老玩具交流区 - 旧物坊收藏论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?Xk2"></script>
</head>
<body>
<div id="hd"><div class="wp"><a href="./">⟦m 旧物坊收藏论坛⟧</a>
<span>⟦a 用户名⟧ <input> ⟦a 密码⟧ <input> <button>⟦a 登录⟧</button> <a>⟦a 立即注册⟧</a></span></div></div>
<div id="pt">⟦m 旧物坊 › 藏品交流 › 老玩具交流区 › 帖子详情⟧</div>
<div class="thread-stat">⟦m 查看: 1536 | 回复: 23⟧</div>
<h1><span class="thread-type">⟦m [铁皮玩具]⟧</span> <span id="thread_subject">{T}</span></h1>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 绿皮蛙老爸⟧</div><dl><dt>⟦m 积分 812　帖子 146　金币 930⟧</dt></dl></td>
<td class="plc"><div class="pti">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_451207">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 3　威望 +6　金币 +15　理由：老物件保养得好⟧</div>
<div class="sign">⟦m 旧物有灵，慢慢收，慢慢玩⟧</div>
<div class="po">⟦a 回复　收藏本帖　举报⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 发帖前请先登录，还没有旧物坊账号？点此注册⟧</div>
<div id="ft">⟦m 旧物坊收藏论坛 ( 冀ICP备17008264号 )⟧ ⟦m GMT+8, 2025-3-3 20:41⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周在旧货市场转悠，花四十块收了一只铁皮青蛙，绿色的背上印着黄色斑点，肚子下面压着“炯城玩具厂”几个小字。
拿回家先用软毛刷把灰扫干净，再在发条轴上点了一滴缝纫机油。试着拧了三圈，青蛙居然一蹦一蹦地跳起来了，嗒嗒的声音和小时候一模一样。
请教各位前辈两个问题：一是背上有几处掉漆，要不要补？二是铁皮边上有一点锈，用什么处理比较稳妥？
先谢过。等找到合适的盒子，再上几张细节图。
""",
    ),
    dict(
        slug="forum-tangzhi-bar-collecting-junk-text",
        site="糖纸收藏吧 (invented, tieba-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://tieba.shoucangba.cn/p/70021846513",
        title="收糖纸十二年，说说我的分类和保存方法",
        record_title="[收藏心得] 收糖纸十二年，说说我的分类和保存方法_糖纸收藏吧",
        date=None,
        notes="tieba-like thread: junk lines and junk glued after 。, floor replies, a client line; the post time is 昨天: no date",
        page="""
!m 糖纸收藏吧
!m 关注 3.6万　帖子 21.4万　吧主：甜甜的旧时光
!t [收藏心得] 收糖纸十二年，说说我的分类和保存方法
!m 楼主：蓝蜻蜓糖纸铺　　1楼　昨天 21:40
!a 只看楼主　收藏本帖　回复
{BODY}
!m 来自iPhone客户端
!l 2楼　小熊软糖：蜡纸那段太有用了，先收藏
!l 3楼　阿杏：请问无酸集邮册在哪里买？
!l 4楼　蓝蜻蜓糖纸铺：回复 阿杏：文具店和网店都有
!a 下载糖纸收藏吧App，看大图更清楚
""",
        junk=dict(lines=2, glued=3),
        body="""
我从2012年开始收糖纸，到现在攒了四千多张，说说自己的一点经验，供刚入坑的吧友参考。
先说分类。我按材质分成蜡纸、玻璃纸和铝箔纸三大类，每类再按年代和厂家排，同一个厂的放在一起，翻找起来很方便。
再说清洁。蜡纸糖纸不能沾水，有糖渍的用棉签蘸一点温水轻轻擦；玻璃纸可以在温水里泡几分钟，捞出来夹在吸水纸里压平。
最后说保存。压平的糖纸装进无酸的集邮册，放在干燥通风的地方，千万别用普通塑料袋长期装，时间长了会粘在一起。
有问题可以楼下留言，我看到都会回。
""",
    ),
]
