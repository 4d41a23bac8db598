"""holdout261, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text, written by hand."""

CASES = [
    dict(
        slug="qa-wenda-vinegar-bottle-white-film",
        site="问知道问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenzhidao.example/q/8830127.html",
        title="醋瓶里长了一层白膜，这醋还能吃吗？",
        record_title=None,
        date=None,
        notes="Q&A; missing title found as the question; adopted-answer badge; 回答于 relative",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问知道</title></head><body>
<div class="hd">⟦m 问知道 · 有问必答⟧ <a>⟦a 我要提问⟧</a></div>
<h1 class="q">{T}</h1>
<div class="qmeta">⟦m 提问者：酸甜苦辣　3 天前⟧</div>
<div class="best">⟦m ★ 提问者采纳⟧</div>
<div class="ans">
{BODY}
</div>
<div class="ameta">⟦m 答主：酿造师老蒋　回答于 前天⟧ ⟦a 有用 58　没用 2⟧</div>
<div class="more">⟦l 其余4条回答⟧</div>
<footer>⟦d 问知道回答仅代表答主个人观点⟧</footer>
</body></html>
""",
        body="""
醋瓶里出现的白膜叫“醋霉”，是产膜酵母在醋表面繁殖形成的，一般是开瓶后放在温暖处、瓶口没盖紧造成的。
如果白膜很薄，醋没有异味，可以把白膜捞掉，把醋烧开后尽快吃完；如果白膜很厚，醋发臭、发苦，就不要再吃了，以免引起肠胃不适。
预防的办法是：每次用完拧紧瓶盖，放在阴凉处，也可以在醋里放几片生姜或几瓣大蒜，尽量在半年内吃完。
""",
    ),
    dict(
        slug="qa-jiaju-rattan-chair-mould",
        site="居家百事通 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="http://ask.jiajubst.example/question/55721",
        title="藤椅发霉了怎么处理",
        record_title="藤椅发霉了怎么处理？求靠谱办法 - 居家百事通",
        date=None,
        notes="text Q&A; forum junk; question title decorated",
        junk=dict(lines=1, glued=2),
        page="""
!m 居家百事通 > 家具保养
!t 藤椅发霉了怎么处理？求靠谱办法
!m 共3个回答　浏览 2310
!m 最佳答案　由 收纳达人阿梅 提供
{BODY}
!a 这个答案帮到你了吗？ 👍 顶一下
!l 相关问题：藤椅松了怎么紧 / 藤椅掉色正常吗
""",
        body="""
藤椅发霉多是因为放在潮湿的地方。处理方法如下：
第一步，把藤椅搬到通风处，用软毛刷把表面的霉点刷掉。
第二步，用淡盐水或稀释的白醋擦拭藤条，盐水能抑制霉菌。
第三步，放在阴凉通风处晾干，不要暴晒，否则藤条会变脆开裂。
平时藤椅要离墙摆放，梅雨季节可以在椅子下面放一袋干燥剂。如果霉斑已经渗进藤条深处，就只能请师傅更换藤条了。
""",
    ),
    dict(
        slug="anthology-yiyuan-salt-jar-memoir",
        site="忆园文存 (invented)",
        style="个人文集",
        genre="回忆散文",
        kind="essay",
        form="html",
        source="http://yiyuanwencun.example/juan2/023.htm",
        title="母亲的盐罐",
        record_title="《忆园文存》卷二·第二十三篇｜母亲的盐罐",
        date=None,
        notes="old gb2312 collection with marquee, chapter links and visitor counter; memoir, no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>《忆园文存》卷二·第二十三篇｜母亲的盐罐</title></head><body>
<table><tr><td><marquee>⟦m 忆园文存——一个退休邮递员的笔记⟧</marquee></td></tr></table>
<table><tr><td>⟦l 《忆园文存》卷二目录⟧ ⟦l 上一章：父亲的邮包⟧ ⟦l 下一章：门前那条河⟧</td></tr></table>
<center><h2>{T}</h2></center>
{BODY}
<table><tr><td>⟦m 作者信箱：yiyuan_laoqiao@example.com⟧</td><td>⟦m 您是第 008812 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
母亲的灶台上有一只黑釉盐罐，罐口缺了一小块，是我小时候碰掉的。
那些年盐金贵，母亲每次放盐都用一把小木勺，舀一点，再抖掉一半。她说，盐要省着吃，日子才能细水长流。
罐子里的盐受潮结块了，母亲就把它放在灶膛边烘一烘，用筷子捣散。
如今母亲不在了，那只盐罐摆在我书房的架子上。每次看到它，我就想起母亲在灶前弯腰的样子。
""",
    ),
    dict(
        slug="anthology-mugeng-paddle-essay",
        site="木耕集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://mugengji.example/wenji/0419.txt",
        title="一把饭勺的四十年",
        record_title="一把饭勺的四十年（木耕集之十九）— 木耕个人文集",
        date=None,
        notes="text collection; hard-wrapped at 66 columns; 写于 line with only a year",
        wrap=66,
        indent="\u3000\u3000",
        page="""
!m 木耕个人文集 · 第三辑
!l 目录｜上一篇｜下一篇
{T}
{BODY}
写于二〇二三年冬
!m 收录日期：上周　字数：约300字
""",
        body="""
家里那把竹饭勺，是外公亲手削的，算起来用了整整四十年。勺面被磨得薄薄的，边缘泛着油亮的黄色。
小时候盛饭，我总嫌它不如铝勺轻巧，母亲却舍不得换。她说，竹勺不粘饭，也不烫手，外公削了三天才削成。
后来搬进新楼，家里添了电饭煲，配了塑料饭勺，竹勺就挂在了厨房墙上。母亲每年端午还会拿下来擦一遍油，再挂回去。她说，东西用旧了，情分还在。
""",
    ),
    dict(
        slug="party-dangjian-speech-basket-volunteer",
        site="镬湾党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.huowandj.example/llxx/2024/0701/6612.html",
        title="在“党员提篮进社区”志愿服务启动仪式上的讲话",
        record_title="【七一专题】在“党员提篮进社区”志愿服务启动仪式上的讲话_理论学习_镬湾党建网",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="Party portal with study-points prompt; date in Chinese numerals under the speech title; speaker line neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【七一专题】在“党员提篮进社区”志愿服务启动仪式上的讲话_理论学习_镬湾党建网</title></head><body>
<div class="banner">⟦m 镬湾党建网 · 红色引擎⟧</div>
<nav>⟦m 首页⟧ ⟦m 理论学习⟧ ⟦m 支部风采⟧</nav>
<div class="path">⟦m 当前页：首页 → 理论学习⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发稿：2024-07-01　来源：镬湾区委组织部⟧</div>
<p>（二〇二四年六月二十八日）</p>
<p>区委组织部部长　柯明远</p>
{BODY}
<div class="score">⟦a 学完本篇可得学习积分2分，请登录记录⟧</div>
<footer>⟦m 镬湾区委组织部主办 ICP备案号：闽ICP备22004571号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天，我们启动“党员提篮进社区”志愿服务活动。所谓“提篮”，就是党员每周提着菜篮子，为社区里行动不便的老人代买蔬菜、送上门去。
全区已有420名党员报名，结成帮扶对子310个。⟦m 图为党员志愿者代表领取爱心菜篮。⟧
希望大家做到三点：一是守时，约好的时间准时送到；二是细心，菜价要记清楚、账目要公开；三是贴心，多陪老人说说话。
一只菜篮装的是蔬菜，更装着党组织对群众的关心。
""",
    ),
    dict(
        slug="party-xianfeng-bulletin-salt-canteen",
        site="甒原先锋网 (invented)",
        style="党建网",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://xianfeng.wuyuan.example/xd/2024/1015/3310.html",
        title="从机关食堂的一只盐罐说起",
        record_title="党员心声｜从机关食堂的一只盐罐说起 - 甒原先锋网",
        date="2024-10-15",
        notes="text Party site; byline 发布时间 is the page's date",
        page="""
!m 甒原先锋网 - 党员心声
{T}
!m 发布时间：2024年10月15日　作者：甒原县机关事务中心 邹晓
!a 【大号字】【标准字】【收藏本文】
{BODY}
!l 推荐阅读：机关节能降耗倡议 / 厉行节约从我做起
!m 主办：中共甒原县委组织部
""",
        body="""
机关食堂的打菜窗口旁，放着一只贴着标签的小盐罐，标签上写着：“每份汤限盐1克”。
起初，不少同事觉得菜淡了，有意见。食堂管理员老何没有急着改，而是每周在公示栏贴出一张减盐小知识，还请同事们写意见。
三个月后，抱怨声少了，体检报告里血压偏高的人也少了。
我的体会是，为群众办事，既要坚持原则，也要耐心做工作，小小一只盐罐里也有群众路线。
""",
    ),
    dict(
        slug="hospital-renkang-paddle-scald",
        site="醴坪市人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="article",
        form="html",
        source="https://www.lipingrmyy.example/jkkp/2024/0818/412.html",
        title="饭勺烫伤孩子，家长这样处理",
        record_title="【健康讲座】饭勺烫伤孩子，家长这样处理 - 醴坪市人民医院",
        date="2024-08-18",
        record_date="2024-08-18",
        notes="hospital with booking float, 24-hour line; department's 咨询电话 beside it",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【健康讲座】饭勺烫伤孩子，家长这样处理 - 醴坪市人民医院</title></head><body>
<div class="top">⟦m 醴坪市人民医院 三级甲等综合医院⟧ ⟦m 全天候急救电话：0745-2290120⟧</div>
<nav>⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 健康科普⟧</nav>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-08-18　供稿：烧伤整形科⟧</div>
{BODY}
<div class="float">⟦a 挂号请点我，手机预约免排队⟧</div>
<aside>⟦l 科室专家：林向晨 主任医师⟧</aside>
<footer>⟦m 地址：醴坪市健康路88号⟧ ⟦d 科普文章仅供参考，不能代替面诊⟧</footer>
</body></html>
""",
        body="""
夏天孩子在厨房玩耍，很容易被刚盛过热饭的金属饭勺烫伤。
烫伤后，家长要立即用流动的凉水冲洗烫伤处15至20分钟，不要涂牙膏、酱油。
如果起了水疱，不要自行挑破，用干净纱布盖住后尽快就医。烫伤面积超过孩子一个手掌大小时，必须到医院处理。
平时饭勺用完要放在孩子够不着的地方，盛饭时让孩子离灶台远一点。
烧伤整形科咨询电话：0745-2290376。
""",
    ),
    dict(
        slug="hospital-kangning-rattan-chair-posture",
        site="糗塘县中医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="article",
        form="text",
        source="http://www.qtzyy.example/news/show.php?id=9071",
        title="久坐藤椅腰酸背痛？康复科医生支招",
        record_title="久坐藤椅腰酸背痛？康复科医生支招_健康宣教_糗塘县中医院",
        date=None,
        notes="text hospital page; share stamp not a date; numbered list",
        page="""
!m 糗塘县中医院 | 预约挂号 | 专家介绍
{T}
!m 分享于 2 周前　浏览 532
{BODY}
!m 预约热线：0743-6611999（周一至周日 8:00-17:00）
!d 本文内容仅作健康宣教，具体诊疗请遵医嘱。
""",
        body="""
不少老人喜欢整天坐在藤椅上看电视，时间长了就腰酸背痛。康复科医生提醒：
1.老式藤椅椅面下陷，腰部缺少支撑，最好在腰后垫一个小靠枕。
2.每坐40分钟起身活动5分钟，做做伸腰、转颈动作。
3.藤椅过矮时，可在椅面加一块硬坐垫，让膝盖略低于臀部。
如果疼痛持续一周以上，应到康复科就诊，不要自己随意贴膏药或找人推拿。
""",
    ),
    dict(
        slug="univ-jiangnan-vinegar-lab-news",
        site="鹾城农学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.cuocheng-agri.edu.example/info/1021/7730.htm",
        title="我校食品学院研制出可回收醋瓶新型密封盖",
        record_title=None,
        date="2024-11-20",
        notes="university news page; missing title found in h1; byline date; photo caption and editor line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹾城农学院新闻网</title></head><body>
<div class="hd">⟦m 鹾城农学院新闻网⟧ ⟦m 学校主页⟧ ⟦m 校园媒体⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-11-20　作者：食品学院 孔令雪　审核：何涛⟧</div>
{BODY}
<div class="share">⟦l 分享这一条：微信 QQ空间⟧</div>
<footer>⟦m 鹾城农学院党委宣传部 版权所有⟧</footer>
</body></html>
""",
        body="""
近日，我校食品学院酿造工程团队研制出一种可回收醋瓶用的新型硅胶密封盖，已申请国家发明专利，并通过了第三方检测机构的耐酸测试。
传统醋瓶的金属盖容易被醋酸腐蚀生锈，新密封盖耐酸、可反复使用，能让醋瓶回收后直接重新灌装。
⟦m 图为团队成员在实验室测试密封盖。⟧
团队负责人介绍，目前已与两家本地醋厂开展试用，下一步将继续降低生产成本，争取明年在全省推广，让更多醋瓶“回家再用”。
""",
    ),
    dict(
        slug="univ-shida-basket-practice-summary",
        site="醯水师范学院 (invented)",
        style="高校官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xishuinu.edu.example/tw/2024/0910/3321.html",
        title="“竹篮传艺”暑期社会实践团工作总结",
        record_title="团委动态 | “竹篮传艺”暑期社会实践团工作总结",
        date="2024-09-08",
        date_also=["2024-09-10"],
        notes="text university page; 成文日期; site date differs",
        page="""
!m 醯水师范学院团委
!m 首页 >> 团委动态
{T}
!m 2024-09-10　浏览次数：210
{BODY}
!l 【上一条】迎新志愿者招募　【下一条】社团年审通知
!m 版权所有：醯水师范学院团委
""",
        body="""
今年暑假，我院“竹篮传艺”社会实践团12名同学赴醯水县馐岭村，开展了为期10天的实践活动。
实践团跟随村里的老篾匠学习编菜篮，记录整理编织工艺口述资料3万余字，拍摄短视频8条。
同学们还帮助村合作社开设网店，上架竹编菜篮12款，十天内卖出160只。
通过实践，同学们深刻体会到传统手艺传承的不易。
醯水师范学院团委
2024年9月8日
""",
    ),
]
