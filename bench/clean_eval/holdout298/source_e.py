"""holdout298, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text case each).

Every case written by hand; invented places, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="community-gexiangli-notice-laundry-room-baskets",
        site="饹香里社区网 (invented residents' site)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.gexiangli-sq.cn/tzgg/2024/0226/96.html",
        title="饹香里社区“爱心洗衣房”开放公告",
        record_title="【居家帮扶】饹香里社区“爱心洗衣房”开放公告｜饹香里社区网",
        date="2024-02-26",
        notes="residents' site: weather line, a property duty line and a grid member's mobile next to the community's own "
        "咨询电话; numbered baskets as the service; the notice's 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【居家帮扶】饹香里社区“爱心洗衣房”开放公告｜饹香里社区网</title>
<script src="/js/sq.js"></script>
</head><body>
<div class="sq-top">⟦m 绠城 今日 小雨 9~13℃ 空气良⟧　⟦a 居民登录⟧</div>
<div class="sq-head">⟦m 饹香里社区网　邻里守望　温暖一家⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　志愿服务　邻里圈　物业之窗⟧</div>
<div class="sq-pos">⟦m 首页 ＞ 社区公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布人：社区居委会　浏览 384　评论 9⟧</p>
<div class="sq-txt">
{BODY}
</div>
<p class="sq-like">⟦a 点赞 46　我要留言⟧</p>
</div>
<div class="sq-side">
<div class="grid">⟦m 本网格网格员：田小禾　13508176203⟧</div>
<div class="wy">⟦m 物业24小时值班：0817-2290999⟧</div>
<div class="notice-list"><h4>⟦l 最新公告⟧</h4><p>⟦l 关于饹香里3栋电梯年检停运的通知⟧</p><p>⟦l 春季灭鼠活动告居民书⟧</p></div>
</div>
<div class="sq-foot">⟦m 饹香里社区居民委员会主办　绠城区民政局指导⟧</div>
</body></html>
""",
        body="""
各位居民：
为方便辖区独居老人和残疾人家庭洗涤衣物，饹香里社区联合爱心企业建成的“爱心洗衣房”将于3月1日起正式开放，现将有关事项公告如下：
一、服务对象：辖区内70岁以上独居老人、重度残疾人家庭，凭社区登记卡免费使用。
二、服务方式：每户领取一只编号脏衣篮，每周二、周五上午把要洗的衣物装篮送到洗衣房，志愿者洗净烘干后于当天下午送还。
三、开放时间：每周二、周五8:30-17:00，地址：社区服务中心一楼东侧。
四、其他居民可按每篮5元的标准使用，收入全部用于洗衣房运营。
咨询电话：0817-2290716（社区服务中心）
饹香里社区居民委员会
2024年2月26日
""",
    ),
    dict(
        slug="community-douwan-summary-lunchbags-elder-meals",
        site="饾湾社区之窗 (invented residents' site)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.douwansq.com/sqdt/gzzj/2024/0408/41.html",
        title="饾湾社区长者助餐点饭盒袋循环使用情况小结",
        record_title="【社区动态】饾湾社区长者助餐点饭盒袋循环使用情况小结 - 饾湾社区之窗",
        date="2024-04-03",
        date_also=["2024-04-08"],
        notes="a residents' site summary: the byline's date differs from the signature's; a sentence asks residents to 关注 "
        "the community account (content); a volunteer-recruitment line between paragraphs",
        page="""
!m 饾湾社区之窗 ｜ 共建共治共享
!m 首页 > 社区动态 > 工作总结
!t 【社区动态】饾湾社区长者助餐点饭盒袋循环使用情况小结
!m 发布：社区居委会　时间：2024-04-08　阅读：167
{BODY}
!l 社区动态：饾湾社区开展春季爱国卫生运动 ｜ 饾湾社区三月志愿服务光荣榜
!m 社区服务热线：0817-2281150　物业报修：0817-2281199
!m 饾湾社区居民委员会主办
""",
        body="""
一季度，饾湾社区长者助餐点推行饭盒袋循环使用，取得了初步成效。
一、基本做法。助餐点为送餐上门的82户老人每户配备两只保温饭盒袋，送餐时换回前一天的空袋，空袋由助餐点统一清洗消毒。
二、主要成效。一季度共送餐6150份，饭盒袋回收率98.6%，比使用一次性打包袋节省费用约3100元，老人们普遍反映饭菜送到家还是热的。
⟦a ☞ 送餐志愿者招募中，点这里报名⟧
三、存在问题。个别老人把饭盒袋挪作他用，送餐时无袋可换；部分饭盒袋拉链损坏较快。
四、下步打算。4月起在饭盒袋上加挂户号牌，请志愿者每月检修一次拉链，同时请居民关注“饾湾社区”公众号，及时了解每周菜单。
饾湾社区居民委员会
2024年4月3日
""",
    ),
    dict(
        slug="association-hechuan-brush-pledge-name-in-signature",
        site="饸川县日用刷具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.hcsjxh.org.cn/xhdt/2024/0912/138.html",
        title="关于规范标注衣刷刷毛材质的倡议书",
        record_title="【会员告知】关于规范标注衣刷刷毛材质的倡议书 - 饸川县日用刷具行业协会",
        date="2024-09-10",
        date_also=["2024-09-12"],
        notes="an association site: its name at the top also stands in the pledge and its signature (matched as head); "
        "a member-login row, a member hotline; the page's date differs from the pledge's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【会员告知】关于规范标注衣刷刷毛材质的倡议书 - 饸川县日用刷具行业协会</title>
<script src="/js/xh.js"></script>
</head><body>
<div class="xh-top">⟦a 会员单位登录　入会申请表下载⟧</div>
<div class="xh-logo">⟦m 饸川县日用刷具行业协会⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　行业标准　会员名录　联系我们⟧</div>
<div class="xh-pos">⟦m 首页 » 协会动态⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<p class="xh-meta">⟦m 发布时间：2024-09-12　发布者：秘书处　阅读：298⟧</p>
<div class="xh-txt">
{BODY}
</div>
<p class="xh-share">⟦l 分享给同行：微信　QQ　复制链接⟧</p>
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会组织会员企业参加广交会⟧</p><p>⟦l 衣刷毛束拉力团体标准征求意见⟧</p></div>
<div class="xh-foot"><p>⟦m 协会服务热线：0833-5106636⟧</p><p>⟦m 地址：饸川县粄田镇制刷产业园综合楼3楼⟧</p></div>
</body></html>
""",
        body="""
全县衣刷生产经营企业：
近年来，我县衣刷产品畅销国内外，但也有个别企业把尼龙丝、混合毛标注为“纯猪鬃”“纯马毛”，引发消费投诉，损害了“饸川刷”的整体声誉。为此，饸川县日用刷具行业协会向全体会员及全县衣刷生产经营企业倡议：
一、如实标注。衣刷包装和网店页面应如实标明刷毛材质及含量，不夸大、不混淆。
二、自觉送检。每年至少将主销产品送第三方机构检测一次，并在店铺公示检测结果。
三、相互监督。发现虚假标注的，可向协会秘书处反映，协会将约谈相关企业。
让我们共同守护“饸川刷”这块金字招牌！
饸川县日用刷具行业协会
2024年9月10日
""",
    ),
    dict(
        slug="association-lahe-willow-minutes-vote",
        site="鞡河柳编网 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.lhliubian.com/xhdt/hyjy/2024/07.html",
        title="鞡河镇柳编协会2024年第二次理事会会议纪要",
        date="2024-06-18",
        notes="record title as is; minutes with 时间/地点/主持/参会/记录 lines and a vote count; the 时间 line gives the date; "
        "an order line with the association's phone under it",
        page="""
!m 鞡河柳编网 · 鞡河镇柳编协会
!m 首页 › 协会动态 › 会议纪要
{T}
!m 编辑：协会秘书处　浏览：142
{BODY}
!l 往期纪要：2024年第一次理事会会议纪要
!w 柳编订货请联系协会秘书处：0837-6351820
!m 鞡河柳编网　版权所有
""",
        body="""
时间：2024年6月18日上午9:00
地点：鞡河镇柳编产业服务中心会议室
主持：会长　馇德厚
参会：理事11人，监事2人
记录：缪小燕
会议讨论了今年下半年脏衣篮出口订单分配和质量提升事项，形成以下意见：
一、下半年出口脏衣篮订单约5.6万只，按各合作社上半年交货合格率分配，合格率低于95%的合作社暂停接单一个月。
二、协会统一采购篮盖铰链和内衬布，降低采购成本。
三、9月前举办两期编织技术培训，重点解决篮沿锁边不紧的问题。
会议对上述意见进行了表决，应到理事11人，实到11人，同意10人，弃权1人，意见通过。
""",
    ),
    dict(
        slug="company-chengjing-news-microplastic-laundry-bag-cookie",
        site="澄净家纺 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chengjing-home.com/news/2024/0605/57.html",
        title="澄净家纺推出防微塑料洗衣袋，可拦截八成以上纤维碎屑",
        record_title="新闻中心｜澄净家纺推出防微塑料洗衣袋，可拦截八成以上纤维碎屑｜澄净家纺",
        record_date="2024-06-05",
        date="2024-06-05",
        notes="a company site: cookie notice, an online-service float and a 400 sales line; the record gives the date; "
        "a product-purchase link glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新闻中心｜澄净家纺推出防微塑料洗衣袋，可拦截八成以上纤维碎屑｜澄净家纺</title>
<script src="https://www.chengjing-home.com/assets/site.js" defer></script>
</head><body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续访问即表示您同意⟧ ⟦a 知道了⟧</div>
<header>⟦m 澄净家纺　CHENGJING HOME⟧
<nav>⟦m 首页　关于澄净　产品中心　新闻中心　社会责任　联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 - 新闻中心 - 企业新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2024-06-05　　浏览：733⟧</p>
<div class="txt">
{BODY}
</div>
<p class="pn">⟦l 上一条：澄净家纺通过质量管理体系复审⟧</p>
</article>
<div class="kf">⟦a 在线客服⟧　⟦m 销售热线：400-819-5858⟧</div>
<footer>⟦m 缍山县澄净家纺有限公司　地址：缍山县纺织工业园纬三路9号⟧　⟦m 蜀ICP备20017766号-1⟧</footer>
</body></html>
""",
        body="""
近日，缍山县澄净家纺有限公司研发的防微塑料洗衣袋正式上市。这款洗衣袋采用超细网布，洗涤合成纤维衣物时，可将脱落的纤维碎屑拦截在袋内。⟦a 【去旗舰店看看】⟧
据公司技术部介绍，经第三方检测机构测试，用这款洗衣袋洗涤摇粒绒外套，可拦截约83%的纤维碎屑，洗后只需把袋内积存的绒絮清理出来，作为干垃圾投放即可。
公司总经理甘澈表示，澄净家纺从做普通网眼洗衣袋起步已有十二年，今年研发投入占营收的4.2%。防微塑料洗衣袋是公司第一款自主设计的环保产品，首批5万只主要供应国内商超。
""",
    ),
    dict(
        slug="company-hongshun-recall-folding-shoe-racks-batches",
        site="宏顺家居 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.hongshunjiaju.com/gg/2024/0612.html",
        title="关于召回部分型号折叠晾鞋架的公告",
        record_title="重要公告 ▏关于召回部分型号折叠晾鞋架的公告 - 宏顺家居",
        date="2024-06-12",
        notes="a recall with a batch table (one row a paragraph); the recall's own 咨询电话 next to the site's 400 order line "
        "and shop name; the byline's 发布于 agrees with the signature",
        page="""
!m 宏顺家居 · 让家更整齐
!m 首页　产品中心　新闻公告　售后服务　联系我们
!t 重要公告 ▏关于召回部分型号折叠晾鞋架的公告
!m 发布于：2024-06-12　分类：新闻公告
{BODY}
!w 订购热线：400-837-6688　天猫店铺：宏顺家居旗舰店
!m 宏顺五金制品厂　地址：馃阳县工业园区兴业路8号
""",
        body="""
尊敬的消费者：
宏顺五金制品厂近期发现，2024年3月至5月生产的部分型号折叠晾鞋架，因挂钩焊点强度不足，挂在窗外或栏杆外侧使用时存在脱落风险。为保障消费者安全，本厂决定主动召回以下批次产品：
型号　生产批次　数量
HS-X12　20240301-20240331　3200件
HS-X16　20240401-20240520　4750件
请购买上述产品的消费者立即停止使用，本厂将免费更换加固型挂钩或全额退款。召回咨询电话：0837-6270385（每天8:00-20:00）。
宏顺五金制品厂
2024年6月12日
""",
    ),
    dict(
        slug="training-qiaoyi-brochure-garment-care-course",
        site="巧衣职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoyi-px.com/zsjz/2024/yiwuhuli.html",
        title="衣物护理师（整烫方向）培训招生简章",
        record_title="【春季开课】衣物护理师（整烫方向）培训招生简章·名额有限｜巧衣培训",
        date=None,
        notes="a training school's brochure without a date: a promo banner, a consult float with a WeChat id and a 400 line "
        "next to the school's own 报名电话; a course table",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【春季开课】衣物护理师（整烫方向）培训招生简章·名额有限｜巧衣培训</title>
<script src="/js/px.js"></script>
</head><body>
<div class="promo">⟦a 限时优惠：两人同报各减200元⟧</div>
<header>⟦m 巧衣职业培训学校　人社部门备案职业培训机构⟧
<nav>⟦m 首页　课程中心　招生简章　学员风采　就业推荐　联系我们⟧</nav></header>
<div class="pos">⟦m 首页 > 招生简章⟧</div>
<div class="jz">
<h1>{T}</h1>
<p class="meta">⟦m 阅读 1406　来源：教务处⟧</p>
<div class="jz-txt">
{BODY}
</div>
<p class="btn">⟦a 在线报名　预约试听⟧</p>
</div>
<div class="float-kf">⟦w 课程顾问在线，加微信 qiaoyi_px 领试听课⟧</div>
<footer><p>⟦m 全国咨询热线：400-819-0217⟧</p><p>⟦m 巧衣职业培训学校　地址：缍山县府前街52号⟧</p></footer>
</body></html>
""",
        body="""
一、培训对象：有志于从事干洗店、酒店洗衣房、家政服务工作的人员，年龄18至55周岁。
二、培训内容：常见面料识别、衣物去渍、手工整烫、衣刷和粘毛器的正确使用、羊绒大衣与西装的日常打理等。
三、课程安排：
课程　课时　形式
面料识别与去渍　12　理论加实操
手工整烫　20　实操
衣物刷理与收纳　8　实操
四、培训费用：1980元/人，含教材和实操耗材，学员结业可参加职业技能等级认定。
五、报名方式：携带身份证到学校前台报名，或拨打报名电话0819-3150826。
""",
    ),
    dict(
        slug="training-bokou-insight-sewing-lunchbags",
        site="馎口职业技能培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.bkzjpx.cn/xytd/xd/2024/19.html",
        title="学缝饭盒袋的二十天",
        record_title="【学员分享】学缝饭盒袋的二十天",
        date=None,
        notes="a trainee's insight without a date; a sign-up prompt for the next class between paragraphs and under the text",
        page="""
!m 馎口职业技能培训学校 · 学员天地
!m 首页 > 学员天地 > 学员心得
!t 【学员分享】学缝饭盒袋的二十天
!m 作者：缝纫工第7期学员 饶春梅　浏览：255
{BODY}
!a 想学一门手艺？点此报名下一期缝纫工培训
!m 报名咨询：0817-2240518
!m 馎口职业技能培训学校 版权所有
""",
        body="""
报名参加镇里的缝纫工培训班之前，我连缝纫机的线都不会穿。二十天的培训，老师从穿线、走直线教起，结业作业是每人独立缝一只保温饭盒袋。
饭盒袋看着简单，做起来却有不少讲究。铝膜和外布要对齐，针脚不能太密，不然铝膜容易撕裂；拉链要先固定再车，不然一歪整只袋子就废了。我的第一只饭盒袋拆了三次才合格。
⟦a ▶ 第8期缝纫工班报名中，名额还剩6个⟧
培训结束后，我进了村里的帮扶车间，现在一天能缝四十多只饭盒袋，一个月能挣三千多元，还能照顾上学的孩子。
这次培训让我明白，只要肯学，农村妇女在家门口也能有一份体面的工作。
""",
    ),
    dict(
        slug="app-bixia-report-linen-supervisor-baskets-mask",
        site="笔下生花 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bixiash.com/share/article?id=7730215&from=wx",
        title="2024年度酒店客房部布草领班述职报告",
        record_title="2024年度酒店客房部布草领班述职报告（可改）· 笔下生花",
        date="2024-12-20",
        notes="a writing app's H5 share: an open-app mask, an AI-rewrite button glued after a 。, an 'expand' fold; "
        "the report's own date under the 述职人 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,user-scalable=no">
<title>2024年度酒店客房部布草领班述职报告（可改）· 笔下生花</title>
<script src="https://h5.bixiash.com/static/share.8c2e.js"></script>
</head><body>
<div class="bar">⟦m 笔下生花 · 范文随身带⟧　⟦a 用APP打开⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="meta">⟦m 范文编号 BX7730215　已有 2.3万 人使用⟧</p>
<div class="txt">
{BODY}
</div>
<div class="fold">⟦a 展开全文 ∨⟧</div>
</div>
<div class="mask">⟦a 在APP内打开，查看完整范文并导出⟧</div>
<div class="more"><h4>⟦l 相似范文⟧</h4><p>⟦l 酒店前厅主管年度述职报告⟧</p><p>⟦l 客房服务员个人工作总结（精选）⟧</p></div>
<div class="foot">⟦m 笔下生花 bixiash.com　京ICP备22018735号-2⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、同事们：
2024年，我担任客房部布草领班，主要负责全店312间客房布草和客衣的收发、送洗与盘点。现将一年来的工作述职如下。
一、理顺收发流程。针对以往脏布草和客衣混放的问题，我提出楼层工作车一律配备两只分色脏衣篮，白篮放布草，蓝篮放客衣，全年客衣错送率下降到万分之三。⟦a ✦ AI帮我改写这段⟧
二、加强盘点管理。坚持每周一小盘、每月一大盘，全年布草报损率控制在2.1%以内。
三、带好班组队伍。组织班组技能培训12次，两名员工被评为酒店年度服务之星。
不足之处是对新员工的带教还不够细致。新的一年，我将继续做好本职工作，为客房部多作贡献。
述职人：郦晓晴
2024年12月20日
""",
    ),
    dict(
        slug="app-modian-speech-dorm-drying-oneline",
        site="墨点写作 (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.modianxiezuo.com/fw/jianghua/662013",
        title="在学生宿舍“文明晾晒”评比表彰会上的讲话",
        record_title="在学生宿舍“文明晾晒”评比表彰会上的讲话（精选）｜墨点写作",
        date="2024-11-26",
        notes="a writing app's page: speaker and date lines under the title (neutral), the whole speech on one line; "
        "the date under the title is the date; an app prompt and a copy-needs-login line under it",
        page="""
!m 墨点写作 · 随时随地写好材料
!t 在学生宿舍“文明晾晒”评比表彰会上的讲话（精选）
校党委副书记　潘立言
（2024年11月26日）
{BODY}
!a 打开墨点写作APP，一键生成同类讲话稿
!a 登录后可复制全文
!l 相关范文：宿舍文明建设月活动总结｜寝室卫生评比实施方案
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
同学们、老师们：
今天，我们在这里召开学生宿舍“文明晾晒”评比表彰会，对30个“文明晾晒示范宿舍”进行表彰。
今年秋季学期开学以来，学校为学生公寓加装了阳台晾鞋架，同学们积极响应“鞋不出阳台、衣不挂窗外”的倡议。过去阳台外侧挂满鞋子、衣物的现象基本消失了，宿舍楼的面貌焕然一新。
文明晾晒看似小事，反映的却是同学们的公德意识和安全意识。一只挂在窗外的鞋子掉下去，就可能伤到楼下的同学。
希望受表彰的宿舍继续发挥示范作用，也希望全体同学从自己做起，共同维护整洁、安全的宿舍环境。
谢谢大家！
""",
    ),
]
