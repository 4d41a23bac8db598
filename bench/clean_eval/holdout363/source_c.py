"""holdout363, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Every page, place, person, firm and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="qa-wenzhiduo-cat-ate-feather-no-title",
        site="问知多 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhiduo.com/q/3380917265.html",
        title="猫把逗猫棒上的羽毛咬下来吃了，需要去医院吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the question; the adopted answer is the body; vote bar, more answers; answer time relative (3 天前), so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>问知多 - 有问题，问知多</title>
<script src="//static.wenzhiduo.com/qa/main.js"></script>
</head><body>
<div class="hd"><span class="logo">⟦m 问知多⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录回答⟧</a></div>
<div class="crumb">⟦m 问知多 ＞ 宠物 ＞ 猫咪健康⟧</div>
<div class="question"><h1>{T}</h1>
<p class="qdesc">⟦l 提问者补充：羽毛大概两三厘米长，吃完精神还行，就是有点干呕。⟧</p>
<p>⟦m 提问者：芝士喵喵 ｜ 浏览 4,061 次⟧</p></div>
<div class="best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 执业兽医 舶医生 ｜ 擅长：猫犬内科 ｜ 回答于 3 天前⟧</div>
<div class="answer-content">
{BODY}
</div>
<div class="vote">⟦a 有帮助 186　　没帮助 3　　追问⟧</div></div>
<div class="others"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 橘子汽水：我家猫吃过一次，第二天拉出来了，别太担心⟧</p>
<p>⟦l 匿名用户：最好还是去医院拍个片，求个安心⟧</p></div>
<div class="related"><h3>⟦l 相关问题⟧</h3><p>⟦l 猫咪误吞毛线多久会排出？⟧</p><p>⟦l 逗猫棒哪种材质比较安全？⟧</p></div>
<div class="ft">⟦d 回答内容仅代表个人观点，不能替代线下就诊。⟧ ⟦m ©2025 问知多　黔ICP备19044107号⟧</div>
</body></html>
""",
        body="""
先别慌，可以分情况处理。
单根短羽毛，猫咪吃下去后大多会随粪便排出，也可能吐出来。接下来两三天请留意：精神和食欲是否正常，有没有反复呕吐，大便是否顺畅，里面能不能看到羽毛。只要这些都正常，一般不需要特别处理。
需要马上去医院的情况有三种：一是连带吞下了逗猫棒上的绳子、铃铛或金属丝；二是呕吐超过两次，或完全不吃东西；三是肚子胀、一摸就躲，或者二十四小时没有排便。尤其是绳子，千万不要从嘴里或肛门往外拽，以免割伤肠道。
以后玩逗猫棒时，主人要一直拿在手里，玩完收起来，羽毛松了及时换新，就能避免这类意外。
""",
    ),
    dict(
        slug="qa-jiawu-oil-sprayer-no-mist",
        site="家务问答堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://jiawuwenda.cn/question/60822143",
        title="喷油壶按下去只出油线不出雾怎么办？",
        record_title="喷油壶按下去只出油线不出雾怎么办？ - 厨房小问题 - 家务问答堂",
        date=None,
        notes="text Q&A: the question line, an answerer line with a relative time, the best answer as body, other answers and a related list; no date",
        page="""
!m 家务问答堂 · 过日子的问题都能问
!m 全部分类 / 厨房小问题
!t 喷油壶按下去只出油线不出雾怎么办？ - 厨房小问题 - 家务问答堂
!l 问题描述：买了两个月的喷油壶，以前喷出来是雾，现在只有一条线，是坏了吗？
!m 3 个回答 · 1,533 人看过
!m 最佳回答　　洗碗机不洗碗　　答于 2 周前
{BODY}
!a 赞同 97　｜　踩　｜　评论 6　｜　收藏答案
!l 其他回答：大概率是油太稠了，换成稀一点的油试试
!l 其他回答：我是直接买了个新的，便宜
!l 相关问题：气压式喷油壶要打多少下气？｜喷油壶能装酱油吗？
!d 家务问答堂内容由用户提供，仅供参考。
""",
        indent="",
        body="""
一般不是坏了，多半是喷嘴堵了或者压力不够，可以按下面几步排查。
1.看油。花生油、猪油天冷时容易凝固，最容易堵喷嘴。建议换成常温下清亮的植物油，比如玉米油、葵花籽油。
2.洗喷头。把喷头拧下来，放在四五十度的温水里加点洗洁精泡十分钟，再用细针或牙签通一通喷孔，冲净晾干后装回。
3.看压力。如果是气压式喷油壶，要先按压打气十到十五下再喷；按压式的则要按到底，半按只会出油线。
4.别装太满。油装到七八成就够了，装满了里面没有空气，压力也上不去。
这几步做完还不出雾，可能是密封圈老化，可以找商家买配件换一个。
""",
    ),
    dict(
        slug="anthology-xiangkou-memoir-father-roaster",
        site="镶口老梢的文集 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laoshao-wenji.net/juan4/03.htm",
        title="父亲的烤肠机",
        record_title="父亲的烤肠机（《纬溪拾遗》卷四之三）— 镶口老梢的文集",
        date=None,
        notes="old gb2312 collection: marquee, volume links, 繁體 link, visitor counter, the author's mailbox; a season-only 写于 line, so no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的烤肠机（《纬溪拾遗》卷四之三）— 镶口老梢的文集</title>
<script language="JavaScript" src="../js/ufo_counter.js"></script>
</head><body bgcolor="#eae3d2" text="#333333">
<table width="780" align="center" border="0"><tr><td align="center">⟦m 镶口老梢的文集⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦m 旧事不写就忘了，写下来留给孙辈看⟧</marquee></td></tr>
<tr><td align="center">⟦m 卷一 镶口旧街 ｜ 卷二 厂里那些年 ｜ 卷三 纬溪边 ｜ 卷四 家里人⟧　<a href="big5/">⟦a 繁體版⟧</a></td></tr>
</table>
<table width="780" align="center" border="1" bordercolor="#c8bfa8" cellpadding="12"><tr><td>
<p align="center"><font size="5">{T}</font></p>
<p align="center">⟦m 《纬溪拾遗》卷四 · 第三篇⟧</p>
{BODY}
</td></tr></table>
<table width="780" align="center"><tr><td align="center">⟦l 〈上一篇 母亲的顶针〉　〈目录〉　〈下一篇 哥哥的自行车〉⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：laoshao1951@163.net⟧</td></tr>
<tr><td align="center">⟦m 本文集自2009年起累计来访 0031874 人次⟧</td></tr>
<tr><td align="center">⟦d 文集文字系作者原创，转载请先来信⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲退休那年五十八岁，在家闲了不到一个月，就从旧货市场扛回来一台烤肠机。那是九十年代末镶口街上的第一台烤肠机，不锈钢的外壳，七根滚轴，插上电就慢慢转。
他在中学门口支了个小摊，一根烤肠卖五毛钱。学生放学时围得里三层外三层，他一手收钱，一手用竹签把烤得冒油的香肠挑起来，嘴里还念叨着“小心烫”。
父亲做事认真。每天收摊回家，他都要把烤肠机拆开，用碱水把滚轴一根根刷干净，再用干布擦一遍。母亲说他对机器比对人还上心，他笑笑不说话。
后来学校门口不让摆摊了，那台烤肠机就放在了储藏室里。前几年搬家，我想把它扔掉，父亲不肯，用旧床单包好，又搬到了新家。
如今父亲已经走了三年，那台烤肠机还在。我偶尔打开床单看一看，滚轴上的锈不多，好像还能再转起来。
二〇二四年冬写于镶口
""",
    ),
    dict(
        slug="anthology-xiyuan-essay-old-cat-oneline",
        site="晰园随笔 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://xiyuansuibi.net/vol2/laomao.html",
        title="老猫和一根逗猫棒",
        record_title="老猫和一根逗猫棒 ⋏ 晰园随笔 ⋏ 卷二",
        date=None,
        notes="text page of a personal collection, the whole essay on one line (paragraphs apart only by their indent); no date",
        page="""
!m 晰园随笔 ⋏ 一个退休教师的自留地
!m 卷一 春 ⋏ 卷二 猫 ⋏ 卷三 书 ⋏ 关于作者
!t 老猫和一根逗猫棒 ⋏ 晰园随笔 ⋏ 卷二
{BODY}
!l ← 卷二 上一篇：捡来的黑猫　　→ 卷二 下一篇：猫食盆
!m 访客留言请写信至 xiyuan.suibi@qq.com
!d 晰园随笔全部文字未经允许请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
家里那只老猫今年十五岁了，按人的年纪算，比我还老。
它年轻时最爱那根逗猫棒。那是女儿上大学前买的，一根细竹竿，顶上拴着几根染成粉色的羽毛。女儿一晃，它就从沙发上飞起来，能跳一人多高。
女儿走后，逗猫棒归了我。我晃得没女儿那么灵巧，它也不嫌弃，照样扑，照样追，扑不着就回头看我一眼，好像在说我笨。
这两年它老了，多数时候蜷在阳台上晒太阳。我拿起逗猫棒晃一晃，它只是抬起眼皮看看，尾巴尖动两下，算是给我面子。
前几天女儿回家，拿着那根早已褪色的逗猫棒在它面前晃。老猫竟然站起来，慢慢地伸出爪子，拍了一下羽毛。女儿笑了，我却有点想哭。
""",
    ),
    dict(
        slug="party-weiyang-speech-rescue-team-flag",
        site="纬阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wyxianfeng.gov.cn/djdt/2025-05/15/c_77402.htm",
        title="在纬阳市山地救援志愿服务队党员先锋队授旗仪式上的讲话",
        record_title="【先锋在一线】在纬阳市山地救援志愿服务队党员先锋队授旗仪式上的讲话 | 纬阳先锋网",
        date="2025-05-12",
        date_also=["2025-05-15"],
        notes="Party portal: study-points prompt, read-on-phone QR line; the speaker line and the date under the title neutral; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【先锋在一线】在纬阳市山地救援志愿服务队党员先锋队授旗仪式上的讲话 | 纬阳先锋网</title>
<script src="/res/js/dj-portal.js"></script>
</head><body>
<div class="banner">⟦m 纬阳先锋网 · 中共纬阳市委组织部主办⟧</div>
<div class="nav">⟦m 首页　党建动态　先锋风采　理论学习　党员教育　网上党校⟧</div>
<div class="where">⟦m 首页 ＞ 党建动态 ＞ 基层党建⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="source">⟦m 来源：市应急管理局机关党委　　发布时间：2025-05-15 16:20⟧</div>
<div class="center">中共纬阳市应急管理局委员会书记　迪振华</div>
<div class="center">（2025年5月12日）</div>
{BODY}
<div class="study">⟦a 党员登录后阅读满3分钟可记学习积分1分⟧</div>
<div class="mobile">⟦a 扫描二维码，手机上继续读⟧</div>
</div>
<div class="right"><h3>⟦l 先锋风采⟧</h3><p>⟦l 梢岭护林队里的“老党员”⟧</p><p>⟦l 一支没有编制的救援队⟧</p></div>
<div class="foot">⟦m 主办：中共纬阳市委组织部　承办：纬阳市党员教育中心⟧<br>⟦m 桂ICP备10028416号⟧</div>
</body></html>
""",
        body="""
同志们，队员们：
今天，我们在这里为纬阳市山地救援志愿服务队党员先锋队授旗。首先，我代表市应急管理局党委，向先锋队的21名党员队员表示热烈祝贺！
这支救援队成立四年来，先后参与山地搜救行动63次，帮助132名被困群众平安下山。很多队员白天上班，晚上接到电话就背起装备出发，靠的是一份责任。
今天，局里还为先锋队配发了一批新的安全带、主绳和登山扣。装备是救援的生命线，希望大家爱惜装备、用好装备，每次出队前都要认真检查，登山扣锁没锁好、绳子有没有磨损，一样都不能马虎。
党员先锋队要亮出身份、冲在前面，在急难险重任务中当好排头兵，在日常训练中做好传帮带，把这面旗帜扛稳、扛好。
""",
    ),
    dict(
        slug="party-xiyuan-summary-night-market-branch",
        site="迪湖区智慧党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://djw.dihu.gov.cn/jcdj/2025/0709/3356.html",
        title="晰园路夜市党支部2025年上半年工作总结",
        record_title="晰园路夜市党支部2025年上半年工作总结 ⸒ 两新党建 ⸒ 迪湖区智慧党建网",
        date="2025-07-08",
        notes="text view of a Party portal: a study-points line and a course link between paragraphs; 成文日期 under the signature",
        page="""
!m 迪湖区智慧党建网
!m 首页 ‣ 两新党建 ‣ 支部工作
!t 晰园路夜市党支部2025年上半年工作总结 ⸒ 两新党建 ⸒ 迪湖区智慧党建网
!m 时间：2025-07-09　　来源：晰园街道党工委　　点击：389
{BODY}
!a 阅读完毕请点击“我已学习”，系统自动记入学习档案
!l 推荐阅读：快递小哥党支部的“暖蜂驿站”　｜　商圈党建联盟签约
!m 迪湖区委组织部　技术支持：迪湖区大数据中心
""",
        indent="\u3000\u3000",
        date_also=["2025-07-09"],
        body="""
今年上半年，晰园路夜市党支部在街道党工委的指导下，围绕“党建引领、规范经营、服务群众”开展工作，现总结如下。
一、组织建设。支部现有党员11名，其中摊主党员7名、管理人员党员4名。上半年新接收流动党员组织关系2名，开展主题党日活动6次。
二、规范经营。支部牵头制定《夜市摊主文明经营公约》，推行“党员示范摊”，在章鱼小丸子、烤串等12个摊位挂牌亮身份。党员摊主梢晓芸带头把燃气小丸子机换成电热款，带动9户摊主完成设备更换。
⟦l 延伸学习：《个体工商户党建工作指引》要点解读⟧
三、服务群众。设立“夜市红色驿站”，为环卫工人和外卖骑手提供热水、充电服务；组织党员志愿者在高峰时段维持秩序，劝导占道经营。
下半年，支部将重点做好摊位消防安全和油烟治理，争创区级“红色商圈”示范点。
中共晰园路夜市支部委员会
2025年7月8日
""",
    ),
    dict(
        slug="hospital-weiyang-nutrition-oil-sprayer",
        site="纬阳市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.wy2hospital.cn/kepu/yyk/20251016/2907.html",
        title="一只喷油壶能帮你少吃多少油？",
        record_title="【营养门诊·科普小课堂】一只喷油壶能帮你少吃多少油？-纬阳二院",
        date="2025-10-16",
        notes="hospital page: booking float, 24-hour line, experts list; the department's 咨询电话 in the body beside the hospital's booking line; 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【营养门诊·科普小课堂】一只喷油壶能帮你少吃多少油？-纬阳二院</title>
<script src="/static/hospital/base.js"></script>
</head><body>
<div class="top">⟦m 纬阳市第二人民医院　三级综合医院⟧ ⟦m 预约挂号：0775-8312114⟧ ⟦m 急诊24小时：0775-8312120⟧</div>
<div class="menu">⟦m 医院概况 ｜ 科室导航 ｜ 专家介绍 ｜ 就医指南 ｜ 健康科普 ｜ 党建文化⟧</div>
<div class="loc">⟦m 当前位置：首页 > 健康科普 > 营养科⟧</div>
<div class="news"><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-10-16　作者：临床营养科 狄雨宁　浏览：921⟧</div>
{BODY}
</div>
<div class="float-yy"><a href="/yuyue/">⟦a 在线预约 · 扫码挂号⟧</a></div>
<div class="experts"><h3>⟦l 营养科专家⟧</h3><p>⟦l 狄雨宁 副主任医师 周二、周四上午⟧</p><p>⟦l 舶建明 主治医师 周一至周五⟧</p></div>
<div class="foot">⟦m 地址：纬阳市迪湖区纬溪大道188号⟧ ⟦d 本站科普文章仅供参考，具体诊疗请遵医嘱⟧ ⟦m 桂ICP备08011720号⟧</div>
</body></html>
""",
        body="""
在营养门诊，我常建议高血脂、脂肪肝的患者买一只喷油壶。有人问，喷油壶真能少吃油吗？我们做了个小实验。
用普通油壶倒油煎一个鸡蛋，平均用油约12克；用喷油壶在锅底均匀喷五下，用油约2克，鸡蛋同样不粘锅。做一盘清炒时蔬，倒油约15克，先喷后炒约6克。按一家三口每天做三道菜计算，一天能少用油二三十克。
需要提醒的是，喷油壶适合煎、烙、烤和凉拌，不适合大火爆炒。另外，要选用食品级材质的喷油壶，定期清洗，油放久了会氧化变质。
对于需要控制血脂和体重的朋友，少油只是第一步，还需要配合均衡饮食和规律运动。如有个性化营养需求，可到临床营养科门诊咨询，营养科咨询电话：0775-8312263（工作日上午）。
""",
    ),
    dict(
        slug="hospital-bowan-cat-scratch-disease",
        site="舶湾县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="text",
        source="http://www.bwxrmyy.com/jkkp/2025/0821/1580.html",
        title="被猫抓伤后发烧、淋巴结肿大？当心猫抓病",
        record_title="被猫抓伤后发烧、淋巴结肿大？当心猫抓病 — 感染科专栏 — 舶湾县人民医院",
        date="2025-08-21",
        notes="text view of a hospital page: 发布时间 line is the date; a booking prompt glued after a sentence; hospital switchboard and complaint lines at the bottom",
        page="""
!m 舶湾县人民医院　　二级甲等综合医院
!m 首页 - 健康科普 - 感染科专栏
!t 被猫抓伤后发烧、淋巴结肿大？当心猫抓病 — 感染科专栏 — 舶湾县人民医院
!m 发布时间：2025-08-21　　供稿：感染性疾病科　　阅读：608
{BODY}
!a 【上一页】【返回栏目】【打印】
!l 科普推荐：夏季腹泻莫大意 ｜ 被狗咬伤后怎么处理
!m 医院总机：0775-5871000　投诉电话：0775-5871315
!m 地址：舶湾县城关镇梢岭路3号
""",
        indent="\u3000\u3000",
        body="""
最近，感染科接诊了一位28岁的女士。她两周前陪家里的小猫玩时，手背被抓了一道，没太在意。后来伤口附近起了红色小丘疹，腋下淋巴结肿得像鸽子蛋，还反复低烧。经检查，确诊为猫抓病。
猫抓病是由汉赛巴尔通体感染引起的，主要通过猫抓伤、咬伤传播，幼猫更容易携带病菌。大多数人症状轻微，数周到数月可以自愈，但免疫力低下的人可能出现严重并发症。⟦a 如有类似症状，可通过医院公众号预约感染科门诊⟧
预防猫抓病，要做好三点。第一，陪猫玩耍时用逗猫棒、激光笔等玩具，让手和猫爪保持距离，不要用手直接逗猫。第二，定期给猫修剪指甲、驱虫。第三，被抓伤后立即用肥皂和流动清水冲洗伤口十五分钟，再用碘伏消毒。
如果抓伤后出现发热、淋巴结肿大，请及时就医，并主动告诉医生有猫抓伤史。
""",
    ),
    dict(
        slug="college-weiyang-vocational-takoyaki-team-no-title",
        site="纬阳职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wyvtc.edu.cn/info/1042/18836.htm",
        title="一台小丸子机“烤”出校园品牌——我院学生创业团队获省赛银奖",
        record_title=None,
        date="2025-11-12",
        notes="no title in the record: the news page's <h1>; a dotted date in the byline is the date; a campus-photos link between paragraphs; the college's name recurs in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>纬阳职业技术学院</title>
<script src="/system/resource/js/vsb.js"></script>
</head><body>
<div class="head">⟦m 纬阳职业技术学院 · 德技并修　知行合一⟧</div>
<div class="menu">⟦m 学院首页 学院概况 院系设置 招生就业 校园文化 信息公开⟧</div>
<div class="pos">⟦m 当前位置：学院首页 > 校园新闻⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 2025.11.12　文/烹饪与营养学院 镶小满　图/学生记者团　审核/崛立新　浏览：[1407]⟧</div>
{BODY}
<div class="close">⟦a 〔关掉此窗〕⟧</div></div>
<div class="side">⟦l 校园新闻 · 最新⟧ ⟦l 我院举行2025年秋季运动会⟧ ⟦l 烹饪专业学生赴酒店顶岗实习⟧</div>
<div class="foot">⟦m 地址：纬阳市职教园区学府路1号　邮编：545100⟧ ⟦m 桂ICP备05009371号-1⟧</div>
</body></html>
""",
        body="""
11月9日，在第九届全省大学生创新创业大赛决赛中，纬阳职业技术学院烹饪与营养学院的“丸来如此”创业团队获得职教赛道银奖。
这支团队由5名烹饪专业大二学生组成。去年秋天，他们用勤工俭学攒下的钱买了一台电热章鱼小丸子机，在学生食堂门口开了一个小窗口。团队负责人狄子涵说，刚开始每天只能卖出几十盒，大家就一起研究面糊配比，推出了本地芋头馅、酸笋馅等新口味，还用学校食堂的边角食材降低成本。
⟦l 点击查看更多比赛现场照片⟧
一年来，“丸来如此”累计售出四万多盒，带动十余名同学勤工俭学。指导老师表示，学生把课堂上学到的面点制作和食品安全知识用到了实际经营中，这正是职业教育的意义所在。
""",
    ),
    dict(
        slug="college-ligong-rules-climbing-gear",
        site="纬阳理工学院团委网 (invented)",
        style="高校官网",
        genre="规定",
        kind="rule",
        form="text",
        source="http://tw.wylg.edu.cn/stgl/2025/0318/426.html",
        title="纬阳理工学院学生登山协会攀登器材管理规定",
        record_title="纬阳理工学院学生登山协会攀登器材管理规定（学生社团管理栏目）",
        date=None,
        notes="rules with 第N条 articles, a borrowing form to scan as content, only an effective clause, so no date; the page's 发布 stamp is absent",
        page="""
!m 共青团纬阳理工学院委员会
!m 首页 >> 学生社团 >> 社团管理
!t 纬阳理工学院学生登山协会攀登器材管理规定（学生社团管理栏目）
!m 作者：团委社团部　　点击数：214　　更新于 4 天前
{BODY}
!a [收藏本页] [打印本页] [关闭窗口]
!l 同栏目：学生社团活动安全承诺书　|　社团外出活动审批流程
!m 团委办公室：行政楼305　　纬阳理工学院团委 版权所有
""",
        indent="\u3000\u3000",
        body="""
第一条 为加强学生登山协会攀登器材的管理，保障会员活动安全，制定本规定。
第二条 本规定所称攀登器材，包括主绳、辅绳、安全带、头盔、下降器、上升器、登山扣等。
第三条 协会设器材管理员2名，负责器材的登记、保管、借还和定期检查。
第四条 器材实行台账管理，每件器材编号登记，注明购入时间和使用次数。登山扣、安全带等器材的使用年限以生产厂家的说明为准，超过年限的一律报废。
第五条 会员借用器材，须扫描器材柜上的二维码填写借用登记表，经管理员核对后方可领取。
第六条 器材归还时，管理员应当面检查。登山扣锁门回弹不灵、扣身有裂纹或坠落过的，应当立即停用并做报废标记，不得与完好器材混放。
第七条 本规定自发布之日起施行，由校团委负责解释。
""",
    ),
]
