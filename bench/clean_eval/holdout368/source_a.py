"""holdout368, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text throughout (places, people, firms, sites, URLs, phones and chrome wording);
see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-qiuhao-speech-grip-posture-gb2312",
        site="秋毫范文斋 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qiuhaofw.com/jianghua/jiaoyu/2024/0919/51762.html",
        title="在全区小学生书写姿势矫正工作推进会上的讲话",
        record_title="在全区小学生书写姿势矫正工作推进会上的讲话（精编稿·可直接套用）_秋毫范文斋",
        date="2024-09-06",
        date_also=["2024-09-19"],
        notes="old gb2312 table page: marquee, font/background row, floating ghost-writer QQ box, reading ranking, "
        "visitor counter; speaker line and date under the speech title (neutral); the page's posting date differs; "
        "a QQ prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全区小学生书写姿势矫正工作推进会上的讲话（精编稿·可直接套用）_秋毫范文斋</title>
<meta name="keywords" content="书写姿势,握笔器,讲话稿">
<link href="/css/qh2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qh_float.js"></script>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><font size="5"><b>⟦m 秋毫范文斋⟧</b></font></td>
<td>⟦m 明察秋毫 · 字字用心⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 设为主页⟧</a> | <a href="javascript:window.external.addFavorite(location.href)">⟦a 收进收藏夹⟧</a></td></tr>
</table>
<table width="960" align="center" bgcolor="#8B2E16"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/gongwen/">⟦m 公文格式⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 秋毫范文斋已收录讲话稿一万三千余篇，每日更新，欢迎收藏本斋！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 当前所在：<a href="/">首页</a> → <a href="/jianghua/">领导讲话</a> → 教育系统讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center">⟦m 发布：2024-09-19　稿源：会员“墨痕”投递　阅读：1617 次⟧</td></tr>
<tr><td align="center">⟦a 【字号 放大 还原 缩小】【底色 米黄 淡绿 素白】⟧</td></tr>
<tr><td align="center">区教育局副局长　郑怀远</td></tr>
<tr><td align="center">（2024年9月6日）</td></tr>
<tr><td class="zw">
{BODY}
</td></tr>
<tr><td>⟦a ↓ 本文Word原稿下载（需消耗8点）⟧</td></tr>
<tr><td>⟦l 上一篇：全区教育系统秋季开学工作会议讲话⟧</td></tr>
<tr><td>⟦l 下一篇：在中小学近视防控推进会上的讲话稿⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td>⟦l 本斋阅读榜⟧</td></tr>
<tr><td>⟦l ① 校长在开学典礼上的讲话（三篇）⟧</td></tr>
<tr><td>⟦l ② 书香校园建设推进会讲话⟧</td></tr>
<tr><td>⟦l ③ 家长会班主任发言稿（一年级）⟧</td></tr>
</table>
</td></tr></table>
<div id="qhfloat" style="position:absolute;right:4px;top:220px;">⟦w 材料加急代笔 改稿润色 请找秋毫小吏 QQ：3027 5591 60⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦d 本斋文章由网友投递，供写作参考，请勿原样照搬，如涉侵权请来函删除。⟧<br>
⟦m 秋毫范文斋 qiuhaofw.com 版权所有　湘ICP备10093427号⟧<br>
⟦m 您是本斋第 0561238 位访客⟧
</td></tr></table>
<script>document.write('<img src="/count.asp?id=51762" width=0 height=0>');</script>
</body>
</html>
""",
        body="""
同志们：
今天召开这次推进会，主要是总结上学期书写姿势矫正试点工作，部署新学期任务。刚才，仰湖区第二实验小学等三所学校作了交流发言，讲得很实在，我都赞同。下面，我讲三点意见。
一、正视问题，把书写姿势当作大事来抓。去年秋季全区抽样调查显示，一年级新生中握笔姿势不正确的超过六成，“拳头握笔”“大拇指包笔”等现象较为普遍，既影响书写质量，也影响视力和脊柱发育。⟦w 讲话稿量身定制，秋毫小吏QQ 3027559160⟧
二、科学使用握笔器，不能一发了之。握笔器只是辅助工具，各校要在校医和书法老师指导下，按照“先示范、再试用、后评估”的步骤，为确有需要的学生配备，一般使用三到六个月后逐步撤除。任何学校、任何老师都不得向学生推销或指定购买握笔器。
三、家校协同，形成纠正合力。要通过家长会、家长学校讲清正确握笔的要领，请家长在家中同步提醒，做到校内校外一个标准。
同志们，写好字是孩子一辈子的基本功。希望大家把这件小事抓细抓实，抓出成效。
""",
    ),
    dict(
        slug="fanwen-yuezhang-insight-maraca-training",
        site="乐章范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yuezhangfw.cn/xinde/jiaoshi/230884.html",
        title="参加幼儿园奥尔夫音乐教学培训的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line stands after a tag line; an inclusion stamp "
        "(3 天前) is no date; a ghost-writer line between paragraphs; a copy prompt glued after the last sentence",
        page="""
!m 乐章范文网 · 心得频道
!m 位置：首页 ／ 心得体会 ／ 教师培训心得
!l 标签：奥尔夫　幼儿教师　音乐活动　培训心得
{T}
!m 投稿人：叙河小太阳 ｜ 人气 2,046 ｜ 收录于 3 天前
!a 〔复制本篇〕〔存为文档〕〔发给好友〕
{BODY}
!l 读了这篇的人还在看
!l ▪ 幼儿园音乐教研活动心得（5篇）
!l ▪ 新教师岗前培训个人收获与反思
!l ▪ 参加县级骨干教师研修班的体会
!d 本站心得均为会员原创或整理，版权归作者，转载请保留出处。
!m 乐章范文网 yuezhangfw.cn　客服邮箱 kefu@yuezhangfw.cn
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
暑假里，我参加了县教师进修学校举办的幼儿园奥尔夫音乐教学培训。五天时间里，老师带着我们唱、跳、敲、玩，让我重新认识了“音乐活动”四个字。
印象最深的是沙锤这一课。培训老师没有一上来就发乐器，而是让我们先用空酸奶瓶分别装上绿豆、小米和细沙，摇一摇听听声音有什么不同。大家这才发现，同样是沙锤，装的东西不同，声音的“颗粒感”完全不一样。
⟦w 不会写心得？乐章写手一对一代写，微信 yz_xiezuo88⟧
回到班上，我也照着做了一次。孩子们装豆子、贴彩纸，做好后迫不及待地摇起来。我再用儿歌《小雨沙沙》带着他们轻摇、重摇、停顿，一节课下来，连平时最坐不住的乐乐也跟上了节拍。
这次培训让我明白，节奏感不是教出来的，而是在玩中“摇”出来的。今后我会把更多自制乐器放进音乐区，让每个孩子都找到属于自己的节拍。⟦a 喜欢就点“复制本篇”带走吧⟧
""",
    ),
    dict(
        slug="wenku-shiyun-report-shake-machine-markers",
        site="识韵文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.shiyunwk.com/view/8f3a1c27d0e94b55.html",
        title="关于老年人购买振动甩脂机等会销产品情况的调研报告",
        record_title="【精品调研·可下载】关于老年人购买振动甩脂机等会销产品情况的调研报告 - 识韵文库",
        date="2024-07-15",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⪹ n ⪺ cutting sentences, a coin pay box, "
        "an upload notice; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【精品调研·可下载】关于老年人购买振动甩脂机等会销产品情况的调研报告 - 识韵文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="//static.shiyunwk.com/reader/v5/reader.css">
<script src="//static.shiyunwk.com/reader/v5/reader.min.js"></script>
</head>
<body>
<header class="sy-head">
<a class="logo" href="/">⟦m 识韵文库⟧</a>
<nav><a href="/">⟦m 首页⟧</a> <a href="/c/gw">⟦m 公文报告⟧</a> <a href="/c/jy">⟦m 教育资料⟧</a> <a href="/vip">⟦a 开通年卡⟧</a></nav>
<div class="user"><a href="/login">⟦a 登录 / 注册领 20 韵币⟧</a></div>
</header>
<div class="crumbs">⟦m 识韵文库 › 公文报告 › 调研报告 › 正文预览⟧</div>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：暮雨拾光　页数：4 页　浏览 3127 次　下载 206 次⟧</div>
<div class="toolbar">⟦a ◁ 上一页　▷ 下一页　⤢ 适应宽度　⛶ 全屏阅读⟧</div>
<div class="page-box">
{BODY}
</div>
<div class="paywall">
<p>⟦a 免费预览已到底，剩余部分支付 6 韵币即可解锁⟧</p>
<p><button>⟦a 立即解锁全文⟧</button> <button>⟦a 年卡会员免费下⟧</button></p>
</div>
<div class="doc-notice">⟦d 温馨提示：本文档由用户上传分享，识韵文库仅提供存储与展示，如有侵权请联系平台下架。⟧</div>
<section class="rel"><h3>⟦l 相似文档推荐⟧</h3>
<ul><li>⟦l 关于农村老年人消费维权情况的调研（4页）⟧</li>
<li>⟦l 防范养老诈骗专项行动调研报告范文⟧</li>
<li>⟦l 社区老年人健康消费风险调查分析⟧</li></ul></section>
</main>
<footer>⟦m © 2024 识韵文库 shiyunwk.com　浙ICP备20113856号-3⟧</footer>
<script>SyReader.init({docId:"8f3a1c27d0e94b55",free:3});</script>
</body>
</html>
""",
        p_html='<p class="txt">{}</p>',
        pages=dict(fmt="⪹ {n} ⪺", every=150, start=2),
        body="""
为了解我县老年人在“健康讲座”“免费体验”等会销活动中购买振动甩脂机的情况，县消费者权益保护委员会于今年5月至6月，采取入户走访、问卷调查和座谈相结合的方式，在6个乡镇、14个社区开展了专题调研，共回收有效问卷612份。现将有关情况报告如下。
一、基本情况
调查对象中，有87人曾购买甩脂机，占14.2%，其中70岁以上的占六成以上；单台购买价格集中在2980元至4680元，而同类产品网购价格多在500元以内。购买渠道以会销现场为主，占71.3%。
二、主要问题
一是宣传夸大。销售人员普遍宣称“每天站十分钟，降血压、通血管、甩掉脂肪肝”，没有任何依据。二是诱导消费。先以领鸡蛋、免费理疗聚拢人气，再以“限时特价”“只剩三台”催促下单。三是售后难保障。不少销售点一个月后即人去楼空，老人维权无门。
三、对策建议
建议市场监管部门加大对会销场所的巡查力度，社区加强对独居老人的提醒，子女多关心父母的消费情况，共同守住老人的“钱袋子”。
尉溪县消费者权益保护委员会
2024年7月15日
""",
    ),
    dict(
        slug="wenku-fanye-plan-expander-pdf-wrapped-markers",
        site="翻页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.fanyewk.net/p-60417728.html",
        title="佩川县第三中学体育器材室弹簧拉力器安全排查整改方案",
        record_title="佩川三中弹簧拉力器安全排查整改方案（定稿）.pdf",
        date="2024-03-04",
        notes="file-name record title; hard-wrapped at 62 columns; page markers ⮢n⮣ glued to the continuation "
        "line; decimal headings 1–3.2; 成文日期 under the signature; a preview-end prompt",
        page="""
!m 翻页文库 — 海量文档 随心览阅
!t 佩川三中弹簧拉力器安全排查整改方案（定稿）.pdf
!m 文档格式：PDF ｜ 大小：286KB ｜ 共 3 页 ｜ 贡献者 lyw_0372
!a ［全屏］［放大］［缩小］［下载到本地］
{T}
{BODY}
!a —— 试看结束 · 开通翻页SVIP可下载可复制 ——
!l 同类文档：学校体育器材安全管理制度｜体育课安全应急预案｜器材室管理员职责
!d 翻页文库所有文档均由用户上传，仅供在线阅读，平台不对内容真实性负责。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⮢{n}⮣", every=150, start=2, glue=True),
        body="""
为消除体育器材使用中的安全隐患，防止弹簧拉力器断裂、手柄脱落等伤害事故，根据县教育体育局关于学校体育设施安全管理的要求，结合我校实际，制定本方案。
1 总体要求
1.1 排查范围为学校体育器材室、学生健身房及各班存放的全部弹簧拉力器，共计96副。
1.2 坚持“逐副检查、建档登记、不合格即停用”的原则，确保排查不留死角。
2 排查内容
2.1 弹簧是否有锈蚀、变形、间距不均或局部拉长现象。
2.2 手柄与挂钩连接处是否松动，挂钩开口是否大于3毫米。
2.3 产品标识、出厂日期是否清晰，使用年限超过五年的一律报废。
3 整改措施
3.1 对排查出的问题器材，由器材室管理员当场贴上停用标签，三个工作日内登记上报总务处。
3.2 新购拉力器须由体育组验收，学生首次使用前，体育教师要示范正确的握法和拉伸幅度，严禁对人拉放或单手突然松开。
佩川县第三中学
2024年3月4日
""",
    ),
    dict(
        slug="gov-weixi-notice-shake-machine-spotcheck-table",
        site="尉溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.weixi.gov.cn/zwgk/bmxxgk/scjgj/202406/t20240620_318845.html",
        title="尉溪县市场监督管理局关于振动甩脂机产品质量监督抽查结果的通告",
        record_date="2024-06-20",
        date="2024-06-20",
        notes="county portal: 长辈模式/读屏 links, 索引号 table with the 文号 cell unmarked (neutral), a data table "
        "one row a paragraph, the document's own 联系人/电话 beside a 纠错 line and 12345, 附件 list beside an "
        "attachment link; record title and date as is",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>尉溪县市场监督管理局关于振动甩脂机产品质量监督抽查结果的通告</title>
<meta name="SiteName" content="尉溪县人民政府">
<meta name="ArticleTitle" content="尉溪县市场监督管理局关于振动甩脂机产品质量监督抽查结果的通告">
<script src="/common/js/jquery-3.6.min.js"></script>
<script src="/common/js/wxgov_stat.js"></script>
</head>
<body>
<div class="topbar"><span>⟦m 欢迎访问尉溪县人民政府门户网站⟧</span>
<a href="javascript:;" id="zhangbei">⟦a 长辈模式⟧</a> <a href="javascript:;" id="dupin">⟦a 读屏专用⟧</a> <a href="/en/">⟦a 英文版⟧</a></div>
<div class="banner">⟦m 尉溪县人民政府 · 山清水秀 尉然成溪⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进尉溪⟧</li></ul>
<div class="location">⟦m 您当前的位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 县市场监管局⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11362431MB1C07452X/2024-01193⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：尉溪县市场监督管理局⟧</td><td>⟦m 成文日期：2024-06-20⟧</td></tr>
<tr><td>文号：尉市监通〔2024〕17号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 信息来源：县市场监管局　发布日期：2024-06-20 16:05　浏览次数：<span id="views">904</span>⟧</div>
<div class="fontsize">⟦a 【字体：大 中 小】　【打印本页】　【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：振动甩脂机抽查结果汇总表.xlsx（18KB）⟧</div>
<div class="share">⟦l 转发至：微信好友｜微博｜QQ空间⟧</div>
<div class="xgxx"><h4>⟦l 相关信息⟧</h4>
<p>⟦l 尉溪县2024年电动自行车专项抽查结果通告⟧</p>
<p>⟦l 县市场监管局开展“老年消费护航”行动⟧</p></div>
</div>
<div class="jiucuo">⟦m 网站纠错：0796-3210012（工作日）⟧　⟦m 政务服务便民热线：12345⟧</div>
<div class="footer">
<p>⟦m 主办：尉溪县人民政府办公室　承办：尉溪县大数据中心⟧</p>
<p>⟦m 网站标识码：3624310008　赣ICP备05007813号　赣公网安备36243102000115号⟧</p>
<p>⟦d 未经书面许可，不得复制或镜像本网站内容⟧</p>
</div>
</body>
</html>
""",
        body="""
为保障消费者使用安全，我局于2024年5月组织对辖区内销售的振动甩脂机产品开展了质量监督抽查，共抽查12家经营单位的15批次产品，其中不合格4批次，不合格发现率26.7%。现将抽查结果通告如下。
一、抽查项目
本次抽查依据相关国家标准和企业明示标准，检验了标志和说明、电气强度、泄漏电流、振动平台稳定性、急停装置等项目。
二、不合格产品情况
产品名称　标称生产企业　不合格项目
振动甩脂机（ZD-18）　毅州市康跃器械有限公司　急停装置
家用甩脂机（SZ-2）　尉溪县恒步电器厂　泄漏电流
律动甩脂机（LD-360）　未能核实　标志和说明、电气强度
站立式甩脂机（Z9）　毅州市万步健身器材商行　振动平台稳定性
三、处理措施
对抽查不合格的产品，我局已责令经营者立即停止销售，并依法立案调查。请广大消费者选购时查看产品说明书和合格证，不要轻信“治病”“降三高”等宣传。
联系人：韩静　联系电话：0796-3218845
附件：1.振动甩脂机产品质量监督抽查结果汇总表
2.不合格产品处理情况登记表
尉溪县市场监督管理局
2024年6月20日
""",
    ),
    dict(
        slug="gov-qishan-notice-pencil-grip-wrapped",
        site="祈山县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qishan.gov.cn/bmdt/jtj/202408/t20240828_77105.shtml",
        title="祈山县教育体育局关于开展校园周边握笔器等学生文具质量安全专项检查的通知",
        record_title="祈山县教育体育局关于开展校园周边握笔器等学生文具质量安全专项检查的通知［教体动态］- 祈山县人民政府",
        date="2024-08-26",
        date_also=["2024-08-28"],
        notes="text page hard-wrapped at 64 columns; 文号 line under the title (neutral); 抄送 and 印发 lines; "
        "成文日期 under the signature and a later posting date; a numbered list",
        page="""
!m 祈山县人民政府网　www.qishan.gov.cn
!m 首页 > 部门动态 > 县教育体育局
!t 祈山县教育体育局关于开展校园周边握笔器等学生文具质量安全专项检查的通知［教体动态］- 祈山县人民政府
!m 发文时间：2024-08-28　　信息来源：县教体局　　点击数：612
!a ［大字版］［标准版］　［打印该页］　［收藏该页］
{T}
祈教体发〔2024〕29号
{BODY}
!l 【上一条】祈山县2024年秋季学期开学工作安排
!l 【下一条】关于做好学生资助政策宣传工作的通知
!m 祈山县人民政府办公室主办　联系我们：qsxzf@qishan.gov.cn
!m 湘ICP备07014429号　湘公网安备43313102000058号
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
各乡镇中心学校，县直各学校：
近期，有家长反映部分校园周边商店销售的握笔器气味刺鼻、硅胶发黏，个别学校存在教师向学生推荐购买指定品牌握笔器的现象。为保障学生身体健康，规范校园周边文具经营秩序，经研究，决定在全县开展校园周边握笔器等学生文具质量安全专项检查。现将有关事项通知如下。
一、检查时间
2024年9月1日至9月30日。
二、检查内容
（一）校园周边商店销售的握笔器、橡皮、修正带等文具是否有合格证、中文标识和生产厂家信息；
（二）学校、教师是否存在向学生推销或指定购买握笔器等文具的行为；
（三）学校是否建立学生用品进校审核登记制度。
三、工作要求
各校要对照检查内容开展自查，于9月20日前将自查报告报县教育体育局基础教育股。对检查中发现的问题，县教育体育局将会同县市场监督管理局依法依规处理。
祈山县教育体育局
2024年8月26日
抄送：县市场监督管理局，各乡镇人民政府。
祈山县教育体育局办公室　2024年8月26日印发
""",
    ),
    dict(
        slug="news-peichuan-maraca-seniors-h1-photo-captions",
        site="佩川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.peichuannews.cn/bdxw/2024-10/16/content_93018.html",
        title="老年大学打击乐班带着自制沙锤走进敬老院",
        record_title=None,
        date="2024-10-16",
        notes="title missing from the record, found in the <h1>; byline 发布时间 as the page's date; a client "
        "prompt glued before the lead's first words; photo captions between paragraphs; an editor line glued "
        "after the last sentence; a listen button and a 24-hour list",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>老年大学打击乐班带着自制沙锤走进敬老院_佩川新闻网</title>
<meta name="description" content="佩川新闻网 本地新闻">
<script src="https://cdn.peichuannews.cn/js/pcn-common.js"></script>
<style>.caption{color:#666;font-size:13px}</style>
</head>
<body>
<div class="pc-top">⟦m 佩川新闻网 · 佩川县融媒体中心主办⟧　<a href="/app">⟦a 下载“掌上佩川”⟧</a>　<a href="/login">⟦a 登录⟧</a></div>
<nav class="pc-nav"><a>⟦m 首页⟧</a><a>⟦m 本地⟧</a><a>⟦m 时政⟧</a><a>⟦m 民生⟧</a><a>⟦m 乡镇⟧</a><a>⟦m 视频⟧</a></nav>
<div class="pc-crumb">⟦m 首页 ＞ 本地新闻 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-10-16 09:32　来源：佩川县融媒体中心　记者：侯晓岚　通讯员：祝雨桐⟧</div>
<div class="tts"><button>⟦a ▶ 听新闻⟧</button></div>
<div class="content">
{BODY}
</div>
</article>
<aside>
<h3>⟦l 24小时热闻⟧</h3>
<ol><li>⟦l 侯坪镇新建两座便民桥通车⟧</li><li>⟦l 佩川县秋季征兵体检工作启动⟧</li><li>⟦l 叙河脐橙开摘 果农喜迎丰收⟧</li></ol>
<div class="ad">⟦m 广告位招租 0745-6120800⟧</div>
</aside>
<footer>
<p>⟦d 佩川新闻网原创稿件，转载请注明出处，违者必究。⟧</p>
<p>⟦m 互联网新闻信息服务许可证：43120230017　湘ICP备18021743号⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开“掌上佩川”客户端，本地新闻抢先看⟧10月15日上午，县老年大学打击乐班的二十多名学员来到侯坪镇敬老院，为那里的老人们带来了一场别开生面的节奏音乐会。学员们手中摇响的沙锤，是他们用塑料瓶和黄豆自己动手做的。
⟦m 图为学员们在敬老院演奏现场。侯晓岚 摄⟧
“沙锤不难，跟着拍子摇就行。”打击乐班的班长、今年68岁的陈秀荣一边示范，一边把做好的沙锤递到老人手里。一曲《洗衣歌》响起，敬老院的老人们也跟着摇了起来，院子里笑声不断。
⟦m 图为敬老院老人跟着学员学摇沙锤。祝雨桐 摄⟧
据了解，县老年大学打击乐班今年春季开班，学员们利用废旧材料自制了沙锤、串铃等乐器六十多件。下一步，他们计划把这样的音乐会送到全县更多的敬老院和社区。⟦m （编辑：曾可　审核：郑立）⟧
""",
    ),
    dict(
        slug="news-yizhou-expander-spring-snap-record-date",
        site="毅州晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yizhouwb.com/minsheng/20240512/1189024.shtml",
        title="弹簧拉力器断裂弹伤手臂　市场监管部门提醒选购时看清三处",
        record_title="弹簧拉力器断裂弹伤手臂　市场监管部门提醒选购时看清三处｜民生热线 - 毅州晚报网",
        record_date="2024-05-12",
        date="2024-05-12",
        notes="record date; decorated title with a column and the site; the title repeated glued before the "
        "lead's first words; a hotline box between paragraphs; a share row glued after a sentence",
        page="""
!m 毅州晚报网｜毅州第一民生门户
!m 首页 » 民生热线 » 消费维权
!t 弹簧拉力器断裂弹伤手臂　市场监管部门提醒选购时看清三处｜民生热线 - 毅州晚报网
!m 2024年05月12日 07:58　毅州晚报　记者 尉迟楠　实习生 辛悦
!a 字号：A+ A-　　评论（12）
{BODY}
!l 【延伸阅读】健身器材“三无”产品多 网购需谨慎
!l 【热门】毅州今年首批公租房开始配租
!d 本网所载内容未经授权不得转载、摘编或建立镜像。
!m 毅州晚报网　新闻热线：0736-2299110　毅州网安备43070202000319号
""",
        indent="\u3000\u3000",
        body="""
⟦t 弹簧拉力器断裂弹伤手臂　市场监管部门提醒选购时看清三处⟧本报讯 5月9日晚，家住仰湖区的市民刘先生在家中用弹簧拉力器锻炼时，一根弹簧突然从挂钩处断开，反弹打在他的左臂上，留下一道十多厘米长的淤青。
刘先生告诉记者，这副拉力器是他两年前在网上花39元买的，平时放在阳台上，“没想到弹簧会锈得这么快”。
⟦m 晚报民生热线 0736-2299110 欢迎提供新闻线索⟧
仰湖区市场监督管理局工作人员提醒，选购弹簧拉力器要看清三处：一看弹簧，表面应有镀层且圈距均匀；二看挂钩，应为封闭式或带锁扣；三看标识，应有厂名、厂址和执行标准。已经使用多年的拉力器，若弹簧出现锈斑、拉长后不能回弹，应立即停用。⟦l 分享到：微信｜朋友圈｜微博⟧
工作人员还建议，锻炼时不要把拉力器对着脸部拉伸，也不要让儿童单独使用。
""",
    ),
    dict(
        slug="forum-tieguan-expander-post-jammer",
        site="铁馆健身论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tieguanfit.com/thread-402177-1-1.html",
        title="用了三个月弹簧拉力器练胸的一点体会",
        record_title="[练胸打卡] 用了三个月弹簧拉力器练胸的一点体会（附动作清单）- 器械训练区 - 铁馆健身论坛",
        date=None,
        notes="Discuz-like forum: poster panel, jammer fonts as lines and glued after 。, a rating row, a signature, "
        "replies; a relative time (5 天前) is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[练胸打卡] 用了三个月弹簧拉力器练胸的一点体会（附动作清单）- 器械训练区 - 铁馆健身论坛</title>
<script src="static/js/common.js?T2k"></script>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦m 铁馆健身论坛⟧　<a>⟦a 切换到窄版⟧</a>　<a>⟦a 找回密码⟧</a>　<a>⟦a 快速注册⟧</a></div>
<div id="pt">⟦m 铁馆健身论坛 › 训练交流 › 器械训练区 › 查看帖子⟧</div>
<div class="pls">
<div class="pi">⟦m 楼主 胸大肌养成中⟧</div>
<p>⟦m 积分 1284　帖子 97　注册时间 2021-11-3⟧</p>
</div>
<div class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 天前　|　只看楼主　|　电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 6　体力 +14　收起 理由：干货满满 / 已收藏⟧</div>
<div class="sign">⟦m 签名：不练腿的人都是纸老虎⟧</div>
<div class="po">⟦a 回复　引用　举报　只看该作者⟧</div>
</div>
<div class="reply">⟦l 沙发 · 小胖减脂中：弹簧的还是弹力绳的？求链接⟧</div>
<div class="reply">⟦l 板凳 · 老铁不生锈：拉力器夹胸容易夹到胸毛，懂的都懂⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论　立即登录　注册新账号⟧</div>
<div id="ft">⟦m 铁馆健身论坛　Powered by Discuz! X3.4⟧　⟦m 蜀ICP备19027731号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=2),
        body="""
先说背景：上班族，33岁，家里地方小放不下卧推凳，三个月前买了一副五根弹簧的拉力器，每周练三次，主要练胸和肩。
动作就三个：胸前平拉、背后拉、单臂侧拉。胸前平拉我一开始装了五根弹簧，拉不到一半就抖，后来减到三根，能标准地拉满12个，再慢慢加到四根。
体会有三点。一是弹簧数量宁少勿多，动作做标准比硬拉重要。二是回放一定要慢，突然松手弹簧会猛地回弹，我有一次差点打到下巴。三是每次练之前检查一下挂钩，我这副用到第二个月有一个挂钩松了，用钳子夹紧才敢继续用。
三个月下来，胸围多了2厘米，衬衫扣子那里明显紧了。没有器械的兄弟可以试试，就是别指望它代替杠铃。
""",
    ),
    dict(
        slug="forum-wubu-castanets-question-junk",
        site="舞步论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.wububbs.net/t/88213",
        title="第一副响板该选木质还是玻璃钢的？",
        record_title="[入门求助] 第一副响板该选木质还是玻璃钢的？（新人勿喷）- 西班牙舞交流区 - 舞步论坛",
        date=None,
        notes="forum text: anti-scraping junk as lines and glued after 。; floor meta; replies below; relative "
        "times (昨天 21:40, 3 小时前) are no dates",
        page="""
!m 舞步论坛 › 西班牙舞交流区
!t [入门求助] 第一副响板该选木质还是玻璃钢的？（新人勿喷）- 西班牙舞交流区 - 舞步论坛
!m 浏览 736 · 回帖 9
!m 1# 弗拉明戈小白 昨天 21:40 来自手机端
{BODY}
!a 顶 ｜ 踩 ｜ 收藏此帖 ｜ 举报
!l 2# 红裙子阿May 3 小时前：先买木质的练手，玻璃钢声音亮但是贵
!l 3# 卡门的扇子：同问，老师让我们买黑檀的
!a 游客请先登录后发表回复
!m 舞步论坛 wububbs.net　意见反馈：fk@wububbs.net
""",
        junk=dict(lines=1, glued=2),
        body="""
各位老师好，我刚报了周末的弗拉明戈舞入门班，上了两节课，老师说第四节开始要用响板，让我们自己准备。
网上看了一圈，便宜的木质响板几十块，玻璃钢的要三四百，还有分大小号、左右手的，看得我头都大了。我手比较小，怕买大了握不住。
想问一下：初学者第一副响板选木质的够不够用？左右手音高不一样是必须的吗？绳子是自己系还是店家系好？谢谢大家！
""",
    ),
]
