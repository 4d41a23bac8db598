"""Holdout361, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (places, people, sites, URLs, phones, chrome); see ../README.md and ../build.py
for the markup. Written by hand for this part only.
"""

CASES = [
    dict(
        slug="fanwen-yanqi-speech-elder-canteen-breakfast",
        site="砚畦范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yanqi8.net/jianghua/lingdao/2024/0416/7731.html",
        title="在全区社区长者食堂早餐提质推进会上的讲话",
        record_title="【讲章撷英】在全区社区长者食堂早餐提质推进会上的讲话（分管领导版·可直接套用）_砚畦范文苑",
        date="2024-04-09",
        date_also=["2024-04-16"],
        notes="gb2312 table page: marquee, font/colour row, floating ghost-writer QQ, hot list, counter; "
        "date under the speech title (the page's update date differs); speaker line neutral; "
        "a fold line between paragraphs and a related link glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲章撷英】在全区社区长者食堂早餐提质推进会上的讲话（分管领导版·可直接套用）_砚畦范文苑</title>
<meta name="keywords" content="长者食堂,早餐,三明治机,讲话稿">
<link href="/skin/yq_style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/yq_count.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#F7F3E8">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220"><img src="/images/yq_logo.gif" width="210" height="60"></td>
<td><font color="#8B4513">⟦m 砚畦范文苑·陪你把稿子写顺⟧</font></td>
<td align="right">⟦a <a href="#">把本苑设为主页</a> | <a href="#">存进收藏夹</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#6B3A1F"><tr>
<td><a href="/">⟦m 苑首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td>
<td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/fangan/">⟦m 计划方案⟧</a></td><td><a href="/shuzhi/">⟦m 述职述廉⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 苑内通告：端午假期编辑照常值班，稿件求助请在留言板登记，三个工作日内回复。⟧</marquee>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="6">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：砚畦范文苑 &gt;&gt; 讲话发言 &gt;&gt; 分管领导讲话 &gt;&gt; 阅读正文⟧</div>
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center"><font color="#999999">⟦m 整理：三月半　发布：2024-04-16　浏览：<span id="hits">1187</span> 次⟧</font></td></tr>
<tr><td align="center">⟦a 〖调字体：大 中 小〗〖换底色：米黄 浅绿 纯白〗⟧</td></tr></table>
<p align="center">——玄湖区人民政府副区长　倪晓岚</p>
<p align="center">（2024年4月9日）</p>
<div class="zhengwen">
{BODY}
</div>
<table width="100%"><tr><td><a href="/down/7731.html">⟦a 下载这篇讲话稿（.doc，会员免积分）⟧</a></td></tr>
<tr><td>⟦l 上一篇：在社区养老服务站运营交流会上的发言⟧</td></tr>
<tr><td>⟦l 下一篇：街道助餐点食品安全约谈会讲话提纲⟧</td></tr></table>
</td>
<td width="240" valign="top" bgcolor="#EFE6D2">
<b>⟦l 本月热读榜⟧</b><br>
<a href="/jianghua/7702.html">⟦l ·老年助餐服务推进会上的讲话（三篇）⟧</a><br>
<a href="/jianghua/7688.html">⟦l ·民生实事项目调度会表态发言⟧</a><br>
<a href="/zongjie/7650.html">⟦l ·社区食堂运营一周年工作小结⟧</a><br>
</td></tr></table>
<div style="position:fixed;right:6px;bottom:90px;width:120px;border:1px solid #8B4513;background:#fff">⟦w 稿子写不顺？老编辑一对一代笔，QQ：2871645530⟧</div>
<table width="960" align="center" bgcolor="#6B3A1F"><tr><td align="center"><font color="#FFFFFF">
⟦m 您是本苑第 0048213 位来客⟧<br>
⟦d 苑内文章由会员投递整理，只作写作参考，转载请保留出处。⟧<br>
⟦m Copyright 2009-2024 砚畦范文苑 yanqi8.net 冶ICP备09031175号⟧
</font></td></tr></table>
<script>yq_count(7731);</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全区社区长者食堂早餐提质推进会，主要是总结一季度试点情况，部署下一步工作。刚才，眺园、纬里两个社区作了交流发言，讲得很实在。⟦l 相关范文：长者食堂运营管理制度（附表格）⟧下面，我讲三点意见。
一、看清差距，把早餐这件小事办好
去年以来，全区31家长者食堂中只有9家供应早餐，品种以粥和馒头为主，老人反映“吃来吃去就这几样”。试点社区添置商用三明治机后，每天多供应两款热压三明治，早餐就餐人次比去年同期增长了四成。
⟦a —— 会员稿件，余下段落已为您自动展开 ——⟧
二、抓住关键，守牢食品安全底线
三明治机属于电热器具，各食堂要安排专人操作，做到用后断电、当日清洁，严禁学徒单独上岗。区市场监管局要把长者食堂早餐纳入日常巡查，发现问题立即整改。
三、压实责任，确保六月底前全面铺开
各街道要对照任务清单，倒排工期，把设备采购、人员培训、菜单公示逐项落实到位。
同志们，一顿热乎的早饭，是老人们最实在的获得感。希望大家用心用情，把这件实事办好！
""",
    ),
    dict(
        slug="fanwen-antou-insight-massage-ball-training",
        site="案头文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.antouwengao.com/xinde/peixun/55209.html",
        title="参加职工按摩球放松操培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line follows a tag line; a 收录 stamp is no date; "
        "a fold line between paragraphs and an extended-reading link glued after a 。",
        page="""
!m 案头文稿网 ｜ 写给办公室里的每一个笔杆子
!m 导航：首页 / 心得体会 / 培训心得 / 本篇
!l 标签：#职工健康# #培训心得# #工间放松#
{T}
!m 投稿：小满　｜　收录：2024-06-03　｜　热度 2.6k
!a 〔复制〕〔导出PDF〕〔加入我的素材夹〕
{BODY}
!w 心得、述职、汇报材料不会写？微信搜“案头小编”，备注来意即可
!l 看过本文的人还看了：
!l 工间操培训心得体会（两篇）
!l 职工健康讲座学习体会范文
!l 工会“职工健康月”活动总结
!d 本文由网友投稿，著作权归作者所有，本站只提供信息存储空间。
!m ©2024 案头文稿网 antouwengao.com
""",
        indent="\u3000\u3000",
        body="""
上个月，单位工会请来市第四人民医院康复医学科的老师，为我们开了两期按摩球放松操培训。作为一名每天伏案八九个小时的财务人员，我带着肩颈酸痛的老毛病去听课，收获远比预想的多。⟦l 延伸阅读：久坐人群肩颈放松十法⟧
一是明白了“会放松”也是一门本事。老师讲，长期久坐导致的酸痛，很多是肌肉筋膜紧张引起的，一颗小小的按摩球靠墙滚压肩胛骨内侧，每次三到五分钟，就能让僵硬的肌肉松下来。
⟦a ▼ 余下2段已折叠，点此展开 ▼⟧
二是学会了把锻炼嵌进工作的缝隙里。以前总说没时间锻炼，现在我在抽屉里放了一颗按摩球，午休前用它踩一踩脚底，看报表看累了就靠着椅背滚一滚后背，一天下来肩膀轻松了不少。
三是体会到工会关心职工的温度。培训结束时，每人领到一颗按摩球和一张动作图解，几位老同志说，这是近年来最实用的一份福利。
今后，我会坚持练习，也把学到的方法教给科室同事，让大家少一点酸痛，多一份精气神。
""",
    ),
    dict(
        slug="wenku-juanzhou-research-bathroom-shelf-elderly",
        site="卷轴文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.juanzhou.cn/view/8c41e07b2d.html",
        title="关于逸溪县独居老人浴室置物架安装使用情况的调研报告",
        record_title="【原创精编·可下载】关于逸溪县独居老人浴室置物架安装使用情况的调研报告（13页）- 卷轴文库",
        date="2024-07-15",
        notes="文库 reader: viewer toolbar, marker paragraphs ⮤ n ⮥ cutting sentences, a year-card line between "
        "paragraphs, a coin pay box; decimal headings; 成文日期 under the signature; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【原创精编·可下载】关于逸溪县独居老人浴室置物架安装使用情况的调研报告（13页）- 卷轴文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="//static.juanzhou.cn/reader/v3/reader.css">
<script src="//static.juanzhou.cn/reader/v3/reader.min.js" defer></script>
</head>
<body class="reader">
<header class="jz-head">
<a class="logo" href="/">⟦m 卷轴文库 · 一卷在手，资料不愁⟧</a>
<nav><a href="/">⟦m 精选⟧</a> <a href="/cat/diaoyan">⟦m 调研报告⟧</a> <a href="/cat/gongwen">⟦m 机关公文⟧</a> <a href="/vip">⟦a 开通会员⟧</a> <a href="/login">⟦a 登录｜注册新号⟧</a></nav>
</header>
<div class="jz-crumb">⟦m 卷轴文库 › 调研报告 › 民政养老 › 正文预览⟧</div>
<main class="jz-main">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：青灯客　上传于 2024-08-02　页数：13　下载券：3　阅读 2,318⟧</div>
<div class="viewer-bar">⟦a 全屏阅读 ｜ 缩小 ｜ 放大 ｜ 转为Word ｜ 加入书架⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="pay-box">⟦a 试读已到第4页，支付 6.8 卷币即可阅读全文并下载⟧<br><button>⟦a 立即支付⟧</button> <button>⟦a 单篇购买⟧</button></div>
<div class="jz-rec"><h3>⟦l 相似文档推荐⟧</h3><ul>
<li>⟦l 养老机构适老化改造调研报告（精选）⟧</li>
<li>⟦l 农村留守老人居家安全情况的调查与思考⟧</li>
<li>⟦l 居家适老化改造项目验收总结⟧</li></ul></div>
</main>
<aside class="jz-side">⟦a 扫码下载卷轴文库APP，手机上也能接着读⟧</aside>
<footer class="jz-foot">
<p>⟦d 文档由用户上传，卷轴文库只提供存储与展示；如涉侵权，请通过申诉通道提交材料。⟧</p>
<p>⟦m © 2024 卷轴文库 juanzhou.cn　逸ICP备20241875号-3⟧</p>
</footer>
<script>JZReader.init({docId:"8c41e07b2d",pages:13});</script>
</body>
</html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⮤ {n} ⮥", every=150, start=2),
        body="""
为了解适老化改造中浴室置物架的安装和使用效果，今年6月，县老龄办会同县民政局组成调研组，走访了啸口、凝坪两镇的46户独居老人家庭。现将有关情况报告如下。
1 基本情况
1.1 安装数量。2023年以来，全县共为独居老人家庭安装浴室置物架312个，其中壁挂式241个、转角式71个。
1.2 使用情况。调研的46户中，39户经常使用，5户因位置过高很少使用，2户已自行拆除。
2 存在的问题
2.1 安装高度“一刀切”。多数置物架统一装在离地1.4米处，坐着洗澡的老人够不着，不得不起身取物，反而增加了滑倒风险。
⟦a 开通年卡会员，本文及全站调研报告不限次阅读⟧
2.2 承重和防锈不达标。有7个置物架出现锈蚀，3个因吸盘老化整体脱落。
3 几点建议
3.1 入户评估后再定安装高度，坐浴的老人宜装在0.9米至1.1米之间。
3.2 统一选用打孔固定的不锈钢产品，不再采购吸盘式置物架。
3.3 由镇养老服务站每半年上门回访一次，发现松动及时加固。
逸溪县老龄工作委员会办公室
2024年7月15日
""",
    ),
    dict(
        slug="wenku-gaozhou-plan-grout-rental-housing-pdf",
        site="稿舟文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gaozhouwk.com/p-30918842.html",
        title="迢川县保障性租赁住房卫生间美缝维修实施方案",
        record_title="迢川县保障性租赁住房卫生间美缝维修实施方案.pdf",
        date="2024-03-28",
        notes="file name as the record title; text hard-wrapped at 62 columns and cut by ⭚n⭛ glued to the "
        "continuation line; preview-end and coin prompts; 成文日期 under the signature",
        page="""
!m 稿舟文库 — 千万份文档 一舟载来
!m 文库首页 > 住房城建 > 保障住房 > 迢川县保障性租赁住房卫生间美缝维修实施方案.pdf
!m 格式：PDF　页数：6　大小：318KB　贡献者：晚来风急
!a 〖放大〗〖缩小〗〖全屏〗〖用稿舟APP打开〗
{BODY}
!a 预览已结束，剩余3页需下载后查看
!a 下载本文档需 12 舟币（会员 6 折）
!l 猜你想找：保障房维修管理办法 ｜ 公租房小修服务方案 ｜ 卫生间防水维修合同
!d 本站所有文档均由用户上传，稿舟文库不对内容的准确性负责。
!m 稿舟文库 gaozhouwk.com　客服时间 9:00-21:00
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⭚{n}⭛", every=160, start=2, glue=True),
        body="""
为解决保障性租赁住房卫生间瓷砖缝发霉、渗水等问题，提升租户居住品质，经中心研究，决定对全县保障性租赁住房卫生间开展美缝维修。现制定方案如下。
一、维修范围
凝坪、柱湾两个小区共计428套保障性租赁住房，优先安排一楼和反映渗水的房源。
二、材料和工艺要求
（一）选用环氧树脂类美缝剂，颜色统一为浅灰色，不得使用甲醛含量超标的产品。
（二）施工前须清除旧缝内的霉斑和污垢，缝深不少于2毫米，确保基面干燥。
（三）施工后24小时内不得用水，48小时后方可正常使用卫生间。
三、时间安排
4月上旬完成招标，4月中旬至6月底分三批施工，7月组织验收。
四、工作要求
施工单位要提前三天张贴告示，与租户约定入户时间；各小区管理处要安排专人跟班，做好施工记录，并请租户签字确认。
迢川县住房保障服务中心
2024年3月28日
""",
    ),
    dict(
        slug="gov-tiaochuan-notice-grout-spot-check",
        site="迢川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.tiaochuan.gov.cn/zwgk/tzgg/202405/t20240513_884217.html",
        title="迢川县市场监督管理局关于2024年美缝剂产品质量监督抽查结果的通告",
        record_title="迢川县市场监督管理局关于2024年美缝剂产品质量监督抽查结果的通告_质量抽查_迢川县人民政府",
        date="2024-05-10",
        date_also=["2024-05-13"],
        notes="county portal: 关怀版/读屏 links, 索引号 table (the 文号 cell unmarked), attachment download links "
        "beside the notice's 附件 list, 纠错 and 12345 lines beside the notice's own 联系人; a data table; "
        "a related-reading link glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>迢川县市场监督管理局关于2024年美缝剂产品质量监督抽查结果的通告_质量抽查_迢川县人民政府</title>
<meta name="SiteName" content="迢川县人民政府">
<meta name="ColumnName" content="质量抽查">
<link rel="stylesheet" href="/images/tc_2023.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="tc-top"><span>⟦m 迢川县人民政府　欢迎您！⟧</span> <a href="#">⟦a 关怀版⟧</a> <a href="#">⟦a 读屏专用⟧</a> <a href="#">⟦a 繁体⟧</a></div>
<div class="tc-banner">⟦m 迢川县人民政府 TIAOCHUAN COUNTY⟧</div>
<ul class="tc-nav"><li>⟦m 首页⟧</li><li>⟦m 走进迢川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="tc-pos">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告 ＞ 质量抽查⟧</div>
<table class="tc-xxgk">
<tr><td>⟦m 索引号：11360827MB1583204X/2024-00917⟧</td><td>⟦m 发布机构：县市场监管局⟧</td></tr>
<tr><td>⟦m 生成日期：2024-05-13⟧</td><td>文号：迢市监通〔2024〕9号</td></tr>
</table>
<h1 class="tc-title">{T}</h1>
<div class="tc-info">⟦m 发布日期：2024-05-13 16:05　信息来源：县市场监管局　浏览次数：<span>672</span>⟧ <a href="javascript:void(0)">⟦a 【字号调整：大 中 小】⟧</a></div>
<div class="tc-article">
{BODY}
</div>
<div class="tc-fujian"><p><a href="/att/884217_1.xlsx">⟦a 附件下载：美缝剂抽查合格产品名单.xlsx⟧</a></p>
<p><a href="/att/884217_2.xlsx">⟦a 附件下载：美缝剂抽查不合格产品名单.xlsx⟧</a></p></div>
<div class="tc-tool"><a href="javascript:window.print()">⟦a 〔打印此页〕⟧</a> <a href="javascript:window.close()">⟦a 〔关闭本页〕⟧</a> ⟦a 〔扫一扫在手机打开当前页〕⟧</div>
<div class="tc-rel"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 迢川县2024年第一季度食品抽检信息通告⟧</p>
<p>⟦l 关于开展装饰装修材料质量提升行动的通知⟧</p></div>
<div class="tc-foot">
<p>⟦m 主办：迢川县人民政府办公室　承办：迢川县大数据中心⟧</p>
<p>⟦m 网站标识码：3608270019　冶公网安备 36082702000183号⟧</p>
<p>⟦m 网站纠错电话：0798-5210000　政务服务便民热线：12345⟧</p>
</div>
<script src="/js/tc_stat.js"></script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
根据年度产品质量监督抽查计划，我局于2024年4月对全县建材市场、装修公司和网店销售的美缝剂产品开展了监督抽查，共抽取样品20批次，检验合格17批次，不合格3批次。现将有关情况通告如下。⟦l 【相关解读】一图看懂这次美缝剂抽查⟧
一、抽查项目
本次抽查依据相关国家标准和行业标准，对美缝剂的拉伸粘结强度、耐水性、甲醛含量、总挥发性有机化合物含量等项目进行了检验。
二、不合格产品情况
序号　标称生产单位　产品名称　不合格项目
1　冶城某建材有限公司　瓷砖美缝剂（哑光白）　拉伸粘结强度
2　啸口镇某装饰材料商行　双组份美缝剂　甲醛含量
3　某网店（标称外地企业）　水性美缝剂　耐水性
三、处理要求
对抽查不合格的产品，我局已责令相关经营者立即停止销售，并依法查处。请广大消费者购买美缝剂时查看检验报告，施工后注意开窗通风。
联系人：祝宁远，联系电话：0798-5216047。
附件：1.美缝剂产品质量监督抽查合格产品名单
2.美缝剂产品质量监督抽查不合格产品名单
迢川县市场监督管理局
2024年5月10日
""",
    ),
    dict(
        slug="gov-xuanhu-bulletin-sandwich-maker-check-wrapped",
        site="玄湖区人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.xuanhu.gov.cn/bmxx/scjgj/202409/t20240909_52174.html",
        title="玄湖区市场监督管理局关于电热三明治机产品质量抽查情况的通报",
        date="2024-09-06",
        date_also=["2024-09-09"],
        notes="record title as is; text hard-wrapped at 60 columns; 抄送 and 印发 lines kept; the portal's "
        "posting date differs from the 成文日期",
        page="""
!m 玄湖区人民政府网　|　冶城市玄湖区
!m 位置：首页 » 部门信息 » 区市场监管局 » 工作动态
{T}
!m 来源：区市场监管局　　发布：2024-09-09　　访问量：318
!a 〔放大〕〔缩小〕〔默认〕　〔打印〕〔关闭〕
{BODY}
!l 【上一条】玄湖区开展秋季校园周边食品安全专项检查
!l 【下一条】区市场监管局召开电动自行车质量安全约谈会
!m 玄湖区人民政府办公室主办　冶ICP备12004568号-1
!m 本站支持IPv6访问　建议分辨率1366×768
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
各市场监管所、局机关各科室：
为加强小家电产品质量监管，8月，我局对辖区商场、超市和电商仓库销售的电热三明治机开展专项抽查，共抽取样品15批次，其中合格12批次，不合格3批次，合格率80%。
不合格项目主要集中在三个方面：一是发热元件温升超标，两批次产品连续加热30分钟后外壳温度超过标准限值；二是电源线固定不牢，一批次产品拉力试验后导线松脱；三是使用说明缺少“使用时请勿触碰上盖外表面”等警示语。
对不合格产品，各市场监管所要在10个工作日内督促经营者下架、召回，并将处理情况报局产品质量安全监督管理科。各单位要加强节前巡查，重点检查商场促销区和直播带货仓库。
玄湖区市场监督管理局
2024年9月6日
抄送：区人民政府办公室，冶城市市场监督管理局。
玄湖区市场监督管理局办公室　2024年9月6日印发
""",
    ),
    dict(
        slug="news-yecheng-news-elder-canteen-sandwich",
        site="冶城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ycnews.com.cn/xuanhu/2024-05/21/content_418327.html",
        title="玄湖区12家社区长者食堂用上三明治机",
        record_title=None,
        date="2024-05-21",
        notes="no title in the record: the <h1>; the byline's 发布时间 is the page's date; a client prompt before "
        "the lead's first words; a photo caption between paragraphs; an editor line glued after the last 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>冶城新闻网</title>
<meta name="description" content="冶城新闻网，冶城本地新闻门户">
<link rel="stylesheet" href="https://res.ycnews.com.cn/css/article2024.css">
<script async src="https://res.ycnews.com.cn/js/ad-loader.js"></script>
</head>
<body>
<div class="yc-topbar">⟦m 冶城新闻网 · 冶城第一新闻门户⟧ <a href="/app">⟦a 下载冶城新闻客户端⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<nav class="yc-nav"><a>⟦m 首页⟧</a> <a>⟦m 时政⟧</a> <a>⟦m 区县⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 视频⟧</a> <a>⟦m 专题⟧</a></nav>
<div class="yc-path">⟦m 冶城新闻网 ＞ 区县频道 ＞ 玄湖⟧</div>
<article>
<h1>{T}</h1>
<div class="yc-byline">⟦m 发布时间：2024-05-21 09:48　来源：冶城日报　记者 郑一帆 通讯员 尤佳⟧</div>
<div class="yc-tools"><button>⟦a 听新闻⟧</button> <button>⟦a 转给微信好友⟧</button> <button>⟦a A+⟧</button> <button>⟦a A-⟧</button></div>
<div class="yc-content">
{BODY}
</div>
</article>
<div class="yc-ad">⟦m 广告位招租：0798-6608123⟧</div>
<section class="yc-24h"><h3>⟦l 24小时热闻⟧</h3>
<ol><li>⟦l 冶城至逸溪城际公交下月开通⟧</li><li>⟦l 迢川县首批保障房完成美缝维修⟧</li><li>⟦l 猿岭县夏季用电高峰预案出炉⟧</li></ol></section>
<footer>
<p>⟦d 冶城新闻网所刊原创稿件，未经书面授权不得转载。⟧</p>
<p>⟦m 互联网新闻信息服务许可证编号：36120190017　违法和不良信息举报：0798-6608000⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开冶城新闻客户端，阅读体验更佳⟧本报讯　5月20日早上7点，玄湖区眺园社区长者食堂里飘出烤面包的香味。两台新添的三明治机前，志愿者正把火腿、鸡蛋和生菜夹进吐司，几分钟后，热乎乎的三明治端上了老人们的餐桌。
“以前早饭就是稀饭馒头，现在隔三岔五能换个花样。”78岁的曾桂兰老人说。
⟦m 图：眺园社区长者食堂的志愿者为老人制作早餐。记者 郑一帆 摄⟧
据了解，今年玄湖区把“长者食堂早餐提质”列为民生实事，已为12家社区长者食堂配备商用三明治机24台，每份早餐价格控制在5元以内，80岁以上老人再减1元。
区民政局相关负责人表示，下一步将对食堂操作人员开展设备使用和食品安全培训，6月底前实现全区长者食堂早餐供应全覆盖。⟦m （责任编辑：诸葛岚　审核：左恒）⟧
""",
    ),
    dict(
        slug="news-yuanling-news-fire-brigade-splatter-screen",
        site="猿岭融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yuanlingrm.cn/xinwen/bendi/2024-08/14/91563.html",
        title="猿岭县消防救援大队走进餐馆推广油锅防溅罩",
        record_title="猿岭县消防救援大队走进餐馆推广油锅防溅罩 - 本地新闻 - 猿岭融媒",
        record_date="2024-08-14",
        date="2024-08-14",
        notes="record date; decorated record title (column and site); a photo caption and a like prompt between "
        "paragraphs; the editor line after the body",
        page="""
!m 猿岭融媒　|　猿岭县融媒体中心主办
!m 首页 > 本地新闻 > 正文
{T}
!m 2024-08-14 17:26　来源：猿岭县融媒体中心　作者：倪子涵
!a 字号：大｜中｜小　　　　分享：微信　微博　QQ空间
{BODY}
!m 编辑：曾晓　　审核：祝海川　　监制：郑若谷
!l 〖猜你感兴趣〗
!l 猿岭县开展夏季燃气安全“敲门行动”
!l 县城区餐饮油烟净化设施检查结果出炉
!d 猿岭融媒原创内容，转载请联系授权，违者必究。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
8月13日，猿岭县消防救援大队联合县市场监管局走进县城美食街，为32家小餐馆送去油锅防溅罩，并现场演示使用方法。
“热油一溅，手上就是一串泡。”在一家川菜馆后厨，消防员左振宇拿起一只带手柄的不锈钢网罩，盖在刚下了菜的油锅上，噼啪作响的油星被挡在罩子里。他告诉厨师，防溅罩能拦住大部分飞溅的油滴，既减少烫伤，也能避免油星溅到灶台边的燃气软管和插座上。
⟦m 〔图片说明：消防员在后厨演示防溅罩的使用。倪子涵 摄〕⟧
据统计，今年以来全县共发生厨房油锅起火警情11起，其中7起与油星飞溅引燃周边杂物有关。大队负责人表示，下一步将把防溅罩配备情况纳入餐饮场所消防检查内容，并在各乡镇集市开展宣传。
⟦a 觉得有用？点个“赞”让更多人看到⟧
""",
    ),
    dict(
        slug="forum-zaoshang-post-splatter-screen-review-jammer",
        site="灶上功夫论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.zaoshanggf.com/thread-204417-1-1.html",
        title="用了一个月的折叠防溅罩，说说优缺点",
        record_title="[好物实测] 用了一个月的折叠防溅罩，说说优缺点（纯自费）- 厨具杂谈 - 灶上功夫论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts (junk lines and glued junk), poster panel, rating row, "
        "signature; numbered list in the post; relative times are no dates",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[好物实测] 用了一个月的折叠防溅罩，说说优缺点（纯自费）- 厨具杂谈 - 灶上功夫论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="hd">⟦m 灶上功夫论坛 — 爱做饭的人都在这⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 灶上功夫论坛 › 厨具杂谈 › 帖子详情⟧</div>
<div class="pgs">⟦m 查看：3108 ｜ 回复：46⟧ <a>⟦a 发新帖⟧</a></div>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 番茄炒蛋不放糖⟧</div><div>⟦m 主题 21　帖子 390　积分 1275⟧</div><div>⟦m 中级大厨⟧</div></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 楼主　发表于 5 天前　只看该作者　电梯直达⟧</div>
<div class="t_f" id="postmessage_88201">
{BODY}
</div>
<div class="rate">⟦a 评分 ｜ 参与人数 6　金币 +18　收起理由：实用⟧</div>
<div class="sign">⟦m 签名：锅铲一响，烦恼全忘。⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　椒盐蘑菇　发表于 4 天前：我买的是硅胶边的，盖锅时不滑，推荐。⟧</div>
<div class="reply">⟦l 板凳　老灶头　发表于 3 天前：网眼太密的确实容易糊，每次用完用小苏打泡一下。⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论 立即登录 ｜ 没有账号？注册⟧</div>
<div id="ft">⟦m 灶上功夫论坛　Powered by Discuz! X3.4　鄂ICP备19047712号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=3),
        body="""
家里做饭以煎炸为主，以前每次煎鱼都被油溅得不敢靠近，上个月入手了一个可折叠的防溅罩，用了一个月，来给想买的朋友交个底。
先说优点：
1. 挡油效果不错。细网眼能挡住绝大部分油点，煎带鱼时灶台周围干净了很多，擦灶台的时间省了一半。
2. 折叠后很省地方。对折再对折，能塞进抽屉，小厨房也不占位置。
3. 不憋气。网罩透气，盖上后菜不会因为水汽回落而变软。
再说缺点：
1. 网眼容易挂油，要趁热用洗洁精刷，放凉了就很难洗。
2. 手柄离锅太近，盖久了会烫手，建议戴隔热手套。
总的来说，几十块钱换一个干净的灶台，值。新手做饭怕油溅的，可以考虑入一个。
""",
    ),
    dict(
        slug="forum-zhaixiu-post-diy-grout-junk",
        site="宅修帮论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.zhaixiubang.com/t/67032",
        title="自己动手给卫生间做美缝，踩过的三个坑",
        record_title="【DIY日记】自己动手给卫生间做美缝，踩过的三个坑（流量党绕行） - 装修实战版 - 宅修帮论坛",
        date=None,
        notes="text thread with forum junk (lines and glued); numbered points; a 编辑于 stamp and relative "
        "times are no dates; replies after the post",
        page="""
!m 宅修帮论坛 - 自己家自己修
!m 宅修帮论坛 » 装修实战版 » 帖子
!t 【DIY日记】自己动手给卫生间做美缝，踩过的三个坑（流量党绕行）
!m 楼主：阿亮装修中　｜　2 天前　｜　浏览 1596　回复 23
!m 本帖于 昨天 22:14 被作者编辑
{BODY}
!a 点赞(58)　收藏(41)　转发　举报
!l #2　瓷砖控：第二个坑我也踩过，刮刀斜45度压缝就好了
!l #3　老周家装：环氧的比水性的耐脏，多花点钱值得
!l #4　小懒猫：楼主用的哪个牌子？求链接
!a 回帖请先登录，文明交流，禁止发广告
!m 宅修帮论坛　zhaixiubang.com　联系版主：bz@zhaixiubang.com
""",
        junk=dict(lines=2, glued=3),
        body="""
卫生间瓷砖缝发黑两年了，问了几家师傅，报价都在八百以上。上周末我自己买了两支双组份美缝剂，花了一天把卫生间做完，效果还行，但坑也没少踩，写出来给大家提个醒。
第一个坑：旧缝没清干净。我一开始只用刷子刷了刷，结果美缝剂打上去粘不牢，边角起皮。后来借了个电动清缝机，把缝深清到两三毫米，再用吸尘器吸干净，才算合格。
第二个坑：胶打多了。胶枪一压就出一长条，溢到砖面上，刮的时候越刮越花。正确做法是少量多次，刮刀压着缝走，一次成型。
第三个坑：太早用水。说明书写的是24小时后才能沾水，我家小孩第二天早上就冲了澡，有两条缝被泡得发白，只能抠掉重做。
总结一句：工具要借全，耐心要够，千万别赶工。
""",
    ),
]
