"""holdout341, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moqi-speech-rattan-chair-industry",
        site="墨畦范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqi-fanwen.example.com/jianghua/chanye/20240503/18832.html",
        title="在全县藤编吊椅产业高质量发展推进会上的讲话",
        record_title="【产业发展讲话精粹】在全县藤编吊椅产业高质量发展推进会上的讲话（讲话稿可直接改用）_墨畦范文网",
        date="2024-04-16",
        date_also=["2024-05-03"],
        notes="old gb2312 table layout: marquee, font-size row, floating writing-consult QQ box, visitor counter; speaker and date lines under the speech title (neutral); a ghost-writer prompt glued after a sentence and a 'second piece below' line of its own inside the body; the site's posting date differs from the date under the title",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【产业发展讲话精粹】在全县藤编吊椅产业高质量发展推进会上的讲话（讲话稿可直接改用）_墨畦范文网</title>
<meta name="keywords" content="吊椅,藤编,产业,讲话稿">
<link href="/css/moqi2013.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/moqi_count.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/moqi_logo.gif" alt=""></td><td>⟦m 墨畦范文网·耕好每一篇公文⟧</td><td align="right">⟦a <a href="#">设墨畦为主页</a> | <a href="#">把墨畦加入收藏夹</a>⟧</td></tr>
</table>
<table width="960" align="center" bgcolor="#8B1A1A"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/zhidu/">⟦m 规章制度⟧</a></td><td><a href="/hetong/">⟦m 合同范本⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m ★墨畦范文网日更范文三百篇，会员双节特惠进行中，欢迎各位笔友常来畦中看看★⟧</marquee></td></tr></table>
<table width="960" align="center" border="0"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 所在位置：<a href="/">墨畦范文网</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; 产业经济类讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center" class="bt">⟦t 【产业发展讲话精粹】在全县藤编吊椅产业高质量发展推进会上的讲话（讲话稿可直接改用）⟧</td></tr>
<tr><td align="center" class="xx">⟦m 入库：2024-05-03　投稿：畦边客　人气：2213℃⟧</td></tr>
<tr><td align="center">⟦a 〖阅读字体：特大 大 标准 小〗⟧　⟦a 〖打印这篇讲话〗⟧　⟦a 〖关掉本页〗⟧</td></tr></table>
<table width="100%" class="content"><tr><td>
<p align="center"><b>{T}</b></p>
<p align="center">崁山县人民政府副县长　聂晓帆</p>
<p align="center">（2024年4月16日）</p>
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦l ↑上篇：全县特色手工业发展座谈会发言提纲⟧</td></tr><tr><td>⟦l ↓下篇：在县域经济运行调度会上的表态发言⟧</td></tr></table>
</td>
<td width="250" valign="top" bgcolor="#F7F3EA">
<table width="100%"><tr><td class="sbt">⟦l 讲话稿月榜TOP5⟧</td></tr>
<tr><td>⟦l ·在全县乡村工匠培育大会上的讲话⟧</td></tr>
<tr><td>⟦l ·特色产业集群推进会主持讲话⟧</td></tr>
<tr><td>⟦l ·非遗手工艺进景区动员讲话⟧</td></tr>
<tr><td>⟦l ·全县外贸稳增长工作会讲话⟧</td></tr>
<tr><td>⟦l ·藤竹制品产业链招商推介致辞⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:260px;">⟦w 写材料卡壳？墨畦写作咨询QQ 3068411275⟧</div>
<table width="960" align="center" bgcolor="#EEEEEE"><tr><td align="center">
⟦d 墨畦范文网所载文章系网友投稿或编辑整理，仅供写作参考，不构成任何正式文件依据。⟧<br>
⟦m Copyright 2011-2024 墨畦范文网 琼ICP备12004519号⟧<br>
⟦m 您是本站第 0083521 位来客⟧
</td></tr></table>
<script language="javascript">moqiFloat("qqfloat");</script>
</body>
</html>
""",
        body="""
同志们：
今天我们召开全县藤编吊椅产业高质量发展推进会，主要是总结去年以来的工作，研究解决产业发展中的突出问题。刚才，县工信局通报了产业运行情况，峸口镇和两家企业作了交流发言，我都同意。
去年，全县藤编吊椅产量达到46万把，出口额突破2.1亿元，带动3800多名群众在家门口就业。但也要看到，我们的产品仍以代工为主，自有品牌少，部分作坊承重测试不规范，去年还因挂钩断裂被客户退货两批次。⟦w 讲话稿按单位实情量身改写，加墨畦老师微信 moqi_bigeng⟧
⟦a 本篇为第1篇，下方另有第2篇同题讲话，会员可见⟧
下面我强调三点。一是抓标准，年内所有规上企业都要按照吊椅承重和耐候测试要求建立出厂检验台账。二是抓品牌，县里对注册自主商标并进入电商平台销售的企业给予一次性奖励。三是抓人才，依托县职教中心开设藤编技艺班，每年培训编织工500人次。
同志们，小吊椅连着大民生。希望大家拧成一股绳，把这个富民产业做得更稳更强！
""",
    ),
    dict(
        slug="fanwen-yanxia-insight-cotton-pads-missing-title",
        site="砚匣范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yanxia-fanwen.example.com/xinde/peixun/55731.html",
        title="参加美容美发场所卫生规范培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the title line under the breadcrumb; a ghost-writer line of its own between paragraphs and a related link glued after a sentence; an update stamp in relative time is no date",
        page="""
!m 砚匣范文库 | 写材料不求人
!m 当前栏目：砚匣范文库 › 心得体会 › 培训学习心得
{T}
!m 整理：砚匣小编　更新于 3 天前　浏览 862
!a ［复制全文］［存为Word］［纠错］
{BODY}
!a 余下2篇同题心得需砚匣VIP会员解锁，开通后全站范文随意复制
!l 同类心得推荐：
!l ▪ 食品从业人员健康知识培训心得
!l ▪ 参加公共场所卫生监督培训有感
!d 砚匣范文库所收录文章多为网友投稿，若涉及版权问题请来函，核实后即行删除。
!m ©2019-2025 yanxia-fanwen.example.com　粤ICP备19085277号-3
""",
        indent="\u3000\u3000",
        body="""
十月下旬，我参加了县卫生健康局组织的美容美发场所卫生规范培训。两天的课程不长，却让我这个开了六年美容店的人出了一身汗。
过去，我总觉得卸妆棉便宜，顾客做完护理剩下的半包留着下一位接着用也无妨。培训老师拿出检测数据，开封后放在操作台上超过一周的卸妆棉，细菌总数明显升高，我才明白“一客一换”不是多此一举。⟦l 延伸阅读→美容院消毒间设置要求一览⟧
⟦w 心得写不出来？砚匣老师一对一代笔，微信 yanxia_66⟧
回店后，我做了三件事：一是把卸妆棉改为单片独立包装，当着顾客的面拆封；二是给每个操作台配了带盖的收纳盒；三是每天下班前由店长检查用品登记表。
卫生无小事。顾客把脸交给我们，我们就得把每一片卸妆棉都用得干干净净。
""",
    ),
    dict(
        slug="wenku-dieye-research-face-towels-marker-paragraphs",
        site="叠页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.dieye-wenku.example.com/doc/77310462.html",
        title="关于全市一次性洗脸巾质量状况的调研报告",
        record_title="〖调研精品〗关于全市一次性洗脸巾质量状况的调研报告（含数据表）- 叠页文库",
        date="2024-08-26",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⚺ 第n页 ⚺' cutting sentences, a coin pay box and a preview-end line; data table one row a paragraph; date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖调研精品〗关于全市一次性洗脸巾质量状况的调研报告（含数据表）- 叠页文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://static.dieye-wenku.example.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="dy-top">
<a class="logo" href="/">⟦m 叠页文库 · 一页一页都是干货⟧</a>
<nav>⟦m 首页　公文范文　行业报告　教育考试　合同模板⟧</nav>
<a class="vip" href="/vip">⟦a 叠页VIP月卡19元 开通即下⟧</a> <a href="/login">⟦a 登录｜注册新账号⟧</a>
</header>
<div class="dy-crumb">⟦m 叠页文库 › 行业报告 › 质量调研⟧</div>
<section class="doc-head">
<h1>⟦t 〖调研精品〗关于全市一次性洗脸巾质量状况的调研报告（含数据表）⟧</h1>
<p class="doc-meta">⟦m 上传者：碏城小棉袄　上传于 2024-09-11　共4页　1.3千次阅读⟧</p>
<div class="viewer-bar">⟦a 适应宽度　放大　缩小　全屏阅读⟧</div>
</section>
<article class="doc-pages">
<p class="p-title">{T}</p>
{BODY}
</article>
<div class="dy-paywall">⟦a 预览已到第4页末，支付8叠币即可下载无水印原文⟧ <button>⟦a 立即支付⟧</button></div>
<aside class="dy-rel"><h3>⟦l 读过此篇的人也在读⟧</h3>
<ul><li>⟦l 一次性卫生用品市场专项检查报告⟧</li><li>⟦l 纸巾类产品质量比较试验结果分析⟧</li><li>⟦l 母婴用品消费调查问卷汇总⟧</li></ul></aside>
<footer>⟦d 叠页文库文档由用户自行上传，本站仅提供展示与存储服务，如有侵权请在线提交投诉。⟧<br>⟦m 沪ICP备20231877号-2　沪公网安备31011502004417号⟧</footer>
<script>dyReader.init({docId:77310462,freePages:4});</script>
</body>
</html>
""",
        p_html='<p class="dy-txt">{}</p>',
        pages=dict(fmt="⚺ 第{n}页 ⚺", every=120, start=2),
        body="""
为了解一次性洗脸巾的质量状况，市消保委于今年6月至7月在全市商超、母婴店和网络平台购买了32个批次的洗脸巾样品，委托检测机构开展比较试验。现将有关情况报告如下。
一、总体情况
32个批次中，28个批次各项指标符合标准要求，4个批次存在问题，主要集中在厚度不足和荧光增白物质检出。
购买渠道　样品批次　有问题批次
实体门店　18　1
网络平台　14　3
二、存在问题
部分网店宣传“纯棉”的产品实际含有较高比例的粘胶纤维，个别产品标称规格与实测尺寸相差超过一成，还有产品未标注执行标准。
三、消费提示
建议消费者选购标明执行标准和纤维成分的产品，开封后存放在干燥通风处，并尽量在一个月内用完。
碏城市消费者权益保护委员会
2024年8月26日
""",
    ),
    dict(
        slug="wenku-jiezhou-plan-slipper-racks-wrapped-glued-markers",
        site="芥舟文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://jiezhou-wk.example.com/p-2207716.html",
        title="学生公寓拖鞋架统一配置实施方案",
        record_title="学生公寓拖鞋架统一配置实施方案.pdf",
        date="2024-09-02",
        notes="file-name record title; text hard-wrapped at 62 columns and cut by '✁n✁' markers glued to the continuation line; 成文日期 in Chinese numerals",
        page="""
!m 芥舟文库　　分类：教育管理 › 后勤制度
!t 学生公寓拖鞋架统一配置实施方案.pdf
!m 5页　|　2.7万字节　|　下载券：3　|　评分 4.6
!a 🔍放大阅读　　⤓下载PDF　　☆加入书架
{BODY}
!a 免费预览到此为止，后2页请用下载券兑换
!l 同分类好文：宿舍内务检查评分细则｜学生公寓安全管理办法
!d 芥舟文库仅提供信息存储空间，资料均由用户上传，如有侵权请联系删除。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="✁{n}✁", every=110, start=2, glue=True),
        body="""
为改善学生公寓内务环境，减少拖鞋随地摆放造成的绊倒隐患，学校决定在全部学生公寓统一配置拖鞋架。结合实际，制定本方案。
一、配置范围
男生公寓3栋、女生公寓4栋，共计612间宿舍，每间配置壁挂式拖鞋架1个。
二、进度安排
9月10日前完成采购，9月20日前由后勤服务中心分楼栋安装，国庆节前完成验收。
三、使用要求
拖鞋架安装在门后固定位置，每格放置一双，严禁在架上晾晒袜子和堆放杂物。宿舍长负责每周检查一次，检查结果纳入文明宿舍评比。
四、保障措施
后勤服务中心负责安装和维修，学生处负责宣传和检查，所需经费从公寓维修专项中列支。
澫江县第一中学
二〇二四年九月二日
""",
    ),
    dict(
        slug="gov-nanxi-notice-mask-bowls-index-table",
        site="湳溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.nanxi-xian.gov.example.cn/zwgk/bmwj/wjj/202410/t20241016_90213.html",
        title="关于开展美容美发场所面膜碗等公用器具卫生专项检查的通知",
        record_title="关于开展美容美发场所面膜碗等公用器具卫生专项检查的通知 ‐ 卫健动态 ‐ 湳溪县人民政府",
        date="2024-10-14",
        date_also=["2024-10-16"],
        notes="county portal: 长辈版/读屏 links, an index table (文号 cell unmarked), 附件 list and the notice's own 联系人/电话 beside the portal's 纠错 hotline; 抄送 line; the portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展美容美发场所面膜碗等公用器具卫生专项检查的通知 ‐ 卫健动态 ‐ 湳溪县人民政府</title>
<meta name="ArticleTitle" content="关于开展美容美发场所面膜碗等公用器具卫生专项检查的通知">
<script src="/common/js/jquery-3.6.min.js"></script>
<script src="/common/js/zoomtext.js"></script>
</head>
<body>
<div class="gov-top">
<span>⟦m 湳溪县人民政府　湳溪县政务服务网⟧</span>
<span class="tools"><a href="javascript:;">⟦a 长辈版⟧</a> <a href="javascript:;">⟦a 读屏专用⟧</a> <a href="/en/">⟦a 外文版⟧</a></span>
</div>
<div class="gov-banner"><img src="/images/banner_nanxi.jpg" alt="">⟦m 湳水长流　溪畔安居⟧</div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进湳溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gov-crumb">⟦m 您当前所处：首页 〉 政务公开 〉 部门文件 〉 卫健局⟧</div>
<table class="gov-index">
<tr><td>⟦m 索 引 号：11532921MB0P7413X/2024-00913⟧</td><td>⟦m 主题分类：卫生、体育⟧</td></tr>
<tr><td>⟦m 发文机关：湳溪县卫生健康局⟧</td><td>⟦m 成文日期：2024-10-14⟧</td></tr>
<tr><td>文　　号：湳卫发〔2024〕37号</td><td>⟦m 发布日期：2024-10-16⟧</td></tr>
</table>
<div class="gov-article">
<h2>{T}</h2>
<div class="gov-tools">⟦a 【字号 放大 还原 缩小】⟧ ⟦a 【打印正文】⟧ ⟦a 【关闭页面】⟧</div>
<div class="gov-text">
{BODY}
</div>
<div class="gov-files">⟦a 附件下载：自查表.xls　汇总表.xls⟧</div>
<div class="gov-share">⟦l 把本页分享到：微信　微博　复制链接⟧</div>
</div>
<div class="gov-foot">
<p>⟦m 主办单位：湳溪县人民政府办公室　承办单位：湳溪县融媒体中心⟧</p>
<p>⟦m 网站标识码5329210017　滇ICP备05002637号⟧</p>
<p>⟦m 网站纠错电话：0871-66200000（工作日）　湳溪县12345政务服务便民热线⟧</p>
</div>
<script>nxZoom.init(".gov-text");</script>
</body>
</html>
""",
        body="""
各乡镇卫生院，县卫生监督所，各美容美发经营单位：
近期，有群众反映部分美容场所面膜碗、调膜棒重复使用前不消毒。为保障消费者健康，县卫生健康局决定于2024年10月至11月开展专项检查。现将有关事项通知如下：
一、检查内容。重点检查面膜碗、调膜棒、毛巾等公用器具是否一客一换一消毒，消毒间是否设置，消毒记录是否完整。
二、方法步骤。10月25日前各经营单位开展自查；11月1日至20日县卫生监督所组织抽查，每个乡镇抽查不少于5家。
三、工作要求。对检查中发现的问题，要当场督促整改；拒不整改的，依法予以处理。
附件：1.美容美发场所公用器具消毒自查表
2.专项检查情况汇总表
联系人：县卫生监督所　蒋若萤，电话：0871-66231451
湳溪县卫生健康局
2024年10月14日
抄送：县市场监督管理局。
""",
    ),
    dict(
        slug="gov-queshi-bulletin-face-towels-spotcheck-record",
        site="碏城市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.quecheng.gov.example.cn/xxgk/tzgg/202407/t20240723_3318.html",
        title="关于2024年第二季度一次性洗脸巾产品质量监督抽查情况的通报",
        record_date="2024-07-22",
        date="2024-07-22",
        notes="title and date given by the record; the 文号 line is neutral; a data table one row a paragraph; 抄送 and 印发 lines; the bureau's complaint line at the bottom",
        page="""
!m 碏城市市场监督管理局
!m 首页 ＞ 信息公开 ＞ 通知公告
{T}
碏市监质〔2024〕19号
!m 信息来源：质量监督科　发布：2024-07-23　浏览量：406
!a 〔大字〕〔中字〕〔小字〕　〔打印〕
{BODY}
!l 上一条：关于开展电动自行车充电器质量抽查的公告
!l 下一条：碏城市市场监督管理局2024年上半年行政处罚信息
!m 投诉举报：12315　局办公室：0872-3125501
!m 碏城市市场监督管理局 版权所有　技术支持：碏城市大数据服务中心
""",
        indent="\u3000\u3000",
        body="""
各县（市、区）市场监督管理局，市局各科室：
2024年第二季度，市局组织对全市生产、销售的一次性洗脸巾产品开展了监督抽查，共抽查40家企业的40批次产品，发现不合格产品3批次，不合格发现率7.5%。现将有关情况通报如下。
一、抽查结果
企业名称　产品名称　不合格项目
碏城柔洁日用品厂　珍珠纹洗脸巾　荧光增白物质
漊港勤丰无纺布制品店　加厚洗脸巾　定量
峸口鑫雅卫生用品有限公司　卷筒洗脸巾　标识
二、处理要求
各地要依法对不合格产品的生产、销售企业进行处理，责令其立即停止生产销售，查清货值并组织召回，处理结果于8月31日前报市局质量监督科。
碏城市市场监督管理局
2024年7月22日
抄送：市消费者权益保护委员会。
碏城市市场监督管理局办公室　　2024年7月22日印发
""",
    ),
    dict(
        slug="news-kanshan-rattan-chairs-crossborder-captions",
        site="崁山新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kanshan-news.example.cn/bendi/2024-06/08/content_41127.html",
        title="崁山县藤编吊椅搭上跨境电商快车",
        record_title="【崁山产业】崁山县藤编吊椅搭上跨境电商快车 ‖ 崁山新闻网",
        record_date="2024-06-08",
        date="2024-06-08",
        notes="county news portal: an app prompt glued before the lead, a photo caption and a photo placeholder between paragraphs, an editor line glued after the last sentence, a listen button and a 24-hour list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【崁山产业】崁山县藤编吊椅搭上跨境电商快车 ‖ 崁山新闻网</title>
<script src="//cdn.kanshan-news.example.cn/js/ad-slot.js"></script>
</head>
<body>
<header class="ks-head">
<div class="ks-logo">⟦m 崁山新闻网　崁山县融媒体中心主办⟧</div>
<nav>⟦m 时政　本地　乡镇　民生　产业　视听　专题⟧</nav>
<div class="ks-app">⟦a 扫码装“爱崁山”客户端，新闻早知道⟧</div>
</header>
<main>
<div class="ks-crumb">⟦m 崁山新闻网 › 本地 › 产业⟧</div>
<h1>{T}</h1>
<div class="ks-byline"><span>⟦m 2024-06-08 08:12⟧</span> <span>⟦m 来源：崁山融媒⟧</span> <span>⟦m 记者：石楠　通讯员：俞青禾⟧</span></div>
<div class="ks-listen">⟦a ▶ 听新闻（约2分钟）⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-share">⟦l 转发到：朋友圈　微信好友　QQ空间　复制本文链接⟧</div>
</main>
<aside class="ks-24h"><h3>⟦l 二十四小时热读⟧</h3>
<ol><li>⟦l 峸口镇藤编产业园二期开工⟧</li><li>⟦l 崁山县举办乡村电商直播大赛⟧</li><li>⟦l 夏季用电高峰来临 这份安全提示请收好⟧</li></ol></aside>
<footer>
<p>⟦d 凡注明“崁山融媒”的作品，未经书面授权不得转载、摘编。⟧</p>
<p>⟦m 崁山县融媒体中心版权所有　新闻线索：0876-5129110⟧</p>
</footer>
<script>ksAd.load("right-1");</script>
</body>
</html>
""",
        body="""
⟦a 打开爱崁山APP阅读原文⟧6月6日，在崁山县峸口镇藤编产业园，工人们正忙着给一批吊椅打包贴标。这批1200把藤编吊椅将通过跨境电商平台发往东南亚。
⟦m 图为工人在峸口镇藤编产业园给吊椅打包装箱。石楠 摄⟧
“以前给外贸公司做代工，一把吊椅只挣十几块钱。”崁山县逸藤家居有限公司负责人吴春蓉告诉记者，公司去年注册了自有品牌，在跨境平台开设店铺，今年前5个月线上订单同比增长近两倍。
⟦m ［图片加载中……］⟧
为帮助企业开拓市场，崁山县今年举办了4期跨境电商实操培训，培训企业负责人和运营人员210人次，并在产业园建成共享直播间和样品检测室。目前，全县已有27家藤编企业开设网店，吊椅、藤篮等产品销往20多个国家和地区。⟦m （编辑：邝一苇　审核：龙霁）⟧
""",
    ),
    dict(
        slug="news-guiyang-slipper-racks-title-line-missing",
        site="溎阳融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.guiyang-rm.example.cn/xw/msxw/202411/t20241119_6604.shtml",
        title="溎阳抽查宾馆客房用品卫生",
        record_title=None,
        date="2024-11-19",
        notes="no title in the record: the headline line under the column bar; the byline's 发布时间 is the page's date; a video prompt of its own between paragraphs; an author line glued after the last paragraph",
        page="""
!m 溎阳融媒　　溎阳县融媒体中心
!m 民生新闻 ｜ 乡镇动态 ｜ 图说溎阳 ｜ 网络问政
{T}
!m 发布时间：2024-11-19 09:30　来源：溎阳县融媒体中心　阅读量：1836
!a 〈分享〉〈收藏〉〈字号A+〉
{BODY}
!l 相关新闻：
!l 溎阳县开展公共场所控烟暗访
!l 冬季宾馆消防安全检查启动
!m 溎阳县融媒体中心主办　新闻热线：0874-6218800
!d 本网所有原创稿件，转载请注明出处，违者追究法律责任。
""",
        body="""
近日，溎阳县卫生监督所对城区23家宾馆开展客房用品卫生专项抽查，首次将拖鞋架、鞋柜纳入检查范围。
检查中，执法人员对客房拖鞋、拖鞋架进行了涂抹采样，并查看了布草间的消毒记录。结果显示，有4家宾馆的拖鞋架表面细菌总数超标，个别宾馆存在拖鞋不更换、只擦拭的情况。
⟦a 点此观看执法现场短视频（1分32秒）⟧
“拖鞋架和拖鞋贴得最近，却最容易被忽视。”县卫生监督所副所长严斯琦说，对抽查发现的问题，已当场下达卫生监督意见书，要求限期整改，下月将组织复查。
据了解，今年以来该县已开展公共场所卫生检查312家次，发放整改意见书41份。⟦m 文/胡晏舒　图/杜栖⟧
""",
    ),
    dict(
        slug="forum-qitai-hanging-chair-balcony-jammer",
        site="栖台家居论坛 (invented, Discuz-like)",
        style="论坛",
        genre="经验",
        kind="other",
        form="html",
        source="https://bbs.qitai-home.example.com/thread-508816-1-1.html",
        title="一把藤吊椅挂了半年的心得",
        record_title="【晒阳台】一把藤吊椅挂了半年的心得（膨胀螺栓千万别省）- 阳台花园 - 栖台家居论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk as lines and glued after 。, a rating row, a signature, replies; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>【晒阳台】一把藤吊椅挂了半年的心得（膨胀螺栓千万别省）- 阳台花园 - 栖台家居论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Q7w"></script>
</head>
<body>
<div id="toptb">⟦m 栖台家居论坛 — 装修晒家第一站⟧ <a>⟦a 快速登录⟧</a> <a>⟦a 立即注册栖台账号⟧</a></div>
<div id="pt">⟦m 栖台家居论坛 › 晒家专区 › 阳台花园 › 帖子详情⟧</div>
<div class="pls"><p>⟦m 晚风挂檐角⟧</p><p>⟦m 阳台达人　帖子 318　积分 2745⟧</p></div>
<div class="plc">
<h1><span id="thread_subject">⟦t 【晒阳台】一把藤吊椅挂了半年的心得（膨胀螺栓千万别省）⟧</span></h1>
<div class="authi">⟦m 发表于 5 天前　|　只看楼主　|　楼层直达⟧</div>
<div class="t_fsz"><div class="t_f" id="postmessage_9920417">
<p>{T}</p>
{BODY}
</div></div>
<div class="rate">⟦l 参与评分 6　威望 +3　栖台币 +20　理由：实用干货⟧</div>
<div class="sign">⟦m 签名：慢慢装，慢慢住，家是熬出来的⟧</div>
<div class="po">⟦a 回复　引用　举报　点赞 41⟧</div>
</div>
<div class="reply">⟦l 沙发　小苔藓：楼主家是钢筋混凝土现浇板吧？预制板的就别学了⟧</div>
<div class="reply">⟦l 板凳　窗台上的猫：链条在哪买的，求链接⟧</div>
<div id="f_pst">⟦a 登录后方可回帖，游客请先注册⟧</div>
<div id="ft">⟦m 栖台家居论坛 ( 浙ICP备18077403号-1 )　|　GMT+8, 2025-3-14 22:09⟧</div>
<script>discuzReady();</script>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
去年国庆给阳台挂了一把藤编吊椅，到现在用了半年多，说说我的经验，给想装的朋友参考。
第一，先看楼板。我家是现浇楼板，物业师傅用探测仪找了钢筋位置，避开后才打孔。预制板的朋友最好别在顶上挂，改用落地支架款。
第二，螺栓别省。我用的是M12的膨胀螺栓，打了两颗，再配一根承重链条。商家送的小挂钩我直接扔了。
第三，定期检查。每个月我都会看一眼挂钩有没有松动、藤条有没有开裂，雨季还会喷一次防霉剂。
最后提醒一句，吊椅别让小孩站上去荡，我家那把标称承重150公斤，可晃起来冲击力比这大得多。
""",
    ),
    dict(
        slug="forum-suyan-cotton-pads-empties-junk",
        site="素颜派美妆论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="text",
        source="https://bbs.suyanpai.example.com/t/330718",
        title="五款卸妆棉用到见底，说点真话",
        record_title="[空瓶记] 五款卸妆棉用到见底，说点真话 - 护肤交流 - 素颜派论坛",
        date=None,
        notes="beauty forum thread: anti-scraping junk as lines and glued after 。, poster line with a relative time, replies; no date",
        page="""
!m 素颜派论坛 ▸ 护肤交流 ▸ 空瓶记
!t [空瓶记] 五款卸妆棉用到见底，说点真话
!m 楼主：橘子汽水不加冰　Lv5 资深派友　发表于 昨天 21:40
!l 只看楼主　|　倒序阅读　|　跳到底部
{BODY}
!a 收藏(56)　点赞(132)　举报
!l #2 棉花糖：厚款掉毛太真实了，我用来卸睫毛膏每次都粘一脸
!l #3 阿梨：求第三款的名字！敏感肌需要
!l #4 楼主回复阿梨：发帖规定不能写品牌，私信你
!a 回帖需绑定手机号，点此去绑定
!m 素颜派 · 只聊真实用感　沪ICP备21009342号
""",
        junk=dict(lines=2, glued=3),
        body="""
这半年陆续用完了五款卸妆棉，趁着整理空袋子，写写真实感受。
一是厚款压边的，吸水量大，做湿敷刚好，但卸眼妆时容易掉毛，睫毛上总挂着小絮。
二是薄款可撕的，能一片撕成三四层，拍水很省，不过用来卸防晒就显得单薄，得叠两片。
三是纯棉无纺的，手感最软，敏感期用着没有刺痛感，价格也是五款里最贵的。
总的来说，卸妆选厚的，拍水选薄的，皮肤敏感就认准纯棉。大家还有什么好用的，欢迎留言推荐。
""",
    ),
]
