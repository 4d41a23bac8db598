"""holdout347, part B: news portals, forums, blogs. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="news-changlong-high-jump-stands-electric",
        site="昌陇新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.changlongnews.cn/ty/2025-05/20/content_77031.html",
        title="昌陇县体育馆新添两副电动升降跳高架",
        record_title="【体坛速递】昌陇县体育馆新添两副电动升降跳高架（多图直击）_昌陇新闻网",
        date="2025-05-20",
        notes="news page: client prompt glued before the lead, photo caption between paragraphs, editor/reviewer line glued after the last sentence, listen button, 24-hour list, ad slot; byline 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>【体坛速递】昌陇县体育馆新添两副电动升降跳高架（多图直击）_昌陇新闻网</title>
<script>var cl_ad_slot=["top","side"];</script>
</head>
<body>
<div class="cl-top"><span>⟦m 昌陇新闻网 · 县融媒体中心主办⟧</span> <a href="/app">⟦a 扫码装“掌上昌陇”客户端⟧</a> <a href="/bl">⟦a 投稿爆料⟧</a></div>
<nav class="cl-nav"><a>⟦m 要闻⟧</a> <a>⟦m 乡镇⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 文体⟧</a> <a>⟦m 视频⟧</a></nav>
<div class="cl-pos">⟦m 昌陇新闻网 ／ 文体 ／ 体育⟧</div>
<div class="cl-art">
<h1>{T}</h1>
<div class="cl-byline">⟦m 发布时间：2025-05-20 09:12　来源：昌陇县融媒体中心　记者：庞晓岚⟧</div>
<div class="cl-listen"><button>⟦a ▶ 听新闻（约2分钟）⟧</button></div>
<div class="cl-body">
{BODY}
</div>
<div class="cl-share">⟦l 转发到：微信好友 ｜ 朋友圈 ｜ 微博 ｜ 复制链接⟧</div>
</div>
<aside class="cl-side">
<div class="ad">⟦m 广告位招租 0897-6221900⟧</div>
<h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 昌陇县中考体育考试项目公布⟧</li><li>⟦l 殿涌镇文体广场夜间照明改造完工⟧</li><li>⟦l 县业余体校今年招收新生120名⟧</li></ol>
</aside>
<footer><p>⟦d 本网所有原创稿件，转载请注明来源“昌陇新闻网”。⟧</p><p>⟦m 互联网新闻信息服务许可证 62120230021　陇ICP备15006690号-1⟧</p></footer>
<script src="/js/stat.js"></script>
</body>
</html>
""",
        body="""
⟦a 打开“掌上昌陇”阅读完整图文⟧本网讯　5月19日，昌陇县体育馆田径训练区新添的两副电动升降跳高架正式投入使用。当天下午，县业余体校的十多名跳高队员成了第一批“试跳者”。
⟦m 图为县业余体校队员在新跳高架上训练。庞晓岚 摄⟧
据介绍，新跳高架采用电动升降立柱，教练在遥控器上输入高度，两侧横杆托会同步升降到位，误差不超过2毫米。以往调整一次高度需要两名教练一边量一边调，如今几秒钟就能完成。
“过去练到一米七以上，每升一次杆都要停下来等，现在训练节奏快多了。”体校教练郑卫东说，新器材还带有触杆感应，队员碰落横杆后会自动提示，方便记录成绩。
县体育馆负责人表示，跳高训练区每周二、四、六晚上向全县中学生免费开放，学生凭学生证登记即可入场练习。⟦m 责任编辑：冯昕　审核：倪春来⟧
""",
    ),
    dict(
        slug="news-longxiang-evening-water-bottles-half-marathon",
        site="隆襄晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lxwanbao.com/news/shehui/20251027/440918.shtml",
        title="隆襄半马首设“自带水壶”续水区",
        record_title="隆襄半马首设“自带水壶”续水区 - 隆襄晚报网",
        record_date="2025-10-27",
        date="2025-10-27",
        notes="record date; site suffix in the record title; a listen button glued before the lead; reporter line, caption and hot list; a sentence about scanning a code as content",
        page="""
!m 隆襄晚报网 — 读懂隆襄，从晚报开始
!m 首页 > 社会 > 本地
{T}
!m 2025年10月27日 07:40　隆襄晚报　作者：汪燕青　实习生 车可
!a 分享　|　收藏　|　字体：A- A+
{BODY}
!m （原标题：自带水壶跑半马 续水区前不排队）
!l 延伸阅读：隆襄半程马拉松交通管制公告
!l 读者还点开了这些
!l · 宪郊区健身步道新增6处饮水点
!l · 秋季跑步注意补水，医生提醒别一次喝太多
!d 凡注明“隆襄晚报”的作品，版权均属本报，未经许可不得转载。
!m 隆襄晚报网 新闻热线 0731-85127700
""",
        indent="\u3000\u3000",
        body="""
⟦a 〔点击收听本文〕⟧本报讯　10月26日上午，2025隆襄半程马拉松在宪郊区鸣枪开跑。与往年不同，今年赛道沿线首次设置了6个“自带水壶”续水区，约4000名选手背着运动水壶参赛。
记者在第二续水区看到，志愿者手持长嘴壶为选手添水，一旁的桌子上只摆着少量应急纸杯。参赛选手章悦告诉记者，她用的是一个软质跑步水壶，喝空了可以卷起来塞进腰包，“续水只要几秒钟，比拿瓶装水方便”。
⟦m 选手在续水区为运动水壶添水。本报记者 汪燕青 摄⟧
赛事组委会介绍，选手赛前在报名系统扫码领取续水手环，凭手环在续水区免费加水。据统计，本届赛事比上届少用瓶装水约2.6万瓶，赛道垃圾清运量下降了四成多。
组委会表示，明年将把续水区增加到8个，并在起点设置水壶寄存点，方便选手赛后领取。
""",
    ),
    dict(
        slug="forum-wangqiu-restring-tension-jammer",
        site="网球同好会论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.wqtonghao.com/thread-28817-1-1.html",
        title="业余玩家换线磅数到底怎么选？说说我这两年的体会",
        record_title="[器材交流] 业余玩家换线磅数到底怎么选？说说我这两年的体会 - 拍线与器材 - 网球同好会论坛",
        date=None,
        notes="Discuz-like thread: poster panel, rating row, signature, reply box; jammer-font junk inside the post; relative post time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[器材交流] 业余玩家换线磅数到底怎么选？说说我这两年的体会 - 拍线与器材 - 网球同好会论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script>var discuz_uid=0;</script>
</head>
<body>
<div id="toptb"><span>⟦m 网球同好会论坛 — 以拍会友，风雨无阻⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册新球友⟧</a></div>
<div id="pt">⟦m 网球同好会论坛 › 器材天地 › 拍线与器材 › 帖子详情⟧</div>
<div id="postlist">
<table class="plhin"><tr>
<td class="pls"><div>⟦m 底线抽击王⟧</div><p>⟦m 等级：中级球友　帖子 218　积分 1630⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 楼主　发表于 3 天前　｜　只看楼主　｜　倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 6　球技值 +14　收起 理由⟧</div>
<div class="sign">⟦m 签名：周末早上七点，宪郊网球场，缺一搭子⟧</div>
<div class="po">⟦a 回复　引用　点赞　收藏本帖　举报⟧</div>
</td></tr></table>
<table class="plhin"><tr><td class="plc">
<div class="authi">⟦l 2楼　反手切削 发表于 2 天前⟧</div>
<div class="t_f">⟦l 说得在理，我也是从55降到了50，胳膊舒服多了⟧</div>
</td></tr></table>
</div>
<div id="f_pst">⟦a 登录后才能回帖，还没有账号？马上加入同好会⟧</div>
<div id="ft"><p>⟦m 网球同好会论坛 ( 苏ICP备18063357号 ) Powered by Discuz! X3.4⟧</p><p>⟦m GMT+8, 2025-11-14 22:08⟧</p></div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
打球两年多，球拍已经换过五次线了，说说我自己的体会，给刚入门的球友参考。
第一，磅数不是越高越好。我刚开始跟风拉到55磅，结果球总是打不深，练了半个月胳膊肘就酸。后来降到48磅，出球轻松多了，手臂也不再难受。
第二，线的种类要和水平匹配。聚酯硬线控制好但震动大，适合发力成熟的球友；业余初中级建议先用多股尼龙线，手感软，价格也便宜。
第三，换线周期看打球频率。一般每周打两三次，三个月左右换一次就行；线发毛、位移明显了就该换，别等断了再说。
最后提醒一句，球拍别放在车里暴晒，高温会让拍线掉磅，拍框也容易变形。
""",
    ),
    dict(
        slug="forum-lvyou-water-bottle-smell-junk",
        site="山径驴友汇 (invented, forum, text view)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.shanjinglv.com/forum/viewthread.php?tid=90415",
        title="新买的运动水壶一股塑料味，大家都怎么去味的？",
        record_title="【请教各位】新买的运动水壶一股塑料味，大家都怎么去味的？ - 户外装备区 - 山径驴友汇",
        date=None,
        notes="forum thread as text: anti-scraping junk lines and glued junk; replies below; 发表于 昨天 is no date",
        page="""
!m 山径驴友汇 · 户外装备区
!m 山径驴友汇 » 户外装备区 » 水具与炊具
!t 【请教各位】新买的运动水壶一股塑料味，大家都怎么去味的？ - 户外装备区 - 山径驴友汇
!m 阅读 1173 ｜ 回复 19
!m 青石板 发表于 昨天 20:36 ｜ 只看该作者 ｜ 电梯直达
{BODY}
!a 支持(3)　反对(0)　回复　举报
!l 沙发　溪头老马：小苏打加白醋泡一天，再晾干，亲测有效
!l 板凳　阿月：别用开水，Tritan耐不住，容易发白
!l 地板　野营的猫：一直有味就退吧，不值得冒险
!a 要回复请先登录，没有账号？点这里注册驴友通行证
!m 山径驴友汇 Archiver｜手机版｜关闭广告　湘ICP备16018233号
""",
        junk=dict(lines=2, glued=2),
        body="""
上周在网上买了一个750毫升的运动水壶，吸管款，标注是Tritan材质。到手以后打开盖子就闻到一股塑料味，装水放一晚上再喝，还是能尝出来。
我已经试过的办法：一是用温水加小苏打泡了一夜，味道淡了一点；二是用淘米水晃了几遍，没什么明显变化。不敢用开水烫，说明书上写着耐温不超过80度。
想问问各位：这种味道正常吗？再用柠檬片或者茶叶泡能不能去掉？如果一直有味，是不是材质有问题，要不要直接退货？
先谢谢大家了，周末要去爬墅阁山，想把这个水壶带上。
""",
    ),
    dict(
        slug="blog-laokun-diy-football-goal-pvc",
        site="老坤的木工与杂记 (invented, WordPress-like blog)",
        style="博客",
        genre="博客随笔",
        kind="other",
        form="html",
        source="https://laokun-zaji.cn/2025/08/16/pvc-football-goal/",
        title="用PVC管给孩子做了一副小足球门",
        record_title="【周末手作】用PVC管给孩子做了一副小足球门 | 老坤的木工与杂记",
        date="2025-08-16",
        notes="WordPress-like blog: tag cloud, archive, calendar widget, comment form; bracketed post time is the page's date; a numbered materials list; sentences about sharing and printing as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【周末手作】用PVC管给孩子做了一副小足球门 | 老坤的木工与杂记</title>
<link rel="stylesheet" href="/wp-content/themes/kun/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header id="masthead"><p class="site-title">⟦m 老坤的木工与杂记⟧</p><p class="site-description">⟦m 锯子、刨子和一个爱踢球的儿子⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 木工⟧</a> <a>⟦m 亲子⟧</a> <a>⟦m 关于老坤⟧</a></nav></header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2025-08-16 21:40] 老坤 ｜ 分类：亲子手作 ｜ 14 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：足球门 PVC 亲子 手作⟧</footer>
<nav class="post-navigation"><p>⟦l ← 上一篇：给阳台做了个折叠工作台⟧</p><p>⟦l 下一篇：旧门板改造的儿童书架 →⟧</p></nav>
</article>
<section id="comments"><h3>⟦l 14 条回应⟧</h3>
<p>⟦l 小鹿妈妈：收藏了，连接件在哪买的呀？⟧</p>
<form><p>⟦l 发表回应（邮箱不会公开，必填项已用*标注）⟧</p><button>⟦a 提交回应⟧</button></form></section>
</main>
<aside id="secondary">
<section><h4>⟦l 标签云⟧</h4><p>⟦l 榫卯 书架 亲子 PVC 刨子 旧物改造⟧</p></section>
<section><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年8月 (3)⟧</p><p>⟦l 2025年7月 (5)⟧</p></section>
<section><h4>⟦m 2025年八月 日历⟧</h4><table><tr><td>⟦m 一 二 三 四 五 六 日⟧</td></tr></table></section>
</aside>
<footer id="colophon"><p>⟦m © 2025 老坤的木工与杂记 · 自豪地采用 WordPress⟧</p></footer>
</body>
</html>
""",
        body="""
儿子今年七岁，迷上了踢球，小区里却没有合适的球门。周六上午，我在家用PVC管给他做了一副小足球门，宽1.5米、高1米，前后花了三个多小时。
用到的材料：
1.直径32毫米的PVC给水管4根，每根2米；
2.三通6个、弯头4个，都买同规格的；
3.尼龙球网一张，扎带五十根；
4.两个装满沙子的旧矿泉水桶，用来压底座。
做法很简单：先按尺寸锯管，再用胶把框架粘牢，最后用扎带把球网绑在横梁和两侧立柱上。特别提醒一点，球门一定要压重，孩子踢球时喜欢扒着横梁荡，不压住很容易整个翻倒。
做好以后，儿子和楼下两个小伙伴一直踢到天黑。尺寸图我已经手绘了一张，想做的朋友可以留言，我拍照分享给大家，自己打印出来照着锯就行。
""",
    ),
    dict(
        slug="blog-zouzou-passport-holder-rfid-wrapped",
        site="走走停停的旅行笔记 (invented, blog, text view)",
        style="博客",
        genre="博客随笔",
        kind="other",
        form="text",
        source="https://zouzoutingting.blog.cn/post/2025/09/passport-holder",
        title="出国带护照夹，防盗刷真的有用吗",
        record_title="出国带护照夹，防盗刷真的有用吗 — 走走停停的旅行笔记",
        date="2025-09-02",
        notes="blog post hard-wrapped at 64 columns; the 发表于 line is the page's date; tags, prev/next and comments",
        page="""
!m 走走停停的旅行笔记
!m 背包、地图和一只旧护照夹
!m 首页 · 游记 · 装备 · 签证攻略 · 留言板
{T}
!m 发表于 2025-09-02　分类：旅行装备　阅读(1530)　评论(22)
{BODY}
!l 标签：护照夹　RFID　出境游　装备
!l « 前一篇：第一次自驾环岛要带什么
!l » 后一篇：在机场丢了登机牌怎么办
!l 最新评论
!l 阿橙：我那个护照夹用了五年，边都磨破了还舍不得换
!m Powered by 笔记本博客 · 本站文字采用署名-非商业性使用许可
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
这几年出境，我一直用一个带RFID屏蔽层的护照夹。常有朋友问：这东西到底有没有用，是不是商家的噱头？结合自己的体会，说几点看法。
先说结论：屏蔽层对带芯片的银行卡、门禁卡有一定作用，但对护照本身的保护，更多在于防折、防水和防丢。护照里的芯片需要近距离读取，而且读取前要先光学识别资料页，被人隔空盗取信息的可能性很小。
所以我挑护照夹，主要看三点：一是大小合适，护照放进去不卡、不翘边；二是有放登机牌和入境卡的插袋；三是颜色醒目，掉在座位上容易发现。
还有一个小经验：过边检时要把护照从护照夹里取出来交给工作人员，提前取出能省不少时间。
""",
    ),
]
