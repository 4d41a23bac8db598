"""holdout205, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Written by hand; every
site, place, person, firm, number and URL is invented. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenbei-induction-e0-question-missing",
        site="问呗 (invented, Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenbei.cn/question/58120773",
        title="电磁炉用着用着显示E0，是哪里坏了？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question is the title; adopted-answer badge, vote row, an 'expand' line between paragraphs, more answers; 回答于 2 天前 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>问呗 - 有问题，就问呗</title>
<script src="https://s.wenbei.cn/qa.min.js"></script>
</head>
<body>
<div class="hd">⟦m 问呗⟧ ⟦m 有问题，就问呗⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问呗 &gt; 家电 &gt; 厨房电器⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　浏览 3862 次　2 个回答⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-author">⟦m 厨电售后老周　回答于 2 天前　已帮助 1.4万 人⟧</div>
<div class="ans-text">
{BODY}
</div>
<div class="vote">⟦l 有用 231　没用 4　评论 12⟧</div>
</div>
<div class="others"><h3>⟦l 其他回答（1）⟧</h3>
<p>⟦l 换个铁锅试试，我家的就是锅不对⟧</p>
</div>
<div class="related"><h3>⟦l 相关问题⟧</h3>
<p>⟦l 电磁炉E1、E2、E3分别是什么故障？⟧</p>
<p>⟦l 电磁炉风扇一直转不停正常吗？⟧</p>
</div>
<div class="ft">⟦d 回答内容由网友提供，仅供参考，涉及用电安全请咨询专业人员。⟧ ⟦m 问呗 wenbei.cn 京ICP备20031877号⟧</div>
</body>
</html>
""",
        body="""
E0在多数电磁炉上表示“无锅或锅具不合适”，不一定是机器坏了，可以按下面的顺序排查：
1. 看锅。电磁炉只认能被磁铁吸住的锅底，拿块冰箱贴吸一下锅底，吸不住的锅就用不了。
2. 看锅的位置。锅要放在面板中间的圆圈里，锅底直径最好在12厘米以上，太小的奶锅也会报E0。
⟦a 展开余下两条排查步骤⟧
3. 看锅底是否平整。锅底变形翘起，和面板接触不好，也会时好时坏。
如果换了合适的锅还是报E0，多半是线圈盘或者主板上的检锅电路出了问题，这时候别自己拆，送售后检测更稳妥。
""",
    ),
    dict(
        slug="qa-linwen-lunchbox-microwave-text",
        site="邻问 (invented, Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://linwen.com.cn/q/2024/77130548",
        title="便当盒能不能直接放微波炉里加热？",
        record_title="便当盒能不能直接放微波炉里加热？在线等 - 邻问",
        date=None,
        notes="Q&A as text: a question title with an asker's aside; best answer; relative times only; a vote line glued after the last sentence",
        page="""
!m 邻问 · 生活问答
!m 邻问首页 > 生活 > 厨房
{T}
!m 问题补充：学校有微波炉，买了个塑料便当盒不知道能不能放，急
!m 提问于 昨天 12:06　｜　浏览 977
!m 最佳答案
!m 答主：生活家小鹿　回答于 昨天 13:40
{BODY}
!l 其他 3 条回答 ∨
!l 相似问题：不锈钢饭盒能放微波炉吗　玻璃便当盒从冰箱拿出来能直接热吗
!a 打开邻问APP，提问更快得到回答
!d 邻问回答均来自网友，不代表本站观点。
""",
        body="""
能不能放，要看便当盒的材质和盖子，不能一概而论。
一看底部标识。塑料便当盒底部一般印有材质代号，标着PP（5号）并注明可微波的，可以放进去加热；没有标识或者标着PS的，最好别放。
二看盖子。很多便当盒盒身能微波，盖子不能，加热时把盖子取下或者掀开一角，不然盖子会变形，还可能喷汤。
三看有没有金属。不锈钢便当盒、带金属装饰或金属卡扣的，绝对不能进微波炉，会打火。
玻璃便当盒一般耐热，但从冰箱拿出来别马上高火加热，温差太大容易裂。⟦l 👍 赞同 88　💬 评论 6⟧
""",
    ),
    dict(
        slug="anthology-xubowen-memoir-desk-fan-gb2312",
        site="许伯闻文存 (invented, personal collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.xubowen-wencun.net/juan2/zw07.htm",
        title="父亲修了三十年的台扇",
        record_title="「旧物卷」父亲修了三十年的台扇 · 许伯闻文存",
        date=None,
        notes="old table page: 繁體/简体 links, chapter links, visitor counter, the author's mailbox; the memoir ends with a season-and-place line (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>「旧物卷」父亲修了三十年的台扇 · 许伯闻文存</title>
</head>
<body bgcolor="#F6F1E4">
<table width="760" align="center" border="0">
<tr><td align="center">⟦m 许伯闻文存⟧</td></tr>
<tr><td align="center">⟦m 闳水一老叟，写些旧日子⟧</td></tr>
<tr><td align="right">⟦a <a href="zw07_ft.htm">繁體</a> | <a href="zw07.htm">简体</a>⟧</td></tr>
<tr><td>⟦m 文存目录 → 卷二 旧物 → 第七篇⟧</td></tr>
<tr><td align="center">{T}</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 上一篇：母亲的针线笸箩⟧　<a href="index.htm">⟦l 回卷二目录⟧</a>　⟦l 下一篇：老屋门前的石磨 →⟧</td></tr>
<tr><td align="center">⟦w 读后有话说，请写信给我：xubowen1951@163mail.cn⟧</td></tr>
<tr><td align="center">⟦m 本页自2009年起已有 18204 人次翻阅⟧</td></tr>
<tr><td align="center">⟦d 文存中的文字都是老许自己写的，转载请先打个招呼⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲有一台绿色的台扇，是他结婚那年在闳水县百货公司买的，比我的年纪还大。
那时候家里只有这一样电器。夏天晚上，一家人围在竹床边，台扇摇着头，从我这边吹到妹妹那边。父亲总说，风是大家的，谁也不许把它扳过去对着自己。
后来台扇的毛病越来越多，先是摇头卡住，后来开关按不下去。父亲不肯扔，找来螺丝刀和机油，一个零件一个零件地拆，拆完摆在报纸上，再一个一个装回去。我小时候最爱蹲在旁边看，看他把那颗小小的电容焊上去，扇叶一转，他就笑。
如今家里早装了空调，那台台扇还放在老屋的柜顶上，罩着父亲缝的布罩。
二〇二三年夏　于闳水
""",
    ),
    dict(
        slug="anthology-tingsong-memoir-twin-tub-wrapped",
        site="听松集 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://tingsongji.net/jiuwu/03.html",
        title="我家的第一台双缸洗衣机",
        record_title="【老物件】我家的第一台双缸洗衣机 —— 栱山听松集",
        date=None,
        notes="memoir hard-wrapped at 70 columns with an indent; a year inside the text is no date; a chapter list at the bottom",
        page="""
!m 栱山听松集 · 旧物记
!t 【老物件】我家的第一台双缸洗衣机
!m 作者：松下客
{BODY}
!l 本辑目录：一、煤油灯　二、缝纫机　三、双缸洗衣机　四、黑白电视
!a 〔返回首页〕〔给作者留言〕
!d 本集文字为作者原创，未经同意不得转载。
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
一九八九年冬天，父亲托人从县城扛回来一台双缸洗衣机，是我们村第一台。搬进门那天，左邻右舍都来看热闹，母亲用新毛巾把它擦了一遍又一遍。
那时村里还没通自来水，洗衣服要先从井里挑水，一桶一桶倒进洗衣缸。洗好了，再把衣服捞到旁边的甩干缸里，盖上盖子，机器嗡嗡地抖，整张桌子都跟着颤。
母亲舍不得多用电，只有被单、棉衣才放进去洗，平常的衣服还是拿到塘边用棒槌捶。她说，机器是用来帮忙的，不是用来偷懒的。
这台洗衣机用了十一年，后来排水管老化，漏得满地是水，才被换下来。现在想起那个冬天，我还记得母亲擦机器时的样子。
""",
    ),
    dict(
        slug="party-yingchuan-summary-lunchbox-volunteer",
        site="楹川先锋网 (invented, Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.ycxianfeng.gov.cn/zbfc/202407/t20240702_3318.html",
        title="机关第二党支部“便当减塑”志愿服务活动总结",
        record_title="【机关支部在行动】机关第二党支部“便当减塑”志愿服务活动总结_楹川先锋网",
        date="2024-06-28",
        date_also=["2024-07-02"],
        notes="Party portal: study-points prompt, read-on-phone QR line, a 'branch activity photos' link between paragraphs; signature date and page date differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【机关支部在行动】机关第二党支部“便当减塑”志愿服务活动总结_楹川先锋网</title>
</head>
<body>
<div class="top">⟦m 楹川先锋网⟧ ⟦m 中共楹川县委组织部主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部风采⟧ ⟦m 党员教育⟧ ⟦m 组工信息⟧</div>
<div class="path">⟦m 当前位置：首页 &gt;&gt; 支部风采⟧</div>
<div class="con">
<h2>{T}</h2>
<div class="info">⟦m 来源：县直机关工委　发布时间：2024-07-02　浏览：311⟧</div>
<div class="study">⟦a 登录党员学习平台，阅读本文满3分钟可获1个学习积分⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦a 手机扫描右侧二维码，把本文带在路上读⟧</div>
<div class="pn">⟦l 上一篇：县住建局党支部开展“老旧小区微更新”党员服务⟧</div>
</div>
<div class="foot">⟦m 中共楹川县委组织部　地址：楹川县城关镇府前路1号⟧<br>⟦m 湘ICP备06027751号-4⟧</div>
</body>
</html>
""",
        body="""
为落实县直机关工委关于开展“绿色机关”创建活动的要求，5月至6月，机关第二党支部组织党员开展“便当减塑”志愿服务活动，现将有关情况总结如下。
一、主要做法
一是带头自带便当盒。支部23名党员带头自带可重复使用的便当盒就餐，机关食堂一次性餐盒用量下降四成。
二是走进社区宣传。党员志愿者到楔园社区开展宣传3场，向居民发放不锈钢便当盒200只，讲解外卖减塑小知识。
⟦l 🔗 查看支部活动照片集⟧
三是建立长效机制。与机关食堂商定，自带餐盒就餐的职工每餐减免一元，由支部每月公布参与情况。
二、下一步打算
支部将把“便当减塑”纳入主题党日常规内容，带动更多职工参与。
中共楹川县财政局机关第二支部委员会
2024年6月28日
""",
    ),
    dict(
        slug="party-gongshan-speech-laminated-boards",
        site="栱山党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.gongshan.gov.cn/ldjh/2024/0520/2716.html",
        title="在全县村级党组织阵地规范化建设推进会上的讲话",
        record_title="在全县村级党组织阵地规范化建设推进会上的讲话_领导讲话_栱山党建网",
        date="2024-05-16",
        date_also=["2024-05-20"],
        notes="speaker line and date line under the title neutral; the date under the title is the document's; a study-points line glued before a heading",
        page="""
!m 栱山党建网
!m 首页 → 领导讲话 → 正文
{T}
县委常委、组织部部长　黎正清
（2024年5月16日）
!m 发布时间：2024-05-20 15:30　来源：县委组织部　阅读：604
!a 〔放大〕〔缩小〕〔默认〕
{BODY}
!a 〔打印本文〕〔关闭窗口〕
!l 上一篇：全县发展党员工作培训会召开
!l 下一篇：楗桥镇开展党员“亮身份”活动
!m 栱山县委组织部主办　联系电话：0736-4412020
""",
        body="""
同志们：
今天我们在楗桥镇召开村级党组织阵地规范化建设推进会，现场看了三个村的党群服务中心，总体感觉是变化大、有亮点，但也有短板。下面我讲三点意见。
一、公开栏要“常新”。有的村公开栏贴的还是去年的材料，纸张发黄卷边。县委组织部已为每个村配发一台塑封机，党务、村务公开材料要及时更新、塑封上墙。
⟦a 学习打卡：读完本篇可在“栱山先锋”积2分⟧二、活动室要“常用”。阵地不能建好就锁门，要把党员学习、村民议事、技能培训都放到活动室里来。
三、台账要“常查”。乡镇党委每季度对村级阵地检查一次，检查结果纳入村党组织书记年度考核。
同志们，阵地建设关键在用。希望大家抓好落实，让每一个党群服务中心都成为群众愿意来、经常来的地方。
""",
    ),
    dict(
        slug="hospital-fangcheng-pacemaker-induction-record-date",
        site="枋城市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.fcsey.com/jkkp/2024/0820/1532.html",
        title="装了心脏起搏器，还能用电磁炉吗？",
        record_title="装了心脏起搏器，还能用电磁炉吗？-健康科普-枋城市第二人民医院",
        record_date="2024-08-20",
        date="2024-08-20",
        notes="hospital site: booking float, 24-hour line beside the clinic's own 咨询电话; author/reviewer line; numbered list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>装了心脏起搏器，还能用电磁炉吗？-健康科普-枋城市第二人民医院</title>
</head>
<body>
<div class="header">⟦m 枋城市第二人民医院⟧ ⟦m 三级综合医院⟧ <a>⟦a 预约挂号⟧</a> <a>⟦a 报告查询⟧</a></div>
<div class="nav">⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 健康科普⟧</div>
<div class="loc">⟦m 所在位置：首页 - 健康科普⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2024-08-20　作者：心血管内科 曾瑜　审核：黄牧之⟧</p>
<div class="txt">
{BODY}
</div>
<p class="tags">⟦l 关键词：起搏器　家用电器　随访⟧</p>
</div>
<div class="float-yy">⟦a 在线预约 · 免排队⟧</div>
<div class="footer">
<p>⟦m 急诊急救（24小时）：0736-6135120　预约中心：0736-6135000⟧</p>
<p>⟦d 科普内容仅供参考，不能代替医生面诊⟧</p>
<p>⟦m 湘ICP备10083312号⟧</p>
</div>
</body>
</html>
""",
        body="""
不少装了心脏起搏器的老人问：家里的电磁炉还能不能用？
电磁炉工作时会在面板上方产生交变磁场，离得越近，磁场越强。现在的起搏器大多有一定的抗干扰能力，正常使用电磁炉一般不会出问题，但要注意以下几点：
1. 做饭时身体与电磁炉保持至少60厘米距离，不要俯身贴着锅边搅拌。
2. 起搏器植入在左胸的，尽量站在电磁炉右侧操作。
3. 如果用电磁炉时出现头晕、心慌、乏力，应立即离开并关闭电源，尽快到医院检查起搏器工作情况。
4. 按时到起搏器门诊随访，随访时可以把家里用的电器告诉医生。
心血管内科起搏器随访门诊咨询电话：0736-6135527（工作日8:00—17:00）
""",
    ),
    dict(
        slug="hospital-yingchuan-notice-ward-washers",
        site="楹川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycxrmyy.cn/ygdt/2024/0318/906.html",
        title="关于加强病区公共洗衣机消毒管理的通知",
        record_title="【院感动态】关于加强病区公共洗衣机消毒管理的通知 - 楹川县人民医院",
        date="2024-03-18",
        notes="hospital notice: numbered list, a sentence about scanning a QR code, the department's inside line beside the hospital's booking and emergency lines",
        page="""
!m 楹川县人民医院　YINGCHUAN COUNTY PEOPLE'S HOSPITAL
!m 首页 / 院务公开 / 院感动态
{T}
!m 发布部门：院感科　浏览次数：219
{BODY}
!l 【下一条】关于开展手卫生依从性专项督查的通知
!m 预约挂号：0736-7280000　急诊：0736-7280120
!m 地址：楹川县城关镇人民路166号　湘ICP备11002619号
""",
        body="""
各病区、各科室：
近期院感科在巡查中发现，部分病区供患者家属使用的公共洗衣机未按要求消毒，存在交叉感染隐患。为加强管理，现就有关事项通知如下：
1. 各病区公共洗衣机每日使用结束后，由保洁员用含氯消毒液擦拭门封、投放盒和机身，每周空桶高温消毒一次。
2. 洗衣机旁张贴使用须知，患者被血液、体液污染的衣物不得放入公共洗衣机，应按医疗织物交洗衣房处理。
3. 消毒情况记入登记本，家属可扫描机身上的二维码查看最近一次消毒时间。
4. 院感科每月抽查，结果纳入科室质量考核。
联系电话：院感科　内线8213
楹川县人民医院院感科
2024年3月18日
""",
    ),
    dict(
        slug="univ-fangli-news-dorm-washers-missing-h1",
        site="枋城理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fcit.edu.cn/info/1021/36650.htm",
        title="学生公寓完成新一轮洗衣机更新",
        record_title=None,
        date="2024-09-03",
        notes="university news: no record title (the <h1> holds it); dotted date in the byline is the page's date; a photo caption between paragraphs; a sentence about a service account",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>枋城理工学院</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="head">⟦m 枋城理工学院⟧ ⟦m 笃行致远 格物明理⟧</div>
<div class="menu">⟦m 学校首页⟧ ⟦m 学院新闻⟧ ⟦m 校园快讯⟧ ⟦m 媒体枋理⟧</div>
<div class="pos">⟦m 当前位置: 首页 &gt;&gt; 校园快讯 &gt;&gt; 正文⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="sub">⟦m 2024.09.03　来源：后勤管理处　文/图：欧阳芮　点击数：1046⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关闭】⟧ ⟦a 【打印】⟧</div>
</div>
<div class="foot">⟦m 地址：枋城市庑湖区学苑大道9号　邮编：418000⟧ ⟦m 版权所有 © 枋城理工学院⟧</div>
</body>
</html>
""",
        body="""
开学前夕，后勤管理处完成学生公寓新一轮洗衣机更新，12栋公寓楼共换装滚筒洗衣机96台，9月2日起全部投入使用。
新洗衣机支持扫码和校园卡两种支付方式，每次洗衣收费3元，比原来降低1元。每台洗衣机都有独立的消毒程序，学生可在手机上预约、查看空闲机位，减少排队等候。
⟦m 学生在公寓洗衣房使用新洗衣机（欧阳芮 摄）⟧
后勤管理处还在每栋公寓一楼设置了洗衣房，配备烘干机和晾衣架，并安排宿管员每天巡查。
“以前洗一次衣服要下楼看三四趟，现在手机上看好了再下去。”材料学院大二学生詹一诺说。
后勤管理处表示，将根据学生使用情况适时增加设备，欢迎同学们关注“枋理后勤”公众号，在后台留言反馈意见。
""",
    ),
    dict(
        slug="univ-meishi-notice-dorm-ceiling-fans",
        site="楣阳师范学院后勤处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.mysfxy.edu.cn/tzgg/2024/0506/c3310a71204/page.htm",
        title="关于学生宿舍吊扇安全检查及报修的通知",
        record_title="通知公告 ▪ 关于学生宿舍吊扇安全检查及报修的通知 ▪ 楣阳师范学院后勤处",
        date="2024-05-06",
        notes="college office page: the office's own repair phone and mini-program inside the body beside the office's switchboard line; a 'repair guide' link between paragraphs",
        page="""
!m 楣阳师范学院后勤处
!m 首页 ＞ 通知公告
{T}
!m 作者：宿管中心　浏览：1530
!a 分享到：微信　QQ
{BODY}
!l 延伸：宿舍常见报修问题自助指引
!m 后勤处办公室：0736-5910001　｜　后勤处 © 2024
""",
        body="""
各学院、各位同学：
入夏在即，为确保学生宿舍吊扇安全运行，后勤处将于5月8日至5月17日对全校学生宿舍吊扇进行一次全面检查。现将有关事项通知如下：
一、检查内容：吊扇吊杆、挂钩是否牢固，扇叶是否变形，调速开关是否正常。
二、检查安排：按楼栋分批进行，具体时间由宿管员在楼栋群内提前一天通知，请同学们届时留一人在宿舍。
⟦l 👉 点这里看往年吊扇检查情况回顾⟧
三、报修方式：检查期间发现问题的，由维修人员当场登记处理；平时吊扇出现异响、晃动，请立即停止使用，并通过“楣师后勤”小程序报修，或拨打维修电话0736-5910233。
请同学们不要在吊扇上悬挂衣物等杂物。
后勤处
2024年5月6日
""",
    ),
]
