"""holdout321, part C: Q&A sites, personal collections, Party-building sites, hospitals, colleges.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhiwuya-answer-mouldy-chopstick-holder",
        site="知无涯问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiwuya.com/question/73301928",
        title="竹筷筒发霉了还能用吗？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record, the question is the title; the accepted answer is the body; "
        "relative times only; vote row, other answers and related questions",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>竹筷筒发霉了还能用吗？ - 知无涯问答</title></head>
<body>
<div class="header">⟦m 知无涯问答⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 账号登录⟧</a></div>
<div class="question">
<div class="q-tags">⟦l 家居生活　厨房收纳　餐具⟧</div>
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　2 天前⟧</p>
<p class="q-stat">⟦m 4 个回答　被浏览 3,420 次⟧</p>
</div>
<div class="answer accepted">
<p class="badge">⟦m 提问者认可的回答⟧</p>
<p class="author">⟦m 厨房收纳师林木木　回答于 昨天⟧</p>
<div class="answer-body">
{BODY}
</div>
<p class="vote">⟦a 有用 268　没用 4　评论 12⟧</p>
</div>
<div class="more-answers"><h3>⟦l 其他回答（3）⟧</h3>
<p>⟦l 竹子的东西都容易发霉，干脆换不锈钢的吧……⟧</p>
<p>⟦l 我家是放消毒柜里烘，一直没坏⟧</p></div>
<div class="related"><h3>⟦l 相关问题⟧</h3><p>⟦l 木砧板发黑了怎么处理？⟧</p><p>⟦l 筷子多久换一次比较好？⟧</p></div>
<div class="footer">⟦m 知无涯问答 2024　用户协议　隐私政策　违法和不良信息举报⟧</div>
<script>window.__QID__="73301928";</script>
<script src="https://cdn.zhiwuya.com/qa/app.4f2c.js"></script>
</body>
</html>
""",
        body="""
不建议继续用。竹筷筒发霉，说明筒里长期潮湿，霉菌已经长进竹纤维里，表面刷掉了，里面还有，插进去的筷子会反复沾上。
如果只是筒口有一点白毛，可以这样处理：
1. 用小苏打水加刷子把里外刷一遍，清水冲净。
2. 放进开水里煮十分钟，或者在太阳下暴晒一整天。
3. 晾到完全干透再用，以后筷子要沥干水再插进去。
如果霉斑是黑色的、洗不掉，或者竹子已经发软、开裂，就直接换新的吧，一只竹筷筒也就十几块钱，没必要为它冒险。
另外，选购时尽量挑底部镂空、能通风的款式，挂在墙上比放在灶台边更干燥。
""",
    ),
    dict(
        slug="qa-wenbida-answer-request-template-lunch-bags",
        site="问必答 (invented Q&A)",
        style="问答社区",
        genre="请示",
        kind="other",
        form="text",
        source="http://www.wenbida.cn/q/2024/118830.html",
        title="单位要给环卫工配发保温饭包，请示怎么写？",
        record_title="单位要给环卫工配发保温饭包，请示怎么写？求范文，在线等 - 问必答",
        date=None,
        notes="Q&A text: the page shows the question with the asker's plea; the answer quotes a sample 请示 with "
        "×× placeholders and ××××年×月×日 (no date); relative times only",
        page="""
!m 问必答 — 有问必有答
!m 问必答 > 职场 > 公文写作
!t 单位要给环卫工配发保温饭包，请示怎么写？求范文，在线等
!m 提问者：网友b7c2e1　4 天前　悬赏 20 金币
!m 最佳答案
!m 回答者：老笔杆子谈公文　LV7　3 天前
{BODY}
!a 赞同 91 | 反对 2 | 分享
!l 其他 2 条回答
!l 相关问题：请示和报告到底怎么区分？
!m 问必答 © 2024　京ICP备20013378号
""",
        body="""
请示要一事一请，写清楚理由、事项和经费。给你一个样子，照着改：
关于为一线环卫工人配发保温饭包的请示
××区城市管理局：
我中心现有一线环卫工人××人，冬季凌晨作业，午餐多在露天解决，饭菜容易变凉。为改善环卫工人就餐条件，拟为每人配发保温饭包一个，每个约××元，共需经费××元，从中心年度职工福利经费中列支。
妥否，请批示。
××区环卫服务中心
××××年×月×日
写的时候注意三点：一是标题里不要再写“申请”两个字，“请示”本身就是请求；二是主送机关只写一个；三是结尾用“妥否，请批示”或者“当否，请批复”。
""",
    ),
    dict(
        slug="collection-shaolaoshi-memoir-copper-urinal-gb2312",
        site="邵老师文集 (invented, old gb2312 personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.shaolaoshi-wj.net/minyang/009.htm",
        title="祖父的铜夜壶",
        record_title="祖父的铜夜壶（《敉阳旧事》之九）- 邵老师文集",
        date=None,
        notes="old gb2312 collection page: chapter links, a visitor counter and the author's mailbox; a memoir with "
        "no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>祖父的铜夜壶（《敉阳旧事》之九）- 邵老师文集</title>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 邵老师文集⟧</font><br>⟦m 一个退休语文教师的笔记本⟧</td></tr>
<tr><td align="center">⟦m 敉阳旧事 · 乡土杂记 · 教书手记 · 诗词习作 · 留言簿⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center"><font color="#888888">⟦m 《敉阳旧事》之九⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦a ← 上一篇　回目录　下一篇 →⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：shaoyl1951@minyang-mail.net⟧</td></tr>
<tr><td align="center">⟦m 本页已被翻阅 004713 次⟧</td></tr>
<tr><td align="center">⟦d 文中所记皆为家事，转载请先来信说明⟧</td></tr>
</table>
<script language="javascript" src="counter.js"></script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
祖父有一只铜夜壶，是他年轻时在敉阳城里当学徒，用三个月的工钱买的。壶身扁圆，提梁上刻着一个“邵”字，擦亮了能照见人影。
我小时候跟祖父睡一张床。冬夜里北风拍着窗纸，祖父起夜，总要先摸黑把夜壶从床底下勾出来，动作很轻，怕吵醒我。可那一声“叮”的铜响，我到现在还记得。
每天早上，祖父提着夜壶到屋后的菜园去倒，说这是最好的肥。倒完了用井水冲三遍，再拿草木灰里外擦，擦得锃亮才放回床下。祖母嫌它占地方，几次要拿去换搪瓷的，祖父都不肯。
祖父去世后，这只夜壶跟着我搬了三次家。现在它摆在书架的最上层，孩子们问我那是什么，我就给他们讲一讲那些没有抽水马桶的冬夜。
""",
    ),
    dict(
        slug="collection-laofeng-essay-canteen-basin-oneline",
        site="老冯文存 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://laofengwc.cn/zaohuo/14.html",
        title="面盆记",
        record_title="面盆记（《灶火集》第十四篇）｜老冯文存",
        date=None,
        notes="collection text: the whole essay on one line; a 写于 line with a year only (no date); chapter links",
        page="""
!m 老冯文存　·　《灶火集》
!m 目录 | 上一篇：蒸笼 | 下一篇：腌菜缸
{T}
!m 字数 412　收录于《灶火集》
{BODY}
写于二〇二四年春，阖山
!a 上一篇　目录　下一篇
!d 本集文字为作者原创，转载请注明出处。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九八三年，我进阖山县粮站食堂当炊事员，接手的第一件家什就是一只铝合金大和面盆。盆口有八仙桌那么宽，和一次面能蒸两百个馒头。
那时候没有和面机，全靠人揉。冬天面粉凉，要先在盆底用温水化开老面，再一点点加粉。我的师傅姓潘，一双手能把一盆面揉得起亮光，他说面要“三揉三醒”，少一遍都不行。
九十年代粮站改制，食堂关了门。散伙那天，潘师傅让我把那只大盆扛回家。盆底已经被揉出了一个浅浅的凹窝，那是几十年的手劲压出来的。
如今我退休在家，孙子过生日，我还用它蒸一锅寿桃。盆老了，面还是那个面。
""",
    ),
    dict(
        slug="party-shangyuan-summary-lunch-bag-volunteers-table",
        site="垧原党建网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.syxdj.gov.cn/zbfc/2024/0611/2207.html",
        title="机关第二党支部“爱心饭包”志愿送餐服务工作总结",
        record_title="【支部有为】机关第二党支部“爱心饭包”志愿送餐服务工作总结｜垧原党建",
        date="2024-06-05",
        date_also=["2024-06-11"],
        notes="Party portal: a study-points prompt, a photo link glued after a sentence, a data table one row a "
        "paragraph; the 成文日期 under the branch's name differs from the page's 发布时间",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【支部有为】机关第二党支部“爱心饭包”志愿送餐服务工作总结｜垧原党建</title></head>
<body>
<div class="banner">⟦m 垧原党建网⟧ <span>⟦m 中共垧原县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页　党建要闻　支部风采　党员教育　组工信息⟧</div>
<div class="path">⟦m 您的位置：首页 → 支部风采⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-06-11　来源：县直机关工委　字数：约 600⟧</div>
<div class="points">⟦a 已登录“红旗学习”账号的党员，读完本文可记 1 学时⟧</div>
{BODY}
<div class="share">⟦l 转给身边的党员：微信　QQ　复制链接⟧</div>
</div>
<div class="side"><h3>⟦l 支部风采·最新⟧</h3><p>⟦l 垧头社区党支部开展“楼栋议事”⟧</p><p>⟦l 县医院党总支义诊进村⟧</p></div>
<div class="foot">⟦m 中共垧原县委组织部　地址：垧原县人民路1号　湘ICP备13009120号⟧</div>
<script src="/js/study-points.js"></script>
<script>readTimer.start(180);</script>
</body>
</html>
""",
        body="""
今年以来，机关第二党支部把“爱心饭包”志愿送餐作为党员进社区的服务项目，为垧头社区独居老人送午餐。现将工作情况总结如下。
一、基本做法
支部与社区食堂签订协议，老人每餐只付5元，差额由支部党员捐款补足。党员分成6个小组轮流值班，每天11点前把装有两荤一素的保温饭包送到老人家中，第二天上门回收饭包清洗。⟦a 【点此查看送餐现场照片】⟧
二、服务情况
月份　服务老人（人）　送餐（份）　参与党员（人次）
3月　18　540　62
4月　21　630　66
5月　23　713　70
三、存在的不足
一是雨雪天送餐时间不够稳定；二是少数饭包保温效果变差，需要更换。
四、下一步打算
支部将再添置30个保温饭包，并吸收社区在职党员加入送餐队伍，让老人们吃上热乎饭。
中共垧原县直机关第二支部委员会
2024年6月5日
""",
    ),
    dict(
        slug="party-yongcheng-speech-coasters-theme-day-cn-date",
        site="饔城区党建网 (invented Party-building portal, text)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.yongcheng.gov.cn/ztdr/202407/t20240703_118.html",
        title="在“以茶会友·杯垫传情”主题党日活动上的讲话",
        record_title="【建党节专辑】在“以茶会友·杯垫传情”主题党日活动上的讲话（党委书记讲话）- 饔城区党建网",
        date="2024-07-01",
        date_also=["2024-07-03"],
        notes="Party portal text: speaker line and a date in Chinese numerals under the speech title (neutral); the "
        "page's 发布日期 differs; a study-app prompt on a line of its own between paragraphs",
        page="""
!m 饔城区党建网
!m 首页 › 主题党日 › 活动掠影
{T}
!m 发布日期：2024-07-03　来源：沏河镇党委　浏览：611
沏河镇党委书记　潘志刚
（二〇二四年七月一日）
{BODY}
!a 打印本页　　关闭窗口
!l 上一篇：沏河镇开展“七一”走访慰问老党员活动
!l 下一篇：区委组织部部署开展党员冬训准备工作
!m 中共酽川市饔城区委组织部　版权所有
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天是党的生日。我们把主题党日放在沏河草编工坊，和草编艺人们一起编茶杯垫，就是想让大家走出会议室，到群众身边上一堂党课。
刚才，大家亲手编了第一只杯垫，有的编歪了，有的收不了边，这才体会到一只杯垫背后的功夫。我们的工作也是这样，看起来简单的事，要做好，就得一根草一根草地去理。
⟦a 下载“红旗学习”APP，观看本次主题党日视频回放⟧
这几年，草编工坊带动了全镇三百多名妇女在家门口就业。党员干部要主动当好服务员：帮工坊跑订单、找销路，帮艺人申请非遗补贴，帮年轻人学手艺。
同志们，一只茶杯垫连着一杯茶，也连着群众的日子。希望大家把今天的体会带回岗位，把为民办事的功夫下得更细一些。
""",
    ),
    dict(
        slug="hospital-yanchuan2-nursing-urinal-six-points",
        site="酽川市第二人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.ycsey.com/hlyd/2024/0318/1602.html",
        title="卧床老人使用便壶的六个护理要点",
        record_title="（护理部供稿）卧床老人使用便壶的六个护理要点_医院新闻_酽川二院",
        date="2024-03-18",
        notes="hospital page: booking float and 24-hour line next to the ward's own 护士站 phone in the body; a "
        "numbered list; the byline's 发布时间 is the page's date; experts list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>（护理部供稿）卧床老人使用便壶的六个护理要点_医院新闻_酽川二院</title>
<script src="/static/js/float-booking.js"></script></head>
<body>
<div class="hd">⟦m 酽川市第二人民医院⟧ <span>⟦m 三级综合医院　医保定点⟧</span> <a>⟦a 预约挂号⟧</a> <a>⟦a 报告查询⟧</a></div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　护理园地　健康科普⟧</div>
<div class="crumb">⟦m 首页 / 护理园地 / 护理科普⟧</div>
<div class="news">
<h1>{T}</h1>
<p class="info">⟦m 发布时间：2024-03-18　来源：护理部　浏览：903⟧</p>
{BODY}
</div>
<div class="experts"><h3>⟦l 泌尿外科专家⟧</h3><p>⟦l 魏长庚　主任医师　周二、周四上午⟧</p><p>⟦l 宋丽萍　副主任护师　护理门诊周三全天⟧</p></div>
<div class="float-booking">⟦w 预约挂号热线 0733-6258000（7:30-17:30）⟧</div>
<div class="ft"><p>⟦m 24小时急诊：0733-6258120⟧</p><p>⟦m 地址：酽川市饔城区杏林路58号　湘ICP备16011245号⟧</p><p>⟦d 本站健康科普内容仅供参考，不能代替医生面诊。⟧</p></div>
</body>
</html>
""",
        body="""
卧床老人夜间小便多用便壶，也就是老百姓说的夜壶。用得不对，容易漏尿、压伤皮肤，甚至引起尿路感染。泌尿外科护理组提醒家属注意以下要点：
1. 选对便壶。男性选壶口带防溢挡板的，女性选扁口女式便壶，壶口边缘要光滑。
2. 摆好体位。能坐起的老人尽量取半坐位，床上先垫一次性护理垫。
3. 及时倾倒。每次用后立即倒掉，不要放在床边过夜。
4. 每天清洗。用清水冲净后，用含氯消毒液浸泡消毒，晾干备用。
5. 观察尿液。发现尿色发红、浑浊或有异味，及时告诉医护人员。
6. 保护隐私。用便壶时拉上床帘，不要当众催促老人。
如有疑问，可拨打泌尿外科护士站电话0733-6258417咨询。
""",
    ),
    dict(
        slug="hospital-heshan-notice-patient-lunch-bags",
        site="阖山县人民医院 (invented hospital site, text)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hsxrmyy.cn/tzgg/2024/0430/881.html",
        title="关于规范住院患者外送餐饭包存放的通知",
        date="2024-04-29",
        notes="hospital text page: record title as is; the notice's own 营养科 phone next to the hospital's 24-hour "
        "emergency line and switchboard; the 成文日期 under the department",
        page="""
!m 阖山县人民医院　二级甲等综合医院
!m 24小时急救电话：0735-4120120　总机：0735-4121000
!m 首页 > 院务公开 > 通知公告
{T}
!m 2024-04-30　医务科　阅读 522
{BODY}
!a 【关闭】【打印】
!l 上一篇：关于调整门诊午间服务时间的公告
!l 下一篇：我院召开2024年第一季度医疗质量分析会
!m 阖山县人民医院 版权所有　地址：阖山县迎宾大道9号
""",
        indent="\u3000\u3000",
        body="""
各临床科室：
近期部分病区走廊、护士站堆放家属送来的饭包，既影响通道通行，也存在交叉污染风险。经医院研究，自2024年5月6日起，住院患者外送餐统一按以下要求管理：
一、各病区在配餐间设置饭包存放柜，家属送来的饭包贴上床号标签后放入柜内，由患者或陪护人员自取。
二、饭包存放不超过两小时，过时未取的由护工通知家属带回，不代为加热。
三、传染病病区、重症监护室不接收外送饭包，患者饮食由营养科统一配送。
四、营养科每周对存放柜清洁消毒一次，并做好登记。
咨询电话：营养科0735-4127736（工作日8:00-17:30）。
阖山县人民医院医务科
2024年4月29日
""",
    ),
    dict(
        slug="college-yanchuan-vtc-news-chopstick-holder-sale-h1",
        site="酽川职业技术学院新闻网 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ycvtc.edu.cn/info/1021/6634.htm",
        title="竹艺社百只竹筷筒义卖所得捐赠山区小学",
        record_title=None,
        date="2024-05-24",
        notes="college news page: no title in the record, the <h1>; a dotted date line is the page's date; a photo "
        "caption line between paragraphs; a 文/图/审核 line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>酽川职业技术学院新闻网</title></head>
<body>
<div class="top">⟦m 酽川职业技术学院⟧ <span>⟦m 新闻网⟧</span> <a>⟦a 学校主页⟧</a> <a>⟦a 信息门户⟧</a></div>
<div class="menu">⟦m 学院要闻　院系动态　校园文化　媒体职院　图说职院⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt;&gt; 校园文化⟧</div>
<div class="wz">
<h1>{T}</h1>
<div class="sj">⟦m 2024.05.24　来源：校团委　点击：[1377]⟧</div>
{BODY}
</div>
<div class="sxp">⟦l 上一条：园林专业学生在省技能大赛中获一等奖⟧<br>⟦l 下一条：学院召开2024届毕业生就业工作推进会⟧</div>
<div class="foot">⟦m 版权所有：酽川职业技术学院　党委宣传部　地址：酽川市饔城区职教路2号⟧</div>
<script type="text/javascript" src="/system/resource/js/dynclicks.js"></script>
<script>_showDynClicks("wbnews",1021,6634);</script>
</body>
</html>
""",
        body="""
5月23日中午，学校竹艺社在第二食堂门口举办“一只筷筒一份爱”义卖活动，社员们课余制作的100只竹筷筒不到两小时全部售出，共筹得善款6320元。
这些竹筷筒由竹艺社21名同学利用一个学期的周末完成，从锯竹、开槽到打磨、上木蜡油，全部手工制作。每只筷筒底部都刻着制作者的名字和一句祝福语。
⟦m ▲ 义卖现场，同学们在挑选竹筷筒⟧
“第一次自己做东西卖，比考试还紧张。”竹艺社社长、园林专业大二学生邢小雨说。
义卖所得将全部捐给阖山县石夼小学，用于为学校食堂添置餐具。校团委书记潘红表示，学校将继续支持学生社团把专业学习和志愿服务结合起来。⟦m （文/周雪　图/陈一帆　编审/潘红）⟧
""",
    ),
    dict(
        slug="college-culinary-notice-dough-basins-replaced",
        site="酽川烹饪职业学院 (invented college site, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycpr.edu.cn/sxzx/tz/2024/0306/52.html",
        title="关于面点实训室和面盆等器具统一更换的通知",
        record_title="实训中心丨关于面点实训室和面盆等器具统一更换的通知 - 酽川烹饪职业学院",
        date="2024-03-06",
        notes="college text page: a department prefix in the record title; the notice's date under the department; "
        "a related-notice link glued after a sentence",
        page="""
!m 酽川烹饪职业学院　实训中心
!m 首页 | 中心概况 | 实训室 | 通知公告 | 下载专区
{T}
!m 发布者：实训中心办公室　2024-03-06　浏览 307 次
{BODY}
!a [打印] [关闭本页]
!m 地址：酽川市饔城区职教路6号　电话（办公室）：0733-6530211
""",
        indent="\u3000\u3000",
        body="""
各教学班、实训指导教师：
为改善面点实训条件，学校投入资金4.2万元，对面点实训一室、二室的和面盆、擀面杖、蒸笼等器具进行统一更换。现将有关事项通知如下。
一、更换时间为2024年3月11日至15日，期间面点实训课程调整到烘焙实训室进行。⟦l 另见：烘焙实训室使用预约须知⟧
二、新配发的不锈钢和面盆共120只，分大、中两种规格，每只盆沿刻有工位编号，实行定位管理，不得跨室借用。
三、旧搪瓷和面盆由资产管理处统一回收处置，各班不得私自带离。
四、各实训指导教师要在首次课上讲解新器具的使用和清洁要求。
实训中心
2024年3月6日
""",
    ),
]
