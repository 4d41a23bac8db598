"""holdout350, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (each once as HTML, once as text).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-laofan-kickboard-drills-tagcloud-bracket-time",
        site="老樊教游泳 (invented, a swim coach's Typecho-like blog)",
        style="博客",
        genre="博文",
        kind="other",
        form="html",
        source="https://laofanswim.cn/archives/412/",
        title="浮板打腿练不好？试试这四个小练习",
        record_title="浮板打腿练不好？试试这四个小练习 - 训练笔记 - 老樊教游泳",
        date="2025-07-21",
        notes="a coach's blog: the bracketed post time is the date; a numbered list; tag cloud, archive, calendar and a "
        "comment form; a like prompt glued after the last 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>浮板打腿练不好？试试这四个小练习 - 训练笔记 - 老樊教游泳</title>
<link rel="stylesheet" href="/usr/themes/pool/style.css">
</head>
<body>
<header id="header"><a class="site-name" href="/">⟦m 老樊教游泳⟧</a><p class="description">⟦m 一个游泳教练的池边笔记⟧</p>
<nav>⟦m 首页　训练笔记　家长问答　关于老樊⟧</nav></header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m [2025-07-21 22:10]⟧</li><li>⟦m 分类：训练笔记⟧</li><li>⟦m 阅读 731　评论 5⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：浮板　打腿　少儿游泳⟧</p>
<p class="copyright">⟦d 本文由老樊原创，转载请保留出处链接，谢谢。⟧</p>
</article>
<ul class="post-near"><li>⟦l 上一篇：孩子怕水，第一节课先别急着下水⟧</li><li>⟦l 下一篇：蛙泳腿总是“剪刀腿”怎么办⟧</li></ul>
<div id="comments"><h3>⟦l 5 条评论⟧</h3>
<ol><li>⟦l 游泳的鱼丸妈：第三个练习我家孩子试了，确实好用⟧</li><li>⟦l 阿杰：浮板前伸滑行每次12米是指一个来回吗？⟧</li></ol>
<form><textarea placeholder="写下你的评论"></textarea><button>⟦a 提交评论⟧</button></form></div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 浮板 换气 蛙泳 自由泳 怕水 比赛⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年7月（6）⟧</li><li>⟦l 2025年6月（9）⟧</li></ul></section>
<section><h3>⟦l 日历⟧</h3><p>⟦l 一 二 三 四 五 六 日⟧</p></section>
</aside>
<footer id="footer">⟦m © 2025 老樊教游泳 · 由 Typecho 驱动⟧</footer>
</body>
</html>
""",
        body="""
带了十几年少儿游泳班，发现很多孩子扶着浮板打腿，越打越往后退。问题多半出在膝盖弯得太多。下面这四个练习，大家可以在泳池里试试。
1. 扶池边打腿。双手扶池边，身体放平，先找大腿带动小腿的感觉，每组30秒。
2. 浮板前伸滑行。双手压住浮板前端，手臂伸直，只靠打腿前进，每次游12米。
3. 单手扶板。一只手扶浮板，另一只手贴在身侧，练习身体平衡，左右各一组。
4. 抱板仰漂。浮板抱在胸前仰躺，轻轻打腿，适合怕水的孩子建立信心。
练的时候别贪多，每次课最多练20分钟，打腿的质量比数量更重要。⟦a 觉得有用就点个赞再走吧⟧
""",
    ),
    dict(
        slug="blog-wantang-essay-mother-shower-stool-wrapped-68",
        site="晚棠小记 (invented, personal blog, text page)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://wantang.blog.cn/post/2025/05/0419.html",
        title="给母亲买了一张防滑凳",
        record_title="【家常絮语】给母亲买了一张防滑凳 | 晚棠小记",
        date=None,
        notes="an essay hard-wrapped at 68 columns; only a 写于…立夏 line and an update stamp, no date; sharing a link is "
        "content",
        page="""
!m 晚棠小记 —— 记一些家常事
!m 首页 · 家常絮语 · 读书 · 留言板
!t 【家常絮语】给母亲买了一张防滑凳
!m 晚棠　|　最后修改于 4 天前　|　阅读 286
{BODY}
!l 分类：家常絮语　　标签：母亲　防滑凳　老家
!l 较早的文章：父亲的旧收音机
!l 较新的文章：六月，院子里的栀子开了
!a 发表留言（登录后可留言）
!m 晚棠小记 © 2016—2025　本站由个人维护
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
母亲今年七十八岁，一个人住在浬澚老家。去年冬天，她在卫生间滑了一跤，手腕骨裂，养了两个多月。
出院那天，我在网上挑了很久，最后买了一张带靠背的防滑凳：凳面有排水孔，四条腿装着吸盘脚垫，高度可以调节。
母亲起初不肯用，说自己还没老到要坐着洗澡。我没有多劝，只是把凳子放在淋浴头下面，调好高度，又在旁边墙上装了一根扶手。
过了一个星期，她在电话里说：“坐着洗，脚不抖了，头发也能慢慢冲干净。”
后来我把凳子的链接分享到家族群里，几个表姐也给家里老人各买了一张。一张小凳子，让我们这些在外的儿女踏实了不少。
写于二〇二五年立夏
""",
    ),
    dict(
        slug="wechat-wencunge-mask-squeeze-star-prompt-h1",
        site="文存阁 (invented, WeChat article mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.wencunge.com/a/cqey-health/20250718/3",
        title="潜水镜也会“挤伤”眼睛？这份提醒请收好",
        record_title=None,
        date="2025-07-18",
        notes="no record title: the <h1> holds it; a star prompt glued before the first words; the account line's date "
        "is the date; the eye clinic's own phone beside the mirror's chrome",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>文存阁 - 公众号好文存档</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<div class="wc-top"><a href="/">⟦m 文存阁⟧</a> <span>⟦m 好文章，存下来慢慢读⟧</span> <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　潀埼二院健康　2025年07月18日 17:30　潀埼⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rm-tool">⟦a 阅读原文⟧　⟦l 阅读 3046⟧　⟦a 在看 57⟧　⟦a 喜欢作者⟧</div>
<div class="rm-qr">⟦a 长按下方二维码，关注潀埼二院健康⟧</div>
</div>
<div class="wc-rel"><h4>⟦l 这个号的其他文章⟧</h4><ul><li>⟦l 中暑了先别急着喝冰水⟧</li><li>⟦l 海鲜过敏，这几个信号要当心⟧</li></ul></div>
<div class="wc-foot">⟦d 文存阁仅做公开文章存档，著作权归原公众号所有，若需下架请来信 wcg@wencunge.com⟧</div>
</body>
</html>
""",
        body="""
⟦a 点上方蓝字“潀埼二院健康”，再点右上角设为星标⟧夏季是浮潜、潜水的旺季。近一个月，我院眼科接诊了5名因潜水镜使用不当导致眼部不适的患者，其中2人出现了结膜下出血。
医生介绍，这种情况在医学上叫“面镜挤压”。下潜时，面镜内的空气受压变少，如果不及时通过鼻子往面镜里呼气平衡压力，面镜就会像吸盘一样吸住眼周，造成眼部毛细血管破裂。
预防方法其实很简单：下潜过程中每隔一两米，用鼻子向面镜内轻轻呼一口气；选择带鼻罩的潜水镜，不要用只遮住眼睛的游泳镜代替。
如果上岸后发现眼白发红、眼周淤青，请及时到眼科就诊。眼科咨询电话：0898-36157720（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="wechat-gonghao-swim-ring-myths-account-line",
        site="公号书架 (invented, WeChat article archive, text page)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://gonghaoshujia.cn/liaoaoyj/2025-07-03/1",
        title="关于游泳圈，这五个误区很多家长都有",
        record_title="关于游泳圈，这五个误区很多家长都有 | 浬澚应急（号文快存）",
        date="2025-07-03",
        notes="an emergency bureau's article in a text archive: the account line's date is the date; a numbered list "
        "of myths; forwarding the article is content; 在看/阅读原文 rows and back issues",
        page="""
!m 公号书架 · 公众号文章存档
!t 关于游泳圈，这五个误区很多家长都有 | 浬澚应急
!m 浬澚应急　2025-07-03 18:05　发表于浬澚县
!a 点击收听全文
{BODY}
!a 阅读原文　｜　分享　｜　推荐　｜　在看 28
!l 往期推荐：台风来了，这份避险指南请收好
!l 往期推荐：暑期防溺水，记住“六不”
!d 本页由公号书架自动存档，原文版权归公众号作者所有，如需删除请发邮件至 takedown@gonghaoshujia.cn
""",
        body="""
暑期到了，不少家长会给孩子准备游泳圈。但下面这些误区，可能让游泳圈变成“危险圈”。
误区一：套上游泳圈就不会沉。游泳圈翻扣、滑脱、漏气都可能发生，孩子一旦头朝下被卡住，很难自己翻过来。
误区二：腋下圈比腰圈安全。腋下圈如果尺寸偏大，孩子举手时就会滑脱。
误区三：有游泳圈就可以去深水区。充气游泳圈属于水上玩具，不能代替救生衣。
误区四：游泳圈能用好几年。PVC材料经暴晒后会老化变脆，每次使用前都要检查接缝。
误区五：大人在岸上看着就行。看护孩子要在一臂距离之内，不玩手机、不打瞌睡。
把这篇文章转给身边的家长，一起守护孩子的暑假。
""",
    ),
    dict(
        slug="docshare-xiangwen-request-shower-stools-h1-service-wechat",
        site="享文坊 (invented, document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.xiangwenfang.com/d/2025041630917.html",
        title="关于为院内老人购置防滑凳和淋浴扶手的请示",
        record_title=None,
        date="2025-04-16",
        notes="no record title: the <h1> holds it; a file-info box, a sign-in points lock and a service WeChat next to "
        "the request's own 联系人/电话; 成文日期 under the signature; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>享文坊_好文档一起享</title>
<script src="/static/reader.js"></script>
</head>
<body>
<div class="xw-head"><a href="/">⟦m 享文坊⟧</a> <span>⟦m 好文档一起享⟧</span> <a>⟦a 上传我的文档⟧</a> <a>⟦a 签到领积分⟧</a></div>
<div class="xw-crumb">⟦m 享文坊 / 公文写作 / 请示报告⟧</div>
<div class="xw-doc">
<h1>{T}</h1>
<table class="xw-info"><tr><td>⟦m 文件类型 docx⟧</td><td>⟦m 大小：21KB⟧</td><td>⟦m 页数：2⟧</td><td>⟦m 分享者：养老人小钟⟧</td><td>⟦m 分享于 2025-05-03⟧</td></tr></table>
<div class="xw-body">
{BODY}
</div>
<div class="xw-lock">⟦a 下载原文需 5 积分，今日签到可得 2 积分⟧ <a>⟦a 用积分下载⟧</a></div>
</div>
<div class="xw-kefu">⟦w 找不到想要的材料？享文坊客服微信 xwf-kefu01 帮你找⟧</div>
<div class="xw-like"><h4>⟦l 享友们还在看⟧</h4><ul><li>⟦l 关于申请敬老院消防设施改造资金的请示⟧</li><li>⟦l 养老机构适老化改造实施方案⟧</li></ul></div>
<div class="xw-foot">⟦d 享文坊所有文档均为网友分享，如涉及版权问题请联系平台删除⟧　⟦m 琼ICP备23004127号⟧</div>
</body>
</html>
""",
        body="""
县民政局：
我院现有入住老人112名，其中失能、半失能老人47名。院内公共浴室共有淋浴位18个，目前仅配备普通塑料凳，凳脚无防滑措施，今年以来已发生老人洗浴滑倒事件2起。
为消除安全隐患，我院拟为每个淋浴位配备防滑凳1张、安装L形扶手1组，共需防滑凳18张、扶手18组，预算合计1.26万元，拟从养老服务提升专项资金中列支。
妥否，请批示。
联系人：钟慧敏　电话：0898-62710483
浬澚县氹墺镇敬老院
2025年4月16日
""",
    ),
    dict(
        slug="docshare-jiwenhe-host-script-kickboard-docx",
        site="集文盒 (invented, document-sharing site, text page)",
        style="文档分享",
        genre="主持词",
        kind="other",
        form="text",
        source="https://jiwenhe.cn/share/k8Rm2Q",
        title="少儿游泳暑期班结业汇报课主持词",
        record_title="少儿游泳暑期班结业汇报课主持词.docx",
        date=None,
        notes="file-name record title; a host script with a stage direction; a preview lock between paragraphs; no "
        "date (a share stamp only)",
        page="""
!m 集文盒 | 文档随手存，好文随手分
!t 少儿游泳暑期班结业汇报课主持词.docx
!m 分享人：鲯鱼教务小陈　　分享时间：2 个月前　　浏览 319 次
!a 预览　　保存到我的集文盒　　下载（需2盒币）
{BODY}
!a 想看完整版？登录集文盒即可免费预览全文
!l 相关文档：游泳培训班开班仪式主持词.docx ｜ 暑期夏令营闭营致辞.doc
!d 集文盒仅提供文档存储与分享服务，文档内容由分享者负责
""",
        body="""
尊敬的各位家长、亲爱的小朋友们：
大家下午好！欢迎来到鲯鱼游泳学校暑期班结业汇报课现场。
二十天前，很多小朋友还不敢把脸埋进水里；今天，他们要用浮板打腿、蛙泳配合，向爸爸妈妈展示自己的进步。
首先登场的是“小海马班”，他们将扶着浮板完成15米打腿接力。请大家用掌声为他们加油！
⟦a 以下内容需登录后查看，登录即送3盒币⟧
（接力结束）
感谢“小海马班”的精彩表现！下面有请“飞鱼班”的小朋友表演不带浮板的蛙泳。
最后，请教练为小朋友们颁发结业证书。今天的汇报课到此结束，祝小朋友们度过一个安全、快乐的暑假！
""",
    ),
    dict(
        slug="edu-liao-notice-drowning-swim-ring-attachments-cn-date",
        site="浬澚县教育局 (invented, education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.liaoao.gov.cn/tzgg/2025/0624/8817.html",
        title="关于做好2025年暑期学生防溺水工作的通知",
        record_title="关于做好2025年暑期学生防溺水工作的通知_教育要闻_浬澚县教育局",
        date="2025-06-23",
        date_also=["2025-06-24"],
        notes="education portal with 适老版/读屏 links and attachment download links beside the notice's own 附件 list; "
        "the notice's contact and mailbox beside a technical-support line; 成文日期 in Chinese numerals; a 抄送 line; "
        "following an account is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于做好2025年暑期学生防溺水工作的通知_教育要闻_浬澚县教育局</title>
</head>
<body>
<div class="jy-top">⟦m 浬澚县教育局⟧　<a>⟦a 适老版⟧</a> <a>⟦a 读屏模式⟧</a> <a>⟦a 繁體⟧</a></div>
<div class="jy-nav">⟦m 首页　机构概况　教育要闻　通知公告　招生考试　政务公开⟧</div>
<div class="jy-pos">⟦m 当前位置：首页 &gt; 通知公告⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<p class="jy-info">⟦m 发布日期：2025-06-24　作者：安全股　点击数：1527⟧</p>
<div class="jy-con">
{BODY}
</div>
<div class="jy-fj"><p>⟦a 附件1：致家长的一封信.docx　点击下载⟧</p><p>⟦a 附件2：学校周边危险水域排查表.xls　点击下载⟧</p></div>
<div class="jy-btn">⟦a 【打印】【收藏】【返回顶部】⟧</div>
</div>
<div class="jy-more"><h4>⟦l 通知公告⟧</h4><ul><li>⟦l 关于做好2025年中考成绩发布工作的通知⟧</li><li>⟦l 关于开展暑期教师全员培训的通知⟧</li></ul></div>
<div class="jy-foot">⟦m 主办：浬澚县教育局　地址：浬澚县府前路6号⟧<br>⟦m 技术支持：浬澚县教育信息中心　电话：0898-62850999⟧<br>⟦m 琼ICP备08002716号-2⟧</div>
</body>
</html>
""",
        body="""
各镇中心学校，县直各学校：
暑假将至，为切实预防学生溺水事故，现就有关工作通知如下。
一、上好一堂专题教育课。放假前各校要上好防溺水“最后一课”，重点讲清充气游泳圈、浮床等水上玩具不是救生器材，不能带着它们去江河、水库和海边游泳。
二、发送一封告家长书。各校要通过家校群发送《致家长的一封信》（见附件1），请家长关注“浬澚教育”公众号，及时了解安全提示，并在收到后回复确认。
三、落实一份排查清单。各校要对学校周边水域逐一排查，填写《学校周边危险水域排查表》（见附件2），7月5日前报县教育局安全股。
联系人：符晓岚，电话：0898-62850317，邮箱：aqg@liaoaoedu.cn。
附件：1.致家长的一封信
2.学校周边危险水域排查表
浬澚县教育局
二〇二五年六月二十三日
抄送：县应急管理局，县公安局。
""",
    ),
    dict(
        slug="edu-xunliu-school-notice-dorm-shower-stools-record",
        site="蟳塯镇中心学校网站 (invented, text page)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xlzxxx.cn/news/2025/0901/512.html",
        title="关于学生宿舍浴室配置防滑凳的通知",
        date="2025-09-01",
        notes="record title as is; a numbered list; the school's duty-room phone beside the site's technical line; "
        "成文日期 under the signature",
        page="""
!m 蟳塯镇中心学校 — 向海而学　与潮同长
!m 学校首页 > 校园公告 > 后勤通知
{T}
!m 时间：2025-09-01　发布人：总务处　阅读：418
!a [ 字号：大 · 中 · 小 ]　[ 打印通知 ]
{BODY}
!l 上一则：2025年秋季学期开学安全工作提示
!l 下一则：关于调整学生食堂就餐时间的通知
!m 学校地址：礵岺县蟳塯镇海滨南路21号　网站技术维护：0898-62938800
""",
        indent="\u3000\u3000",
        body="""
各年级、各宿舍管理员：
为防止学生在宿舍浴室洗澡时滑倒，学校已为男女生宿舍每间浴室配置防滑凳2张，现将使用要求通知如下：
1. 防滑凳只供洗浴时坐用，不得站在上面晾衣服、取物品。
2. 使用后请把防滑凳靠墙放好，不要堵住地漏。
3. 发现凳脚吸盘脱落、凳面开裂的，请及时报宿舍管理员更换。
4. 各班主任要在开学第一周的班会上向学生讲解以上要求。
宿舍管理员联系电话：0898-62931460（值班室）。
蟳塯镇中心学校总务处
2025年9月1日
""",
    ),
    dict(
        slug="oa-oufan-minutes-beach-chair-hinge-vote",
        site="鸥帆休闲用品有限公司协同办公平台 (invented, intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.oufan-leisure.com/doc/view.do?id=2025051501",
        title="沙滩椅铰链质量问题专题会议纪要",
        record_title="〔会议纪要·质量部〕沙滩椅铰链质量问题专题会议纪要 - 鸥帆协同办公",
        date="2025-05-14",
        date_also=["2025-05-15"],
        notes="an OA document view: 时间/地点/主持/参会/记录 lines and a vote count; the meeting date is the date, the "
        "OA posting date also accepted; a 流转记录 table, read counts and archive/forward buttons",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔会议纪要·质量部〕沙滩椅铰链质量问题专题会议纪要 - 鸥帆协同办公</title>
</head>
<body class="oa">
<div class="oa-top">⟦m 鸥帆休闲 · 协同办公平台⟧　⟦m 当前用户：生产部 林晓婷⟧　<a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事宜　公文管理　会议管理　知识文库　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-docbar">⟦a 归档　转发　打印　标记为已读⟧</div>
<h2>{T}</h2>
<p class="oa-sub">⟦m 发文部门：质量部　发布：2025-05-15 09:12　密级：内部　已读 23 人 / 未读 4 人⟧</p>
<div class="oa-body">
{BODY}
</div>
<table class="oa-flow"><caption>⟦l 流转记录⟧</caption>
<tr><td>⟦l 质量部 何雨蒙　拟稿　05-14 17:40⟧</td></tr>
<tr><td>⟦l 质量部 谭永泉　审核　05-15 08:55⟧</td></tr>
<tr><td>⟦l 总经办　分发　05-15 09:12⟧</td></tr>
</table>
</div>
<div class="oa-foot">⟦m 鸥帆休闲用品有限公司 信息中心 维护　内网报修分机 8000⟧</div>
</body>
</html>
""",
        body="""
时间：2025年5月14日下午2:30
地点：公司三楼小会议室
主持：质量部经理 谭永泉
参会：生产部、采购部、质量部、销售部负责人及二车间主任
记录：何雨蒙
会议围绕近期客户反映的沙滩椅铰链夹手、松动问题进行了讨论，形成以下意见：
一、问题原因。经质量部拆检，主要是3月批次铰链铆钉直径偏小0.2毫米，反复折叠后松动；部分铰链边缘毛刺未打磨。
二、整改措施。采购部本周内更换铆钉供应商；二车间对在库的1800把沙滩椅逐把复检，铰链边缘加装防夹护套。
三、客户安抚。销售部向相关客户说明情况，对已发货的问题批次免费更换铰链。
会议对是否召回3月批次产品进行表决，应到7人，实到7人，6票同意，1票弃权，决定主动召回。
""",
    ),
    dict(
        slug="oa-aoguang-bulletin-mask-fogging-extension",
        site="澚光潜具有限公司内网 (invented, intranet, text view)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.aoguang-dive.com/notice/2025/061203",
        title="关于MK-20型潜水镜镜片起雾问题的内部通报",
        record_title="[部门通报] 关于MK-20型潜水镜镜片起雾问题的内部通报（请各班组传阅）",
        date="2025-06-11",
        date_also=["2025-06-12"],
        notes="an intranet notice: the quality department's extension in the body beside the IT desk's extension in "
        "the footer; 成文日期 under the signature, the posting date also accepted",
        page="""
!m 澚光潜具内网 | 公告通知
!m 首页 > 公告通知 > 质量管理
!t [部门通报] 关于MK-20型潜水镜镜片起雾问题的内部通报（请各班组传阅）
!m 发布部门：质量部　发布时间：2025-06-12 10:03　阅读次数：188
!a 【打印】【转发给同事】【加入我的收藏】
{BODY}
!a 请阅读后点击“已阅”确认
!l 附：本月其他通报　·关于6月安全生产检查情况的通报　·关于食堂就餐秩序的提醒
!m 内网使用问题请拨信息技术部服务台分机 8000
""",
        body="""
各部门、各班组：
6月上旬，公司连续收到3家经销商反馈，MK-20型潜水镜入水后镜片起雾较快。经技术部检测，原因是5月21日至28日生产的镜片防雾涂层固化时间不足，涂层附着力偏低。
对此，公司决定：一、停止发运上述日期生产的MK-20型产品，库存1240副全部返工；二、涂装班组严格执行固化工艺，每班抽检不少于10片；三、对相关班组长给予通报批评。
各部门要引以为戒，严格执行工艺纪律。如有疑问，请联系质量部周工，内线8216。
澚光潜具有限公司质量部
2025年6月11日
""",
    ),
]
