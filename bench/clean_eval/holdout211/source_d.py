"""holdout211, part D: hobby forums, county forums, exam forums, Q&A sites and encyclopaedias.
Every page, site, place, person, number and URL is invented; each case written by hand.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-qiaoshou-post-yogurt-maker-whey",
        site="巧手家电论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.qiaoshoujd.com/thread-220471-1-1.html",
        title="酸奶机做出来总是水乳分离，试了五次终于找到原因",
        record_title="[踩坑实录] 酸奶机做出来总是水乳分离，试了五次终于找到原因 - 厨房小电 - 巧手家电论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post (lines and glued after 。), a rating row, a signature, "
        "replies; the post time is relative (3 天前): no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[踩坑实录] 酸奶机做出来总是水乳分离，试了五次终于找到原因 - 厨房小电 - 巧手家电论坛 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head>
<body>
<div id="toptb">⟦a <a href="member.php?mod=logging">登录</a> | <a href="member.php?mod=register">加入巧手</a>⟧</div>
<div id="hd">⟦m 巧手家电论坛 · 家电玩家的修理铺⟧</div>
<div id="pt">⟦m 巧手家电论坛 › 厨房小电 › 查看帖子⟧</div>
<div class="pls">⟦m 豆豆妈2019⟧ ⟦m 中级会员 · 帖子 217 · 积分 1380⟧</div>
<div class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_880172">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 5 人 · 热心值 +9 · 收起理由：干货⟧</div>
<div class="sign">⟦m 签名：做酸奶的第四百天，继续和菌种斗智斗勇⟧</div>
<div class="po">⟦a 回复 · 引用 · 收藏 · 举报⟧</div>
</div>
<div class="post">⟦l 沙发 · 小橘灯：第三点太对了，我就是老忍不住开盖看⟧</div>
<div class="post">⟦l 板凳 · 乐乐爸：夏天我直接六个半小时，刚刚好⟧</div>
<div id="f_pst">⟦a 登录后才能参与讨论，没有账号？注册一个⟧</div>
<div id="ft">⟦m 巧手家电论坛 ( 苏ICP备17033210号 ) GMT+8, 2025-5-20 22:41⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里的酸奶机买了半年，前几次做得都挺好，最近连续几次都出现上面一层黄水、下面结块的情况，喝起来还特别酸。
我前后试了五次，一个条件一个条件地排查，总算找到原因了，分享给大家。
第一，发酵时间太长。夏天室温高，酸奶机内温度也跟着升高，我还按说明书上的十个小时来，结果发酵过头了。现在改成七个小时，正好。
第二，引子放多了。我之前一升奶放了小半盒酸奶，菌太多，发酵太快。现在一升奶只放两勺。
第三，中途老是打开看。每次开盖，温度就掉一截，凝固不均匀。
改了这三点以后，最近三次都做得又稠又滑，没有再出水。大家如果也遇到这个问题，可以对照试试。
""",
    ),
    dict(
        slug="forum-lvgongfang-post-petrol-trimmer-cold-start",
        site="绿工坊论坛 (invented, gardeners' forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.lvgongfang.com/forum.php?mod=viewthread&tid=50913",
        title="汽油绿篱机冷机难启动，我的排查顺序",
        record_title="【老园丁说】汽油绿篱机冷机难启动，我的排查顺序 - 园机维修区 - 绿工坊论坛",
        date=None,
        notes="forum thread as text: anti-scraping junk as lines and glued after 。; a numbered list; the post time is 昨天: no date",
        page="""
!m 绿工坊论坛 — 园林人自己的家
!m 绿工坊论坛 » 园机维修区 » 正文
!t 【老园丁说】汽油绿篱机冷机难启动，我的排查顺序
!m 楼主：修剪匠老邝　　发表于 昨天 20:41　　查看 1893 / 回复 27
{BODY}
!m ——本帖最后由 修剪匠老邝 于 昨天 21:02 再次修改
!a 顶 · 踩 · 收进我的帖子夹
!l 2# 剪刀手阿强：第二点中招，淹缸好几回了
!l 3# 园林小白：请教下化油器怎么调？
!a 游客请先登录再回复
""",
        junk=dict(lines=2, glued=3),
        body="""
干园林养护十几年，汽油绿篱机冷机不好启动是最常见的毛病。我的排查顺序是这样的，供大家参考。
1. 先看油。二冲程机器要用按比例调好的混合油，放了一个冬天的旧油最好倒掉重配。
2. 再看阻风门。冷机启动要关阻风门，拉到有爆发声后再打开，很多新手一直关着拉，结果淹缸。
3. 然后看火花塞。拧下来看电极有没有积碳、间隙是不是太大，积碳用细砂纸打一打就行。
4. 最后看空气滤芯。滤芯堵了进气不足，拿出来清洗干净、晾干再装回去。
按这个顺序查下来，九成的问题都能解决。要是还打不着，就得送店里查化油器了。
""",
    ),
    dict(
        slug="countyforum-yancheng-post-trimmer-noise-7am",
        site="崦城生活圈 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.ycshq.com/thread-601288-1-1.html",
        title="小区物业天天早上七点开绿篱机，还让不让人睡了",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject); a weather line, medals, jammer fonts, a decoration ad, an "
        "official-reply link; 刚刚/2 小时前 are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>崦城生活圈</title>
<style>font.jammer{display:none}</style>
</head>
<body>
<div class="topbar">⟦m 崦城　多云转晴 14～23℃　空气质量：良⟧ ⟦a <a href="/login">登录</a> <a href="/reg">注册</a>⟧</div>
<div class="logo">⟦m 崦城生活圈 · 崦城人的网上客厅⟧</div>
<div class="crumb">⟦m 崦城生活圈 › 民生诉求 › 帖子⟧</div>
<div class="ad">⟦m 【广告】翠湾装饰 旧房翻新 免费上门量房 0730-2277315⟧</div>
<div class="thread">
<h1 id="thread_subject">{T}</h1>
<div class="author">⟦m 楼主：翠湾五栋住户　🏅热心居民　发表于 2 小时前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="official">⟦l 本帖已转交岍江区城市管理局，点此查看官方回复⟧</div>
<div class="tools">⟦a 支持(46) 反对(2) 收藏 分享⟧</div>
</div>
<div class="reply">⟦l 1楼 蜻塘老街坊（刚刚）：我们小区也是，支持联名⟧</div>
<div class="reply">⟦l 2楼 岍江小马哥（刚刚）：可以打12345，我上次反映过有用⟧</div>
<div class="foot">⟦m 崦城生活圈 湘ICP备20008817号 客服QQ：3300418852⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我家住在蜻塘社区翠湾小区5栋，这半个月物业请的养护队每天早上七点准时开工，几台绿篱机一起响，比闹钟还准。
我理解绿化要修剪，可周末也是七点开机，孩子被吵醒直哭，老人心脏也不好。跟物业客服说了两次，答复都是“工期紧”。
我查了一下，本市有规定，居民区内早上八点以前、中午十二点到下午两点之间不能进行产生噪声的作业。
想问问大家，除了找物业，还能向哪里反映？有没有同小区的邻居一起联名？
""",
    ),
    dict(
        slug="countyforum-zhangxi-post-old-popcorn-machine",
        site="獐溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.zhangxi.net/forum.php?mod=viewthread&tid=338120",
        title="老街口又见爆米花机，一声“响喽”全是回忆",
        record_title="[街拍见闻]老街口又见爆米花机，一声“响喽”全是回忆（九宫格实拍）- 獐溪论坛",
        date=None,
        notes="county forum as text: junk lines and junk glued after 。; a photo placeholder line between paragraphs; the post "
        "time 3 天前 is no date; replies",
        page="""
!m 獐溪论坛　今日：1203　昨日：2876　帖子：418万
!m 獐溪论坛 › 乡情随拍 › 看帖
!t [街拍见闻]老街口又见爆米花机，一声“响喽”全是回忆（九宫格实拍）
!m 发帖人：河边柳　　3 天前　　只看楼主
{BODY}
!a 点个赞再走吧　👍 112
!l 沙发：獐溪土著　小时候一锅只要五毛钱
!l 板凳：桥头卖花的　明天带娃去看看
!m 獐溪论坛 bbs.zhangxi.net　站务QQ群：611280374
""",
        junk=dict(lines=1, glued=2),
        body="""
今天下午路过老街口，远远就听见“嘭”的一声，走近一看，居然是一台老式爆米花机！
⟦m ［图片1：爆米花机摊前排队的人群］⟧
摊主是个五十多岁的大叔，说是从邻县过来的，趁着周末出来摆两天。一锅十五块，自带玉米的话十块。排队的大多是带着孩子的家长，大家都在说“好多年没见过了”。
大叔摇锅的时候一直提醒孩子们往后站，出锅前还吆喝一声“响喽，捂耳朵”，跟我小时候一模一样。
我也排队打了一锅，拿回家一尝，还是那个味儿，甜甜的，脆脆的。在这里也提醒一句，这种老式爆米花机压力大，带娃围观的一定离远一点。
""",
    ),
    dict(
        slug="examforum-shangan-essay-popcorn-machine-city",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-77301-1-1.html",
        title="从一台爆米花机看城市的“烟火气”",
        record_title="〔申论佳作〕从一台爆米花机看城市的“烟火气”（阅卷老师点评版）- 大作文交流 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer fonts, a reply-to-see prompt, a rating row, a QQ-group ad; a 申论 essay has no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔申论佳作〕从一台爆米花机看城市的“烟火气”（阅卷老师点评版）- 大作文交流 - 上岸驿站论坛</title>
</head>
<body>
<div id="hd">⟦m 上岸驿站论坛⟧ ⟦m 公考人抱团上岸的地方⟧</div>
<div id="nv">⟦m <a href="/">首页</a> <a href="/f-12.html">申论</a> <a href="/f-13.html">面试</a> <a href="/f-14.html">行测</a> <a href="/f-20.html">资料下载</a>⟧</div>
<div id="pt">⟦m 上岸驿站论坛 › 申论 › 大作文交流⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="authi">⟦m 作者：冲刺省考　发表于 5 天前　阅读 3610⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 阅卷老师点评内容已隐藏，回复本帖后刷新可见⟧</div>
<div class="rate">⟦l 评分：思路 +3 文采 +2　共 14 人评分⟧</div>
</div>
<div class="ad">⟦w 申论批改群：QQ 752018463，每周免费批改一篇⟧</div>
<div class="ft">⟦m 上岸驿站论坛 Powered by Discuz! X3.4⟧</div>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
在崦城老城区的一条巷子口，一台老式爆米花机已经响了二十多年。城管部门没有简单地把它“请走”，而是为摊主划定了固定摊位，配上了防护网。这台爆米花机，成了观察城市治理的一个窗口。
“烟火气”是城市的温度。流动摊贩承载着居民的生活记忆，也为低收入群体提供了就业机会。一刀切地取缔，城市干净了，却也冷清了。
“烟火气”也需要秩序。放任不管，占道经营、噪声扰民、食品安全等问题随之而来。城市管理者要在规范与包容之间找到平衡点。
让“烟火气”与“文明范”相得益彰，关键在于精细化治理：划定疏导点，明确经营时段，强化食品安全和设备安全监管，让摊主有尊严地经营，让市民放心地消费。
一台爆米花机，映照的是城市的胸怀。城市越包容，生活就越有滋味。
""",
    ),
    dict(
        slug="examforum-shenbo-interview-egg-boiler-smoke",
        site="申博公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="text",
        source="http://www.shenbogk.com/bbs/thread-19022.html",
        title="结构化面试真题：独居老人用煮蛋器干烧冒烟，你作为网格员如何处置",
        record_title="【每日一练】结构化面试真题：独居老人用煮蛋器干烧冒烟，你作为网格员如何处置（附答题示范）- 面试交流区 - 申博公考论坛",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; 119/120 inside the answer; the post time is 4 天前; "
        "a Q&A-like post with no date",
        page="""
!m 申博公考论坛　·　面试交流区
!t 【每日一练】结构化面试真题：独居老人用煮蛋器干烧冒烟，你作为网格员如何处置（附答题示范）
!m 楼主 面试官老周　4 天前　浏览 2240　回复 63
{BODY}
!a 觉得有用？点“收藏”方便考前翻看
!l 1楼 岸边等风：第四点的举一反三很加分
!l 2楼 社区岗冲冲冲：打卡，今天第12题
!w 一对一面试模拟，微信：shenbo_mianshi
!m 申博公考论坛　版权所有
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：你是社区网格员，巡查时闻到一户独居老人家中飘出焦糊味，敲门后得知老人用煮蛋器煮鸡蛋时忘了加水，机器干烧冒烟。你会怎么处理？
参考答案：
第一，确保安全。我会立即请老人拔掉煮蛋器电源，打开门窗通风，确认没有明火、老人没有受伤。如有异常，第一时间拨打119和120。
第二，安抚情绪。老人可能受到惊吓，我会耐心安慰，并联系其子女告知情况。
第三，排查隐患。顺便检查老人家中的电线、插座和燃气设施，帮助更换有干烧断电保护的煮蛋器。
第四，举一反三。将情况报告社区，建议对辖区独居老人开展一次用电安全入户宣传，并为有需要的老人申请安装烟感报警器。
""",
    ),
    dict(
        slug="qa-zhile-answer-egg-boiler-cracked-shells",
        site="知了问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhilewenda.com/question/40918827",
        title="煮蛋器煮出来的鸡蛋为什么老是裂壳？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title (the question is the title); an adopted-answer badge, a vote bar, more answers; "
        "a numbered list in the answer; 回答于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知了问答</title>
<link rel="stylesheet" href="/static/qa.css">
</head>
<body>
<header>⟦m 知了问答 · 有问题，就有人答⟧ ⟦a <a href="/ask">我要提问</a> <a href="/login">登录</a>⟧</header>
<div class="crumb">⟦m 知了问答 › 生活 › 厨房电器⟧</div>
<div class="question">
<h1>{T}</h1>
<div class="q-meta">⟦m 提问者：小米粥不加糖　· 2 个回答 · 1.1万次浏览⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="a-author">⟦m 厨电老匠人　家电维修从业 12 年　回答于 3 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-vote">⟦l 👍 有用 862　👎　💬 评论 31⟧</div>
</div>
<div class="more">
<h3>⟦l 其他回答（1）⟧</h3>
<p>⟦l 酥饼：我家的是水放太多了，减一点就好了。⟧</p>
</div>
<div class="similar">⟦l 相似问题：煮蛋器煮的蛋为什么蛋黄发绿？⟧</div>
<footer>⟦m © 2025 知了问答 zhilewenda.com⟧</footer>
</body>
</html>
""",
        body="""
煮蛋器煮蛋裂壳，常见原因有三个：
1. 鸡蛋刚从冰箱拿出来。蛋壳内外温差大，一加热就容易裂。建议提前半小时拿出来回温。
2. 加水量不对。水加多了沸腾剧烈，鸡蛋互相碰撞；加少了温度上升太快。按量杯上的刻度加就行。
3. 没有扎孔。很多煮蛋器的量杯底部带一根小针，在鸡蛋较圆的那头扎一个小孔，让气室里的空气排出去，就不容易裂了。
另外，鸡蛋放置时大头朝上，也能减少裂壳。我家这台用了两年，按这几点做，基本没再裂过。
""",
    ),
    dict(
        slug="qa-wenda-answer-popcorn-machine-for-stall",
        site="问答街 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wendajie.com/q/7720183.html",
        title="摆摊用的爆米花机怎么选？燃气的好还是电的好？",
        record_title="求助｜摆摊用的爆米花机怎么选？燃气的好还是电的好？- 问答街",
        date=None,
        notes="Q&A page as text: the question as the title, an answerer line with a relative time, a vote row, other answers; "
        "no date",
        page="""
!m 问答街 — 你问我答，生活不难
!m 问答街 > 创业 > 摆摊小生意
!t 求助｜摆摊用的爆米花机怎么选？燃气的好还是电的好？
!m 提问于 2 周前 · 被浏览 4,516 次
{T}
!m 最佳回答 · 夜市老牛（摆摊 3 年）· 回答于 6 天前
{BODY}
!a 赞同 128　｜　反对　｜　评论 9
!l 其他 2 条回答 ▾
!l 你可能也想问：夜市摆摊卖什么好？
!d 回答仅代表网友个人观点，请谨慎参考
""",
        body="""
看你在哪里摆。我自己摆了三年夜市，两种都用过，说说体会：
一、电的爆米花机。优点是干净、好操作，出锅快，一锅三到四分钟；缺点是要找地方接电，夜市一般要交电费，功率大的还带不动。适合商场、学校门口等有固定电源的地方。
二、燃气的爆米花机。优点是不受电源限制，流动性好；缺点是要带气罐，安全要求高，有的地方不允许在人多处用明火。
三、不管买哪种，都要认准有3C认证的正规产品，锅体最好是不锈钢的，再配一块挡板防止孩子靠近。
新手建议先买电的小机器试试水，投入小，风险也小。
""",
    ),
    dict(
        slug="wiki-baizhi-entry-hedge-trimmer",
        site="百知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.baizhi.com/item/绿篱机/40218",
        title="绿篱机",
        record_title=None,
        date=None,
        notes="encyclopaedia: no record title (the entry name in <h1>, which opens the body: matched as head); edit/discuss/"
        "history tabs, an infobox, a contents box, reference markers glued after 。; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>百知百科</title>
<link rel="stylesheet" href="/css/lemma.css">
</head>
<body>
<div class="top">⟦m 百知百科 · 全民编写的知识库⟧ ⟦a <a href="/login">登录</a> <a href="/create">创建词条</a>⟧</div>
<div class="tabs">⟦a 编辑 · 讨论 · 历史版本⟧</div>
<h1 class="lemma-title">{T}</h1>
<div class="lemma-sub">⟦m 园林机械⟧</div>
<div class="infobox">
<p>⟦m 中文名：绿篱机⟧</p>
<p>⟦m 别　名：绿篱修剪机⟧</p>
<p>⟦m 类　别：园林机械⟧</p>
</div>
<div class="catalog">⟦l 目录：1 简介 2 分类 3 结构 4 使用⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs">
<h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 《园林机械使用与维修》，林业出版社⟧</p>
</div>
<div class="stat">⟦m 词条统计：浏览 21,733 次 · 编辑 14 次 · 最近更新 2025-04-02⟧</div>
<footer>⟦m © 2025 百知百科⟧</footer>
</body>
</html>
""",
        body="""
绿篱机，又称绿篱修剪机、篱笆剪，是一种用于修剪绿篱、灌木和茶树的园林机械，广泛用于公园、道路绿化带和庭院的养护作业。⟦l [1]⟧
按动力来源，绿篱机可分为汽油绿篱机、电动绿篱机和充电式绿篱机三类。汽油绿篱机动力强劲，适合大面积作业；电动和充电式绿篱机噪声小、无尾气，多用于居民区和庭院。
绿篱机主要由动力装置、传动机构、往复式刀片和手柄组成。工作时，动力经齿轮减速后带动上下两片刀片相对往复运动，将枝叶剪断。⟦l [2]⟧
使用绿篱机时应佩戴护目镜和手套，刀片应保持锋利，作业后及时清洁并涂抹防锈油。
""",
    ),
    dict(
        slug="wiki-wenzhi-entry-yogurt-maker",
        site="问知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wenzhibaike.com/wiki/酸奶机",
        title="酸奶机",
        record_title="酸奶机（厨房小家电）- 问知百科",
        date=None,
        notes="encyclopaedia as text: the entry name over the body, which it opens (head); an infobox, an edit link glued to a "
        "section heading; no date",
        page="""
!m 问知百科
!a 编辑词条　|　收藏　|　分享
{T}
!m 本词条由问知百科认证　·　最后修订：3 天前
!m 中文名：酸奶机　外文名：yogurt maker　类别：小家电
{BODY}
!l 词条标签：家用电器　厨房电器　发酵
!d 词条内容仅供参考，如需专业意见请咨询相关人士
!m 问知百科 wenzhibaike.com
""",
        body="""
酸奶机是一种用于家庭自制酸奶的小型电器，通过恒温加热使牛奶在适宜温度下发酵成酸奶。
酸奶机一般由外壳、加热底座、温控装置和内胆组成。内胆多为不锈钢、陶瓷或食品级塑料材质。常见机型的发酵温度设定在38℃至42℃之间，部分产品还具有米酒、纳豆等发酵功能。
使用方法⟦a ［编辑本段］⟧
将牛奶与发酵菌粉或酸奶按比例混合后倒入内胆，放入机内通电发酵，一般经过6至10小时即可凝固。
注意事项
内胆应在使用前消毒；发酵完成的酸奶应冷藏保存，并尽快食用。
""",
    ),
]
