"""holdout295, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-zhifou-vinegar-pot-white-film",
        site="知否问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhifouwenda.com/question/5502871",
        title="醋壶里长了一层白膜，醋还能吃吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the question in the <h1>; an adopted answer with a badge and vote row; answer time relative (no date); more answers and an ask box",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>醋壶里长了一层白膜，醋还能吃吗？_知否问答</title>
</head>
<body>
<div class="top"><a>⟦m 知否问答⟧</a> <span>⟦m 有问题，就问知否⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bread">⟦m 知否问答 › 生活 › 饮食健康⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名网友　｜　4 天前　｜　浏览 3120⟧</p>
<p class="q-desc">问题补充：家里餐桌上的玻璃醋壶，半个月没动，今天发现醋面上漂着一层白白的膜。</p>
</div>
<div class="answer best">
<div class="badge">⟦m ★ 提问者采纳⟧</div>
<div class="a-user">⟦m 食品工程师老卢　｜　知否认证：食品科学专业⟧　⟦m 回答于 3 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦l 有用 287　没用 4　评论 12⟧　⟦a 分享这个回答⟧</div>
</div>
<div class="more"><h3>⟦l 其他 5 个回答⟧</h3>
<p>⟦l 漶水人家：我家都是直接倒掉的，安全第一⟧</p>
<p>⟦l 匿名用户：白膜捞掉加热一下还能吃吧？⟧</p></div>
<div class="ask">⟦a 还有疑问？向答主追问⟧</div>
<div class="ft">⟦m 知否问答 © 2025　京ICP备21033106号⟧</div>
</body>
</html>
""",
        body="""
那层白膜多半是“醋膜”，也就是醋里残留的醋酸菌和野生酵母在表面繁殖形成的菌膜，俗称“生花”。醋壶敞口放在餐桌上，温度高、接触空气多，最容易出现。
能不能吃，分两种情况：
1.白膜薄、醋的气味正常，没有霉味和臭味，可以把膜捞干净，把醋倒出来煮开后尽快用完，但不要再倒回醋壶。
2.白膜厚、发黏，或者出现绿色、黑色的斑点，醋闻起来发霉，那就是被霉菌污染了，应当整壶倒掉。
醋壶本身也要处理：用热水加少量食用碱把壶身和壶嘴刷干净，晾干后再用。
以后醋壶里别一次装太多，一周左右能用完的量就够了，壶盖要盖严，天热时最好放进冰箱冷藏。
""",
    ),
    dict(
        slug="qa-linjia-cupboard-musty-smell",
        site="邻家问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://wenda.linjiawd.com/q/88137.html",
        title="老式木碗柜一股霉味，怎么去掉？",
        record_title="老式木碗柜一股霉味，怎么去掉？ - 邻家问答 - 居家生活",
        date=None,
        notes="a Q&A page as text: the question with its board, an answer signed by a handle with a relative time, vote and report rows, related questions; no date",
        page="""
!m 邻家问答 | 邻里之间，有问必答
!m 居家生活 > 家具保养
!t 老式木碗柜一股霉味，怎么去掉？
!m 提问：樱桥小区的阿芬　·　2 个月前　·　已有 6 个回答
!l 热心答主 木匠老庾 的回答　|　昨天
{BODY}
!l 赞同 95　·　反对 2　·　举报这个回答
!l 你可能还想问：
!l 旧碗柜生虫了怎么办？
!l 木碗柜刷什么漆对碗碟没有害处？
!a 下载邻家问答App，邻居随时帮你解答
""",
        gap=True,
        body="""
木碗柜发霉味，根子在潮。老碗柜一般靠墙放在厨房，灶台的水汽、碗碟没沥干的水，都会让木头吸潮，时间长了柜板缝里就长霉。
我做了三十多年木匠，去味一般分四步：
一、清空。把碗碟全部拿出来，抽屉、隔板能拆的都拆下来。
二、擦洗。用淡盐水或者白醋兑温水擦柜子里外，缝隙用旧牙刷刷，不要用大量清水冲。
三、晾晒。放在通风的阴凉处晾两三天，不要暴晒，老木头晒狠了会开裂。
四、吸味。柜里放一小碗生石灰或者竹炭包，柜门敞一条缝，一星期左右霉味就淡了。
以后碗碟洗好一定要沥干再放，碗柜离墙留出两三厘米，霉味就不容易回来了。
""",
    ),
    dict(
        slug="anthology-huanshuizhai-memoir-father-wine-pot",
        site="漶水斋文存 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.huanshuizhai.net/wencun/juan2/031.htm",
        title="父亲的锡酒壶",
        record_title="《漶水斋文存》卷二·父亲的锡酒壶",
        date=None,
        notes="a retired teacher's collection in an old table layout: chapter links, 繁體 link, a visitor counter, the author's mailbox; dated only by a 干支 line (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《漶水斋文存》卷二·父亲的锡酒壶</title>
</head>
<body bgcolor="#F7F3E8">
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 漶水斋文存⟧</font><br><font size="2">⟦m 宗守拙 著　退休教师的一点旧文⟧</font></td></tr>
<tr><td align="center"><a href="/">⟦m 目录⟧</a>　<a href="/juan1/">⟦m 卷一 乡事⟧</a>　<a href="/juan2/">⟦m 卷二 亲人⟧</a>　<a href="/juan3/">⟦m 卷三 读书⟧</a>　<a href="/big5/juan2/031.htm">⟦a 繁體版⟧</a></td></tr>
<tr><td><hr size="1"></td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="030.htm">⟦l ← 卷二·母亲的顶针⟧</a>　<a href="032.htm">⟦l 卷二·二叔的渔网 →⟧</a></td></tr>
<tr><td align="center"><font size="2">⟦m 来信请寄：zsz_huanshui@163.com⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦m 本站自开通以来共有 11906 位读者来访⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦d 文存所收均为宗守拙原作，转载请先来信⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲有一把锡酒壶，是他二十岁那年跟着漶水边的锡匠学徒时，亲手打的第一把壶。壶身圆鼓鼓的，壶盖上錾着一朵小梅花，錾得有些歪。
父亲不大喝酒，那把壶平日就搁在碗柜顶上。只有过年，他才把它取下来，用稻草灰擦得锃亮，灌上自家酿的米酒，放进热水碗里温着。年夜饭桌上，他给祖父斟一杯，给母亲斟半杯，轮到我，只许拿筷子头蘸一下。
后来听人说老锡器含铅，温酒不好，父亲就不再用它装酒了，改用来插几枝腊梅。
父亲走后，我把酒壶带到了城里，照旧插梅花。每年腊月梅花开了，我就想起那个在热水碗边守着酒壶的人。
甲辰年冬月记于漶水斋
""",
    ),
    dict(
        slug="anthology-yandeng-essay-sieve-maker-oneline",
        site="檐灯集 (invented personal collection page)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yandengji.net/pian/09.html",
        title="筛匠老况",
        record_title="（檐灯集之九）筛匠老况 — 檐灯集",
        date=None,
        notes="a collection page whose body is all on one line (paragraphs only by their indent); chapter links, a counter and an author note around it; no date",
        page="""
!m 檐灯集　·　况小满的散文
!m 目录 ｜ 上一篇：磨坊 ｜ 下一篇：卖箩的人
!t （檐灯集之九）筛匠老况
{BODY}
!m 本篇字数约三百八十字　阅读 604 次
!d 檐灯集文字均为作者原创，未经同意请勿转载
!m 联系作者：yandengji@foxmail.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
老况是芭口镇最后一个做面筛的匠人。他的铺子在老街拐角，门口挂着大大小小十几只面筛，风一吹，铜丝网嗡嗡地响。
做一只面筛，先要把杉木板刨薄，用开水烫软了弯成圈，接口处用竹钉钉牢；再把铜丝网绷在圈上，绷得不紧，筛面就会塌。老况绷网从不用尺子，眯着眼睛看一看，手指弹一弹，听声音就知道松紧。
镇上人家蒸馍、做糕，都要到他那里买面筛。面筛用破了，拿来补一补，他只收两毛钱。
后来超市里有了不锈钢面筛，几块钱一只，老况的铺子一天比一天冷清。有人劝他改行，他说：“总还有人要用木圈的。”
前年老况走了，铺子关了门。我家灶屋里那只木圈面筛，是他做的最后一批。
""",
    ),
    dict(
        slug="dangjian-chenling-report-rice-basket-secretary",
        site="宸岭先锋网 (invented Party-building portal)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.chenlingxianfeng.cn/jcdj/szbg/2025/0122/1190.html",
        title="庹家坳村党支部书记2024年度抓基层党建工作述职报告",
        record_title="【述职晾晒】庹家坳村党支部书记2024年度抓基层党建工作述职报告 - 宸岭先锋网",
        date="2025-01-18",
        date_also=["2025-01-22"],
        notes="Party portal: study-points prompt, a read-on-phone QR line, 发布时间 that differs from the report's 成文日期, a study-points line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【述职晾晒】庹家坳村党支部书记2024年度抓基层党建工作述职报告 - 宸岭先锋网</title>
</head>
<body>
<div class="banner">⟦m 宸岭先锋网⟧ <span>⟦m 中共宸岭县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页⟧ ⟦m 组工动态⟧ ⟦m 基层党建⟧ ⟦m 干部工作⟧ ⟦m 人才工作⟧ ⟦m 党员教育⟧</div>
<div class="where">⟦m 您现在的位置：首页 - 基层党建 - 述职评议⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025年01月22日　来源：宥坪镇党委　作者：庹春生⟧</div>
<div class="tips">⟦a 登录宸岭党员e家，读完本文可得1学分⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦a 用手机扫一扫，把本文带走⟧</div>
<div class="next">⟦l 上一篇：樱渡镇敬老院党支部书记述职报告⟧　⟦l 下一篇：宸岭县2024年度村党组织书记述职评议情况通报⟧</div>
</div>
<div class="foot">⟦m 中共宸岭县委组织部　地址：宸岭县城北大道8号　邮编：344500⟧<br>⟦m 赣ICP备12014519号⟧</div>
</body>
</html>
""",
        body="""
2024年，我在镇党委的领导下，带领村党支部一班人，把竹编淘米箩产业作为强村富民的抓手，较好地履行了抓基层党建第一责任人职责。现述职如下。
一、抓班子强队伍。支部组织党员学习12次，新发展党员2名，其中1名是返乡创业的竹编能手。
二、抓产业促增收。支部牵头成立竹禾竹编专业合作社，由党员带头编淘米箩、跑销路，全年带动280多户农户户均增收四千多元，村集体经济收入达到26万元。
⟦a 学习积分 +1，继续阅读领取下一分⟧
三、抓服务解难题。设立党员代收代购点，为留守老人上门收箩结账，全年办理群众急难事37件。
存在的不足：一是党员年龄偏大，45岁以下的只有5人；二是淘米箩品种单一，抗风险能力弱。
下一步，我将加强后备力量培养，带领合作社开发竹编新品，让村集体经济再上台阶。
庹家坳村党支部书记　庹春生
2025年1月18日
""",
    ),
    dict(
        slug="dangjian-pangxi-summary-cupboard-volunteers",
        site="滂溪先锋 (invented Party-building portal, text copy)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.pangxixf.gov.cn/zbfc/2024/1230/8815.html",
        title="菝湖社区党支部“修碗柜、换纱门”志愿服务活动总结",
        record_title="〖支部行动〗菝湖社区党支部“修碗柜、换纱门”志愿服务活动总结",
        date="2024-12-26",
        date_also=["2024-12-30"],
        notes="a Party site's text page: a service-figures table one row a paragraph, a 分享 bar glued after a 。, the portal's date line that differs from the summary's date",
        page="""
!m 滂溪先锋 · 党员教育网
!m 首页 > 支部风采 > 活动总结
!t 〖支部行动〗菝湖社区党支部“修碗柜、换纱门”志愿服务活动总结
!m 时间：2024-12-30　供稿：菝湖社区　浏览量：219
{BODY}
!l 推荐阅读：社区党员志愿服务积分管理办法 | 冬季“暖心行动”工作方案
!a 分享至党员群　｜　打印
!m 中共滂溪县委组织部　版权所有
""",
        body="""
今年10月至12月，菝湖社区党支部组织在职党员和党员志愿者开展“修碗柜、换纱门”志愿服务，为辖区独居、高龄老人修理老旧碗柜，更换破损纱门。现将活动情况总结如下。
一、基本情况。支部共组织志愿服务9次，参与党员46人次，上门服务老人家庭58户。
项目　户数　备注
修理碗柜柜门、合页　31　多为木碗柜
更换碗柜纱网　22　统一用不锈钢纱
加装碗柜防潮脚垫　17　厨房较潮的人家
清理碗柜霉斑　26　用竹炭包除味
二、主要做法。活动前由网格员摸底登记，党员按专长分组，懂木工的修柜门，懂电工的顺带检查老人家里的线路。⟦l 一键分享本文到朋友圈⟧每次服务结束都请老人在服务单上签字确认。
三、下步打算。明年将把服务扩大到相邻的两个小区，并邀请物业公司维修工加入。
菝湖社区党支部
2024年12月26日
""",
    ),
    dict(
        slug="hospital-aicheng-second-lead-wine-pot-science",
        site="蔼城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.aichengeryuan.com/jkkp/2025/0115/5521.html",
        title="用老锡酒壶温酒，当心铅中毒",
        record_title="【中毒科普】用老锡酒壶温酒，当心铅中毒_蔼城二院",
        date="2025-01-15",
        notes="hospital page: a booking float, a 24-hour line and a 预约挂号 line next to the department's own 咨询电话 in the body; a byline 发布时间 as the page's date; an experts list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【中毒科普】用老锡酒壶温酒，当心铅中毒_蔼城二院</title>
</head>
<body>
<div class="h-top"><span>⟦m 蔼城市第二人民医院⟧</span> <span>⟦m 三级综合医院 · 蔼城医学院附属医院⟧</span> <span>⟦m 24小时服务：0793-3355120⟧</span></div>
<div class="h-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 健康科普⟧ ⟦m 就医指南⟧</div>
<div class="h-pos">⟦m 位置：首页 > 健康科普 > 职业病与中毒科⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2025-01-15　作者：职业病与中毒科 兰青岩　审核：宣传科⟧</div>
<div class="h-body">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 本科室专家⟧</h4><p>⟦l 兰青岩　主任医师　周二、周四上午⟧</p><p>⟦l 冷一凡　副主任医师　周三全天⟧</p></div>
<div class="float-book">⟦a 在线挂号⟧ ⟦a 报告查询⟧ ⟦m 预约挂号：0793-3355000⟧</div>
<div class="h-foot">⟦m 地址：蔼城市菝湖区杏林路66号⟧　⟦m 赣ICP备08013220号⟧　⟦d 本站科普内容不能代替医生面诊⟧</div>
</body>
</html>
""",
        body="""
春节将近，不少家庭会翻出老锡酒壶温黄酒、米酒。近期，我院职业病与中毒科接诊了两名铅中毒患者，追问病史，都与长期用老锡酒壶温酒有关。
为什么老锡酒壶会让人铅中毒？过去很多锡器是用含铅的焊锡或回收锡打制的，含铅量可达百分之三四十。酒是酸性液体，加热后更容易把铅溶出来，天天喝，铅就在体内越积越多。
铅中毒早期症状不明显，常见乏力、头痛、腹部隐痛、便秘，容易被当成胃病。
医生建议：一、来历不明的老锡酒壶不要再用来温酒、盛酒；二、温酒请用陶瓷或玻璃器皿；三、长期用锡酒壶饮酒、又出现上述症状的，请及时到医院检查血铅。
职业病与中毒科咨询电话：0793-3355217（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-ruyang-tcm-notice-canteen-sieve",
        site="溽阳县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ryxzyy.com/yngl/tzgg/2025/0326/431.html",
        title="关于更换营养食堂面点间面筛的通知",
        record_title="院内通知 ▏关于更换营养食堂面点间面筛的通知 - 溽阳县中医院",
        date="2025-03-25",
        notes="hospital site as text: the hospital's 24-hour and booking lines at the top, the canteen's own contact in the body, a numbered list, 成文日期",
        page="""
!m 溽阳县中医院　二级甲等中医医院
!m 急诊急救：0797-5521120　　预约挂号：0797-5521666
!m 首页 ＞ 后勤保障 ＞ 通知公告
!t 院内通知 ▏关于更换营养食堂面点间面筛的通知
!m 发布科室：总务科　　阅读：86
{BODY}
!l 相关通知：关于营养食堂错峰就餐的安排 ｜ 关于开展后勤安全大检查的通知
!m 地址：溽阳县城关镇岐黄路18号　邮编：344100
!d 版权所有 溽阳县中医院　未经许可不得转载本站内容
""",
        indent="\u3000\u3000",
        body="""
各科室、营养食堂：
3月中旬，营养食堂在例行检查中发现，面点间使用的两只旧面筛铜丝网已有断丝，存在金属丝混入面食的隐患。为保障患者和职工饮食安全，经院务会研究，决定更换面点间全部面筛。现将有关事项通知如下：
1.3月底前，营养食堂将面点间的7只旧面筛全部停用封存，统一更换为304不锈钢面筛。
2.新面筛启用后，面点师每次使用前后须对着灯光检查筛网，发现断丝、破洞立即停用。
3.面点间建立面筛使用登记表，记录启用日期和检查情况，总务科每月抽查一次。
4.各病区如发现面食中有异物，请立即报告营养食堂。
营养食堂联系人：卞秋云，电话：0797-5521308。
溽阳县中医院总务科
2025年3月25日
""",
    ),
    dict(
        slug="university-aicheng-vocational-news-rice-basket-design",
        site="蔼城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.acvtc.edu.cn/xwzx/yxdt/2025/0528/10317.html",
        title="艺术设计学院师生为庹家坳村重新设计竹编淘米箩",
        record_title=None,
        record_date="2025-05-28",
        date="2025-05-28",
        notes="no title in the record: the <h1>; the record gives the date; a dotted college date and a 文/图/审核 line glued after the last 。; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>蔼城职业技术学院</title>
</head>
<body>
<div class="xy-top"><span>⟦m 蔼城职业技术学院⟧</span> <span>⟦m 崇德 尚技 笃行⟧</span> <a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a></div>
<div class="xy-nav">⟦m 学院首页⟧ ⟦m 学院概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 新闻中心⟧</div>
<div class="xy-pos">⟦m 新闻中心 > 院系动态⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-meta">⟦m 2025.05.28⟧ ⟦m 点击：【 733 】⟧</div>
<div class="xy-body">
{BODY}
</div>
</div>
<div class="xy-foot"><p>⟦m 地址：蔼城市菝湖区职教大道1号　邮编：332000⟧</p><p>⟦m 蔼城职业技术学院宣传部 版权所有⟧</p></div>
</body>
</html>
""",
        body="""
近日，艺术设计学院产品设计专业师生走进宸岭县宥坪镇庹家坳村，与村里的竹编艺人一起，为传统竹编淘米箩做了一次“改版”。
调研中，师生们发现，老式淘米箩用起来顺手，但放在城市厨房里不好收纳，沥水后也没处搁。设计小组先后画出二十多张草图，最后确定了三款新样式：可以叠放的方口箩、带挂耳的小号箩和配竹托盘的沥水箩。
⟦m 图为师生与竹编艺人讨论淘米箩样品⟧
新样式保留了原来的编法，只在箩口和箩底做了改动，艺人们上手很快。目前，三款样品已交由竹禾竹编专业合作社试产，首批两千只将在电商平台试销。⟦m 文/图：邝悦　审核：郜远⟧
""",
    ),
    dict(
        slug="university-chenling-normal-notice-vinegar-pots",
        site="宸岭师范学院后勤管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqc.clnu.edu.cn/info/1042/6610.htm",
        title="关于学生食堂餐桌醋壶更换为密封调料瓶的通知",
        date="2025-09-01",
        notes="the record's own title; a college department page as text: a poll sentence to 扫码 in the body, the canteen office's own phone next to the college's service line, 成文日期",
        page="""
!m 宸岭师范学院后勤管理处
!m 首页 | 部门概况 | 通知公告 | 饮食服务 | 物业服务 | 下载中心
!m 当前位置：首页 >> 通知公告
{T}
!m 作者：饮食服务中心　来源：后勤管理处　点击数：1530　更新时间：2025-09-01
{BODY}
!l 【关闭】　【顶部】
!m 后勤服务热线：0798-4600100（24小时）
!m Copyright © 宸岭师范学院后勤管理处
""",
        indent="    ",
        body="""
全校师生：
为改善学生食堂就餐卫生，根据上学期学生代表座谈会意见，饮食服务中心决定自9月8日起，将第一、第二学生食堂餐桌上的敞口醋壶全部更换为按压式密封调料瓶。现将有关事项通知如下。
一、更换范围：两个食堂共计420张餐桌上的醋壶和辣椒油罐，旧醋壶统一回收清洗后作为备用。
二、新调料瓶每天早餐前由保洁员检查补充，每周集中高温清洗一次。
三、同学们使用时请勿将瓶盖拧开直接倾倒，发现调料瓶损坏或漏液，请告知窗口工作人员。
四、更换后一个月内，饮食服务中心将开展满意度调查，请同学们扫描餐桌上的二维码填写问卷。
饮食服务中心办公室电话：0798-4600231。
宸岭师范学院饮食服务中心
2025年9月1日
""",
    ),
]
