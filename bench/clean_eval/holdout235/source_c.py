"""holdout235, part C: Q&A sites, personal collections, Party-building sites, hospitals, colleges.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-jiehuoba-lost-library-card-html",
        site="解惑吧 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiehuoba.com/q/60718842.html",
        title="借书证丢了怎么补办？需要带什么材料？",
        record_title=None,
        date=None,
        notes="Q&A: title missing, found as the question; adopted-answer badge, helpful counts, other answers and "
        "related questions; the answer time is relative (3 天前); a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>借书证丢了怎么补办？需要带什么材料？_解惑吧</title>
</head>
<body>
<div class="jh-head"><a href="/">⟦m 解惑吧⟧</a> ⟦m 有疑问，来解惑⟧ <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="jh-cat">⟦m 解惑吧 › 生活 › 文化教育⟧</div>
<div class="jh-q">
<h1>{T}</h1>
<div class="jh-q-meta">⟦m 提问者：书虫阿布　浏览 3409 次⟧</div>
</div>
<div class="jh-best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="jh-a-user">⟦m 图书馆员老谭　回答于 3 天前⟧</div>
<div class="jh-a-body">
{BODY}
</div>
<div class="jh-a-vote">⟦a 有帮助 128　没帮助 3⟧　⟦a 评论(6)⟧　⟦a 分享⟧</div>
</div>
<div class="jh-others"><h3>⟦l 其他 2 条回答⟧</h3>
<p>⟦l 热心网友：我上个月刚补过，带身份证去就行，十分钟搞定。⟧</p>
<p>⟦l 匿名用户：不同图书馆规定不一样，先打电话问问最稳妥。⟧</p></div>
<div class="jh-related"><h3>⟦l 相关问题⟧</h3>
<p>⟦l 借书证可以借给别人用吗？⟧</p>
<p>⟦l 图书馆借书逾期了会影响征信吗？⟧</p></div>
<div class="jh-foot">⟦m ©2024 解惑吧 jiehuoba.com⟧ ⟦d 回答内容均由网友提供，仅代表个人观点。⟧</div>
</body>
</html>
""",
        body="""
借书证丢了不用着急，按下面几步办就行：
1. 先挂失。第一时间打电话给图书馆，或者在图书馆公众号里点“证件挂失”，挂失以后别人就不能用你的证借书了。
2. 带材料去补办。一般需要本人身份证原件，有的馆还要一张一寸照片，到服务台填一张补办申请表就行。
3. 交工本费。补办一般收5到10元工本费，原来的押金和借阅记录会转到新证上。
4. 处理未还的书。如果挂失前证上还有没还的书，补办时要一并处理，按时还掉就不会产生逾期费。
另外提醒一句，现在很多图书馆都能领电子借书证，补办期间可以先用电子证借书。
""",
    ),
    dict(
        slug="qa-chushi-kitchen-timer-silent-text",
        site="厨事问答 (invented Q&A site), text",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.chushiwenda.com/question/118275",
        title="厨房计时器到点了不响是什么原因？",
        record_title="厨房计时器到点了不响是什么原因？_厨事问答",
        date=None,
        notes="Q&A text: the answer's time is 昨天 (no date); vote line and an ad line between paragraphs; "
        "other answers below",
        page="""
!m 厨事问答 | 厨房里的问题都能问
!m 问答首页 ＞ 厨具家电 ＞ 小家电
!t 厨房计时器到点了不响是什么原因？
!m 2个回答　·　被浏览 1502 次
!m 最佳回答　小家电维修铺老板　昨天 20:14
{BODY}
!a 👍 赞同 86　　💬 评论 4　　⭐ 收藏
!l 其他回答：直接买个新的吧，十几块钱一个。
!l 你可能还想问：微波炉定时旋钮不回零怎么办？
!m 厨事问答 chushiwenda.com　京ICP备20030517号
""",
        body="""
机械计时器和电子计时器不响，原因不太一样，分开说。
机械的：一是发条没拧到位，定时不足一分钟时铃锤可能敲不下去，建议先拧到最大再回到需要的时间；二是铃片被油污粘住，可以用棉签蘸酒精擦一下；三是摔过以后铃锤变形，这种就只能换了。
⟦a 【广告】厨房小家电上门维修，同城2小时到⟧
电子的：一是电池电量低，屏幕还亮但蜂鸣器不响，换新电池试试；二是被调成了静音，很多型号同时按住“分”“秒”两个键就能切换；三是蜂鸣器孔被油烟堵住，用牙签轻轻清一下。
如果以上都试过还是不响，八成是蜂鸣器坏了，几十块钱的计时器不值得修，直接换一个吧。
""",
    ),
    dict(
        slug="collection-laoyouchai-memoir-village-board-gb2312",
        site="老邮差文集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laoyouchai.net/wj/youlu/07.htm",
        title="村口那块宣传栏",
        record_title="《邮路拾遗》之七：村口那块宣传栏 — 老邮差文集",
        date=None,
        notes="old table page: marquee, chapter links, a page counter and the author's mailbox; a memoir with only "
        "a 写于 line (no date); the decorated title in the record",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《邮路拾遗》之七：村口那块宣传栏 — 老邮差文集</title>
</head>
<body bgcolor="#FFFBEF">
<table width="800" align="center" border="0">
<tr><td align="center"><font size="5" color="#006633">⟦m 老邮差文集⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 三十一年邮路，一辆自行车，写给走过的每一个村子。⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="/">文集首页</a> ｜ <a href="/wj/youlu/">邮路拾遗</a> ｜ <a href="/wj/jiashi/">家事</a> ｜ <a href="/ly.asp">留言簿</a>⟧</td></tr>
</table>
<table width="800" align="center" border="0">
<tr><td align="center"><font size="4"><b>⟦m 《邮路拾遗》之七⟧</b></font></td></tr>
<tr><td align="center"><font size="4">{T}</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 之六：雪天送汇款单⟧　⟦l 目录⟧　⟦l 之八：最后一封挂号信 →⟧</td></tr>
</table>
<table width="800" align="center">
<tr><td align="center">⟦m 本页已被阅读 2716 次⟧</td></tr>
<tr><td align="center">⟦w 欢迎来信：laoyouchai1958@163.com⟧</td></tr>
<tr><td align="center">⟦d 文集文字均为作者原创，转载请先来信。⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我在鹔口镇当了三十一年乡邮员，每天骑车经过最多的，是各村村口的宣传栏。
那时的宣传栏是砖砌的，抹一层水泥，刷上白灰，再用红漆写上标题。村里的通知、农技小常识、表彰的光荣榜，都用浆糊贴在上面。下雨天纸一泡就烂，我常常看见支书打着伞在栏前重新贴。
我送报纸时，习惯在宣传栏前停一停，把当天的报纸夹在栏边的木夹子上。不识字的老人围过来，让我念给他们听。
前年回去，村口换成了不锈钢的宣传栏，玻璃门还上了锁。我站在前面看了很久，里面的字都很整齐，只是再没有人围着听了。
写于二〇二三年冬
""",
    ),
    dict(
        slug="collection-wanchuang-first-library-card-oneline",
        site="晚窗杂记 (invented personal collection), text",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://wanchuangzaji.cn/juan2/jieshuzheng.html",
        title="我的第一张借书证",
        record_title="我的第一张借书证（晚窗杂记·卷二）",
        date=None,
        notes="memoir on one line, paragraphs separated only by their indent; a year only in the text, no date",
        page="""
!m 晚窗杂记 · 一个退休语文教师的文字
!m 卷一 少年　｜　卷二 读书　｜　卷三 教书
!t 我的第一张借书证（晚窗杂记·卷二）
{BODY}
!l 上一篇：县城的新华书店　　下一篇：借来的《唐诗三百首》
!m 本卷共收文十二篇，已读 8 篇
!d 晚窗杂记文字未经许可请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九八六年秋天，我在县城读初二，语文老师带我们去县图书馆办借书证。
那是一张淡黄色的硬纸卡，贴着一寸黑白照片，盖着图书馆的红章。办证要交两块钱押金，我攒了一个月的早饭钱。
第一次借的是《林海雪原》，借期十五天。我每天晚上在煤油灯下读到很晚，只用了六天就读完了，又跑去换了一本。
借书证背面有一格一格的借阅记录，管理员每借出一本就盖一个小章。到初中毕业，背面的格子盖满了，我又去换了一张新的。
后来搬了几次家，那两张借书证都不知去向了，可那种攥着借书证往图书馆跑的心情，我一直记得。
""",
    ),
    dict(
        slug="party-jiaohu-host-script-pioneer-board-html",
        site="漖湖区机关党建网 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="html",
        source="http://www.jhjgdj.gov.cn/zbfc/2024/0628/3310.html",
        title="机关党员先锋宣传栏揭牌仪式主持词",
        record_title="【机关支部】机关党员先锋宣传栏揭牌仪式主持词_漖湖区机关党建网",
        date="2024-06-28",
        notes="Party-building portal: study-points prompt, read-on-phone QR line; a host script whose only date is "
        "the page's 发布时间 (taken as the page's date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【机关支部】机关党员先锋宣传栏揭牌仪式主持词_漖湖区机关党建网</title>
<link rel="stylesheet" href="/css/dj.css">
</head>
<body>
<div class="dj-top">⟦m 漖湖区机关党建网⟧ ⟦m 区直机关工委主办⟧</div>
<div class="dj-nav">⟦m 首页　工委动态　支部风采　学习园地　党员之家　廉政建设⟧</div>
<div class="dj-loc">⟦m 您的位置：首页 - 支部风采⟧</div>
<div class="dj-art">
<h2>{T}</h2>
<div class="dj-info">⟦m 发布时间：2024-06-28　供稿：机关第二党支部　浏览：372⟧</div>
<div class="dj-points">⟦a 阅读满3分钟可获得1个学习积分⟧</div>
<div class="dj-con">
{BODY}
</div>
<div class="dj-qr">⟦a 手机扫码　随时随地看党建⟧</div>
<div class="dj-pn">⟦l 上一篇：机关第一党支部开展“七一”主题党日活动⟧<br>⟦l 下一篇：区直机关党员志愿服务队走进漖西社区⟧</div>
</div>
<div class="dj-foot">⟦m 中共漖湖区直属机关工作委员会　地址：漖湖区政务中心5楼⟧<br>⟦m 湘ICP备15020166号-2⟧</div>
</body>
</html>
""",
        body="""
各位领导、同志们：
大家上午好！今天，我们在这里举行机关党员先锋宣传栏揭牌仪式。出席今天仪式的有区直机关工委副书记曹文涛同志，以及机关各支部党员代表40余人。
党员先锋宣传栏设在机关办公楼一楼大厅，共分“支部动态”“先锋风采”“学习园地”三个板块，每月更新一次，集中展示党员干部的工作实绩和身边典型。
下面，进行第一项，请机关第二党支部书记介绍宣传栏建设情况。
进行第二项，请曹文涛副书记和党员代表为宣传栏揭牌。
进行第三项，请曹文涛副书记讲话。
同志们，宣传栏是展示党员形象的窗口。希望大家多关注、多投稿，让这块宣传栏真正“活”起来。揭牌仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="party-kuiyang-speech-mic-stands-chinese-date",
        site="骙阳先锋网 (invented Party-building site), text",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.kuiyangxf.cn/jcdj/2024/0329/2087.html",
        title="在全镇“理论宣讲进村组”流动宣讲设备发放仪式上的讲话",
        record_title="【宣讲进村组】在全镇“理论宣讲进村组”流动宣讲设备发放仪式上的讲话 - 骙阳先锋网",
        date="2024-03-28",
        date_also=["2024-03-29"],
        notes="speech text: speaker line and a date in Chinese numerals under the title (neutral; the date "
        "expected); the page's 发布 line a day later also accepted; study-points line",
        page="""
!m 骙阳先锋网 — 骙阳县委组织部主办
!m 首页 → 基层党建 → 宣讲动态
{T}
!m 发布：2024-03-29　来源：墈头镇党委　阅读：218
!a 学习本文可累计学习积分1分
墈头镇党委副书记　尹家和
（二〇二四年三月二十八日）
{BODY}
!a 【打印】　【收藏】　【关闭】
!l 相关链接：墈头镇“板凳宣讲团”走进田间地头
!m 骙阳先锋网　湘ICP备16009481号
""",
        body="""
同志们：
今天，我们为全镇21个村（社区）发放流动宣讲设备，每个村一套，包括一台便携音箱、两支无线话筒和两副可折叠话筒架。
过去村里开宣讲会，常常是宣讲员站在晒谷场上扯着嗓子讲，后排群众听不清；借来的话筒没有架子，宣讲员一手拿稿子一手拿话筒，连比划都不方便。有了这套设备，宣讲员可以把话筒固定在话筒架上，腾出手来和群众互动。
在这里我提三点要求：一要用起来，每个村每月至少开展一次宣讲；二要管起来，设备由村党组织书记负责保管，建立借用登记；三要讲出来，用群众听得懂的话讲政策、讲身边事。
希望大家用好这套设备，让党的声音传得更远、更响。
""",
    ),
    dict(
        slug="hospital-kuiyang-handwash-timers-html",
        site="骙阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.kyxrmyy.com/ywgk/2024/1016/1540.html",
        title="关于在各病区洗手池配置洗手计时器的通知",
        record_title="关于在各病区洗手池配置洗手计时器的通知-院务公开-骙阳县人民医院",
        date="2024-10-15",
        date_also=["2024-10-16"],
        notes="hospital site: a 24-hour emergency line, a booking float and booking line and an experts list beside "
        "the document's own 咨询电话; the page's date differs from the signature's (expected)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于在各病区洗手池配置洗手计时器的通知-院务公开-骙阳县人民医院</title>
</head>
<body>
<div class="yy-top">⟦m 骙阳县人民医院　二级甲等综合医院⟧ ⟦m 急诊急救（24小时）：0738-4020120⟧</div>
<div class="yy-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　院务公开⟧</div>
<div class="yy-loc">⟦m 首页 ＞ 院务公开⟧</div>
<div class="yy-art">
<h1>{T}</h1>
<div class="yy-info">⟦m 发布日期：2024-10-16　作者：感染管理科　阅读次数：629⟧</div>
<div class="yy-con">
{BODY}
</div>
</div>
<div class="yy-side">
<h3>⟦l 坐诊专家⟧</h3>
<p>⟦l 刘振华　主任医师　心血管内科⟧</p>
<p>⟦l 邓秀兰　副主任医师　儿科⟧</p>
</div>
<div class="yy-float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 返回顶部⟧</div>
<div class="yy-foot">⟦m 预约电话：0738-4021000（8:00—17:30）⟧<br>⟦m 地址：骙阳县人民中路169号　湘ICP备14009352号⟧</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:2;">{}</p>',
        body="""
各临床科室、医技科室：
为进一步落实手卫生规范，提高医务人员洗手依从性和洗手时长达标率，医院决定在各病区洗手池配置洗手计时器。现将有关事项通知如下。
一、计时器设置为30秒，感应启动，到时自动提示，安装在洗手池正上方。
二、首批覆盖内科、外科、儿科、重症医学科等12个病区，共安装86台，10月底前完成。
三、各科室感控联络员负责日常检查，发现计时器不亮或不提示的，及时报总务科维修。
四、感染管理科将每月抽查洗手时长，结果纳入科室质量考核。
咨询电话：医院感染管理科　0738-4021536。
骙阳县人民医院医院感染管理科
2024年10月15日
""",
    ),
    dict(
        slug="hospital-hechuan-tcm-board-rules-text",
        site="翯川县中医医院 (invented), text",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.hcxzyy.cn/glzd/2024/xcl.html",
        title="院内健康教育宣传栏管理规定",
        date=None,
        notes="record gives the title as is; the title repeated and glued to the first article; rules with 第N条 and "
        "no date; the hospital's appointment line and address in the footer",
        page="""
!m 翯川县中医医院
!m 首页 | 医院简介 | 中医特色 | 健康宣教 | 管理制度
{T}
!m 信息来源：宣传科　更新时间：1 个月前
{T}{BODY}
!a 【打印本文】【返回列表】
!m 门诊预约：0736-6335120　地址：翯川县杏林路3号
!m Copyright © 翯川县中医医院　湘ICP备18012270号
""",
        body="""
第一条　为规范院内健康教育宣传栏管理，发挥宣传栏普及健康知识的作用，制定本规定。
第二条　本规定所称宣传栏，是指设在门诊大厅、各病区走廊和住院楼外广场的固定宣传栏。
第三条　宣传栏由宣传科统一管理，各科室负责本科室区域宣传栏的内容供给和日常维护。
第四条　宣传内容须经科室主任审核、宣传科备案后方可张贴，严禁张贴医疗广告和未经核实的偏方。
第五条　宣传栏内容每季度至少更新一次，中医药特色内容占比不低于三分之一。
第六条　宣传科每月检查一次，发现破损、内容过期的，通知责任科室三日内整改。
第七条　本规定由宣传科负责解释。
""",
    ),
    dict(
        slug="college-feicheng-vocational-library-cards-html",
        site="棐城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fczy.edu.cn/info/1021/8836.htm",
        title="图书馆完成2024级新生借书证集中办理",
        record_title=None,
        date="2024-09-12",
        notes="college news page: title missing, found in the <h1>; a dotted date in the info line is the page's "
        "date; a photo caption between paragraphs; downloading an entry guide is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>图书馆完成2024级新生借书证集中办理-棐城职业技术学院</title>
</head>
<body>
<div class="xy-head"><span>⟦m 棐城职业技术学院⟧</span> ⟦m 厚德　精技　笃行⟧</div>
<div class="xy-links">⟦m 信息门户　｜　图书馆　｜　校园邮箱　｜　English⟧</div>
<div class="xy-nav">⟦m 学校首页　学院概况　院系设置　招生就业　校园新闻⟧</div>
<div class="xy-pos">⟦m 当前位置： 首页 &gt;&gt; 校园新闻 &gt;&gt; 综合新闻⟧</div>
<div class="xy-article">
<h1>{T}</h1>
<p class="xy-info">⟦m 2024.09.12　来源：图书馆　摄影：韩松　点击数：1147⟧</p>
<div class="v_news_content">
{BODY}
</div>
<p class="xy-ed">⟦m 【编辑：何颖　审核：黎海波】⟧</p>
<div class="xy-pn">⟦l 上一条：我校举行2024级新生开学典礼⟧<br>⟦l 下一条：机电工程学院开展新生入学教育⟧</div>
</div>
<div class="xy-foot">⟦m 地址：棐城市职教大道1号　邮编：412300　总机：0736-2668000⟧<br>⟦m 湘ICP备05012290号⟧</div>
</body>
</html>
""",
        body="""
9月10日至11日，图书馆在一楼大厅为2024级新生集中办理借书证，共为3862名新生办证。
今年起，新生借书证与校园一卡通合并，新生刷一卡通即可入馆借书。为让新生尽快熟悉借阅流程，图书馆安排了20名学生志愿者在现场引导，演示自助借还机的使用方法。
⟦m 图为志愿者指导新生使用自助借还机（图书馆供图）⟧
图书馆馆长黎海波介绍，本科新生每证可借图书15册，专科新生可借10册，借期均为60天。新生还可通过图书馆主页下载“入馆指南”，了解馆藏分布和座位预约办法。
""",
    ),
    dict(
        slug="college-juling-normal-clicker-lending-text",
        site="岠岭师范高等专科学校 (invented), text",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jwc.jlsz.edu.cn/info/1004/2291.htm",
        title="关于规范教室多媒体翻页笔借用管理的通知",
        record_title="关于规范教室多媒体翻页笔借用管理的通知-教务处-岠岭师范高等专科学校",
        date="2024-03-01",
        date_also=["2024-03-04"],
        notes="college text: the page's 发布日期 differs from the signature's (expected); the document's own "
        "联系电话 beside the college switchboard in the footer",
        page="""
!m 岠岭师范高等专科学校 · 教务处
!m 首页 » 通知公告
{T}
!m 发布日期：2024-03-04　作者：教学运行科　浏览：1320
{BODY}
!a 关闭窗口　|　打印本页
!m 学校总机：0739-8830000　地址：岠岭县师苑路2号　湘ICP备06011923号
""",
        body="""
各二级学院、各位任课教师：
为保障多媒体教学正常开展，减少翻页笔丢失和损坏，现就教室多媒体翻页笔借用管理有关事项通知如下。
一、翻页笔统一存放在各教学楼值班室，任课教师凭教师证登记借用，下课后当天归还。
二、借用时请当场检查翻页、激光功能，有问题及时更换。
三、翻页笔丢失的，借用人应在三个工作日内报教务处，按采购价的百分之五十赔偿。
四、各值班室每周五清点一次，将借还情况报教务处。
联系电话：教务处教学运行科　0739-8830172。
教务处
2024年3月1日
""",
    ),
]
