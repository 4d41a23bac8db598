"""holdout256, part C: Q&A sites, personal collections, Party-building sites, hospital sites and
university sites (one HTML page and one text page each). Written by hand; everything is
invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-zhidao-curtain-hooks-keep-falling-html",
        site="知了问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowenda.com/question/48812093.html",
        title="门帘钩总是掉下来怎么办？",
        record_title=None,
        date=None,
        notes=(
            "a Q&A page: no record title, the question is the title (<h1>); an adopted-answer badge, a vote bar, "
            "more answers and related questions; a numbered list in the answer; relative answer time (no date)"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>门帘钩总是掉下来怎么办？_知了问答</title></head><body>
<div class="hd"><a class="logo">⟦m 知了问答⟧</a><input placeholder="搜索你想知道的问题"><a>⟦a 我要提问⟧</a><a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 知了问答 › 生活 › 家居五金⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 门上挂的布门帘，一拉就掉一两个钩子，换了好几次还是掉，有没有好办法？⟧</p>
<p class="q-meta">⟦m 提问者：木棉花开　｜　浏览 1875 次⟧</p>
</div>
<div class="answer best">
<span class="badge">⟦m 提问者采纳⟧</span>
<p class="a-meta">⟦m 五金铺老板娘　回答于 2 天前⟧</p>
{BODY}
<div class="vote">⟦a 有用 96　｜　没用 2　｜　评论　｜　举报⟧</div>
</div>
<div class="more"><h3>⟦l 其余 3 条回答⟧</h3>
<p>⟦l 阳台小菜园：换成带卡扣的那种就不掉了⟧</p>
<p>⟦l 匿名用户：横杆缠点胶布试试⟧</p></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 门帘杆怎么安装不用打孔？⟧</p><p>⟦l 冬天的棉门帘用什么钩子挂？⟧</p></div>
<div class="ft">⟦d 回答内容由网友提供，知了问答不保证其准确性⟧　⟦m 京ICP证140219号⟧</div>
<script src="//s.zhiliaowenda.com/js/question.9d1.js"></script>
</body></html>
""",
        body="""
门帘钩老掉，多半是这三个原因，可以对照着处理：
1. 钩子开口太大。门帘一拉一扯，钩子就从横杆上滑出来。用尖嘴钳把开口夹小一点，留到比横杆直径略大即可。
2. 横杆太细太滑。不锈钢杆表面光，钩子容易跑位，可以在杆上缠一圈透明胶带或者套一段硅胶管，增大摩擦。
3. 钩子材质太软。有些塑料门帘钩用久了会变形，建议换成铁艺或不锈钢的，带防脱卡扣的更好。
另外，挂门帘时把钩子开口统一朝向屋内，拉门帘时不容易被带下来。我家门帘按这个办法调整以后，半年多没掉过一次。
""",
    ),
    dict(
        slug="qa-wenwenkan-new-wine-jar-oneline",
        site="问问看 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenwenkan.net/q/2207319",
        title="新买的酒坛泡酒前要怎么处理？",
        record_title="新买的酒坛泡酒前要怎么处理？ - 问问看",
        date=None,
        notes="a Q&A text page with the answer all on one line (paragraphs apart only by their indent); best-answer line with a relative time (no date); vote row and more answers",
        page="""
!m 问问看 — 有问题，问问看
!m 问问看 > 生活 > 家居日用
{T}
!m 提问者：匿名网友　｜　悬赏 10 分　｜　浏览 2615 次
!a 我也想知道　|　邀请回答
!m 最佳回答　　酿酒老把式　回答于 昨天 20:14
{BODY}
!a 有帮助(58)　没帮助(3)　举报
!l 其他 4 条回答 ▼
!l 相关问题：酒坛封口用什么最好？　泡酒的坛子多大合适？
!d 回答内容来自网友，仅供参考，请自行甄别。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
新买的酒坛不要急着装酒，一般要经过以下几步处理：
第一步，检查渗漏。往坛里灌满清水放一两天，看坛身外面有没有渗水、冒汗的地方，有渗漏的不能用。
第二步，清洗浸泡。用清水加少量食用碱刷洗内壁，再用清水浸泡两三天，每天换一次水，去掉土腥味和烧制残留。
第三步，晾干消毒。把酒坛倒扣晾干，装酒前用少量高度白酒在坛内涮一遍，倒掉不要。
另外要注意，带彩釉的酒坛最好确认一下是不是食品级釉料。泡酒用的坛子，选内壁素烧或者釉面光亮、无气泡的更稳妥。
""",
    ),
    dict(
        slug="collection-wayan-essay-grandfathers-curtain-hooks-html",
        site="瓦檐记 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.wayanji.net/wenji/sanwen/003.htm",
        title="祖父打的门帘钩",
        record_title="《瓦檐记》之三 · 祖父打的门帘钩",
        date=None,
        notes=(
            "an old gb2312 personal collection: a marquee, 繁體/简体 links, chapter links, a visitor counter and "
            "the author's mailbox; an essay ending in a 干支 year line (no date)"
        ),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《瓦檐记》之三 · 祖父打的门帘钩</title>
<style>td{font-size:14px;line-height:180%}</style></head>
<body background="/img/paper.jpg">
<table width="780" align="center" border="0"><tr><td align="center">
<font size="5" color="#663300">⟦m 瓦檐记 —— 邝慎行散文小集⟧</font><br>
<marquee width="600" scrollamount="2">⟦l 欢迎光临寒舍，新添《浞河的渡船》《腊月磨豆腐》两篇，请多指教⟧</marquee><br>
⟦m <a href="index.htm">文集目录</a>⟧ ⟦a | <a href="big5/003.htm">繁體</a> | <a href="003.htm">简体</a> | <a href="guestbook.asp">留言簿</a>⟧
</td></tr>
<tr><td><hr size="1" color="#996633">
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 散文卷 · 第三篇⟧</p>
{BODY}
<hr size="1" color="#996633">
<p align="center">⟦l 〖上一篇：浞河的渡船〗⟧　⟦l 〖返回目录〗⟧　⟦l 〖下一篇：腊月磨豆腐〗⟧</p>
<p align="center">⟦m 来信请寄：kuangshenxing@wayanji.net⟧</p>
<p align="center">⟦m 自二〇〇六年开站以来，您是第 <img src="/cgi-bin/count.gif?df=wyj"> 12903 位读者⟧</p>
<p align="center">⟦d 文中图片文字均为作者所有，转载请先征得同意⟧</p>
</td></tr></table>
<script language="JavaScript">window.status="瓦檐记 · 欢迎来访";</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
祖父是浞河镇上有名的铁匠，打过锄头、镰刀，也打过门环、门钩。我小时候最爱蹲在铺子门口，看他把一根铁条烧得通红，在砧子上敲敲打打，不一会儿就弯出一个门帘钩来。
他打的门帘钩跟别人不一样，钩尾总要卷出一朵小小的云头。我问他为什么费这个工夫，他说：“钩子天天挂在人眼前，要耐看。”
那时镇上人家夏天挂竹帘，冬天挂棉门帘，家家门框上都有一对祖父打的门帘钩。后来铺子关了，祖父也老了，可走在老街上，抬头还能看见那些卷着云头的钩子。
前年老屋翻修，我特意把门口那对门帘钩取下来，擦去锈迹，挂在了城里的书房门口。
（壬寅年腊月，记于浞河老屋）
""",
    ),
    dict(
        slug="collection-sangyu-essay-grandpas-wine-jar",
        site="桑榆晚晴 · 柯守朴文集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.sangyuwanqing.cn/juan2/19.html",
        title="外公的酒坛",
        date=None,
        notes="record title as is; a collection's volume line, chapter links, the family's note and a visitor count; an essay with no date",
        page="""
!m 桑榆晚晴 · 柯守朴文集
!m 目录　｜　散文卷　｜　诗词卷　｜　留言簿
{T}
!m 卷二　散文　第十九篇　　录入：柯守朴之子
{BODY}
!l ← 上一篇：老井　　下一篇：灯草与灯芯 →
!m 本文集收录家父柯守朴先生1985—2019年旧作，由家人整理录入。
!d 文集文字请勿擅自转载，引用请注明作者。
!m 本站访问人次：40217
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
外公家的堂屋角落里，常年立着一只半人高的酒坛，坛口蒙着红布，用麻绳扎得紧紧的。
外公不善言辞，一年到头只在两个日子打开它：一是除夕夜，二是家里有人远行。开坛时，他先用湿毛巾擦净坛口的封泥，再小心揭开红布，一股米酒的甜香就漫了出来。
我十八岁那年去外地读书，临走前一晚，外公破例给我倒了小半碗，说：“喝了这口家乡酒，走到哪都记得回来。”
外公去世后，那只酒坛空了很多年。去年清明回去，舅舅说要把它留给我。我把它搬上车的时候，坛壁碰出一声闷响，像极了外公清嗓子的声音。
""",
    ),
    dict(
        slug="party-haoshui-speech-padded-jackets-launch-html",
        site="淏水党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.hsdj.gov.cn/xfxd/2024/1220/6612.html",
        title="在“冬日送暖·棉袄进万家”志愿服务活动启动仪式上的讲话",
        record_title="【送暖进万家】在“冬日送暖·棉袄进万家”志愿服务活动启动仪式上的讲话_淏水党建网",
        date="2024-12-18",
        date_also=["2024-12-20"],
        notes=(
            "a Party-building portal: a study-points prompt, a read-on-phone QR line, a speaker line and a date "
            "in Chinese numerals under the speech title (neutral lines; the date is the document's); the "
            "portal's 发布时间 differs"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【送暖进万家】在“冬日送暖·棉袄进万家”志愿服务活动启动仪式上的讲话_淏水党建网</title></head><body>
<div class="banner">⟦m 淏水党建网⟧<span>⟦m 中共淏水县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页　要闻动态　先锋行动　组工信息　党员教育　基层风采⟧</div>
<div class="path">⟦m 当前位置：首页 &gt;&gt; 先锋行动⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：县委组织部　发布时间：2024-12-20 16:05　阅读：1042⟧</div>
<div class="points">⟦a 本文阅读满 90 秒可计学习积分 1 分⟧</div>
<p class="speaker">县委常委、组织部部长　蓝正和</p>
<p class="speaker">（二〇二四年十二月十八日）</p>
{BODY}
<div class="qrline">⟦a 掏出手机扫一扫，文章带回家⟧</div>
<div class="rel"><h4>⟦l 相关阅读⟧</h4><p>⟦l 我县启动冬季送温暖专项行动⟧</p><p>⟦l 机关党员进社区开展志愿服务⟧</p></div>
<div class="foot">⟦m 淏水党建网 版权所有　技术支持：县委组织部信息中心⟧　⟦m 湘ICP备15008827号-2⟧</div>
<script src="/js/xxjf.js"></script>
<script>xxjf.start(90);</script>
</body></html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
同志们、志愿者朋友们：
今天，我们在这里举行“冬日送暖·棉袄进万家”志愿服务活动启动仪式，这是县委组织部、县委社会工作部落实“我为群众办实事”的一项具体举措。
今年，我们通过党员认捐、企业捐赠等方式，共筹集新棉袄3200件，将在元旦前送到全县困难老人、留守儿童和环卫工人手中。
在这里，我提三点希望：一要精准对接，把棉袄送到最需要的人手里，做到不漏一户、不落一人；二要用心服务，送衣的同时多问一句冷暖，帮着解决一些实际困难；三要规范管理，捐赠物资的接收、分发要登记造册，及时公示，接受群众监督。
同志们，一件棉袄虽小，却承载着党组织的温暖。希望大家把这份温暖送进千家万户！
""",
    ),
    dict(
        slug="party-haocheng-summary-fly-trap-volunteers",
        site="灏城党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.haochengdj.cn/zbfc/2025/0908/10233.html",
        title="党员志愿服务队夏季灭蝇工作总结",
        record_title="〖支部在行动〗党员志愿服务队夏季灭蝇工作总结 - 灏城党建网",
        date="2025-09-05",
        date_also=["2025-09-08"],
        notes="a Party-building text page: a study-points prompt, a phone-scan prompt, a data table in the body; the portal's 发布时间 differs from the 成文日期",
        page="""
!m 灏城党建网 — 灏城市委组织部主办
!m 首页 ▸ 支部风采 ▸ 志愿服务
!t 〖支部在行动〗党员志愿服务队夏季灭蝇工作总结
!m 来源：市直机关工委　　发布时间：2025-09-08 15:20
!a 学习积分 +1：停留满 60 秒即可获得
{BODY}
!a 用手机扫一扫，随时随地学党建
!l 相关链接：机关党员“双报到”服务指南　|　志愿服务积分兑换办法
!m 灏城党建网 版权所有　湘ICP备16012278号-1
""",
        body="""
今年7月至8月，机关第三党支部组织党员志愿服务队，到联系点巉石镇开展夏季灭蝇志愿服务，现将工作情况总结如下。
一、主要做法
支部发动党员捐款购买捕蝇笼，联合镇卫生院、村“两委”分片包干，在农贸市场、垃圾中转站和村民房前屋后布设捕蝇笼，每周上门更换诱饵、清理虫体。
二、工作成效
项目　数量
参与党员　38人次
布设捕蝇笼　260只
入户宣传　412户
清理卫生死角　57处
据镇卫生院监测，8月下旬农贸市场苍蝇密度比7月初下降约六成。
三、下一步打算
支部将把灭蝇志愿服务纳入常态化联系服务群众清单，明年提前到5月启动。
灏城市直机关第三党支部
2025年9月5日
""",
    ),
    dict(
        slug="hospital-langchuan-mch-padded-jacket-kids-html",
        site="崀川县妇幼保健院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.lcfybjy.com/jkkp/erke/2024-12-10/771.html",
        title="宝宝冬天穿棉袄，这几点家长要注意",
        record_title="【小儿冬季护理】宝宝冬天穿棉袄，这几点家长要注意 - 崀川县妇幼保健院",
        date="2024-12-10",
        notes=(
            "a hospital site: a booking float, a 24-hour line and an experts list next to the department's own "
            "咨询电话 in the last paragraph; the byline's 发布日期 is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【小儿冬季护理】宝宝冬天穿棉袄，这几点家长要注意 - 崀川县妇幼保健院</title></head><body>
<div class="head">⟦m 崀川县妇幼保健院⟧<span>⟦m 二级甲等妇幼保健院⟧</span><span>⟦m 24小时服务热线：0739-6825000⟧</span></div>
<div class="nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　党建文化⟧</div>
<div class="loc">⟦m 首页 > 健康科普 > 儿科⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2024-12-10　作者：儿科 严素琴　浏览：512⟧</div>
<div class="con">
{BODY}
</div>
<div class="expert"><h3>⟦l 儿科专家⟧</h3><p>⟦l 严素琴　主任医师　周二、周四全天⟧</p><p>⟦l 房宇　副主任医师　周一、周五上午⟧</p></div>
<div class="float-yy">⟦a 在线预约 免排队⟧</div>
<div class="foot">⟦m 地址：崀川县城关镇健康路19号⟧　⟦d 本站科普内容仅供参考，不能代替医生诊疗⟧</div>
<script src="/js/yuyue-float.js"></script>
</body></html>
""",
        body="""
天气转冷，不少家长给孩子穿上厚厚的棉袄，里面还要再套两件毛衣。儿科门诊提醒，孩子穿得过厚，反而容易生病。
孩子新陈代谢快，活动量大，穿得太多容易出汗，汗湿的内衣贴在身上，一吹冷风就容易着凉感冒。判断孩子穿得合不合适，可以摸摸后颈，温热无汗就说明刚好。
给孩子穿棉袄，有三点要注意：一是里面穿透气的纯棉内衣，不要穿太多层；二是进入室内或乘车时及时脱掉棉袄；三是婴儿睡觉时不要穿棉袄，以免捂出病来。
如孩子出现发热、咳嗽等症状，请及时到医院儿科就诊。儿科咨询电话：0739-6825530（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-langchuan-notice-ward-curtain-hooks",
        site="崀川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lcxrmyy.com/ywgk/ynzt/2024/1017/3309.html",
        title="关于住院部病房门帘及门帘钩统一更换的通知",
        record_title="关于住院部病房门帘及门帘钩统一更换的通知｜院内通知｜崀川县人民医院",
        date="2024-10-16",
        date_also=["2024-10-17"],
        notes="a hospital text page: the booking and 24-hour lines and the address under the body, next to the notice's own 联系人/内线; the page's date differs from the 成文日期",
        page="""
!m 崀川县人民医院　二级甲等综合医院
!m 首页 > 院务公开 > 院内通知
{T}
!m 发布：总务科　　日期：2024-10-17　　阅读：288
{BODY}
!m 预约挂号：0739-6801120　　24小时急诊：0739-6801120转0
!m 医院地址：崀川县城关镇人民路57号
!d 本站信息仅供参考，就医请以医生面诊意见为准。
""",
        body="""
各临床科室、护理单元：
为落实医院感染防控要求，消除病房门帘脱落、门帘钩锈蚀等安全隐患，总务科定于10月21日至10月30日对住院部1至9楼病房门帘及门帘钩进行统一更换。现将有关事项通知如下：
一、新门帘采用阻燃抗菌面料，门帘钩统一更换为不锈钢防脱款，旧门帘钩由总务科集中回收。
二、更换按楼层分批进行，每个楼层施工时间约半天，具体时间由总务科提前一天电话告知护士长。
三、施工期间请各病区做好患者解释工作，配合施工人员移开床头柜等物品。
联系人：总务科 蒋立群，内线电话：8217。
崀川县人民医院总务科
2024年10月16日
""",
    ),
    dict(
        slug="college-haocheng-news-clothes-clip-recycling-html",
        site="灏城职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hcvtc.edu.cn/xwzx/xyxw/2025/0422/c318a41920/page.htm",
        title="“一只夹子的旅行”宿舍晒衣夹回收再利用活动启动",
        record_title=None,
        record_date="2025-04-22",
        date="2025-04-22",
        notes="a college news page: no record title (the <h1>), a dotted date, 作者/摄影/审核 line, click count, quick links and a footer with the college's address",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>灏城职业技术学院</title></head><body>
<div class="header">⟦m 灏城职业技术学院⟧<span>⟦m 厚德 强技 笃行⟧</span></div>
<div class="nav">⟦m 学院概况　机构设置　教育教学　招生就业　校园生活　信息公开⟧</div>
<div class="column">⟦m 新闻中心 · 校园新闻⟧</div>
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 发布日期：2025.04.22　作者：后勤管理处　摄影：钟晴　审核：郝立军　点击：<span id="visits">936</span>⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="quick">⟦l 快速通道：图书馆 | 教务系统 | 邮箱登录 | 校历⟧</div>
<div class="foot">⟦m 地址：灏城市灏北区职教路1号　邮编：419000⟧<br>⟦m 湘ICP备11019732号⟧</div>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script>
<script>$.get("/_visitcount?siteId=318&articleId=41920",function(n){$("#visits").text(n)});</script>
</body></html>
""",
        body="""
4月21日，由学校后勤管理处和校团委联合主办的“一只夹子的旅行”宿舍晒衣夹回收再利用活动在东区学生公寓启动。
活动期间，各宿舍楼一楼大厅设置回收箱，同学们可将断裂、闲置的晒衣夹投入箱中。回收的塑料晒衣夹将交由合作企业粉碎再造，完好的竹木晒衣夹经消毒后放进“共享夹子角”，供同学们免费取用。
据后勤管理处统计，仅启动当天就回收晒衣夹1800余只。环境科学专业的学生志愿者还在现场讲解了塑料分类回收知识。
校团委负责人表示，将把这项活动作为“绿色校园”建设的常态化项目，每学期末集中开展一次。
""",
    ),
    dict(
        slug="college-haocheng-notice-dorm-curtain-check-wrapped",
        site="灏城职业技术学院学生工作处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xgc.hcvtc.edu.cn/tzgg/2024/1106/c77a40117/page.htm",
        title="关于开展学生公寓门帘安全检查的通知",
        record_title="关于开展学生公寓门帘安全检查的通知 - 学生工作处 - 灏城职业技术学院",
        date="2024-11-06",
        notes="a college department's notice hard-wrapped at 74 columns with indented paragraphs; the 成文日期 under the signature",
        page="""
!m 灏城职业技术学院 · 学生工作处
!m 首页　通知公告　学生资助　心理健康　公寓管理
{T}
!m 发布者：学工处　　时间：2024-11-06　　浏览：1288
{BODY}
!l 【上一篇】关于评选2024年度国家奖学金的通知
!l 【下一篇】关于做好学生冬季安全教育的通知
!m 学生工作处　电话：0730-8412016　版权所有 灏城职业技术学院
""",
        indent="\u3000\u3000",
        wrap=74,
        body="""
各学院：
近期，部分学生公寓宿舍在门框、床架上自行钉挂门帘钩、加装布帘，既存在消防通道受阻隐患，也损坏了公共设施。为营造安全有序的住宿环境，学生工作处决定于11月11日至15日开展学生公寓门帘安全检查。现将有关事项通知如下：
一、检查内容。宿舍门口、阳台门是否违规悬挂可燃门帘；门帘钩是否钉入门框、墙体；床帘是否遮挡烟感探测器。
二、整改要求。检查中发现的违规门帘和门帘钩，由宿舍成员在24小时内自行拆除；确需挂帘遮光的，须使用学校统一配发的阻燃床帘和免钉挂钩。
三、工作安排。各学院辅导员带队入户检查，检查结果纳入文明宿舍评比。
学生工作处
2024年11月6日
""",
    ),
]
