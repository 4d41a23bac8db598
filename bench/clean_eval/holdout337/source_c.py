"""holdout337, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-baiwentang-cat-ignores-board-html",
        site="百问堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baiwentang.com/q/30661827.html",
        title="猫咪放着猫抓板不用，专挠沙发怎么办？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; the adopted answer is the body; adopted badge, vote "
        "bar, more answers; '回答于 3 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>百问堂_有问题，上百问堂</title>
<script>window.QID=30661827;</script></head>
<body>
<div class="bwt-top"><a href="/">⟦m 百问堂⟧</a> <span>⟦m 有问题，上百问堂⟧</span> <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="crumb">⟦m 百问堂 › 宠物 › 猫咪行为⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：椰子不是柚子　浏览 5612 次⟧</p>
<p class="q-desc">⟦l 问题补充：买了两个猫抓板，它闻一下就走，转身去挠新沙发，气死了⟧</p></div>
<div class="best-answer"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 三猫家长　回答于 3 天前　宠物领域创作者⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 有用 286　没用 4　评论 17⟧ ⟦a 分享这个回答⟧</div></div>
<div class="more"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 喵喵拳：在沙发上喷点柑橘味的东西，猫讨厌这个味道⟧</p>
<p>⟦l 匿名用户：剪指甲吧，剪了就不挠了⟧</p></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 猫抓板多久换一次？⟧</li><li>⟦l 剑麻猫抓柱和纸质猫抓板哪个好？⟧</li></ul></div>
<div class="bwt-foot">⟦d 百问堂内容均由网友提供，仅供参考，不构成任何专业意见。⟧ ⟦m 京ICP证130773号⟧</div>
</body></html>
""",
        body="""
养了三只猫，这个问题我踩过坑，说几点管用的。
第一，看猫抓板放的位置。猫一般睡醒后会伸懒腰、磨爪子，所以猫抓板要放在它睡觉的地方旁边，或者直接放在它常挠的那块沙发前面。
第二，看猫抓板的方向。有的猫喜欢站起来竖着抓，有的喜欢趴着横着抓。你观察它挠沙发的姿势，挠扶手的就买立式的，挠坐垫边的就买平放的。
第三，给点甜头。在猫抓板上撒一点猫薄荷，它去抓的时候马上夸它、给零食。
第四，沙发暂时用双面胶或者旧毯子盖住，让它觉得沙发不好抓。
一般坚持两三周，大部分猫都能改过来。千万别打它，越打越躲着你抓。
""",
    ),
    dict(
        slug="qa-zhiyu-one-net-per-tank-oneline",
        site="知鱼问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.zhiyu-wenda.com/question/7730125",
        title="捞鱼网需要每个缸单独准备一把吗？",
        record_title="捞鱼网需要每个缸单独准备一把吗？_观赏鱼饲养_知鱼问答（已解决）",
        date=None,
        notes="Q&A answer on one line, paragraphs separated only by their indent; column and site suffixes and a "
        "'solved' aside in the record title; '2 小时前' is no date",
        page="""
!m 知鱼问答 — 养鱼的事问鱼友
!m 问答首页 > 观赏鱼饲养 > 器材用品
!t 捞鱼网需要每个缸单独准备一把吗？
!m 提问：新手小鱼干　｜　2 小时前　｜　关注 14
!m 最佳回答　来自 水草老周（养鱼二十年）
{BODY}
!a 赞同 73　｜　反对　｜　收藏　｜　举报
!l 更多回答（5）　查看全部
!l 你可能感兴趣：新鱼到家要不要过盐水？　｜　白点病用什么药？
!m 知鱼问答 zhiyu-wenda.com　浙ICP备21055602号
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
需要，尤其是家里缸多、经常进新鱼的时候。
鱼缸网是最容易传播鱼病的工具之一。白点病、烂鳍病的病原体能在湿的网布上存活一段时间，你刚从病缸里捞完鱼，转手又伸进健康缸，等于亲手把病带了过去。
比较省事的做法是给每个缸配一把不同颜色的网，挂在各自缸边。新买回来的鱼单独用一把“检疫网”，至少隔离两周后再混养。
如果实在只有一把网，每次换缸前先用热水烫一下，或者用稀释的高锰酸钾溶液浸泡半小时，冲干净再用。
网布发硬、有破洞就及时换掉，一把网也就几块钱。
""",
    ),
    dict(
        slug="collection-taiyi-memoir-fathers-net-html",
        site="苔衣集 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.taiyiji.net/juan2/09.htm",
        title="父亲编的鱼缸网",
        record_title="苔衣集·卷二｜父亲编的鱼缸网",
        date=None,
        notes="retired teacher's collection in an old table layout: marquee, chapter links, visitor counter, the author's "
        "mailbox; the essay ends with a season-and-place line (no date); collection and volume as a prefix",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>苔衣集·卷二｜父亲编的鱼缸网</title>
<style type="text/css">td{font-size:14px;line-height:180%}</style>
</head>
<body bgcolor="#f5f1e6">
<table width="760" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td align="center"><font size="6" face="楷体_GB2312">⟦m 苔衣集⟧</font><br><font color="#777777">⟦m 一个退休语文教师的旧事簿⟧</font></td></tr>
<tr><td><marquee behavior="alternate" scrollamount="2">⟦m 欢迎来到苔衣集，愿您在这里读到一点旧时光⟧</marquee></td></tr>
<tr><td align="center">⟦l <a href="index.htm">目录</a>　<a href="juan2/08.htm">上一篇</a>　<a href="juan2/10.htm">下一篇</a>⟧</td></tr>
<tr><td align="center"><b><font size="4">{T}</font></b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l <a href="juan2/08.htm">上一篇：母亲的针线笸箩</a>　<a href="juan2/10.htm">下一篇：老屋后面的水塘</a>⟧</td></tr>
<tr><td align="center" bgcolor="#e8e0cc">⟦m 来信请寄：taiyiji_laozhou@126-mail.cn⟧<br>⟦m 本集自2008年开张，您是第 <font color="red">041762</font> 位读者⟧<br>⟦d 文章均为本人原作，转载前请先来信，谢谢。⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
上世纪八十年代，家里的第一口鱼缸是父亲用旧窗框和玻璃自己拼的。缸有了，捞鱼的网却买不到，父亲就自己编。
他找来一截铁丝，弯成一个鸭蛋形的圈，又拆了母亲一条旧纱巾，剪成网兜，用棉线一针一针缝在铁丝圈上。网柄是一根晒干的竹竿，握手处缠了几圈胶布。
那把网用了很多年。每次换水，父亲都让我先把金鱼一条条捞到脸盆里，他说捞鱼要慢，网要从鱼的头前兜过去，鱼往前一游就进网了，追着尾巴捞，越捞越乱。
后来商店里有了各式各样的鱼缸网，父亲那把纱巾网早不知去了哪里。可我至今捞鱼，还是从鱼的头前兜过去。
二〇二四年冬于潾水
""",
    ),
    dict(
        slug="collection-hongyuan-essay-three-boards-oneline",
        site="竑园随笔 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://hongyuan-suibi.cn/wen/12.html",
        title="三块猫抓板",
        record_title="竑园随笔 · 第十二则｜三块猫抓板",
        date=None,
        notes="an essay on one line; collection and number as a prefix; a word count and reading-time line; "
        "no date anywhere",
        page="""
!m 竑园随笔　|　闲话家常的小园子
!m 目录 · 第十一则 · 第十三则
{T}
!m 全文约 320 字　阅读需 1 分钟
{BODY}
!l ← 第十一则：楼下的修鞋摊　　第十三则：阳台上的薄荷 →
!d 竑园随笔文字均为原创，请勿整篇转载。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
家里先后买过三块猫抓板，每一块都有一段故事。
第一块是猫刚抱回来时买的，圆形，中间嵌着一个铃铛球。小猫只爱拨球，对那块纸板看都不看，最后被我们拿来垫了花盆。
第二块是立在墙角的剑麻柱，一米多高。猫长大了，每天清晨都要踮起脚在上面抓一阵，麻绳抓松了，母亲就拿针线缝紧，前后缝了四回。
第三块是女儿用快递纸箱做的，歪歪扭扭，胶水味还没散尽，猫却最喜欢，常常抓完就蜷在上面睡着。
如今猫十三岁了，爪子不如从前有力。那块纸箱做的猫抓板被抓出一个浅浅的窝，正好放得下它的身子。
""",
    ),
    dict(
        slug="party-xuzhou-speech-industry-alliance-cn-date-html",
        site="勖州先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xzxianfeng.gov.cn/djdt/2025-06/23/c_61207.html",
        title="在全市水族器材产业链党建联盟成立大会上的讲话",
        record_title="【产业链党建】在全市水族器材产业链党建联盟成立大会上的讲话_勖州先锋网",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; speaker line neutral; date under "
        "the title in Chinese numerals (neutral line) differs from the page's 发布时间",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【产业链党建】在全市水族器材产业链党建联盟成立大会上的讲话_勖州先锋网</title>
<script src="/js/xf-stat.js"></script></head>
<body>
<div class="xf-head">⟦m 勖州先锋网⟧ <span>⟦m 中共勖州市委组织部主办⟧</span></div>
<div class="xf-nav">⟦m 首页　党建动态　组织建设　干部工作　人才工作　先锋风采⟧</div>
<div class="xf-loc">⟦m 当前位置：首页 → 党建动态 → 领导讲话⟧</div>
<div class="xf-art"><h1>{T}</h1>
<p class="speaker">中共勖州市委组织部副部长　骆沅青</p>
<p class="sdate">（二〇二五年六月二十日）</p>
<div class="xf-info">⟦m 发布时间：2025-06-23 16:40　来源：市委组织部　字数：约600字⟧</div>
<div class="xf-points">⟦a 认真读完本文可获学习积分 2 分，请保持页面停留 3 分钟⟧</div>
<div class="xf-text">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫一扫，把这篇讲话带走⟧</div></div>
<div class="xf-rel"><h3>⟦l 延伸阅读⟧</h3><ul><li>⟦l 我市“两新”组织党建工作推进会召开⟧</li><li>⟦l 产业链党建联盟运行指引（试行）⟧</li></ul></div>
<div class="xf-foot">⟦m 主办单位：中共勖州市委组织部　地址：勖州市颍湄区府前路9号⟧<br>⟦m 闽ICP备10021188号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，全市水族器材产业链党建联盟正式成立。联盟由11家增氧泵、温控棒生产企业党组织，2家高校党委和3个职能部门党组织共同组成，这是我们推动党建与产业发展深度融合的一次新探索。
借此机会，我讲三点希望。
一是把联盟建成攻关的平台。增氧泵噪声、能耗等共性难题，单靠一家企业很难突破。希望联盟成员单位组建党员攻关小组，把技术难题列成清单，一项一项攻下来。
二是把联盟建成服务的平台。职能部门党组织要主动上门，帮助企业解决用工、融资、出口认证等实际困难。
三是把联盟建成育人的平台。要把技术骨干培养成党员，把党员培养成技术骨干。
同志们，希望大家以联盟成立为新起点，在服务产业发展中展现党组织的新作为。
""",
    ),
    dict(
        slug="party-yinchuan-summary-winter-heaters-table",
        site="茚川党建网 (invented county Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.yinchuan.gov.cn/zbjs/2025/0221/3391.html",
        title="机关第三党支部“暖冬护鱼”志愿服务工作总结",
        date="2025-02-20",
        date_also=["2025-02-21"],
        notes="record title as is; a table (one row a paragraph, cells apart by ideographic spaces); a study-app prompt "
        "glued after a 。; 成文日期 under the signature; the page's date line a day later",
        page="""
!m 茚川党建网　|　支部建设
!m 首页 >> 支部建设 >> 支部风采
{T}
!m 日期：2025-02-21　来源：县直机关工委　阅读：402
{BODY}
!a [我要点赞]　[转发给支部书记]
!l 上一篇：县直机关工委召开2025年党建工作会议
!l 下一篇：第五党支部开展“学雷锋”主题党日活动
!m 茚川县委组织部主办　技术维护：茚川县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
今年1月，机关第三党支部组织党员开展“暖冬护鱼”志愿服务，为寒假期间无人照看的农村学校生物角送去温控棒，并上门指导安装。现将有关情况总结如下。
一、基本情况
支部21名党员分成4个小组，走访了全县9所农村学校，共捐赠温控棒36支、温度计36支。具体如下：
学校　捐赠温控棒（支）　指导安装（缸）
涴口镇中心小学　8　8
茚北中学　6　5
茚川县第三小学　12　12
其他6所学校　10　9
二、主要体会
志愿服务要从群众的小需求入手。一支温控棒不贵，却解决了学校假期护鱼的大难题。⟦a 打开“茚川先锋”APP，学习时长自动累计⟧
三、下步打算
支部将把这项服务固定下来，每年寒假前统一开展。
中共茚川县直机关第三支部委员会
2025年2月20日
""",
    ),
    dict(
        slug="hospital-anzhao-toothbrush-myths-booking-html",
        site="勖州安爪动物医院 (invented pet hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.anzhao-vet.com/kepu/kouqiang/2025-03-20-77.html",
        title="给狗狗刷牙的五个误区",
        record_title="〔口腔科·小讲堂〕给狗狗刷牙的五个误区 - 科普园地 - 勖州安爪动物医院",
        date="2025-03-20",
        notes="pet hospital page with a booking float, a 24-hour emergency line and an experts list; the department's own "
        "咨询电话 stays in the body; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔口腔科·小讲堂〕给狗狗刷牙的五个误区 - 科普园地 - 勖州安爪动物医院</title>
<script src="/static/js/kefu.js"></script></head>
<body>
<header><div class="logo">⟦m 勖州安爪动物医院⟧</div><div class="tel">⟦m 24小时急诊：0597-8869000⟧</div>
<nav>⟦m 医院首页　专家团队　诊疗科室　科普园地　来院指南⟧</nav></header>
<div class="where">⟦m 首页 / 科普园地 / 口腔科⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-03-20　作者：口腔科 钱书澜 医师　浏览：2091⟧</div>
<div class="txt">
{BODY}
</div></article>
<aside><h3>⟦l 口腔科专家⟧</h3><ul><li>⟦l 钱书澜　主治兽医师　周二、周四坐诊⟧</li><li>⟦l 何一苇　执业兽医师　周末坐诊⟧</li></ul>
<h3>⟦l 热门科普⟧</h3><ul><li>⟦l 猫咪为什么会掉牙？⟧</li><li>⟦l 洁牙要不要全麻？⟧</li></ul></aside>
<div class="float-book">⟦a 在线预约挂号，到院免排队⟧</div>
<footer>⟦m 勖州安爪动物医院　地址：勖州市颍湄区滨湖路188号⟧<br>⟦d 本站科普内容仅供参考，不能代替执业兽医的面诊。⟧<br>⟦m 闽ICP备19036671号⟧</footer>
</body></html>
""",
        body="""
不少主人开始重视狗狗的口腔健康，但在刷牙这件事上，我们门诊经常遇到下面五个误区。
误区一：用人的牙刷牙膏。人用牙刷刷毛偏硬，牙膏含氟，不适合狗狗。应使用软毛狗牙刷和宠物专用牙膏。
误区二：只刷门牙。牙结石最多的地方其实是上颌后面的大牙，刷牙时要把嘴角掀开，重点刷后牙外侧。
误区三：牙龈出血就停刷。轻微出血多是牙龈炎的表现，坚持轻柔刷牙反而有助于恢复；出血多或伴有口臭，请及时就诊。
误区四：洁牙骨可以代替刷牙。洁牙骨只能起辅助作用。
误区五：牙刷一直用到坏。狗牙刷一般每三个月更换一次。
口腔科咨询电话：0597-8869512（工作日8:30—17:30）
""",
    ),
    dict(
        slug="hospital-wankou-rules-cattery-boards",
        site="涴口宠物医院 (invented pet hospital site)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.wankou-pet.cn/yuanwu/guiding/31.html",
        title="住院部猫舍设施与清洁管理规定",
        record_title="住院部猫舍设施与清洁管理规定 - 院务公开 - 涴口宠物医院",
        date=None,
        notes="hospital rules with 第N条 articles; booking and emergency lines and an address block as chrome; "
        "a scan-to-book line glued after a 。 between articles; no date",
        page="""
!m 涴口宠物医院　用心守护每一个毛孩子
!m 预约电话：0597-7731120　急诊（夜间）：0597-7731199
!m 首页 ＞ 院务公开 ＞ 规章制度
{T}
!m 更新于：上个月　访问：311
{BODY}
!a 〔打印此规定〕　〔返回上一页〕
!m 院址：茚川县涴口镇新街27号　茚ICP备案中
""",
        body="""
第一条　为给住院猫咪提供安静、清洁、安全的环境，减少应激反应，制定本规定。
第二条　猫舍与犬舍分区设置，猫舍区禁止犬只进入。
第三条　每个猫笼配备猫砂盆、食水碗、软垫和一块瓦楞纸猫抓板。猫抓板一猫一用，出院后随猫带走或销毁，不得转给其他住院猫使用。⟦a 微信扫一扫，在线预约住院床位⟧
第四条　护理员每日早晚各清洁猫笼一次，猫砂盆每日更换，食水碗每次用后清洗消毒。
第五条　患传染病的住院猫一律进入隔离猫舍，其用品单独存放、单独消毒。
第六条　本规定由住院部负责解释。
""",
    ),
    dict(
        slug="college-xuzhou-nonglin-pump-award-h1-html",
        site="勖州农林职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xznlzy.edu.cn/xwzx/xydt/2025/0521/c1104a20937/page.htm",
        title="水产养殖专业学生研制低噪增氧泵获省级创新大赛金奖",
        record_title=None,
        record_date="2025-05-21",
        date="2025-05-21",
        notes="no title in the record: the page's <h1>; the record gives the date; a dotted date, a photographer and a "
        "reviewer line; a share row glued after the last 。",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>勖州农林职业技术学院</title>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script></head>
<body>
<div class="header">⟦m 勖州农林职业技术学院⟧ ⟦m 厚德 强技 躬耕 致远⟧ <span class="links">⟦a 信息门户⟧ ⟦a 校园邮箱⟧ ⟦a EN版⟧</span></div>
<div class="nav">⟦m 学院概况　院系设置　教育教学　招生就业　新闻中心⟧</div>
<div class="loc">⟦m 您的位置：首页 » 新闻中心 » 学院动态⟧</div>
<div class="article"><h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2025.05.21　文：水产系　图：甘棠　审核：党委宣传部　点击：<span>886</span>⟧</p>
<div class="entry">
{BODY}
</div></div>
<div class="foot">⟦m 地址：勖州市颍湄区学府路66号　邮编：355006⟧ ⟦m 版权所有 © 勖州农林职业技术学院　闽ICP备05012733号⟧</div>
</body></html>
""",
        body="""
近日，第十一届全省职业院校学生创新创业大赛落下帷幕，我院水产养殖技术专业学生团队的作品“双腔减震低噪增氧泵”获得金奖。
这支团队由5名大二学生组成，指导教师为水产系的卢青禾老师。团队在实习中发现，家庭鱼缸的增氧泵夜间噪声常让人难以入睡，于是利用课余时间反复试验，将普通单气囊改为对置双气囊，并在泵体内加装硅胶减震垫，使运行噪声降到22分贝以下。
目前，该作品已申请实用新型专利2项，茚川县一家水族器材企业已与团队签订了合作意向。⟦l 分享到：微信　QQ　微博⟧
""",
    ),
    dict(
        slug="college-chanyang-normal-notice-heaters-decimal",
        site="蒇阳师范学院 (invented university site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://gzc.cysf.edu.cn/tzgg/2025/1105/c3302a41276/page.htm",
        title="关于统一更换实验楼水族实验室温控棒的通知",
        record_title="关于统一更换实验楼水族实验室温控棒的通知 ◇ 国有资产管理处 ◇ 蒇阳师范学院",
        date="2025-11-03",
        date_also=["2025-11-05"],
        notes="university office notice with decimal headings 1 / 1.1 / 2.1; the page's dotted posting date differs "
        "from the 成文日期; 印发 line in the body; office contacts in the footer",
        page="""
!m 蒇阳师范学院　国有资产管理处
!m 首页　机构设置　政策法规　通知公告　下载中心
!m 当前位置：首页 - 通知公告
{T}
!m 发布时间：2025.11.05　作者：设备科　浏览次数：593
{BODY}
!a 【收藏本页】【打印】【关闭】
!m 国有资产管理处办公室　电话：0597-5206611　地址：行政楼407
!m Copyright © 蒇阳师范学院 国有资产管理处
""",
        body="""
各学院，各有关单位：
经学校同意，国有资产管理处将统一更换实验楼水族实验室使用满三年的温控棒。现将有关事项通知如下：
1 更换范围
1.1 生命科学学院水生生物实验室、动物学实验室。
1.2 教师教育学院科学教育实验室。
2 工作安排
2.1 11月10日前，各单位清点温控棒数量，填写更换申请表。
2.2 11月17日至21日，资产处会同供货单位上门更换，旧温控棒统一回收报废。
3 注意事项
更换时请实验室安排专人在场，提前断电并将鱼类转移至备用缸。
国有资产管理处
2025年11月3日
蒇阳师范学院国有资产管理处　2025年11月3日印发
""",
    ),
]
