"""holdout284, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-baiwen-teacake-prying-no-title",
        site="百问茶话 (invented, Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baiwenchahua.com/q/30817452.html",
        title="生茶饼怎么撬开才不会碎？",
        record_title=None,
        date=None,
        notes="Q&A without a record title: the question; an adopted-answer badge, a vote bar and more answers; 回答于 a relative time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>百问茶话</title></head>
<body>
<div class="head">⟦m 百问茶话⟧ <span>⟦m 懂茶的人都在这里⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录答题⟧</a></div>
<div class="q-box"><h1 class="q-title">{T}</h1>
<div class="q-desc">⟦m 买了一饼357克的生普，用水果刀撬了两次，碎渣一大堆，有没有好办法？⟧</div>
<div class="q-meta">⟦m 提问者：茶小白2024　｜　浏览 8,306 次　｜　关注 41⟧</div></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="ans-author">⟦m 答主：菟湾老茶工　｜　回答于 3 天前⟧</div>
<div class="ans-text">
{BODY}
</div>
<div class="vote">⟦a 有用 264　没用 3　评论 17⟧</div></div>
<div class="more"><h3>⟦l 其他 5 个回答⟧</h3>
<p>⟦l 蒸一下再撬，饼会变软，不过蒸过的要尽快喝完……⟧</p>
<p>⟦l 直接买撬好的散茶不就行了……⟧</p></div>
<div class="foot">⟦d 回答内容仅代表答主个人观点，不构成专业建议⟧　⟦m 百问茶话 © 2025 渝ICP备21006328号⟧</div>
<script type="text/javascript" src="/js/share.min.js"></script>
</body></html>
""",
        body="""
撬茶饼碎得多，一般是下刀的位置和方向不对。我在茶厂压了十几年饼，说说我的办法：
1.用茶针，不要用刀。茶针细而尖，插进去不容易把叶片切断。
2.从侧面下针。把茶饼竖起来，从边缘侧面找缝隙插进去，顺着叶片层层往里走，不要从正面往下戳。
3.边撬边往上抬。针插进去一两厘米后，轻轻往上一抬，一小块就整片起来了，然后再换位置。
4.先撬外圈再撬中心。茶饼中间压得最紧，最后处理，撬不动就从背面的凹窝下手。
撬下来的茶放进茶罐，一次撬一周的量就够了。熟能生巧，多撬几次就不碎了。
""",
    ),
    dict(
        slug="qa-zhidaole-homemade-plumb-wallpaper",
        site="知道了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidaole.example.cn/question/8814207",
        title="自己贴壁纸想找垂直线，用什么东西做个铅锤比较好？",
        record_title="自己贴壁纸想找垂直线，用什么东西做个铅锤比较好？ - 知道了问答",
        date=None,
        notes="Q&A as text: site suffix; answer badge, like counts and related questions; edited 'yesterday' (no date)",
        page="""
!m 知道了问答 | 家居装修
{T}
!m 2 人关注该问题 · 被浏览 1,942 次
!m 热心网友“墙面老匠”的回答　　编辑于 昨天 18:20
{BODY}
!a 赞同 58　·　反对　·　添加评论　·　不感兴趣
!l 相关问题：
!l · 贴壁纸第一幅一定要从墙角开始吗？
!l · 激光水平仪和铅锤哪个更准？
!d 未经答主许可禁止转载本回答
""",
        indent="",
        gap=True,
        body="""
家里贴壁纸找垂直线，其实不用专门去买铅锤，手边的东西就能做一个。
锤子可以用一把旧钥匙、一个大螺母或者一节小电池，重量在五十克以上就行，太轻了线会飘。线最好用缝被子的棉线，不要用毛线，毛线有弹性。
做法很简单：把线的一头系在重物上，另一头用图钉按在墙顶离墙角一幅壁纸宽度减两厘米的位置，等重物停稳后，用铅笔沿着线在墙上轻轻点几个点，再用长尺连成一条线。
第一幅壁纸的边对准这条线贴，后面的就跟着第一幅走，整面墙都不会歪。注意点的时候别碰线，也别开风扇。
""",
    ),
    dict(
        slug="collection-zhuanshi-memoir-father-plumb-bob",
        site="砖石集 · 昝老汉文存 (invented, old personal collection site)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zanlaohan.example.net/zhuanshiji/07.htm",
        title="父亲的铜铅锤",
        record_title="父亲的铜铅锤（《砖石集》第七篇）— 昝老汉文存",
        date=None,
        notes="old table layout: marquee, chapter links, visitor counter, author's mailbox; a memoir without a date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>父亲的铜铅锤（《砖石集》第七篇）— 昝老汉文存</title></head>
<body bgcolor="#fdfaf2">
<table width="780" align="center" border="0"><tr><td align="center"><font size="6">⟦m 昝老汉文存⟧</font></td></tr>
<tr><td><marquee>⟦m 一个老泥瓦匠的字纸篓，欢迎乡亲们常来坐坐⟧</marquee></td></tr>
<tr><td align="center"><a href="../index.htm">⟦m 文存首页⟧</a>　<a href="index.htm">⟦m 砖石集目录⟧</a>　<a href="../xiangtu/index.htm">⟦m 乡土杂忆⟧</a>　<a href="../guestbook.asp">⟦a 写留言⟧</a></td></tr></table>
<table width="780" align="center" border="0" cellpadding="12"><tr><td>
<p align="center"><font size="5">{T}</font></p>
<p align="center">⟦m 《砖石集》第七篇⟧</p>
{BODY}
<p align="center"><a href="06.htm">⟦l ＜＜ 第六篇 砌灶⟧</a>　<a href="index.htm">⟦l 回目录⟧</a>　<a href="08.htm">⟦l 第八篇 瓦刀 ＞＞⟧</a></p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦w 来信请寄：zanlaohan1952@example.net⟧<br>
⟦m 自2006年开张以来 访客 0051327 人次⟧<br>
⟦d 文章为作者原创，引用请注明“昝老汉文存”⟧
</td></tr></table>
<script>document.querySelectorAll("img").forEach(function(i){i.loading="lazy"});</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲当了一辈子泥瓦匠，他的家什里最金贵的，是一个铜铅锤。
那铅锤有鸡蛋大小，上圆下尖，铜色被手摸得发亮，顶上拴着一根麻线，缠在一截竹片上。父亲说，这是他师父传给他的，比他的年纪还大。
砌墙的时候，父亲每砌几层就停下来，把铅锤从墙头放下去，眯着一只眼睛看线和墙面之间的缝。缝上宽下窄就是往外歪了，上窄下宽就是往里歪了，他用瓦刀把手轻轻敲几下，砖就回到了正位。村里人都说，昝师傅砌的墙，一百年也倒不了。
我十六岁跟父亲学手艺，头一件事就是学看铅锤。他说，人这一辈子也跟砌墙一样，心里要挂一根线。
父亲去世后，铅锤传到了我手里。如今我也老了，它就挂在我书房的门后，每次看到，都像看见父亲在墙头眯着眼睛。
""",
    ),
    dict(
        slug="collection-record-essay-grandfather-jade-dropper",
        site="松窗札记 (invented, personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://songchuangzhaji.example.org/wen/2019-yudi.html",
        title="祖父案头的玉砚滴",
        date=None,
        notes="record title as is; a 写于 line with only a year and season ends the essay (no date); collection navigation and counter",
        page="""
!m 松窗札记　·　甯溪 晏秋石 文集
!m 目录 ｜ 散文卷 ｜ 诗词卷 ｜ 留言簿
{T}
!m 散文卷 · 第十九篇
{BODY}
!l 前一篇：外婆的针线笸箩　　后一篇：雪夜读帖
!m 本集累计阅读 22,716 次
!d 松窗札记文字，未经作者同意请勿转载
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
祖父的书桌上，砚台左边总放着一只小小的玉砚滴。玉是青白色的，雕成一只卧着的小兔，兔背上一个小孔，兔嘴里一个更小的孔。
祖父写字前，先用拇指按住兔背的孔，把砚滴浸进清水碗里，松开拇指，水就吸进去了；再提起来对着砚台，手指一松一按，水就一滴一滴落在砚堂上，不多不少。我小时候觉得这比变戏法还神奇，常常偷偷拿来玩，被祖父发现了，他也不恼，只说：“轻些，别磕了兔耳朵。”
祖父去世那年，这只砚滴分给了我。它的一只耳朵终究还是磕掉了一小块，是我上大学搬家时不小心碰的。每次看到那个缺口，我都会想起祖父那句话。
如今我也开始练字，每天早上用它往砚里滴几滴水。水声很轻，却像是祖父在身边。
二〇一九年冬，记于甯溪
""",
    ),
    dict(
        slug="party-zhucheng-speech-red-cloak-guards",
        site="邾城先锋网 (invented, Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.zcxianfeng.example.cn/zzsh/202411/t20241106_7712.html",
        title="在“红斗篷”护学岗志愿服务队成立仪式上的讲话",
        record_title="【支部讲堂】在“红斗篷”护学岗志愿服务队成立仪式上的讲话 - 邾城先锋网",
        date="2024-11-04",
        date_also=["2024-11-06"],
        notes="Party portal: study-points prompt, read-on-phone QR line; the speaker line (with the role as given) and the date line under the title neutral; the page's posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【支部讲堂】在“红斗篷”护学岗志愿服务队成立仪式上的讲话 - 邾城先锋网</title></head>
<body>
<div class="logo">⟦m 邾城先锋网⟧ <span>⟦m 中共邾城市委组织部主办⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 组织生活⟧</li><li>⟦m 先锋风采⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 基层动态⟧</li></ul>
<div class="position">⟦m 您在这里：首页 - 组织生活 - 支部讲堂⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：梵潭区玺园社区党委　发布日期：2024-11-06　浏览：527⟧</div>
<div class="fontsz">⟦a 放大字体　复原字体⟧</div>
<p class="speaker">玺园社区党委书记　蔡秋萍</p>
<p class="date">（2024年11月4日）</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="side"><h4>⟦l 学习专题⟧</h4><p>⟦l 基层治理“红色引擎”⟧</p><p>⟦l 社区党员志愿服务风采⟧</p></div>
<div class="jifen">⟦a 阅读满3分钟可获得学习积分1分，请先登录先锋学习账号⟧</div>
<div class="ewm">⟦a 手机扫一扫，随时随地学⟧</div>
<div class="foot">⟦m 主办单位：中共邾城市委组织部　技术维护：邾城市大数据中心⟧<br>⟦m 赣ICP备12004418号-1⟧</div>
<script src="/assets/app.bundle.js" defer></script>
</body></html>
""",
        body="""
同志们、志愿者朋友们：
今天，玺园社区“红斗篷”护学岗志愿服务队正式成立了。首先，我代表社区党委，向报名加入服务队的42名党员和居民志愿者表示衷心感谢！
为什么叫“红斗篷”？我们给每位志愿者发了一件红色防雨斗篷，背后印着“护学岗”三个字。早上七点多，孩子们上学的时候，路口有一片红色，司机老远就能看见，会主动减速；下雨天，志愿者穿着斗篷也能站得住、站得久。
下面，我提三点希望：一是守时守岗，按排班表提前十分钟到岗；二是安全第一，引导学生过马路时自己也要注意来往车辆；三是文明服务，遇到家长不理解的，耐心解释，不争不吵。
同志们，一件斗篷不算什么，但披在身上，就是一份责任。希望大家把这份责任扛起来，让孩子们每天平平安安上学、开开心心回家！
""",
    ),
    dict(
        slug="party-zhiyuan-summary-teacake-branch",
        site="郅原先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zyxf.example.cn/zbfc/202412/t20241226_3306.html",
        title="云岚村党支部2024年“党建+茶饼产业”工作总结",
        record_title="【支部风采】云岚村党支部2024年“党建+茶饼产业”工作总结 ｜ 郅原先锋网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="Party site text: bracketed column prefix and site suffix; the page's date differs from the 成文日期 under the signature; study prompt between paragraphs",
        page="""
!m 郅原先锋网　郅原县委组织部
!m 首页　＞　支部风采　＞　正文
!t 【支部风采】云岚村党支部2024年“党建+茶饼产业”工作总结
!m 发布：2024-12-26　作者：菟湾镇党委　阅读：296
{BODY}
!a 【关闭窗口】【打印正文】
!l 相关链接：菟湾镇召开茶产业党建联盟座谈会
!m 郅原县委组织部主办　地址：郅原县城南路16号　邮编：655300
""",
        indent="\u3000\u3000",
        body="""
2024年，云岚村党支部围绕茶饼产业发展，把支部建在产业链上，党员带头、群众跟进，全村茶饼产值突破两千万元。现将全年工作总结如下。
一、建强组织，搭好产业平台。支部牵头成立云岚茶饼专业合作社，吸纳农户186户，党员担任合作社理事5人，统一收购鲜叶、统一压制、统一品牌销售。
二、党员示范，提升压饼品质。组织12名党员制茶能手与青年茶农结对，手把手传授蒸茶、压饼技术，全年培训村民320人次，茶饼一级品率从58%提高到76%。
⟦a 登录先锋学习，阅读本文可累计积分⟧
三、拓宽销路，带动群众增收。支部书记带队参加茶博会两次，与省内4家茶企签订茶饼订单；开设村播间，线上销售茶饼1.9万饼，户均增收4600元。
明年，支部将重点建设标准化茶饼压制车间，力争创建省级茶产业示范村。
中共郅原县菟湾镇云岚村支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="hospital-zhiyuan-plan-ward-nightstands",
        site="郅原县人民医院 (invented)",
        style="医院官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zyxrmyy.example.cn/ygdt/2025/0110/918.html",
        title="病区床头柜清洁消毒及更换工作方案",
        record_title="病区床头柜清洁消毒及更换工作方案 ‖ 院感动态 ‖ 郅原县人民医院",
        date="2025-01-08",
        notes="hospital site: booking float, 24-hour line and experts list; decimal headings 1.1–3.2; the infection-control department's phone beside the hospital's lines; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>病区床头柜清洁消毒及更换工作方案 ‖ 院感动态 ‖ 郅原县人民医院</title></head>
<body>
<div class="hd">⟦m 郅原县人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span>　⟦m 24小时急诊：0871-6629120⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 院务公开 | 院感动态⟧</div>
<div class="bread">⟦m 首页 / 院务公开 / 院感动态⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 科室：医院感染管理科　更新：2025-01-10　阅读：203⟧</div>
<div class="text">
{BODY}
</div>
<div class="experts"><h4>⟦l 本院名医⟧</h4><p>⟦l 呼吸内科 韦德明 主任医师⟧</p><p>⟦l 骨科 孟长庚 副主任医师⟧</p></div>
<div class="float-yy">⟦a 微信预约挂号　点我⟧</div>
<div class="ft">⟦m 预约挂号咨询：0871-6629000⟧　⟦m 地址：郅原县人民路21号⟧　⟦m 滇ICP备15003417号⟧</div>
<script>var hits=new Image();hits.src="/hits.php?id="+Math.random();</script>
</body></html>
""",
        body="""
为降低病区物体表面病原体传播风险，规范床头柜清洁消毒和老旧床头柜更换工作，制定本方案。
1.清洁消毒
1.1日常清洁：每日由保洁员用含有效氯500mg/L的消毒湿巾擦拭床头柜台面、抽屉拉手和柜门，一床一巾。
1.2终末消毒：患者出院、转科或死亡后，对床头柜内外进行彻底擦拭消毒，抽屉取出单独处理。
2.更换
2.1更换范围：台面开裂、抽屉变形、柜体锈蚀无法彻底清洁的床头柜，共计146个，集中在内科和外科病区。
2.2更换要求：新床头柜选用ABS一体成型台面、圆角设计，便于擦拭消毒。
3.督查
3.1感染管理科每月抽查各病区床头柜清洁消毒情况，结果纳入科室考核。
3.2各病区护士长每周自查一次并记录。
联系科室：医院感染管理科，电话：0871-6629357。
郅原县人民医院
2025年1月8日
""",
    ),
    dict(
        slug="hospital-zhucheng2-nursing-warming-cloak",
        site="邾城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.zc2yy.example.cn/hlyd/2025/0115/2207.html",
        title="术后保暖斗篷：让手术患者不再冷得发抖",
        record_title="【护理园地】术后保暖斗篷：让手术患者不再冷得发抖_邾城市第二人民医院",
        date="2025-01-15",
        notes="hospital text page: column prefix and site suffix; byline 发布时间 is the page's date; booking and hotline lines at the bottom",
        page="""
!m 邾城市第二人民医院　ZHUCHENG SECOND PEOPLE'S HOSPITAL
!m 首页 › 护理园地 › 护理科普
{T}
!m 发布时间：2025年01月15日　　来源：麻醉手术科　　浏览：618
{BODY}
!m 撰稿：麻醉手术科 龚思雨　审核：护理部
!l 上一篇：住院患者如何预防跌倒
!l 下一篇：糖尿病足的日常护理
!a 扫码关注医院服务号，可查检验报告
!m 总机：0797-8826000　急救：0797-8826120
""",
        indent="\u3000\u3000",
        body="""
不少做过手术的人都有这样的经历：从手术室出来，浑身发冷，牙齿打颤，怎么也停不下来。这在医学上叫作术后寒战，主要是因为手术中麻醉药物影响了体温调节，加上手术室温度较低、输入冷的液体等原因造成的。
寒战不只是难受，还会增加身体耗氧量，影响伤口愈合。为此，我院麻醉手术科从去年开始，为复苏室的患者使用充气式保暖斗篷。
这种斗篷用一次性材料制成，披在患者身上后，连接加温机器，把38℃左右的暖风均匀送进斗篷的夹层，从肩膀到脚都能暖到。使用一年来，复苏室患者寒战发生率由21%下降到6%。
提醒大家：手术后如果感觉冷，要及时告诉护士，不要硬扛；家属也不要自行给患者加盖过厚的被子，以免影响观察。
""",
    ),
    dict(
        slug="univ-zhucheng-news-plumb-contest-no-title",
        site="邾城理工学院 (invented, university news page)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zclg.edu.example.cn/info/1031/20455.htm",
        title="测绘工程学院举办“铅锤对中”基本功竞赛",
        record_title=None,
        date="2025-04-23",
        notes="university news without a record title: the h1; a dotted date line is the page's date; photo caption and 审核 line glued after the last sentence; quick links and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>邾城理工学院新闻网</title></head>
<body>
<div class="header">⟦m 邾城理工学院新闻网⟧　<a>⟦m 学校主页⟧</a>　<a>⟦a English Site⟧</a></div>
<div class="menu">⟦m 理工要闻　院部动态　媒体理工　校园人物　图说理工⟧</div>
<div class="posi">⟦m 首页 > 院部动态 > 正文⟧</div>
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2025.04.23　作者：测绘工程学院　供图：祁远　点击：［1120］⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="quick"><a>⟦l 理工要闻⟧</a> <a>⟦l 校历⟧</a> <a>⟦l 信息门户⟧</a> <a>⟦l 图书馆⟧</a></div>
<div class="foot">⟦m 地址：邾城市梵潭区学府大道99号　邮编：343009⟧<br>⟦m 党委宣传部（新闻中心）主办　© 邾城理工学院⟧</div>
<script>var _paq=window._paq||[];_paq.push(["trackPageView"]);</script>
</body></html>
""",
        body="""
4月22日下午，测绘工程学院在学校测量实训场举办“铅锤对中”基本功竞赛，2023级、2024级测绘工程专业的96名学生参加比赛。
比赛分为架设和对中两个环节。选手需要在不借助激光对中器的情况下，仅用铅锤将经纬仪中心对准地面标志点，再进行整平。裁判用钢尺测量对中偏差，偏差不超过1毫米且用时最短者获胜。
⟦m 图为参赛学生调整脚架进行对中。⟧
“现在仪器越来越智能，但铅锤对中是测量人的基本功。”指导教师彭雪松说，野外遇到仪器故障或者激光看不清的情况，这项本领就派上了用场。
最终，2023级学生晏子墨以偏差0.5毫米、用时2分18秒的成绩获得第一名。⟦m （审核：谷明川）⟧
""",
    ),
    dict(
        slug="univ-zhiyuan-notice-dorm-nightstands-table",
        site="郅原职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hq.zyzy.edu.example.cn/tzgg/2025/0303/512.html",
        title="关于分批更换学生公寓床头柜的通知",
        record_date="2025-03-03",
        date="2025-03-03",
        notes="university logistics text page: record title and date; a schedule table one row a paragraph; the logistics office's phone beside the campus switchboard",
        page="""
!m 郅原职业技术学院后勤管理处
!m 首页 | 处室概况 | 公寓管理 | 饮食服务 | 通知公告 | 报修服务
{T}
!m 发布人：公寓管理科　发布日期：2025-03-03　浏览次数：1877
{BODY}
!a 【打印本文】　【关闭】
!l 上一条：关于春季学期宿舍安全检查的通知
!m 学校总机：0871-6651000　报修热线：0871-6651110
!m Copyright © 郅原职业技术学院后勤管理处
""",
        indent="\u3000\u3000",
        body="""
各学院、各位同学：
为改善学生住宿条件，学校将于3月至4月分批更换学生公寓老旧床头柜，共计2360个。具体安排如下：
楼栋　更换日期　时间段
1号、2号公寓　3月10日至3月14日　8:30—11:30
3号、4号公寓　3月17日至3月21日　8:30—11:30
5号、6号公寓　3月24日至3月28日　14:30—17:30
7号公寓　3月31日至4月3日　14:30—17:30
请各宿舍同学在更换前一天清空床头柜内物品，贵重物品自行保管。更换当天请至少留一名同学在宿舍配合。旧床头柜由后勤统一回收，不得私自留存。
咨询电话：公寓管理科，0871-6651236。
后勤管理处
2025年3月3日
""",
    ),
]
