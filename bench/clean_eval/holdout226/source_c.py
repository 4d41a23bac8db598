"""holdout226, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhifou-feeder-jam-question-title",
        site="知否问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhifouwenda.example.com/q/4417208.html",
        title="自动喂食器老是卡粮，出粮口堵住怎么办？",
        record_title=None,
        date=None,
        notes="no title in the record: the question as the page's <h1>; the question's supplement is a neutral line; "
        "an adopted badge, a vote row, more answers and related questions; '回答于 2 天前' is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知否问答</title>
<script src="https://s.zhifouwenda.example.com/qa.bundle.js"></script>
</head>
<body>
<div class="zf-head">⟦m 知否问答 · 有问题，知否知否⟧　⟦a <a>提个问题</a> <a>登录</a>⟧</div>
<div class="zf-cate">⟦m 分类：生活 › 宠物 › 猫咪用品⟧</div>
<div class="question">
<h1>{T}</h1>
<p>家里的喂食器用了半年，最近隔三岔五就不出粮，猫饿得直叫，有没有懂的朋友？</p>
<div class="q-meta">⟦m 提问者：喵喵的铲屎官　浏览 5480 次⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者认可的回答⟧</div>
<div class="ans-user">⟦m 老周宠物用品店　回答于 2 天前　获赞 216⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦l 有帮助 128 ｜ 没帮助 3 ｜ 评论 11⟧</div>
</div>
<div class="more">⟦l 还有 6 个回答，点开看看⟧</div>
<div class="answer-box">⟦a 我也来答一答（登录后才能作答）⟧</div>
<div class="side">
<h4>⟦l 相似问题⟧</h4>
<p>⟦l 猫咪不吃喂食器里的粮是什么原因？⟧</p>
<p>⟦l 喂食器停电以后还会按时出粮吗？⟧</p>
</div>
<div class="zf-foot">⟦d 回答内容仅代表答主个人观点，不代表知否问答立场⟧<br>⟦m ©2024 知否问答　沪ICP备18040621号⟧</div>
</body>
</html>
""",
        body="""
卡粮是喂食器最常见的毛病，我店里每个月都要修好几台，多数自己就能解决。
1.先看粮的颗粒。粮粒直径超过12毫米，或者是扁长形的，很容易卡在出粮转盘里。换一款小颗粒的粮，问题往往就没了。
2.再看粮仓是否受潮。潮了的粮会结块粘在仓壁上，建议粮仓里放一包食品干燥剂，一次不要装太满。
3.清理出粮转盘。断电后把粮仓取下，用软毛刷把转盘缝隙里的粉末刷干净，别用水冲电机部分。
4.检查定时设置。有的机器一次出粮份数设得太多，转盘一下转不动也会报卡粮。
如果以上都试过还是卡，可能是电机老化，就联系厂家售后吧，别自己拆电机。
""",
    ),
    dict(
        slug="qa-wenwenkan-kettle-scale-junk",
        site="问问看 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenwenkan.example.net/question/998021",
        title="养生壶里一层白色水垢，用什么除最安全？",
        record_title="养生壶里一层白色水垢，用什么除最安全？ - 家居生活 - 问问看",
        date=None,
        notes="a Q&A in text with scraping junk as lines and glued after 。; the best answer is the body; relative "
        "times are no dates; other answers and an ask box below",
        junk=dict(lines=1, glued=2),
        page="""
!m 问问看 ＞ 家居生活 ＞ 厨房电器
!t 养生壶里一层白色水垢，用什么除最安全？
!m 3 个回答　　被浏览 2.3 万次
!m 最佳答案　　答主：厨房里的老胡　　2 天前
{BODY}
!l 赞同 341　　反对 2　　分享　　举报
!l 其他回答（2）：用白醋也行，就是味道大 —— 小米粥 ｜ 我家直接买除垢剂 —— 阿九
!a 不满意？去提个新问题
!m 问问看 wenwenkan.example.net　京ICP证160428号
""",
        body="""
我家养生壶天天煮茶，一个月就结一层水垢，试过几种办法，说说体会。
最安全、最省事的是柠檬酸。超市或网上都能买到食品级的，一壶水放一小勺，用“烧水”档煮开后泡半小时，倒掉再用清水煮一遍，壶底基本就干净了。
白醋也能除垢，但气味比较大，煮完要多冲洗几遍。柠檬片效果温和一些，适合水垢不多的时候用。
千万别用钢丝球刷玻璃壶身和底部的加热盘，刮花了以后更容易挂垢，还可能影响加热。
平时用完把壶里的水倒干，每周除一次垢，水垢就不会积得那么厚。
""",
    ),
    dict(
        slug="collection-wanfeng-memoir-mother-cooker",
        site="晚枫文存 (invented personal collection, gb2312 tables)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.wanfengwencun.example.com/hushui/09.htm",
        title="母亲的那只电炖锅",
        record_title="《縠水旧事》第九篇：母亲的那只电炖锅 ▪ 晚枫文存",
        date=None,
        notes="a retired writer's collection in an old table layout: a marquee, chapter links, a visitor counter and "
        "the author's mailbox; the essay ends with a 写于 line carrying only a season, no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《縠水旧事》第九篇：母亲的那只电炖锅 ▪ 晚枫文存</title>
<script language="JavaScript" src="../js/clock.js"></script>
</head>
<body bgcolor="#F6F1E4">
<table width="760" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center">⟦m 晚枫文存 ── 一个老编辑的文字角落⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦d 文存所收皆为拙作，引用请注明“晚枫”⟧</marquee></td></tr>
<tr><td>⟦m <a href="../index.htm">文存首页</a> ｜ <a href="index.htm">縠水旧事</a> ｜ <a href="../shiji/index.htm">诗稿</a> ｜ <a href="../guestbook.asp">留言簿</a>⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 第八篇：西街的修表铺　｜　目录　｜　第十篇：老屋后的枇杷树 →⟧</td></tr>
<tr><td align="center">⟦m 本页已被翻阅 004127 次⟧</td></tr>
<tr><td align="center">⟦w 来信请寄 wanfeng_lao@example.com，晚枫必复⟧</td></tr>
<tr><td align="center" class="foot">⟦m 晚枫文存 2006—2024　站长：晚枫　本站不设广告⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
母亲这辈子用过不少锅，她最舍不得的，是一只白瓷内胆的电炖锅。
那是一九九八年，我第一个月拿到工资，在縠水百货大楼给她买的，花了八十六元。母亲嘴上说乱花钱，转身就用它炖了一锅萝卜排骨汤，让我带回单位宿舍。
后来我成了家，每逢周末回去，灶台角上总有那只锅在咕嘟咕嘟地响。冬天是排骨藕汤，夏天是绿豆百合，她说电炖锅好，插上电就能去菜园里忙，不用守着火。
⟦m [插图：母亲的电炖锅，二〇〇五年摄]⟧
前年整理老屋，那只锅还在橱柜里，盖子上的把手早就换成了一截竹片，是父亲削的。我把它带回了城里，洗干净，放在书柜最上层。
写于二〇二三年冬，縠水
""",
    ),
    dict(
        slug="collection-empty-cat-cage-record-title",
        site="闲云集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://xianyunji.example.org/sanwen/kong-maolong.html",
        title="阳台上那只空着的宠物笼",
        date=None,
        notes="an essay in a personal collection: collection breadcrumb, a reading-count line, the author's note and a "
        "guestbook prompt; no date (a year in the text only)",
        indent="\u3000\u3000",
        gap=True,
        page="""
!m 闲云集 · 散文卷 · 第三十一篇
{T}
!m 文／鲁闲云　　已读 302
{BODY}
!m 〔作者附记：旧文重录，略有删改〕
!l 卷内上一篇：雨后的鳐湾　　卷内下一篇：冬至那天的饺子
!w 有话想对作者说？留言簿常开
""",
        body="""
阳台的角落里，有一只空着的宠物笼。笼子是浅灰色的，两层，门上的锁扣已经有点松了。
笼子原来的主人叫阿黄，是女儿上初中那年从小区花坛里抱回来的一只土猫。它刚来时瘦得皮包骨，我们怕它乱跑，就买了这个笼子，晚上让它睡在里面。
没过多久，阿黄就不肯进笼了。它睡沙发、睡书桌、睡女儿的枕头，笼子成了它的储物间，里面堆着它叼回来的毛线团和瓶盖。
阿黄陪了我们十四年，二〇二二年的秋天，它在女儿的怀里睡着了，再没有醒来。
笼子我一直没舍得扔。有时候晒太阳，看见笼子里那团褪了色的毛线，就好像阿黄还趴在那儿，眯着眼睛看我。
""",
    ),
    dict(
        slug="dangjian-huchuan-speech-lock-volunteers",
        site="琥川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.huchuandj.example.gov.cn/zbfc/2024/0530/41207.html",
        title="在“安心门”志愿服务项目启动仪式上的讲话",
        record_title="【红色引擎】在“安心门”志愿服务项目启动仪式上的讲话_琥川党建网",
        date="2024-05-28",
        date_also=["2024-05-30"],
        notes="a Party-building portal: study-points prompt, a read-on-phone QR line, the date under the speech title "
        "and the speaker line (neutral); the portal's posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【红色引擎】在“安心门”志愿服务项目启动仪式上的讲话_琥川党建网</title>
<script src="/res/js/djw.js"></script>
</head>
<body>
<div class="dj-top">⟦m 琥川党建网　中共琥川县委组织部主办⟧</div>
<div class="dj-nav">⟦m <a>首页</a> <a>时政要闻</a> <a>基层党建</a> <a>党员教育</a> <a>红色引擎</a> <a>人才工作</a>⟧</div>
<div class="dj-loc">⟦m 首页 → 红色引擎 → 正文⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 2024-05-30 10:12　来源：梿塘镇党委　编审：组织部宣传科⟧</div>
<p class="sub">（2024年5月28日）</p>
<p class="sub">梿塘镇党委书记　郑拾光</p>
<div class="dj-con">
{BODY}
</div>
<div class="dj-xuexi">⟦a 已阅读满60秒，本篇学习积分 +1⟧</div>
<div class="dj-qr">⟦a 手机扫码，随时随地学⟧</div>
<div class="dj-rel">⟦l 红色引擎 · 更多⟧<br>⟦l 鲻港镇“红马甲”上门修家电⟧<br>⟦l 梿园社区推出“老人食堂”点单服务⟧</div>
</div>
<div class="dj-foot">⟦m 中共琥川县委组织部　地址：琥川县人民路1号　邮编：317500⟧<br>⟦m 浙ICP备11020917号-2⟧</div>
</body>
</html>
""",
        body="""
各位党员志愿者，同志们：
今天，我们在这里启动“安心门”志愿服务项目。这个项目由镇党委牵头，联合县消防救援大队和辖区锁具企业，为全镇独居、高龄老人免费更换指纹锁，让老人出门不再担心忘带钥匙，遇到紧急情况时网格员也能及时入户。
项目的第一批服务对象有132户，全部由各村党支部上门摸排确定。希望党员志愿者做到三点：
一要耐心细致。安装前要跟老人讲清楚，安装后要手把手教会老人录指纹、换电池。
二要守好底线。老人家里的密码、钥匙一律不经手、不留存，任何人不得借服务之名推销产品。
三要长期跟进。每名党员结对2到3户老人，每季度上门看一看锁好不好用。
同志们，一把锁虽小，却连着老人的安全，也连着党群的感情。让我们把这件好事办实、办好！
""",
    ),
    dict(
        slug="dangjian-sheling-summary-soup-cookers",
        site="麝岭先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.shelingxianfeng.example.cn/jcdj/202412/t20241223_7718.html",
        title="梿园社区党支部“暖冬一碗汤”志愿服务活动总结",
        record_title="〖暖心服务〗梿园社区党支部“暖冬一碗汤”志愿服务活动总结 — 麝岭先锋网",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes="a Party site in text: points prompt glued after a sentence, a 'more on this topic' link between "
        "paragraphs, the branch's own phone as content, 成文日期 under the signature beside the page's date",
        indent="\u3000\u3000",
        page="""
!m 麝岭先锋网　｜　基层党建
!m 发布日期：2024-12-23　作者：梿园社区　浏览：407
!t 〖暖心服务〗梿园社区党支部“暖冬一碗汤”志愿服务活动总结
!a 〔字体放大〕〔字体缩小〕〔分享至学习群〕
{BODY}
!a 学完点个“已学”，积分到账
!l 相关链接：麝岭县“党员进万家”活动掠影
!m 主办：中共麝岭县委组织部　技术支持：麝岭数字科技
""",
        body="""
入冬以来，梿园社区党支部组织党员志愿者开展“暖冬一碗汤”活动，为辖区高龄、独居老人送去热汤和关心。现将活动情况总结如下。
一、基本做法。支部用党费和爱心企业捐赠，为28户独居老人每户配送一只电炖锅，并由12名党员志愿者结对，每周上门一次，教老人用电炖锅炖汤，顺带检查家中用电安全。⟦a 【学习积分+2】⟧
⟦l 本专题更多内容：冬日里的党员身影⟧
二、取得成效。活动开展以来，志愿者累计上门336人次，帮助老人更换老化插线板19个，排除用电隐患7处，老人们都说“汤暖，心更暖”。
三、下步打算。支部将把结对服务延续到明年春节后，并公布支部服务电话0736-7520318，老人有需要随时可以打。
中共梿园社区支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="hospital-hushui-nutrition-cooker-soup",
        site="縠水县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.hsxrmyy.example.cn/kpzs/2024/1108/2231.html",
        title="术后喝汤有讲究，电炖锅这样用更合适",
        record_title="【营养科普】术后喝汤有讲究，电炖锅这样用更合适 - 縠水县人民医院",
        date="2024-11-08",
        notes="a county hospital: the nutrition clinic's own 咨询电话 beside the hospital's booking line and 24-hour "
        "line, a booking float, an expert list; the byline's 发布日期 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【营养科普】术后喝汤有讲究，电炖锅这样用更合适 - 縠水县人民医院</title>
<script src="/static/js/yy-main.js"></script>
</head>
<body>
<div class="yy-top">⟦m 縠水县人民医院 · 二级甲等综合医院⟧　⟦m 预约挂号：0578-2961200　24小时急救：0578-2961120⟧</div>
<div class="yy-nav">⟦m <a>首页</a> <a>医院概况</a> <a>科室导航</a> <a>专家介绍</a> <a>健康科普</a> <a>就医指南</a>⟧</div>
<div class="yy-pos">⟦m 位置：首页 » 健康科普 » 营养膳食⟧</div>
<div class="yy-art">
<h1>{T}</h1>
<div class="yy-info">⟦m 发布日期：2024-11-08　作者：临床营养科 孔映雪　阅读：1120⟧</div>
<div class="yy-con">
{BODY}
</div>
<div class="yy-tip">⟦d 科普内容仅供参考，具体饮食方案请遵医嘱⟧</div>
</div>
<div class="yy-side"><h4>⟦l 营养科出诊专家⟧</h4><p>⟦l 孔映雪　副主任医师　周二、周四上午⟧</p><p>⟦l 程砚　主治医师　周一至周五⟧</p></div>
<div class="yy-float">⟦a 线上预约 ｜ 报告查询 ｜ 停诊通知⟧</div>
<div class="yy-foot">⟦m 縠水县人民医院　地址：縠水县健康路16号⟧<br>⟦m 浙ICP备12045561号　浙公网安备33112702000213号⟧</div>
</body>
</html>
""",
        body="""
不少患者做完手术，家里人第一件事就是炖一锅浓汤送到病房。汤确实好，但喝法不对，反而不利于恢复。
一是清淡为先。术后一周内脂肪消化能力较弱，用电炖锅炖汤时，鸡、鸭要先去皮，炖好后把表面的浮油撇掉。
二是汤肉同吃。汤里的蛋白质大部分留在肉里，只喝汤不吃肉，营养就打了折扣。
三是少放盐和药材。不要随意加人参、当归等药材，是否适合请先问主管医生。
四是现炖现吃。电炖锅可以预约定时，早上放料、中午送到，剩汤不要反复加热过夜。
患者出院后如需个性化饮食指导，可拨打临床营养科咨询电话0578-2961376，工作日8:00—17:00有营养师接听；也可以关注“縠水县人民医院”公众号，在“营养门诊”栏目预约面诊。
""",
    ),
    dict(
        slug="hospital-xiucheng-notice-ward-kettles",
        site="貅城市第三人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xcsy3.example.cn/ywgk/tz/20240910_1190.html",
        title="关于病区禁止使用养生壶等自带电器的通知",
        record_title="关于病区禁止使用养生壶等自带电器的通知 - 院务公开 - 貅城市第三人民医院",
        date="2024-09-10",
        notes="a hospital notice in text: the security office's own line beside the hospital's switchboard and 12320, "
        "a 'print' link glued after a sentence; 成文日期 under the signature",
        page="""
!m 貅城市第三人民医院　院务公开
!m 总机：0597-3512000　　卫生健康热线：12320
!t 关于病区禁止使用养生壶等自带电器的通知
!m 来源：保卫科　　点击：281
{BODY}
!a 返回上页　　关闭
!l 同栏目：住院患者陪护管理规定（修订）｜关于调整门诊午间服务时间的通知
!m 貅城市第三人民医院版权所有
""",
        body="""
各病区、住院患者及家属：
近期巡查发现，部分病房内有家属自带养生壶、电炖锅、电暖器等电器使用。病区电路负荷有限，且病房内有氧气等易燃易爆物品，私自使用电器存在较大火灾风险。为保障患者安全，现通知如下：
一、各病区一律禁止使用自带的养生壶、电炖锅等加热电器，需要热水、热饭的，可到各楼层开水间和配餐间使用。⟦a 〔打印该通知〕⟧
二、护士站发现违规电器时应及时劝阻，并由家属带离病区。
三、保卫科每周组织一次夜间巡查，巡查情况纳入科室考核。
如有疑问，请联系保卫科，电话：0597-3512119。
貅城市第三人民医院
2024年9月10日
""",
    ),
    dict(
        slug="univ-hushui-news-feeder-award-h1",
        site="縠水师范学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.hsnu.example.edu.cn/info/1021/18834.htm",
        title="我校学子“智能分餐宠物喂食器”获省大学生创新创业大赛金奖",
        record_title=None,
        record_date="2024-10-28",
        date="2024-10-28",
        notes="a university news page: no title in the record (its <h1>), the record gives the date; photo caption, "
        "a 'share to' bar, the college's dotted date line, a contributor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>縠水师范学院新闻网</title>
<script src="/_js/_portletPlugs/simpleNews/js/news.js"></script>
</head>
<body>
<div class="head">⟦m 縠水师范学院新闻网⟧　⟦m <a>学校主页</a> ｜ <a>投稿系统</a>⟧</div>
<div class="menu">⟦m <a>首页</a> <a>师大要闻</a> <a>院部动态</a> <a>媒体师大</a> <a>校园人物</a>⟧</div>
<div class="where">⟦m 当前位置：新闻网 &gt; 院部动态⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="date">⟦m 2024.10.28　作者：钟禾　单位：物理与电子工程学院　点击数：<span>876</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 ｜ 微博 ｜ QQ⟧</div>
<div class="prev">⟦l 上一条：学校举行2024年秋季运动会⟧</div>
</div>
<div class="foot">⟦m 縠水师范学院党委宣传部　地址：縠水县学府路2号⟧　⟦m 浙ICP备06008123号⟧</div>
</body>
</html>
""",
        body="""
10月26日，第十届省大学生创新创业大赛决赛落幕，我校物理与电子工程学院学生团队的项目“智能分餐宠物喂食器”获得高教主赛道金奖。
这款喂食器能识别多只宠物的芯片项圈，按照每只宠物的体重和医嘱分别出粮，防止“抢食”导致的肥胖和营养不均。
⟦m ▲团队成员在决赛现场展示产品⟧
项目负责人、2021级学生宁思远介绍，团队从大二开始研发，先后改进了五版样机，在縠水县三家宠物医院进行了为期半年的试用。目前项目已申请实用新型专利两项，并与一家本地企业达成合作意向。
学院指导教师邵明川表示，学院将继续支持学生把课堂所学用到解决实际问题上。⟦m （供稿：物理与电子工程学院）⟧
""",
    ),
    dict(
        slug="univ-hushui-notice-dorm-fingerprint-locks",
        site="縠水师范学院保卫处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.hsnu.example.edu.cn/tzgg/2024/0902/552.htm",
        title="关于学生公寓门锁升级为指纹锁的通知",
        record_title="〔后勤保卫〕关于学生公寓门锁升级为指纹锁的通知 · 縠水师范学院保卫处",
        date="2024-09-02",
        notes="a university office's notice in text: a numbered schedule table, a scan-to-register sentence as content, "
        "the office's own duty phone beside the campus switchboard",
        page="""
!m 縠水师范学院保卫处　｜　平安校园
!m 首页 · 通知公告
!t 〔后勤保卫〕关于学生公寓门锁升级为指纹锁的通知
!m 作者：保卫处　　浏览：3390
{BODY}
!l 【上一篇】新生入学安全教育安排　　【下一篇】校园非机动车集中整治的通告
!m 校总机：0578-2963000　　地址：学府路2号行政楼一楼
!m Copyright © 縠水师范学院保卫处
""",
        body="""
各学院、全体住校学生：
为提升学生公寓安全管理水平，学校利用暑假将东区1至6号学生公寓的寝室门锁升级为指纹锁。现将录入安排通知如下：
楼栋　录入时间　录入地点
东1—东3号楼　9月4日—9月5日　各楼一楼值班室
东4—东6号楼　9月6日—9月7日　各楼一楼值班室
请同学们携带校园卡，按时到值班室扫码登记后录入指纹，每人可录入两枚手指。录入前请确保手指清洁干燥。
指纹锁同时保留校园卡开门功能，请勿将门锁密码告知他人。门锁出现故障时，请及时联系保卫处值班电话0578-2963110。
縠水师范学院保卫处
2024年9月2日
""",
    ),
]
