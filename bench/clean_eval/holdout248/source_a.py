"""holdout248, part A: 范文 sites, 文库 previews, sharing pages, writing apps, download stations.

Written by hand for this part only; every place, person, firm, site, URL, phone and id is
invented. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-wenhuige-speech-douli-class-gb2312",
        site="文荟阁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wenhuige8.com/jh/kaiban/2024/0416/15528.html",
        title="在箢山县斗笠编织技艺传承培训班开班仪式上的讲话",
        record_title="在箢山县斗笠编织技艺传承培训班开班仪式上的讲话（讲话稿·可直接套用）_文荟阁范文网",
        date="2024-04-09",
        date_also=["2024-04-16"],
        notes="old table layout with marquee, font row, visitor counter, floating QQ box and hot list; "
        "date under the speech title (neutral), the site's update date differs; speaker line neutral; "
        "a ghost-writer prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在箢山县斗笠编织技艺传承培训班开班仪式上的讲话（讲话稿·可直接套用）_文荟阁范文网</title>
<meta name="keywords" content="斗笠,培训班,开班讲话">
<link href="/skin/css/wh.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/skin/js/wh_common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300" class="logo">⟦m 文荟阁范文网⟧</td><td class="slogan">⟦m 笔下有章法 · 开口有分寸⟧</td><td align="right"><a href="javascript:addfav()">⟦a 把文荟阁放进收藏夹⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
<tr><td>⟦m <a href="/">网站首页</a> | <a href="/jh/">讲话致辞</a> | <a href="/zj/">工作总结</a> | <a href="/xd/">心得体会</a> | <a href="/fa/">活动方案</a> | <a href="/zcc/">主持串词</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 文荟阁每日上新讲话致辞二十篇，老用户请记住新网址 www.wenhuige8.com⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="dh">⟦m 您当前所在：<a href="/">文荟阁</a> &gt;&gt; <a href="/jh/">讲话致辞</a> &gt;&gt; <a href="/jh/kaiban/">开班讲话</a>⟧</td></tr></table>
<table width="100%" class="art">
<tr><td align="center" class="title"><b>{T}</b></td></tr>
<tr><td align="center" class="info">⟦m 更新时间：2024-04-16　文章来源：网友投稿　点击数：1872⟧</td></tr>
<tr><td align="center">⟦a 【阅读字号：特大 较大 常规】【护眼底色：豆绿 米黄 素白】⟧</td></tr>
<tr><td class="content">
<p align="center">（2024年4月9日）</p>
<p align="center">县人力资源和社会保障局副局长　龚晓岚</p>
{BODY}
</td></tr>
<tr><td align="center"><a href="javascript:window.print()">⟦a 〖打印这篇讲话〗⟧</a>　<a href="javascript:window.close()">⟦a 〖关掉本窗口〗⟧</a></td></tr>
<tr><td>⟦l 上一篇：在全县家政服务技能大赛上的致辞⟧</td></tr>
<tr><td>⟦l 下一篇：农民工返乡创业培训班结业讲话⟧</td></tr>
</table>
</td>
<td width="250" valign="top" class="side">
<table width="100%"><tr><td class="st">⟦l 本栏点击排行⟧</td></tr>
<tr><td>⟦l ·在竹编产业发展座谈会上的发言⟧</td></tr>
<tr><td>⟦l ·非遗传承人收徒仪式主持词⟧</td></tr>
<tr><td>⟦l ·技能培训班结业典礼讲话（三篇）⟧</td></tr>
</table>
</td>
</tr>
</table>
<div id="floatqq" style="position:absolute;right:5px;top:200px;">⟦w 材料赶不完？老周代笔 QQ：2870061453⟧</div>
<table width="960" align="center" class="foot">
<tr><td align="center">⟦d 本站讲话稿仅供写作参考，转载请保留出处，侵权内容请来函删除⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2024 文荟阁范文网 All Rights Reserved　湘ICP备09061873号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0386721 位访客⟧</td></tr>
</table>
<script language="javascript">var hits=1872;document.getElementById("floatqq").style.top="200px";</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们、学员们：
今天，箢山县斗笠编织技艺传承培训班正式开班了。首先，我代表县人社局，向参加培训的42名学员表示欢迎，向专程赶来授课的三位老艺人表示感谢！
箢山斗笠用本地水竹劈篾，中间夹一层笋壳，再刷两遍桐油，晴天遮阳，雨天挡雨，过去家家户户都离不开。这些年会编整顶斗笠的师傅越来越少，县里把斗笠编织列入县级非遗名录，就是要让这门手艺有人学、有人传。⟦w 写讲话稿不求人，代笔加Q：2870061453⟧
这期培训班为期二十天，安排劈篾、编顶、夹叶、上油四个单元。学员结业考核合格的，由县人社局颁发专项职业能力证书。希望大家多动手、多请教，把师傅的绝活学到手。
最后，预祝培训班圆满成功！
""",
    ),
    dict(
        slug="fanwen-gaopu-insight-mask-workshop",
        site="稿铺范文站 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gaopu365.cn/xinde/laodong/20931.html",
        title="参加口罩生产车间跟班劳动的心得体会",
        record_title="【跟班劳动心得】参加口罩生产车间跟班劳动的心得体会（稍作修改即可上交）",
        date=None,
        notes="decorated record title; relative upload time is no date; a fold prompt on a line of its own "
        "between paragraphs; copy/Word buttons, related list, disclaimer",
        page="""
!m 稿铺范文站　|　写不出来？先来稿铺看看
!m 所在栏目：首页 » 心得体会 » 劳动实践类
!t 【跟班劳动心得】参加口罩生产车间跟班劳动的心得体会（稍作修改即可上交）
!m 上架：3 天前　人气：1.6千　字数：约600
!a 〔全选本文复制〕〔转存为Word文档〕〔字体调大一号〕
{T}
{BODY}
!a 稿铺会员可一键导出无水印版本，开通仅需9.9元
!l 相近范文推荐
!l ▪ 机关干部下车间劳动锻炼心得
!l ▪ 跟班学习一周的收获与体会
!l ▪ 质量月活动个人感想两篇
!d 稿铺范文站所载文章仅供学习借鉴，请勿整篇照抄上交，由此产生的后果自负。
!m 稿铺范文站 gaopu365.cn　蜀ICP备20017736号-3
""",
        indent="\u3000\u3000",
        body="""
上个月，按照公司“管理人员下一线”的安排，我到口罩生产车间跟班劳动了一周。时间不长，却让我对一只口罩的来之不易有了切身体会。
一是体会到标准就是生命线。一只医用外科口罩要经过熔喷布分切、三层复合、耳带焊接、鼻梁条压合等十多道工序，任何一道出偏差，过滤效率就可能不达标。班长告诉我，每个班次要抽检三次，一次不合格整批返工。
⟦a 本段以下内容已收起，轻点“继续看”展开⟧
二是体会到一线工人的辛苦。车间里要穿连体服、戴帽子，一站就是八小时，耳带机的声音一直响个不停。可大家没有一句怨言，一位老师傅还主动教我看焊点牢不牢。
三是体会到管理要往下沉。回到科室后，我把跟班时记下的九条问题整理出来，其中耳带焊接机换模时间过长一条，已经和设备科商量出了改进办法。
这次跟班劳动是一堂生动的实践课。今后我要常到车间走一走，多听听工人的意见。
""",
    ),
    dict(
        slug="wenku-zhilan-research-bamboo-basket-markers",
        site="知澜文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhilanwk.com/doc/5f2c81a7d04e.html",
        title="关于筼溪县竹篓编织产业发展情况的调研报告",
        record_title="关于筼溪县竹篓编织产业发展情况的调研报告 - 知澜文库",
        date="2024-09-20",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⸞ n ⸟' cutting sentences, a data table one row "
        "a paragraph, paywall box; upload stamp is no date, the 成文日期 under the signature is",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于筼溪县竹篓编织产业发展情况的调研报告 - 知澜文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.zhilanwk.com/reader/v3/reader.css">
<script>window.__DOC__={id:"5f2c81a7d04e",pages:6,preview:3};</script>
</head>
<body>
<header class="zl-header">
<a class="zl-logo" href="/">⟦m 知澜文库⟧</a>
<nav class="zl-nav">⟦m <a href="/cat/baogao">报告总结</a> <a href="/cat/gongwen">公文范本</a> <a href="/cat/jiaoan">教案课件</a> <a href="/cat/zhidu">规章制度</a>⟧</nav>
<form class="zl-search"><input type="text" placeholder="搜一搜你要的文档"><button>⟦a 搜文档⟧</button></form>
<a class="zl-vip" href="/vip">⟦a 知澜会员 · 全站文档随心下⟧</a>
</header>
<div class="zl-crumb">⟦m 知澜文库 / 报告总结 / 调研报告⟧</div>
<main class="zl-main">
<div class="zl-docinfo">
<h1>{T}</h1>
<p class="zl-meta">⟦m 贡献者：澜友_7731　上传于 2024-10-03　共6页　约3200字　4.8分⟧</p>
<div class="zl-toolbar">⟦a 放大　缩小　适合页宽　全屏阅读⟧</div>
</div>
<div class="zl-reader">
{BODY}
</div>
<div class="zl-paywall">
<p>⟦a 试读页已读完，余下3页开通知澜月卡继续⟧</p>
<p><a class="btn">⟦a 单篇购买 ￥4.80⟧</a> <a class="btn">⟦a 开通月卡 ￥19⟧</a></p>
</div>
<section class="zl-related"><h3>⟦l 读过这篇的人也在读⟧</h3>
<ul><li>⟦l 竹编产业发展规划（2024-2028）⟧</li><li>⟦l 关于农村传统手工艺现状的调查报告⟧</li><li>⟦l 合作社带动农户增收情况汇报⟧</li></ul></section>
</main>
<footer class="zl-footer">
<p>⟦d 知澜文库为文档存储与分享平台，所有文档由用户上传，如有侵权请提交权属证明⟧</p>
<p>⟦m © 2024 知澜文库 zhilanwk.com　浙ICP备21044318号-2⟧</p>
</footer>
<script src="https://static.zhilanwk.com/reader/v3/reader.min.js"></script>
</body>
</html>
""",
        p_html='<p class="zl-p">{}</p>',
        pages=dict(fmt="⸞ {n} ⸟", every=130, start=2),
        body="""
筼溪县是传统竹编之乡，竹篓编织已有三百多年历史。为摸清产业现状，县政协经济委员会于今年8月组织调研组，走访了箔口、舄山两个镇的11家编织户和3家合作社。现将有关情况报告如下。
一、基本情况
全县从事竹篓编织的农户约640户，年产各类竹篓38万只，产值约900万元。主要产品如下：
品类　年产量　单价
茶篓　12万只　18元
背篓　9万只　35元
渔篓　17万只　22元
二、存在问题
一是编织人员老龄化，60岁以上的占七成；二是产品以初级篓为主，缺少设计；三是销售依赖上门收购商，议价能力弱。
三、几点建议
建议设立竹编技能培训点，引导合作社与茶企、民宿签订订单，并在县电商中心开设竹篓专柜。
县政协经济委员会调研组
2024年9月20日
""",
    ),
    dict(
        slug="wenku-juanshu-plan-rubber-boots-pdf-wrapped",
        site="卷舒文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://juanshuwk.cn/p/20240521/8830516.html",
        title="箸岭县林区护林员劳保胶鞋配发工作方案",
        record_title="箸岭县林区护林员劳保胶鞋配发工作方案.pdf",
        date="2024-05-13",
        notes="file-name record title; hard-wrapped at 60 columns; page markers '⟈n⟉' glued to the start of the "
        "continuation line; 成文日期 in Chinese numerals",
        page="""
!m 卷舒文库 · 好文档随手翻
!t 箸岭县林区护林员劳保胶鞋配发工作方案.pdf
!m 共4页 | 112KB | PDF | 收录于 2 周前 | 浏览 418
!a 转存到我的卷舒书架　　申请下载原文件
{BODY}
!a 本篇试读到这里，后面2页要付费解锁
!a 单篇￥3.5　　卷舒年卡随便读
!d 文档由作者本人上传至卷舒文库，若有版权纠纷，请把证明材料发到 quanshu@juanshuwk.cn
!l 同类文档：护林员巡山管理制度.doc　　林区防火责任书.docx　　生态护林员考核细则.pdf
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⟈{n}⟉", every=90, start=2, glue=True),
        body="""
各林业站、国有林场：
为保障护林员雨季巡山安全，县林业局决定为全县护林员统一配发劳保胶鞋，现制定方案如下。
一、配发对象。全县在岗生态护林员、专职护林员共386人，以今年4月底的花名册为准。
二、配发标准。每人配发高帮防滑胶鞋2双，鞋底须为加厚耐磨橡胶，鞋帮高度不低于25厘米。
三、时间安排。5月底前完成采购，6月10日前由各林业站发放到人，护林员本人签字领取。
四、工作要求。各林业站要建立领用台账，胶鞋只限巡山使用，不得转借、变卖；穿着中发现质量问题的，要及时反馈县林业局。
箸岭县林业局
二〇二四年五月十三日
""",
    ),
    dict(
        slug="docshare-shiye-pledge-bedsheets-no-title",
        site="拾页文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.shiyedoc.com/view/a81c4e2907.html",
        title="关于全县旅馆业落实床单“一客一换”的倡议书",
        record_title=None,
        date="2024-06-18",
        notes="no title in the record nor in <title>; the h1 holds it; upload notice, coin lock, service WeChat, "
        "ratings; a sentence telling guests to 扫码 is content",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>拾页文档 - 文档在线阅读</title>
<script>var SY_CONF={doc:"a81c4e2907",coin:5};</script>
<style>.sy-head{display:flex}.sy-lock{background:#fff7e6}</style>
</head>
<body>
<div class="sy-head">
<a href="/" class="sy-logo">⟦m 拾页文档⟧</a>
<span class="sy-slogan">⟦m 一页一页，拾起好资料⟧</span>
<a href="/upload">⟦a 传文档领拾页币⟧</a>
<a href="/login">⟦a 登录｜免费注册⟧</a>
</div>
<div class="sy-body">
<aside class="sy-left"><h4>⟦l 本文档所在专辑⟧</h4><p>⟦l 旅馆民宿管理资料合集（37篇）⟧</p></aside>
<article class="sy-doc">
<h1 class="sy-title">{T}</h1>
<div class="sy-info">⟦m 分享人：缊川小吴　｜　阅读 2,318　｜　评分 ★★★★☆ 4.3⟧</div>
<div class="sy-upload">⟦d 本文档为网友个人分享，拾页文档只提供存储空间，内容是否准确请自行判断⟧</div>
<div class="sy-content">
{BODY}
</div>
<div class="sy-lock">⟦a 全文共3页，解锁下载需要5个拾页币⟧ <button>⟦a 立刻解锁⟧</button></div>
<div class="sy-rate">⟦l 这篇文档对你有帮助吗？ 有用 没用⟧</div>
</article>
<aside class="sy-right"><h4>⟦l 相关文档⟧</h4>
<ul><li>⟦l 宾馆客房布草管理制度⟧</li><li>⟦l 民宿卫生自查表（可打印）⟧</li></ul>
<p class="sy-kf">⟦w 资料定制找拾页客服，微信 shiye_kf07⟧</p></aside>
</div>
<footer>⟦m 拾页文档 shiyedoc.com　苏ICP备22051964号⟧</footer>
</body>
</html>
""",
        body="""
全县旅馆业经营者：
床单干不干净，旅客最在意。近期县市场监管局抽查发现，仍有个别小旅馆、民宿存在客人退房后床单不更换、只铺平不清洗的情况，既损害旅客健康，也影响缊川旅游的形象。为此，县旅馆业协会向全行业发出如下倡议：
一、严格执行一客一换，客人退房后床单、被套、枕套全部更换，连住客人至少三天一换。
二、换下的床单统一送有资质的洗涤厂，做好交接登记，不在客房卫生间手洗晾晒。
三、在前台公示换洗记录，欢迎旅客扫码查看当日布草更换情况。
让每一位旅客睡得安心，是我们共同的责任。
缊川县旅馆业协会
2024年6月18日
""",
    ),
    dict(
        slug="docshare-wenti-host-script-douli-festival-docx",
        site="文屉分享网 (invented)",
        style="文档分享",
        genre="主持词",
        kind="other",
        form="text",
        source="https://wenti.share-doc.cn/f/7Hq2Lm",
        title="幞阳镇首届斗笠文化节开幕式主持词",
        record_title="幞阳镇首届斗笠文化节开幕式主持词.docx",
        date=None,
        notes="file-name record title; upload stamp 昨天 is no date; a sharer's disclaimer on a line of its own "
        "between paragraphs; a like prompt glued after the last sentence",
        page="""
!m 文屉分享网　—　把好文档放进抽屉
!m 文件：幞阳镇首届斗笠文化节开幕式主持词.docx（18.6KB）
!m 分享者：笠乡阿秀　上传于 昨天 21:40　下载 63 次
!a 在线预览　|　保存到我的文屉　|　举报此文件
{BODY}
!a 下载原文件需先关注分享者
!l 阿秀还分享了：非遗展演活动流程.docx　乡村文化节安全预案.doc
!d 文屉分享网不对用户分享的文件做实质审查，使用前请核对内容
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位来宾，父老乡亲们：
大家上午好！金秋时节，笠香满镇。今天，我们相聚在幞阳镇文化广场，隆重举行首届斗笠文化节开幕式。
出席今天开幕式的有县文化和旅游局、县非遗保护中心的领导，还有来自周边乡镇的编笠艺人和远道而来的游客朋友。让我们以热烈的掌声表示欢迎！
⟦d 以上内容由分享者自行整理，文屉不保证其时效⟧
下面进行第一项：请镇党委书记致辞。
下面进行第二项：请老艺人代表上台，为大家展示“一根篾编到底”的斗笠起顶手艺。
下面进行第三项：请领导和嘉宾一同为斗笠文化节启幕。
开幕式到此结束，请大家移步文化长廊，参观斗笠编织展。⟦a 觉得有用就点个赞吧⟧
""",
    ),
    dict(
        slug="fanwenapp-miaobi-report-mask-qc-h5",
        site="妙笔速成App (invented, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.miaobisucheng.com/share/article?aid=330712&from=wx",
        title="医用口罩车间质检组组长2024年度述职报告",
        record_title="【质检岗述职】医用口罩车间质检组组长2024年度述职报告丨妙笔速成",
        date="2025-01-06",
        notes="writing app H5 share: open-app banner and mask, an AI-rewrite button glued after a sentence, a fold "
        "line between paragraphs; 成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>【质检岗述职】医用口罩车间质检组组长2024年度述职报告丨妙笔速成</title>
<script src="https://cdn.miaobisucheng.com/h5/openapp.2.1.js"></script>
</head>
<body class="h5">
<div class="open-bar">⟦m 妙笔速成⟧ ⟦m 5分钟出稿的写作助手⟧ <a class="open-btn">⟦a 打开App看全文⟧</a></div>
<div class="art">
<h1 class="art-title">{T}</h1>
<div class="art-meta">⟦m 范文库 · 述职报告　　2.1万人看过⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-mask"><p>⟦a 剩余段落已隐藏，前往妙笔速成App继续阅读⟧</p><a class="mask-btn">⟦a App内打开⟧</a></div>
<div class="art-tools">⟦a 复制文字　生成同类范文　收入草稿箱⟧</div>
<div class="art-rec"><h3>⟦l 写这个的人还在写⟧</h3>
<p>⟦l 车间主任年度述职（生产类）⟧</p><p>⟦l 质量管理岗个人工作总结⟧</p></div>
</div>
<div class="h5-foot">⟦m 妙笔速成 版权所有　闽ICP备23008815号-1⟧</div>
<script>openApp.init({scheme:"miaobi://article/330712"});</script>
</body>
</html>
""",
        body="""
尊敬的各位领导、同事们：
2024年，我担任医用口罩车间质检组组长，带领6名质检员负责原料进厂、过程巡检和成品放行三道关口。现将一年来的履职情况报告如下。
一是守住放行关。全年检验成品口罩1860批次，细菌过滤效率、通气阻力等指标合格率99.6%，没有一批不合格品流出车间。⟦a ✦AI帮你改写这一段⟧
二是改进巡检方法。针对客户反映的耳带脱落问题，增加了每两小时一次的拉力抽检，全年相关投诉由14起降到2起。
⟦a 后面还有40%，点开继续⟧
三是带好质检队伍。组织岗位练兵8次，两名新质检员已能独立上岗。
不足之处是数据分析还停留在手工台账上，明年我将推动质检数据录入系统。
述职人：丁雅芸
2025年1月6日
""",
    ),
    dict(
        slug="fanwenapp-gongwenxiazi-summary-baskets-oneline",
        site="公文匣子App (invented, text share)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.gwxiazi.com/s/7731925",
        title="襻田村竹篓编织专业合作社2024年工作总结",
        record_title="襻田村竹篓编织专业合作社2024年工作总结（合作社版·拿来就能改）- 公文匣子",
        date="2024-12-26",
        notes="the whole body on one line, paragraphs separated only by their indent; app chrome around it; "
        "成文日期 under the signature",
        page="""
!m 公文匣子 · 装满好材料
!a 在公文匣子App中打开，查看排版原文
!m 来自匣子号「乡村笔记」　收藏 1320
{T}
{BODY}
!a 复制全文前请先登录匣子账号
!l 相似材料：合作社年度工作总结3篇｜村集体经济发展情况汇报｜手工艺合作社章程范本
!m © 公文匣子 m.gwxiazi.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
2024年，合作社在村党支部带领下，坚持“以篓带户、以户带村”，全年收购社员竹篓5.2万只，销售收入136万元，社员户均增收4100元。
一是稳住订单。与县内两家茶企签订茶篓长期供货合同，全年供货2.3万只；新开发的小号果篓进入县城三家超市。
二是抓好培训。请老篾匠开设夜校课12期，培训社员87人次，新学会编花篓的有19人。
三是规范管理。建立收购质量分级表，按一、二、三等定价，账目每季度在村务公开栏公示。
明年，合作社将注册“襻田竹篓”商标，试着在网上开店。
襻田村竹篓编织专业合作社
2024年12月26日
""",
    ),
    dict(
        slug="download-houtu-rules-rubber-boots-gb2312",
        site="厚土资料下载站 (invented, old gb2312 file-info layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.houtu.cc/soft/zhidu/1187.html",
        title="蓥城矿业集团劳保胶鞋发放管理办法",
        record_title="蓥城矿业集团劳保胶鞋发放管理办法【DOC格式·带条款】_厚土资料下载",
        date=None,
        notes="old table layout: file-info table with an update stamp (no date), three download links, an unzip "
        "password, a dead-link report, a floating ad; rules with 第N条 and an effective clause only",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>蓥城矿业集团劳保胶鞋发放管理办法【DOC格式·带条款】_厚土资料下载</title>
<link rel="stylesheet" href="/css/down.css">
<script type="text/javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="980" align="center" cellspacing="0" cellpadding="0">
<tr><td class="logo">⟦m 厚土资料下载站⟧</td><td class="top-r">⟦m 安全资料 · 制度表格 · 应急预案 天天更新⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m <a href="/">首页</a> ┊ <a href="/soft/zhidu/">规章制度</a> ┊ <a href="/soft/biaoge/">安全表格</a> ┊ <a href="/soft/yuan/">应急预案</a> ┊ <a href="/soft/peixun/">培训课件</a>⟧</td></tr>
<tr><td colspan="2" class="pos">⟦m 当前位置：厚土资料下载站 → 规章制度 → 劳动保护⟧</td></tr>
</table>
<table width="980" align="center" class="info">
<tr><td colspan="4" class="softname">{T}</td></tr>
<tr><td>⟦m 资料大小：24 KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 授权方式：免费⟧</td><td>⟦m 更新时间：2024-03-02 08:11⟧</td></tr>
<tr><td>⟦m 资料等级：★★★⟧</td><td>⟦m 下载人气：1406⟧</td><td colspan="2">⟦m 解压密码：www.houtu.cc⟧</td></tr>
</table>
<table width="980" align="center" class="intro">
<tr><td class="tt">⟦m 资料简介⟧</td></tr>
<tr><td class="txt">
{BODY}
</td></tr>
</table>
<table width="980" align="center" class="down">
<tr><td class="tt">⟦a 下载地址⟧</td></tr>
<tr><td>⟦a 电信线路下载　联通线路下载　厚土本地高速下载⟧</td></tr>
<tr><td>⟦a 地址打不开？点这里告诉站长⟧</td></tr>
</table>
<table width="980" align="center" class="rel">
<tr><td class="tt">⟦l 同类资料⟧</td></tr>
<tr><td>⟦l 井下作业人员劳动防护用品配备标准.doc⟧</td></tr>
<tr><td>⟦l 劳保用品领用登记表.xls⟧</td></tr>
</table>
<div id="ad_float">⟦w 安全资料代编、体系文件代做，电话 0752-3317706⟧</div>
<table width="980" align="center" class="foot"><tr><td>⟦d 本站资料均来自网络收集，只供学习研究，请下载后24小时内删除⟧<br>⟦m 厚土资料下载站 Copyright 2012-2024　赣ICP备12008852号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条 为规范井下及露天作业人员劳保胶鞋的发放和使用，保护职工足部安全，制定本办法。
第二条 本办法适用于集团所属各矿井、选矿厂的在岗职工和劳务派遣人员。
第三条 井下作业人员每六个月发放绝缘防砸胶鞋一双，露天作业人员每八个月发放防滑胶鞋一双。
第四条 新入职人员由所在单位凭劳动合同到供应站领取，领取时须在发放台账上签字。
第五条 胶鞋出现开胶、鞋底磨穿等影响安全的情况，可凭旧鞋以旧换新，不受发放周期限制。
第六条 严禁将劳保胶鞋转卖、转借；发现的，扣回当期劳保费用。
第七条 本办法由集团安全环保部负责解释。
第八条 本办法自印发之日起施行。
""",
    ),
    dict(
        slug="download-fanbencang-contract-bedsheet-laundry-wps",
        site="范本仓下载站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbencang.net/down/hetong/5207.html",
        title="宾馆床单布草洗涤服务合同（范本）",
        record_title="宾馆床单布草洗涤服务合同（范本）.wps",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and "
        "＿＿年＿＿月＿＿日; file-info lines and download buttons around it; no date",
        page="""
!m 范本仓下载站 — 合同范本一站齐
!m 位置：首页 > 合同范本 > 服务合同
{T}
!m 文件大小：26KB　文件格式：WPS　下载次数：2319　适用：WPS / Office
!a 【本地下载】　【备用线路】　【加入下载篮】
{BODY}
!d 温馨提醒：范本条款仅供参考，签约前请结合实际并咨询专业人士
!l 推荐下载：酒店客房用品采购合同.doc　保洁服务外包合同.docx　洗衣房管理制度.wps
!m 范本仓下载站 fanbencang.net　客服邮箱 kefu@fanbencang.net
""",
        body="""
甲方（委托方）：××宾馆
乙方（洗涤方）：××洗涤服务有限公司
第一条 乙方负责甲方客房床单、被套、枕套的收取、洗涤、熨烫和送回，每日收送一次。
第二条 洗涤单价：床单每条＿＿元，被套每条＿＿元，枕套每只＿＿元，每月结算一次。
第三条 乙方交回的床单应洁白平整、无污渍、无破损；因洗涤造成损坏的，按原价的＿＿％赔偿。
第四条 双方交接时应当面清点数量，在交接单上签字，交接单一式两份。
第五条 本合同有效期一年，自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
]
