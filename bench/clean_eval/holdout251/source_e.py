"""holdout251, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-shangyuan-drying-mat-pickup-notice",
        site="绱园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shangyuansq.example.cn/jwgk/2024/0923/314.html",
        title="绱园社区关于晒谷席统一领取和公共晒场使用的通知",
        record_title="【居务公示栏】绱园社区关于晒谷席统一领取和公共晒场使用的通知 - 绱园社区网",
        date="2024-09-23",
        notes="residents' site: weather line, a grid member's box with a mobile, a property repair line beside the "
        "committee's own 联系人/电话; residents' WeChat group mentioned as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>【居务公示栏】绱园社区关于晒谷席统一领取和公共晒场使用的通知 - 绱园社区网</title></head>
<body>
<div class="sq-top">⟦m 绱园社区网 · 邻里一家亲⟧　⟦m 埏湖区 晴 22~30℃ 空气良⟧</div>
<div class="sq-nav">⟦m 社区首页　居务公开　便民服务　邻里互助　志愿者之家⟧</div>
<div class="sq-pos">⟦m 首页 → 居务公开 → 公告通知⟧</div>
<div class="sq-art">
<h2>⟦t 【居务公示栏】绱园社区关于晒谷席统一领取和公共晒场使用的通知⟧</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　浏览：689⟧</div>
<div class="sq-txt">
{BODY}
</div>
</div>
<div class="sq-side">
<div class="grid-box"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　邬晓晴　手机 138 0735 2216⟧</p></div>
<div class="wy-box"><h4>⟦m 物业报修⟧</h4><p>⟦m 绱园物业服务中心 24小时报修：0735-8661999⟧</p></div>
</div>
<div class="sq-foot">⟦m 埏湖区绱园社区居民委员会　地址：埏湖区绱园路8号⟧</div>
</body>
</html>
""",
        body="""
各位居民：
秋收在即，为解决居民晒粮难问题，杜绝在小区道路和门前公路上晒粮，社区居委会现就有关事项通知如下：
一、晒谷席领取。社区为登记在册的种粮户每户发放晒谷席2张，请于9月26日至28日每天8:30—17:00，凭户口本到社区服务大厅一楼领取。
二、公共晒场使用。社区广场东侧空地和原绱园小学操场作为临时公共晒场，按片区分时段使用，具体安排见社区公告栏。
三、注意事项。晒粮期间请看管好自家稻谷，傍晚及时收席；遇到雷雨天气，社区将通过广播和居民微信群提醒。
联系人：莫春燕，电话：0735-8661204。
绱园社区居民委员会
2024年9月23日
""",
    ),
    dict(
        slug="community-gangyuan-minutes-elder-clapper-team",
        site="筻苑家园网 (invented residents' site)",
        style="社区网站",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.gangyuanjiayuan.example.cn/yshd/2024/0415/88.html",
        title="筻苑社区关于组建老年快板队的居民议事会纪要",
        record_title="〖议事纪要〗筻苑社区关于组建老年快板队的居民议事会纪要 - 筻苑家园网",
        date="2024-04-12",
        date_also=["2024-04-15"],
        notes="residents' site as text: the minutes' 时间/地点/主持/参会/记录 lines, a vote count and a 'sign up by scanning "
        "the code' item (content); the site's posting date differs from the meeting's 时间 line; a property duty line at the "
        "bottom",
        page="""
!m 筻苑家园网　｜　埏湖区筻苑社区
!m 首页 » 居民议事 » 议事纪要
!t 〖议事纪要〗筻苑社区关于组建老年快板队的居民议事会纪要
!m 发布：2024-04-15　来源：社区居委会　阅读 341
{BODY}
!l 往期纪要：关于加装电梯意见征集的议事会纪要 ｜ 关于小区停车收费的议事会纪要
!m 物业值班电话：0735-8675010　网格服务热线：0735-8675011
!m 筻苑社区居民委员会主办
""",
        body="""
时间：2024年4月12日上午9:00
地点：筻苑社区党群服务中心二楼议事厅
主持：社区党委书记 葛秋实
参会：居民代表、楼栋长、老年协会代表共21人
记录：唐小芸
会议围绕组建社区老年快板队进行了讨论，形成如下意见：
一、同意组建筻苑社区老年快板队，首批招募队员15名，由退休文艺骨干范老师担任指导。
二、排练场地使用党群服务中心多功能室，每周二、周五下午排练，排练时关闭门窗，避免影响周边居民午休。
三、竹板、服装等费用从社区文化活动经费中列支，预算3000元，支出明细每季度在公示栏公开。
四、报名通过扫码签到方式登记，居民可扫描社区公告栏上的二维码填写信息。
会议表决：同意19票，反对0票，弃权2票。
""",
    ),
    dict(
        slug="association-tingzhou-embroidery-pledge-needles",
        site="鞓州市刺绣行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.tzcxxh.example.org.cn/hyzl/2024/0618/56.html",
        title="关于使用合格绣花针、杜绝残针入品的倡议书",
        record_title="行业自律｜关于使用合格绣花针、杜绝残针入品的倡议书 — 鞓州市刺绣行业协会",
        date="2024-06-18",
        notes="trade association: a member-login row, a member-service hotline beside the association's own phone in the "
        "body; the association's name at the top is also the signature (matched as head); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>行业自律｜关于使用合格绣花针、杜绝残针入品的倡议书 — 鞓州市刺绣行业协会</title></head>
<body>
<div class="xh-top"><span>⟦m 鞓州市刺绣行业协会⟧</span>　<a>⟦a 会员单位登录⟧</a>　<a>⟦a 申请入会⟧</a></div>
<div class="xh-nav">⟦m 协会首页　协会概况　行业自律　绣品展厅　会员风采　联系我们⟧</div>
<div class="xh-pos">⟦m 所在栏目：行业自律⟧</div>
<h1>⟦t 行业自律｜关于使用合格绣花针、杜绝残针入品的倡议书⟧</h1>
<div class="xh-info">⟦m 协会秘书处　2024-06-19　阅读 577⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-share">⟦l 转发给同行：微信　朋友圈　复制链接⟧</div>
<div class="xh-foot">⟦m 会员服务专线：0735-8120999（周一至周五）⟧<br>⟦m 版权所有：鞓州市刺绣行业协会　赣ICP备20011934号⟧</div>
</body>
</html>
""",
        date_also=["2024-06-19"],
        body="""
全市各刺绣企业、绣坊和广大绣娘：
近年来，个别绣品在销售中被检出残留断针，不仅危及消费者安全，也影响了鞓州刺绣的声誉。为此，协会向全体会员和从业者发出如下倡议：
一、用合格的针。到正规渠道采购绣花针，不使用无厂名、无针号的“三无”产品，不贪便宜买劣质针。
二、管好每一根针。建立领针、交针登记制度，断针要拼齐回收，做到针不离册、断针不落地。
三、把好出厂关。绣品包装前逐件过检针器，发现残针坚决返工，不合格的绣品一件也不出门。
四、互相监督。发现同行使用劣质针、出货不检针的，请及时向协会反映，协会联系电话：0735-8120517。
让我们从一根针做起，共同守护鞓州刺绣的好口碑！
鞓州市刺绣行业协会
2024年6月18日
""",
    ),
    dict(
        slug="association-mantian-clay-summary-table",
        site="墁田镇泥人手工艺协会 (invented)",
        style="行业协会",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.mtnirenxh.example.cn/xhdt/2024/0112/21.html",
        title="墁田镇泥人手工艺协会2023年度工作总结",
        record_title="墁田镇泥人手工艺协会2023年度工作总结（附数据表）_协会动态",
        date="2024-01-10",
        notes="an association's page as text: a data table one row a paragraph; a 'join the association' line and the "
        "secretariat's phone at the bottom; 成文日期 under the signature",
        page="""
!m 墁田泥人　手上功夫　心里乾坤
!m 协会首页 ／ 协会动态
!t 墁田镇泥人手工艺协会2023年度工作总结（附数据表）
!m 秘书处　2024-01-12　浏览 260
{BODY}
!a 欢迎泥人艺人、作坊加入协会，入会申请表请到秘书处领取
!m 协会秘书处电话：0735-8093370　地址：墁田镇老街文化站二楼
""",
        indent="\u3000\u3000",
        date_also=["2024-01-12"],
        body="""
2023年，协会在镇党委、镇政府的指导下，团结全镇泥人艺人和作坊，在技艺传承、市场开拓和行业自律方面做了大量工作。
一、会员发展。全年新增会员23名，会员总数达到118名，其中省级传承人1名、市级传承人4名。
二、产销情况。全年会员作坊主要数据如下：
项目　2022年　2023年
作坊数（家）　31　38
产量（万件）　12.6　17.9
销售额（万元）　840　1320
三、技艺传承。举办泥人捏塑、彩绘培训班6期，培训学员210人次；组织会员参加省市非遗展会5次。
四、行业自律。制定《墁田泥人质量公约》，统一使用本地红胶泥和环保颜料，全年未发生质量投诉。
2024年，协会将重点推进“墁田泥人”集体商标注册，建设线上展销平台。
墁田镇泥人手工艺协会
2024年1月10日
""",
    ),
    dict(
        slug="company-hengren-new-belts-glued-title",
        site="恒韧皮具官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengren-leather.example.com/news/2025/0528.html",
        title="恒韧皮具推出无铬鞣牛皮皮带系列",
        record_title="厂讯 › 恒韧皮具推出无铬鞣牛皮皮带系列 - 恒韧皮具官网",
        record_date="2025-05-28",
        date="2025-05-28",
        notes="company site: cookie notice, a service float, a dotted company date; the title repeated and glued before the "
        "news lead; a product list; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>厂讯 › 恒韧皮具推出无铬鞣牛皮皮带系列 - 恒韧皮具官网</title>
<script src="/assets/js/site.js"></script></head>
<body>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意我们的隐私政策　知道了⟧</div>
<header><span class="brand">⟦m 恒韧皮具 HENGREN LEATHER⟧</span><nav>⟦m 首页　关于恒韧　产品中心　新闻中心　线上商城　联系我们⟧</nav></header>
<div class="banner">⟦m 好皮好扣　系得住岁月⟧</div>
<div class="crumb">⟦m 首页 / 新闻中心 / 企业动态⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 2025.05.28　企业动态⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="prev-next">⟦l 上一条：恒韧皮具通过环境管理体系认证⟧　⟦l 下一条：端午节放假及发货安排⟧</div>
</article>
<aside><h4>⟦l 热销产品⟧</h4><ul><li>⟦l 商务针扣牛皮带 HR-2201⟧</li><li>⟦l 青少年帆布拼皮腰带 HR-3105⟧</li></ul></aside>
<div class="float-kf">⟦w 在线客服　批发定制请咨询⟧</div>
<footer>⟦m 埏湖区恒韧皮具厂　销售热线：0735-8712288⟧　⟦m 赣ICP备19024410号-1⟧</footer>
</body>
</html>
""",
        body="""
⟦t 恒韧皮具推出无铬鞣牛皮皮带系列⟧5月26日，恒韧皮具厂在鞓州皮革博览会上发布无铬鞣牛皮皮带系列新品，这是该厂完成质量整改后推出的第一批新产品。
新系列采用植物鞣制工艺，皮坯厚度统一控制在3.6毫米以上，每批次均经过一万次耐折试验，带扣采用无镍合金，减少皮肤过敏风险。
“去年抽查不合格给我们敲了警钟。”厂长欧阳砚介绍，厂里投入80多万元更新了检测设备，并把耐折试验改为每批必检。
新系列共有商务、休闲、青少年三大类24个款式，已在厂区直营店和线上旗舰店同步上架。
""",
    ),
    dict(
        slug="company-yinlu-letter-needle-price-adjustment",
        site="银鹭针业官网 (invented)",
        style="企业官网",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.yinlu-needle.example.com/gsgg/20241118.html",
        title="关于绣花针产品价格调整的函",
        date="2024-11-18",
        notes="record title as is; a needle maker's site as text: slogan, a product menu, a numbered list of price changes, "
        "the sales department's contact beside the site's order line; 成文日期 under the signature",
        page="""
!m 绗水银鹭针业有限公司　|　YINLU NEEDLE
!m 首页　产品展示　公司公告　质量保证　在线订货
{T}
!m 公司公告　2024-11-19
{BODY}
!m 订货热线：0737-2290000　传真：0737-2290001
!m 地址：绗水县工业园银鹭路3号
!d © 绗水银鹭针业有限公司　保留所有权利
""",
        indent="\u3000\u3000",
        date_also=["2024-11-19"],
        body="""
各经销商：
感谢贵单位长期以来对我公司的信任与支持。
受钢丝原材料价格持续上涨、电镀环保治理成本增加等因素影响，我公司绣花针产品生产成本较年初上涨约12%。经公司研究决定，自2024年12月1日起，对部分绣花针产品出厂价格作如下调整：
1.普通镀镍绣花针（3号至9号），每包上调0.5元；
2.镀金针鼻绣花针（10号至12号），每包上调0.8元；
3.十字绣专用圆头针价格不变。
11月30日前已签订的订单仍按原价格执行。由此给贵单位带来的不便，敬请谅解。
联系人：销售部 郝明远，电话：0737-2290318。
绗水银鹭针业有限公司
2024年11月18日
""",
    ),
    dict(
        slug="training-zhusheng-kids-clapper-class-brochure",
        site="竹声曲艺学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zhusheng-quyi.example.cn/zsjz/2024summer.html",
        title="少儿快板启蒙班招生简章",
        record_title="【暑假班开招】少儿快板启蒙班招生简章 · 竹声曲艺学堂",
        date=None,
        notes="training school: promo banner, a trial-lesson prompt between paragraphs, a consult float, a 400 franchise "
        "line beside the school's own 报名电话; a class timetable; a brochure without a date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【暑假班开招】少儿快板启蒙班招生简章 · 竹声曲艺学堂</title></head>
<body>
<div class="promo">⟦a 暑期早鸟价：7月1日前报名立减100元⟧</div>
<div class="head">⟦m 竹声曲艺学堂⟧　⟦m 说学逗唱 从小开始⟧</div>
<div class="menu">⟦m 首页　课程体系　师资力量　学员风采　招生简章　联系我们⟧</div>
<h1>⟦t 【暑假班开招】少儿快板启蒙班招生简章⟧</h1>
<div class="body">
{BODY}
</div>
<div class="join">⟦m 全国加盟热线：400-633-1218⟧</div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="foot">⟦m 竹声曲艺学堂　秬川县文化路56号⟧</div>
</body>
</html>
""",
        body="""
竹板一打响连天，暑假来学说快板！竹声曲艺学堂2024年暑期少儿快板启蒙班现已开始报名。
一、招生对象：6至12周岁儿童，零基础即可。
二、课程内容：握板与基本板式、绕口令与吐字、快板小段表演，结业时每位学员能独立表演一段两分钟的快板。
⟦a 先试听再报名，免费体验课每周六上午开放预约⟧
三、上课安排：
班次　时间　课时
上午班　7月8日至8月2日9:00—10:30　20课时
下午班　7月8日至8月2日15:00—16:30　20课时
四、收费标准：每人980元，含竹板一副、演出服一套。
五、报名地址：秬川县文化路56号竹声曲艺学堂二楼，报名电话：0731-7658821。
""",
    ),
    dict(
        slug="training-mantian-trainee-clay-class-oneline",
        site="墁田泥人传习学校 (invented training school)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.mantianniren.example.cn/xyxs/31.html",
        title="跟着钟老师学捏泥人的二十天",
        record_title="学员心声丨跟着钟老师学捏泥人的二十天 - 墁田泥人传习学校",
        date=None,
        notes="a training school's page as text, the trainee's piece all on one line; a free trial-lesson line and a "
        "consult phone at the bottom; no date",
        page="""
!m 墁田泥人传习学校　｜　非遗技艺研学基地
!m 首页 - 学员心声
!t 学员心声丨跟着钟老师学捏泥人的二十天
!m 投稿学员：秋禾　收录于 上个月
{BODY}
!a 预约一节免费体验课，亲手捏一个自己的泥人
!w 咨询报名：0735-8090665（微信同号）
!l 更多学员心声 >>
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
报名泥人班之前，我以为捏泥人就是小孩子玩泥巴，上了第一课才知道，光是和泥就有大学问。
钟老师说，泥要“醒”三天，揉到不粘手、不起裂才算成。我们每天上午揉泥，下午练基本形，头一个星期捏出来的小人不是缺胳膊就是歪脑袋。
第二周开始学开脸。一根竹签在老师手里能挑出眉眼、嘴角，到了我手里，不是把眼睛戳破就是把鼻子压扁。老师不催，只说“手上没准头，就多捏”。
结业那天，我捏了一个挑担卖货的老人，老师在底座上帮我刻了名字。二十天时间不长，我却第一次明白了什么叫“慢工出细活”。
""",
    ),
    dict(
        slug="app-fanwenmiao-village-secretary-report-fold",
        site="范文喵APP (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.fanwenmiao.example.com/share/doc?id=v8Kq21Lz",
        title="坭湾村党支部书记2024年度述职报告",
        record_title="坭湾村党支部书记2024年度述职报告（村干部版）｜范文喵",
        date="2024-12-30",
        notes="a writing app's H5 share: open-app mask, a fold ('expand the remaining part') between paragraphs, AI "
        "rewrite buttons, a 'use this template' bar; the reporter line and the date under the body",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>坭湾村党支部书记2024年度述职报告（村干部版）｜范文喵</title></head>
<body>
<div class="mask">⟦a 打开范文喵APP，看全文不折叠⟧</div>
<div class="app-bar">⟦m 范文喵 · 写材料不熬夜⟧　<a>⟦a 立即打开⟧</a></div>
<h1 class="doc-h">⟦t 坭湾村党支部书记2024年度述职报告（村干部版）⟧</h1>
<div class="doc-meta">⟦m 1462字　已被 2.3k 人使用⟧</div>
<div class="doc">
{BODY}
</div>
<div class="ai">⟦a AI帮我改写　｜　AI扩写到3000字　｜　一键替换村名⟧</div>
<div class="use">⟦a 用这篇做模板⟧</div>
<div class="rec"><h4>⟦l 写这个的人还看了⟧</h4><p>⟦l 村党支部书记抓基层党建述职（简短版）⟧</p><p>⟦l 村委会主任年度述职述廉报告⟧</p></div>
</body>
</html>
""",
        body="""
2024年，我在镇党委的领导下，带领村“两委”班子团结群众，较好地完成了各项工作任务。现将履职情况报告如下：
一、抓班子带队伍。坚持“三会一课”制度，全年召开党员大会6次，发展入党积极分子2名，村党支部被评为镇“五星支部”。
二、办实事解民忧。针对群众反映强烈的晒粮难问题，争取资金12万元，在村部旁硬化公共晒场1800平方米，为42户困难家庭发放晒谷席84张，全村公路晒粮现象基本杜绝。
⟦a 展开剩余45%内容⟧
三、促产业增收入。牵头成立竹编合作社，吸纳31户村民编织晒谷席，全年销售1.1万张，村集体增收8.6万元。
四、存在的不足。一是产业规模还不大；二是自身学习不够系统。
新的一年，我将继续带领大家苦干实干，努力让坭湾村的日子越过越红火。
述职人：严守田
2024年12月30日
""",
    ),
    dict(
        slug="app-gongwenpai-request-clapper-equipment",
        site="公文派APP (invented writing app)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="text",
        source="https://m.gongwenpai.example.cn/p/55108",
        title="关于购置快板演出器材和服装的请示",
        record_title="关于购置快板演出器材和服装的请示（范文）| 公文派APP",
        date="2024-03-05",
        notes="a writing app's share as text: an app bar, a 'copied N times' line, an AI-polish button glued after the "
        "closing 请批示 line's 。; a budget list and the requester's contact; 成文日期 under the signature",
        page="""
!m 公文派 · 公文写作助手
!a 打开APP，免费复制全文
!t 关于购置快板演出器材和服装的请示（范文）
!m 公文派编辑部　收录　被复制 611 次
{BODY}
!a 复制全文　下载Word　分享给同事
!l 相似范文：关于申请文化下乡活动经费的请示 ／ 关于购置办公设备的请示
""",
        body="""
县文化和旅游局：
我馆快板培训和下乡演出任务逐年增加，现有竹板大多使用十年以上，开裂、松绳现象严重，演出服装也已陈旧破损，难以满足工作需要。
为保障2024年“快板进百村”巡演顺利开展，我馆拟购置以下器材和服装：
1.快板（大板、节子板）40副，预算6000元；
2.演出服装30套，预算13500元；
3.便携式扩音设备2套，预算4800元。
以上合计24300元，拟从我馆2024年免费开放补助经费中列支。
妥否，请批示。⟦a ✎ AI一键润色⟧
联系人：陈墨耕，电话：0731-7612230。
秬川县文化馆
2024年3月5日
""",
    ),
]
