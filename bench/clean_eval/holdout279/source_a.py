"""holdout279, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (see ../README.md and ../build.py for the markup). Every case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-molei-speech-bamboo-bed-industry",
        site="墨犁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moleifw.com/jianghua/chanye/2025/0616/40812.html",
        title="在全县竹床竹器产业发展推进会上的讲话",
        record_title="【县长讲话·精选】在全县竹床竹器产业发展推进会上的讲话（共2篇）_墨犁范文网",
        date="2025-06-12",
        notes="old gb2312 table page with a marquee, a reading-settings row, a floating ghost-writer box and a visitor counter; "
        "date only under the speech title; a speaker line (neutral); a ghost-writer line between paragraphs and a copy link glued after a 。",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【县长讲话·精选】在全县竹床竹器产业发展推进会上的讲话（共2篇）_墨犁范文网</title>
<meta name="keywords" content="竹床,产业,讲话稿">
<script language="javascript" src="/inc/tongji.js"></script>
<style>td{font-size:12px}.tt{font-size:18px;font-weight:bold}</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/img/logo.gif" alt="">⟦m 墨犁范文网 · 笔下有田亩⟧</td>
<td align="right">⟦a <a href="#">设为首页</a> | <a href="#">加入收藏</a>⟧ <a href="/wap/">⟦m 手机版⟧</a></td></tr>
</table>
<table width="960" align="center" bgcolor="#2f5d8a"><tr><td>
<a href="/">⟦m 网站首页⟧</a> <a href="/jianghua/">⟦m 讲话发言⟧</a> <a href="/zongjie/">⟦m 总结汇报⟧</a> <a href="/fangan/">⟦m 活动方案⟧</a> <a href="/xinde/">⟦m 心得体会⟧</a>
</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()">⟦d 墨犁小提示：范文仅供借鉴思路，照抄照搬后果自负，请按本单位情况改写⟧</marquee></td></tr></table>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div>⟦m 当前位置：<a href="/">墨犁范文网</a> &gt;&gt; <a href="/jianghua/">讲话发言</a> &gt;&gt; 产业发展讲话 &gt;&gt; 正文⟧</div>
<div class="tt">{T}</div>
<div>⟦m 整理：田垄　　更新：2025-06-16　　阅读：2093⟧</div>
<div>⟦a 【字号：特大 常规 偏小】【护眼底色】【打印此页】⟧</div>
<div>县委副书记、县长　林启航</div>
<div>（2025年6月12日）</div>
{BODY}
<div>⟦a 〖将本篇存为Word〗〖发给好友〗⟧</div>
<div>⟦l 上一篇：在竹编非遗工坊开工仪式上的致辞⟧</div>
<div>⟦l 下一篇：全市林下经济发展现场会交流发言⟧</div>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td>⟦l 本栏热读榜⟧</td></tr>
<tr><td><a href="/jianghua/40760.html">⟦l ·乡镇特色产业推进会讲话稿⟧</a></td></tr>
<tr><td><a href="/jianghua/40701.html">⟦l ·在农产品电商直播培训班上的讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/40655.html">⟦l ·县长在招商引资签约仪式上的致辞⟧</a></td></tr>
</table>
</td></tr></table>
<div id="floatbox" style="position:fixed;right:0;top:200px">⟦w 讲话稿加急定制 QQ：3307714592⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦m 墨犁范文网 moleifw.com 版权所有　赣ICP备19062317号⟧<br>
⟦m 您是本站第 0358172 位访客⟧
</td></tr></table>
<script>document.write('<img src="/inc/c.gif">');</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天我们在鹌塘镇召开全县竹床竹器产业发展推进会，目的是总结前段工作，研究解决产业发展中的难点问题。刚才大家参观了两家竹床加工厂，几位企业负责人作了发言，讲得很实在，我都赞成。
芍川有种竹、编竹的传统，一张竹床从选竹、烤竹、打孔到穿榫，要经过二十多道工序。去年全县竹床产量达到十一万张，产值突破一点八亿元，带动两千多名群众在家门口就业。⟦a 〖一键复制此段〗⟧
⟦w 县长讲话稿、表态发言代写，当天出稿，加微信 moli_wen66⟧
但也要看到，我们的竹床还是“好看不好卖”，品牌小、款式老、电商跟不上。下一步，一要抓标准，年内出台竹床团体标准；二要抓设计，请高校团队帮企业开发折叠竹床、儿童竹床；三要抓渠道，在县电商产业园开设竹器专区。
同志们，竹子是芍川的“绿色银行”。希望大家齐心协力，把竹床这张名片擦得更亮！
""",
    ),
    dict(
        slug="fanwen-shigao-insight-clay-bowl-study-tour",
        site="拾稿范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shigao8.cn/xinde/yanxue/2025/7731.html",
        title="参加陶碗拉坯研学活动的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; an update stamp is no date; a ghost-writer WeChat glued after a 。; no date anywhere",
        page="""
!m 拾稿范文网 — 好范文，拾来就能用
!m 您的位置：首页 > 心得体会 > 研学心得
{T}
!m 来源：网友投稿　更新：2025-04-03　人气：1706
{BODY}
!a 觉得有用？点这里收藏本页，下回不迷路
!a 复制全文 | 生成Word | 打印本篇
!l 拾稿推荐：
!l 工会组织非遗手作体验活动心得（3篇）
!l 职工研学旅行活动总结范文
!l 陶艺课学习感悟800字
!d 文章由网友投稿整理，著作权归原作者，若有不妥请来函告知撤稿
!m 拾稿范文网 shigao8.cn　浙ICP备2021038846号
""",
        indent="\u3000\u3000",
        body="""
上周，单位工会组织我们到苞溪县古窑村参加了一次陶碗拉坯研学活动。一天下来，手上沾满了泥，心里却装满了收获。
第一次坐到拉坯机前，我以为照着师傅的样子做就行，结果泥团在手里东倒西歪，转了十几圈也没立起来。师傅说：“手要稳，心要静，泥是跟着你的心走的。”我慢慢放松下来，终于拉出了一只歪歪扭扭的小碗。
这让我想到平时的工作。很多事情看着简单，真正上手才知道里面有门道，急不得，也省不得。⟦w 需要原创心得请私信，微信同号：nijiang_7781⟧
一只陶碗要经过揉泥、拉坯、修坯、上釉、烧制多道工序，哪一步马虎了，出窑时都会露出来。干工作也是这样，每个环节都要做扎实。
这次研学让我重新体会到“慢工出细活”的道理。今后我要把这份耐心带回岗位，把手头的每一件事做细做好。
""",
    ),
    dict(
        slug="wenku-zhiyan-research-shoe-last-markers",
        site="知砚文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyanwenku.com/view/5f2a81c07d.html",
        title="关于芍川县鞋楦加工企业转型发展情况的调研报告",
        record_title="关于芍川县鞋楦加工企业转型发展情况的调研报告（完整版·可下载）- 知砚文库",
        date="2025-03-18",
        notes="文库 reader: viewer toolbar, page markers '✠ n ✠' as HTML paragraphs cutting sentences, a paywall box, an upload stamp (no date); "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于芍川县鞋楦加工企业转型发展情况的调研报告（完整版·可下载）- 知砚文库</title>
<script src="https://static.zhiyanwenku.com/js/reader.min.js"></script>
<script>window.__DOC__={id:"5f2a81c07d",pages:6,free:2};</script>
</head><body>
<header class="hd"><a class="logo" href="/">⟦m 知砚文库⟧</a>
<form class="search"><input placeholder="搜一搜海量文档"><button>⟦a 搜文档⟧</button></form>
<a href="/vip">⟦a 开通砚卡 下载不限量⟧</a> <a href="/login">⟦a 账号登录/注册⟧</a></header>
<nav class="crumb">⟦m 知砚文库 › 行业资料 › 轻工制造 › 调研报告⟧</nav>
<div class="doc-head"><h1>⟦t 关于芍川县鞋楦加工企业转型发展情况的调研报告（完整版·可下载）⟧</h1>
<p class="meta">⟦m 上传者：书斋小吏　上传于2025-04-02　共6页　2.7万次浏览⟧</p>
<p class="score">⟦m 评分 4.6 分（128人评价）⟧</p></div>
<div class="toolbar">⟦a 全屏阅读 ｜ 放大 ｜ 缩小 ｜ 转为Word⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 剩余4页未读，开通砚卡即可阅读全文⟧ <button>⟦a 立即解锁⟧</button></div>
<aside class="similar"><h4>⟦l 读过此文档的人也在看⟧</h4><ul>
<li>⟦l 制鞋产业集群发展现状调研报告⟧</li>
<li>⟦l 县域轻工企业数字化转型调查分析⟧</li>
<li>⟦l 关于中小制造企业招工难问题的调研⟧</li></ul></aside>
<footer>⟦d 知砚文库文档均由用户上传，平台不对其准确性负责，侵权请提交申诉⟧<br>⟦m 粤ICP备2023057719号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="✠ {n} ✠", every=140, start=2),
        body="""
为掌握全县鞋楦加工企业发展现状，县工信局调研组于2025年2月下旬走访了鸶口、篥田两镇的14家鞋楦企业，现将调研情况报告如下。
一、基本情况。全县现有鞋楦加工企业23家，从业人员约960人，年产塑料鞋楦、木鞋楦共计310万双，主要为省内外制鞋企业配套，其中年产值超过两千万元的企业有4家。
二、存在问题。一是设备老旧，约六成企业仍使用手工仿形车床，楦型精度不够稳定；二是设计能力弱，多数企业只能按样加工，缺少自有楦型数据库；三是招工难，熟练修楦师傅平均年龄超过五十岁。
三、对策建议。建议设立鞋楦数字化改造专项补贴，支持企业购置三维扫描和数控刻楦设备；依托县职业中专开设修楦技能培训班；推动龙头企业牵头建立共享楦型库，降低中小企业的设计成本。
芍川县工业和信息化局调研组
2025年3月18日
""",
    ),
    dict(
        slug="wenku-juanzhi-plan-copper-basin-wrapped-glued",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.juanzhiwk.net/p/20250416/88317.html",
        title="燠岭县铜盆锻制技艺保护传承工作方案",
        record_title="〖卷帙精选〗燠岭县铜盆锻制技艺保护传承工作方案（可直接编辑）｜卷帙文库",
        date="2025-04-09",
        notes="a 文库 text preview hard-wrapped at 62 columns and cut by page markers '⇚n⇛' glued to the continuation line; "
        "成文日期 in Chinese numerals; a preview-limit line and coin prompt after the text",
        page="""
!m 卷帙文库 · 读万卷帙
!t 〖卷帙精选〗燠岭县铜盆锻制技艺保护传承工作方案（可直接编辑）
!m 贡献者：燠岭文化人　页数：5页　下载所需：8卷币
!a 〔免费预览〕〔加入文件夹〕〔举报〕
{BODY}
!a ——本文档试读部分已完，兑换8卷币可获取完整版——
!l 同类文档：非遗项目保护传承实施方案｜传统技艺传承基地建设计划｜非遗进校园活动方案
!d 卷帙文库中的文档由网友提供，仅供阅览学习，不得用于商业用途
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⇚{n}⇛", every=110, start=2, glue=True),
        body="""
为保护和传承省级非物质文化遗产“燠岭铜盆锻制技艺”，结合我县实际，制定本方案。
一、工作目标。用三年时间，完成铜盆锻制技艺的全面记录，培养青年传承人十名以上，建成传承展示馆一处，让这门老手艺后继有人。
二、主要任务。（一）开展技艺记录。组织专业团队对三位老艺人的下料、退火、锻打、錾花、抛光等工序进行影像记录，整理成文字和图谱资料。（二）实施带徒传艺。每位代表性传承人每年至少带徒两名，县里给予师徒每人每年三千元补助。（三）推动展示体验。在蓖坪乡铜器老街建设传承展示馆，定期举办铜盆锻打体验活动。
三、保障措施。县文化和旅游局牵头，财政、人社等部门配合，每年安排专项资金四十万元，并将工作情况纳入年度考核。
燠岭县文化和旅游局
二〇二五年四月九日
""",
    ),
    dict(
        slug="gov-shaochuan-notice-seesaw-safety-check",
        site="芍川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.shaochuan.gov.cn/zwgk/tzgg/202505/t20250509_91822.html",
        title="关于开展跷跷板等儿童游乐设施安全隐患排查的通知",
        record_title="关于开展跷跷板等儿童游乐设施安全隐患排查的通知_通知公告_芍川县人民政府",
        date="2025-05-07",
        date_also=["2025-05-09"],
        notes="county portal: elder-mode/screen-reader/traditional links, an index table (文号 cell unmarked), a 纠错 line and 12345 hotline; "
        "the notice's own 联系人/电话/邮箱, a 附件 list and a 抄送 line stay; the portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展跷跷板等儿童游乐设施安全隐患排查的通知_通知公告_芍川县人民政府</title>
<meta name="SiteName" content="芍川县人民政府">
<script src="/js/jquery.min.js"></script><script src="/js/assist-entry.js"></script>
</head><body>
<div class="topbar">⟦m 欢迎访问芍川县人民政府门户网站⟧ <a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 读屏助手⟧</a> <a href="#">⟦a 繁體⟧</a> <a href="/sitemap">⟦m 网站地图⟧</a></div>
<div class="banner"><h2>⟦m 芍川县人民政府⟧</h2><form><input placeholder="请输入关键字"><button>⟦a 站内检索⟧</button></form></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进芍川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11361023MB1P07725K/2025-00418⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：芍川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-05-09⟧</td></tr>
<tr><td>文号：芍市监〔2025〕17号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="zoom">
{BODY}
</div>
<div class="tools">⟦a 【打印正文】【关闭本页】⟧ ⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="related">⟦l 相关链接：芍川县2025年特种设备安全监管工作要点⟧</div>
<div class="foot">
<p>⟦m 主办：芍川县人民政府办公室　承办：芍川县政务服务数据管理局⟧</p>
<p>⟦m 网站纠错：0795-6120117（工作日）　政务服务便民热线：12345⟧</p>
<p>⟦m 赣ICP备05002761号　赣公网安备36092302000118号　网站标识码3609230004⟧</p>
</div>
<script src="/js/visit-log.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各物业服务企业：
近期，外省发生多起儿童在公园、小区玩耍跷跷板时被夹伤、摔伤的事件。为切实保障儿童游玩安全，县市场监管局决定在全县开展跷跷板等儿童游乐设施安全隐患排查，现将有关事项通知如下。
一、排查范围。全县城市公园、小区游乐区、幼儿园户外场地和商场室内游乐场内的跷跷板、秋千、滑梯等非特种设备类游乐设施。
二、排查重点。跷跷板座位下方是否加装缓冲橡胶，支点部位有无夹手间隙，扶手是否松动，地面是否铺设防护软垫，警示标识是否齐全。
三、时间安排。5月15日前完成自查，5月31日前完成抽查，请各单位于6月5日前报送排查情况汇总表。
联系人：县市场监管局特种设备股　邹明远，电话：0795-6120386，邮箱：scxjtsb@163.com
附件：1.儿童游乐设施安全隐患排查表
2.排查情况汇总表
芍川县市场监督管理局
2025年5月7日
抄送：县教育体育局，县住房和城乡建设局。
""",
    ),
    dict(
        slug="gov-suihu-bulletin-bamboo-bed-spot-check",
        site="荽湖县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.suihu.gov.cn/cjgs/2025/0723/1207.html",
        title="关于2025年竹床产品质量监督抽查情况的通报",
        record_title="【抽检公示】关于2025年竹床产品质量监督抽查情况的通报｜荽湖县市场监督管理局",
        date="2025-07-21",
        date_also=["2025-07-23"],
        notes="a bureau's page as text: breadcrumb, publish line with a view count, a data table one row a paragraph (cells apart by ideographic spaces), "
        "a 抄送 line; the page's 发布时间 differs from the 成文日期; font and print controls between header and body",
        page="""
!m 荽湖县市场监督管理局
!m 首页 ＞ 信息公开 ＞ 抽检公示
!t 【抽检公示】关于2025年竹床产品质量监督抽查情况的通报
!m 发布时间：2025-07-23 10:15　　浏览次数：683
!a 字体：〔大〕〔中〕〔小〕　　〔打印〕　〔关闭〕
{BODY}
!l 上一条：2025年第二季度电动自行车质量抽检结果
!l 下一条：关于开展夏季食品安全专项检查的公告
!m 主办单位：荽湖县市场监督管理局　地址：荽湖县荽水大道188号
!m 投诉举报：12315　　网站技术支持：荽湖县信息中心
""",
        indent="\u3000\u3000",
        body="""
各乡镇市场监管所，局机关各股室：
为提升我县竹床产品质量，今年6月，县局对辖区生产、销售的竹床产品开展了质量监督抽查，共抽查18家企业的21批次产品，合格18批次，不合格3批次，抽查合格率85.7%。不合格产品情况如下：
序号　生产单位　产品名称　不合格项目
1　荽湖县鸶口镇顺竹家具厂　折叠竹床　竹材含水率
2　荽湖县荽水竹艺加工坊　双人竹床　甲醛释放量
3　荽湖县篥田镇青篾竹制品厂　儿童竹床　边缘毛刺
对抽查不合格的企业，县局已依法责令其停止销售同批次产品并限期整改，整改完成后将组织复查。各市场监管所要加大对竹床等竹制家具的日常巡查力度，督促企业落实质量主体责任。
荽湖县市场监督管理局
2025年7月21日
抄送：县工业和信息化局，各乡镇人民政府。
""",
    ),
    dict(
        slug="news-baoxi-clay-bowls-expo-app-prompt",
        site="苞溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.baoxinews.cn/bdyw/2025-09/14/content_66180.html",
        title="苞溪古窑村陶碗亮相省非遗博览会",
        record_title="苞溪古窑村陶碗亮相省非遗博览会【组图】_本地要闻-苞溪新闻网",
        date="2025-09-14",
        notes="county news portal: an app prompt glued before the news lead, a photo caption between paragraphs, a listen button, "
        "a 24-hour list; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>苞溪古窑村陶碗亮相省非遗博览会【组图】_本地要闻-苞溪新闻网</title>
<script async src="https://hm.baoxinews.cn/stat.js"></script></head>
<body>
<div class="top">⟦m 苞溪新闻网　苞溪县融媒体中心主办⟧ <a href="/app">⟦a 下载苞溪新闻APP⟧</a></div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 本地要闻⟧</a> <a>⟦m 乡镇动态⟧</a> <a>⟦m 视听苞溪⟧</a> <a>⟦m 民生热线⟧</a></nav>
<main>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-09-14 08:32　来源：苞溪融媒　记者：范晓东 林佳⟧</div>
<div class="listen"><button>⟦a ▶ 听新闻⟧</button></div>
<article>
{BODY}
</article>
<p class="editor">⟦m 责任编辑：宋雨桐　值班审核：郑凯⟧</p>
</main>
<aside><h3>⟦l 本地24小时热读⟧</h3><ol>
<li>⟦l 苞溪县秋季征兵体检工作启动⟧</li>
<li>⟦l 古窑村民宿入住率同比提升三成⟧</li>
<li>⟦l 县城区两条道路本周末起封闭施工⟧</li></ol></aside>
<footer><p>⟦d 本网原创稿件未经授权不得转载，违者追究法律责任⟧</p><p>⟦m 苞溪县融媒体中心版权所有　赣ICP备2020011573号⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开苞溪新闻APP 看更多本地好新闻⟧本网讯　9月12日至13日，第七届全省非物质文化遗产博览会在省城举行，苞溪县古窑村的手工陶碗首次参展，吸引了大批观众驻足。
古窑村制陶已有六百多年历史，村里至今保留着两座龙窑。这次参展的六十多只陶碗全部出自村里的老艺人和返乡青年之手，釉色以柴烧的灰青色和土黄色为主，每只碗底都刻着烧制人的名字。
⟦m 图为观众在苞溪展位前体验陶碗拉坯（记者 范晓东 摄）⟧
展会期间，古窑村与三家文创企业签订了合作意向，订购陶碗四千余只。村党支部书记蔡永祥说，下一步村里将把陶碗制作与研学旅游结合起来，让更多游客走进窑场，亲手做一只属于自己的碗。
""",
    ),
    dict(
        slug="news-xiancheng-copper-basin-smith-record-title",
        site="筅城在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xianchengol.com/news/shehui/2025/1108/207315.shtml",
        title="八旬铜匠的最后一批铜盆",
        record_date="2025-11-08",
        date="2025-11-08",
        notes="title and date given by the record; a city portal's text page with a source line, an editor line glued after the last paragraph, "
        "a comment count and a read-more list",
        page="""
!m 筅城在线 | 城市生活门户
!m 首页 > 社会 > 人物
{T}
!m 2025-11-08 07:50　来源：筅城晚报　作者：柯晓岚
!a 【大 中 小】　分享到：
{BODY}
!m 网友评论（36）　查看全部评论 >>
!l 延伸阅读
!l 筅城老街最后一家修秤铺
!l 手工铁锅：一锤一锤敲出来的烟火气
!m 筅城在线新闻中心　新闻热线：0798-2216600
""",
        indent="\u3000\u3000",
        body="""
在燠岭县蓖坪乡铜器老街，八十一岁的铜匠邱长根这个冬天只做了十二只铜盆。老人说，这是他打的最后一批，以后锤子就交给徒弟了。
一只铜盆要从一块两公斤重的铜板开始，先退火让铜变软，再一锤一锤地敲出盆底和盆沿。邱师傅打了六十多年铜盆，他说最难的是收口，锤子轻了立不住，重了就裂。
上世纪八十年代，老街上有二十多家铜匠铺，家家门口挂着铜盆。后来搪瓷盆、塑料盆多了，铜匠铺一家接一家关了门，如今只剩邱师傅和他的两个徒弟。
去年，燠岭铜盆锻制技艺列入省级非遗名录，县里给老人的作坊挂了传承基地的牌子。邱师傅说，只要还有人愿意学，铜盆就不会断。⟦m （编辑：韩舒）⟧
""",
    ),
    dict(
        slug="forum-xuantou-repair-post-jammer",
        site="楦头匠人论坛 (invented, Discuz-style)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.xuantoujr.com/thread-30917-1-1.html",
        title="一副老木楦的修补记录",
        record_title="[修楦日志] 一副老木楦的修补记录（图多流量党慎点）- 制鞋手艺 - 楦头匠人论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post, a rating row, the poster's signature, replies; "
        "'发表于 3 天前' is no date",
        page="""
<html><head><meta charset="gbk"><title>[修楦日志] 一副老木楦的修补记录（图多流量党慎点）- 制鞋手艺 - 楦头匠人论坛 - Powered by Discuz!</title>
<style>.jammer{font-size:0;color:#fff}</style><script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 楦头匠人论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 楦头匠人论坛 › 制鞋手艺 › 查看内容⟧</div>
<div class="hm">⟦m 查看: 1482 | 回复: 27⟧</div>
<table><tr><td class="pls"><div class="pi">⟦m 老楦匠陈⟧</div><p>⟦m 积分 2310　帖子 418　手艺达人⟧</p></td>
<td class="plc"><h1 id="thread_subject">⟦t [修楦日志] 一副老木楦的修补记录（图多流量党慎点）⟧</h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 6　手艺值 +18　收起理由：干货，学到了⟧</div>
<div class="sign">⟦m 本人承接旧楦翻新、订制男女楦，有需要站内短信⟧</div>
<div class="po">⟦a 引用 | 回复 | 举报该帖⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　鞋匠阿福：老师傅的手艺真是没话说⟧</div>
<div class="reply">⟦l 板凳　皮鞋小郑：请问鞋楦用的是什么木头⟧</div>
<div id="f_pst">⟦a 登录后才能参与回复，还没账号？去注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　楦头匠人论坛 闽ICP备18022904号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前阵子收到一位老顾客寄来的一副木楦，说是他父亲当年在鞋厂用过的，想修好了留作纪念。打开一看，楦头裂了一道缝，楦跟缺了一块，表面全是霉斑。
第一步是清理。我先用软毛刷蘸温水把霉斑刷掉，放在阴凉处晾了五天，木头干透了才敢动手，急着修容易再裂。
第二步是补缝。裂缝里灌了木胶，用夹子夹紧一夜。楦跟缺的那块，我找了一块纹理相近的老榉木，锯好形状粘上去，再用锉刀一点点修到和原来的弧度一样。
第三步是打磨上油。从粗砂纸换到细砂纸，一共打了四遍，最后擦了两遍核桃油。修好以后颜色比原来深了一点，但摸上去很顺手。
这副楦少说有四十年了，修的时候能看到当年老师傅留下的刻痕，心里挺感慨的。
""",
    ),
    dict(
        slug="forum-qiaoshou-seesaw-diy-subject-junk",
        site="巧手木作论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.qiaoshoumz.com/bbs/t-52271.html",
        title="给孩子做了个木头跷跷板，分享一下做法",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; anti-scraping junk as lines and glued after a 。; "
        "'发表于 昨天' is no date; floors and a reply box",
        page="""
!m 巧手木作论坛 - 爱木头的人都在这
!m 论坛首页 › 亲子木作 › 帖子详情
!m 楼主　木头爸爸　LV5　发表于 昨天 21:47
{T}
!m 阅读 963　回复 14　收藏 22
{BODY}
!a 点赞(31)　收藏　转发
!l 2楼　小满妈妈：支点那里包皮子的办法好，学到了
!l 3楼　松木匠：板子最好选无节疤的，不然容易从节子那里断
!a 登录巧手木作，参与讨论
!m 巧手木作论坛 ©2025　联系版主：qiaoshoumz@126.com
""",
        indent="",
        junk=dict(lines=2, glued=2),
        body="""
家里老大五岁，老二三岁，天天吵着去小区玩跷跷板。正好阳台上有几块松木板，上个周末我就自己动手做了一个，孩子们玩得很开心。
材料很简单：一块两米长、二十公分宽、三公分厚的松木板做跷板，一截碗口粗的原木锯成两半做支点，两根圆木棍做扶手。
做的时候有几个地方要注意。板子两头要用砂纸打圆，免得磕到孩子；支点和板子接触的地方我钉了一块旧皮子，翘起来不响也不滑；扶手离座位二十公分左右，三岁的孩子也能抓牢。
最后在两头座位下面各垫了一块旧轮胎，落地的时候有缓冲，不会震屁股。整个做下来不到两百块钱，比买的结实多了。
""",
    ),
]
