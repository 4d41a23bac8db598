"""holdout340, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text case each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenhe-curler-lashes-drop",
        site="问禾问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenhe-qa.example.com/question/60318826.html",
        title="睫毛夹夹翘的睫毛为什么过一会儿就塌下来了？",
        record_title=None,
        date=None,
        notes="no record title: the question in the <h1> is the title; the adopted answer is the body, with a vote row, "
        "an adopted badge and more answers; 回答于 a relative time",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>问禾问答 - 有问题，就问禾</title>
<script src="//static.wenhe-qa.example.com/js/qa.bundle.js"></script>
</head><body>
<div class="top">⟦m 问禾问答⟧ <input placeholder="输入你的问题"> ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="crumb">⟦m 问禾 › 时尚美妆 › 眼妆⟧</div>
<div class="q">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　浏览 3,204 次⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-author">⟦m 眼妆师阿楠　回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦l 有用 216　没用 4　评论 12⟧</div>
</div>
<div class="more"><h3>⟦l 其他 5 个回答⟧</h3>
<p>⟦l 七七：我是先刷一层底膏再夹，能撑一下午。⟧</p>
<p>⟦l 路过的猫：睫毛本来就下垂的话，试试加热的那种。⟧</p></div>
<div class="side"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 睫毛夹多久换一次胶条？⟧</li><li>⟦l 内双用什么弧度的睫毛夹⟧</li></ul></div>
<div class="ft">⟦d 问禾问答内容由网友提供，仅供参考，不构成专业建议⟧ ⟦m 沪ICP备20035569号⟧</div>
</body></html>
""",
        body="""
睫毛塌下来，一般是这几个原因。
第一，夹的方法不对。很多人只在睫毛根部用力夹一下，弧度是一个“折角”，很快就回弹了。正确做法是从根部、中段到末端分三次轻夹，每次停两三秒，夹出的是一条自然的弧线。
第二，睫毛膏选错了。太湿太重的睫毛膏会把刚夹好的睫毛压下去，可以先刷一层定型底膏，干了再上睫毛膏。
第三，睫毛夹的弧度不合适。眼睛比较平的，用弧度大的睫毛夹反而夹不到眼尾。
第四，胶垫老化了。胶垫出现深痕就要换，不然受力不均。
如果这些都试过还是塌，可以考虑用加热睫毛夹，但要注意温度，别烫到眼皮。
""",
    ),
    dict(
        slug="qa-zhiwen-remover-uses-text",
        site="知问吧 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.zhiwenba.example.net/q/8802317.html",
        title="洗甲水除了卸甲油，还能拿来擦什么？哪些东西千万不能擦？",
        record_title="洗甲水除了卸甲油，还能拿来擦什么？哪些东西千万不能擦？_知问吧",
        date=None,
        notes="Q&A text: a best-answer badge, a like row, another answer and a related list; 2 天前 is no date",
        page="""
!m 知问吧 | 你的疑问，总有人懂
!m 知问吧 > 生活常识 > 居家清洁
!t 洗甲水除了卸甲油，还能拿来擦什么？哪些东西千万不能擦？
!m 123人关注此问题　·　被浏览 8,916 次
!m ★ 最佳答案　　居家小达人Lily　2 天前
{BODY}
!l 👍 赞同 402　　💬 31 条评论　　↗ 转给朋友
!l 其他回答（共7条）
!l 旧物新用：我用来擦过键盘上的记号笔，效果不错。
!l 查看全部回答 >
!d 声明：知问吧回答仅代表网友个人观点，与本站无关。
""",
        body="""
洗甲水的主要成分一般是丙酮或乙酸乙酯，溶解能力很强，用对了地方很方便，用错了也会闯祸。
可以擦的：玻璃杯、瓷砖上的油性笔痕迹；剪刀、指甲钳上的胶渍；贴过标签的玻璃瓶上残留的背胶。用棉签蘸少量擦拭，擦完用清水冲一下。
不能擦的：一是塑料和亚克力制品，比如手机壳、眼镜片、塑料表盘，会发白、变雾甚至溶化；二是油漆面和实木家具，会把漆擦掉；三是人造革和部分化纤衣物，会褪色起皱。
另外提醒两点：用的时候开窗通风，远离燃气灶和烟头；家里有小孩的，一定把洗甲水放在够不着的地方。
""",
    ),
    dict(
        slug="collection-laoqin-memoir-father-brow-razor",
        site="老秦文集 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laoqin-wenji.example.cn/wj/tits/05.htm",
        title="父亲的刮眉刀",
        record_title="《剃头铺旧事》之五：父亲的刮眉刀 — 老秦文集",
        date=None,
        notes="old table layout: 繁體/简体 links, chapter links, a visitor counter and the author's mailbox; a memoir "
        "ending with a season and a place only, so no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《剃头铺旧事》之五：父亲的刮眉刀 — 老秦文集</title>
<script language="JavaScript" src="../js/fanjian.js"></script>
</head>
<body bgcolor="#f3ecdc">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td><font size="4" color="#5a3e1b">⟦m 老秦文集⟧</font>　<font size="2">⟦m 一个老剃头匠的闲笔⟧</font></td>
<td align="right"><a href="javascript:toTrad()">⟦a 繁體⟧</a>  <a href="javascript:toSimp()">⟦a 简体⟧</a></td></tr>
<tr><td colspan="2">⟦m 文集目录 → 剃头铺旧事 → 第五篇⟧</td></tr>
<tr><td colspan="2" align="center"><font size="5">{T}</font></td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td>⟦l ◁ 第四篇：围布和荡刀布⟧</td><td align="right">⟦l 第六篇：镇上最后一把转椅 ▷⟧</td></tr>
<tr><td colspan="2" align="center">⟦l 返回《剃头铺旧事》目录⟧</td></tr>
<tr><td colspan="2" align="center"><font size="2">⟦m 来信请寄：laoqin_tt@example.cn⟧<br>
⟦m 自2006年开张以来，本文集已迎来第 058213 位读者⟧<br>
⟦d 文集内文字均系作者原创，转载请先来信⟧</font></td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲在窕口镇老街开了三十多年剃头铺，店里最金贵的不是那把转椅，而是一把刮眉刀。
那把刀比普通剃刀窄一半，刀身只有小指宽，是他出师那年师傅送的。平常它用红绸子包着，放在抽屉最里面，只有给新娘开脸、给老人修眉时才拿出来。
父亲修眉的时候屏着气，左手拇指轻轻绷住眉梢，右手的刀贴着皮肤一点一点推过去，一根杂毛都不留，也从来没见过血。镇上的人都说，秦师傅的刀比镊子还稳。
父亲走后，那把刮眉刀传到了我手里。我剃了几十年头，却始终不敢用它给人修眉，总觉得自己的手没有父亲那么稳。
现在刀还包在那块红绸子里。偶尔拿出来擦一擦油，就好像又看见父亲站在店门口，对着太阳眯着眼看刀口。
癸卯年冬月，于窕口老街
""",
    ),
    dict(
        slug="collection-tongling-essay-wedding-false-lashes-oneline",
        site="瞳岭旧事录 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://tongling-jiushi.example.org/essay/06.txt",
        title="婚礼那天的假睫毛",
        record_title="（瞳岭旧事录·其六）婚礼那天的假睫毛",
        date=None,
        notes="the whole essay on one line, paragraphs apart only by their indent; a collection's header and footer; no date",
        page="""
!m 瞳岭旧事录　退休教师苏禾的文字
!m 目录 ＞ 其六
!t （瞳岭旧事录·其六）婚礼那天的假睫毛
{BODY}
!l 其五：供销社的雪花膏 ｜ 其七：县城第一家照相馆
!m 本录文字自存自看，欢迎来信：suhe_tl@example.org
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九八八年腊月，我在瞳岭中学教书，经人介绍认识了后来的老伴。婚礼前一天，在县城照相馆当化妆师的表姐，神神秘秘地从包里拿出一个小纸盒，里面是一对假睫毛。
那是我第一次见到假睫毛。表姐用一支小毛刷蘸了胶，对着镜子给我贴，我紧张得眼皮直跳，贴歪了两回。
婚礼那天，好多亲戚围着我看，说新娘子的眼睛像画上的人。可到了晚上，一只假睫毛不知什么时候掉了，掉进了酒席的汤碗里，惹得一桌人笑了半天。
三十多年过去，照片早已泛黄，那对假睫毛也不知去向。可每当孙女对着镜子贴假睫毛，我总会想起表姐那支小毛刷，想起那碗汤。
""",
    ),
    dict(
        slug="party-zhenchuan-speech-beauty-sector-party-building",
        site="鬒川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zcdj.example.cn/lxdj/202405/t20240520_4410.html",
        title="在全县美业行业党建工作推进会上的讲话",
        record_title="【党建+美业】在全县美业行业党建工作推进会上的讲话_两新组织_鬒川党建网",
        date="2024-05-16",
        date_also=["2024-05-20"],
        notes="Party-building portal with a study-points prompt and a read-on-phone QR line; date in Chinese numerals under "
        "the speech title (neutral line) and a speaker line with his role; the portal's date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【党建+美业】在全县美业行业党建工作推进会上的讲话_两新组织_鬒川党建网</title>
<script src="/js/djw.common.js"></script>
</head><body>
<div class="dj-head">⟦m 鬒川党建网⟧ ⟦m 中共鬒川县委组织部主办⟧</div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 组工动态⟧</li><li>⟦m 两新组织⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 基层风采⟧</li></ul>
<div class="dj-pos">⟦m 当前位置：首页 > 两新组织 > 工作动态⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布日期：2024-05-20　来源：县委两新工委　阅读：856⟧</div>
<p class="dj-date">（二〇二四年五月十六日）</p>
<p class="dj-author">县委组织部副部长、县委两新工委书记　郑国栋</p>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-score">⟦a 登录鬒川智慧党建，阅读满3分钟记1学习积分⟧</div>
<div class="dj-qr">⟦a 用手机扫一扫，在路上接着读⟧</div>
</div>
<div class="dj-side"><h4>⟦l 图片新闻⟧</h4><p>⟦l 快递小哥党支部开展“暖蜂驿站”活动⟧</p><p>⟦l 非公企业党组织书记培训班开班⟧</p></div>
<div class="dj-foot">⟦m 中共鬒川县委组织部 版权所有　地址：鬒川县人民路1号⟧<br>⟦m 湘ICP备12007734号-3⟧</div>
</body></html>
""",
        body="""
同志们：
全县现有美甲、美睫、美发等美业门店1140家，从业人员近五千人，大多是年轻人，流动性大，党建工作基础比较薄弱。今天召开这个会，就是要把党的组织和工作延伸到每一张美甲台前。
一要把组织建起来。年底前，县城三个片区各建立一个美业联合党支部，有3名以上党员的门店单独建立党小组。
二要把党员亮出来。在门店设立党员示范岗，党员技师带头用合格的美甲灯、带头做好工具消毒、带头诚信经营。
三要把服务做起来。组织党员技师每月到敬老院为老人修剪指甲，开展洗甲水等易燃品安全宣传。
同志们，行业虽小，党建不能缺位。希望大家以这次会议为契机，推动美业党建工作见到实效。
""",
    ),
    dict(
        slug="party-yanping-summary-lash-workshop-branch",
        site="靥坪先锋 (invented township Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://yp.zcdj.example.cn/jcdt/2024/0705/2287.html",
        title="矜塘村党支部2024年上半年“党建+睫毛车间”工作总结",
        record_title="【支部工作·产业党建】矜塘村党支部2024年上半年“党建+睫毛车间”工作总结 - 靥坪先锋",
        date="2024-07-02",
        date_also=["2024-07-05"],
        notes="Party-building text page: a study-points prompt glued after a sentence, a numbered list, 成文日期; the site's "
        "posting date differs",
        page="""
!m 靥坪先锋 · 靥坪镇党建网
!m 首页 » 基层动态 » 支部工作
!t 【支部工作·产业党建】矜塘村党支部2024年上半年“党建+睫毛车间”工作总结 - 靥坪先锋
!m 时间：2024年07月05日　来源：矜塘村　作者：村党支部
{BODY}
!a 〖点赞〗　〖转发到学习群〗
!l 相关阅读：窕口镇党委召开“两新”党建联席会　｜　靥坪镇开展七一走访慰问
!m 中共靥坪镇委员会主办　技术支持：鬒川县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
今年以来，村党支部把假睫毛加工车间作为带富增收的重要阵地，推动党建和产业同向发力。现将上半年工作总结如下。
1. 支部牵线，车间落地。支部书记带队到企业对接订单，把闲置的村小学改成加工车间，3月份正式开工，吸纳本村妇女48人。⟦a 本文阅读满2分钟可获1积分⟧
2. 党员带头，技术入门。4名女党员先到企业学会排睫、剪睫，再回村手把手教，新手平均两周就能独立交货。
3. 规范管理，安全生产。车间制定了用胶、用电和洗甲水存放规定，每天下班由党员值日检查。
上半年车间累计交货2.6万盒，村民人均增收5800元，村集体收取场地租金1.2万元。下半年，支部将争取第二家企业的订单，把车间扩大到80个工位。
中共靥坪镇矜塘村支部委员会
2024年7月2日
""",
    ),
    dict(
        slug="hospital-lanhu-derm-nail-lamp-uv",
        site="睐湖县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.lhxrmyy.example.cn/jkkp/pfk/2024/0614/933.html",
        title="常做美甲，手背上的色斑跟美甲灯有关吗",
        record_title="【皮肤健康】常做美甲，手背上的色斑跟美甲灯有关吗 ▸ 睐湖县人民医院",
        date="2024-06-14",
        notes="hospital page with a booking float, a 24-hour line and an experts list; the department's 咨询电话 stays in "
        "the body; byline 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【皮肤健康】常做美甲，手背上的色斑跟美甲灯有关吗 ▸ 睐湖县人民医院</title>
<script src="/static/js/hospital.js"></script>
</head><body>
<div class="h-top">⟦m 睐湖县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 24小时急救电话：0734-7711120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 健康科普⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="h-pos">⟦m 现在位置：首页 / 健康科普 / 皮肤科⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2024-06-14　作者：皮肤科 许安然　浏览次数：1027⟧</div>
<div class="h-body">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 皮肤科专家⟧</h4><p>⟦l 许安然 主任医师 周二、周四上午⟧</p><p>⟦l 蒋文斌 副主任医师 周一、周五全天⟧</p></div>
<div class="h-float">⟦a 预约挂号⟧ ⟦w 微信预约：睐湖县人民医院服务号⟧ ⟦a 返回顶部⟧</div>
<div class="h-foot">⟦m 地址：睐湖县健康路9号　总机：0734-7711000⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 湘ICP备13020487号⟧</div>
</body></html>
""",
        body="""
最近，皮肤科门诊来了不少常做美甲的年轻人，担心手背上冒出的小色斑和美甲灯有关。
美甲灯一般发出的是长波紫外线，用来让甲油胶固化。一次照射的时间不长，剂量不大，但如果每两三周做一次，每次双手反复照好几层，多年累积下来，手背皮肤确实可能出现光老化，表现为色斑、粗糙和细纹。
我们的建议是：照灯前在手背涂一层防晒霜，或者戴露指手套；不要为了快干延长照射时间；正在服用四环素类、喹诺酮类等光敏药物的人，最好暂停美甲。
如果手背色斑短时间内增多、颜色不均或者出现破溃，请及时到皮肤科就诊。
皮肤科咨询电话：0734-7711386（工作日8:00-17:30）
""",
    ),
    dict(
        slug="hospital-pinshan-eye-lash-curler-injuries",
        site="颦山县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.psxzyy.example.cn/news/ksdt/2024/1203/612.html",
        title="眼科关于谨防睫毛夹和假睫毛致眼部损伤的温馨提示",
        record_title="眼科园地 ｜ 眼科关于谨防睫毛夹和假睫毛致眼部损伤的温馨提示 - 颦山县中医医院",
        date="2024-12-02",
        notes="hospital text page: a booking line and an emergency line beside the department's own 咨询电话; a numbered "
        "list; 成文日期",
        page="""
!m 颦山县中医医院　PINSHAN HOSPITAL OF TCM
!m 网站首页 ＞ 科室动态 ＞ 眼科
!t 眼科园地 ｜ 眼科关于谨防睫毛夹和假睫毛致眼部损伤的温馨提示 - 颦山县中医医院
!m 编辑：院办　　来源：眼科　　访问量：733
{BODY}
!w 门诊预约请拨 0739-6230100 或关注“颦山中医院”服务号
!m 急诊24小时值班电话：0739-6230120
!l 上一篇：冬季养生膏方门诊开诊　　下一篇：关于调整元旦假期门诊安排的通知
!m 颦山县中医医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
近一个月，我院眼科接诊了7例与睫毛夹、假睫毛有关的眼部损伤患者，其中睫毛夹夹伤眼睑2例、假睫毛胶水入眼引起结膜炎4例、假睫毛刺激角膜1例。在此提醒广大爱美人士：
1. 使用睫毛夹时不要在摇晃的车上或边走边夹，夹口不要贴着眼睑边缘。
2. 假睫毛胶水要选正规产品，涂胶后等半干再贴，胶水不要沾到眼睛里。
3. 不要戴着假睫毛睡觉，也不要和别人共用睫毛夹、假睫毛。
4. 出现眼红、流泪、异物感、视物模糊，请立即停用并到眼科就诊，不要自行揉眼或滴用来路不明的眼药水。
眼科咨询电话：0739-6230263
颦山县中医医院眼科
2024年12月2日
""",
    ),
    dict(
        slug="univ-wuzhou-news-nail-contest-h1",
        site="妩州职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wzvtc.example.edu.cn/info/1021/8841.htm",
        title="我院学子在全省职业院校美甲技能竞赛中获一等奖",
        record_title=None,
        date="2024-05-17",
        notes="no record title (the <h1>); a dotted college date is the page's date; a photo caption between paragraphs; "
        "a 文/图/审核 line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>妩州职业技术学院</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="top">⟦m 妩州职业技术学院⟧ ⟦m 崇德 尚技 笃行⟧ ⟦a 信息门户⟧ ⟦a 图书馆⟧</div>
<ul class="nav"><li>⟦m 学院概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 教学科研⟧</li><li>⟦m 招生就业⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 » 学院新闻⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="date">⟦m 2024.05.17⟧ ⟦m 点击：<span id="dynclicks">641</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
</div>
<div class="side"><h3>⟦l 学院要闻⟧</h3><ul><li>⟦l 我院召开2024届毕业生就业推进会⟧</li><li>⟦l 美容美体艺术专业通过省级评估⟧</li></ul></div>
<div class="foot">⟦m 地址：妩州市翅湖区学院路2号　邮编：418000⟧<br>⟦m 版权所有 © 妩州职业技术学院　湘ICP备06011287号⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
5月14日至15日，全省职业院校技能竞赛美甲赛项在省城举行，我院美容美体艺术专业学生林可欣、贺雨桐组成的代表队获得一等奖，这是我院在该赛项取得的最好成绩。
本次比赛设甲型修整、光疗甲造型和主题彩绘三个环节，全省42所院校的84名选手参赛。比赛中，选手要在规定时间内完成甲面处理、上胶、美甲灯固化和彩绘，评委现场打分。
⟦m 图为我院选手在比赛中进行光疗甲造型⟧
指导教师介绍，两名同学从去年9月开始集训，每天练习5个小时以上，仅练习用的甲片就用掉了三千多片。
学院将以此次比赛为契机，进一步推进岗课赛证融通，提升学生的职业技能。⟦m 文/美容学院 马若琳　图/学生记者团　审核/韦建华⟧
""",
    ),
    dict(
        slug="univ-wuzhou-notice-dorm-remover-check",
        site="妩州职业技术学院学生工作处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xgc.wzvtc.example.edu.cn/tzgg/2024/1015/377.htm",
        title="关于开展学生宿舍易燃物品和违规电器专项检查的通知",
        record_title="学生工作简讯 · 关于开展学生宿舍易燃物品和违规电器专项检查的通知 - 妩州职院学工处",
        date="2024-10-14",
        notes="college office text page: a numbered list naming 洗甲水 and 美甲灯; 成文日期; the office's phone in the "
        "footer",
        page="""
!m 妩州职业技术学院学生工作处
!m 学工首页 › 通知公告 › 宿舍管理
!t 学生工作简讯 · 关于开展学生宿舍易燃物品和违规电器专项检查的通知 - 妩州职院学工处
!m 发布者：宿管科　　浏览次数：2310
{BODY}
!a 【打印这一页】　【关掉】
!m 学生工作处　电话：0736-2290115　地址：行政楼305室
!m Copyright © 2024 妩州职业技术学院
""",
        indent="\u3000\u3000",
        body="""
各二级学院、各学生宿舍楼：
入秋以来天气干燥，为消除宿舍火灾隐患，学校决定于10月21日至25日开展学生宿舍易燃物品和违规电器专项检查。现将有关事项通知如下：
一、检查内容
1. 易燃物品：大瓶装洗甲水、酒精、打火机气等，洗甲水单人存放不超过100毫升；
2. 违规电器：电热毯、电煮锅，以及功率超过36瓦的美甲灯、卷发棒等；
3. 私拉电线、床上充电等行为。
二、工作要求
各学院辅导员要提前通知学生自查，检查中发现的违规物品由宿管科登记暂存，学期末返还。对拒不整改的，按《学生宿舍管理规定》处理。
学生工作处
2024年10月14日
""",
    ),
]
