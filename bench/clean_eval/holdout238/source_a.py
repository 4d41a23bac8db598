"""holdout238, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 — each once as HTML and once as text.

Invented text (sites, counties, people, firms, numbers, URLs); see ../README.md and ../build.py
for the markup. Objects: lift call buttons, plastic crates, woven sacks, pruning shears, safety ropes.
"""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-lift-buttons-gb2312",
        site="墨耕坊范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfang.example.net/jianghua/chengjian/2024/0419/18826.html",
        title="在全县既有住宅电梯按钮适老化改造推进会上的讲话",
        record_title="【讲稿汇编】在全县既有住宅电梯按钮适老化改造推进会上的讲话（附全文下载）_墨耕坊范文网",
        date="2024-04-16",
        date_also=["2024-04-19"],
        notes="old gb2312 table page: marquee, font/background row, hot list, floating ghost-writer QQ box, visitor counter; "
        "speaker and date lines under the title (neutral); a ghost-writer prompt glued after a 。 inside the speech; page date differs",
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿汇编】在全县既有住宅电梯按钮适老化改造推进会上的讲话（附全文下载）_墨耕坊范文网</title>
<link href="/skin/css.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/count.js"></script>
</head><body bgcolor="#F4F1E8">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300" class="logo">⟦m 墨耕坊范文网⟧</td><td class="slogan">⟦m 笔下有乾坤，墨里耕春秋⟧</td>
<td align="right"><a href="#">⟦a 设墨耕坊为首页⟧</a>　<a href="#">⟦a 把墨耕坊放进收藏夹⟧</a></td></tr>
<tr><td colspan="3"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨耕坊公告：讲话稿频道每晚八点更新，老会员续费八折⟧</marquee></td></tr>
<tr><td colspan="3" class="nav">⟦m <a href="/">首页</a> | <a href="/jianghua/">讲话稿</a> | <a href="/zongjie/">总结</a> | <a href="/fangan/">方案</a> | <a href="/xinde/">心得</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="690" valign="top">
<div class="weizhi">⟦m 所在位置：<a href="/">墨耕坊范文网</a> &gt;&gt; <a href="/jianghua/">讲话稿</a> &gt;&gt; 城建住房讲话⟧</div>
<h1 align="center">{T}</h1>
<div class="info" align="center">⟦m 收录：2024-04-19　来稿：墨池散人　人气：1531⟧</div>
<div class="zihao" align="center">⟦a 【字体：放大 · 还原 · 缩小】【底色：米黄 · 护眼 · 纯白】⟧</div>
<p align="center">副县长　邝明远</p>
<p align="center">（2024年4月16日）</p>
<div class="zw">
{BODY}
</div>
<div class="xg">⟦a 【下载这篇讲话（.doc）】【发给朋友】【纠错】⟧</div>
<div class="sxp">⟦l 上一篇：在全县燃气安全专项整治动员会上的讲话⟧<br>⟦l 下一篇：在城区老旧小区改造现场观摩会上的讲话⟧</div>
</td>
<td width="20"></td>
<td width="250" valign="top">
<table width="100%" class="hot"><tr><td class="t">⟦l 墨耕坊讲话稿热榜⟧</td></tr>
<tr><td>⟦l 1. 在物业服务提质年活动启动会上的讲话⟧</td></tr>
<tr><td>⟦l 2. 住建系统作风建设大会讲话稿⟧</td></tr>
<tr><td>⟦l 3. 在加装电梯工作推进会上的表态发言⟧</td></tr></table>
<div id="qqfloat" style="position:fixed;right:8px;top:260px">⟦w 代拟讲话稿 · 扣扣 2870631154 · 晚十点前回复⟧</div>
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td align="center">
⟦d 墨耕坊所收范文多为会员投稿，仅供学习参考，照抄照搬后果自负。⟧<br>
⟦m 墨耕坊范文网　湘ICP备17038254号　站长信箱：mogeng_fw@example.net⟧<br>
⟦m 您是本站第 0027813 位访客⟧
</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:200%">{}</p>',
        body="""
同志们：
今天召开这次推进会，主要是部署全县既有住宅电梯按钮适老化改造工作。去年以来，县住建局对城区212台住宅电梯逐台摸底，发现按钮字迹磨损、位置偏高、没有盲文标识的占到四成以上，老年人和残疾人乘梯很不方便。
一要明确改造标准。每台电梯的外呼按钮和轿厢按钮都要加装盲文和凸起数字，轿厢内增设一排低位按钮，离地高度控制在90至110厘米。⟦w 讲话稿代写、材料润色请加扣扣2870631154⟧
二要压实各方责任。住建部门负责技术把关，街道社区负责征求住户意见，维保单位负责施工和调试，做到改一台、验一台、交一台。
三要守住安全底线。改造期间必须设置警示标志，施工人员持证上岗，任何单位不得为了赶进度简化验收程序。
同志们，一个按钮虽小，连着的是群众上下楼的大事。希望大家把这件实事办好办实，确保9月底前全部完成改造任务。
""",
    ),
    dict(
        slug="fanwen-qiushu-insight-pruning-title-line",
        site="秋树文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.qiushuwy.example.com/xinde/peixun/70315.html",
        title="参加园林绿化修剪技能培训心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line carries a 〖优〗 tag; no date (only an upload stamp and 2 天前); "
        "a member-unlock line between paragraphs; a share prompt glued after the last 。",
        page="""
!m 秋树文苑 · 心得体会频道
!m 位置：文苑首页 ▷ 心得体会 ▷ 培训心得
!t 〖优〗参加园林绿化修剪技能培训心得体会
!m 投稿：青杉子　　更新于 2 天前　　热度 688
!a 复制全文需先登录　|　一键生成Word
{BODY}
!l 同类心得：
!l · 参加绿化养护班组长培训有感
!l · 园林工人技能比武心得（三篇）
!l · 新入职绿化工岗前培训体会
!d 秋树文苑文章均由网友投稿，仅供参考学习，请勿直接用于正式场合。
!m 秋树文苑 m.qiushuwy.example.com　闽ICP备20061177号
""",
        indent="\u3000\u3000",
        body="""
10月中旬，我参加了市园林局组织的为期五天的绿化修剪技能培训。以前我总觉得修剪就是“咔嚓几下”，这次培训让我真正认识到其中的门道。
第一是工具要用对。老师把修枝剪、高枝剪和手锯摆在一起讲，直径两厘米以下的枝条用修枝剪，再粗就要换锯，硬剪不但伤刀口，还会把枝条夹裂。
⟦a 本篇剩余三段，开通文苑会员即可阅读全文⟧
第二是剪口要讲究。剪口要在芽的上方约半厘米，斜面朝芽的背面，这样雨水不会积在芽上。
第三是安全不能马虎。每天收工要把修枝剪擦干上油、合上锁扣，传递时刀口朝向自己。
五天学下来，我最大的体会是：手里的剪子虽小，剪下去的却是一棵树几年的长势。⟦l 觉得有用？转给同事一起看⟧
""",
    ),
    dict(
        slug="wenku-moxia-plan-crates-marker-paragraphs",
        site="墨匣文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.moxiawenku.example.com/p/5520913847.html",
        title="碇川县农产品批发市场周转箱循环共用实施方案",
        record_title="碇川县农产品批发市场周转箱循环共用实施方案（定稿·可编辑）- 墨匣文库",
        date="2024-06-03",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⏏ n ⏏ cutting sentences, a monthly-card lock and pay box, "
        "decimal headings 1.1–3.2, 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>碇川县农产品批发市场周转箱循环共用实施方案（定稿·可编辑）- 墨匣文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.moxiawenku.example.com/reader.min.js"></script>
</head><body>
<header class="mx-top"><a class="logo" href="/">⟦m 墨匣文库⟧</a>
<form class="search"><input type="text" placeholder="搜文档、搜资料"><button type="submit">⟦a 搜一下⟧</button></form>
<a class="vip" href="/card">⟦a 办墨匣月卡，海量文档随心下⟧</a> <a href="/login">⟦a 登录 · 注册新号⟧</a></header>
<nav class="crumb">⟦m 墨匣文库 › 行业资料 › 商贸物流 › 实施方案⟧</nav>
<main class="reader">
<div class="doc-head"><h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：山茶斋主　｜　格式：DOCX　｜　页数：3页　｜　浏览 947 次⟧</div>
<div class="viewer-bar">⟦a 适合页面 ｜ 放大 ｜ 缩小 ｜ 全屏阅读 ｜ 加入书架⟧</div></div>
<div class="doc-pages">
{BODY}
</div>
<div class="lock-mask">⟦a 本文档剩余内容已锁定，开通月卡或支付2.8元解锁⟧</div>
<div class="pay-box"><button>⟦a 立即支付下载⟧</button> <button>⟦a 用月卡免费下⟧</button></div>
</main>
<aside class="rec"><h3>⟦l 看过本文的人还在看⟧</h3>
<ul><li>⟦l 县城农贸市场提升改造工作方案⟧</li><li>⟦l 果蔬冷链物流标准化建设实施意见⟧</li><li>⟦l 塑料周转箱清洗消毒操作规程⟧</li></ul></aside>
<footer>⟦d 墨匣文库为用户上传文档提供存储与展示，若文档侵犯您的权利，请提交申诉。⟧<br>⟦m © 墨匣文库 浙ICP备21047726号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⏏ {n} ⏏", every=150, start=2),
        body="""
为减少一次性纸箱和泡沫箱使用，降低果蔬流通损耗，结合我县实际，制定本方案。
1 工作目标
1.1 2024年底前，县农产品批发市场蔬菜、水果摊位的周转箱使用率达到六成以上。
1.2 建成周转箱清洗消毒中心一处，日清洗能力不少于八千只。
2 主要措施
2.1 统一标准。市场内统一使用可折叠塑料周转箱，箱体印有编号和溯源二维码，便于追踪每只箱子的流向。
2.2 押金循环。商户按每只十五元缴纳押金领用，退箱时凭编号全额退还，丢失或损坏的照价赔偿。
2.3 集中清洗。周转箱回收后由清洗中心统一清洗、消毒、晾干，再投放到各配送点，不得把未清洗的箱子直接装菜。
3 保障措施
3.1 县商务局牵头协调，市场监管、农业农村部门配合做好督导检查。
3.2 县财政对首批采购的三万只周转箱给予一半补助。
碇川县商务局
2024年6月3日
""",
    ),
    dict(
        slug="wenku-liuli-survey-ropes-wrapped-markers",
        site="琉璃文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://doc.liuliwd.example.cn/view/0c7e3a91.html",
        title="关于全市建筑工地高处作业安全绳使用情况的调研报告",
        record_title="关于全市建筑工地高处作业安全绳使用情况的调研报告.pdf",
        date="2024-08-27",
        notes="a 文库 preview dump: hard-wrapped at 60 columns, page markers ⧨n⧨ glued to the continuation line; "
        "file-name record title; 成文日期 under the signature; a preview-end prompt at the bottom",
        page="""
!m 琉璃文档 — 专业文档分享平台
!t 关于全市建筑工地高处作业安全绳使用情况的调研报告.pdf
!m 文档大小：486KB　共5页　贡献者 jzaq_lin
!a 试读前2页　｜　下载本文档（需8琉璃币）
{BODY}
!a 前2页试读完毕，后续内容请下载原文后阅读
!l 你可能还需要：高处坠落事故警示教育材料.pptx　安全带安全绳进场验收表.xls
!d 琉璃文档不对用户上传内容的准确性负责，如有异议请联系平台。
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⧨{n}⧨", every=110, start=2, glue=True),
        body="""
为掌握建筑工地高处作业人员安全绳配备和使用情况，市住建局安全监督站于7月组成调研组，随机抽查了笮城市在建工地23个，访谈作业人员186人。现将情况报告如下。
一、基本情况
被查工地均配备了安全带和安全绳，但有9个工地的部分安全绳超过使用年限，有6个工地未设置专用挂点，工人只能把安全绳挂在脚手架横杆上。
二、存在问题
一是进场把关不严，部分安全绳无合格证和检验报告；二是日常检查流于形式，绳体磨损、锁扣变形的仍在使用；三是培训不到位，三成受访工人说不清安全绳“高挂低用”的要求。
三、几点建议
建议建立安全绳进场登记和定期报废制度，由项目安全员每天班前检查，并把挂点设置纳入专项施工方案审查。
笮城市住房和城乡建设局安全监督站
2024年8月27日
""",
    ),
    dict(
        slug="gov-zuocheng-notice-woven-sacks-index-table",
        site="笮城市炻湖区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.shihu.example.gov.cn/zwgk/tzgg/202405/t20240515_41207.html",
        title="关于开展农资编织袋回收处置工作的通知",
        record_title="关于开展农资编织袋回收处置工作的通知｜区农业农村局｜炻湖区人民政府",
        date="2024-05-13",
        date_also=["2024-05-15"],
        notes="a district portal with 关怀模式/读屏/繁體 links, an index table (索引号 and dates marked, the 文号 cell neutral), "
        "the notice's own 联系人/电话 beside the portal's 纠错 line and 12345; 附件 list, 抄送 and 印发 lines; the page's date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展农资编织袋回收处置工作的通知｜区农业农村局｜炻湖区人民政府</title>
<meta name="SiteName" content="炻湖区人民政府">
<script src="/common/js/jquery.min.js"></script>
</head><body>
<div class="gov-top"><span>⟦m 笮城市炻湖区人民政府门户网站⟧</span>
<a href="#">⟦a 关怀模式⟧</a> <a href="#">⟦a 读屏⟧</a> <a href="#">⟦a 繁體⟧</a> <a href="/wza">⟦a 无障碍辅助⟧</a></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进炻湖⟧</li></ul>
<div class="pos">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11420105MB1K27-2024-00318⟧</td><td>⟦m 发布机构：炻湖区农业农村局⟧</td></tr>
<tr><td>炻农发〔2024〕11号</td><td>⟦m 发布日期：2024-05-15⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-tools">⟦a 字号：大 ｜ 中 ｜ 小⟧　⟦a 打印此页⟧　⟦a 关闭本页⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-share">⟦l 分享：微信 ｜ 微博 ｜ QQ空间⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 炻湖区废旧农膜回收利用实施办法⟧</li><li>⟦l 关于开展春季农资打假专项行动的通知⟧</li></ul></div>
<div class="gov-foot">⟦m 主办：笮城市炻湖区人民政府办公室　承办：区大数据服务中心⟧<br>
⟦m 网站纠错电话：0715-3362018　政务服务便民热线：12345⟧<br>
⟦m 鄂ICP备05011947号　鄂公网安备42010502001863号⟧</div>
</body></html>
""",
        body="""
各街道办事处、区直有关单位：
化肥、种子用过的编织袋散落在田间地头，既影响村容村貌，又容易被焚烧污染空气。为做好农资编织袋回收处置，现将有关事项通知如下。
一、各街道在每个行政村设置一个编织袋回收点，由村保洁员负责收集、捆扎和登记。
二、农资经营门店实行“卖一收一”，农户交回编织袋的，每条抵扣购物款0.1元。
三、回收的编织袋由区供销社统一转运到再生资源企业处理，严禁就地焚烧或填埋。
联系人：区农业农村局科教股　宋雨禾，电话：0715-3361427。
附件：1.农资编织袋回收点设置汇总表
2.农资编织袋回收登记台账
炻湖区农业农村局
2024年5月13日
抄送：区生态环境分局，区供销合作社。
炻湖区农业农村局办公室　2024年5月13日印发
""",
    ),
    dict(
        slug="gov-qinyang-notice-lift-buttons-spotcheck-wrapped",
        site="檎阳县市场监督管理局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://scjg.qinyang.example.gov.cn/xxgk/ccgg/202409/t20240911_8810.html",
        title="关于电梯外呼按钮及轿厢操纵盘产品质量监督抽查结果的通告",
        date="2024-09-10",
        date_also=["2024-09-11"],
        notes="record title as is; a county bureau's text page hard-wrapped at 56 columns; a data table one row a paragraph "
        "(cells apart by ideographic spaces); the 文号 line neutral; 成文日期 under the signature; the page's date differs",
        page="""
!m 檎阳县市场监督管理局　信息公开专栏
!m 首页 ＞ 信息公开 ＞ 抽查公告
{T}
檎市监告〔2024〕7号
!m 发布日期：2024-09-11　信息来源：质量监督股　阅读次数：413
{BODY}
!a 【打印正文】【关闭本窗口】
!m 檎阳县市场监督管理局版权所有　联系电话：0736-5218600
!m 投诉举报请拨打12315
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
根据年度监督抽查计划，我局于7月至8月对全县在用住宅电梯配套的外呼按钮和轿厢操纵盘产品开展了质量监督抽查，共抽查12家维保单位库存的产品20批次，发现不合格产品3批次。现将结果通告如下：
产品名称　生产企业　不合格项目
外呼按钮　笮城恒升电梯配件厂　按压寿命
轿厢操纵盘　檎阳县鼎步机电有限公司　盲文标识
外呼按钮　桡溪县迅梯科技有限公司　绝缘电阻
对抽查不合格的产品，我局已依法责令相关企业停止销售、查明原因、限期整改，并将依法进行后续处理。
檎阳县市场监督管理局
2024年9月10日
""",
    ),
    dict(
        slug="news-raoxi-pruning-shears-column-caption",
        site="桡溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.raoxinews.example.cn/shehui/2024-11/06/content_66120.html",
        title="园林师傅进社区　免费为居民磨修枝剪",
        record_title="〔民生〕园林师傅进社区　免费为居民磨修枝剪 — 桡溪新闻网",
        date="2024-11-06",
        notes="a decorated record title (column prefix, site suffix), the <h1> plain; a county news page with an ad slot, a listen button, a photo caption between paragraphs, "
        "an editor line glued after the last 。; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔民生〕园林师傅进社区　免费为居民磨修枝剪 — 桡溪新闻网</title>
<script>window._adq = [];</script></head><body>
<div class="top-bar">⟦m 桡溪新闻网 · 桡溪县融媒体中心主办⟧ <a href="/app">⟦a 下载桡溪新闻客户端⟧</a></div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 时政⟧</a> <a>⟦m 社会⟧</a> <a>⟦m 乡镇⟧</a> <a>⟦m 视听⟧</a></nav>
<div class="ad-slot">⟦m 广告⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-11-06 10:24　来源：桡溪县融媒体中心　记者：宁晓川⟧</div>
<div class="listen"><button>⟦a 听新闻⟧</button></div>
<div class="content">
{BODY}
</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 桡滩镇柑橘进入采摘季⟧</li><li>⟦l 县城新增两处口袋公园⟧</li><li>⟦l 冬季供暖管网开始试压⟧</li></ol></aside>
<footer>⟦d 凡注明“来源：桡溪县融媒体中心”的稿件，未经书面授权不得转载。⟧<br>⟦m 桡溪县融媒体中心版权所有　湘ICP备19007432号⟧</footer>
</body></html>
""",
        body="""
11月5日上午，桡溪县园林绿化所的三位老师傅来到桡滩镇柑园社区，在社区广场摆开磨刀石，免费为居民打磨修枝剪。
不到十点，前来排队的居民就有四十多人。退休教师谢大爷带来一把用了十多年的修枝剪，刃口已经卷了，师傅拆开清洗、重新开刃，再装上新弹簧，一剪下去，手指粗的月季枝应声而断。
⟦m 图为园林所师傅为居民打磨修枝剪（宁晓川　摄）⟧
师傅们还现场教大家保养方法：用完擦净树汁，刃口薄涂一层机油，不用时合上锁扣，放在孩子够不着的地方。
据了解，县园林绿化所今年已在8个社区开展此类活动，共磨修工具600余件。⟦m 责任编辑：卢青青⟧
""",
    ),
    dict(
        slug="news-dinggang-wind-farm-ropes-app-glued",
        site="椗港日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.dinggangdaily.example.com/jj/202407/22/t20240722_30516.html",
        title="风机叶片检修前，先给安全绳“体检”",
        record_title="风机叶片检修前，先给安全绳“体检”",
        record_date="2024-07-22",
        date="2024-07-22",
        notes="record title and date as is; an app prompt glued before the lead; a photo caption on its own line; "
        "a reprint notice and a related list at the bottom",
        page="""
!m 椗港日报网 > 经济 > 产业观察
{T}
!m 2024年07月22日 08:15　来源：椗港日报　作者：戚安澜
!a 分享到：朋友圈 ｜ 微博 ｜ 复制链接
⟦a 打开椗港日报APP，阅读体验更佳⟧{BODY}
!d 本文为椗港日报原创，转载请联系本报新媒体部取得授权。
!l 相关阅读
!l 海上风电运维船首航
!l 我市风电装机容量突破百万千瓦
""",
        body="""
7月21日清晨，椗港镇海湾风电场的检修班组没有急着爬风机，而是先把十几根安全绳在草地上一字排开。
“绳子是命根子，检查不过关，谁也不准上塔。”班长蔡永生一边说，一边逐段捏过绳体，查看有没有断股、起毛和烧伤痕迹。
⟦m 图：检修人员在登塔前逐段检查安全绳⟧
据介绍，风电场去年起推行安全绳“一绳一码”管理，每根绳子都有编号，记录出厂日期、使用次数和检查结果，达到报废条件的当场剪断，防止混用。
今年以来，该风电场已完成42台风机的叶片检修，没有发生一起高处坠落事件。
""",
    ),
    dict(
        slug="forum-mujiang-pruning-spring-jammer-html",
        site="木匠铺子工具论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.mujiangpuzi.example.com/thread-30871-1-1.html",
        title="修枝剪弹簧断了，自己换了一根，记录一下过程",
        record_title="〔动手记〕修枝剪弹簧断了，自己换了一根，记录一下过程（附拆装图） - 园艺工具 - 木匠铺子论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk glued and on lines, a rating row, a signature, replies; "
        "发表于 3 天前 and an edit stamp are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>〔动手记〕修枝剪弹簧断了，自己换了一根，记录一下过程（附拆装图） - 园艺工具 - 木匠铺子论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb">⟦m 木匠铺子论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 木匠铺子 › 工具大厅 › 园艺工具 › 查看帖子⟧</div>
<div class="ts"><h1 id="thread_subject">{T}</h1> ⟦a [复制本帖地址]⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 老榫头⟧<br>⟦m 铁匠学徒　积分 860⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="pstatus">⟦m 本帖最后由 老榫头 于 昨天 21:40 编辑⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 4　铜钱 +12　收起理由：实用，学习了⟧</div>
<div class="sign">⟦m 手艺人不靠嘴，靠手上的茧。⟧</div>
<div class="po">⟦a 回复　支持(9)　反对(0)　收藏⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　刨花儿：楼主手真巧，我那把也断过弹簧⟧</div>
<div class="reply">⟦l 板凳　竹篱笆：弹簧在哪儿买的，求个型号⟧</div>
<div id="f_pst">⟦a 登录后才能发表回复⟧</div>
<div id="ft">⟦m 木匠铺子论坛 Powered by Discuz! X3.4　皖ICP备18064410号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里那把修枝剪用了五年，上周剪葡萄藤的时候“啪”一声，中间的弹簧断成了两截。
拆开一看，是常见的卷簧，断口发黑，应该是长期没上油生锈了。我量了一下，外径九毫米，长三厘米左右，去五金店花两块钱买了一根差不多的。
换的时候先松开中间的螺丝，把两片剪刃分开，清掉里面的锈和树胶，再把新弹簧两头卡进槽里，最后拧紧螺丝，别拧太死，不然开合发涩。
装好试了几下，回弹很利索。顺手把刃口在油石上磨了磨，现在剪月季枝一点不费劲。
提醒一句：拆的时候弹簧容易蹦出来，最好戴个手套，脸别凑太近。
""",
    ),
    dict(
        slug="forum-caiyuan-crates-balcony-junk-text",
        site="菜园子生活论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.caiyuanzi.example.net/forum/viewthread.php?tid=112904",
        title="用旧周转箱在阳台种菜一年，说说优缺点",
        record_title="[阳台种菜] 用旧周转箱在阳台种菜一年，说说优缺点（新手慎入）- 都市菜园版 - 菜园子论坛",
        date=None,
        notes="a forum thread as text: junk lines and junk glued after 。; views/replies line; replies and a login prompt; "
        "昨天 and 3 天前 are no dates",
        page="""
!m 菜园子生活论坛 » 都市菜园版 » 正文
!m 浏览 2318 ｜ 回复 27
!t [阳台种菜] 用旧周转箱在阳台种菜一年，说说优缺点（新手慎入）
!m 楼主：南窗种豆　发表于 昨天 20:13　｜　只看楼主
{BODY}
!a 顶一下　收藏本帖　举报
!l 2楼　番茄炒蛋 发表于 昨天 21:02：我也用的周转箱，底下垫了砖
!l 3楼　青椒小王 发表于 3 天前：请问箱子在哪买的
!a 登录菜园子，参与讨论
!m 菜园子生活论坛 © 2009-2024
""",
        junk=dict(lines=2, glued=2),
        body="""
去年从菜市场收了六个淘汰的塑料周转箱，一个五块钱，拿回来在阳台种了一年菜，今天来交个作业。
先说优点：一是结实，装满土也不变形，搬来搬去很方便；二是底部和四周本来就有孔，透气排水都好，基本没烂过根；三是便宜，比买种植箱省了一大半。
再说缺点：孔太多，浇水时土会从侧面漏出来，我后来在箱子里铺了一层无纺布才解决。另外箱子是深灰色的，夏天晒得发烫，叶菜长得慢。
总的来说，种小葱、菠菜、生菜这类浅根菜很合适，番茄、辣椒就要选深一点的箱子。
最后提醒：别用装过化工品的周转箱，洗不干净的话菜也不敢吃。
""",
    ),
]
