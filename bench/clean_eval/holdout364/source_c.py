"""holdout364, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Invented text, sites, places, people and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenjin-nasal-rinse-water-question",
        site="问津网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjinwang.com/q/6618203.html",
        title="洗鼻器用凉开水还是温水？五岁孩子能用吗？",
        record_title=None,
        date=None,
        notes="title missing from the record: the question in the <h1>; the question's supplement line neutral; the "
        "adopted answer is the body; an adopted badge, a vote bar and more answers; relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问津网 - 有问题，就来问津</title>
<script src="https://s.wenjinwang.com/qa/detail.js"></script>
</head>
<body>
<div class="wj-top">⟦m 问津网 · 有问题，就来问津⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<div class="wj-cate">⟦m 问津 › 健康 › 耳鼻喉⟧</div>
<div class="q">
<h1>{T}</h1>
<p class="q-desc">孩子有过敏性鼻炎，医生让洗鼻，家里买了洗鼻器，不知道该怎么配水。</p>
<div class="q-meta">⟦m 提问者：小满的爸爸 ｜ 3 天前 ｜ 被浏览 2,310 次⟧</div>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="who">⟦m 耳鼻喉科 蒋若渝 ｜ 执业医师 ｜ 回答于 2 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a ▲ 有帮助 168　▼ 没帮助 3　｜ 评论 12⟧</div>
</div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 芒果布丁：我家用的是洗鼻盐，一包兑一瓶温水，孩子挺配合⟧</p>
<p>⟦l 网友5f20c：建议去医院让医生示范一次⟧</p></div>
<div class="relq"><h4>⟦l 相关问题⟧</h4>
<p>⟦l 洗鼻器多久换一个？⟧</p><p>⟦l 鼻窦炎洗鼻有用吗？⟧</p></div>
<div class="wj-ft">⟦d 问津网回答仅供参考，不能替代医生面诊⟧ ⟦m 问津网 wenjinwang.com 京ICP备18062031号⟧</div>
</body>
</html>
""",
        body="""
用温水，不要用凉开水，更不要直接用自来水。
洗鼻的水要先烧开，晾到和体温差不多，也就是三十七度左右，再加入洗鼻盐配成生理盐水。水太凉会刺激鼻黏膜，孩子会觉得酸痛；水太热容易烫伤。配好的盐水当次用完，不要隔夜。
五岁的孩子一般可以用，但要选儿童专用的低压洗鼻器，压力小一些，喷头也更软。第一次最好由家长或医生在旁边示范：让孩子身体前倾、张嘴发“啊”的声音，这样水不容易呛进喉咙和耳朵。
如果孩子正在发烧、中耳炎发作，或者鼻腔有出血，先暂停洗鼻，等症状好转再用。洗鼻器用完要拆开清洗、晾干，和大人的分开放。
""",
    ),
    dict(
        slug="qa-mamiwenwen-back-to-work-pump-answer",
        site="妈咪问问 (invented parenting Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.mamiwenwen.com/question/41180277",
        title="背奶妈妈上班用什么样的吸奶器合适？",
        record_title="背奶妈妈上班用什么样的吸奶器合适？ · 妈咪问问〔哺乳期话题〕",
        date=None,
        notes="a Q&A in text: the question as the title with an aside; the answerer's line, a vote row and a "
        "login prompt; relative times (昨天) only, so no date",
        page="""
!m 妈咪问问 > 哺乳期 > 背奶上班
{T}
!m 共 9 个回答　浏览 5,876
!m 答主：芸豆妈妈（国际认证泌乳顾问）
!m 回答于 昨天 21:08
{BODY}
!a 👍 赞同 231　💬 评论 40　⭐ 存起来
!a 想看全部 9 个回答？登录妈咪问问就行
!l 大家还在问：吸奶器配件多久换一次？／母乳冷冻能放多久？
""",
        body="""
给你几个挑选的思路，不推荐具体品牌。
第一，看使用频率。上班后每天要吸两到三次的，建议选双边电动吸奶器，两侧同时吸，能节省一半时间。偶尔吸一次，单边的就够了。
第二，看有没有电源。单位母婴室有插座的，插电款就行；经常出差或者没有固定地方吸奶的，选带锂电池的，充一次电能用两三天。
第三，看喇叭罩尺寸。买之前量一下乳头直径，选合适的喇叭罩，不合适的尺寸用久了会疼。
第四，看清洗是否方便。配件越少越好洗，上班时间紧，清洗麻烦的款式很难坚持。
最后，再准备一个储奶包和冰袋，吸出来的奶及时冷藏，下班带回家。
""",
    ),
    dict(
        slug="collection-meiyoudeng-memoir-divided-plate-gb2312",
        site="煤油灯札记 (invented retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.meiyoudeng.net/wenji/juan3/035.htm",
        title="父亲的铝饭盒和女儿的分格餐盘",
        record_title="父亲的铝饭盒和女儿的分格餐盘（灯影旧事·卷三第五篇）_煤油灯札记",
        date=None,
        notes="an old collection page in gb2312: marquee, volume links, a visitor counter and the author's mailbox; a "
        "memoir with only a year and a 写于…冬 line, so no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的铝饭盒和女儿的分格餐盘（灯影旧事·卷三第五篇）_煤油灯札记</title>
</head>
<body bgcolor="#fdf8ec">
<table width="820" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 煤油灯札记⟧</font></td></tr>
<tr><td align="center">⟦m 一位退休语文教师的旧事与闲话⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦m 欢迎老同学、老学生常来坐坐，留言请写在留言本⟧</marquee></td></tr>
<tr><td align="center">⟦m [本站首页] [灯影旧事] [课堂拾零] [读书记] [留言本]⟧</td></tr>
</table>
<table width="820" align="center" border="0" cellpadding="10">
<tr><td width="160" valign="top" bgcolor="#f2e8cc">
⟦l <b>卷三目录</b><br>第一篇　供销社的柜台<br>第二篇　那年修水库<br>第三篇　粮票<br>第四篇　借书证<br>第五篇　饭盒与餐盘<br>第六篇　一台收音机⟧
</td>
<td valign="top">
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 灯影旧事·卷三　录入：2024-11-03⟧</p>
{BODY}
<p>⟦l ←上一篇：借书证　　下一篇：一台收音机→⟧</p>
</td></tr>
</table>
<table width="820" align="center"><tr><td align="center">⟦m 站长信箱：meiyoudeng@126.com　本站已接待读者 <b>031204</b> 人次⟧</td></tr>
<tr><td align="center">⟦d 文中所写均为作者亲历，转载请与作者联系⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>\u3000\u3000{}</p>",
        body="""
父亲在公社农机站当了二十多年修理工，他的午饭永远装在一个铝饭盒里。饭盒是椭圆形的，盖子上用钉子刻着他的名字，边角早已磕得坑坑洼洼。
每天早上，母亲把米饭压在下面，上面铺一层咸菜或几片腌萝卜，逢年过节才有一块肉。饭盒放进农机站的大蒸笼里，中午掀开盖子，咸菜的汤早就渗进了米饭，一盒饭一个味道。
前些年我去城里女儿家，外孙女上幼儿园，吃饭用的是一只不锈钢分格餐盘：米饭一格，青菜一格，鸡腿一格，还有一格放着切好的苹果。女儿说，学校的餐盘也是这样分格的，荤素分开，谁吃了多少、剩了多少，一眼就看得清。
我看着那只亮闪闪的餐盘，想起父亲那只坑坑洼洼的铝饭盒。从一盒饭一个味道，到一格菜一个味道，中间隔着的，是我们这一家三代人过的日子。
写于二〇二四年冬
""",
    ),
    dict(
        slug="collection-text-essay-grandmother-bed-rail",
        site="南窗小集 (invented personal collection, text export)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://nanchuangxiaoji.cn/sanwen/0412.txt",
        title="祖母床边的那道木栏",
        date=None,
        notes="a personal essay as text with the record title as is; a collection header and footer; no date (an "
        "added stamp only)",
        page="""
!m 南窗小集　·　散文卷
!m 第四辑　人间烟火
{T}
!m 收入时间：5 个月前　　字数：约900
{BODY}
!l 本辑上一篇：《外婆的竹椅》　本辑下一篇：《腊月的灶台》
!d 南窗小集所收文字均为原创，引用请注明作者“南窗”
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
祖母八十岁那年，夜里从床上滚下来过一次。那是个冬夜，她想起身去摸床头的手电筒，身子一歪，连人带被子摔在了地上。幸好床不高，只是胳膊青了一大块。
第二天，父亲从柴房里找出几根晒干的杉木，锯成一样长，又在两头钻了眼，用铁丝牢牢绑在床沿上，做成了一道半人高的木栏。祖母嫌它碍事，说自己又不是三岁小孩。父亲笑着说：“您就当它是个扶手。”
后来，那道木栏真的成了祖母的扶手。早上起床，她先扶着木栏坐起来，缓一缓再下地；夜里翻身，手一碰到木栏，心里就踏实了。木栏被她摸得光溜溜的，泛着一层温润的光。
如今，商场里卖的床护栏可以升降、可以折叠，做工精细得多。可我每次看到，想起的总是祖母床边那道粗糙的木栏，和父亲绑铁丝时冻得通红的手。
""",
    ),
    dict(
        slug="dangjian-lanxi-xianfeng-summary-bed-rails",
        site="阑溪先锋网 (invented county Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.lanxixf.gov.cn/dyfc/202512/t20251224_51208.html",
        title="“银龄守护”党员志愿服务队为独居老人安装床护栏工作总结",
        record_title="【初心为民·志愿服务】“银龄守护”党员志愿服务队为独居老人安装床护栏工作总结_阑溪先锋网",
        date="2025-12-18",
        date_also=["2025-12-24"],
        notes="a Party-building portal: a study-points prompt, a read-on-phone QR line, a data table and a grid "
        "volunteer's mobile in the body; the summary's date under the signature differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【初心为民·志愿服务】“银龄守护”党员志愿服务队为独居老人安装床护栏工作总结_阑溪先锋网</title>
<script src="/res/js/xfw.js"></script>
</head>
<body>
<div class="top">⟦m 阑溪先锋网 · 中共阑溪县委组织部主办⟧</div>
<div class="menu">⟦m 首页 要闻 党建动态 党员风采 基层组织 远程教育 党员之家⟧</div>
<div class="pos">⟦m 所在位置：首页 » 党员风采⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 时间：2025-12-24　来源：驮岭乡党委　编辑：邬敏行⟧</div>
<div class="xfjf">⟦a 认真阅读满3分钟可累计学习积分2分⟧</div>
<div class="cnt">
{BODY}
</div>
<div class="qr">⟦a 掏出手机扫一扫，文章带回家读⟧</div>
</div>
<div class="rel"><h3>⟦l 党员风采 · 更多⟧</h3>
<p>⟦l 驮岭乡“红色代办员”跑出服务加速度⟧</p>
<p>⟦l 斑竹镇：党员中心户结对帮扶困难群众⟧</p></div>
<div class="ft">⟦m 中共阑溪县委组织部　电话：0579-87015531⟧ ⟦m 浙ICP备09025113号⟧</div>
</body>
</html>
""",
        body="""
今年以来，驮岭乡党委组建“银龄守护”党员志愿服务队，围绕独居老人夜间安全这一“小切口”，开展床护栏免费安装服务。现将工作情况总结如下。
一、基本情况
服务队由机关党员、村党员中心户和退休党员组成，共38人，分为6个小组，分片包干到村。全年共走访独居老人263户，为有需要的老人免费安装床护栏。各村完成情况如下：
村名　走访户数　安装数
嫩竹湾村　54　31
驮岭村　71　40
鹊坳村　48　26
二、主要做法
一是上门先评估，根据老人身体状况和床的高度确定是否安装；二是安装后再回访，每季度检查护栏是否松动；三是留下联系卡，老人有需要随时可以找到志愿者。嫩竹湾村网格员韦小禾的手机号（139 5790 2617）就贴在每户老人的床头。
三、下步打算
明年，服务队将把服务延伸到困难残疾人家庭，并联合乡卫生院开展防跌倒健康讲座。
中共驮岭乡委员会
二〇二五年十二月十八日
""",
    ),
    dict(
        slug="dangjian-kuangchuan-speech-plates-cn-date",
        site="旷川党建 (invented county Party-building site, text copy)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.kcdj.gov.cn/ldjh/2026/03/10/8815.html",
        title="县直机关工委书记廖清源在县直机关“光盘行动·分格餐盘进食堂”启动仪式上的讲话",
        record_title="〔机关工委·讲话〕县直机关工委书记廖清源在县直机关“光盘行动·分格餐盘进食堂”启动仪式上的讲话　旷川党建",
        date="2026-03-05",
        date_also=["2026-03-10"],
        notes="a speech in text whose title keeps the speaker's role and name; the date under the title in Chinese numerals is neutral; the "
        "posting date differs; a study-points line and a print row at the top, a QR line at the bottom",
        page="""
!m 旷川党建 — 中共旷川县直属机关工作委员会
!m 首页 ＞ 领导讲话
!m 发布时间：2026-03-10　浏览量：719
!a 〔学习强县〕阅读本文可计1分　｜　〔打印〕　｜　〔纠错〕
{T}
（二〇二六年三月五日）
{BODY}
!a 扫描二维码，关注“旷川机关党建”
!l 相关讲话：在县直机关党建工作推进会上的讲话　｜　在机关作风建设大会上的讲话
!m 主办：中共旷川县直属机关工作委员会　技术支持：旷川县信息中心
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在机关食堂举行“光盘行动·分格餐盘进食堂”启动仪式，目的就是用一只小餐盘，带动机关干部养成勤俭节约的好习惯。
近年来，县直机关食堂就餐人数不断增加，但剩菜剩饭问题也比较突出。工委和县机关事务中心做过一次统计，一个月下来，食堂倒掉的饭菜有近一吨。从今天起，县直机关食堂全部改用分格餐盘，实行按需取餐、定量盛放，荤素各有其格，吃多少盛多少。
借此机会，我提三点要求。一是党员干部要带头。各单位党组织书记要带头光盘，带头不剩饭。二是食堂要精细管理。根据分格餐盘调整菜品分量，推出小份菜、半份菜，每周公布剩餐情况。三是要形成长效机制。把“光盘行动”纳入文明单位创建和机关党建考核内容，让节约成为机关的新风尚。
同志们，节约一粒米、珍惜一餐饭，是小事，也是作风。希望大家从今天做起、从自身做起！
""",
    ),
    dict(
        slug="hospital-yuzhou-mch-pump-booking-notice",
        site="誉州市妇幼保健院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yzfybjy.com/news/tzgg/2026-06-12/1582.html",
        title="关于产科病区母乳喂养室吸奶器实行预约使用的通知",
        record_title="【护理部·病区通知】关于产科病区母乳喂养室吸奶器实行预约使用的通知-院务公开-誉州市妇幼保健院",
        record_date="2026-06-12",
        date="2026-06-12",
        notes="a hospital site: a booking float, a 24-hour line and an experts list; the ward's own 咨询电话 beside the "
        "hospital's booking line; scanning a QR code to book is content; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【护理部·病区通知】关于产科病区母乳喂养室吸奶器实行预约使用的通知-院务公开-誉州市妇幼保健院</title>
<script src="/static/js/hospital.js"></script>
</head>
<body>
<div class="h-top">⟦m 誉州市妇幼保健院 · 誉州市儿童医院⟧ ⟦w 24小时产科急诊：0579-85336120⟧</div>
<div class="h-nav">⟦m 首页 医院概况 科室导航 专家介绍 就医指南 院务公开 健康科普⟧</div>
<div class="h-crumb">⟦m 首页 ＞ 院务公开 ＞ 通知公告⟧</div>
<div class="h-art">
<h2>{T}</h2>
<div class="h-info">⟦m 发布科室：护理部　日期：2026-06-12　阅读：940⟧</div>
<div class="h-txt">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 产科专家⟧</h4>
<p>⟦l 程澄 主任医师 周二上午 / 周四全天⟧</p>
<p>⟦l 邱采薇 副主任医师 周一、周三上午⟧</p></div>
<div class="h-float">⟦w 预约挂号：0579-85336000 或关注“誉州妇幼”服务号⟧</div>
<div class="h-ft">⟦m 地址：誉州市娟湖区妇幼路1号⟧ ⟦m 浙ICP备12041709号⟧ ⟦d 本网信息仅供参考，具体诊疗请遵医嘱⟧</div>
</body>
</html>
""",
        body="""
各产科病区、全体住院产妇及家属：
为合理使用产科病区母乳喂养室吸奶器，减少排队等候，避免交叉感染，自2026年6月15日起，母乳喂养室医用吸奶器实行预约使用。现将有关事项通知如下。
一、预约方式。产妇或家属扫描母乳喂养室门口的二维码，选择使用时段，每次预约30分钟；不会使用手机的，可到护士站登记。
二、配件管理。每位产妇入院时领取一套个人吸奶配件，出院时带走；医用吸奶器主机使用后由护士擦拭消毒。
三、使用指导。每天上午10点、下午4点，母乳喂养指导护士在喂养室现场指导，有需要的产妇可直接前往。
四、注意事项。请按预约时段使用，超时15分钟未到视为自动取消；使用中如有乳房胀痛、乳头破损，请及时告知医护人员。
咨询电话：产科一病区护士站　0579-85336218。
誉州市妇幼保健院护理部
2026年6月12日
""",
    ),
    dict(
        slug="hospital-kuangchuan-tcm-nasal-rinse-guide",
        site="旷川县中医院 (invented hospital site, text copy)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.kczyy.com/kepu/ebh/2026/0118/621.html",
        title="鼻腔冲洗居家操作指南",
        record_title="［耳鼻喉科·健康科普］鼻腔冲洗居家操作指南　旷川县中医院",
        date="2026-01-18",
        notes="a hospital's health article in text: the publish line as the page's date; numbered steps; a "
        "department line in the body beside the hospital's booking line in the footer",
        page="""
!m 旷川县中医院　二级甲等中医医院
!m 首页 › 健康科普 › 耳鼻喉科
{T}
!m 发布时间：2026-01-18　作者：耳鼻喉科 陆知秋　审核：科教科
!a 🔊 语音播报　｜　A+ A-
{BODY}
!l 上一篇：冬季防“冻”，中医教你护好关节
!l 下一篇：三伏贴来了！这些人群不宜贴敷
!w 网上预约挂号：关注“旷川县中医院”公众号，或拨打 0579-87660000
!m 旷川县中医院　地址：旷川县杏林路8号　浙ICP备15033106号
""",
        indent="\u3000\u3000",
        body="""
鼻腔冲洗是治疗慢性鼻炎、鼻窦炎的常用辅助方法，也适合鼻腔手术后的护理。很多患者在家自己用洗鼻器冲洗，但操作不当可能引起呛咳、耳闷。下面介绍居家操作的步骤。
1. 准备盐水。用烧开后晾至37℃左右的温水，加入专用洗鼻盐，配成生理盐水，现配现用。
2. 调整姿势。站在洗手池前，身体前倾约45度，头偏向一侧，张嘴缓慢呼吸，不要说话、不要吞咽。
3. 冲洗鼻腔。将洗鼻器喷头轻轻堵住上方鼻孔，缓慢挤压瓶身，让盐水从另一侧鼻孔流出；一侧冲洗完再换另一侧。
4. 擤鼻收尾。冲洗后低头让残留盐水流出，再轻轻擤鼻，不要两侧同时用力。
5. 清洁用具。洗鼻器每次用后拆开清洗、晾干，建议每一到三个月更换一次。
如冲洗后出现耳痛、鼻出血等情况，请停止冲洗并到耳鼻喉科就诊。科室咨询电话：0579-87660231。
""",
    ),
    dict(
        slug="university-yuzhou-poly-library-hubs-h1",
        site="誉州职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yzvtc.edu.cn/info/1021/17734.htm",
        title="图书馆研讨室新添多口集线器 学生设备“接得上、连得稳”",
        record_title=None,
        date="2026-04-22",
        notes="title missing from the record, found in the <h1>; a dotted college date as the page's date; a "
        "photo caption and a writer/editor line; campus links and a QR line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>誉州职业技术学院新闻网</title>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="header">⟦m 誉州职业技术学院新闻网 · 厚德强技 知行致远⟧</div>
<div class="navbar">⟦m 学院首页 综合新闻 教学科研 校园文化 媒体誉职 图说誉职⟧</div>
<div class="bread">⟦m 当前位置：首页 > 综合新闻 > 正文⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="props">⟦m 2026.04.22　点击：<span id="dynclicks_1021_17734">611</span>　来源：图书馆⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="writer">⟦m 文/倪秋实　图/何予安　编辑/甘露⟧</div>
</div>
<div class="quick">⟦l 快速通道：信息门户 · 图书馆 · 教务系统 · 校历⟧</div>
<div class="footer">⟦m 版权所有 © 誉州职业技术学院　地址：誉州市学院路100号⟧ ⟦a 扫码关注誉职官方微信⟧</div>
</body>
</html>
""",
        body="""
近日，学院图书馆为三楼的12间小组研讨室统一配备了带独立供电的七口USB集线器，解决了学生小组讨论时笔记本电脑、投屏器、移动硬盘“抢接口”的问题。
此前，研讨室每张桌上只有两个USB接口，学生经常要排队插拔设备，投屏也时断时续。图书馆在收集读者意见后，经过测试比选，为每间研讨室配备了两个七口集线器，每个接口都能稳定供电。
⟦m 学生在研讨室使用新配备的集线器连接设备⟧
“以前四个人做汇报，要轮流拔U盘，现在大家的设备都能同时接上，效率高多了。”机电工程学院学生邹一帆说。
图书馆还在每间研讨室张贴了使用提示，提醒读者不要在集线器上连接电暖器、电热杯等大功率电器，离开时拔下个人设备。下一步，图书馆将根据使用情况，逐步为阅览区座位增加充电和扩展接口。
""",
    ),
    dict(
        slug="university-yuzhou-normal-union-nursing-room",
        site="誉州师范学院 (invented university site, text copy)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://gh.yznu.edu.cn/info/1008/2291.htm",
        title="关于校园母婴室正式开放的通知",
        record_title="关于校园母婴室正式开放的通知-校工会-誉州师范学院（2026年第7号通知）",
        date="2026-03-06",
        date_also=["2026-03-08"],
        notes="a university union notice in text: opening hours, a pump-booking rule, the union's own phone; "
        "成文日期 differs from the posting date",
        page="""
!m 誉州师范学院工会　gh.yznu.edu.cn
!m 首页　工会概况　通知公告　教职工之家　女工委员会
!m 通知公告
{T}
!m 发布者：校工会　发布时间：2026-03-08 10:30　浏览：1108
!a 【双击滚屏】【关闭窗口】
{BODY}
!l 【相关通知】关于开展2026年“三八”妇女节系列活动的通知
!m 誉州师范学院工会　版权所有
""",
        indent="\u3000\u3000",
        body="""
各分工会，全体教职工：
为关心关爱哺乳期女教职工，学校在行政楼一楼东侧建设了校园母婴室，现已通过验收，定于3月9日起正式开放。有关事项通知如下：
一、开放时间：工作日8:00—18:00，节假日关闭。
二、室内设施：配有双边医用吸奶器2台、储奶冰箱1台、温奶器、消毒柜、洗手池和哺乳椅，可同时容纳2人使用。
三、使用办法：使用吸奶器须提前在“誉师工会”小程序预约，每次不超过40分钟；吸奶器配件请自备，或到工会办公室免费领取一次性配件。
四、管理要求：母婴室由女工委员会负责日常管理，请使用者保持室内整洁，用后关闭电源。
咨询电话：校工会办公室　0579-85092216。
誉州师范学院工会
2026年3月6日
""",
    ),
]
