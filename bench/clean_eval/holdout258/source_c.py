"""holdout258, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Everything here is invented; see ../README.md and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="zaowen-qa-rusty-wok-question-h1",
        site="灶问 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zaowen.example.cn/q/30918842.html",
        title="铁锅生锈了还能用吗？该怎么处理？",
        record_title=None,
        date=None,
        notes="a Q&A: no title in the record (the question in <h1>), an 'asker's pick' badge, a vote row, more answers; "
        "回答于 昨天 is no date; a numbered list inside the answer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>铁锅生锈了还能用吗？该怎么处理？ - 灶问</title>
<script src="https://s.zaowen.example.cn/qa.bundle.js"></script>
</head>
<body>
<div class="zw-head"><a href="/">⟦m 灶问 · 厨房里的问题都能问⟧</a> <a>⟦a 我要提问⟧</a> <a>⟦a 登录后参与回答⟧</a></div>
<div class="zw-crumb">⟦m 灶问 › 厨具 › 锅具保养⟧</div>
<div class="zw-q"><h1>{T}</h1>
<p class="zw-q-meta">⟦m 提问者：不会做饭的小周　·　浏览 5823 次　·　4 个回答⟧</p></div>
<div class="zw-best"><span class="badge">⟦m ✔ 提问者选中的回答⟧</span>
<p class="zw-author">⟦m 答主：掌勺三十年的老郑　·　回答于 昨天 18:27⟧</p>
<div class="zw-answer">
{BODY}
</div>
<div class="zw-vote">⟦l 有帮助 412　·　没帮助 9　·　评论 17　·　转给好友⟧</div></div>
<div class="zw-more"><h3>⟦l 其余 3 个回答⟧</h3>
<p>⟦l 锅底发黄的小斑点问题不大，多用几次油就养回来了……⟧</p>
<p>⟦l 用白醋泡半小时再刷，锈很容易掉……⟧</p></div>
<div class="zw-side"><h4>⟦l 你可能也想问⟧</h4><p>⟦l 铸铁锅和熟铁锅哪个好？⟧</p><p>⟦l 不粘锅涂层掉了还能用吗？⟧</p></div>
<div class="zw-foot">⟦d 回答内容由网友提供，仅供参考，灶问不保证其准确性⟧<br>⟦m zaowen.example.cn　京ICP备20183370号⟧</div>
</body>
</html>
""",
        body="""
能用，只要锈得不深，处理一下照样好用。我家那口铁锅用了十几年，生过好几回锈，都是这样处理的：
1.先用钢丝球蘸点清水把锈迹刷掉，锈得厚的地方撒一把粗盐一起搓。
2.冲洗干净后放到灶上小火烘干，锅里倒一点食用油，用厨房纸把油抹匀，烧到微微冒烟后关火晾凉。
3.这样重复两三遍，锅面又会黑亮起来。
要注意的是，如果锅底已经锈穿、出现小洞，或者锈迹怎么刷都刷不掉，就别再用了，该换新锅了。平时炒完菜趁热刷洗、擦干，就不容易再生锈。
""",
    ),
    dict(
        slug="zhixiang-qa-mill-vs-grindstone-junk",
        site="知乡问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.zhixiang.example.com/question/118302",
        title="碾子和磨有什么区别？",
        record_title="碾子和磨有什么区别？ - 知乡问答",
        date=None,
        notes="a Q&A text page with anti-scraping junk as a line and glued after 。; 2 个月前 is no date; "
        "the question repeated on the page, an answerer's card and a 'more answers' list",
        junk=dict(lines=1, glued=2),
        page="""
!m 知乡问答 — 乡村生活百事通
!t 碾子和磨有什么区别？
!m 关注问题 · 写回答 · 邀请回答
!m 共 6 个回答　被浏览 1.4万 次
!m 石头匠人老吴　乡村手艺爱好者　·　2 个月前
{BODY}
!l 赞同 328　　反对　　收藏　　举报
!l 查看全部 6 个回答 ＞
!l 相关问题：石磨怎么凿齿？｜碾盘一般用什么石头？
!m © 知乡问答　沪ICP备19047721号
""",
        body="""
简单说，碾子靠的是“压”，磨靠的是“搓”。
碾子由碾盘和碾砣组成。碾盘平放在地上，碾砣是一个圆柱形的大石滚，套在碾框里，人或牲口推着碾框绕中心转，碾砣在碾盘上滚动，把谷物压碎、去壳。碾子多用来碾米、碾小米、压豆瓣。
磨由上下两扇圆形石盘组成，磨盘上凿着一道道磨齿。推动上扇转动，粮食从磨眼漏进去，在两扇之间被磨成粉，多用来磨面粉、磨豆浆。
所以老辈人说“碾米磨面”，分工很清楚。现在两样东西在农村都很少用了，不少地方把它们收进了农耕展示馆。
""",
    ),
    dict(
        slug="zhuchuang-collection-memoir-father-crates-gb2312",
        site="竹窗夜话 (invented retired teacher's collection, gb2312 tables)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zhuchuangyehua.net/wenji/juan2/09.htm",
        title="父亲的那副箩筐",
        record_title="父亲的那副箩筐（秭原旧忆·之九）——竹窗夜话文集",
        date=None,
        notes="an old table-layout collection: marquee, chapter links, visitor counter, the author's mailbox; "
        "the memoir ends with a 写于 line carrying a year and a month only, so no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的那副箩筐（秭原旧忆·之九）——竹窗夜话文集</title>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#F5F0E1">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center"><font size="5">⟦m 竹窗夜话⟧</font><br>⟦m 一位退休语文老师的文字小屋⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎光临竹窗夜话，本站文字均为原创，闲来翻翻，聊以自娱⟧</marquee></td></tr>
<tr><td align="center">⟦m 首页 ┆ 秭原旧忆 ┆ 讲台往事 ┆ 读书札记 ┆ 留言簿⟧</td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="10" cellspacing="0">
<tr><td align="center"><b>⟦t 父亲的那副箩筐（秭原旧忆·之九）⟧</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←上一篇：外婆的纺车　｜　目录　｜　下一篇：生产队的打谷场→⟧</td></tr>
</table>
<table width="780" border="0" align="center">
<tr><td align="center">⟦m 来信请寄：zhuchuang_lao@126.com⟧<br>⟦m 您是第 <font color="red">015736</font> 位来访的朋友⟧<br>⟦d 文字为作者原创，转载请事先征得同意⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
父亲有一副箩筐，是他年轻时自己编的。筐身用的是后山的老毛竹，篾片刮得又薄又匀，筐底用四道粗篾十字交叉加固，挑了三十年都没散架。
春天，父亲用它挑秧苗下田；秋天，挑着稻谷回家；冬天农闲，他挑着一担红薯、一担柴火，走二十里山路到秭原县城去卖，换回我们兄妹几个的学费。
我上师范那年，父亲用这副箩筐挑着我的被子和木箱，把我送到了县城汽车站。临上车，他从箩筐底下摸出一个布包，里面是卖了两担谷子凑的四十块钱。
父亲走了以后，那副箩筐一直挂在老屋的墙上。竹篾早已发黄变脆，可我每次回去，总要伸手摸一摸。
二〇二三年冬月，写于秭原老屋
""",
    ),
    dict(
        slug="jiawan-collection-essay-uncle-fences-wrapped",
        site="稼湾散记 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://jiawansanji.example.org/wenji/12.txt",
        title="扎篱笆的三爷",
        date=None,
        notes="record title as is; a collection's text hard-wrapped at 52 columns; a table-of-contents line and the "
        "collection's name around it; no date",
        wrap=52,
        indent="\u3000\u3000",
        page="""
!m 《稼湾散记》　第十二篇
!m 目录｜上一篇｜下一篇
{T}
{BODY}
!l 【本篇完】　返回《稼湾散记》目录
!m 稼湾散记 · 村里人写村里事
""",
        body="""
三爷是我们村扎篱笆最好的人。村里谁家要围菜园、圈鸡鸭，都来请他，他从不收钱，管一顿饭就行。
三爷扎篱笆有讲究。竹桩要选根部粗的，削尖了先在火上燎一遍；横档用青篾，趁湿绑，干了以后收得更紧。他扎的篱笆，上下一条线，远看像用尺子比过。
我小时候常蹲在旁边看。三爷一边绑一边念叨：“篱笆是给鸡看的，也是给人看的。篱笆扎得齐整，这户人家的日子就过得齐整。”
如今村里盖起了砖墙，用上了铁栅栏，会扎竹篱笆的人越来越少了。三爷八十多了，每年开春还要把自家菜园的篱笆重新扎一遍。
""",
    ),
    dict(
        slug="moxi-party-host-script-mill-base",
        site="秣溪先锋网 (invented Party-building portal)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="html",
        source="http://www.mxxianfeng.gov.cn/zbfc/202507/t20250701_7731.html",
        title="在潴湾村“老碾坊”党员教育基地揭牌仪式上的主持词",
        record_title="【基层阵地】在潴湾村“老碾坊”党员教育基地揭牌仪式上的主持词_秣溪先锋网",
        date="2025-06-28",
        date_also=["2025-07-01"],
        notes="Party-building portal: a study-points prompt, a read-on-phone line, the host line and a Chinese-numeral "
        "date under the title (neutral), the portal's later posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【基层阵地】在潴湾村“老碾坊”党员教育基地揭牌仪式上的主持词_秣溪先锋网</title>
<script src="/js/xf-common.js"></script>
</head>
<body>
<div class="xf-top"><span>⟦m 中共秣溪县委组织部主办⟧</span> <a>⟦a 党员e家登录⟧</a></div>
<div class="xf-logo">⟦m 秣溪先锋网⟧ <img src="/img/dangqi.png" alt=""></div>
<ul class="xf-nav"><li>⟦m 首页⟧</li><li>⟦m 组工动态⟧</li><li>⟦m 基层阵地⟧</li><li>⟦m 教育培训⟧</li><li>⟦m 人才工作⟧</li></ul>
<div class="xf-pos">⟦m 您当前的位置：首页 ＞＞ 基层阵地⟧</div>
<div class="xf-article">
<h1>{T}</h1>
<div class="xf-info">⟦m 来源：淖田镇党委　　发布日期：2025-07-01　　浏览量：862⟧</div>
<p class="xf-sub">淖田镇党委副书记　陈启明　主持</p>
<p class="xf-sub">（二〇二五年六月二十八日）</p>
<div class="xf-text">
{BODY}
</div>
<div class="xf-points">⟦a 认真阅读本文满3分钟，可累计学习积分1分⟧</div>
<div class="xf-phone">⟦a 手机上读：打开“秣溪先锋”小程序扫描本页二维码⟧</div>
</div>
<div class="xf-foot">⟦m 秣溪县委组织部　地址：秣溪县人民路1号　邮编：418300⟧<br>⟦m 湘ICP备12003785号-1⟧</div>
</body>
</html>
""",
        body="""
各位领导、同志们：
大家上午好！在建党104周年即将到来之际，我们在这里举行潴湾村“老碾坊”党员教育基地揭牌仪式。参加今天仪式的有镇党委委员、组织委员吴静同志，以及全村党员和群众代表五十余人。
下面进行第一项：请村党支部书记方永和同志介绍基地建设情况。
进行第二项：请吴静同志和老党员汪福生同志为基地揭牌。
进行第三项：全体党员面向党旗，重温入党誓词。
进行第四项：请吴静同志讲话。
同志们，这盘老碾子转了一百多年，碾出的是百姓的口粮，也碾出了一代代党员为民服务的初心。希望大家以基地揭牌为新的起点，把党员教育办到群众身边。揭牌仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="ziyuan-party-report-secretary-pond-mesh",
        site="秭原组工网 (invented, text view)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.zyzgw.gov.cn/szpy/2025/0120/2219.html",
        title="枫树坪村党支部书记2024年度述职报告",
        record_title="【述评晾晒】枫树坪村党支部书记2024年度述职报告 - 秭原组工网",
        date="2025-01-15",
        notes="a Party portal's text page: study-points and share lines, a speech-like report dated under the signature; "
        "a 'read the rest on phone' line of its own between paragraphs",
        indent="\u3000\u3000",
        page="""
!m 秭原组工网　秭原县委组织部
!m 当前位置：首页 - 述职评议 - 村级述职
!t 【述评晾晒】枫树坪村党支部书记2024年度述职报告
!m 发布：秭岭镇党委　　阅读：390
{BODY}
!a 学习强基小贴士：阅读文章可在“秭原党建”获取积分
!l 上一篇：石门村党支部书记2024年度述职报告
!l 下一篇：2024年度村党组织书记抓党建述职评议会召开
!m 秭原组工网版权所有
""",
        body="""
2024年，我在镇党委的领导下，带领村“两委”班子重点抓了山塘防溺水围护工作，现将履职情况报告如下。
一、办成了一件群众最关心的事。我村有大小山塘十一口，紧挨村道和农户，过去只竖了几块警示牌。去年，村里争取资金十二万元，给十一口山塘全部装上了一米五高的镀锌铁丝网护栏，总长两千一百米，全年没有发生一起溺水事故。
⟦a 【手机扫码阅读剩余部分】⟧
二、发挥了党员的带头作用。护栏施工时，十四名党员分片包塘，义务投工三百多个；护栏建成后，党员轮流巡查，发现破损当天修补。
三、存在的不足。部分护栏靠近林地，被野猪拱坏后修补不够及时。今年我们将给护栏底部加设地锚，并把巡查情况纳入党员积分管理。
枫树坪村党支部书记　冯德林
2025年1月15日
""",
    ),
    dict(
        slug="moxi-hospital-article-wok-iron-intake",
        site="秣溪县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.mxrmyy.cn/jkkp/2025/0318/1602.html",
        title="铁锅炒菜真能补铁吗？",
        record_title="铁锅炒菜真能补铁吗？-营养膳食科普-秣溪县人民医院",
        date="2025-03-18",
        notes="a county hospital: booking float, a 24-hour line in the header, an experts list; the nutrition clinic's "
        "own consulting line is the last body paragraph; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>铁锅炒菜真能补铁吗？-营养膳食科普-秣溪县人民医院</title>
<script src="/static/js/hospital.js"></script>
</head>
<body>
<div class="hp-top"><span>⟦m 秣溪县人民医院　二级甲等综合医院⟧</span> <span>⟦m 24小时急诊急救：0743-6550120⟧</span></div>
<ul class="hp-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家团队⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="hp-crumb">⟦m 首页 > 健康科普 > 营养与膳食⟧</div>
<div class="hp-art">
<h1>{T}</h1>
<p class="hp-meta">⟦m 发布时间：2025-03-18　作者：营养科 吕佩佩　浏览：2391⟧</p>
<div class="hp-con">
{BODY}
</div>
<p class="hp-disc">⟦d 本文仅作健康知识普及，不作为诊疗依据，身体不适请及时就医⟧</p>
</div>
<div class="hp-side"><h4>⟦l 营养科专家⟧</h4><p>⟦l 吕佩佩　副主任医师　周二、周四上午⟧</p><p>⟦l 唐宇　主治医师　周一、周五全天⟧</p></div>
<div class="hp-float">⟦a 预约挂号 点这里⟧<br>⟦w 挂号咨询 0743-6551000⟧</div>
<div class="hp-foot">⟦m 秣溪县人民医院　地址：秣溪县杏林路9号　湘ICP备13007622号⟧</div>
</body>
</html>
""",
        body="""
不少人相信“用铁锅炒菜能补铁”。营养科医生告诉大家，这个说法只说对了一小部分。
铁锅在烹调时确实会有少量铁溶到菜里，炒番茄、醋溜白菜这类酸性菜肴时溶出得更多。但这些铁大多是无机铁，人体吸收率不到百分之五，靠它补铁效果很有限。
真正缺铁的人，应当多吃红肉、动物肝脏和动物血，这些食物里的血红素铁吸收率高；同时多吃新鲜蔬菜水果，维生素C能促进铁的吸收。确诊缺铁性贫血的，要在医生指导下补充铁剂。
当然，铁锅没有涂层、耐高温，本身是不错的炊具。用完及时擦干，别让它生锈就好。
营养科门诊咨询电话：0743-6551208（工作日上午）
""",
    ),
    dict(
        slug="kechuan-tcm-hospital-notice-wall-mesh",
        site="稞川县中医院 (invented, text view)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.kczyy.cn/tzgg/2025/0408/566.html",
        title="关于门诊楼西侧围墙铁丝网改造期间通行调整的通知",
        date="2025-04-08",
        notes="record title as is; a hospital's text page with a booking line and a 24-hour line; the hospital's own "
        "咨询电话 (总务科) inside the body; 成文日期 under the signature",
        indent="\u3000\u3000",
        page="""
!m 稞川县中医院 · 仁心仁术　惠泽乡里
!m 首页 ＞ 医院公告
{T}
!m 发稿：院办　　点击量：1170
{BODY}
!w 网上预约挂号请关注“稞川县中医院”服务号
!m 急诊电话（24小时）：0736-8233120
!m 地址：稞川县健康路18号　邮编：415900
""",
        body="""
各位患者及家属：
我院门诊楼西侧围墙上方的铁丝网已使用二十余年，锈蚀严重，经安全评估需整体更换为钢制防护栏。施工时间为4月10日至4月25日。施工期间通行安排调整如下：
一、西侧便门暂时关闭，步行就诊的患者请从正门进入。
二、门诊楼西侧停车场暂停使用，机动车请停放至住院部地下停车场，前两小时免费。
三、施工区域已设置围挡和警示标志，请勿靠近，照看好随行儿童。
给您带来的不便，敬请谅解。如有疑问，请拨打总务科电话：0736-8233566。
稞川县中医院
2025年4月8日
""",
    ),
    dict(
        slug="liucheng-agri-college-news-crates-h1",
        site="鎏城农林职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lcnlzy.edu.cn/info/1021/8842.htm",
        title="农学院学子走进竹编工坊学编箩筐",
        record_title=None,
        date="2025-10-21",
        notes="a college news page: no title in the record (the <h1>), a dotted date in the byline is the date, "
        "photo caption between paragraphs, a 'reviewed by' line glued after the last 。",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>农学院学子走进竹编工坊学编箩筐-鎏城农林职业学院</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="u-top">⟦m 鎏城农林职业学院⟧ <a>⟦a 信息门户⟧</a> <a>⟦a 校内邮箱⟧</a> <a>⟦a 图书馆⟧</a></div>
<ul class="u-nav"><li>⟦m 学校概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 新闻中心⟧</li><li>⟦m 招生就业⟧</li></ul>
<div class="u-crumb">⟦m 首页 ⇢ 新闻中心 ⇢ 院部动态⟧</div>
<div class="u-news">
<h1>{T}</h1>
<div class="u-by">⟦m 2025.10.21　文/图：农学院 宋晓禾⟧　⟦m 点击：⟧<script>_showDynClicks("wbnews", 1, 8842)</script></div>
<div class="u-con">
{BODY}
</div>
<div class="u-nav2"><p>⟦l 上一条：学院召开秋季学期教学工作会⟧</p><p>⟦l 下一条：园艺专业学生获省技能大赛二等奖⟧</p></div>
</div>
<div class="u-foot">⟦m 地址：鎏城市浐坪镇学府路66号　邮编：414200　湘ICP备05004021号⟧</div>
</body>
</html>
""",
        body="""
10月18日，农学院组织现代农业技术专业的四十名学生，走进浐坪镇竹编工坊开展非遗技艺实践课。
在工坊师傅的指导下，同学们从认识竹材开始，依次学习了破竹、分篾、刮篾和起底编织。大家两人一组，用了一个下午，每组都编出了一只能装二十斤蔬菜的小箩筐。
⟦m 图为学生在工坊师傅指导下编织箩筐⟧
“原来一只箩筐要经过这么多道工序。”学生唐雨桐说，以后下乡做农技推广时，也想把竹编手艺介绍给更多人。
据介绍，学院已与竹编工坊签订合作协议，今后每学期都将安排学生到工坊开展实践教学。⟦m （审核：龙建国）⟧
""",
    ),
    dict(
        slug="seyang-normal-notice-fence-design-call",
        site="穑阳师范学院后勤管理处 (invented, text view)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.synu.edu.cn/tzgg/2025/0311/190.html",
        title="关于征集校园竹篱笆花境设计方案的通知",
        record_title="关于征集校园竹篱笆花境设计方案的通知-后勤管理处-穑阳师范学院",
        date="2025-03-11",
        notes="a college department's text page: department banner, a visits line, an attachment link line; "
        "the notice's own mailbox and phone in the body; 成文日期 under the signature",
        indent="\u3000\u3000",
        page="""
!m 穑阳师范学院 · 后勤管理处
!m 首页 / 通知公告
{T}
!m 作者：综合科　　访问量：327
{BODY}
!a 附件下载：设计方案报名表.doc
!m 后勤管理处　办公地点：行政楼B座三楼
!m Copyright© 穑阳师范学院
""",
        body="""
校内各单位、全体师生：
为美化校园环境，学校计划将图书馆南侧和学生公寓区三处草坪边缘改造为竹篱笆花境。现面向全校师生征集设计方案，有关事项通知如下。
一、设计要求。以竹篱笆为主要围护，搭配本地常见花草，风格朴素自然，便于日常养护；篱笆高度不超过八十厘米，不得使用铁丝等尖锐材料。
二、提交方式。请于4月10日前将设计图和说明发送至邮箱synuhq@126.com，并填写报名表。
三、评选奖励。学校将评选一等奖一名、二等奖两名，获奖方案将在校园中实施。
联系电话：0739-5208163（综合科）
穑阳师范学院后勤管理处
2025年3月11日
""",
    ),
]
