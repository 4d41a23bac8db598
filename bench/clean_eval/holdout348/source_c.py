"""holdout348, part C: Q&A sites, personal collections, Party-building sites, hospitals, colleges.

Everything here is invented; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="zhuangxiu-qa-skirting-gap-adopted-answer",
        site="装修百问网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zxbaiwen.com/q/7730218.html",
        title="踢脚线和墙面之间裂开一条缝，怎么补才不难看？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; an adopted-answer badge, a vote row, comments and "
        "more answers; relative times only",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>装修百问网 - 家装问题，老师傅来答</title>
<link rel="stylesheet" href="/static/q/detail.css">
<script src="/static/q/vote.js"></script>
</head><body>
<div class="hd"><a class="logo">⟦m 装修百问网⟧</a> <input placeholder="搜索你的装修问题"> <a class="ask">⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="nav">⟦m 首页 › 硬装问题 › 墙地面⟧</div>
<div class="question"><h1>{T}</h1>
<p class="qmeta">⟦m 提问者：匿名业主　2 天前　浏览 3,208⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 被提问者采纳⟧</span>
<p class="who">⟦m 装修老周　家装顾问　回答于 前天⟧</p>
<div class="answer">
{BODY}
</div>
<p class="vote">⟦a 有用 218　没用 6　评论 14⟧</p></div>
<div class="others"><h3>⟦l 其他 5 个回答⟧</h3>
<p>⟦l 木作小陈：先看是不是墙面空鼓，空鼓的话打胶也会再裂。⟧</p>
<p>⟦l 匿名用户：我家用的同色美缝剂，效果还行。⟧</p></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 踢脚线选瓷砖的还是铝合金的？⟧</li><li>⟦l 木地板和踢脚线之间留多大伸缩缝？⟧</li></ul></div>
<div class="ft">⟦d 回答内容仅代表答主个人观点，具体施工请以现场勘查为准。⟧ ⟦m 装修百问网 zxbaiwen.com⟧</div>
</body></html>
""",
        body="""
这种缝多数是墙面和地面材料热胀冷缩不一致造成的，新房头一两年很常见，不用太担心，按缝的宽窄分开处理就行。
缝宽在两毫米以内的，用和踢脚线同色的美纹胶带先把上下贴好，中间打一道中性硅酮耐候胶，用手指蘸点肥皂水抹平，撕掉胶带，基本看不出来。
缝宽超过三毫米，或者踢脚线已经往外翘的，说明固定不牢，光打胶没用。要把翘起的那段拆下来，清理墙根的灰和旧胶，用专用胶粘剂配合钢钉重新固定，再打胶收边。
提醒一句：不要用腻子去填缝，腻子一干就裂；木质踢脚线也别用便宜的玻璃胶，时间长了会发黄发黑。
如果是刚装修完就开缝，建议先联系装修公司保修，别自己动手，免得影响保修。
""",
    ),
    dict(
        slug="linli-qa-charcoal-tongs-steel-or-iron",
        site="邻里问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.linli365.net/question/409117",
        title="炭夹选不锈钢的还是铁的好？",
        record_title="炭夹选不锈钢的还是铁的好？（已有12个回答）_邻里问答",
        date=None,
        notes="Q&A as text: decorated question line, an adoption badge, the answerer line, a vote row, other "
        "answers; relative times only",
        page="""
!m 邻里问答 · 有问题，问邻里
!m 首页 › 生活用品 › 厨房与取暖
!t 炭夹选不锈钢的还是铁的好？（已有12个回答）
{T}
!m 提问于 6 天前 · 12 个回答 · 浏览 1,877
!m ✔ 提问者采纳
!m 热心邻居阿坤 · 回答于 5 天前
{BODY}
!a 赞同 64　反对 2　评论 5
!l 其他回答（11）
!l 暖锅先生：买铁的，便宜好用，生锈了砂纸擦擦就行。
!l 相关问题：木炭受潮了还能烧吗？
!m 邻里问答 © 2025　wenda.linli365.net
""",
        body="""
两种我都用过，说下实际感受。
不锈钢炭夹好看、不生锈，洗一洗就干净，适合烧烤、围炉煮茶这种隔三岔五用一次的场合。缺点是导热快，夹久了手柄发烫，买的时候要挑带木柄或硅胶套的。
铁炭夹便宜、结实，夹口一般做成齿状，夹炭不打滑，农村冬天天天烧炭盆的人家更实用。缺点是容易生锈，用完要放在干燥的地方，隔段时间抹点油。
不管买哪种，长度最好在三十五厘米以上，尾部带挂钩的更方便收纳。家里有小孩的，炭夹用完要挂高，别让孩子拿去玩。
""",
    ),
    dict(
        slug="xuechuang-memoir-grandfather-copper-tongs-gb2312",
        site="雪窗文存 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.xuechuang-wc.net/suibi/jiuyi09.htm",
        title="祖父的铜炭夹",
        record_title="《碹坪旧忆》第九篇·祖父的铜炭夹 | 雪窗文存",
        date=None,
        notes="a retired teacher's collection: gb2312 table layout, a marquee, chapter links, a 繁體 switch, a read "
        "counter, the author's mailbox; the memoir ends with a 写于 line giving only a season and year (no date)",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《碹坪旧忆》第九篇·祖父的铜炭夹 | 雪窗文存</title>
<style>body{background:#f7f3e8} .wen{font-size:15px;line-height:26px}</style>
<script language="JavaScript" src="js/fanti.js"></script>
</head>
<body>
<table width="800" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td class="biaoti">⟦m 雪窗文存⟧</td><td align="right">⟦a 切换繁體⟧</td></tr>
<tr><td colspan="2"><marquee behavior="alternate">⟦m 欢迎光临雪窗文存，这里的文字都是一个老教书匠的闲笔⟧</marquee></td></tr>
<tr><td colspan="2" class="dh">⟦m <a href="index.htm">文存首页</a>　<a href="sanwen.htm">散文</a>　<a href="suibi.htm">随笔</a>　<a href="shici.htm">诗词</a>　<a href="liuyan.asp">留言簿</a>⟧</td></tr>
<tr><td colspan="2" align="center"><h2>{T}</h2><p>⟦m 《碹坪旧忆》第九篇　作者：雪窗⟧</p></td></tr>
<tr><td colspan="2" class="wen">
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：《碹坪旧忆》之八·晒秋⟧</td><td align="right">⟦l 下一篇：《碹坪旧忆》之十·老屋的门槛⟧</td></tr>
<tr><td colspan="2" align="center">⟦m 本文已被阅读 1366 次⟧　⟦w 读后有话，请寄：xuechuang_wc@126.com⟧</td></tr>
<tr><td colspan="2" align="center">⟦d 本站文字版权归作者所有，未经许可请勿转载。⟧<br>⟦m 您是第 004512 位来访的朋友⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
祖父有一把铜炭夹，一尺来长，夹口铸成两片小小的竹叶，手柄上缠着一圈细麻绳。据说那是他年轻时在镇上铜匠铺当学徒，出师那天师傅送的。
碹坪的冬天潮冷，家家离不开炭盆。每天天不亮，祖父就蹲在灶前，用这把炭夹从灶膛里夹出烧红的木炭，一块一块码进铜盆，再盖上一层薄灰。他说，炭要“养”，火不能太旺，旺了费炭，还呛人。
我小时候最爱抢那把炭夹，祖父从不让我碰。他说炭夹不是玩意儿，夹不稳，红炭掉在脚面上，一辈子都记得疼。直到我十二岁那年冬天，他才手把手教我：夹炭要夹炭块的腰，手腕不抖，走路要慢。
祖父走后，铜炭夹传到了父亲手里，后来家里用上了电暖器，它就一直挂在老屋的墙上。去年回乡，我把它取下来擦了擦，竹叶上的纹路还在，麻绳却早已朽断了。
二〇二三年冬，写于昳州寓所
""",
    ),
    dict(
        slug="yanbei-collection-essay-putty-summer",
        site="砚北杂记 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://yanbeizaji.net/sanwen/21.html",
        title="刮腻子的那个夏天",
        record_title="刮腻子的那个夏天（《砚北杂记》散文卷·二十一）",
        date=None,
        notes="a collection's essay page: the decorated title line, a contents row, prev/next and a read counter; "
        "no date anywhere",
        page="""
!m 砚北杂记 · 散文卷
!m 目录 ｜ 上一篇 ｜ 下一篇 ｜ 返回卷首
!t 刮腻子的那个夏天（《砚北杂记》散文卷·二十一）
{T}
!m 作者：砚北　收入：散文卷　字数：约560
{BODY}
!l 上一篇：菜市场的那杆秤
!l 下一篇：楼下的修车摊
!m 本卷共收文四十七篇　本篇已阅 812 次
!d 文章为作者原创，转载须经本人同意。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
去年夏天，我决定自己动手翻新那套住了二十年的老房子。别的活请了师傅，唯独刮腻子，我想亲手试一试。
五金店老板给我拿了两把腻子刀，一把六寸的大刀，一把两寸的小刀。他说，大刀刮大面，小刀收边角，刀要斜着走，手要松着握。我点头，心里却觉得不过是往墙上抹点白泥而已。
真干起来才知道难。第一遍刮完，墙上全是一道一道的刀痕，像被犁过的地。等它干透，用砂纸磨了整整两个晚上，手臂抬都抬不起来。第二遍我放慢了速度，每一刀只刮巴掌大一块，刮一块，侧着灯看一块。
到第三遍，墙面终于平了。那天晚上我坐在空荡荡的客厅里，看着那面白墙，忽然明白，日子和墙一样，急不得，一刀一刀刮平了，才能住得舒坦。
""",
    ),
    dict(
        slug="yuyang-party-summary-volunteer-painting-table",
        site="矞阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.yuyangxf.gov.cn/jcdj/2025/1009/2241.html",
        title="硪桥镇党委“党员刷新老楼道”志愿服务活动总结",
        record_title="【先锋实事录】硪桥镇党委“党员刷新老楼道”志愿服务活动总结_基层党建_矞阳先锋网",
        date="2025-09-30",
        date_also=["2025-10-09"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line, a data table one row a paragraph; "
        "成文日期 under the signature, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【先锋实事录】硪桥镇党委“党员刷新老楼道”志愿服务活动总结_基层党建_矞阳先锋网</title>
<link rel="stylesheet" href="/res/dj/css/red.css">
<script src="/res/dj/js/jquery-1.12.4.min.js"></script>
</head><body>
<div class="red-top"><span>⟦m 矞阳先锋网⟧</span><em>⟦m 中共矞阳县委组织部主办⟧</em></div>
<div class="red-nav">⟦m 首页 ｜ 要闻 ｜ 基层党建 ｜ 党员教育 ｜ 先锋风采 ｜ 组工信息⟧</div>
<div class="where">⟦m 您在这里：首页 / 基层党建 / 乡镇⟧</div>
<div class="arc"><h1>{T}</h1>
<p class="src">⟦m 发布时间：2025-10-09　来源：硪桥镇党委　编辑：伍晴川⟧</p>
<p class="xx">⟦a 登录“先锋学习”后阅读本文，可积 1 学分⟧</p>
<div class="arc-body">
{BODY}
</div>
<p class="mobile">⟦a 用手机扫一扫，在手机上接着读⟧</p>
<p class="share">⟦a 分享：微信 ｜ 微博 ｜ 复制链接⟧</p>
</div>
<div class="about"><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 硪桥镇开展“支部进小区”主题党日⟧</li><li>⟦l 县直机关党员到社区报到服务纪实⟧</li></ul></div>
<div class="red-foot">⟦m 地址：矞阳县矞兴路1号　电话：0736-5100712⟧<br>⟦m 湘ICP备17009326号⟧</div>
</body></html>
""",
        body="""
今年6月至9月，镇党委组织机关和村（社区）党员开展“党员刷新老楼道”志愿服务活动，对集镇8个老旧小区的楼道进行了义务粉刷，现将活动情况总结如下。
一、活动开展情况
镇党委将活动列为“我为群众办实事”重点项目，组建党员志愿服务队12支，每支队伍包保一个小区。志愿者利用周末和下班时间，先铲除墙面小广告和起皮涂层，再用滚筒刷刷两遍乳胶漆，楼梯扶手和踢脚处用小滚筒刷补刷。
小区　楼道数（个）　参与党员（人次）　粉刷面积（平方米）
硪桥新村　14　96　2860
粮站宿舍　6　41　1150
供销社小区　9　63　1720
⟦l 延伸阅读：硪桥镇“党员楼栋长”是怎样炼成的⟧
二、主要成效
活动共粉刷楼道53个、面积约1.1万平方米，参与党员志愿者452人次，居民自发参与180余人次，群众满意率达到98%。
三、存在的不足
部分楼道墙体受潮起碱，刷后不久又出现起皮；工具清洗保管不到位，损耗较大。下一步，我们将邀请专业师傅对志愿者进行培训，并建立工具登记借还制度。
中共矞阳县硪桥镇委员会
2025年9月30日
""",
    ),
    dict(
        slug="yizhou-red-property-speech-skirting-cn-date",
        site="昳州红色物业网 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.yzhswy.cn/sjjt/20250428/1067.html",
        title="在祐安社区“红色物业·楼栋微改造”启动仪式上的讲话",
        record_title="【书记夜话】在祐安社区“红色物业·楼栋微改造”启动仪式上的讲话 - 昳州红色物业网",
        date="2025-04-22",
        date_also=["2025-04-28"],
        notes="speaker line and a date in Chinese numerals under the speech title (neutral); the posting date also "
        "accepted; a scan-to-forward prompt",
        page="""
!m 昳州红色物业网　党建引领·物业为民
!m 首页 ＞ 书记讲堂 ＞ 社区篇
!t 【书记夜话】在祐安社区“红色物业·楼栋微改造”启动仪式上的讲话
{T}
祐安社区党委书记　韦心岚
（二〇二五年四月二十二日）
!m 发布：2025-04-28　供稿：祐安社区党委　浏览：315
!a 扫码转发到党员群
{BODY}
!l 延伸阅读：红色物业“三问于民”工作法在祐安的实践
!d 本网刊发的讲话稿仅供学习交流，引用请注明出处。
!m 中共昳州市委社会工作部指导　昳州市物业管理协会协办
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友，物业公司的同志们：
今天，我们在这里启动“红色物业·楼栋微改造”项目。这个项目，是上个月社区居民议事会上大家投票选出来的。
为什么选这件事？社区里的几栋老楼建于上世纪九十年代，楼道里的水泥踢脚线大面积空鼓、脱落，碎块掉在楼梯上，老人上下楼踩到就容易摔跤。去年以来，社区就接到这方面的反映二十多次。
这次改造，我们主要做三件事：一是把空鼓脱落的水泥踢脚线全部铲除，换成耐磕碰的瓷砖踢脚线；二是楼梯踏步加装防滑条；三是楼道灯全部换成感应灯。改造资金由街道补助一部分、物业公司出一部分，不向居民收取费用。
希望党员志愿者带头做好施工期间的服务，物业公司要守规矩、保质量，我们一起把这件好事办好。
谢谢大家！
""",
    ),
    dict(
        slug="bingxi-hospital-ward-skirting-notice-extension",
        site="昺溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.bxrmyy.com/news/notice/2025-06-03/611.html",
        title="关于住院部三病区踢脚线及墙面防撞改造施工的通知",
        record_title="【病区改造告知】关于住院部三病区踢脚线及墙面防撞改造施工的通知-昺溪县人民医院",
        date="2025-06-03",
        notes="hospital site: a switchboard, a complaint line and a 24-hour emergency line in the chrome beside the "
        "notice's own 内线 contact; a booking float and an experts list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【病区改造告知】关于住院部三病区踢脚线及墙面防撞改造施工的通知-昺溪县人民医院</title>
<link rel="stylesheet" href="/css/hos-main.css">
<script src="/js/float-yy.js"></script>
</head><body>
<div class="hos-top">⟦m 昺溪县人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span>
<span class="tel">⟦m 总机：0578-7302000⟧ ⟦m 24小时急诊：0578-7302120⟧</span></div>
<div class="hos-nav">⟦m 医院概况 · 科室导航 · 专家团队 · 就医指南 · 院务公开 · 健康科普⟧</div>
<div class="hos-path">⟦m 首页 › 院务公开 › 通知公告⟧</div>
<div class="hos-main"><h1>{T}</h1>
<p class="hos-meta">⟦m 发布科室：后勤保障科　发布日期：2025-06-03　阅读：690⟧</p>
<div class="hos-txt">
{BODY}
</div></div>
<div class="hos-side"><h3>⟦l 坐诊专家⟧</h3><ul><li>⟦l 老年病科　庞玉衡　主任医师⟧</li><li>⟦l 康复医学科　卓闻笙　副主任医师⟧</li></ul></div>
<div class="yy-float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 来院导航⟧</div>
<div class="hos-foot">⟦m 投诉电话：0578-7302110⟧　⟦m 地址：昺溪县城南大道289号⟧<br>⟦d 本站信息仅供参考，就医请以医院现场公告为准。⟧</div>
</body></html>
""",
        body="""
各科室、各位患者及家属：
为提升病区环境安全，方便病床、轮椅和治疗车通行，医院定于2025年6月9日至6月20日对住院部三病区（老年病科）走廊和病房的踢脚线、墙面防撞带进行改造。现将有关事项通知如下：
一、改造内容。拆除原木质踢脚线，更换为一体式抗菌PVC圆弧踢脚线，阴角做圆弧处理，便于清洁消毒；走廊加装一米高防撞扶手带。
二、施工安排。施工分两段进行，每段施工期间相应病房暂停收治，在院患者临时调整至二病区，由护士站提前告知。
三、注意事项。施工区域设置围挡，请患者及家属不要进入；施工期间如有噪声、气味，敬请谅解，如有不适请及时告知医护人员。
施工期间如有疑问，请联系后勤保障科，内线：8216，联系人：韩若川。
昺溪县人民医院后勤保障科
2025年6月3日
""",
    ),
    dict(
        slug="yichuan-tcm-hospital-tongs-burn-first-aid",
        site="祎川县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.ycxzyy.cn/kepu/jzjj/1203.html",
        title="夹炭时被烫伤，先别急着抹牙膏",
        date=None,
        notes="record title as is; a hospital science article signed by a department with no date; an update stamp "
        "with a relative time; a booking line mentioning the hospital's service account",
        page="""
!m 祎川县中医院 · 健康科普
!m 首页 / 健康科普 / 急诊急救
{T}
!m 作者：急诊科　审核：医务科　阅读：1,051　更新于 2 周前
{BODY}
!a ☎ 预约挂号请拨 0579-6851000，或在微信里搜“祎川县中医院”服务号
!l 相关科普：冬季一氧化碳中毒如何急救
!l 相关科普：烫伤后起水疱要不要挑破
!d 本文仅供健康科普参考，不能替代医生面诊。
!m 祎川县中医院　地址：祎川县文笔路66号
""",
        body="""
入冬以来，医院急诊科接诊了多名夹炭时被烫伤的患者，其中有老人用短火钳添炭时手背被火星溅伤，也有孩子玩炭夹时被烧红的夹头烫伤手指。
被炭火烫伤后，第一步是冲：立即用流动的凉水冲洗伤处十五到二十分钟，直到疼痛明显减轻。第二步是脱：在冷水中小心脱去伤处的戒指、手表和衣物，粘住皮肤的不要硬扯。第三步是盖：用干净的纱布或毛巾轻轻覆盖，尽快到医院就诊。
千万不要在伤处涂抹牙膏、酱油、草木灰，这些东西不但不能降温，还会增加感染风险，影响医生判断伤情。
预防比处理更重要：添炭请用四十厘米以上的长柄炭夹，炭夹用完挂在孩子够不着的地方，炭盆周围一米内不要堆放衣物和柴草。
祎川县中医院急诊科
""",
    ),
    dict(
        slug="yizhou-urban-college-news-putty-contest-h1",
        site="昳州城建职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yzcjxy.edu.cn/info/1032/8815.htm",
        title="建筑装饰学院举办“墙面工匠”腻子批刮技能大赛",
        record_title=None,
        date="2025-05-16",
        notes="no title in the record (the page's h1); a dotted college date in the byline; the school's name tag "
        "above the title recurs in the body (head); a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>昳州城建职业学院</title>
<link rel="stylesheet" href="/style/yzcj2023.css">
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="header"><a class="logo">⟦m 昳州城建职业学院⟧</a><span>⟦m 崇德 尚技 筑城 惠民⟧</span></div>
<div class="menu">⟦m 学校概况　院系设置　教育教学　招生就业　校园文化　信息公开⟧</div>
<div class="pos">⟦m 首页 &gt; 学院新闻 &gt; 二级学院动态⟧</div>
<div class="tag">⟦m 建筑装饰学院⟧</div>
<form name="_newscontent_fromname"><h1>{T}</h1>
<div class="titinfo">⟦m 2025.05.16　来源：建筑装饰学院　摄影：付一鸣　审核：党政办⟧ ⟦m 点击数：<span id="dynclicks_8815">1532</span>⟧<script>_showDynClicks("wbnews",8815)</script></div>
<div id="vsb_content">
{BODY}
</div></form>
<div class="pn">⟦l 上一条：学院与昳州建工集团签订订单班培养协议⟧<br>⟦l 下一条：“五四”青年节表彰大会召开⟧</div>
<div class="footer">⟦m 学院地址：昳州市镫岭区学砚大道199号　党政办：0795-8812301⟧<br>⟦m 赣ICP备15006108号⟧</div>
</body></html>
""",
        body="""
5月15日下午，建筑装饰学院在实训中心举办“墙面工匠”腻子批刮技能大赛，来自建筑装饰工程技术、室内设计等专业的46名学生参赛。
比赛要求选手在九十分钟内完成一面三平方米墙板的两遍腻子批刮，评委从平整度、阴阳角顺直度、刀痕和工完场清四个方面打分。赛场上，选手们手持大小两把腻子刀，一刀接一刀地批刮、收光，有的选手为了让阴角更直，反复用小刀修了十几遍。
⟦m （图为比赛现场，付一鸣　摄）⟧
经过激烈角逐，2023级装饰3班的廖星野获得一等奖。他说：“平时在实训室练了不下两百面墙，腻子刀的角度已经成了手上的习惯。”
据悉，本次大赛的优秀选手将代表学院参加全省职业院校技能大赛建筑装饰技术赛项的选拔。
""",
    ),
    dict(
        slug="yuyang-tourism-college-notice-pizza-cutter-lending",
        site="矞阳旅游职业学院酒店管理学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jdgl.yylyzy.edu.cn/tzgg/2025/0303/342.html",
        title="关于西餐实训室披萨刀等刀具借用管理的通知",
        record_title="【实训室公告】关于西餐实训室披萨刀等刀具借用管理的通知-酒店管理学院",
        record_date="2025-03-03",
        date="2025-03-03",
        notes="the record gives the date; the lab's own contact in the body beside the college office's line in the "
        "footer; a numbered list 1. 2. 3. 4.",
        page="""
!m 矞阳旅游职业学院　酒店管理学院
!m 学院首页 | 通知公告 | 实训中心 | 学生工作
!t 【实训室公告】关于西餐实训室披萨刀等刀具借用管理的通知
!m 发布人：酒管学院办公室　日期：2025-03-03　浏览：264
{BODY}
!l 上一条：2025年春季学期实训课程安排表
!l 下一条：关于开展“舌尖上的矞阳”创意菜品大赛的通知
!m 学院办公室电话：0736-5320600
!m Copyright © 矞阳旅游职业学院 酒店管理学院
""",
        body="""
各位任课教师、各班级：
本学期起，酒店管理学院西餐实训室的刀具实行“实名借用、按课归还”管理。现将有关事项通知如下：
1.借用范围。披萨刀、西餐主厨刀、面包锯刀、削皮刀等刀具，仅限本学院西餐、西点课程教学使用。
2.借用流程。任课教师课前一天在实训室管理系统提交借用单，上课时由课代表持学生证到实训室领取，领取时当面清点数量、检查刀轮和刀刃。
3.归还要求。刀具须清洗擦干后于当天下课后半小时内归还，披萨刀刀轮须卡入护套；如有损坏或丢失，须填写情况说明。
4.安全要求。学生使用披萨刀时须按教师示范的手势操作，切割时另一只手不得放在刀轮行进方向。
实训室联系人：韦一舟，电话：0736-5320615。
酒店管理学院
2025年3月3日
""",
    ),
]
