"""holdout327, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people, written by hand; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="qa-wendehao-latex-cot-itch-question-title",
        site="问得好 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendehao.com/question/58812047",
        title="戴乳胶指套久了手指发痒起红疹，是过敏吗？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record, the question in the <h1>; an adopted-answer badge, vote bar, "
        "more answers; relative times only (5 天前, 3 天前), no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>戴乳胶指套久了手指发痒起红疹，是过敏吗？ - 问得好</title>
<script src="https://s.wendehao.com/js/qa.min.js"></script>
</head>
<body>
<div class="wd-top">⟦m 问得好 · 有问题，就有好回答⟧ <form>⟦a 搜索问题⟧</form> ⟦a <a>我要提问</a> <a>登录</a>⟧</div>
<div class="wd-crumb">⟦m 问得好 › 健康 › 皮肤科⟧</div>
<div class="wd-q">
<h1>{T}</h1>
<p class="wd-q-desc">⟦m 在电子厂做检测，每天戴八个小时乳胶指套，最近食指和中指又痒又红，下班摘了也不消。⟧</p>
<p class="wd-q-info">⟦m 匿名用户 · 提问于 5 天前 · 浏览 2043⟧</p>
</div>
<div class="wd-answer">
<div class="wd-best">⟦m ✔ 提问者采纳⟧</div>
<div class="wd-author">⟦m 皮肤科 甘宛清 医师 · 回答于 3 天前⟧</div>
<div class="wd-text">
{BODY}
</div>
<div class="wd-vote">⟦l 赞同 318 ｜ 反对 ｜ 评论 21 ｜ 举报⟧</div>
</div>
<div class="wd-more"><h3>⟦l 其他 4 个回答⟧</h3>
<p>⟦l 可以试试戴两层，里面一层棉质的。⟧</p>
<p>⟦l 我以前也这样，换了丁腈的就好了。⟧</p></div>
<div class="wd-related"><h3>⟦l 相关问题⟧</h3><p>⟦l 丁腈手套和乳胶手套哪个更不容易过敏？⟧</p></div>
<div class="wd-foot">⟦d 回答内容仅供参考，不能代替医生面诊。⟧ ⟦m © 问得好 wendehao.com　京ICP备20038251号⟧</div>
</body>
</html>
""",
        body="""
从你描述的情况看，很可能是乳胶过敏，也可能是手指长时间闷在指套里引起的浸渍性皮炎。
乳胶过敏一般在戴上后几分钟到几小时内出现，表现为接触部位发红、瘙痒，严重的会起水疱。建议先换成丁腈材质的指套试一试，这种指套不含天然乳胶蛋白，对乳胶过敏的人通常可以用。
如果换了材质还痒，就要考虑是闷出来的。每戴一到两个小时摘下来让手指透透气，指套里别沾水，下班后涂一点不含香精的护手霜。
红疹范围扩大或者起了水疱，最好去皮肤科做个斑贴试验，明确过敏原。
""",
    ),
    dict(
        slug="qa-wendehao-brush-washing-numbered-text",
        site="问得好 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://m.wendehao.com/question/60237781",
        title="化妆刷多久洗一次？用什么洗比较好？",
        record_title="化妆刷多久洗一次？用什么洗比较好？ - 问得好问答",
        date=None,
        notes="Q&A as text: the question with the site suffix in the record; a numbered list in the answer; the "
        "answerer line, vote row and more answers around it; relative times only",
        page="""
!m 问得好问答 · 手机版
{T}
!m 美妆护肤 · 12 个回答 · 被浏览 3.4 万次
!m 最佳回答
!m 跟妆八年的小莫 · 回答于 2 周前
{BODY}
!l 👍 1.2k　　💬 86　　⭐ 收藏　　↗ 转给朋友
!l 查看全部 12 个回答 ›
!l 相关问题：美妆蛋要不要每天洗？ ｜ 化妆刷掉毛严重还能用吗？
!a 打开问得好App，看更多精彩回答
!m © 问得好 wendehao.com
""",
        body="""
我是做了八年跟妆的化妆师，说说我的做法。
粉底刷和美妆蛋最容易滋生细菌，建议每周洗一次；散粉刷、腮红刷这类干粉刷，两到三周洗一次就可以；眼部的刷子最好每周都洗。
⟦a 打开App看清洗步骤动图 ▶⟧
清洗步骤：
1.用温水打湿刷头，注意刷头朝下，别让水流进刷杆和刷毛的胶合处。
2.在掌心挤一点专用洗刷液或者婴儿洗发水，打圈揉出残留的粉底。
3.冲净后用纸巾吸干水分，把刷毛整理成原来的形状。
4.刷头朝下或平放晾干，不要用吹风机热风吹。
刷毛开始大量掉毛，或者怎么洗都洗不出原来的颜色，就该换新的了。
""",
    ),
    dict(
        slug="collection-chuanxi-memoir-green-jar-gb2312",
        site="荈溪旧事·覃怀素文集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.qinhuaisu.net/jiushi/07.htm",
        title="那只绿色的护手霜罐",
        record_title="那只绿色的护手霜罐·《荈溪旧事》·七",
        date=None,
        notes="retired writer's collection: old gb2312 table page, 繁體/简体 links, chapter links, a visitor "
        "counter and the author's mailbox; no date anywhere",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>那只绿色的护手霜罐·《荈溪旧事》·七</title>
<script language="JavaScript" src="counter.js"></script>
</head>
<body bgcolor="#F6F1E6">
<table width="760" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 覃怀素文集⟧</font><br>⟦m 写给荈溪，写给那些回不去的冬天⟧</td></tr>
<tr><td align="right">⟦a <a href="big5/07.htm">繁體</a> ｜ <a href="07.htm">简体</a>⟧</td></tr>
<tr><td>⟦m <a href="index.htm">文集首页</a> ＞ <a href="jiushi.htm">荈溪旧事</a> ＞ 之七⟧</td></tr>
</table>
<table width="760" align="center" border="0"><tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 《荈溪旧事》之七⟧</p>
{BODY}
</td></tr></table>
<table width="760" align="center" border="0">
<tr><td align="center">⟦l ← 之六　老街的剃头铺⟧　⟦l 目录⟧　⟦l 之八　外婆的织布机 →⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：huaisu_qin@163.com⟧</td></tr>
<tr><td align="center">⟦m 本页已被翻阅 <span id="cnt">11408</span> 次⟧</td></tr>
<tr><td align="center">⟦d 文章版权归作者所有，转载请先来信⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲在纺织厂当了三十年挡车工，一到冬天，手背上的裂口一道接一道。她床头总放着一只绿色的圆铁罐，罐里是厂里发的护手霜，盖子上印着“劳保用品”四个红字。
每天下了夜班，母亲先用热水泡手，再用指尖从罐里挑出一点，在手背上慢慢抹开。屋里便有一股淡淡的甘油味，我闻到那味道，就知道母亲回来了。
护手霜用完了，罐子她舍不得扔，洗干净用来装针线。后来我去省城上大学，行李里就有那只罐子，里面是母亲塞进去的纽扣和两卷白线。
如今那只罐子还在我的书桌上，绿漆掉了大半。我偶尔打开它，好像还能闻到那年冬夜的甘油味。
""",
    ),
    dict(
        slug="collection-yechuang-memoir-teller-cot-oneline",
        site="夜窗集 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://yechuangji.example.net/juan2/lao-meng.html",
        title="老蒙的橡皮指套",
        record_title="老蒙的橡皮指套·《夜窗集》卷二",
        date=None,
        notes="collection text with the whole body on one line (paragraphs apart only by their indent); a 写于 "
        "line with a lunar year, no date; chapter links and the author's mailbox after",
        page="""
!m 夜窗集 · 一个老信用社出纳的回忆
!m 卷二　柜台内外
{T}
!m 作者：蒲石安
{BODY}
!l 上一篇：算盘与油灯　　下一篇：第一台点钞机
!l 返回卷二目录
!m 读者来信：pu_shian@yechuangji.example.net
!d 本集文字由作者本人整理上传，谢绝商业转载。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
我参加工作那年，分在公社信用社当出纳，带我的是会计老蒙。老蒙右手食指上常年套着一只黄色橡皮指套，数钞票时拇指一捻，钞票便像扇子一样散开。
他说指套是吃饭的家伙，一只能用一个多月，磨薄了就换。他的抽屉里有一个铁皮盒，装着大大小小十几只指套，按粗细排得整整齐齐。
有一回月底轧账差了两毛钱，老蒙戴着指套把一沓沓票子又数了三遍，直到半夜，才在废纸篓里找到一张夹在单据里的毛票。
老蒙退休时把那个铁皮盒送给了我。后来点钞机进了柜台，指套用得少了，可那个盒子我一直留着。
写于乙巳年春
""",
    ),
    dict(
        slug="party-zongshan-summary-warm-window-table",
        site="骔山党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zsdj.gov.cn/jcdt/2024/1224/6031.html",
        title="县住建局机关党支部“暖窗行动”志愿服务工作总结",
        record_title="【暖窗行动】县住建局机关党支部“暖窗行动”志愿服务工作总结 - 基层动态 - 骔山党建网",
        date="2024-12-20",
        date_also=["2024-12-24"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line, a recommended list; a table of "
        "communities one row a paragraph; 成文日期 under the signature, the site's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【暖窗行动】县住建局机关党支部“暖窗行动”志愿服务工作总结 - 基层动态 - 骔山党建网</title>
<script src="/js/zsdj.common.js"></script>
</head>
<body>
<div class="dj-head"><img src="/img/dangji.png" alt="">⟦m 骔山党建网　中共骔山县委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页｜党建要闻｜基层动态｜先锋模范｜党员教育｜组工信息⟧</div>
<div class="dj-loc">⟦m 首页 ＞ 基层动态 ＞ 机关党建⟧</div>
<div class="dj-main">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布日期：2024-12-24　来源：县住建局机关党支部　作者：龙晓岑⟧</div>
<div class="dj-points">⟦a 登录党员学习账号，阅读本文满 3 分钟可得 1 学分⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，随时随地读党建⟧</div>
<div class="dj-sx">⟦l 上一篇：县交通运输局党组开展“结对共建”主题党日⟧<br>⟦l 下一篇：县自然资源局机关党委召开年度述职评议会⟧</div>
</div>
<div class="dj-side"><h3>⟦l 推荐阅读⟧</h3>
<p>⟦l 党员志愿者冬日送暖到万家⟧</p>
<p>⟦l 机关支部“双报到”服务清单公布⟧</p></div>
<div class="dj-foot">⟦m 中共骔山县委组织部　地址：骔山县人民路1号　电话：0736-5840012⟧<br>⟦m 湘ICP备11021954号⟧</div>
</body>
</html>
""",
        body="""
今年入冬前，县住建局机关党支部组织党员志愿者开展“暖窗行动”，为城区独居老人家中的单层玻璃窗粘贴保温静电贴，现将有关情况总结如下。
一、基本情况。支部28名党员分成6个小组，利用周末走访荍苑、鳈塘、澄湖3个社区，共为64户独居老人贴窗112扇。
社区　户数　窗户（扇）　参与党员（人次）
荍苑社区　26　45　18
鳈塘社区　21　38　15
澄湖社区　17　29　12
⟦a 答题赢学分：本文配套3道随堂小测⟧
二、主要做法。静电贴不用胶水，揭下不留痕，老人容易接受。志愿者事先量好尺寸、裁好贴膜，入户后半小时内完成，并教老人开春后自己揭下保存。
三、下步打算。明年将联合社区网格员建立独居老人“暖窗”台账，把服务延伸到窗户密封条更换。
中共骔山县住房和城乡建设局机关支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-renkou-host-script-brush-contest",
        site="纴口先锋 (invented township Party-building site)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.renkouxianfeng.cn/djlm/2025/0611/221.html",
        title="纴口镇化妆刷产业党建联盟首届技能比武主持词",
        record_title="【红色链上】纴口镇化妆刷产业党建联盟首届技能比武主持词（现场实用版）",
        date=None,
        notes="township Party site as text: a host script with no date (only a view count and 来源 line); a "
        "study-points prompt before and a thumbs-up row after",
        page="""
!m 纴口先锋 · 中共纴口镇委员会
!m 首页 → 党建联盟 → 活动掠影
!t 【红色链上】纴口镇化妆刷产业党建联盟首届技能比武主持词（现场实用版）
!m 来源：纴口镇党建办　　浏览：318
!a 学习强镇积分：阅读满两分钟 +1
{T}
{BODY}
!l 为本文点赞（27）
!l 相关：纴口镇化妆刷产业党建联盟成立 ｜ 十七家企业党支部签订共建协议
!m 中共纴口镇委员会主办　技术支持：荈溪县融媒体中心
""",
        body="""
尊敬的各位领导、各位来宾，参加比武的各位工友：
大家上午好！纴口镇化妆刷产业党建联盟首届技能比武现在开始。
今天的比武设理毛、装毛、修形三个项目，来自十七家企业的五十一名选手参赛，其中党员选手二十三名。
首先，请镇党委副书记冯皎致辞。
感谢冯书记的讲话。下面进入比赛环节，请选手们到各自工位就位，请裁判组宣读比赛规则。
比赛告一段落。下面宣布获奖名单，请获奖选手上台领奖。
一把刷子，见证手艺；一场比武，凝聚人心。希望大家把今天的干劲带回车间。本次技能比武到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-bachuan-floss-bleeding-consult-line",
        site="鲃川县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.bcxrmyy.com/kepu/kqk/2025/0422/1308.html",
        title="牙龈出血，要不要停用牙线？",
        record_title="【口腔科普】牙龈出血，要不要停用牙线？-鲃川县人民医院",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="hospital page: a booking float, a 24-hour line and an experts list beside the department's own "
        "咨询电话 line that ends the article; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【口腔科普】牙龈出血，要不要停用牙线？-鲃川县人民医院</title>
<script src="/static/js/hospital.js"></script>
</head>
<body>
<div class="h-top">⟦m 鲃川县人民医院　二级甲等综合医院⟧ ⟦m 24小时急诊：0736-5819120⟧</div>
<div class="h-nav">⟦m 首页 医院概况 科室导航 专家介绍 就医指南 健康科普⟧</div>
<div class="h-pos">⟦m 当前位置：首页 > 健康科普 > 口腔科⟧</div>
<div class="h-article">
<h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2025-04-22　作者：口腔科 闻笛　阅读：902⟧</div>
<div class="h-content">
{BODY}
</div>
<div class="h-tool">⟦a 【收藏】【打印】【关闭】⟧</div>
</div>
<div class="h-side"><h4>⟦l 口腔科专家⟧</h4>
<p>⟦l 闻笛　副主任医师　周二、周四上午⟧</p>
<p>⟦l 卢思齐　主治医师　周一至周五⟧</p></div>
<div class="h-float">⟦a 预约挂号⟧<br>⟦m 预约电话 0736-5819666⟧</div>
<div class="h-foot">⟦m 地址：鲃川县迎宾大道208号　邮编：427500⟧<br>⟦d 本站健康科普内容仅供参考，具体诊疗请遵医嘱。⟧<br>⟦m 湘ICP备13007719号-1⟧</div>
</body>
</html>
""",
        body="""
门诊中经常有患者问：“一用牙线牙龈就出血，是不是牙线把牙龈割伤了？”
其实，健康的牙龈在正确使用牙线时是不会出血的。出血往往说明牙缝处的牙龈已经有了炎症，牙菌斑长期堆积，牙龈变得红肿、脆弱，一碰就出血。
这时候不但不能停，反而要坚持每天使用牙线，把牙缝里的菌斑清理干净。一般坚持一到两周，炎症减轻，出血会明显减少。
需要提醒的是，使用牙线时动作要轻柔，不要猛地压进牙缝。如果出血超过两周不见好转，或伴有牙齿松动、口臭加重，请及时到口腔科检查。
口腔科咨询电话：0736-5819532（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-bachuan-notice-exam-finger-cots",
        site="鲃川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.bcxrmyy.com/yygg/2025/0307/1266.html",
        title="关于规范门诊检查用指套使用管理的通知",
        date="2025-03-07",
        notes="record title as is; hospital chrome in text (a booking line and a 24-hour line); a numbered notice "
        "with 成文日期 under the signature",
        page="""
!m 鲃川县人民医院 · 医院公告
!m 预约挂号：0736-5819666　　急诊：0736-5819120
{T}
!m 发布：护理部　　2025-03-07　　阅读 411
{BODY}
!a 〔打印〕〔关本页〕
!l 上一条：关于调整门诊午间诊疗时间的公告
!l 下一条：2025年护士执业注册工作安排
!l 就医指南：门诊时间 ｜ 医保报销 ｜ 住院须知 ｜ 出院复印病历
!m 地址：鲃川县迎宾大道208号
!m 鲃川县人民医院 版权所有
""",
        body="""
各临床科室、门诊部：
为规范门诊检查用指套的使用和处置，降低交叉感染风险，现就有关要求通知如下：
一、肛门指检、口腔检查等操作应使用一次性医用指套，一人一套，严禁重复使用。
二、对乳胶过敏的患者，应改用丁腈指套，并在病历中注明。
三、使用后的指套按感染性医疗废物处置，投入黄色医疗废物袋，不得混入生活垃圾。
四、各科室每月5日前向护理部报送上月指套领用量，护理部将不定期抽查。
鲃川县人民医院护理部
2025年3月7日
""",
    ),
    dict(
        slug="college-biaozhou-bird-strike-clings-h1",
        site="骉州学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.bzxy.edu.cn/info/1032/27816.htm",
        title="生态学院志愿服务队为玻璃幕墙贴上防撞鸟静电贴",
        record_title=None,
        date="2025-04-18",
        notes="university news page: no title in the record, the title in the <h1>; a dotted date in the byline "
        "as the page's date; a photo caption between paragraphs; 文/图/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>骉州学院新闻网</title>
<script src="/_js/jquery.min.js"></script>
<script src="/_js/visit.js"></script>
</head>
<body>
<div class="xy-head">⟦m 骉州学院新闻网⟧ ⟦m 求真　致远　笃行⟧</div>
<div class="xy-nav">⟦m 学院首页 · 综合新闻 · 院部动态 · 校园人物 · 媒体骉院⟧</div>
<div class="xy-loc">⟦m 当前位置：首页 » 院部动态⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 2025.04.18　来源：生态与环境学院　点击：<span>1340</span>⟧</div>
<div class="xy-text">
{BODY}
</div>
<div class="xy-prev">⟦l 上一条：我校举行2025年春季田径运动会⟧　⟦l 下一条：外国语学院举办英语演讲比赛⟧</div>
</div>
<div class="xy-foot">⟦m 骉州学院党委宣传部　地址：骉州市学府路66号⟧<br>⟦m 湘ICP备05017732号⟧</div>
</body>
</html>
""",
        body="""
近日，骉州学院生态与环境学院“护鸟行动”志愿服务队在图书馆和实验楼的玻璃幕墙上粘贴了三百余张防撞鸟静电贴。
志愿服务队负责人、2022级生态学专业学生蒋一鸣介绍，去年秋季他们在校园里记录到二十七起鸟类撞击玻璃事件，死亡的多为迁徙途中的柳莺。
⟦m 图为志愿者在图书馆玻璃幕墙上粘贴静电贴（生态与环境学院供图）⟧
队员们选用的是间距十厘米的圆点静电贴，不用胶水，不影响室内采光，期末还能揭下来清洗后重复使用。
学院指导教师覃悦表示，服务队将在今年秋季迁徙期继续监测，评估静电贴的防撞效果，并把数据提供给学校后勤处。⟦m （文/蒋一鸣　图/许嘉　审核/覃悦）⟧
""",
    ),
    dict(
        slug="college-biaozhou-library-notice-cots-ancient-books",
        site="骉州学院图书馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://lib.bzxy.edu.cn/tzgg/2025/0224/981.htm",
        title="骉州学院图书馆关于读者阅览古籍须佩戴指套的通知",
        date="2025-02-24",
        notes="record title as is; library site chrome in text; a numbered list, a sentence about scanning as "
        "content, the library's own 咨询电话 beside the site's opening-hours line; 成文日期 under the signature",
        page="""
!m 骉州学院图书馆
!m 开放时间：周一至周日 8:00—22:00　　总服务台：0736-5866100
!m 首页 › 馆务公告
{T}
!m 发布者：古籍部　　发布时间：2025-02-24　　点击：566
!a 调整字号：特大｜常规｜小号
{BODY}
!a 分享到：微信　QQ　　｜　　打印本页
!l 最新通知：关于寒假后开馆时间的通知 ｜ 数据库试用：中华经典古籍库
!m Copyright © 骉州学院图书馆　All Rights Reserved
""",
        body="""
各位读者：
为保护馆藏古籍，自2025年3月1日起，读者在古籍阅览室阅览线装书、拓片等文献时，须佩戴图书馆提供的指套。现将有关事项通知如下：
1.读者入室前须洗手并擦干，由工作人员发放一次性指套，每次借阅不超过三册。
2.翻页时用戴指套的手指托住书页边角轻轻翻动，不得沾口水翻页，不得在书页上折角、做记号。
3.阅览结束后，指套投入阅览室门口的回收盒。
4.需要复制古籍内容的，请向工作人员申请，由馆员扫描后提供电子版。
咨询电话：0736-5838801
骉州学院图书馆
2025年2月24日
""",
    ),
]
