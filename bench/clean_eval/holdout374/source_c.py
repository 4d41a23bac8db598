"""holdout374, part C: Q&A sites, personal collections, Party-building portals, hospitals, universities.
Invented text (see ../README.md and ../build.py for the markup)."""

CASES = [
    dict(
        slug="qa-chewentang-glovebox-wont-open-question",
        site="车问堂 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.chewentang.com/q/88301742.html",
        title="副驾驶手套箱打不开了怎么办？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record (the question is the title); the adopted answer is the body; the asker's "
        "supplement unmarked (neutral); vote bar, more answers; relative times only, no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>副驾驶手套箱打不开了怎么办？_车问堂</title>
<link rel="stylesheet" href="//s.chewentang.com/css/qa.css">
</head>
<body>
<div class="cw-head"><a href="/">⟦m 车问堂 · 用车问题有人答⟧</a>　<a>⟦a 我要提问⟧</a>　<a>⟦a 登录后回答⟧</a></div>
<div class="cw-cat">⟦m 车问堂 ＞ 用车养车 ＞ 车内配置⟧</div>
<div class="cw-q">
<h1>{T}</h1>
<p class="q-desc">补充：按钮按下去没反应，里面有行驶证，着急年检。</p>
<div class="q-meta">⟦m 提问者：小鹿不乱撞 ｜ 5 天前 ｜ 浏览 3120⟧</div>
</div>
<div class="cw-best">
<div class="badge">⟦m ✔ 提问者采纳的回答⟧</div>
<div class="ans-user">⟦m 汽修十五年老韩 ｜ 车问堂认证技师 ｜ 回答于 4 天前⟧</div>
<div class="ans-text">
{BODY}
</div>
<div class="vote">⟦a 有用 182 ｜ 没用 3 ｜ 评论 14⟧</div>
</div>
<div class="cw-more">
<h4>⟦l 其他 6 条回答⟧</h4>
<p>⟦l 路过的小王：直接去4S店吧，别自己撬，撬坏了更贵。⟧</p>
<p>⟦l 蓝色轮胎：我的是锁芯冻住了，拿吹风机吹一会儿就好了。⟧</p>
</div>
<div class="cw-side">⟦l 相关问题：手套箱灯不亮是什么原因？⟧<br>⟦l 相关问题：手套箱能加装锁吗？⟧</div>
<div class="cw-foot">⟦d 车问堂回答仅代表个人观点，不构成维修建议。⟧　⟦m chewentang.com　沪ICP备16047732号⟧</div>
</body>
</html>
""",
        body="""
别着急，手套箱打不开多半是这三种情况，可以按顺序排查。
第一，看看是不是上了锁。很多车的手套箱带机械锁，钥匙孔就在把手旁边，平时不注意可能被碰锁上了。用机械钥匙往开锁方向拧一下再按按钮。
第二，里面东西太多顶住了。如果箱子里塞得太满，东西顶在锁舌上，按钮就按不动。可以一只手用力往里推箱盖，另一只手同时按按钮，一般就能打开。
第三，锁扣或拉杆坏了。按按钮感觉特别轻、没有回弹，说明内部拉杆可能脱落或断了。这种情况建议去修理厂，师傅可以从下方拆开饰板把箱体放下来，不会损坏行驶证。
年检着急的话，也可以先用电子行驶证，在“交管12123”里就能调出来。
""",
    ),
    dict(
        slug="qa-zhida-electroscope-foil-stays-open",
        site="知答网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhidawang.cn/question/6630154",
        title="验电器的金属箔片张开后为什么不会马上合上？",
        record_title="验电器的金属箔片张开后为什么不会马上合上？ - 初中物理 - 知答网",
        date=None,
        notes="text Q&A: column and site after the question; best answer as the body; answer votes and a follow "
        "prompt; relative times only",
        page="""
!m 知答网｜有问题，就有知答
!m 知答网 › 学习 › 初中物理
!t 验电器的金属箔片张开后为什么不会马上合上？ - 初中物理 - 知答网
!m 提问：初二小林同学　｜　3 天前　｜　关注问题 12
!m ★ 最佳回答
!m 物理老师柯一舟　｜　回答于 2 天前　｜　获赞 96
{BODY}
!a 赞同 96　　反对　　收起评论
!l 更多回答（3）
!l 月光下的电子：因为空气不导电呀
!l 查看全部回答 ∨
!a 打开知答App，查看更多解答
!m © 知答网 zhidawang.cn
""",
        body="""
这个问题问得好，关键在于电荷“去哪儿”。
用带电的物体接触验电器的金属球后，电荷会通过金属杆传到两片金属箔上。两片箔片带上同种电荷，互相排斥，所以张开。
带电物体拿走以后，箔片上的电荷并没有地方可去。金属杆是用橡胶塞或塑料固定在瓶口的，这些材料是绝缘体；周围的空气在干燥的时候也几乎不导电。电荷“跑不掉”，排斥力一直存在，箔片就会一直张着。
不过，如果天气潮湿，空气中的水汽会慢慢把电荷带走，箔片就会逐渐合拢。如果你用手摸一下金属球，电荷通过人体导入大地，箔片会立刻合上，这就是接地。
可以回家用干燥的塑料梳子试一试，晴天和雨天的效果对比一下，会更好理解。
""",
    ),
    dict(
        slug="collection-buzhuang-memoir-fathers-triangle-gb2312",
        site="卜庄旧话 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.buzhuangjiuhua.net/juan4/043.htm",
        title="父亲的三角铁",
        record_title="父亲的三角铁（《卜庄旧话》卷四第三篇）",
        date=None,
        notes="old table layout of a retired teacher's collection: marquee, volume links, 繁體 link, the author's "
        "mailbox, visitor counter; a 写于 line with a sexagenary year only; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的三角铁（《卜庄旧话》卷四第三篇）</title>
<style type="text/css">td{font-size:14px;line-height:24px}</style>
</head>
<body bgcolor="#F7F3E8">
<table width="780" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center"><font size="5">⟦m 卜庄旧话⟧</font><br>⟦m 一个老教书匠的乡居笔记⟧</td></tr>
<tr><td><marquee scrollamount="2">⟦m 欢迎乡亲们常来看看，卷五正在整理中⟧</marquee></td></tr>
<tr><td align="center"><a href="../index.htm">⟦m 文集目录⟧</a>　<a href="../juan3/">⟦m 卷三 田间⟧</a>　<a href="index.htm">⟦m 卷四 旧物⟧</a>　<a href="../juan5/">⟦m 卷五 人物⟧</a>　<a href="043f.htm">⟦a 繁体字版⟧</a></td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="10" cellspacing="0" bgcolor="#FFFFFF">
<tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 卷四 旧物　第三篇⟧</p>
{BODY}
<p align="right">写于乙巳年清明，卜庄</p>
</td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center"><a href="042.htm">⟦l ←前篇：母亲的针线笸箩⟧</a>　　<a href="044.htm">⟦l 后篇：村口的石碾→⟧</a></td></tr>
<tr><td align="center">⟦m 来信请寄：bu.laoshi@163.com⟧</td></tr>
<tr><td align="center">⟦m 本文集自开张以来共有 049217 人次光临⟧</td></tr>
<tr><td align="center">⟦d 文集中文字均为本人所写，转载请告知一声⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
父亲是卜庄小学的老师，教语文，也教音乐。那时候学校没有钢琴，也没有手风琴，音乐课上能发出响声的，除了孩子们的嗓子，就是父亲的一只三角铁。
那只三角铁是他托镇上的铁匠打的，用一根废弃的钢筋弯成，挂绳是母亲用红毛线编的。铁棒则是一根拆下来的自行车辐条，一头缠着布条，握着不滑手。
每回上课，父亲先敲一下，让大家听音，然后一边敲一边领唱。“叮”的一声，能从教室传到操场上。放学的时候，他也敲三下，孩子们听见了，就排好队回家。
后来学校有了风琴，又有了电子琴，那只三角铁就挂在父亲书桌旁的钉子上，再没拿下来过。父亲退休那年，我问他要不要带回家，他摇摇头说，留给学校吧，说不定哪天还用得上。
如今父亲已经不在了。前几年回卜庄，新建的教学楼里有了专门的音乐教室，架子上摆着一排崭新的三角铁。我拿起一只轻轻敲了一下，还是那样清亮。
""",
    ),
    dict(
        slug="collection-dianshan-essay-crossroads-barriers",
        site="巅山散记 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://dianshansanji.cn/di2ji/17.html",
        title="路口那排隔离墩",
        record_title="路口那排隔离墩 ·《巅山散记》城记篇",
        date=None,
        notes="personal collection text page: book suffix in the record title; chapter links and a reader counter; "
        "no date (a 修订 stamp only)",
        page="""
!m 巅山散记　　岳松年 著
!m 目录 ｜ 第一辑·山居 ｜ 第二辑·城记 ｜ 第三辑·故人
!t 路口那排隔离墩 ·《巅山散记》城记篇
!m 第二辑·城记　第十七篇　　最近修订：上个月
{BODY}
!l 上一篇：菜市场门口的修鞋摊　　下一篇：老城墙根下的晨练
!m 已有 3388 位读者读过本篇
!d 散记文字属作者所有，转载请注明出处
""",
        indent="\u3000\u3000",
        body="""
我家楼下的十字路口，过去是出了名的乱。早上送孩子上学，电动车、三轮车、小轿车挤作一团，谁也不让谁。有一回，一辆面包车为了掉头，差点撞上路边卖豆浆的老张。
前年秋天，路中间摆上了一排黄黑相间的隔离墩。刚开始不少人嫌麻烦，说原来随便就能掉头，现在要多绕一个路口。还有人半夜把两个墩子挪开，硬是开出一个口子。第二天，交警和养护工人又把它们摆了回去，还用螺栓固定在了地上。
慢慢地，大家都习惯了。车各走各的道，行人也敢在斑马线上慢慢走了。老张的豆浆摊照旧摆着，他说现在心里踏实多了。
有时候我站在阳台上看那排隔离墩，觉得它们像一群不说话的老人，静静地守着路口。被撞坏一个，没过几天就有新的补上。城市的秩序，大概就是这样一点一点立起来的。
""",
    ),
    dict(
        slug="party-hanxi-speech-vanguard-barrier-cn-date",
        site="邯溪先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.hanxixianfeng.gov.cn/djdt/jczz/202505/t20250514_52163.html",
        title="在“党员先锋岗·畅通护航行动”启动仪式上的讲话",
        record_title="【先锋护航】在“党员先锋岗·畅通护航行动”启动仪式上的讲话_基层堡垒_邯溪先锋网",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker line and a date in Chinese numerals "
        "under the speech title (neutral); the portal's posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【先锋护航】在“党员先锋岗·畅通护航行动”启动仪式上的讲话_基层堡垒_邯溪先锋网</title>
<link rel="stylesheet" href="/css/xf2024.css">
<script src="/js/xf-share.js"></script>
</head>
<body>
<div class="xf-top">⟦m 中共邯溪县委组织部主办⟧　<a>⟦a 学习积分登录⟧</a></div>
<div class="xf-logo">⟦m 邯溪先锋网⟧</div>
<div class="xf-nav"><a>⟦m 首页⟧</a> <a>⟦m 党建要闻⟧</a> <a>⟦m 基层堡垒⟧</a> <a>⟦m 先锋风采⟧</a> <a>⟦m 学习园地⟧</a></div>
<div class="xf-pos">⟦m 位置：首页 ＞ 基层堡垒⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-meta">⟦m 发布时间：2025-05-14 16:20　来源：县交通运输局党组　编辑：韦朵⟧</div>
<p class="speaker">县交通运输局党组书记、局长　岳明川</p>
<p class="speaker">（二〇二五年五月十二日）</p>
{BODY}
<div class="xf-points">⟦a 阅读满3分钟可获学习积分1分，本日已获 0 分⟧</div>
<div class="xf-qr">⟦a 扫一扫，在手机上继续阅读⟧</div>
</div>
<div class="xf-list">
<h4>⟦l 基层堡垒 · 更多⟧</h4>
<p>⟦l 邓埠镇开展“红色物业”进小区活动⟧</p>
<p>⟦l 县公路中心党支部开展主题党日活动⟧</p>
</div>
<div class="xf-foot">⟦m 邯溪先锋网　版权所有　联系电话：0731-6273315⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们在这里举行“党员先锋岗·畅通护航行动”启动仪式，就是要组织全局党员干部走上街头，为城区道路隔离墩“体检”“洗脸”“治病”，用实际行动守护群众出行安全。
一、提高认识，把护航行动作为为民办实事的具体抓手。隔离墩虽小，却关系到千家万户的出行安全。去年以来，群众通过12345热线反映隔离墩破损、脏污的诉求有63件，这是群众的急难愁盼，也是我们党员干部的责任所在。
二、聚焦重点，确保护航行动取得实效。各党支部要认领责任路段，每月至少开展一次清洗和巡查，发现破损的当天登记、一周内修复；对学校、医院周边路段，要加密巡查频次。
三、立足长效，把党员先锋岗建在一线。要把护航行动同党员积分管理结合起来，让每一名党员在路上亮身份、作表率，真正做到群众有需求、党员有行动。
同志们，让我们以这次启动仪式为新的起点，扎扎实实把好事办好，让城市道路更安全、更整洁！
""",
    ),
    dict(
        slug="party-zhongshan-summary-swingcar-volunteers",
        site="锺山党建 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.zhongshanqu.gov.cn/zbfc/20250630/9018.html",
        title="灉园社区党支部“童行安全”志愿服务活动总结",
        record_title="【童行志愿·支部掠影】灉园社区党支部“童行安全”志愿服务活动总结",
        date="2025-06-27",
        date_also=["2025-06-30"],
        notes="Party site text page: a table one row a paragraph; study-points prompt glued after a paragraph; "
        "成文日期 under the signature differs from the page's date",
        page="""
!m 锺山党建　凝心聚力 先锋引领
!m 首页 ⇢ 支部风采 ⇢ 社区党建
!t 【童行志愿·支部掠影】灉园社区党支部“童行安全”志愿服务活动总结
!m 日期：2025-06-30　　作者：灉园社区　　点击数：238
{BODY}
!a 分享到：学习强国 ｜ 微信 ｜ 复制链接
!l 相关阅读：新城街道“红色领航·平安童年”活动综述
!m 中共锺山区委组织部　主办　　地址：锺山区政务中心B座
""",
        body="""
今年4月至6月，灉园社区党支部组织党员志愿者开展了“童行安全”志愿服务活动，围绕儿童扭扭车、滑板车安全骑行，走进楼栋、广场和幼儿园，取得了较好效果。现总结如下。
一、活动开展情况
活动内容　场次　参与人数
扭扭车免费检修　6　142
安全骑行小课堂　4　95
广场骑行区巡护　12　68
二、主要做法
一是党员带头。支部28名党员分成4个小组，每组认领一个片区，周末在广场设点，为居民免费紧固车轮、打磨座板毛刺。二是家校联动。和社区幼儿园合作，把安全骑行课上到家长会上。⟦a 学习此文可积1分⟧三是划定骑行区。协调物业在广场东侧用软质围挡划出儿童骑行区，远离车库坡道。
三、下一步打算
支部将把“童行安全”作为常态化志愿服务项目，暑假期间每周开展一次广场巡护，并发动更多年轻党员参与。
中共灉园社区支部委员会
2025年6月27日
""",
    ),
    dict(
        slug="hospital-zhiyang-mch-swingcar-fractures",
        site="祉阳市妇幼保健院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="html",
        source="https://www.zyfybj.com/jkkp/2025/0508/2231.html",
        title="儿童扭扭车致伤增多，儿童骨科医生提醒家长注意三点",
        record_title="儿童扭扭车致伤增多，儿童骨科医生提醒家长注意三点-妇幼科普角-祉阳市妇幼保健院",
        date="2025-05-08",
        notes="hospital page: booking and 24-hour lines, a booking float, an experts list; the department's own 咨询电话 "
        "in the body; 发布时间 as the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>儿童扭扭车致伤增多，儿童骨科医生提醒家长注意三点-妇幼科普角-祉阳市妇幼保健院</title>
<link rel="stylesheet" href="/static/fy/css/site.css">
<script src="/static/fy/js/float.js"></script>
</head>
<body>
<div class="fy-top">⟦m 祉阳市妇幼保健院　三级甲等妇幼保健院⟧　⟦m 预约挂号：0731-8890120⟧　⟦m 24小时服务电话：0731-8890000⟧</div>
<div class="fy-nav"><a>⟦m 医院首页⟧</a> <a>⟦m 就医指南⟧</a> <a>⟦m 科室导航⟧</a> <a>⟦m 专家介绍⟧</a> <a>⟦m 妇幼科普角⟧</a></div>
<div class="fy-bread">⟦m 首页 / 妇幼科普角 / 儿童健康⟧</div>
<div class="fy-article">
<h2>{T}</h2>
<div class="fy-info">⟦m 发布时间：2025-05-08　供稿：儿童骨科　浏览：1403⟧</div>
<div class="fy-txt">
{BODY}
</div>
<div class="fy-pn">⟦l 上一篇：宝宝乳牙龋坏要不要治？⟧　⟦l 下一篇：孩子夜里腿疼是“生长痛”吗⟧</div>
</div>
<div class="fy-side">
<h4>⟦l 儿童骨科专家⟧</h4>
<p>⟦l 卜怀远　主任医师　周二、周四全天⟧</p>
<p>⟦l 钟雨萱　副主任医师　周一上午、周五全天⟧</p>
</div>
<div class="fy-float">⟦a 在线预约 ▸ 扫码进入“祉阳妇幼”服务号⟧</div>
<div class="fy-foot">⟦m 地址：祉阳市锺山区和平路56号⟧　⟦m 湘ICP备14017720号-1⟧</div>
</body>
</html>
""",
        body="""
入春以来，我院儿童骨科门诊接诊的扭扭车致伤患儿明显增多，4月份共有21例，其中桡骨远端骨折9例、锁骨骨折3例。儿童骨科主任医师卜怀远提醒家长，扭扭车虽小，安全隐患不容忽视。
一、选对场地。扭扭车靠孩子扭动车把前进，没有刹车，只适合在平坦、封闭的场地骑行。下坡、车库出入口、人行道边缘都是事故高发地点。
二、选对年龄。扭扭车一般适合3岁以上的孩子，过小的孩子手臂力量和平衡能力不足，容易侧翻。骑行时最好穿戴护膝、护肘。
三、正确处理。孩子摔倒后如果手腕、肘部明显肿胀，或者不让碰、不敢动，家长不要自行揉搓或牵拉，应先用硬纸板简单固定，尽快到医院就诊。
儿童骨科门诊时间为周一至周六全天，咨询电话：0731-8890376。
""",
    ),
    dict(
        slug="hospital-sheling-notice-electroscope-switchroom",
        site="佘岭县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.slxrmyy.com/yydt/tzgg/20250303/608.html",
        title="关于规范配电房验电器使用和管理的通知",
        date="2025-03-03",
        notes="record title as is; the notice's 内线 beside the hospital's switchboard and complaint lines; 成文日期 in "
        "Chinese numerals; numbered list",
        page="""
!m 佘岭县人民医院　二级甲等综合医院
!m 总机：0731-6212120　　投诉电话：0731-6218861
!m 网站首页 ＞ 医院动态 ＞ 通知公告
{T}
!m 发布者：后勤保障部　　点击：211次
{BODY}
!a 【关闭本页】　【返回顶部】
!l 上一条：关于开展2025年春季消防安全检查的通知
!l 下一条：关于调整门诊部分科室诊室的公告
!m 佘岭县人民医院　地址：佘岭县城关镇健康路1号　邮编：415600
""",
        body="""
院内各相关科室：
为保障医院供电安全，防止电气作业人员发生触电事故，现就配电房验电器使用和管理有关事项通知如下：
1. 配电房配备的10kV高压验电器和低压验电器由后勤保障部电工班统一管理，建立台账，专柜存放，不得挪作他用。
2. 进行停电检修前，必须使用相应电压等级、校验合格的验电器验明无电后，方可挂接地线。严禁以“估计没电”代替验电。
3. 验电器使用前应先在有电设备上确认完好；使用高压验电器必须戴绝缘手套、穿绝缘靴，并由两人进行，一人操作、一人监护。
4. 验电器每半年送检一次，检验不合格或超过有效期的，立即停止使用并更换。
5. 外包维修单位进入配电房作业，须使用医院配备的验电器，并在电工班人员监护下进行。
联系人：后勤保障部电工班　邓建平，院内电话：内线8306。
佘岭县人民医院后勤保障部
二〇二五年三月三日
""",
    ),
    dict(
        slug="college-zhiyang-normal-news-diy-electroscope-h1",
        site="祉阳师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zysfxy.edu.cn/info/1032/18644.htm",
        title="物理与电子工程学院开展“自制验电器”科普进校园活动",
        record_title=None,
        date="2025-05-16",
        notes="university news page: no title in the record (the <h1> holds it); a dotted date line; a photo caption "
        "glued after a paragraph; a campus-photo link on its own line; scanning a sign-in code as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>祉阳师范学院新闻网</title>
<link rel="stylesheet" href="/css/news.css">
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="sf-head">⟦m 祉阳师范学院新闻网⟧　<a>⟦m 学校主页⟧</a>　<a>⟦m 投稿系统⟧</a></div>
<div class="sf-nav"><a>⟦m 师院要闻⟧</a> <a>⟦m 院部动态⟧</a> <a>⟦m 媒体师院⟧</a> <a>⟦m 校园视界⟧</a></div>
<div class="sf-cur">⟦m 当前位置：新闻网 >> 院部动态 >> 正文⟧</div>
<div class="sf-main">
<h1>{T}</h1>
<div class="sf-date">⟦m 2025.05.16　文字：物电学院 柯菁　审核：蒲正阳　点击：[886]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="sf-close">⟦a 【关闭本页面】⟧</div>
</div>
<div class="sf-foot">⟦m 版权所有 © 祉阳师范学院　党委宣传部维护⟧<br>⟦m 地址：祉阳市锺山区学府路9号⟧</div>
</body>
</html>
""",
        body="""
5月14日下午，物理与电子工程学院“电光小队”志愿服务团队走进锺山区第三中学，开展“自制验电器”科普进校园活动，初二年级120余名学生参加。
活动中，志愿者们先用一个简单的小实验引出问题：为什么摩擦过的塑料尺能吸起小纸屑？随后，他们手把手带领同学们用玻璃瓶、铜丝和锡箔纸制作验电器。⟦m 图为志愿者指导学生制作验电器⟧
做好之后，同学们纷纷拿起塑料尺、气球“检验”自己的作品，看到锡箔片缓缓张开，教室里响起一片欢呼。志愿者还结合验电器的原理，讲解了生活中的静电防护知识。
⟦l 更多活动照片请见“校园视界”栏目⟧
活动结束时，同学们扫描签到二维码填写了反馈问卷，96%的学生表示希望再参加此类活动。据悉，“电光小队”今年已走进6所中学，累计开展科普活动11场。
""",
    ),
    dict(
        slug="college-hanxi-vocational-notice-percussion-recruit",
        site="邯溪职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tw.hxzyjsxy.edu.cn/tzgg/2025/0902/1507.html",
        title="关于校大学生艺术团打击乐队招新的通知",
        record_title="关于校大学生艺术团打击乐队招新的通知-青春团委-邯溪职业技术学院",
        record_date="2025-09-02",
        date="2025-09-02",
        notes="college text page: the record gives the date; department and school after the title; a sign-up QR "
        "code as content; the notice's own 联系人 beside the college's switchboard",
        page="""
!m 邯溪职业技术学院 · 共青团委员会
!m 学院首页 | 团委首页 | 通知公告 | 青春风采 | 社团天地
!t 关于校大学生艺术团打击乐队招新的通知-青春团委-邯溪职业技术学院
!m 时间：2025-09-02　　浏览：1,207
{BODY}
!a [打印此通知] [关闭本窗]
!l 相关通知：校学生会2025年秋季纳新公告
!m 学院总机：0731-6290000　　邮编：415500
!m Copyright © 邯溪职业技术学院团委
""",
        body="""
各二级学院团总支：
为丰富校园文化生活，校大学生艺术团打击乐队现面向2025级新生招募队员。有关事项通知如下：
一、招募人数。计划招募队员15名，其中架子鼓3名、非洲鼓4名、小打击乐（三角铁、碰铃、沙锤等）8名。
二、报名条件。热爱音乐，节奏感好，能坚持每周两次排练；有器乐基础者优先，零基础同学也欢迎报名。
三、报名方式。9月10日前扫描海报上的报名二维码填写信息，或到大学生活动中心204室现场报名。
四、面试安排。9月13日下午在大学生活动中心排练厅进行，内容为节奏模仿和简单才艺展示。
联系人：艺术团团长　郤子言，电话：15805531276。
共青团邯溪职业技术学院委员会
2025年9月2日
""",
    ),
]
