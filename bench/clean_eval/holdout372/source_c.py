"""holdout372, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhiliao-tds-reading-drinkable-question-title",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowenda.com/q/30718826.html",
        title="水质笔测出来150，这水还能直接喝吗？",
        record_title=None,
        date=None,
        notes="no title in the record (the question in <h1> gives it); the question's detail line is neutral; the body "
        "is the adopted answer; vote bar, adopted badge and more answers; relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>水质笔测出来150，这水还能直接喝吗？_知了问答</title>
<script src="https://s.zhiliaowenda.com/js/qa.bundle.js"></script>
</head>
<body>
<div class="header">⟦m 知了问答⟧ <span>⟦m 知了知了，一问就了⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录领取新人礼⟧</a></div>
<div class="crumbs">⟦m 知了问答 › 生活 › 家居用水⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">家里是自来水，新买的水质笔一测显示150，网上说100以下才算好水，是不是我家的水不能喝？</p>
<p class="q-meta">⟦m 提问者：匿名用户　｜　4 天前　｜　浏览 2380⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 水务工程师老乔　｜　供水行业从业18年　｜　回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 有帮助 612　没帮助 9　评论 27⟧</div>
</div>
<div class="more">
<h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 芝麻团子：我家测出来200多，喝了好几年也没事，别太焦虑。⟧</p>
<p>⟦l 路过的化学老师：TDS只是一个综合指标，要看具体成分。⟧</p>
</div>
<div class="related">⟦l 相关问题：净水器出水TDS多少正常？　自来水烧开后有白色水垢正常吗？⟧</div>
<div class="footer">⟦d 知了问答内容均由网友提供，仅供参考，不构成专业意见。⟧ ⟦m © 2024 知了问答 zhiliaowenda.com⟧</div>
</body>
</html>
""",
        body="""
先别慌，150这个读数对自来水来说很常见，不能说明你家的水不能喝。
水质笔测的是TDS，也就是水里溶解性固体的总量，里面大部分是钙、镁这些矿物质。国家生活饮用水卫生标准对溶解性总固体的限值是1000毫克每升，150离这个限值还远得很。
网上说的“100以下才是好水”，多半是卖净水器的说法。TDS低只说明溶解的东西少，并不等于更健康；反过来，细菌、重金属、余氯这些真正需要关心的指标，水质笔一个也测不出来。
如果担心水质，可以看看当地自来水公司定期公布的水质报告，或者找有资质的检测机构取样检测。家里的水烧开再喝，就不用太担心了。
""",
    ),
    dict(
        slug="qa-wenge-staple-remover-how-to-text",
        site="问个明白 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wengemingbai.com/question/6628104.html",
        title="起钉器怎么用才不会把纸撕破？",
        record_title="起钉器怎么用才不会把纸撕破？ - 办公百事问答 - 问个明白",
        date=None,
        notes="a Q&A copied as text: the answer is the body, a numbered list; the answerer's line with a relative time; "
        "vote and comment rows; the question repeated",
        page="""
!m 问个明白 — 有问题，问个明白
!m 问个明白 > 办公百事问答 > 文具使用
!t 起钉器怎么用才不会把纸撕破？ - 办公百事问答 - 问个明白
{T}
!m 3个回答　·　关注 46　·　被浏览 5120
!m 最佳答案
!m 档案室的小周　档案管理员　回答于 2 天前
{BODY}
!a 赞同 281　｜　反对　｜　收藏　｜　举报
!l 更多回答（2）
!l 文印室老吴：还有一种笔式的起钉器，钉子少的时候特别好用。
!l 纸短情长：我都是用指甲掰开再拔，看完这个回答决定去买一把。
!l 你可能感兴趣：订书机卡钉了怎么处理？　长尾夹和回形针哪个更护纸？
!m 问个明白 wengemingbai.com　京ICP备19038217号-6
""",
        indent="",
        body="""
我在档案室天天拆订书钉，说几点经验：
1．先看钉脚。翻到文件背面，找到订书钉弯过来的两只钉脚，起钉器从钉脚这一面下口，不要从正面夹钉身。
2．一只一只撬。把起钉器的一侧齿尖插到一只钉脚下面，轻轻一压，钉脚翘起来；再换另一只钉脚，两只都直了再说。
3．最后取钉身。翻回正面，用起钉器夹住钉身往上提，钉子就整个出来了，纸上只留两个小孔。
4．钉子锈住了别硬来。锈钉先用小毛刷刷一下，纸张发脆的，在钉脚下面垫一张卡纸再撬。
熟练以后，一份五十页的材料拆下来不到十秒，纸一点都不会撕破。
""",
    ),
    dict(
        slug="collection-zhangfang-numbering-memoir-gb2312",
        site="老账房笔记 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laozhangfang.net/wenji/juan1/014.htm",
        title="父亲的号码机",
        record_title="父亲的号码机（《账房旧事》卷一·第十四篇）",
        date=None,
        notes="a retired accountant's collection in a gb2312 table layout: marquee, volume links, the author's mailbox, "
        "a visitor counter; only a 写于 line with a year and season, no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的号码机（《账房旧事》卷一·第十四篇）</title>
<script language="JavaScript" src="../js/clock.js"></script>
</head>
<body bgcolor="#FFFDF4" text="#333333">
<table width="780" border="0" align="center">
<tr><td align="center"><font size="5">⟦m 老账房笔记⟧</font><br>⟦m 一个退休会计的流水账⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦m 欢迎光临寒舍，文章皆系本人所写，引用请告知一声⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="../index.htm">回目录</a> ｜ <a href="../juan1/index.htm">卷一·账房旧事</a> ｜ <a href="../juan2/index.htm">卷二·算盘声里</a> ｜ <a href="../liuyan.asp">留言簿</a>⟧</td></tr>
</table>
<table width="780" align="center" border="0"><tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 作者：齐守拙⟧</p>
{BODY}
<p align="right">写于二〇二三年深秋，墎前老宅</p>
</td></tr></table>
<table width="780" align="center"><tr>
<td><a href="013.htm">⟦l ←上一篇：腰里别着的那串钥匙⟧</a></td>
<td align="right"><a href="015.htm">⟦l 下一篇：复写纸的蓝→⟧</a></td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦m 来信请寄：qishouzhuo1951@126.com⟧<br>
⟦m 本页已被翻阅 4702 次⟧<br>
⟦d 版权归作者所有，转载请注明出处⟧
</td></tr></table>
<script language="JavaScript">showClock();</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
父亲在公社供销社当了三十年会计，办公桌上常年放着一台号码机。铁皮外壳漆成墨绿色，顶上一个压柄，底下六个字轮，一按下去“咔嗒”一声，纸上就印出一串蓝色的数字。
小时候我最爱看他打号。一本新收据摊开，他左手按住纸，右手压一下，翻一页，再压一下，号码一个接一个往上跳，像钟表一样准。他说，收据的号码就是供销社的“脸面”，跳一个号，月底对账就要查半天。
有一回我趁他不在，偷偷压了十几下，把一本空白收据打得乱七八糟。父亲回来没有骂我，只是一张张写上“作废”，夹在存根里，说这些废票也要留着，账上才说得清。
后来供销社改制，那台号码机被当成废铁处理了。父亲退休后常念叨它，说手上少了那一声“咔嗒”，一天都过得不踏实。
如今我自己也退休了，每次路过文具店，看到柜台里的电子号码机，总会想起那个墨绿色的铁盒子，想起父亲在作废的收据上一笔一画写字的样子。
""",
    ),
    dict(
        slug="collection-jingtai-cup-holder-essay-oneline",
        site="井台边随笔 (invented personal collection, text export)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://jingtaibian.wordsmith-home.cn/essay/57.txt",
        title="外婆的竹杯架",
        record_title="外婆的竹杯架 ·《井台边》第五十七则",
        date=None,
        notes="a collection's text export with the whole body on one line (paragraphs separated only by their indent); "
        "no date; collection chrome above and below",
        page="""
!m 井台边随笔 · 文字版
!m 目录　│　上一则　│　下一则
!t 外婆的竹杯架 ·《井台边》第五十七则
{T}
!m 文／井台边的阿禾
{BODY}
!l 【本集其他篇目】灶膛里的红薯 ｜ 晒谷场上的夏夜 ｜ 外公的旱烟袋
!d 文字为作者原创，未经同意请勿转载、改写或配音发布。
!m 井台边随笔 · 收录至今共 82 则
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
外婆家的灶屋后面有一口水井，井台边的墙上钉着一只竹杯架，是外公在世时用毛竹劈出来的，上面五个圆孔，刚好插下一家人的漱口杯。
每天早上，外婆头一个起来，从井里打上一桶水，先把五个杯子挨个涮一遍，再倒上清水，摆回杯架上，等我们一个个起床去漱口。
竹子用久了会发黑，外婆每年端午前都要把杯架取下来，放在锅里用开水煮一煮，再拿到太阳底下晒两天。她说，竹子煮过就不招虫，人用着也干净。
我上中学以后很少回去，杯架上的五个孔慢慢空出了四个，只剩外婆的那只搪瓷杯。去年老屋拆迁，我在墙上找到那只杯架，竹子已经裂了，圆孔边上还留着一圈圈杯底磨出的印子。
我把它带回了城里，挂在阳台上，不再插杯子，只是看着。
""",
    ),
    dict(
        slug="dangjian-xicheng-speech-filter-jugs-volunteers",
        site="钖城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xcxianfeng.gov.cn/djdt/jcdj/202405/t20240521_30917.html",
        title="在“净水进万家”党员志愿服务活动启动仪式上的讲话",
        record_title="【先锋行·饮水惠民】在“净水进万家”党员志愿服务活动启动仪式上的讲话_钖城先锋网",
        date="2024-05-20",
        date_also=["2024-05-21"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line; speaker line and date under the speech title "
        "neutral; the page's posting date differs from the speech's",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【先锋行·饮水惠民】在“净水进万家”党员志愿服务活动启动仪式上的讲话_钖城先锋网</title>
<script src="/js/xf-common.js"></script>
</head>
<body>
<div class="xf-top">⟦m 钖城先锋网⟧ <span>⟦m 中共钖城市委组织部主办⟧</span></div>
<div class="xf-nav">⟦m 先锋要闻⟧ ⟦m 基层党建⟧ ⟦m 党员教育⟧ ⟦m 人才工作⟧ ⟦m 先锋风采⟧</div>
<div class="xf-pos">⟦m 现在的位置：首页 → 基层党建 → 志愿服务⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<p class="speaker">墎前区委常委、组织部部长　黎晓帆</p>
<p class="sdate">（二〇二四年五月二十日）</p>
<div class="xf-info">⟦m 发布时间：2024-05-21　来源：墎前区委组织部　浏览：903⟧</div>
<div class="xf-text">
{BODY}
</div>
<div class="xf-score">⟦a 认真读完本文，可在“钖城先锋”App中记学习积分1分⟧</div>
<div class="xf-qr">⟦a 用手机扫一扫，把这篇讲话带在身边读⟧</div>
</div>
<div class="xf-rel">
<h3>⟦l 专题链接⟧</h3>
<p>⟦l 我为群众办实事·墎前区在职党员进社区情况通报⟧</p>
<p>⟦l 钖城市党员志愿服务积分管理办法（试行）⟧</p>
</div>
<div class="xf-foot">⟦m 中共钖城市委组织部　版权所有⟧　⟦m 12380举报网站：www.xc12380.gov.cn⟧　⟦m 桂ICP备11006152号⟧</div>
</body>
</html>
""",
        body="""
同志们，朋友们：
今天，我们在这里启动“净水进万家”党员志愿服务活动，组织全区机关和企事业单位的党员志愿者，为老旧小区独居老人、困难家庭送去净水壶，并上门讲解使用和更换滤芯的方法。
墎前区老旧小区多，一些楼栋管网老化，群众对饮水问题反映较多。管网改造需要时间，先把净水壶送到最需要的家庭，是我们能马上办、办得好的一件实事。
借此机会，我提三点要求。一是送到家、教到会，每户都要现场演示，确保老人会用。二是建台账、常回访，志愿者要记清每户滤芯的更换时间，到期上门提醒。三是听意见、解难题，入户时顺带了解群众的其他困难，能解决的当场解决，解决不了的及时反映。
同志们，一壶净水连着民心。希望大家把这件小事办实办好，让群众喝上放心水。
""",
    ),
    dict(
        slug="dangjian-zhaochuan-branch-summary-staples-record-title",
        site="钊川党建 (invented Party-building site, text copy)",
        style="党建网",
        genre="总结",
        kind="summary",
        form="text",
        source="http://www.zcdangjian.cn/jgdj/2024/1219/5502.html",
        title="县档案馆机关党支部“节约一张纸”主题活动总结",
        date="2024-12-18",
        date_also=["2024-12-19"],
        notes="title from the record as is; a data table one row a paragraph; a study-points prompt and a share row; "
        "成文日期 under the signature",
        page="""
!m 钊川党建
!m 机关党建　|　支部风采　|　党员之家
!m 当前位置：首页 › 机关党建 › 支部风采
{T}
!m 来源：县档案馆机关党支部　2024-12-19　阅读 214
!a 学习打卡：阅读满3分钟记1分
{BODY}
!a 一键分享：党员群　微信　复制链接
!l 相关阅读：县直机关“光盘行动”主题党日活动总结
!m 中共钊川县直属机关工作委员会主办　湘ICP备13019825号
""",
        indent="\u3000\u3000",
        body="""
今年4月以来，县档案馆机关党支部在全体党员中开展“节约一张纸”主题活动，把勤俭节约要求落实到日常办公的细节中。现将活动情况总结如下。
一、主要做法。支部为每个科室配发起钉器，要求废旧文件回收前先取下订书钉，纸张和金属分开处理；推行内部材料双面打印、单面废纸再利用；党员带头不钉不必要的钉，一份材料只用一枚钉。
二、取得成效。活动开展以来，全馆办公用纸明显减少，具体如下：
项目　2023年4—11月　2024年4—11月
复印纸用量　412包　286包
回收订书钉　—　3.6公斤
再生纸回收量　0.9吨　1.4吨
三、存在不足。个别科室仍有整本材料单面打印的现象，起钉器使用后随手放置，丢失了5把。
下一步，支部将把节约用纸纳入党员积分考评，推动节约从“活动”变成“习惯”。
中共钊川县档案馆机关支部委员会
2024年12月18日
""",
    ),
    dict(
        slug="hospital-zhaochuan-ward-cup-holders-notice",
        site="钊川县人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zcxrmyy.com/yygg/2024/0612/1038.html",
        title="关于住院部病房统一更换壁挂式漱口杯架的通知",
        record_title="关于住院部病房统一更换壁挂式漱口杯架的通知-医院公告-钊川县人民医院",
        date="2024-06-11",
        date_also=["2024-06-12"],
        notes="hospital page: booking float, 24-hour line and an experts list; the logistics department's own 咨询电话 "
        "beside the hospital's booking and emergency lines; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="utf-8">
<title>关于住院部病房统一更换壁挂式漱口杯架的通知-医院公告-钊川县人民医院</title>
<script src="/static/js/hospital.min.js"></script>
</head>
<body>
<div class="h-top">⟦m 钊川县人民医院⟧ ⟦m 二级甲等综合医院⟧ <span>⟦m 预约挂号：0743-3255120⟧</span></div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 医院公告⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="h-crumb">⟦m 首页 · 医院公告 · 正文⟧</div>
<div class="h-art">
<h2>{T}</h2>
<p class="h-meta">⟦m 日期：2024-06-12　来源：后勤保障科　点击量：655⟧</p>
<div class="h-body">
{BODY}
</div>
</div>
<div class="h-side">
<h4>⟦l 名医推荐⟧</h4>
<p>⟦l 彭国栋　心血管内科　主任医师⟧</p>
<p>⟦l 石婉婷　妇产科　副主任医师⟧</p>
</div>
<div class="h-float">⟦a 线上预约 · 免排队⟧</div>
<div class="h-foot">⟦m 急诊24小时值班电话：0743-3255999⟧<br>⟦m 地址：钊川县迎宾路209号⟧<br>⟦m 湘ICP备15007208号-1⟧</div>
</body>
</html>
""",
        body="""
各病区、各位住院患者及家属：
为方便住院患者洗漱，减少漱口杯放在洗手台上造成的交叉污染，医院决定自6月17日起，对住院部1至7楼病房卫生间统一安装壁挂式漱口杯架。现将有关事项通知如下。
一、安装时间。6月17日至6月28日，每天上午9时至11时、下午3时至5时，按楼层逐层施工，每间病房施工时间约20分钟。
二、配合事项。施工期间请患者及家属将洗手台上的个人物品暂时收起；卧床患者由护士协助安排，施工人员进入病房前会先敲门告知。
三、使用要求。杯架每个杯位贴有床号标签，请按床号放置漱口杯；出院时请将杯子带走，病区保洁员将对杯架进行擦拭消毒。
如有疑问，请联系后勤保障科，咨询电话：0743-3255186（工作日8:00—17:30）。
钊川县人民医院后勤保障科
2024年6月11日
""",
    ),
    dict(
        slug="hospital-fenshui-tcm-tds-pen-article-text",
        site="昐水县中医院 (invented hospital site, text copy)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.fsxzyy.cn/jkkp/2024/0709/2217.html",
        title="水质笔读数低，水就一定安全吗？",
        record_title="【中医院·健康小课堂】水质笔读数低，水就一定安全吗？",
        date="2024-07-09",
        notes="a hospital's health article copied as text: the 发布时间 line is the page's date; a booking line and a "
        "24-hour line at the bottom; a follow prompt glued after a sentence",
        page="""
!m 昐水县中医院
!m 首页 / 健康科普 / 正文
!t 【中医院·健康小课堂】水质笔读数低，水就一定安全吗？
{T}
!m 发布时间：2024-07-09 15:30　作者：治未病科 向清禾　审核：罗敏华
{BODY}
!l 上一篇：三伏贴今年什么时候贴？
!l 下一篇：夏季腹泻，哪些情况要及时就医
!m 挂号咨询：0745-8271120　急诊：0745-8271200（24小时）
!m 昐水县中医院　地址：昐水县杏林路12号
""",
        indent="\u3000\u3000",
        body="""
最近门诊上有好几位患者拿着水质笔来问：“我家水一测只有三十，是不是特别干净？”今天就来聊聊这个问题。
水质笔测的是水里溶解性总固体的多少，数值低，说明水里溶解的盐类、矿物质少，比如纯净水、反渗透净水器出来的水，读数往往只有个位数或十几。
但是，读数低不代表没有细菌。烧水壶、储水桶长期不清洗，水里的微生物可能超标，水质笔却照样显示很低的数值。同样，某些农药、有机物溶解后导电性很弱，水质笔也反映不出来。⟦a 关注“昐水县中医院”服务号，健康知识每周更新⟧
另外，长期只喝读数接近零的纯净水，会少摄入一部分钙、镁等矿物质，老人和儿童尤其要注意饮食补充。
总的来说，水质笔只能作为一个参考，家庭饮水安全，关键是选用合格的水源、定期清洁储水容器，做到烧开再喝。
""",
    ),
    dict(
        slug="university-xicheng-normal-exam-numbering-news",
        site="钖城师范学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xcnu.edu.cn/info/1032/18846.htm",
        title="教务处启用新号码机为期末试卷统一编号",
        record_title=None,
        date="2025-01-08",
        notes="no title in the record (the <h1> gives it); a college news page with a dotted date line as the page's "
        "date; a photo caption and an editor line; a campus-services bar",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>教务处启用新号码机为期末试卷统一编号-钖城师范学院新闻网</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="sch-top">⟦m 钖城师范学院新闻网⟧ ⟦m 明德 笃学 敬业 乐群⟧ <a>⟦a 学院主页⟧</a> <a>⟦a 信息门户⟧</a></div>
<div class="sch-nav">⟦m 学院要闻⟧ ⟦m 教学科研⟧ ⟦m 院系动态⟧ ⟦m 校园文化⟧ ⟦m 媒体师院⟧</div>
<div class="sch-art">
<h1>{T}</h1>
<div class="sch-info">⟦m 2025.01.08　作者：教务处 易朗　摄影：韦子涵　点击数：<span>1167</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="sch-edit">⟦m 编辑：宣传部 蒲晴　审核：关山⟧</div>
</div>
<div class="sch-pn">⟦l 上一条：我院学子在全区师范生教学技能大赛中获佳绩⟧<br>⟦l 下一条：学院召开2024年度二级党组织书记抓党建述职评议会⟧</div>
<div class="sch-foot">⟦m 地址：钖城市锳湖区学府大道1号　邮编：545601⟧　⟦m 版权所有 © 钖城师范学院　桂ICP备05000517号⟧</div>
</body>
</html>
""",
        body="""
1月7日，学院2024—2025学年第一学期期末考试试卷印制工作在教务处试卷保密室开始。今年，教务处首次启用两台电动号码机，为全校1160个考场的试卷和答题纸统一打印流水编号。
以往试卷编号靠人工用手动号码机一份份按压，一名工作人员一天最多打三千份，还时常出现跳号。新启用的电动号码机可以连续进纸、自动计数，每小时能打号两千余份，遇到重号、跳号会自动停机报警。
⟦l 图为工作人员在保密室内为试卷打号。韦子涵 摄⟧
教务处考务科科长杨素云介绍，每份试卷的编号与考场、座位一一对应，阅卷后可以据此核对卷面和成绩，防止试卷错装、漏装。打号完成后，试卷按考场装袋密封，全程在监控下进行。
据悉，期末考试将于1月13日开始，持续两周。
""",
    ),
    dict(
        slug="university-minyang-voc-dorm-filter-jugs-notice",
        site="旼阳职业技术学院 (invented college site, text copy)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.myvtc.edu.cn/tzgg/2024/0830/671.html",
        title="关于学生公寓统一配发净水壶的通知",
        record_title="后勤服务处｜关于学生公寓统一配发净水壶的通知 - 旼阳职业技术学院",
        date="2024-08-29",
        notes="a college department's notice copied as text: a campus bar, the department's own phone beside the "
        "college switchboard; numbered items; 成文日期 under the signature; posting date not given",
        page="""
!m 旼阳职业技术学院 · 后勤服务处
!m 学院首页 ∣ 处室简介 ∣ 通知公告 ∣ 服务指南 ∣ 下载中心
!t 后勤服务处｜关于学生公寓统一配发净水壶的通知 - 旼阳职业技术学院
{T}
!m 浏览次数：2318　　【关闭】
{BODY}
!l 附：相关链接　学生公寓管理办法（2024年修订）
!m 学院总机：0739-5588000　后勤报修平台：微信搜索“旼职后勤”
!m Copyright © 旼阳职业技术学院 后勤服务处
""",
        indent="\u3000\u3000",
        body="""
各二级学院、全体住校学生：
学院二号、五号学生公寓供水管网改造工程将于10月完工。改造完成前，为保障同学们的饮水卫生，学院决定为上述两栋公寓的住校学生每间宿舍统一配发净水壶1个、备用滤芯2枚。现将有关事项通知如下。
1．领取时间：9月2日至9月6日，每天14:30—17:30。
2．领取地点：各公寓一楼值班室，由宿舍长凭宿舍号登记领取。
3．使用要求：净水壶过滤后的水须烧开后饮用；滤芯约一个月更换一次，备用滤芯用完后可到值班室登记补领。
4．注意事项：净水壶属学院资产，请爱护使用，毕业或调换宿舍时交回值班室。
如有问题，请联系后勤服务处公寓管理科，电话：0739-5588126。
旼阳职业技术学院后勤服务处
2024年8月29日
""",
    ),
]
