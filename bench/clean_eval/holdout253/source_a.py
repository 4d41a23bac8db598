"""holdout253, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客 (HTML).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="fanwen-mojian-speech-sunhat-sanitation-html",
        site="墨笺范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mojian-fw.com/jianghua/weiwen/2025/0721/58213.html",
        title="在全县环卫工人“送清凉”暨防晒太阳帽发放仪式上的讲话",
        record_title="【清凉致辞】在全县环卫工人“送清凉”暨防晒太阳帽发放仪式上的讲话（换个单位名就能交）_墨笺范文网",
        date="2025-07-08",
        date_also=["2025-07-21"],
        notes="old gb2312 table page with marquee, 字号/护眼 row, floating QQ box, hot list and visitor counter; "
        "speaker and date lines under the title (neutral); a ghost-writer prompt glued after a 。; site's update date differs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【清凉致辞】在全县环卫工人“送清凉”暨防晒太阳帽发放仪式上的讲话（换个单位名就能交）_墨笺范文网</title>
<meta name="keywords" content="太阳帽,环卫工人,送清凉,讲话稿">
<link href="/skin/mj.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mj_top.js"></script>
</head>
<body leftmargin="0" topmargin="0" bgcolor="#F4F1E8">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" class="topbar">⟦m 墨笺范文网——笔墨之间，文章自成⟧　<a href="javascript:SetHome()">⟦a 设墨笺为首页⟧</a>　<a href="javascript:AddFav()">⟦a 把墨笺加入收藏⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨笺公告：每日更新讲话致辞百余篇，VIP会员复制不限次数⟧</marquee></td></tr>
<tr><td class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">工作总结</a> | <a href="/tongzhi/">通知范文</a> | <a href="/xinde/">心得体会</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="weizhi">⟦m 您的位置：墨笺范文网 &gt;&gt; 讲话致辞 &gt;&gt; 慰问讲话 &gt;&gt; 正文⟧</td></tr>
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 更新：2025-07-21　编辑：墨笺小编　人气：1907⟧</td></tr>
<tr><td align="center">⟦a 【字号：加大 默认 减小】⟧ ⟦a 【护眼底色：开 关】⟧ <a href="javascript:window.print()">⟦a 【打印这篇】⟧</a></td></tr>
<tr><td class="content">
<p align="center">县委常委、副县长　邵嘉言</p>
<p align="center">（2025年7月8日）</p>
{BODY}
</td></tr>
<tr><td class="pn">⟦l 上一篇：在全县防汛抢险突击队授旗仪式上的讲话⟧<br>⟦l 下一篇：高温季节慰问一线职工活动实施方案（两篇）⟧</td></tr>
</table></td>
<td width="250" valign="top" class="side">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="sidetitle">⟦l 本月讲话排行⟧</td></tr>
<tr><td>⟦l ·慰问环卫工人讲话稿三则⟧</td></tr>
<tr><td>⟦l ·夏季安全生产动员会讲话⟧</td></tr>
<tr><td>⟦l ·工会送清凉活动致辞范本⟧</td></tr>
</table>
<div id="mjqq" style="position:fixed;right:0;top:220px">⟦w 写作顾问在线　QQ：2865014739⟧</div>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td class="foot" align="center">⟦d 墨笺所收范文多系网友投稿，只作写作参考，切勿原样照搬。⟧<br>⟦m 墨笺范文网 www.mojian-fw.com　版权所有　赣ICP备15031842号⟧<br>⟦m 您是本站第 3806211 位访客⟧</td></tr>
</table>
<script language="javascript" src="/js/mj_count.js"></script>
</body>
</html>
""",
        body="""
同志们、环卫工人朋友们：
大家上午好！入伏以来，我县持续高温，最高气温连续多日超过38℃。在这样的天气里，全县1260名环卫工人每天凌晨四点就走上街头，清扫保洁、收运垃圾，用汗水守护着城乡的干净整洁。在此，我代表县委、县政府，向大家表示衷心的感谢和诚挚的问候！
今天发放的太阳帽，是县城管局和县总工会共同定制的，帽檐加宽到12厘米，后面加了护颈披布，帽身缝有反光条，既能遮阳，又能在清晨和傍晚作业时提醒过往车辆。每人两顶，方便换洗。⟦w 讲话稿代写改写，QQ 2865014739 随时联系⟧
借此机会，我提三点要求：一是各作业单位要合理调整作业时间，中午十二点至下午三点原则上停止露天作业；二是要备足防暑药品和饮用水，发现中暑症状立即处置；三是各部门要关心关爱环卫工人，为他们提供歇脚的驿站。
最后，祝大家身体健康、平安度夏！
""",
    ),
    dict(
        slug="fanwen-bigengyuan-insight-vault-training",
        site="笔耕苑范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.bigengyuan.net/xinde/jiaoshi/30472.html",
        title="参加全县体育教师跳马保护与帮助专项培训的心得体会",
        record_title="【教师心得】参加全县体育教师跳马保护与帮助专项培训的心得体会（附培训笔记）- 笔耕苑范文",
        date=None,
        notes="decorated record title; a login prompt on a line of its own between paragraphs; a 'collected 3 days ago' stamp is no date; "
        "the last sentence speaks of 分享 as content",
        page="""
!m 笔耕苑范文 · bigengyuan.net
!m 首页 ＞ 心得体会 ＞ 教师培训心得
!t 【教师心得】参加全县体育教师跳马保护与帮助专项培训的心得体会（附培训笔记）
!m 收录于 3 天前　热度 1426　标签：跳马 体育教师 培训
!a ［全文复制］［存为Word］［发到手机］
{BODY}
!w 本文为会员投稿；原创材料定制，请加笔耕苑客服微信 bgy_wenmi
!l 相关推荐
!l 体育教师基本功培训个人小结
!l 校园体操器材安全管理的几点思考
!d 笔耕苑所载范文只供学习借鉴，引用时请注明出处。
!m 笔耕苑范文 版权所有 © 2019-2025　苏ICP备19086632号
""",
        indent="\u3000\u3000",
        body="""
7月中旬，我参加了县教体局组织的体育教师跳马保护与帮助专项培训。三天时间里，省体操队退役教练从助跑、踏跳、推手到落地，一个环节一个环节地给我们做示范，让我这个教了十一年体育的老教师也有了新的认识。
第一点体会，保护站位决定安全。以前上分腿腾越课，我习惯站在跳马侧前方，学生一旦推手不充分，我的手很难及时托住上臂。培训中教练反复纠正，保护者应站在落地一侧，一手扶上臂、一手托腹部，随学生腾越同步移动。
⟦a 余下内容登录后可见，新用户注册即送三天会员⟧
第二点体会，器械高度要因人而异。初一学生身高差别大，一律用一米一的跳马，个子矮的学生踏板后根本撑不上去。今后我会先用跳箱分层练习，再逐步过渡到跳马。
第三点体会，要教会学生自我保护。落地时屈膝缓冲、重心前移、双臂前伸，这些动作要练成本能。
回校后，我准备把这次学到的方法整理成教案，和教研组的同事们一起分享。
""",
    ),
    dict(
        slug="wenku-huidang-survey-vault-html-markers",
        site="慧档文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.huidangwk.com/view/d5c81e0277a4.html",
        title="关于全县中小学跳马等体操器材配备使用情况的调研报告",
        record_title="关于全县中小学跳马等体操器材配备使用情况的调研报告（含数据表·可编辑）- 慧档文库",
        date="2025-05-16",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⊴ n ⊵ cutting sentences, a monthly-card paywall and similar docs; "
        "成文日期 under the signature; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县中小学跳马等体操器材配备使用情况的调研报告（含数据表·可编辑）- 慧档文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.huidangwk.com/reader/v3/viewer.min.js"></script>
<script>window.__DOC__={docId:"d5c81e0277a4",pages:8,preview:3};</script>
</head>
<body class="reader">
<header class="hd-top"><a class="logo" href="/">⟦m 慧档文库⟧</a>
<nav><a href="/">⟦m 首页⟧</a><a href="/c/jiaoyu">⟦m 教育文档⟧</a><a href="/c/gongwen">⟦m 公文写作⟧</a></nav>
<form class="so"><input name="kw" placeholder="搜一搜海量文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 开月卡，8页全文随心看⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：慧档用户Q0931　上传于 2025-06-02　共8页　2.6万字　浏览 1188⟧</p>
<div class="toolbar">⟦a 放大 缩小 全屏 目录⟧</div></div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall"><p>⟦a 已试读3页，剩余5页开通月卡后继续⟧</p><a class="btn" href="/pay">⟦a 19.9元开通月卡⟧</a><a class="btn2" href="/buy/d5c81e0277a4">⟦a 单篇购买 ￥3.80⟧</a></div>
<aside class="similar"><h3>⟦l 读过这篇的用户还在看⟧</h3><ul>
<li><a href="/view/1">⟦l 学校体育器材管理使用情况自查报告⟧</a></li>
<li><a href="/view/2">⟦l 中小学体育场地器材配备调研与建议⟧</a></li></ul></aside>
<footer><p>⟦d 慧档文库中的文档均由用户上传，平台不对其内容负责；如有侵权请通过页面底部申诉入口联系。⟧</p><p>⟦m 慧档文库 huidangwk.com　浙ICP备20044718号-3⟧</p></footer>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⊴ {n} ⊵", every=150, start=2),
        body="""
为摸清全县中小学体操器材配备和使用情况，今年4月，县教体局组成调研组，对全县48所中小学进行了实地走访，查看器材室、访谈体育教师112人次。现将调研情况报告如下。
一、基本情况
全县48所学校中，配有跳马的32所，配有跳箱的41所。跳马总数57台，其中使用超过十年的23台，占40.4%。
二、存在问题
一是器材老化。部分跳马马身皮面开裂，马腿升降卡扣松动，个别学校用绳子捆扎固定。二是使用率偏低。约三分之一的学校跳马常年放在器材室，体育教师担心学生受伤，不敢上腾越课。三是保护垫配套不足，落地区普遍只铺一层薄垫。
三、几点建议
建议分三年更新超龄跳马，优先配备可调高度的新型跳马；每年组织一次保护与帮助培训；将器材安全检查纳入开学检查内容。
璀川县教育体育局调研组
2025年5月16日
""",
    ),
    dict(
        slug="wenku-zhiye-plan-barbell-pdf-glued-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.zhiyewenku.com/p-88310572.html",
        title="憬城市全民健身中心力量训练区杠铃安全管理整改方案",
        record_title="憬城市全民健身中心力量训练区杠铃安全管理整改方案.pdf",
        date="2025-03-10",
        notes="file-name record title; page markers ⫻n⫻ glued to the continuation line; 成文日期 in Chinese numerals",
        page="""
!m 知页文库 — 找文档，上知页
{T}
!m 文档页数：4页　浏览：622　下载：38　格式：PDF
!a 【收藏】　【举报】　【转存网盘】
{BODY}
!a 全文预览已结束，下载本文需 5 积分
!a 立即下载　　开通会员免积分
!l 相关文档：健身房器械安全管理制度.doc　体育场馆安全隐患排查方案.pdf
!d 知页文库文档均为网友上传，版权归上传者所有，仅供交流学习。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫻{n}⫻", every=130, start=2, glue=True),
        body="""
为消除力量训练区安全隐患，保障健身群众人身安全，根据市体育局关于开展公共体育场馆安全隐患排查整治的要求，结合中心实际，制定本方案。
一、整改内容
（一）杠铃片统一归位。训练区现有杠铃片共计214片，整改后按重量分色上架，严禁随意堆放在地面。
（二）更换卡扣。对磨损、松脱的杠铃卡扣全部更换为弹簧锁紧式卡扣，共需更换86副。
（三）增设保护架。在卧推区、深蹲区各增设安全保护架2台，保护杆高度可调。
二、时间安排
3月15日前完成排查登记，3月31日前完成器材更换和保护架安装，4月上旬组织验收。
三、工作要求
各岗位教练员要在每日开馆前检查杠铃杆和卡扣，发现问题立即停用并登记报修。
憬城市全民健身中心
二〇二五年三月十日
""",
    ),
    dict(
        slug="gov-cuichuan-notice-sunhat-outdoor-workers-html",
        site="璀川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.cuichuan.gov.cn/zwgk/bmwj/rsj/202506/t20250623_4418207.html",
        title="关于为户外作业人员配发防晒太阳帽等防暑降温用品的通知",
        record_title="关于为户外作业人员配发防晒太阳帽等防暑降温用品的通知-人社动态-璀川县人民政府网",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="county portal: 长者模式/无障碍 links, 索引号 table (the 文号 cell unmarked), 纠错 and 值班 lines; the notice's own "
        "联系人/电话, 附件 list, 抄送 and 印发 lines stay; 成文日期 differs from the portal's 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于为户外作业人员配发防晒太阳帽等防暑降温用品的通知-人社动态-璀川县人民政府网</title>
<meta name="SiteName" content="璀川县人民政府">
<meta name="ArticleTitle" content="关于为户外作业人员配发防晒太阳帽等防暑降温用品的通知">
<script src="/js/jquery.min.js"></script>
<script>var _maq = _maq || []; _maq.push(['_setAccount', 'cc2025']);</script>
</head>
<body>
<div class="top-links"><a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 适老无障碍入口⟧</a> <a href="#">⟦a 繁体版⟧</a> <span>⟦m 今天是：2025年6月23日 星期一⟧</span></div>
<div class="banner"><img src="/images/banner.jpg" alt=""><span>⟦m 璀川县人民政府⟧</span></div>
<ul class="menu"><li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjcc/">⟦m 走进璀川⟧</a></li></ul>
<div class="location">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县人社局 &gt; 人社动态⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：014721533/2025-00317⟧</td><td>⟦m 发布机构：璀川县人力资源和社会保障局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-06-23⟧</td><td>文号：璀人社发〔2025〕19号</td></tr>
</table>
<div class="article">
<h1 class="title">{T}</h1>
<div class="zoom">⟦a 【字号 放大 还原 缩小】⟧　<a href="javascript:window.print()">⟦a 【打印本文】⟧</a>　<a href="javascript:window.close()">⟦a 【关掉此窗】⟧</a></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 一键转给：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li><a href="#">⟦l 璀川县高温津贴发放情况专项检查的公告⟧</a></li></ul></div>
<div class="footer">
<p>⟦m 主办：璀川县人民政府办公室　承办：璀川县大数据中心⟧</p>
<p>⟦m 县政府值班电话：0795-6722110⟧　<a href="/jiucuo">⟦a 我要纠错⟧</a></p>
<p>⟦m 赣ICP备06018827号　赣公网安备36092402000137号　网站标识码：3609240001⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直各单位，各有关企业：
入夏以来，我县高温天气明显增多。为切实保障环卫、建筑、快递、交通协管等户外作业人员身体健康，现就配发防暑降温用品有关事项通知如下：
一、各用人单位要在7月1日前为户外作业人员配发防晒太阳帽，每人不少于2顶，帽檐宽度不小于10厘米，并配发清凉油、藿香正气水等防暑药品。
二、日最高气温达到37℃以上时，当日露天作业时间不得超过6小时，12时至15时停止露天作业。
三、县人社局将会同县总工会开展专项检查，对未按规定配发防暑用品的单位责令限期整改。
联系人：柯玥，电话：0795-6723418。
附件：1.户外作业人员防暑用品配发登记表
2.高温津贴发放标准
璀川县人力资源和社会保障局
2025年6月20日
抄送：县总工会，县卫生健康委。
璀川县人力资源和社会保障局办公室　2025年6月20日印发
""",
    ),
    dict(
        slug="gov-xiyang-bulletin-vault-check-table",
        site="羲阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.xiyang.gov.cn/xxgk/tzgg/202510/t20251015_771905.html",
        title="关于全县学校体操器材安全专项检查情况的通报",
        record_date="2025-10-14",
        date="2025-10-14",
        notes="title and date from the record; a 文号 line (neutral); a data table, one row a paragraph with ideographic spaces; 抄送 line",
        page="""
!m 羲阳县人民政府门户网站
!m 首页 > 政务公开 > 法定主动公开内容 > 通知公告
!a 长者模式 | 读屏专用 | English
{T}
羲教体通〔2025〕27号
!m 信息来源：县教育体育局　　发布日期：2025-10-15　　浏览次数：241
!a 【文字 特大 大 中 小】　【转发到：】　【关掉本页】
{BODY}
!l 相关信息：羲阳县教育体育局关于2025年秋季开学检查情况的通报
!a 扫一扫，在手机上浏览本页
!m 羲阳县人民政府办公室主办　联系电话：0797-5832016
!m 网站标识码：3607250017　赣ICP备05007731号
""",
        body="""
各乡镇中心学校，县直各学校：
9月下旬，县教育体育局组织对全县学校体操器材开展了安全专项检查，共检查学校37所、跳马及跳箱类器材96台（组）。现将检查情况通报如下。
总体看，多数学校能够落实器材定期检查制度，但仍有4所学校存在较大安全隐患，具体如下：
学校　器材　存在问题　整改时限
羲阳县第一中学　跳马2台　马身皮面破损　10月31日前
麟岗镇中心小学　跳箱1组　箱体连接件松动　10月25日前
潺湾村小学　跳马1台　升降卡销缺失　立即停用
羲阳县实验中学　踏跳板3块　防滑胶面脱落　10月31日前
以上学校要立即整改，整改完成后将整改报告报县教育体育局体卫艺股。存在隐患的器材在整改完成前一律停止使用，并张贴停用标识。
羲阳县教育体育局
2025年10月14日
抄送：县应急管理局。
""",
    ),
    dict(
        slug="news-cuichuan-relay-record-html",
        site="璀川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cuichuannews.cn/tiyu/2025-10/26/content_219047.html",
        title="璀川县第十五届中小学生田径运动会闭幕 溥口镇中学女子4×100米接力破县纪录",
        record_title="璀川县第十五届中小学生田径运动会闭幕 溥口镇中学女子4×100米接力破县纪录｜体育频道·璀川新闻网",
        date="2025-10-26",
        notes="news portal: app prompt glued before the lead, a photo caption between paragraphs, an editor line glued after the last "
        "sentence; 24-hour list, listen button; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>璀川县第十五届中小学生田径运动会闭幕 溥口镇中学女子4×100米接力破县纪录｜体育频道·璀川新闻网</title>
<meta name="description" content="璀川县第十五届中小学生田径运动会闭幕">
<script src="//cdn.cuichuannews.cn/js/common.js"></script>
<style>.adbox{height:90px}</style>
</head>
<body>
<div class="topbar"><span>⟦m 璀川新闻网 — 璀川县融媒体中心主办⟧</span> <a href="/app">⟦a 下载客户端⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<nav class="channel"><a href="/">⟦m 首页⟧</a><a href="/shizheng/">⟦m 时政⟧</a><a href="/xiangzhen/">⟦m 乡镇⟧</a><a href="/tiyu/">⟦m 体育⟧</a><a href="/shipin/">⟦m 视频⟧</a></nav>
<div class="crumb">⟦m 璀川新闻网 › 体育 › 正文⟧</div>
<div class="adbox">⟦a 广告位招租 0795-6789900⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-10-26 10:12　来源：璀川县融媒体中心　记者：唐一苇⟧ <button class="listen">⟦a 听全文⟧</button></div>
<div class="article-body">
{BODY}
</div>
<div class="share-bar">⟦l 转发到：微信 朋友圈 微博⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li><a href="#">⟦l 县城至溥口镇公交线路10月28日起调整⟧</a></li>
<li><a href="#">⟦l 馥田镇稻田迎来秋收⟧</a></li>
<li><a href="#">⟦l 全县秋季征兵体检工作结束⟧</a></li></ol></aside>
<footer><p>⟦m 新闻热线：0795-6789123⟧</p><p>⟦d 本网原创稿件，未经授权不得转载、摘编。⟧</p><p>⟦m 互联网新闻信息服务许可证：36120250017　赣ICP备18002674号⟧</p></footer>
<script>cc_stat('219047');</script>
</body>
</html>
""",
        body="""
⟦a 打开“璀川发布”客户端，第一时间看本地新闻⟧本网讯（记者 唐一苇　通讯员 夏沐）10月25日下午，璀川县第十五届中小学生田径运动会在县体育场闭幕。本届运动会历时三天，全县42所中小学的1380名运动员参加了73个项目的角逐。
最受关注的女子初中组4×100米接力决赛中，溥口镇中学队以52秒06的成绩夺冠，打破了保持九年的县纪录。
⟦m 图为溥口镇中学队第四棒冲过终点。唐一苇 摄⟧
“我们每天放学后练交接棒，一练就是一个小时。”领队老师余晓帆介绍，队员们在二十米接力区内反复练习下压式交接，连吃饭时都在讨论交接的节奏。
据了解，本届运动会首次启用电子计时和起跑犯规检测系统，县教育体育局还为每所参赛学校配发了两套标准接力棒。⟦m （责任编辑：冯一鸣　审核：季川）⟧
""",
    ),
    dict(
        slug="news-jingcheng-sunhat-couriers-no-title",
        site="憬城新闻网 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jingcheng-news.cn/qx/haoyuan/202507/t20250717_603318.html",
        title="一顶太阳帽里的“夏日清凉”",
        record_title=None,
        date="2025-07-17",
        notes="no title in the record (found as a title line); a related-reading link on a line of its own between paragraphs; "
        "the byline's 发布时间 is the date",
        page="""
!m 憬城新闻网 www.jingcheng-news.cn
!m 首页 | 时政 | 区县 | 民生 | 视频 | 专题
!m 区县频道 > 昊原
{T}
!m 发布时间：2025-07-17 08:46　来源：憬城日报　记者：喻星澜　实习生：杜可
!a 【听新闻】 【大字版】 【纠错】
{BODY}
!m 编辑：许蔓　审核：程立
!l 【24小时热榜】
!l 1 憬城地铁4号线最新进展来了
!l 2 昊原区新增三处口袋公园
!d 凡注明“来源：憬城新闻网”的稿件，转载须经书面授权。
!m 新闻热线：0798-2616600　广告热线：0798-2616611
""",
        indent="\u3000\u3000",
        body="""
7月16日上午，昊原区骏岭社区党群服务中心门前排起了队，快递员、外卖骑手和环卫工人在这里领到了社区准备的“清凉包”：一顶带护颈的太阳帽、一瓶防晒喷雾和两包降温贴。
“中午送件时太阳直晒，后脖子最容易晒伤，这顶帽子后面有块布，正好挡住。”外卖骑手小陈试戴后说。
⟦l 相关阅读：高温天里，户外劳动者的权益怎么保障？⟧
据社区书记胡澄介绍，今年社区联合辖区6家企业募集太阳帽800顶，除了集中发放，还在社区“爱心驿站”常备200顶，户外劳动者可凭工作证随时领取。
“下一步，我们还会在驿站增加冰柜和充电设备，让他们歇得下脚、喝得上水。”胡澄说。
""",
    ),
    dict(
        slug="forum-tieguan-wristguard-bench-jammer-html",
        site="铁馆论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tieguan.club/thread-402913-1-1.html",
        title="练卧推到底要不要戴护腕？说说我用了半年的感受",
        record_title="[护具实测] 练卧推到底要不要戴护腕？说说我用了半年的感受 - 器械训练 - 铁馆论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk, a rating row, a signature and reply floors; 发表于 5 天前 is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>[护具实测] 练卧推到底要不要戴护腕？说说我用了半年的感受 - 器械训练 - 铁馆论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?x9K"></script>
</head>
<body id="nv_forum">
<div id="toptb"><a href="member.php?mod=register">⟦a 注册新账号⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="#">⟦a 手机看帖⟧</a></div>
<div id="hd"><a href="./">⟦m 铁馆论坛 · 力量训练爱好者之家⟧</a></div>
<div id="pt">⟦m 铁馆论坛 › 训练交流 › 器械训练 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 4216 | 回复: 37⟧</div>
<h1 class="ts"><a href="forum-12-1.html">⟦m [护具实测]⟧</a> <span id="thread_subject">{T}</span></h1>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 卧推一百二⟧</div><dl><dd>⟦m 主题 18　帖子 603　积分 2217⟧</dd></dl></td>
<td class="plc"><div class="authi">⟦m 发表于 5 天前 | 只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_7718203">
{BODY}
</td></tr></table></div>
<dl class="rate"><dt>⟦l 评分　参与人数 3　铁币 +6　收起 理由⟧</dt></dl>
<div class="sign">⟦m 签名：不练腿的人不配谈力量⟧</div>
<div class="po">⟦a 回复 引用 收藏 举报⟧</div></td></tr></table>
<div class="pl"><div class="authi">⟦l 沙发　杠铃小白 发表于 4 天前⟧</div><div class="t_f">⟦l 楼主护腕什么牌子的？求链接⟧</div></div>
<div class="pl"><div class="authi">⟦l 板凳　蹲起来 发表于 3 天前⟧</div><div class="t_f">⟦l 同意，热身组真不该戴⟧</div></div>
<div id="f_pst">⟦a 登录后才能参与回复，没有账号？立即注册⟧</div>
<div id="ft">⟦m 铁馆论坛（tieguan.club）京ICP备21037752号⟧ ⟦m GMT+8, 2025-8-14 22:06⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
先说结论：大重量卧推和推举建议戴，小重量热身和练动作时别戴。
我练了四年，去年卧推上到100公斤以后，右手腕开始隐隐作痛，尤其是杠铃下放到胸口那一下，手腕往后折得厉害。去医院看了，医生说是腕关节背伸过度，建议练大重量时用护腕固定。
后来买了一副缠绕式护腕，长60厘米，带拇指扣。用法很简单：拇指扣套上，从腕关节往上缠两圈半，盖住关节就行，别缠太低。戴上以后，手腕明显稳了，杠铃压在掌根上不再往后倒。
但护腕不能当拐杖。热身组和八成以下的重量我一律不戴，不然腕部的小肌群练不出来。还有，缠太紧会手麻，一组结束就松开。
有问题楼下问，看到都回。
""",
    ),
    dict(
        slug="forum-paodao-relay-coach-tips-junk",
        site="跑道之家论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.paodaozhijia.com/forum.php?mod=viewthread&tid=66871",
        title="接力棒交接总掉棒？老教练教你三个办法",
        record_title="[带队心得] 接力棒交接总掉棒？老教练教你三个办法 - 田径场 - 跑道之家论坛",
        date=None,
        notes="forum thread, junk lines and junk glued after 。; 发表于 昨天 is no date; reply floors below",
        page="""
!m 跑道之家论坛 - 田径爱好者的家
!m 跑道之家论坛 » 田径场 » 查看帖子
!t [带队心得] 接力棒交接总掉棒？老教练教你三个办法
!m 楼主：老黄带队　发表于 昨天 21:40　只看楼主
{BODY}
!l 1# 小短跑：收藏了，下周区运会用得上
!l 2# 操场边的风：贴胶带这个办法好，我们队也这么练
!l 3# 跑跑跑：请问接力区是二十米还是三十米？
!a 高级模式　快速回复　发表回复前请先登录
!m 跑道之家论坛 · 手机版 · 小黑屋 · 联系站长
""",
        junk=dict(lines=2, glued=2),
        body="""
带了二十多年中学田径队，见过太多因为掉棒输掉的比赛。把我的三个办法写出来，供带队的老师们参考。
第一，固定交接手法。我们队一律用下压式：接棒人手臂后伸，掌心向上，虎口张开；交棒人把接力棒从上往下压进对方手里。手法一旦定下来，就不要每场换。
第二，在地上贴标志。接棒人根据队友的速度，在起跑点后面贴一条胶带，队友跑到胶带时立刻起跑。距离要在训练中一次次量出来，一般在六到八个脚长之间。
第三，喊口令。交棒人离接棒人两步时喊“手”，接棒人听到再伸手，不要提前伸着手跑，那样会降速。
另外提醒一句，接力棒要握在后三分之一处，留出前面给下一棒接。
""",
    ),
    dict(
        slug="blog-laocaochang-essay-old-vault-html",
        site="老操场的博客 (invented, WordPress-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laocaochang.blog.cn/2024/12/06/old-vault/",
        title="学校那台老跳马退休了",
        record_title="〔操场闲笔〕学校那台老跳马退休了 · 老操场的博客",
        date="2024-12-06",
        notes="WordPress-like blog: calendar widget, tag cloud, archive, comment form; the bracketed post time is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>〔操场闲笔〕学校那台老跳马退休了 · 老操场的博客</title>
<link rel="stylesheet" href="/wp-content/themes/cao/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header id="masthead"><p class="site-title"><a href="/">⟦m 老操场的博客⟧</a></p><p class="site-description">⟦m 一个体育老师的粉笔灰与哨子声⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/suibi/">⟦m 随笔⟧</a> <a href="/category/jiaoan/">⟦m 教案⟧</a> <a href="/about/">⟦m 关于⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2024-12-06 20:17]　分类：操场闲笔　阅读 318⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：跳马 体育课 器材室 回忆⟧</footer>
<nav class="post-nav">⟦l « 冬季长跑的第一周⟧　⟦l 期末体育考试的三个细节 »⟧</nav>
<section id="comments"><h3>⟦l 2 条评论⟧</h3>
<p>⟦l 阿朵：我们学校那台也是墨绿色的腿，看哭了⟧</p>
<p>⟦l 体育组小宋：老伙计辛苦了！⟧</p>
<form>⟦a 发表评论　昵称（必填）　邮箱（不会公开）　提交评论⟧</form></section>
</article></main>
<aside id="secondary">
<section class="widget_calendar"><h2>⟦l 2024年十二月⟧</h2><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2><p>⟦l 跳马 长跑 体测 跳绳 篮球 器材室⟧</p></section>
<section class="widget_archive"><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2024年十二月 (3)⟧</li><li>⟦l 2024年十一月 (5)⟧</li></ul></section>
</aside>
<footer id="colophon">⟦m © 2024 老操场的博客 · 自豪地采用 WordPress⟧</footer>
</body>
</html>
""",
        body="""
今天下午，学校器材室那台老跳马被拉走了，换来的是一台能调高度的新跳马。
这台老跳马是1996年进的校，比现在的初一学生年纪还大。马身是牛皮包的，被一届又一届学生的手掌磨得发亮，四条木腿刷过三遍漆，最下面那层还是墨绿色。
我刚参加工作那年，第一次上跳马课就出了洋相。示范分腿腾越时推手慢了半拍，整个人骑在了马背上，全班笑得前仰后合。后来我每天中午去器材室偷偷练，练了一个月，才敢在学生面前重新示范。
二十多年里，它陪着几千个孩子第一次腾空。有胆小的女生在它面前站了一节课，最后终于跳过去，哭着笑着跑回队伍。
搬走前，我摸了摸它的皮面，拍了一张照片。再见了，老伙计。
""",
    ),
]
