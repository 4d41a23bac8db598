"""holdout299, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML page and one
text each). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="xiantuan-blog-knitted-kettle-sleeve-bracket-time",
        site="线团慢时光 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://xiantuanman.blog/2025/11/08/lao-lvhu-husao/",
        title="给父亲的老铝壶织一只壶套",
        record_title="给父亲的老铝壶织一只壶套 · 手作日常 · 线团慢时光",
        date="2025-11-08",
        notes="a blog post: the bracketed post time as the page's date; calendar widget, tag cloud, archive and a "
        "comment form; a related-craft link glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>给父亲的老铝壶织一只壶套 · 手作日常 · 线团慢时光</title>
<link rel="stylesheet" href="/wp-content/themes/yarn/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header><p class="site-title">⟦m 线团慢时光⟧</p><p class="site-desc">⟦m 一针一线，把日子织得慢一点⟧</p>
<nav>⟦m 首页　手作日常　钩针图解　闲话家常　关于我⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2025-11-08 21:37]　分类：手作日常　作者：阿棉⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：壶套 毛线 父亲 冬天⟧<br>⟦a 喜欢这篇就点个小红心 ♥ 46⟧</footer>
<nav class="post-nav">⟦l « 钩一只圆底杯垫⟧　⟦l 秋天的第一条围巾 »⟧</nav>
<section id="comments"><h3>⟦l 5 条留言⟧</h3>
<div class="comment">⟦l 麦穗儿：看哭了，我爸也有这样一把壶。⟧</div>
<form>⟦a 写下你的留言（邮箱不会被公开）　提交留言⟧</form></section>
</article></main>
<aside>
<div class="widget">⟦l 2025年11月　日 一 二 三 四 五 六⟧</div>
<div class="widget"><h4>⟦l 标签云⟧</h4>⟦l 钩针 棒针 杯套 围巾 旧物改造 家常⟧</div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年十一月 (3)⟧</li><li>⟦l 2025年十月 (5)⟧</li></ul></div>
</aside>
<footer class="site-footer">⟦d © 2025 线团慢时光　文字与图片未经同意请勿搬运⟧　⟦m 由 WordPress 驱动 · 主题 Yarn⟧</footer>
</body></html>
""",
        body="""
父亲有一把用了二十多年的铝水壶，壶身坑坑洼洼，他每天早上灌满开水拎去菜园，到中午就凉透了。入冬前，我决定给它织一只壶套。
我选了粗一点的羊毛线，颜色挑了父亲喜欢的藏青。先量壶身周长，起针七十二针，上下针织了一圈又一圈，到壶肩处开始减针，最后在壶嘴和提手的位置各留一个口子。为了保温，里层又缝了一层薄棉。⟦l 【相关手作】钩针保温杯套图解⟧
前后织了四个晚上。拿给父亲时，他翻来覆去看了半天，只说了一句：“费这个工夫干啥。”可第二天，我看见他拎着套好的水壶出了门。
中午我去菜园送饭，他倒了一杯水给我，还是温的。那一刻我觉得，这四个晚上织得值。
""",
    ),
    dict(
        slug="laozaotai-blog-sorghum-pot-brush-wrapped-68",
        site="老灶台随笔 (invented, blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://laozaotai.blog.cn/post/2025/0702.html",
        title="外婆的高粱穗锅刷",
        record_title="外婆的高粱穗锅刷 — 柴灶忆旧 — 老灶台随笔",
        date=None,
        notes="a memoir hard-wrapped at 68 columns; the post time is relative and the other stamp is a last-edit "
        "stamp: no date",
        page="""
!m 老灶台随笔
!m 首页 / 柴灶忆旧 / 正文
{T}
!m 发布于 2 个月前 · 最后编辑于 2025-09-02 · 阅读 812
{BODY}
!l 上一篇：腌菜坛子　　下一篇：屋檐下的蓑衣
!l 评论（3）　　登录后参与讨论
!d 本博客文字均为原创，转载请保留作者署名与原文链接
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
小时候，外婆家的灶台边总挂着一把高粱穗扎的锅刷。每年秋天收了高粱，外婆挑出穗子最齐整的几把，晒干、去籽，用麻绳一道道扎紧，再把底部剪平，一把锅刷就成了。
那时候烧柴火大铁锅，锅底常结一层黑黑的锅巴。外婆先舀一瓢热水进锅，拿锅刷沿着锅边一圈圈地刷，刷下来的油水倒进猪食桶，一点不浪费。
新扎的锅刷硬，用上一个月就软和了；刷毛磨短了，外婆就把它挂到院墙上，留着刷鸡食槽。
后来家家用上了不锈钢锅和海绵擦，高粱穗锅刷慢慢没了踪影。去年回老家，我在杂物间的墙上又看到一把，穗子已经发灰，麻绳却还扎得紧紧的。
""",
    ),
    dict(
        slug="weiwenzhan-mirror-drool-towel-tips-h1-follow-glued",
        site="微文栈 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.weiwenzhan.com/a/ycfybj/20250712_0830.html",
        title="宝宝口水多，口水巾怎么选怎么用？",
        record_title=None,
        date="2025-07-12",
        notes="no record title: the article's <h1>; the account line's date as the page's date; a follow prompt "
        "glued before the first words, a past-issue link glued after a 。, 阅读原文/在看 rows and the mirror's note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>微文栈 - 公众号文章在线阅读</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script async src="/static/js/ww-counter.js"></script>
</head><body>
<div class="ww-top">⟦m 微文栈 · 好文章都在这儿⟧　<a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　宥城妇幼保健　2025年07月12日 08:30　宸州⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按下方二维码，关注“宥城妇幼保健”⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 3716⟧　⟦a ♡ 点赞 88⟧　⟦a 在看 21⟧</div>
<div class="collect">⟦l 收录于合集 #育儿小课堂 24个⟧</div>
</div>
<div class="ww-note">⟦d 本页为公众号文章的镜像存放，著作权归原公众号所有，如需删除请联系 ww@weiwenzhan.com⟧</div>
<div class="ww-more"><h4>⟦l 同号文章⟧</h4><p>⟦l 宝宝湿疹反复，家长要做好这四件事⟧</p><p>⟦l 长牙期咬东西，牙胶怎么消毒⟧</p></div>
</body></html>
""",
        p_html='<p style="line-height:1.75em;">{}</p>',
        body="""
⟦a 点击上方蓝字“宥城妇幼保健”关注我们⟧夏天到了，不少家长发现宝宝的下巴、脖子上起了一片红疹子，这多半和口水有关。四到八个月的宝宝处在长牙期，口水分泌多，又不会吞咽，一条合适的口水巾就显得格外重要。
选口水巾，记住三点：
1.选材质。优先选纯棉或竹纤维纱布，吸水快、透气好，不要选带亮片、印花厚重的款式。
2.看扣子。扣子最好是树脂按扣或魔术贴，位置在脖子后侧，不会硌到宝宝。
3.备足数量。口水巾湿了要及时更换，一天准备四到六条轮换使用。⟦l ▶往期回看：宝宝流口水是病吗⟧
用口水巾，也有讲究：
口水巾不能围得太紧，以能伸进一根手指为宜；宝宝睡觉时一定要取下，防止缠绕。换下来的口水巾要单独手洗，用清水漂净后在太阳下晒干。
如果宝宝口周已经出现红疹，要用温水轻轻蘸干口水，再薄涂一层医生推荐的护肤膏，红疹三天不退要及时就医。
""",
    ),
    dict(
        slug="qingchun-mirror-picnic-pledge-signature-date",
        site="公号归档站 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://gonghaoguidang.cn/mp/qcxc/2025-04-30/1.html",
        title="文明野餐“垫”亮巽溪倡议书",
        record_title="文明野餐“垫”亮巽溪倡议书 ·【青春巽川】公号文章归档",
        date="2025-04-28",
        date_also=["2025-04-30"],
        notes="a WeChat mirror as text: account line with a later date, 成文日期 under the joint signature; a "
        "sentence asking readers to 扫码 join volunteers (content); 在看/分享 row and a mirror notice",
        page="""
!m 公号归档站 ｜ 公众号：青春巽川
{T}
!m 青春巽川　2025-04-30 18:05　湖南
!a 听全文　｜　字体大小
{BODY}
!a ↓↓↓ 扫描文末二维码关注青春巽川 ↓↓↓
!a 分享　在看　点赞
!m 微信扫一扫，关注该公众号
!d 归档站收录的文章版权归原作者及公众号所有，本站不做任何修改，仅供查阅。
""",
        body="""
广大市民朋友、各位游客：
春夏之交，巽溪两岸草长花开，越来越多的朋友带着野餐垫走进滨水公园、河滩草地。为守护这片美丽的绿色空间，我们向大家发出如下倡议：
一、文明铺垫。请在划定的野餐区铺设野餐垫，不踩踏花坛苗圃，不在步道和消防通道上占位。
二、绿色野餐。尽量自带可重复使用的餐具和水杯，少用一次性塑料制品。
三、带走垃圾。离开前请抖净野餐垫，把垃圾分类装袋带走或投放到指定垃圾桶，做到“人走地净”。
四、互相提醒。看到不文明行为时，请友善劝导，也欢迎扫码加入“巽溪护绿”志愿者队伍。
一块野餐垫，铺开的是生活，也检验着文明。让我们从自己做起，共同守护巽溪的好风景！
共青团巽川县委　巽川县文明办
2025年4月28日
""",
    ),
    dict(
        slug="yeyetong-docshare-cup-brush-workshop-rules-articles",
        site="页页通文档分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.yeyetong.net/doc/5520931.html",
        title="杯刷生产车间6S现场管理制度",
        record_title="杯刷生产车间6S现场管理制度（可编辑docx·随意改）- 页页通",
        date=None,
        notes="a sharing page: upload notice, a points lock and a service WeChat; a rule in 第N条 articles with "
        "only an effective clause (no date); an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>杯刷生产车间6S现场管理制度（可编辑docx·随意改）- 页页通</title>
<script src="//cdn.yeyetong.net/js/reader.js"></script>
</head><body>
<div class="hd">⟦m 页页通文档分享⟧　⟦m 企业管理 / 生产管理 / 6S管理⟧　<a>⟦a 上传我的文档⟧</a></div>
<div class="doc-info">
<h1>⟦t 杯刷生产车间6S现场管理制度（可编辑docx·随意改）⟧</h1>
<p>⟦m 贡献者：长柄刷　｜　上传时间：2025-06-17　｜　2页　｜　评分 ★★★★★⟧</p>
<p class="upload-tip">⟦d 此文档由网友“长柄刷”分享至页页通，内容真实性与版权由分享者负责。⟧</p>
</div>
<div class="doc-body">
<p class="doc-title">{T}</p>
{BODY}
</div>
<div class="lock">⟦a 剩余内容已折叠，消耗 5 积分解锁全文并下载⟧</div>
<div class="svc">⟦w 文档定制与修改，联系页页通客服微信：yyt_kefu88⟧</div>
<div class="rel"><b>⟦l 你可能还需要⟧</b> ⟦l 注塑车间6S管理规定⟧ ⟦l 包装车间安全操作规程⟧ ⟦l 生产现场目视化管理办法⟧</div>
<div class="ft">⟦m 页页通 yeyetong.net　苏ICP备23041176号⟧</div>
</body></html>
""",
        body="""
第一条　为规范杯刷生产车间现场管理，提高生产效率，保证产品质量，结合本公司实际，制定本制度。
第二条　本制度适用于杯刷生产车间植毛、修剪、装柄、包装四道工序的全体员工。
第三条　整理：车间内只保留当班需要的刷丝、刷柄和半成品，不良品放入红色周转箱，每班清理一次。
第四条　整顿：刷丝按颜色和线径分区存放，工具上墙定位，用后归位，做到三十秒内能取到。
第五条　清扫：植毛机每班下班前清理落丝，修剪工位的碎毛每两小时清扫一次，防止混入成品。
第六条　清洁：车间主任每日巡查，检查结果在车间看板公示。
第七条　素养与安全：员工进入车间须佩戴发帽和口罩，严禁在植毛机运转时伸手整理刷丝。
第八条　本制度自发布之日起施行，由生产部负责解释。
""",
    ),
    dict(
        slug="wendangxingqiu-report-kettle-sleeve-workshop-docx-markers",
        site="文档星球 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wendangxingqiu.com/d/7781204.html",
        title="水壶套缝制车间主任2025年度述职报告",
        record_title="水壶套缝制车间主任2025年度述职报告.docx",
        date="2025-12-26",
        notes="a sharing page's text preview cut by page markers glued with a space to the continuation; a .docx "
        "file name as the record title; date under the 述职人 line",
        page="""
!m 文档星球 — 海量文档随心查
!t 水壶套缝制车间主任2025年度述职报告.docx
!m 大小：24KB　｜　页数：3　｜　分享于 4 天前
!a 在线预览　｜　下载（需 3 星币）　｜　收藏
{BODY}
!a 预览结束，完整文档请下载后查看
!d 星球用户上传的文档仅供交流，如有侵犯您的权益，请点击“举报”提交证明材料。
!l 同类文档：车间主任年终述职报告　班组长个人述职报告　生产主管述职报告
""",
        pages=dict(fmt="⑀{n}⑀", every=130, start=2, glue=True, sep=" "),
        body="""
各位领导、同事们：
2025年，我担任水壶套缝制车间主任，带领全车间46名员工完成各类水壶套、杯套订单83万只，产值1960万元，同比增长12%。现将一年来的工作述职如下。
一、抓生产，交货准时率提升。推行“小批量、快翻单”排产，把裁剪、车缝、锁边、包装四道工序的衔接时间压缩了三分之一，全年交货准时率达到98.7%。
二、抓质量，客户退货率下降。针对去年客户反映的肩带脱线问题，改用双针加固车缝，并在包装前增加一道拉力抽检，全年退货率由1.6%降到0.4%。
三、抓安全，全年零事故。每月组织一次缝纫机和熨烫设备安全检查，新员工上岗前一律培训考核。
不足之处是新品打样速度还不够快。明年我将牵头组建打样小组，争取新款七天内出样。
述职人：葛晓棠
2025年12月26日
""",
    ),
    dict(
        slug="xunchuan-edu-notice-cup-brush-kindergartens-contact",
        site="巽川县教育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xunchuan.gov.cn/tzgg/202509/t20250903_6618.html",
        title="关于在全县幼儿园推行幼儿水杯“一杯一刷”清洁制度的通知",
        record_title="关于在全县幼儿园推行幼儿水杯“一杯一刷”清洁制度的通知 - 巽川县教育局 › 通知公告",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="an education bureau's page: elder-mode and reader links, a 文号 line (neutral), the document's own "
        "contact and mailbox beside the site's technical line, a 附件 list beside an attachment link",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于在全县幼儿园推行幼儿水杯“一杯一刷”清洁制度的通知 - 巽川县教育局 › 通知公告</title>
<script src="/js/jquery-1.12.4.min.js"></script>
</head><body>
<div class="tool-top">⟦a 长者大字版⟧　⟦a 语音读屏⟧　⟦m 今天是2025年9月3日 星期三⟧</div>
<div class="logo">⟦m 巽川县教育局⟧</div>
<div class="menu">⟦m 首页 | 教育新闻 | 通知公告 | 政务公开 | 招生考试 | 学前教育⟧</div>
<div class="weizhi">⟦m 您所在的位置：首页 » 通知公告⟧</div>
<div class="con">
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-09-03　来源：学前教育股　点击：640⟧</div>
<p class="wh">巽教发〔2025〕41号</p>
{BODY}
<div class="attach">⟦a 附件：巽川县幼儿园水杯清洁落实情况表.xlsx（点击下载）⟧</div>
<div class="print">⟦a 【打印正文】　【关闭】⟧</div>
</div>
<div class="foot">
<p>⟦m 巽川县教育局 主办　地址：巽川县文昌路66号⟧</p>
<p>⟦m 网站技术支持：0739-5530998（工作日）⟧</p>
<p>⟦m 湘ICP备12003417号-3⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇中心学校，县直各幼儿园，各民办幼儿园：
为进一步加强幼儿园饮水卫生管理，预防肠道传染病，县教育局决定自本学期起在全县幼儿园推行幼儿水杯“一杯一刷”清洁制度。现将有关要求通知如下。
一、每名幼儿配备专用水杯和专用杯刷各一个，杯刷与水杯编号一致，分格存放，不得混用。
二、各班保育员每天离园后用杯刷逐个清洗水杯，再放入消毒柜消毒；杯刷每周消毒一次，每学期更换一次。
三、各园要将“一杯一刷”纳入每月卫生保健自查，县教育局将在10月组织抽查。
请各园于9月20日前将落实情况表报县教育局学前教育股。
联系人：卞思远，电话：0739-5536217，邮箱：xqjy_xc@xunchuan-edu.cn。
附件：巽川县幼儿园水杯清洁落实情况表
巽川县教育局
2025年9月2日
""",
    ),
    dict(
        slug="xikou-school-plan-picnic-study-trip-scan-sign-in",
        site="巽川教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xcjyxx.cn/xiaoyuan/2025/0408/3391.html",
        title="奚口镇中心小学2025年春季研学野餐活动安全方案",
        record_title="〔校园活动〕奚口镇中心小学2025年春季研学野餐活动安全方案 - 巽川教育信息网",
        date="2025-04-07",
        notes="a school plan on an education news site: numbered lists, a class teachers' 扫码签到 as content; "
        "成文日期 under the signature; a scan-to-read line and a share row",
        page="""
!m 巽川教育信息网
!m 首页 > 校园动态 > 安全教育
!t 〔校园活动〕奚口镇中心小学2025年春季研学野餐活动安全方案
!m 投稿学校：奚口镇中心小学　录入：教育信息中心　点击数：295
{BODY}
!a 手机扫一扫，随时看本文
!l 分享到：朋友圈 ｜ 微博 ｜ QQ
!l 上一条：攸田镇中学开展防溺水安全教育
!l 下一条：县实验小学举行春季运动会
!m 巽川教育信息网 版权所有　备案号：湘ICP备16008213号
""",
        body="""
为让学生走进自然、增长见识，学校定于4月18日组织三至六年级学生赴巽溪湿地公园开展春季研学野餐活动。为确保活动安全，制定本方案。
一、活动安排
1.8:00在校门口集合，各班班主任扫码签到后，按班级顺序乘车出发。
2.10:00至11:30开展湿地植物观察研学，11:30在公园草坪野餐。
3.14:00集合返校。
二、野餐要求
学生自带野餐垫和午餐，每班野餐垫集中铺设在划定区域，不得分散到水边。食物以面包、水果为主，不带需要加热的食品。
三、安全措施
每班配备带队教师2名、家长志愿者2名；校医随队携带急救箱；活动结束后各班清点人数，收好野餐垫和垃圾再离开。
四、应急处置
遇突发天气或学生身体不适，带队教师立即报告领队，由领队决定是否提前返校。
奚口镇中心小学
2025年4月7日
""",
    ),
    dict(
        slug="hejin-oa-bulletin-kettle-sleeve-batch-flow-record",
        site="禾锦OA协同平台 (invented, company intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.hejin-outdoor.com/doc/view.do?id=20250403017",
        title="关于3月份出口水壶套批次质量问题的通报",
        record_title="〔品质警示〕关于3月份出口水壶套批次质量问题的通报 - 禾锦OA协同平台",
        date="2025-04-03",
        notes="an OA document view: 流转记录, read count, a sign-for button, the IT desk's extension; 成文日期 "
        "under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔品质警示〕关于3月份出口水壶套批次质量问题的通报 - 禾锦OA协同平台</title>
<script src="/oa/static/seeyon.min.js"></script></head><body>
<div class="oa-top">⟦m 禾锦OA协同平台⟧　⟦m 当前用户：尹海鸥（业务部）⟧　⟦a 退出系统⟧</div>
<div class="oa-menu">⟦m 待办事项　公文管理　公司公告　知识文档　个人设置⟧</div>
<div class="oa-path">⟦m 公文管理 › 收文 › 公司通报⟧</div>
<div class="doc">
<h2 class="doc-title">{T}</h2>
<div class="doc-meta">⟦m 发文部门：总经理办公室　密级：内部　阅读人数：187⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="oa-btns">⟦a 签收本文⟧　⟦a 转发同事⟧　⟦a 导出为版式文件⟧</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-04-03 09:12　起草：质检部 屈远航⟧</p>
<p>⟦m 2025-04-03 10:40　审核：副总经理 孔德欣⟧</p>
<p>⟦m 2025-04-03 14:05　签发：总经理 禾明浩⟧</p></div>
</div>
<div class="oa-foot">⟦m 系统使用问题请拨打信息中心分机 8021⟧　⟦d 仅限公司内部阅览，请勿外传⟧</div>
</body></html>
""",
        body="""
各生产车间、质检部、业务部：
3月27日，我司出口欧洲的一批保温水壶套（批号HJ2503-118，共4200只）在客户验货时发现魔术贴脱胶、肩带缝线针距不足等问题，被判定批次不合格，需全部返工，直接损失约3.1万元。
经调查，问题主要原因是：缝制二车间在赶工期间擅自更换魔术贴供应商，来料未经检验即投入使用；质检部对肩带缝线只做了外观检查，未按规定抽检拉力。
为严肃纪律，公司决定：对缝制二车间主任赵小满给予通报批评，扣减当月绩效20%；对当班质检员给予警告处分。
各部门要引以为戒：一是辅料更换供应商须经质检部检验合格后方可使用；二是出口订单一律执行全项目抽检；三是质检记录须当日录入系统。
巽川禾锦户外用品有限公司
2025年4月3日
""",
    ),
    dict(
        slug="jielijia-oa-minutes-pot-brush-production-time-line",
        site="洁利家协同门户 (invented, company intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://portal.jielijia.local/meeting/2025/0812-03",
        title="洁利家日用品公司8月锅刷产销协调会会议纪要",
        record_title="〖产销例会〗洁利家日用品公司8月锅刷产销协调会会议纪要 - 洁利家协同门户",
        date="2025-08-12",
        notes="intranet minutes: the 时间/地点/主持/参会/记录 lines in the body, the meeting date as the date; "
        "read list, download/print buttons and an approval trail around it",
        page="""
!m 洁利家协同门户 ｜ 行政管理 ｜ 会议纪要
!t 〖产销例会〗洁利家日用品公司8月锅刷产销协调会会议纪要
!m 拟稿：办公室 罗佳　｜　上传：2025-08-13 09:02　｜　已读 64 人
!a 下载附件　打印纪要　转发
{BODY}
!m 审批意见：同意印发。——副总经理 邢立秋 2025-08-13
!l 相关纪要：7月锅刷产销协调会会议纪要　二季度安全生产例会纪要
!m 如页面显示异常，请联系信息部（分机 6603）
""",
        body="""
时间：2025年8月12日下午2:30
地点：公司三楼会议室
主持：副总经理 邢立秋
参会：生产部、销售部、采购部、质检部负责人
记录：办公室 罗佳
会议听取了各部门关于8月锅刷产销情况的汇报，研究了下一阶段工作。纪要如下：
一、8月长柄剑麻锅刷订单较计划增加35%，生产部要调整排班，9月5日前完成电商平台备货2万把。
二、采购部反映剑麻原料价格上涨8%，会议同意与两家老供应商签订季度锁价协议。
三、质检部通报近期退货中有11把刷头与刷柄松脱，生产部要在装柄工序增加点胶检查。
四、销售部提出开发小号锅刷专刷砂锅、铁锅，会议同意先打样，9月底前拿出样品。
""",
    ),
]
