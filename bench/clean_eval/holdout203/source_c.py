"""holdout203, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhiwubuda-rain-gauge-vs-cylinder-question-h1",
        site="知无不答 (invented, Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiwubuda.com/question/30028174",
        title="家里装的雨量计和气象站用的雨量筒有什么区别？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question in the <h1>; an adopted-answer badge, a vote row, more "
        "answers and an ask box; '回答于 3 天前' is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知无不答 - 有问题，就会有回答</title>
</head>
<body>
<header><a href="/" class="logo">⟦m 知无不答⟧</a> <input placeholder="搜你想问的"> <a class="ask">⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></header>
<div class="crumb">⟦m 知无不答 › 生活 › 天气与气象⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 提问者：匿名网友　悬赏 10 答豆　浏览 2,614⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 云端观测员　｜　气象业务 18 年　｜　回答于 3 天前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 有用 87　没用 2　评论 5⟧</div>
</div>
<div class="other-answers"><h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 鳡湖看天人：雨量筒要人去倒水量，雨量计是自动的。⟧</p>
<p>⟦l 查看全部回答 ∨⟧</p></div>
<div class="ask-box">⟦a 没找到满意答案？写下你的问题，让懂行的人来答⟧</div>
<footer>⟦m ©2025 知无不答 zhiwubuda.com 京ICP备20044371号⟧</footer>
</body>
</html>
""",
        body="""
两者测的都是降水量，区别主要在读数方式上。
雨量筒是人工观测用的，由承水器、储水瓶和量杯组成。观测员定时把储水瓶里的水倒进专用量杯，读出毫米数，下雪天还要把雪化成水再量。
家用和自动站用的雨量计大多是翻斗式的：雨水从承雨口流进一个小翻斗，每积满0.1毫米或0.2毫米就翻转一次，仪器记下翻转次数，就得出了降雨量，可以自动存储和上传。
所以，如果只是在家记录天气，买个翻斗式雨量计就够了；如果想和气象站的数据对比，要注意安装高度和周围有没有遮挡。
""",
    ),
    dict(
        slug="qa-wenba-scanner-cannot-read-codes",
        site="问吧吧 (invented, Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wenbaba.net/q/8815207.html",
        title="扫码枪扫不出顾客的付款码是什么原因？",
        record_title="【已采纳】扫码枪扫不出顾客的付款码是什么原因？ - 问吧吧",
        date=None,
        notes="Q&A text: an adopted-answer tag in the record title, a numbered list in the answer; an answerer card "
        "and a 'helpful' row; 2 小时前 is no date",
        page="""
!m 问吧吧 — 你问我答 互帮互助
!m 问吧吧 ＞ 数码 ＞ 办公设备
!t 【已采纳】扫码枪扫不出顾客的付款码是什么原因？
!m 小卖部老板娘 提问于 2 小时前　浏览 356
!m 最佳答案　收银设备售后 老范　｜　已帮助 1,203 人
{BODY}
!a 这个回答对你有帮助吗？　👍 有帮助（42）　👎 没帮助
!l 相关问题：收银机小票打印不出来怎么办？
!l 相关问题：扫码枪扫条码可以，扫二维码不行？
!a 我来回答
""",
        body="""
扫码枪扫不出付款码，常见原因有这么几个，可以按顺序排查：
1. 扫码枪只支持一维码。老式的激光扫码枪只能扫商品条形码，扫不了二维码，需要换成二维影像扫码枪。
2. 顾客手机屏幕太暗或贴了防窥膜。可以请顾客把亮度调高一点，或者把付款码截图放大再扫。
3. 扫码枪窗口脏了。用眼镜布轻轻擦一擦窗口玻璃。
4. 收银软件里的光标不在付款框里，扫出来的数字跑到别处去了。先用鼠标点一下付款框再扫。
如果以上都试过还不行，可能是数据线接触不良，换个USB口试试，再不行就联系售后检修。
""",
    ),
    dict(
        slug="collection-yuchuang-memoir-rain-cylinder-gb2312",
        site="雨窗集 (invented, a retired meteorologist's collection, gb2312 tables)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.yuchuangji.example.cn/disanji/14.htm",
        title="量雨筒旁的二十年",
        record_title="《雨窗集》第三辑·量雨筒旁的二十年",
        date=None,
        notes="a retired meteorologist's collection on old gb2312 tables: chapter links (目录/上一篇/下一篇), a visitor "
        "counter and the author's mailbox; years only inside sentences, no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《雨窗集》第三辑·量雨筒旁的二十年</title>
</head>
<body bgcolor="#F5F0E6">
<table width="760" align="center" border="0">
<tr><td align="center">⟦m 雨窗集⟧<br>⟦m 一个老气象员的闲笔⟧</td></tr>
<tr><td align="center">⟦l [ 第一辑 ] [ 第二辑 ] [ 第三辑 ] [ 老照片 ] [ 留言簿 ]⟧</td></tr>
</table>
<table width="760" align="center" border="0" cellpadding="12">
<tr><td>
<p align="center">⟦t 《雨窗集》第三辑·⟧{T}</p>
<p align="center">⟦m 作者：蒋守恒⟧</p>
{BODY}
<p align="center">⟦l ◁ 上一篇：百叶箱⟧　⟦l 返回目录⟧　⟦l 下一篇：那年的霜冻 ▷⟧</p>
</td></tr>
</table>
<table width="760" align="center"><tr><td align="center">
⟦m 本集文字均为作者原创，转载请与作者联系：jiangshouheng1952@example.cn⟧<br>
⟦m 自2006年开张以来，您是第 <font color="red">048217</font> 位来客⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九七三年春天，我从气象学校毕业，分到鲴山县气象站，领到的第一件仪器就是一只量雨筒。
那时候没有自动雨量计，每天早上八点和晚上八点，不管刮风下雨，都要走到观测场，把储水瓶里的雨水倒进量杯，对着光读刻度，再记进观测簿。暴雨天一夜要量好几回，雨衣穿了也是白穿。
有一年汛期，连下了七天雨，站里三个人轮流守着量雨筒，每小时往县里打一次电话报雨量。县里后来说，那几天的数据帮下游几个村提前转移了群众。
一九九三年我离开观测场时，那只量雨筒已经换过三回了。现在观测场里立着的是翻斗式雨量计，数据直接传到电脑上，可我还是常常想起那只量杯，想起对着晨光读数的日子。
""",
    ),
    dict(
        slug="collection-wanxia-memoir-coop-register-oneline",
        site="晚霞文存 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://wanxiawencun.example.org/guitai/05.html",
        title="供销社的那台收银机",
        record_title="供销社的那台收银机（柜台旧事之五）— 晚霞文存",
        date=None,
        notes="a memoir with the whole body on one line (paragraphs apart only by their indent); a collection header, "
        "chapter links and a visit counter; no date",
        page="""
!m 晚霞文存　·　一位老营业员的柜台旧事
!t 供销社的那台收银机（柜台旧事之五）
!m 文／邹玉兰
{BODY}
!l 【上一篇】柜台后的算盘　　【下一篇】凭票供应的年月　　【返回目录】
!m 本页已被翻阅 3,018 次
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一九八五年，蚶岭供销社百货门市部来了一台收银机，是县社统一配的，黑色的铁壳子，按键一按“咔嗒”一响，比我的算盘声音还大。
主任把它摆在柜台正中，说以后每一笔钱都要从它这里过。刚开始大家都不习惯，有位老师傅嫌它慢，偷偷还用算盘，月底对账时差了两块三毛钱，被主任在会上点了名。
我学得快，半个月后就成了门市部里打票最快的人。那台收银机一直用到一九九七年门市部改制，后来不知去了哪里。
如今超市里的收银机一扫就出价，我有时站在旁边看半天，想起的还是当年那声“咔嗒”。
""",
    ),
    dict(
        slug="party-gushan-summary-river-patrol-buoys",
        site="鲴山先锋网 (invented, Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gushanxianfeng.gov.cn/zbfc/202509/t20250905_40721.html",
        title="县水利局党支部“党员护河”防溺水志愿服务工作总结",
        record_title="【护河先锋】县水利局党支部“党员护河”防溺水志愿服务工作总结_鲴山先锋网",
        date="2025-09-02",
        date_also=["2025-09-05"],
        notes="Party-building portal: a study-points prompt, a read-on-phone QR line, a table of patrol figures one row "
        "a paragraph; 成文日期 differs from the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【护河先锋】县水利局党支部“党员护河”防溺水志愿服务工作总结_鲴山先锋网</title>
</head>
<body>
<div class="dj-top">⟦m 鲴山先锋网⟧ ⟦m 中共鲴山县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　党建要闻　支部工作　党员教育　先锋风采　专题专栏⟧</div>
<div class="dj-pos">⟦m 首页 ＞ 支部工作 ＞ 正文⟧</div>
<div class="dj-article">
<h1>{T}</h1>
<div class="dj-info">⟦m 时间：2025-09-05　来源：县水利局机关党委　浏览量：742⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-study">⟦a 阅读满 3 分钟可累计学习积分 1 分⟧</div>
<div class="dj-qr">⟦a 用手机扫一扫 随时随地学党建⟧</div>
</div>
<div class="dj-rel">⟦l 推荐阅读：县应急管理局党支部开展水上救援演练⟧</div>
<div class="dj-foot">⟦m 鲴山先锋网 版权所有 湘ICP备15006642号-2⟧</div>
</body>
</html>
""",
        body="""
今年暑期，县水利局党支部组织党员志愿者开展“党员护河”防溺水志愿服务，守护獭溪鲴山段的重点水域。现将有关情况总结如下。
一、基本情况。支部23名党员分成6个小组，7月1日至8月31日每天傍晚在重点水域巡河，共劝离野泳群众146人次。
项目　数量
巡河次数　372次
新增救生圈　64个
补换救生绳　38根
发放宣传单　2100份
二、主要做法。一是把救生圈、救生绳挂到每个野泳点的醒目位置，逐一登记编号；二是在巡河途中顺带检查救生圈，发现丢失当天补齐；三是联合村委会在路口张贴防溺水提示。
三、下一步打算。支部将把“党员护河”做成常态化项目，明年提前到6月启动。
中共鲴山县水利局支部委员会
2025年9月2日
""",
    ),
    dict(
        slug="party-licheng-speech-secrecy-shredders-cn-date",
        site="鳢城党建 (invented, Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.lichengdj.cn/bmzl/2025/0331/2217.html",
        title="在全县机关保密工作会议上的讲话",
        record_title="〖保密专栏〗在全县机关保密工作会议上的讲话｜鳢城党建",
        date="2025-03-27",
        notes="Party site text: the date under the speech title in Chinese numerals, a speaker line (neutral); a "
        "study-points line glued after a sentence; the page's 发布 date differs and is also accepted",
        date_also=["2025-03-31"],
        page="""
!m 鳢城党建 · 凝心聚力
!m 首页 ＞ 保密专栏 ＞ 领导讲话
!t 〖保密专栏〗在全县机关保密工作会议上的讲话
!m 发布：2025-03-31　来源：县委保密办
{T}
（二〇二五年三月二十七日）
县委常委、县委办公室主任　杭振宇
{BODY}
!a ◎ 学习打卡　◎ 转发到支部群
!m 主办单位：中共鳢城县委组织部　技术维护：县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
同志们：
这次会议的主要任务，是总结去年全县保密工作，部署今年任务。下面，我讲两点意见。
一、正视问题。去年保密检查发现，有的单位把没有粉碎的文件草稿整袋卖给废品站，有的单位碎纸机坏了半年没人修，有的干部把涉密文件带回家。这些问题看起来不大，却都是失泄密的口子。⟦a 本文学习时长计入年度学习档案⟧
二、抓好落实。各单位要在4月底前配齐合格的碎纸机，办公室设专人管理；草稿、校样、废页当天粉碎，不得隔夜堆放；涉密载体一律送保密技术服务中心销毁，做到登记、交接、销毁全程留痕。
同志们，保密工作无小事，希望大家切实负起责任，把各项要求落到实处。
""",
    ),
    dict(
        slug="hospital-lingsan-notice-scanners-booking-float",
        site="鲮江市第三人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ljsy3.com/yygg/20250106/1021.html",
        title="关于门诊收费窗口启用扫码枪收费的通知",
        record_title="医院公告 ▸ 关于门诊收费窗口启用扫码枪收费的通知 ▸ 鲮江市第三人民医院",
        date="2025-01-06",
        notes="hospital site: a booking float, a 24-hour line and a 预约挂号 line beside the notice's own 咨询电话; "
        "the notice is signed without a date, so the page's 发布时间 is the date; scan-to-pay as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>医院公告 ▸ 关于门诊收费窗口启用扫码枪收费的通知 ▸ 鲮江市第三人民医院</title>
</head>
<body>
<div class="h-top">⟦m 鲮江市第三人民医院⟧ ⟦m 三级综合医院⟧ <span>⟦m 24小时急救：0756-3312120⟧</span></div>
<div class="h-nav">⟦m 首页 | 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 医院公告 | 健康科普⟧</div>
<div class="h-pos">⟦m 当前位置：首页 &gt; 医院公告⟧</div>
<div class="h-art">
<h1>{T}</h1>
<p class="h-info">⟦m 发布时间：2025-01-06　发布科室：财务科　点击：3120⟧</p>
<div class="h-con">
{BODY}
</div>
</div>
<div class="h-float"><p>⟦a 在线预约⟧</p><p>⟦a 报告查询⟧</p><p>⟦m 预约挂号：0756-3312000⟧</p></div>
<div class="h-foot">⟦m 地址：鲮江市鳟川区滨江路16号　邮编：529200⟧<br>⟦m 粤ICP备13087126号　粤公网安备44078102000391号⟧</div>
</body>
</html>
""",
        body="""
各位患者及家属：
为缩短缴费排队时间，我院自1月13日起在门诊一楼、二楼收费窗口启用扫码枪收费。届时，患者可出示微信、支付宝或医保电子凭证的付款码，由收费员用扫码枪扫码完成缴费。
使用现金、银行卡缴费的方式继续保留。老年患者不会使用手机付款的，可到窗口请工作人员协助，或到门诊大厅“老年人服务台”办理。
缴费成功后，请在窗口领取缴费凭条，凭条上的二维码可用于报告查询。
如有疑问，请咨询门诊财务科，电话：0756-3312357。
鲮江市第三人民医院财务科
""",
    ),
    dict(
        slug="hospital-licheng-er-drowning-buoy-throw",
        site="鳢城县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="text",
        source="http://www.lcxrmyy.cn/jkkp/2025/0711/638.html",
        title="溺水急救：救生圈怎么抛、心肺复苏怎么做",
        record_title="【急救小课堂】溺水急救：救生圈怎么抛、心肺复苏怎么做-鳢城县人民医院",
        date="2025-07-11",
        notes="hospital text page: the byline's 发布时间 is the date; a numbered list; a booking line and a 24-hour line "
        "in the footer; an editor/reviewer line glued after the last sentence",
        page="""
!m 鳢城县人民医院　LICHENG COUNTY PEOPLE'S HOSPITAL
!m 首页 ＞ 健康科普 ＞ 急诊急救
!t 【急救小课堂】溺水急救：救生圈怎么抛、心肺复苏怎么做
!m 发布时间：2025-07-11 15:20　　作者：急诊医学科 詹慧　　浏览：908
{BODY}
!a 字号：A＋　A－　　分享至朋友圈
!m 预约挂号请拨：0798-5100999　急诊24小时：0798-5100120
!m 鳢城县人民医院 版权所有 赣ICP备10042771号
""",
        body="""
夏季是溺水事故高发期。发现有人落水，岸上的人首先要做的不是跳下去，而是抛出救生圈。
抛救生圈有三个要点：
1. 先把救生绳的一端踩在脚下或系在固定物上，再抛救生圈。
2. 抛向落水者的上游或前方一两米处，让水流把救生圈带到他身边，不要直接砸向落水者头部。
3. 落水者抓住救生圈后，慢慢收绳，把人拉到岸边。
救上岸后，如果落水者没有反应、没有正常呼吸，要立即拨打120，并马上开始心肺复苏：双手叠放在胸部正中，以每分钟100到120次的频率按压，按压深度5到6厘米，直到急救人员到达。⟦m 审核：急诊医学科主任 魏启东⟧
""",
    ),
    dict(
        slug="univ-lingshi-news-weather-station-gauges-h1",
        site="鲮江师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ljnu.edu.cn/info/1032/21877.htm",
        title="地理学院校园气象站新添三台自动雨量计",
        record_title=None,
        date="2025-04-11",
        notes="university news page: no record title, the <h1>; a dotted date line is the page's date; a photo caption "
        "between paragraphs; a 文/图/审核 line glued after the last sentence; the college's news sidebar",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鲮江师范学院新闻网</title>
</head>
<body>
<div class="topbar">⟦m 鲮江师范学院新闻网⟧ <a>⟦a 学校主页⟧</a> <a>⟦a 信息门户⟧</a></div>
<div class="menu">⟦m 首页 / 学校要闻 / 院系动态 / 媒体师院 / 校园人物⟧</div>
<div class="place">⟦m 您的位置：首页 &gt;&gt; 院系动态⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 2025.04.11　来源：地理与环境学院　浏览：1136⟧</div>
<div class="v_news_content">
{BODY}
</div>
</div>
<div class="sidebar"><h3>⟦l 院系动态⟧</h3>
<ul><li>⟦l 音乐学院举办春季专场音乐会⟧</li><li>⟦l 数学学院召开教学督导工作会⟧</li></ul></div>
<div class="bottom">⟦m 版权所有：鲮江师范学院党委宣传部　地址：鲮江市鳟川区学府路1号⟧</div>
</body>
</html>
""",
        body="""
近日，地理与环境学院校园气象站新添了三台翻斗式自动雨量计，分别安装在观测场、图书馆楼顶和鲲园湖边，学校从此有了覆盖全校的降雨监测网。
新雨量计每分钟记录一次雨量，数据实时显示在学院气象大屏上，师生用手机扫码也能查看。
⟦m 学生在观测场检查新安装的雨量计⟧
学院气象站站长邝振华老师介绍，过去站里只有一只人工雨量筒，学生实习时只能“一个雨量筒大家轮流量”。现在三个点的数据可以相互比对，学生能直观地看到同一场雨在校园不同位置的差别。
据悉，这批雨量计采集的数据还将用于学生的毕业论文和课程实习。⟦m 文/图：柯雨萱　审核：邝振华⟧
""",
    ),
    dict(
        slug="univ-lingshi-secrecy-office-destruction-notice",
        site="鲮江师范学院保密办公室 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bmb.ljnu.edu.cn/tzgg/2025/0612/77.htm",
        title="关于做好涉密载体清理销毁工作的通知",
        record_title="关于做好涉密载体清理销毁工作的通知-保密办公室-鲮江师范学院",
        date="2025-06-10",
        notes="a university office's text page: 附件 list, 抄送 line; 碎纸机 and 打印 as content; 成文日期 under the "
        "signature in Chinese numerals (the page's 发布时间 also accepted); the office's own phone in the footer",
        page="""
!m 鲮江师范学院　保密办公室
!m 首页　机构设置　规章制度　通知公告　保密知识
!m 通知公告
{T}
!m 发布者：保密办　　发布时间：2025-06-12　　浏览次数：519
{BODY}
!m 保密办公室地址：行政楼306室　联系电话：0756-2230619
!m Copyright © 鲮江师范学院 保密办公室
""",
        date_also=["2025-06-12"],
        indent="\u3000\u3000",
        body="""
各学院、各部门：
为消除失泄密隐患，学校决定于6月16日至6月27日集中开展涉密载体清理销毁工作。现将有关事项通知如下：
一、各单位对本单位保存的涉密文件、资料、光盘和U盘逐件清点，对不再需要保存的，填写《涉密载体销毁清单》，打印后由单位负责人签字。
二、涉密载体由各单位保密员送学校保密办统一销毁，严禁自行用普通碎纸机粉碎或当废品出售。
三、非涉密的内部资料，可用本单位碎纸机粉碎处理。
附件：1. 涉密载体销毁清单
2. 各单位保密员名单
鲮江师范学院保密办公室
二〇二五年六月十日
抄送：学校保密委员会各成员。
""",
    ),
]
