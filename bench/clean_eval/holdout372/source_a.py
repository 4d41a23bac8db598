"""holdout372, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-shisui-speech-filter-jug-gb2312",
        site="拾穗范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.shisuifw.cn/jianghua/zhiliang/2024/1003/58217.html",
        title="在旼阳县净水壶质量提升座谈会上的讲话",
        record_title="在旼阳县净水壶质量提升座谈会上的讲话（局长口吻·去年会场原稿）_拾穗范文苑",
        date="2024-09-19",
        date_also=["2024-10-03"],
        notes="gb2312 table page with marquee, reading row, floating ghost-writer box and counter; date under the speech title; "
        "speaker line neutral; a ghost-writer QQ glued after a sentence; the page's posting date differs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在旼阳县净水壶质量提升座谈会上的讲话（局长口吻·去年会场原稿）_拾穗范文苑</title>
<meta name="keywords" content="净水壶,质量提升,座谈会,讲话">
<link href="/css/sui.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/sui_top.js"></script>
</head>
<body bgcolor="#F6F2E9" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/img/sui_logo.gif"> ⟦m 拾穗范文苑⟧</td><td>⟦m 弯腰拾一穗，落笔成一篇⟧</td>
<td align="right"><a href="#">⟦a 设本苑为主页⟧</a></td><td><a href="#">⟦a 把拾穗加进收藏夹⟧</a></td></tr>
</table>
<table width="960" align="center" bgcolor="#8B5A2B"><tr>
<td><a href="/">⟦m 苑内首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td>
<td><a href="/gongwen/">⟦m 公文写作⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td></tr></table>
<marquee scrollamount="3">⟦d 拾穗小贴士：范文仅作写作参考，直接照抄上交被查重，后果自负哦～⟧</marquee>
<table width="960" align="center"><tr><td>⟦m 您在这里：拾穗范文苑 → 讲话发言 → 质量监管讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2 align="center">{T}</h2>
<p align="center">县市场监督管理局局长　岑立帆</p>
<p align="center">（2024年9月19日）</p>
<table width="100%"><tr><td>⟦m 收录日期：2024-10-03　编辑：穗禾　浏览：<font color="red">1638</font> 人次⟧</td>
<td>⟦a 【阅读模式：宋体 楷体 │ 米黄 护眼绿】⟧</td></tr></table>
<div id="zhengwen">
{BODY}
</div>
<table width="100%"><tr><td>⟦a 〖把这篇讲话存成Word〗⟧</td><td>⟦a 〖发给同事〗⟧</td><td>⟦a 〖纠错〗⟧</td></tr></table>
<p>⟦l ◇上一篇讲话：全县特种设备安全工作会议主持稿⟧</p>
<p>⟦l ◇下一篇讲话：在食品小作坊提质培训班开班式上的致辞⟧</p>
</td>
<td width="250" valign="top">
<table border="1" width="100%"><tr><td>⟦l ★本月点读榜★⟧</td></tr>
<tr><td><a href="/a/1.html">⟦l 1.企业质量负责人任命会议发言⟧</a></td></tr>
<tr><td><a href="/a/2.html">⟦l 2.计量工作调度会局长讲话提纲⟧</a></td></tr>
<tr><td><a href="/a/3.html">⟦l 3.放心消费示范店授牌仪式致辞⟧</a></td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:8px;top:260px;">⟦w 稿子写不动？拾穗老笔头在线，QQ：2954107783⟧</div>
<table width="960" align="center" bgcolor="#8B5A2B"><tr><td align="center">
⟦m 拾穗范文苑 shisuifw.cn 版权所有 2009-2024⟧<br>
⟦m 鄂ICP备10093374号⟧ ⟦m 您是本苑第 0038815526 位访客⟧
</td></tr></table>
<script language="javascript">document.write('<img src="/count.asp?id=58217">');</script>
</body>
</html>
""",
        body="""
同志们：
今天把全县六家净水壶生产企业的负责人请来，一起坐下来谈谈质量的事。上半年省局抽查，我县有两批次净水壶因滤芯标称寿命与实测不符被判不合格，这个教训要记牢。
一、正视问题。净水壶看着简单，一只壶身、一枚滤芯，可老百姓是拿它过滤每天要喝的水。标称能滤一百五十升，实际不到一百升就“穿透”，这不是小毛病，是失信。⟦w 讲话稿赶时间？拾穗写手一对一代笔，QQ 2954107783⟧
二、抓住关键。各企业要对照国家标准，把滤芯吸附材料、壶体食品接触材料两道关口守住，出厂检验不能只看外观，每批都要做流量和余氯去除率测试。
三、压实责任。局里将建立“一企一档”，对抽查不合格的企业开展回头看，连续两次不合格的，依法列入重点监管名单。
同志们，旼阳净水壶在电商平台上已经小有名气，名气越大，越要经得起检验。希望大家把今天的话带回车间，落到每一只壶上。
""",
    ),
    dict(
        slug="fanwen-mozhan-insight-staple-remover",
        site="墨盏范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.mozhanfw.com/xinde/shixi/91540.html",
        title="从一把起钉器说起——档案整理实习心得",
        record_title="从一把起钉器说起——档案整理实习心得（实习生手记·适合实习鉴定）",
        date=None,
        notes="no date anywhere (an update stamp only); chrome glued after sentences and on a line inside the body; "
        "title repeated under a tag line",
        page="""
!m 墨盏范文 · 一盏墨，写尽公文事
!m 首页 ＞ 心得体会 ＞ 实习心得
!t 从一把起钉器说起——档案整理实习心得（实习生手记·适合实习鉴定）
!m 标签：档案　实习　起钉器
{T}
!m 更新于 2 天前　·　1129 人读过　·　来源：会员“青灯”投稿
!a 【复制】【存为文档】【纠错】【举报】
{BODY}
!a ——全文完，共 612 字，开通墨盏月卡可下载带格式版本——
!w 实习报告、鉴定表、个人总结代写，加老墨微信：mozhan_laomo（注明来意）
!l 看了这篇的人还看了：
!l 》档案馆暑期社会实践报告（3篇）
!l 》大学生行政岗实习周记二十篇
!l 》实习鉴定表“自我鉴定”一栏怎么填
!d 墨盏范文所载文章多为网友投稿，如涉及您的权益，请发邮件至 quan@mozhanfw.com，核实后三个工作日内下架。
!m © 墨盏范文 mozhanfw.com　蜀ICP备19055203号-1
""",
        indent="\u3000\u3000",
        body="""
今年七月，我到钊川县档案馆做了一个月的实习生，被分到整理组拆卷。报到第一天，指导老师没让我碰档案，先递给我一把起钉器。
她说，老档案里的订书钉大多锈了，硬拔会把纸撕破，起钉器要从钉脚那一面下口，先撬开一只脚，再撬另一只，最后把钉身整个带出来。我照着做，头一个上午只拆了三卷，手心磨出了红印。⟦l 顺手看看：实习鉴定表里的个人总结怎样写⟧
⟦a ↓ 余下三段已折叠，点一下展开 ↓⟧
慢慢地我摸到了门道：锈得厉害的钉子先用毛刷扫去锈末，纸张发脆的就垫一张薄卡纸再下口。一个月下来，我拆了四百多卷，一页纸都没有撕坏。
这把起钉器让我明白，档案工作拼的不是快，而是稳。每一页纸背后都是一段历史，手上轻一点，心里就多一分敬畏。⟦a 【一键复制本段】⟧
实习结束那天，老师把那把起钉器送给了我。我想，它会一直提醒我，做事先学“下口”，再谈速度。
""",
    ),
    dict(
        slug="wenku-yunzhang-research-numbering-pdf-markers",
        site="云章文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wk.yunzhang-doc.com/view/7f3c20a9b1d84e55.html",
        title="关于全县乡镇财政所票据号码机使用情况的调研报告",
        record_title="关于全县乡镇财政所票据号码机使用情况的调研报告.pdf",
        date="2024-05-16",
        notes="a file name as the record title; viewer toolbar, coin box and marker paragraphs (∯ n ∯) cutting sentences; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县乡镇财政所票据号码机使用情况的调研报告.pdf - 云章文库</title>
<link rel="stylesheet" href="https://static.yunzhang-doc.com/reader/v3/reader.css">
<script src="https://static.yunzhang-doc.com/reader/v3/pdfview.min.js"></script>
</head>
<body class="reader">
<header class="yz-top">
<a class="logo" href="/">⟦m 云章文库⟧</a>
<span class="slogan">⟦m 好文档，云上一章章⟧</span>
<form class="search"><input placeholder="搜文档"><button>⟦a 搜一搜⟧</button></form>
<a href="/login">⟦a 登录/注册领20云章币⟧</a>
</header>
<nav class="crumb">⟦m 云章文库 / 行业资料 / 财政税务 / 调研报告⟧</nav>
<div class="doc-head">
<h1>{T}</h1>
<div class="meta">⟦m 上传者：闲云野鹤0527　│　上传于 2024-06-02　│　PDF　│　共 3 页　│　5.0分（7人评）⟧</div>
<div class="toolbar">⟦a 放大 ＋　缩小 －　适合宽度　全屏阅读⟧　⟦a 下载本文（8云章币）⟧　⟦a 加入我的书架⟧</div>
</div>
<div class="pdf-pages" id="viewer">
{BODY}
</div>
<div class="pay-box">
<p>⟦a 试看已到第3页末尾，支付8云章币解锁原版PDF⟧</p>
<p>⟦a 开通云章年卡，全站文档不限次下载⟧</p>
</div>
<aside class="rec">
<h3>⟦l 同类文档推荐⟧</h3>
<ul>
<li>⟦l 乡镇财政所内部控制自查报告.docx⟧</li>
<li>⟦l 非税收入票据管理办法（试行）.pdf⟧</li>
<li>⟦l 行政事业单位票据使用专项检查方案.doc⟧</li>
</ul>
</aside>
<footer class="yz-foot">
<p>⟦d 本文档由用户上传，云章文库仅提供存储与在线预览服务，如有侵权请通过“版权申诉”通道告知。⟧</p>
<p>⟦m ©2024 云章文库　浙ICP备2021037146号-3　浙公网安备33010602011588号⟧</p>
</footer>
<script>yzReader.init({docId:"7f3c20a9b1d84e55",free:3});</script>
</body>
</html>
""",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="∯ {n} ∯", every=115, start=2),
        body="""
为摸清乡镇财政所非税收入票据编号管理现状，4月中下旬，局调研组走访了全县9个乡镇财政所，查看票据台账，与经办人员座谈。现将有关情况报告如下。
一、基本情况。全县乡镇财政所现有手动号码机23台，其中使用超过十年的14台，2023年全年用号码机打号的票据约6.8万份。
二、存在问题。一是部分号码机字轮磨损，打出的号码缺笔少画，个别票据出现跳号、重号；二是号码机由经办人个人保管，交接无记录；三是打号后未逐本核对起止号码。
三、几点建议。一是分批更换老旧号码机，优先配备带锁止功能的型号；二是建立号码机登记和交接制度，领用、停用都要签字；三是每本票据打号后由复核人核对起止号，发现跳号当场作废登记。
坢溪县财政局调研组
2024年5月16日
""",
    ),
    dict(
        slug="wenku-qingjian-plan-tds-pen-wrapped-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qingjianwk.com/p-5510938826.html",
        title="坌口镇农村饮水水质笔快检工作方案",
        record_title="【镇村饮水·快检】坌口镇农村饮水水质笔快检工作方案（可编辑改名）",
        date="2024-03-08",
        notes="text extracted from a 文库 reader, hard-wrapped at 60 columns and cut by ⤵n markers glued to the "
        "continuation line; numbered list and decimal headings; 成文日期 under the signature",
        page="""
!m 青简文库——一简一文，随取随用
!m 文库首页 · 公文范文 · 工作方案 · 乡镇
!t 【镇村饮水·快检】坌口镇农村饮水水质笔快检工作方案（可编辑改名）
!m 3页　｜　浏览 486　｜　上传人：简中人　｜　上传时间：3 天前
!a 原文下载（DOCX）　　|　　在线阅读　　|　　转存到我的简夹
{T}
{BODY}
!a 预览结束，剩余内容请下载后查看
!a 扫码支付 3.9 元，即可下载完整可编辑版
!l 相关文档：乡镇农村饮水安全巡查制度　村级水管员职责清单
!d 声明：文档由用户分享，青简文库不对内容的准确性负责，侵权请联系 jubao@qingjianwk.com。
!m 青简文库 qingjianwk.com　赣ICP备2022004187号
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⤵{n}", every=140, start=2, glue=True),
        body="""
为及时掌握全镇农村集中供水点和分散水井的水质变化，方便群众自查自测，结合我镇实际，制定本方案。
1.工作目标
1.1 全镇14个行政村各配备水质笔不少于3支，由村水管员保管使用。
1.2 每月对集中供水点出水口快检1次，对群众反映的分散水井随报随测。
2.工作步骤
2.1 配发培训（3月中旬）。镇水利站统一采购水质笔42支，组织水管员集中培训，讲清开机、校准、读数和清洗方法。
2.2 日常快检（3月下旬起）。水管员将读数填入《快检登记表》，读数比上月明显升高的，当天报镇水利站。
2.3 复检送检。对读数异常的水样，由镇水利站取样送县疾控中心检测，水质笔读数只作初筛，不作为是否达标的结论。
3.工作要求
各村要明确专人，妥善保管水质笔，不得外借；登记表按月报送，年底统一归档。
坌口镇人民政府
2024年3月8日
""",
    ),
    dict(
        slug="gov-xicheng-circular-filter-jug-table",
        site="钖城市人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.xicheng.gov.cn/zwgk/tzgg/202407/t20240725_1184032.html",
        title="钖城市市场监督管理局关于2024年净水壶产品质量监督抽查情况的通报",
        record_title="钖城市市场监督管理局关于2024年净水壶产品质量监督抽查情况的通报_抽检通报_钖城市人民政府",
        date="2024-07-22",
        date_also=["2024-07-25"],
        notes="county-level portal: 索引号 table with an unmarked 文号 cell, 长者版/无障碍 links, a table one row a paragraph, "
        "the document's 联系人/电话 beside the portal's 纠错 line and 12345, 附件 list beside an attachment link, 抄送/印发",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>钖城市市场监督管理局关于2024年净水壶产品质量监督抽查情况的通报_抽检通报_钖城市人民政府</title>
<meta name="ArticleTitle" content="钖城市市场监督管理局关于2024年净水壶产品质量监督抽查情况的通报">
<meta name="PubDate" content="2024-07-25 09:30">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/zoom.js"></script>
</head>
<body>
<div class="top-bar">
<span>⟦m 今天是：<span id="today"></span>⟧</span>
<a href="/olds/">⟦a 老花眼模式⟧</a> <a href="javascript:;">⟦a 读屏开关⟧</a> <a href="/big5/">⟦a 繁体中文⟧</a>
</div>
<div class="banner">⟦m 钖城市人民政府⟧ <span>⟦m www.xicheng.gov.cn⟧</span></div>
<ul class="menu">
<li>⟦m 钖城要闻⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 网上办事⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进钖城⟧</li>
</ul>
<div class="loc">⟦m 所在栏目：首页 ＞ 政务公开 ＞ 部门文件 ＞ 质量抽查⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索 引 号：11450281MB1739204K/2024-00318⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：钖城市市场监督管理局⟧</td><td>⟦m 公开日期：2024-07-25⟧</td></tr>
<tr><td>文　　号：钖市监质〔2024〕41号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：市市场监管局　发布时间：2024-07-25 09:30　阅读次数：2093⟧　⟦a 【字号 特大 大 中】⟧　⟦a 【打印正文】【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：1. 净水壶产品抽查不合格名单.xlsx　2. 企业异议申请表.docx⟧</div>
</div>
<div class="share">⟦l 转发到：微信　微博　QQ空间⟧</div>
<div class="relate">
<h4>⟦l 本栏目其他文件⟧</h4>
<p>⟦l 钖城市市场监督管理局关于电动自行车头盔抽查结果的公告⟧</p>
<p>⟦l 关于开展2024年度计量器具强制检定工作的通知⟧</p>
</div>
<div class="foot">
<p>⟦m 主办：钖城市人民政府办公室　承办：钖城市大数据发展中心⟧</p>
<p>⟦m 网站标识码：4502810004　桂ICP备05008317号⟧</p>
<p>⟦m 网页纠错电话：0772-6612300　政务服务便民热线：12345⟧</p>
</div>
<script>zoomFont('.TRS_Editor');</script>
</body>
</html>
""",
        body="""
各县（市、区）市场监督管理局，局机关各科室：
为提升净水壶产品质量，今年5月至6月，我局组织对全市生产、销售环节的净水壶产品开展了监督抽查。现将抽查情况通报如下。
一、抽查基本情况
本次共抽查净水壶产品36批次，涉及生产企业11家、销售单位19家，检验项目包括滤芯额定总净水量、余氯去除率、壶体材料迁移量和标志标识。经检验，合格32批次，不合格4批次，批次合格率88.9%。
二、不合格产品情况
序号　标称生产企业　型号规格　不合格项目
1　钖城市碧舟家居用品有限公司　BZ-2.5L　额定总净水量
2　钖城市清泷日用品厂　QL-300　余氯去除率
3　锳湖区溪石塑业有限公司　XS-3.0L　标志标识
4　钖城市禾露电器有限公司　HL-F2　额定总净水量
三、处理要求
各地要在收到本通报之日起5个工作日内，依法对不合格产品的生产、销售者进行处理，责令停止销售，并将处理情况于8月10日前报市局质量发展科。
联系人：韦梦琦　电话：0772-6613085
附件：1．净水壶产品抽查不合格名单
2．企业异议申请表
钖城市市场监督管理局
2024年7月22日
抄送：市人民政府办公室，自治区市场监督管理局质量监督处。
钖城市市场监督管理局办公室　2024年7月23日印发
""",
    ),
    dict(
        slug="gov-zhaochuan-request-cup-holders-text",
        site="钊川县人民政府网（文字版） (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.zhaochuan.gov.cn/text/zwgk/qsbg/202403/t20240301_77405.html",
        title="关于为县社会福利中心配置漱口杯架等洗漱设施的请示",
        date="2024-02-27",
        date_also=["2024-03-01"],
        notes="title from the record as is; text version of a county portal; the bureau's own 联系人/电话 beside the "
        "portal's contact line; 文号 line neutral; 成文日期 under the signature",
        page="""
!m 钊川县人民政府网 · 文字版
!a 切换到图文版　|　关怀版　|　读屏
!m 位置：首页 > 信息公开 > 请示报告
{T}
!m 发文单位：县民政局　　公开时间：2024-03-01　　浏览：376
钊民呈〔2024〕9号
{BODY}
!a 【打印本页】　【关闭本页】　【返回顶部】
!l 上一条：关于申请追加困难群众冬春生活救助资金的请示
!l 下一条：关于县殡仪馆告别厅改造项目立项的请示
!m 钊川县人民政府办公室主办　县政务数据中心维护
!m 网站联系：zcxzf_web@163.com　0743-3216015（工作日）
!m 湘ICP备13004872号　政府网站标识码 4331240007
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
县社会福利中心现有集中供养特困老人118名，其中半失能、失能老人41名。中心两栋老年公寓建于2009年，卫生间洗漱台无置物设施，老人的牙刷、漱口杯只能放在台面上，杯子混放、滑落摔碎的情况时有发生，也不利于消毒。
为改善老人洗漱条件，防止交叉感染，我局拟为中心96间老人居室配置壁挂式漱口杯架96套、防滑扶手48副，并更换洗漱台面12处。经询价测算，共需资金4.86万元。
因该项支出未列入年初预算，特请县人民政府从县级福利彩票公益金中予以安排。
妥否，请批示。
联系人：向婉清　电话：0743-3218462
钊川县民政局
二〇二四年二月二十七日
""",
    ),
    dict(
        slug="news-fenshui-tds-pens-handout-html",
        site="昐水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fenshuinews.cn/xw/bendi/2024-06/05/content_224817.html",
        title="县疾控中心向一千户农家发放水质笔",
        record_title=None,
        date="2024-06-05",
        notes="no title in the record (the <h1> gives it); byline 发布时间 as the page's date; an app prompt glued before "
        "the lead; a photo caption and a related link between paragraphs; an editor line glued after the last one",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>县疾控中心向一千户农家发放水质笔-昐水新闻网</title>
<script src="//cdn.fenshuinews.cn/js/stat.js"></script>
<script src="//cdn.fenshuinews.cn/js/listen.js"></script>
</head>
<body>
<div class="tophead">
<a class="logo">⟦m 昐水新闻网⟧</a> <span>⟦m 昐水县融媒体中心主办⟧</span>
<nav>⟦m 新闻首页⟧ ⟦m 时政⟧ ⟦m 乡镇⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav>
</div>
<div class="ad-slot">⟦l 【广告】昐水农商银行“惠农快贷”，最快当天到账⟧</div>
<div class="position">⟦m 当前位置：首页 » 民生 » 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-06-05 10:12　来源：昐水县融媒体中心　记者：甘露露 通讯员：覃一鸣⟧</div>
<div class="tools">⟦a ▶ 听新闻⟧ ⟦a 字号：A+ A-⟧</div>
<div class="content">
{BODY}
</div>
</article>
<div class="share-bar">⟦l 分享给朋友：微信 · 朋友圈 · 微博⟧</div>
<section class="hot">
<h3>⟦l 24小时点击⟧</h3>
<ol>
<li>⟦l 昐水至钖城城际公交下月开通⟧</li>
<li>⟦l 县人民医院新院区门诊楼封顶⟧</li>
<li>⟦l 昐水早稻机插秧面积突破十万亩⟧</li>
</ol>
</section>
<footer>
<p>⟦d 本网原创稿件，转载请注明“来源：昐水新闻网”⟧</p>
<p>⟦m 新闻热线：0745-8825110　违法和不良信息举报：0745-8825119⟧</p>
<p>⟦m 湘ICP备16017723号-2⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 下载“昐水发布”客户端，本地新闻早知道⟧本网讯　6月4日，县疾控中心工作人员带着一千支水质笔走进墦溪、砟口两个乡，把水质笔和使用说明一起送到自备井农户手中。
昐水县山区农户多饮用自备井水。去年汛期后，部分农户反映井水发浑、有异味。县疾控中心调查发现，多数农户不知道怎样判断井水是否变化，也不愿为一次检测专程进城。
⟦l 图：工作人员在墦溪乡墦坳村教农户使用水质笔。通讯员 覃一鸣 摄⟧
“水质笔测的是水里溶解的总固体，读数突然变高，说明井水可能受到了污染，要尽快打电话给我们。”县疾控中心环境卫生科科长邬晓岚一边演示，一边提醒农户，读数正常不等于水就安全，细菌和农药残留还得送实验室检测。
据了解，县疾控中心还将在汛期前后各组织一次免费送检，并对读数异常的水井上门采样。⟦m （责任编辑：莫小满　审核：蓝振声）⟧
""",
    ),
    dict(
        slug="news-yinghu-archive-staples-text-record-date",
        site="锳湖新闻眼 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.yinghu.com.cn/2024/04/18/art_3301_91822.html",
        title="区档案馆十二万卷老档案告别锈钉",
        record_title="区档案馆十二万卷老档案告别锈钉 ｜ 锳湖新闻眼·城事",
        record_date="2024-04-18",
        date="2024-04-18",
        notes="the record gives the date; a column and site name after a full-width bar; title thrice (record, page line, "
        "share line); a photo caption and a video link between paragraphs; a reporter line glued before the lead",
        page="""
!m 锳湖新闻眼
!m 城事 | 民生 | 文旅 | 锳湖观察
!t 区档案馆十二万卷老档案告别锈钉 ｜ 锳湖新闻眼·城事
{T}
!m 2024-04-18 08:05　　锳湖新闻眼客户端　　阅读 1.7万
{BODY}
!m 本文编辑：黎若菡　｜　值班主编：龙振宇
!l 把这条新闻分享给：微信好友　朋友圈　复制链接
!l 延伸阅读　▸ 锳湖区老城区户籍档案完成数字化　▸ 档案里的锳湖：一张1958年的粮票
!d 锳湖新闻眼所刊作品版权归锳湖区融媒体中心所有，未经书面授权不得转载、摘编。
!m 锳湖新闻眼 版权所有　新闻热线 0772-2818800
""",
        indent="",
        gap=True,
        body="""
⟦m 锳湖新闻眼记者 杜沛然⟧　4月17日，在锳湖区档案馆三楼整理室，十几名档案员手持起钉器，把一卷卷老档案里的订书钉逐枚取出。这项持续了五个月的“除钉”工程，当天完成了最后一卷。
区档案馆馆长韦一舟介绍，馆藏上世纪八九十年代的文书档案约十二万卷，大多用铁质订书钉装订。年头一长，钉子生锈，锈迹渗进纸张，有的已经把纸蚀穿。
⟦l ▲ 档案员用起钉器取出锈蚀的订书钉。记者 杜沛然 摄⟧
为了不损伤纸张，馆里专门采购了60把钳口较窄的起钉器，要求档案员“先撬钉脚、再取钉身”，遇到锈死的钉子，用竹片垫纸后再下口。取下的钉子统一装袋称重，五个月共取出锈钉约31公斤。
⟦l 【视频】一枚锈钉是怎样“起”出来的？点击观看⟧
除钉后的档案改用不锈钢夹和棉线装订，并将在今年下半年分批扫描入库。
""",
    ),
    dict(
        slug="forum-chaimen-filter-jug-test-jammer",
        site="柴门论坛·居家好物 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.chaimen.net/thread-402918-1-1.html",
        title="三个牌子的净水壶滤芯用到第几周开始不行了",
        record_title="[周测记录] 三个牌子的净水壶滤芯用到第几周开始不行了（长帖慎入）- 居家好物 - 柴门论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post, a poster panel, a rating row, a signature and replies; "
        "relative post time only; a data table inside the post",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[周测记录] 三个牌子的净水壶滤芯用到第几周开始不行了（长帖慎入）- 居家好物 - 柴门论坛</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js?Q7z"></script>
</head>
<body>
<div id="toptb">⟦a 登录柴门⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="hd"><h2>⟦m 柴门论坛⟧</h2><p>⟦m 柴门小院，过日子的人都在这⟧</p></div>
<div id="pt">⟦m 柴门论坛 › 生活频道 › 居家好物 › 查看帖子⟧</div>
<div class="pgt">⟦m 查看: 4417 ｜ 回复: 63⟧</div>
<table id="pid1"><tr>
<td class="pls">
<div class="pi">⟦m 灶台边的老猫⟧</div>
<p>⟦m 帖子 812　精华 3　金币 2406⟧</p>
<p>⟦m 柴门居民 · 三级⟧</p>
</td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 天前　｜　只看楼主　｜　电梯直达⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="rate">⟦a 评分　参与人数 6　金币 +18　收起理由：实测辛苦，有参考价值⟧</div>
<div class="sign">⟦m 一日三餐，四季烟火，慢慢过。⟧</div>
<div class="po">⟦a 回复　支持(41)　反对(2)　收藏(97)⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 南窗听雨：楼主第三个牌子是不是某宝那家？我家也是这个，第五周就有味了⟧</div>
<div class="reply">⟦l 3# 豆浆油条：收藏了，下回换滤芯就按楼主的周数来⟧</div>
<div id="fastpost">⟦a 登录后才能参与讨论，没有账号？注册一个⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　柴门论坛 ( 苏ICP备15031179号 )⟧　⟦m GMT+8, 刚刚⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里一直用净水壶烧水泡茶，前后换过三个牌子。说明书都写“建议一个月更换滤芯”，我想知道到底能撑多久，今年春天就自己做了个记录。
方法很简单：每周日早上接一杯自来水、一杯过滤后的水，用同一支水质笔各测三次取平均，再算过滤后读数比自来水低了多少。三个牌子都是新滤芯开始测，每天滤水量差不多四升。
周次　甲牌　乙牌　丙牌
第1周　降62%　降58%　降55%
第3周　降49%　降47%　降31%
第5周　降30%　降36%　降12%
可以看出，丙牌到第三周就明显不行了，甲牌和乙牌撑到第五周也只剩三成左右。我的结论是，按说明书一个月一换基本靠谱，丙牌最好三周就换。
补充一句，水质笔只看溶解性固体，测不了细菌和异味，我这个只能算家庭小实验，大家看个大概。
""",
    ),
    dict(
        slug="forum-laowujian-numbering-repair-junk-text",
        site="老物件论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.laowujian.org/forum.php?mod=viewthread&tid=88213",
        title="老式六位号码机跳号怎么修",
        record_title="[求助·已解决] 老式六位号码机跳号怎么修（附修好后的打号样张）",
        date=None,
        notes="forum thread with anti-scraping junk as lines and glued after 。; relative post time; replies and a "
        "medal line; title in a tag line and repeated",
        page="""
!m 老物件论坛 — 收旧·修旧·用旧
!m 版块导航：首页 » 文具杂项 » 修理求助
!t [求助·已解决] 老式六位号码机跳号怎么修（附修好后的打号样张）
!m 楼主：钟表铺二掌柜　　发表于 昨天 22:41　　查看 1306　回复 28
!m 勋章：修旧能手　老物件达人
{BODY}
!a 点赞 17　　收藏本帖　　举报
!l 沙发　锈迹斑斑：我那台也是这毛病，照着弄好了，谢谢楼主
!l 板凳　九十年代会计：当年单位里用的就是这种，打支票号码全靠它
!l 地板　铁皮青蛙：求问棘爪在哪里买？
!a 回帖须先登录，新用户注册满24小时方可发言
!m 老物件论坛　辽ICP备17020458号　客服邮箱 kefu@laowujian.org
""",
        junk=dict(lines=2, glued=3),
        body="""
前阵子在旧货市场花二十块收了一台六位号码机，铁壳的，字轮还挺新。回来一试，打到个位从9进到0的时候，十位经常不跟着进，要么连打两个一样的号。
拆开底板看了看，里面有一根带钩的棘爪，专管进位，钩子已经磨圆了，弹簧也松了。我照着钩子原来的形状用小锉刀修出一个尖角，又从圆珠笔里拆了一根弹簧换上。
装回去以后，连续打了两百个号，从000001打到000200，一个没跳。修好的样张我拍在下面了，大家可以看看字迹。
顺便说一句，这种号码机的墨垫干了不要滴钢笔水，要用专门的印油，不然字会洇开。
有同样毛病的朋友可以参考，手不巧的还是找修表师傅吧。
""",
    ),
]
