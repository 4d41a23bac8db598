"""holdout323, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text throughout; see ../README.md and ../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="zhiwentang-qa-nail-file-direction-question-title",
        site="知问堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiwentang.com/question/51820337",
        title="指甲锉应该顺着一个方向锉，还是来回锉？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; adopted-answer badge, vote row, more answers and related questions; 回答于 a relative time; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>指甲锉应该顺着一个方向锉，还是来回锉？ - 知问堂</title>
<link rel="stylesheet" href="https://s.zhiwentang.com/qa/main.4b2e.css">
<script src="https://s.zhiwentang.com/qa/main.4b2e.js" defer></script>
</head><body>
<header class="zw-head"><a class="logo" href="/">⟦m 知问堂⟧</a> <span>⟦m 问得明白，答得实在⟧</span>
<input placeholder="搜索你感兴趣的问题"> <a href="/ask">⟦a 我要提问⟧</a></header>
<div class="zw-q"><h1>{T}</h1>
<p class="zw-q-detail">⟦m 问题补充：网上说法不一，有人说来回锉会让指甲分层。⟧</p>
<p class="zw-q-meta">⟦m 提问者 匿名　关注 57　浏览 4,830⟧</p></div>
<div class="zw-best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 护肤小课堂　美甲师 · 回答于 6 天前⟧</div>
<div class="zw-answer">
{BODY}
</div>
<div class="zw-vote">⟦a ▲ 赞同 286　▼　💬 14 条评论　☆ 收藏⟧</div></div>
<div class="zw-more"><h3>⟦l 其他 3 个回答⟧</h3>
<p>⟦l 阿棠：单向锉，我试过，确实不容易起毛。⟧</p>
<p>⟦l 路人乙：玻璃锉可以来回，金属的不行。⟧</p></div>
<div class="zw-rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 指甲分层是缺什么？⟧</li><li>⟦l 玻璃指甲锉和砂条哪个好？⟧</li></ul></div>
<footer>⟦m © 2025 知问堂 zhiwentang.com　沪ICP备19052276号⟧</footer>
</body></html>
""",
        body="""
建议顺着一个方向锉，不要来回拉。
指甲由一层层角蛋白叠成，来回锉的时候，锉面反复拉扯甲片边缘，容易把层与层之间扯开，时间长了就会分层、起毛。正确的做法是从指甲外侧往中间单向锉，每锉一下把锉抬起来，再从外侧重新开始。
另外，刚洗完手、指甲吸水变软时不要马上锉，这时锉边缘更容易毛糙。锉的角度和指甲边缘大约成45度，两侧不要锉得太深，以免长成嵌甲。
""",
    ),
    dict(
        slug="wenlin-qa-sample-request-footstools-placeholders",
        site="问邻网 (invented Q&A site)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="text",
        source="https://www.wenlin.net/q/7720415.html",
        title="关于为辖区高龄老人发放防滑脚凳的请示",
        record_title="关于为辖区高龄老人发放防滑脚凳的请示怎么写呀？有没有范文（明早就要交）- 问邻网",
        date=None,
        notes="a sample 请示 in an answer, with ×× placeholders and ××××年×月×日 (no date); the answerer's lead-in line is neutral; the title line printed in the answer",
        page="""
!m 问邻网 — 有问题，问问邻居
!m 问邻网 > 公文写作 > 请示报告
!t 关于为辖区高龄老人发放防滑脚凳的请示怎么写呀？有没有范文（明早就要交）
!m 提问者：匿名用户　｜　浏览 1,208 次　｜　5 天前
!m 最佳答案
!m 笔下生风　回答于 4 天前　采纳率 91%
给你一篇，改改数字就能用：
{T}
{BODY}
!a 有帮助(73)　没帮助(2)　　追问
!l 另有2位网友作答
!l 小岑：请示要一文一事，别把别的事写进去。
!l 路过的老秘：落款记得盖章。
!l 相关问题：给老人发放物资的请示怎么写？｜社区申请资金的请示范文
""",
        body="""
××街道办事处：
我社区现有80周岁以上老人××名，其中独居、空巢老人××名。今年以来，辖区已发生老人在卫生间滑倒受伤事件×起，老人家中普遍缺少稳固的垫脚用具。
为减少老人居家跌倒风险，我社区拟为辖区高龄老人每户发放防滑脚凳一只，共需××只，每只约××元，合计××元，拟申请从社区惠民资金中列支。
妥否，请批示。
××社区居民委员会
××××年×月×日
""",
    ),
    dict(
        slug="wanxia-collection-memoir-red-hairband-gb2312",
        site="晚霞书屋 (invented, a retired teacher's collection, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.wanxia-shuwu.net/xiangyi/3-5.htm",
        title="母亲的红塑料发箍",
        record_title="《襕水杂忆》第三辑之五：母亲的红塑料发箍 — 晚霞书屋",
        date=None,
        notes="old table layout with a marquee, a 繁體版 link, chapter links, a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《襕水杂忆》第三辑之五：母亲的红塑料发箍 — 晚霞书屋</title>
<style type="text/css">td{font-size:14px;line-height:26px}</style>
<script language="JavaScript" src="../js/jianfan.js"></script>
</head>
<body bgcolor="#fdf8ee">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="head">⟦m 晚霞书屋 · 一个老教书匠的文字⟧</td></tr>
<tr><td><marquee behavior="scroll" scrollamount="2">⟦m 欢迎光临晚霞书屋，屋中文字皆为笔者旧作，转载请先来信⟧</marquee></td></tr>
<tr><td align="right"><a href="../index.htm">⟦m 书屋首页⟧</a>　<a href="../xiangyi/index.htm">⟦m 襕水杂忆⟧</a>　<a href="../shici/index.htm">⟦m 诗词习作⟧</a>　<a href="javascript:StranBody()">⟦a 繁體版⟧</a></td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="12" cellspacing="0" bgcolor="#ffffff">
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center"><font color="#888888">⟦m 《襕水杂忆》第三辑　第五篇⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：外婆的纺车⟧　　⟦l 返回本辑目录⟧　　⟦l 下一篇：父亲的煤油灯⟧</td></tr>
</table>
<table width="780" border="0" align="center">
<tr><td align="center">⟦m 来信请寄：wanxia_laoyu@wanxia-shuwu.net⟧</td></tr>
<tr><td align="center">⟦m 自二〇〇九年开屋以来，您是第 0031527 位来客⟧</td></tr>
<tr><td align="center">⟦d 书屋文字版权归作者所有，引用请注明出处⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲年轻时有一只红色的塑料发箍，是她在供销社站了半年柜台后，用攒下的工资买的。那时镇上的姑娘大多扎辫子，戴发箍的不多，母亲戴着它去赶集，回来时脸上一直带着笑。
发箍后来断过一次，断在左边耳朵上方。父亲用烧红的铁丝把两截烫在一起，接口处鼓起一个小疙瘩，母亲照旧戴，说这样更好认。
我上初中那年，母亲把发箍给了我。我嫌它土，塞进抽屉就再没拿出来。直到前几年收拾老屋，才在抽屉角落里找到它，红色褪成了浅粉，那个小疙瘩还在。
如今我也到了母亲当年的年纪。那只发箍放在我的书桌上，看着它，就像看见了站在供销社柜台后面的那个姑娘。
""",
    ),
    dict(
        slug="zhuyingxuan-collection-essay-book-chests-oneline",
        site="竹影轩文集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://zhuyingxuan.net/wenji/juan2/11.html",
        title="书箱里的防蛀片",
        date=None,
        notes="record title as is; the whole essay on one line, paragraphs apart only by their indent; a year inside a sentence and a relative update stamp are no date",
        page="""
!m 竹影轩文集 · 散文卷
!m 目录 ＞ 第二卷 旧物篇 ＞ 第十一篇
{T}
!m 作者：竹影轩主人　　字数：约三百字
{BODY}
!l 上一篇：祖母的顶针　　下一篇：院子里的石磨
!d 竹影轩文字版权归作者所有，未经同意请勿转载。
!m 更新于 2 天前
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲留下三只书箱，里面装着他教了一辈子书攒下的课本和笔记。
搬家那年，我打开箱子，一股淡淡的樟香扑面而来。每一层书之间都压着一片防蛀片，纸袋上用钢笔写着日期，最早的一张是一九九八年秋天。
父亲是个细致的人。每年梅雨过后，他都要把书搬到阳台上翻晒，再换上新的防蛀片，把旧的那片收进一个铁皮盒子。
那个铁皮盒子我也找到了，里面整整齐齐码着二十多片用过的防蛀片，一片一个年份。我这才明白，他守着的不只是书。
现在，我也学着父亲的样子，每年秋天给书箱换一次防蛀片，在纸袋上写下日期。
""",
    ),
    dict(
        slug="xianfeng-party-summary-tablet-stands-volunteers-table",
        site="先锋飏川网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.xianfeng-yc.gov.cn/zbfc/202511/t20251120_6612.html",
        title="社区党支部“银龄触网”志愿服务活动工作总结",
        record_title="【支部在线】社区党支部“银龄触网”志愿服务活动工作总结_先锋飏川网",
        record_date="2025-11-20",
        date="2025-11-20",
        notes="record date; a Party branch's summary with a table one row a paragraph; study-points prompt and a scan-to-read line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【支部在线】社区党支部“银龄触网”志愿服务活动工作总结_先锋飏川网</title>
<link rel="stylesheet" href="/css/djw.css">
<script src="/js/djw.js"></script>
</head><body>
<div class="dj-top">⟦m 先锋飏川网 · 中共飏川县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　要闻　支部在线　先锋人物　学习园地　党员服务⟧</div>
<div class="dj-pos">⟦m 当前位置 ＞ 支部在线 ＞ 城市社区⟧</div>
<div class="dj-art"><h1>{T}</h1>
<p class="dj-info">⟦m 发布时间：2025-11-20　供稿：飏苑社区党支部⟧</p>
<div class="dj-con">
{BODY}
</div>
<p class="dj-points">⟦a 登录“先锋学习”后阅读满60秒，计入本年度学习积分⟧</p>
<p class="dj-qr">⟦a 手机扫一扫，随时读支部故事⟧</p>
</div>
<div class="dj-rel"><h3>⟦l 支部在线 · 更多⟧</h3><ul><li>⟦l 羖田镇党员冬训开班⟧</li><li>⟦l 禳坪镇机关支部开展主题党日⟧</li></ul></div>
<div class="dj-foot">⟦m 中共飏川县委组织部　地址：飏川县禳明路9号⟧<br>⟦m 鄂ICP备16008812号-3⟧</div>
</body></html>
""",
        body="""
今年以来，飏苑社区党支部组织党员志愿者开展“银龄触网”志愿服务，帮助辖区老人学用智能设备，取得了较好效果。现将有关情况总结如下。
一、主要做法
党支部发动在职党员和大学生志愿者组成12个帮教小组，每周六上午在党群服务中心开课。针对老人手抖、久看平板脖子酸的问题，支部协调爱心企业捐赠平板支架80只，发给参加学习的老人。
二、服务情况
月份　开课次数　参学老人　发放支架
7月　4　56人次　30只
8月　5　71人次　26只
9月　4　63人次　24只
三、下一步打算
支部将把课程延伸到独居老人家中，开展上门帮教，让更多老人跟上数字生活。
中共飏川县飏苑社区支部委员会
2025年11月20日
""",
    ),
    dict(
        slug="yangchuan-dangjian-speech-footstools-cn-date",
        site="飏川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ycdj.cn/jcsy/2025/1011/22817.html",
        title="在禳坪镇“脚凳进万家”为老服务活动启动仪式上的讲话",
        record_title="〖基层声音〗在禳坪镇“脚凳进万家”为老服务活动启动仪式上的讲话（镇党委书记）- 飏川党建网",
        date="2025-10-09",
        date_also=["2025-10-11"],
        notes="date under the speech title in Chinese numerals and the speaker line are neutral; the 发布时间 differs and is also accepted; a scan-to-study line after the body",
        page="""
!m 飏川党建网 — 凝心铸魂 服务群众
!m 首页 > 基层动态 > 书记讲话
!t 〖基层声音〗在禳坪镇“脚凳进万家”为老服务活动启动仪式上的讲话（镇党委书记）
!m 发布时间：2025-10-11　来源：禳坪镇党委　编辑：任可
!a 【字号 放大 还原】　【打印】　【关闭】
{T}
（二〇二五年十月九日）
禳坪镇党委书记　冼明远
{BODY}
!a 扫码学习本篇，“先锋学习”里可得积分
!l 相关阅读：禳坪镇开展重阳敬老系列活动
!m 主办：中共飏川县委组织部　技术支持：飏川县信息中心
!m 鄂ICP备16008812号
""",
        indent="\u3000\u3000",
        body="""
同志们、老人家们：
重阳刚过，今天我们在这里启动“脚凳进万家”为老服务活动。首批600只防滑脚凳，将由党员志愿者分批送到全镇高龄老人家中。
为什么是脚凳？去年我们走访了全镇两千多户老人，很多老人说，晾衣服、上床、进浴室，最怕脚下没个稳当地方。东西虽小，却是老人们最盼的。
各村党支部要把这件事当作为群众办实事的具体行动，做到送一户、装一户、教一户；党员志愿者要多坐一会儿、多问一句，把老人的其他难处也带回来。
让我们一起把好事办好，让老人们在家里的每一步都走得稳稳当当！
""",
    ),
    dict(
        slug="tiaoshan-tcm-hospital-diabetic-nail-file-booking-lines",
        site="祧山县中医院 (invented hospital site)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.tszyy.com/jkkp/2025/0428/1366.html",
        title="糖尿病患者修趾甲，用指甲锉比剪刀更安全",
        record_title="【糖友课堂】糖尿病患者修趾甲，用指甲锉比剪刀更安全·祧山县中医院",
        date="2025-04-28",
        notes="hospital page with a booking float, a 24-hour line and an experts list; the clinic's own 咨询电话 stays in the body; 发布时间 is the page's date; numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【糖友课堂】糖尿病患者修趾甲，用指甲锉比剪刀更安全·祧山县中医院</title>
<link rel="stylesheet" href="/statics/css/hospital.css">
<script src="/statics/js/float-booking.js"></script>
</head><body>
<div class="hs-top"><span>⟦m 祧山县中医院⟧</span> <span>⟦m 二级甲等中医医院⟧</span>
<span class="tel">⟦m 预约挂号：0719-5286000（7:30-17:30）⟧</span> <span class="tel">⟦m 急诊全天候：0719-5286120⟧</span></div>
<div class="hs-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　党建文化⟧</div>
<div class="hs-pos">⟦m 首页 » 健康科普 » 糖友课堂⟧</div>
<div class="hs-art"><h1>{T}</h1>
<div class="hs-info">⟦m 发布时间：2025-04-28　作者：内分泌科　浏览量：733⟧</div>
<div class="hs-con">
{BODY}
</div>
</div>
<div class="hs-side"><h3>⟦l 内分泌科专家⟧</h3>
<p>⟦l 聂晓棠　副主任护师　周二、周四下午⟧</p><p>⟦l 吕承泽　主任医师　周一、周三上午⟧</p></div>
<div id="float-book">⟦a 在线预约 · 免排队⟧</div>
<div class="hs-foot">⟦m 地址：祧山县禳明路318号　邮编：437200⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 鄂ICP备17022084号⟧</div>
</body></html>
""",
        body="""
糖尿病患者的脚部神经和血管容易受损，一个小伤口就可能发展成难以愈合的溃疡。临床上，不少糖尿病足就是从修趾甲时剪破皮肤开始的。
⟦l 延伸阅读：糖尿病足有哪些早期信号⟧
内分泌科护士长聂晓棠提醒，糖友修趾甲应注意以下几点：
1.洗脚后待趾甲稍软、擦干后再修，水温不超过37摄氏度；
2.尽量用指甲锉代替剪刀，平着锉，不要把两侧角锉得太深；
3.视力不好的老人不要自己修，请家属帮忙或到医院护理门诊处理；
4.发现趾甲周围红肿、流脓，要及时就医。
内分泌科护理门诊每周二、周四下午开诊，可为糖友提供修甲和足部检查服务。咨询电话：0719-5286321。
""",
    ),
    dict(
        slug="yaozhou-no2-hospital-mri-hairband-reminder",
        site="飖州市第二人民医院 (invented hospital site, text)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yzey.com.cn/yxk/tz/2025-05-19/882.html",
        title="关于磁共振检查前摘除金属发箍等饰品的温馨提示",
        record_title="关于磁共振检查前摘除金属发箍等饰品的温馨提示 ⇉ 影像科 ⇉ 飖州市第二人民医院",
        date="2025-05-19",
        notes="a ward reminder on metal hairbands before MRI; department and hospital suffix in the record title; hospital switchboard and booking lines around; signature date",
        page="""
!m 飖州市第二人民医院
!m 医院总机：0736-8820100　　预约挂号请拨：0736-8820114
!m 首页 / 科室导航 / 影像科 / 科室公告
{T}
!m 更新：2025-05-20　来源：影像科
{BODY}
!a 【打印】【收藏】【关闭】
!l 影像科其他公告：CT增强检查注意事项 ｜ 周末检查开放时间调整
!d 医院官网信息仅作就医参考，具体以医生意见为准。
!m 飖州市第二人民医院 版权所有　湘ICP备13004719号
""",
        body="""
各位患者及家属：
磁共振检查室内存在强磁场。金属发箍、发夹、带钢丝的头饰被吸入磁体，可能造成人员受伤和设备损坏，还会在图像上形成伪影，影响诊断。
为保障检查安全，请您在进入检查室前：
一、摘除发箍、发夹、耳环、项链等金属饰品，长发可用无金属的橡皮筋扎起；
二、取出口袋中的手机、钥匙、银行卡；
三、体内有心脏起搏器、金属植入物的，请提前告知医护人员。
科室为候检患者准备了储物柜和一次性布发带，有需要可向登记台领取。
飖州市第二人民医院影像科
2025年5月19日
""",
    ),
    dict(
        slug="youcheng-college-library-footstools-h1-dotted-date",
        site="羑城学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ycxy.edu.cn/info/1032/15508.htm",
        title="图书馆自习区新添百余只脚凳　同学们坐得更舒服了",
        record_title=None,
        date="2025-10-24",
        notes="no title in the record: only the <h1>; a dotted date in the byline is the page's date; a 文/图 line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>羑城学院新闻网</title>
<link rel="stylesheet" href="/dfiles/3921/css/news.css">
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="xy-top"><a href="/">⟦m 羑城学院新闻网⟧</a> <span>⟦m 厚德 笃学 求是 致远⟧</span></div>
<div class="xy-nav">⟦m 学院要闻　综合新闻　教学科研　校园文化　媒体羑院⟧</div>
<div class="xy-pos">⟦m 您的位置：首页 ＞ 综合新闻⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 2025.10.24　　作者：读者服务部　　点击：[<span id="hits">688</span>]⟧</div>
<div class="xy-con">
{BODY}
</div>
<div class="xy-share">⟦a 分享：微信 QQ 微博⟧</div>
<div class="xy-pn">⟦l 上一条：学院举行第十二届运动会⟧<br>⟦l 下一条：外国语学院举办口译大赛⟧</div>
</div>
<div class="xy-foot">⟦m 羑城学院党委宣传部　地址：羑城市禳明路88号⟧<br>⟦m 湘ICP备05011634号⟧</div>
</body></html>
""",
        body="""
近日，细心的同学发现，图书馆三楼、四楼自习区的书桌下多了一只只木质脚凳。这是图书馆根据学生建议新添置的，共计126只。
今年5月，图书馆在读者座谈会上收到建议：自习区座椅偏高，个子不高的同学双脚悬空，坐久了腿麻腰酸。图书馆随即开展调研，选定了高度可调的实木脚凳。
“脚踩实了，坐两三个小时也不累。”外国语学院2023级学生费若溪说。
图书馆负责人表示，今后将继续听取读者意见，把自习空间打造得更舒适。⟦m （文/读者服务部　图/学生记者团）⟧
""",
    ),
    dict(
        slug="youcheng-college-plan-tablet-stands-decimal-headings",
        site="羑城学院资产与实验室管理处 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://zcc.ycxy.edu.cn/tzgg/2025/0610/441.htm",
        title="外国语学院智慧语音教室平板支架配置方案",
        record_title="外国语学院智慧语音教室平板支架配置方案-资产与实验室管理处-羑城学院",
        date="2025-06-05",
        date_also=["2025-06-10"],
        notes="decimal headings 1.1–3.2 stay in the body; column and school suffixes in the record title; signature date differs from the page date",
        page="""
!m 羑城学院 资产与实验室管理处
!m 首页 | 机构设置 | 通知公告 | 规章制度 | 下载中心
!m 当前位置：首页 > 通知公告
{T}
!m 发布日期：2025-06-10　浏览次数：96
{BODY}
!a 【关闭本窗】【打印本文】
!m 地址：羑城市禳明路88号行政楼301　电话：0736-2205118
!m Copyright © 羑城学院资产与实验室管理处
""",
        body="""
1 配置目标
1.1 为外国语学院6间智慧语音教室配置平板支架，满足口语训练和同声传译课程需要。
1.2 解决学生平放平板看屏、低头录音造成的姿势不良问题。
2 技术要求
2.1 支架为桌面固定式，可360度旋转，俯仰角0至70度可调。
2.2 夹持范围覆盖7.9至12.9英寸设备，夹口有硅胶防滑垫。
2.3 底座用螺栓与桌面固定，防止随意移动。
3 实施安排
3.1 7月完成采购，8月暑期完成安装调试。
3.2 安装后由学院实验中心建立台账，每学期检查一次。
资产与实验室管理处
2025年6月5日
""",
    ),
]
