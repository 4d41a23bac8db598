"""holdout338, part C: 个人文集, 党建网, 医院官网, 高校官网 and 地方论坛 (HTML and text each).

Invented text, sites, places and people; written by hand, case by case.
"""

CASES = [
    dict(
        slug="collection-laoke-memoir-grandfather-stool-gb2312",
        site="老柯文存 (invented retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.laokewencun.net/juan2/014.htm",
        title="爷爷的钓鱼凳",
        record_title="《壬湖拾遗》卷二·爷爷的钓鱼凳 - 老柯文存",
        date=None,
        notes="old table layout with a marquee, chapter links, read count, visitor counter and the author's "
        "mailbox; the essay ends with a place-and-season line only: no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《壬湖拾遗》卷二·爷爷的钓鱼凳 - 老柯文存</title>
<style>td{font-size:14px;line-height:26px}</style>
<script language="javascript" src="/count/counter.asp?id=laoke"></script>
</head>
<body bgcolor="#F7F3E8">
<table width="880" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center" class="head">⟦m 老柯文存 · 一个退休语文教师的笔墨小屋⟧</td></tr>
<tr><td><marquee behavior="scroll" scrollamount="2">⟦d 欢迎来访！本站文字可转载，但请保留作者署名与出处⟧</marquee></td></tr>
<tr><td class="menu">⟦l 卷一 壬湖旧事⟧　⟦l 卷二 草木人家⟧　⟦l 卷三 讲台四十年⟧　⟦l 留言簿⟧</td></tr>
</table>
<table width="880" align="center" cellpadding="10">
<tr><td>⟦m 首页 → 卷二 草木人家 → 第14篇⟧</td></tr>
<tr><td align="center"><b>⟦t 《壬湖拾遗》卷二·爷爷的钓鱼凳⟧</b></td></tr>
<tr><td align="center">⟦m 本文已被阅读 1162 次⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：母亲的针线筐⟧　　⟦l 下一篇：湖边那片芦苇荡⟧</td></tr>
</table>
<table width="880" align="center" class="foot">
<tr><td align="center">⟦w 老柯的信箱：kelaoshi1952@wenju.net⟧</td></tr>
<tr><td align="center">⟦m 本站累计访问 308271 人次⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="　　{}<br><br>",
        body="""
爷爷钓了一辈子鱼，随身只带三样东西：一根竹竿，一个鱼篓，一张小木凳。
那张凳子是他自己做的。凳面是一块杉木板，四条腿用的是老枣木，前面两条比后面两条矮出一截，专门用来坐在壬湖边的斜坡上。爷爷说，湖岸没有一块平地，凳子得迁就岸，不能让岸迁就凳子。
我七八岁时常跟他去湖边。他坐凳子，我坐他脚边的石头。他钓鱼不爱说话，偶尔回头看我一眼，把凳子往我这边挪一挪，让我靠着他的腿。
后来湖边修了步道，钓鱼的人多了，大家都换上了铝合金的折叠钓椅，四条腿能伸能缩。爷爷不肯换，说那东西“腿太细，坐着心里不踏实”。
爷爷去世那年，我把那张凳子搬回了城里。如今它摆在我书房的窗下，高低不平的四条腿站在平地上，总是微微歪着，像还在等一片湖岸。
二〇二四年秋于壬川
""",
    ),
    dict(
        slug="collection-gengyuan-essay-mother-hooks-oneline",
        site="庚园小札 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://gengyuan-xiaozha.cn/zha/07.html",
        title="母亲的吊兰钩",
        record_title="母亲的吊兰钩 ·《庚园小札》之七",
        date=None,
        notes="the whole essay on one line, paragraphs apart only by their indent; a tip prompt and a contents line "
        "below; no date anywhere",
        page="""
!m 庚园小札 · 个人文集
!t 母亲的吊兰钩 ·《庚园小札》之七
!m 文 / 庚园居士　　字数 612
{BODY}
!l 目录：之六 父亲的工具箱 ｜ 之八 老屋的天井
!a 喜欢这篇文字，可以点下方“请作者喝杯茶”
!d 文集所有文字版权归作者所有，未经同意请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
母亲爱养吊兰，老屋的屋檐下常年挂着三四盆。
挂盆的钩子是父亲用粗铁丝弯的，一头拧成螺旋，钉进房梁，一头弯成问号的样子。每年开春，母亲都要踩着板凳，把钩子一个个摸一遍，看看有没有锈断。
有一年梅雨季，一个钩子锈穿了，吊兰连盆摔在台阶上。母亲心疼了好几天，把摔断的枝条一根根插进新盆里，到秋天又长成了一大蓬。
后来我们搬进楼房，母亲从五金店买了不锈钢的吊兰钩，亮闪闪的，拧在阳台顶上。她说新钩子结实，就是不如老铁丝的有人情味。
现在母亲年纪大了，够不着阳台顶。每次回家，我都先去阳台看看那几个钩子，替她摸一摸。
""",
    ),
    dict(
        slug="party-soe-speech-crampons-line-patrol",
        site="亥阳国企党建网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.haiyang-gzw.cn/jcdj/2024/1213/9927.html",
        title="公司党委书记在冬季线路巡视安全装备发放仪式上的讲话",
        record_title="【党建引领·一线】公司党委书记在冬季线路巡视安全装备发放仪式上的讲话｜亥阳国企党建网",
        date="2024-12-10",
        date_also=["2024-12-13"],
        notes="Party portal: study-points prompt, read-on-phone QR line; speaker and date lines under the title "
        "neutral; the speech title keeps the speaker's role; the portal's 发布时间 differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【党建引领·一线】公司党委书记在冬季线路巡视安全装备发放仪式上的讲话｜亥阳国企党建网</title>
<script src="/js/study-timer.js"></script>
</head>
<body>
<div class="hd">⟦m 亥阳国企党建网⟧ <span>⟦m 中共亥阳市国资委委员会主办⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 理论学习⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 先锋人物⟧</li><li>⟦m 清风园地⟧</li></ul>
<div class="loc">⟦m 位置：首页 &gt; 基层党建 &gt; 一线声音⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-12-13　来源：庚溪县供电公司党委　浏览：392⟧</div>
<p class="speaker">庚溪县供电公司党委书记　沈卫疆</p>
<p class="speaker">（2024年12月10日）</p>
{BODY}
<div class="points">⟦a 本文阅读满3分钟，可计入个人学习积分1分⟧</div>
<div class="qr">⟦a 掏出手机扫一扫，文章带回家细读⟧</div>
</div>
<div class="side"><h4>⟦l 相关阅读⟧</h4>
<ul><li>⟦l 电网抢修党员突击队迎战冻雨⟧</li><li>⟦l “光明驿站”开进戌口山区⟧</li></ul></div>
<div class="ft">⟦m 亥阳国企党建网　鄂ICP备16033019号⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们在这里为全公司46名线路巡视人员发放冬季安全装备，每人一副专业冰爪、一根登山杖、一套防寒服。东西不多，但它承载着公司党委对一线职工的牵挂。
庚溪的冬天大家都清楚，山区线路有一半在海拔千米以上，一场冻雨下来，巡视小道就成了溜冰场。去年冬天，戌口供电所的两名同志在巡线途中滑倒，一人小腿骨折。党委会专门研究，决定今年为巡视人员统一配发冰爪。
借这个机会，我提三点要求：一是会用，各供电所要组织一次冰爪穿戴实操培训，人人过关；二是常查，每次出发前检查齿尖和绑带，坏了马上报换；三是不冒险，遇到冰雪封路，宁可绕行、宁可等待，也不要硬闯。
各支部书记要把安全装备发放作为“我为群众办实事”的一项内容，跟踪到人，确保用在实处。
""",
    ),
    dict(
        slug="party-wuling-summary-volunteers-insect-lamps",
        site="戊岭党建网 (invented county Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.wulingdj.cn/jcdt/xz/20241120/6203.html",
        title="丑坪镇党员志愿服务队助农安装捕虫灯工作总结",
        record_title="丑坪镇党员志愿服务队助农安装捕虫灯工作总结_戊岭党建网",
        record_date="2024-11-20",
        date="2024-11-20",
        notes="record gives the date (equal to the signature date); a study check-in prompt between paragraphs",
        page="""
!m 戊岭党建网 — 党员之家
!m 首页 » 基层动态 » 乡镇
{T}
!m 2024-11-20　戊岭县委组织部　【字号 大 中 小】
{BODY}
!l 相关链接：酉塘乡“党员认领果树”活动见实效
!m 主办：中共戊岭县委组织部　鄂ICP备13012288号
""",
        indent="\u3000\u3000",
        body="""
今年3月至6月，镇党委组织机关、村级党员志愿服务队，围绕全县果园绿色防控工作，开展“装灯进果园”志愿服务活动。现将有关情况总结如下。
一、基本情况。全镇组建志愿服务小分队12支，参与党员186人次，协助果农安装太阳能捕虫灯280盏，帮助76户老年果农完成灯具调试和接虫袋更换。
⟦a 点“学习打卡”，把今天的学习记上一笔⟧
二、主要做法。一是分片包干，每支小分队联系2至3个村民小组；二是先学后干，请县植保站技术员集中培训两次；三是建立台账，每盏灯的编号、位置、管护人一一登记。
三、存在不足。部分小分队成员对灯具故障判断不准，个别灯具装好后因树枝遮挡太阳能板影响了充电。
下一步，镇党委将把捕虫灯管护纳入党员联系户内容，每季度开展一次巡查。
中共丑坪镇委员会
2024年11月20日
""",
    ),
    dict(
        slug="hospital-gengxi-article-crampons-fractures",
        site="庚溪县人民医院 (invented county hospital)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.gxrmyy.cn/jkkp/dongji/20250115/1207.html",
        title="冰雪路面摔伤多，骨科医生提醒：出门穿上冰爪",
        record_title="〖冬日健康〗冰雪路面摔伤多，骨科医生提醒：出门穿上冰爪 - 庚溪县人民医院",
        date="2025-01-15",
        notes="hospital article: booking float, booking and 24-hour lines beside the department's own 咨询电话 in "
        "the body, experts list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖冬日健康〗冰雪路面摔伤多，骨科医生提醒：出门穿上冰爪 - 庚溪县人民医院</title>
<script src="/static/js/float-booking.js"></script>
</head>
<body>
<header>⟦m 庚溪县人民医院⟧ <small>⟦m 二级甲等综合医院⟧</small></header>
<nav>⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 健康科普⟧ ⟦m 就医指南⟧</nav>
<div class="path">⟦m 您的位置：首页 › 健康科普 › 冬季健康⟧</div>
<div class="news">
<h1>{T}</h1>
<p class="info">⟦m 发布时间：2025-01-15　供稿：骨科　审核：医务科⟧</p>
{BODY}
<p class="tip">⟦d 本文为健康科普内容，不能代替医生面诊与治疗。⟧</p>
</div>
<aside>
<h3>⟦l 骨科专家⟧</h3>
<p>⟦l 汪建川　主任医师　周二、周四上午⟧</p>
<p>⟦l 郁晨　副主任医师　周一、周五全天⟧</p>
</aside>
<div class="float-book"><a>⟦a 在线预约挂号⟧</a><p>⟦w 预约专线 0716-5361000⟧</p><p>⟦w 24小时急救 0716-5360120⟧</p></div>
<footer>⟦m 庚溪县人民医院　地址：庚溪县城南大道168号　鄂ICP备15007719号⟧</footer>
</body>
</html>
""",
        body="""
入冬以来，我院骨科门诊每天接诊因冰雪路面滑倒受伤的患者20余人，以腕部骨折、踝关节扭伤和老年人髋部骨折最为多见。
骨科主任医师汪建川提醒，冬季出门尤其是走山路、坡道，可以在鞋外套一副简易冰爪。冰爪分为链式和齿式两种，日常走结冰路面选链式即可，穿脱方便；进山登高再考虑齿式。
穿冰爪也有讲究：一是尺码要合适，太松走几步就会移位；二是进入室内、商场前要取下来，防止在光滑地砖上反而打滑；三是老年人行走时最好配合拐杖，放慢速度。
出门前请关注县气象台发布的道路结冰预警。万一摔倒，不要急着起身，先活动一下手腕、脚踝，如果疼痛明显或者不能活动，要尽快就医。
骨科门诊咨询电话：0716-5361120。
""",
    ),
    dict(
        slug="hospital-haiyang-second-notice-ward-insect-lamps",
        site="亥阳市第二人民医院 (invented city hospital)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hyey.cn/ywgk/tzgg/2025/0604/883.html",
        title="关于病区捕虫灯使用管理的通知",
        record_title="【院内通告】关于病区捕虫灯使用管理的通知",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="hospital notice text: an internal extension in the body beside the hospital's outpatient and "
        "night-emergency lines; the 发布时间 line differs from the signature date",
        page="""
!m 亥阳市第二人民医院　院务公开
!m 首页 > 院务公开 > 通知公告
!t 【院内通告】关于病区捕虫灯使用管理的通知
!m 发布时间：2025-06-04　浏览：876
{BODY}
!w 门诊咨询：0716-8512345　　夜间急诊：0716-8512120
!l 上一条：关于调整端午节门诊安排的通知
!d 本院网站信息仅供参考，具体以院内张贴公告为准
""",
        indent="\u3000\u3000",
        body="""
各病区、各科室：
为做好夏季防蚊灭蝇工作，医院已为各病区走廊、护士站和配餐间配置了粘捕式捕虫灯。为保证患者安全并符合院感防控要求，现就使用管理通知如下：
一、病房内不得使用电击式捕虫灯，防止电击声影响患者休息、虫体碎屑污染环境。
二、捕虫灯应挂在距地面1.8米以上，远离氧气管道和输液区域。
三、粘虫板每周更换一次，由保洁人员戴手套取下后按感染性废物处理，并在登记本上记录。
四、灯具出现故障的，请在院内报修系统提交工单，不得自行拆修。
总务科联系电话：内线8215。
亥阳市第二人民医院院感科　总务科
2025年6月3日
""",
    ),
    dict(
        slug="college-haiyang-tech-news-crampon-training-h1",
        site="亥阳理工学院新闻网 (invented college)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.hylg.edu.cn/info/1012/30881.htm",
        title="登山协会开展冰雪技能培训　百余名学生学习冰爪行走",
        record_title=None,
        date="2024-12-08",
        notes="college news page, no title in the record (the <h1>); a dotted date in the byline is the page's "
        "date; a credit line after the last paragraph; prev/next links",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>亥阳理工学院新闻网</title>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudy.wp.visitcount.js"></script>
</head>
<body>
<div class="header">⟦m 亥阳理工学院⟧ ⟦m 新闻网⟧</div>
<div class="menu">⟦m 学校要闻⟧ ⟦m 综合新闻⟧ ⟦m 院部动态⟧ ⟦m 校园文化⟧ ⟦m 媒体理工⟧</div>
<div class="article">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 作者：团委　来源：登山协会　日期：2024.12.08　浏览：1533⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<p>⟦m （文/苗雨桐　图/陶沐阳　审核/团委）⟧</p>
<div class="share">⟦a 转发至：微信 · 微博⟧</div>
<p>⟦l 上一条：我校举办第十届机械创新设计大赛⟧</p>
<p>⟦l 下一条：图书馆推出寒假借阅服务⟧</p>
</div>
<div class="footer">⟦m 地址：亥阳市丙湖区学院路1号　邮编：436000⟧ ⟦m 亥阳理工学院党委宣传部⟧</div>
</body>
</html>
""",
        body="""
12月7日，我校登山协会在庚溪县庚岭冰瀑开展冬季冰雪技能培训，来自12个学院的107名学生参加。
培训由县应急救援队教练和协会往届会员担任教员，内容包括冰爪的选择与穿戴、冰面行走步法、滑坠自救和冬季野外保暖。在冰瀑下方的练习场，学生们分组练习“鸭子步”和前齿踢冰，教练逐一纠正动作。
协会会长、机械学院大三学生苗雨桐说，协会今年购置了40副十齿冰爪供会员借用，借用前必须参加培训并通过考核。
学校团委有关负责人表示，将继续支持学生社团开展安全规范的户外活动，把安全教育贯穿活动全过程。
""",
    ),
    dict(
        slug="college-haiyang-normal-notice-lawn-camping-pegs",
        site="亥阳师范学院后勤保障处 (invented college office site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hq.hysf.edu.cn/tzgg/20250408/1642.html",
        title="关于规范校内草坪露营活动的通知",
        date="2025-04-08",
        notes="college office notice, record title as is: numbered list, the notice's own contact beside the office's 24-hour line; "
        "posting line equal to the signature date",
        page="""
!m 亥阳师范学院 后勤保障处
!m 首页 | 处室简介 | 通知公告 | 服务指南 | 下载中心
{T}
!m 作者：绿化科　时间：2025-04-08　点击：641
{BODY}
!a 〔打印本通知〕　〔关掉本页〕
!w 后勤服务热线：0716-8830000（24小时）
!m 版权所有 © 亥阳师范学院后勤保障处
""",
        body="""
各学院、各学生社团：
近期，部分社团在校内草坪开展露营活动。后勤保障处巡查发现，东区大草坪有两处地下喷灌管被长钢钉打穿，造成漏水。为保护校园绿地和地下管线，现就有关事项通知如下：
1.校内露营只能在东区大草坪和体育馆北侧草坪进行，需提前3个工作日在“后勤服务”小程序提交申请。
2.帐篷钉长度不得超过15厘米，禁止使用钢钉、螺旋钉；草坪南侧喷灌管密集区只能使用沙袋或重物固定帐篷。
3.活动结束后由社团负责人清点回收帐篷钉，后勤人员现场验收草坪。
联系人：后勤保障处绿化科雷舒，电话：0716-8830215。
后勤保障处
2025年4月8日
""",
    ),
    dict(
        slug="countyforum-renchuan-stools-walkway-jammer",
        site="壬川论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.renchuan.cc/thread-581204-1-1.html",
        title="壬川河滨步道上摆满钓鱼凳，晚上散步都得绕着走",
        record_title="[步道见闻录] 壬川河滨步道上摆满钓鱼凳，晚上散步都得绕着走 - 百姓话题 - 壬川论坛",
        date=None,
        notes="county forum with a weather line, jammer fonts, a medal row, a decoration ad with a QQ id and a "
        "forwarded-to-the-bureau link; post time relative (2 天前): no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[步道见闻录] 壬川河滨步道上摆满钓鱼凳，晚上散步都得绕着走 - 百姓话题 - 壬川论坛</title>
<style>.jammer{display:none}</style>
<script src="static/js/forum_viewthread.js?R7x"></script>
</head>
<body>
<div class="top">⟦m 壬川论坛⟧ ⟦m 壬川人自己的网上家园⟧ <span>⟦m 壬川 今天 多云 22~31℃⟧</span></div>
<div class="pt">⟦m 壬川论坛 › 百姓话题 › 帖子详情⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 河边散步的人⟧<br>⟦m 勋章：热心网友⟧</td>
<td class="plc">
<h1>⟦t [步道见闻录] 壬川河滨步道上摆满钓鱼凳，晚上散步都得绕着走⟧</h1>
<div class="authi">⟦m 发表于 2 天前⟧ <a>⟦a 只看这位楼主⟧</a></div>
<div class="t_f">
{BODY}
</div>
<div class="reply-official">⟦l 本帖已转交县城管执法局　查看官方回复 ›⟧</div>
</td></tr></table>
<div class="ad">⟦a 【广告】壬川装修找红木坊，免费上门量房 QQ 2201936645⟧</div>
<div class="replies">
<p>⟦l 2楼　夜钓老哥：平台上没灯，晚上看不见漂⟧</p>
<p>⟦l 3楼　酉田妹子：支持楼主，推车真的过不去⟧</p>
</div>
<div class="ft">⟦m 壬川论坛　鄂ICP备14005321号　举报邮箱 jubao@renchuan.cc⟧</div>
</body>
</html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
每天晚饭后我都带孩子去壬川河滨步道散步，最近一个月越来越难走。
从壬川大桥往南到酉田码头这一段，晚上七点以后步道上摆满了钓鱼凳和钓箱，有的还拉了夜钓灯的电线，一个挨一个，最窄的地方只剩半米宽，推婴儿车根本过不去。
钓鱼我不反对，河边本来就有专门的钓鱼平台，可平台上人少，大家都愿意坐在步道边上，说是离水近、好甩竿。前天一位大爷被钓鱼凳腿绊了一下，差点摔倒。
希望管理部门能来看看，划一下钓鱼区，也请钓友们把凳子往平台上挪一挪，给走路的人留条道。
""",
    ),
    dict(
        slug="countyforum-gengxi-thin-ice-crampons-subject",
        site="庚溪在线论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.gengxi.net/thread-90317-1-1.html",
        title="戌口水库冰面还没冻实，穿了冰爪也别上去！",
        record_title=None,
        date=None,
        notes="county forum text, no title in the record: the thread subject; weather line, forum junk as a line "
        "and glued after 。; post time 前天: no date",
        page="""
!m 庚溪在线论坛 » 庚溪杂谈
!m 今日：庚溪 晴转多云 -6~3℃
{T}
!m 楼主：水库边的老周　　发表于 前天 10:52
{BODY}
!l 回复 1#　戌口小李：今天下午派出所已经去劝离了
!l 回复 2#　冰钓爱好者：感谢提醒，说得对
!a 快速回复　|　返回列表
!w 庚溪在线论坛　版务QQ：5108842930
""",
        junk=dict(lines=1, glued=2),
        body="""
今天上午路过戌口水库，看见冰面上有七八个人在凿冰钓鱼，脚上都绑着冰爪，还有人带了孩子。
我是在水库边住了几十年的老人，说句实话：今年冬天来得晚，这几天白天又回暖，库中间的冰最多也就五六厘米厚，靠近进水口的地方还是一层薄冰。冰爪只管脚底下不打滑，管不了冰面裂开。
前年就在这个位置，有人连人带凳子掉进冰窟窿，幸亏旁边的人拿竹竿拉了上来。
请各位钓友等冰层冻够十五厘米以上再下去，下去也要结伴，带上救生绳。家里有老人孩子的，也帮着转告一声。
""",
    ),
]
