"""holdout333, part A: 范文 sites, 文库 previews, county portals, news portals, forums.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-bigeng-speech-cockroach-bait-gb2312",
        site="笔耕文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengwy.com/jianghua/bumen/2025/0612/3318.asp",
        title="在卉口镇夏季病媒生物防制暨灭蟑工作部署会上的讲话",
        record_title="【部署会讲话】在卉口镇夏季病媒生物防制暨灭蟑工作部署会上的讲话（范文·可套改）_笔耕文苑",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="old gb2312 table page: marquee, reading-size row, floating consult box, visitor counter; "
        "date under the speech title, speaker line neutral, site's posting date also accepted; "
        "a ghost-writer prompt glued after a sentence",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【部署会讲话】在卉口镇夏季病媒生物防制暨灭蟑工作部署会上的讲话（范文·可套改）_笔耕文苑</title>
<meta name="keywords" content="灭蟑,病媒生物防制,讲话稿">
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/tongji.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="">⟦m 笔耕文苑·机关笔杆子的案头书⟧</td>
<td align="right">⟦a <a href="#" onclick="this.style.behavior='url(#default#homepage)'">设为浏览器主页</a> | <a href="#">存为书签</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#8B0000"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话发言⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 方案计划⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 笔耕文苑已启用新域名 bigengwy.com，请把旧收藏夹地址改过来⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="dh">⟦m 所在栏目：网站首页 &gt;&gt; 讲话发言 &gt;&gt; 部门会议讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 录入时间：2025-06-12　来稿：会员“灯下客”　人气：1907⟧</td></tr>
<tr><td align="center">⟦a 〖阅读字号：大 · 中 · 小〗⟧　<a href="javascript:window.print()">⟦a 〖打印本稿〗⟧</a></td></tr>
<tr><td class="content">
<p align="center">（2025年6月10日）</p>
<p align="center">卉口镇党委副书记、镇长　邹德明</p>
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：在全镇防汛备汛工作会上的表态发言⟧</td></tr>
<tr><td>⟦l 下一篇：爱国卫生月集中行动总结（三篇合集）⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" class="side"><tr><td class="side_t">⟦l 本栏人气排行⟧</td></tr>
<tr><td>⟦l ·镇长在秸秆禁烧动员会上的讲话⟧</td></tr>
<tr><td>⟦l ·病媒生物防制工作实施方案范文⟧</td></tr>
<tr><td>⟦l ·村级爱国卫生工作汇报材料⟧</td></tr>
</table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:6px;top:220px;">⟦w 写材料卡壳？在线答疑 QQ：3391 0276⟧</div>
<table width="960" align="center" class="foot">
<tr><td align="center">⟦m 本站累计接待访客 0628417 人次⟧</td></tr>
<tr><td align="center">⟦d 文苑范文只作写作参考，请勿原样照搬于正式场合⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2025 笔耕文苑 www.bigengwy.com 湘ICP备09017336号⟧</td></tr>
</table>
<script language="javascript">document.getElementById('qqfloat').style.top = '220px';</script>
</body>
</html>
""",
        body="""
同志们：
入夏以来，气温持续走高，蟑螂、苍蝇进入活跃期。今天召开这个会，主要是对全镇夏季病媒生物防制特别是灭蟑工作作个部署。我讲三点意见。
一、提高认识，把灭蟑当作民生实事来办
蟑螂污染食物、传播疾病，也直接影响群众的居住感受。去年镇爱卫办抽查的62家餐饮店中，有19家后厨发现蟑迹，这个比例必须降下来。⟦w 同类讲话稿可请本站笔杆子代拟，QQ 3391 0276⟧
二、科学用药，把好灭蟑药的采购和投放关
各村（社区）统一采购的灭蟑药，必须是取得农药登记证的正规产品，优先使用胶饵和毒饵盒，不得在集市上购买来路不明的“神奇药笔”。投药要做到点多、量少、面广，重点放在灶台缝隙、下水道口和电器背面，远离儿童和宠物。
三、压实责任，把群众发动起来
镇爱卫办要在6月底前完成第一轮集中投药，7月中旬组织复查。各村要发动群众同步清理杂物、封堵缝隙，做到投药一次、见效一片。
同志们，灭蟑工作看似琐碎，却关系千家万户，希望大家抓细抓实。
""",
    ),
    dict(
        slug="fanwen-yanhong-insight-diffuser-teacher-no-title",
        site="砚泓范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yanhongfw.cn/xinde/jiaoyu/77120.html",
        title="幼儿园教师香薰机安全使用培训心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line carries a 〘精〙 tag; no date anywhere (an update stamp only); "
        "a member prompt on a line of its own between paragraphs; decimal-free plain insight",
        page="""
!m 砚泓范文网 | 一池墨水，万篇范文
!m 当前：首页 ▷ 心得感悟 ▷ 教育培训心得
!t 〘精〙幼儿园教师香薰机安全使用培训心得体会
!m 整理：砚泓小编　　更新于 2 天前　　浏览 6302
!a 〔复制本篇〕〔导出Word〕〔加星收藏〕
{BODY}
!a 本篇正文已展示 85%，开通砚泓会员解锁余下段落并可一键导出
!l 看过本文的人还看了：
!l 幼儿园消防安全培训心得（5篇）
!l 保育员卫生保健培训体会范文
!l 新教师岗前培训个人收获
!d 砚泓范文网所收文章来自会员投稿与网络整理，仅供借鉴，若有版权疑问请来函处理。
!m ©2025 yanhongfw.cn　滇ICP备20044817号-3
""",
        indent="\u3000\u3000",
        body="""
园里开学前组织了一次香薰机安全使用培训，请来市消防救援支队的教官和儿童医院的护士授课。听完以后，我对班里那台天天开着的香薰机有了新的认识。
过去我总觉得，滴几滴精油能让活动室“香香的”，孩子们也喜欢。护士讲到，幼儿呼吸道娇嫩，一些精油成分可能诱发咳嗽和过敏，香味浓并不等于空气好。
⟦a 开通砚泓会员，免费领取《幼儿园安全管理制度汇编》⟧
教官则提醒我们，香薰机放在窗台插线板旁、水箱长期不换水、离园时忘记断电，都是隐患。他展示的一张照片里，一台香薰机倒下后水流进插座，险些起火。
培训后，我们班定了三条规矩：香薰机只在午睡前开半小时，只加纯净水不加精油，放在孩子够不着的柜顶，每天离园前由配班老师检查断电。安全没有小事，我会把这份细心坚持下去。
""",
    ),
    dict(
        slug="wenku-zhiyuan-plan-fly-paper-atom-markers",
        site="知渊文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhiyuanwk.com/view/b81f0c4d27e6.html",
        title="卿阳县农贸市场夏季防蝇灭蝇工作实施方案",
        record_title="卿阳县农贸市场夏季防蝇灭蝇工作实施方案（完整版·可改）- 知渊文库",
        date="2025-05-16",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⚛ n ⚛' between the halves of cut paragraphs, "
        "a coin paywall; 成文日期 under the signature; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>卿阳县农贸市场夏季防蝇灭蝇工作实施方案（完整版·可改）- 知渊文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhiyuanwk.com/reader/v3/reader.min.js"></script>
<script>window.__DOC__ = {id:"b81f0c4d27e6", pages:7, free:3};</script>
</head>
<body>
<header class="zy-top">
<a class="logo" href="/">⟦m 知渊文库⟧</a>
<nav><a href="/c/gongwen">⟦m 公文写作⟧</a><a href="/c/fangan">⟦m 计划方案⟧</a><a href="/c/hangye">⟦m 行业资料⟧</a></nav>
<form class="so"><input type="text" placeholder="输入关键词找文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 开渊卡 读全站⟧</a>
</header>
<main class="zy-reader">
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 共7页 · 4,216字 · 上传者 zy_4470a · 上传于2025-05-29 · 评分4.7⟧</p>
<div class="viewer-bar">⟦a 适合宽度　放大　缩小　全屏阅读⟧</div>
</div>
<div class="doc-pages">
{BODY}
</div>
<div class="pay-box">
<p>⟦a 前3页可免费预览，剩余4页需支付12渊币⟧</p>
<button>⟦a 支付渊币继续读⟧</button> <button>⟦a 存入我的书架⟧</button>
</div>
<section class="similar">
<h3>⟦l 同类文档推荐⟧</h3>
<ul>
<li><a href="/view/1">⟦l 农贸市场病媒生物防制管理制度⟧</a></li>
<li><a href="/view/2">⟦l 夏季爱国卫生运动工作方案（乡镇版）⟧</a></li>
<li><a href="/view/3">⟦l 食品摊点防蝇设施配置标准解读⟧</a></li>
</ul>
</section>
</main>
<footer class="zy-foot">
<p>⟦d 知渊文库内容均由用户上传，平台仅提供存储空间，侵权请走申诉通道⟧</p>
<p>⟦m © 2025 zhiyuanwk.com 渝ICP备23008851号-1⟧</p>
</footer>
<script>reader.init(window.__DOC__);</script>
</body>
</html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⚛ {n} ⚛", every=90, start=2),
        body="""
为切实做好夏季农贸市场防蝇灭蝇工作，减少蝇类对生鲜食品的污染，结合我县实际，制定本方案。
一、工作目标
6月1日至9月30日，全县14个农贸市场蝇密度控制在国家标准C级以内，熟食、鲜肉、水产摊位防蝇设施配置率达到100%。
二、主要措施
（一）配齐防蝇设施。熟食摊位安装纱罩和风幕机，鲜肉摊位配备防蝇罩，市场内每隔15米悬挂一条粘蝇纸或粘蝇带，粘满即换，不得超过7天。
（二）清除孳生地。市场管理方每日收市后清运垃圾，冲洗地面和排水沟，垃圾桶加盖密闭。
（三）规范药物灭蝇。确需使用杀虫剂的，由专业机构在闭市后操作，严禁对食品和摊位直接喷洒。
三、督查考核
县爱卫办每月开展一次蝇密度监测，结果在县融媒体中心公布。
卿阳县爱国卫生运动委员会办公室
2025年5月16日
""",
    ),
    dict(
        slug="wenku-banwo-research-mosquito-band-wrapped-pdf",
        site="半窝文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.banwodoc.com/p-5517203.html",
        title="关于儿童驱蚊手环质量状况的调研报告",
        record_title="关于儿童驱蚊手环质量状况的调研报告.pdf",
        date="2025-07-22",
        notes="file-name record title; PDF-to-text preview hard-wrapped at 62 columns and cut by markers '⋒n⋓' glued "
        "to the continuation line; data table; 成文日期 in Chinese numerals; upload stamp no date",
        page="""
!m 半窝文档 — 资料共享平台
!t 关于儿童驱蚊手环质量状况的调研报告.pdf
!m 格式：PDF　页数：5　大小：312KB　上传时间：2025-08-03　下载 219 次
!a ⬇ 下载本文（需8个窝豆）　　☆ 加入我的文件夹　　⚑ 文档纠错
{BODY}
!a 试读到此为止，后面2页内容请下载后阅读
!l 相关文档：驱蚊产品选购指南.doc　|　蚊虫叮咬防治知识.pptx　|　婴幼儿用品质量抽检分析.pdf
!d 声明：半窝文档所有文档均为用户自行上传，版权归原作者所有，本站不对内容真实性负责。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⋒{n}⋓", every=100, start=2, glue=True),
        body="""
今年6月至7月，市消费者权益保护委员会会同市产品质量检验所，对城区商场、母婴店和网络平台销售的儿童驱蚊手环开展了专题调研，现将有关情况报告如下。
一、基本情况
本次共购买样品30批次，涉及品牌21个，价格在6元至89元之间。检测结果如下：
项目　样品数　不合格数
标签未标注有效成分　30　11
未取得农药登记证　30　9
有效成分含量不符　19　4
二、存在问题
一是部分产品宣称“纯植物、零添加”，却未标明有效成分和使用年龄；二是低价产品多为网店销售，生产企业信息不全；三是家长普遍不知道驱蚊手环属于卫生杀虫剂，应查验农药登记证号。
三、几点建议
市场监管部门应加强对母婴店和网店的抽检；生产企业应规范标签标识；家长选购时应认准登记证号，避免让3岁以下幼儿长时间佩戴。
尧城市消费者权益保护委员会
二〇二五年七月二十二日
""",
    ),
    dict(
        slug="gov-ruxi-notice-cockroach-campaign-index-table",
        site="茹溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ruxi.gov.cn/zwgk/awdt/202509/t20250910_881207.html",
        title="关于开展秋季城乡集中灭蟑行动的通知",
        record_title="关于开展秋季城乡集中灭蟑行动的通知-爱卫动态-茹溪县人民政府",
        date="2025-09-08",
        date_also=["2025-09-10"],
        notes="county portal: elder/screen-reader links, 索引号 table (文号 cell unmarked, neutral), attachment link; "
        "the notice's own 联系人/电话 next to the portal's 纠错 line; 附件 list, 抄送 and 印发 lines in the body; "
        "成文日期 expected, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展秋季城乡集中灭蟑行动的通知-爱卫动态-茹溪县人民政府</title>
<meta name="SiteName" content="茹溪县人民政府">
<meta name="ColumnName" content="爱卫动态">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/aria-tool.js"></script>
</head>
<body>
<div class="gov-top">
<span>⟦m 今天是：2025年9月12日 星期五⟧</span>
<a href="javascript:;" id="elder">⟦a 长者版⟧</a> <a href="javascript:;" id="aria">⟦a 读屏辅助⟧</a> <a href="/zh-tw/">⟦a 繁體⟧</a>
</div>
<div class="gov-banner">⟦m 茹溪县人民政府 · 茹水长流　溪城宜居⟧</div>
<ul class="gov-nav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjrx/">⟦m 走进茹溪⟧</a></li>
</ul>
<div class="crumb">⟦m 当前所在：首页 » 政务公开 » 爱卫动态⟧</div>
<table class="index-table">
<tr><td>⟦m 索引号：11521104MB0F23/2025-00917⟧</td><td>⟦m 主题分类：卫生、体育⟧</td></tr>
<tr><td>⟦m 发文机关：县爱卫办⟧</td><td>⟦m 成文日期：2025-09-08⟧</td></tr>
<tr><td>茹爱卫办〔2025〕11号</td><td>⟦m 发布日期：2025-09-10⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：县爱卫办　浏览次数：388⟧　⟦a 【字号 放大 默认 缩小】⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-attach"><a href="/u/cms/2025/0910/fj1.docx">⟦a 📎 附件1.灭蟑药发放登记表.docx（下载次数：41）⟧</a></div>
<div class="art-tools"><a href="javascript:window.print()">⟦a 打印正文⟧</a> <a href="javascript:window.close()">⟦a 关掉本页⟧</a></div>
</div>
<div class="related"><h4>⟦l 相关公开信息⟧</h4>
<p><a href="#">⟦l 茹溪县2025年爱国卫生月活动方案⟧</a></p>
<p><a href="#">⟦l 关于做好夏季灭蚊工作的通知⟧</a></p>
</div>
<div class="gov-foot">
<p>⟦m 主办：茹溪县人民政府办公室　承办：茹溪县大数据中心⟧</p>
<p>⟦m 网站纠错及意见建议：0937-6220115（工作日）⟧</p>
<p>⟦m 网站标识码 5211040012　黔ICP备05002816号　黔公网安备 52110402000117号⟧</p>
</div>
<script>AriaTool.init({elder:"#elder",aria:"#aria"});</script>
</body>
</html>
""",
        body="""
各乡镇人民政府、县直有关单位：
为降低蟑螂密度，预防肠道传染病，县爱卫办决定于9月15日至10月15日在全县开展秋季城乡集中灭蟑行动。现将有关事项通知如下。
一、由县爱卫办统一采购灭蟑胶饵，各乡镇于9月18日前到县疾控中心领取，按户发放并填写登记表。
二、餐饮单位、学校食堂、农贸市场等重点场所须在9月底前完成一次全面投药，并清理卫生死角。
三、10月中旬，县爱卫办将随机抽查各乡镇重点场所，抽查结果纳入年度爱国卫生考核。
联系人：魏敏，联系电话：0937-6221408。
附件：1.灭蟑药发放登记表
2.重点场所灭蟑检查表
茹溪县爱国卫生运动委员会办公室
2025年9月8日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
茹溪县爱国卫生运动委员会办公室　　2025年9月8日印发
""",
    ),
    dict(
        slug="gov-jiling-notice-remote-covers-meeting-rooms",
        site="姬岭县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jiling.gov.cn/jgsw/tzgg/202511/t20251104_301552.html",
        title="关于做好机关会议室遥控器防护套更换工作的通知",
        record_title="关于做好机关会议室遥控器防护套更换工作的通知 ∣ 机关事务 ∣ 姬岭县人民政府网",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="a county portal's text view: breadcrumb, elder-mode links, a share row; a table of rooms one row a "
        "paragraph; the notice's own 联系人 next to the portal's service line; 成文日期 under the signature "
        "expected, the portal's posting date also accepted",
        page="""
!a 适老模式　|　无障碍浏览　|　English
!m 姬岭县人民政府网
!m 首页 ＞ 机关事务 ＞ 通知公告
{T}
!m 发布：2025-11-04 09:30　　信息来源：县机关事务服务中心　　阅读：176
!a 〔大字〕〔标准〕〔小字〕　　〔打印本页〕
{BODY}
!l 分享至：微信 ∙ 微博 ∙ QQ空间
!l 【上一条】关于调整机关食堂冬季开餐时间的通知
!l 【下一条】县级机关办公用房使用情况公示
!m 网站服务热线：0938-7315000　　姬岭县人民政府办公室主办
!m 陇ICP备08011239号　　政府网站标识码：6211270001
""",
        indent="\u3000\u3000",
        body="""
县级机关各单位：
入冬以来，流感等呼吸道传染病进入高发期。会议室空调、投影遥控器经手人员多，是日常消毒的薄弱环节。经研究，决定统一为县行政中心各会议室遥控器更换可擦洗的硅胶防护套。现将有关事项通知如下。
一、更换安排
会议室　遥控器数量　更换时间
一号会议室　4个　11月6日
三楼小会议室　3个　11月7日
五楼视频会议室　5个　11月10日
二、使用要求
防护套每日会后用75%酒精擦拭一次，发现破损的及时报中心更换，请勿自行拆下防护套丢弃。
联系人：冯晓岚，电话：0938-7312266。
姬岭县机关事务服务中心
2025年11月3日
""",
    ),
    dict(
        slug="news-yaocheng-spotcheck-mosquito-bands-html",
        site="尧城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yaochengnews.cn/msxf/2025-07/29/content_6638120.htm",
        title="尧城抽检24批次儿童驱蚊手环 5批次不合格",
        record_title="尧城抽检24批次儿童驱蚊手环 5批次不合格_民生消费频道_尧城新闻网",
        date="2025-07-29",
        notes="county news portal: app prompt glued before the lead, a listen button, a photo caption between "
        "paragraphs, a table of failed products, an editor line glued after the last sentence; the byline's "
        "发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>尧城抽检24批次儿童驱蚊手环 5批次不合格_民生消费频道_尧城新闻网</title>
<script>var _czc = _czc || []; _czc.push(["_setAccount", "1281930017"]);</script>
<script src="//static.yaochengnews.cn/js/listen.js"></script>
</head>
<body>
<div class="topbar">⟦m 尧城新闻网 · 尧城日报社主管主办⟧ <a href="/app">⟦a 下载尧城新闻客户端⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<nav class="channel"><a href="/">⟦m 首页⟧</a> <a href="/sz/">⟦m 时政⟧</a> <a href="/msxf/">⟦m 民生消费⟧</a> <a href="/qx/">⟦m 区县⟧</a> <a href="/sp/">⟦m 视频⟧</a></nav>
<div class="ad-slot">⟦m 广告　尧城国际车展8月8日开幕⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-07-29 10:12　来源：尧城日报　记者 潘思源⟧</div>
<div class="listen"><button onclick="Listen.play()">⟦a ▶ 听新闻⟧</button></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 / 微博 / 尧城号⟧</div>
</article>
<aside class="hot24"><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 尧城地铁2号线东延段开工⟧</li><li>⟦l 舜河区新增3处口袋公园⟧</li><li>⟦l 高温天气下如何防中暑⟧</li></ol>
</aside>
<footer>
<p>⟦d 尧城新闻网原创稿件，未经书面授权不得转载、摘编⟧</p>
<p>⟦m 互联网新闻信息服务许可证 36120170005　赣ICP备11003312号⟧</p>
<p>⟦m 违法和不良信息举报电话：0795-8120110⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开尧城新闻客户端，看更多本地资讯⟧本报讯 记者从尧城市市场监管局获悉，该局近日对全市商场、母婴店和电商平台销售的儿童驱蚊手环开展专项抽检，共抽检24批次，其中5批次不合格。
不合格问题主要是未取得农药登记证、标签未标注有效成分，个别产品有效成分含量与标称不符。不合格产品信息如下：
产品名称　标称生产企业　不合格项目
卡通驱蚊手环　尧城某日用品厂　未标注有效成分
植物精油手环　外省某科技公司　有效成分含量
⟦m 图为执法人员在母婴店检查驱蚊手环标签。记者 潘思源 摄⟧
市场监管局已责令经营者下架不合格产品，并对生产企业依法立案调查。执法人员提醒，驱蚊手环属于卫生杀虫剂，购买时应查看包装上的农药登记证号，儿童佩戴时应避免啃咬。⟦m （编辑：卓雨　审核：韦一帆）⟧
""",
    ),
    dict(
        slug="news-qingyang-fly-paper-night-market-record",
        site="卿阳融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qyrongmei.cn/xz/2025/0703/44718.shtml",
        title="殷桥镇为夜市摊点免费发放粘蝇纸",
        record_date="2025-07-03",
        date="2025-07-03",
        notes="title and date from the record; a county media centre's text page: source line, listen prompt, "
        "a photo caption on a line of its own, a recommended list and a copyright footer",
        page="""
!m 卿阳融媒 ｜ 卿阳县融媒体中心
!m 首页 / 乡镇传真 / 正文
{T}
!m 2025-07-03 08:47　来源：卿阳县融媒体中心　作者：聂婉清　通讯员 宋开元
!a 🔊 点我收听本文　　A+　A-
{BODY}
!l 👍 点赞 62　　💬 评论 9　　⤴ 转发
!l 推荐阅读
!l 卿阳县启动城乡环境卫生整治“百日行动”
!l 殷桥镇夜市美食地图出炉
!d 本平台所刊原创作品版权归卿阳县融媒体中心所有，转载须注明出处。
!m 新闻热线：0936-4418000　投稿邮箱：qyrmt@qyrongmei.cn
""",
        indent="\u3000\u3000",
        body="""
7月2日傍晚，殷桥镇爱卫办的工作人员来到镇文化广场夜市，为48家小吃摊点送上粘蝇纸和防蝇罩。
入夏后，夜市人流量大、摊点密集，苍蝇多成了不少市民反映的问题。镇里这次共采购粘蝇纸2000张，每户摊点领取40张，并由工作人员现场示范悬挂方法：粘蝇纸要挂在离灶台一米以外、高于头顶的位置，避免粘到食材和顾客。
⟦m 工作人员向摊主示范悬挂粘蝇纸（聂婉清 摄）⟧
“以前自己买，质量参差不齐，挂两天就不粘了。”卖凉粉的摊主蒋大姐说，镇里发的粘蝇纸胶层厚，一张能用一个星期。
镇爱卫办负责人介绍，下一步将每周到夜市巡查一次，对粘满的粘蝇纸及时督促更换，并把防蝇情况纳入“文明摊点”评选。
""",
    ),
    dict(
        slug="forum-qiaojia-remote-covers-discuz-jammer",
        site="巧家论坛 (invented, Discuz-like home-appliance forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.qiaojia.net/thread-2290417-1-1.html",
        title="给家里五个遥控器都套上了硅胶套，说说优缺点",
        record_title="[晒晒我家] 给家里五个遥控器都套上了硅胶套，说说优缺点 - 小家电配件 - 巧家论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post (lines and glued), rating row, signature, "
        "reply box; a relative post time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[晒晒我家] 给家里五个遥控器都套上了硅胶套，说说优缺点 - 小家电配件 - 巧家论坛</title>
<style>.jammer{color:#fff;font-size:0px;}</style>
<script src="static/js/common.js?v=Kq3"></script>
</head>
<body>
<div id="toptb">⟦m 巧家论坛 - 会过日子的人都在这⟧ <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册新会员⟧</a></div>
<div id="pt">⟦m 巧家论坛 › 家电数码 › 小家电配件 › 帖子正文⟧</div>
<div class="pls">
<div class="authi">⟦m 楼主：阿廖爱收纳⟧</div>
<p>⟦m 积分 2360 · 帖子 418 · 巧手达人⟧</p>
</div>
<div class="plc">
<h1 class="ts">⟦m [晒晒我家]⟧ {T}</h1>
<p class="authi">⟦m 发表于 3 天前 | 只看楼主 | 查看: 5127 | 回复: 46⟧</p>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8810235">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 3　巧币 +15　收起 理由：实用，已安排⟧</div>
<div class="sign">⟦m 签名：收纳是门手艺，少买一件是一件⟧</div>
<div class="po">⟦a 回复 · 引用 · 举报⟧</div>
</div>
<div class="pgs">⟦l 下一主题：空调遥控器丢了，万能遥控器能用吗？⟧</div>
<div id="f_pst">⟦a 游客请先登录后再参与讨论⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 巧家论坛 ( 苏ICP备17029034号-2 )⟧</div>
<script>jQuery(".jammer").hide();</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里电视、空调、机顶盒、投影、风扇一共五个遥控器，孩子两岁，天天抓着啃，按键缝里全是污渍。上个月在网上买了一批硅胶遥控器套，用了一个月，说说感受。
先说优点。一是防摔，孩子从沙发上扔下来好几次都没事；二是好清洁，套子摘下来用温水加洗洁精一冲就干净；三是颜色可以区分，红色空调、蓝色电视，老人也不会拿错。
再说缺点。有两个套子尺寸偏小，按键对不准，按电源键要使劲；透明款用了半个月有点发黄；硅胶味刚到货时挺大，晾了三天才散。
建议大家买之前一定量好遥控器长宽厚，最好选带型号匹配的，别图便宜买通用款。
""",
    ),
    dict(
        slug="forum-fengchao-diffuser-cleaning-junk-text",
        site="蜂巢社区 (invented, lifestyle forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.fengchaosq.com/t/558130",
        title="超声波香薰机用久了出雾变小？三步清洗法",
        record_title="[家务心得] 超声波香薰机用久了出雾变小？三步清洗法（附图）- 居家小窍门 - 蜂巢社区",
        date=None,
        notes="forum post with anti-scraping junk as lines and glued after sentences; floor replies below; "
        "relative time 昨天 is no date; a numbered list of steps",
        page="""
!m 蜂巢社区 > 居家小窍门 > 帖子详情
!t [家务心得] 超声波香薰机用久了出雾变小？三步清洗法（附图）- 居家小窍门 - 蜂巢社区
!m 楼主：崔小满　　昨天 21:40　　浏览 3386　　回复 27
!a 只看楼主　　倒序看帖　　收藏本帖
{BODY}
!a 点赞　举报　回复楼主
!l 2楼　姜家的猫：试了第二步，雾量回来了，谢谢楼主
!l 3楼　一棵小葱：白醋会不会腐蚀塑料？
!l 4楼　崔小满 回复 一棵小葱：稀释过就没事，泡十分钟就够
!a 登录后才能发表回复，还没有账号？点此注册
!m 蜂巢社区 © 2015-2025　京ICP备15058120号
""",
        junk=dict(lines=2, glued=3),
        body="""
我那台超声波香薰机用了一年多，最近出雾越来越小，还有股怪味。拆开一看，雾化片上结了一层白色水垢。研究了几天，总结出三步清洗法，亲测有效。
1.断电倒水。先拔掉电源，把水箱里的剩水倒掉，千万别带电操作。
2.白醋浸泡。往水箱里倒入一比五稀释的白醋，刚好没过雾化片，泡十分钟，水垢会自己松动。
3.棉签轻擦。用棉签蘸酒精轻轻擦雾化片，再用清水冲两遍，晾干后装回。
另外提醒大家，平时最好用纯净水，自来水水垢多；精油别加太多，加多了容易堵。清洗后我的香薰机出雾量基本恢复了。
""",
    ),
]
