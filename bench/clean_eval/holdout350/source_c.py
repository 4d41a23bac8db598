"""holdout350, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (each once as HTML, once as text).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-dayiwan-mask-fog-adopted-answer-question-title",
        site="答疑湾 (invented, Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dayiwan.com/q/30518842.html",
        title="潜水镜一下水就起雾，有什么办法吗？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; the adopted answer is the body (a numbered list); an "
        "adopted badge, a vote bar and more answers; only relative times (2 天前), no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>答疑湾 - 有问题，来湾里问问</title>
</head>
<body>
<div class="dy-top"><a href="/">⟦m 答疑湾⟧</a> <form><input placeholder="搜一搜你的问题"><button>⟦a 搜答案⟧</button></form> <a class="ask">⟦a 我要提问⟧</a></div>
<div class="dy-crumb">⟦m 答疑湾 &gt; 运动户外 &gt; 潜水浮潜⟧</div>
<div class="dy-q">
<h1>{T}</h1>
<p class="dy-qinfo">⟦m 提问者：浪里白条2023　|　2 天前　|　浏览 955 次⟧</p>
<p class="dy-qdesc">⟦l 问题补充：上周去浮潜，新买的镜子戴上没几分钟就全是雾，什么也看不清。⟧</p>
</div>
<div class="dy-best">
<div class="dy-badge">⟦m ★ 提问者采纳⟧</div>
<div class="dy-user">⟦m 答主：老潜水员阿勇　|　潜水话题优质答主⟧</div>
<div class="dy-ans">
{BODY}
</div>
<div class="dy-vote">⟦a 👍 有用 128　👎 没用 3　|　评论 12　|　分享本回答⟧</div>
</div>
<div class="dy-others"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 海盐不加冰：我一般往镜片上吐口水再涮一下，管用⟧</p>
<p>⟦l 匿名用户：买贵一点的防雾镜片就好了⟧</p></div>
<div class="dy-rel"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 浮潜面镜怎么选才不漏水？⟧</li><li>⟦l 近视可以浮潜吗？⟧</li></ul></div>
<div class="dy-foot">⟦d 回答内容由网友提供，仅供参考，不代表答疑湾观点⟧　⟦m © 2025 答疑湾 琼ICP备21008461号⟧</div>
</body>
</html>
""",
        body="""
新买的潜水镜起雾，多半是镜片上还留着出厂时的一层保护油膜。可以这样处理：
1. 新镜第一次用之前，挤一点无颗粒的牙膏在镜片内侧，用手指轻轻打圈擦拭，再用清水冲干净，重复两三次。
2. 每次下水前，在镜片内侧抹一点防雾剂或者婴儿洗发水，轻轻涮一下水再戴。
3. 戴上以后别用嘴往镜子里呼气，热气遇到冷镜片就会起雾。
注意：钢化玻璃镜片才能用牙膏擦，树脂镜片会被擦花，擦之前先看说明书。
""",
    ),
    dict(
        slug="qa-jiashi-shower-stool-height-text",
        site="家事问问 (invented, Q&A site, text page)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.jiashiww.com/question/771024",
        title="给老人洗澡用的防滑凳，多高合适？",
        record_title="给老人洗澡用的防滑凳，多高合适？ - 家事问问",
        date=None,
        notes="a Q&A as text: the question repeated, an answerer line with a relative time (3 小时前), a glued "
        "like-count row; no date",
        page="""
!m 家事问问 · 居家生活问答
!m 问答首页 › 家居 › 卫浴
!t 问：给老人洗澡用的防滑凳，多高合适？
!m 1 个回答　|　关注 37
!m 热心网友“护理员小周” 回答于 3 小时前
{BODY}
!a 赞同 64　｜　反对　｜　举报
!l 你可能也想问：浴室扶手装多高合适？｜ 防滑垫和防滑凳哪个更实用？
!d 家事问问内容由用户发布，不构成专业建议
""",
        body="""
我在养老院做过护理，说说经验。
高度以老人坐下后大腿基本水平、双脚能平放在地上为准，一般在40到48厘米之间。个子矮的老人选低一点的，膝盖不好的老人反而要高一点，站起来省力。
另外几点也要看：凳脚要有橡胶吸盘或防滑脚套；凳面最好有排水孔，不积水；有条件的选带扶手和靠背的，老人坐着更稳。
买回来后先让老人在干地上坐一坐、站一站，试好了再放进浴室。
""",
    ),
    dict(
        slug="collection-butou-memoir-bamboo-beach-chair-gb2312",
        site="埗头拾贝集 (invented, a retired teacher's collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.butoushibei.com/juan3/09.htm",
        title="父亲编的竹沙滩椅",
        record_title="父亲编的竹沙滩椅（《埗头拾贝集》卷三之九）— 老崥文集",
        date=None,
        notes="old gb2312 table page of a retired teacher's collection: a marquee, volume links, a visitor counter and "
        "the author's mailbox; a memoir with only a 写于 line, no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲编的竹沙滩椅（《埗头拾贝集》卷三之九）— 老崥文集</title>
</head>
<body bgcolor="#eef3ee">
<table width="780" border="0" align="center" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#4f7a5a"><font color="#ffffff" size="5">⟦m 埗头拾贝集⟧</font> <font color="#dfeee2">⟦m 一个老教书匠的海边旧事⟧</font></td></tr>
<tr><td><marquee scrollamount="2">⟦m 欢迎来到老崥的小园子，文章随手写，错字请海涵。⟧</marquee></td></tr>
<tr><td>⟦m 卷一 童年　卷二 讲台　卷三 海边　卷四 杂感⟧</td></tr>
</table>
<table width="780" border="0" align="center" cellspacing="0" cellpadding="8">
<tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 老崥　文　　卷三·第九篇⟧</p>
{BODY}
<p>⟦l ← 前一篇：海堤上的红灯笼⟧　⟦l 后一篇：阿嬷的鱼干筛 →⟧</p>
<p>⟦l 返回卷三目录⟧</p>
</td></tr>
</table>
<table width="780" border="0" align="center" cellspacing="0" cellpadding="3">
<tr><td align="center" bgcolor="#dfe8df">⟦w 来信请寄 laopi1952@126.com⟧　⟦m 本园已接待访客 0082317 人次⟧<br>⟦d 文章版权归作者所有，转载请先来信说一声⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候，家住氹墺镇的海边。每年端午过后，父亲就开始编竹沙滩椅，卖给来海边游玩的城里人。
他先把毛竹劈成两指宽的篾片，在灶上烤软，再弯成椅背的弧度。一把椅子要用四十多根篾片，从早编到晚，也只能编两把。
我最喜欢蹲在旁边看他收口。收口要把篾头一根根压进缝里，压得不紧，坐久了就会扎人。父亲说，椅子是给人坐的，不能让人坐得不舒服。
那些年，镇上的海滩摆满了父亲编的椅子。后来塑料椅、铝合金椅多了，竹椅渐渐没人要了。
父亲去世后，我在老屋阁楼上找到最后一把竹沙滩椅，篾片已经发黄，收口依旧平平整整。
写于乙巳年夏，埗头
""",
    ),
    dict(
        slug="collection-jiuwu-memoir-inner-tube-ring-oneline",
        site="旧屋听潮 (invented, personal collection, text page)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://jiuwutingchao.net/vol1/07.txt",
        title="那只轮胎内胎做的游泳圈",
        record_title="旧屋听潮·卷一｜那只轮胎内胎做的游泳圈",
        date=None,
        notes="a memoir with the whole body on one line (paragraphs only apart by their indent); a volume line and "
        "next/back links; no date",
        page="""
!m 旧屋听潮 · 卷一　少年水事
!t 旧屋听潮·卷一｜那只轮胎内胎做的游泳圈
!m 作者：潮生　第七篇　本卷共十二篇
{BODY}
!l 上一篇：河湾里的鸬鹚船　下一篇：赤脚过海滩
!l 回到目录
!d 本集文字皆为作者原创，请勿转载到其他平台
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
七十年代末，镇上没有卖游泳圈的。我们这些孩子下河，用的都是汽车轮胎的内胎。
内胎是父亲从农机站讨来的，补丁摞着补丁。他打足了气，又在气门嘴上包了一层布，怕划伤我的肚皮。
那只黑乎乎的内胎，比我的个子还高。我抱着它在河湾里扑腾了整整三个夏天，也学会了狗刨。
现在孩子们的游泳圈五颜六色，印着卡通图案。可我总觉得，那只补丁摞补丁的内胎，装着父亲最笨拙也最细心的爱。
""",
    ),
    dict(
        slug="dangjian-yanbu-summary-shower-stool-volunteers-table",
        site="嵒埗先锋网 (invented, district Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.ybxf.gov.cn/zbjs/2025/0812/5571.html",
        title="舠湾社区党支部“防跌倒·送凳上门”志愿服务活动总结",
        record_title="【舠湾先锋行】舠湾社区党支部“防跌倒·送凳上门”志愿服务活动总结_嵒埗先锋网",
        date="2025-08-08",
        date_also=["2025-08-12"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; a table by grid one row a "
        "paragraph; 成文日期 under the signature, the page's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【舠湾先锋行】舠湾社区党支部“防跌倒·送凳上门”志愿服务活动总结_嵒埗先锋网</title>
</head>
<body>
<div class="xf-head"><img src="/img/dh.png" alt=""><span>⟦m 嵒埗先锋网⟧</span><span>⟦m 中共潀埼市嵒埗区委组织部主办⟧</span></div>
<div class="xf-nav">⟦m 首页　组工动态　支部建设　先锋风采　党员教育　网上党校⟧</div>
<div class="xf-pos">⟦m 现在位置：首页 → 支部建设 → 基层动态⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-meta">⟦m 2025-08-12　来源：舠湾社区党支部　浏览：612⟧</div>
<div class="xf-study">⟦a 党员登录后阅读满3分钟可计入学习积分⟧</div>
<div class="xf-con">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫一扫，在掌上先锋继续读⟧</div>
<div class="xf-pn">⟦l 上一篇：嵒埗区开展“两新”组织党建观摩活动⟧<br>⟦l 下一篇：碈石社区党员认领“微心愿”120个⟧</div>
</div>
<div class="xf-foot">⟦m 中共潀埼市嵒埗区委组织部　地址：嵒埗区行政中心4号楼⟧<br>⟦m 琼ICP备10002356号-1⟧</div>
</body>
</html>
""",
        body="""
今年5月至7月，舠湾社区党支部组织党员志愿者开展“防跌倒·送凳上门”活动，为辖区高龄、独居老人免费送去防滑凳并上门安装。现将活动情况总结如下。
一、基本情况
活动共发动党员志愿者36名，走访老人家庭152户，送出防滑凳120张、安装浴室扶手64组。各网格完成情况如下：
网格　走访户数　送出防滑凳　安装扶手
一网格　58　47　25
二网格　49　38　21
三网格　45　35　18
二、主要做法
一是先评估再送凳，志愿者上门查看浴室面积和地面情况，按老人身高调整凳子高度；二是送凳又送教，现场示范坐姿和起身方法；三是建立回访台账，一个月后电话回访使用情况。
三、下一步打算
支部将把送凳活动纳入“党员联户”常态工作，并争取街道资金，为更多老人进行卫生间适老化改造。
中共舠湾社区支部委员会
2025年8月8日
""",
    ),
    dict(
        slug="dangjian-shuangling-speech-beach-post-cn-date",
        site="礵岺党建网 (invented, text page)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.sldj.gov.cn/ldjh/2025/0702/1408.html",
        title="在蟳塯镇“党员护滩岗”启动仪式上的讲话",
        record_title="〔一线声音〕在蟳塯镇“党员护滩岗”启动仪式上的讲话 - 礵岺党建网",
        date="2025-06-30",
        notes="a speech with a speaker line (neutral) and a date line in Chinese numerals under its title; a "
        "follow-the-account line glued after a 。",
        page="""
!m 礵岺党建网
!m 首页 ＞ 领导讲话
!t 〔一线声音〕在蟳塯镇“党员护滩岗”启动仪式上的讲话
!m 发布：礵岺县委组织部　点击：367
{T}
镇党委书记　黎振海
（二〇二五年六月三十日）
{BODY}
!a 〔打印本文〕〔关闭〕
!l 相关链接：蟳塯镇组建党员志愿者护滩队
!m 礵岺党建网　版权所有　联系电话：0898-62903318
""",
        body="""
同志们：
今天，我们在蟳塯湾海滩举行“党员护滩岗”启动仪式。从今天起到8月底，全镇48名党员将分成12个班组，轮流在海滩值守。
设立护滩岗，主要做好三件事：一是巡查劝导，发现有人抱着游泳圈往深水区去、在禁游区下水的，要及时劝回；二是应急救助，每个岗亭配备救生圈、救生杆和急救箱，值守党员都要会用；三是文明引导，提醒游客把用过的游泳圈、饮料瓶带走，不留在沙滩上。⟦a 关注“礵岺先锋”微信号，看更多基层动态⟧
同志们，护滩就是护人。希望大家站好每一班岗，让群众在家门口的海边玩得安心、游得放心。
""",
    ),
    dict(
        slug="hospital-congqi-rehab-shower-stool-hip-booking-float",
        site="潀埼市康复医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.cqkfyy.com/jkkp/2025/0520/774.html",
        title="髋关节置换术后回家洗澡，防滑凳怎么选",
        record_title="【术后康复说】髋关节置换术后回家洗澡，防滑凳怎么选 ｜ 科普园地 ｜ 潀埼市康复医院",
        date="2025-05-20",
        notes="hospital site: the department's 咨询电话 in the body beside the hospital's booking and 24-hour lines and a "
        "booking float; an experts list; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【术后康复说】髋关节置换术后回家洗澡，防滑凳怎么选 ｜ 科普园地 ｜ 潀埼市康复医院</title>
</head>
<body>
<div class="hp-top">⟦m 潀埼市康复医院⟧　⟦m 三级康复专科医院⟧　⟦m 预约挂号：0898-36600114⟧　⟦m 24小时值班电话：0898-36600120⟧</div>
<div class="hp-nav">⟦m 医院概况　科室导航　专家团队　就医指南　科普园地　党建之窗⟧</div>
<div class="hp-pos">⟦m 您所在的位置：首页 &gt; 科普园地 &gt; 康复知识⟧</div>
<div class="hp-art">
<h1>{T}</h1>
<div class="hp-info">⟦m 发布时间：2025-05-20　作者：康复医学科 治疗师 卢芷晴　浏览：1208⟧</div>
<div class="hp-con">
{BODY}
</div>
<div class="hp-tip">⟦d 本文仅作健康科普，不能代替面诊，具体康复方案请遵医嘱⟧</div>
</div>
<div class="hp-side"><h3>⟦l 康复医学科专家⟧</h3><ul><li>⟦l 邵文彬　主任医师　周二、周四上午⟧</li><li>⟦l 谢蕴仪　副主任医师　周一、周三全天⟧</li></ul></div>
<div class="hp-float">⟦a 微信预约挂号⟧<br>⟦a 在线问诊⟧</div>
<div class="hp-foot">⟦m 地址：潀埼市嵒埗区康宁路88号⟧　⟦m 琼ICP备16001372号⟧</div>
</body>
</html>
""",
        body="""
髋关节置换术后，患者回家最担心的就是洗澡。术后三个月内，髋关节弯曲不能超过90度，坐矮凳、弯腰洗脚都可能导致假体脱位。
康复科治疗师建议，选防滑凳要注意三点：
第一，高度要够。凳面高度应比膝盖高出5厘米左右，坐下时膝盖略低于髋部。
第二，要带扶手。起身时双手撑住扶手，手术侧的腿向前伸直，靠健侧腿发力站起。
第三，凳脚要稳。四脚都要有防滑吸盘，凳子放在干燥、平整的位置再坐。
如需了解术后居家康复的更多问题，可拨打康复医学科咨询电话0898-36620415（周一至周五8:00—17:00）。
""",
    ),
    dict(
        slug="hospital-liao-ent-notice-diver-ear-check-record",
        site="浬澚县人民医院 (invented, text page)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lazxrmyy.cn/tzgg/20250701/266.html",
        title="关于为潜水爱好者开展免费耳压检查的通知",
        date="2025-07-01",
        notes="record title as is; the ENT nurses' station phone in the body beside the hospital's emergency and booking "
        "lines; 成文日期 under the signature",
        page="""
!m 浬澚县人民医院　二级甲等综合医院
!m 急救电话：0898-62712120　预约挂号：0898-62712345
!m 首页 ＞ 医院公告
{T}
!m 发布者：医务科　发布于：2025-07-01　访问量：604
{BODY}
!a 【收藏本页】【打印本页】
!l 最新公告：关于调整门诊夜诊时间的通知 ｜ 2025年护士招聘面试名单
!m 浬澚县人民医院　地址：浬澚县健康路3号
""",
        indent="\u3000\u3000",
        body="""
广大潜水爱好者：
夏季潜水、浮潜活动增多，耳压平衡不当容易引起中耳气压伤。为此，我院耳鼻喉科定于7月5日至7月31日，每周六上午为潜水爱好者提供免费耳压检查。
检查内容包括外耳道检查、鼓膜检查和咽鼓管功能评估。检查时请携带本人常用的潜水镜，医生将同时检查面镜鼻罩是否便于捏鼻做耳压平衡。
检查地点：门诊楼三楼耳鼻喉科诊室。
咨询电话：0898-62716638（耳鼻喉科护士站）。
浬澚县人民医院
2025年7月1日
""",
    ),
    dict(
        slug="college-congqi-ocean-kickboard-lending-h1-dotted-date",
        site="潀埼海洋职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cqhyzy.edu.cn/xyxw/2025/0409/c1201a33018/page.htm",
        title="体育部在游泳馆设立浮板自助借还点",
        record_title=None,
        date="2025-04-09",
        notes="no record title: the <h1> holds it; the dotted date line is the date; a photo caption between paragraphs; "
        "a 供稿/摄影/编辑 line and prev/next links",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>潀埼海洋职业学院</title>
</head>
<body>
<div class="col-top"><span>⟦m 潀埼海洋职业学院⟧</span><span>⟦m 向海图强　知行致远⟧</span><a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a> <a>⟦a EN⟧</a></div>
<div class="col-nav">⟦m 学校概况　机构设置　教育教学　招生就业　校园文化⟧</div>
<div class="col-pos">⟦m 首页 / 学院要闻⟧</div>
<div class="col-art">
<h1>{T}</h1>
<p class="col-date">⟦m 2025.04.09　点击：<span>913</span>⟧</p>
<div class="col-con">
{BODY}
</div>
<p class="col-by">⟦m 供稿：体育部　摄影：韦嘉禾　编辑：宣传部 苏敏⟧</p>
<p class="col-pn">⟦l 上一条：学院举行2025年春季田径运动会⟧<br>⟦l 下一条：航海技术专业学生赴远洋船舶跟岗实习⟧</p>
</div>
<div class="col-foot">⟦m 地址：潀埼市滨海大道1966号　邮编：572199⟧<br>⟦m 版权所有 © 潀埼海洋职业学院　琼ICP备07001985号⟧</div>
</body>
</html>
""",
        body="""
为方便学生课余练习游泳，近日，体育部在学院游泳馆入口设立浮板自助借还点，首批投放浮板80块、夹腿板40块。
学生刷校园卡即可借用，每次限借一块，离馆前归还。借还点旁设有消毒柜，工作人员每天闭馆后对浮板统一清洗消毒。
⟦m 图为学生在自助借还点借用浮板⟧
体育部主任沈立峰介绍，以往浮板只在游泳课上发放，课后练习的同学常常借不到。自助借还点开放一周来，已累计借用1100余人次。
下一步，体育部还将开通线上预约，方便学生提前查看剩余数量。
""",
    ),
    dict(
        slug="college-shuangling-diving-club-rules-pdf-articles",
        site="礵岺师范学院 (invented, text page)",
        style="高校官网",
        genre="规定",
        kind="other",
        form="text",
        source="http://www.slsfxy.edu.cn/tw/gzzd/2025/0315/club-dive.pdf",
        title="礵岺师范学院学生潜水俱乐部安全管理规定",
        record_title="礵岺师范学院学生潜水俱乐部安全管理规定.pdf",
        date=None,
        notes="file-name record title; 第N条 articles; only an effective clause (自公布之日起施行), no date; the site's "
        "attachment and download chrome",
        page="""
!m 礵岺师范学院团委
!m 首页 ＞ 规章制度 ＞ 社团管理
!t 礵岺师范学院学生潜水俱乐部安全管理规定.pdf
!a 在线预览　｜　下载PDF（136KB）
{T}
{BODY}
!m 共1页
!l 相关制度：学生社团活动安全管理办法　学生社团指导教师工作职责
!m 共青团礵岺师范学院委员会　地址：礵岺县学府路2号
""",
        body="""
第一条　为保障学生潜水俱乐部活动安全，根据学院学生社团管理办法，制定本规定。
第二条　俱乐部成员参加水下活动前，须提交体检证明，并通过游泳200米考核。
第三条　潜水镜、呼吸管、脚蹼等个人装备须每次活动前检查，潜水镜镜片有裂纹、裙边老化的，不得使用。
第四条　水下活动实行“潜伴制度”，两人一组，不得单独下水。
第五条　俱乐部公共装备由器材管理员登记借还，使用后用淡水冲洗、阴干存放。
第六条　本规定由学院团委负责解释，自公布之日起施行。
""",
    ),
]
