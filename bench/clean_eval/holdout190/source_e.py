"""holdout190, part E: residents' sites, trade associations, company sites, training
schools and writing apps, around peelers, binder clips, plungers, mousetraps and badge
lanyards. A residents' site with a weather widget and a grid member's box, a shared
toolbox initiative with a comment box, a stationery association's drafting note in
decimal headings, a hard-wrapped exhibition association initiative, a kitchenware maker's
recall with its own recall line beside a 400 order line, a pest-control firm's news with a
photo caption, a drain-cleaning school's brochure with a course table and a consult float,
a training centre's rules with an ad line between items, a writing app's H5 share with an
AI-rewrite button and a one-line 心得. Invented text throughout; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="community-cuiping-notice-stairwell-rodents-grid-box",
        site="翠屏社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.cuiping-sq.example.cn/gg/2025/0407/219.html",
        title="关于开展楼道堆物清理及灭鼠消杀的通知",
        record_title="关于开展楼道堆物清理及灭鼠消杀的通知_绮湖街道翠屏社区",
        date="2025-04-07",
        notes="residents' site: weather and air-quality widget, 发布时间 byline equal to the signature date, a grid member's box with a mobile, a message box, the property's duty line in the footer beside the document's 咨询电话",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展楼道堆物清理及灭鼠消杀的通知_绮湖街道翠屏社区</title>
<script src="/js/weather.js"></script></head>
<body>
<div class="hd">⟦m 翠屏社区 · 邻里守望 共建家园⟧ <span class="wx">⟦m 今日天气：晴 9~21℃　空气质量 良⟧</span></div>
<div class="nav">⟦m 首页　社区公告　便民服务　志愿服务　党建园地⟧</div>
<div class="crumb">⟦m 首页 &gt; 社区公告⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="meta">⟦m 发布时间：2025-04-07　发布人：社区居委会　浏览：388⟧</p>
{BODY}
<div class="msg">⟦l 邻里留言（4）⟧ ⟦a 我要留言⟧</div>
</div>
<div class="side"><div class="grid">⟦m 本网格网格员：龙晓梅　电话：13974208856⟧</div></div>
<div class="ft">⟦m 物业服务中心24小时值班电话：0742-3305000⟧<br>⟦d 版权所有　翠屏社区居民委员会⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
近期，社区接到多户居民反映楼道内有老鼠出没。为消除鼠患，营造整洁的居住环境，社区定于4月12日至4月13日开展楼道堆物清理及灭鼠消杀行动。现将有关事项通知如下：
一、请居民在4月11日前自行清理楼道、地下室、自行车棚内堆放的纸箱、旧家具等杂物，逾期未清理的，视为无主物品统一清运。
二、消杀期间，专业人员将在楼道拐角、管道井等处放置毒饵盒和粘鼠板，请看管好儿童和宠物，不要触碰、挪动。
三、家中发现老鼠的，可到社区服务站免费领取捕鼠笼。
咨询电话：社区服务站 0742-3305521。
绮湖街道翠屏社区居民委员会
2025年4月7日
""",
    ),
    dict(
        slug="community-cuiping-initiative-shared-toolbox-record-title",
        site="翠屏社区网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.cuiping-sq.example.cn/zyfw/2025/0302/198.html",
        title="关于设立楼栋“共享工具箱”的倡议书",
        date="2025-03-02",
        notes="record title as is; a residents' site text page: publisher/reads line without a date, a sign-up call, a comment and a comment-input line, the service station's phone and hours, a maintenance notice; the date from the signature",
        page="""
!m 翠屏社区网 › 志愿服务 › 倡议
{T}
!m 发布：社区志愿者服务队　阅读 246　评论 9
!a 报名当志愿者 >>
{BODY}
!l 居民评论：“好主意，我家有闲置扳手可以捐。”
!l 写评论…
!w 社区服务站电话：0742-3305521　工作日 8:30—17:30
!d 翠屏社区网由社区居委会维护
""",
        indent="\u3000\u3000",
        body="""
亲爱的邻居们：
谁家还没遇到过马桶堵了、水龙头松了却找不到工具的时候？为了方便大家，社区志愿者服务队倡议在每个楼栋一楼设立“共享工具箱”。
一、工具箱里放什么？首批配备皮搋子、扳手、螺丝刀、卷尺、电笔等常用工具，由志愿者捐赠和社区采购。
二、怎么借用？借用时在登记本上写明门牌号和借用时间，用完当天归还；皮搋子等卫浴工具请冲洗干净后再放回。
三、欢迎大家捐赠闲置工具，也欢迎会修理的邻居报名当“楼栋维修志愿者”。
一个工具箱，装的是工具，更是邻里之间的信任。欢迎把这份倡议分享给楼里的邻居，让我们一起把它用好、管好！
翠屏社区志愿者服务队
2025年3月2日
""",
    ),
    dict(
        slug="association-jinyuan-stationery-standard-drafting-note",
        site="缙原市文具行业协会 (invented)",
        style="行业协会",
        genre="说明",
        kind="other",
        form="html",
        source="https://www.jywjxh.example.org.cn/bzh/ttbz/2025/0814/77.html",
        title="《金属长尾票夹》团体标准编制说明",
        record_title="【标准动态】《金属长尾票夹》团体标准编制说明-缙原市文具行业协会",
        date=None,
        notes="association site: member-login row, breadcrumb, source/clicks line with an 更新 stamp (no date), a full-text download link, address/phone footer and rights line; a drafting note in decimal headings 2.1/3.1",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【标准动态】《金属长尾票夹》团体标准编制说明-缙原市文具行业协会</title>
<script src="/js/xh.js"></script></head>
<body>
<div class="top">⟦m 缙原市文具行业协会⟧ ⟦a 会员登录 | 入会申请 | 会员查询⟧</div>
<div class="nav">⟦m 协会概况　新闻资讯　标准化工作　会员风采　政策法规⟧</div>
<div class="crumb">⟦m 首页 » 标准化工作 » 团体标准⟧</div>
<div class="box">
<h1>{T}</h1>
<p class="src">⟦m 来源：标准化工作委员会　点击：317　更新：2025-08-14⟧</p>
{BODY}
<p class="att">⟦l 附：征求意见稿全文下载（PDF）⟧</p>
</div>
<div class="foot">⟦m 协会地址：缙原市文具产业园服务中心3楼　电话：0742-3690011⟧<br>⟦d Copyright © 缙原市文具行业协会 保留一切权利⟧</div>
</body></html>
""",
        body="""
1 任务来源
根据协会2025年团体标准制定计划，由缙原金夹文具有限公司等6家会员单位共同起草《金属长尾票夹》团体标准。
2 编制目的
2.1 目前市场上长尾夹产品质量参差不齐，部分产品夹持力不足、镀层易锈，现行行业标准对这些指标要求偏低。
2.2 本标准旨在引导企业提升产品质量，增强区域产品竞争力。
3 主要技术内容
3.1 规定了15mm至51mm六个规格的尺寸偏差、夹持力和开合寿命要求，其中开合寿命不少于2000次。
3.2 增加了镀层中性盐雾试验要求，试验24小时后表面不得出现红锈。
4 征求意见情况
标准草案已向会员单位和检测机构征求意见，共收到意见23条，采纳17条。
""",
    ),
    dict(
        slug="association-fuchuan-mice-initiative-reusable-lanyards-wrapped-58",
        site="绂川市会展行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.fcmice.example.org/xhgg/2025/0518/64.html",
        title="关于推广使用可循环证件挂绳的倡议书",
        record_title="关于推广使用可循环证件挂绳的倡议书（全文）_绂川会展协会",
        date="2025-05-18",
        notes="an association's initiative hard-wrapped at 58 columns; the title repeated with （全文）; download/forward row, prev link, the secretariat's phone and mailbox, copyright; the initiative speaks of 扫码入场 as content",
        page="""
!m 绂川市会展行业协会官网
!m 协会公告 | 行业动态 | 会员服务
!t 关于推广使用可循环证件挂绳的倡议书（全文）
!m 发布人：协会秘书处　点击：529
{BODY}
!a 下载倡议书　|　转发给会员
!l 上一条：2025年度会员年审通知
!m 秘书处电话：0746-3381200　邮箱：fcmice@example.org
!d 版权所有 绂川市会展行业协会
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
各会员单位、展会主办方：
据不完全统计，我市每年举办各类展会、会议三百余场，发放证件挂绳超过一百万根，其中绝大多数在活动结束后被随手丢弃。
为践行绿色办展理念，市会展行业协会向全体会员单位和展会主办方倡议：
一、优先选用可降解材质或可回收再生材质的证件挂绳，挂绳上不印制具体展会名称和年份，便于重复使用。
二、在展会出口设置证件及挂绳回收箱，回收的挂绳经清洗消毒后再次使用。
三、鼓励推广电子证件，参会人员扫码入场，减少实体证件印制。
四、将挂绳回收率纳入协会绿色展会评价指标。
让我们从一根挂绳做起，共同推动会展业绿色发展。
绂川市会展行业协会
2025年5月18日
""",
    ),
    dict(
        slug="company-lifeng-recall-y-peelers-record-date",
        site="利丰厨具 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lifeng-kitchen.example.com/news/gg/2025-08-06-recall.html",
        title="关于召回部分批次Y型削皮器的公告",
        record_date="2025-08-06",
        date="2025-08-06",
        notes="record title and date as is; a company site: 发布日期 byline, a 400 order line and an online-service float beside the document's own recall line; a batches table; address, copyright and ICP footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于召回部分批次Y型削皮器的公告 - 利丰厨具</title>
<script src="/assets/kf53.js"></script></head>
<body>
<div class="header">⟦m 利丰厨具 LIFENG KITCHENWARE⟧ ⟦w 订购热线：400-860-7719⟧</div>
<div class="nav">⟦m 首页　产品中心　品质保障　新闻公告　联系我们⟧</div>
<div class="crumb">⟦m 首页 / 新闻公告 / 公司公告⟧</div>
<div class="news">
<h1>{T}</h1>
<p class="meta">⟦m 发布日期：2025-08-06　浏览量：2310⟧</p>
{BODY}
</div>
<div class="float">⟦w 在线客服⟧ ⟦a 返回顶部⟧</div>
<div class="footer">⟦m 地址：绛溪县桑园镇厨具产业园8号⟧<br>⟦d © 2025 绛溪县利丰厨具有限公司 版权所有⟧<br>⟦m 湘ICP备20044317号-1⟧</div>
</body></html>
""",
        body="""
尊敬的消费者：
我公司在质量回访中发现，2025年3月至5月生产的部分批次Y型削皮器，因刀片铆接工序控制不当，长期使用后刀片可能松脱，存在划伤手部的风险。为保障消费者安全，我公司决定主动召回上述产品。
召回范围如下：
产品名称　型号　生产批号　数量
Y型削皮器　LF-Y02　20250318至20250426　8600把
Y型削皮器　LF-Y05　20250402至20250529　5200把
消费者可通过购买渠道或拨打召回专线办理退货，我公司将免费更换新产品或全额退款。
召回专线：0731-8896632（每日8:00—20:00）。
由此给您带来的不便，我们深表歉意。
绛溪县利丰厨具有限公司
2025年8月6日
""",
    ),
    dict(
        slug="company-dunan-pest-control-rating-news-caption",
        site="缙原盾安环境科技 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.dunan-pest.example.com/news/gsxw/2025/0620/96.html",
        title="公司通过食品生产企业虫鼠害防制服务能力评审",
        record_title="公司通过食品生产企业虫鼠害防制服务能力评审-缙原盾安环境科技",
        date="2025-06-20",
        notes="a pest-control company's news: the 日期 byline is the page's date; a photo caption on a line of its own between paragraphs; prev/next, a service line with a WeChat id, copyright; the news speaks of 扫码 as content",
        page="""
!m 盾安环境科技 · 专业有害生物防制服务商
!m 首页 > 新闻动态 > 公司新闻
{T}
!m 日期：2025-06-20　来源：综合部　阅读：188
{BODY}
!l 上一篇：夏季灭蚊小常识　下一篇：公司开展安全生产月活动
!w 服务热线：0742-3399110　微信：dunan_pest
!d 版权所有：缙原盾安环境科技有限公司
""",
        body="""
⟦m 【盾安动态】⟧6月18日，市有害生物防制协会组织专家组对我公司食品生产企业虫鼠害防制服务能力进行了现场评审，公司以92分的成绩顺利通过，获得A级服务资质。
评审中，专家组查看了公司的药械仓库、技术档案和人员培训记录，并随机抽查了两家客户的服务现场。
⟦m （图为专家组在药械仓库检查台账）⟧
专家组对公司在食品企业推行的“物理防制为主、全程可追溯”模式给予肯定：在客户车间内只布放捕鼠笼、粘鼠板和挡鼠板，不使用化学药剂，每个监测点位都贴有二维码，扫码即可查看历次巡检记录。
公司总经理阎俊表示，将以此次评审为契机，继续提升服务水平，为食品安全保驾护航。
""",
    ),
    dict(
        slug="training-qiaojiang-drain-cleaner-course-brochure-float",
        site="巧匠职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaojiang-px.example.com/zsxx/jzwx/2025/51.html",
        title="管道疏通工初级培训班招生简章",
        record_title="管道疏通工初级培训班招生简章（每月开班）- 巧匠职业技能培训学校",
        date=None,
        notes="training school: slogan, a relative update stamp (no date), a promo box, a 400 enrolment line and a consult float beside the school's own 报名电话 in the body; a course table; licence and disclaimer footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>管道疏通工初级培训班招生简章（每月开班）- 巧匠职业技能培训学校</title>
<script src="/js/swiper.min.js"></script></head>
<body>
<div class="hd">⟦m 巧匠职业技能培训学校⟧ ⟦m 学一门手艺，端稳饭碗⟧</div>
<div class="nav">⟦m 首页　学校简介　招生信息　课程设置　学员风采⟧</div>
<div class="crumb">⟦m 首页 › 招生信息 › 家政维修类⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="meta">⟦m 发布者：招生办　更新于 1 周前⟧</p>
<div class="promo">⟦a 本月报名立减200元，名额有限⟧</div>
{BODY}
</div>
<div class="tel">⟦w 全国招生热线：400-0746-520⟧</div>
<div class="float">⟦w 在线咨询 | QQ咨询 | 预约试听⟧</div>
<div class="ft">⟦m 办学许可证：教民14312200000321号⟧<br>⟦d 本站招生信息以学校最终解释为准⟧</div>
</body></html>
""",
        body="""
一、培训对象
年满18周岁、身体健康、有意从事管道疏通及家政维修工作的人员，零基础可报名。
二、培训内容
课程　课时　主要内容
疏通工具认识与使用　8课时　皮搋子、疏通弹簧、电动疏通机的原理和操作
常见堵塞判断　12课时　马桶、地漏、洗手池、主下水管堵塞的判断方法
安全与服务规范　4课时　有限空间作业安全、入户服务礼仪
三、培训时间和费用
每月开班一期，每期7天，学费1680元，学员考核合格后颁发结业证书。
四、报名方式
报名地点：绂川县职教中心实训楼二楼，报名电话：0746-3358702（黄老师）。
""",
    ),
    dict(
        slug="training-qihang-trainee-badge-rules-ad-between",
        site="缦水启航职业培训中心 (invented)",
        style="培训机构",
        genre="须知",
        kind="other",
        form="text",
        source="https://www.qihang-px.example.cn/xyfw/rxxz/12.html",
        title="学员证佩戴及课堂纪律须知",
        record_title="【开课必读】学员证佩戴及课堂纪律须知｜缦水启航职业培训",
        date=None,
        notes="a training centre's rules: the title repeated with 【开课必读】, editor/reads line, a discount ad on a line of its own between two items, a scan-to-join prompt, a course-consult line, hot courses, final-interpretation notice; numbered items; no date",
        page="""
!m 缦水启航职业培训中心
!m 学员服务 > 入学须知
!t 【开课必读】学员证佩戴及课堂纪律须知
!m 编辑：教务处　阅读 412
{BODY}
!a 扫码加入学员群，领取课程资料
!w 课程咨询：0741-8820563（张老师）
!l 热门课程：中式面点师｜育婴员｜电工上岗证
!d 本中心保留对以上须知的最终解释权
""",
        body="""
1.学员证是学员进出培训中心的唯一凭证，须用统一发放的橙色挂绳佩戴，进入教学楼时在门禁处刷卡。
2.学员证不得转借他人，遗失的请到前台补办，补办费10元。
3.上课期间手机调至静音，不得在教室内接打电话。
⟦a ★ 限时：电工上岗证培训8折报名中 ★⟧
4.实操课须按要求穿戴工作服，长发须束起，挂绳和学员证须塞入工作服内，防止被设备卷入。
5.每次课前10分钟签到，迟到三次以上的，不予颁发结业证书。
6.爱护教学设备，损坏照价赔偿。
""",
    ),
    dict(
        slug="fanwenapp-bixia-initiative-office-supplies-ai-rewrite",
        site="笔下生花 (invented writing app)",
        style="范文APP",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://m.bixiash.example.com/share/doc/8Fq2LxK0",
        title="机关节约办公用品倡议书",
        record_title="机关节约办公用品倡议书（精选）-笔下生花APP",
        date="2025-03-20",
        notes="a writing app's H5 share: open-in-app button, sharer line, words/reads line, an AI-rewrite button on a line of its own inside the body, a preview-only copy prompt, suggestions and a storage-only notice; the initiative speaks of 打印 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>机关节约办公用品倡议书（精选）-笔下生花APP</title>
<script>window.__SHARE__={app:"bxsh",v:"5.2.1"};</script></head>
<body>
<div class="app-bar">⟦m 笔下生花 · 你的写作助手⟧ ⟦a 打开APP⟧</div>
<div class="sharer">⟦m 来自笔下生花用户「秋水长天」的分享⟧</div>
<h1>{T}</h1>
<p class="stat">⟦m 字数 312 · 阅读 1.1万⟧</p>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 仅可预览，复制全文请在APP内操作⟧</div>
<div class="rec">⟦l 猜你喜欢：节约用电倡议书　光盘行动倡议书⟧</div>
<div class="ft">⟦d 内容由用户发布，笔下生花仅提供信息存储服务⟧</div>
</body></html>
""",
        body="""
全体干部职工：
节约是美德，更是责任。近年来，我局大力推进节约型机关建设，取得了一定成效，但在办公用品使用上仍存在浪费现象：打印纸单面使用，长尾夹、回形针用后随手丢弃，签字笔用不完就换新的。
为此，局机关党委向全体干部职工倡议：
⟦a ✦ AI帮我改写这段⟧
一、纸张双面用。非正式文件一律双面打印，废旧纸张作草稿纸使用。
二、夹子循环用。长尾夹、回形针、文件夹用后交回办公室回收箱，统一复用。
三、耗材按需领。办公用品实行按需申领、登记管理，杜绝多领多占。
让我们从点滴做起，从身边小事做起，争做厉行节约的表率！
缑岭县自然资源局机关党委
2025年3月20日
""",
    ),
    dict(
        slug="fanwenapp-xiezuomiao-insight-canteen-peeler-oneline",
        site="写作喵 (invented writing app)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.xiezuomiao.example.cn/w/2Hk93aQe",
        title="帮厨一周的心得体会",
        record_title="帮厨一周的心得体会 · 写作喵 · 分享卡片",
        date=None,
        notes="a writing app's share card: sharer line, word count and a relative time (no date), the body on one line, a download-to-edit prompt, like/comment/collect row, copyright",
        page="""
!m 写作喵 · 分享
!m 来自写作喵用户 @南窗 的作品
!t 帮厨一周的心得体会
!m 字数 356　|　3 天前
{BODY}
!a 下载写作喵，解锁全文编辑
!l 赞 27　评论 4　收藏
!d 本作品版权归作者所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
这学期学校组织教师轮流到食堂帮厨，我被分在了切配组，一周下来感触很深。
第一天上岗，师傅递给我一把削皮器，让我削土豆。我以为很简单，结果一个小时才削了半筐，还差点削到手指。师傅教我，削皮器要由里往外推，手腕放松，土豆转着削，不一会儿速度就上来了。
食堂每天要削三百多斤土豆、萝卜，几位师傅凌晨五点就到岗了。以前学生说饭菜不好吃，我也跟着附和，现在才知道每一道菜背后有多少辛苦。
这次帮厨让我明白，教育不只在课堂上。回到班里，我要把食堂师傅的故事讲给学生听，让他们懂得珍惜粮食、尊重劳动。
""",
    ),
]
