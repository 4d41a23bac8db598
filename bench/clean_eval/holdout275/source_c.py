"""holdout275, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text each).

Invented text (sites, places, people, numbers, URLs); every case written by hand. See
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wenda-hand-drill-bit-slipping-question",
        site="答得快问答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dadekuai.com/q/5120477.html",
        title="手摇钻钻头总是打滑怎么办？",
        record_title=None,
        date=None,
        notes="no record title: the question as the page's <h1>; an adopted-answer badge, a vote row, more answers; "
        "回答于 3 天前 (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>手摇钻钻头总是打滑怎么办？_答得快</title>
<script src="https://s.dadekuai.com/qa/main.js"></script>
</head><body>
<div class="qa-head">⟦m 答得快⟧ ⟦m 有问题，答得快⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qa-crumb">⟦m 答得快 › 生活 › 五金工具⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">⟦m 提问者：木工小白2023　　3 个回答　　被浏览 2,416 次⟧</p></div>
<div class="answer best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 老郄修工具 · 钳工二十年⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-meta">⟦m 回答于 3 天前⟧</div>
<div class="vote">⟦a 👍 有用 188　👎 没用 3　💬 评论 12⟧</div></div>
<div class="more"><h3>⟦l 其他 2 个回答⟧</h3>
<p>⟦l 阿勇：钻头买好一点的，便宜的一摇就钝⟧</p>
<p>⟦l 郢坪木匠：先打个小引孔再换大钻头⟧</p>
<a>⟦a 展开其余回答⟧</a></div>
<div class="side"><h4>⟦l 相关问题⟧</h4><p>⟦l 手摇钻和电钻哪个适合小孩用？⟧</p><p>⟦l 钻夹头拧不开了怎么办？⟧</p></div>
<div class="qa-foot">⟦m © 2024 答得快 dadekuai.com　京ICP备20017312号⟧</div>
</body></html>
""",
        body="""
钻头打滑一般有三个原因，对照着排查一下。
第一，钻夹头没拧紧。手摇钻的三爪夹头要用手握住外壳顺时针拧到底，夹圆柄钻头时，钻柄至少要插进去一厘米。
第二，钻头磨钝了。麻花钻的刃口发亮、发圆就该换了，或者用油石把刃口磨一磨。
第三，起钻的位置没定好。在木板上打孔前，先用钉子或锥子扎一个小坑，钻尖落在坑里再摇，就不容易跑偏。
另外摇的时候左手要压住手柄，用力往下顶，右手匀速转动，不要忽快忽慢。打硬木时可以在钻头上抹一点蜡，会省力很多。
""",
    ),
    dict(
        slug="qa-wenwenkan-cotton-swab-or-ear-pick",
        site="问问看 (invented, Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenwenkan.cn/jiankang/q/88013.html",
        title="用棉签还是耳勺掏耳朵好？",
        record_title="用棉签还是耳勺掏耳朵好？_健康频道_问问看",
        date=None,
        notes="Q&A as text: column and site after underscores in the record title; the answerer's card, a vote bar and "
        "a login-to-see prompt; answered 昨天 (no date)",
        page="""
!m 问问看 › 健康频道 › 五官科
{T}
!m 已有 5 人回答　｜　1.1万 人看过
!m 答主：耳鼻喉科祁医生　（认证：三甲医院主治医师）
{BODY}
!m 回答时间：昨天 16:20
!a 赞一下 265　｜　踩 4　｜　收进收藏夹
!a 还有 4 个回答，登录问问看后查看
!l 大家还在问：耳朵痒是什么原因？　｜　小孩耳屎多要不要掏？
""",
        body="""
两样都不建议经常用。
耳勺是硬的，手一抖就可能划伤耳道皮肤，甚至戳破鼓膜；棉签看着软，其实容易把耳屎往里推，越推越深，时间长了堵成一团。
正常情况下，耳屎会随着咀嚼、说话慢慢移到耳道口，洗澡后用毛巾擦擦外耳就够了。
如果实在觉得痒，可以用干净的棉签在耳道口轻轻转一圈，不要伸进去超过一厘米。孩子的耳朵更不要随便掏。
要是出现耳朵闷、听不清、疼或者流水，就别自己处理了，去医院耳鼻喉科看看。
""",
    ),
    dict(
        slug="anthology-laofeng-memoir-father-hand-drill",
        site="老冯木工小屋 (invented, personal site, gb2312)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laofeng-mugong.net/muxieji/05.htm",
        title="父亲的手摇钻",
        record_title="《木屑集》之五：父亲的手摇钻 - 老冯木工小屋",
        date=None,
        notes="old gb2312 personal site of a retired carpenter: chapter links, a visitor counter, the author's mailbox, "
        "a guestbook link; no date in the memoir",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《木屑集》之五：父亲的手摇钻 - 老冯木工小屋</title>
<script language="JavaScript" src="counter.js"></script>
</head>
<body bgcolor="#f4ecd8">
<table width="760" align="center" border="0"><tr><td align="center">
<font size="5" color="#6b3e1e">⟦m 老冯木工小屋⟧</font><br><font size="2">⟦m 刨了一辈子木头，写几篇闲话⟧</font></td></tr></table>
<table width="760" align="center" border="0"><tr><td align="center">
⟦m <a href="index.htm">小屋首页</a> ┆ <a href="muxieji.htm">木屑集</a> ┆ <a href="tuzhi.htm">家具图纸</a> ┆ <a href="liuyan.asp">留言本</a>⟧
</td></tr></table>
<table width="760" align="center" border="0"><tr><td>
<p align="center">⟦m 《木屑集》第五篇⟧</p>
<p align="center"><font size="4"><b>{T}</b></font></p>
{BODY}
<p align="center">⟦l 〖上一篇：墨斗线〗⟧　⟦l 〖目录〗⟧　⟦l 〖下一篇：刨花里的年三十〗⟧</p>
</td></tr></table>
<table width="760" align="center" border="0"><tr><td align="center"><font size="2">
⟦w 有老工具想出手或想交流的，来信：laofeng_mg@163.com⟧<br>
⟦m 本小屋自开张以来来客 <img src="count.gif"> 0019264 人⟧<br>
⟦d 文章未经本人同意请勿转载，谢谢⟧
</font></td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是村里的木匠，他的工具箱里最金贵的，是一把手摇钻。那是他年轻时去县城赶集，花了半个月工钱买回来的，铁壳子上印着一排外国字，谁也不认识。
那时候村里打家具，钻眼全靠牵钻，一拉一推，半天钻不透一块硬木。有了手摇钻，父亲摇几下就是一个圆眼，邻村的木匠都来借。
父亲借工具有个规矩：借可以，钻头得自己带。他说钻头是吃饭的牙，磨坏了没处配。
我十二岁那年，偷偷拿手摇钻在门框上钻了三个眼，被父亲罚着用木屑和胶把眼一个个填平。他一边看我填，一边教我怎么握摇柄、怎么压钻。
如今我也退休了，那把手摇钻还挂在我的工作间里，摇柄上的漆早磨没了，摇起来依旧咔嗒咔嗒地响。
""",
    ),
    dict(
        slug="anthology-jiaoyuan-memoir-grandmother-ear-pick-oneline",
        site="藠园笔记 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://jiaoyuanbiji.net/yanxia/07",
        title="外婆的耳勺",
        record_title="外婆的耳勺（檐下旧事·七）- 藠园笔记",
        date=None,
        notes="the whole body on one line, paragraphs apart only by their indent; chapter navigation and a collection "
        "stamp (no date)",
        page="""
!m 藠园笔记　·　檐下旧事
{T}
!m 作者：藠园主人　　收入合集：2 个月前
{BODY}
!l ‹ 上一则：井台边的木桶　　｜　　下一则：巷口的补锅匠 ›
!l 檐下旧事 · 目录
!d 藠园笔记的文字请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆有一支铜耳勺，用红绳拴着，平时挂在她的钥匙串上。
冬天出太阳的午后，外婆坐在院子里的竹椅上，让我们几个孙辈轮流趴在她腿上掏耳朵。她一手捏着我的耳朵往上提，一手拿着耳勺，动作又轻又慢。
外婆掏耳朵从不往深处去，她说，耳朵眼儿是通着脑子的，只能掏门口。每掏一下，她就把耳勺在手帕上擦一擦。
我那时候最喜欢这个时刻，暖洋洋的，常常掏着掏着就睡着了。
后来读了医学院才知道，外婆那句话不完全对，可她掏耳朵的分寸，比很多人都讲究。外婆走后，那支铜耳勺由我收着，红绳已经换过两回了。
""",
    ),
    dict(
        slug="dangjian-jiachuan-speech-rush-coop-branch",
        site="郏川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jcdj.gov.cn/djyw/2024/0701/9017.html",
        title="在邙田镇灯芯草专业合作社党支部成立大会上的讲话",
        record_title="【支部建在产业链上】在邙田镇灯芯草专业合作社党支部成立大会上的讲话_郏川党建网",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="Party-building portal: study-points prompt, read-on-phone QR line, 学习强国-like share row; speaker and "
        "date lines under the title (neutral); a study prompt glued after a sentence; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【支部建在产业链上】在邙田镇灯芯草专业合作社党支部成立大会上的讲话_郏川党建网</title>
<script src="/js/djw.js"></script>
</head><body>
<div class="dj-top">⟦m 郏川党建网⟧　⟦m 中共郏川县委组织部主办⟧</div>
<div class="dj-nav">⟦m <a>首页</a> <a>党建要闻</a> <a>基层党建</a> <a>党员教育</a> <a>人才工作</a> <a>红色郏川</a>⟧</div>
<div class="dj-pos">⟦m 首页 ＞ 基层党建 ＞ 产业党建⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<p class="sp">镇党委书记　秦望舒</p>
<p class="sp">（2024年6月28日）</p>
<div class="dj-info">⟦m 发布时间：2024-07-01　来源：邙田镇党委　编辑：党建网⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-points">⟦a 阅读满3分钟，本篇可计入党员学习积分⟧</div>
<div class="dj-qr">⟦a 扫一扫，手机上接着读⟧</div>
<div class="dj-share">⟦l 转发到：微信 朋友圈 党员群⟧</div>
</div>
<div class="dj-rel"><h3>⟦l 产业党建动态⟧</h3>
<p>⟦l 阪口镇茶叶协会党支部开展党员示范岗评选⟧</p>
<p>⟦l “党建+合作社”让郄家湾村民鼓起钱袋子⟧</p></div>
<div class="dj-foot">⟦m 中共郏川县委组织部　版权所有⟧　⟦m 豫ICP备09015503号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，邙田镇灯芯草专业合作社党支部正式成立了。我代表镇党委，向新当选的支部委员表示祝贺！
合作社现有社员216户，党员11名，种植灯芯草三千多亩，去年社员户均增收八千余元。把支部建在合作社上，就是要让党员在产业发展中站在前头、干在前头。⟦a 点击进入“产业党建”专题⟧
借此机会，我提三点希望。一要带头学技术，党员每人至少联系五户社员，帮助解决选种、剥芯、晒草中的难题。二要带头闯市场，把灯芯、草席卖到更远的地方。三要带头守规矩，合作社的账目每季度公开一次，让社员明明白白。
同志们，一根灯芯虽细，点亮了就能照一屋。希望支部和全体党员把这盏灯点亮、点旺！
""",
    ),
    dict(
        slug="dangjian-yunhu-summary-caring-bathroom-towel-racks",
        site="郓湖先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yhxianfeng.cn/jcdj/sqdj/2024/1218/4410.html",
        title="邬塘社区党支部“爱心浴室”适老化改造志愿服务工作总结",
        record_title="红色引擎｜邬塘社区党支部“爱心浴室”适老化改造志愿服务工作总结 - 郓湖先锋网",
        date="2024-12-16",
        date_also=["2024-12-18"],
        notes="Party site as text: a data table (cells apart by ideographic spaces); 成文日期 in Chinese numerals under "
        "the signature; page date differs; a photo-album link between paragraphs",
        page="""
!m 郓湖先锋网　｜　基层党建　｜　社区党建
!t 红色引擎｜邬塘社区党支部“爱心浴室”适老化改造志愿服务工作总结
!m 日期：2024-12-18　　来源：鄞山街道党工委　　点击：536
!a 【大字】【小字】【朗读全文】
{BODY}
!l 【相关阅读】党员志愿者为独居老人送去“冬日暖包”
!l 【相关阅读】鄞山街道“红色楼栋长”工作法
!m 中共郓湖市委组织部主办　　郓湖先锋网
""",
        indent="\u3000\u3000",
        body="""
今年以来，邬塘社区党支部以“爱心浴室”项目为抓手，组织党员志愿者为辖区独居、高龄老人改造卫生间，现将工作总结如下。
一、基本情况
全年共走访老人142户，为86户老人完成卫生间改造，累计服务时长1300余小时。
改造内容　户数　备注
安装承重毛巾架　86　加装加厚底座
安装扶手　64　马桶、淋浴旁各一处
铺设防滑垫　79　社区统一采购
⟦l 📷 点此查看“爱心浴室”改造前后对比图集⟧
二、主要做法
针对老人常把毛巾架当扶手抓的情况，志愿者统一选用承重型毛巾架，膨胀螺丝打进实墙，并在每户贴上“毛巾架不能当扶手”的提示。
三、下步打算
明年将把服务范围扩大到失能老人家庭，并培训居民志愿者掌握基本安装技能。
邬塘社区党支部
二〇二四年十二月十六日
""",
    ),
    dict(
        slug="hospital-jiachuan-tcm-article-rush-wick-moxibustion",
        site="郏川县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.jczyy.com/kpzs/2024/0520/1133.html",
        title="灯芯灸，一根灯芯草里的老手艺",
        record_title="【中医特色疗法】灯芯灸，一根灯芯草里的老手艺-郏川县中医院",
        date="2024-05-20",
        notes="hospital site: booking float, 24-hour line, an experts list; the byline's 发布时间 as the page's date; the "
        "department's own 咨询电话 in the last paragraph beside the hospital's booking and 24-hour lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【中医特色疗法】灯芯灸，一根灯芯草里的老手艺-郏川县中医院</title>
<script src="/static/js/yy.js"></script>
</head><body>
<div class="h-top">⟦m 郏川县中医院⟧ ⟦m 二级甲等中医医院⟧ <span>⟦m 急诊（24小时）：0836-7720120⟧</span></div>
<div class="h-nav">⟦m <a>医院首页</a> <a>医院概况</a> <a>科室导航</a> <a>专家介绍</a> <a>就医指南</a> <a>健康科普</a>⟧</div>
<div class="h-pos">⟦m 当前位置：首页 - 健康科普 - 中医药⟧</div>
<div class="h-art">
<h2>{T}</h2>
<div class="h-info">⟦m 发布时间：2024-05-20　作者：针灸推拿科　浏览量：884⟧</div>
<div class="h-cont">
{BODY}
</div>
<div class="h-tag">⟦l 关键词：灯芯灸 中医外治 针灸推拿科⟧</div>
</div>
<div class="h-side"><h4>⟦l 针灸推拿科专家⟧</h4><p>⟦l 何景和　主任医师　周二、周四上午⟧</p><p>⟦l 邬春燕　副主任医师　周一至周五⟧</p></div>
<div class="h-float"><a>⟦a 在线预约挂号⟧</a><br>⟦m 预约电话：0836-7720999⟧</div>
<div class="h-foot">⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 地址：郏川县城关镇杏林路2号　豫ICP备13020671号⟧</div>
</body></html>
""",
        body="""
灯芯灸又叫灯火灸，是用灯芯草蘸上植物油点燃后，快速点灸穴位的一种传统疗法。“火一碰到皮肤，会听到轻轻的‘啪’一声，这就灸好了。”我院针灸推拿科主任何景和说。
灯芯草是一种多年生草本植物，过去人们用它的白色草芯做油灯的灯芯，灯芯灸也因此得名。这种疗法操作简便，常用于小儿腮腺炎、呃逆、消化不良等。
何景和提醒，灯芯灸必须由专业医师操作，灸后局部可能出现米粒大小的水疱，要保持干燥，不要抓破。皮肤有破损、过敏的患者不宜施灸，家长切勿在家自行尝试。
针灸推拿科咨询电话：0836-7723618（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-jiachuan-renmin-notice-ward-towel-racks",
        site="郏川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jcxrmyy.cn/yygg/2024/0805/2287.html",
        title="关于住院部卫生间毛巾架更换施工的通知",
        date="2024-08-05",
        notes="the record's title as is; hospital site as text with 24-hour and booking lines; the notice's own contact "
        "(an internal extension) in the body; 成文日期 under the signature",
        page="""
!m 郏川县人民医院　　　急救电话（全天）：0836-7716120
!m 首页 ＞ 医院公告
{T}
!m 发布者：总务科　　发布日期：2024-08-05　　阅读：377
{BODY}
!a 【打印本页】　【返回列表】
!m 预约挂号：关注“郏川县人民医院”服务号或拨打 0836-7716000
!m 郏川县人民医院　地址：郏川县健康路188号　豫ICP备11021904号
""",
        indent="\u3000\u3000",
        body="""
各病区、各科室：
因住院部部分卫生间毛巾架锈蚀松动，存在脱落伤人隐患，总务科定于8月12日至8月23日对住院部2至9楼卫生间毛巾架进行更换，并在毛巾架旁加装安全扶手。现将有关事项通知如下。
一、施工按楼层分批进行，每层施工两天，具体安排由总务科提前一天通知病区护士长。
二、施工期间，请病区协助安排患者临时使用同层公共卫生间，做好解释工作。
三、施工人员须佩戴工作证进入病区，电钻作业避开午休时间。
如有问题，请联系总务科，电话：内线8163。
郏川县人民医院总务科
2024年8月5日
""",
    ),
    dict(
        slug="university-yunhu-ligong-news-hand-drill-class",
        site="郓湖理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yhlg.edu.cn/info/1021/18805.htm",
        title="工学院开设“老工具里的机械原理”实践课 学生动手拆装手摇钻",
        record_title="工学院开设“老工具里的机械原理”实践课 学生动手拆装手摇钻-理工要闻-郓湖理工学院",
        record_date="2024-04-17",
        date="2024-04-17",
        notes="university news page: the record gives the date; a dotted date, a photo caption between paragraphs, "
        "a writer/photographer/editor line glued after the last paragraph; quick links and footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>工学院开设“老工具里的机械原理”实践课 学生动手拆装手摇钻-理工要闻-郓湖理工学院</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="u-head">⟦m 郓湖理工学院新闻网⟧ ⟦m 厚德 笃学 精工 致远⟧</div>
<div class="u-nav">⟦m <a>首页</a> <a>理工要闻</a> <a>院部动态</a> <a>媒体理工</a> <a>校园人物</a>⟧</div>
<div class="u-pos">⟦m 当前位置：首页 &gt;&gt; 理工要闻⟧</div>
<form name="_newscontent_fromname"><h1>{T}</h1>
<div class="u-info">⟦m 2024.04.17　点击：<span>1356</span>次⟧</div>
<div class="v_news_content">
{BODY}
</div></form>
<div class="u-links"><h4>⟦l 快速通道⟧</h4>⟦l <a>学校主页</a> <a>图书馆</a> <a>教务系统</a> <a>校历</a>⟧</div>
<div class="u-foot">⟦m 郓湖理工学院党委宣传部主办　地址：郓湖市鄞山街道学府路1号⟧<br>⟦m 郓ICP备06007745号⟧</div>
</body></html>
""",
        body="""
本网讯　4月16日下午，工学院机械设计实验室里响起一片“咔嗒咔嗒”的声音，2023级机械专业的同学们正在拆装手摇钻。
这是工学院今年新开设的“老工具里的机械原理”实践课。课程选取手摇钻、手摇砂轮、台钳等常见手工工具，让学生通过拆装，直观理解齿轮传动、传动比和自锁结构。
⟦m 图为学生在教师指导下拆装手摇钻⟧
“摇柄转一圈，钻头能转三圈多，这就是大小齿轮的传动比。”任课教师郁文博一边演示一边讲解。拆装完成后，同学们还要测量齿数，计算传动比，写出实验报告。
学生陈可心说，课本上的公式一下子变得看得见、摸得着了。据介绍，该课程今年共开设8个班次，覆盖学生320人。⟦m （文／工学院　图／朱晨　编辑／宁夏）⟧
""",
    ),
    dict(
        slug="university-jiachuan-zhiyuan-notice-dorm-towel-racks",
        site="郏川职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://gyzx.jczy.edu.cn/tzgg/2024/0923/511.html",
        title="关于为学生公寓统一加装毛巾架的通知",
        record_title="关于为学生公寓统一加装毛巾架的通知-公寓服务-郏川职业技术学院",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="college office page as text: the notice's own phone beside the site's technical line; numbered items; "
        "成文日期 under the signature; page date differs",
        page="""
!m 郏川职业技术学院　学生公寓管理中心
!m 首页 ＞ 通知公告
{T}
!m 发布时间：2024-09-23 15:02　　浏览：2981
{BODY}
!l 上一条：2024级新生公寓入住须知
!l 下一条：关于开展学生公寓安全用电检查的通知
!m 郏川职业技术学院学生公寓管理中心　　网站技术支持：信息中心 0837-5590000
""",
        indent="\u3000\u3000",
        body="""
各学院、各位同学：
为改善学生公寓生活条件，解决阳台晾晒拥挤问题，学校决定为1至6号学生公寓每间宿舍统一加装不锈钢毛巾架。现将有关事项通知如下。
一、安装时间：9月25日至10月18日，按楼栋依次进行，具体时间以楼栋公告为准。
二、安装期间，请同学们提前清理卫生间墙面物品，贵重物品自行妥善保管。
三、毛巾架为免费安装，任何人不得以此名义收取费用；宿舍内原有的粘贴式挂钩请勿私自拆除。
四、毛巾架最大承重5公斤，请勿悬挂重物或攀拉。
如有疑问，请联系学生公寓管理中心，电话：0837-5590126。
郏川职业技术学院学生公寓管理中心
2024年9月20日
""",
    ),
]
