"""holdout339, part C: Q&A sites, personal collections, Party-building sites, hospitals and universities.

Invented pages, places, people, firms, numbers and URLs (see ../README.md); markup as in ../build.py.
"""

CASES = [
    dict(
        slug="qa-jiehuo-tape-peel-question-h1",
        site="解惑问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiehuowenda.com/q/5520917.html",
        title="撕医用胶布怎样才不疼？",
        record_title=None,
        date=None,
        notes="no record title: the question in the <h1>; an adopted-answer badge, a vote bar, more answers and relative "
        "answer times (no date); the answerer's card",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>解惑问答 - 有问题，就有人解惑</title>
<script src="//static.jiehuowenda.com/q.js"></script>
</head>
<body>
<div class="jh-top">⟦m 解惑问答⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="jh-cat">⟦m 解惑问答 ＞ 健康 ＞ 护理常识⟧</div>
<div class="jh-q">
<h1>{T}</h1>
<p class="jh-qdesc">⟦m 提问者：匿名　｜　6 天前　｜　浏览 2.3万⟧</p>
</div>
<div class="jh-best">
<div class="jh-badge">⟦m ★ 提问者采纳⟧</div>
<div class="jh-user">⟦m 戚蔓　护师　回答过 431 个问题⟧</div>
<div class="jh-answer">
{BODY}
</div>
<div class="jh-time">⟦m 回答于 5 天前⟧</div>
<div class="jh-vote">⟦a 有用 682　没用 12　评论 17⟧</div>
</div>
<div class="jh-more"><h3>⟦l 其他 3 条回答⟧</h3>
<p>⟦l 一苇渡江：先用热毛巾敷一会儿再撕，亲测有效⟧</p>
<p>⟦l 九号病房：撕快一点，长痛不如短痛（开玩笑的）⟧</p></div>
<div class="jh-related"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 胶布过敏起红疹怎么办？⟧</li><li>⟦l 留置针的胶布能碰水吗？⟧</li></ul></div>
<div class="jh-foot">⟦d 解惑问答内容由网友回答，仅供参考，不能替代医生面诊⟧ ⟦m 京ICP备20017733号⟧</div>
</body>
</html>
""",
        body="""
我是外科病房护士，每天都要撕胶布，说几个实用的方法。
1. 先软化。用婴儿油、石蜡油或者碘伏棉签沿着胶布边缘慢慢擦，胶面被油浸透以后就容易揭起来。
2. 低角度、顺毛发。一只手按住胶布旁边的皮肤，另一只手把胶布贴着皮肤往回折，顺着汗毛生长的方向慢慢撕，不要垂直往上拽。
3. 边撕边按。撕开一点，手指就跟着往前按住皮肤，减少牵拉。
4. 残胶别硬搓。留在皮肤上的胶可以用油擦掉，再用温水洗净。
如果撕完后皮肤发红、起水疱，说明对胶布过敏或者贴的方法不对，下次请护士换成低敏胶布。
""",
    ),
    dict(
        slug="qa-wensha-neckfan-radiation-question-line",
        site="问啥知道 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenshazhidao.com/question/88410263",
        title="挂脖风扇戴久了会不会有辐射？",
        record_title=None,
        date=None,
        notes="no record title: the question line; the answer is the body; answer time given as 3 天前 (no date); "
        "a helpful-count row, related questions and an app prompt",
        page="""
!m 问啥知道 · 你问我答
!m 分类：数码家电 › 生活电器
{T}
!m 12个回答　·　被浏览 9,602 次
!m 电工老韩　注册电气工程师　3 天前
{BODY}
!a 👍 1,208 人觉得有帮助　｜　💬 评论 44　｜　↗ 转给朋友
!l 你可能还想问：挂脖风扇充电一次能用多久？　｜　孕妇能用挂脖风扇吗？
!a 下载问啥知道APP，回答被采纳还能领红包
""",
        body="""
不用担心。挂脖风扇里面就是一个小直流电机加一块锂电池，工作电压只有3.7到5伏。它产生的是极低频的电磁场，强度比手机通话时低得多，也远低于国家标准规定的公众暴露限值。
真正需要注意的反而是这几件事：一是电机离皮肤近，长时间使用局部会发热，皮肤敏感的人最好中间隔一层衣领；二是有扇叶的款式可能卷入长发；三是充电时不要戴着，更不要放在床上充电。
所以，辐射不是问题，安全用电和正确使用才是。
""",
    ),
    dict(
        slug="collection-qiuli-tape-memoir-old-site",
        site="秋篱斋 (invented retired nurse's personal site)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.qiulizhai.net/wenji/4/07.htm",
        title="一卷白胶布",
        record_title="《秋篱集》其四 · 一卷白胶布",
        date=None,
        notes="old personal site: 繁體/简体 links, a visit counter, chapter links, the author's mailbox; a memoir ending "
        "with a season-and-year line (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《秋篱集》其四 · 一卷白胶布</title>
</head>
<body bgcolor="#f6f1e7">
<table width="760" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 秋篱斋⟧</font><br>⟦m 一个老护士的笔墨小院⟧</td></tr>
<tr><td align="right">⟦a <a href="big5/">繁體</a> | <a href="#">简体</a> |⟧ ⟦m <a href="/wenji/">文集目录</a> |⟧ <a href="/liuyan/">⟦l 留言簿⟧</a></td></tr>
<tr><td align="center"><b>⟦t 《秋篱集》其四 · 一卷白胶布⟧</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="06.htm">⟦l 【上一章】藤椅⟧</a>　<a href="/wenji/4/">⟦l 【第四辑目录】⟧</a>　<a href="08.htm">⟦l 【下一章】夜班铃⟧</a></td></tr>
<tr><td align="center">⟦m 本页已被翻阅 18275 次⟧<br>⟦m 给作者写信：qiulizhai_bxy@126.example.com⟧<br>⟦d 文章为秋篱斋主人所写，引用请注明出处⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
我参加工作那年，医院里的胶布是一大卷一大卷的，白布底子，胶是氧化锌的，闻着有股药味。
那时候没有现成的小卷，护士每天上班头一件事，就是拿剪刀把胶布剪成一条一条，贴在治疗盘的边沿上，像一排排小旗子。护士长说，剪胶布也有讲究，两头要剪成圆角，贴在病人身上才不容易翘边。
胶布粘得牢，撕的时候也疼。有个小病号，每次换药都哭，我就先用热毛巾给他捂一捂，一边撕一边给他讲故事。出院那天，他送了我一卷胶布，说：“阿姨，这个给你剪小旗子。”
如今科室里用的都是透气的低敏胶布，撕起来不疼了。可我总会想起那一卷白胶布，和那个孩子。
二〇二四年冬，于秋篱斋
""",
    ),
    dict(
        slug="collection-yanyu-neckfan-father-essay",
        site="檐雨录 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yanyulu.example-home.cn/juan2/09.html",
        title="父亲的挂脖风扇",
        record_title="父亲的挂脖风扇（檐雨录·卷二之九）",
        date=None,
        notes="a personal collection's essay: chapter links, a visitor count, a reprint note; no date anywhere",
        page="""
!m 檐雨录 · 写给家里人的小文章
!m 目录 ▸ 卷二 家常 ▸ 第九篇
!t 父亲的挂脖风扇（檐雨录·卷二之九）
!m 字数 412　｜　来访 3318
{BODY}
!l ◀ 卷二之八　母亲的蒲扇　　　卷二之十　院里那棵枣树 ▶
!d 本集文字随写随改，转载请先来信打个招呼。
!m 檐雨录　来信请寄 yanyulu_mail@example-home.cn
""",
        indent="\u3000\u3000",
        body="""
父亲在工地上看了二十年大门。门卫室朝西，夏天下午太阳直直地照进来，屋里像蒸笼。
去年夏天，我给他网购了一台挂脖风扇。他拿在手里翻来覆去地看，嘴上说“乱花钱”，第二天却戴着它去上班了。后来母亲告诉我，他逢人就把风扇摘下来给人看，说是儿子买的，还会自己调三个挡。
有一回我打电话，听见那边呼呼的风声，问他在干啥。他说在门口登记车辆，风扇开着呢，一点都不热。
今年夏天，那台风扇的电池不太行了，我又买了一台新的寄回去。父亲在电话里说，旧的那台他不扔，放在抽屉里，留着。
""",
    ),
    dict(
        slug="dangjian-shahu-summary-handfan-table",
        site="霎湖区党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.shahudj.gov.cn/zbdt/2025/08/22/1094.html",
        title="霎湖区机关党员志愿服务队“清凉行动”工作总结",
        record_title="【机关党建·清凉行动】霎湖区机关党员志愿服务队“清凉行动”工作总结_霎湖区党建网",
        date="2025-08-20",
        date_also=["2025-08-22"],
        notes="Party-building portal: study-points prompt, a read-on-phone QR line, a service-figures table one row a paragraph; "
        "成文日期 under the signature, the page's posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【机关党建·清凉行动】霎湖区机关党员志愿服务队“清凉行动”工作总结_霎湖区党建网</title>
</head>
<body>
<div class="dj-top">⟦m 霎湖区党建网　中共霎湖区委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　党建要闻　支部风采　党员教育　组工信息　红色霎湖⟧</div>
<div class="dj-path">⟦m 当前位置：首页 » 支部风采⟧</div>
<div class="dj-art">
<h1>⟦t 【机关党建·清凉行动】霎湖区机关党员志愿服务队“清凉行动”工作总结⟧</h1>
<div class="dj-meta">⟦m 2025-08-22　来源：区直机关工委　作者：韦晓⟧</div>
<div class="dj-points">⟦a 认真阅读本文满3分钟，可累计1个学习积分⟧</div>
<div class="dj-content">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫描二维码，把本文带在身边看⟧</div>
</div>
<div class="dj-more"><h4>⟦l 支部风采 · 更多⟧</h4><ul><li>⟦l 区卫健局党支部开展义诊进社区⟧</li><li>⟦l 区税务局党员“税务夜校”开课⟧</li></ul></div>
<div class="dj-foot">⟦m 中共霎湖区委组织部　版权所有　湘ICP备17003210号-2⟧</div>
</body>
</html>
""",
        body="""
今年7月至8月，区直机关工委组织机关党员志愿服务队开展“清凉行动”，把党员志愿服务送到高温下坚守的劳动者身边。现将有关情况总结如下。
一、基本情况
服务队由区直机关28个党支部的312名党员组成，在交通路口、外卖站点和建筑工地设立服务点16个，为交警、外卖骑手、建筑工人送去手持风扇、矿泉水和防暑药品。
服务点　服务人次　发放手持风扇（台）
交通路口　2460　380
外卖站点　1870　520
建筑工地　1530　300
二、主要体会
一是服务要跟着需求走。开始时送的都是矿泉水，听骑手说等单时最需要一把小风扇，我们及时调整了物资。二是要常态化。服务点明年继续开放。
中共霎湖区直属机关工作委员会
2025年8月20日
""",
    ),
    dict(
        slug="dangjian-souxi-speech-sleeves-cn-date-title",
        site="飕溪先锋网 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.souxixianfeng.cn/zbdt/2025/0703/5521.html",
        title="在“送清凉、暖人心”党员志愿服务活动启动仪式上的讲话",
        record_title="【组工快讯】在“送清凉、暖人心”党员志愿服务活动启动仪式上的讲话_飕溪先锋网",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="Party site text: date under the speech title in Chinese numerals, speaker line neutral; the page's posting date "
        "also accepted; a study-points prompt between paragraphs",
        page="""
!m 飕溪先锋网 · 中共飕溪县委组织部
!m 首页 ▸ 支部动态
!t 【组工快讯】在“送清凉、暖人心”党员志愿服务活动启动仪式上的讲话
!m 发稿时间：2025-07-03　　供稿：县委组织部组织科　　阅读：588
{T}
（二〇二五年七月二日）
县委组织部副部长　符丽
{BODY}
!a 〔分享到学习群〕〔打印〕〔收藏〕
!l 往期回顾：全县“七一”表彰大会隆重召开 ▸ 党员志愿者走进敬老院
!m 主办：中共飕溪县委组织部　湘ICP备16022105号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们启动“送清凉、暖人心”党员志愿服务活动，目的是组织全县党员走到户外劳动者身边，为他们办几件实实在在的好事。
这次活动，县委组织部统筹党费资金，为全县护林员、网格员、环卫工人采购防晒袖套四千副、遮阳帽两千顶。各党支部要把物资逐一送到个人手上，同时问一问他们在工作中还有什么难处，能解决的当场解决，不能当场解决的登记上报。
⟦a 认真读完本文可获得学习积分2分⟧
希望各位党员同志把这次活动当作践行初心的一堂实践课，在烈日下走一走、看一看，真正把群众的冷暖放在心上。
谢谢大家！
""",
    ),
    dict(
        slug="hospital-shuoyang-tcm-footpatch-pharmacist",
        site="槊阳县中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.syxzyy.cn/jkkp/yxkp/2025-06-18/719.html",
        title="足贴贴完发黑，是在“排毒”吗？",
        record_title="【药师说药】足贴贴完发黑，是在“排毒”吗？ ▪ 槊阳县中医院",
        date="2025-06-18",
        notes="hospital page: a booking float and a 24-hour emergency line beside the pharmacy's own 咨询电话 in the body; "
        "the byline's 发布时间 is the page's date; experts list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【药师说药】足贴贴完发黑，是在“排毒”吗？ ▪ 槊阳县中医院</title>
</head>
<body>
<div class="yy-top">⟦m 槊阳县中医院　二级甲等中医医院⟧ <span>⟦m 急诊急救（24小时）：0745-6120120⟧</span></div>
<div class="yy-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　健康科普　院务公开⟧</div>
<div class="yy-path">⟦m 您的位置：首页 ＞ 健康科普 ＞ 药学科普⟧</div>
<div class="yy-art">
<h1>⟦t 【药师说药】足贴贴完发黑，是在“排毒”吗？⟧</h1>
<div class="yy-info">⟦m 发布时间：2025-06-18　作者：药剂科 谭文　点击数：1420⟧</div>
<div class="yy-body">
{BODY}
</div>
</div>
<div class="yy-experts"><h3>⟦l 坐诊专家⟧</h3><ul><li>⟦l 谭文　主管中药师⟧</li><li>⟦l 隗荣　副主任医师⟧</li></ul></div>
<div class="yy-float">⟦a 预约挂号⟧<br>⟦m 预约电话 0745-6121999⟧<br>⟦a 在线问诊⟧</div>
<div class="yy-foot">⟦m 槊阳县中医院　地址：槊阳县杏林路22号⟧<br>⟦m 湘ICP备13005428号⟧</div>
</body>
</html>
""",
        body="""
常有老人拿着贴过的足贴来药房问：“你看，一晚上就黑成这样，是不是把毒排出来了？”
其实，市面上的足贴大多含有竹醋粉、木醋粉等成分，这些粉末遇到水分就会变成深褐色。晚上睡觉时脚底出汗，足贴自然就变黑了。有人做过试验，把足贴放在蒸汽上熏一会儿，同样会变黑。
从中医角度看，个别足贴含有中药成分，有一定的温通作用，但不能替代药物治疗，更不能停用降压药、降糖药。
另外，皮肤有破损、对胶贴过敏的人不宜使用，糖尿病足患者更要慎用。
对用药有疑问，可拨打药剂科咨询电话0745-6121586。
""",
    ),
    dict(
        slug="hospital-biaocheng-second-tape-skin-notice",
        site="镳城市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.bcsdermyy.org.cn/hlb/tzgg/2025/0514-33.html",
        title="关于规范使用医用胶布预防皮肤损伤的通知",
        date="2025-05-14",
        notes="record title as is; the nursing department's own 联系电话 beside the hospital switchboard and a booking line; "
        "numbered requirements; date under the signature",
        page="""
!m 镳城市第二人民医院　护理部
!m 首页 ＞ 护理园地 ＞ 通知公告
{T}
!m 发布：护理部　2025-05-15　浏览：389
{BODY}
!a 打印｜关闭
!l 上一条：关于开展“5·12”护士节系列活动的通知
!m 医院总机：0739-5106000　预约挂号：0739-5106111
!m 镳城市第二人民医院 版权所有
""",
        indent="\u3000\u3000",
        body="""
各护理单元：
近期护理质量检查发现，部分病区存在胶布粘贴不规范、撕除方法不当造成患者皮肤撕脱伤的情况。为保障患者安全，现就规范使用医用胶布通知如下：
1. 老年、新生儿、水肿及长期卧床患者，一律使用低敏胶布或硅胶类胶布。
2. 粘贴时采用无张力粘贴法，撕除时采用零角度或180度反折撕除法。
3. 对胶布过敏患者在床头卡和腕带上做好标识，交接班时重点查看。
4. 发生医用粘胶相关性皮肤损伤的，按不良事件上报流程及时上报。
各护理单元护士长要组织全员学习，护理部将于6月份进行专项督查。
联系人：柏丽，联系电话：0739-5106237。
护理部
2025年5月14日
""",
    ),
    dict(
        slug="college-biaocheng-health-tape-contest-h1",
        site="镳城卫生职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bcwzy.edu.cn/info/1021/8830.htm",
        title="护理学院举办静脉输液胶布固定技能竞赛",
        record_title=None,
        date="2025-05-22",
        notes="no record title: the <h1>; a college news page with a dotted date as the page's date, a photo caption between "
        "paragraphs, an editor/reviewer line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>镳城卫生职业学院</title>
</head>
<body>
<div class="cl-top">⟦m 镳城卫生职业学院⟧ ⟦a 信息门户 ｜ 图书馆 ｜ 校园邮箱⟧</div>
<div class="cl-nav">⟦m 学院概况　院系设置　教学科研　招生就业　学院新闻⟧</div>
<div class="cl-path">⟦m 首页 → 学院新闻 → 院系动态⟧</div>
<h1>{T}</h1>
<div class="cl-date">⟦m 2025.05.22　点击：［617］⟧</div>
<div class="cl-body">
{BODY}
</div>
<div class="cl-pn">⟦l 上一条：我院与镳城市第二人民医院签订实习基地协议⟧<br>⟦l 下一条：药学院开展中药饮片辨识活动⟧</div>
<div class="cl-foot">⟦m 地址：镳城市杏坛大道1号　邮编：415600⟧<br>⟦m 版权所有 © 镳城卫生职业学院⟧</div>
</body>
</html>
""",
        body="""
5月20日，护理学院在实训中心举办静脉输液胶布固定技能竞赛，来自2023级护理专业的48名学生参加比赛。
比赛分理论测试和实操两个环节。实操环节要求选手在模拟人手臂上完成留置针穿刺后的胶布固定，评委从无张力粘贴、固定牢固程度、标识规范和撕除手法等方面打分。
⟦m 选手在模拟人手臂上进行胶布固定操作。⟧
经过角逐，护理三班闵思思获得一等奖，另有3名同学获得二等奖、6名同学获得三等奖。
护理学院负责人表示，胶布固定看似简单，却直接关系到患者的安全和舒适，今后将把此类基本功竞赛常态化。⟦m （文/韦晓雯　图/谭一　审核/柏青）⟧
""",
    ),
    dict(
        slug="college-kanshan-tech-neckfan-military-training",
        site="龛山理工学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xgc.kslg.edu.cn/tzgg/2025/0829/2210.html",
        title="关于为2025级新生军训配发挂脖风扇的通知",
        record_title="学工通知 ┃ 关于为2025级新生军训配发挂脖风扇的通知 ┃ 龛山理工学院",
        date="2025-08-28",
        date_also=["2025-08-29"],
        notes="student-affairs office page text: a data table of pick-up times one row a paragraph; the office's own phone "
        "beside the site's IT line; 成文日期 vs posting date",
        page="""
!m 龛山理工学院 学生工作处（部）
!m 首页 / 通知公告 / 正文
!t 学工通知 ┃ 关于为2025级新生军训配发挂脖风扇的通知 ┃ 龛山理工学院
!m 2025年08月29日 09:31　　浏览次数：2306
{BODY}
!a 【关掉本窗口】
!l 相关链接：2025级新生入学须知 · 军训期间校园交通管制说明
!m 网络信息中心服务电话：0743-2517000
!m Copyright © 龛山理工学院学生工作处
""",
        indent="\u3000\u3000",
        body="""
各学院：
为做好2025级新生军训期间防暑降温工作，经学校研究，为每名参训新生配发挂脖风扇一台。现将领取事项通知如下。
学院　领取时间　领取地点
机械与电气工程学院　9月1日上午　学生活动中心一楼
信息工程学院　9月1日下午　学生活动中心一楼
经济管理学院　9月2日上午　学生活动中心二楼
请各学院安排辅导员按班级统一领取，当场清点数量并签字。军训期间如发现风扇质量问题，可到学生活动中心一楼调换。
联系人：学生工作处　汤老师，电话0743-2516218。
学生工作处
2025年8月28日
""",
    ),
]
