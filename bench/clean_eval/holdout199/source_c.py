"""holdout199, part C: Q&A sites, personal collections, Party-building portals, hospitals and
universities. Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenda-kettle-scale-question-title",
        site="问答岛 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendadao.example.com/question/30881247",
        title="电热水壶里结了一层白色水垢，怎么去除比较安全？",
        record_title=None,
        date=None,
        notes="Q&A page, no record title: the question is the title; the adopted answer is the body; answered 3 天前 (no date); adopted badge, vote bar, answerer card and more answers",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>问答岛 - 有问题，上岛问</title>
<script src="/assets/qa.bundle.js" defer></script>
</head><body>
<header>⟦m 问答岛⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 提问⟧</a> <a>⟦a 登录岛民账号⟧</a></header>
<div class="q-crumb">⟦m 问答岛 › 生活 › 家用电器⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 壶用了两年，底部一层白白的，烧出来的水也有白渣，用什么去比较好？会不会伤壶？⟧</p>
<p class="q-meta">⟦m 匿名岛民 · 提问于 5 天前 · 被浏览 2,416⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 琀溪家电维修铺 · 家电维修技师 · 回答于 3 天前⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="votes">⟦l ▲ 赞同 386　▼　💬 27 条评论　★ 收藏⟧</div>
</div>
<div class="more"><h3>⟦l 其余 11 个回答⟧</h3>
<p>⟦l 小柚子：我一直用白醋，泡一晚上就掉了⟧</p>
<p>⟦l 匿名岛民：买个带过滤网的壶，渣子就少了⟧</p></div>
<div class="relq"><h3>⟦l 相似问题⟧</h3><p>⟦l 电热水壶内胆发黑是怎么回事？⟧</p><p>⟦l 烧水壶多久换一次比较好？⟧</p></div>
<footer>⟦m © 2025 问答岛 wendadao.example.com⟧ ⟦m 沪ICP备22018861号-2⟧</footer>
</body></html>
""",
        body="""
白色水垢主要是水里的钙、镁形成的碳酸盐，对人体没什么害处，但积厚了会影响加热效率，也容易让底部温控失灵，最好一两个月清理一次。
最省事的办法是用柠檬酸。往壶里加水到一半，放一小包食品级柠檬酸（十几克），烧开后断电泡二十分钟，再用软布擦，水垢基本就掉了。没有柠檬酸的话，用白醋兑水也行，就是有味道，要多冲几遍。
注意三点：一是不要用钢丝球刮，会刮坏不锈钢内胆；二是底座和插头部位千万不能进水；三是除垢后先烧一两壶水倒掉再喝。
如果水垢反复很快长出来，说明家里水硬度高，可以考虑装个前置过滤器。
""",
    ),
    dict(
        slug="qa-wenwenkan-inkpad-dried-up",
        site="问问看 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wenwenkan.example.cn/q/5120384.html",
        title="印泥干了发硬，还能救回来吗？",
        record_title="印泥干了发硬，还能救回来吗？（已解决）_问问看",
        date=None,
        notes="Q&A as text: decorated question title; the best answer is the body; relative times only (no date); a disguised contact in the answerer's card",
        page="""
!m 问问看　— 问了就有人答
!m 问问看 > 文化艺术 > 书法篆刻
!t 印泥干了发硬，还能救回来吗？
!m 提问者：墨池边　　悬赏：15　　2 小时前
!m 问题补充：家里一盒印泥放了好几年，表面干成一块，盖出来的印发白。
!m 最佳答案　　答主：瑳田老刻手（篆刻爱好者）
{BODY}
!m 回答时间：1 小时前　　　有帮助(41)　　没帮助(2)
!w 定制印章、印泥可私信答主，微信同号
!l 其他回答(4)
!l 刻字王师傅：干透了的话换一盒吧，也不贵
!l 相关问题：朱砂印泥和普通印泥有什么区别？
""",
        indent="",
        body="""
能不能救，要看干到什么程度。
如果只是表面结了一层硬皮，下面还是软的，可以用骨刀或竹片把硬皮轻轻挑掉，再把下面的印泥上下翻拌均匀，一般就能继续用。
如果整盒都发干发硬，可以滴几滴印泥专用油（蓖麻油也可以），用竹片反复翻拌，让油慢慢渗进去，盖上盖子放两三天再用。每次加油不要多，宁少勿多，油多了印迹会洇开。
平时用完记得盖好盖子，放在阴凉处，每隔一两周翻拌一次，印泥就不容易干。
""",
    ),
    dict(
        slug="collection-hanchuan-memoir-inkpad-box",
        site="琀川杂忆 (invented, a retired archivist's personal site)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.hanchuanzayi.example.net/wen/009.htm",
        title="印泥盒里的四十年",
        record_title="印泥盒里的四十年（《琀川杂忆》第九则）",
        date=None,
        notes="old gb2312 personal site: chapter links, a visitor counter, the author's mailbox, 繁體 link; the essay ends with a season and year only (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>印泥盒里的四十年（《琀川杂忆》第九则）</title>
<script language="JavaScript">function addfav(){window.external.AddFavorite(location.href,document.title)}</script>
</head>
<body bgcolor="#F6F1E4">
<table width="760" align="center" border="0"><tr><td align="center"><font size="5" face="楷体_GB2312">⟦m 琀 川 杂 忆⟧</font><br>⟦m 一个老档案员的闲笔⟧</td></tr>
<tr><td align="center"><a href="../index.htm">⟦m 文集目录⟧</a> | <a href="../about.htm">⟦m 作者小传⟧</a> | <a href="javascript:addfav()">⟦a 收入收藏夹⟧</a> | <a href="009f.htm">⟦a 繁體版⟧</a></td></tr></table>
<table width="760" align="center" border="0"><tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 第九则　　作者：殷伯衡⟧</p>
{BODY}
</td></tr></table>
<table width="760" align="center" border="0"><tr><td align="center">⟦l ← 第八则：县志办的煤油灯⟧　⟦l 第十则：一枚作废的公章 →⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：yinboheng1953@mail.example.cn⟧<br>⟦m 本页已被翻阅 4318 次⟧<br>⟦d 文章为作者原创，引用请注明出自《琀川杂忆》⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我的办公桌抽屉里，放着一只铜制印泥盒，盒盖上的漆掉得差不多了。这是1982年我进县档案馆那天，老馆长交给我的。
那时档案馆只有一枚公章，一盒印泥。出具一份档案证明，要先查卷、再抄录、再核对，最后才轮到盖章。老馆长说，印要盖在年月日上，骑年压月，印泥要蘸匀，印文要清楚，“盖歪了，人家就不信了”。
八十年代末，馆里买来了印台和油墨，盖得快，可没几年印迹就发紫发暗。老馆长坚持归档文件还用朱砂印泥，每年自己掏钱托人从外地捎两盒。
如今证明都能在网上开，电子签章一点就成。可我还是常打开这只印泥盒闻一闻，那股淡淡的油香，是我四十年的日子。
二〇二三年秋于琀溪
""",
    ),
    dict(
        slug="collection-guoyan-essay-mothers-cooker-oneline",
        site="锅沿集 (invented, a personal collection on a writing platform)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://guoyanji.example-wenji.cn/p/mothers-cooker",
        title="母亲的高压锅",
        record_title="母亲的高压锅 ·《锅沿集》第三辑",
        date=None,
        notes="an essay whose body is all on one line (paragraphs only apart by indents); collection header, chapter links; no date",
        page="""
!m 锅沿集　　一个人的厨房往事
!m 目录　｜　第三辑：锅碗瓢盆　｜　上一篇　｜　下一篇
!t 母亲的高压锅
!m 作者：甄小葵　　字数：402　　收录于第三辑
{BODY}
!a ♡ 喜欢这篇　　✎ 写点感想　　⤴ 转给朋友
!l 本辑其他篇目：外婆的铁锅　父亲的菜刀　一只搪瓷缸
!d 《锅沿集》文字版权归作者所有，请勿整篇转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我家的高压锅是1990年买的，铝的，锅盖上一个黑色的限压阀，像戴了顶小帽子。
那年父亲在琫湾镇砖厂上班，母亲要赶早给他炖骨头汤。高压锅一上火，限压阀“哧哧”地转起来，满屋都是香气。我和弟弟趴在灶台边等，母亲总是把我们推开：“离远点，这东西脾气大。”
母亲用锅极仔细。每次用完，她都要把密封圈取下来洗干净晾干，拿针把排气孔通一通。锅用了二十多年，一次事也没出过。
后来家里换了电压力锅，那口老锅被母亲收进了柜子。她说，留着吧，看见它就想起那些年早上的汤。
""",
    ),
    dict(
        slug="dangjian-guancheng-speech-smoke-volunteers",
        site="瓘城党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.guanchengdj.example.gov.cn/xfyl/2025/0401/9917.html",
        title="在瑫园社区“红色烟感”志愿服务队成立仪式上的讲话",
        record_title="【红色物业·志愿先锋】在瑫园社区“红色烟感”志愿服务队成立仪式上的讲话_瓘城党建网",
        date="2025-03-28",
        date_also=["2025-04-01"],
        notes="Party portal: date under the speech title in Chinese numerals (neutral line) differs from the page's date; speaker line neutral; a study-points prompt and a read-on-phone QR line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【红色物业·志愿先锋】在瑫园社区“红色烟感”志愿服务队成立仪式上的讲话_瓘城党建网</title>
<script src="/js/djw-stat.js"></script></head>
<body>
<div class="dj-top">⟦m 瓘城党建网⟧ ⟦m 中共瓘城区委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　党建要闻　基层风采　志愿先锋　学习园地　党员服务⟧</div>
<div class="dj-loc">⟦m 位置：首页 / 志愿先锋 / 讲话文稿⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 来源：瑫园街道党工委　发布：2025-04-01　浏览：577⟧</div>
<p class="dj-center">（二〇二五年三月二十八日）</p>
<p class="dj-center">瑫园街道党工委书记　莫静澜</p>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-score">⟦a 党员登录后阅读满3分钟可计学习积分1分⟧</div>
<div class="dj-qr">⟦a 扫描右侧二维码，手机上接着读⟧</div>
<div class="dj-rel">⟦l 相关阅读：社区党组织领办“红色物业”的几点做法⟧</div>
</div>
<div class="dj-foot">⟦m 瓘城党建网　版权所有⟧ ⟦m 湘ICP备13007715号⟧</div>
</body></html>
""",
        body="""
同志们、志愿者朋友们：
今天，瑫园社区“红色烟感”志愿服务队正式成立了。我代表街道党工委，向报名参加服务队的46名党员和居民志愿者表示感谢！
瑫园社区老旧楼栋多、独居老人多，去年辖区发生的三起居民家庭火情，都是在夜间，都因为发现晚而造成了损失。一只几十元的烟感报警器，关键时刻就能救命。
服务队成立后，要做好三件事：一是上门安装，今年上半年为辖区独居老人家庭全部装上烟感报警器；二是定期巡访，每季度上门测试一次、换一次电池；三是宣传教育，教会老人听懂报警声、记住逃生路线。
社区党委要把服务队建设纳入党建工作考核，街道将在经费和物资上全力保障。希望大家守好楼栋、守好万家灯火！
""",
    ),
    dict(
        slug="dangjian-suishui-summary-kettle-table",
        site="璲水先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.suishuixf.example.gov.cn/jcdj/zbfc/202501/t20250123_3318.html",
        title="机关第三党支部“暖壶进万家”志愿服务工作总结",
        record_title="支部风采丨机关第三党支部“暖壶进万家”志愿服务工作总结 - 璲水先锋网",
        date="2025-01-20",
        date_also=["2025-01-23"],
        notes="Party portal as text: a data table, one row a paragraph with ideographic spaces; 成文日期 under the signature differs from the portal's date; study-points prompt between paragraphs",
        page="""
!m 璲水先锋网　　中共璲水县委组织部
!m 首页 ＞ 基层党建 ＞ 支部风采
{T}
!m 发布日期：2025-01-23　　来源：县直机关工委　　【字号 大 中 小】
{BODY}
!a 学习强国号同步推送　　分享到：微信 / 微博
!l 上一篇：“党员进网格”工作推进会召开
!l 下一篇：县直机关2025年党建工作要点
!m 主办：中共璲水县委组织部　承办：璲水县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
2024年10月至12月，机关第三党支部组织党员开展“暖壶进万家”志愿服务，为联系村的独居老人、困难家庭送去防干烧电热水壶，并检修家中用电线路。现将有关情况总结如下。
一、基本情况
支部29名党员分5组，先后走访联系的3个村和1个社区，具体如下：
走访村（社区）　走访户数　送出电热水壶（台）　更换插座（个）
瑮家坪村　46　46　18
骍岭村　38　35　11
琎河村　27　27　9
瑫园社区　52　50　23
⟦a 本文已收入“支部风采”专栏，阅读打卡可积1分⟧
二、主要做法
一是摸清底数，出发前由村干部提供名单；二是同去电工，党员中的两名电工全程参加线路检修；三是教会使用，每送一台都当面教老人操作，并贴上“用后拔插头”提示贴。
三、下步打算
今年将把这项活动作为支部常态化志愿服务项目，每季度回访一次。
中共璲水县直机关第三支部委员会
2025年1月20日
""",
    ),
    dict(
        slug="hospital-xuanzhou-burns-cooker-steam",
        site="璿州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://www.xzsey.example.com/kpzs/shaoshang/2025/0718/2204.html",
        title="被高压锅蒸汽烫伤，第一时间这样做",
        record_title="【烧伤整形科·科普】被高压锅蒸汽烫伤，第一时间这样做-璿州市第二人民医院",
        date="2025-07-18",
        notes="hospital site: the department's own 咨询电话 in the body beside the hospital's booking line, 24-hour line and a floating consult box; byline 发布时间 is the date; an image-copyright notice between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【烧伤整形科·科普】被高压锅蒸汽烫伤，第一时间这样做-璿州市第二人民医院</title>
<script src="/static/js/yy-float.js"></script></head>
<body>
<div class="hos-top">⟦m 璿州市第二人民医院⟧ ⟦m 三级甲等综合医院⟧ <span>⟦w 预约挂号：0739-2299120⟧</span> <span>⟦w 24小时急救：0739-2299120转1⟧</span></div>
<div class="hos-nav">⟦m 首页 医院概况 科室导航 专家介绍 健康科普 就医指南⟧</div>
<div class="hos-crumb">⟦m 当前位置：健康科普 &gt; 烧伤整形科⟧</div>
<div class="hos-art">
<h1>{T}</h1>
<div class="hos-meta">⟦m 发布时间：2025-07-18　作者：烧伤整形科 乔映雪　审核：医务部⟧</div>
<div class="hos-body">
{BODY}
</div>
<div class="hos-tags">⟦l 标签：烫伤　急救　厨房安全⟧</div>
</div>
<div class="hos-float">⟦w 在线问诊⟧ ⟦w 智能导诊⟧</div>
<div class="hos-foot">⟦m 地址：璿州市明璏大道55号⟧　⟦m 湘ICP备10021157号⟧<br>⟦d 本站科普内容仅供参考，不能代替医生面诊⟧</div>
</body></html>
""",
        body="""
夏天做饭，不少人着急开高压锅，锅盖一掀，一股蒸汽扑到手上、脸上，造成烫伤。上周，我科一天就接诊了三名这样的患者。
蒸汽烫伤第一步是“冲”。立即用流动的凉水冲洗烫伤部位15到30分钟，直到不再疼痛。不要用冰块直接敷，也不要涂牙膏、酱油。
⟦d 图片来源网络，侵删⟧
第二步是“脱”。在冷水中小心脱去衣物和戒指、手表，粘住皮肤的衣物不要硬扯，可用剪刀剪开。
第三步是“盖”和“送”。用干净的纱布或毛巾轻盖伤口，起了大水疱、伤到面部或范围超过手掌大小的，要尽快就医。
更重要的是预防：高压锅一定要等自然冷却、浮子阀落下后再开盖，切勿强行开盖。
烧伤整形科咨询电话：0739-2299473（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-aoling-notice-ward-smoke-alarm-test",
        site="璈岭县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.alxrmyy.example.cn/yygk/tzgg/20250909/1182.html",
        title="关于住院部烟感报警器年度检测的通知",
        record_date="2025-09-09",
        date="2025-09-09",
        notes="hospital notice as text; record gives title and date; a notice to patients and escorts with the 保卫科 duty line beside the hospital's switchboard",
        page="""
!m 璈岭县人民医院　　仁心仁术　守护璈岭
!m 首页 | 医院概况 | 就医指南 | 通知公告
{T}
!m 来源：保卫科　　时间：2025-09-09　　阅读：361
{BODY}
!w 医院总机：0739-7310120　　门诊咨询：0739-7310100
!l 上一条：关于调整中秋节期间门诊安排的通知
!l 下一条：2025年第三季度住院患者满意度调查结果
!m 璈岭县人民医院　版权所有　湘ICP备09011306号
""",
        indent="\u3000\u3000",
        body="""
各科室、住院患者及陪护家属：
根据消防安全管理要求，医院定于9月15日至9月19日对住院部1至12楼病区的烟感报警器进行年度检测。现将有关事项通知如下：
一、检测期间，检测人员将使用测试烟雾逐个触发报警器，病区可能短时出现报警声，属于正常测试，请大家不必惊慌。
二、检测人员均佩戴工作证，进入病房前会先告知，请各病区护士站做好引导，危重患者病房安排在床旁治疗间隙进行。
三、检测期间请勿在病房内吸烟、使用明火，发现烟感报警器损坏请及时告知护士站。
如有疑问，请联系保卫科，值班电话：0739-7310119。
璈岭县人民医院保卫科
2025年9月9日
""",
    ),
    dict(
        slug="university-xuanzhou-news-waterbird-survey-h1",
        site="璿州师范学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xzsfxy.example.edu.cn/info/1047/21883.htm",
        title="生命科学学院师生赴琎河湿地开展冬季水鸟调查",
        record_title=None,
        date="2025-01-12",
        notes="university news page, no record title: the <h1>; a dotted date is the date; a photo caption and a source/editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>璿州师范学院新闻网</title>
<script src="/system/resource/js/counter.js"></script></head>
<body>
<div class="xy-top">⟦m 璿州师范学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 院系快讯⟧</a> <a>⟦m 媒体师院⟧</a></div>
<div class="xy-pos">⟦m 您的位置：新闻网 » 院系快讯⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 2025.01.12　作者：生命科学学院　点击：⟧<span>⟦m 1093⟧</span></div>
<div class="xy-content">
{BODY}
</div>
</div>
<div class="xy-next">⟦l 上一条：我校在全省大学生生物学竞赛中获佳绩⟧ ⟦l 下一条：化学与材料学院举行期末安全检查⟧</div>
<div class="xy-foot">⟦m 璿州师范学院党委宣传部主办⟧ ⟦m 地址：璿州市学苑路8号⟧</div>
</body></html>
""",
        body="""
1月10日至11日，生命科学学院动物学教研室组织28名师生赴琎河湿地，参加全省冬季水鸟同步调查。
师生们分成四组，沿湿地南岸和北岸的固定样线行进，用双筒望远镜搜寻、单筒望远镜计数，逐一记录鸟种、数量和位置。两天共记录水鸟41种、1.2万余只，其中有国家一级重点保护野生动物青头潜鸭6只。
⟦m 图为学生在观测点用单筒望远镜计数。⟧
带队教师虞闻溪说，调查数据将汇入全省水鸟数据库，同时作为学生野外实习的考核材料。参加调查的2023级学生汤若谷说，第一次在寒风里一站就是三个小时，才明白课本上每一个数字都来之不易。⟦m （文/图：卞知远　编辑：阮青）⟧
""",
    ),
    dict(
        slug="university-ligong-notice-dorm-kettle-registration",
        site="璿州理工学院后勤保障处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.xzlg.example.edu.cn/tzgg/2025/0903/1509.htm",
        title="关于学生公寓电热水壶集中登记的通知",
        record_title="关于学生公寓电热水壶集中登记的通知-后勤保障处-璿州理工学院",
        date="2025-09-03",
        notes="university office page as text: a sentence telling students to 扫码登记 is body; the office's own 联系电话 beside the site's technical line; 成文日期 under the signature",
        page="""
!m 璿州理工学院　后勤保障处
!m 首页　部门概况　服务指南　通知公告　下载专区
!m 当前位置：首页 >> 通知公告 >> 正文
{T}
!m 作者：公寓管理中心　　日期：2025-09-03　　浏览次数：2577
{BODY}
!a 【打印该页】　【关闭该页】
!l 相关通知：关于开展新学期学生公寓安全检查的通知
!m 版权所有：璿州理工学院后勤保障处
!w 网站技术维护：网络信息中心　0739-2688001
""",
        indent="\u3000\u3000",
        body="""
各学院、全体住宿学生：
为方便学生饮水，同时防范宿舍用电风险，学校本学期起允许学生公寓每间宿舍使用一台经登记的电热水壶。现将登记事项通知如下：
一、允许使用的电热水壶功率不超过1500瓦，须有3C认证标志和防干烧功能。
二、请各宿舍舍长于9月15日前扫描宿舍门后的二维码，填写电热水壶品牌、型号和功率，上传产品铭牌照片。
三、登记后由楼栋管理员核对，发放“已登记”标签，贴在壶底。未登记或不符合要求的电热水壶，一经查出按违规电器处理。
联系电话：0739-2688316（公寓管理中心）。
璿州理工学院后勤保障处
2025年9月3日
""",
    ),
]
