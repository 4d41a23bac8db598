"""holdout376, part C: Q&A sites, personal collections, Party-building sites, hospitals, colleges.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="qa-wengemingbai-what-to-engrave-on-dog-tag",
        site="问个明白 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.com/q/38820417.html",
        title="给狗做狗牌，上面刻哪些信息比较好？",
        record_title=None,
        date=None,
        notes="no title in the record: the question in the <h1> is the title; the adopted answer is the body; "
        "relative answer time (2 个月前), so no date; vote row and more answers",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问个明白 - 有问题，问个明白</title>
<script src="//s.wengemingbai.com/q/detail.js"></script>
</head>
<body>
<div class="wg-top">⟦m 问个明白⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wg-cate">⟦m 分类：宠物 › 狗狗 › 日常用品⟧</div>
<div class="wg-q">
<h1>{T}</h1>
<p class="wg-qmeta">⟦m 提问者：奶糖的铲屎官　浏览 2.6万次⟧</p>
</div>
<div class="wg-best">
<div class="badge">⟦m ✔ 提问者采纳的回答⟧</div>
<div class="wg-ans-user">⟦m 汪星人驿站　宠物话题活跃答主　回答于 2 个月前⟧</div>
<div class="wg-ans">
{BODY}
</div>
<div class="wg-vote">⟦a 有帮助 326　|　没帮助 4　|　评论 18⟧</div>
</div>
<div class="wg-more"><h3>⟦l 其他11个回答⟧</h3>
<p>⟦l 豆豆家：我只刻了电话，够用了，字太多反而看不清……⟧</p>
<p>⟦l 匿名用户：建议带芯片的那种，扫一下就出信息……⟧</p></div>
<div class="wg-rel"><h3>⟦l 大家还在问⟧</h3>
<p>⟦l 狗牌用不锈钢的好还是铜的好？⟧</p><p>⟦l 狗狗走丢了怎么找回来？⟧</p></div>
<div class="wg-foot">⟦d 本页回答由网友提供，仅代表答主个人观点，请审慎参考。⟧ ⟦m 问个明白 wengemingbai.com 湘ICP备21013067号⟧</div>
</body>
</html>
""",
        body="""
养狗八年，前后给两只狗做过三块狗牌，说说我的经验。
狗牌正面建议只刻三样：狗的名字、主人手机号、一句“我走丢了，请联系我”。手机号最好刻两个，万一一个打不通还有另一个。
不建议刻的：主人全名、详细住址。狗牌是给陌生人看的，信息太全反而不安全。
如果所在城市要求办理犬只登记，记得把登记编号也刻上，或者直接挂政府发的登记牌，自己做的那块当备用。
材质上，不锈钢和铝合金都可以，激光刻字比冲压的清楚，用几年也不会磨平。挂的时候用O形环扣在项圈上，比挂钩牢靠。
最后提醒一句：换了手机号，一定记得重新做牌子。我家第一只狗走丢那次，牌子上还是三年前的旧号码，差点就找不回来了。
""",
    ),
    dict(
        slug="qa-tiyuwenda-pommel-horse-starting-age",
        site="体育问答堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.tiyuwenda.cn/question/61027.html",
        title="孩子学体操，鞍马一般几岁开始练？",
        record_title="孩子学体操，鞍马一般几岁开始练？ - 体育问答堂",
        date=None,
        notes="Q&A as text: the question is the title; the best answer is the body; answered 4 天前, no date; "
        "answerer card, vote line and related questions",
        page="""
!m 体育问答堂 · 运动问题有人答
!m 问答首页 > 体操 > 少儿体操
!t 孩子学体操，鞍马一般几岁开始练？ - 体育问答堂
!m 提问：小树苗爸爸　｜　3人关注此问题
!m 最佳答案　答主：体校老孟（认证：业余体校教练）　回答于 4 天前
{BODY}
!a 赞同 97　反对 1　|　收藏回答　|　分享
!l 其他回答（5）
!l 同问：男孩学体操会不会长不高？
!l 同问：少儿体操班一节课多少钱合适？
!m 体育问答堂 tiyuwenda.cn　©2018-2025　苏ICP备18027705号
""",
        body="""
我是业余体校的体操教练，带少儿体操十几年了，简单回答一下。
鞍马是男子体操项目，一般不会一上来就练。孩子先从基本功练起：倒立、支撑、摆动，差不多要练一到两年。
6到7岁开始，可以在地上放的“蘑菇”（一种圆形练习器）上找全旋的感觉，安全又有趣。
8到9岁，上肢力量和肩带稳定性跟上了，才上少儿鞍马，先练单腿摆越、支撑移位这些简单动作。
至于能不能练出来，要看孩子的臂力、柔韧和兴趣。家长别着急，每周练三次、每次一个半小时左右就够了，练太多容易伤手腕。
以上仅供参考，具体还是带孩子到正规体校或俱乐部，请教练当面评估一下。
""",
    ),
    dict(
        slug="collection-fanhu-memoir-wooden-pommel-horse-gb2312",
        site="番湖闲录 (invented retired teacher's collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.fanhuxianlu.net/juan4/047.htm",
        title="父亲做的木头鞍马",
        record_title="《番湖闲录》卷四·父亲做的木头鞍马",
        date=None,
        notes="gb2312 collection page: marquee, 繁體 link, volume links, the author's mailbox and a visitor counter; "
        "only 写于冬至夜 at the end: no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《番湖闲录》卷四·父亲做的木头鞍马</title>
<style type="text/css">td{font-size:14px;line-height:24px}</style>
<script language="JavaScript" src="../count/counter.js"></script>
</head>
<body bgcolor="#fbf8ef">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 番湖闲录⟧</font><br>⟦m 钟守拙文存　一个乡村教师的旧事簿⟧</td></tr>
<tr><td><marquee behavior="alternate" scrollamount="2">⟦d 小站为私人文集，不接广告，文章转载请注明出处⟧</marquee></td></tr>
<tr><td align="right"><a href="/big5/juan4/047.htm">⟦a 繁體版⟧</a>　<a href="/">⟦m 返回目录⟧</a></td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←前一篇：村小的那口钟⟧　⟦l 后一篇：赶集记→⟧</td></tr>
<tr><td align="center">⟦l 卷一　少年　卷二　师范　卷三　教书　卷四　父亲　卷五　杂记⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：zhongshouzhuo@fanhuxianlu.net⟧</td></tr>
<tr><td align="center">⟦m 本页已被翻阅 004217 次⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
上世纪七十年代，公社中学里没有体操器材。父亲是学校的木匠，见我们几个男孩子整天在操场边翻跟头，就琢磨着给学校做一台鞍马。
他没见过真鞍马，只在一本旧画报上看过照片。他用两根老榆木做马身，四条腿是队里淘汰的犁辕，鞍环是请铁匠铺打的两个铁环，外面缠了几层麻绳。马身上蒙的不是皮子，而是母亲从旧帐篷上拆下来的帆布。
那台鞍马又沉又硬，撑上去硌得手心生疼。可我们还是天天放学后抢着练，摔下来就拍拍土再上。体育老师说，动作是不标准，可胆子是练出来了。
后来我考上师范，学了体育，才第一次摸到真正的鞍马。教练让我做个支撑摆动，我一撑上去，眼泪差点掉下来——那股劲儿，和当年在父亲做的木鞍马上是一样的。
父亲前年走了。学校早已翻建，那台木鞍马不知去了哪里。我常想，它大概化成了哪户人家灶膛里的一把火，暖过一个冬天。
写于冬至夜
""",
    ),
    dict(
        slug="collection-chayu-essay-brass-dog-tag-oneline",
        site="茶余集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://chayuji.example-home.cn/ji3/lao-huang.html",
        title="老黄的铜狗牌",
        record_title="茶余集 › 辑三 › 老黄的铜狗牌",
        date=None,
        notes="an essay on one line (paragraphs separated only by their indent); no date anywhere; chapter links "
        "and a read counter",
        page="""
!m 茶余集　｜　饭后茶余，随手记下
!m 目录：辑一 故乡 · 辑二 旧人 · 辑三 猫狗 · 辑四 杂感
!t 茶余集 › 辑三 › 老黄的铜狗牌
{BODY}
!l 本辑上一篇：外婆的猫　｜　本辑下一篇：邻居家的鹅
!m 已读 1306 次
!d 文章系作者原创，转载请先来信，谢谢。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
院子里的老黄是一条土狗，十四岁了，牙掉了好几颗，耳朵也不太灵。它脖子上挂着一块铜狗牌，是我父亲在它两岁那年托镇上的老银匠打的。
牌子只有拇指大，正面刻着“老黄”两个字，背面刻着家里的座机号码。那时候村里还没人给狗挂牌，邻居们笑我父亲把狗当孩子养。
有一年老黄追野兔跑丢了，三天没回来。第四天傍晚，隔壁村一位大叔骑着自行车把它送了回来，说是看了牌子上的电话，打到我家小卖部问的路。
后来座机拆了，号码早就不通，可那块铜牌一直没换。铜牌被磨得发亮，字迹也浅了，老黄走起路来，它就在胸前叮当叮当地响。
父亲说，等老黄走了，这块牌子就收起来，放在他的抽屉里。
""",
    ),
    dict(
        slug="party-jiantang-speech-kettlebell-month",
        site="箭塘党员之家 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jtdyzj.gov.cn/jgdj/2025/1014/8827.html",
        title="县直机关工委书记在“强体魄·壶铃健身月”活动启动会上的讲话",
        record_title="【机关工委·活动部署】县直机关工委书记在“强体魄·壶铃健身月”活动启动会上的讲话_箭塘党员之家",
        date="2025-10-09",
        date_also=["2025-10-14"],
        notes="Party portal: the speaker's name and the date under the speech title are neutral; the page's posting "
        "date differs; study-points prompt and read-on-phone QR line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【机关工委·活动部署】县直机关工委书记在“强体魄·壶铃健身月”活动启动会上的讲话_箭塘党员之家</title>
<script src="/js/dj-common.js"></script>
</head>
<body>
<div class="dj-banner">⟦m 箭塘党员之家⟧ ⟦m 中共箭塘县委组织部主办⟧</div>
<div class="dj-nav">⟦m <a>首页</a> <a>党建要闻</a> <a>机关党建</a> <a>基层组织</a> <a>党员教育</a> <a>先锋风采</a>⟧</div>
<div class="dj-where">⟦m 您在这里：首页 - 机关党建 - 工作部署⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-src">⟦m 2025-10-14　来源：县直机关工委　阅读 733⟧</div>
<p class="c">雷振宇</p>
<p class="c">（2025年10月9日）</p>
{BODY}
<div class="dj-study">⟦a 阅读满3分钟可获学习积分1分，今日已获0分⟧</div>
<div class="dj-qr">⟦a 用手机扫描二维码，随时随地学⟧</div>
<div class="dj-pn">⟦l 上一篇：县直机关开展“四强”党支部创建观摩⟧<br>⟦l 下一篇：机关党员下沉社区服务情况通报⟧</div>
</div>
<div class="dj-side"><h4>⟦l 机关党建专题⟧</h4><p>⟦l 模范机关创建进行时⟧</p><p>⟦l 机关党员志愿服务风采⟧</p></div>
<div class="dj-foot">⟦m 箭塘党员之家　地址：箭塘县鸣弓路1号　邮编 655800⟧<br>⟦m 滇ICP备16008832号-2⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，县直机关工委、县总工会联合启动“强体魄·壶铃健身月”活动。机关干部职工长期伏案工作，颈椎病、腰肌劳损、体重超标的情况比较普遍。今年体检数据显示，县直机关干部职工中血脂偏高的占到31%。身体是干事创业的本钱，这个账大家都要算清楚。
为什么选壶铃？一是省场地，一个会议室、一块空地就能练；二是见效快，每次二十分钟，力量和心肺都能练到；三是成本低，工委为每个机关党组织配发了4只不同重量的壶铃，不用大家再花钱。
活动期间，请各机关党组织做到三点：第一，把健身融入日常，工间操时间可以安排壶铃练习；第二，发挥党员带头作用，支部书记带头练、带头坚持；第三，注意安全，先学动作再上重量，有基础疾病的同志要量力而行。
同志们，强健的体魄是担当作为的基础。希望大家行动起来，练出好身体、练出精气神！
""",
    ),
    dict(
        slug="party-ciping-summary-dog-tag-volunteers-table",
        site="慈坪党建 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.cipingdj.cn/jcdj/20251128/3317.html",
        title="社区党支部“文明养犬·佩牌出行”志愿服务活动总结",
        record_title="社区党支部“文明养犬·佩牌出行”志愿服务活动总结〔兹湖镇〕- 基层党建 - 慈坪党建",
        date="2025-11-25",
        date_also=["2025-11-28"],
        notes="Party site as text: a data table by grid (one row a paragraph, cells apart by ideographic spaces); "
        "成文日期 under the signature differs from the posting line",
        page="""
!m 慈坪党建　慈坪县委组织部
!m 首页 ＞ 基层党建 ＞ 城市社区
!t 社区党支部“文明养犬·佩牌出行”志愿服务活动总结〔兹湖镇〕- 基层党建 - 慈坪党建
!m 发布日期：2025-11-28　作者：兹湖镇党委　浏览：402
!a 学习时长达标后自动计入本年度学习积分
{BODY}
!a 【大字】【中字】【小字】　【打印】　【关闭】
!l 相关链接：宰山乡开展“党员联户”大走访｜和平社区“红色物业”试点见成效
!m 中共慈坪县委组织部主办　电话：0918-4210088　黔ICP备19002763号
""",
        indent="\u3000\u3000",
        body="""
今年8月至11月，兹湖镇和平社区党支部组织党员志愿者开展“文明养犬·佩牌出行”志愿服务活动，现将活动情况总结如下。
一、主要做法
支部把辖区划分为6个网格，每个网格由2名党员志愿者包干，上门摸排养犬户，宣传登记佩牌政策，协助老年居民办理犬只登记。
二、活动成效
活动期间各网格开展情况如下：
网格　走访户数　登记犬只　发放狗牌
一网格　126　31　31
二网格　98　24　22
三网格　143　37　37
四网格　87　19　19
五网格　112　28　26
六网格　105　22　22
三、存在不足和下步打算
个别养犬户仍存在遛狗不挂牌、不拴绳的情况。下一步，支部将联合社区民警开展夜间巡查，并对尚未领牌的4户继续上门做工作。
中共兹湖镇和平社区支部委员会
2025年11月25日
""",
    ),
    dict(
        slug="hospital-jianxi2-battle-rope-shoulder-article",
        site="剑溪市第二人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.jxdeyy.com/kpyd/2025/0622/1470.html",
        title="战绳训练后肩膀疼？运动医学科医生来支招",
        record_title="【运动医学·练出健康】战绳训练后肩膀疼？运动医学科医生来支招-健康科普-剑溪市第二人民医院",
        date="2025-06-22",
        notes="hospital article: byline 发布时间 is the page's date; the department's 咨询电话 inside the body beside "
        "the hospital's booking and 24-hour lines; a booking float and an experts list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【运动医学·练出健康】战绳训练后肩膀疼？运动医学科医生来支招-健康科普-剑溪市第二人民医院</title>
<script src="/js/yy-float.js"></script>
</head>
<body>
<div class="yy-top">⟦m 剑溪市第二人民医院⟧ ⟦m 三级乙等综合医院⟧ <span>⟦m 24小时急诊：0916-8231120⟧</span></div>
<div class="yy-nav">⟦m <a>首页</a> <a>医院概况</a> <a>科室导航</a> <a>专家介绍</a> <a>就医指南</a> <a>健康科普</a>⟧</div>
<div class="yy-pos">⟦m 首页 / 健康科普 / 运动医学⟧</div>
<div class="yy-art">
<h1>{T}</h1>
<div class="yy-meta">⟦m 发布时间：2025-06-22　供稿：运动医学科　点击：918⟧</div>
{BODY}
<div class="yy-tools">⟦a 分享　打印　关闭⟧</div>
</div>
<div class="yy-side"><h3>⟦l 运动医学科专家⟧</h3>
<p>⟦l 翟明远　副主任医师　周二全天⟧</p><p>⟦l 柯雨桐　主治医师　周四上午⟧</p></div>
<div class="yy-float">⟦a 预约挂号 ＞ 微信关注“剑溪二院”即可预约⟧</div>
<div class="yy-foot">⟦m 地址：剑溪市奇峰区弦歌路66号　预约挂号：0916-8231000⟧<br>⟦m 陇ICP备18006254号-1⟧</div>
</body>
</html>
""",
        body="""
⟦a 🔊 点击收听本文（2分18秒）⟧最近，运动医学科门诊接诊了好几位因练战绳导致肩膀疼痛的患者。他们大多是健身新手，一上来就连续甩绳两三分钟，第二天肩膀就抬不起来了。
运动医学科副主任医师翟明远介绍，战绳训练时肩关节反复快速摆动，如果热身不够、动作不规范，容易引起肩袖肌腱炎、肩峰下滑囊炎等损伤。
预防肩伤，要注意以下几点：
一是练前充分热身，做肩部绕环、弹力带外旋等动作5到10分钟；
二是甩绳时屈膝半蹲，用核心和腿部带动手臂，不要耸肩；
三是控制时长，新手每组20到30秒，组间休息不少于1分钟；
四是出现持续疼痛时立即停止训练，不要“带痛坚持”。
翟医生提醒，如果肩膀疼痛超过一周没有缓解，或者夜间疼醒，应及时就医。运动医学科门诊咨询电话：0916-8231456（工作日8:00—17:00）。
""",
    ),
    dict(
        slug="hospital-huling-tcm-rehab-kettlebell-room-notice",
        site="狐岭县中医医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hlxzyy.cn/yygg/20251125/612.html",
        title="康复医学科运动康复训练室开放通知",
        record_title="康复医学科运动康复训练室开放通知 - 医院公告 - 狐岭县中医医院",
        date="2025-11-24",
        notes="hospital notice as text: the department's 内线 and outside line beside the hospital's switchboard and "
        "24-hour line; 成文日期 under the signature; a booking line and a complaints line in the footer",
        page="""
!m 狐岭县中医医院　二级甲等中医医院
!m 医院总机：0915-6675000　急诊24小时：0915-6675120
!m 首页 » 医院公告
!t 康复医学科运动康复训练室开放通知 - 医院公告 - 狐岭县中医医院
!m 发布者：院办　2025-11-25　阅读 271
{BODY}
!a 〔收藏〕〔打印本页〕〔返回列表〕
!l 最新公告：关于调整元旦期间门诊时间的通知　冬病冬治膏方门诊开诊
!m 投诉监督电话：0915-6675007　地址：狐岭县杏林路9号
""",
        indent="\u3000\u3000",
        body="""
各位患者及家属：
为满足慢性腰痛、术后康复等患者的功能训练需求，我院康复医学科运动康复训练室于2025年12月1日起正式开放。现将有关事项通知如下：
一、训练项目。训练室配有壶铃、弹力带、平衡垫等器材，由康复治疗师根据评估结果制定个体化训练方案，其中壶铃训练主要用于腰背肌力和髋部功能康复。
二、开放时间。周一至周五8:00—11:30、14:30—17:00，法定节假日另行安排。
三、预约方式。须经康复医学科医师评估后预约，每次训练40分钟。初次训练须有治疗师一对一指导，不得自行使用壶铃等负重器材。
四、咨询方式。康复医学科护士站，院内电话（内线）6218，外线0915-6675218。
狐岭县中医医院康复医学科
2025年11月24日
""",
    ),
    dict(
        slug="college-jianxi-sport-pommel-horse-gold-h1",
        site="剑溪体育职业学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jxtyzy.edu.cn/xwzx/xyxw/2025/1103/4417.html",
        title="我院体操队在省大学生运动会鞍马项目中夺金",
        record_title=None,
        date="2025-11-03",
        notes="no title in the record: the <h1>; a dotted byline date is the page's date; a 文/图/审核 line glued "
        "after the last sentence; campus-news list and quick links",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>剑溪体育职业学院-新闻中心</title>
<link rel="stylesheet" href="/css/news.css">
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/news-hits.js"></script>
</head>
<body>
<div class="xy-head">⟦m 剑溪体育职业学院⟧ ⟦m 强体 育人 笃行⟧</div>
<div class="xy-nav">⟦m <a>学院首页</a> <a>学院概况</a> <a>新闻中心</a> <a>教学科研</a> <a>招生就业</a> <a>信息公开</a>⟧</div>
<div class="xy-loc">⟦m 当前位置：学院首页 >> 新闻中心 >> 学院新闻⟧</div>
<div class="xy-news">
<h1>{T}</h1>
<div class="xy-date">⟦m 2025.11.03　点击数：1562⟧</div>
{BODY}
</div>
<div class="xy-side"><h3>⟦l 学院新闻⟧</h3>
<ul><li>⟦l 我院召开2025年秋季运动会⟧</li><li>⟦l 学院与昔川县体校签订共建协议⟧</li></ul>
<h3>⟦l 快速通道⟧</h3><p>⟦l 教务系统 | 图书馆 | 校园邮箱 | 校历⟧</p></div>
<div class="xy-foot">⟦m 学院地址：剑溪市奇峰区健儿路1号　招生咨询：0916-8600700⟧<br>⟦m 陇ICP备12003155号⟧</div>
</body>
</html>
""",
        body="""
10月31日至11月2日，省第十四届大学生运动会体操比赛在省体育馆举行。我院体操队派出6名运动员参赛，获得1金1银2铜，其中运动训练专业2023级学生温子骞以14.166分获得男子鞍马项目金牌。
温子骞入校前是县体校运动员，一度因手腕伤病中断训练。入校后，体操教研室为他制定了康复与训练相结合的计划，重点练习鞍马全旋和托马斯全旋的连接。
“鞍马最怕心急，一急就掉。”温子骞说，决赛时他把动作节奏放慢了半拍，落地那一刻才松了口气。
体操队主教练郝振邦表示，学院将以此次比赛为契机，继续加强鞍马、吊环等弱势项目的训练，争取在明年的全国比赛中取得更好成绩。⟦m 文/体育系 莫春晓　图/学生记者 戴一鸣　审核/杭伟⟧
""",
    ),
    dict(
        slug="college-xichuan-normal-agility-ladder-test-notice",
        site="昔川师范高等专科学校 (invented college site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tyb.xcsz.edu.cn/info/1021/3380.htm",
        title="关于开展2025级新生敏捷梯灵敏素质测试的通知",
        record_title="关于开展2025级新生敏捷梯灵敏素质测试的通知-体育部-昔川师专",
        date="2025-10-13",
        notes="college notice as text: 成文日期 under the signature; a numbered notice with time and place lines; "
        "department site chrome",
        page="""
!m 昔川师范高等专科学校　体育部
!m 首页　部门概况　通知公告　体育教学　群体竞赛　体质测试
!m 通知公告
!t 关于开展2025级新生敏捷梯灵敏素质测试的通知-体育部-昔川师专
!m 作者：教学办　来源：体育部　点击数：809　更新时间：2025-10-13
{BODY}
!a 【关掉本页】
!l 上一条：2025年秋季学期体育选项课选课说明
!m Copyright© 昔川师专体育部　电话：0916-6109213
""",
        indent="\u3000\u3000",
        body="""
各二级学院：
根据《国家学生体质健康标准》和学校体育课程改革方案，体育部决定对2025级新生开展敏捷梯灵敏素质测试，测试成绩计入体育课平时成绩。现将有关事项通知如下。
一、测试时间：2025年10月20日至10月31日，各班按体育课上课时间进行。
二、测试地点：学校东区田径场。
三、测试内容：敏捷梯“进二出二”步法往返一次计时，每人测两次，取最好成绩。
四、注意事项：学生须穿运动鞋，测试前做好热身；有伤病不能参加测试的，须提交医院证明，办理缓测手续。
昔川师范高等专科学校体育部
2025年10月13日
""",
    ),
]
