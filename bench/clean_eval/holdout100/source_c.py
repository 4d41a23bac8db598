"""holdout100, part C: 个人文集, 党建网, 医院官网, 高校官网, 地方论坛 (two each).
Invented: a retired street-tree gardener's and a retired geologist's collections,
elephant-watch Party members, a plague-monitoring team's Party lesson, a stomatology
hospital, a children's sports-injury clinic, a forestry college, a snow-sculpture team,
a mulch-burning ban and a sinkhole road closure on county forums."""

CASES = [
    dict(
        slug="anthology-wuyin-gardener-speech-chapter-html",
        site="梧荫集（个人文集） (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wuyinji.example.org/juan1/12.html",
        title="在全县园林系统退休职工座谈会上的发言",
        record_title="《梧荫集》卷一·第12篇｜在全县园林系统退休职工座谈会上的发言",
        date="2025-01-21",
        notes="collection chapter page: volume nav, prev/next chapter, a date in Chinese numerals under the speech title (neutral) and the speaker line with his role as given; a reader's note box",
        page="""
<html><head><meta charset="utf-8"><title>《梧荫集》卷一·第12篇｜在全县园林系统退休职工座谈会上的发言</title></head>
<body>
<div class="book">⟦m 梧荫集　——　一个老园林工的文字⟧</div>
<div class="toc">⟦l 卷一 讲话与发言｜卷二 养护手记｜卷三 树木小志｜后记⟧</div>
<h1>{T}</h1>
<p class="speaker">原县园林管理所所长　常守林</p>
<p class="date">（二〇二五年一月二十一日）</p>
<div class="text">
{BODY}
</div>
<div class="chap">⟦l ← 第11篇　行道树修剪的几点体会⟧　⟦l 第13篇　我与老槐树 →⟧</div>
<div class="note">⟦l 读者留言（3）：常所长讲得实在！⟧</div>
<footer>⟦d 文集内容由作者家属整理，转载请注明出处⟧</footer>
</body></html>
""",
        body="""
各位老同事、老朋友：
今天能和大家坐在一起，我心里很热乎。我们这些人，年轻时种下的树，如今都长成了一条条林荫道，这是我们一辈子最大的安慰。
回想七十年代，城里只有两条街有行道树，树苗靠自己育，水靠人工挑，冬天还要给小树缠草绳。那时候条件苦，可大家干劲足。
现在，县城的绿化面积比那时候多了十几倍，养护手段也先进了。我们退休了，但还能发挥点余热：给年轻同志讲讲树的脾性，帮着看看病虫害，把老经验传下去。
最后，祝大家身体健康，晚年幸福！
""",
    ),
    dict(
        slug="anthology-dizhi-sinkhole-memoir-text",
        site="岩心集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="experience",
        form="text",
        source="http://yanxinji.example.net/wenji/046.htm",
        title="那一年，我们在城南测塌陷",
        record_title="岩心集·第四十六篇　那一年，我们在城南测塌陷",
        date="2024-12-08",
        notes="a retired geologist's collection as text: chapter heading line, a font-size/print row, prev/next; the date under the closing line; a 'visits' counter",
        page="""
!m 岩心集　——　一个地质队员的回望
!m 目录 ｜ 第四十五篇 ｜ 第四十七篇
{T}
!a 字体：大　中　小　　打印本篇
{BODY}
!l 上一篇：野外记录本里的一场雪
!l 下一篇：给年轻队员的几句话
!m 本集自2019年开放以来，累计访问 40218 次
""",
        body="""
一九九八年夏天，城南菜市场旁边的地面突然陷下去一个大坑，两间门面房跟着裂了缝。我们分队接到任务，第二天一早就扛着仪器赶了过去。
那时候没有现在的雷达和无人机，我们靠的是钻机、电法仪和两条腿。白天测线，晚上整理数据，一个多月里，大家没有一个人回家。
最终我们查明，塌陷是地下溶洞顶板变薄、加上附近抽水过量引起的。我们建议停止抽水、注浆加固，并把周边三百米划为重点监测区。
二十多年过去了，那一带再也没有发生过大的塌陷。每次路过城南，我都会多看两眼那块平平整整的地面。
地质工作的意义，也许就在于让人们看不见危险。
2024年12月8日
""",
    ),
    dict(
        slug="party-mengbang-elephant-guard-summary-html",
        site="麓川先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.lcxianfeng.example.gov.cn/jcdj/2025/1120/6631.html",
        title="勐蚌乡党委“党员护象队”工作总结",
        record_title="【基层党建】勐蚌乡党委“党员护象队”工作总结_麓川先锋网",
        date="2025-11-18",
        date_also=["2025-11-20"],
        notes="Party-building portal: slogan banner, 来源/编辑 line, font-size and print row, a 'study points' box on the side; the portal's posting date differs from the summary's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【基层党建】勐蚌乡党委“党员护象队”工作总结_麓川先锋网</title></head>
<body>
<div class="banner">⟦m 麓川先锋网⟧ ⟦m 中共麓川县委组织部主办⟧</div>
<div class="slogan">⟦m 抓党建　强基层　促振兴⟧</div>
<nav>⟦m 首页 | 党建要闻 | 基层党建 | 干部工作 | 人才工作 | 党员教育⟧</nav>
<div class="where">⟦m 您的位置：首页 &gt; 基层党建⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：勐蚌乡党委　编辑：刀丽娜　日期：2025-11-20⟧ ⟦a 【字体：大 中 小】⟧ ⟦a 【打印】⟧</div>
<article>
{BODY}
</article>
<aside><h3>⟦l 学习园地⟧</h3><ul><li>⟦l 党员教育管理工作条例解读⟧</li><li>⟦l 发展党员工作细则问答⟧</li></ul></aside>
<footer>⟦m 版权所有：中共麓川县委组织部　技术支持：麓川县融媒体中心⟧</footer>
</body></html>
""",
        body="""
今年以来，勐蚌乡党委针对亚洲象频繁进入村寨的实际，组建了由三十六名党员组成的“党员护象队”，在保护野生动物和保障群众安全中发挥了先锋作用。
一、建强队伍。护象队以村党组织为单位编成六个小组，每组配备对讲机、强光手电和无人机，实行二十四小时轮班值守。
二、织密网络。护象队员与县林草局监测员建立联动机制，全年发布预警信息一千一百余条，引导群众避让象群二百余次。
三、服务群众。护象队员帮助受损农户核定损失、申请保险理赔，协助三十二户群众加固房屋和粮仓。
四、存在不足。部分队员年龄偏大，无人机操作等技能还需加强。
下一步，乡党委将把护象工作纳入党员积分管理，让“党员护象队”的旗帜在象群出没的地方高高飘扬。
中共勐蚌乡委员会
2025年11月18日
""",
    ),
    dict(
        slug="party-caoyuan-plague-team-lesson-text",
        site="草原红旗 党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://hongqi.caoyuan.example.cn/dk/20250701/017.html",
        title="扎根草原守安宁——在鼠疫监测队党支部七一专题党课上的讲稿",
        record_title="扎根草原守安宁——在鼠疫监测队党支部七一专题党课上的讲稿",
        record_date="2025-07-01",
        date="2025-07-01",
        notes="Party lesson text page with record date; speaker line with role neutral; 【七一专题】 tag line, a study-points box between paragraphs, 上一篇/下一篇",
        page="""
!m 草原红旗党建网　·　党课讲坛
!m 【七一专题】
{T}
监测队党支部书记　巴特尔
!m 时间：2025-07-01　来源：县疾控中心党总支　字号：大 中 小
{BODY}
!l 上一篇：牧区党员冬训工作安排
!l 下一篇：疫源地里的“老党员”
!d 本网原创内容，转载请注明来源“草原红旗党建网”
""",
        body="""
同志们：
今天是党的生日，我想和大家讲讲我们这支队伍，讲讲我们每天都在做的事。
我们监测队十二个人，其中党员九名。每年四月到十月，大家在草原上一待就是半年，捕获、解剖、采样、检测，一项都不能马虎。
⟦l 【学习要点】坚守岗位　服务牧民　传承精神⟧
有人问我，这么多年没有发现人间鼠疫，你们还这么辛苦图什么？我说，没有发现，正是因为我们一直在找。
老队长苏和在草原上干了三十二年，退休那天他说的最后一句话是：“旱獭洞要一个一个看，不能偷懒。”这句话，我们一直记着。
同志们，守护草原的安宁，就是守护牧民的安宁。希望每一名党员都能在自己的岗位上多扛一点、多看一眼。
""",
    ),
    dict(
        slug="hospital-tangxi-stomatology-sealant-news-html",
        site="棠溪区口腔医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.txkqyy.example.com/news/yydt/2025-10-24/1380.html",
        title="我院圆满完成2025年秋季学生窝沟封闭任务",
        record_title="我院圆满完成2025年秋季学生窝沟封闭任务-医院动态-棠溪区口腔医院",
        date="2025-10-24",
        notes="hospital site: 预约挂号 hotline and a floating online-consult box beside the department's own 咨询电话 in the news; 发布时间 line; a 'scan to book' prompt of the site and a sentence of the news about scanning kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院圆满完成2025年秋季学生窝沟封闭任务-医院动态-棠溪区口腔医院</title></head>
<body>
<div class="top">⟦m 棠溪区口腔医院⟧ ⟦m 二级口腔专科医院⟧ ⟦m 预约挂号：0598-5219120⟧</div>
<nav>⟦m 首页 医院概况 科室导航 专家介绍 就医指南 医院动态 健康科普⟧</nav>
<div class="crumb">⟦m 首页 / 医院动态⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2025-10-24　作者：预防保健科　阅读：702⟧</p>
<div class="content">
{BODY}
</div>
<div class="float">⟦w 在线咨询 | 微信预约 | 扫码挂号⟧</div>
<div class="related">⟦l 相关新闻：我院开展“爱牙日”义诊⟧ ⟦l 儿童口腔科新增周末门诊⟧</div>
<footer>⟦m 地址：棠溪区健康路88号　急诊：0598-5219110⟧<br>⟦d Copyright © 棠溪区口腔医院 保留所有权利⟧</footer>
</body></html>
""",
        body="""
10月底，我院预防保健科联合区教育局，历时六周，完成了全区二十三所小学学生的秋季窝沟封闭工作。
本次共检查学生五千九百一十二人，为四千七百余名学生的一万五千余颗牙齿实施了窝沟封闭，封闭完好率抽查达98%以上。
为减轻孩子的紧张情绪，医护人员在操作前用卡通模型讲解步骤，并为每位学生发放了口腔健康手册。
家长可扫描手册背面的二维码，查询孩子的检查结果和口腔保健建议。
半年后，我院将对已封闭的牙齿进行复查，脱落的将免费补做。
咨询电话：预防保健科 0598-5219136
""",
    ),
    dict(
        slug="hospital-yunshan-sports-injury-clinic-text",
        site="云杉市儿童医院 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.yunshanetyy.example.cn/gg/20250815.html",
        title="关于开设少儿运动损伤专病门诊的公告",
        record_title="关于开设少儿运动损伤专病门诊的公告_云杉市儿童医院",
        date="2025-08-15",
        notes="hospital text page: 24-hour and booking lines of the site beside the clinic's own 咨询电话; a schedule table kept; a follow-the-account prompt of the site, a sentence telling parents to 关注 the account kept",
        page="""
!m 云杉市儿童医院　Yunshan Children's Hospital
!m 24小时服务热线 0571-69980000 ｜ 网上预约 ｜ English
!m 当前位置：首页 › 医院公告
{T}
!m 2025-08-15　院办　浏览 2418
{BODY}
!a 微信扫一扫，关注医院服务号
!l 下一条：暑期儿童近视防控义诊安排
""",
        body="""
随着越来越多的孩子参加体操、舞蹈、轮滑、篮球等运动训练，儿童运动损伤就诊人数逐年增加。为给小患者提供更专业的诊疗服务，我院骨科自2025年8月20日起开设少儿运动损伤专病门诊。
一、诊疗范围：儿童青少年骨骺损伤、关节扭伤、韧带损伤、疲劳性骨折及运动后慢性疼痛等。
二、出诊安排：
日期　时间　出诊医生
周二　下午　葛向东 主任医师
周四　上午　俞婷 副主任医师
周六　全天　骨科副主任医师轮值
三、就诊方式：可通过医院服务号预约，请家长关注服务号后在“预约挂号”栏目选择“少儿运动损伤门诊”。
咨询电话：骨科门诊 0571-69981235
云杉市儿童医院
2025年8月15日
""",
    ),
    dict(
        slug="univ-beilin-forestry-tree-archive-html",
        site="北林农林大学园林学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://ylxy.beilinau.example.edu.cn/info/1033/8716.htm",
        title="园林学院师生为城区行道树建立“健康档案”",
        record_title="园林学院师生为城区行道树建立“健康档案”-北林农林大学园林学院",
        date="2025-06-18",
        notes="university school site: 作者/摄影/审核 line, photo caption glued before a paragraph, a 'related links' box, footer with postcode; 发布时间 is the date",
        page="""
<html><head><meta charset="utf-8"><title>园林学院师生为城区行道树建立“健康档案”-北林农林大学园林学院</title></head>
<body>
<div class="logo">⟦m 北林农林大学　园林学院⟧ ⟦m College of Landscape Architecture⟧</div>
<ul class="nav">⟦m 学院首页 学院概况 师资队伍 人才培养 科学研究 党建工作 学生工作⟧</ul>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 学院新闻 &gt;&gt; 正文⟧</div>
<h2>{T}</h2>
<div class="newsinfo">⟦m 作者：陶然　摄影：许诺　审核：彭朝阳　发布时间：2025-06-18　点击数：⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="links">⟦l 【关闭】⟧ ⟦l 【返回顶部】⟧</div>
<div class="foot">⟦m 地址：北林市林苑路1号　邮编：150040　学院办公室：0451-82190321⟧</div>
</body></html>
""",
        body="""
6月以来，园林学院城市树木健康团队的二十余名师生走上街头，为城区主干道的行道树逐株体检、建立“健康档案”。
团队使用树木雷达、阻抗仪等设备检测树干内部腐朽情况，并为每株树挂上二维码标牌，市民扫码即可看到树种、树龄和健康等级。
⟦m 图为研究生在使用阻抗仪检测树干。⟧截至目前，团队已完成三条道路一千八百余株行道树的检测，发现存在安全隐患的四十三株，均已反馈园林部门处理。
团队负责人彭朝阳教授表示，行道树是城市的“绿色基础设施”，建立健康档案，可以让养护从“看得见的病”转向“看不见的病”。
""",
    ),
    dict(
        slug="univ-hanyuan-snow-sculpture-selection-text",
        site="寒原理工学院 艺术设计学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ysxy.hanyuan.example.edu.cn/tzgg/2025/1105/3307.htm",
        title="关于选拔学生参加2026年国际大学生雪雕大赛的通知",
        record_title=None,
        date="2025-11-05",
        notes="university notice without record title; title on the page; a schedule of selection rounds; 学院 contact and e-mail kept beside the site's footer phone; 发布日期 equals the date",
        page="""
!m 寒原理工学院艺术设计学院
!m 首页 - 通知公告 - 学生通知
{T}
!m 发布日期：2025年11月05日　来源：学生工作办公室
{BODY}
!l 【相关附件】
!l 报名表.docx
!m 学院地址：寒原市学府大街99号　电话：0452-6012200
""",
        body="""
各年级学生：
2026年国际大学生雪雕大赛将于明年1月举行，学院拟选拔一支参赛队伍，每队3人，另设指导教师1名。现将选拔事项通知如下：
一、报名条件：艺术设计学院在读本科生和研究生，身体健康，能适应严寒环境下连续作业。
二、选拔安排：
环节　时间　内容
方案初审　11月20日前　提交雪雕设计草图及说明
泥塑复试　11月28日　三小时内完成缩比泥塑
现场试雕　12月10日　校园内试雕一立方米雪坯
三、报名方式：填写报名表后发送至邮箱 ysxysgb@example.edu.cn。
联系人：学生工作办公室 于老师，电话 0452-6012217
艺术设计学院
2025年11月5日
""",
    ),
    dict(
        slug="localforum-shiqu-mulch-burning-ban-html",
        site="石渠论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://bbs.shiqu.example.net/thread-55012-1-1.html",
        title="关于严禁焚烧废旧地膜的通告",
        record_title="[本地转帖] 关于严禁焚烧废旧地膜的通告 - 石渠杂谈 - 石渠论坛",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="county forum: the repost date differs from the 通告's date; a poster's aside glued before the text; thread stats, sticky ad, quick reply",
        page="""
<html><head><meta charset="utf-8"><title>[本地转帖] 关于严禁焚烧废旧地膜的通告 - 石渠杂谈 - 石渠论坛</title></head>
<body>
<div id="top">⟦m 石渠论坛⟧ ⟦m 石渠人自己的网上家园⟧ ⟦a 注册 登录⟧</div>
<div id="ad">⟦a 【广告】石渠农资超市 春耕化肥优惠进行中⟧</div>
<div id="crumb">⟦m 石渠论坛 » 石渠杂谈 » 帖子⟧</div>
<h1>⟦t [本地转帖] 关于严禁焚烧废旧地膜的通告⟧</h1>
<div class="stat">⟦m 楼主 田埂上的风 | 发表于 2025-4-3 07:52 | 查看 2961 | 回复 44⟧</div>
<div class="post">
<p>{T}</p>
{BODY}
</div>
<div class="reply">⟦l 沙发 老王头：早该管管了，烧起来一股味⟧</div>
<div class="reply">⟦l 板凳 小石头：回收站在哪？求地址⟧</div>
<div class="fast">⟦l 快速回复　发表回复⟧</div>
<div id="ft">⟦m 石渠论坛 Powered by Discuz!　ICP备2019000412号⟧</div>
</body></html>
""",
        body="""
⟦w 转自镇政府公众号，大家互相转告一下。⟧全镇广大群众：
春耕时节，部分农户将废旧地膜就地焚烧，不仅污染空气、损害身体健康，还容易引发山火。为保护生态环境，现通告如下：
一、严禁在田间地头、房前屋后焚烧废旧地膜、农药包装物等农业废弃物。
二、农户清理出的废旧地膜，请送交各村回收点，回收点按每公斤0.6元收购。
三、对违反本通告焚烧废旧地膜的，由有关部门依法予以处罚；引发火灾的，依法追究责任。
举报电话：镇综合执法队 0837-5821406
石渠镇人民政府
2025年4月2日
""",
    ),
    dict(
        slug="localforum-chengnan-sinkhole-closure-junk",
        site="鹳洲生活圈 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.guanzhoulife.example.com/forum/view-118827.html",
        title="关于城南路塌陷路段临时封闭交通的通告",
        record_title="扩散！城南路塌了个大坑，这几天别往那边走",
        date="2025-07-14",
        date_also=["2025-07-15"],
        notes="county forum repost with a hook title; junk lines and glued junk; posted a day after the notice; the detour table kept; relative reply times",
        junk=dict(lines=2, glued=1),
        page="""
!m 鹳洲生活圈 › 城事热议
!m 扩散！城南路塌了个大坑，这几天别往那边走
!m 楼主：鹳洲老司机　2025-07-15 06:48　浏览 8821　回复 97
!w 原文是县公安局交警大队发的，我转过来大家看看
{T}
{BODY}
!l 2楼 小满：昨晚路过看到围起来了，挺吓人
!l 3楼 东门阿姨 刚刚：希望早点修好
!a 回复本帖　点赞　收藏
""",
        body="""
因城南路与建设巷交叉口附近发生路面塌陷，为保障过往车辆和行人安全，便于抢险施工，经研究，决定自2025年7月14日18时起对相关路段实施临时交通管制。现通告如下：
一、城南路（建设巷至南门桥段）禁止一切车辆和行人通行，恢复通行时间另行通知。
二、过往车辆请按以下路线绕行：
方向　绕行路线
由北向南　建设巷—滨河路—南门桥
由南向北　南门桥—滨河路—建设巷
三、请广大驾驶人和行人服从现场交通民警和工作人员指挥。
鹳洲县公安局交通警察大队
2025年7月14日
""",
    ),
]
