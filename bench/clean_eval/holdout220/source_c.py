"""holdout220, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (each once as HTML, once as text).

Every page, place, person, firm, site, URL and number here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="qa-wendehao-water-heater-standby-question",
        site="问得好 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendehao.example.com/q/1930281744.html",
        title="电热水器一直插着电和用的时候再开，哪个更省电？",
        record_title=None,
        date=None,
        notes="Q&A page, no title in the record: the question (<h1>) is the title; the adopted answer is the body; an "
        "adopted-answer badge, a vote row, more answers and recommendations; 'answered 3 days ago' (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>问得好 - 有问题，就问得好</title>
<script src="https://s.wendehao.example.com/q/detail.js"></script>
</head><body>
<div class="hd"><a href="/">⟦m 问得好⟧</a><form><input placeholder="搜一搜你的问题"><button>⟦a 搜答案⟧</button></form><a>⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 问得好 › 生活 › 家用电器⟧</div>
<div class="question"><h1>{T}</h1>
<p>⟦m 提问者：匿名用户　浏览 2.3 万　关注 186⟧</p></div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 暖阳家电维修 · 家电维修师傅 · 回答于 3 天前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 有用 318　没用 12　举报⟧</div>
</div>
<div class="more"><h3>⟦l 其他 6 条回答⟧</h3><p>⟦l 网友“大鹏”：我家一直开着，一个月电费也没多几块。⟧</p></div>
<div class="rec"><h3>⟦l 猜你还想问⟧</h3><ul><li>⟦l 热水器镁棒多久换一次？⟧</li><li>⟦l 电热水器出水忽冷忽热是什么原因？⟧</li></ul></div>
<div class="ft">⟦m © 2025 问得好 wendehao　京ICP证160733号⟧</div>
</body></html>
""",
        body="""
这个问题要分情况看，关键是你家每天用热水的次数和热水器的保温性能。
储水式电热水器不用时也会慢慢散热，水温降到设定值以下就会自动加热，这部分耗电叫“保温损耗”。现在一级能效的产品保温做得比较好，一天的保温耗电大约在0.6度到0.9度之间。
如果家里每天只在晚上洗一次澡，建议用之前提前一小时开机，用完关掉，能省下保温的电。
如果家里人多，早晚都要用热水，一直开着反而更划算，因为每次从冷水烧起来耗电更多，等待时间也长。
另外提醒两点：一是温度不要设得太高，50℃左右足够，温度越高散热越快；二是使用满八年的热水器要请专业人员检查，老化的内胆和加热管本身就会多耗电。
""",
    ),
    dict(
        slug="qa-zhilin-earbuds-online-class-answer",
        site="知邻问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.zhilin.example.cn/question/88217306",
        title="孩子上网课用无线耳机好还是有线耳机好？",
        record_title="孩子上网课用无线耳机好还是有线耳机好？_教育_知邻问答",
        date=None,
        notes="Q&A text: the question with a column and the site after it; the best answer with a numbered list; "
        "asked '2 天前' (no date); a vote row, more answers and a related question",
        page="""
!m 知邻问答 > 教育 > 学习工具
{T}
!m 提问者：樱桃妈妈　2 天前　浏览 6,418
!m 最佳答案
!m 回答者：信息课王老师　答题 1,207　采纳率 86%
{BODY}
!a 赞同 452　反对 3　评论 17
!l 更多回答（9）
!l 相关问题：网课期间怎样保护孩子的视力？
!m 知邻问答　京ICP备19052208号-4
""",
        body="""
作为一名小学信息老师，说说我的看法，供家长参考。
上网课我更推荐有线耳机，或者头戴式耳机。理由有三点：
1.无线耳机需要充电，上课中途没电，孩子往往要手忙脚乱地切换设备；
2.部分无线耳机与电脑连接有延迟，做听力练习时声音和画面对不上；
3.入耳式无线耳机小，孩子容易塞得太深，长时间佩戴耳朵不舒服。
如果一定要用无线耳机，建议选择有“低延迟模式”的，音量控制在一半以下，每节课后让孩子摘下耳机休息十分钟。
最后，不管用哪种耳机，都要注意定期清洁，也不要和同学混用。
""",
    ),
    dict(
        slug="collection-laofu-memoir-radio-and-speaker",
        site="老符文存 (invented, personal collection, old table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.laofuwencun.example.net/wj/sanwen/014.htm",
        title="母亲的收音机和我的蓝牙音箱",
        record_title="【廪河絮语·十四】母亲的收音机和我的蓝牙音箱 - 老符文存",
        date=None,
        notes="a retired man's collection in an old gb2312 table layout: chapter links (目录/上一篇/下一篇), a visitor "
        "counter and the author's mailbox; the essay ends with a 记于 line giving only a year and a lunar month (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【廪河絮语·十四】母亲的收音机和我的蓝牙音箱 - 老符文存</title>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#fdf8ec" text="#333333">
<table width="760" align="center" border="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 老符文存⟧</font><br><font size="2">⟦m 一个退休教书匠的笔墨⟧</font></td></tr>
<tr><td align="center"><a href="../index.htm">⟦m 文存首页⟧</a>　<a href="index.htm">⟦m 廪河絮语⟧</a>　<a href="../shi/index.htm">⟦m 诗词小辑⟧</a>　<a href="../ly.htm">⟦m 给我留言⟧</a></td></tr>
<tr><td align="center"><h3>{T}</h3></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="013.htm">⟦l ←上一篇：老屋后的那棵枇杷⟧</a>　<a href="index.htm">⟦l 回目录⟧</a>　<a href="015.htm">⟦l 下一篇：父亲的算盘→⟧</a></td></tr>
<tr><td align="center"><hr size="1">⟦w 来信请寄：laofu_lc@example.net⟧<br>⟦m 自2006年开张以来，到访人次：<font color="red">0047219</font>⟧<br>⟦d 文存所有文字为本人所写，转载请先来信。⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲年轻时有一台红灯牌收音机，放在堂屋的条桌上，外面罩着她自己钩的白线套子。每天傍晚，她一边择菜一边听评书，那是我童年记忆里最温暖的声音。
后来收音机坏了，修了几次，终于修不好了。母亲舍不得扔，一直把它摆在原处。
前年我给她买了一只巴掌大的蓝牙音箱，在手机里下好了她爱听的评书和黄梅戏。教了好几遍，她还是记不住怎么连蓝牙，索性让我把一部旧手机留在家里，专门给音箱放节目。
今年春节回家，我看见那只蓝牙音箱也罩上了一个白线套子，就摆在旧收音机旁边。母亲说：“一老一小，做个伴。”
我忽然觉得，器物会换，母亲守着日子的那份心思一直没变。
二〇二四年腊月，记于廪川
""",
    ),
    dict(
        slug="collection-diwan-essay-band-steps-oneline",
        site="籴湾小记 (invented, personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://diwanxiaoji.example.org/sanwen/shouhuan.html",
        title="手环上的步数",
        record_title="手环上的步数 ‖ 籴湾小记（散文卷）",
        date=None,
        notes="an essay in a personal collection, all on one line (paragraphs apart only by their indent); no date; the "
        "collection's name with a volume aside after the title",
        page="""
!m 籴湾小记 · 老邝的文字自留地
!m 目录 ｜ 散文卷 ｜ 诗词卷 ｜ 留言簿
{T}
!m 收录于：散文卷　字数：412　点击：97
{BODY}
!l ◂ 上一篇：渡口的豆腐坊　　下一篇：给孙子的一封信 ▸
!d 本集文字均为原创，转载或引用请先征得作者同意。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
退休以后，女儿给我买了一只智能手环，说是让我多走路。
起初我不以为然，觉得走路还用得着数？戴了几天才发现，自己一天竟然走不到三千步，大部分时间都坐在藤椅上看电视。
于是我给自己定了个目标：每天八千步。早上沿着籴湾的河堤走到渡口，再折回来，正好四千步；傍晚再走一趟。
走得多了，认识的人也多了。渡口卖豆腐的老陈、堤上放羊的小伙子，见了面都要问一句：“今天走够没有？”
如今手环已经换了一根表带，我的步数也稳定在一万左右。女儿打视频电话来，总要先看看我的步数。
我想，这小小的手环记下的不只是步数，还有一个老人慢慢找回来的日子。
""",
    ),
    dict(
        slug="party-didcheng-news-volunteers-water-heater-check",
        site="玓城党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.didchengdj.example.cn/zbfc/202512/t20251208_9021.html",
        title="社区党支部开展“冬日暖流”志愿服务 为困难老人检修电热水器",
        record_title="【支部掠影】社区党支部开展“冬日暖流”志愿服务 为困难老人检修电热水器 - 玓城党建网",
        date="2025-12-08",
        notes="Party-building portal: a study-points prompt, a read-on-phone QR line, the byline's 发布时间 as the page's "
        "date, a photo caption between paragraphs, a column bracket before the title and the site after it",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【支部掠影】社区党支部开展“冬日暖流”志愿服务 为困难老人检修电热水器 - 玓城党建网</title>
<script src="/static/js/dj-common.js"></script>
</head><body>
<div class="dj-head"><div class="logo">⟦m 玓城党建网⟧</div><div class="slogan">⟦m 中共璧源市玓城区委组织部主办⟧</div></div>
<div class="dj-nav"><a>⟦m 首页⟧</a><a>⟦m 要闻⟧</a><a>⟦m 支部风采⟧</a><a>⟦m 党员教育⟧</a><a>⟦m 组工信息⟧</a></div>
<div class="dj-main">
<div class="dj-title"><h1>{T}</h1>
<p>⟦m 发布时间：2025-12-08　来源：枅桥街道党工委　浏览量：1,066⟧</p></div>
<div class="dj-tip">⟦a 登录“玓城先锋”学习平台，阅读本文满 3 分钟可得 1 学分⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦l 用手机扫描二维码，把本文带走⟧</div>
<div class="dj-pn">⟦l 上一篇：区委组织部开展党员冬训示范培训⟧<br>⟦l 下一篇：“红色网格”让居民办事少跑腿⟧</div>
</div>
<div class="dj-foot">⟦m 主办：中共璧源市玓城区委组织部　地址：玓城区府前街1号⟧<br>⟦m 电话：0766-2201335　赣ICP备20001297号⟧</div>
</body></html>
""",
        body="""
12月6日，枅桥社区党支部组织党员志愿者开展“冬日暖流”志愿服务活动，为辖区32户困难老人免费检修电热水器。
活动中，志愿者分成四个小组，逐户检查热水器的漏电保护插头、接地线和进出水管，更换老化的镁棒和阀门18个，并为老人演示“先断电、后洗浴”的安全用法。
⟦m 图为党员志愿者在老人家中检查热水器接地线。⟧
对检查中发现的5台使用超过十年、存在安全隐患的热水器，社区党支部协调爱心企业捐赠了新机，并于当天完成安装。
“党员们顶着寒风上门，把热水送进了家门，我们心里暖和！”82岁的独居老人柴老伯说。
下一步，社区党支部将把电器安全检修纳入常态化志愿服务项目，每季度开展一次。
""",
    ),
    dict(
        slug="party-yakou-report-earbuds-factory-branch-wrapped",
        site="砑口非公党建 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://fgdj.yakou.example.cn/szpy/2025/0115/331.html",
        title="2024年度公司党支部书记抓基层党建工作述职报告",
        record_title="〖述职评议〗2024年度公司党支部书记抓基层党建工作述职报告_砑口非公党建",
        date="2025-01-10",
        date_also=["2025-01-15"],
        notes="Party site text hard-wrapped at 66 columns; the report's own date under the signature differs from the "
        "page's 发布时间; a study-points line and prev/next links",
        page="""
!m 砑口非公党建 —— 砑口镇非公有制经济组织党委
!m 首页 > 述职评议
{T}
!m 发布时间：2025-01-15　来源：镇非公党委　字号：大 中 小
{BODY}
!a 读完本文请点“学习打卡”，累计 10 篇可兑换学时
!l 上一篇：镇非公企业党组织书记述职评议会召开
!l 下一篇：2024年度非公企业党建工作要点
!m 砑口镇非公有制经济组织党委主办
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
2024年，我作为公司党支部书记，坚持党建引领生产经营，推动支部工作与无线耳机生产主业深度融合。现将抓党建工作情况报告如下。
一、主要做法
（一）把支部建在生产线上。在耳机装配、测试、包装三条生产线分别设立党小组，26名党员全部亮身份、上岗位。
（二）开展“党员攻关”。围绕耳机充电仓良品率偏低的问题，成立由5名党员技术骨干组成的攻关小组，良品率由92.4%提高到98.1%。
（三）关心职工生活。支部牵头建成职工书屋和母婴室，为外地职工协调子女入学17人次。
二、存在不足
一是党员教育方式比较单一；二是在青年职工中发展党员力度不够。
三、下一步打算
2025年，支部将推行“一线党课”，力争新发展党员4名，推动党建工作与企业发展同频共振。
璧源市声澜电子科技有限公司党支部书记　宋亦凡
2025年1月10日
""",
    ),
    dict(
        slug="hospital-yuxi-cardiology-band-alerts-booking-float",
        site="庾溪县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.yxxrmyy.example.cn/jkkp/2025/1011/2207.html",
        title="手环提示心率异常，别慌也别忽视",
        record_title="【心内科提醒】手环提示心率异常，别慌也别忽视 - 庾溪县人民医院",
        date="2025-10-11",
        notes="hospital site: a booking float, a 24-hour emergency line and a booking hotline beside the department's own "
        "咨询电话 in the text; an experts list; the byline's 发布时间 as the page's date; a numbered list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【心内科提醒】手环提示心率异常，别慌也别忽视 - 庾溪县人民医院</title>
<script src="/res/js/float-booking.js"></script>
</head><body>
<header><div class="logo">⟦m 庾溪县人民医院⟧</div><div class="tel">⟦m 急救电话：0738-4712120（24小时）⟧</div></header>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 健康科普⟧</li><li>⟦m 就医指南⟧</li></ul></nav>
<div class="pos">⟦m 您的位置：首页 - 健康科普 - 心血管⟧</div>
<div class="wrap"><div class="article">
<h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-10-11　作者：心内科　审核：医务部　阅读：863⟧</p>
<div class="text">
{BODY}
</div></div>
<div class="side"><h4>⟦l 心内科专家⟧</h4><ul><li>⟦l 闵德华　主任医师　周一全天⟧</li><li>⟦l 温若澜　副主任医师　周三上午⟧</li></ul></div></div>
<div id="bookFloat">⟦a 预约挂号⟧<br>⟦m 预约热线：0738-4719999⟧</div>
<footer>⟦m 庾溪县人民医院　地址：庾溪县康宁路58号⟧<br>⟦m 湘ICP备13006652号-1⟧</footer>
</body></html>
""",
        body="""
近段时间，心内科门诊常有市民拿着手机来问：“手环提醒我心率不齐，是不是得了心脏病？”
智能手环通过光电传感器测量脉搏，能发现部分心律失常的线索，但它不能代替心电图，也不能作为诊断依据。手臂晃动、表带过松、皮肤温度低，都可能让手环“误报”。
那么，收到提醒该怎么办？
1.先安静坐下休息五分钟，把手环戴紧后重新测量；
2.如果反复提示异常，或同时出现胸闷、心慌、头晕、黑矇，应及时就诊；
3.就诊时可以带上手环记录的数据，供医生参考。
我院心内科开设了心律失常专病门诊，每周二、周四上午坐诊，咨询电话：0738-4712265。
""",
    ),
    dict(
        slug="hospital-sanghu-ward-device-rules-articles",
        site="磉湖县妇幼保健院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rule",
        form="text",
        source="http://www.shfybjy.example.cn/hzfw/zyxz/118.html",
        title="住院病区患者使用自带电子设备管理规定",
        date=None,
        notes="hospital rules given in the record as is: 第N条 articles on 蓝牙音箱 and headphones; no date (an "
        "effective-on-issue clause only); a patient-service hotline and a visit count around it",
        page="""
!m 磉湖县妇幼保健院　　守护母婴健康
!m 首页 ＞ 患者服务 ＞ 住院须知
{T}
!m 来源：护理部　　访问次数：1,532　　更新：上周
!a 【放大】【缩小】【打印本页】
{BODY}
!l 相关须知：陪护管理规定 · 探视时间安排 · 出院结算流程
!m 患者服务中心：0739-6108866　地址：磉湖县育英路9号
!m 磉湖县妇幼保健院版权所有
""",
        body="""
第一条　为保持病区安静，保障患者休息和医疗设备正常运行，制定本规定。
第二条　患者及陪护人员在病区内使用手机、平板电脑、蓝牙音箱等设备，不得外放声音，收听音频须佩戴耳机。
第三条　每日12:00至14:00、21:00至次日7:00为病区静息时间，静息时间内禁止使用蓝牙音箱，手机应调至静音或振动。
第四条　禁止在病房内使用大功率充电设备，禁止私拉电线为电子设备充电。
第五条　患者确需播放音乐辅助康复的，由责任护士评估后在康复治疗室内使用。
第六条　对违反本规定的，医护人员应予以劝阻；劝阻无效的，由科室护士长协调处理。
第七条　本规定由护理部负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="college-biyuan-news-voice-curtain-controller-h1",
        site="璧源理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.bylg.edu.example.cn/info/1021/20517.htm",
        title="我校学生团队研发助老电动窗帘语音控制器获省赛一等奖",
        record_title=None,
        date="2025-05-20",
        notes="university news page, no title in the record: the <h1>; the date line (日期) is the page's date; a photo "
        "caption between paragraphs, a 'contributed by' line glued after the last sentence, quick links and a footer",
        page="""
<!DOCTYPE html>
<html lang="zh-cn"><head><meta charset="utf-8">
<title>璧源理工学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="header"><span>⟦m 璧源理工学院新闻网⟧</span><a>⟦m 学校主页⟧</a><a>⟦m 信息公开⟧</a><a>⟦a 校园VPN⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 理工要闻⟧</a><a>⟦m 学院动态⟧</a><a>⟦m 媒体理工⟧</a><a>⟦m 图说校园⟧</a></div>
<div class="main">
<h1>{T}</h1>
<div class="sub">⟦m 日期：2025-05-20　作者：信息工程学院　摄影：郝一鸣　点击：⟧<span id="dynclicks">⟦m 1837⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="relate">⟦l 相关新闻：我校在全国大学生电子设计竞赛中获佳绩 · 信息工程学院举办双创成果展⟧</div>
</div>
<div class="footer">⟦m 地址：璧源市学府大道1299号　邮编：336021⟧<br>⟦m 版权所有 © 璧源理工学院 党委宣传部⟧</div>
</body></html>
""",
        body="""
近日，第十一届省大学生创新创业大赛决赛落下帷幕，我校信息工程学院“银龄智家”团队研发的助老电动窗帘语音控制器获得一等奖。
团队在社区调研中发现，不少老人不会用手机App控制电动窗帘，遥控器又常常找不到。为此，团队开发了一款方言语音控制器，老人说一句“开窗帘”“关一半”，窗帘就能按指令运行，目前已支持本地三种方言。
⟦m 图为团队成员在社区为老人调试语音控制器。⟧
指导教师温若澜介绍，控制器成本不到六十元，可以直接加装在现有的电动窗帘电机上。去年以来，团队在玓城区枅桥社区为40户老人免费试装，收集修改意见60多条，产品先后迭代了五个版本。
下一步，学院将与企业合作推动成果转化，让更多老人用上“听得懂话”的窗帘。⟦m （供稿：信息工程学院　编辑：党委宣传部）⟧
""",
    ),
    dict(
        slug="college-biyuan-notice-dorm-water-heaters-check",
        site="璧源理工学院学生工作处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xgc.bylg.edu.example.cn/tzgg/2025/1111/4410.htm",
        title="关于开展学生宿舍违规使用电热水器等大功率电器专项检查的通知",
        record_title="关于开展学生宿舍违规使用电热水器等大功率电器专项检查的通知-学生工作处-璧源理工学院",
        date="2025-11-10",
        date_also=["2025-11-11"],
        notes="a college office's notice: numbered requirements inside a paragraph, 成文日期 under the signature and a "
        "later 发布日期 on the page; a quick-links row and a footer",
        page="""
!m 璧源理工学院 学生工作处
!m 首页 | 通知公告 | 学生资助 | 心理健康 | 公寓管理
{T}
!m 发布者：学工办　发布日期：2025-11-11　浏览：2,140
{BODY}
!l 快捷通道：学工系统 ｜ 请假审批 ｜ 资助申请
!m 学生工作处　办公电话：0766-3219021　办公地点：行政楼305
""",
        indent="\u3000\u3000",
        body="""
各学院：
近期，学校在宿舍安全巡查中发现，个别学生在宿舍私自安装小厨宝、即热式电热水器等大功率电器，存在严重的用电和火灾隐患。为保障师生安全，学校决定于11月17日至28日开展学生宿舍违规电器专项检查。现将有关事项通知如下。
一、检查范围：全校16栋学生宿舍。
二、检查内容：电热水器、电热锅、电热毯等大功率电器，以及私拉乱接电线、使用不合格插线板等行为。
三、工作要求：1.各学院于11月14日前组织学生自查自纠；2.检查中发现的违规电器一律暂扣，学期结束后由学生本人领回；3.对拒不整改的学生，按《学生违纪处分规定》处理。
学校公寓已在每层配备公共热水间，请同学们合理安排洗漱时间。
学生工作处
2025年11月10日
""",
    ),
]
