"""holdout80, part C: personal collections, Party-building sites, hospitals and universities.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="collection-tiezhang-farrier-memoir-wrapped",
        site="蹄声集 (invented)",
        style="个人文集",
        genre="回忆文章",
        kind="essay",
        form="text",
        source="http://www.tishengji.example.net/juan1/07.html",
        title="我在马场钉马掌的那些年",
        record_title="《蹄声集》卷一·第7篇：我在马场钉马掌的那些年",
        date="2025-04-02",
        notes="a retired farrier's collection, hard-wrapped at 64 columns with indents; chapter navigation above and below; the date written under the text",
        wrap=64,
        indent="　　",
        page="""
!m 蹄声集 —— 一个老马掌匠的文字
!l 目录　|　上一篇：初到草原　|　下一篇：马医老韩
!t 《蹄声集》卷一·第7篇：我在马场钉马掌的那些年
{BODY}
!l ← 上一篇　回目录　下一篇 →
!d 本集文字为作者原创，转载须经本人同意
""",
        body="""
一九七九年春天，我十九岁，被分到县种马场当钉掌工，师傅姓包，是个话很少的蒙古族汉子。
钉马掌先要削蹄，削多了马会瘸，削少了掌钉不牢。师傅让我在废蹄壳上练了整整三个月，才准我碰真马。
那时候马场有四百多匹马，春秋两季要全部换掌。我们四个人从天亮干到天黑，一天最多钉三十匹。
后来马场改制，马越来越少，我也转行去开了拖拉机。可每次听到马蹄声，我还是会下意识地看一眼它的掌。
写于二〇二五年四月二日
""",
    ),
    dict(
        slug="collection-rigui-sundial-maker-notes-text",
        site="晷影文存 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://guiying.example.org/wencun/32",
        title="给村小做一座日晷",
        record_title="给村小做一座日晷 - 晷影文存",
        date=None,
        notes="a retired physics teacher's collection; a visit counter and an 'updated' stamp (no date); a measurement table; the essay itself mentions 打印 as content",
        page="""
!m 晷影文存　　首页　文章　相册　留言
!t 给村小做一座日晷 - 晷影文存
!m 更新于：2025-05-07 08:30　　访问：1107
{BODY}
!l 留言（3）　我也来说两句
!m 本站已运行 3127 天
""",
        body="""
退休后第三年，母校的校长托人带话，想在操场边立一座日晷，让孩子们认认时辰。
我先在电脑上按村小的纬度算好晷面刻度，打印出来贴在三合板上试了一个星期，误差不超过五分钟。
晷针用的是一根不锈钢管，按当地纬度倾斜，正对北极星方向。
时刻　晷影方位
上午9时　西北偏西
正午12时　正北
下午3时　东北偏东
立晷那天，孩子们围着看影子一点点挪动，比上一节课还认真。
""",
    ),
    dict(
        slug="dangjian-maorong-plush-toy-branch-lecture-html",
        site="毛绒玩具产业园党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://dj.maorongpark.example.cn/djdt/2025/0701/1093.html",
        title="在产业园“七一”党课上的讲话",
        record_title="【党课讲堂】在产业园“七一”党课上的讲话",
        date="2025-07-01",
        notes="Party-building site of a plush-toy industrial park: red banner, slogan, speaker line and date under the title (neutral / date); a learning box between paragraphs; a 'study points' counter",
        page="""
<html><head><meta charset="utf-8"><title>【党课讲堂】在产业园“七一”党课上的讲话-毛绒玩具产业园党建网</title></head><body>
<div class="banner">⟦m 毛绒玩具产业园党建网⟧ ⟦m 红色引领　产业兴园⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 党建动态⟧ ⟦m 党课讲堂⟧ ⟦m 支部风采⟧ ⟦m 学习园地⟧</div>
<h1>⟦t 【党课讲堂】在产业园“七一”党课上的讲话⟧</h1>
<p class="sp">产业园党委书记　郁承安</p>
<p class="sp">（2025年7月1日）</p>
{BODY}
<div class="score">⟦a 阅读本文可获学习积分 +1⟧ ⟦a 分享给党员同志⟧</div>
<div class="list"><h4>⟦l 党课讲堂更多⟧</h4><p>⟦l 非公企业党建工作的几点思考⟧</p><p>⟦l 新就业群体党员教育管理的实践⟧</p></div>
<div class="ft">⟦m 主办：毛绒玩具产业园党委　技术支持：园区信息中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日。我们在这里上一堂党课，主题是“在产业一线当先锋”。
园区现有企业党组织二十三个，党员四百一十二名，其中一半以上在缝制、充棉、质检一线岗位上。
⟦l 【学习提示】本节内容对应学习园地第七期专题⟧
去年外贸订单下滑时，是车间里的党员带头学习新款设计，主动承接国内文创订单，帮企业稳住了就业。
希望每一名党员都把党徽戴在胸前、把责任扛在肩上，在质量攻关、技能比武中当先锋、作表率。
""",
    ),
    dict(
        slug="dangjian-bajiao-star-anise-coop-branch-summary",
        site="八角乡党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.bajiaodj.example.gov.cn/zbjs/2025/1225/611.html",
        title="八角种植合作社党支部2025年工作总结",
        record_title="【支部风采】八角种植合作社党支部2025年工作总结",
        date="2025-12-25",
        notes="township Party-building page: breadcrumbs, 来源 line, a 'learn and share' row glued after a sentence, a previous/next pair; a 三会一课 table",
        page="""
!m 八角乡党建　＞　支部建设　＞　支部风采
!t 【支部风采】八角种植合作社党支部2025年工作总结
!m 来源：乡党委组织办　　发布：2025-12-26　　字号：大 中 小
{BODY}
!l ◀ 上一条：乡党委召开年终述职评议会
!l ▶ 下一条：党员志愿服务队开展冬季防火宣传
!m 中共八角乡委员会主办
""",
        body="""
2025年，八角种植合作社党支部以“党建带社建、社建促增收”为思路，带领社员发展八角产业。
一、抓组织生活。全年开展“三会一课”情况如下：
项目　次数　参加人次
支部党员大会　4　68
支委会　12　60
党课　4　72
二、抓产业发展。支部牵头建设八角烘干房两座，鲜果烘干率由四成提高到九成，社员户均增收六千元。⟦l 学习分享→转发到朋友圈⟧
三、抓服务群众。党员结对帮扶脱贫户十一户，帮助销售干八角二十三吨。
四、不足与打算。党员年龄偏大，明年计划发展青年入党积极分子两名。
八角种植合作社党支部
2025年12月25日
""",
        date_also=["2025-12-26"],
    ),
    dict(
        slug="hospital-shouwai-hand-surgery-notice-html",
        site="芦江市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ljey.example.com/yyxw/tzgg/2025/0415/2207.html",
        title="手外科关于开设春耕农机伤害急诊绿色通道的通知",
        record_title="手外科关于开设春耕农机伤害急诊绿色通道的通知_芦江市第二人民医院",
        date="2025-04-15",
        notes="hospital site: 预约挂号 and 24-hour lines in the header, department's own 咨询电话 in the body, a floating online-service box; numbered list",
        page="""
<html><head><meta charset="utf-8"><title>手外科关于开设春耕农机伤害急诊绿色通道的通知_芦江市第二人民医院</title></head><body>
<div class="top">⟦m 芦江市第二人民医院⟧ ⟦m 预约挂号：0715-3366120⟧ ⟦m 24小时急救：0715-3366999⟧</div>
<div class="nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 新闻中心⟧</div>
<div class="crumb">⟦m 当前位置：首页 > 新闻中心 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-04-15　来源：手外科　阅读量：1903⟧</div>
{BODY}
<div class="kf" style="position:fixed">⟦w 在线客服⟧ ⟦w 微信预约⟧</div>
<div class="ft">⟦d 本网站信息仅供参考，不作为诊断依据⟧ ⟦m 地址：芦江市建设路88号⟧ ⟦m 鄂ICP备12008734号⟧</div>
</body></html>
""",
        body="""
春耕季节农机操作增多，手部外伤患者明显增加。为争取救治时间，我院手外科即日起开设农机伤害急诊绿色通道。
一、患者到达急诊后，由手外科医生直接接诊，三十分钟内完成术前评估。
二、断指患者请用干净纱布包好断指，放入塑料袋后置于冰水中，切勿直接泡在水里或冰里。
三、绿色通道先救治后缴费，费用可事后结算。
手外科咨询电话：0715-3366217（24小时）。
""",
    ),
    dict(
        slug="hospital-lvxing-travel-clinic-summer-text",
        site="澄海国际旅行卫生保健中心 (invented)",
        style="医院官网",
        genre="健康提示",
        kind="notice",
        form="text",
        source="http://www.chthc.example.org.cn/jkts/2025/06/5531.shtml",
        title="暑期出境旅行健康提示",
        record_title="暑期出境旅行健康提示",
        date="2025-06-20",
        notes="a travel-health clinic: the page's own booking line and the document's clinic phone; '文章来源' and '审核' lines; a scan-to-book sentence in the body",
        page="""
!m 澄海国际旅行卫生保健中心　|　健康提示
!m 预约电话：0754-8896 5000（工作日8:00-17:00）
{T}
!m 作者：门诊部　审核：戴春燕　2025年06月20日　浏览：2281
{BODY}
!a 【字号：大 中 小】【打印本页】
!d 本文为健康科普，具体请遵医嘱
!m 版权所有：澄海国际旅行卫生保健中心
""",
        body="""
暑期是出境旅行高峰，前往热带地区的旅客请注意以下事项。
一、出发前四至六周到我中心进行旅行健康咨询，按目的地要求接种黄热病等疫苗。
二、前往疟疾流行区的旅客，应携带驱蚊用品，必要时遵医嘱预防服药。
三、回国后如出现发热、皮疹等症状，请主动向海关申报并及时就医。
旅客可扫描中心门诊大厅的二维码预约接种，门诊咨询电话：0754-8896 5012。
""",
    ),
    dict(
        slug="university-chuisu-glassblowing-lab-news-html",
        site="澜湾理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lwit.example.edu.cn/info/1021/8840.htm",
        title="我校玻璃吹制实验室通过安全准入验收",
        record_title="我校玻璃吹制实验室通过安全准入验收-澜湾理工学院新闻网",
        date="2025-11-18",
        notes="university news page: photo caption and photographer line, 文/图 and 编辑 lines, a 'previous/next' pair, quick links in the footer",
        page="""
<html><head><meta charset="utf-8"><title>我校玻璃吹制实验室通过安全准入验收-澜湾理工学院新闻网</title></head><body>
<div class="logo">⟦m 澜湾理工学院新闻网⟧</div>
<div class="nav">⟦m 学校要闻⟧ ⟦m 综合新闻⟧ ⟦m 院部动态⟧ ⟦m 媒体理工⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-11-18　点击数：744⟧</div>
{BODY}
<p class="zz">⟦m 文/材料学院 蒋沐　图/学生记者 尹晗　编辑/甘露⟧</p>
<div class="pn">⟦l 上一条：学校召开教学工作会议⟧ ⟦l 下一条：校运动会圆满落幕⟧</div>
<div class="ft">⟦m 快速链接：教务处　图书馆　就业网⟧ ⟦m 地址：澜湾市大学路1号　邮编：524099⟧</div>
</body></html>
""",
        body="""
11月16日，学校实验室安全专家组对材料学院玻璃吹制实验室进行了安全准入验收，实验室顺利通过。
专家组查看了燃气管道、熔炉排风和防火隔断，抽查了学生安全考试记录，并现场观摩了吹制操作。
⟦m 专家组现场检查熔炉排风设施⟧
该实验室面向全校开设“玻璃工艺与材料”选修课，每学期可容纳六十名学生。
材料学院表示，将严格执行实验室准入制度，学生须通过安全考试方可进入实验室操作。
""",
    ),
    dict(
        slug="university-caibo-stained-glass-course-notice-text",
        site="栖霞艺术职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.qxart.example.edu.cn/tzgg/2025/0224/1407.html",
        title="关于2025年春季学期彩色玻璃镶嵌公选课选课的通知",
        record_title="关于2025年春季学期彩色玻璃镶嵌公选课选课的通知",
        record_date="2025-02-24",
        date="2025-02-24",
        notes="academic affairs page; record title and date; schedule table; a login prompt for the course system; the notice asks students to 登录 and 下载 the syllabus (content)",
        page="""
!m 栖霞艺术职业学院教务处
!m 首页 » 通知公告 » 正文
{T}
!m 2025-02-24　教务处　浏览量：905
{BODY}
!a 请使用统一身份认证账号登录后查看附件
!l 相关通知：关于春季学期补考安排的通知
!m Copyright © 栖霞艺术职业学院教务处
""",
        body="""
各学院、全体学生：
本学期面向全校开设“彩色玻璃镶嵌”公共选修课，现将选课事项通知如下。
班级　上课时间　地点　人数
一班　周二5-6节　工艺楼104　30人
二班　周四7-8节　工艺楼104　30人
一、选课时间：2月26日9时至3月1日17时。
二、学生请登录教务系统选课，课程大纲可在教务处网站下载。
三、课程材料费由学校承担，学生须自备防护手套。
教务处
2025年2月24日
""",
    ),
]
