"""holdout366, part C: hobby forums, county forums, exam forums, blogs and WeChat mirrors.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-jiyou-post-film-white-edge-jammer",
        site="机友驿站 (invented, Discuz-like phone forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.jiyouyz.example.com/thread-2207316-1-1.html",
        title="新贴的钢化膜边缘一圈白边，是膜的问题还是手机的问题？",
        record_title="新贴的钢化膜边缘一圈白边，是膜的问题还是手机的问题？（已解决，感谢楼上各位） - 机友驿站",
        date=None,
        notes="Discuz-like forum: poster panel, relative post time (no date), jammer-font junk inside the post, rating row, signature, replies",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>新贴的钢化膜边缘一圈白边，是膜的问题还是手机的问题？（已解决，感谢楼上各位） - 配件讨论区 - 机友驿站</title>
<script src="static/js/common.js?Q7x"></script>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦m 机友驿站⟧　<a>⟦a 登录驿站⟧</a> <a>⟦a 注册新机友⟧</a></div>
<div id="nv"><a>⟦m 门户⟧</a> <a>⟦m 论坛⟧</a> <a>⟦m 刷机区⟧</a> <a>⟦m 配件讨论区⟧</a></div>
<div id="pt">⟦m 机友驿站 › 论坛 › 配件讨论区 › 帖子正文⟧</div>
<div id="postlist">
<table><tr>
<td class="pls">
<div class="pi">⟦m 阿哲不吃香菜⟧</div>
<p>⟦m 帖子 58　积分 214　机龄 2 年⟧</p>
</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前　｜　只看楼主　｜　倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88017">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与 2 人　热心值 +4　收起理由⟧</div>
<div class="sign">⟦m 签名：数码小白一枚，问得不对求轻拍⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏本帖⟧</div>
</td></tr></table>
<table class="reply"><tr><td>⟦l 2# 膜神在此　发表于 前天 15:02⟧</td></tr>
<tr><td>⟦l 曲面屏建议上水凝膜，钢化膜边缘很难贴服的⟧</td></tr>
<tr><td>⟦l 3# 老司机阿彬　发表于 昨天 09:40⟧</td></tr>
<tr><td>⟦l 白边多半是膜弧度不对，回店里换吧⟧</td></tr></table>
</div>
<div id="f_pst">⟦a 登录后才能回帖哦　立即登录⟧</div>
<div id="ft">⟦m 机友驿站 ( 闽ICP备15022097号 )⟧ ⟦m Powered by Discuz! X3.4 · 机友驿站运营组⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上周在商场专柜贴了一张全屏钢化膜，当时看着挺好，两天后发现屏幕四周出现一圈白边，像是没贴实，按一下就消失，松手又出来了。
手机是去年买的曲面屏，之前贴过一张水凝膜没这个问题。店员说是曲面屏的通病，让我再加二十块换“UV全胶膜”。
想请教一下懂行的朋友：白边到底是膜的弧度跟屏幕不匹配，还是贴的时候没压好？换UV膜会不会影响指纹解锁？
补充一下，膜的包装上写着“3D热弯”，盒子我还留着。如果是膜的问题，打算回去找店家。
""",
    ),
    dict(
        slug="forum-paohua-post-elm-stand-junk-text",
        site="刨花木作论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.paohua.example.com/forum/thread-55120-1.html",
        title="用旧榆木边角料做了个笔记本支架",
        record_title="用旧榆木边角料做了个笔记本支架（内有尺寸和做法）〔手作原创·禁止搬运〕 - 刨花木作论坛",
        date=None,
        notes="a woodworkers' forum as text: anti-scraping junk as lines and glued after 。; a relative post time; replies and a login prompt",
        page="""
!m 刨花木作论坛 › 木作分享 › 小件家具
!t 用旧榆木边角料做了个笔记本支架（内有尺寸和做法）〔手作原创·禁止搬运〕
!m 楼主：老榆树下　｜　昨天 21:46　｜　查看 1,328　回复 27
{BODY}
!a 支持(16)　反对(0)　｜　把帖子收进工具箱
!l 沙发 ▏卯眼儿：燕尾榫做得挺规整，缝大可以用木屑加胶补一下
!l 板凳 ▏松下听风：求个图纸，想给孩子也做一个
!a 登录后可回复，还没有账号？注册一个吧
!m 刨花木作论坛 · 手艺人的家　Powered by Discuz! X3.5
""",
        junk=dict(lines=2, glued=3),
        body="""
家里装修剩了几块老榆木板，扔了可惜，周末花两天给自己做了个笔记本支架，分享一下过程。
尺寸：面板长32厘米、宽24厘米，后腿高9厘米，前端留一道1.5厘米的挡条防止电脑滑落，整体倾角大约15度。
做法：先把板材刨平，用燕尾榫把两条腿和面板连起来，没用一颗钉子；面板中间开了三条散热槽，边角全部倒圆，免得硌手腕。
打磨到400目后上了两遍木蜡油，放了一晚就能用。用了一周，脖子确实比直接把电脑放桌上舒服多了。
第一次做榫卯，缝隙还是有点大，欢迎各位老师傅指点。
""",
    ),
    dict(
        slug="cityforum-liechuan-station-film-380-no-title-jammer",
        site="冽川家园论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.lcjiayuan.example.com/thread-96613-1-1.html",
        title="车站广场贴膜摊一张膜收了我三百八，这正常吗？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject in the page; a county forum with a weather line, medals, jammer-font junk, "
        "a decoration ad with a phone, a forward-to-bureau link and an official-reply box; relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>车站广场贴膜摊一张膜收了我三百八，这正常吗？ - 百姓投诉 - 冽川家园论坛</title>
<script src="/static/js/forum.js"></script>
<style>font.jammer{display:none}</style>
</head>
<body>
<div class="hd">
<span>⟦m 冽川家园论坛⟧</span><span>⟦m 冽川人自己的网上家园⟧</span>
<span class="wea">⟦m 冽川今天：多云转晴 18~26℃⟧</span>
<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a>
</div>
<div class="nav">⟦m 首页⟧ ⟦m 冽川杂谈⟧ ⟦m 百姓投诉⟧ ⟦m 二手市场⟧ ⟦m 房产家居⟧</div>
<div class="pt">⟦m 冽川家园论坛 » 百姓投诉 » 查看帖子⟧</div>
<div class="ad-top">⟦w 冽川匠心家装　全包套餐到店送家电　电话 0748-6288135⟧</div>
<table class="post"><tr>
<td class="user">
<p>⟦m 青石板路⟧</p>
<p>⟦m 勋章：热心冽川人　老论坛⟧</p>
</td>
<td class="msg">
<h1>{T}</h1>
<div class="time">⟦m 楼主　发表于 6 小时前⟧</div>
<div class="t_msg">
{BODY}
</div>
<div class="zj"><a>⟦a 把此帖转给县市场监管局⟧</a></div>
<div class="official">⟦l 【官方回复】冽川县市场监管局：已转交城关市场监管所核查，核查结果将在本帖回复。⟧</div>
</td></tr></table>
<div class="replies">
<p>⟦l 沙发　冽川老吴：上个月我同事也被坑过，一模一样的套路⟧</p>
<p>⟦l 板凳　小鱼儿：车站那几个摊子早该管管了⟧</p>
</div>
<div class="ft">⟦m 冽川家园论坛　鄂ICP备16008812号⟧ ⟦d 帖子内容仅代表网友个人观点⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
今天下午在冽川汽车站广场等车，一个小摊问我要不要贴膜，说十块钱一张，我就让他贴了。
贴完他说这是“纳米防爆蓝宝石膜”，要按厘米算钱，一共三百八，不给就不让走，旁边还站着两个人。
我当时一个人，只好扫码付了钱，回来越想越气。网上查了一下，这种膜进价几块钱。
已经打了12315，工作人员说会转给车站所在的市场监管所处理，让我保留付款记录。
提醒大家，在车站附近贴膜一定先问清楚总价，最好别在流动摊位贴。
""",
    ),
    dict(
        slug="cityforum-jutou-beach-bottle-note-junk-text",
        site="咀头人家论坛 (invented, village forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.jutourenjia.example.com/viewthread.php?tid=12874",
        title="咀头村海边捡了个漂流瓶，纸条上是一串英文",
        record_title="咀头村海边捡了个漂流瓶，纸条上是一串英文（附瓶子照片） - 咀头人家论坛 · 海边杂谈",
        date=None,
        notes="a village forum as text: weather line, junk lines and junk glued after 。, a seafood ad with a WeChat id; a relative time only",
        page="""
!m 咀头人家论坛 — 咱村自己的网上家园
!m 天气：咀头 晴 27℃ 东南风3级
!t 咀头村海边捡了个漂流瓶，纸条上是一串英文（附瓶子照片）
!m 发帖人：赶海的阿贵　2 小时前　浏览 611
{BODY}
!l 1楼 渔家女阿珍：我家孩子也捡过一个，里面是许愿纸条
!l 2楼 石咀老吴：这种科研瓶子是好事，记得回信
!w 咀头海鲜代发，顺丰包邮，微信 jutou_haixian
!a 回复本帖前请先绑定手机号
!m 咀头人家论坛 版权所有 · 琼ICP备13002658号
""",
        junk=dict(lines=1, glued=2),
        body="""
早上去咀头村那片沙滩赶海，在石头缝里捡到一个透明塑料瓶，里面塞着一张用塑封袋包好的纸条。
打开一看是英文，大概意思是：这是一所学校的洋流观测瓶，捡到的人请把地点和日期发到纸条上的邮箱，学生们会在地图上标出瓶子走过的路线。
纸条上写的投放时间是去年十月，投放地点在几百公里外的一个海岛。没想到大半年才漂到我们这儿。
我已经按要求发了邮件，附上了照片和位置。等有回信了再来跟大家说。
瓶子我带回家了，没有留在海滩上。
""",
    ),
    dict(
        slug="gkforum-shangan-essay-bottle-echo-jammer",
        site="上岸驿站公考社区 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.example.com/forum.php?mod=viewthread&tid=330581",
        title="做一只“有回音”的漂流瓶",
        record_title="〔周练·大作文〕做一只“有回音”的漂流瓶 ✈ 上岸驿站公考社区",
        date=None,
        notes="an exam forum: reply-to-see prompt, rating row, QQ-group ad, jammer-font junk in a 申论 essay; relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔周练·大作文〕做一只“有回音”的漂流瓶 ✈ 上岸驿站公考社区</title>
<script src="/static/js/sa-forum.js"></script>
</head>
<body>
<div class="top">⟦m 上岸驿站公考社区⟧ ⟦m 一起备考，一起上岸⟧ <a>⟦a 登录⟧</a></div>
<div class="nav">⟦m 申论写作⟧ ⟦m 行测刷题⟧ ⟦m 面试交流⟧ ⟦m 上岸经验⟧</div>
<div class="pt">⟦m 上岸驿站 › 申论写作 › 大作文周练⟧</div>
<div class="thread">
<h1>⟦t 〔周练·大作文〕做一只“有回音”的漂流瓶⟧</h1>
<div class="by">⟦m 楼主：青灯夜读　发表于 5 天前　阅读 2,116⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏的老师批改意见，回复后才能看到⟧</div>
<div class="rate">⟦a 评分：立意 +2　结构 +1　语言 +1⟧</div>
</div>
<div class="reply">⟦l 1# 申论搬砖工：第二段的例子可以再具体一点⟧</div>
<div class="qqad">⟦w 申论批改群：QQ群 8130 2246，进群免费领本周范文⟧</div>
<div class="ft">⟦m 上岸驿站公考社区　苏ICP备19033651号⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
把心事写在纸上，装进瓶子，交给大海，这是漂流瓶的浪漫。可一只没有回音的漂流瓶，终究只是写信人的自言自语。
在基层治理中，群众的诉求有时也像一只只漂流瓶：写进了意见箱，打进了热线电话，发到了留言板，却迟迟等不来回应。
让漂流瓶“有回音”，首先要有人去捡。一些地方建立诉求“接诉即办”机制，明确每一条留言的办理时限和责任人，让群众的声音不再漂浮无依。
让漂流瓶“有回音”，还要回得及时、回得实在。回复不能只是“已收悉”“正在研究”，而应当讲清楚办了什么、办到了哪一步。
群众的每一个诉求都值得被认真打捞。当每一只漂流瓶都能收到回信，政府与群众之间的距离就会越来越近。
""",
    ),
    dict(
        slug="gkforum-kaotu-interview-film-assassins-junk",
        site="考途公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.kaotu.example.com/bbs/thread-77412.html",
        title="结构化面试：车站“贴膜刺客”屡禁不止，你怎么看？",
        record_title="【面试答题帖】结构化面试：车站“贴膜刺客”屡禁不止，你怎么看？（综合分析·附答题思路） - 考途公考社区",
        date=None,
        notes="an interview answer on an exam forum as text: junk lines and junk glued after 。; replies, a mock-interview WeChat; relative time",
        page="""
!m 考途公考社区 › 面试交流 › 结构化题库
!t 【面试答题帖】结构化面试：车站“贴膜刺客”屡禁不止，你怎么看？（综合分析·附答题思路）
!m 作者：上岸ing　　发表于 4 天前　　只看楼主
{BODY}
!a 觉得有帮助？给楼主点个赞
!l 回帖 1# 暮雪：对策部分可以再加一条“畅通投诉渠道”
!l 回帖 2# 面霸养成中：逻辑清楚，开头可以再亮一点观点
!w 面试1对1模拟，加老师微信 kaotu_ms01
!m 考途公考社区 · 陪你一路上岸
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：近期有媒体报道，一些车站、景区周边的流动贴膜摊先以低价招揽顾客，贴膜后以各种名目高价收费，被网友称为“贴膜刺客”。对此，你怎么看？
我的作答：
“贴膜刺客”看似是一张小小的手机膜，反映的却是消费环境和市场监管中的短板。
首先，要看到危害。这种行为侵害消费者的知情权和公平交易权，也损害了城市形象，让外地游客对一座城市留下坏印象。
其次，要分析原因。一是流动摊点隐蔽性强，执法取证难；二是部分消费者维权意识不强，吃了亏不愿投诉；三是明码标价制度在小摊小贩中落实不到位。
最后，要提出对策。市场监管部门应加强重点区域巡查，对强买强卖依法严惩；车站等管理方应规范场内经营；同时引导消费者保留证据，及时拨打12315投诉。
以上是我的回答，请各位考友指正。
""",
    ),
    dict(
        slug="blog-chaoxin-memoir-bottle-900km-typecho",
        site="潮信小筑 (invented, Typecho-like blog)",
        style="博客",
        genre="博客随笔",
        kind="other",
        form="html",
        source="https://chaoxin.example.me/archives/417/",
        title="那只漂了九百公里的漂流瓶",
        record_title="那只漂了九百公里的漂流瓶 —— 潮信小筑（海边随笔）",
        date="2025-02-09",
        notes="a Typecho-like blog: the post's time line is the page's date; tag cloud, archive, calendar, comment form",
        page="""
<!DOCTYPE HTML>
<html>
<head>
<meta charset="UTF-8">
<title>那只漂了九百公里的漂流瓶 —— 潮信小筑（海边随笔）</title>
<link rel="stylesheet" href="https://chaoxin.example.me/usr/themes/tide/style.css">
<script src="https://chaoxin.example.me/usr/themes/tide/tide.js"></script>
</head>
<body>
<header id="header"><a class="logo">⟦m 潮信小筑⟧</a><p class="desc">⟦m 一个退休地理老师的海边碎语⟧</p>
<nav><a>⟦m 首页⟧</a><a>⟦m 海边随笔⟧</a><a>⟦m 教书旧事⟧</a><a>⟦m 关于⟧</a></nav></header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m ⏱ 2025-02-09 21:40　分类：海边随笔　阅读 412⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：漂流瓶 洋流 教书旧事⟧</p>
</article>
<div class="post-near">⟦l « 上一篇：冬天的防波堤⟧ ⟦l 下一篇：给学生画的第一张海图 »⟧</div>
<div id="comments"><h3>⟦l 已有 6 条评论⟧</h3>
<p>⟦l 海风吹过：老师，我就是当年扔瓶子的学生之一！⟧</p>
<form><p>⟦a 称呼　电子邮件　网站（选填）　提交评论⟧</p></form></div>
</div>
<div id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 海边 洋流 学生 渔村 明信片⟧</p></section>
<section><h3>⟦l 归档⟧</h3><p>⟦l 2025 年 2 月 (3)⟧</p><p>⟦l 2025 年 1 月 (5)⟧</p></section>
<section><h3>⟦l 日历⟧</h3><p>⟦l 一 二 三 四 五 六 日⟧</p></section>
</div>
<footer>⟦m © 2025 潮信小筑 · 由 Typecho 驱动⟧</footer>
</body>
</html>
""",
        body="""
十几年前，我在冽川的海边做中学地理老师，带着学生做过一次漂流瓶实验。
我们把二十只塑料瓶装上沙子调好浮力，每只瓶里放一张塑封卡片，写明学校地址和投放时间，请拾到的人寄回明信片。
那年秋天的一个下午，全班同学站在防波堤上，把瓶子一只只扔进退潮的海水里。
之后的两年里，我们陆续收到四张明信片，最远的一张来自九百多公里外的一个渔村，寄信的老渔民在背面画了一条歪歪扭扭的航线。
后来再给学生讲洋流，我总会拿出那张明信片。现在想来，那二十只瓶子里，大概还有十几只留在了海里，这也是我一直有些内疚的地方。
""",
    ),
    dict(
        slug="blog-gezijian-three-stands-wrapped-68",
        site="格子间笔记 (invented, personal blog)",
        style="博客",
        genre="博客随笔",
        kind="other",
        form="text",
        source="https://gezijian.example.net/posts/three-laptop-stands/",
        title="居家办公两年，我换过的三个笔记本支架",
        record_title="居家办公两年，我换过的三个笔记本支架 ｜ 格子间笔记 › 好物碎碎念",
        date=None,
        notes="a blog text hard-wrapped at 68 columns; a relative post time (no date); hashtags, prev/next, comment prompt",
        page="""
!m 格子间笔记 — 一个上班族的碎碎念
!m 首页 | 归档 | 关于我
!t 居家办公两年，我换过的三个笔记本支架 ｜ 格子间笔记 › 好物碎碎念
!m 发布于 3 天前 · 分类：好物碎碎念 · 约 1 分钟读完
{BODY}
!l #居家办公 #颈椎 #桌面好物
!l 上一篇：我的通勤包里装了什么　　下一篇：试了一个月站立办公
!a 留下你的评论（需填写昵称）
!d 本博客文章均为原创，转载请注明出处并附原文链接。
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
居家办公两年，腰没出问题，脖子先提了意见。为了让屏幕高一点，我前后换过三个笔记本支架，简单记一下感受。
第一个是几十块钱的塑料折叠款，轻便好带，但最高只能抬到八厘米，打字时整个面板会跟着晃。
第二个是铝合金升降款，高度能调到二十厘米，稳定性好了很多，缺点是收起来也有一块砖那么重，出差根本不想带。
第三个是现在用的立式支架，配合外接键盘鼠标，屏幕刚好和眼睛平齐，桌面也腾出了一大块地方。
总结下来，如果主要在家用，优先选稳的；经常外出，再考虑轻的。还有一点很重要：支架只解决屏幕高度，键盘一定要另外配。
""",
    ),
    dict(
        slug="wechat-haowenguan-police-film-warning-star-prompt",
        site="号文馆 (invented WeChat mirror) / 冽川警方",
        style="公众号镜像",
        genre="警情提示",
        kind="news",
        form="html",
        source="https://www.haowenguan.example.com/a/liechuanjingfang/20250721/5590127.html",
        title="警惕“贴膜刺客”！冽川警方提醒：贴膜前先问清总价",
        record_title=None,
        date="2025-07-21",
        notes="no record title: the article's <h1>; 原创 tag, the account line's date is the page's date; a star prompt glued before "
        "the first words; a numbered list; 在看/阅读原文/赞赏 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>冽川警方的文章 - 号文馆</title>
<script src="https://www.haowenguan.example.com/js/mirror.js"></script>
</head>
<body>
<div class="hwg-top">⟦m 号文馆 · 公众号文章存档⟧ <a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 冽川警方　2025年07月21日 18:30⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦a 在看 57⟧ ⟦a 赞赏作者⟧</div>
<div class="qr">⟦a 长按二维码，关注冽川警方⟧</div>
</div>
<div class="hwg-note">⟦d 号文馆自动收录公开的公众号文章，仅供存档检索，版权归原公众号所有⟧</div>
<div class="hwg-more"><h4>⟦l 该公众号的其他文章⟧</h4><p>⟦l 暑期防溺水，这几点一定要记牢⟧</p></div>
</body>
</html>
""",
        body="""
⟦a 点上方蓝字“冽川警方”，设个星标不走散⟧近日，县公安局城关派出所接连接到群众报警，称在汽车站、步行街一带贴手机膜时遭遇“先低价后高价”。
7月18日，外地游客陈女士在汽车站广场被一名摊主以“十元贴膜”招揽，贴完后对方称使用的是“进口钻石膜”，按“每平方厘米两元”计价，索要四百余元。陈女士报警后，民警迅速到场，依法对摊主进行调查处理，并责令其退还多收款项。
⟦m 图片来源：城关派出所⟧
警方提醒：
1. 贴膜前务必问清膜的种类和总价，最好选择有固定门店、明码标价的商家；
2. 遇到强行加价、围堵纠缠的，不要争执，立即拨打110报警；
3. 付款时尽量保留支付记录，便于事后维权。
""",
    ),
    dict(
        slug="wechat-weiwen-library-letter-pledge-account-date",
        site="微文阅览 (invented WeChat mirror) / 镠州市图书馆",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://weiwen.example.cn/mp/lzlib/20250331/1.html",
        title="写一封“漂流瓶里的信”——致全市读者的倡议书",
        record_title="写一封“漂流瓶里的信”——致全市读者的倡议书 ⛵ 镠州市图书馆 · 微文阅览存档",
        date="2025-03-28",
        date_also=["2025-03-31"],
        notes="a WeChat mirror as text: the account's date differs from the pledge's 成文日期; follow and share as content; "
        "a read-original row and the mirror's note",
        page="""
!m 微文阅览 · 公众号文章存档
!t 写一封“漂流瓶里的信”——致全市读者的倡议书 ⛵ 镠州市图书馆
!m 镠州市图书馆　2025-03-31 08:00　来源：微信公众号
!a 长按识别二维码，关注“镠州市图书馆”
{BODY}
!a 阅读原文　｜　转发给朋友　｜　推荐 12
!d 本页为微文阅览自动抓取的公众号文章副本，版权归原公众号所有。
""",
        body="""
亲爱的读者朋友们：
在手机消息“秒回”的今天，你有多久没有认认真真写过一封信了？
为迎接第三十个世界读书日，镠州市图书馆发起“漂流瓶里的信”活动，邀请大家给一位陌生的读者写一封信，聊聊你最近读过的一本书、一段难忘的阅读时光。⟦a 点一下“推荐”，让更多读者看到⟧
我们倡议：
一、写一封真诚的信。篇幅不限，手写为佳，请勿在信中留下手机号、住址等个人信息。
二、放进馆里的“漂流瓶”。4月1日至4月20日，将信件投入一楼大厅的玻璃漂流瓶装置，工作人员会随机装进借出的图书中。
三、把温暖传下去。收到信的读者，可以在“回信墙”上留下回音，也可以关注图书馆服务号分享你的故事。
镠州市图书馆
2025年3月28日
""",
    ),
]
