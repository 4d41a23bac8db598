"""holdout271, part C: Q&A sites, personal collections, Party-building sites, hospitals, colleges.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-zhiwentang-brushrest-left-or-right",
        site="知问堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiwentang.com/question/60218847/answer/1193",
        title="笔架放在书桌左边还是右边？有什么讲究吗？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; adopted-answer badge, vote row, more answers; 回答于 3 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知问堂 - 有问题，来这里问</title></head><body>
<header><a class="logo">⟦m 知问堂⟧</a> <a>⟦a 提问⟧</a> <a>⟦a 登录⟧</a></header>
<div class="question">
<div class="tags"><a>⟦l 文房用品⟧</a> <a>⟦l 书法入门⟧</a></div>
<h1>{T}</h1>
<div class="q-meta">⟦m 12 个回答 · 2841 次浏览⟧</div>
<div class="q-act"><button>⟦a 关注问题⟧</button> <button>⟦a 写回答⟧</button> <button>⟦a 邀请回答⟧</button></div>
</div>
<div class="answer">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 墨侣斋主人　书法爱好者，写了二十年小楷⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="time">⟦m 回答于 3 天前⟧</div>
<div class="vote"><button>⟦a ▲ 赞同 364⟧</button> <button>⟦a ▼⟧</button> <span>⟦l 27 条评论⟧</span> <button>⟦a 分享⟧</button> <button>⟦a 收藏⟧</button></div>
</div>
<div class="more"><h3>⟦l 查看其余 11 个回答⟧</h3><p>⟦l 晏小舟：我一直放左边，习惯了也挺好⟧</p></div>
<aside><p>⟦l 相关问题：毛笔用完要不要挂起来？⟧</p><p>⟦l 相关问题：新手该买什么样的砚台？⟧</p></aside>
<footer>⟦m © 2024 知问堂 zhiwentang.com⟧</footer>
</body></html>
""",
        body="""
谢邀。笔架的位置，老辈人确实有讲究，但归根到底是为了顺手。
按传统习惯，右手执笔的人，笔架一般放在砚台的右上方。写字时蘸完墨，笔往右上一搁，手不用绕过纸面，也不容易把墨滴到纸上。左撇子反过来放就行。
至于有人说笔架要“靠山”、要对着窗，多是后来附会的说法，不必太当真。
倒是有两点值得注意：一是笔架要放稳，瓷笔架底下最好垫块毛毡；二是笔搁上去时笔头朝外，别让湿笔头压在笔架上，时间长了笔锋会变形。
""",
    ),
    dict(
        slug="qa-wenle-flute-crack-repair",
        site="问乐网 (invented instrument Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenlewd.net/q/3381902.html",
        title="竹笛裂了还能修吗？",
        record_title="竹笛裂了还能修吗？ - 乐器问答 - 问乐网",
        date=None,
        notes="Q&A in text: best answer between asker and vote lines, another answer below; 回答于 昨天 is no date",
        page="""
!m 问乐网 — 乐器学习问答社区
!m 问乐网 > 民族乐器 > 竹笛
{T}
!m 提问者：笛声悠悠　｜　2 个回答
!m 最佳答案
!m 答主：老桊溪笛匠　｜　回答于 昨天
{BODY}
!a 有用(88)　没用(2)　举报
!l 其他回答
!l 山野闲人：我用的是木工胶，效果也还行
!a 没找到答案？立即提问，专业笛师在线解答
!m 问乐网 wenlewd.net 京ICP备2021027431号
""",
        body="""
能修，但要看裂在哪儿、裂得多长。
如果只是笛身中段一条细缝，没有穿过音孔，可以自己处理：先把笛子放在阴凉处晾两天，用棉签蘸少量502胶顺着裂缝点进去，压紧十分钟，再在外面缠一圈丝线，刷一层清漆。修好后音准一般影响不大。
如果裂缝穿过了音孔或吹孔，或者笛头已经开裂，自己修很难保证音准，建议送回制笛作坊，让师傅重新缠线校音，费用通常在几十元。
另外提醒一句：北方冬天暖气房特别干燥，竹笛最容易在这时候开裂。平时不吹的时候装进笛套，放一小块湿海绵，能少很多麻烦。
""",
    ),
    dict(
        slug="collection-kuang-memoir-village-bell-oldtable",
        site="邝汝舟文集 (invented personal collection, gb2312 tables)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.kuangruzhou.com/gaoling/juan2/05.htm",
        title="村小的那只铜铃",
        record_title="村小的那只铜铃（杲岭闲笔·卷二之五）",
        date=None,
        notes="retired teacher's collection in an old table layout: 繁體/简体 links, chapter links, visitor counter, author's mailbox; a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>村小的那只铜铃（杲岭闲笔·卷二之五）</title></head>
<body bgcolor="#fdfaf2">
<table width="780" align="center" border="0"><tr><td><font size="5">⟦m 邝汝舟文集⟧</font></td>
<td align="right">⟦a <a href="?lang=big5">繁體</a> | <a href="?lang=gb">简体</a>⟧</td></tr></table>
<table width="780" align="center"><tr><td bgcolor="#e8e0c8">⟦m 卷一 教书匠 | 卷二 杲岭闲笔 | 卷三 诗词习作 | 留言簿⟧</td></tr></table>
<table width="780" align="center"><tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center"><font color="#888">⟦m 作者：邝汝舟　录入：犬子邝晓　点击：2173⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="780" align="center"><tr><td>⟦l 上一篇：〈莅水村的小学〉⟧　⟦l 下一篇：〈第一次家访〉⟧　<a href="index.htm">⟦l 返回卷二目录⟧</a></td></tr></table>
<hr width="780">
<center>⟦m 您是第 000981 位读者⟧<br>⟦m 来信请寄：kuangrz1946@163.com⟧<br>⟦d 本站文章版权归作者所有，转载请先与作者联系⟧</center>
</body></html>
""",
        body="""
我教书的头一个学校，是杲坪镇莅水村的村小。学校只有三间瓦房、两个老师，上课下课全靠一只铜铃。
那只铃有巴掌大，木柄被磨得发亮，挂在办公室门后的钉子上。每到钟点，我就提着它站到屋檐下，手腕一抖，“当啷当啷”，半个村子都听得见。
孩子们最喜欢放学那一遍铃。铃声一落，他们就像一群麻雀，呼啦啦飞出教室，沿着田埂各自回家。
有一年冬天，铃舌掉了，我拿铁丝绑了一根铁钉凑合，声音变得又闷又哑。学生们笑话它是“感冒了”，一直笑到开春镇上送来新铃。
后来村小撤并，铜铃不知去向。如今想起那几年，耳边最先响起的，还是那一串清脆的铃声。
""",
    ),
    dict(
        slug="collection-chaoxu-essay-father-brushrest-oneline",
        site="晁叙文集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.chaoxu.net/sanwen/14.html",
        title="父亲的笔架",
        record_title="父亲的笔架｜晁叙文集·散文卷",
        date=None,
        notes="essay on one line (paragraphs only apart by their indent), ending with a 写于 line that is no date; the add stamp is no date",
        page="""
!m 晁叙文集
!m 散文卷 · 第十四篇
{T}
!m 收录时间：2024-02-17　字数：约400
{BODY}
!l 目录 ｜ 上一篇：母亲的针线笸箩 ｜ 下一篇：老屋的门槛
!d 文集内容为作者原创，未经同意请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲一生没当过什么官，却写得一手好字。他的书桌上，常年摆着一只紫檀笔架。
那笔架是爷爷留下的，形如三座连山，中间一峰最高，两边渐低。父亲写字前，总要先把几支毛笔依次搁在山谷里，大楷在左，小楷在右，从不乱放。
我小时候淘气，拿它当玩具，把山峰磕掉了一个角。父亲没有打我，只是用胶水把缺角粘好，说：“物件坏了能补，规矩坏了难改。”
父亲去世后，那只笔架传到了我手里。我不常写毛笔字，却一直把它摆在书桌正中。每次看到那个粘过的缺角，就想起父亲说的那句话。
二〇二三年冬写于榘城
""",
    ),
    dict(
        slug="party-jucheng-speech-red-satchel-team",
        site="榘城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jcxianfeng.gov.cn/jcdj/zbfc/202407/t20240703_77120.html",
        title="镇党委书记彭立新在晖田镇“红挎包”党员便民服务队成立仪式上的讲话",
        record_title="【先锋队伍】镇党委书记彭立新在晖田镇“红挎包”党员便民服务队成立仪式上的讲话_榘城先锋网",
        date="2024-07-01",
        date_also=["2024-07-03"],
        notes="speech title keeps the speaker's role; date in Chinese numerals under the title (neutral line); Party portal with study-points prompt and a read-on-phone QR line; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【先锋队伍】镇党委书记彭立新在晖田镇“红挎包”党员便民服务队成立仪式上的讲话_榘城先锋网</title></head><body>
<header><div class="logo">⟦m 榘城先锋网⟧</div><div class="sub">⟦m 中共榘城市委组织部主办⟧</div></header>
<nav><a>⟦m 首页⟧</a><a>⟦m 组工动态⟧</a><a>⟦m 基层党建⟧</a><a>⟦m 党员教育⟧</a><a>⟦m 人才工作⟧</a></nav>
<div class="loc">⟦m 位置：首页 → 基层党建 → 支部风采⟧</div>
<div class="article">
<h2>{T}</h2>
<p class="subdate">（二〇二四年七月一日）</p>
<div class="meta">⟦m 发布日期：2024-07-03　来源：晖田镇党委⟧ <span>⟦a 字号 T+ T-⟧</span></div>
<div class="zw">
{BODY}
</div>
<div class="points">⟦a 阅读满3分钟可获得学习积分1分⟧</div>
<div class="qr">⟦a 用手机扫一扫，在掌上先锋继续阅读⟧</div>
<div class="rel">⟦l 相关文章：“党员中心户”亮身份践承诺⟧</div>
</div>
<footer>⟦m 主办单位：中共榘城市委组织部　备案号：湘ICP备10033916号⟧</footer>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在这里成立晖田镇“红挎包”党员便民服务队。首批42名队员，都是从各村、各单位报名的党员，其中年纪最大的68岁，最小的24岁。
为什么叫“红挎包”？因为队员们要背着挎包进村入户，包里装着政策资料、便民药品和民情日记。群众有什么需求，就记下来、带回来、办到底。
这里我提三点要求：一是挎包要常背，每名队员每月至少走访联系户两次；二是民情要常记，群众反映的问题要在三个工作日内给出回复；三是作风要常守，不吃群众一顿饭，不收群众一分钱。
同志们，挎包虽小，装的是群众的大事。希望大家背起它、用好它，把党的温暖送到千家万户！
""",
    ),
    dict(
        slug="party-woyuan-summary-bell-fire-patrol",
        site="渥源党建 (invented county Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.woyuandj.cn/jcdj/zbdt/2024/0704/5512.html",
        title="茯岭村党支部“摇铃防火”志愿服务队2024年上半年工作总结",
        record_title="【村支部动态】茯岭村党支部“摇铃防火”志愿服务队2024年上半年工作总结 - 渥源党建",
        date="2024-06-28",
        date_also=["2024-07-04"],
        notes="a picture-news link glued after a sentence; study-list prompt; posting date differs from the 成文日期",
        page="""
!m 渥源党建 · 基层党建频道
!m 您所在的位置：首页 / 基层党建 / 支部动态
{T}
!m 来源：昱溪镇茯岭村　发布：2024-07-04　阅读：1108
!a 学习强基　每日一练　立即答题
{BODY}
!a 本文已加入学习清单，读完可累计学习时长
!l 【延伸阅读】昱溪镇开展“党员联户”防火宣传
!m 渥源县委组织部主办　技术支持：渥源县融媒体中心
""",
        body="""
今年上半年，村党支部组织党员和志愿者成立“摇铃防火”服务队，在森林防火关键期开展巡逻宣传，现将工作总结如下。
一、主要做法。服务队共有队员26人，分成4个小组，每天傍晚手摇铜铃沿村道巡走一圈，边走边喊“防火防火，人人有责”。清明、“五一”期间，队员在进山路口轮流值守，劝返带火种上山人员37人次。
二、取得成效。上半年全村未发生一起森林火情，野外用火同比下降六成。⟦l 图片新闻：服务队夜巡掠影⟧不少村民说，一听到铃声，就知道该检查灶膛、熄灭烟头了。
三、存在不足。队员中60岁以上的占一半，夜间巡逻力量偏弱；铜铃损耗较快，已更换5只。
下半年，支部将吸收返乡青年入队，并争取镇里支持购置新铃和反光背心。
中共茯岭村支部委员会
2024年6月28日
""",
    ),
    dict(
        slug="hospital-chengchuan-rules-ward-handbell",
        site="枨川县人民医院 (invented hospital site)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.cczyy.com/hlyd/gzzd/2024/0302/118.html",
        title="住院病区手摇呼叫铃使用管理规定",
        record_title="住院病区手摇呼叫铃使用管理规定-护理部-枨川县人民医院",
        date=None,
        notes="rules with 第N条 articles that speak of 扫码/打印; hospital booking float and 24-hour line; an update stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>住院病区手摇呼叫铃使用管理规定-护理部-枨川县人民医院</title></head><body>
<header><span class="name">⟦m 枨川县人民医院⟧</span> <span class="level">⟦m 二级甲等综合医院⟧</span></header>
<nav><a>⟦m 首页⟧</a><a>⟦m 医院概况⟧</a><a>⟦m 科室导航⟧</a><a>⟦m 专家介绍⟧</a><a>⟦m 就医指南⟧</a><a>⟦m 护理园地⟧</a></nav>
<div class="bread">⟦m 首页 &gt; 护理园地 &gt; 规章制度⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：护理部　浏览：214　更新：2024-03-02⟧</div>
<div class="content">
{BODY}
</div>
<div class="float-box"><a>⟦a 预约挂号⟧</a><a>⟦a 在线咨询⟧</a><a>⟦a 报告查询⟧</a></div>
<footer><p>⟦m 地址：枨川县城关镇杏林路18号⟧</p><p>⟦m 全天候急诊：0736-5231120⟧</p><p>⟦m 湘ICP备08012277号-1⟧</p></footer>
</body></html>
""",
        body="""
第一条　为保障停电、呼叫系统故障等情况下患者能及时呼叫医护人员，制定本规定。
第二条　各病区每张病床配备手摇呼叫铃1只，放置在床头柜固定位置，由责任护士每班交接时检查。
第三条　患者入院时，责任护士应向患者及陪护人员演示手摇铃的使用方法，并请其扫码观看操作视频。
第四条　手摇铃铃声响起，距离最近的医护人员须在1分钟内到达床旁。
第五条　手摇铃损坏或遗失的，病区应在当日报护理部补领，并打印领用登记表存档。
第六条　本规定由护理部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="hospital-jucheng-tcm-satchel-shoulder",
        site="榘城市中医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.jczyy.cn/kpyd/kfk/20240516/2047.html",
        title="长期单肩背挎包，当心肩颈劳损",
        record_title="〔康复小课堂〕长期单肩背挎包，当心肩颈劳损 - 康复医学科 - 榘城市中医院",
        date="2024-05-16",
        notes="health article: the department's own 咨询电话 in the body beside the site's booking and emergency lines; 发布时间 byline is the date",
        page="""
!m 榘城市中医院 · 健康科普
!m 首页 > 科普园地 > 康复医学科
{T}
!m 发布时间：2024-05-16　作者：康复医学科 彭雨晨　点击：763
{BODY}
!a 关注医院服务号，一键预约康复科专家
!m 预约挂号专线：0737-8211000　急诊：0737-8210120
!l 下一篇：久坐族的腰背自救操
!d 本文仅作健康科普，不能代替医生面诊
""",
        body="""
门诊上经常遇到这样的年轻人：肩膀酸、脖子僵，一侧肩膀比另一侧低。问起来，多半有一个习惯——常年用同一边肩膀背挎包。
挎包重量集中在一侧，人会不自觉地耸肩、歪头来维持平衡，时间一长，斜方肌、肩胛提肌就会持续紧张，出现疼痛，严重的还可能引起颈椎侧弯。
康复科医生建议：一是挎包重量最好不超过体重的十分之一；二是左右肩轮换着背，或者把包带斜挎在身前；三是每天做几组耸肩、扩胸动作，放松肩颈肌肉。
如果疼痛持续超过两周，或者出现手臂发麻，请及时到医院就诊。康复医学科咨询电话：0737-8215263（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="college-jcnu-news-flute-section-award-h1",
        site="榘城师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jcsfxy.edu.cn/info/1021/18842.htm",
        title="我校民乐团竹笛声部在省大学生艺术展演中获一等奖",
        record_title=None,
        record_date="2024-04-26",
        date="2024-04-26",
        notes="no record title: the <h1>; the record gives the date; dotted college date line; photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>榘城师范学院新闻网</title></head><body>
<header><a class="logo">⟦m 榘城师范学院新闻网⟧</a><form>⟦a 站内检索⟧</form></header>
<nav><a>⟦m 首页⟧</a><a>⟦m 学校要闻⟧</a><a>⟦m 院部动态⟧</a><a>⟦m 媒体师院⟧</a><a>⟦m 图说校园⟧</a></nav>
<div class="pos">⟦m 当前位置：首页 » 院部动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2024.04.26　来源：音乐学院　文字：晁一凡　审核：彭劲松　浏览次数：1250⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦l 转发至：微信｜微博｜QQ⟧</div>
<div class="pn"><p>⟦l 上一条：我校举办第十届校园歌手大赛⟧</p><p>⟦l 下一条：美术学院师生作品亮相市美术馆⟧</p></div>
<footer>⟦m 榘城师范学院党委宣传部　地址：榘城市师院路1号⟧</footer>
</body></html>
""",
        body="""
4月23日至25日，第八届全省大学生艺术展演活动在省会举行。我校音乐学院民乐团竹笛声部选送的合奏作品《洚水春晓》获器乐类一等奖，指导教师邬静获优秀指导教师奖。
《洚水春晓》由音乐学院教师根据榘城民歌改编，8名演奏者全部为大二、大三学生。为备赛，同学们利用课余时间排练了两个多月，仅开头的一段长音就反复打磨了上百遍。
⟦m 图为民乐团竹笛声部演出现场（音乐学院供图）⟧
据悉，本届展演共有来自全省52所高校的900余个节目参加。
""",
    ),
    dict(
        slug="college-ccvtc-notice-brushrest-design-call",
        site="枨川职业技术学院 (invented college site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ccvtc.edu.cn/tzgg/xtw/2024/0924/661.html",
        title="关于征集校园文创笔架设计作品的通知",
        record_title="关于征集校园文创笔架设计作品的通知-校团委-枨川职业技术学院",
        date="2024-09-23",
        date_also=["2024-09-24"],
        notes="a college notice: its 附件 line and contact/mailbox in the body beside an attachment link and the network centre's line; posting date differs",
        page="""
!m 枨川职业技术学院 · 校园通知
!m 首页 >> 通知公告 >> 校团委
{T}
!m 发布单位：校团委　发布日期：2024-09-24　阅读：1421
!a 【附件下载】文创笔架设计作品报名表.docx
{BODY}
!m 学院地址：枨川县职教园区文昌路6号　邮编：415700
!m 网络中心值班电话：0736-5500100
""",
        body="""
各二级学院团委、各学生社团：
为迎接建校六十周年，展现校园文化特色，校团委决定面向全校学生征集文创笔架设计作品。现将有关事项通知如下。
一、作品要求：以校园建筑、校训或校花为元素，材质不限，可提交实物或效果图。
二、报送方式：填写附件报名表，连同作品照片于10月31日前发送至邮箱czzytw2024@163.com，实物作品交至学生活动中心203室。
三、评选奖励：设一等奖2名、二等奖5名、三等奖10名，获奖作品将批量制作，作为学校纪念品。
联系人：蓝晓雨，电话：0736-5502218
附件：文创笔架设计作品报名表
共青团枨川职业技术学院委员会
2024年9月23日
""",
    ),
]
