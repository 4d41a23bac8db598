"""holdout342, part C: hobby forums, county forums, exam forums, blogs and personal
collections. Every page, site, place, person, number and URL is invented; each case written
by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-ciqu-post-magnetic-tiles-jammer",
        site="磁趣玩家论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.ciquwanjia.com/thread-88417-1-1.html",
        title="娃和我用320片磁力片搭了座摩天轮",
        record_title="[晒作品] 娃和我用320片磁力片搭了座摩天轮（附搭法）- 拼搭天地 - 磁趣玩家论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts glued after sentences and on a line of their own, a poster "
        "panel, a rating row, a signature and reply floors; the post time is no document date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[晒作品] 娃和我用320片磁力片搭了座摩天轮（附搭法）- 拼搭天地 - 磁趣玩家论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style></head>
<body>
<div id="toptb">⟦m 磁趣玩家论坛⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 加入磁趣⟧</a></div>
<div id="pt">⟦m 磁趣玩家论坛 › 拼搭天地 › 帖子正文⟧</div>
<div class="hm">⟦m 查看: 3208 | 回复: 41⟧</div>
<table class="plhin"><tr><td class="pls">
<div class="authi">⟦m 小满爸爸⟧</div><p>⟦m 主题 12　帖子 307　积分 1460⟧</p><p>⟦m 磁片达人 · Lv.6⟧</p></td>
<td class="plc"><h1><span id="thread_subject">⟦t [晒作品] 娃和我用320片磁力片搭了座摩天轮（附搭法）⟧</span></h1>
<div class="pti">⟦m 发表于 5 天前 | 只看该作者 | 倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 3　积分 +6　收起　理由：搭法清楚，学习了⟧</div>
<div class="sign">⟦m ——拼拼搭搭又一天，磁片党永不认输⟧</div>
<div class="po">⟦a 回复　收藏　分享到朋友圈　举报⟧</div></td></tr></table>
<div class="replies">
<p>⟦l 沙发 · 拼搭小能手：轮子用三角形围这个思路绝了⟧</p>
<p>⟦l 板凳 · 阿瓜妈：我们家的磁片好像吸力不够，搭到一半就塌⟧</p></div>
<div id="fastpost">⟦a 登录磁趣后才能参与讨论，没有账号？点此一分钟注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　磁趣玩家论坛　浙ICP备23011746号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
周末下雨出不了门，我和女儿把家里的磁力片全倒出来，花了一下午搭了座摩天轮。转起来还挺稳，分享一下搭法。
底座用两块大正方形做成“人”字支架。中间横一根用长方形片连起来的轴，两头各留出一片当卡扣。
轮子是两个十二边形，每个用十二块三角形片围成。外圈再贴一圈正方形加固，不然一转就散。
轿厢用小正方形拼成立方体，挂在轮子外圈的三角形上，一共挂了八个。
几点经验：一是大片和小片的磁力强弱不一样，支架一定要用大片；二是轮子太重的话底座要加宽。三是玩完记得数一数，我们少了一块三角形，最后在沙发底下找到了。
""",
    ),
    dict(
        slug="forum-shuofeng-post-posture-junk",
        site="朔风亲子论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.shuofengqz.com/t/20591/1",
        title="给孩子买的坐姿矫正器用了一个月，说说真实感受",
        record_title="[一月实测] 给孩子买的坐姿矫正器用了一个月，说说真实感受（不打广告）- 家有学童 - 朔风亲子论坛",
        date=None,
        notes="parents' forum text: anti-scraping junk on lines of its own and glued after sentences; 'yesterday' "
        "post time is no date; a poster's edited aside and reply floors",
        page="""
!m 朔风亲子论坛 › 家有学童 › 帖子详情
!m 阅读 1562　｜　回复 37
!t [一月实测] 给孩子买的坐姿矫正器用了一个月，说说真实感受（不打广告）
!m 楼主：柚子妈妈　｜　发表于 昨天 21:47　｜　只看楼主
!m 本帖由 柚子妈妈 于 昨天 22:03 重新编辑
{BODY}
!a 顶一下　｜　收藏本帖　｜　举报
!l 2楼 橙子爸：背带的那种我们也试过，孩子确实说勒
!l 3楼 豆豆妈：求链接，桌夹的是哪一款？
!a 回帖请先登录朔风账号
!m 朔风亲子论坛　京ICP备19052218号
""",
        junk=dict(lines=2, glued=3),
        body="""
先说结论：有点用，但没有广告说的那么神。
我家老大三年级，写作业总爱趴着。买的是夹在桌沿的那种，一根支架顶在下巴前面，头一低就会碰到。
第一周很有效，孩子觉得新鲜，坐得笔直。第二周开始嫌碍事，写数学要在草稿纸上画图时，支架老挡手。
第三周我们把支架调高了两厘米，又配合着每二十分钟起来活动一次，才算稳定下来。
想买的家长注意三点：一是选能调高度和角度的；二是不要买那种绑在身上的背带，孩子说勒得难受；三是别指望它代替大人提醒。
""",
    ),
    dict(
        slug="localforum-wanhu-thread-puzzle-mats-jammer",
        site="婉湖论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="http://bbs.wanhu8.com/forum.php?mod=viewthread&tid=510362",
        title="小区游乐区的拼图垫晒得发臭发黏，物业到底管不管？",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject gives it; weather line, medals, jammer fonts, a "
        "forward-to-department link, a decoration ad with a QQ between paragraphs; '3 days ago' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>婉湖论坛 - 婉湖人的网上家园</title>
<style>.jammer{display:none}</style></head>
<body>
<div class="tq">⟦m 婉湖　今天 多云 24～33℃　东南风2级⟧</div>
<div class="hd">⟦m 婉湖论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="pt">⟦m 婉湖论坛 › 民生百事 › 小区物业⟧</div>
<table><tr><td class="pls"><p>⟦m 颂园三期宝爸⟧</p><p>⟦m 勋章：热心居民 · 爆料达人⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前　来自手机⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="wz"><a>⟦a 【网络问政】提交给区住建局⟧</a></div>
<div class="po">⟦a 点赞 29　收藏　复制帖子地址⟧</div></td></tr></table>
<div class="reply"><p>⟦l 板凳 湖边老周：我们小区去年换了塑胶，一平米一百多⟧</p>
<p>⟦l 地板 婉湖区住建局（官方）：已收悉，转交属地街道核实处理⟧</p></div>
<div class="ft">⟦m 婉湖论坛　湘ICP备17003309号⟧　⟦d 网友言论仅代表其个人观点，与本站立场无关⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
婉湖区颂园小区三期儿童游乐区去年铺了一大片彩色拼图垫，当时说是给孩子防摔的。
今年入夏以后，这些拼图垫被太阳一晒，味道特别大，离老远都能闻到。有几块已经发黏起泡，拼缝里全是沙子和积水。
⟦l 广告：婉湖老房翻新 免费上门量房 QQ 2708813364⟧
我家孩子在上面爬了一会儿，手上就起了红疹子，不知道是不是跟地垫有关。
上周我们几个家长找过物业，物业说地垫是开发商留下的，要业委会同意才能换。
想问问坛里的朋友，这种情况该找哪个部门？有没有小区换成塑胶地面的，大概花多少钱？
""",
    ),
    dict(
        slug="localforum-zaoxi-post-book-racks-junk",
        site="璪溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.zaoxibbs.com/thread-207715-1-1.html",
        title="镇图书角新添了两个绘本架，周末带娃去看了",
        record_title="[晒晒咱镇上] 镇图书角新添了两个绘本架，周末带娃去看了 - 厍口生活 - 璪溪论坛",
        date=None,
        notes="county forum text: junk lines and glued junk, a weather/lunar line, a medal line and a "
        "moderator's highlight note; no date",
        page="""
!m 璪溪论坛 - 璪溪人自己的网上家园
!m 今日 17～26℃ 多云　｜　农历三月廿七
!m 首页 › 厍口生活 › 晒晒咱镇上
!t [晒晒咱镇上] 镇图书角新添了两个绘本架，周末带娃去看了
!m 杏仁豆腐　｜　勋章：本地通　｜　2 天前
!m 本帖被版主 厍口小编 设为“精华”
{BODY}
!a 赞一个　｜　收藏　｜　分享到璪溪圈子
!l 沙发 小镇姑娘：下午不开门确实不方便，顶上去让文化站看看
!l 板凳 厍口老王：我家也去了，空调很足
!m 璪溪论坛　客服QQ：800172263
""",
        junk=dict(lines=2, glued=2),
        body="""
上周末带女儿去厍口镇文化站，发现二楼图书角新添了两个绘本架，木头的，矮矮的，正好到孩子胸口。
绘本都是封面朝外摆的，女儿一眼就找到了她喜欢的《好饿的毛毛虫》，自己拿下来坐在小垫子上看。
管理员阿姨说，这两个绘本架是县图书馆送来的，配了两百多本书，每个季度换一批。
唯一的问题是开放时间，周六周日只开上午，下午带孩子来就吃闭门羹了。建议文化站考虑一下，周末下午也开一开。
有在镇上的宝妈可以带孩子去看看，环境挺好的，还有空调。
""",
    ),
    dict(
        slug="examforum-shangan-essay-pencil-caps",
        site="上岸者论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://www.shanganzhe.com/thread-330214-1-1.html",
        title="一支铅笔套里的节约观",
        record_title="[申论随笔] 一支铅笔套里的节约观（请老师点评）- 申论写作 - 上岸者论坛",
        date=None,
        notes="exam forum essay: reply-to-see prompt, a rating row, a QQ-group ad and a correction-course line "
        "glued after a paragraph; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[申论随笔] 一支铅笔套里的节约观（请老师点评）- 申论写作 - 上岸者论坛</title></head>
<body>
<div class="hd">⟦m 上岸者论坛⟧ ⟦m 公考路上，我们一起上岸⟧ <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 上岸者论坛 › 申论写作 › 随笔练习⟧</div>
<h1>⟦t [申论随笔] 一支铅笔套里的节约观（请老师点评）⟧</h1>
<div class="author">⟦m 楼主：青灯夜读　|　备考第2年　|　发表于 6 天前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide">⟦a 楼主把批改意见设为“回帖后可见”，回复本帖后刷新即可查看⟧</div>
<div class="rate">⟦l 评分　参与人数 2　上岸币 +4　理由：结构完整⟧</div>
<div class="qun">⟦w 申论批改互助群：68230914（进群请备注“铅笔套”）⟧</div>
<div class="pn">⟦l 下一主题：[申论随笔] 从“光盘”到“光瓶”⟧</div>
<div class="ft">⟦m 上岸者论坛　苏ICP备20019937号⟧</div>
</body></html>
""",
        body="""
小时候，铅笔用到只剩一截，父亲就会找来一个铅笔套，把短铅笔接长，让我接着写。那时觉得寒酸，如今回想，那个小小的笔套里装的是一种朴素的节约观。
节约，首先是对物的珍惜。一支铅笔从木材到成品，要经过许多道工序，用到最后一寸，是对劳动的尊重。
节约，也是一种制度安排。有的学校开展“短铅笔接力”，统一配发铅笔套，把节约变成了可操作的日常行动。⟦a 想系统提高申论？上岸者精批班本周六开课⟧
节约，更要防止走样。倡导节约不是要求孩子“越旧越好”，更不能让节约变成攀比“谁最省”的新形式。
一支铅笔套，价值不过几毛钱，却能让孩子懂得物有其用、用尽其材。把这样的小事做实，节约型社会才有坚实的根基。
""",
    ),
    dict(
        slug="examforum-chendu-interview-posture-junk",
        site="晨读公考论坛 (invented)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="text",
        source="https://bbs.chendugk.com/thread-71508-1-1.html",
        title="结构化面试：学校统一推销坐姿矫正器引发家长不满，你怎么处理",
        record_title="【面试真题·校园舆情】结构化面试：学校统一推销坐姿矫正器引发家长不满，你怎么处理 - 面试交流 - 晨读公考论坛",
        date=None,
        notes="exam forum text: junk lines and glued junk, a 'reply to see the model answer' prompt and a course "
        "ad; the question stays in the body; no date",
        page="""
!m 晨读公考论坛 › 面试交流 › 结构化真题
!t 【面试真题·校园舆情】结构化面试：学校统一推销坐姿矫正器引发家长不满，你怎么处理
!m 作者：上岸的鱼　｜　发表于 4 天前　｜　查看 2207
{BODY}
!a 参考答案已隐藏，回复本帖即可查看完整版
!w 面试一对一模拟，晨读老师微信：chendu_ms66
!l 1楼 风吹麦浪：第二点回应要快，赞同
!l 2楼 考编人：能不能加上对家长的个别沟通？
!m 晨读公考论坛　鲁ICP备18030116号
""",
        junk=dict(lines=1, glued=3),
        body="""
题目：某小学班主任在家长群里推荐统一购买某品牌坐姿矫正器，引发家长不满，并被发到网上。假如你是教育局工作人员，你怎么处理？
我的作答思路如下：
第一，快速核实。第一时间联系学校，了解推荐的经过、是否收取费用、是否与商家有利益关系。
第二，及时回应。通过教育局官方渠道说明情况，明确不得强制或变相强制家长购买，已购买且不愿使用的，协调商家退货。
第三，依规处理。如果存在收受好处的情况，按照师德师风有关规定严肃处理，并在全县通报。
第四，举一反三。在全县学校开展规范推介行为的自查，把读写姿势教育纳入课堂常规，而不是交给商品解决。
以上是我的思路，请各位研友指正。
""",
    ),
    dict(
        slug="blog-jiangtai-essay-book-rack-bracket-time",
        site="讲台絮语 (invented teacher's blog, Typecho-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://jiangtaixuyu.net/archives/1184/",
        title="教室里那个歪了腿的绘本架",
        record_title="教室里那个歪了腿的绘本架 - 班级日常 - 讲台絮语",
        date="2024-10-19",
        notes="teacher's blog: a bracketed post time is the page's date; tag cloud, archive, calendar widget and "
        "a comment form; a 'like' prompt glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>教室里那个歪了腿的绘本架 - 班级日常 - 讲台絮语</title></head>
<body>
<header><h2>⟦m 讲台絮语⟧</h2><p>⟦m 一个小学老师的粉笔灰日记⟧</p>
<nav>⟦m 首页⟧ ⟦m 班级日常⟧ ⟦m 读书⟧ ⟦m 关于我⟧</nav></header>
<main><article><h1>{T}</h1>
<p class="meta">⟦m [2024-10-19 21:08]　分类：班级日常　｜　阅读 388　｜　评论 9⟧</p>
{BODY}
<p class="tags">⟦l 标签：绘本　班级图书角　家校⟧</p>
<p class="nav">⟦l « 秋游回来的作文课⟧　⟦l 一场关于“借书证”的班会 »⟧</p>
<section class="comments"><h3>⟦l 9 条留言⟧</h3>
<p>⟦l 小满妈妈：孩子回家说了好几天“站直了”⟧</p>
<form>⟦a 发表留言（昵称必填，邮箱不公开）⟧</form></section></article></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 班会 绘本 作文 家访 读书 运动会⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2024年10月 (6)　2024年9月 (8)⟧</p>
<h4>⟦l 日历⟧</h4><p>⟦l 十月 2024 · 一 二 三 四 五 六 日⟧</p></aside>
<footer>⟦m © 讲台絮语 · 由 Typecho 强力驱动⟧</footer>
</body></html>
""",
        body="""
开学第一天，我在教室后面发现了一个歪了腿的绘本架，是上一届孩子留下的。架子的一条腿短了一截，下面垫着两本旧作业本。
我本想把它搬走，可一个叫小满的男孩拦住我：“老师，它还能用！”
那天放学，小满和他爸爸带来一块木头，锯好、打磨、钉上。绘本架终于站直了。
第二天，孩子们从家里带来了四十多本绘本，把架子摆得满满的。他们还给架子起了个名字，叫“站直了”。
一个学期过去，“站直了”前面总是坐着几个孩子。我常想，修好一个绘本架不难，难的是让孩子觉得，教室里的东西和他们有关。⟦a 喜欢就点个“在读”吧 ♡ 42⟧
""",
    ),
    dict(
        slug="blog-weiming-essay-pencil-caps-wrapped",
        site="未名小筑 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://weimingxz.blog.example-blogs.cn/post/2024/03/17/pencil-caps",
        title="女儿的铅笔套收藏",
        record_title="女儿的铅笔套收藏 - 育儿闲记 - 未名小筑",
        date="2024-03-17",
        notes="blog text hard-wrapped at 66 columns; the 发表于 line is the page's date; category and tag lines, a "
        "reward line and previous/next links",
        page="""
!m 未名小筑
!m 记录一家三口的琐碎日子
{T}
!m 发表于 2024-03-17 · 分类：育儿闲记 · 阅读 215
{BODY}
!a 如果这篇小文让你想起了什么，欢迎请作者喝杯茶 ☕
!l 标签：铅笔套 / 女儿 / 文具
!l ← 她的第一张借书卡　　　　陪她背古诗的那些晚上 →
!m 未名小筑 © 2016-2024　本站文字未经许可请勿转载
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
女儿上一年级那年，开始收集铅笔套。起初是文具店送的塑料小帽，后来有了小兔子、小西瓜、小火箭，一个个排在窗台上，像一支小小的队伍。
我曾担心她只顾着收集，不好好写字。有一次，她把一支用得很短的铅笔插进铅笔套，认真地说：“妈妈，这样它就又长高了。”
那一刻我才明白，在孩子眼里，铅笔套不只是装饰，它让一支快用完的铅笔有了第二次机会。
如今她上四年级了，窗台上的铅笔套换成了笔筒里的几支短铅笔。它们都戴着帽子，一支也舍不得扔。
""",
    ),
    dict(
        slug="collection-lengxi-memoir-bamboo-pencil-cap-gb2312",
        site="棱溪旧事 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.lengxijiushi.com/wenji/juan2/07.htm",
        title="竹管铅笔套",
        record_title="竹管铅笔套（《棱溪旧事》卷二之七）",
        date=None,
        notes="retired teacher's collection in an old table layout: marquee, chapter links, a visitor counter and "
        "the author's mailbox; an unmarked 写于 line with only a month (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>竹管铅笔套（《棱溪旧事》卷二之七）</title></head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0"><tr><td align="center"><font size="6" face="楷体_GB2312">⟦m 棱溪旧事⟧</font></td></tr>
<tr><td><marquee scrollamount="2">⟦m 欢迎老乡们来坐坐，文章随便看，留言请写信⟧</marquee></td></tr>
<tr><td align="center">⟦l 卷一 · 河边　|　卷二 · 灯下　|　卷三 · 远行⟧</td></tr></table>
<table width="760" align="center" border="0"><tr><td>
<h2 align="center">{T}</h2>
<p align="center">⟦m 文 / 棱溪老符⟧</p>
{BODY}
<p align="right">写于二〇二三年腊月</p>
</td></tr>
<tr><td align="center">⟦l ← 上一篇：煤油灯下的作业本　　下一篇：端午的粽叶 →⟧</td></tr>
<tr><td align="center">⟦l 返回卷二目录⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：lengxilaofu@126.com⟧<br>⟦m 您是第 004218 位来访的朋友⟧</td></tr></table>
</body></html>
""",
        p_html='<p>　　{}</p>',
        body="""
我念小学时，铅笔是稀罕物，一支要用一个学期。用到手捏不住了，父亲就从屋后砍一节细竹，削成一寸来长的竹管，把短铅笔塞进去，再缠两圈棉线。
那就是我的第一个铅笔套。竹管青青的，握在手里凉丝丝的，写起字来比新铅笔还稳当。
班上的同学都羡慕，好几个拿着短铅笔来找我父亲。父亲从不推辞，一个晚上能削出七八个，第二天用报纸包好让我带去学校。
后来文具店里有了塑料铅笔套，五颜六色的，竹管就慢慢没人用了。
前些年回老家，在旧木箱里翻出一个竹管铅笔套，棉线早已发黑，里头还插着半截铅笔。我把它带回城里，放在书桌上，写东西累了，就拿起来看一看。
""",
    ),
    dict(
        slug="collection-yanxia-essay-magnetic-tiles",
        site="檐下闲笔 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://yanxiaxianbi.cn/juan2/19.html",
        title="孙子的磁力片",
        record_title="孙子的磁力片 ·《檐下闲笔》卷二",
        date=None,
        notes="a grandfather's collection: collection title, chapter line, counter and mailbox; no date at all",
        page="""
!m 《檐下闲笔》　一个退休老人的纸上絮叨
!m 卷二 · 含饴篇　第19篇
{T}
!m 作者：颂阳老岑
{BODY}
!l 上一篇：老伴的针线筐　｜　下一篇：阳台上的葱
!l 返回卷二目录
!m 本集访问量：21,093　｜　给老岑写信：laocen1951@163.com
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
孙子四岁，最爱玩磁力片。彩色的薄片，边上藏着磁铁，挨近了便“嗒”的一声吸到一起。
他搭房子，搭火箭，搭一座他说是“爷爷老家”的桥。我告诉他老家的桥是石头的，没有这么多颜色，他不信，非要我画给他看。
我画了，他就照着搭。三角形当桥墩，长方形当桥面，歪歪扭扭，倒也有几分样子。
老伴总担心磁片太小被他吞下去，每回玩完都要一片一片数清楚才收进盒子。孙子也学会了，数到五十六，一片不少，才肯去洗手吃饭。
我小时候玩的是泥巴和瓦片，他玩的是磁力片。东西不同了，孩子蹲在地上专心致志的样子，倒是一点没变。
""",
    ),
]
