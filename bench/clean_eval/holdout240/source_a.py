"""holdout240, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Everything here is invented (sites, places, people, numbers, URLs); see ../README.md and
../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="mogeng-knife-speech-gb2312",
        site="墨耕范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogeng365.cn/jianghua/jiaoyu/2024/0911/48820.html",
        title="在全县校园及周边美工刀安全管理工作推进会上的讲话",
        record_title="〖发言稿范本〗在全县校园及周边美工刀安全管理工作推进会上的讲话（附同类两篇）_墨耕范文网",
        date="2024-09-06",
        date_also=["2024-09-11"],
        notes="old gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, weekly hot list, "
        "visitor counter; speaker and date lines under the speech title are neutral; the site's date differs; "
        "a collect link glued after a sentence and a ghost-writer line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖发言稿范本〗在全县校园及周边美工刀安全管理工作推进会上的讲话（附同类两篇）_墨耕范文网</title>
<meta name="keywords" content="美工刀,校园安全,讲话稿">
<link href="/css/mg_style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mg_count.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220"><img src="/images/mg_logo.gif" alt="墨耕范文网" width="200" height="60"></td>
<td>⟦m 墨耕范文网 · 耕读为本　落笔成章⟧</td>
<td align="right">⟦a <a href="#" onclick="this.style.behavior='url(#default#homepage)'">设墨耕为首页</a> | <a href="javascript:window.external.AddFavorite(location.href)">把墨耕加入收藏夹</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" class="mg_nav"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 计划方案⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td bgcolor="#FFF8E0"><marquee scrollamount="3">⟦d 墨耕提醒：所有范文仅作写作思路参考，正式使用前请结合本单位实际改写⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div class="mg_where">⟦m 您当前所在：<a href="/">墨耕范文网</a> &gt;&gt; <a href="/jianghua/">讲话发言</a> &gt;&gt; <a href="/jianghua/jiaoyu/">教育系统讲话</a>⟧</div>
<h1>⟦t 〖发言稿范本〗在全县校园及周边美工刀安全管理工作推进会上的讲话（附同类两篇）⟧</h1>
<div class="mg_info">⟦m 收录时间：2024-09-11　栏目编辑：耕夫　人气指数：2906⟧</div>
<div class="mg_size">⟦a 【阅读字号：特大　大　标准】【换成护眼底色】⟧</div>
<p class="mg_pian">⟦m 篇一⟧</p>
<h2>{T}</h2>
<p align="center">县教育体育局党组书记、局长　郜明川</p>
<p align="center">（2024年9月6日）</p>
<div class="mg_content">
{BODY}
</div>
<div class="mg_lock">⟦a 篇二为会员专享，开通墨耕年卡即可阅读并下载两篇Word⟧</div>
<table width="100%" class="mg_pn"><tr><td>⟦l 上一篇：全县秋季开学工作会议主持词（三篇）⟧</td><td>⟦l 下一篇：在校园食品安全约谈会上的表态发言⟧</td></tr></table>
</td>
<td width="250" valign="top">
<table width="100%" class="mg_hot"><tr><td>⟦l 本周讲话稿点击榜⟧</td></tr>
<tr><td><a href="/jianghua/1.html">⟦l 1. 开学第一课校长讲话（小学版）⟧</a></td></tr>
<tr><td><a href="/jianghua/2.html">⟦l 2. 校园安全工作会议讲话稿两篇⟧</a></td></tr>
<tr><td><a href="/jianghua/3.html">⟦l 3. 教师节表彰大会局长讲话⟧</a></td></tr>
</table>
</td></tr></table>
<div id="mg_float" style="position:fixed;right:10px;top:200px">⟦w 讲话稿急用？墨耕写手一对一代笔 QQ：2804417369⟧</div>
<table width="960" align="center" class="mg_foot"><tr><td align="center">
⟦m 您是墨耕范文网第 3108442 位来访者⟧<br>
⟦m Copyright 2009-2024 墨耕范文网 www.mogeng365.cn 湘ICP备09061723号⟧
</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天召开这次推进会，主要是通报上半年校园及周边美工刀安全管理情况，部署秋季学期工作。刚才，县市场监管局通报了文具店专项检查情况，两所学校作了交流发言，讲得都很实在，我都同意。⟦a 【收藏这篇讲话】⟧
上半年，全县共发生学生使用美工刀致伤事件7起，其中手工课上3起、课间打闹4起，虽未造成严重后果，但暴露出我们管理上的漏洞。下面，我讲三点意见。
⟦w 各类讲话稿、汇报材料当天交稿，详询墨耕客服微信 mogeng_xz⟧
一要管住源头。各校要会同属地市场监管所，对校园周边200米内的文具店逐一走访，督促店主不向低年级学生单独出售刀片外露的美工刀。
二要管好课堂。美术、劳动课需要使用美工刀的，一律由任课教师统一发放、统一回收，实行“课前点数、课后清点”。
三要管到家庭。各班主任要通过家长会、致家长的一封信等方式，提醒家长常翻翻孩子的书包，发现带刀入校要及时沟通。
同志们，一把小小的美工刀，关系着孩子的安全。希望大家把各项措施抓细抓实，确保秋季学期不再发生类似事件。
""",
    ),
    dict(
        slug="shibi-screen-insight-title-line",
        site="拾笔范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shibi520.com/xinde/peixun/70413.html",
        title="参加木雕屏风修复技艺培训班心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; only a relative update time; a copy button glued "
        "after a sentence, a ghost-writer line between paragraphs, a VIP prompt and hot list below",
        page="""
!m 拾笔范文网——拾起笔来，好文自来
!m 当前位置：拾笔首页 ＞ 心得体会 ＞ 培训心得
{T}
!m 整理：拾笔小编　　更新：3 天前　　热度：1.6万
!a 【一键复制】【生成Word】【加入我的素材夹】
{BODY}
!a 以上仅展示前4段，开通拾笔VIP后可查看全文并免费下载
!l 拾笔热文：
!l · 非遗传承人培训学习心得（精选4篇）
!l · 文物修复岗位实习体会
!l · 参加传统工艺研修班的收获与思考
!d 拾笔范文网内容来自网友投稿，仅供学习参考，若有侵权请联系删除
!m 拾笔范文网 shibi520.com 版权所有　赣ICP备20174430号-1
""",
        indent="\u3000\u3000",
        body="""
今年五月，我参加了蓰川县非遗保护中心举办的木雕屏风修复技艺培训班。十天里，老师傅带着我们从拆榫、补漆到打蜡，一道工序一道工序地练，让我对这门老手艺有了新的认识。
一是修复先要读懂屏风。一扇清末的四扇屏，木料、榫卯、漆层都记着它的来历。老师傅说，动手之前先拍照、编号、画图，每拆下一块都要记清原来的位置，否则装回去就“对不上缝”。⟦a 〔复制此段〕⟧
二是手艺离不开耐心。补一道裂缝，要先用竹签清灰，再调同色腻子，一层干透才能上下一层，急不得。我第一次补的缝颜色发白，返工了三次才过关。
⟦w 心得体会不会写？拾笔写手帮你量身定制，加V：shibi_wenan⟧
三是传承要靠年轻人。培训班二十名学员，一半是“90后”。结业时，我们合作修好了一扇缺角的花鸟屏风，交还给了村里的祠堂。
今后，我将把学到的方法带回单位，和同事们一起把馆藏的几扇旧屏风修好、护好。
""",
    ),
    dict(
        slug="zhiye-lock-plan-pdf-marker-paras",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhiyewenku.com/p/5508127734.html",
        title="莛城县第二中学学生储物柜号码锁更换工作方案",
        record_title="莛城县第二中学学生储物柜号码锁更换工作方案.pdf",
        date="2024-08-26",
        notes="文库 reader: viewer toolbar, monthly-card prompt, upload stamp (no date), page-marker paragraphs "
        "⸄ n ⸅ cutting sentences, a pay box; file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>莛城县第二中学学生储物柜号码锁更换工作方案.pdf - 知页文库</title>
<script>window.__ZY_DOC__={id:"5508127734",pages:2,free:1};</script>
<link rel="stylesheet" href="//static.zhiyewenku.com/reader.v3.css"></head>
<body>
<header class="zy-top"><a class="logo" href="/">⟦m 知页文库⟧</a>
<form class="zy-search"><input placeholder="搜一搜，找文档"><button>⟦a 搜文档⟧</button></form>
<a class="zy-card" href="/vip">⟦a 开月卡，本月文档随便下⟧</a></header>
<div class="zy-doc-head"><h1>{T}</h1>
<p class="zy-meta">⟦m 贡献者：储物小能手　上传于2024-08-30　共2页　1.3万次阅读⟧</p>
<div class="zy-bar">⟦a 放大 缩小 全屏 ｜ 加入文件夹 ｜ 举报⟧</div></div>
<div class="zy-reader">
{BODY}
</div>
<div class="zy-pay"><p>⟦a 剩余内容已折叠，支付2.8元解锁完整PDF⟧</p><button>⟦a 立即解锁⟧</button></div>
<aside class="zy-rel"><h4>⟦l 看了本文的人还看了⟧</h4>
<ul><li>⟦l 中学校园储物柜管理制度⟧</li><li>⟦l 学生宿舍钥匙管理办法⟧</li><li>⟦l 校园公物损坏赔偿规定⟧</li></ul></aside>
<footer>⟦d 知页文库文档均由用户上传，仅代表上传者观点，下载前请自行甄别⟧<br>⟦m 沪ICP备21008836号　知页（上海）信息科技有限公司⟧</footer>
<script src="//static.zhiyewenku.com/reader.v3.js"></script>
</body></html>
""",
        p_html='<p class="zy-line">{}</p>',
        pages=dict(fmt="⸄ {n} ⸅", every=120, start=2),
        body="""
为解决学生储物柜钥匙易丢失、备用钥匙管理混乱等问题，经学校行政会研究，决定将全校储物柜挂锁统一更换为三位号码锁。现制定方案如下。
一、更换范围
教学楼一至四层走廊储物柜共960格，由总务处统一采购三位号码锁960把，出厂密码均为000。
二、实施步骤
（一）9月2日至6日，各班主任组织学生登记柜号，学生自行设定三位密码，并在密码卡上签名。
（二）密码卡由班主任装入信封密封，交总务处统一保管，学生忘记密码时凭学生证到总务处查询。
（三）9月9日起旧挂锁全部拆除，未更换号码锁的储物柜暂停使用。
三、注意事项
请学生不要使用生日、学号等容易被猜到的数字作密码，不要把密码告诉他人；发现号码锁损坏，请及时向班主任报告。
莛城县第二中学总务处
2024年8月26日
""",
    ),
    dict(
        slug="yejian-hook-survey-wrapped-markers",
        site="页间文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://m.yejianwk.com/view/31c7f0a2b8.html",
        title="关于吸盘挂钩承重标注情况的调查报告",
        record_title="关于吸盘挂钩承重标注情况的调查报告（完整版·含检测数据）- 页间文库",
        date="2024-07-15",
        notes="文库 text hard-wrapped at 60 columns, page markers ❪n❫ glued to the continuation line; "
        "a data table one row a paragraph; preview-end and download prompts",
        page="""
!m 页间文库　｜　海量文档在线读
!t 关于吸盘挂钩承重标注情况的调查报告（完整版·含检测数据）
!m 上传者：yj_消费观察　　页数：3　　上传时间：2024-07-19
!a 手机阅读　｜　加入书架　｜　原格式下载
{BODY}
!a 预览到此为止，剩余1页请下载原文档查看
!a ＞＞ 用5下载券获取本文档 ＜＜
!l 同类文档：小家电消费投诉分析报告 ｜ 网购日用品质量抽查报告
!d 页间文库仅提供信息存储空间，文档版权归上传者所有
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="❪{n}❫", every=150, start=2, glue=True),
        body="""
为了解市面上吸盘挂钩的承重标注是否真实，今年6月，珦州市消费者协会在琡湖区三家超市和两家网店购买了12款吸盘挂钩，委托检测机构按标注承重进行了悬挂试验。现将情况报告如下。
一、基本情况
12款样品中，标注承重在3公斤以下的5款，3至5公斤的4款，5公斤以上的3款。试验在瓷砖、玻璃、磨砂墙面三种表面上进行，每款悬挂标注重量24小时。
二、试验结果
表面　通过款数　脱落款数
瓷砖　9　3
玻璃　10　2
磨砂墙面　2　10
三、主要问题
一是标注承重普遍偏高，标注5公斤以上的3款在瓷砖上均未坚持到24小时；二是多数产品未说明适用墙面，消费者容易误装在磨砂墙面上；三是部分网店宣传“无痕永不掉”，与实际不符。
四、建议
建议生产企业按实测结果标注承重和适用表面；提醒消费者挂重物时选用打孔挂钩，吸盘挂钩只挂毛巾、钥匙等轻物。
珦州市消费者协会
2024年7月15日
""",
    ),
    dict(
        slug="fuxi-gov-knife-notice-index-table",
        site="菔溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fuxi.gov.example.cn/zwgk/bmwj/scjgj/202403/t20240320_5512061.html",
        title="关于开展校园周边美工刀等刀具销售专项检查的通知",
        record_title="【部门发文·市监】关于开展校园周边美工刀等刀具销售专项检查的通知_菔溪县人民政府",
        date="2024-03-18",
        date_also=["2024-03-20"],
        notes="county portal: care-mode and screen-reader links, 索引号 table (文号 cell neutral), attachment "
        "links beside the document's 附件 list, the document's 联系人/电话 beside the portal's 纠错 line; "
        "the portal's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【部门发文·市监】关于开展校园周边美工刀等刀具销售专项检查的通知_菔溪县人民政府</title>
<meta name="SiteName" content="菔溪县人民政府"><meta name="ColumnName" content="部门文件">
<script src="/common/js/jquery.min.js"></script><script src="/common/js/sza_toolbar.js"></script>
</head><body>
<div class="fx-topbar"><span>⟦m 欢迎访问菔溪县人民政府门户网站⟧</span>
<a href="javascript:;" id="care">⟦a 关爱大字版⟧</a> <a href="javascript:;" id="reader">⟦a 盲人读屏⟧</a> <a href="/m/">⟦a 移动端⟧</a></div>
<div class="fx-banner"><img src="/images/fx_banner.png" alt="菔溪县人民政府"><form><input placeholder="请输入关键字"><button>⟦a 站内检索⟧</button></form></div>
<ul class="fx-nav"><li>⟦m 首页⟧</li><li>⟦m 走进菔溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="fx-crumb">⟦m 当前所在：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县市场监管局⟧</div>
<table class="fx-index">
<tr><td>⟦m 索引号：11431125MB1F90217X/2024-00417⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发文单位：县市场监督管理局⟧</td><td>⟦m 上网日期：2024年03月20日⟧</td></tr>
<tr><td>文号：菔市监发〔2024〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="fx-art"><h1>{T}</h1>
<div class="fx-tools">⟦a 正文字号切换：大 中 小⟧　⟦a 〔打印本页〕〔关闭本页〕⟧</div>
<div class="fx-text">
{BODY}
</div>
<div class="fx-att"><p>⟦a 附件下载：校园周边刀具销售检查登记表.xlsx⟧</p><p>⟦a 附件下载：美工刀质量抽查要点.pdf⟧</p></div>
<div class="fx-share">⟦l 分享给朋友：微信 微博 QQ空间⟧</div>
<div class="fx-rel"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 关于印发菔溪县2024年产品质量监督抽查计划的通知⟧</li><li>⟦l 县市场监管局开展开学季校园周边文具专项检查⟧</li></ul></div></div>
<div class="fx-foot">
<p>⟦m 主办：菔溪县人民政府办公室　承办：菔溪县数据资源中心⟧</p>
<p>⟦m 网站内容纠错电话：0735-6120919⟧</p>
<p>⟦m 湘ICP备05014231号　湘公网安备43112502000137号　网站标识码：4311250003⟧</p></div>
<script>sza.init({site:"fuxi"});</script>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各市场监管所，局机关各股室：
为防范刀片外露、随意伸缩的劣质美工刀流入校园，保护中小学生安全，经局党组研究，决定3月下旬至4月底在全县开展校园周边美工刀等刀具销售专项检查。现将有关事项通知如下。
一、检查对象
全县中小学、幼儿园周边200米范围内的文具店、小超市、便利店和流动摊点。
二、检查内容
1.是否销售无生产厂名、无合格证的美工刀；
2.是否向未成年人销售折叠刀、弹簧刀等管制刀具；
3.在售美工刀是否设有刀片锁止装置。
三、工作要求
各所要于4月28日前将检查情况报局产品质量安全监督管理股，检查登记表请各所自行下载附件填写。
联系人：郗晓帆，电话：0735-6123058。
附件：1.校园周边刀具销售检查登记表
2.美工刀质量抽查要点
菔溪县市场监督管理局
2024年3月18日
""",
    ),
    dict(
        slug="tingcheng-gov-bolt-bulletin-table",
        site="莛城县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.tingcheng.gov.example.cn/zfxxgk/zjj/tzgg/202410/t20241011_880417.html",
        title="关于老旧小区单元门插销安全隐患排查情况的通报",
        record_title="关于老旧小区单元门插销安全隐患排查情况的通报 · 住建动态 ｜ 莛城县人民政府网",
        date="2024-10-09",
        date_also=["2024-10-11"],
        notes="county portal as text: elder-mode links, index lines, a 文号 line (neutral), data table one row a "
        "paragraph, 抄送 and 印发 lines, the portal's date differs from the 成文日期",
        page="""
!m 莛城县人民政府网
!a 长辈阅读版 ｜ 语音播报 ｜ 繁体
!m 首页 ＞ 政府信息公开 ＞ 县住建局 ＞ 通知公告
{T}
!m 信息来源：县住房和城乡建设局　　发布日期：2024-10-11　　浏览次数：386
莛住建通〔2024〕31号
{BODY}
!a 【打印正文】【关闭窗口】
!l 上一条：2024年度城区燃气管道改造项目公示
!l 下一条：关于做好冬季物业供暖保障的提醒
!m 莛城县人民政府办公室主办　县政务数据管理局技术维护
!m 网站纠错：0736-5218800　　赣ICP备06011827号
""",
        body="""
各街道办事处，各物业服务企业：
9月以来，县住建局组织对城区32个老旧小区的单元门、楼道消防门插销进行了排查。现将排查情况通报如下。
一、排查结果
小区类型　排查门数　插销缺失　插销锈死
无物业小区　214　37　22
有物业小区　356　12　9
二、存在问题
部分楼道消防门被住户私自加装明插销并长期插死，火灾时无法从内侧推开；部分单元门插销缺失，门扇被风吹动撞伤居民。
三、整改要求
各物业服务企业要在10月31日前拆除消防门上私装的插销，补齐单元门缺失插销；无物业小区由街道组织社区统一整改。县住建局将于11月上旬组织复查，复查结果在全县通报。
莛城县住房和城乡建设局
2024年10月9日
抄送：县应急管理局，县消防救援大队。
莛城县住房和城乡建设局办公室　　2024年10月9日印发
""",
    ),
    dict(
        slug="xiangyang-news-screen-exhibition",
        site="葙阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xiangyangnews.example.cn/wenlv/2024-10/04/content_772015.html",
        title="百年屏风“回家” 葙阳县博物馆举办民间屏风展",
        record_title="百年屏风“回家” 葙阳县博物馆举办民间屏风展｜文旅·葙阳新闻网",
        date="2024-10-04",
        notes="news portal: app prompt glued before the lead, a photo caption between paragraphs, an "
        "editor/reviewer line glued after the last paragraph, listen button, 24-hour list; byline's 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>百年屏风“回家” 葙阳县博物馆举办民间屏风展｜文旅·葙阳新闻网</title>
<script async src="https://ads.xiangyangnews.example.cn/slot.js"></script></head>
<body>
<div class="xy-head"><a class="logo">⟦m 葙阳新闻网⟧</a><span>⟦m 葙阳县融媒体中心主办⟧</span>
<nav>⟦m 要闻⟧ ⟦m 时政⟧ ⟦m 文旅⟧ ⟦m 民生⟧ ⟦m 视频⟧</nav></div>
<div class="xy-path">⟦m 首页 › 文旅 › 正文⟧</div>
<article><h1>{T}</h1>
<div class="xy-byline">⟦m 发布时间：2024-10-04 09:12　来源：葙阳日报　记者：阚予宁⟧</div>
<div class="xy-listen"><button>⟦a ▶ 听新闻⟧</button></div>
<div class="xy-body">
{BODY}
</div>
<div class="xy-share">⟦l 转发到：微信朋友圈　微博　复制链接⟧</div></article>
<aside><h3>⟦l 葙阳24小时热读⟧</h3><ol>
<li>⟦l 县城至蕻田镇公交线路10月8日起加密班次⟧</li><li>⟦l 国庆假期全县接待游客12.6万人次⟧</li><li>⟦l 葙阳香芋开挖 亩产超四千斤⟧</li></ol>
<div class="ad">⟦a 广告位招租 0739-2201577⟧</div></aside>
<footer>⟦d 本网原创稿件转载须注明出处，违者追究法律责任⟧<br>⟦m 互联网新闻信息服务许可证：43120190028　湘ICP备18009917号⟧</footer>
</body></html>
""",
        body="""
⟦a 打开葙阳新闻APP，看更多现场图⟧本报讯 10月3日，“屏开见春——葙阳民间屏风展”在县博物馆开展，展出从全县征集来的木雕、漆画、刺绣屏风46件，年代最早的一件为清代道光年间的八扇围屏。
展品大多来自乡村老宅和祠堂。蕻田镇村民鲁长庚捐出的四扇花鸟屏风，原来一直用来隔开堂屋和灶间，漆面剥落了大半，博物馆请修复师用了两个多月才让它恢复原貌。
⟦m 图为观众在展厅欣赏清代八扇围屏。（记者 阚予宁 摄）⟧
“屏风既挡风又隔视线，过去是家家户户的‘软隔墙’。”县博物馆馆长任秋颖介绍，展览将持续到明年1月，每周二至周日免费开放，周末安排讲解员带观众了解屏风上的纹样和寓意。⟦m （责编：庞越　终审：岑一鸣）⟧
""",
    ),
    dict(
        slug="douling-news-bolt-police-record",
        site="蔸岭融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.doulingrm.example.cn/shehui/20241120/119204.html",
        title="蔟口镇派出所民警为独居老人加装门插销",
        record_date="2024-11-20",
        date="2024-11-20",
        notes="news page as text: title and date from the record; a reporter/photo line between paragraphs; "
        "a 'more in the app' line glued after the last sentence",
        page="""
!m 蔸岭融媒 · 蔸岭县融媒体中心
!m 首页 / 社会 / 正文
{T}
!m 来源：蔸岭县融媒体中心　　2024-11-20 16:05　　阅读 4217
!a A+　A－　　分享
{BODY}
!l 相关阅读
!l 蔸岭县公安局开展“冬季平安行动”
!l 入冬以来全县独居老人走访超三千户
!m 蔸岭融媒 版权所有　未经授权不得转载　电话：0744-3305126
""",
        indent="\u3000\u3000",
        body="""
“插上这个插销，晚上睡觉踏实多了。”11月19日，蔟口镇瑂岭社区82岁的独居老人卜桂英拉着民警的手说。
入冬以来，蔟口镇派出所结合“平安守护”走访，发现辖区不少独居老人家的木门只有一把旧锁，门缝大、锁舌短，一推就开。所里随即联系社区，自掏腰包买来60副门插销，由社区民警和网格员上门安装。
⟦m （通讯员 饶启东 摄）⟧
截至目前，民警已为37户独居老人装好插销，还在每户门后贴上了派出所值班电话。派出所所长鄢学文表示，剩下的20多户将在月底前装完，今后每季度上门检查一次。⟦a 下载蔸岭融媒APP，看更多基层新闻⟧
""",
    ),
    dict(
        slug="woju-forum-hook-test-jammer",
        site="窝居生活论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.wojulife.example.com/thread-402881-1-1.html",
        title="六款吸盘挂钩泡水72小时对比",
        record_title="[实测] 六款吸盘挂钩泡水72小时对比 - 收纳好物 - 窝居生活论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, rating row, signature, replies; relative "
        "post times only (no date)",
        page="""
<html><head><meta charset="gbk"><title>[实测] 六款吸盘挂钩泡水72小时对比 - 收纳好物 - 窝居生活论坛</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="toptb">⟦m 窝居生活论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册成为窝友⟧</a></div>
<div id="pt">⟦m 窝居生活论坛 › 家居板块 › 收纳好物 › 查看帖子⟧</div>
<div class="ts"><h1>⟦t [实测] 六款吸盘挂钩泡水72小时对比⟧</h1> <span>⟦m 查看: 6120 | 回复: 48⟧</span></div>
<table class="plhin"><tr><td class="pls">⟦m 抠门收纳君⟧<br>⟦m 窝龄 4 年　积分 2287⟧</td>
<td class="plc"><div class="authi">⟦m 楼主　发表于 5 天前⟧　⟦a 只看TA⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_992017">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分人数 12　窝币 +36　收起理由：实测有用⟧</div>
<div class="sign">⟦m 签名：断舍离进行中，不囤货不乱买⟧</div></td></tr></table>
<table class="plhin"><tr><td class="pls">⟦l 鱼缸里的猫⟧</td><td class="plc">⟦l 发表于 4 天前　旋钮款链接能发下吗？⟧</td></tr></table>
<table class="plhin"><tr><td class="pls">⟦l 阳台种菜的⟧</td><td class="plc">⟦l 发表于 2 天前　同款，掉过一次砸了牙刷杯⟧</td></tr></table>
<div id="f_pst">⟦a 回帖前请先登录，没有账号？马上注册⟧</div>
<div id="ft">⟦m 窝居生活论坛 ( 粤ICP备19044672号-3 )　Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里卫生间瓷砖不让打孔，前后买了六款吸盘挂钩。干脆做了个对比，给准备买的窝友参考。
测试方法：六款挂钩装在同一面瓷砖墙上，安装前用酒精擦净墙面。每个挂一瓶装满水的500毫升矿泉水，洗澡时照常开热水。
结果：72小时后还挂着的只有三款，都是带旋钮排气的那种。普通按压式的两款第一天晚上就掉了，还有一款第二天早上连瓶带钩掉进了洗手池。
几点心得：一是墙面要平，有砖缝的地方基本吸不住；二是装好后最好等一晚再挂东西；三是旋钮式隔一两周拧紧一次，比什么都管用。
别指望吸盘挂钩挂浴巾架、置物篮这种重物，真要挂重的还是老老实实打孔。
""",
    ),
    dict(
        slug="muxie-forum-knife-blade-junk",
        site="木屑手作论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.muxie.example.net/bbs/viewthread.php?tid=18823",
        title="掰美工刀刀片这件小事，我差点缝了三针",
        record_title="【血的教训】掰美工刀刀片这件小事，我差点缝了三针 - 新手入门区 - 木屑手作论坛",
        date=None,
        notes="forum text with anti-scraping junk as lines and glued after 。; post time 'yesterday'; replies "
        "and a reply-box prompt below",
        page="""
!m 木屑手作论坛 » 新手入门区 » 浏览主题
!t 【血的教训】掰美工刀刀片这件小事，我差点缝了三针
!m 刨花飞飞　发表于 昨天 21:40　｜　阅读 903　回复 17
{BODY}
!l 2# 老榫头：刀片钝了别舍不得换，钝刀更伤手
!l 3# 小叶紫檀：学到了，我一直是用手掰的
!a 登录后才能参与讨论　立即登录 ｜ 注册木屑账号
!m 木屑手作论坛　手作人的交流角落　浙ICP备17020413号
""",
        junk=dict(lines=2, glued=3),
        body="""
上周做纸模，美工刀刀片钝了，我图省事直接用手指捏住刀片往下掰。结果刀片断口一滑，左手食指划开一道口子，到社区医院差点缝了针。
后来店里老师傅教了我正确的办法，分享给刚入坑的朋友。
第一，先把刀片推出一节，只露出要掰掉的那一格，其余部分留在刀壳里。
第二，用刀尾自带的卡槽或者尖嘴钳夹住露出的那一格。朝刻痕方向轻轻一扳，刀片就沿着刻痕断开了。
第三，掰下来的碎刀片别直接扔垃圾桶。用胶带缠几圈或者放进空药瓶里再扔，免得划伤收垃圾的人。
另外，用完随手把刀片退回刀壳、推到锁止位，这个习惯一定要养成。
""",
    ),
]
