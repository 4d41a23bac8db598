"""holdout353, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenshenghui-sauce-dish-shared-question",
        site="问声汇 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenshenghui.com/q/55820731",
        title="火锅店的酱料碟能不能几桌共用？",
        record_title=None,
        date=None,
        notes="no title in the record: the question in the <h1>; the adopted answer is the body; vote bar, badge, more "
        "answers; answered 3 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问声汇 - 有问必有声</title>
<script src="//s.wenshenghui.com/qa.bundle.js"></script>
</head>
<body>
<div class="wsh-nav"><span>⟦m 问声汇⟧</span> <a>⟦m 发现⟧</a> <a>⟦m 等你来答⟧</a> <a>⟦a 我要提问⟧</a> <a>⟦a 登录问声汇⟧</a></div>
<div class="wsh-cate">⟦m 分类：生活 › 饮食 › 餐饮卫生⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：麻辣不辣　｜　1.6万人看过　｜　4个回答⟧</p>
</div>
<div class="best">
<p class="badge">⟦m ✔ 提问者采纳⟧</p>
<p class="a-meta">⟦m 食安老兵 · 餐饮从业十五年 · 回答于 3 天前⟧</p>
{BODY}
<div class="vote">⟦a ▲ 有用 412　▼ 没用 6　💬 评论 23⟧</div>
</div>
<div class="more"><h3>⟦l 其他 3 个回答⟧</h3>
<p>⟦l 火锅爱好者小赵：反正我去火锅店都自己要新碟子⟧</p>
<p>⟦l 路过的厨师：规范的店都是洗碗机统一消毒的⟧</p></div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 火锅店的公筷公勺是强制的吗？⟧</p><p>⟦l 自助调料台的葱花一般放多久？⟧</p></div>
<div class="foot">⟦d 问声汇回答均为网友个人观点，仅供参考⟧　⟦m 问声汇 © 2024　京ICP备20006142号⟧</div>
<script>wsh.track('q55820731');</script>
</body>
</html>
""",
        body="""
不能。酱料碟属于直接接触入口食品的餐具，按规定应当一客一换，用过的必须清洗消毒后才能再给下一桌使用。
很多人觉得蘸料碟只是盛调料，洗一洗就行，其实客人蘸肉、蘸菜的时候，筷子会把唾液带进碟里。几桌共用一只碟，或者撤下来用清水冲一冲就摆回自助调料台，都是不合规的。
正规火锅店的做法是：用过的酱料碟和碗筷一起进洗碗机，高温消毒后放进保洁柜。自助调料台只放干净的空碟，客人自己取用。
如果你在店里看到酱料碟有残留、有异味，可以要求换一只，也可以向当地市场监管部门反映。
""",
    ),
    dict(
        slug="qa-wencha-aroma-vs-tasting-cup",
        site="问茶圈 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenchaquan.cn/question/90317",
        title="闻香杯和品茗杯有什么区别？",
        record_title="闻香杯和品茗杯有什么区别？ - 茶事问答 - 问茶圈",
        date=None,
        notes="Q&A text: the question as the title with column and site; an answerer's line with a relative time; a "
        "numbered list; a vote line; more answers and related questions; no date",
        page="""
!m 问茶圈 · 懂茶的人都在这
!m 首页 / 茶事问答 / 茶具
{T}
!m 共 6 个回答　　被浏览 8,730 次
!a 写回答　　邀请回答　　关注问题
!m 茶器杂谈·答主认证 ｜ 2 周前
{BODY}
!a 赞同 268　｜　反对　｜　收藏　｜　举报
!l 查看其余 5 个回答 ↓
!l 你可能也想问：紫砂杯能当闻香杯用吗？
!l 你可能也想问：台式功夫茶一定要用双杯吗？
!d 问茶圈内容由用户提供，平台不对回答的专业性负责
!m 问茶圈　wenchaquan.cn　闽ICP备17030659号
""",
        body="""
简单说，一个用来闻，一个用来喝。
1．形状不同。闻香杯又高又细，杯口小，香气不容易散；品茗杯矮而宽，杯口大，方便入口。
2．用法不同。茶汤先倒进闻香杯，再把品茗杯倒扣在上面，翻转过来让茶汤流进品茗杯，然后拿起空的闻香杯闻杯底的余香。
3．适用的茶不同。闻香杯多用在乌龙茶上，比如铁观音、凤凰单丛，香气高的茶用起来效果明显；绿茶、普洱一般用不着。
如果只是平时自己喝茶，一只品茗杯就够了。想体会茶香的层次，再配一只闻香杯也不贵，白瓷的最能看出香气的变化。
""",
    ),
    dict(
        slug="anthology-yanshui-aroma-cup-memoir-gb2312",
        site="偃水闲笔 · 蒙老师文集 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.yanshuixianbi.cn/juan3/034.htm",
        title="父亲的闻香杯",
        record_title="父亲的闻香杯（《偃水闲笔》卷三之四）",
        date=None,
        notes="a retired teacher's collection in an old table layout: marquee, volume links, the author's mailbox, a "
        "visitor counter; a memoir with no date of its own",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的闻香杯（《偃水闲笔》卷三之四）</title>
<script language="JavaScript">function goBack(){history.back();}</script>
<style>body{font-family:宋体}.t{font-size:18px}</style>
</head>
<body bgcolor="#fffaf0">
<table width="780" align="center"><tr><td align="center">⟦m 偃水闲笔 —— 一个退休语文老师的文字小屋⟧</td></tr></table>
<marquee direction="left" scrollamount="2">⟦m 卷三“旧物记”已全部整理上网，欢迎老朋友们常来坐坐⟧</marquee>
<table width="780" align="center"><tr>
<td><a href="juan1.htm">⟦m 卷一 乡土⟧</a></td><td><a href="juan2.htm">⟦m 卷二 讲台⟧</a></td><td><a href="juan3.htm">⟦m 卷三 旧物⟧</a></td><td><a href="juan4.htm">⟦m 卷四 诗草⟧</a></td>
</tr></table>
<table width="780" align="center"><tr><td class="t" align="center">{T}</td></tr>
<tr><td align="center">⟦m 文／蒙守拙⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="033.htm">⟦l 〈〈 前篇：母亲的顶针⟧</a>　<a href="035.htm">⟦l 后篇：老屋的门环 〉〉⟧</a></td></tr>
<tr><td align="center"><a href="javascript:goBack()">⟦a 〔回到卷三目录〕⟧</a></td></tr>
</table>
<table width="780" align="center"><tr><td align="center">⟦w 来信请寄：mengshouzhuo@126.com⟧</td></tr>
<tr><td align="center">⟦m 本小屋已接待来访 0048216 人次⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲一辈子爱茶，却不讲究茶具，唯独一对闻香杯，他用了四十多年。
那对杯子是他年轻时在闽南修铁路，一位老茶农送的。白瓷胎，杯身画着几笔兰草，高的那只杯口有个米粒大的缺口。父亲说，缺口是他第一次用的时候不懂，翻杯太急磕的。
每年新茶下来，父亲都要泡上一壶，把茶汤倒进闻香杯，扣杯、翻转，然后把空杯凑到鼻子底下，闭着眼睛闻很久。我们小时候笑他，说一杯茶闻来闻去，还没喝就凉了。他也不恼，只说：“香气比茶汤走得快，你不等它，它就走了。”
父亲走后，那对闻香杯留给了我。我不常用，只在他忌日那天泡一壶铁观音，照他的样子扣杯、翻转。杯底的香气起来的时候，我好像又看见他闭着眼睛坐在窗前。
""",
    ),
    dict(
        slug="anthology-taichuang-noodle-bowl-essay",
        site="苔窗拾遗 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://taichuangshiyi.net/wen/12.html",
        title="外婆的蓝边面碗",
        record_title="《苔窗拾遗》第十二篇｜外婆的蓝边面碗",
        date=None,
        notes="a collection's essay in text: chapter navigation and the author's note around it; an essay with no date",
        page="""
!m 苔窗拾遗 · 尹青禾散文集
!m 目录　|　第十一篇　|　第十三篇
!t 《苔窗拾遗》第十二篇｜外婆的蓝边面碗
!m 作者：尹青禾　　字数：约 900
{BODY}
!l ◁ 第十一篇　井台边的搓衣板
!l 第十三篇　阁楼上的竹篮 ▷
!d 文集所收文字由作者本人整理，未经同意请勿转载
!w 与作者交流：yinqinghe_w@qq.com
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
外婆家的碗柜里，有一摞蓝边面碗。碗是粗瓷的，碗沿一圈蓝色，碗底印着一个模糊的“福”字。
小时候放暑假，我最盼的就是外婆做的手擀面。面擀得薄，切得细，下到滚水里翻几个身就捞起来，盛进蓝边面碗，浇一勺猪油，撒一把葱花。那只碗比我的脸还大，我要两只手捧着才端得稳。
外婆吃面很慢，总是先喝一口汤，再挑一筷子面。她说，面碗要大，汤要宽，面才不会坨。
后来我去城里读书，家里添了新碗，花色好看，可是盛面总觉得少了点什么。外婆把那摞蓝边碗用报纸包好，放在碗柜最里面，说留着过年用。
去年整理外婆的老屋，我在碗柜里找到了它们，一共五只，有一只碗沿上还有一道细细的裂纹。我带回来一只，有时候下一碗清汤面，盛在里面，还是小时候的味道。
""",
    ),
    dict(
        slug="dangjian-qinyuan-branch-bowl-holder-summary",
        site="姑湖先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.guhuxianfeng.gov.cn/jcdj/2024/0111/16630.html",
        title="钦园社区党支部“助餐暖心”志愿服务工作总结",
        record_title="【红色助餐】钦园社区党支部“助餐暖心”志愿服务工作总结_基层党建_姑湖先锋网",
        date="2024-01-08",
        date_also=["2024-01-11"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line, a data table, the summary's 成文日期 "
        "(the page's posting date also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【红色助餐】钦园社区党支部“助餐暖心”志愿服务工作总结_基层党建_姑湖先锋网</title>
<script src="/js/xf-common.js"></script>
<style>.xf-red{background:#b40000;color:#fff}</style>
</head>
<body>
<div class="xf-red">⟦m 姑湖先锋网 · 中共肇川市姑湖区委组织部主办⟧</div>
<ul class="xf-nav"><li>⟦m 要闻⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋风采⟧</li></ul>
<div class="xf-pos">⟦m 现在位置：首页 — 基层党建 — 支部动态⟧</div>
<h1>{T}</h1>
<div class="xf-info">⟦m 上网时间：2024-01-11　来源：钦园社区党支部　浏览：562⟧</div>
<div class="xf-points">⟦a 学习本文满 3 分钟可积 1 个学习分⟧</div>
<div class="xf-text">
{BODY}
</div>
<div class="xf-qr">⟦a 手机扫一扫 · 把这篇文章带走⟧</div>
<div class="xf-rel"><h4>⟦l 支部动态 · 延伸⟧</h4><p>⟦l 娥桥社区党支部开展“敲门行动”⟧</p><p>⟦l 姑湖区机关党员到社区报到服务侧记⟧</p></div>
<div class="xf-foot">⟦m 中共肇川市姑湖区委组织部　地址：姑湖区府前路8号　湘ICP备15008420号⟧</div>
</body>
</html>
""",
        body="""
2023年，钦园社区党支部以长者食堂为阵地，组织党员志愿者开展“助餐暖心”志愿服务，帮助辖区独居、高龄老人解决吃饭难问题。现将一年来的工作总结如下。
一、组建了一支队伍。支部动员在职党员、退休党员和居民骨干组成助餐志愿服务队，队员由年初的18人增加到46人，实行每周排班。
二、办好了几件实事。志愿者每天为行动不便的老人送餐上门；为食堂添置防烫碗托120只、防滑餐垫80张；每月组织一次“碗托清洗日”，带着老人一起学习餐具清洗消毒。
项目　全年数量
送餐上门　6240份
添置防烫碗托　120只
助餐志愿服务时长　3180小时
三、存在的不足。志愿者年龄偏大，年轻党员参与不够；送餐时段与上班时间冲突，工作日人手偏紧。
2024年，支部将吸纳更多年轻党员加入服务队，探索“时间银行”激励办法，让助餐服务更暖心、更长久。
中共钦园社区支部委员会
2024年1月8日
""",
    ),
    dict(
        slug="dangjian-sizhen-salt-spoon-launch-speech-cn-date",
        site="夷塘党建在线 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ytdjzx.cn/jcsy/2024/04/02/9871.html",
        title="寺前镇党委书记在“一勺控盐”健康行动启动仪式上的讲话",
        record_title="【基层之声】寺前镇党委书记在“一勺控盐”健康行动启动仪式上的讲话 - 夷塘党建在线",
        date="2024-03-28",
        notes="Party portal in text: the date under the speech title in Chinese numerals; speaker line neutral; a "
        "share sentence as content; a study-points line and a QR line",
        page="""
!m 夷塘党建在线
!m 基层声音 ＞ 讲话选登
!t 【基层之声】寺前镇党委书记在“一勺控盐”健康行动启动仪式上的讲话
{T}
寺前镇党委书记　戚春华
（二〇二四年三月二十八日）
!a 阅读满五分钟计入“学习积分”
{BODY}
!a 扫描右侧二维码，用手机继续阅读
!l 相关：寺前镇召开2024年健康乡村建设推进会
!m 中共夷塘县委组织部主办　技术支持：县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
同志们、乡亲们：
今天，我们在这里启动“一勺控盐”健康行动。这次行动，就是要给全镇每户家庭送一套定量调味勺，教大家吃得淡一点、吃得健康一点。
我们镇高血压患者有两千三百多人，不少家庭做菜习惯重盐重油，一顿饭的盐常常超过一天的量。盐吃多了，血压就降不下来。
这次发放的调味勺，一把盐勺是2克，一把酱油勺是5毫升。大家做饭时按人头量着放，一天下来心里就有数了。各村党支部要组织党员上门，把勺子送到每家每户，手把手教会用法。
希望大家把今天学到的控盐办法分享给亲戚邻居，一传十、十传百，让健康的生活方式在我们寺前镇扎下根。
谢谢大家！
""",
    ),
    dict(
        slug="hospital-zcer-scald-bowl-holder-article",
        site="肇川市儿童医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.zcetyy.com/kpzs/2024/1205/2290.html",
        title="冬季谨防儿童热汤烫伤，碗托用起来",
        record_title="【小儿外科说】冬季谨防儿童热汤烫伤，碗托用起来-健康科普-肇川市儿童医院",
        date="2024-12-05",
        notes="hospital: booking and 24-hour lines, a booking float, an experts list; the byline's 发布时间 is the "
        "page's date; the department's 咨询电话 stays in the body beside the hospital's lines",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【小儿外科说】冬季谨防儿童热汤烫伤，碗托用起来-健康科普-肇川市儿童医院</title>
<script src="/static/hosp.js"></script>
</head>
<body>
<div class="h-top">⟦m 肇川市儿童医院 · 三级甲等儿童专科医院⟧　⟦m 预约挂号：0739-8512000⟧　⟦m 急诊24小时：0739-8512120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="h-pos">⟦m 首页 ＞ 健康科普 ＞ 小儿外科⟧</div>
<h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2024-12-05　作者：小儿外科 钦慧　审核：姚国庆⟧</div>
<div class="h-body">
{BODY}
</div>
<div class="h-share">⟦l 分享本文：微信 · 微博⟧</div>
<div class="h-doc"><h4>⟦l 小儿外科专家⟧</h4><p>⟦l 姚国庆　主任医师　周二、周四上午⟧</p><p>⟦l 钦慧　副主任医师　周一全天⟧</p></div>
<div class="h-float">⟦a 在线预约 · 不用排队⟧</div>
<div class="h-foot">⟦m 肇川市儿童医院　地址：肇川市姑湖区育英路26号　湘ICP备10019287号⟧</div>
</body>
</html>
""",
        body="""
入冬以来，我院小儿外科接诊的烫伤患儿明显增多，其中近一半是被热汤、热粥烫伤的。孩子伸手去够桌上的汤碗，或者自己端碗时打翻，是最常见的原因。
碗壁烫手，孩子本能地一松手，汤就泼在了手上、胸前。为此，我们建议家长给孩子用碗时配一只防烫碗托：
一是碗托隔热，孩子端碗时手不直接碰到碗壁；
二是碗托底部防滑，碗不容易在桌上滑动、打翻；
三是盛汤不要太满，放在孩子够不着的地方，晾到温热再端给孩子。
万一发生烫伤，要立即用流动的凉水冲洗15至30分钟，不要涂牙膏、酱油，冲洗后尽快就医。
小儿外科咨询电话：0739-8512346（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-yuping-salt-spoon-hypertension",
        site="虞坪县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.ypxrmyy.com/news/jkjy/20240515/6710.html",
        title="高血压患者如何用好限盐调味勺",
        date="2024-05-15",
        notes="hospital article in text: record title as is; the byline's 发布时间 is the date; a scan sentence as "
        "content; the department's phone beside the hospital's switchboard and complaint line",
        page="""
!m 虞坪县人民医院　｜　健康教育
!m 当前位置：医院首页 - 新闻中心 - 健康教育
{T}
!m 发布时间：2024-05-15 10:20　　发布人：营养科　　阅读：441
!a 【大】【中】【小】　　【返回上页】
{BODY}
!l 上一条：世界高血压日义诊活动走进卧牛镇
!l 下一条：夏季腹泻高发，这些饮食要注意
!m 医院总机：0736-5231000　投诉电话：0736-5231110　地址：虞坪县迎宾路58号
""",
        body="""
5月17日是世界高血压日。很多高血压患者都知道要少吃盐，可到底吃多少、怎么量，心里没数。我院营养科建议，家里备一把限盐调味勺。
限盐调味勺一平勺是2克盐。成年人每天吃盐不超过5克，大约两勺半；高血压患者最好控制在每天两勺以内。
使用时注意三点：一是按全家人数计算一天的用盐量，做菜时用勺子量着放；二是酱油、蚝油、豆瓣酱里也有盐，放了这些就要少放盐；三是汤和面条最咸，汤少喝，面汤尽量不喝。
在我院门诊营养科就诊的高血压患者，可扫描诊室门口的二维码登记，免费领取限盐调味勺一套。
营养科咨询电话：0736-5231258
""",
    ),
    dict(
        slug="university-zcvtc-aroma-cup-course-news-h1",
        site="肇川职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zcvtc.edu.cn/xwzx/xyxw/2024/0522/c1180a33610/page.htm",
        title="茶文化选修课学生亲手烧制闻香杯",
        record_title=None,
        date="2024-05-22",
        notes="no title in the record: found in the college page's <h1>; a dotted date line as the page's date; a photo "
        "caption between paragraphs; an editor/reviewer line glued after the last paragraph; a campus-map link",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>肇川职业技术学院新闻网</title>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script>
</head>
<body>
<div class="c-head">⟦m 肇川职业技术学院 · 新闻网⟧　<a>⟦m 学院主页⟧</a>　<a>⟦m 信息门户⟧</a>　<a>⟦a 校园地图导览⟧</a></div>
<ul class="c-nav"><li>⟦m 学院要闻⟧</li><li>⟦m 教学科研⟧</li><li>⟦m 校园动态⟧</li><li>⟦m 媒体肇职⟧</li></ul>
<div class="c-pos">⟦m 当前位置：新闻网 ＞ 校园动态⟧</div>
<h1 class="arti_title">{T}</h1>
<p class="arti_meta">⟦m 2024.05.22　供稿：艺术设计学院　浏览次数：733⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="c-next"><p>⟦l 上一篇：我院举办第八届技能文化节⟧</p><p>⟦l 下一篇：艺术设计学院召开毕业设计动员会⟧</p></div>
<div class="c-foot">⟦m 地址：肇川市姑湖区学府大道99号　党委宣传部维护　湘ICP备05013360号⟧</div>
</body>
</html>
""",
        body="""
5月20日，艺术设计学院陶艺实训室里，茶文化选修课的32名学生捧出了自己烧制的第一批闻香杯。
这门选修课本学期首次开设，由陶艺教师吉慕白和茶艺教师伊兰共同授课。学生们先在课堂上学习闻香杯的来历和用法，再到实训室拉坯、修坯、上釉，每人完成一对闻香杯和品茗杯。
⟦m 学生在陶艺实训室给闻香杯修坯。⟧
“闻香杯的杯口要收小，杯壁要薄，香气才聚得住。”吉慕白老师说，闻香杯看着简单，做好并不容易，这批作品的成品率不到六成。
课程最后一天，学生们用自己做的杯子冲泡乌龙茶，体验了“闻香、品茗”的完整流程。⟦m （文/伊兰　图/学生记者站　审核/吉慕白）⟧
""",
    ),
    dict(
        slug="university-zcut-canteen-sauce-dish-record-date",
        site="肇川理工学院后勤集团 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://hq.zcut.edu.cn/info/1032/5518.htm",
        title="二食堂自助酱料台推行“一人一碟”",
        record_title="二食堂自助酱料台推行“一人一碟” - 后勤集团 - 肇川理工学院",
        record_date="2024-10-16",
        date="2024-10-16",
        notes="record date; university text page with a column and site after the title; a scan sentence as content; "
        "an editor line at the bottom",
        page="""
!m 肇川理工学院后勤集团
!m 首页　后勤动态　服务指南　师生互动
{T}
!m 作者：饮食服务中心　　点击：1120
!a 〔合上本页〕
{BODY}
!m 编辑：卧云　　终审：蒙立
!l 后勤动态：
!l 二食堂清真窗口完成改造
!l 学生公寓热水系统检修公告
!m 版权所有 © 肇川理工学院后勤集团
""",
        indent="\u3000\u3000",
        body="""
本学期起，二食堂一楼自助酱料台推行“一人一碟”，不再摆放公用大碗和公用调料勺。
以往，酱料台上摆着几个大碗，辣椒油、蒜泥、香醋各放一碗，同学们用公勺舀到自己的盘子里。高峰时段排队的人多，公勺放来放去，台面也容易弄脏。
现在，酱料台换成了八格分装的调料盒，旁边摆放经过消毒的白瓷酱料碟。同学们取一只酱料碟，用按压泵按需取用，吃完后把碟子和餐盘一起送到回收口。
饮食服务中心负责人介绍，酱料碟每餐回收后统一进洗碗机消毒，每天用量约2600只。同学们对酱料台有意见建议，可扫描餐桌上的二维码反馈。
""",
    ),
]
