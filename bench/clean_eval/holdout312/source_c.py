"""holdout312, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="qa-chawan-tea-pet-not-changing-colour-question",
        site="茶碗问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.chawanwenda.com/q/90318277",
        title="茶宠养了半年还是不变色，是哪里做得不对？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; adopted-answer badge, vote row, more answers; "
        "the answer time is relative (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>茶宠养了半年还是不变色，是哪里做得不对？ - 茶碗问答</title>
<script src="/assets/qa.bundle.js"></script>
</head>
<body>
<header><a class="logo">⟦m 茶碗问答⟧</a><span>⟦m 喝茶的事，问懂茶的人⟧</span><a>⟦a 我要提问⟧</a><a>⟦a 登录⟧</a><a>⟦a 注册⟧</a></header>
<div class="crumb">⟦m 茶碗问答 › 茶器茶玩 › 茶宠⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 提问者：小满喝茶　｜　被浏览 4,862　｜　3个回答⟧</p>
</div>
<div class="answer best">
<p class="badge">⟦m ✔ 提问者采纳⟧</p>
<p class="who">⟦m 紫陶老周　｜　遨溪紫陶手艺人　｜　回答于 3 天前⟧</p>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a ▲ 有帮助 327⟧ ⟦a ▼ 没帮助⟧ ⟦a 💬 评论 12⟧ ⟦a 收起回答⟧</div>
</div>
<div class="more"><h3>⟦l 其他 2 个回答⟧</h3>
<p>⟦l 茶语：多半是买到了上过色的，真紫砂才会慢慢变⟧</p>
<p>⟦l 老树：别急，一年以后再看⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><p>⟦l 茶宠开片了还能继续养吗？⟧</p><p>⟦l 新买的茶宠有土腥味怎么办？⟧</p></aside>
<footer>⟦d 回答内容仅代表答主个人观点，不构成购买建议⟧　⟦m © 茶碗问答 2025　鄂ICP备19017720号⟧</footer>
</body>
</html>
""",
        body="""
先说结论：大多数情况不是你养得不对，而是时间还不够，或者茶宠本身不是紫砂泥做的。
一是看材质。紫砂和紫陶茶宠有细小气孔，能吸收茶汤，慢慢才会变亮变润；树脂、石膏或者表面上了釉的茶宠，浇多少茶都不会变。
二是看方法。每次泡茶用温热的茶汤从头浇到尾，浇完用养壶笔刷一刷，让茶汤均匀渗进去；别用冷茶，也别一周才浇一次。
三是看时间。一般要坚持八个月到一年，颜色才有明显变化，半年不变很正常。
如果确认是紫砂的，建议你再坚持半年看看。
""",
    ),
    dict(
        slug="qa-gengdu-nursery-pot-drainage-holes",
        site="耕读问答 (invented agricultural Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://ask.gengdu.net.cn/question/61207.html",
        title="营养钵育苗，钵底到底要不要打孔？",
        record_title="营养钵育苗，钵底到底要不要打孔？（已有3个回答）｜耕读问答",
        date=None,
        notes="Q&A as text: question with an answer count aside; the answer's author line with 昨天; "
        "a follow-the-expert prompt glued after the last sentence; more answers and related questions",
        page="""
!m 耕读问答 ｜ 种地的事问耕读
!m 问答首页 > 蔬菜种植 > 育苗
!t 营养钵育苗，钵底到底要不要打孔？（已有3个回答）
!m 提问：遄水种菜人　　　浏览 1207
!m 最佳答案　　农技员石大姐　　回答于 昨天 19:06
{BODY}
!a 👍 有用(96)　　👎 没用　　⚑ 举报
!l 更多回答（2）：
!l 种菜小白：我去年没打孔，结果烂根了
!l 老把式：买现成有孔的就行，别自己扎
!l 相关问题：营养钵装土装多满合适？ / 育苗土能不能用大田土？
!m 耕读问答 gengdu.net.cn ©2025
""",
        body="""
要打孔，而且一定要打在钵底。
营养钵的作用是让秧苗带着完整的土坨移栽，钵底没有孔，浇水后多余的水排不出去，钵里的土长时间泡水，根系就会缺氧发黑，严重的还会烂根。
现在市面上的塑料营养钵大多已经预留了排水孔。如果你买的是无孔的，可以用烧热的铁钉在底部均匀扎4到6个孔，孔径以0.5厘米左右为宜，太大了土会漏出来。
另外，摆放营养钵时最好垫一层砖或穴盘架，让底部悬空，排水透气效果更好。⟦a 关注石大姐，每周三晚直播答疑⟧
""",
    ),
    dict(
        slug="anthology-laozhong-memoir-bamboo-landing-net-gb2312",
        site="老钟文存 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.laozhongwc.net/yssj/07.htm",
        title="父亲的竹柄抄网",
        record_title="父亲的竹柄抄网（《遒山旧事》之七）- 老钟文存",
        date=None,
        notes="old gb2312 table layout: marquee, chapter links, a visitor counter and the author's mailbox; "
        "a memoir with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的竹柄抄网（《遒山旧事》之七）- 老钟文存</title>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#EFEBDD" text="#333333">
<table width="780" border="0" align="center" cellpadding="4">
<tr><td><font size="5" color="#5B3A1E"><b>⟦m 老钟文存⟧</b></font>　⟦m 一个退休语文教师的旧文章⟧</td></tr>
<tr><td bgcolor="#D9CFB4"><marquee scrollamount="2">⟦m 欢迎来坐坐，文章随便看，转载请打声招呼⟧</marquee></td></tr>
<tr><td><a href="../index.htm">⟦m 文存首页⟧</a>　<a href="index.htm">⟦m 遒山旧事⟧</a>　<a href="../sx/index.htm">⟦m 杂感随想⟧</a>　<a href="../ly.asp">⟦m 留言本⟧</a></td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="10">
<tr><td>
<p align="center"><font size="4">{T}</font></p>
<p align="center">⟦m 《遒山旧事》之七　钟远山⟧</p>
{BODY}
<p align="center"><a href="06.htm">⟦l 〈〈 之六　河湾里的夜渔⟧</a>　<a href="index.htm">⟦l 回目录⟧</a>　<a href="08.htm">⟦l 之八　打谷场 〉〉⟧</a></p>
</td></tr>
</table>
<table width="780" border="0" align="center"><tr><td align="center"><font size="2">
⟦m 写信给老钟：zhongyuanshan1951@126.com⟧<br>
⟦m 本页已被翻阅 7315 次⟧<br>
⟦d 文存所有文字均为老钟原作，引用请注明出处⟧
</font></td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲留下的东西不多，一把竹柄抄网算是其中最旧的一件。
那抄网的柄是他自己砍的遒山水竹，用火烤直了，尾端缠着一圈麻绳；网兜是母亲用尼龙线一个结一个结织的，网眼有指头那么大。
小时候，夏天的傍晚父亲常带我去河湾下钩。鱼上了钩，他从不急着提竿，总是让我拿着抄网蹲在水边，等他把鱼遛到跟前，再喊一声“抄”。我手忙脚乱，十回有八回抄空，父亲也不恼，只说一句：“网要从鱼头那边下。”
后来我进城教书，父亲一个人还是常去河湾。他走的那年，抄网就挂在老屋的墙上，竹柄已经被手磨得发亮。
如今它挂在我书房里。每次看到它，我就想起父亲那句话，做什么事都要从头那边下手。
""",
    ),
    dict(
        slug="anthology-lengzao-essay-mothers-fridge-magnet-numbers",
        site="冷灶集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://lengzaoji.cn/wen/05.html",
        title="母亲冰箱门上的电话号码",
        record_title="《冷灶集》第五篇：母亲冰箱门上的电话号码",
        date=None,
        notes="a personal collection as text: chapter links, a visit count; the essay ends with a 写于 line "
        "giving only a season and year (no date)",
        page="""
!m 冷灶集 · 温故的人写的旧事
!m 目录 ｜ 上一篇 ｜ 下一篇
!t 《冷灶集》第五篇：母亲冰箱门上的电话号码
{T}
!m 文　阿秋
{BODY}
!l 〔目录〕第四篇 腌菜坛　｜　第六篇 巷口的修鞋摊
!m 本篇被读过 832 回
!d 冷灶集文字版权归作者，转载请附原文地址 lengzaoji.cn
""",
        indent="\u3000\u3000",
        body="""
母亲家的冰箱门上，贴着一块红色的冰箱贴，底下压着一张纸条，纸条上是她用圆珠笔写的一排电话号码。
最上面是我的，接着是弟弟的、楼下王阿姨的、社区医生的，最下面是120。字写得很大，是怕自己老眼昏花看不清。
有一回母亲在家摔了一跤，一时想不起我的号码，就是扶着冰箱门，照着纸条拨通了电话。那以后，我每次回家都会看一眼那张纸条，号码有变就改过来。
去年社区给独居老人发了印好急救电话的冰箱贴，母亲把它贴在旁边，可那张手写的纸条她说什么也不肯摘。
她说，印的是别人的号码，写的是自己家的人。
写于二〇二四年冬
""",
    ),
    dict(
        slug="party-zeyang-summary-seedling-volunteers-table",
        site="迮阳党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zeyangdj.gov.cn/zbfc/2024/1226/3318.html",
        title="逑河镇农业服务中心党支部“党员育苗帮扶队”工作总结",
        record_title="〖先锋在田间〗逑河镇农业服务中心党支部“党员育苗帮扶队”工作总结｜迮阳党建网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="Party portal: study-points prompt, a read-on-phone QR line, a table of villages helped; "
        "the portal's posting date differs from the 成文日期 (in Chinese numerals)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖先锋在田间〗逑河镇农业服务中心党支部“党员育苗帮扶队”工作总结｜迮阳党建网</title>
<script src="/js/dj-common.js"></script>
</head>
<body>
<div class="dj-top">⟦m 迮阳党建网⟧ <span>⟦m 中共迮阳县委组织部主办⟧</span></div>
<div class="dj-nav"><a>⟦m 首页⟧</a><a>⟦m 党建要闻⟧</a><a>⟦m 支部风貌⟧</a><a>⟦m 党员教育⟧</a><a>⟦m 先锋榜样⟧</a></div>
<div class="dj-loc">⟦m 当前位置：首页 >> 支部风貌⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2024-12-26　稿源：逑河镇党委　浏览：742⟧</div>
<div class="dj-points">⟦a 阅读满3分钟可记学习积分1分，请先登录党员e家⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦m 用手机扫一扫，在掌上党建继续读⟧</div>
<div class="dj-pn">⟦l 上一篇：迮阳县开展“组织建在产业链上”观摩活动⟧<br>⟦l 下一篇：城关镇机关党支部开展主题党日活动⟧</div>
</div>
<div class="dj-foot">⟦m 中共迮阳县委组织部　地址：迮阳县人民路1号⟧<br>⟦m 湘ICP备10020931号　技术维护：迮阳县融媒体中心⟧</div>
</body>
</html>
""",
        body="""
今年以来，中心党支部组建“党员育苗帮扶队”，由9名党员农技人员结对帮扶全镇种植户，把育苗技术送到田间地头。
一是上门指导。帮扶队在春季育苗高峰期分片驻村，手把手教群众配制钵土、播种覆膜，全年开展现场指导62场次。
二是集中育苗。在中心育苗基地统一用营养钵培育辣椒、茄子秧苗，按成本价供应给困难户。
村名　　供苗数（万株）　　受益户数
凉水村　　12.6　　84
石门村　　9.3　　61
河西村　　7.8　　47
三是回收利用。帮扶队牵头设立废旧营养钵回收点5个，回收塑料营养钵4.2万只。
下一步，支部将继续发挥党员技术优势，让帮扶队成为群众身边的“田间课堂”。
中共逑河镇农业服务中心支部委员会
二〇二四年十二月二十日
""",
    ),
    dict(
        slug="party-erhu-report-community-secretary-stair-lamps",
        site="迩湖先锋网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.erhuxianfeng.cn/szbg/2025/0114/1187.html",
        title="逡园社区党委书记2024年度抓基层党建工作述职报告",
        record_title="逡园社区党委书记2024年度抓基层党建工作述职报告（全文公开）· 迩湖先锋网",
        date="2025-01-10",
        notes="Party portal as text: a study-points line, a collection line; a 述职 about lighting stairwells "
        "with numbered parts; 成文日期 under the signature",
        page="""
!m 迩湖先锋网　｜　迩湖区委组织部
!m 首页 › 书记述职 › 社区
{T}
!m 稿件来源：逡园社区党委　　2025-01-14 收录
!a ☆ 学完本篇可获学习积分 2 分（需登录）
{BODY}
!a ⌕ 打印本篇　　⌕ 收藏到我的学习清单
!l 相关阅读：遑桥社区党委书记述职报告　｜　迩湖区社区书记述职评议会召开
!m 迩湖先锋网 版权所有　鲁ICP备11021649号-2
""",
        indent="\u3000\u3000",
        body="""
2024年，我坚持把抓党建促治理作为第一责任，现将履职情况报告如下。
一、主要做法
一是实施“楼道亮灯”工程。社区党委牵头，组织在职党员认领楼栋，为23栋老楼的186个楼道更换感应壁灯，困扰居民多年的“黑楼道”问题基本解决。
二是建强楼栋党小组。在24个楼栋建立党小组，党员骨干担任楼栋长，全年收集居民诉求312条，办结率97%。
三是深化共建共治。与辖区6家单位签订共建协议，解决停车、绿化等问题41件。
二、存在不足
党员作用发挥还不够均衡，部分年轻党员参与社区活动较少。
三、下一步打算
2025年，我将继续推进党建引领小区治理，让群众的幸福感更可感可及。
逡园社区党委书记　贺晴
2025年1月10日
""",
    ),
    dict(
        slug="hospital-qiushan-notice-ward-wall-lamps",
        site="遒山县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qszyy.cn/yuanwu/2025/0318/612.html",
        title="关于住院部病区夜间壁灯改造期间有关事项的通知",
        record_title="【病区公告】关于住院部病区夜间壁灯改造期间有关事项的通知-遒山县中医医院",
        date="2025-03-18",
        notes="hospital site: booking float, 24-hour line, experts list; the 总务科's own phone in the body next to "
        "the hospital's booking and emergency lines; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【病区公告】关于住院部病区夜间壁灯改造期间有关事项的通知-遒山县中医医院</title>
<script src="/js/yy-float.js"></script>
</head>
<body>
<div class="hd"><span class="logo">⟦m 遒山县中医医院⟧</span><span>⟦m 二级甲等中医医院⟧</span><span>⟦m 急诊24小时：0851-8630120⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 院务公开⟧</li></ul>
<div class="loc">⟦m 您在这里：首页 / 院务公开 / 院内通知⟧</div>
<div class="news">
<h2>{T}</h2>
<div class="news-info">⟦m 作者：总务科　阅读次数：377⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="news-pn">⟦l 上一条：我院开展春季消防应急演练⟧ ⟦l 下一条：关于调整门诊午间服务时间的通知⟧</div>
</div>
<div class="side"><h4>⟦l 名医专家⟧</h4><p>⟦l 何守仁　主任医师　针灸推拿科⟧</p><p>⟦l 龙秀兰　副主任医师　脾胃病科⟧</p></div>
<div class="float-yy">⟦a 📅 微信预约挂号⟧ ⟦m 预约电话 0851-8632000⟧</div>
<div class="ft">⟦m 遒山县中医医院　地址：遒山县杏林路9号⟧　⟦m 黔ICP备15003182号⟧</div>
</body>
</html>
""",
        body="""
各病区、各科室：
为改善住院患者夜间照明条件，医院定于3月20日至4月10日对住院部3至7楼病区走廊和病房的夜间壁灯进行改造，原有壁灯将更换为低照度、带感应功能的护眼壁灯。现将有关事项通知如下。
一、施工按楼层分段进行，每层施工期约3天，施工时间为每天上午9时至下午5时。
二、施工期间，各病区护士长要提前做好患者解释工作，夜间巡视护士须随身携带手电筒。
三、施工人员进入病房前须征得当班护士同意，不得影响治疗和患者休息。
施工中如有问题请联系总务科，电话：0851-8631146。
遒山县中医医院总务科
2025年3月18日
""",
    ),
    dict(
        slug="hospital-fuyou-article-magnet-swallowing-byline",
        site="逄州市妇幼保健院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.pzfybjy.com/kepu/ek/20250601/2210.html",
        title="磁力冰箱贴别让孩子当玩具",
        record_title="小儿安全课｜磁力冰箱贴别让孩子当玩具 - 逄州市妇幼保健院",
        date="2025-06-01",
        notes="hospital article as text: 发布时间 line as the page's date; a booking prompt between paragraphs; "
        "the department's own 咨询电话 next to the hospital's booking line",
        page="""
!m 逄州市妇幼保健院　　全院预约电话：0539-2286000
!m 首页 > 健康科普 > 儿科
!t 小儿安全课｜磁力冰箱贴别让孩子当玩具
!m 发布时间：2025-06-01 10:00　　作者：小儿外科 包雯　　浏览：1533
{BODY}
!a 觉得有用？转给家里有娃的亲友
!l 延伸阅读：孩子误吞纽扣电池怎么办　｜　家中防跌落的五个细节
!m 逄州市妇幼保健院 版权所有
""",
        body="""
不少家庭的冰箱门上贴着五颜六色的冰箱贴，有的里面嵌着小小的强力磁铁。对三岁以下的孩子来说，这些冰箱贴很可能被抠下来放进嘴里。
单独吞下一块磁铁，多数能随大便排出；但如果孩子先后吞下两块以上，磁铁在肠道里隔着肠壁相互吸引，可能造成肠壁压迫坏死甚至穿孔。
⟦a 孩子误吞异物？点此预约小儿外科专家号⟧
家长要做到：一是把带磁铁的冰箱贴放到孩子够不着的高处；二是定期检查冰箱贴，发现磁铁松脱及时收好；三是一旦怀疑孩子吞了磁铁，不要催吐，立即到医院就诊。
小儿外科咨询电话：0539-2286235。
""",
    ),
    dict(
        slug="college-pangzhou-news-fish-survey-landing-nets-h1",
        site="逄州农林职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.pzny.edu.cn/info/1021/6633.htm",
        title="水产学院学生赴逦溪水库开展鱼类资源调查",
        record_title=None,
        date="2025-06-09",
        notes="no title in the record: the news page's <h1>; a dotted date as the page's date; photo captions; "
        "a reviewer line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>逄州农林职业学院</title>
<script src="/_js/jquery.js"></script>
</head>
<body>
<div class="header"><span>⟦m 逄州农林职业学院⟧</span><span>⟦m 厚德 力耕 笃学 致用⟧</span><a>⟦a 信息门户⟧</a><a>⟦a 图书馆⟧</a></div>
<div class="nav"><a>⟦m 学校首页⟧</a><a>⟦m 学院新闻⟧</a><a>⟦m 教学科研⟧</a><a>⟦m 招生就业⟧</a></div>
<div class="crumb">⟦m 首页 » 学院新闻 » 院部动态⟧</div>
<div class="newsview">
<h1>{T}</h1>
<div class="meta">⟦m 2025.06.09　文：水产学院　浏览量：691⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦l 分享本条：微信　QQ　复制链接⟧</div>
</div>
<div class="footer">⟦m 地址：逄州市迩湖区学府路88号　邮编：276800⟧<br>⟦m 逄州农林职业学院 版权所有　鲁ICP备05033127号⟧</div>
</body>
</html>
""",
        body="""
6月5日至7日，水产学院2023级水产养殖技术专业40名学生在专业教师带领下，赴逦溪水库开展鱼类资源调查实践。
同学们分成5个小组，使用刺网、地笼和抄网在库区上、中、下游设点采样，对渔获物逐一进行种类鉴定、体长体重测量和拍照记录。
⟦m 图为学生用抄网从地笼中取出渔获物。⟧
三天里，调查组共采集鱼类标本21种、1136尾，其中鲫、鲤、翘嘴鲌数量最多。调查数据将整理后提交迥川县水利局，为水库增殖放流提供参考。
带队老师表示，走出课堂到水边去，学生对书本上的鱼类分类知识理解得更深了。⟦m （审核：鲍成林）⟧
""",
    ),
    dict(
        slug="college-aoxi-news-tea-pet-heritage-exhibition",
        site="遨溪学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.axxy.edu.cn/yxfc/2025/0527/3810.html",
        title="陶瓷艺术学院“茶宠里的非遗”作品展开幕",
        record_title="陶瓷艺术学院“茶宠里的非遗”作品展开幕-院系风采-遨溪学院",
        date="2025-05-27",
        notes="college news as text: 发布时间 line as the page's date; a photo caption between paragraphs; "
        "a 文/图 line glued after the last paragraph",
        page="""
!m 遨溪学院　　学校主页｜院系风采｜校园新闻
!m 当前位置：首页 > 院系风采
{T}
!m 发布时间：2025-05-27　　来源：陶瓷艺术学院　　点击：388
{BODY}
!a 【打印本条】　【关掉本页】
!l 上一条：我校举办2025届毕业生双选会
!l 下一条：外语学院开展“经典诵读”活动
!m 遨溪学院党委宣传部　版权所有
""",
        body="""
5月26日，陶瓷艺术学院“茶宠里的非遗”师生作品展在学院美术馆开幕，展出师生创作的紫陶茶宠作品120余件。
展品既有传统的金蟾、貔貅、卧牛，也有学生以遨溪吊脚楼、风雨桥为原型设计的新造型。其中，学生团队创作的《十二生肖茶宠》已与本地企业签订了批量生产协议。
⟦m 图为参观者在展柜前观看茶宠作品。⟧
学院负责人介绍，学院自2022年起把紫陶茶宠制作纳入专业课程，邀请非遗传承人进课堂授课。本次展览将持续至6月10日，面向市民免费开放。⟦m 文/图：鲁小禾⟧
""",
    ),
]
