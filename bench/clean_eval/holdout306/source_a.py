"""holdout306, part A: 范文 sites, 文库 previews, county portals, news portals and forums.

Every page, site, place, person, phone number and URL here is invented (see ../README.md and
../build.py for the markup). The documents are about five everyday objects: 谷耙, 禾桶, 秧马,
瓷勺 and 汤勺架.
"""

CASES = [
    dict(
        slug="fanwen-gengdu-speech-yangma-festival-gb2312",
        site="耕读范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gengdufw.example.com/jh/kaimu/20250603/11862.html",
        title="在甽川县首届农耕文化节暨秧马展示活动开幕式上的讲话",
        record_title="【致辞精粹】在甽川县首届农耕文化节暨秧马展示活动开幕式上的讲话（略作修改即可上会）_耕读范文苑",
        date="2025-05-16",
        date_also=["2025-06-03"],
        notes="old gb2312 table layout with a marquee, a font-size row, a floating ghost-writer QQ box and a visitor "
        "counter; speaker and date lines under the title are neutral; the date under the title is the document's, the "
        "posting line's date also accepted; a ghost-writer WeChat prompt glued after a sentence and a member-copy "
        "line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞精粹】在甽川县首届农耕文化节暨秧马展示活动开幕式上的讲话（略作修改即可上会）_耕读范文苑</title>
<meta name="keywords" content="开幕式讲话,农耕文化节,秧马">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/tj.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" class="topbar">⟦m 耕读范文苑——替你把材料写顺⟧</td><td align="right">⟦a <a href="#">设为首页</a> | <a href="#">收藏本苑</a> | <a href="/member/login.asp">会员登录</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">⟦d 本苑范文只作写作参考，原样照搬出了问题本苑概不负责⟧</marquee></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 首页⟧</a>　<a href="/jh/">⟦m 讲话致辞⟧</a>　<a href="/zj/">⟦m 总结汇报⟧</a>　<a href="/xd/">⟦m 心得体会⟧</a>　<a href="/fa/">⟦m 计划方案⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="720" valign="top">
<div class="weizhi">⟦m 您所在的位置：首页 &gt;&gt; 讲话致辞 &gt;&gt; 开幕致辞⟧</div>
<h1 align="center">{T}</h1>
<p align="center">县人民政府副县长　柴允和</p>
<p align="center">（2025年5月16日）</p>
<div class="info">⟦m 发布时间：2025-06-03　来源：网友投稿　浏览：<font color="red">1288</font>次⟧</div>
<div class="ziti">⟦a 【字号：放大 还原 缩小】【打印此页】【关闭窗口】⟧</div>
<div class="content">
{BODY}
</div>
<div class="page">⟦l 上一篇：在农民丰收节庆祝大会上的致辞⟧<br>⟦l 下一篇：非遗传承人座谈会主持词⟧</div>
</td>
<td width="230" valign="top" class="right">
<div class="rtit">⟦l 本栏热文⟧</div>
<ul><li>⟦l 乡村文化旅游节开幕式讲话稿⟧</li><li>⟦l 农耕博物馆开馆仪式致辞⟧</li><li>⟦l 稻田音乐节欢迎辞⟧</li></ul>
<div class="qq" style="position:fixed;right:0;top:200px">⟦w 写材料卡壳？苑内写手在线，QQ：2857310466⟧</div>
</td></tr>
</table>
<table width="960" align="center"><tr><td align="center" class="foot">⟦m Copyright 2011-2025 耕读范文苑 gengdufw.example.com　鄂ICP备11058236号⟧<br>⟦m 您是本苑第 <font color="red">3806214</font> 位访客⟧</td></tr></table>
</body>
</html>
""",
        body="""
同志们、朋友们：
初夏时节，秧田泛绿。今天，我们在畾坪镇农耕文化广场举行甽川县首届农耕文化节暨秧马展示活动。我代表县人民政府，向前来参加活动的各位来宾和乡亲们表示热烈欢迎！
秧马是我县稻作区流传了上千年的拔秧农具，形似小舟，农人跨坐其上，双脚在泥水里一蹬便能前行，省腰又省力。这次展出的一百零六件秧马，是县文化馆和各乡镇用半年时间从农户家中征集来的，最老的一件已有九十多年。⟦w 整篇讲话原稿可找写手代改，微信 gdfwy_0528⟧
⟦a 本篇属会员精选，登录后方可复制⟧
办好这次活动，一要讲好农具背后的故事，让孩子们知道一粒米从秧田到饭碗的来处；二要把征集、修复、展陈结合起来，给每件老农具建立档案；三要带动农文旅融合，把畾坪的秧田、稻作体验和农家菜连成一条线。
最后，预祝本届农耕文化节圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="fanwen-shisui-insight-porcelain-spoon-training",
        site="拾穗范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.shisuifw.example.net/xinde/peixun/73316.html",
        title="参加陶瓷餐具质量安全培训心得体会",
        record_title="参加陶瓷餐具质量安全培训心得体会（三稿择优）- 拾穗范文网",
        date=None,
        notes="a 范文 page: the title line repeats the record's decoration; an update stamp '3 天前' is no date; a "
        "collect button glued after a sentence; a members-only prompt and a ghost-writer WeChat line under the text",
        page="""
!m 拾穗范文网 · 一穗一句都是干货
!m 当前栏目：首页 ＞ 心得体会 ＞ 培训心得
!t 参加陶瓷餐具质量安全培训心得体会（三稿择优）
!m 整理：穗穗编辑　人气：2406　更新：3 天前
!a 〖全文复制〗〖存为Word〗〖收入我的素材夹〗
{BODY}
!a 第二稿、第三稿仅对会员开放，开通后一次看全
!w 写不出来别硬写，拾穗写手一对一代笔，微信：shisui_fw77
!l ◇ 同类推荐
!l 食堂从业人员食品安全培训心得
!l 学校后勤管理培训班学习体会
!d 本网范文来源于会员投稿和网络整理，仅供借鉴，请勿整篇套用。
!m ©2025 拾穗范文网 shisuifw.example.net
""",
        indent="\u3000\u3000",
        body="""
八月下旬，我参加了县市场监管局组织的陶瓷餐具质量安全培训。以前总觉得瓷勺就是一把勺子，只要不缺口、洗得干净就行，这次培训让我改变了看法。
一是懂得了“彩”里有学问。老师拿来两把花色差不多的瓷勺，一把是釉上彩，一把是釉下彩，用醋泡过之后，釉上彩那把的花纹明显发淡。⟦a 【点此收藏本段】⟧
二是懂得了铅镉溶出的风险。色彩鲜艳、手感粗糙的瓷勺，盛放酸性、高温的汤汁时，重金属更容易溶出，孩子长期使用危害更大。
三是懂得了采购和使用都要把关。回校后，我们把食堂六百多把瓷勺逐一清点，淘汰了有裂纹、掉釉的八十七把，新采购一律索要检测报告，并做好进货台账。
一把小小的瓷勺，连着孩子们的健康。今后我会把培训学到的知识用到日常管理中，守好食堂这道关。
""",
    ),
    dict(
        slug="wenku-hexia-plan-grain-rake-html-markers",
        site="禾下文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.hexiawenku.example.com/doc/7730581.html",
        title="耔禾村晒谷场谷耙等晾晒农具更新方案",
        record_title="耔禾村晒谷场谷耙等晾晒农具更新方案.docx",
        date="2025-08-20",
        notes="file-name record title; a 文库 reader whose preview pages are cut by marker paragraphs '⧀n⧁' in the "
        "middle of sentences; viewer toolbar, a monthly-card prompt and a pay box; the upload date is no date, the "
        "成文日期 under the signature is",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>耔禾村晒谷场谷耙等晾晒农具更新方案.docx - 禾下文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="/static/js/reader.min.js"></script>
<script>window.DOC_META={pages:3,format:"docx"};</script>
</head><body>
<header class="hx-head"><a class="logo" href="/">⟦m 禾下文库⟧</a> <nav><a href="/c/gw">⟦m 公文范本⟧</a> <a href="/c/nc">⟦m 三农资料⟧</a> <a href="/c/hy">⟦m 行业规范⟧</a></nav> <a class="vip" href="/vip">⟦a 开通月卡 全站任意看⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：禾下用户58213　上传日期：2025-09-02　3页　2.1万次阅读⟧</p>
<div class="viewer-bar">⟦a 放大 缩小 全屏阅读 下载原文⟧</div></div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="paywall">⟦a 后面还有1页，支付2.5元解锁完整原文⟧ <button>⟦a 扫码支付⟧</button></div>
<aside class="rel"><h4>⟦l 读过这篇的人也在看⟧</h4><ul><li>⟦l 村集体农机具管理制度.doc⟧</li><li>⟦l 秋收晒场安全管理方案.pdf⟧</li></ul></aside>
<footer>⟦d 禾下文库文档由用户上传，平台不对内容真实性负责，侵权请联系下架。⟧ ⟦m 浙ICP备20241187号⟧</footer>
</body></html>
""",
        p_html='<p class="rd-p">{}</p>',
        pages=dict(fmt="⧀{n}⧁", every=100, start=2),
        body="""
为做好今年秋粮晾晒工作，减少晒场损耗，方便群众翻晒，经村“两委”研究，决定对村集体晒谷场的谷耙、木锨、晒垫等晾晒农具进行一次集中更新，特制定本方案。
一、更新范围。村东、村西两处集体晒谷场现有谷耙四十二把，其中耙齿断裂、耙柄开裂的十九把已无法使用；晒垫破损十一张，木锨缺口六把。此次更新以谷耙为重点，新购竹制谷耙三十把、木制谷耙十把，同步补齐晒垫和木锨。
二、资金来源。所需资金约六千八百元，从村集体经济收益中列支，不向群众摊派。采购由村务监督委员会全程参与，做到货比三家、公开透明。
三、管理使用。新谷耙统一编号、烙印“耔禾村”字样，放在晒场农具房，实行借用登记，用后归还，损坏照价赔偿。
耔禾村村民委员会
2025年8月20日
""",
    ),
    dict(
        slug="wenku-tiangeng-research-threshing-tub-wrapped-markers",
        site="田埂文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.tiangengwk.example.com/p-2291704.html",
        title="关于甽川县传统禾桶制作技艺存续情况的调研报告",
        record_title="关于甽川县传统禾桶制作技艺存续情况的调研报告（全文可复制）- 田埂文库",
        date="2025-03-28",
        notes="a 文库 text hard-wrapped at 62 columns; page markers '⦮n⦯' glued to the start of the continuation line "
        "cut sentences; download-voucher prompts under the text; date under the signature",
        page="""
!m 田埂文库 ｜ 三农资料一站查
{T}
!m 文档格式：PDF　页数：4　大小：318KB　贡献者：田埂拾遗
!a ☆收藏　⇩下载（需5下载券）　⚑举报
{BODY}
!a 剩余2页未展示，领券后可继续阅读
!a 立即领券　　开通年卡
!d 田埂文库仅为网友提供文档存储与展示服务，文档内容及观点由上传者负责。
!l 相关文档推荐
!l 非物质文化遗产保护工作调研报告.pdf　5页
!l 传统木作技艺传承现状调查.docx　7页
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⦮{n}⦯", every=160, start=2, glue=True),
        body="""
禾桶是我县山区打禾脱粒的传统木制农具，方口斗身，四角加箍，一只桶要用杉木板十余块。为摸清禾桶制作技艺的存续情况，县文化馆组成调研组，于今年2月至3月走访了6个乡镇、19个行政村。现将调研情况报告如下。
一、基本情况。全县能独立完成禾桶制作的木匠仅剩11人，平均年龄68岁，最年长的84岁；近五年新制禾桶不足30只，多为民宿和研学基地订购作陈设之用。农户家中仍存禾桶约460只，其中能正常使用的不到三成。
二、主要问题。一是机械收割普及，禾桶实用需求大幅萎缩；二是老木匠收徒难，年轻人嫌手艺辛苦、收入不稳；三是杉木老料稀缺，箍桶用的竹篾和铁箍也少有人供。
三、几点建议。建议将禾桶制作技艺列入县级非遗代表性项目名录，设立传习点，对带徒艺人给予补助；结合农耕体验和研学活动开发小型禾桶模型，让老手艺有新用途。
甽川县文化馆调研组
2025年3月28日
""",
    ),
    dict(
        slug="gov-zhenchuan-notice-threshing-tub-collection-index-table",
        site="甽川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhenchuan.example.gov.cn/zwgk/tzgg/202504/t20250410_318.html",
        title="甽川县文化广电旅游局关于征集传统禾桶等稻作农具的通知",
        record_title="甽川县文化广电旅游局关于征集传统禾桶等稻作农具的通知 - 政务公开 · 通知公告 - 甽川县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="a county portal with 关怀版/读屏辅助 links and an 索引号 table whose 文号 cell is unmarked (neutral); the "
        "notice's own 联系人/电话/邮箱 and 附件 list beside the portal's attachment download links and its 纠错 line; "
        "成文日期 expected, the portal's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>甽川县文化广电旅游局关于征集传统禾桶等稻作农具的通知 - 政务公开 · 通知公告 - 甽川县人民政府</title>
<meta name="SiteName" content="甽川县人民政府"><meta name="ArticleTitle" content="甽川县文化广电旅游局关于征集传统禾桶等稻作农具的通知">
<script src="/common/js/jquery.min.js"></script><script>var siteId="zc001";</script>
</head><body>
<div class="top-links"><a href="#">⟦a 关怀版⟧</a> <a href="#">⟦a 读屏辅助⟧</a> <a href="/m/">⟦a 手机版⟧</a></div>
<div class="banner"><h2>⟦m 甽川县人民政府⟧</h2><p>⟦m 稻香甽川 · 山水宜居⟧</p></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进甽川⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11361121MB2N07215X/2025-00318⟧</td><td>⟦m 发布机构：县文化广电旅游局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-04-10⟧</td><td>⟦m 主题分类：文化、广电、旅游⟧</td></tr>
<tr><td>甽文旅〔2025〕12号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-meta">⟦m 发布日期：2025-04-10 16:22　浏览次数：<span id="views">417</span>⟧ ⟦a 【文字：大 中 小】⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：传统稻作农具征集登记表.xlsx⟧<br>⟦a 附件下载：农具捐赠协议（样本）.docx⟧</div>
<div class="art-tools">⟦a 打印本页⟧ ⟦a 关闭窗口⟧ ⟦l 分享至：微信 微博⟧</div>
<div class="related">⟦l 相关信息：县文物保护单位名录公示⟧</div>
<div class="footer"><p>⟦m 主办：甽川县人民政府办公室　承办：县政务数据服务中心⟧</p><p>⟦m 网站标识码：3607220011　赣ICP备05003872号⟧</p><p>⟦m 网站纠错及技术咨询：0797-5229100（工作日）⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为建设县农耕文化展示馆，留存稻作生产记忆，县文化广电旅游局决定面向社会征集传统禾桶及配套稻作农具。现将有关事项通知如下：
一、征集范围。重点征集新中国成立前后至上世纪八十年代使用过的禾桶、禾桶罩、打禾凳，以及谷耙、风车、秧马等稻作农具，要求来源清楚、形制基本完整。
二、征集方式。采取捐赠、借展、收购三种方式，捐赠者颁发收藏证书，并在展馆标注捐赠人姓名。
三、报送要求。请各乡镇于5月15日前摸清辖区内存量，填写附件1登记表报县文化广电旅游局文物股。
联系人：钟慧敏，电话：0797-5231468，邮箱：zcwlj_wwg@example.cn
附件：1.传统稻作农具征集登记表
2.农具捐赠协议（样本）
甽川县文化广电旅游局
2025年4月8日
""",
    ),
    dict(
        slug="gov-dangxi-bulletin-drying-ground-rakes-record",
        site="垱溪县人民政府 (invented county portal, text page)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.dangxi.example.gov.cn/bmxx/lcj/gzdt/202510/t20251015_7731.html",
        title="垱溪县粮食和物资储备局关于秋粮晒场安全检查情况的通报",
        record_date="2025-10-15",
        date="2025-10-15",
        notes="record title and date as is; a 文号 line above the text (neutral); prev/next links, the portal's address "
        "and its 找错 phone at the bottom",
        page="""
!m 垱溪县人民政府 · 政府信息公开专栏
!m 首页 / 部门信息 / 县粮食和物资储备局 / 工作动态
{T}
!m 文章来源：县粮储局　发布：2025-10-15　点击：233
!a 〔收藏〕〔打印〕〔字号：默认 加大〕
垱粮储〔2025〕27号
{BODY}
!l 【上一条】县粮储局开展粮食安全宣传周活动
!l 【下一条】关于做好2025年秋粮收购工作的通知
!m 垱溪县人民政府办公室主办　地址：垱溪县城关镇府前路1号
!m 政府网站找错：0716-7320011
""",
        body="""
各乡镇人民政府，县直有关单位：
10月9日至13日，县粮储局会同县应急管理局对全县14个乡镇的集体晒场、粮食经纪人晒场和公路沿线晒粮点开展了安全检查，现将有关情况通报如下。
一、基本情况。此次共检查晒场58处，发现问题41个，已现场整改29个。大部分乡镇能够落实晒场专人管理，堨头镇、壆下镇还为晒场统一配发了谷耙、木锨和警示锥，做法值得推广。
二、存在问题。一是部分群众在公路上晒粮，谷耙、晒垫横在车道上，存在较大安全隐患；二是个别晒场夜间无人看管，谷耙等农具随意堆放；三是两处晒场消防通道被粮堆占用。
三、整改要求。各乡镇要于10月25日前完成整改，严禁在公路上晾晒粮食；晒场农具用后要集中归位，夜间安排人员值守。
垱溪县粮食和物资储备局
2025年10月15日
""",
    ),
    dict(
        slug="news-zhenchuan-yangma-contest-captions",
        site="甽川融媒网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zcrongmei.example.cn/jrzc/2025-05/17/content_46218.html",
        title="畾坪镇办起秧马拔秧赛 六十余名农人田间比手艺",
        record_title="畾坪镇办起秧马拔秧赛 六十余名农人田间比手艺_今日甽川_甽川融媒网",
        date="2025-05-17",
        notes="a county news portal with an ad slot, a listen button and a 24-hour list; an app prompt glued before "
        "the lead's first words, a photo caption between paragraphs, an editor line glued after the last sentence; "
        "the 发布时间 byline is the page's date (the contest day inside the lead is not)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>畾坪镇办起秧马拔秧赛 六十余名农人田间比手艺_今日甽川_甽川融媒网</title>
<script>var _czc=_czc||[];</script></head><body>
<div class="topbar">⟦m 甽川融媒网⟧ ⟦m 甽川县融媒体中心主办⟧ <a href="/login">⟦a 登录⟧</a> <a href="/reg">⟦a 注册⟧</a></div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 今日甽川⟧</a> <a>⟦m 乡镇动态⟧</a> <a>⟦m 视听甽川⟧</a> <a>⟦m 专题⟧</a></nav>
<div class="ad-slot">⟦d 本广告位虚位以待 0797-5263300⟧</div>
<div class="location">⟦m 您当前的位置：首页 › 今日甽川⟧</div>
<h1>{T}</h1>
<div class="art-info">⟦m 发布时间：2025-05-17 18:06　来源：甽川融媒网⟧ <span class="listen">⟦a ▶ 听新闻⟧</span></div>
<div class="art-con">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友 朋友圈 QQ空间⟧</div>
<div class="sidebar"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 县城至畾坪公交线路5月20日起延伸⟧</li><li>⟦l 甽溪河道清淤工程完工⟧</li><li>⟦l 全县早稻插秧基本结束⟧</li></ol></div>
<footer>⟦d 甽川融媒网原创稿件，转载请注明出处⟧ ⟦m 互联网新闻信息服务许可证：36120250017⟧</footer>
</body></html>
""",
        body="""
⟦a 打开甽川融媒APP，看更多家乡新闻⟧本网讯（记者 邝小禾 通讯员 温立秋）5月16日上午，畾坪镇上垄村的秧田里热闹非凡，首届秧马拔秧比赛在这里开赛，来自全镇12个村的60余名农人骑着秧马下田，比速度、比手艺。
⟦m 图为参赛选手骑着秧马在秧田里拔秧。记者 邝小禾 摄⟧
比赛规定，每名选手在20分钟内拔秧、洗泥、捆把，以秧把数量和整齐程度计分。哨声一响，选手们双脚一蹬，秧马便在泥水中滑行向前，双手左右开弓，一把把秧苗很快捆好码在身后。
最终，上垄村68岁的黄大顺以41把的成绩夺得第一名。“骑秧马拔秧腰不酸，年轻时一天能拔七八百把。”黄大顺笑着说。⟦m 责任编辑：游晓岚⟧
""",
    ),
    dict(
        slug="news-houzhou-porcelain-spoon-export-title-line",
        site="垕州新闻在线 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.houzhou.example.cn/jj/cy/202507/t20250709_88105.html",
        title="垕州瓷勺首批出口订单在塥口装箱发运",
        record_title=None,
        date="2025-07-09",
        notes="no title in the record: the page's title line holds it; the time line under it is the page's date; "
        "a video prompt between paragraphs and a further-reading link, an editor line and a hot list under the text",
        page="""
!m 垕州新闻在线 — 垕州日报社主办
!m 新闻 > 经济 > 产业
{T}
!m 2025-07-09 07:45　来源：垕州日报　作者：程晚晴
!a 字号 A- A+　|　朗读本文　|　分享
{BODY}
!l 【延伸阅读】塥口陶瓷产业园二期开工
!m （编辑：鲁一帆　审核：沈卓）
!l 热门新闻排行
!l 1 垕州至甽川高速今年底通车
!l 2 市区新增三处口袋公园
!d 未经垕州日报社书面授权，不得转载、摘编本网作品
""",
        body="""
7月8日，在塥口区陶瓷产业园，垕州瓷安日用瓷有限公司的装箱工人正把一箱箱瓷勺搬上货柜车。这批瓷勺共24万把，将发往东南亚的餐饮连锁企业，这是该公司瓷勺产品首次批量出口。
⟦a ▷ 点开视频，看瓷勺怎样从一团泥变成成品⟧
“出口订单对铅镉溶出的要求比国内标准更严，我们花了一年时间改配方、改窑温。”公司副总经理易国栋介绍，企业去年投入三百多万元改造釉料车间，全部改用无铅釉，并新增两台隧道窑，瓷勺烧成合格率从86%提升到97%。
据塥口区陶瓷产业服务中心统计，今年上半年全区日用瓷出口额达1.7亿元，同比增长23%，其中勺、碟等小件餐具增长最快。
""",
    ),
    dict(
        slug="forum-shouzuo-ladle-rack-diy-jammer",
        site="手作铺子论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.shouzuopuzi.example.com/thread-40917-1-1.html",
        title="用旧铜管给厨房焊了个汤勺架",
        record_title="[手作晒成品] 用旧铜管给厨房焊了个汤勺架（内有步骤图）- 金工角 - 手作铺子论坛",
        date=None,
        notes="a Discuz-like thread with jammer fonts inside the post (lines and glued after 。), a rating row, a "
        "signature and replies; the post time is relative ('3 天前'): no date",
        page="""
<html><head><meta charset="utf-8">
<title>[手作晒成品] 用旧铜管给厨房焊了个汤勺架（内有步骤图）- 金工角 - 手作铺子论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style><script src="static/js/common.js?R7z"></script></head><body>
<div id="toptb">⟦m 手作铺子论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 手作铺子论坛 » 金属工艺 » 金工角 » 查看帖子⟧</div>
<div class="thread-stat">⟦m 查看：1873｜回复：26⟧</div>
<h1>⟦m [手作晒成品]⟧ <span id="thread_subject">{T}</span> ⟦m （内有步骤图）⟧</h1>
<table class="plhin"><tr><td class="pls"><div class="authi">⟦m 铜锈斑斑⟧</div><p>⟦m 金牌会员　积分 4120⟧</p></td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前｜只看该作者｜倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 5　金币 +12　理由：手艺不错⟧</div>
<div class="sign">⟦m 签名：铜是会呼吸的金属⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div></td></tr></table>
<div class="reply">⟦l 沙发｜镀锌管子：银焊条在哪买的？求链接⟧</div>
<div class="reply">⟦l 板凳｜老陈焊工：铜管别刷漆，食品级蜡油可以⟧</div>
<div id="f_pst">⟦a 登录后才能回帖，没有账号？立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5⟧ ⟦m 手作铺子论坛 沪ICP备19004712号⟧ ⟦m Processed in 0.038 second(s), 19 queries⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里原来的塑料汤勺架用了三年，底座发黄还积水，一直想换。上周末翻出装修剩下的两截紫铜管，干脆自己动手做了一个。
材料很简单：直径15毫米的紫铜管两段、铜三通两个、一块旧砧板当底座。先把铜管锯成30厘米和12厘米各两段，用砂纸把切口打磨光滑，再用银焊条焊成一个“门”字形框架，横杆上钻四个小孔，穿铜钩挂汤勺和漏勺。
最麻烦的是底座接水。我在砧板上挖了一道浅槽，下面垫一块硅胶垫，汤勺上滴下来的水顺着槽流到一头，擦起来方便。
做好以后挂了两把汤勺、一把漏勺和一个锅铲，稳稳当当。铜管用久了会氧化，打算过一阵刷一层食品级木蜡油，有经验的坛友可以说说别的办法。
""",
    ),
    dict(
        slug="forum-laomujiang-threshing-tub-repair-junk",
        site="老木匠论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.laomujiang.example.com/bbs/t-66281.html",
        title="老家禾桶散了架，请教箍桶的办法",
        record_title="[请教] 老家禾桶散了架，请教箍桶的办法（急，在线等）- 木作天地 - 老木匠论坛",
        date=None,
        notes="a woodworkers' forum thread: anti-scraping junk as lines and glued after 。; the post time is '昨天 21:07' "
        "(no date); an album notice and replies under the post",
        page="""
!m 老木匠论坛 » 木作天地 » 求助问答
!t [请教] 老家禾桶散了架，请教箍桶的办法（急，在线等）
!m 楼主：禾下听风　　回帖：14　　浏览：962
!m 发表于 昨天 21:07　　只看楼主
{BODY}
!a 本帖被版主加入「老物件修复」专辑
!l 2# 箍桶匠老易：泡水要慢，先用湿麻袋捂三天，别直接泡
!l 3# 杉木香：竹子用三年生的，冬至前后砍的篾不生虫
!a 快速回复：请先登录　|　注册新账号
!m 老木匠论坛 · 手艺人的家　｜　手机版　｜　黑名单
""",
        junk=dict(lines=2, glued=2),
        body="""
各位师傅好。老家堂屋里有一只祖父留下的禾桶，杉木的，方口，四个角包着铁皮。前几年一直放在阁楼上，今年春天搬下来才发现，底板和两块侧板之间裂开了两指宽的缝，最下面那道竹篾箍也断了。
我想把它修好，秋收时给孩子们演示一下打禾。现在有几个问题请教：一是木板干缩成这样，泡水能不能胀回去；二是竹篾箍要用几年生的毛竹，怎么破篾；三是铁皮锈得厉害，要不要拆下来除锈。
家在甽川县畾坪镇，附近要是有会箍桶的老师傅，也欢迎介绍，工钱好商量。先谢过大家了。
""",
    ),
]
