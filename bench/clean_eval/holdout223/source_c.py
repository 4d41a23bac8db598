"""holdout223, part C: Q&A sites, personal collections, Party-building portals, hospitals, universities.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenzhiliao-answer-emergency-light-red-indicator",
        site="问知了 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhiliao.com/q/88412093.html",
        title="家里装的应急照明灯为什么一直亮着红灯？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; adopted-answer badge, answerer card, vote row, more "
        "answers; a numbered 1. 2. 3. list in the answer; relative times only (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问知了</title>
<script src="/s/qa-bundle.3f9a.js"></script>
</head>
<body>
<div class="qa-top">⟦m 问知了 · 有问题，问知了⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qa-cat">⟦m 分类：生活 › 家居家电 › 灯具⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　6 天前　浏览 1,284⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 题主已采纳此回答⟧</div>
<div class="author">⟦m 水电工老喻 · 电工证持证 12 年 · 回答于 3 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a 有用 36　没用 2⟧　⟦a 追问⟧　⟦a 转给朋友⟧</div>
</div>
<div class="more">
<h3>⟦l 其余 4 条回答⟧</h3>
<p>⟦l 杏花微雨：充满就会灭的，不用管它。⟧</p>
<p>⟦l 用户5310982：我家那个亮了一年，后来电池鼓包了，换了就好。⟧</p>
</div>
<div class="side"><h4>⟦l 相似问题⟧</h4><ul><li>⟦l 应急灯不充电是什么原因？⟧</li><li>⟦l 安全出口指示灯可以自己换吗？⟧</li></ul></div>
<div class="foot">⟦m 问知了　浙ICP备20051987号-2⟧　⟦d 回答内容仅代表答主个人观点⟧</div>
</body>
</html>
""",
        body="""
红灯一般是充电指示灯，常亮说明正在给蓄电池充电，属于正常现象。可以按下面的方法判断有没有问题：
1. 充满后红灯熄灭或转绿，说明灯和电池都正常。
2. 连续充电两天以上红灯仍一直亮，多半是电池老化充不满，需要更换同规格电池。
3. 红灯闪烁，通常是电池接触不良或有故障，建议找电工检查。
另外，按一下灯上的测试按钮，主灯能亮起就说明应急功能可用。建议每个月测一次。
""",
    ),
    dict(
        slug="qa-linjia-answer-ceiling-lamp-faint-glow",
        site="邻家问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.linjia.example.com/question/302718",
        title="吸顶灯关了开关还微微发亮，是怎么回事？",
        record_title="吸顶灯关了开关还微微发亮，是怎么回事？ - 邻家问答",
        date=None,
        notes="Q&A text page: the question line, answerer line with 回答于 昨天 (no date), vote line, more answers",
        page="""
!m 邻家问答
!m 首页 ＞ 家居 ＞ 照明
{T}
!m 提问者：匿名用户 · 2 个月前 · 9 个回答
!m 电工老何 · 8 年水电经验 · 回答于 昨天
{BODY}
!a 👍 赞同 128　　💬 评论 14　　⭐ 收藏
!l 查看全部 9 个回答
!l 相关问题：LED灯关灯后闪一下是怎么回事？　｜　单火线开关能装吸顶灯吗？
""",
        body="""
这种情况很常见，主要有两个原因：
一是开关接在了零线上。关灯后灯具仍然带电，LED的驱动电路会被微弱电流点亮。解决办法是请电工把开关改接到火线上。
二是开关带指示灯或是智能开关。这类开关关闭时仍有微小电流流过灯具，可以在灯具两端并联一个电容，或者换成不带指示灯的开关。
如果灯亮的同时还有异味或发热，就要尽快断电检修。
""",
    ),
    dict(
        slug="anthology-tingyanzhai-memoir-fathers-first-bath-heater",
        site="听檐斋文存 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.tingyanzhai.example.net/wencun/juan4/09.htm",
        title="父亲装的第一台浴霸",
        record_title="父亲装的第一台浴霸（听檐斋文存·卷四之九）",
        date=None,
        notes="old personal site: 繁體/简体 links, chapter links, a visitor counter and the author's mailbox; "
        "a memoir whose only time is a year in words (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲装的第一台浴霸（听檐斋文存·卷四之九）</title>
<style>td{font-size:14px;line-height:180%}</style>
<script language="javascript" src="counter.js"></script>
</head>
<body bgcolor="#fdfbf5">
<table width="780" align="center" border="0">
<tr><td align="center">⟦m 听檐斋文存⟧</td></tr>
<tr><td align="center">⟦m 冼德明 著　·　一个退休教师的笔墨⟧</td></tr>
<tr><td align="right">⟦a <a href="?lang=big5">繁體</a> | <a href="?lang=gb">简体</a>⟧</td></tr>
<tr><td>⟦m 卷四　旧物记⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="08.htm">⟦l 上一篇　缝纫机⟧</a>　<a href="index.htm">⟦l 回卷四目录⟧</a>　<a href="10.htm">⟦l 下一篇　搪瓷脸盆⟧</a></td></tr>
<tr><td align="center">⟦w 来信请寄：xiandm1951@tingyanzhai.example.net⟧</td></tr>
<tr><td align="center">⟦m 本页已被阅读 003847 次⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
那是一九九八年的冬天，父亲从县城五金商店扛回一个纸箱，说是“洗澡用的暖风灯”。
那年月，镇上还没几户人家见过浴霸。父亲在卫生间顶上比画了半天，又请隔壁的电工老覃来帮忙，两个人踩着饭桌，折腾到天黑才装好。
四只大灯泡一齐亮起来，金黄的光把小小的卫生间照得暖烘烘的。母亲站在门口，笑着说：“这下冬天洗澡不用哆嗦了。”
后来那台浴霸用了十几年，灯泡换过好几回。老屋拆迁时，我特意把它的面罩留了下来，如今还放在书房的柜子上。
""",
    ),
    dict(
        slug="anthology-weichuang-essay-mothers-phone-oneline",
        site="苇窗集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://weichuangji.example.org/juan2/mother-phone.html",
        title="母亲的老人手机",
        record_title="母亲的老人手机 ·《苇窗集》卷二",
        date=None,
        notes="an essay on one line (paragraphs apart only by their indent); chapter links and a reader counter; "
        "no date",
        page="""
!m 苇窗集 —— 芦苇窗下的文字
!m 卷二　亲人
{T}
!m 作者：聂晚舟
{BODY}
!l ← 上一篇：父亲的旧算盘　　目录　　下一篇：外婆的腌菜坛 →
!m 您是第 1729 位读到这里的人
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
母亲七十岁那年，我给她买了一部老人手机，红色外壳，按键有指甲盖那么大。
她把我的号码存成了“1”键，把弟弟的存成了“2”键，说这样按起来不会错。
每天傍晚六点，她都会按一下“1”键，电话接通了也不多说，只问一句“吃了没”。
那部手机她用了九年，按键上的数字都磨没了，她却说闭着眼也能找到我。
去年母亲走了，我把手机充满电，放在她的枕边。有时候我会拨一下那个号码，听它在空屋子里响。
""",
    ),
    dict(
        slug="dangjian-yuejiang-speech-stairwell-emergency-lights-launch",
        site="爚江党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yjdj.gov.cn/jgdj/2024/0923/5531.html",
        title="在“点亮楼道应急灯”党员志愿服务活动启动仪式上的讲话",
        record_title="【机关党员在行动】在“点亮楼道应急灯”党员志愿服务活动启动仪式上的讲话 - 爚江党建网",
        date="2024-09-20",
        date_also=["2024-09-23"],
        notes="Party portal: study-points prompt, read-on-phone line; the date under the speech title expected, "
        "the portal's date also accepted; speaker line neutral",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【机关党员在行动】在“点亮楼道应急灯”党员志愿服务活动启动仪式上的讲话 - 爚江党建网</title>
<script src="/js/dj-common.js"></script>
</head>
<body>
<div class="dj-head">⟦m 爚江党建网⟧ ⟦m 中共爚江市委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 要闻⟧ ⟦m 机关党建⟧ ⟦m 基层党建⟧ ⟦m 党员教育⟧</div>
<div class="dj-crumb">⟦m 首页 ＞＞ 机关党建 ＞＞ 讲话文稿⟧</div>
<div class="dj-main">
<h1>{T}</h1>
<p class="sub">（2024年9月20日）</p>
<p class="sub">市直机关工委副书记　鄢志宏</p>
<div class="dj-info">⟦m 发布日期：2024-09-23　来源：市直机关工委　阅读：836⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-points">⟦a 阅读满3分钟可获学习积分，请先登录党员账号⟧</div>
<div class="dj-qr">⟦a 扫一扫，在手机上继续阅读⟧</div>
</div>
<div class="dj-rel"><h4>⟦l 更多讲话文稿⟧</h4><ul><li>⟦l 在机关党员进社区报到工作推进会上的讲话⟧</li><li>⟦l 在“我为群众办实事”项目观摩会上的讲话⟧</li></ul></div>
<div class="dj-foot">⟦m 中共爚江市委组织部　版权所有　赣ICP备09001764号⟧</div>
</body>
</html>
""",
        body="""
同志们、志愿者朋友们：
今天，我们在这里启动“点亮楼道应急灯”党员志愿服务活动。这项活动由市直机关各党支部与老旧小区结对，组织党员为楼道检查、更换应急照明灯，让群众在停电和紧急情况下能看清逃生的路。
希望大家做到三点：一是摸清底数，每个结对小区逐栋登记，做到一灯一档；二是用心服务，更换灯具的同时向居民宣传消防知识；三是建立长效机制，与物业和社区约定定期巡检，不能一换了之。
小小一盏灯，照亮的是群众回家的路，检验的是党员的初心。预祝活动取得圆满成功！
""",
    ),
    dict(
        slug="dangjian-gangchuan-summary-exhaust-fans-for-farmers-table",
        site="釭川机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jgdj.gangchuan.gov.cn/zbgz/2024/1223/771.html",
        title="县供销社机关党支部“排气扇进农家”志愿服务工作总结",
        record_title="〖党支部纪实〗县供销社机关党支部“排气扇进农家”志愿服务工作总结_釭川机关党建",
        date="2024-12-20",
        date_also=["2024-12-23"],
        notes="Party-building text page: a table of services by town (one row a paragraph); 成文日期 expected, the "
        "posting line's date also accepted; share and study-points lines",
        page="""
!m 釭川机关党建
!m 首页 → 支部工作 → 工作交流
{T}
!m 发布：2024-12-23　作者：县供销社机关党支部　浏览：211
!a 分享到微信　｜　加入学习清单
{BODY}
!a 阅读本文可累计学习时长，登录后自动记录
!l 上一篇：县财政局机关党支部“三会一课”工作总结
!m 中共釭川县委直属机关工作委员会主办
""",
        indent="\u3000\u3000",
        body="""
今年以来，县供销社机关党支部围绕“我为群众办实事”，开展“排气扇进农家”志愿服务，为农村独居老人的厨房免费安装排气扇。
一、基本情况
全年共组织党员志愿服务6次，参与党员42人次，服务情况如下：
服务乡镇　安装户数　参与党员
炷口镇　38　15
燏林镇　27　14
烓田镇　31　13
二、主要做法
支部与村“两委”对接，先入户摸清需求；由供销社电器门市部提供排气扇，党员中的电工负责安装，其他党员负责讲解使用方法。
三、下一步打算
明年将把服务范围扩大到全县，并为已安装的农户提供一年免费维修。
县供销社机关党支部
2024年12月20日
""",
    ),
    dict(
        slug="hospital-mengling-health-bath-heater-accidents-byline",
        site="曚岭县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.mlxrmyy.cn/kpyd/2024/1216/1093.html",
        title="冬天用浴霸洗澡，谨防这三类意外",
        record_title="〖急诊医生说〗冬天用浴霸洗澡，谨防这三类意外 - 曚岭县人民医院",
        record_date="2024-12-16",
        date="2024-12-16",
        notes="hospital page: booking float, 24-hour emergency line, experts list; the department's own 咨询电话 "
        "stays in the body beside the hospital's lines; date from the record (and the byline)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖急诊医生说〗冬天用浴霸洗澡，谨防这三类意外 - 曚岭县人民医院</title>
<script src="/static/js/hospital.min.js"></script>
</head>
<body>
<div class="h-top">⟦m 曚岭县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 24小时急救电话：0795-7736000⟧</div>
<div class="h-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧ ⟦m 院务公开⟧</div>
<div class="h-crumb">⟦m 当前页：首页 - 健康科普 - 科普园地⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2024-12-16　供稿：急诊科　审核：医务科⟧</div>
<div class="h-body">
{BODY}
</div>
<div class="h-tip">⟦d 本文仅作健康知识普及，不能代替医生面诊⟧</div>
</div>
<div class="h-side"><h4>⟦l 坐诊专家⟧</h4><ul><li>⟦l 急诊科　主任医师　裘文澜⟧</li><li>⟦l 心内科　副主任医师　廖梓航⟧</li></ul></div>
<div class="h-float"><a href="/yuyue/">⟦a 微信挂号 · 在线预约⟧</a></div>
<div class="h-foot">⟦m 地址：曚岭县健康路66号　门诊咨询：0795-7736111⟧<br>⟦m 赣ICP备12008870号⟧</div>
</body>
</html>
""",
        body="""
冬季气温低，不少家庭洗澡时会打开浴霸取暖。急诊科提醒，浴霸使用不当，可能引发以下三类意外。
一是晕厥。浴霸加热后浴室温度高、空气不流通，老年人和心脑血管病患者洗澡时间过长，容易因缺氧、血压波动而晕倒。
二是烫伤。灯暖浴霸表面温度很高，儿童踩凳子玩耍或成人站得太近，都可能被烫伤。
三是触电。浴霸线路受潮老化，湿手触碰开关有触电风险。
建议洗澡时间控制在十五分钟以内，老人洗澡时家中最好有人陪护。如出现头晕、胸闷，应立即离开浴室休息。
急诊科咨询电话：0795-7736120。
""",
    ),
    dict(
        slug="hospital-zhaoxi-tcm-notice-ward-ceiling-lamps-record",
        site="炤溪县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zxzyy.example.cn/ywgk/tzgg/20240508.html",
        title="关于住院部病房吸顶灯集中更换期间有关事项的通知",
        date="2024-05-08",
        notes="title given by the record as is; the logistics department's phone stays in the body beside the "
        "hospital's booking and emergency lines; 成文日期 under the signature",
        page="""
!m 炤溪县中医院　　仁心仁术　大医精诚
!m 首页 | 院务公开 | 通知公告
{T}
!m 来源：院办　点击：406
{BODY}
!m 预约挂号：0798-6231000　急诊：0798-6231120
!m 炤溪县中医院　版权所有　地址：炤溪县杏林路9号
""",
        body="""
各病区、各科室：
为改善住院部照明条件，医院定于5月13日至5月24日对住院部各病房吸顶灯进行集中更换，更换后统一为护眼LED吸顶灯。现将有关事项通知如下：
一、施工按楼层由低到高进行，每个病区施工时间为一天，具体安排由后勤保障科提前一天通知。
二、施工期间，各病区要做好患者解释工作，危重患者床位暂不施工，待病情稳定后补装。
三、施工人员进入病区须佩戴工作证，护士站负责登记。
后勤保障科联系电话：0798-6231158。
炤溪县中医院办公室
2024年5月8日
""",
    ),
    dict(
        slug="university-yuejiang-vtc-news-volunteers-phones-h1",
        site="爚江职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yjvtc.edu.cn/xwzx/xyxw/2024/0418/6612.html",
        title="我院青年志愿者走进曦园社区教老人用好老人手机",
        record_title=None,
        date="2024-04-18",
        notes="no record title: the news page's <h1>; the dotted date in the byline is the page's date; a "
        "text/photo credit glued after the last sentence; college nav, quick links and footer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>学院新闻-爚江职业技术学院</title>
<script src="/_js/jquery.min.js"></script>
</head>
<body>
<div class="u-head">⟦m 爚江职业技术学院⟧ ⟦m 知行合一　技精艺良⟧</div>
<div class="u-nav">⟦m 学院概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 新闻中心⟧ ⟦m 信息公开⟧</div>
<div class="u-crumb">⟦m 新闻中心 / 学院新闻⟧</div>
<div class="u-art">
<h1>{T}</h1>
<div class="u-meta">⟦m 2024.04.18　作者：信息工程系　浏览量：528⟧</div>
<div class="u-body">
{BODY}
</div>
<div class="u-near">⟦l 上一条：我院举行2024年技能竞赛周开幕式⟧<br>⟦l 下一条：学院召开春季学期安全工作会议⟧</div>
</div>
<div class="u-quick">⟦l 快速通道：教务系统 图书馆 校园邮箱 VPN⟧</div>
<div class="u-foot">⟦m 地址：爚江市学院路200号　邮编：336000⟧<br>⟦m 爚江职业技术学院 版权所有　赣ICP备05002217号⟧</div>
</body>
</html>
""",
        body="""
4月16日下午，我院信息工程系青年志愿者服务队走进烜城区曦园社区，开展“手把手教老人用手机”志愿服务活动。
活动中，志愿者一对一帮助老人设置一键呼叫、大字体和来电播报等功能，并演示如何用老人手机拍照、发语音。针对近期多发的电信诈骗，志愿者还提醒老人不接陌生来电、不点短信链接。
78岁的居民苗凤兰学会了给外孙发语音，高兴地说：“孩子们讲得慢、讲得细，我一下子就记住了。”
据悉，该服务队已连续三年开展助老志愿服务，累计服务老人四百余人次。⟦m （文/信息工程系　图/校团委　审核/宣传部）⟧
""",
    ),
    dict(
        slug="university-xuancheng-notice-dorm-emergency-light-test",
        site="烜城学院 后勤管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.xcxy.edu.cn/info/1012/3388.htm",
        title="关于开展学生公寓应急照明灯检测的通知",
        record_title="公寓服务 ｜ 关于开展学生公寓应急照明灯检测的通知（烜城学院）",
        date="2024-10-09",
        notes="university department page: column prefix and school in brackets; numbered 1. 2. 3.; the "
        "department's contact stays in the body; 成文日期 under the signature",
        page="""
!m 烜城学院后勤管理处
!m 服务师生　保障有力
!m 首页　机构设置　通知公告　服务指南　下载专区
{T}
!m 作者：后勤管理处　点击：[1376]
{BODY}
!a 【收藏本文】【打印】【关闭窗口】
!m 版权所有：烜城学院后勤管理处　地址：烜城区文华大道1号
""",
        body="""
各学生公寓、各学院：
为保障学生公寓消防安全，后勤管理处定于10月14日至18日对全校学生公寓应急照明灯和疏散指示标志进行检测。现将有关事项通知如下：
1.检测内容：断电后应急照明灯能否自动点亮，持续照明时间是否达到九十分钟。
2.检测方式：按楼栋逐层断电测试，每栋楼测试时间约半小时，测试时楼道会短暂断电，请同学们提前做好准备。
3.请各学院通知学生，检测期间不要在楼道内奔跑、打闹。
联系人：后勤管理处 阚立新，电话：0791-8830275。
后勤管理处
2024年10月9日
""",
    ),
]
