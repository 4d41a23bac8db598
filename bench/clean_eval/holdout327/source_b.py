"""holdout327, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, sites, places and people, written by hand; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="blog-hengwu-jar-collection-typecho",
        site="蘅芜旧物志 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://hengwu-jiuwu.cn/archives/318/",
        title="旧铁罐里的冬天：我收藏的十二只护手霜罐",
        record_title="旧铁罐里的冬天：我收藏的十二只护手霜罐 | 蘅芜旧物志",
        date="2024-12-08",
        notes="blog post: header slogan, a 发表于 line as the page's date, word count, a tip-jar button glued after "
        "the last paragraph, tag cloud, archive, comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>旧铁罐里的冬天：我收藏的十二只护手霜罐 | 蘅芜旧物志</title>
<meta property="og:title" content="旧铁罐里的冬天：我收藏的十二只护手霜罐">
<link rel="stylesheet" href="/usr/themes/paper/style.css">
<script src="/usr/themes/paper/lazy.js" defer></script>
</head>
<body>
<header id="header">
<p class="site-name">⟦m 蘅芜旧物志⟧</p>
<p class="description">⟦m 一个人，一屋子旧东西，和它们背后的故事⟧</p>
<nav>⟦m <a href="/">首页</a> <a href="/category/jar/">罐与盒</a> <a href="/category/paper/">纸与票</a> <a href="/about.html">关于阿蘅</a>⟧</nav>
</header>
<main>
<article class="post">
<h2 class="post-title">{T}</h2>
<ul class="post-meta"><li>⟦m 发表于 2024-12-08⟧</li><li>⟦m 分类：罐与盒⟧</li><li>⟦m 全文约 620 字，读完需 2 分钟⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：护手霜罐 / 铁皮罐 / 老物件 / 收藏笔记⟧</p>
<p class="license">⟦d 本文由阿蘅原创，转载须征得同意并保留出处链接。⟧</p>
</article>
<nav class="post-near">⟦l « 一张1983年的电影票根⟧　⟦l 外公的算盘珠子 »⟧</nav>
<section id="comments">
<h3>⟦l 3 条评论⟧</h3>
<ol>
<li>⟦l 木樨：我家也有一只梅花铁罐，原来是上海货！⟧</li>
<li>⟦l 阿蘅 回复 木樨：对，盖子内侧应该还有一行小字。⟧</li>
<li>⟦l 沙洲冷：凡士林防锈这招学到了。⟧</li>
</ol>
<form id="comment-form">⟦l 发表评论　称呼* 　邮箱* 　网站　　提交评论⟧</form>
</section>
</main>
<aside id="secondary">
<h3>⟦l 标签云⟧</h3>
<p>⟦l 铁皮罐 火花 粮票 搪瓷杯 糖纸 钢笔 老照片⟧</p>
<h3>⟦l 归档⟧</h3>
<ul><li>⟦l 2024年12月 (3)⟧</li><li>⟦l 2024年11月 (5)⟧</li><li>⟦l 2024年10月 (4)⟧</li></ul>
</aside>
<footer id="footer">⟦m © 2019–2025 蘅芜旧物志 · 由 Typecho 驱动 · 主题 Paper⟧</footer>
<script>document.querySelectorAll('img').forEach(lazy);</script>
</body>
</html>
""",
        body="""
我收藏护手霜罐，是从外婆的梳妆盒开始的。那是一只扁圆的铁罐，盖子上印着一枝梅花，罐底压着“上海”两个字，里面的膏体早就干成了一层黄色的硬壳。
这些年我在旧货市场陆续收了十二只，最早的一只大约是六十年代的，铁皮已经锈出了斑点，盖子要用指甲抠才打得开。七八十年代的罐子开始用铝，分量轻了，图案也从花鸟换成了风景。
收罐子最怕的是锈。我的办法是先用软毛牙刷蘸小苏打水刷掉浮锈，擦干后薄薄涂一层凡士林，再放进带干燥剂的盒子里。
有读者问这些罐子值不值钱。其实大多只值几块到几十块，我留着它们，是因为每只罐子都连着一双冬天里皲裂的手。⟦a ☕ 请阿蘅喝杯茶⟧
""",
    ),
    dict(
        slug="blog-weijian-magpie-cling-wrapped-56",
        site="苇间小筑 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://weijianxz.blog.example.cn/post/2025/02/chuangshang-xique",
        title="窗上的喜鹊",
        record_title="窗上的喜鹊 — 随笔·家事 — 苇间小筑",
        date=None,
        notes="personal blog as text, hard-wrapped at 56 columns; only a relative posting time and a 写于 line "
        "with a lunar year, no date; prev/next links, a reward line and a comment box after",
        page="""
!m 苇间小筑
!m 一苇以航，记下些小事
{T}
!m 发布于 3 天前 · 随笔·家事 · 阅读 412 · 评论 5
{BODY}
!a 喜欢这篇？长按赞赏，一元也是心意
!l ← 上一篇：父亲的修车铺
!l → 下一篇：元宵的灯
!l 留言（5）
!l 水边的芦苇：读到最后一段，鼻子一酸。
!l 冬至：我家窗上也贴着一只。
!m 苇间小筑 © 2025 · 文字未经许可请勿转载
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
搬进新楼的第一个春节，父亲从集市上买回一张静电贴，上面是一只站在梅枝上的喜鹊。他说老房子贴窗花要熬浆糊，这个东西不用胶，往玻璃上一抹就贴住了。
那张喜鹊贴在客厅的窗户上，一贴就是四年。阳光好的下午，喜鹊的影子落在地板上，我常常趴在那里写作业。
后来父亲住进医院，我回家收拾东西，发现喜鹊的一角翘了起来。我学着父亲的样子，往玻璃上喷了点水，把它重新抹平。
今年春节，我在自己家的窗户上也贴了一只喜鹊。孩子问我为什么不贴红纸窗花，我说，这是你爷爷喜欢的样子。
写于乙巳年正月
""",
    ),
    dict(
        slug="wechat-bachuan-stomatology-floss-steps-h1",
        site="鲃川县口腔医院 公众号镜像 (invented mirror 公号时光匣)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://gzhsgx.example-mirror.com/s/bcky/20250320-floss",
        title="刷牙刷不到的地方，交给牙线",
        record_title=None,
        date="2025-03-20",
        notes="WeChat mirror: no title in the record, the title in the <h1>; the account line's date as the page's "
        "date; a follow prompt glued before the first words; 原创 tag, 阅读原文/在看 rows and the mirror's note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>公号时光匣 - 鲃川县口腔医院</title>
<meta name="referrer" content="no-referrer">
<script src="/static/gzhsgx/mirror.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 公号时光匣 · 好文章不怕丢⟧ ⟦a <a href="/">回到存档首页</a>⟧</div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m <span class="tag">原创</span> <span>口腔科 钟宁</span> <a>鲃川县口腔医院</a> <em>2025-03-20 08:00</em> <span>湖南</span>⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="read-more">⟦a 阅读原文⟧　⟦m 阅读 3216⟧　⟦a 分享　在看　赞⟧</div>
<div class="qr">⟦a 长按识别二维码，预约口腔检查不排队⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的存档副本，版权归原公众号所有，如需删除请留言。⟧</div>
<div class="mirror-list"><h4>⟦l 该公众号其他存档⟧</h4>
<p>⟦l 孩子换牙期，这三件事要做好⟧</p>
<p>⟦l 洗牙会让牙缝变大吗？⟧</p></div>
<footer>⟦m 公号时光匣 gzhsgx　京ICP备22041703号⟧</footer>
</body>
</html>
""",
        p_html='<section style="margin-bottom:16px"><p style="font-size:15px">{}</p></section>',
        body="""
⟦a ↑轻点上方蓝色名字，护牙知识天天送⟧很多人刷牙很认真，牙缝里却还是留着食物残渣。牙刷只能清洁牙齿的三个面，相邻两颗牙之间的那一面，要靠牙线来完成。
正确使用牙线分四步：
1.取一段约40厘米的牙线，两端分别缠绕在左右手的中指上。
2.用两手拇指和食指绷紧一段2厘米左右的牙线，轻轻拉锯式滑入牙缝。
3.将牙线贴紧一侧牙面，呈C形包绕，上下刮动4到6次，再换另一侧牙面。
4.每清洁一个牙缝，换用一段干净的牙线。
初次使用时牙龈少量出血属于正常现象，如果持续一周以上仍出血，请到口腔科就诊。
""",
    ),
    dict(
        slug="wechat-qiaoyuan-pledge-jar-recycling-cn-date",
        site="荍苑社区 公众号文章备份 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://wxbak.example.org/a/qiaoyuansq/2025010801",
        title="关于旧护手霜罐回收再利用的倡议书",
        record_title="关于旧护手霜罐回收再利用的倡议书 · 荍苑社区（公号存稿）",
        date="2025-01-06",
        date_also=["2025-01-08"],
        notes="WeChat article backed up as text: account line with its own date, a star prompt before the salutation; "
        "成文日期 in Chinese numerals under the signature; a sentence about sharing the pledge stays in the body",
        page="""
!m 公号文章备份 · 第 20250108 号
{T}
!m 荍苑社区　2025年01月08日 17:45　骔山
{BODY}
!a 觉得有用就点个“在看”，让更多邻居看到
!m 阅读 862
!l 往期推荐：荍苑社区元旦游园活动回顾 ｜ 冬季用电用气安全提醒
!d 以上内容备份自公众号“荍苑社区”，备份仅为防止失效，不作他用。
""",
        indent="\u3000\u3000",
        body="""
⟦a 星标“荍苑社区”，社区通知不漏看⟧亲爱的居民朋友们：
入冬以来，家家户户用掉的护手霜越来越多，空罐子随手一扔，既浪费资源，又给垃圾分类增加了负担。为此，荍苑社区向全体居民发出如下倡议：
一、分类投放。铝罐、铁罐投入可回收物桶，塑料罐洗净后投放，玻璃罐单独放到社区回收点。
二、一罐多用。洗净的小罐子可以装纽扣、别针，也可以交给社区“巧手坊”改做多肉花盆。
三、带头示范。请党员、楼栋长带头把家里的空罐送到回收点，并把这份倡议分享到楼栋群里。
小罐子也有大用处，让我们从身边小事做起。
荍苑社区居民委员会
二〇二五年一月六日
""",
    ),
    dict(
        slug="docshare-jinghua-request-finger-cots-docx",
        site="菁华文档共享 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.jinghuadoc.com/share/2025/0303/d8821470.html",
        title="关于购置防静电指套的请示",
        record_title="关于购置防静电指套的请示.docx",
        date="2025-02-26",
        notes="sharing page: upload notice, a points lock and a service WeChat beside the request's own contact; "
        "file-name record title; a cost table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于购置防静电指套的请示.docx_菁华文档共享</title>
<script src="https://cdn.jinghuadoc.com/js/view.20250301.js"></script>
</head>
<body>
<div class="jh-head">⟦m 菁华文档共享 — 找材料，上菁华⟧ <a href="/upload">⟦a 我要上传⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="jh-path">⟦m 菁华文档 › 行政公文 › 请示报告⟧</div>
<div class="jh-doc">
<h1>⟦t 关于购置防静电指套的请示.docx⟧</h1>
<div class="jh-info">⟦m 分享者：jh_7730　｜　2025-03-03 分享　｜　2 页　｜　下载 41 次⟧</div>
<div class="jh-upload">⟦d 此文档由网友自行上传，仅供交流学习，本站不对其内容负责。⟧</div>
<div class="jh-text">
<h2>{T}</h2>
{BODY}
</div>
<div class="jh-lock">⟦a 下载原文件需 5 积分，签到可领积分⟧</div>
<div class="jh-kf">⟦w 文档找不到？客服微信 jinghua_kf01 帮你找⟧</div>
</div>
<div class="jh-side"><h4>⟦l 同类文档⟧</h4>
<ul><li>⟦l 关于购置实训耗材的请示.doc⟧</li><li>⟦l 学校实训室设备采购申请报告.docx⟧</li></ul></div>
<div class="jh-foot">⟦m 菁华文档共享 jinghuadoc.com　苏ICP备20044517号⟧</div>
</body>
</html>
""",
        body="""
县教育局：
我校电子技术应用专业现有实训工位160个，学生每天在实训室焊接、装配电路板。根据实训安全规范，学生接触集成电路元件时须佩戴防静电指套。目前学校库存指套已基本用完，现申请购置一批，具体如下：
品名　数量　单价（元）　金额（元）
防静电指套（中号）　120盒　18　2160
防静电指套（大号）　60盒　18　1080
合计：3240元。
所需经费拟从学校公用经费中列支，采购后由实训处统一登记、按班发放。
妥否，请批示。
联系人：邝立群　电话：0736-5861209
骔山县职业中等专业学校
2025年2月26日
""",
    ),
    dict(
        slug="docshare-duoduo-rules-brush-disinfection-markers",
        site="多多文档网 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.duoduowd.com/doc/319056.html",
        title="化妆刷清洁消毒管理制度",
        record_title="【门店必备】化妆刷清洁消毒管理制度（可直接打印上墙）",
        date=None,
        notes="sharing page as text: page markers '⏶Pn⏶' cut articles, glued to the continuation with a space or "
        "on a line of their own; 第N条 articles, one telling shops to print and post the rules; no date",
        page="""
!m 多多文档网
!t 【门店必备】化妆刷清洁消毒管理制度（可直接打印上墙）
!m 分享人：美业小管家　　共 2 页　　阅读 3027　　下载 188
!a ⬇ 下载 Word 原稿　　☆ 收藏　　⚑ 纠错
{T}
{BODY}
!a 剩余内容已折叠，开通多多会员后展开全部
!d 本站文档均来自网友分享，若有侵权请发送邮件至客服邮箱，核实后删除。
!l 相关推荐：美容院卫生管理制度大全 ｜ 美甲店工具消毒记录表 ｜ 化妆师岗位职责
""",
        pages=dict(fmt="⏶P{n}⏶", every=110, start=2, glue="mix", sep=" "),
        body="""
第一条　为防止化妆刷交叉感染，保障顾客健康，根据美容美发场所卫生规范，结合本店实际，制定本制度。
第二条　化妆刷实行“一客一刷一消毒”，为顾客化妆前，应使用已消毒并单独存放的刷具。
第三条　使用后的化妆刷先用专用清洁液洗去残留粉底，再用清水冲净，放入紫外线消毒柜消毒不少于三十分钟。
第四条　消毒后的化妆刷刷头朝下晾干，存放在标有“已消毒”字样的密闭盒中，不得与未消毒刷具混放。
第五条　店长每周检查一次刷具，刷毛分叉、脱落或刷杆松动的应及时报废。
第六条　本制度自发布之日起施行，请各门店打印后张贴在化妆区醒目位置。
""",
    ),
    dict(
        slug="edu-bachuan-notice-floss-day-attachments",
        site="鲃川县教育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.bachuan.gov.cn/tzgg/2025/0908/11452.html",
        title="关于开展2025年“全国爱牙日”口腔健康教育活动的通知",
        record_title="关于开展2025年“全国爱牙日”口腔健康教育活动的通知【体卫艺】 - 鲃川县教育局",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="education bureau: 关怀版/读屏 links, attachment download links beside the notice's own 附件 list, "
        "the notice's contact and mailbox beside a technical-support line; the site's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展2025年“全国爱牙日”口腔健康教育活动的通知【体卫艺】 - 鲃川县教育局</title>
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/bcjy-care.js"></script>
</head>
<body>
<div class="care">⟦a <a>关怀版</a> ｜ <a>读屏</a> ｜ <a>简/繁</a>⟧</div>
<div class="logo">⟦m 鲃川县教育局 · 鲃川教育信息网⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="where">⟦m 首页 » 通知公告 » 体卫艺⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="src">⟦m 时间：2025-09-08　来源：体卫艺股　点击：1127⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 本文附件（点击文件名下载）⟧<br>⟦a 学生人数统计表.xls（21KB）⟧<br>⟦a 口腔健康教育课件.pptx（6.3MB）⟧</div>
<div class="pnext">⟦l 上一条：关于做好秋季学期学生资助工作的通知⟧<br>⟦l 下一条：全县中小学开学安全大检查情况通报⟧</div>
</div>
<div class="foot">
⟦m 主办单位：鲃川县教育局　地址：鲃川县育才路9号⟧<br>
⟦m 网站技术支持：0736-5830999（工作日）⟧<br>
⟦m 湘ICP备09018824号⟧
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
今年9月20日是第37个“全国爱牙日”。为提高学生口腔健康素养，县教育局、县卫生健康局决定在全县中小学开展口腔健康教育活动，现将有关事项通知如下。
一、9月15日至30日，各校利用班会课开展一次口腔健康主题教育，重点讲解刷牙和牙线的使用方法。
二、县口腔医院将为各小学四年级学生每人赠送牙线棒一盒，请各校于9月12日前报送学生人数。
三、活动结束后，请各校于10月10日前将活动总结和照片报送县教育局体卫艺股。
联系人：涂若岚　电话：0736-5830156　邮箱：twyg@bachuan-edu.cn
附件：1.学生人数统计表
2.口腔健康教育课件
鲃川县教育局　鲃川县卫生健康局
2025年9月5日
""",
    ),
    dict(
        slug="edu-zongshan-school-notice-anti-collision-clings",
        site="骔山县实验中学网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zssyzx.net/xxgg/2025/0312/2231.html",
        title="骔山县实验中学关于在教学楼玻璃门窗粘贴防撞静电贴的通知",
        date="2025-03-12",
        notes="record title as is; school site chrome; a numbered list; 成文日期 under the signature; the school's "
        "name is also the signature (head)",
        page="""
!m 骔山县实验中学
!m 首页 | 学校概况 | 校园动态 | 学校公告 | 德育天地
!m 学校公告
{T}
!m 作者：总务处　　发布：2025年03月12日　　浏览：653
{BODY}
!a 【打印本文】　【返回顶部】
!l 最新公告
!l · 关于2025年春季运动会报名的通知
!l · 高一年级家长会安排
!m 版权所有：骔山县实验中学　地址：骔山县书院街3号　电话：0736-5845560
""",
        body="""
各年级组、各班级：
近期，学校对教学楼门厅、楼梯间的玻璃门和落地窗进行了排查，发现部分玻璃门透明度高，学生课间奔跑时容易撞上。为消除安全隐患，学校决定在玻璃门窗上粘贴防撞静电贴，现将有关事项通知如下：
1.总务处负责采购圆点式防撞静电贴，粘贴高度为离地面1.0米至1.5米。
2.各班美术委员可设计班级标志，经审核后制成静电贴，粘贴在本班教室门玻璃上。
3.请班主任提醒学生不要撕扯、涂画静电贴，发现翘边、脱落及时报告总务处。
骔山县实验中学
2025年3月12日
""",
    ),
    dict(
        slug="intranet-lingxi-minutes-finger-cot-consumption",
        site="灵犀协同OA (invented enterprise intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hengjie-elec.example/portal/doc/view?id=2025061301",
        title="装配部关于防静电指套消耗问题的专题会议纪要",
        record_title="〔会议纪要·装配部〕装配部关于防静电指套消耗问题的专题会议纪要 - 灵犀协同OA",
        date="2025-06-12",
        date_also=["2025-06-13"],
        notes="OA document view: 流转记录, read count, a 我已阅知 button, IT desk line; the minutes' 时间/地点/主持/"
        "参会/记录 lines stay in the body; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔会议纪要·装配部〕装配部关于防静电指套消耗问题的专题会议纪要 - 灵犀协同OA</title>
<script src="/lx/static/oa-core.js"></script>
<script>LX.user="宋佳";LX.doc=2025061301;</script>
</head>
<body>
<div class="lx-top">⟦m 灵犀协同OA · 恒捷电子内部办公平台⟧ ⟦m 宋佳（装配部）⟧ ⟦a <a>消息 3</a> <a>退出</a>⟧</div>
<div class="lx-menu">⟦m 待办　已办　公文　会议　知识库　通讯录⟧</div>
<div class="lx-doc">
<div class="lx-bar">⟦m 会议纪要 › 装配部 › 2025年第23号⟧</div>
<h2>{T}</h2>
<div class="lx-meta">⟦m 起草：宋佳　审核：韦家铭　发布：2025-06-13 09:12　已读 46 / 未读 5⟧</div>
<div class="lx-body">
{BODY}
</div>
<div class="lx-ops">⟦a 我已阅知⟧ ⟦a 转发　打印　导出PDF⟧</div>
<div class="lx-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-06-12 17:40　宋佳　起草⟧</p>
<p>⟦m 2025-06-13 08:55　韦家铭　审核通过⟧</p>
<p>⟦m 2025-06-13 09:12　系统　分发至装配部、品质部、采购部⟧</p></div>
</div>
<div class="lx-foot">⟦m 系统故障请拨 IT 服务台分机 8000⟧　⟦d 内部资料，严禁外传⟧</div>
</body>
</html>
""",
        body="""
时间：2025年6月12日下午2:30
地点：二号楼三楼会议室
主持：装配部经理 韦家铭
参会：各装配线线长，品质部 鲍敏，采购部 乔楚
记录：宋佳
会议听取了品质部关于近三个月防静电指套消耗情况的汇报。5月份全部门共领用指套4.2万只，比2月份增加37%，主要原因是新采购批次指套偏薄，员工反映一个班要换三四次。会议议定如下：
一、采购部本周内联系供应商退换问题批次，今后到货须经品质部抽检拉力和表面电阻后方可入库。
二、各线长按每人每班两只的标准发放指套，超额领用须登记原因。
三、品质部从下月起将指套消耗和元件静电损伤率一并纳入月度质量报表。
""",
    ),
    dict(
        slug="intranet-hengjin-bulletin-jar-lid-cracks",
        site="恒锦包装 内网公告栏 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.hengjin-pack.example/notice/2025/0603-qc",
        title="关于50克铝罐罐盖开裂问题的质量通报",
        record_title="【质量通报】关于50克铝罐罐盖开裂问题的质量通报（请各车间传阅）",
        date="2025-06-03",
        notes="intranet notice as text: a batch table one row a paragraph; 成文日期 under the signature; read "
        "receipts and an IT line after",
        page="""
!m 恒锦包装 · 内网公告栏
!m 当前用户：冲压车间 何川　　｜　　切换账号
!t 【质量通报】关于50克铝罐罐盖开裂问题的质量通报（请各车间传阅）
!m 发布部门：质量管理部　　发布时间：2025-06-03 16:20　　密级：内部
{BODY}
!a 【签收】　【打印】　【下载附件】
!m 签收情况：已签收 9 个部门，未签收 2 个部门
!l 上一则：关于端午节放假安排的通知
!m 内网问题请联系信息中心 分机 6100
""",
        body="""
各车间、品质部、销售部：
5月下旬，客户退回我司生产的50克铝制护手霜罐1.8万只，原因是罐盖旋紧后螺纹处出现开裂。经品质部排查，问题集中在以下批次：
批次号　生产日期　数量（只）　开裂率
AL2505-07　5月7日　6000　4.2%
AL2505-09　5月9日　6000　3.8%
AL2505-12　5月12日　6000　5.1%
原因是冲压车间更换模具后未做首件确认，罐盖螺纹壁厚偏薄。公司决定扣罚冲压车间主任当月绩效，对相关批次全部返工。各车间要引以为戒，严格执行首件检验制度。
骉州恒锦包装制品有限公司质量管理部
2025年6月3日
""",
    ),
]
