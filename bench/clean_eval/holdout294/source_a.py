"""holdout294, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="fanwen-miaobiku-speech-window-flower-festival",
        site="妙笔库范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.miaobiku.cn/jianghua/wenhua/20240203/5127.html",
        title="在垡川县第三届窗花艺术节开幕式上的讲话",
        record_title="在垡川县第三届窗花艺术节开幕式上的讲话（精编·可直接改字）_妙笔库范文网",
        date="2024-01-26",
        date_also=["2024-02-03"],
        notes="old table layout with a marquee, a text-size row, a floating ghost-writer QQ box and a visitor counter; "
        "speaker and date lines under the title neutral; the page's posting date differs from the date under the title; "
        "a ghost-writer WeChat id glued after a 。",
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在垡川县第三届窗花艺术节开幕式上的讲话（精编·可直接改字）_妙笔库范文网</title>
<meta name="keywords" content="窗花艺术节,开幕式讲话,副县长讲话">
<link href="/css/mbk.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" bgcolor="#f4efe6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" bgcolor="#8b1a1a"><font color="#ffffff">⟦m 妙笔库范文网——讲话致辞、总结计划一网打尽⟧</font></td>
<td align="right"><a href="/user/login.asp">⟦a 会员登录⟧</a>　<a href="/user/reg.asp">⟦a 注册新会员⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 妙笔库范文网欢迎您！每日更新讲话致辞范文三百篇⟧</marquee></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 网站首页⟧</a>　<a href="/jianghua/">⟦m 讲话致辞⟧</a>　<a href="/zongjie/">⟦m 工作总结⟧</a>　<a href="/fangan/">⟦m 活动方案⟧</a>　<a href="/xinde/">⟦m 心得体会⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td colspan="2" class="weizhi">⟦m 您现在的位置：<a href="/">妙笔库</a> &raquo; <a href="/jianghua/">讲话致辞</a> &raquo; <a href="/jianghua/wenhua/">文化活动致辞</a>⟧</td></tr>
<tr><td width="700" valign="top">
<table width="100%"><tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 发布时间：2024-02-03　文章来源：会员“灯下客”投稿　阅读：1693次⟧</td></tr>
<tr><td align="center">⟦a 【阅读字体：加大 默认 减小】【护眼色】⟧</td></tr>
<tr><td class="content">
<p align="center">垡川县人民政府副县长　邵文清</p>
<p align="center">（2024年1月26日）</p>
{BODY}
</td></tr>
<tr><td class="pn">⟦l 上一篇：春节文艺汇演开幕致辞（村级）⟧<br>⟦l 下一篇：县非遗保护工作推进会讲话提纲⟧</td></tr>
</table>
</td>
<td width="240" valign="top" bgcolor="#fbf7f0">
<table width="100%"><tr><td class="side-title">⟦l 讲话致辞周排行⟧</td></tr>
<tr><td>⟦l ·民俗文化节开幕式领导讲话⟧</td></tr>
<tr><td>⟦l ·文化馆新春年会总结发言⟧</td></tr>
<tr><td>⟦l ·非遗传承人座谈会主持词⟧</td></tr>
</table>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:4px;top:200px;"><a href="tencent://message/?uin=3317204856">⟦w 写稿不求人，代笔找QQ 3317204856⟧</a></div>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 本站范文均由会员投稿，只供参考借鉴，请勿整篇照搬。⟧<br>
⟦m Copyright 2011-2024 妙笔库范文网 miaobiku.cn　晋ICP备11028457号⟧<br>
⟦m 您是本站第0041877位访客⟧
</td></tr></table>
<script>document.write('<img src="/count.asp?id=5127" width="0" height="0">');</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
各位来宾，乡亲们、朋友们：
大家上午好！腊月将尽，年味渐浓。今天，我们在埤口镇文化广场隆重举行垡川县第三届窗花艺术节开幕式。我代表县人民政府，向前来参加活动的各位来宾和手艺人表示热烈欢迎！
窗花是垡川人过年离不开的老手艺。一把剪刀、一张红纸，剪出的是五谷丰登、六畜兴旺，贴上的是一家人对新年的盼头。目前全县有窗花艺人三百四十余名，其中省级代表性传承人两名。⟦w 讲话稿代写请加微信 mbk_daibi66⟧
本届艺术节为期五天，安排了窗花擂台赛、老艺人现场教剪、窗花进万家等六项活动。希望各位艺人把压箱底的绝活亮出来，把手艺传给更多年轻人；希望各有关部门做好安全保卫和服务保障，让群众看得开心、玩得放心。
最后，预祝本届窗花艺术节圆满成功！祝大家新春愉快、阖家幸福！
""",
    ),
    dict(
        slug="fanwen-qingjian-insight-steamer-pastry-course",
        site="青简范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qingjianfw.com/xinde/peixun/30418.html",
        title="参加中式面点技能提升培训的心得体会",
        record_title="【学员心得】参加中式面点技能提升培训的心得体会（范文精选）- 青简范文",
        date=None,
        notes="no date (an update stamp '3 天前' only); a ghost-writer line between paragraphs; a copy button "
        "glued before the first words of a line; a month-card prompt at the foot",
        page="""
!m 青简范文 ｜ 一站式公文素材库
!m 您所在位置：青简范文 ▷ 心得体会 ▷ 培训心得
!t 【学员心得】参加中式面点技能提升培训的心得体会
!m 更新：3 天前　字数：约800字　热度：642
!a ［一键复制］［存为Word］［放进我的书架］
{BODY}
!a 看完整篇需开通青简月卡，首月仅需6元
!l 翻到这儿的人还看了：
!l 炊事员岗位技能培训小结
!l 单位食堂管理员培训收获与体会
!d 青简范文所载文章仅供写作参考，版权归原作者，若有异议请联系删除。
!m 青简范文 qingjianfw.com　湘ICP备20031576号
""",
        indent="\u3000\u3000",
        body="""
十月中旬，我参加了县总工会和县人社局联合举办的中式面点技能提升培训班。七天里，从和面、揉面到上屉、看火，老师傅们手把手地教，让我这个在单位食堂干了六年的炊事员重新当了一回学生。
第一点体会是，基本功来不得半点马虎。醒面的温度、上屉前的二次醒发、蒸屉布是否拧干，每一步都影响成品。老师让我们每人蒸了五屉，直到馒头表面光亮、不塌不裂才算过关。
⟦w 原创代写·包改到满意·微信qj_fanwen88⟧
⟦a 〔复制此段〕⟧第二点体会是，卫生规范就是质量。竹蒸屉用后要刷净、晾透，发现霉点必须停用。回到食堂后，我和同事把八个旧竹屉检查了一遍，更换了其中三个。
第三点体会是，手艺要在交流中提高。同班学员来自学校、医院和企业食堂，课余互相切磋，我学会了南瓜发糕和杂粮花卷。
今后，我会把学到的本领用到每天的早餐里，让职工吃得更放心。
""",
    ),
    dict(
        slug="wenku-zhimo-report-willow-basket-pdf-markers",
        site="知墨文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhimo-doc.com/view/8f31c07ad2.html",
        title="关于埤口镇柳编提篮产业发展情况的调研报告",
        record_title="关于埤口镇柳编提篮产业发展情况的调研报告.pdf",
        date="2024-09-18",
        notes="file-name record title; a reader with a viewer toolbar and page-marker paragraphs (⟌ n ⟌) cutting "
        "sentences; a paywall; the upload stamp is no date, the 成文日期 under the signature is",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于埤口镇柳编提篮产业发展情况的调研报告.pdf - 知墨文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__DOC__={id:"8f31c07ad2",pages:5,free:3};</script>
<style>.reader p{line-height:1.9}.pg{color:#bbb;text-align:center}</style>
</head><body>
<header class="zm-head"><a class="logo" href="/">⟦m 知墨文库⟧</a><span class="slogan">⟦m 让每一份文档都有回响⟧</span>
<nav><a href="/">⟦m 首页⟧</a><a href="/cat/report">⟦m 调研报告⟧</a><a href="/cat/agri">⟦m 三农资料⟧</a></nav>
<a class="login" href="/passport">⟦a 账户登录 · 新用户注册⟧</a></header>
<main>
<div class="doc-title"><h1>{T}</h1></div>
<div class="doc-meta">⟦m 5页　｜　阅读 2318　｜　上传于 2024-10-05　｜　上传者：埤口小吴⟧</div>
<div class="doc-score">⟦l 评分 4.6（32人评价）⟧</div>
<div class="viewer-bar">⟦a 放大　缩小　适应宽度　全屏⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 剩余2页未读，开通墨卡可免费阅读全文⟧</p><button>⟦a 立即下载（￥3.5）⟧</button></div>
<section class="rel"><h3>⟦l 相关文档⟧</h3><ul>
<li>⟦l 杞柳种植与柳编加工技术要点⟧</li>
<li>⟦l 乡镇特色手工业发展调研（范本）⟧</li>
<li>⟦l 非遗工坊助农增收情况汇报⟧</li></ul></section>
</main>
<footer><p>⟦d 文档内容由用户上传，知墨文库不对其真实性负责，发现侵权请点“举报”。⟧</p>
<p>⟦m © 2019-2025 zhimo-doc.com　沪ICP备19045512号-3⟧</p></footer>
<script src="/static/reader.min.js"></script>
</body></html>
""",
        pages=dict(fmt="⟌ {n} ⟌", every=130, start=2),
        body="""
为摸清埤口镇柳编提篮产业发展现状，今年8月，镇党委、政府组织调研组走访了全镇9个村、3家柳编合作社和26户编织户。现将调研情况报告如下。
一、基本情况
埤口镇种植杞柳1.2万亩，从事柳编的农户约1400户。2023年全镇柳编提篮产量约46万只，产值2860万元，产品主要销往江浙和京津地区。
二、主要问题
（一）产品同质化明显，多数编织户仍以传统圆口提篮为主，新款式开发不足。
（二）年轻编织工断档，编织户中60岁以上的占比超过七成。
（三）线上销售能力弱，全镇开设网店的编织户仅有11户。
三、几点建议
建议设立柳编设计工作室，引导合作社与院校合作开发新款提篮；开办电商培训班，帮助编织户拓宽销路；把柳编纳入乡村工匠培育计划，吸引年轻人回乡学艺。
埤口镇人民政府调研组
2024年9月18日
""",
    ),
    dict(
        slug="wenku-yanchi-plan-steamer-cleaning-wrapped-markers",
        site="墨耘文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yanchiwk.net/p-3308841.html",
        title="垡川县学校食堂蒸屉等蒸制炊具清洗消毒专项整治工作方案",
        record_title="垡川县学校食堂蒸屉等蒸制炊具清洗消毒专项整治工作方案（报批稿）- 墨耘文库",
        date="2024-10-09",
        notes="hard-wrapped at 62 columns and cut by page markers (⏨n⏨) glued to the continuation line; "
        "成文日期 in Chinese numerals; an upload stamp that is no date; a numbered list",
        page="""
!m 墨耘文库 · 文档预览
!m 文档分类：行业资料 > 食品安全 > 学校食堂
!t 垡川县学校食堂蒸屉等蒸制炊具清洗消毒专项整治工作方案（报批稿）
!m 页数 4 ｜ 浏览 1206 ｜ 上传于 2024-10-21 ｜ 贡献者：后勤小周
!a 全屏阅读　放大　缩小　下一页
{BODY}
!a —— 免费预览已到尽头，付费2.9元下载原文档 ——
!l 同类文档推荐
!l 学校食堂餐用具洗消管理办法
!l 食堂食品安全自查报告（含自查表）
!d 本文档由用户上传，墨耘文库仅提供存储与展示服务，如涉侵权请投诉。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⏨{n}⏨", every=150, start=2, glue=True),
        body="""
为切实保障在校师生饮食安全，针对近期抽查中发现部分学校食堂蒸屉发霉、蒸笼布重复使用不清洗等问题，县教育局、县市场监管局决定在全县学校食堂开展蒸制炊具清洗消毒专项整治。方案如下。
一、整治范围
全县中小学、幼儿园食堂及为学校供餐的企业，共计87家。
二、整治内容
1.蒸屉、蒸笼、蒸车每餐使用后须清洗、消毒、晾干，竹木蒸屉出现霉斑、开裂的一律停用。
2.蒸笼布、硅胶垫实行一餐一洗，集中煮沸消毒。
3.建立炊具清洗消毒台账，每日由专人记录并签字。
三、时间安排
10月15日至10月31日为自查整改阶段，11月为督查验收阶段。
四、工作要求
各学校要对照整治内容逐项整改，校长为第一责任人，整改情况于11月5日前报县教育局后勤办。
垡川县教育局　垡川县市场监管局
二〇二四年十月九日
""",
    ),
    dict(
        slug="gov-xuyang-notice-sanitation-cotton-shoes",
        site="洫阳市城市管理局 (invented municipal portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cgj.xuyang.gov.cn/tzgg/202411/t20241114_88213.html",
        title="关于做好2024年环卫工人冬季棉鞋等劳动防护用品发放工作的通知",
        record_title="关于做好2024年环卫工人冬季棉鞋等劳动防护用品发放工作的通知 ∣ 通知公告 ∣ 洫阳市城市管理局",
        date="2024-11-12",
        date_also=["2024-11-14"],
        notes="portal with 长者/读屏 links, an index table (the 文号 cell left unmarked), a maintenance line; the notice's own "
        "联系人/电话 and 附件 list stay; the 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于做好2024年环卫工人冬季棉鞋等劳动防护用品发放工作的通知 ∣ 通知公告 ∣ 洫阳市城市管理局</title>
<meta name="ArticleTitle" content="关于做好2024年环卫工人冬季棉鞋等劳动防护用品发放工作的通知">
<meta name="PubDate" content="2024-11-14">
<script src="/common/js/jquery.min.js"></script>
<script>var siteIdcode="4113990027";</script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问洫阳市城市管理局网站⟧</span>
<a href="/elder">⟦a 长者模式⟧</a> <a href="/reader">⟦a 读屏专用⟧</a> <a href="/big5">⟦a 繁體⟧</a></div>
<div class="banner"><img src="/img/banner.jpg" alt=""><h2>⟦m 洫阳市城市管理局⟧</h2></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 环卫管理⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="location">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11410300MB1C27X/2024-00431⟧</td><td>⟦m 发布机构：洫阳市城市管理局⟧</td></tr>
<tr><td>⟦m 主题分类：城乡建设、环境保护⟧</td><td>洫城管〔2024〕38号</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="subinfo">⟦m 发布日期：2024-11-14　浏览量：746⟧ <span class="fs">⟦a 文字 大｜中｜小⟧</span></div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本文】【关闭本页】【返回顶部】⟧</div>
</div>
<div class="related"><h4>⟦l 相关阅读⟧</h4>
<p>⟦l 市城管局开展冬季道路保洁作业专项检查⟧</p>
<p>⟦l 关于调整一线环卫工人高温津贴标准的通知⟧</p></div>
<div class="footer">
<p>⟦m 主办单位：洫阳市城市管理局　地址：洫阳市迎宾大道88号⟧</p>
<p>⟦m 网站维护电话：0397-6618800（工作日）⟧　⟦m 豫ICP备05021187号⟧</p>
<p>⟦m 网站标识码：4113990027　公安备案 41039902000517⟧</p>
</div>
<script src="/common/js/count.js"></script>
</body></html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
各区城市管理局，市环卫中心：
为切实关心关爱一线环卫工人，帮助大家温暖过冬，经研究，决定为全市一线环卫工人发放冬季棉鞋等劳动防护用品。现将有关事项通知如下。
一、发放范围：全市在岗一线环卫工人，含劳务派遣人员，共计2146人。
二、发放标准：每人棉鞋一双、防寒手套两副、反光棉背心一件。棉鞋须防滑、防水，鞋码由各单位统一登记。
三、时间要求：各单位于11月20日前将人员名单及鞋码汇总表报市局，12月5日前发放到人。
四、有关要求：发放时要逐人签字确认，不得以现金代替实物。
联系人：葛明，电话：0397-6612058。
附件：1.环卫工人冬季劳保用品发放汇总表
2.棉鞋鞋码登记表
洫阳市城市管理局
2024年11月12日
""",
    ),
    dict(
        slug="gov-fachuan-bulletin-kerosene-lamp-hazards",
        site="垡川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.fachuan.gov.cn/zwgk/bmwj/yjglj/202412/t20241205_61207.html",
        title="关于全县老旧房屋煤油灯等明火照明安全隐患排查整治情况的通报",
        date="2024-12-03",
        notes="record title as is; 文号 line above the title neutral; 抄送 and 印发 lines of the 版记 stay; a site's "
        "accessibility row at the top",
        page="""
!m 垡川县人民政府门户网站
!m 首页 > 政务公开 > 部门文件 > 县应急管理局
!a 【长辈版】【无障碍阅读】【关闭本页】
垡应急〔2024〕47号
{T}
!m 来源：县应急管理局　　发布：2024-12-05 09:30　　浏览次数：318
{BODY}
!a 【打印该页】【收藏该页】
!l 上一条：关于做好岁末年初安全防范工作的通知
!l 下一条：垡川县2024年第四季度安全生产形势分析
!m 主办：垡川县人民政府办公室　承办：垡川县大数据中心　冀ICP备12033418号
""",
        date_also=["2024-12-05"],
        body="""
各乡镇人民政府，县直有关单位：
10月下旬以来，县安委办组织对全县老旧房屋、偏远山村和养殖看护房使用煤油灯、蜡烛等明火照明情况开展了专项排查。现将有关情况通报如下。
一、排查情况。共排查农户3615户、看护房212处，发现仍以煤油灯为主要照明的43户，其中独居老人29户；发现煤油存放不当、灯具靠近柴草等隐患67处，已整改61处。
二、存在问题。赓岭乡、砘石镇部分村排查不细，台账与实际不符；个别看护房私拉电线，与煤油灯混用。
三、下步要求。各乡镇要在12月20日前完成剩余隐患整改，协调供电部门为无电看护房接通照明，为独居老人配发充电式应急灯。
垡川县安全生产委员会办公室
2024年12月3日
抄送：县委办公室，县政府办公室。
垡川县应急管理局办公室　2024年12月3日印发
""",
    ),
    dict(
        slug="news-xuyang-window-flowers-town-workshop",
        site="洫阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xuyangnews.cn/xz/2025-01/20/content_447102.html",
        title="埤口镇百名巧手剪窗花迎新春",
        record_title="【乡镇动态】埤口镇百名巧手剪窗花迎新春 - 洫阳新闻网",
        date="2025-01-20",
        notes="news portal: an app prompt glued before the lead, a photo caption between paragraphs, an editor line glued "
        "after the last paragraph; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【乡镇动态】埤口镇百名巧手剪窗花迎新春 - 洫阳新闻网</title>
<meta name="description" content="1月19日，埤口镇文化站里热闹非凡">
<script async src="https://tj.xuyangnews.cn/t.js"></script>
</head><body>
<div class="head"><a href="/" class="logo">⟦m 洫阳新闻网⟧</a><span>⟦m 洫阳日报社主管主办⟧</span>
<form class="search"><input placeholder="搜索"><button>⟦a 搜索⟧</button></form></div>
<div class="channel">⟦m 要闻　时政　乡镇　民生　文旅　视频⟧</div>
<div class="crumbs">⟦m 洫阳新闻网 ＞ 乡镇 ＞ 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-01-20 10:06　来源：洫阳日报⟧ <a class="listen">⟦a 🔊听这篇⟧</a></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦a 分享给好友：微信　微博　QQ空间⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 洫阳至埤口公交线路春节加密班次⟧</li>
<li>⟦l 市区年货市场本周末开市⟧</li>
<li>⟦l 砘石镇举办首届村晚⟧</li></ol></aside>
<footer>⟦d 洫阳新闻网原创稿件，转载须注明出处，违者追究责任。⟧<br>⟦m 互联网新闻信息服务许可证 41120230011　新闻热线 0397-6123456⟧</footer>
</body></html>
""",
        body="""
⟦a 打开洫阳新闻APP，本地资讯早知道⟧1月19日，埤口镇文化站里热闹非凡，来自全镇12个村的一百多名剪纸爱好者围坐在长桌前，剪刀翻飞，一张张“福”字、“年年有余”窗花在手中成形。
⟦m 图为埤口镇村民在文化站展示刚剪好的窗花。洫阳日报记者 聂川 摄⟧
这次活动由镇妇联和文化站联合举办，邀请了72岁的县级非遗传承人禚秀兰现场教学。她把琢磨了几十年的“折四剪八”技法拆成五个步骤，手把手教给年轻人。
“以前剪窗花是过年家家都会的事，现在会的人少了，能教一个是一个。”禚秀兰说。
据了解，活动中剪出的六百余幅窗花将由志愿者送到镇敬老院和留守儿童家中。镇文化站还计划在春节后开设每周一次的窗花公益课。⟦m （通讯员 卢晓晴　责编 詹一鸣）⟧
""",
    ),
    dict(
        slug="news-yongxi-online-cotton-shoes-donation",
        site="邕溪在线 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yongxi-online.com/jiaoyu/20241210/112734.html",
        title="邕溪县一鞋企为山区学校捐赠1200双棉鞋",
        record_title="邕溪县一鞋企为山区学校捐赠1200双棉鞋｜教育·邕溪在线",
        record_date="2024-12-10",
        date="2024-12-10",
        notes="record date; a listen/font row under the byline; an editor line and a related list below; "
        "a news hotline in the footer",
        page="""
!m 邕溪在线 · 邕溪人自己的新闻网
!m 首页 ＞ 教育 ＞ 正文
{T}
!m 2024-12-10 08:42　来源：邕溪在线　记者：韦一帆
!a 听新闻　　A+　　A-
{BODY}
!m 【责任编辑：庹晓】
!l 相关新闻
!l 邕溪县启动冬季学生安全教育月
!l 夙山乡中心小学新建食堂投入使用
!d 邕溪在线所有原创稿件，未经书面授权不得转载、摘编。
!m 邕溪在线 版权所有 2024　新闻热线：0396-7721190
""",
        body="""
12月9日上午，邕溪县暖步鞋业有限公司向夙山乡、赓岭乡等地7所山区学校捐赠棉鞋1200双，价值约9.6万元。
捐赠仪式在夙山乡中心小学举行。孩子们当场试穿新棉鞋，不少人高兴地在操场上跑了起来。四年级学生黎小雨说：“以前冬天脚上长冻疮，今年不怕了。”
暖步鞋业负责人介绍，公司今年专门为山区孩子设计了加厚防滑鞋底，鞋码按各校提前报送的名单逐一配好。
县教育局有关负责人表示，将持续做好爱心物资的对接工作，让每一份温暖都送到孩子手中。
""",
    ),
    dict(
        slug="forum-shiyi-kerosene-lamp-collector-jammer",
        site="旧光阴老物件论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.shiyi-lwj.com/thread-40917-1-1.html",
        title="收了一盏老式玻璃煤油灯，聊聊怎么清洗和保养",
        record_title="[灯具藏友] 收了一盏老式玻璃煤油灯，聊聊怎么清洗和保养 - 灯具杂项 - 旧光阴老物件论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post, a poster card, a rating row, a signature and a "
        "reply box; the post time is relative (3 天前): no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[灯具藏友] 收了一盏老式玻璃煤油灯，聊聊怎么清洗和保养 - 灯具杂项 - 旧光阴老物件论坛</title>
<script src="data/cache/common.js?x9K" type="text/javascript"></script>
<style>.jammer{color:#fff;font-size:0px}</style>
</head><body>
<div id="toptb">⟦m 旧光阴老物件论坛⟧ <a href="member.php?mod=register">⟦a 立即注册⟧</a> <a href="member.php?mod=logging">⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 旧光阴老物件论坛 › 收藏天地 › 灯具杂项 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 904｜回复: 27⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 灯芯草⟧</div><p>⟦m 帖子 318　积分 2190　藏龄 6 年⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 灯芯草 发表于 3 天前　｜只看该作者｜倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_77310">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 3 人　威望 +5　收起 理由：好帖要顶⟧</div>
<div class="sign">⟦l 旧物有灵，慢慢收，不急出。⟧</div>
<div class="po">⟦a 回帖　点赞(12)　拍砖(0)　举报⟧</div>
</td></tr></table>
<div class="pgs">⟦l 下一主题：民国铜手炉的包浆怎么辨⟧</div>
<div id="f_pst">⟦a 请先登录再参与讨论　｜　没有账号？马上注册⟧</div>
<div id="ft">⟦m 旧光阴老物件论坛（ 浙ICP备17044208号 ）⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=3),
        body="""
上周在赓岭乡赶集，从一位老人手里收了一盏老式玻璃煤油灯，灯座上还能看到模糊的厂名，估计是六七十年代的东西。
拿回家时灯罩全是黑烟，灯座里还有半截干了的灯芯。我的清洗办法是：先把灯罩用温水泡一晚，再用软布蘸小苏打轻轻擦，千万别用钢丝球。
灯座里残留的煤油要倒干净，晾上两三天，等气味散了再上蜡保养。铜制的灯头用牙膏擦一擦，能亮不少。
提醒各位：老灯只作收藏，不建议再点。灯芯老化、玻璃有细纹的，一受热容易炸裂。
有懂行的朋友帮忙看看这个灯头是哪个厂的吗？
""",
    ),
    dict(
        slug="forum-shouyiren-willow-basket-first-try-junk",
        site="手艺人之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.shouyiren-home.cn/t/220518",
        title="第一次学编柳条提篮，记录一下踩过的坑",
        record_title=None,
        date=None,
        notes="no record title: the thread subject is on the page; junk lines and junk glued after 。; a numbered list; "
        "posted 昨天: no date; a QQ-group contact in the footer",
        page="""
!m 手艺人之家 › 编织专区 › 柳编草编
{T}
!m 作者：篾匠小柒　发表于 昨天 21:14　|　只看楼主　|　倒序看帖
!m 查看：587　回复：19
{BODY}
!l 沙发　青柳依依：学到了，泡条那步我也犯过错
!l 板凳　老柴头：提梁那里还可以再缠两道
!a 登录后才能参与回复，没有账号？去注册
!w 手艺交流QQ群：51872036（验证填“柳编”）
!m 手艺人之家论坛 ©2018-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
跟着村里的禚大爷学了半个月柳编，终于编成了第一只提篮，歪歪扭扭，但能装东西了。记几个踩过的坑，给新手参考。
1.柳条要提前泡。我第一次图省事没泡透，一折就断，浪费了一大捆。一般要在清水里泡六到八个小时。
2.底座的经条一定要对称。经条数量不对，编到一半篮身就歪了，只能拆掉重来。
3.提梁要选粗一点的老条，最好两根拧在一起，不然装重东西容易断。
4.收口时手要紧，每压一根都要用力拉一下。
大爷说，编好一只像样的提篮，至少得练上一个冬天。慢慢来吧。
""",
    ),
]
