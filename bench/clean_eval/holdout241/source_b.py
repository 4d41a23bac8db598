"""holdout241, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text (places, people, sites, URLs, numbers); see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="blog-laoke-bamboo-lantern-racks-calendar-widget",
        site="老柯的竹篾间 (invented WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://laoke-miejian.blog.example.net/2025/01/12/third-winter/",
        title="给老街做竹灯笼架的第三个冬天",
        record_title="【篾活儿】给老街做竹灯笼架的第三个冬天 – 老柯的竹篾间",
        date="2025-01-12",
        notes=(
            "WordPress-like blog: a calendar widget, an archive with counts, a tag cloud, a comment form; the post's "
            "发表于 line as the page's date; a related-post link glued after a 。"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【篾活儿】给老街做竹灯笼架的第三个冬天 – 老柯的竹篾间</title>
<link rel="stylesheet" href="/wp-content/themes/bamboo/style.css">
</head><body class="single">
<header id="masthead"><p class="site-title">⟦m 老柯的竹篾间⟧</p><p class="site-description">⟦m 一把篾刀，半辈子竹子活⟧</p>
<nav>⟦m 首页　篾活儿　灯笼　徒弟笔记　留言本⟧</nav></header>
<main><article>
<h1 class="entry-title">⟦t 【篾活儿】给老街做竹灯笼架的第三个冬天⟧</h1>
<div class="entry-meta">⟦m 发表于 2025年1月12日　作者：老柯　分类：篾活儿⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：竹灯笼架　老街　榫卯⟧</footer>
<nav class="post-nav">⟦l ← 前一篇：破竹子的三种刀法⟧　⟦l 后一篇：小满第一次独立扎灯笼 →⟧</nav>
<section id="comments"><h3>⟦l 4 条评论⟧</h3>
<p>⟦l 青石板：去年元宵专门去柟坪看了灯，竹架子真好看⟧</p>
<h3>⟦a 写下你的评论⟧</h3><form>⟦a 昵称（必填）　邮箱（不公开）　网址⟧<button>⟦a 提交评论⟧</button></form></section>
</article></main>
<aside id="secondary">
<section class="widget_calendar"><h2>⟦l « 2025年一月 »⟧</h2><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_archive"><h2>⟦l 往期存档⟧</h2><ul><li>⟦l 2025年一月 (3)⟧</li><li>⟦l 2024年十二月 (5)⟧</li></ul></section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2><p>⟦l 竹编 篾刀 灯笼 老街 徒弟 楠竹⟧</p></section>
</aside>
<footer id="colophon">⟦m © 老柯的竹篾间　由 WordPress 驱动⟧</footer>
<script src="/wp-includes/js/comment-reply.min.js"></script>
</body></html>
""",
        body="""
今年是我给柟坪老街做竹灯笼架的第三个冬天。街道办要六十组，腊月十五以前交货，我和徒弟小满从十月就开始备料。
竹子选的是后山三年生的楠竹，砍下来先泡在塘里半个月，捞起来阴干，这样做出来的架子不生虫、不开裂。架子的主骨用整竹，横档用竹片，接口处不用一颗钉子，全靠榫卯和篾绳扎紧。⟦l 相关阅读：榫卯扎法图解⟧
去年有两组架子在大风里歪了，我琢磨了很久，今年把底座加宽了一掌，又在四角各加了一道斜撑。街道办的人来验收，用手推了推，说比铁架子还稳。
小满问我，现在到处都是铁架子、塑料架子，竹架子还有人要吗？我说，老街就该配竹灯笼架，灯一亮，竹影映在青石板上，那才是过年的样子。
""",
    ),
    dict(
        slug="blog-jiangtaibian-office-wall-calendar-wrapped",
        site="讲台边的日子 (invented teacher's blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://jiangtaibian.blog.example.cn/post/2024/336",
        title="办公室墙上那本挂历",
        record_title="【粉笔随笔】办公室墙上那本挂历 · 讲台边的日子",
        date=None,
        notes=(
            "teacher's blog hard-wrapped at 70 columns; an update stamp (2 周前) and counters are no dates; a "
            "tip-jar line on a line of its own between paragraphs; prev/next and comment lines at the bottom"
        ),
        page="""
!m 讲台边的日子
!m 一个初中语文老师的絮叨
!t 【粉笔随笔】办公室墙上那本挂历
!m 更新于 2 周前　·　分类：教书杂记　·　阅读 233　·　留言 5
{BODY}
!l ◂ 上一篇：批改作文到凌晨的那些夜晚
!l ▸ 下一篇：带毕业班的第一百天
!l 留言（5）：
!l 梧桐雨：读到最后一段眼眶湿了。
!l 小陈老师：我们学校也还挂着挂历！
!a 登录后留言　｜　订阅本博
!m 讲台边的日子 © 2016-2024　托管于点点博客
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
办公室墙上挂着一本挂历，是教务处每年年底统一发的。别的办公室早就换成了电子屏，我们组的几位老教师却坚持要挂历，说看着踏实。
挂历上密密麻麻写满了字：哪天月考，哪天家长会，哪天轮到谁值周。周老师习惯用红笔圈出学生的生日，到了那天，她会在班上带头唱一首生日歌。
⟦a 觉得写得还行？扫码请我喝杯奶茶⟧
每到月底，负责撕页的是组里最年轻的我。撕下来的那一页，李老师会收走，背面空白正好给学生打草稿。
去年退休的王老师临走前，把自己那本挂历留在了抽屉里。我翻开一看，十二个月里，他记下了全班四十六个孩子每一次进步的分数。
我想，挂历上的日子撕掉了，写在上面的心意却会一直留在我们心里。
""",
    ),
    dict(
        slug="wechat-hongcheng-fuyou-corner-guards-follow-prompt-h1",
        site="微读存档 (invented WeChat mirror) · 纮城妇幼",
        style="公众号镜像",
        genre="科普文章",
        kind="article",
        form="html",
        source="https://www.weidu-cundang.com/a/hcfy/20240520/3f8a1c.html",
        title="孩子磕到桌角怎么办？家里防撞条这样选",
        record_title=None,
        date="2024-05-20",
        notes=(
            "WeChat mirror: no title in the record, the h1 gives it; a follow prompt glued before the first words, a "
            "glued safety-list prompt after a 。, a past-posts link on a line of its own; the account line's date as "
            "the page's date; 阅读原文/在看 rows and the mirror's archive note"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>微读存档</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body>
<div class="wd-bar">⟦m 微读存档 · 好文章不怕删⟧　<a>⟦a 搜索公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 纮城妇幼　2024-05-20 18:06⟧　<span>⟦m 儿保科 供稿⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tools">⟦a 阅读原文⟧　⟦a 点个在看，把这份提醒转给更多家长⟧</div>
<div class="tools">⟦m 阅读 3.1万　赞 412⟧</div>
<div class="qr">⟦a 长按二维码预约儿保门诊⟧</div>
</div>
<div class="wd-side"><h4>⟦l 该号近期文章⟧</h4><p>⟦l 夏季儿童防溺水，家长牢记这五条⟧</p><p>⟦l 疫苗接种后发烧怎么办⟧</p></div>
<div class="wd-foot">⟦d 本页由微读存档自动收录自公众号，版权归原作者，如需下架请留言⟧</div>
<script>var __wd_aid="3f8a1c";</script>
</body></html>
""",
        p_html='<section><p style="font-size:16px;">{}</p></section>',
        body="""
⟦a 轻点上方蓝字“纮城妇幼”，每天学一点育儿知识⟧一岁到三岁的孩子刚学会走路，最容易磕碰的就是桌角、茶几角和柜门边。上个月，我院儿科急诊接诊的磕碰伤患儿中，有近四成是在家里撞到家具棱角。
怎么选防撞条？儿保科医生给大家三点建议：
1.看材质。优先选择无味的硅胶或发泡橡胶材料，避免有刺鼻气味的廉价海绵。
2.看粘贴。背胶要牢，孩子用手抠不下来；粘贴前用酒精擦净桌面，效果更好。⟦a 戳这里领取婴幼儿居家安全清单⟧
3.看厚度。桌角护角厚度在1厘米左右为宜，太薄起不到缓冲作用。
⟦l 往期回看：宝宝误吞异物，家长第一时间该做什么⟧
需要提醒的是，防撞条只能减轻伤害，不能代替看护。孩子一旦磕伤出血，先用干净纱布按压止血；伤口较深或出现呕吐、嗜睡等情况，要及时到医院就诊。
""",
    ),
    dict(
        slug="wechat-zhiyuan-street-canteen-number-tags-pledge",
        site="公号镜像站 (invented WeChat mirror) · 栀园街道",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://gh-jingxiang.cn/zhiyuanjd/2024/08/28/86112.html",
        title="关于社区长者食堂凭号码牌有序就餐的倡议书",
        record_title="关于社区长者食堂凭号码牌有序就餐的倡议书 —— 栀园街道 · 公号镜像站",
        date="2024-08-26",
        date_also=["2024-08-28"],
        notes=(
            "WeChat mirror as text: an 原创 account line with its own date, a follow prompt at the bottom; the pledge "
            "speaks of scanning a QR code to take a number (content); 成文日期 under the two signatures expected, the account date also"
        ),
        page="""
!m 公号镜像站｜收录政务与生活公众号
!t 关于社区长者食堂凭号码牌有序就餐的倡议书 —— 栀园街道 · 公号镜像站
!m 原创　栀园街道　2024-08-28 17:30　纮城
{BODY}
!m 阅读 1208　赞 36　在看 9
!a 长按识别二维码，关注“栀园街道”获取社区通知
!l 精选留言：
!l 栀园老住户：早就该这样，中午排队太挤了。
!d 本站仅做公众号文章镜像，内容以原公众号为准。
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
栀园社区长者食堂开业半年来，每天中午就餐的老人有一百五十多人。为减少排队拥挤，食堂从9月1日起实行凭号码牌就餐。为此，我们向大家倡议：
一、提前取号。可在10:30至11:30到食堂门口领取号码牌，也可以用手机扫描门口的二维码线上取号，行动不便的老人可以请楼栋长代取。
二、按号就餐。听到叫号再到窗口打饭，号码牌用餐后放回门口回收箱，不要带走。
三、相互礼让。请年轻家属不要占用老人的号码牌；遇到身体不适的老人，请主动让他先打饭。
让我们一起把长者食堂办成大家的“暖心饭堂”！
栀园街道办事处
栀园社区居民委员会
2024年8月26日
""",
    ),
    dict(
        slug="docshare-wenxiang-barrier-lease-contract-template",
        site="文享网 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wenxiangwang.com/view/c20b7a9e41.html",
        title="铁马隔离栏租赁合同",
        record_title="铁马隔离栏租赁合同（空白范本·两页版）- 文享网",
        date=None,
        notes=(
            "sharing page: upload notice, a points lock, a service WeChat, similar files; a contract template with "
            "第N条, ＿＿ blanks, a ×× placeholder and ＿＿年＿＿月＿＿日 (no date)"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>铁马隔离栏租赁合同（空白范本·两页版）- 文享网</title>
<script src="/static/js/preview.js"></script></head>
<body>
<header><a class="logo">⟦m 文享网⟧</a><span>⟦m 文档分享 · 知识变现⟧</span><a>⟦a 上传赚积分⟧</a></header>
<div class="crumbs">⟦m 文享网 › 合同协议 › 租赁合同⟧</div>
<main>
<h1>⟦t 铁马隔离栏租赁合同（空白范本·两页版）⟧</h1>
<div class="info">⟦m 分享人：会展小帮手　｜　2 个月前分享　｜　格式 DOCX　｜　2 页⟧</div>
<div class="notice">⟦d 本文档由用户自主上传，文享网仅提供存储与展示，若有侵权请联系下架。⟧</div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 本文档需 8 积分下载，积分不足可充值或签到获取⟧</div>
<div class="btns"><button>⟦a 下载DOCX⟧</button><button>⟦a 加入收藏⟧</button></div>
<aside><h4>⟦l 大家还在下载⟧</h4><ul><li>⟦l 活动物料租赁合同（通用版）⟧</li><li>⟦l 舞台设备租赁协议书⟧</li></ul></aside>
</main>
<footer>⟦w 客服微信：wxw_kefu07（9:00—21:00）⟧　⟦m 文享网 wenxiangwang.com　苏ICP备22019536号⟧</footer>
</body></html>
""",
        body="""
出租方（甲方）：＿＿＿＿＿＿＿＿
承租方（乙方）：＿＿＿＿＿＿＿＿
第一条　租赁物。甲方向乙方出租铁马隔离栏＿＿组，每组长2米、高1.1米，配连接扣和底座。
第二条　租赁期限。自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止，共＿＿天。
第三条　租金及押金。每组每天租金＿＿元，押金每组＿＿元，乙方于提货时一次付清。
第四条　使用和保管。乙方应按说明摆放和连接，不得擅自切割、焊接或改作他用；因乙方原因造成丢失、损坏的，按每组××元赔偿。
第五条　归还。租期届满，乙方应将隔离栏清理干净后送回甲方仓库，逾期按日加收租金。
第六条　争议解决。履行中发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
甲方（签章）：＿＿＿＿　乙方（签章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-jianye-request-lantern-racks-pdf-markers",
        site="笺页分享 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://jianye-share.com/d/2024/1108/771406.html",
        title="关于申请拨付老街灯笼架更新改造资金的请示",
        record_title="关于申请拨付老街灯笼架更新改造资金的请示.pdf",
        date="2024-11-06",
        notes=(
            "file-name record title; preview cut by ⏓ pn ⏓ markers, glued to the continuation with a space or on "
            "lines of their own; 附件 and 联系人 lines in the body; an upload stamp is no date"
        ),
        page="""
!m 笺页分享 — 公文资料互助平台
!t 关于申请拨付老街灯笼架更新改造资金的请示.pdf
!m 上传用户：柟坪小文　上传于 2024-11-08　阅读 377　下载 41
!d 上传须知：本平台文档均由用户上传，仅供参考交流，不代表平台观点。
{BODY}
!a 预览已结束 · 下载原文件需消耗 3 个笺豆
!l 你可能还需要：关于申请老街亮化维修经费的请示｜乡镇节日亮化工作方案
!m 笺页分享 jianye-share.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⏓ p{n} ⏓", every=100, start=2, glue="mix", sep=" "),
        body="""
县人民政府：
柟坪老街现有竹木灯笼架八十六组，大多搭建于2015年，经多年日晒雨淋，部分架体已经开裂变形，存在倒塌隐患。为保障春节期间游客和居民安全，延续老街“千灯迎春”的传统，我镇拟对老街灯笼架进行更新改造。现将有关事项请示如下：
一、改造内容：拆除破损严重的灯笼架三十二组，按原样式新制；对其余五十四组进行加固、防腐处理，并统一更换防水电线和漏电保护开关。
二、资金预算：经测算，共需资金48.6万元，其中新制灯笼架30.4万元，加固维修11.2万元，电气改造7万元。镇财政自筹18.6万元，申请县财政补助30万元。
三、完成时限：2025年1月15日前完工并通过验收。
妥否，请批示。
附件：柟坪老街灯笼架更新改造预算表
柟坪镇人民政府
2024年11月6日
（联系人：文瑶，联系电话：0745-3620158）
""",
    ),
    dict(
        slug="edu-xianling-bureau-kindergarten-bumper-strips-attachment",
        site="锨岭县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xljy.net.cn/tzgg/2024/0305/3318.html",
        title="关于为全县幼儿园活动室及走廊加装防撞条的通知",
        record_title="关于为全县幼儿园活动室及走廊加装防撞条的通知-教育公告栏-锨岭县教育信息网",
        date="2024-03-04",
        date_also=["2024-03-05"],
        notes=(
            "education bureau portal: elder/reader links, a scan-to-read line, an attachment download link; the "
            "notice's own contact, phone and mailbox beside the site's technical-support line; 请各园下载附件 as "
            "content; 成文日期 expected, the page's date also"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为全县幼儿园活动室及走廊加装防撞条的通知-教育公告栏-锨岭县教育信息网</title></head>
<body>
<div class="top">⟦a 大字版 · 屏幕朗读 · 高对比度⟧</div>
<div class="logo">⟦m 锨岭县教育信息网⟧　⟦m 办人民满意的锨岭教育⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 学前教育⟧</li><li>⟦m 安全稳定⟧</li></ul>
<div class="where">⟦m 位置：首页 → 通知公告⟧</div>
<h2 class="title">{T}</h2>
<div class="sub">⟦m 日期：2024-03-05　　发布者：安全股　　访问量：1542⟧</div>
<div class="text">
{BODY}
</div>
<div class="down">⟦l 附件：全县幼儿园防撞条加装情况统计表.xlsx（点击下载）⟧</div>
<div class="qr">⟦a 手机扫一扫，本文随身看⟧</div>
<div class="foot">
<p>⟦m 主办：锨岭县教育局　地址：锨岭县城关镇育才路8号⟧</p>
<p>⟦m 网站技术支持：锨岭县电化教育馆　技术电话：0736-5210099⟧</p>
<p>⟦m 湘ICP备12004731号-1⟧</p>
</div>
<div class="hot"><h4>⟦l 教育热点⟧</h4><p>⟦l 全县中小学春季开学安全检查启动⟧</p><p>⟦l 学前教育普惠扩容工作推进会召开⟧</p></div>
<script src="/js/jquery-1.8.3.min.js"></script>
<script src="/js/wza/aria.js"></script>
</body></html>
""",
        body="""
各乡镇中心学校，县直各幼儿园，各民办幼儿园：
近期，我县个别幼儿园发生幼儿奔跑时撞到墙角、桌角受伤的情况。为切实保障幼儿在园安全，县教育局决定在全县幼儿园活动室、午睡室及走廊统一加装防撞条。现将有关事项通知如下：
一、加装范围：活动室和午睡室的桌角、柜角、窗台转角，走廊和楼梯间1.2米以下的墙体阳角。
二、材料要求：使用无毒、无异味的软质防撞条，厚度不小于8毫米，颜色柔和，粘贴牢固。
三、时间安排：3月31日前完成加装，4月上旬县教育局组织抽查。
请各园下载附件，如实填写加装情况统计表，于3月28日前报县教育局安全股。
联系人：邓文彬　电话：0736-5210437　邮箱：xljyaqg@xljy.net.cn
附件：全县幼儿园防撞条加装情况统计表
锨岭县教育局
2024年3月4日
""",
    ),
    dict(
        slug="edu-chaxi-school-sports-meet-number-tags",
        site="杈溪县实验小学网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cxsyxx.cn/news/tzgg/2024-10-14/1196.html",
        title="关于领取秋季田径运动会号码牌的通知",
        record_date="2024-10-14",
        date="2024-10-14",
        notes="record title and date as is; a school site's header and counters; a 1.–4. list; the sports group's signature and date",
        page="""
!m 杈溪县实验小学
!m 求真　向善　尚美
!m 学校首页 ＞ 校园通知 ＞ 正文
{T}
!m 发布人：体育组　点击数：614　【收藏此页】
{BODY}
!l 上一条：关于开展秋季校园安全隐患排查的通知
!l 下一条：四年级语文组教研活动安排
!m 杈溪县实验小学　地址：杈溪县育英路16号　电话：0737-4412030
!m 技术支持：杈溪县教育装备站
""",
        indent="\u3000\u3000",
        body="""
各班主任：
学校第二十六届秋季田径运动会将于10月17日至18日举行。现将号码牌领取事项通知如下：
1.领取时间：10月15日（星期二）下午放学后，地点在体育组办公室。
2.领取方式：请各班体育委员持本班报名表领取，号码牌按年级编号，一年级为1000号段，二年级为2000号段，依此类推。
3.佩戴要求：号码牌用四枚别针别在胸前，不得折叠、涂改；丢失的请及时到体育组补领。
4.赛后归还：运动会结束后，各班收齐号码牌交回体育组，以便下届循环使用。
杈溪县实验小学体育组
2024年10月14日
""",
    ),
    dict(
        slug="intranet-pantai-expo-barrier-inventory-minutes",
        site="磐泰会展协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.pantai-expo.local/doc/view.do?id=20240408017",
        title="关于铁马隔离栏库存清点及维修的专题会议纪要",
        record_title="〘纪要〙关于铁马隔离栏库存清点及维修的专题会议纪要·磐泰OA",
        date="2024-04-08",
        notes=(
            "OA document view: 流转记录, a read count, a mark-as-read button, an IT-desk extension; the minutes' "
            "时间/地点/主持/参会/记录 lines stay in the body and the 时间 line gives the date; scanning barrier numbers is content"
        ),
        page="""
<html><head><meta charset="utf-8"><title>〘纪要〙关于铁马隔离栏库存清点及维修的专题会议纪要·磐泰OA</title></head>
<body>
<div class="oa-head">⟦m 纮城磐泰会展服务有限公司 · 协同办公⟧　<span>⟦m 当前用户：仓储部 孙立⟧</span>　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办　已办　公文中心　会议管理　通讯录⟧</div>
<div class="oa-doc">
<div class="doc-title">{T}</div>
<div class="doc-meta">⟦m 文档类别：会议纪要　密级：内部　已读 57 人⟧</div>
{BODY}
</div>
<div class="oa-btn"><button>⟦a 阅毕归档⟧</button> <button>⟦a 转交他人⟧</button></div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 林晓月 起草 → 冯国栋 核签 → 行政部 分发⟧</td></tr></table>
<div class="oa-side">⟦l 相关公文：关于加强会展物料出入库管理的规定⟧</div>
<div class="oa-foot">⟦m 系统故障请拨信息中心 分机 6600⟧</div>
<script src="/oa/js/docview.js"></script>
</body></html>
""",
        body="""
时间：2024年4月8日上午9:30
地点：公司二楼会议室
主持：副总经理　冯国栋
参会：工程部、仓储部、财务部、安全部负责人
记录：行政部　林晓月
会议听取了仓储部关于铁马隔离栏库存清点情况的汇报，研究了维修和补充采购事宜。纪要如下：
一、库存情况。公司现有铁马隔离栏1260组，其中完好1018组，需维修176组，报废66组。
二、维修安排。需维修的176组由工程部在4月20日前完成除锈、喷漆和连接扣更换，维修费用控制在2万元以内。
三、补充采购。为保障5月车展项目，新购隔离栏200组，由财务部会同仓储部询价，4月15日前报公司审批。
四、出入库管理。今后隔离栏出库、归还均须扫描架体编号登记，损坏的当场拍照确认责任。
""",
    ),
    dict(
        slug="intranet-tongda-logistics-bumper-strips-circular",
        site="綖水通达物流内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.tongda-wl.internal/anhuan/tb/2024/062101.html",
        title="关于仓库叉车通道防撞条破损问题的通报",
        record_title="【安环通报】关于仓库叉车通道防撞条破损问题的通报（请各部门传阅）",
        date="2024-06-21",
        notes=(
            "intranet notice: a bracketed column prefix and a pass-round aside in the record title; a read "
            "confirmation button and an IT-desk line; 一、二、三 headings; 成文日期 under the department's signature"
        ),
        page="""
!m 通达物流 · 员工门户
!m 门户首页 / 安环管理 / 通报
!t 【安环通报】关于仓库叉车通道防撞条破损问题的通报（请各部门传阅）
!m 发布部门：安环部　发布人：王敏　阅读 312 次
{BODY}
!a [我已阅知]　[转发部门群]
!m 信息中心服务台　分机 8000（工作日 8:30-17:30）
!d 内部资料　注意保密　严禁外传
""",
        indent="\u3000\u3000",
        body="""
各部门、各仓库：
6月17日至19日，公司安环部对各仓库叉车通道防撞设施进行了专项检查，发现部分防撞条破损严重。现将有关情况通报如下：
一、检查发现的问题
2号仓库货架立柱防撞条脱落11处，4号仓库月台边缘防撞条断裂6处，冷库门框防撞条被叉车撞变形3处。部分破损处已露出金属棱角，极易造成人员刮伤和货物损坏。
二、原因分析
主要是叉车司机转弯时车速过快、货叉未降到位，加上破损后未及时报修。
三、处理意见
对2号、4号仓库各扣减当月安全考核分5分；所有破损防撞条由设备部在6月30日前更换完毕；叉车司机由安环部组织一次专项复训。
请各部门引以为戒，发现防撞条破损要当天报修。
綖水通达物流有限公司安环部
2024年6月21日
""",
    ),
]
