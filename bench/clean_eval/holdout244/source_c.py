"""holdout244, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text each).

Invented text, sites, places and people; every case written by hand.
"""

CASES = [
    dict(
        slug="wenzhitang-qa-faded-certificates-no-title",
        site="问知堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenzhitang.com/question/30917722",
        title="孩子的奖状放久了发黄褪色，有什么办法保存？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; the question's detail line unmarked (neutral); the "
        "adopted answer is the body; vote row, more answers; '回答于 3 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问知堂 - 有问题，就有人答</title></head>
<body>
<div class="header">⟦m 问知堂⟧ ⟦a 我要提问⟧ ⟦a 登录后回答⟧</div>
<div class="crumb">⟦m 问知堂 › 生活 › 家居收纳⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-detail">家里两个孩子攒了三十多张奖状，早几年的已经发黄，有的字也淡了，想好好保存下来。</p>
<p class="q-meta">⟦m 提问者：榉木小满　｜　浏览 4117 次　｜　关注 38⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="author">⟦m 收纳师阿蘅　｜　回答于 3 天前　｜　整理收纳 领域创作者⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 有用 219⟧ ⟦a 没用 3⟧ ⟦a 评论区 12⟧ ⟦a 分享⟧</div></div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 莘莘学子他爸：我是拍照存手机，原件装进文件袋。⟧</p><p>⟦l 匿名用户：去照相馆过塑就行，十几块钱。⟧</p></div>
<div class="footer">⟦d 问知堂回答仅代表答主个人观点，请谨慎参考。⟧ ⟦m © 问知堂 wenzhitang.com　京ICP备20083166号⟧</div>
<script src="https://s.wenzhitang.com/qa/answer.js"></script>
</body></html>
""",
        body="""
奖状发黄主要是光照和潮气造成的，纸张里的木质素遇光会变黄，红色印章和字迹也容易褪色。保存时可以按下面几步来：
1. 先拍照或扫描，留一份电子版，这是最保险的。
2. 不要过塑。过塑时的高温会加速纸张老化，以后也揭不下来。
3. 用无酸的文件袋或相册平放保存，不要卷起来，也不要折叠。
4. 放在避光、干燥的柜子里，可以在柜子里放一包干燥剂，定期更换。
5. 如果想挂在墙上，建议用带防紫外线玻璃的相框，并且不要挂在阳光直射的墙面。
已经发黄的奖状很难恢复，就别自己用漂白剂处理了，越弄越糟。
""",
    ),
    dict(
        slug="wenwen-qa-appointment-letter-vs-contract",
        site="问问知道吧 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.wenwen8.cn/q/2291045.html",
        title="单位发的聘书能当劳动合同用吗？",
        record_title="单位发的聘书能当劳动合同用吗？（3个回答）- 职场权益 - 问问知道吧",
        date=None,
        notes="decorated record title; the best answer is the body; '编辑于 昨天' is no date; more answers and a consult prompt",
        page="""
!m 问问知道吧
!m 分类：职场权益 › 劳动合同
!t 单位发的聘书能当劳动合同用吗？
!m 提问者：匿名　·　2 天前
入职时公司只给了一份聘书，写了职务和聘期，没签劳动合同，这样有保障吗？
!m 最佳回答　｜　答主：劳动法小刘（律师）　｜　编辑于 昨天
{BODY}
!a 👍 赞同 88　　💬 评论 6　　⭐ 收藏
!l 另有2位答主作答
!l 葚口打工人：我们厂也是只发聘书，后来补签了合同。
!w 劳动纠纷免费咨询，律师在线，添加微信 wwzd_law007
""",
        indent="",
        body="""
不能完全替代。聘书一般只写明受聘职务和聘期，通常不包括工作内容、工作地点、劳动报酬、社会保险等劳动合同必备条款。
当然，如果聘书里写清了上述主要内容，并且有单位盖章和你的签字，仲裁时也可能被认定为书面劳动合同。
建议你这样做：
第一，保存好聘书原件，以及工资条、考勤记录、工作证等能证明劳动关系的材料。
第二，尽快要求单位补签书面劳动合同。用人单位自用工之日起超过一个月不满一年未签书面劳动合同的，应当向劳动者每月支付二倍工资。
第三，如单位拒不签订，可以向当地劳动监察部门投诉。
""",
    ),
    dict(
        slug="zhenwan-collection-memoir-father-badges-gb2312",
        site="稹湾旧话 (invented personal collection site, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zhenwanjiuhua.com/wenji/juan2/05.htm",
        title="父亲的三枚纪念章",
        record_title="父亲的三枚纪念章 ·《稹湾旧话》卷二第五篇",
        date=None,
        notes="retired writer's site in a gb2312 table layout: 繁體/简体 links, chapter links, visitor counter and the author's "
        "mailbox; the essay closes with a 写于 line naming only a season and year (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的三枚纪念章 ·《稹湾旧话》卷二第五篇</title></head>
<body bgcolor="#F6F1E3">
<table width="780" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 稹湾旧话 —— 郁少钧文集⟧</font><br>
⟦a [繁體]⟧ ⟦a [简体]⟧ ⟦a [大字本]⟧
</td></tr>
<tr><td>⟦m 目录 ｜ 卷一 乡土 ｜ 卷二 家人 ｜ 卷三 行旅 ｜ 留言簿⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 卷二第四篇 母亲的针线筐⟧　⟦l 卷二第六篇 老屋的门槛 →⟧</td></tr>
<tr><td align="center">⟦d 文集文字系作者原创，转载或结集出版请先来信征得同意。⟧<br>
⟦m 作者信箱：yushaojun1949@zhenwan-mail.cn⟧<br>
⟦m 本页已被翻阅 <font color="#990000">31876</font> 次⟧</td></tr>
</table>
<script language="javascript" src="/count.asp?page=juan2_05"></script>
</body></html>
""",
        body="""
父亲一辈子没攒下什么值钱的东西，只有三枚纪念章，用一块蓝布包着，放在五斗柜最上面的抽屉里。
第一枚是修稹湾水库时发的，铜质，正面是一道大坝。父亲说，那年冬天他和乡亲们挑了四个月的土，手上的冻疮到开春才好。
第二枚是他当民办教师满二十年时，县里发的，背面刻着他的名字。第三枚最新，是他退休那年单位给的。
父亲很少拿出来看。只有过年时，他会把蓝布包打开，一枚一枚擦一遍，再包好放回去。
父亲走后，我把三枚纪念章装进了一个小木盒。盒子不大，装得下的却是他的大半辈子。
二〇二四年冬于稹湾
""",
    ),
    dict(
        slug="baoyuan-collection-memoir-mothers-letters-oneline",
        site="葆原老邮的文集 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://laoyou.baoyuan-wenji.net/pian/0217.html",
        title="母亲的信纸",
        record_title="母亲的信纸（《案头拾遗》之三）— 葆原老邮的文集",
        date=None,
        notes="collection page with the whole essay on one line (paragraphs only separated by indents); chapter links; no date",
        page="""
!m 葆原老邮的文集　·　案头拾遗
!m 卷目：案头拾遗 ＞ 第三篇
{T}
!m 字数：约420字　　收录于：案头拾遗　　被翻阅 1092 次
{BODY}
!l 上一篇：案头拾遗之二　一支蘸水笔
!l 下一篇：案头拾遗之四　邮票簿
!d 文集内容为作者原创，未经同意请勿转载。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
母亲只念过三年书，却是我们家写信最多的人。
她的信纸是在镇上邮电所买的，一角钱一本，淡绿色的横格，纸薄得能透光。每次写信前，她都要把桌子擦干净，把信纸压在一本旧字典底下，生怕起了皱。
我在外地读书那几年，每个月都能收到她的信。信不长，翻来覆去无非是天冷加衣、钱够不够用，错字也不少，可我每一封都留着。
后来家里装了电话，母亲就不写信了。剩下的半本信纸，她一直收在针线筐里。
去年整理遗物时，我在那半本信纸的第一页上，看到她试笔写下的我的名字。
""",
    ),
    dict(
        slug="qiangxi-party-speech-veteran-badges",
        site="蔷溪先锋网 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qxxianfeng.cn/dkjt/2025/0701/9921.html",
        title="镇党委书记在为老党员颁发“初心如磐”纪念章仪式上的讲话",
        record_title="【党员关爱·七一】镇党委书记在为老党员颁发“初心如磐”纪念章仪式上的讲话_蔷溪先锋网",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="Party-building portal with a study-points prompt and a read-on-phone QR line; speaker line and a date in "
        "Chinese numerals under the speech title (neutral); the page's 发布时间 differs (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【党员关爱·七一】镇党委书记在为老党员颁发“初心如磐”纪念章仪式上的讲话_蔷溪先锋网</title></head>
<body>
<div class="top">⟦m 蔷溪先锋网 · 中共蔷溪镇委员会主办⟧ ⟦a 党员登录⟧</div>
<nav>⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部风采⟧ ⟦m 党课讲堂⟧ ⟦m 先锋模范⟧</nav>
<div class="loc">⟦m 首页 » 党课讲堂 » 讲话文稿⟧</div>
<h1>{T}</h1>
<p class="sp">蔷溪镇党委书记　柏文涛</p>
<p class="sp">（二〇二五年六月三十日）</p>
<div class="meta">⟦m 发布时间：2025-07-01　来源：镇党建办　浏览量：1540⟧</div>
<div class="xf">⟦a 阅读本文满3分钟可获得学习积分1分⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦a 用手机扫一扫，随时随地学⟧</div>
<div class="rel">⟦l 相关阅读：老党员口述史｜“初心如磐”纪念章背后的故事⟧</div>
<aside><h4>⟦l 学习专栏⟧</h4><ul><li>⟦l 党员冬训课件汇编⟧</li><li>⟦l 支部主题党日活动指引⟧</li></ul></aside>
<footer>⟦m 中共蔷溪镇委员会组织委员办公室　电话：0718-4260301⟧<br>⟦m 鄂ICP备18036659号-1⟧</footer>
<script src="/js/study-timer.js"></script>
</body></html>
""",
        body="""
各位老党员、同志们：
明天就是党的生日。今天，我们在这里为全镇68位党龄满四十年的老党员颁发“初心如磐”纪念章，向你们表示崇高的敬意！
在座的老党员，有的当过三十年村支书，带着乡亲们修路架桥；有的在教室里站了一辈子，教出了蔷溪的几代人。这枚纪念章，是组织对你们几十年如一日坚守初心的肯定。
年轻党员要向老党员学习，学他们不计得失的奉献，学他们说到做到的实干。镇党委也将落实好老党员关爱制度，逢年过节上门走访，生病住院及时探望。
最后，祝各位老党员身体健康、阖家幸福！
""",
    ),
    dict(
        slug="qichuan-party-host-script-instructors",
        site="祺川党建网 (invented)",
        style="党建网",
        genre="主持词",
        kind="other",
        form="text",
        source="http://www.qcdjw.gov.cn/zbgz/2025/04/7716.html",
        title="党建指导员聘任暨聘书颁发仪式主持词",
        record_title="党建指导员聘任暨聘书颁发仪式主持词 - 支部工作 - 祺川党建网",
        date="2025-04-18",
        notes="Party site text page; the byline's 发布时间 is the page's date; study-points and QR lines; host script",
        page="""
!m 祺川党建网
!m 首页 ＞ 支部工作 ＞ 工作参考
{T}
!m 发布时间：2025-04-18　　信息来源：县委组织部组织科
!a 学习本文可累计积分，点击“学完打卡”领取
{BODY}
!a 手机扫码，文章带走
!l 上一篇：村级党组织书记述职评议主持词
!l 下一篇：新任党建指导员培训课程安排
!m 中共祺川县委组织部主办　技术支持：祺川县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
各位领导、同志们：
为推动新经济组织和新社会组织党建工作，县委组织部从机关和乡镇选派了20名党建指导员。今天，我们在这里举行聘任仪式。
仪式共有三项议程。
首先，请县委组织部副部长宣读聘任决定。
下面，请县委常委、组织部部长为党建指导员颁发聘书。
下面，请党建指导员代表发言。
同志们，聘书是一份信任，更是一份责任。希望各位指导员尽快进入角色，把党的组织和工作覆盖到每一家企业和社会组织。
仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="qichuan-tcm-hospital-notice-experts",
        site="祺川县中医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qczyy.com/yygg/20250423/1182.html",
        title="祺川县中医院关于聘任五位特聘专家并开设专家门诊的通知",
        record_title="【院务通告】祺川县中医院关于聘任五位特聘专家并开设专家门诊的通知 - 祺川县中医院",
        date="2025-04-21",
        date_also=["2025-04-23"],
        notes="hospital site with a booking float, a 24-hour line and an experts list; the document's 医务科 phone beside "
        "them; a schedule table one row a paragraph; 成文日期 differs from the page's date (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【院务通告】祺川县中医院关于聘任五位特聘专家并开设专家门诊的通知 - 祺川县中医院</title></head>
<body>
<div class="top">⟦m 祺川县中医院 · 二级甲等中医医院⟧ ⟦m 急诊24小时：0731-8552120⟧</div>
<nav>⟦m 医院首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧</nav>
<div class="bread">⟦m 当前位置：首页 - 新闻中心 - 院务公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 时间：2025-04-23 11:20　来源：医务科　点击：2260⟧</div>
<div class="con">
{BODY}
</div>
<aside><h3>⟦l 名医风采⟧</h3><ul><li>⟦l 针灸科 主任医师 符兰亭⟧</li><li>⟦l 脾胃病科 主任医师 阮东篱⟧</li></ul></aside>
<div class="float">⟦a 微信预约挂号⟧ ⟦a 在线咨询⟧ ⟦a 返回顶部⟧</div>
<footer>⟦m 地址：祺川县杏林路9号　预约挂号：0731-8556000⟧<br>⟦m 湘ICP备16022930号⟧</footer>
<script src="/static/js/booking-float.js"></script>
</body></html>
""",
        body="""
院内各科室：
为提升中医专科服务能力，经院长办公会研究，医院聘任尹怀德、滕素秋等五位省、市名老中医为我院特聘专家，聘期三年，已于4月18日颁发聘书。自5月起开设特聘专家门诊，出诊安排如下：
专家　专业　出诊时间
尹怀德　脾胃病　每月第一周周六
滕素秋　妇科　每月第二周周六
毛启元　针灸　每月第三周周六
各科室要做好专家门诊的预约分诊和带教跟诊工作。
医务科联系电话：0731-8553317。
祺川县中医院
2025年4月21日
""",
    ),
    dict(
        slug="qichuan-hospital-plan-cards-children-ward",
        site="祺川县人民医院 (invented)",
        style="医院官网",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.qcxrmyy.cn/hlb/2024/1220/3307.html",
        title="儿科病区“新年贺卡传心意”志愿服务活动方案",
        record_title="【护理部·志愿服务】儿科病区“新年贺卡传心意”志愿服务活动方案_祺川县人民医院",
        date="2024-12-18",
        notes="hospital text page; decimal headings 1.1/2.1; the document's contact beside the hospital's 24-hour line; "
        "成文日期 under the signature",
        page="""
!m 祺川县人民医院
!m 24小时急救电话：0731-8558120　｜　预约挂号请关注官方服务号
!m 首页 › 护理园地 › 护理部动态
{T}
!m 2024-12-19　护理部　阅读 517
{BODY}
!a 〔打印此方案〕　〔关闭〕
!l 相关文章：儿科病区开展“小小医生”体验日
!m 版权所有：祺川县人民医院　湘ICP备15007789号
""",
        date_also=["2024-12-19"],
        indent="",
        body="""
为让住院患儿在病房里感受到新年的温暖，护理部决定在儿科病区开展“新年贺卡传心意”志愿服务活动，方案如下。
1. 活动安排
1.1 时间：2024年12月28日至2025年1月2日。
1.2 内容：医护人员和志愿者为每位住院患儿送上一张新年贺卡，并陪患儿一起画贺卡、写心愿。
2. 工作要求
2.1 贺卡材料由护理部统一准备，不得使用含亮片、纽扣电池的贺卡。
2.2 探视时遵守病区感染防控要求，志愿者须佩戴口罩、手部消毒。
活动联系人：儿科护士长官晓燕，电话：0731-8557264。
祺川县人民医院护理部
2024年12月18日
""",
    ),
    dict(
        slug="qichuan-univ-news-anniversary-badge-no-title",
        site="祺川职业技术学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qcvtc.edu.cn/info/1021/60218.htm",
        title="学校发布建校六十周年纪念章",
        record_title=None,
        date="2025-10-09",
        notes="no title in the record (the news page's <h1>); the dotted byline date is the page's date; photo caption and "
        "a share row; the college's news-desk line in the footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>祺川职业技术学院新闻网</title></head>
<body>
<div class="head">⟦m 祺川职业技术学院 · 新闻网⟧ ⟦a 学校主页⟧ ⟦a 信息门户⟧</div>
<nav>⟦m 首页⟧ ⟦m 学院要闻⟧ ⟦m 校园动态⟧ ⟦m 媒体祺职⟧ ⟦m 图片新闻⟧</nav>
<div class="position">⟦m 您的位置：首页 &gt; 学院要闻⟧</div>
<h1>{T}</h1>
<div class="about">⟦m 2025.10.09　文/党委宣传部 骆青禾　图/学生记者团⟧ ⟦m 浏览：3017⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　QQ　复制链接⟧</div>
<div class="next">⟦l 上一条：我院在省职业院校技能大赛中获一等奖3项⟧</div>
<aside><h4>⟦l 热点新闻⟧</h4><ul><li>⟦l 我院新增两个省级高水平专业群⟧</li><li>⟦l 2025级新生报到工作顺利完成⟧</li></ul></aside>
<footer>⟦m 地址：祺川县大学城学府路1号　新闻中心电话：0731-8620095⟧<br>⟦m 版权所有 © 祺川职业技术学院　湘ICP备05011234号⟧</footer>
<script>_hmt.push(["_trackPageview"]);</script>
</body></html>
""",
        body="""
10月8日，学校举行建校六十周年纪念章发布仪式，校长易明川与老校友代表共同为纪念章揭幕。
纪念章由视觉传达专业师生设计，正面是学校老校门和“1965—2025”字样，背面刻有校训，采用铜质珐琅工艺，共制作2000枚。
⟦m 图为老校友代表与在校学生共同展示纪念章⟧
学校将在校庆大会上为从教满三十年的教职工、历届优秀校友代表颁发纪念章。设计团队负责人介绍，为了还原老校门，学生们翻阅了档案馆里的三十多张老照片。
""",
    ),
    dict(
        slug="qichuan-univ-notice-graduate-certificates-scan",
        site="祺川职业技术学院学生工作处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xgc.qcvtc.edu.cn/tzgg/2025/0605/8807.htm",
        title="关于领取2025届优秀毕业生奖状的通知",
        record_title="关于领取2025届优秀毕业生奖状的通知-学工在线-祺川职业技术学院",
        date="2025-06-05",
        notes="department page as text; numbered list; 扫码签到 and 下载 as content; the document's contact beside the "
        "department's office line in the footer; 成文日期 under the signature",
        page="""
!m 祺川职业技术学院 学生工作处
!m 首页 | 通知公告 | 学生资助 | 心理健康 | 下载专区
{T}
!m 作者：学生工作处　时间：2025-06-05　点击：1833
{BODY}
!a 【打印本文】【关闭窗口】
!m 学生工作处办公室：行政楼204　电话：0731-8620312
""",
        indent="\u3000\u3000",
        body="""
各二级学院：
2025届优秀毕业生评选结果已公示完毕。现将奖状领取事项通知如下：
1. 领取时间：6月10日至6月12日，每天8:30—11:30。
2. 领取地点：行政楼一楼学生事务大厅。
3. 领取方式：由各班班长统一领取，到场后扫码签到，核对名单后签字领取。
4. 已离校的同学可申请邮寄，请下载邮寄申请表填写后发至xgc_jiangzhuang@qcvtc.edu.cn。
联系人：侯老师，电话：0731-8620318。
学生工作处
2025年6月5日
""",
    ),
]
