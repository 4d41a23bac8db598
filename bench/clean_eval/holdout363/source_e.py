"""holdout363, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Every page, place, person, firm and URL here is invented; see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="community-xichunli-free-oil-sprayers",
        site="惜春里社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xichunli-sq.cn/tongzhi/2025/1020/214.html",
        title="关于开展“减油增健康”喷油壶免费领取活动的通知",
        record_title="【惜春里居务】关于开展“减油增健康”喷油壶免费领取活动的通知（家有老人请代为转达）",
        date="2025-10-20",
        notes="residents' site: weather line, grid worker's box, property repair line; the community's duty phone in the body; sharing the notice with elders as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【惜春里居务】关于开展“减油增健康”喷油壶免费领取活动的通知（家有老人请代为转达）</title>
<script src="/js/sq-site.js"></script>
</head><body>
<div class="weather">⟦m 今日迪湖：晴　14～23℃　宜晾晒⟧</div>
<div class="head">⟦m 惜春里社区 · 邻里一家亲⟧</div>
<div class="nav">⟦m 社区首页 ｜ 居委公告 ｜ 党群服务 ｜ 邻里活动 ｜ 便民信息⟧</div>
<div class="pos">⟦m 您在：社区首页 › 居委公告⟧</div>
<div class="main"><h2>{T}</h2>
<div class="meta">⟦m 发布者：惜春里居委会　浏览 512 次⟧</div>
{BODY}
<div class="share">⟦l 分享到邻里群　·　复制链接⟧</div></div>
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格 舶小雨 137 7510 4492⟧</p></div>
<div class="wuye">⟦m 物业报修（24小时）：0775-8356612⟧</div>
<div class="foot">⟦m 惜春里社区居民委员会　地址：迪湖区惜春路18号⟧ ⟦m 桂ICP备20008164号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为倡导健康生活方式，减少家庭烹调用油，惜春里社区联合迪湖区疾控中心开展“减油增健康”主题活动，向辖区居民免费发放喷油壶和控油小贴士。现将有关事项通知如下。
一、领取时间：2025年10月25日（星期六）上午9:00—11:30。
二、领取地点：社区党群服务中心一楼大厅。
三、领取方式：每户限领一只，请携带户口簿或居住证。行动不便的老人可由家属代领，也可电话预约，由网格员送上门。
四、活动当天，区疾控中心营养师将现场讲解喷油壶的使用和清洗方法，并为居民免费测量血压。
活动安排同步发布在“惜春里社区”微信公众号上，没有关注的居民可以扫码关注。请大家相互转告，把这份通知分享给家中老人。
社区值班电话：0775-8351027。
惜春里社区居民委员会
2025年10月20日
""",
    ),
    dict(
        slug="community-xiyuan-notice-gate-stalls-record",
        site="晰园社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xiyuan-sq.dihu.gov.cn/gg/20250310/88.html",
        title="晰园社区关于规范小区门口早餐及烤肠摊点经营秩序的通知",
        record_date="2025-03-10",
        date="2025-03-10",
        notes="record title and date as is; residents' text page with a volunteer-recruiting line between paragraphs and property and duty lines around the notice",
        page="""
!m 晰园社区服务网　　迪湖区晰园街道晰园社区居委会
!m 首页 / 通知公告
{T}
!m 2025-03-10　　晰园社区居委会　　浏览：286
{BODY}
!l 上一条：晰园社区春季义诊活动预告
!l 下一条：关于清理楼道堆放杂物的温馨提示
!m 物业服务中心：0775-8340077　　社区警务室：0775-8340110
!d 晰园社区服务网由社区居委会维护，信息如有变动以现场公告为准。
""",
        indent="\u3000\u3000",
        body="""
各位居民：
近期，不少居民反映晰园小区南门口每天早上聚集了多个早餐车和烤肠摊点，占用人行道，烤肠机的电线拖在地上，既影响通行，又有触电和火灾隐患。为维护小区环境和居民安全，经社区居委会、物业服务中心和街道城管中队共同商定，现通知如下。
一、自3月15日起，小区南门口人行道禁止摆摊设点。
二、社区在南门西侧停车场划设便民早餐点，设6个摊位，统一接入电源，摊位免费使用。
⟦l 便民点志愿者招募中，有意者请到居委会登记⟧
三、进入便民点的摊主须持有健康证，烤肠机须加装防护罩，每天收摊后清理地面。
四、对不听劝阻、继续占道的，由城管中队依法处理。
感谢各位居民的理解和支持。
晰园社区居委会
2025年3月10日
""",
    ),
    dict(
        slug="association-xiaojiadian-pledge-coating",
        site="纬阳市小家电行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.wyxjd.org.cn/hyzl/2025/0902/163.html",
        title="关于规范章鱼小丸子机等不粘涂层小家电生产销售的倡议书",
        record_title="【协会自律·倡议】关于规范章鱼小丸子机等不粘涂层小家电生产销售的倡议书——会员单位请周知",
        date="2025-08-28",
        date_also=["2025-09-02"],
        notes="association page: member-login row, member hotline; the association's name also the signature (head match); posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【协会自律·倡议】关于规范章鱼小丸子机等不粘涂层小家电生产销售的倡议书——会员单位请周知</title>
<script src="/static/assoc.js"></script>
</head><body>
<div class="login">⟦a 会员账号　密码　进入会员专区⟧</div>
<div class="head">⟦m 纬阳市小家电行业协会⟧</div>
<div class="nav">⟦m 协会首页　协会简介　行业资讯　自律公约　会员风采　入会指南⟧</div>
<div class="crumb">⟦m 位置：协会首页 >> 自律公约⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 发布：协会秘书处　日期：2025-09-02　浏览：455⟧</div>
{BODY}
</div>
<div class="hotline">⟦m 会员服务专线：0775-8177602⟧</div>
<div class="side">⟦l 行业资讯⟧ ⟦l 空气炸锅新国标解读会召开⟧ ⟦l 协会走访会员企业了解出口情况⟧</div>
<div class="foot">⟦m 纬阳市小家电行业协会秘书处　地址：纬阳市高新区创业大道7号⟧ ⟦m 桂ICP备21005563号⟧</div>
</body></html>
""",
        body="""
各会员单位：
章鱼小丸子机、松饼机、电饼铛等带不粘涂层的小家电近年来销量增长很快。但今年以来，市场上陆续出现涂层起皮、脱落的投诉，个别企业为降低成本更换涂层材料却不做验证，损害了消费者权益，也影响了纬阳小家电的整体声誉。为此，协会向全体会员单位倡议：
一、严把原材料关。涂层材料须有合格的检测报告，更换供应商或配方的，须重新做附着力和耐磨试验。
二、严把出厂检验关。每批烤盘按标准做划格试验和耐磨试验，检验不合格的不得出厂。
三、如实标注使用说明。在说明书中写明烤盘的清洁方法，提醒用户不得使用金属铲刮擦涂层。
四、主动处理投诉。发现批次性质量问题的，及时停售、召回，并向协会通报。
纬阳市小家电行业协会
2025年8月28日
""",
    ),
    dict(
        slug="association-huwai-minutes-gear-committee",
        site="纬阳市登山户外运动协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.wydshw.org/xhdt/2025/0115/57.html",
        title="纬阳市登山户外运动协会装备安全专业委员会第三次会议纪要",
        record_title="〖专委会·会务〗纬阳市登山户外运动协会装备安全专业委员会第三次会议纪要 — 协会动态",
        date="2025-01-11",
        date_also=["2025-01-15"],
        notes="association text page: minutes with 时间/地点/主持/出席/记录 lines and a vote count; the 时间 line gives the date; the posting date differs",
        page="""
!m 纬阳市登山户外运动协会 · 官方网站
!m 首页 ┆ 协会动态 ┆ 活动报名 ┆ 安全知识 ┆ 入会申请
!t 〖专委会·会务〗纬阳市登山户外运动协会装备安全专业委员会第三次会议纪要 — 协会动态
!m 发布于 2025-01-15　　编辑：协会秘书处
{BODY}
!a 会员登录后可下载会议附件
!l 协会动态 · 近期：梢岭冬季徒步线路安全评估 ▪ 2025年领队培训班开班
!m 协会秘书处电话：0775-8166203　　邮箱：wydshw@126.com
""",
        indent="",
        body="""
时间：2025年1月11日上午9:30
地点：协会会议室
主持：崛德明（专委会主任）
出席：专委会委员11人
记录：梢晓雯
一、会议通报了2024年全市户外活动器材事故情况。全年共发生与器材有关的事故4起，其中2起与登山扣使用不当有关：一起是保护站使用了无锁扣，另一起是丝扣锁未拧紧，锁门被绳子顶开。
二、会议讨论了《会员俱乐部攀登器材检查指引（试行）》。委员们认为，应当把登山扣列为每次活动前必须检查的器材，并明确淘汰标准。
三、会议审议通过了上述指引。表决结果：同意10票，反对0票，弃权1票。
四、会议决定于今年3月举办一期领队器材检查培训，由专委会委员授课。
""",
    ),
    dict(
        slug="company-pantu-recall-auto-lock-carabiners",
        site="攀途户外装备官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.pantu-outdoor.com/news/recall-2025-07.html",
        title="关于召回部分批次自动锁登山扣的公告",
        record_title="安全召回 ∺ 关于召回部分批次自动锁登山扣的公告 ∺ 攀途户外",
        date="2025-07-15",
        notes="company page with a cookie notice, a 400 order line and a service float; recalled batches as a table; the recall line in the body beside the order line; scanning the batch code as content; the dotted byline is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>安全召回 ∺ 关于召回部分批次自动锁登山扣的公告 ∺ 攀途户外</title>
<script src="/assets/brand.bundle.js" defer></script>
</head><body>
<div class="cookie">⟦d 我们使用Cookie改善您的浏览体验，继续浏览即表示同意⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 攀途户外 PANTU⟧ <nav>⟦m 产品中心 · 品牌故事 · 新闻动态 · 售后服务 · 经销网点⟧</nav> ⟦m 订购热线 400-633-7188⟧</header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司公告⟧</div>
<article><h1>{T}</h1>
<div class="date">⟦m 2025.07.15　攀途户外⟧</div>
{BODY}
</article>
<div class="kf">⟦w 在线客服 · 9:00—21:00⟧</div>
<div class="rel">⟦l 新闻动态：攀途户外亮相亚洲户外展 ｜ 新款轻量主锁上市⟧</div>
<footer>⟦m 纬阳攀途户外装备有限公司 © 2025⟧ ⟦m 桂ICP备18013290号-2⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量追溯中发现，部分批次的PT-AL12型自动锁登山扣，锁门扭簧热处理不到位，多次使用后可能出现锁门回位不完全的情况。为保障用户安全，我公司决定自即日起召回下列批次产品。
批次号　生产日期　数量（只）
AL12-2503A　2025年3月6日　1,200
AL12-2503B　2025年3月19日　1,450
AL12-2504A　2025年4月2日　980
用户可扫描扣身内侧激光刻印的二维码，查询产品批次。属于召回范围的，请立即停止使用，我公司将免费更换新品并承担往返运费。
召回咨询电话：0775-8228061（周一至周日9:00—18:00），召回邮箱：recall@pantu-outdoor.com。
由此给您带来的不便，我们深表歉意。
纬阳攀途户外装备有限公司
""",
    ),
    dict(
        slug="company-xiyan-new-takoyaki-maker-record",
        site="喜宴厨电官网 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="text",
        source="http://www.xiyan-chudian.com/news/2025/1120/41.html",
        title="喜宴厨电推出可拆洗家用章鱼小丸子机",
        record_date="2025-11-20",
        date="2025-11-20",
        notes="record title and date as is; company text page: brand line, product menu, a buy-now line glued after a sentence, an after-sales line at the bottom; the company's short name recurs in the body",
        page="""
!m 喜宴厨电 | 让家常菜多一点仪式感
!m 首页　产品中心　新闻资讯　服务支持　联系我们
!m 新闻资讯 › 企业新闻
{T}
!m 发布：品牌部　　2025-11-20
{BODY}
!l 相关产品：双层电饼铛 ｜ 多功能料理锅 ｜ 迷你华夫饼机
!m 售后服务热线：400-870-2266　　官方商城：shop.xiyan-chudian.com
!d © 舶湾县喜宴厨电有限公司　保留所有权利
""",
        indent="\u3000\u3000",
        body="""
11月18日，舶湾县喜宴厨电有限公司在纬阳举行新品发布会，推出一款烤盘可拆洗的家用章鱼小丸子机。
以往的家用小丸子机，烤盘和机身连在一起，清洗时只能用湿布擦，孔里的面糊渣很难清理干净。新产品的烤盘采用卡扣式设计，一按就能取下，可以直接放进水池甚至洗碗机清洗。⟦a 现在下单，立减30元⟧
这款小丸子机有24个烤孔，功率1200瓦，配有防干烧温控和防烫手柄，还附赠了一套竹签和面糊壶。公司研发负责人介绍，团队花了一年多时间测试卡扣的耐热和密封性能，确保烤盘反复拆装后也不漏电、不变形。
该产品将于12月初在各大电商平台和线下门店上市。
""",
    ),
    dict(
        slug="training-weidao-takoyaki-course-brochure",
        site="纬阳味道小吃培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.wyweidao.com/kecheng/xiaowanzi.html",
        title="章鱼小丸子技术培训班招生简章",
        record_title="【小班实操】章鱼小丸子技术培训班招生简章（学会为止·包教配方）- 纬阳味道小吃培训",
        date=None,
        notes="training school page: promo banner, franchise 400 line, consult float; a fees table; the school's 报名电话 in the body beside the franchise line; scanning to sign up as content; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【小班实操】章鱼小丸子技术培训班招生简章（学会为止·包教配方）- 纬阳味道小吃培训</title>
<script src="/js/peixun.js"></script>
</head><body>
<div class="promo">⟦a 金秋报名季 · 两人同行一人减300⟧</div>
<div class="head">⟦m 纬阳味道小吃培训学校⟧ ⟦m 加盟合作：400-655-9027⟧</div>
<div class="nav">⟦m 首页 | 小吃课程 | 学员风采 | 开店指导 | 来校路线⟧</div>
<div class="pos">⟦m 首页 > 小吃课程 > 日式小吃⟧</div>
<div class="kc"><h1>{T}</h1>
{BODY}
</div>
<div class="float">⟦w 点我咨询，老师在线解答学费和课程⟧</div>
<div class="stu"><h4>⟦l 学员风采⟧</h4><p>⟦l 学员小狄：学完回老家开了第二家店⟧</p></div>
<div class="foot">⟦m 校址：纬阳市迪湖区纬溪大道303号（地铁2号线晰园站C口）⟧ ⟦m 桂ICP备22010978号⟧</div>
</body></html>
""",
        body="""
章鱼小丸子外脆里嫩，设备投入小、出餐快，适合夜市、商圈和学校周边经营。本校开设章鱼小丸子技术培训班，手把手教学，学会为止。
一、培训内容
面糊调配、章鱼处理、馅料搭配、翻丸手法、酱汁熬制、打包出餐，以及电热和燃气小丸子机的使用、清洁与安全操作。
二、班级安排
班型　学时　学费（元）
周末班　2天　1,680
全日班　3天　2,280
开店班　5天　3,980（含选址和进货指导）
三、报名须知
每班限8人，随到随学。学员须自备工作服，学校提供设备和原料。学员可扫描学校门口的报名码预约试吃，试吃满意后再报名。
报名电话：0775-8305518（崛老师）。
""",
    ),
    dict(
        slug="training-zhaxi-snack-cart-course",
        site="栅溪县创业技能培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.zxcypx.com/zs/2025-xiaochiche.html",
        title="栅溪县“小吃车创业”免费技能培训班招生简章",
        record_title="栅溪县“小吃车创业”免费技能培训班招生简章【政府补贴·名额有限】",
        date=None,
        notes="text brochure: numbered list, course list, a sign-up QR as content; the centre's 报名电话 beside an ad line; a trial-lesson prompt glued after a sentence; no date",
        page="""
!m 栅溪县创业技能培训中心　　人社部门定点培训机构
!m 首页 → 招生信息 → 创业培训
!t 栅溪县“小吃车创业”免费技能培训班招生简章【政府补贴·名额有限】
!m 已有 216 人关注本简章
{BODY}
!a 在线报名　　｜　　预约到校参观
!w 想开小吃车不会选设备？加中心顾问微信 zxcy_guwen 免费帮选
!l 其他课程：电商直播带货班　｜　家政服务员培训班　｜　中式面点班
!m 栅溪县创业技能培训中心　地址：栅溪县纬溪路南段48号
""",
        indent="\u3000\u3000",
        body="""
为帮助城乡劳动者创业就业，县创业技能培训中心面向全县开办“小吃车创业”免费技能培训班，培训费用由政府补贴。
一、招生对象：具有本县户籍或持有本县居住证、有创业意愿的城乡劳动者，年龄在18至55周岁之间。
二、培训内容：烤肠、炸串、手抓饼、烤冷面等常见小吃的制作；烤肠机、电饼铛、油炸锅的选购、使用和清洁；食品安全和消防知识；小吃车的证照办理和规范经营。⟦a 报名前可免费试听一节课⟧
三、培训时间：每期10天，全年开班6期，每期30人。
四、结业后，考核合格的学员可领取创业培训合格证书，符合条件的可申请创业担保贷款。
报名方式：携带身份证到中心报名，或扫描中心公众号内的报名二维码在线报名。报名电话：0775-6625013。
""",
    ),
    dict(
        slug="writingapp-biyou-host-script-adoption-day",
        site="笔友写作App分享页 (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://share.biyouxiezuo.com/h5/article?id=9d41f07c&from=wx",
        title="“给流浪猫一个家”领养日活动主持词",
        record_title="“给流浪猫一个家”领养日活动主持词（开场+互动+结尾）｜笔友写作",
        date=None,
        notes="writing app H5 share: open-app mask, a fold ('expand the rest'), AI-rewrite and copy buttons; a host script; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“给流浪猫一个家”领养日活动主持词（开场+互动+结尾）｜笔友写作</title>
<script src="https://h5.biyouxiezuo.com/share/app.8f3c.js"></script>
</head><body>
<div class="mask">⟦a 打开笔友写作App，查看完整范文和同类模板⟧</div>
<div class="top">⟦m 笔友写作 · 你的随身写作搭子⟧</div>
<div class="doc"><h2>{T}</h2>
<div class="stat">⟦m 作者：写稿的小狸　1.6万次使用　收藏 2,048⟧</div>
<div class="ai">⟦a ✨ AI改写这篇　　📋 一键复制⟧</div>
{BODY}
</div>
<div class="tags">⟦l #主持词　#公益活动　#宠物领养⟧</div>
<div class="more">⟦l 相似范文：社区公益集市主持词 ｜ 爱心义卖活动串词⟧</div>
<div class="foot">⟦d 范文由用户创作，仅供参考⟧ ⟦m 笔友写作　沪ICP备24011725号-4A⟧</div>
</body></html>
""",
        body="""
【开场】
亲爱的朋友们，大家上午好！欢迎来到惜春里社区“给流浪猫一个家”领养日活动现场。今天，二十多只经过体检、驱虫和疫苗接种的小猫，正在等待它们的新家人。
【互动环节】
下面进入“逗猫时间”。请有意领养的朋友到工作人员这里领一根逗猫棒，在志愿者的陪同下和小猫互动。提醒大家，逗猫棒请不要直接伸进笼子戳小猫，轻轻晃动就好，让小猫自己来选择您。
⟦a 剩余40%内容已折叠，点击展开全文⟧
【领养须知】
领养人需年满十八周岁，签订领养协议，承诺科学喂养、不遗弃，并接受志愿者定期回访。
【结尾】
朋友们，领养代替购买，陪伴不离不弃。感谢每一位到场的朋友，也祝福每一只小猫都能早日回家！本次活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="writingapp-xiegao-pledge-less-oil",
        site="写稿通App (invented)",
        style="范文APP",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://m.xiegaotong.cn/share/p/5512086",
        title="“减油一小步，健康一大步”倡议书",
        record_title="“减油一小步，健康一大步”倡议书（社区卫生服务中心版）- 写稿通",
        date="2025-09-01",
        notes="writing-app share as text: open-app prompt, an AI-polish button glued after a sentence, a VIP line between paragraphs; 成文日期 under the signature",
        page="""
!a 在写稿通App内打开，体验更流畅
!m 写稿通 · 倡议书 · 健康宣传
!t “减油一小步，健康一大步”倡议书（社区卫生服务中心版）- 写稿通
!m 写稿通用户 @暖阳医生 分享　|　被引用 3,407 次
{BODY}
!a 复制全文　｜　生成海报　｜　导出文档
!l 同主题：全民健康生活方式倡议书 ／ 减盐控糖倡议书
!d 写稿通范文仅作写作参考，使用时请结合实际修改。
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
油是我们日常饮食中不可缺少的，但吃得太多，容易引起肥胖、高血脂和心脑血管疾病。调查显示，我市居民人均每天烹调油摄入量超过40克，远高于膳食指南推荐的25克到30克。为此，我们向全体居民发出倡议：⟦a AI润色这段⟧
一、定量用油。家庭使用带刻度的控油壶或喷油壶，按人数和天数算好用量。
⟦a 开通写稿通VIP，解锁全部倡议书模板⟧
二、科学烹调。多用蒸、煮、炖、拌，少用煎、炸；凉拌菜可用喷油壶喷几下代替浇油。
三、少吃油炸食品和加工零食，在外就餐时主动要求少放油。
四、从我做起，带动家人，让减油成为全家的好习惯。
迪湖区晰园社区卫生服务中心
2025年9月1日
""",
    ),
]
