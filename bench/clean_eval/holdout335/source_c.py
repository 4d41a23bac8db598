"""holdout335, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="qa-wenmama-carrier-age-adopted-answer",
        site="问妈妈 (invented, parenting Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenmama.cn/question/7720361.html",
        title="婴儿背带几个月可以用？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; the adopted answer is the body (a numbered "
        "list); the question's description neutral; adopted badge, vote row, more answers; only 回答于 2 天前: no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>问妈妈 - 育儿路上有问必答</title>
</head><body>
<div class="nav">⟦m 问妈妈⟧ <a>⟦m 首页⟧</a> <a>⟦m 孕期⟧</a> <a>⟦m 0-1岁⟧</a> <a>⟦m 1-3岁⟧</a> <a>⟦a 我要提问⟧</a></div>
<div class="q">
<h1 class="q-title">{T}</h1>
<p class="q-desc">宝宝刚满两个月，想买个背带出门方便，现在能用吗？</p>
<p class="q-meta">⟦m 提问者：栗子妈咪　｜　1.3万人看过⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 儿保科护士 程蔚然　回答于 2 天前⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦a 有用 412　没用 3　｜　评论 18⟧</div>
</div>
<div class="others"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 我家三个月开始用的，腰凳要六个月以后……⟧</p>
<p>⟦l 别贪便宜买地摊货，卡扣真的会松⟧</p></div>
<div class="foot">⟦d 问妈妈回答仅供参考，不能代替医生面诊⟧ ⟦m 粤ICP备20061734号⟧</div>
</body></html>
""",
        body="""
要看背带的类型和宝宝的情况，不能一概而论。
1.新生儿款背带。带有头部支撑和新生儿坐垫的背带，一般标注从3.5公斤起可用，满月后的宝宝可以短时间使用，每次不超过半小时。
2.普通腰带式背带。建议等宝宝能自己抬头、颈部比较有力了再用，通常在三四个月以后。
3.腰凳。需要宝宝能独坐，一般六个月以后。
不管哪一种，都要让宝宝面朝大人，腿自然分开呈M形，脸不能被布料或大人的衣服捂住。两个月的宝宝如果用，选有头托的款式，出门时间短一点。
""",
    ),
    dict(
        slug="qa-jiashi-end-cap-fix-question-decorated",
        site="家事问答 (invented, household Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://jiashi.wenda.example.com/q/30981",
        title="晾衣杆堵头老是掉，有什么办法固定住？",
        record_title="晾衣杆堵头老是掉，有什么办法固定住？求支招！！楼下是停车位- 家事问答",
        date=None,
        notes="Q&A as text: decorated question title; the best answer is the body (steps); the question's "
        "description line neutral; a hidden-answers "
        "fold, answer stats, relative times (昨天): no date",
        page="""
!m 家事问答 > 居家维修 > 阳台晾晒
!t 晾衣杆堵头老是掉，有什么办法固定住？求支招！！楼下是停车位
提问：阳台上的不锈钢晾衣杆，两头的塑料堵头一个月掉了两次，差点砸到楼下。
!m 修房子的老邵　｜　最佳答案　｜　昨天 19:22
{BODY}
!a 👍 赞同 96　　💬 评论 7
!a 还有 3 个回答被折叠，点击展开
!l 相关问题：升降晾衣架钢丝绳断了怎么换？
!l 相关问题：阳台外挑晾衣杆算不算违建？
!d 家事问答内容由网友提供，仅供参考
""",
        body="""
堵头老是掉，多半是尺寸不对或者材料老化了，按下面几步处理：
第一步，量内径。用卷尺或游标卡尺量一下晾衣杆管口的内径，常见的是22毫米和25毫米，买堵头时按内径买，宁紧勿松。
第二步，选材质。换成带倒刺的橡胶堵头，比光面的塑料堵头咬得牢，也不怕晒。
第三步，加固。塞进去之前在堵头外圈涂一圈玻璃胶，或者在管口侧面打一个小孔，用自攻螺丝把堵头顶住。
另外，高层住户的晾衣杆最好定期看一看，发现堵头松动就及时处理，别等掉下去了再补救。
""",
    ),
    dict(
        slug="collection-luowan-memoir-carrier-three-children-gb2312",
        site="骆湾老周文集 (invented, retired teacher's personal site, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.laozhou-luowan.net/wenji/juan2/0317.htm",
        title="一条背带背大三个孩子",
        record_title="一条背带背大三个孩子 ·《骆湾闲笔》卷二第17篇",
        date=None,
        notes="old gb2312 table personal site: 繁體/简体 links, chapter links, a visit counter, the author's "
        "mailbox; a memoir with no date (a 写于 line with only a season); 上一篇/下一篇 chapter links",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>一条背带背大三个孩子 ·《骆湾闲笔》卷二第17篇</title>
</head><body bgcolor="#F5F0E1">
<table width="780" align="center" border="0"><tr>
<td><font size="5">⟦m 骆湾老周文集⟧</font></td><td align="right">⟦a <a href="#">繁體</a> | <a href="#">简体</a>⟧</td></tr>
<tr><td colspan="2">⟦m 首页 ‖ 骆湾闲笔 ‖ 教书杂记 ‖ 诗词习作 ‖ 留言本⟧</td></tr></table>
<table width="780" align="center"><tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 卷二·家常篇　作者：周守拙⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〈上一篇〉母亲的顶针⟧　⟦l 〈目录〉⟧　⟦l 〈下一篇〉灶屋里的风箱⟧</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦m 本站自二〇〇九年开通，您是第 071342 位来访的朋友⟧<br>
⟦w 来信请寄：laozhou_luowan@163.example.com⟧<br>
⟦d 文集文字为作者原创，转载请告知⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我家堂屋的木箱里，至今压着一条蓝印花布的背带。那是母亲在我大女儿出生那年缝的，布是她从骆湾镇的集上扯的，带子用了四层粗布，针脚密得像田埂。
那时候我在镇上教书，妻子在生产队做工，孩子没人带，就用这条背带背着下地。插秧时背在背上，锄草时挪到胸前，孩子哭了，就解下来在田埂上喂几口奶。
后来老二、老三陆续出生，这条背带也一直没换。带子磨薄了，母亲就在外面再缝一层；扣子掉了，就改成两根布带打结。三个孩子，都是在这条背带里长到会走路的。
如今孩子们都成了家，孙子用的是商场里买的新式背带，有卡扣，有护头，样样讲究。我看着好，可总忍不住想起那条蓝印花布的旧背带。
写于骆湾，甲辰年初冬。
""",
    ),
    dict(
        slug="collection-chuangqian-essay-pacifier-grandma-oneline",
        site="窗前絮语 (invented, personal essay collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://chuangqianxuyu.example.org/wenji/14",
        title="外婆不让用的奶嘴",
        record_title="《窗前絮语》第十四篇：外婆不让用的奶嘴",
        date=None,
        notes="essay on one line (paragraphs apart only by their indent); no date; collection header with a "
        "chapter counter, prev/next and a reward line at the bottom",
        page="""
!m 窗前絮语 · 一个人的文集
!m 目录 ▸ 第十四篇 / 共三十篇
!t 《窗前絮语》第十四篇：外婆不让用的奶嘴
{BODY}
!l ◂ 第十三篇：晒被子　　第十五篇：表姐的嫁妆 ▸
!a 喜欢这篇，就在文末留个脚印吧
!d 窗前絮语　版权所有　未经同意请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
儿子出生后，我从网上买了两个安抚奶嘴，还没拆封，就被外婆收进了抽屉。
外婆的理由很简单：孩子哭，是有事要告诉你，你拿个假奶头堵住他的嘴，他就白哭了。她带大了五个孩子、七个孙辈，从没用过奶嘴。
我和她争了几句，说医生也讲过，合理使用安抚奶嘴对孩子没有坏处。外婆不说话，只是每到夜里孩子哭，她就抱起来，在屋里一圈一圈地走，嘴里哼着一支我小时候听过的调子。
后来孩子慢慢大了，那两个奶嘴始终没派上用场。外婆走后，我收拾她的抽屉，又看见它们，包装都泛了黄。
我这才明白，外婆不是反对奶嘴，她只是舍不得孩子的每一声哭被轻易打发掉。
""",
    ),
    dict(
        slug="party-guyang-summary-red-building-heads-end-caps",
        site="沽阳先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.guyangxianfeng.gov.cn/jcdj/sqdj/202409/t20240927_6105.html",
        title="“红色楼长”志愿服务队更换晾衣杆堵头工作总结",
        record_title="【红色楼长在行动】“红色楼长”志愿服务队更换晾衣杆堵头工作总结_社区党建动态_沽阳先锋网",
        date="2024-09-25",
        date_also=["2024-09-27"],
        notes="Party portal: study-points prompt, a read-on-phone QR line, a data table (one row a paragraph), a "
        "photo caption between paragraphs; 成文日期 under the signature, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【红色楼长在行动】“红色楼长”志愿服务队更换晾衣杆堵头工作总结_社区党建动态_沽阳先锋网</title>
</head><body>
<div class="banner">⟦m 沽阳先锋网⟧ <span>⟦m 中共沽阳县委组织部主办⟧</span></div>
<div class="nav">⟦m 首页 · 要闻 · 基层党建 · 党员教育 · 先锋风采⟧</div>
<div class="crumb">⟦m 您现在的位置：首页 > 基层党建 > 社区党建⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：骆湾社区党委　发布：2024-09-27 10:05⟧</div>
<div class="points">⟦a 阅读满3分钟可获学习积分1分⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦a 扫一扫，在手机上读本文⟧</div>
<div class="more"><h4>⟦l 社区党建 · 往期⟧</h4><p>⟦l 骆湾社区开展“楼道微更新”议事会⟧</p></div>
<div class="foot">⟦m 中共沽阳县委组织部　地址：沽阳县府前路2号　皖ICP备12009916号⟧</div>
</body></html>
""",
        body="""
今年6月以来，骆湾社区党委组织党员“红色楼长”成立志愿服务队，围绕居民反映强烈的阳台晾衣杆堵头脱落问题，开展入户排查和免费更换活动。现将有关情况总结如下。
一、主要做法。服务队按“一楼一长、一户一查”的方式，逐栋检查住户阳台晾衣杆，对缺失、老化的堵头登记造册，由社区统一采购橡胶堵头，党员志愿者利用周末上门更换。
⟦m 图为党员志愿者在居民家中更换晾衣杆堵头⟧
二、工作成效。三个月来，服务队累计服务情况如下：
楼栋　排查户数　更换堵头数
1—6栋　312　148
7—12栋　286　131
13—18栋　254　97
三、下一步打算。将晾衣杆检查纳入“红色楼长”每月巡楼内容，并联合物业建立高空坠物隐患随手报机制。
中共沽阳县骆湾社区委员会
2024年9月25日
""",
    ),
    dict(
        slug="party-qixi-speech-door-sensor-launch-cn-date",
        site="亓溪党建 (invented, county Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.qixi.gov.cn/ldjh/2024/0315/2219.html",
        title="在“智能门磁进万家”平安守护行动启动仪式上的讲话",
        date="2024-03-15",
        notes="record title as is; the date under the speech title in Chinese numerals; speaker line neutral; "
        "a study-points line and a 'listen' button at the top, a further-reading link between paragraphs",
        page="""
!m 亓溪党建 — 亓溪县委组织部主办
!m 首页 / 领导讲话 / 正文
!a 🔊 收听本文　｜　A+　A-
{T}
（二〇二四年三月十五日）
亓溪县委常委、政法委书记　冯立群
{BODY}
!a 学习打卡：本文计入本月学习时长
!l 往期讲话：在全县平安建设工作会议上的讲话
!m 亓溪党建　亓溪县委组织部主办　备案号：浙ICP备05019387号-6
""",
        indent="\u3000\u3000",
        body="""
同志们、朋友们：
今天，我们在这里启动“智能门磁进万家”平安守护行动，为全县1200户独居老人、留守老人家庭免费安装智能门磁。这是县委、县政府今年确定的一件民生实事，也是我们推进平安亓溪建设的一项具体举措。
一个门磁，连着老人的安危，也连着子女的牵挂。门磁装上以后，老人家门长时间没有开合，网格员和家属的手机就会收到提醒，做到早发现、早处置。
⟦l 延伸阅读：什么是智能门磁？三分钟看懂⟧
希望各乡镇、各部门把好事办好、实事办实。一要精准确定对象，不漏一户；二要保证安装质量，装一户、试一户、教会一户；三要建立响应机制，提醒消息必须有人接、有人管。
同志们，守护好每一位老人，是我们共同的责任。让我们齐心协力，把这件暖心事办到群众心坎上。
""",
    ),
    dict(
        slug="hospital-gengzhou-pacifier-dental-booking-float",
        site="庚州市妇女儿童医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.gzfetyy.cn/kepu/kqk/202405/t20240511_1326.html",
        title="儿童口腔科提醒：安抚奶嘴这样选、这样戒",
        record_title="【牙牙科普】儿童口腔科提醒：安抚奶嘴这样选、这样戒-庚州市妇女儿童医院",
        record_date="2024-05-11",
        date="2024-05-11",
        notes="hospital page: booking float, 24-hour line, experts list; the department's own 咨询电话 beside the "
        "hospital's booking and 24-hour lines; a sentence telling parents to 关注 the account to book; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【牙牙科普】儿童口腔科提醒：安抚奶嘴这样选、这样戒-庚州市妇女儿童医院</title>
</head><body>
<div class="top">⟦m 庚州市妇女儿童医院⟧ ⟦m 三级甲等妇幼保健院⟧ ⟦m 24小时服务热线：0728-3300120⟧</div>
<div class="nav">⟦m 医院概况 ｜ 科室导航 ｜ 专家介绍 ｜ 就医指南 ｜ 健康科普⟧</div>
<div class="pos">⟦m 首页 › 健康科普 › 口腔科⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 作者：儿童口腔科 柏清和　日期：2024-05-11　浏览：1320⟧</p>
<div class="con">
{BODY}
</div>
<div class="side"><h4>⟦l 口腔科专家⟧</h4><p>⟦l 柏清和 主任医师 周二上午⟧</p><p>⟦l 岑妙 副主任医师 周四全天⟧</p></div>
<div class="float">⟦a 预约挂号⟧ ⟦m 预约电话：0728-3300114⟧</div>
<div class="foot">⟦d 科普内容仅供参考，具体诊疗请遵医嘱⟧ ⟦m 地址：庚州市囤山区育英路18号⟧</div>
</body></html>
""",
        body="""
门诊中常有家长问：孩子用安抚奶嘴，会不会把牙齿“吸歪”？
首先要说，安抚奶嘴本身并不可怕。一岁以内的宝宝适当使用，能帮助入睡、减少哭闹。问题出在用得太久、太频繁。三岁以后仍整天含着奶嘴的孩子，容易出现上前牙前突、开颌等咬合问题。
选奶嘴时，建议选择奶嘴头扁平的“正畸型”，尺寸要和月龄相符，防护罩上要有通气孔。
戒奶嘴最好在两岁左右开始，循序渐进，先白天后夜间，不要强行拿走。
如发现孩子牙齿排列异常，可到儿童口腔科就诊。科室咨询电话：0728-3300237。家长也可以关注医院公众号，在“口腔科”栏目预约早期矫治评估。
""",
    ),
    dict(
        slug="hospital-danshui-notice-food-class-scan-signup",
        site="郸水县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dsxrmyy.com/yygg/2024/1018/882.html",
        title="关于开设婴幼儿辅食添加课堂的通知",
        record_title="儿保科动态 ▏关于开设婴幼儿辅食添加课堂的通知｜郸水县人民医院",
        date="2024-10-18",
        notes="hospital site as text: the department's own 报名电话 beside the hospital's 24-hour line; "
        "a sentence telling parents to 扫码报名; 成文日期 under the signature",
        page="""
!m 郸水县人民医院　　急诊急救：0319-8812120（24小时）
!m 首页 ▸ 新闻中心 ▸ 科室动态
!t 儿保科动态 ▏关于开设婴幼儿辅食添加课堂的通知
!m 发稿：儿童保健科　审核：医务科　浏览：407
{BODY}
!a 【关闭】【打印】【返回顶部】
!l 上一篇：我院开展“世界镇痛日”义诊活动
!m 郸水县人民医院　地址：郸水县人民路199号　冀ICP备09032817号
""",
        body="""
各位家长：
为帮助家长科学添加辅食，儿童保健科定于每月第二、第四个周六上午开设婴幼儿辅食添加课堂，现将有关事项通知如下。
一、课程内容。辅食添加的时间和顺序，不同月龄食物的性状，辅食剪、研磨碗等工具的选用和消毒，常见过敏食物的识别。
二、参加对象。4至12月龄婴儿的家长，每期限30个家庭。
三、报名方式。请扫描儿童保健科候诊区张贴的二维码报名，也可拨打报名电话0319-8812476。
四、注意事项。课堂免费，现场操作环节请自带宝宝常用的辅食剪一把。
郸水县人民医院儿童保健科
2024年10月18日
""",
    ),
    dict(
        slug="univ-gengzhou-vocational-news-door-sensor-award-h1",
        site="庚州职业技术学院 (invented, vocational college)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.gzvtc.edu.cn/xwzx/xyxw/202411/t20241122_9031.html",
        title="我校学生团队研发低功耗门磁获省赛金奖",
        record_title=None,
        record_date="2024-11-22",
        date="2024-11-22",
        notes="no title in the record: the college news page's <h1>; record date; a 文/图/审核 line glued after "
        "the last paragraph, a photo caption between paragraphs, a college-news list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>庚州职业技术学院</title>
</head><body>
<div class="head">⟦m 庚州职业技术学院⟧ ⟦a 信息门户⟧ ⟦a 图书馆⟧ ⟦a 英文版⟧</div>
<div class="menu">⟦m 学院概况 | 院系设置 | 教学科研 | 招生就业 | 新闻中心⟧</div>
<div class="lm">⟦m 新闻中心 &gt; 学院新闻⟧</div>
<h1>{T}</h1>
<div class="tips">⟦m 2024/11/22　｜　点击：964⟧</div>
<div class="content">
{BODY}
</div>
<div class="list"><h3>⟦l 学院新闻⟧</h3><p>⟦l 我院举办第十二届技能文化节⟧</p><p>⟦l 电子信息学院召开实习动员会⟧</p></div>
<div class="copy">⟦m 版权所有 © 庚州职业技术学院　地址：庚州市戈坪大道1号⟧</div>
</body></html>
""",
        body="""
近日，在第九届全省大学生电子设计竞赛中，我校电子信息学院学生团队的作品“低功耗无线门磁”获得高职组金奖。
该作品针对独居老人居家安全需求设计。团队指导教师介绍，市面上的门磁大多靠纽扣电池供电，一年左右就要更换，老人不会换、子女顾不上，设备一没电就成了摆设。学生们改用门框开合发电和超低功耗芯片，让门磁在不换电池的情况下连续工作五年以上。
⟦m 图为学生团队在调试门磁样机⟧
参赛学生邵一帆说：“我们在骆湾社区走访时发现，很多老人家里的门磁早就不亮灯了。这让我们下决心解决供电问题。”
目前，团队已与本地一家安防企业对接，计划明年在社区开展试用。⟦m （文/电子信息学院 图/宣传部 审核/管睿）⟧
""",
    ),
    dict(
        slug="univ-gengzhou-normal-survey-carrier-decimal",
        site="庚州师范学院 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://tw.gzsfxy.edu.cn/shsj/2024/0830/4471.html",
        title="关于城市家庭婴儿背带使用情况的调研报告",
        record_title="学生社会实践 ‖ 关于城市家庭婴儿背带使用情况的调研报告（校团委推荐）",
        date="2024-08-26",
        date_also=["2024-08-30"],
        notes="university youth-league page as text: decimal headings 1.1–2.2, a data table; 成文日期 under the "
        "signature differs from the page's posting date (both accepted)",
        page="""
!m 共青团庚州师范学院委员会
!m 首页 ＞ 社会实践 ＞ 优秀报告
!t 学生社会实践 ‖ 关于城市家庭婴儿背带使用情况的调研报告（校团委推荐）
!m 发布日期：2024-08-30　｜　供稿：教育科学学院
{BODY}
!a ［打印本页］　［关闭窗口］
!m 地址：庚州市文华路8号　团委办公室：0728-3207755
""",
        body="""
今年暑假，我院“护苗”实践团在庚州市区6个社区开展了婴儿背带使用情况问卷调查，收回有效问卷412份。主要情况如下。
1.使用情况
1.1使用比例。有0至3岁孩子的家庭中，使用婴儿背带或腰凳的占68%。
1.2购买渠道。网购占79%，母婴店占17%，其他渠道占4%。
2.存在的问题
2.1背法不规范。调查发现的主要问题如下：
问题　占比
孩子面部被遮挡　21%
腿部未呈M形　34%
卡扣未扣到位　9%
2.2安全意识不足。近四成家长表示从未看过背带说明书。
建议社区和妇幼保健机构加强背带使用指导，电商平台在商品页显著位置提示正确背法。
庚州师范学院“护苗”社会实践团
2024年8月26日
""",
    ),
]
