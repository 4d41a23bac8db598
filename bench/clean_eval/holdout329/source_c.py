"""holdout329, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py
for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="qa-jiashi-bamboo-pillow-mould-question-h1",
        site="家事问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiashiwd.example.com/q/5520187.html",
        title="竹枕发霉了怎么处理？还能继续用吗？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question in the <h1> is the title; an adopted-answer badge, the answerer's card, a relative 回答于 time (no date), a vote bar, more answers and an ask box; numbered steps in the answer",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>竹枕发霉了怎么处理？还能继续用吗？_家事问答</title>
<script src="//static.jiashiwd.example.com/qa.js"></script>
</head>
<body>
<div class="hd">⟦m 家事问答 · 过日子的学问都在这⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 家事问答 &gt; 家居清洁 &gt; 床上用品⟧</div>
<div class="question"><h1>{T}</h1>
<p>⟦m 提问者：雨打芭蕉　｜　浏览 6310 次⟧</p></div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 收纳师阿宁　家居清洁领域 优质回答者⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="time">⟦m 回答于 昨天 21:16⟧</div>
<div class="vote">⟦a 有用 482　没用 9　评论 14　举报⟧</div>
</div>
<div class="others"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 晴天娃娃：放冰箱冻一晚再刷，我试过有效⟧</p>
<p>⟦l 匿名用户：发霉严重的还是扔了吧⟧</p></div>
<div class="ask">⟦a 没找到答案？向万名达人提问⟧</div>
<div class="ft">⟦m © 家事问答 京ICP备23011902号⟧</div>
</body>
</html>
""",
        body="""
竹枕发霉多是因为受潮后没有及时晾干，处理得及时，一般还能用。可以按下面的步骤来：
1.先在通风的阳台上用软毛刷把表面的霉斑刷掉，别在卧室里刷，免得孢子飘散。
2.用淡盐水或稀释的白醋擦拭竹片，缝隙处用旧牙刷蘸着刷。
3.擦完放在阴凉通风处晾两三天，不要暴晒，否则竹片容易开裂。
4.晾干后如果还有黑点，说明霉已经长进竹子里面了，这种竹枕建议不要再给老人和孩子用。
平时用完可以竖着靠墙放，梅雨天每隔几天用干布擦一遍，就不容易再发霉。
""",
    ),
    dict(
        slug="qa-chushi-cake-tin-coating-answer-junk",
        site="厨事问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://wenda.chushi.example.net/question/301774",
        title="蛋糕模的不粘涂层掉了一块，还能继续用吗？",
        record_title="蛋糕模的不粘涂层掉了一块，还能继续用吗？- 厨事问答网",
        date=None,
        notes="Q&A as text with anti-scraping junk as a line and glued after 。; an answerer's line with a relative time (no date); a 'see all answers' prompt and a related-questions list",
        page="""
!m 厨事问答网 > 厨房用品 > 烘焙工具
{T}
!m 1 个回答　｜　被浏览 2,416 次
!m 面点老周　烘焙教师　2 小时前回答
{BODY}
!a 赞同 97　｜　收起　｜　分享
!a 登录即可查看其余回答
!l 相关问题：阳极蛋糕模第一次用要不要开模？　硅胶蛋糕模有异味怎么办？
""",
        junk=dict(lines=1, glued=2),
        body="""
要看掉的是什么涂层、掉在什么位置。
常见的不粘蛋糕模大多是碳钢基材加不粘涂层，涂层一旦剥落，露出的碳钢容易生锈，烤的时候蛋糕也会粘在那一块。
如果只是边缘掉了指甲盖大小的一块，而且没有生锈，可以垫上油纸继续用，注意别再用钢丝球和金属铲。
如果是模底大面积起皮、脱落，或者已经出现锈斑，就不建议再用了，剥落的碎片可能混进食物里。
以后买模具可以考虑阳极氧化铝的，没有涂层，不存在掉涂层的问题，就是脱模要多用点心。
""",
    ),
    dict(
        slug="anthology-wandao-memoir-father-mooncake-moulds",
        site="晚稻文集 (invented, retired teacher's collection, old table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.wandaowenji.example.com/jiuwu/02.htm",
        title="父亲的饼模",
        record_title="父亲的饼模（旧物三记之二）— 晚稻文集",
        date=None,
        notes="old gb2312 table page of a retired teacher's collection: marquee, 繁體/简体 links, chapter links, visitor counter, the author's mailbox; a 写于 line with a year and a season only (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的饼模（旧物三记之二）— 晚稻文集</title>
<script language="JavaScript">function tosimp(){}</script>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 晚稻文集⟧</font><br>⟦m 一个老教书匠的闲笔⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦d 欢迎老同事、老学生来坐坐，文章转载请告知一声⟧</marquee></td></tr>
<tr><td align="right">⟦a 繁體 ｜ 简体⟧</td></tr>
</table>
<table width="780" align="center" border="1" bordercolor="#C8B88A">
<tr><td width="160" valign="top">⟦l 【旧物三记】⟧<br>⟦l 一、母亲的针线匣⟧<br>⟦l 二、父亲的饼模⟧<br>⟦l 三、老屋的门环⟧<br>⟦l 〔返回目录〕⟧</td>
<td valign="top">
<p align="center"><b>⟦t 父亲的饼模（旧物三记之二）⟧</b></p>
<p align="center">⟦m 文／檀守仁⟧</p>
{BODY}
<p align="center">⟦l 〈上一篇　下一篇〉⟧</p>
</td></tr>
</table>
<table width="780" align="center"><tr><td align="center">⟦m 来信请寄：tanshouren_wd@mail.example.com⟧<br>⟦m 本页已被翻阅 18524 次⟧</td></tr></table>
</body>
</html>
""",
        body="""
父亲是莎溪县憩湾镇上有名的饼师傅，他留给我的，是一只枣木刻的四格饼模。
每年进了八月，父亲就把饼模从碗柜顶上取下来，用温水擦净，抹一层菜籽油，挂在灶屋的梁下“醒”上几天。他说木头也要喝油，喝足了，压出的饼才不粘。
中秋前那半个月，父亲天不亮就起来和面、包馅，把饼坯按进模子，在案板上“嗒”地一磕，一只印着“花好月圆”的月饼就落在掌心里。我的活是给饼坯刷蛋液，常常偷吃掉半块。
后来镇上有了食品厂，饼铺关了门，饼模就一直挂在梁下，再没取下来过。
父亲去世那年，我把它带回城里，至今还留着淡淡的油香。
写于二〇二三年秋
""",
    ),
    dict(
        slug="anthology-shiqi-essay-chopstick-rest",
        site="食器小札 (invented, personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shiqixiaozha.example.org/zhi/05.html",
        title="筷子架",
        record_title="〔食器小札·之五〕筷子架",
        date=None,
        notes="a personal collection's essay: a series line, chapter links, an added stamp and a relative time (no date); a one-word title; a reprint notice and a visitor line at the end",
        page="""
!m 食器小札 · 碗碟之间的旧时光
!l 目录　｜　之四 汤勺　｜　之六 茶托
!t 〔食器小札·之五〕筷子架
!m 收入本集：5 天前　　字数：约三百
{BODY}
!d 本集文字均为作者原创，转载请先来信征得同意。
!m 今日访客 37　累计访客 21096
""",
        indent="\u3000\u3000",
        body="""
家里最早的筷子架，是母亲用一截青竹削的，两头略高，中间一道浅槽，刚好搁得住一双筷子。
小时候吃饭，我总把筷子横在碗沿上，母亲见了就敲敲桌子：“筷子有家，放回去。”那截竹子便是筷子的家。
后来搬进楼房，家里添了一对瓷的，白底青花，是一条卧着的小鱼，鱼背微微凹下。父亲说，吃饭的时候筷子有个地方歇脚，人也就不那么急了。
如今在外头吃饭，桌上常见各式各样的筷子架，有陶的、铜的，也有做成小猫小狗的。
我还是最念那截青竹，它不好看，却让我记住了吃饭要有规矩。
""",
    ),
    dict(
        slug="dangjian-zhanzhou-summary-branch-bamboo-pillows-table",
        site="瞻州党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.zzdj.example.gov.cn/jcdj/2024/0806/12209.html",
        title="宵月社区党支部“夏日送清凉”志愿服务活动总结",
        record_title="【支部风采】宵月社区党支部“夏日送清凉”志愿服务活动总结 - 瞻州党建网",
        date="2024-08-02",
        date_also=["2024-08-06"],
        notes="Party-building portal: a study-points prompt, a read-on-phone QR line, a table one row a paragraph; 成文日期 under the signature and the portal's 发布时间 differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【支部风采】宵月社区党支部“夏日送清凉”志愿服务活动总结 - 瞻州党建网</title>
<script src="/js/points.js"></script>
</head>
<body>
<div class="head">⟦m 瞻州党建网⟧ ⟦m 中共瞻州市委组织部主办⟧</div>
<div class="nav">⟦m 首页　要闻　基层党建　党员教育　先锋风采　党建云课堂⟧</div>
<div class="pos">⟦m 当前位置：首页 › 基层党建 › 支部风采⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2024-08-06 15:12　来源：绸川区委组织部⟧</div>
<div class="points">⟦a 阅读满3分钟可获学习积分1分⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦a 用手机扫一扫，在移动端继续阅读⟧</div>
<div class="rel">⟦l 延伸阅读：绸川区开展“两在两同”建新功活动⟧</div>
<div class="foot">⟦m 版权所有：中共瞻州市委组织部　技术保障：瞻州市大数据中心⟧</div>
</body>
</html>
""",
        body="""
7月中旬以来，宵月社区党支部组织党员志愿者开展“夏日送清凉”活动，为辖区独居、高龄老人送去竹枕、凉席和防暑药品。现将活动情况总结如下。
一、摸清底数。党员分片入户走访，摸排出独居老人42户、80岁以上高龄老人67人，逐户登记需求。
二、精准发放。物资发放情况如下：
物资名称　数量　发放对象
竹枕　109只　独居及高龄老人
竹凉席　60床　独居老人
防暑药包　150份　全体走访对象
三、跟踪服务。党员志愿者与老人结对，每周电话问候一次，雨季提醒老人及时晾晒竹枕、竹席，防止受潮发霉。
活动共有36名党员参与，累计服务时长410小时。
中共宵月社区支部委员会
2024年8月2日
""",
    ),
    dict(
        slug="dangjian-bingyang-report-village-secretary-bamboo",
        site="炳阳先锋网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.bingyangxf.example.cn/szpy/2025/0110/3317.html",
        title="楷岭村党支部书记2024年度抓基层党建工作述职报告",
        record_title="【述职评议】楷岭村党支部书记2024年度抓基层党建工作述职报告_炳阳先锋网",
        date="2025-01-08",
        notes="a county Party site's text: breadcrumb, a read-on-phone line, a study-points line; a 述职 with its 成文日期 in Chinese numerals under the signature",
        page="""
!m 炳阳先锋网
!m 首页 >> 述职评议 >> 村（社区）书记述职
!t 【述职评议】楷岭村党支部书记2024年度抓基层党建工作述职报告
!m 来源：廓田乡党委　　点击：402
!a 手机扫码阅读　｜　打印　｜　关闭
{BODY}
!a 学习完本文可在“先锋学习”小程序领取积分
!m 炳阳先锋网 由中共炳阳县委组织部主办
""",
        indent="\u3000\u3000",
        body="""
2024年，我在乡党委的领导下，认真履行抓基层党建第一责任人职责，现将履职情况报告如下。
一、抓班子带队伍。坚持“三会一课”制度，全年召开支部党员大会12次、讲党课4次；新发展党员2名，都是返乡从事竹编的青年。
二、抓党建促产业。支部领办竹枕编织合作社，吸纳农户58户，统一收购竹料、统一工艺标准，全年编织竹枕1.2万只，村集体增收8.6万元。
三、抓服务解难题。为12户困难群众办理了低保，协调修通了两公里产业路。
存在的不足：党员年龄偏大，45岁以下党员只有5名；合作社销售渠道单一。
下一步，我将着力培养年轻党员，争取开设网店，把楷岭竹枕卖得更远。
楷岭村党支部书记　贺永福
二〇二五年一月八日
""",
    ),
    dict(
        slug="hospital-shaxi-science-can-opener-cuts-hotlines",
        site="莎溪县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.sxrmyy.example.cn/jkkp/2024/1126/882.html",
        title="开罐器割伤了手，这样处理更稳妥",
        record_title="【急诊科普】开罐器割伤了手，这样处理更稳妥 - 莎溪县人民医院",
        date="2024-11-26",
        notes="hospital page: a booking float, a 24-hour line and an experts list beside the emergency department's own 咨询电话 in the body; the byline's 发布时间 is the page's date; numbered steps",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【急诊科普】开罐器割伤了手，这样处理更稳妥 - 莎溪县人民医院</title>
<script src="/static/js/booking-float.js"></script>
</head>
<body>
<div class="topbar">⟦m 莎溪县人民医院　二级甲等综合医院⟧ ⟦m 24小时急救热线：0736-4433120⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="path">⟦m 您所在的位置：首页 / 健康科普 / 急诊科⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 发布时间：2024-11-26　作者：急诊科 杜雪晴　浏览：936⟧</p>
<div class="content">
{BODY}
</div>
<div class="experts"><h4>⟦l 急诊科专家⟧</h4><p>⟦l 彭建国　主任医师　擅长：创伤急救⟧</p></div>
<div class="float-book">⟦a 预约挂号⟧ ⟦m 预约专线 0736-4433009⟧</div>
<div class="foot">⟦m 地址：莎溪县城关镇迎宾大道66号⟧ ⟦d 本站科普内容仅供参考，不能代替医生面诊。⟧</div>
</body>
</html>
""",
        body="""
开罐头时被开罐器或罐口边缘割伤，是冬季急诊常见的小外伤。罐口边缘薄而锋利，伤口往往比看上去深。受伤后可以这样处理：
1.立即用干净的纱布或毛巾压住伤口，持续按压5到10分钟止血。
2.血止住后，用流动的清水冲洗伤口，把可能残留的铁屑冲掉。
3.用碘伏消毒，再用无菌敷料包扎。
如果伤口超过1厘米、出血压不住，或者手指活动、感觉异常，请尽快到医院急诊处理。生锈的开罐器割伤，还要请医生评估是否需要注射破伤风疫苗。
如有疑问，可拨打急诊科咨询电话0736-4433116。
""",
    ),
    dict(
        slug="hospital-chouchuan-notice-ward-bamboo-pillows-record",
        site="瞻州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zz2yy.example.cn/tzgg/2024/0603/1190.html",
        title="关于做好夏季病房竹枕竹席清洗消毒工作的通知",
        record_date="2024-06-03",
        date="2024-06-03",
        notes="a hospital's notice page: record title and record date as is; the infection-control office's own phone in the body beside the hospital's switchboard; a font-size row and a close row",
        page="""
!m 瞻州市第二人民医院
!m 医院首页 → 通知公告
{T}
!m 发布：院感科　2024-06-03　阅读：288
!a 【字体：大 中 小】　【关闭】
{BODY}
!m 医院总机：0736-2158000　　门诊咨询：0736-2158111
!d 瞻州市第二人民医院 版权所有
""",
        body="""
各临床科室：
入夏以来，部分病房陆续启用竹枕、竹席。为防止交叉感染，现就清洗消毒工作通知如下：
一、竹枕、竹席实行“一人一用一消毒”，患者出院后由保洁人员用含氯消毒液擦拭，再用清水擦净晾干。
二、在院患者使用的竹枕、竹席每周至少擦拭消毒一次，污染时随时消毒。
三、出现开裂、毛刺的竹枕竹席要及时报废，不得继续使用。
四、院感科将不定期抽查，检查结果纳入科室月度考核。
联系电话：院感科 0736-2158237。
医院感染管理科
2024年6月3日
""",
    ),
    dict(
        slug="university-zhanzhou-vocational-news-mooncake-mould-class",
        site="瞻州职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zzvtc.example.edu.cn/info/1021/8843.htm",
        title="食品工程学院开设“月饼模里的非遗”实践课",
        record_title=None,
        date="2024-09-12",
        notes="university news page: no record title, the title in the <h1>; a dotted date in the byline is the page's date; a photographer line, a reviewer line, a campus-news list and a school badge footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>瞻州职业技术学院</title>
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="header">⟦m 瞻州职业技术学院⟧ ⟦m 厚德　精技⟧</div>
<div class="menu">⟦m 学校首页　学院概况　院系设置　招生就业　校园新闻⟧</div>
<div class="location">⟦m 当前位置: 首页 &gt;&gt; 校园新闻 &gt;&gt; 院系动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2024.09.12　作者：食品工程学院　摄影：任可　点击：[1407]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="sh">⟦m 审核：吴卫东⟧</div>
<div class="list"><h3>⟦l 院系动态⟧</h3><ul><li>⟦l 机电工程学院举办技能节开幕式⟧</li><li>⟦l 旅游学院学生在省赛中获奖⟧</li></ul></div>
<div class="footer">⟦m 地址：瞻州市学府路199号　邮编：423000⟧ ⟦m 湘ICP备10014523号⟧</div>
</body>
</html>
""",
        body="""
9月11日，食品工程学院在焙烤实训中心开设“月饼模里的非遗”实践课，邀请莎溪县月饼模雕刻技艺传承人苏长庚为烘焙专业120名学生授课。
课上，苏长庚带来了十多块不同年代的木质月饼模，从选料、画样、反刻讲到养护，并现场演示雕刻一朵梅花。学生们分组用老模具压制广式月饼，体验传统手艺。
烘焙专业学生陈雨说：“原来一块饼模上有这么多学问，以后做月饼也想试试自己设计花样。”
据了解，学院今年将传统饼模文化纳入烘焙专业选修课程，并与憩湾镇共建非遗传承实践基地。
""",
    ),
    dict(
        slug="university-zhanzhou-letter-internship-cake-tin-factory",
        site="瞻州职业技术学院教务处 (invented)",
        style="高校官网",
        genre="函",
        kind="letter",
        form="text",
        source="http://jwc.zzvtc.example.edu.cn/sjjx/2024/0311/2218.html",
        title="关于商请接收烘焙专业学生跟岗实习的函",
        record_title="关于商请接收烘焙专业学生跟岗实习的函_实践教学_瞻州职业技术学院",
        date="2024-03-08",
        date_also=["2024-03-11"],
        notes="a college office's page as text: a letter with its own 联系人/电话/邮箱 beside the office's public line; the page's posting date and the letter's date differ",
        page="""
!m 瞻州职业技术学院　教务处
!m 首页 » 实践教学 » 校企合作
!t 关于商请接收烘焙专业学生跟岗实习的函_实践教学
!m 2024-03-11　　教务处　　阅读次数：219
{BODY}
!l 上一条：2024年春季学期顶岗实习工作安排
!m 教务处办公电话：0736-2370015（工作日）
""",
        indent="\u3000\u3000",
        body="""
瞻州焙尔厨具有限公司：
我院烘焙专业2022级学生共36人，按人才培养方案，本学期需到企业跟岗实习8周。贵公司是省内知名的烘焙模具生产企业，蛋糕模、吐司盒等产品工艺先进，十分适合学生了解模具生产与烘焙应用。
经研究，我院商请贵公司于2024年4月8日至5月31日接收上述学生跟岗实习，主要安排在模具检验、烘焙试样等岗位。实习期间，我院将派两名指导教师全程跟岗，学生人身意外保险由我院统一购买。
如蒙同意，请予函复。
联系人：严晓光，电话：0736-2370127，邮箱：sxjx@zzvtc.example.edu.cn。
瞻州职业技术学院
2024年3月8日
""",
    ),
]
