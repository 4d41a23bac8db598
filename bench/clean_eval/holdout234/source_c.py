"""holdout234, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text case each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhiliao-answer-table-card-facing-question",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowenda.example.com/q/7730915.html",
        title="会议桌签上的名字应该朝向哪一边？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; best-answer badge, vote row, an answerer card, "
        "'回答于 2 天前' (no date), more answers and related questions",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>会议桌签上的名字应该朝向哪一边？_知了问答</title>
<script src="//cdn.zhiliaowenda.example.com/js/qa.js"></script>
</head><body>
<div class="top"><a class="logo">⟦m 知了问答⟧</a><input placeholder="有问题，就问知了"><a>⟦a 提问⟧</a><a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 知了问答 › 职场 › 行政办公⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　｜　浏览 4.1万次⟧</p></div>
<div class="best"><span class="badge">⟦m 最佳答案⟧</span>
<div class="user">⟦m 会务十二年　采纳率 92%　擅长：行政办公⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="a-meta">⟦m 回答于 2 天前⟧</div>
<div class="vote">⟦a 有用 318　没用 4　评论 17⟧</div></div>
<div class="others">⟦l 查看其他 6 条回答⟧</div>
<div class="relate"><h3>⟦l 相关问题⟧</h3>
<p>⟦l 大型会议的座次怎么排，左为上还是右为上？⟧</p><p>⟦l 席卡和桌签是一回事吗？⟧</p></div>
<div class="foot">⟦d 知了问答内容均由网友提供，仅供参考，不代表本站观点⟧<br>⟦m ©2025 知了问答 京ICP备23000418号⟧</div>
</body></html>
""",
        body="""
桌签上的名字主要是给别人看的，所以原则上朝外，也就是朝向对面和会场里的人。
具体分几种情况：
1.主席台或领导座位的桌签，名字朝向台下，方便参会人员知道谁坐在哪里。
2.圆桌、长条桌的座谈会，大家面对面坐，桌签最好双面都印名字，一面朝对面，一面朝自己，入座时也好找位置。
3.只印一面的，名字朝外，入座的人从背面看不到，会务人员要提前引导入座。
另外，桌签要和座次图一致，摆好后最好从会场后排看一遍，检查有没有歪的、倒的。
一句话：名字朝外，双面更好。
""",
    ),
    dict(
        slug="qa-linwen-answer-owners-ballot-box-transparent",
        site="邻问 (invented community Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://linwen.example.cn/question/2086631",
        title="业主大会投票箱必须用透明的吗？",
        record_title="业主大会投票箱必须用透明的吗？ - 邻问 · 物业与业委会",
        date=None,
        notes="Q&A text: the question with the site and topic as decoration; an answer with numbered points; "
        "'2 天前' and an edit stamp (no date); follow/answer buttons and more answers",
        page="""
!m 邻问 · 物业与业委会
!t 业主大会投票箱必须用透明的吗？
!m 12 个回答　·　被浏览 8,702 次
!a 关注问题　　写回答　　邀请回答
!m 青柠檬（小区业委会委员）
!m 236 人赞同了该回答
{BODY}
!m 编辑于 2 天前 · IP 属地未知
!a 赞同 236　　添加评论　　分享　　收藏
!l 查看全部 12 个回答
!l 相关推荐：业委会换届需要街道到场吗？
""",
        body="""
不是法定必须，但强烈建议用透明的。
我们小区去年换届业委会，一开始筹备组买的是木头箱子，结果好几位业主质疑“箱子里是不是事先放了票”。后来换成透明亚克力投票箱，质疑就少多了。
几点经验供参考：
1.投票开始前，当着业主代表和监票人的面把空箱展示一圈，再上锁、贴封条，封条上由监票人签字。
2.投票箱放在小区固定投票点，安排两人以上值守，投票截止前不离开视线。
3.开箱计票要公开进行，最好全程录像，计票结果当场公布。
透明箱子本身不能保证公正，关键还是程序公开。
""",
    ),
    dict(
        slug="collection-youtang-memoir-wooden-ballot-box-gb2312",
        site="蝣塘旧事集 (invented, a retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.youtang-jiushi.example.com/wenji/07.htm",
        title="父亲做的那只木票箱",
        record_title="〖蝣塘旧事〗第七篇：父亲做的那只木票箱",
        date=None,
        notes="old gb2312 collection page: marquee, chapter links, a visitor counter and the author's mailbox; the "
        "memoir's only dates are a year inside it and a 写于 line with a season (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖蝣塘旧事〗第七篇：父亲做的那只木票箱</title>
<style>body{font-size:14px;background:#f6f1e3}</style>
</head>
<body>
<table width="780" align="center" border="0" cellpadding="4">
<tr><td align="center">⟦m 蝣 塘 旧 事 集⟧</td></tr>
<tr><td align="center">⟦m 冯守拙 著⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦m 老屋、老街、老手艺——一个乡村教师的回忆⟧</marquee></td></tr>
<tr><td align="center"><a href="index.htm">⟦a 返回目录⟧</a>　<a href="06.htm">⟦l 上一篇：晒谷场上的露天电影⟧</a>　<a href="08.htm">⟦l 下一篇：渡口的老艄公⟧</a></td></tr>
<tr><td>
<h2 align="center">{T}</h2>
{BODY}
</td></tr>
<tr><td align="center"><a href="06.htm">⟦l 〈〈 前一篇⟧</a>　<a href="index.htm">⟦l 目录⟧</a>　<a href="08.htm">⟦l 后一篇 〉〉⟧</a></td></tr>
<tr><td align="center">⟦m 来信请寄：fengshouzhuo@youtang.example.com⟧</td></tr>
<tr><td align="center">⟦m 本集自开设以来访问人数：<img src="/cgi-bin/count.cgi?df=yt.dat">026418⟧</td></tr>
<tr><td align="center">⟦d 文字为作者原创，转载请先来信征得同意⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九八〇年秋天，村里头一回选人民代表。大队部没有票箱，支书找到我父亲，说你是木匠，给做一个。
父亲在院子里忙了两个晚上。他选了一块没有节疤的杉木板，刨得光溜溜的，四角用榫头咬合，一颗钉子也没用。箱盖上开一道窄缝，只容一张选票通过，侧面装了一把小铜锁。
投票那天，票箱摆在晒谷场的八仙桌上。父亲没有去凑热闹，却一直站在人群外头，远远地望着那只箱子。
后来票箱一直存在大队部，用了十几年。前些年村部翻修，我去找过，说是早已当柴烧了。
父亲不识几个字，可他做的那只箱子，装过全村人的选票。
（二〇一九年冬，写于蝣塘老屋）
""",
    ),
    dict(
        slug="collection-yudaqing-oneline-first-badge-title-line",
        site="郁达清文存 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://yudaqing.wencun.example.net/sanwen/0031.html",
        title="我的第一块胸牌",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; the essay on one line, paragraphs separated only "
        "by their indent; collection nav, a year inside the text (no date)",
        page="""
!m 郁达清文存 · 散文卷
!m 目录 | 上一篇 | 下一篇
{T}
!m 作者：郁达清　　字数：约八百
{BODY}
!l 本卷目录：柜台春秋　我的第一块胸牌　百货大楼的钟　最后一次盘点
!d 文存内容未经作者同意，请勿转载
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一九九二年我进县百货公司当营业员，报到第一天，科长发给我一块胸牌。
胸牌是铁皮做的，白底红字，上面印着“营业员”三个字和一个编号：017。没有名字，也没有照片。
站柜台的头一个月，常有顾客喊“017，拿那双鞋看看”。我起初不习惯，觉得自己成了一个号码。师傅说，号码好啊，顾客记得住，表扬你能找到你，投诉你也跑不了。
后来百货公司改制，我换过好几个单位，胸牌也换了好几块，有了名字，有了照片，还有了二维码。
那块铁皮胸牌我一直留着，背面的别针早就锈了。
""",
    ),
    dict(
        slug="dangjian-fuchuan-host-script-branch-election",
        site="蜉川党建网 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://www.fcdj.example.gov.cn/zbgz/2025/06/27/11872.html",
        title="蚰田镇机关党支部换届选举党员大会主持词",
        record_title="【支部建设·换届】蚰田镇机关党支部换届选举党员大会主持词 - 蜉川党建网",
        date="2025-06-27",
        notes="Party portal: study-points prompt, a read-on-phone QR line, the byline's 发布时间 as the page's date; "
        "'扫描二维码完成签到' and checking the ballot box are content; stage directions in brackets",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【支部建设·换届】蚰田镇机关党支部换届选举党员大会主持词 - 蜉川党建网</title>
<script src="/js/jifen.js"></script>
</head><body>
<div class="dj-head">⟦m 蜉川党建网⟧ <span>⟦m 中共蜉川县委组织部主办⟧</span></div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 组织建设⟧</li><li>⟦m 支部工作⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 远程教育⟧</li></ul>
<div class="dj-pos">⟦m 现在位置：首页 ＞ 支部工作 ＞ 规范化建设⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-06-27　来源：蚰田镇党委　编辑：柯小满⟧</div>
<div class="dj-jf">⟦a 认真阅读满60秒，可累计学习积分1分⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 扫一扫，用手机继续阅读⟧</div>
<div class="dj-tool">⟦a 打印本文 ｜ 关闭窗口⟧</div>
</div>
<div class="dj-more"><h4>⟦l 支部工作·更多⟧</h4><p>⟦l 党支部换届选举工作流程图⟧</p><p>⟦l 支部委员会候选人预备人选推荐表（样表）⟧</p></div>
<div class="dj-foot">⟦m 版权所有：中共蜉川县委组织部　技术维护：县大数据中心⟧<br>⟦m 赣ICP备12005417号⟧</div>
</body></html>
""",
        body="""
同志们：
现在开会。本次大会应到党员46名，实到43名，因病因事请假3名，实到人数超过应到会人数的五分之四，符合规定，可以开会。请同志们会后离场前扫描会场门口的二维码完成签到。
下面进行第一项：听取支部委员会工作报告。
下面进行选举。请监票人当众检查票箱。
（监票人检查后）票箱已经检查，里面没有任何东西，现在加锁、贴封条。
请大家按照选票上的说明填写选票，写好后依次到主席台前投入票箱。
（投票结束后）投票结束。请监票人、计票人当众开箱清点选票。
发出选票43张，收回43张，收回选票数等于发出选票数，本次选举有效。
""",
    ),
    dict(
        slug="dangjian-linghu-plan-party-member-badges-cn-date",
        site="蛉湖先锋网 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.lhxianfeng.example.cn/zzjs/20250224/3391.html",
        title="关于在窗口服务岗位推行党员佩戴胸牌亮身份的实施方案",
        record_title="关于在窗口服务岗位推行党员佩戴胸牌亮身份的实施方案【组工在线】- 蛉湖先锋网",
        date="2025-02-20",
        date_also=["2025-02-24"],
        notes="Party portal text: the 成文日期 in Chinese numerals under the signature; the portal's 发布时间 "
        "differs; a study-points line and a share row",
        page="""
!m 蛉湖先锋网
!m 首页 >> 组织建设 >> 文件通知
{T}
!m 发布时间：2025-02-24 09:30　来源：区委组织部　阅读：1402
!a 学习本文可获得 2 个先锋积分，登录后自动记录
{BODY}
!l 分享到：微信　QQ　钉钉
!l 上一条：区委组织部关于开展“双报到”工作的通知
!l 下一条：2025年全区党员教育培训工作要点
!m 中共蛉湖区委组织部主办　联系电话：0735-7702180
!m 粤ICP备11047263号
""",
        indent="\u3000\u3000",
        body="""
为引导窗口服务岗位党员亮身份、作表率，经研究，决定在全区窗口服务岗位推行党员佩戴胸牌上岗，特制定本方案。
一、实施范围
全区政务服务中心、便民服务中心、医院、银行等窗口服务单位的党员职工。
二、胸牌式样
胸牌统一为红底白字，印有党徽、姓名、岗位和“共产党员”字样，由区委组织部统一制作，各单位按需领取。
三、工作要求
（一）党员在岗期间必须佩戴胸牌，做到亮身份、亮承诺、亮服务。
（二）各单位设立党员示范岗，每季度开展一次群众评议。
（三）对群众反映问题较多的党员，由所在党组织进行谈话提醒。
中共蛉湖区委组织部
二〇二五年二月二十日
""",
    ),
    dict(
        slug="hospital-zhongyang-tcm-news-new-badges",
        site="螽阳县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zyxzyy.example.com/yygk/ywgk/2025-07-01/812.html",
        title="我院启用新版工作人员胸牌",
        record_title="【医院新鲜事】我院启用新版工作人员胸牌 - 螽阳县中医院",
        record_date="2025-07-01",
        date="2025-07-01",
        notes="hospital site: a booking float, a 24-hour emergency line and an experts list; the hospital's own "
        "complaint phone in the body; '关注医院公众号在线留言' is content; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【医院新鲜事】我院启用新版工作人员胸牌 - 螽阳县中医院</title>
<script src="/static/js/float.js"></script>
</head><body>
<div class="h-top">⟦m 螽阳县中医院⟧ <span>⟦m 二级甲等中医医院⟧</span> <span>⟦m 24小时急救：0736-5530120⟧</span></div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 院务公开⟧</li></ul>
<div class="h-pos">⟦m 当前位置：首页 - 院务公开 - 院内动态⟧</div>
<div class="h-art"><h2>{T}</h2>
<div class="h-info">⟦m 发布者：院办　日期：2025-07-01　浏览：906⟧</div>
<div class="h-con">
{BODY}
</div>
<div class="h-pn">⟦l 上一篇：我院开展“三伏贴”集中敷贴活动⟧</div>
</div>
<div class="h-side"><h4>⟦l 名医推荐⟧</h4><p>⟦l 针灸科 宁远山 主任医师⟧</p><p>⟦l 脾胃科 褚云舒 副主任医师⟧</p></div>
<div class="h-float">⟦a 在线预约挂号⟧<br>⟦w 预约专线 0736-5530188⟧</div>
<div class="h-foot">⟦m 地址：螽阳县杏林路9号　邮编：427100⟧<br>⟦m 湘ICP备13004419号-1⟧</div>
</body></html>
""",
        body="""
7月1日起，我院全体工作人员统一佩戴新版胸牌上岗。新版胸牌按岗位分为四种颜色：医生为蓝色，护士为粉色，医技人员为绿色，行政后勤人员为灰色，方便患者一眼识别。
新胸牌正面印有本人照片、姓名、科室和职称，背面印有医院投诉电话。规培、进修和实习人员的胸牌加印相应字样，患者可以据此了解为自己服务的人员身份。
⟦m 图为护理部为护士更换新版胸牌（院办 供图）⟧
患者在就诊过程中如发现工作人员未佩戴胸牌，或对服务有意见，可拨打医院投诉电话0736-5530119反映，也可关注医院公众号在线留言。
医院将把胸牌佩戴情况纳入科室月度考核。
""",
    ),
    dict(
        slug="hospital-xiacheng-third-eye-article-laser-pointer",
        site="蛱城市第三人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.xcsy.example.org.cn/kpzx/20250812/2260.html",
        title="激光笔照眼可致黄斑损伤，暑期家长要警惕",
        record_title="【眼科科普】激光笔照眼可致黄斑损伤，暑期家长要警惕｜蛱城三院",
        date="2025-08-12",
        notes="hospital text: the 发布日期 line is the page's date; the eye department's own 咨询电话 beside the "
        "hospital's booking line and switchboard; numbered advice",
        page="""
!m 蛱城市第三人民医院
!m 预约挂号：0735-3310000（7:30-20:00）　总机：0735-3311111
!m 首页 > 健康科普 > 眼科
{T}
!m 发布日期：2025-08-12　科室：眼科　阅读：3120
{BODY}
!a 【字号 大 中 小】　【打印本页】
!l 相关科普：孩子总揉眼睛是怎么回事？｜近视手术前需要做哪些检查
!d 本文仅为健康科普，不能代替医生面诊，如有不适请及时就医。
!m 蛱城市第三人民医院版权所有　粤ICP备07031226号
""",
        body="""
暑假以来，我院眼科门诊已接诊5名被激光笔照伤眼睛的儿童，年龄最小的只有7岁。
眼科主任医师储明远介绍，市面上一些激光笔功率远超安全标准，光束直射眼睛，哪怕只有几秒钟，也可能灼伤视网膜黄斑区，造成视力永久下降。由于黄斑损伤不痛不痒，孩子往往说不清楚，家长容易忽视。
医生提醒：
1.不要给孩子购买激光笔，更不要让孩子拿激光笔互相照射。
2.孩子被激光照射后，如出现视物模糊、视物变形、眼前有黑影，应尽快到眼科检查眼底。
3.家中已有的激光笔，请放在孩子拿不到的地方。
眼科咨询电话：0735-3318026（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="university-xiacheng-tech-news-stargazing-h1",
        site="蛱城理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xcit.example.edu.cn/info/1021/18840.htm",
        title="天文协会举办秋季星空观测活动",
        record_title=None,
        date="2025-10-23",
        notes="no title in the record: the news page's <h1>; a dotted date in the byline is the page's date; "
        "photographer and reviewer lines, a visit counter, quick links",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>天文协会举办秋季星空观测活动-蛱城理工学院新闻网</title>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head><body>
<div class="top">⟦m 蛱城理工学院新闻网⟧ <a>⟦a 学校主页⟧</a> <a>⟦a 英文版⟧</a></div>
<ul class="nav"><li>⟦m 综合新闻⟧</li><li>⟦m 教学科研⟧</li><li>⟦m 校园文化⟧</li><li>⟦m 媒体理工⟧</li></ul>
<div class="pos">⟦m 当前位置： 首页 » 校园文化⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2025.10.23　文：学生记者团 温可　图：邓遥　审核：宣传部⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="count">⟦m 点击量：<span id="dynclicks">1379</span>⟧</div>
<div class="links"><h4>⟦l 快速通道⟧</h4><p>⟦l 信息门户⟧ ⟦l 图书馆⟧ ⟦l 校历⟧</p></div>
<div class="foot">⟦m 蛱城理工学院党委宣传部　地址：蛱城市学府大道1号⟧<br>⟦m 粤ICP备05013672号⟧</div>
</body></html>
""",
        p_html='<p class="vsbcontent_p">{}</p>',
        body="""
10月21日晚，校天文协会在北区操场举办秋季星空观测活动，300余名师生参加。
活动中，协会指导老师、物理学院副教授柏林舟用专业星空指示笔为同学们讲解秋季四边形、仙女座大星系等天体的位置。为确保安全，协会提前制定了激光笔使用规定：星空指示笔只能由指导老师一人操作，光束不得低于仰角30度，严禁照向人员、建筑物和过往飞机。
“绿光指示笔射程很远，一旦照到飞行员眼睛，后果不堪设想。”柏林舟提醒同学们，个人不要购买和使用大功率激光笔。
活动持续到晚上十点，同学们通过6台天文望远镜观测了土星光环和月面环形山。
""",
    ),
    dict(
        slug="university-fushui-normal-student-congress-ballot",
        site="蚨水师范高等专科学校 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.fsnc.example.edu.cn/xwzx/xyxw/20251128/6021.html",
        title="我校第十届学生代表大会选举产生新一届学生会主席团",
        date="2025-11-28",
        notes="record gives the title as is; the 发布时间 line is the page's date; the school name line, "
        "breadcrumb, a photo line between paragraphs and the school's footer",
        page="""
!m 蚨水师范高等专科学校
!m 学校首页 | 新闻中心 | 校园新闻
{T}
!m 发布时间：2025-11-28　来源：校团委　撰稿：何苗　浏览次数：688
{BODY}
!l 【关闭】　【返回顶部】
!l 上一篇：我校举办第十二届“师范生技能大赛”
!m 地址：蚨水县师苑路3号　邮编：427200　电话：0739-8312001
!m Copyright © 蚨水师范高等专科学校 湘ICP备06011893号
""",
        body="""
11月26日下午，我校第十届学生代表大会第二次全体会议在学术报告厅举行，186名正式代表参加选举。
大会设立两个投票箱，由各系推选的5名监票人、计票人当众检查后加贴封条。代表们依次走到台前，将选票投入投票箱。投票结束后，监票人当众开箱清点，发出选票186张，收回186张，选举有效。
⟦m （现场照片两张，略）⟧
经过无记名投票，孙一帆当选学生会主席，乔语桐、曾昊当选副主席。计票结果当场公布，选票随后封存交校团委存档。
校团委书记晏清表示，新一届主席团要不负同学们投下的每一票，多为同学办实事。
""",
    ),
]
