"""holdout377, part E: residents' sites, trade associations, company sites, training schools and writing apps.

Written by hand; all names, places, sites, URLs and numbers are invented. See ../build.py.
"""

CASES = [
    dict(
        slug="community-queyuan-notice-sofathrow-knitting-grid",
        site="峑园社区 居民服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.queyuan-sq.cn/tzgg/2025/1015/88.html",
        title="关于开展“一条沙发巾·一份邻里情”助老编织活动的通知",
        record_title="〔邻里通知〕关于开展“一条沙发巾·一份邻里情”助老编织活动的通知｜峑园社区",
        date="2025-10-15",
        notes="a residents' site: weather line, a grid worker's box with a mobile, a property repair line beside "
        "the community's own contact in the body; 扫描二维码 as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔邻里通知〕关于开展“一条沙发巾·一份邻里情”助老编织活动的通知｜峑园社区</title>
<link rel="stylesheet" href="/css/sq-home.css">
<script src="/js/sq-weather.js"></script>
</head>
<body>
<div class="sq-bar">⟦m 峑园社区居民服务网⟧　⟦m 今天 晴 12～21℃ 空气良⟧</div>
<div class="sq-nav">⟦m 社区首页　居务公开　邻里互助　便民服务　党群活动⟧</div>
<div class="sq-pos">⟦m 您在：社区首页 › 居务公开 › 通知⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　查看 284 次⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-like">⟦a 👍 赞一个（36）　✉ 给居委会留言⟧</div>
</div>
<div class="sq-side">
<div class="grid-box">⟦m 本网格网格员：邹小青　手机 13973904412⟧</div>
<div class="repair">⟦m 物业报修（24小时）：0739-5170899⟧</div>
<h4>⟦l 近期活动⟧</h4>
<p>⟦l 重阳节“银龄宴”报名开始啦⟧</p>
<p>⟦l 社区图书角新到一批大字本⟧</p>
</div>
<div class="sq-foot">⟦m 峑园社区居民委员会　地址：峑湖区园林路17号⟧</div>
<script>sqWeather('.sq-bar');</script>
</body>
</html>
""",
        body="""
各位居民朋友：
冬天快到了，为让辖区独居、高龄老人过一个温暖的冬天，社区决定开展“一条沙发巾·一份邻里情”助老编织活动，欢迎大家参加。
一、活动内容：由社区提供毛线和钩针，志愿者利用业余时间编织沙发巾，编好后由社区统一送到老人家中。
二、编织教学：10月每周六下午2点，在社区党群服务中心二楼，由手工协会的老师现场教学，零基础也能学会。
三、报名方式：扫描社区公告栏上的二维码报名，也可以到社区服务窗口登记。
四、活动时间：10月18日至12月20日。
联系人：社区居委会　谢阿姨，电话：0739-5170362。
峑园社区居民委员会
2025年10月15日
""",
    ),
    dict(
        slug="community-xidong-rules-electronic-dartboard-numbered",
        site="嵠东社区服务网 (invented)",
        style="社区网站",
        genre="须知",
        kind="other",
        form="text",
        source="https://www.xidong-shequ.cn/hdzx/xuzhi-12.html",
        title="社区活动室电子飞镖盘使用须知",
        record_title="〖活动室公告〗社区活动室电子飞镖盘使用须知 - 嵠东社区服务网",
        date=None,
        notes="residents' rules as a numbered list with no date; an update stamp as a relative time; a collect "
        "button glued before a list item's first words; the service desk's line below",
        page="""
!m 嵠东社区服务网　家门口的好邻居
!m 首页 » 活动中心 » 场馆须知
!t 〖活动室公告〗社区活动室电子飞镖盘使用须知
!m 更新于 2 天前　浏览 97
{BODY}
!m 活动室服务台：0738-6630518（开放时间内接听）
!l 其他场馆须知：乒乓球室 ｜ 棋牌室 ｜ 书画室
!a 觉得有用？转给楼栋群里的邻居
""",
        body="""
为保障居民安全、文明使用活动室电子飞镖盘，特制定本须知：
1. 活动室开放时间为每天上午9:00—11:30、下午3:00—9:00，使用飞镖盘请到服务台登记。
⟦a 【收进我的收藏】⟧2. 本活动室只使用软头飞镖，严禁携带钢针飞镖入内。
3. 十二岁以下儿童须在家长陪同下使用。
4. 投镖时请站在投掷线后，飞镖盘前方有人时不得投镖；他人投镖时不要从投掷区穿过。
5. 请爱护设备，不要用手拍打飞镖盘面板，不要踩踏投掷线贴条。
6. 每次使用时间不超过一小时，有人等候时请主动让位。
7. 使用完毕请将飞镖放回盒内，关闭电源。
设备出现故障请及时告知服务台，感谢您的配合！
""",
    ),
    dict(
        slug="association-qiaocheng-bar-pledge-jigger-head-name",
        site="鄡城市酒吧行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.qcjbxh.org.cn/hydt/2025/0630/57.html",
        title="关于规范使用量酒器、足量出品的倡议书",
        record_title="【诚信倡议】关于规范使用量酒器、足量出品的倡议书（请会员单位张贴）_鄡城市酒吧行业协会",
        date="2025-06-26",
        date_also=["2025-06-30"],
        notes="an association site: member-login row, member hotline; the association's name in the header is also "
        "the signature (matched as head); the 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【诚信倡议】关于规范使用量酒器、足量出品的倡议书（请会员单位张贴）_鄡城市酒吧行业协会</title>
<link rel="stylesheet" href="/skin/xh/xh.css">
<script src="/skin/xh/xh.js"></script>
</head>
<body>
<div class="xh-login">⟦a 会员单位登录｜申请入会｜找回密码⟧</div>
<div class="xh-logo">⟦m 鄡城市酒吧行业协会⟧</div>
<div class="xh-nav">⟦m 协会首页 · 协会概况 · 行业动态 · 会员风采 · 自律公约 · 联系协会⟧</div>
<div class="xh-loc">⟦m 当前：协会首页 » 行业动态⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 秘书处　2025-06-30　阅读：318⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-share">⟦l 转发给会员群　复制本页链接⟧</div>
</div>
<div class="xh-side">
<h4>⟦l 协会通知⟧</h4>
<p>⟦l 关于缴纳2025年度会费的通知⟧</p>
<p>⟦l 调酒师技能培训班第二期报名⟧</p>
<div class="hotline">⟦m 会员服务热线：0739-5290660⟧</div>
</div>
<div class="xh-foot">⟦m 鄡城市酒吧行业协会秘书处　地址：鄡城市临江大道3号商会大厦7楼⟧</div>
</body>
</html>
""",
        body="""
全市各酒吧、餐厅吧台经营者及从业人员：
近期，市场监管部门在专项检查中发现，少数经营场所存在不用量酒器、徒手倒酒以及使用不合格量酒器的问题，个别门店被消费者投诉“酒量不足”。这些行为损害消费者权益，也影响了全行业的形象。为此，我们向全行业发出如下倡议：
一、规范使用量酒器。吧台调制鸡尾酒、出售单杯烈酒，一律使用有清晰刻度的量酒器量取，做到杯杯足量。
二、主动公示分量。在酒水单上标明每款酒品的基酒用量，让消费者明明白白消费。
三、定期自查校核。每月用标准量具对量酒器进行一次校核，发现磨损、变形的及时更换。
四、加强员工培训。把规范量酒纳入新员工上岗培训，杜绝“凭手感”倒酒。
诚信是最好的招牌。让我们从一只量酒器做起，共同营造放心、舒心的消费环境！
鄡城市酒吧行业协会
2025年6月26日
""",
    ),
    dict(
        slug="association-zouchuan-billiards-minutes-chalk-vote",
        site="郰川县台球运动协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.zctaixie.org/hwgk/jiyao/2025-02.html",
        title="郰川县台球运动协会器材专委会2025年第一次会议纪要",
        record_title="〖会务公开〗郰川县台球运动协会器材专委会2025年第一次会议纪要（已定稿）",
        date="2025-02-21",
        notes="minutes with 时间/地点/主持/参会/列席/记录 lines and a vote count; the 时间 line is the date; a "
        "member-login line and the association's footer",
        page="""
!m 郰川台协 · 会员之家
!a 会员登录　｜　入会指南
!m 首页 ＞ 会务公开 ＞ 会议纪要
!t 〖会务公开〗郰川县台球运动协会器材专委会2025年第一次会议纪要（已定稿）
!m 秘书处发布　阅读 83
{BODY}
!l 往期纪要：2024年第四次理事会会议纪要
!m 郰川县台球运动协会秘书处　联系电话：0738-6677230
""",
        body="""
时间：2025年2月21日上午9:30
地点：协会办公室
主持：器材专委会主任　彭立新
参会：专委会委员10人
列席：球房代表3人
记录：协会秘书处　何晴
会议讨论了县级比赛用巧克粉的选用问题。往年比赛所用巧克粉由各承办球房自行采购，品牌、质地不统一，部分选手反映掉粉严重、附着力差，影响比赛公平。
经讨论，会议议定：
一、自2025年起，县级比赛统一使用低尘型巧克粉，由协会集中采购，按比赛用量配发给承办球房。
二、比赛用巧克粉每场更换，选手可自带符合要求的巧克粉，但须经裁判长检查。
三、委托专委会委员梁勇起草《比赛器材使用规范》，4月底前提交理事会审议。
上述事项经表决，同意8票，反对1票，弃权1票，获得通过。
""",
    ),
    dict(
        slug="company-senyue-recall-wall-wineracks-batches",
        site="森悦家居官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.senyue-home.com/news/recall/20250818.html",
        title="关于召回部分壁挂式红酒架的公告",
        record_title="召回信息 ◆ 关于召回部分壁挂式红酒架的公告 - 森悦家居官网",
        date="2025-08-18",
        notes="a furniture company's page: cookie notice, a 400 order line and a service float beside the recall "
        "line in the body; a batch table; 扫描二维码 as content; the date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>召回信息 ◆ 关于召回部分壁挂式红酒架的公告 - 森悦家居官网</title>
<link rel="stylesheet" href="/assets/sy/main.css">
<script src="/assets/sy/main.js" defer></script>
</head>
<body>
<header class="sy-head">
<div class="sy-logo">⟦m 森悦家居 SENYUE HOME⟧</div>
<nav>⟦m 首页　产品中心　定制服务　门店查询　新闻资讯　关于森悦⟧</nav>
<div class="sy-tel">⟦m 全国订购热线 400-805-6616⟧</div>
</header>
<div class="sy-crumb">⟦m 首页 / 新闻资讯 / 召回信息⟧</div>
<main class="sy-news">
<h1>{T}</h1>
<div class="sy-date">⟦m 森悦家居　资讯中心⟧</div>
<div class="sy-body">
{BODY}
</div>
</main>
<div class="sy-float">⟦w 在线客服（每天9:00-21:00）⟧</div>
<div class="sy-cookie">⟦d 本站使用Cookie记录浏览偏好，继续访问即视为您已知悉。⟧ <button>⟦a 我知道了⟧</button></div>
<footer class="sy-foot">⟦m © 2025 鄡城森悦家居有限公司　湘ICP备19027730号-2⟧</footer>
</body>
</html>
""",
        body="""
尊敬的用户：
我公司近期接到用户反映，部分型号壁挂式红酒架在长期满载使用后，挂墙支架焊点可能出现开裂，存在酒架脱落的风险。为保障用户安全，我公司决定自2025年8月20日起主动召回以下批次产品：
产品型号　生产批次　生产月份　数量（件）
SY-W06　2501A　2025年1月　1260
SY-W06　2502A　2025年2月　980
SY-W12　2502B　2025年2月　640
请使用上述产品的用户立即取下酒架上的酒瓶，停止使用。您可以扫描产品背板上的二维码核对批次，或拨打召回专线0739-5288170登记，我们将免费上门更换加固型支架或办理退款。
由此给您带来的不便，我们深表歉意。
鄡城森悦家居有限公司
2025年8月18日
""",
    ),
    dict(
        slug="company-xingyao-news-low-dust-chalk-record-date",
        site="星耀体育官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.xingyao-sport.cn/news/2025-05-20/61.html",
        title="星耀体育推出新一代低尘巧克粉",
        record_title="星耀动态 ∣ 星耀体育推出新一代低尘巧克粉 - 星耀体育官网",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="a company news page with the record's date; a dotted date line; a related link glued after a "
        "sentence; a sample-request line and footer",
        page="""
!m 星耀体育 · 专注台球耗材二十年
!m 首页 | 产品中心 | 企业新闻 | 经销网络 | 联系我们
!t 星耀动态 ∣ 星耀体育推出新一代低尘巧克粉
!m 2025.05.20　来源：公司办公室
{T}{BODY}
!w 经销合作、样品申领请致电 0736-7715880
!l 返回新闻列表
!m 鄃阳县星耀体育用品有限公司　地址：鄃阳县工业园兴业路9号
""",
        indent="\u3000\u3000",
        body="""
5月18日，鄃阳县星耀体育用品有限公司在县体育中心举办新品发布会，推出新一代低尘巧克粉。
据介绍，新产品采用超细研磨工艺，颗粒直径比普通巧克粉小三分之一左右，擦粉时掉落的粉末明显减少，附着在皮头上的时间更长。公司实验室测试显示，新产品每擦一次的有效击球数比上一代提高约百分之二十。⟦l 延伸阅读：巧克粉生产线改造完成⟧
发布会上，省台球协会的两位教练现场试用并给出评价。“擦一次能稳稳打好几杆，台面也干净多了。”教练姜波说。
公司总经理贺长林表示，今年三月完成的生产线改造为新产品量产打下了基础，目前新产品月产能达到二十万块，已与省内三十多家台球俱乐部签订供货协议。
""",
    ),
    dict(
        slug="training-chunxiang-brochure-cocktail-weekend-course",
        site="洭溪醇香调酒培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.chunxiang-peixun.com/zs/2025qiu.html",
        title="鸡尾酒调制周末班招生简章",
        record_title="【金秋周末开班】鸡尾酒调制周末班招生简章（小班教学）｜醇香调酒",
        date=None,
        notes="a training school: promo banner, a franchise line and a consult float beside the course's own 报名电话; "
        "a course table one row a paragraph; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【金秋周末开班】鸡尾酒调制周末班招生简章（小班教学）｜醇香调酒</title>
<link rel="stylesheet" href="/static/cx/style.css">
<script src="/static/cx/kefu.js"></script>
</head>
<body>
<div class="cx-promo">⟦a 秋季班早鸟价：9月30日前报名立减300元⟧</div>
<div class="cx-head">⟦m 醇香调酒培训学校　洭溪县人社局备案民办职业培训机构⟧</div>
<div class="cx-nav">⟦m 学校首页 ∙ 课程设置 ∙ 师资团队 ∙ 学员作品 ∙ 在线报名⟧</div>
<div class="cx-main">
<h1>{T}</h1>
<div class="cx-sub">⟦m 所属课程：调酒师系列　浏览 1,086⟧</div>
<div class="cx-body">
{BODY}
</div>
<div class="cx-btn">⟦a 立即预约免费试听课⟧</div>
</div>
<div class="cx-side">
<h4>⟦l 热门课程⟧</h4>
<p>⟦l 咖啡师全能班（30天）⟧</p>
<p>⟦l 茶饮研发创业班⟧</p>
<p>⟦m 品牌加盟合作：400-630-5812⟧</p>
</div>
<div class="cx-kefu">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="cx-foot">⟦m 洭溪县醇香职业培训学校版权所有　湘ICP备21040156号⟧</div>
</body>
</html>
""",
        body="""
一、课程介绍
本课程面向零基础学员，系统讲授酒水知识、吧台器具使用、经典鸡尾酒调制和吧台服务礼仪。课程特别重视量酒器的规范使用，每位学员配发双头量酒器一只，结业后可带走。
二、课程安排
阶段　内容　课时
第一阶段　酒水知识与吧台器具　8课时
第二阶段　摇和法、调和法、兑和法　16课时
第三阶段　经典鸡尾酒二十款实操　16课时
第四阶段　创意鸡尾酒与考核　8课时
三、上课时间：每周六、周日9:00—16:00，共六周。
四、学费：3680元（含材料费），两人同报各减200元。
五、结业证书：考核合格颁发学校结业证书，并可推荐参加调酒师职业技能等级认定。
报名电话：0746-3390578（龚老师）
地址：洭溪县新华路56号二楼
""",
    ),
    dict(
        slug="training-biaoyi-trainee-insight-darts-referee",
        site="郰川镖艺培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.zcbiaoyi.com/xueyuan/ganyan/0311.html",
        title="参加飞镖裁判员培训班的心得",
        record_title="【裁判班结业有感】参加飞镖裁判员培训班的心得 - 郰川镖艺培训中心",
        date=None,
        notes="a trainee's insight on a training centre's page; a class-photo line between paragraphs; a trial "
        "prompt and a sign-up line below; no date",
        page="""
!m 郰川镖艺培训中心　让每一镖都有章法
!m 首页 > 学员天地 > 结业感言
!t 【裁判班结业有感】参加飞镖裁判员培训班的心得
!m 学员：邵珂　班级：裁判员初级班第6期
{BODY}
!a 下期裁判员初级班正在招生，点此预约报名
!m 报名咨询：0738-6621966（陶老师）
!l 更多学员感言：从零基础到市赛八强，我只用了一年
""",
        gap=True,
        body="""
上个月，我参加了培训中心举办的飞镖裁判员初级培训班。五天的课程，让我从一个只会“扔着玩”的爱好者，开始真正理解这项运动。
第一天学规则，我才知道飞镖盘的挂设有严格标准：靶心离地1.73米，投掷线离镖盘面2.37米，裁判赛前要亲手量一遍。以前我们在酒吧里随便一挂就开打，原来很多距离都不合格。
⟦m ［合影：第6期裁判员初级班全体学员］⟧
第二、三天学计分和判罚。501分制要正好减到零、最后一镖必须落在双倍区，听着简单，到了模拟比赛，选手报分一快，我就算乱了。老师让我们每天练心算，一百道减法题限时五分钟。
最后两天是实操考核。我在第一轮模拟比赛中漏判了一次踩线，被扣了分，但也记住了：裁判的眼睛既要看镖盘，也要看选手的脚。
这次培训让我明白，公平是比赛的生命，而裁判就是守护公平的人。
""",
    ),
    dict(
        slug="writingapp-biling-host-script-sofathrow-contest",
        site="笔灵写作 H5 分享页 (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bilingxiezuo.com/share/doc?id=hs90217&from=wx",
        title="沙发巾编织技能大赛颁奖仪式主持词",
        record_title="沙发巾编织技能大赛颁奖仪式主持词（改改就能用）· 笔灵写作",
        date=None,
        notes="a writing app's H5 share: open-app mask, fold, AI rewrite buttons, a members line between "
        "paragraphs; a host script with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>沙发巾编织技能大赛颁奖仪式主持词（改改就能用）· 笔灵写作</title>
<link rel="stylesheet" href="https://cdn.bilingxiezuo.com/h5/share.css">
<script src="https://cdn.bilingxiezuo.com/h5/share.js"></script>
</head>
<body>
<div class="bl-mask">⟦a 在笔灵App内打开，阅读体验更好⟧ <button>⟦a 立即唤起笔灵⟧</button></div>
<div class="bl-head">⟦m 笔灵写作 · 你的文字搭子⟧</div>
<div class="bl-doc">
<h1>{T}</h1>
<div class="bl-tags">⟦m 主持词 · 颁奖仪式 · 技能比赛　｜　收藏 1.3k⟧</div>
<div class="bl-text">
{BODY}
</div>
<div class="bl-fold">⟦a 全文已折叠，下拉展开余下段落⟧</div>
<div class="bl-ai">⟦a ✨AI帮我改写　✨换个开场白　✨缩成三分钟版⟧</div>
</div>
<div class="bl-rec">
<h4>⟦l 写这类稿子的人还看了⟧</h4>
<p>⟦l 手工艺品展销会开幕主持词⟧</p>
<p>⟦l 巾帼建功表彰会主持稿⟧</p>
</div>
<div class="bl-foot">⟦m 笔灵写作 · 杭州笔灵网络科技有限公司　浙ICP备23017720号⟧</div>
</body>
</html>
""",
        p_html='<p class="para">{}</p>',
        body="""
尊敬的各位领导、各位参赛选手，朋友们：
大家下午好！
一针一线织温暖，巧手巧思展风采。经过一个上午的激烈角逐，陑坪镇首届沙发巾编织技能大赛圆满结束了。现在，我们在这里隆重举行颁奖仪式。
首先，请允许我介绍出席今天颁奖仪式的领导和嘉宾：……（略）
⟦a 开通笔灵会员，解锁全部主持词与串场词⟧
本次大赛共有来自全镇五个帮扶车间的三十六名选手参赛，选手们在三个小时内完成了一条六十厘米见方的钩织沙发巾。评委从花型设计、针脚均匀度、尺寸精度和完成速度四个方面进行了评分。
下面，宣布获奖名单并颁奖。请获得三等奖的选手上台领奖，有请镇妇联主席为她们颁奖。……
最后，让我们再次以热烈的掌声祝贺所有获奖选手！颁奖仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="writingapp-wenxia-report-winerack-workshop-head",
        site="文匣APP (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wenxia.app/d/shuzhi/55810",
        title="红酒架生产车间主任2024年度述职报告",
        record_title="红酒架生产车间主任2024年度述职报告（一线管理岗适用）｜文匣APP",
        date="2025-01-08",
        notes="a writing app's share text: an AI-continue button glued before a paragraph's first words; the "
        "述职人 line and the date at the end; open-app and member prompts",
        page="""
!a 文匣APP内打开，免费领3天会员
!t 红酒架生产车间主任2024年度述职报告（一线管理岗适用）
!m 文匣精选 · 述职报告 · 2876字 · 3.1万人读过
{BODY}
!a 余下内容仅限会员查看，开通后一键导出Word
!l 同系列：班组长年度述职报告 ｜ 生产主管述职述廉报告
!m 文匣APP · 写材料，匣里有
""",
        indent="\u3000\u3000",
        body="""
2024年，我担任公司红酒架生产车间主任，在公司领导的支持和车间全体职工的努力下，较好地完成了全年各项任务。现将履职情况报告如下：
一、生产任务完成情况。全年生产各类红酒架31.6万件，完成年计划的108%；产品一次交检合格率98.7%，比上年提高1.2个百分点；车间未发生一起工伤事故。
⟦a 〔AI续写本段〕⟧二、主要工作。一是推行班组计件与质量挂钩的考核办法，返工率下降了三成；二是组织开展岗位练兵，全年培训职工46人次，新增两名高级木工；三是完成了砂光工序集尘改造，车间粉尘浓度明显下降。
三、存在的不足。一是旺季加班较多，职工休息保障不够；二是新产品打样周期偏长，影响了接单速度。
2025年，我将重点抓好生产计划管理和新品打样，确保全年产量突破35万件。
述职人：邱海峰
2025年1月8日
""",
    ),
]
