"""holdout206, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moqi-speech-soymilk-canteen-oldtable",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqifw.com/jianghua/jiaoyu/2025/0319/8812.html",
        title="在全县中小学食堂豆浆机安全使用培训会上的讲话",
        record_title="【讲稿优选】在全县中小学食堂豆浆机安全使用培训会上的讲话（换个单位名即用）_墨畦范文网",
        date="2025-03-06",
        date_also=["2025-03-19"],
        notes="old table layout with a marquee, a text-size/background row, a floating ghost-writer QQ box, a hot list and a visitor counter; date under the speech title, the site's 录入时间 also accepted; a ghost-writer WeChat glued after a sentence and a related link between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿优选】在全县中小学食堂豆浆机安全使用培训会上的讲话（换个单位名即用）_墨畦范文网</title>
<meta name="keywords" content="豆浆机,食堂,讲话稿">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.js"></script>
<script language="javascript">function setBg(c){document.getElementById('wz').style.background=c;}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220"><img src="/images/logo.gif" width="210" height="60"></td>
<td>⟦m 墨畦范文网 · 耕好一方字田⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 设墨畦为首页⟧</a> <a href="javascript:window.external.addFavorite('http://www.moqifw.com','墨畦范文网')">⟦a 把墨畦收进收藏夹⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
<tr><td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/zhidu/">⟦m 制度规章⟧</a></td><td><a href="/shuzhi/">⟦m 述职述廉⟧</a></td></tr>
</table>
<div class="gonggao"><marquee scrollamount="3">⟦m 墨畦范文网日更三百篇，今天已更新126篇，欢迎常来转转⟧</marquee></div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top" id="wz">
<div class="weizhi">⟦m 您的位置：<a href="/">墨畦范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; <a href="/jianghua/jiaoyu/">教育系统讲话</a>⟧</div>
<h2 align="center">{T}</h2>
<div class="shuxing">⟦m 录入时间：2025-03-19　来源：会员投稿　人气：1408⟧</div>
<div class="tools">⟦a 【字号调成：特大 大 中 小】⟧ ⟦a 【底色：<a href="javascript:setBg('#FAF3E0')">米黄</a> <a href="javascript:setBg('#E8F5E9')">豆绿</a> <a href="javascript:setBg('#FFFFFF')">纯白</a>】⟧</div>
<p align="center">（2025年3月6日）</p>
{BODY}
<div class="caozuo">⟦a 【另存Word稿】⟧ ⟦a 【送打印机】⟧ ⟦a 【关掉本窗】⟧</div>
<div class="sxp">⟦l 上一篇：校园食品安全宣传周启动仪式上的致辞⟧</div>
<div class="sxp">⟦l 下一篇：学校后勤管理人员培训班结业讲话⟧</div>
</td>
<td width="20"></td>
<td width="240" valign="top">
<div class="bt">⟦l 本栏点击排行⟧</div>
<ul>
<li><a href="/shuzhi/8701.html">⟦l 食堂管理员年度述职（三篇合辑）⟧</a></li>
<li><a href="/zhidu/8655.html">⟦l 学校食堂从业人员晨检制度⟧</a></li>
<li><a href="/jianghua/8690.html">⟦l 春季开学后勤工作会议讲话⟧</a></li>
</ul>
<div id="float_qq" style="position:fixed;right:10px;top:200px;">⟦w 材料代笔改稿 QQ：2807731946⟧</div>
</td></tr>
</table>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 墨畦所载文章大多来自网友投稿，若有版权异议请来函说明，核实后当即撤下。⟧<br>
⟦m Copyright 2012-2025 墨畦范文网 版权所有　粤ICP备13017746号⟧<br>
⟦m 您是本站第 3861207 位访客⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
今天把各校食堂负责人和操作员请来，专门讲一讲豆浆机的安全使用。去年秋季以来，全县已有四十一所学校在早餐中供应现磨豆浆，学生和家长反映很好。但个别学校也出现过机器空转烧坏电机、操作员被溢出的热浆烫伤等情况，必须引起重视。⟦w 写材料卡壳？加微信 moqi_daibi 帮你改⟧
下面我讲三点要求。
⟦l 相关推荐：食堂从业人员食品安全培训会讲话⟧
一是严格持证操作。商用豆浆机必须由培训合格的专人操作，其他人员一律不得开机。
二是落实“一机一档”。每台机器要建立使用和清洗记录，滤网、刀片每天拆洗，密封圈每月检查，发现漏电、异响立即停用报修。
三是守住出浆关口。豆浆必须煮透后再出锅，出锅温度不低于九十摄氏度，每批留样四十八小时备查。
同志们，一碗豆浆连着千家万户。希望大家把今天学到的要点带回去、落下去，让孩子们喝上放心豆浆。
""",
    ),
    dict(
        slug="fanwen-gaolai-insight-disinfection-cabinet",
        site="稿来稿往范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gaolaigaowang.com/xinde/peixun/51207.html",
        title="学习使用食堂消毒柜的几点心得体会",
        record_title="学习使用食堂消毒柜的几点心得体会（两篇任你挑）- 稿来稿往范文网",
        date=None,
        notes="decorated record title (aside and site suffix); a member prompt glued after the last sentence, a 'second piece' lock line, no date anywhere (the 收录 stamp is not one)",
        page="""
!m 稿来稿往范文网 | 你来我往，好稿共享
!m 首页 ＞ 心得体会 ＞ 培训心得 ＞ 正文
!t 学习使用食堂消毒柜的几点心得体会（两篇任你挑）
!m 收录：稿来君　　本篇收录于 2 天前　　浏览 688
!a ［一键复制］［存成文档］［加到我的书架］
!m 第一篇
{BODY}
!a 第二篇已折叠，开通稿来会员后展开阅读
!w 单位材料写不出？稿来写手一对一代笔，微信：glgw_xieshou
!l 本文标签：消毒柜　食堂　培训心得
!l 同类文章：餐饮从业人员食品安全培训心得｜后厨管理培训学习体会｜食堂卫生整治心得
!d 稿来稿往所收文章均为网友分享，只供写作参考，不得整篇照搬用于考试、评比。
!m ©2018-2025 稿来稿往 gaolaigaowang.com　浙ICP备18066213号-1
""",
        indent="\u3000\u3000",
        body="""
我在机关食堂做帮厨三年，过去对消毒柜的认识就是“把碗放进去、按一下开关”。这次参加区里组织的餐具消毒培训，才知道里面有不少讲究。
第一点体会是摆放有门道。碗盘要竖着插在架子上，碗口朝下、互不重叠；塑料餐具只能放在低温层，放错了不是消毒不彻底，就是把餐具烤变形。
第二点体会是时间要够。红外线高温柜一个程序要走满规定时间，中途开门就等于前功尽弃；臭氧柜消毒结束后，还要等一会儿再开门。
第三点体会是记录不能省。每一柜餐具消毒的时间、温度、操作人都要登记，这既是对就餐的同事负责，也是对自己负责。
回到岗位后，我把这些要点写成小卡片贴在柜门上，大家一看就明白。⟦a 开通会员，全站心得随心下⟧
""",
    ),
    dict(
        slug="wenku-shuxia-research-purifier-html-markers",
        site="书匣文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shuxiawk.com/read/6a0f33c81e.html",
        title="关于农村家庭净水器使用情况的调研报告",
        record_title=None,
        date="2025-04-18",
        notes="no title in the record, <title> only the site; the h1 holds it; a reader toolbar, marker paragraphs '⛭ n ⛭' cutting sentences, a coin pay box and an upload note; signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>书匣文库 - 在线阅读</title>
<script src="https://static.shuxiawk.com/reader/v3/reader.min.js"></script>
<script>window.__DOC__={"id":"6a0f33c81e","pages":5,"free":3};</script>
<style>.doc-page{box-shadow:0 0 6px #ccc;margin:12px auto}</style>
</head>
<body>
<header class="top">
<a class="logo" href="/">⟦m 书匣文库⟧</a>
<nav><a href="/cat/baogao">⟦m 报告类⟧</a> <a href="/cat/fangan">⟦m 方案类⟧</a> <a href="/cat/zhidu">⟦m 制度类⟧</a></nav>
<form class="search"><input type="text" name="kw" placeholder="搜文档"><button>⟦a 搜一下⟧</button></form>
<a class="login" href="/passport">⟦a 账号登录⟧</a>
</header>
<div class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：匣中客0927　　5页　　下载 213 次　　评分 4.7⟧</p>
<div class="reader-bar">⟦a 适合宽度　放大　缩小　全屏⟧ <a href="#">⟦a 存到我的书匣⟧</a></div>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="paybox">
<p>⟦a 剩余2页需用匣币解锁，本篇售价12匣币⟧</p>
<p><a class="btn">⟦a 匣币解锁全文⟧</a> <a class="btn">⟦a 充值匣币⟧</a></p>
</div>
<div class="upload-note">⟦d 本文档由匣友自行上传，书匣文库只提供存放与预览，如有侵权可在页面右下角提交申诉。⟧</div>
<aside class="related">
<h4>⟦l 与此文档相关⟧</h4>
<ul>
<li><a href="/read/5d81.html">⟦l 农村饮水安全巩固提升调研.docx⟧</a></li>
<li><a href="/read/5d92.html">⟦l 乡镇集市消费投诉情况分析.pdf⟧</a></li>
</ul>
</aside>
<footer>⟦m 书匣文库 shuxiawk.com　沪ICP备21047739号-2⟧</footer>
</body>
</html>
""",
        p_html='<p class="doc-p">{}</p>',
        pages=dict(fmt="⛭ {n} ⛭", every=110, start=2),
        body="""
为了解农村家庭净水器的使用现状，县消费者协会于今年3月在枋川县六个乡镇随机走访了二百一十户家庭，现将调研情况报告如下。
一、基本情况。受访家庭中安装净水器的有一百三十七户，占百分之六十五。其中反渗透机型九十一台，超滤机型四十六台，多数是近三年在集市或上门推销时购买的。
二、存在的问题。一是滤芯超期使用普遍，超过半数家庭从未更换过滤芯；二是售后难以找到，部分推销商装完机器后便联系不上；三是废水直接排放，一台反渗透机每天排出的废水多在十升以上。
三、几点建议。建议市场监管部门加强对上门推销的规范，乡镇在集市日开展滤芯更换宣传，引导群众把废水用于冲厕、浇菜。
枋川县消费者协会
2025年4月18日
""",
    ),
    dict(
        slug="wenku-juanzhi-plan-airfryer-pdf-wrapped-markers",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://juanzhiwk.cn/doc/20250224/4417720.html",
        title="枓水县空气炸锅产业质量提升行动方案",
        record_title="枓水县空气炸锅产业质量提升行动方案.pdf",
        date="2025-02-20",
        notes="file-name record title, shown again on the page; hard-wrapped at 62 columns; '⌸n⌸' markers glued to the continuation line; signature date",
        page="""
!t 枓水县空气炸锅产业质量提升行动方案.pdf
!m 分类：行业方案 ｜ 共5页 ｜ 大小 1.02MB ｜ 格式 PDF
!a 全屏阅读　　放大　　缩小　　转成Word
!m 卷帙文库 juanzhiwk.cn
{T}
{BODY}
!a 免费预览到此为止，下载后可读剩余2页
!a 单篇购买 ￥6.80　　包月卷帙卡 ￥19.90 畅读
!d 资料来源于用户上传，卷帙文库仅作信息存储，侵权投诉请致电平台客服。
!l 看过本文的人还在看：小家电产业集群发展规划.pdf ｜ 出口家电质量提升实施意见.docx
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⌸{n}⌸", every=150, start=2, glue=True),
        body="""
为推动我县小家电产业高质量发展，提升空气炸锅产品质量和品牌影响力，结合我县实际，制定本方案。
一、工作目标
到2025年底，全县空气炸锅生产企业产品国家监督抽查合格率达到百分之九十八以上，培育省级以上知名品牌两个。
二、重点任务
（一）开展涂层安全攻关。组织企业与检测机构合作，对内胆不粘涂层开展耐高温和耐磨试验，淘汰不达标的涂层供应商。
（二）规范温控系统。推广双重温控和过热保护，出厂前逐台进行温升检测，杜绝外壳过烫。
（三）完善说明书和标识。说明书要写明最大装载量、禁止空烧等提示，标识清晰易懂。
三、保障措施
县市场监管局牵头，县工信局、柁口镇人民政府配合，每季度通报一次工作进展。
枓水县市场监督管理局
2025年2月20日
""",
    ),
    dict(
        slug="gov-yingxi-notice-electric-blanket-check-index-table",
        site="楹溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yingxi.gov.cn/zwgk/zcwj/202511/t20251112_339104.html",
        title="关于开展电热毯等冬季取暖电器质量安全专项检查的通知",
        record_title="关于开展电热毯等冬季取暖电器质量安全专项检查的通知 - 政策文件 - 楹溪县人民政府门户网站",
        date="2025-11-10",
        date_also=["2025-11-12"],
        notes="county portal: 长者模式/读屏 links, 索引号 table (the 文号 cell unmarked), a 纠错 line and 12345 beside the notice's own 联系人/电话; 附件 list, 抄送 and 印发 lines; the portal's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展电热毯等冬季取暖电器质量安全专项检查的通知 - 政策文件 - 楹溪县人民政府门户网站</title>
<meta name="SiteName" content="楹溪县人民政府门户网站">
<meta name="ArticleTitle" content="关于开展电热毯等冬季取暖电器质量安全专项检查的通知">
<script src="/js/jquery.min.js"></script>
<script src="/js/font-zoom.js"></script>
</head>
<body>
<div class="topbar">
<span>⟦m 欢迎访问楹溪县人民政府门户网站⟧</span>
<a href="/elder/">⟦a 长者模式⟧</a> <a href="javascript:;" id="screenReader">⟦a 读屏助手⟧</a> <a href="/en/">⟦a ENG⟧</a>
</div>
<div class="banner"><img src="/images/banner_yx.jpg" alt=""></div>
<ul class="mainnav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjyx/">⟦m 走进楹溪⟧</a></li>
</ul>
<div class="location">⟦m 当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a>⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索 引 号：11431127MB1502736L/2025-00418⟧</td><td>⟦m 主题分类：市场监管、安全生产⟧</td></tr>
<tr><td>⟦m 发布机构：楹溪县市场监督管理局⟧</td><td>⟦m 发布日期：2025-11-12⟧</td></tr>
<tr><td>文　　号：楹市监发〔2025〕37号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="zoom">⟦a 文字 放大｜还原｜缩小⟧　<a href="javascript:window.print()">⟦a 打印正文⟧</a>　<a href="javascript:window.close()">⟦a 关闭本页⟧</a></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发至：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h3>⟦l 相关文件⟧</h3>
<ul><li><a href="/zwgk/zcwj/202510/t20251028_338710.html">⟦l 楹溪县今冬明春火灾防控工作方案⟧</a></li>
<li><a href="/zwgk/zcwj/202509/t20250917_337655.html">⟦l 关于加强农村集市商品质量监管的通知⟧</a></li></ul></div>
<div class="footer">
<p>⟦m 主办：楹溪县人民政府办公室　承办：楹溪县大数据中心⟧</p>
<p>⟦m 网站纠错：0739-6512999　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：4311270017　湘ICP备05013877号　湘公网安备43112702000318号⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
入冬以来，电热毯、暖风机等取暖电器进入销售和使用旺季。为防范产品质量安全事故，县市场监管局决定于11月至12月开展专项检查，现将有关事项通知如下。
一、检查范围。辖区内商场超市、集贸市场、电商网点销售的电热毯、电热垫、暖风机等产品。
二、检查内容。重点查看产品是否有3C认证标志，说明书是否标明额定功率和使用警示，温控器是否牢固可靠。
三、工作要求。请各乡镇于11月30日前将辖区经营户名单报县市场监管局，检查中发现的不合格产品一律下架封存。
联系人：周云岚　电话：0739-6512084
附件：1.取暖电器经营户名单汇总表
2.专项检查记录表
楹溪县市场监督管理局
2025年11月10日
抄送：县应急管理局，县消防救援大队。
楹溪县市场监督管理局办公室　　2025年11月10日印发
""",
    ),
    dict(
        slug="gov-jueyang-bulletin-purifier-table-record-title",
        site="桷阳县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.jueyang.gov.cn/xxgk/tzgg/202506/t20250610_5120.html",
        title="关于城区公共直饮净水设备水质抽检情况的通报",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="title given by the record as is; a data table one row a paragraph; the portal's 发布时间 differs from the signature date (also accepted); a share bar glued after the last paragraph",
        page="""
!m 桷阳县人民政府　　www.jueyang.gov.cn
!m 首页 / 信息公开 / 通知公告
{T}
!m 发布时间：2025-06-10 10:05　　信息来源：县卫生健康局　　浏览次数：733
!a 【字号 大 中 小】　【打印正文】　【关闭本页】
{BODY}
!l 上一条：桷阳县2025年夏季爱国卫生运动实施方案
!l 下一条：关于做好城区二次供水设施清洗消毒工作的通知
!m 主办单位：桷阳县人民政府办公室　　技术支持：桷阳县信息中心
!m 网站标识码 4311250009　　湘ICP备06021174号
""",
        indent="\u3000\u3000",
        body="""
各街道办事处，县水务局，各设备运营单位：
近期，县卫生健康局对城区学校、医院、公园等场所的公共直饮净水设备开展了水质抽检，共抽检设备四十二台，合格三十九台，合格率百分之九十二点九。不合格设备情况如下：
设备位置　不合格项目　运营单位
县第二中学教学楼　菌落总数　桷阳净源水务有限公司
桷阳公园东门　浑浊度　桷阳净源水务有限公司
县人民医院门诊楼　菌落总数　枋川清泉饮水设备公司
不合格的主要原因是滤芯超期未换、设备长期未清洗消毒。请各运营单位立即停用不合格设备，整改复检合格后方可恢复使用，并在设备显著位置公示滤芯更换日期。
桷阳县卫生健康局
2025年6月9日⟦l 分享到：微信朋友圈 ∣ 微博 ∣ 复制链接⟧
""",
    ),
    dict(
        slug="news-doushui-airfryer-exports-h1-captions",
        site="枓水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.doushuinews.cn/bdyw/2025-04/08/content_2210376.html",
        title="柁口镇空气炸锅企业一季度出口订单同比增长三成",
        record_title=None,
        date="2025-04-08",
        notes="no title in the record and none in <title>; the h1 holds it; an app prompt, a listen button, a photo caption between paragraphs, an editor line glued after the last sentence; the 发布时间 byline is the page's date",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>枓水新闻网 - 本地要闻</title>
<script src="//cdn.doushuinews.cn/js/stat.js"></script>
<script>var ARTICLE_ID=2210376;</script>
</head>
<body>
<div class="app-bar">⟦a 下载“枓水发布”客户端，第一时间看枓水⟧ <a class="open">⟦a 打开⟧</a></div>
<header>
<a class="logo" href="/">⟦m 枓水新闻网⟧</a>
<nav><a href="/bdyw/">⟦m 本地要闻⟧</a> <a href="/xzfc/">⟦m 乡镇风采⟧</a> <a href="/cyjj/">⟦m 产业经济⟧</a> <a href="/msgz/">⟦m 民生关注⟧</a> <a href="/sp/">⟦m 视频⟧</a></nav>
</header>
<div class="crumb">⟦m 枓水新闻网 &gt; 本地要闻 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-04-08 17:45　来源：枓水融媒体中心　阅读：5281⟧</div>
<div class="listen"><button>⟦a ▶ 听这篇新闻⟧</button></div>
<div class="content">
{BODY}
</div>
</article>
<div class="ad-slot">⟦m 广告位招租 0739-6688020⟧</div>
<aside class="hot24">
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 枓水县今年首批技能人才补贴发放到位⟧</li>
<li>⟦l 柁口镇小家电产业园二期开工⟧</li>
<li>⟦l 春季出行提醒：县城三条道路施工绕行⟧</li>
</ol>
</aside>
<footer>
<p>⟦d 凡本网注明“来源：枓水融媒体中心”的作品，未经授权不得转载、摘编。⟧</p>
<p>⟦m 枓水新闻网　互联网新闻信息服务许可证：43120190027　湘ICP备17009352号⟧</p>
</footer>
</body>
</html>
""",
        body="""
本网讯（记者 邱晚晴）4月8日，在柁口镇一家小家电企业的装配车间里，工人们正在给一批空气炸锅贴外包装标签，这批货将在本周发往中东。
“今年一季度我们接了十七万台订单，比去年同期多了三成。”企业负责人冯啸川说，企业把可视窗口和双层烤架作为新卖点，海外客户反响不错。
⟦m 图为工人在生产线上检测空气炸锅的温控器。（邱晚晴 摄）⟧
柁口镇目前有小家电企业二十三家，空气炸锅年产量超过四百万台。镇里今年设立了产品检测公共服务站，企业不出镇就能做温升、涂层等十多项检测，一台样机的检测周期从十天缩短到四天。
镇党委书记符卫东介绍，下一步将引导企业联合申报区域品牌，推动产品从代工贴牌向自主品牌转变。⟦m （责任编辑：韦采薇　终审：聂思远）⟧
""",
    ),
    dict(
        slug="news-meicheng-soymilk-nursing-home-title-glued",
        site="楣城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.meicheng.com.cn/minsheng/202501/15/c1180433.html",
        title="鲋湾镇敬老院添了台豆浆机 老人早饭多了一碗热豆浆",
        record_title="鲋湾镇敬老院添了台豆浆机 老人早饭多了一碗热豆浆_暖闻·民生_楣城新闻网",
        date="2025-01-15",
        notes="decorated record title (column and site after underscores); the title printed again glued to the lead; an extended-reading link between paragraphs; the news time line is the page's date",
        page="""
!m 楣城新闻网 · 城事早知道
!m 首页 ＞ 暖闻·民生
{T}
!m 2025-01-15 08:20　　来源：楣城日报　　作者：骆青禾
!a 分享　｜　收藏　｜　A+　A-
{T}{BODY}
!l 【相关新闻】
!l 楣城市养老机构膳食标准出台
!l 栱湖区长者食堂开到第二十家
!d 版权声明：本网原创稿件，转载请注明出处“楣城新闻网”。
!m 新闻热线：0766-3100110　　楣城新闻网 版权所有
""",
        body="""
本报讯 1月14日清晨六点半，鲋湾镇敬老院的厨房里已经飘出豆香。炊事员向春梅把泡了一夜的黄豆倒进新添置的商用豆浆机，二十分钟后，三十多位老人的早饭桌上都有了一碗热乎乎的豆浆。
这台豆浆机是镇上一家爱心企业捐赠的，一次能打十升，还能自动清洗。“以前用小机器要打好几轮，现在一轮就够了。”向春梅说。
⟦l 延伸阅读：鲋湾镇“助老食堂”开进村⟧
八十二岁的五保老人牛德顺牙口不好，过去早饭只能喝稀粥。“豆浆有营养，好消化，天天喝也不腻。”他笑着说。
据了解，镇敬老院还将根据老人们的口味，每周搭配红枣、黑米等不同品种，让早饭更丰富。
""",
    ),
    dict(
        slug="forum-zaotai-disinfection-cabinet-jammer",
        site="灶台边家电论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.zaotaibian.com/thread-90214-1-1.html",
        title="家里的消毒柜到底要不要天天开？",
        record_title="[厨电杂谈] 家里的消毒柜到底要不要天天开？ - 厨房电器 - 灶台边家电论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post (line and glued), author panel, a 发表于 3 天前 time (no date), a rating row, a signature, replies and a reply box",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[厨电杂谈] 家里的消毒柜到底要不要天天开？ - 厨房电器 - 灶台边家电论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?V9x"></script>
</head>
<body>
<div id="toptb">⟦m 灶台边家电论坛⟧ <a href="member.php?mod=register">⟦a 注册⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="plugin.php?id=sign">⟦a 每日签到领灶币⟧</a></div>
<div id="pt">⟦m 灶台边 › 厨房电器 › 查看主题⟧</div>
<div class="ts">⟦m 查看: 1286 | 回复: 9⟧ <h1><span id="thread_subject">⟦m [厨电杂谈]⟧ {T}</span></h1></div>
<table class="plhin" id="pid771203"><tr>
<td class="pls">
<div class="authi">⟦m 柴米油盐酱⟧</div>
<p>⟦m 帖子 218　主题 31　灶币 1540⟧</p>
<p>⟦m 中级灶友⟧</p>
</td>
<td class="plc">
<div class="pti">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_771203">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 2　灶币 +6　理由：问得实在⟧</div>
<div class="sign">⟦m 家有三口，灶有两眼，日子慢慢来⟧</div>
<div class="po">⟦a 回复　引用　收藏帖子　举报⟧</div>
</td></tr></table>
<div class="replies">
<p>⟦l 沙发　小厨娘阿蕙　3 天前⟧</p>
<p>⟦l 我家是一天开一次，晚上统一烘，用了四年碗架好好的。⟧</p>
<p>⟦l 板凳　老灶头　2 天前⟧</p>
<p>⟦l 臭氧有点味是正常的，关门等十分钟再开就好。⟧</p>
</div>
<div id="f_pst">⟦a 登录灶台边后才能跟帖⟧ <a href="member.php?mod=logging">⟦a 马上登录⟧</a></div>
<div id="ft">⟦m 灶台边家电论坛 ( 赣ICP备19008812号 )⟧ ⟦m GMT+8, 2025-12-3 22:14⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
楼主家里装了台嵌入式消毒柜，两年多了，一直有个疑问想请教各位。
我家老人习惯每顿饭后把碗放进去开一次，一天三次。电费倒是其次，主要是担心柜子老这么烘，里面的塑料碗架会不会老化，碗会不会越烘越脆。
我媳妇的意见是一天开一次就行，晚饭后统一消毒，平时碗筷放进去只用烘干功能。
看了说明书，上面只写了“每次消毒时间约六十分钟”，没说一天开几次合适。
有没有懂行的朋友说说，家用消毒柜一般怎么用比较合理？还有，臭氧那一层闻着有股味道，是不是正常的？先谢过了！
""",
    ),
    dict(
        slug="forum-luhuo-electric-blanket-plug-junk",
        site="炉火边论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.luhuobian.net/t/66107",
        title="电热毯用了八年，插头发烫还能用吗",
        record_title="[取暖交流] 电热毯用了八年，插头发烫还能用吗 - 冬日生活版 - 炉火边论坛",
        date=None,
        notes="forum thread with anti-scraping junk as a line and glued after 。; the post time is 昨天 (no date); replies below",
        page="""
!m 炉火边论坛 - 冬天的事，围炉说说
!m 首页 › 冬日生活版 › 帖子详情
!t [取暖交流] 电热毯用了八年，插头发烫还能用吗
!m 楼主：暖脚的猫　　昨天 21:14　　浏览 904　　回复 6
!a 只看楼主　　收藏本帖　　分享本帖
{BODY}
!m 本帖最后由 暖脚的猫 于 昨天 21:30 修改
!l 2楼　电工老姚：控制器发黑就别用了，里面触点烧了，整条换掉吧。
!l 3楼　南山雪：八年算长寿了，一百来块钱别省，孩子要紧。
!l 4楼　阿禾：同意楼上，插头发烫一般是接触不良，很危险。
!a 发表回复前请先登录炉火边账号
!m 炉火边论坛 luhuobian.net　　京ICP备20041263号
""",
        junk=dict(lines=1, glued=2),
        body="""
家里那条双人电热毯是八年前结婚时买的，一直没出过毛病。这两天晚上开高档，早上起来摸插头是烫的，控制器上的指示灯也一闪一闪。
我拆开控制器看了一眼，里面有一块发黑的印子，闻着有点焦味。
想问问大家：电热毯一般用几年该换？插头发烫是不是接触不良？控制器能不能单独买来换？
家里有两岁的孩子，心里实在不踏实，不想为了省一百多块钱出什么事。
""",
    ),
]
