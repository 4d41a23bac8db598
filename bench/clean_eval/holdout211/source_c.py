"""holdout211, part C: news portals, WeChat mirrors, blogs, personal collections and university
sites. Every page, site, place, person, number and URL is invented; each case written by hand.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="news-zhangxi-barista-class-graduates",
        site="獐溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhangxinews.cn/xw/xq/2024-06/21/content_50918.html",
        title="獐溪县职教中心首期咖啡师培训班结业",
        record_title="【县域新闻】獐溪县职教中心首期咖啡师培训班结业丨獐溪新闻网",
        record_date="2024-06-21",
        date="2024-06-21",
        notes="news portal: an ad slot, a listen button, a photo caption on a line of its own between paragraphs, an editor "
        "line glued after the last 。, a 24-hour list; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【县域新闻】獐溪县职教中心首期咖啡师培训班结业丨獐溪新闻网</title>
<meta name="publishdate" content="2024-06-21">
<link rel="stylesheet" href="//res.zhangxinews.cn/css/article.css">
<script src="//res.zhangxinews.cn/js/ad.js"></script>
</head>
<body>
<div class="hd">⟦m 獐溪新闻网 — 獐溪县融媒体中心主办⟧</div>
<div class="channel">⟦m <a href="/">首页</a> <a href="/xw/xq/">县情</a> <a href="/xw/ms/">民生</a> <a href="/xw/jy/">教育</a> <a href="/sp/">视频</a>⟧</div>
<div class="ad-slot">⟦m 广告｜獐溪农商银行 “惠民贷” 最快当天放款⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="src">⟦m 2024-06-21 08:47　来源：獐溪新闻网　记者：聂小满⟧</div>
<div class="listen">⟦a ▶ 收听本文（约2分钟）⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="share">⟦l 分享：微信 · 微博 · 复制链接⟧</div>
</div>
<div class="rank">
<h4>⟦l 24小时点击排行⟧</h4>
<ol>
<li>⟦l 獐溪县今夏首场龙舟邀请赛开赛⟧</li>
<li>⟦l 县人社局发布第二批职业技能培训计划⟧</li>
<li>⟦l 城东农贸市场提质改造完工⟧</li>
</ol>
</div>
<div class="ft">⟦d 本网原创稿件，未经授权不得转载；已授权的请注明出处。⟧ ⟦m 獐溪县融媒体中心　新闻热线：0736-4419999⟧</div>
</body>
</html>
""",
        body="""
本网讯（记者　聂小满）6月20日，獐溪县职教中心首期咖啡师培训班举行结业仪式，42名学员通过考核取得咖啡师职业技能等级证书。
本期培训班为期一个月，由县人社局和县职教中心联合举办，学员主要为返乡青年和待业人员。培训内容包括咖啡豆知识、咖啡机操作与维护、拉花技巧和门店经营等，实操课程占总课时的七成。
⟦m 图为学员在实训室练习使用咖啡机。（记者　聂小满　摄）⟧
“以前只会冲速溶的，现在能用咖啡机做出像样的拿铁了。”学员邝敏说，她打算在镇上开一家小咖啡店。
据了解，县职教中心今年还将开设两期咖啡师培训班，并为结业学员提供创业贷款对接服务。⟦m 责任编辑：辜晓月　审核：龙斌⟧
""",
    ),
    dict(
        slug="news-jiuling-popcorn-machine-new-year-fair",
        site="鹫岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jiulingnews.com/xz/2025-01/19/c_31204.html",
        title="鸱口镇年货集市上老式爆米花机引来怀旧人潮",
        record_title=None,
        date="2025-01-19",
        notes="no record title: the headline line on the page; an app prompt glued before the lead's first words; a related "
        "link on a line of its own between paragraphs; the byline's 发布时间 is the date (腊月十九 in the lead is none)",
        page="""
!m 鹫岭新闻网　　县域 > 乡镇动态
{T}
!m 发布时间：2025-01-19 10:26　来源：鹫岭融媒　编辑：钮佳
!a 收听本条新闻　　A+　A-
{BODY}
!l 【延伸】鸱口镇年货集市开市首日人气旺
!l 【延伸】鹫岭县发布春节期间集贸市场安全提示
!d 鹫岭新闻网所载内容，未经许可请勿转载。
""",
        body="""
⟦a 打开鹫岭新闻App，看更多家乡事⟧本网讯　腊月十九，鸱口镇年货集市迎来赶集高峰。在集市东头，一台老式手摇爆米花机前排起了长队。
“响喽——”随着一声吆喝和一声闷响，白花花的爆米花冲进布袋，围观的孩子们捂着耳朵欢呼起来。摊主蒋福田今年六十八岁，摇了四十多年爆米花机，他说，一锅玉米加一小勺糖，摇上七八分钟就能出锅，一锅收费十元。
⟦l 相关阅读：寻找鹫岭的老手艺人⟧
不少市民专程带着自家的玉米和大米来排队。“小时候过年就盼着这一声响，现在带孩子来听听。”市民鲍蕾说。
镇市场监管所工作人员介绍，集市期间已对爆米花机等流动摊点进行了安全检查，提醒摊主远离人群操作、做好防烫措施。
""",
    ),
    dict(
        slug="wechat-eyang-amr-popcorn-stall-hazards",
        site="mirror of the WeChat account 鹗阳市场监管 (invented)",
        style="公众号镜像",
        genre="提示",
        kind="news",
        form="html",
        source="https://wx.readmirror.cn/s/eyangscjg/Kp8rT2wQ",
        title="流动爆米花机摊点，这些安全隐患要当心",
        record_title=None,
        date="2024-10-09",
        notes="WeChat mirror: no record title (the <h1>); 原创 tag, account line with its date; a follow prompt glued before "
        "the first words; 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note; 12315 inside the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta property="og:title" content="流动爆米花机摊点，这些安全隐患要当心">
<title>流动爆米花机摊点，这些安全隐患要当心</title>
<link rel="stylesheet" href="/assets/mp.css">
</head>
<body>
<div class="mirror-bar">⟦d 本页为公众号文章的存档镜像，版权归原作者所有⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 鹗阳市场监管⟧ ⟦m 2024年10月09日 18:30 湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="tail">
<p>⟦m 来源：县市场监管局特种设备安全监察股⟧</p>
<p>⟦m 编辑：阙小菁　审核：宁远山⟧</p>
</div>
<div class="bottom-bar">⟦a 阅读原文⟧ ⟦l 赞赏 · 点赞 · 在看⟧</div>
<div class="qrcode">⟦a 长按识别二维码，把鹗阳市场监管加进你的关注列表⟧</div>
</div>
<div class="mirror-foot">⟦m readmirror.cn 收录于 2024-10-12⟧</div>
</body>
</html>
""",
        p_html='<section style="margin:0 8px;"><p><span style="font-size:16px;">{}</span></p></section>',
        body="""
⟦a 点击上方蓝字“鹗阳市场监管”关注我们⟧秋冬时节，街头巷尾的流动爆米花机摊点又多了起来。记者近日走访发现，部分摊点存在安全隐患，市场监管部门提醒广大市民注意。
隐患一：老式爆米花机属于压力容器，锅体长期使用易老化、变形，压力表失灵时加热可能发生爆炸。
隐患二：部分摊主在人流密集处操作，开锅时高温气流和玉米粒四处飞溅，容易烫伤围观儿童。
隐患三：一些摊点使用来路不明的糖精、色素，甚至反复使用煎炸过的旧油，食品安全难以保证。
市场监管部门提醒：购买爆米花请选择证照齐全的店铺，带孩子围观时保持五米以上距离。发现无证经营或违规操作，可拨打12315投诉举报。
""",
    ),
    dict(
        slug="wechat-michuan-hospital-yogurt-maker-tips",
        site="笺存文摘 mirror of the WeChat account 麋川县人民医院 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="text",
        source="http://www.jiancunwz.com/a/mcxrmyy/20240715/2207.html",
        title="自制酸奶用酸奶机，这五点要记牢",
        record_title="自制酸奶用酸奶机，这五点要记牢 · 麋川县人民医院 · 微信文章转存",
        date="2024-07-15",
        notes="WeChat mirror as text: the account line's date is the date; a booking line of the hospital beside the "
        "article's own 咨询电话; a star prompt glued at the end of the last paragraph",
        page="""
!m 笺存文摘 · 好文章不怕删
{T}
!m 原创　营养科　麋川县人民医院　2024-07-15 17:30
!a 听全文　|　字号
{BODY}
!m 预约挂号请拨 0737-3310120，或在“麋川县人民医院”服务号自助预约
!l 往期推荐：夏季腹泻高发，这些饮食要注意｜孩子不爱喝奶怎么办
!a 阅读原文　　在看　　分享
!d 本站仅作存档转载，文章观点不代表本站立场
""",
        body="""
最近天气炎热，不少市民喜欢用酸奶机在家自制酸奶。营养科提醒，自制酸奶虽然方便，但操作不当可能滋生杂菌，以下五点要记牢。
一、容器要消毒。酸奶机内胆和搅拌勺使用前用开水烫洗，晾干后再用。
二、菌种要可靠。建议使用正规厂家的酸奶发酵菌粉，不要用变质或开封过久的酸奶做引子。
三、温度要适宜。发酵温度保持在40℃左右，时间一般8至10小时，夏季可适当缩短。
四、成品要冷藏。做好的酸奶放入冰箱冷藏，两天内吃完；出现粉红色、霉斑或异味时请立即丢弃。
五、糖量要控制。糖尿病患者和肥胖人群尽量少加或不加糖，可用新鲜水果调味。
如有营养方面的问题，欢迎到门诊三楼营养咨询门诊就诊，咨询电话：0737-3315206。⟦a 记得给我们点个星标，好文不错过⟧
""",
    ),
    dict(
        slug="blog-qingfu-essay-mothers-egg-boiler",
        site="青蚨小筑 (invented personal blog, Typecho-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://qingfu.blog/archives/412/",
        title="给母亲买的第一台煮蛋器",
        record_title="【生活手记】给母亲买的第一台煮蛋器 – 青蚨小筑",
        date="2024-03-17",
        notes="blog: a bracketed post time taken as the page's date, a product link on a line of its own between paragraphs, "
        "tag cloud, archive, comment form and a calendar widget",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【生活手记】给母亲买的第一台煮蛋器 – 青蚨小筑</title>
<link rel="stylesheet" href="/usr/themes/plain/style.css">
</head>
<body>
<header id="header">
<div class="site-name">⟦m 青蚨小筑⟧</div>
<div class="site-desc">⟦m 记下柴米油盐里的小事⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/category/life/">生活</a> <a href="/category/read/">读书</a> <a href="/about.html">关于</a>⟧</nav>
</header>
<main id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m [2024-03-17 21:05] 分类：生活手记 · 阅读 316⟧</div>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：母亲 煮蛋器 老人用电安全⟧</p>
<p class="post-near">⟦l « 春天的第一碗荠菜馄饨⟧ ⟦l 父亲学会了视频通话 »⟧</p>
</article>
<div id="comments">
<h3>⟦l 4 条评论⟧</h3>
<p>⟦l 竹篱：我也给我妈买了一个，确实比燃气灶让人放心。⟧</p>
<p>⟦l 阿杏：贴纸条这个办法好，学到了。⟧</p>
<form>⟦a 昵称（必填） 邮箱（必填） 提交评论⟧</form>
</div>
</main>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 家常 母亲 旧物 读书 厨房 节气⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><p>⟦l 2024年3月 (5)　2024年2月 (3)　2024年1月 (6)⟧</p></section>
<section><h3>⟦m 日历⟧</h3><p>⟦m 2024年3月 共写了5篇⟧</p></section>
</aside>
<footer>⟦m © 2024 青蚨小筑 · 由 Typecho 驱动⟧</footer>
</body>
</html>
""",
        body="""
母亲七十三岁了，一辈子习惯用小铁锅煮鸡蛋。去年冬天，她煮着鸡蛋下楼取快递，回来时锅已经烧干，满屋子都是焦味。
那次以后，我在网上给她买了一台煮蛋器。机器不大，放好水、摆上鸡蛋，按一下开关就不用管了，水烧干会自动断电，还会“嘀嘀”提醒。
⟦a 👉 点这里查看文中同款煮蛋器⟧
起初母亲不肯用，说插电的东西她弄不明白。我就在开关旁边贴了一张纸条，写上“加水到第二条线，按红键”。一个星期后，她打电话告诉我，煮蛋器比小铁锅好使，早上还能顺便蒸两个红薯。
如今，这台煮蛋器每天早上都在母亲的厨房里“嘀嘀”作响。我想，给老人买东西，贵不贵不要紧，要紧的是让他们用着安心，我们也放心。
""",
    ),
    dict(
        slug="blog-banzhan-essay-descaling-coffee-machine-wrapped",
        site="半盏灯下 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://banzhandeng.blog/2024/11/02/descaling/",
        title="咖啡机除垢这件小事",
        record_title="[随笔] 咖啡机除垢这件小事 ｜ 半盏灯下的博客",
        date="2024-11-02",
        notes="blog as text, hard-wrapped at 58 columns; a 发布于 line is the page's date; tags, prev/next and a comment box",
        page="""
!m 半盏灯下的博客
!m 首页　随笔　厨房　书单　留言板
{T}
!m 发布于 2024-11-02 22:17 · 分类：随笔 · 1 条评论
{BODY}
!l 标签：咖啡机　除垢　办公室日常
!l ← 上一篇：给绿萝换盆
!l → 下一篇：一周便当记录
!l 发表评论（邮箱不会被公开）
!m 本站由 Hexo 生成 · 主题 Lamp
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
办公室那台咖啡机用了三年，最近越来越不对劲：出水慢，声音闷，做出来的咖啡总带着一股说不清的涩味。
上周末，我照着说明书给它除了一次垢。先把专用除垢剂倒进水箱，按比例加满清水，再启动除垢程序，机器每隔几分钟放一次水。流出来的水起初是浑黄的，后来慢慢变清。一个小时后，水箱底部竟沉着一层白色的碎屑。
重新开机，出水顺畅了，那股涩味也没了。同事们都说，咖啡好像一下子回到了刚买机器的时候。
想想也是，机器和人一样，平时不声不响地干活，小毛病攒多了才显出来。与其等它坏了再修，不如隔一段时间就替它“洗洗肠胃”。
""",
    ),
    dict(
        slug="collection-chishui-memoir-fathers-popcorn-machine",
        site="鸱水旧事 (invented personal collection of a retired teacher, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.chishuijiushi.net/wenji/er/05.htm",
        title="父亲的爆米花机",
        record_title="父亲的爆米花机（《鸱水旧事》第二辑之五）",
        date=None,
        notes="old gb2312 personal collection: 繁體/简体 links, chapter links, a visitor counter, the author's mailbox; a line "
        "with only a year and season (写于) is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的爆米花机（《鸱水旧事》第二辑之五）</title>
<style type="text/css">body{font-size:14px;line-height:180%}</style>
</head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0">
<tr><td align="center">⟦m 鸱水旧事 —— 一位退休教师的乡土笔记⟧</td></tr>
<tr><td align="right">⟦a <a href="/big5/wenji/er/05.htm">繁體</a> | <a href="/wenji/er/05.htm">简体</a>⟧</td></tr>
<tr><td align="center">⟦m 第二辑　乡间手艺⟧</td></tr>
<tr><td align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l <a href="04.htm">← 上一篇　补锅匠</a>　　<a href="index.htm">本辑目录</a>　　<a href="06.htm">下一篇　弹棉花的人 →</a>⟧</td></tr>
<tr><td align="center">⟦m 本站开通以来，已有 51276 位朋友来过⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：chishui_laoyu@163.com⟧</td></tr>
<tr><td align="center">⟦d 文字为作者原创，引用请注明出处⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲那台爆米花机是1978年从县农机厂买回来的，黑铁铸的锅身，像个胖胖的葫芦，架在一只小炭炉上。
每年冬天农闲，父亲就挑着爆米花机走村串户。炉子生起来，锅子摇起来，一村的孩子都围了过来。父亲摇锅的手很稳，一边摇一边看压力表，等指针走到那个位置，他就把锅口套进麻袋，用脚一踩，“嘭”的一声，满袋子都是香气。
那时候一锅爆米花收两角钱，也可以拿一碗米抵账。父亲挣的钱，供我和妹妹读完了中学。
父亲去世后，那台爆米花机一直放在老屋的柴房里。去年我把它擦干净，送进了镇上的乡村记忆馆。每次路过，我都会停下来看一看，仿佛还能听到那一声熟悉的响。
（2023年冬写于狍坪镇）
""",
    ),
    dict(
        slug="collection-wanxia-memoir-mothers-yogurt-maker-oneline",
        site="晚霞斋文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wanxiazhai.net/wencun/juan2/17.html",
        title="母亲的酸奶机",
        record_title="【忆旧小品】母亲的酸奶机——晚霞斋文存",
        date=None,
        notes="a personal collection as text, the whole body on one line (paragraphs apart only by their indent); "
        "chapter links and a visitor line; an essay with no date",
        page="""
!m 晚霞斋文存　卷二　家常篇
{T}
!m 作者：晚霞斋主人　　字数：约300字
{BODY}
!l 上一篇：外婆的竹筷笼　|　目录　|　下一篇：那年的煤油灯
!m 本斋自开张以来访客 8931 人次
!d 文章版权归作者所有，转载请先征得同意
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
十几年前，酸奶还是稀罕物。有一年母亲从商场抱回一台酸奶机，说是电视购物里看来的，花了九十八块钱。
那台酸奶机是白色的，圆滚滚的，盖子上有一盏小小的指示灯。母亲每晚把牛奶倒进内胆，舀两勺酸奶做引子，插上电就去睡觉。第二天早上，灯灭了，一罐稠稠的酸奶就做好了。
我们姐弟俩上学前，每人能喝上一小碗，母亲自己却很少喝，说她吃不惯酸的。后来我才知道，她是舍不得。
如今超市里的酸奶琳琅满目，那台酸奶机也早已不知去向。可每次打开冰箱，看到一排排酸奶，我都会想起那盏灭了的小灯，和灯下母亲的身影。
""",
    ),
    dict(
        slug="univ-yancheng-notice-dorm-appliance-check",
        site="崦城学院后勤保障处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://hqc.ycxy.edu.cn/info/1032/2875.htm",
        title="关于开展学生公寓违规电器集中清查的通知",
        record_title=None,
        date="2024-10-14",
        notes="university office page: no record title (the <h1>); a numbered list 1.–4.; a joint signature of two offices "
        "and the date under it; a read-count line and a print link",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>后勤保障处</title>
<link rel="stylesheet" href="/style/hqc.css">
</head>
<body>
<div class="head">⟦m 崦城学院后勤保障处⟧ ⟦m 服务师生 保障有力⟧</div>
<div class="menu">⟦m <a href="/">首页</a> <a href="/jgsz.htm">机构设置</a> <a href="/tzgg.htm">通知公告</a> <a href="/gyfw.htm">公寓服务</a> <a href="/bxdh.htm">报修电话</a>⟧</div>
<div class="loc">⟦m 当前位置: 首页 &gt;&gt; 通知公告 &gt;&gt; 正文⟧</div>
<form name="_newscontent_fromname">
<h1>{T}</h1>
<div class="info">⟦m 2024-10-14 11:20 来源：后勤保障处 点击：<span>1094</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="btn">⟦a 〖打印本通知〗⟧ ⟦a 〖关掉此页〗⟧</div>
</form>
<div class="foot">⟦m 崦城学院后勤保障处　地址：崦城市学府路1号　24小时报修：0730-2290110⟧</div>
</body>
</html>
""",
        body="""
各学院：
近期，学生公寓连续发生两起因使用煮蛋器干烧引发的烟感报警。为消除火灾隐患，学校决定于10月21日至25日开展学生公寓违规电器集中清查。现将有关事项通知如下。
1. 清查范围：全部学生公寓。
2. 清查重点：煮蛋器、电热杯、电煮锅、电热毯等违规电器，以及私拉乱接电线、使用劣质插线板等行为。
3. 清查方式：由后勤保障处、保卫处会同各学院辅导员逐间检查，清出的违规电器统一登记暂存，学期末凭登记单领回。
4. 工作要求：各学院要提前组织学生自查自纠；对拒不配合或多次违规的学生，按学校有关规定处理。
后勤保障处　保卫处
2024年10月14日
""",
    ),
    dict(
        slug="univ-yancheng-news-coffee-machine-contest",
        site="崦城学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.ycxy.edu.cn/info/1011/9920.htm",
        title="烹饪与营养学院举办咖啡机操作与维护技能竞赛",
        record_title="学院动态 » 烹饪与营养学院举办咖啡机操作与维护技能竞赛-崦城学院新闻网",
        record_date="2024-12-06",
        date="2024-12-06",
        notes="university news as text: a dotted date line, a 通讯员/审核 line after the body; the record gives the date",
        page="""
!m 崦城学院新闻网
!m 首页　学校要闻　院部动态　媒体崦院　校园人物
{T}
!m 2024.12.06　　院部动态　　浏览：742
{BODY}
!m 通讯员：葛一苇　　编辑：武青　　审核：卞晓峰
!l 上一条：我校在全省职业院校技能大赛中获佳绩
!l 下一条：学校召开2024年冬季学生公寓安全工作会
!m 崦城学院党委宣传部　版权所有
""",
        body="""
12月5日，烹饪与营养学院在西餐实训中心举办第三届咖啡机操作与维护技能竞赛，来自酒店管理、烹饪工艺与营养等专业的36名学生参赛。
竞赛分理论测试和实操两个环节。实操环节中，选手须在12分钟内完成咖啡机开机检查、意式浓缩萃取、奶泡制作和清洁复位，评委从萃取时间、奶泡质地、操作规范和台面整洁等方面逐项打分。
经过激烈角逐，酒店管理专业刘佳禾获得一等奖，另有3名学生获二等奖、6名学生获三等奖。
学院党委副书记卞晓峰表示，学院将以赛促学、以赛促教，把行业标准融入课堂，培养更多技术过硬的餐饮服务人才。
""",
    ),
]
