"""holdout349, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Written by hand for this part (see ../README.md and ../build.py for the markup); all names invented.
"""

CASES = [
    dict(
        slug="qa-jiehuoba-bottle-warmer-question-title",
        site="解惑吧问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiehuoba.com/q/30418876.html",
        title="暖奶器一直插着电保温，冲好的奶会不会坏？",
        record_title=None,
        date=None,
        notes="no title in the record: the question; the adopted answer is the body (the question's supplement neutral); vote bar and more answers; "
        "answered 3 天前 and an edit stamp are no dates",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>解惑吧问答_有问必答</title>
<script src="//s.jiehuoba.com/js/qa.min.js"></script>
</head>
<body>
<div class="jh-top"><a href="/">⟦m 解惑吧问答⟧</a> ⟦m 有疑问，来解惑⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录丨免费开号⟧</a></div>
<div class="jh-crumb">⟦m 解惑吧 ＞ 母婴育儿 ＞ 喂养⟧</div>
<div class="jh-q">
<h1>{T}</h1>
<p class="jh-qmeta">⟦m 提问者：糖豆妈2023　浏览 6127 次⟧</p>
<p class="jh-qdesc">问题补充：晚上冲好一瓶放进去，想着孩子醒了直接喝，婆婆说这样不卫生，到底谁对？</p>
</div>
<div class="jh-best">
<div class="jh-badge">⟦m 提问者采纳⟧</div>
<div class="jh-author">⟦m 儿科护士小林　回答于 3 天前⟧</div>
<div class="jh-ans">
{BODY}
</div>
<div class="jh-vote">⟦l 有用 482　没用 9　评论 31⟧</div>
<div class="jh-edit">⟦m 最后编辑：前天 22:10⟧</div>
</div>
<div class="jh-other">
<h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 奶粉控：我家都是喝多少冲多少，剩下的直接倒掉。⟧</p>
<p>⟦l 二胎老爸：听婆婆的没错⟧</p>
<a>⟦l 查看全部回答⟧</a>
</div>
<div class="jh-like"><h4>⟦l 你可能也想问⟧</h4><p>⟦l 母乳加热到多少度合适？⟧</p><p>⟦l 暖奶器要不要每天消毒？⟧</p></div>
<div class="jh-foot">⟦d 回答仅代表网友个人观点，涉及健康问题请以医生诊断为准。⟧ ⟦m ©2024 jiehuoba.com 浙ICP备17051903号⟧</div>
</body>
</html>
""",
        body="""
婆婆说得对，冲好的奶不建议放在暖奶器里长时间保温。
暖奶器保温时一般在40℃左右，这个温度正好适合细菌繁殖。冲好的配方奶在室温下最好在1小时内喝完，放在温热的环境里，坏得只会更快。孩子喝了可能会拉肚子、吐奶。
比较稳妥的做法有两种：一是暖奶器里只温白开水，孩子醒了再现冲奶粉；二是提前冲好奶放冰箱冷藏，要喝时再拿出来用暖奶器加热，加热后也要在1小时内喝完。
另外，暖奶器本身也要每天清洗，水槽里的水每天换，用久了有水垢要除掉。喂之前记得滴几滴在手腕内侧试试温度。
""",
    ),
    dict(
        slug="qa-tawen-warming-patch-overnight-doctor-answer",
        site="她问社区 (invented women's-health Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.tawen.cc/question/88104522",
        title="经期贴暖宫贴能贴一整晚吗？",
        record_title="【她问·热议】经期贴暖宫贴能贴一整晚吗？",
        date=None,
        notes="a Q&A as text: decorated question; a doctor's answer as the body; certification line, likes, more "
        "answers; 2 天前 and an update stamp are no dates; a consult prompt glued after a sentence",
        page="""
!m 她问社区 · 女性健康
!m 首页 > 妇科健康 > 经期护理
!t 【她问·热议】经期贴暖宫贴能贴一整晚吗？
!m 1.3万人看过　　86个回答
!m 最佳回答
!m 邵晴 主治医师　羱山县人民医院妇产科　认证医生
!m 回答时间：2 天前
{BODY}
!l 赞同 1026　　收藏　　举报
!l 更多回答
!l 小鹿不乱撞：我之前贴着睡觉，第二天腰上红了一片……
!l 阿紫：用热水袋吧，靠谱点
!m 内容更新于：上周五
!d 以上回答仅供健康科普参考，不能代替线下面诊。
!m 她问社区 tawen.cc　京ICP备22016674号
""",
        indent="",
        body="""
不建议贴一整晚。
暖宫贴是靠铁粉氧化发热的，表面温度一般在50℃上下，持续时间能到十来个小时。人睡着以后对热的感觉会变迟钝，翻身时暖宫贴还可能被压在身下，同一块皮肤长时间受热，就容易出现低温烫伤。低温烫伤开始时只是发红，看起来不严重，其实可能已经伤到皮肤深层，愈合很慢。⟦w 有具体症状想咨询邵医生，点这里发起图文问诊⟧
如果经期肚子凉、隐隐作痛，白天可以隔着衣服贴，每次不超过8小时，晚上睡前撕掉，换成热水袋包上毛巾暖一会儿。
如果痛经很重，吃了止痛药也缓解不了，或者月经量突然变多，要到医院妇科看看，排除子宫内膜异位症等问题，不要只靠暖宫贴扛着。
""",
    ),
    dict(
        slug="anthology-taihen-memoir-rubber-ice-pillow-gb2312",
        site="苔痕书屋 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.taihenshuwu.com/wenji/juan4/0137.htm",
        title="外婆的橡皮冰枕",
        record_title="〔苔痕书屋·卷四〕外婆的橡皮冰枕",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: marquee, volume links, author's mailbox, "
        "visitor counter; a 写于 line with a year only is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔苔痕书屋·卷四〕外婆的橡皮冰枕</title>
<style>td{font-size:14px;line-height:26px}</style>
</head>
<body bgcolor="#eef3e8">
<table width="800" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" height="60"><font size="5">⟦m 苔痕书屋⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 一个退休语文老师的旧文新抄，欢迎常来坐坐⟧</marquee></td></tr>
<tr><td align="center">⟦m 卷一·乡音　卷二·师门　卷三·行旅　卷四·旧物　卷五·杂感⟧</td></tr>
</table>
<table width="800" align="center" border="0" cellspacing="0" cellpadding="12" bgcolor="#ffffff">
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 文 / 苔痕老人　　录入：2023年8月　　阅读：412⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 卷四·第36篇　母亲的顶针⟧　　⟦l 回卷四目录⟧　　⟦l 卷四·第38篇　父亲的马灯 →⟧</td></tr>
</table>
<table width="800" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td align="center">⟦w 读后有话说，请写信给我：taihenlaoren@126.com⟧</td></tr>
<tr><td align="center">⟦d 苔痕书屋文字均为本人所写，转载请注明作者。⟧</td></tr>
<tr><td align="center">⟦m 本屋自2009年开张以来，第 <font color="red">0073318</font> 位客人⟧</td></tr>
</table>
<script language="javascript" src="/cgi-bin/taihen_count.js"></script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我小时候最怕夏天发烧。一烧起来，外婆就从樟木箱底翻出那只橡皮冰枕，那是舅舅在县医院当护士时带回来的，暗红色，像一只瘪了的热水袋，口上拧着一个铝盖子。
那时候镇上没有冰箱。外婆要走二里路到食品站，用两分钱买一块冰，用稻草包着抱回来，在石板上砸碎了，一块块塞进冰枕，再灌半瓢井水。冰枕枕在我脑后，冰得我直缩脖子，外婆就在枕上垫一块洗旧了的毛巾。
她坐在床边摇着蒲扇，隔一会儿就伸手摸摸我的额头，冰化完了，又去砸第二块。我迷迷糊糊睡着，醒来时总看见她还坐在那里。
后来外婆走了，那只冰枕也不知道去了哪里。如今药店里卖的凝胶冰枕，颜色鲜艳，放冰箱冻一冻就能用，方便得很。可我总觉得，它们少了一点什么。少的大概是那二里路，和那把一直摇着的蒲扇。
二〇二三年夏，写于竦岭寓所
""",
    ),
    dict(
        slug="anthology-jiulian-essay-gauze-towel-oneline",
        site="旧帘集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://jiulianji.net/j2/18.txt",
        title="女儿的第一块纱布巾",
        record_title="女儿的第一块纱布巾 —《旧帘集》第二辑·十八",
        date=None,
        notes="an essay as text with the whole body on one line; chapter links and the author's note; no date",
        page="""
!m 旧帘集　卷帘人的一些旧字
!m 目录　第一辑　第二辑　第三辑　关于卷帘人
!t 女儿的第一块纱布巾 —《旧帘集》第二辑·十八
!m 卷帘人　著　　本篇约三百字
{BODY}
!l 上一篇：第二辑·十七　雨天的晾衣绳
!l 下一篇：第二辑·十九　给女儿剪的第一次指甲
!d 本集文字未经作者同意请勿转载。
!m 联系卷帘人：juanlianren@qq.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
女儿出生那天，妻子的同事送来一盒纱布巾，白底上印着小小的蓝色鲸鱼。我拆开一块，薄薄的六层纱，软得像一团云，不知道该怎么用。
护士教我，给新生儿洗脸要用温水浸湿纱布巾，先擦眼睛，从内眼角往外擦，换一面再擦另一只，然后是额头、脸颊、嘴角。我的手很笨，第一次擦的时候女儿哭得很响，我手心里全是汗。
后来这些纱布巾成了家里用得最多的东西。擦口水，垫在肩上拍嗝，夏天洗完澡裹一裹。洗得多了，蓝色的鲸鱼慢慢淡了，边角也起了毛，妻子好几次说要扔，我都偷偷收了起来。
女儿今年上小学了。有一天她翻出那块褪了色的纱布巾，问我这是什么。我说，这是你来到这个家时，收到的第一份礼物。
""",
    ),
    dict(
        slug="dangjian-xianfeng-speech-ice-pillow-cn-date",
        site="羱山先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.ysxianfeng.gov.cn/dyjy/zyfw/202407/t20240712_4408.html",
        title="在“夏送清凉·冰枕进工地”党员志愿服务活动启动仪式上的讲话",
        record_title="【先锋队·夏送清凉】在“夏送清凉·冰枕进工地”党员志愿服务活动启动仪式上的讲话 - 羱山先锋网",
        date="2024-07-10",
        date_also=["2024-07-12"],
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker and a Chinese-numeral date under the "
        "speech title (neutral, the date expected); posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>在“夏送清凉·冰枕进工地”党员志愿服务活动启动仪式上的讲话</title>
<script src="/js/ysxf.js"></script>
</head>
<body>
<div class="xf-head">
<a href="/">⟦m 羱山先锋网⟧</a>
<span>⟦m 中共羱山县委组织部主办⟧</span>
</div>
<div class="xf-nav">⟦m 首页　组工动态　党员教育　基层党建　人才工作　先锋风采⟧</div>
<div class="xf-path">⟦m 您的位置：首页 - 党员教育 - 志愿服务⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<p class="xf-meta">⟦m 发布日期：2024-07-12　来源：蕳桥镇党委　浏览量：529⟧</p>
<p class="xf-study">⟦a 登录“羱山先锋”学习平台，读完本文可得1个学习积分⟧</p>
<div class="xf-txt">
<p style="text-align:center">蕳桥镇党委书记　汤子衡</p>
<p style="text-align:center">（二〇二四年七月十日）</p>
{BODY}
</div>
<p class="xf-qr">⟦a 掏出手机扫一扫，在路上也能读完这篇⟧</p>
<p class="xf-prev">⟦l 上一篇：蕳桥镇开展“七一”专题党课⟧</p>
<p class="xf-next">⟦l 下一篇：嶪坪镇党员冬训成果展示会举行⟧</p>
</div>
<div class="xf-foot">⟦m 中共羱山县委组织部　地址：羱山县政府大院3号楼　邮编：418300⟧ ⟦m 湘ICP备12008391号⟧</div>
</body>
</html>
""",
        body="""
同志们、朋友们：
今天，我们在这里举行“夏送清凉·冰枕进工地”党员志愿服务活动启动仪式。首先，我代表镇党委，向一直坚守在高温一线的建筑工人、环卫工人和快递小哥表示衷心的感谢！
入伏以来，我镇最高气温多次超过37℃。镇里在建项目有14个，每天在户外作业的工人有一千多人。前段时间，我们在走访中听到不少工人说，中午在工棚里热得睡不着，下午干活没精神。镇党委研究决定，组织全镇党员志愿者，把冰枕和防暑药品送到工地上。
这次活动，镇里统一采购了凝胶冰枕1500个，在镇卫生院和3个村卫生室设立冰枕冷冻点，由党员志愿者每天早晚两次把冻好的冰枕送到各个工地。希望各支部把这件事当作“我为群众办实事”的具体行动，一个工地一个工地地落实，不搞形式、不走过场。
同志们，一个冰枕虽小，却能让工人师傅睡个好午觉。让我们用实实在在的行动，把党的温暖送到每一个劳动者身边！
""",
    ),
    dict(
        slug="dangjian-huochuan-summary-warming-patch-branch",
        site="豁川党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.hcdangjian.cn/jcdj/2024/0130/15523.html",
        title="县城管局机关党支部“暖心护巾帼”志愿服务活动总结",
        record_title="县城管局机关党支部“暖心护巾帼”志愿服务活动总结（支部风采）_豁川党建网",
        date="2024-01-26",
        date_also=["2024-01-30"],
        notes="a Party site as text: 成文日期 under the signature; the site's posting date also accepted; a table "
        "of distribution points; a like prompt glued after a sentence",
        page="""
!m 豁川党建网　豁川县委组织部主办
!m 首页 >> 基层党建 >> 支部风采
{T}
!m 时间：2024-01-30　　来源：县城管局机关党支部　　字号：[大][中][小]
{BODY}
!a 觉得不错？给支部点个红心
!l 支部风采·往期
!l 县税务局党支部开展“春风行动”进企业
!l 硇口镇藨田村党支部冬季党员大会侧记
!m 豁川党建网　www.hcdangjian.cn　版权所有
!m 湘ICP备13002245号
""",
        indent="\u3000\u3000",
        body="""
今年元旦以来，豁川连续遭遇低温雨雪天气。县城管局机关党支部发现，全县环卫队伍中女职工占到六成，她们凌晨四五点就要上街清扫，不少人经期也坚持在岗。为此，支部在1月开展了“暖心护巾帼”志愿服务活动，现将活动情况总结如下。
一、主要做法。支部党员自愿捐款1.26万元，采购暖宫贴、暖手宝、护膝等保暖用品，分三批送到城区环卫工人休息点；支部联系县妇幼保健院，请医生到休息点讲解冬季妇科保健和暖宫贴正确使用方法。⟦a 点亮小红心，为巾帼环卫工人加油⟧
二、发放情况。
发放点　覆盖环卫工人数　暖宫贴（盒）　暖手宝（个）
城东休息点　86人　172　86
城西休息点　74人　148　74
硇口镇休息点　41人　82　41
三、活动成效。活动共服务女环卫工人201人，开展健康讲座3场，女职工们纷纷表示，心里暖、身上也暖。下一步，支部将把这项活动作为常态化服务项目，每年冬季持续开展。
中共豁川县城市管理局机关支部委员会
二〇二四年一月二十六日
""",
    ),
    dict(
        slug="hospital-xiyuan-thermo-strip-article-booking-lines",
        site="潟原市妇幼保健院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.xyfybj.com/jkkp/ekbj/2024/1119/2701.html",
        title="体温贴、耳温枪、电子体温计，宝宝量体温该选哪个？",
        record_title="【儿保微课堂】体温贴、耳温枪、电子体温计，宝宝量体温该选哪个？——潟原市妇幼保健院",
        date="2024-11-19",
        notes="hospital site: booking and 24-hour lines, booking float, experts list; the department's 咨询电话 in the "
        "body beside them; the byline's 发布时间 is the page's date; an editor line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【儿保微课堂】体温贴、耳温枪、电子体温计，宝宝量体温该选哪个？——潟原市妇幼保健院</title>
<script src="/static/js/fybj.js"></script>
</head>
<body>
<div class="fy-top">
<span>⟦m 潟原市妇幼保健院　潟原市儿童医院⟧</span>
<span>⟦m 预约挂号：0743-3266120⟧</span>
<span>⟦m 24小时急诊：0743-3266999⟧</span>
</div>
<div class="fy-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　党建文化⟧</div>
<div class="fy-pos">⟦m 健康科普 ＞ 儿童保健⟧</div>
<div class="fy-art">
<h1>{T}</h1>
<div class="fy-info">⟦m 发布时间：2024-11-19　供稿：儿童保健科　阅读：2216⟧</div>
<div class="fy-body">
{BODY}
</div>
</div>
<div class="fy-side">
<h3>⟦l 儿保科出诊专家⟧</h3>
<p>⟦l 蔺慧芳　主任医师　周一、周三全天⟧</p>
<p>⟦l 俞子墨　副主任医师　周二、周五上午⟧</p>
</div>
<div class="fy-float"><a href="/yuyue/">⟦a 手机预约　免排队⟧</a></div>
<div class="fy-foot">⟦m 地址：潟原市竦岭区和暖路88号⟧ ⟦m 湘ICP备09033721号-1⟧ ⟦d 本站科普内容仅供参考，不作为诊疗依据。⟧</div>
</body>
</html>
""",
        body="""
天冷了，带孩子来看发热门诊的家长越来越多。很多家长问：家里备体温贴、耳温枪还是电子体温计好？儿童保健科的医生给大家捋一捋。
体温贴。贴在额头上，靠颜色或数字变化显示体温，不用叫醒孩子，适合夜里随时看一眼。但它测的是皮肤表面温度，容易受出汗、被子捂着等影响，误差比较大，只能当作“提醒”。
耳温枪。几秒钟就能测完，适合不配合的小宝宝。但3个月以下的婴儿耳道太窄，测得不准；测量时要把耳廓往后上方轻拉，让探头对准耳道。
电子体温计。测腋温最常用，结果比较准确，就是需要孩子安静配合一两分钟。
我们的建议是：家里常备一支电子体温计；体温贴、耳温枪发现体温偏高时，再用电子体温计复测。孩子发热同时精神差、抽搐或者3个月以下的婴儿发热，要马上就医。
儿童保健科咨询电话：0743-3266237（工作日8:00—17:30）⟦m 编辑：韦菁　审核：蔺慧芳⟧
""",
    ),
    dict(
        slug="hospital-third-rules-ice-pillow-articles",
        site="潟原市第三人民医院 (invented)",
        style="医院官网",
        genre="规定",
        kind="other",
        form="text",
        source="http://www.xysy.org.cn/hlb/zd/2024/0606/1185.html",
        title="潟原市第三人民医院冰枕使用管理规定",
        date=None,
        notes="record title as is; 第N条 articles; an effective clause without a date; a hospital's switchboard "
        "and complaint lines in the footer",
        page="""
!m 潟原市第三人民医院
!m 首页 | 护理天地 | 护理制度 | 正文
!m 作者：护理部　　浏览量：615
!a 【放大】【缩小】【打印】
{T}
{BODY}
!l 相关制度
!l 住院患者约束带使用管理规定
!l 病区冰箱使用管理制度
!m 医院总机：0743-3901000　　投诉电话：0743-3901234
!m 版权所有 © 潟原市第三人民医院　湘ICP备07016508号
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范病区冰枕的使用和管理，预防患者冻伤和院内感染，结合本院实际，制定本规定。
第二条　本规定所称冰枕，是指病区用于患者物理降温的凝胶冰枕和注水冰枕。
第三条　冰枕由各病区指定专人管理，在专用冰箱内冷冻保存，不得与药品、标本、食品混放。
第四条　使用冰枕须有医嘱或护士评估。使用前应检查冰枕有无破损渗漏，外包布套或干毛巾后方可使用。
第五条　使用期间，护士应每30分钟巡视一次，观察患者局部皮肤颜色和感觉；发现皮肤苍白、青紫或患者诉麻木时，应立即停止使用。
第六条　婴幼儿、老年人、昏迷及感觉障碍患者使用冰枕时，巡视间隔缩短为15分钟，并做好记录。
第七条　冰枕一人一用一消毒，用后以含氯消毒液擦拭，晾干后放回冰箱；破损冰枕应立即停用并登记报废。
第八条　本规定由护理部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="college-xiyuan-textile-gauze-towel-news-h1-dotted-date",
        site="潟原纺织职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xyfzxy.edu.cn/info/1021/6634.htm",
        title="我院学生研发竹纤维纱布巾获省职业院校创新创业大赛金奖",
        record_title=None,
        date="2024-05-28",
        notes="no title in the record: the <h1>; a dotted college date in the byline is the page's date; a "
        "campus-photo caption and a photographer/editor line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>潟原纺织职业学院</title>
<link rel="stylesheet" href="/dfiles/xyfz/style.css">
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="top">
<span>⟦m 潟原纺织职业学院⟧</span>
<span>⟦m 经纬天下　织就未来⟧</span>
<a>⟦a 信息门户⟧</a> <a>⟦a 校内邮箱⟧</a>
</div>
<div class="menu">⟦m 学校概况　院系设置　教育教学　招生就业　合作交流　校园文化⟧</div>
<div class="locate">⟦m 当前位置：首页 » 校园新闻⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="note">⟦m 2024.05.28　文：纺织工程系　图：宣传部　浏览次数：<span>1437</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦l 【关闭】　【顶部】⟧</div>
</div>
<div class="right"><h4>⟦l 图说纺院⟧</h4><p>⟦l 纺织工程系举办第五届面料创意设计展⟧</p><p>⟦l 学院与嶪坪镇共建产业学院揭牌⟧</p></div>
<div class="bottom">⟦m 地址：潟原市竦岭区纺织大道1号　邮编：418000　招生咨询：0743-3508800⟧ ⟦m 湘ICP备05019922号⟧</div>
</body>
</html>
""",
        body="""
近日，第十届省职业院校创新创业大赛决赛落幕，我院纺织工程系学生团队的“竹纤维婴儿纱布巾”项目获得金奖。
项目团队由纺织工程系5名学生组成，指导老师为纺织工程系副教授喻青和实训中心工程师叶川。团队在嶪坪镇纺织企业调研时发现，纯棉纱布巾用久了吸水性下降，且容易掉絮。经过一年多的反复试验，团队把竹纤维和棉按三比七的比例混纺，织成六层纱布巾，吸水速度比同规格纯棉纱布巾提高了约三成，水洗五十次后仍不明显掉絮。
⟦m 图为项目团队在学院纺织实训中心测试纱布巾吸水性能。⟧
目前，该项目已与嶪坪镇一家纺织企业签订了合作意向，首批产品预计今年下半年上市。喻青表示，下一步团队还将研究纱布巾的抗菌整理工艺。⟦m 摄影：向北　编辑：苗小禾⟧
""",
    ),
    dict(
        slug="college-yuanshan-normal-union-bottle-warmer-notice",
        site="羱山师范学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://gh.ysnu.edu.cn/tzgg/2024/0911/861.html",
        title="关于校园“爱心妈妈小屋”新增暖奶器等设施并开放预约的通知",
        record_title="校工会｜关于校园“爱心妈妈小屋”新增暖奶器等设施并开放预约的通知",
        date="2024-09-10",
        date_also=["2024-09-11"],
        notes="a union office's page as text: the notice's own contact beside the union office's general line; "
        "sentences about scanning to book as content; 成文日期 under the signature",
        page="""
!m 羱山师范学院工会
!m 工会首页　工会动态　通知公告　教代会　文体活动
!m 当前：通知公告
{T}
!m 发布人：gh_admin　　2024-09-11　　阅读 388
{BODY}
!a 〖返回列表〗〖打印这一页〗
!m 工会办公室：行政楼301　电话：0743-7608101
!m 羱山师范学院 版权所有
""",
        indent="\u3000\u3000",
        body="""
全校女教职工：
为更好地服务哺乳期女教职工，校工会对行政楼二楼“爱心妈妈小屋”进行了改造提升，现将有关事项通知如下：
一、新增设施。小屋新增暖奶器2台、储奶冰箱1台、消毒柜1台，更换了哺乳椅和隔帘，并配备了纸巾、湿巾和一次性储奶袋。
二、开放时间。工作日8:00至18:00开放，每次使用时间原则上不超过40分钟。
三、预约方式。使用前请用手机扫描小屋门口的二维码预约时段；临时需要使用的，可直接到工会办公室登记。
四、使用要求。暖奶器仅供加热母乳和奶瓶，使用后请关闭电源、清空水槽；储奶袋请写明姓名和日期，冰箱内物品每周五下午清理一次。
联系人：工会办公室 杜若兰，电话：0743-7608126
羱山师范学院工会委员会
2024年9月10日
""",
    ),
]
