"""holdout275, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text each).

Invented text (sites, places, people, numbers, URLs); every case written by hand. See
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-quebi-speech-rush-wick-industry",
        site="鹊笔范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.quebi-fw.cn/jianghua/nongye/2024/0502/11873.html",
        title="在全县灯芯草产业发展推进会上的讲话",
        record_title="【致辞讲话·精编】在全县灯芯草产业发展推进会上的讲话（换个地名即可用）_鹊笔范文网",
        date="2024-04-18",
        date_also=["2024-05-02"],
        notes="old gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "speaker and Chinese-numeral date lines under the title (neutral); a ghost-writer prompt glued after a sentence; "
        "the site's posting date differs from the speech's",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞讲话·精编】在全县灯芯草产业发展推进会上的讲话（换个地名即可用）_鹊笔范文网</title>
<meta name="keywords" content="灯芯草,产业发展,推进会,讲话稿">
<link href="/skin/qb/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qb_count.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><a href="/"><img src="/skin/qb/logo.gif" alt="鹊笔范文网" border="0"></a></td>
<td align="right"><font color="#888888">⟦m 鹊笔范文网·替您把材料写在前头⟧</font><br>
<a href="javascript:void(0)">⟦a 设为首页⟧</a> <a href="javascript:void(0)">⟦a 收藏鹊笔⟧</a> <a href="/map.html">⟦m 栏目地图⟧</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#9b2d20">
<tr><td height="32" class="nav">⟦m <a href="/">首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">计划方案</a> | <a href="/xinde/">心得体会</a> | <a href="/gongwen/">公文写作</a>⟧</td></tr>
</table>
<table width="980" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 鹊笔公告：本站每天上新讲话稿三十篇，节假日照常更新，欢迎老朋友常回来看看⟧</marquee></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您所在的栏目：<a href="/">鹊笔范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; <a href="/jianghua/nongye/">农业农村讲话</a>⟧</div>
<h1 align="center">{T}</h1>
<div align="center" class="info">⟦m 发布时间：2024-05-02　来源：会员投稿　人气：<span id="hits">2874</span>⟧</div>
<div align="center">⟦a 〖调整字号：特大 大 中 小〗⟧　⟦a 〖夜读护眼〗⟧</div>
<p align="center">县委副书记、县长　章立衡</p>
<p align="center">（二〇二四年四月十八日）</p>
<div class="content">
{BODY}
</div>
<div class="down">⟦a ＞＞点此下载本篇Word文档（会员免积分）⟧</div>
<table width="100%"><tr><td>⟦l 上一篇：乡镇特色种植产业观摩会讲话⟧</td><td align="right">⟦l 下一篇：县长在全县春季植树动员会上的讲话⟧</td></tr></table>
</td>
<td width="260" valign="top">
<table width="100%" class="side"><tr><td class="tit">⟦l 讲话稿本周排行⟧</td></tr>
<tr><td>⟦l ·乡村特色产业推进会表态发言⟧</td></tr>
<tr><td>⟦l ·农业招商引资签约仪式致辞⟧</td></tr>
<tr><td>⟦l ·县长在农产品品牌发布会上的讲话⟧</td></tr></table>
</td></tr></table>
<div id="qb_float" style="position:fixed;right:6px;top:220px;width:120px;">⟦w 材料代笔请找小鹊 QQ：2870031546⟧<br>⟦w 工作日 8:00-23:00 在线⟧</div>
<table width="980" border="0" align="center" class="foot"><tr><td align="center">
⟦d 鹊笔范文网所载范文多为会员投稿，仅供写作参考，转载请保留出处⟧<br>
⟦m Copyright 2011-2024 鹊笔范文网 www.quebi-fw.cn 赣ICP备11035877号⟧<br>
⟦m 您是本站第 0038211 位访客⟧
</td></tr></table>
<script language="javascript">qb_tongji();</script>
</body></html>
""",
        body="""
同志们：
今天召开全县灯芯草产业发展推进会，主要是总结去年产业发展情况，部署今年重点工作。刚才，邙田镇和两家加工企业作了发言，讲得很实在，我都赞同。
灯芯草是我县的传统特色作物，过去家家户户用它的草芯点油灯、编草席，如今灯芯草席、灯芯草枕和中药饮片已经销往二十多个省份。去年全县种植面积达到一万二千亩，综合产值突破三亿元。⟦w 讲话稿量身定制，加小鹊微信 qbfw_0791 详谈⟧
下面，我讲三点意见。第一，要稳住种植面积，推广良种，把“一镇一片”的布局落到地块。第二，要做强精深加工，支持企业研发香薰灯芯、工艺灯芯等新产品，延长产业链条。第三，要擦亮区域品牌，统一标识、统一标准，坚决杜绝以次充好。
同志们，小小一根灯芯草，连着千家万户的钱袋子。希望大家齐心协力，把这个特色产业做大做强！
""",
    ),
    dict(
        slug="fanwen-shuyan-insight-ear-pick-training",
        site="书砚范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.shuyanfw.com/xinde/peixun/60917.html",
        title="参加采耳从业人员卫生知识培训心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line under the site and column lines; an update stamp in relative time "
        "(no date); a member-unlock line between paragraphs; a copy button glued before a paragraph's first words",
        page="""
!m 书砚范文 · 心得体会频道
!m 书砚范文 > 心得体会 > 培训心得
{T}
!m 字数：约760字　　更新：3 天前　　围观：1908
!a 〔全文复制〕　〔导出PDF〕　〔添加书签〕
{BODY}
!a 喜欢这篇范文？点亮小红心，让更多同行看到
!l 同类范文推荐
!l ▸ 美容美发从业人员培训心得（三篇）
!l ▸ 参加公共场所卫生知识培训的收获
!l ▸ 足浴店员工岗前培训体会
!w 写不出来别硬写，书砚写手一对一代笔：微信 shuyan-xs77
!d 书砚范文提醒：范文仅作参考，原样照抄后果自负
!m 书砚范文 m.shuyanfw.com　苏ICP备20061437号
""",
        indent="\u3000\u3000",
        body="""
上个月，我参加了县卫健局组织的采耳从业人员卫生知识培训。三天的课程不长，却让我这个干了六年采耳的老师傅重新认识了手里的这把耳勺。
以前我总觉得，耳勺用酒精棉擦一擦就算消毒了。老师用放大镜给我们看擦过的耳勺，上面还粘着皮屑，大家都愣住了。原来耳勺、耳镊要按清洗、浸泡、冲洗、高温消毒的顺序处理，消毒后单独装袋，做到一客一用。
⟦a 后面还有约四成内容，开通书砚月卡即可继续阅读⟧
培训还讲了哪些人不适合采耳：外耳道发炎的、耳朵流脓的、做过耳部手术的，都要劝顾客先去医院。过去为了多做一单生意，这些我很少问，现在想想真是后怕。
⟦a 【复制此段】⟧回到店里，我把工具柜重新分了格，买了专用消毒柜，还在墙上贴了操作流程。顾客看见我们当面拆开消毒包，也更放心了。
干手艺活，手上功夫要练，卫生这根弦更要绷紧。我会把学到的东西教给店里的两个徒弟，让每一把耳勺都干干净净。
""",
    ),
    dict(
        slug="wenku-zhuchuang-report-rush-wick-pdf-markers",
        site="竹窗文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhuchuangwk.com/view/7f31c0a92e.html",
        title="关于邛溪县灯芯草种植加工情况的调研报告",
        record_title="关于邛溪县灯芯草种植加工情况的调研报告.pdf",
        date="2024-09-26",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⊕ n ⊕ cutting sentences, coin paywall, upload stamp "
        "(no date); file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于邛溪县灯芯草种植加工情况的调研报告.pdf - 竹窗文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhuchuangwk.com/reader/v3/reader.min.js"></script>
<style>.page-sep{color:#aaa;text-align:center}.rd-body p{line-height:1.9}</style>
</head><body>
<header class="zc-head"><a class="logo" href="/">⟦m 竹窗文库⟧</a><span class="slogan">⟦m 一扇竹窗，万卷好文⟧</span>
<form action="/s"><input name="kw" placeholder="搜你想要的文档"><button>⟦a 搜文档⟧</button></form>
<a href="/login">⟦a 登录｜注册⟧</a> <a href="/vip">⟦a 竹窗会员·畅读季卡⟧</a></header>
<nav class="crumb">⟦m 竹窗文库 / 行业资料 / 农林牧渔 / 调研报告⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 贡献者：绿野行者　　上传于：2024-10-08　　页数：4页　　大小：312KB⟧</p>
<p class="doc-score">⟦m 评分 4.7 ★★★★☆　　浏览 1,533　　下载 64⟧</p></div>
<div class="toolbar">⟦a 放大 缩小 适合宽度 全屏阅读⟧　⟦a 下载（8竹币）⟧　⟦a 加入书架⟧</div>
<div class="rd-body">
{BODY}
</div>
<div class="paywall"><p>⟦a 试读只到第2页，余下内容付8竹币即可下载⟧</p><button>⟦a 付费下载⟧</button> <button>⟦a 开通季卡免费读⟧</button></div>
<aside class="rel"><h3>⟦l 看了这篇的人还在看⟧</h3><ul>
<li>⟦l 灯芯草席加工技术要点.doc⟧</li>
<li>⟦l 县域特色农产品品牌建设调研（2篇）⟧</li>
<li>⟦l 关于发展林下经济的调研与思考⟧</li></ul></aside>
<footer><p>⟦d 竹窗文库文档由网友上传，平台只提供存储空间，如涉及侵权请与我们联系⟧</p>
<p>⟦m © 2024 竹窗文库 zhuchuangwk.com　浙ICP备22041183号-1⟧</p></footer>
<script>ZC.reader.init({docId:"7f31c0a92e",free:2});</script>
</body></html>
""",
        p_html="<p>{}</p>",
        pages=dict(fmt="⊕ {n} ⊕", every=130, start=2),
        body="""
为摸清全县灯芯草产业发展底数，县政协农业和农村委员会于今年8月组织调研组，走访了邙田、阪口两个主产镇的14个村和6家加工企业，召开座谈会3场。现将调研情况报告如下。
一、基本情况
全县灯芯草种植面积1.2万亩，年产干草芯约2600吨，主要加工成草席、灯芯和中药饮片。其中用于制作油灯、香薰灯灯芯的草芯约占一成，多销往寺庙用品和工艺品市场。
二、存在问题
一是种植分散，品种退化，亩产比五年前下降约15%；二是加工以家庭作坊为主，剥芯、晾晒全靠手工，产品规格不一；三是缺少统一品牌，收购价常被外地客商压低。
三、几点建议
建议设立产业发展专项资金，建设集中晾晒场和剥芯车间，扶持龙头企业牵头制定灯芯产品地方标准，把“邛溪灯芯”打造成区域公用品牌。
邛溪县政协农业和农村委员会
2024年9月26日
""",
    ),
    dict(
        slug="wenku-shufang-plan-alcohol-lamp-wrapped-glued",
        site="书舫文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.shufang365.net/doc/20240306/55821049.html",
        title="关于开展中小学实验室酒精灯安全隐患专项排查的工作方案",
        record_title="关于开展中小学实验室酒精灯安全隐患专项排查的工作方案（含排查要点）_书舫文库",
        date="2024-03-04",
        notes="preview text hard-wrapped at 62 columns; page markers ⊠n⊠ glued to the start of the continuation line; "
        "decorated record title; 成文日期 under the signature",
        page="""
!m 书舫文库
!m 书舫文库 › 教育教学 › 安全管理 › 工作方案
{T}
!m 共3页　｜　2.1万次阅读　｜　上传者：pen****62
!a 下载本文（¥2.80）　　存到书舫　　纠错
{BODY}
!a —— 预览到此为止，剩余1页请下载后查看 ——
!a ¥2.80 单篇下载　　　舫主会员全站畅下
!d 书舫文库内容来自网友分享，平台不保证其准确性，请读者自行甄别
!l 相关推荐：实验室危险化学品安全管理制度　｜　中小学实验教学安全预案（通用版）
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⊠{n}⊠", every=120, start=2, glue=True),
        body="""
为切实消除中小学实验室酒精灯使用中的安全隐患，保障师生安全，县教育局决定在全县中小学开展酒精灯安全隐患专项排查。现制定方案如下。
一、排查范围
全县各中小学物理、化学、生物实验室及科学教室存放和使用的全部酒精灯。
二、排查内容
（一）灯芯是否完好。灯芯烧焦、松散或长度不足的，一律更换；灯芯露出灯芯管的部分以4至5毫米为宜。
（二）灯体和灯帽是否破损，灯帽能否盖严。
（三）灯内酒精是否超过灯体容积的三分之二，存放柜是否远离火源。
三、时间安排
3月11日至3月29日为学校自查阶段，4月为县教育局抽查阶段。
四、工作要求
各校要指定专人负责，建立酒精灯及灯芯领用台账，排查结果于4月1日前报县教育局教育装备股。
郦水县教育局
2024年3月4日
""",
    ),
    dict(
        slug="gov-jiachuan-notice-ear-pick-parlours-index-table",
        site="郏川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jiachuan.gov.cn/zwgk/bmwj/wjj/202406/t20240613_402117.html",
        title="关于开展采耳服务场所卫生专项检查的通知",
        record_title="关于开展采耳服务场所卫生专项检查的通知_卫健公开_郏川县人民政府门户网站",
        date="2024-06-11",
        date_also=["2024-06-13"],
        notes="county portal: 长辈版/无障碍/繁體 links, 索引号 table (the 文号 cell unmarked), 纠错 line and service line; "
        "the notice's own 附件 list, 联系人/电话, 抄送 and 印发 lines in the body; page date differs from 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展采耳服务场所卫生专项检查的通知_卫健公开_郏川县人民政府门户网站</title>
<meta name="SiteName" content="郏川县人民政府门户网站">
<meta name="ColumnName" content="部门文件">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/elder.js"></script>
</head><body>
<div class="gov-top"><span>⟦m 郏川县人民政府门户网站⟧</span>
<span class="tools"><a href="#">⟦a 长辈版⟧</a> <a href="#">⟦a 无障碍辅助⟧</a> <a href="#">⟦a 繁體⟧</a> <a href="/wza/">⟦a 读屏专用⟧</a></span></div>
<div class="gov-nav">⟦m <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjjc/">走进郏川</a>⟧</div>
<div class="gov-crumb">⟦m 当前所在：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县卫健局⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索　引　号：11410327MB1652230X/2024-00417⟧</td><td>⟦m 主题分类：卫生、体育⟧</td></tr>
<tr><td>⟦m 发布机构：郏川县卫生健康局⟧</td><td>⟦m 发布日期：2024-06-13⟧</td></tr>
<tr><td>文　　号：郏卫健〔2024〕27号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="art">
<h2 class="art-title">{T}</h2>
<div class="art-info">⟦m 来源：县卫生健康局　　浏览次数：<span id="hits">617</span>⟧　⟦a 字号：〔大 中 小〕⟧</div>
<div class="art-body" id="zoom">
{BODY}
</div>
<div class="art-tools">⟦a 【打印本文】　【关闭本页】⟧　⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="art-rel"><h4>⟦l 相关文件⟧</h4>
<p>⟦l · 郏川县公共场所卫生监督抽检结果公示⟧</p>
<p>⟦l · 关于做好夏季游泳场所卫生管理的通知⟧</p></div>
</div>
<div class="gov-foot">
<p>⟦m 主办：郏川县人民政府办公室　承办：郏川县大数据中心⟧</p>
<p>⟦m 网站纠错热线：0837-5520100　政务服务热线：12345⟧</p>
<p>⟦m 网站标识码：4103270012　豫ICP备07009341号　豫公网安备41032702000118号⟧</p>
</div>
<script>var _elder = new ElderMode({root:"#zoom"});</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇卫生院，县卫生健康综合监督执法大队：
近年来，城区采耳店、头疗馆数量增长较快，部分店铺存在耳勺等工具一具多用、消毒记录不全等问题。为保障群众健康，决定于6月至7月开展采耳服务场所卫生专项检查。现将有关事项通知如下。
一、检查对象为全县提供采耳服务的理发店、足浴店和专门采耳店。
二、检查重点：从业人员健康证明；耳勺、耳镊、耳灯等工具是否一客一消毒；消毒设施能否正常使用；是否公示服务项目和禁忌人群。
三、各单位于7月20日前将检查情况汇总表报县卫生健康综合监督执法大队。
附件：1.采耳服务场所卫生检查表
2.检查情况汇总表
联系人：谢云舟，电话：0837-5521436
郏川县卫生健康局
2024年6月11日
抄送：县市场监督管理局。
郏川县卫生健康局办公室　　2024年6月11日印发
""",
    ),
    dict(
        slug="gov-yunhu-bulletin-towel-rack-spot-check",
        site="郓湖市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.yunhu.gov.cn/xxgk/cjgg/202410/t20241017_88213.html",
        title="关于2024年毛巾架等卫浴五金产品质量监督抽查情况的通报",
        date="2024-10-15",
        date_also=["2024-10-17"],
        notes="the record's title as is; a data table (one row a paragraph, cells apart by ideographic spaces); "
        "a policy-reading link between paragraphs; the page's 发布时间 differs from the 成文日期",
        page="""
!m 郓湖市市场监督管理局
!a 长者模式　｜　无障碍　｜　English
!m 首页 ＞ 信息公开 ＞ 抽检公告
{T}
!m 发布时间：2024-10-17 10:26　来源：产品质量安全监督管理科　阅读：1342
!a 字体：大　中　小　　　【打印】　【关闭】
{BODY}
!l 附件下载：抽查合格产品名单.xlsx
!l 上一条：关于2024年第三季度电动自行车产品质量抽查的通报
!l 下一条：郓湖市2024年儿童用品质量安全提示
!m 主办单位：郓湖市市场监督管理局　地址：郓湖市鄞山街道文昌路18号
!m 网站纠错：0835-3300315　　举报投诉：12315
!m 郓ICP备05003217号　政府网站标识码：4113000031
""",
        indent="\u3000\u3000",
        body="""
各县（区）市场监管局，各有关企业：
为提升卫浴五金产品质量，今年三季度，市局对全市生产、销售的毛巾架、浴巾架等产品开展了质量监督抽查。现将抽查情况通报如下。
本次共抽查42家企业的60批次产品，合格56批次，合格率93.3%。不合格项目主要为盐雾试验和承重试验。
⟦l 〔政策图解〕一图看懂卫浴五金抽查结果⟧
不合格产品如下：
序号　产品名称　标称企业　不合格项目
1　太空铝毛巾架　郓湖市恒逸卫浴厂　盐雾试验
2　双杆浴巾架　郓湖市东仓五金加工部　承重试验
3　免打孔毛巾架　郓湖市佳泊日用品店　承重试验、标志
4　不锈钢毛巾杆　郓湖市祥骏家居用品公司　盐雾试验
各县（区）局要督促不合格产品生产者、销售者立即停止生产销售，查明原因，限期整改，并依法处理。
郓湖市市场监督管理局
2024年10月15日
""",
    ),
    dict(
        slug="news-qiongxi-soil-census-hand-drill-h1",
        site="邛溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qiongxinews.cn/content/2024-07/09/c_310452.html",
        title="背着手摇钻上山 土壤普查队员一天跑遍七个村",
        record_title=None,
        date="2024-07-09",
        notes="no record title: the news page's <h1>; the byline's 发布时间 as the page's date; an app prompt glued before "
        "the lead; a photo caption between paragraphs; an editor line glued after the last paragraph; 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>背着手摇钻上山 土壤普查队员一天跑遍七个村-邛溪新闻网</title>
<meta name="description" content="邛溪县第三次土壤普查外业调查队">
<script async src="https://ad.qiongxinews.cn/slot.js"></script>
</head><body>
<div class="qx-top">⟦m 邛溪新闻网⟧　⟦m 邛溪县融媒体中心主办⟧　<a href="/app">⟦a 下载“邛溪发布”客户端⟧</a></div>
<ul class="qx-nav">⟦m <li><a href="/">首页</a></li><li><a href="/yw/">要闻</a></li><li><a href="/xz/">乡镇</a></li><li><a href="/ms/">民生</a></li><li><a href="/sp/">视频</a></li>⟧</ul>
<div class="qx-crumb">⟦m 邛溪新闻网 → 乡镇 → 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-07-09 08:31　来源：邛溪县融媒体中心　作者：钟晓岚⟧</div>
<div class="listen"><button>⟦a ▶ 听新闻⟧</button></div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 邛溪至郢坪公路改造工程全线贯通⟧</li>
<li>⟦l 阪口镇夏季夜市开市⟧</li>
<li>⟦l 县人民医院新院区门诊楼封顶⟧</li></ol>
<div class="ad">⟦a 广告｜邛溪特产馆暑期满减⟧</div></aside>
<footer>⟦d 本网原创稿件，未经授权禁止转载⟧<br>⟦m 新闻热线：0839-6620110　川ICP备19024466号⟧</footer>
</body></html>
""",
        body="""
⟦a 打开邛溪发布App，看更多乡镇新闻⟧本网讯（记者　钟晓岚）清晨六点半，邛溪县第三次土壤普查外业调查队的四名队员已经背着手摇钻出发了。
“这把手摇钻是我们的老伙计，机器开不进的山地，全靠它。”队长郭承志一边说，一边把钻头压进地里，双手转动摇柄。几分钟后，一根长约一米的土柱被提了上来。
⟦m 图为队员用手摇钻采集土壤剖面样品。通讯员　邬海　摄⟧
队员们按照深度分层取土，装袋、贴标签、拍照、记录坐标，一个样点要忙半个小时。今年全县共布设样点1360个，目前已完成九成以上。
县农业农村局负责人介绍，普查数据将用于指导科学施肥和耕地保护，外业采样预计本月底全部结束。⟦m （编辑：方沁　审核：彭达）⟧
""",
    ),
    dict(
        slug="news-yunhu-ink-bottle-moulds-museum",
        site="郓湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.yunhu-online.cn/wh/2024/1105/77314.shtml",
        title="郓湖老玻璃厂百余件墨水瓶模具入藏市博物馆",
        record_title="郓湖老玻璃厂百余件墨水瓶模具入藏市博物馆｜郓湖新闻网·文化频道",
        record_date="2024-11-05",
        date="2024-11-05",
        notes="the record gives the date; a channel suffix after ｜ in the record title; a photo caption between paragraphs; "
        "a comment box and a hot list below",
        page="""
!m 郓湖新闻网　｜　文化频道
!m 要闻　时政　文化　教育　视频　专题
{T}
!m 2024-11-05 07:58　郓湖日报　记者　柏文清
!a 小字　中字　大字　｜　⇪ 转发
{BODY}
!l 网友评论（12）
!l 鄞山街道网友：我家还有两只这个厂的墨水瓶！
!l 查看全部评论 ›
!l 文化频道热榜
!l 1. 市图书馆古籍修复室首次开放参观
!l 2. 郓湖方言童谣征集活动启动
!m 郓湖新闻网版权所有　违法和不良信息举报：0835-3300999
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
本报讯　11月4日，原郓湖玻璃厂退休职工代表将该厂保存的126件墨水瓶模具和样瓶捐赠给市博物馆。
上世纪七八十年代，郓湖玻璃厂生产的方形墨水瓶曾供应全省的学校和机关，年产量最高时超过八百万只。厂子停产后，几位老职工自发把模具搬回家中保管，一放就是二十多年。
⟦m 老职工王秀兰（左）向博物馆工作人员介绍墨水瓶模具。柏文清　摄⟧
“那时候每个学生的书包里都有一只墨水瓶，我们做的瓶子底下都印着厂名。”73岁的老职工王秀兰说。
市博物馆馆长介绍，这批模具将在明年春天的“城市记忆”展中与观众见面，馆里还将整理老职工的口述资料。
""",
    ),
    dict(
        slug="forum-sunmao-post-hand-drill-restore-jammer",
        site="榫卯木趣坊 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.sunmaomuqu.com/forum.php?mod=viewthread&tid=208817",
        title="修好一把七十年代的手摇钻，分享下过程",
        record_title="[老工具修复] 修好一把七十年代的手摇钻，分享下过程（多图） - 手工工具区 - 榫卯木趣坊",
        date=None,
        notes="Discuz-like woodworking forum: jammer-font junk inside the post, a rating row, a signature, replies; "
        "the post time is relative (3 天前): no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[老工具修复] 修好一把七十年代的手摇钻，分享下过程（多图） - 手工工具区 - 榫卯木趣坊</title>
<script src="data/cache/common.js?Qk2"></script>
<style>.jammer{font-size:0;color:#fff}</style>
</head><body>
<div id="hd"><div class="wp"><a href="./">⟦m 榫卯木趣坊⟧</a>　⟦m 一刨一凿皆是趣⟧　<a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 立即注册⟧</a></div></div>
<div id="pt" class="bm cl">⟦m 榫卯木趣坊 › 工具天地 › 手工工具区 › 查看内容⟧</div>
<div class="ts"><h1><span id="thread_subject">{T}</span></h1></div>
<div class="hm">⟦m 查看: 4127 | 回复: 38⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 刨花飞⟧</div><p>⟦m 木友等级：老木匠　主题 62　积分 3308⟧</p></td>
<td class="plc"><div class="authi">⟦m 刨花飞 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_5502311">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　木趣币 +18　收起 理由：实用 老物件就该这么修⟧</div>
<div class="sign">⟦l 签名：家有旧工具，不怕没活干⟧</div>
<div class="po">⟦a 回复 引用 收藏 点赞 举报⟧</div></td></tr></table>
<div class="pl"><p>⟦l 沙发　锯末儿：醋泡除锈这招学到了⟧</p><p>⟦l 板凳　老邙：齿轮有没有缺牙？我那把缺了一个⟧</p></div>
<div class="pgs">⟦l 上一主题：二手台虎钳怎么挑⟧　⟦l 下一主题：晒晒我的刨子全家福⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没账号？马上注册⟧</div>
<div id="ft">⟦m 榫卯木趣坊 ( 苏ICP备18057226号 ) | 手机版 | 小黑屋⟧　⟦m GMT+8, 2024-12-20 22:14⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前阵子在旧货市场花二十块钱淘到一把手摇钻，铸铁机身，齿轮锈得转不动，钻夹头也卡死了。拿回家折腾了两个晚上，总算让它重新转起来了，跟大家分享一下过程。
第一步是拆解。齿轮轴上有一颗开口销，用尖嘴钳夹出来，大齿轮就能取下。拆之前最好拍照，不然装回去容易搞错方向。
第二步是除锈。我把零件泡在白醋里一夜，第二天用铜丝刷刷干净，再用清水冲洗、吹干，马上上一层薄机油防止返锈。
第三步是修钻夹头。三个卡爪里塞满了老油泥，用牙签蘸煤油一点点清出来，弹簧没坏，装好后夹3毫米的麻花钻很稳。
装回去以后摇起来很顺，在松木板上打了几个孔，一点不比电钻差。老工具做得实在，修好还能再用几十年。
""",
    ),
    dict(
        slug="forum-guyun-post-silver-ear-picks-junk",
        site="古韵收藏论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.guyunsc.com/bbs/thread-99305-1-1.html",
        title="晒几支老银耳勺，最老的一支有上百年",
        record_title="【藏品共赏】晒几支老银耳勺，最老的一支有上百年（手机随拍） - 杂项收藏版 - 古韵收藏论坛",
        date=None,
        notes="collectors' forum: anti-scraping junk as a line and glued after 。; post time 昨天 (no date); floors below",
        page="""
!m 古韵收藏论坛　›　杂项收藏版
!t 【藏品共赏】晒几支老银耳勺，最老的一支有上百年（手机随拍）
!m 楼主：郢坪老宅　　发表于 昨天 21:14　　人气 866　　回复 19
!a 只看楼主　｜　打赏楼主　｜　收藏帖子
{BODY}
!a 本帖附件需回复后才能查看
!l 2楼　藏家老卢：簪子款的老耳勺现在不多见了，保存得不错
!l 3楼　铜锈斑斑：“福”字款常见，不算稀罕，主要看工
!l 4楼　路过的：坐等大神鉴定
!a 快速回帖　　表情　　上传图片
!m 古韵收藏论坛 Powered by Discuz! X3.4
""",
        junk=dict(lines=1, glued=2),
        body="""
家里老人留下几支银耳勺，一直放在首饰盒里，今天拿出来拍了几张，给坛友们看看。
最长的一支约十厘米，一头是小勺，一头做成簪子，可以插在发髻上，应该是过去妇女随身带的。勺背刻着细细的缠枝纹，已经磨得有些模糊了。
另一支短一些，柄上串着一个小铃铛，一摇还能响。听奶奶说，这是她出嫁时的陪嫁，和银镯子、银簪子放在一起。
还有两支是后来打的，做工粗一些，勺口也厚。老银器不敢用牙膏擦，我只用软布轻轻擦了一下。
想请懂行的朋友帮忙看看大概是什么年代的，簪子那支上面有个“福”字款，不知道有没有讲究。
""",
    ),
]
