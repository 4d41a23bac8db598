"""holdout226, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-heshu-essay-kettle-tangerine-peel",
        site="禾叔的茶边小记 (invented, Hexo-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://heshu-chabian.example.net/2024/04/07/kettle-chenpi/",
        title="养生壶里的一壶陈皮水",
        record_title="养生壶里的一壶陈皮水 | 禾叔的茶边小记",
        date="2024-04-07",
        notes="a static blog: reading-time line, an image placeholder between paragraphs, tags glued after the last "
        "sentence, prev/next, a comment form, an RSS link; the post's <time> byline is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>养生壶里的一壶陈皮水 | 禾叔的茶边小记</title>
<link rel="alternate" type="application/rss+xml" href="/atom.xml">
<script defer src="/js/theme-amber.js"></script>
</head>
<body>
<header id="masthead">
<div class="site-title">⟦m 禾叔的茶边小记⟧</div>
<div class="site-sub">⟦m 一个退休语文老师的灶台与书桌⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/archives/">归档</a> <a href="/tags/">标签</a> <a href="/about/">关于禾叔</a>⟧</nav>
</header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发表于 <time datetime="2024-04-07">2024-04-07</time> ｜ 分类：灶边 ｜ 字数 612 ｜ 约 2 分钟读完⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-copyright">⟦d 本文作者：禾叔　转载请留个原文出处，谢谢⟧</div>
<div class="post-nav">⟦l « 较新一篇：春分那天去鲻港看油菜花⟧　⟦l 较早一篇：给孙女缝的第一个书包 »⟧</div>
</article>
<section id="comments">
<h3>⟦l 留言（4）⟧</h3>
<form>⟦l 昵称（必填）　邮箱（不公开）　网址　写下你的想法…　提交留言⟧</form>
</section>
</main>
<aside class="widget">
<h4>⟦l 近期文章⟧</h4>
<ul><li>⟦l 老伴的三件旧毛衣⟧</li><li>⟦l 菜市场里的时令账⟧</li></ul>
<div class="rss">⟦a 用 RSS 订阅禾叔的小记⟧</div>
</aside>
<footer>⟦m © 2019–2024 禾叔　Powered by Hexo ｜ 主题 Amber⟧　⟦a ↑ 回到页首⟧</footer>
</body>
</html>
""",
        body="""
退休以后，女儿给我买了一个养生壶，说是可以煮花茶、熬银耳，省得我守着煤气灶。起初我嫌它花哨，放在柜子里一搁就是半年。
去年冬天，老伴咳嗽了一阵子，邻居王老师教了个方子：陈皮两片、冰糖几粒、雪梨一个，用养生壶的“花茶”档慢慢煮。我把壶找出来照着做了一回，满屋子都是橘皮的香味。
⟦m ［图片：灶台边的养生壶，禾叔摄］⟧
从那以后，这个壶就成了我们家的“常驻嘉宾”。早上煮一壶红枣枸杞水，下午煮一壶陈皮水，晚上睡前再用它温一杯牛奶。
用久了也摸出些门道：水不能少于最低刻度，不然会自动断电；煮过红枣的壶要当天洗，不然壶底会留下一圈印子；每个月用柠檬片煮一遍，水垢就下来了。
一壶水，煮的是日子，也煮的是两个老人慢下来的心。⟦l 标签：#灶边 #养生壶 #退休日常⟧
""",
    ),
    dict(
        slug="blog-diandian-rabbit-cage-wrapped",
        site="点点博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://diandian-blog.example.cn/u/hetian_xiaoyuan/p/20931",
        title="给阳台上的兔子改一个宠物笼",
        record_title="【手作记】给阳台上的兔子改一个宠物笼 - 蚵田小院 - 点点博客",
        date=None,
        notes="a blog post hard-wrapped at 56 columns with a numbered list; '3 天前' and a 'modified' stamp are no "
        "dates; a shop link between paragraphs; tags and a comment count below",
        wrap=56,
        indent="",
        page="""
!m 点点博客 › 蚵田小院 › 手作
!t 【手作记】给阳台上的兔子改一个宠物笼
!m 蚵田小院　3 天前　阅读 418　（最后修改于 2 天前）
{BODY}
!l 标签：兔子　手作　阳台改造
!l 评论 7 ｜ 喜欢 36 ｜ 转到我的点点
!l 上一篇：春天的第一批薄荷　　下一篇：阳台防水做了两遍
!m 点点博客 · 记录普通人的好日子
""",
        body="""
小兔团子来家里快一年了，原来那个宠物笼太小，它在里面转个身都费劲。去商场看了一圈，大笼子动辄四五百元，我决定自己改一个。
材料很简单：一个旧的两层宠物笼、四块防腐木板、一卷铁丝网和十几个扎带。
1.先把旧笼的顶盖拆下来，两层之间用防腐木板搭一个斜坡，兔子可以上下跑。
2.侧面用铁丝网围出一块活动区，网眼不能太大，免得兔子把头钻出去卡住。
⟦l 同款铁丝网和扎带，我在“小院杂货铺”买的，点这里⟧
3.底部铺一层木屑，再放一个陶瓷食盆，兔子啃不动也推不翻。
4.所有铁丝的断头都用钳子弯进去，再包一圈胶布，防止划伤。
改好以后，团子在里面跑来跑去，看得出来很满意。花了一个周末、不到一百元，比买新的划算多了。
""",
    ),
    dict(
        slug="wechat-huchuan-consumer-lock-tips-h1",
        site="琥川消协 (invented WeChat account) on 公号存档站 (invented mirror)",
        style="公众号镜像",
        genre="消费提示",
        kind="other",
        form="html",
        source="https://gzhcundang.example.com/a/huchuan_xiaoxie/2024070501.html",
        title="家装指纹锁，这五个细节要留心",
        record_title=None,
        date="2024-07-05",
        notes="no title in the record: the mirror's <h1>; a follow prompt glued before the first words, 原创 badge, "
        "阅读原文/在看 rows, a 'liked this also liked' list, the mirror's archive note; the account line's date is the "
        "page's date; 12315 inside the body is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>公号存档站 - 琥川消协</title>
<meta name="referrer" content="never">
<script src="/static/js/lazyimg.js"></script>
</head>
<body>
<div class="gzh-top">⟦m 公号存档站 · 好文章不怕被删⟧　⟦a <a href="/search">搜公众号</a>⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　琥川消协　2024-07-05 17:26　浙江⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 3216⟧　⟦a ♡ 点个赞　◎ 在看⟧</div>
<div class="also-like"><p>⟦l 看过这篇的人还在读⟧</p>
<p>⟦l 电动车头盔怎么挑？消协比较试验结果来了⟧</p>
<p>⟦l 预付卡消费，这几类合同条款无效⟧</p></div>
</div>
<div class="gzh-foot">⟦d 存档页由程序自动抓取，原作者要求删除请发邮件⟧<br>⟦m 公号存档站 gzhcundang.example.com⟧</div>
<script>lazyimg.run();</script>
</body>
</html>
""",
        body="""
⟦a 点击上方蓝字“琥川消协”，及时收到消费提醒⟧近年来，指纹锁走进了越来越多的家庭，县消协今年上半年受理相关投诉37件，主要涉及安装不当、虚假宣传和售后不到位。我们提醒消费者，选购和使用时留心以下五个细节。
一是看认证。选购有强制性产品认证和防盗性能等级标识的产品，不要只看外观和价格。
二是量门厚。下单前请师傅上门测量门厚和锁体尺寸，老式防盗门不一定都能直接换装。
三是留钥匙。机械应急钥匙要放在家外可靠的地方，不要锁在家里。
四是改密码。安装完成后当场修改初始管理员密码，删除安装师傅的测试指纹。
五是存凭证。保留好发票和保修卡，出现质量问题可拨打12315投诉，也可通过全国12315平台小程序在线投诉。
""",
    ),
    dict(
        slug="wechat-weiba-feeder-buying-relative-time",
        site="尾巴驿站宠物 (invented WeChat account) on 微文仓 (invented mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://weiwencang.example.net/s/weibayizhan/88213",
        title="出差三天，猫主子的饭谁来管？聊聊自动喂食器",
        record_title="出差三天，猫主子的饭谁来管？聊聊自动喂食器 | 尾巴驿站宠物 - 微文仓",
        date=None,
        notes="a WeChat mirror in text: a star prompt glued before the first sentence, a shop ad between paragraphs, a "
        "QR line, a 'yesterday' stamp that is no date, the mirror's footer",
        page="""
!m 微文仓 ｜ 公众号文章备份
!t 出差三天，猫主子的饭谁来管？聊聊自动喂食器
!m 尾巴驿站宠物　昨天　阅读 1.1万
{BODY}
!a 长按识别下方二维码，进驿站福利群
!a 分享　收藏　在看 86
!l 往期精选：猫砂盆放哪最合适｜夏天狗狗能不能剃毛
!d 微文仓仅做备份，文章版权属于原公众号
""",
        body="""
⟦a 记得把“尾巴驿站宠物”设为星标，不错过每周福利⟧最近后台好多人问：要出差两三天，家里的猫怎么办？今天就来聊聊自动喂食器。
先说结论：短途出差，一台靠谱的喂食器加上一个大容量饮水机，基本够用；超过三天，还是建议请朋友或上门喂养师来看看。
挑喂食器，主要看三点。一是出粮稳不稳，颗粒大的粮容易卡在出粮口，买之前最好按自家猫粮的颗粒大小选型号。二是有没有备用电源，停电时能不能照常出粮。三是粮仓密封好不好，干粮受潮会发霉。
⟦a 驿站门店同款喂食器本周八五折，到店报暗号“尾巴”⟧
另外，第一次用喂食器的猫会有点害怕出粮的声音，建议提前一周放在家里让它适应，出门前再检查一遍定时设置。
""",
    ),
    dict(
        slug="docshare-xiangwen-pledge-dorm-cooker",
        site="享文网 (invented sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.xiangwenwang.example.com/doc/5521087.html",
        title="关于宿舍禁用电炖锅等违规电器的倡议书",
        record_title="【宿舍安全】关于宿舍禁用电炖锅等违规电器的倡议书（可编辑）- 享文网",
        date="2024-09-03",
        notes="a sharing reader: upload notice, star rating, a points lock between paragraphs, a service WeChat line; "
        "成文日期 under the student union's signature; a share sentence inside the pledge is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【宿舍安全】关于宿舍禁用电炖锅等违规电器的倡议书（可编辑）- 享文网</title>
<script src="//cdn.xiangwenwang.example.com/js/viewer.js"></script>
</head>
<body>
<div class="xw-top">⟦m 享文网 · 好文档一起享⟧　⟦a <a>登录</a>/<a>注册送20享币</a>⟧</div>
<div class="xw-nav">⟦m <a>首页</a> <a>校园文书</a> <a>倡议书</a> <a>安全教育</a>⟧</div>
<div class="doc-box">
<h1>{T}</h1>
<div class="doc-info">⟦m 分享者：xw_1129**　页数：2　★★★★☆ 4.6（58人评）⟧</div>
<div class="doc-tool">⟦a 收藏本文档　｜　下载（8享币）　｜　举报⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-end">⟦a 已看完全部页面，给文档评个分吧⟧</div>
</div>
<div class="xw-side"><b>⟦l 相关文档推荐⟧</b>
<p>⟦l 大学生宿舍安全用电承诺书⟧</p>
<p>⟦l 宿舍违规电器清查情况通报⟧</p></div>
<div class="xw-kefu">⟦w 找不到想要的文档？加享文小助手微信 xwzs_0606 帮你找⟧</div>
<div class="xw-foot">⟦d 本站文档均由用户上传分享，享文网不享有版权，侵权请联系下架⟧<br>⟦m © 享文网 xiangwenwang.example.com　皖ICP备22005139号⟧</div>
</body>
</html>
""",
        body="""
全体同学：
新学期开学以来，宿管中心在检查中发现，仍有部分同学在宿舍使用电炖锅、养生壶、电热杯等违规电器。宿舍电线负荷有限，这些大功率电器一旦无人看管，极易引发火灾。为此，我们向全体同学发出如下倡议：
一、自觉不购买、不使用、不存放违规电器，已经带来的请交宿管中心统一保管，放假时领回。
⟦a 余下内容需登录并消耗2享币查看⟧
二、离开宿舍时随手关灯、拔掉充电器，不私拉乱接电线。
三、发现安全隐患及时向宿管中心报告，相互提醒、相互监督。
请大家把这份倡议分享到班级群，让每一位同学都知晓。安全无小事，让我们一起守护温馨、平安的家园！
貅城职业技术学院学生会
2024年9月3日
""",
    ),
    dict(
        slug="docshare-wendangjie-insight-shelter-cage-markers",
        site="文档街 (invented sharing site)",
        style="文档分享",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wendangjie.example.cn/v/70b3e1c.html",
        title="流浪动物救助站志愿服务心得体会",
        record_title="流浪动物救助站志愿服务心得体会.wps",
        date=None,
        notes="a sharing page's text: ❡ n ❡ page markers glued or on their own line cutting sentences; an upload "
        "notice; a points prompt; no date (only an upload stamp)",
        indent="\u3000\u3000",
        pages=dict(fmt="❡ {n} ❡", every=110, start=2, glue="mix", sep=" "),
        page="""
!m 文档街 > 心得体会 > 志愿服务
!t 流浪动物救助站志愿服务心得体会.wps
!m 上传：爪印小队　上传于 2024-10-19　共 3 页　下载 96
!d 该文档由街友上传，文档街只做分享展示；如涉及版权问题，请点右上角申诉
{BODY}
!a 下载此文档需 5 街币（会员免费）
!l 大家都在搜：志愿服务心得　动物保护倡议书　社区志愿者总结
""",
        body="""
今年暑假，我报名参加了蛤溪县流浪动物救助站的志愿服务，每周去两次，一共去了十四次。这段经历让我对“责任”两个字有了新的理解。
救助站里住着六十多只猫狗，每只都有自己的宠物笼。我的主要工作是清洁笼舍：先把动物牵到活动区，再拆下笼底托盘冲洗、消毒，最后换上干净的垫子。一开始我嫌气味重，做一会儿就想出去透气，后来慢慢习惯了。
让我印象最深的是一只叫“豆包”的小黑狗。刚来时它缩在笼子角落，谁靠近就发抖。我每次清洁前都先蹲在笼门外和它说几句话，一个月后，它会主动把头伸出来让我摸。
我体会到，照顾动物没有捷径，就是日复一日的耐心。今后我还会继续参加志愿服务，也希望更多同学加入进来。
""",
    ),
    dict(
        slug="edu-xiucheng-notice-kindergarten-cages-attachments",
        site="貅城市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xiucheng.gov.example.cn/tzgg/2024/0311/20240311_3318.html",
        title="关于规范幼儿园自然角小动物饲养管理的通知",
        record_title="关于规范幼儿园自然角小动物饲养管理的通知 - 通知公告 - 貅城市教育局",
        date="2024-03-08",
        date_also=["2024-03-11"],
        notes="an education bureau: 读屏/长辈 links, 附件 list beside an attachment download link, the bureau's own "
        "contact beside the site's technical line, a 'download the attachment' sentence as content; 成文日期 differs "
        "from the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范幼儿园自然角小动物饲养管理的通知 - 通知公告 - 貅城市教育局</title>
<script src="/js/aria-assist.js"></script>
</head>
<body>
<div class="top">⟦a <a>读屏模式</a> ｜ <a>长辈模式</a> ｜ <a>English</a>⟧</div>
<div class="logo">⟦m 貅城市教育局⟧</div>
<div class="nav">⟦m <a>首页</a> <a>机构职能</a> <a>通知公告</a> <a>招生考试</a> <a>学前教育</a> <a>办事指南</a>⟧</div>
<div class="loc">⟦m 当前：首页 / 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="info">⟦m 发布：2024-03-11　来源：学前教育科　浏览量：1904⟧</div>
<div class="con">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：自然角动物饲养登记表.xlsx　笼舍清洁消毒记录表.docx⟧</div>
<div class="act">⟦a 〖打印〗 〖关闭〗 〖字号 大/中/小〗⟧</div>
</div>
<div class="foot">
<p>⟦m 主办单位：貅城市教育局　地址：貅城市文昌路88号⟧</p>
<p>⟦m 网站技术支持：0597-3306120（仅受理网站故障）⟧</p>
<p>⟦m 闽ICP备05009214号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各县（区）教育局，市直各幼儿园：
不少幼儿园在班级自然角饲养仓鼠、兔子、鹦鹉等小动物，丰富了幼儿的观察活动，但也存在宠物笼清洁不及时、动物来源不明等问题。为保障幼儿健康安全，现就有关事项通知如下。
一、严格控制种类。不得饲养猫、狗等易致抓伤咬伤的动物，饲养的小动物应从正规渠道购买并有检疫证明。
二、规范笼舍管理。宠物笼应放在通风处，与幼儿活动区保持距离，每日清理、每周消毒，并做好记录。
三、加强看护教育。幼儿观察、喂食时须有教师在场，活动后组织幼儿洗手。
请各园下载附件中的登记表和记录表，于3月25日前完成自查并报所属教育局。
联系人：学前教育科　梅知秋　电话：0597-3306254
附件：1.自然角动物饲养登记表
2.笼舍清洁消毒记录表
貅城市教育局
2024年3月8日
""",
    ),
    dict(
        slug="edu-gexi-school-summary-dorm-appliances-table",
        site="蛤溪县第二中学 (invented school site)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.gxez.example.edu.cn/xydt/2025/0115/1207.html",
        title="2024年秋季学期学生宿舍用电安全整治工作总结",
        record_title="2024年秋季学期学生宿舍用电安全整治工作总结_校园动态_蛤溪县第二中学",
        date="2025-01-10",
        date_also=["2025-01-15"],
        notes="a school site: a table of confiscated appliances one row a paragraph, a scan-to-read line, a 'print this "
        "page' action glued after a sentence; 成文日期 differs from the page's posting date",
        indent="\u3000\u3000",
        page="""
!m 蛤溪县第二中学
!m 当前位置 → 校园动态 → 后勤安全
!t 2024年秋季学期学生宿舍用电安全整治工作总结
!m 文：总务处　图：学生会　　发布于 2025-01-15　　点击：633
{BODY}
!a 〔扫码在手机上看本文〕
!l 上条：寒假安全教育致家长的一封信　　下条：第二中学2025年春季开学安排
!m 版权所有：蛤溪县第二中学　技术维护：校信息中心
""",
        body="""
本学期，学校把宿舍用电安全作为后勤工作的重点，总务处、政教处和宿管员联合开展了四轮检查，现将有关情况总结如下。
一、检查情况。四轮检查共查处违规电器52件，比上学期减少31%。具体如下：
电器类别　件数　主要楼栋
电炖锅　14　女生二号楼
养生壶　11　女生一号楼
电热杯　17　男生三号楼
其他　10　各楼栋
二、主要做法。开学第一周召开宿舍长会议，签订安全用电承诺书；在各楼栋一楼设置开水房和小微波炉，方便学生热饭；暂扣的电器统一登记，期末由家长领回。⟦a 〔印出此文〕⟧
三、下学期打算。继续保持每月一次检查的频次，同时加强宣传教育，引导学生从“不敢用”转变为“不想用”。
蛤溪县第二中学总务处
2025年1月10日
""",
    ),
    dict(
        slug="oa-anqi-lock-minutes-circulation",
        site="安栖锁业协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.anqisuoye.example.local/doc/view.do?id=20240619003",
        title="指纹锁返修率专题会议纪要",
        record_title="〔待我签阅〕指纹锁返修率专题会议纪要 - 安栖协同",
        record_date="2024-06-18",
        date="2024-06-18",
        notes="an OA document view: the minutes' 时间/地点/主持/参会/记录 lines stay in the body; a circulation trail "
        "(流转记录), read count and a 'mark as read' button; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔待我签阅〕指纹锁返修率专题会议纪要 - 安栖协同</title>
<script src="/oa/js/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 安栖锁业 · 协同办公平台⟧　⟦m 欢迎您，质量部 蓝晓⟧　⟦a <a>退出系统</a>⟧</div>
<div class="oa-menu">⟦m <a>工作台</a> <a>公文</a> <a>会议</a> <a>流程</a> <a>通讯录</a>⟧</div>
<div class="oa-path">⟦m 会议 › 会议纪要 › 查看⟧</div>
<div class="doc">
<h2>{T}</h2>
<div class="doc-head">⟦m 密级：内部　编号：AQ-JY-2024-017　已读 43 / 应读 51⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="btns">⟦a 〔签阅完毕〕〔转发同事〕〔导出PDF〕⟧</div>
<table class="flow">
<tr><td>⟦m 流转记录⟧</td></tr>
<tr><td>⟦m 2024-06-19 09:12　总经办 方砚 拟稿⟧</td></tr>
<tr><td>⟦m 2024-06-19 10:40　副总经理 韩一舟 审核通过⟧</td></tr>
</table>
</div>
<div class="oa-foot">⟦m 信息中心分机 8012 ｜ 本系统仅限公司内网访问⟧</div>
</body>
</html>
""",
        body="""
时间：2024年6月18日下午2:30
地点：公司三楼第二会议室
主持：韩一舟
参会：质量部、研发部、生产部、售后服务部负责人
记录：方砚
会议听取了售后服务部关于今年前五个月指纹锁返修情况的汇报，分析了返修率上升的原因，明确了整改措施。纪要如下：
一、返修主要集中在两个问题：一是部分批次指纹模组在低温下识别率下降，二是锁体离合器在频繁使用后打滑。
二、研发部负责在7月15日前完成指纹模组低温试验方案，生产部同步增加离合器出厂寿命抽检比例。
三、售后服务部每周汇总返修数据，发质量部和研发部。
四、下次专题会定于7月下旬召开，检查整改进度。
""",
    ),
    dict(
        slug="oa-lungong-bulletin-cage-weld-oneline",
        site="鲻港笼具厂内部信息网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.5/xxw/tb/2024/0826.htm",
        title="关于焊接车间一起烫伤事件的通报",
        date="2024-08-26",
        notes="an intranet export with the whole body on one line; 抄送 and 印发 lines; the reader's login line, an "
        "export stamp and a read counter around it",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 鲻港笼具厂内部信息网　｜　当前用户：cx_0417
!m 通报通告 » 安全生产
{T}
{BODY}
!m 导出时间：2024-08-27 08:03　阅读次数：188
!a 【导出Word】【返回列表】
!d 内部资料　注意保密　严禁外传
""",
        body="""
各车间、各部门：
8月22日下午，焊接车间宠物笼组装线员工李某在焊接笼门铰链时，未按规定佩戴焊接手套，被飞溅的焊渣烫伤左手背，经医务室处理后已返岗。
事件暴露出个别班组安全交底流于形式、员工防护意识淡薄等问题。经研究，决定对焊接车间提出通报批评，扣减该班组当月安全奖。
各车间要以此为戒，立即组织一次劳保用品佩戴检查，班组长每班开工前必须逐人检查。
鲻港笼具厂安全生产办公室
二〇二四年八月二十六日
抄送：厂长室，工会。
鲻港笼具厂办公室　2024年8月26日印发
""",
    ),
]
