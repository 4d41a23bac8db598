"""holdout53, part D: tender, law-firm, residents', association, corporate and training pages —
soil-conservation monitoring services, a pumping-station bid, a hot-spring trade
association, a rural credit union, a seismograph maker, a rescue-skills school. Invented."""

CASES = [
    dict(
        slug="tender-text-soil-monitoring-procurement",
        site="璟川公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.jingchuan.example.gov.cn/jyxx/zfcg/2026/0408/7712.html",
        title="璟川县水土保持监测服务项目竞争性磋商公告",
        record_title="璟川县水土保持监测服务项目竞争性磋商公告",
        record_date="2026-04-08",
        date="2026-04-08",
        notes="tender page: purchaser and agency contacts kept beside the CA hotline; a lot table; 'download the bidding documents' sentence kept",
        page="""
!m 璟川县公共资源交易中心
!m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 采购公告
{T}
!m 信息时间：2026-04-08　阅读次数：211
!a 【我要投标】　【收藏项目】
{BODY}
!w CA数字证书办理及技术支持：400-118-6620
!d 本网站所发布信息的真实性由发布主体负责。
""",
        body="""
一、项目编号：JCCG-2026-031
二、采购需求：
包号　内容　预算金额（万元）
1　坡面径流观测　38.5
2　遥感监测与图斑复核　46.0
三、获取磋商文件：供应商请于4月9日至4月15日登录交易平台免费下载磋商文件。
四、联系方式：采购人：璟川县水土保持站，联系人：喻工，电话：0578-7129031；代理机构：璟川明信招标代理有限公司，联系人：潘女士，电话：0578-7150268。
""",
    ),
    dict(
        slug="tender-html-pump-station-bid-result",
        site="汊河区政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zfcg.chahe.example.gov.cn/cggg/zbgg/2026/0302/5591.html",
        title="汊河区北圩排灌站水泵机组更新改造项目中标结果公告",
        record_title="汊河区北圩排灌站水泵机组更新改造项目中标结果公告-中标公告",
        date="2026-03-02",
        notes="bid result: a result table kept; the 公告期限 sentence; a left column menu and a 'subscribe to notices' box",
        page="""
<html><head><meta charset="utf-8"><title>汊河区北圩排灌站水泵机组更新改造项目中标结果公告-中标公告</title></head><body>
<div class="top">⟦m 汊河区政府采购网⟧ ⟦a 供应商登录⟧ ⟦a 专家登录⟧</div>
<div class="left"><ul><li>⟦m 采购公告⟧</li><li>⟦m 更正公告⟧</li><li>⟦m 中标公告⟧</li></ul></div>
<div class="right"><div class="loc">⟦m 位置：首页 > 中标公告⟧</div>
<h1>⟦t 汊河区北圩排灌站水泵机组更新改造项目中标结果公告⟧</h1>
<div class="meta">⟦m 发布时间：2026-03-02 17:20:11⟧</div>
{BODY}
<div class="sub">⟦a 订阅公告 每日推送到您的邮箱⟧</div></div>
<div class="foot">⟦m 主办单位：汊河区财政局⟧ ⟦m 技术支持：江海软件⟧</div>
</body></html>
""",
        body="""
一、项目编号：CHCG2026-0117
二、中标信息：
中标供应商　中标金额（元）　工期
江苏润禾泵业有限公司　1,864,500.00　90日历天
三、公告期限：自本公告发布之日起1个工作日。
四、采购人：汊河区水利局，地址：汊河区人民路12号，联系电话：0513-8720009。
""",
    ),
    dict(
        slug="lawfirm-text-dragonboat-liability-tip",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="lecture",
        form="text",
        source="https://www.zhenghenglaw.example.cn/insights/2026/0605/33.html",
        title="群众性龙舟活动中的安全责任与法律风险提示",
        record_title="法律提示｜群众性龙舟活动中的安全责任与法律风险提示",
        date="2026-06-05",
        notes="law firm: decorated title; a 'not legal advice' disclaimer and a consult line (the firm's) at the bottom; numbered points kept",
        page="""
!m 正衡律师事务所 · 专业　诚信　高效
!m 首页 / 律师观点 / 法律提示
!t 法律提示｜群众性龙舟活动中的安全责任与法律风险提示
!m 作者：正衡律师事务所 谭律师团队　2026-06-05
{BODY}
!d 本文仅为一般性法律信息分享，不构成对任何具体事项的法律意见。
!w 咨询热线：0736-5231858　微信：zhenghenglaw
!l 相关阅读：户外活动免责声明是否有效？
""",
        body="""
端午前后，各地村社自发组织的龙舟活动较多，现就组织者应注意的法律风险提示如下。
1. 组织者负有安全保障义务，应配备救生衣、救生艇等必要设施，否则发生事故须承担相应责任。
2. 参与者签署的“后果自负”声明，不能免除组织者因重大过失造成人身损害的责任。
3. 建议组织者为参赛人员购买意外伤害保险，并向当地公安机关报备。
""",
    ),
    dict(
        slug="lawfirm-text-hotspring-consumer-lecture",
        site="衡平律师 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="lecture",
        form="text",
        source="http://www.hengpinglawyer.example.com/jz/2026/1104.html",
        title="温泉场所消费纠纷的处理——在湄阳县温泉行业协会培训会上的讲稿",
        record_title="温泉场所消费纠纷的处理——在湄阳县温泉行业协会培训会上的讲稿",
        date="2026-11-04",
        notes="law firm lecture page: speaker line and a date line under the title; an online-consult prompt glued after a 。 in the body; a lawyer's card at the bottom",
        page="""
!m 衡平律师事务所　湄阳分所
!l 首页　律师团队　业务领域　讲座回顾　联系我们
{T}
主讲：衡平律师事务所合伙人　龙少斐
2026年11月4日
{BODY}
!m 龙少斐｜执业证号 14307200612345678
!a 在线预约律师
!d 版权声明：本站原创内容，转载请注明出处。
""",
        body="""
各位会员单位负责人：
温泉场所常见的消费纠纷，主要集中在滑倒摔伤、物品遗失和预付卡退费三个方面。
对于滑倒摔伤，经营者应证明已尽到防滑、警示和巡查义务。⟦w 想了解您企业的合规风险？点击右下角，律师一对一免费解答。⟧
对于预付卡，应在合同中明确退费规则，不得以“最终解释权”排除消费者权利。
希望大家从案例中吸取教训，完善内部管理，减少纠纷。
""",
    ),
    dict(
        slug="community-text-quake-drill-residents",
        site="矶山镇东坡社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dongposq.example.cn/tz/2026/0508.html",
        title="东坡社区关于开展地震应急疏散演练的通知",
        record_title=None,
        date="2026-05-08",
        notes="no record title; residents' site: grid hotline and the community's own phone (kept); 'scan the code to join the building group' sentence of the document kept; a weather widget line",
        page="""
!m 东坡社区居民之家
!m 今日 晴 18～27℃　　居民服务　｜　社区公告　｜　网格之窗
{T}
!m 社区居委会　2026-05-08
{BODY}
!w 网格员24小时热线：0593-6180110
!l 社区公告更多 >>
""",
        body="""
各位居民：
为提高居民应急避险能力，社区定于5月12日上午9时开展地震应急疏散演练。
演练信号为连续三声长哨，听到信号后请按楼道指示牌就近疏散到社区广场。
请各楼栋长提前扫码加入演练工作群，接收分工安排。
咨询电话：0593-6185526（社区居委会）。
东坡社区居民委员会
2026年5月8日
""",
    ),
    dict(
        slug="community-text-weiqi-club-oneline",
        site="埭头海滨社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://haibin.daitou.example.cn/news/0418.html",
        title="海滨社区老年围棋兴趣班开班通知",
        record_title="海滨社区老年围棋兴趣班开班通知",
        date=None,
        notes="the whole notice on one line (indent-separated); no date in the document; an upload stamp above it is not a date; bottom nav",
        oneline=True,
        indent="　　",
        page="""
!m 海滨社区网　邻里一家亲
{T}
!m 上传：社区文体专干　2026-04-18 14:22
{BODY}
!l 返回社区首页　　邻里互助　　便民电话
""",
        body="""
社区老年围棋兴趣班定于下周一开班，每周一、三上午在社区活动室上课。
授课老师由区围棋协会派出，棋具由社区统一提供。
凡辖区六十周岁以上居民均可报名，名额三十人，额满为止。
""",
    ),
    dict(
        slug="association-html-hotspring-pledge",
        site="湄阳县温泉旅游行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.mywqxh.example.org.cn/xhdt/2026/0110/65.html",
        title="温泉行业诚信经营倡议书",
        record_title="【协会倡议】温泉行业诚信经营倡议书",
        date="2026-01-10",
        notes="association page: decorated title; a member-login box, a links bar; numbered pledges kept",
        page="""
<html><head><meta charset="utf-8"><title>温泉行业诚信经营倡议书_湄阳县温泉旅游行业协会</title></head><body>
<div class="hd">⟦m 湄阳县温泉旅游行业协会⟧ ⟦m 服务会员　规范行业　促进发展⟧</div>
<div class="login">⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会简介⟧ ⟦m 协会动态⟧ ⟦m 政策法规⟧ ⟦m 会员风采⟧</div>
<h2>⟦t 【协会倡议】温泉行业诚信经营倡议书⟧</h2>
<div class="meta">⟦m 2026-01-10　秘书处⟧</div>
{BODY}
<div class="links">⟦l 友情链接：县文旅局 | 县市场监管局 | 省旅游协会⟧</div>
<div class="ft">⟦m 协会地址：湄阳县汤泉路6号　电话：0736-5216600⟧</div>
</body></html>
""",
        body="""
全县温泉旅游经营单位：
为营造诚信经营的市场环境，协会向全体会员单位发出如下倡议。
1. 明码标价，不设置隐形消费，不搞价格欺诈。
2. 规范用水，如实公示温泉水来源和水质检测结果。
3. 文明服务，妥善处理游客投诉，做到件件有回音。
湄阳县温泉旅游行业协会
2026年1月10日
""",
    ),
    dict(
        slug="association-text-weiqi-annual-meeting",
        site="漪城市围棋协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.ycweiqi.example.org/xhgg/2026/0116/12.html",
        title="漪城市围棋协会2025年工作报告",
        record_title="漪城市围棋协会2025年工作报告 - 协会公告 - 漪城市围棋协会",
        date="2026-01-16",
        date_also=["2026-01-18"],
        notes="association: page date (发布) differs from the report's meeting date under the title (date_also); a table of events; 抄送 not present; page date line",
        page="""
!m 漪城市围棋协会官网　｜　手谈千秋
!t 漪城市围棋协会2025年工作报告 - 协会公告 - 漪城市围棋协会
!m 发布：2026-01-18　来源：秘书处　浏览 409
（2026年1月16日在协会第四届会员代表大会第三次会议上）
{BODY}
!a 分享到朋友圈　　打印
!l 上一条：关于2026年段位赛报名的通知
!m 协会地址：漪城市棋院路8号
""",
        body="""
各位会员代表：
2025年，协会共举办各类比赛十二项，参赛棋手三千四百人次。
主要赛事如下：
赛事　时间　参赛人数
市少儿围棋锦标赛　7月　860
“漪城杯”业余围棋公开赛　10月　412
新的一年，协会将继续推进围棋进校园，争取新增试点学校十所。
""",
    ),
    dict(
        slug="corporate-html-creditunion-antifraud",
        site="垟川农商银行 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ycrcb.example.com.cn/gywm/gg/2026/0301/210.html",
        title="关于防范冒充客服电信诈骗的风险提示",
        record_title="关于防范冒充客服电信诈骗的风险提示 - 垟川农商银行",
        record_date="2026-03-01",
        date="2026-03-01",
        notes="bank site: the bank's 客服热线 inside the document (kept) and in the footer (chrome); sentences saying not to 扫码/下载 unknown apps kept; a cookie bar and app-download bar",
        page="""
<html><head><meta charset="utf-8"><title>关于防范冒充客服电信诈骗的风险提示 - 垟川农商银行</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示同意。⟧ ⟦a 我知道了⟧</div>
<div class="head">⟦m 垟川农商银行⟧ ⟦a 个人网银登录⟧ ⟦a 企业网银登录⟧</div>
<div class="nav">⟦m 个人业务⟧ ⟦m 公司业务⟧ ⟦m 关于我们⟧</div>
<h1>⟦t 关于防范冒充客服电信诈骗的风险提示⟧</h1>
<p class="date">⟦m 2026-03-01⟧</p>
{BODY}
<div class="appbar">⟦a 下载垟川农商银行手机银行APP⟧</div>
<div class="footer">⟦m 全国统一客服热线：96528⟧ ⟦m 浙ICP备12033116号⟧</div>
</body></html>
""",
        body="""
尊敬的客户：
近期有不法分子冒充银行客服，以“账户异常”“额度提升”为由诱导客户转账。
请您牢记：本行工作人员不会要求您扫码下载陌生软件，也不会索要短信验证码。
如有疑问，请拨打本行客服热线96528核实。
垟川农村商业银行股份有限公司
2026年3月1日
""",
    ),
    dict(
        slug="corporate-text-seismograph-recall",
        site="北辰地测仪器有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.beichen-geo.example.com/news/notice/2026-09.html",
        title="关于部分批次强震动记录仪主动召回的公告",
        record_title="公司公告｜关于部分批次强震动记录仪主动召回的公告",
        date="2026-09-14",
        notes="corporate notice: decorated title; batch table; the recall line kept beside the sales line in the footer; an English site switch",
        page="""
!m 北辰地测 BEICHEN GEO-INSTRUMENTS
!l 中文 | English
!m 首页 > 新闻中心 > 公司公告
!t 公司公告｜关于部分批次强震动记录仪主动召回的公告
!m 2026.09.14
{BODY}
!w 销售咨询：400-606-7788　商务邮箱：sales@beichen-geo.example.com
!m © 2026 北辰地测仪器有限公司　保留所有权利
""",
        body="""
经内部质量复查，我公司发现部分批次强震动记录仪的电源模块存在过热隐患，决定主动召回。
涉及批次如下：
型号　生产批次　数量
BC-SM3　2025-08至2025-10　146台
召回期间，我公司将免费更换电源模块，并承担往返运费。
召回专线：0371-6587212，联系人：任工。
北辰地测仪器有限公司
2026年9月14日
""",
    ),
    dict(
        slug="training-html-martial-summer-camp",
        site="碛口武术学校 (invented)",
        style="培训机构",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qkwushu.example.com/zsxx/2026/0520.html",
        title="2026年暑期武术夏令营招生公告",
        record_title="2026年暑期武术夏令营招生公告（附课程表）",
        date="2026-05-20",
        notes="training school: course table kept; the camp's 报名电话 kept beside a 400 line in a floating box; a testimonial carousel and an 'apply now' button",
        page="""
<html><head><meta charset="utf-8"><title>2026年暑期武术夏令营招生公告（附课程表）- 碛口武术学校</title></head><body>
<div class="top">⟦m 碛口武术学校⟧ ⟦m 文武兼修　德艺双馨⟧</div>
<div class="nav">⟦m 学校介绍⟧ ⟦m 招生信息⟧ ⟦m 学员风采⟧</div>
<h1>⟦t 2026年暑期武术夏令营招生公告（附课程表）⟧</h1>
<div class="info">⟦m 发布日期：2026-05-20⟧</div>
{BODY}
<div class="carousel">⟦l 学员心声：孩子回来后坐得直、站得稳了！——王同学家长⟧</div>
<div class="float">⟦w 免费试课预约：400-615-2298⟧ ⟦a 立即报名⟧</div>
<div class="ft">⟦m 晋ICP备19007731号⟧</div>
</body></html>
""",
        body="""
为丰富青少年暑期生活，我校举办暑期武术夏令营，面向八至十四周岁青少年招生。
营期　时间　费用（元）
第一期　7月5日至7月18日　2600
第二期　7月20日至8月2日　2600
课程包括基本功、少年拳、棍术和礼仪教育，全程封闭管理。
报名电话：0358-4471186。
""",
    ),
    dict(
        slug="training-text-rescue-skills-course",
        site="浔岭应急救援技能培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xlyjpx.example.cn/kc/2026/0303/19.html",
        title="关于举办第十二期山地救援技能培训班的通知",
        record_title="关于举办第十二期山地救援技能培训班的通知",
        date="2026-03-03",
        notes="training centre: course list numbered; template '20××年×月×日' absent; a course-advert line of its own between paragraphs; an enrolment QR prompt",
        page="""
!m 浔岭应急救援技能培训中心
!m 首页 » 培训通知
{T}
!m 2026-03-03　浏览 388
{BODY}
!a 扫码报名，立减200元
!l 热门课程：心肺复苏与AED　绳索救援初级　野外生存
""",
        body="""
各救援队、有关单位：
为提升基层救援力量的山地救援能力，中心定于3月23日至3月29日举办第十二期山地救援技能培训班。
⟦a 【限时优惠】报名绳索救援进阶课，赠送专业头盔一顶 >>⟧
培训内容：
1. 山地搜索与定位；
2. 绳索系统搭建；
3. 伤员固定与转运。
每期招收学员四十名，报名截止时间为3月18日。
浔岭应急救援技能培训中心
2026年3月3日
""",
    ),
]
