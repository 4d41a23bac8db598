"""holdout257, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moyantai-speech-powder-packaging-gb2312",
        site="墨砚台范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyantai.net/jianghua/lingdao/2024/0920/58817.html",
        title="在全县洗衣粉包装减量推进会上的讲话",
        record_title="【会议讲话·精编】在全县洗衣粉包装减量推进会上的讲话（可直接改用）_墨砚台范文网",
        date="2024-09-12",
        date_also=["2024-09-20"],
        notes="old table layout with a marquee, a font-size row, a floating ghost-writer QQ box, a hot list and a visitor "
        "counter; date under the speech title and a speaker line (neutral); the page's 发布时间 differs; a "
        "ghost-writer WeChat id glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【会议讲话·精编】在全县洗衣粉包装减量推进会上的讲话（可直接改用）_墨砚台范文网</title>
<link href="/css/myt.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float.js"></script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/myt_logo.gif" alt=""></td>
<td>⟦m 墨砚台范文网 · 一方墨砚　万篇好文⟧</td>
<td align="right"><a href="#">⟦a 设为主页⟧</a>　<a href="#">⟦a 收进收藏夹⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td>
<marquee scrollamount="3">⟦m 墨砚台范文网开站十二周年，每天更新讲话、总结、方案一百余篇，欢迎会员投稿⟧</marquee>
</td></tr></table>
<table width="960" align="center" class="menu"><tr>
<td>⟦m 首页 | 领导讲话 | 工作总结 | 计划方案 | 心得体会 | 述职述廉 | 公文格式⟧</td>
</tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在位置：墨砚台范文网 &gt;&gt; 领导讲话 &gt;&gt; 会议讲话 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 发布时间：2024-09-20　供稿：砚边人　人气：1583℃⟧</div>
<div class="zihao">⟦a 字号调节：特大｜大｜中｜小　　护眼底色　　关闭本页⟧</div>
<div class="neirong">
<p align="center">（2024年9月12日）</p>
<p align="center">湝阳县人民政府副县长　邝明远</p>
{BODY}
</div>
<div class="xiazai"><a href="/down/58817.html">⟦a 点此下载Word原稿（登录会员可免费下载）⟧</a></div>
<div class="sxp">⟦l 上一篇：在全县日化企业安全生产约谈会上的讲话⟧<br>⟦l 下一篇：在塑料污染治理工作调度会上的表态发言⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="bt">⟦l 本周讲话热榜⟧</div>
<ul>
<li><a href="/j/1.html">⟦l 在全县城乡环境卫生整治大会上的讲话⟧</a></li>
<li><a href="/j/2.html">⟦l 分管副县长在商超限塑检查通报会上的讲话⟧</a></li>
<li><a href="/j/3.html">⟦l 在绿色包装推进现场会上的总结讲话（3篇）⟧</a></li>
</ul>
<div class="bt">⟦l 热门标签：限塑 包装 日化 环保⟧</div>
</td>
</tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 材料写不动？砚台写手在线，QQ：3308612745⟧</div>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 本站范文多为会员投稿，仅作写作参考，请勿原文照抄用于正式场合。⟧<br>
⟦m Copyright 2012-2024 墨砚台范文网 www.moyantai.net　冀ICP备13051277号⟧<br>
⟦m 今日到访 2107 人次，累计到访 8830164 人次⟧
</td></tr></table>
<script language="javascript">floatAd("qqfloat");</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全县洗衣粉包装减量推进会，主要是贯彻全市塑料污染治理工作会议精神，推动我县日化企业在洗衣粉包装上做“减法”。刚才，县发改局通报了上半年进展，两家企业作了交流发言，讲得很实在。下面，我讲三点意见。
一、认清形势，把包装减量当作企业自己的事来抓
我县有洗衣粉生产企业7家，去年产量4.6万吨，用掉塑料包装膜将近900吨。小规格包装多、回收难，群众有意见，市场也在倒逼，早改早主动。
二、突出重点，抓住大袋装、补充装和回收点三个环节
一要推广3公斤以上的大袋装，二要提高补充装的比例，三要在城区超市设置包装回收点，年底前覆盖率达到六成。
三、压实责任，确保年底前见到实效
各有关部门要按照分工，每月调度一次进展。⟦w 讲话稿原创代写请加微信 myt_xiezuo88⟧
同志们，包装减一克，环境好一分。希望大家拿出实招，把这件好事办好！
""",
    ),
    dict(
        slug="fanwen-jianyu-insight-bath-volunteer-title-line",
        site="笺语范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.jianyufw.com/xinde/zhiyuan/20837.html",
        title="参加社区助浴志愿服务的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; a writing-service line of its own between paragraphs; "
        "a member-copy prompt; no date anywhere (only a 收录 stamp)",
        page="""
!m 笺语范文网　｜　写心得，用笺语
!m 当前所在：首页 / 心得体会 / 志愿服务心得 / 正文
{T}
!m 收录于 3 天前　·　浏览 906 次　·　字数 412
!a 全文复制需开通笺语会员　｜　开通后可一键导出PDF
{BODY}
!a 觉得有用？点个赞，收藏到我的笺夹
!l 看过这篇的人还读了
!l ▸ 社区为老服务志愿者个人心得（精选）
!l ▸ 参加敬老院慰问活动有感
!l ▸ 大学生暑期社区实践心得800字
!d 笺语范文网所载文章系用户分享，观点不代表本站，如涉权益问题请发邮件至 jianyu_kefu@126.com 处理。
!m © 2025 笺语范文网 jianyufw.com　浙ICP备20113846号-1
""",
        indent="\u3000\u3000",
        body="""
今年夏天，我报名参加了澂园社区组织的“助浴暖心”志愿服务队，每周六上午到独居老人家中帮忙洗澡。三个月下来，我对“为老服务”四个字有了新的理解。
第一次上门，我带了一条新买的搓澡巾，想着帮老人好好搓一搓。结果刚搓两下，八十二岁的周奶奶就喊疼。带队的护士告诉我，老人皮肤薄，不能用粗糙的搓澡巾使劲搓，要换成软毛巾轻轻擦。这件事让我明白，帮人不能只凭一片热心，更要懂得方法。
⟦w 志愿服务心得、活动总结可找笺语写手定制，微信 jy_xiezuo2025⟧
后来，服务队请社区卫生站的医生给我们上了一课，讲清楚水温、时长、防滑和皮肤护理的要求。我把要点抄在小本子上，每次出门前都看一遍。
三个月里，我一共上门十一次。老人们从一开始的拘谨，到后来拉着我的手聊家常，这份信任是最好的回报。我会继续坚持下去，也希望更多年轻人加入进来。
""",
    ),
    dict(
        slug="wenku-dieye-plan-soap-dish-marker-paragraphs",
        site="叠页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wenku.dieye365.cn/view/8c1f03a7e2b4.html",
        title="湲塘宾馆客房香皂盒更换实施方案",
        record_title="湲塘宾馆客房香皂盒更换实施方案.doc",
        date="2024-04-08",
        notes="文库 reader: viewer toolbar, page-marker paragraphs cutting sentences, a coin paywall, upload notice; "
        "file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>湲塘宾馆客房香皂盒更换实施方案.doc - 叠页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.dieye365.cn/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="sy-head">
<a class="logo" href="/">⟦m 叠页文库⟧</a>
<nav>⟦m 首页　行业资料　办公文档　教育专区　企业管理⟧</nav>
<div class="user"><a href="/login">⟦a 登录⟧</a>　<a href="/reg">⟦a 注册领5金币⟧</a></div>
</header>
<div class="crumbs">⟦m 叠页文库 › 企业管理 › 酒店管理 › 客房管理⟧</div>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-info">⟦m 上传者：禾下听风　｜　上传于 2025-02-14　｜　3 页　｜　大小 26KB⟧</div>
<div class="toolbar">⟦a 适合宽度　放大　缩小　全屏阅读　纠错反馈⟧</div>
<div class="doc-page">
{BODY}
</div>
<div class="paywall">⟦a 免费预览已结束，剩余 1 页需 3 金币解锁⟧ <button>⟦a 金币解锁⟧</button> <button>⟦a 开通月卡畅读⟧</button></div>
<p class="declare">⟦d 本文档由用户上传分享，叠页文库仅提供存储与展示服务；如有侵权，请提交证明材料申请下架。⟧</p>
</main>
<aside class="rel">
<h3>⟦l 同类文档推荐⟧</h3>
<ul>
<li>⟦l 酒店客房卫生间设施更新改造方案⟧</li>
<li>⟦l 宾馆客房部日常巡检记录表（可打印）⟧</li>
<li>⟦l 客房易耗品采购与领用管理办法⟧</li>
</ul>
</aside>
<footer>⟦m 叠页文库 dieye365.cn　　粤ICP备19088260号　　违规举报 400-612-0917⟧</footer>
<script>SYReader.init({docId:"8c1f03a7e2b4",pages:3});</script>
</body>
</html>
""",
        p_html='<p class="ln">{}</p>',
        pages=dict(fmt="⧢ {n} ⧢", every=115, start=2),
        body="""
为改善住客体验，减少卫生间台面积水滋生细菌，经宾馆经理办公会研究，决定对全部客房的香皂盒进行更换。现制定实施方案如下。
一、更换范围
宾馆主楼和副楼共有客房126间，全部更换为带沥水孔的壁挂式香皂盒，公共卫生间同步更换14个。
二、时间安排
4月15日至4月30日分楼层实施，每天更换不超过12间，尽量安排在退房以后进行，不影响正常接待。
三、责任分工
客房部负责统计数量和安装验收，工程部负责打孔固定，采购部负责询价和到货检验。安装完成后，由客房部逐间拍照存档。
四、有关要求
旧香皂盒统一收回，完好的转赠湲塘乡敬老院，破损的按可回收物处理。施工时要铺设防护垫，避免划伤台面和墙砖。
湲塘宾馆经理办公室
2024年4月8日
""",
    ),
    dict(
        slug="wenku-qingjian-survey-powder-wrapped-glued-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.qingjianwk.com/p-3390718264.html",
        title="关于城区家庭洗衣粉使用情况的调研报告",
        record_title="关于城区家庭洗衣粉使用情况的调研报告 - 青简文库",
        date="2024-11-05",
        notes="文库 text hard-wrapped at 56 columns, page markers glued to the continuation line; 成文日期 in Chinese "
        "numerals; an upload stamp is no date",
        page="""
!m 青简文库 - 海量文档在线阅读
!m 首页 > 调研报告 > 社会调查
{T}
!m 贡献者：澄湖一苇　上传时间：2025-01-03　页数：3　浏览：417
!a 下载本文（2下载券）　加入文件夹　举报
{BODY}
!a 阅读已到页尾，下载完整版可去除水印并保留原排版
!l 相关文档：居民日化用品消费习惯调查问卷　｜　洗涤用品市场专项检查报告
!d 免责声明：青简文库所有文档均由网友上传，本站不对内容的真实性负责。
!m 青简文库　qingjianwk.com　京ICP备21033095号
""",
        indent="\u3000\u3000",
        wrap=56,
        pages=dict(fmt="⸛{n}⸛", every=130, start=2, glue=True),
        body="""
为了解城区居民洗衣粉使用情况，漹湖区消费者协会于今年九月至十月开展了专题调研，共发放问卷620份，收回有效问卷584份，走访超市9家。现将调研情况报告如下。
一、基本情况
受访家庭中，仍在使用洗衣粉的占41.3%，主要用于手洗衣物和清洗拖把；使用洗衣液的占52.7%；两者都不用的占6%。六十岁以上受访者使用洗衣粉的比例明显较高。
二、存在的问题
一是过量投放较为普遍，近一半受访者凭感觉倒粉，不看包装上的用量说明；二是不少家庭把洗衣粉放在卫生间潮湿处，结块后直接丢弃；三是超市散装洗衣粉标签不全，有的没有标注生产日期。
三、几点建议
建议生产企业在包装上印制醒目的量勺刻度，超市规范散装产品标签，社区通过宣传栏讲解正确用法和储存方法。
漹湖区消费者协会
二〇二四年十一月五日
""",
    ),
    dict(
        slug="gov-haochuan-notice-slipper-spotcheck-index-table",
        site="淏川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.haochuan.gov.cn/xxgk/gsgg/202406/t20240605_1183302.html",
        title="淏川县市场监督管理局关于开展儿童拖鞋产品质量监督抽查的通知",
        record_title="淏川县市场监督管理局关于开展儿童拖鞋产品质量监督抽查的通知_通知公示_淏川县人民政府",
        date="2024-06-03",
        date_also=["2024-06-05"],
        notes="county portal: elder/screen-reader links, 索引号 table (the 文号 cell unmarked: neutral), a 纠错 line next "
        "to the notice's own 联系人/电话/邮箱, 附件 list beside an attachment download link; 成文日期 differs from 发布日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>淏川县市场监督管理局关于开展儿童拖鞋产品质量监督抽查的通知_通知公示_淏川县人民政府</title>
<link rel="stylesheet" href="/static/css/hc-gov.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="gov-top">
<span>⟦a 长辈版　｜　读屏专用　｜　繁體⟧</span>
<span class="r"><a>⟦a 注册⟧</a> <a>⟦a 登录⟧</a></span>
</div>
<div class="gov-banner"><img src="/static/img/hc_banner.png" alt=""><b>⟦m 淏川县人民政府⟧</b> <i>⟦m 山水淏川　宜居宜业⟧</i></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进淏川⟧</li><li>⟦m 信息公开专栏⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="gov-pos">⟦m 当前位置：首页 » 信息公开专栏 » 公示公告⟧</div>
<table class="meta-table">
<tr><td>⟦m 索引号：11431129MB1D47702C/2024-00416⟧</td><td>⟦m 分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发文机关：淏川县市场监督管理局⟧</td><td>⟦m 成文日期：2024年06月03日⟧</td></tr>
<tr><td>文号：淏市监通〔2024〕31号</td><td>⟦m 发布日期：2024年06月05日⟧</td></tr>
</table>
<div class="art">
<h2>{T}</h2>
<div class="art-bar">⟦a 【字号 大 中 小】　【打印正文】　【关闭】⟧　⟦m 浏览量：271⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="att">⟦l 附件下载：儿童拖鞋抽样单.docx　抽查企业名单.xlsx⟧</div>
<div class="share">⟦l 转发至：微信　微博　QQ空间⟧</div>
</div>
<div class="gov-foot">
<p>⟦m 主办单位：淏川县人民政府办公室　技术维护：淏川县大数据中心⟧</p>
<p>⟦m 网站纠错电话：0739-6620110（工作日）⟧</p>
<p>⟦m 网站标识码4305280007　湘ICP备05011827号　湘公网安备43052802000163号⟧</p>
</div>
<script src="/static/js/hc-gov-stat.js"></script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇市场监管所，各有关生产经营单位：
为加强儿童用品质量安全监管，根据年度抽查计划，我局决定于6月至7月在全县开展儿童拖鞋产品质量监督抽查。现将有关事项通知如下：
一、抽查范围。全县生产、销售儿童拖鞋的企业、商场、超市和网店，重点是滗田镇拖鞋加工集中区。
二、抽查项目。主要检验鞋底防滑性能、邻苯二甲酸酯含量和标识标注等项目，计划抽取样品40批次。
三、工作要求。被抽查单位应当配合抽样，不得拒绝；抽查结果将在县政府门户网站公布，不合格产品依法处理。
联系人：岑晓蕙，电话：0739-6627315，邮箱：hcscjg_cc@163.com
附件：1. 儿童拖鞋抽样单
2. 抽查企业名单
淏川县市场监督管理局
2024年6月3日
""",
    ),
    dict(
        slug="gov-jieyang-bulletin-tooth-mug-wrapped-64",
        site="湝阳县人民政府 (invented), text rendering of the page",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.jieyangxian.gov.cn/bmwj/jyj/202411/t20241111_66092.html",
        title="湝阳县教育局关于全县寄宿制学校学生生活用品配备检查情况的通报",
        record_title="湝阳县教育局关于全县寄宿制学校学生生活用品配备检查情况的通报-教育局文件-湝阳县人民政府网",
        date="2024-11-08",
        date_also=["2024-11-11"],
        notes="a portal page saved as text, body hard-wrapped at 64 columns; 文号 line neutral; 抄送 and 印发 lines in "
        "the body; 成文日期 and the page's posting date differ",
        page="""
!m 湝阳县人民政府网
!a 无障碍　|　关怀版　|　English
!m 首页　政务公开　部门文件　政务服务　互动交流
!m 您现在的位置是：首页 > 部门文件 > 县教育局
{T}
!m 发布：2024-11-11 16:20　来源：县教育局　点击：338
湝教通〔2024〕19号
{BODY}
!a 【打印此页】　【收藏】　【关闭】
!l 上一条：湝阳县教育局关于做好冬季校园防火工作的通知
!l 下一条：关于公布2024年县级优秀班主任名单的通知
!m 湝阳县人民政府办公室主办　湝阳县数据资源局承办
!m 联系我们：0738-5512369　网站地图　隐私声明
!m 湘ICP备06013472号　政府网站标识码4313240011
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
各乡镇中心学校，县直各学校：
10月下旬，县教育局组织对全县23所寄宿制学校学生宿舍生活用品配备情况进行了专项检查，重点检查牙缸、牙刷、毛巾、脸盆等用品的配备和摆放。现将检查情况通报如下。
一、总体情况
大部分学校做到了一人一缸、标识清楚、定点摆放。漤溪镇中心学校为每名住校生配备贴有姓名的不锈钢牙缸，宿舍内务整洁，予以通报表扬。
二、存在问题
部分学校仍有学生共用牙缸的现象；有的宿舍把牙缸与洗衣用品混放在一起；个别学校牙缸破损后没有及时补发。
三、整改要求
各校要在11月30日前完成自查整改，缺少的牙缸由学校统一补齐，整改情况报县教育局安全股。
湝阳县教育局
2024年11月8日
抄送：县人民政府办公室，县卫生健康局。
湝阳县教育局办公室　　2024年11月8日印发
""",
    ),
    dict(
        slug="news-hcxww-news-bath-mitt-workshop-caption",
        site="淏川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hcxww.cn/xczx/2024-03/18/content_207741.html",
        title="滗田镇“搓澡巾作坊”让留守妇女家门口增收",
        record_title="滗田镇“搓澡巾作坊”让留守妇女家门口增收-乡村振兴-淏川新闻网",
        date="2024-03-18",
        notes="county news portal: an app prompt glued before the lead, a photo caption on a line of its own between "
        "paragraphs, an editor/reviewer line glued after the last paragraph; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>滗田镇“搓澡巾作坊”让留守妇女家门口增收-乡村振兴-淏川新闻网</title>
<script>window.hcAds=window.hcAds||[];</script>
</head>
<body>
<div class="topbar">⟦m 淏川新闻网　淏川县融媒体中心主办⟧　<a>⟦a 登录⟧</a>　<a>⟦a 爆料⟧</a></div>
<nav class="chan">⟦m 首页 · 时政 · 乡镇 · 乡村振兴 · 民生 · 视频 · 专题⟧</nav>
<div class="ad-slot">⟦m 广告　淏川农商银行 · 惠农快贷 当天到账⟧</div>
<div class="loc">⟦m 淏川新闻网 > 乡村振兴 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-03-18 08:47　　来源：淏川县融媒体中心　　记者：蒯立新　通讯员：虞向东⟧</div>
<div class="listen"><a>⟦a 听新闻⟧</a></div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享到：朋友圈 微信好友 QQ 微博⟧</div>
</article>
<aside>
<h4>⟦l 乡镇快讯⟧</h4>
<ul>
<li>⟦l 湲塘乡茶园春管忙⟧</li>
<li>⟦l 滗田镇开展春季道路交通安全大检查⟧</li>
<li>⟦l 淏川：就业服务站开进村里⟧</li>
</ul>
<h4>⟦l 24小时热读⟧</h4>
<ol>
<li>⟦l 县城东环路3月20日起分段封闭施工⟧</li>
<li>⟦l 今年首批中小学教师招聘公告发布⟧</li>
</ol>
</aside>
<footer>
<p>⟦m 淏川新闻网版权所有，未经书面授权禁止转载、摘编⟧</p>
<p>⟦m 新闻热线：0739-6631800　互联网新闻信息服务许可证43120200017⟧</p>
</footer>
<script src="/js/hc-count.js"></script>
</body>
</html>
""",
        body="""
⟦a 下载淏川头条客户端，家乡新闻早知道⟧本网讯　走进滗田镇涘家湾村的搓澡巾加工点，十几台缝纫机嗒嗒作响，二十多名妇女正在裁布、缝边、打包。这个由村集体领办的小作坊，去年以来已发出搓澡巾三十多万条。
“在家门口就能上班，接送孩子、照顾老人两不误。”村民涂秀兰一边缝边一边说，她每月能拿到2600元左右。
⟦m 图为涘家湾村搓澡巾加工点内，村民正在缝制产品。（通讯员 虞向东 摄）⟧
据村党支部书记卜文涛介绍，作坊采用“集体领办+订单生产”模式，布料由外地洗浴用品企业提供，村里负责加工，今年预计带动村集体增收12万元。
下一步，滗田镇将引导作坊注册自有品牌、开设网店，把小小的搓澡巾做成富民产业。⟦m （责编：晏秋　终审：鲍继宗）⟧
""",
    ),
    dict(
        slug="news-lichengnews-news-hotel-slippers-record",
        site="浰城新闻网 (invented), text rendering",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lichengnews.cn/shizheng/20240822/218403.shtml",
        title="浰城市城区酒店一次性拖鞋回收再生试点启动",
        record_date="2024-08-22",
        date="2024-08-22",
        notes="record gives title and date; a news page as text: channel line, byline, font-size row, a related link "
        "glued after a sentence, comment count and footer",
        page="""
!m 浰城新闻网　浰城日报社主管主办
!m 首页 | 时政 | 经济 | 社会 | 区县 | 图片 | 评论
{T}
!m 2024-08-22 10:15　来源：浰城日报　作者：郦思源　编辑：苟佳
!a 字体：大 中 小　　｜　　打印　　｜　　纠错
{BODY}
!m （本文首发于《浰城日报》8月22日第2版）
!l 已有 37 人参与评论　　查看评论
!l 相关新闻
!l · 漹湖区再生资源回收网点新增46个
!l · 我市推进宾馆酒店一次性用品减量
!d 凡注明“来源：浰城日报”的稿件，版权均属浰城日报社，转载请注明出处。
!m 浰城新闻网　新闻热线：0736-8823000　浙ICP备09077216号
""",
        indent="\u3000\u3000",
        body="""
8月21日，浰城市城区酒店一次性拖鞋回收再生试点在漹湖区启动，首批12家酒店参与。
按照试点方案，住客用过的一次性拖鞋由酒店集中收集，经清洗、粉碎后，由再生资源企业加工成塑料颗粒，用于制作垃圾桶、花盆等产品。⟦l 延伸阅读：我市一次性用品减量倡议发布⟧
市商务局有关负责人介绍，城区酒店每天产生废弃一次性拖鞋约1.8万双，过去大多混入生活垃圾焚烧。试点运行后，预计每月可回收约8吨。
参与试点的澂园大酒店客房部经理说，酒店还在客房放置了提示卡，住客需要拖鞋可联系前台领取，不再每间默认配放。
据悉，试点为期半年，结束后将总结经验，在全市逐步推广。
""",
    ),
    dict(
        slug="forum-zhuomu-post-soap-dish-jammer-html",
        site="拙木手工坊 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.zhuomu-diy.com/thread-40917-1-1.html",
        title="用边角料做了个沥水香皂盒，分享一下做法",
        record_title="[手作晒单] 用边角料做了个沥水香皂盒，分享一下做法 - 小木作 - 拙木手工坊",
        date=None,
        notes="Discuz-like forum post with jammer-font junk, a rating row, a poster's signature and replies; "
        "'发表于 3 天前' is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[手作晒单] 用边角料做了个沥水香皂盒，分享一下做法 - 小木作 - 拙木手工坊</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 拙木手工坊 — 木头会说话⟧　<a>⟦a 登录⟧</a> <a>⟦a 快速注册⟧</a></div>
<div id="pt">⟦m 拙木手工坊 › 木作交流 › 小木作 › 查看帖子⟧</div>
<div class="hm">⟦m 查看：1288 ｜ 回复：23⟧</div>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 松烟刨花⟧</div><div>⟦m 木工学徒　积分 673⟧</div></td>
<td class="plc">
<h1 id="thread_subject">⟦t [手作晒单] 用边角料做了个沥水香皂盒，分享一下做法⟧</h1>
<div class="authi">⟦m 发表于 3 天前　只看楼主　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 4　木币 +12　收起理由：手艺不错，赞！⟧</div>
<div class="sign">⟦m 签名：慢慢做，木头不会骗人。⟧</div>
<div class="po">⟦a 回复　引用　支持(9)　反对(0)　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　青杠木：木蜡油用哪个牌子的？⟧</div>
<div class="reply">⟦l 板凳　刨子不快：收藏了，周末试试⟧</div>
<div id="f_pst">⟦a 登录以后才能参与回复，没有账号？点此注册⟧</div>
<div id="ft">⟦m 拙木手工坊 bbs.zhuomu-diy.com　陕ICP备18006139号⟧　⟦m 页面执行 0.047 秒⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
前阵子装修剩下几块樟子松边角料，扔了可惜，就琢磨着给卫生间做个香皂盒。
材料很简单：一块长12厘米、宽9厘米、厚2厘米的松木板，四根竹签，一点木蜡油。
做法是先在木板上画出五条斜槽，用雕刻刀挖深约5毫米，槽底往一侧倾斜，这样水能顺着流出去。然后在四角钻孔插竹签当支脚，让盒底离开台面。最后整体打磨，刷三遍木蜡油防水。
用了一个多月，香皂底下不再泡成烂泥，台面也干爽了。唯一的缺点是木头遇水会有点发黑，大家可以选更耐水的柚木。
有兴趣的坛友可以试试，有问题楼下问我。
""",
    ),
    dict(
        slug="forum-jujia-post-bath-mitt-junk-text",
        site="居家好物研究所 (invented forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.jujiahaowu.net/t/77302",
        title="用了五年搓澡巾，说说怎么挑才不伤皮肤",
        record_title="【好物经验】用了五年搓澡巾，说说怎么挑才不伤皮肤（字多慎点） - 洗护专区 - 居家好物研究所",
        date=None,
        notes="forum thread as text with anti-scraping junk lines and junk glued after sentences; replies below; "
        "'昨天 22:41' is no date",
        page="""
!m 居家好物研究所 · 会过日子的人都在这
!m 版块导航 » 洗护专区 » 帖子详情
!t 【好物经验】用了五年搓澡巾，说说怎么挑才不伤皮肤（字多慎点）
!m 楼主：澡堂常客老邵　　昨天 22:41 发布　　浏览 3570　回复 41
!a 只看楼主　　收藏本帖　　复制链接
{BODY}
!m 本帖最后由 澡堂常客老邵 于 昨天 23:05 修改
!l 2# 小满不满：丝瓜络那条太对了，我刷脚后跟也用它
!l 3# 阿蒙：求推荐手套式的，老人用
!a 回帖需先绑定手机号　　去绑定
!m 居家好物研究所 jujiahaowu.net　沪ICP备17042286号-3
""",
        junk=dict(lines=2, glued=2),
        body="""
先说结论：搓澡巾不是越糙越好。
我家用过的搓澡巾有三种：粘胶纤维的、纯棉的和丝瓜络的。粘胶纤维的最常见，手感滑，泥搓得多，但用力大了皮肤容易发红。纯棉的软一些，适合皮肤干的人。丝瓜络最硬，我只拿它刷脚后跟。
挑的时候注意三点：一是看手感，用手背来回蹭几下，有刺痛感的别买；二是看缝线，边缘毛糙的用不了几次就开线；三是看大小，手套式的比长条式的好使劲。
用完一定要冲干净挂起来晾干，别团成一团扔在盆里。我一般两个月换一条。
有皮肤病的朋友和家里的老人，最好先问问医生再用。以上纯属个人经验，欢迎补充。
""",
    ),
]
