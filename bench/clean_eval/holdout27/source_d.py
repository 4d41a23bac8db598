"""holdout27, part D: forums, blogs, account mirrors, personal collections and news
(an amateur-astronomy forum, a village-basketball fans' forum, a Peking-opera amateurs'
club and a coach-station notice on county forums, a seniors' choir conductor's blog, a
citrus researcher's blog, a mushroom co-op's and a square-dance association's accounts,
a guqin society member's and a retired tobacco-leaf technician's collections, village
basketball news and an aquarium opening on news portals). Everything invented."""

CASES = [
    dict(
        slug="forum-xingyu-astronomy-plan-discuz",
        site="星语天文论坛 (invented, Discuz-like)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="html",
        source="https://bbs.xingyu-astro.example.com/thread-8812-1-1.html",
        title="琤溪县天文爱好者协会英仙座流星雨公众观测活动方案",
        record_title="[转帖] 琤溪县天文爱好者协会英仙座流星雨公众观测活动方案 - 活动召集 - 星语天文论坛",
        date="2025-07-25",
        date_also=["2025-07-28"],
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        notes="Discuz-like thread reposting an association's plan: jammer fonts, a 'reposted from' line, a poster card, replies and a sign-in box; the plan's signature date expected, the post's 发表于 date also accepted; the plan's own 报名电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>[转帖] 琤溪县天文爱好者协会英仙座流星雨公众观测活动方案 - 活动召集 - 星语天文论坛</title></head><body>
<div class="hd">⟦m 星语天文论坛 — 仰望星空的地方⟧　⟦a 登录　注册⟧</div>
<div id="pt">⟦m 论坛 › 活动召集 › 帖子⟧</div>
<div class="pls">⟦m 北斗七号⟧ ⟦m UID 31207 · 主题 64 · 精华 3⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-7-28 21:07⟧</div>
<p>⟦m 转自：琤溪县天文爱好者协会公众号⟧</p>
{BODY}
<div class="po">⟦a 回复　引用　收藏　分享⟧</div>
<div class="post">⟦l 板凳 云上看星：去年在那边拍到火流星，强烈推荐！⟧</div>
<div class="post">⟦l 地板 Leo_天鹅座：有没有拼车的？⟧</div>
<div class="f">⟦m Powered by Discuz! © 2001-2025 星语天文⟧</div>
</body></html>
""",
        body="""
一、活动时间
2025年8月12日晚20时至13日凌晨3时，如遇阴雨天气顺延至8月13日晚。
二、活动地点
琤溪县九龙山观景台，该处海拔1260米，光污染较少，视野开阔。
三、活动内容
协会会员讲解流星雨成因和目视观测方法，提供天文望远镜观测月亮和土星，并组织流星计数活动。
四、报名方式
本次活动限150人，请于8月8日前拨打报名电话0595-2688140报名，未成年人须由家长陪同。
五、注意事项
山顶夜间气温较低，请携带外套、手电筒和防蚊用品，服从工作人员指挥，注意安全。
琤溪县天文爱好者协会
2025年7月25日
""",
    ),
    dict(
        slug="forum-shiqiao-village-basketball-summary",
        site="石桥村BA球迷论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://bbs.cunba-fans.example.cn/t/66013",
        title="璞源镇第三届“村BA”篮球联赛工作总结",
        title_also=["璞源镇第三届村BA篮球联赛工作总结"],
        record_title=None,
        date="2025-09-02",
        date_also=["2025-09-03"],
        junk=dict(lines=2, glued=3),
        notes="forum text page with anti-scraping junk; no record title (the title is the thread's heading, marked as a repeated title); the 成文日期 under the signature expected, the post's 发布于 date also accepted; a standings table",
        page="""
!m 石桥村BA球迷论坛　>　赛事讨论区
!m 楼主：镇文体站小黄　发布于 2025-09-03 08:15　浏览 3310
!t 璞源镇第三届“村BA”篮球联赛工作总结
{BODY}
!l 1楼 老炮儿：今年决赛太精彩了！
!l 2楼 新塘小将：明年我们村还要再战
!a 快速回复　|　发表新帖
!m 论坛客服QQ群：613220874
""",
        body="""
8月10日至8月30日，璞源镇第三届“村BA”篮球联赛在镇文体广场成功举办。本届联赛共有18支村队参赛，进行比赛46场，现场观众累计超过六万人次。
一、组织保障有力。镇里成立联赛组委会，抽调机关干部和志愿者120人负责赛事组织、安保和后勤，全程未发生安全事故。
二、带动效应明显。联赛期间开设农特产品展销摊位40个，销售额达到86万元。
名次　队伍　战绩
冠军　新塘村队　8胜1负
亚军　上屋村队　7胜2负
季军　河背村队　6胜3负
三、存在的不足主要是场地观众席不足，部分比赛时段安排过晚。明年将改扩建看台，并邀请周边乡镇队伍参加邀请赛。
璞源镇文体站
2025年9月2日
""",
    ),
    dict(
        slug="localforum-yuanling-opera-club-notice",
        site="沅岭在线 (invented county forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yuanlingzx.example.com/thread-301746.html",
        title="沅岭县京剧票友社关于举办中秋京剧票友演唱会的通知",
        record_title="【文娱】沅岭县京剧票友社关于举办中秋京剧票友演唱会的通知 - 沅岭在线",
        date="2025-09-08",
        indent="\u3000\u3000",
        notes="county forum: a city-life ad on a line of its own inside the body, a 'hot topics' list, a rental ad; the club's own 联系人/电话 kept; the programme as a numbered list",
        page="""
!m 沅岭在线 — 沅岭人自己的网上家园
!m 首页 › 沅岭茶馆 › 文化娱乐
!t 【文娱】沅岭县京剧票友社关于举办中秋京剧票友演唱会的通知
!m 作者：皮黄一生　|　2025-09-08 19:32　|　回复 12　|　查看 1877
{BODY}
!l 今日热帖：迎宾大道夜市周末开放时间调整
!l 今日热帖：谁知道城南新开的菜市场几点关门？
!a 【广告】沅岭房产网：城东学区房低至5800元/㎡
!m 沅岭在线 版权所有　湘公网安备 43312502000215号
""",
        body="""
各位票友、戏迷朋友：
为喜迎中秋佳节，丰富群众文化生活，沅岭县京剧票友社定于9月14日晚7时30分在县文化馆小剧场举办中秋京剧票友演唱会。
演出剧目有：
1.《锁麟囊》选段“春秋亭外风雨暴”；
2.《空城计》选段“我本是卧龙岗散淡的人”；
⟦a 点击进入沅岭同城活动频道，发现更多周末好去处⟧
3.《贵妃醉酒》选段“海岛冰轮初转腾”。
演唱会免费入场，座位有限，先到先得。欢迎广大戏迷朋友前来观看！
联系人：孟老师　电话：139 7451 0826
沅岭县京剧票友社
2025年9月8日
""",
    ),
    dict(
        slug="localforum-zhenkou-coach-schedule-html",
        site="珏口生活网 (invented town forum)",
        style="地方论坛",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.juekoulife.example.com/forum/view/90372",
        title="珏口汽车客运总站关于调整部分班线发车时间的公告",
        record_title="珏口汽车客运总站关于调整部分班线发车时间的公告 - 珏口生活网",
        date="2025-11-28",
        date_also=["2025-11-29"],
        notes="a town life forum reposting a coach station's notice: a floor-1 header, a 'follow the board' button, a timetable one row a paragraph, the station's 服务热线 kept; a local-business ad box and a 'more posts' list; the notice's date expected, the repost date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>珏口汽车客运总站关于调整部分班线发车时间的公告 - 珏口生活网</title></head><body>
<div class="head">⟦m 珏口生活网⟧ ⟦a 发帖　消息　登录⟧</div>
<div class="board">⟦m 版块：出行交通　|　今日 57　主题 4821⟧ ⟦a ＋关注版块⟧</div>
<h1>{T}</h1>
<div class="floor">⟦m 楼主 阿港 · 2025-11-29 07:50 · 来自手机客户端⟧</div>
{BODY}
<div class="ad">⟦a 【商家推广】珏口老码头海鲜酒楼，年夜饭预订中⟧</div>
<div class="more"><h4>⟦l 更多帖子⟧</h4><p>⟦l 城区12路公交线路优化征求意见⟧</p><p>⟦l 高铁站接驳专线下月开通⟧</p></div>
<div class="ft">⟦m 珏口生活网　客服微信：jklife_kf⟧</div>
</body></html>
""",
        body="""
广大旅客朋友：
根据冬季客流变化和道路通行情况，自2025年12月1日起，我站对部分班线发车时间作如下调整：
班线　原发车时间　调整后发车时间
珏口—瑗川　7:00、13:30　7:30、14:00
珏口—琚山　8:20、15:00　8:40、15:20
珏口—璋浦　9:10　9:40
其他班线发车时间不变。旅客可通过车站售票窗口、自助售票机和官方购票小程序购票。
服务热线：0753-2236000
珏口汽车客运总站
2025年11月28日
""",
    ),
    dict(
        slug="blog-choir-conductor-insight-wrapped",
        site="晚晴合唱随笔 (invented personal blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://blog.wanqing-hc.example.net/2025/06/post-186.html",
        title="带老年合唱团参加市合唱节的几点体会",
        record_title="带老年合唱团参加市合唱节的几点体会 | 晚晴合唱随笔",
        date="2025-06-16",
        wrap=60,
        indent="\u3000\u3000",
        notes="blog page hard-wrapped at 60 columns; the post's bracketed time line is the page's date; tags, an archive list, a comment form and a 'reprint with permission' notice",
        page="""
!m 晚晴合唱随笔 —— 一个合唱指挥的日常
!m 首页 ｜ 排练手记 ｜ 曲目库 ｜ 关于我
!t 带老年合唱团参加市合唱节的几点体会
!m [2025-06-16 21:40]　分类：排练手记
{BODY}
!l 标签：合唱 老年大学 排练
!l 文章归档：2025年6月(3) 2025年5月(5)
!l 发表评论（昵称必填）
!d 原创文章，转载请联系博主授权
""",
        body="""
这次带着社区老年合唱团参加市第五届合唱节，拿到了银奖。回想三个月的排练，有几点体会想记下来。
一是选曲要量力而行。团员平均年龄六十八岁，高音区比较吃力，所以我们把原调降低了一个全音，大家唱起来轻松，声音也更统一。
二是排练要细水长流。每周两次排练，每次不超过九十分钟，中间一定安排休息，防止团员嗓子疲劳。
三是要让每个人都有成就感。我们请声部长带新团员，进步快的及时表扬，合唱团的凝聚力越来越强。
比赛结束那天，七十五岁的周阿姨说，这是她退休后最开心的一天。我想，这就是合唱的意义。
""",
    ),
    dict(
        slug="blog-citrus-researcher-report-html",
        site="橘园手记 (invented researcher blog)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.juyuanshouji.example.com/archives/2025/1208.html",
        title="琰城县柑橘黄龙病发生情况调研报告",
        record_title="【调研】琰城县柑橘黄龙病发生情况调研报告 - 橘园手记",
        date="2025-12-05",
        date_also=["2025-12-08"],
        notes="blog template with a tag cloud, an archive, a reward button and a comment list; the report's signature (author of the county citrus research institute) and date at the end; the post time also accepted; a data table one row a paragraph; decimal headings",
        page="""
<html><head><meta charset="utf-8"><title>【调研】琰城县柑橘黄龙病发生情况调研报告 - 橘园手记</title></head><body>
<header>⟦m 橘园手记 · 一个果树技术员的笔记本⟧</header>
<nav>⟦m 首页　田间笔记　病虫害　品种　关于⟧</nav>
<article><h1>{T}</h1>
<div class="meta">⟦m 2025年12月08日　作者：橘农老骆　阅读 612　评论 9⟧</div>
{BODY}
<div class="reward">⟦a 觉得有用？请我喝杯橘子汁 ☕ 赞赏⟧</div>
</article>
<aside><div>⟦l 标签云：黄龙病 木虱 脐橙 沃柑 冬季清园 嫁接⟧</div><div>⟦l 归档：2025年12月 (2)　2025年11月 (4)⟧</div></aside>
<section class="comments"><p>⟦l 果农阿福：我们那边也发现了，砍树心疼啊⟧</p></section>
<footer>⟦d © 2025 橘园手记 · 本博客文字采用署名-非商业性使用许可⟧</footer>
</body></html>
""",
        body="""
10月至11月，县柑橘研究所组织技术人员对全县8个柑橘主产乡镇开展黄龙病发生情况调研，共调查果园126个、面积1.9万亩。现将调研情况报告如下：
1.发生情况
1.1 全县柑橘黄龙病平均病株率为1.7%，比去年下降0.6个百分点。
1.2 发病较重的是管理粗放的老果园，病株率最高达到6.2%。
乡镇　调查面积（亩）　病株率
大桥镇　3200　2.8%
石门乡　2600　1.1%
2.主要原因
柑橘木虱防控不到位，部分果农未及时挖除病树，个别农户从非正规渠道购买苗木。
3.对策建议
坚持“挖除病树、防控木虱、种植无病苗”三项措施，建议县财政对挖除病树给予每株30元补助。
琰城县柑橘研究所　骆明哲
2025年12月5日
""",
    ),
    dict(
        slug="wechat-puyuan-mushroom-coop-html",
        site="璞源菌菇合作社公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.weixin-mirror.example.com/s/pyjg_20251015",
        title="合作社香菇烘干车间正式投产，社员鲜菇不再愁销路",
        record_title="合作社香菇烘干车间正式投产，社员鲜菇不再愁销路",
        date="2025-10-15",
        p_html='<section><p style="font-size:15px;">{}</p></section>',
        notes="WeChat-style page: the account line with its date is the page's publish line, an original-content tag, a 'follow' card at the top, a photo caption between paragraphs, a reading-count/like/在看 row and a 'read the original' link; a sentence telling readers to 关注 the account for prices is body",
        page="""
<html><head><meta charset="utf-8"><title>合作社香菇烘干车间正式投产，社员鲜菇不再愁销路</title></head><body>
<div class="rich_media">
<h1>{T}</h1>
<div class="meta">⟦m 原创⟧ ⟦m 璞源菌菇合作社⟧ ⟦m 2025年10月15日 18:20 湖南⟧</div>
<div class="card">⟦a 点击上方蓝字 关注我们⟧</div>
{BODY}
<p class="tool">⟦l 阅读 2036　赞 81　在看 23⟧</p>
<p>⟦a 阅读原文⟧</p>
<p>⟦l 写留言⟧</p>
</div></body></html>
""",
        body="""
10月12日，璞源菌菇专业合作社香菇烘干车间正式投产。车间总投资180万元，配备燃气烘干设备6套，每天可加工鲜菇12吨。
过去，一到出菇高峰期，鲜菇价格就往下掉，社员只能低价卖给收购商。烘干车间投产后，合作社按保护价收购社员鲜菇，烘干后统一销售，每斤可增收一元左右。
⟦m 图为工人在烘干车间分拣香菇　摄影：小璞⟧
合作社理事长汤建林介绍，明年将注册干香菇品牌，并和县里的电商服务中心合作开设网店。
社员朋友们可以关注本公众号，每周一查看最新收购价格。
""",
    ),
    dict(
        slug="wechat-jiuyu-square-dance-initiative",
        site="玖峪广场舞协会公众号 (invented, mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.wxreader.example.net/a/jysqw/2025-05-20",
        title="文明跳舞、和谐邻里倡议书",
        record_title="倡议丨文明跳舞、和谐邻里倡议书",
        date="2025-05-20",
        notes="a WeChat mirror as text: the account name and date line (publish line), an 'original' tag and a 'star the account' prompt at the top, a mirror's own header and footer; the pledge's numbered list; a QR-code paragraph at the bottom is chrome",
        page="""
!m 微读 · 公众号文章镜像
!t 倡议丨文明跳舞、和谐邻里倡议书
!m 玖峪广场舞协会　2025-05-20 07:30
!a 设为星标，第一时间收到推送 ★
{BODY}
!a 长按识别二维码，加入协会交流群
!l 往期推荐：协会第二届会员大会顺利召开
!l 往期推荐：夏季户外跳舞防暑小贴士
!d 本页由微读自动抓取生成，版权归原作者所有，如有侵权请联系删除
""",
        body="""
广大广场舞爱好者：
广场舞让我们强身健体、愉悦心情，但音响过大、场地占用等问题也给周边居民带来困扰。为此，协会向全市舞友发出倡议：
一、控制音量。使用便携式小音箱，晚上九点以后停止播放音乐。
二、合理选址。远离居民楼、学校和医院，不占用消防通道和盲道。
三、爱护环境。不乱扔垃圾，不践踏绿地，离开时带走个人物品。
四、互谅互让。与其他团队错时错峰使用场地，遇到居民意见主动沟通。
让我们跳出健康、跳出文明，做受人欢迎的舞者！
玖峪市广场舞协会
2025年5月20日
""",
    ),
    dict(
        slug="anthology-guqin-society-speech-collection",
        site="松风琴馆文存 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.songfengqin.example.org/wencun/juan2/017.html",
        title="在瑾塘古琴社成立十周年雅集上的致辞",
        record_title="《松风琴馆文存》卷二·第17篇｜在瑾塘古琴社成立十周年雅集上的致辞",
        date="2024-10-19",
        indent="\u3000\u3000",
        notes="a personal collection's chapter page: a volume/chapter nav, the speaker line and a Chinese-numeral date under the title (neutral), prev/next chapter links and an editor's note below the text",
        page="""
!m 松风琴馆文存　·　沈兰舟 著
!m 目录 ＞ 卷二　序跋与致辞 ＞ 第17篇
!t 在瑾塘古琴社成立十周年雅集上的致辞
瑾塘古琴社名誉社长　沈兰舟
（二〇二四年十月十九日）
{BODY}
!m 编者按：本文据作者手稿录入，个别字句有删节。
!l ← 上一篇：《琴学入门十讲》后记
!l → 下一篇：致青年琴友的一封信
!l 返回卷二目录
""",
        body="""
各位琴友、各位嘉宾：
秋高气爽，丹桂飘香。今天，我们在这里举行雅集，庆祝瑾塘古琴社成立十周年。
十年前，社里只有七个人、三张琴，在一间借来的茶室里学琴。十年来，琴社举办公益讲座八十余场，培养学员四百多人，还有两位青年琴友在省级比赛中获奖。
古琴是先人留给我们的宝贵遗产。希望琴社今后多走进学校、社区，让更多的人听到琴声、爱上古琴。
最后，祝琴社越办越好，祝各位琴友琴艺精进、身体康健！
""",
    ),
    dict(
        slug="anthology-tobacco-technician-summary-html",
        site="烟田岁月——一个烟叶技术员的文集 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.yantiansuiyue.example.cn/book/ch24.html",
        title="2019年烟叶生产技术服务工作总结",
        record_title=None,
        date="2019-11-30",
        notes="collection chapter page: a table of contents sidebar, chapter prev/next, a font-size control, a 'written years ago' note; no record title (the chapter's heading carries it); the old summary's signature date under the signature; a data table",
        page="""
<html><head><meta charset="utf-8"><title>第二十四章 - 烟田岁月</title></head><body>
<div class="top">⟦m 烟田岁月——一个烟叶技术员的文集⟧　⟦a 字号 A- A A+⟧　⟦a 夜间模式⟧</div>
<div class="toc">⟦l 目录：第二十二章 育苗大棚里的春天　第二十三章 烘烤房的夜　第二十四章（本章）⟧</div>
<h2>⟦m 第二十四章⟧</h2>
<h1>2019年烟叶生产技术服务工作总结</h1>
<p class="note">⟦m 【整理于2024年冬，原稿存于站里档案柜】⟧</p>
{BODY}
<div class="nav">⟦l 上一章⟧　⟦l 目录⟧　⟦l 下一章⟧</div>
<div class="ft">⟦d 本文集仅供个人纪念，谢绝商用转载⟧</div>
</body></html>
""",
        body="""
2019年，我站在县烟草分公司的领导下，围绕“稳面积、提质量、增效益”的目标，扎实做好烟叶生产技术服务工作。
一、全年落实烤烟种植面积2.6万亩，收购烟叶6.4万担，上等烟比例达到百分之六十三。
项目　2018年　2019年
种植面积（万亩）　2.5　2.6
上等烟比例　58%　63%
二、推广集约化育苗、测土配方施肥和密集烘烤技术，组织技术培训42场，培训烟农2100人次。
三、存在的问题是部分烟农烘烤技术不稳定，个别片区烟叶成熟度不够。
明年将重点抓好烘烤技术培训，进一步提高烟叶质量。
琰城县烟叶工作站
2019年11月30日
""",
    ),
    dict(
        slug="news-zongzhou-village-basketball-html",
        site="琮州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zongzhounews.example.cn/xw/bd/202508/t20250817_442190.shtml",
        title="“村BA”总决赛点燃乡村夏夜 两万观众现场助威",
        title_also=["村BA总决赛点燃乡村夏夜两万观众现场助威"],
        record_title="“村BA”总决赛点燃乡村夏夜 两万观众现场助威_本地_琮州新闻网",
        date="2025-08-17",
        record_date="2025-08-17",
        notes="news portal: a hot-search bar, a byline (time line is the page's date) with reporter and editor, a photo caption between paragraphs, an 'open the app' box inside the body, an editor line glued after the last paragraph; a recommended-news list",
        page="""
<html><head><meta charset="utf-8"><title>“村BA”总决赛点燃乡村夏夜 两万观众现场助威_本地_琮州新闻网</title></head><body>
<div class="top">⟦m 琮州新闻网　琮州日报社主办⟧　⟦a 登录　|　数字报　|　客户端⟧</div>
<div class="hotsearch">⟦l 热搜：琮州高铁站改造　中秋消费券　秋季开学⟧</div>
<div class="crumb">⟦m 首页 > 本地 > 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-08-17 22:36　来源：琮州日报　记者：凌晓冬⟧</div>
{BODY}
<div class="rec"><h4>⟦l 为你推荐⟧</h4><p>⟦l 琮州首届农民丰收节活动方案出炉⟧</p><p>⟦l 乡村篮球场改造提升工程年底完工⟧</p></div>
<div class="ft">⟦d 琮州新闻网版权所有，未经书面授权禁止使用⟧　⟦m 互联网新闻信息服务许可证：52120180002⟧</div>
</body></html>
""",
        body="""
8月17日晚，琮州县第四届“村BA”总决赛在龙井镇篮球场举行，来自全县各乡镇的两万多名观众到场助威。
经过激烈角逐，石门村队以78比72战胜坝子村队，获得本届比赛冠军。
⟦m 图为总决赛现场。记者　凌晓冬　摄⟧
⟦a 打开琮州新闻客户端，观看总决赛全场回放⟧
本届“村BA”历时一个月，共有32支村队参赛，比赛期间同步举办农特产品展销和民族歌舞表演。
县文体广电旅游局负责人表示，将把“村BA”打造成乡村文旅融合的品牌活动。⟦m （责任编辑：武倩）⟧
""",
    ),
    dict(
        slug="news-yancheng-aquarium-opening-oneline",
        site="琰城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.ycwb.example.com/2025/0501/shehui/55190.html",
        title="琰城海洋水族馆“五一”开馆 首日接待游客八千人次",
        title_also=["琰城海洋水族馆五一开馆首日接待游客八千人次"],
        record_title="琰城海洋水族馆“五一”开馆 首日接待游客八千人次",
        date="2025-05-01",
        oneline=True,
        indent="\u3000\u3000",
        notes="the whole article on one line (paragraphs separated only by their indent); a byline with the time line is the page's date; a 'share' row and an editor line at the bottom; a sentence about 扫码 booking is body",
        page="""
!m 琰城晚报网 > 社会 > 正文
!t 琰城海洋水族馆“五一”开馆 首日接待游客八千人次
!m 2025-05-01 19:05:42　来源：琰城晚报　记者 邬凯
{BODY}
!a 分享到：微信｜微博｜复制链接
!m 责任编辑：房雨晴
!l 相关新闻：城东海洋公园二期工程开工
""",
        body="""
5月1日，位于琰城滨江新区的海洋水族馆正式开馆，首日接待游客八千人次。
水族馆总建筑面积3.2万平方米，设有热带雨林、深海隧道、极地世界等八个展区，展示海洋生物三百余种。
为避免人员过度聚集，水族馆实行分时段预约入馆，游客需提前扫码预约，每日最大接待量控制在一万二千人次。
馆方表示，暑期还将推出海洋科普夏令营，面向中小学生开展研学活动。
""",
    ),
]
