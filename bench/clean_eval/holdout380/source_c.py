"""holdout380, part C: personal collections, Party-building sites, hospitals, colleges, county forums.

Invented text (see ../README.md and ../build.py for the markup). Written by hand for this part.
"""

CASES = [
    # 23 ── 个人文集 · HTML (old gb2312 table layout) · whiteboard magnets · memoir
    dict(
        slug="collection-fenbi-memoir-magnet-box-gb2312",
        site="《粉笔余温》——昂水退休教师严松年文集 (invented, old table layout, gb2312)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.fenbiyuwen.example.net/wenji/juan2/014.htm",
        title="讲台边的磁钉盒",
        record_title="〈粉笔余温〉之十四：讲台边的磁钉盒",
        date=None,
        notes="a retired teacher's gb2312 collection with a marquee, volume links, a visitor counter and the "
        "author's mailbox; the memoir has years (one in Chinese numerals) but no date; the last-modified "
        "stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〈粉笔余温〉之十四：讲台边的磁钉盒</title>
<style type="text/css">body{font-size:14px;line-height:180%}</style>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#fdfbf3">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><marquee behavior="alternate" scrollamount="2">⟦m 粉笔写了半辈子，退下来再写写自己——严松年⟧</marquee></td></tr>
<tr><td align="center"><font size="5">⟦m 粉笔余温⟧</font></td></tr>
<tr><td align="center">⟦m 〔卷一·讲台〕 〔卷二·学生〕 〔卷三·昂水旧事〕 〔留言簿〕⟧</td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="8" cellspacing="0">
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td class="wen">
{BODY}
</td></tr>
<tr><td align="center">⟦l ←前一篇：第一次家访⟧　｜　⟦l 回卷二目录⟧　｜　⟦l 后一篇：那年的毕业照→⟧</td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center">⟦m 本文集开办以来已有 021936 人次翻阅⟧</td></tr>
<tr><td align="center">⟦w 读者来信请寄：yansongnian_ang@example-mail.cn⟧</td></tr>
<tr><td align="center">⟦d 文集文字为严松年本人所写，转载请先来信，谢谢。⟧</td></tr>
<tr><td align="center">⟦m 本页最后修改：2024年1月6日⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我在眭坪中学教了三十四年书，前二十多年用的都是木头黑板，挂图只能用图钉按在黑板上方的木条上，一节课下来手指头常被扎破。
二〇〇六年学校第一次换白板，总务主任给每个教室发了一小盒磁钉，五颜六色的，像一盒糖豆。我把地图往白板上一贴，四角各压一颗，稳稳当当，心里那个高兴，下课还舍不得取下来。
后来有个调皮的学生把两颗磁钉隔着手掌吸着玩，吸得手心发紫。我没收了磁钉，却也从此养成一个习惯：每节课下课前数一遍磁钉，少一颗就不让学生离开教室。
退休那年，我把用了多年的磁钉盒留给了接班的小杨老师。盒子里一共二十四颗，一颗不少。
""",
    ),
    # 24 ── 个人文集 · text (one line) · voice recorders · memoir
    dict(
        slug="collection-zhishang-memoir-first-recorder-oneline",
        site="《纸上足音》——楀阳老报人卢振川文集 (invented, text capture)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://zhishangzuyin.example.org/juan1/07.html",
        title="我的第一支录音笔",
        date=None,
        notes="the record's title as is; the whole memoir on one line, paragraphs separated only by their "
        "indent; years in the text but no date; chapter links and a visitor counter",
        page="""
!m 《纸上足音》——楀阳老报人卢振川文集
!m 第一辑　跑新闻的日子　·　第七篇
{T}
{BODY}
!l 上一篇：夜班编辑部　　下一篇：山里的护林员
!m 文集累计访问：58,206
!w 与作者联系：luzhenchuan_yy@example-mail.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九九八年春天，报社给采访部配了三支录音笔，我抢到了其中一支。那是个巴掌长的银色家伙，只能录四十分钟，电池还得用七号的。
在那之前，我们采访全靠一支笔、一个本。遇到说话快的受访者，我就用自己琢磨的速记符号，回去再连蒙带猜地整理。有了录音笔，我第一次敢把一位老农的原话一字不差地写进稿子里。
可录音笔也惯坏了我。有一回去山里采访护林员，回来才发现录音笔没电，整整两个小时什么都没录上，只好凭记忆写稿。那篇稿子后来获了奖，老主任却说，这篇写得最好，因为是用心记的。
如今我退休多年，那支录音笔早已不能用了，我一直把它和那本写满速记符号的采访本放在一起。
""",
    ),
    # 25 ── 党建网 · HTML · electric heating film · speech (date in Chinese numerals under the title)
    dict(
        slug="party-jiuling-speech-heating-film-vanguard",
        site="樛岭先锋网 (invented district Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jiulingxianfeng.example.cn/ldjh/202410/t20241018_7712.html",
        title="在全区清洁取暖电热膜入户工程党员先锋队授旗仪式上的讲话",
        record_title="【先锋·暖心工程】在全区清洁取暖电热膜入户工程党员先锋队授旗仪式上的讲话 - 樛岭先锋网",
        date="2024-10-16",
        date_also=["2024-10-18"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; speaker line (neutral) and a "
        "date in Chinese numerals under the title; the portal's posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【先锋·暖心工程】在全区清洁取暖电热膜入户工程党员先锋队授旗仪式上的讲话 - 樛岭先锋网</title>
<script src="/js/djw.js"></script>
</head>
<body>
<div class="dj-head">⟦m 樛岭先锋网 · 中共暐城市樛岭区委组织部主办⟧</div>
<ul class="dj-nav"><li>⟦m 先锋首页⟧</li><li>⟦m 组工动态⟧</li><li>⟦m 领导讲话⟧</li><li>⟦m 先锋风采⟧</li><li>⟦m 党员教育⟧</li></ul>
<div class="dj-pos">⟦m 当前位置：首页 » 领导讲话⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-meta">⟦m 发布日期：2024-10-18　来源：区委组织部　作者：组织科⟧</div>
<p class="speaker">区委组织部副部长　聂思远</p>
<p class="sdate">（二〇二四年十月十六日）</p>
<div class="dj-body">
{BODY}
</div>
<div class="dj-study">⟦a 本文已计入“樛岭e学”积分，阅读满 3 分钟得 1 分⟧</div>
<div class="dj-qr">⟦a 扫一扫，用手机继续学习本文⟧</div>
<div class="dj-pn">⟦l 上一篇：全区组织工作推进会召开⟧　⟦l 下一篇：在“两新”组织党建工作会上的讲话⟧</div>
</div>
<div class="dj-foot">
<p>⟦m 主办：中共暐城市樛岭区委组织部　联系电话：0791-8602217⟧</p>
<p>⟦m 赣ICP备16009184号-4⟧</p>
</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们在这里为全区清洁取暖电热膜入户工程党员先锋队授旗。这支队伍由区供电公司、住建局和各街道的46名党员组成，任务就是赶在供暖季前，把电热膜铺进2100户老旧小区居民家中。
电热膜入户是今年区委、区政府确定的十件民生实事之一。这项工作看似简单，其实涉及线路改造、施工安全、费用结算，每一户情况都不一样。希望先锋队的同志们做到三点：
一要把安全放在首位。每一户施工前都要检查入户线路容量，铺设完成后逐户做绝缘测试，决不能留下隐患。
二要把群众满意作为标准。施工前讲清楚电价和使用方法，完工后教会老人用温控器，做到“装一户、教一户、回访一户”。
三要把党员身份亮出来。每个施工点都要挂牌公示党员责任人和联系电话，让群众有事找得到人。
同志们，天一天比一天冷了，群众在等着我们。希望大家把旗帜插在一线，让党旗在暖心工程中高高飘扬！
""",
    ),
    # 26 ── 党建网 · text · heated insoles · 总结 with a table
    dict(
        slug="party-guoxi-summary-warm-feet-volunteers-table",
        site="漍溪党建 (invented county Party-building site, text capture)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.guoxidj.example.cn/jcdj/2025/0110/2208.html",
        title="渶口镇机关党支部2024年冬季“暖足行动”志愿服务总结",
        date="2025-01-08",
        date_also=["2025-01-10"],
        notes="the record's title as is; a data table one row a paragraph; a photo caption between paragraphs "
        "and a study prompt glued after a sentence; 成文日期 under the signature, the site's date also accepted",
        page="""
!m 漍溪党建　｜　基层党建　｜　支部风采
{T}
!m 日期：2025-01-10　　来源：渶口镇党委　　点击：417
!a 【大字】【小字】【打印】【关闭】
{BODY}
!l 相关阅读：渶口镇开展“党员进网格”志愿服务
!m 中共漍溪县委组织部　主办　　赣ICP备13007710号
""",
        indent="\u3000\u3000",
        body="""
2024年12月，镇机关党支部组织党员开展“暖足行动”志愿服务，为环卫工人、交通协管员等户外劳动者送去电热鞋垫，现将活动情况总结如下。
一、主要做法
支部通过党员认捐、爱心企业捐赠的方式筹集资金1.86万元，统一采购带过热保护的低压电热鞋垫。党员志愿者分成4个小组，利用早晚交接班时间上门发放，并现场教大家充电和调温。⟦a 学习强支部，打卡不掉队——点此进入党员学习积分⟧
⟦m 图：党员志愿者为环卫工人试穿电热鞋垫⟧
二、发放情况
对象　人数　发放数量（副）
环卫工人　68　68
交通协管员　21　21
快递外卖骑手　45　45
合计　134　134
三、存在的不足
一是部分骑手流动性大，仍有约20人未能领到；二是对鞋垫使用后的跟踪回访还不够。
下一步，支部将把“暖足行动”作为常态化志愿服务项目，明年入冬前提早摸底，做到应发尽发。
渶口镇机关党支部
2025年1月8日
""",
    ),
    # 27 ── 医院官网 · HTML · water softeners · 通知 with a schedule table (dept line beside booking lines)
    dict(
        slug="hospital-weicheng-third-dialysis-softener-notice",
        site="暐城市第三人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wc3hospital.example.cn/yygk/tzgg/2024-08-20/1466.html",
        title="关于血液净化中心水处理系统软水器检修期间调整透析时间的通知",
        record_title="【患者须知】关于血液净化中心水处理系统软水器检修期间调整透析时间的通知-病友服务-暐城市第三人民医院",
        date="2024-08-19",
        date_also=["2024-08-20"],
        notes="hospital site with a booking float, a 24-hour line and an experts list; a schedule table one row a "
        "paragraph; the centre's own 咨询电话 beside the hospital's booking and 24-hour lines; 成文日期 under "
        "the signature, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【患者须知】关于血液净化中心水处理系统软水器检修期间调整透析时间的通知-病友服务-暐城市第三人民医院</title>
<script src="/static/js/hospital.js"></script>
</head>
<body>
<div class="h-top">⟦m 暐城市第三人民医院　三级综合医院⟧　⟦m 预约挂号：0791-8520120⟧　⟦m 24小时急诊：0791-8520999⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 病友服务⟧</li></ul>
<div class="h-crumb">⟦m 首页 ＞ 病友服务 ＞ 通知公告⟧</div>
<div class="h-art">
<h1>{T}</h1>
<p class="h-info">⟦m 发布时间：2024-08-20　发布部门：血液净化中心　浏览量：2088⟧</p>
<div class="h-con">
{BODY}
</div>
<p class="h-share">⟦l 转发给病友：微信 ｜ 朋友圈 ｜ 复制链接⟧</p>
</div>
<div class="h-side">
<h4>⟦l 肾内科专家⟧</h4>
<p>⟦l 万国华　主任医师　周一上午、周四全天⟧</p>
<p>⟦l 岑思雨　副主任医师　周二、周五上午⟧</p>
</div>
<div class="h-float">⟦a 在线预约 · 智能导诊 · 报告查询⟧</div>
<div class="h-foot">
<p>⟦m 地址：暐城市樛岭区康宁路88号　邮编：330017⟧</p>
<p>⟦d 本网站所载健康信息仅供参考，不能替代医生面诊。⟧</p>
<p>⟦m 赣ICP备09012215号　医疗机构执业许可证号：PDY00417836010211A1001⟧</p>
</div>
</body>
</html>
""",
        body="""
各位透析患者及家属：
为保障透析用水质量，我院血液净化中心将于2024年8月24日至25日对水处理系统的软水器进行更换树脂和全面检修。检修期间透析用水供应能力减半，部分患者的透析时间需要调整，具体安排如下：
透析日期　原班次　调整后班次
8月24日（周六）　上午班　改为8月23日（周五）晚班
8月24日（周六）　下午班　正常进行
8月25日（周日）　全天　改为8月26日（周一）上午、下午加班
请相关患者按调整后的时间到院透析。如有特殊情况，请提前与主管医生联系。
血液净化中心咨询电话：0791-8523416（工作日8:00—17:30）
给您带来的不便，敬请谅解。
暐城市第三人民医院血液净化中心
2024年8月19日
""",
    ),
    # 28 ── 医院官网 · text · heated insoles · health article (byline date)
    dict(
        slug="hospital-yuyang-tcm-diabetic-foot-insoles",
        site="楀阳县中医院 (invented, text capture)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.yyxzyy.example.cn/jkkp/2024/1212/903.html",
        title="糖尿病足患者，电热鞋垫慎用！",
        record_title="【杏林说健康】糖尿病足患者，电热鞋垫慎用！_楀阳县中医院",
        date="2024-12-12",
        notes="hospital article; the byline's 发布时间 is the page's date; a booking prompt between paragraphs; "
        "a reviewer line glued after the last sentence",
        page="""
!m 楀阳县中医院　　门诊预约：0797-5560120
!m 首页 > 健康科普 > 内分泌科
{T}
!m 发布时间：2024-12-12　　作者：内分泌科　　阅读：1,544
{BODY}
!l 上一篇：冬季进补，这三类人要当心
!l 下一篇：老寒腿艾灸有讲究
!d 本文为科普内容，具体诊疗请遵医嘱。
!m 楀阳县中医院 版权所有　地址：楀阳县杏林路12号　赣ICP备12003396号
""",
        indent="\u3000\u3000",
        body="""
入冬以来，我院内分泌科接连收治了3名因使用电热鞋垫导致足部烫伤的糖尿病患者，其中一位68岁的老人脚底起了硬币大小的水疱，住院治疗了两周。
内分泌科主任医师祁远航介绍，糖尿病患者常伴有周围神经病变，脚对冷热和疼痛的感觉变得迟钝，鞋垫温度过高时自己往往察觉不到，等发现时已经烫伤。加上血糖控制不好，伤口愈合慢，小水疱也可能发展成难以愈合的溃疡。
⟦a 糖尿病足专病门诊每周三开诊，点此在线挂号⟧
医生建议，糖尿病患者冬季足部保暖宜选厚棉袜和宽松保暖鞋，尽量不用电热鞋垫、暖水袋和电热毯直接接触脚部。每天睡前用手或镜子检查双脚，发现红肿、水疱要及时就医。
洗脚水温不要超过37摄氏度，最好让家人先试一试水温。⟦m 审核：内分泌科　祁远航⟧
""",
    ),
    # 29 ── 高校官网 · HTML · voice recorders · college news (title missing: <h1>; dotted byline date)
    dict(
        slug="college-weicheng-media-alumnus-donates-recorders",
        site="暐城传媒职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wcmedia-college.example.edu.cn/xwzx/xyxw/2024/0517/5120.html",
        title="校友韦嘉树向学生记者团捐赠20支录音笔",
        record_title=None,
        date="2024-05-17",
        notes="no title in the record: the college page's <h1>; the dotted byline date is the page's date; a "
        "campus-photos link between paragraphs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>学院新闻-暐城传媒职业学院</title>
<script src="/_js/jquery.min.js"></script>
</head>
<body>
<div class="cl-top">⟦m 暐城传媒职业学院 WEICHENG MEDIA VOCATIONAL COLLEGE⟧ <span>⟦m 信息门户 ｜ 图书馆 ｜ 招生网⟧</span></div>
<ul class="cl-nav"><li>⟦m 学院概况⟧</li><li>⟦m 新闻中心⟧</li><li>⟦m 教学科研⟧</li><li>⟦m 招生就业⟧</li></ul>
<div class="cl-pos">⟦m 您的位置：首页 > 新闻中心 > 学院新闻⟧</div>
<div class="cl-art">
<h1>{T}</h1>
<p class="cl-meta">⟦m 2024.05.17　作者：学生记者团 唐宁　摄影：莫一凡　审核：冯静　点击：486⟧</p>
<div class="cl-con">
{BODY}
</div>
<p class="cl-close">⟦a 【关闭】⟧</p>
</div>
<div class="cl-foot">⟦m 暐城传媒职业学院 版权所有　地址：暐城市樛岭区学府大道1号　赣ICP备14006628号⟧</div>
</body>
</html>
""",
        body="""
5月15日，我院新闻与传播系校友、暐城日报社首席记者韦嘉树回到母校，为学生记者团捐赠了20支录音笔，并为团员们上了一堂“怎样做好一次采访”的实训课。
韦嘉树结合自己十余年的采访经历，讲解了采访前的准备、提问的技巧和录音整理的方法。他说，录音笔能帮记者留住原话，但采访时更要用眼睛观察、用心倾听，不能把所有事都交给机器。
⟦l 更多现场照片请进入“传媒视界”图片频道⟧
新闻与传播系主任冯静表示，捐赠的录音笔将统一纳入实训室管理，供学生记者团采访校园活动时借用。
据了解，学生记者团成立于2016年，现有团员58人，每年在校报和学院公众号刊发稿件200余篇。
""",
    ),
    # 30 ── 高校官网 · text · whiteboard magnets · college news (byline date)
    dict(
        slug="college-shichuan-normal-safe-magnets-news",
        site="栻川师范高等专科学校 (invented, text capture)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://hq.scsz.example.edu.cn/info/1031/2674.htm",
        title="教学楼86间教室换装安全型白板磁钉",
        record_title="教学楼86间教室换装安全型白板磁钉-后勤快讯-栻川师范高等专科学校后勤管理处",
        date="2024-09-06",
        notes="college department page; the byline's 发布日期 is the page's date; a print/close row and "
        "prev/next links",
        page="""
!m 栻川师范高等专科学校　后勤管理处
!m 首页　机构设置　后勤快讯　服务指南　下载专区
!m 当前位置：首页 >> 后勤快讯 >> 正文
{T}
!m 发布日期：2024年09月06日　　供稿：物业科　　浏览：[ 311 ]
{BODY}
!a 【打印此页】　【返回顶部】　【关闭窗口】
!l 上一条：新学期学生公寓维修情况通报
!l 下一条：食堂“光盘行动”倡议
!m Copyright © 栻川师范高等专科学校后勤管理处　报修电话：0795-7739110
""",
        indent="\u3000\u3000",
        body="""
暑假期间，学校后勤管理处对教学楼86间教室的白板配件进行了更新，将原来的小型强磁钉全部更换为直径35毫米的安全型磁钉。
后勤管理处处长钟立群介绍，学校附属小学的学生常到教学楼参加活动，旧磁钉直径只有8毫米，存在被误吞的隐患。新磁钉外面包有硅胶壳，吸力适中，一颗能压住10张A4纸。
此次共更换磁钉2600余颗，每间教室配备一个带盖收纳盒。后勤管理处还在每间教室张贴了磁钉使用提示，请任课教师课后将磁钉放回盒内。
旧磁钉已统一回收，将交由有资质的单位处理。
""",
    ),
    # 31 ── 地方论坛 · text (junk) · water softeners · county-forum post
    dict(
        slug="countyforum-guoxi-softener-salt-who-refills-junk",
        site="漍溪在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.guoxi-online.example.cn/thread-661203-1-1.html",
        title="村里统一装的软水机，加盐有人管吗？",
        record_title="〔民生杂谈〕村里统一装的软水机，加盐有人管吗？（急，在线蹲） - 漍溪在线 - 百姓话题",
        date=None,
        notes="county-forum post with a weather line, medals, junk as lines and glued after 。, a decoration ad "
        "and a forward-to-department link; 'yesterday 20:13' is no date",
        page="""
!m 漍溪在线 — 漍溪人自己的网上家园
!m 今日漍溪：多云 3℃～11℃　东北风2级
!m 漍溪在线 › 百姓话题 › 民生杂谈
!t 〔民生杂谈〕村里统一装的软水机，加盐有人管吗？（急，在线蹲）
!m 楼主　渶口老张头　　勋章：热心乡亲 · 五年老友　　发表于 昨天 20:13
{BODY}
!a 【转给县供水公司】　【我也有同样问题（61）】
!l 沙发　漍溪小灵通：已帮你@县供水公司官方号，等回复
!l 板凳　渶口人在外：我们组也一样，盐早就没了
!w 【广告】漍溪惠家装饰：全包装修每平米 699 起，微信 gxhj_zs88
!a 回帖请先登录
!m 漍溪在线 © 2008-2024　赣ICP备08011226号
""",
        junk=dict(lines=2, glued=3),
        body="""
去年镇里给我们村统一装了软水机，说是县里补贴的，装的时候师傅讲了一遍怎么加盐就走了。
头半年挺好，烧水壶不结垢了，洗衣服也省洗衣粉。可最近一个月水又变硬了，我打开盐箱一看，盐早就用完了。我去镇上买了袋食盐倒进去，邻居说不行，得用专门的软水盐。
问题来了：软水盐镇上没得卖，网上买一袋二十五公斤的要六七十块，运费还贵。村里装了两百多台，都是老人在家，好多人根本不知道要加盐。
想问问有没有懂的朋友，当初装的时候说的三年维保包不包加盐？这个事该找镇里还是找供水公司？
""",
    ),
    # 32 ── 地方论坛 · HTML (jammer fonts) · voice recorders · lost-and-found post (title missing)
    dict(
        slug="countyforum-yuyang-found-recorder-jammer",
        site="楀阳生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yuyanglife.example.cn/forum.php?mod=viewthread&tid=118842",
        title="捡到一支录音笔，失主请联系",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; jammer-font junk inside the post; a weather line, "
        "medals and a decoration ad; '3 hours ago' is no date",
        page="""
<html>
<head>
<meta charset="gbk">
<title>楀阳生活网论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="data/cache/common.js"></script>
</head>
<body>
<div id="toptb">⟦m 楀阳 今天 晴 -1℃～8℃⟧　⟦a 登录　注册⟧</div>
<div id="hd">⟦m 楀阳生活网论坛 · 楀阳人的网上客厅⟧</div>
<div id="pt">⟦m 论坛 › 楀阳民生 › 失物招领⟧</div>
<div class="pl">
<div class="pls">⟦m 人民路老王⟧<br>⟦m 积分 863　在线 1204 小时⟧<br>⟦m 勋章：热心肠⟧</div>
<div class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 小时前 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 支持　反对　收藏　分享　举报⟧</div>
</div>
</div>
<div class="reply">⟦l 1楼 楀阳小囡：帮顶，希望失主早点看到⟧</div>
<div class="reply">⟦l 2楼 路过的记者：像是我们单位的，我问问同事⟧</div>
<div class="ad">⟦w 楀阳百合家政 保洁/月嫂 电话 0797-5588216⟧</div>
<div id="ft">⟦m 楀阳生活网 ( 赣ICP备10004521号 )　|　手机版　|　Archiver⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
今天早上七点多，我在县城人民路公交站台的长椅上捡到一支黑色录音笔，机身上贴着一张小标签，写着“采访组02”。
我等了半个多小时没人来找，怕被别人拿走，就先带回来了。开机看了一下，里面有十几个录音文件，我没有点开听，估计是哪个单位或者记者丢的，里面的东西应该挺重要。
失主请通过论坛私信联系我，说出录音笔的颜色、品牌和标签内容，核对无误后可以到人民路派出所旁边的水果店找我取。
也麻烦大家帮忙转一转，谢谢！
""",
    ),
]
