"""holdout336, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (each once as HTML, once as text).

Invented text: places, people, sites, URLs and numbers are made up; see ../README.md and
../build.py for the markup. Objects: children's high chairs, baby safety helmets, formula
dispensers, baby sleep sacks and teethers.
"""

CASES = [
    dict(
        slug="fanwen-biyao-speech-highchair-gb2312",
        site="笔窑范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyao58.com/jianghua/jianguan/2025/0502/41736.html",
        title="在全县婴幼儿用品质量安全提升推进会上的讲话",
        record_title="【监管讲话】在全县婴幼儿用品质量安全提升推进会上的讲话（套改即用）_笔窑范文网",
        date="2025-04-18",
        date_also=["2025-05-02"],
        notes="old table layout with marquee, font row, hot list, floating ghost-writer box and counter; date under the speech title, page date differs; speaker line neutral; a ghost-writer QQ glued after a sentence; a login line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【监管讲话】在全县婴幼儿用品质量安全提升推进会上的讲话（套改即用）_笔窑范文网</title>
<meta name="keywords" content="讲话稿,质量安全,儿童餐椅">
<script type="text/javascript" src="/js/count.js"></script>
<style>td{font-size:12px}.tt{font-size:20px}</style>
</head><body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 笔窑范文网 · 一窑好稿烧给你⟧</td><td align="right">⟦a <a href="#">设为主页</a> | <a href="#">存入书签</a> | <a href="/user/">会员中心</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 窑厂快讯：本站讲话稿频道本周新增范文386篇，会员每日可领10篇⟧</marquee></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 窑厂首页⟧</a> <a href="/jianghua/">⟦m 讲话发言⟧</a> <a href="/zongjie/">⟦m 总结汇报⟧</a> <a href="/fangan/">⟦m 方案计划⟧</a> <a href="/xinde/">⟦m 心得感悟⟧</a></td></tr>
</table>
<table width="960" border="0" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td>⟦m 所在栏目：窑厂首页 &gt;&gt; 讲话发言 &gt;&gt; 监管讲话⟧</td></tr>
<tr><td align="center" class="tt"><b>{T}</b></td></tr>
<tr><td align="center">沽岭县市场监督管理局局长　姚建平</td></tr>
<tr><td align="center">（2025年4月18日）</td></tr>
<tr><td align="center">⟦m 发布时间：2025-05-02　投稿：窑工老姚　阅读：2194⟧</td></tr>
<tr><td align="center">⟦a 【字号：放大 还原 缩小】【底纹：米黄 淡绿 纯白】⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a ↓下载这篇讲话（doc格式，会员免费）⟧</td></tr>
<tr><td>⟦l 上一篇：全县食品相关产品生产企业约谈会讲话⟧　⟦l 下一篇：在消费维权工作座谈会上的发言⟧</td></tr>
</table></td>
<td width="250" valign="top"><table width="100%">
<tr><td><b>⟦l 本栏热读⟧</b></td></tr>
<tr><td><a href="/j/1.html">⟦l 在产品质量提升年活动动员会上的讲话⟧</a></td></tr>
<tr><td><a href="/j/2.html">⟦l 市场监管系统党风廉政会议讲话范文⟧</a></td></tr>
<tr><td><a href="/j/3.html">⟦l 儿童用品安全宣传周启动仪式致辞⟧</a></td></tr>
</table></td></tr></table>
<div id="floatqq" style="position:fixed;right:0;top:200px">⟦w 讲话稿加急代笔，窑工QQ 2287316405⟧</div>
<table width="960" align="center"><tr><td align="center">⟦d 本站稿件多为会员投稿，仅供写作参考，请勿原文照搬用于正式场合⟧<br>
⟦m 笔窑范文网 biyao58.com 版权所有　粤ICP备13052871号⟧<br>⟦m 您是本站第 1082337 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开这次会议，主要是通报前期儿童餐椅质量抽查情况，部署下一阶段婴幼儿用品质量安全提升工作。下面，我讲三点意见。
一、正视问题。今年一季度，我局对全县23家母婴店、11家餐饮门店在用和在售的儿童餐椅进行了抽查，发现安全带卡扣易松脱、折叠锁止不牢、托盘边缘有毛刺等问题的共19台。问题不大，隐患不小。⟦w 材料写不出？窑工代笔QQ 2287316405⟧
⟦a 余下段落需登录后阅读，点此免费注册窑厂会员⟧
二、压实责任。销售企业要严格落实进货查验，不得销售无中文标识、无检验报告的餐椅；餐饮门店要每周检查一次餐椅的安全带和支脚，发现松动立即停用。
三、强化共治。各市场监管所要把儿童餐椅纳入日常巡查清单，同时发动家长参与“扫码查产品”活动，让群众成为质量安全的监督员。
同志们，孩子坐得安稳，家长才能放心。希望大家把这件小事当作大事来抓，抓出实效。
""",
    ),
    dict(
        slug="fanwen-qinglu-insight-sleepsack-title-line",
        site="青庐范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qinglufw.cn/xinde/peixun/20731.html",
        title="参加婴幼儿安全睡眠照护培训的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the title is the page's title line; no date (only a 收录 stamp); login prompt between paragraphs; related list and footer",
        page="""
!m 青庐范文 · 好文章都在庐里
!m 当前所在：庐内首页 / 心得体会 / 培训心得
{T}
!m 收录于 3 天前　　篇幅：约620字　　热度：1387
!a 〈整篇复制〉〈转成Word〉〈推给好友〉
{BODY}
!a 本篇为庐友共享范文，登录即可一键导出
!l 同栏目的其他心得：
!l 托育机构保育员岗前培训心得体会
!l 参加家庭育儿指导师培训有感
!d 庐内文章来源于庐友投稿与公开资料整理，若有版权异议请致信 kefu@qinglufw.cn
!m 青庐范文 qinglufw.cn　浙ICP备20163381号-1
""",
        indent="\u3000\u3000",
        body="""
上个月，我参加了县妇幼保健院举办的婴幼儿安全睡眠照护培训。培训时间虽然只有两天，却让我这个干了六年保育工作的“老手”重新认识了睡眠照护这门功课。
以前冬天午睡，我们总担心孩子踢被着凉，常常给孩子多盖一层厚被子。培训老师讲，厚被子盖过口鼻，比着凉更危险。她建议托育机构给小月龄婴儿使用大小合适的防踢被，领口不能过大，以免孩子缩进去；室温保持在20度左右，防踢被选薄一些的就够了。
⟦a 想看剩下的内容？登录庐内账号继续阅读⟧
培训回来后，我和同事们把班里的厚被子换成了不同尺码的防踢被，每天午睡时每15分钟巡视一次，看孩子的面色和呼吸。
照护无小事。今后我还要多学习、多琢磨，让每个孩子都睡得安稳、睡得安全。
""",
    ),
    dict(
        slug="wenku-shuzhan-research-teether-html-markers",
        site="书栈文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shuzhanwk.com/view/6d21a8f0c3.html",
        title="关于城区母婴店牙胶类产品销售情况的调研报告",
        record_title="〖VIP文档〗关于城区母婴店牙胶类产品销售情况的调研报告（完整可下载） - 书栈文库",
        date="2025-06-10",
        notes="文库 reader with viewer toolbar and a member paywall; page markers as HTML paragraphs cut sentences; data table one row a paragraph; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖VIP文档〗关于城区母婴店牙胶类产品销售情况的调研报告（完整可下载） - 书栈文库</title>
<script>window.__DOC__={id:"6d21a8f0c3",pages:5};</script>
<link rel="stylesheet" href="/static/reader.css">
</head><body>
<header class="bar"><a href="/" class="logo">⟦m 书栈文库⟧</a><input placeholder="搜书栈里的文档"><a href="/vip">⟦a 开书栈会员 下载不限量⟧</a><a href="/login">⟦a 栈友登录⟧</a></header>
<nav class="crumb">⟦m 书栈文库 › 行业资料 › 调研报告⟧</nav>
<section class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：栈友_lin2207　上传时间：2025-06-18　共5页　浏览1360次⟧</p>
<div class="toolbar">⟦a 适合页宽 | 上一页 | 下一页 | 全屏⟧</div></section>
<section class="reader">
{BODY}
</section>
<div class="paywall"><p>⟦a 剩余3页未展示，开通书栈会员后可阅读全部⟧</p><button>⟦a 书栈币5枚 立即下载⟧</button></div>
<aside class="rel"><h4>⟦l 读过这篇的栈友也在看⟧</h4><ul>
<li>⟦l 婴幼儿口腔用品市场调查报告⟧</li><li>⟦l 关于儿童玩具质量状况的调研报告⟧</li></ul></aside>
<footer>⟦d 本文档由栈友上传，书栈文库仅提供存储与展示，如有侵权请联系删除⟧ ⟦m 苏ICP备20217710号⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⥀ {n} ⥁", every=120, start=2),
        body="""
为了解城区牙胶类产品的销售和质量情况，屹川县消费者协会于2025年5月组织人员走访了城区18家母婴店，现将调研情况报告如下。
一、基本情况
城区在售牙胶共有37个品牌，其中硅胶材质占七成以上，价格多在15元至60元之间。调研中抽样记录的情况如下：
品类　在售品牌数　标注材质的　标注适用月龄的
硅胶牙胶　26　26　21
带水牙胶　7　5　3
木质牙胶　4　2　1
二、存在的问题
一是部分带水牙胶未标注“不可冷冻”提示，冷冻后外壳变硬，容易划伤牙龈；二是个别木质牙胶连接绳过长，存在缠绕风险；三是店员对适用月龄普遍讲不清楚。
三、几点建议
建议市场监管部门把带水牙胶列入下季度抽检品种，母婴店加强店员培训，家长选购时认准中文标签和适用月龄。
屹川县消费者协会
2025年6月10日
""",
    ),
    dict(
        slug="wenku-moye-plan-dispenser-pdf-wrapped-markers",
        site="墨页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://moye-wenku.com/p/20250311/88341.html",
        title="沽岭县母婴店奶粉格等婴幼儿喂养器具质量提升工作方案",
        record_title="沽岭县母婴店奶粉格等婴幼儿喂养器具质量提升工作方案.pdf",
        date="2025-03-06",
        notes="file-name record title; hard-wrapped at 62 columns and cut by page markers glued to the continuation line; decimal headings; a 扫码 sentence as content; date in Chinese numerals",
        page="""
!m 墨页文库 — 文档在线预览
!t 沽岭县母婴店奶粉格等婴幼儿喂养器具质量提升工作方案.pdf
!m 文档页数：4页　文档大小：286KB　浏览次数：915
!a 〔全屏阅读〕〔放大〕〔缩小〕〔转存到我的墨页〕
{BODY}
!a 预览已到尽头，完整版请下载后查看（需8墨豆）
!l 同类文档：母婴用品质量提升行动方案.pdf｜食品接触用塑料制品监管要点.docx
!d 墨页文库仅提供信息存储空间，文档均由墨友上传，如有侵权请来函删除。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⮈{n}⮊", every=130, start=2, glue=True),
        body="""
为提升全县婴幼儿喂养器具质量安全水平，切实保障婴幼儿饮食安全，结合我县实际，制定本方案。
1 工作目标
1.1 2025年底前，全县母婴店在售奶粉格、奶瓶等喂养器具的标签标识合格率达到98%以上。
1.2 建立喂养器具质量问题快速处置机制，群众投诉举报按期办结率达到100%。
2 主要措施
2.1 开展标签标识检查。重点检查奶粉格是否标注材质、耐热温度、适用范围和生产企业信息，对标注食品接触用途却不能提供检测报告的，责令下架整改。
2.2 组织监督抽检。全年抽检奶粉格不少于30批次，检测项目包括高锰酸钾消耗量、重金属和脱色试验，抽检结果按季度向社会公布。
2.3 推进诚信经营。引导母婴店签订质量承诺书，在店内张贴扫码查验二维码，方便消费者查询产品检测信息。
3 工作要求
各市场监管所要明确专人负责，每月5日前报送上月工作进展，遇到问题及时报县局食品相关产品监管股。
沽岭县市场监督管理局
二〇二五年三月六日
""",
    ),
    dict(
        slug="gov-guling-notice-highchair-index-table",
        site="沽岭县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.guling.gov.cn/zwgk/bmwj/scjgj/202505/t20250528_118204.html",
        title="关于开展餐饮门店儿童餐椅安全隐患排查整治的通知",
        record_title="关于开展餐饮门店儿童餐椅安全隐患排查整治的通知_部门发文_沽岭县人民政府网",
        date="2025-05-26",
        date_also=["2025-05-28"],
        notes="county portal with 长辈版/读屏 links, 索引号 table (the 文号 cell neutral), a 纠错 hotline; the notice's own 联系人/电话, 附件 list, 抄送 and 印发 lines stay; portal date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展餐饮门店儿童餐椅安全隐患排查整治的通知_部门发文_沽岭县人民政府网</title>
<script src="/js/jquery.min.js"></script><script>var siteId="gl01";</script>
</head><body>
<div class="topbar"><a href="/zz/">⟦a 长辈版⟧</a> <a href="#" id="reader">⟦a 读屏专用⟧</a> <a href="/en/">⟦a 外文⟧</a> <a href="/login">⟦a 个人登录⟧</a></div>
<div class="header">⟦m 沽岭县人民政府　磊口古渡 沽水人家⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进沽岭⟧</li></ul>
<div class="pos">⟦m 您所在的位置：首页 &gt; 政务公开 &gt; 部门发文 &gt; 县市场监管局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11361027MB1C20418K/2025-00917⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：沽岭县市场监督管理局⟧</td><td>⟦m 发布日期：2025-05-28⟧</td></tr>
<tr><td>沽市监〔2025〕17号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1 class="title">{T}</h1>
<div class="tools">⟦a 【字号 大 中 小】【打印本页】【关闭窗口】⟧ ⟦a 分享至：微信 微博 QQ空间⟧</div>
<div class="zw">
{BODY}
</div>
<div class="fj">⟦a 附件下载：排查表.xlsx　汇总表.xlsx⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 沽岭县2025年产品质量安全监管工作要点⟧</li><li>⟦l 关于加强校园周边儿童用品市场监管的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：沽岭县人民政府办公室　承办：沽岭县政务数据服务中心⟧</p>
<p>⟦m 网站纠错热线：0793-5210000　网站标识码3611270003⟧</p>
<p>⟦m 赣ICP备05011826号　赣公网安备36112702000148号⟧</p>
</div>
</body></html>
""",
        body="""
各市场监管所，县餐饮行业协会：
近期，外地发生一起儿童从餐厅餐椅上翻落受伤的事件。为消除我县餐饮门店儿童餐椅安全隐患，经研究，决定即日起至6月30日在全县开展排查整治，现将有关事项通知如下。
一、排查范围。全县提供儿童餐椅的餐饮门店，重点是商场餐厅、农家乐和连锁快餐店。
二、排查内容。餐椅是否配备安全带，卡扣是否完好；支脚是否稳固，有无开裂变形；是否张贴使用提示。
三、工作要求。各所要在6月20日前将排查情况汇总表报县局，发现问题餐椅一律当场停用。
联系人：俞佳琪，电话：0793-5218046。
附件：1.儿童餐椅安全隐患排查表
2.排查情况汇总表
沽岭县市场监督管理局
2025年5月26日
抄送：县商务局，县教育体育局。
沽岭县市场监督管理局办公室　　2025年5月26日印发
""",
    ),
    dict(
        slug="gov-yichuan-bulletin-helmet-wrapped-56",
        site="屹川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yichuan.gov.cn/xxgk/tzgg/202507/t20250709_30418.html",
        title="屹川县市场监管局关于婴幼儿防撞头盔产品质量监督抽查结果的通报",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="record title as is; text hard-wrapped at 56 columns; a table of failed products one row a paragraph; the portal's publish line differs from the 成文日期",
        page="""
!m 屹川县人民政府门户网站
!m 首页 ＞ 信息公开 ＞ 通知公告
{T}
!m 信息来源：县市场监管局　　发布时间：2025-07-09 10:12　　浏览次数：703
!a 〖打印〗〖收藏〗〖字号：大 中 小〗
{BODY}
!l 上一条：屹川县2025年第二季度农产品质量安全抽检情况
!l 下一条：关于开展电动自行车充电器专项抽查的公告
!m 屹川县人民政府办公室主办　联系电话：0795-3362100
!m 赣ICP备06004417号
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各乡镇人民政府，县直有关单位：
今年5月至6月，我局对全县母婴店、商超和网店销售的婴幼儿防撞头盔开展了产品质量监督抽查，共抽查产品24批次，合格20批次，不合格4批次。现将不合格产品通报如下：
产品名称　标称商标　销售单位　不合格项目
卡通防撞头盔　萌护　乐贝母婴店　系带强度
学步护头帽　小象坊　优宝商贸　小零件
婴儿防摔枕帽　贝安　童乐汇　甲醛含量
软壳防撞头盔　暖豆豆　安安童品　系带强度
对上述不合格产品，我局已依法责令销售者停止销售，并对相关批次产品作下架处理。请各单位加强宣传，提醒家长选购时查看标签和检验报告，不购买无中文标识的产品。
屹川县市场监督管理局
2025年7月8日
""",
    ),
    dict(
        slug="news-yichuan-helmets-photo-caption-editor",
        site="屹川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yichuannews.cn/shehui/2025-08/12/content_77120.html",
        title="沫河镇为120户学步期宝宝家庭送上防撞头盔",
        record_title="沫河镇为120户学步期宝宝家庭送上防撞头盔_民生频道_屹川新闻网",
        record_date="2025-08-12",
        date="2025-08-12",
        notes="county news portal: app prompt glued before the lead, a photo caption between paragraphs, an editor line glued after the last paragraph, a 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>沫河镇为120户学步期宝宝家庭送上防撞头盔_民生频道_屹川新闻网</title>
<script async src="/ad/slot.js"></script></head>
<body>
<div class="top">⟦m 屹川新闻网 · 屹川县融媒体中心主办⟧ <a href="/app">⟦a 下载“屹川+”客户端⟧</a></div>
<nav>⟦m 首页⟧ ⟦m 时政⟧ ⟦m 民生⟧ ⟦m 乡镇⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav>
<div class="loc">⟦m 屹川新闻网 &gt; 民生频道 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 2025-08-12 09:26　来源：屹川县融媒体中心⟧ <span class="listen">⟦a ▶ 听新闻⟧</span></div>
{BODY}
<div class="share">⟦a 转发到：微信 朋友圈 微博⟧</div>
</article>
<aside><h3>⟦l 24小时点击排行⟧</h3><ol>
<li>⟦l 屹川县启动秋季学校食堂专项检查⟧</li><li>⟦l 沫河大桥8月20日起夜间封闭施工⟧</li><li>⟦l 全县新增3个托育服务点⟧</li></ol></aside>
<footer>⟦d 凡注明“来源：屹川县融媒体中心”的作品，未经授权不得转载⟧<br>⟦m 互联网新闻信息服务许可证：36120210015　赣ICP备19003126号⟧</footer>
</body></html>
""",
        body="""
⟦a 打开“屹川+”看更多本地新闻⟧本网讯（通讯员 倪思远）8月11日上午，沫河镇妇联联合镇卫生院，在镇新时代文明实践所为辖区120户学步期宝宝家庭免费发放防撞头盔。
⟦m 图为工作人员向家长演示头盔的佩戴方法（倪思远　摄）⟧
活动现场，卫生院儿保医生郭蕾结合近年接诊的跌落伤病例，向家长讲解了1岁至2岁幼儿学步期的常见风险。她提醒，防撞头盔只能减轻磕碰，不能代替看护，家里的桌角、床沿也要做好包边。
镇妇联负责人介绍，这批头盔由爱心企业捐赠，每顶都经过了系带强度检测。下一步，镇里还将组织“安全家庭”评选，把居家防跌落知识送进每个村。⟦m （编辑：黎晓雯　审核：邱振华）⟧
""",
    ),
    dict(
        slug="news-guling-dispenser-spotcheck-table",
        site="沽岭融媒网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.gulingrm.com/minsheng/20250916/43377.html",
        title="沽岭抽检30批次奶粉格，2批次脱色试验不合格",
        date="2025-09-16",
        notes="record title as is; the byline's time is the page's date; a small table of failed products; listen/font row; a related line between paragraphs",
        page="""
!m 沽岭融媒网
!m 首页 › 民生 › 消费
{T}
!m 2025-09-16 08:30　来源：沽岭融媒　记者：庞思琪
!a 【大字】【小字】【听本文】
{BODY}
!l 相关阅读：儿童餐椅怎么选？这几个细节要看清
!l 24小时热榜　1.磊口镇老街改造进入收尾　2.县城公交新增两条线路
!d 本网原创稿件，转载请注明出处
!m 沽岭县融媒体中心　新闻热线：0793-5201234
""",
        body="""
沽岭融媒讯　近日，沽岭县市场监督管理局公布了今年第三季度奶粉格等食品接触用塑料制品的监督抽检结果。本次共抽检奶粉格30批次，其中28批次合格。
不合格的2批次产品情况如下：
产品名称　规格型号　不合格项目
三层便携奶粉格　PP-300ml　脱色试验
旋转四格奶粉盒　XZ-4　脱色试验
⟦l 延伸阅读｜奶瓶消毒的三个误区⟧
县局相关负责人介绍，脱色试验不合格，说明产品着色剂可能迁移到食品中。目前，两批次产品已全部下架，销售者已被立案调查。
专家提醒，家长购买奶粉格时要查看是否标注“食品接触用”字样，颜色过于鲜艳、有刺鼻气味的不要买，使用前用热水清洗并晾干。
""",
    ),
    dict(
        slug="forum-mengya-post-sleepsack-jammer",
        site="萌芽家园论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.mengyajy.com/thread-204417-1-1.html",
        title="三款防踢被用了一冬的真实感受",
        record_title="[一冬实测] 三款防踢被用了一冬的真实感受（附尺码表）- 宝宝睡眠 - 萌芽家园论坛",
        date=None,
        notes="Discuz-like forum: jammer fonts in the post, a rating row, a signature and a reply box; post time relative (3 天前): no date; a size table",
        page="""
<html><head><meta charset="gbk"><title>[一冬实测] 三款防踢被用了一冬的真实感受（附尺码表）- 宝宝睡眠 - 萌芽家园论坛</title>
<style>.jammer{font-size:0;color:#fff}</style><script src="data/cache/style_1_common.js"></script></head><body>
<div id="hd">⟦m 萌芽家园论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册新芽⟧</a></div>
<div id="pt">⟦m 萌芽家园 › 育儿交流 › 宝宝睡眠 › 帖子详情⟧</div>
<div class="hm">⟦m 阅读：4217 ｜ 回帖：58⟧</div>
<table class="plhin"><tr><td class="pls"><div>⟦m 栗子妈咪⟧</div><div>⟦m 芽龄：3年　发帖：226　积分：1730⟧</div></td>
<td class="plc"><h1>⟦t [一冬实测] 三款防踢被用了一冬的真实感受（附尺码表）⟧</h1>
<div class="authi">⟦m 发表于 3 天前 ｜ 只看楼主 ｜ 字号调节⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分：芽币 +5 ｜ 参与人数 12 ｜ 查看全部评分⟧</div>
<div class="sign">⟦l 个性签名：带娃第三年，依然在和睡眠作斗争⟧</div>
<div class="po">⟦a 回复 ｜ 引用 ｜ 举报 ｜ 点赞⟧</div></td></tr></table>
<div class="f_pst">⟦a 登录后才能参与讨论，还没有账号？⟧</div>
<div id="ft">⟦m 萌芽家园论坛　浙ICP备17023390号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
我家老大、老二前后用过三款防踢被，这个冬天正好一起对比一下，给纠结的姐妹参考。
第一款是分腿式的，孩子翻身、爬起来都方便，缺点是腋下开口大，半夜手容易缩进去。第二款是背心式睡袋，胸口用按扣，暖和但换尿布要整个解开。第三款是带袖子的，适合屋里没暖气的家庭，不过室温超过22度孩子会出汗。
我家用的尺码参考如下：
身高　推荐尺码　适用月龄
66厘米以下　S码　0至6个月
66至80厘米　M码　6至18个月
80至95厘米　L码　18个月至3岁
最后提醒一句，防踢被不是越厚越好。孩子后脖子摸着温热不出汗就正好，别捂着。
""",
    ),
    dict(
        slug="forum-douding-help-teether-freezer-junk",
        site="豆丁妈妈网 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.doudingmama.net/t/881207",
        title="宝宝的牙胶能不能放冰箱冷冻？",
        record_title="[新手求助] 宝宝的牙胶能不能放冰箱冷冻？（在线等）- 育儿问答区 - 豆丁妈妈网",
        date=None,
        notes="forum help thread with anti-scraping junk as a line and glued after 。; the post time is 昨天; replies and reply prompt below",
        page="""
!m 豆丁妈妈网 - 妈妈们的育儿茶话会
!m 豆丁首页 › 育儿问答区 › 帖子
!t [新手求助] 宝宝的牙胶能不能放冰箱冷冻？（在线等）
!m 楼主：团子的妈　昨天 22:14　来自手机版
!m 围观 1893　跟帖 27
{BODY}
!a 点赞 ｜ 收藏帖子 ｜ 举报
!l 沙发　小米粥：冷藏可以，冷冻不行，我家带水的冻裂过
!l 板凳　橙子家：放冰箱上层冰二十分钟就够了
!a 想说点什么？请先登录豆丁账号
!m 豆丁妈妈网　沪ICP备18042716号
""",
        junk=dict(lines=1, glued=2),
        body="""
宝宝七个半月，下排两颗牙正在冒，这几天口水特别多，晚上也睡不踏实。
婆婆买了一个带水的牙胶，说放冰箱冻一冻再给孩子咬，凉凉的能止痛。可我看包装上写着“请勿冷冻”，又看到有人说冻硬了会伤牙龈。我家还有一个纯硅胶的小牙胶，是不是那个就可以冻？
另外想问一下，牙胶多久消毒一次，能不能用奶瓶消毒器蒸？孩子咬完到处乱扔，我都是用清水冲一下就又给他了，心里总觉得不干净。
有经验的宝妈麻烦说说，谢谢啦！
""",
    ),
]
