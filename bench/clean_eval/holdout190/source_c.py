"""holdout190, part C: Q&A sites, personal collections, Party-building sites, hospital
sites and university sites, around peelers, binder clips, plungers, mousetraps and badge
lanyards. A Q&A page whose title is only the question (vote bar, more-answers link), an
answer page with an app prompt, an old gb2312 collection with a visitor counter and a
marquee, a one-line memoir, a Party site's speech with its date in Chinese numerals under
the title and a study-points prompt, a volunteer summary with a voice-reading button glued
after a sentence, a hospital notice beside a booking float, a health article, a university
news page with its <h1> only and a photo caption, a procurement result table. Invented
text throughout; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenzhidao-no-plunger-emergency-vote-bar",
        site="问知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhidao.example.com/question/58820417.html",
        title="马桶堵了家里没有皮搋子，有什么应急办法？",
        record_title=None,
        date=None,
        notes="no record title: the question is the page's <h1>; asker line with a relative time, views, answerer card, vote/comment bar, more-answers link, answer-button, disclaimer; a numbered answer; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>马桶堵了家里没有皮搋子，有什么应急办法？_问知道</title>
<script src="//static.wenzhidao.example.com/qa.js"></script></head>
<body>
<div class="topnav">⟦m 问知道 · 有问必答⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q-box">
<h1 class="q-title">{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　2 天前　浏览 2.3万 次⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m 最佳回答⟧</div>
<div class="author">⟦m 管道维修工 老赵 · 已回答 1,208 个问题⟧</div>
<div class="a-content">
{BODY}
</div>
<div class="vote">⟦l ▲ 赞同 386　▼　评论 21　收藏⟧</div>
</div>
<div class="more">⟦l 查看其余 14 个回答 ▾⟧</div>
<div class="ask">⟦a 我来回答这个问题⟧</div>
<div class="side"><h4>⟦l 相关问题⟧</h4><p>⟦l 洗手池下水慢怎么处理？⟧</p><p>⟦l 地漏返臭味有什么好办法？⟧</p></div>
<div class="foot">⟦d 回答由网友提供，仅供参考，请谨慎操作⟧ ⟦m 问知道 ©2025　沪ICP备20188213号⟧</div>
</body></html>
""",
        body="""
没有皮搋子也别急，可以试试下面几个办法，按从简单到麻烦的顺序来：
1.热水加洗洁精：往马桶里挤小半瓶洗洁精，再倒一桶50度左右的热水（别用开水），等二十分钟，油污类的堵塞常常自己就下去了。
2.塑料瓶自制工具：把大号饮料瓶剪掉底部，拧紧瓶盖，倒扣进排水口上下抽压，原理和皮搋子一样。
3.保鲜膜封口：把马桶圈擦干，用保鲜膜封严，按冲水键后用手按压鼓起的保鲜膜，利用气压把堵塞物推下去。
如果是手机、玩具这类硬物掉进去了，千万别硬捅，越捅越深，直接联系物业或者专业师傅。
""",
    ),
    dict(
        slug="qa-qihu-rusty-peeler-answer-app-prompt",
        site="绮湖问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.qihu-wenda.example.cn/q/33071926",
        title="削皮器生锈了还能继续用吗？",
        record_title="削皮器生锈了还能继续用吗？-绮湖问答",
        date=None,
        notes="a Q&A text page: question repeated, follower/views line, answerer line with an adoption rate, useful/useless row, other-answers link, open-in-app prompt, disclaimer; no date",
        page="""
!m 绮湖问答 — 有问题，就来问
!m 首页 › 生活 › 厨房用品
{T}
!m 2人关注该问题　浏览 1,536
!m 网友“灶台边的猫”的回答　采纳率 92%
{BODY}
!l 有用(58)　没用(2)　收起
!l 其他 6 条回答 >
!a 打开绮湖问答APP，查看更多精彩回答
!d 回答内容仅代表网友个人观点
""",
        body="""
要看锈在什么位置、锈到什么程度。
如果只是刀片边缘有一点点浮锈，可以用小苏打加少量水调成糊，拿旧牙刷刷掉，冲净擦干后还能用。
如果刀片已经出现锈斑、坑点，或者刃口发黑，建议直接换新的。削皮器是直接接触食物的，锈迹和藏在缝里的污垢容易混进食物，得不偿失。
平时用完最好马上冲洗，甩干水分后挂起来晾干，别泡在水槽里，也别和湿抹布一起塞进抽屉。买的时候尽量选刀片一体冲压、没有铆钉缝隙的款式。
""",
    ),
    dict(
        slug="collection-boyan-thirty-lanyards-gb2312",
        site="伯言文存 (invented personal site)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.boyanwencun.example.net/wz/5/0512.htm",
        title="我的三十根挂绳",
        record_title="我的三十根挂绳（伯言文存·第五辑）",
        date=None,
        notes="an old gb2312 personal collection: marquee, chapter links, visitor counter, the author's mailbox as a contact line, copyright; the essay ends with a 写于 line giving only a year and season (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我的三十根挂绳（伯言文存·第五辑）</title>
<script language="javascript">function openWin(u){window.open(u,'','width=600');}</script>
</head><body bgcolor="#f6f1e3">
<table width="780" align="center" cellpadding="6"><tr><td align="center">
<font size="5">⟦m 伯言文存 —— 一个老办公室人的笔记⟧</font></td></tr>
<tr><td><marquee>⟦m 欢迎光临伯言文存，本站开通于2009年5月，谢谢来访！⟧</marquee></td></tr>
<tr><td>⟦l 目录 ｜ 上一篇：会标是怎么写出来的 ｜ 下一篇：老县委的那台油印机⟧</td></tr>
<tr><td align="center"><font size="4">{T}</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 【返回第五辑目录】⟧</td></tr>
<tr><td align="center">⟦m 访问人次：087713⟧<br>⟦d 文章版权归作者本人所有，转载请先与作者联系⟧<br>⟦w 联系作者：zhouboyan@example.net⟧</td></tr>
</table></body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我在县政府办公室管了二十多年会务，退休时清理抽屉，翻出了三十根挂绳。
最早的一根是1998年全县经济工作会议的，白色棉绳，代表证是手写的，盖着红章；后来有了印着会议名称的涤纶挂绳，再后来挂绳上还印了二维码，扫一下就能签到。
挂绳变了，开会的样子也在变。过去一开就是三天，现在大多半天就散；过去材料一摞摞地发，现在会前都发到手机上了。
老伴说这些东西留着占地方，我舍不得扔，用一个旧饼干盒装着，按年份排好。偶尔拿出来看看，就像把那些年的日子又过了一遍。
写于二〇二三年冬
""",
    ),
    dict(
        slug="collection-goulin-mousetraps-memoir-oneline",
        site="缑岭闲话 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://goulin-xianhua.example.org/juan2/ch17.html",
        title="生产队里的捕鼠夹",
        date=None,
        notes="record title as is; a memoir whose body is on one line (paragraphs apart only by the full-width indent); volume line, word count and a collection stamp (no date), chapter links, originality notice",
        page="""
!m 缑岭闲话 · 老胡的文集
!m 卷二　乡土旧事
{T}
!m 字数：约360字　收录时间：2024-06-08
{BODY}
!l 【目录】【上一篇：打谷场的夜】【下一篇：挑塘泥】
!d 本文集所收文字均为作者原创，请勿转载
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
七十年代我在生产队当记工员，队里最值钱的家当除了耕牛，就是仓库里那几十个铁丝捕鼠夹。
每年秋收后，稻谷一进仓，老鼠就跟着来了。队长专门派我管捕鼠夹，晚上下夹，早上收夹，抓到一只老鼠记两个工分。
下夹也有学问，诱饵要用炒香的油菜籽，夹子要顺着老鼠路摆，还得用稻草盖一盖，不然老鼠精得很，绕着走。
那几年我抓的老鼠，少说也有上千只。如今粮仓早没了，捕鼠夹也不知去向，只有那本记工分的小本子，我还一直留着。
""",
    ),
    dict(
        slug="dangjian-shoutian-speech-binder-clip-frugality-cn-date",
        site="绶田党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.stdj.example.gov.cn/ldjh/2025/1017/4410.html",
        title="在县直机关厉行节约推进会上的讲话",
        record_title="【作风建设】在县直机关厉行节约推进会上的讲话_绶田党建网",
        date="2025-10-15",
        date_also=["2025-10-17"],
        notes="Party-building portal: speaker line and a date in Chinese numerals under the title (neutral, expected), a 发布时间 byline two days later (also accepted), a study-points prompt and a read-on-phone QR line, related list, organiser footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【作风建设】在县直机关厉行节约推进会上的讲话_绶田党建网</title>
<script src="/js/dj-common.js"></script></head>
<body>
<div class="top">⟦m 绶田党建网 · 中共绶田县委组织部主办⟧</div>
<div class="menu">⟦m 首页　党建动态　领导讲话　学习园地　党员风采　远程教育⟧</div>
<div class="loc">⟦m 位置：首页 &gt; 领导讲话⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-10-17　来源：县直机关工委　浏览：652⟧</div>
<div class="points">⟦a 学习积分 +1，阅读满30秒自动计入⟧</div>
<p class="sp">县直机关工委书记　喻朝晖</p>
<p class="sp">（二〇二五年十月十五日）</p>
{BODY}
<div class="qr">⟦a 扫码在手机上继续阅读⟧</div>
<div class="xg">⟦l 相关文章：县直机关开展节约型机关创建“回头看”⟧</div>
</div>
<div class="foot">⟦m 主办：中共绶田县委组织部　电话：0734-7612345⟧ ⟦d 未经授权禁止转载本站内容⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开县直机关厉行节约推进会，主要是总结上半年工作，部署下一步任务。
前段时间，机关工委到各单位调研，发现了一件小事：有的单位一年采购长尾夹上万只，用一次就扔，抽屉里一摞摞散落的夹子没人管。
小夹子背后是大作风。一只长尾夹不过几毛钱，但随手丢弃的习惯反映出来的，是过紧日子的思想还没有真正树牢。
下一步，各单位要做到三点：一要建立办公用品定额领用制度，二要推行文件夹、长尾夹等可重复使用物品回收复用，三要把厉行节约情况纳入党支部年度考核。
同志们，节约从来不是小事。希望大家以小见大，从一张纸、一只夹子做起，把过紧日子的要求落到实处。
""",
    ),
    dict(
        slug="dangjian-manshui-volunteers-rodent-summary-voice-button",
        site="缦水先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.msxf.example.gov.cn/jcdt/zyfw/2025/0903/2291.html",
        title="党员志愿者参与城中村鼠患整治工作总结",
        record_title="缦水先锋网丨党员志愿者参与城中村鼠患整治工作总结",
        date="2025-08-30",
        date_also=["2025-09-03"],
        notes="a Party site's text page: the title repeated with the site prefix, an author/time byline (09-03) later than the signature date (08-30, expected), a voice-reading button glued after the first sentence, like/comment/share row, related link, organiser footer",
        page="""
!m 缦水先锋网 — 党员教育学习平台
!m 首页 » 基层动态 » 志愿服务
!t 缦水先锋网丨党员志愿者参与城中村鼠患整治工作总结
!m 作者：河背街道　时间：2025-09-03　浏览：807
{BODY}
!a 我要点赞　我要评论　我要分享
!l 相关：河背街道“红色物业”工作纪实
!m 主办单位：中共缦水区委组织部　技术支持：区大数据中心
""",
        indent="\u3000\u3000",
        body="""
今年5月以来，街道党工委组织机关和社区党员志愿者217人，分成12个小组，深入桃源、河背两个城中村开展鼠患整治，取得了阶段性成效。⟦a 〔▶ 点击收听本文〕⟧
一、主要做法
（一）入户宣传。志愿者挨家挨户发放防鼠知识手册，指导群众封堵墙洞、收好粮食和厨余。
（二）集中清理。组织清理卫生死角86处，清运垃圾杂物43吨，拆除乱搭乱建棚舍19处。
（三）科学防制。在背街小巷设置毒饵站320个，为有老人小孩的家庭免费发放捕鼠笼和粘鼠板1100套。
二、工作成效
经区疾控中心监测，两个城中村的鼠密度由整治前的4.6%降至1.2%，群众满意度达97%。
三、下一步打算
建立党员责任区包保机制，每月开展一次巡查，防止鼠患反弹。
缦水区河背街道党工委
2025年8月30日
""",
    ),
    dict(
        slug="hospital-tishan-notice-breakaway-lanyards-booking-float",
        site="缇山县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tsxrmyy.example.com/yygk/tzgg/2025/0609/732.html",
        title="关于规范佩戴工作牌及统一更换防勒挂绳的通知",
        record_title="关于规范佩戴工作牌及统一更换防勒挂绳的通知_缇山县人民医院",
        date="2025-06-09",
        notes="hospital site: booking/report buttons, a 24-hour service line, 发布时间 byline equal to the signature date, a floating booking box; the document's 联系人/电话 beside the hospital's own lines; address footer and a not-a-diagnosis notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范佩戴工作牌及统一更换防勒挂绳的通知_缇山县人民医院</title>
<script src="/js/float.js"></script></head>
<body>
<div class="hd">⟦m 缇山县人民医院⟧ ⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦m 24小时服务电话：0745-6612120⟧</div>
<div class="nav">⟦m 医院概况　新闻中心　科室导航　专家介绍　就医指南　院务公开⟧</div>
<div class="bread">⟦m 您现在的位置：首页 → 院务公开 → 通知公告⟧</div>
<div class="con">
<h2>{T}</h2>
<p class="date">⟦m 发布时间：2025-06-09　作者：院办　浏览：1029⟧</p>
{BODY}
</div>
<div class="float-box">⟦a 在线预约 | 就诊导航 | 返回顶部⟧</div>
<div class="ft">⟦m 地址：缇山县人民路36号　邮编：418200⟧<br>⟦d 本网站信息仅供参考，不作为诊疗依据⟧</div>
</body></html>
""",
        body="""
各科室：
为便于患者识别医务人员身份，保障医务人员工作安全，医院决定统一更换工作牌挂绳。现将有关事项通知如下：
一、新挂绳为带防勒断扣的平纹挂绳，按岗位分色：医师蓝色，护理粉色，医技绿色，行政后勤灰色。
二、各科室请于6月16日至6月20日到后勤保障部库房领取，领取时交回旧挂绳。
三、精神科、急诊科等易发生冲突的科室，工作期间一律使用磁吸式卡扣，不得使用挂绳。
四、医务人员在岗期间须将工作牌正面朝外佩戴，不得翻转、遮挡。
联系人：后勤保障部　冉志刚，电话：0745-6612309。
缇山县人民医院办公室
2025年6月9日
""",
    ),
    dict(
        slug="hospital-xiuchuan-health-drain-cleaner-plunger-injuries",
        site="绣川市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.xcey.example.cn/jkkp/2025/0311/1188.html",
        title="用疏通剂和皮搋子通下水道，这些伤害要当心",
        record_title="【健康科普】用疏通剂和皮搋子通下水道，这些伤害要当心",
        date="2025-03-11",
        notes="a hospital's health article: the title repeated with its column prefix, a 发布日期 byline (the date), share/print row, prev link, the hospital's phones, a not-a-substitute notice",
        page="""
!m 绣川市第二人民医院 · 健康科普
!t 【健康科普】用疏通剂和皮搋子通下水道，这些伤害要当心
!m 发布日期：2025-03-11　撰稿：急诊科 孟婉清　审核：宣传科
{BODY}
!a 〔分享到微信〕〔打印本文〕
!l 上一篇：春季过敏性鼻炎怎么防
!m 门诊咨询电话：0736-2231180　急救电话：120
!d 本文仅作健康科普，不能替代医生面诊
""",
        body="""
近日，我院急诊科接诊了两名因疏通下水道受伤的患者。一位老人用强碱性疏通剂时未戴手套，双手被化学灼伤；另一位年轻人用力按压皮搋子时，污水溅入眼睛，导致结膜炎。
急诊科医生提醒：
一是使用疏通剂前要戴橡胶手套和护目镜，按说明书用量使用，不要把不同品牌的疏通剂混用，以免产生有害气体。
二是使用皮搋子时，动作要由轻到重，脸部不要正对马桶口，必要时可在马桶上盖一层塑料膜。
三是皮肤沾到疏通剂，应立即用大量流动清水冲洗15分钟以上；眼睛溅入污水或药剂，冲洗后要尽快到医院就诊。
更多居家安全知识，可关注医院“健康绣川”公众号查看往期科普。
""",
    ),
    dict(
        slug="university-shoutian-news-adjustable-peeler-patent-h1",
        site="绶田学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.stxy.example.edu.cn/zhxw/2025/0520/c1021a33107/page.htm",
        title="机械学院学生团队研制可调刃距削皮器获国家专利授权",
        record_title=None,
        date="2025-05-20",
        notes="no record title: the university news page's <h1>; a long byline (时间, author, photo, editor, reviewer, views) gives the date; a photo caption between paragraphs; prev link, copyright and address",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>绶田学院新闻网</title>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudynav.js"></script></head>
<body>
<div class="header">⟦m 绶田学院新闻网⟧</div>
<div class="nav">⟦m 学校首页　综合新闻　学术动态　媒体绶院　校园文化　图片新闻⟧</div>
<div class="pos">⟦m 当前位置：首页 - 综合新闻⟧</div>
<div class="article">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 发布时间：2025-05-20　作者：学生记者团 林可馨　摄影：赵子航　编辑：刘颖　审核：宋长河　浏览次数：1760⟧</p>
<div class="read">
{BODY}
</div>
</div>
<div class="pn">⟦l 上一条：我校举办第十届大学生创新创业大赛⟧</div>
<div class="footer">⟦m 版权所有：绶田学院　地址：绶田市学府路1号⟧</div>
</body></html>
""",
        body="""
近日，我校机械与车辆工程学院学生团队研制的“可调刃距削皮器”获得国家实用新型专利授权。
该团队由4名大三学生组成，指导教师为钱思源副教授。团队成员在食堂勤工俭学时发现，普通削皮器削冬瓜、南瓜等厚皮蔬菜时要反复多次，削土豆又容易削得太厚。
⟦m 团队成员在实验室调试削皮器样机⟧
为此，团队设计了一种带旋钮的刀架，刀片与导向片的间距可在0.5毫米至2毫米之间调节，一把削皮器就能适应不同果蔬。
目前，该削皮器已在学校二食堂试用，帮厨师傅反映削皮效率提高了三成左右。
""",
    ),
    dict(
        slug="university-shoutian-procurement-result-binder-clips-table",
        site="绶田学院资产与采购管理处 (invented)",
        style="高校官网",
        genre="公示",
        kind="notice",
        form="text",
        source="https://zccg.stxy.example.edu.cn/tzgg/2025/0926/2207.html",
        title="2025年第三季度办公耗材集中采购结果公示",
        record_title="2025年第三季度办公耗材集中采购结果公示-资产与采购管理处",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="record date given; a university office's text page: author/clicks line, a results table (one row a paragraph, cells apart by ideographic spaces), the document's phone beside the office's phone in the footer, close/print row",
        page="""
!m 绶田学院 资产与采购管理处
!m 首页 > 通知公告 > 采购结果
{T}
!m 作者：采购科　点击：244
{BODY}
!a 关闭 ‖ 打印 ‖ 回到顶部
!m 版权所有 © 绶田学院资产与采购管理处　办公电话：0734-7720300
""",
        body="""
根据学校办公耗材集中采购管理办法，资产与采购管理处组织开展了2025年第三季度办公耗材集中采购，现将结果公示如下：
品名　规格　数量　成交单价（元）　成交供应商
长尾夹　25mm黑色　12000只　0.18　缙原金夹文具有限公司
长尾夹　41mm黑色　5000只　0.42　缙原金夹文具有限公司
档案盒　A4 5.5cm　3000个　4.60　绶田利群办公用品商行
复印纸　A4 70g　800箱　118.00　绶田利群办公用品商行
公示期为2025年9月26日至9月30日。如有异议，请在公示期内以书面形式向资产与采购管理处反映。
联系电话：0734-7720316。
绶田学院资产与采购管理处
2025年9月26日
""",
    ),
]
