"""holdout312, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="fanwen-dengzhan-speech-stairwell-wall-lamps-gb2312",
        site="灯盏范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.dengzhanfw.com/jianghua/chengjian/2025/0421/11873.html",
        title="在全县老旧小区楼道壁灯改造推进会上的讲话",
        record_title="【讲话范本】在全县老旧小区楼道壁灯改造推进会上的讲话（改后即用）_灯盏范文苑",
        date="2025-04-16",
        date_also=["2025-04-21"],
        notes="old table layout with marquee, font row, floating ghost-writer box and visitor counter; "
        "date under the speech title (neutral), the site's posting date differs; speaker line neutral; "
        "a ghost-writer prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话范本】在全县老旧小区楼道壁灯改造推进会上的讲话（改后即用）_灯盏范文苑</title>
<meta name="keywords" content="壁灯改造,讲话稿,老旧小区">
<link href="/css/dz.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body bgcolor="#F6F3EA" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="320"><img src="/images/dz_logo.gif" alt=""><font color="#8B0000"><b>⟦m 灯盏范文苑⟧</b></font></td>
<td>⟦m 挑灯夜写时，这里有现成的稿⟧</td>
<td align="right"><a href="/user/reg.asp">⟦a 新会员报到⟧</a> <a href="/user/login.asp">⟦a 老会员进门⟧</a></td></tr>
</table>
<table width="960" border="0" align="center"><tr><td bgcolor="#FFF8DC"><marquee scrollamount="3" onmouseover="this.stop()">⟦m ★灯盏范文苑：讲话、总结、方案每晚十点准时上新，稿子写不完就来翻一翻★⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" class="nav"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 方案计划⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td>
</tr></table>
<table width="960" border="0" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：<a href="/">灯盏范文苑</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 城建住建讲话⟧</div>
<h2>⟦t 【讲话范本】在全县老旧小区楼道壁灯改造推进会上的讲话（改后即用）⟧</h2>
<div class="info">⟦m 发布：2025-04-21 09:12　投稿：青灯客　人气：1362次⟧</div>
<div class="tools">⟦a 〖字号：放大 还原 缩小〗⟧　⟦a 〖整篇拷走〗⟧　⟦a 〖存成Word稿〗⟧</div>
<p align="center"><b>{T}</b></p>
<p align="center">（2025年4月16日）</p>
<p align="center">县委常委、副县长　闵书航</p>
{BODY}
<div class="dl"><a href="/down.asp?id=11873">⟦a ↓ 本篇讲话稿Word版下载（会员免积分）⟧</a></div>
<div class="pn">⟦l 上一篇：全县燃气管道老化更新动员会讲话⟧<br>⟦l 下一篇：在小区加装电梯协调会上的讲话提纲⟧</div>
</td>
<td width="250" valign="top">
<table class="side"><tr><td>⟦l ◆本月热稿◆⟧</td></tr>
<tr><td><a href="/1.html">⟦l ·楼道亮灯工程表态发言（社区版）⟧</a></td></tr>
<tr><td><a href="/2.html">⟦l ·城市照明节能改造汇报材料⟧</a></td></tr>
<tr><td><a href="/3.html">⟦l ·民生实事项目推进会主持词⟧</a></td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:8px;top:260px">⟦w 讲话稿代笔 QQ 2917730468 随叫随写⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 本苑稿件多为网友投稿，仅供写作参考，照搬照抄后果自负⟧<br>
⟦m Copyright 2009-2025 灯盏范文苑 dengzhanfw.com　黔ICP备13077412号⟧<br>
⟦m 您是第 00284163 位挑灯人⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全县老旧小区楼道壁灯改造推进会，主要是总结前一阶段工作，部署下一步任务。去年以来，全县共排查老旧小区楼道386个，发现照明缺失或损坏的楼道214个，已完成壁灯更换和线路整治152个，居民夜间上下楼的安全隐患明显减少。⟦w 本篇由灯盏范文苑整理，同类讲话可加QQ定制。⟧
一是认清任务。楼道里一盏灯不亮，老人摸黑上下楼就可能摔跤，这是群众身边的小事，也是检验我们作风的大事。
二是把好质量关。改造一律选用带人体感应的节能壁灯，灯具底座离地不低于2.2米，线路一律穿管敷设，严禁私拉乱接。
三是压实责任。街道、社区、物业各管一段，6月底前完成剩余62个楼道的改造任务。
同志们，一盏壁灯照亮的是群众回家的路。希望大家把这件实事办实办好。
""",
    ),
    dict(
        slug="fanwen-shizi-insight-tea-pet-clay-class-no-title",
        site="拾字范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.shizifanwen.cn/xinde/peixun/60482.html",
        title="参加紫砂茶宠捏塑技艺培训班的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; a member-unlock line between paragraphs; "
        "a ghost-writer prompt glued after a sentence; only a relative collection time (no date)",
        page="""
!m 拾字范文库 · 心得体会频道
!m 位置：首页 ▹ 心得体会 ▹ 培训心得
{T}
!m 收录于 3 天前　｜　字数 约600　｜　已被借鉴 214 次
!a ⊕ 收进我的素材夹　　⊕ 转成PPT提纲
{BODY}
!a 全文已展开。想要排版好的Word稿？拾字会员一键带走
!l 同题推荐：非遗技艺进课堂心得｜陶艺研学活动感悟｜手工艺人培训总结
!d 拾字范文库所收稿件来自会员分享，引用请核对，勿整篇照搬。
!m 拾字范文库 shizifanwen.cn 湘ICP备20061183号-3
""",
        indent="\u3000\u3000",
        body="""
这个月，我报名参加了县文化馆举办的紫砂茶宠捏塑技艺培训班，在老师的手把手指导下，第一次从揉泥、打片做到了一只完整的小金蟾。
短短十天，给我最深的体会是“慢”。一块泥要反复捶打才能排净气泡，眼睛、嘴角这些细处要用竹签一点点修，急了就会开裂。⟦w 心得不会写？拾字写作顾问微信 sz_wenan77 帮你理思路。⟧这让我想到平时工作也是一样，越是细节越要沉住气。
⟦a 本文后半部分为拾字会员专享，开通后即可继续阅读⟧
第二个体会是“传”。带我们的陈师傅做了四十多年茶宠，他说手艺只有教出去才算活着。培训结束时，我们十二个学员每人交了一件作品，统一送到镇文化站展出。
今后，我想利用周末时间继续练习，争取明年能带着社区的孩子们一起捏一捏泥巴。
""",
    ),
    dict(
        slug="wenku-juanzhi-plan-reservoir-landing-nets-html",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.juanzhiwk.com/doc/7731520948.html",
        title="关于规范逦溪水库垂钓秩序的工作方案",
        record_title="关于规范逦溪水库垂钓秩序的工作方案（可编辑）-卷帙文库",
        date="2025-05-08",
        notes="文库 reader: viewer toolbar, contributor line, a VIP unlock line between paragraphs, paywall, "
        "related docs; decimal headings 1.1–2.2; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范逦溪水库垂钓秩序的工作方案（可编辑）-卷帙文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.__DOC__={id:"7731520948",pages:4};</script>
</head>
<body>
<header class="jz-top"><a class="logo" href="/">⟦m 卷帙文库⟧</a><span class="slogan">⟦m 一卷在手，材料不愁⟧</span>
<nav><a href="/cat/gongwen">⟦m 公文⟧</a><a href="/cat/jiaoyu">⟦m 教育⟧</a><a href="/cat/hangye">⟦m 行业⟧</a></nav>
<a class="vip" href="/vip">⟦a 开卷卡 ¥12/月⟧</a></header>
<div class="crumb">⟦m 卷帙文库 › 公文写作 › 实施方案⟧</div>
<section class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 贡献者：江***渔　｜　页数：4　｜　浏览 2,318　｜　收录 5 天前⟧</p>
<div class="viewer-bar"><button>⟦a 全屏阅读⟧</button><button>⟦a 缩放 ＋⟧</button><button>⟦a 缩放 －⟧</button><button>⟦a 翻到末页⟧</button></div>
</section>
<article class="doc-body">
{BODY}
</article>
<div class="paywall"><p>⟦a 免费预览到此为止，余下1页请用开卷卡或3个卷币解锁⟧</p><button>⟦a 用卷币解锁⟧</button><button>⟦a 开通开卷卡⟧</button></div>
<aside class="rel"><h3>⟦l 看过本文的人还在看⟧</h3>
<ul><li>⟦l 水库渔政执法巡查工作方案.docx⟧</li><li>⟦l 垂钓区安全警示标识设置要求.pdf⟧</li><li>⟦l 禁渔期联合执法行动总结⟧</li></ul></aside>
<footer>⟦d 本文由用户上传并对内容负责，卷帙文库仅提供存储和展示服务⟧<br>⟦m © 卷帙文库 juanzhiwk.com　赣ICP备22004817号-1⟧</footer>
<script src="/static/reader.min.js"></script>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        body="""
为解决逦溪水库周边无序垂钓、乱扔钓具等问题，保障群众人身安全和水源水质，结合实际，制定本方案。
1.工作目标
1.1 划定垂钓区和禁钓区，6月底前完成警示标牌设置。
1.2 垂钓区内落水事故为零，乱丢弃渔具现象明显减少。
⟦a 开卷卡会员可免费阅读全文并下载Word原稿⟧
2.主要措施
2.1 在大坝两侧和取水口周边200米范围内设立禁钓区，严禁使用抄网、地笼等网具入水捕捞。
2.2 在垂钓区配备救生圈、长杆抄网和救生绳，由逦口镇组织护库员每日巡查两次。
3.工作要求
各有关单位要明确专人负责，发现违规垂钓及时劝离，情节严重的移交县农业综合执法大队处理。
迥川县水利局
2025年5月8日
""",
    ),
    dict(
        slug="wenku-qiancha-survey-nursery-pots-wrapped-marks",
        site="千茬文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.qianchadoc.net/p/20250327/88154.html",
        title="关于全县蔬菜集约化育苗中营养钵使用情况的调研报告",
        record_title="关于全县蔬菜集约化育苗中营养钵使用情况的调研报告.docx",
        date="2025-03-20",
        notes="file-name record title; a converter's text wrapped at 60 columns with page markers ⨸n⨸ glued to "
        "the continuation lines; a table (one row a paragraph); 成文日期 under the signature",
        page="""
!m 千茬文库　　文档中心 › 农业农村 › 调研报告
!t 关于全县蔬菜集约化育苗中营养钵使用情况的调研报告.docx
!m 格式：DOCX　　共5页　　大小：41.2KB　　上传于 2 天前
!a 〔 在线预览 〕〔 整份下载 · 6茬币 〕〔 收入书架 〕
{T}
{BODY}
!a ……预览到第3页为止，剩余2页请下载原文查看……
!a 茬币不够？做任务领茬币 ＞
!d 温馨说明：文档为网友上传的学习资料，千茬文库不担保其准确完整
!l 同类文档：设施蔬菜育苗技术要点　｜　可降解育苗容器推广方案　｜　春播备耕情况汇报
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⨸{n}⨸", every=70, start=2, glue=True),
        body="""
为掌握全县蔬菜集约化育苗中营养钵的使用情况，县农业农村局于2月下旬组成调研组，走访了8个育苗中心和23户种植大户。现将有关情况报告如下。
一、基本情况
全县现有蔬菜集约化育苗中心15个，年育苗能力约1.1亿株，其中采用营养钵育苗的占六成以上。
钵型　　使用比例　　平均单价
塑料营养钵　　71%　　0.06元
纸质可降解钵　　18%　　0.11元
草炭压缩钵　　11%　　0.09元
二、存在问题
一是塑料营养钵回收率不足三成，田边随意丢弃现象较多；二是部分农户重复使用破损钵体，导致秧苗根系盘结、成活率下降。
三、建议
建议县财政对使用可降解营养钵的育苗中心给予每万只200元的补贴，并在各乡镇设立废旧营养钵回收点。
遒山县农业农村局
2025年3月20日
""",
    ),
    dict(
        slug="gov-chuanshui-notice-cotton-nursery-pots-index-table",
        site="遄水县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chuanshui.gov.cn/zwgk/bmdt/nyncj/202503/t20250312_418802.html",
        title="遄水县农业农村局关于做好2025年棉花营养钵育苗技术指导工作的通知",
        record_title="遄水县农业农村局关于做好2025年棉花营养钵育苗技术指导工作的通知｜部门动态｜遄水县人民政府门户网站",
        date="2025-03-10",
        date_also=["2025-03-12"],
        notes="county portal with 关怀版/屏幕朗读 links, 索引号 table (文号 cell neutral, 发布日期 differs from "
        "成文日期), 附件 list, the bureau's own 联系人/电话 next to the portal's 纠错 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>遄水县农业农村局关于做好2025年棉花营养钵育苗技术指导工作的通知｜部门动态｜遄水县人民政府门户网站</title>
<meta name="SiteName" content="遄水县人民政府">
<meta name="ColumnName" content="部门动态">
<script src="/js/jquery.min.js"></script>
<script>var zwgk_id="t20250312_418802";</script>
</head>
<body>
<div class="topbar"><a>⟦a 关怀版⟧</a><a>⟦a 屏幕朗读⟧</a><a>⟦a 手机看政务⟧</a><a>⟦a 个人中心⟧</a></div>
<div class="banner">⟦m 遄水县人民政府⟧ <span>⟦m 遄水清流　实干兴县⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 走进遄水⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 您的位置：首页 ＞ 政务公开 ＞ 部门动态 ＞ 县农业农村局⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索 引 号：11522731MB1C4427X8/2025-00318⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
<tr><td>⟦m 发布机构：遄水县农业农村局⟧</td><td>⟦m 发布日期：2025-03-12⟧</td></tr>
<tr><td>文号</td><td>遄农发〔2025〕7号</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 来源：县农业农村局　浏览次数：<span>693</span>⟧　⟦a 【大 中 小】⟧　⟦a 【打印本文稿】⟧　⟦a 【关掉窗口】⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发至：微信｜微博｜政务钉⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l · 遄水县2025年春播春管技术要点⟧</p>
<p>⟦l · 县农业农村局开展农资打假专项行动⟧</p></div>
<div class="footer">
<p>⟦m 主办：遄水县人民政府办公室　承办：遄水县融媒体中心⟧</p>
<p>⟦m 网站标识码 5227310012　黔ICP备05002217号⟧</p>
<p>⟦w 页面有差错？纠错电话：0854-7321190⟧</p>
</div>
<script src="/js/visit.js"></script>
</body>
</html>
""",
        body="""
各乡镇农业服务中心，县农技推广站：
为抓好今年棉花育苗移栽工作，确保苗全苗壮，现就营养钵育苗技术指导有关事项通知如下。
一、各乡镇要在3月25日前完成营养钵制钵土的配制，每立方米钵土掺入腐熟农家肥不少于150公斤，制钵时土壤含水量以手握成团、落地即散为宜。
二、县农技推广站组建4个技术指导组，分片包乡，4月上旬前完成对植棉大户的现场培训。
三、各乡镇要及时收集育苗中出现的烂种、死苗问题，每周五前报县农业农村局种植业股。
联系人：龙晓梅，电话：0854-7326614。
附件：1.棉花营养钵育苗技术要点
2.技术指导组分片联系表
遄水县农业农村局
2025年3月10日
""",
    ),
    dict(
        slug="gov-erhu-notice-fridge-magnets-elderly-wrapped",
        site="迩湖区政务网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.erhu.gov.cn/xxgk/tzgg/2025/0605/23771.html",
        title="迩湖区卫生健康局关于为辖区独居老人发放应急联系冰箱贴的通知",
        record_title="迩湖区卫生健康局关于为辖区独居老人发放应急联系冰箱贴的通知 —— 迩湖区政务网",
        date="2025-06-03",
        notes="text page hard-wrapped at 56 columns; 文号 line neutral; 抄送 and 印发 lines in the body; "
        "the bureau's phone beside the portal's 12345 line",
        page="""
!m 迩湖区政务网　｜　逄州市迩湖区人民政府主办
!m 首页 / 信息公开 / 通知公告
{T}
!m 时间：2025-06-05 16:02　　来源：区卫生健康局　　阅读：418
!a 【字体：大 中 小】【打印正文】【分享给同事】
迩卫健发〔2025〕21号
{BODY}
!l 上一条：迩湖区2025年家庭医生签约服务宣传周活动安排
!l 下一条：关于开展夏季食品安全进社区活动的通知
!w 政务咨询投诉请拨打 12345 热线（24小时有人接听）
!m 迩湖区人民政府办公室主办　网站识别码 3711020007　鲁ICP备11021648号
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
各街道社区卫生服务中心，各社区居委会：
为方便独居老人在突发疾病时及时求助，区卫生健康局定制了一批应急联系冰箱贴，正面印有急救电话、家庭医生电话和社区网格员电话，背面可填写老人常用药品和过敏史。现将发放工作通知如下。
一、发放对象为辖区内65周岁以上独居老人，共计1836人。
二、各社区卫生服务中心于6月20日前将冰箱贴领回，由家庭医生上门发放，并帮助老人填写背面信息，贴在冰箱门显眼处。
三、发放过程中要同步核对老人健康档案，发现联系方式变动的及时更新。
联系电话：0539-2262417。
逄州市迩湖区卫生健康局
2025年6月3日
抄送：区民政局，各街道办事处。
迩湖区卫生健康局办公室　2025年6月3日印发
""",
    ),
    dict(
        slug="news-aoxi-tea-pet-contest-photo-captions",
        site="遨溪新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.aoxinews.cn/wenlv/2025-05/19/content_90213.html",
        title="遨溪县首届紫陶茶宠创意大赛落幕",
        record_title="遨溪县首届紫陶茶宠创意大赛落幕-本地·文旅-遨溪新闻网",
        date="2025-05-19",
        notes="county news portal: an app prompt glued before the lead, photo captions between paragraphs, "
        "an editor line glued after the last paragraph; byline 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>遨溪县首届紫陶茶宠创意大赛落幕-本地·文旅-遨溪新闻网</title>
<script src="//static.aoxinews.cn/js/ad.js"></script>
</head>
<body>
<div class="ax-top"><span>⟦m 遨溪新闻网⟧</span><span>⟦m 遨溪人自己的新闻门户⟧</span><a>⟦a 登录⟧</a><a>⟦a 投稿爆料⟧</a></div>
<nav class="ax-nav"><a>⟦m 首页⟧</a><a>⟦m 时政⟧</a><a>⟦m 本地⟧</a><a>⟦m 文旅⟧</a><a>⟦m 视频⟧</a></nav>
<div class="ax-crumb">⟦m 遨溪新闻网 ＞ 本地 ＞ 文旅⟧</div>
<div class="ax-article">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-19 08:30　来源：遨溪融媒　记者：覃妙　通讯员：韦一诺⟧</div>
<div class="tools">⟦a 🔊 听本文⟧ ⟦a 字号 A⁻ A⁺⟧</div>
<div class="text">
{BODY}
</div>
<div class="ax-share">⟦l 把这条新闻分享到：朋友圈　QQ空间　微博⟧</div>
</div>
<aside class="ax-side"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 遨溪至逄州城际公交下月开通⟧</li><li>⟦l 迥川古窑址考古有新发现⟧</li><li>⟦l 遨溪县中考体育测试安排出炉⟧</li></ol>
<div class="ad">⟦a 广告｜紫陶小镇一日游 ¥68 起⟧</div></aside>
<footer class="ax-foot">⟦d 遨溪新闻网原创稿件，转载请注明出处并保留作者署名⟧<br>⟦m 互联网新闻信息服务许可证 53120240017　滇ICP备16008832号⟧</footer>
</body>
</html>
""",
        body="""
⟦a 下载遨溪新闻APP，第一时间看家门口的事⟧5月18日，遨溪县首届紫陶茶宠创意大赛在紫陶小镇落幕，来自全县的86件茶宠作品同台比拼，12件作品获奖。
本次大赛由县文化和旅游局、县总工会联合主办，分传统造型和创意设计两个组别。
⟦m 图为参赛选手现场捏制茶宠。记者 覃妙 摄⟧
传统组金奖作品《卧牛》用整块紫陶泥塑成，牛背上的纹理经热茶一浇便由浅转深，评委认为其“形憨而神足”。创意组金奖则由两名职校学生获得，他们把遨溪的吊脚楼做成了可以蓄水的小茶宠。
⟦m 图为获奖作品展示区。⟧
县文化和旅游局相关负责人介绍，下一步将把优秀作品开发成文创产品，在景区和高铁站展销。⟦m （编辑：罗一苇　审核：杨枞）⟧
""",
    ),
    dict(
        slug="news-jiongchuan-landing-net-rescue-record",
        site="迥川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jiongchuanrm.com/shehui/20250712/4418.shtml",
        title="迥川县逦口镇三名群众用抄网救起落水儿童",
        record_date="2025-07-12",
        date="2025-07-12",
        notes="title and date from the record; an editor line glued after the last paragraph; "
        "a photo caption between paragraphs; hot list and footer",
        page="""
!m 迥川融媒　>　社会民生
{T}
!m 2025-07-12 20:16　　迥川融媒记者 宁筱
!a 分享：微信好友 / 朋友圈 / 复制链接
{BODY}
!l 【热】逦溪水库下周起实行分区垂钓
!l 【热】迥川县暑期防溺水“十不准”发布
!d 本站所载新闻版权归迥川融媒所有，未经许可不得转载
!m 迥川县融媒体中心主办　陇ICP备18003524号-2
""",
        body="""
7月11日傍晚，迥川县逦口镇河滩上，一名8岁男孩在捡拾石子时不慎滑入深水区。正在附近钓鱼的三名群众听到呼救后，一人下水托举，两人用长柄抄网将孩子拉到岸边，孩子经急救后脱离危险。
⟦m 图为参与救援的钓友展示当天使用的抄网。⟧
参与救援的钓友何志刚说，抄网杆能伸到五米多，网兜又结实，“当时什么也没想，拿起抄网就伸了过去”。
逦口镇派出所提醒，暑期儿童溺水事故易发，家长要看护好孩子，切勿让孩子独自到河边玩耍。⟦m 责编：邝晓　二审：唐振⟧
""",
    ),
    dict(
        slug="forum-xidiaoke-landing-net-pole-repair-jammer",
        site="溪钓客论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.xidiaoke.net/thread-552817-1-1.html",
        title="抄网杆伸缩卡死了，拆开才发现是这个原因",
        record_title="[装备维修] 抄网杆伸缩卡死了，拆开才发现是这个原因（多图） - 钓具改装区 - 溪钓客论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts, rating row, signature, replies; the post time is relative (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[装备维修] 抄网杆伸缩卡死了，拆开才发现是这个原因（多图） - 钓具改装区 - 溪钓客论坛</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js?Xy1"></script>
</head>
<body>
<div id="hd">⟦m 溪钓客论坛⟧ <a>⟦a 立即入坑⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 溪钓客论坛 » 钓具改装区 » 正文⟧</div>
<div class="pls"><div class="authi">⟦m 老渔竿⟧</div><p>⟦m 帖子 1204　鱼币 6638　钓龄 17 年⟧</p></div>
<div class="plc">
<h1><span id="thread_subject">⟦t [装备维修] 抄网杆伸缩卡死了，拆开才发现是这个原因（多图）⟧</span></h1>
<div class="authi">⟦m 楼主 老渔竿 发表于 3 天前 | 只看楼主 | 阅读 3117⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 鱼币 +6 河湾夜钓：干货，收了⟧</div>
<div class="sign">⟦m ——钓的不是鱼，是一整天的清净⟧</div>
<div class="po">⟦a 赞一个　踩　转发　举报⟧</div>
</div>
<div class="reply"><p>⟦l 沙发 ｜ 白条终结者：我那根也卡过，原来是进沙了⟧</p><p>⟦l 板凳 ｜ 逦溪钓叟：涂的啥油？求个牌子⟧</p></div>
<div id="f_pst">⟦a 游客请先登录再发言，没有账号？点这里入坑⟧</div>
<div id="ft">⟦m 溪钓客论坛 ( 蜀ICP备19044102号 ) | Powered by Discuz! X3.5⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上周六在逦溪水库中了条三斤多的草鱼，结果抄网杆拉到第三节死活抽不出来，眼睁睁看着鱼跑了，回家越想越气，干脆把杆子拆了。
拆开一看，原因很简单：每节接口里都积了细沙和干掉的水草，再加上碳杆内壁有一道划痕，伸缩时一卡就死。
处理办法也不难。先用软布蘸清水把每一节擦干净，再用细砂纸轻轻打磨划痕，最后在接口处薄薄涂一层硅脂。现在伸缩顺滑，一甩就出。
建议各位钓友每次出钓回来都用清水冲一冲抄网杆，别等到关键时候掉链子。
""",
    ),
    dict(
        slug="forum-huyouhui-tea-pet-toad-crackle-junk",
        site="壶友汇 (invented forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.huyouhui.cn/bbs/viewthread.php?tid=30917",
        title="养了三年的金蟾茶宠，终于开片了",
        record_title="【晒宠】养了三年的金蟾茶宠，终于开片了 - 茶玩天地 - 壶友汇",
        date=None,
        notes="forum post with anti-scraping junk lines and junk glued after sentences; replies; "
        "the post time is 昨天 (no date)",
        page="""
!m 壶友汇 › 茶玩天地 › 查看主题
!t 【晒宠】养了三年的金蟾茶宠，终于开片了
!m 楼主：竹炉听雨　　发表于 昨天 21:40　　查看 906 / 回复 23
!a 只看楼主　｜　倒序看帖　｜　打赏楼主
{BODY}
!a 顶一下　　收藏本帖　　举报
!l 2# 青瓷小盏：恭喜！开片的纹路太漂亮了
!l 3# 碧螺春晓：三年不容易，我的貔貅才养了半年
!a 回帖需要先登录，还没有壶友汇账号？注册只要30秒
!m 壶友汇 huyouhui.cn　Discuz! 强力驱动
""",
        junk=dict(lines=2, glued=2),
        body="""
三年前在紫陶小镇花八十块钱买了这只金蟾茶宠，一直摆在茶盘左上角，每天泡茶先用头道茶汤浇一遍。
刚买回来时它通身是哑光的土黄色，第一年几乎看不出变化，第二年背上开始发亮，今年入夏以后，背部居然出现了细细的冰裂纹。
请教了做陶的朋友，他说这是釉面在冷热交替中自然开片，说明胎土和釉料收缩不一样，只要不渗水就不影响使用。
分享几点体会：浇茶汤要用温热的，别用刚烧开的沸水；茶宠要常用软毛刷刷一刷，别让茶垢堆在缝里。
""",
    ),
]
