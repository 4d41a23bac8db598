"""holdout379, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Invented text; every site, place, person, phone and URL is made up. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="qa-dayiwan-bubble-machine-fewer-bubbles-adopted",
        site="答疑湾 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dayiwan.com/q/58301274.html",
        title="泡泡机出泡越来越少是什么原因？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; adopted-answer badge, vote row, more answers; "
        "relative times only, so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>泡泡机出泡越来越少是什么原因？ - 答疑湾</title>
<link rel="stylesheet" href="//s.dayiwan.com/qa/detail.v5.css">
</head><body>
<div class="header">⟦m 答疑湾⟧ <form><input placeholder="有问题，来答疑湾"><button>⟦a 搜索答案⟧</button></form> <a>⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 答疑湾 › 生活 › 母婴玩具⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">⟦m 问题补充：买了三个月，一开始泡泡特别多，现在半天才冒几个，是不是坏了？⟧</p>
<p class="q-meta">⟦m 提问者：豆豆妈2019　3 天前⟧ ⟦l 浏览 6021 次⟧</p></div>
<div class="best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answer-meta">⟦m 小家电老周　修理达人　回答于 昨天⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦l 👍 有用 218　👎 没用 6⟧ <a>⟦a 评论 14⟧</a> <a>⟦a 举报⟧</a></div></div>
<div class="others"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 可能是泡泡水不行了，换个牌子试试。 —— 网友a7f3 · 2 天前⟧</p>
<p>⟦l 我家的也是这样，后来发现轮子上全是干掉的胶。 —— 橙子爸 · 2 天前⟧</p></div>
<div class="related"><h3>⟦l 相关问题⟧</h3><p>⟦l 泡泡水怎么自己配最不容易破？⟧</p><p>⟦l 电动泡泡机可以用充电电池吗？⟧</p></div>
<div class="footer">⟦m ©2025 答疑湾 dayiwan.com　沪ICP备18005923号⟧</div>
</body></html>
""",
        body="""
一般是三个原因，可以按顺序排查一下。
第一，电池电量不足。泡泡机的小风扇转速一低，吹出来的泡泡就又少又小，换一组新电池试试，最好用碱性电池。
第二，出泡口的沾液轮干了。泡泡液里的甘油干了以后会在轮片上结一层膜，用温水把轮片泡十分钟，再用软布擦干净就好。
第三，泡泡液本身的问题。兑水太多或者放久了分层，起泡效果都会变差，建议换一瓶新的，用之前摇一摇。
如果三样都换了还是不行，可能是电机老化了，这时候与其修，不如直接换一台，毕竟一台也就几十块钱。
""",
    ),
    dict(
        slug="qa-haowen-bugle-few-notes-text",
        site="好问乐答 (invented Q&A site, text page)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.haowenleda.com/question/2209174",
        title="军号为什么只能吹出几个音？",
        record_title="军号为什么只能吹出几个音？在线等懂号的前辈 - 好问乐答",
        date=None,
        notes="a Q&A answer; the question's aside and the site's suffix are decoration; no date",
        page="""
!m 好问乐答 — 有问必答
!m 分类：文化艺术 > 乐器
!t 军号为什么只能吹出几个音？在线等懂号的前辈
!m 悬赏 20 乐豆　｜　5 个回答　｜　提问于 1 周前
{T}
!m 高赞回答　·　铜管老号手　·　乐器类优质答主
{BODY}
!l 赞同 956 · 反对 3 · 收藏 88
!l 查看其余 4 个回答 ▾
!a 登录好问乐答，向答主追问
!d 回答内容仅代表答主个人观点，不代表好问乐答立场。
""",
        body="""
军号属于没有活塞、没有按键的铜管乐器，它发出的音全靠吹奏者改变嘴唇的松紧和气息的强弱来控制，所以只能吹出号管本身的几个自然泛音。
常见的降B调军号，能稳定吹出的一般就是五个音，简谱上大致是低音5、中音1、3、5和高音1。军队的号谱正是用这几个音编出来的，起床号、熄灯号、冲锋号，靠的是节奏和长短的不同来区分。
这其实也是军号的优点：结构简单、不怕磕碰，在野外也不用调音，号声又高又亮，几里外都听得见。
想学的话，先练长音和吐音，嘴型稳定以后再练号谱，一般坚持一两个月就能吹出完整的集合号。
""",
    ),
    dict(
        slug="anthology-zhongping-memoir-fathers-bugle-gb2312",
        site="仲平先生文集 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zhongpingwenji.com/hsj/juan2/07.htm",
        title="父亲的那支军号",
        record_title="《铜号余音》卷二之七：父亲的那支军号｜仲平先生文集",
        date=None,
        notes="retired teacher's collection in an old table layout: marquee, volume links, visitor counter and the "
        "author's mailbox; a memoir without a date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《铜号余音》卷二之七：父亲的那支军号｜仲平先生文集</title>
<style>body{font-size:14px;background:#FFFBEF}</style>
</head><body>
<table width="800" align="center" border="0" cellpadding="4">
<tr><td align="center"><font size="5" color="#663300">⟦m 仲平先生文集⟧</font></td></tr>
<tr><td><marquee behavior="alternate">⟦m 一个老教师的笔墨旧事，欢迎各位文友常来坐坐⟧</marquee></td></tr>
<tr><td align="center"><a>⟦m 文集首页⟧</a>　<a>⟦m 卷一·杏坛⟧</a>　<a>⟦m 卷二·铜号余音⟧</a>　<a>⟦m 卷三·乡居⟧</a>　<a>⟦m 留言簿⟧</a></td></tr>
</table>
<table width="800" align="center" border="1" bordercolor="#C9B38B" cellpadding="12">
<tr><td>
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 《铜号余音》卷二 · 第七篇⟧</p>
{BODY}
<p align="right">⟦l 【上一篇：号嘴】　【下一篇：八一那天的院子】⟧</p>
</td></tr></table>
<table width="800" align="center"><tr><td align="center">
⟦m 您是本文集第 006213 位读者⟧<br>
⟦w 文友来信请寄：zhongping1951@163.com⟧<br>
⟦d 文集文字为作者所有，转载请先来信告知⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲当了十二年兵，做了九年号手。他退伍回乡那年，我刚上小学，只记得他的行李里有一个裹着旧军装的长布包。
布包里是一支黄铜军号。号身上有好几处凹痕，父亲说，其中最深的一道，是部队拉练时从山坡上滚下去磕的，他连人带号一起摔进了沟里，爬起来第一件事就是看号还能不能吹。
回到彪岭以后，父亲在生产队当保管员，再也没有正经吹过号。只有每年八一那天早上，他会把号擦得锃亮，站在院子里吹一遍起床号。全村的狗都跟着叫，邻居们笑他，他也不恼。
父亲去世后，这支号传到了我手里。我试着吹过几次，只能吹出噗噗的气声。母亲说，你爸那是练了多少年的。
如今我也老了。每到八一，我还是会把号拿出来擦一擦，就像父亲还站在院子里一样。
""",
    ),
    dict(
        slug="anthology-manchuan-essay-lanterns-oneline",
        site="熳川旧话 (invented personal collection, text page)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://manchuanjiuhua.net/ji/19.txt",
        title="看灯",
        record_title="看灯 ——《熳川旧话》第十九则",
        date=None,
        notes="the whole essay on one line, paragraphs separated only by their indent; no date",
        page="""
!m 熳川旧话 · 一个老熳川人的随手记
!t 看灯 ——《熳川旧话》第十九则
!m 目录 · 上一则 · 下一则
{T}
{BODY}
!l ◁ 第十八则　年糕　　　第二十则　渡口 ▷
!m 熳川旧话 共收文章 46 则　作者信箱 jiuhua_mc@qq.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
小时候在熳川县城，过元宵最盼的是看走马灯。
那时候的灯都是各家自己扎的。竹篾是从河边砍的，纸是供销社买的白绵纸，剪影由家里手最巧的人来剪。我家的灯年年是祖父扎，剪的总是关公骑马，他说关公走得正，转起来才有精神。
十五那天天一黑，各家把灯挂到门口，点上蜡烛。热气一冲，叶轮就转起来，灯壁上的人马一圈一圈地跑。我们小孩子一条街一条街地跑着看，谁家的灯转得快，谁家的剪影好看，第二天在学校要评上好半天。
有一年风大，隔壁王家的灯被吹倒，烧了半边。王家大伯二话不说，连夜又扎了一盏，第二天照样挂出来。
如今县城的灯会越办越大，灯也换成了电灯泡，转得又稳又快。我站在人群里看，总觉得少了点什么，想来想去，大概是少了那一点烛火的晃动。
""",
    ),
    dict(
        slug="dangjian-biaoling-speech-bugle-volunteers-cn-date",
        site="彪岭先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biaolingxianfeng.gov.cn/ldjh/202507/t20250730_12044.html",
        title="在“铜号传声”老兵宣讲志愿服务队成立仪式上的讲话",
        record_title="〖组工讲话〗在“铜号传声”老兵宣讲志愿服务队成立仪式上的讲话_彪岭先锋网",
        date="2025-07-28",
        date_also=["2025-07-30"],
        notes="Party portal: study-points prompt, read-on-phone QR line; date under the title in Chinese numerals and "
        "a speaker line (both neutral); the page's posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖组工讲话〗在“铜号传声”老兵宣讲志愿服务队成立仪式上的讲话_彪岭先锋网</title>
<link rel="stylesheet" href="/css/djw2024.css">
</head><body>
<div class="djtop">⟦m 彪岭先锋网　中共彪岭县委组织部主办⟧ <a>⟦a 党员登录⟧</a></div>
<ul class="djnav"><li>⟦m 首页⟧</li><li>⟦m 组工动态⟧</li><li>⟦m 领导讲话⟧</li><li>⟦m 先锋风采⟧</li><li>⟦m 远程教育⟧</li></ul>
<div class="weizhi">⟦m 首页 ＞＞ 领导讲话⟧</div>
<div class="wz">
<h1>{T}</h1>
<div class="wz-info">⟦m 发布日期：2025-07-30　来源：县委组织部　责任编辑：蓝若宰⟧</div>
<p class="c">（二〇二五年七月二十八日）</p>
<p class="c">中共彪岭县委组织部副部长　莫君昊</p>
<div class="wz-con">
{BODY}
</div>
<p class="jf">⟦a 认真阅读本文满3分钟，可累计学习积分 1 分⟧</p>
<p class="qr">⟦a 用手机扫描右侧二维码，把这篇讲话带在身边⟧</p>
</div>
<div class="xg"><h4>⟦l 延伸学习⟧</h4><p>⟦l 全县退役军人党员“亮身份、作表率”活动综述⟧</p><p>⟦l 在“八一”军政座谈会上的讲话⟧</p></div>
<div class="djfoot">⟦m 彪岭先锋网版权所有　地址：彪岭县府前街1号　联系电话：0571-6650 1187⟧</div>
</body></html>
""",
        body="""
同志们，老兵朋友们：
再过几天就是八一建军节。今天，我们在这里成立“铜号传声”老兵宣讲志愿服务队，请一批当过军号手的老兵，把军号里的故事讲给党员群众听，很有意义。
军号是部队的命令，也是我们党领导的人民军队的精神标识。从战争年代到和平时期，号声响到哪里，队伍就冲到哪里。服务队的二十六位老兵，最年长的已经八十五岁，他们身上的故事就是最生动的党课教材。
对服务队今后的工作，我提三点希望：一是讲好身边事，多讲亲身经历，少讲大道理；二是走进基层去，每季度至少到一个村、一所学校开展宣讲；三是带出新传人，把吹号和讲故事的本领传给年轻人。
县委组织部将把服务队纳入全县党员教育阵地建设，在场地、经费上给予保障。
祝老兵朋友们身体健康，祝服务队越办越好！
""",
    ),
    dict(
        slug="dangjian-qianxi-summary-embroidery-aid-table",
        site="倩溪机关党建 (invented Party-building site, text page)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.qianxi.gov.cn/dzbjs/2025/1212/6603.html",
        title="县直机关第三党支部“巧针帮扶”志愿服务工作总结",
        date="2025-12-10",
        date_also=["2025-12-12"],
        notes="record title as is; a data table; 成文日期 under the signature, the posting line's date also accepted",
        page="""
!m 倩溪机关党建 ◇ 支部建设
!m 当前位置：首页 > 支部建设 > 工作交流
{T}
!m 2025-12-12　作者：县直机关第三党支部　点击数：377
!a 学习打卡：阅读本文后点击“已学习”，计入年度学习时长
{BODY}
!a 〔已学习〕〔打印〕〔返回〕
!l 支部工作交流 更多 >>
!l ○ 机关第一党支部“邻里议事”工作法
!l ○ 县直机关党建品牌创建情况通报
!m 中共倩溪县直属机关工作委员会　版权所有
""",
        body="""
今年以来，县直机关第三党支部结合“我为群众办实事”，组织党员志愿者与佼田镇侑家村刺绣合作社结对，帮助绣娘把传统肚兜刺绣做成文创产品，现将工作情况总结如下。
一是搭平台。支部联系县文化馆和两家服装企业，为合作社争取到肚兜文创订单三批。
二是送技能。邀请设计师到村授课4次，教绣娘用新配色、新图案改良传统肚兜。
三是拓销路。党员志愿者帮助合作社开设网店，拍摄产品短视频12条。
全年帮扶情况如下：
项目　数量　备注
授课培训　4次　参训绣娘63人次
文创订单　3批　共1850件
网店销售额　12.6万元　7月上线
下一步，支部将继续跟踪合作社经营情况，推动帮扶从“送订单”向“育品牌”转变。
中共倩溪县直机关第三支部委员会
2025年12月10日
""",
    ),
    dict(
        slug="hospital-qianxi-mch-dudou-summer-tips-booking",
        site="倩溪县妇幼保健院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.qxfybjy.com/jkkp/ertong/2025-06-20/1893.html",
        title="夏天给宝宝穿肚兜，这几点要注意",
        record_title="【儿保小讲堂】夏天给宝宝穿肚兜，这几点要注意 - 倩溪县妇幼保健院",
        date="2025-06-20",
        notes="hospital site with booking and 24-hour lines, a booking float and an experts list; the department's "
        "own 咨询电话 in the body; the 发布时间 byline as the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【儿保小讲堂】夏天给宝宝穿肚兜，这几点要注意 - 倩溪县妇幼保健院</title>
<link rel="stylesheet" href="/static/fy/main.css">
</head><body>
<div class="hd-top">⟦m 倩溪县妇幼保健院　二级甲等妇幼保健机构⟧ <span>⟦m 预约挂号：0579-6817 1000⟧</span> <span>⟦m 产科急诊24小时：0579-6817 1120⟧</span></div>
<ul class="hd-nav"><li>⟦m 首页⟧</li><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 健康科普⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="crumbs">⟦m 您的位置：首页 → 健康科普 → 儿童保健⟧</div>
<div class="news-box">
<h1>{T}</h1>
<div class="news-info">⟦m 发布时间：2025-06-20　作者：儿童保健科　浏览：872⟧</div>
<div class="news-txt">
{BODY}
</div>
<div class="news-pn">⟦l 上一篇：宝宝湿疹护理常见误区⟧<br>⟦l 下一篇：孕期补钙，补多少才合适⟧</div>
</div>
<div class="sidebar"><h3>⟦l 儿保专家⟧</h3>
<p>⟦l 眭若梅　主任医师　周二、周四上午⟧</p><p>⟦l 韦昔然　副主任医师　周一至周五下午⟧</p></div>
<div class="float-yy">⟦a 在线预约 · 免排队⟧</div>
<div class="ft">⟦m 地址：倩溪县绣城大道288号⟧　⟦m 投诉电话：0579-6817 1099⟧<br>⟦d 网站所载科普内容仅供参考，不能代替医生面诊。⟧</div>
</body></html>
""",
        body="""
天气一热，不少老人喜欢给宝宝穿上肚兜，觉得既凉快又能护住肚子。肚兜确实有一定的保暖作用，但穿不好也会带来麻烦。儿童保健科医生提醒家长注意以下几点。
一、选对材质。宜选纯棉、无荧光剂的浅色布料，刺绣和亮片要少，背面的线头要处理干净，避免摩擦宝宝皮肤。
二、系带别太紧。肚兜的颈带和腰带以能伸进两根手指为宜，睡觉时最好解开颈带，防止缠绕。
⟦l 相关阅读：宝宝长痱子，爽身粉还能用吗？⟧
三、勤换洗。宝宝出汗多，肚兜一天至少换两次，洗后在太阳下晒干。
四、不能代替防晒。外出时仍要注意遮阳，不要让宝宝背部长时间暴露在阳光下。
如宝宝出现痱子、红疹久不消退，请及时就诊。儿童保健科咨询电话：0579-6817 2256（工作日8:00—17:00）。
""",
    ),
    dict(
        slug="hospital-xuanbu-children-bubble-machine-pause-record-date",
        site="炫埠市儿童医院 (invented hospital site, text page)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xbetyy.cn/yygg/20250314/0207.html",
        title="关于儿科候诊区暂停使用泡泡机的通知",
        record_title="关于儿科候诊区暂停使用泡泡机的通知 ~ 炫埠市儿童医院 · 院务告知",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="the record gives the date; hospital chrome with a switchboard and a complaint line",
        page="""
!m 炫埠市儿童医院　守护童年每一天
!m 首页 ／ 新闻中心 ／ 医院公告
!t 关于儿科候诊区暂停使用泡泡机的通知 ~ 炫埠市儿童医院 · 院务告知
!m 来源：门诊部　阅读次数：2043
{T}
{BODY}
!a 手机挂号更方便：关注“炫埠儿童医院”服务号，点击底部菜单“预约”
!l 最新公告：春季儿童保健门诊时间调整 · 关于开展儿童近视筛查的公告
!m 医院总机：0754-8870 0000　投诉监督：0754-8870 0315
!m 粤ICP备13018822号　炫埠市儿童医院版权所有
""",
        body="""
各位患儿家长：
为减少交叉感染风险，经医院感染管理科评估，自2025年3月15日起，儿科门诊候诊区的两台泡泡机暂停使用。
泡泡机在候诊期间能有效缓解孩子们的紧张情绪，但近期流感、诺如病毒感染的患儿增多，泡泡落在地面、座椅和孩子手上，容易造成病毒传播，地面湿滑也存在跌倒隐患。
暂停期间，候诊区将增设绘本角和动画播放屏，请家长看护好孩子，候诊时尽量佩戴口罩。
恢复使用时间另行通知。给您带来的不便，敬请谅解。
炫埠市儿童医院门诊部
2025年3月14日
""",
    ),
    dict(
        slug="college-xietu-ocean-surfboard-donation-h1-dotted",
        site="偕涂海洋职业学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xthyzy.edu.cn/info/1032/18845.htm",
        title="海洋体育学院获赠五十块冲浪板",
        record_title=None,
        date="2025-10-17",
        notes="no record title (found in the <h1>); a dotted date line as the page's date; photo/review credits "
        "after the text; college navigation and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>偕涂海洋职业学院</title>
<link rel="stylesheet" href="/style/xthy.css">
</head><body>
<div class="head">⟦m 偕涂海洋职业学院⟧ <span>⟦m 向海而生 · 知行致远⟧</span>
<a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a> <a>⟦a English Site⟧</a></div>
<ul class="menu"><li>⟦m 学院概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 招生就业⟧</li><li>⟦m 海院新闻⟧</li></ul>
<div class="lm">⟦m 海院新闻 / 院系动态⟧</div>
<form name="_newscontent_fromname">
<h1>{T}</h1>
<div class="date">⟦m 2025.10.17　点击：<span id="dynclicks">1208</span>⟧</div>
<div id="vsb_content">
{BODY}
</div>
<div class="byline">⟦m 文/海洋体育学院 吴佳颀　图/学生记者团　审核/韦浩⟧</div>
</form>
<div class="share">⟦l 分享：微信 · QQ · 微博⟧</div>
<div class="foot">⟦m 地址：偕涂县逢潮镇海院路9号　邮编：317615⟧<br>⟦m 偕涂海洋职业学院 版权所有　浙ICP备08102276号⟧</div>
</body></html>
""",
        body="""
10月16日下午，逐浪板业有限公司向我院海洋体育学院捐赠冲浪板五十块、救生背心三十件，价值约二十六万元。捐赠仪式在学院冲浪训练基地举行。
据介绍，此次捐赠的冲浪板包括长板二十块、软板三十块，将主要用于休闲体育专业的冲浪课程教学和学生社团训练。⟦l 延伸阅读：我院冲浪社获全国大学生冲浪邀请赛团体第三⟧
逐浪板业总经理贡一帆是我院2012届毕业生。他在仪式上说，自己当年就是在学校的冲浪社第一次站上板子，希望学弟学妹们能在海上找到自信。
海洋体育学院院长表示，学院将用好这批器材，建立器材登记和保养制度，并邀请企业技术人员来校开设冲浪板维护实训课。
""",
    ),
    dict(
        slug="college-manchuan-normal-lantern-workshop-plan-decimal",
        site="熳川师范学院美术学院 (invented college site, text page)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://msxy.mcsfxy.edu.cn/tzgg/2025/1015/2217.htm",
        title="美术学院2025年“走马灯里的熳川”非遗工作坊实施方案",
        record_title="【教学安排】美术学院2025年“走马灯里的熳川”非遗工作坊实施方案-美术学院",
        date="2025-10-15",
        notes="decimal headings 1.1–4; 成文日期 under the signature; college chrome",
        page="""
!m 熳川师范学院 · 美术学院
!m 首页 » 通知公告 » 教学安排
!t 【教学安排】美术学院2025年“走马灯里的熳川”非遗工作坊实施方案
!m 发布人：教务办　浏览：519
!a 【大 中 小】　【打印本页】
{T}
{BODY}
!a 附：工作坊报名请登录教务系统“选修课程”栏目
!l 上一条：关于2025年秋季写生实习安排的通知
!l 下一条：美术学院本科毕业创作开题安排
!m 熳川师范学院美术学院　办公电话：0578-7381 2030
""",
        body="""
为推动非遗技艺进课堂，提升学生的造型设计与手工制作能力，学院决定开设“走马灯里的熳川”非遗工作坊。具体方案如下。
1.工作坊安排
1.1时间：2025年11月3日至11月28日，每周一、三下午。
1.2地点：美术学院手工实训楼204教室。
1.3对象：美术学院二年级学生，限招40人。
2.教学内容
2.1走马灯的结构原理与历史，由丈口镇传习所老艺人仲守贞讲授。
2.2竹篾骨架扎制、叶轮折制和剪影设计，分组实操。
2.3以熳川风物为题材创作一盏走马灯，作为结课作品。
3.成果展示
3.1结课作品在学院美术馆展出一周。
3.2优秀作品推荐参加县元宵灯会。
4.经费保障
所需材料费由学院教学经费列支，学生无需缴费。
熳川师范学院美术学院
2025年10月15日
""",
    ),
]
