"""holdout363, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, place, person, firm and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="fanwen-chenyan-speech-roaster-school-gates",
        site="晨砚范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chenyanfw.com/jianghua/shian/2025/0402/51873.html",
        title="在全县校园周边食品安全专项整治推进会上的讲话",
        record_title="【领导讲话·食安专题】在全县校园周边食品安全专项整治推进会上的讲话（热评范文）_晨砚范文苑",
        date="2025-03-19",
        date_also=["2025-04-02"],
        notes="gb2312 table page: marquee, reading row, floating ghost-writer box, hot list, visitor counter; date under the speech title, posting date differs; speaker line neutral; ghost-writer prompt glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【领导讲话·食安专题】在全县校园周边食品安全专项整治推进会上的讲话（热评范文）_晨砚范文苑</title>
<script language="javascript" src="/js/count_cy.js"></script>
<style type="text/css">td{font-size:12px;line-height:180%}.bt{font-size:18px;font-weight:bold}</style>
</head><body bgcolor="#f4efe2">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="600">⟦m 晨砚范文苑 ── 笔落晨窗，文成砚底⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 把本苑设为起始页⟧</a> <a href="javascript:window.external.addFavorite()">⟦a 存进收藏夹⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 本苑近日新添讲话类稿件三百八十余篇，夜里十点统一上架⟧</marquee></td></tr></table>
<table width="960" align="center" bgcolor="#8b3a1a"><tr><td><a href="/">⟦m 苑内首页⟧</a> <a href="/jianghua/">⟦m 讲话发言⟧</a> <a href="/xinde/">⟦m 学习体会⟧</a> <a href="/zongjie/">⟦m 总结汇编⟧</a> <a href="/gongwen/">⟦m 公文格式⟧</a></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您在这里：苑内首页 → 讲话发言 → 食品安全讲话 → 正文阅读⟧</td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="bt" align="center">{T}</td></tr>
<tr><td align="center">⟦m 收录日期：2025-04-02　整理：砚台边的老周　已被翻阅 2,418 回⟧</td></tr>
<tr><td align="center">⟦a 【阅读字体：特大 大 中 小】【底色：米黄 护眼绿 纯白】⟧</td></tr>
<tr><td align="center">栅溪县人民政府副县长　狄明远</td></tr>
<tr><td align="center">（2025年3月19日）</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 〖复制全文〗〖存为Word文档〗〖送到打印机〗⟧</td></tr>
<tr><td>⟦l 前一篇：全县春季学校食堂食材采购管理培训会讲话⟧</td></tr>
<tr><td>⟦l 后一篇：在城乡学校饮用水安全排查部署会上的发言⟧</td></tr>
</table></td>
<td width="260" valign="top">
<table width="100%" bgcolor="#fff8e8"><tr><td>⟦l ▍本月翻阅最多⟧</td></tr>
<tr><td>⟦l 1 乡镇食品安全委员会全体会议讲话提纲⟧</td></tr>
<tr><td>⟦l 2 春季开学校园安全大检查动员讲话⟧</td></tr>
<tr><td>⟦l 3 夜市摊点规范提升现场会讲话⟧</td></tr></table>
<div id="floatqq" style="position:absolute;right:4px;top:260px">⟦w 讲话稿量身定制 · 砚台边老周 QQ 2207351968⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 苑内文章多为读者投寄，只作写作参考，照抄照搬后果自负。⟧</td></tr>
<tr><td align="center">⟦m 晨砚范文苑 chenyanfw.com　桂ICP备11040826号　您是第 0719463 位来客⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开这次推进会，主要是通报前一阶段校园周边食品安全专项整治情况，对下一步工作再作安排。刚才，县市场监管局通报了检查情况，两所学校和两个乡镇作了发言，我都同意。
开学以来，县市场监管局对全县中小学周边二百米范围开展了三轮排查，共检查流动摊点和小食杂店146家。检查发现，一些摊点使用的烤肠机没有合格证明，加热管外露，有的摊主把卖剩的香肠反复回炉，学生买到手时已经在机器上转了大半天。这些问题看起来不大，却关系到孩子们的健康，必须抓紧整改。⟦w 讲话材料不会写？砚台边老周帮您连夜改稿⟧
下面，我讲三点意见。
一要摸清底数。各乡镇要把校园周边的烤肠机、炸串摊逐一登记，建立台账，做到一摊一档。
二要堵疏结合。对无证无照、占道经营的坚决取缔，对符合条件的引导进入便民疏导点，统一配备带防护罩的烤肠机和留样柜。
三要压实责任。学校要加强对学生的饮食教育，乡镇和市场监管所实行包片负责，发现问题及时处理。
同志们，孩子们的饮食安全无小事。希望大家拿出过硬措施，确保整治工作取得实效。
""",
    ),
    dict(
        slug="fanwen-duanqing-insight-cat-rescue-no-title",
        site="短青范文社 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.duanqing365.cn/xinde/zhiyuan/60214.html",
        title="参加流浪猫救助志愿服务的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line follows a tag line; no date (only a collection stamp); a member-unlock line between paragraphs",
        page="""
!m 短青范文社 · 写得短，用得上
!m 首页 ＞ 心得体会 ＞ 志愿服务心得
!m #志愿服务 #爱心公益 #原创稿
{T}
!m 收录时间：3 天前　　字数：约 600 字　　已有 97 人收藏
!a ☐ 一键复制　☐ 导出 Word　☐ 稿件纠错
{BODY}
!a 登录短青账号，可免费领取本文同题3篇
!l ▼ 同题推荐
!l 社区敬老志愿服务活动心得（3篇）
!l 大学生暑期宠物医院见习心得
!l 参加垃圾分类督导志愿服务有感
!d 短青范文社所收稿件均来自会员分享，不代表本社观点，转载请注明出处。
!m © 短青范文社 2019—2025　鄂ICP备19083317号
""",
        indent="\u3000\u3000",
        body="""
今年春天，我报名加入了惜春里社区的流浪猫救助志愿小组，每周六下午到救助站帮忙。三个月下来，我对“志愿服务”四个字有了新的理解。
第一次去救助站，我以为只是喂喂猫、扫扫地。站长却先发给我一根逗猫棒，让我陪刚被送来的几只小猫玩。她说，被遗弃的猫胆子小，不肯吃东西，先要让它们愿意靠近人。我拿着逗猫棒在笼子前轻轻晃，一只花猫躲了整整一个下午，直到快收工时才伸出爪子拍了一下羽毛。
⟦a 余下段落仅对短青会员开放，开通后可完整查看⟧
后来我慢慢明白，救助不是一时的热情，而是日复一日的耐心。逗猫棒用完要收进柜子，以免猫咪误吞绳子；每只猫的饮食、驱虫和领养情况都要记进本子。这些琐碎的小事，恰恰是志愿服务最需要的。
这段经历让我学会了把爱心落在细处。今后我会继续参加救助小组的活动，也会把科学养猫、文明养猫的知识讲给身边的人听。
""",
    ),
    dict(
        slug="wenku-yunzhi-research-takoyaki-night-market",
        site="云栉文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yunzhiwk.com/view/3f0c1e9d7a21.html",
        title="关于纬阳市夜市章鱼小丸子摊点经营情况的调研报告",
        record_title="关于纬阳市夜市章鱼小丸子摊点经营情况的调研报告 — 云栉文库（VIP畅读）",
        date="2025-06-10",
        notes="文库 reader: viewer toolbar, marker paragraphs ⮶ n ⮷ between the halves of cut paragraphs, coin pay box; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于纬阳市夜市章鱼小丸子摊点经营情况的调研报告 — 云栉文库（VIP畅读）</title>
<link rel="stylesheet" href="/static/reader.v7.css">
<script src="/static/reader.v7.js" defer></script>
<script>window.__DOC__={id:"3f0c1e9d7a21",pages:7};</script>
</head><body>
<header class="yz-head"><a class="logo" href="/">⟦m 云栉文库⟧</a><span class="slogan">⟦m 把好文档，梳理给需要的人⟧</span>
<input class="q" placeholder="搜一搜"><a class="vip" href="/vip">⟦a 开通畅读卡 首月6元⟧</a><a href="/login">⟦a 账号登录⟧</a></header>
<nav class="crumb">⟦m 云栉文库 ▸ 行业资料 ▸ 餐饮服务 ▸ 调研报告⟧</nav>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 贡献者：wy_sq0627　　共 7 页　　约 3,960 字　　3.8 分（41 人评价）⟧</div>
<div class="toolbar">⟦a 放大 ⊕　缩小 ⊖　全屏阅读　加入书架⟧</div>
<div class="pages">
{BODY}
</div>
<div class="pay-box">⟦a 试读到此为止，剩余 4 页需 12 栉币解锁⟧ <button>⟦a 用栉币解锁⟧</button> <button>⟦a 开畅读卡免费看⟧</button></div>
</main>
<aside class="side"><h3>⟦l 读过这篇的人还在读⟧</h3><ul>
<li>⟦l 城市夜间经济发展情况的调查与思考⟧</li>
<li>⟦l 小吃街食品安全现状调研（精编版）⟧</li>
<li>⟦l 流动摊贩疏导点管理模式研究⟧</li></ul></aside>
<footer class="yz-foot"><p>⟦d 本篇由贡献者上传，云栉文库只提供在线阅读服务，版权争议请发函至 banquan@yunzhiwk.com⟧</p>
<p>⟦m 云栉文库　苏ICP备22017430号-3⟧</p></footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⮶ {n} ⮷", every=110, start=2),
        body="""
为了解夜市小吃摊点的经营状况和食品安全风险，市商务局会同市场监管局于2025年5月组成调研组，对迪湖区、晰园路和舶湾县城区三处夜市的章鱼小丸子摊点进行了走访，共调查摊点38个，发放问卷210份。现将调研情况报告如下。
一、基本情况
调查的38个摊点中，使用电热章鱼小丸子机的29个，使用燃气款的9个。摊主平均年龄31岁，半数以上是外地来纬阳创业的青年，日均营业额在600元至1500元之间。
二、存在的问题
一是设备良莠不齐，部分燃气款小丸子机没有熄火保护装置，胶管老化；二是食材储存不规范，章鱼块、包菜丝常温摆放时间偏长；三是油烟直排，周边居民投诉较多。
三、对策建议
建议统一划定夜市经营区域，推广带熄火保护的小丸子机，并为摊点配备冷藏柜和油烟净化设备。
纬阳市商务局夜间经济调研组
2025年6月10日
""",
    ),
    dict(
        slug="wenku-xiyan-plan-youth-camp-wrapped-docx",
        site="溪砚文档库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://doc.xiyan100.com/p-77120358.html",
        title="栅溪县2025年青少年户外营地活动安全保障方案",
        record_title="栅溪县2025年青少年户外营地活动安全保障方案.docx",
        date="2025-06-23",
        notes="file-name record title; wrapped at 62 columns, page markers ⪝n⪞ glued to the start of the continuation line; 成文日期 under the signature; upload stamp is no date",
        page="""
!m 溪砚文档库　|　可复制 · 可编辑 · 可下载
{T}
!m 上传者：shuilian_07　　上传时间：2025-07-02 21:14　　页数：5　　格式：DOCX
!a 【免积分下载】　【加入我的文件柜】　【投诉该文档】
{BODY}
!a ⚠ 试读篇幅已到，下载完整文档需 3 积分
!l 溪砚文档库 · 同类文档：研学旅行安全应急预案 ｜ 夏令营活动安全责任书 ｜ 户外拓展训练风险告知书
!d 文档内容由上传者提供，溪砚文档库不保证其准确完整，如涉侵权请留言，核实后即删。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⪝{n}⪞", every=170, start=2, glue=True),
        body="""
为做好今年暑期青少年户外营地活动的安全保障工作，确保参营学生人身安全，根据县教育局、团县委关于暑期活动的统一部署，制定本方案。
一、活动概况
活动在崛川镇梢岭营地举行，分三期进行，每期五天，每期参营学生不超过80人，内容包括徒步、攀岩体验、野外宿营和自救互救训练。
二、器材安全
攀岩体验所用的安全带、头盔、主锁和登山扣，须由营地技术员在每期开营前逐件检查，丝扣锁门不能正常回弹、扣身有裂纹或明显磨损的一律停用。登山扣须使用带锁款，并由教练当面示范上锁和解锁方法，学生未经教练确认不得自行挂扣。
三、人员职责
每期设安全总负责人1名，攀岩教练按每10名学生不少于1名配备，随营校医全程在岗。
四、应急处置
发生伤害事故时，现场教练立即停止活动，校医先行处置，同时报告安全总负责人和县教育局。
栅溪县青少年活动中心
2025年6月23日
""",
    ),
    dict(
        slug="gov-zhaxi-notice-roaster-spot-check",
        site="栅溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhaxi.gov.cn/zwgk/tzgg/202504/t20250414_884102.html",
        title="关于开展电热烤肠机产品质量专项抽查的通知",
        record_title="关于开展电热烤肠机产品质量专项抽查的通知_通知公告_栅溪县政务服务",
        date="2025-04-11",
        date_also=["2025-04-14"],
        notes="county portal: 长辈版/读屏 links, 索引号 table with the 文号 cell unmarked (neutral), attachment download link beside the body's 附件 list, the notice's 联系人/电话 beside the portal's 纠错 line and 12345; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展电热烤肠机产品质量专项抽查的通知_通知公告_栅溪县政务服务</title>
<meta name="SiteName" content="栅溪县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/common/js/jquery.min.js"></script><script src="/common/js/zhaxi-gov.js"></script>
</head><body>
<div class="gov-top"><span>⟦m 栅溪县人民政府 · 政务服务⟧</span><a href="/zbb/">⟦a 长辈版⟧</a><a href="javascript:;" id="aria">⟦a 视障辅助读屏⟧</a><a href="/en/">⟦a EN版⟧</a></div>
<div class="gov-nav"><a href="/">⟦m 首 页⟧</a><a href="/zwgk/">⟦m 政务公开⟧</a><a href="/bs/">⟦m 办事服务⟧</a><a href="/hd/">⟦m 互动交流⟧</a><a href="/zx/">⟦m 走进栅溪⟧</a></div>
<div class="loc">⟦m 当前所在：首页 » 政务公开 » 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11532418MB1572903K/2025-00317⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：栅溪县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-14⟧</td></tr>
<tr><td>文号：栅市监〔2025〕17号</td><td>⟦m 有效性：有效⟧</td></tr></table>
<div class="art">
<h1>{T}</h1>
<div class="tools">⟦a 【字号 特大 大 中】【打印此页】【关闭此页】⟧</div>
{BODY}
<div class="fj"><a href="/u/cms/2025/0414/fj1.xlsx">⟦a ↓ 附件1 抽查企业及摊点名单.xlsx（28KB）⟧</a><br><a href="/u/cms/2025/0414/fj2.docx">⟦a ↓ 附件2 抽样单（空白表）.docx（19KB）⟧</a></div>
<div class="qr">⟦a 扫一扫，在手机上看本页⟧</div>
</div>
<div class="rel"><h4>⟦l 同栏目其他文件⟧</h4><ul><li>⟦l 关于公布2025年第一季度电动自行车抽查结果的通告⟧</li><li>⟦l 关于做好校园周边食品安全整治的通知⟧</li></ul></div>
<div class="gov-foot"><p>⟦m 主办：栅溪县人民政府办公室　承办：栅溪县大数据服务中心⟧</p>
<p>⟦m 网站纠错：0775-6612018　政务服务便民热线：12345⟧</p>
<p>⟦m 滇ICP备14003582号　滇公网安备53241802000117号　网站标识码5324180012⟧</p></div>
</body></html>
""",
        body="""
各市场监管所、县直有关单位：
近期，我县部分校园周边和夜市摊点使用的电热烤肠机存在加热管外露、外壳带电等隐患。为保障群众用电安全，县市场监管局决定于2025年4月至5月开展电热烤肠机产品质量专项抽查。现将有关事项通知如下。
一、抽查范围：全县销售电热烤肠机的商超、五金电器店和网店，以及校园周边、夜市摊点在用的烤肠机。
二、抽查项目：防触电保护、发热、泄漏电流、电气强度、接地措施和标志说明。
三、工作要求：各所于4月25日前完成抽样，样品送纬阳市产品质量检验所检测；对检出不合格的产品，依法责令停止销售并督促摊点更换。
联系人：镶雪晴，电话：0775-6618427。
附件：1.抽查企业及摊点名单
2.抽样单（空白表）
栅溪县市场监督管理局
2025年4月11日
""",
    ),
    dict(
        slug="gov-bowan-bulletin-oil-sprayer-wrapped",
        site="舶湾县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.bowan.gov.cn/art/2025/8/19/art_1029_61470.html",
        title="舶湾县市场监督管理局关于食品接触用喷油壶产品质量监督抽查情况的通报",
        record_title="【抽检结果公开】舶湾县市场监督管理局关于食品接触用喷油壶产品质量监督抽查情况的通报 -- 舶湾县人民政府网",
        date="2025-08-15",
        date_also=["2025-08-19"],
        notes="text view of a portal page, hard-wrapped at 60 columns; data table rows with ideographic spaces; 成文日期 in Chinese numerals; 印发 line; the 文号 line neutral",
        page="""
!m 舶湾县人民政府网　>　信息公开　>　监督检查
!a 【读屏】 【繁】 【简】 【放大阅读】
!t 【抽检结果公开】舶湾县市场监督管理局关于食品接触用喷油壶产品质量监督抽查情况的通报
舶市监通〔2025〕9号
!m 信息来源：县市场监管局　发布于：2025-08-19 09:30　浏览次数：[ 517 ]
{BODY}
!a 【转发到微信】【打印正文】【返回顶部】
!l 上一条：舶湾县2025年第二季度加油站计量器具检查情况通报
!l 下一条：关于开展秋季学校食堂食品安全检查的通知
!m 网站主办：舶湾县人民政府办公室　　纠错邮箱：jiucuo@bowan.gov.cn
!m 琼ICP备09008176号　　琼公网安备46902502000308号
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
喷油壶是家庭和餐馆用来喷洒食用油的常见器具。为掌握我县市场上食品接触用喷油壶的质量状况，县市场监管局于2025年7月对全县商超、日用品店和餐具批发市场销售的喷油壶开展了监督抽查。现将抽查情况通报如下。
一、抽查总体情况
本次共抽查喷油壶22批次，合格18批次，不合格4批次，合格率81.8%。
二、不合格产品情况
序号　产品名称　销售单位　不合格项目
1　按压式玻璃喷油壶　镶口镇百味日杂店　标签标识
2　塑料喷油壶（500mL）　县城惠邻超市　高锰酸钾消耗量
3　气压式不锈钢喷油壶　滨河餐具批发部　标签标识
4　塑料喷油壶（300mL）　狄坪镇万家福超市　总迁移量
三、处理措施
对抽查不合格的产品，已责令销售单位立即下架，并依法立案调查。请各有关企业严格落实进货查验制度，不得采购、销售无标识或标识不全的食品接触用品。
舶湾县市场监督管理局
二〇二五年八月十五日
舶湾县市场监督管理局办公室　2025年8月15日印发
""",
    ),
    dict(
        slug="news-weiyang-takoyaki-night-market-no-title",
        site="纬阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.weiyang-online.cn/sh/2025-07/06/content_3318204.htm",
        title="晰园路夜市来了“小丸子姐妹”：一台小丸子机撑起一家人的夏天",
        record_title=None,
        date="2025-07-06",
        notes="no title in the record: found in the page's title line; 发布时间 byline is the date; a client prompt before the lead, a photo caption between paragraphs, an editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>纬阳新闻网-纬阳人自己的新闻网</title>
<script async src="/ads/loader.js"></script>
<script>var CONTENT_ID=3318204;</script>
</head><body>
<div class="topbar">⟦m 纬阳新闻网⟧ <a href="/app">⟦a 下载纬阳新闻App⟧</a> <a href="/rss">⟦a 订阅⟧</a></div>
<ul class="channels"><li>⟦m 本地⟧</li><li>⟦m 民生⟧</li><li>⟦m 夜经济⟧</li><li>⟦m 县区⟧</li><li>⟦m 直播⟧</li></ul>
<div class="pos">⟦m 纬阳新闻网 / 民生 / 夜经济⟧</div>
<div class="article">
<div class="title-line">{T}</div>
<div class="byline">⟦m 发布时间：2025-07-06 08:15　来源：纬阳晚报　记者 崛小禾 通讯员 梢立人⟧</div>
<div class="listen">⟦a ▶ 听新闻　│　分享到朋友圈⟧</div>
{BODY}
</div>
<div class="adslot">⟦d 广告　纬阳夜市商户贷 · 最快当天到账⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 迪湖区新开三条“烟火街”⟧</li><li>⟦l 暑期夜游公交延时至23点⟧</li><li>⟦l 夜市摊位费怎么收？官方回应来了⟧</li></ol></div>
<div class="foot">⟦d 纬阳新闻网版权所有，未经许可不得转载或建立镜像⟧ ⟦m 新闻热线：0775-8200110⟧ ⟦m 互联网新闻信息服务许可证 45120170031⟧</div>
</body></html>
""",
        body="""
⟦a 打开纬阳新闻App，本地消息早知道⟧本报讯 傍晚六点，晰园路夜市刚亮灯，摊位前已经排起了队。两口铸铁小丸子机上，圆圆的面糊在竹签下翻个身，很快就变得金黄。
摊主是一对姐妹，姐姐梢晓芸负责翻丸子，妹妹梢晓岚收钱、撒木鱼花。去年，姐妹俩的父亲生病住院，家里开销一下子大了起来，她们凑钱买了一台二手小丸子机，在夜市租下一个两米宽的摊位。
⟦m 图为梢晓芸在摊位上翻动小丸子。 记者 崛小禾 摄⟧
“刚开始翻不好，一锅能坏一半。”梢晓芸说，她对着视频练了半个月，才掌握火候。如今，她们每晚能卖出三百多盒，还把价格贴在摊位前，明码标价。
今年，晰园路夜市统一为摊位接入了电源和油烟净化器，姐妹俩也把燃气款小丸子机换成了电热款。“干净了，客人也多了。”妹妹梢晓岚笑着说。⟦m （编辑 狄一舟 审核 镶卫东）⟧
""",
    ),
    dict(
        slug="news-jueshan-climbing-gym-record-title",
        site="崛山日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jueshandaily.cn/local/2025/0517/70328.shtml",
        title="栅溪县对攀岩馆开展安全检查 一批磨损登山扣被当场停用",
        record_date="2025-05-17",
        date="2025-05-17",
        notes="record title and date as is; a news app prompt on top, a related-news line between paragraphs, a photo caption, a comment box at the bottom",
        page="""
!m 崛山日报网 · 本地频道
!m 首页 | 本地 | 时政 | 体育 | 图片
{T}
!m 2025年05月17日 10:42　崛山日报网　作者：舶晓宁
!a 字号：A+ A-　　|　　收听本文
{BODY}
!m 责编：狄青柏
!l 网友评论（12）　我也说两句
!l 热门：梢岭营地暑期开营 ｜ 崛川镇建成首条登山步道 ｜ 攀岩入奥后本地少年训练忙
!d 凡本网注明“来源：崛山日报网”的作品，版权均属崛山日报社，转载须经书面授权。
!m 崛山日报社主办　新闻热线：0775-2367700　粤ICP备06027159号
""",
        indent="\u3000\u3000",
        body="""
5月16日，栅溪县体育局联合县市场监管局，对县城三家攀岩馆开展了安全检查。检查组现场抽查了安全带、主绳、快挂和登山扣等器材，发现其中一家攀岩馆有6只登山扣的锁门回弹不灵，扣身内侧磨出了明显凹槽，当即被要求停用并登记销毁。
⟦l 相关新闻：县体育局发布户外运动安全提示⟧
检查组工作人员介绍，登山扣虽小，却是连接保护绳和人的关键部件，一旦失效后果十分严重。按照行业惯例，登山扣磨损深度超过一毫米或从高处坠落过，就应当退役。
⟦m 图为检查组人员查看攀岩馆的登山扣。⟧
下一步，县体育局将督促各攀岩馆建立器材使用台账，每月自查一次，每季度接受一次抽查。
""",
    ),
    dict(
        slug="forum-maoquan-diy-teaser-wand-jammer",
        site="猫圈子论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.maoquanzi.net/thread-407718-1-1.html",
        title="自制逗猫棒教程：钓鱼竿+旧毛线，十块钱做三根",
        record_title="[DIY手作] 自制逗猫棒教程：钓鱼竿+旧毛线，十块钱做三根（多图慎入）- 玩具手作 - 猫圈子论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts; poster panel, rating row, signature, replies; post time only relative (2 天前), so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[DIY手作] 自制逗猫棒教程：钓鱼竿+旧毛线，十块钱做三根（多图慎入）- 玩具手作 - 猫圈子论坛</title>
<script src="static/js/common.js?Kx3"></script>
<style>.jammer{color:#fff;font-size:0}</style>
</head><body>
<div id="toptb">⟦m 猫圈子论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 猫圈子 › 喵星生活 › 玩具手作 › 帖子详情⟧</div>
<div class="thread-stats">⟦m 查看：6304 ｜ 回复：88⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 橘座的铲屎官⟧<br>⟦m UID 229175　积分 3318　喵币 640⟧<br>⟦m 勋章：手作达人⟧</td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 2 天前　只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_9902116">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 7　喵币 +35　收起 理由⟧</div>
<div class="sign">⟦l 家有一橘一狸，欢迎来串门～⟧</div>
<div class="po">⟦a 回复 ｜ 支持 ｜ 收藏 ｜ 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　猫薄荷不够了：马上去翻抽屉找毛线⟧</div>
<div class="reply">⟦l 板凳　狸花阿九：鱼竿那个好，我家猫追得飞起⟧</div>
<div id="f_pst">⟦a 登录后参与讨论，新用户注册送 20 喵币⟧</div>
<div id="ft">⟦m 猫圈子论坛　Powered by Discuz! X3.5　陕ICP备18005270号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里两只猫把买的逗猫棒咬坏了四根，一根二十多块，实在心疼，干脆自己动手做。材料很简单：一根淘汰的短钓鱼竿，一团旧毛线，一截松紧带，再加几根从旧掸子上拆下来的鸡毛。
第一步，把钓鱼竿的鱼线剪掉，只留竿子，竿头用胶布缠几圈，防止划手。第二步，用毛线缠出一个小毛球，中间塞几根鸡毛，用针线缝牢。第三步，把松紧带一头系在竿头，一头系住毛球，长度留四五十厘米，甩起来弹性正好。
做好以后，我家橘猫追了半个小时才肯趴下。提醒一句：毛球和鸡毛一定要缝结实，玩完把逗猫棒收进柜子，别让猫自己叼着玩，万一吞下毛线就麻烦了。
三根一共花了不到十块钱，大家有兴趣可以试试。
""",
    ),
    dict(
        slug="forum-chuniang-oil-sprayer-clog-junk",
        site="厨娘小院论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.chuniangxy.com/bbs/viewtopic.php?t=118406",
        title="用了半年的喷油壶突然喷不出雾，拆开一看原来是这里堵了",
        record_title="〔厨房好物〕用了半年的喷油壶突然喷不出雾，拆开一看原来是这里堵了【有图有真相】",
        date=None,
        notes="phpBB-like text thread with anti-scraping junk as lines and glued after 。; post time only relative; replies and a signature at the bottom",
        page="""
!m 厨娘小院论坛 :: 厨房好物版
!m 厨娘小院 » 论坛首页 » 厨房好物 » 浏览主题
!t 〔厨房好物〕用了半年的喷油壶突然喷不出雾，拆开一看原来是这里堵了【有图有真相】
!m 发帖人：蒜蓉不放蒜　　发帖时间：昨天 21:47　　人气：1875
!a 引用回复 | 只看此人 | 加为好友
{BODY}
!l ——签名档：一日三餐，认真对待——
!l 回复 #1　小炉子：原来要用温水泡，我一直用冷水洗
!l 回复 #2　空气炸锅侠：同款，喷嘴堵了好几次，收藏了
!a 发表回复前请先登录，没有账号？30 秒注册
!m 厨娘小院论坛 © 2012-2025　|　联系版主 | 清除 Cookies | 手机浏览
""",
        junk=dict(lines=2, glued=3),
        body="""
我家的喷油壶是按压式的，用来给空气炸锅喷油，平时挺好用。最近几天突然只能滋出一条油线，喷不出雾了，我还以为是坏了，差点扔掉。
拆开以后发现，问题出在喷嘴里面的小滤网上，上面糊了一层发黏的油垢。原来我一直装的是自己炼的猪油，凉了以后容易凝固，慢慢就把喷嘴堵住了。
处理方法很简单：把喷头拧下来，放进温热的洗洁精水里泡十分钟，再用牙签轻轻捅一捅喷孔，冲干净晾干就行。壶身也要洗，里面的旧油倒掉，不然会有哈喇味。
以后我只装常温下不凝固的植物油，大概一个月洗一次喷头，再没堵过。分享给大家，少走弯路。
""",
    ),
]
