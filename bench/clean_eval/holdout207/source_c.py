"""holdout207, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-baiwenfang-mosquito-lamp-bedroom-question",
        site="百问坊 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baiwenfang.example.com/q/20240711/884120.html",
        title="灭蚊灯放在卧室里对人有没有害？",
        record_title=None,
        date=None,
        notes="Q&A page without a record title: the question in <h1> is the title; adopted-answer badge, vote row, "
        "more answers; a numbered list stays; the answer time is relative (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>百问坊 - 有问题，就来坊里问</title>
<link rel="stylesheet" href="//cdn.baiwenfang.example.com/css/q.css">
<script>window.QID = 884120;</script>
</head>
<body>
<div class="header">
<a class="logo" href="/">⟦m 百问坊⟧</a>
<input class="search" placeholder="搜索你想知道的问题">
<a class="ask" href="/ask">⟦a 我要提问⟧</a>
<a href="/login">⟦a 登录⟧</a>
</div>
<div class="crumb">⟦m 百问坊 › 生活 › 家用电器⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 家里有两岁的孩子，晚上蚊子多，想买个放卧室，怕辐射。⟧</p>
<div class="q-stat">⟦m 浏览 8,204 次　关注 56 人⟧　<a>⟦a 我来回答⟧</a></div>
</div>
<div class="best-answer">
<div class="badge">⟦m ★ 提问者采纳的回答⟧</div>
<div class="author">⟦m 鹿鸣修家电　家电维修师傅　回答于 3 天前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 有帮助 214　没帮助 3　评论 12　分享⟧</div>
</div>
<div class="more-answers">
<h3>⟦l 其他 5 条回答⟧</h3>
<div class="ans">⟦l 小周妈妈：我家用的吸入式，没声音，挺好的⟧</div>
<div class="ans">⟦l 匿名用户：不如挂蚊帐，最省心⟧</div>
</div>
<div class="side">
<h4>⟦l 大家还在问⟧</h4>
<ul><li>⟦l 电蚊拍打蚊子有焦味正常吗？⟧</li><li>⟦l 蚊香液开一整晚会不会头晕？⟧</li></ul>
</div>
<div class="footer">⟦d 回答内容均由网友提供，仅供参考，不构成专业建议。⟧<br>⟦m ©2024 百问坊　京ICP备20110583号⟧</div>
</body>
</html>
""",
        body="""
没有明显危害，但要放对地方、选对类型。
目前家用灭蚊灯主要有两种：一种是紫外线诱蚊加高压电网，另一种是诱蚊加风扇吸入。前一种灯管发出的紫外线强度很低，正常使用不会伤害皮肤和眼睛，但电网击打蚊子时会有“啪啪”声，还可能有一点焦味，放卧室里容易影响睡眠。后一种基本没有声音，更适合卧室。
使用时注意三点：
1.放在离床两米以外、比床略低的位置，关灯后效果最好，让它把蚊子从人身边引开。
2.别让孩子够得着，电网式的清理前一定先拔电源。
3.集虫盒每隔几天清一次，死蚊子积多了会发臭，也会影响诱蚊效果。
如果家里有婴儿，还是建议优先挂蚊帐，灭蚊灯只做辅助。⟦a 收起回答 ∧⟧
""",
    ),
    dict(
        slug="qa-linli-shower-low-flow-answer",
        site="邻里知道 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.linli.example.cn/question/5530917.html",
        title="花洒出水越来越小是什么原因？",
        record_title="花洒出水越来越小是什么原因？_家居维修_邻里知道",
        date=None,
        notes="Q&A text page: column and site suffix in the record title; an app prompt on its own line between "
        "paragraphs; a numbered list; relative answer time (no date)",
        page="""
!m 邻里知道 ＞ 家居维修 ＞ 卫浴
{T}
!m 提问者：一只小松鼠　　1,930 人看过
!m ✔ 最佳答案
!m 回答者：水电工老熊　　昨天 20:51
{BODY}
!a 赞同 96　　反对　　分享
!l 相关问题：
!l 恒温花洒忽冷忽热怎么办？
!l 花洒软管漏水是换软管还是换花洒？
!d 以上回答由网友提供，如涉及安全用电，请找专业人员处理。
""",
        body="""
大多数情况是出水孔被水垢堵了，少数是花洒里的过滤网或软管有问题，可以按下面的顺序排查：
1.先看是不是所有孔都小。如果只有部分孔不出水，基本就是水垢，用软毛刷刷一刷出水面，硅胶出水粒可以用手指来回揉几下。
2.水垢严重的，把花洒头拧下来，放进白醋或柠檬酸溶液里泡两三个小时，再用清水冲净。
⟦a 装邻里知道APP，提问秒有人回⟧
3.拧下花洒后直接开水，如果软管出水也小，就检查软管接口处的过滤网，里面常卡着砂粒和锈渣。
4.以上都正常，那就是家里水压低或者热水器的问题了，可以问问物业。
另外，别用钢丝球或钢针捅出水孔，容易把孔捅大，出水就散了。
""",
    ),
    dict(
        slug="collection-baiyan-memoir-first-chainsaw-gb2312",
        site="柏岩文存 (invented, a retired forester's collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.baiyan-wencun.example.net/songtao/09.htm",
        title="第一把油锯进山那年",
        record_title="松涛旧话之九：第一把油锯进山那年 - 柏岩文存",
        date=None,
        notes="old table layout of a personal collection: 繁體 link, chapter links, read counter and the author's mailbox; "
        "the memoir is dated only by a 写于 line with a season and year (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>松涛旧话之九：第一把油锯进山那年 - 柏岩文存</title>
<style type="text/css">body{font-size:14px;line-height:180%}</style>
</head>
<body bgcolor="#F7F3E8">
<table width="780" border="0" align="center" cellpadding="4">
<tr><td align="center" class="t1">⟦m 柏岩文存 · 一个老林业人的山中记忆⟧</td></tr>
<tr><td align="right"><a href="/big5/songtao/09.htm">⟦a 繁體版⟧</a>　<a href="/">⟦m 文存首页⟧</a>　<a href="/songtao/">⟦m 松涛旧话目录⟧</a></td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="8">
<tr><td>
<h2 align="center">{T}</h2>
<p align="center">⟦m 作者：柏岩　　本文已被阅读 1083 次⟧</p>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【上一篇】松涛旧话之八：背着干粮巡山⟧　⟦l 【下一篇】松涛旧话之十：防火瞭望塔上的三个月⟧</td></tr>
<tr><td align="center">⟦l 松涛旧话：之一 之二 之三 之四 之五 之六 之七 之八 之九 之十⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：baiyan1951@example.net⟧<br>⟦d 文存所收皆为拙作，引用请注明出处，谢绝商用。⟧</td></tr>
<tr><td align="center"><img src="/count/count.gif">⟦m 访客计数 0041377⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九八六年春天，林场分来了第一把油锯。那是一台橘红色的进口货，装在木箱里，从县城坐拖拉机颠了一整天才运到场部。
场长把全场的伐木工叫到院子里，像看新媳妇一样围着它转。以前我们伐树靠的是弯把子锯，两个人一拉一送，放倒一棵碗口粗的杉木要一袋烟的工夫；油锯一响，十几秒就下来了。
可没过几天，问题就来了。老伙计周德顺不熟悉机器脾气，锯到一半链条卡在树缝里，他使蛮劲往外拽，油锯一弹，把他的裤腿撕开一道口子，幸好没伤着腿。
打那以后，场里定了规矩：谁用油锯，先跟县里来的师傅学三天，考过了才发证。我那张油锯操作证，如今还夹在相册里，纸已经发黄了。
写于二〇一九年冬
""",
    ),
    dict(
        slug="collection-libian-memoir-mothers-heater-oneline",
        site="篱边集 (invented, a retired teacher's collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://libianji.example.org/sanwen/xiaotaiyang.html",
        title="母亲的小太阳",
        date=None,
        notes="record title as is; the whole memoir on one line, paragraphs apart only by their indent; "
        "collection header and footer; no date",
        page="""
!m 篱边集 · 一个退休教师的文字
!m 目录　|　上一篇　|　下一篇
{T}
{BODY}
!m 本集文字由作者本人整理发布，转载请先留言
!m 本页被翻阅 562 次
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
那台“小太阳”是一九九八年冬天买的，铁皮外壳，圆圆的反光罩，一通电，中间的电热丝就烧得通红。
母亲怕冷，一到腊月手就裂口子。她舍不得开，只在晚上纳鞋底的时候才插上电，把它放在脚边，烤一会儿手，又赶紧关掉，说是费电。
有一年冬天，我放寒假回家，看见“小太阳”的电线用胶布缠了好几圈，赶紧拉着母亲去镇上买了一台带倾倒断电的新取暖器。母亲嘴上怪我乱花钱，晚上却把新取暖器搬到了我的床边。
如今母亲已经不在了，那台旧“小太阳”还放在老屋的柜顶上。我没舍得扔，它烤过的那些冬夜，总让我觉得暖和。
""",
    ),
    dict(
        slug="party-qinghu-speech-warm-winter-heaters",
        site="鲭湖先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.qinghu-xianfeng.example.gov.cn/ldjh/202412/t20241213_1507.html",
        title="在“党员进万家 暖冬送温暖”活动启动仪式上的讲话",
        record_title="【暖冬行动】在“党员进万家 暖冬送温暖”活动启动仪式上的讲话_鲭湖先锋网",
        date="2024-12-10",
        date_also=["2024-12-13"],
        notes="Party-building portal: study-points prompt, a take-it-to-your-phone QR line; date and speaker lines "
        "under the title (neutral); the portal's date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【暖冬行动】在“党员进万家 暖冬送温暖”活动启动仪式上的讲话_鲭湖先锋网</title>
<link rel="stylesheet" href="/css/djw.css">
<script src="/js/study-timer.js"></script>
</head>
<body>
<div class="top-red">⟦m 鲭湖先锋网　中共鲭湖县委组织部主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 组工动态⟧</li><li>⟦m 领导讲话⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 先锋风采⟧</li></ul>
<div class="where">⟦m 当前位置：首页 › 领导讲话⟧</div>
<div class="study">⟦a 本页停留满3分钟可累计学习积分1分⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="src">⟦m 来源：县委组织部　　发布：2024-12-13　　浏览：944⟧</div>
<p class="date">（2024年12月10日）</p>
<p class="spk">县委常委、组织部部长　詹若虚</p>
<div class="txt">
{BODY}
</div>
<div class="qr">⟦a 扫一扫，把这篇讲话装进手机里⟧</div>
<div class="fn">⟦a 【打印本文】　【收藏本页】⟧</div>
</div>
<div class="rel">
<h4>⟦l 相关阅读⟧</h4>
<p>⟦l 在全县基层党组织书记示范培训班上的讲话⟧</p>
<p>⟦l 全县组织工作会议召开⟧</p>
</div>
<div class="foot">⟦m 中共鲭湖县委组织部　地址：鲭湖县城湖滨路9号　湘ICP备13004471号⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们在这里启动“党员进万家 暖冬送温暖”活动，组织全县党员走进困难群众家中，送去过冬物资，查看取暖安全。
今年的活动，县里筹集了取暖器1200台、棉被800床，重点发放给独居老人、困难残疾人和留守儿童家庭。大家入户时，不光要把东西送到，还要把取暖器的插头、线路看一看，把安全使用的要点讲一讲，不能送了温暖又留下隐患。
各基层党组织要把这次活动和“党员联系户”结合起来，建立走访台账，做到户户见面、件件有着落。发现群众有困难，能当场解决的当场解决，当场解决不了的，及时上报乡镇党委。
同志们，一台取暖器虽小，连着的是党和群众的心。希望大家用心用情做好每一次走访，让困难群众真切感受到党组织的温暖。
""",
    ),
    dict(
        slug="party-nianwan-summary-mosquito-lamps-title-line-table",
        site="鲇湾党建网 (invented, township Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.nianwan.example.gov.cn/zbfc/2024/0904/668.html",
        title="鳕塘村党支部2024年夏季“灭蚊灯进农户”志愿服务工作总结",
        record_title=None,
        date="2024-08-30",
        date_also=["2024-09-04"],
        notes="no title in the record: the page's title line holds it; study-points prompt; a table one row a "
        "paragraph; 'follow the village account' is content; the site's date differs from the 成文日期",
        page="""
!m 鲇湾党建网 > 支部风采 > 工作交流
{T}
!m 发布：鲇湾镇党建办　2024-09-04　阅读 208
!a 阅读满1分钟积0.5分，今日已积2分
{BODY}
!a 【我要点赞】　【分享给党员群】
!l 上一篇：鲇湾镇召开党员冬训动员部署会
!l 下一篇：鲱口村“红色议事厅”议出停车新规
!m 主办：中共鲇湾镇委员会　技术维护：鲇湾镇党群服务中心
""",
        body="""
今年6月至8月，村党支部组织党员志愿者开展“灭蚊灯进农户”志愿服务，为村里的老人和困难家庭安装灭蚊灯，清理房前屋后积水，帮助群众安全度夏。现将有关情况总结如下。
一、主要做法
党支部将全村划分为3个服务片区，每个片区由1名支委带2至3名党员包片负责。志愿者入户安装灭蚊灯时，同步检查插座和电线，讲解使用注意事项。我们还引导村民关注“鳕塘村务”公众号，及时获取防蚊知识。
二、服务成效
片区　安装灭蚊灯　清理积水点　服务户数
东湾片　42盏　65处　40户
西岭片　36盏　51处　33户
塘口片　29盏　47处　28户
三、存在不足
部分老人不会清理集虫盒，灯具效果下降；个别农户把灭蚊灯挂在厨房灶台旁，存在安全隐患。下一步，我们将开展回访，帮助群众用好灭蚊灯。
中共鳕塘村支部委员会
2024年8月30日
""",
    ),
    dict(
        slug="hospital-luchuan-burns-shower-temperature-booking-float",
        site="鲈川县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.lcxrmyy.example.cn/jkkp/2024/1127/2206.html",
        title="洗澡时花洒水温多少合适？烧伤科医生来提醒",
        record_title="【科普小课堂】洗澡时花洒水温多少合适？烧伤科医生来提醒-鲈川县人民医院",
        date="2024-11-27",
        notes="hospital site: booking float, 24-hour emergency line and switchboard beside the department's own "
        "咨询电话 (kept); the 发布日期 byline is the page's date; a numbered list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【科普小课堂】洗澡时花洒水温多少合适？烧伤科医生来提醒-鲈川县人民医院</title>
<link rel="stylesheet" href="/static/hos/style.css">
<script src="/static/hos/float.js"></script>
</head>
<body>
<div class="hos-top">
<span>⟦m 鲈川县人民医院　二级甲等综合医院⟧</span>
<span>⟦m 急诊24小时：0739-6651120⟧</span>
<span>⟦m 医院总机：0739-6651000⟧</span>
</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="position">⟦m 首页 ＞ 健康科普 ＞ 烧伤整形科⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2024-11-27　　作者：烧伤整形科　　阅读量：1503⟧</div>
<div class="body">
{BODY}
</div>
<div class="bottom-tip">⟦d 本文仅作健康知识普及，不能代替医生面诊。⟧</div>
</div>
<div class="float-book">⟦a 预约挂号　微信搜“鲈川县人民医院”⟧<br>⟦a 返回顶部⟧</div>
<div class="footer">
<p>⟦m 地址：鲈川县城关镇迎宾路66号　邮编：415900⟧</p>
<p>⟦m 版权所有 鲈川县人民医院　湘ICP备10022316号⟧</p>
</div>
</body>
</html>
""",
        body="""
天冷了，不少人洗澡时喜欢把花洒水温调得高高的。烧伤整形科最近接诊了好几位被热水烫伤的患者，其中多数是老人和孩子。
科室主任钟闻溪提醒，洗澡水温一般以38℃至40℃为宜，用手背试水时感觉温热、不烫即可。老人皮肤感觉迟钝，孩子皮肤娇嫩，都更容易被烫伤。
为避免烫伤，建议大家：
1.家中有老人和孩子的，可以换用带恒温阀的花洒，或把热水器温度设在50℃以下；
2.洗澡前先开冷水、再开热水，试好水温再站到花洒下；
3.一旦烫伤，立即用流动的凉水冲洗15至30分钟，不要涂牙膏、酱油，尽快就医。
烧伤整形科咨询电话：0739-6651208（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-qinghu-tcm-notice-no-own-heaters",
        site="鲭湖县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qhxzyy.example.cn/yygg/20241206/913.html",
        title="关于住院病区禁止使用自带取暖器的通知",
        date="2024-12-05",
        notes="record title as is; hospital text page with switchboard and night-line chrome beside the security "
        "section's own phone in the body; 成文日期 under the signature",
        page="""
!m 鲭湖县中医医院　|　医院公告
!m 医院总机：0738-7310000　　夜间急诊：0738-7310120
{T}
!m 发布人：院办　　发布于：2024-12-06　　浏览：387
{BODY}
!a 打印　|　关闭　|　返回列表
!l 上一条：关于调整冬季门诊时间的公告
!l 下一条：2024年度住院医师规范化培训结业考核安排
!m 鲭湖县中医医院　地址：鲭湖县城北大道208号
""",
        date_also=["2024-12-06"],
        body="""
各病区、各科室：
入冬以来，部分住院患者及陪护人员自带“小太阳”、电暖器等取暖器进入病房，个别病区出现插排过载跳闸的情况，存在较大火灾隐患。为保障患者安全，现就有关事项通知如下：
一、即日起，住院病区一律禁止使用自带取暖器、电热毯、电炉等大功率电器。
二、医院已对各病区空调进行检修，夜间病房温度保持在20℃以上；确有需要的，可向护士站申领热水袋。
三、各病区护士长要在患者入院时做好告知，保卫科每周组织一次病区巡查，发现违规电器要劝导收存，出院时归还。
请各科室认真落实。如有疑问，请联系保卫科，电话：0738-7310245。
鲭湖县中医医院办公室
2024年12月5日
""",
    ),
    dict(
        slug="college-jizhou-tech-news-dorm-shower-heads-h1",
        site="鲚州理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jzlg.example.edu.cn/info/1021/58817.htm",
        title="后勤集团为学生公寓更换节水花洒",
        record_title=None,
        date="2024-10-21",
        notes="university news page without a record title (<h1> holds it); a dotted date line is the page's date; "
        "a photo caption between paragraphs; the writer/editor line after the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鲚州理工学院新闻网</title>
<link rel="stylesheet" href="/style/news.css">
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="top"><img src="/images/xiaohui.png" alt=""><span>⟦m 鲚州理工学院新闻网⟧</span></div>
<div class="nav">⟦m 首页　综合新闻　院部动态　校园文化　媒体理工⟧</div>
<div class="weizhi">⟦m 当前位置：首页 » 综合新闻 » 正文⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="time">⟦m 2024.10.21　　点击：<span>2,319</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="author">⟦m 文字：龚怀瑾　图片：后勤集团　编辑：沈茵　审核：季朗⟧</div>
<div class="sxt">⟦l 上一条：学校举行2024年秋季运动会⟧<br>⟦l 下一条：图书馆开展“读书月”系列活动⟧</div>
</div>
<div class="foot">⟦m 鲚州理工学院党委宣传部　版权所有⟧　⟦m 地址：鲚州市科教大道1号⟧</div>
</body>
</html>
""",
        body="""
近日，学校后勤集团完成了学生公寓节水花洒更换工作，共为12栋学生公寓更换节水花洒2860个。
此前，部分学生反映宿舍花洒出水忽大忽小、水温不稳。后勤集团经过调研，选用了带限流装置的节水花洒，单位时间用水量比原来减少约三成，出水却更均匀。
⟦m 图为维修人员在学生公寓安装节水花洒⟧
为不影响学生作息，更换工作利用国庆假期集中进行，维修人员分成6个小组，每天工作10个小时。更换完成后，后勤集团还在各楼栋张贴了花洒使用和报修说明。
“现在洗澡水温很稳，不用一边洗一边调了。”机械工程学院大二学生颜若鹏说。
据悉，后勤集团下一步将对公共浴室的花洒和水龙头进行排查更换，进一步推进节约型校园建设。
""",
    ),
    dict(
        slug="college-jizhou-tech-security-notice-mowing-record-date",
        site="鲚州理工学院保卫处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.jzlg.example.edu.cn/info/1005/2214.htm",
        title="关于校园草坪割草作业期间注意安全的通知",
        record_title="【平安校园】关于校园草坪割草作业期间注意安全的通知 - 鲚州理工学院保卫处",
        record_date="2024-05-20",
        date="2024-05-20",
        notes="record gives the date; the security office's own phone in the body beside the college switchboard "
        "in the footer; a bracketed column prefix and a department suffix in the record title",
        page="""
!m 鲚州理工学院保卫处　平安校园
!m 首页 » 通知公告
{T}
!m 作者：保卫处　　来源：本站　　点击：906
{BODY}
!a 【打印此文】【关闭】
!m 学院总机：0736-8829000　　地址：鲚州市科教大道1号
!m Copyright © 鲚州理工学院保卫处
""",
        body="""
各学院、各部门，全体师生：
5月下旬起，后勤集团将使用割草机对校园草坪进行集中修剪，作业范围包括图书馆前草坪、田径场周边和学生公寓区绿地，预计持续两周。为确保作业期间师生安全，现提示如下：
一、作业区域将设置警戒标志，请师生绕行，不要在作业区内停留、拍照或嬉戏。
二、割草机运行时可能弹出碎石和草屑，请与作业点保持10米以上距离。
三、请不要将自行车、电动车停放在草坪边缘，以免影响作业。
四、如发现作业人员未设置警戒或未佩戴防护用品，可向保卫处反映，电话：0736-8829110。
保卫处
2024年5月20日
""",
    ),
]
