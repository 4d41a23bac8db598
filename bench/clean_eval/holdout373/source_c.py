"""holdout373, part C: news portals, WeChat mirrors, blogs, personal collections and university sites.
Everything invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="news-manshui-step-board-elders-missing-title-html",
        site="曼水融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.manshuirm.cn/xw/bdxw/202503/t20250318_84127.html",
        title="庞口镇百余名老人在家门口练起踏板操",
        record_title=None,
        date="2025-03-18",
        notes="no title in the record: the <h1>; a client prompt glued before the news lead, a photo caption "
        "between paragraphs, an editor line glued after the last one; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">
<title>曼水融媒-曼水县融媒体中心官方网站</title>
<script>var _czc=_czc||[];</script></head><body>
<div class="rm-top">⟦m 曼水融媒 · 权威发布 本地生活⟧ <a>⟦a 下载客户端⟧</a></div>
<div class="rm-nav">⟦m 首页 | 本地新闻 | 乡镇传真 | 民生 | 视频 | 专题⟧</div>
<div class="rm-ad">⟦a 广告位招租　详询 0913-8701166⟧</div>
<div class="rm-art">
<h1>{T}</h1>
<div class="rm-by">⟦m 发布时间：2025-03-18 16:20　来源：曼水县融媒体中心　记者：稠佳怡⟧</div>
<div class="rm-listen">⟦a ▶ 听新闻⟧</div>
<div class="rm-body">
{BODY}
</div>
<div class="rm-share">⟦l 转发本文 ▸ 微信好友 / 朋友圈 / 微博⟧</div>
</div>
<div class="rm-24h"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 曼河大桥4月起分时段封闭施工⟧</li><li>⟦l 全县春季义务植树活动启动⟧</li><li>⟦l 疏坪镇油菜花节下周开幕⟧</li></ol></div>
<div class="rm-ft">⟦m 曼水县融媒体中心主办　互联网新闻信息服务许可证：61120230017⟧</div>
</body></html>
""",
        body="""
⟦a 打开曼水融媒客户端，看更多身边事⟧“左脚上、右脚上，左脚下、右脚下……”3月17日上午，庞口镇杰家湾村文化广场上，伴着音乐和口令，四十多位老人在踏板上踩得有板有眼。
今年春节后，庞口镇在全镇9个村的文化广场配发健身踏板180块，并请县体育馆的社会体育指导员下村教学，每周二、周四上午各带一次操。截至目前，全镇已有130多位老人固定参加。
⟦m 图为杰家湾村老人在社会体育指导员带领下练习踏板操（稠佳怡 摄）⟧
“这个踏板只有一拃高，踩上去稳当，练完腿脚轻快多了。”72岁的村民晃桂兰说，她以前膝盖一到冬天就发僵，现在上下楼梯都利索了。
带操的社会体育指导员疏晓东介绍，踏板操对老年人的下肢力量和平衡能力很有好处，但动作一定要慢，踏板高度也要因人而异，“我们给每位老人都量了腿长，膝盖不好的就先在地面练步法”。
镇文化站负责人表示，下一步将组织踏板操队伍参加县里的全民健身展演。⟦m （编辑：焦敏　审核：厚建军）⟧
""",
    ),
    dict(
        slug="news-linzhou-wetland-insect-nets-record-date",
        site="凛州新闻网 文字版 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.linzhou.cn/shehui/2025-07/14/c_7715208.htm",
        title="湿地公园开出暑期自然课 孩子们拿着捕虫网认昆虫",
        record_title="湿地公园开出暑期自然课 孩子们拿着捕虫网认昆虫 ▏凛州新闻网·城事",
        record_date="2025-07-14",
        date="2025-07-14",
        notes="record gives a decorated title and the date; a listen button, a photo caption between "
        "paragraphs, an app prompt glued before a paragraph, a hot list at the bottom",
        page="""
!m 凛州新闻网
!m 新闻 > 城事 > 正文
{T}
!m 2025年07月14日 17:36　　来源：凛州日报　　作者：绽文静
!a 🔊 听全文　　A+　　A-
{BODY}
!m 【责任编辑：簇丹】
!l 热点推荐
!l 凛州北站新增两条公交接驳线
!l 今夏首场“城市音乐会”周六开唱
!m 凛州日报社主办　违法和不良信息举报电话：0915-3010101
""",
        indent="\u3000\u3000",
        body="""
本报讯　7月13日上午，杰湾区曼河湿地公园的自然课堂迎来了第一批小学员。30多名孩子戴着遮阳帽、拿着捕虫网，跟着自然讲解员走进芦苇丛边的观察步道，寻找蜻蜓、豆娘和蝴蝶。
“网子要从下往上兜，兜住后马上把网口翻过来，昆虫就跑不掉了。”讲解员厚雨晴一边示范一边提醒，捕到的昆虫只在观察盒里停留几分钟，拍照记录后就要放回原处。
⟦m 孩子们在讲解员指导下用捕虫网观察蜻蜓。凛州日报记者 绽文静 摄⟧
一个上午，孩子们认识了黄蜻、碧伟蜓、菜粉蝶等12种昆虫。10岁的庞一鸣说：“以前只会追着蜻蜓跑，今天才知道它们的翅膀和眼睛这么神奇。”
⟦a 下载凛州日报App，参与暑期活动报名⟧据了解，湿地公园暑期自然课每周六、周日各开一场，每场限30人，捕虫网和观察盒由公园免费提供。公园管理处提醒，课程以观察为主，园内禁止私自捕捉和带走野生动物。
""",
    ),
    dict(
        slug="wechat-zhouyuan-soap-net-missing-title-html",
        site="绽园社区 公众号文章镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.weixin-mirror.cc/s/ZyB7dXh3Qe2LmNc0aKp9",
        title="一张肥皂网，能帮你家省下多少？",
        record_title=None,
        date="2025-06-12",
        notes="WeChat mirror, no title in the record: the <h1>; a star prompt glued before the salutation, "
        "在看/阅读原文/赞赏 rows and the mirror's archive note; a sentence asking readers to 关注 the account "
        "is body; the account line's date is the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>绽园社区</title>
<meta property="og:site_name" content="公众号文章镜像"></head><body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title" id="activity-name">{T}</h1>
<div class="rich_media_meta_list"><span class="ori">⟦m 原创⟧</span> ⟦m 绽园社区 2025年6月12日 08:30 陕西⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="tail">⟦a 阅读原文⟧　⟦m 阅读 1862⟧　⟦a 在看 47⟧　⟦a 分享⟧</div>
<div class="reward">⟦a 喜欢作者就请社区小编喝杯茶⟧</div>
<div class="qr">⟦a 长按识别二维码，关注绽园社区⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章存档镜像，内容以原公众号为准；如需删除请联系 archive@weixin-mirror.cc⟧</div>
</body></html>
""",
        p_html='<p><span style="font-size:16px;">{}</span></p>',
        body="""
⟦a 点上方蓝字“绽园社区”，设为星标不迷路⟧亲爱的居民朋友们：
上个月，社区发起“用好肥皂网”小调查，32户家庭坚持用了四周。结果怎么样？今天给大家算一笔账。
先说肥皂。以一块100克的洗衣皂为例，过去用到薄片就容易断裂、被丢掉，装进肥皂网后可以一直搓到最后，参与调查的家庭平均每月少扔掉1.5块肥皂。
再说塑料。不少家庭过去用塑料袋或塑料盒装肥皂，肥皂泡在水里又软又黏。挂在水龙头旁的肥皂网沥水快，32户家庭四周里一共少用了170多个塑料袋。
最后说方便。把碎皂头放进肥皂网里，一搓就起泡，洗抹布、洗袜子都顺手。好几位阿姨反映，连洗手间的台面都干净了不少。
社区每月第一个周六上午在活动室开设肥皂网编织课，材料免费。欢迎关注社区公众号，报名通知会提前在这里发布。
""",
    ),
    dict(
        slug="wechat-houyuan-hospital-step-board-knees-text",
        site="厚原县人民医院 公众号转载 文字版 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://wxarchive.lingxi-read.com/a/hyxrmyy/20250221_0918",
        title="膝关节不好，健身踏板还能踩吗？康复科医生来解答",
        record_title="膝关节不好，健身踏板还能踩吗？康复科医生来解答 ⋮ 厚原县人民医院（转存）",
        date="2025-02-21",
        notes="WeChat article saved as text: an account line giving the date, an author line, 在看 and 阅读原文 "
        "rows; a follow prompt and a booking prompt between paragraphs",
        page="""
!m 厚原县人民医院
!t 膝关节不好，健身踏板还能踩吗？康复科医生来解答 ⋮ 厚原县人民医院（转存）
{T}
!m 厚原县人民医院　2025年02月21日 18:02
!m 文字：康复医学科 焦雅婷　｜　编辑：宣传科
{BODY}
!a 预约康复科门诊，请点击菜单栏“就医服务—预约挂号”
!m 阅读 2405　　　　❤ 在看 63
!a ⊙ 阅读原文
!d 转存说明：本文由灵犀阅读自动存档，仅供检索，版权归原作者所有。
""",
        indent="",
        gap=True,
        body="""
最近不少中老年朋友跟着视频练踏板操，也有人来问：膝盖有点疼，还能踩健身踏板吗？今天，康复医学科的焦医生来说一说。
能不能踩，先看膝盖的情况。膝关节轻度退变、平时走路不疼的，可以在医生评估后练习；上下楼梯就疼、膝盖肿胀或刚受过伤的，暂时不要练。
踏板高度宜低不宜高。初练者选10厘米左右的踏板就够了，膝盖弯曲不超过90度。踏上去时整个脚掌落在踏板中央，不要只用前脚掌踩边缘。
⟦a 想获取更多康复小知识，记得点亮星标⟧
时间和强度要循序渐进。每次练15到20分钟，每周三到四次；练完膝盖有酸胀感、休息一晚能缓解是正常的，如果第二天还疼，就要减量或者停下来。
练前热身、练后拉伸都不能少。可以先原地踏步3分钟，结束后做大腿前侧和小腿后侧的拉伸。
如果拿不准自己适不适合，可以到康复医学科做一次评估，医生会根据肌力和关节活动度给出个性化的运动建议。
""",
    ),
    dict(
        slug="blog-jiaoer-essay-first-ski-goggles-html",
        site="焦二的自留地 (invented Typecho-like blog)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="html",
        source="https://jiaoer.blog/archives/412/",
        title="第一副滑雪镜",
        record_title="【雪地手记】第一副滑雪镜 ⇢ 焦二的自留地",
        date="2025-02-03",
        notes="blog with a tag cloud, an archive, a calendar and a comment form; the bracketed post time is the "
        "page's date; a 'read more' link glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="UTF-8"><title>【雪地手记】第一副滑雪镜 ⇢ 焦二的自留地</title>
<link rel="alternate" type="application/rss+xml" href="/feed/"></head><body>
<header><div class="blog-name">⟦m 焦二的自留地⟧</div><div class="blog-desc">⟦m 写点雪，写点山，写点日子⟧</div>
<nav>⟦m 首页 / 归档 / 友链 / 关于⟧</nav></header>
<main><article>
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m [2025-02-03 22:14]　分类：雪地手记　阅读(356)　评论(4)⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：滑雪, 装备, 戚山⟧</div>
<div class="post-near"><p>⟦l « 雪场缆车上遇见的老人⟧</p><p>⟦l 周末去杰湾冰雪乐园踩点 »⟧</p></div>
</article>
<section id="comments"><h3>⟦l 已有 4 条评论⟧</h3>
<p>⟦l 雪地里的松鼠：防雾太重要了，我第一年也是雾得什么都看不见⟧</p>
<p>⟦l 阿曼：柱面镜和球面镜差别大吗？⟧</p>
<form>⟦a 发表评论　昵称*　邮箱*　提交⟧</form></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 滑雪 徒步 摄影 读书 装备 雪场 旧物⟧</p>
<h4>⟦l 归档⟧</h4><p>⟦l 2025年2月 (3)　2025年1月 (6)　2024年12月 (5)⟧</p>
<div class="calendar">⟦l 2025年二月 日 一 二 三 四 五 六⟧</div></aside>
<footer>⟦m © 2019-2025 焦二的自留地 · Powered by Typecho⟧</footer>
</body></html>
""",
        body="""
我的第一副滑雪镜是在戚山滑雪场门口的小店买的，八十块钱，黄色镜片，镜框上的海绵硬邦邦的。
那是我第一次滑雪。教练让我们戴好头盔和滑雪镜再上魔毯，我嫌它勒得慌，把它推到头盔上，结果第一趟下来，迎面的雪沫子打得我睁不开眼，整个人在初级道上转了半圈坐在地上。
后来我才明白，滑雪镜不是装饰。雪地反光强，不戴镜子眼睛又酸又疼；风一吹，眼泪就往外涌。可那副便宜镜子也有它的毛病，哈一口气就起雾，我只好每滑一趟就停下来，用袖口擦镜片。⟦l 延伸阅读：滑雪镜起雾的五个原因⟧
第二年，我攒钱换了双层防雾的镜子，镜框贴着脸，再也没雾过。那副黄色的旧镜子却一直没舍得扔，挂在书房的墙上。
每次看到它，我都会想起那个坐在雪地里、又狼狈又开心的下午。
""",
    ),
    dict(
        slug="blog-laohe-insect-net-class-wrapped",
        site="稠溪老何的教学笔记 (invented blog) 文字版",
        style="博客",
        genre="博客文章",
        kind="other",
        form="text",
        source="http://laohe-jiaoxue.blogspace.cn/post/20250606/0352",
        title="带学生做捕虫网的一个下午",
        record_title="带学生做捕虫网的一个下午 ⁄ 稠溪老何的教学笔记 ⁄ 科学课随笔",
        date=None,
        notes="a teacher's blog as text, the body hard-wrapped at 66 columns; 发表于 3 天前 and 最后编辑 stamps "
        "are no dates; prev/next and a comment box",
        page="""
!m 稠溪老何的教学笔记
!m 一个乡村科学老师的课堂与田野
!m 首页 ｜ 科学课随笔 ｜ 学生作品 ｜ 留言板
{T}
!m 发表于 3 天前 ｜ 分类：科学课随笔 ｜ 浏览 211
{BODY}
!m 最后编辑：昨天 21:40
!l ← 上一篇：蚕宝宝上山了
!l → 下一篇：孩子们的昆虫观察记录卡
!l 评论（2）
!l 杰家湾小学刘老师：铁丝圈弯得好圆，求教程！
!a 登录后参与评论
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
周五下午的科学课，我们不在教室上，搬了几张桌子到操场边的树荫下，做捕虫网。
材料是我提前一周准备的：每人一段粗铁丝、一块白纱网、一根一米长的竹竿，还有针线和胶带。孩子们最着急的是弯铁丝圈，有的弯成了鸡蛋形，有的接口没拧紧，一甩就散了。我让他们两人一组，一个人扶着，一个人拧，拧好后用胶带把接口缠三圈，免得扎手。
缝网袋是最难的。男孩子们拿针的样子像拿钉子，女孩子们倒是手巧，缝得又密又直。网袋要比网圈深一倍，这样虫子兜进去后一翻网口就出不来了。
快下课的时候，操场边的草丛里飞起两只菜粉蝶，二十几个孩子举着新做的捕虫网追了过去。我在后面喊：“轻一点，看完就放！”
那天最让我高兴的，不是谁捕到了蝴蝶，而是有个孩子把蝴蝶放走后，蹲在地上看了很久，说它翅膀上的粉掉在了他的手指上。
""",
    ),
    dict(
        slug="collection-shishang-memoir-father-pole-saw-gb2312",
        site="石上闲笔 个人文集 (invented, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.shishangxianbi.net/wenji/juan2/014.htm",
        title="父亲的那把高枝锯",
        record_title="父亲的那把高枝锯 〈石上闲笔·卷二第十四则〉",
        date=None,
        notes="old gb2312 personal collection: a marquee, volume links, the author's mailbox, a visitor counter; "
        "a memoir closed by a 记于 line without a date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的那把高枝锯 〈石上闲笔·卷二第十四则〉</title></head>
<body bgcolor="#faf6ea">
<table width="760" align="center"><tr><td align="center">⟦m 石　上　闲　笔⟧</td></tr>
<tr><td><marquee scrollamount="2">⟦m 退休林业工人晃德明的文字小屋，记山记树记旧人⟧</marquee></td></tr>
<tr><td align="center">⟦l 卷一·山林旧事　卷二·家中老物　卷三·师友杂记　留言簿⟧</td></tr></table>
<table width="760" align="center"><tr><td>
<p align="center"><font size="4">{T}</font></p>
{BODY}
</td></tr></table>
<table width="760" align="center"><tr><td align="center">
⟦l 【上一则：母亲的针线笸箩】　【返回卷二目录】　【下一则：那台老收音机】⟧<br>
⟦m 来信请寄：shishang_xianbi@163.com⟧<br>
⟦m 本站已接待来客 048219 人次⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲在晃石村林场干了一辈子，留给我的东西不多，其中有一把高枝锯。
那是八十年代林场统一发的，锯头是一截弯弯的钢锯条，用两颗铆钉固定在一根三米长的竹竿上。竹竿是父亲自己从后山砍来的，晾了一个冬天才用，握手的地方缠着一圈圈黑胶布，被他的手磨得发亮。
林场冬天修枝，别人爱爬树，父亲偏不。他说，人在树上，脚下没根，锯子再快也不踏实。他总是站在树下，眯着眼看准枝条，然后一下一下地拉锯，锯末像细雪一样落在他的帽檐上。
我上初中那年冬天，跟着他去修过一回枝。锯杆太长，我举不稳，锯齿老是从枝条上滑开。父亲接过去，教我先在枝条下面锯一个小口，再从上面往下锯，这样树皮不会被撕裂。
后来林场换了铝合金的伸缩高枝锯，那把竹竿锯就挂在了老屋的墙上。父亲走后，我把它取下来擦了又擦，竹竿上的胶布早已发硬，可那一圈圈磨亮的痕迹还在。
乙巳年初春，记于曼水寓所。
""",
    ),
    dict(
        slug="collection-dengxia-memoir-grandma-soap-net",
        site="灯下旧物 个人文集 文字版 (invented)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://dengxiajiuwu.wenji-home.net/juan2/07.html",
        title="外婆的肥皂网",
        record_title="外婆的肥皂网（灯下旧物·卷二之七）",
        date=None,
        notes="a personal collection as text: a collection header, volume navigation, a copyright line; a "
        "memoir dated only by a season; a 收藏于 stamp is no date",
        page="""
!m 灯下旧物 —— 绽秋禾文集
!m 卷一 · 衣食　｜　卷二 · 器物　｜　卷三 · 人情
!t 外婆的肥皂网（灯下旧物·卷二之七）
{T}
!m 收藏于 5 个月前　·　字数 612
{BODY}
!l ‹ 卷二之六：蒸笼　　　　卷二之八：顶针 ›
!d 本文集文字均为作者原创，转载请征得同意。
""",
        indent="\u3000\u3000",
        body="""
外婆家的洗衣台在井边，台子一角的钉子上，常年挂着一个灰白色的小网兜，里面装着几块碎肥皂。
那网兜是外婆用旧渔网改的。外公打了一辈子鱼，网破了补，补不了就剪下来。外婆挑一块网眼细的，对折缝成口袋，穿上麻绳，就成了肥皂网。
小时候我不明白，为什么肥皂不直接放在台子上。外婆说，肥皂泡在水里就化了，挂起来风一吹，干得快，能多用好些天。洗衣服的时候，她把网兜往湿衣服上一搓，泡沫就起来了，碎皂头一点也不浪费。
后来家家都用上了洗衣机和洗衣液，外婆还是习惯在井边搓几件小衣服。那个网兜旧了，她就再剪一块渔网缝一个新的。
去年在超市看见货架上挂着各色的起泡网，我站在那里看了很久，想起井边那个灰白色的小网兜，想起外婆搓衣服时手背上的泡沫。
""",
    ),
    dict(
        slug="college-linzhou-normal-insect-survey-missing-title-html",
        site="凛州师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lzsf.edu.cn/info/1021/18352.htm",
        title="生命科学学院学生带着自制捕虫网赴挽河湿地开展昆虫多样性调查",
        record_title=None,
        date="2025-05-27",
        notes="university news page, no title in the record: the <h1>; a dotted date line is the page's date; "
        "photo caption and a campus-photos link between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>凛州师范学院新闻网</title></head><body>
<div class="u-top">⟦m 凛州师范学院新闻网⟧　⟦m 厚德 博学 敬业 笃行⟧</div>
<div class="u-nav">⟦m 首页　学院要闻　综合新闻　院系动态　媒体师院　图说师院⟧</div>
<div class="u-loc">⟦m 当前位置：首页 » 院系动态⟧</div>
<div class="u-art">
<h1>{T}</h1>
<div class="u-info">⟦m 日期：2025.05.27　作者：宙心怡　摄影：簇子航　审核：杰晓峰　点击：[ 1098 ]⟧</div>
<div class="u-con">
{BODY}
</div>
<div class="u-close">⟦a 【合上本页】⟧</div>
</div>
<div class="u-ft">⟦m 凛州师范学院党委宣传部　地址：凛州市杰湾区学府路1号　邮编：719000⟧</div>
</body></html>
""",
        body="""
5月24日至25日，生命科学学院组织生物科学专业2023级46名学生，带着自己制作的捕虫网，赴挽河湿地自然保护区开展昆虫多样性调查实习。
出发前两周，专业课老师带领学生自制捕虫网。学生们用不锈钢丝弯网圈、用尼龙纱缝网袋，按照扫网、空网和水网三种用途分别制作，共完成捕虫网60余把。
⟦m 学生在湿地边缘用扫网法采集昆虫⟧
调查中，学生分成8个小组，在芦苇带、林缘和农田三类生境中设置样线，用扫网法和目视法记录昆虫种类和数量。两天共记录昆虫9目43科117种，其中蜻蜓目昆虫21种，比去年同期增加4种。
⟦l 更多实习照片请看“图说师院”专栏⟧
带队教师庞立春表示，自己动手做捕虫网，能让学生理解不同网具适合的采集对象；采集以观察记录为主，标本只保留教学需要的少量个体，其余全部放归。
学院将把本次调查数据整理后提供给保护区管理站，作为湿地生态监测的补充资料。
""",
    ),
    dict(
        slug="college-tiyu-notice-ski-goggles-lending-text",
        site="凛州师范学院体育学院 文字版 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tyxy.lzsf.edu.cn/tzgg/2024/1202/667.html",
        title="关于冬季实践课滑雪镜等装备借用的通知",
        record_title="关于冬季实践课滑雪镜等装备借用的通知 ※体育学院※凛州师范学院",
        date="2024-12-02",
        date_also=["2024-12-04"],
        notes="a college page as text: the equipment room's own contact beside the college office's line; a "
        "扫码 sentence in the body; the page date differs from the 成文日期",
        page="""
!m 凛州师范学院体育学院
!m 首页　学院概况　教学工作　学生工作　通知公告
!m 位置：首页 - 通知公告
!t 关于冬季实践课滑雪镜等装备借用的通知 ※体育学院※凛州师范学院
{T}
!m 发布者：教学办　　发布日期：2024-12-04　　浏览次数：530
{BODY}
!a 【打印此文】　【关掉页面】
!m 体育学院办公室　电话：0915-3260011　地址：凛州师范学院东校区体育馆二楼
""",
        indent="\u3000\u3000",
        body="""
各班级：
本学期《冰雪运动》实践课将于12月16日起在凛州北山雪场进行。为保障学生安全，学院器材室购置了一批滑雪镜、头盔和护具，供未自备装备的学生借用。现将借用事项通知如下：
一、借用范围：选修《冰雪运动》课程的2022级、2023级学生。
二、借用方式：各班体育委员统计需借用的人数和尺码，于12月9日前到器材室办理集体借用；个人借用的，请扫描器材室门口的二维码登记。
三、使用要求：滑雪镜借用后须放在镜袋内保管，不得用纸巾、衣角擦拭镜片内层；镜片出现划痕或防雾层脱落的，应及时到器材室更换。
四、归还要求：课程结束后一周内归还，器材室统一消毒。丢失或人为损坏的，按原价赔偿。
器材室联系人：稠老师，电话：0915-3260137
体育学院
2024年12月2日
""",
    ),
]
