"""holdout285, part C: forums, county forums, exam forums, blogs and WeChat mirrors.

Invented text (every county, person, firm, site, URL and number); see ../README.md and ../build.py
for the markup. Each case is written by hand.
"""

CASES = [
    dict(
        slug="forum-shixian-crochet-bear-jammer",
        site="拾线手作论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.shixianshouzuo.example.com/thread-308157-1-1.html",
        title="第一次用钩针钩的小熊，求各位指点",
        record_title="[作品晒台] 第一次用钩针钩的小熊，求各位指点（附针法图）- 毛线钩编 - 拾线手作论坛",
        date=None,
        notes="Discuz-like crafts forum: jammer-font junk glued after sentences and on a line of its own, poster box, "
        "rating row, signature, replies; a relative post time is no date",
        page="""
<html><head><meta charset="gbk"><title>[作品晒台] 第一次用钩针钩的小熊，求各位指点（附针法图）- 毛线钩编 - 拾线手作论坛</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="toptb">⟦m 拾线手作论坛⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册新账号⟧</a> <a>⟦a 手机扫码进论坛⟧</a></div>
<div id="pt">⟦m 拾线手作论坛 › 编织天地 › 毛线钩编 › 帖子正文⟧</div>
<div class="hm">⟦m 阅读 3286 ┆ 回帖 41⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 团团妈咪的线团⟧</div><p>⟦m 帖子 52 ┆ 线团币 730 ┆ 等级：钩织学徒⟧</p></td>
<td class="plc"><h1 id="thread_subject">⟦t [作品晒台] 第一次用钩针钩的小熊，求各位指点（附针法图）⟧</h1>
<div class="authi">⟦m 发表于 3 天前 ┆ 只看楼主 ┆ 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_5521803">
{BODY}
</td></tr></table></div>
<div class="attach">⟦m 小熊正面.jpg (86.4 KB, 下载次数: 17)⟧</div>
<div class="rate">⟦l 参与评分 3 人　线团币 +15　收起理由：针脚很匀！⟧</div>
<div class="sign">⟦m 签名：一针一线，慢慢来⟧</div>
<div class="po">⟦a 回复 引用 收藏 举报⟧</div></td></tr></table>
<div class="reply">⟦l 沙发 · 钩针老顽童：脸歪是因为眼睛定位前没用记号扣，先扣好再缝⟧</div>
<div class="reply">⟦l 板凳 · 柚子绵绵：加针处有洞可以试试隐形加针⟧</div>
<div id="f_pst">⟦a 登录后才能回帖哦　登录 ┆ 注册⟧</div>
<div id="ft">⟦m 拾线手作论坛 ( 浙ICP备17052286号-1 )　Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
学钩针快两个月了，这是我第一次完整钩出来的小熊，高大概15厘米，用的是2.5毫米的钩针和牛奶棉线。
头和身体是从中心起6针短针，一圈一圈加针钩出来的，耳朵和手脚单独钩好再缝上去。最难的是缝合，缝了拆、拆了缝，一只耳朵弄了一个晚上。
现在的问题是：小熊的脸有点歪，眼睛位置总是对不齐。另外，加针的地方有小洞，不知道是不是钩得太松了。
求各位老师指点一下，是换小一号的钩针，还是手法的问题？先谢谢大家了！
""",
    ),
    dict(
        slug="forum-qiaojiang-rusty-iron-bucket-junk",
        site="巧匠之家社区 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.qiaojiangzhijia.example.net/forum/t/92233",
        title="老铁桶生锈漏了个小眼，补一补还能用吗",
        record_title="[求助] 老铁桶生锈漏了个小眼，补一补还能用吗 - 家居维修 - 巧匠之家社区",
        date=None,
        notes="a home-repair forum thread as text: junk lines and junk glued after sentences, a poster line with a relative "
        "time (no date), replies and a reply box",
        page="""
!m 巧匠之家社区 » 家居维修 » 浏览帖子
!t [求助] 老铁桶生锈漏了个小眼，补一补还能用吗
!m 楼主：阿福修东西　Lv.3　发表于 昨天 21:47　｜　只看楼主
{BODY}
!a 点赞(6)　回复　举报
!l 2# 焊工老周：电烙铁功率小了，薄铁皮可以，先用砂纸把锈打到见亮
!l 3# 巧匠小助手：补好后记得内壁刷一层防锈漆
!a 回帖前请先登录，新用户注册即送20铜板
!m 巧匠之家社区　Copyright © 2012-2024　苏ICP备13027740号
""",
        junk=dict(lines=2, glued=2),
        body="""
家里有只用了十几年的铁桶，平时用来装浇花的水，前几天发现桶底边上锈穿了一个黄豆大的小眼，一装满水就往外渗。
我在网上查了一下，有说用焊锡补的，有说用环氧树脂胶补的，还有人说直接垫一块铁皮用铆钉铆上。我手头只有电烙铁，没有电焊机。
想请教一下有经验的朋友：这种薄铁皮的桶用电烙铁加焊锡能补住吗？补之前需要把锈打磨到什么程度？如果补不好，是不是干脆换一只镀锌铁桶更省事？
先谢过各位师傅了！
""",
    ),
    dict(
        slug="countyforum-xuankou-waste-drums-mosquitoes-thread-subject",
        site="镟口论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xuankou.example.cn/forum.php?mod=viewthread&tid=770214",
        title="镟口老街堆了一堆废铁桶，天一热全是蚊子，有人管吗？",
        record_title=None,
        date=None,
        notes="county forum, no title in the record: the thread subject is the title; jammer fonts, a weather line, "
        "medals, an official-reply link, a decoration ad with a QQ; the poster's own mention of the community's "
        "phone stays in the body; a relative post time is no date",
        page="""
<html><head><meta charset="utf-8"><title>镟口论坛 - 镟口人自己的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div class="weather">⟦m 镟口镇 今天 多云 27～34℃ 东南风2级⟧</div>
<div class="hd">⟦m 镟口论坛 · 镟口人自己的网上家园⟧　<a>⟦a 快速登录⟧</a></div>
<div class="nv">⟦m 首页 ┇ 镟口杂谈 ┇ 民生投诉 ┇ 二手市场 ┇ 房产装修⟧</div>
<div class="ad">⟦w 〔广告〕镟口装修找老邓，水电木瓦一条龙 QQ 3391027745⟧</div>
<div id="pt">⟦m 镟口论坛 » 民生投诉 » 帖子⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="pls">⟦m 街角看云　┇　在线时间 406 小时　┇　勋章：热心网友 老镟口⟧</div>
<div class="authi">⟦m 发表于 2 天前 ┇ 来自手机⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gf"><a>⟦l ▶ 此帖已转交镟口镇城管办，点击查看办理回复⟧</a></div>
<div class="po">⟦a 顶帖 ┇ 分享 ┇ 举报⟧</div>
<div class="reply">⟦l 2楼 镟口小灰灰：上周路过就闻到一股油味⟧</div>
<div class="reply">⟦l 3楼 渔家小妹：帮顶，菜市场后门真的太脏了⟧</div>
<div id="ft">⟦m 镟口论坛 版权所有　站长QQ 20571866　赣ICP备14009137号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
镟口老街菜市场后门那块空地，不知道谁堆了二三十只废铁桶，有的还剩半桶黑乎乎的油，下雨后桶里积满了水。
这几天天一热，蚊子成群。晚上在家门口乘凉根本坐不住，小孩腿上被咬得全是包。
我前天打了镟口社区的电话0793-5541290。对方说会上报，到今天还没人来拉。
请问有没有哪位知道这种情况该找哪个部门？环保、城管还是市场监管？大家帮忙顶一下，希望早点有人来处理。
""",
    ),
    dict(
        slug="countyforum-chaihu-coffee-table-shop-closing-junk",
        site="钗湖在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.chaihuzaixian.example.cn/thread-55817-1-1.html",
        title="钗湖老城那家做了二十年的茶几店要关门了，有点舍不得",
        record_title="[闲聊灌水] 钗湖老城那家做了二十年的茶几店要关门了，有点舍不得（附店门照）- 钗湖生活圈 - 钗湖在线",
        date=None,
        notes="county forum as text: junk glued and on a line of its own, a board line, a relative post time (no date), "
        "a photo placeholder on a line of its own between paragraphs, replies",
        page="""
!m 钗湖在线 › 钗湖生活圈 › 闲聊灌水
!t [闲聊灌水] 钗湖老城那家做了二十年的茶几店要关门了，有点舍不得（附店门照）
!m 老城根下的猫　发表于 5 天前　查看 1942　回复 37
{BODY}
!l 沙发　十字街土著：陈师傅手艺真的好，我家那张也用了十几年
!l 板凳　钗湖阿玲：明天去看看还有没有小号的
!a 本版禁止发布商业广告，违者封号　｜　我要回帖
!m 钗湖在线　粤ICP备16028815号　客服QQ 19327745
""",
        junk=dict(lines=1, glued=2),
        body="""
今天路过老城十字街，看到陈师傅的茶几店门口贴了转让告示，心里一下子空落落的。
我家客厅那张樟木茶几就是十五年前在他店里定做的，桌面没有一颗钉子，全靠榫头咬合，到现在一点都没松。陈师傅说，现在大家都在网上买玻璃茶几、岩板茶几，订做木茶几的人越来越少，加上他年纪大了，儿子又不愿接手，只好关门。
⟦m ［图片：店门口的转让告示.jpg］⟧
临走时他说，店里还剩几张老茶几，谁家需要可以便宜拿走。有兴趣的街坊可以去看看，就在十字街邮局斜对面。
""",
    ),
    dict(
        slug="examforum-shangan-interview-bamboo-stool-meeting",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.example.com/thread-1130452-1-1.html",
        title="村支书的“竹凳会”，你怎么看？",
        record_title="『综合分析题』村支书的“竹凳会”，你怎么看？（附参考作答要点） - 面试交流区 - 上岸驿站论坛",
        date=None,
        notes="an exam forum: a reply-to-see prompt and a QQ-group ad on lines of their own inside the body, a rating row, "
        "a poster box; an interview question with its answer; a relative time is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>『综合分析题』村支书的“竹凳会”，你怎么看？（附参考作答要点） - 面试交流区 - 上岸驿站论坛</title></head>
<body>
<div class="hd">⟦m 上岸驿站论坛 · 一站上岸⟧ <a>⟦a 签到领积分⟧</a></div>
<div class="crumb">⟦m 上岸驿站论坛 > 面试交流区 > 综合分析⟧</div>
<h1>⟦t 『综合分析题』村支书的“竹凳会”，你怎么看？（附参考作答要点）⟧</h1>
<div class="poster">⟦m 楼主：面霸养成中　｜　上岸币 2310　｜　发表于 4 天前⟧</div>
<div class="post">
{BODY}
</div>
<div class="rate">⟦l 评分：上岸币 +8　理由：思路清晰⟧</div>
<div class="grp">⟦w 面试互练群：QQ 716330284（进群备注“驿站”）⟧</div>
<div class="reply">⟦l 2楼 小树苗：第三点很关键，防形式主义⟧</div>
<div class="reply">⟦l 3楼 冲鸭2025：收藏了，明天模考就练这题⟧</div>
<div class="ft">⟦m 上岸驿站论坛 © 2016-2024　京ICP备18063390号⟧</div>
</body></html>
""",
        body="""
题目：某村党支部书记每周搬出几张竹凳，在村口老槐树下和村民聊天议事，被村民称为“竹凳会”。对此，你怎么看？
参考作答：
“竹凳会”看似简单，实则体现了基层干部走近群众、倾听民声的好作风。
第一，它拉近了干群距离。竹凳一摆，干部和群众平起平坐，群众愿意说心里话，干部也能听到真实情况。
⟦a 🔒 以下答题框架回复本帖后可见⟧
第二，它提高了议事效率。很多家长里短的小矛盾，在竹凳会上当场说开、当场解决，避免了小事拖大。
第三，也要防止流于形式。竹凳会议定的事项要有台账、有回音，不能只聊不办。
如果我成为一名基层干部，我也会主动走到群众中去，把群众的小事当成自己的大事来办。
""",
    ),
    dict(
        slug="examforum-yanxi-essay-old-dressing-table-junk",
        site="考公研习社 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.kaogongyanxi.example.net/bbs/read-66218.html",
        title="一张老梳妆台里的家风",
        record_title="[大作文互评] 一张老梳妆台里的家风（第二稿，请大家拍砖）- 申论批改 - 考公研习社",
        date=None,
        notes="an exam forum's essay as text: junk glued and on a line, a poster line with a relative time (no date), "
        "a 'teacher review' ad and replies",
        page="""
!m 考公研习社 › 申论批改 › 大作文互评
!t [大作文互评] 一张老梳妆台里的家风（第二稿，请大家拍砖）
!m 作者：青灯备考　发表于 6 天前　阅读 874
{BODY}
!w 想要名师逐句精批？研习社批改服务 9.9 元一篇，私信“批改君”
!l 1楼 阿远：立意不错，第三段论证可以再展开
!l 2楼 北岸灯火：结尾稍显仓促，建议呼应开头的梳妆台
!a 快速回复　｜　高级模式
""",
        junk=dict(lines=1, glued=3),
        body="""
外婆家有一张老梳妆台，是她出嫁时的陪嫁。几十年过去，漆面早已斑驳，镜子边上还有一道裂纹，可外婆一直舍不得换。
在外婆看来，这张梳妆台不只是一件家具。每天清晨，她都要在镜前把头发梳得整整齐齐，再出门干活。她常说：“人穷不能穷精神，出门要有个样子。”这份对生活的郑重，就是我们家最朴素的家风。
家风不是挂在墙上的标语，而是藏在日常生活里的习惯。从一张梳妆台到一张饭桌，从长辈的一句叮嘱到一次以身作则，好家风就这样一代一代传下来。
新时代建设好家风，既要珍惜老物件承载的记忆，更要把勤俭、自律、体面的精神传承下去。
""",
    ),
    dict(
        slug="blog-xiaozhou-crochet-class-special-school",
        site="小周老师的教育日志 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://xiaozhoulaoshi.example-blog.cn/2024/11/06/crochet-class/",
        title="用钩针陪孩子们练手指",
        record_title="【教室手记】用钩针陪孩子们练手指 - 小周老师的教育日志",
        date="2024-11-06",
        notes="a blog: header slogan, bracketed post time (the page's date), category/tag line, tag cloud, archive, "
        "comment form; a tip-jar line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【教室手记】用钩针陪孩子们练手指 - 小周老师的教育日志</title>
<link rel="alternate" type="application/rss+xml" href="/feed"></head><body>
<header><h2>⟦m 小周老师的教育日志⟧</h2><p>⟦m 慢一点，等等每一个孩子⟧</p></header>
<nav>⟦m 首页 · 教室手记 · 读书 · 关于我⟧</nav>
<main><article>
<h1>{T}</h1>
<p class="meta">⟦m [2024-11-06 20:15]⟧ ⟦m 分类：教室手记 ∣ 标签：培智班 手工课⟧</p>
{BODY}
</article>
<div class="nav-links">⟦l « 上一篇：给孩子们的第一堂劳动课⟧　⟦l 下一篇：期中家长会小记 »⟧</div>
<section id="comments"><h3>⟦l 留言（7）⟧</h3>
<p>⟦l 豆豆妈：谢谢周老师，孩子回家一直在钩链子⟧</p>
<form>⟦a 写下你的留言…　昵称　邮箱（不公开）　提交留言⟧</form></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 培智班 手工课 家校沟通 读书笔记 康复训练⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2024年11月 (3)　2024年10月 (5)　2024年9月 (4)⟧</p></aside>
<footer>⟦m © 2024 小周老师的教育日志 · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
这学期，我在培智班开了一门钩针课。班上八个孩子，大多手指力量弱、手眼协调差，连握笔都有困难。
第一节课，我只教他们一件事：用钩针把毛线从圈里钩出来。小宇钩了十几次都失败，急得直哭。我握着他的手，一遍一遍慢慢来，下课前他终于钩出了第一针。
两个月下来，孩子们已经能钩出一条短短的锁针链。家长反馈，孩子在家系鞋带、扣扣子都比以前利索了。
我越来越相信，特殊孩子的成长没有捷径，只有耐心。一根小小的钩针，钩出的是他们一点一点长出来的力量。⟦a ☕ 觉得有用？请小周喝杯奶茶⟧
""",
    ),
    dict(
        slug="blog-muxie-restoring-dressing-table-wrapped-56",
        site="木屑集博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://muxieji.example-blog.net/post/2024/restoring-a-dressing-table",
        title="修一张八十年代的梳妆台",
        record_title="修一张八十年代的梳妆台 | 老木匠手记 - 木屑集博客",
        date=None,
        notes="a blog post hard-wrapped at 56 columns; a relative post time (no date); a category line, prev/next and a "
        "comment line; an author's aside on a line of its own between paragraphs",
        page="""
!m 木屑集博客 —— 一个老木匠的刨花和闲话
!m 首页 ｜ 老木匠手记 ｜ 工具 ｜ 留言板
{T}
!m 老木匠手记 · 3 天前 · 阅读 288
{BODY}
!l 上一篇：给孙女做的小板凳　｜　下一篇：老榆木为什么不怕潮
!l 评论（4）　|　刘大姐：太感谢老师傅了！
!d 本博客文字与图片均为原创，转载请留言告知。
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
上个月，邻居刘大姐搬来一张梳妆台，说是她母亲一九八三年结婚时打的，抽屉拉不动了，镜子也松了，问我还能不能修。
我先把镜框拆下来，发现固定镜子的木条早已开裂，就用老榆木重新做了四根压条。抽屉拉不动是因为滑道受潮变形，我把滑道刨平，再抹上一层蜂蜡，推拉一下子顺滑了。
⟦m （修复前后的对比照片放在相册里了）⟧
最费工夫的是台面。原来的清漆已经发黄起皮，我用砂纸一层层打磨，打到露出木纹，再刷了三遍木蜡油。
交货那天，刘大姐摸着台面说：“跟我妈当年用的时候一模一样。”我想，修老家具修的不只是木头，更是一家人的念想。
""",
    ),
    dict(
        slug="wechat-fuyou-coffee-table-corners-h1",
        site="鍑州市妇幼保健院公众号 mirror (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wxmirror.example.com/s/fzfybjy-20240912-01",
        title="家里茶几的这些角，正在悄悄伤害孩子",
        record_title=None,
        date="2024-09-12",
        notes="a WeChat mirror without a record title: the title is the <h1>; the account line is the page's date; a "
        "follow prompt glued before the first words; the document's own emergency line beside the hospital's "
        "booking line; 阅读原文/在看/赞赏 rows and a QR line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微信公众号文章</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创 鍑州市妇幼保健院 2024年09月12日 08:30 江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tail">⟦m 文字：儿童保健科　审核：严素梅⟧</div>
<div class="tail">⟦m 挂号预约请拨打 0793-5598000（8:00-17:30）⟧</div>
<div class="tool">⟦l 阅读原文　分享　收藏　在看 126⟧</div>
<div class="reward">⟦a 喜欢作者，随手赞赏⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“鍑州妇幼”⟧</div>
</div>
<div class="mirror">⟦d 本页由第三方工具转存，排版可能与原文不同⟧</div>
</body></html>
""",
        body="""
⟦a 点蓝字，关注鍑州妇幼⟧最近，我院儿童急诊接诊了多名被茶几磕伤的孩子，其中一名两岁男孩额头被玻璃茶几边角划开一道3厘米长的口子，缝了5针。
为什么茶几这么“危险”？茶几高度一般在40到50厘米，正好和一两岁孩子的头部、眼睛平齐。孩子刚学走路时重心不稳，很容易一头撞上去。
医生提醒家长：
1. 给茶几的四个角装上防撞护角，玻璃茶几最好贴防爆膜；
2. 孩子学步阶段，可以把茶几暂时挪到角落或收起来；
3. 如果孩子磕伤出血，先用干净纱布按压止血，伤口较深或出血不止的，要尽快就医。
儿童急诊24小时咨询电话：0793-5598120。
""",
    ),
    dict(
        slug="wechat-zhuanyuan-pledge-iron-buckets-standing-water",
        site="瑑园邻里站公众号 mirror (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gzh.archive.example.net/zhuanyuanlinli/2024-06-05/1",
        title="关于清理房前屋后积水铁桶的倡议书",
        record_title="关于清理房前屋后积水铁桶的倡议书（瑑园社区微信号转存）",
        date="2024-06-03",
        date_also=["2024-06-05"],
        notes="a WeChat mirror as text: account line (a later date), a 'like and share' line glued after the last sentence "
        "of the text, 阅读原文/在看 rows; sentences asking residents to 扫码 into a group and to 关注 the account, as content; "
        "成文日期 under the signature",
        page="""
!m 原创　瑑园社区　瑑园邻里站　2024-06-05 19:20　发表于江西
{T}
{BODY}
!l 阅读原文　　在看　　写留言
!m 瑑园邻里站 · 微信号 zhuanyuan_linli
!d 转存页 · 与原公众号文章同步，图片未转存
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
入夏以来，雨水增多，房前屋后、楼顶阳台上的废旧铁桶、花盆、轮胎最容易积水，成为蚊子滋生的温床。为预防登革热等蚊媒传染病，社区向大家发出如下倡议：
一、翻盆倒罐。请大家及时清理家中和楼道的积水容器，暂时不用的铁桶要倒扣或加盖。
二、清除废桶。已经锈穿、不能使用的铁桶，请放到小区东门临时回收点，由社区统一清运。
三、互相提醒。发现公共区域有积水铁桶的，请扫码进入“瑑园邻里”群拍照上报。
四、及时关注。请大家关注“瑑园邻里站”公众号，及时了解防蚊灭蚊知识和废桶清运安排。
一人动手，全家受益；户户参与，社区清爽。⟦l 👍 顺手点个在看，让更多邻居看到⟧
瑑园社区居民委员会
2024年6月3日
""",
    ),
]
