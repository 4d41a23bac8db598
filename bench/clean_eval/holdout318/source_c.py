"""holdout318, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text case each).

Invented text, sites, places, people, numbers and URLs; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenerzhi-car-child-lock-question-missing",
        site="问而知 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenerzhi.com/q/38810274.html",
        title="车上的儿童锁拨了，孩子还是能从里面开门，是坏了吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; an adopted-answer badge, a vote bar, a user card, more answers "
        "and related questions; 回答于 2 年前 is no date; a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>问而知 - 汽车频道问题页</title>
<script src="https://s.wenerzhi.com/js/qa.min.js"></script>
</head>
<body>
<div class="hd"><a class="logo">⟦m 问而知⟧</a> <input placeholder="有问题，问而知"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumbs">⟦m 问而知 › 汽车 › 用车养车⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 提问者：小橙子妈妈　3个回答　浏览 9,416⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 修车老焦 ｜ 汽修技师 ｜ 回答于 2 年前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a ▲ 有用 318　▼ 没用 4⟧ ⟦a 评论 12⟧ ⟦l 分享⟧</div>
</div>
<div class="more-answers">
<h3>⟦l 其他 2 条回答⟧</h3>
<p>⟦l 宝爸阿伦：我家也是，后来发现只拨了左边那扇……⟧</p>
<p>⟦l 匿名用户：电子儿童锁要在主驾门板上按，灯亮了才算开⟧</p>
</div>
<div class="related"><h3>⟦l 相关问题⟧</h3>
<p>⟦l 儿童安全座椅装在副驾可以吗？⟧</p>
<p>⟦l 车窗儿童锁按钮在哪里？⟧</p></div>
<div class="ft">⟦d 回答内容均由用户提供，仅代表个人观点，不构成专业建议。⟧ ⟦m © 2025 wenerzhi.com 京ICP证180442号⟧</div>
</body>
</html>
""",
        body="""
不一定是坏了，先排除这几种情况：
1. 拨错了门。儿童锁是每扇后门单独设置的，左右两边都要拨，很多人只拨了一边。
2. 拨到一半。拨片没有拨到底，锁舌没有完全到位，关门后从里面拉两下就可能打开。用钥匙或硬币把拨片拨到底，听到“咔”一声才算锁住。
3. 电子儿童锁没开。有些车型的儿童锁是电子的，在驾驶员侧车门的按键上，按下后指示灯亮才生效，和机械拨片不是一回事。
如果以上都确认过，关上门从里面拉内拉手，门还能打开，那就是锁块磨损或者拉线松了，建议尽快到正规维修店检查，在修好之前别让孩子单独坐那一侧。
""",
    ),
    dict(
        slug="qa-kuaida-lens-case-boiling-water-nurse",
        site="快答社区 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://kuaida.example.com/question/5521903/answer/90371",
        title="隐形眼镜盒多久换一次？用开水烫能不能多用几个月？",
        record_title="隐形眼镜盒多久换一次？用开水烫能不能多用几个月？ - 快答",
        date=None,
        notes="a Q&A in text: the question with the site's suffix as the record title; an answerer's card, an 'edited' line, "
        "a vote row and a 'write an answer' prompt; 发布于 昨天 and 编辑于 3 天前 are no dates",
        page="""
!m 快答 — 有问题，就有快答
!m 首页　发现　待回答
!t 隐形眼镜盒多久换一次？用开水烫能不能多用几个月？
!m 关注者 212　被浏览 58,930
!m 白大褂下的小鹿　视光门诊护士　发布于 昨天 20:11
{BODY}
!m 编辑于 3 天前　著作权归作者所有
!a ▲ 赞同 1.1 千　▼　💬 86 条评论　★ 收藏　⚐ 举报
!l 查看全部 41 个回答
!a 写回答　｜　邀请回答
""",
        body="""
谢邀。我是视光门诊的护士，这个问题几乎每天都有人问。
结论先说：镜盒建议每1到3个月换一次，最长别超过3个月；开水烫不能代替更换。
原因有两个：一是多数镜盒是塑料做的，开水烫过容易变形，盖子密封不严，护理液会挥发、漏液；二是镜盒内壁一旦形成生物膜，开水烫只能杀死表面一部分细菌，膜本身去不掉，很快又会长回来。
日常护理做好三件事：每次用完倒掉旧液；用护理液冲洗后开盖倒扣晾干；每周用干净的软毛刷配护理液刷一遍内壁。
买护理液时一般会送新镜盒，拆新瓶就换新盒，是最容易坚持的办法。
""",
    ),
    dict(
        slug="collection-taoran-grandpa-hutch-memoir-gb2312",
        site="陶然文存 (invented personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.taoranwencun.cn/wenji/jiushi/05.htm",
        title="爷爷的兔笼",
        record_title="〔蟛湾旧事·之五〕爷爷的兔笼 - 陶然文存",
        date=None,
        notes="a retired teacher's collection in an old table layout: 繁/简 links, a marquee, chapter links, a visitor counter and "
        "the author's mailbox; a memoir with only a year (1978) inside a sentence: no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔蟛湾旧事·之五〕爷爷的兔笼 - 陶然文存</title>
<style type="text/css">td{font-size:14px;line-height:200%}</style>
</head>
<body bgcolor="#FFFFF0">
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 陶然文存⟧</font><br>⟦m 一个老教书匠的纸上光阴⟧</td></tr>
<tr><td align="right"><a href="../big5/05.htm">⟦a 繁體⟧</a> <a href="05.htm">⟦a 简体⟧</a></td></tr>
<tr><td><marquee scrollamount="2">⟦m 欢迎老同事、老学生来坐坐，留言本常开⟧</marquee></td></tr>
<tr><td>⟦m 文集目录 » 蟛湾旧事（共十二篇）» 第五篇⟧</td></tr>
<tr><td align="center"><b>⟦t 〔蟛湾旧事·之五〕爷爷的兔笼⟧</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←之四 井台边⟧　⟦l 回目录⟧　⟦l 之六 放牛的夏天→⟧</td></tr>
<tr><td align="center">⟦w 给陶老师写信：taoran_1952@mail.example.com⟧</td></tr>
<tr><td align="center">⟦d 文存所有文字为作者原创，转载请注明出处⟧<br>⟦m 自2006年开站以来，您是第 188342 位读者⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我小时候住在蟛湾村，爷爷在屋后檐下搭了一排兔笼。
那兔笼是他自己编的，竹篾做底，杉木做框，上下三层，每层隔成四格。爷爷说，底下的竹篾要留缝，兔屎才掉得下去，兔子的脚才不会烂。
每天放学，我的任务是到田埂上割一篮子草。爷爷总叮嘱，带露水的草不能喂，要摊在院子里晾干了再放进笼里。
一九七八年冬天，爷爷用卖兔毛的钱给我买了第一支钢笔。后来我当了教师，用那支笔批改了很多年作业。
如今老屋早已翻新，兔笼也不在了。前些年回村，看到侄子家的兔场里全是整齐的镀锌铁笼，还装了自动饮水器。我站在笼前看了很久，想起檐下那排竹笼，想起爷爷弯着腰往笼里添草的样子。
""",
    ),
    dict(
        slug="collection-xianchuang-mother-tissue-box-essay",
        site="闲窗拾零 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://xianchuang.example.org/vol4/12.html",
        title="母亲床头的纸巾盒",
        record_title="母亲床头的纸巾盒（《闲窗拾零》第四辑·十二）",
        date=None,
        notes="a personal collection in text: chapter links, a reader counter, a 'read aloud' link; an essay without any date",
        page="""
!m 闲窗拾零 · 个人散文集
!m 第四辑　人间烟火　（共二十篇）
!a 〔朗读本篇〕〔调大字号〕
!t 母亲床头的纸巾盒（《闲窗拾零》第四辑·十二）
{BODY}
!l ‹ 十一 老街的修表铺　　　目录　　　十三 晒被子 ›
!m 本篇已被阅读 2,764 次
!d 文字版权归作者所有，未经同意请勿转载。
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
母亲床头有一只纸巾盒，是我十几年前出差带回来的，藤编的，盖子上织着一朵小花。
母亲用东西仔细。纸巾抽完了，她不买整盒的，而是把散装的卫生纸一张张叠好塞进去，叠得方方正正，抽起来和原装的差不多。我说过她几次，她总说：“盒子好看，里面装什么不要紧。”
去年母亲住院，我回老屋替她收拾东西，打开纸巾盒，发现最底下压着一沓纸条，是我小时候写给她的留言：“妈，我去同学家了”“妈，饭在锅里”……字歪歪扭扭，她一直留着。
现在那只纸巾盒摆在我自己的书桌上。我每次抽纸，都会想起母亲叠纸时低着头的样子。
""",
    ),
    dict(
        slug="party-zhiling-summary-salt-scales-volunteers",
        site="盎川党建网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.acdj.example.gov.cn/jcdj/202507/t20250704_5512.html",
        title="轾岭乡机关党支部“减盐护心”志愿服务工作总结",
        record_title="【初心小事】轾岭乡机关党支部“减盐护心”志愿服务工作总结_盎川党建网",
        date="2025-06-30",
        date_also=["2025-07-04"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line, a 'recommend' button; a service table one row a paragraph; "
        "the branch's 成文日期 differs from the portal's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【初心小事】轾岭乡机关党支部“减盐护心”志愿服务工作总结_盎川党建网</title>
<script src="/js/djw.common.js"></script>
</head>
<body>
<div class="head"><span>⟦m 盎川党建网⟧</span> <span>⟦m 中共盎川县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页 · 要闻 · 组织建设 · 基层党建 · 党员教育 · 人才工作⟧</div>
<div class="position">⟦m 首页 〉 基层党建 〉 初心小事⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="source">⟦m 来源：轾岭乡党委　日期：2025-07-04　阅读：263⟧</div>
<div class="content">
{BODY}
</div>
<div class="points">⟦a 读完本文可获学习积分 1 分，登录后自动计入⟧</div>
<div class="phone">⟦a 扫码把这篇文章带到手机上⟧</div>
<div class="btns"><button>⟦a 推荐 12⟧</button> <button>⟦a 打印⟧</button></div>
<div class="prenext">⟦l 上篇：甐水镇“红色网格”夜巡队工作纪实⟧ ⟦l 下篇：县直机关工委开展“四下基层”调研⟧</div>
</div>
<div class="foot">⟦m 中共盎川县委组织部　联系电话：0736-7201227　湘ICP备08011520号⟧</div>
</body>
</html>
""",
        body="""
今年3月以来，乡机关党支部组织党员志愿者开展“减盐护心”志愿服务，为辖区高血压老人送秤、教秤、回访，现将工作总结如下。
一、基本情况。支部23名党员分成6个小组，结对全乡5个村的高血压老人，累计入户服务418人次。服务情况如下：
项目　数量
发放厨房秤　126台
发放限盐勺　210把
入户教学　418人次
电话回访　352人次
二、主要做法。一是送秤上门，选用大字屏、一键去皮的电子秤；二是手把手教，教老人把每天的盐先称好装进小罐；三是每月回访，帮老人记录血压变化。
三、下步打算。下半年将联系乡卫生院，把送秤活动与家庭医生签约服务结合起来。
中共盎川县轾岭乡机关支部委员会
2025年6月30日
""",
    ),
    dict(
        slug="party-guimen-host-script-child-locks",
        site="鬶门先锋 (invented street Party-building site)",
        style="党建网",
        genre="主持词",
        kind="other",
        form="text",
        source="http://xf.guimen-jd.example.cn/ztdr/2025/0612/331.html",
        title="“守护萌娃·安全到家”主题党日活动主持词",
        date="2025-06-12",
        notes="record title as is; a host script whose only date is the page's 发布时间; a sentence asking members to 扫描二维码签到; "
        "a study-app prompt glued after a 。 and a column line",
        page="""
!m 鬶门先锋 · 鼒川区鬶门街道党工委
!m 栏目：主题党日 ｜ 发布时间：2025-06-12 ｜ 供稿：鬶门社区党委
{T}
{BODY}
!a 【分享本页】【返回列表】
!l 往期主题党日：“垃圾分类我先行”主持词
!m 鬶门街道党建办　电话：0739-8831205
""",
        indent="\u3000\u3000",
        body="""
各位党员、各位家长：
大家上午好！欢迎参加“守护萌娃·安全到家”主题党日活动。请还没有签到的同志扫描门口的二维码签到。
今天的活动共有三项议程。
第一项，请社区卫生服务站的马医生讲解家庭中儿童意外伤害的预防知识。
（讲解结束）
感谢马医生。第二项，请党员志愿者分组，到辖区有幼儿的家庭上门安装儿童锁、插座保护盖和窗户限位器。每组带好工具包和登记表，安装后请家长签字确认。⟦a 下载“先锋e学”APP，活动照片实时看⟧
第三项，各组回到活动室交流情况。
同志们，孩子的安全无小事。希望大家把今天学到的知识带回家，也带给身边的亲友。本次主题党日活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-yicheng-mch-cabinet-locks-poisoning",
        site="瓵城市妇幼保健院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.ycfybj.example.cn/jkkp/2025/0808/1294.html",
        title="柜门上一把锁，挡住孩子误服的“意外”",
        record_title="〔夏季护童〕柜门上一把锁，挡住孩子误服的“意外”-瓵城市妇幼保健院",
        date="2025-08-08",
        notes="hospital page: a booking float, a unified booking line and a 24-hour line next to the department's own 咨询电话 "
        "(kept as the last paragraph); an experts list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔夏季护童〕柜门上一把锁，挡住孩子误服的“意外”-瓵城市妇幼保健院</title>
<script src="/static/js/hospital.js"></script>
</head>
<body>
<div class="top">⟦m 瓵城市妇幼保健院⟧ <span>⟦m 二级甲等妇幼保健院⟧</span> <span>⟦m 统一预约：0739-8870000⟧</span></div>
<div class="menu">⟦m 首页 / 医院概况 / 科室导航 / 专家介绍 / 健康科普 / 就医指南⟧</div>
<div class="where">⟦m 首页 - 健康科普 - 儿童保健⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="art-info">⟦m 发布时间：2025-08-08　作者：儿科 苗雨桐　审核：儿科主任 房嘉⟧</div>
<div class="art-txt">
{BODY}
</div>
<div class="art-bottom">⟦d 本文仅作健康科普，不能替代医生面诊。⟧</div>
</div>
<div class="side"><h3>⟦l 儿科专家⟧</h3><p>⟦l 房嘉 主任医师 周一、周三全天⟧</p><p>⟦l 苗雨桐 主治医师 周五上午⟧</p></div>
<div class="float-yy">⟦a 在线预约 ⟫ 点我挂号⟧</div>
<div class="foot">⟦m 24小时急诊电话：0739-8870120　地址：瓵城市鼒川区和平北路66号⟧<br>⟦m 湘ICP备15027794号⟧</div>
</body>
</html>
""",
        body="""
每年暑假，我院儿科急诊都会接诊不少误服药物、洗涤剂的孩子。今年7月以来，已接诊此类患儿14名，年龄最小的只有1岁2个月。
家长常说：“药明明放在柜子里。”可是一岁多的孩子已经会拉抽屉、开柜门，两岁的孩子会搬凳子爬高。
儿科医生建议：
1. 药品、洗涤剂、消毒液要放在高处，并给柜门、抽屉装上儿童锁；
2. 不要把洗涤剂倒进饮料瓶里存放；
3. 家中老人服用的降压药、降糖药要特别看管好。
一旦发现孩子误服，不要自行催吐，带上药瓶或包装立即就医。
瓵城市妇幼保健院儿科咨询电话：0739-8870316（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-zhiyang-lens-care-clinic-announcement",
        site="祗阳县人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zyxrmyy.example.cn/news/gg/2025-10-10/772.html",
        title="关于开设角膜接触镜护理咨询门诊的公告",
        record_title="关于开设角膜接触镜护理咨询门诊的公告（眼科）| 祗阳县人民医院",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="hospital announcement in text: the ophthalmology nurses' 咨询电话 kept beside the site's booking line and 24-hour line; "
        "a sentence telling patients to bring their lens case; 成文日期 differs from the page date",
        page="""
!m 祗阳县人民医院　ZHIYANG COUNTY PEOPLE'S HOSPITAL
!m 医院公告 ▸ 正文
{T}
!m 2025-10-10　信息科发布　浏览 517
{BODY}
!m 统一预约电话：0745-6618000　　24小时急救：0745-6618120
!a 打印　　返回
!l 相关公告：关于调整春节期间门诊安排的通知
!m 祗阳县人民医院版权所有　湘ICP备13003395号
""",
        indent="\u3000\u3000",
        body="""
为方便配戴隐形眼镜的患者，我院眼科自2025年10月13日起开设角膜接触镜护理咨询门诊。现将有关事项公告如下。
一、门诊时间：每周二、周四下午14:30—17:00。
二、服务内容：镜片配适检查，镜盒和护理液使用指导，镜盒污染检测，角膜健康检查。
三、就诊时请携带正在使用的镜片和镜盒，医生会当场检查镜盒清洁状况，必要时免费更换一只新镜盒。
四、本门诊实行预约制，可关注医院服务号或拨打预约电话预约。
咨询电话：0745-6618237（眼科护士站）
祗阳县人民医院
2025年10月9日
""",
    ),
    dict(
        slug="college-yicheng-agri-lab-hutch-cleaning-rules",
        site="瓵城农业职业技术学院 (invented college site)",
        style="高校官网",
        genre="规程",
        kind="rules",
        form="html",
        source="https://www.ycnzy.example.edu.cn/sydw/gzzd/2025/0315/612.html",
        title="实验动物中心兔笼清洗消毒操作规程",
        record_title="实验动物中心兔笼清洗消毒操作规程 » 中心制度 » 瓵城农业职业技术学院",
        date=None,
        notes="college page: a campus-portal login, a 'back to top' link, a video-campus banner; a rule with 第N条 articles, one "
        "of them telling staff to 扫描二维码 to file a record; effective on publication, no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>实验动物中心兔笼清洗消毒操作规程 » 中心制度 » 瓵城农业职业技术学院</title>
<link rel="stylesheet" href="/_css/_system/system.css">
<script src="/_js/jquery.min.js"></script>
</head>
<body>
<div class="header"><a>⟦m 瓵城农业职业技术学院⟧</a> <span>⟦m 实验动物中心⟧</span></div>
<div class="topnav">⟦a 统一身份认证⟧ ⟦a 校园VPN⟧ ⟦a 信息门户⟧ ⟦a 英文版⟧</div>
<div class="nav">⟦m 中心概况 ┃ 中心制度 ┃ 动物申购 ┃ 下载专区 ┃ 联系我们⟧</div>
<div class="banner">⟦l 视频校园 ▸ 带你看新建的屏障环境动物房⟧</div>
<div class="path">⟦m 当前位置：首页 ＞ 中心制度⟧</div>
<div class="article">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 作者：实验动物中心　来源：本站原创　点击数：284⟧</p>
<div class="entry">
{BODY}
</div>
<div class="gotop">⟦a ▲ 回到顶部⟧</div>
</div>
<div class="footer">⟦m 地址：瓵城市鼒川区学府路9号　邮编：412019⟧<br>⟦m 版权所有 © 瓵城农业职业技术学院　湘ICP备05011739号⟧</div>
</body>
</html>
""",
        body="""
第一条　为规范实验用兔笼具的清洗消毒，防止交叉感染，保证实验动物质量，制定本规程。
第二条　本规程适用于实验动物中心兔饲养室使用的全部不锈钢兔笼、粪盘和饮水瓶。
第三条　兔笼每周清洗一次，粪盘每天清理一次；动物转出或死亡后，兔笼须立即清洗消毒。
第四条　清洗消毒按下列顺序进行：拆下粪盘和饮水瓶，清除残留粪便和毛发，用洗笼机以70℃以上热水冲洗，再用含氯消毒液浸泡30分钟，清水冲净后高压蒸汽灭菌。
第五条　灭菌后的兔笼存放在洁净区，存放时间不超过7天，超过的须重新灭菌。
第六条　操作人员须填写《笼具清洗消毒记录表》，记录表保存不少于三年，也可扫描饲养室门口的二维码在线填报。
第七条　本规程自发布之日起施行，由实验动物中心负责解释。
""",
    ),
    dict(
        slug="college-yicheng-normal-lens-case-swap-title-line",
        site="瓵城师范学院新闻网 (invented university news site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.ycsfxy.example.edu.cn/info/1031/20871.htm",
        title="校医院开展“旧镜盒换新盒”活动",
        record_title=None,
        date="2025-11-20",
        notes="no title in the record: the page's title line; a campus news page with its 发布日期 as the page's date, a credit line "
        "glued after the last sentence, a 'return to campus news' link and a visit count",
        page="""
!m 瓵城师范学院新闻网
!m 首页 | 学院要闻 | 校园动态 | 媒体师院 | 专题报道
!m 校园动态
{T}
!m 发布日期：2025-11-20　点击：[ 1392 ]
{BODY}
!l 【返回校园动态】　【关闭】
!m 瓵城师范学院党委宣传部主办　地址：瓵城市鼒川区师苑路1号
""",
        indent="\u3000\u3000",
        body="""
11月18日至19日，校医院在东西两个食堂门口开展“旧镜盒换新盒”活动，配戴隐形眼镜的同学可以用旧镜盒免费换一只新镜盒。
两天里，共有637名同学参加活动，回收旧镜盒637只。校医院眼科医生在现场随机抽检了其中50只，发现盒内有明显沉淀或异味的占四成以上，有的镜盒已经用了两年多。
校医院副院长岑晓表示，学生配戴隐形眼镜越来越普遍，但不少同学不知道镜盒需要定期更换。下一步，校医院将每学期开展一次换盒活动，并在新生入学体检时增加用眼卫生宣教。⟦m （文/学生记者 邬悦　图/校医院　编审/宣传部）⟧
""",
    ),
]
