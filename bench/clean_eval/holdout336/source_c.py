"""holdout336, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (each once as HTML, once as text).

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenque-answer-dispenser-question-title",
        site="问鹊 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenque.com/question/60317725/answer/90128",
        title="奶粉格带出门，冲奶时奶粉老是结块怎么办？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; an adopted-answer badge, the answerer's card, a vote row and more answers; only relative times: no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问鹊 - 有问题，鹊来答</title><script src="/static/qa.js"></script></head>
<body>
<header>⟦m 问鹊⟧ <span>⟦m 有问题，鹊来答⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录问鹊⟧</a></header>
<div class="q">
<div class="q-tags">⟦l 育儿 · 喂养 · 奶粉格⟧</div>
<h1>{T}</h1>
<div class="q-meta">⟦m 提问于 2 个月前 · 被浏览 3.2万次 · 关注者 418⟧</div>
</div>
<div class="answer">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 鹿鸣妈妈 · 高级育婴师 · 获赞 1.3万⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-meta">⟦m 编辑于 3 天前 · 著作权归作者所有⟧</div>
<div class="vote">⟦a ▲ 赞同 286 ｜ ▼ ｜ 评论 19 ｜ 收藏 ｜ 分享⟧</div>
</div>
<div class="more"><h3>⟦l 查看其余 12 个回答⟧</h3>
<p>⟦l 阿团爸：我家换了带硅胶圈的那种，再没结过块⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><p>⟦l 奶粉格和奶粉盒哪个更适合出门？⟧</p><p>⟦l 奶粉冲好后能放多久？⟧</p></aside>
<footer>⟦m © 2025 问鹊 wenque.com　京ICP备22010473号⟧</footer>
</body></html>
""",
        body="""
谢邀。奶粉结块，多半是奶粉格里进了水汽，和奶粉本身关系不大。给你几个实测有效的办法：
1. 奶粉格洗完一定要彻底晾干，最好倒扣晾一晚上，别用毛巾擦，毛巾上的水和纤维都会留在格子里。
2. 分装时动作快一点，分完马上盖紧，不要在烧着热水、满屋水汽的厨房里分装。
3. 出门前再分装，别提前好几天装好放着，尤其是南方的回南天。
4. 冲奶时先倒温水、再倒奶粉，倒完轻轻转圈摇匀，不要上下猛摇。
如果按上面做了还结块，检查一下奶粉格的密封圈是不是变形了，密封不好的就换一个吧。
""",
    ),
    dict(
        slug="qa-baixiao-answer-helmet-nurse",
        site="百晓答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baixiaoda.com/q/2210948.html",
        title="宝宝学走路有必要戴防撞头盔吗？",
        record_title="宝宝学走路有必要戴防撞头盔吗？（已解决）- 百晓答",
        date=None,
        notes="Q&A page as text: the question decorated with （已解决）; a nurse's answer with her card; answered 5 天前: no date; other answers and related questions below",
        page="""
!m 百晓答 · 生活百事问百晓
!m 百晓答 > 母婴育儿 > 安全防护
!t 宝宝学走路有必要戴防撞头盔吗？（已解决）
!m 提问者：豆豆妈2023　悬赏：10晓币
!m 最佳答案　回答者：护士小侯（儿科护士）　5 天前
{BODY}
!a 有用(73)　没用(4)　追问
!l 其他回答（6）
!l 热心网友：我家买了没怎么戴，孩子不愿意
!l 相关问题：宝宝摔到后脑勺需要去医院吗？
!m 百晓答 baixiaoda.com　粤ICP备20045136号
""",
        body="""
我是儿科护士，说说我的看法：可以戴，但不是必需品。
防撞头盔对学步期常见的磕碰确实有缓冲作用，尤其是后脑勺着地的那种摔法。家里地面是瓷砖、家具棱角多的，戴一段时间能少吃些苦头。
但有三点要注意：一是别买太厚太重的，孩子脖子力量弱，戴久了反而容易失去平衡；二是夏天注意散热，头上出汗多就摘下来；三是不能有了头盔就放松看护，真正危险的是从床上、楼梯上跌落，这些头盔是护不住的。
我的建议是，先把家里的防护做好，再根据孩子的情况决定要不要买。
""",
    ),
    dict(
        slug="collection-peilixin-memoir-sleepsack-gb2312",
        site="裴立新文集 (invented, old gb2312 personal site)",
        style="个人文集",
        genre="回忆文章",
        kind="other",
        form="html",
        source="http://www.peilixin-wenji.cn/sanwen/jiashi/05.htm",
        title="母亲缝的防踢被",
        record_title="〔家事小记·五〕母亲缝的防踢被 —— 裴立新文集",
        date=None,
        notes="old table layout of a retired teacher's collection: chapter links, a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔家事小记·五〕母亲缝的防踢被 —— 裴立新文集</title>
<script language="javascript">var hits=20416;</script></head>
<body bgcolor="#F5F0E6">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 裴立新文集⟧</font><br><font size="2">⟦m 教书四十年的零碎笔墨⟧</font></td></tr>
<tr><td align="center">⟦m 文集首页 | 散文·家事小记 | 教坛旧话 | 诗词习作 | 给我留言⟧</td></tr>
<tr><td align="center"><font size="4"><b>⟦t 〔家事小记·五〕母亲缝的防踢被⟧</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 家事小记·四：搬家那天的雨⟧　⟦l 回到本辑目录⟧　⟦l 家事小记·六：父亲的算盘 →⟧</td></tr>
<tr><td align="center"><font size="2">⟦m 本文集已被翻阅 20416 次⟧　⟦m 来信请寄：peilixin1952@126.com⟧</font></td></tr>
<tr><td align="center"><font size="2">⟦d 文集所收皆作者旧稿，引用请注明出处⟧</font></td></tr>
</table>
</body></html>
""",
        p_html='<p>　　{}</p>',
        body="""
女儿出生那年冬天，沽岭下了一场多年不见的大雪。屋里没有暖气，夜里孩子总是把被子踢开，我和妻子轮流起来盖，一夜要醒好几回。
母亲知道了，第二天就从箱底翻出一块蓝底白花的棉布，又拆了一件旧棉袄取出棉花，在灯下缝了整整三个晚上。她缝的防踢被像一件带帽的小斗篷，下摆收成一个口袋，两侧缝了布带，系在孩子腰上，怎么蹬也蹬不开。
那个冬天，女儿睡得踏实，我们也终于能睡个整觉。母亲却说，这是她小时候外婆教的法子，算不得什么手艺。
如今商店里的防踢被花样多得很，可我总记得那块蓝底白花的布。女儿早已成家，那件小斗篷还叠在她家的衣柜里。
""",
    ),
    dict(
        slug="collection-baolao-memoir-highchair-oneline",
        site="鲍老文存 (invented personal collection)",
        style="个人文集",
        genre="回忆文章",
        kind="other",
        form="text",
        source="http://baolao-wencun.example.org/guling/08.txt",
        title="父亲做的那把竹餐椅",
        record_title="父亲做的那把竹餐椅（沽岭往事之八）— 鲍老文存",
        date=None,
        notes="a memoir with the whole body on one line (paragraphs only apart by their indent); chapter links and a visitor line; no date",
        page="""
!m 鲍老文存　·　沽岭往事
!t 父亲做的那把竹餐椅（沽岭往事之八）
{BODY}
!l 【上一篇】老屋后面的那口井　【下一篇】赶集
!l 【返回沽岭往事目录】
!m 文存访客第 6083 位　作者信箱：baolaoguling@163.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
儿子快一岁时，能坐稳了，吃饭却成了难题。抱在怀里喂，他两只手乱抓，一顿饭撒掉一半。
父亲看在眼里，没说什么，第二天一早就扛着柴刀上了后山。他砍回几根毛竹，在院子里劈、削、烤、弯，忙了四五天，做出一把高脚竹椅。椅子前面有一块可以抽拉的竹板当小桌，两边扶手高高的，中间还穿了一根竹杠挡在孩子腿间，孩子坐进去，想滑也滑不下来。
那把竹餐椅，儿子坐了两年，后来侄女又坐了两年。竹子被磨得油光发亮，父亲隔一阵就拿砂纸把毛刺打一遍。
前些日子带孙子去商场，看到各式各样的儿童餐椅，有安全带，有轮子，还能调高低。我站在那里看了很久，想起的却是院子里那股烤竹子的清香。
""",
    ),
    dict(
        slug="party-yichuan-summary-sleepsack-table",
        site="屹川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.ycxianfeng.gov.cn/zbfc/2025/1223/9130.html",
        title="柔湾社区党支部“暖冬护苗”志愿服务工作总结",
        record_title="【冬日暖心】柔湾社区党支部“暖冬护苗”志愿服务工作总结_支部风采_屹川先锋网",
        date="2025-12-20",
        date_also=["2025-12-23"],
        notes="Party-building portal with a study-points prompt and a read-on-phone line; a service table one row a paragraph; page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【冬日暖心】柔湾社区党支部“暖冬护苗”志愿服务工作总结_支部风采_屹川先锋网</title>
<script src="/js/study-points.js"></script></head>
<body>
<div class="hd">⟦m 屹川先锋网　中共屹川县委组织部⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 要闻⟧ ⟦m 支部风采⟧ ⟦m 党员教育⟧ ⟦m 人才工作⟧</div>
<div class="crumb">⟦m 首页 → 支部风采 → 城市社区⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-12-23　来源：县委城市工作办　浏览：652⟧</div>
<div class="points">⟦a 在本页停留满3分钟，可计入学习积分1分⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦a 掏出手机扫一扫，本文随身带着读⟧</div>
<div class="pn">⟦l 上一篇：屹川县开展“两新”组织党建观摩活动⟧<br>⟦l 下一篇：沫河镇机关党支部开展主题党日活动⟧</div>
<div class="ft">⟦m 主办：中共屹川县委组织部　承办：屹川县党员教育中心⟧<br>⟦m 赣ICP备08005216号-1⟧</div>
</body></html>
""",
        body="""
今年11月以来，柔湾社区党支部组织党员志愿者开展“暖冬护苗”志愿服务，为辖区困难家庭婴幼儿送去防踢被等过冬用品，现将有关情况总结如下。
一、主要做法
支部先后召开2次支委会研究方案，通过网格员入户摸排，确定服务对象38户。党员志愿者分成6个小组，按楼栋包户，把防踢被、保暖内衣送到家中，并现场教家长选尺码、调室温。
二、服务情况
项目　数量　备注
走访家庭　38户　其中低保家庭11户
发放防踢被　45件　按身高分三个尺码
发放保暖内衣　60套　爱心企业捐赠
参与党员　27人次　含在职党员报到9人次
三、下一步打算
支部将把“暖冬护苗”作为常态化服务项目，建立婴幼儿家庭需求台账，明年继续开展。
中共柔湾社区支部委员会
2025年12月20日
""",
    ),
    dict(
        slug="party-guling-speech-highchair-speaker-date",
        site="沽岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.gulingdj.gov.cn/ldjh/2025/0603/2274.html",
        title="在“党员暖托”先锋行动启动仪式上的讲话",
        record_title="【党员进托育】在“党员暖托”先锋行动启动仪式上的讲话 - 沽岭党建网",
        date="2025-06-01",
        date_also=["2025-06-03"],
        notes="speech with a speaker line and a date under the title (both neutral); the page's posting date differs; a study prompt between paragraphs",
        page="""
!m 沽岭党建网
!m 首页 / 领导讲话
!t 【党员进托育】在“党员暖托”先锋行动启动仪式上的讲话
中共沽岭县委组织部副部长　郭立新
（2025年6月1日）
!m 发布：2025-06-03　来源：县委组织部　字号：大 中 小
{BODY}
!a 【打印本文】【关闭】
!l 相关链接：沽岭县“党员暖托”先锋行动实施方案
!m 沽岭党建网　版权所有　技术支持：沽岭县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
同志们、朋友们：
今天是“六一”国际儿童节，我们在这里启动“党员暖托”先锋行动，组织党员走进托育机构，为孩子们办实事、解难题。
前期，各党支部走访了全县27家托育机构，收集到的问题中，反映最多的是儿童餐椅老旧、安全带缺失。这件事看起来小，却关系到孩子的安全。
⟦a 学习强基：本篇已收入“每日一学”，点击加入学习清单⟧
为此，我提三点要求。一是要把实事办实。各支部认领的餐椅维修、更换任务，要在8月底前全部完成，做到一把一检、一把一账。二是要把专业用好。要发挥机关里懂机械、懂安全的党员的作用，维修后的餐椅要经过承重和锁止测试。三是要把机制建好。要推动托育机构建立餐椅定期检查制度，让好做法长期坚持下去。
同志们，孩子的事无小事。希望大家以实际行动，让党旗在托育一线高高飘扬。
""",
    ),
    dict(
        slug="hospital-mijiang-article-teether-booking-float",
        site="弥江市妇幼保健院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.mjfybjy.cn/jkkp/kq/20250715/1183.html",
        title="宝宝出牙期，牙胶怎么选、怎么洗",
        record_title="【口腔健康】宝宝出牙期，牙胶怎么选、怎么洗-弥江市妇幼保健院",
        record_date="2025-07-15",
        date="2025-07-15",
        notes="hospital site with a booking float and a 24-hour line; the department's own 咨询电话 stays at the end of the body; a share row glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【口腔健康】宝宝出牙期，牙胶怎么选、怎么洗-弥江市妇幼保健院</title>
<script src="/js/booking-float.js"></script></head>
<body>
<div class="top">⟦m 弥江市妇幼保健院　三级妇幼保健院⟧ <span>⟦m 24小时急诊：0796-8120120⟧</span></div>
<div class="menu">⟦m 医院概况⟧ ⟦m 就医指南⟧ ⟦m 科室导航⟧ ⟦m 健康科普⟧ ⟦m 院务公开⟧</div>
<div class="where">⟦m 当前页面：首页 &gt;&gt; 健康科普 &gt;&gt; 口腔保健⟧</div>
<h2>{T}</h2>
<div class="by">⟦m 发布时间：2025-07-15　供稿：儿童口腔科　审核：宣传科⟧</div>
<div class="art">
{BODY}
</div>
<div class="float-book">⟦a 在线预约⟧ ⟦a 报告查询⟧ ⟦a 关注服务号⟧</div>
<div class="rel"><h4>⟦l 科普推荐⟧</h4><p>⟦l 乳牙龋齿要不要治？⟧</p><p>⟦l 孩子几岁开始用含氟牙膏⟧</p></div>
<div class="foot">⟦m 院址：弥江市煌溪区迎宾大道218号　总机：0796-8120000⟧<br>⟦m 赣ICP备17007531号⟧</div>
</body></html>
""",
        body="""
宝宝一般在6个月左右开始出牙，这时候牙龈发痒、爱咬东西，牙胶可以帮助缓解不适。儿童口腔科医生提醒家长注意以下几点：
一、怎么选。选择食品级硅胶材质、一体成型的牙胶，没有可拆卸的小零件；大小以宝宝无法整个塞进嘴里为宜。
二、怎么用。牙胶可以放冰箱冷藏20分钟左右再给宝宝，凉意能缓解牙龈肿胀，但不要冷冻。宝宝使用时大人要在旁边看着。⟦a 分享给家人：微信｜朋友圈⟧
三、怎么洗。每天用温水和婴儿专用清洁剂清洗，硅胶牙胶可以煮沸消毒，带水牙胶不能高温消毒。发现破损、开裂要立即更换。
如果宝宝出牙期间发热、腹泻持续不退，或者1岁以后还没有出牙，请到儿童口腔科就诊。
儿童口腔科咨询电话：0796-8120537（工作日8:00—17:00）
""",
    ),
    dict(
        slug="hospital-mijiang-news-helmet-falls-record",
        site="弥江市妇幼保健院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.mjfybjy.cn/yydt/20251106/1312.html",
        title="儿科提醒：学步期幼儿跌落伤进入高发期",
        date="2025-11-06",
        notes="record title as is; the byline's 发布时间 is the page's date; the hospital's 24-hour line and booking prompts around the text",
        page="""
!m 弥江市妇幼保健院
!m 首页 › 医院动态 › 院内新闻
{T}
!m 发布时间：2025-11-06　来源：儿科　浏览：590
{BODY}
!a 预约挂号请用“弥江妇幼”服务号或拨打0796-8120000
!m 急诊24小时不打烊：0796-8120120
!l 上一篇：我院开展新生儿复苏技能培训
!l 下一篇：孕妇学校11月课程安排
""",
        body="""
近期，弥江市妇幼保健院儿科急诊接诊的学步期幼儿跌落伤明显增多，仅10月份就有46例，多为从床上、沙发上跌落或行走时磕碰桌角。
儿科主任黎志刚介绍，1岁至2岁的孩子走路不稳，头部占身体比例大，摔倒时容易头部先着地。家长可以给孩子使用防撞头盔作为辅助，但更重要的是做好居家防护：床边加装护栏，家具尖角包上防撞条，硬地面铺上爬行垫。
孩子头部磕碰后，家长要观察24小时，出现呕吐、嗜睡、哭闹不止等情况应立即就医。
""",
    ),
    dict(
        slug="college-mijiang-news-dispenser-award-h1",
        site="弥江理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.mjlg.edu.cn/info/1021/20250603-7716.htm",
        title="设计学院学生作品“单手奶粉格”获省大学生工业设计大赛金奖",
        record_title=None,
        date="2025-06-03",
        notes="no record title: the news page's <h1>; a dotted date in the byline is the page's date; an image placeholder between paragraphs; university footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>院系动态-弥江理工学院新闻网</title>
<script src="/system/resource/js/counter.js"></script></head>
<body>
<div class="head">⟦m 弥江理工学院新闻网⟧ ⟦m 明理 笃行 致用⟧</div>
<div class="nav">⟦m 学校首页⟧ ⟦m 综合新闻⟧ ⟦m 院系动态⟧ ⟦m 媒体理工⟧ ⟦m 校园视点⟧</div>
<div class="pos">⟦m 位置：新闻网 &gt; 院系动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2025.06.03　文：设计学院　图：侯嘉伟　审核：裴文静⟧ ⟦m 点击：<span>1873</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦a 分享：微信 · QQ · 复制链接⟧</div>
<div class="foot">⟦m 弥江理工学院党委宣传部　地址：弥江市煌溪区学府路9号⟧<br>⟦m 赣ICP备05004418号⟧</div>
</body></html>
""",
        body="""
近日，第九届省大学生工业设计大赛结果揭晓，我校设计学院2022级产品设计专业学生邱子涵、侯嘉伟团队的作品“单手奶粉格”获得金奖。
该作品源于团队成员在社区调研中发现的一个现象：不少新手父母夜里冲奶时，一手抱着孩子，另一只手很难拧开奶粉格。团队经过20多次打样，设计出一种按压出粉结构，只需单手按压就能把一格奶粉倒进奶瓶。
⟦m ［图］团队成员展示“单手奶粉格”样品⟧
指导教师裴文静介绍，团队还邀请了30户家庭试用，根据反馈调整了按键位置和格子容量。目前，该作品已申请实用新型专利。
""",
    ),
    dict(
        slug="college-mijiang-research-sleepsack-cn-date",
        site="弥江师范高等专科学校 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://xqjy.mjsz.edu.cn/shijian/2025/0304/552.html",
        title="关于城区婴幼儿家庭防踢被使用情况的调查报告",
        record_title="关于城区婴幼儿家庭防踢被使用情况的调查报告-学前教育学院-弥江师范高等专科学校",
        date="2025-02-20",
        date_also=["2025-03-04"],
        notes="college page as text: column and site suffix in the record title; the report's date in Chinese numerals under the signature differs from the page's date",
        page="""
!m 弥江师范高等专科学校 · 学前教育学院
!m 首页 > 实践育人 > 社会实践
{T}
!m 发布日期：2025年03月04日　作者：学院团委　阅读：347
{BODY}
!a 【打印】【关闭】【返回顶部】
!l 上一条：学前教育学院举行2025届毕业生双选会
!l 下一条：“育苗”实践团走进柔湾社区开展亲子阅读
!m 学前教育学院办公室　电话：0796-8365021
""",
        body="""
为了解婴幼儿家庭睡眠用品的使用情况，学前教育学院“育苗”实践团于2025年1月对弥江市城区4个社区的婴幼儿家庭开展了问卷调查，共回收有效问卷212份。
一、使用情况
调查显示，使用防踢被的家庭有163户，占76.9%。其中，分腿式占48%，背心式占31%，带袖式占21%。
二、发现的问题
一是尺码偏大的较为普遍，有39户选择的尺码比孩子实际身高大一号以上；二是室温与防踢被厚度不匹配，有暖气的家庭仍选用厚款的占四成；三是近三成家长不清楚防踢被不能代替看护。
三、几点建议
建议社区和妇幼保健机构加强婴幼儿安全睡眠知识宣传，商家在产品标签上标明适用身高和适用室温。
学前教育学院“育苗”实践团
二〇二五年二月二十日
""",
    ),
]
