"""holdout200, part C: news portals, WeChat mirrors, blogs, personal collections, university sites.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="qiyang-news-village-rope-contest-h1",
        site="骐阳新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qiyangxw.cn/xz/2025-08/11/content_90416.html",
        title="簟湾镇举办首届村民跳绳大赛",
        record_title=None,
        date="2025-08-11",
        notes="no title in the record: the <h1> holds it and it is repeated glued to the lead; app prompt, listen "
        "button, ad label and a 24-hour list; a photo caption between paragraphs and an editor line glued after the "
        "last 。; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>骐阳新闻网</title>
<script src="//cdn.qiyangxw.cn/js/stat.js"></script></head>
<body>
<div class="app-tip">⟦a 打开骐阳新闻App，看更多本地新闻⟧</div>
<div class="header"><a class="logo">⟦m 骐阳新闻网⟧</a><span>⟦m 骐阳县融媒体中心主办⟧</span></div>
<ul class="channel"><li>⟦m 首页⟧</li><li>⟦m 时政⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li></ul>
<div class="content-wrap">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-08-11 09:20　来源：骐阳日报⟧ <span class="listen">⟦a ▶ 听全文⟧</span></div>
<div class="article-body">
{BODY}
</div>
<div class="ad"><span>⟦m 广告⟧</span><a>⟦m 骐阳农商银行“金秋存款季”火热进行中⟧</a></div>
</div>
<div class="hot24"><h4>⟦l 24小时点击排行⟧</h4><ol><li>⟦l 县城至簟湾镇公交线路下月加密班次⟧</li><li>⟦l 骐阳县启动秋季征兵体检⟧</li><li>⟦l 全县新增城乡公益性岗位320个⟧</li></ol></div>
<div class="footer">⟦d 本网原创稿件，转载请注明来源“骐阳新闻网”⟧<br>⟦m 互联网新闻信息服务许可证：43120230019　违法和不良信息举报：0739-7126666⟧</div>
</body></html>
""",
        body="""
⟦t 簟湾镇举办首届村民跳绳大赛⟧本报讯（记者 田甜 通讯员 彭亮）8月9日晚，簟湾镇首届村民跳绳大赛在镇文化广场举行，来自14个村（社区）的28支队伍、300余名村民同场竞技。
比赛设一分钟单人跳、三人同步跳和十人长绳“8”字跳三个项目。62岁的骊塘村村民邓桂英一分钟跳了148下，引来全场喝彩。
⟦m 图为骊塘村代表队在进行长绳“8”字跳比赛。记者 田甜 摄⟧
“以前晚上就是看电视、打牌，现在大家都约着跳绳。”簟湾社区居民刘芳说，她所在的广场跳绳队已经有40多名队员。
据了解，簟湾镇今年投入8万元为各村配齐跳绳、计数器等器材，并培训了32名业余指导员。镇里计划把跳绳大赛办成每年一届的群众赛事。⟦m （责任编辑：严冬）⟧
""",
    ),
    dict(
        slug="ruijiang-news-fishing-ban-rods",
        site="汭江新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ruijiangnews.cn/rz/shms/202503/08/c402219.html",
        title="汭州禁渔期首周收缴违规鱼竿230余根",
        record_title="汭州禁渔期首周收缴违规鱼竿230余根【汭江新闻】",
        record_date="2025-03-08",
        date="2025-03-08",
        notes="record gives a decorated title and the date; listen and font buttons; an editor line, a 24-hour list, "
        "an app prompt and a copyright line below; a reporting hotline inside the article stays",
        page="""
!m 汭江新闻网 | 汭州第一新闻门户
!m 首页 > 汭州 > 社会民生
{T}
!m 2025-03-08 07:32　来源：汭江晨报　作者：康宁
!a 听新闻　　A+　A-　　分享
{BODY}
!m 【编辑：孟瑶　审核：方正】
!l 24小时热读
!l 汭州地铁2号线二期工程进入铺轨阶段
!l 骢湖区新增三处口袋公园
!a 下载汭江新闻客户端，爆料有奖
!d 汭江新闻网所刊载原创作品版权所有，未经授权不得转载。
""",
        indent="\u3000\u3000",
        body="""
汭江新闻讯（记者 康宁）3月1日起，汭江干流及主要支流进入为期四个月的禁渔期。首周，市农业综合行政执法支队联合公安、属地乡镇开展夜间巡查12次，收缴违规鱼竿230余根、多钩钓组160余套，劝离垂钓人员400余人次。
执法人员介绍，禁渔期内在禁渔区只允许“一人一竿一线一钩”的休闲垂钓，使用多竿多钩、可视锚鱼等钓具的，将依法没收渔具并处罚款。
市民张先生说，自己钓鱼十几年，现在出门前会先查好禁钓水域，“规矩清楚了，大家都好守。”
执法支队提醒，发现电鱼、网鱼等违法行为，可拨打12316举报。
""",
    ),
    dict(
        slug="weiyuedang-hospital-article-home-bp-monitor",
        site="微阅档 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weiyuedang.com/a/hcxrmyy/20250517/77102.html",
        title="家里的血压计，你用对了吗？",
        record_title="心内科说｜家里的血压计，你用对了吗？ - 微阅档",
        date="2025-05-17",
        notes="WeChat mirror: a follow prompt glued before the first words, a 在看 prompt glued after the last 。; "
        "原创 tag, account line (the page's date), 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note; "
        "the department's own calibration phone stays",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>心内科说｜家里的血压计，你用对了吗？ - 微阅档</title>
<meta name="description" content="骅川县人民医院公众号文章存档"></head>
<body>
<div class="mirror-top">⟦m 微阅档 · 好文章不怕删⟧ <a href="/">⟦m 首页⟧</a> <a href="/hot">⟦m 热门公众号⟧</a></div>
<div class="rich_media">
<h2 class="rich_media_title">⟦t 心内科说｜家里的血压计，你用对了吗？⟧</h2>
<div class="rich_media_meta"><span class="orig">⟦m 原创⟧</span> ⟦m 毛晓雯　骅川县人民医院　2025-05-17 08:00　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="read-more"><a>⟦a 阅读原文⟧</a>　⟦m 阅读 2.1万⟧</div>
<div class="actions">⟦l 分享　收藏　在看 138　点赞 402⟧</div>
<div class="reward">⟦a 喜欢作者 ¥ 赞赏⟧</div>
<div class="qr"><img src="/qr/hcxrmyy.jpg" alt=""><p>⟦a 长按识别二维码，预约心内科专家号⟧</p></div>
</div>
<div class="mirror-side"><h4>⟦l 该公众号其他文章⟧</h4><p>⟦l 夏天血压会自己降下来吗？⟧</p><p>⟦l 降压药能不能自己停⟧</p></div>
<div class="mirror-foot">⟦d 微阅档仅对公开文章做存档备份，原文版权归公众号作者所有。⟧</div>
<script>document.querySelectorAll("img[data-src]").forEach(function(i){i.src=i.dataset.src});</script>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“骅川县人民医院”关注我们⟧很多高血压患者家里都备着一台电子血压计，可门诊时常有患者说：“在家量的和医院量的怎么差这么多？”今天，心内科护士长毛晓雯就来说说家用血压计的正确用法。
一、选对血压计。优先选择经过认证的上臂式电子血压计，手腕式和手指式误差较大，不建议老年人使用。
二、量前先静坐。测量前30分钟不吸烟、不喝咖啡，排空小便，静坐5分钟再量。
三、姿势要正确。坐直背靠椅子，袖带与心脏同一高度，测量时不说话、不动。
四、每次量两遍。间隔1至2分钟再测一次，取平均值记在本子上，复诊时带给医生看。
家用血压计最好每年校准一次。本院心内科门诊可免费校准，咨询电话：0739-5218806。⟦a 觉得有用，就点个在看吧⟧
""",
    ),
    dict(
        slug="gonghao-wenzhai-pledge-lock-your-bike",
        site="公号文摘 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.gonghaowz.cn/m/xiehujd/20250422.html",
        title="锁好爱车 平安出行倡议书",
        record_title="【平安骢湖】锁好爱车 平安出行倡议书·榭湖街道发布",
        date="2025-04-20",
        date_also=["2025-04-22"],
        notes="street office's pledge on a text mirror: account line with a later posting date (also accepted); a "
        "'follow' prompt line; 关注 and 扫码 as content in the pledge; 阅读原文 and share rows",
        page="""
!m 公号文摘 · 榭湖街道
!t 【平安骢湖】锁好爱车 平安出行倡议书
!m 原创　榭湖街道　2025-04-22 18:30　发表于湖南
!a ↑点击蓝字 关注我们
{BODY}
!a 阅读原文
!l 分享　　收藏　　在看　　赞
!m 本页为公众号文章镜像，原文版权归原公众号所有
!l 往期推荐：榭湖街道开展电动自行车安全充电宣传 ｜ 社区微心愿认领活动启动
""",
        body="""
亲爱的居民朋友们：
今年以来，辖区共发生自行车、电动自行车被盗案件37起，其中七成以上车辆未上锁或只上了一把简易锁。为守护大家的“爱车”，榭湖街道向全体居民发出如下倡议：
一、停车必锁，一车两锁。除车辆自带的锁外，再加一把U型锁或碟刹锁，锁车时尽量锁在固定物上。
二、规范停放，不放楼道。车辆停进小区车棚或划定车位，既防盗又防火。
三、登记备案，扫码上牌。请到社区服务站或关注“骢湖平安”小程序，完成电动自行车防盗登记。
四、邻里守望，发现就报。看到有人撬锁、推车，请及时拨打110或联系社区网格员。
让我们从锁好一辆车做起，共建平安榭湖！
汭州市骢湖区榭湖街道办事处
2025年4月20日
""",
    ),
    dict(
        slug="jiuzhong-blog-essay-grandfathers-clock",
        site="旧钟新弦 (invented WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://jiuzhong.example-blog.cn/2025/02/16/xiuhao-yeye-guazhong/",
        title="修好爷爷那台老挂钟",
        record_title="［修表手记］修好爷爷那台老挂钟 ｜ 旧钟新弦",
        date="2025-02-16",
        notes="WordPress-like blog with a calendar widget, tag cloud, archive and comment form; the post's 发表于 "
        "line is the page's date; a tip-jar line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>［修表手记］修好爷爷那台老挂钟 ｜ 旧钟新弦</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css"></head>
<body class="single">
<header class="site-header"><p class="site-title">⟦m 旧钟新弦⟧</p><p class="site-description">⟦m 一个业余修表人的周末⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 修表手记⟧</a> <a>⟦m 零件图谱⟧</a> <a>⟦m 关于⟧</a></nav></header>
<main><article>
<h1 class="entry-title">⟦t ［修表手记］修好爷爷那台老挂钟⟧</h1>
<div class="entry-meta">⟦m 发表于 2025年2月16日　作者 阿钟　分类 修表手记⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：机械钟 擒纵轮 老物件⟧</footer>
</article>
<nav class="post-nav">⟦l ← 给座钟换一根新发条⟧　⟦l 老式闹钟的铃锤为什么不响 →⟧</nav>
<section id="comments"><h3>⟦l 2 条评论⟧</h3>
<p>⟦l 木头人：那声“嘀嗒”一响，眼泪都要下来了。⟧</p>
<p>⟦l 阿钟：谢谢，老东西都有灵性。⟧</p>
<form>⟦a 发表评论　昵称（必填）　邮箱（不公开）　提交⟧</form></section></main>
<aside class="widget-area">
<section>⟦l 2025年二月　一 二 三 四 五 六 日⟧</section>
<section><h4>⟦l 标签云⟧</h4><p>⟦l 发条 游丝 钟摆 上油 机芯⟧</p></section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年二月 (3)⟧</li><li>⟦l 2025年一月 (5)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m 自豪地采用 WordPress 搭建　© 2025 旧钟新弦⟧</footer>
<script src="/wp-includes/js/comment-reply.min.js"></script>
</body></html>
""",
        body="""
爷爷留下的那台机械挂钟，在老屋墙上停了整整十一年。去年腊月搬家，我把它用旧毛毯裹好带回城里，决定自己动手修一修。
拆开后盖，机芯上积了一层黑油泥，擒纵轮有两个齿磨秃了，发条倒还完好。我用煤油泡洗零件，照着网上买的旧图纸，一个齿一个齿地锉，前后折腾了三个周末。
⟦a 觉得有意思？请阿钟喝杯茶（微信打赏）⟧
装回去那天晚上，钟摆一荡，“嘀嗒”声又响起来。母亲站在客厅里听了很久，说这声音跟她做姑娘时一模一样。
如今它每天慢两分钟，我也不去调它了。有些东西，走得慢一点，反而让人安心。
""",
    ),
    dict(
        slug="weian-blog-essay-bamboo-rod-wrapped",
        site="渚边闲笔的博客 (invented)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://weian.blogbox.example.cn/post/2025/fuqin-de-zhuyugan",
        title="父亲的竹鱼竿",
        record_title="［钓事散记］父亲的竹鱼竿 - 渚边闲笔的博客",
        date=None,
        notes="essay hard-wrapped at 56 columns with indented paragraphs; no date on the page; comments and "
        "older/newer links",
        page="""
!m 渚边闲笔的博客
!m 钓鱼　读书　老家的事
!t ［钓事散记］父亲的竹鱼竿
!m 分类：钓事散记　　阅读(412)　评论(9)
{BODY}
!l ◄ 较早的文章：冬钓草鱼的几点心得
!l ► 较新的文章：汜水河边的芦苇荡
!l 评论区
!l 老河头：看哭了，我爸也有一根这样的竿子。
!l 渚边闲笔 回复 老河头：都是一代人的记忆啊。
!a 发表评论前请先登录
!m 本博客由 卷轴博客 提供技术支持
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
父亲的那根竹鱼竿，是他年轻时用骊塘村后山的老毛竹做的，三节，用铜箍接口，竿梢缠着细细的丝线。
小时候，每逢星期天，他就扛着鱼竿、提着小桶，带我去村口的汜水河边。他教我挂蚯蚓，教我看浮漂：“漂子一点一点往下沉，才是鱼真咬钩了，别急着提。”
那时候我总坐不住，钓不到半个钟头就去捉蜻蜓。父亲也不恼，一个人静静地坐着，太阳落山才收竿。
后来我进城读书、工作，家里换了碳素竿，那根竹竿就挂在老屋的屋檐下。去年回家，我把它取下来擦干净，竿身已经泛出深深的红褐色。
我现在也常去钓鱼，只是再也没有人在身边提醒我：别急。
""",
    ),
    dict(
        slug="sishang-collection-memoir-school-clock",
        site="汜上旧事 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.sishangjiushi.net/juan2/12.htm",
        title="学校的那口挂钟",
        record_title="《汜上旧事》卷二·学校的那口挂钟",
        date=None,
        notes="retired teacher's collection in an old table layout: large-print toggle, chapter links, a visit counter "
        "and the author's mailbox; a memoir with years but no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《汜上旧事》卷二·学校的那口挂钟</title></head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 汜上旧事⟧</font><br><font size="2">⟦m 一个乡村教师的四十年⟧</font></td></tr></table>
<table width="760" align="center"><tr><td align="right">⟦a 〈大字版〉〈普通版〉⟧</td></tr></table>
<table width="760" align="center"><tr><td>⟦m 目录 ＞ 卷二 校园 ＞ 第十二篇⟧</td></tr></table>
<table width="760" align="center" cellpadding="12"><tr><td>
<p align="center"><font size="4">{T}</font></p>
{BODY}
</td></tr></table>
<table width="760" align="center"><tr>
<td>⟦l 上一篇：操场边的铁轨⟧</td><td align="center">⟦l 回目录⟧</td><td align="right">⟦l 下一篇：老周的煤油灯⟧</td></tr></table>
<table width="760" align="center"><tr><td align="center">
⟦m 您是本站第 0083126 位读者⟧<script language="javascript" src="/count.asp?id=212"></script><br>⟦w 给作者写信：sishang_laoshi@yeah.example.cn⟧<br>⟦d 文集内容为作者原创，转载请先来信征得同意⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我1979年到汜阳县郯坪公社中学教书，学校办公室的墙上挂着一口老式摆钟，是建校时县文教局拨来的，黑漆木壳，玻璃门上贴着一张红纸，写着“爱护公物”。
那时候学校没有电铃，上课下课全凭这口钟。值日老师看着它，到点就去敲操场边那截铁轨。每周一早上，校长亲自站上凳子给它上弦，谁也不许碰。
有一年冬天，钟突然停了，全校乱了一上午。后来是物理老师老周把它拆下来，在煤油灯下修了一夜，第二天又“当当”地响起来。
1998年学校装了电铃，那口钟就被收进了仓库。前几年我回去看，仓库早拆了，钟也不知去向。可我闭上眼，还能听见它敲响第一节课的声音。
""",
    ),
    dict(
        slug="dengxia-collection-memoir-mothers-bp-monitor-oneline",
        site="灯下杂记 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://dengxiazaji.example.cn/p/9.html",
        title="母亲的血压计",
        record_title="［灯下杂记 第九篇］母亲的血压计",
        date=None,
        notes="memoir all on one line (paragraphs separated only by their indent); a year but no date; chapter links "
        "and a reader counter",
        page="""
!m 灯下杂记 · 一个儿子的笔记本
!m 目录　｜　上一篇：父亲的自行车　｜　下一篇：老屋门前的枣树
!t ［灯下杂记 第九篇］母亲的血压计
{BODY}
!m 本篇已被阅读 1288 次
!w 有话想对作者说：dengxia_zj@mail.example.cn
!d 灯下杂记 · 文字版权归作者所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
母亲的第一台血压计是我1996年从县城百货大楼买回来的，水银柱的，装在一个铁皮盒子里，要挤橡皮球打气，还得戴听诊器听声音。
母亲学了好几天才学会。她把每次量的数字记在一本旧挂历的背面，高压、低压，一行一行，字写得工工整整。
后来水银血压计换成了电子的，一按按钮就出数字。母亲嫌它“没个声响，不踏实”，量完总要再问我一句：“这个准不准？”
母亲走后，我在她床头柜里翻出了那本挂历，最后一行停在她住院前一天。那台旧血压计，我一直没舍得扔。
""",
    ),
    dict(
        slug="ruizhou-normal-college-news-rope-h1",
        site="汭州师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.rzsfxy.edu.example.cn/info/1032/18840.htm",
        title="学院举行第五届“绳舞青春”跳绳比赛",
        record_title=None,
        date="2025-05-21",
        notes="university news page: no title in the record (the <h1> holds it), a dotted date line, a photo caption "
        "between paragraphs, writer/reviewer line glued after the last 。; counters and a share row",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>汭州师范学院新闻网</title>
<script src="/system/resource/js/counter.js"></script></head>
<body>
<div class="top"><span>⟦m 汭州师范学院新闻网⟧</span><span class="links">⟦m 学院主页⟧ ⟦m 信息公开⟧ ⟦m 校友之家⟧</span></div>
<div class="menu">⟦m 首页　学院要闻　综合新闻　校园文化　媒体师院⟧</div>
<div class="position">⟦m 当前位置：首页 » 校园文化⟧</div>
<form name="_newscontent_fromname"><h1>{T}</h1>
<div class="xinxi">⟦m 2025.05.21　作者：刘可　来源：体育部　点击：[1306]⟧</div>
<div class="v_news_content">
{BODY}
</div></form>
<div class="share">⟦a 分享至：微信 微博 QQ⟧ ⟦a 【关闭】⟧</div>
<div class="foot">⟦m 版权所有 © 汭州师范学院　地址：汭州市骢湖区师院路1号⟧<br>⟦m 湘ICP备05012290号⟧</div>
</body></html>
""",
        body="""
5月20日下午，学院第五届“绳舞青春”跳绳比赛在东区田径场举行，12个二级学院的500余名学生参赛。
比赛设个人一分钟速度跳、双人车轮跳和十人长绳等6个项目。体育学院学生彭悦以一分钟203次的成绩获得女子速度跳第一名，刷新了校纪录。
⟦m 比赛现场（图/校学生会 韩冰）⟧
学院体育部负责人介绍，跳绳比赛已连续举办五年，今年首次采用电子计数绳和视频回放判罚，赛事更加公平透明。下一步，学院将把跳绳纳入公共体育课选项，引导更多学生走出宿舍、走向操场。⟦m （撰稿：刘可　初审：郑航　终审：周宁）⟧
""",
    ),
    dict(
        slug="xiaoling-college-news-donated-clock",
        site="骁岭职业技术学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.xlzyjs.edu.example.cn/xydt/2025/1107/6624.html",
        title="校史馆喜获老校友捐赠教学楼老挂钟",
        record_title="校史馆喜获老校友捐赠教学楼老挂钟-骁岭职业技术学院新闻网",
        date="2025-11-07",
        notes="college news in text: the 发布时间 line is the page's date; a photo caption between paragraphs and a "
        "contributor line glued after the last 。",
        page="""
!m 骁岭职业技术学院新闻网
!m 首页 >> 学院动态
{T}
!m 发布时间：2025-11-07　浏览次数：877
{BODY}
!a 【打印本页】　【返回顶部】
!l 上一条：学院举行2025年秋季运动会
!l 下一条：机电工程学院开展“工匠进课堂”活动
!m 骁岭职业技术学院党委宣传部　版权所有
""",
        body="""
近日，1983届校友、退休工程师邹建平向学院校史馆捐赠了一台老式机械挂钟。这台挂钟曾挂在学院第一教学楼的大厅里，陪伴师生走过了二十多年。
⟦m 邹建平（右）向校史馆移交挂钟⟧
邹建平介绍，2004年老教学楼拆除时，他从废品堆里把挂钟“抢”了回来，请老师傅修好后一直挂在家中。“听说学校在建校史馆，我觉得它应该回家了。”
校史馆馆长谢文表示，挂钟经过清洁保养后，将在校史馆“岁月回响”展区陈列，并配上师生口述的老教学楼故事。⟦m （供稿：校史馆　摄影：马骏）⟧
""",
    ),
]
