"""Holdout 20, part A: government bodies no earlier part names — a plant-protection
station, a foundation for the righteous and brave, an old-revolutionary-base-area promotion
association on an old table layout, a radio regulation office's print view, a citizen-card
service centre, a relief and assistance station, a communications administration's PDF, a
science-and-technology commissioner station, an administrative-approval bureau in a search
cache, a street-lamp office's notice reposted on a residents' site, a marine development
bureau's 信息公开 page and a construction quality-and-safety supervision station. Invented
text (counties, people, sites, URLs, chrome wording); see ../README.md and ../build.py for
the markup."""

CASES = [
    dict(
        slug="gov-jichuan-zhibao-notice-html-contact-attach",
        site="霁川县植保植检站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://zbz.jichuan.example.gov.cn/tzgg/202509/t20250910_40912.html",
        title="关于开展2025年秋季农药经营使用安全专项检查的通知",
        record_title="关于开展2025年秋季农药经营使用安全专项检查的通知 ‖ 霁川植保",
        date="2025-09-08",
        date_also=["2025-09-10"],
        notes="a plant-protection station's modern county template: elder-mode row, nav, breadcrumb, byline 发布时间 two days after the 成文日期 (the 成文日期 expected), tool row, share row, sidebar with consult/complain buttons, prev/next, footer with 主办/标识码/ICP; the document's own 联系人/电话/邮箱 and 附件 list next to the site's 值班电话",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展2025年秋季农药经营使用安全专项检查的通知 ‖ 霁川植保</title>
<meta name="ColumnName" content="通知公告"><link rel="stylesheet" href="/css/jc2023.css">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="toolbar"><div class="w1200"><span class="fl">⟦m 霁川县植保植检站⟧</span><span class="fr"><a href="javascript:;">⟦a 长者模式⟧</a> | <a href="javascript:;">⟦a 无障碍阅读⟧</a></span></div></div>
<div class="banner"><img src="/images/banner_zb.jpg" alt=""><div class="slogan">⟦m 绿色植保 · 科学用药 · 守护丰收⟧</div></div>
<ul class="mainnav"><li><a href="/">⟦m 网站首页⟧</a></li><li><a href="/zzgk/">⟦m 站务概况⟧</a></li><li><a href="/tzgg/">⟦m 通知公告⟧</a></li><li><a href="/bcqb/">⟦m 病虫情报⟧</a></li><li><a href="/zwjy/">⟦m 植物检疫⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li></ul>
<div class="w1200 clearfix">
<div class="position">⟦m 您在这里：<a href="/">首页</a> ／ <a href="/tzgg/">通知公告</a> ／ 正文⟧</div>
<div class="detail fl">
<h2 class="detail-title">{T}</h2>
<div class="detail-info">⟦m 发布时间：2025-09-10 09:15　信息来源：站办公室　浏览次数：<span id="clicks">387</span>⟧</div>
<div class="detail-tools">⟦a 【放大 还原 缩小】 【打印正文】 【关闭本页】⟧</div>
<div class="detail-body">
{BODY}
</div>
<div class="detail-share">⟦l 转发到：微信 微博 QQ空间⟧</div>
<div class="detail-pn"><p>⟦l 上一条：霁川县2025年第18期病虫情报（晚稻“两迁”害虫）⟧</p><p>⟦l 下一条：关于做好柑橘黄龙病疫情普查的通知⟧</p></div>
</div>
<div class="aside fr"><h4>⟦l 本栏推荐⟧</h4><ul>
<li><a href="/tzgg/1.html">⟦l 全县农作物病虫害专业化统防统治服务组织名录⟧</a></li>
<li><a href="/tzgg/2.html">⟦l 植物检疫证书办理须知⟧</a></li>
<li><a href="/tzgg/3.html">⟦l 农药包装废弃物回收点一览⟧</a></li></ul>
<div class="aside-hot"><a href="/hdjl/">⟦a 我要咨询⟧</a> <a href="/hdjl/ts/">⟦a 我要投诉⟧</a></div></div>
</div>
<div class="footer">
<p>⟦m 主办：霁川县植保植检站　承办：霁川县政务数据中心⟧</p>
<p>⟦m 站值班电话：0795-4412100　地址：霁川县禾丰大道218号⟧</p>
<p>⟦m 赣ICP备2021008833号-1　政府网站标识码：3609250031⟧</p>
<p>⟦d 本网站所载内容，未经许可不得转载或建立镜像⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
各乡镇农业综合服务中心，各农药经营单位，各病虫害专业化防治组织：
为切实加强秋季农药经营使用监管，防范农药中毒事故和农产品农药残留超标问题，保障农业生产安全和农产品质量安全，经研究，决定在全县范围内开展2025年秋季农药经营使用安全专项检查。现将有关事项通知如下。
一、检查时间
2025年9月15日至10月31日，分自查自纠、集中检查和督导抽查三个阶段进行。
二、检查重点
1. 农药经营单位的经营许可证、进销货台账和限制使用农药定点经营落实情况；
2. 病虫害专业化防治组织的施药人员培训、安全防护和用药记录情况；
3. 农药包装废弃物回收处置和高毒农药禁限用规定执行情况；
4. 植保无人机飞防作业的作业规范和安全间隔期告知情况。
三、工作要求
（一）各乡镇要成立检查专班，对辖区内农药经营门店、防治组织逐一登记造册，做到底数清、情况明。
（二）检查中发现的问题要建立台账，明确整改责任人和完成时限；对违法违规经营农药的，依法移交县农业综合行政执法大队处理。
（三）各乡镇请于10月31日前将检查总结和问题整改台账报送县植保植检站。
联系人：钟卫国，联系电话：0795-4418623，电子邮箱：jczbz@163.com。
附件：1. 霁川县秋季农药经营使用安全检查表
2. 农药经营使用问题整改台账（样表）
霁川县植保植检站
2025年9月8日
""",
    ),
    dict(
        slug="gov-yanhu-jianyiyongwei-pledge-report-qr",
        site="砚湖市见义勇为基金会 (invented)",
        style="政府门户",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.yhjyyw.example.org.cn/jjdt/gzdt/202506/t20250620_5531.html",
        title="弘扬见义勇为精神　争做平安守护者倡议书",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="a foundation for the righteous and brave: the pledge itself tells readers to 扫描二维码/关注 an account and gives a report line and a declaration URL, while the footer has the foundation's own duty phone; prev/next with « », a reprint notice",
        page="""
!m 砚湖见义勇为网 · 砚湖市见义勇为基金会
!m 首页　|　基金会动态　|　英雄谱　|　线索申报　|　政策法规
!m 位置：基金会动态 » 工作动态
{T}
!m 2025-06-20　来源：市见义勇为基金会　编辑：祁晓岚
!a 朗读　放大　缩小　打印此页
{BODY}
!l 分享：微信 ｜ 微博 ｜ 复制链接
!l « 上一篇　市见义勇为基金会走访慰问伤残英雄家庭
!l 下一篇 »　2024年度砚湖市见义勇为先进分子名单公示
!m 基金会值班电话：0712-3380110（工作日8:30-17:30）
!m 鄂ICP备19027755号　鄂公网安备42090202000233号
!d 凡本网注明“来源：砚湖见义勇为网”的作品，转载时须注明出处，违者追究相关责任。
""",
        indent="\u3000\u3000",
        body="""
全市广大市民朋友们：
见义勇为是中华民族的传统美德，是社会主义核心价值观的生动体现。近年来，我市涌现出一大批挺身而出、奋不顾身的见义勇为英雄，他们用实际行动诠释了崇高的精神境界。为进一步弘扬社会正气，营造“人人崇尚见义勇为、人人支持见义勇为”的良好氛围，砚湖市见义勇为基金会向全市广大市民发出如下倡议：
一、做正义精神的传承者。学习英雄事迹，传播英雄故事，让崇德向善、见义勇为成为全社会的价值追求。
二、做平安建设的参与者。积极参与群防群治，发现违法犯罪线索和安全隐患，及时向公安机关报告。
三、做科学施救的践行者。见义勇为要见义智为，在保护好自身安全的前提下，采取报警、呼救、拍照取证等方式制止不法行为、救助遇险群众。
四、做英雄群体的关爱者。尊重和礼遇见义勇为人员，关心他们的工作和生活，让英雄流血不流泪。
五、做线索申报的知情者。发现见义勇为事迹，可拨打申报电话0712-3380199，或登录砚湖市见义勇为线索申报平台（sb.yhjyyw.example.org.cn）进行申报，也可扫描下方二维码关注“砚湖见义勇为”微信公众号在线提交线索。
正义需要守护，英雄需要传承。让我们携起手来，从现在做起，从自身做起，共同守护平安砚湖！
砚湖市见义勇为基金会
砚湖市精神文明建设办公室
2025年6月20日
""",
    ),
    dict(
        slug="laoqu-lanqiao-speech-old-table-marquee",
        site="岚桥老区网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.lqlaoqu.example.org.cn/lqdt/ArticleShow.asp?ArticleID=1186",
        title="在纪念岚桥解放七十五周年座谈会上的讲话",
        record_title="【老区动态】在纪念岚桥解放七十五周年座谈会上的讲话",
        date="2024-11-26",
        date_also=["2024-11-28"],
        notes="a county old-revolutionary-base-area promotion association (老促会) on an old gb2312 table layout: marquee, visitor counter, 添加时间 two days after the date under the speech title (the speech's date expected), the speaker line under the title neutral, a 【字体：…】 row in other words",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>岚桥老区网--在纪念岚桥解放七十五周年座谈会上的讲话</title>
<link href="../style.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" bgcolor="#B40000"><font color="#FFFFFF">⟦a 将本站设为首页⟧ ｜ ⟦a 添加到收藏夹⟧ ｜ ⟦a 联系我们⟧</font></td></tr>
<tr><td><img src="../images/top_lq.jpg" width="960" height="120" alt="岚桥老区网"></td></tr>
<tr><td height="30">⟦m 首页 | 老区动态 | 老区建设 | 红色记忆 | 帮扶项目 | 会员之家⟧</td></tr>
<tr><td><marquee scrollamount="3">⟦m 热烈欢迎您访问岚桥县老区建设促进会网站！传承红色基因　建设美好老区⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="220" valign="top">
<table width="100%"><tr><td class="lmbt">⟦l 栏目导航⟧</td></tr>
<tr><td>⟦l ·老区动态⟧</td></tr><tr><td>⟦l ·红色记忆⟧</td></tr><tr><td>⟦l ·帮扶项目⟧</td></tr></table>
<table width="100%"><tr><td class="lmbt">⟦l 阅读排行⟧</td></tr>
<tr><td>⟦l 1. 岚桥第一个党支部诞生记⟧</td></tr><tr><td>⟦l 2. 老区人民支前纪实⟧</td></tr><tr><td>⟦l 3. 县老促会2024年工作要点⟧</td></tr></table>
</td>
<td width="740" valign="top">
<table width="100%"><tr><td class="dqwz">⟦m 当前所在：网站首页 &gt;&gt; 老区动态 &gt;&gt; 文章正文⟧</td></tr>
<tr><td align="center" class="bt"><b>{T}</b></td></tr>
<tr><td align="center">中共岚桥县委书记　龙卫东</td></tr>
<tr><td align="center">（2024年11月26日）</td></tr>
<tr><td align="center" class="xx">⟦m 作者：县老促会秘书处　文章来源：本站原创　点击数：2013　添加时间：2024-11-28⟧</td></tr>
<tr><td align="center">⟦a 【字体：特大 大 标准】【发表评论】【告诉好友】【打印此文】⟧</td></tr>
<tr><td class="nr">
{BODY}
</td></tr>
<tr><td>⟦l 上一篇文章：县老促会开展“红色记忆进校园”主题宣讲⟧</td></tr>
<tr><td>⟦l 下一篇文章：追寻先辈足迹——杨家岭战斗遗址考察记⟧</td></tr>
</table></td></tr></table>
<table width="960" border="0" align="center"><tr><td align="center" bgcolor="#EEEEEE">
⟦m 岚桥县老区建设促进会 主办　地址：岚桥县红旗路9号　电话：0734-6621519⟧<br>
⟦m 您是本站第 0021786 位访客⟧<br>
⟦m 湘ICP备07011462号⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们、朋友们：
七十五年前的今天，人民解放军解放岚桥县城，岚桥人民从此翻身做了主人。今天，我们在这里隆重集会，缅怀革命先烈的丰功伟绩，回顾岚桥七十五年来的奋斗历程，激励全县干部群众在新征程上奋勇前进。
岚桥是一片有着光荣革命传统的红色土地。早在1927年，岚桥就建立了第一个党支部。在漫长的革命斗争中，先后有两千三百余名岚桥儿女为民族独立和人民解放献出了宝贵生命。解放战争时期，全县群众踊跃支前，筹集军粮四百余万斤，组织担架队、运输队一百余支，为解放战争胜利作出了重要贡献。
解放以来，特别是改革开放以来，历届县委、县政府团结带领全县人民接续奋斗，岚桥发生了翻天覆地的变化。2023年，全县地区生产总值达到286亿元，全县18个革命老区乡镇全部通上了硬化路、自来水和宽带网络，老区人民的获得感、幸福感、安全感不断增强。
抚今追昔，我们深切体会到，没有中国共产党就没有新中国，就没有岚桥的今天。我们要把红色资源利用好、把红色传统发扬好、把红色基因传承好，让老区人民过上更加美好的生活。
县老区建设促进会要继续发挥桥梁纽带作用，围绕老区产业发展、基础设施建设和红色资源保护开展调查研究，积极争取上级支持；各有关部门要在项目、资金、人才等方面向老区倾斜，推动老区振兴发展。
同志们，历史是最好的教科书，也是最好的清醒剂。让我们更加紧密地团结在以习近平同志为核心的党中央周围，赓续红色血脉，奋力谱写岚桥高质量发展新篇章！
""",
    ),
    dict(
        slug="print-junxi-radio-notice-cn-date-table",
        site="筠溪县无线电管理处 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wxd.junxi.example.gov.cn/tzgg/2025/0318/print_1127.html",
        title="关于开展2025年无线电台（站）专项清理整治工作的通知",
        record_title="关于开展2025年无线电台（站）专项清理整治工作的通知〔打印版本〕",
        date="2025-03-18",
        notes="a radio-regulation office's print view: a print stamp and the original address at the top (no date), a document number (neutral), a table of stations one row a paragraph, a 成文日期 in Chinese numerals, 抄送/印发 版记, print/close row and copyright at the bottom",
        page="""
!m 筠溪县无线电管理处 ▸ 文件打印
!m 原文地址：http://wxd.junxi.example.gov.cn/tzgg/2025/0318/1127.html
!m 本页打印于 2025/04/02 14:06
!t 关于开展2025年无线电台（站）专项清理整治工作的通知〔打印版本〕
筠无管〔2025〕7号
{BODY}
!a ⎙ 立即打印　✕ 关闭窗口
!d © 筠溪县无线电管理处　版权所有
""",
        body="""
各乡镇人民政府，县直各单位，各有关企业：
为进一步规范全县无线电台（站）设置使用秩序，维护空中电波秩序，保障重要无线电业务安全，根据《中华人民共和国无线电管理条例》有关规定，决定于2025年4月至9月在全县开展无线电台（站）专项清理整治工作。现将有关事项通知如下。
一、清理整治范围
清理对象　涉及频段　完成时限
公众对讲机及专用对讲机　150MHz、400MHz　2025年5月31日
无线数据传输电台　230MHz　2025年6月30日
微波通信站　6GHz至38GHz　2025年8月31日
卫星地球站　C、Ku频段　2025年9月15日
二、工作步骤
（一）摸底登记。各单位对本单位设置使用的无线电台（站）进行全面自查，填写登记表，于4月30日前报县无线电管理处。
（二）清理整治。对未经许可擅自设置使用的台站，责令限期补办手续；对已过期未续办的执照，依法注销；对严重干扰合法无线电业务的，依法查处。
（三）总结验收。9月下旬，县无线电管理处会同有关部门对清理整治情况进行检查验收。
三、工作要求
各单位要高度重视，明确专人负责，如实填报台站信息，不得瞒报、漏报。对拒不配合清理整治的单位，将依法予以通报并追究相关责任。
筠溪县无线电管理处
二〇二五年三月十八日
抄送：市无线电管理局，县工业和信息化局。
筠溪县无线电管理处办公室　　　　2025年3月18日印发
""",
    ),
    dict(
        slug="gov-luting-shiminka-notice-html-weekend",
        site="鹭汀区市民卡服务中心 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://smk.luting.example.gov.cn/tzgg/202507/t20250701_2214.html",
        title="关于市民卡服务网点实行周末延时服务的通告",
        record_date="2025-07-01",
        date="2025-07-01",
        notes="a citizen-card service centre, modern template: a chat widget (contact), a footer hotline next to the notice's own 咨询电话, the notice tells readers to 扫码预约; article split into short <div> blocks",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>关于市民卡服务网点实行周末延时服务的通告</title>
<link rel="stylesheet" href="/static/css/smk.min.css"></head>
<body>
<header class="hd"><div class="logo">⟦m 鹭汀区市民卡服务中心⟧</div>
<nav><a href="/">⟦m 首页⟧</a><a href="/bszn/">⟦m 办卡指南⟧</a><a href="/tzgg/">⟦m 通知公告⟧</a><a href="/wdcx/">⟦m 网点查询⟧</a><a href="/wsyy/">⟦a 网上预约⟧</a></nav>
<form class="search"><input placeholder="请输入关键字"><button>⟦a 站内搜索⟧</button></form></header>
<main class="container">
<div class="crumbs">⟦m 首页 › 通知公告 › 详情⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 日期：2025-07-01　来源：区市民卡服务中心　阅读：<em>2,106</em>⟧</div>
<section class="content">
{BODY}
</section>
<div class="art-foot"><span>⟦a 打印⟧</span><span>⟦a 收藏⟧</span><span>⟦a 纠错⟧</span></div>
</article>
<aside><h3>⟦l 常用服务⟧</h3><ul><li>⟦l 市民卡挂失与补办⟧</li><li>⟦l 社保卡金融功能激活⟧</li><li>⟦l 老年卡乘车优惠办理⟧</li></ul></aside>
</main>
<div class="im-float"><p>⟦w 在线咨询 · 智能客服⟧</p><p>⟦w 工作日 8:30-17:30 人工坐席在线⟧</p></div>
<footer><p>⟦m 服务热线：0592-5678123⟧</p><p>⟦m 主办单位：厦屿市鹭汀区市民卡服务中心　闽ICP备18004413号-3⟧</p><p>⟦m 网站标识码 3502060009　闽公网安备 35020602000521号⟧</p></footer>
</body></html>
""",
        p_html='<div class="para">{}</div>',
        body="""
为进一步方便群众错时办理市民卡业务，切实解决“上班时间没空办、休息时间没处办”的问题，经研究，区市民卡服务中心自2025年7月5日起在部分服务网点实行周末延时服务。现将有关事项通告如下：
一、服务时间
每周六、周日上午9:00至12:00，下午14:00至17:00（法定节假日除外）。
二、服务网点
鹭汀区政务服务中心一楼市民卡综合窗口（鹭汀区湖滨东路88号）、湖滨街道便民服务中心市民卡窗口。
三、服务事项
市民卡（社保卡）申领、挂失、补换卡，金融功能激活，老年卡、学生卡乘车优惠办理，个人信息变更及卡内余额查询打印等高频事项。
四、预约方式
群众可通过微信扫描“鹭汀市民卡”小程序码在线预约，也可拨打咨询电话0592-5678900预约；未预约的，现场取号办理。
五、注意事项
请申请人携带本人有效身份证件前来办理，代办的须同时提供代办人身份证件和委托书。
特此通告。
鹭汀区市民卡服务中心
2025年7月1日
""",
    ),
    dict(
        slug="gov-tankou-jiuzhu-summary-wrapped-no-date",
        site="檀口市救助管理站 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jzz.tankou.example.gov.cn/gzdt/20250114/318.html",
        title="檀口市救助管理站2024年工作总结",
        record_title=None,
        date=None,
        notes="a relief and assistance station's page with no record title and no date (a year in the title only; the byline has only a source and a hit count); body copied from a Word file, hard-wrapped at 62 columns with indented paragraphs",
        page="""
!m 檀口市救助管理站　　温暖回家路
!m 站务公开 → 工作动态
{T}
!m 信息来源：站办公室　　点击量：233
!a 〔大字〕〔小字〕〔打印〕
{BODY}
!l 相关链接：檀口市民政局　｜　全国救助寻亲网　｜　檀口市慈善总会
!d 网站内容如有错漏，请发送邮件至站办公室予以更正。
!m 求助热线（24小时）：0771-2812345
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
2024年，市救助管理站在市民政局的坚强领导下，坚持以人民为中心的发展思想，牢固树立“救助为民”理念，扎实做好生活无着流浪乞讨人员救助管理工作，全年未发生安全责任事故。现将全年工作总结如下。
一、主要工作及成效
（一）街面巡查救助常态化。全年组织街面巡查480余次，出动人员2100余人次，劝导流浪乞讨人员入站救助312人次；寒冬、酷暑等极端天气期间开展专项救助行动，发放棉衣棉被、防暑药品等物资1600余件。
（二）站内服务管理规范化。严格落实入站登记、安全检查、分区管理等制度，全年累计救助1126人次，其中未成年人23人次、老年人187人次，实现站内安全零事故。
（三）寻亲返乡工作精细化。综合运用人脸识别、DNA比对、媒体寻亲等方式，帮助86名受助人员成功寻亲返乡，其中滞留10年以上的5人。
（四）源头治理长效化。会同公安、城管、卫健等部门建立联席会议制度，推动受助人员返乡后纳入当地社会救助体系，防止反复流浪。
二、存在的问题
一是专业社会工作者数量不足，个案服务深度不够；二是站内设施设备老化，部分功能用房面积偏小；三是长期滞留人员安置渠道仍然不畅。
三、2025年工作打算
我们将进一步深化“救助管理+社会工作”服务模式，加快推进站内设施改造，持续开展“寻亲服务质量提升年”活动，努力为每一位困境中的人点亮回家的路。
""",
    ),
    dict(
        slug="gov-tiaozhou-tongguan-notice-pdf-markers",
        site="苕洲市通信管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tgj.tiaozhou.example.gov.cn/xxgk/tzgg/202505/P020250512633912.pdf",
        title="关于加强涉诈电话卡和互联网账号治理工作的通知",
        record_title="关于加强涉诈电话卡和互联网账号治理工作的通知.pdf",
        date="2025-05-09",
        notes="a communications administration's PDF in a web viewer: a file-name title, viewer buttons, a document number (neutral), page markers ⟅N⟆ cutting sentences, 附件 list, 抄送/印发 版记",
        pages=dict(fmt="⟅{n}⟆", every=230, start=2),
        page="""
!a 缩放 100% ▾　|　⤓ 下载原件　|　🖨 打印
!m 文件来源：苕洲市通信管理局　公开方式：主动公开
苕通管〔2025〕19号
{T}
{BODY}
!m 苕洲市通信管理局主办　浙ICP备05021189号
""",
        body="""
各基础电信企业苕洲分公司，各移动通信转售企业，各互联网企业：
为深入贯彻落实《中华人民共和国反电信网络诈骗法》，进一步压实行业主体责任，从源头上遏制涉诈电话卡和互联网账号被不法分子利用，现就加强相关治理工作通知如下。
一、严格落实实名制管理。各企业要严格执行电话卡、物联网卡和互联网账号实名登记制度，对同一用户在同一企业办理电话卡超过五张的，应当加强核验；对存在涉诈异常的，要及时采取限制功能、暂停服务等处置措施。
二、加强重点环节风险监测。各企业要完善涉诈风险监测模型，重点加强对境外来电、批量开卡、异常注册等情况的监测，做到早发现、早预警、早处置。
三、健全协同处置机制。各企业要落实与公安机关的涉诈线索快速核查、快速处置机制，对公安机关通报的涉诈号码和账号，应当在规定时限内完成核查处置并反馈结果。
四、开展反诈宣传提示。各企业要通过短信、营业厅、手机应用程序等渠道开展反诈宣传，提醒用户不要出租、出借、出售本人电话卡和互联网账号。
五、强化监督检查。市通信管理局将适时对各企业落实情况开展检查，对工作不力、问题突出的企业，依法依规予以约谈、通报。
请各企业于每月5日前将上月涉诈电话卡和互联网账号治理情况报送市通信管理局网络安全管理处。
附件：1. 涉诈电话卡治理情况统计表
2. 涉诈互联网账号治理情况统计表
苕洲市通信管理局
2025年5月9日
抄送：市公安局，市反诈中心。
苕洲市通信管理局办公室　　2025年5月9日印发
""",
    ),
    dict(
        slug="gov-langyu-tepaiyuan-summary-html-short-blocks",
        site="琅屿县人民政府网 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.langyu.example.gov.cn/zwgk/bmdt/202507/t20250716_99012.html",
        title="琅屿县科技特派员工作站2025年上半年工作总结",
        record_title="琅屿县科技特派员工作站2025年上半年工作总结 - 部门动态 - 琅屿县人民政府网",
        date="2025-07-16",
        notes="a science-and-technology commissioner station's report on a county portal: the only date is the byline's 发布时间 (no signature date); the article split into short blocks with an inline data table; a '相关稿件' box, a QR-code card in the sidebar, footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>琅屿县科技特派员工作站2025年上半年工作总结 - 部门动态 - 琅屿县人民政府网</title></head>
<body>
<div class="head"><div class="site">⟦m 琅屿县人民政府网⟧</div><div class="links">⟦a 简体 ｜ 繁體 ｜ 关怀版⟧</div></div>
<div class="nav">⟦m 首页　政务公开　政务服务　互动交流　走进琅屿⟧</div>
<div class="wz">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门动态⟧</div>
<div class="main">
<div class="tit">{T}</div>
<div class="sub">⟦m 发布时间：2025-07-16 16:48　来源：县科技特派员工作站　字体：[ 大 中 小 ]⟧</div>
<div class="con">
{BODY}
</div>
<div class="xg"><b>⟦l 相关稿件⟧</b><ul><li>⟦l 琅屿县召开科技特派员工作推进会⟧</li><li>⟦l 科技特派员把课堂搬到田间地头⟧</li><li>⟦l 琅屿茶叶新品种示范基地通过验收⟧</li></ul></div>
</div>
<div class="side"><div class="ewm"><img src="/img/ewm.png"><p>⟦a 扫一扫在手机上查看当前页⟧</p></div></div>
<div class="foot">⟦m 琅屿县人民政府办公室主办　县大数据中心承办⟧<br>⟦m 黔ICP备15003127号　网站标识码5227300001⟧</div>
</body></html>
""",
        p_html="<div>{}</div>",
        body="""
今年上半年，县科技特派员工作站在县委、县政府的坚强领导下，紧扣巩固拓展脱贫攻坚成果同乡村振兴有效衔接，组织全县科技特派员深入生产一线开展技术服务，各项工作取得阶段性成效。
一、主要成效
指标　全年目标　上半年完成　完成率
选派科技特派员　120人　120人　100%
开展技术培训　300场　186场　62.0%
推广新品种新技术　40项　27项　67.5%
服务经营主体　500家　318家　63.6%
二、主要做法
（一）聚焦产业需求精准选派。围绕茶叶、食用菌、中药材三大主导产业，按照“一村一特派、一产一团队”的原则，从省市科研院所、高校和县直部门选派科技特派员120名，组建产业服务团队9个。
（二）聚焦关键技术开展攻关。针对茶园病虫害绿色防控、食用菌菌种退化等技术难题，组织科技特派员开展联合攻关，建立试验示范基地14个。
（三）聚焦农民需求开展培训。采取“田间课堂”“直播带学”等方式，开展技术培训186场，培训农民8600余人次。
（四）聚焦利益联结创新机制。鼓励科技特派员以技术入股、合作经营等方式与经营主体结成利益共同体，已有23名科技特派员领办或参股合作社、企业。
三、下半年打算
下半年，工作站将进一步完善科技特派员考核激励机制，加快推进试验示范基地建设，持续开展技术培训和指导服务，全面完成年度目标任务。
""",
    ),
    dict(
        slug="snapshot-yichuan-shenpi-plan-highlight",
        site="漪川县行政审批服务局 (invented) in a search cache",
        style="搜索快照",
        genre="方案",
        kind="plan",
        form="text",
        source="http://cache.sousoukan.example.com/c?u=http%3A%2F%2Fspj.yichuan.example.gov.cn%2Fzwgk%2F2025%2F0415%2F88.html",
        title="漪川县“高效办成一件事”帮办代办服务工作方案",
        record_title="漪川县“高效办成一件事”帮办代办服务工作方案 - 漪川县行政审批服务局 - 快照",
        date="2025-04-15",
        notes="a search engine's cached copy: the cache banner with its save time (not a date), a highlighted-keyword line, the bureau's own nav and footer inside the copy; the 成文日期 under the signature; a numbered list of service items",
        page="""
!m 以下为“搜搜看”于 2025-05-11 08:20 保存的网页副本，当前页面可能已经更新。
!a 查看当前网页　｜　纯文字版本
!m 已为您高亮显示的关键词：帮办代办　方案
!m 漪川县行政审批服务局　首页 > 政务公开 > 规划计划
{T}
!m 发布机构：县行政审批服务局　浏览：96
{BODY}
!l 【相关文件】漪川县政务服务“好差评”实施细则
!m 版权所有：漪川县行政审批服务局　技术维护：漪川县信息中心
""",
        indent="\u3000\u3000",
        body="""
为深入推进政务服务“高效办成一件事”改革，为企业和群众提供全流程、零距离的帮办代办服务，结合我县实际，制定本方案。
一、工作目标
到2025年底，在县、乡、村三级建立帮办代办服务体系，重点项目帮办代办覆盖率达到100%，企业和群众办事满意度达到98%以上。
二、服务内容
1. 企业开办、变更、注销等全生命周期事项；
2. 工程建设项目立项、规划、施工许可等审批事项；
3. 老年人、残疾人等特殊群体的社保、医保、户籍类事项；
4. 群众反映强烈的“跑多次”“难办事”事项。
三、工作措施
（一）组建专业队伍。县政务服务中心设立帮办代办服务窗口，抽调业务骨干组成专职帮办队伍；各乡镇便民服务中心至少配备2名帮办代办员，村（社区）由网格员兼任帮办代办员。
（二）规范服务流程。建立“受理—帮办—办结—回访”闭环机制，实行首问负责、一次告知、限时办结，帮办代办过程不收取任何费用。
（三）强化考核评价。将帮办代办工作纳入政务服务“好差评”体系，对群众差评事项及时整改，整改结果向群众反馈。
四、保障措施
各乡镇、各部门要高度重视，主要负责同志亲自抓，明确分管领导和具体责任人，确保各项工作落到实处。
漪川县行政审批服务局
2025年4月15日
""",
    ),
    dict(
        slug="community-cuicen-streetlamp-notice-repost",
        site="翠岑·幸福里社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xingfuli-cuicen.example.com/gonggao/zhuanzai/1732.html",
        title="关于城区部分路段路灯线路改造期间临时停亮的通知",
        date="2025-08-12",
        notes="a street-lamp office's notice reposted on a residents' site: 转自 line, neighbours' comments with a count and replies, a comment prompt, a table of road sections; the office's own 咨询电话 in the body",
        page="""
!m 翠岑·幸福里社区服务网
!m 邻里公告 ＞ 转载通知
{T}
!m 转自：翠岑县城市管理局网站　　转载人：社区小刘　　人气：452
{BODY}
!l 邻居们说（3）
!l 7栋王阿姨：晚上出门遛弯要带手电了，谢谢提醒。
!l 老周在幸福里：希望早点改完，路口太暗不安全。
!l 社区小刘 回复 老周在幸福里：已向路灯所反映，会尽量缩短工期。
!l 说点什么吧……　　[ 发 送 ]
!m 幸福里社区居委会　服务电话：0736-5120088
""",
        body="""
广大市民朋友：
为消除城区路灯线路老化带来的安全隐患，提升道路照明质量，县路灯管理所将于2025年8月18日至9月10日对城区部分路段路灯线路进行改造。施工期间，下列路段路灯将分时段临时停亮：
路段　起止位置　停亮时间
翠屏路　人民广场至县一中　8月18日至8月25日
幸福大道　幸福里小区至汽车站　8月26日至9月2日
滨河西路　滨河桥至水厂　9月3日至9月10日
请过往车辆和行人注意交通安全，夜间出行尽量结伴而行，并携带照明工具。施工期间给大家带来的不便，敬请谅解。
如有疑问，请拨打县路灯管理所咨询电话：0736-5126610。
翠岑县路灯管理所
2025年8月12日
""",
    ),
    dict(
        slug="gov-pingzhou-ocean-notice-xxgk-index-table",
        site="蘋洲市海洋发展局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://hyj.pingzhou.example.gov.cn/xxgk/tzgg/202504/t20250425_6612.html",
        title="关于2025年伏季休渔期间加强渔船管控的通告",
        record_title="关于2025年伏季休渔期间加强渔船管控的通告_通知公告",
        record_date="2025-04-25",
        date="2025-04-25",
        notes="a marine development bureau's 信息公开 page with an index table (索引号/发布机构/生成日期/文号 as table cells), the document number as a cell of its own (neutral), a numbered list, a 举报电话 of the document's own, footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于2025年伏季休渔期间加强渔船管控的通告_通知公告</title></head>
<body>
<div class="top">⟦m 蘋洲市海洋发展局⟧ <span>⟦m 政府信息公开专栏⟧</span></div>
<div class="dh">⟦m 信息公开指南 ｜ 信息公开制度 ｜ 法定主动公开内容 ｜ 信息公开年报⟧</div>
<table class="xxgk-table" border="1">
<tr><td>⟦m 索引号：11350900MB0C27615K/2025-00412⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
<tr><td>⟦m 发布机构：蘋洲市海洋发展局⟧</td><td>⟦m 生成日期：2025-04-25⟧</td></tr>
<tr><td>蘋海发〔2025〕21号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="text">
{BODY}
</div>
<div class="op">⟦a [ 打印本页 ] [ 关闭窗口 ] [ 下载正文 ]⟧</div>
</div>
<div class="rel"><h5>⟦l 政策解读链接⟧</h5><p>⟦l 一图读懂：2025年伏季休渔新规有哪些变化⟧</p></div>
<div class="ft">⟦m 主办：蘋洲市海洋发展局　地址：蘋洲市滨海路100号　邮编：352100⟧<br>⟦m 闽ICP备11019826号-2⟧</div>
</body></html>
""",
        p_html='<p class="MsoNormal" style="text-indent:32pt">{}</p>',
        body="""
为保护海洋渔业资源，维护伏季休渔秩序，根据农业农村部关于海洋伏季休渔制度的规定，现就2025年伏季休渔期间加强渔船管控有关事项通告如下：
一、休渔时间和范围
北纬26°30′至“闽粤海域交界线”的东海和台湾海峡海域，休渔时间为5月1日12时至8月16日12时。
二、管控措施
1. 休渔渔船应当按规定回港停泊，船上的网具等捕捞工具须入库封存；
2. 休渔期间禁止渔船擅自出海作业，禁止为违规作业渔船提供加油、加冰、供水等服务；
3. 禁止收购、运输、销售休渔期间违规捕捞的渔获物；
4. 渔船北斗终端、AIS设备须保持正常开启，不得擅自关闭或拆卸。
三、法律责任
对违反本通告规定的，由海洋与渔业执法部门依法予以处罚；构成犯罪的，依法移送司法机关追究刑事责任。
四、举报方式
欢迎社会各界对违规行为进行监督举报，举报电话：0593-2266110。
本通告自发布之日起施行。
蘋洲市海洋发展局
2025年4月25日
""",
    ),
    dict(
        slug="gov-chunxi-zhijian-notice-materials-missing-title",
        site="莼溪县建设工程质量安全监督站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zjz.chunxi.example.gov.cn/tzgg/2025/0303/52.html",
        title="关于开展2025年春季在建工程质量安全大检查的通知",
        record_title=None,
        date="2025-03-03",
        notes="a construction quality-and-safety supervision station: no record title; the title stands after a column label glued on its line; a material list as a table; an online-reporting URL and the station's 联系人 in the body; a 'handled by' line and a feedback box under the text",
        page="""
!m 莼溪县建设工程质量安全监督站
!m 栏目：通知公告　　　编号：ZJZ-2025-009
⟦m 【栏目公告】⟧{T}
!m 经办科室：安全监督科　　　浏览：318
{BODY}
!l 对本文有意见或建议？　我要留言 ›
!m 地址：莼溪县城南路16号县住建综合大楼三楼　邮编：343400
""",
        body="""
各建设单位、施工单位、监理单位：
为切实加强春季复工后建设工程质量安全管理，有效防范和遏制生产安全事故，经研究，决定在全县开展2025年春季在建工程质量安全大检查。现将有关事项通知如下：
一、检查范围
全县所有在建房屋建筑和市政基础设施工程。
二、检查时间
2025年3月10日至4月30日。
三、检查方式
采取企业自查、监督站抽查和联合督查相结合的方式。各施工单位登录“莼溪县工程质量安全监管平台”（https://zjz.chunxi.example.gov.cn/jc）填报自查情况，监督站根据填报情况确定抽查名单。
四、报送材料
材料名称　份数　备注
项目自查报告　1份　须加盖施工单位公章
危险性较大分部分项工程清单　1份　附专项施工方案审批表
隐患整改台账　1份　含整改前后照片
五、有关要求
各参建单位要认真组织自查，对发现的隐患立即整改；对拒不整改或整改不到位的，依法依规予以处理，并记入企业信用档案。
联系人：彭晓雯　　联系电话：0793-4821630
莼溪县建设工程质量安全监督站
2025年3月3日
""",
    ),
]
