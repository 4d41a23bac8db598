"""holdout359, part E: residents' sites, trade associations, company sites, training schools and writing apps.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-gengyuan-patch-point-grid-box",
        site="鹒园社区居民委员会 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gengyuan-sq.cn/tzgg/2025-04/0416.html",
        title="关于鹒园社区便民补胎点开放的通知",
        record_title="【家门口服务】关于鹒园社区便民补胎点开放的通知｜鹒园社区居民委员会",
        date="2025-04-15",
        date_also=["2025-04-16"],
        notes="residents' site: weather line, grid worker's box, property repair line; the community's own duty phone in the body; a sentence about scanning a code to book is body; the posting date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【家门口服务】关于鹒园社区便民补胎点开放的通知｜鹒园社区居民委员会</title>
<script src="/js/sq.js"></script>
</head><body>
<div class="tq">⟦m 4月16日 星期三　晴 12～24℃　空气质量：良⟧</div>
<div class="hd">⟦m 鹒园社区居民委员会⟧ ⟦m 茀湖区鹒园街道⟧</div>
<nav>⟦m 社区概况⟧ ⟦m 居务公开⟧ ⟦m 便民服务⟧ ⟦m 邻里活动⟧</nav>
<div class="pos">⟦m 您的位置 ▸ 通知公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布人：社区居委会　发布于：2025-04-16 09:20⟧</div>
<div class="cnt">
{BODY}
</div>
<div class="grid">⟦m 第三网格 网格员：施晓棠 电话 138 5736 0291⟧</div>
<div class="wy">⟦m 物业报修（鹒园物业）：0573-89077210⟧</div>
<div class="ft">⟦m 鹒园社区居委会　地址：鹒园路42号⟧　⟦m 浙ICP备20044719号-1⟧</div>
</body></html>
""",
        body="""
各位居民：
为方便大家骑车出行，社区联合党员志愿服务队在社区服务中心东侧车棚设立便民补胎点，4月20日起正式开放。现将有关事项通知如下：
一、服务时间：每周六、周日上午8:30—11:30。
二、服务内容：为自行车、电动自行车免费补胎、打气，补胎片和胶水由社区提供。需要更换内胎、外胎的，只收取材料费。
三、预约方式：工作日骑车不便的老人，可扫描车棚门口的二维码预约，志愿者上门取车。
四、注意事项：请居民将车辆停放整齐，排队等候，补胎时请勿触碰工具。
联系电话：0573-89071035（社区值班室）
鹒园社区居民委员会
2025年4月15日
""",
    ),
    dict(
        slug="community-longxiang-straightener-renters-tip",
        site="漋巷社区服务网 (invented)",
        style="社区网站",
        genre="提示",
        kind="notice",
        form="text",
        source="http://longxiang.hcsqfw.cn/article/2025/12/03/556.html",
        title="致辖区出租房租户的冬季安全用电提示",
        record_title="致辖区出租房租户的冬季安全用电提示 ⇀ 平安漋巷 ⇀ 漋巷社区服务网",
        date="2025-12-03",
        notes="residents' site as text: weather line, a grid worker's mobile and a property duty line; a numbered list; the 成文日期 under the signature",
        page="""
!m 漋巷社区服务网　　今天：12月3日　阴 3～9℃
!m 首页 ≫ 平安漋巷
{T}
!m 来源：漋巷社区　　时间：2025-12-03　　阅读：297
{BODY}
!m 网格员 柯晓霁　手机 139 5730 4461
!m 物业值班（漋巷物业）：0573-86091188
!l 往期提示：电动自行车进楼充电的危害
!l 往期提示：冬季燃气使用“四要四不要”
!d 漋巷社区服务网 版权所有
""",
        indent="\u3000\u3000",
        body="""
各位租户朋友：
入冬以来，取暖器、电热毯、直板夹、卷发棒等电器使用增多，出租房用电安全隐患随之增加。为保障大家的生命财产安全，社区提醒如下：
1．出门前、睡觉前，检查直板夹、卷发棒、电热毯等电器是否已拔掉插头。
2．直板夹用后请放在耐热的台面上冷却，不要放在床上、沙发上或衣物上。
3．不要私拉乱接电线，不要使用来路不明、没有3C标志的电器。
4．发现电线冒烟、插座发烫，应立即断电，并拨打119或联系社区。
社区将在本月组织网格员入户检查，请各位租户配合。⟦a 转给楼里的邻居看看⟧
漋巷社区居民委员会
2025年12月3日
""",
    ),
    dict(
        slug="association-luzhou-hair-pledge-straightener",
        site="澛州市美发美容行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.lzmfxh.org.cn/xhdt/2025/0310/112.html",
        title="关于规范使用直板夹等电热器具的倡议书",
        record_title="〖协会号召〗关于规范使用直板夹等电热器具的倡议书（请各会员单位张贴）_澛州市美发美容行业协会",
        date="2025-03-06",
        date_also=["2025-03-10"],
        notes="association site: member-login row, member hotline; the association's name is also the signature (matched as head); the 成文日期 expected, the posting date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〖协会号召〗关于规范使用直板夹等电热器具的倡议书（请各会员单位张贴）_澛州市美发美容行业协会</title>
<script src="/js/xh.js"></script>
</head><body>
<div class="top">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务专线：0573-82009931⟧</div>
<div class="hd">⟦m 澛州市美发美容行业协会⟧</div>
<nav>⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 行业标准⟧ ⟦m 技能培训⟧ ⟦m 会员风采⟧</nav>
<div class="pos">⟦m 当前位置：首页＞协会动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：协会秘书处　2025-03-10⟧</div>
<div class="txt">
{BODY}
</div>
<div class="rel"><h4>⟦l 协会动态·近期⟧</h4><p>⟦l 协会举办第三届美发技能大赛⟧</p><p>⟦l 关于开展会员单位年检的通知⟧</p></div>
<div class="ft">⟦m 协会地址：澛州市茀湖区商贸城B座611室⟧　⟦m 浙ICP备18041136号⟧</div>
</body></html>
""",
        body="""
全市美发美容从业者：
直板夹、卷发棒是我们每天都离不开的工具，也是美发店火灾和顾客烫伤投诉的主要来源之一。为保障顾客和从业人员安全，澛州市美发美容行业协会向全体会员单位和从业者发出如下倡议：
一、选用有温控、自动断电功能的合格直板夹，淘汰老旧、破损器具。
二、为顾客操作前先询问发质，温度由低到高逐步调整，操作中与头皮保持安全距离。
三、每个工位配备耐热垫，直板夹不用时放回耐热垫，下班前由专人检查断电。
四、门店每月开展一次安全自查，发现隐患及时整改。
让我们从一把直板夹做起，共同守护行业安全。
澛州市美发美容行业协会
2025年3月6日
""",
    ),
    dict(
        slug="association-bike-glove-committee-minutes",
        site="澛州市自行车行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lzbike.org/tzgg/2025/07/1042.html",
        title="澛州市自行车行业协会骑行装备专业委员会2025年第二次会议纪要",
        date="2025-07-18",
        notes="association page as text, the record's title as is: the 时间/地点/主持/参会/记录 lines of minutes and a vote count; the 时间 line gives the date; a member-login line",
        page="""
!m 澛州市自行车行业协会　　会员之家
!a 会员登录　|　找回密码
!m 首页 ＞ 通知公告 ＞ 专委会工作
{T}
!m 发布者：秘书处　日期：2025-07-22　浏览：133
{BODY}
!a 〈返回列表〉
!m 协会秘书处电话：0573-82207761　邮箱：mishuchu@lzbike.org
!d 本网信息仅面向会员单位，转载请经协会同意
""",
        date_also=["2025-07-22"],
        indent="",
        body="""
时间：2025年7月18日上午9:30
地点：协会会议室
主持：骑行装备专业委员会主任 魏少棠
参会：专委会委员单位代表11人
记录：沈翠微
会议讨论了《骑行手套团体标准（征求意见稿）》。与会代表认为，近年来低价骑行手套掌心减震垫脱落、缝线开裂等问题较多，制定团体标准很有必要。
会议议定：一、标准增加掌心防滑点剥离强度和指缝缝线强度两项指标；二、由锦骑服饰、固轮橡胶等3家单位牵头开展比对试验，9月底前提交数据；三、标准修改稿于10月提交协会理事会审议。
会议对是否将儿童骑行手套单列章节进行了表决，应到11人，实到11人，同意9人，反对1人，弃权1人，通过。
""",
    ),
    dict(
        slug="company-zhangli-gripper-new-product-record-date",
        site="鹍阳掌力健身器材厂 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhangli-fit.com/news/company/2025-09-09.html",
        title="掌力推出可计数可调握力器",
        record_title="新品速递 ⌁ 掌力推出可计数可调握力器 - 掌力健身器材",
        record_date="2025-09-09",
        date="2025-09-09",
        notes="company site: cookie notice, 400 order line, service float; the record gives the date; a company short name in the body; a sentence about scanning a code for a video is body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>新品速递 ⌁ 掌力推出可计数可调握力器 - 掌力健身器材</title>
<script src="/assets/app.js"></script>
</head><body>
<div class="cookie">⟦d 我们使用 Cookie 来记住您的浏览偏好，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 掌力健身器材 ZHANGLI FITNESS⟧ <nav>⟦m 产品中心⟧ ⟦m 新闻动态⟧ ⟦m 经销合作⟧ ⟦m 关于掌力⟧</nav></header>
<div class="bc">⟦m 首页 › 新闻动态 › 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-09-09　·　品牌部⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 ｜ 微博 ｜ 复制链接⟧</div>
<div class="float">⟦w 在线客服　工作日 9:00-18:00⟧</div>
<footer>⟦m 订购热线 400-655-2718⟧　⟦m 鹍阳掌力健身器材厂　浙ICP备17052288号⟧</footer>
</body></html>
""",
        body="""
9月9日，鹍阳掌力健身器材厂推出新款可计数可调握力器。这款握力器阻力可在5公斤至60公斤之间调节，手柄一侧内置电子计数器，每握满一次自动计数一次。
“很多人用握力器只凭感觉练，练多少下自己都记不清。”掌力研发部负责人邵青岚介绍，新产品的计数器可以记录单次组数和当天总次数，方便使用者循序渐进。
新款握力器的手柄采用防滑硅胶包覆，弹簧经过十万次疲劳测试。⟦l 相关产品：掌力计数握力环⟧购买后扫描包装盒上的二维码，可观看康复师录制的握力训练教学视频。
""",
    ),
    dict(
        slug="company-yunfeng-recall-straightener-batches",
        site="澛州熨风电器有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.yunfeng-elec.com/news/gonggao/77.html",
        title="关于召回部分批次ZB-08型直板夹的公告",
        record_title="公司公告 ∣ 关于召回部分批次ZB-08型直板夹的公告 ∣ 熨风电器官网",
        date="2025-06-20",
        notes="company site as text: a recalled-batches table; the recall line in the body beside the site's 400 order line; 成文日期 under the signature",
        page="""
!m 熨风电器　YUNFENG　让美发更安心
!m 产品中心　|　服务支持　|　新闻公告　|　联系我们
!t 公司公告 ∣ 关于召回部分批次ZB-08型直板夹的公告
!m 发布时间：2025-06-20　来源：熨风电器
{BODY}
!m 全国订购热线 400-870-6618
!l 相关公告：ZB-08型直板夹使用说明书（2025版）
!d © 澛州熨风电器有限公司　保留所有权利
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司近期在质量检查中发现，部分批次ZB-08型直板夹因温控器错装，最高温度可能超出设计值，存在烫伤和引燃隐患。为保障用户安全，我公司决定主动召回以下批次产品：
生产批号　生产日期　数量（台）
ZB08-250521　2025年5月21日　1200
ZB08-250528　2025年5月28日　1350
ZB08-250604　2025年6月4日　980
产品批号印在直板夹手柄内侧。请持有上述批次产品的用户立即停止使用，联系我公司免费更换新品。
召回服务电话：0573-82669015（每天8:30—20:00）
澛州熨风电器有限公司
2025年6月20日
""",
    ),
    dict(
        slug="training-lvdong-hr-zone-camp-brochure",
        site="律动体能训练学院 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lvdongtineng.com/course/xinlv-camp.html",
        title="心率区间训练营招生简章",
        record_title="【周末小班·每期12人】心率区间训练营招生简章 — 律动体能训练学院",
        date=None,
        notes="training school: promo banner, consult float, franchise line; the school's own 报名电话 in the body; a scan-to-sign-up sentence is body; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【周末小班·每期12人】心率区间训练营招生简章 — 律动体能训练学院</title>
<script src="/js/course.js"></script>
</head><body>
<div class="banner">⟦a 老学员带新人，两人同报立减300元⟧</div>
<header>⟦m 律动体能训练学院⟧ <nav>⟦m 课程体系⟧ ⟦m 教练团队⟧ ⟦m 学员故事⟧ ⟦m 校区地址⟧</nav></header>
<div class="crumb">⟦m 首页 / 课程体系 / 跑步专项⟧</div>
<h1>{T}</h1>
<div class="intro">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="join">⟦m 城市合伙人招募：400-160-9827⟧</div>
<footer>⟦m 律动体能 茀湖校区：澛州市茀湖区鹒园路206号3楼⟧ ⟦m 浙ICP备22007105号⟧</footer>
</body></html>
""",
        body="""
很多跑友跑了好几年，成绩却一直上不去，原因往往是每次都跑在同一个强度上。心率区间训练营教你用心率带科学安排强度。
课程内容：第一课测定最大心率和静息心率，划分五个心率区间；第二课学习佩戴心率带和读数据；第三课起在教练带领下进行区间跑、间歇跑实训，共8课时。
适合人群：有一定跑步基础、能连续跑5公里的成年人。
上课时间：每周六上午9:00—11:00，每期12人，满员即开班。
学费：1280元，含一根训练用心率带，结业后归学员所有。
报名电话：0573-89085526（茀湖校区前台）。也可扫描海报上的二维码在线报名。
""",
    ),
    dict(
        slug="training-panfeng-climbing-finger-course-text",
        site="攀峰攀岩运动学校 (invented)",
        style="培训机构",
        genre="课程通知",
        kind="other",
        form="text",
        source="http://www.panfengclimb.cn/kecheng/2025-qsn-zhili.html",
        title="青少年指力与握力提升课程开课通知",
        record_title="青少年指力与握力提升课程开课通知（寒假班·6—14岁）｜攀峰攀岩",
        date=None,
        notes="training school as text: promo lines, a consult WeChat and a franchise line; a course table; no date (only weekdays and times)",
        page="""
!a 🎉 寒假早鸟价：1月10日前报名享九折
!m 攀峰攀岩运动学校　　让孩子爱上攀登
!m 课程中心 › 青少年课程
!t 青少年指力与握力提升课程开课通知（寒假班·6—14岁）
{BODY}
!w 加课程顾问微信 panfeng_kc 领取试听券
!m 加盟热线：400-833-1275
!d 攀峰攀岩 版权所有　图片为学员训练实拍
""",
        indent="\u3000\u3000",
        body="""
家长朋友们：
攀岩对手指力量和握力要求很高，不少孩子刚开始学攀岩时，爬到一半就抓不住岩点。为此，学校开设青少年指力与握力提升课程。
课程安排如下：
课次　内容　器材
第1—2课　握力测试与热身方法　电子握力器
第3—5课　指力板悬挂与抓握训练　指力板、握力圈
第6—8课　抱石线路实战　抱石墙
课程中使用的握力器和握力圈均为儿童款，阻力按孩子年龄和测试结果调整，不会让孩子过度用力。
报名咨询：0573-86552013（攀峰攀岩前台）
""",
    ),
    dict(
        slug="writingapp-biyun-host-script-gloves-mask",
        site="笔云写作 App 分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.biyunxiezuo.com/share/doc/5f2a90c1",
        title="澛州风行骑行俱乐部2025年度总结会主持词",
        record_title="澛州风行骑行俱乐部2025年度总结会主持词（开场+颁奖+结束语）· 笔云写作",
        date=None,
        notes="writing app's H5 share: open-app mask, a fold, AI buttons; a host script with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>澛州风行骑行俱乐部2025年度总结会主持词（开场+颁奖+结束语）· 笔云写作</title>
<script src="https://h5.biyunxiezuo.com/static/share.js"></script>
</head><body>
<div class="mask">⟦a 在笔云App内打开，排版更清晰⟧ <button>⟦a 去App看⟧</button></div>
<div class="app-hd">⟦m 笔云写作 · 你的随身写作助手⟧</div>
<h1>{T}</h1>
<div class="tags">⟦m 主持词 · 年会 · 俱乐部　｜　使用 2.6万次⟧</div>
<div class="doc">
{BODY}
</div>
<div class="fold">⟦a 余下内容已折叠，登录后展开⟧</div>
<div class="ai">⟦a AI改写成婚礼风格⟧ ⟦a AI续写颁奖词⟧</div>
<div class="more"><h4>⟦l 大家还在用⟧</h4><p>⟦l 户外徒步协会年会串词⟧</p><p>⟦l 跑团周年庆主持稿⟧</p></div>
</body></html>
""",
        body="""
开场：
尊敬的各位骑友、各位嘉宾，大家晚上好！欢迎来到澛州风行骑行俱乐部2025年度总结会。
这一年，我们一起骑过了鹍阳的盘山路，穿过了蒻溪的油菜花田，全年组织集体骑行46次，累计里程超过一万公里。
⟦a 以下段落为会员内容，开通笔云会员继续阅读⟧
颁奖环节：
下面进入颁奖环节。首先颁发“年度里程王”奖。今年的奖品很特别，是一双由会员单位锦骑服饰特别定制的骑行手套，手背上绣着俱乐部的会徽。有请获奖骑友上台！
结束语：
一双手套，护的是手，暖的是心。新的一年，愿大家骑得更远、骑得更安全。今天的总结会到此结束，我们明年路上见！
""",
    ),
    dict(
        slug="writingapp-xiezuobao-insight-patch-oneline",
        site="写作宝 App 分享文本 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.xiezuobao.app/t/0c71e3",
        title="汽修专业跟岗实习补胎心得",
        record_title="汽修专业跟岗实习补胎心得（学生版·可改）丨写作宝",
        date=None,
        notes="a writing app's shared text: the whole body on one line, paragraphs apart only by their indent; an open-app prompt, a word count and AI buttons; no date",
        page="""
!m 写作宝 | 学生范文
!t 汽修专业跟岗实习补胎心得（学生版·可改）
!m 字数 386 · 收藏 1.1k · 适用：中职实习
{BODY}
!a 打开写作宝App，一键换成你的实习单位
!a AI润色　　AI扩写到1000字
!l 相关范文：汽车美容实习周记　汽修厂顶岗实习报告
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
这次跟岗实习，我被分到浘河镇一家汽修厂的轮胎组，师傅教我的第一门手艺就是补胎。
以前我以为补胎很简单，贴个补胎片就行。真正上手才知道，从找漏点、拆胎、打磨、涂胶到贴补胎片、压实、动平衡，每一步都有讲究。第一次我打磨不够，补完第二天就慢撒气，客户又开回来了。
师傅没有批评我，只是让我把那个补胎片撕下来看。补胎片背面只粘住了一半，另一半还是光的。从那以后，我每次打磨都多磨一遍，再也没有返工过。
这次实习让我明白，修车是良心活，一个补胎片关系到一车人的安全。
""",
    ),
]
