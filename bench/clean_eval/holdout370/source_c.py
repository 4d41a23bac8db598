"""holdout370, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-laoganggong-memoir-spikes-gb2312",
        site="老杆工文存 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laoganggong.net/juan2/04.htm",
        title="师傅教我上杆",
        record_title="师傅教我上杆（《杆上人生》卷二之四）— 老杆工文存",
        date=None,
        notes="old gb2312 collection: marquee, 正體/大字 links, chapter links, visitor counter, the author's mailbox; a memoir "
        "with years only (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>师傅教我上杆（《杆上人生》卷二之四）— 老杆工文存</title>
<style type="text/css">body{font-size:14px;line-height:200%}</style>
<script language="javascript">function fontZoom(n){document.getElementById('wen').style.fontSize=n+'px';}</script>
</head>
<body bgcolor="#EDE7D9">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><marquee direction="left" scrollamount="2">⟦m 老杆工文存——记下四十年电力线路上的人和事⟧</marquee></td></tr>
<tr><td align="right">⟦a <a href="?big5=1">正體字</a> ｜ <a href="?big=1">大字本</a>⟧　<a href="../index.htm">⟦m 文存首页⟧</a></td></tr>
</table>
<table width="780" border="1" align="center" cellpadding="12" cellspacing="0" bordercolor="#B8A98A">
<tr><td align="center"><font size="5"><b>{T}</b></font><br>⟦m 《杆上人生》卷二 · 第四篇⟧</td></tr>
<tr><td id="wen">
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：第一次停电抢修⟧　⟦l 返回卷二目录⟧　⟦l 下一篇：雪夜架线⟧</td></tr>
</table>
<table width="780" align="center"><tr><td align="center">
⟦m 给作者写信：langgan1962@laoganggong.net⟧<br>
⟦m 本页已被翻阅 3127 次⟧<br>
⟦d 文存文字为作者亲历所写，如需引用请先来信。⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九八二年春天，我进了公社电管站，跟着郎师傅学电工。头一个月，他什么活也不让我干，只让我练上杆。
那时候用的脚扣是铁匠铺打的，弯钩上包着一截旧自行车外胎，一副有七八斤重。郎师傅先教我看脚扣：弯钩有没有裂，胶皮有没有磨穿，脚带扣不扣得牢。他说，脚扣就是电工的第二双脚，脚不稳，人就站不住。
上杆的时候，他让我先系好腰带，腰带绕过杆子，再一步一扣往上走。脚扣要扣正，身子不能贴杆太近，也不能离得太远。我第一次爬到一半，腿抖得厉害，往下一看，差点把脚扣踩滑。郎师傅在下面喊：“别往下看，看杆顶！”
练了一个月，我终于能一口气爬上十米的木杆。郎师傅只说了一句：“上得去还要下得来，下来比上去难。”
后来我当了师傅，也带过十几个徒弟。脚扣换了好几代，轻了，也结实了，可郎师傅那几句话，我一句不落地传了下去。
""",
    ),
    dict(
        slug="collection-paohua-micrometer-essay-oneline",
        site="刨花集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://paohuaji.net/juan1/06.txt",
        title="一把千分尺的四十年",
        record_title="刨花集·卷一｜一把千分尺的四十年",
        date=None,
        notes="essay with its whole body on one line (paragraphs apart only by their indent); years but no date; collection "
        "stamp is relative",
        page="""
!m 刨花集　——一个老车工的闲笔
!m 卷一 · 手艺篇 · 第六篇
{T}
{BODY}
!l 上一篇：车床旁的冬天　　下一篇：学徒的第一把锉刀
!m 收录于 2 个月前　字数 780
!d 集中文字均系作者原创，转载请告知。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一九八五年，我从技校毕业分到县农机厂当车工，报到那天，车间主任发给我一把外径千分尺，装在一个掉了漆的木盒里。
那时候厂里千分尺少，一个班组只有两三把，谁领了谁负责。我每天下班都把它擦干净，薄薄抹一层油，用绒布包好放回盒里。老师傅说，量具是车工的眼睛，眼睛花了，活儿就做不准。⟦d 转载请注明出自刨花集⟧
九十年代厂子不景气，我到南方打了几年工，那把千分尺一直带在身边。有一回在工厂验收零件，对方的质检员用他们的尺量了说超差，我拿出自己的尺再量，正好在公差之内。两把尺一比，原来是他们的尺子零位没对好。
后来我自己开了个小加工店，又添了几把数显千分尺，读数更快更方便。可是遇到要紧的活，我还是习惯用那把老尺子复核一遍。
今年我六十岁，店交给了徒弟。那把千分尺我又送去计量所检定了一次，示值误差仍在允许范围内。我把它连同木盒一起交给徒弟，跟他说，尺子会老，规矩不能老。
""",
    ),
    dict(
        slug="party-shuyuan-summary-arrester-table-html",
        site="戍原国资党建网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://dj.shuyuangz.gov.cn/zbfc/202507/t20250709_9031.html",
        title="戍原建安集团第一党支部2025年上半年“防高坠·党员先锋岗”活动总结",
        record_title="【红色工地】戍原建安集团第一党支部2025年上半年“防高坠·党员先锋岗”活动总结丨戍原国资党建",
        date="2025-07-04",
        date_also=["2025-07-09"],
        notes="Party portal: study-points prompt, scan-to-read line; a data table one row a paragraph; 成文日期 vs the page's "
        "发布时间; a study-points line glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【红色工地】戍原建安集团第一党支部2025年上半年“防高坠·党员先锋岗”活动总结丨戍原国资党建</title>
<link rel="stylesheet" href="/css/dangjian-red.css">
<script src="/js/studytime.js"></script>
</head>
<body>
<div class="dj-banner">⟦m 戍原国资党建 · 红色引擎 国企担当⟧</div>
<div class="dj-nav">⟦m 首页　党建要闻　支部风采　先锋人物　学习园地　廉洁国企⟧</div>
<div class="dj-crumb">⟦m 当前位置：首页＞支部风采＞正文⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-meta">⟦m 发布时间：2025-07-09　来源：戍原建安集团党委　浏览：486⟧</div>
<div class="dj-study">⟦a 阅读满3分钟可获学习积分+1⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 手机扫码 随时随地学⟧</div>
<div class="dj-pn">⟦l 上一篇：市政公司党支部开展“七一”主题党日活动⟧<br>⟦l 下一篇：国资系统青年理论学习小组交流会召开⟧</div>
</div>
<div class="dj-foot">⟦m 戍原县国有资产服务中心党委主办　黔ICP备18009923号-1⟧</div>
<script>studyTimer.start(180);</script>
</body>
</html>
""",
        body="""
今年上半年，第一党支部围绕公司防高处坠落专项治理，在4个在建项目设立“党员安全先锋岗”，组织18名党员带头检查、带头示范、带头整改，取得了较好成效。现总结如下。
一、主要做法
一是党员带头检查。先锋岗党员每周对项目速差器、安全带和生命线逐一检查，发现问题当场登记、限时整改。
二是党员带头示范。在班前会上，党员现场演示速差器挂点选择和使用前试拉，让工人看得懂、学得会。⟦a 点赞本文，学习积分再加1分⟧
三是党员带头攻坚。针对钢结构屋面挂点难找的问题，支部组织技术骨干设计了可移动式挂点支架，在两个项目推广使用。
二、取得的成效
项目　检查次数　发现问题　完成整改
淤口物流园　26　31　31
歧河安置房三期　24　19　19
城南学校　22　14　13
县医院综合楼　25　22　22
上半年，4个项目未发生高处坠落事件，速差器检验合格率由年初的81%提高到100%。
三、存在的不足和下一步打算
个别项目整改还不够及时，城南学校项目尚有1项问题正在整改。下半年，支部将把先锋岗延伸到全部在建项目，并开展速差器使用技能比武。
中共戍原建安集团第一支部委员会
2025年7月4日
""",
    ),
    dict(
        slug="party-duchuan-speech-area-meter-cn-date",
        site="犊川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.dcxianfeng.gov.cn/jcsy/sjjh/202503/t20250310_4418.html",
        title="在全乡承包地面积复核工作动员会上的讲话",
        record_title="〖书记讲话〗在全乡承包地面积复核工作动员会上的讲话 ‹ 犊川先锋网",
        date="2025-03-06",
        date_also=["2025-03-10"],
        notes="speech: speaker line and a date line in Chinese numerals under the title (neutral); the page's 发布 date also "
        "accepted; a study prompt between paragraphs",
        page="""
!m 犊川先锋网 · 中共犊川县委组织部主办
!m 位置：首页 › 基层声音 › 书记讲话
!m 发布：2025-03-10　来源：鬃岭乡党委　浏览：562
{T}
鬃岭乡党委书记　郦振华
（二〇二五年三月六日）
{BODY}
!a 【收藏】【转发至支部群】【打印】
!l 相关阅读：鬃岭乡召开2025年农村工作会议
!m 犊川先锋网　版权所有　联系电话：0857-6360118
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开全乡承包地面积复核工作动员会，主要任务是部署用测亩仪对全乡承包地开展面积复核，解决群众反映强烈的确权面积与实际面积不符问题。下面，我讲三点意见。
一、统一思想，充分认识复核工作的重要性
去年以来，乡里陆续收到群众反映承包面积问题的来信来访43件，占全部信访量的近三成。这些问题看起来是几分地的事，实际上关系到群众的切身利益，也关系到党委政府的公信力。
⟦a 学习打卡：读完本文请在支部群里接龙⟧
二、把握重点，确保复核结果经得起检验
一要统一标准。全乡统一使用经县计量所校准的测亩仪，统一按庄稼种植边界测量，统一扣除田埂沟渠。二要公开透明。每块地测量时，承包户、相邻户和村民小组长必须到场，测量结果当场签字确认，并在村务公开栏公示七天。三要依法处理。复核面积与确权面积差异较大的，按程序报县农业农村局审核，不得由村组自行改动。
三、压实责任，按期完成复核任务
各村党支部书记是第一责任人，包村干部要全程参与。乡纪委要加强监督，对优亲厚友、弄虚作假的，严肃追责。全乡复核工作要在5月底前完成。
同志们，把每一亩地量准，就是把群众的心暖热。希望大家扎扎实实把这件好事办好！
""",
    ),
    dict(
        slug="hospital-jialing3-fall-firstaid-spikes-html",
        site="迦陵市第三人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.jlsy3.com/jkkp/2025/0814/1672.html",
        title="从电杆上坠落后，这几件事做对了能保命",
        record_title="【坠落伤急救】从电杆上坠落后，这几件事做对了能保命｜迦陵三院",
        date="2025-08-14",
        notes="hospital page: a column tag glued before the lead's first words, booking and 24-hour lines, booking float, "
        "experts list; the department's own 咨询电话 in the body; the byline's 发布时间 as the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【坠落伤急救】从电杆上坠落后，这几件事做对了能保命｜迦陵三院</title>
<link rel="stylesheet" href="/static/css/hospital.css">
<script src="/static/js/float-yuyue.js"></script>
</head>
<body>
<div class="h-top">⟦m 迦陵市第三人民医院　三级综合医院　迦陵医科大学附属医院⟧</div>
<div class="h-top2">⟦w 预约挂号：0859-3512000⟧　⟦m 24小时急救：0859-3512999⟧</div>
<div class="h-nav">⟦m 医院首页　医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="h-crumb">⟦m 首页 &gt; 健康科普 &gt; 急诊急救⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2025-08-14　作者：急诊科　审核：医务部　阅读：1275⟧</div>
<div class="h-body">
{BODY}
</div>
</div>
<div class="h-side">
<h3>⟦l 急诊科专家⟧</h3>
<ul><li>⟦l 晏秋平　主任医师　擅长多发伤救治⟧</li><li>⟦l 蒯立　副主任医师　擅长急危重症⟧</li></ul>
</div>
<div id="yuyue-float">⟦a 在线挂号　｜　报告查询⟧</div>
<div class="h-foot">⟦m 地址：迦陵市淤口区健康路115号　黔ICP备12006610号⟧ ⟦d 本站科普内容仅供参考，不能代替医生面诊。⟧</div>
<script>floatYuyue({right:10,bottom:120});</script>
</body>
</html>
""",
        body="""
⟦m 【健康迦陵·急救课】⟧近日，医院急诊科接连收治了两名登杆作业时坠落受伤的电工。其中一名伤者因脚扣卡滑，从约6米高处坠地，造成腰椎压缩性骨折；另一名因未系安全带，从杆上滑落时被脚扣划伤小腿。
急诊科主任晏秋平提醒，高处坠落伤往往伤情隐蔽，现场处置是否得当，直接影响救治效果。
一、不要急着扶起伤者。坠落者可能存在脊柱损伤，随意搀扶、背抱会加重损伤。应让伤者保持原来的姿势，等待专业人员。
二、先看意识和呼吸。伤者意识不清、呼吸困难时，立即拨打120，并在调度员指导下进行急救。
三、小心取下脚扣。伤者脚上仍套着脚扣时，要先松开脚带，顺着脚的方向慢慢取下，不要硬拽。
四、伤口出血先压迫。用干净的布料直接按压出血部位，不要在伤口上涂抹药物。
晏秋平说，预防比救治更重要。登杆前检查脚扣和安全带，全程系好安全带，才能从源头上减少坠落伤。
急诊科咨询电话：0859-3512120（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-jishan-tcm-back-pain-bucket-text",
        site="稽山县中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.jszyy.com/jkjt/2025-05-20/883.html",
        title="常提灰桶腰疼？康复科教你三招护腰",
        record_title="常提灰桶腰疼？康复科教你三招护腰 ‹健康讲座› 稽山县中医院",
        date="2025-05-20",
        notes="hospital text page: 发布日期 byline as the page's date; booking line and a consult prompt; a like prompt glued "
        "after a 。",
        page="""
!m 稽山县中医院　二级甲等中医医院
!m 网站首页 ＞ 健康讲座 ＞ 康复保健
{T}
!m 发布日期：2025-05-20　　供稿：康复医学科　　点击：733
!a 【放大一号 ｜ 缩小一号 ｜ 默认】
{BODY}
!w 康复科门诊预约：0857-6288300（周一至周六）
!l 推荐阅读：颈椎病患者枕头怎么选　｜　艾灸不是人人都适合
!m 稽山县中医院　地址：稽山县城关镇杏林路23号　黔ICP备15004418号
""",
        body="""
在康复科门诊，经常能遇到腰疼的抹灰工、瓦工。他们每天要提着灰桶上下脚手架，一桶灰浆二三十斤，时间长了，腰肌劳损、腰椎间盘突出就找上门来。
康复科主任医师詹玉洁介绍，提灰桶伤腰，主要是姿势不对和负荷过重。她给大家支三招。
第一招，蹲下再提。提灰桶时先屈膝下蹲，让桶尽量靠近身体，用腿部力量站起来，不要直着腿弯腰去提。
第二招，两手分担。能用两只小桶就不用一只大桶，两手各提一只，身体左右受力平衡；桶里的灰浆装到七分满就行。⟦l 觉得实用？点个赞再走⟧
第三招，工间拉伸。每干一个小时，双手叉腰，慢慢向后仰身十次，再做几次弓步压腿，放松腰背肌肉。
詹玉洁提醒，腰疼超过两周不缓解，或者出现下肢麻木、无力，应及时到医院就诊。
""",
    ),
    dict(
        slug="college-jialing-gauge-contest-no-title-html",
        site="迦陵工程职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jlgczy.edu.cn/info/1032/6613.htm",
        title="机电工程学院举办第五届“精测杯”量具使用技能竞赛",
        record_title=None,
        record_date="2025-11-19",
        date="2025-11-19",
        notes="college news page: the title missing from the record, found in the <h1>; author/photo/review line, campus "
        "links; date in the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>学院新闻-迦陵工程职业学院</title>
<link rel="stylesheet" href="/style/xy2024.css">
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="xy-head">⟦m 迦陵工程职业学院　JIALING ENGINEERING VOCATIONAL COLLEGE⟧</div>
<div class="xy-nav">⟦m 学院首页　学院概况　院系设置　教学科研　招生就业　校园文化⟧</div>
<div class="xy-crumb">⟦m 当前位置：首页 》 学院新闻⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-meta">⟦m 作者：机电工程学院 甄妍　摄影：邬明　审核：鞠建平　点击数：388⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="xy-close">⟦a 【关闭本页】【返回顶部】⟧</div>
</div>
<div class="xy-foot">
<p>⟦m 地址：迦陵市淤口区学府大道1号　邮编：558000　招生热线：0859-3230001⟧</p>
<p>⟦m 版权所有：迦陵工程职业学院　黔ICP备13001209号⟧</p>
</div>
<script>_showDynClicks("wbnews", 1783442651, 6613);</script>
</body>
</html>
""",
        p_html='<p class="vsbcontent_start" style="text-indent:2em;">{}</p>',
        body="""
11月18日下午，机电工程学院第五届“精测杯”量具使用技能竞赛在实训楼精密测量室举行，来自机械制造、数控技术等专业的64名学生参加比赛。
竞赛分理论答题和实操测量两个环节。实操环节中，选手须在20分钟内使用外径千分尺、内径千分尺和游标卡尺，完成一根阶梯轴和一个轴套共12个尺寸的测量，并填写检测报告。评委根据测量精度、操作规范和量具保养情况综合评分。
⟦m 图：选手使用外径千分尺测量阶梯轴（邬明 摄）⟧
比赛现场，选手们擦拭测砧、校对零位、转动棘轮，一招一式有板有眼。数控技术专业学生贺一鸣以12个尺寸全部准确的成绩获得一等奖。他说：“千分尺读数时要看清半毫米刻线，平时练得多，比赛就不慌。”
据了解，“精测杯”竞赛已连续举办五届，累计参赛学生300余人次，成为学院推进“岗课赛证”融通的重要载体。
""",
    ),
    dict(
        slug="college-shuyuan-lab-closure-arrester-wrapped",
        site="戍原理工学院安全工程系网站 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://aqgc.shuyuan-tech.edu.cn/sxzx/tzgg/2025-10-14/377.html",
        title="关于高处作业实训室速差器送检期间暂停开放的通知",
        record_title="实训中心公告 ▏关于高处作业实训室速差器送检期间暂停开放的通知 ▏戍原理工",
        date="2025-10-13",
        date_also=["2025-10-14"],
        notes="college text page hard-wrapped at 56 columns; a numbered list; the centre's own contact phone and mailbox beside "
        "the department office's line; 成文日期 vs 发布时间",
        page="""
!m 戍原理工学院 · 安全工程系
!m 网站首页 ┆ 系部概况 ┆ 教学工作 ┆ 实训中心 ┆ 学生工作
{T}
!m 发布者：实训中心　发布时间：2025-10-14　访问量：97
{BODY}
!m 系办电话：0858-2236400　　技术支持：学院网络中心
!l 【相关通知】实训中心2025—2026学年第一学期开放时间安排
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各班级、各位同学：
根据学院实训设备年度检验计划，高处作业实训室的24台速差器将于10月20日至11月7日送省级检验机构进行年度检验。检验期间，实训室暂停开放，原定在该实训室进行的“高处作业安全技术”实训课调整到11月10日以后进行，具体安排以教务系统课表为准。
请各位同学注意：
1．检验期间不得进入实训室，不得擅自使用实训室内的其他防坠落器具。
2．已预约课外开放训练的同学，预约自动取消，可在实训室恢复开放后重新预约。
3．检验不合格的速差器将报废处理，实训室将同步补充采购，恢复开放前会逐台试拉检查。
如有疑问，请联系实训中心韦老师，电话：0858-2236401，邮箱：sxzx@shuyuan-tech.edu.cn。
安全工程系实训中心
2025年10月13日
""",
    ),
    dict(
        slug="cityforum-jishan-bucket-thrown-jammer-html",
        site="稽山百事通论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.jishanbst.com/thread-1190244-1-1.html",
        title="楼上装修工人从窗口往下扔灰桶，差点砸到孩子，物业管不管？",
        record_title=None,
        date=None,
        notes="county forum: title missing from the record, found as the thread subject; weather line, medals, jammer-font "
        "junk, a decoration ad with a phone, a forward-to-department link; relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>稽山百事通论坛 - 百姓话题 - 稽山百事通</title>
<style>.jammer{display:none}</style>
<script src="static/js/forum_viewthread.js"></script>
</head>
<body>
<div class="bst-top">⟦m 稽山 今天 多云 19~27℃⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="bst-logo">⟦m 稽山百事通 · 稽山人的网上家园⟧</div>
<div class="bst-nav">⟦m 百姓话题　房产家居　稽山美食　二手市场　招聘求职⟧</div>
<div class="bst-crumb">⟦m 稽山百事通 » 百姓话题 » 查看帖子⟧</div>
<table class="bst-post"><tr>
<td class="bst-user"><p>⟦m 锦绣小区妈妈⟧</p><p>⟦m 勋章：热心邻居 · 发帖达人⟧</p></td>
<td class="bst-content">
<h1 id="thread_subject">{T}</h1>
<div class="bst-time">⟦m 发表于 2 小时前　｜　阅读 4,906　回复 88⟧</div>
<div class="bst-msg">
{BODY}
</div>
<div class="bst-ops">⟦a 转交城管部门⟧　⟦a 顶帖　收藏　举报⟧</div>
</td></tr></table>
<div class="bst-ad">⟦w 锦绣装饰 整装套餐到店立减 咨询 138 0857 2266⟧</div>
<div class="bst-replies">
<p>⟦l 沙发｜城南老住户：必须报警，高空抛物入刑了⟧</p>
<p>⟦l 板凳｜稽山物业人：物业没有执法权，但可以停止该户装修⟧</p>
</div>
<div class="bst-foot">⟦m 稽山百事通 版权所有　黔ICP备11003397号-2⟧</div>
<script>bst.viewthread.init(1190244);</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
住在城南锦绣小区7栋的，实在忍不住上来发个帖。
今天下午四点多，我带孩子从单元门出来，一个灰桶“咣”的一声砸在我们前面两三米的地上，桶里剩的灰溅了一地。抬头一看，是12楼正在装修的那家，工人图省事，直接从窗口往下扔空灰桶。
我上楼去找，工人说下面没人才扔的，还嫌我大惊小怪。孩子吓得直哭，我到现在腿还是软的。
找物业，物业说已经口头警告了，让我们有证据再说。我想问问大家：一是这种情况物业到底该不该管；二是能不能报警；三是有没有邻居拍到视频。
高空抛物真不是小事，一个灰桶好几斤重，从12楼扔下来后果不敢想。希望装修的业主也管管自己请的工人。
""",
    ),
    dict(
        slug="cityforum-duchuan-area-meter-complaint-junk-text",
        site="犊川生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.duchuanlife.com/t/302281",
        title="今年割麦按测亩仪收钱，我家四亩地量出五亩二",
        record_title="[大家来评理] 今年割麦按测亩仪收钱，我家四亩地量出五亩二 - 犊川生活网",
        date=None,
        notes="county forum in text: junk lines and junk glued after 。; floor replies; relative times only",
        page="""
!m 犊川生活网 · 论坛
!m 首页 › 百姓声音 › 民生吐槽
!t [大家来评理] 今年割麦按测亩仪收钱，我家四亩地量出五亩二
!m 楼主　麦地里的老孔　　发表于 3 天前　　来自手机版
{BODY}
!l 沙发　鬃岭人在外：我们村也是，最后报到乡里才重新量的
!l 板凳　犊川农机户：正规机手的测亩仪都贴了校准标签，没贴的别用
!a 说点什么吧……（登录后回复）
!m 犊川生活网 版权所有　客服 QQ：2805 3371
""",
        junk=dict(lines=2, glued=2),
        body="""
家里在鬃岭乡兀岭村有四亩承包地，确权证上写得清清楚楚四亩零三厘。今年麦收，找了一台外地来的收割机，说好一亩八十块。
割完以后，机手拿着一个小盒子绕着地走了一圈，说是测亩仪，量出来五亩二，要收四百一十六块。我说我家地就四亩，他说仪器不会错，地头田埂都算面积。
我不服气，让他再量一次，这回我跟着走，发现他是沿着路边和水渠外沿走的，连人家地头的一截也圈进去了。第二次量出来四亩四，最后按四亩四给的钱。
问了几个邻居，好几家都比实际多出来不少。听说县里今年搞了测亩仪校准，贴了标签的才准用，可这台机子上什么也没有。
建议大家割麦的时候一定跟着机手走一圈，也希望乡里能管管这些不校准的测亩仪。
""",
    ),
]
