"""holdout263, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="qa-zhiliao-teacup-tea-stains-question-title-html",
        site="知了问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowenda.com/q/30917755.html",
        title="用了几年的茶盅结了一层茶垢，怎么洗干净？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; the adopted answer is the body (a numbered list); "
        "an adopted badge, a vote bar, the answerer's card with a relative time, more answers and an answer box",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>用了几年的茶盅结了一层茶垢，怎么洗干净？_知了问答</title>
<link rel="stylesheet" href="//s.zhiliaowenda.com/css/q.css">
<script src="//s.zhiliaowenda.com/js/q.js" async></script>
</head>
<body>
<div class="zl-head"><a href="/" class="logo">⟦m 知了问答⟧</a> <span>⟦m 你问我答，知了都知道⟧</span> <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="zl-crumb">⟦m 知了问答 › 生活 › 家居清洁⟧</div>
<div class="zl-question">
<h1>{T}</h1>
<p class="zl-qdesc">⟦l 家里老人用的茶盅，里面一圈黄褐色的印子，用洗洁精洗不掉，这种茶垢对身体有没有害？⟧</p>
<p class="zl-qmeta">⟦m 提问者：阿竹的妈妈　浏览 3.6万次⟧</p>
</div>
<div class="zl-best">
<div class="zl-badge">⟦m ✔ 提问者已采纳⟧</div>
<div class="zl-author">⟦m 茶事小记　生活领域优质答主　回答于 2 天前⟧</div>
<div class="zl-answer">
{BODY}
</div>
<div class="zl-vote">⟦a 有用 128　没用 3　评论 12⟧</div>
</div>
<div class="zl-more">
<h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 醍水老陈：用牙膏擦一擦就行，别想太复杂⟧</p>
<p>⟦l 匿名用户：买专门的茶垢清洁剂，十几块钱一包⟧</p>
</div>
<div class="zl-answerbox"><textarea placeholder="写下你的回答"></textarea><button>⟦a 提交回答⟧</button></div>
<div class="zl-related"><h4>⟦l 大家还在问⟧</h4><p>⟦l 紫砂壶可以用小苏打洗吗？⟧</p><p>⟦l 玻璃杯上的水垢怎么去除？⟧</p></div>
<div class="zl-foot">⟦d 回答内容为网友个人经验，仅供参考⟧ ⟦m 知了问答 京ICP备20039177号⟧</div>
</body>
</html>
""",
        body="""
茶垢主要是茶里的茶多酚氧化后和水里的钙、镁结合形成的，正常喝茶的量对身体影响不大，但看着不干净，也容易藏细菌，建议定期清洗。
我家用的是这几个办法：
1. 小苏打。茶盅泡温水，撒一小勺小苏打，泡二十分钟后用软布擦，一擦就掉。
2. 淘米水。把茶盅放进淘米水里煮十分钟，适合整套一起洗。
3. 柠檬片。切两片柠檬放进茶盅，倒满热水泡一夜，第二天冲洗干净。
注意别用钢丝球，会把釉面划花，划痕反而更容易挂茶垢。有描金、彩绘的茶盅也不要用力擦，泡一泡再冲就行。
""",
    ),
    dict(
        slug="qa-wenjin-letter-backbaskets-sample-placeholders",
        site="问津网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenjin-wang.cn/question/558102",
        title="单位要向供销社订购一批背篓，这个函该怎么写？",
        record_title="单位要向供销社订购一批背篓，这个函该怎么写？ - 问津网",
        date=None,
        notes="Q&A answer holding a sample 函 with ×× placeholders and ××××年×月×日; no date (a relative answer "
        "time only); follow and report links, more answers",
        page="""
!m 问津网 · 有问题，来问津
!m 问津网 > 职场 > 公文写作
!t 单位要向供销社订购一批背篓，这个函该怎么写？
!m 3 个回答　·　1204 人看过
!l 问题补充：第一次写函，不知道格式，领导催得急。
!m 最佳回答　｜　公文老杨　｜　昨天 19:20
{BODY}
!a 赞同 56　　反对　　举报
!l 更多回答（2）
!l 小吴：可以网上搜个商洽函模板，改改就行
!a 我也要回答，领 10 津币
!m 问津网 © 2025　蜀ICP备22014461号
""",
        body="""
这种情况用商洽函就可以，写清楚要什么、要多少、什么时候要、找谁联系。给你一个样子，按实际情况改：
关于订购竹编背篓的函
××县供销合作社：
我单位因开展山区护林巡查工作，需订购竹编背篓××只，规格为口径40厘米左右、带双肩背带。请贵社协助组织货源，并于×月×日前报价。
联系人：×××，电话：××××××××。
特此函商，盼复。
××单位（盖章）
××××年×月×日
要注意两点：一是函的语气要平和，多用“请”“盼复”，不要用“务必”；二是落款要盖章，日期写全年月日。
""",
    ),
    dict(
        slug="collection-laoqiao-memoir-father-billhook-gb2312",
        site="老樵文存 (invented, a retired forester's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laoqiaowc.com/shanju/027.htm",
        title="父亲的柴刀",
        record_title="父亲的柴刀（老樵文存·山居卷）",
        date=None,
        notes="old table layout of a personal collection: 繁体字版/简体 links, chapter links, a visitor counter and "
        "the author's mailbox; a memoir without any date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的柴刀（老樵文存·山居卷）</title>
<style type="text/css">td{font-size:14px;line-height:26px}</style>
<script language="JavaScript" src="../js/stat.js"></script>
</head>
<body bgcolor="#eef0e6">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td height="70" align="center"><font size="5" color="#3d5a2a">⟦m 老樵文存⟧</font><br><font color="#888888">⟦m 一个老护林员的山居笔墨⟧</font></td></tr>
<tr><td align="center" bgcolor="#3d5a2a"><font color="#ffffff">⟦m <a href="../index.htm">文存首页</a> | <a href="index.htm">山居卷</a> | <a href="../jiushi/index.htm">旧事卷</a> |⟧ <a href="../big5/shanju/027.htm">⟦a 繁体字版 / 简体⟧</a></font></td></tr>
<tr><td align="center"><br><font size="4"><b>{T}</b></font><br><font color="#999999">⟦m 山居卷·第二十七篇⟧</font></td></tr>
<tr><td style="padding:10px 40px">
{BODY}
</td></tr>
<tr><td align="center">⟦l 前文：山里的第一场雪　|　目录　|　后文：守林屋的灯⟧</td></tr>
<tr><td align="center" bgcolor="#f3f4ee"><font color="#666666">⟦w 读者来信请寄：laoqiao_wc@mail.laoqiaowc.com⟧</font></td></tr>
<tr><td align="center"><font color="#999999">⟦d 文存文字为作者原创，转载请与作者联系⟧　⟦m 自二〇〇九年开通以来第 046613 位读者⟧</font></td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲的柴刀挂在灶屋门后的木钉上，刀背厚，刀头带一个弯钩，是赭川镇上姚铁匠打的。
每年入冬前，父亲都要磨一次刀。他蹲在门口的磨刀石前，先泼一瓢水，再一推一拉地磨，磨一阵就用拇指肚在刃口上试一试。磨好了，刀口亮得能照见人影。
那把刀跟着父亲砍了四十年的柴。山上的杂木、竹子、荆条，到了他手里，三两下就码成整整齐齐的一捆。有一年大雪压断了屋后的老枫树，也是他一个人用这把刀一截一截劈开的。
父亲走后，我把柴刀从木钉上取下来，用旧布包好带到了城里。刀已经锈了，我却一直没舍得磨。
""",
    ),
    dict(
        slug="collection-zhexi-memoir-grandma-brazier-wrapped",
        site="赭溪杂记 (invented, a personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://zhexizaji.cn/juan1/huopen.html",
        title="外婆的火盆",
        date=None,
        notes="title as the record gives it; hard-wrapped at 68 columns; collection header, volume links and a "
        "visitor line; no date",
        page="""
!m 赭溪杂记 · 卷一 · 乡间旧物
{T}
!m 作者：向晚　｜　本篇字数：约四百
{BODY}
!l ← 前一篇：祖屋的天井　　　后一篇：端午的粽叶 →
!l 返回卷一目录
!m 本集累计访问 21874 人次
!d 赭溪杂记所收文字，未经作者同意请勿转载。
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
外婆家的火盆是黄铜的，盆口有一圈回纹，底下垫着一个木架子。冬天一到，外婆就把它从楼上搬下来，擦得锃亮，放在堂屋正中。
火盆里烧的是外公自己烧的木炭。外婆添炭很有讲究，先拿火钳把旧炭拢到中间，新炭沿着边一块块码好，再盖上一层薄薄的炭灰，一盆火能慢慢焐到半夜。
我们几个孩子最喜欢围着火盆烤糍粑。糍粑放在铁丝架上，烤得鼓起一个大泡，外婆就用筷子一戳，撒一撮白糖递过来。
后来舅舅家装了电暖器，火盆被收进了柜子。前年外婆过世，表姐把它留给了我。如今它摆在我的书房里，不再生火，只装着几本旧书。
""",
    ),
    dict(
        slug="party-weixi-host-script-backbasket-team-html",
        site="隈溪党建网 (invented, county Party-building portal)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://www.weixidj.gov.cn/jcdj/202406/t20240628_3381.html",
        title="厝岭镇“背篓党员服务队”成立仪式主持词",
        record_title="〖先锋足迹〗厝岭镇“背篓党员服务队”成立仪式主持词_隈溪党建网",
        date="2024-06-28",
        notes="Party portal: a points prompt, a read-on-phone QR line, a byline 发布时间 taken as the page's date; "
        "a host's script with numbered items",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖先锋足迹〗厝岭镇“背篓党员服务队”成立仪式主持词_隈溪党建网</title>
<link rel="stylesheet" href="/res/dj/red.css">
<script src="/res/dj/common.js"></script>
</head>
<body>
<div class="dj-top">⟦m 隈溪党建网⟧　⟦m 中共隈溪县委组织部主办⟧　<a href="/m/">⟦a 手机版⟧</a></div>
<div class="dj-nav">⟦m 首页　组织建设　党员教育　基层党建　人才工作　先锋足迹⟧</div>
<div class="dj-pos">⟦m 位置：首页 » 基层党建 » 先锋足迹⟧</div>
<div class="dj-article">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2024-06-28　来源：厝岭镇党委　字号：大 中 小⟧</div>
<div class="dj-score">⟦a 登录学习账号，本篇读满 3 分钟计 1 学分⟧</div>
<div class="dj-content">
{BODY}
</div>
<div class="dj-qr">⟦a 掏出手机扫一扫，本篇随身看⟧</div>
<div class="dj-near">⟦l 上一条：县委组织部开展“七一”走访慰问⟧<br>⟦l 下一条：黧坪乡举办入党积极分子培训班⟧</div>
</div>
<div class="dj-foot">⟦m 隈溪党建网　版权所有　湘ICP备10027314号⟧<br>⟦m 地址：隈溪县人民路1号县委大院　邮编：415200⟧</div>
</body>
</html>
""",
        body="""
各位领导、同志们、乡亲们：
大家上午好！厝岭镇山高路陡，不少村民组至今不通公路，群众买化肥、寄包裹、看病取药都靠肩挑背驮。为此，镇党委决定组建“背篓党员服务队”，今天在这里举行成立仪式。
下面进行第一项，请镇党委组织委员宣读《关于成立厝岭镇“背篓党员服务队”的决定》。
进行第二项，为服务队授旗，并为首批32名队员发放背篓。
进行第三项，请队员代表、石门村党员田守成发言。
进行第四项，请镇党委书记讲话。
同志们，一只背篓装的是群众的需要，背起来的是党员的责任。希望各位队员把背篓背稳、把山路走实。成立仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="party-gaiyang-summary-galoshes-vanguard-table",
        site="陔阳先锋网 (invented, county Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.gaiyangxf.cn/zbgz/2024/0903/1276.html",
        title="县直机关第三党支部“雨鞋先锋队”防汛志愿服务工作总结",
        record_title="【汛期先锋】县直机关第三党支部“雨鞋先锋队”防汛志愿服务工作总结_支部工作_陔阳先锋网",
        date="2024-08-30",
        date_also=["2024-09-03"],
        notes="a branch's summary with a table, one row a paragraph; 成文日期 under the signature differs from the "
        "site's posting line",
        page="""
!m 陔阳先锋网
!m 首页 / 支部工作 / 正文
!t 【汛期先锋】县直机关第三党支部“雨鞋先锋队”防汛志愿服务工作总结
!m 发稿：2024年09月03日　来源：县直机关工委　浏览量：356
!a 〔字大些〕〔字小些〕〔打印〕
{BODY}
!l 相关：县直机关党员“双报到”服务情况通报　｜　防汛志愿服务队伍名单
!m 陔阳先锋网　中共陔阳县委组织部　电话：0735-6200718
""",
        indent="\u3000\u3000",
        body="""
今年汛期，县直机关第三党支部组建“雨鞋先锋队”，32名党员穿上雨鞋、扛起沙袋，下沉到城区4个易涝社区参加防汛志愿服务。现将工作情况总结如下。
一、服务开展情况
社区　出勤人次　转移群众　清理淤泥
陔南社区　96　41户　18吨
皤园社区　74　27户　12吨
糁坊社区　68　19户　9吨
江堤社区　55　12户　6吨
二、主要做法
支部把党员按住址分成4个小组，每组包一个社区；为每名党员配发一双高筒雨鞋和一件雨衣，雨鞋统一存放在社区服务站，接到预警半小时内集结。
三、下一步打算
总结今年的经验，建立“雨鞋先锋队”常态化值守制度，把防汛志愿服务纳入党员积分管理。
中共陔阳县直机关第三支部委员会
2024年8月30日
""",
    ),
    dict(
        slug="hospital-zhechuan-brazier-co-poisoning-article-html",
        site="赭川县人民医院 (invented, county hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.zcxrmyy.com/jkkp/2024-12-10/1583.html",
        title="烤火盆谨防“隐形杀手”一氧化碳",
        record_title="【科普时间】烤火盆谨防“隐形杀手”一氧化碳 - 赭川县人民医院",
        date="2024-12-10",
        notes="hospital page: a booking float, a 24-hour line and an experts list as chrome; the hospital's own "
        "急诊科 phone in the last sentence of the body; byline 发布时间 as the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【科普时间】烤火盆谨防“隐形杀手”一氧化碳 - 赭川县人民医院</title>
<link rel="stylesheet" href="/static/hosp.css">
<script src="/static/hosp.js"></script>
</head>
<body>
<div class="h-top">⟦m 赭川县人民医院⟧　⟦m 二级甲等综合医院⟧　<span>⟦m 总机：0739-8581000⟧</span></div>
<div class="h-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="h-crumb">⟦m 当前：首页 / 健康科普 / 急诊急救⟧</div>
<div class="h-main">
<h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2024-12-10　作者：急诊科 祁雪松　点击：873⟧</div>
<div class="h-text">
{BODY}
</div>
<div class="h-share">⟦l 分享给家人：微信 QQ 复制链接⟧</div>
</div>
<div class="h-side">
<h3>⟦l 急诊科专家⟧</h3>
<ul><li>⟦l 祁雪松　主任医师　周一、周四全天⟧</li><li>⟦l 骆婉　副主任医师　周二、周五上午⟧</li></ul>
</div>
<div class="h-float">⟦a 预约挂号⟧<br>⟦a 报告查询⟧<br>⟦m 全天候值班：0739-8581999⟧</div>
<div class="h-foot">⟦m 地址：赭川县城关镇健康路26号⟧　⟦m 湘ICP备15003372号⟧　⟦d 本站医学内容仅供参考，不能代替医生面诊⟧</div>
</body>
</html>
""",
        body="""
进入寒冬，我院急诊科近一周接诊了5名一氧化碳中毒患者，其中4人是在密闭房间里烤炭火盆引起的。
一氧化碳无色无味，被称为“隐形杀手”。炭火燃烧不充分时会产生大量一氧化碳，人吸入后会出现头痛、头晕、恶心、四肢无力，严重的会昏迷甚至危及生命。
预防要做到三点：一是烤火盆的房间要开窗留缝，保持空气流通；二是不要在卧室、车内等密闭空间烧炭；三是老人、孩子和醉酒的人不要单独守着火盆睡觉。
一旦发现有人中毒，要立即打开门窗，把患者移到通风处，解开衣领，保持呼吸通畅，并尽快送医。中重度中毒患者需要高压氧治疗，越早越好。
如遇紧急情况，请拨打120或我院急诊科电话0739-8581120。
""",
    ),
    dict(
        slug="hospital-aishan-tcm-notice-billhook-wounds-clinic",
        site="皑山市中医院 (invented, city hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.aszyy.org.cn/ksxw/szwk/2024/0920/902.html",
        title="手足外科关于开展秋收农忙刀伤防治义诊活动的通知",
        record_title="手足外科关于开展秋收农忙刀伤防治义诊活动的通知_科室新闻_皑山市中医院",
        date="2024-09-20",
        notes="hospital notice in text: the department's own 咨询电话 in the body beside the hospital's booking and "
        "complaint lines; 成文日期 under the signature",
        page="""
!m 皑山市中医院　医者仁心　大医精诚
!m 首页 > 科室新闻 > 手足外科
{T}
!m 发布者：手足外科　日期：2024-09-20　浏览：502
{BODY}
!m 网上预约：关注“皑山市中医院”服务号　预约电话：0736-2810000
!m 行风监督电话：0736-2810100
!l 上一篇：针灸科开展三伏贴后续调理　下一篇：我院举办中医药文化进校园活动
!m 皑山市中医院 版权所有　湘ICP备09041216号
""",
        indent="\u3000\u3000",
        body="""
为减少秋收农忙期间柴刀、镰刀等农具造成的手部外伤，我院手足外科定于2024年9月28日（星期六）上午8:30至11:30在隈溪县厝岭镇卫生院开展刀伤防治义诊活动。现将有关事项通知如下。
一、义诊内容：手部外伤初步处理指导、陈旧性刀伤功能评估、破伤风预防咨询。
二、参加专家：手足外科主任医师阎守正、副主任医师裘丹。
三、义诊当天免收挂号费，需要拍片检查的按规定减半收费。
四、行动不便的群众可由家属代为咨询。
咨询电话：0736-2817354（手足外科办公室）
皑山市中医院手足外科
2024年9月20日
""",
    ),
    dict(
        slug="college-aishan-ceramics-news-teacups-award-html",
        site="皑山陶瓷职业学院 (invented, college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.astcvc.edu.cn/xwzx/xyxw/2024/1108/2216.html",
        title="我院学生茶盅作品在全省陶瓷创意设计大赛中获金奖",
        record_title=None,
        date="2024-11-08",
        notes="no title in the record: the news page's <h1>; a dotted college date as the page's date; a photo "
        "caption between paragraphs; a 供稿/审核 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>皑山陶瓷职业学院-新闻中心</title>
<link rel="stylesheet" href="/style/college.css">
<script src="/js/menu.js"></script>
</head>
<body>
<div class="c-header"><img src="/images/logo.png" alt="">⟦m 皑山陶瓷职业学院⟧ <span>⟦m 匠心筑器　陶冶育人⟧</span></div>
<div class="c-menu">⟦m 学院首页　学院概况　院系设置　招生就业　新闻中心　信息公开⟧</div>
<div class="c-left"><h3>⟦m 新闻中心⟧</h3><ul><li>⟦l 学院要闻⟧</li><li>⟦l 院系动态⟧</li><li>⟦l 媒体关注⟧</li></ul></div>
<div class="c-right">
<div class="c-path">⟦m 您的位置：首页 ＞ 新闻中心 ＞ 院系动态⟧</div>
<h1>{T}</h1>
<div class="c-meta">⟦m 2024.11.08　｜　供稿：陶瓷艺术学院　｜　审核：牛晓　｜　浏览次数：1520⟧</div>
<div class="c-article">
{BODY}
</div>
<div class="c-pn">⟦l 上一篇：学院召开2024年秋季学生工作会议⟧<br>⟦l 下一篇：陶瓷艺术学院举办校友分享会⟧</div>
</div>
<div class="c-footer">⟦m 地址：皑山市高新区窑岭路199号　邮编：414000⟧<br>⟦m 招生咨询：0736-2953100⟧　⟦m 湘ICP备13005287号⟧</div>
</body>
</html>
""",
        body="""
11月6日，第七届全省陶瓷创意设计大赛在皑山市落幕。我院陶瓷艺术设计专业学生祝遥、闵可欣设计的《一盅清》系列茶盅从312件参赛作品中脱颖而出，获得日用陶瓷类金奖。
⟦m 图：获奖作品《一盅清》系列茶盅⟧
《一盅清》共六只茶盅，取材于醍水老窑的传统器型，杯身收腰、口沿微撇，施以青白釉，握在手里不烫指。两名同学前后试烧了十一窑，才把釉色稳定下来。
指导教师岑立说，这套茶盅的设计从学生走访老窑工开始，是学院“非遗进课堂”教学改革的成果。
本届大赛我院共获金奖1项、银奖2项、铜奖4项。
""",
    ),
    dict(
        slug="college-leijiang-agri-notice-galoshes-lending-record",
        site="酹江农林学院 (invented, college site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.ljnlxy.edu.cn/tzgg/2024/0507/311.html",
        title="关于雨季为学生提供雨鞋借用服务的通知",
        record_date="2024-05-07",
        date="2024-05-07",
        notes="title and date from the record; the logistics centre's own 服务电话 in the body beside the site's "
        "switchboard; numbered items",
        page="""
!m 酹江农林学院后勤处
!m 首页 » 通知公告
{T}
!m 发布：后勤处　｜　2024-05-07　｜　阅读 1993
{BODY}
!a 【打印通知】【关掉窗口】
!l 上一条：关于学生公寓夏季用电安全的提醒
!l 下一条：校园一卡通系统升级公告
!m 酹江农林学院　学院总机：0737-3850000　地址：酹江市滨江大道2号
""",
        indent="\u3000\u3000",
        body="""
各学院、全体学生：
我校地处江边，雨季校园部分道路积水较深。为方便同学们出行，后勤处决定自5月8日起在学生公寓值班室提供雨鞋借用服务。现将有关事项通知如下。
一、借用地点：1至6号学生公寓一楼值班室，每处备有雨鞋40双。
二、借用办法：凭校园卡登记借用，每次限借一双，须在48小时内归还。
三、归还要求：请将雨鞋冲洗干净后归还；丢失或损坏的，按进价赔偿。
服务电话：0737-3856021（后勤服务中心）
后勤处
2024年5月7日
""",
    ),
]
