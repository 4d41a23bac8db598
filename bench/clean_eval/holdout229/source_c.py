"""holdout229, part C: a Q&A, personal collections, Party-building sites, hospitals, colleges, a county forum.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-jujiabang-doormat-mould-answer",
        site="居家帮问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.jujiabang.com/question/660137",
        title="门垫下面总是发霉发黑怎么办？",
        record_title="门垫下面总是发霉发黑怎么办？ - 家居清洁 - 居家帮问答",
        date=None,
        notes="a Q&A as text: asker line with a relative time, a best-answer badge and a vote line, more answers; no date",
        page="""
!m 居家帮问答 · 过日子的事儿问这里
!m 家居清洁 › 地面与地垫
!t 门垫下面总是发霉发黑怎么办？
!m 提问于 昨天 09:12 · 18 人关注此问题
!m 🏅 本题最佳回答
!m 答主：保洁队长阿梅（家政服务12年）
{BODY}
!a 赞同 126 ｜ 反对 ｜ 收进我的清单
!l 还有 6 个回答，点此展开
!l 相关问题：浴室地垫多久洗一次？ · 橡胶底地垫发黏还能用吗？
!m 居家帮 jujiabang.com　沪ICP备21017459号
""",
        indent="",
        body="""
门垫下面发霉，根子在“潮”和“不透气”，可以从三方面下手。
第一，换对门垫。橡胶底或者PVC底的门垫不透气，压在瓷砖上，水汽散不出去，最容易捂出黑斑。门外建议用椰棕或者镂空橡胶的，门内用棉麻、底部有透气孔的。
第二，勤晾晒。雨天过后当天就把门垫掀起来，竖着靠墙晾干，地面用干布擦一遍。平时每周至少翻晒一次，别一铺铺一个季度。
第三，处理已有的霉斑。瓷砖上的黑印可以用稀释的含氯消毒液擦，停留十分钟后清水洗净；门垫本身发黑发臭的，洗了也难去味，直接换新的更划算。
另外，门口如果地势低、容易积水，最好在门垫下垫一层塑料镂空防潮垫，让底下通风。
""",
    ),
    dict(
        slug="collection-linlaoshi-memoir-father-briefcase-gb2312",
        site="蔺老师文集 (invented, a retired teacher's collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.linlaoshi-wenji.com/shiyi/2/0617.htm",
        title="父亲的公文包",
        record_title="父亲的公文包——《鹨塘拾遗》第二辑 - 蔺老师文集",
        date=None,
        notes="a retired teacher's collection on an old gb2312 table page: 繁體/简体 links, chapter links, visitor counter, the author's mailbox; a memoir closed by a 写于 line with a year and a season only; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的公文包——《鹨塘拾遗》第二辑 - 蔺老师文集</title>
<style type="text/css">body{font-size:14px;background:#f4efe3}</style>
</head>
<body>
<table width="820" border="0" align="center" cellpadding="6" cellspacing="0" bgcolor="#fffdf6">
<tr><td class="top">⟦m 蔺老师文集 —— 鹨塘一老叟的笔墨⟧</td><td align="right">⟦a 繁體版 ｜ 简体版⟧</td></tr>
<tr><td colspan="2" class="mulu">⟦m 文集首页 ｜ 鹨塘拾遗 ｜ 杏坛琐忆 ｜ 诗词习作 ｜ 留言簿⟧</td></tr>
<tr><td colspan="2" class="juan">⟦m 《鹨塘拾遗》第二辑　第 7 篇⟧</td></tr>
<tr><td colspan="2" align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td colspan="2" class="wen">
{BODY}
</td></tr>
<tr><td colspan="2" class="fanye">⟦l 【前一篇】母亲的针线笸箩⟧　⟦l 【后一篇】公社礼堂里的电影⟧　⟦l 【返回目录】⟧</td></tr>
<tr><td colspan="2" align="center" class="di">
⟦m 文集主人：蔺守拙（退休语文教师）　来信请寄 linshouzhuo@126.com⟧<br>
⟦d 文字如需转载，请先来信告知⟧<br>
⟦m 本文集自2009年3月开通，累计来访 0214587 人次⟧
</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲有一只黑色人造革公文包，是他调到鹨塘公社当文书那年，公社统一发的。包面上压着“为人民服务”五个字，铜扣一按就“咔嗒”一声弹开。
那只包里装的，多是文件、稿纸和一支英雄牌钢笔。父亲从不让我们碰，说里面有“公家的东西”。每天下班，他把公文包挂在门后的钉子上，第二天一早再取下来，几十年如一日。
包用久了，提手的人造革裂成一道道细缝，母亲用蓝布给它缠了一圈。父亲退休那天，把包里的东西一件件交还公社，空包带回了家，依旧挂在门后。
父亲去世后，我打开那只包，里面只有一本工作笔记，扉页写着：公家的事，一件不能误。
写于二〇二四年清明
""",
    ),
    dict(
        slug="collection-moshengji-memoir-grandpa-level-oneline",
        site="墨绳集 (invented, a personal collection as text)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://moshengji.cn/wen/jiangmen-05.txt",
        title="外祖父的墨斗和水平尺",
        record_title="〔匠门旧忆·之五〕外祖父的墨斗和水平尺 — 墨绳集",
        date=None,
        notes="a collection's essay with the whole body on one line (paragraphs apart only by their indent); the collection's head, chapter line and a counter around it; no date",
        page="""
!m 墨绳集 · 一个木匠外孙的随手记
!m 卷一　匠门旧忆　（共九篇）
!t 〔匠门旧忆·之五〕外祖父的墨斗和水平尺
{BODY}
!l ← 之四：刨花堆里的冬天　｜　之六：一副没做完的八仙桌 →
!m 本篇被翻阅 1207 次
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外祖父是獬坪村远近闻名的木匠，他的工具箱里有两样东西谁也不许碰：一只枣木墨斗，一把装着玻璃水泡的水平尺。
那把水平尺是他年轻时在城里学徒，师傅送的出师礼。尺身是硬木的，中间嵌着一根小玻璃管，管里的水泡像一粒会动的米。外祖父做八仙桌、打衣柜，每装好一处，都要把尺子放上去，眯着眼看那粒“米”停在两道刻线中间，才点头。
我小时候趁他午睡偷偷拿来玩，把尺子在门槛上来回摆，看水泡跑来跑去。外祖父醒了也不骂，只说：“尺子不平，心就不平，做出来的东西就站不稳。”
后来外祖父手抖了，再也拿不动刨子，那把水平尺被他用油布包好，交到了我手里。
""",
    ),
    dict(
        slug="party-qingfeng-lecture-teacup-integrity-chinese-date",
        site="清风麈湖 (invented, a city's Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qfzhuhu.cn/llxx/djkt/202507/t20250701_6620.html",
        title="以一杯清茶守住廉洁底线——在市机关事务管理局廉政党课上的讲稿",
        record_title="【廉政课堂】以一杯清茶守住廉洁底线——在市机关事务管理局廉政党课上的讲稿_清风麈湖",
        date="2025-06-26",
        date_also=["2025-07-01"],
        notes="Party portal: study-points prompt, read-on-phone QR line; a date in Chinese numerals under the lecture title (the page's date also accepted) and a speaker line (neutral); a study-points prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【廉政课堂】以一杯清茶守住廉洁底线——在市机关事务管理局廉政党课上的讲稿_清风麈湖</title>
<script src="/static/js/app.js"></script>
</head>
<body>
<div class="header">⟦m 清风麈湖 · 麈湖市机关党建网⟧ ⟦a 党员登录⟧ ⟦a 党组织登录⟧</div>
<div class="nav">⟦m 首页 | 理论学习 | 党课讲堂 | 支部风采 | 清风廉韵 | 党务公开⟧</div>
<div class="crumb">⟦m 首页 &gt; 理论学习 &gt; 党课讲堂⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-07-01　来源：市机关事务管理局机关党委　浏览：582⟧</div>
<p class="date">（二〇二五年六月二十六日）</p>
<p class="speaker">市机关事务管理局党组书记　詹若谷</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="points">⟦a 学完本篇可领学习积分 +2，记得点“已学”⟧</div>
<div class="phone">⟦a 扫码在手机上继续学⟧</div>
</div>
<div class="side"><h3>⟦l 党课讲堂·最新⟧</h3><ul><li>⟦l 在“七一”表彰大会上的党课辅导⟧</li><li>⟦l 从机关食堂看节约型机关建设⟧</li></ul></div>
<div class="footer">⟦m 中共麈湖市委市直机关工作委员会 主办⟧ ⟦m 湘ICP备16017730号-3⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天这堂党课，我想从大家桌上的一只茶杯讲起。
我们局的会议室里，每个座位前都放着一只白瓷茶杯，杯里是一撮普通的绿茶。前几年，有的单位开会摆上名贵茶叶、精致茶具，有的干部到基层调研，点名要喝“好茶”。茶杯虽小，却照得出作风，也照得出廉洁。
第一，清茶一杯，喝出的是节俭。机关事务部门管的是公家的钱和物，一只茶杯、一包茶叶，都来自纳税人。⟦a 点“已学”可领积分⟧我们要带头过紧日子，能用的不换，能省的不花。
第二，清茶一杯，守住的是底线。不收别人送的好茶，不用公款买贵茶，看似小事，实则是一道防线。
第三，清茶一杯，留住的是本色。到基层去，自带茶杯，不给群众添麻烦，群众才愿意跟我们说心里话。
同志们，愿我们每个人都端稳手中这杯清茶，守住廉洁这条底线。
""",
    ),
    dict(
        slug="party-xianfeng-host-script-seatbelt-theme-day",
        site="犀川先锋网 (invented, a county Party-building site)",
        style="党建网",
        genre="主持词",
        kind="other",
        form="text",
        source="http://www.xcxianfeng.cn/zbfc/2025/0528/3301.html",
        title="“系好人生安全带”主题党日活动主持词",
        record_title="【支部活动掠影】“系好人生安全带”主题党日活动主持词 - 犀川先锋网",
        date="2025-05-28",
        notes="a Party site page as text: the page's 发布时间 line gives the date (the host script itself is undated); a study-points line between paragraphs",
        page="""
!m 犀川先锋网 · 中共犀川县委组织部主办
!m 首页 / 支部风采 / 活动展示
!t 【支部活动掠影】“系好人生安全带”主题党日活动主持词
!m 发布时间：2025-05-28 17:20　来源：县汽车运输公司党支部
{BODY}
!a 【加入学习清单】【转发给支部群】
!l 上一篇：犀川镇开展“党员先锋岗”授牌活动
!l 下一篇：县医院党委开展义诊进社区活动
!m 中共犀川县委组织部　地址：犀川县府前街1号
""",
        indent="",
        body="""
同志们：
今天，我们在公司客运站候车大厅开展“系好人生安全带”主题党日活动。参加今天活动的有支部全体党员和驾驶员代表。
活动共有三项议程。下面进行第一项：重温入党誓词。请全体党员起立，面向党旗，举起右拳。
请坐。下面进行第二项：观看交通安全警示片《那一秒》。
⟦a 党员们看完这篇可在“学习犀川”打卡⟧
片子里的事故让人心痛，也让我们深思：一根安全带，系住的是乘客的生命，也系住了一个个家庭。
下面进行第三项：党员驾驶员代表表态发言。请党员驾驶员文尚友同志发言。
同志们，作为党员，我们既要在车上系好安全带，也要在思想上系好“人生安全带”，守纪律、讲规矩。今天的主题党日活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-diaoxi-obstetrics-pregnancy-seatbelt-booking-float",
        site="貂溪县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.dxxrmyy.com/jkkp/2025/0612/2290.html",
        title="孕期怎样正确系安全带",
        record_title="孕期怎样正确系安全带_健康科普_貂溪县人民医院",
        date="2025-06-12",
        notes="hospital page: booking float, a 24-hour emergency line and a switchboard in the footer beside the obstetrics clinic's own 咨询电话 in the body; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>孕期怎样正确系安全带_健康科普_貂溪县人民医院</title>
<link rel="stylesheet" href="/skin/css/style.css">
</head>
<body>
<div class="top">⟦m 貂溪县人民医院 · 二级甲等综合医院⟧ ⟦a 诊疗预约⟧ ⟦a 报告查询⟧</div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家团队 | 健康科普 | 护理园地 | 党建文化⟧</div>
<div class="crumb">⟦m 您当前在：首页 - 健康科普⟧</div>
<div class="news-detail">
<h1>{T}</h1>
<div class="news-info">⟦m 发布时间：2025-06-12　作者：产科 颜若溪　阅读：1130⟧</div>
<div class="news-body">
{BODY}
</div>
</div>
<div class="float-yy">⟦a 手机约号 · 就诊少排队⟧</div>
<div class="side"><h3>⟦l 科普推荐⟧</h3><ul><li>⟦l 孕晚期出行需要注意什么⟧</li><li>⟦l 宝宝坐车为何要用安全座椅⟧</li></ul></div>
<div class="footer">
<p>⟦m 急诊24小时：0736-7260120　总机：0736-7261000⟧</p>
<p>⟦m 地址：貂溪县人民路188号　湘ICP备10022751号⟧</p>
<p>⟦d 本站科普内容仅供参考，不能代替医生面诊⟧</p>
</div>
</body>
</html>
""",
        body="""
不少准妈妈担心安全带会勒到肚子，坐车时干脆不系。其实，孕期坐车更要系好安全带，关键是系对位置。
一、肩带从锁骨中间斜过胸前，从两侧乳房之间穿过，绕到腹部侧面，千万不要压在隆起的肚子上。
二、腰带要放低，贴着大腿根部、从腹部下方穿过，而不是横勒在肚子中间。
三、座椅尽量往后调，让腹部离方向盘或前排座椅至少二十五厘米；孕晚期最好坐后排，不要自己开车。
四、系好后用手拉一拉，安全带要贴身，不要松垮，也不要扭转。
如果坐车途中发生了碰撞或急刹，即使没有不适，也应尽快到医院检查。
产科咨询电话：0736-7261324（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-xichuan-logistics-notice-doormat-rainy-season",
        site="犀川县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xczyyy.cn/tzgg/20250512/1187.html",
        title="关于雨季在门诊楼和住院楼入口加铺吸水门垫的通知",
        record_date="2025-05-12",
        date="2025-05-12",
        notes="a hospital notice as text with the record's own title and date; a switchboard line beside the department's own 联系电话; 成文日期 the same as the record's date",
        page="""
!m 犀川县中医医院
!m 首页 ＞ 院务公开 ＞ 通知公告
{T}
!m 发布：后勤保障部　日期：2025-05-12　浏览：73
{BODY}
!a 打印　|　关闭
!m 医院总机：0834-6630999　地址：犀川县杏林路26号
!m 版权所有 犀川县中医医院　蜀ICP备14021655号
""",
        indent="\u3000\u3000",
        body="""
各科室：
进入雨季以来，门诊楼和住院楼入口地面湿滑，近一个月已发生两起患者家属滑倒事件。为保障患者和职工安全，后勤保障部决定在以下位置加铺吸水防滑门垫：
1.门诊楼正门及东侧无障碍通道入口；
2.住院楼一楼大厅及各楼层电梯厅；
3.急诊科、发热门诊入口。
门垫由保洁班组每天早晚各更换一次，湿透的门垫及时收回晾晒；雨天时各入口安排专人引导，并摆放“小心地滑”提示牌。各科室发现门垫卷边、移位或积水的，请及时告知后勤保障部。
联系电话：0834-6630218（内线2218）
后勤保障部
2025年5月12日
""",
    ),
    dict(
        slug="college-zhuhu-survey-contest-level-h1-dotted-date",
        site="麈湖职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhvtc.edu.cn/xwzx/ybdt/2025-10-24/5531.html",
        title="建筑工程学院举办首届测量技能大赛",
        record_title=None,
        date="2025-10-24",
        notes="a college news page without a record title: the title only in the <h1>; a dotted date in the byline; photo caption between paragraphs; a 'recommended to front page' line; editor line",
        page="""
<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<title>麈湖职业技术学院</title>
<link rel="stylesheet" href="/css/detail.css">
</head>
<body>
<div class="head">⟦m 麈湖职业技术学院 · 厚德 精技 笃行⟧</div>
<div class="nav">⟦m 学校概况 院系设置 教育教学 招生就业 校园生活 信息公开⟧</div>
<div class="path">⟦m 首页 » 新闻中心 » 院部动态⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 2025.10.24　来源：建筑工程学院　摄影：鲍宇　点击：[ 611 ]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="tuijian">⟦m 本文已推荐至学校首页焦点新闻⟧</div>
<div class="edit">⟦m （审核：钱立新　编辑：沙雨霏）⟧</div>
</div>
<div class="foot">⟦m 地址：麈湖市学府路2号　邮编：415000⟧ ⟦m 麈湖职业技术学院版权所有⟧</div>
</body>
</html>
""",
        body="""
10月23日，建筑工程学院首届测量技能大赛在实训中心举行，来自建筑工程技术、工程造价等专业的86名学生参赛。
本次大赛设水平仪找平、激光投线放样和钢尺量距三个项目。水平仪找平项目要求选手在十分钟内用气泡水平仪和靠尺，把一块倾斜的模拟楼板调平，误差不超过两毫米。
⟦m 图为选手在水平仪找平项目中读数。⟧
比赛中，选手们一手扶尺、一手拧调节螺栓，眼睛紧盯着水平仪上的气泡。2023级工程造价专业的车思琪第一次参加比赛，她说：“平时上课觉得很简单，真到计时的时候手都在抖。”
经过激烈角逐，建筑工程技术专业的叶承志获得一等奖。学院表示，将把大赛成绩纳入实训课程考核，以赛促学。
""",
    ),
    dict(
        slug="college-zhuhu-request-new-staff-briefcase",
        site="麈湖职业技术学院 人事处 (invented)",
        style="高校官网",
        genre="请示",
        kind="request",
        form="text",
        source="https://rsc.zhvtc.edu.cn/tzgg/2025/0902/771.html",
        title="关于为新入职教职工配发公文包的请示",
        record_title="关于为新入职教职工配发公文包的请示-人事处-麈湖职业技术学院",
        date="2025-09-01",
        date_also=["2025-09-02"],
        notes="a college office's page as text: a request (请示) with its 联系人/电话 next to the office's own public line in the footer; 成文日期 under the signature expected, the page's posting date also accepted",
        page="""
!m 麈湖职业技术学院 人事处
!m 首页 | 机构设置 | 师资建设 | 人才招聘 | 通知公告 | 下载专区
!m 您的位置：首页 >> 通知公告
{T}
!m 2025-09-02　浏览量：57
{BODY}
!l 【上一篇】关于做好2025年新入职教职工岗前培训的通知
!l 【下一篇】关于开展2025年度专业技术职务评审工作的通知
!m 人事处办公室电话：0736-2851002　办公地点：行政楼305
""",
        indent="\u3000\u3000",
        body="""
学校领导：
今年我校新入职专任教师和管理人员共64名。为帮助新入职教职工尽快适应工作，做好校园文化和仪式教育，人事处拟在新入职教职工岗前培训结业时，为每人配发一只印有校徽的公文包。现将有关事项请示如下：
一、采购数量为70只，其中6只备用。
二、公文包为黑色牛皮材质，内设文件层和电脑层，单价不超过280元，总预算不超过19600元，从学校人才工作经费中列支。
三、按照学校采购管理办法，由人事处会同国有资产管理处通过校内采购平台询价采购，9月20日前完成配发。
妥否，请批示。
联系人：甄小曼，电话：0736-2851017。
人事处
2025年9月1日
""",
    ),
    dict(
        slug="countyforum-quyang-doormat-neighbour-jammer-subject",
        site="蘧阳论坛 (invented, county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.quyang.cc/thread-330918-1-1.html",
        title="楼上邻居的门垫老是挪到我家门口，该怎么沟通？",
        record_title=None,
        date=None,
        notes="county forum without a record title: the thread subject is the title; jammer-font junk in the post, a weather line, medals, a decoration ad, an official-reply link; posted 2 小时前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>蘧阳论坛 - 蘧阳人自己的网上家园</title>
<style>font.jammer{font-size:0;color:transparent}</style>
</head>
<body>
<div class="weather">⟦m 蘧阳 今天 小雨 12～17℃⟧ ⟦a 登录 · 注册 · 扫码登录⟧</div>
<div class="hd">⟦m 蘧阳论坛 - 蘧阳人自己的网上家园⟧</div>
<div class="pt">⟦m 蘧阳论坛 › 邻里家常 › 物业与邻里⟧</div>
<div class="thread">
<h1 id="thread_subject">{T}</h1>
<div class="stat">⟦m 查看 2381 ｜ 回复 64 ｜ 楼主 秋水长天　2 小时前⟧</div>
<table><tr>
<td class="pls">⟦m 秋水长天⟧<br>⟦m 勋章：热心邻居 ✦ 老会员⟧</td>
<td class="plc">
{BODY}
</td></tr></table>
<div class="official">⟦l 本帖已转至“蘧园社区”官方账号，点此查看官方回复⟧</div>
<div class="ad">⟦d 【推广】蘧阳美家装饰，全包套餐每平方米598元起⟧</div>
<div class="reply">⟦l 2楼 南门老李：直接贴张纸条，客气点就行⟧</div>
<div class="reply">⟦l 3楼 小满：找楼栋长出面比较好⟧</div>
<div class="fastpost">⟦a 发表回复前请先登录⟧</div>
</div>
<div class="ft">⟦m 蘧阳论坛 bbs.quyang.cc ｜ 违法和不良信息举报 ｜ 湘ICP备15008216号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
住在蘧园小区7栋，楼上三楼的邻居家门垫特别大，快一米五长。最近两个月，他家门垫老是滑下来半截，压到我家二楼门口的台阶上，有两次我妈出门差点被绊倒。
我上去敲过一次门，没人在家，就在门把手上挂了张纸条，写得很客气，说门垫能不能换个小一点的，或者往里收一收。过了一周，门垫还是那样。
不想因为这点小事闹得邻里不和，但老人摔一跤可不是小事。想问问大家：是继续找邻居当面说，还是直接找物业或者社区网格员出面？有没有遇到过类似情况的朋友，给支个招。
""",
    ),
]
