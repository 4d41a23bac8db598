"""holdout210, part E: residents' sites, associations, companies, training schools, writing apps, an exam forum.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qinhe-community-notice-flying-power-strips",
        site="瀙河社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qinhe-sq.cn/tzgg/2024/1118/203.html",
        title="关于严禁楼道私拉接线板为电动车充电的通知",
        record_title="关于严禁楼道私拉接线板为电动车充电的通知 | 社区公告栏 | 瀙河社区网",
        date="2024-11-18",
        notes="residents' site: weather line, a grid member's box and the property's repair and night lines next to the "
        "community's own 咨询电话; residents told to scan a code to book charging and to follow the community's account (content); 成文日期 under the "
        "signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于严禁楼道私拉接线板为电动车充电的通知 | 社区公告栏 | 瀙河社区网</title>
<link rel="stylesheet" href="/theme/sq/main.css">
<script src="/theme/sq/weather.js"></script>
</head><body>
<div class="sq-top">⟦m 瀙河社区网⟧ <span>⟦m 邻里一家亲　瀙河是我家⟧</span> <span>⟦m 今日 多云 8～15℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 首页⟧ ⟦m 社区公告栏⟧ ⟦m 便民服务⟧ ⟦m 邻里活动⟧ ⟦m 居民议事⟧</div>
<div class="sq-pos">⟦m 首页 ▹ 社区公告栏 ▹ 详情⟧</div>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布人：瀙河社区居委会　发布时间：2024-11-18　阅读 1,206⟧</p>
<div class="sq-text">
{BODY}
</div>
<p class="sq-like">⟦l 👍 有用(88)　💬 邻居留言(17)⟧</p>
</div>
<div class="sq-side">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　汤晓梅　138 7372 0416⟧</p></div>
<div class="wy"><h4>⟦m 物业服务⟧</h4><p>⟦m 物业24小时报修：0737-2650999⟧</p><p>⟦m 夜间值班手机：139 7370 2218⟧</p></div>
</div>
<div class="sq-foot">⟦m 瀙河社区居民委员会　地址：澺湖街道瀙河路45号⟧ ⟦m 湘ICP备19026603号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期，社区在夜间巡查中发现，辖区部分楼栋仍有居民从家中窗户或楼道插座私拉接线板，为停放在楼道、单元门口的电动自行车充电。此类行为极易引发火灾，且一旦起火，楼道就成了烟囱，后果不堪设想。为此，社区居委会会同物业公司通知如下：
一、即日起，严禁在楼道、单元门厅、消防通道停放电动自行车，严禁私拉接线板“飞线”充电。
二、小区东门和北门已建成集中充电棚，共设充电口120个，居民可扫码预约充电，按实际用电计费。充电棚位置和收费标准，可关注“瀙河社区”微信公众号查看。
三、11月25日起，物业公司将对楼道私拉的接线板和电线予以拆除；拒不整改的，报街道综合执法队处理。
如有疑问，请拨打社区咨询电话：0737-2650331。
瀙河社区居民委员会
2024年11月18日
""",
    ),
    dict(
        slug="guilan-community-bulletin-oil-heater-checks-wrapped",
        site="桂岚社区网 (invented residents' site)",
        style="社区网站",
        genre="通报",
        kind="notice",
        form="text",
        source="http://guilan.yicheng-town.cn/gg/20241213.html",
        title="关于辖区独居老人家中油汀等取暖设备安全入户检查情况的通报",
        date="2024-12-12",
        notes="title as in the record; a community's 通报 hard-wrapped at 70 columns; 成文日期 in Chinese numerals; "
        "a weather line, a property line and a residents' message board around it",
        page="""
!m 桂岚社区网　｜　苢城镇桂岚社区居民委员会
!m 今天：小雪　-1～4℃　　首页 › 社区公告
{T}
!m 发布：社区居委会　　2024-12-13　　浏览 436
{BODY}
!l 邻居留言（3）：感谢网格员，我家老爷子那台油汀确实放得太近了
!m 物业服务中心：0739-5128800　　社区值班：0739-5128801
!d 本站由苢城镇桂岚社区居委会维护，转载请注明来源
""",
        indent="\u3000\u3000",
        wrap=70,
        date_also=["2024-12-13"],
        body="""
各居民小组、各网格：
为确保辖区独居老人冬季取暖安全，社区于12月2日至12月10日组织网格员、志愿者和物业电工，对辖区68户独居老人家庭开展了取暖设备安全入户检查。现将检查情况通报如下。
一、总体情况。68户中使用油汀的有41户，使用电热毯的有52户，使用小太阳等电暖器的有9户。检查发现安全隐患23处，已当场整改19处。
二、主要问题。一是油汀摆放离床铺、窗帘过近，共11户；二是油汀与电饭煲、电水壶等共用一个接线板，共7户；三是在油汀上烘烤衣物、鞋袜，共5户。
三、下一步要求。各网格要对尚未整改的4处隐患跟踪督办，每周至少上门一次；志愿者结对的独居老人，寒潮期间每天电话问候一次。
苢城镇桂岚社区居民委员会
二〇二四年十二月十二日
""",
    ),
    dict(
        slug="chankou-curtain-association-pledge-rod-load",
        site="瀍口市窗帘布艺行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ckclxh.org.cn/xhdt/2024/0716/58.html",
        title="关于规范窗帘杆安装与承重标识的倡议书",
        record_title="会员之声 ∣ 关于规范窗帘杆安装与承重标识的倡议书 ∣ 瀍口窗帘布艺协会",
        date="2024-07-15",
        date_also=["2024-07-16"],
        notes="association site: member-login row and member hotline; the association's name at the top is also the "
        "signature and stands in the first paragraph (matched as head); 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>会员之声 ∣ 关于规范窗帘杆安装与承重标识的倡议书 ∣ 瀍口窗帘布艺协会</title>
<link rel="stylesheet" href="/css/xh.css">
<script src="/js/member.js"></script>
</head><body>
<div class="xh-login">⟦a 会员单位登录⟧ ⟦a 申请入会⟧ ⟦a 会费缴纳⟧</div>
<div class="xh-logo">⟦m 瀍口市窗帘布艺行业协会⟧</div>
<div class="xh-nav">⟦m 协会首页⟧ ⟦m 协会概况⟧ ⟦m 会员之声⟧ ⟦m 行业标准⟧ ⟦m 会员风采⟧</div>
<div class="xh-pos">⟦m 您在这里：协会首页 › 会员之声⟧</div>
<div class="xh-news">
<h1>{T}</h1>
<div class="xh-date">⟦m 2024-07-16　秘书处　浏览 602 次⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-next">⟦l 下一条：协会组织会员单位赴外地考察电动窗帘产业⟧</div>
</div>
<div class="xh-side"><p>⟦m 会员服务热线：0737-2309566⟧</p><p>⟦m 秘书处邮箱：mishuchu@ckclxh.org.cn⟧</p></div>
<div class="xh-foot">⟦m 主办：瀍口市窗帘布艺行业协会　地址：芣原区家居大道2号⟧<br>⟦m 湘ICP备19007321号⟧</div>
</body></html>
""",
        body="""
全市窗帘布艺企业、安装服务商：
近年来，因窗帘杆安装不牢、承重不足导致脱落伤人的投诉时有发生，既损害消费者权益，也影响行业声誉。为此，瀍口市窗帘布艺行业协会向全体会员单位和从业者倡议：
一、标明承重。所售窗帘杆应在产品或包装上标明最大承重，不得虚标。
二、规范安装。安装前查看墙体和吊顶结构，空心砖墙、石膏板吊顶须采用相应的加固措施，不得以塑料膨胀钉代替金属膨胀螺栓。
三、明示告知。安装完成后向消费者说明承重限制和日常使用注意事项，并提供不少于一年的安装质保。
四、诚信经营。主动接受消费者和社会监督，发生纠纷时积极协商处理。
让我们共同行动起来，让每一根窗帘杆都挂得稳、用得安心！
瀍口市窗帘布艺行业协会
2024年7月15日
""",
    ),
    dict(
        slug="cishui-car-care-association-minutes-water-saving",
        site="泚水市汽车美容行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.csqcmr.org/hyjy/2025/0513/17.html",
        title="泚水市汽车美容行业协会洗车机节水改造专题会议纪要",
        date="2025-05-12",
        date_also=["2025-05-09"],
        notes="title as in the record; minutes with 时间/地点/主持/出席/记录 lines and a vote count; the meeting's "
        "时间 line and the 成文日期 differ (the document's date expected); member-login and hotline lines",
        page="""
!m 泚水市汽车美容行业协会　　会员登录 ｜ 入会指南
!m 首页 > 协会工作 > 会议纪要
{T}
!m 秘书处　2025-05-13　阅读 219
{BODY}
!a 【下载纪要PDF】　【返回列表】
!m 协会服务电话：0736-7351288　　投诉监督：0736-7351299
!m Copyright © 泚水市汽车美容行业协会
""",
        indent="",
        body="""
时间：2025年5月9日下午3时
地点：协会秘书处会议室
主持：会长　汪启明
出席：副会长单位代表5人，理事单位代表16人
记录：秘书处　俞晴
会议听取了秘书处关于全市洗车门店用水情况的调查汇报，讨论了《洗车机节水改造行业倡议（草案）》，形成如下意见：
一、会议同意以协会名义发布节水改造倡议，号召会员门店在年底前为洗车机全部加装节水喷嘴，有条件的配套循环水设备。
二、会议同意与市节约用水办公室联合开展“节水示范洗车店”评选，首批评选10家。
三、表决情况：应到理事21人，实到21人，同意20人，弃权1人，议题通过。
泚水市汽车美容行业协会秘书处
2025年5月12日
""",
    ),
    dict(
        slug="yicheng-light-company-news-night-light-test",
        site="苢城光源电器有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yclight.com.cn/news/company/20241106-77.html",
        title="我司新一代人体感应小夜灯通过儿童用品安全检测",
        record_title="新品资讯 | 我司新一代人体感应小夜灯通过儿童用品安全检测 | 苢城光源",
        record_date="2024-11-06",
        date="2024-11-06",
        notes="company page: cookie notice, service float with a 400 order line, a product link glued after a "
        "sentence; a sentence telling buyers to scan the box's code (content); date given by the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新品资讯 | 我司新一代人体感应小夜灯通过儿童用品安全检测 | 苢城光源</title>
<link rel="stylesheet" href="/assets/yc/css/app.css">
<script src="/assets/yc/js/cookie-consent.js"></script>
</head><body>
<header class="yc-header"><a class="logo">⟦m 苢城光源 YICHENG LIGHTING⟧</a>
<nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新品资讯⟧ ⟦m 质量承诺⟧ ⟦m 加盟合作⟧</nav></header>
<div class="yc-crumb">⟦m 首页 / 新品资讯 / 公司动态⟧</div>
<main class="yc-news">
<h1>{T}</h1>
<div class="yc-date">⟦m 2024.11.06　|　浏览 2,380⟧</div>
<div class="yc-content">
{BODY}
</div>
<div class="yc-pager">⟦l 上一篇：苢城光源亮相华中灯饰博览会⟧　⟦l 下一篇：关于春节期间发货安排的通知⟧</div>
</main>
<div class="yc-float"><p>⟦w 在线客服⟧</p><p>⟦w 订购热线 400-8770-315⟧</p></div>
<div class="yc-cookie">⟦d 本网站使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们的隐私政策⟧ <button>⟦a 我知道了⟧</button></div>
<footer>⟦m © 2024 苢城光源电器有限公司　湘ICP备16018802号-1⟧</footer>
</body></html>
""",
        body="""
11月5日，我司研发的第三代人体感应小夜灯顺利通过省电光源产品质量检验中心的儿童用品安全检测，成为本地首款取得该项检测报告的小夜灯产品。
新一代小夜灯采用低温冷光源，表面温度不超过36摄氏度；外壳选用食品级硅胶材料，无尖角、无小零件，即使被孩子抓握、啃咬也不会造成伤害。⟦a 👉 查看产品参数与购买渠道⟧感应距离三米，人来灯亮、人走灯灭，一次充电可连续使用二十个夜晚。
消费者可扫描包装盒背面的二维码，查询该产品的检测报告和生产批次信息。
公司总经理裴宇航表示，今后将继续聚焦老人和儿童的夜间照明需求，把安全做在看不见的地方。
""",
    ),
    dict(
        slug="hengtong-company-letter-dealers-power-strip-standard",
        site="恒通电器官网 (invented)",
        style="企业官网",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.hengtong-elec.com/dealer/notice/2024-09-02.html",
        title="关于接线板产品全面切换新标准的致经销商函",
        record_title="经销商专区 / 关于接线板产品全面切换新标准的致经销商函 - 恒通电器",
        date="2024-09-02",
        notes="company text page: a dealer area path before the title; the letter's own contact and mailbox next to "
        "a 400 order line and a dealer-login prompt; 成文日期 under the signature",
        page="""
!m 恒通电器　HENGTONG　　安全用电，从一个插座开始
!m 首页　产品　经销商专区　服务　关于我们
!a 经销商请先登录，查看价格政策与库存
{T}
!m 发布部门：销售部　　2024-09-02
{BODY}
!w 全国订购热线：400-8606-152　　售后服务：0739-4266000
!l 相关通知：2024年秋季经销商订货会安排
!m 匏川恒通电器有限公司　版权所有　湘ICP备11021756号
""",
        indent="\u3000\u3000",
        body="""
尊敬的各位经销商伙伴：
感谢大家多年来对恒通接线板的信任与支持。根据新修订的家用插头插座国家标准，我司自2024年10月1日起，所有接线板产品全面切换为新标准版本，主要变化有三点：一是插孔全部加装保护门；二是电源线截面积由0.75平方毫米提高到1平方毫米；三是每款产品在显著位置标注额定功率和“禁止串接”警示语。
旧版产品库存请于9月25日前统计上报，我司将按原价回购，运费由我司承担。新版产品价格不作调整。
如有疑问，请联系销售部　丁晓岚，电话：0739-4266810，邮箱：dingxl@hengtong-elec.com。
匏川恒通电器有限公司
2024年9月2日
""",
    ),
    dict(
        slug="qiaoshou-school-brochure-curtain-install-class",
        site="篑山巧手家装培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshou-jz.com/zhaosheng/chuanglian.html",
        title="窗帘安装实操班（含窗帘杆打孔与找平）招生简章",
        title_also=["窗帘安装实操班招生简章"],
        record_title="【春季班开课】窗帘安装实操班（含窗帘杆打孔与找平）招生简章 — 巧手家装培训",
        date=None,
        notes="training school: a promo banner, consult float and a 400 line next to the school's own 报名电话; a fee "
        "table one row a paragraph; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【春季班开课】窗帘安装实操班（含窗帘杆打孔与找平）招生简章 — 巧手家装培训</title>
<link rel="stylesheet" href="/static/qs/site.css">
<script src="/static/qs/kefu.js"></script>
</head><body>
<div class="qs-promo">⟦a 🎉 春季报名季：两人同行，第二人学费减300元⟧</div>
<header>⟦m 篑山巧手家装培训学校⟧ <span>⟦m 学一门手艺，多一条出路⟧</span>
<nav>⟦m 首页⟧ ⟦m 热门课程⟧ ⟦m 招生简章⟧ ⟦m 学员就业⟧ ⟦m 到校路线⟧</nav></header>
<div class="qs-crumb">⟦m 首页 - 招生简章 - 软装类⟧</div>
<div class="qs-main">
<h1>{T}</h1>
<div class="qs-text">
{BODY}
</div>
<div class="qs-btn"><button>⟦a 在线报名，锁定名额⟧</button></div>
<div class="qs-more">⟦l 你可能还想学：墙纸铺贴实操班 ｜ 全屋定制安装班⟧</div>
</div>
<div class="qs-float"><p>⟦w 课程顾问在线，点我咨询⟧</p><p>⟦w 招生热线 400-8090-513⟧</p></div>
<footer>⟦m 篑山巧手家装培训学校　办学许可证号：教民143072170000521号⟧ ⟦m 湘ICP备22004418号⟧</footer>
</body></html>
""",
        body="""
为满足家装市场对窗帘安装人员的需求，我校开设窗帘安装实操班，现面向社会招生。
一、培训对象：有意从事窗帘安装、软装服务的社会人员，零基础可报名。
二、培训内容：窗帘测量与报价；罗马杆、轨道、电动窗帘杆的安装；混凝土墙、空心砖墙和石膏板吊顶的打孔与加固；窗帘杆找平与承重检查。
三、课程安排
班次　开课时间　学时　学费
周末班　每月第一个周六　32学时　1280元
全日制班　每月10日　40学时　1580元
四、结业发证：考核合格者颁发学校结业证书，并推荐到合作家装公司就业。
五、报名方式：携带身份证到校报名，或拨打报名电话0737-2716085。
""",
    ),
    dict(
        slug="chejiang-school-trainee-insight-car-washer",
        site="泚水车匠汽车美容培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.chejiang-px.cn/xueyuan/2025/118.html",
        title="汽车美容班学员结业心得：从不敢碰洗车机到独立接车",
        record_title="毕业学员说 ┃ 汽车美容班学员结业心得：从不敢碰洗车机到独立接车",
        date=None,
        notes="training-school text page: a trainee's insight with no date; trial-lesson prompt between paragraphs; a "
        "consult WeChat and enrol line below",
        page="""
!m 泚水车匠汽车美容培训学校
!m 首页 ┃ 课程设置 ┃ 毕业学员说 ┃ 报名咨询
{T}
!m 学员：汽美第27期　周浩然　　阅读 640
{BODY}
!w 想和周浩然一样学门手艺？加课程顾问微信 chejiang_px7 领取课程表
!l 更多学员故事：从外卖小哥到贴膜师傅｜宝妈学汽车内饰清洁的三个月
!m 报名地址：泚水市汽配城北区12栋　　咨询电话：0736-7380066
""",
        indent="\u3000\u3000",
        body="""
来培训学校之前，我在工厂流水线上干了六年，对汽车美容一窍不通。第一天上实操课，老师让我们开高压洗车机冲车，我握着喷枪手直抖，生怕把车漆冲坏了。
老师手把手教我们：喷枪离车身三十厘米，从上往下冲；轮毂和底盘用高压，车身用中压；泡沫要在车身上停留两分钟再冲。练了一个星期，我终于能稳稳地完成一台车的预洗。
⟦a 免费试听一节实操课，点此预约⟧
后面学了打蜡、内饰清洁和镀晶，每一项都要反复练。结业考核时，我一个人四十分钟完成了一台车的精洗，考官给了优秀。
现在我已经在城区一家洗车店上班，每天能接十几台车。感谢老师们的耐心，也感谢当初那个下决心改变的自己。
""",
    ),
    dict(
        slug="luobi-app-report-car-wash-station-head",
        site="落笔App H5 share page (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.luobi-app.com/share/article?aid=5527190&from=wx",
        title="2024年度洗车服务站站长述职报告",
        record_title="2024年度洗车服务站站长述职报告（可一键改写）· 落笔",
        date="2025-01-06",
        notes="writing app H5 share: an open-app mask, a fold, AI-rewrite and AI-polish buttons, a member prompt between "
        "paragraphs; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>2024年度洗车服务站站长述职报告（可一键改写）· 落笔</title>
<link rel="stylesheet" href="https://h5.luobi-app.com/static/share.css">
<script src="https://h5.luobi-app.com/static/openapp.js"></script>
</head><body>
<div class="lb-mask">⟦a 打开落笔App，查看完整范文⟧ <button>⟦a 立即打开⟧</button></div>
<div class="lb-head">⟦m 落笔 · 写材料的好帮手⟧</div>
<div class="lb-article">
<h1>{T}</h1>
<p class="lb-meta">⟦m 述职报告 · 2,146人用过 · 字数约1100⟧</p>
<div class="lb-ai"><button>⟦a ✨ AI一键改写⟧</button> <button>⟦a ✨ AI帮我润色⟧</button></div>
<div class="lb-content">
{BODY}
</div>
<div class="lb-fold">⟦a 余下内容已折叠，在App内继续阅读⟧</div>
</div>
<div class="lb-rec"><h4>⟦l 同类范文推荐⟧</h4><p>⟦l 门店店长年度述职报告（通用版）⟧</p><p>⟦l 汽车服务行业年终工作总结⟧</p></div>
<div class="lb-foot">⟦m 落笔App · 鲁ICP备21017733号-2⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任公司第三洗车服务站站长，在公司领导和同事们的支持下，带领全站九名员工完成了全年各项任务。现将履职情况报告如下。
一、经营情况。全年服务车辆4.1万台次，营业收入218万元，同比增长12%；会员客户由900人增加到1460人。
⟦a 开通落笔会员，解锁全站8万篇述职范文⟧
二、设备管理。建立洗车机“日检、周保、月修”制度，全年设备故障停机时间比上年减少六成；完成两台旧洗车机的节水改造，月均节水约80吨。
三、安全管理。全年未发生人员受伤和车辆损坏事故，组织用电和消防演练4次。
四、不足与打算。一是高峰时段排队时间偏长；二是员工流动较大。明年将增设一条快洗通道，完善员工激励办法。
述职人：第三洗车服务站　范东升
2025年1月6日
""",
    ),
    dict(
        slug="luobi-app-flag-speech-night-light",
        site="落笔App text share (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://h5.luobi-app.com/share/article?aid=5519832&from=copy",
        title="做一盏温暖别人的小夜灯",
        record_title="做一盏温暖别人的小夜灯【升旗演讲·冬季篇】｜落笔",
        date="2024-12-09",
        notes="writing-app text: date under the speech title, the speaker line neutral; the title is quoted in the "
        "speech (the repeated title matched as head); an AI button glued after a sentence; open-app prompts",
        page="""
!a 在落笔App中打开，体验更流畅
!m 落笔 · 国旗下讲话专区
{T}
（2024年12月9日）
初二（3）班　邵可欣
!m 适用：周一升旗　·　时长约3分钟　·　1,024人收藏
{BODY}
!a 收藏　　复制全文　　一键生成同题演讲稿
!l 相关范文：国旗下讲话：做有温度的人｜冬季安全教育国旗下讲话
!m 落笔App　鲁ICP备21017733号-2
""",
        indent="",
        body="""
老师们、同学们：
早上好！今天我国旗下讲话的题目是《做一盏温暖别人的小夜灯》。
上个月，我们班去社区敬老院做志愿服务。临走时，一位奶奶拉着我的手说，她最怕晚上起夜，房间太黑，腿脚又不灵便。回家后，我和爸爸一起用零花钱买了一盏感应小夜灯，周末又送了过去。奶奶说，那天晚上她睡得特别踏实。
一盏小夜灯很小，亮度也不高，可它在最黑的时候亮着，就能让人安心。⟦a ✨ 让AI续写这一段⟧我想，我们每个人都可以做一盏这样的小夜灯：同学遇到难题时，耐心讲一讲；值日生忙不过来时，搭把手；看到低年级的小同学摔倒了，扶一把。
同学们，让我们都做一盏温暖别人的小夜灯，照亮别人，也照亮自己。
我的讲话完毕，谢谢大家！
""",
    ),
    dict(
        slug="shangan-forum-essay-night-light-governance-jammer",
        site="上岸帮论坛 (invented civil-service exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganbang.com/thread-220914-1-1.html",
        title="一盏小夜灯照见基层治理的温度",
        record_title="〔申论习作·民生篇〕一盏小夜灯照见基层治理的温度（请老师指正）- 申论交流 - 上岸帮论坛",
        date=None,
        notes="exam forum with jammer-font junk; a reply-to-see prompt, rating row and a QQ-group ad; an essay with no "
        "date; 发表于 昨天 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔申论习作·民生篇〕一盏小夜灯照见基层治理的温度（请老师指正）- 申论交流 - 上岸帮论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="static/js/forum_viewthread.js"></script>
</head><body>
<div id="toptb">⟦m 上岸帮论坛　一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸帮论坛 › 笔试交流 › 申论交流 › 正文⟧</div>
<div class="ad">⟦w 申论批改群：QQ群 683102947，每晚名师直播点评⟧</div>
<table><tr>
<td class="pls">⟦m 今年必上岸_阿哲⟧ ⟦m 帖子 96　积分 740⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 21:33 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有批改意见，回复后可见⟧</div>
<div class="rate">⟦l 评分 参与人数 3　上岸币 +9　理由：结构清晰⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m 上岸帮论坛 湘ICP备20023310号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
夜色中的老旧小区里，一盏盏感应小夜灯亮起，照亮了老人起夜的路，也照亮了晚归者回家的楼梯。小夜灯虽小，却折射出基层治理的温度与精度。
小夜灯照见的是需求导向。一些地方在走访中发现独居老人夜间跌倒的风险，没有等上级部署，而是把问题变成项目，把项目落到楼道。治理的起点，正是群众身边的急难愁盼。
小夜灯照见的是共建共享。楼道灯由谁来装、电由谁来充、坏了谁来修，有的社区交给党员认领，有的交给楼栋自治，居民从旁观者变成参与者，治理的合力由此形成。
小夜灯也提醒我们，民生无小事。把小切口做细做实，就能撬动大民生。让更多这样的小夜灯亮起来，基层治理就会更有温度。
""",
    ),
]
