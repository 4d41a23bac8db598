"""holdout251, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-guyu-speech-drying-mat-industry",
        site="谷雨范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.guyufanwen.net/jianghua/chanye/2024/0919/41877.html",
        title="在全县晒谷席编织产业发展推进会上的讲话",
        record_title="在全县晒谷席编织产业发展推进会上的讲话（精编范文·可直接套用）_谷雨范文网",
        date="2024-09-06",
        date_also=["2024-09-19"],
        notes="old gb2312 table page: marquee, reading-size row, hot list, floating ghost-writer QQ box, visitor counter; "
        "a ghost-writer WeChat glued after a 。 inside a paragraph, an 'unfold the other pieces' line between paragraphs; "
        "speaker and date lines under the title (neutral), the page's posting date differs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县晒谷席编织产业发展推进会上的讲话（精编范文·可直接套用）_谷雨范文网</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 谷雨范文网 · 笔下有春秋⟧</td><td align="right"><a href="/set.asp">⟦a 设本站为浏览器主页⟧</a>　<a href="/fav.asp">⟦a 把谷雨范文放进收藏夹⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 谷雨范文网每日上新讲话、总结、方案、心得，老用户请记好新域名 guyufanwen.net⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">计划方案</a> | <a href="/xinde/">心得感悟</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您所在的栏目：谷雨范文网 &gt;&gt; 领导讲话 &gt;&gt; 产业发展讲话⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 录入：青禾　更新于：2024-09-19　人气：<font color="red">1733</font>⟧</div>
<div class="ziti">⟦a 〔阅读字号：特大 较大 标准〕〔底色：米黄 豆绿 纯白〕⟧</div>
<p align="center">秬川县人民政府副县长　温秉诚</p>
<p align="center">（2024年9月6日）</p>
{BODY}
<div class="xiazai"><a href="/down.asp?id=41877">⟦a 点此下载这篇讲话的Word原稿（需消耗3个谷粒）⟧</a></div>
<div class="shangxia">⟦l 上一篇：在全县秋粮收购工作会议上的讲话⟧<br>⟦l 下一篇：乡镇竹编合作社年度工作汇报⟧</div>
</td>
<td width="250" valign="top" class="right">
<div class="bt">⟦l 近七天点击榜⟧</div>
<ul>
<li><a href="/a/41850.html">⟦l 在全县特色产业推进会上的表态发言⟧</a></li>
<li><a href="/a/41822.html">⟦l 县领导在竹产业招商座谈会上的致辞⟧</a></li>
<li><a href="/a/41790.html">⟦l 乡村手工业发展情况汇报（三篇）⟧</a></li>
</ul>
</td>
</tr>
</table>
<div id="qqfloat" style="position:fixed;right:6px;top:220px;">⟦w 材料赶时间？代写QQ：3306198472⟧</div>
<table width="960" border="0" align="center"><tr><td class="foot">
⟦d 本站范文均由热心网友整理分享，仅作写作参考，请勿整篇抄用。⟧<br>
⟦m 谷雨范文网 guyufanwen.net　鄂ICP备19037752号⟧<br>
⟦m 您是本站第 0089214 位来访者⟧
</td></tr></table>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天我们召开全县晒谷席编织产业发展推进会，主要是总结前段工作，研究解决竹编晒谷席产业发展中的突出问题。刚才，秠口镇和稂坪镇作了交流发言，讲得很实在。⟦w 稿子急用可加微信 guyu_bz88 找老师代笔⟧下面我讲三点意见。
一、看清家底，增强发展信心。全县现有竹编晒谷席加工户1260户，去年产销晒谷席9.8万张，产值3100多万元，产品销往周边六个省份。秬川竹席编得密、晒得匀、不漏谷，是几代人攒下来的金字招牌。
⟦a 【本篇还有两篇同题范文，开通会员点此展开】⟧
二、抓住关键，补齐短板弱项。一要稳住原料，在秬河两岸新建毛竹基地2000亩；二要带好队伍，每年培训编席能手300人次；三要打响品牌，统一标识、统一标准，杜绝以次充好。
三、压实责任，确保措施落地。各乡镇要明确一名分管领导牵头抓，县农业农村局、县市场监管局要加强指导服务，年底前县里将组织一次专项督查。
同志们，一张晒谷席连着千家万户的收成。希望大家真抓实干，把这个富民产业做大做强！
""",
    ),
    dict(
        slug="fanwen-daosui-insight-clapper-training",
        site="稻穗范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.daosuifw.cn/xinde/peixun/2024/77120.html",
        title="参加全县快板骨干培训班心得体会",
        record_title="【心得频道】参加全县快板骨干培训班心得体会（字数可调）",
        date=None,
        notes="column prefix and a word-count aside in the record title; a login-to-read line between paragraphs, "
        "a 'more insights' link glued after the last 。; only an update stamp and a relative time, no date",
        page="""
!m 稻穗范文网　｜　写材料，拾起来就能用
!m 位置：稻穗范文网 / 心得体会 / 培训心得
!t 【心得频道】参加全县快板骨干培训班心得体会（字数可调）
!m 投稿：禾下乘凉　收录：2 天前　被复制 408 次
!a 全文复制 ｜ 转存为Word ｜ 放进我的素材箱
{BODY}
!a 觉得有用？点个赞，再把本页转给写材料的同事
!l 相关推荐
!l ◇ 参加非遗传承人研修班的收获与思考
!l ◇ 文化志愿者培训心得（精选5篇）
!l ◇ 基层文艺骨干培训班学员发言稿
!d 稻穗范文网所载文章来自会员投稿，如涉及版权问题请发邮件告知，核实后下架。
!m Copyright 2019-2024 daosuifw.cn 湘ICP备20018834号
""",
        indent="\u3000\u3000",
        body="""
今年五月，我参加了县文化馆举办的快板骨干培训班。七天时间里，老艺人手把手地教，从握板、打点到贯口，一招一式都不含糊，让我这个“半路出家”的文艺骨干受益匪浅。
一是功夫在板外。竹板只有几块，打出来的却是整段书的精气神。老师说，板要稳、嘴要清、词要顺，三样缺一样都不成。我每天练板半个小时，手掌磨出了茧子，才算把“大板”“小板”分清楚。
⟦a 余下两段需登录后阅读，手机号登录只要3秒⟧
二是作品要接地气。快板好听，关键在词。学员们分组把移风易俗、防范诈骗等内容编进唱词，用乡亲们的话说乡亲们的事，结业汇演时台下笑声不断。
三是传承靠大家。如今会打快板的年轻人不多，回到村里后，我打算组织一支少儿快板队，利用周末教孩子们打板、说词，让这门老手艺后继有人。⟦l 更多培训心得请戳这里＞＞⟧
""",
    ),
    dict(
        slug="wenku-modian-plan-clay-figurine-study-tour",
        site="墨点文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.modianwenku.com/view/8a41c2e07f.html",
        title="埏湖区中小学泥人非遗研学实践活动方案",
        record_title="埏湖区中小学泥人非遗研学实践活动方案.docx",
        date="2024-04-18",
        notes="a 文库 reader: file name as the record title, viewer toolbar, page-marker paragraphs (⋇ n ⋇) cutting sentences, "
        "a monthly-card lock and a coin pay box; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>埏湖区中小学泥人非遗研学实践活动方案.docx - 墨点文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.modianwenku.com/reader/v5/reader.min.js"></script>
</head>
<body>
<header class="md-head"><a class="logo" href="/">⟦m 墨点文库⟧</a><span class="slogan">⟦m 一点墨，万卷文⟧</span><input placeholder="搜文档"><a href="/login">⟦a 登录 / 注册领30墨币⟧</a></header>
<nav class="md-crumb">⟦m 墨点文库 › 教育资料 › 德育与研学 › 实践活动⟧</nav>
<div class="doc-meta"><h1 class="doc-title">⟦t 埏湖区中小学泥人非遗研学实践活动方案.docx⟧</h1>
<p>⟦m 上传者：墁田小陶　|　5页　|　浏览1926次　|　评分4.6⟧</p></div>
<div class="viewer-bar">⟦a 缩小　放大　全屏阅读　翻页模式　AI总结全文⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 剩余2页未展开，开通文库月卡即可畅读⟧</div>
<div class="pay-box">⟦a 单篇下载 8墨币　｜　月卡会员免费下载⟧</div>
<section class="rel"><h3>⟦l 看过本文的人还在看⟧</h3>
<ul><li>⟦l 小学陶艺社团活动计划（含课时安排）⟧</li><li>⟦l 中小学研学旅行安全应急预案范本⟧</li><li>⟦l 非遗进校园活动总结汇报⟧</li></ul></section>
<footer>⟦d 文档由用户上传，墨点文库仅提供存储与展示服务；若侵犯您的权益，请通过“版权申诉”提交材料。⟧<br>⟦m © 2024 modianwenku.com　浙ICP备21044169号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="reader-line">{}</p>',
        pages=dict(fmt="⋇ {n} ⋇", every=105, start=2),
        body="""
为传承泥人制作技艺，丰富学生研学实践内容，区教育局决定在全区中小学开展泥人非遗研学实践活动，特制定本方案。
一、活动时间
2024年5月至10月，各校分批组织，每校安排不少于两个半天。
二、活动对象
全区小学四至六年级、初中一至二年级学生，每批次不超过45人。
三、活动内容
（一）走进作坊。到墁田镇泥人传习所参观取土、揉泥、捏塑、彩绘等工序，听传承人讲墁田泥人的来历。
（二）动手捏塑。在老师指导下，每名学生完成一件以“我的家乡”为主题的泥人作品。
（三）成果展示。各校选送优秀作品参加年底全区学生泥人作品展。
四、工作要求
各校要制定安全预案，配足带队教师，严禁学生私自下河取泥；研学费用由区财政保障，不得向学生收取。
埏湖区教育局
2024年4月18日
""",
    ),
    dict(
        slug="wenku-sumi-research-drying-mats-wrapped-cn-date",
        site="粟米文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.sumiwenku.com/p-30918877.html",
        title="关于稃阳县农户晒谷席使用情况的调研报告",
        record_title="关于稃阳县农户晒谷席使用情况的调研报告（完整版）- 粟米文库",
        date="2024-11-05",
        notes="a 文库 preview as text: hard-wrapped at 62 columns, page markers ⹀n⹀ glued to the continuation line; "
        "a table one row a paragraph; 成文日期 in Chinese numerals; a trial-read-over pay prompt at the end",
        page="""
!m 粟米文库 - 文档预览
!t 关于稃阳县农户晒谷席使用情况的调研报告（完整版）- 粟米文库
!m 页数：4　大小：31.2KB　格式：DOC　上传于 2024-11-20
!a 下载文档　加入书架　纠错反馈　举报
{BODY}
!a 试读已到末页，剩余内容需支付 4.90 元后查看
!l 同类文档：农村公共晒场建设情况调查 / 秋粮收储情况汇报 / 农机补贴政策落实情况调研
!d 本文档由粟米文库用户上传，文库不对内容真实性负责。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⹀{n}⹀", every=110, start=2, glue=True),
        body="""
为了解农户秋收晾晒条件，今年十月，县农业农村局调研组走访了三个乡镇、18个村、240户种粮户，现将晒谷席使用情况报告如下。
一、基本情况
调查户中有231户使用竹编晒谷席晾晒稻谷，户均5.5张，其中使用五年以上的旧席占四成。分乡镇情况如下：
乡镇　户均张数　破损率
秠口镇　6.2张　18%
稂坪镇　4.8张　26%
墁田镇　5.5张　21%
二、存在问题
一是旧席破损多，漏谷、夹沙较为普遍；二是晒场不足，部分农户仍把晒谷席铺到村道甚至县道上，存在交通安全隐患；三是新席每张由120元涨到160元左右，不少老年农户舍不得换。
三、几点建议
建议将晒谷席纳入农机具补贴试点，每张补助40元；利用村部空地、学校操场错时建设公共晒场；组织编席能手上门修补旧席。
稃阳县农业农村局调研组
二〇二四年十一月五日
""",
    ),
    dict(
        slug="gov-suixi-notice-grain-drying-safety-index-table",
        site="穟溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.suixi.gov.example.cn/zwgk/tzgg/202409/t20240912_118846.html",
        title="穟溪县农业农村局关于做好2024年秋粮晾晒安全工作的通知",
        record_title="穟溪县农业农村局关于做好2024年秋粮晾晒安全工作的通知_通知公告_穟溪县人民政府",
        date="2024-09-10",
        date_also=["2024-09-12"],
        notes="county portal: elder/reader links, 索引号 table with the 文号 cell unmarked (neutral), an attachment download link "
        "next to the document's own 附件 list, the document's 联系人/电话 beside the portal's 纠错 line and 12345; "
        "成文日期 under the signature, the portal's 发布日期 two days later",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>穟溪县农业农村局关于做好2024年秋粮晾晒安全工作的通知_通知公告_穟溪县人民政府</title>
<meta name="SiteName" content="穟溪县人民政府">
<meta name="ColumnName" content="通知公告">
<script src="/common/js/jquery.min.js"></script>
<script>var _maq = _maq || []; _maq.push(['_setAccount', 'suixi-gov']);</script>
</head>
<body>
<div class="topbar"><span>⟦m 今天是：<span id="today"></span>⟧</span><a href="/oldman/">⟦a 字大好读版⟧</a><a href="/reader/">⟦a 语音读屏⟧</a><a href="/m/">⟦a 手机看⟧</a></div>
<div class="banner"><span class="site-name">⟦m 穟溪县人民政府⟧</span><span class="site-en">⟦m www.suixi.gov.example.cn⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进穟溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumbs">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：115309KH/2024-03317⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
<tr><td>⟦m 发布机构：穟溪县农业农村局⟧</td><td>⟦m 发布日期：2024-09-12⟧</td></tr>
<tr><td colspan="2">穟农〔2024〕58号</td></tr>
</table>
<h1 class="article-title">{T}</h1>
<div class="article-tools">⟦a 【字号 加大 还原 减小】【打印此页】【关闭窗口】⟧</div>
<div class="article-content">
{BODY}
</div>
<div class="attach"><a href="/att/118846_1.xlsx">⟦a 附件1 晒谷席发放登记表.xlsx⟧</a><br><a href="/att/118846_2.pdf">⟦a 附件2 公共晒场开放时间表.pdf⟧</a></div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 穟溪县2024年秋季农业生产技术指导意见⟧</li><li>⟦l 县交通运输局关于开展公路打场晒粮专项整治的通告⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：穟溪县人民政府办公室　承办：穟溪县融媒体中心⟧</p>
<p>⟦m 网站纠错电话：0736-4817700　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码 5309260011　滇ICP备05008171号⟧</p>
</div>
<script src="/common/js/stat.js"></script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
各乡镇人民政府，县直有关单位：
当前正值秋粮收获晾晒高峰期，为防止农户在公路上晒粮引发交通事故，保障群众生命财产安全，现就有关事项通知如下。
一、严禁占道晒粮。各乡镇要组织村组干部开展巡查，发现在县道、乡道上摊晒稻谷的，及时劝导收回。
二、做好晒谷席发放。县财政安排资金36万元，为全县脱贫户和独居老人免费发放晒谷席3000张，由各乡镇于9月25日前登记造册、发放到户。
三、开放公共晒场。各村要清理村部广场、闲置校舍操场等场地，供群众错时晾晒。
联系人：沈禾青，电话：0736-4812065。
附件：1.晒谷席发放登记表
2.公共晒场开放时间表
穟溪县农业农村局
2024年9月10日
""",
    ),
    dict(
        slug="gov-tingzhou-bulletin-belt-spot-check-table",
        site="鞓州市人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.tingzhou.gov.example.cn/zwgk/zlaq/202407/t20240722_5521.html",
        title="鞓州市市场监督管理局关于2024年皮带产品质量监督抽查情况的通报",
        record_date="2024-07-22",
        date="2024-07-22",
        notes="record title and date as is; a 文号 line (neutral); a table of failed products one row a paragraph; "
        "抄送 and 印发 lines in the body; the portal's font and print row and a 'rate this page' box around it",
        page="""
!m 鞓州市人民政府门户网站
!m 首页 > 政务公开 > 质量安全 > 抽查通报
{T}
!m 来源：市市场监管局　发布时间：2024-07-22 17:05　浏览次数：611
!a 【 大 中 小 】　【 打印本页 】　【 关闭 】
鞓市监质〔2024〕31号
{BODY}
!l 本页信息对您有帮助吗？　有帮助　没帮助
!l 上一条：鞓州市2024年第二季度电梯安全状况通报
!l 下一条：关于开展儿童用品质量安全守护行动的通知
!m 主办单位：鞓州市人民政府办公室　联系我们　网站地图
!m 网站标识码：3607000022　赣公网安备 36070202000418号
""",
        indent="\u3000\u3000",
        body="""
各县（市、区）市场监管局，各有关企业：
今年5月至6月，市局组织对全市生产、销售的皮带产品开展了质量监督抽查，共抽查28家企业和商户的40批次产品，发现不合格产品6批次，不合格发现率15%。现将有关情况通报如下。
一、部分不合格产品情况
企业名称　产品名称　不合格项目
埏湖区恒韧皮具厂　牛皮腰带　耐折牢度
绗水县利昌皮件店　男士皮带　扣件耐腐蚀
鞓州市新格服饰商行　二层皮皮带　标识标注
二、处理要求
各地要责令不合格产品生产者、销售者立即停止生产、销售，查清原因、认真整改，并在30日内组织复查。
鞓州市市场监督管理局
2024年7月22日
抄送：省市场监督管理局质量监督处。
鞓州市市场监督管理局办公室　2024年7月22日印发
""",
    ),
    dict(
        slug="news-tingzhou-clay-figurine-workshop-h1-only",
        site="鞓州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.tingzhou.example.com/xq/2024-06/03/content_90773.html",
        title="墁田镇泥人传习所开门迎客",
        record_title=None,
        date="2024-06-03",
        notes="no title in the record (only the <h1>); an app prompt glued before the lead, a listen button, photo captions on "
        "lines of their own between paragraphs, an editor/reviewer line glued after the last 。, a 24-hour list; 发布时间 byline",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鞓州新闻网</title>
<script async src="https://ad.tingzhou.example.com/slot.js"></script>
</head>
<body>
<div class="top-nav">⟦m 鞓州新闻网⟧ <a>⟦m 时政⟧</a> <a>⟦m 县区⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 文旅⟧</a> <a>⟦m 视频⟧</a> <a>⟦a 下载鞓州新闻APP⟧</a></div>
<div class="location">⟦m 鞓州新闻网 &gt; 县区 &gt; 埏湖⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-06-03 10:21　来源：鞓州日报　记者：凌晓棠⟧</div>
<div class="listen">⟦a ▶ 语音播报本文⟧</div>
<div class="content">
{BODY}
</div>
<div class="ad-slot">⟦m 广告　鞓州农商银行 · 乡村振兴贷 线上秒批⟧</div>
</article>
<aside><h3>⟦l 24小时点击排行⟧</h3><ol>
<li>⟦l 鞓州至绗水高速公路北段建成通车⟧</li>
<li>⟦l 埏湖区今年新增城区学位2400个⟧</li>
<li>⟦l 我市发布高温防暑健康提示⟧</li></ol></aside>
<footer>⟦d 凡注明“来源：鞓州日报”的稿件，未经书面授权不得转载、摘编。⟧<br>⟦m 鞓州日报社主办　互联网新闻信息服务许可证 36120180007⟧</footer>
</body>
</html>
""",
        body="""
⟦a 在鞓州新闻客户端看，图片更清晰⟧6月1日，墁田镇泥人传习所正式对外开放，前来参观体验的游客和孩子把小院挤得满满当当。
传习所由省级非遗传承人钟守仁和他的三个徒弟共同打理，院里陈列着“渔樵耕读”“秬河船工”等200多件泥人作品，最老的一件捏于上世纪五十年代。
⟦m 钟守仁（右）向小朋友演示泥人开脸。凌晓棠 摄⟧
“泥人好不好，先看泥。”今年68岁的钟守仁介绍，墁田泥人用的是河滩下的红胶泥，要经过晾、捶、泡、揉四道工序，捏出来不裂不走形。
传习所开设了亲子捏泥课，每期两小时，开放第一天就有80多组家庭报名。镇里还与电商平台合作，推出十二生肖泥人文创礼盒，首批3000套已全部售出。
⟦m 传习所展柜里的“秬河船工”系列。凌晓棠 摄⟧
墁田镇文化站负责人表示，下一步将依托传习所建设泥人研学基地，让老手艺捏出新“钱景”。⟦m （责编：苏沐　终审：郑岚）⟧
""",
    ),
    dict(
        slug="news-fuyang-clapper-contest-byline",
        site="稃阳融媒网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.fuyangrm.example.cn/xyyw/20241015/36214.html",
        title="稃阳县举办首届乡村快板大赛",
        record_title="稃阳县举办首届乡村快板大赛 - 县域要闻 - 稃阳融媒网",
        date="2024-10-15",
        notes="county news portal as text: column and site suffixes; a photo caption between paragraphs; "
        "an editor line glued after the last 。; 发布时间 in the byline",
        page="""
!m 稃阳融媒网　稃阳人自己的新闻网
!m 首页 | 县域要闻 | 乡镇动态 | 民生热线 | 融媒视频
{T}
!m 发布时间：2024-10-15 18:06　来源：稃阳融媒　阅读 2.1万
!a 分享　｜　字号　｜　夜间模式
{BODY}
!l 热点推荐
!l 稃阳县今年秋粮总产预计突破8亿斤
!l 秠口镇“板凳课堂”把政策讲到田间
!m 稃阳县融媒体中心版权所有　举报电话：0738-6622110
""",
        indent="\u3000\u3000",
        body="""
本报讯（记者 吕冬）10月13日，稃阳县首届乡村快板大赛在县文化广场落幕，来自12个乡镇的26支代表队同台竞技，吸引3000余名群众现场观看。
比赛作品全部由各乡镇自编自演，内容涉及移风易俗、秸秆禁烧、防范电信诈骗等群众身边事。稂坪镇代表队的《晒场新事》讲述了村民从公路晒粮到用晒谷席进晒场的变化，获得一等奖。
⟦m 图为稂坪镇代表队在比赛现场。吕冬 摄⟧
“竹板一打，道理就进了心里。”县文化馆馆长汤若水说，快板短小精悍、通俗易懂，是基层宣讲的好形式。
据悉，获奖节目将组成巡演队，年底前走进全县100个行政村。⟦m 【编辑：韩小禾】⟧
""",
    ),
    dict(
        slug="forum-zhenyu-needles-thread-jammer",
        site="针语绣坊论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.zhenyuxiufang.example.com/thread-27716-1-1.html",
        title="绣了二十年，说说绣花针怎么挑",
        record_title="[针线经验] 绣了二十年，说说绣花针怎么挑 - 刺绣技法 - 针语绣坊论坛",
        date=None,
        notes="Discuz-like embroidery forum: jammer-font junk lines and glued junk, author cell with rank and points, "
        "a rating row, a signature, replies; the post time relative (3 天前), no date",
        page="""
<html>
<head><meta charset="gbk"><title>[针线经验] 绣了二十年，说说绣花针怎么挑 - 刺绣技法 - 针语绣坊论坛 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0px}</style></head>
<body>
<div id="hd">⟦m 针语绣坊论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 加入绣坊⟧</a></div>
<div id="pt">⟦m 针语绣坊论坛 › 刺绣技法 › 查看主题⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 苏绣阿婆⟧</div><p>⟦m 绣坊元老　积分 8830　帖子 1207⟧</p></td>
<td class="plc">
<h1 class="ts">⟦t [针线经验] 绣了二十年，说说绣花针怎么挑⟧</h1>
<div class="authi">⟦m 发表于 3 天前　|　只看楼主　|　阅读模式⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88102">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　绣币 +18　收起理由：实用！⟧</div>
<div class="sign">⟦m 一针一线都是光阴，慢慢绣⟧</div>
<div class="po">⟦a 回复　引用　收藏本帖　点赞 42⟧</div>
</td></tr></table>
<div class="reply">⟦l 2#　小满绣娘：收藏了，原来针号越大越细，我一直弄反⟧</div>
<div class="reply">⟦l 3#　针脚歪歪：请问阿婆，劈丝用几号针合适？⟧</div>
<div id="f_pst">⟦a 登录绣坊后才能发表回复⟧</div>
<div id="ft">⟦m 针语绣坊论坛 ( 苏ICP备17052290号 )　Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
经常有新手姐妹问我绣花针怎么挑，今天统一说一下，都是自己二十年绣下来的体会。
一是看针号。针号越大针越细，绣细丝线、劈丝绣用12号以上，绣十字绣、粗线用5到7号就够了。
二是看针鼻。好针的针鼻打磨得光滑，穿线不起毛、不断线；便宜的针鼻有毛刺，绣不了几针丝线就起球。
三是看针尖。拿针在丝绸上轻轻划一下，好针不挂丝，差的针会把绸面拉出一道印子。
最后提醒一句，绣花针用久了会发钝，要放在干燥的针插里保存，别搁在潮湿的地方生锈。
""",
    ),
    dict(
        slug="forum-jiangxin-first-belt-junk-text",
        site="匠心手作论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.jiangxinsz.example.net/forum/pige/t-55019.html",
        title="第一次自己缝皮带，记录一下过程",
        record_title="【手作分享】第一次自己缝皮带，记录一下过程（多图）- 皮艺工坊 - 匠心手作论坛",
        date=None,
        notes="a craft forum thread as text: junk lines and junk glued after 。; level/points line; replies below; "
        "the post time is 昨天, no date",
        page="""
!m 匠心手作论坛 › 皮艺工坊 › 帖子详情
!t 【手作分享】第一次自己缝皮带，记录一下过程（多图）
!m 楼主：牛皮癣老张　Lv.4 手艺学徒　积分 612　发表于 昨天 21:40
!l 只看楼主　｜　正序浏览　｜　跳到最后一楼
{BODY}
!m 本帖图片已压缩，点原图查看大图
!l 沙发 · 皮小匠：第一条就缝这么齐，可以啊
!l 板凳 · 阿木：菱斩哪家的？求链接
!l 地板 · 牛皮癣老张：回复阿木，淘来的国产四齿，几十块
!a 回帖请先登录，新人首帖需审核
!m 匠心手作论坛 jiangxinsz.example.net　本站内容为网友原创
""",
        junk=dict(lines=2, glued=2),
        body="""
入坑皮具半年，前几天终于缝了第一条皮带，记录一下过程，给想入门的朋友参考。
材料用的是3.5毫米厚的植鞣牛皮，宽3.8厘米，长度按自己腰围加了20厘米。先用裁皮刀沿钢尺裁条，再用削边器把两侧的边削圆。
接下来是打孔和缝线。我用四齿菱斩打线孔，蜡线选的0.55毫米，两根针对穿手缝，缝扣头那一段花了整整一个晚上。
最后是封边，磨边油刷了三遍，每遍都用帆布来回打磨，边缘才变得光亮。
整条皮带前后做了四天，成本不到一百元，系在腰上还挺有成就感。
""",
    ),
]
