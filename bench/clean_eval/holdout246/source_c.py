"""holdout246, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenjin-lost-seal-question-title",
        site="问津问答 (invented, Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjin-wenda.com/q/30918274.html",
        title="单位公章丢了怎么办？需要登报声明吗？",
        record_title=None,
        date=None,
        notes="Q&A page, no record title: the question is the title; adopted-answer badge, vote bar, more answers; only "
        "relative times; the answer's 1. 2. 3. 4. list kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>单位公章丢了怎么办？需要登报声明吗？_问津问答</title>
<script src="//s.wenjin-wenda.com/qa/main.5f1c.js"></script>
</head><body>
<div class="hd"><a class="logo">⟦m 问津问答⟧</a> <input placeholder="有问题，问津一下"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问津问答 › 法律 › 公司事务⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">⟦l 我们是一家小公司，出差时公章找不到了，要不要报警？还能补刻吗？⟧</p>
<p class="q-meta">⟦m 提问者：匿名用户　·　2 天前　·　浏览 8,412⟧</p></div>
<div class="answer best"><div class="badge">⟦m ★ 提问者采纳⟧</div>
<div class="author">⟦m 企服顾问老谭　·　回答于 1 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a 有用 326　没用 4　评论 12　举报⟧</div></div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 网友e1092：登报那一步别省，以后扯皮全靠它⟧</p>
<p>⟦l 小微财务：补刻后记得去银行变更预留印鉴⟧</p></div>
<div class="rel"><h3>⟦l 相似问题⟧</h3><ul><li>⟦l 合同专用章丢了还能签合同吗？⟧</li><li>⟦l 公司财务章遗失如何补办？⟧</li></ul></div>
<div class="ft">⟦d 回答内容仅代表网友个人观点，不构成专业意见。⟧　⟦m © 问津问答 京ICP证160912号⟧</div>
</body></html>
""",
        body="""
单位公章丢失后，建议按下面几步处理：
1.立即报案。带上单位介绍信、营业执照副本，到公章刻制备案地的派出所报案，领取报案回执。
2.登报声明。在市级以上报纸刊登遗失声明，写明单位全称和公章编码，声明作废。
3.申请补刻。凭报案回执、登报声明和单位证明材料，到公安机关备案的刻章店重新刻制，新章会与旧章有所区别。
4.通知相关方。把旧章作废的情况告诉合作单位和开户银行，避免有人拿旧章签合同。
补充一句：平时公章一定要专人保管、用印登记，很多纠纷都是管得太松造成的。
""",
    ),
    dict(
        slug="qa-wentu-tentpole-material-junk",
        site="问途网 (invented, outdoor Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wentu-hw.com/ask/55130876",
        title="帐篷杆选铝合金还是玻璃纤维？",
        record_title="帐篷杆选铝合金还是玻璃纤维？_户外装备问答_问途网",
        date=None,
        notes="Q&A as text with anti-scraping junk; the answerer's line with a relative time; more answers and related "
        "questions below; no date",
        page="""
!m 问途网 › 户外装备问答
!t 帐篷杆选铝合金还是玻璃纤维？_户外装备问答_问途网
!m 提问于 5 天前　·　3 个回答
!m 最佳回答　来自 背包客阿坤（装备领域优质答主）　4 天前
{BODY}
!a 👍 赞同 57　　💬 评论　　⚑ 举报
!l 其他回答：看预算，预算够就上7075
!l 其他回答：车露随便，重装必须铝杆
!l 相关问题：帐篷杆断了可以单独买吗？
!m 问途网 wentu-hw.com 京ICP备20034871号
""",
        junk=dict(lines=1, glued=2),
        body="""
两种材料我都用过，简单说说区别。
玻璃纤维杆便宜，一套下来几十块钱，但是重，低温下容易脆断，适合家门口露营、车边露营。
铝合金杆轻、韧性好，冬天也不容易断，价格贵一些。徒步重装背着走的话建议选铝合金，常见的是7001和7075两种型号。我自己用的是7001铝杆，三年了还没断过。
不管哪种，用完都要把每节杆子擦干再收。接头里的弹力绳别长期拉紧，不然容易失去弹性。
""",
    ),
    dict(
        slug="anthology-dishang-rescueboat-memoir-gb2312",
        site="堤上拾遗 (invented, a retired water engineer's collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.dishang-shiyi.net/wz/07.htm",
        title="一九九八年的那条冲锋舟",
        record_title="《堤上拾遗》第七篇·一九九八年的那条冲锋舟",
        date=None,
        notes="old gb2312 personal collection: chapter links, a 繁體 link, a visitor counter, the author's mailbox; a "
        "memoir with only years (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《堤上拾遗》第七篇·一九九八年的那条冲锋舟</title>
<style type="text/css">body{font-size:14px;line-height:180%}</style>
</head>
<body bgcolor="#F7F3E8">
<table width="760" align="center" border="0"><tr><td align="center">
<font size="5">⟦m 堤上拾遗⟧</font><br><font color="#996633">⟦m 一个老水利人的闲笔⟧</font></td></tr>
<tr><td align="right"><a href="index.htm">⟦m 文集目录⟧</a>　<a href="big5/07.htm">⟦a 繁體閱讀⟧</a></td></tr></table>
<table width="760" align="center" border="0"><tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m 第七篇　字数：约九百⟧</p>
{BODY}
</td></tr></table>
<table width="760" align="center"><tr><td align="center">
⟦l ← 第六篇：老闸门⟧<br>⟦l 回目录⟧<br>⟦l 第八篇：水尺上的刻度 →⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：dishang_laohe@163.com⟧</td></tr>
<tr><td align="center">⟦m 本页已被翻阅 12037 次⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九九八年夏天，骦河发了大水。那年我在县水利局当技术员，第一次坐上冲锋舟。
那条冲锋舟是省里支援的，灰绿色的橡胶船身，尾部挂一台二十五匹的船外机。驾驶员是部队来的小伙子，姓曹，二十出头。
我们在淹了半截的村子里来回跑了三天三夜，从屋顶上、树杈上往下接人。有一回船底被水下的铁丝网划破，曹班长用胶布和一块塑料布堵住口子，硬是把一船老人孩子送上了岸。
洪水退后，冲锋舟跟着部队走了。我后来再没见过小曹，只记得他晒得黝黑的脸。
如今县里的冲锋舟有几十艘了，每次看到它们下水演练，我总会想起那个夏天。
""",
    ),
    dict(
        slug="anthology-xiangkou-cordon-memoir-oneline",
        site="巷口札记 (invented, personal collection export)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://xiangkou-zhaji.cn/juan2/05.txt",
        title="拉了三十年警戒线",
        record_title="拉了三十年警戒线（《巷口札记》之五）",
        date=None,
        notes="a personal collection exported with the whole body on one line (paragraphs only by their indent); "
        "chapter links, a word count and the author's mailbox; no date",
        page="""
!m 巷口札记 · 卷二
!t 拉了三十年警戒线（《巷口札记》之五）
!m 字数：612　　添加于 2 个月前
{BODY}
!l 前一篇：《巷口札记》之四·值勤岗亭
!l 后一篇：《巷口札记》之六·师父的哨子
!w 与作者通信：xiangkou_lao@139.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我当了三十年交警，拉过多少回警戒线，自己也记不清了。
早年的警戒线是麻绳，上面系着红布条，一下雨就湿透了，垂在地上。后来换成了红白相间的塑料带，轻便醒目，一卷能拉一百多米。
最难忘的是一个冬夜，国道上两车相撞，我拉好警戒线，守在外面整整一夜。天亮时，一位老人提着暖水瓶走过来，给我倒了一杯热水。
退休那天，我把最后一卷警戒线交给了徒弟。他问我有什么要交代的，我说：线拉直了，人站稳了，心里就有底了。
""",
    ),
    dict(
        slug="party-xiangling-rescueboat-flag-speech",
        site="骧岭先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.xlxianfeng.cn/jcdj/202506/t20250605_7712.html",
        title="在党员防汛突击队授旗仪式上的讲话",
        record_title="【防汛一线】在党员防汛突击队授旗仪式上的讲话 - 骧岭先锋网",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="Party portal: a study-points prompt and a read-on-phone QR line; speaker and date lines under the title "
        "(neutral), the date in Chinese numerals; the portal's 发布时间 differs from the speech date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【防汛一线】在党员防汛突击队授旗仪式上的讲话 - 骧岭先锋网</title>
<script src="/js/jquery.js"></script>
</head><body>
<div class="head"><h2>⟦m 骧岭先锋网⟧</h2><span>⟦m 中共骧岭县委组织部主办⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 干部工作⟧</li><li>⟦m 人才工作⟧</li><li>⟦m 党员教育⟧</li></ul>
<div class="loc">⟦m 现在位置：首页 / 基层党建 / 工作动态⟧</div>
<div class="main"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-05　来源：县委组织部　浏览：1573⟧</div>
<p class="c">县委常委、组织部部长　程砚秋</p>
<p class="c">（二〇二五年六月三日）</p>
<div class="article">
{BODY}
</div>
<div class="points">⟦a 阅读满3分钟，可计入今日学习积分⟧</div>
<div class="qr">⟦a 手机扫一扫，随时随地读⟧</div>
<div class="pn">⟦l 上一篇：全县村级党组织书记轮训班开班⟧<br>⟦l 下一篇：骘坪镇党员志愿者巡堤一线见闻⟧</div>
</div>
<div class="foot">⟦m 中共骧岭县委组织部　地址：骧岭县骧阳路1号　电话：0739-5512300⟧<br>⟦m 湘ICP备12008817号-1⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在这里为全县12支党员防汛突击队授旗。这面旗帜，既是荣誉，更是责任。
今年县里为每支突击队配备了冲锋舟1艘、救生衣30件，突击队员全部经过水上救援培训。希望大家做到三点：
一要冲得上去。险情就是命令，接到指令后要在30分钟内集结到位，冲锋舟开到哪里，党旗就插到哪里。
二要救得下来。驾驶冲锋舟要严守操作规程，救人先救老弱病残，确保不落一户、不漏一人。
三要守得安全。突击队员要穿好救生衣，不冒险蛮干，保护好群众，也保护好自己。
同志们，汛期已至，责任在肩。让党旗在防汛一线高高飘扬！
""",
    ),
    dict(
        slug="party-suyang-tent-team-summary-table-record",
        site="骕阳党建 (invented, Party-building portal text)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.sydangjian.org.cn/zbfc/2024/1227/40021.html",
        title="骕阳县应急管理局机关党支部2024年“党员帐篷服务队”工作总结",
        date="2024-12-26",
        date_also=["2024-12-27"],
        notes="record title as is; a table one row a paragraph; 成文日期 in Chinese numerals under the branch's signature, the "
        "portal's date line also accepted; study-points and "
        "share lines after the text",
        page="""
!m 骕阳党建 · 支部风采
{T}
!m 日期：2024-12-27　来源：县应急管理局机关党支部
{BODY}
!a 已读满60秒，学习积分+1
!l 分享：微信　QQ　复制链接
!l 更多支部风采：县卫健局机关党支部开展“健康义诊进村”活动
!m 骕阳县委组织部主办　技术维护：骕阳县信息中心
""",
        indent="\u3000\u3000",
        body="""
2024年，局机关党支部组建“党员帐篷服务队”，把搭建救灾帐篷作为党员志愿服务的固定项目，全年共开展服务9次。现将主要情况总结如下。
一、服务情况
服务类型　次数　搭建帐篷（顶）
防汛转移安置　3　46
森林防火演练　2　18
社区应急演练　4　25
二、主要做法
一是练在平时。支部每月组织一次帐篷搭建训练，要求党员熟悉帐篷杆、篷布和地钉的组装顺序，单顶帐篷搭建时间由40分钟缩短到15分钟。
二是管在日常。服务队配备的帐篷杆、绳索等配件由专人登记保管，每次使用后清点归位。
三、下一步打算
2025年，支部将把服务队延伸到乡镇，带动更多党员参与应急志愿服务。
中共骕阳县应急管理局机关支部委员会
二〇二四年十二月二十六日
""",
    ),
    dict(
        slug="hospital-shuangchuan-cordon-facade-notice",
        site="骦川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.scxrmyy.com/yygg/2025/0804/1931.html",
        title="关于门诊楼外立面维修期间设置警戒线的通知",
        record_title="〔院务·公告〕关于门诊楼外立面维修期间设置警戒线的通知-骦川县人民医院",
        record_date="2025-08-04",
        date="2025-08-04",
        notes="hospital page with a booking float, a 24-hour line and an experts list; the notice's own 后勤保障科 phone "
        "beside the hospital's booking and emergency lines; record date; the hospital's name is also the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔院务·公告〕关于门诊楼外立面维修期间设置警戒线的通知-骦川县人民医院</title>
<script src="/skin/js/float.js"></script>
</head><body>
<div class="top"><span>⟦m 骦川县人民医院⟧</span><span>⟦m 二级甲等综合医院⟧</span>
<span>⟦m 急诊24小时：0817-6201120⟧</span></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 院务公开⟧</li></ul>
<div class="pos">⟦m 当前：院务公开 ＞ 院务公告⟧</div>
<div class="news"><h1>{T}</h1>
<div class="from">⟦m 来源：院办　发布：2025-08-04　阅读：822⟧</div>
<div class="body">
{BODY}
</div></div>
<div class="side"><h4>⟦l 坐诊专家⟧</h4><p>⟦l 骨科　颜立群　主任医师⟧</p><p>⟦l 心内科　苏明远　副主任医师⟧</p></div>
<div class="float">⟦a 网上预约⟧<br>⟦w 预约电话 0817-6201199⟧</div>
<div class="foot">⟦m 地址：骦川县骦兴路3号　邮编：617000⟧<br>⟦d 本站健康信息仅供参考，不能替代医生面诊。⟧</div>
</body></html>
""",
        body="""
各科室、广大患者及家属：
因门诊楼外立面瓷砖维修，8月6日至8月30日，门诊楼东侧、南侧外墙下方将拉设警戒线，设置封闭施工区域。现将有关事项通知如下：
一、请患者及家属从门诊楼西侧临时通道进出，不要穿越警戒线或在警戒区域内停留。
二、原东侧非机动车停放点临时迁至住院楼北侧。
三、施工期间给大家带来不便，敬请谅解。
如有疑问，请联系后勤保障科，电话：0817-5328016。
骦川县人民医院
2025年8月4日
""",
    ),
    dict(
        slug="hospital-xiangling-tentpole-eye-science-list",
        site="骧岭县中医院 (invented, hospital site as text)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.xlxzyy.cn/kepu/yanke/2025/0930.html",
        title="露营搭帐篷，当心帐篷杆“弹”伤眼睛",
        record_title="【眼科·户外护眼】露营搭帐篷，当心帐篷杆“弹”伤眼睛 - 骧岭县中医院",
        date=None,
        notes="hospital health article as text with a 1. 2. 3. list; only an update stamp (no date); booking line "
        "and department links around it",
        page="""
!m 骧岭县中医院　健康科普
!m 首页 > 健康科普 > 眼科
!t 【眼科·户外护眼】露营搭帐篷，当心帐篷杆“弹”伤眼睛
!m 作者：眼科　胡望舒　　更新于 2 周前
{BODY}
!a 觉得有用？转给家人看看
!l 延伸阅读：孩子玩激光笔，小心伤了眼底
!m 眼科门诊：门诊楼三楼　预约挂号请拨0739-5588120
""",
        indent="\u3000\u3000",
        body="""
天气转凉，不少市民周末带着孩子去露营。最近一个月，我院眼科接诊了3例被帐篷杆弹伤眼睛的患者，其中一名8岁男孩角膜擦伤。
帐篷杆多由几节杆子用弹力绳串在一起，搭建时杆身弯曲受力，一旦手一滑或接头脱开，杆子会猛地弹起，速度很快。
医生提醒：
1.搭帐篷时，穿杆、弯杆的人要侧身操作，脸不要正对杆子；
2.孩子不要在旁边帮忙扶杆；
3.一旦眼睛被弹伤，不要揉眼，尽快到医院眼科就诊。
""",
    ),
    dict(
        slug="univ-qianzhou-tent-contest-news-h1",
        site="骞州职业技术学院 (invented, college news page)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qzvtc-demo.edu.cn/xwzx/xyxw/2025/1027/9731.html",
        title="我校第三届帐篷搭建技能赛举行",
        record_title=None,
        date="2025-10-27",
        notes="college news page with no record title (the <h1>); a dotted date in the byline is the page's date; "
        "a photo caption between paragraphs; photo/text/review line after the text",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>我校第三届帐篷搭建技能赛举行-骞州职业技术学院</title>
<script src="/_js/jquery.min.js"></script>
</head><body>
<div class="header"><h2>⟦m 骞州职业技术学院⟧</h2>
<ul class="nav"><li>⟦m 学校概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 招生就业⟧</li><li>⟦m 校园新闻⟧</li></ul>
<a>⟦a 信息门户⟧</a> <a>⟦a 校友会⟧</a></div>
<div class="path">⟦m 首页 > 校园新闻 > 学院新闻⟧</div>
<div class="article"><h1>{T}</h1>
<p class="arti_metas">⟦m 2025.10.27　点击：[386]　作者：校团委⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<p class="editor">⟦m 文：柳夏　图：严舟　审核：宫砺⟧</p></div>
<div class="foot">⟦m 地址：骞州市骋江大道900号　邮编：425100⟧<br>⟦m 版权所有 © 骞州职业技术学院⟧</div>
</body></html>
""",
        body="""
10月25日下午，我校第三届帐篷搭建技能赛在东区运动场举行，来自8个二级学院的24支代表队参赛。
比赛分为“单人帐篷速搭”和“四人救灾帐篷协作搭建”两个项目。哨声响起，队员们迅速开箱、分杆、穿杆、立杆，动作干脆利落。协作项目中，队员们需要在不看说明书的情况下，把十余根长短不一的帐篷杆正确组装。
⟦m 比赛现场，应急管理学院代表队协作搭建救灾帐篷⟧
经过激烈角逐，应急管理学院代表队以9分42秒的成绩获得协作项目第一名。
本次比赛由校团委、体育部主办，学生户外运动协会承办，旨在提高学生的应急自救技能。
""",
    ),
    dict(
        slug="univ-qianzhou-seal-rules-scan-code",
        site="骞州职业技术学院党政办公室 (invented, college office page as text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://dzb.qzvtc-demo.edu.cn/tzgg/2025/1020/531.html",
        title="关于进一步规范各单位公章使用管理的通知",
        record_title="〖党政办〗关于进一步规范各单位公章使用管理的通知 · 骞州职院",
        date="2025-10-20",
        notes="college office notice as text: a 1. 2. 3. 4. list, a sentence on scanning the seal cabinet's QR code "
        "(content), the office's name as the signature; a school-wide technical line in the footer",
        page="""
!m 骞州职业技术学院　党政办公室
!m 首页 ＞ 办公室通知
{T}
!m 发布者：党政办　　浏览次数：1204
{BODY}
!a 〔打印本通知〕〔关闭〕
!m 校园网技术支持：网络中心 0736-8301000
!m Copyright © 骞州职业技术学院党政办公室
""",
        body="""
各学院、各部门：
为进一步规范学校各单位公章使用管理，现将有关事项通知如下：
1.各单位公章由单位负责人指定专人保管，不得交由学生助理保管或使用。
2.自11月1日起，用印实行线上审批，经办人扫描公章柜上的二维码提交用印申请，审批通过后凭取件码用印。
3.学生证明材料须经学院审核后方可加盖学院公章，不得空白用印。
4.各单位公章停用、更换的，须报党政办公室备案，旧章交回统一销毁。
请各单位认真执行。
党政办公室
2025年10月20日
""",
    ),
]
