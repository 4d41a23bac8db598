"""holdout248, part C: forums, county forums, exam forums, blogs and personal collections.

Written by hand for this part only; every place, person, firm, site, URL, phone and id is
invented. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="forum-laolaobao-post-patching-rubber-shoes-jammer",
        site="老劳保论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.laolaobao.example.cn/thread-40817-1-1.html",
        title="解放胶鞋开胶了，自己动手补一补",
        record_title="[手艺分享] 解放胶鞋开胶了，自己动手补一补（附补胶步骤） - 鞋靴修补 - 老劳保论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, a rating row, a signature, replies and a login box; "
        "relative post time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[手艺分享] 解放胶鞋开胶了，自己动手补一补（附补胶步骤） - 鞋靴修补 - 老劳保论坛 - Powered by Discuz!</title>
<style>.jammer{position:absolute;left:-9999px;font-size:0}</style>
<script src="static/js/common.js?X9k"></script>
</head>
<body>
<div id="toptb">⟦a 切换到宽版⟧　⟦a 登录　快速注册　找回密码⟧</div>
<div id="hd"><h2>⟦m 老劳保论坛⟧</h2><p>⟦m 劳保用品爱好者的老地方⟧</p></div>
<div id="nv">⟦m 论坛　导读　鞋靴修补　工装手套　安全帽　二手交流⟧</div>
<div id="pt">⟦m 老劳保论坛 › 生活技巧 › 鞋靴修补 › 正文⟧</div>
<div id="postlist">
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 补鞋老王头⟧</div><dl>⟦m 帖子 1137　积分 4085　威望 62⟧</dl></td>
<td class="plc">
<h1 class="ts">{T}</h1>
<div class="authi">⟦m 发表于 3 天前　只看该作者　倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_40817">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　贡献 +9　收起 理由 实用，收藏了⟧</div>
<div class="sign">⟦m 签名：补鞋补伞补雨衣，样样都会一点⟧</div>
<div class="po">⟦a 回复　支持　反对　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 铁锹不离手：明天就试，家里正好有一双开口的⟧</div>
<div class="reply">⟦l 3# 阿丰：胶水买什么牌子的好？⟧</div>
</div>
<div id="f_pst">⟦a 登录之后才能回帖哦　立即登录　没有账号？⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　老劳保论坛　鲁ICP备16027553号-1⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里老人穿了多年的解放胶鞋，鞋头和鞋底之间开了一道口子，扔了可惜，我试着补了一下，效果不错，分享给大家。
第一步，把开胶处的泥沙刷干净，用砂纸把两面打毛，打得越粗糙越粘得牢。
第二步，用酒精擦一遍，等它干透。
第三步，两面都薄薄涂一层橡胶专用胶水，晾五分钟，等胶水不粘手了再对准压紧。
第四步，用夹子夹住，或者拿重物压上一整夜。
补好的鞋我穿着下地干了一个星期的活，没有再开。要提醒的是，鞋底已经磨穿的就别补了，该换新的了。
""",
    ),
    dict(
        slug="forum-yuju-post-old-douli-junk",
        site="雨具收藏论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.yujucang.example.cn/bbs/viewthread.php?tid=9931",
        title="收到一顶六十年代的老斗笠",
        record_title="[藏品晒图] 收到一顶六十年代的老斗笠，笠面还有字 - 斗笠蓑衣 - 雨具收藏论坛",
        date=None,
        notes="text thread with anti-scraping junk lines and glued junk; poster line with 昨天 (no date); "
        "replies and a board footer",
        page="""
!m 雨具收藏论坛　›　斗笠蓑衣　›　浏览帖子
!t [藏品晒图] 收到一顶六十年代的老斗笠，笠面还有字
!m 楼主：笠翁阿福　发表于 昨天 20:15　查看 706　回复 9
{BODY}
!l 沙发　竹林七闲：字还这么清楚，保存得真好
!l 板凳　蓑衣客：求问笠顶那圈铜皮是原配的吗
!a 回复本帖　｜　只看此人
!m 雨具收藏论坛 — 收藏一把伞，留住一场雨
""",
        junk=dict(lines=1, glued=2),
        body="""
前几天在箸岭县城的旧货市场淘到一顶老斗笠，摊主说是从山里老屋收来的，我看了做工，应该是六十年代的东西。
斗笠直径五十多厘米，笠顶用一圈铜皮包着，笠面是两层细篾夹竹叶，桐油刷得很厚，颜色已经发黑。最难得的是，笠沿内侧用毛笔写着“农业学大寨”五个字，还有一个“周”字，估计是原主人的姓。
我用软毛刷把灰扫干净，再用棉布蘸清水轻轻擦了一遍，没敢用洗涤剂。现在挂在书房墙上，每次看到都觉得很亲切。
有懂行的朋友帮忙看看，这种夹竹叶的做法是哪一带的？
""",
    ),
    dict(
        slug="countyforum-zhuling-post-bedsheets-rooftop-no-title",
        site="箸岭茶馆论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.zhulingchaguan.example.cn/thread-228104-1-1.html",
        title="楼顶晾的床单被物业收走了，这样做合适吗？",
        record_title=None,
        date=None,
        notes="no title in the record; the thread subject holds it; jammer fonts, a weather line, a decoration ad "
        "between posts, an official-reply link; relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>楼顶晾的床单被物业收走了，这样做合适吗？ - 家长里短 - 箸岭茶馆</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="topbar">⟦m 箸岭茶馆论坛⟧ ⟦m 今日箸岭：阵雨转多云 21～27℃⟧ ⟦a 登录后参与讨论⟧</div>
<div class="nav">⟦m 首页　家长里短　城建交通　求职招聘　房产家居　二手市场⟧</div>
<div class="crumb">⟦m 箸岭茶馆 » 家长里短 » 帖子详情⟧</div>
<div class="thread">
<div class="poster">⟦m 翠屏小区老住户⟧ ⟦m 等级：茶馆常客　帖子 218⟧</div>
<div class="post">
<h1 id="thread_subject">{T}</h1>
<div class="posttime">⟦m 发表于 3 天前　来自手机⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦a 已转交有关部门　查看官方回复 ›⟧</div>
</div>
<div class="ad">⟦w 全屋定制、阳台晾衣架上门安装，找箸岭美居装饰 电话 0751-6620188⟧</div>
<div class="reply">⟦l 沙发　城关老李：我们小区也是这样，上楼顶都要登记⟧</div>
<div class="reply">⟦l 板凳　箸岭一枝花：装晾衣架是好事，就怕又是说说而已⟧</div>
</div>
<div class="replybox">⟦a 说两句……（登录后才能回复）⟧</div>
<div class="foot">⟦m 箸岭茶馆论坛　箸岭人的网上茶馆　湘ICP备13009724号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我住在城关镇翠屏花园7栋，前天中午把刚洗的床单、被套拿到楼顶晾，下午去收，全不见了。问了物业，说是统一清理楼顶杂物，收到物业仓库了，要自己去领。
想问问大家，楼顶到底能不能晾衣服？小区里没有晾衣场，阳台又小，床单这种大件只能上楼顶。物业事先没有贴通知，就把东西收走，这样做合适吗？
后来物业经理说，下个月会在楼顶装晾衣架，划出晾晒区。如果真能装上，也算好事。希望物业以后先通知再清理。
""",
    ),
    dict(
        slug="countyforum-fuyang-repost-free-masks-elderly",
        site="幞阳人家论坛 (invented, township forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fuyangrenjia.example.cn/forum/view/55120",
        title="幞阳镇卫生院关于为65岁以上老人免费发放口罩的通知",
        record_title="〔转载〕幞阳镇卫生院关于为65岁以上老人免费发放口罩的通知 - 镇务公开 - 幞阳人家",
        date="2024-12-02",
        date_also=["2024-12-04"],
        notes="a notice reposted on a township forum: the poster's date differs from the 成文日期; the clinic's own "
        "phone in the body beside a forum ad's phone",
        page="""
!m 幞阳人家论坛 › 镇务公开
!t 〔转载〕幞阳镇卫生院关于为65岁以上老人免费发放口罩的通知
!m 发帖人：幞阳小喇叭　发表于 2024-12-04 08:26　阅读 1533
!m 转自：幞阳镇卫生院公众号
{BODY}
!l 1楼　山边人家：谢谢转发，帮我妈领一包
!l 2楼　阿桂：要带身份证原件吗？
!w 广告｜幞阳镇便民家政，保洁开荒、老人陪护，电话 13829107745
!m 幞阳人家论坛　我们的幞阳，我们的家
""",
        body="""
各村（社区）：
为做好冬季呼吸道疾病防护，镇卫生院将为辖区65岁以上老人免费发放医用口罩，每人一包（30只）。现将有关事项通知如下：
一、发放时间：12月5日至12月20日，每天8时至17时。
二、发放地点：镇卫生院一楼公共卫生科，各村卫生室同步发放。
三、领取方式：老人本人或家属凭老人身份证领取，行动不便的由村医上门送达。
四、咨询电话：0752-6805120（公共卫生科）。
幞阳镇卫生院
2024年12月2日
""",
    ),
    dict(
        slug="examforum-shangan-essay-bamboo-basket-reply-to-see",
        site="上岸驿站公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://www.shanganyz.example.cn/forum/t/77351",
        title="一只竹篓里的乡村振兴",
        record_title="【文章写作打卡】一只竹篓里的乡村振兴（第3篇，轻拍）- 申论批改区 - 上岸驿站",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad between posts, level badges; an essay with "
        "no date; relative post time",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【文章写作打卡】一只竹篓里的乡村振兴（第3篇，轻拍）- 申论批改区 - 上岸驿站</title>
<script src="/assets/forum.bundle.js"></script>
</head>
<body>
<header>⟦m 上岸驿站⟧ ⟦m 公考人的加油站⟧ <nav>⟦m 首页　行测交流　申论批改区　面试交流　备考经验⟧</nav></header>
<div class="crumb">⟦m 上岸驿站 › 申论批改区 › 大作文⟧</div>
<main>
<div class="op">⟦m 楼主 小竹子要上岸　Lv.5 备考达人⟧ ⟦m 发表于 5 天前⟧</div>
<h1>{T}</h1>
<div class="post-body">
{BODY}
</div>
<div class="hidden-box">⟦a 本帖附有老师批改版，回复后才能看到⟧</div>
<div class="rate">⟦l 评分 +3 思路清楚　+2 例子鲜活⟧</div>
<div class="qqad">⟦w 申论小班批改群：QQ 785102364，每周三篇精批⟧</div>
<div class="floor">⟦l 2楼 一定要上岸：结尾再扣一下题就更好了⟧</div>
</main>
<footer>⟦m 上岸驿站 © 2024　粤ICP备21007731号⟧</footer>
</body>
</html>
""",
        body="""
在筼溪县的山村里，竹篓是再平常不过的物件：采茶用茶篓，赶集背背篓，捕鱼带渔篓。可就是这只平常的竹篓，如今成了不少村民的“致富篓”。
一只竹篓能走多远，取决于有没有人愿意编、有没有人愿意买。过去，年轻人嫌编篓辛苦又不挣钱，纷纷外出打工，老篾匠的手艺眼看就要失传。近几年，当地把竹篓编织纳入技能培训，合作社统一接单、统一定价，茶企、民宿成了稳定的买家，编篓的收入涨了，回村学手艺的年轻人也多了。
一只竹篓的变化告诉我们，乡村振兴不必都靠大项目。把群众身边的老手艺盘活，让传统产品对接新市场，同样能带来实实在在的收入。
当然，竹篓要走得更远，还需要设计上的创新和品牌上的培育。唯有守住手艺、打开市场，这只竹篓才能装下更多的希望。
""",
    ),
    dict(
        slug="examforum-mianba-interview-douli-photo-junk",
        site="面霸研习社论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.mianbayxs.example.cn/thread-6620-1-1.html",
        title="景区要求游客租戴斗笠才能拍照，你怎么看？",
        record_title="〔面试题每日一练〕景区要求游客租戴斗笠才能拍照，你怎么看？（附个人思路）- 面试交流 - 面霸研习社",
        date=None,
        notes="exam-forum answer with junk lines and glued junk; 2 天前 is no date; a reply-to-see prompt and "
        "a paid-course line below",
        page="""
!m 面霸研习社论坛　›　面试交流　›　综合分析
!t 〔面试题每日一练〕景区要求游客租戴斗笠才能拍照，你怎么看？（附个人思路）
!m 作者：上岸就去吃火锅　2 天前　浏览 954
{BODY}
!a 回复本帖后可见老师点评
!w 面试一对一模拟课，报名加微信 mianba_laoshi6
!l 1楼　今年必过：第二点说得好，收费要明码标价
!m 面霸研习社论坛 bbs.mianbayxs.example.cn
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：某景区推出“斗笠打卡点”，要求游客租戴景区斗笠才能在古桥上拍照，每顶租金20元，引发游客不满。你怎么看？
我的回答：
景区想用斗笠这一传统元素打造特色、增加收入，出发点可以理解，但强制租戴才能拍照的做法不妥。
一是侵犯了游客的自主选择权。古桥是公共景观，游客拍不拍照、戴不戴斗笠应由自己决定。
二是容易损害景区口碑。一顶斗笠租20元明显偏高，游客觉得被“套路”，反而不愿再来。
我认为，景区可以把斗笠作为自愿体验项目，明码标价，再配上斗笠编织展示和讲解，让游客在体验中了解这门手艺。这样既保留了特色，也赢得了人心。
""",
    ),
    dict(
        slug="blog-lijian-memoir-fathers-douli-wordpress",
        site="笠檐听雨 (invented, WordPress-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://lijiantingyu.example.cn/2024/old-things/douli/",
        title="父亲的斗笠",
        record_title="父亲的斗笠 – 旧物絮语 – 笠檐听雨",
        date=None,
        notes="WordPress-like blog: calendar widget, archive, tag cloud, comment form; the memoir has no date and "
        "the post shows only a relative modification time",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>父亲的斗笠 – 旧物絮语 – 笠檐听雨</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header class="site-header"><p class="site-title">⟦m 笠檐听雨⟧</p><p class="site-description">⟦m 写给旧物，也写给旧人⟧</p>
<nav>⟦m 首页　旧物絮语　读书　关于⟧</nav></header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：旧物絮语　·　最后修改于 2 周前⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：斗笠　父亲　老家⟧</footer>
<nav class="post-nav">⟦l ← 前一篇 母亲的针线笸箩⟧　⟦l 后一篇 → 老屋门前的石磨⟧</nav>
<section id="comments"><h3>⟦l 来都来了，说两句⟧</h3><p>⟦l 昵称（必填）　邮箱（不会公开）⟧</p><button>⟦a 提交留言⟧</button></section>
</article>
</main>
<aside class="widget-area">
<section class="widget_calendar">⟦l 日　一　二　三　四　五　六⟧</section>
<section class="widget_archive"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年5月（3）⟧</li><li>⟦l 2024年4月（5）⟧</li></ul></section>
<section class="widget_tag_cloud"><h4>⟦l 标签云⟧</h4>⟦l 老家 旧物 父亲 读书 雨天⟧</section>
</aside>
<footer class="site-footer">⟦m 笠檐听雨 © 2024　基于 WordPress 搭建　主题 Quiet⟧</footer>
</body>
</html>
""",
        body="""
父亲有一顶斗笠，挂在老屋堂屋的墙上，一挂就是三十年。
那是他年轻时自己编的。篾是后山的水竹，劈得比筷子还细，中间夹一层笋壳，外面刷了三遍桐油。父亲说，好斗笠要“轻、密、韧”，戴在头上不压人，下大雨不漏水，被风吹落了踩一脚也不坏。
小时候，我最爱在下雨天跟父亲去田里看水。他把斗笠扣在我头上，自己披一块塑料布。雨点打在笠面上，噼噼啪啪，像在敲小鼓。
后来父亲老了，不再下田，斗笠就挂在了墙上。去年整理老屋，我把它取下来，笠沿已经有些松了，可桐油的香味还在。
我把它带回了城里。它不值钱，却是我最珍贵的东西。
""",
    ),
    dict(
        slug="blog-kefang-insight-making-beds-wrapped-record-date",
        site="客房小管家的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://kefangxgj.blog.example-host.cn/post/20240530.html",
        title="铺床单的学问",
        record_title="铺床单的学问 — 客房小管家的博客",
        record_date="2024-05-30",
        date="2024-05-30",
        notes="date from the record; hard-wrapped at 68 columns; blog header, category line, prev/next and a comment "
        "box; a tip-jar line glued after a sentence",
        page="""
!m 客房小管家的博客
!m 十年客房服务员，记录酒店里的小事
!m 首页 | 客房日记 | 布草知识 | 留言板
{T}
!m 分类：客房日记　阅读（532）　评论（6）
{BODY}
!l « 上一篇：枕套为什么要开口朝里
!l » 下一篇：客房清扫的十五分钟
!l 最新评论：花花 — 学到了，原来包角还有讲究
!l 写下你的评论……
!m 客房小管家的博客 · 本站文字未经允许请勿转载
""",
        wrap=68,
        indent="  ",
        body="""
在酒店做客房服务员十年，我铺过的床单少说也有几万张。很多人以为铺床单就是把单子摊开，其实里面有不少学问。
第一是看正反。床单有正反面，缝边要朝下，商标要在床尾，这样客人躺下时摸到的是平整的一面。
第二是对中线。床单的中折线要对准床的中线，两边垂下的长度一样，看上去才整齐。
第三是包好角。床角要包成四十五度的斜角，塞进床垫下面，客人翻身时床单才不会跑。⟦a 觉得有用，打赏小管家一杯奶茶⟧
第四是查污渍。铺之前要对着灯光看一遍，有一点黄斑、一根头发都要换掉。
这些细节客人未必看得出来，但睡得舒不舒服，他们一定感觉得到。
""",
    ),
    dict(
        slug="collection-miejiang-memoir-grandmas-basket-gb2312",
        site="篾匠后人文集 (invented, old gb2312 personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.miejianghouren.example.cn/wenji/juan2/05.htm",
        title="外婆的竹篓",
        record_title="〔篾香集·其五〕外婆的竹篓 — 篾匠后人文集",
        date=None,
        notes="old table-layout collection with a marquee, chapter links, a visitor counter and the author's mailbox; "
        "the memoir ends with a 写于 line holding only a year and a season (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔篾香集·其五〕外婆的竹篓 — 篾匠后人文集</title>
<style type="text/css">body{background:#f5efe0}td{font-size:14px;line-height:180%}</style>
<script language="JavaScript" src="/cgi-bin/counter.js"></script>
</head>
<body>
<table width="760" align="center" border="0" cellpadding="6">
<tr><td align="center">⟦m 篾匠后人文集⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎来到我的小屋，这里的文章都写给箢山的老家⟧</marquee></td></tr>
<tr><td align="center">⟦m 〔卷一·山居〕　〔卷二·篾香集〕　〔卷三·杂记〕　〔留言簿〕⟧</td></tr>
</table>
<table width="760" align="center" border="0" cellpadding="6">
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 作者：篾匠后人⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〈上一篇：爷爷的篾刀〉　〈目录〉　〈下一篇：竹床上的夏夜〉⟧</td></tr>
</table>
<table width="760" align="center" border="0">
<tr><td align="center">⟦d 文集所有文字皆为原创，转载请先来信征得同意⟧</td></tr>
<tr><td align="center">⟦w 写信给我：miejianghr@example-mail.cn⟧</td></tr>
<tr><td align="center">⟦m 自二〇〇八年开站以来，您是第 051274 位来客⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
外婆有一只竹篓，是外公生前亲手编的。篓口圆，篓底方，篾片被磨得油亮，提手上缠着一圈蓝布条。
外婆去赶集，总背着这只竹篓。去的时候装着鸡蛋和晒干的笋，回来的时候装着盐、火柴，还有给我买的麦芽糖。我跟在她身后，一路数着竹篓上的花眼，数到集市，正好数完。
有一年竹篓的底磨破了，舅舅说买个新的，外婆不肯，自己找来篾片一点点补好，又背了好几年。
外婆走后，那只竹篓一直放在老屋的阁楼上。每次回去，我都要上去看一看，摸一摸。那上面，有外婆的温度。
二〇二二年冬，写于箢山老屋
""",
    ),
    dict(
        slug="collection-nanchuang-essay-liberation-shoes-no-title",
        site="南窗拾忆 (invented, personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://nanchuangshiyi.example.cn/essays/27",
        title="那双解放鞋",
        record_title=None,
        date=None,
        notes="no title in the record; a title line under the collection's name holds it; a chapter index and "
        "a reading-count line around it; the essay has no date",
        page="""
!m 南窗拾忆 · 一个老教师的文字角落
!m 目录 ｜ 上一篇 ｜ 下一篇
{T}
!m 第27篇　阅读 318　·　南窗老人 著
{BODY}
!l 本集上一篇：《煤油灯下的作业本》
!l 本集下一篇：《第一次进县城》
!d 南窗拾忆文字由作者本人整理发布，未经许可请勿转载
""",
        indent="\u3000\u3000",
        body="""
我这辈子穿的第一双胶鞋，是一双绿色的解放鞋。
那年我考上了县里的师范，父亲走了四十里山路，到供销社给我买了这双鞋。鞋是三块八毛钱，父亲说，到了城里，不能再穿草鞋了。
我舍不得穿，一直用报纸包着放在木箱里。开学那天，我穿着草鞋走到县城，到了校门口才换上。鞋有点大，我在鞋尖塞了一团棉花。
那双解放鞋我穿了整整三年。鞋底磨薄了，我就找鞋匠钉一层胶皮；鞋帮破了，就自己用线缝上。毕业的时候，它已经补得看不出原来的样子。
后来我有了皮鞋、运动鞋，可我总记得那双解放鞋，记得父亲走了四十里山路。
""",
    ),
]
