"""holdout262, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Every case written by hand; all names, places, numbers and URLs are invented.
"""

CASES = [
    dict(
        slug="blog-manbanpai-essay-grandma-tongs",
        site="慢半拍的博客 (invented, WordPress-like)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://manbanpai.blog/2024/01/07/waipo-de-huoqian/",
        title="外婆的火钳",
        record_title="外婆的火钳 · 炉边闲话 — 慢半拍的博客",
        date="2024-01-07",
        notes="blog post: calendar widget, tag cloud, archive, comment form; the post's 发表于 line is the page's "
        "date; a tip-jar line glued after a 。 and a series note on a line of its own",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>外婆的火钳 · 炉边闲话 — 慢半拍的博客</title>
<script src='/wp-includes/js/wp-emoji-release.min.js?ver=6.4.2'></script>
<link rel="alternate" type="application/rss+xml" title="慢半拍的博客 RSS" href="/feed/">
</head>
<body class="single">
<header id="masthead"><p class="site-title">⟦m 慢半拍的博客⟧</p><p class="site-description">⟦m 走得慢一点，记得多一点⟧</p>
<nav>⟦m 首页　炉边闲话　读书　旅行　留言板⟧</nav></header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年1月7日 20:16　·　分类：炉边闲话　·　阅读 611⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：外婆　冬天　老物件⟧</div>
<nav class="nav-links">⟦l ‹ 前一篇：腊月里的米糖⟧　⟦l 后一篇：舅舅的二八自行车 ›⟧</nav>
<section id="comments"><h3>⟦l 已有 5 条留言⟧</h3>
<p>⟦l 南窗：看得鼻子一酸，我家也有一把这样的火钳⟧</p>
<p>⟦l 阿苓：缠铁丝那段太真实了⟧</p>
<h3>⟦l 说点什么⟧</h3><p>⟦l 昵称（必填）　邮箱（不公开）⟧</p><button>⟦a 提交留言⟧</button></section>
</article>
</main>
<aside id="secondary">
<section><h4>⟦l 日历⟧</h4><table><caption>⟦l 2024年一月⟧</caption><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h4>⟦l 标签云⟧</h4><p>⟦l 外婆 老屋 读书笔记 小城 冬天 手艺⟧</p></section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年一月 (3)⟧</li><li>⟦l 2023年十二月 (5)⟧</li></ul></section>
</aside>
<footer>⟦m © 2024 慢半拍的博客 · 本站由 WordPress 驱动 · 皖ICP备19030817号-1⟧</footer>
</body>
</html>
""",
        body="""
小时候每到冬天，外婆家的堂屋里总生着一只煤炉，炉边靠着一把火钳。火钳是镇上铁匠铺打的，两根铁条在顶上用铆钉连着，握手的地方磨得发亮。
外婆用这把火钳夹煤球、拨炉灰，也用它在炉口烤糍粑、焐红薯。我总想抢过来玩，外婆便板起脸说：“火钳不是玩的，烫着了没人替你疼。”⟦a （喜欢这篇，请作者喝杯茶 ☕）⟧
有一年冬天，火钳的铆钉松了，外婆舍不得扔，让外公用铁丝缠了好几圈，又接着用了好些年。
⟦l 本篇收在「炉边闲话」系列，共九篇⟧
外婆走后，舅舅收拾老屋，问我要不要留点什么。我什么也没要，只带走了那把缠着铁丝的火钳。现在它挂在我家阳台上，每次看见，就好像又闻到了炉子上红薯的香味。
""",
    ),
    dict(
        slug="blog-luoye-essay-old-vat-wrapped",
        site="落叶山房 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://luoyeshanfang.net/post/512.html",
        title="老屋的水缸",
        record_title="〔旧物笔记〕老屋的水缸 - 随笔 - 落叶山房",
        date=None,
        notes="blog essay hard-wrapped at 62 columns; only an update stamp and a relative time (no date); a "
        "repost line glued after a 。; tag line, prev/next, comments",
        page="""
!m 落叶山房　｜　一个人的读写角落
!m 首页 / 随笔 / 正文
!t 〔旧物笔记〕老屋的水缸
!m 山房主人　最后修改：2024-11-03　评论：7
{BODY}
!l 标签 → 水缸 / 老屋 / 童年
!l « 较早的文章：屋檐下的燕子窝　　较新的文章：晒秋 »
!l 竹影 · 2 天前：我家的水缸后来改成了荷花缸
!l 写下你的评论……
!d 落叶山房文字均为原创，转载请留言告知并注明出处。
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
老屋厨房的角落里，放着一口半人高的水缸。缸是粗陶的，外面挂着一层酱色的釉，缸口盖着一块杉木板，板上搁一只竹舀子。
那时村里还没通自来水，父亲每天天不亮就挑着水桶去井边，一担一担往缸里倒，要挑六担才能挑满。水挑回来有些浑，母亲就往缸里撒一小撮明矾，用竹竿搅几圈，到中午水就清了。⟦a （转载请注明：落叶山房）⟧
夏天的晚上，我喜欢趴在缸沿上往里看，缸底沉着一个小小的月亮，一碰水面，月亮就碎成了好几片。
后来通了自来水，水缸用不上了，母亲在里面养了几尾鲫鱼。再后来老屋拆了，那口缸不知道去了哪里。
""",
    ),
    dict(
        slug="wechat-wenming-zengyang-pledge-spoons",
        site="文明鄫阳 (invented WeChat account, on a mirror site)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.weiwenjx.com/a/wenmingzengyang/20240304/9a1f3e",
        title="关于使用公勺公筷的倡议书",
        record_title="关于使用公勺公筷的倡议书 —— 文明鄫阳 ‹ 微文镜像站",
        date="2024-03-01",
        date_also=["2024-03-04"],
        notes="WeChat mirror: 原创 tag, a follow prompt glued before the salutation, 阅读原文/在看 rows, a QR "
        "line, the mirror's archive note; a sentence asking readers to 转发分享 the pledge stays; the account "
        "date differs from the pledge's own date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于使用公勺公筷的倡议书 —— 文明鄫阳 ‹ 微文镜像站</title>
<script src="/js/lazyimg.js"></script>
<meta name="description" content="微文镜像站收录公众号文章">
</head>
<body>
<div class="mirror-top">⟦m 微文镜像站⟧ ⟦m 只收录，不改写⟧</div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="tag">⟦m 原创⟧</span> <span>⟦m 文明鄫阳⟧</span> <em id="publish_time">⟦m 2024-03-04 18:02⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr-line">⟦a 长按识别二维码，关注“文明鄫阳”⟧</div>
<div class="bottom-bar">⟦a 阅读原文⟧　⟦l 在看 86⟧　⟦l 赞 231⟧　⟦l 写留言⟧</div>
</div>
<div class="mirror-foot"><p>⟦d 本页为公众号文章的存档副本，版权属于原公众号，如需下架请邮件 takedown@weiwenjx.com⟧</p>
<p>⟦l 该号近期文章：春风行动送岗位进村 ｜ 雷锋月志愿服务集锦⟧</p></div>
</body>
</html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75">{}</p></section>',
        body="""
⟦a 点击上方蓝字，关注我们⟧全县广大市民朋友们：
一桌饭菜，几双筷子，一把汤勺轮流用，这是不少家庭和餐馆里常见的场景。可就是这把大家共用的汤勺，容易成为病菌传播的通道。为养成文明健康的用餐习惯，我们发出如下倡议：
一、家庭聚餐时，每道汤菜配一把公用汤勺，盛到自己碗里再喝；
二、在外就餐时，主动向餐馆要公勺公筷，不用自己的勺子伸进公共汤碗；
三、餐饮单位要按桌配齐公勺公筷，并在桌面醒目位置摆放提示牌；
四、党员干部要带头使用，影响和带动身边的人。
文明用餐，从一把公勺开始。欢迎大家把这份倡议转发分享给家人和朋友。
鄫阳县精神文明建设指导委员会办公室
2024年3月1日
""",
    ),
    dict(
        slug="wechat-muzuoji-essay-inkline-no-title",
        site="木作纪 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="散文",
        kind="other",
        form="text",
        source="https://mp.gzhcang.cn/s/muzuoji/4e71c0b2",
        title="一根墨线，弹出来的是规矩",
        record_title=None,
        date=None,
        notes="no title in the record (the title line on the page); a WeChat text mirror: 原创 and account line "
        "with a relative time, a follow prompt glued before the first line, an image placeholder between "
        "paragraphs, 在看/分享 rows",
        page="""
{T}
!m 原创　木作纪　木作纪编辑部　2 天前
!m 收录于合集 #老手艺 12个
{BODY}
!a 👇 点“在看”，让更多人看见老手艺
!l 往期回顾：刨子里的学问｜一把锯子三十年｜榫卯为什么不用钉
!a 分享　收藏　在看　点赞
!d 内容转载自公众号“木作纪”，仅作存档，版权归原作者所有。
""",
        body="""
⟦a 关注木作纪，每周听一门老手艺⟧木匠开工，第一件事不是锯，也不是刨，而是弹线。
师父的墨斗是枣木做的，形状像一只小船，前头是墨仓，里面塞着吸饱了墨汁的丝绵，后头是线轮，一摇就能把线收回去。弹线时，他让我捏住线头按在木头一端，自己拉着墨斗退到另一端，把线绷紧，用拇指和食指捏起线中间，轻轻一提一放，“啪”的一声，一道笔直的黑线就印在了木头上。
⟦m 〔图片：师父的枣木墨斗〕⟧
我学着弹，不是线松了，就是提得太高，弹出来的线又粗又毛。师父说，墨线弹歪了，后面的活做得再细也是白搭。
后来我才明白，墨斗弹出来的不只是一根线，更是一条规矩：下锯之前先定好线，心里有了准绳，手上才不会乱。
""",
    ),
    dict(
        slug="docshare-xiangyue-request-vats-service-wechat",
        site="享阅文档 (invented, document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.xiangyuedoc.com/d/73a90c55e1.html",
        title="关于申请购置传统村落消防水缸的请示",
        record_title="〖请示范本〗关于申请购置传统村落消防水缸的请示（word可修改）｜享阅文档",
        date="2024-05-08",
        notes="sharing page: upload notice, points lock on a line of its own between paragraphs, a service WeChat "
        "in the sidebar next to the request's own 联系人/电话 line; a 附件 list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>〖请示范本〗关于申请购置传统村落消防水缸的请示（word可修改）｜享阅文档</title>
<script src="//s.xiangyuedoc.com/js/doc-view.min.js"></script>
</head>
<body>
<div class="hd">⟦m 享阅文档⟧ ⟦m 好文档，共分享⟧ <a>⟦a 上传我的文档⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bread">⟦m 享阅文档 / 党政公文 / 请示报告⟧</div>
<div class="doc-main">
<h1>{T}</h1>
<div class="doc-info">⟦m 分享者：甔坪小编　｜　3 页　｜　下载 214 次　｜　评分 4.6⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-end">⟦a 下载原文（Word）　需 6 积分⟧</div>
<div class="upload-tip">⟦d 本文档由用户自行上传，享阅文档仅提供信息存储空间，如有侵权请联系删除。⟧</div>
</div>
<div class="side">
<div class="kefu">⟦w 人工客服微信：xiangyue_kf01（9:00-21:00）⟧</div>
<h4>⟦l 相关文档推荐⟧</h4>
<p>⟦l 关于申请古建筑修缮资金的请示⟧</p>
<p>⟦l 村级消防设施建设情况报告⟧</p>
</div>
<div class="ft">⟦m 享阅文档 xiangyuedoc.com 京ICP备21035517号⟧</div>
</body>
</html>
""",
        body="""
县财政局：
甔坪镇辖区内有省级传统村落三个，村中现存消防水缸四十六口，其中二十一口破损严重，已无法蓄水。今年以来，镇里组织人员对全部水缸进行了检查，对尚可修补的十三口请匠人作了修补，仍有八口需要整体更换。
⟦a 以下内容需消耗 2 积分解锁⟧
为保障传统村落消防安全，经镇党委会研究，拟购置与原缸形制相近的青石水缸八口，每口约四千二百元，连同运输、安放费用，共需资金三万六千元。
妥否，请批示。
附件：1. 甔坪镇传统村落消防水缸检查情况表
2. 青石水缸采购询价单
甔坪镇人民政府
2024年5月8日
（联系人：龙晓帆，电话：0739-7358216）
""",
    ),
    dict(
        slug="docshare-kuaiwen-report-tongs-forge-bracket-markers",
        site="快闻文档 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://kuaiwendoc.cn/share/f3e19a7b",
        title="錞田镇铁器锻打传习所所长2024年度述职报告",
        record_title="錞田镇铁器锻打传习所所长2024年度述职报告.docx",
        date="2025-01-06",
        notes="sharing page text cut by ⎣n⎤ page markers on lines of their own; file-name title; 成文日期 under "
        "the 述职人 line; a points line and an upload notice",
        page="""
!m 快闻文档　　首页 › 述职报告 › 个人述职
!t 錞田镇铁器锻打传习所所长2024年度述职报告.docx
!m 上传者：铁花飞　　上传日期：2025-01-20　　页数：3　　大小：21KB
!a 【免费预览】　【下载全文 8 积分】　【加入文集】
{BODY}
!a 已显示全部 3 页 · 喜欢就点个赞吧
!d 快闻文档所有资料均来自网友上传，仅供参考，不代表本站观点。
!l 同分类热门：村文化管理员述职报告｜非遗传承人年度工作总结
""",
        pages=dict(fmt="⎣{n}⎤", every=110, start=2),
        body="""
按照镇文化站安排，现将本人2024年度履职情况报告如下。
一、传习教学情况
全年开设火钳、锅铲、柴刀三类锻打课程，其中火钳锻打课开班六期，培训学员五十四人次，有十一名学员能够独立打制一把合格的火钳。
二、产品开发情况
在保留传统样式的基础上，开发了短柄壁炉火钳和烧烤火钳两个新品，全年销售一千三百余把，收入九万余元，全部用于传习所运转和学员补贴。
三、安全管理情况
坚持每天开炉前检查风箱、铁砧和淬火水槽，全年未发生烫伤事故。
四、存在的不足
年轻学员坚持下来的少，十一名出师学员中，目前仍在打铁的只有四人。明年我打算和县职校合作，把火钳锻打做成劳动教育课，吸引更多年轻人来学。
述职人：鲁铁生
2025年1月6日
""",
    ),
    dict(
        slug="edu-yuchuan-plan-sandal-labour-decimal",
        site="鄅川教育网 (invented, county education bureau)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://jyj.yuchuan.gov.cn/tzgg/2024/0320/5127.html",
        title="草鞋编织进校园劳动教育实施方案",
        record_title="草鞋编织进校园劳动教育实施方案（附件2个）_鄅川教育网",
        date="2024-03-18",
        date_also=["2024-03-20"],
        notes="education portal: 读屏/长辈 links, decimal headings 1.1–3.2 stay, a 附件 list next to the "
        "attachment download links, a scan-to-read-on-phone line; 成文日期 differs from the 发布时间",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>草鞋编织进校园劳动教育实施方案（附件2个）_鄅川教育网</title>
<script src="/js/ariaLoader.js" charset="utf-8"></script>
</head>
<body>
<div class="util">⟦a 读屏模式开启⟧ ⟦a 长辈友好版⟧ ⟦m 今天是：星期三⟧</div>
<div class="head"><h2>⟦m 鄅川教育网⟧</h2><p>⟦m 鄅川县教育局主办⟧</p></div>
<div class="menu">⟦m 首页 ｜ 教育要闻 ｜ 通知公告 ｜ 招生考试 ｜ 教师发展 ｜ 劳动教育⟧</div>
<div class="path">⟦m 您所在的位置：首页 » 通知公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<p class="info">⟦m 发布时间：2024-03-20　　发布单位：基础教育股　　点击：1043⟧</p>
<div class="body">
{BODY}
</div>
<div class="fujian"><p>⟦a 📎 附件下载：草鞋编织劳动教育课教学进度表.xlsx（16KB）⟧</p><p>⟦a 📎 附件下载：校外辅导员聘任登记表.docx（22KB）⟧</p></div>
<div class="phone-read">⟦a 用手机扫一扫，本页随身看⟧</div>
</div>
<div class="side"><h4>⟦l 劳动教育专栏⟧</h4><p>⟦l 全县中小学劳动教育清单发布⟧</p><p>⟦l 枹桥小学学生学搓草绳⟧</p></div>
<div class="ft"><p>⟦m 鄅川县教育局　地址：鄅川县城关镇学府路6号　邮编：418800⟧</p><p>⟦m 技术维护：县教育信息中心　湘ICP备10022931号⟧</p></div>
</body>
</html>
""",
        body="""
为落实劳动教育要求，传承本地草编技艺，县教育局决定在农村中小学开展草鞋编织进校园活动，特制定本方案。
1 工作目标
1.1 2024年春季学期起，在全县十二所农村中小学开设草鞋编织劳动教育课，每周一课时。
1.2 每校培养一至两名能教会学生编草鞋的指导老师。
2 实施步骤
2.1 三月底前，各校摸排本村会编草鞋的老人，聘请一至两名为校外辅导员。
2.2 四月至六月，在三至六年级开课，学生以小组为单位完成一双草鞋。
2.3 六月下旬，全县举办一次草鞋编织作品展。
3 保障措施
3.1 县教育局统一配发稻草捶、鞋耙等工具，每校一套。
3.2 学校要做好安全教育，剪刀、锥子等由老师统一保管。
附件：1. 草鞋编织劳动教育课教学进度表
2. 校外辅导员聘任登记表
鄅川县教育局
2024年3月18日
""",
    ),
    dict(
        slug="edu-zengyang-notice-public-ladle-scan",
        site="鄫阳教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zyedu.gov.cn/tzgg/20240903/3318.html",
        title="关于在全县中小学幼儿园食堂推行“一桌一公勺”的通知",
        record_title="关于在全县中小学幼儿园食堂推行“一桌一公勺”的通知｜食安专栏 · 鄫阳教育信息网",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="education bureau notice: the bureau's own 联系人/电话 next to the site's technical line; a "
        "sentence telling canteens to 扫码填报 stays; a print/close row glued after the last sentence; the 发布时间 differs from the 成文日期",
        page="""
!m 鄫阳教育信息网
!m 当前位置：首页 → 通知公告 → 食安专栏
{T}
!m 发布者：县教育局办公室　　发布时间：2024-09-03　　阅读：2216
{BODY}
!l ◇ 上一条：关于做好2024年秋季学期开学工作的通知
!l ◇ 下一条：全县中小学食堂从业人员健康证办理提醒
!m 技术支持：鄫阳县教育信息中心　服务电话：0736-5210999
!m 版权所有：鄫阳县教育局　湘ICP备11006215号
""",
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园：
为养成学生文明用餐习惯，减少交叉感染，县教育局决定自本学期起在全县中小学、幼儿园食堂推行“一桌一公勺”。现将有关事项通知如下。
一、各校食堂每张餐桌配备公用汤勺、公筷各一套，汤勺统一使用长柄不锈钢汤勺，每餐后集中清洗消毒。
二、班主任要在开学第一周利用班会课讲清使用公勺的道理，低年级由老师示范盛汤。
三、请各校食堂负责人于9月10日前扫码填报公勺配备情况，二维码见附件。
四、县教育局将在九月下旬组织抽查，抽查结果纳入学校食堂等级评定。
联系人：闻嘉禾　电话：0736-5210476
鄫阳县教育局
2024年9月2日⟦a 　［打印通知］［关闭本页］⟧
""",
    ),
    dict(
        slug="oa-yuehu-guijian-rules-inkmarker-flow",
        site="龠湖古建工程有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="规程",
        kind="notice",
        form="html",
        source="http://oa.yuehugujian.local/doc/view?docid=20240412-0031",
        title="木作车间墨斗使用与保管规程",
        record_title="〔制度发布〕木作车间墨斗使用与保管规程 - 龠湖古建OA",
        date="2024-04-12",
        notes="OA document view: 流转记录, read count, a 'mark as read' button, a watermark notice; 第N条 "
        "articles (one speaks of 扫码领用) stay; the department's signature and date close the rule",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔制度发布〕木作车间墨斗使用与保管规程 - 龠湖古建OA</title>
<script src="/static/oa/watermark.js"></script>
</head>
<body>
<div class="oa-top">⟦m 龠湖古建 · 协同办公平台⟧ <span>⟦m 当前用户：郝建平（木作车间）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-left"><ul><li>⟦m 待办事项 (3)⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 规章制度⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="oa-main">
<div class="oa-path">⟦m 公文管理 ▸ 制度发布 ▸ 查看⟧</div>
<table class="doc-head">
<tr><td>⟦m 发文部门：生产技术部⟧</td><td>⟦m 保密等级：内部公开⟧</td></tr>
<tr><td>⟦m 拟稿：冯立言　审核：程子舟⟧</td><td>⟦m 阅读 62 人次⟧</td></tr>
</table>
<h2 class="doc-title">{T}</h2>
<div class="doc-content">
{BODY}
</div>
<div class="doc-btns"><button>⟦a 标为已读⟧</button> <button>⟦a 另存为PDF⟧</button> <button>⟦a 返回列表⟧</button></div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-04-11 16:02 冯立言 起草⟧</p>
<p>⟦m 2024-04-12 09:40 程子舟 审核通过⟧</p>
<p>⟦m 2024-04-12 10:15 办公室 分发至各车间⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截屏外传，页面已加载个人水印⟧</div>
</body>
</html>
""",
        body="""
第一条　为规范木作车间墨斗的使用和保管，保证弹线质量，制定本规程。
第二条　墨斗由车间工具室统一登记编号，领用人凭工号扫码领用，用毕当日归还。
第三条　墨汁统一使用工具室配发的松烟墨，不得掺入机油、柴油等代替。
第四条　墨线每月更换一次，发现起毛、断股的，应立即更换。
第五条　弹线时应两人配合，线端用钉或锥固定牢靠，严禁用牙咬线头。
第六条　墨斗不用时应将墨仓加盖，平放于工具柜内，避免墨汁外溢污染构件。
第七条　本规程自印发之日起施行，由生产技术部负责解释。
龠湖古建工程有限公司生产技术部
2024年4月12日
""",
    ),
    dict(
        slug="oa-baichuan-minutes-ladle-weld",
        site="百川厨具内网 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://10.16.2.8/oa/meeting/minutes/2024/27",
        title="关于长柄汤勺焊点开裂问题的专题会议纪要",
        record_title="〔会议纪要·第27期〕关于长柄汤勺焊点开裂问题的专题会议纪要 — 百川厨具内网",
        date="2024-11-07",
        notes="intranet minutes: the 时间/地点/主持/参会/记录 lines stay and the 时间 line gives the date; a "
        "confidentiality banner, a read/unread count, an IT-desk line; a batch number in the text",
        page="""
!d 〔内部资料　请勿外传〕
!m 百川厨具内网 > 行政办公 > 会议纪要
!t 〔会议纪要·第27期〕关于长柄汤勺焊点开裂问题的专题会议纪要
!m 发布部门：总经办　　已读 37 人　未读 5 人
{BODY}
!a ［签收］　［转发部门］　［打印纪要］
!m 系统问题请拨信息部分机 8016
""",
        body="""
时间：2024年11月7日下午2:30
地点：公司二楼质量会议室
主持：副总经理滕振国
参会：生产部、质检部、采购部、销售部负责人
记录：苗可欣
会议通报了近期客户反映的长柄汤勺焊点开裂问题。十月以来，公司共收到投诉十九起，涉及批号HT2409的产品三千二百把。经质检部拆检，原因是焊接工序更换新焊丝后，焊接电流未相应调整，焊点熔深不足。
会议议定：
一、生产部即日起恢复原焊接参数，并对焊工重新培训；
二、质检部对库存的HT2409批次逐把做拉力检测，不合格的一律返工；
三、销售部主动联系已售客户，免费更换；
四、采购部今后更换焊材，须先经质检部试焊确认。
""",
    ),
]
