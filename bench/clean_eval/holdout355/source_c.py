"""holdout355, part C: personal collections, Party sites, hospitals, colleges, county forums, a download station.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="tingsongju-memoir-grandma-moxa-gb2312",
        site="听松居文存 (invented, a retired doctor's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.tingsongju.net/wencun/juan2/027.htm",
        title="外婆的艾灸盒",
        record_title="外婆的艾灸盒（《听松居文存》卷二·忆旧篇之三）",
        date=None,
        notes="old gb2312 collection page: marquee, volume links, visitor counter, the author's mailbox; the essay "
        "ends with a 写于 line without a full date (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>外婆的艾灸盒（《听松居文存》卷二·忆旧篇之三）</title>
<script language="JavaScript" src="../js/ts_menu.js"></script>
</head>
<body bgcolor="#e8efe4" text="#222222">
<table width="820" align="center" border="0" cellspacing="0" cellpadding="6" bgcolor="#ffffff">
<tr><td colspan="2" bgcolor="#4f6b48"><font color="#ffffff" size="5">⟦m 听松居文存⟧</font>　<font color="#dfe8d8">⟦m 一个老中医的闲笔⟧</font></td></tr>
<tr><td colspan="2"><marquee width="780" scrollamount="2">⟦m 欢迎来听松居坐坐。文章都是随手写的，错字请来信指出。⟧</marquee></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#f3f6f0">
⟦l 卷一·行医杂记⟧<br>⟦l 卷二·忆旧篇⟧<br>⟦l 卷三·读书札记⟧<br>⟦l 卷四·诗词习作⟧<br>⟦l 留言本⟧
</td>
<td valign="top">
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 听松居士　著⟧</p>
<div style="line-height:180%">
{BODY}
</div>
<p>⟦l ←上一篇：药碾子⟧　　⟦l 下一篇：端午的雄黄酒→⟧　　⟦l 返回卷二目录⟧</p>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#f3f6f0">
⟦d 本站文字均为听松居士原作，未经许可请勿转载。⟧<br>
⟦m 来信请寄：tingsong_jushi@sina.com⟧　⟦m 本页已被翻阅 4127 次⟧
</td></tr>
</table>
</body>
</html>
""",
        body="""
外婆家的五斗柜顶上，放着一只黑漆漆的小木盒子。那是她的艾灸盒，比巴掌大一点，盖子上有几个小圆孔，底下钉着一层细铁丝网。
我小时候体弱，一到冬天就拉肚子。外婆便把艾绒搓成小团，放进盒里点着，再把盒子轻轻放在我的肚脐上，用一条旧围巾绕着腰系好。艾烟从小孔里慢慢冒出来，满屋子都是一股苦香。
外婆总是坐在床边守着，手里纳着鞋底，隔一会儿就伸手探一探盒底的温度。她说，灸火要像冬天的太阳，暖而不燥，烫了就不是灸，是烙了。
后来我学了医，才知道外婆这些土办法，许多都暗合医理。那只艾灸盒，在外婆去世后被舅舅收着，去年我回老家，又看见了它，盒底的铁丝网已经锈断了。
写于琁城，立冬前夜
""",
    ),
    dict(
        slug="laoyaogong-essay-father-cutter-oneline",
        site="一个老药工的文集 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://laoyaogong.wenji.cc/p/56",
        title="父亲的分药器",
        record_title="父亲的分药器 · 《药柜旁的日子》第二辑",
        date=None,
        notes="personal collection text with the whole body on one line (paragraphs separated only by their indent); "
        "a chapter list and a reading-progress line; no date",
        page="""
!m 一个老药工的文集
!m 目录 ｜ 第一辑　药柜旁的日子 ｜ 第二辑　家里人 ｜ 第三辑　杂记
!t 父亲的分药器 · 《药柜旁的日子》第二辑
!m 第二辑 · 第 9 篇　　约 900 字　　阅读需 3 分钟
{BODY}
!l ‹ 上一篇　母亲的针线笸箩　　　下一篇　一杆药戥子 ›
!a 已读完本辑 9/14 篇，点击继续阅读
!d 文集由作者本人整理发布，转载请与作者联系。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲晚年要吃的药越来越多，降压的、降糖的、护心的，每天早晚摊在桌上一小堆。有一种降压药，医生嘱咐只吃半片。
父亲年轻时在药材公司当过保管员，对药片有一种近乎固执的讲究。他不肯用手掰，说手上有汗，药片受了潮；也不肯用刀切，说刀口不干净。我便给他买了一个分药器，塑料壳，里面嵌着一片小刀。
他第一次用的时候，把药片放进槽里，压下盖子，咔嗒一声，药片齐齐整整地分成两半。父亲拿起来对着窗户看了半天，说，比我们当年切的还匀。
从那以后，那个分药器就一直放在他床头的药盒边上。父亲走后，我收拾他的东西，在分药器的槽里还卡着半片药。我把它拿出来，包在一张纸里，至今也没舍得扔。
""",
    ),
    dict(
        slug="weijian-party-speech-caller-window-cn-date",
        site="琁城卫健先锋网 (invented Party-building portal of the city's health system)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://djw.xcwjw.gov.cn/ldjh/2025/0331/2071.html",
        title="在门诊“党员先锋岗”叫号服务窗口授牌仪式上的讲话",
        record_title="〔书记开讲〕在门诊“党员先锋岗”叫号服务窗口授牌仪式上的讲话 - 琁城卫健先锋网",
        date="2025-03-28",
        date_also=["2025-03-31"],
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker line and a Chinese-numeral date "
        "under the speech title (neutral); the speech title keeps the speaker's role as the document gives it",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔书记开讲〕在门诊“党员先锋岗”叫号服务窗口授牌仪式上的讲话 - 琁城卫健先锋网</title>
<script src="/js/djw-base.js"></script><script src="/js/xuexi-points.js"></script>
</head><body>
<div class="dj-top"><span>⟦m 琁城卫健先锋网⟧</span> <span>⟦m 中共琁城市卫生健康委员会委员会主办⟧</span></div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 领导讲话⟧ ⟦m 支部风采⟧ ⟦m 清风卫健⟧ ⟦m 党员教育⟧</div>
<div class="dj-pos">⟦m 位置：首页 » 领导讲话⟧</div>
<div class="dj-art"><h1>{T}</h1>
<p class="dj-info">⟦m 来源：市卫健委机关党委　发布：2025-03-31 16:20　浏览：873⟧</p>
<div class="dj-xx">⟦a 阅读满3分钟可累计学习积分1分⟧</div>
<p class="sub">琁城市第一人民医院党委书记　宋亦安</p>
<p class="sub">（二〇二五年三月二十八日）</p>
<div class="dj-cont">
{BODY}
</div>
<div class="dj-phone">⟦a 扫描右侧二维码，用手机继续阅读本文⟧</div>
<div class="dj-pn">⟦l 上一篇：在全市卫健系统党建工作会议上的讲话⟧<br>⟦l 下一篇：在“白衣天使”志愿服务队出征仪式上的致辞⟧</div>
</div>
<div class="dj-side"><h3>⟦l 专题专栏⟧</h3><ul><li>⟦l 深入贯彻中央八项规定精神学习教育⟧</li><li>⟦l 医德医风建设年⟧</li></ul></div>
<div class="dj-foot">⟦m 中共琁城市卫生健康委员会委员会　版权所有⟧<br>⟦m 湘ICP备11023906号-4⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们为门诊叫号服务窗口授予“党员先锋岗”牌子。这块牌子挂在窗口上，更要挂在每一名党员的心上。
门诊叫号窗口是患者进医院见到的第一张“脸”。每天从早上七点半开始，窗口要处理四千多个号，解答各种各样的询问。去年新叫号器上线后，出现过漏叫、过号等问题，是窗口的几名党员同志主动加班，一个号一个号地核对，才把群众的怨气化解了。
借此机会，我对“党员先锋岗”提三点要求：一是亮身份，党员在岗一律佩戴党徽；二是解难题，对听不清叫号、不会使用取号机的老年人，要主动上前帮一把；三是带队伍，把窗口的好做法总结出来，推广到全院各个服务窗口。
同志们，一个号码背后就是一位病人。希望大家把这块牌子擦得亮亮的，让群众在叫号声里感受到我们的温度。
""",
    ),
    dict(
        slug="tianyang-party-branch-picker-summary-table",
        site="沺阳县直机关党建网 (invented Party-building site, text)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.tyjgdj.cn/zbfc/2025/0109/664.html",
        title="县城市管理局机关党支部2024年“垃圾夹护河”志愿服务活动总结",
        record_title="【党支部简报】县城市管理局机关党支部2024年“垃圾夹护河”志愿服务活动总结",
        date="2025-01-06",
        date_also=["2025-01-09"],
        notes="Party site text: a data table of activity figures (one row a paragraph); a learning-points line "
        "and a QR line; 成文日期 under the signature",
        page="""
!m 沺阳县直机关党建网
!m 中共沺阳县直属机关工作委员会
!m 首页 > 支部风采 > 支部动态
!t 【党支部简报】县城市管理局机关党支部2024年“垃圾夹护河”志愿服务活动总结
!m 信息来源：县城市管理局机关党支部　　时间：2025-01-09　　阅读：541
!a 〔字号：大｜中｜小〕〔收藏〕〔关闭本页〕
{BODY}
!a 认真阅读本文可获得学习积分，请登录后领取
!l 相关文章：县水利局机关党支部开展“守护沺水”主题党日
!l 相关文章：2024年县直机关“双报到”工作情况通报
!m 主办：中共沺阳县直属机关工作委员会　地址：沺阳县行政中心4楼　电话：0746-3323018
""",
        indent="\u3000\u3000",
        body="""
2024年，局机关党支部以“垃圾夹护河”志愿服务为载体，组织党员每月到沺水河县城段开展一次清洁活动，把党员志愿服务落到了河岸上。现将全年工作总结如下。
一、主要做法
支部把沺水河县城段划分为4个责任段，每段由一名支委带队，党员按月轮值。活动统一使用局里配发的长柄垃圾夹，安全员随队，临水作业不少于两人一组。
二、活动成效
全年活动情况如下：
季度　活动次数　参加人次　捡拾垃圾（公斤）
第一季度　3　86　412
第二季度　3　104　530
第三季度　4　131　615
第四季度　3　92　377
全年共开展活动13次，党员参加413人次，带动群众参加260余人次。
三、存在的不足和下步打算
部分年轻党员参加次数偏少，冬季活动组织不够。2025年，支部将把活动延伸到城郊的两条支流，并与沿河社区党组织结对共建。
中共沺阳县城市管理局机关支部委员会
2025年1月6日
""",
    ),
    dict(
        slug="xuancheng-tcm-hospital-moxa-room-notice",
        site="琁城市中医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xczyy.com/news/tzgg/2025-05-08/1375.html",
        title="关于规范艾灸治疗室艾灸盒使用管理的通知",
        record_title="【医务科通知】关于规范艾灸治疗室艾灸盒使用管理的通知-通知公告-琁城市中医院",
        date="2025-05-06",
        date_also=["2025-05-08"],
        notes="hospital page: booking float, 24-hour and booking lines, an experts list; the department's own "
        "咨询电话 in the body; numbered rules; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【医务科通知】关于规范艾灸治疗室艾灸盒使用管理的通知-通知公告-琁城市中医院</title>
<script src="/static/hosp/js/main.js"></script></head><body>
<div class="h-top">⟦m 琁城市中医院⟧ ⟦m 三级甲等中医医院⟧ ⟦m 24小时急诊：0735-2269120⟧ ⟦m 预约挂号：0735-2269000⟧</div>
<div class="h-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 新闻中心⟧ ⟦m 通知公告⟧</div>
<div class="h-pos">⟦m 首页 › 新闻中心 › 通知公告⟧</div>
<div class="h-art"><h2>{T}</h2>
<div class="h-info">⟦m 发布日期：2025-05-08　发布科室：医务科　浏览：1,090⟧</div>
<div class="h-con">
{BODY}
</div></div>
<div class="h-side"><h3>⟦l 推拿针灸科专家⟧</h3><ul><li>⟦l 晏知远　主任中医师　周一、周四上午⟧</li><li>⟦l 甄若兰　副主任中医师　周二全天⟧</li></ul></div>
<div class="h-float">⟦a 在线预约⟧ ⟦a 报告查询⟧ ⟦a 返回顶部⟧</div>
<div class="h-foot">⟦m 地址：琁城市萳湖区杏林路66号⟧　⟦m 湘ICP备08012276号⟧　⟦d 本站内容仅供参考，不能代替医生面诊。⟧</div>
</body></html>
""",
        body="""
各临床科室：
为防止艾灸治疗中发生烫伤和火灾，保障患者安全，现就规范艾灸治疗室艾灸盒使用管理通知如下：
1.艾灸盒由推拿针灸科统一管理，每只编号登记，使用前检查盒体、网底和绑带，有破损的一律停用。
2.施灸前须询问患者有无糖尿病、皮肤感觉障碍等情况，对感觉迟钝的患者，每5分钟查看一次皮肤。
3.施灸过程中，操作人员不得离开治疗室，同时施灸的患者每人不超过4名。
4.施灸结束后，艾条一律插入灭火筒熄灭，艾灰冷却后倒入专用金属桶，严禁倒入普通垃圾桶。
5.治疗室保持通风，配备灭火器和烫伤急救用品。
各科室如有疑问，请与推拿针灸科联系，咨询电话：0735-2269368（内线8368）。
琁城市中医院医务科
2025年5月6日
""",
    ),
    dict(
        slug="xuancheng-first-hospital-cutter-tips-byline",
        site="琁城市第一人民医院 (invented hospital site, text)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.xcdyrmyy.cn/kepu/yaoxue/3318.html",
        title="老年患者使用分药器的五点提醒",
        record_title="【用药小课堂】老年患者使用分药器的五点提醒｜健康科普｜琁城市第一人民医院",
        date="2025-04-15",
        notes="hospital text page: the 发布时间 byline is the date; a numbered list; a booking line and a "
        "follow-the-account sentence that is content",
        page="""
!m 琁城市第一人民医院
!m 首页 ＞ 健康科普 ＞ 药学园地
!t 【用药小课堂】老年患者使用分药器的五点提醒
!m 发布时间：2025-04-15　作者：药学部 蓝若溪　审核：易思远
!a 🔊 朗读　｜　A＋ A－　｜　分享
{BODY}
!m 门诊预约请拨打 0735-2205120 或登录医院官网
!l 推荐阅读：药品说明书上的“慎用”“忌用”“禁用”有什么区别
!l 推荐阅读：漏服降压药怎么办？
!d 科普内容仅供参考，具体用药请遵医嘱。
""",
        indent="\u3000\u3000",
        body="""
不少老年患者要把药片分成两半服用，药学部门诊药房最近常被问到分药器怎么用。药师整理了五点提醒：
1.先确认药能不能分。缓释、控释、肠溶制剂一般不能掰开，拿不准的可到门诊药房咨询窗口问一问。
2.每次分药前把分药器擦干净。不同的药混用一个分药器，刀片和槽里残留的药粉可能混到一起。
3.药片要放正。把药片的刻痕对准刀片，切出来的两半才均匀。
⟦l 延伸阅读：半片药没吃完，第二天还能吃吗？⟧
4.切好的半片尽快吃掉。剩下的半片放回原包装或密封的小药盒里，不要长时间暴露在空气中。
5.刀片钝了就换。切药时掉渣多、需要很用力，说明刀片该换了。
想了解更多用药知识，可以关注医院公众号，在“用药小课堂”栏目里查看往期文章。
""",
    ),
    dict(
        slug="xuancheng-vocational-moxa-contest-h1",
        site="琁城职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xczyjsxy.edu.cn/info/1021/8836.htm",
        title="护理学院举办首届中医护理技能竞赛 艾灸盒操作成比赛亮点",
        record_title=None,
        date="2025-05-22",
        notes="college news page without a record title (the <h1>); a dotted date line is the date; photo "
        "caption between paragraphs; a writer/reviewer line glued after the last 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>琁城职业技术学院</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="top">⟦m 琁城职业技术学院⟧ ⟦m XUANCHENG VOCATIONAL AND TECHNICAL COLLEGE⟧</div>
<div class="menu">⟦m 学院概况⟧ ⟦m 院系设置⟧ ⟦m 招生就业⟧ ⟦m 校园新闻⟧ ⟦m 信息公开⟧</div>
<div class="loc">⟦m 当前位置: 首页 >> 校园新闻 >> 院系动态⟧</div>
<div class="news"><h1>{T}</h1>
<div class="inf">⟦m 2025.05.22⟧　⟦m 来源：护理学院⟧　⟦m 点击：<span id="dynclicks_wbnews_8836">462</span>⟧<script>_showDynClicks("wbnews",8836)</script></div>
<div class="v_news_content">
{BODY}
</div>
<div class="pn">⟦l 上一条：我院举行2025届毕业生春季双选会⟧　⟦l 下一条：药学专业学生赴琁城一院开展跟岗实习⟧</div>
</div>
<div class="ft">⟦m 地址：琁城市萳湖区职教路8号　邮编：415600⟧<br>⟦m 版权所有：琁城职业技术学院　湘ICP备05018733号⟧</div>
</body></html>
""",
        body="""
5月20日，护理学院在实训楼举办首届中医护理技能竞赛，来自护理、康复治疗技术两个专业的48名学生参加。
比赛设艾灸、拔罐、耳穴压豆三个项目。其中，艾灸项目要求选手在15分钟内完成评估、点燃艾条、安放艾灸盒、观察皮肤和熄灭艾条等全部操作，并向“患者”讲解注意事项。
⟦m 选手在进行艾灸盒操作比赛。⟧
“以前上课只觉得艾灸盒简单，比赛时才发现，绑带松紧、风门大小都会影响评分。”获得一等奖的2023级护理专业学生符晓晴说。
护理学院院长柏青介绍，学院将把竞赛项目纳入实训课程考核，并邀请附属医院的专家参与指导。⟦m 文：护理学院　图：宣传部　审核：柏青⟧
""",
    ),
    dict(
        slug="xuancheng-normal-canteen-caller-notice",
        site="琁城师范学院后勤处 (invented college site, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqc.xcnu.edu.cn/tzgg/2025/0303/512.html",
        title="关于第二食堂启用取餐叫号器的通知",
        date="2025-03-03",
        notes="record title as is; college office text page; the notice's own phone beside the college's "
        "switchboard; 成文日期 under the signature",
        page="""
!m 琁城师范学院后勤管理处
!m 首页　机构设置　通知公告　饮食服务　维修报修　办事指南
!m 当前位置：首页 → 通知公告
{T}
!m 发布者：饮食服务中心　发布时间：2025-03-03　浏览次数：1,766
{BODY}
!a 【打印这页】【关掉窗口】
!l 上一篇：关于2025年春季学期学生公寓热水供应时间调整的通知
!l 下一篇：第一食堂三楼风味餐厅招商公告
!m 学院总机：0735-2310000　报修热线：0735-2311234
!m Copyright © 琁城师范学院后勤管理处
""",
        indent="\u3000\u3000",
        body="""
全校师生：
为减少就餐高峰时段排队拥挤，第二食堂一楼面食档口和二楼小炒档口自3月10日起启用取餐叫号器。现将有关事项通知如下：
一、点餐付款后，收银机打印带号码的小票，请凭小票在候餐区等候。
二、餐品做好后，叫号器语音播报号码，档口上方显示屏同步显示，请及时凭小票取餐。
三、号码播报三次仍未取餐的，餐品保留十分钟，过时请到档口重新登记。
试运行期间如有意见建议，请与饮食服务中心联系，电话：0735-2311507。
后勤管理处
2025年3月3日
""",
    ),
    dict(
        slug="tianyang-forum-picker-thread-jammer",
        site="沺阳论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tianyangzaixian.com/thread-88417-1-1.html",
        title="滨河步道上挂的那些公用垃圾夹，谁见过被人拿走的？",
        record_title=None,
        date=None,
        notes="county forum without a record title (the thread subject): weather line, medals, jammer fonts, a "
        "decoration ad, a 'hand to the bureau' link; relative times only",
        page="""
<html><head><meta charset="gbk"><title>沺阳在线 - 沺阳人自己的论坛</title>
<script src="static/js/common.js?K7a" type="text/javascript"></script></head><body>
<div id="hd"><div>⟦m 沺阳在线⟧ ⟦m 沺阳人自己的论坛⟧</div><div class="wx">⟦m 沺阳 今天 多云 14~23℃ 东南风2级⟧</div></div>
<div id="nv">⟦m 首页⟧ ⟦m 沺阳杂谈⟧ ⟦m 民生投诉⟧ ⟦m 二手市场⟧ ⟦m 房产家居⟧</div>
<div id="pt">⟦m 沺阳在线 › 沺阳杂谈 › 帖子详情⟧</div>
<table><tr><td class="pls"><p>⟦m 滨河晨跑的老赵⟧</p><p>⟦m 勋章：热心市民 ✦ 十年老友⟧</p><p>⟦m 发帖 382　威望 57⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 前天 07:52 ｜ 只看该作者 ｜ 倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zhuanjiao">⟦a 一键转交县城管局办理⟧</div>
<div class="po">⟦a 支持 反对 回复 分享⟧</div></td></tr></table>
<div class="ad">⟦w 沺阳装修就找安居坊，免费量房设计 QQ 3321850477⟧</div>
<div class="reply">⟦l 2楼 沺水边的鱼：我家楼下那个上周就没了⟧</div>
<div class="reply">⟦l 3楼 城管小刘：已记录，下周补挂并加锁扣⟧</div>
<div id="ft">⟦m 沺阳在线 © 2008-2025　湘ICP备08017720号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
今年开春，县城管局在滨河步道的路灯杆上挂了一批公用垃圾夹，每隔两百米一个，旁边还有个小牌子，写着“用后请挂回原处”。
刚挂的时候我挺感动的，早上跑步看到草丛里有塑料瓶，取下来夹一下，扔进垃圾桶，再挂回去，前后不到一分钟。
可这两个月，我数了一下，从大桥到体育馆这一段原来有九个，现在只剩四个了。有的杆子上只剩一根挂绳。
东西不值钱，可这是给大家用的。拿回家的朋友，要是家里用得着，就当借的，用完还回来吧。也建议城管局在挂钩上加个锁扣，别让人一拿就走。
""",
    ),
    dict(
        slug="bakou-teahouse-forum-caller-complaint-junk",
        site="峇口茶馆论坛 (invented town forum, text)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.bakouchaguan.com/viewthread.php?tid=20931",
        title="镇卫生院的叫号器老是喊错号，能不能修一修",
        record_title="[槽点直播] 镇卫生院的叫号器老是喊错号，能不能修一修（恳请转给卫生院）",
        date=None,
        notes="town forum text: anti-scraping junk as lines and glued; an official reply floor; relative times "
        "only; no date",
        page="""
!m 峇口茶馆论坛 — 喝茶、摆龙门阵、说峇口事
!m 首页 » 民生吐槽 » 帖子
!t [槽点直播] 镇卫生院的叫号器老是喊错号，能不能修一修（恳请转给卫生院）
!m 楼主 赶场天　｜　发表于 昨天 21:14　｜　查看 967　回复 18
{BODY}
!l 沙发 卫生院办公室（认证）：感谢反映，设备已报修，本周内修好，期间请留意窗口人工叫号。
!l 板凳 峇口老街坊：上个月我也遇到过，白等了四十分钟
!a 游客请先登录再回帖　［登录］［注册］
!m 峇口茶馆论坛　Powered by Discuz! 7.2
""",
        junk=dict(lines=2, glued=2),
        body="""
今天上午带我妈去镇卫生院看腰，取了个17号。候诊的时候那个叫号器一会儿喊“请17号到2诊室”，屏幕上显示的却是21号，一会儿又喊“请19号”，搞得一屋子人都站起来。
我问导诊台的护士，她说机器上个月就不太灵了，一直在等人来修。
后来是护士拿着单子一个一个喊名字，才没乱套。我妈等了一个多钟头，腰都坐僵了。
卫生院的医生护士都挺辛苦的，这个不怪他们。但叫号器坏了一个月都没人修，是不是该有人管一管？
""",
    ),
    dict(
        slug="qingyou-download-stamp-club-rules-doc-gb2312",
        site="青柚资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规章制度",
        kind="rule",
        form="html",
        source="http://www.qingyouziliao.com/soft/jiaoyu/2025/30417.html",
        title="橡皮章社团活动安全管理制度",
        record_title="橡皮章社团活动安全管理制度.doc",
        date=None,
        notes="old gb2312 download page: file-info table, three download links, an unzip password and a dead-link "
        "report; 第N条 articles, one speaking of printing a log as content; rules with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>橡皮章社团活动安全管理制度.doc - 青柚资料站</title>
<script language="javascript" src="/js/qy_ads.js"></script>
</head>
<body>
<table width="950" align="center" border="0"><tr>
<td>⟦m 青柚资料站⟧ ⟦m 教案课件·规章范本·一站下齐⟧</td>
<td align="right">⟦a <a href="/user/login.asp">会员登陆</a> | <a href="/user/reg.asp">免费注册</a> | <a href="/user/tougao.asp">投稿赚积分</a>⟧</td></tr></table>
<table width="950" align="center" bgcolor="#5c8a2f"><tr><td>⟦m <a href="/">首页</a> | <a href="/jaks/">教案课件</a> | <a href="/gzzd/">规章制度</a> | <a href="/sjtk/">试卷题库</a> | <a href="/top/">排行榜</a>⟧</td></tr></table>
<table width="950" align="center"><tr><td>⟦m 当前位置：青柚资料站 >> 规章制度 >> 学校管理⟧</td></tr></table>
<table width="950" align="center" border="1" bordercolor="#cfe0bd" cellpadding="3">
<tr><td width="120">⟦m 资料名称⟧</td><td>⟦t 橡皮章社团活动安全管理制度.doc⟧</td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 26 KB⟧</td></tr>
<tr><td>⟦m 资料格式⟧</td><td>⟦m .doc（Word 97-2003）⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 2025-04-02 09:41:17⟧</td></tr>
<tr><td>⟦m 下载次数⟧</td><td>⟦m 本周 38　总计 1206⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>
<h3>⟦m 资料预览：⟧</h3>
{BODY}
</td></tr></table>
<table width="950" align="center" bgcolor="#f2f7ec"><tr><td>
⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通备用下载⟧<br>⟦a 下载地址三：本地直链⟧<br>
⟦a 解压密码：www.qingyouziliao.com⟧<br>
⟦a 链接失效？点此向站长报告⟧
</td></tr></table>
<table width="950" align="center"><tr><td>
⟦d 本站资料均来源于网络及会员上传，仅供学习研究，下载后请于24小时内删除。⟧<br>
⟦m Copyright 2009-2025 青柚资料站　闽ICP备09004512号⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为保障学生在橡皮章社团活动中的人身安全，规范刻刀等工具的使用，结合本校实际，制定本制度。
第二条　社团活动须在指定的美术教室进行，指导教师全程在场，不得让学生单独使用刻刀。
第三条　刻刀、美工刀由社团指导教师统一保管，活动开始时按人数发放，结束时清点收回，数量不符的不得下课。
第四条　学生刻制时刀口一律朝外，不得持刀走动、打闹，不得用刻刀刻画桌椅。
第五条　社团每学期初打印一份工具领用登记表，贴在教室门后，每次活动的发放和收回情况由值日社员登记。
第六条　活动中发生划伤的，指导教师应立即进行止血消毒，并及时通知班主任和家长。
第七条　本制度由学校德育处负责解释，自发布之日起施行。
""",
    ),
]
