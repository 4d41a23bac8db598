"""holdout340, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text case each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-yahe-notice-salon-fire-check",
        site="娅荷社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://yahe.shequ.example.cn/tzgg/2024/1108/214.html",
        title="娅荷社区关于开展美甲美睫小店消防安全上门检查的通知",
        record_title="【娅荷社区·安全提醒】娅荷社区关于开展美甲美睫小店消防安全上门检查的通知 - 娅荷社区居民之家",
        date="2024-11-07",
        notes="residents' site with a weather line, a grid worker's box and property repair lines beside the notice's own "
        "联系人/电话; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【娅荷社区·安全提醒】娅荷社区关于开展美甲美睫小店消防安全上门检查的通知 - 娅荷社区居民之家</title>
<script src="/js/weather.js"></script>
</head><body>
<div class="hd">⟦m 娅荷社区居民之家⟧ ⟦m 妩州市翅湖区漠桥街道⟧ ⟦m 今日 多云 9~17℃ 空气良⟧</div>
<ul class="nav"><li>⟦m 社区首页⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 邻里圈⟧</li></ul>
<div class="pos">⟦m 您在这里：社区首页 › 通知公告⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 发布人：社区居委会　阅读 377⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享给邻居：微信 | 朋友圈⟧</div>
</div>
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第3网格 贝小雨 139 7360 2218⟧</p></div>
<div class="wuye"><h4>⟦m 物业服务⟧</h4><p>⟦m 报修电话：0736-2261190⟧</p><p>⟦m 夜间值班：0736-2261191⟧</p></div>
<div class="ft">⟦m 娅荷社区居民委员会　地址：漠桥街道娅荷路36号⟧</div>
</body></html>
""",
        body="""
辖区各美甲、美睫门店经营者：
美甲美睫门店常用洗甲水、睫毛胶、酒精等易燃物品，店内电器也比较多。为防患于未然，社区联合漠桥街道消防工作站，定于11月12日至15日对辖区23家美甲美睫小店开展消防安全上门检查。检查内容包括：
1. 洗甲水等易燃物品是否少量存放、远离美甲灯和插座；
2. 灭火器是否在有效期内，店员是否会使用；
3. 是否存在私拉电线、用插线板串接多台美甲灯的情况。
请各店提前自查，检查当天安排专人配合。
联系人：彭丽娟　电话：0736-2260312
娅荷社区居民委员会
2024年11月7日
""",
    ),
    dict(
        slug="community-chongyuan-pledge-remover-bottles",
        site="憧园社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://chongyuan.sq.example.org/jmzc/2024/0421/93.html",
        title="关于规范投放废弃洗甲水瓶等有害垃圾的倡议书",
        record_title="【憧园微倡议】关于规范投放废弃洗甲水瓶等有害垃圾的倡议书 - 憧园社区",
        date="2024-04-20",
        notes="residents' text page: a grid worker's box between paragraphs; a sentence asking residents to scan and follow "
        "the community account stays in the body; 成文日期",
        page="""
!m 憧园社区 · 邻里一家亲
!m 社区首页 > 居民之窗 > 倡议
!t 【憧园微倡议】关于规范投放废弃洗甲水瓶等有害垃圾的倡议书 - 憧园社区
!m 发布：社区党委　　浏览：208
{BODY}
!l 点赞 26　　评论 4　　转发
!m 憧园社区党群服务中心　值班电话：0736-2278001（9:00-17:00）
!m 物业24小时维修：0736-2278119
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
洗甲水、过期的指甲油、用空的发胶罐，很多人随手就扔进了“其他垃圾”桶。其实，残留的洗甲水易燃易挥发，指甲油含有机溶剂，它们都属于有害垃圾，混投不仅污染环境，还可能在垃圾车里引发火情。
⟦m 本楼栋网格员：孟凡　手机 138 7362 5501⟧
为此，社区向大家倡议：
一、废弃的洗甲水瓶、指甲油瓶请拧紧瓶盖，投入小区东门的红色有害垃圾桶；
二、家里用不完的洗甲水不要倒进下水道，可以交到社区服务站统一处理；
三、美甲店、理发店请与有资质的单位签订回收协议。
请大家扫描服务站门口的二维码，关注社区公众号，了解有害垃圾回收日安排。
憧园社区党委　憧园社区居委会
2024年4月20日
""",
    ),
    dict(
        slug="association-wuzhou-beauty-minutes-curler-standard",
        site="妩州市美容美发行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.wzmrmf.example.org.cn/hwgk/2024/0315/118.html",
        title="妩州市美容美发行业协会三届五次理事会会议纪要",
        record_title="〖三届五次理事会纪要〗妩州市美容美发行业协会三届五次理事会会议纪要_会务公开_妩州市美容美发行业协会",
        date="2024-03-12",
        date_also=["2024-03-15"],
        notes="association site with a member-login row and a member hotline; minutes with 时间/地点/主持/出席/列席/记录 "
        "lines and a vote count; the 时间 line gives the date, the page's date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖三届五次理事会纪要〗妩州市美容美发行业协会三届五次理事会会议纪要_会务公开_妩州市美容美发行业协会</title>
<script src="/js/member.js"></script>
</head><body>
<div class="login">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦a 忘记密码⟧</div>
<div class="logo">⟦m 妩州市美容美发行业协会⟧ ⟦m 行业自律 · 服务会员⟧</div>
<ul class="nav"><li>⟦m 协会首页⟧</li><li>⟦m 协会概况⟧</li><li>⟦m 会务公开⟧</li><li>⟦m 标准建设⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="pos">⟦m 当前位置：协会首页 → 会务公开⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2024-03-15　编辑：秘书处　浏览：164⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 会务公开⟧</h4><p>⟦l 三届四次理事会会议纪要⟧</p><p>⟦l 2023年度会员大会决议⟧</p></div>
<div class="ft">⟦m 会员服务热线：0736-2217076⟧ ⟦m 秘书处地址：妩州市翅湖区商会大厦9楼⟧ ⟦m 湘ICP备20009377号⟧</div>
</body></html>
""",
        body="""
时间：2024年3月12日下午
地点：协会会议室
主持：会长 文慧芳
出席：理事21人（应到25人）
列席：监事长 鲁建，秘书处全体人员
记录：秘书处 唐宁
会议审议了《美睫服务工具清洁消毒规范》团体标准（送审稿）。与会理事认为，睫毛夹、睫毛梳、镊子等工具在门店普遍存在“一把用到底”的现象，标准明确要求每位顾客使用前用75%酒精擦拭胶垫和夹口，十分必要。
会议表决：同意21票，反对0票，弃权0票，通过该标准，由秘书处报市场监管部门备案后发布。
会议还商定，4月份组织会员单位开展一次美甲灯安全使用培训。
""",
    ),
    dict(
        slug="association-laihu-pledge-lash-glue-head",
        site="睐湖县美发美容协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.lhmfmr.example.cn/news/2024/0606/51.html",
        title="关于规范使用假睫毛胶水的行业自律倡议",
        record_title="〔行业自律公约〕关于规范使用假睫毛胶水的行业自律倡议 · 睐湖县美发美容协会",
        date="2024-06-05",
        notes="association text page whose name line is also the signature (head); a join-us line between paragraphs; "
        "成文日期",
        page="""
!m 睐湖县美发美容协会
!m 首页 ＞ 行业自律 ＞ 倡议公约
!t 〔行业自律公约〕关于规范使用假睫毛胶水的行业自律倡议 · 睐湖县美发美容协会
!m 发布：秘书处　　2 天前
{BODY}
!a 会员单位请登录后签署电子承诺书
!m 协会秘书处　电话：0734-7746120　地址：睐湖县商贸街17号
""",
        indent="\u3000\u3000",
        body="""
全县美睫经营单位和从业人员：
假睫毛嫁接使用的胶水含有刺激性成分，一旦用错、用多，容易引起顾客眼睛红肿、过敏。为维护消费者权益和行业声誉，协会倡议：
一、只采购有中文标签、生产许可证号和保质期的睫毛胶，不用散装、分装胶水。
二、嫁接前询问顾客过敏史，首次嫁接的顾客先做小范围试贴。
⟦a 还不是协会会员？点此在线入会，享培训优惠⟧
三、操作时让顾客闭眼，胶水距离眼睑不少于1毫米，嫁接完用小风扇吹干再让顾客睁眼。
四、开封的胶水按说明在规定时间内用完，过期胶水一律报废。
睐湖县美发美容协会
2024年6月5日
""",
    ),
    dict(
        slug="company-guangyan-news-low-uv-lamp",
        site="妩州光妍照明电器有限公司 (invented)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.guangyan-light.example.com/news/company/2024-09-06-118.html",
        title="光妍照明推出低紫外双光源美甲灯",
        record_title="新品资讯 ∾ 光妍照明推出低紫外双光源美甲灯 ∾ 光妍照明",
        date="2024-09-06",
        notes="company site with a cookie notice and a service float; the repeated title glued before the news lead; "
        "a dotted company date is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新品资讯 ∾ 光妍照明推出低紫外双光源美甲灯 ∾ 光妍照明</title>
<script src="/js/cookie-consent.js"></script>
</head><body>
<div class="cookie">⟦d 我们使用Cookie来改善您的浏览体验，继续浏览即表示同意⟧ ⟦a 好的⟧</div>
<header>⟦m 光妍照明 GUANGYAN⟧ <nav>⟦m 首页⟧ ⟦m 产品中心⟧ ⟦m 新闻资讯⟧ ⟦m 代理加盟⟧ ⟦m 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻资讯 / 公司动态⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 2024.09.06⟧ ⟦m 浏览 903⟧</div>
{BODY}
</article>
<div class="prev-next">⟦l 上一条：光妍照明通过ISO9001复审⟧ ⟦l 下一条：光妍照明亮相华南美博会⟧</div>
<div class="service">⟦w 在线客服⟧ ⟦w 订货热线 400-736-8090⟧ ⟦a 回到顶部⟧</div>
<footer>⟦m © 2024 妩州光妍照明电器有限公司⟧ ⟦m 湘ICP备16035018号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 光妍照明推出低紫外双光源美甲灯⟧9月5日，妩州光妍照明电器有限公司发布新款GY-52双光源美甲灯。这款灯把紫外波段的输出功率降低了约四成，同时增加了可见光固化灯珠，能满足大部分甲油胶的固化需要。
公司研发部负责人介绍，去年我市抽查中公司一款老型号美甲灯紫外辐射不合格，公司随即停产召回，并投入研发力量重新设计光源。新品通过了第三方检测，灯罩内侧加装了遮光边，减少手背受照面积。
新灯还设有30秒、60秒两档定时，超时自动断电。公司提醒，使用美甲灯时仍建议佩戴防晒手套，不要直视灯珠。
""",
    ),
    dict(
        slug="company-lanjia-recall-remover-batches",
        site="翅湖兰甲日化有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.lanjia-rh.example.com/news/2024/1120.html",
        title="翅湖兰甲日化有限公司关于召回部分批次“兰甲”牌洗甲水的公告",
        record_date="2024-11-20",
        date="2024-11-20",
        notes="record title and date; recalled batches one row a paragraph; the recall line beside a 400 order line",
        page="""
!m 兰甲日化　专注指甲护理十五年
!m 首页 | 产品 | 新闻公告 | 联系我们
{T}
!m 发布：品牌部　　2024-11-20
{BODY}
!w 批发订货热线：400-873-1166
!l 上一条：兰甲日化荣获妩州市“守合同重信用”企业　　下一条：无
!m 翅湖兰甲日化有限公司　版权所有　湘ICP备18022341号
""",
        indent="\u3000\u3000",
        body="""
我公司在自查中发现，部分批次“兰甲”牌洗甲水（100毫升装）瓶盖密封圈尺寸偏小，运输中可能渗漏。为保障消费者安全，公司决定主动召回以下批次产品：
生产批号　生产日期　数量（瓶）
LJ240812　2024年8月12日　6200
LJ240826　2024年8月26日　5800
请已购买上述批次产品的消费者停止使用，将产品拧紧后放在阴凉处，联系公司免费换货。经销商请立即下架，并清点库存。
召回专线：0736-2290576（每天8:00-20:00）
翅湖兰甲日化有限公司
2024年11月20日
""",
    ),
    dict(
        slug="training-qiaoshou-brochure-lash-course",
        site="巧手职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshou-edu.example.cn/zsjz/meijie-2024-autumn.html",
        title="2024年秋季美睫师技能培训班招生简章",
        record_title="【秋季美睫班】2024年秋季美睫师技能培训班招生简章（每期限12人）- 巧手职业培训学校",
        date=None,
        notes="training school with a promo banner and a consult float; a timetable one row a paragraph; a scan-to-sign-up "
        "sentence and the school's 报名电话 beside a 400 franchise line; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【秋季美睫班】2024年秋季美睫师技能培训班招生简章（每期限12人）- 巧手职业培训学校</title>
<script src="/js/consult.js"></script>
</head><body>
<div class="promo">⟦a 国庆报名立减600元，老学员带新再送工具包⟧</div>
<div class="hd">⟦m 巧手职业培训学校⟧ ⟦m 一技在手 就业无忧⟧ ⟦w 全国加盟热线 400-688-5276⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 班型⟧</li><li>⟦m 师资⟧</li><li>⟦m 学员作品⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="main">
<h1>{T}</h1>
<div class="info">⟦m 招生老师：小甘　浏览：2,118⟧</div>
{BODY}
</div>
<div class="float-consult">⟦w 在线咨询⟧ ⟦w 免费试听⟧ ⟦w 微信：qiaoshou_gan⟧</div>
<div class="ft">⟦m 巧手职业培训学校　办学许可证号：教民14305270000331号⟧<br>⟦m 地址：颦山县育才路55号⟧</div>
</body></html>
""",
        body="""
本班面向零基础学员，采用小班教学，每期限招12人，学习期满考核合格的，可参加美睫师职业技能等级认定。
课程安排：
阶段　内容　课时
第一周　眼型分析、睫毛夹与工具使用　30
第二周　假睫毛嫁接基本手法、胶水使用安全　36
第三周　卸睫、修补及门店实操　30
学费：3800元（含工具包：睫毛夹、镊子、练习用假睫毛、头模）。学员实操用的睫毛胶全部为正规产品，课程全程讲授过敏预防。
报名方式：到校报名，或扫描学校门口的二维码在线报名。
报名电话：0739-6251803
""",
    ),
    dict(
        slug="training-qiaoshou-trainee-insight-nail",
        site="巧手职业培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qiaoshou-edu.example.cn/xyxs/2024/08.html",
        title="从不敢开灯到独立做完一套光疗甲",
        record_title="【学员心声·第8期】从不敢开灯到独立做完一套光疗甲 — 巧手职业培训学校",
        date=None,
        notes="training-school text page: a trial-lesson line between paragraphs and a course link glued after a sentence; "
        "no date",
        page="""
!m 巧手职业培训学校 · 学员心声
!m 首页 ＞ 学员心声
!t 【学员心声·第8期】从不敢开灯到独立做完一套光疗甲 — 巧手职业培训学校
!m 投稿学员：美甲21期 吴小满　　阅读 640
{BODY}
!l 往期学员心声：第7期 | 第6期 | 第5期
!w 想学美甲？免费试听一节课，微信 qiaoshou_gan
!m 巧手职业培训学校　颦山县育才路55号
""",
        indent="\u3000\u3000",
        body="""
来巧手之前，我在超市当收银员，最大的爱好就是刷美甲视频。真正坐到工作台前，我才发现自己连美甲灯都不敢开，总怕把顾客的手照坏了。
第一周，王老师没让我们碰甲油胶，而是先讲灯：紫外线和LED有什么区别，每一层照多久，为什么要给顾客戴防晒手套。她说，技术可以慢慢练，安全意识必须第一天就有。⟦l 点此查看美甲全科班课程⟧
⟦w 报名前可先到店免费体验一节课，详询前台⟧
第二周开始练甲型，我一天要修二十个甲片，手腕酸得抬不起来。第三周，我第一次给同学做完了一整套光疗甲，从修型、上胶、照灯到封层，用了两个半小时。
现在我已经在县城一家美甲店上班了。我想对还在犹豫的姐妹说：别怕慢，把每一步做对，比什么都重要。
""",
    ),
    dict(
        slug="app-biyou-host-script-beauty-contest",
        site="笔友APP H5 share page (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.biyou-app.example.cn/share/doc?id=a71c09f3",
        title="全县美业职业技能大赛开幕式主持词",
        record_title="全县美业职业技能大赛开幕式主持词（美业技能赛·串词可直接改）- 笔友APP",
        date=None,
        notes="writing app H5 share: an open-app mask, a fold and AI-rewrite buttons; an AI-polish button glued after a "
        "sentence; host lines; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>全县美业职业技能大赛开幕式主持词（美业技能赛·串词可直接改）- 笔友APP</title>
<script src="https://h5.biyou-app.example.cn/sdk/openapp.js"></script>
</head><body>
<div class="mask">⟦a 在笔友APP中打开，体验更流畅⟧ ⟦a 去APP里看⟧</div>
<div class="bar">⟦m 笔友APP · 写材料不再熬夜⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="meta">⟦m 作者：笔友_春风　字数 486　收藏 1.3k⟧</div>
{BODY}
</div>
<div class="fold">⟦a 展开全文需打开APP⟧</div>
<div class="ai">⟦a AI帮我改写⟧ ⟦a AI续写⟧ ⟦a 一键换风格⟧</div>
<div class="rec"><h4>⟦l 大家也在用⟧</h4><p>⟦l 技能大赛闭幕式主持词⟧</p><p>⟦l 职业技能竞赛开幕式致辞⟧</p></div>
<div class="foot">⟦m 笔友APP ©2024　增值电信业务经营许可证：湘B2-20230187⟧</div>
</body></html>
""",
        body="""
甲：尊敬的各位领导、各位来宾，
乙：亲爱的参赛选手们，
合：大家上午好！
甲：指尖方寸，匠心无限。今天，全县美业职业技能大赛在这里隆重开幕。
乙：本次大赛设美甲、美睫、美发三个项目，共有来自全县41家门店和2所职业学校的96名选手参赛。⟦a ✨AI润色这一段⟧
甲：在美甲项目中，选手们将用美甲灯完成光疗甲造型；在美睫项目中，选手们要用睫毛夹和镊子，在规定时间内完成一整套假睫毛嫁接。
乙：比赛现场，洗甲水等易燃用品已统一放在专用柜，请各位选手按规定取用。
甲：下面，有请县人社局局长致辞，大家欢迎！
""",
    ),
    dict(
        slug="app-cailiaoxia-report-housekeeping-oneline",
        site="材料侠APP share text (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.cailiaoxia.example.com/s/7Rk2Pq",
        title="2024年度酒店客房部主管述职报告",
        record_title="2024年度酒店客房部主管述职报告（客房主管版）| 材料侠APP",
        date="2024-12-20",
        notes="writing-app share text on one line; an app prompt at the top, an AI button and a VIP line at the bottom; "
        "成文日期 in Chinese numerals",
        page="""
!a 打开材料侠APP，查看完整排版
!m 材料侠 · 公文写作助手
!t 2024年度酒店客房部主管述职报告（客房主管版）| 材料侠APP
!m 分享自 材料侠用户 阿澜　　3 天前
{BODY}
!a ✦ 一键生成同类述职　✦ 复制全文（VIP）
!l 猜你要找：前厅部经理述职报告 ｜ 酒店年终工作总结
!d 本内容由用户创作或AI辅助生成，仅供参考
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位领导、同事们：
2024年，我担任袅溪宾馆客房部主管，带领18名员工完成了客房清洁、布草管理和对客服务等工作，全年客房出租率达到71%，宾客满意度96.4%。
一是推进一次性用品减量。按照县里的要求，客房不再主动摆放一次性刮眉刀、梳子、牙刷，改为按需提供，全年一次性用品采购费用下降38%。
二是抓好安全管理。制定了利器回收规定，客人遗留的刮眉刀刀片统一装入利器盒，全年未发生员工划伤事件。
三是不足之处。员工流动较快，培训还不够系统。明年我将建立新员工“师带徒”制度。
述职人：黄秀兰
二〇二四年十二月二十日
""",
    ),
]
