"""holdout297, part A: 范文 sites, 文库 previews, government and news portals, forums, a blog.

Invented text, written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="fanwen-chuanbi-speech-bamboo-wife-industry",
        site="椽笔范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chuanbifw.cn/jh/cyfz/2024/0702/17734.html",
        title="在纭川县竹夫人产业发展推进会上的讲话",
        record_title="【讲话·产业篇】在纭川县竹夫人产业发展推进会上的讲话（可直接套用）_椽笔范文网",
        date="2024-06-18",
        date_also=["2024-07-02"],
        notes="old table layout with a marquee, a text-size row, a floating ghost-writer QQ box, a hot list and a visitor "
        "counter; speaker and date lines under the title neutral; a ghost-writer prompt glued after the first paragraph; "
        "the site's posting date differs from the date under the title",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话·产业篇】在纭川县竹夫人产业发展推进会上的讲话（可直接套用）_椽笔范文网</title>
<link href="/css/cb_style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 椽笔范文网 · 机关笔杆子的案头书⟧</td><td align="right">⟦a <a href="#" onclick="this.style.behavior='url(#default#homepage)'">设为首页</a> | <a href="javascript:window.external.AddFavorite()">收藏椽笔</a>⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m <a href="/">首页</a> | <a href="/jh/">讲话致辞</a> | <a href="/zj/">总结汇报</a> | <a href="/fa/">计划方案</a> | <a href="/xd/">心得体会</a> | <a href="/dy/">调研报告</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦a 椽笔会员年卡限时八折，全站稿件随心下⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：椽笔范文网 &gt;&gt; 讲话致辞 &gt;&gt; 产业发展讲话⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 整理：老秦　发布日期：2024-07-02　人气：1638⟧</div>
<div class="zihao">⟦a 〖文字：放大　还原　缩小〗⟧</div>
<p align="center">县人民政府副县长　褚立文</p>
<p align="center">（2024年6月18日）</p>
<div id="zoom">
{BODY}
</div>
<div class="xiazai">⟦a ↓ 下载这篇讲话（doc格式，会员免费）⟧</div>
<div class="sxp">⟦l 上一篇：在全县夏季竹林防火工作会议上的讲话⟧<br>⟦l 下一篇：竹编非遗传承人座谈会主持词⟧</div>
</td>
<td width="250" valign="top">
<div class="remen"><b>⟦l 本月热稿⟧</b>
<li><a href="/jh/1.html">⟦l 乡村特色产业推进会讲话稿⟧</a></li>
<li><a href="/jh/2.html">⟦l 在手工艺品电商培训班开班式上的讲话⟧</a></li>
<li><a href="/jh/3.html">⟦l 县长在产业招商推介会上的致辞⟧</a></li>
</div>
</td></tr>
</table>
<div id="qqfloat" style="position:absolute;right:0;top:220px"><p>⟦w 写稿找老秦⟧</p><p>⟦w QQ：2870415536⟧</p></div>
<table width="960" border="0" align="center"><tr><td class="foot">
<p>⟦d 本站稿件均由会员整理上传，仅作写作参考，请勿原文照搬。⟧</p>
<p>⟦m 椽笔范文网 版权所有 © 2012-2024　鄂ICP备12093871号⟧</p>
<p>⟦m 您是本站第 0418263 位访客⟧</p>
</td></tr></table>
<script language="javascript">document.write('<img src="/count.asp?id=17734" width="0" height="0">');</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
同志们：
今天我们在簌溪镇召开全县竹夫人产业发展推进会，主要是总结前段工作，研究解决产业发展中的难题。刚才，大家参观了两家竹编作坊，三位企业负责人作了交流发言，我都赞同。⟦w 讲话稿不会写？椽笔老秦一对一代笔，微信 cbls_2024⟧
一、看清家底。去年全县竹夫人产量达到四十一万只，线上销售占比超过六成，但多数作坊仍是“一家一户、一刀一篾”，标准不一、品牌不响。
二、抓住关键。县市场监管局要牵头制定竹夫人团体标准，重点规范篾片宽度、打磨工艺和防霉处理；县人社局要办好篾匠培训班，年内培训新学员二百人以上。
三、压实责任。各乡镇要明确一名分管领导，把竹林抚育、作坊改造、电商培训等任务落到具体人头，县里每季度通报一次进度。
同志们，一只竹夫人连着山上的竹林、连着篾匠的手艺、连着群众的钱袋子。希望大家趁着夏季销售旺季，把各项工作抓紧抓实！
""",
    ),
    dict(
        slug="fanwen-jianyu-insight-cushion-volunteers",
        site="笺语范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jianyufw.com/xinde/zhiyuan/60418.html",
        title="参加“暖心靠枕”手工缝制志愿服务活动心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's clean title line; an AI-rewrite prompt glued after a paragraph's last "
        "sentence; a preview-limit line and a members line between paragraphs; a relative collection time is no date",
        page="""
!m 笺语范文 jianyufw.com｜落笔有据，成文有章
!m 位置：首页 ＞ 心得体会 ＞ 志愿服务心得
{T}
!m 字数：约600字　收录：3天前　浏览：942
!a 〔全文复制〕〔存为Word〕〔收入书签〕
{BODY}
!l 同类推荐：
!l ▪ 社区志愿者缝制爱心护膝活动小结
!l ▪ 参加敬老院慰问活动心得体会三篇
!d 本页范文来源于网友投稿，著作权归原作者，如需转载请注明出处。
!m 笺语范文 © 2019-2024　京ICP备19077215号-3
""",
        indent="\u3000\u3000",
        body="""
上个月，单位团支部组织我们到娉湖镇敬老院开展“暖心靠枕”手工缝制志愿服务。两个周末下来，我们和老人们一起缝好了六十只护腰靠枕，我也收获了许多书本上学不到的东西。
一是体会到小物件里有大民生。院里不少老人久坐轮椅，腰背常年酸痛，一只厚薄合适的靠枕，就能让他们晒太阳时坐得舒服一些。服务群众，往往就是从这样的小事做起。
⟦a 笺语会员可解锁本文剩余两段及同题范文5篇⟧
二是体会到志愿服务要真正问需于民。一开始我们按自己的想法裁了方形靠枕，试用后才发现轮椅靠背窄，老人更喜欢带绑带的长条形。改版之后，大家纷纷说“正合适”。⟦a ✎ 用AI把这段改写成我的版本⟧
三是体会到团队协作的力量。会裁剪的、会踩缝纫机的、会塞棉花的各展所长，一条“流水线”很快就转了起来。
今后，我将继续参加这类活动，把志愿服务当成一门长期的“必修课”。
""",
    ),
    dict(
        slug="wenku-fengchao-research-duvet-covers-boarders",
        site="蜂巢文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.fengchaowk.com/doc/fc9027731.html",
        title="关于全县寄宿制学校学生被罩配备和清洗情况的调研报告",
        record_title="【教育调研】关于全县寄宿制学校学生被罩配备和清洗情况的调研报告（可编辑）- 蜂巢文库",
        date="2024-10-15",
        notes="文库 reader: page-marker paragraphs of my own form cut the text; a data table one row a paragraph; an upload "
        "stamp is no date; the 成文日期 under the signature is",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【教育调研】关于全县寄宿制学校学生被罩配备和清洗情况的调研报告（可编辑）- 蜂巢文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="//static.fengchaowk.com/js/reader.min.js"></script>
<script>window.__DOC__ = {id: "fc9027731", pages: 5, free: 3};</script>
</head>
<body>
<header class="wk-top"><a class="logo" href="/">⟦m 蜂巢文库⟧</a><form class="search"><input placeholder="搜文档、搜资料"><button>⟦a 搜一下⟧</button></form><a class="vip" href="/card">⟦a 开通蜂卡 · 全站文档畅读⟧</a><a class="login" href="/login">⟦a 注册 · 登录⟧</a></header>
<nav class="crumbs">⟦m 蜂巢文库 › 教育资料 › 调研报告⟧</nav>
<div class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：瑙溪老周　上传于 2024-11-03　共5页　2.7万次阅读⟧</p>
<div class="toolbar">⟦a 收藏　评分　举报　全屏阅读⟧</div>
</div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="paywall">⟦a 剩余2页未读，支付3元或开通蜂卡后继续阅读⟧<button>⟦a 立即支付⟧</button></div>
<aside class="rec"><h4>⟦l 读过这篇的人还在看⟧</h4><ul><li>⟦l 农村学校宿舍管理情况调研⟧</li><li>⟦l 中小学生寄宿生活保障调研报告（精选）⟧</li></ul></aside>
<footer><p>⟦d 文档由用户上传，蜂巢文库仅提供信息存储空间，若有侵权请点击举报。⟧</p><p>⟦m 浙ICP备21037716号　© 蜂巢文库⟧</p></footer>
</body>
</html>
""",
        p_html='<p class="rd-p">{}</p>',
        pages=dict(fmt="⪽ {n} ⪾", every=100, start=2),
        body="""
为摸清全县寄宿制学校学生床上用品卫生状况，今年9月至10月，县教育体育局组成调研组，走访了11所寄宿制学校，查看宿舍214间，问卷调查学生1360人。现将情况报告如下。
一、基本情况
学校类型　寄宿生人数　人均被罩（套）　平均换洗周期
初级中学　2860　2　14天
九年一贯制学校　1740　1.5　21天
农村小学　930　1　30天
二、存在问题
一是部分学校被罩配备不足，农村小学寄宿生每人只有一套，换洗时只能等晒干再套上。二是清洗方式落后，多数学校依靠学生周末带回家洗。三是缺少晾晒场地，阴雨天被罩难以晾干，容易滋生螨虫。
三、几点建议
一是按每生两套的标准补齐被罩，所需资金列入薄弱学校改善项目。二是在规模较大的学校试点集中洗涤。三是利用闲置教室改建晾衣房，配备除湿设备。
瑙溪县教育体育局调研组
2024年10月15日
""",
    ),
    dict(
        slug="wenku-qingjian-plan-condiment-bottles-wrapped",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.qingjian365.com/p/88415092.html",
        title="餐饮服务单位调味瓶“净瓶行动”实施方案",
        record_title="餐饮服务单位调味瓶“净瓶行动”实施方案（精编word版）-青简文库",
        date="2024-05-20",
        notes="文库 text hard-wrapped at 62 columns and cut by page markers of my own form glued to the continuation "
        "line; 成文日期 in Chinese numerals under the signature; an upload time is no date",
        page="""
!m 青简文库 · 文档在线预览
!m 首页 / 行业资料 / 餐饮管理 / 正文
!t 餐饮服务单位调味瓶“净瓶行动”实施方案（精编word版）
!m 贡献者：qj_user58201　|　页数：4　|　上传时间：2024-06-11
!a ☆收藏　⇩下载（需8青简币）　⚑举报
{BODY}
!a —— 青简试读到此为止，剩余内容请下载原文查看 ——
!l 相关文档：餐饮单位后厨自查制度汇编｜后厨“六T”管理实施细则
!d 声明：本文档由用户上传，青简文库不对内容的完整性负责。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⧺{n}⧺", every=150, start=2, glue=True),
        body="""
为进一步规范全县餐饮服务单位调味瓶的清洗、灌装和摆放，防止调味品交叉污染，县市场监管局决定在全县开展调味瓶“净瓶行动”，特制定本方案。
一、工作目标
到2024年9月底，全县中型以上餐馆、学校食堂和集体用餐配送单位调味瓶定期清洗率达到100%，小餐饮达到90%以上。
二、主要任务
（一）规范清洗。调味瓶每日营业结束后清空残液，每周至少彻底清洗消毒一次，并在清洗记录表上签字。
（二）规范灌装。酱油、醋、辣椒油等调味品应使用带刻度的专用瓶分装，瓶身标明品名和开启日期，不得用饮料瓶代替。
（三）规范摆放。餐桌调味瓶统一放入托架，不与餐巾纸、牙签盒混放。
三、工作步骤
行动分为动员部署、自查整改、督导检查、总结提升四个阶段，9月底前全部完成。
缭岭县市场监督管理局
二〇二四年五月二十日
""",
    ),
    dict(
        slug="gov-ganwan-notice-trowel-planting",
        site="猷城市橄湾区人民政府 (invented portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ganwan.gov.cn/xxgk/tzgg/202403/t20240308_771206.html",
        title="关于开展“小花铲·大绿化”春季义务植绿活动的通知",
        record_title="关于开展“小花铲·大绿化”春季义务植绿活动的通知-通知公告-猷城市橄湾区人民政府",
        date="2024-03-06",
        date_also=["2024-03-08"],
        notes="modern county-portal template: 长辈版/读屏 links, an 索引号 table whose 文号 cell is neutral, the notice's own "
        "contact and mailbox beside the portal's 纠错 and 12345 lines, an 附件 list beside an attachment download link; "
        "the portal's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展“小花铲·大绿化”春季义务植绿活动的通知-通知公告-猷城市橄湾区人民政府</title>
<meta name="SiteName" content="猷城市橄湾区人民政府">
<meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script>
<script src="/js/assist-entry.js"></script>
</head>
<body>
<div class="topbar"><span>⟦m 欢迎访问猷城市橄湾区人民政府网站⟧</span><span>⟦a 长辈版 | 读屏专用 | 简/繁⟧</span></div>
<div class="banner"><h2>⟦m 猷城市橄湾区人民政府门户网站⟧</h2><form><input placeholder="请输入关键词"><button>⟦a 站内搜索⟧</button></form></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 走进橄湾⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11430602MB1C40372X/2024-00213⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发布机构：区绿化委员会办公室⟧</td><td>⟦m 公开日期：2024-03-08⟧</td></tr>
<tr><td>文　　号：橄绿委〔2024〕3号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tools">⟦a 【字体：大 中 小】【打印本页】【分享】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：春季义务植绿点位安排表及回执.xlsx（23KB）⟧</div>
</div>
<div class="related"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 橄湾区2024年全民义务植树工作要点⟧</li><li>⟦l 滨河绿廊春季养护作业公告⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：猷城市橄湾区人民政府办公室　承办：橄湾区政务数据中心⟧</p>
<p>⟦m 网站纠错电话：0736-8862 0000　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：4307020011　湘ICP备05011327号　湘公网安备43070202000118号⟧</p>
</div>
<script>var _trsPage = {site: "ganwan", col: "tzgg"};</script>
</body>
</html>
""",
        body="""
各街道办事处，区直各单位，各驻区单位：
为深入推进全民义务植树，动员群众就近参与城市绿化，区绿化委员会决定于3月中下旬开展“小花铲·大绿化”春季义务植绿活动。现将有关事项通知如下。
一、活动时间：2024年3月16日至3月30日，每周六上午。
二、活动地点：滨河绿廊、橄湾公园北坡及各社区口袋公园。
三、活动内容：以补植地被、栽种时令花卉、修整花境为主，每个点位配备园林技术员现场指导。参加人员请自带花铲、手套和水壶，区园林中心在各点位另备花铲两百把供借用。
四、有关要求：各单位于3月12日前将参加人数报区绿化委员会办公室，活动中注意安全，严禁攀折树木。
联系人：区绿化办　蒋晓芸，电话：0736-8862 4107，邮箱：ganwan_lvhua@ywgw.gov.cn
附件：1.春季义务植绿点位安排表
2.参加人员回执
猷城市橄湾区绿化委员会
2024年3月6日
""",
    ),
    dict(
        slug="gov-yunchuan-bulletin-bamboo-wife-checks-wrapped",
        site="纭川县人民政府 (invented portal, text export)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yunchuan.gov.cn/zwgk/bmdt/scjgj/202407/t20240724_90311.html",
        title="关于2024年竹制消暑用品质量监督抽查情况的通报",
        date="2024-07-22",
        notes="title as the record gives it; the text hard-wrapped at 56 columns; a 文号 line neutral; a table of failed "
        "products one row a paragraph; 抄送 line kept; a today-is line in the header is no date",
        page="""
!m 纭川县人民政府　　今天是：2024年8月1日 星期四
!m 首页 > 政务公开 > 部门动态 > 县市场监管局
{T}
!m 信息来源：县市场监管局　浏览次数：376　【字号：大 中 小】
纭市监〔2024〕41号
{BODY}
!a 【打印正文】【关闭本页】【返回顶部】
!m 主办：纭川县人民政府办公室　承办：县大数据中心　网站标识码：4310260013
!m 网站纠错热线：0745-7216 9000　湘ICP备13011843号
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各乡镇人民政府，县直有关单位：
为保障夏季消暑用品质量安全，7月上旬，县市场监管局对全县生产、销售的竹夫人、竹凉席等竹制消暑用品开展了监督抽查，共抽检产品36批次，合格32批次，合格率88.9%。现将有关情况通报如下。
不合格产品的主要问题是霉菌检出、毛刺未打磨和标识缺失，具体如下：
生产单位　产品名称　不合格项目
簌溪镇晓峰竹艺作坊　竹夫人（大号）　霉菌
绠口镇万竹工艺品厂　竹夫人（中号）　毛刺、开裂
簌溪镇青篾竹编社　竹凉席　霉菌
县城东市场某摊位　竹夫人（无标识）　标识缺失
对抽查不合格的产品，县市场监管局已依法责令生产者、销售者停止生产和销售，并督促整改。各乡镇要加强对竹编作坊的日常指导，督促其做好竹材蒸煮、防霉处理和成品晾晒。
纭川县市场监督管理局
2024年7月22日
抄送：县人民政府办公室，县林业局。
""",
    ),
    dict(
        slug="news-youcheng-duvet-covers-donation",
        site="猷城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.youchengnews.cn/msh/2024-09/05/content_338127.html",
        title="猷城一家纺企业为山区学校捐赠新被罩1200套",
        record_title="猷城一家纺企业为山区学校捐赠新被罩1200套 ｜ 猷城新闻网·民生频道",
        date="2024-09-05",
        notes="news portal: app prompt, listen button, a photo caption between paragraphs, an editor/reviewer line glued "
        "after the last sentence, a 24-hour list; the 发布时间 line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>猷城一家纺企业为山区学校捐赠新被罩1200套 ｜ 猷城新闻网·民生频道</title>
<meta name="description" content="猷城新闻网民生频道">
<script src="https://static.youchengnews.cn/js/tts-player.js"></script>
</head>
<body>
<div class="app-bar">⟦a 下载“猷见”客户端，新闻早知道⟧ <a class="open">⟦a 打开⟧</a></div>
<header><a class="logo">⟦m 猷城新闻网⟧</a><nav>⟦m 首页 时政 民生 区县 文旅 视频 专题⟧</nav></header>
<div class="loc">⟦m 猷城新闻网 &gt; 民生频道 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-09-05 08:47　来源：猷城日报　作者：褚一鸣⟧</div>
<div class="listen">⟦a ▶ 听新闻（约1分40秒）⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信　朋友圈　微博　复制链接⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 猷城地铁2号线西延段进入铺轨阶段⟧</li><li>⟦l 橄湾区新增3处口袋公园⟧</li><li>⟦l 瑙溪县秋季开学“第一课”走进非遗工坊⟧</li></ol></aside>
<footer><p>⟦d 猷城新闻网所刊稿件未经书面授权不得转载⟧</p><p>⟦m 互联网新闻信息服务许可证：43120190017　违法和不良信息举报：0736-8230 0501⟧</p></footer>
</body>
</html>
""",
        body="""
本报讯（记者　褚一鸣）9月4日，猷城市栳丰家纺有限公司向瑙溪县7所山区寄宿制学校捐赠新被罩1200套，价值约9.6万元。
捐赠仪式在瑙溪县缏坪乡中心学校举行。这批被罩选用全棉面料，采用拉链式开口，学生自己就能拆换。
⟦l 图为公司员工和老师一起为学生铺换新被罩。（褚一鸣　摄）⟧
公司负责人介绍，今年暑假前，他们在回访中得知部分山区学校被罩破旧、换洗不够，便专门安排一条生产线赶制。
“原来一个学期只有一套被罩，周末带回家洗，阴天干不了就只能套湿的。”缏坪乡中心学校五年级学生小蒋说，现在每人有了两套，可以换着用了。
瑙溪县教育体育局有关负责人表示，将督促受赠学校建立被罩登记和换洗制度，让爱心物资用得好、管得住。⟦m 编辑：钟岚　审核：莫川⟧
""",
    ),
    dict(
        slug="news-chuyang-condiment-bottles-checks",
        site="褚阳新闻网 (invented, county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.chuyangnews.com/xianyu/2024/0419/52261.shtml",
        title="褚阳县抽查餐馆桌面调味瓶 15家被责令整改",
        record_title="褚阳县抽查餐馆桌面调味瓶 15家被责令整改_县域_褚阳新闻网",
        date="2024-04-19",
        notes="an app prompt glued before the lead's first words; a related link between paragraphs; a 12315 line as "
        "content; the byline's 发布时间 is the page's date",
        page="""
!m 褚阳新闻网 — 褚阳县融媒体中心主办
!m 首页｜县域｜民生｜文旅｜视听｜专题
!m 当前位置：首页 > 县域 > 正文
{T}
!m 发布时间：2024-04-19 16:05　来源：褚阳融媒　编辑：邵青青
!a 字号：A+　A-　｜　打印　｜　分享到微信
{BODY}
!l ↑ 上一条：褚阳县启动春季农村集体聚餐食品安全培训
!l ↓ 下一条：县城三条背街小巷改造完工
!m 褚阳县融媒体中心版权所有　未经许可禁止转载
!m 新闻热线：0739-5520 1188　湘ICP备18020734号-1
""",
        indent="\u3000\u3000",
        body="""
⟦a 打开褚阳融媒APP，看更多县里事⟧本网讯　4月17日至18日，褚阳县市场监管局组织执法人员对城区58家餐馆的桌面调味瓶开展专项检查，其中15家因调味瓶污渍明显、使用饮料瓶分装或标签缺失被责令限期整改。
检查中，执法人员逐桌查看醋瓶、酱油壶和辣椒油罐，不少瓶口结有油垢，个别餐馆的醋瓶里漂着杂质。“有的瓶子从开业用到现在，只添不洗。”带队的执法人员说。
⟦l 延伸读：家里的调味瓶该怎么洗？⟧
县市场监管局提醒，调味瓶应至少每周彻底清洗消毒一次，分装时要标明品名和开启日期，发现沉淀、异味应立即更换。消费者如发现问题，可拨打12315投诉举报。
下一步，该局将把调味瓶管理纳入餐饮单位日常量化分级评定。
""",
    ),
    dict(
        slug="forum-shihua-post-trowels-jammer",
        site="莳花小筑论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.shihuaxz.net/thread-204417-1-1.html",
        title="晒晒我用了十年的几把花铲",
        record_title="【工具晒单】晒晒我用了十年的几把花铲（多图） - 园艺工具 - 莳花小筑论坛",
        date=None,
        notes="Discuz-like page: jammer-font junk inside the post, a rating row, a signature, replies, a login prompt; "
        "a relative post time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>【工具晒单】晒晒我用了十年的几把花铲（多图） - 园艺工具 - 莳花小筑论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Z3k"></script>
</head>
<body>
<div id="toptb">⟦a 快捷导航｜登录｜注册⟧</div>
<div id="hd"><a href="./">⟦m 莳花小筑论坛 · 阳台上的小花园⟧</a></div>
<div id="pt">⟦m 莳花小筑论坛 › 园艺交流 › 园艺工具 › 查看帖子⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 南窗种薄荷⟧</div><p>⟦m 帖子 683　花币 2410　园龄 9年⟧</p></td>
<td class="plc">
<div class="pct"><span class="xg1">⟦m 查看: 3126｜回复: 47⟧</span>
<h1><span id="thread_subject">⟦t 【工具晒单】晒晒我用了十年的几把花铲（多图）⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 5 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88215">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 3　花币 +15　理由：实用，收藏了⟧</div>
<div class="sign">⟦m 阳台三平米，四季都有花⟧</div>
</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 沙发　多肉老张：第二把铝的我也有，确实省劲⟧</p><p>⟦l 板凳　栀子开了：求链接，刻度那把在哪买的？⟧</p></div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没有账号？立即加入莳花小筑⟧</div>
<div id="ft">⟦m 纯文本版｜移动端｜站务信箱｜莳花小筑论坛（浙ICP备17052293号）⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
入坑养花十年，家里的花铲换了好几茬，今天挑几把还在用的出来晒晒，顺便说说使用心得。
第一把是不锈钢窄头花铲，铲面只有三指宽，适合给小盆换土、挖苗。缺点是铲柄太短，用久了手心硌得疼。
第二把是铸铝宽口铲，一铲能撮起小半盆土，配营养土最省事。去年柄上的木头裂了，我自己缠了一圈麻绳，反而更防滑。
第三把是带刻度的移栽铲，铲面上刻着厘米数，种球根时一看就知道挖了多深。郁金香、风信子都靠它。
总结一句：花铲不在多，顺手最重要。新手入门买一把窄头、一把宽口就够了，别被商家的十件套忽悠。
""",
    ),
    dict(
        slug="forum-qiaoshou-post-cushion-covers-junk",
        site="巧手布艺论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.qiaoshoubuyi.com/bbs/viewthread.php?tid=73390",
        title="旧牛仔裤改靠枕套，一步一步教你做",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; anti-scraping junk as lines and glued after 。; replies; "
        "a 昨天 post time is no date",
        page="""
!m 巧手布艺论坛 › 缝纫教程区 › 家居小物
!m 楼主：针脚不齐的阿May　｜　发表于 昨天 22:16　｜　只看楼主
{T}
{BODY}
!l 1楼　线团子：收藏了，明天就去翻箱底找旧裤子
!l 2楼　布丁妈妈：拉链那步能不能拍个细节图？
!a 登录后才能回复，没有账号？注册一个
!m 巧手布艺论坛 © 2016-2024｜手机版｜联系版主
""",
        junk=dict(lines=2, glued=3),
        body="""
家里两条旧牛仔裤一直舍不得扔，上周末拿来改了两只靠枕套，效果比想象的好。把步骤写下来，给需要的姐妹参考。
一、裁布。靠枕芯是45厘米见方的，前片裁47厘米见方，后片裁成两块，分别是47×30和47×25厘米，留出重叠的开口。
二、拼花。裤腿正面拼成前片，裤兜整个保留下来缝在正中，可以放遥控器。
三、缝合。后片两块先各自卷边，再和前片正面相对，四周走一圈直线，缝份留1厘米。
四、翻面塞芯。从重叠口翻到正面，四个角用筷子顶出来，塞进枕芯就完成了。
牛仔布厚，家用机记得换14号针。针距调大一点，不然容易跳线。
""",
    ),
    dict(
        slug="blog-suxi-memoir-grandma-bamboo-wife",
        site="簌溪闲人的博客 (invented)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://suxixianren.blog.cn/post/2024/07/bamboo-wife.html",
        title="外婆的竹夫人",
        record_title="外婆的竹夫人 | 簌溪闲人 · 旧物簿",
        date=None,
        notes="blog: tag cloud, archive, comment form, prev/next; a relative post time and the archive's months are no "
        "dates; the memoir has no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>外婆的竹夫人 | 簌溪闲人 · 旧物簿</title>
<link rel="stylesheet" href="/themes/paper/style.css">
<script async src="/js/visit-stat.js"></script>
</head>
<body>
<header class="site-header"><h2>⟦m 簌溪闲人 · 旧物簿⟧</h2><p>⟦m 记些旧东西，和旧东西背后的人⟧</p>
<nav>⟦m 首页　旧物　读书　关于⟧</nav></header>
<main>
<article>
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发布于 3 天前 · 分类：旧物 · 阅读 218⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l 标签：竹器　外婆　夏天⟧</div>
<div class="post-nav">⟦l « 旧物（其四）：一把蒲扇⟧　⟦l 旧物（其六）：煤油灯 »⟧</div>
</article>
<section class="comments"><h3>⟦l 留言（2）⟧</h3>
<p>⟦l 青箬笠：我家也有一只，现在当装饰挂着。⟧</p>
<p>⟦l 闲人（博主）回复：留着吧，是个念想。⟧</p>
<form>⟦a 昵称（必填）　邮箱（不公开）　说点什么…　发表留言⟧</form>
</section>
</main>
<aside class="sidebar">
<h4>⟦l 标签云⟧</h4><p>⟦l 竹器 老屋 外公 蒲扇 读书 簌溪 夏天⟧</p>
<h4>⟦l 归档⟧</h4><ul><li>⟦l 2024年7月（3）⟧</li><li>⟦l 2024年6月（5）⟧</li></ul>
</aside>
<footer><p>⟦d 本博文字均为原创，转载请先留言告知⟧</p><p>⟦m 簌溪闲人 © 2024 · 纸页主题⟧</p></footer>
</body>
</html>
""",
        body="""
外婆家在簌溪边上，夏天闷热，蚊帐里总躺着一只竹夫人。那是外公用后山的毛竹编的，一尺多长，通体镂空，摸上去凉丝丝的。
小时候我不懂这个名字，问外婆为什么叫“夫人”。外婆笑着说，夏天抱着它睡，比抱着人凉快多了。
每年入伏前，外婆都要把竹夫人拿到井边，用丝瓜瓤蘸着淘米水一根一根地擦，再挂到屋檐下晾上半天。她说竹子吸了人的汗，不洗就会发霉长斑。
后来外公走了，那只竹夫人一直挂在老屋的墙上，篾片磨得发红发亮。前几年老屋拆迁，舅舅把它带到了城里，如今挂在空调房里，再也没人抱过。
今年夏天，我在网上又买了一只竹夫人，篾片很新，却少了那股淘米水的味道。
""",
    ),
]
