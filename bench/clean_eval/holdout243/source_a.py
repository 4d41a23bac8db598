"""holdout243, part A: 范文 sites, 文库 previews, government portals, news portals, forums.
Invented text (places, people, sites, numbers, URLs); written by hand, case by case.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="mogeng-speech-spring-travel-tickets",
        site="墨耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfw.com/jianghua/jiaotong/2025/0113/51862.html",
        title="在全县2025年春运工作动员部署会上的讲话",
        record_title="【春运讲话】在全县2025年春运工作动员部署会上的讲话（领导审定稿）_墨耕范文网",
        date="2025-01-08",
        date_also=["2025-01-13"],
        notes="old table layout with a marquee, a font-size/eye-care row, a floating QQ box, a hot list and a visitor counter; "
        "speaker and date lines under the title (neutral); the site's posting date differs; a ghost-writer prompt glued after a 。 "
        "and a member-unlock line between paragraphs; a speech that speaks of 车票 and 倒卖车票",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【春运讲话】在全县2025年春运工作动员部署会上的讲话（领导审定稿）_墨耕范文网</title>
<script language="javascript" src="/js/count.js"></script>
<style>td{font-size:12px}</style>
</head><body>
<table width="960" align="center"><tr>
<td><a href="/">⟦m 墨耕范文网⟧</a></td><td>⟦m 笔墨耕耘 文稿有源⟧</td>
<td>⟦a <a href="/member/login.asp">会员登陆</a> | <a href="/member/reg.asp">新会员注册</a>⟧</td></tr></table>
<table width="960" align="center" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 计划方案⟧</a></td><td><a href="/gongwen/">⟦m 公文范本⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 墨耕范文网会员突破八十万啦！新春范文有奖征集火热进行中……⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 您的位置：墨耕范文网 &gt;&gt; 讲话致辞 &gt;&gt; 交通运输讲话 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-01-13　来源：会员投稿　人气：4172⟧</div>
<div class="size">⟦a 【字号：特大 大 中 小】【护眼底色】【关闭本页】⟧</div>
<div class="speaker">县委常委、副县长　贺明远</div>
<div class="date">（2025年1月8日）</div>
<div id="content">
{BODY}
</div>
<div class="copy">⟦a 【复制全篇】【存为Word】【放进书包】⟧</div>
</td><td width="250" valign="top">
<div class="hot"><b>⟦l 本月讲话稿点击榜⟧</b>
<p><a href="/jianghua/51701.html">⟦l 在全县安全生产暨春节前安全检查会上的讲话⟧</a></p>
<p><a href="/jianghua/51744.html">⟦l 乡镇春节走访慰问困难群众时的讲话⟧</a></p>
<p><a href="/jianghua/51790.html">⟦l 客运企业春运誓师大会表态发言⟧</a></p></div>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:0;top:200px">⟦w 墨耕写作顾问 QQ：2876104553 在线⟧</div>
<table width="960" align="center" class="foot"><tr><td>
<p>⟦d 墨耕范文网所收文稿多为会员投稿，仅供写作参考，如有侵权请邮件告知删除。⟧</p>
<p>⟦m Copyright 2009-2025 mogengfw.com 墨耕范文网　湘ICP备09031774号⟧</p>
<p>⟦m 您是第 00917346 位访客⟧</p>
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县春运工作动员部署会，主要是安排今年春运期间旅客运输和安全保障工作。今年春运从1月14日开始，到2月22日结束，共40天。据预测，全县道路客运发送旅客约46万人次，其中返乡务工人员和学生占六成以上。⟦w 急需同类讲话稿？墨耕写作顾问一对一代笔⟧
一、把购票服务做细。县汽车站要增开两个人工售票窗口，保留现金购票和纸质车票，方便不会用手机的老年旅客；各乡镇便民服务中心要设立代购点，帮助群众预约返乡车票。
⟦a 本篇为会员精编稿，开通会员即可整篇下载⟧
二、把安全关口守牢。交通运输、公安交警部门要严格落实“三不进站、六不出站”，坚决查处超员、疲劳驾驶等违法行为，严厉打击倒卖车票行为。
三、把应急准备做足。要针对雨雪冰冻天气制定应急预案，储备融雪物资，确保旅客滞留时有饭吃、有水喝、有地方休息。
同志们，春运连着千家万户，希望大家以高度负责的态度，让每一位旅客平安回家、温暖过年！
""",
    ),
    dict(
        slug="wenjian-text-insight-manuscript-paper",
        site="文笺范文站 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.wenjianfw.cn/xinde/gongzuo/73140.html",
        title="坚持用稿纸起草材料的几点心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's own title line; an update stamp '3 天前' is no date; a collect link glued after a 。; "
        "a writing-service prompt between paragraphs; a related list and a notice at the bottom",
        page="""
!m 文笺范文站　m.wenjianfw.cn
!m 有思路，更有出路
!m 首页 ▷ 心得体会 ▷ 工作心得
{T}
!m 整理：佚名　更新：3 天前　浏览：861
!a 〔朗读本文〕〔放大字体〕〔复制链接〕
{BODY}
!a 完整版共1280字，扫码登录后免费查看剩余内容
!w 材料写不出来？文笺写作组帮您量身定制，微信 wj_xiezuo88
!l 同主题心得：
!l ▪ 机关新人学写公文的三点体会
!l ▪ 办公室岗位练兵心得（精选）
!l ▪ 跟着老科长学写材料有感
!d 本站心得类文章均来自网友分享，观点不代表文笺范文站立场。
!m 文笺范文站 版权所有　粤ICP备18066203号-3
""",
        indent="\u3000\u3000",
        body="""
作为一名刚到办公室工作的年轻人，我起初觉得写材料就是对着电脑敲字。科长却要求我先在三百字的方格稿纸上起草，再录入电脑。半年下来，我对这个“老办法”有了几点新的体会。
一是稿纸让人慢下来。每个格子只能写一个字，落笔之前就得想清楚，句子自然短了，废话也少了。⟦a ☆收藏本段⟧
二是稿纸便于估算字数。一页三百字，领导要求八百字的发言，写满不到三页就该收尾，心里有数。
⟦w 〔文笺写作组〕述职、总结、心得 当天交稿⟧
三是稿纸留得住修改痕迹。科长用红笔在格子旁边批注，哪里删、哪里补一目了然。我把改过的稿纸按日期装订成册，翻一翻就知道自己常犯哪些毛病。
当然，用稿纸并不是排斥电脑，而是先把思路理清。今后我还会坚持这个习惯，把每一篇材料写实写好。
""",
    ),
    dict(
        slug="jianye-wenku-report-luggage-tags-pdf",
        site="笺页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jianyewk.com/p-88123076.html",
        title="关于郜川县汽车客运站行李托运与行李牌使用情况的调研报告",
        record_title="关于郜川县汽车客运站行李托运与行李牌使用情况的调研报告.pdf",
        date="2024-11-20",
        notes="a 文库 reader: viewer toolbar, page count, marker paragraphs '✷ n ✷' cutting paragraphs, a monthly-card paywall, "
        "an upload notice and similar-documents list; file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于郜川县汽车客运站行李托运与行李牌使用情况的调研报告.pdf-笺页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.jianyewk.com/reader/v3/viewer.min.js"></script>
</head><body>
<header class="jy-top"><a class="logo" href="/">⟦m 笺页文库⟧</a><span class="slogan">⟦m 一页一世界，好文随手翻⟧</span>
<nav><a href="/">⟦m 首页⟧</a><a href="/cat/report">⟦m 报告总结⟧</a><a href="/cat/gov">⟦m 党政公文⟧</a><a href="/vip">⟦a 月卡会员⟧</a></nav></header>
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：qingshan_77　格式：PDF　共3页　浏览 2,306 次⟧</div>
<div class="viewer-bar">⟦a 适应宽度　＋放大　－缩小　全屏阅读⟧</div>
</div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 剩余1页未展开，开通月卡即可畅读全部页面⟧</p><button>⟦a ￥9.9 开通月卡⟧</button></div>
<div class="upload-note">⟦d 本文档由用户自行上传，笺页文库仅提供存储与展示服务，若涉及侵权请提交申诉。⟧</div>
<aside class="similar"><h3>⟦l 读过这篇的人也在翻⟧</h3>
<ul><li>⟦l 客运站春运旅客服务质量调查报告⟧</li><li>⟦l 关于农村客运班线运营情况的调研⟧</li><li>⟦l 道路旅客运输行李包裹管理办法解读⟧</li></ul></aside>
<footer><p>⟦m © 2025 笺页文库 jianyewk.com　浙ICP备21047730号-1⟧</p></footer>
</body></html>
""",
        p_html='<div class="page-txt">{}</div>',
        pages=dict(fmt="✷ {n} ✷", every=150, start=2),
        body="""
为了解客运站行李托运服务现状，2024年10月，县交通运输局组成调研组，采取现场观察、旅客问卷和座谈等方式，对县汽车客运站行李托运及行李牌使用情况进行了调研，共收回有效问卷312份。
一、基本情况
客运站现有托运窗口2个，日均办理托运行李约140件。目前使用的是手写纸质行李牌，分上下两联，上联系在行李上，下联交旅客凭联提取。
二、存在的问题
一是行李牌字迹不清，有37%的旅客反映目的地和车次写得潦草，转运时容易放错车。二是纸质行李牌易破损，雨雪天装卸时受潮断裂，全年因此发生错拿、漏拿行李11起。三是部分行李牌未留旅客电话，无法及时联系失主。
三、几点建议
建议改用防水材质的行李牌，预印车次和目的地栏目，增加旅客联系电话栏；逐步推行条码行李牌，实现托运、装车、提取全程可查。
郜川县交通运输局调研组
2024年11月20日
""",
    ),
    dict(
        slug="jianye-text-plan-postmark-wrapped-markers",
        site="笺页文库 (invented), text view",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.jianyewk.com/p-88240519.html",
        title="郫湖区第二实验小学“小邮戳里的大世界”集邮文化进校园活动方案",
        record_title="【教案备课】郫湖区第二实验小学“小邮戳里的大世界”集邮文化进校园活动方案（含活动流程）- 笺页文库",
        date="2025-03-05",
        notes="a 文库 text view hard-wrapped at 60 columns with page markers '⸶n⸷' glued to the continuation line; "
        "decorated title (column prefix and aside); numbered list; 成文日期 under the signature",
        page="""
!m 笺页文库 · 文本阅读模式
!t 【教案备课】郫湖区第二实验小学“小邮戳里的大世界”集邮文化进校园活动方案（含活动流程）
!m 贡献者：德育小刘　｜　2页　｜　下载券：3
!a 切换原版阅读　　举报　　加入书单
{BODY}
!a 本文档最多预览2页，下载后可完整打印
!l 猜你想找：校园集邮社团活动计划　｜　少先队红领巾寄语活动方案
!d 文档内容由贡献者提供，仅代表贡献者观点，笺页文库不作担保。
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⸶{n}⸷", every=110, start=2, glue=True),
        body="""
一、活动目的
通过认识邮票、邮戳和实寄封，引导学生了解邮政历史，培养收集、整理和观察的习惯，激发热爱家乡、热爱生活的情感。
二、活动时间
2025年3月至6月，每周四下午第三节课。
三、活动内容
1.认识邮戳。邀请区邮政分公司的工作人员进校园，讲解日戳、纪念戳和风景戳的区别，现场演示盖戳。
2.制作实寄封。每名学生给家人写一封信，贴好邮票，到邮政支局加盖当日邮戳后寄出。
3.设计校园风景戳。以校园里的老槐树、钟楼为题材征集风景戳图稿，优秀作品报送区邮政分公司审核刻制。
四、工作要求
各班主任要做好组织和安全工作，活动照片和学生作品于每月底前交学校德育处汇总。
郫湖区第二实验小学德育处
2025年3月5日
""",
    ),
    dict(
        slug="binshui-gov-bulletin-adhesive-hooks-table",
        site="邠水县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.binshui.gov.cn/zwgk/bmxx/scjgj/202504/t20250421_330918.html",
        title="邠水县市场监督管理局关于2025年第一季度塑料粘钩产品质量监督抽查情况的通报",
        record_title="〔质量抽查〕邠水县市场监督管理局关于2025年第一季度塑料粘钩产品质量监督抽查情况的通报 ‖ 邠水县人民政府",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="county portal: elder/screen-reader links, an 索引号 table (its 文号 cell unmarked: neutral), a 纠错 and a 12345 line; "
        "a data table (one row a paragraph); the bureau's own 联系人/电话 in the body; 成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>邠水县市场监督管理局关于2025年第一季度塑料粘钩产品质量监督抽查情况的通报</title>
<script src="/common/js/jquery.min.js"></script><script>var siteId=36;</script>
</head><body>
<div class="topbar">⟦a 老年关怀版　|　读屏辅助　|　繁简切换⟧ <a href="/login">⟦a 个人中心⟧</a></div>
<div class="header"><span class="site">⟦m 邠水县人民政府⟧</span><span class="motto">⟦m 山水邠水　宜居宜业⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li><li>⟦m 走进邠水⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县市场监管局⟧</div>
<table class="gk-info">
<tr><td>⟦m 索引号：11610429MB1820477X/2025-00412⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文机关：邠水县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-21⟧</td></tr>
<tr><td>邠市监通〔2025〕6号</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
</table>
<h2 class="title">{T}</h2>
<div class="tool">⟦a 字号：〔大〕〔中〕〔小〕　〔打印正文〕　〔收藏〕⟧</div>
<div class="zw">
{BODY}
</div>
<div class="share-row">⟦l 转发至：微信好友　朋友圈　微博⟧</div>
<div class="prev-next"><p>⟦l 上一条：邠水县2025年春季农资打假专项行动方案⟧</p><p>⟦l 下一条：关于开展电动自行车充电器专项检查的公告⟧</p></div>
<div class="footer">
<p>⟦m 邠水县人民政府办公室主办　邠水县融媒体中心承办⟧</p>
<p>⟦m 网站纠错热线：0736-5219000　政务服务便民热线：12345⟧</p>
<p>⟦m 陕ICP备06017255号　网站标识码6104290008⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位，各有关企业：
为加强日用消费品质量安全监管，我局于2025年2月至3月对全县商超、批发市场和网店销售的塑料粘钩产品开展了监督抽查，共抽查样品30批次，合格27批次，合格率90%。不合格产品情况如下：
序号　产品名称　标称生产企业　不合格项目
1　无痕粘钩（承重5kg）　邺川市恒粘日用品厂　静载承重
2　透明挂墙粘钩　邠水县庆丰塑料制品厂　标识标注
3　卡通贴墙粘钩　鄯岭县乐悠家居用品店　静载承重
对抽查不合格的产品，我局已责令相关企业和经营者立即停止销售，并依法立案调查。提醒消费者购买粘钩时注意查看标注的承重范围，不要悬挂超重物品。
联系人：周静　电话：0736-5281447
邠水县市场监督管理局
2025年4月18日
""",
    ),
    dict(
        slug="lingxi-gov-text-notice-ticket-subsidy-wrapped",
        site="酃溪县人民政府 (invented), page saved as text",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lingxi.gov.cn/zwgk/zcwj/bmwj/202501/t20250109_88417.shtml",
        title="酃溪县人力资源和社会保障局关于做好2025年春节返乡农民工车票补贴申领工作的通知",
        record_title="[政策文件] 酃溪县人力资源和社会保障局关于做好2025年春节返乡农民工车票补贴申领工作的通知｜酃溪县政府",
        date="2025-01-06",
        date_also=["2025-01-09"],
        notes="a county page saved as text, hard-wrapped at 66 columns; document number line (neutral); 成文日期 in Chinese numerals; "
        "附件 list, 抄送 and 印发 lines; a sentence that speaks of 扫码 as content; the page's 发布日期 differs",
        page="""
!m 酃溪县人民政府　www.lingxi.gov.cn
!m 首页　｜　政务公开　｜　政务服务　｜　互动交流
!m 您所在的位置：首页 » 政务公开 » 政策文件 » 部门文件
{T}
酃人社发〔2025〕2号
!m 发布日期：2025-01-09　　信息来源：县人社局　　浏览次数：1903
!a 〖打印本文〗〖关闭本页〗〖大 中 小〗
{BODY}
!l 相关政策解读：一图读懂返乡农民工车票补贴怎么领
!m 主办：酃溪县人民政府办公室　　技术支持：酃溪县数据资源中心
!m 湘ICP备05011632号　湘公网安备43102602000213号
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各乡镇人民政府，县直有关单位：
为帮助在外务工人员春节平安返乡，经县政府同意，今年继续对返乡农民工发放车票补贴。现将有关事项通知如下：
一、补贴对象。户籍在本县、2024年在县外务工6个月以上并于2025年1月10日至2月10日期间返乡的农民工。
二、补贴标准。凭实名制火车票或汽车票，按票面金额给予补贴，每人最高300元。
三、申领方式。返乡人员可持身份证和车票原件到户籍所在地乡镇劳动保障所申领，也可扫码进入“酃溪就业”小程序上传车票照片申领。
四、工作要求。各乡镇要安排专人受理，当月审核、次月发放，严禁虚报冒领。
附件：1.返乡农民工车票补贴申领表
2.各乡镇劳动保障所受理电话
酃溪县人力资源和社会保障局
二〇二五年一月六日
抄送：县财政局，县农业农村局。
酃溪县人力资源和社会保障局办公室　2025年1月6日印发
""",
    ),
    dict(
        slug="yechuan-news-postmark-photo-captions",
        site="邺川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yechuannews.cn/xianyu/2025-05/19/content_4471208.htm",
        title="籀山古镇邮政支局启用“古驿道”风景邮戳",
        record_title="籀山古镇邮政支局启用“古驿道”风景邮戳 — 邺川新闻网 · 县域",
        date="2025-05-19",
        notes="a city news portal: an app banner, a listen button, photo captions on lines of their own between paragraphs, "
        "an editor line glued after the last paragraph, a 24-hour list; the byline's date is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>籀山古镇邮政支局启用“古驿道”风景邮戳 — 邺川新闻网 · 县域</title>
<script async src="https://ad.yechuannews.cn/slot.js"></script>
</head><body>
<div class="app-banner">⟦a 下载「邺川新闻」客户端，本地资讯早知道⟧</div>
<header><a href="/">⟦m 邺川新闻网⟧</a><nav>⟦m 时政　县域　民生　文旅　视频　评论⟧</nav></header>
<div class="crumbs">⟦m 邺川新闻网 / 县域 / 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-19 09:12　来源：邺川日报　记者：石岚　通讯员：陶志远⟧</div>
<div class="listen">⟦a ▶ 收听本篇报道⟧</div>
{BODY}
</article>
<div class="tags">⟦l 标签：籀山 邮政 风景邮戳⟧</div>
<aside class="rank"><h3>⟦l 邺川24小时热读⟧</h3><ol>
<li>⟦l 邺川地铁2号线南延段进入铺轨阶段⟧</li><li>⟦l 桯口镇枇杷节本周六开幕⟧</li><li>⟦l 全市中考体育测试安排出炉⟧</li></ol></aside>
<footer><p>⟦d 邺川新闻网原创稿件，转载须注明出处并保留作者署名。⟧</p><p>⟦m 邺川日报社主办　互联网新闻信息服务许可证 43120250019⟧</p></footer>
</body></html>
""",
        body="""
5月18日，籀山古镇邮政支局正式启用以“古驿道”为图案的风景邮戳，当天就有300多名游客前来盖戳留念。
这枚风景邮戳直径30毫米，图案为古镇西侧的青石驿道和驿站门楼，下方刻有“邺川籀山”字样和邮政编码。支局负责人介绍，风景邮戳只加盖在贴足邮资、经由本支局寄出的明信片和信封上，不对空白纸张盖戳。
⟦m 图为游客在支局柜台请工作人员加盖风景邮戳。石岚　摄⟧
来自省城的大学生周晓雨一口气寄出了8张明信片。“盖上邮戳的明信片，比拍照更有纪念意义。”她说。
据了解，支局还将在国庆期间推出限时纪念邮戳，并开设“慢递”服务，游客可以给一年后的自己写信。⟦m （责任编辑：谢春燕）⟧
""",
    ),
    dict(
        slug="gaochuan-media-text-news-luggage-tags",
        site="郜川融媒 (invented county media app, text share)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://h5.gaochuanrm.cn/news/detail?id=2024071620391",
        title="郜川县汽车客运站为旅客免费发放防水行李牌",
        record_title="郜川县汽车客运站为旅客免费发放防水行李牌｜郜川融媒",
        record_date="2024-07-16",
        date="2024-07-16",
        notes="a county media app's share page as text: an open-app prompt glued before the lead, a reporter line, a photo caption, "
        "a like/share row, a comment prompt; the record gives the date",
        page="""
!m 郜川融媒
!m 郜川人自己的新闻客户端
!t 郜川县汽车客运站为旅客免费发放防水行李牌｜郜川融媒
!m 郜川融媒记者 唐宁 通讯员 龙小舟　2024-07-16 17:20
{BODY}
!m 图：工作人员在托运窗口为旅客系上防水行李牌。唐宁 摄
!l 👍 点赞 126　　↗ 转给朋友　　💬 写评论
!l 网友留言：暑假带孩子回老家，这个行李牌太实用了！
!m 郜川县融媒体中心出品　新闻热线：0739-6623110
""",
        body="""
⟦a 打开郜川融媒App，读更多家门口的新闻⟧记者7月16日从县汽车客运站获悉，为减少暑运期间行李错拿、漏拿，客运站即日起为办理托运的旅客免费发放防水行李牌。
新行李牌采用加厚防水材料，正面印有车次、目的地和托运编号栏，背面留有旅客姓名和联系电话栏，旅客填好后由工作人员用扎带系在行李上，另一联交旅客凭联提取。
客运站站长刘建军介绍，以往使用的纸质行李牌一淋雨就字迹模糊，去年暑运期间曾发生行李送错车的情况。换用新行李牌后，装车员按编号清点，效率明显提高。
客运站提醒，贵重物品和易碎物品请随身携带，不要办理托运。
""",
    ),
    dict(
        slug="shiguang-forum-html-manuscript-paper-jammer",
        site="拾光旧物论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.shiguangjiuwu.com/thread-40617-1-1.html",
        title="十年攒下的一摞方格稿纸",
        record_title="[晒书房] 十年攒下的一摞方格稿纸（内附实拍九张） - 老物件交流 - 拾光旧物论坛",
        date=None,
        notes="a Discuz-like forum: board suffix and a poster's aside in the title, post time '昨天 21:40' (no date), "
        "jammer fonts inside the post, a rating row, a signature, a reply box",
        page="""
<html><head><meta charset="gbk">
<title>[晒书房] 十年攒下的一摞方格稿纸（内附实拍九张） - 老物件交流 - 拾光旧物论坛</title>
<script src="static/js/common.js?Vx7"></script>
</head><body>
<div id="toptb">⟦m 拾光旧物论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 拾光旧物论坛 › 旧物收藏 › 老物件交流 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 1386｜回复: 27⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 纸间走马⟧</div><p>⟦m 帖子 612　精华 3　旧物币 1840⟧</p></td>
<td class="plc"><h1><span id="thread_subject">⟦t [晒书房] 十年攒下的一摞方格稿纸（内附实拍九张）⟧</span></h1>
<div class="authi">⟦m 纸间走马 发表于 昨天 21:40 ｜ 只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_40617">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6　旧物币 +18　收起理由：好物！⟧</div>
<div class="sign">⟦m 个性签名：旧纸有旧香，慢慢攒，慢慢看。⟧</div>
</td></tr></table>
<div class="po">⟦a 收藏　点赞　转发　举报⟧</div>
<div id="f_pst">⟦a 登录拾光账号后才能跟帖哦⟧</div>
<div id="ft">⟦m 拾光旧物论坛 ( 皖ICP备19033406号 )⟧　⟦m GMT+8, 2025-6-8 23:14⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周收拾书房，翻出一个纸箱，里面全是这十年攒下的方格稿纸，粗算有四十多本。
最早的是一本绿格子的，四百字一页，纸边已经发黄，是我上初中时从镇上供销社买的，一本两毛钱。后来上大学，学校印的稿纸是红格子，右下角印着校名，写毕业论文初稿时用掉了整整三本。
工作以后很少手写，但看到好看的稿纸还是忍不住买。有一本竖排的，格子中间有细线，适合写毛笔小楷；还有一本二十乘二十的，页脚印着“第　页”，写信特别方便。
我现在每天晚上用稿纸抄一页书，一年下来也能抄满好几本。有同好的朋友可以晒晒你们的稿纸。
""",
    ),
    dict(
        slug="qiaoshou-forum-text-hooks-tiles-junk",
        site="巧手家居论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.qiaoshoujj.net/t/218094",
        title="卫生间瓷砖上的粘钩总掉，试了三种办法终于挂住了",
        record_title=None,
        date=None,
        notes="no record title: the thread subject is the title; post time '3 天前' (no date); forum junk as a line and glued after 。; "
        "floors and a reply prompt below",
        page="""
!m 巧手家居论坛 - 收纳改造交流区
!m 首页 › 收纳改造 › 厨卫收纳
{T}
!m 楼主：阿栗　｜　发表于 3 天前　｜　只看楼主　｜　倒序看帖
{BODY}
!l 2楼 小满不满：第三种办法学到了，我家浴室也是一直掉。
!l 3楼 老周修东西：瓷砖缝那里千万别贴，受力不均。
!a 发帖前请先完成手机验证　去验证 ›
!m 巧手家居论坛　客服邮箱 help@qiaoshoujj.net
""",
        junk=dict(lines=1, glued=2),
        body="""
我家卫生间墙面是亚光瓷砖，买过好几种粘钩，挂毛巾没两天就连钩带胶一起掉下来。这个月前后试了三种办法，把经验分享给大家。
第一种，贴之前把瓷砖擦干净。先用洗洁精去掉油污，再用酒精擦一遍，等完全晾干再贴。这样能挂一周左右，还是会掉。
第二种，贴好后用力按压半分钟，放置二十四小时再挂东西。这一步很多人忽略，其实胶需要时间和瓷砖贴合，效果比第一种好不少。
第三种，选对位置和承重。粘钩不要贴在瓷砖接缝上，挂的东西不超过标注承重的一半，洗澡时尽量不让热水直接冲到粘钩。我按这三条做，挂浴巾已经一个多月没掉了。
""",
    ),
]
