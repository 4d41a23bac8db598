"""holdout292, part C: Q&A sites, personal collections, Party-building portals, hospital and
university sites. Every page, site, place, person, number and URL here is invented."""

CASES = [
    dict(
        slug="qa-zhishe-answer-kangzhuo-question-title",
        site="知舍问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhisheask.com/q/40018327.html",
        title="炕桌做多高才合适？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question is the title; an adopted-answer badge, vote row, more answers; 回答于 in relative time is no date; a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>炕桌做多高才合适？ - 知舍问答</title>
<script src="https://s.zhisheask.com/js/qa.bundle.js" defer></script>
</head>
<body>
<header class="zs-header"><a href="/" class="logo">⟦m 知舍问答⟧</a><input placeholder="有问题，上知舍"><a class="ask-btn">⟦a 我要提问⟧</a><a>⟦a 登录知舍⟧</a></header>
<div class="zs-crumb">⟦m 知舍问答 › 家居生活 › 家具选购⟧</div>
<div class="question">
<h1 class="q-title">{T}</h1>
<p class="q-desc">⟦m 提问者补充：家里炕面宽一米八，孩子也要用来写作业。⟧</p>
<p class="q-meta">⟦m 1.6万次浏览 · 4个回答 · 关注问题 27⟧</p>
</div>
<div class="answer best">
<span class="badge">⟦m ✔ 题主采纳⟧</span>
<div class="author">⟦m 木作老周　｜　木匠　｜　采纳率 92%⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-foot">⟦m 回答于 3 天前⟧　⟦a 赞同 126　反对　评论 9⟧</div>
</div>
<div class="more">
<h3>⟦l 其他 3 个回答⟧</h3>
<p>⟦l 炕头人家：我家的是33厘米，吃饭写字都合适。⟧</p>
<p>⟦l 北方的冬：别太宽，上下炕容易绊着。⟧</p>
</div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 榆木炕桌和松木炕桌哪个好？⟧</li><li>⟦l 折叠炕桌的腿总是晃怎么办？⟧</li></ul></aside>
<footer>⟦d 知舍问答内容由网友提供，仅供参考⟧　⟦m © 2024 知舍问答 zhisheask.com⟧</footer>
</body>
</html>
""",
        body="""
一般来说，炕桌高度在30到35厘米之间比较合适，具体要看使用的人和用途。
1. 吃饭用的炕桌，盘腿坐着时桌面大约在肚脐下方一拳的位置最舒服，成年人一般选32厘米左右。
2. 孩子写作业用，可以低一些，28到30厘米就够了，太高了孩子要耸着肩膀。
3. 桌面大小看炕的宽度，炕宽一米八的话，桌面长70到80厘米、宽50厘米比较合适，留出上下炕的空当。
另外，桌腿最好做成可以折叠的，不用时靠墙一立，炕上能宽敞不少。老人用的话，桌角记得倒圆，免得磕碰。
""",
    ),
    dict(
        slug="qa-wendele-answer-zhubian-mould",
        site="问得乐 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wendele.example.com/ask/7731920.html",
        title="竹匾发霉了怎么处理？还能晒东西吗",
        record_title="竹匾发霉了怎么处理？还能晒东西吗 - 问得乐 - 生活问答",
        date=None,
        notes="Q&A text: the best answer as the body with a numbered list; 回答于 昨天 is no date; other answers and related questions below",
        page="""
!m 问得乐 › 生活 › 家居清洁
!t 竹匾发霉了怎么处理？还能晒东西吗
!m 提问者：匿名用户　｜　2 个回答　｜　浏览 3871
!m 最佳答案
!m 答主：竹乡阿婆　｜　回答于 昨天 21:06
{BODY}
!a 有用(88)　　无用(2)　　评论
!l 其他回答
!l 晒谷场边的风：太阳底下暴晒两天就行，别用洗洁精
!l 相关问题：竹篮用久了发黑怎么办？｜蒸笼发霉还能用吗？
!d 回答内容仅代表答主个人观点，不构成专业建议
""",
        body="""
竹匾发霉一般是收的时候没晒干，或者放在潮湿的地方。轻微发霉的完全可以处理后继续用，方法如下：
1. 先用硬毛刷蘸清水把霉斑刷掉，缝隙里的用旧牙刷刷。
2. 用淘米水或者稀释的白醋整只擦一遍，能去掉霉味。
3. 放在太阳下正反面各晒一整天，晒透为止。
4. 收起来之前再检查一遍，干透了挂在通风的墙上，别平放在地上。
如果篾片已经发黑发软、一掰就断，说明霉已经吃进竹子里了，这种竹匾就别再晒吃的东西了，可以用来晒鞋垫、放杂物。
""",
    ),
    dict(
        slug="anthology-yinxi-memoir-kangzhuo-gb2312",
        site="窨溪拾遗 (invented, a retired teacher's collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.yinxishiyi.example.net/juan2/fuqin-kangzhuo.htm",
        title="父亲的炕桌",
        record_title="《窨溪拾遗》卷二·父亲的炕桌",
        date=None,
        notes="old gb2312 collection page: marquee, chapter links, visitor counter, the author's mailbox; collection-and-volume prefix on the title; a memoir with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《窨溪拾遗》卷二·父亲的炕桌</title>
<style type="text/css">body{font-size:14px;background:#F5F0E1}</style>
<script language="JavaScript">function setFont(n){zoomtext.style.fontSize=n;}</script>
</head>
<body>
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" align="center"><font size="5">⟦m 窨溪拾遗⟧</font><br>⟦m 韩守业 退休教师的文字小屋⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 卷三《河埠头》正在录入，欢迎老同事、老学生来信指正⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="index.htm">文集首页</a> ┊ <a href="juan1.htm">卷一·乡音</a> ┊ <a href="juan2.htm">卷二·亲人</a> ┊ <a href="juan3.htm">卷三·河埠头</a> ┊ <a href="guestbook.asp">留言本</a>⟧</td></tr>
</table>
<table width="780" border="1" align="center" cellpadding="12" bordercolor="#C8B88A">
<tr><td>
<p align="center"><b>{T}</b></p>
<p align="right">⟦a 字号：[大] [中] [小]⟧</p>
<div id="zoomtext">
{BODY}
</div>
<p align="center">⟦l ◁ 上一篇：母亲的顶针　　▷ 下一篇：大哥的自行车⟧</p>
</td></tr>
</table>
<table width="780" align="center"><tr><td align="center">
⟦m 本文集自二〇〇九年开通以来，累计来访 <font color="#990000">217406</font> 人次⟧<br>
⟦m 与作者通信：hanshouye@yinxishiyi.example.net⟧<br>
⟦d 文集文字未经作者同意请勿转贴⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是个木匠，一辈子打过的炕桌，少说也有几百张。
我家那张炕桌，是父亲三十岁那年用一棵老榆树打的。桌面四尺长，桌腿往外撇着，父亲说这叫“八字腿”，放在炕上不晃。桌面下面有个小抽屉，装着全家的针线、顶针和几张粮票。
冬天的晚上，一家人围着炕桌吃饭，饭后母亲在桌上纳鞋底，我和弟弟趴在桌边写作业。煤油灯挂在墙上，照得桌面黄亮黄亮的。
后来我考上师范，离家那天，父亲把炕桌擦了又擦，说：“到了学校，好好念书。”那是他对我说过的最长的一句话。
父亲去世已经十二年了。那张炕桌如今放在我书房里，桌面上的刀痕、烫痕都还在。我常常在它上面写字，写着写着，就觉得父亲还坐在对面。
""",
    ),
    dict(
        slug="anthology-chai-essay-shangu-scraping",
        site="柴永年文存 (invented, a craftsman's collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://chaiyongnian.example.net/miegu/07.html",
        title="刮青记",
        record_title="刮青记 ·《篾骨集》之七 - 柴永年文存",
        date=None,
        notes="collection page as text: a collection-number suffix; 'updated' stamp is no date; previous/next and contents links; the compiler's mailbox",
        page="""
!m 柴永年文存 · 一个老扇骨匠的笔记
!m 目录 ｜ 篾骨集 ｜ 坊间旧事 ｜ 留言簿
!t 刮青记 ·《篾骨集》之七
!m 录入：柴小舟（作者之孙）　本页更新于 2024-02-14
{BODY}
!l ‹ 前一篇：煮竹　　　后一篇：晒白 ›
!l 本集篇目：选竹｜煮竹｜刮青记｜晒白｜烫花
!m 来信请寄：chaiyongnian@miegu.example.net
!d 文存所收文字版权归作者家属所有，请勿转载。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
十六岁那年，我进了埽头镇的扇骨坊当学徒。师傅姓鲁，头一年不让我碰刀，只让我烧火、煮竹、晒白。
第二年开春，师傅扔给我一把刮刀和一捆废竹片，说：“刮吧，刮到手不抖为止。”
刮青是扇骨坊里最难的活。竹片夹在木凳上，刮刀斜着推过去，要把青皮刮掉，又不能伤着竹肉。力气大了，竹片上留下一道深痕；力气小了，青皮刮不干净，晒出来满是花斑。
我刮废了整整三捆竹片，手上磨出了厚茧。到了秋天，师傅拿起我刮的一片对着太阳看了半天，只说了两个字：“还行。”
后来我在扇骨坊干了四十年，带出了十几个徒弟。每次教徒弟刮青，我都会想起师傅那句“还行”，想起那三捆刮废的竹片。
""",
    ),
    dict(
        slug="dangjian-qishan-hosting-bianlan-party-day",
        site="葜山党建网 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="html",
        source="http://www.qsdj.gov.cn/zbfc/2024/0530/6620.html",
        title="在“巧手编扁篮 党建助增收”主题党日活动上的主持词",
        record_title="【支部活动剪影】在“巧手编扁篮 党建助增收”主题党日活动上的主持词_葜山党建网",
        date="2024-05-24",
        date_also=["2024-05-30"],
        notes="Party portal: a study-points prompt, a read-on-phone line; the date under the title (neutral line) is the document's, the byline's posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【支部活动剪影】在“巧手编扁篮 党建助增收”主题党日活动上的主持词_葜山党建网</title>
<link rel="stylesheet" href="/style/dj2024.css">
<script src="/js/jifen.js"></script>
</head>
<body>
<div class="dj-top">⟦m 葜山党建网　｜　中共葜山县委组织部主办⟧　<a>⟦a 党员登录⟧</a></div>
<div class="dj-nav">⟦m 首页　党建要闻　支部风采　党员教育　组工信息⟧</div>
<div class="dj-pos">⟦m 您现在的位置：首页 / 支部风采⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<p class="dj-info">⟦m 发布时间：2024-05-30　来源：葜坞村党支部　浏览：1096⟧</p>
<p class="dj-jf">⟦a 党员登录后阅读本文，可累计学习积分1分⟧</p>
<p class="dj-date" style="text-align:center">（2024年5月24日）</p>
<div class="dj-con">
{BODY}
</div>
<p class="dj-mobile">⟦a 用手机扫一扫，把本文带走⟧</p>
<div class="dj-rel">⟦l 相关阅读：村党支部“三会一课”记录范本｜党员结对帮扶工作方案⟧</div>
</div>
<div class="dj-foot">⟦m 中共葜山县委组织部　地址：葜山县人民路1号　电话：0733-3300312⟧<br>⟦m 湘ICP备10021190号⟧</div>
</body>
</html>
""",
        body="""
同志们、朋友们：
今天，我们葜坞村党支部在村文化礼堂开展“巧手编扁篮 党建助增收”主题党日活动。参加今天活动的有全体党员、村民代表和竹编合作社的社员，县竹编协会的两位老师也来到了现场，让我们以热烈的掌声表示欢迎。
活动共有四项议程。
首先，进行第一项：全体党员重温入党誓词。
下面，进行第二项：请竹编合作社理事长郑秀英介绍今年扁篮订单情况。
下面，进行第三项：请县竹编协会老师现场教学，党员结对帮带留守妇女学编扁篮。
最后，进行第四项：为“竹编党员示范岗”授牌。
同志们，一只扁篮编进了手艺，也编进了致富的希望。希望全体党员带头学、带头干，让扁篮走出大山、卖出好价钱。今天的活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="dangjian-qiaoxi-report-zhubian-secretary",
        site="鞒西党建网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://dj.qiaoxi.gov.cn/zzjs/sjsz/2025/0116/2207.html",
        title="垤坪镇埚塘村党支部书记2024年度抓基层党建工作述职报告",
        record_title="垤坪镇埚塘村党支部书记2024年度抓基层党建工作述职报告_书记述职_鞒西党建网",
        date="2025-01-08",
        date_also=["2025-01-16"],
        notes="Party site text: column and site suffixes; a study check-in row and a reading-time points line; the 述职人 line and its date under the report; the site's posting date differs",
        page="""
!m 鞒西党建网 · 凝心聚力
!m 当前位置：首页 > 组织建设 > 书记述职
!t 垤坪镇埚塘村党支部书记2024年度抓基层党建工作述职报告
!m 信息来源：垤坪镇党委　发布日期：2025-01-16
!a 【学习打卡】【分享到微信】【打印本文】
{BODY}
!a 阅读满3分钟可获得学习积分1分
!l 相关阅读：镇党委书记抓基层党建述职报告｜村党组织书记述职评议实施办法
!m 主办单位：中共鞒西区委组织部　备案号：赣ICP备19025661号
""",
        indent="\u3000\u3000",
        body="""
2024年，我认真履行抓基层党建第一责任人职责，带领村“两委”围绕竹匾晾晒特色产业抓党建、促发展，现将履职情况报告如下。
一、主要工作
（一）支部建在产业上。村里成立竹编竹匾合作社，党支部书记兼任理事长，9名党员分包晾晒场、编织组和销售组，带动142户群众参与。
（二）党员干在前头上。开展“党员示范匾”评比，党员带头改进竹匾编法，推出带支脚的晾晒竹匾，全年销售竹匾1.3万只，村集体增收18万元。
（三）服务落在实处上。在村晾晒场设立党员服务岗，帮助老人搬匾、收匾，全年服务群众2600余人次。
二、存在的不足
一是发展年轻党员不够，党员平均年龄56岁；二是合作社销售渠道单一，主要依靠外地客商上门收购。
三、下一步打算
2025年，我将重点抓好后备力量培养，开设线上网店拓宽销路，推动合作社规范化运营。
述职人：郑德昌
2025年1月8日
""",
    ),
    dict(
        slug="hospital-youyuan-article-liangyigan-head-injury",
        site="莸原县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.yyxrmyy.cn/jkkp/2024/0702/915.html",
        title="被晾衣杆砸伤头部后，这些情况要马上就医",
        record_title="【急诊医生提醒】被晾衣杆砸伤头部后，这些情况要马上就医 - 莸原县人民医院",
        date="2024-07-02",
        notes="hospital site: booking float, 24-hour emergency line and experts list; the department's own 咨询电话 ends the body; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【急诊医生提醒】被晾衣杆砸伤头部后，这些情况要马上就医 - 莸原县人民医院</title>
<link rel="stylesheet" href="/static/css/hospital.css">
<script src="/static/js/swiper.min.js"></script>
</head>
<body>
<div class="h-top">⟦m 莸原县人民医院　二级甲等综合医院⟧　⟦m 24小时急救：0735-4312120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="h-pos">⟦m 首页 ＞ 健康科普 ＞ 急救常识⟧</div>
<div class="h-article">
<h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2024-07-02　作者：神经外科 苗青　浏览：1542⟧</div>
<div class="h-con">
{BODY}
</div>
<div class="h-share">⟦l 分享给家人：微信　朋友圈　复制链接⟧</div>
</div>
<div class="h-side"><h3>⟦l 神经外科专家⟧</h3><p>⟦l 苗青　主任医师　周二、周四上午⟧</p><p>⟦l 宋立群　副主任医师　周一、周三全天⟧</p></div>
<div class="h-float"><a>⟦a 在线挂号⟧</a><a>⟦a 报告查询⟧</a></div>
<div class="h-foot">⟦m 地址：莸原县健康路9号　挂号服务：0735-4312000⟧<br>⟦d 科普内容仅供参考，不能代替医生面诊⟧</div>
</body>
</html>
""",
        body="""
近期，我院急诊科接诊了多名被坠落晾衣杆砸伤的患者，其中一名老人当时自觉无碍，两天后出现剧烈头痛才来就诊，检查发现颅内出血。
被晾衣杆等硬物砸中头部后，即使当时没有明显外伤，也要注意观察。出现以下情况之一的，请立即到医院就诊：
1.头痛持续加重，或者反复呕吐；
2.意识模糊、嗜睡，叫不醒或反应迟钝；
3.一侧手脚无力、麻木，说话含糊；
4.耳朵、鼻子流出血液或清水样液体。
受伤后24小时内最好有家人陪伴，不要饮酒，不要服用安眠药。老人和正在服用抗凝药物的患者，建议当天就到医院做头颅CT检查。
神经外科咨询电话：0735-4312287（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-yinxi-rule-zhubian-pharmacy-articles",
        site="窨溪县中医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.yxzyy.example.cn/zdjs/yswgl/2024/118.html",
        title="中药饮片晾晒竹匾使用管理规定",
        date=None,
        notes="record title as is; hospital rules with 第N条 articles, one speaking of 扫码登记 and 打印 as content; an 'updated 3 days ago' stamp is no date; the hospital's emergency and booking lines",
        page="""
!m 窨溪县中医院 · 院务公开
!m 您的位置：首页 / 制度建设 / 药事管理
{T}
!m 发布科室：药剂科　更新时间：3 天前　阅读：97
{BODY}
!a 〔打印本页〕〔返回顶部〕
!m 急诊电话：0738-2612120　挂号预约：0738-2612000
!d 本站制度类信息仅作院务公开之用，转载请注明出处。
!m 窨溪县中医院　地址：窨溪县杏林路6号
""",
        body="""
第一条　为规范中药房饮片晾晒工作，防止饮片霉变和交叉污染，制定本规定。
第二条　晾晒用竹匾由中药房统一采购、编号，专匾专用，不得晾晒饮片以外的物品。
第三条　竹匾使用前须清扫干净，晾晒不同品种的饮片时，竹匾之间间隔不少于五十厘米，并挂品名牌。
第四条　毒性、麻醉类饮片不得使用竹匾露天晾晒。
第五条　每次晾晒由当班药师扫码登记品名、数量和起止时间，中药房每月打印晾晒台账存档。
第六条　竹匾出现破损、霉斑的，应立即停用，报中药房负责人处理。
第七条　本规定由药剂科负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="university-zuicheng-notice-liangyigan-h1",
        site="蕞城职业技术学院 后勤管理处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://hqc.zcvtc.edu.cn/tzgg/2024/1015/518.html",
        title="关于学生公寓阳台晾衣杆集中更换的通知",
        record_title=None,
        date="2024-10-15",
        notes="college department site: no record title (the <h1>); the notice's own 联系电话 beside the college switchboard; a scan-the-QR-code sentence kept; 成文日期 equal to the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>后勤管理处</title>
<link rel="stylesheet" href="/_css/hqc.css">
<script src="/_js/vue.min.js"></script>
</head>
<body>
<header><div class="xiaohui">⟦m 蕞城职业技术学院 · 后勤管理处⟧</div>
<nav>⟦m 首页｜部门概况｜通知公告｜公寓服务｜餐饮服务｜办事指南⟧</nav></header>
<div class="loc">⟦m 当前位置：首页 > 通知公告⟧</div>
<div class="article">
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2024-10-15　发布部门：后勤管理处　点击：2306⟧</p>
<div class="entry">
{BODY}
</div>
<p class="prevnext">⟦l 上一条：关于2024年冬季供暖设施检修的通知⟧<br>⟦l 下一条：学生食堂第三季度满意度测评结果⟧</p>
</div>
<footer>⟦m 学院总机：0739-8865000　地址：蕞城市大学城学府路18号⟧<br>⟦m Copyright © 蕞城职业技术学院 后勤管理处⟧</footer>
</body>
</html>
""",
        body="""
各学院、全体住校学生：
为消除学生公寓安全隐患，后勤管理处定于10月21日至11月1日对1至6号学生公寓阳台晾衣杆进行集中更换，原固定式不锈钢晾衣杆将统一更换为手摇升降式晾衣架。现将有关事项通知如下：
一、更换期间，施工人员将在白天进入宿舍阳台作业，请同学们提前收好阳台衣物和个人物品。
二、各宿舍长须在施工当天留一名同学在宿舍，配合宿管员开门并看管物品。
三、新晾衣架每根承重不超过20公斤，请勿悬挂重物或攀爬。
更换安排表已在各公寓楼大厅张贴，同学们也可扫描楼道二维码查询本宿舍施工时间。
联系电话：0739-8865217（后勤管理处公寓科）
后勤管理处
2024年10月15日
""",
    ),
    dict(
        slug="university-zcnu-news-shangu-fieldwork-record-date",
        site="蕞城师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.zcnu.edu.cn/yxdt/2024/0716/9931.html",
        title="设计学院师生赴垡川开展扇骨技艺田野调研",
        record_title="设计学院师生赴垡川开展扇骨技艺田野调研-院系动态-蕞城师范学院新闻网",
        record_date="2024-07-16",
        date="2024-07-16",
        notes="university news as text: column and site suffixes after hyphens; the record gives the date; author/photo/review line and an editor line",
        page="""
!m 蕞城师范学院新闻网
!m 首页 | 学院要闻 | 院系动态 | 媒体师院 | 校园文化
!t 设计学院师生赴垡川开展扇骨技艺田野调研
!m 作者：设计学院　摄影：于泽　审核：江淮　　点击量：478
{BODY}
!m 【编辑：宣传部 杜蓓】
!l 院系动态 更多>>
!l 外国语学院举办第五届翻译大赛
!m 版权所有 © 蕞城师范学院　党委宣传部维护
""",
        body="""
7月10日至14日，设计学院“竹骨生风”暑期社会实践团一行12人赴垡川县埽头镇，开展扇骨制作技艺田野调研。
实践团走访了9家扇骨作坊，跟随老师傅学习了劈片、刮青、烫花等工序，采集工艺影像资料300余分钟，完成了对5位传承人的口述史访谈。
在垡川县文化馆的支持下，实践团还为当地作坊设计了三款扇骨包装和一套品牌标识，得到作坊主的认可。
带队教师柯雨桐表示，学院将与垡川县共建扇骨工艺实践基地，把非遗技艺引入产品设计课堂。
""",
    ),
]
