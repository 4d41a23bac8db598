"""holdout265, part C: Q&A sites, personal collections, Party-building portals, hospitals and universities.

Written by hand, blind (see NOTE.md). Every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="qa-wenjin-answer-pocket-watch-regulate-question-title",
        site="问津问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenjinwenda.example.com/q/31877240.html",
        title="怀表每天快五分钟，自己能调吗？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; an adopted-answer badge, a vote bar, the answerer's card and more answers; 回答于 3 天前 is no date; a numbered list in the answer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>怀表每天快五分钟，自己能调吗？_问津问答</title>
<link rel="stylesheet" href="/static/qa.css">
<script src="/static/qa.js"></script>
</head><body>
<div class="qa-head"><a href="/">⟦m 问津问答⟧</a> <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="qa-crumb">⟦m 问津问答 &gt; 生活 &gt; 钟表⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">⟦m 提问者：匿名用户　｜　浏览 2,316 次⟧</p></div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 修表三十年的老郑　钟表维修师　回答于 3 天前⟧</div>
<div class="a-content">
{BODY}
</div>
<div class="vote">⟦a 有用 218　没用 4　评论 11⟧</div>
</div>
<div class="more-answers"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 小橙子：送店里吧，别自己拆，我拆坏过一块⟧</p>
<p>⟦l 时间收藏家：先看看是不是被磁化了，快五分钟挺多的⟧</p></div>
<div class="related"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 机械表走慢了怎么办？⟧</li><li>⟦l 老怀表多久洗一次油？⟧</li></ul></div>
<div class="foot">⟦d 问津问答内容由网友提供，仅供参考，不构成专业意见。⟧ ⟦m ©2024 问津问答⟧</div>
</body></html>
""",
        body="""
每天快五分钟，说明摆轮走得偏快，一般调一下快慢针就能解决，不用急着送修。
具体步骤：
1.用开表器沿缝隙撬开后盖，有的怀表是旋盖，要逆时针拧开；
2.找到摆轮上方的快慢针，旁边一般刻着“F/S”或“+/-”；
3.用牙签轻轻往“S”或“-”方向拨一点点，幅度不要超过一格；
4.盖上后盖，走一天再看误差，没调好就再拨一点。
如果拨到头了还是快，或者忽快忽慢，那多半是游丝被磁化或者沾了油，就要找钟表店退磁、清洗了。平时别把怀表放在手机、音箱旁边，也是防磁化的好办法。
""",
    ),
    dict(
        slug="qa-wenzhi-answer-camphor-chest-smell-text",
        site="问知网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenzhi.example.net/question/88210431",
        title="新做的樟木箱味道太冲，衣服放进去会串味吗？",
        record_title="新做的樟木箱味道太冲，衣服放进去会串味吗？- 问知网",
        date=None,
        notes="Q&A as text: the question repeated, the answerer's line with a relative time (昨天), a collected/upvote row, a follow-up comment, related questions; no date",
        page="""
!m 问知网 - 有问题，就问知
!t 新做的樟木箱味道太冲，衣服放进去会串味吗？
!m 家居 · 收纳　｜　2 个回答　｜　被浏览 5,604 次
!m 木器老匠人　家具行业从业者　昨天 20:17 回答
{BODY}
!a 赞同 341　｜　收藏　｜　感谢作者
!l 该回答被 57 人收藏
!l 追问：箱子里放樟脑丸会不会更好？　｜　作者回复：不用，樟木本身就够了
!l 相关问题：樟木箱开裂了怎么修补？
""",
        body="""
会有一点，但不用太担心，樟木的味道本身就是它防虫的本事。
新打的樟木箱，樟脑油挥发得最旺，衣服直接放进去，头一两个月确实会带上明显的樟木味。我的办法是：
一、先别急着装衣服，打开箱盖放在阴凉通风处晾一个月左右，不要暴晒，晒了容易开裂；
二、装衣服时先垫一层棉布或牛皮纸，丝绸、羊绒这些娇贵的衣服最好套上布袋；
三、衣服拿出来后挂在通风处吹半天，味道基本就散了。
另外要提醒一句：樟木箱适合放棉麻和毛呢衣物，不建议存放婴儿衣物和贴身内衣。
""",
    ),
    dict(
        slug="anthology-shimiaozhai-memoir-father-pocket-watch-gb2312",
        site="拾秒斋文集 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.shimiaozhai.example.cn/wenji/juan2/07.htm",
        title="父亲的那块怀表",
        record_title="父亲的那块怀表 ·《拾秒斋随笔》卷二",
        date=None,
        notes="a retired watchmaker's collection in an old gb2312 table layout: 繁體/简体 links, chapter links, a visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的那块怀表 ·《拾秒斋随笔》卷二</title>
<style type="text/css">td{font-size:14px;line-height:24px}</style>
</head>
<body bgcolor="#F5F0E6">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center">⟦m 拾秒斋文集⟧</td></tr>
<tr><td align="right">⟦a <a href="/big5/">繁體</a> | <a href="/">简体</a> | <a href="/index.htm">文集目录</a>⟧</td></tr>
<tr><td align="center">⟦m 《拾秒斋随笔》卷二　第七篇⟧</td></tr>
<tr><td align="center"><b>⟦t 父亲的那块怀表 ·《拾秒斋随笔》卷二⟧</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="06.htm">⟦l 上一篇：老街钟表铺⟧</a>　<a href="index.htm">⟦l 返回卷二⟧</a>　<a href="08.htm">⟦l 下一篇：学徒的第一把镊子⟧</a></td></tr>
<tr><td align="center">⟦m 您是本斋第 <font color="#990000">018377</font> 位来客⟧</td></tr>
<tr><td align="center">⟦m 斋主信箱：shimiaozhai_lao@example.cn⟧</td></tr>
<tr><td align="center">⟦d 拙文自娱，请勿转载他处⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲有一块瑞士产的银壳怀表，表盖上刻着一只小鹿，是他年轻时在码头做账房先生攒钱买的。
那时候家里穷，这块表却从来没进过当铺。父亲每天早上起床第一件事，就是拧十二圈发条，再把表揣进中山装左上方的口袋里，表链从扣眼里垂下来，走起路来一晃一晃的。
我十四岁那年，父亲把我送到城里的钟表店当学徒。临走前，他把怀表后盖打开，让我看里面的齿轮，说：“学手艺就像这表，一个齿都不能差。”
后来我修了四十多年的表，经手的怀表少说也有上千块。父亲那块表，我每年都要拆开洗一次油。前年父亲走了，表还在走，每天快不了半分钟。
""",
    ),
    dict(
        slug="anthology-leixi-memoir-mother-camphor-chest-oneline",
        site="檑溪旧事文集 (invented, personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://leixijiushi.example.net/wj/06.txt",
        title="母亲的樟木箱",
        record_title="母亲的樟木箱（《檑溪旧事》之六）— 檑溪旧事文集",
        date=None,
        notes="a memoir whose whole body is on one line, paragraphs apart only by their indent; chapter links and a visitor line; no date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 檑溪旧事文集 · 卷一
!l 目录 | 之五　祠堂前的石狮 | 之七　腊月里打年糕
!t 母亲的樟木箱（《檑溪旧事》之六）
{BODY}
!l ← 之五　　返回目录　　之七 →
!m 本文集自二〇一九年起陆续整理，已有 4410 人次来访
""",
        body="""
母亲的樟木箱是外公亲手打的，箱盖上雕着两朵牡丹，铜锁扣已经磨得发亮。
这只箱子跟着母亲嫁到我们家，一放就是五十年。箱子里放着母亲最宝贝的东西：一床没舍得盖的缎子被面，几件过年才穿的衣裳，还有我们兄妹几个小时候的奶名帖。
每年梅雨过后，母亲都要挑个大晴天，把箱子里的东西一件件拿出来晒。她说樟木箱能防虫，可防不了潮，东西还是要晒。
如今母亲八十多岁了，眼睛不好，箱子归我保管。每次打开箱盖，那股清清凉凉的樟木香一下子涌出来，我就好像又回到了小时候，蹲在母亲身边看她晒被面的那个夏天。
""",
    ),
    dict(
        slug="dangjian-yuxi-report-village-secretary-creel-coop",
        site="罭溪先锋网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.yuxixianfeng.example.gov.cn/jcdj/2025/0113/7731.html",
        title="鲏塘村党支部书记2024年度抓基层党建工作述职报告",
        record_title="【书记述职】鲏塘村党支部书记2024年度抓基层党建工作述职报告_罭溪先锋网",
        date="2025-01-08",
        date_also=["2025-01-13"],
        notes="Party-building portal: a study-points prompt, a read-on-phone QR line, a share row and a footer; the report's own date under the signature differs from the portal's",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【书记述职】鲏塘村党支部书记2024年度抓基层党建工作述职报告_罭溪先锋网</title>
<link rel="stylesheet" href="/css/xf.css">
<script src="/js/xf.js"></script>
</head><body>
<div class="xf-top">⟦m 罭溪先锋网⟧ ⟦m 中共罭溪县委组织部主办⟧</div>
<ul class="xf-nav"><li>⟦m 首页⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 干部工作⟧</li><li>⟦m 人才工作⟧</li><li>⟦m 党员教育⟧</li></ul>
<div class="xf-pos">⟦m 首页 ＞ 基层党建 ＞ 述职评议⟧</div>
<div class="xf-art">
<h1>⟦t 【书记述职】鲏塘村党支部书记2024年度抓基层党建工作述职报告⟧</h1>
<div class="xf-info">⟦m 来源：罭溪县委组织部　发布：2025-01-13　浏览：938⟧</div>
<div class="xf-points">⟦a 阅读满3分钟可获学习积分1分，请登录后学习⟧</div>
<div class="xf-con">
<p align="center">{T}</p>
{BODY}
</div>
<div class="xf-qr">⟦a 扫一扫，在手机上继续读⟧</div>
<div class="xf-share">⟦l 分享：微信　QQ　学习强国⟧</div>
</div>
<div class="xf-side"><h4>⟦l 述职擂台⟧</h4><ul><li>⟦l 篊湾镇党委书记述职报告⟧</li><li>⟦l 村级党组织书记擂台比武侧记⟧</li></ul></div>
<div class="xf-foot">⟦m 中共罭溪县委组织部　版权所有⟧ ⟦m 湘ICP备12009931号⟧</div>
</body></html>
""",
        body="""
2024年，我认真履行村党支部书记抓党建第一责任人职责，围绕“党建带富、鱼篓兴村”思路开展工作，现将履职情况报告如下。
一、主要工作
一是抓班子带队伍。坚持“三会一课”，全年召开支部党员大会12次，讲党课4次，发展入党积极分子2名。
二是抓产业促增收。支部领办竹编鱼篓合作社，吸纳留守妇女和老人58人入社，全年销售竹编鱼篓及工艺品1.3万只，户均增收4600元。
三是抓服务解难题。为群众代办事项136件，修缮村道2.4公里。
二、存在问题
合作社产品单一，电商销售渠道还没有打开；年轻党员少，后备力量不足。
三、下步打算
2025年，我将带领支部开发鱼篓文创产品，培养两名年轻村干部，推动村集体经济再上新台阶。
鲏塘村党支部书记　邢远山
2025年1月8日
""",
    ),
    dict(
        slug="dangjian-dangshan-insight-white-headscarf-party-day",
        site="欓山党建网 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://dj.dangshan.example.gov.cn/dyxs/2024/0416/512.html",
        title="一条白羊肚头巾里的初心——主题党日活动心得",
        record_title="【党员心声】一条白羊肚头巾里的初心——主题党日活动心得 - 欓山党建网",
        date=None,
        notes="Party site as text: a study-points line between two paragraphs, an author line, a share row; an insight with no date (the points stamp and view count are no date)",
        page="""
!m 欓山党建网 ｜ 党员心声
!m 位置：首页 → 党员心声 → 正文
!t 【党员心声】一条白羊肚头巾里的初心——主题党日活动心得
!m 作者：县交通运输局机关支部　贺晓晨　｜　浏览 311
{BODY}
!l 分享到：学习强国 ｜ 微信 ｜ 微博
!l 上一篇：红色家书里的家国情怀
!m 主办：中共欓山县委组织部　技术支持：欓山融媒
""",
        indent="\u3000\u3000",
        body="""
4月12日，支部组织全体党员到欓山县革命纪念馆开展主题党日活动。在展厅一角，一条洗得发白、打着两块补丁的白羊肚头巾，让我久久挪不开脚步。
讲解员介绍，这条头巾的主人是1947年牺牲的交通员贺满仓。他把情报缝在头巾的夹层里，扮成赶集的农民，一年里往返敌占区三十多次。最后一次被捕后，他把情报嚼碎咽下，至死没有吐露半个字。
⟦a 本文已累计学习时长，继续阅读可再得1积分⟧
一条普通的头巾，承载的是共产党人对党的忠诚。对照先辈，我感到自己在工作中还有怕麻烦、图安逸的思想。今后我要以先辈为镜，把群众的小事当成自己的大事，在平凡岗位上守好初心。
""",
    ),
    dict(
        slug="hospital-langchuan2-news-headscarf-class-booking-float",
        site="榔川市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lcdeyy.example.com/news/yyxw/2024/1121/1588.html",
        title="肿瘤科护理团队开设“头巾课堂” 帮化疗患者找回自信",
        record_title="肿瘤科护理团队开设“头巾课堂” 帮化疗患者找回自信-新闻动态-榔川市第二人民医院",
        date="2024-11-21",
        notes="hospital site: a booking float, a 24-hour line and an experts list; a photo caption on a line of its own; the department's 咨询电话 and 扫码预约 in the body stay; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>肿瘤科护理团队开设“头巾课堂” 帮化疗患者找回自信-新闻动态-榔川市第二人民医院</title>
<link rel="stylesheet" href="/static/hos.css">
<script src="/static/hos.js"></script>
</head><body>
<div class="h-top">⟦m 榔川市第二人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 24小时服务热线：0737-8869120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 新闻动态⟧</li></ul>
<div class="h-loc">⟦m 当前位置：首页 - 新闻动态 - 医院新闻⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2024-11-21　供稿：肿瘤科　摄影：宣传科　浏览：1207⟧</div>
<div class="h-con">
{BODY}
</div>
</div>
<div class="h-side"><h4>⟦l 肿瘤科专家⟧</h4><ul><li>⟦l 黎晓梅　主任护师⟧</li><li>⟦l 钱鸣远　主任医师⟧</li></ul></div>
<div class="h-float">⟦a 网上预约挂号⟧<br>⟦a 检查报告查询⟧</div>
<div class="h-foot">⟦m 地址：榔川市籯湖区康宁路99号⟧ ⟦m 湘ICP备15011702号⟧ ⟦d 本站医疗信息仅供参考，不能代替医生面诊。⟧</div>
</body></html>
""",
        body="""
“先把头巾对折成三角形，长边放在额头，两个角绕到脑后打结……”11月20日下午，肿瘤科护士长黎晓梅在病区示教室给十多位化疗患者上了一堂特别的课。
化疗引起的脱发，常常让患者不愿出门、不愿见人。为此，肿瘤科护理团队开设了“头巾课堂”，每月两次，教患者用不同的头巾系法搭配衣着，并讲解头皮护理知识。课堂所用的头巾，大部分来自市妇联发起的爱心编织活动。
⟦m 图：护士为患者演示头巾系法（宣传科　摄）⟧
患者马阿姨学会了三种系法，她笑着说，戴上头巾照镜子，觉得自己又精神了。
头巾课堂对所有化疗患者免费开放，患者可通过医院公众号扫码预约，咨询电话：0737-8869214（肿瘤科护士站）。
""",
    ),
    dict(
        slug="hospital-kuiyang-tcm-notice-nurse-fob-watch",
        site="岿阳县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.kyxzyy.example.com/hlb/tz/2024/0918/206.html",
        title="关于为新入职护士配发护士挂表的通知",
        record_title="【护理部告知】关于为新入职护士配发护士挂表的通知-岿阳县中医院",
        date="2024-09-18",
        notes="hospital site as text: a booking line and a switchboard at the top and bottom; the nursing department's 咨询电话 in the body stays; date under the signature",
        page="""
!m 岿阳县中医院 ｜ 大医精诚 仁心仁术
!m 预约挂号：0739-5210000　｜　急诊：0739-5210120
!m 首页 › 护理园地 › 护理通知
!t 【护理部告知】关于为新入职护士配发护士挂表的通知
!m 阅读：266　｜　发布部门：护理部
{BODY}
!a 打印　｜　收藏　｜　返回上页
!l 护理园地最新：2024年“5·12”护士节表彰名单公示
!m 岿阳县中医院　地址：岿阳县杏林路12号　总机：0739-5210001
""",
        indent="\u3000\u3000",
        body="""
各护理单元：
为规范护理人员计时操作，保证测量脉搏、呼吸和输液滴速的准确性，护理部决定为2024年新入职护士统一配发护士挂表（怀表式）。现将有关事项通知如下。
一、配发对象：2024年8月以后入职的护士，共43人。
二、配发时间：9月20日至9月27日，每天下午2:30至5:00，地点为门诊楼五楼护理部办公室。
三、使用要求：挂表应别在工作服左胸口袋上方，表盘朝下，便于低头查看；进行无菌操作时不得佩戴手表；挂表如有损坏，凭旧表到护理部换领。
四、各护理单元护士长负责通知本科室新入职护士按时领取。
咨询电话：0739-5210637（护理部）
岿阳县中医院护理部
2024年9月18日
""",
    ),
    dict(
        slug="university-langchuan-news-creel-fieldwork-h1",
        site="榔川学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lcxy.example.edu.cn/info/1021/20918.htm",
        title="我校学子赴篊湾镇开展竹编鱼篓技艺田野调查",
        record_title=None,
        date="2024-07-22",
        notes="no record title: the university news page's <h1>; a dotted date in the byline is the page's date; a 文/图/审核 line glued after the last sentence; a quick-links column and a footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>我校学子赴篊湾镇开展竹编鱼篓技艺田野调查-榔川学院新闻网</title>
<link rel="stylesheet" href="/style/news.css">
<script src="/js/visitcount.js"></script>
</head><body>
<div class="hd">⟦m 榔川学院新闻网⟧ <a href="https://www.lcxy.example.edu.cn">⟦m 学校主页⟧</a></div>
<ul class="menu"><li>⟦m 学院要闻⟧</li><li>⟦m 综合新闻⟧</li><li>⟦m 院系动态⟧</li><li>⟦m 媒体榔院⟧</li></ul>
<div class="location">⟦m 当前位置：首页 &gt;&gt; 院系动态 &gt;&gt; 正文⟧</div>
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2024.07.22　设计学院　点击数：<span>857</span>⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<div class="prev-next"><p>⟦l 上一条：我校举行2024届毕业典礼暨学位授予仪式⟧</p><p>⟦l 下一条：图书馆暑期开放时间安排⟧</p></div>
<div class="quick"><h4>⟦l 快速通道⟧</h4><p>⟦l 信息门户　教务系统　图书馆　校历⟧</p></div>
<div class="ft">⟦m 榔川学院党委宣传部　地址：榔川市籯湖区学院路1号⟧ ⟦m 湘ICP备05013077号⟧</div>
</body></html>
""",
        body="""
7月15日至21日，我校设计学院“篾韵”暑期社会实践团一行9人，赴罭溪县篊湾镇开展竹编鱼篓技艺田野调查。
实践团走访了11位竹编艺人，用照片、视频和手绘图记录了起底、编身、收口等十四道工序，整理访谈笔记三万余字。队员们还跟着龚传福师傅学编鱼篓，每人编成了一只巴掌大的小鱼篓。
在篊湾小学，实践团为孩子们设计了一套鱼篓纹样涂色卡，并把调研中拍摄的照片制作成展板，赠送给学校。
指导教师费雯介绍，实践团将根据调研成果撰写报告，并尝试以鱼篓的编织结构为灵感，设计灯具和收纳器具。⟦m 文/柏宁　图/篾韵实践团　审核/费雯⟧
""",
    ),
    dict(
        slug="college-dangshan-host-script-labour-week-rakes",
        site="欓山师范高等专科学校 (invented)",
        style="高校官网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://xsc.dsgz.example.edu.cn/hdzl/2024/1015/412.htm",
        title="在2024年秋季劳动周开幕式上的主持词",
        date="2024-10-14",
        notes="record title as is; a host's script with the date under its title (neutral line); a college column's chrome; the column's 发布时间 a day later is also accepted",
        page="""
!m 欓山师范高等专科学校 · 学生工作部
!m 首页 > 活动资料 > 主持词
{T}
（2024年10月14日）
!m 发布者：学生工作部　发布时间：2024-10-15　点击：188
{BODY}
!a 【打印文章】　【关闭】
!l 上一篇：2024年新生军训闭营式主持词
!m 版权所有：欓山师范高等专科学校学生工作部
""",
        date_also=["2024-10-15"],
        indent="\u3000\u3000",
        body="""
尊敬的各位老师，亲爱的同学们：
大家上午好！秋风送爽，落叶满园。今天，我们在这里举行学校2024年秋季劳动周开幕式。
下面进行第一项：请学生工作部部长宣读劳动周活动安排。
下面进行第二项：请后勤处为各班级代表发放劳动工具。今年学校为同学们新添了竹耙300把、竹扫帚500把，请各班代表上台领取。
下面进行第三项：请学生代表、美术系2023级吕清扬同学发言。
下面进行第四项：请校党委副书记讲话。
同学们，一把竹耙，搂起的是落叶，也是对劳动的敬重。让我们从今天开始，用双手把校园扫得干干净净！开幕式到此结束，请各班按划分区域开始劳动。
""",
    ),
]
