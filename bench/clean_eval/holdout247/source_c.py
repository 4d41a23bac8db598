"""holdout247, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="zhilai-qa-answer-camp-stool-back-pain",
        site="知来问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhilaiwenda.com/q/7730152.html",
        title="老人坐马扎腰疼，换什么凳子好？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; an adopted-answer badge, the answerer's line with a relative time (no date), vote row, more answers; an 'expand' action between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>老人坐马扎腰疼，换什么凳子好？ - 知来问答</title>
<script src="https://s.zhilaiwenda.com/js/qa.js"></script>
</head><body>
<header>⟦m 知来问答⟧ ⟦m 有问题，知来答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></header>
<div class="crumb">⟦m 知来问答 › 生活 › 家居用品⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：晴川阁下　｜　浏览 4216 次⟧</p></div>
<div class="answer best">
<p class="badge">⟦m ✔ 提问者采纳⟧</p>
<p class="a-meta">⟦m 热心网友 阿榆 · 回答于 2 天前⟧</p>
{BODY}
<div class="vote">⟦l 有用 58　没用 2　评论 4⟧</div>
</div>
<div class="more"><h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 路过的猫：换个带靠背的折叠椅就行，不贵⟧</p>
<p>⟦l 风起：腰疼还是先去医院拍个片子⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 马扎和小板凳哪个更适合钓鱼？⟧</li><li>⟦l 老人起身困难买什么椅子？⟧</li></ul></aside>
<footer>⟦d 回答内容来自网友，仅供参考，身体不适请及时就医。⟧ ⟦m © 知来问答 zhilaiwenda.com⟧</footer>
</body></html>
""",
        body="""
我家老人也是这样，说说我的经验。
马扎坐面低、没有靠背，人坐上去膝盖比屁股高，腰只能弯着，坐久了腰肯定受不了。老年人有腰椎问题的，最好别长时间坐马扎。
⟦a 展开剩余回答⟧
可以换成下面几种：
1.带靠背的折叠椅，坐面高度在四十厘米左右，起身不费劲；
2.四条腿的木方凳，稳当，适合在家门口晒太阳时坐；
3.如果还是喜欢马扎轻便，就买坐面宽一点、带靠背的“靠背马扎”，坐的时候在腰后垫个小靠枕。
另外提醒一句，马扎的帆布面用久了会松，老人坐下时容易往后仰，隔一两年最好换一次。腰疼总不好的话，还是要去医院看看。
""",
    ),
    dict(
        slug="baixiao-qa-damp-matches-text",
        site="百晓问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baixiaowenda.net/question/2290481",
        title="火柴受潮了还能划着吗？",
        record_title="【生活常识】火柴受潮了还能划着吗？ ｜ 百晓问答",
        date=None,
        notes="a Q&A's text page: the question with a column prefix and site suffix in the record; best-answer line with a relative time (no date), helpful votes and other answers",
        page="""
!m 百晓问答 · 百事问百晓
!m 分类：生活常识 > 日用百货
!t 【生活常识】火柴受潮了还能划着吗？ ｜ 百晓问答
!m 提问时间：3 天前　　回答数：4
!m ★最佳答案　　答主：老灶台（生活达人）
{BODY}
!l 这条回答对你有帮助吗？　有帮助(41)　没帮助(1)
!l 其他回答：放米缸里埋一晚上就干了
!l 其他回答：潮了就别用了，几毛钱的东西
!a 我来回答这个问题
""",
        body="""
受潮不严重的火柴一般还能用，可以试试下面的办法。
一、晾干。把火柴从盒子里倒出来，摊在干燥通风的地方晾一两天，不要放在太阳下暴晒，更不要放在炉子边烘烤，以免药头自燃。
二、换擦皮。有时候不是火柴潮了，而是盒子侧面的擦皮潮了。可以换一个干燥的火柴盒来划。
三、实在划不着的，药头已经变软脱落，就别再用了，用水浸透后再扔。
保存火柴要注意防潮：放进带盖的玻璃瓶或密封袋里，瓶里再放一小包干燥剂，放在阴凉处就行。
""",
    ),
    dict(
        slug="qiaosou-collection-memoir-new-year-gongs",
        site="樵叟文存 (invented, a retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.qiaosouwencun.net/xiangyin/038.htm",
        title="腊月里的锣鼓声",
        record_title="腊月里的锣鼓声〔樵叟文存·乡音篇〕",
        date=None,
        notes="old gb2312 personal collection: marquee, 繁體/简体 links, chapter links, visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>腊月里的锣鼓声〔樵叟文存·乡音篇〕</title>
<script language="JavaScript" src="../js/fanjian.js"></script>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0">
<tr><td><font size="5">⟦m 樵叟文存⟧</font> ⟦m 退休老教员的笔墨园子⟧</td><td align="right">⟦a 繁體⟧ ⟦a 简体⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 新添乡音篇第三十八篇，欢迎老朋友常来坐坐⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 文存首页 | 乡音篇 | 杏坛篇 | 游踪篇 | 留言簿⟧</td></tr>
</table>
<table width="780" align="center"><tr><td>
<h2 align="center">{T}</h2>
<p align="center">⟦m 樵叟⟧</p>
{BODY}
<p align="center">⟦l ←前一篇：村口的老磨坊⟧　⟦l 回目录⟧　⟦l 后一篇：祠堂前的戏台→⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦m 您是本园第 0086153 位客人⟧<br>
⟦m 来信请寄：qiaosou1949@example.net⟧<br>
⟦d 文存文字为樵叟所写，转载请先来信说一声⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
老家的腊月，是被锣鼓声敲醒的。
一进腊月，村里的锣鼓队就开始在祠堂前合练。大鼓摆在正中，鼓手是我的三叔，他两只胳膊一抡，鼓点就像落在人心口上。铜锣、大钹、小镲围着大鼓站成一圈，跟着三叔的鼓点走。
我们这些孩子最爱挤在祠堂门口看。三叔有时候会把鼓槌递给我，让我敲两下，我使出全身的力气，鼓却只“咚”地闷响一声，惹得大人们哈哈大笑。
到了正月初一，锣鼓队挨家挨户去拜年，锣鼓一到门口，主人家就放鞭炮、端出糖果。那一天，全村都在锣鼓声里。
如今三叔已经八十多岁，敲不动大鼓了，村里的锣鼓队却还在，鼓手换成了他的孙子。
""",
    ),
    dict(
        slug="sujian-collection-essay-mothers-flowerpot-oneline",
        site="素笺集 (invented, a personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://sujianji.example.org/juan1/17.html",
        title="母亲的花盆",
        record_title="母亲的花盆（素笺集·卷一之十七）",
        date=None,
        notes="an essay on one line, paragraphs only apart by their indent; collection header, volume line, chapter links and a counter around it; no date",
        page="""
!m 素笺集　｜　一笺一念
!m 卷一·家常　第十七篇
!t 母亲的花盆（素笺集·卷一之十七）
{BODY}
!l ◁ 上一篇：父亲的自行车　　目录　　下一篇：外婆的灶台 ▷
!m 本篇已被翻阅 672 次
!d 素笺集文字未经许可请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
母亲喜欢养花，可家里从没买过一个像样的花盆。
她的花都种在旧物里：掉了瓷的搪瓷缸种着太阳花，裂了口的腌菜坛种着一丛吊兰，父亲用过的旧铝饭盒里，挤着几棵小葱。
我上中学那年，用攒了一学期的零花钱，在镇上给她买了一个红陶花盆。母亲高兴了好几天，把她最宝贝的那盆月季移了进去，摆在窗台正中。
后来我去外地工作，每次打电话，母亲总要说一句：“月季又开了。”
去年回家，那个红陶花盆还在窗台上，盆沿磨得发亮，月季已经长得比窗户还高。
""",
    ),
    dict(
        slug="xishan-party-speech-dragon-boat-theme-day",
        site="嶍山先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xishanxianfeng.gov.example.cn/zbfc/2025/0602/1893.html",
        title="在“党旗红·龙舟竞渡”主题党日活动上的讲话",
        record_title="【党日剪影】在“党旗红·龙舟竞渡”主题党日活动上的讲话 - 嶍山先锋网",
        date="2025-05-30",
        date_also=["2025-06-02"],
        notes="Party-building portal: study-points prompt, read-on-phone line; speaker and date lines under the title (neutral); the portal's date differs from the speech's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【党日剪影】在“党旗红·龙舟竞渡”主题党日活动上的讲话 - 嶍山先锋网</title>
<script src="/static/js/points.js"></script>
</head><body>
<div class="banner">⟦m 嶍山先锋网⟧ ⟦m 嶍山县委组织部主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋榜样⟧</li></ul>
<div class="where">⟦m 首页 ＞ 支部风采 ＞ 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 时间：2025-06-02　来源：县直机关工委　字数：约700⟧</div>
<p class="speaker">县直机关工委书记　邓昭远</p>
<p class="speaker">（2025年5月30日）</p>
<div class="points">⟦a 读满3分钟，学习积分+1⟧</div>
{BODY}
<div class="phone">⟦a 手机扫码，换个屏幕接着读⟧</div>
<div class="related"><h4>⟦l 支部风采·更多⟧</h4><p>⟦l 县医院党支部开展义诊进村活动⟧</p><p>⟦l 县税务局党支部举办“七一”主题演讲⟧</p></div>
<div class="foot">⟦m 主办：中共嶍山县委组织部　电话：0877-6212670⟧ ⟦m 滇ICP备07001936号-3⟧</div>
</body></html>
""",
        body="""
同志们：
今天，县直机关十二个党支部的党员齐聚槎头河畔，开展“党旗红·龙舟竞渡”主题党日活动。这是我们把党建活动搬到江边、搬到群众身边的一次尝试。
龙舟竞渡，靠的是一条心。一条船上二十多支桨，谁快了、谁慢了，船都走不直。支部工作也是这样，只有班子成员同心、党员同向，才能劲往一处使。
今天每条船上，我们都安排了支部书记当鼓手、党员当桨手。希望大家在划桨中体会协作，在竞渡中检验作风。比赛结束后，各支部要召开一次小结会，把今天的体会带回工作岗位上。
最后，提醒大家全程穿好救生衣，听从裁判指挥。预祝活动圆满成功！
""",
    ),
    dict(
        slug="tianchuan-party-summary-stool-lecture-team",
        site="湉川党建网 (invented, text rendering)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.tianchuan.gov.example.cn/xfgs/2025/0107/551.html",
        title="湉川县棬溪镇“马扎宣讲队”2024年工作总结",
        record_title="先锋故事｜湉川县棬溪镇“马扎宣讲队”2024年工作总结_湉川党建网",
        date="2025-01-06",
        date_also=["2025-01-07"],
        notes="Party-building text page: column prefix and site suffix in the record, publish line a day after the signature date, a table one row a paragraph, a study prompt between paragraphs",
        page="""
!m 湉川党建网　｜　湉川县委组织部
!m 位置：首页 » 先锋故事
!t 先锋故事｜湉川县棬溪镇“马扎宣讲队”2024年工作总结_湉川党建网
!m 发布时间：2025-01-07 10:26　信息来源：棬溪镇
{BODY}
!a 学习打卡：本篇读完请在“湉川先锋”小程序点“已学”
!l 先锋故事往期：“板凳课堂”让政策走进农家院
!m 中共湉川县委组织部主办　党员服务热线：12371
""",
        indent="\u3000\u3000",
        body="""
2024年，镇“马扎宣讲队”坚持带上马扎进村入户，把党的政策讲到田间地头、农家小院，全年工作情况总结如下。
一、宣讲覆盖面不断扩大。宣讲队由退休教师、村干部和青年党员共十九人组成，全年深入全镇十四个村开展宣讲。
二、宣讲形式更接地气。宣讲员带着马扎坐到群众中间，用拉家常的方式讲政策、讲变化，群众愿意听、听得懂。
⟦a 点击右上角，设为学习资料⟧
三、全年宣讲情况如下：
季度　宣讲场次　听众人数
一季度　38　1520
二季度　45　1860
三季度　41　1630
四季度　52　2240
下一步，宣讲队将吸收更多年轻党员加入，探索“马扎宣讲＋短视频”的新方式。
中共棬溪镇委员会宣传办
2025年1月6日
""",
    ),
    dict(
        slug="weiyang-hospital-article-swallowed-match-heads",
        site="溦阳县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.wyrmyy.example.cn/jkkp/2025/0114/977.html",
        title="孩子误食火柴头，家长先别慌",
        record_title="【儿科小课堂】孩子误食火柴头，家长先别慌 - 溦阳县人民医院",
        date="2025-01-14",
        notes="hospital page: booking float and a 24-hour emergency line beside the department's own 咨询电话 in the text; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【儿科小课堂】孩子误食火柴头，家长先别慌 - 溦阳县人民医院</title>
<script src="/js/guahao-float.js"></script>
</head><body>
<div class="hd">⟦m 溦阳县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 24小时急救：0792-6650120⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="pos">⟦m 首页 / 健康科普 / 儿科⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 发布时间：2025-01-14　作者：儿科 邹明澈　浏览：889⟧</div>
<div class="con">
{BODY}
</div>
<div class="float-gh"><a>⟦a 预约挂号 ›⟧</a><a>⟦a 报告查询 ›⟧</a></div>
<div class="prev-next">⟦l 上一篇：冬季儿童烫伤的家庭处理⟧ ⟦l 下一篇：孩子发烧什么时候要去医院⟧</div>
<div class="ft">⟦m 院址：溦阳县人民路66号　总机：0792-6650000⟧ ⟦d 科普文章仅供参考，不能代替医生面诊。⟧</div>
</body></html>
""",
        body="""
近日，医院儿科接诊了一名三岁男孩，家长发现孩子在玩火柴时，把几根火柴头放进了嘴里。
儿科主任邹明澈介绍，安全火柴的药头主要含氯酸钾、硫黄等成分，少量误食一般不会引起严重中毒，但可能刺激口腔和胃肠，出现恶心、呕吐、腹痛等症状。
家长发现孩子误食火柴头后，应做到：
1.立即清除孩子口腔内残留的药头，用清水漱口；
2.不要自行催吐，也不要给孩子喝牛奶、吃东西；
3.带上剩余的火柴盒，尽快到医院就诊，方便医生判断误食的量。
医生提醒，火柴、打火机等要放在孩子拿不到的地方。如有疑问，可拨打儿科咨询电话0792-6651203。
""",
    ),
    dict(
        slug="bicheng-second-hospital-notice-soil-flowerpots",
        site="沘城市第二人民医院 (invented, text rendering)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.bcdeyy.example.cn/yngk/tzgg/2025/0220/305.html",
        title="关于病区禁止摆放土培花盆的通知",
        record_date="2025-02-20",
        date="2025-02-20",
        notes="the record's title and date as is; hospital text page with booking and emergency lines at the top, a publish line, a follow prompt and a disclaimer below",
        page="""
!m 沘城市第二人民医院　｜　预约挂号：0795-3326000　｜　急诊：0795-3326120
!m 首页 > 院务公开 > 通知公告
{T}
!m 发布日期：2025-02-20　发布科室：院感科
{BODY}
!a 关注医院服务号，就诊提醒不错过
!m 沘城市第二人民医院 版权所有　　医疗广告审查证明：（赣）医广〔2025〕第0217号
""",
        body="""
各病区、各科室：
为预防院内感染，保障患者安全，经医院感染管理委员会研究，决定自2025年3月1日起，各病区病房、护士站及治疗室内禁止摆放土培花盆。现将有关事项通知如下。
一、土壤中易滋生真菌等微生物，对免疫力低下的患者存在感染风险。各病区现有土培花盆请于2月28日前清理完毕。
二、患者亲友探视时携带的盆栽，由护士耐心说明规定，请亲友带回或暂存于住院部一楼服务台。
三、确需美化环境的，可在公共走廊摆放水培绿植，由后勤保障部统一配置。
请各科室认真落实，院感科将不定期检查。
沘城市第二人民医院院感科
2025年2月20日
""",
    ),
    dict(
        slug="bicheng-polytechnic-news-gong-team-award",
        site="沘城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bczy.edu.example.cn/xwzx/xyxw/2025/0422/6120.html",
        title="我校锣鼓队在全省大学生民族器乐展演中获一等奖",
        record_title=None,
        date="2025-04-22",
        notes="no title in the record: the news page's <h1>; a dotted college date is the page's date; photo caption between paragraphs, a 文/图/审核 line after the text",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>学院新闻-沘城职业技术学院</title>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script>
</head><body>
<div class="header">⟦m 沘城职业技术学院⟧ ⟦m 笃学 尚技 明德 致远⟧</div>
<ul class="menu"><li>⟦m 学院首页⟧</li><li>⟦m 学院概况⟧</li><li>⟦m 机构设置⟧</li><li>⟦m 教学科研⟧</li><li>⟦m 招生就业⟧</li></ul>
<div class="column-name">⟦m 学院新闻⟧</div>
<div class="art">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2025.04.22⟧　⟦m 浏览次数：1130⟧</p>
{BODY}
<p class="arti_foot">⟦m （文/艺术教育中心　图/学生记者团　审核/蓝静姝）⟧</p>
</div>
<div class="links">⟦l 友情链接：省教育厅　沘城市人民政府　学院图书馆⟧</div>
<div class="footer">⟦m 地址：沘城市澋湖区学府大道9号　邮编：331200⟧ ⟦m 版权所有 © 沘城职业技术学院⟧</div>
</body></html>
""",
        body="""
4月19日至20日，全省大学生民族器乐展演在省会举行，我校学生锣鼓队表演的《鼓韵春潮》获得合奏类一等奖，指导教师马清扬获优秀指导教师奖。
⟦m 图为我校锣鼓队在展演现场⟧
我校锣鼓队成立于2019年，现有队员三十二人，来自全校九个学院。队员们大多入校前没有接触过锣鼓，每周利用三个晚上在艺术楼排练。
这次参赛的《鼓韵春潮》由马清扬根据沘城地方锣鼓曲牌改编，融合了大鼓、堂鼓、大锣、小锣和铙钹等乐器，表现了春耕时节的热闹景象。
学校团委负责人表示，将继续支持锣鼓队建设，让更多学生了解和喜爱传统打击乐。
""",
    ),
    dict(
        slug="wuchuan-normal-plan-paddle-team-decimal",
        site="浯川师范学院体育学院 (invented, text rendering)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://tyxy.wcnu.edu.example.cn/tzgg/2025/0304/219.html",
        title="浯川师范学院龙舟队2025年训练实施方案",
        record_title="体育学院 ▸ 浯川师范学院龙舟队2025年训练实施方案（学生版）",
        date="2025-03-03",
        notes="a college's text page: column prefix and an aside in the record title, decimal headings, a print/close row and the college footer",
        page="""
!m 浯川师范学院 · 体育学院
!m 首页 ｜ 学院概况 ｜ 教学管理 ｜ 运动训练 ｜ 通知公告
!t 体育学院 ▸ 浯川师范学院龙舟队2025年训练实施方案（学生版）
!m 作者：运动训练科　发布：2025-03-04　点击：233
{BODY}
!a 〖打印〗〖关闭〗
!m 浯川师范学院体育学院　地址：浯川县文昌路1号　电话：0793-7716230
""",
        body="""
1.目的
为备战2025年全省大学生龙舟锦标赛，提高学校龙舟队训练的科学性和安全性，制定本方案。
2.训练安排
2.1 陆上训练：每周一、三、五下午在体育馆进行体能和划桨动作训练，使用划桨测功仪。
2.2 水上训练：每周六上午在浯川水上训练基地下水训练，每次不少于两小时。
2.3 桨具管理：训练桨由体育学院器材室统一保管，队员按编号领用，训练后擦干归还。
3.安全要求
3.1 水上训练全程穿着救生衣，安全员乘保障船随行。
3.2 遇雷雨、大风天气，停止水上训练。
4.保障
训练所需经费从学校群体竞赛经费中列支。
浯川师范学院体育学院
二〇二五年三月三日
""",
    ),
]
