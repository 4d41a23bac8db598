"""holdout374, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.
Invented text (see ../README.md and ../build.py for the markup)."""

CASES = [
    dict(
        slug="blog-qinghe-essay-triangle-waiting",
        site="清禾的音乐教室 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://qinghe-music.blog.cn/archives/312.html",
        title="一把三角铁教会孩子们的“等待”",
        record_title="一把三角铁教会孩子们的“等待” - 课堂手札 - 清禾的音乐教室",
        date="2025-03-14",
        notes="WordPress-like blog: bracketed post time as the page's date, a tag row, a calendar widget, an archive, a "
        "comment form; a like prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>一把三角铁教会孩子们的“等待” - 课堂手札 - 清禾的音乐教室</title>
<link rel="stylesheet" href="/wp-content/themes/qinghe/style.css?ver=2.4">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="single">
<header id="masthead">
<p class="site-title"><a href="/">⟦m 清禾的音乐教室⟧</a></p>
<p class="site-description">⟦m 一个小学音乐老师的课堂与琐记⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/ketang/">⟦m 课堂手札⟧</a> <a href="/category/qupu/">⟦m 简谱分享⟧</a> <a href="/about/">⟦m 关于清禾⟧</a></nav>
</header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2025-03-14 21:06] 作者：葛清禾 分类：课堂手札⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：三角铁 / 打击乐 / 低年级音乐课 / 课堂常规⟧</div>
<div class="post-nav">⟦l « 上一篇 给一年级孩子讲“强弱”⟧　⟦l 下一篇 沙锤、木鱼和纸杯 »⟧</div>
</article>
<section id="comments">
<h3>⟦l 3 条留言⟧</h3>
<p>⟦l 桃子老师：我们班也试过，等待真的比敲更难教。⟧</p>
<div class="comment-form">⟦a 发表留言（昵称和邮箱必填，邮箱不会公开）⟧</div>
</section>
</main>
<aside id="secondary">
<div class="widget">⟦l 2025年三月 日历：一 二 三 四 五 六 日⟧</div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年三月 (4) · 2025年二月 (2) · 2025年一月 (5)⟧</p></div>
<div class="widget"><h4>⟦l 标签云⟧</h4><p>⟦l 节奏 合唱 竖笛 口风琴 三角铁 期末展示⟧</p></div>
</aside>
<footer>⟦m © 2025 清禾的音乐教室 · 由 WordPress 驱动⟧</footer>
</body>
</html>
""",
        body="""
开学第三周，二年级的音乐课开始学用三角铁伴奏。我原以为最难的是握法和敲击的位置，没想到孩子们最难学会的，是“等待”。
一首《小雨沙沙》，三角铁只在每一句的最后一拍响一下。可是铁棒一到手里，总有几个孩子忍不住，叮叮当当敲个不停。我没有急着收走，而是请大家闭上眼睛听：当所有人都在敲的时候，还能听出哪一声是对的吗？
第二节课，我把“等待”变成了游戏。前三拍大家一起用手指在膝盖上轻轻数，第四拍再举起铁棒。⟦a 觉得有用就点个赞吧⟧几轮下来，教室里的铃声一下子整齐了，连平时最坐不住的小宇也数得认认真真。
课后我想，三角铁的声音之所以好听，恰恰是因为它不常响。给孩子们一点等待的耐心，也是音乐课能教给他们的东西。
""",
    ),
    dict(
        slug="blog-laoqin-electroscope-cans-wrapped",
        site="老秦的物理小屋 (invented personal blog)",
        style="博客",
        genre="教学随笔",
        kind="other",
        form="text",
        source="http://laoqinwuli.blogspot-cn.net/2025/04/yilaguan-yandianqi.html",
        title="带学生用易拉罐做验电器",
        record_title="带学生用易拉罐做验电器 | 老秦的物理小屋",
        date="2025-04-09",
        notes="text blog hard-wrapped at 58 columns; a 发布于 line as the page's date; a numbered materials list; "
        "reader comments and an archive after the post",
        page="""
!m 老秦的物理小屋
!m 一个乡镇中学物理老师的实验记录
!m 首页 · 实验记录 · 教学反思 · 留言板
{T}
!m 发布于 2025年4月9日 22:41 · 分类：实验记录 · 阅读 528
{BODY}
!l 本文标签：静电 · 自制教具 · 初二物理
!l ← 较早的文章：摩擦起电的三个小实验
!l → 较新的文章：验电器为什么要用金属杆
!l 读者留言（2）
!l 山里的萤火：易拉罐内壁有涂层，老秦有没有打磨过？
!l 老秦 回复：打磨过，用的是细砂纸。
!a 留下你的想法（无需注册）
!m 本站文字除注明外均为原创，转载请留言告知
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
学校实验室只有两个验电器，一个班四十多个学生围着看，后排的孩子什么也看不清。这学期讲静电时，我决定带大家自己做。
材料很简单：
1. 一个洗干净的易拉罐，作为外壳和接地；
2. 一段粗铜丝，上端弯成小圆球，下端弯一个钩；
3. 两条约三厘米长的口香糖锡纸，挂在铜丝钩上当箔片；
4. 一个塑料瓶盖，在中间钻孔，用来固定铜丝并起绝缘作用。
做好之后，让学生用摩擦过头发的塑料尺靠近铜丝上端，两条锡纸立刻张开，教室里一片惊呼。接着我让他们用手指碰一下铜丝，锡纸又合上了，顺势就讲清楚了什么是接地。
这节课最大的收获不是教具本身，而是学生们自己提出的问题：锡纸为什么会张开？天气潮湿时为什么效果差？下节课，我准备从这些问题讲起。
""",
    ),
    dict(
        slug="wechat-zhongshan-kids-swingcar-injury-h1",
        site="号文收藏馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.haowenshouc.com/a/zsery/20250402/7716043.html",
        title="扭扭车下坡“刹不住”，这个春天已有9个孩子因此受伤",
        record_title=None,
        date="2025-04-02",
        notes="WeChat mirror: no title in the record (the <h1> holds it); the account line gives the date; a star prompt "
        "glued before the first line; 在看/阅读原文 rows; the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>锺山儿医 | 号文收藏馆</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/static/mp-mirror.css">
</head>
<body>
<div class="hw-top">⟦m 号文收藏馆 · 好文章不怕删⟧　<a href="/search">⟦a 搜公众号文章⟧</a></div>
<div class="hw-crumb">⟦m 收藏馆 / 健康育儿 / 锺山儿医⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　锺山儿医　2025年4月2日 08:30　祉阳⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="mp-bottom">⟦a 阅读原文⟧　⟦m 阅读 1.1万⟧　⟦a 赞 213⟧　⟦a 在看 87⟧</div>
<div class="mp-qr">⟦a 长按识别二维码，关注锺山儿医⟧</div>
</div>
<div class="hw-note">⟦d 本页为号文收藏馆自动存档的公众号文章，版权归原作者，如需删除请发邮件至 del@haowenshouc.com⟧</div>
<div class="hw-more">
<h4>⟦l 该公众号的更多存档⟧</h4>
<p>⟦l 春季儿童过敏高发，这份护理清单请收好⟧</p>
<p>⟦l 孩子从滑梯上摔下来，先别急着抱起⟧</p>
</div>
<div class="hw-foot">⟦m 号文收藏馆 haowenshouc.com　粤ICP备2021074816号⟧</div>
</body>
</html>
""",
        p_html='<section><p style="font-size:15px;line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“锺山儿医”，设为星标不迷路⟧三月以来，我院儿童骨科和急诊外科陆续接诊了9名因骑扭扭车受伤的孩子，年龄最小的只有两岁半。其中5个孩子是在小区坡道上骑行时“刹不住”，连人带车冲了下去。
扭扭车没有刹车装置，全靠孩子用脚撑地减速。可是低龄儿童腿部力量弱，反应也慢，一旦车速起来，很难停住。
⟦l 往期推荐：孩子从高处摔下后，这几个信号要警惕⟧
这9个孩子中，有3人前臂骨折，2人下巴裂伤需要缝合，其余为擦伤和软组织挫伤。
儿童骨科主任医师佘文博提醒：一是不要在有坡度的地方骑扭扭车，更不能在楼梯口、车库出入口附近骑；二是家长要跟在孩子身边，距离最好不超过一臂；三是骑行时给孩子穿上护膝和长袖衣裤；四是经常检查车轮和座板，发现松动及时修理。
孩子受伤后，如果出现肢体肿胀变形、不敢活动，或者伤口较深、出血不止，请尽快到医院就诊。
""",
    ),
    dict(
        slug="wechat-sheling-police-barrier-tips-text",
        site="留号馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="宣传文章",
        kind="news",
        form="text",
        source="http://m.liuhaoguan.net/s/shelingjj/20250711-03.html",
        title="隔离墩被撞别慌，这几件事请您记牢",
        record_title="隔离墩被撞别慌，这几件事请您记牢｜佘岭交警（留号馆镜像）",
        date="2025-07-11",
        notes="text mirror of a traffic-police account: account line as the date; a follow sentence that is content "
        "(report via the account's menu) beside the mirror's follow prompt; a share bar glued after a sentence",
        page="""
!m 留号馆 — 公众号文章长期保存
!m 首页 > 政务号 > 佘岭交警
!t 隔离墩被撞别慌，这几件事请您记牢｜佘岭交警（留号馆镜像）
!m 佘岭交警　2025-07-11 17:45　佘岭
!a 关注本号，第一时间获取路况提醒 ▸
{BODY}
!l 在看 41 · 分享 · 留言
!l 精选留言：老佘开车：上次撞了不知道找谁，这下清楚了
!d 留号馆说明：本页内容抓取自公开的公众号文章，仅为存档，不代表本站观点
!m 留号馆 liuhaoguan.net
""",
        body="""
近期，县城滨河路、建设路等路段接连发生车辆碰撞隔离墩的情况，有的驾驶人撞了以后一走了之，有的不知道该怎么处理。佘岭交警提醒您，遇到这种情况，请记牢以下几点。
一、立即停车，开启危险报警闪光灯，在车后方放置警告标志，人员转移到安全地带。
二、拨打122报警，或者通过“交管12123”手机应用快速报案，如实说明碰撞位置和隔离墩损坏情况。
三、不要擅自挪动散落的隔离墩碎块，等待交警和养护人员到场处理。⟦l 转发给身边开车的朋友⟧
四、隔离墩属于公路附属设施，损坏后依法需要照价赔偿，撞后逃逸的，还将依法从重处理。
此外，市民发现路面隔离墩移位、缺失，也可以关注“佘岭交警”公众号，在菜单栏“随手拍”中上传照片，我们将及时安排修复。
""",
    ),
    dict(
        slug="docshare-daoxiang-request-electroscope-docx",
        site="稻香文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.daoxiangdoc.com/doc/5c3e81f20977.html",
        title="关于申请购置10kV声光验电器的请示",
        record_title="关于申请购置10kV声光验电器的请示.docx",
        date="2025-03-18",
        notes="sharing page: file-info box, upload notice, sign-in points lock, a service WeChat beside the request's own "
        "联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于申请购置10kV声光验电器的请示.docx - 稻香文档</title>
<link rel="stylesheet" href="/css/dx-view.css">
<script src="/js/dx-view.min.js"></script>
</head>
<body>
<div class="dx-head"><a href="/">⟦m 稻香文档 · 资料分享社区⟧</a> <input placeholder="搜索文档"> <a>⟦a 上传赚积分⟧</a> <a>⟦a 签到⟧</a></div>
<div class="dx-file">
<h2>{T}</h2>
<ul>
<li>⟦m 文档格式：docx⟧</li>
<li>⟦m 文件大小：19.6 KB⟧</li>
<li>⟦m 分享者：电力老兵⟧</li>
<li>⟦m 更新：2025-04-11⟧</li>
</ul>
<div class="dx-star">⟦l 评分 ★★★★☆ 4.3（27人）⟧</div>
</div>
<div class="dx-view">
{BODY}
</div>
<div class="dx-lock">
<p>⟦a 每日签到可领 5 积分，积分满 10 即可下载本文档原件⟧</p>
<p><a>⟦a 积分下载⟧</a>　<a>⟦a 开通稻香会员 不限次下载⟧</a></p>
</div>
<div class="dx-kefu">⟦w 找不到想要的材料？稻香客服微信 dxwd_kefu 帮你代找⟧</div>
<div class="dx-up">⟦d 温馨提示：本文档由网友分享上传，仅供交流学习，若侵犯了您的权益请联系我们处理。⟧</div>
<div class="dx-rel">
<h4>⟦l 你可能还需要⟧</h4>
<p>⟦l 供电所安全工器具配置标准（2篇）⟧</p>
<p>⟦l 关于购置带电作业工具的请示范文⟧</p>
</div>
<div class="dx-foot">⟦m 稻香文档 daoxiangdoc.com　鄂ICP备19083561号⟧</div>
</body>
</html>
""",
        body="""
县供电公司：
我所负责陆口镇12个台区配电设施的日常巡检和检修工作，现有高压验电器6支，其中3支已使用8年以上。今年春季送检时，有2支灵敏度不达标，已停止使用，目前每次检修只能轮流借用，影响作业进度，也存在安全隐患。
为保障检修人员作业安全，特申请购置10kV声光验电器6支，预算约4800元，从所安全生产费中列支。新购验电器到位后，我所将对旧验电器进行报废处理，并组织全体检修人员开展一次使用培训。
妥否，请批示。
联系人：邓立恒，电话：13907541862。
陆口供电所
2025年3月18日
""",
    ),
    dict(
        slug="docshare-gongxiang-pledge-triangle-glued-markers",
        site="共享书斋 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.gongxiangshuzhai.com/d/3021884.html",
        title="“爱护乐器，从一把三角铁做起”倡议书",
        record_title="“爱护乐器，从一把三角铁做起”倡议书【班会可用】",
        date="2025-09-08",
        notes="sharing preview: '⚸n' markers glued to the start of the line that continues a cut paragraph; an upload "
        "notice and points prompt; sharing as content (pass the instrument on to next year's class); date under the signature",
        page="""
!m 共享书斋｜资料共享 学习无忧
!m 书斋首页 ＞ 中小学 ＞ 德育资料 ＞ 倡议书
!t “爱护乐器，从一把三角铁做起”倡议书【班会可用】
!m 贡献者：爱唱歌的周老师　　浏览：671　　收藏：39
!a 〖预览〗〖下载〗〖收藏〗〖举报〗
{BODY}
!a 以上为预览内容，完整文档请使用 3 书币下载
!d 书斋提示：文档为网友上传分享，仅供参考，不得用于商业用途。
!l 相关：《爱护公物倡议书》《文明用琴倡议书》《音乐教室使用须知》
!m 共享书斋 gongxiangshuzhai.com
""",
        pages=dict(fmt="⚸{n}", every=130, start=2, glue=True),
        body="""
亲爱的同学们：
学校音乐教室里有三角铁、铃鼓、木鱼等打击乐器两百多件，它们陪伴了一届又一届同学上课、排练和演出。可是最近我们发现，有的三角铁的挂绳被扯断，有的铁棒被拿去当玩具，还有的被随手丢在窗台上生了锈。
为此，少先队大队部向全体同学发出倡议：
一、上课时轻拿轻放，按老师的要求敲击，不用铁棒敲打桌椅、门窗。
二、下课后把三角铁挂回架子上，铁棒放进收纳盒，做到一物一位。
三、发现乐器损坏，及时告诉音乐老师，不私自藏起来或者扔掉。
四、毕业年级的同学，请把用过的乐器擦干净，和新一年的同学分享交接，让爱护乐器的好习惯传下去。
同学们，一把小小的三角铁，能发出最清亮的声音。让我们从身边做起，爱护每一件乐器！
锺山区实验小学少先队大队部
2025年9月8日
""",
    ),
    dict(
        slug="edu-zhongshan-notice-percussion-showcase-attachments",
        site="锺山区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhongshanqu.gov.cn/jydt/tzgg/202503/t20250324_8842.html",
        title="关于举办锺山区中小学打击乐器教学展示活动的通知",
        record_title="关于举办锺山区中小学打击乐器教学展示活动的通知_教研快讯_锺山教育网",
        date="2025-03-20",
        date_also=["2025-03-24"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the notice's own 附件 list, the "
        "notice's contact and mailbox beside a technical-support line; downloading the form is content; 成文日期 differs from posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于举办锺山区中小学打击乐器教学展示活动的通知_教研快讯_锺山教育网</title>
<link rel="stylesheet" href="/res/zsjy/2023/css/main.css">
<script src="/res/zsjy/2023/js/aria.js"></script>
</head>
<body>
<div class="zs-top">⟦m 锺山区教育局主办⟧　<a>⟦a 适老版⟧</a>　<a>⟦a 读屏模式⟧</a>　<a>⟦a 进入移动版⟧</a></div>
<div class="zs-logo">⟦m 锺山教育网⟧</div>
<div class="zs-nav"><a>⟦m 首页⟧</a> <a>⟦m 教育要闻⟧</a> <a>⟦m 教研快讯⟧</a> <a>⟦m 招生考试⟧</a> <a>⟦m 政务公开⟧</a></div>
<div class="zs-loc">⟦m 您当前所在：首页 » 教研快讯 » 通知公告⟧</div>
<div class="zs-art">
<h3>{T}</h3>
<div class="zs-meta">⟦m 发布日期：2025-03-24　作者：区教研室　阅读次数：1022⟧</div>
<div class="zs-con">
{BODY}
</div>
<div class="zs-att">
<p>⟦a 📎 点击下载：展示活动报名表.doc⟧</p>
<p>⟦a 📎 点击下载：展示课评价量表.pdf⟧</p>
</div>
</div>
<div class="zs-side">
<h4>⟦l 热点通知⟧</h4>
<p>⟦l 关于做好2025年义务教育招生入学工作的通知⟧</p>
<p>⟦l 锺山区第六届中小学生合唱节获奖名单⟧</p>
</div>
<div class="zs-foot">⟦m 网站技术支持：锺山区教育信息中心　技术热线 0731-5582306⟧<br>⟦m 锺山区教育局 版权所有　湘公网安备43030402000289号⟧</div>
</body>
</html>
""",
        body="""
各中小学：
为推进音乐课堂教学改革，提升打击乐器教学质量，区教育局决定举办全区中小学打击乐器教学展示活动。现将有关事项通知如下。
一、展示内容。以三角铁、铃鼓、木鱼、碰铃等常见打击乐器为主，展示课堂教学片段或班级器乐合奏，时长不超过8分钟。
二、参加对象。各中小学音乐教师，每校报送1至2个节目。
三、报名方式。请各校从本通知附件中下载报名表，填写后于4月10日前发送至区教研室邮箱。
四、展示时间和地点。4月下旬，在锺山区实验小学报告厅举行，具体时间另行通知。
联系人：区教研室　葛晓檀，电话：0731-5581476，邮箱：zsjys_yinyue@163.com。
附件：1. 锺山区中小学打击乐器教学展示活动报名表
2. 展示课评价量表
锺山区教育局
2025年3月20日
""",
    ),
    dict(
        slug="edu-sheling-notice-kindergarten-ride-on-toys",
        site="佘岭县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.sheling.gov.cn/zwgk/tzgg/2025/0415/4107.html",
        title="关于加强幼儿园户外骑行玩具安全管理的通知",
        date="2025-04-15",
        notes="record title as is; 文号 line under the title (neutral); numbered list; 抄送 line; 成文日期 under the "
        "signature matches the posting date",
        page="""
!m 佘岭县教育体育局
!m 首页 — 政务公开 — 通知公告
!a 【大字版】　【标准版】　【关怀模式】
{T}
佘教体〔2025〕31号
!m 发布：2025-04-15　来源：学前教育股　点击：389
{BODY}
!a ⊙ 打印正文　⊙ 收藏本页　⊙ 关闭
!l 前一篇：关于开展2025年学前教育宣传月活动的通知
!l 后一篇：佘岭县2025年春季幼儿园保健医培训安排
!m 佘岭县教育体育局主办　地址：佘岭县城关镇文昌路18号
!m 技术维护：县融媒体中心　湘ICP备12006413号
""",
        body="""
各乡镇中心校，各公办、民办幼儿园：
近期，外地发生多起幼儿骑行扭扭车、滑板车等户外玩具受伤的事件。为切实保障幼儿在园安全，现就加强幼儿园户外骑行玩具安全管理有关事项通知如下。
一、全面清查。各园要对扭扭车、三轮车、平衡车等骑行玩具逐一检查，重点查看车轮、座板、把手是否牢固，对破损、变形的一律停用。
二、划定区域。骑行活动应在平整、无坡度的专门区域开展，远离楼梯、台阶和大型器械，区域周边设置软质护栏。
三、控制人数。同一时段同一区域骑行的幼儿不超过10人，每个区域至少安排1名教师全程看护。
四、加强教育。结合晨谈和安全课，教会幼儿正确的骑行姿势和避让方法。
请各园于4月30日前完成自查，并将自查情况报县教育体育局学前教育股。
佘岭县教育体育局
2025年4月15日
抄送：县市场监督管理局，县卫生健康局。
""",
    ),
    dict(
        slug="oa-zhiyang-autoparts-minutes-glovebox-rattle",
        site="祉阳汽配协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.zyqp.local/doc/view?id=20250226-0081",
        title="手套箱总成异响问题专题质量会议纪要",
        record_title="〔品质专题纪要〕手套箱总成异响问题专题质量会议纪要 - 祉阳汽配OA",
        date="2025-02-26",
        notes="OA document view: 流转记录, read counts, archive/forward buttons; the 时间/地点/主持/参会/记录 lines of "
        "minutes and a vote count; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔品质专题纪要〕手套箱总成异响问题专题质量会议纪要 - 祉阳汽配OA</title>
<link rel="stylesheet" href="/oa/static/doc.css">
<script src="/oa/static/watermark.js"></script>
</head>
<body>
<div class="oa-top">⟦m 祉阳汽车零部件有限公司 · 协同办公平台⟧　⟦m 当前用户：质量部 汪晴⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu"><a>⟦m 待办⟧</a> <a>⟦m 已办⟧</a> <a>⟦m 公文⟧</a> <a>⟦m 会务⟧</a> <a>⟦m 知识库⟧</a></div>
<div class="oa-path">⟦m 公文管理 › 会议纪要 › 查看⟧</div>
<div class="oa-doc">
<div class="oa-btns">⟦a 归档 ｜ 转发 ｜ 标为已读 ｜ 导出PDF⟧</div>
<h2>{T}</h2>
<div class="oa-info">⟦m 起草：质量部 汪晴　审核：贺立川　密级：内部⟧</div>
{BODY}
</div>
<div class="oa-flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-02-27 09:12 质量部 汪晴 起草提交⟧</p>
<p>⟦m 2025-02-27 14:30 分管副总 贺立川 审核通过⟧</p>
<p>⟦m 2025-02-28 08:05 总经办 分发至各部门⟧</p>
</div>
<div class="oa-read">⟦m 已阅 23 人 ／ 未阅 4 人⟧</div>
<div class="oa-foot">⟦d 内部资料，禁止截图外传⟧　⟦m IT服务台分机 8000⟧</div>
</body>
</html>
""",
        body="""
时间：2025年2月26日下午2:30
地点：公司三楼质量会议室
主持：贺立川（分管副总经理）
参会：质量部、工艺部、总装车间、采购部、售后服务部负责人及手套箱攻关小组成员
记录：汪晴
会议听取了售后服务部关于手套箱总成异响投诉情况的汇报和攻关小组的原因分析，讨论了整改方案。纪要如下：
一、1月以来，售后共收到手套箱异响投诉47起，主要集中在2024年11月至12月生产的批次，原因为限位拉带与箱体摩擦、锁扣卡接不到位。
二、会议同意攻关小组提出的整改方案：限位拉带加贴植绒胶带，锁扣卡接增加100%手感检查。表决结果：应到9人，实到9人，同意8人，弃权1人，方案通过。
三、工艺部于3月5日前完成工艺文件修订，总装车间3月10日起执行；采购部同步通知锁扣供应商提高来料尺寸一致性。
四、售后服务部对已投诉车辆免费上门整改，3月底前完成。
""",
    ),
    dict(
        slug="intranet-qiming-rules-glovebox-latch-station",
        site="启明内饰员工之家 (invented intranet)",
        style="企业内网",
        genre="规定",
        kind="rule",
        form="text",
        source="http://home.qiming-trim.lan/zhidu/shengchan/2025-017",
        title="手套箱锁扣装配工位作业管理规定",
        date=None,
        notes="record title as is; intranet text view; 第N条 articles (one speaks of printing the check record as "
        "content); no date (only an effective clause and an update stamp)",
        page="""
!m 启明内饰员工之家
!m 制度中心 / 生产管理 / 工位规定
!m 当前登录：总装二车间 卜海涛　｜　消息(3)　｜　退出
{T}
!m 编号：QM-SC-2025-017　｜　更新于 2 天前　｜　浏览 146
!a 【下载原件】　【加入我的收藏】　【打印】
{BODY}
!l 相关制度：总装车间首件检验管理办法 / 工装夹具点检规定
!d 本系统内容仅限公司内部使用，严禁外传
!m IT服务热线：分机 6600
""",
        body="""
第一条　为规范手套箱锁扣装配作业，减少锁扣卡接不到位造成的异响和自开问题，制定本规定。
第二条　本规定适用于总装二车间手套箱锁扣装配工位。
第三条　操作人员须经工位培训并考核合格后方可上岗，新员工在师傅带领下作业不少于5个班次。
第四条　每班开工前，操作人员应检查气动螺丝刀扭力和锁扣定位工装，扭力值须在1.2至1.5牛·米之间。
第五条　锁扣装配后，操作人员应开关手套箱3次，确认“咔嗒”声清晰、箱盖无自开，并在检查记录上签字。
第六条　检查记录每班打印一份，由班组长签字后交车间质量员存档，保存期不少于一年。
第七条　发现锁扣来料尺寸异常的，应立即停止使用该批次锁扣，并报告班组长和质量员。
第八条　本规定由总装二车间负责解释，自发布之日起施行。
""",
    ),
]
