"""holdout272, part C: personal collections, Party-building sites, hospitals, universities and county forums.

Every page, site, place, person, number and URL here is invented; each case was written by
hand. Markup: see ../build.py.
"""

CASES = [
    # 23 ── 个人文集, HTML (old gb2312 table layout) ── cotton-fluffing bows, a retired teacher's memoir
    dict(
        slug="anthology-mianxuzhai-memoir-father-cotton-bow-gb2312",
        site="棉絮斋文存 (invented, a retired teacher's collection, gb2312 tables)",
        style="个人文集",
        genre="essay",
        kind="other",
        form="html",
        source="http://www.mianxuzhai.net/wencun/juan4/031.htm",
        title="父亲的弹棉弓",
        record_title="棉絮斋文存 › 卷四 往事 › 父亲的弹棉弓",
        date=None,
        notes="gb2312 collection: a marquee, chapter links (previous/next/contents), a visitor counter, the author's "
        "mailbox and a 'last revised' stamp (no date); only years in the text",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>棉絮斋文存 › 卷四 往事 › 父亲的弹棉弓</title>
<script language="JavaScript">function mx_zoom(n){document.body.style.fontSize=n+'px';}</script>
</head><body bgcolor="#FFFDF5" text="#333333">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#6B4E2E"><font color="#FFFFFF" size="5">⟦m 棉絮斋文存⟧</font></td></tr>
<tr><td><marquee behavior="alternate">⟦m 退休教师石怀远的文字角落，谢绝商业转载⟧</marquee></td></tr>
<tr><td>⟦m <a href="../index.htm">文存首页</a> · <a href="../juan1/">卷一 教书</a> · <a href="../juan2/">卷二 山水</a> · <a href="../juan3/">卷三 读书</a> · <a href="./">卷四 往事</a>⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center">⟦m 卷四 往事 · 第三十一篇　　末次修订：上月⟧</td></tr>
<tr><td align="right">⟦a <a href="javascript:mx_zoom(18)">大字</a> <a href="javascript:mx_zoom(14)">小字</a>⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l <a href="030.htm">← 前篇：老屋的天井</a>　<a href="index.htm">卷四目录</a>　<a href="032.htm">后篇：腊月里的油坊 →</a>⟧</td></tr>
<tr><td align="center"><hr>⟦w 读后有话，请寄信箱 mianxuzhai_shi@126.com⟧<br>⟦m 本页已被翻阅 <img src="/cgi-bin/count.cgi?p=431" alt="">  004317 次⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是纩坪镇上的弹棉匠。我记事起，家里东墙上就挂着一张弹棉弓，比我的个头还长，弓背是桑木的，被父亲的手磨得油亮。
每年秋收以后，父亲就背上弓，带着木槌和磨盘，到各村去给人家弹棉花。活儿多的时候，他在外面一住就是半个月。回来时身上、眉毛上全是白白的棉絮，母亲总要拿扫帚给他从头扫到脚。
我十岁那年，偷偷取下那张弓，学着父亲的样子用木槌去敲弦，弦“嘣”地一声弹回来，在我手背上抽出一道红印。父亲没有骂我，只是说：“弓是吃饭的家什，不是玩的。”
1998年，父亲把弹棉弓送给了镇上的文化站，说留个念想。如今那张弓还挂在文化站的陈列室里，旁边的说明牌上写着“纩坪弹棉旧物，石氏捐赠”几个字。
""",
    ),
    # 24 ── 个人文集, text ── embroidery hoops, an essay in a collection (no date)
    dict(
        slug="anthology-suibi-essay-mothers-bamboo-hoop",
        site="缲塘闲笔 (invented personal collection)",
        style="个人文集",
        genre="essay",
        kind="other",
        form="text",
        source="https://qiaotangxianbi.example.org/suibi/07.html",
        title="母亲的竹绷",
        record_title="随笔二十一则之七：母亲的竹绷",
        date=None,
        notes="a collection page: the series name and an entry counter above, a 写于 place line as the last body "
        "line (no date), a contents link and a guestbook prompt between and after paragraphs",
        page="""
!m 缲塘闲笔　·　一个乡下人的随手记
!m 目录 ＞ 随笔二十一则 ＞ 第七则
!t 随笔二十一则之七：母亲的竹绷
!m 本则字数 520　｜　已被收藏 23 次
{BODY}
!l ◁ 之六：晒秋　　　之八：井台 ▷
!l 返回「随笔二十一则」目录
!w 愿意聊聊的朋友，留言簿在右上角，或来信 qtxb_lin@qq.com
!d 缲塘闲笔所有文字均为原创，转载请告知
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
母亲的竹绷是外婆给的陪嫁，两个竹圈，一大一小，小圈套在大圈里，中间夹着布，用一根细麻绳把大圈扎紧。
缲塘人家的女儿，七八岁就要学绣花。母亲说，她学的第一件事不是下针，而是上绷：布要绷得平，绷得紧，手指在布面上一弹，要像敲鼓。绷松了，绣出来的花就会起皱。
⟦l 〔插播〕本文集第二册已整理成电子书，目录页可见⟧
那些年，母亲在竹绷上给我们绣过鞋面、枕套、书包上的小老虎。夏天的晚上，她坐在门口的竹椅上，借着路灯的光绣，竹绷搁在膝头，一针一针，直到夜深。
如今母亲眼睛花了，那只竹绷被我收在书房的抽屉里，麻绳换过好几回，竹圈却一点没变形。
写于缲塘老屋
""",
    ),
    # 25 ── 党建网, HTML ── embroidery hoops, a speech with a date under the title
    dict(
        slug="dangjian-zanshan-speech-embroidery-party-flag",
        site="缵山先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zsxianfeng.gov.cn/jjzc/202407/t20240701_23317.html",
        title="在“巧手绣党旗”巾帼志愿服务活动启动仪式上的讲话",
        record_title="【巾帼建功】在“巧手绣党旗”巾帼志愿服务活动启动仪式上的讲话－缵山先锋网",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line; speaker and date lines under the title "
        "(neutral); the page's 发布时间 differs from the date under the title; a points prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【巾帼建功】在“巧手绣党旗”巾帼志愿服务活动启动仪式上的讲话－缵山先锋网</title>
<script src="/res/js/dj.js"></script></head>
<body class="red">
<div class="head"><img src="/res/img/dh.png" alt="">⟦m 缵山先锋网⟧<span>⟦m 中共缵山县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页 ｜ 党建要闻 ｜ 基层党建 ｜ 巾帼建功 ｜ 党员教育 ｜ 先锋风采⟧</div>
<div class="loc">⟦m 位置：首页 → 巾帼建功 → 领导讲话⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="spk">缵山县委组织部副部长　龙晓梅</p>
<p class="spk">（2024年6月28日）</p>
<p class="info">⟦m 发布时间：2024-07-01 08:50　来源：县妇联　字号：大 中 小⟧</p>
<div class="txt">
{BODY}
</div>
<p class="qr">⟦a 手机扫一扫，把本页带走⟧</p>
<p class="pts">⟦a 党员登录后阅读满3分钟，可累计学习积分1分⟧</p>
</div>
<div class="side"><h4>⟦l 巾帼建功 · 最新⟧</h4><p>⟦l 缲塘镇“绣娘党小组”结对帮扶见闻⟧</p><p>⟦l 全县“最美巾帼志愿者”名单公示⟧</p></div>
<div class="foot">⟦m 中共缵山县委组织部　地址：缵山县人民路1号　湘ICP备10211934号⟧</div>
</body></html>
""",
        body="""
同志们、姐妹们：
今天，我们在这里启动“巧手绣党旗”巾帼志愿服务活动，迎接党的生日。首先，我代表县委组织部，向参加活动的各位绣娘和志愿者表示衷心的感谢！
缵山刺绣有上百年的历史，全县有一技之长的绣娘三千多人。这次活动，我们请来了12位刺绣传承人，带着大家用绣花绷一针一线绣出党旗、绣出家乡新貌，作品将在七一期间巡回展出。⟦a 本文收录于学习专题，阅读可计积分⟧
我提三点希望：一要用心绣，把对党的感情绣进每一针；二要带动绣，每位传承人至少带会5名新学员；三要结合绣，把志愿服务和增收致富结合起来，让更多姐妹在家门口就业。
最后，预祝活动圆满成功！
""",
    ),
    # 26 ── 党建网, text ── fine-tooth combs, a village Party branch's summary (record title, date in Chinese numerals)
    dict(
        slug="dangjian-minchuan-summary-comb-workshop-cn-date",
        site="缗川组工网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://zgw.minchuan.gov.cn/jcdj/202412/t20241223_6612.html",
        title="缳头村党支部“篦梳工坊”帮扶工作总结",
        date="2024-12-20",
        notes="record title as is; the summary's table of the workshop's figures; 成文日期 in Chinese numerals; a "
        "share bar between paragraphs and a study-app prompt at the bottom",
        page="""
!m 缗川组工网 — 缗川县委组织部
!m 栏目：基层党建 › 村级组织
{T}
!m 来源：绺口镇党委　｜　浏览：386　｜　〔大〕〔中〕〔小〕
{BODY}
!a 用「缗川学习」APP打开本文，学习积分翻倍
!l 相关阅读：绺口镇“一村一品”党建品牌巡礼
!m 缗川组工网　中共缗川县委组织部主办　技术维护：县大数据中心
""",
        indent="\u3000\u3000",
        body="""
今年以来，缳头村党支部围绕传统竹篦手艺，牵头成立“篦梳工坊”，把老篦匠、留守妇女和脱贫户组织起来，取得了一定成效。现总结如下。
一、主要做法。支部书记带头跑市场，与缗川篦香梳篦有限公司签订代加工协议；党员老篦匠带徒授艺，每人包教2至3名学员；工坊设在村部闲置的两间平房，群众就近上班。
⟦l 分享到：朋友圈 ｜ 微博 ｜ 复制链接⟧
二、取得成效。全年情况如下：
项目　数量
参加工坊人数　31人
其中脱贫户　9户
加工篦子　2.6万把
人均增收　4200元
三、下步打算。明年将申请注册“缳头篦”商标，开设网店，力争工坊人数达到50人。
中共缳头村支部委员会
二〇二四年十二月二十日
""",
    ),
    # 27 ── 医院官网, HTML ── fine-tooth combs, a dermatology article dated by its byline
    dict(
        slug="hospital-xiucheng-children-head-lice-fine-comb",
        site="髹城市儿童医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.xcetyy.com/jkkp/pfk/2024-05-14/1873.html",
        title="孩子头上长了虱子怎么办？细齿篦子来帮忙",
        record_title="【皮肤科说】孩子头上长了虱子怎么办？细齿篦子来帮忙-髹城市儿童医院",
        date="2024-05-14",
        notes="hospital: a booking float, a 24-hour line and a switchboard beside the department's own 咨询电话 (body); "
        "the byline's 发布时间 is the page's date; a 'was this useful' row glued after a 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【皮肤科说】孩子头上长了虱子怎么办？细齿篦子来帮忙-髹城市儿童医院</title>
<script src="/assets/js/hospital.js"></script></head>
<body>
<div class="hd">⟦m 髹城市儿童医院⟧⟦m 三级甲等儿童专科医院⟧<span>⟦m 急诊24小时：0731-8456120⟧</span></div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="crumb">⟦m 您在：健康科普 ＞ 皮肤科⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-05-14　作者：皮肤科 殷若兰　审核：皮肤科主任 葛文韬　阅读：3902⟧</div>
<div class="content">
{BODY}
</div>
<div class="tags">⟦l 关键词：头虱　篦子　儿童皮肤⟧</div>
</div>
<div class="aside"><h3>⟦l 皮肤科专家⟧</h3><p>⟦l 葛文韬　主任医师　周二、周四上午⟧</p><p>⟦l 殷若兰　副主任医师　周三全天⟧</p></div>
<div class="float-book">⟦a 在线挂号 ｜ 预约皮肤科门诊⟧</div>
<div class="ft">⟦m 医院地址：髹城市鬟湖区育英路27号　总机：0731-8456000⟧<br>⟦m 湘ICP备09018823号　© 髹城市儿童医院⟧</div>
</body></html>
""",
        body="""
春夏季节，皮肤科门诊常有家长带着孩子来看头痒，一查是长了头虱。头虱不是“不讲卫生”才有的，托管班、寄宿学校里孩子们头挨头玩耍，就容易互相传染。
发现孩子长了头虱，家长可以这样做：第一，在医生指导下使用外用灭虱药，不要自行用农药或煤油涂头。第二，每天用细齿篦子把头发从根到梢篦两遍，篦之前先把头发打湿、抹一点护发素，更容易把虱卵篦下来。第三，孩子的枕巾、帽子、梳子要用60度以上的热水烫洗。⟦a 这篇文章对您有帮助吗？ 有 ｜ 没有⟧
一般坚持10到14天就能清除干净。如果头皮抓破、红肿流脓，应及时到医院就诊。
皮肤科咨询电话：0731-8456277（工作日8:00-17:00）
""",
    ),
    # 28 ── 医院官网, text ── aluminium pots, a hospital canteen notice (record title)
    dict(
        slug="hospital-yuxi-notice-canteen-aluminium-pots-record",
        site="纡溪县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yuxirmyy.com/zwgk/tzgg/2024/0606/2201.html",
        title="关于职工食堂和病区配餐间停用铝制炊具的通知",
        date="2024-06-05",
        notes="record title as is; the hospital's 24-hour emergency line and switchboard in the footer beside the "
        "notice's own 总务科 contact line; a 'back to top' link between paragraphs; date under the signature",
        page="""
!m 纡溪县人民医院　二级甲等综合医院
!m 首页 》院务公开 》通知公告
{T}
!m 发布：院办　　点击：529
!a 〔收藏本页〕〔打印本页〕〔关闭〕
{BODY}
!m 急诊急救（24小时）：0793-5861120　　医院总机：0793-5861000
!m 地址：纡溪县城南大道66号　　赣ICP备11009326号
""",
        indent="\u3000\u3000",
        body="""
各科室、病区：
为保障患者和职工饮食安全，经院务会研究，决定自6月15日起，职工食堂和各病区配餐间停用铝锅、铝盆等铝制炊具，统一更换为不锈钢炊具。现将有关事项通知如下：
一、各病区于6月10日前将现有铝制炊具的品名、数量报总务科，由总务科统一回收。
⟦a ▲返回顶部⟧
二、更换的不锈钢炊具由总务科统一采购配发，各科室不得自行购买。
三、营养科要指导配餐员做好新炊具的清洗和消毒，酸性汤菜不得在锅中过夜存放。
联系人：总务科 葛立新，电话：0793-5861073
纡溪县人民医院
2024年6月5日
""",
    ),
    # 29 ── 高校官网, HTML ── cotton-fluffing bows, a college news story whose title is only in the <h1>
    dict(
        slug="college-xiucheng-news-cotton-bow-workshop-h1",
        site="髹城职业技术学院 (invented)",
        style="高校官网",
        genre="news",
        kind="news",
        form="html",
        source="https://www.xczy.edu.cn/info/1052/9931.htm",
        title="我校非遗工作坊请来弹棉老艺人",
        record_title=None,
        date="2024-10-24",
        notes="title missing in the record and in <title> (college name and column only): found in the <h1>; a "
        "photo caption and a 'photo: ' line between paragraphs; the dotted byline date is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>校园新闻-髹城职业技术学院</title>
<script type="text/javascript" src="/system/resource/js/counter.js"></script></head>
<body>
<div class="top">⟦m 髹城职业技术学院⟧⟦m XIUCHENG VOCATIONAL AND TECHNICAL COLLEGE⟧</div>
<div class="menu">⟦m 学校首页 学校概况 院系设置 招生就业 校园新闻 信息公开⟧</div>
<div class="dq">⟦m 当前位置：首页 » 校园新闻⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="nr-info">⟦m 2024.10.24　艺术设计学院　文/贝可欣　图/韦一舟　浏览：<span>812</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="fx">⟦l 【上一篇】我校举办2024年秋季运动会⟧<br>⟦l 【下一篇】学院召开教学工作例会⟧</div>
</div>
<div class="bottom">⟦m 地址：髹城市鬟湖区职教大道8号　邮编：414100　电话：0731-8521000⟧<br>⟦m 版权所有 髹城职业技术学院　湘ICP备05009731号⟧</div>
</body></html>
""",
        body="""
10月22日，艺术设计学院“非遗工作坊”迎来了一位特别的老师——绲阳县纩坪镇72岁的弹棉艺人石茂根。
课堂上，石茂根背起一张一米多长的弹棉弓，用木槌敲击弓弦，一团板结的棉花在“嘣嘣”声中渐渐变得蓬松。他一边示范，一边讲解弹、压、拉纱、磨被等工序。
⟦m 石茂根向同学们演示弹棉弓的使用方法⟧
同学们轮流上前体验。“看着简单，弦一弹就歪，力道很难掌握。”服装设计专业学生梅语桐说。
据了解，本学期非遗工作坊共邀请6位传统手艺人进校授课，课程作业将在12月的非遗作品展上展出。
""",
    ),
    # 30 ── 高校官网, text ── sugar jars, a student-affairs plan with decimal headings
    dict(
        slug="college-xcnu-plan-exam-week-sugar-jars-decimal",
        site="髹城师范学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://xgc.xcnu.edu.cn/xgkx/2024/1210/c3391a77802/page.htm",
        title="“爱心糖罐”考试周暖心活动方案",
        record_title="学工快讯 ▏“爱心糖罐”考试周暖心活动方案 ▏髹城师范学院",
        date="2024-12-09",
        notes="a college text page: decimal headings 1.1–3.2, a site banner and a column line above, a scan-to-sign-up "
        "sentence in the body (content); date under the signature",
        page="""
!m 髹城师范学院学生工作处
!m 学工快讯
!t 学工快讯 ▏“爱心糖罐”考试周暖心活动方案
!m 发布者：学工处 | 浏览次数：644
{BODY}
!l 〔学工快讯〕往期：关于开展冬季宿舍用电安全检查的通知
!m Copyright 髹城师范学院学生工作处 · 地址：求索楼305室
""",
        body="""
为缓解学生期末考试压力，营造温馨的复习氛围，学生工作处决定在考试周开展“爱心糖罐”暖心活动，方案如下。
1 活动安排
1.1 时间：12月23日至2025年1月10日。
1.2 地点：图书馆一楼大厅、各学生公寓值班室。
2 活动内容
2.1 在每个点位放置2只透明糖罐，装入独立包装的水果糖、润喉糖，同学们每次限取2颗。
2.2 同学们可以在糖罐旁的便利贴上写下考试加油的话，贴在留言墙上。
2.3 志愿者扫码报名参与补糖值守，二维码见各学院群通知。
3 工作要求
3.1 各点位每天检查2次，及时补充，确保糖果在保质期内。
3.2 糖罐每天用温水清洗一次，保持干净卫生。
学生工作处
2024年12月9日
""",
    ),
    # 31 ── 地方论坛, HTML (jammer fonts) ── sugar jars, a local forum asking where a shop moved
    dict(
        slug="localforum-manling-sugar-jar-shop-moved-jammer",
        site="鞔岭在线社区 (invented county forum)",
        style="地方论坛",
        genre="forum post",
        kind="other",
        form="html",
        source="https://bbs.manlingzaixian.com/thread-551208-1-1.html",
        title="菜场口卖玻璃糖罐的老店搬哪去了？",
        record_title="〖求助〗菜场口卖玻璃糖罐的老店搬哪去了？ - 鞔岭杂谈 - 鞔岭在线社区",
        date=None,
        notes="county forum: a weather line, medals, a decoration ad, an 'official reply' link, jammer fonts "
        "(a line and glued after 。), a reply; the post time is relative (2 小时前): no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>〖求助〗菜场口卖玻璃糖罐的老店搬哪去了？ - 鞔岭杂谈 - 鞔岭在线社区</title>
<script src="data/cache/common.js"></script><style>.jammer{font-size:0;color:#fff}</style></head>
<body>
<div id="hd">⟦m 鞔岭在线社区⟧　⟦m 鞔岭 今天 多云 9℃~17℃⟧　⟦a 快速登录⟧</div>
<div class="ad">⟦w 鞔岭装修找老曾，整装半包都能谈 139 0796 4127⟧</div>
<div id="pt">⟦m 鞔岭在线社区 › 生活频道 › 鞔岭杂谈⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 城关小陈⟧<br>⟦m 勋章：热心网友 · 老会员⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 城关小陈 发表于 2 小时前 ｜ 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply-gov">⟦l 本帖已转交：城关镇人民政府 ▸ 查看官方回复⟧</div>
</td></tr></table>
<div class="post">⟦l 沙发 滨河路张姐：搬到老车站后面那条巷子了，门口挂着“晶甜玻璃”的牌子⟧</div>
<div class="post">⟦l 板凳 阿峰：楼上正解，上周刚去买过⟧</div>
<div id="f_pst">⟦a 回帖需先登录社区账号⟧</div>
<div id="ft">⟦m 鞔岭在线社区 赣ICP备14001298号　客服热线 0796-7723300⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
以前城关菜场口有一家专卖玻璃瓶罐的老店，老板是个戴眼镜的老伯，店里的玻璃糖罐又厚又透，盖子是软木塞的，五块钱一个，我家用了十几年都没坏。
前几天去买，发现店面已经改成奶茶店了。问了隔壁卖菜的大姐，她说老板年前就搬走了，具体搬哪不清楚。
家里的糖罐盖子裂了，网上买的要么太薄，要么是塑料盖，闻着一股味。有没有知道老店搬到哪里的？或者城里还有别的地方卖这种厚玻璃糖罐吗？先谢谢大家了。
""",
    ),
    # 32 ── 地方论坛, text ── cotton-fluffing bows, a county-forum thread whose subject is the title
    dict(
        slug="localforum-gunyang-cotton-shop-thread-junk",
        site="绲阳论坛 (invented county forum)",
        style="地方论坛",
        genre="forum post",
        kind="other",
        form="text",
        source="http://bbs.gunyang.net/forum.php?mod=viewthread&tid=330761",
        title="纩坪老街那家弹棉铺还开着吗？想翻新两床老棉被",
        record_title=None,
        date=None,
        notes="title missing: the thread subject line (with a board tag) holds it; forum junk as lines and glued "
        "after 。; a weather line and relative times (昨天/刚刚): no date",
        page="""
!m 绲阳论坛 · 绲阳人的网上家园
!m 绲阳 小雨 6~11℃　空气质量 良
!m 首页 › 绲阳生活 › 求助问答
!t [求助问答] 纩坪老街那家弹棉铺还开着吗？想翻新两床老棉被
!m 楼主 雨巷　发表于 昨天 20:16　查看 1208　回复 9
{BODY}
!l 1楼　纩坪人在外：开着的，石师傅还在弹，老街中段，门口挂着一张大弓
!l 2楼　雨巷：谢谢！周末就去
!l 3楼　路过：刚刚路过看见了，人还挺多
!a 发帖前请先阅读《绲阳论坛版规》　回复请登录
!m 绲阳论坛　湘ICP备12008613号　站长信箱：admin@gunyang.net
""",
        junk=dict(lines=1, glued=2),
        body="""
家里有两床结婚时打的棉被，盖了二十多年，已经板结发硬了，扔了舍不得。
听说纩坪老街有一家弹棉铺，老师傅还用弹棉弓手工弹，弹出来的被子又松又软。我上次去是好几年前了，不知道现在还开不开。
另外想问问，手工弹的和机器弹的差别大不大？我妈说机器弹的棉被盖两年又硬了，手工弹的能管好些年，不知道是不是真的。
有没有纩坪的朋友知道？翻新一床大概多少钱，要等几天？如果能上门取被子就更好了。
""",
    ),
]
