"""holdout243, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.
Invented text (places, people, sites, numbers, URLs); written by hand, case by case.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="zhiliao-qa-luggage-tag-fell-off",
        site="知了问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowenda.com/q/55201937.html",
        title="托运时行李牌掉了，行李还能找回来吗？",
        record_title=None,
        date=None,
        notes="a Q&A page: the question is the title (no record title); an adopted-answer badge, a vote row, the answerer's card, "
        "more answers and a related list; answer time '5 天前' (no date); numbered steps in the answer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>托运时行李牌掉了，行李还能找回来吗？_知了问答</title>
<script src="/static/qa/vote.js"></script></head><body>
<div class="head">⟦m 知了问答⟧　⟦m 有问题，问知了⟧　<a>⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 知了问答 › 出行 › 航空铁路⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：旅行的蜗牛　｜　浏览 3.1万⟧</p></div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="user">⟦m 答主：民航小贺　｜　机场旅客服务 8 年⟧</div>
<div class="answer">
{BODY}
</div>
<div class="a-meta">⟦m 回答于 5 天前⟧</div>
<div class="vote">⟦l 有用 482　｜　没用 6　｜　评论 13⟧</div>
</div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 路过的猫：我上次也是牌子掉了，最后在转盘边上找到的。⟧</p></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 行李箱被摔坏了怎么索赔？⟧</p><p>⟦l 高铁上可以带多大的行李箱？⟧</p></div>
<div class="foot">⟦d 知了问答内容均由网友提供，仅供参考，不代表本站观点。⟧　⟦m 知了问答 ©2025⟧</div>
</body></html>
""",
        body="""
能找回来的，别着急。旅客自己系的行李牌掉了，并不影响行李的运输，因为值机时航空公司已经给行李贴了一张条码行李条，行李是按这张条码分拣和装机的。
如果到达后在转盘上没有等到行李，可以这样做：
1.先别离开行李提取区，到行李查询柜台出示登机牌和行李条存根，登记行李的颜色、尺寸和特征。
2.留下准确的联系电话，工作人员会根据条码查询行李在哪一站。
3.一般24小时内能找到，找到后航空公司会送到你登记的地址。
以后出行，建议在箱子里面也放一张写有姓名和电话的卡片，万一外面的行李牌和行李条都掉了，开箱也能确认是谁的。
""",
    ),
    dict(
        slug="wenwenkan-qa-text-punctuation-manuscript-grid",
        site="问问看 (invented Q&A site), answer page as text",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenwenkan.cn/question/8830145",
        title="方格稿纸上标点符号怎么占格？",
        record_title="方格稿纸上标点符号怎么占格？明天交作文，求老师们指点 - 问问看",
        date=None,
        notes="a Q&A answer saved as text: the question with a poster's aside and a site suffix; a voting line and "
        "an answerer's line; relative time '昨天' (no date); a list of rules; an ad line glued after the last paragraph",
        page="""
!m 问问看　你问我答
!t 方格稿纸上标点符号怎么占格？明天交作文，求老师们指点
!m 提问：小葵花同学　　3个回答　　关注 26
!m 最佳答案　｜　语文老师周老师　｜　昨天 20:17
{BODY}
!l 👍 赞同 96　　💬 追问
!l 更多回答：标点一般占一格，省略号两格。
!a 打开问问看App，看全部3个回答
!m 问问看 wenwenkan.cn　京ICP备17052209号
""",
        body="""
方格稿纸上写作文，标点符号的写法有几条规矩：
一、一般的标点符号占一个格，写在格子的左下方，比如逗号、句号、顿号、分号。
二、省略号和破折号占两个格，不能拆开写在两行。
三、引号、括号、书名号的前一半占一个格，写在格子的右上方或右半边；后一半也占一个格，写在左半边。
四、行首不能出现逗号、句号等点号。如果一行最后一个字正好写满，后面的标点就写在这一行最后一格的右下角，或者写在格子外面。
五、每段开头空两格。
按这几条写，阅卷老师看着整齐，也不容易被扣卷面分。⟦a 更多作文格式技巧，点这里免费领资料包⟧
""",
    ),
    dict(
        slug="jingzhi-collection-html-mother-tickets",
        site="敬之文存 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.jingzhiwencun.net/juansi/018.htm",
        title="母亲攒的那盒车票",
        record_title="《郾园杂记》卷四·母亲攒的那盒车票",
        date=None,
        notes="an old personal collection: a marquee, 繁體/简体 links, chapter links, a visitor counter and the author's mailbox; "
        "a volume prefix in the title; no date in the essay (only the counter and an update stamp)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《郾园杂记》卷四·母亲攒的那盒车票</title>
<script language="javascript" src="/count/counter.js"></script></head>
<body bgcolor="#F7F3E8">
<table width="780" align="center" border="0"><tr><td>
<font size="5">⟦m 敬之文存⟧</font>　⟦m 漆敬之散文随笔⟧　<a href="/big5/">⟦a 繁體版⟧</a> <a href="/">⟦a 简体版⟧</a>
</td></tr></table>
<table width="780" align="center"><tr><td><marquee>⟦m 欢迎光临寒舍，文章可随意转给亲友，但请勿用于商业用途。⟧</marquee></td></tr></table>
<table width="780" align="center"><tr><td width="160" valign="top">
<p>⟦m 目　录⟧</p>
<p><a href="/juanyi/">⟦l 卷一 故乡⟧</a></p><p><a href="/juaner/">⟦l 卷二 师友⟧</a></p><p><a href="/juansan/">⟦l 卷三 读书⟧</a></p><p><a href="/juansi/">⟦l 卷四 亲人⟧</a></p>
</td><td valign="top">
<p align="center"><font size="4">⟦t 《郾园杂记》卷四·母亲攒的那盒车票⟧</font></p>
<p align="center">⟦m 漆敬之　本篇最后修改：去年冬⟧</p>
{BODY}
<p>⟦l 上一篇：父亲的那辆自行车⟧　⟦l 下一篇：外婆的腌菜坛子⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
<p>⟦m 您是本站第 0046215 位读者⟧</p>
<p>⟦w 来信请寄：qijingzhi1952@jzwencun.net⟧</p>
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲去世后，我们兄妹整理她的遗物，在衣柜最底层发现一个饼干铁盒，打开一看，满满一盒都是车票。
最上面的是一张汽车票，票面写着“酆原—邺川”，票价一元八角。那是我上大学那年，母亲送我进城时坐的车。下面是我每个寒暑假回家的火车票，从硬座到卧铺，一张都没少。原来我每次回家随手扔在桌上的车票，母亲都悄悄收了起来。
我记得有一回问她留着车票做什么，她笑着说：“看看你跑了多远。”我当时只当是句玩笑话。
如今我坐在灯下，把这些车票按日期一张张排开，三十多年的来来去去，都在这里了。母亲不识几个字，却用这种办法，把儿子走过的路一程一程记了下来。
""",
    ),
    dict(
        slug="yanxia-collection-text-postmark-town-oneline",
        site="檐下集 (invented personal collection), one-line text dump",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://yanxiaji.cn/wen/tingkou-06.txt",
        title="邮戳上的小镇",
        record_title="邮戳上的小镇（桯口笔记之六）— 檐下集",
        date=None,
        notes="a collection's essay dumped as one line (paragraphs separated only by their indent); a series aside and "
        "a collection suffix in the title; a 写于 line with a season only; no date",
        page="""
!m 檐下集 · 个人作品存档
!t 邮戳上的小镇（桯口笔记之六）
!m 作者：苗青禾　｜　归档：桯口笔记
{BODY}
!l ＜ 桯口笔记之五：渡口　　　桯口笔记之七：茶馆 ＞
!d 檐下集所有文字版权归作者所有，转载请保留作者姓名。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
桯口镇很小，小到地图上要放大好几倍才能找到它的名字，可我在很多信封上见过它。
镇上的邮政所只有一间门面，柜台里坐着一位姓钟的阿姨。她盖邮戳有个习惯，先在印台上轻轻按两下，再对准邮票的右下角，稳稳地压下去，盖出来的“桯口”两个字总是端端正正。
在外地读书的那几年，我收到的每一封家信上，都有这个邮戳。有时候信还没拆，光看邮戳上的日期，我就能算出母亲是哪天赶集时去寄的信。
后来镇上的年轻人都出去了，写信的人越来越少。听说邮政所去年改成了快递代收点，那枚刻着“桯口”的日戳不知还在不在。
写于桯口返程的车上，初冬
""",
    ),
    dict(
        slug="yechuan-dangjian-speech-red-postal-road",
        site="邺川党建网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.ycdj.gov.cn/jcdj/2024/0702/19443.shtml",
        title="在邺川市邮政分公司“红色邮路”主题党日活动上的讲话",
        record_title="〔支部动态〕在邺川市邮政分公司“红色邮路”主题党日活动上的讲话 - 邺川党建网",
        date="2024-06-28",
        date_also=["2024-07-02"],
        notes="a Party portal: a study-points prompt, a read-on-phone QR line, speaker and date lines under the title (neutral); "
        "the portal's date differs; a sentence about 纪念邮戳 and 实寄封 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在邺川市邮政分公司“红色邮路”主题党日活动上的讲话</title>
<script src="/js/xuexi-points.js"></script></head><body>
<div class="dj-top">⟦m 邺川党建网⟧　⟦m 中共邺川市委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　要闻　基层党建　党员教育　先锋风采　党建研究⟧</div>
<div class="dj-loc">⟦m 当前位置：首页 &gt; 基层党建 &gt; 支部动态⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2024-07-02　来源：市邮政分公司党委　字号：大 中 小⟧</div>
<p class="speaker">市邮政分公司党委书记、总经理　钟立新</p>
<p class="date">（2024年6月28日）</p>
<div class="txt">
{BODY}
</div>
<div class="points">⟦a 阅读满3分钟可获得学习积分1分⟧</div>
<div class="phone">⟦a 扫一扫，在手机上继续学习⟧</div>
</div>
<div class="dj-rel"><h4>⟦l 支部动态·更多⟧</h4><p>⟦l 市供电公司党委开展“光明驿站”志愿服务⟧</p><p>⟦l 郫湖区税务局党支部赴革命旧址开展学习⟧</p></div>
<div class="dj-foot">⟦m 中共邺川市委组织部　版权所有　湘ICP备13008806号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们来到当年的邺川交通站旧址，开展“红色邮路”主题党日活动，就是要重温老一辈邮政人冒着生命危险传递信件的历史，汲取前行的力量。
刚才，大家参观了陈列馆，看到了那枚当年交通员用过的木刻邮戳。这枚邮戳很简陋，字也刻得不整齐，但它盖过的每一封信，都是用生命护送出去的。
我们今天启用的“红色邮路”纪念邮戳，就是以这枚木刻邮戳为原型设计的。希望各支部组织党员给身边的老同志、困难群众写一封信，加盖纪念邮戳后作为实寄封寄出。
同志们，邮路就是初心路。希望大家把这份精神带回岗位，把每一件邮件按时、完好地送到群众手中。
""",
    ),
    dict(
        slug="binshui-dangjian-text-summary-hooks-volunteers",
        site="邠水先锋网 (invented Party-building site), page as text",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.bsxianfeng.cn/zbfc/2024/1230/8841.html",
        title="鄄桥社区党支部“小粘钩 大民生”志愿服务活动总结",
        record_title="【先锋微实事】鄄桥社区党支部“小粘钩 大民生”志愿服务活动总结 · 邠水先锋网",
        date="2024-12-26",
        date_also=["2024-12-30"],
        notes="a Party site's page as text: a column prefix and a site suffix in the title; a data table (one row a paragraph); "
        "a study-points prompt and a share line glued after a 。; the site's posting date differs from the 成文日期",
        page="""
!m 邠水先锋网
!m 首页 / 支部风采 / 先锋微实事
!t 【先锋微实事】鄄桥社区党支部“小粘钩 大民生”志愿服务活动总结
!m 发布：2024-12-30　｜　投稿单位：鄄桥社区党支部　｜　浏览 611
{BODY}
!a 本文学习时长满5分钟，计入年度学习档案
!l 先锋微实事·往期：“修伞小分队”进小区　｜　党员认领“微心愿”
!m 中共邠水县委组织部　邠水县融媒体中心　联合主办
""",
        body="""
今年10月以来，社区党支部组织党员志愿者开展“小粘钩 大民生”活动，为辖区独居老人、残疾人家庭上门安装粘钩、挂钩，解决他们挂毛巾、挂钥匙、挂拐杖不方便的小难题。⟦l 分享到微信⟧
活动情况统计如下：
楼栋片区　服务户数　安装粘钩（个）　志愿者人次
老菜场片区　38　214　46
纺织宿舍片区　27　151　31
滨河片区　19　96　22
志愿者上门前先了解老人需要挂什么、挂在哪里，安装时避开瓷砖接缝和潮湿墙面，装好后请老人试挂，确认牢固再离开。
下一步，支部将把这项活动纳入党员“积分制”管理，每季度回访一次，对脱落的粘钩及时补装。
鄄桥社区党支部
2024年12月26日
""",
    ),
    dict(
        slug="lingxi-hospital-article-hooks-ward-walls",
        site="酃溪县人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.lxrmyy.com/hlkp/2025/0410/2291.html",
        title="病房墙面请勿随意粘贴粘钩",
        record_title="【院感小课堂】病房墙面请勿随意粘贴粘钩 - 护理科普 - 酃溪县人民医院",
        date="2025-04-10",
        notes="a county hospital page: a booking float, a 24-hour line and a switchboard, an experts list; the department's own "
        "咨询电话 in the body; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【院感小课堂】病房墙面请勿随意粘贴粘钩 - 护理科普 - 酃溪县人民医院</title>
<script src="/js/yuyue-float.js"></script></head><body>
<div class="h-top">⟦m 酃溪县人民医院⟧　⟦m 二级甲等综合医院⟧　⟦m 急救24小时：0739-7120120⟧</div>
<div class="h-nav">⟦m 医院概况　就医指南　科室导航　专家介绍　护理园地　健康科普⟧</div>
<div class="h-loc">⟦m 您的位置：首页 &gt; 护理园地 &gt; 护理科普⟧</div>
<div class="h-art">
<h2>{T}</h2>
<div class="h-info">⟦m 发布时间：2025-04-10　供稿：医院感染管理科　审核：护理部⟧</div>
<div class="h-body">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 本科专家⟧</h4><p>⟦l 唐秋萍　主任护师　周二上午门诊⟧</p><p>⟦l 龙志刚　副主任医师　周四全天门诊⟧</p></div>
<div class="h-float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦m 总机：0739-7120000⟧</div>
<div class="h-foot">⟦m 地址：酃溪县城关镇人民南路19号　湘ICP备15002114号⟧</div>
</body></html>
""",
        body="""
不少住院患者和家属喜欢在病房墙上、床头柜侧面贴几个粘钩，用来挂毛巾、挂袋子。看起来方便，其实存在不少隐患。
首先，粘钩挂的湿毛巾、脏衣物贴着墙面，容易滋生细菌，而且墙面粘钩周围是日常消毒的死角。其次，病房墙面有氧气、负压吸引等设备带，粘钩贴在设备带附近，挂上的物品可能影响抢救操作。再次，粘钩承重有限，挂重物掉落还可能砸伤患者。
为此，医院感染管理科提醒：病房内请不要自行粘贴粘钩，需要挂放物品的，请使用床旁的固定挂架，或向护士站申请可移动的衣架。出院时，请把自己贴的粘钩一并取下。
如有疑问，可拨打医院感染管理科咨询电话：0739-7120368。
""",
    ),
    dict(
        slug="lingxi-hospital-text-notice-luggage-tags",
        site="酃溪县中医医院 (invented), notice page as text",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lxzyy.cn/gg/2025/0301/118.html",
        title="关于住院患者行李物品挂牌寄存的通知",
        date="2025-02-28",
        notes="a hospital notice as text: the record gives the title as is; a booking prompt and a 24-hour line beside "
        "the ward's own 寄存咨询 phone; 成文日期 under the signature, the page's date the day after",
        page="""
!m 酃溪县中医医院　LINGXI HOSPITAL OF TCM
!m 首页 ＞ 医院公告
{T}
!m 日期：2025-03-01　｜　点击：907
!a 微信预约挂号，少排队少跑腿
{BODY}
!m 急诊科24小时电话：0739-7235120
!m 医院地址：酃溪县城关镇杏林路6号　邮编：421999
""",
        date_also=["2025-03-01"],
        body="""
各住院患者及家属：
为保持病区通道整洁，防止患者行李物品丢失，医院在住院部一楼设立行李寄存处，自2025年3月1日起实行挂牌寄存。现将有关事项通知如下：
一、住院患者随身携带的行李箱、大件包裹，请在办理入院后送到寄存处，由工作人员系上编号行李牌，并把对应号码的存根交给患者。
二、取行李时须出示存根，存根遗失的，请由患者本人持身份证办理。
三、贵重物品、现金和药品不予寄存，请自行妥善保管。
四、患者出院7日后仍未领取的行李，医院将电话通知患者或家属。
寄存咨询电话：0739-7235016
酃溪县中医医院
2025年2月28日
""",
    ),
    dict(
        slug="shanling-college-news-group-tickets-h1",
        site="鄯岭学院新闻网 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.slxy.edu.cn/info/1021/18803.htm",
        title="学校为寒假返乡学生开通团体购票服务",
        record_title=None,
        date="2025-01-06",
        notes="a university news page: the title only in the <h1>; a dotted date in the byline (the page's date); "
        "a photo caption and a 文/图/审核 line glued after the last paragraph; a campus-life nav; no record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鄯岭学院新闻网</title>
<script src="/system/resource/js/counter.js"></script></head><body>
<div class="sx-head">⟦m 鄯岭学院新闻网⟧　⟦m 明德 笃学 求是 致远⟧</div>
<div class="sx-nav">⟦m 学院首页 | 学院要闻 | 校园动态 | 媒体鄯院 | 专题报道⟧</div>
<div class="sx-where">⟦m 当前位置：学院首页 &gt;&gt; 校园动态⟧</div>
<h1>{T}</h1>
<div class="sx-meta">⟦m 2025.01.06　点击数：1388　来源：学生工作处⟧</div>
<div class="sx-body">
{BODY}
</div>
<div class="sx-next">⟦l 上一条：我院在省大学生结构设计竞赛中获一等奖⟧</div>
<div class="sx-foot">⟦m 鄯岭学院党委宣传部　地址：鄯岭县学府路88号⟧</div>
</body></html>
""",
        body="""
寒假将至，学校学生工作处联合邺川火车站开通寒假返乡团体购票服务，为家在外省的学生集中预订返乡车票。截至1月5日，已有1426名学生通过辅导员登记购票需求。
据介绍，学生在班级登记出发日期、到达站和乘车人信息后，由学院汇总报送，车站开设团体票专窗统一出票，学生凭身份证即可乘车。对家庭经济困难学生，学校还给予每人100元至300元的车票补助。
⟦m 图为学生在辅导员办公室登记购票信息。⟧
学生工作处提醒，返乡途中要注意人身和财物安全，到家后及时向辅导员报平安。⟦m （文/图：罗心怡　审核：邵长青）⟧
""",
    ),
    dict(
        slug="shanling-college-text-essay-call-manuscript",
        site="鄯岭学院 校报编辑部 (invented), page as text",
        style="高校官网",
        genre="启事",
        kind="notice",
        form="text",
        source="http://xb.slxy.edu.cn/tzgg/2025/0310/2231.html",
        title="校报“我的第一页稿纸”主题征文启事",
        record_title="征文启事 ▸ 校报“我的第一页稿纸”主题征文启事 - 鄯岭学院校报编辑部",
        date="2025-03-10",
        notes="a university office's page as text: a column prefix with an arrow and an office suffix in the title; "
        "the editorial office's own contact and mailbox beside the site's technical line; 成文日期 under the signature",
        page="""
!m 鄯岭学院校报编辑部
!m 校报首页 ＞ 编辑部公告
!t 征文启事 ▸ 校报“我的第一页稿纸”主题征文启事
!m 发布者：校报编辑部　时间：2025-03-10　浏览：742
{BODY}
!a 【打印本页】　【返回列表】
!m 网站技术支持：学院网络信息中心 0736-3329100
""",
        body="""
全校师生：
一页稿纸，记下了许多人第一次投稿的忐忑，也记下了一段段难忘的校园时光。为迎接建校四十周年，校报编辑部开展“我的第一页稿纸”主题征文活动。
一、征文内容：讲述你与稿纸、与写作有关的故事，体裁不限，诗歌不超过40行，其他文体不超过2000字。
二、投稿方式：欢迎用稿纸手写后拍照投稿，也可提交电子文档。
三、截稿时间：2025年4月30日。
优秀作品将在校报“鄯园”副刊刊发，并结集出版。
联系人：何老师　电话：0736-3329218　邮箱：slxyxb@slxy.edu.cn
鄯岭学院校报编辑部
2025年3月10日
""",
    ),
]
