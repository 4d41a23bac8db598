"""holdout302, part C: forums, county forums, exam forums, blogs and WeChat mirrors. Invented text
(places, people, sites, URLs, numbers); see ../README.md and ../build.py for the markup. Each case
written by hand."""

CASES = [
    dict(
        slug="forum-muzuojia-thread-diy-board-rack-jammer",
        site="木作家论坛 (invented, Discuz-like woodworking forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.muzuojia.com/thread-220719-1-1.html",
        title="用边角料做了个壁挂砧板架，晒一下过程",
        record_title=None,
        date=None,
        notes="no title in the record (thread subject); jammer-font junk glued and on a line; author card, "
        "rating row, signature; relative post time is no date",
        page="""
<html><head><meta charset="gbk"><title>用边角料做了个壁挂砧板架，晒一下过程 - 厨房小木作 - 木作家论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 木作家论坛⟧ <a>⟦a 注册⟧</a> <a>⟦a 登录⟧</a></div>
<div id="pt">⟦m 木作家论坛 › 作品展示 › 厨房小木作⟧</div>
<div class="ts"><h1><span id="thread_subject">{T}</span></h1> <a>⟦a [复制帖子链接]⟧</a></div>
<table><tr><td class="pls"><div>⟦m 榫头老周⟧</div><p>⟦m 主题 23　帖子 388　积分 2140⟧</p><p>⟦m 木匠等级：三级木工⟧</p></td>
<td class="plc"><div class="authi">⟦m 发表于 6 天前⟧　<a>⟦a 只看楼主⟧</a></div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与人数 5　木币 +12　收起 理由⟧</div>
<div class="sign">⟦l 一刨一凿皆是修行——榫头老周⟧</div>
<div class="po">⟦a 回复　点评　引用本楼　举报⟧</div></td></tr></table>
<div class="pgs">⟦l 下一主题：新手求问：砂纸目数怎么选⟧</div>
<div id="f_pst">⟦a 登录木作家后才能参与讨论，还没有账号？立即注册⟧</div>
<div id="ft">⟦m 木作家论坛 ( 闽ICP备19040322号 )⟧ ⟦m Powered by Discuz! X3.5 · 页面执行 0.0412 秒⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里厨房台面小，三块砧板一直靠墙立着，老婆说底下老是湿的，容易长霉。上个月做柜子剩了几块白橡木边角料，干脆自己动手做了个壁挂砧板架。
尺寸是照着家里砧板量的：宽42厘米，三层，每层之间留8厘米的缝，砧板竖着插进去，底下不挨托板，水能直接滴到下面的接水盘里。
榫卯用的是最简单的半搭接，没用一颗钉子。表面刷了两遍食品级木蜡油，晾了三天才装上墙。
用了二十来天，砧板背面干爽多了，台面也腾出一大块地方。唯一的问题是接水盘有点浅，打算再换个深一点的。
有兴趣的朋友可以参考，图纸我整理好了再发上来。
""",
    ),
    dict(
        slug="forum-nuanqin-help-fitted-sheet-shrinks-junk",
        site="暖衾家纺论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.nuanqinjf.com/t/58130.html",
        title="床笠洗了几次就套不上床垫了，怎么办？",
        record_title="【求助帖】床笠洗了几次就套不上床垫了，怎么办？（已解决）_居家布艺版_暖衾家纺论坛",
        date=None,
        notes="forum help thread: junk lines and junk glued after 。; 'yesterday' post time is no date; replies "
        "below the post",
        page="""
!m 暖衾家纺论坛 — 一起把家过暖
!m 首页 › 居家布艺 › 帖子详情
!t 【求助帖】床笠洗了几次就套不上床垫了，怎么办？（已解决）
!m 楼主：棉花糖不甜　｜　发表于 昨天 22:18　｜　查看 1904　回复 37
{BODY}
!a 回复本帖　　收藏　　举报
!l 2楼　布艺达人阿宁：纯棉的第一次洗最好用冷水手洗，别用热水。
!l 3楼　棉花糖不甜：谢谢，我试试。
!l 推荐阅读：四件套怎么选面料｜夏天凉席和薄被怎么搭
!m 暖衾家纺论坛　浙ICP备20015537号
""",
        junk=dict(lines=2, glued=3),
        body="""
去年双十一买了两条纯棉床笠，标的是150×200×30厘米，刚买来的时候套我家床垫正好。
可是洗了三四次以后，四个角越来越紧，现在要两个人一起拽才能套上，套上去床垫边都被勒弯了。我都是用洗衣机常规模式洗的，洗完挂在阳台晒，没有用烘干机。
问了客服，客服说纯棉的缩水正常，让我买的时候选大一号。可是大一号的刚买来肯定又松。
想问问各位：是我洗的方法不对，还是这个床笠本身质量有问题？已经缩了的还有办法拉回来吗？
""",
    ),
    dict(
        slug="localforum-tiaoxi-thread-trouser-rack-mender-jammer",
        site="岧溪论坛 (invented county forum of 岧溪生活网)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tiaoxi.cc/thread-93377-1-1.html",
        title="菜市场门口修裤架的老爷子，你们见过吗",
        record_title=None,
        date=None,
        notes="no title in the record (thread subject); county forum: weather line, medals, a decoration ad "
        "with QQ, a refer-to-department link; jammer-font junk; relative time no date",
        page="""
<html><head><meta charset="utf-8"><title>菜市场门口修裤架的老爷子，你们见过吗 - 岧溪杂谈 - 岧溪论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div class="top">⟦m 岧溪生活网⟧ <span>⟦m 今日岧溪：阵雨　22~29℃⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="nav">⟦m 岧溪论坛 › 岧溪杂谈⟧</div>
<div class="thread"><h1 id="thread_subject">{T}</h1>
<div class="pi">⟦m 楼主 溪边的老猫　发表于 前天 07:52⟧</div>
<div class="medal">⟦m 勋章：热心市民 · 论坛元老⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="adv">⟦w 岧溪装修找匠心家装，免费上门量房，QQ 3381027745⟧</div>
<div class="po">⟦a 点赞　转交有关部门　举报⟧</div>
<div class="reply"><p>⟦l 沙发 岧溪小吃货：见过见过，修得可好了⟧</p><p>⟦l 板凳 路人丙：明天拿我家的破裤架去试试⟧</p></div>
</div>
<div class="ft">⟦m 岧溪生活网 版权所有　论坛客服：0734-7251188⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
每天早上去岧溪菜市场买菜，总能看到门口台阶边坐着一位老爷子，面前摆着一堆旧裤架，有木头的、有铁丝的，还有几个塑料夹子。
上周我家一个裤架的夹子弹簧断了，本想扔掉，顺手拿去问了问。老爷子二话不说，找了根弹簧换上，又把松了的挂钩用钳子拧紧，前后不到五分钟，只收了两块钱。
跟他聊了几句才知道，他以前是县五金厂的钳工，退休后闲不住，就在这儿帮人修修补补，修裤架、修雨伞、配钥匙都行。
现在东西坏了大家都是直接买新的，像这样的手艺人越来越少了。哪天大家路过，有坏了的裤架不妨拿去给他看看。
""",
    ),
    dict(
        slug="localforum-fengshui-post-old-quilts-collection-junk",
        site="沨水百晓生论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.fsbaixiaosheng.com/linli/20250713/4471.html",
        title="家里闲置的凉被别扔，沨桥街道有个旧物回收点",
        record_title="【热心分享】家里闲置的凉被别扔，沨桥街道有个旧物回收点 - 沨水百晓生",
        date=None,
        notes="county forum post: junk line and glued junk, an 'edited' stamp, replies, an ad-slot phone; "
        "relative times are no dates",
        page="""
!m 沨水百晓生论坛　本地人的网上家园
!m 首页 › 邻里互助 › 正文
!t 【热心分享】家里闲置的凉被别扔，沨桥街道有个旧物回收点
!m 作者：桥头晒太阳　发表于 3 天前　查看：761　回复：12
!m 本帖由 桥头晒太阳 于 3 天前 修改过
{BODY}
!a 赞一个（46）　　分享　　回复
!l 沙发　沨水老街坊：好事，我家也有两条
!l 板凳　小鱼儿：请问周日开门吗？
!w 百晓生广告位招租，联系电话 0739-6810077
!m 沨水百晓生论坛 © 2025
""",
        junk=dict(lines=1, glued=3),
        body="""
这两天收拾衣柜，翻出三条孩子小时候盖的凉被，还挺新的，扔了可惜。
打听了一下，沨桥街道浡园社区党群服务中心门口有个旧物回收点，凉被、毛毯、旧衣服都收。工作人员说，干净完好的凉被会消毒后送给敬老院和外来务工人员，破旧的就统一送去做再生棉。
我昨天下午送过去，登记了一下，还送了我一小包洗衣粉。
提醒大家，送之前最好先洗干净晾干，用袋子装好。回收点周一到周六开放，中午休息。有需要的邻居可以去看看。
""",
    ),
    dict(
        slug="examforum-shangan-essay-rag-rack-governance",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shangan-yz.com/forum.php?mod=viewthread&tid=318822",
        title="从一个抹布架看基层治理的“小切口”",
        record_title="【申论小作文】从一个抹布架看基层治理的“小切口”（欢迎挑刺）- 申论批改区 - 上岸驿站",
        date=None,
        notes="exam forum: reply-to-see prompt between paragraphs, QQ-group ad, rating row, signature; an "
        "essay without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【申论小作文】从一个抹布架看基层治理的“小切口”（欢迎挑刺）- 申论批改区 - 上岸驿站</title></head><body>
<div class="hd">⟦m 上岸驿站论坛⟧ <span>⟦m 陪你走完备考最后一公里⟧</span> <a>⟦a 签到领金币⟧</a></div>
<div class="pt">⟦m 上岸驿站 › 申论专区 › 申论批改区⟧</div>
<div class="post"><h1>⟦t 【申论小作文】从一个抹布架看基层治理的“小切口”（欢迎挑刺）⟧</h1>
<div class="authi">⟦m 楼主：晨读打卡第87天　发表于 5 天前　阅读 1240　回复 26⟧</div>
<div class="t_f">
<p>{T}</p>
{BODY}
</div>
<div class="rate">⟦l 评分　金币 +8　热心 +2　“结构清楚，结尾可以再升华”⟧</div>
<div class="sign">⟦l 不上岸，不改签名⟧</div>
</div>
<div class="qqad">⟦w 申论互批群 7730 12598（进群备注：驿站）⟧</div>
<div class="reply-box">⟦a 发表回复前请先阅读本区版规⟧</div>
<div class="ft">⟦m 上岸驿站 shangan-yz.com　鲁ICP备22038814号⟧</div>
</body></html>
""",
        body="""
前不久，某社区的共享厨房装上了两组抹布架，每个挂钩贴上门牌号，一户一钩。这件小事，在居民中却引起了不小的反响。
一个抹布架，解决的是抹布乱搭、互相混用的老问题。过去，居民为此没少闹矛盾，社区调解了好几次都没能根治。这次社区没有简单地“一贴了之”，而是先开议事会，听大家怎么说，再定规矩、装架子，最后由楼栋长监督落实。
⟦a 本帖后附批改意见，回复本帖后才能看到⟧
基层治理，往往不在于宏大的口号，而在于能不能从群众身边的小事入手。小切口里有大民生，把抹布架这样的小事办好了，群众才会相信干部能把大事办好。
当然，小切口也要防止形式主义。装了架子没人管理，立了公约没人执行，再好的举措也会落空。
""",
    ),
    dict(
        slug="examforum-mianba-interview-board-rack-mould-junk",
        site="面霸公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.mianbagk.com/mianshi/t-77120.html",
        title="群众反映机关食堂砧板架发霉，领导让你处理，你怎么做？",
        record_title="〔应急应变·结构化题〕群众反映机关食堂砧板架发霉，领导让你处理，你怎么做？ - 面试交流 - 面霸公考社区",
        date=None,
        notes="exam forum: an interview answer with junk lines and glued junk, a like row, a mock-interview "
        "WeChat ad; relative time no date",
        page="""
!m 面霸公考社区 · 面试交流
!t 〔应急应变·结构化题〕群众反映机关食堂砧板架发霉，领导让你处理，你怎么做？
!m 楼主 冲鸭上岸2025　发表于 2 小时前　阅读 533
{BODY}
!a 觉得有用就点个赞吧　👍 28
!l 1楼 考神附体：第三点可以再展开，说说怎么监督
!l 2楼 冲鸭上岸2025：收到，谢谢
!w 面试一对一模考，加微信 mianba_kf09
!m 面霸公考社区　mianbagk.com
""",
        junk=dict(lines=2, glued=2),
        body="""
我的作答思路如下，请各位考友指点。
食堂卫生关系到每位干部职工的身体健康，群众反映的问题必须马上处理。我会这样做：
第一，立即核实。我会第一时间到食堂后厨查看，对发霉的砧板架拍照留存，弄清发霉的原因，是材质问题、摆放位置潮湿，还是日常清洁不到位。
第二，马上整改。请食堂负责人立即撤下发霉的砧板架，对砧板全部清洗消毒；同时联系采购不锈钢砧板架，新架子到位前先把砧板放在通风处晾干。
第三，建章立制。和食堂一起制定砧板架每日清洁、每周检查的制度，安排专人负责。
第四，及时反馈。把处理情况向领导汇报，并向反映问题的同志说明整改结果，欢迎大家继续监督。
""",
    ),
    dict(
        slug="blog-atang-post-fitted-sheets-thick-mattress-list",
        site="阿棠的家居手帐 (invented WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://atang-home.blog/2025/03/22/fitted-sheet/",
        title="给老式厚床垫挑床笠，我踩过的三个坑",
        record_title="【收纳日记】给老式厚床垫挑床笠，我踩过的三个坑 ｜ 阿棠的家居手帐",
        date="2025-03-22",
        notes="blog: bracketed post time as the page's date, calendar widget, tag cloud, archive, comment form; "
        "numbered list 1.–3.",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>【收纳日记】给老式厚床垫挑床笠，我踩过的三个坑 ｜ 阿棠的家居手帐</title>
<link rel="stylesheet" href="/wp-content/themes/tiny/style.css"></head><body class="single">
<header><div class="site-title">⟦m 阿棠的家居手帐⟧</div><div class="site-desc">⟦m 把小日子过得有条有理⟧</div>
<nav>⟦m 首页⟧ ⟦m 收纳⟧ ⟦m 好物⟧ ⟦m 关于阿棠⟧</nav></header>
<main><article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m ［2025-03-22 21:40］　阿棠　分类：收纳日记⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：床笠 / 床垫 / 踩坑记录⟧</footer>
</article>
<nav class="post-nav"><p>⟦l ← 小户型玄关收纳的五个办法⟧</p><p>⟦l 换季被子怎么收才不占地方 →⟧</p></nav>
<section class="comments"><h3>⟦l 4 条留言⟧</h3><p>⟦l 小满：我家床垫也是30厘米，求链接！⟧</p>
<form>⟦a 发表留言（邮箱不会被公开）⟧ <button>⟦a 提交留言⟧</button></form></section></main>
<aside><div class="widget">⟦l 2025年3月　一 二 三 四 五 六 日⟧</div>
<div class="widget">⟦l 标签云：收纳 床品 厨房 旧物改造 清洁⟧</div>
<div class="widget">⟦l 文章归档：2025年3月 (6)　2025年2月 (4)　2025年1月 (7)⟧</div></aside>
<footer class="site-footer">⟦m © 2025 阿棠的家居手帐 · 自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
家里那张床垫是十年前买的老式弹簧垫，足足有28厘米厚。前阵子想把床单换成床笠，没想到连买了三次才买对。把踩过的坑记下来，给同样情况的朋友参考。
1.只看长宽，不看高度。第一次买的床笠标着“150×200”，到手一套，四个角只能包住床垫上沿，一翻身就弹开。后来才知道，床笠还要看高度，厚床垫至少要选30厘米以上的。
2.松紧带太细。第二次买的高度够了，但四周只有一圈细松紧带，用了一个月就松了。现在我只买四周全包松紧、四个角额外加固的。
3.面料不耐洗。有一条磨毛的床笠，洗了两次就起球。纯棉或天丝的会好很多。
买对以后，铺床真是省事多了。
""",
    ),
    dict(
        slug="blog-jiaochuang-essay-grandma-summer-quilt-wrapped-54",
        site="蕉窗小记 (invented personal blog, Typecho-like)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://jiaochuang.me/archives/312/",
        title="外婆缝的那条凉被",
        record_title="【老屋旧事】外婆缝的那条凉被 — 蕉窗小记",
        date=None,
        notes="memoir hard-wrapped at 54 columns; dated only by a 写于 line with a cyclical year (no date); "
        "comment below",
        page="""
!m 蕉窗小记 · 一个人的慢生活
!m 首页 | 随笔 | 读书 | 关于
!t 【老屋旧事】外婆缝的那条凉被
!m 分类：随笔　｜　阅读(208)　｜　评论(6)
{BODY}
!a 喜欢这篇就收藏一下吧
!l « 上一篇：老屋门前的丝瓜架
!l » 下一篇：端午的艾草
!l 最新评论
!l 山茶：看哭了，我外婆也有一条这样的被子。
!m 蕉窗小记 © 2016-2025 · 由 Typecho 驱动
""",
        indent="\u3000\u3000",
        wrap=54,
        body="""
小时候每到夏天，外婆都会从樟木箱底翻出一条凉被。那是她用两层旧的确良布缝起来的，中间絮了薄薄一层棉花，被面上是洗得发白的蓝色小碎花。
那条凉被很轻，盖在身上凉凉的。午睡的时候，外婆坐在床边摇着蒲扇，我就缩在凉被里数房梁上的燕子窝。
后来我去城里念书，外婆每年入夏前都会把凉被拆洗一遍，晒得满是太阳的味道，托人捎给我。她说城里热，这个比空调好。
外婆走了好几年了。前些天收拾老屋，那条凉被还叠在箱子里，碎花已经看不太清，针脚却还是密密的。我把它带回了家，洗干净，铺在了女儿的小床上。
写于乙巳年小暑
""",
    ),
    dict(
        slug="wxmirror-haowen-hotel-trouser-hangers-h1",
        site="号文存档馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.haowencd.com/a/qiyunjd/20250516/8827103.html",
        title="酒店衣柜里的裤架，其实是这样用的",
        record_title=None,
        date="2025-05-16",
        notes="no title in the record (found in the <h1>); WeChat mirror: 原创 tag, account line as the page's "
        "date, follow prompt glued before the salutation, 阅读原文/在看 row, QR follow line, the mirror's "
        "archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>号文存档馆</title>
<meta property="og:site_name" content="号文存档馆"></head><body>
<div class="mirror-top">⟦m 号文存档馆 · 公众号文章备份⟧ <a>⟦a 搜索公众号⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 栖云酒店生活⟧ ⟦m 2025年5月16日 18:30⟧ ⟦m 湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧　⟦a 分享　收藏　点赞 52　在看 17⟧</div>
<div class="qr">⟦a 长按识别二维码，关注栖云酒店生活⟧</div>
</div>
<div class="mirror-note">⟦d 本页为号文存档馆自动备份，内容版权归原公众号所有，如需删除请联系我们。⟧</div>
<div class="mirror-more"><h4>⟦l 本号其他文章⟧</h4><p>⟦l 入住时记得看看这张卡片⟧</p><p>⟦l 客房里的拖鞋能带走吗？⟧</p></div>
</body></html>
""",
        p_html="<section><p>{}</p></section>",
        body="""
⟦a 点击上方蓝字「栖云酒店生活」关注我们⟧亲爱的住客朋友：
很多客人问我们，酒店衣柜里那种带两个夹子的架子怎么用？它就是裤架，专门用来挂裤子和半身裙。
正确的用法是：把裤子沿裤线对折，让裤腰朝下、裤脚朝上，用两个夹子夹住裤脚，再挂回衣柜。这样挂一晚上，靠裤子自身的重量就能把褶皱拉平，第二天穿出门也是笔挺的。
如果是西裤，夹子最好夹在裤脚折边上，不容易留下夹痕；如果是针织面料，建议对折后直接搭在横杆上，避免被夹子拉变形。
需要更多裤架的客人，可以拨打客房中心电话，我们会尽快为您送到房间。
""",
    ),
    dict(
        slug="wxmirror-weiwencang-cdc-rag-rack-placement",
        site="微文仓 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://weiwencang.net/jkjianchuan/2025-06-06-1.html",
        title="抹布架装在哪儿，抹布才干得快？",
        record_title="抹布架装在哪儿，抹布才干得快？ · 健康洊川（公众号备份）- 微文仓",
        date="2025-06-06",
        notes="WeChat mirror: account line as the page's date; '关注…公众号，回复…' as content in the last "
        "paragraph; 阅读原文/在看 row and the mirror's note",
        page="""
!m 微文仓 — 好文章不怕删
!m 公众号：健康洊川　ID：jkjianchuan
!t 抹布架装在哪儿，抹布才干得快？
!m 健康洊川　2025-06-06 17:02
{BODY}
!a 阅读原文　　在看　　👍 赞 63
!m 文章来源：健康洊川（洊川县疾病预防控制中心）
!d 微文仓仅作备份与检索之用，文章版权归原作者所有，如需删除请留言。
!l 该号近期文章：夏季预防细菌性痢疾｜家里的冰箱多久清理一次
""",
        body="""
不少家庭的抹布是湿漉漉地搭在水龙头上，或者揉成一团扔在水槽边。县疾控中心的工作人员提醒，潮湿的抹布是细菌繁殖的“温床”，挂的位置选对了，抹布干得快，细菌也少。
一是挂在通风处。抹布架最好装在窗边或抽油烟机旁通风的位置，不要装在水槽下方的橱柜里。
二是挂开不叠放。几块抹布要分开挂，挂钩之间留出距离，不要几块叠在一起。
三是离灶台远一点。抹布架离燃气灶至少50厘米，防止抹布被火烤着。
另外，抹布要勤换。关注“健康洊川”公众号，回复“抹布”，可以看到抹布清洗消毒的小视频。
""",
    ),
]
