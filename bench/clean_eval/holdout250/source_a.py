"""holdout250, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="fanwen-qingjian-speech-yangge-fan-gala",
        site="青笺范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qingjian365.net/jianghua/wenhua/2024/0926/11852.html",
        title="在苒溪县第五届“丰年乐”秧歌汇演开幕式上的讲话",
        record_title="【致辞宝典】在苒溪县第五届“丰年乐”秧歌汇演开幕式上的讲话（稍作修改即可上台）_青笺范文网",
        date="2024-09-20",
        date_also=["2024-09-26"],
        notes=(
            "old gb2312 table layout with a marquee, a font/background row, a floating QQ box, a hot list and a "
            "visitor counter; date under the speech title, the page's posting date also accepted; speaker line "
            "neutral; a ghost-writer id glued after a 。 and a member line between paragraphs"
        ),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞宝典】在苒溪县第五届“丰年乐”秧歌汇演开幕式上的讲话（稍作修改即可上台）_青笺范文网</title>
<script language="javascript" src="/js/qj_count.js"></script>
<script>function qjFont(n){document.getElementById('qjtxt').style.fontSize=n+'px';}</script>
<style>td{font-size:12px}.qq{position:fixed;right:6px;top:220px}</style>
</head><body bgcolor="#f7f3ea">
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220"><a href="/">⟦m 青笺范文网⟧</a></td>
<td><marquee scrollamount="3">⟦m 青笺范文网每天上新讲话、总结、心得三百篇，写材料不再熬通宵⟧</marquee></td>
</tr><tr><td colspan="2" class="nav">
⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/zhuchi/">主持串词</a>⟧
</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 你的位置：青笺范文网 → 领导讲话 → 文化活动讲话 → 正文⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 来源：会员投稿　　录入：青笺小编　　日期：2024-09-26　　人气：1493⟧</div>
<div align="center">⟦a 【字号：大 中 小】【底色：米黄 淡绿 默认】【关闭本页】⟧</div>
<div id="qjtxt">
<p align="center">（2024年9月20日）</p>
<p align="center">县委常委、宣传部部长　闻惠兰</p>
{BODY}
</div>
<div class="fy">⟦l 上一篇：在全县农民丰收节庆祝活动上的致辞⟧<br>⟦l 下一篇：在社区广场舞展演活动上的讲话⟧</div>
</td><td width="250" valign="top">
<table class="box"><tr><td><b>⟦l 本周点击排行⟧</b></td></tr>
<tr><td>⟦l ·在文化惠民演出季启动仪式上的讲话⟧</td></tr>
<tr><td>⟦l ·乡村春晚开幕致辞（三篇）⟧</td></tr>
<tr><td>⟦l ·非遗展演活动主持词⟧</td></tr></table>
</td></tr></table>
<div class="qq">⟦w 材料加急？在线QQ：2877063154⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦d 本站文章均由网友提供或从网络收集，仅供写作参考，请勿原文照搬。⟧<br>
⟦m 青笺范文网 www.qingjian365.net　滇ICP备15073208号⟧<br>
⟦m 您是第 0683217 位来访者⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们、朋友们：
金秋九月，稻谷飘香。今天，第五届“丰年乐”秧歌汇演在葸坪镇文化广场开幕了。我代表县委宣传部，向前来参演的38支秧歌队、1200多名演员表示热烈欢迎！
秧歌是苒溪乡亲最喜爱的文艺形式。一把红绸扇，一条彩腰带，锣鼓一响，男女老少就扭了起来。这些年，县文化馆为各村秧歌队送去新扇子2600多把，培训骨干460人次，不少村的队伍从七八个人发展到四五十人。⟦w 讲话稿量身定制，加V：qj_fw2024⟧
⟦a 本页只显示前半部分，登录青笺会员看全文⟧
本届汇演为期三天，设传统秧歌、创新秧歌、少儿秧歌三个组别。希望各参演队伍赛出水平、演出风采，也希望葸坪镇和各有关部门做好安全保障和后勤服务，让群众看得开心、看得安心。
最后，预祝汇演圆满成功！祝大家五谷丰登、生活红火！
""",
    ),
    dict(
        slug="fanwen-maiduo-insight-scale-pan-verification",
        site="麦垛文苑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.maiduo-wy.com/xinde/peixun/40317.html",
        title="参加计量器具检定业务培训的心得体会",
        record_title="参加计量器具检定业务培训的心得体会（范文精粹）- 麦垛文苑",
        date=None,
        notes=(
            "decorated record title; no date (an update stamp in relative time); a ghost-writer line glued after a "
            "。 and a points prompt between paragraphs; related list and disclaimer below"
        ),
        page="""
!m 麦垛文苑 · 心得体会频道
!m 位置：文苑首页 » 心得体会 » 培训心得
{T}
!m 整理：垛垛　更新于 3 天前　热度 1806
!a ［复制本篇］［存为docx］［放进书架］
{BODY}
!l 看过这篇的人还看了：
!l 计量监督抽查工作总结（二篇）
!l 市场监管所所长个人述职报告
!d 本文系网友投稿整理，文责自负；如涉及侵权，请联系站长删除。
!m 麦垛文苑 maiduo-wy.com　陇ICP备20018836号
""",
        indent="\u3000\u3000",
        body="""
五月下旬，我参加了市计量测试所举办的计量器具检定业务培训班，系统学习了非自动衡器检定规程，跟着老师傅在实训室里一台一台地校秤。
这次培训让我印象最深的是秤盘。过去我以为秤准不准只看传感器，可实训时老师傅把一枚小磁片贴在电子秤秤盘底下，读数立刻多出几十克，我们几个学员谁也没看出来。⟦w 各类心得代写，微信：maiduo_xd⟧
⟦a 剩余内容需消耗2个麦粒查看⟧
老师傅说，杆秤的秤盘也一样，盘底挖空、加厚或者换一根短的秤盘绳，都能让秤“变心”。检定时不能只看示值，还要把秤盘翻过来看、拿在手里掂、和标准砝码比。
回到所里，我把学到的方法整理成一张检查卡，下市场时随身带着。今后我要把这次培训的收获用到日常检查中，让群众买得明白、吃得放心。
""",
    ),
    dict(
        slug="wenku-chengye-research-lion-head-makers",
        site="澄页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.chengyewenku.com/view/5e71c09a2d.html",
        title="关于莜川县狮头扎制技艺传承情况的调研报告",
        record_title="关于莜川县狮头扎制技艺传承情况的调研报告（完整版）- 澄页文库",
        date="2024-06-18",
        notes=(
            "文库 reader with a viewer toolbar and a paywall; page markers ◤ n ◥ as paragraphs between the halves "
            "of cut paragraphs; date under the signature; upload stamp is no date"
        ),
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>关于莜川县狮头扎制技艺传承情况的调研报告（完整版）- 澄页文库</title>
<script src="https://static.chengyewenku.com/reader/v3/reader.min.js"></script>
<script>window.CY_DOC={docId:"5e71c09a2d",pages:7,free:3};</script>
</head><body>
<header class="cy-top"><a class="logo" href="/">⟦m 澄页文库⟧</a>
<nav><a href="/c/report">⟦m 报告总结⟧</a><a href="/c/plan">⟦m 计划方案⟧</a><a href="/c/edu">⟦m 教育资料⟧</a></nav>
<a class="vip" href="/vip">⟦a 开澄页年卡，全站文档随便下⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：cy_用户58210　上传时间：2024-07-02　共7页　阅读量 2.4k⟧</p>
<div class="toolbar">⟦a 放大　缩小　全屏阅读　目录⟧</div></div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall"><p>⟦a 试看的3页已经读完，余下4页购买后继续⟧</p><button>⟦a 6.8元购买本篇⟧</button></div>
<aside><h4>⟦l 同类文档推荐⟧</h4><ul>
<li>⟦l 非遗传承人现状调查报告⟧</li><li>⟦l 传统手工艺保护利用调研材料⟧</li></ul></aside>
<footer>⟦d 文档为用户上传，澄页文库仅提供在线阅读与存储服务，如有侵权请联系删除。⟧<br>⟦m 浙ICP备22034175号-3⟧</footer>
</body></html>
""",
        p_html='<p class="cy-line">{}</p>',
        pages=dict(fmt="◤ {n} ◥", every=100, start=2),
        body="""
为摸清我县狮头扎制技艺的传承现状，今年4月至5月，县文化馆组成调研组，走访了垓湾、洎阳两镇的9家狮头作坊和3所开设舞狮课程的学校。现将调研情况报告如下。
一、基本情况。全县现有狮头作坊9家，从业人员41人，其中60岁以上的有23人。一个传统狮头要经过扎骨架、糊纸、上色、装毛等二十多道工序，熟练师傅一个月只能做四五个。
二、存在问题。一是后继乏人，35岁以下的学徒只有6人；二是竹篾、兔毛等材料价格上涨，作坊利润偏薄；三是部分作坊改用塑料模压狮头，老手艺有失传之虞。
三、几点建议。建议将狮头扎制列入县级非遗代表性项目，设立传习补贴，推动作坊与学校舞狮队结对，订单优先向本地作坊倾斜。
莜川县文化馆调研组
2024年6月18日
""",
    ),
    dict(
        slug="wenku-text-sleeve-cover-plan-wrapped-markers",
        site="书栈文库 (invented, text preview)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://m.shuzhanwk.cn/p-3390127.html",
        title="食品车间员工防护套袖清洗与更换管理方案",
        record_title="【车间管理】食品车间员工防护套袖清洗与更换管理方案（附登记表）",
        date="2025-03-06",
        notes=(
            "text preview hard-wrapped at 62 columns; page markers ⌍n⌎ glued to the start of the continuation "
            "line; date under the signature; score and download prompts around"
        ),
        page="""
!m 书栈文库 > 企业管理 > 生产管理
!t 【车间管理】食品车间员工防护套袖清洗与更换管理方案（附登记表）
!m 4页　|　文档评分 4.6　|　贡献于 2025-03-11
!a 下载券兑换　|　加入文件夹　|　分享给好友
{BODY}
!a 还有1页未展示，下载到本地查看完整内容
!a 本文档需 3 张下载券　　立即下载
!l 相关文档：车间卫生管理制度　工作服清洗消毒规程
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⌍{n}⌎", every=100, start=2, glue=True),
        body="""
为落实食品生产卫生规范，防止员工袖口污染产品，结合我公司熟食车间实际，制定本方案。
一、适用范围。本方案适用于熟食车间、包装车间全体一线员工及进入车间的管理人员。
二、配发标准。每人配发白色防水套袖3副，轮换使用；破损、开线或松紧带失去弹性的，到车间主任处以旧换新。
三、清洗要求。套袖每班下班后交洗衣房统一清洗，经80℃热水浸泡消毒、烘干后分装，次日班前领取，严禁带回家中自行清洗。
四、检查考核。品管员每日班前检查套袖佩戴情况，发现未戴、反戴或套袖有明显污渍的，当班扣罚并登记。
埴湖县鲜禾食品有限公司生产部
2025年3月6日
""",
    ),
    dict(
        slug="gov-kuaishui-bulletin-scale-pan-check-html",
        site="郐水县人民政府 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.kuaishui.gov.example.cn/zwgk/zfxxgk/scjgj/202407/t20240717_88316.html",
        title="关于全县农贸市场计价秤秤盘专项检查情况的通报",
        record_title="关于全县农贸市场计价秤秤盘专项检查情况的通报-执法监督栏目-郐水县政府网",
        date="2024-07-15",
        date_also=["2024-07-17"],
        notes=(
            "county portal with an elder-mode/accessibility row, an index table (the 文号 cell unmarked), a "
            "correction line and 12345; a results table one row a paragraph; the bureau's own contact and 附件 "
            "list stay; the document's date under the signature, the portal's date also accepted"
        ),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>关于全县农贸市场计价秤秤盘专项检查情况的通报-执法监督栏目-郐水县政府网</title>
<meta name="ArticleTitle" content="关于全县农贸市场计价秤秤盘专项检查情况的通报">
<script src="/js/jquery-1.12.4.min.js"></script><script src="/js/ks_fontsize.js"></script>
</head><body>
<div class="ks-top"><span>⟦m 今天是：<em id="today"></em>⟧</span>
<a href="/elder/">⟦a 长者浏览⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a> <a href="/login">⟦a 政务服务登录⟧</a></div>
<div class="ks-banner">⟦m 郐水县人民政府⟧</div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进郐水⟧</li></ul>
<div class="ks-path">⟦m 您的当前位置：首页 ＞ 政务公开 ＞ 部门信息公开 ＞ 县市场监管局 ＞ 执法监督⟧</div>
<table class="ks-idx">
<tr><td>⟦m 索引号：11320917MB1C27405X/2024-00316⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：郐水县市场监督管理局⟧</td><td>⟦m 成文日期：2024-07-15⟧</td></tr>
<tr><td>郐市监〔2024〕31号</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1 class="ks-title">{T}</h1>
<div class="ks-info">⟦m 发布日期：2024-07-17　信息来源：县市场监管局　浏览次数：742⟧　⟦a 【大 中 小】【打印本页】⟧</div>
<div class="ks-article">
{BODY}
</div>
<div class="ks-share">⟦l 转发到：微信 微博 QQ空间⟧</div>
<div class="ks-jc">⟦m 发现本页内容有误？请拨打纠错电话 0517-86230000⟧</div>
<div class="ks-foot">⟦m 主办：郐水县人民政府办公室　网站标识码：3209170003⟧<br>⟦m 苏ICP备05041826号　苏公网安备32091702000418号⟧<br>⟦m 政务服务热线：12345⟧</div>
</body></html>
""",
        body="""
各镇（街道）市场监管所，各农贸市场开办者：
6月10日至7月5日，县市场监管局对全县14个农贸市场的计价秤开展了专项检查，重点检查秤盘是否改装、底部是否吸附异物。现将检查情况通报如下。
共检查计价秤612台，发现问题秤盘19只，具体情况如下：
问题类型　台数　涉及市场
秤盘底部吸附磁片　7　城东、堋口
秤盘加装夹层　5　城东、浯田
秤盘与秤体不配套　7　沲溪、城北
对上述问题计价秤，已全部责令停用，依法立案查处4起。各市场开办者要在7月底前完成一次秤盘全面自查，并在醒目位置设置公平秤。
联系人：章慕云，电话：0517-86231477。
附件：1.问题计价秤明细表
2.农贸市场秤盘自查登记表
郐水县市场监督管理局
2024年7月15日
""",
    ),
    dict(
        slug="gov-text-finance-invoice-clips-notice-cn-date",
        site="邴城市财政局 (invented, text capture of the bureau's page)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://czj.bingcheng.gov.example.cn/tzgg/2023/1208/6612.html",
        title="关于进一步规范报销单据整理装订工作的通知",
        date="2023-12-05",
        date_also=["2023-12-08"],
        notes=(
            "the record gives the title as is; a document number line (neutral); 抄送 and 印发 lines stay in the "
            "body; date in Chinese numerals under the signature; the portal's date also accepted"
        ),
        page="""
!m 邴城市财政局
!a 简体版 | 繁體版 | 长者模式 | 读屏专用
!m 当前位置：首页 > 通知公告
{T}
!m 发布日期：2023-12-08　　来源：市财政局会计科　　点击：390
!a 【打印】【关闭】【收藏本页】
邴财会〔2023〕47号
{BODY}
!l 上一条：关于开展2023年度会计信息质量检查的通知
!l 下一条：市财政局2023年第三季度预算执行情况
!m 邴城市财政局主办　电话：0519-62170100　地址：邴城市迤岭区府前路8号
!m 网站标识码：3204000022　蜀ICP备11023687号
""",
        indent="\u3000\u3000",
        body="""
市直各部门、各单位：
近期，我局在会计档案检查中发现，部分单位报销单据粘贴随意、装订松散，发票散落、丢失的情况时有发生。为进一步规范报销单据整理装订工作，现将有关事项通知如下：
一、报销单据应按日期顺序粘贴在统一格式的粘贴单上，一张粘贴单不超过十张发票。
二、各单位财务室从明年1月起统一使用A5规格发票夹，未装订前的单据一律用发票夹夹好存放，不得用回形针、订书钉临时固定。
三、年度终了，各单位应将当年单据整理成册，按规定移交档案室保管。
抄送：市审计局、市档案馆。
邴城市财政局办公室　　　2023年12月5日印发
邴城市财政局
二〇二三年十二月五日
""",
    ),
    dict(
        slug="news-tuyang-lion-heads-workshop-h1",
        site="芏阳新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tuyangnews.example.cn/xz/2025-01/14/content_201738.html",
        title="垓湾镇狮头作坊赶制春节订单",
        record_title=None,
        date="2025-01-14",
        notes=(
            "no title in the record: the <h1> holds it; the byline's 发布时间 is the page's date; a listen button, "
            "photo captions between news paragraphs, an editor line glued after the last paragraph, a 24-hour list"
        ),
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>芏阳新闻网</title>
<script>var _tyq=_tyq||[];_tyq.push(['page','content_201738']);</script>
</head><body>
<div class="ty-head"><a href="/">⟦m 芏阳新闻网⟧</a><span>⟦m 芏阳县融媒体中心主办⟧</span>
<nav>⟦m 要闻⟧ ⟦m 乡镇⟧ ⟦m 民生⟧ ⟦m 文旅⟧ ⟦m 视频⟧</nav></div>
<div class="ty-crumb">⟦m 芏阳新闻网 / 乡镇 / 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="ty-byline">⟦m 发布时间：2025-01-14 08:52　来源：芏阳县融媒体中心　记者 邵禾青⟧</div>
<div class="ty-listen">⟦a ▶ 点此收听本文⟧</div>
{BODY}
</article>
<section class="ty-hot"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 芏阳县城至浯田镇客运班线恢复运营⟧</li><li>⟦l 寒潮来袭 这些保暖提示请收好⟧</li><li>⟦l 县图书馆春节开放时间公布⟧</li></ol></section>
<footer>⟦d 凡本网注明“来源：芏阳县融媒体中心”的作品，未经授权不得转载。⟧<br>⟦m 互联网新闻信息服务许可证：36120250017　赣ICP备19007742号⟧</footer>
</body></html>
""",
        body="""
离春节还有半个多月，垓湾镇老街上的“聂记狮头”作坊里已经堆满了刚糊好纸的狮头骨架。
“腊月是一年里最忙的时候，今年光县外的订单就有四十多个。”作坊主人聂长庚一边给狮头描金一边说。他家扎狮头已经传了三代，一个大号狮头从破竹到装毛要半个月。
⟦m 图为聂长庚在给狮头上色。通讯员 卢笛 摄⟧
为了赶工，聂长庚请来两个徒弟帮忙糊纸、上色，自己专心扎骨架。“骨架扎得正，狮头戴上去才轻巧，舞起来眼睛能眨、嘴巴能合。”
⟦m 作坊里待上色的狮头骨架。⟧
据了解，垓湾镇目前有狮头作坊4家，产品销往周边六个县。镇文化站正在筹办狮头扎制体验课，让更多年轻人了解这门手艺。⟦m （责编：毛晓禾）⟧
""",
    ),
    dict(
        slug="news-ranxi-text-yangge-fans-record-date",
        site="苒溪在线 (invented news portal, text capture)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ranxi-online.example.cn/ms/2024/0511/70233.html",
        title="芘园社区秧歌队用上自制“彩绸扇”",
        record_title="芘园社区秧歌队用上自制“彩绸扇” - 民生 | 苒溪在线",
        record_date="2024-05-11",
        date="2024-05-11",
        notes=(
            "decorated record title; the record gives the date; an app prompt glued before the lead, a photo "
            "caption between paragraphs, recommended list and copyright below"
        ),
        page="""
!m 苒溪在线　苒溪人自己的新闻网
!m 首页 ＞ 民生 ＞ 社区
{T}
!m 2024-05-11 10:06　　苒溪在线　　作者：苏念　　阅读 3126
{BODY}
!l 推荐阅读
!l 芾棠社区“长者食堂”开张
!l 苒溪县城区新增三处口袋公园
!d 苒溪在线原创稿件，转载请注明出处。
!m 苒溪在线 版权所有　违法和不良信息举报：0517-85209110
""",
        body="""
⟦a 下载苒溪在线App，看更多社区新鲜事⟧本网讯 5月10日上午，芘园社区文化广场上锣鼓喧天，社区秧歌队的28名队员第一次用上了自己动手做的“彩绸扇”。
原来的秧歌扇是前些年统一买的，扇骨松动、扇面褪色，不少已经不能用了。社区了解情况后，请来县文化馆的老师教大家做扇子：竹骨刷漆，扇面换成双层彩绸，边上缝一圈流苏。
⟦m 队员们展示自制的彩绸扇。苏念 摄⟧
“自己做的扇子，舞起来格外带劲。”67岁的队长孟秋菊说，接下来秧歌队还要带着新扇子参加全县秧歌汇演。
""",
    ),
    dict(
        slug="forum-zhenxianhe-sleeve-covers-jammer-html",
        site="针线盒论坛 (invented, Discuz-like sewing forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.zhenxianhe.example.com/thread-90217-1-1.html",
        title="用旧衬衫改套袖，附裁剪尺寸",
        record_title="[旧衣新做] 用旧衬衫改套袖，附裁剪尺寸 - 缝纫入门 - 针线盒论坛",
        date=None,
        notes=(
            "Discuz-like thread with jammer fonts inside the post, a poster card, a rating row, replies and a "
            "signature; posted '5 天前', so no date; board and forum names after the title"
        ),
        page="""
<html><head><meta charset="gbk">
<title>[旧衣新做] 用旧衬衫改套袖，附裁剪尺寸 - 缝纫入门 - 针线盒论坛 - Powered by Discuz!</title>
<script src="static/js/common.js?zx1"></script>
<style>.jammer{color:#fff;font-size:0}</style>
</head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="hd">⟦m 针线盒论坛⟧ ⟦m 一针一线，慢慢生活⟧</div>
<div id="pt">⟦m 针线盒论坛 › 手作交流 › 缝纫入门 › 帖子正文⟧</div>
<div class="pls"><div class="authi">⟦m 布头阿姨⟧</div><p>⟦m 帖子 208　精华 3　积分 1172⟧</p></div>
<div class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 天前 | 只看楼主 | 倒序看帖⟧</div>
<table><tr><td class="t_f" id="postmessage_771830">
{BODY}
</td></tr></table>
<div class="rate">⟦l 评分人数 6　针币 +12　收起理由：实用⟧</div>
<div class="sign">⟦m 布头阿姨的小店：旧衣改造，欢迎来逛⟧</div>
<div class="po">⟦a 回复　引用　收藏　点赞⟧</div></div>
<div class="reply">⟦l 2# 阿蓉 发表于 4 天前：照着做了一副，比买的结实⟧</div>
<div class="reply">⟦l 3# 晚风 发表于 3 天前：松紧带是几号的？⟧</div>
<div id="f_pst">⟦a 登录以后才能参与讨论 登录 | 注册⟧</div>
<div id="ft">⟦m 针线盒论坛 ( 鄂ICP备18042391号-1 )⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
家里有几件领口磨坏的旧衬衫，扔了可惜，我改成了干活用的套袖，做饭、擦车都用得上，分享给大家。
材料：旧衬衫一件，3厘米宽的松紧带约60厘米，剪刀、针线或缝纫机。
做法：把衬衫两只袖子从肘部往上量32厘米剪下，袖口原来的扣子和袖衩留着，上口向里折边2厘米，穿进松紧带后缝合。袖口那头如果太大，也照样穿一圈松紧带。
一副套袖不到半小时就能做好，用脏了直接丢进洗衣机。家里有老人的，可以把上口放宽一点，勒得不紧更舒服。
""",
    ),
    dict(
        slug="forum-jiuwu-text-steelyard-pan-repair-junk",
        site="旧物新知论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.jiuwuxinzhi.example.net/forum/t-55130.html",
        title="老杆秤的铜秤盘长了绿锈怎么处理",
        record_title="老杆秤的铜秤盘长了绿锈怎么处理？ - 老物件修复 - 旧物新知论坛",
        date=None,
        notes=(
            "forum thread as text with anti-scraping junk on lines and glued after 。; replies below; the post "
            "is dated only '昨天 21:40', so no date"
        ),
        page="""
!m 旧物新知论坛 » 老物件修复 » 查看主题
!t 老杆秤的铜秤盘长了绿锈怎么处理？ - 老物件修复 - 旧物新知论坛
!m 阅读 611 ｜ 回帖 9
!m 楼主：秤砣不离秤　　昨天 21:40 发布
{BODY}
!l 沙发　老铜匠：白醋泡半小时就下来了，别用钢丝球
!l 板凳　木子：盘绳换麻绳好看，尼龙的太新了
!l 地板　秤砣不离秤：谢谢各位，周末试试
!a 登录后才可以回帖　快速登录
!m 旧物新知论坛　手机版　|　联系版主
""",
        junk=dict(lines=2, glued=2),
        body="""
前些天在老家翻出爷爷用过的一杆铜盘秤，秤杆是红木的，星点还清楚，就是铜秤盘长满了绿锈，三根盘绳也糟了。
我上网查了一下，有说用白醋的，有说用牙膏的，还有说直接拿砂纸打的。砂纸我不太敢用，怕把盘边的刻字磨掉，盘底还刻着“公平交易”四个字。
想请教有经验的朋友：铜秤盘除锈用什么办法比较稳妥？盘绳换成什么材料合适？修好以后还想拿去计量所校一校，看看这杆老秤还准不准。
""",
    ),
]
