"""holdout267, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Every document, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="dayifang-qa-new-cloth-shoes-rub-heel",
        site="答疑坊 (invented, Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dayifang.com/question/30917726",
        title="新买的手工布鞋磨脚后跟怎么办？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record, the question; an adopted-answer badge, vote row, more answers; relative answer time is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新买的手工布鞋磨脚后跟怎么办？ - 答疑坊</title>
</head>
<body>
<div class="dyf-head"><a href="/">⟦m 答疑坊⟧</a> <span>⟦m 有疑就来坊里问⟧</span> <a class="ask">⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="dyf-crumb">⟦m 答疑坊 › 生活 › 鞋服穿搭⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 前天在老街买了一双千层底，穿了半天后跟就红了，有没有办法？⟧</p>
<p class="q-meta">⟦m 提问者：小满同学　｜　3人关注　｜　浏览 1862⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m 题主已采纳⟧</div>
<div class="a-user">⟦m 老街鞋铺掌柜 · 回答于 5 小时前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-vote">⟦a 有用 128 ｜ 没用 3 ｜ 评论 12⟧</div>
</div>
<div class="others"><h3>⟦l 其他 4 个回答⟧</h3>
<p>⟦l 柠檬不酸：我都是穿厚袜子硬磨，一周就好了⟧</p>
<p>⟦l 匿名用户：直接换大一码吧，别折腾⟧</p></div>
<div class="related"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 千层底布鞋能水洗吗？⟧</li><li>⟦l 老北京布鞋和手工布鞋有什么区别？⟧</li></ul></div>
<div class="foot">⟦d 答疑坊内容均为网友回答，仅供参考，不构成专业建议⟧ ⟦m 沪ICP备22031488号⟧</div>
</body>
</html>
""",
        body="""
我家开了二十年布鞋店，这个问题常有人问，说几个管用的办法。
1.新布鞋鞋口的滚边比较硬，买回来先别急着穿，用手把后跟那一圈来回揉几十下，让布料软和下来。
2.后跟磨脚多半是鞋码偏小或者楦头偏窄。可以把鞋子喷点清水，塞进报纸或者鞋撑，放一晚上撑一撑，注意不要用热水泡。
3.穿之前在后跟处垫一块软布，或者穿厚一点的棉袜，先穿半天，慢慢磨合。
4.如果是千层底，一般穿上三五天就跟脚了；要是一周后还磨，说明尺码不合适，建议去店里换大半码。
手工布鞋越穿越舒服，头几天稍微耐心一点就好。
""",
    ),
    dict(
        slug="baidatang-qa-brass-candlestick-tarnish",
        site="百答堂 (invented, Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baidatang.net/wenda/8812093.html",
        title="铜烛台发黑了怎么清洗？",
        record_title="铜烛台发黑了怎么清洗？- 百答堂",
        date=None,
        notes="Q&A as text: site suffix after the question; best-answer tag, likes and more answers; relative times are no dates",
        page="""
!m 百答堂 · 家居生活
!t 铜烛台发黑了怎么清洗？
!m 提问于 3 周前 · 2个回答 · 719次浏览
!m ★ 最佳答案　答主：旧物修复师阿澄　（更新于 昨天）
{BODY}
!a 👍 赞同 86　　💬 追问　　⤴ 转发
!l 其他回答：用可乐泡一晚上也挺管用的（答主：夜猫子）
!l 你可能感兴趣：银烛台氧化发黄怎么处理？
!m 百答堂 baidatang.net　京ICP备17055802号
""",
        body="""
铜烛台发黑是表面氧化了，家里就能处理，分享我自己用过的方法：
一、先用温水加几滴洗洁精，拿软毛刷把烛台上的蜡油和灰尘刷干净。蜡油多的地方可以先用吹风机吹软，再用竹片刮掉，别用铁片，容易刮花。
二、白醋和面粉按一比一调成糊，均匀抹在发黑的地方，放半小时后用软布擦掉，再用清水冲净。
三、擦干后，用旧棉布蘸一点牙膏顺着纹路打圈抛光，铜色就亮起来了。
四、最后薄薄涂一层凡士林，能隔绝空气，好几个月都不容易再发黑。
提醒一句：如果是老物件、有包浆的古铜烛台，千万别这么弄，最好请专业人员看过再说。
""",
    ),
    dict(
        slug="muxiangzhai-memoir-fathers-chisels-gb2312",
        site="木香斋文集 (invented, personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.muxiangzhai.net/wenji/juan2/014.htm",
        title="父亲的那套凿子",
        record_title="父亲的那套凿子（《木香斋文集》卷二·第十四篇）",
        date=None,
        notes="old table layout: 正體/简体 links, chapter links, a visitor counter and the author's mailbox; a ganzhi year-and-season line ends the memoir (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的那套凿子（《木香斋文集》卷二·第十四篇）</title>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0" cellpadding="6">
<tr><td align="center"><font size="5">⟦m 木香斋文集⟧</font><br>⟦m 一个退休木工教师的笔墨⟧</td></tr>
<tr><td align="right"><a href="big5/juan2/014.htm">⟦a 正體⟧</a>｜<a href="juan2/014.htm">⟦a 简体⟧</a>｜<a href="index.htm">⟦m 文集目录⟧</a></td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：卷二·第十三篇　老屋的门槛⟧　｜　⟦l 下一篇：卷二·第十五篇　墨斗⟧</td></tr>
<tr><td align="center"><hr>⟦w 读者来信请寄：muxiangzhai@126.com⟧<br>⟦m 本斋自二〇〇六年开张，累计来客 00046219 人次⟧<br>⟦d 文集文字为斋主所写，转载请先来信⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是村里有名的木匠，他的工具箱里最金贵的是一套凿子，从二分到一寸二，整整九把，卷在一块油布里。
那些凿子的木柄都被他的手磨得发亮，柄头箍着铁圈，被斧背敲得向外翻卷。父亲说，凿子是木匠的手指头，少了哪一根，活都干不利索。
我十二岁那年偷拿了一把凿子去削弹弓架，结果在石头上崩了个口子。父亲没有打我，只是带着我在磨刀石上磨了一个晚上，边磨边说：“东西坏了能修，手艺坏了就修不回来了。”
父亲去世后，那卷凿子一直放在我的书柜里。去年老家修祠堂，我把它们拿出来，请父亲的徒弟用了一回。看着刨花从凿刃下卷出来，我好像又看见了他弯腰干活的背影。
癸卯年春于木香斋
""",
    ),
    dict(
        slug="jiuyuan-memoir-washstand-oneline",
        site="旧院随笔 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://jiuyuansuibi.cn/pian/07.html",
        title="老屋里的洗脸架",
        record_title="老屋里的洗脸架 ·《旧院随笔》之七",
        date=None,
        notes="a memoir whose body is on one line, paragraphs apart only by their indent; collection chrome above and below; no date",
        page="""
!m 旧院随笔 · 散文集
!m 目录 ｜ 上一篇 ｜ 下一篇
!t 老屋里的洗脸架 ·《旧院随笔》之七
!m 作者：檀川　字数：536
{BODY}
!l ← 之六　灶台　　　之八　葡萄架 →
!a 本集可整本下载为电子书（EPUB / TXT）
!d 旧院随笔全部文字版权归作者檀川所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
老屋东墙根下，立着一个木头洗脸架。三条腿，上头一个圆圈托着搪瓷脸盆，脸盆上印着两条红鲤鱼，架子顶上横一根杆，搭着全家人的毛巾。
每天早上，母亲最先起床，从灶上舀一瓢热水倒进盆里，我们兄妹几个排着队洗脸。冬天水凉得快，轮到我时，盆里只剩半温的水，我就胡乱抹两把了事。
洗脸架是外公给母亲做的陪嫁，榫卯结构，没用一根钉子。四十多年过去，腿脚有些松了，父亲用麻绳缠了几道，照样稳稳当当。
前年老屋拆了，洗脸架被我搬到城里，摆在阳台上放花盆。女儿问这是什么，我说，这是从前人家里的洗漱台。她不信，一个木架子怎么洗脸？我笑了，想起那些排队洗脸的早晨。
""",
    ),
    dict(
        slug="jishui-dangjian-speech-red-army-cloth-shoes",
        site="泲水党建网 (invented, Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jsdj.gov.cn/ztdr/202407/t20240701_19822.html",
        title="在“一双红军布鞋”主题党日活动上的讲话",
        record_title="【党日活动·讲话】在“一双红军布鞋”主题党日活动上的讲话 - 泲水党建网",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker line neutral, date in Chinese numerals under the title; the portal's date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【党日活动·讲话】在“一双红军布鞋”主题党日活动上的讲话 - 泲水党建网</title>
</head>
<body>
<div class="dj-top">⟦m 泲水党建网⟧ <span>⟦m 中共泲水县委组织部主办⟧</span></div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 组织工作⟧ ⟦m 主题党日⟧ ⟦m 党员教育⟧</div>
<div class="dj-pos">⟦m 当前位置：首页 &gt; 主题党日 &gt; 讲话选编⟧</div>
<div class="dj-art">
<h2>{T}</h2>
<p class="src">⟦m 来源：县委组织部　日期：2024-07-01　浏览：913⟧</p>
<p class="speaker">县委组织部常务副部长　尹卫东</p>
<p class="when">（二〇二四年六月二十八日）</p>
<div class="dj-body">
{BODY}
</div>
<p class="points">⟦a 认真读完本文可获学习积分2分，请先登录党员学习账号⟧</p>
<p class="qr">⟦a 手机扫一扫，在掌上党校继续阅读⟧</p>
<p>⟦l 上一篇：全县“三会一课”质量提升推进会召开⟧</p>
<p>⟦l 下一篇：县直机关工委开展“七一”走访慰问⟧</p>
</div>
<div class="dj-foot">⟦m 主办：中共泲水县委组织部　电话：0734-7712333⟧ ⟦m 湘ICP备16008819号⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们来到县革命历史纪念馆，开展“一双红军布鞋”主题党日活动。刚才，大家参观了展厅，听讲解员讲述了红军战士曾满仓把仅有的一双布鞋留给伤员、自己赤脚行军八十里的故事，很受触动。
一双布鞋，千针万线，纳进的是军民鱼水情；一双布鞋，踏过雪山草地，走出的是革命必胜的信念。今天我们重温这段历史，就是要从中汲取精神力量。
借此机会，我提三点希望：一是学先辈的信念，把初心落在岗位上；二是学先辈的作风，多往群众家里走，鞋底沾泥才能摸清实情；三是学先辈的奉献，在急难险重任务面前冲得上、顶得住。
同志们，让我们穿好“布鞋”，走好新时代的长征路！
""",
    ),
    dict(
        slug="aoshan-xianfeng-summary-coops-table-record-title",
        site="嶅山先锋网 (invented, Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.aoshanxf.cn/zbfc/2024/1224/7713.html",
        title="嶅山镇机关党支部2024年“送鸡笼助增收”志愿服务工作总结",
        date="2024-12-20",
        date_also=["2024-12-24"],
        notes="title as the record gives it; a data table one row a paragraph; a study-points line between paragraphs; the portal's date differs",
        page="""
!m 嶅山先锋网 ＞ 支部风采 ＞ 正文
{T}
!m 信息来源：嶅山镇党委　发布：2024-12-24　阅读：355
!a 【大字】【小字】【打印】【纠错】
{BODY}
!a 本文已收入“支部风采”专栏，登录后可收藏
!l 相关链接：嶅山镇开展冬季送温暖活动｜镇机关党支部召开组织生活会
!m 中共嶅山县委组织部主办　电话：0731-2810388
""",
        body="""
今年以来，镇机关党支部结合“我为群众办实事”实践活动，开展“送鸡笼助增收”志愿服务，帮助脱贫户发展庭院养鸡。现将全年工作总结如下。
一、主要做法
支部党员与3个村的脱贫户结对，统一采购两层镀锌鸡笼，上门帮助安装，并邀请畜牧站技术员讲解防疫要点。
⟦a 【学习积分】阅读本文满3分钟，积分+1⟧
二、完成情况
村名　结对户数　发放鸡笼（组）　补栏鸡苗（只）
岨头村　18　36　540
榎树湾村　14　28　420
大岭村　11　22　330
三、存在不足
少数农户把鸡笼摆在低洼处，雨后积水，鸡只发病率偏高。明年将联合畜牧站开展回访，帮助农户调整鸡笼位置。
嶅山镇机关党支部
2024年12月20日
""",
    ),
    dict(
        slug="haochuan-hospital-notice-washstand-works",
        site="滈川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hcxrmyy.com/news/hqgg/20240806/2217.html",
        title="关于住院部病区卫生间洗脸架改造期间洗漱安排的通知",
        record_title="【后勤服务·公告】关于住院部病区卫生间洗脸架改造期间洗漱安排的通知-滈川县人民医院",
        date="2024-08-05",
        date_also=["2024-08-06"],
        notes="hospital site: booking float, 24-hour line, experts list; the notice's own contact line beside the hospital's hotlines; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【后勤服务·公告】关于住院部病区卫生间洗脸架改造期间洗漱安排的通知-滈川县人民医院</title>
</head>
<body>
<div class="hos-top"><span>⟦m 滈川县人民医院　二级甲等综合医院⟧</span> <span>⟦m 24小时急诊：0736-5290120⟧</span></div>
<div class="hos-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 院务公开⟧</div>
<div class="hos-path">⟦m 首页 ＞ 院务公开 ＞ 后勤公告⟧</div>
<div class="hos-art">
<h3>{T}</h3>
<div class="hos-meta">⟦m 发布：后勤保障科　时间：2024-08-06　浏览：402⟧</div>
<div class="hos-text">
{BODY}
</div>
</div>
<div class="hos-side"><h4>⟦l 坐诊专家⟧</h4><p>⟦l 骨科　龙永胜　主任医师⟧</p><p>⟦l 康复科　蒋小芹　副主任医师⟧</p></div>
<div class="float-yy"><a>⟦a 在线预约挂号⟧</a> <a>⟦a 报告单查询⟧</a></div>
<div class="hos-foot">⟦m 地址：滈川县人民中路216号　总机：0736-5290000⟧ ⟦m 湘ICP备10020613号-1⟧</div>
</body>
</html>
""",
        body="""
各病区、住院患者及家属：
为消除住院部卫生间洗脸架老化松动带来的安全隐患，医院定于8月12日至8月30日对住院部3至9楼病区卫生间洗脸架进行改造，统一更换为带扶手的台式洗脸架。改造期间有关安排通知如下：
一、改造按楼层分批进行，每层施工约3天，施工楼层的患者请使用走廊东侧临时洗漱间。
二、行动不便的患者，由护理人员协助床旁洗漱，家属不要自行搀扶患者到施工区域。
三、噪音较大的作业安排在9:00—11:00、15:00—17:00，给大家带来不便，敬请谅解。
如有疑问，请联系后勤保障科，电话：0736-5290712。
滈川县人民医院后勤保障科
2024年8月5日
""",
    ),
    dict(
        slug="songzhou-second-hospital-cloth-shoes-diabetes",
        site="嵕州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="text",
        source="http://www.szsdermyy.cn/jkkp/nfm/20250107/601.html",
        title="糖尿病人选鞋有讲究，软底布鞋好在哪？",
        record_title="【内分泌科·控糖课堂】糖尿病人选鞋有讲究，软底布鞋好在哪？- 嵕州市第二人民医院",
        date="2025-01-07",
        notes="hospital article as text: column tag and site suffix; the byline's 发布日期 is the page's date; the department's own 咨询电话 in the body beside the site's booking line",
        page="""
!m 嵕州市第二人民医院 ｜ 健康科普
!m 预约挂号热线：0739-8560000　　急诊：0739-8560120
!t 【内分泌科·控糖课堂】糖尿病人选鞋有讲究，软底布鞋好在哪？
!m 发布日期：2025-01-07　作者：内分泌科　审稿：甘秀玲
{BODY}
!l 推荐阅读：冬季糖尿病足护理五要点 ／ 胰岛素笔的正确用法
!d 本文仅作健康科普，不能代替医生面诊
!m 嵕州市第二人民医院 版权所有　湘ICP备13015562号
""",
        body="""
糖尿病患者的双脚最怕磨破。由于神经病变，很多患者脚上感觉迟钝，鞋子磨出水泡也不知道，小伤口可能发展成难以愈合的溃疡。
内分泌科护士长甘秀玲介绍，选鞋要把握三点：一是鞋头宽大，脚趾在鞋里能自由活动；二是鞋底柔软有弹性，减少脚掌受压；三是鞋面透气，内里没有明显缝线。
“从这几点看，合脚的软底布鞋是不错的选择。”甘秀玲说，布鞋透气吸汗，鞋面柔软，适合日常在家和散步时穿。但布鞋鞋底较薄、防水性差，外出远行或雨天仍建议穿专用的糖尿病鞋。
她提醒，新鞋第一次只穿半小时，每天睡前检查双脚有无红肿、破皮，发现问题及时到医院就诊。内分泌科咨询电话：0739-8561236。
""",
    ),
    dict(
        slug="songzhou-college-news-candlestick-exhibition-h1",
        site="嵕州学院 (invented, university)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.szxy.edu.cn/info/1031/27518.htm",
        title="我校博物馆“烛照千年——历代烛台展”开幕",
        record_title=None,
        date="2024-05-18",
        notes="university news page: no title in the record, the <h1>; a dotted date in the byline is the page's date; a photo caption between paragraphs, author/photo/review line glued after the last one",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>我校博物馆“烛照千年——历代烛台展”开幕-嵕州学院新闻网</title>
</head>
<body>
<div class="xy-head"><img src="/images/logo.png" alt="嵕州学院"><span>⟦m 嵕州学院新闻网⟧</span></div>
<div class="xy-nav">⟦m 学校首页⟧ ⟦m 综合新闻⟧ ⟦m 院部动态⟧ ⟦m 媒体嵕院⟧ ⟦m 校园视频⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 2024.05.18　来源：博物馆　点击：<span id="clicks">1688</span>⟧</div>
<div class="xy-text">
{BODY}
</div>
<div class="xy-prev">⟦l 上一条：我校学子在省大学生结构设计竞赛中获一等奖⟧</div>
</div>
<div class="xy-foot">⟦m 版权所有：嵕州学院党委宣传部　地址：嵕州市学府大道9号⟧ ⟦m 湘ICP备05003372号⟧</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
5月17日，由校博物馆主办的“烛照千年——历代烛台展”在图书馆一楼展厅开幕。副校长邵明哲、人文学院师生代表及校外嘉宾200余人参加开幕式。
本次展览共展出汉代至民国时期的各类烛台126件，其中陶瓷烛台41件、铜烛台58件、锡及木质烛台27件，大部分为校友和社会人士捐赠。展览按时代分为“秉烛夜游”“华灯初上”“灯火万家”三个单元，并设置了蜡烛制作体验区。
⟦m 开幕式现场，嘉宾在展柜前观看明清铜烛台（伍子航 摄）⟧
博物馆馆长介绍，展览将持续至10月底，周一至周五对师生免费开放，周末面向社会公众预约开放。⟦m （文/贺雯 图/伍子航 审核/钱卓）⟧
""",
    ),
    dict(
        slug="songzhou-vocational-rules-chisel-workshop",
        site="嵕州职业技术学院工程训练中心 (invented)",
        style="高校官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://gxzx.szzy.edu.cn/sxgl/guizhang/118.html",
        title="工程训练中心木工实训室凿具使用安全规定",
        record_title="工程训练中心木工实训室凿具使用安全规定｜实训管理｜嵕州职院工程训练中心",
        date=None,
        notes="college department page as text: column and site suffix; 第N条 articles; only an effective clause (no date); the page's update stamp is no date",
        page="""
!m 嵕州职业技术学院 · 工程训练中心
!m 首页 > 实训管理 > 规章制度
{T}
!m 更新：3 个月前　浏览：237
{BODY}
!a 〔打印本页〕〔返回列表〕
!l 同栏目：金工实训室安全守则 ／ 电工实训室用电管理办法
!m 工程训练中心办公室　分机：5108
""",
        body="""
第一条　为保障学生在木工实训中的人身安全，规范凿子、扁铲等凿具的领用和使用，制定本规定。
第二条　学生进入实训室须穿工作服、戴护目镜，不得戴手套操作凿具。
第三条　凿具由实训指导教师统一发放，学生凭学生证登记领用，下课前清点归还，缺损的须当场说明情况。
第四条　使用凿子时，工件须用夹具固定，凿刃方向不得朝向自己或他人；敲击时只准使用木槌，严禁用铁锤直接敲击凿柄。
第五条　凿具刃口变钝的，交指导教师统一刃磨，学生不得私自在砂轮机上打磨。
第六条　违反本规定造成伤害或工具损坏的，按学院实训管理办法处理。
第七条　本规定自发布之日起执行。
""",
    ),
]
