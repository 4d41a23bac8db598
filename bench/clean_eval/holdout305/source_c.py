"""holdout305, part C: personal collections, Party-building sites, hospitals, universities and county forums.

Invented text (places, people, sites, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="collection-hubian-memoir-father-crab-traps-gb2312",
        site="湖边拾遗 · 蔡老师文集 (invented, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.caolaoshi-wenji.cn/hbsy/juan4/07.htm",
        title="父亲的蟹笼",
        record_title="《湖边拾遗》卷四·父亲的蟹笼",
        date=None,
        notes="a retired teacher's collection in an old table layout: a marquee, chapter links, a visitor counter and the "
        "author's mailbox; a collection-and-volume prefix in the title; a memoir with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《湖边拾遗》卷四·父亲的蟹笼</title>
</head>
<body bgcolor="#F5F0E1">
<table width="780" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td align="center"><font size="5">⟦m 湖边拾遗⟧</font><br><font size="2">⟦m 一个老教书匠的圃湖笔记⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 卷五《渔歌》正在整理，诸位老友可先读卷四⟧</marquee></td></tr>
<tr><td class="nav">⟦m 文集首页 · 卷一 湖村 · 卷二 师友 · 卷三 灯下 · 卷四 旧物⟧</td></tr>
<tr><td><b>⟦m 卷四　旧物⟧</b>　⟦m 第七篇⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td class="zw">
{BODY}
</td></tr>
<tr><td align="center">⟦l ［上一篇］母亲的腌菜坛⟧　⟦l ［回目录］⟧　⟦l ［下一篇］湖埂上的柳⟧</td></tr>
<tr><td align="center"><font size="2">⟦m 本文集已被翻阅 048207 次⟧　⟦w 来信请寄 caiyuhu1953@163.com⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦d 文中人物与旧事皆作者亲历，转引请告知作者。⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是圃湖边出了名的编笼好手。他编的蟹笼，竹篾削得匀，网口收得紧，湖上的人都说：“蔡家的笼子，蟹进得去，出不来。”
每年一过中秋，堂屋里就堆满了新劈的竹篾。父亲坐在小板凳上，先编笼底，再一圈一圈往上盘，最后在一头编出一个漏斗似的口子。我放学回家，常蹲在他旁边递篾条，手上被划出一道道小口子。
那时候捉蟹，全家老小都出动。天不亮父亲就摇着船去收笼，回来的时候船舱里的蟹吐着泡沫，沙沙地响。母亲把大蟹挑出来拿到镇上卖，小蟹就倒回湖里，说是留着明年。
后来湖上用起了尼龙网笼，父亲的竹笼没人要了。他也不恼，照旧每年编几只挂在屋檐下。
如今父亲已经不在了，屋檐下那几只蟹笼，我一直没舍得摘。
""",
    ),
    dict(
        slug="collection-xianyun-essay-blacksmith-hay-forks",
        site="闲云书屋文集 (invented)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://xianyunshuwu.net/wenji/jinjiawei/07.html",
        title="铁匠铺里的草叉",
        record_title="铁匠铺里的草叉（靳家圩旧话之七）— 闲云书屋文集",
        date=None,
        notes="a collection page: a series aside and the collection's name in the title; chapter links, a word count "
        "and a visit count; a memoir with no date",
        page="""
!m 闲云书屋文集
!m 书屋 ▸ 靳家圩旧话 ▸ 第七篇
!t 铁匠铺里的草叉（靳家圩旧话之七）
!m 文／闲云　　字数 412　　来访 2033
{T}
{BODY}
!l ◂ 之六：老街的剃头挑子　　之八：打谷场上的电影 ▸
!l 回到《靳家圩旧话》目录
!d 书屋文字归闲云所有，如需转载请先留言。
""",
        indent="\u3000\u3000",
        body="""
靳家圩的铁匠铺开在老街东头，掌锤的是瘸腿的孙师傅。一到麦收前，铺子里就挤满了来打草叉、修草叉的人。
打一把铁草叉，先要把一根方铁烧红，劈成三股，再一股一股拉长、捶尖。孙师傅的徒弟拉风箱，孙师傅一手拿钳子一手抡锤，叮叮当当，火星溅得满地都是。叉齿打好后要淬火，烧红的叉头往水缸里一插，“嗤”的一声冒起一团白气。
孙师傅打的草叉，齿尖微微上翘，挑麦秸不打滑。他常说：“草叉是庄稼人的手，手上不能没劲。”
后来机器收麦，打草叉的人越来越少，铁匠铺也关了门。去年回乡，老街已经拆了，我在一户人家的院墙上，还看见一把锈迹斑斑的草叉，齿尖依旧微微上翘。
""",
    ),
    dict(
        slug="party-micheng-summary-window-latches-for-elders",
        site="芈城先锋网 (invented district Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.michengxf.gov.cn/zbfc/202507/t20250702_4471.html",
        title="桓苑社区党支部“护窗暖老”主题党日活动总结",
        record_title="【支部晒实事】桓苑社区党支部“护窗暖老”主题党日活动总结 - 芈城先锋网",
        date="2025-06-30",
        date_also=["2025-07-02"],
        notes="Party portal: a study-points prompt and a read-on-phone QR line; a household-type table one row a "
        "paragraph; 成文日期 under the branch's signature, the portal's posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【支部晒实事】桓苑社区党支部“护窗暖老”主题党日活动总结 - 芈城先锋网</title></head>
<body>
<div class="dj-head">⟦m 芈城先锋网⟧ <span>⟦m 中共艮原市芈城区委组织部主办⟧</span></div>
<div class="dj-nav">⟦m 首页 党建要闻 支部风貌 党员教育 先锋榜样 网上党校⟧</div>
<div class="dj-loc">⟦m 位置：首页 ＞ 支部风貌⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<p class="dj-info">⟦m 发布：2025-07-02　供稿：桓苑社区党支部　编辑：区委组织部组织科⟧</p>
<p class="dj-score">⟦a 登录党员账号读完本文，积 1 分⟧</p>
{BODY}
<p class="dj-qr">⟦a 扫一扫，在手机上接着读⟧</p>
</div>
<div class="dj-rel"><b>⟦l 支部风貌 · 更多⟧</b><ul><li>⟦l 甫里社区党支部开展“楼道微更新”认领活动⟧</li><li>⟦l 区机关工委组织党员进社区报到⟧</li></ul></div>
<div class="dj-foot">⟦m 芈城区委组织部　电话：0736-2271806⟧　⟦m 湘ICP备12021946号-2⟧</div>
</body></html>
""",
        body="""
6月，桓苑社区党支部以“护窗暖老”为主题，组织党员志愿者为辖区独居、高龄老人检修窗栓，现将活动情况总结如下。
一、基本情况
支部共组织在职党员、退休党员和物业维修人员3批次、41人次，走访老人家庭86户，检查外窗412扇。
户别　检查窗扇　更换窗栓　加装限位器
独居老人　238　57　31
高龄老人　174　39　22
二、主要做法
一是先摸底后上门，由网格员提前电话预约，避开老人午休时间；二是材料由社区统一采购，老人不花一分钱；三是每户留下维修人员电话，方便后续报修。
三、下一步打算
支部将把护窗服务纳入党员认领微心愿清单，每季度回访一次，确保窗栓插得上、窗户关得牢。
中共艮原市芈城区桓苑社区支部委员会
2025年6月30日
""",
    ),
    dict(
        slug="party-yantian-speech-crab-trap-party-households",
        site="菸田党建 (invented township Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.yantian-puxi.gov.cn/ldjh/2025/0815/302.html",
        title="在全镇蟹笼生态养殖党员示范户座谈会上的讲话",
        date="2025-08-12",
        notes="record title as is; a speaker line (neutral) and a date line in Chinese numerals under the speech "
        "title; a study-points line, source/editor line, share row",
        page="""
!m 菸田党建 · 圃溪县菸田镇党委
!m 首页 › 领导讲话
{T}
!m 来源：镇党政办　编辑：詹若男　发布：2025-08-15
!a 学习积分：阅读满3分钟 +1
菸田镇党委书记　景书航
（二〇二五年八月十二日）
{BODY}
!l 分享到：党员群 ｜ 朋友圈
!l 相关阅读：菸田镇2025年抓党建促乡村振兴工作要点
!m 菸田镇党政办　0736-5863012
""",
        indent="\u3000\u3000",
        date_also=["2025-08-15"],
        body="""
同志们：
今天我们把全镇28户蟹笼生态养殖党员示范户请来，一起座谈交流，听听大家的想法。刚才，6位示范户作了发言，讲得很实在，我听了很受启发。
这几年，镇里推行标准蟹笼、限量投笼，一开始不少群众有顾虑，怕少下笼少挣钱。是在座的党员示范户带头把旧笼换下来，带头算生态账、长远账，才有了今天全镇蟹笼规范使用率达到95%的好局面。
下一步，我提三点希望：一是继续当好示范，每户党员至少结对帮带3户普通蟹农；二是当好宣传员，把禁渔期、限笼数的规矩讲到每家每户；三是当好监督员，发现乱下笼、下密眼笼的，及时劝导、及时报告。
同志们，一湖好水是全镇群众的饭碗。希望大家再接再厉，让党旗在圃湖上高高飘扬。
""",
    ),
    dict(
        slug="hospital-jiling-article-hay-fork-puncture",
        site="蒺岭县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.jlxrmyy.com/jkkp/2025/0605/1187.html",
        title="被草叉扎伤脚，这些处理要点要记牢",
        record_title="被草叉扎伤脚，这些处理要点要记牢 - 伤口课堂 - 蒺岭县人民医院",
        date="2025-06-05",
        notes="hospital page: a booking float, a 24-hour line and an experts list beside the department's own 咨询电话 "
        "in the body; the 发布时间 line is the page's date; a numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>被草叉扎伤脚，这些处理要点要记牢 - 伤口课堂 - 蒺岭县人民医院</title></head>
<body>
<div class="h-top">⟦m 蒺岭县人民医院⟧ <span>⟦m 二级甲等综合医院⟧</span> ⟦m 24小时服务台：0737-4610120⟧</div>
<div class="h-nav">⟦m 首页 医院概况 科室导航 专家介绍 就医指南 伤口课堂⟧</div>
<div class="h-loc">⟦m 当前：首页 ＞ 伤口课堂⟧</div>
<div class="h-art">
<h1>{T}</h1>
<p class="h-info">⟦m 发布时间：2025-06-05　作者：急诊外科 钟佩文　阅读：862⟧</p>
{BODY}
</div>
<div class="h-doc"><h3>⟦l 急诊外科坐诊专家⟧</h3><p>⟦l 钟佩文 副主任医师　周二、周四全天⟧</p><p>⟦l 邱楠 主治医师　周一、周五上午⟧</p></div>
<div class="h-float">⟦a 微信挂号 · 不用排队⟧</div>
<div class="h-foot">⟦d 本页科普内容不能替代医生面诊。⟧<br>⟦m 地址：蒺岭县城关镇健康路32号　湘ICP备15016671号⟧</div>
</body></html>
""",
        body="""
夏收时节，急诊外科每周都会接诊几位被草叉扎伤的患者。草叉齿尖细长，扎伤的伤口往往小而深，又沾着泥土和秸秆，正是破伤风杆菌最喜欢的环境。
被草叉扎伤后，请记住以下几点：
1. 立即用流动清水冲洗伤口至少5分钟，尽量把泥土冲出来；
2. 不要用布条紧紧包扎，也不要在伤口上涂抹草木灰、牙膏；
3. 伤口深、出血多，或者叉齿断在肉里，不要自行拔出，尽快到医院处理；
4. 24小时内到医院注射破伤风疫苗或破伤风免疫球蛋白。
急诊外科提醒，农忙时穿硬底胶鞋，草叉用完齿尖朝下靠墙放好，能减少大部分扎伤。
急诊外科咨询电话：0737-4612088。
""",
    ),
    dict(
        slug="hospital-genyuan-third-rules-ward-window-latches",
        site="艮原市第三人民医院 (invented)",
        style="医院官网",
        genre="制度/规程",
        kind="other",
        form="text",
        source="http://www.gysdsyy.com/hlgl/zd/2025/0318.html",
        title="精神科病区门窗窗栓安全管理规定",
        record_title="【护理安全制度】精神科病区门窗窗栓安全管理规定（护理部二审稿）- 艮原市第三人民医院",
        date=None,
        notes="hospital rules with 第N条 articles; a bracketed column prefix and a （护理部二审稿） aside in the title; a "
        "booking line and a switchboard line; only an effective clause, so no date",
        page="""
!m 艮原市第三人民医院　艮原市精神卫生中心
!m 导航：首页 › 护理园地 › 制度规范
!t 【护理安全制度】精神科病区门窗窗栓安全管理规定（护理部二审稿）
!m 发布部门：护理部　浏览：339
{BODY}
!a 【打印】【返回上页】
!m 总机：0736-2218800　心理援助热线：0736-2218899
!m 网上预约：关注医院服务号，点“预约挂号”
!d 版权所有 © 艮原市第三人民医院
""",
        indent="",
        body="""
第一条　为防止住院患者经窗户发生坠落、出走等意外，保障患者安全，制定本规定。
第二条　病区所有外窗均应安装限位窗栓，开启宽度不得超过10厘米；窗栓钥匙由护士站统一保管。
第三条　责任护士每班交接时检查所辖病房窗栓一次，发现松动、缺失或被撬动的，立即报告护士长并通知后勤维修。
第四条　后勤保障科每月对病区窗栓进行一次全面检修，并填写《门窗设施检修记录》。
第五条　严禁患者及家属私自打开限位窗栓。因通风确需开窗的，须由护士在场操作，通风结束后立即恢复。
第六条　本规定自印发之日起执行，由护理部负责解释。
""",
    ),
    dict(
        slug="university-genyuan-agri-news-wooden-fork-no-title",
        site="艮原农业大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.gyau.edu.cn/info/1032/20731.htm",
        title="农学院学生走进农耕文化馆 学做木草叉",
        record_title=None,
        record_date="2025-11-03",
        date="2025-11-03",
        notes="no title in the record, the university's name only in <title>: the <h1> gives it; the record gives the "
        "date; a 文/图/审核 line after the body, a photo caption between paragraphs, a visits counter",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>艮原农业大学新闻网</title></head>
<body>
<div class="u-head"><span>⟦m 艮原农业大学新闻网⟧</span> <span>⟦m 厚德 力耕 求真 致远⟧</span></div>
<div class="u-nav">⟦m 学校首页 农大要闻 院部动态 媒体农大 农大人物 专题⟧</div>
<div class="u-path">⟦m 所在位置：新闻网 → 院部动态⟧</div>
<div class="u-art">
<h1>{T}</h1>
<p class="u-meta">⟦m 时间：2025-11-03　来源：农学院　点击：⟧<span id="dynclicks">⟦m 1544⟧</span></p>
{BODY}
<p class="u-by">⟦m （文／鲍雨晴　图／邹清扬　审核／樊立）⟧</p>
</div>
<div class="u-foot">⟦m 艮原农业大学党委宣传部　地址：艮原市芈城区农大路1号⟧<br>⟦m 湘ICP备05011923号⟧</div>
</body></html>
""",
        body="""
11月1日，艮原农业大学农学院组织2024级农学专业60余名学生走进学校农耕文化馆，开展“识农具、学农艺”实践课。
文化馆收藏有犁、耙、耧车、连枷、草叉等传统农具300余件。讲解员介绍，草叉有木制和铁制两种，木草叉多用桑木、榆木做成，主要用于翻晒和挑运秸秆。
⟦m （图为学生在手工坊修整木草叉的叉齿）⟧
在手工坊，学生们在老师指导下，用预先烘烤定型的桑木枝学做三齿木草叉，削皮、打磨、修齿，一个多小时后，一把把草叉陆续成形。
“以前只在课本上见过，亲手做一次才知道先人的智慧。”学生常一帆说。农学院表示，将把农具制作纳入劳动教育必修内容。
""",
    ),
    dict(
        slug="university-genyuan-vocational-notice-dorm-window-latch",
        site="艮原职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.gyvtc.edu.cn/tzgg/2025/0901/566.html",
        title="关于集中检修学生公寓窗栓的通知",
        record_title="关于集中检修学生公寓窗栓的通知·后勤保障处·艮原职业技术学院",
        date="2025-09-01",
        notes="college office page: a schedule table one row a paragraph; the office's own phone and a scan-to-report "
        "sentence (content) beside the site's technical line; 成文日期 under the signature",
        page="""
!m 艮原职业技术学院 · 后勤保障处
!m 首页　｜　部门概况　｜　通知公告　｜　服务指南　｜　下载专区
!m 位置：后勤保障处 ＞ 通知公告
{T}
!m 发布者：后勤保障处　日期：2025-09-01　浏览：2207
{BODY}
!l 【上一篇】关于2025级新生入住公寓的温馨提示
!l 【下一篇】食堂秋季错峰就餐时间调整
!m 网站技术支持：信息中心 0735-2286000
""",
        indent="\u3000\u3000",
        body="""
各学院、全体住校学生：
为消除学生公寓门窗安全隐患，后勤保障处定于9月8日至9月19日对各学生公寓窗栓进行集中检修。具体安排如下：
公寓楼　检修日期　负责班组
1号、2号楼　9月8日至9月10日　维修一班
3号、4号楼　9月11日至9月15日　维修二班
5号、6号楼　9月16日至9月19日　维修一班
检修期间，请同学们整理好窗台物品，配合维修人员入室作业。寝室无人时，由楼管员陪同开门。如发现窗栓损坏、窗户关不严，可扫描宿舍门后二维码报修。
后勤保障处联系电话：0735-2286410。
后勤保障处
2025年9月1日
""",
    ),
    dict(
        slug="county-forum-yuchuan-complaint-duck-crates-jammer",
        site="圉川家园网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.yuchuanjy.com/thread-219087-1-1.html",
        title="菜市场门口的鸭笼能不能挪一挪",
        record_title="[街巷烦心事] 菜市场门口的鸭笼能不能挪一挪 - 圉川杂谈 - 圉川家园网",
        date=None,
        notes="county forum thread with jammer fonts, a weather line, medals, a decoration ad and a 'forwarded to the "
        "department' link; posted 昨天, so no date",
        page="""
<html><head><meta charset="gbk"><title>[街巷烦心事] 菜市场门口的鸭笼能不能挪一挪 - 圉川杂谈 - 圉川家园网</title></head>
<body>
<div class="hd">⟦m 圉川家园网⟧ ⟦m 圉川 今日多云 24~31℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="ad">⟦w 新房装修找圉川匠心装饰，免费上门量房 138 0736 4471⟧</div>
<div class="pt">⟦m 圉川家园网 › 圉川杂谈 › 看帖⟧</div>
<h1><span>⟦m [街巷烦心事]⟧</span> {T}</h1>
<div class="pi">⟦m 老城区的桂姐 ｜ 勋章：热心网友 ｜ 发表于 昨天 07:52⟧</div>
<div class="pc">
{BODY}
</div>
<div class="zj">⟦l 本帖已转交县市场服务中心，等待官方回复 ›⟧</div>
<div class="rp">⟦l 1# 城关小李：同感，早上那段路根本走不了⟧</div>
<div class="rp">⟦l 2# 菜场隔壁住户：味道夏天更大，窗户都不敢开⟧</div>
<div class="ft">⟦m 圉川家园网 版权所有　湘ICP备17021853号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
每天早上送孩子上学，都要经过老城菜市场北门。门口人行道上堆满了活禽摊的空鸭笼，一摞摞码得比人还高，行人只能绕到马路上走。
更难受的是气味。鸭笼上沾着鸭粪和羽毛，天一热，隔着老远就能闻到，苍蝇嗡嗡地飞。前天下雨，笼子里的脏水顺着人行道流到了公交站台。
听说县里早就规定活禽要集中到定点屠宰，市场里的活禽摊也要进室内专区。这些空鸭笼能不能统一放到市场后院？清洗消毒也方便。
希望有关部门管一管，也希望摊主们将心比心，给路人留一条道。
""",
    ),
    dict(
        slug="county-forum-xingshan-thread-shrimp-traps-bridge-junk",
        site="硎山论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.xingshanbbs.com/t/440918",
        title="彬溪石桥下面有人下虾笼，该找谁？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject line gives it; anti-scraping junk as lines and glued after "
        "。; a poster line with a relative time, replies; no date",
        page="""
!m 硎山论坛 · 硎山人自己的网上家园
!m 版块：彬溪两岸
{T}
!m 楼主 溪边晚风　｜　4 小时前　｜　来自手机
{BODY}
!l 沙发 老渔政：打县渔政大队电话，去年通告上公布过
!l 板凳 桥头张：拍照，记下时间，别跟人起冲突
!a 想参与讨论？登录后回帖
!m 硎山论坛　|　手机版　|　湘ICP备18008863号
""",
        junk=dict(lines=1, glued=2),
        body="""
今天傍晚去彬溪边散步，在老石桥下面看见水里拴着一长串虾笼，用矿泉水瓶做浮子，数了一下有十几只。
我记得去年县里就发过通告，彬溪全年禁捕，不许下虾笼、地笼。这两天晚上还有人打着手电在桥下转悠，估计是来收笼的。
想问问各位，这种情况打哪个电话举报？是找渔政还是找派出所？要不要先拍照留证据？
另外说一句，虾笼里的小虾小鱼出不来，过几天就死在里面了，看着真心疼。
""",
    ),
]
