"""holdout237, part C: hobby forums, county forums, exam forums, blogs and personal collections.
Every page, site, place, person and number is invented."""

CASES = [
    dict(
        slug="forum-diaoqu-cast-net-mending-jammer",
        site="钓趣天地论坛 (invented, Discuz-like anglers' forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.diaoqutd.com/thread-284117-1-1.html",
        title="旧手抛网补网心得，新手少走弯路",
        record_title="[渔具DIY] 旧手抛网补网心得，新手少走弯路 - 网具交流 - 钓趣天地论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts as lines and glued after a 。, rating row, signature, replies; "
        "posted 昨天 (relative): no date; a closing-season reminder stays in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[渔具DIY] 旧手抛网补网心得，新手少走弯路 - 网具交流 - 钓趣天地论坛 - Powered by Discuz!</title>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="toptb">⟦m 钓趣天地论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册钓友账号⟧</a></div>
<div id="pt">⟦m 钓趣天地论坛 › 钓具装备 › 网具交流 › 查看帖子⟧</div>
<div class="ts"><h1><span>⟦m [渔具DIY]⟧</span> <span id="thread_subject">{T}</span></h1></div>
<table class="plhin">
<tr><td class="pls">
<div class="authi">⟦m 艄公老陈⟧</div>
<p>⟦m 钓龄 12 年　积分 3306　鱼币 481⟧</p>
<p>⟦m 勋章：🎣 野钓达人⟧</p>
</td>
<td class="plc">
<div class="pi">⟦m 楼主　发表于 昨天 21:14　|　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_9912031">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 3　鱼币 +12　收起 理由：经验实用⟧</div>
<div class="sign">⟦m ——— 钓鱼不在鱼，在于山水之间 ———⟧</div>
<div class="po">⟦a 回复　引用　点赞 28　收藏本帖⟧</div>
</td></tr>
</table>
<div class="reply">⟦l 沙发　水边等风来：学到了，网目板用竹片这招好⟧</div>
<div class="reply">⟦l 板凳　老谢钓鲫鱼：补网的线哪里买？⟧</div>
<div id="fastpost">⟦a 发表回复需先登录，还没有账号？马上入伙⟧</div>
<div id="ft">⟦m 钓趣天地论坛 ( 赣ICP备20008214号 )⟧　⟦m GMT+8, 2024-6-18 09:02⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里那张手抛网用了五六年，底边破了好几个洞，拿去渔具店补一次要四十块，索性自己动手。折腾了两个晚上，总结几点经验给新手参考。
一是先把网洗干净晾干，不然尼龙线发滑，打结容易松。
二是用网梭绕线，线的粗细要和原网一致，我用的是0.25的尼龙单丝。
三是补洞要从破口上方完整的网目开始，按原来的网目大小一个个结下去，用一根竹片当网目板，大小就不会跑偏。
四是补完以后在水里泡一会再拉一拉，检查结头有没有滑动。
顺便提醒一句，咱们这边河段3月到6月禁渔，补好的网先收着，别急着下水。
""",
    ),
    dict(
        slug="forum-guangquan-selfie-sticks-review-junk",
        site="光圈社区 (invented photography forum, text)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.guangquan.club/t/73019",
        title="三款带三脚架的自拍杆用了半年，说说真实感受",
        record_title="[器材横评] 三款带三脚架的自拍杆用了半年，说说真实感受 - 手机摄影版 - 光圈社区",
        date=None,
        notes="forum text with anti-scraping junk lines and glued junk; posted 3 天前: no date; replies below",
        page="""
!m 光圈社区 › 手机摄影版
!t [器材横评] 三款带三脚架的自拍杆用了半年，说说真实感受
!m 楼主：快门慢半拍　|　3 天前　|　查看 2093　回复 17
!a 只看楼主　|　倒序看帖　|　收藏
{BODY}
!m 本帖被 2 人推荐
!l 2# 阿廖：最贵那根是不是某宝上那个？链接发一下
!l 3# 晴天拍拍：同感，遥控器的电池真是太费了
!a 回帖请先登录，登录后可见全部回复
!m 光圈社区 guangquan.club　粤ICP备19083372号
""",
        junk=dict(lines=2, glued=2),
        body="""
去年买了三根自拍杆，都带三脚架功能，价格从六十多到两百出头，用了大半年，说说感受。
最便宜的那根铝合金杆最轻，放包里没感觉，但三脚架腿太短，风大一点就晃。
中间价位的那根有蓝牙遥控，拍合照很方便，缺点是遥控器电池半个月就得换。
最贵的带稳定器，走路拍视频确实稳，可是折叠后有四十厘米长，出去玩嫌占地方。
我的建议是：主要拍合照的买带遥控的就够了，想拍视频再考虑带稳定器的。另外，景区很多地方现在不让用长杆，买之前最好看看伸缩长度。
""",
    ),
    dict(
        slug="localforum-liuchuan-selfie-stick-power-line-no-title",
        site="罶川百事通论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.lcbaishitong.com/forum.php?mod=viewthread&tid=1190427",
        title="提醒大家：簖溪河堤高压线下别举自拍杆拍照",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject is the title; weather line, medals, jammer fonts, a "
        "decoration ad between paragraphs, an official-reply link; posted 3 小时前: no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>罶川百事通论坛 - 罶川人自己的网上家园</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="hd">⟦m 罶川百事通论坛⟧ <span>⟦m 今日罶川：多云 24～31℃⟧</span> <a>⟦a 坛友登录⟧</a> <a>⟦a 新人报到⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 罶川杂谈⟧ ⟦m 曝光台⟧ ⟦m 二手市场⟧ ⟦m 招聘求职⟧</div>
<div class="pt">⟦m 罶川百事通论坛 › 罶川杂谈 › 正文⟧</div>
<div class="thread">
<h1 id="thread_subject">{T}</h1>
<div class="author">⟦m 簖溪边的风⟧ <span>⟦m 勋章：热心市民 · 老坛友⟧</span></div>
<div class="ptime">⟦m 发表于 3 小时前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official"><a>⟦l 转交相关部门 ▸ 查看官方回复⟧</a></div>
<div class="po">⟦a 支持　反对　举报　分享⟧</div>
</div>
<div class="reply">⟦l 2楼　滘河钓叟：确实，那个牌子被柳树挡得严严实实⟧</div>
<div class="ad">⟦w 论坛广告位招租　联系QQ：2095 7730 41⟧</div>
<div class="ft">⟦m 罶川百事通论坛　湘ICP备16020918号-1⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
昨天傍晚去簖溪河堤散步，看到几个年轻人在高压线塔下面举着金属自拍杆拍晚霞，杆子伸得老长，离电线也就两三米。
我当时赶紧过去提醒，其中一个小伙子还不以为然，说没碰到就没事。后来我问了在供电所上班的亲戚，他说高压线周围几米内都可能放电，金属杆子根本不用碰到，靠近了就可能出事。
⟦w 【广告】罶川好家装　全包装修　咨询微信 lcjz_2024⟧
河堤那一段本来就立着“高压危险”的牌子，就是被树挡住了不太显眼。已经打了12345反映，希望能把牌子挪一挪。
大家出去玩拍照注意安全，家里有孩子的也跟孩子说说。
""",
    ),
    dict(
        slug="localforum-gouxi-abandoned-nets-old-wharf-junk",
        site="笱溪论坛 (invented county forum, text)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.gouxi.net/thread-55820-1-1.html",
        title="埒头镇老码头河里一堆烂渔网，有没有人管管？",
        record_title="[身边事] 埒头镇老码头河里一堆烂渔网，有没有人管管？（有图有真相） - 民生热线 - 笱溪论坛",
        date=None,
        notes="county forum text with junk lines and glued junk; moderator's and replies' lines; posted 昨天: no date",
        page="""
!m 笱溪论坛 - 笱溪人的网上客厅
!m 笱溪论坛 » 民生热线 » 帖子详情
!t [身边事] 埒头镇老码头河里一堆烂渔网，有没有人管管？（有图有真相）
!m 埒头老街坊　发表于 昨天 17:40　浏览 1360　回复 24
{BODY}
!m [图片] [图片] [图片]
!l 版主回复：已转镇政府和县渔政站，有结果会在帖内答复。
!l 沙发 码头长大的：小时候还在那儿游泳，现在下不去了
!l 板凳 吃瓜的猫：顶，希望早点清理
!a 快速回复　|　高级回复　|　上传图片
!m Powered by Discuz!　笱溪论坛　湘ICP备14006071号
""",
        junk=dict(lines=1, glued=2),
        body="""
这几天水位下降，埒头镇老码头下面露出来一大堆烂渔网，缠着塑料瓶、树枝，臭得不行。
听老人说这都是前几年禁渔以前留下的，有的网沉在水底好几年了。前天还看到一只白鹭腿被网线缠住，扑腾了半天，幸好被路过的人剪开了。
这种烂网不光难看，还会缠住螺旋桨，夏天孩子下河游泳也危险。
希望镇里或者渔政的同志来看看，组织清理一下。我们几个住在附近的居民也愿意出力，自带剪刀和编织袋都行。
""",
    ),
    dict(
        slug="examforum-shanganhao-essay-fishing-nets-jammer",
        site="上岸号公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganhao.com/thread-418802-1-1.html",
        title="收起“绝户网”，留住一江春水",
        record_title="[作文互评] 收起“绝户网”，留住一江春水（求各位老师指正） - 申论交流区 - 上岸号公考论坛",
        date=None,
        notes="exam forum: jammer fonts, a reply-to-see prompt, a QQ-group ad line between paragraphs, rating row; "
        "an essay has no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[作文互评] 收起“绝户网”，留住一江春水（求各位老师指正） - 申论交流区 - 上岸号公考论坛</title>
<style>font.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div class="top">⟦m 上岸号公考论坛 · 一起上岸⟧ <a>⟦a 签到领积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 上岸号 › 申论交流区 › 大作文⟧</div>
<div class="thread-title">⟦t [作文互评] 收起“绝户网”，留住一江春水（求各位老师指正）⟧</div>
<div class="post">
<div class="poster">⟦m 备考第二年的阿禾　发表于 4 天前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide-box">⟦a 本帖隐藏了参考范文，回复后刷新可见⟧</div>
<div class="rate">⟦l 评分人数 5　积分 +15　“结构清楚，论证可以再展开”⟧</div>
</div>
<div class="replies">⟦l 1# 申论搬砖人：分论点并列得不错，结尾再升华一下⟧</div>
<div class="ft">⟦m 上岸号公考论坛　京ICP备21034517号-2⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
“竭泽而渔，岂不获得？而明年无鱼。”两千多年前的古训，今天读来依然警醒。
曾几何时，网目只有几毫米的“绝户网”在一些河湖里横行，大鱼小鱼一网打尽，鱼苗鱼卵也难逃劫数。渔获越来越少，网眼就越织越密，陷入了恶性循环。
⟦w 申论批改群：QQ群 58310 2764，每晚八点老师在线⟧
收起“绝户网”，需要制度的刚性。禁渔期、禁渔区、网目尺寸标准，每一条规定都要落到执法船上、落到码头上，让违规者付出代价。
收起“绝户网”，也需要生计的托底。退捕渔民放下渔网，要有新的饭碗。护渔员、生态养殖、渔家乐，让他们从“捕鱼人”变成“护鱼人”。
收起“绝户网”，更需要观念的转变。保护一江春水，就是保护我们自己的饭碗和子孙的未来。
一张网的收起，换来的是一条江的新生。
""",
    ),
    dict(
        slug="examforum-gongkaoyizhan-interview-glasses-case-junk",
        site="公考驿站 (invented exam forum, text)",
        style="公考论坛",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.gkyizhan.com/bbs/topic/66201",
        title="监考时发现考生桌上的眼镜盒，你怎么处理？",
        record_title="【每日一题·结构化】监考时发现考生桌上的眼镜盒，你怎么处理？（附个人答题稿）- 面试交流 - 公考驿站",
        date=None,
        notes="exam-forum interview answer with junk lines and glued junk; a poster's 'edited' aside; no date",
        page="""
!m 公考驿站 › 面试交流 › 结构化
!t 【每日一题·结构化】监考时发现考生桌上的眼镜盒，你怎么处理？（附个人答题稿）
!m 楼主 橘子上岸记　发表于 2 天前　阅读 744
!m 本帖最后由 橘子上岸记 于 2 天前 修改
{BODY}
!l 回复 1# 面霸小林：第二点可以补充一下跟考生的沟通话术
!l 回复 2# 今年必上岸：收藏了，明天练这题
!a 回复后可下载本题完整答题框架
!m 公考驿站　gkyizhan.com　鄂ICP备18011406号
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：你是一名考场监考员，开考后发现一名考生桌上放着一个眼镜盒，考场规定除文具外不得放置其他物品，你怎么处理？
我的作答思路如下：
首先，不声张、不影响其他考生。我会走到考生身边，轻声示意，请其把眼镜盒交由我检查。
其次，依规检查。如果盒内只有眼镜和眼镜布，我会把眼镜盒放到考场前方的物品存放处，需要时再来取；如果发现夹带纸条等，立即按违纪程序处理，并由两名监考员共同签字确认。
最后，总结改进。考后我会建议考务部门在考生须知中写明眼镜盒等物品的存放要求，开考前统一提醒。
以上是我的答案，请各位考友拍砖。
""",
    ),
    dict(
        slug="blog-liwan-old-glasses-cases-tag-cloud",
        site="沥湾慢生活 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://liwan-slowlife.blog/2024/02/18/old-glasses-cases/",
        title="收藏了二十年的老眼镜盒",
        record_title="收藏了二十年的老眼镜盒 | 沥湾慢生活 - 个人博客",
        date="2024-02-18",
        notes="blog: tag cloud, archive, comment form, a reward button; a bracketed post time is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>收藏了二十年的老眼镜盒 | 沥湾慢生活 - 个人博客</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css">
</head>
<body>
<header><a href="/">⟦m 沥湾慢生活⟧</a><p>⟦m 一个人，一座城，一些旧东西⟧</p></header>
<nav>⟦m 首页⟧ ⟦m 旧物⟧ ⟦m 读书⟧ ⟦m 关于我⟧</nav>
<main>
<article>
<h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m [2024-02-18 21:06] 分类：旧物 | 标签：眼镜盒, 收藏⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="reward">⟦a ☕ 请博主喝杯茶⟧</div>
<div class="post-nav">⟦l « 外婆的针线笸箩⟧ ⟦l 一把老算盘 »⟧</div>
</article>
<section class="comments">
<h3>⟦l 3 条评论⟧</h3>
<p>⟦l 小满：铁皮那个太有年代感了，我爷爷也有一个⟧</p>
<p>⟦l 阿木：弹簧盒！小时候玩坏了好几个⟧</p>
<form>⟦l 发表评论　昵称（必填）　邮箱（不公开）⟧</form>
</section>
</main>
<aside>
<h4>⟦l 标签云⟧</h4>
<p>⟦l 旧物 读书 老街 手艺 家人 散步⟧</p>
<h4>⟦l 文章归档⟧</h4>
<p>⟦l 2024年2月 (4)⟧</p>
<p>⟦l 2024年1月 (6)⟧</p>
</aside>
<footer>⟦m © 沥湾慢生活 · 自豪地采用 WordPress⟧</footer>
</body>
</html>
""",
        body="""
书柜最下面一层，放着我收了二十年的眼镜盒，一共四十七个。
最早的一个是外公留下的，铁皮做的，外面包着一层已经发硬的黑色人造革，盖子上印着“滧港眼镜行”五个小字。外公戴了一辈子老花镜，盒子边角磨得发亮。
后来在旧货市场陆续淘到一些：有木头的，有牛皮的，还有一个八十年代的塑料弹簧盒，一按就“啪”地弹开，小时候我最爱玩这种。
现在的眼镜盒大多是批量生产的，轻便结实，但少了点味道。老盒子里装着的，不只是眼镜，还有一个人看世界的那些年。
有空的时候，我会把它们一个个擦干净，换上新的绒布，再摆回书柜。
""",
    ),
    dict(
        slug="blog-baiyi-nurse-first-protective-suit-wrapped-no-title",
        site="白衣小记 (invented nurse's blog, text)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://baiyixiaoji.blog.cn/post/20240305/1187.html",
        title="第一次穿防护服进隔离病房",
        record_title=None,
        date="2024-03-05",
        notes="no title in the record: the page's title line is the title; hard-wrapped at 54 columns; "
        "the 发表于 line is the page's date; a visit counter and comment box",
        page="""
!m 白衣小记 — 一名护士的值班日志
!m 首页 | 护理笔记 | 读书 | 留言板
{T}
!m 发表于 2024-03-05 23:18　|　分类：护理笔记　|　阅读(312)　评论(9)
{BODY}
!a 觉得有用就点个赞吧 👍
!l 上一篇：夜班护士的一碗泡面
!l 下一篇：给新护士的五条建议
!l 最新评论：小护士阿敏 — 看哭了，我第一次也是默写流程
!m 白衣小记 © 2024　访问量：28361
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
工作第二年的冬天，我第一次穿上防护服走进隔离病房。
护士长带着我在缓冲间一步一步地穿：手卫生、戴帽子、戴N95口罩、做密合性测试、穿防护服、戴护目镜、戴两层手套。她说，最后一定要对着镜子转一圈，看看有没有露出来的地方。
进去不到半小时，护目镜就起了雾，我只能侧着头找角度看输液瓶上的字。四个小时出来，脱防护服比穿还紧张，每一步都要先做手卫生，手套外面翻着脱，一点也不能碰到里面的衣服。
那天晚上回到宿舍，我把穿脱流程在本子上默写了三遍。后来带新同事时，我也总是让她们对着镜子转一圈。
""",
    ),
    dict(
        slug="collection-jianjia-memoir-net-shuttle-table-layout",
        site="蒹葭文存 (invented retired teacher's collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.jianjiawencun.com/sanwen/jxjs/05.htm",
        title="爷爷的补网梭",
        record_title="〔滘西旧事·之五〕爷爷的补网梭 — 蒹葭文存",
        date=None,
        notes="old gb2312 table layout: marquee, chapter links, visitor counter, the author's mailbox; a memoir "
        "closed by a season line only (二〇二三年深秋): no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔滘西旧事·之五〕爷爷的补网梭 — 蒹葭文存</title>
</head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0" cellpadding="6">
<tr><td align="center"><font size="5">⟦m 蒹葭文存⟧</font><br>⟦m 滘西人郁兰舟的散文小集⟧</td></tr>
<tr><td><marquee>⟦d 本站文字均为原创，转载请先征得作者同意⟧</marquee></td></tr>
<tr><td align="center"><a href="../index.htm">⟦m 返回目录⟧</a> | <a href="04.htm">⟦l 上一篇：滘西的晒场⟧</a> | <a href="06.htm">⟦l 下一篇：渡口的灯⟧</a></td></tr>
<tr><td align="center"><font size="4">⟦m 〔滘西旧事·之五〕⟧<br>{T}</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="04.htm">⟦l ← 上一篇⟧</a>　<a href="../index.htm">⟦l 目录⟧</a>　<a href="06.htm">⟦l 下一篇 →⟧</a></td></tr>
<tr><td align="center">⟦m 来信请寄：yulanzhou@jianjiawencun.com⟧<br>⟦m 本页已被阅读 6027 次⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候，滘西村家家户户门口都晒着渔网，爷爷是村里补网补得最好的人。
他有一只竹子削的网梭，磨得油光发亮，梭肚里缠满了棕色的网线。傍晚收船回来，他就搬个小板凳坐在晒场边，把破网搭在竹竿上，一手捏网目板，一手穿梭打结，手指翻飞，快得我看不清。
我蹲在旁边帮他理线，他总说：“网眼不能补小了，小鱼要放它回去，明年才有大鱼。”那时我不懂，只觉得补网的活又慢又累。
后来村里的船一条条上了岸，渔网也收进了仓库。爷爷走的那年，我把那只网梭带回了城里，放在书桌上。每次看到它，我都会想起晒场上的夕阳，和爷爷那句关于网眼的话。
二〇二三年深秋
""",
    ),
    dict(
        slug="collection-zhenshu-essay-father-glasses-case-oneline",
        site="枕书集 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://zhenshuji.net/essay/fuqin-yanjinghe.html",
        title="父亲的眼镜盒",
        record_title="父亲的眼镜盒〔散文〕—— 余文渊作品集",
        date=None,
        notes="the whole essay on one line, paragraphs apart only by their indent; an essay has no date",
        page="""
!m 枕书集 · 余文渊作品集
!m 目录 ｜ 散文 ｜ 诗 ｜ 书信
!t 父亲的眼镜盒〔散文〕
{BODY}
!l 本辑其他篇目：母亲的顶针　|　老屋门前的枣树
!a 喜欢这篇文字，可以转给一个想念的人
!m 枕书集 zhenshuji.net　文责自负
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲的眼镜盒是深蓝色的，盒盖上有一道裂纹，用透明胶粘了好几层。
那是他五十岁那年在镇上买的第一副老花镜配的盒子。他看报纸、记账、给我写信，都要先“啪”地打开盒子，戴上眼镜，再把盒子端端正正放在手边。
我工作以后给他买过一个皮的新盒子，他试了两天，又换回了旧的，说新的太紧，开起来费劲。
去年冬天整理父亲的遗物，我在旧盒子里发现了一张折得很小的纸条，上面是他抄的我的手机号码，字写得很大。
现在这个眼镜盒放在我的抽屉里，我偶尔打开看看，好像还能闻到父亲身上淡淡的烟草味。
""",
    ),
]
