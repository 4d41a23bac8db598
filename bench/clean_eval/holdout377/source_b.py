"""holdout377, part B: blogs, WeChat mirrors, document-sharing pages, education portals and intranets.

Written by hand; all names, places, sites, URLs and numbers are invented. See ../build.py.
"""

CASES = [
    dict(
        slug="blog-zhenxian-essay-sofathrow-wordpress",
        site="针线慢时光 (invented, WordPress-like blog)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://zhenxianman.blog.cn/2025/01/19/jiu-shafa-zhi-shafajin/",
        title="给旧沙发织一条沙发巾",
        record_title="给旧沙发织一条沙发巾 | 针线慢时光",
        date="2025-01-19",
        notes="a retired accountant's craft blog: tag cloud, archive, calendar widget, comment form; a photo "
        "placeholder line between paragraphs; 分享 as content; the post time is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>给旧沙发织一条沙发巾 | 针线慢时光</title>
<link rel="stylesheet" id="twentyfive-style-css" href="https://zhenxianman.blog.cn/wp-content/themes/plain/style.css" media="all">
<script src="https://zhenxianman.blog.cn/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="post-template-default single">
<header id="masthead">
<p class="site-title">⟦m 针线慢时光⟧</p>
<p class="site-description">⟦m 一个退休会计的钩针与毛线日记⟧</p>
<nav id="site-navigation">⟦m <a href="/">主页</a> <a href="/category/gouzhen/">钩针作品</a> <a href="/category/tujie/">花样图解</a> <a href="/about/">关于老周</a>⟧</nav>
</header>
<main id="main">
<article id="post-1172">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025年1月19日 星期日 20:36　作者：老周织物⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦m 归入：钩针作品　标记：沙发巾、方块花、拼花⟧</footer>
</article>
<nav class="post-navigation">⟦l ‹ 较早的文章：给外孙织的小熊帽子⟧　⟦l 较新的文章：冬天毛线怎么收纳不生虫 ›⟧</nav>
<div id="comments">
<h3>⟦l 《给旧沙发织一条沙发巾》上的3条回复⟧</h3>
<p>⟦l 桂花糕：周阿姨手真巧，方块花的配色好温柔⟧</p>
<form id="commentform"><p>⟦l 说点什么吧（电子邮件地址不会被公开）⟧</p></form>
</div>
</main>
<aside id="secondary">
<section class="widget_calendar">⟦m 2025年一月 一 二 三 四 五 六 日⟧</section>
<section class="widget_tag_cloud">⟦l 标签云：钩针 棒针 拼花 围巾 杯垫 沙发巾 收纳⟧</section>
<section class="widget_archive">⟦l 文章归档：2025年一月 (4)　2024年十二月 (6)　2024年十一月 (5)⟧</section>
</aside>
<footer id="colophon">⟦m 针线慢时光 © 2025 · 自豪地由 WordPress 驱动⟧</footer>
<script src="https://zhenxianman.blog.cn/wp-includes/js/comment-reply.min.js"></script>
</body>
</html>
""",
        body="""
家里那张布艺沙发用了十一年，扶手磨得起了毛，老伴几次说要换新的，我舍不得。今年入冬，我决定给它织一条沙发巾。
选线花了不少心思。纯棉线吸汗但容易变形，腈纶线颜色鲜亮却起静电，最后挑了棉和竹纤维混纺的奶白色线，一共用了十四团。花样用的是最简单的方块花，每块十五厘米见方，先织好四十八块，再一块块拼起来，四周加一圈贝壳边。
⟦m ［图片：刚拼好一半的方块花沙发巾，摊在餐桌上］⟧
前后织了二十六天。最费工夫的是拼花，针脚稍微松一点，拼出来就不平整，我拆了又拼，拼了又拆，有一条边返工了三次。
铺上沙发那天，老伴坐上去试了试，说比买的还舒服。小外孙放学回来，一头扎进沙发里就不肯起来了。
这两天，楼下的几位老姐妹也想学，我把方块花的图解画了出来，分享给她们，约好下周一起在活动室织。
""",
    ),
    dict(
        slug="blog-laowen-chalk-myths-wrapped-62",
        site="老温的台球博客 (invented)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="text",
        source="http://laowen-taiqiu.blogbus.cn/post/1049.html",
        title="擦巧克粉的三个误区",
        record_title="擦巧克粉的三个误区 - 球房笔记 - 老温的台球博客",
        date=None,
        notes="a coach's blog hard-wrapped at 62 columns with indented paragraphs; an update stamp given as a "
        "relative time (no date); tags, prev/next, comments",
        page="""
!m 老温的台球博客
!m 球台边的那些事儿，一杆一杆慢慢写
!m 首页 ｜ 教学心得 ｜ 球房笔记 ｜ 器材杂谈 ｜ 留言本
!t 擦巧克粉的三个误区 - 球房笔记 - 老温的台球博客
!m 最后更新于 2 周前 · 分类：球房笔记 · 浏览 688
{BODY}
!m 标签：巧克粉 / 皮头 / 基本功
!l ← 上一篇：为什么我不建议新手买碳纤维杆
!l → 下一篇：低杆练习的四个步骤
!l 评论（6）
!l 球痴小北：误区三说的就是我，回去就买个粉套
!l 留言时请填写昵称，邮箱仅博主可见
!m 老温的台球博客 © 2025 · 托管于博客巴士
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
带学员久了，我发现很多人球杆握得标准、瞄准也认真，偏偏在擦巧克粉这件小事上马马虎虎。今天就说说最常见的三个误区。
误区一：越用力越好。不少人拿着巧克粉在皮头上使劲拧，结果皮头中间粉很厚，边缘却没擦到。正确的做法是轻轻地、一下一下地刷，让皮头整个表面均匀地挂上一层薄粉。
误区二：一局擦一次就够。巧克粉的作用是增加皮头和母球之间的摩擦，防止滑杆。打几杆之后粉就掉得差不多了，尤其是打低杆、加塞时，最好每杆都擦。
误区三：巧克粉随手一放。有人擦完把巧克粉扣在台边上，粉面朝下，一会儿台呢上就是一片蓝。还有人装进裤兜，粉沾得到处都是。建议准备一个小皮套，挂在腰间。
小东西用对了，出杆才有底气。下节课我们练低杆，大家记得带上自己的巧克粉。
""",
    ),
    dict(
        slug="wechat-qiaocheng-yingji-winerack-quake-h1-star",
        site="号文廊 公众号文章镜像 of 鄡城应急 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.haowenlang.com/a/qiaocheng-yingji/20250512-3.html",
        title="地震来时，红酒架会不会倒？这份固定指南请收好",
        record_title=None,
        date="2025-05-12",
        notes="no record title: the title in the mirror's <h1>; a star prompt glued before the first words; 关注 "
        "as content; the account line's date is the page's date; in-看/原文 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>鄡城应急 - 号文廊</title>
<link rel="stylesheet" href="/static/css/hwl-article.css">
<script async src="/static/js/hwl-stat.js"></script>
</head>
<body>
<div class="hwl-top">⟦m 号文廊 · 公众号文章收录⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="hwl-crumb">⟦m 号文廊 / 政务 / 鄡城应急⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　鄡城应急　2025-05-12 18:30⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 打开原文　分享　点亮在看　点赞 126⟧</div>
<div class="qr-tip">⟦a 长按识别下方二维码进入公众号⟧</div>
</div>
<div class="hwl-more">
<h4>⟦l 该号近期文章⟧</h4>
<ul>
<li>⟦l 防灾减灾宣传周，这些活动等你来⟧</li>
<li>⟦l 高层住宅如何逃生？一图看懂⟧</li>
</ul>
</div>
<div class="hwl-foot">⟦d 号文廊仅做公开文章的归档检索，内容版权归原公众号，若需删除请来信。⟧</div>
<script>hwl.bindShare();</script>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“鄡城应急”，设为星标⟧不少市民家里摆着红酒架，有的落地、有的挂墙，满满当当放着几十瓶酒。可您想过没有，一旦发生地震，这些红酒架很可能变成“危险品”。
去年我市周边发生4.1级地震后，应急部门入户走访发现，有居民家的落地红酒架整体倾倒，碎玻璃和酒液洒满客厅，险些伤到老人。
怎样才能让红酒架更安全？请记住以下几点：
一、落地式红酒架要用L形角码与墙体固定，高度超过1.2米的尤其要固定牢。
二、壁挂式红酒架要打在承重墙上，不能只用胶粘或挂钩。
三、重的酒瓶放下层、轻的放上层，每一格酒瓶不要超出边框。
四、红酒架不要放在床头、沙发背后和门口通道旁。
关注“鄡城应急”公众号，回复“家庭防震”，可以查看更多居家防震小知识。
""",
    ),
    dict(
        slug="wechat-qiaocheng-jiliang-jigger-tips-record",
        site="公号旧文库 of 鄡城计量 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://wx.gonghao-jiuwenku.com/s/qcjl/20250709",
        title="量酒器准不准？计量检定人员教你三招",
        record_date="2025-07-09",
        date="2025-07-09",
        notes="record title and date as given; the account line; 分享 and 12315 as content; a like/在看 row and the "
        "archive's notice",
        page="""
!m 公号旧文库 · 政务号
{T}
!m 原创　鄡城计量　2025年07月09日 17:05
!a 轻触下方“鄡城计量”关注我们
{BODY}
!a 赞 42　在看 9　留言 3
!l 精选留言：夜市摊主老孙——我家的量酒器明天就拿去测
!l 往期推荐：电子秤“缺斤少两”怎么识别？
!d 本存档站收录的文章版权归原作者及公众号所有，仅供检索，不做商业用途。
""",
        gap=True,
        body="""
夏天到了，夜市和酒吧生意火爆。不少市民问：酒吧里调酒用的量酒器，到底准不准？今天，市计量检定测试所的检定员就来教大家三招。
第一招，看标识。正规量酒器杯身上会清楚标出容量，比如“30ml/45ml”，刻线清晰、不易磨损。如果标识模糊或干脆没有，就要多留个心眼。
第二招，看材质。不锈钢量酒器要光亮平整，杯口无明显变形。杯口一旦被磕扁，容量就可能出现偏差。
第三招，看操作。规范的做法是把酒倒到与杯口齐平，再一次性倒出。倒得太浅或来回倒，都会影响准确度。
如果对经营者使用的量酒器有疑问，可以拨打12315反映。我所也提供量酒器容量检测服务，欢迎经营者送检。
觉得有用，就分享给身边爱喝一杯的朋友吧。
""",
    ),
    dict(
        slug="docshare-gongxiangjian-pledge-chalk-dust-points",
        site="共享笺 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gongxiangjian.com/doc/5520918.html",
        title="关于减少巧克粉粉尘、共建清洁球房的倡议书",
        record_title="【球房公约倡议】关于减少巧克粉粉尘、共建清洁球房的倡议书（可直接打印）- 共享笺",
        date="2025-03-28",
        notes="a sharing page: file-info box, an uploader notice, a sign-in points lock, a service WeChat, a "
        "'you may need' list; the 成文日期 under the association's signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【球房公约倡议】关于减少巧克粉粉尘、共建清洁球房的倡议书（可直接打印）- 共享笺</title>
<link rel="stylesheet" href="//cdn.gongxiangjian.com/pc/doc.css">
<script src="//cdn.gongxiangjian.com/pc/doc.js"></script>
</head>
<body>
<div class="gxj-head">⟦m 共享笺 — 你分享，我受益⟧ <a href="/sign">⟦a 每日签到领积分⟧</a> <a href="/login">⟦a 账号登录⟧</a></div>
<div class="gxj-nav">⟦m <a href="/">首页</a> / <a href="/c/changyi/">倡议书</a> / <a href="/c/changyi/tiyu/">体育行业</a>⟧</div>
<div class="doc-main">
<h1>{T}</h1>
<div class="fileinfo">⟦m 文档格式：DOCX　大小：18KB　页数：1　下载积分：3⟧</div>
<div class="uploader">⟦d 该文档由用户“绿呢子”上传，共享笺只提供存储与展示；若有侵权请点“反馈”。⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="lockbox">⟦a 连签7天即可免积分下载本文档⟧</div>
<div class="kefu">⟦w 找不到合适的？加客服微信 gxj-kefu02，帮你找模板⟧</div>
</div>
<div class="doc-side">
<h4>⟦l 你可能还需要⟧</h4>
<ul><li>⟦l 台球俱乐部安全管理制度.docx⟧</li><li>⟦l 文明观赛倡议书（体育赛事通用）⟧</li><li>⟦l 球房经营者自律公约⟧</li></ul>
</div>
<div class="gxj-foot">⟦m 共享笺 gongxiangjian.com　浙ICP备22031187号-1　客服邮箱 help@gongxiangjian.com⟧</div>
</body>
</html>
""",
        body="""
全县各台球俱乐部、球房经营者和广大球友：
台球是一项文明、优雅的运动。但走进一些球房，台边、地面和座椅上到处是蓝色的巧克粉末，球友的衣服、手上也沾满了粉，既影响环境卫生，也给打扫带来很大负担。为营造干净、舒适的运动环境，我们发出如下倡议：
⟦d 正文由上传者自行录入，与原件如有出入以原件为准⟧
一、经营者带头。球房选用颗粒细、掉粉少的优质巧克粉，每张球台配备巧克粉托盘，每天营业结束后清扫台呢和地面。
二、球友自觉。擦粉时在台外进行，擦完将巧克粉粉面朝上放回托盘，不随手放在台边，不把粉块带出球房。
三、互相监督。发现乱扔、乱放巧克粉的行为，大家友善提醒，共同维护球房整洁。
让我们从擦好每一次巧克粉做起，打造清洁、文明的球房环境！
郰川县台球运动协会
2025年3月28日
""",
    ),
    dict(
        slug="docshare-yunjian-request-sofathrow-looms-doc-markers",
        site="云笺共享 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.yunjian-share.com/d/2025/0226/qingshi-71154.html",
        title="关于申请陑坪镇沙发巾编织帮扶车间设备购置资金的请示",
        record_title="关于申请陑坪镇沙发巾编织帮扶车间设备购置资金的请示.doc",
        date="2025-02-26",
        notes="a .doc file name as the record title; page markers (⫬第n页⫬) on lines of their own cutting "
        "sentences; the request's own 联系人 line beside the site's service WeChat",
        page="""
!m 云笺共享 · 文档随取随用
!t 关于申请陑坪镇沙发巾编织帮扶车间设备购置资金的请示.doc
!m 分享人：镇上小文书　格式：DOC　大小：26KB　下载：71次
!a 文档预览 | 下载到本地（需5积分） | 放进我的收藏
{BODY}
!w 需要同类请示模板？加小笺微信 yunjian-kf，免费发你
!d 所有文档均由网友分享，云笺共享不担保内容准确，引用前请自行核对。
!l 你可能还要找：关于申请农村公路养护资金的请示.doc
!l 关于帮扶车间用工情况的报告.docx
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫬第{n}页⫬", every=100, start=2),
        body="""
县乡村振兴局：
陑坪镇沙发巾编织帮扶车间于2023年建成投产，现有编织工人46名，其中脱贫户家庭成员19名。车间主要为外贸企业加工钩织沙发巾和提花沙发巾，2024年加工沙发巾3.1万条，发放工资96万元。
目前，车间使用的6台提花织机均为二手设备，故障频繁，每月停机检修时间累计超过五天，多批订单因交货延误被扣款。同时，车间没有锁边机，沙发巾锁边只能外发加工，每条增加成本1.2元。
为稳定车间生产、保障工人收入，我镇拟购置电脑提花织机4台、包边锁边机2台，共需资金38.6万元。镇财政已筹措13.6万元，尚缺25万元。特申请县级衔接资金予以支持。
妥否，请批示。
联系人：周晓雯，电话：13907462281。
陑坪镇人民政府
2025年2月26日
""",
    ),
    dict(
        slug="edu-zouchuan-notice-dart-clubs-attachment-link",
        site="郰川教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zouchuan.gov.cn/tzgg/2025-03-07/2211.html",
        title="关于规范中小学校飞镖社团活动安全管理的通知",
        record_title="关于规范中小学校飞镖社团活动安全管理的通知－局发文件－郰川教育信息网",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="education portal: elder/screen-reader links, an attachment download link beside the notice's own "
        "附件 lines, the notice's contact and mailbox beside a technical-support line; 成文日期 differs from the "
        "posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范中小学校飞镖社团活动安全管理的通知－局发文件－郰川教育信息网</title>
<link href="/templets/jy2022/css/main.css" rel="stylesheet">
<script src="/templets/jy2022/js/font.js"></script>
</head>
<body>
<div class="jy-top">⟦m 郰川县教育局主办⟧　<a href="#">⟦a 银发大字⟧</a>　<a href="#">⟦a 听读模式⟧</a></div>
<div class="jy-banner">⟦m 郰川教育信息网　立德树人　办好人民满意的教育⟧</div>
<ul class="jy-menu"><li>⟦m 网站首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 局发文件⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 校园安全⟧</li></ul>
<div class="jy-loc">⟦m 位置 ➤ 首页 ➤ 局发文件⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<div class="jy-info">⟦m 发稿：体卫艺股　发稿日期：2025-03-07　阅读量：1127⟧</div>
<div class="jy-txt">
{BODY}
</div>
<div class="jy-fj">⟦a 附件下载：学校飞镖社团安全情况自查表.docx　软头飞镖活动安全须知.pdf⟧</div>
<div class="jy-pn">⟦l 上一篇：2025年春季学期中小学开学安全工作通报⟧<br>⟦l 下一篇：关于做好中小学生近视防控宣传月活动的通知⟧</div>
</div>
<div class="jy-side"><h3>⟦l 校园安全专栏⟧</h3><p>⟦l 防溺水“六不”要记牢⟧</p><p>⟦l 校车安全管理十问十答⟧</p></div>
<div class="jy-foot">
<p>⟦m 版权所有：郰川县教育局　地址：郰川县文昌路12号⟧</p>
<p>⟦m 网站运维：县教育信息中心　技术电话：0738-6610011⟧</p>
</div>
<script>bindFont('.jy-txt');</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各中小学校：
近年来，我县部分学校开设了飞镖社团，深受学生喜爱。但也有学校使用钢针飞镖、飞镖盘挂设在走廊通道旁，存在安全隐患。为保障学生安全，现就规范飞镖社团活动管理通知如下：
一、中小学校飞镖社团一律使用软头飞镖和电子飞镖盘或安全镖盘，严禁学生携带钢针飞镖进入校园。
二、飞镖盘应挂设在专用活动室或封闭区域，投掷区前方及两侧各留出不少于1米的安全距离，投掷时他人不得进入。
三、社团活动须有指导教师全程在场，活动前讲解安全要求，活动后清点飞镖，统一收纳上锁。
四、各校于3月20日前完成自查，填写《学校飞镖社团安全情况自查表》，报县教育局体卫艺股。
联系人：龙佳，电话：0738-6612093，邮箱：zcjytwy@163.com。
附件：1. 学校飞镖社团安全情况自查表
2. 软头飞镖活动安全须知
郰川县教育局
2025年3月6日
""",
    ),
    dict(
        slug="edu-shuyang-notice-cocktail-skills-jigger-record",
        site="鄃阳教育信息港 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.syjyxxg.cn/zcjy/2025/1021/5208.html",
        title="关于举办鄃阳县职业院校酒店服务技能展示活动的通知",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="record title as is; a vocational-schools notice whose cocktail item requires jiggers; the notice's "
        "own contact line; 成文日期 differs from the posting line",
        page="""
!m 鄃阳教育信息港
!m 当前：首页 → 通知公告 → 职成教育
{T}
!m 发布人：职成股　日期：2025-10-21　阅读：233
!a 【A+】【A-】【打印此文】【关闭】
{BODY}
!l 上一篇：关于开展中等职业学校教学诊断工作的通知
!l 下一篇：2025年秋季学期职业学校安全检查情况通报
!m 鄃阳县教育局 版权所有　技术支持：县电教馆　电话：0736-7720100
""",
        indent="\u3000\u3000",
        body="""
各职业学校：
为检验酒店服务专业教学成果，促进技能人才培养，县教育局决定于11月中旬举办全县职业院校酒店服务技能展示活动。现将有关事项通知如下：
一、展示项目。设中餐宴会摆台、西餐服务、鸡尾酒调制三个项目，每校每个项目限报2人。
二、鸡尾酒调制要求。选手须在8分钟内完成两款指定鸡尾酒和一款自创鸡尾酒。所有基酒须使用组委会统一提供的量酒器量取，不得徒手倒酒，量取误差纳入评分。
三、时间地点。11月14日上午8时30分，在鄃阳县职业中专实训楼三楼举行。
四、报名方式。请各校于11月5日前将报名表报县教育局职成股。
联系人：邓瑜，电话：0736-7721054。
鄃阳县教育局
2025年10月20日
""",
    ),
    dict(
        slug="oa-kuichuan-muzuo-minutes-winerack-quality-vote",
        site="揆川木作股份有限公司 协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.kcmuzuo.com/seeyon/doc/view.do?id=-6618203457",
        title="红酒架产品质量分析会会议纪要",
        record_title="〖质量例会〗红酒架产品质量分析会会议纪要（第3期）- 木作OA",
        date="2025-04-16",
        notes="an OA document view: the 时间/地点/主持/参会/记录 lines of the minutes and a vote count; its 流转记录, "
        "read counts and buttons; the minutes' 时间 line is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖质量例会〗红酒架产品质量分析会会议纪要（第3期）- 木作OA</title>
<link rel="stylesheet" href="/seeyon/skin/default/oa.css">
<script src="/seeyon/common/js/oa-core.js"></script>
</head>
<body>
<div class="oa-head">⟦m 揆川木作 · 协同办公⟧　⟦m 当前用户：销售部 梁婧 ┆ 待办 5 ┆ 安全退出⟧</div>
<div class="oa-tabs">⟦m 我的桌面　公文管理　会议管理　知识文档　通讯录⟧</div>
<div class="oa-path">⟦m 知识文档 » 会议纪要 » 质量例会⟧</div>
<div class="oa-doc">
<h3 class="doc-title">{T}</h3>
<div class="doc-attr">⟦m 文档编号：MZ-ZL-2025-003　密级：内部　拟稿：质检部⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow">⟦m 流转记录：姚文 拟稿 → 钟国强 核稿 → 总经办 分送各部门⟧</div>
<div class="readstat">⟦m 已阅 27 人 ┆ 未阅 5 人⟧</div>
<div class="btns">⟦a 标为已阅　转发他人　归入文件夹　打印原文⟧</div>
</div>
<div class="oa-foot">⟦m 揆川木作信息部维护 ┆ 系统故障请拨分机 6021⟧</div>
<script>OA.docView.init();</script>
</body>
</html>
""",
        body="""
时间：2025年4月16日下午2:30
地点：公司三楼会议室
主持：副总经理　钟国强
参会：生产部、质检部、技术部、销售部负责人及各车间主任
记录：质检部　姚文
会议听取了质检部关于一季度红酒架产品质量情况的通报。一季度共出货实木红酒架6.8万件，客户退货412件，退货率0.61%，比去年同期上升0.2个百分点。退货原因主要是榫接处开裂、表面漆膜起泡和挂墙款承重不足。
会议议定以下事项：
一、技术部在两周内修改十二格落地款的榫接结构，增加一道木销加固。
二、喷漆车间调整烘干温度和时间，质检部每批抽检漆膜附着力。
三、挂墙款出厂前逐件做承重试验，试验载荷不低于标称值的1.5倍。
四、对连续两个月退货率超过千分之五的车间，取消当月质量奖。
第四项经与会人员表决，同意9票，反对0票，弃权1票，予以通过。
""",
    ),
    dict(
        slug="intranet-hengrui-bulletin-jigger-scale-table",
        site="恒锐内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.hengrui-ss.cn/zlgl/tb/2025-08-12-019.html",
        title="关于量酒器刻度线位置偏差问题的通报",
        record_title="【返工警示单】关于量酒器刻度线位置偏差问题的通报-恒锐内网",
        date="2025-08-12",
        notes="a stainless-steel works' intranet: a batch table one row a paragraph; a relative modification stamp "
        "(no date); the 成文日期 under the company's signature",
        page="""
!m 恒锐内网　|　质量管理 › 质量通报
!t 【返工警示单】关于量酒器刻度线位置偏差问题的通报
!m 发文部门：质检部　密级：内部　阅读范围：全体员工
!m 浏览 164 次　最后修改：前天 16:20
{BODY}
!a 【下载原件】【打印】【我已阅读】
!l 往期通报：关于冲压件毛刺超标问题的通报
!m 恒锐内网仅限公司内部访问，信息中心分机：8012
""",
        body="""
各车间、各部门：
8月5日，质检部在对出口订单HR-2507批次双头量酒器进行出货检验时发现，部分产品内壁的“30ml”和“45ml”刻度线位置偏低，实际容量比标称值多出约2毫升。经追溯，共涉及三个生产批次。检查情况如下：
批次号　生产数量（只）　抽检数量（只）　不合格（只）
HR-2507-03　4800　80　9
HR-2507-04　5200　80　12
HR-2507-06　3600　80　5
经查，问题原因是刻线工装夹具磨损后未及时更换，刻线工序首件检验流于形式。
为此，公司决定：对上述三个批次产品全部返工，重新检验合格后方可出货；对冲压二车间当班班长和刻线工序检验员予以通报批评；各车间立即对所有工装夹具进行一次全面排查。
希望各部门引以为戒，严格执行首件检验和巡检制度，坚决杜绝不合格品流入客户手中。
洭溪县恒锐不锈钢制品有限公司
2025年8月12日
""",
    ),
]
