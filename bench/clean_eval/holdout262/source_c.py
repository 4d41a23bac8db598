"""holdout262, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Every case written by hand; all names, places, numbers and URLs are invented.
"""

CASES = [
    dict(
        slug="qa-wenjia-sandal-rubbing-adopted",
        site="问家 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjia.cn/question/38810275",
        title="新编的草鞋穿着磨脚，有什么办法吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; the adopted answer is the body; adopted "
        "badge, vote row, more answers, relative times only (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新编的草鞋穿着磨脚，有什么办法吗？ - 问家</title>
<script src="https://static.wenjia.cn/js/qa.3f2a.js" defer></script>
</head>
<body>
<div class="topbar">⟦m 问家⟧ ⟦m 有疑问，来问家⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumbs">⟦m 问家 › 生活 › 手工⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：山里娃子 ｜ 4 个回答 ｜ 浏览 3120⟧</p>
</div>
<div class="best-answer">
<div class="badge">⟦m ✔ 提问人认为这个回答最有帮助⟧</div>
<div class="answerer">⟦m 稻香外孙　手工达人　回答于 2 年前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦l 👍 有用 128　👎 没用 3　💬 评论 9⟧</div>
</div>
<div class="more"><h3>⟦l 其他回答（3）⟧</h3>
<p>⟦l 竹叶青：可以在鞋里垫一层布鞋垫，试试看⟧</p>
<p>⟦l 游客7302：买现成的文创草鞋，里面都缝了布⟧</p>
<p>⟦a 展开剩余回答 ∨⟧</p></div>
<div class="ask-more">⟦a 没找到答案？免费向 3 万手工达人提问⟧</div>
<footer>⟦m © 2024 问家 wenjia.cn　沪ICP备18027310号⟧</footer>
</body>
</html>
""",
        body="""
新草鞋磨脚，多半是因为稻草还硬、绳结太糙。我外公打了一辈子草鞋，他的办法有这么几个：
第一，穿之前把草鞋放在清水里浸一下，捞出来用木槌把鞋耳、鞋跟这些地方轻轻捶一遍，稻草就软和了。
第二，鞋底和鞋耳接头的地方常有翘起来的草头，用剪刀贴根剪掉，再用手搓平。
第三，头几次穿的时候配一双棉袜，走上两三天，草鞋就跟着脚形“走”出来了。
如果这样还磨，多半是鞋子本身编得太紧或者大小不合适，那就只能换一双了。草鞋本来就是越穿越合脚的东西，别急。
""",
    ),
    dict(
        slug="qa-baixiao-vat-moss-cleaning-list",
        site="百晓问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.baixiaowd.com/q/5500183",
        title="老水缸里长了青苔，怎么清理才干净？",
        record_title="老水缸里长了青苔，怎么清理才干净？_家居生活_百晓问答",
        date=None,
        notes="Q&A text: the question with a board and site suffix; a numbered list stays; 回答于 5 天前 (no "
        "date); a 'more answers' box and an ask prompt; a report link glued after the last 。",
        page="""
!m 百晓问答 > 家居生活 > 清洁收纳
!t 老水缸里长了青苔，怎么清理才干净？
!m 匿名用户　提问于 1 周前　　浏览 806 次
!m ★ 最佳答案
!m 回答者：勤快的老刘　　回答于 5 天前
{BODY}
!l 赞同 46　｜　反对 1
!l 其他 2 条回答
!l 阳台种菜人：草木灰真好用，我家腌菜缸也是这么刷的
!a ➜ 你也来回答一下
!m 百晓问答 · 知道的都告诉你
""",
        body="""
清理老水缸，可以按下面几步来：
1. 先把缸里的水舀干净，缸底的泥沙用旧毛巾吸出来；
2. 用硬毛刷蘸草木灰或小苏打，沿着缸壁一圈一圈刷，青苔厚的地方多刷几遍；
3. 刷完用清水冲两三遍，把缸放在太阳底下晒一天，晒透了青苔就不容易再长；
4. 以后每隔半个月换一次水，缸口加个盖子挡住阳光，青苔就长得慢了。
注意别用洁厕灵、84消毒液这类东西刷。陶缸有细孔，药水渗进去不容易洗掉，缸里的水以后就不能用来浇菜养鱼了。⟦a 　举报该回答⟧
""",
    ),
    dict(
        slug="collection-laozhou-memoir-carp-inkmarker-gb2312",
        site="老周木屑集 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laozhoumuxie.com/wenji/juan2/017.htm",
        title="师父的墨斗",
        record_title="师父的墨斗（旧作重录）—— 老周木屑集",
        date=None,
        notes="personal collection in an old gb2312 table layout: marquee, chapter links, visitor counter, the "
        "author's mailbox; a memoir with years in it but no date; a chapter note on a line of its own between "
        "paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>师父的墨斗（旧作重录）—— 老周木屑集</title>
<script language="JavaScript" src="counter.js"></script>
</head>
<body bgcolor="#EFE8D8">
<table width="800" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 老周木屑集⟧</font></td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 一个老木匠的碎碎念，刨花里的旧时光，欢迎常来坐坐⟧</marquee></td></tr>
<tr><td align="center">⟦m 首页 ┆ 卷一·学艺 ┆ 卷二·手艺 ┆ 卷三·人物 ┆ 留言簿⟧</td></tr>
</table>
<table width="800" align="center" border="0" cellpadding="12">
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 卷二·手艺　第十七篇　作者：周守根⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←第十六篇 刨子⟧　⟦l 回卷二目录⟧　⟦l 第十八篇 鲁班尺→⟧</td></tr>
</table>
<table width="800" align="center">
<tr><td align="center">⟦w 来信请寄：laozhou_mujiang@163.com⟧</td></tr>
<tr><td align="center">⟦m 自2006年开张以来，您是第 <font color="red">118472</font> 位客人⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
1979年秋天，我十六岁，跟着邻村的郑师傅学木匠。拜师那天，父亲提了两斤红糖、一条烟，师父什么也没说，只从工具箱里拿出一只墨斗递给我，让我先学弹线。
那只墨斗是师父的师父传下来的，斗身用枣木刻成鲤鱼的样子，鱼嘴是出线的孔，鱼尾上装着摇线的轮子。斗身被几代人的手摸得油亮，墨仓边上有一道细细的裂纹，用铜片箍着。
⟦l （本篇与卷一《拜师》可对照着读）⟧
头三个月，我几乎天天弹线。师父在一根废料上弹一道，让我在旁边照着弹，弹歪了就刨掉重来，一根木头刨薄了，再换一根。
出师那年，师父把这只墨斗送给了我。后来我进了县家具厂，又去了城里的装修公司，用过激光水平仪，也用过红外线放线仪，可每次搬家，那只鲤鱼墨斗总是第一个装进箱子。
""",
    ),
    dict(
        slug="collection-xiangju-memoir-father-sandals-oneline",
        site="乡居杂记 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://xiangjuzaji.net/chapter/23.html",
        title="父亲打草鞋",
        date=None,
        notes="the whole memoir on one line (paragraphs apart only by their indent); title from the record; "
        "collection chrome: contents link, chapter navigation, a word count and a collected stamp (no date)",
        page="""
!m 乡居杂记 · 第二辑 · 田间
{T}
!m 字数：约900字　　收入文集：2023-05-14
{BODY}
!l 【上一章】犁田　　【目录】　　【下一章】晒谷场
!a 加入书架　·　推荐本书
!d 乡居杂记为作者个人作品，未经许可不得转载。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
父亲打草鞋，总在下雨天。田里的活干不了，他就搬出那条长板凳，一头钉着木耙，自己骑坐在另一头。
打草鞋用的是晚稻草，要选秆子长、没有霉点的，先在石臼边用木槌捶软，再搓成细绳。父亲的手又粗又硬，搓起绳来却快得很，两个手掌一错，一截草绳就从指缝里钻了出来。
一双草鞋，从起头到收口，父亲要打一个多钟头。打好的草鞋挂在堂屋的墙上，一串一串的，是全家人上山砍柴、下地插秧要穿的。
我十岁那年，父亲给我打了一双小草鞋，鞋头还编了一朵小花。那双鞋我穿了一个夏天，后来鞋底磨穿了，也没舍得扔。
""",
    ),
    dict(
        slug="party-yuchuan-lecture-sandal-redarmy",
        site="鄅川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="https://www.yuchuanxianfeng.cn/dkjg/2024/0702/2219.html",
        title="一双草鞋里的初心",
        record_title="【党课微讲堂】一双草鞋里的初心_鄅川先锋网",
        date="2024-06-28",
        date_also=["2024-07-02"],
        notes="Party portal: a study-points prompt, a read-on-phone line, a subtitle with the speaker's role, "
        "the date line under the title neutral (the lecture's date) and the page's 发布时间 different",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【党课微讲堂】一双草鞋里的初心_鄅川先锋网</title>
<script src="/js/xuexi-timer.js"></script>
</head>
<body>
<div class="red-top">⟦m 鄅川先锋网⟧ ⟦m 中共鄅川县委组织部主办⟧</div>
<div class="nav">⟦m 首页　党建要闻　组织建设　党员教育　微党课　先锋风采⟧</div>
<div class="weizhi">⟦m 当前位置 ▷ 首页 ▷ 微党课⟧</div>
<div class="wz">
<h1>{T}</h1>
<p class="fubiaoti">——枹桥镇党委书记在“七一”专题党课上的讲稿</p>
<p class="xinxi">⟦m 发布时间：2024-07-02　来源：枹桥镇党委　编辑：辛若舟⟧</p>
<p class="riqi">（2024年6月28日）</p>
<div class="xuexi">⟦a 认真阅读满 3 分钟可获学习积分 1 分⟧</div>
<div class="zw">
{BODY}
</div>
<div class="mobile">⟦a 扫一扫　在手机上继续学习⟧</div>
<div class="xg">⟦l 相关党课：一盏马灯的故事　｜　半条被子里的为民情怀⟧</div>
</div>
<div class="side"><h4>⟦l 本月学习积分排行⟧</h4><p>⟦l 1. 枹桥镇党委　人均 23.6 分⟧</p><p>⟦l 2. 錞田镇党委　人均 21.9 分⟧</p></div>
<div class="foot">⟦m 中共鄅川县委组织部　版权所有　联系电话：0745-8811207⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天这堂党课，我想从一双草鞋讲起。
在县革命历史纪念馆的展柜里，陈列着一双已经发黑的草鞋。1934年冬天，红军队伍经过枹桥，一位姓彭的战士脚上的草鞋磨穿了，罋窑村的一位老人连夜给他打了一双新的。战士临走时，把旧草鞋留下，又硬塞给老人两块银元。老人不肯收，战士说：“这是规矩，红军不白拿群众一针一线。”
一双草鞋，连着军民之间的鱼水深情，也照见了共产党人的初心。九十年过去了，我们不用再穿草鞋走山路，但草鞋精神不能丢：一是不怕吃苦，路再远也要一步一步走到群众中间去；二是不拿群众一针一线，守住清正廉洁的底线；三是心里装着群众，群众有难处，要像那位老人连夜打草鞋一样，把事情办在前头。
同志们，让我们穿好思想上的“草鞋”，把初心写在为民办事的路上。
""",
    ),
    dict(
        slug="party-leishan-summary-vats-drought-table",
        site="藟山党建 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.leishandj.gov.cn/zbfc/20240912/1736.html",
        title="瓻家坝村党支部“满缸行动”抗旱志愿服务工作总结",
        record_title="【抗旱一线】瓻家坝村党支部“满缸行动”抗旱志愿服务工作总结 | 藟山党建",
        date="2024-09-10",
        date_also=["2024-09-12"],
        notes="Party site text: a service table one row a paragraph (cells apart by ideographic spaces); a "
        "study-app prompt glued before the first words; the site's date differs from the 成文日期",
        page="""
!m 藟山党建 —— 藟山县委组织部
!m 首页 / 支部风采 / 正文
{T}
!m 2024-09-12　　来源：絺塘乡党委　　浏览 455
{BODY}
!l 【相关阅读】絺塘乡高山片区供水管网改造开工
!l 【相关阅读】党员包户 “三送” 暖民心
!a 分享到：微信　QQ　微博　　〔打印〕
!m 主办：中共藟山县委组织部　湘ICP备13006011号
""",
        body="""
⟦a 【打开藟山先锋App学习得积分】⟧今年七月以来，我乡遭遇持续高温干旱，瓻家坝村高山片区的自来水时断时续，二十三户独居和高龄老人家中吃水困难。村党支部发起“满缸行动”，组织党员和志愿者为老人挑水、送水，确保家家水缸不见底。现将有关情况总结如下。
一、主要做法
支部把二十三户老人分给十一名党员包户，每人每两天上门查看一次水缸，水位低于一半就及时送水。乡里调来一台消防车，在村委会门前设了临时取水点。
二、服务情况
月份　送水户次　送水量（担）　参与人次
七月　186　540　73
八月　242　705　96
九月上旬　61　170　25
三、几点体会
党员多跑一趟腿，群众家里就多一缸水。下一步，支部将配合乡里推进高山片区供水管网改造，从根本上解决老人吃水难。
瓻家坝村党支部
2024年9月10日
""",
    ),
    dict(
        slug="hospital-yuezhou-second-vats-dengue",
        site="鄀州市第二人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.yzsdermyy.com/jkkp/2024/0718/1180.html",
        title="清理积水水缸，防蚊防登革热",
        record_title="清理积水水缸，防蚊防登革热【防蚊小课堂】- 鄀州市第二人民医院",
        date="2024-07-18",
        notes="hospital site: a booking float, a 24-hour line and an experts list beside the department's own "
        "咨询电话 in the body; a numbered list; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>清理积水水缸，防蚊防登革热【防蚊小课堂】- 鄀州市第二人民医院</title>
<script src="/js/yygh-float.js"></script>
</head>
<body>
<div class="hos-top">⟦m 鄀州市第二人民医院⟧ ⟦m 三级综合医院⟧ ⟦m 24小时服务热线：0728-6270120⟧</div>
<div class="hos-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="hos-pos">⟦m 首页 → 健康科普 → 感染科⟧</div>
<div class="hos-article">
<h1>{T}</h1>
<div class="hos-info">⟦m 发布时间：2024-07-18　作者：感染科 邵明澜　阅读：2860⟧</div>
<div class="hos-text">
{BODY}
</div>
<div class="hos-tip">⟦d 本文为健康科普，不能代替医生面诊，身体不适请及时就医。⟧</div>
</div>
<div class="hos-side"><h4>⟦l 感染科专家⟧</h4><p>⟦l 邵明澜　主任医师　周二、周四上午⟧</p><p>⟦l 乔立川　副主任医师　周一、周五全天⟧</p></div>
<div class="hos-float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 来院导航⟧</div>
<div class="hos-foot">⟦m 地址：鄀州市龠湖区新桥路77号　鄂ICP备07033018号⟧</div>
</body>
</html>
""",
        body="""
入夏以来，我市已报告多例输入性登革热病例。登革热由伊蚊传播，伊蚊最喜欢在清水里产卵，家里的水缸、花盆托盘、废旧轮胎，都可能成为蚊子的“育婴房”。
感染科提醒市民做好以下几件事：
1. 家中储水的水缸要加盖，不用的水缸倒扣放置；
2. 养鱼、养荷花的水缸，每周换一次水，并刷洗缸壁；
3. 花盆托盘、瓶瓶罐罐里的积水，每周至少清理一次；
4. 外出时穿浅色长袖衣裤，裸露的皮肤涂抹驱蚊液。
如出现突发高热、头痛、眼眶痛、全身肌肉关节痛等症状，请及时到医院发热门诊就诊，并主动告知近期旅居史。
感染科咨询电话：0728-6270315（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-yuezhou-second-notice-ward-ladles",
        site="鄀州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yzsdermyy.com/yygg/2024/0521/1093.html",
        title="关于病区配餐间停用公用汤勺的通知",
        date="2024-05-20",
        notes="hospital notice: title from the record; the infection-control office's extension in the body "
        "beside the site's booking and 24-hour lines; 成文日期 under the signature; a font row and a share bar",
        page="""
!m 鄀州市第二人民医院　｜　医院公告
!m 预约挂号：0728-6270999　　24小时服务热线：0728-6270120
{T}
!m 来源：护理部　　点击：734
!a 【大字】【标准】
{BODY}
!l 分享：微信 / 微博 / 复制链接
!l 上一篇：关于调整门诊午间服务时间的公告
!m 鄀州市第二人民医院 版权所有　鄂ICP备07033018号
""",
        indent="\u3000\u3000",
        body="""
各病区：
为降低院内交叉感染风险，经医院感染管理委员会研究，自2024年6月1日起，各病区配餐间停止使用公用汤勺为患者分汤。有关事项通知如下。
一、营养膳食科为每位住院患者配发一次性可降解汤勺，随餐送到病床。
二、需要分汤的，由配餐员使用专用长柄汤勺分装，分装汤勺一餐一换，集中送供应室清洗消毒。
三、病区护士长负责督促配餐员执行，感控科每月抽查一次。
四、陪护人员自带的餐具，请勿放在配餐间公用台面上。
联系人：感控科童晓雯，分机6021。
鄀州市第二人民医院
2024年5月20日
""",
    ),
    dict(
        slug="college-yuezhou-chengjian-inkline-contest-h1",
        site="鄀州城建职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yzcjxy.edu.cn/info/1021/8864.htm",
        title="古建专业举办墨斗弹线技能赛",
        record_title=None,
        date="2024-11-15",
        notes="no title in the record: the college page's <h1>; a dotted byline date is the page's date; a "
        "photo caption between paragraphs; a 文/图/审核 line glued after the last 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鄀州城建职业学院</title>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1021,"/content.jsp",8864,1638201120)</script>
</head>
<body>
<div class="header">⟦m 鄀州城建职业学院⟧ ⟦m 厚德 精技 筑城⟧ <a>⟦a 信息门户⟧</a> <a>⟦a English Site⟧</a></div>
<div class="menu">⟦m 学校概况　院系设置　教育教学　招生就业　校园文化⟧</div>
<div class="dqwz">⟦m 当前位置： 首页 &gt; 院系动态⟧</div>
<form name="_newscontent_fromname">
<h1 class="arti-title">{T}</h1>
<div class="arti-meta">⟦m 2024.11.15　建筑工程学院　点击数：[672]⟧</div>
<div class="v_news_content">
{BODY}
</div>
</form>
<div class="prev-next">⟦l 上一条：建筑工程学院召开学风建设推进会⟧<br>⟦l 下一条：我院学子在省测绘技能大赛中获佳绩⟧</div>
<div class="side"><h4>⟦l 院系快讯⟧</h4><p>⟦l 古建专业师生赴邿溪文庙开展修缮实习⟧</p><p>⟦l 建工学院举办BIM建模竞赛⟧</p></div>
<div class="footer">⟦m 学校地址：鄀州市龠湖区大学城路9号　邮编：448020⟧<br>⟦m 鄂ICP备05021276号　鄀州城建职业学院党委宣传部⟧</div>
</body>
</html>
""",
        body="""
11月14日下午，建筑工程学院在木作实训中心举办古建筑工程技术专业墨斗弹线技能赛，二年级四个班的六十二名学生参赛。
比赛要求选手在规定时间内，用墨斗在两米长的杉木板上弹出一条基准线和四条平行线，评委从线条的直度、粗细和间距误差三方面打分。
⟦m 【图】学生在比赛中拉线弹墨⟧
赛前，学院特聘的非遗木作传承人邬守田给学生示范了传统的“一提一弹”手法。他说，弹线是木匠的基本功，机器放线再方便，也替代不了手上的感觉。
经过激烈比拼，古建2302班蔡雨晨获得一等奖。⟦m （文/殷若琳　图/邝子墨　审核/韦振东）⟧
""",
    ),
    dict(
        slug="college-yuezhou-ligong-notice-forge-tongs-course",
        site="鄀州理工学院教务处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jwc.yzlg.edu.cn/info/1004/3671.htm",
        title="关于开设《传统锻造与劳动实践》选修课的通知",
        record_title="关于开设《传统锻造与劳动实践》选修课的通知-教学运行-鄀州理工学院教务处",
        date="2024-02-26",
        notes="university office notice: 选课 through the 教务系统 stays; a link glued after a 。; the office's "
        "signature and date; an attachments-free page with a visitor line",
        page="""
!m 鄀州理工学院教务处
!m 首页 » 通知公告 » 教学运行
{T}
!m 作者：实践教学科　　日期：2024-02-27　　访问量：1893
{BODY}
!l ▲ 上一条：2024年春季学期补考安排
!l ▼ 下一条：关于开展期初教学检查的通知
!m 版权所有 © 鄀州理工学院教务处　地址：鄀州市龠湖区学院路1号
""",
        date_also=["2024-02-27"],
        indent="\u3000\u3000",
        body="""
各学院：
为加强劳动教育，经研究，本学期面向全校本科生开设《传统锻造与劳动实践》选修课。现将有关事项通知如下。
一、课程安排：共16学时，计1学分，每周四下午在工程训练中心锻造车间上课，课程作业为每人独立打制一把火钳。⟦l （课程简介见工程训练中心网页）⟧
二、选课人数：每班限选30人，共开设两个班。
三、选课方式：学生于3月1日至3月5日登录教务系统选课，额满为止。
四、注意事项：上课须穿长袖工作服和劳保鞋，长发须束起，严禁穿凉鞋、裙装进入车间。
教务处
2024年2月26日
""",
    ),
]
