"""holdout73, part E: pet-grooming shops, groomers and their trade. Invented text, sites,
places, people and numbers; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="exam-pet-groomer-skill-level-html",
        site="翮溪市职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hxjnjd.example.gov.cn/tzgg/2026/0406/5512.html",
        title="2026年第二批宠物美容师职业技能等级认定公告",
        record_title="2026年第二批宠物美容师职业技能等级认定公告_翮溪市职业技能鉴定网",
        date="2026-04-06",
        notes="exam site HTML: timetable table; the document's 咨询电话 beside the site's technical line and a float consult box; printing admission tickets",
        page="""
<html><head><meta charset="utf-8"><title>2026年第二批宠物美容师职业技能等级认定公告_翮溪市职业技能鉴定网</title></head><body>
<div class="banner">⟦m 翮溪市职业技能鉴定网⟧</div>
<div class="menu">⟦m 首页　通知公告　报名入口　成绩查询　证书查询⟧</div>
<div class="loc">⟦m 位置：首页 > 通知公告⟧</div>
<h3>⟦t 2026年第二批宠物美容师职业技能等级认定公告⟧</h3>
<div class="time">⟦m 发布时间：2026-04-06 15:20　　阅读：1893⟧</div>
<div class="main">
{BODY}
</div>
<div class="kf">⟦w 在线答疑⟧ ⟦a 回到顶部⟧</div>
<div class="ft">⟦m 报名系统技术支持：0735-2216900⟧<br>⟦m 翮ICP备18006321号⟧</div>
</body></html>
""",
        body="""
根据全年认定计划，现将2026年第二批宠物美容师（四级、五级）职业技能等级认定有关事项公告如下。
项目　时间　地点
理论知识考试　5月16日9:00-10:30　市技师学院实训楼
操作技能考核　5月17日8:00起　市技师学院宠物美容实训室
考生须自备美容剪、排梳等工具，模特犬由考点统一提供。
请于5月12日后登录本网打印准考证。
咨询电话：0735-2216347。
翮溪市职业技能鉴定指导中心
2026年4月6日
""",
    ),
    dict(
        slug="oa-pet-grooming-chain-disinfection-html",
        site="翠毛球宠物连锁内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.cuimaoqiu.example.local/notice/detail?id=8841",
        title="关于进一步加强门店美容工具消毒管理的通知",
        record_title="关于进一步加强门店美容工具消毒管理的通知",
        date="2026-06-02",
        record_date="2026-06-02",
        notes="intranet doc view: 流转记录, read count, watermark; numbered list kept",
        page="""
<html><head><meta charset="utf-8"><title>协同办公 - 通知详情</title></head><body>
<div class="sys">⟦m 翠毛球宠物连锁 · 协同办公系统⟧ ⟦m 当前用户：门店店长（翰阳三店）⟧</div>
<div class="tabs">⟦m 待办(3)　已办　通知公告　制度库⟧</div>
<h2>⟦t 关于进一步加强门店美容工具消毒管理的通知⟧</h2>
<div class="m">⟦m 发文部门：运营管理部　阅读 156 次⟧</div>
<div class="wm">⟦d 内部资料 请勿外传 工号 0307⟧</div>
<div class="body">
{BODY}
</div>
<div class="flow">⟦m 流转记录：运营管理部 拟稿 → 品控总监 审核 → 总经理 签发⟧</div>
<div class="op">⟦a 标记已读⟧ ⟦a 下载附件⟧ ⟦a 打印⟧</div>
</body></html>
""",
        body="""
各门店：
近期个别门店出现美容工具未及时消毒、交叉使用的情况，引发顾客投诉。为此，现就有关要求通知如下：
1. 剪刀、梳子、指甲钳等工具每只宠物使用后须用75%酒精擦拭消毒。
2. 美容台、浴缸每日营业结束后须用含氯消毒液彻底清洁。
3. 患皮肤病的宠物须使用专用工具，单独隔离操作。
运营管理部将不定期开展抽查，抽查结果纳入门店月度考核。
运营管理部
2026年6月2日
""",
    ),
    dict(
        slug="company-grooming-brand-service-pledge-html",
        site="翱犬宠物美容有限公司 (invented)",
        style="企业官网",
        genre="承诺书",
        kind="letter",
        form="html",
        source="https://www.aoquanpet.example.com/about/pledge.html",
        title="翱犬宠物美容服务承诺",
        record_title="服务承诺 | 翱犬宠物美容",
        date=None,
        notes="company site: booking button, hotline in header; the pledge's own complaint phone; no date",
        page="""
<html><head><meta charset="utf-8"><title>服务承诺 | 翱犬宠物美容</title></head><body>
<header><div>⟦m 翱犬宠物美容 AOQUAN PET SPA⟧</div><div>⟦m 预约热线 400-090-7616⟧</div>
<nav>⟦m 首页 · 服务项目 · 门店查询 · 关于我们 · 加盟合作⟧</nav></header>
<div class="crumb">⟦m 关于我们 > 服务承诺⟧</div>
<h1>⟦t 翱犬宠物美容服务承诺⟧</h1>
<div class="pledge">
{BODY}
</div>
<div class="book">⟦a 立即预约洗护⟧ ⟦a 领取新客券⟧</div>
<footer>⟦m 翱犬宠物美容有限公司　翰阳市滨江路210号⟧　⟦d ©2026 All Rights Reserved⟧</footer>
</body></html>
""",
        body="""
一、所有美容师均持有职业技能等级证书，上岗前经过不少于三个月的门店实训。
二、洗护全程可通过门店监控实时查看，主人可扫码观看宠物洗护过程。
三、不使用镇静类药物，宠物出现应激反应时立即暂停服务并告知主人。
四、因操作不当造成宠物受伤的，我们承担全部治疗费用。
服务投诉电话：0731-8221005。
""",
    ),
    dict(
        slug="gkforum-interview-pet-economy-html",
        site="翘首公考论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://www.qiaoshougk.example.com/forum/mianshi/t-30188.html",
        title="有人说宠物美容店越开越多是“宠物经济”过热，你怎么看？",
        record_title="[面试真题] 有人说宠物美容店越开越多是“宠物经济”过热，你怎么看？（附答题思路）",
        date=None,
        notes="exam forum HTML: 面试 question as the title; course ad between paragraphs on its own line; relative time; no date",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 有人说宠物美容店越开越多是“宠物经济”过热，你怎么看？（附答题思路） - 翘首公考论坛</title></head><body>
<div class="hd">⟦m 翘首公考论坛⟧ ⟦m 面试交流区⟧</div>
<h1>⟦t [面试真题] 有人说宠物美容店越开越多是“宠物经济”过热，你怎么看？（附答题思路）⟧</h1>
<div class="au">⟦m 作者：面试小能手　5天前　浏览 2207⟧</div>
<div class="postbody">
{BODY}
</div>
<div class="rate">⟦l 点赞 77　收藏 130　转发⟧</div>
<div class="reply">⟦l 全部回复(21)⟧</div>
</body></html>
""",
        body="""
我认为，宠物美容店增多是消费升级的正常现象，谈不上“过热”，但行业规范需要跟上。
一方面，宠物美容店满足了养宠家庭的服务需求，也带动了就业，不少年轻人以此创业。
⟦a 面试封闭班火热招生中，点击咨询报名⟧
另一方面，部分门店无证经营、收费不透明、服务不规范，损害了消费者权益。
对此，应当完善行业标准，加强职业技能培训，同时畅通投诉渠道，让行业健康发展。
""",
    ),
    dict(
        slug="hospital-rabies-exposure-groomers-notice",
        site="翔湖区疾病预防控制中心 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xhcdc.example.cn/jkjy/2026/0715/664.html",
        title="致宠物美容从业人员的狂犬病暴露预防提示",
        record_title="致宠物美容从业人员的狂犬病暴露预防提示-翔湖区疾控中心",
        date="2026-07-15",
        notes="health site text: the clinic's 咨询电话 in body next to the 12320 line; hot list; font row",
        page="""
!m 翔湖区疾病预防控制中心　健康翔湖
!m 首页 → 健康教育 → 传染病防治
{T}
!m 时间：2026年7月15日　来源：免疫规划科　【字号 大 中 小】
{BODY}
!m 卫生健康热线：12320
!l 热点关注｜夏季食品安全提示｜登革热防控知识
!m 翔湖区疾病预防控制中心 版权所有
""",
        body="""
宠物美容从业人员在洗护、修剪过程中容易被犬猫抓伤、咬伤，是狂犬病暴露的高风险人群。
建议从业人员进行狂犬病暴露前预防接种，共接种三剂。
一旦被抓伤咬伤，应立即用肥皂水和流动清水交替冲洗伤口约十五分钟，并尽快到狂犬病暴露处置门诊就诊。
区疾控中心狂犬病暴露处置门诊咨询电话：0731-8870120。
""",
    ),
    dict(
        slug="localforum-grooming-van-parking-junk",
        site="翦水生活网 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.jianshuilife.example.com/thread-992031-1.html",
        title="上门宠物美容车长期占用消防通道，谁来管管？",
        record_title="上门宠物美容车长期占用消防通道，谁来管管？_翦水生活网",
        date="2026-05-28",
        junk=dict(lines=2, glued=1),
        notes="local forum post with junk; 发表于 date; a 'reply visible after login' prompt",
        page="""
!m 翦水生活网 > 民生曝光台
{T}
!m 楼主 锦绣华庭业主 | 发表于 2026-05-28 07:46 | 浏览 3402 回复 58
{BODY}
!a 本帖隐藏内容需回复可见
!l 推荐帖子：城北菜市场改造进度如何？
!m 翦水生活网 客服QQ群：563021884
""",
        body="""
锦绣华庭小区北门内侧的消防通道，最近一个月几乎每天都停着一辆上门宠物美容车。
车上接着水管和电线，一停就是大半天。有时还有污水流到路面上，晚上回家只能绕行。
跟物业反映过几次，物业说管不了，只能让车主自觉。
消防通道是救命通道，希望有关部门能来看看，也希望车主换个地方停。
""",
    ),
    dict(
        slug="training-groomer-class-opening-speech",
        site="翊彩职业培训学校 (invented)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yicaipx.example.com/news/2026/0302/188.html",
        title="在第十二期宠物美容师培训班开班仪式上的讲话",
        record_title="学员心声 | 在第十二期宠物美容师培训班开班仪式上的讲话",
        date="2026-03-02",
        notes="training school: date and speaker lines under the speech title neutral; a free-trial prompt between paragraphs; 400 line",
        page="""
!m 翊彩职业培训学校　学技能 到翊彩
!m 首页 ＞ 学校新闻
!t 学员心声 | 在第十二期宠物美容师培训班开班仪式上的讲话
校长　霍明珍
（2026年3月2日）
{BODY}
!w 课程咨询：400-118-2260（全国统一）
!a 预约免费试学
""",
        body="""
各位学员：
大家上午好！欢迎大家来到翊彩职业培训学校，参加第十二期宠物美容师培训班。
本期培训为期六十天，理论课和实操课各占一半，结业后可参加宠物美容师职业技能等级认定。
⟦w 扫码添加招生老师微信，领取课程资料包⟧
宠物美容是一门手艺，更是一份责任，希望大家既练好剪刀功夫，也学会读懂每一只宠物的情绪。
祝大家学有所成！
""",
    ),
    dict(
        slug="lawfirm-grooming-injury-case-html",
        site="翰正律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.hanzhenglaw.example.com/case/2026/pet-spa.html",
        title="宠物在美容店洗澡时受伤，店家应否担责？",
        record_title="法律讲坛丨宠物在美容店洗澡时受伤，店家应否担责？",
        date="2026-08-19",
        notes="law firm HTML: consult QR prompt, disclaimer; date in byline",
        page="""
<html><head><meta charset="utf-8"><title>宠物在美容店洗澡时受伤，店家应否担责？-翰正律师事务所</title></head><body>
<div class="brand">⟦m 翰正律师事务所⟧ <span>⟦m 咨询电话：0731-8509900⟧</span></div>
<div class="nav">⟦m 律所介绍 | 专业领域 | 律师团队 | 法律讲坛 | 联系我们⟧</div>
<h1>⟦t 宠物在美容店洗澡时受伤，店家应否担责？⟧</h1>
<p class="by">⟦m 发布日期：2026-08-19　作者：黎婧 律师⟧</p>
<div class="art">
{BODY}
</div>
<div class="qr">⟦w 扫描二维码，与律师在线沟通⟧</div>
<div class="disc">⟦d 本文内容仅供参考，不作为法律意见，具体问题请咨询执业律师。⟧</div>
</body></html>
""",
        body="""
市民王女士将宠物犬送到某宠物美容店洗澡，取回时发现犬只右后腿跛行，经宠物医院诊断为韧带拉伤。
宠物美容店与王女士之间成立服务合同关系，店家负有妥善照管宠物的义务。
店家未能证明其已尽到合理注意义务的，应当承担违约或侵权责任，赔偿治疗费用等损失。
建议消费者送洗前拍照记录宠物状态，店家也应建立交接检查制度。
""",
    ),
    dict(
        slug="tender-vocational-grooming-lab-procurement",
        site="翀口县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ckzfcg.example.gov.cn/cggg/2026/0922/7712.html",
        title="翀口县职业中专宠物美容实训室设备采购项目竞争性磋商公告",
        record_title="翀口县职业中专宠物美容实训室设备采购项目竞争性磋商公告-翀口县政府采购网",
        date="2026-09-22",
        notes="procurement text page: lot table; buyer and agency contacts; platform's CA hotline; download sentence",
        page="""
!m 翀口县政府采购网
!m 采购公告 >> 竞争性磋商公告
{T}
!m 发布日期：2026-09-22　　项目编号：CK-ZC-2026-118
{BODY}
!m 电子交易平台服务热线：400-700-3355
!l 上一条：翀口县第一中学食堂设备采购公告
""",
        body="""
一、采购需求
包号　采购内容　预算金额（万元）
1　美容台、烘干箱、浴缸等设备　18.5
2　教学用美容工具套装　4.2
二、获取磋商文件：供应商于2026年9月23日至9月29日登录电子交易平台下载磋商文件。
三、联系方式：采购人翀口县职业中等专业学校，联系人：邱老师，电话：0738-7720315；代理机构翀口县诚信招标代理有限公司，联系人：江工，电话：0738-7726620。
""",
    ),
    dict(
        slug="snapshot-market-regulation-grooming-tips-text",
        site="翠原县市场监督管理局 (invented, text cache)",
        style="搜索快照",
        genre="提示",
        kind="notice",
        form="text",
        source="http://snapshot.kuaisou.example.com/q?url=www.cyscjg.example.gov.cn%2Fxfts%2F2026%2F1105.html",
        title="关于宠物美容服务预付式消费的风险提示",
        record_title=None,
        date="2026-11-05",
        notes="text-only cache: cache header and crawl time (no date); title found in page; the document's date under signature",
        page="""
!d 快搜快照 | 以下是该网页在北京时间 2026年11月12日 03:17 的快照
!d 快搜与网页作者无关，不对其内容负责。
!a 查看原网页　　仅显示文字
!m 翠原县市场监督管理局 > 消费提示
{T}
{BODY}
!m 翠原县市场监督管理局主办
""",
        body="""
近期，我局接到多起宠物美容店预付卡退费投诉，部分门店关店后消费者余额无法退还。
在此提醒广大消费者：办理预付卡前，要查看商家营业执照和经营状况，理性确定充值金额，不要贪图高额赠送。
办卡时要签订书面合同，保存好付款凭证，遇到纠纷可拨打12315投诉。
翠原县市场监督管理局
2026年11月5日
""",
    ),
    dict(
        slug="docshare-grooming-shop-job-duties-wrap-markers",
        site="翎文共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.lingwengx.example.com/d/66210873.html",
        title="宠物美容店岗位职责",
        record_title="宠物美容店岗位职责（可编辑）",
        date=None,
        wrap=60,
        pages=dict(fmt="≺{n}≻", every=120, start=2, glue="mix"),
        notes="sharing site: hard-wrapped at 60 columns with markers ≺n≻ mixed glue; no date",
        page="""
!m 翎文共享 — 文档改变工作
!t 宠物美容店岗位职责（可编辑）
!m 共3页　｜　上传时间：2026-02-14　｜　下载 41 次
{BODY}
!a 预览结束，付费2元即可下载完整文档
!d 本站所有文档均由用户上传，不代表本站观点。
""",
        body="""
一、店长职责。全面负责门店经营管理，制定月度销售计划，安排员工排班，处理顾客投诉，确保门店卫生和安全达标。
二、美容师职责。按照服务标准为宠物提供洗护、修剪、造型服务，服务前检查宠物健康状况，发现异常及时告知顾客。
三、助理职责。协助美容师做好宠物洗浴、吹干工作，负责工具清洁消毒和耗材登记。
""",
    ),
    dict(
        slug="community-grooming-pop-up-notice-html",
        site="翕园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xiyuan-sq.example.com/tz/2026/10/22/341.html",
        title="关于在社区广场开展宠物公益洗护及文明养犬宣传活动的通知",
        record_title="关于在社区广场开展宠物公益洗护及文明养犬宣传活动的通知 - 翕园社区",
        date="2026-10-22",
        notes="residents' site HTML: weather widget, grid hotline; the notice's own contact and a sentence about 关注 the account",
        page="""
<html><head><meta charset="utf-8"><title>关于在社区广场开展宠物公益洗护及文明养犬宣传活动的通知 - 翕园社区</title></head><body>
<div class="top">⟦m 翕园社区居民委员会⟧ <span>⟦m 今日 多云 14~22℃⟧</span></div>
<div class="nav">⟦m 社区概况 | 通知公告 | 便民服务 | 党建园地⟧</div>
<h2>⟦t 关于在社区广场开展宠物公益洗护及文明养犬宣传活动的通知⟧</h2>
<div class="info">⟦m 发布人：社区居委会　2026-10-22　浏览 322⟧</div>
<div class="c">
{BODY}
</div>
<div class="grid">⟦m 网格服务热线：0736-3310086⟧</div>
<div class="ft">⟦m 翕园社区居委会　地址：翕园路8号⟧</div>
</body></html>
""",
        body="""
各位居民：
社区定于10月26日（周六）上午9时至12时，在社区文化广场邀请爱心宠物美容店开展公益洗护和文明养犬宣传活动。
活动当天为犬只免费提供洗澡、修剪指甲服务，每户限一只，犬只须办理养犬登记并接种疫苗。
请提前关注“翕园社区”公众号预约时段，现场不接受临时报名。
联系人：社区网格员蔡小兰，电话：0736-3310427。
翕园社区居民委员会
2026年10月22日
""",
    ),
    dict(
        slug="app-groomer-annual-work-report",
        site="笔杆子APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.biganzi.example.com/a/7720931",
        title="宠物美容店店长年度述职报告",
        record_title="宠物美容店店长年度述职报告（精品范文）｜笔杆子",
        date=None,
        notes="writing-app share page: open-in-app bar; an AI-rewrite button glued after a sentence; template placeholders; no date",
        page="""
!a 在笔杆子APP内打开
!t 宠物美容店店长年度述职报告（精品范文）
!m 笔杆子 · 述职报告　阅读 1.3w
{BODY}
!a 一键复制　|　导出Word
!l 相关范文：美容院店长述职报告　门店主管年终总结
""",
        body="""
尊敬的各位领导、同事：
我于××××年起担任××店店长，现将一年来的工作情况报告如下。
一、经营业绩方面，全年门店营业额达到______万元，会员数量同比增长百分之三十。⟦a AI改写本段⟧
二、团队建设方面，组织美容师参加技能培训四次，两人取得中级证书。
三、存在的不足是节假日预约过于集中，顾客等待时间较长。
以上述职，请予评议。
述职人：______
""",
    ),
    dict(
        slug="download-grooming-price-list-template-text",
        site="翕然资源网 (invented)",
        style="资料下载站",
        genre="价目表",
        kind="other",
        form="text",
        source="http://www.xiranzy.example.net/down/88312.html",
        title="宠物美容服务价目表模板",
        record_title="宠物美容服务价目表模板.xls下载",
        date=None,
        notes="download station text: file info lines, mirror links, error report; price table kept; no date",
        page="""
!m 翕然资源网 ｜ 办公模板 ｜ 表格模板
!t 宠物美容服务价目表模板.xls下载
!m 软件大小：28KB　　软件语言：简体中文　　更新：2026-01-19
!m 下载次数：本周 33　总计 1206
{BODY}
!a 下载地址：[ 移动线路 ]　[ 电信线路 ]　[ 备用地址 ]
!a 如果下载失败，请联系我们报告死链
""",
        body="""
服务项目　小型犬（元）　中型犬（元）　大型犬（元）
基础洗护　68　98　158
全身修剪造型　168　228　318
药浴　88　128　188
备注：以上价格含洗澡、吹干、清理耳道和修剪指甲，毛发严重打结另行收费。
""",
    ),
    dict(
        slug="mail-re-grooming-training-cooperation-request",
        site="翰阳市宠物行业协会 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:mishuchu@hypet.example.org#20260318",
        title="关于与市技师学院合作开展宠物美容师培训的请示",
        record_title="回复：Re: 关于与市技师学院合作开展宠物美容师培训的请示.docx",
        date="2026-03-16",
        date_also=["2026-03-18"],
        notes="mail reply chain: quoted previous message, the document's 附件 line and 抄送 kept; mail send date also accepted",
        page="""
!m 发件人：秘书处 mishuchu@hypet.example.org
!m 时间：2026-03-18 14:02
!m 收件人：会长办公室
!m 主题：回复：Re: 关于与市技师学院合作开展宠物美容师培训的请示.docx
!w 会长：请示已按您意见修改，请审阅。——小蒋
!m > 在 2026-03-17 09:11，会长办公室 写道：
!m > 第三条的培训费用请再核一下。
{BODY}
!d 本邮件及其附件含有协会内部信息，仅限收件人使用。
""",
        body="""
会长办公室：
为缓解会员单位美容师紧缺问题，秘书处拟与市技师学院合作开办宠物美容师培训班，现将有关事项请示如下。
一、培训班每期招收学员四十人，学制两个月，首期于5月开班。
二、协会负责组织会员单位提供实训岗位，学院负责教学和技能等级认定。
三、培训费用每人3800元，会员单位员工减免百分之二十。
妥否，请批示。
附件：合作协议（草案）
翰阳市宠物行业协会秘书处
2026年3月16日
抄送：市技师学院继续教育部
""",
    ),
    dict(
        slug="qa-grooming-shop-licence-html",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowd.example.com/q/20260711/33821.html",
        title="开一家宠物美容店需要办哪些证？",
        record_title=None,
        date=None,
        notes="Q&A HTML: the question as the title; answer time relative; vote bar; a card ad glued after the answer",
        page="""
<html><head><meta charset="utf-8"><title>开一家宠物美容店需要办哪些证？_知了问答</title></head><body>
<div class="hd">⟦m 知了问答⟧ ⟦a 我要提问⟧</div>
<h1>⟦t 开一家宠物美容店需要办哪些证？⟧</h1>
<div class="q">⟦m 提问者：想创业的小林　浏览 4410⟧</div>
<div class="ans"><div class="who">⟦m 热心网友　回答于 1周前⟧</div>
{BODY}
</div>
<div class="vote">⟦l 有用 129　没用 3　分享⟧</div>
<div class="more">⟦l 其他回答（6）⟧</div>
</body></html>
""",
        body="""
只做宠物美容、不涉及诊疗的话，主要需要办理营业执照，经营范围写明宠物美容服务。
如果同时销售宠物用品，要在经营范围里一并登记；销售宠物食品的，按当地要求办理相关备案。
如果涉及宠物寄养，部分城市还要求向农业农村部门备案，并符合动物防疫条件。
建议开店前先到当地政务服务中心咨询，各地要求略有不同。⟦a 创业贷款低至3.2%，点此测额度⟧
""",
    ),
]
