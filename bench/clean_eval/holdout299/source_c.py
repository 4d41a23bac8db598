"""holdout299, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML page and one text
each). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="yuerwenwen-qa-drool-towels-how-many-question-title",
        site="育儿问问 (invented, Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.yuerwenwen.com/q/3308172.html",
        title="宝宝口水巾一天要换几条？换下来怎么洗才干净？",
        record_title=None,
        date=None,
        notes="no record title: the question as the <h1>; the asker's detail line unmarked (neutral); an adopted "
        "badge, a vote row and more answers; answer times relative: no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>育儿问问 - 妈妈们的问答社区</title>
<script src="/static/wq/app.3f2c.js"></script></head><body>
<header>⟦m 育儿问问⟧　<a>⟦a 我要提问⟧</a>　<a>⟦a 登录后提问⟧</a></header>
<div class="crumbs">⟦m 育儿问问 › 0-1岁 › 日常护理⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">宝宝五个月，口水特别多，家里现在只有三条口水巾，总感觉不够用。</p>
<p class="q-meta">⟦m 提问者：小满妈妈　｜　2 天前　｜　浏览 1873⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 冉医生　儿科主治医师　｜　回答于 1 天前⟧</div>
<div class="a-text">
{BODY}
</div>
<div class="vote">⟦a 👍 有用 326　｜　👎 没用 4　｜　评论 12　｜　举报⟧</div>
</div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 樱桃小丸子：我家准备了八条，一天差不多换六条。⟧</p>
<p>⟦l 木木爸：用洗衣机的婴儿模式洗就行，别跟大人衣服混洗。⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><p>⟦l 口水疹用什么药膏好？⟧</p><p>⟦l 宝宝几个月开始长牙？⟧</p></aside>
<footer>⟦d 回答内容仅供参考，不能替代医生面诊⟧　⟦m 育儿问问 yuerwenwen.com⟧</footer>
</body></html>
""",
        body="""
一天换几条没有固定数，原则是“湿了就换”。长牙期的宝宝口水多，一般一天要换四到六条，所以家里最好准备八条以上轮换，三条确实不够。
清洗可以按下面几步来：
1.换下的口水巾先用清水冲掉奶渍和口水，不要攒到一起再洗。
2.用婴儿专用洗衣液或肥皂手洗，重点搓洗领口和按扣周围。
3.多漂洗几遍，确保没有洗涤剂残留，否则容易刺激宝宝皮肤。
4.洗好后放在太阳下晒干，阴雨天可以用熨斗熨一下。
另外，口水巾发硬、起球或者按扣松了，就该换新的了。
""",
    ),
    dict(
        slug="zaotou-qa-iron-wok-steel-wool-or-bamboo-brush",
        site="灶头问答 (invented, Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zaotouwenda.com/question/66014",
        title="铁锅用钢丝球刷还是竹锅刷好？",
        record_title="铁锅用钢丝球刷还是竹锅刷好？有懂的吗 - 灶头问答",
        date=None,
        notes="a Q&A answer with the answerer's card and a vote row; the answer time is 昨天: no date",
        page="""
!m 灶头问答 › 厨房 › 锅具保养
!t 铁锅用钢丝球刷还是竹锅刷好？有懂的吗
!m 4 个回答 · 2,031 人看过
!m 老铁匠的徒弟　｜　手工铁锅店主　｜　回答于 昨天 19:22
{BODY}
!a 赞同 187　｜　反对　｜　收起评论　｜　举报
!a 查看其余 3 个回答 ▾
!l 你可能感兴趣：新铁锅怎么开锅？ ｜ 铸铁锅生锈了还能用吗？
""",
        body="""
两种都能用，关键看锅的状态。
新开锅的铁锅表面有一层油膜，最怕钢丝球。钢丝球会把油膜刮掉，锅就容易生锈、粘锅。日常刷锅建议用竹锅刷或者棕毛锅刷，趁锅热的时候加热水刷，油污一冲就下来了，基本不用洗洁精。
钢丝球适合“救急”：锅底烧糊了、结了厚厚的碳垢，可以用钢丝球刷掉，刷完以后要把锅烧干，抹一层薄油重新养一养。
竹锅刷用久了容易发霉，用完要甩干挂起来通风，发现刷头发黑、掉丝就换新的，一把也就几块钱。
总结一句：平时用竹刷，偶尔用钢丝，刷完擦干抹油。
""",
    ),
    dict(
        slug="qiwangshu-collection-mothers-picnic-cloth-old-table",
        site="祁望舒文集 (invented, personal collection, old table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.qiwangshu.net/wenji/xxws/09.htm",
        title="母亲缝的野餐布",
        record_title="〈巽溪往事·第九篇〉母亲缝的野餐布 ※ 祁望舒文集",
        date=None,
        notes="an old-style personal collection: a marquee, chapter links, a visitor counter and the author's "
        "mailbox; the memoir ends with a 写于 line in a sexagenary year: no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〈巽溪往事·第九篇〉母亲缝的野餐布 ※ 祁望舒文集</title></head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 祁望舒文集⟧</font><br>
<marquee width="600" scrollamount="2">⟦m 退休教师的笔墨小园，记下巽溪两岸的旧人旧事⟧</marquee>
</td></tr>
<tr><td align="center">⟦m 【文集首页】【巽溪往事】【杏坛拾零】【诗词习作】【留言簿】⟧</td></tr>
<tr><td align="center"><font size="4"><b>⟦t 〈巽溪往事·第九篇〉⟧{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←第八篇：巽溪渡口⟧　⟦l 返回目录⟧　⟦l 第十篇：县中的老槐树→⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：qiwangshu1951@xunxi-mail.cn⟧</td></tr>
<tr><td align="center">⟦m 本文集自建站以来共接待访客 086214 人次⟧</td></tr>
<tr><td align="center">⟦d 文集内容为祁望舒原创，转载务请告知作者。⟧</td></tr>
</table></body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
七十年代末，县城里还没有人听说过“野餐垫”这个词。每逢春天学校组织远足，母亲就翻出家里那块印着牡丹花的塑料布，用缝纫机在四边锁上一道蓝布边，说是坐在草地上不沾露水。
那块塑料布跟着我们兄妹三人去过巽溪边的沙滩，去过烈士陵园后面的松树林。中午打开饭盒，同学们都围过来坐在布上，分着吃母亲炒的腌菜。
塑料布用久了发脆，裂开一道口子，母亲又在背面补了一块旧雨衣的布。后来我们都离开了县城，它就一直叠在衣柜最底层。
去年整理母亲的遗物，我又见到了它。牡丹花的颜色早已褪成淡粉，蓝布边却还整整齐齐。现在超市里的野餐垫花样繁多，可我总觉得，都比不上那一块。
写于甲辰年初夏
""",
    ),
    dict(
        slug="yushui-notes-collection-army-canteen-canvas-sleeve",
        site="聿水笔记 (invented, personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yushuibiji.cn/juan4/12.html",
        title="军用水壶的帆布套",
        record_title="军用水壶的帆布套（《聿水笔记》卷四·之十二）",
        date=None,
        notes="an essay in a personal collection: volume links, a reader count and a guestbook prompt; no date",
        page="""
!m 聿水笔记 · 卷四 · 旧物篇
!l 目录 ｜ 上一则：搪瓷缸子 ｜ 下一则：父亲的算盘
{T}
!m 作者：聿水老梁　｜　本则已被阅读 1102 次
{BODY}
!l ——卷四·旧物篇 完——
!a 在留言簿写下您的读后感
!d 聿水笔记所收文字，未经作者同意，请勿转载。
""",
        indent="\u3000\u3000",
        body="""
父亲退伍时带回一只军用水壶，铝壶外面套着一只草绿色的帆布套，帆布套上用红漆写着他的名字和编号。
我上小学那几年，每逢学校劳动，父亲就把水壶灌满凉白开让我背上。帆布套厚实，背带可以调长短，水壶在身侧晃来晃去，也磕不坏。同学们都羡慕，轮流借去背一背。
帆布套的好处，是夏天能隔热，冬天能保温。父亲说，行军时把帆布套打湿，风一吹，壶里的水比别人的凉快。这个法子我试过，真管用。
后来帆布套的背带磨断了，父亲用一截旧皮带接上，一直用到他退休。如今那只水壶摆在我的书架上，帆布套上的红字已经看不清了。
""",
    ),
    dict(
        slug="xunchuan-party-summary-cup-brushes-nursing-homes-table",
        site="巽川党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.xcdj.gov.cn/zbfc/2025/0704/12207.html",
        title="机关第三党支部“银龄暖杯”志愿服务活动总结",
        record_title="【镜头里的支部】机关第三党支部“银龄暖杯”志愿服务活动总结_巽川党建网",
        date="2025-06-30",
        date_also=["2025-07-04"],
        notes="a Party-building portal: study-points prompt, a read-on-phone line; a data table one row a "
        "paragraph; the branch's 成文日期 differs from the page date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【镜头里的支部】机关第三党支部“银龄暖杯”志愿服务活动总结_巽川党建网</title>
<script src="/res/js/dj-common.js"></script></head><body>
<div class="dj-top">⟦m 巽川党建网⟧　⟦m 中共巽川县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　党建要闻　支部风采　党员教育　组工信息　先锋榜样⟧</div>
<div class="dj-pos">⟦m 您现在的位置：首页 > 支部风采 > 机关党建⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-07-04　来源：县市场监管局机关党委　浏览量：508⟧</div>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-score">⟦a 阅读满3分钟可获得学习积分1分，请登录后阅读⟧</div>
<div class="dj-phone">⟦a 用手机扫描二维码，把这篇文章带走⟧</div>
<div class="dj-fenxiang">⟦l 分享：微信　微博　人民号⟧</div>
</div>
<div class="dj-side"><h4>⟦l 支部风采·最新⟧</h4><p>⟦l 攸田镇党委开展“田间党课”⟧</p><p>⟦l 县医院党委举办主题党日活动⟧</p></div>
<div class="dj-foot">⟦m 主办单位：中共巽川县委组织部　联系电话：0739-5510721⟧　⟦m 湘ICP备10207734号⟧</div>
</body></html>
""",
        body="""
今年第二季度，县市场监管局机关第三党支部组织党员开展“银龄暖杯”志愿服务活动，走进弼湾乡敬老院和胄塘镇敬老院，为老人清洗水杯、更换杯刷，宣传饮水卫生知识。现将活动情况总结如下。
一、活动开展情况
支部共组织活动4次，参与党员38人次，服务老人126人。活动情况如下：
日期　地点　参与党员　清洗水杯　发放杯刷
4月16日　弼湾乡敬老院　9人　52只　52把
5月14日　胄塘镇敬老院　10人　61只　61把
6月11日　弼湾乡敬老院　9人　55只　20把
6月25日　胄塘镇敬老院　10人　64只　15把
二、主要收获
党员在服务中发现，不少老人的水杯茶垢厚、杯盖密封圈发霉，家里没有杯刷。通过手把手示范，多数老人学会了用杯刷清洗杯底和杯盖。
三、下一步打算
支部将把活动延伸到辖区独居老人家中，每季度至少开展一次。
中共巽川县市场监督管理局机关第三支部委员会
2025年6月30日
""",
    ),
    dict(
        slug="chenzhou-pioneer-speech-lawn-talks-cn-date-under-title",
        site="宸州先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.czxianfeng.cn/jcsy/2025/05/22/4471.html",
        title="在“党群同心·草坪夜话”活动启动仪式上的讲话",
        record_title="【基层声音】在“党群同心·草坪夜话”活动启动仪式上的讲话 - 宸州先锋网",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="a speech: the speaker line and a date in Chinese numerals under the title (neutral); the site's "
        "posting date differs; study prompt and related list",
        page="""
!m 宸州先锋网 — 宸州市基层党建综合门户
!m 首页 > 基层声音 > 街道社区
!t 【基层声音】在“党群同心·草坪夜话”活动启动仪式上的讲话
!m 2025-05-22 10:18　来源：隽安街道党工委　编辑：汤圆
{T}
隽安街道党工委书记　聂晨阳
（二〇二五年五月二十日）
{BODY}
!a 【学习打卡】读完本文请点击“已学习”
!l 相关阅读：恪园社区“楼栋议事会”工作法　｜　街道“红色物业”经验交流材料
!m 宸州先锋网 版权所有　投稿邮箱：tougao@czxianfeng.cn
""",
        body="""
各位居民朋友，同志们：
晚上好！今天，我们在恪园社区中心广场启动“党群同心·草坪夜话”活动。大家看，广场上铺开的三十多块野餐垫，就是我们今晚的“会场”。
为什么要在草坪上开会？因为我们想换一种方式听大家说话。过去开居民议事会，大家坐在会议室里，拘谨，不爱发言。今天大家坐在野餐垫上，带着孩子、带着水果，有什么想法都可以敞开说。
活动启动后，每月第二个周五晚上，街道党工委班子成员和社区党员将轮流来到各小区的草坪上，和大家拉家常、听意见。大家反映的问题，我们建立清单、限时办结、及时反馈。
最后，祝今晚的夜话聊得开心、聊出成果！谢谢大家。
""",
    ),
    dict(
        slug="xunchuan-mch-hospital-drool-rash-article-dept-phone",
        site="巽川县妇幼保健院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.xcfybjy.cn/jkkp/ek/2025/0619/1182.html",
        title="宝宝口水疹怎么护理？一条口水巾有讲究",
        record_title="【宝宝门诊说】宝宝口水疹怎么护理？一条口水巾有讲究 - 巽川县妇幼保健院",
        date="2025-06-19",
        notes="a hospital page: booking float, 24-hour emergency line, experts list; the department's own "
        "consultation line in the body; byline 发布时间 as the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【宝宝门诊说】宝宝口水疹怎么护理？一条口水巾有讲究 - 巽川县妇幼保健院</title>
<script src="/js/yy-float.js"></script></head><body>
<div class="yy-head">⟦m 巽川县妇幼保健院⟧　⟦m 二级甲等妇幼保健院⟧　⟦m 急诊（24小时）：0739-5570120⟧</div>
<ul class="yy-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li><li>⟦m 党建园地⟧</li></ul>
<div class="yy-pos">⟦m 当前位置：首页 - 健康科普 - 儿童保健⟧</div>
<div class="yy-main">
<h1>{T}</h1>
<div class="yy-meta">⟦m 发布时间：2025-06-19　作者：儿童保健科 樊佳音　审核：医务科⟧</div>
{BODY}
<div class="yy-tip">⟦d 本文为健康科普，不作为诊断和治疗依据，身体不适请及时就医。⟧</div>
</div>
<div class="yy-side"><h4>⟦l 本科室专家⟧</h4><p>⟦l 樊佳音　副主任医师　周二、周四上午⟧</p><p>⟦l 闵可心　主治医师　周一至周五⟧</p></div>
<div class="yy-float">⟦a 预约挂号 ▸ 微信扫码直达⟧</div>
<div class="yy-foot">⟦m 地址：巽川县迎宾大道208号　总机：0739-5570000⟧　⟦m 湘ICP备17011960号⟧</div>
</body></html>
""",
        body="""
口水疹是婴幼儿常见的皮肤问题，多发生在口周、下巴和颈部，表现为红色小丘疹，严重时皮肤破损、渗液。它的“元凶”就是长期浸泡皮肤的口水。
护理口水疹，首先要勤换口水巾。口水巾湿了就换，不要等到湿透；擦口水时用柔软的纱布轻轻蘸干，不要来回擦拭。
其次，口水巾要选纯棉、浅色、无荧光剂的，清洗时不用柔顺剂，洗后在阳光下晒干或用熨斗熨烫。
第三，皮肤已经发红的宝宝，可在清洁后薄涂一层凡士林或氧化锌软膏，形成保护膜。
如果皮疹面积扩大、出现脓疱，或者宝宝伴有发热，请及时到医院儿科就诊。
儿童保健科咨询电话：0739-5570316（工作日8:00—17:30）
""",
    ),
    dict(
        slug="xunchuan-hospital-notice-cup-brushes-wards-record",
        site="巽川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xcrmyy.cn/hlb/tzgg/2025/0310/2290.html",
        title="关于病区统一配发杯刷并规范患者水杯清洗的通知",
        record_date="2025-03-10",
        date="2025-03-10",
        notes="record title and date as is; a nursing department's notice between the hospital's header, its "
        "booking and emergency lines",
        page="""
!m 巽川县人民医院 · 护理部
!m 首页 ＞ 护理园地 ＞ 通知公告
{T}
!m 发布：护理部　时间：2025-03-10　浏览：429
!a 字号：大 中 小　　打印
{BODY}
!a 预约挂号请关注医院服务号或拨打 0739-5560666
!m 急诊急救电话（全天）：0739-5560120
!m 巽川县人民医院 版权所有　地址：巽川县人民路1号
""",
        body="""
各临床科室：
为降低住院患者交叉感染风险，护理部决定自3月15日起，在全院各病区统一配发杯刷，规范患者水杯清洗。现将有关事项通知如下：
一、各病区开水间配备杯刷架，杯刷按床号编号，一床一刷，患者出院后杯刷随即更换。
二、护理员每日上午协助行动不便的患者清洗水杯，清洗后将杯刷挂回原位，刷头朝下沥干。
三、杯刷每周一由护理员统一送供应室消毒；刷毛变形、发黑的，及时报科室护士长更换。
四、医院感染管理科将不定期抽查，结果纳入病区护理质量考核。
请各科室护士长做好宣传和督导。
巽川县人民医院护理部
2025年3月10日
""",
    ),
    dict(
        slug="chenzhou-normal-news-shared-picnic-mats-dotted-date",
        site="宸州师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.czsfxy.edu.cn/info/1032/18406.htm",
        title="学生会推出“草坪共享野餐垫”服务",
        record_title="学生会推出“草坪共享野餐垫”服务-学工快讯-宸州师范学院",
        date="2025-05-16",
        notes="a university news page: a dotted date line as the page's date, a photo caption between "
        "paragraphs, 文/图/审核 lines, prev/next links",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>学生会推出“草坪共享野餐垫”服务-学工快讯-宸州师范学院</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="header">⟦m 宸州师范学院新闻网⟧　⟦a 学校主页⟧　⟦a EN版⟧</div>
<div class="nav">⟦m 首页 ｜ 学院要闻 ｜ 学工快讯 ｜ 教学科研 ｜ 媒体师院 ｜ 图片新闻⟧</div>
<div class="local">⟦m 当前位置：首页 » 学工快讯 » 正文⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="date">⟦m 2025.05.16　点击：⟧<span id="dynclicks">⟦m 1086⟧</span></div>
{BODY}
<div class="authors">⟦m 文：学生会宣传部 杜若　图：龚子衿　审核：许清和⟧</div>
<div class="pn"><p>⟦l 上一条：我校举办第十一届读书节⟧</p><p>⟦l 下一条：体育学院学子获省大学生田径赛三金⟧</p></div>
</div>
<div class="footer">⟦m 宸州师范学院党委宣传部　地址：宸州市宥城区学府路1号⟧　⟦m 湘ICP备05013316号⟧</div>
</body></html>
""",
        body="""
5月15日中午，宸州师范学院学生会在图书馆前草坪推出“共享野餐垫”服务。首批60张野餐垫整齐叠放在草坪边的借还柜里，同学们刷校园卡即可借用，两小时内归还。
“以前想在草坪上看书，总得找块报纸垫着，现在方便多了。”文学院2023级学生柯雨桐说。
⟦m 图为同学们在图书馆前草坪使用共享野餐垫⟧
据介绍，野餐垫由学生会用勤工助学收入采购，面料防水、可折叠，每天闭馆后由志愿者统一清点、擦拭，每周送洗一次。为鼓励文明使用，借还柜旁还设置了分类垃圾桶，并张贴了“人走垫收、垃圾带走”的提示。
活动推出一周，野餐垫累计借出700余人次，损坏2张、遗失1张。学生会表示，下一步将在东区运动场增设一个借还点。
""",
    ),
    dict(
        slug="chenzhou-normal-notice-army-training-kettle-sleeves",
        site="宸州师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xgb.czsfxy.edu.cn/tzgg/2025/0829/931.html",
        title="关于2025级新生军训期间统一配发水壶及水壶套的通知",
        record_title="〔武装部〕关于2025级新生军训期间统一配发水壶及水壶套的通知 · 宸州师范学院学生工作部",
        date="2025-08-28",
        date_also=["2025-08-29"],
        notes="a university office's notice: the office's own phone beside the university switchboard; 成文日期 "
        "under the signature, a later page date",
        page="""
!m 宸州师范学院学生工作部（武装部）
!m 首页 ／ 通知公告
!t 〔武装部〕关于2025级新生军训期间统一配发水壶及水壶套的通知
!m 发布日期：2025-08-29　发布者：学工部办公室　阅读：1350
{BODY}
!l 【上一篇】关于做好2025级新生报到工作的通知
!l 【下一篇】关于评选2024—2025学年优秀辅导员的通知
!m 学校总机：0739-5590000　地址：宸州市宥城区学府路1号
""",
        body="""
各学院：
根据学校2025级新生军训工作安排，军训期间学校将为每名新生统一配发军用水壶1只及配套水壶套1只。现将有关事项通知如下：
一、领取时间：9月6日8:00—17:00。
二、领取地点：东区体育馆一楼。
三、领取方式：各学院辅导员凭学院新生名单统一领取，不接受个人单独领取。
四、注意事项：水壶套为迷彩牛津布材质，可拆洗。请提醒学生每天训练结束后将水壶倒空、晾干，水壶套每周清洗一次，避免发霉。军训结束后水壶及水壶套归学生个人所有。
如有疑问，请联系武装部：0739-5591206。
学生工作部（武装部）
2025年8月28日
""",
    ),
]
