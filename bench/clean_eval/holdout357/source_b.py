"""holdout357, part B: forums, county forums, exam forums, blogs and personal collections.
Everything invented by hand; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="yejing-forum-tentlamp-test-jammer",
        site="野径户外论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yejinghw.com/thread-402718-1-1.html",
        title="三款帐篷灯实测：续航、亮度和挂钩谁更靠谱",
        record_title="[夜营装备横评] 三款帐篷灯实测：续航、亮度和挂钩谁更靠谱（数据都在表里） - 灯具电源 - 野径户外论坛",
        date=None,
        notes="Discuz-like thread: poster panel, jammer fonts inside the post, a rating row, a signature, replies; a test table one row a paragraph; only relative times",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[夜营装备横评] 三款帐篷灯实测：续航、亮度和挂钩谁更靠谱（数据都在表里） - 灯具电源 - 野径户外论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?W3x"></script>
</head>
<body>
<div id="toptb">⟦a 快捷导航⟧ ⟦m 野径户外论坛⟧ <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册成为驴友⟧</a></div>
<div id="pt">⟦m 野径户外论坛 › 装备区 › 灯具电源 › 查看内容⟧</div>
<div id="postlist">
<table class="plhin"><tr>
<td class="pls">
<div>⟦m 北坡老鹰⟧</div>
<div>⟦m 帖子 1832　精华 6　积分 9410⟧</div>
<div>⟦m 勋章：穿越达人 夜营之星⟧</div>
</td>
<td class="plc">
<div class="pi">⟦m 楼主　电梯直达⟧　⟦m 发表于 5 天前　|　只看该作者⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8120554">
{BODY}
</td></tr></table></div>
<div class="rate">⟦m 评分　参与人数 4　野币 +12　收起 理由 很给力! 实测党万岁⟧</div>
<div class="sign">⟦m 签名：山不过来，我就过去。装备党，不接广告。⟧</div>
<div class="po">⟦a 回复 引用 支持 反对 举报⟧</div>
</td></tr></table>
<table class="plhin"><tr><td class="pls">⟦l 沙丘里的骆驼⟧</td><td class="plc">⟦l 发表于 4 天前｜第二款我也买了，挂钩确实容易掰断⟧</td></tr></table>
<table class="plhin"><tr><td class="pls">⟦l 阿坝看星星⟧</td><td class="plc">⟦l 发表于 3 天前｜楼主能再测一下零下的续航吗⟧</td></tr></table>
</div>
<div id="f_pst">⟦a 回帖需要先登录，还没有账号？马上注册⟧</div>
<div id="ft">⟦m 野径户外论坛 ( 川ICP备13041972号-2 )⟧ ⟦m Powered by Discuz! X3.4⟧</div>
<script>showTopLink();</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上个月去溉水上游露营三晚，顺手把手里三款帐篷灯做了个对比。数据是自己测的，仅供参考，不打广告。
测试方法：三款灯都充满电。在帐篷里挂在同一位置，用最高档常亮，每半小时记一次亮度，直到自动熄灭为止。
型号　标称续航　实测续航　挂钩情况
A款（充电宝一体）　20小时　16小时　金属钩，稳
B款（三色温）　12小时　9小时　塑料钩，第二晚就断了
C款（太阳能板）　30小时　13小时　磁吸加挂绳，方便
结论：A款最均衡，就是重了点。B款光色最舒服，但挂钩太脆，建议自己换登山扣。C款的太阳能板在林子里基本充不进电，别太指望。
另外提醒一句，帐篷灯别整夜开最高档，调到低档照样能看书，电池也能多撑一晚。
""",
    ),
    dict(
        slug="zuiyan-forum-decanter-lessons-junk",
        site="醉岩酒友会 (invented, forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.zuiyanjy.com/bbs/viewtopic.php?t=77215",
        title="水晶醒酒器和普通玻璃的到底差在哪？说说我踩过的坑",
        record_title="[器皿闲谈] 水晶醒酒器和普通玻璃的到底差在哪？说说我踩过的坑（长文，慎入）",
        date=None,
        notes="forum thread in text: anti-scraping junk as lines and glued after 。; floor lines and replies; only relative times",
        page="""
!m 醉岩酒友会　›　器皿与配件　›　醒酒器
!m 主题：1276　|　帖子：2万3
!t [器皿闲谈] 水晶醒酒器和普通玻璃的到底差在哪？说说我踩过的坑（长文，慎入）
!m 楼主：葡萄架下的猫　发表于 昨天 22:14　只看楼主
!m 【阅读 5120 ｜ 回复 37】
{BODY}
!a 顶　踩　收藏帖子　举报
!l 2# 老陈的酒窖：说得在理，我家那个天鹅的已经在柜子里吃灰三年了
!l 3# 桃子不吃桃：求链接，新手想入门一个
!l 4# 葡萄架下的猫：@桃子不吃桃 不推荐具体牌子，按上面几条自己挑就行
!a 看完不说两句？登录后参与讨论
!m 醉岩酒友会 · 以酒会友 · 理性饮酒
""",
        junk=dict(lines=2, glued=3),
        body="""
玩酒五六年，前前后后买过七只醒酒器，今天说说心得，给新入坑的朋友省点钱。
第一，材质。所谓“水晶”醒酒器，大多数其实是无铅水晶玻璃，透光好、敲起来声音清脆，但价格是普通钠钙玻璃的三四倍。家里日常喝，钠钙玻璃完全够用。含铅的老式水晶器皿不建议长时间盛酒。
第二，造型。天鹅、蜗牛这类造型好看，但洗起来是噩梦，底部的酒渍根本刷不到。我现在最常用的是宽底直口的，一把长柄刷就能洗干净。
第三，容量。一瓶酒750毫升，醒酒器选1.5升左右的，酒倒进去刚好铺满宽的部分，和空气接触面积最大。
第四，清洗。千万别用洗洁精，味道会留在瓶里。用温水加一把粗盐或者专用清洁珠晃一晃，倒挂晾干就行。
最后说一句，醒酒器只是工具，酒好不好喝，还是看酒本身。
""",
    ),
    dict(
        slug="jihu-county-forum-rack-sidewalk-jammer",
        site="暨湖论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jihu0717.com/forum.php?mod=viewthread&tid=1190443",
        title="文昌街几家服装店把展示架摆到人行道上，推婴儿车都过不去",
        record_title=None,
        date=None,
        notes="no record title: the thread subject on the page; a weather line, medals, jammer fonts, a decoration ad with a QQ and a forward-to-the-bureau link; relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>暨湖论坛 - 暨湖人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script type="text/javascript" src="data/cache/common.js"></script>
</head>
<body>
<div class="jh-top">⟦m 暨湖 今天 多云转晴 19～27℃ 空气质量 良⟧　<a>⟦a 登录⟧</a> ⟦a 注册⟧</div>
<div class="jh-logo">⟦m 暨湖论坛⟧ ⟦m 暨湖人自己的网上家园⟧</div>
<div class="jh-nav">⟦m 首页 | 暨湖杂谈 | 民生热线 | 二手市场 | 招聘求职 | 房产家居⟧</div>
<div class="jh-pt">⟦m 暨湖论坛 » 民生热线 » 城市管理⟧</div>
<div class="jh-post">
<div class="jh-author">⟦m 湖边跑步的人⟧ ⟦m 勋章：热心市民 ★★★⟧ ⟦m 积分 2207⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="jh-time">⟦m 发表于 2 小时前 ｜ 查看 3980 ｜ 回复 58⟧</div>
<div class="jh-msg">
{BODY}
</div>
<div class="jh-relay"><a href="/plugin.php?id=zhuanjiao">⟦a 已转交县城管局 · 等待官方回复⟧</a></div>
<div class="jh-ad">⟦w 暨湖本地装修，全包半包均可，免费上门量房，QQ 1762093384⟧</div>
<div class="jh-reply">
<p>⟦l 沙发 | 骑车的老李：早就该管了，下雨天更挤⟧</p>
<p>⟦l 板凳 | 小鱼爱吃藕：店家也难，店面太小了⟧</p>
</div>
</div>
<div class="jh-ft">⟦d 论坛内容由网友发布，不代表暨湖论坛观点⟧ ⟦m 暨湖论坛 jihu0717.com 皖ICP备11002791号⟧</div>
</body>
</html>
""",
        p_html='<p class="pt">{}</p>',
        junk=dict(lines=1, glued=2),
        body="""
今天下午推着孩子从文昌街走到新华路口，短短三百米，被服装店的展示架挡了四回。
有两家店把整排衣服的展示架直接推到人行道中间，还有一家在门口摆了两层的鞋架，婴儿车只能从机动车道绕过去，后面的电动车一直按喇叭，吓得孩子直哭。
我理解店面小、想多展示几件衣服，但人行道是大家走的路。拍了几张照片，希望城管部门来看看，也希望店家把展示架往回收一收，留出一米五的通道就够了。
暨湖这几年变化挺大，街道干净了不少，这些小事管好了，走路的人心里也舒服。
""",
    ),
    dict(
        slug="yutang-county-forum-garlicpress-oldshop-junk",
        site="馀塘生活网 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.yutanglife.net/thread-88203-1-1.html",
        title="老街那家五金店居然还能买到老式铸铁压蒜器",
        record_title="[吃喝玩乐] 老街那家五金店居然还能买到老式铸铁压蒜器（就在溉水桥头）- 馀塘生活网",
        date=None,
        notes="county forum thread in text with junk lines and junk glued after 。; a weather line; a poster's edit note; relative times only",
        page="""
!m 馀塘生活网　｜　今日馀塘：小雨　16℃
!m 馀塘生活网 > 吃喝玩乐 > 美食分享
!t [吃喝玩乐] 老街那家五金店居然还能买到老式铸铁压蒜器（就在溉水桥头）- 馀塘生活网
!m 溉水边的阿婆　4 天前　浏览 1247　回复 22
{BODY}
!m 本帖最后由 溉水边的阿婆 于 3 天前 修改过
!l 1楼 馀塘吃货团：是不是那家“老周五金”？我小时候就在那买菜刀
!l 2楼 阿强不加班：铸铁的要注意防锈，用完擦干抹点油
!a 发帖 ｜ 回复 ｜ 只看楼主
!m 馀塘生活网 · 馀塘人的网上客厅　客服电话：0718-3360071
""",
        junk=dict(lines=2, glued=2),
        body="""
上周末去溉水桥头那家老五金店配钥匙，一眼看到货架角落挂着几个黑乎乎的铸铁压蒜器，跟我外婆家用了几十年的一模一样。
老板说这是老厂子的库存，一共就剩七八个，十五块钱一个。我买了两个回家试了试，手柄长、压得省力，蒜泥出来细细的，比超市里那种塑料的好用多了。
唯一的缺点是有点沉，而且铸铁的容易生锈，洗完一定要擦干。老板还教了个办法，第一次用之前抹点食用油放灶上烤一烤，跟养铁锅一个道理。
想要的赶紧去，卖完就没了。
""",
    ),
    dict(
        slug="liangan-exam-forum-essay-tentlamp-jammer",
        site="砺岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="https://bbs.liangangk.com/forum.php?mod=viewthread&tid=530662",
        title="一盏帐篷灯照见基层应急的温度",
        record_title="〔大作文连载·码字第12天〕一盏帐篷灯照见基层应急的温度（手写转录，求批改） - 申论写作 - 砺岸公考论坛",
        date=None,
        notes="exam forum with jammer fonts inside an essay; reply-to-see prompt, rating row and a QQ-group ad; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔大作文连载·码字第12天〕一盏帐篷灯照见基层应急的温度（手写转录，求批改） - 申论写作 - 砺岸公考论坛</title>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="la-hd">⟦m 砺岸公考论坛 — 上岸之前，砺岸相伴⟧ <a>⟦a 快速登录⟧</a></div>
<div class="la-nav">⟦m 国考 省考 事业单位 选调生 面试专区 申论写作⟧</div>
<div class="la-pt">⟦m 砺岸公考论坛 › 申论写作 › 大作文打卡⟧</div>
<div class="la-post">
<div class="la-user">⟦m 二战不上岸不改名⟧ ⟦m 打卡 12 天 · 积分 318⟧</div>
<h1>{T}</h1>
<div class="la-time">⟦m 发表于 6 天前⟧</div>
<div class="la-msg">
{BODY}
</div>
<div class="la-rate">⟦m 批改评分：论点 8 / 论证 7 / 语言 8　参与 3 人⟧</div>
<div class="la-hide">⟦a 本帖隐藏了批改范文，回复后可见⟧</div>
<div class="la-qun">⟦w 砺岸申论互批群 QQ 692301847，入群请备注省份⟧</div>
</div>
<div class="la-ft">⟦d 本站帖子仅代表网友个人观点，备考资料请以官方公告为准⟧ ⟦m 砺岸公考论坛 冀ICP备19027716号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
汛期的安置点，夜色来得早。一顶帐篷、一盏灯，对转移出来的群众来说，是一夜安睡的底气。
一盏帐篷灯，照见的是应急准备的细致。过去一些安置点靠蜡烛照明，既不安全也不方便；如今不少地方提前储备锂电池帐篷灯，按帐篷数配发、按比例备用，体现的是“宁可备而不用，不可用时无备”的意识。
一盏帐篷灯，照见的是基层干部的担当。灯要有人发、要有人充电、要有人夜里巡查，这些琐碎的事，恰恰是基层应急工作的日常。把小事做细，群众才能睡得安稳。
一盏帐篷灯，也照见了制度的短板。有的地方灯发下去了，却没人管充电和回收，下次用时找不到、点不亮。应急物资的管理，需要从“有没有”转向“好不好用”。
灯虽小，光却暖。让每一盏帐篷灯都亮得起来、亮得长久，是基层应急治理应有的温度。
""",
    ),
    dict(
        slug="qingjiao-exam-forum-interview-eggslicer-junk",
        site="青椒上岸论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.qingjiaosa.com/bbs/thread-2210384-1-1.html",
        title="单位食堂用切蛋器处理鸡蛋后职工反映有蛋壳碎片，领导让你负责整改，你怎么做",
        record_title="【模考·统筹落实类】单位食堂用切蛋器处理鸡蛋后职工反映有蛋壳碎片，领导让你负责整改，你怎么做（带框架版） - 面试答题墙 - 青椒上岸论坛",
        date=None,
        notes="exam-forum answer in text with junk lines and junk glued after 。; floor lines; numbered steps; only relative times",
        page="""
!m 青椒上岸论坛　>　面试交流　>　结构化面试
!t 【模考·统筹落实类】单位食堂用切蛋器处理鸡蛋后职工反映有蛋壳碎片，领导让你负责整改，你怎么做（带框架版）
!m 楼主：拿下岗位的小青椒　发布于 2 周前　|　查看：2210　|　回复：19
{BODY}
!a 觉得有用就点个【有帮助】吧
!l 沙发　面霸养成中：第三步可以再具体一点，比如整改后怎么公开
!l 板凳　上岸吧少年：框架清楚，收藏了
!a 想看更多真题解析？回帖解锁本版精华合集
!m 青椒上岸论坛 · 面试版块 · 版主：阿轩
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题考的是组织管理能力，我按“了解情况、分步整改、长效管理”三步来答。
第一，先把情况摸清楚。我会到食堂查看切蛋器的使用过程，和厨工沟通，弄清蛋壳碎片是出在剥壳不净，还是切蛋器钢丝松动把碎壳带进了蛋片。同时听取反映问题职工的意见。
第二，分步整改。一是立即停用出问题的切蛋器，检查钢丝和底座，损坏的更换；二是调整操作流程，鸡蛋剥壳后先用清水冲洗、逐个检查，再上切蛋器；三是对厨工进行一次现场培训，明确谁操作、谁复核。
第三，建立长效机制。把小型厨具纳入食堂设备台账，每周检查一次；在食堂意见箱之外开通线上反馈渠道，职工有问题随时反映。整改完成后，我会把情况向领导汇报，并在职工群里公开整改结果。
以上是我的回答，谢谢考官。
""",
    ),
    dict(
        slug="xiaocan-blog-eggslicer-kindergarten-breakfast",
        site="小餐桌手记 (invented, Typecho-like blog)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://xiaocanzhuo.blog.example.cn/archives/416/",
        title="幼儿园早餐的鸡蛋，为什么要用切蛋器切成片",
        record_title="幼儿园早餐的鸡蛋，为什么要用切蛋器切成片 ♫ 小餐桌手记 · 一个保健医的厨房笔记",
        date="2024-04-17",
        notes="blog: the bracketed post time is the page's date; tag cloud, archive, calendar and comment form; a like prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>幼儿园早餐的鸡蛋，为什么要用切蛋器切成片 ♫ 小餐桌手记 · 一个保健医的厨房笔记</title>
<link rel="stylesheet" href="/usr/themes/paper/style.css">
<script src="/usr/themes/paper/js/prism.js"></script>
</head>
<body>
<header id="header">
<div class="site-name">⟦m 小餐桌手记⟧</div>
<div class="site-desc">⟦m 一个幼儿园保健医的厨房笔记⟧</div>
<nav>⟦m 首页 / 营养食谱 / 保育日常 / 关于我⟧</nav>
</header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m [2024-04-17 20:36] · 分类：保育日常 · 阅读 684⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：幼儿膳食, 早餐, 厨房工具⟧</div>
<div class="post-near">⟦l « 春天的野菜，孩子能吃吗⟧ ⟦l 幼儿园的蒜泥到底要不要放 »⟧</div>
</article>
<div id="comments">
<h3>⟦l 6 条评论⟧</h3>
<p>⟦l 豆豆妈：原来是这个原因，我家老人总说切了不好吃⟧</p>
<form>⟦a 称呼 邮箱 网址 提交评论⟧</form>
</div>
</div>
<aside id="secondary">
<h3>⟦l 标签云⟧</h3><p>⟦l 辅食 过敏 早餐 点心 食堂 保育⟧</p>
<h3>⟦l 归档⟧</h3><p>⟦l 2024年4月 (5) 2024年3月 (7) 2024年2月 (3)⟧</p>
<h3>⟦l 日历⟧</h3><p>⟦l 一 二 三 四 五 六 日⟧</p>
</aside>
<footer>⟦m © 2024 小餐桌手记 · Powered by Typecho⟧</footer>
</body>
</html>
""",
        body="""
常有家长问我：孩子在家都是整个剥着吃，幼儿园为什么要把鸡蛋切成片？今天就专门说一说。
第一是安全。小班孩子咀嚼和吞咽能力还弱，整个鸡蛋黄容易噎住。用切蛋器切成薄片，每片厚度差不多，孩子一口一片，吃得慢也吃得稳。
第二是分量均匀。我们按年龄段控制每人的鸡蛋量，切成片以后分餐更准确，不会出现有的孩子吃多、有的孩子没吃饱的情况。⟦a 觉得有用，点个♥吧⟧
第三是好看。蛋片摆在小米粥旁边，黄白分明，孩子们更愿意吃。
当然，切蛋器本身也要管好。我们园里的切蛋器每次用完都拆开清洗，每周检查一次钢丝有没有松动或生锈，发现问题马上换。工具干净，孩子们吃得才放心。
""",
    ),
    dict(
        slug="yiyu-blog-first-decanter-wrapped",
        site="一隅酒话 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://yiyu.blog.example.net/2024/10/first-decanter.html",
        title="我的第一只醒酒器",
        record_title="我的第一只醒酒器 ☕ 一隅酒话",
        date=None,
        notes="blog essay hard-wrapped at 64 columns; the only stamps are an update time in relative form and a year-and-season line; tags, prev/next and comments",
        page="""
!m 一隅酒话
!m 喝一点，写一点，慢一点
!m 首页　·　随笔　·　器物　·　留言本
{T}
!m 更新于 2 个月前　·　归类：器物　·　被看了 391 次
{BODY}
!l 标签：醒酒器 / 旧物 / 葡萄酒
!l ← 上一篇：秋天适合开一瓶什么酒
!l → 下一篇：酒柜里的温度计
!l 留言（2）　南方的雨：写得真好，想起我爸的酒壶
!a 写下你的留言……　［发送］
!m 一隅酒话 © 2019-2024　本站文字未经同意请勿转载
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
我的第一只醒酒器，是大学毕业那年在一家快要关门的杂货店里买的。玻璃不算厚，瓶口有一道细细的磨砂边，标价三十八块，老板看我犹豫，抹了零头收了三十。
那时候我其实不太懂酒，只觉得把红酒从瓶子里倒进一只宽肚子的玻璃器里，看着酒液慢慢铺开，是一件很郑重的事。后来才知道，醒酒器的用处是让酒和空气多接触，让闷在瓶里的香气散出来。
这只醒酒器跟着我搬了四次家。有一回搬家，纸箱被压扁，我以为它碎了，打开一看只是瓶口磕了个小缺口。我舍不得扔，用细砂纸把缺口磨平，一直用到现在。
如今家里添了更好看的醒酒器，可朋友来了，我还是习惯拿出这一只。酒是新的，器是旧的，倒酒的时候，好像也把这些年的日子一起倒了出来。
""",
    ),
    dict(
        slug="gaikou-anthology-memoir-garlicpress-gb2312",
        site="溉口闲笔 (invented, a retired cook's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.gaikouxianbi.com/wenji/juan2/p031.htm",
        title="父亲的铜压蒜器",
        record_title="父亲的铜压蒜器（《溉口闲笔》卷二·灶台篇之三）",
        date=None,
        notes="old gb2312 personal collection: a marquee, volume links, a visitor counter and the author's mailbox; a memoir with only a season-and-year line at the end; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的铜压蒜器（《溉口闲笔》卷二·灶台篇之三）</title>
<script language="JavaScript" src="counter.js"></script>
</head>
<body bgcolor="#FFFDF5">
<table width="760" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><marquee>⟦m 欢迎来到袁师傅的小站，这里记着一个老厨子半辈子的灶台事⟧</marquee></td></tr>
<tr><td align="center"><font size="5">⟦m 溉口闲笔⟧</font></td></tr>
<tr><td align="center">⟦m 卷一·码头篇 | 卷二·灶台篇 | 卷三·街坊篇 | 留言簿⟧</td></tr>
</table>
<table width="760" align="center" border="1" bordercolor="#E0D6C0" cellpadding="12" cellspacing="0">
<tr><td align="center"><font size="4">{T}</font></td></tr>
<tr><td align="center">⟦m 作者：袁德贵　　卷二·灶台篇之三　　本篇字数：约五百⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←灶台篇之二：那口铁锅　　目录　　灶台篇之四：年三十的蒸笼→⟧</td></tr>
</table>
<table width="760" align="center" border="0" cellpadding="6" cellspacing="0">
<tr><td align="center">⟦m 您是第 018273 位来访的朋友⟧</td></tr>
<tr><td align="center">⟦w 给老袁写信：yuandegui1951@example.net⟧</td></tr>
<tr><td align="center">⟦d 文章都是我自己写的，转载请告诉一声，不胜感激⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲当了一辈子厨子，家里的灶台上总摆着一只黄铜压蒜器。那是他年轻时在码头饭馆当学徒，师傅送的出师礼。
压蒜器不大，两片铜柄用一根铆钉连着，底下是一个小小的铜碗，碗底钻满了细孔。父亲压蒜有讲究，蒜瓣不剥皮，直接放进铜碗里一压，蒜泥从细孔里挤出来，蒜皮留在碗里，用筷子一挑就干净了。
小时候我最爱看父亲做蒜泥白肉。他左手按着压蒜器，右手往碗里添蒜，嘴里还哼着戏，一会儿工夫，雪白的蒜泥就堆成了小山。
后来饭馆拆了，父亲也老了，那只压蒜器被磨得发亮，铆钉松了又紧、紧了又松。父亲走的那年，我把它擦干净，收进了抽屉。如今我自己也退了休，偶尔拿出来压几瓣蒜，手上的分量，还和当年一样。
二〇二二年冬，于溉口
""",
    ),
    dict(
        slug="xunling-anthology-memoir-tentlamp-flood",
        site="岭上旧话 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://lingshangjiuhua.example.org/juan3/07.html",
        title="那年抗洪，帐篷里的一盏灯",
        record_title="《岭上旧话》第三辑·那年抗洪，帐篷里的一盏灯",
        date=None,
        notes="collection chapter in text: chapter links, counter and mailbox; a memoir without a date (a year inside the story only)",
        page="""
!m 岭上旧话 —— 一位老乡干部的文字
!m 第一辑 乡路　｜　第二辑 田埂　｜　第三辑 风雨　｜　给作者留言
!t 《岭上旧话》第三辑·那年抗洪，帐篷里的一盏灯
!m 作者：唐守义　　第三辑·风雨　第七篇
{BODY}
!l 上一篇：堤上的三天三夜　｜　回到本辑目录　｜　下一篇：水退以后
!m 本页访问人次：4102
!w 读者来信请寄：tangshouyi_xl@example.org
!d 本集文字系作者原创，如需转载，请先来信联系
""",
        indent="\u3000\u3000",
        body="""
那年夏天的大水，是我在乡里工作二十多年遇到的最大的一次。
村子被淹的第二天，县里送来了一批救灾帐篷，搭在中学的操场上。帐篷有了，可到了晚上，操场上黑漆漆一片，老人起夜找不到路，孩子们吓得直哭。
第三天傍晚，一辆卡车开进操场，卸下几箱帐篷灯。那时候的帐篷灯还是装干电池的，灯罩是白色的塑料，挂在帐篷顶上，亮光不算强，却把整顶帐篷照得暖洋洋的。
我负责给每顶帐篷发灯。走到最边上那顶，住着一位腿脚不便的孤寡老人。我把灯挂好，老人拉着我的手，半天说不出话，最后只说了一句：“亮了，就不怕了。”
后来水退了，帐篷拆了，那些灯也收回去了。可那句“亮了，就不怕了”，我一直记到今天。
""",
    ),
]
