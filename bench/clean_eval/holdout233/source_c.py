"""holdout233, part C: Q&A sites, personal collections, Party-building, hospital and university sites.

Every page, place, person, firm, site, URL and number here is invented; see ../README.md
and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="qa-zhilin-answer-homemade-bird-feeder-food",
        site="知邻问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhilinwenda.com/q/30981764.html",
        title="自制喂鸟器里放什么食物比较好？",
        record_title=None,
        date=None,
        notes="Q&A page; no title in the record, the question is the title; the adopted answer is the body; "
        "'回答于 2 天前' is no date; vote row, an adopted badge, more answers and an ask box are chrome",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知邻问答 - 有问题，问邻居</title>
<script>window.__Q__={qid:30981764};</script>
</head><body>
<div class="zl-top"><a href="/">⟦m 知邻问答⟧</a> <input placeholder="搜索问题"> <a href="/ask">⟦a 我要提问⟧</a></div>
<div class="zl-crumb">⟦m 知邻问答 › 生活 › 宠物与动物⟧</div>
<div class="zl-q"><h1>{T}</h1>
<p class="zl-qd">⟦m 提问者：阳台上的老周 · 5 天前 · 浏览 1208 次⟧</p>
<p class="zl-qx">孙子做了个木头喂鸟器挂在阳台外，不知道该放点什么，剩饭行不行？</p></div>
<div class="zl-a best"><span class="badge">⟦l ✔ 提问者采纳⟧</span>
<p class="zl-au">⟦m 林间拾羽 · 观鸟爱好者 · 回答于 2 天前⟧</p>
<div class="zl-ac">
{BODY}
</div>
<div class="zl-vote">⟦l 👍 有用 236　👎 没用 3　💬 评论 12⟧</div></div>
<div class="zl-more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 路过的鸟友：放小米就行，别放盐多的东西⟧</p><p>⟦l 阿九：我放的是苹果块，来了好多白头翁⟧</p></div>
<div class="zl-ask">⟦a 没找到想要的答案？立即向邻居们提问⟧</div>
<div class="zl-foot">⟦d 回答内容仅代表网友个人观点，不构成专业建议⟧ ⟦m © 知邻问答 zhilinwenda.com⟧</div>
</body></html>
""",
        body="""
剩饭最好不要放。米饭、馒头、面包这类加工食品含盐、含油，鸟吃多了不好，天热还容易发霉。
比较合适的有这几样：
1．小米、黍子等谷物，麻雀、斑鸠都爱吃；
2．去壳的葵花籽、花生碎，不要用炒过加盐的；
3．冬天可以挂一小块无盐的动物板油，山雀很喜欢；
4．苹果、梨切成小块，能招来白头鹎和绣眼鸟。
另外提醒两点：一次不要放太多，够一两天吃完就行；喂鸟器每隔一两周用开水烫洗一次，晾干再用，防止鸟类之间传染疾病。
""",
    ),
    dict(
        slug="qa-zhilin-text-hoop-fell-property-liability",
        site="邻帮帮问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://linbangbang.cn/question/880215",
        title="小区篮球架倒了砸伤孩子，物业要不要担责？",
        record_title="问：小区篮球架倒了砸伤孩子，物业要不要担责？（已有5个回答）- 邻帮帮问答",
        date=None,
        notes="Q&A as text; decorated question title; the best answer is the body; relative times ('昨天') are no "
        "dates; a lawyer-consult ad and the other answers are chrome",
        page="""
!m 邻帮帮问答 · 社区生活百事通
!m 邻帮帮 > 法律 > 物业纠纷
!t 小区篮球架倒了砸伤孩子，物业要不要担责？
!m 提问于 昨天 · 7 个关注 · 1.1万 次浏览
!l ★ 最佳回答
!m 答主：执业律师 严青岚　　回答于 昨天 22:14
{BODY}
!l 赞同 318　　反对 2　　收藏　　举报
!w 遇到类似纠纷？在线律师 3 分钟回复，立即咨询 >>
!l 其他回答（4）
!l 小区业主老林：我们小区也有个篮球架，底座都锈穿了
!l 匿名用户：先报警留证据，再找物业
!m 邻帮帮问答 linbangbang.cn　京ICP备23016482号
""",
        indent="",
        body="""
原则上要担责，但要看篮球架归谁管、倒下的原因是什么。
第一，小区里的篮球架一般属于业主共有的公共设施，物业服务合同约定由物业公司维护的，物业就负有定期检查、及时维修的义务。篮球架底座锈蚀、配重缺失多年没人管，因此倒下伤人的，物业公司应当承担赔偿责任。
第二，如果是孩子吊在篮圈上荡秋千导致篮球架倾倒，监护人也有看管不周的过错，可以相应减轻物业的责任。
第三，建议家长先带孩子就医，保留好病历和票据，拍下篮球架锈蚀、倒地的照片，再与物业协商；协商不成的，可以向法院起诉。
""",
    ),
    dict(
        slug="collection-laoji-memoir-wooden-hoop-village",
        site="老屐文存 (invented, personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laoji-wencun.com/wz/sanwen/0314.htm",
        title="村口那副木篮球架",
        record_title="村口那副木篮球架【軎水拾遗·之十四】- 老屐文存",
        date=None,
        notes="a retired teacher's collection in an old table layout with a marquee, chapter links, a visitor counter and "
        "the author's mailbox; the memoir ends with a season-and-year line (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>村口那副木篮球架【軎水拾遗·之十四】- 老屐文存</title>
<style>body{background:#f6f1e4}</style>
</head><body>
<table width="780" align="center" border="0">
<tr><td class="title">⟦m 老屐文存⟧</td></tr>
<tr><td><marquee>⟦m 一个乡村教师的旧纸堆，欢迎老乡们常来坐坐⟧</marquee></td></tr>
<tr><td class="menu"><a href="/index.htm">⟦m 文存首页⟧</a>　<a href="/wz/sanwen/">⟦m 軎水拾遗⟧</a>　<a href="/wz/shici/">⟦m 打油诗抄⟧</a>　<a href="/ly.asp">⟦m 给我留言⟧</a></td></tr>
<tr><td align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 軎水拾遗 · 第十四篇⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←第十三篇 屐塘的老渡口⟧　⟦l 目录⟧　⟦l 第十五篇 腊月里杀年猪→⟧</td></tr>
<tr><td align="center">⟦m 作者信箱：laoji1951@163.com⟧</td></tr>
<tr><td align="center">⟦m 本站已接待来客 0027315 人次⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我们屐塘村的第一副篮球架，是一九七八年冬天立起来的。那年大队买不起铁架子，木匠齐老六带着几个后生，从后山砍了两根杉木当立柱，篮板是拆了旧仓库的门板钉的，篮圈是铁匠用钢筋弯的。
立架子那天，全村老少都来看。队长拿来一只补过好几次的篮球，第一个投篮，没进，大家笑成一片。
后来的十几年，那副木篮球架下出了好几个县中学的篮球队员。木头立柱被雨淋得发黑，每年秋收后，齐老六都要爬上去紧一紧螺丝，刷一遍桐油。
一九九三年，村小建起了水泥球场，木篮球架才被拆下来，立柱劈了当柴烧。我后来常想，那两根杉木，烧起来一定很旺。
二〇一九年秋　记于軎水河畔
""",
    ),
    dict(
        slug="collection-wanhe-essay-father-bamboo-stand-oneline",
        site="晚禾集 (invented, personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wanheji.net/jiachang/03.html",
        title="父亲的竹花架",
        record_title="父亲的竹花架（家常旧物篇之三）— 晚禾集",
        date=None,
        notes="an essay on one line (paragraphs apart only by their indent); no date (only 'that year'); a "
        "collection header, chapter links and a reprint notice",
        page="""
!m 晚禾集　·　一个中学语文老师的文字小院
!m 目录 ／ 家常旧物 ／ 第三篇
!t 父亲的竹花架（家常旧物篇之三）
{BODY}
!l 上篇：母亲的针线笸箩　　下篇：那台红灯牌收音机
!d 本集文字均为原创，转载请先写信征得作者同意。
!m wanheji.net
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲退休那年，在院子里搭了一个竹花架。竹子是他从舅舅家的竹林里挑的，每根都晾了一个夏天。
花架有三层，最上层放吊兰，中间放月季，最下层是几盆韭菜和葱。父亲说，花要看，菜也要吃。
竹花架用了七八年，竹节处开裂了，父亲就用铁丝一道道缠紧。我劝他买个铁花架，他不肯，说竹子透气，花长得好。
父亲走后的第二年，竹花架在一场大雨后倒了。我把它拆开，挑了几根还结实的竹子，在阳台上又搭了一个小的，放着父亲留下的那盆吊兰。
""",
    ),
    dict(
        slug="dangjian-yuanchuan-summary-red-boards-community",
        site="辕川党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.ycdj.gov.cn/zbfc/2025/0718/6627.html",
        title="机关第三党支部“红色展板进小区”活动总结",
        record_title="【支部工作台】机关第三党支部“红色展板进小区”活动总结_辕川党建网",
        date="2025-07-15",
        date_also=["2025-07-18"],
        notes="Party-building portal with a study-points prompt, a read-on-phone QR line, a table of boards by community "
        "(one row a paragraph), a points line glued after a sentence; the page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【支部工作台】机关第三党支部“红色展板进小区”活动总结_辕川党建网</title>
<script src="/js/xxqg-points.js"></script>
</head><body>
<div class="dj-head">⟦m 辕川党建网⟧ <span>⟦m 中共辕川县委组织部主办⟧</span></div>
<div class="dj-nav"><a>⟦m 首页⟧</a><a>⟦m 组工动态⟧</a><a>⟦m 支部风采⟧</a><a>⟦m 党员教育⟧</a><a>⟦m 远程教育⟧</a></div>
<div class="dj-pos">⟦m 现在位置：辕川党建网 ＞ 支部风采⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 来源：县直机关工委　发布日期：2025-07-18　浏览量：1109⟧</div>
<div class="dj-points">⟦a 登录“辕川e支部”阅读本文满3分钟，可记学习积分1分⟧</div>
<div class="dj-txt">
{BODY}
</div>
<p class="dj-qr">⟦a 手机扫一扫，随时读支部动态⟧</p>
<div class="dj-pn">⟦l 上一篇：县医保局党支部开展“政策明白纸”入户活动⟧<br>⟦l 下一篇：旂坪镇举办村“两委”干部轮训班⟧</div>
</div>
<div class="dj-foot">⟦m 主办：中共辕川县委组织部　技术支持：辕川县融媒体中心⟧<br>⟦m 赣ICP备16007341号-2⟧</div>
</body></html>
""",
        body="""
今年5月至7月，机关第三党支部组织党员开展“红色展板进小区”活动，在联系的3个小区设置党史和政策宣传展板，现将活动情况总结如下。
一、基本情况。支部23名党员分成3个小组，利用周末设计制作展板，在小区出入口和休闲广场共设置展板27块，更换版面2次。
小区　展板数　讲解场次
辋桥社区　11　6
旄园社区　9　4
通衢花园　7　3
二、主要做法。展板内容由党员自己撰写，讲党史故事，也讲医保、养老等居民关心的政策。每块展板旁安排党员轮流值守讲解。⟦a 阅读本文可得学习积分⟧
三、下一步打算。支部将把展板交由社区党组织管护，每季度共同更新一次内容。
中共辕川县直机关第三支部委员会
2025年7月15日
""",
    ),
    dict(
        slug="dangjian-guyang-host-script-bird-care-day",
        site="毂阳先锋网 (invented, Party-building)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.gyxianfeng.cn/ztdr/2025/1203/2218.html",
        title="“护鸟有我”党员志愿服务日活动主持词",
        record_title="〖主题党日〗“护鸟有我”党员志愿服务日活动主持词（主持稿）- 毂阳先锋网",
        date=None,
        notes="Party site text page; a host script (no date); a study-app prompt, a QR line and a breadcrumb; the "
        "script speaks of hanging bird feeders and of scanning a QR code to sign in (content)",
        page="""
!m 毂阳先锋网　党员身边的学习园地
!m 您在这里：首页 》 主题党日 》 活动范本
!t 〖主题党日〗“护鸟有我”党员志愿服务日活动主持词
!m 责任编辑：韦璋　　阅读：612
!a 打开“毂阳先锋”App，学习时长自动累计
{BODY}
!a 扫码把本页转到手机
!l 往期范本：“清洁家园”主题党日主持词 ｜ 党员志愿服务队授旗仪式主持词
!m 中共毂阳市委组织部 主办　毂阳先锋网 版权所有
""",
        indent="\u3000\u3000",
        body="""
各位党员同志们：
大家上午好！今天是我们支部的主题党日。冬天到了，軎水湿地的留鸟觅食困难，支部决定开展“护鸟有我”志愿服务，为湿地公园安装喂鸟器。
首先，请大家扫描签到表上的二维码完成签到，并领取工具包。
下面进行第一项：请支部书记闻季平同志作动员讲话。
进行第二项：请园林站的卫平同志讲解喂鸟器的安装位置和添食要求。
进行第三项：各小组按照分工，到指定区域安装喂鸟器，每组负责8个。
同志们，今天我们挂起的是一个个小小的喂鸟器，传递的是共产党员爱护生态的责任。活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-yuanchuan-notice-ward-stands-clearing",
        site="辕川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycxrmyy.com/ywgk/tzgg/2025-03-24/1031.html",
        title="关于清理住院楼走廊和窗台花架的通知",
        record_title="关于清理住院楼走廊和窗台花架的通知-院务公开-辕川县人民医院",
        date="2025-03-21",
        date_also=["2025-03-24"],
        notes="hospital site with a booking float, a 24-hour line and an experts list; the logistics department's "
        "own 联系电话 beside the hospital's switchboard; the page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于清理住院楼走廊和窗台花架的通知-院务公开-辕川县人民医院</title>
<script src="/static/js/yygh-float.js"></script>
</head><body>
<div class="hp-top">⟦m 辕川县人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> <span>⟦m 急救热线：0741-3120120（全天候）⟧</span></div>
<div class="hp-nav"><a>⟦m 医院概况⟧</a><a>⟦m 科室导航⟧</a><a>⟦m 就医指南⟧</a><a>⟦m 院务公开⟧</a><a>⟦m 健康科普⟧</a></div>
<div class="hp-pos">⟦m 当前位置 → 首页 → 院务公开 → 通知公告⟧</div>
<div class="hp-art">
<h1>{T}</h1>
<div class="hp-info">⟦m 发布：后勤保障部　日期：2025-03-24　阅读：365⟧</div>
<div class="hp-txt">
{BODY}
</div>
</div>
<div class="hp-side"><h4>⟦l 专家出诊⟧</h4><p>⟦l 呼吸内科 向伯韬 主任医师 周二上午⟧</p><p>⟦l 骨科 苗承宇 副主任医师 周四全天⟧</p></div>
<div class="hp-float">⟦a 微信预约挂号 · 点我⟧</div>
<div class="hp-foot">⟦m 医院地址：辕川县鼓楼路2号　总机：0741-3121000⟧<br>⟦m 赣ICP备11003928号⟧</div>
</body></html>
""",
        body="""
各科室、病区：
近期检查发现，住院楼部分走廊、窗台摆放了患者家属和职工自带的花架和盆栽，既占用消防通道，又可能滋生霉菌、蚊虫，不利于患者康复。经医院研究，决定开展一次集中清理。
一、3月31日前，各病区清理走廊、楼梯间摆放的花架，窗台上的花盆一律撤下。
二、医护办公区确需摆放绿植的，须使用落地式花架，靠墙放置，不得遮挡消防栓和安全出口标志。
三、呼吸科、血液科等病区禁止摆放鲜花和盆栽。
四、清理出的花架可由后勤保障部统一暂存，联系电话：0741-3121186。
辕川县人民医院
2025年3月21日
""",
    ),
    dict(
        slug="hospital-guyang-children-article-sandpit-hygiene",
        site="毂阳市妇幼保健院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.gyfybjy.cn/jkkp/ekhl/20250527/512.html",
        title="孩子玩沙坑后，这几点清洁要做好",
        record_title="【儿科护理小讲堂】孩子玩沙坑后，这几点清洁要做好 - 毂阳市妇幼保健院",
        date="2025-05-27",
        notes="hospital science article; the byline's 发布时间 is the date; a booking line and a hotline in the "
        "footer; the article's own 咨询电话 stays",
        page="""
!m 毂阳市妇幼保健院
!m 首页 ＞ 健康科普 ＞ 儿科护理
!t 【儿科护理小讲堂】孩子玩沙坑后，这几点清洁要做好
!m 发布时间：2025-05-27　作者：儿童保健科 练秋霜　浏览次数：903
{BODY}
!a 关注“毂阳妇幼”服务号，线上预约儿保门诊
!l 推荐阅读：夏季宝宝腹泻护理要点 ｜ 儿童手足口病居家护理
!m 预约电话：0745-8069900　　24小时值班电话：0745-8069120
!m 毂阳市妇幼保健院 版权所有
""",
        indent="\u3000\u3000",
        body="""
天气暖和了，很多孩子喜欢在小区、公园的沙坑里玩耍。玩沙能锻炼孩子的手部精细动作，但沙坑里也可能藏着细菌和寄生虫卵。儿童保健科提醒家长，玩沙后要注意以下几点。
一、先拍打，再洗手。离开沙坑前先拍掉衣服和鞋里的沙子，然后用流动水和洗手液洗手，指甲缝要重点清洗。
二、不要揉眼睛。沙粒进眼后用清水冲洗，不要用手揉，冲洗后仍有异物感的应及时就医。
三、检查皮肤。发现手脚有划伤，先用清水冲洗，再用碘伏消毒。
四、回家换衣服。玩沙的衣服最好单独清洗。
如孩子玩沙后出现皮疹、腹泻，可拨打儿童保健科咨询电话0745-8069231。
""",
    ),
    dict(
        slug="college-guyang-news-east-court-hoops",
        site="毂阳学院 (invented, university news)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.gyxy.edu.cn/info/1032/18840.htm",
        title="体育学院完成东区球场篮球架更新",
        record_title=None,
        date="2025-09-05",
        notes="university news page; no title in the record, the <h1> holds it; a dotted date in the byline is the "
        "date; a photo caption between paragraphs, a campus quick-link bar and a footer",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>毂阳学院新闻网</title>
<script src="/_js/_portletPlugs/sudy.js"></script>
</head><body>
<div class="xy-head">⟦m 毂阳学院新闻网⟧ <a href="https://www.gyxy.edu.cn">⟦m 学校主页⟧</a> <a href="/tg/">⟦a 在线投稿⟧</a></div>
<div class="xy-nav"><a>⟦m 学院要闻⟧</a><a>⟦m 综合新闻⟧</a><a>⟦m 院部动态⟧</a><a>⟦m 媒体毂院⟧</a></div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-meta">⟦m 2025.09.05　文/图：体育学院 尤子衿　审核：庞立⟧</div>
<div class="xy-body">
{BODY}
</div>
<div class="xy-count">⟦m 点击量：[ 2036 ]⟧</div>
<div class="xy-pn">⟦l 上一条：我校2025级新生报到工作顺利完成⟧<br>⟦l 下一条：图书馆开展新生入馆教育⟧</div>
</div>
<div class="xy-quick">⟦l 快速通道：信息门户 | 教务系统 | 校园邮箱 | 图书馆⟧</div>
<div class="xy-foot">⟦m 地址：毂阳市麾湖区学院路1号　邮编：276800⟧<br>⟦m 毂阳学院党委宣传部 版权所有⟧</div>
</body></html>
""",
        body="""
新学期开学前，体育学院完成了东区室外球场12副篮球架的更新工作，新篮球架已于9月1日起投入使用。
东区球场建于2008年，原有篮球架使用十余年，部分立柱锈蚀、篮板老化。今年暑假，学校投入资金38万元，将其全部更换为可调节高度的液压篮球架，篮板四周加装了防撞包边。
⟦m 更新后的东区篮球场 尤子衿 摄⟧
体育学院副院长邱明澈介绍，新篮球架底座配重达到1.2吨，抗倾倒性能明显提升。学院还制定了球场设施巡查制度，每周由场馆中心检查一次螺栓和配重。
""",
    ),
    dict(
        slug="college-guyang-notice-graduation-boards-decimal",
        site="毂阳学院艺术设计学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://art.gyxy.edu.cn/jxtz/2025/0418/401.html",
        title="关于毕业设计作品展展板制作要求的通知",
        record_title="关于毕业设计作品展展板制作要求的通知｜艺术设计学院·教学通知 - 毂阳学院",
        date="2025-04-18",
        notes="college notice with decimal headings (1.1 … 3.2); sentences on downloading the template are content; "
        "成文日期 under the signature; a click counter and a quick-link footer",
        page="""
!m 毂阳学院 艺术设计学院
!m 首页 » 教学通知
{T}
!m 发布人：教学办　　点击次数：744
{BODY}
!l 上一篇：2025届毕业设计中期检查安排
!l 下一篇：关于组织参加省大学生广告艺术大赛的通知
!m 版权所有 © 毂阳学院艺术设计学院　地址：学院路1号艺设楼
""",
        indent="",
        body="""
2025届各毕业班：
学院毕业设计作品展定于6月6日开幕。为统一展陈效果，现将展板制作要求通知如下。
1　展板规格
1.1　每名学生制作展板2块，规格统一为60厘米×90厘米，竖版。
1.2　展板材料使用5毫米厚KT板，表面覆亚膜，不得使用反光材料。
2　版面内容
2.1　版面须包括作品名称、作者姓名、指导教师和200字以内的设计说明。
2.2　请从学院网站下载统一模板，标题栏和学院标识不得改动。
3　提交时间
3.1　5月20日前将电子稿提交指导教师审核。
3.2　5月30日前将制作好的展板交至艺设楼一楼展厅。
艺术设计学院
2025年4月18日
""",
    ),
]
