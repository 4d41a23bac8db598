"""Blind part holdout307, file A: 范文 sites, 文库 readers, government portals, news portals
and forums. Every page, place, person, site, URL and number here is invented; see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-mohe-speech-puff-industry-gb2312",
        site="墨禾范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mohefw-demo.cn/jianghua/chanye/2025/0509/31187.html",
        title="在毵川县化妆工具产业高质量发展推进会上的讲话",
        record_title="【产业讲话】在毵川县化妆工具产业高质量发展推进会上的讲话（修订精编）_墨禾范文网",
        date="2025-04-22",
        date_also=["2025-05-09"],
        notes="old table layout with a marquee, a font-size row, a floating ghost-writer QQ box and a visitor counter; "
        "speaker and date lines under the title are neutral; a ghost-writer prompt glued after a 。; the site's update date differs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【产业讲话】在毵川县化妆工具产业高质量发展推进会上的讲话（修订精编）_墨禾范文网</title>
<meta name="keywords" content="粉扑,化妆工具,讲话稿,产业发展">
<link href="/skin/mohe.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="top"><font color="#336699">⟦m 墨禾范文网——替您把材料写扎实⟧</font>　⟦a <a href="#">设墨禾为主页</a> | <a href="#">把墨禾加入收藏</a>⟧</td></tr>
<tr><td class="menu">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得感悟</a> | <a href="/diaoyan/">调研文稿</a>⟧</td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨禾快讯：产业发展类讲话新上架二百余篇，会员可整篇选用⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您的位置：墨禾范文网 &gt;&gt; 讲话致辞 &gt;&gt; 产业发展讲话⟧</td></tr></table>
<h2 align="center">{T}</h2>
<table width="100%"><tr><td align="center" class="info">⟦m 来源：会员投稿　整理：墨禾小编　更新：2025-05-09　人气：1317⟧</td></tr>
<tr><td align="center">⟦a 【调字号：特大 较大 常规】⟧ ⟦a 【护眼底色 米黄 豆绿】⟧</td></tr></table>
<p align="center">县委副书记、县长　郁晴川</p>
<p align="center">（2025年4月22日）</p>
{BODY}
<table width="100%"><tr><td class="prenext">⟦l 上篇：在全县竹木日用品企业座谈会上的发言⟧<br>⟦l 下篇：化妆品原料园区招商推介会致辞⟧</td></tr></table>
</td>
<td width="250" valign="top" class="right">
<table width="100%"><tr><td class="bt">⟦l 本类热门⟧</td></tr>
<tr><td>⟦l 县长在轻工产业链链长制会议上的讲话⟧</td></tr>
<tr><td>⟦l 美妆小镇建设现场会主持词⟧</td></tr>
<tr><td>⟦l 产业工人技能竞赛开幕式致辞⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 材料急用？墨禾QQ 2740 1185 当天出稿⟧</div>
<table width="960" align="center"><tr><td class="foot">⟦d 本站稿件多为会员投稿，只作写作参考，请勿原文照搬上报。⟧<br>⟦m 墨禾范文网 www.mohefw-demo.cn　湘ICP备18063421号⟧<br>⟦m 您是本站第 0528714 位来客⟧</td></tr></table>
<script>window.onscroll=function(){document.getElementById('qqfloat').style.top=(document.documentElement.scrollTop+200)+'px';};</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开全县化妆工具产业高质量发展推进会，主要是分析产业形势，研究部署粉扑等化妆工具产业提质升级工作。刚才，毪田镇和三家企业作了交流发言，讲得都很实在。⟦w 写材料卡壳了？墨禾代笔，加微信 mohe_bi88⟧
毵川做粉扑已经有三十多年历史。去年全县粉扑年产量达到4.6亿片，从业人员1.1万人，产品销往二十多个国家和地区。但我们也要看到，全县粉扑企业大多是家庭作坊，贴牌多、品牌少，海绵和植绒原料大部分靠外地供应，利润被压得很薄。
下一步，重点抓好三件事。一是抓标准，县市场监管局要牵头制定粉扑团体标准，把材质、清洗提示、微生物指标写进去；二是抓品牌，每年评选十个“毵川好扑”，在电商平台统一推介；三是抓园区，加快毪田化妆工具产业园二期建设，年底前让二十家作坊搬进标准厂房。
同志们，一片小小的粉扑，连着上万户群众的饭碗。希望大家拿出干劲，把这个小产业做成大文章！
""",
    ),
    dict(
        slug="fanwen-jianyan-insight-washing-stick-title-line",
        site="简砚范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jianyanfw-demo.cn/xinde/yanxue/20251106/5520.html",
        title="参加“老物件里的劳动课”搓衣棒制作研学活动心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line holds it; a members-only line of its own between body paragraphs; "
        "the 收录 line is a relative time (no date)",
        page="""
!m 简砚范文网 — 心得有范，下笔不难
!m 位置：首页 › 心得感悟 › 研学实践
{T}
!m 投稿：竹影　阅读：2046　收录：2天前
!a 〔一键复制〕〔存为Word〕〔放进素材夹〕
{BODY}
!a 余下内容已折叠，开通简砚会员即可整篇复制
!l 同类心得：
!l 劳动教育实践周心得体会（学生版）
!l 非遗进校园活动感悟三则
!d 简砚范文网所载文章由会员整理，仅供借鉴，不作他用。
!m 简砚范文网 jianyanfw-demo.cn 浙ICP备21047718号
""",
        indent="\u3000\u3000",
        body="""
十月下旬，学校组织我们到氄阳县梲园民俗工坊参加“老物件里的劳动课”研学活动，我们组的任务是亲手做一根搓衣棒。
工坊的钟师傅先给我们看了一根用了四十年的枣木搓衣棒，棒身上的横槽已经磨得发亮。他说，过去没有洗衣机，衣领袖口全靠这几道槽搓干净。
⟦a 以下段落为简砚会员内容，登录后接着读⟧
轮到我们动手，才知道一根棒子并不简单。锯料要顺着木纹，刨面要一遍遍试手感，刻槽时刀口稍一偏，槽就深浅不一。我刻坏了两块料，第三根才算成形。
这次活动让我明白，劳动不只是出力气，更要有耐心和方法。今后在家里，我也要主动承担洗衣、整理等家务，把在工坊学到的这份认真用到学习中去。
""",
    ),
    dict(
        slug="wenku-junye-research-quilt-clips-html-markers",
        site="筠页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.junyewk-demo.com/doc/77120593.html",
        title="关于榠城市罥湖区高层住宅阳台晾晒物品坠落隐患的调研报告",
        record_title="关于榠城市罥湖区高层住宅阳台晾晒物品坠落隐患的调研报告（完整版）- 筠页文库",
        date="2025-04-28",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⫥ n ⫤' between the halves of cut paragraphs, a paywall "
        "after the text; upload date is no date, the 成文日期 under the signature is",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于榠城市罥湖区高层住宅阳台晾晒物品坠落隐患的调研报告（完整版）- 筠页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/static/reader.min.js"></script>
</head><body>
<header class="bar"><a class="logo" href="/">⟦m 筠页文库⟧</a><input placeholder="搜文档、搜范文"><a href="/vip">⟦a 开通筠页会员 下载不限量⟧</a> <a href="/login">⟦a 登录⟧</a></header>
<nav class="crumb">⟦m 筠页文库 › 行业资料 › 城市管理 › 调研报告⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：罥湖小陈　|　上传于 2025-05-06　|　共 4 页　|　1.3 千次阅读⟧</p>
<div class="toolbar">⟦a 适合宽度　放大　缩小　全屏阅读⟧　⟦a 下载（12筠币）⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 免费预览到此为止，剩余1页需付费后阅读⟧</p><p>⟦a ￥6.80 购买本篇　或　开通会员免费看⟧</p></div>
<aside class="rel"><h4>⟦l 读了这篇的人也在读⟧</h4><ul><li>⟦l 高空抛物专项整治工作方案.docx⟧</li><li>⟦l 老旧小区外立面安全排查报告.pdf⟧</li></ul></aside>
<footer>⟦d 筠页文库内容均由用户上传，平台不审核文档的准确性，如有侵权请提交申诉。⟧　⟦m 粤ICP备22081734号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⫥ {n} ⫤", every=140, start=2),
        body="""
今年3月至4月，区住建局会同区应急管理局，对罥湖区建成15年以上的高层住宅小区阳台晾晒情况开展了专题调研，共走访小区23个，入户查看412户。现将有关情况报告如下。
一、基本情况
调研发现，67%的住户在阳台外侧晾晒被褥，其中八成使用塑料晒被夹固定。抽查的1236只晒被夹中，弹簧锈蚀或夹口开裂的有318只，占25.7%。近两年，全区共接到晒被夹、衣架坠落报警41起，砸坏车辆12辆，所幸未造成人员伤亡。
二、主要问题
一是住户安全意识不强，不少人认为“一个夹子掉不出事”；二是老旧塑料夹子长期日晒，老化脆裂；三是部分小区物业巡查只看楼道，不看外立面。
三、几点建议
建议由街道牵头开展“晾晒安全月”活动，引导住户更换金属防风夹，物业公司每月对外立面晾晒情况巡查一次，对屡劝不改的住户纳入文明户评议。
榠城市罥湖区住房和城乡建设局
2025年4月28日
""",
    ),
    dict(
        slug="wenku-shuhan-plan-knitting-class-wrapped-glued-markers",
        site="书瀚文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shuhanwk-demo.net/p-5530817.html",
        title="纑水县老年大学棒针编织班2025年秋季教学实施方案",
        record_title="纑水县老年大学棒针编织班2025年秋季教学实施方案.docx",
        date="2025-08-26",
        notes="file-name record title; text copied out of a preview, hard-wrapped at 62 columns with '⸆n⸇' glued to the start of the "
        "continuation line; numbered list; upload date is no date",
        page="""
!m 书瀚文库 › 教育培训 › 老年教育
!t 纑水县老年大学棒针编织班2025年秋季教学实施方案.docx
!m 页数 3　|　大小 21.6KB　|　浏览 583　|　上传于 2025-09-02
!a ⇩ 下载本文档（5下载券）　☆ 收藏　⚑ 举报
{BODY}
!a 〔试读至此〕后续2页需下载券解锁，会员每天可免费下3篇
!l 你可能还喜欢：社区老年书法班教学计划.docx ｜ 老年大学学员安全须知.pdf
!d 书瀚文库的文档均由网友上传，本站只提供存储与展示，侵权请联系处理。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⸆{n}⸇", every=95, start=2, glue=True),
        body="""
为丰富老年学员的文化生活，传承手工编织技艺，结合我校教学安排，制定本方案。
一、教学安排
本学期棒针编织班招收学员40名，分为初级、提高两个班，每周二、周四上午各上课一次，每次90分钟，共16周。
二、教学内容
1.毛线针的选用：认识3.0毫米至6.0毫米各号毛线针，学会按毛线粗细配针；
2.基础针法：起针、下针、上针、收针；
3.作品练习：初级班织围巾一条，提高班织开衫一件。
三、安全要求
毛线针两端较尖，学员上下课须将针插入针套，不得随手放在座椅上；教室内不准用毛线针挑拨电源插座。
四、成果展示
学期末举办编织作品展，优秀作品赠送社区福利院。
纑水县老年大学教务处
2025年8月26日
""",
    ),
    dict(
        slug="gov-mingcheng-samr-puff-spotcheck-index-table",
        site="榠城市人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.mingcheng-demo.gov.cn/zwgk/scjg/tzgg/202505/t20250514_88213.html",
        title="榠城市市场监督管理局关于2025年第一批化妆工具（粉扑）产品质量监督抽查结果的通告",
        record_title="榠城市市场监督管理局关于2025年第一批化妆工具（粉扑）产品质量监督抽查结果的通告_通知公告_榠城市人民政府",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="municipal portal: 关怀版/无障碍 links, an 索引号 table whose 文号 cell is neutral, a data table of unqualified products, "
        "the bureau's own 联系人/电话 next to the portal's 纠错 and 12345 lines; 成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>榠城市市场监督管理局关于2025年第一批化妆工具（粉扑）产品质量监督抽查结果的通告_通知公告_榠城市人民政府</title>
<meta name="ArticleTitle" content="榠城市市场监督管理局关于2025年第一批化妆工具（粉扑）产品质量监督抽查结果的通告">
<script src="/js/zwgk.js"></script>
</head><body>
<div class="topbar"><span>⟦m 榠城市人民政府　主办⟧</span><a href="/gh/">⟦a 银龄关怀模式⟧</a> <a href="#" id="wza">⟦a 无障碍辅助浏览⟧</a> <a href="/en/">⟦a EN 英文频道⟧</a></div>
<div class="logo">⟦m 榠城市人民政府门户网站⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进榠城⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 市市场监管局 &gt; 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11430700MB1C27745F/2025-00318⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：榠城市市场监督管理局⟧</td><td>⟦m 发布日期：2025-05-14⟧</td></tr>
<tr><td>文号：榠市监通〔2025〕7号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="fontsize">⟦a 〖字号 大 中 小〗⟧ ⟦a 〖打印正文〗⟧ ⟦a 〖关掉此页〗⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享本页到：微信 微博 QQ空间⟧</div>
<div class="jiucuo">⟦m 网页内容纠错：0738-8260031⟧　⟦m 有事找政府请拨12345⟧</div>
</div>
<div class="footer"><p>⟦m 主办：榠城市人民政府办公室　承办：榠城市大数据中心⟧</p><p>⟦m 网站标识码4307000021　湘公网安备43070202000571号⟧</p></div>
</body></html>
""",
        body="""
按照年度监督抽查计划，我局组织对本市生产、销售的化妆工具（粉扑）产品质量进行了监督抽查，共抽查18家企业的40批次产品，检出不合格产品3批次。现将有关情况通告如下。
一、本次抽查项目为菌落总数、霉菌和酵母菌、可迁移荧光物质、标识标注等4项。
二、不合格产品情况如下：
企业名称　产品名称　不合格项目
毵川县毪田美妆工具厂　气垫粉扑　菌落总数
榠城市柔朵日化用品店　干湿两用粉扑　标识标注
毵川县绔口海绵制品有限公司　三角粉扑　可迁移荧光物质
三、对抽查不合格的生产者和销售者，我局已责令其停止销售并限期整改，依法立案查处。
联系人：葛书妍，联系电话：0738-8261705。
榠城市市场监督管理局
2025年5月12日
""",
    ),
    dict(
        slug="gov-fenxi-housing-notice-balcony-airing-banji",
        site="棼溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fenxi-demo.gov.cn/art/2025/5/6/art_1207_66310.html",
        title="关于开展高层住宅阳台晾晒安全专项整治的通知",
        date="2025-04-30",
        date_also=["2025-05-06"],
        notes="record title as is; 附件 list, 抄送 and 印发 lines in the body; the page's 发布时间 differs from the 成文日期; "
        "a scan-to-phone line and a read-aloud button in the chrome",
        page="""
!m 棼溪县人民政府网
!m 首页 > 政务公开 > 通知公告
!a 读给我听　|　繁體　|　扫码在手机上看本页
{T}
!m 发布时间：2025-05-06 09:30　来源：县住建局　浏览次数：1093
!a 【字号：放大 复原】
{BODY}
!a 【打印此文】　【关掉本窗】
!l 上一条：棼溪县2025年城镇老旧小区改造计划公示
!l 下一条：关于做好全县物业服务企业信用评价的通知
!m 棼溪县人民政府办公室主办　网站纠错：0739-2213061
!m 湘ICP备05009931号
""",
        body="""
各镇人民政府，县城各物业服务企业：
近期，我县城区接连发生晒被夹、晾衣架从高层住宅坠落的情况，存在较大安全隐患。为保障群众“头顶上的安全”，经研究，决定自2025年5月至7月在全县开展高层住宅阳台晾晒安全专项整治。现将有关事项通知如下。
一、各物业服务企业要对所管小区外立面晾晒情况进行一次全面排查，发现阳台外挂被褥未用防风夹固定的，要当日提醒住户整改。
二、各镇要指导社区做好宣传，把《阳台晾晒安全提示》张贴到每个单元门口。
三、请各单位于7月25日前将整治情况报县住建局物业管理股。
附件：1.阳台晾晒安全提示
2.专项整治情况统计表
棼溪县住房和城乡建设局
2025年4月30日
抄送：县应急管理局，县消防救援大队。
棼溪县住房和城乡建设局办公室　2025年4月30日印发
""",
    ),
    dict(
        slug="news-xunling-quilt-beater-supermarket-captions",
        site="桪岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xunlingnews-demo.cn/bdyw/202506/t20250618_40377.html",
        title="桪岭藤编“拍被子”走进省城商超",
        record_title="桪岭藤编“拍被子”走进省城商超_本地要闻_桪岭新闻网",
        date="2025-06-18",
        notes="county news portal: an app prompt glued before the lead, a photo caption on a line of its own between paragraphs, "
        "an editor/reviewer line glued after the last sentence; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>桪岭藤编“拍被子”走进省城商超_本地要闻_桪岭新闻网</title>
<script>var _czc=_czc||[];</script></head><body>
<div class="head"><span class="logo">⟦m 桪岭新闻网⟧</span><span class="slogan">⟦m 桪岭人自己的新闻门户⟧</span><a class="app">⟦a 下载“掌上桪岭”⟧</a></div>
<ul class="menu"><li>⟦m 本地要闻⟧</li><li>⟦m 乡镇传真⟧</li><li>⟦m 民生热线⟧</li><li>⟦m 视听桪岭⟧</li></ul>
<div class="loc">⟦m 桪岭新闻网 ＞ 本地要闻 ＞ 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-18 10:24　来源：桪岭新闻网　记者：闵小帆⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈　微博　复制链接⟧</div>
</div>
<div class="side"><h3>⟦l 24小时热读⟧</h3>
<p>⟦l 棼塘村白藤基地喜获丰收⟧</p><p>⟦l 县城新增两条公交线路⟧</p><p>⟦l 桪岭高山茶开采⟧</p></div>
<div class="foot">⟦d 凡注明“来源：桪岭新闻网”的作品，未经许可不得转载。⟧<br>⟦m 桪岭县融媒体中心版权所有　新闻热线：0739-6612345⟧</div>
</body></html>
""",
        body="""
⟦a 打开桪岭新闻客户端，听本地好声音⟧本网讯　近日，桪岭县棼塘村藤编合作社生产的第一批1200把藤编拍被子，摆上了省城三家连锁商超的货架。
这种拍被子用本地白藤编成，拍面呈三叶形，手柄缠着防滑麻绳。合作社负责人危秀英介绍，过去村里人拍被子用的都是自家编的藤拍，今年合作社请设计师改了造型，又给每把拍子配了挂绳，城里人也爱买。
⟦m 图为棼塘村藤编合作社社员在赶制拍被子。（记者　闵小帆　摄）⟧
目前，合作社有社员46人，其中留守妇女38人，每人每月能增收1500元左右。县商务局表示，下一步将帮助合作社对接电商平台，让这把小小的藤拍走得更远。⟦m （编辑：蒲一苇　审核：邝嘉树）⟧
""",
    ),
    dict(
        slug="news-mingcheng-evening-knitting-team-related-line",
        site="榠城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.mcwb-demo.com/shequ/2025-11/21/content_61842.htm",
        title="一年织出六百条围巾，这支“银发编织队”暖了山里娃",
        record_title="一年织出六百条围巾，这支“银发编织队”暖了山里娃 - 榠城晚报网",
        record_date="2025-11-21",
        date="2025-11-21",
        notes="evening paper's site: the record gives the date; a related-reading link on a line of its own between paragraphs",
        page="""
!m 榠城晚报网　首页 | 社区 | 民生 | 评论
!m 社区新闻
{T}
!m 2025-11-21 07:58　来源：榠城晚报　作者：孔令溪
!a 大字版　　小字版
{BODY}
!m 责编：韦蓁
!l 【社区新闻精选】
!l 梲园社区“余线箱”上线
!l 老小区加装电梯又有新进展
!d 本网所刊作品，未经榠城晚报书面授权不得转载、摘编。
""",
        body="""
本报讯（记者　孔令溪　通讯员　戚雪）11月20日上午，罥湖区梲园社区活动室里，二十多位老人手握毛线针，一边聊天一边赶织围巾。这是社区“银发编织队”今年织的最后一批，将寄往繇山县的三所山区小学。
编织队成立于2022年，队员平均年龄68岁。队长施菊芳说，队里有人用了几十年的竹毛线针，也有人刚学会起针，大家互相教，一年下来织了围巾、帽子六百多件。
⟦l 相关阅读：社区食堂开进老小区，老人吃饭不再愁⟧
毛线和毛线针大多是居民捐的。社区还在活动室门口放了一个“余线箱”，谁家有用不完的毛线都可以送来。“针不停，温暖就不断。”施菊芳笑着说。
""",
    ),
    dict(
        slug="forum-zhuangdian-puff-washing-jammer-html",
        site="妆点社区 (invented, Discuz-like makeup forum)",
        style="论坛",
        genre="经验帖",
        kind="other",
        form="html",
        source="https://bbs.zhuangdian-demo.com/thread-309218-1-1.html",
        title="用了三年粉扑才知道这样洗，附晾干的小窍门",
        record_title="[洗护心得] 用了三年粉扑才知道这样洗，附晾干的小窍门 - 底妆工具区 - 妆点社区",
        date=None,
        notes="Discuz-like thread: jammer-font junk glued after sentences and on a line of its own, a rating row, a signature, "
        "replies; 发表于 3 天前 is no date",
        page="""
<html><head><meta charset="utf-8"><title>[洗护心得] 用了三年粉扑才知道这样洗，附晾干的小窍门 - 底妆工具区 - 妆点社区</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="hd">⟦m 妆点社区⟧　<a>⟦a 快速登录⟧</a> <a>⟦a 注册成为妆友⟧</a></div>
<div id="pt">⟦m 妆点社区 › 护肤美妆 › 底妆工具区 › 帖子详情⟧</div>
<table id="post_1"><tr>
<td class="pls"><p>⟦m 桃子不吃桃⟧</p><p>⟦m 妆龄5年　帖子 312　积分 2670⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 查看 4521 | 回复 87⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 12　妆币 +36　收起理由：干货满满⟧</div>
<div class="sign">⟦m 签名：素颜也要自信，化妆只是锦上添花～⟧</div>
<div class="po">⟦a 回复　点赞 209　收藏 156　举报⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 沙发 · 小雨伞：收藏了，我的气垫粉扑一个月没洗😱⟧</p><p>⟦l 板凳 · 青梅煮酒：楼主说的按压法亲测好用⟧</p></div>
<div id="f_pst">⟦a 登录妆点社区后方可回帖，新人首帖送10妆币⟧</div>
<div id="ft">⟦m 妆点社区 ( 沪ICP备20015527号 )⟧　⟦m 页面执行 0.041 秒⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
先说结论：粉扑最好一周洗一次，气垫粉扑最好三天一洗。
我以前都是用洗面奶随便搓两下，结果粉扑越洗越硬，脸上还老冒闭口。后来问了做化妆师的朋友，才知道洗法不对。
第一步，先把粉扑在温水里泡两分钟，让里面的粉底软化。第二步，挤一点专用清洗剂，用手指按压，不要来回搓，搓多了海绵会起毛。第三步，换清水反复按压到水变清。
晾干也有讲究，别放在暖气片上烤，也别在太阳底下暴晒，用小夹子夹住一角挂在通风处就行。
粉扑毕竟几块钱一个，发黄发硬就直接换新的吧。
""",
    ),
    dict(
        slug="forum-nuanchao-quilt-beating-neighbour-junk",
        site="暖巢生活论坛 (invented)",
        style="论坛",
        genre="求助帖",
        kind="other",
        form="text",
        source="https://bbs.nuanchao-demo.net/t/556281",
        title="楼上天天早上六点拍被子，灰全落到我家阳台怎么办",
        record_title="[邻里求助] 楼上天天早上六点拍被子，灰全落到我家阳台怎么办 - 家居生活 - 暖巢生活论坛",
        date=None,
        notes="forum thread in plain text: junk lines and junk glued after 。, replies below; 发表于 昨天 is no date",
        page="""
!m 暖巢生活论坛 › 家居生活 › 邻里之间
!t [邻里求助] 楼上天天早上六点拍被子，灰全落到我家阳台怎么办
!m 楼主：七楼的小满　发表于 昨天 21:14　阅读 1877　回复 46
{BODY}
!a 支持(15)　反对(0)　回复　引用
!l 2# 暖巢老住户：物业管不了这个，找社区调解吧
!l 3# 清风徐来：买个除螨仪送她，比藤拍子安静多了
!l 4# 小满（楼主）：谢谢大家，我明天去社区问问
!a 游客请先登录，再发表回复
!m 暖巢生活论坛 © 2025　意见反馈：bbs@nuanchao-demo.net
""",
        junk=dict(lines=2, glued=3),
        body="""
各位坛友帮忙出个主意。
我家住7楼，楼上8楼的阿姨每天早上六点准时在阳台拍被子，拿一把藤拍子“啪啪”拍十几分钟。声音吵先不说，灰和棉絮全飘到我家阳台，晾的衣服都得重洗。
我上去敲过一次门，阿姨说她家老人有哮喘，被子不拍不行。我也理解，可总不能天天这样吧？
想问问大家：一是这种情况物业管不管？二是有没有那种拍了不掉灰的办法，我可以买一个送她，大家各退一步。
先谢谢了！
""",
    ),
]
