"""holdout354, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (places, people, firms, sites, URLs, phones and chrome wording); see ../README.md
and ../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="fanwen-moyantai-speech-rice-basket-gb2312",
        site="墨砚台范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyantai.com/jianghua/jiaoyu/2025/0321/58817.html",
        title="在全县学校食堂淘米篮更换工作推进会上的讲话",
        record_title="【食堂管理·讲话精编】在全县学校食堂淘米篮更换工作推进会上的讲话（定稿可改）_墨砚台范文网",
        date="2025-03-14",
        date_also=["2025-03-21"],
        notes="gb2312 table layout with marquee, font-size and background rows, floating QQ box, ranking list and "
        "visitor counter; speaker and date lines under the title are neutral; a ghost-writer QQ glued after a "
        "sentence and a member line between paragraphs; the posting date differs from the speech date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【食堂管理·讲话精编】在全县学校食堂淘米篮更换工作推进会上的讲话（定稿可改）_墨砚台范文网</title>
<link href="/skin/mytstyle.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/floatqq.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#F3EFE4">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="62" class="logo"><b>⟦m 墨砚台范文网⟧</b> <font color="#8A7A5A">⟦m 一池墨色　千篇好稿⟧</font></td>
<td align="right" class="toplink">⟦a 设本站为首页⟧ | ⟦a 放进收藏栏⟧ | ⟦a 会员入口⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m 墨砚台首页⟧ | ⟦m 领导讲话⟧ | ⟦m 述职述廉⟧ | ⟦m 规章制度⟧ | ⟦m 心得感悟⟧ | ⟦m 调研文章⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨砚台新收后勤保障、校园食堂类讲话一千余篇，每天上午九点更新，欢迎常来看看！⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%" border="0" cellpadding="4">
<tr><td class="weizhi">⟦m 所在栏目：墨砚台 &gt;&gt; 领导讲话 &gt;&gt; 教育后勤讲话 &gt;&gt; 阅读全文⟧</td></tr>
<tr><td align="center" class="biaoti"><b>{T}</b></td></tr>
<tr><td align="center" class="xinxi">⟦m 录入时间：2025-3-21 9:06:44　稿源：会员自传　人气：1208⟧</td></tr>
<tr><td align="center">⟦a 【文字：特大 较大 适中 偏小】⟧ ⟦a 【底色：豆沙绿 米黄 原色】⟧</td></tr>
<tr><td align="center">县教育局副局长　钟立衡</td></tr>
<tr><td align="center">（2025年3月14日）</td></tr>
<tr><td class="zhengwen">
{BODY}
</td></tr>
<tr><td>⟦l 前一篇讲话：在全县校园安全工作会议上的表态发言⟧<br>⟦l 后一篇讲话：乡镇中心校食堂管理经验交流发言⟧</td></tr>
</table></td>
<td width="250" valign="top">
<table width="100%" border="0"><tr><td class="side-t">⟦l 本类讲话点击榜⟧</td></tr>
<tr><td>⟦l ·在学校后勤工作会议上的讲话（3篇合集）⟧<br>⟦l ·食堂从业人员岗前培训会讲话稿⟧<br>⟦l ·校长在食品安全宣传月启动仪式上的致辞⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:6px;top:210px;width:120px">⟦w 讲话稿定制 QQ：28710563⟧<br>⟦w 砚台客服在线 8:00-23:00⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">⟦d 墨砚台文章多为会员投稿，版权属原作者，若需撤稿请来函说明⟧<br>⟦m Copyright 2009-2025 墨砚台范文网 www.moyantai.com 湘ICP备09218841号⟧<br>⟦m 您是墨砚台第 3907215 位来客⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开这次推进会，主要是通报全县学校食堂淘米篮排查情况，部署更换工作。刚才，县教育局后勤科通报了排查结果，两所学校作了交流发言，我都同意。⟦w 讲话稿写不顺？QQ 28710563 帮您改到满意⟧
从排查情况看，全县86所学校食堂共有淘米篮412个，其中塑料材质破损、变形、发黄的有97个，竹制淘米篮发霉、断篾的有23个。淘米篮虽小，却直接接触每天入锅的大米，一根断篾、一块塑料碎片混进饭里，都可能伤到孩子。
⟦a 本篇讲话共1386字，注册会员可看另外两篇同题讲话⟧
下面讲三点要求。一要在4月底前完成更换，统一选用食品级不锈钢材质，旧篮登记后集中销毁。二要建立“一用一洗一晾”制度，淘米篮用后立即清洗，倒扣沥干，不得与洗拖把的水池混用。三要把淘米篮纳入食堂每周自查表，发现破损当天停用。
同志们，食堂无小事。希望大家抓紧抓实，让家长放心，让孩子们吃得安心。
""",
    ),
    dict(
        slug="fanwen-qianbi-insight-steamer-cloth-no-title",
        site="千笔公文铺 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qianbi51.cn/xinde/houqin/20417.html",
        title="参加学校食堂蒸布清洗消毒专题培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line stands under a tag line; a customised-draft prompt glued after "
        "a sentence and a member teaser between paragraphs; only relative times, no date",
        page="""
!m 千笔公文铺 · qianbi51.cn
!m 当前：千笔公文铺 ▸ 心得体会 ▸ 后勤培训心得
!l 标签：#食堂  #蒸布  #食品安全培训
{T}
!m 整理：铺子小编　热度：986　收录于本周二
!a ☐ 整篇拷贝　☐ 存入我的文稿箱　☐ 转成Word
{BODY}
!a 看完了？本篇可一键生成PPT汇报版
!w 急用材料找铺主，微信 qb51-pu 报价快
!l 同类心得还有：
!l 食堂从业人员健康知识培训心得
!l 参加厨师长轮训班的几点收获
!d 文铺内容来自会员共享，引用请核对原文，转载请注明出处。
!m 千笔公文铺 版权所有 © 2025　粤ICP备22081937号
""",
        indent="\u3000\u3000",
        body="""
三月下旬，县市场监管局和县教育局联合举办了学校食堂蒸布清洗消毒专题培训，我作为食堂面点岗的负责人参加了学习。半天的课程不长，却让我对每天手里的这块白布有了新的认识。
过去我们蒸完馒头，习惯把蒸布往水池里一泡，第二天拧干接着用。老师展示了一块用了两周的蒸布在显微镜下的样子，布眼里全是发黑的面渣和霉点，在场的师傅都吃了一惊。⟦w 同款心得可按单位情况定制，私信铺主⟧
⟦a 【会员专享】余下两段解锁后可复制⟧
培训后，我们班组定了三条规矩：蒸布用后立即用热水搓洗，去掉面渣；每天用沸水煮二十分钟，再挂到通风处晾干；发现发黄、破洞的蒸布马上剪角报废，不再缝补。
我体会最深的是，食品安全往往输在细节上。一块蒸布看着干净，不代表真的干净。今后我要带着班组把这些规矩坚持下去，让孩子们吃上放心的馒头和包子。
""",
    ),
    dict(
        slug="wenku-huijuan-research-rolling-mat-marker-paras",
        site="汇卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.huijuanwk.com/view/7d21c0e94a.html",
        title="关于全市烘焙门店硅胶擀面垫使用情况的调研报告",
        record_title="关于全市烘焙门店硅胶擀面垫使用情况的调研报告（精校可编辑版） - 汇卷文库",
        date="2025-06-20",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '↼ n ⇁' between the halves of cut paragraphs, a "
        "coin pay box; the upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>关于全市烘焙门店硅胶擀面垫使用情况的调研报告（精校可编辑版） - 汇卷文库</title>
<meta name="description" content="汇卷文库提供关于全市烘焙门店硅胶擀面垫使用情况的调研报告在线阅读">
<script src="https://static.huijuanwk.com/reader/v3/reader.min.js"></script>
<style>.reader-page{box-shadow:0 0 6px #ccc;margin:12px auto}</style>
</head>
<body>
<header class="hj-top"><a class="logo" href="/">⟦m 汇卷文库⟧</a><span class="slogan">⟦m 汇聚好文档，卷卷都实用⟧</span>
<form class="search"><input name="kw" placeholder="输入关键词找文档"><button>⟦a 找一找⟧</button></form>
<a href="/member/pay">⟦a 办卷卡 全站文档随心看⟧</a></header>
<nav class="hj-crumb">⟦m 汇卷文库 ＞ 行业资料 ＞ 食品餐饮 ＞ 调研报告⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传于 2025-07-02　｜　共 5 页　｜　2.1 千字　｜　被看过 640 次⟧</p>
<div class="viewer-bar">⟦a 适应宽度　放大＋　缩小－　全屏阅读⟧</div></div>
<div class="reader-page">
{BODY}
</div>
<div class="pay-box"><p>⟦a 剩余 3 页，支付 6 卷币可继续阅读⟧</p><p><a class="btn-buy">⟦a 用卷币解锁⟧</a>　<a class="btn-vip">⟦a 卷卡用户免费读⟧</a></p></div>
<aside class="hj-related"><h3>⟦l 读过本文的人还在看⟧</h3><ul>
<li>⟦l 烘焙店食品安全自查报告（通用版）⟧</li>
<li>⟦l 关于面包房卫生状况的调查与思考⟧</li>
<li>⟦l 硅胶厨具市场调研报告.pdf⟧</li></ul></aside>
<footer class="hj-foot"><p>⟦d 汇卷文库的文档均由用户上传，本站只提供存储空间，若有侵权请点此投诉⟧</p><p>⟦m 汇卷文库 huijuanwk.com　浙ICP备21044390号-3⟧</p></footer>
</body>
</html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="↼ {n} ⇁", every=150, start=2),
        body="""
为了解全市烘焙门店硅胶擀面垫的使用情况，市烘焙行业协会会同市食品检验所，于今年5月对城区和三个县的62家烘焙门店进行了走访调研，现将情况报告如下。
一、基本情况。62家门店共使用硅胶擀面垫214张，其中带刻度的双面垫约占七成。使用年限在两年以上的有58张，表面出现划痕、起毛的有71张，有明显异味的有19张。
二、存在的问题。一是采购渠道杂，有23家门店从网店购买无标识产品，无法提供食品接触材料合格证明。二是清洗方法不当，部分门店用钢丝球擦洗，垫面刮伤后藏污纳垢。三是超期使用普遍，大多数门店没有规定更换周期。
三、几点建议。建议门店从正规渠道采购并索取检验报告，用软布和中性洗涤剂清洗，擀面垫出现划痕、变色或异味时及时更换。协会将把擀面垫管理纳入明年会员门店评星内容。
彰衍市烘焙行业协会
2025年6月20日
""",
    ),
    dict(
        slug="wenku-jianye-plan-scoop-wrapped-markers-pdf",
        site="简页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://jianye-doc.com/p/2025/0412/310577.html",
        title="冰淇淋门店分装勺具清洗消毒工作方案",
        record_title="冰淇淋门店分装勺具清洗消毒工作方案.pdf",
        date="2025-04-08",
        notes="file-name record title; text wrapped at 60 columns and cut by page markers '⬐n⬏' on lines of their "
        "own between lines of one paragraph; decimal headings; 成文日期 under the company's name",
        page="""
!m 简页文库 ｜ 文档预览
{T}
!m 格式：PDF　页数：4　大小：208KB　浏览：1175
!a ⇩ 获取原文件（8 积分）　☆ 放进书架　⚑ 纠错
{BODY}
!a —— 免费预览到此为止，后续内容请获取原文件 ——
!a 积分不够？每日签到可领 2 积分
!d 简页文库所有文档由网友上传，仅用于学习交流，请勿作商业用途。
!l 相关推荐：门店食品安全管理制度汇编 ｜ 奶茶店操作间卫生规范 ｜ 餐具消毒记录表（可打印）
!m 简页文库 jianye-doc.com © 2019-2025
""",
        wrap=60,
        pages=dict(fmt="⬐{n}⬏", every=130, start=2),
        body="""
为规范冰淇淋门店分装勺具的清洗消毒，防止交叉污染，保障顾客饮食安全，结合我公司门店实际，制定本方案。
1 适用范围
1.1 本方案适用于本公司在彰衍市内的9家直营门店及中心仓库的分装作业。
1.2 本方案所称分装勺具，是指冰淇淋勺、挖球器和配料长柄勺。
2 清洗消毒要求
2.1 营业期间，冰淇淋勺应插在流动水勺槽中，水流不得中断，每两小时将在用勺具整体更换一次。
2.2 打烊后，勺具先用温水冲去奶渍，再放入消毒柜高温消毒30分钟，取出后放入专用保洁盒，保洁盒每周清洗一次。
2.3 禁止用同一把勺子挖取不同口味的冰淇淋，禁止用分装勺具直接给顾客试吃。
3 检查与记录
3.1 店长每天开店前检查勺槽水流和勺具数量，打烊后填写清洗消毒记录表，记录表保存三个月。
3.2 区域督导每周到门店抽查一次，抽查结果与门店月度考核挂钩，连续两次不合格的门店停业整改一天。
彰衍甜岛餐饮管理有限公司
2025年4月8日
""",
    ),
    dict(
        slug="portal-hongyi-notice-roasting-fork-index-table",
        site="弘溢县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hongyi.gov.cn/zwgk/bmwj/wlj/202506/t20250618_771904.html",
        title="关于加强露营地烧烤叉具出租管理的通知",
        record_title="关于加强露营地烧烤叉具出租管理的通知·文旅之窗·弘溢县政府网",
        date="2025-06-16",
        date_also=["2025-06-18"],
        notes="county portal: 长者模式/读屏 links, 索引号 table (the 文号 cell unmarked, neutral), attachment download "
        "link beside the document's own 附件 list, its 联系人 beside the portal's 12345 and 纠错 lines, 抄送 and 印发 "
        "lines; publish date in the table differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>关于加强露营地烧烤叉具出租管理的通知·文旅之窗·弘溢县政府网</title>
<meta name="ArticleTitle" content="关于加强露营地烧烤叉具出租管理的通知">
<meta name="PubDate" content="2025-06-18 10:20">
<script src="/common/js/jquery-3.6.0.min.js"></script>
<script>var siteCode="4306250008";</script>
</head>
<body>
<div class="gov-top"><span>⟦m 弘溢县人民政府⟧</span><span class="links"><a>⟦a 长者模式⟧</a> <a>⟦a 读屏专用⟧</a> <a>⟦a 繁/简⟧</a> <a>⟦a 移动版⟧</a></span></div>
<div class="gov-nav">⟦m 首页　政务公开　政务服务　互动交流　走进弘溢⟧</div>
<div class="gov-crumb">⟦m 当前位置：首页 › 政务公开 › 部门文件 › 县文化和旅游局⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：431125-WL-2025-00412⟧</td><td>⟦m 主题分类：文化、旅游⟧</td></tr>
<tr><td>⟦m 发布机构：弘溢县文化和旅游局⟧</td><td>⟦m 发布日期：2025-06-18⟧</td></tr>
<tr><td>文号：弘文旅发〔2025〕21号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h2 class="art-title">{T}</h2>
<div class="art-info">⟦m 信息来源：县文化和旅游局　浏览次数：1027⟧　<a>⟦a 【大字 中字 小字】⟧</a></div>
<div class="art-body">
{BODY}
</div>
<div class="art-files"><p>⟦a 附件下载：露营地叉具登记样表.xlsx（18KB）⟧</p><p>⟦a 附件下载：烧烤区提示牌参考文本.docx（24KB）⟧</p></div>
<div class="art-tools">⟦a 【打印本页】【关闭窗口】【返回顶部】⟧</div>
<div class="art-share">⟦l 分享到：微信　微博　QQ空间⟧</div>
</div>
<div class="gov-related"><h4>⟦l 文旅领域相关文件⟧</h4>
<ul><li>⟦l 弘溢县A级旅游景区安全生产检查方案⟧</li><li>⟦l 关于做好暑期文旅市场安全工作的通知⟧</li></ul></div>
<div class="gov-foot">
<p>⟦m 弘溢县人民政府办公室主办　弘溢县大数据服务中心承办⟧</p>
<p>⟦m 政务服务便民热线：12345　网站纠错：0736-7710099⟧</p>
<p>⟦m 湘ICP备05011742号　湘公网安备43112502000085号　网站标识码4311250008⟧</p>
</div>
<script src="/common/js/visitcount.js"></script>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各露营地经营单位：
今年以来，我县露营地烧烤叉具出租使用中暴露出一些安全隐患：部分营地出租的烤叉叉尖过长且无护套，已发生游客被烤叉扎伤、烫伤事件3起。为保障游客安全，现就有关事项通知如下。
一、各营地出租的烤叉叉柄长度不得少于45厘米，须配隔热手柄和叉尖护套，不得出租自行焊接的叉具。
二、烤叉每次收回后应清洗、检查，发现叉尖弯折、手柄松动的立即停用，并建立出租登记台账。
三、营地须在烧烤区醒目位置张贴安全提示，对带儿童的游客当面提醒。
四、县文化和旅游局将会同县市场监管局于7月底前开展联合检查。
联系人：县文化和旅游局市场管理股　邵雯　电话：0736-7712408
附件：1.露营地烤叉出租登记台账（样表）
2.露营地烧烤区安全提示（参考文本）
弘溢县文化和旅游局
2025年6月16日
抄送：县应急管理局，县市场监管局。
弘溢县文化和旅游局办公室　2025年6月16日印发
""",
    ),
    dict(
        slug="portal-yutao-bulletin-steamer-cloth-wrapped-64",
        site="裕滔县人民政府网·市场监管专栏 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yutao.gov.cn/scjg/tzgg/202507/t20250710_3318.html",
        title="关于2025年第二季度餐饮单位蒸布抽检情况的通报",
        record_title="关于2025年第二季度餐饮单位蒸布抽检情况的通报 ‹ 监管信息 ‹ 裕滔县市场监督管理局",
        date="2025-07-09",
        date_also=["2025-07-10"],
        notes="text page of a county portal, hard-wrapped at 64 columns; a 文号 line under the title (neutral); a "
        "data table one row a paragraph; the page's publish date differs from the 成文日期",
        page="""
!m 裕滔县人民政府网　市场监管专栏
!m 首页 ／ 信息公开 ／ 通知公告 ／ 正文
!a 【关掉本页】【加入书签】
{T}
裕市监通〔2025〕7号
!m 来源：县市场监管局食品经营安全股　发布日期：2025-07-10　访问次数：643
{BODY}
!l 【相关稿件】县市场监管局开展学校食堂“你点我检”活动
!m 主办：裕滔县人民政府办公室　承办：裕滔县数据资源中心
!m 网站标识码 4306290019　湘公网安备 43062902000147号
!d 本网所载内容如需转载，请注明来源并保持内容完整。
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
各乡镇市场监管所，各有关餐饮单位：
今年4月至6月，县局对城区和乡镇的80家餐饮单位使用的蒸布进行了抽检，检测项目为大肠菌群和霉菌。现将抽检结果通报如下。
抽检单位类型　抽检批次　合格批次　合格率
学校食堂　26　25　96.2%
早餐店　31　24　77.4%
包子铺及面点店　23　17　73.9%
从结果看，早餐店和包子铺问题较多，主要原因是蒸布未每日煮沸消毒，洗后堆放在潮湿角落。对14家抽检不合格的单位，县局已责令当场更换蒸布，并将在8月组织复查。
各单位要落实蒸布每日清洗、煮沸、晾干制度，发现破损、发霉的蒸布立即更换，县局将把蒸布管理纳入日常监督检查内容。
裕滔县市场监督管理局
2025年7月9日
""",
    ),
    dict(
        slug="news-zhangyan-rice-basket-caption-client",
        site="彰衍新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zyxww.cn/xiangzhen/2025-06/13/content_90512.html",
        title="吉涣镇竹编淘米篮卖进城区菜市场",
        record_title="吉涣镇竹编淘米篮卖进城区菜市场 ◆ 彰衍新闻网·乡镇频道",
        date="2025-06-13",
        notes="news portal: a client prompt glued before the lead's first words, a photo caption between paragraphs, "
        "an editor line glued after the last sentence; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8">
<title>吉涣镇竹编淘米篮卖进城区菜市场 ◆ 彰衍新闻网·乡镇频道</title>
<script>window.zyAdSlots=["top_banner","side_1"];</script>
</head>
<body>
<div class="zy-top">⟦m 彰衍新闻网⟧ <span>⟦m 彰衍市委宣传部主管 彰衍日报社主办⟧</span> <a>⟦a 读者登录 ∣ 开通账号⟧</a></div>
<div class="zy-nav">⟦m 要闻　时政　乡镇　民生　文旅　视频　图片⟧</div>
<div class="zy-ad" id="top_banner">⟦m 广告位招商 0736-8277500⟧</div>
<div class="zy-crumb">⟦m 彰衍新闻网 ＞ 乡镇频道 ＞ 吉涣⟧</div>
<h1 class="zy-title">{T}</h1>
<div class="zy-info">⟦m 发布时间：2025-06-13 08:30　来源：彰衍日报　作者：骆晴川⟧　<span>⟦a 🔊 收听本文⟧</span></div>
<div class="zy-article">
{BODY}
</div>
<div class="zy-share">⟦l 转发到：微信好友　朋友圈　微博⟧</div>
<div class="zy-side"><h3>⟦l 彰衍24小时点击⟧</h3><ol>
<li>⟦l 彰衍高铁站东广场6月20日起封闭施工⟧</li>
<li>⟦l 慧湃区新增3条社区巴士线路⟧</li>
<li>⟦l 本周末彰衍最高气温将达36℃⟧</li></ol></div>
<div class="zy-foot">⟦d 彰衍新闻网版权所有，未经书面授权禁止转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证 43120230017　违法和不良信息举报：0736-8277111⟧</div>
</body>
</html>
""",
        body="""
⟦a 下载彰衍新闻客户端，看更多乡镇新鲜事⟧本网讯（记者 骆晴川 通讯员 符雅）6月12日一早，吉涣镇竹编合作社的一车淘米篮运进了城区东门菜市场，不到半天就卖出了200多只。
吉涣镇有上百年的竹编传统。前些年，塑料淘米篮普及，镇上的竹编手艺人越来越少。去年，镇里牵头成立竹编合作社，请老篾匠带徒弟，专门编淘米篮、蒸笼垫等厨房用品。
⟦m 图为合作社社员在菜市场摊位前展示淘米篮。骆晴川 摄⟧
“竹篮沥水快，淘米时米粒不容易漏。”在摊位前，合作社社员蒋秀枝一边说一边给顾客示范。一只直径30厘米的淘米篮售价35元，比塑料篮贵，但不少老顾客专门赶来购买。
合作社负责人介绍，目前社员已有46人，今年已接到城区商超订单1.2万只，预计全年带动社员人均增收8000元以上。⟦m （责任编辑：柯一鸣　审核：杜若）⟧
""",
    ),
    dict(
        slug="news-zhaodian-scoop-check-no-title",
        site="兆淀融媒网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zdrongmei.cn/minsheng/xiaofei/202508/05/c48812.html",
        title="县市场监管局抽检冷饮店冰淇淋勺 5家门店被责令整改",
        record_title=None,
        date="2025-08-05",
        notes="no title in the record: the title line on the page; the time line under it is the page's date; a "
        "further-reading link between paragraphs; share row, 24-hour list and footer",
        page="""
!m 兆淀融媒网 | 看兆淀 知兆淀
!m 首页 > 民生 > 消费
{T}
!m 2025-08-05 16:12　兆淀融媒记者 闻知秋　阅读 2.1万
!a 听新闻 ▶　　字号 A+ A-
{BODY}
!l 分享至：朋友圈 ｜ 微博 ｜ 复制链接
!l 兆淀24小时热读
!l 兆淀县中考体育考试安排出炉
!l 南湖公园荷花进入盛放期
!d 兆淀融媒原创稿件，未经授权不得转载或改编。
!m 兆淀县融媒体中心主办　新闻热线：0736-6218000
""",
        body="""
8月4日，县市场监管局对城区23家冷饮店、奶茶店开展专项检查，重点检查冰淇淋勺等分装工具的清洗消毒情况。
检查发现，5家门店的冰淇淋勺泡在浑浊的静水杯中，有的一整天都不换水；2家门店用同一把勺子给顾客试吃后继续分装。执法人员当场对勺具进行了采样，并责令5家门店立即整改。
⟦l 延伸阅读：夏季冷饮消费五提醒⟧
“冰淇淋勺要放在流动水里，或者用后立即清洗消毒。”县市场监管局食品经营股负责人说，静水杯里的水温度高，细菌繁殖很快，是冷饮店容易忽视的卫生盲区。
据了解，县市场监管局将在8月底前对全县冷饮门店开展复查，市民发现问题可拨打12315投诉举报。
""",
    ),
    dict(
        slug="forum-maixiang-review-rolling-mat-jammer",
        site="麦香烘焙社区 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.maixiang-hb.com/thread-270415-1-1.html",
        title="用了一年的硅胶擀面垫，说说优缺点",
        record_title="〖一年使用报告〗用了一年的硅胶擀面垫，说说优缺点 - 厨具杂谈 - 麦香烘焙社区",
        date=None,
        notes="Discuz-like forum: poster panel, jammer-font junk in the post, rating row, signature, replies; the "
        "post time is relative (3 天前), so no date",
        page="""
<html>
<head><meta charset="gbk">
<title>〖一年使用报告〗用了一年的硅胶擀面垫，说说优缺点 - 厨具杂谈 - 麦香烘焙社区</title>
<style>.jammer{color:#FFFFFF;font-size:0px}</style>
<script src="static/js/common.js?Q8f"></script>
</head>
<body>
<div id="hd">⟦m 麦香烘焙社区⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即加入麦香⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 麦香烘焙社区 › 交流区 › 厨具杂谈 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 5284 ｜ 回复: 47⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 揉面的阿棠⟧</div><dl><dd>⟦m 帖子 318　精华 2　烘焙值 2661⟧</dd></dl><p>⟦m 麦香老会员⟧</p></td>
<td class="plc">
<h1 class="ts"><span id="thread_subject">⟦t 〖一年使用报告〗用了一年的硅胶擀面垫，说说优缺点⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前 ｜ 只看该作者 ｜ 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_882014">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分 参与人数 6　烘焙值 +18　理由：实在 很有用⟧</div>
<div class="sign">⟦l 面粉是我的快乐源泉，烤箱是我的第二个家⟧</div>
<div class="po">⟦a 回复 ｜ 支持(26) ｜ 反对 ｜ 收藏 ｜ 举报⟧</div>
</td></tr></table>
<div class="pl2"><div class="authi">⟦l 沙发　小满烘焙　发表于 2 天前⟧</div><div class="t_f">⟦l 同款垫子，刀痕那里确实难洗，点赞楼主⟧</div></div>
<div class="pl2"><div class="authi">⟦l 板凳　芝士不是士　发表于 昨天 22:13⟧</div><div class="t_f">⟦l 请问楼主是哪家的？有链接吗⟧</div></div>
<div id="f_pst">⟦a 登录后才能回帖，还不是会员？现在加入⟧</div>
<div id="ft">⟦m 麦香烘焙社区 ( 苏ICP备20087715号 )⟧　⟦m GMT+8, 2025-9-14 21:06⟧</div>
</body>
</html>
""",
        p_html="{}<br />\n<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里做面食多，去年买了一张60×40厘米的硅胶擀面垫，用了整整一年，跟大家说说感受。
优点一是不粘。擀饺子皮基本不用撒干粉，揉面时面团也不会粘在垫子上。优点二是有刻度，做披萨、擀面条可以照着尺寸来，对新手很友好。优点三是好收纳，卷起来塞进抽屉就行。
缺点也有。第一，不能直接在上面用刀切，我切过一次，垫子上留了道口子，后来那里老藏面粉。第二，刚买时有股橡胶味，用温水加小苏打泡了两次才散。第三，容易吸灰，用完要马上洗干净晾干。
总的来说，这垫子值得买，但一定要选写明食品级铂金硅胶、有检测报告的，几块钱的别贪便宜。
""",
    ),
    dict(
        slug="forum-yequ-post-roasting-fork-junk-text",
        site="野趣露营论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.yequ-camp.net/thread/88123",
        title="露营烧烤用的长柄烤叉，给大家提个醒",
        record_title="[营地随笔] 露营烧烤用的长柄烤叉，给大家提个醒（有图慎入）",
        date=None,
        notes="forum thread in text: anti-scraping junk as lines and glued after 。; replies with relative times; "
        "the post time is relative, so no date",
        page="""
!m 野趣露营论坛 › 装备交流区 › 烧烤炊具
!m 阅读 4419 ｜ 回帖 63
!t [营地随笔] 露营烧烤用的长柄烤叉，给大家提个醒（有图慎入）
!m 楼主 松针落满地 发表于 3 天前 ｜ 只看楼主
{BODY}
!a 点赞 32 ｜ 收藏 ｜ 举报本帖
!l 2# 山那边有海 · 2 天前
!l 我家也是，烤叉一定要有护套，血的教训
!l 3# 小熊出没 · 昨天 22:47
!l 求推荐带护套的款式，想给车里备一套
!a 登录后参与讨论，没有账号？马上注册野趣
!m 野趣露营论坛 Powered by Xiuno ©2025
""",
        junk=dict(lines=2, glued=2),
        body="""
上周末带娃去河边营地烧烤，差点出事，写出来给大家提个醒。
营地租的烤叉是不锈钢长柄的，两个叉尖又细又尖，没有护套。烤完肉，我随手把烤叉插在草地上，转身收拾东西，五岁的儿子跑过来就去拔，叉尖划过他的手背，划了一道口子。好在伤口不深，营地有碘伏和纱布，处理后没有大碍。
事后想想，问题出在三个地方：一是烤叉用完没有收回车里，二是叉尖没有套保护套，三是没有提前跟孩子讲清楚哪些东西不能碰。
现在我自己买了一套带护套、手柄能伸缩的烤叉，用完就套上放进收纳袋。带孩子露营的朋友，一定注意。
""",
    ),
]
