"""holdout280, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="collection-zou-memoir-smithy-plough-gb2312",
        site="雍瀑老邹文存 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zouwencun.example.net/luhuo/juan2/07.htm",
        title="铁匠铺里的犁铧",
        record_title="炉火忆旧（二）：铁匠铺里的犁铧 — 雍瀑老邹文存",
        date=None,
        notes="a retired smith's collection in an old table layout: marquee, chapter links, visitor counter, the author's mailbox; the memoir ends with a season and year only (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>炉火忆旧（二）：铁匠铺里的犁铧 — 雍瀑老邹文存</title>
<script language="JavaScript" src="../../js/counter.js"></script>
</head>
<body bgcolor="#F5F0E1">
<table width="820" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 雍瀑老邹文存⟧</font><br><font size="2">⟦m 一个老铁匠的笔记本⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎老街坊、老工友来坐坐，文章都是我一个字一个字敲的⟧</marquee></td></tr>
<tr><td>⟦m <a href="../../index.htm">文存首页</a> ｜ <a href="../index.htm">炉火忆旧</a> ｜ <a href="../../xiangtu/">乡土杂记</a> ｜ <a href="../../liuyan.htm">留言簿</a>⟧</td></tr>
</table>
<table width="820" align="center" border="0" cellpadding="10">
<tr><td>
<p align="center"><font size="4">⟦t 炉火忆旧（二）：铁匠铺里的犁铧⟧</font></p>
{BODY}
<p align="center">⟦l 〖上一章〗学徒的第一个冬天⟧　⟦l 〖目录〗⟧　⟦l 〖下一章〗农机站来了拖拉机⟧</p>
</td></tr>
</table>
<table width="820" align="center" border="0">
<tr><td align="center"><font size="2">⟦m 本页已被翻阅 2207 回⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦m 给老邹写信：zoulaohan@zouwencun.example.net⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦d 文字是老邹的，转载请先打个招呼⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html='<p>　　{}</p>',
        body="""
我们镇上的铁匠铺开在老街的拐角，掌柜姓宋，我十五岁那年进铺子当学徒，学的第一样活就是打犁铧。
打犁铧先要选料。宋师傅总说熟铁韧、钢口硬，犁铧的身子用熟铁，刃口要夹一层钢，这样才既不易断，又耐磨。
一片犁铧要烧三回火、打上千锤。烧红的铁坯夹到砧子上，师傅拿小锤点，我抡大锤打，师傅点到哪里，我就得打到哪里，差一点都不行。
最难的是淬火。犁铧刃口在水里蘸多久，全凭师傅看火色，早了太软，晚了发脆。我跟了三年，才敢自己动手淬第一片。
后来农机站开始卖铸铁犁铧，铁匠铺的生意一年不如一年。宋师傅收炉那天，把最后一片犁铧送给了我。
二〇二三年冬记于雍瀑
""",
    ),
    dict(
        slug="collection-qingchuang-essay-old-brush-oneline",
        site="晴窗小品 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://qingchuang.example.org/xiaopin/07.html",
        title="一支旧画笔",
        record_title="一支旧画笔 ——《晴窗小品》之七",
        date=None,
        notes="an essay with the whole body on one line (paragraphs only apart by their indent); no date",
        page="""
!m 晴窗小品 · 一个会计的业余文字
!m 目录 ／ 上一篇 ／ 下一篇
!t 一支旧画笔 ——《晴窗小品》之七
{BODY}
!l 〔之六〕冬夜的算盘　　〔之八〕母亲的针线笸箩
!m 本集文字由作者自行整理，收入时略有删改
!d 未经作者同意，请勿转载到其他平台
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
书桌抽屉里有一支旧画笔，笔杆上的漆已经磨掉了大半，是我读小学时美术老师詹先生送的。
那年县里办少儿画展，我画了一幅《外婆家的菜园》，詹先生看了说颜色用得大胆，就把自己用的一支羊毫画笔送给了我。
我用那支笔画过很多东西，画院子里的鸡，画河边的柳树，也画过詹先生自己。
后来我没有成为画家，做了一名会计，每天和数字打交道。可是每当心里烦闷，我还会铺开纸，用那支旧笔随手画上几笔。
笔毛早就秃了，画不出细线，但我一直舍不得扔。
""",
    ),
    dict(
        slug="party-pengchong-summary-warmer-visits-table",
        site="澎崇党建网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.pcdj.example.cn/zbfc/202502/t20250213_9034.html",
        title="机关第二党支部“暖冬送温暖”志愿服务活动总结",
        record_title="【支部暖冬行】机关第二党支部“暖冬送温暖”志愿服务活动总结 - 澎崇党建网",
        date="2025-02-10",
        date_also=["2025-02-13"],
        notes="Party portal: a study-time prompt, a read-on-phone QR line; a table of visits (one row a paragraph); the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【支部暖冬行】机关第二党支部“暖冬送温暖”志愿服务活动总结 - 澎崇党建网</title>
<script src="/js/study-timer.js"></script>
</head>
<body>
<div class="header">⟦m 澎崇党建网⟧ ⟦m 中共澎崇县委组织部主办⟧</div>
<ul class="nav">⟦m <li>首页</li><li>时政要闻</li><li>支部风貌</li><li>党员教育</li><li>先锋典型</li>⟧</ul>
<div class="path">⟦m 您在：首页 ＞ 支部风貌⟧</div>
<div class="detail">
<h1>⟦t 【支部暖冬行】机关第二党支部“暖冬送温暖”志愿服务活动总结⟧</h1>
<div class="meta">⟦m 发布时间：2025-02-13　来源：县发展和改革局　作者：机关第二党支部⟧</div>
<div class="study">⟦a 本文阅读满3分钟可记学习时长⟧</div>
<div class="detail-body">
{BODY}
</div>
<div class="qr">⟦a 手机扫一扫，把本文带走⟧</div>
<div class="pn">⟦l 上一条：县委组织部开展春节走访慰问老党员活动⟧<br>⟦l 下一条：瓜湛镇党委召开党员冬训总结会⟧</div>
</div>
<div class="footer">⟦m 中共澎崇县委组织部　地址：澎崇县人民路66号⟧<br>⟦m 湘ICP备10022517号-2⟧</div>
</body>
</html>
""",
        body="""
今年一月，机关第二党支部组织党员开展“暖冬送温暖”志愿服务活动，为彦淑社区的独居老人送去汤婆子和防滑棉鞋，现将活动情况总结如下。
一、活动开展情况
支部二十六名党员分成五个小组，用三个周末走访独居和高龄老人八十三户，送出铜制汤婆子八十三只、防滑棉鞋八十三双，并帮助老人检查家中用电、用气安全。各小组走访情况如下：
小组　走访户数　发放汤婆子（只）
第一组　18　18
第二组　17　17
第三组　16　16
第四组　16　16
第五组　16　16
二、活动体会
活动中，党员们手把手教老人灌水、拧盖、套布套，并把“汤婆子别贴身、睡前要取出”的提示贴在老人床头。
三、下一步打算
支部将与社区建立结对联系，每月至少上门一次，把志愿服务做成常态。
中共澎崇县发展和改革局机关第二支部委员会
2025年2月10日
""",
    ),
    dict(
        slug="party-yongpu-insight-plough-hall-byline",
        site="雍瀑先锋网 (invented Party-building portal)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.ypxianfeng.example.cn/dyjy/2024/0523/5519.html",
        title="参观农耕文化馆犁铧展区心得体会",
        record_title="参观农耕文化馆犁铧展区心得体会_党员心声_雍瀑先锋网",
        date="2024-05-23",
        notes="a Party portal's 心得: the 发布时间 line is the page's date; a study-points line glued after a 。",
        page="""
!m 雍瀑先锋网　｜　党员心声
!m 首页 → 党员教育 → 党员心声
{T}
!m 发布时间：2024-05-23　来源：县农业农村局机关党委　作者：柏青
!a 〖大字〗〖标准〗〖小字〗　〖朗读〗
{BODY}
!a 扫码在手机上继续阅读
!l 相关文章：党员干部要甘当“老黄牛”　|　在农耕文化中汲取奋进力量
!m 中共雍瀑县委组织部主办　湘ICP备09031128号
""",
        body="""
五月二十日，局机关党支部组织党员到雍瀑县农耕文化馆开展主题党日活动。在犁铧展区，从木犁、铁犁到双铧犁，一件件农具把我们带回到过去的田野上。
讲解员介绍，新中国成立初期，县里的农具厂用废旧铁轨锻打犁铧，一年为全县农户提供犁铧两万多片。那一片片犁铧，凝结着老一辈人艰苦奋斗、自力更生的精神。⟦a 读完本文可得学习积分1分⟧
我体会最深的是，犁铧要入土才能翻出新土，党员干部也要沉下去，才能干出实绩。今后，我将多到田间地头去，多听群众讲实情，把工作做到群众心坎上。
""",
    ),
    dict(
        slug="hospital-xuyu-burns-warmer-article-record-date",
        site="靖漩市旭隅区人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.xuyuhospital.example.cn/jkkp/2024/1226/1408.html",
        title="用汤婆子取暖 当心低温烫伤",
        record_title="【烧伤科提醒】用汤婆子取暖 当心低温烫伤 - 靖漩市旭隅区人民医院",
        record_date="2024-12-26",
        date="2024-12-26",
        notes="hospital article: date from the record (same as the byline); the burns department's own phone in the body beside the hospital's 24-hour line, a booking float and an experts list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【烧伤科提醒】用汤婆子取暖 当心低温烫伤 - 靖漩市旭隅区人民医院</title>
<script src="/js/float-booking.js"></script>
</head>
<body>
<div class="top">⟦m 靖漩市旭隅区人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 全天候服务总机：0739-2869000⟧</div>
<ul class="nav">⟦m <li>首页</li><li>医院概况</li><li>科室导航</li><li>就医指南</li><li>健康讲堂</li>⟧</ul>
<div class="pos">⟦m 首页 / 健康讲堂 / 科普文章⟧</div>
<div class="article">
<h1>⟦t 【烧伤科提醒】用汤婆子取暖 当心低温烫伤⟧</h1>
<div class="info">⟦m 发布时间：2024-12-26　供稿：烧伤整形科　阅读：1934⟧</div>
<div class="con">
{BODY}
</div>
</div>
<div class="experts"><h3>⟦l 烧伤整形科专家⟧</h3><p>⟦l 尹建华　主任医师　周二、周四上午⟧</p><p>⟦l 程璐　副主任医师　周一、周五全天⟧</p></div>
<div class="float-book">⟦a 网上挂号⟧ ⟦a 报告查询⟧ ⟦a 来院路线⟧</div>
<div class="foot">⟦m 地址：旭隅区健康路2号　急诊电话（24小时）：0739-2869120⟧<br>⟦d 本站科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 湘ICP备16004291号⟧</div>
</body>
</html>
""",
        body="""
入冬以来，医院烧伤整形科已接诊十余例因汤婆子、热水袋引起的低温烫伤患者，其中多数是老年人和糖尿病患者。
低温烫伤是指皮肤长时间接触四十四摄氏度至五十摄氏度的物体引起的损伤。由于温度不算高，患者当时往往没有明显疼痛，第二天才发现皮肤发白、起水泡，创面看似不大，实际可能已伤及真皮深层甚至皮下组织。
预防低温烫伤，要做到三点：汤婆子外面包上毛巾或布套；不要整夜放在被窝里贴身使用；老人、婴幼儿及感觉迟钝的人使用时，家人要多留意。
一旦发生烫伤，应立即用凉水冲洗降温，不要自行挑破水泡或涂抹牙膏，尽快到医院就诊。
烧伤整形科咨询电话：0739-2869315（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-qiying-rehab-brush-donation-pledge",
        site="崎莹县人民医院 (invented hospital site)",
        style="医院官网",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.qyxrmyy.example.cn/news/2024/0701/882.html",
        title="绘画疗愈小组募集画笔和颜料的倡议",
        record_title="〔康复科〕绘画疗愈小组募集画笔和颜料的倡议 - 崎莹县人民医院",
        date="2024-06-28",
        notes="hospital page: the department's own contact in the body, the hospital's switchboard and booking row around it; a poster's 'edited' aside glued after a 。",
        page="""
!m 崎莹县人民医院　｜　医院新闻
!m 全天候服务总机 0735-8130000　　在线预约 ｜ 就诊须知 ｜ 来院交通
!t 〔康复科〕绘画疗愈小组募集画笔和颜料的倡议
!m 来源：康复医学科　　点击：647
{BODY}
!l 上一篇：我院开展“世界献血者日”无偿献血活动
!l 下一篇：康复医学科获评市级重点专科
!m 崎莹县人民医院　地址：崎莹县迎宾大道118号　湘ICP备15011742号
""",
        body="""
各位职工、患者家属和社会爱心人士：
今年三月，我院康复医学科开设了绘画疗愈小组，组织脑卒中恢复期患者通过握笔、涂色训练手部精细动作。三个多月来，已有六十余名患者参加，不少人从握不稳画笔到能独立完成一幅小画。⟦m （本段已由管理员修订）⟧
随着参加人数增加，小组的画笔、颜料消耗较快。为此，我们倡议：
一、捐赠闲置的水彩画笔、油画棒、蜡笔等，笔杆粗一些的更适合患者抓握；
二、捐赠未开封的水彩颜料、画纸；
三、有绘画特长的朋友，欢迎报名担任小组志愿者。
捐赠物品请送至门诊楼三楼康复医学科护士站。联系人：聂雨桐，电话：0735-8132476。
崎莹县人民医院康复医学科
2024年6月28日
""",
    ),
    dict(
        slug="college-jingxuan-news-brushes-village-h1",
        site="靖漩学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jxxy.example.edu.cn/info/1032/18827.htm",
        title="美术学院“千支画笔进山村”暑期实践队圆满返校",
        record_title=None,
        date="2024-07-28",
        notes="college news: no record title, the title in an <h1>; a bracketed date line is the page's date; a 文/图/审核 line glued after the last 。",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>靖漩学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="hd">⟦m 靖漩学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 校内门户⟧</a></div>
<ul class="nav">⟦m <li>首页</li><li>学校要闻</li><li>院部动态</li><li>校园生活</li><li>媒体看靖院</li>⟧</ul>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 院部动态 &gt;&gt; 正文⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="dt">⟦m [2024-07-28]　作者：美术学院　点击数：<span>916</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关闭此页】⟧</div>
</div>
<div class="foot">⟦m 靖漩学院党委宣传部　地址：靖漩市学府路1号　邮编：421300⟧</div>
</body>
</html>
""",
        body="""
七月二十六日，美术学院“千支画笔进山村”暑期社会实践队结束在雍瀑县瓜湛镇为期十五天的支教活动，顺利返校。
实践队由十二名师生组成，出发前在校内募集画笔一千二百支、颜料三百余盒。支教期间，队员们为瓜湛镇三所村小的二百余名孩子开设了水彩、剪纸、农民画等课程，并带领孩子们在村委会院墙上绘制了一幅长十八米的“稻田四季”墙绘。
实践队指导教师阎可心表示，下一步学院将与当地学校建立长期结对关系，每学期选派学生志愿者开展线上美术辅导。⟦m （文/邢舟　图/实践队　审核/蔡莉）⟧
""",
    ),
    dict(
        slug="college-jxvtc-notice-meter-contest-decimal-wrapped",
        site="靖漩职业技术学院 (invented college site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jxvtc.example.cn/sxzx/tzgg/2025/0429/771.html",
        title="关于举办第八届学生电子技能竞赛的通知",
        record_title="关于举办第八届学生电子技能竞赛的通知 - 实训中心 - 靖漩职业技术学院",
        date="2025-04-28",
        date_also=["2025-04-29"],
        notes="hard-wrapped at 68 columns; decimal headings 1.1–3; the centre's mailbox and phone in the body; the page date differs from the 成文日期",
        page="""
!m 靖漩职业技术学院 · 实训中心
!m 实训中心首页 ＞ 通知与公告
{T}
!m 发布者：实训中心　发布时间：2025-04-29　浏览次数：433
{BODY}
!a 〔打印〕　〔收藏〕　〔返回列表〕
!m 版权所有 © 靖漩职业技术学院　湘ICP备06012245号
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
各二级学院：
为检验学生电子技能训练成效，学校定于五月十八日举办第八届学生电子技能竞赛。现将有关事项通知如下。
1.竞赛项目
1.1 数字万用表组装与调试：选手在九十分钟内完成一块三位半数字万用表套件的焊接、组装和校准。
1.2 电路故障排查：选手使用万用表在给定电路板上查找并排除三处故障。
2.参赛要求
2.1 每个二级学院限报六名选手，须为在校全日制学生。
2.2 选手自带电烙铁和镊子，万用表套件及测试电路板由竞赛组提供。
3.报名方式
请各二级学院于五月十日前将报名表发送至实训中心邮箱 sxzx@jxvtc.example.cn。联系人：庞立新，电话：0739-2016677。
实训中心
2025年4月28日
""",
    ),
    dict(
        slug="countyforum-qiying-whisk-music-subject-jammer",
        site="崎莹论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.qiying.example.cn/thread-902731-1-1.html",
        title="公园里练拂尘的叔叔阿姨们，能不能把音响调小一点",
        record_title=None,
        date=None,
        notes="county forum: no record title, the thread subject is the title; a weather line, medals, jammer fonts, a decoration ad, a forwarded-to-bureau link; post time 5 天前 (no date)",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>崎莹论坛 - 崎莹人自己的网上家园</title>
<style>.jammer{display:none}</style>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="top">⟦m 崎莹论坛⟧ ⟦m 崎莹 今日多云 4～12℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="ad">⟦d 【广告】崎莹匠心家装 免费上门量房 电话 0731-3860777⟧</div>
<div class="crumb">⟦m 崎莹论坛 › 民生热线 › 帖子详情⟧</div>
<h1><span id="thread_subject">{T}</span></h1>
<div class="gov">⟦l 本帖已转交县城管执法局，点此查看官方回复 &gt;&gt;⟧</div>
<table><tr>
<td class="author">⟦m 滨江晨跑⟧<br>⟦m 勋章：热心网友 · 十年老坛友⟧</td>
<td class="post">
<div class="time">⟦m 发表于 5 天前　只看楼主　电梯直达⟧</div>
<div class="message">
{BODY}
</div>
</td></tr></table>
<div class="replies"><p>⟦l 2楼 老城东：支持，我家也在公园边上⟧</p><p>⟦l 3楼 拂尘队小李：我们商量一下，下周起改到七点⟧</p></div>
<div class="fastpost">⟦a 登录才能回帖，没有账号？马上注册⟧</div>
<div class="ft">⟦m 崎莹论坛 版权所有　湘ICP备11004102号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
住在滨江公园边上的居民，说句心里话。
每天早上六点不到，公园东门小广场就有一支练拂尘功的队伍开始放音乐，音响开得很大，隔着两道窗户都听得清清楚楚。我家老人心脏不好，孩子在读高三，晚上学到十二点，早上这一吵根本睡不着。
我不是反对大家锻炼，拂尘功我看过，动作挺好看的。只是希望能把音量调小一点，或者七点以后再放音乐。
前几天我下楼跟领队的阿姨商量过，她说会注意，可第二天照旧。
不知道有没有同样情况的邻居，能不能一起跟社区反映一下。
""",
    ),
    dict(
        slug="countyforum-yongpu-warmer-repair-junk",
        site="雍瀑论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.ypbbs.example.cn/thread-61182-1-1.html",
        title="老街那家铜匠铺还能补汤婆子吗",
        record_title="【生活求助】老街那家铜匠铺还能补汤婆子吗 - 百事问 - 雍瀑论坛",
        date=None,
        notes="county forum text page: junk lines and junk glued after 。; post time 昨天 (no date); replies and the forum's footer",
        page="""
!m 雍瀑论坛 — 雍瀑人的网上茶馆
!m 雍瀑论坛 › 百事问 › 查看帖子
!t 【生活求助】老街那家铜匠铺还能补汤婆子吗
!m 阅读 1288　回复 17
!m 暖脚的猫 发表于 昨天 20:16
{BODY}
!l 沙发　老街土著：纪师傅搬到文化路菜场后门了，还在做
!l 板凳　铜锣烧：网上那种薄的别买，焊缝一年就漏
!a 回复本帖需先登录
!m 雍瀑论坛　湘ICP备13008813号　违法和不良信息举报：0734-3300110
""",
        junk=dict(lines=2, glued=2),
        body="""
家里有一只铜汤婆子，是我奶奶那辈传下来的，去年冬天用的时候发现底部焊缝有点渗水。
记得以前老街菜市场对面有一家铜匠铺，门口挂着铜壶和汤婆子，师傅姓纪，补东西手艺很好。今年回来找了两次，门面换成了奶茶店。
想问问论坛里的朋友，那位纪师傅是搬到别处去了，还是不做了？县城里还有没有别的地方能补铜器？
实在不行的话，网上买的新汤婆子质量怎么样，有没有用过的说说。
""",
    ),
]
