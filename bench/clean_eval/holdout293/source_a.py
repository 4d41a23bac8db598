"""holdout293, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text each).

Every case written by hand for this part: the counties, towns, people, sites, URLs and phones are
invented. Subjects: 煤炉, 竹椅, 笔洗, 算筹, 秤砣. Markup: see ../build.py.
"""

CASES = [
    dict(
        slug="fanwen-bigengfang-speech-coal-stove-winter",
        site="笔耕坊范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengfang.net/jianghua/anquan/2024/1187.html",
        title="在全县冬季煤炉取暖安全工作会议上的讲话",
        record_title="【会议发言·精编】在全县冬季煤炉取暖安全工作会议上的讲话（通用两篇）_笔耕坊范文网",
        date="2024-11-06",
        date_also=["2024-11-20"],
        notes="gb2312 table page with marquee, font row, floating ghost-writer box and visitor counter; "
        "date under the speech title, the page's 发布时间 later; ghost-writer id glued after a 。; "
        "a switch-to-piece-2 link on a line of its own inside the body",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【会议发言·精编】在全县冬季煤炉取暖安全工作会议上的讲话（通用两篇）_笔耕坊范文网</title>
<script language="javascript" src="/js/tongji.js"></script>
<style>td{font-size:14px}.kf{position:fixed;right:6px;top:180px}</style>
</head><body bgcolor="#F5F2E8" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="62"><font size="5" color="#8B5A2B">⟦m 笔耕坊范文网⟧</font>　<font color="#996633">⟦m 笔下有乾坤，坊间出好文⟧</font></td>
<td align="right">⟦a <a href="/reg.asp">免费注册</a> ┊ <a href="/login.asp">会员登陆</a> ┊ <a href="javascript:window.external.addFavorite()">收藏笔耕坊</a>⟧</td></tr>
<tr><td colspan="2" bgcolor="#8B5A2B">⟦m <a href="/">首 页</a> ┊ <a href="/jianghua/">讲话致辞</a> ┊ <a href="/zongjie/">总结汇报</a> ┊ <a href="/fangan/">方案策划</a> ┊ <a href="/anquan/">安全生产</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()">⟦a 冬季写材料高峰期，笔耕坊VIP通道已开启，年卡立减二十元⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td width="700" valign="top">
<div>⟦m 您的位置：<a href="/">笔耕坊</a> → <a href="/jianghua/">讲话致辞</a> → 安全生产讲话⟧</div>
<h2 align="center">{T}</h2>
<p align="center">（2024年11月6日）</p>
<p align="center">⟦m 发布时间：2024-11-20　整理：砘川一笔　阅读：3174次⟧</p>
<p align="center">⟦a 〖字体：大 · 中 · 小〗〖护眼底色〗〖打印本篇〗⟧</p>
{BODY}
<p>⟦a 本篇范文2篇共4215字，开通VIP后可一键导出Word⟧</p>
<p>⟦l 上一篇：全县森林防火工作会议讲话提纲⟧<br>⟦l 下一篇：在安全生产月启动会上的致辞（简短）⟧</p>
</td>
<td width="240" valign="top" bgcolor="#FBF8F0">
<b>⟦l 本月下载排行⟧</b><br>
⟦l 1. 冬季供暖保障工作会议讲话⟧<br>
⟦l 2. 乡镇安全生产述职报告⟧<br>
⟦l 3. 一氧化碳中毒防范宣传方案⟧<br>
</td></tr></table>
<div class="kf">⟦w 写材料找笔耕坊：QQ 2871046653⟧</div>
<table width="960" align="center"><tr><td align="center" bgcolor="#8B5A2B">
⟦d 本站范文均为会员投稿及编辑整理，仅供写作参考，转载请保留出处⟧<br>
⟦m 您是本站第 0032917 位访客　晋ICP备13042218号⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县冬季煤炉取暖安全工作会议，主要任务是分析今冬取暖安全形势，部署煤炉使用隐患排查整治工作。刚才，县应急管理局通报了去年冬季的情况，我都同意。下面，我讲三点意见。
一、正视风险，绷紧煤炉安全这根弦
去年入冬以来，全县共发生一氧化碳中毒事件7起，造成2人死亡，其中5起与煤炉不装烟囱、门窗紧闭有关。目前全县仍有约1.3万户用蜂窝煤炉取暖，多为独居老人和租住户，一旦出事就是家破人亡。⟦w 讲话稿按需定制，加微信 bgf_laozhou 免费改两稿⟧
二、突出重点，把排查做到每一户
各乡镇要在11月底前对使用煤炉的农户逐户上门，查烟囱是否畅通、风斗是否安装、报警器是否好用，登记造册，问题当场整改。对独居老人要落实包保干部，每周至少电话询问一次。
⟦l 【第2篇】县长在冬季取暖安全会上的讲话（点此展开）⟧
三、压实责任，确保不发生亡人事故
县应急管理局要牵头成立煤炉安全工作专班，每半月调度一次；对排查走过场、隐患不整改的，严肃追责问责。
同志们，寒冬将至，人命关天。希望大家把工作做在前头，让群众温暖安全过冬！
""",
    ),
    dict(
        slug="fanwen-cailiaoyizhan-report-bamboo-chair-village",
        site="材料驿站网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.cailiaoyz.com/shuzhi/cun/2025/0116-5521.html",
        title="村党支部书记2024年度抓党建促竹椅产业发展述职报告",
        record_title="【述职专栏】村党支部书记2024年度抓党建促竹椅产业发展述职报告（照抄能用）- 材料驿站网",
        date="2025-01-10",
        date_also=["2025-01-16"],
        notes="成文日期 under the signature, the page's 发布日期 later; member-unlock line between paragraphs; "
        "writing-service prompt glued after a 。",
        page="""
!m 材料驿站网 · 基层材料一站式查找
!m 当前位置：驿站首页 ＞ 述职报告 ＞ 村（社区）干部述职
!t 【述职专栏】村党支部书记2024年度抓党建促竹椅产业发展述职报告（照抄能用）
!m 发布日期：2025-01-16　｜　来源：会员供稿　｜　热度 2206
!a 〔复制全文〕　〔存为Word〕　〔收进我的材料夹〕
{BODY}
!a 看完还不满意？会员每天可免费下载5篇同类述职
!l 同类推荐
!l ▪ 村委会主任2024年述职述廉报告（两篇）
!l ▪ 乡村振兴驻村第一书记个人述职
!l ▪ 专业合作社理事长年度工作汇报
!d 驿站内容多为网友投稿，若有侵权请致函 banquan@cailiaoyz.com，核实后撤稿。
!m © 2025 材料驿站网　湘ICP备20017735号-3
""",
        indent="\u3000\u3000",
        body="""
各位党员、同志们：
2024年，我在镇党委的领导下，围绕“党建强村、竹椅富民”的思路，带领村“两委”班子扎实开展工作。现将履职情况报告如下。
一、抓班子带队伍。坚持“三会一课”，全年召开支部党员大会6次、讲党课4次，发展预备党员2名，其中1名是返乡的竹编艺人。⟦w 述职报告写不顺？驿站笔杆一对一代拟，微信 yz-bigan⟧
二、抓产业促增收。牵头成立竹椅专业合作社，吸纳社员87户，统一收购毛竹、统一烤制定型、统一对接电商，全年销售竹椅1.2万把，社员户均增收6400元。
⟦a 以下内容为会员专享，开通后可继续阅读⟧
三、抓服务解难题。协调修通竹料运输便道1.6公里，为12位老篾匠申请了传统技艺传承补助。
存在的不足：一是竹椅款式更新慢；二是年轻人学手艺的不多。2025年，我将带领大家开发轻便折叠竹椅，办好篾匠培训班，让茬坪竹椅走得更远。
述职人：钟守田
2025年1月10日
""",
    ),
    dict(
        slug="wenku-zhiye-research-counting-rods-html-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewenku.com/p-30571946.html",
        title="关于小学数学课堂使用算筹学具情况的调研报告",
        record_title="关于小学数学课堂使用算筹学具情况的调研报告（5页全文）｜知页文库",
        date="2024-06-18",
        notes="文库 reader: viewer toolbar, page-marker paragraphs (⚓ n ⚓) cutting sentences, paywall, "
        "upload stamp (no date); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于小学数学课堂使用算筹学具情况的调研报告（5页全文）｜知页文库</title>
<link rel="stylesheet" href="//static.zhiyewenku.com/reader.css">
<script>window.docMeta={pid:30571946,pages:5,free:3};</script>
</head><body>
<header class="zy-head"><a class="logo" href="/">⟦m 知页文库⟧</a><span class="slogan">⟦m 一页一页，读懂好文档⟧</span>
<form class="search"><input placeholder="搜文档、搜范文"><button>⟦a 搜索⟧</button></form>
<a class="vip" href="/vip">⟦a 开通页卡 · 全站畅读⟧</a></header>
<div class="crumbs">⟦m 知页文库 › 教育资料 › 教学研究 › 调研报告⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 分享者：缎湖教研小王　上传于 2024-09-03　5页　2.1万次浏览⟧</p>
<div class="toolbar">⟦a 全屏阅读 ｜ 放大 ｜ 缩小 ｜ 下载本文档 ｜ 加入书架⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 试读已到第3页，剩余2页需开通页卡查看⟧</p><button>⟦a 9.9元开通月卡⟧</button></div>
<aside class="rel"><h4>⟦l 读过本文的人还读了⟧</h4><ul>
<li>⟦l 小学数学学具使用现状调查问卷⟧</li>
<li>⟦l 数学文化融入课堂的实践与思考⟧</li>
<li>⟦l 珠心算教学情况调研报告⟧</li></ul></aside>
<footer><p>⟦d 文档由分享者上传，知页文库仅提供阅读服务；如有侵权，请通过页面底部申诉入口联系。⟧</p>
<p>⟦m 知页文库 zhiyewenku.com　苏ICP备21087730号-2⟧</p></footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⚓ {n} ⚓", every=100, start=2),
        body="""
为了解算筹学具在小学数学课堂中的使用情况，今年4月至5月，区教研室组成调研组，走访了全区14所小学，听课31节，向任课教师发放问卷126份，收回有效问卷119份。现将调研情况报告如下。
一、基本情况。全区有11所学校在一年级“认识数”和三年级“数学文化”单元中使用算筹学具，其中自制竹签算筹的占六成，购买成套塑料算筹的占四成。被调查教师中，86%认为摆算筹能帮助学生理解位值和进位。
二、存在问题。一是学具数量不足，多数班级只能小组轮流使用；二是部分教师对纵横两种摆法讲解不准，个别课堂出现把“6”摆错的情况；三是学具收发占用课堂时间较多。
三、几点建议。建议统一配备算筹学具，编写一页纸的摆法指南，并把算筹纳入区级数学文化课例评比。
缎湖区教育科学研究室
2024年6月18日
""",
    ),
    dict(
        slug="wenku-jianmo-plan-coal-stove-wrapped-glued-markers",
        site="简墨文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://jianmowk.cn/doc/88417205.html",
        title="帛岭县2024—2025年采暖季煤炉清洁替代工作方案",
        record_title="〖范本〗帛岭县2024—2025年采暖季煤炉清洁替代工作方案（六页齐全）",
        date="2024-09-20",
        notes="text preview hard-wrapped at 62 columns, page markers ⚖n⚖ glued to the continuation line; "
        "decimal headings 1.1–3.1; 成文日期 in Chinese numerals",
        page="""
!m 简墨文库 | 好文档，简单读
!t 〖范本〗帛岭县2024—2025年采暖季煤炉清洁替代工作方案（六页齐全）
!m 文档分类：行政公文 › 工作方案　　页数：6　　格式：DOCX
!a ☆☆☆☆☆ 暂无评分　　［点赞］［收藏］［举报］
{BODY}
!a 预览已结束，后续内容请下载原文件（需墨豆 3 枚）
!l 相关文档：农村清洁取暖改造验收办法　｜　冬季燃煤散烧治理实施方案
!d 简墨文库所有文档均来自网友分享，下载即表示同意仅用于个人学习。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⚖{n}⚖", every=90, start=2, glue=True),
        body="""
为减少冬季煤炉散烧污染，防范一氧化碳中毒事故，结合我县实际，制定本方案。
1.工作目标
1.1 2024年12月底前，完成县城建成区及洫田、茬坪两镇集镇区煤炉清洁替代2600户。
1.2 2025年采暖季结束前，全县农村独居老人家庭煤炉全部加装一氧化碳报警器。
2.主要任务
2.1 摸清底数。各镇以村为单位逐户登记煤炉型号、烟道情况和使用人员，建立台账。
2.2 分类替代。具备电网条件的改用电取暖，暂不具备的更换带烟道的节能型煤炉，不得“一刀切”停用。
3.保障措施
3.1 县财政按每户800元标准给予补助，资金拨付到镇，由镇审核后发放到户。各镇要公开补助名单，接受群众监督。
帛岭县人民政府办公室
二〇二四年九月二十日
""",
    ),
    dict(
        slug="gov-dunchuan-notice-steelyard-weights-html",
        site="砘川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.dunchuan.gov.cn/zwgk/tzgg/202403/t20240311_118034.html",
        title="关于开展集贸市场杆秤秤砣专项检查的通知",
        record_title="〔市场监管〕关于开展集贸市场杆秤秤砣专项检查的通知｜砘川县人民政府",
        date="2024-03-08",
        date_also=["2024-03-11"],
        notes="county portal: 长者模式/无障碍 links, 索引号 table (文号 cell unmarked), 纠错 hotline beside the "
        "notice's own 联系人/电话; 附件 list, 抄送 and 印发 lines; the portal's 发布日期 differs from the 成文日期",
        page="""
<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>〔市场监管〕关于开展集贸市场杆秤秤砣专项检查的通知｜砘川县人民政府</title>
<meta name="ArticleTitle" content="关于开展集贸市场杆秤秤砣专项检查的通知">
<script src="/common/js/jquery.min.js"></script><script>var siteId='dunchuan';</script>
</head><body>
<div class="topbar">⟦a <a href="#">长者模式</a> · <a href="#">无障碍浏览</a> · <a href="#">手机版</a>⟧<span class="wx">⟦a 扫一扫进砘川发布⟧</span></div>
<div class="banner"><img src="/images/logo.png" alt="">⟦m 砘川县人民政府⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjdc/">走进砘川</a>⟧</nav>
<div class="path">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11361023MB1F20415K/2024-00318⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：砘川县市场监督管理局⟧</td><td>⟦m 发布日期：2024-03-11⟧</td></tr>
<tr><td>文　　号：砘市监〔2024〕9号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<h1 class="arti-title">{T}</h1>
<div class="arti-tool">⟦a 【字号：大 中 小】【朗读全文】【打印本页】【关闭】⟧</div>
<div class="arti-body">
{BODY}
</div>
<div class="arti-share">⟦l 分享至：微信 · 微博 · QQ空间⟧</div>
<div class="related"><h3>⟦l 相关信息⟧</h3><ul>
<li>⟦l 县市场监管局2023年计量工作要点⟧</li><li>⟦l 关于开展“诚信计量示范市场”创建的通知⟧</li></ul></div>
<footer>
<p>⟦m 主办：砘川县人民政府办公室　承办：砘川县大数据中心⟧</p>
<p>⟦m 网站纠错热线：0748-5120345　政务服务便民热线：12345⟧</p>
<p>⟦m 赣ICP备05009174号　赣公网安备36102302000115号　网站标识码3610230017⟧</p>
</footer>
<script>document.querySelector('.arti-share').style.display='block';</script>
</body></html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
为维护集贸市场计量秩序，严厉打击使用改装秤砣、短斤缺两等违法行为，县局决定于3月至5月在全县开展集贸市场杆秤秤砣专项检查。现将有关事项通知如下：
一、检查范围。全县23个集贸市场、农村集市和流动摊点使用的杆秤、秤砣、电子计价秤。
二、检查重点。秤砣是否被掏空、灌铅或更换，杆秤是否经检定合格，公平秤是否正常使用。
三、工作要求。各所要建立问题台账，对查出的改装秤砣一律没收销毁，并于每月25日前报送进展情况。
联系人：邓小禾　电话：0748-5126107
附件：1.集贸市场计量器具检查记录表
2.专项检查情况统计表
砘川县市场监督管理局
2024年3月8日
抄送：县人民政府办公室，县公安局。
砘川县市场监督管理局办公室　2024年3月8日印发
""",
    ),
    dict(
        slug="gov-luyang-bulletin-bamboo-chair-workshops-fire",
        site="辂阳县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.luyang.gov.cn/art/2024/7/17/art_2207_66413.html",
        title="关于全县竹椅加工作坊消防安全检查情况的通报",
        date="2024-07-15",
        notes="record title as is; portal text with breadcrumb, 信息来源 line and font row; a data table "
        "(one row a paragraph, cells apart by ideographic spaces); 抄送 and 印发 lines",
        page="""
!m 辂阳县人民政府网　｜　智慧辂阳　服务为民
!m 您当前所处位置：网站首页 >> 信息公开 >> 安全生产 >> 正文
{T}
!m 信息来源：县应急管理局　　发布时间：2024-07-17 10:26　　浏览次数：941
!a ［ 大字 ］［ 默认 ］［ 小字 ］　　［ 打印此页 ］［ 关闭此页 ］
辂应急〔2024〕21号
{BODY}
!l 【上一条】县应急管理局关于防汛Ⅲ级应急响应的通知
!l 【下一条】辂阳县2024年安全生产月活动总结
!m 网站主办：辂阳县人民政府办公室　　联系我们：0749-8613021
!m 滇ICP备10002736号-1　　政府网站标识码：5323260009
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县消防救援大队：
6月下旬以来，县应急管理局会同县消防救援大队，对全县竹椅加工作坊开展了消防安全专项检查，共检查作坊46家，发现隐患93处，已整改81处。现将检查情况通报如下：
乡镇　检查作坊（家）　发现隐患（处）　已整改（处）
茬坪镇　21　45　39
浚口镇　15　28　26
钵塘乡　10　20　16
检查发现，烤竹用的明火炉灶紧挨竹料堆放、篾丝刨花不及时清扫、私拉电线等问题较为普遍。请各乡镇于8月10日前督促剩余隐患全部整改到位，对拒不整改的依法查处。
辂阳县应急管理局
2024年7月15日
抄送：县安委会各成员单位。
辂阳县应急管理局办公室　2024年7月15日印发
""",
    ),
    dict(
        slug="news-rencheng-bamboo-chair-workshop-apprentices",
        site="轫城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.renchengnews.cn/xz/2024-05/21/content_4418207.htm",
        title="盏湾镇老篾匠带徒编竹椅 小作坊编出增收路",
        record_title="【乡镇·一线】盏湾镇老篾匠带徒编竹椅 小作坊编出增收路_轫城新闻网",
        record_date="2024-05-21",
        date="2024-05-21",
        notes="news portal: app prompt glued before the lead, listen button, photo caption between paragraphs, "
        "editor line glued after the last sentence, 24-hour list; record date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【乡镇·一线】盏湾镇老篾匠带徒编竹椅 小作坊编出增收路_轫城新闻网</title>
<script async src="//ad.renchengnews.cn/slot.js"></script>
</head><body>
<div class="top-nav">⟦m <a href="/">轫城新闻网</a> <a href="/sz/">时政</a> <a href="/xz/">乡镇</a> <a href="/ms/">民生</a> <a href="/sp/">视频</a>⟧　<a href="/app">⟦a 下载轫城新闻客户端⟧</a></div>
<div class="loc">⟦m 轫城新闻网 > 乡镇频道 > 盏湾⟧</div>
<article>
<h1>{T}</h1>
<div class="info">⟦m 2024-05-21 08:15　来源：轫城日报　记者 柯雨桐 通讯员 汤一帆⟧　<span class="listen">⟦a 🔊 收听本文⟧</span></div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友 ｜ 朋友圈 ｜ 微博⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 轫城至盏湾城乡公交今起加密班次⟧</li><li>⟦l 全市夏粮收购点公布⟧</li><li>⟦l 盏湾镇竹编展销会下月开幕⟧</li></ol></aside>
<footer>⟦d 轫城新闻网原创稿件，未经书面授权不得转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证编号：36120230041　新闻热线：0795-3316000⟧</footer>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
⟦a 打开轫城新闻APP，本地新鲜事抢先看⟧本报讯　走进盏湾镇竹器街，一阵烤竹的清香扑面而来。72岁的老篾匠徐长根正手把手教两个徒弟给竹椅扶手“上火”，竹条在炭火上慢慢弯成圆弧。
徐长根编了五十多年竹椅，去年在镇里支持下办起竹椅作坊，先后带出徒弟9人。作坊的竹椅不用一颗钉子，全靠榫卯和篾片捆扎，一把靠背椅要花两天工夫。
⟦m 图为徐长根（右）指导徒弟弯制竹椅扶手　柯雨桐 摄⟧
如今作坊每月能出货300多把，通过网店卖到外省，徒弟们每月能拿到四千元左右。“手艺不能断在我手里。”徐长根说，他打算今年再收三个徒弟。⟦m （编辑：罗佳　审校：吴丹）⟧
""",
    ),
    dict(
        slug="news-fushan-old-scale-maker-weights",
        site="黻山融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.fushanrm.cn/news/shms/20240913/30288.shtml",
        title="七十岁秤匠守着一炉铁水 每只秤砣都要过三遍秤",
        record_title="七十岁秤匠守着一炉铁水 每只秤砣都要过三遍秤｜黻山融媒·人物",
        date="2024-09-13",
        notes="county news text: byline 发布时间 is the page's date; photo caption and an ad slot on lines of their "
        "own between paragraphs; editor line glued after the last paragraph",
        page="""
!m 黻山融媒　首页 | 要闻 | 民生 | 人物 | 视听
!m 您的位置：黻山融媒 > 民生 > 人物
{T}
!m 发布时间：2024-09-13 17:42　　来源：黻山融媒中心　　作者：何小满
!a 字号 Ａ＋ Ａ－　　｜　　分享到朋友圈
{BODY}
!l 相关阅读：黻山老街手艺人系列报道之三：补锅匠
!l 网友留言（12）　我要留言
!d 本网所刊作品，未经黻山融媒中心授权，任何单位和个人不得转载。
!m 黻山融媒中心版权所有　新闻线索：0746-7702100
""",
        indent="\u3000\u3000",
        body="""
在黻山县老街东头，有一间不足二十平方米的铁匠铺。70岁的秤匠孙德厚每天早上生起小炉，把生铁熔成铁水，浇进砂模，铸成大大小小的秤砣。
⟦m 孙德厚在给新铸的秤砣打磨毛边（何小满 摄）⟧
“秤砣差一钱，买卖就不公道。”孙德厚说，每只秤砣出模后，他都要用标准砝码过三遍秤，多了就锉，少了就重铸。四十多年来，他铸的秤砣没有一只被市场监管部门查出问题。
⟦a 广告｜黻山农商银行“手艺贷”，最高可贷30万元⟧
如今用杆秤的人少了，孙德厚的秤砣更多被老街游客买去当纪念品。他说，只要还有人需要，他就把这炉火守下去。⟦m 责任编辑：周莉⟧
""",
    ),
    dict(
        slug="forum-mochi-brush-washer-crack-jammer",
        site="墨池书画论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.mochishuhua.com/thread-203377-1-1.html",
        title="宋式青瓷笔洗裂了一道缝，还能修吗",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; jammer-font junk glued and on a line; rating row, signature, "
        "replies; post time relative (3 天前), no date",
        page="""
<html><head><meta charset="gbk"><title>墨池书画论坛 - 文房杂谈</title>
<script src="static/js/common.js"></script></head><body>
<div id="toptb">⟦a <a>设为首页</a> <a>收藏本论坛</a>⟧　⟦a <a>登录</a> | <a>注册墨友</a>⟧</div>
<div id="hd">⟦m 墨池书画论坛 · 以墨会友⟧</div>
<div id="pt">⟦m 墨池书画论坛 › 文房四宝 › 文房杂谈 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 1406｜回复: 23⟧</div>
<table id="pid1"><tr><td class="pls">⟦m 青衫洗砚⟧<br>⟦m 积分 2188　墨友等级：砚田耕夫⟧</td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 3　墨币 +6　收起理由：经验分享⟧</div>
<div class="sign">⟦l 个性签名：笔要洗净，心要放宽⟧</div>
<div class="po">⟦a 回复 · 引用 · 点赞 · 收藏此帖⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　老樵夫：冲线的话用金缮最好，别用502⟧</div>
<div class="reply">⟦l 板凳　砚边人：同求修复师傅，坐标轫城⟧</div>
<div id="fastpost">⟦a 登录墨池后才能参与回帖讨论⟧</div>
<div id="ft">⟦m 墨池书画论坛 ( 浙ICP备18044120号-1 ) Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
各位墨友好，求助一下。家里有一只仿宋式的青瓷笔洗，是我刚学字那年老师送的，用了快十年。前几天洗笔时不小心磕在水池边上，笔洗内壁出现了一道约三厘米长的裂纹，现在装水会慢慢往外渗。
我试过在外壁贴透明胶，也只能撑两三天。听说可以做金缮，但又担心金缮用的大漆有气味，以后洗笔会不会影响墨色。
想问问大家三个问题：一是这种冲线能不能修到不漏水；二是金缮和树脂补哪种更适合天天装水的笔洗；三是轫城附近有没有靠谱的修复师傅。先谢过了！
""",
    ),
    dict(
        slug="forum-miepian-bamboo-chair-tenon-repair-junk",
        site="竹篾手作论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.miepianbbs.com/forum.php?mod=viewthread&tid=51820",
        title="老竹椅松了别急着扔，我是这样紧榫的",
        record_title="[修椅心得] 老竹椅松了别急着扔，我是这样紧榫的（图多慎点）- 修补区 - 竹篾手作论坛",
        date=None,
        notes="forum thread in text: junk lines and junk glued after 。; post time 昨天 (no date); replies, "
        "footer with processed-in line",
        page="""
!m 竹篾手作论坛 - 竹编 · 竹器 · 竹艺人的家
!m 首页 › 手艺交流 › 修补区
!t [修椅心得] 老竹椅松了别急着扔，我是这样紧榫的（图多慎点）
!m 楼主：篾刀老周　　发表于 昨天 21:40　　查看 877 · 回复 19
!m 电梯直达　1#
{BODY}
!a 点赞 9 ｜ 收藏 ｜ 举报该帖
!l 2#　竹里人家：学到了，我家那把也吱吱响
!l 3#　阿竹：盐水泡多久合适？求楼主回复
!a 游客无法回帖，请先登录或注册竹篾账号
!m Powered by Discuz! X3.4　页面执行时间 0.047 秒
""",
        junk=dict(lines=2, glued=2),
        body="""
家里那把竹椅是我爷爷那辈传下来的，坐上去吱吱响，前后晃得厉害。很多人说换新的算了，我舍不得，花了一个下午把它修好了，分享一下步骤。
第一步，找松动点。竹椅松动多半在椅腿和横档的榫头处，用手一摇就能看出来。
第二步，拆下篾箍。用小刀小心挑开缠在榫头外面的篾箍，别割断，后面还要缠回去。
第三步，楔紧榫头。削几片薄竹楔，蘸一点白乳胶，从榫眼的缝隙里敲进去，敲到不晃为止，多余的部分用刀削平。
第四步，重新缠篾。把篾片在温水里泡软，顺着原来的方向一圈圈缠紧，末端塞进缝里。
修完放两天等胶干透，现在坐上去一点声音都没有了。
""",
    ),
]
