"""Holdout12, part D: personnel-exam, tendering, law-firm, community, association and company sites. Invented text."""

CASES = [
    dict(
        slug="exam-qifeng-notice-html-post-table",
        site="栖凤市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.qfpta.gov.cn/ksxx/sydw/202504/t20250415_5512.html",
        title="栖凤市2025年上半年事业单位公开招聘工作人员笔试公告",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="exam site: floating QR box, login to 报名系统, exam calendar sidebar; the announcement's own schedule rows and hotline kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>栖凤市2025年上半年事业单位公开招聘工作人员笔试公告</title></head><body>
<div class="logo">⟦m 栖凤市人事考试网　公平　公正　科学　高效⟧</div>
<div class="entry"><a>⟦a 考生报名入口⟧</a> <a>⟦a 准考证打印⟧</a> <a>⟦a 成绩查询⟧</a></div>
<div class="nav">⟦m 首页 | 考试动态 | 公务员考试 | 事业单位考试 | 职称考试 | 政策法规⟧</div>
<div class="main">
<div class="path">⟦m 您现在的位置：首页 > 事业单位考试 > 考试公告⟧</div>
<h1>{T}</h1>
<div class="pub">⟦m 发布时间：2025-04-15 16:00　来源：市人事考试中心⟧</div>
{BODY}
</div>
<div class="cal"><h4>⟦l 近期考试日历⟧</h4><p>⟦l 4月20日　初级会计资格考试⟧</p><p>⟦l 5月18日　一级建造师考试报名截止⟧</p></div>
<div class="float">⟦a 扫码关注“栖凤人事考试”，考试信息早知道⟧ <span>⟦a ×关闭⟧</span></div>
<div class="foot">⟦m 栖凤市人事考试中心　版权所有⟧ ⟦m 技术咨询：0730-8826511（工作日）⟧</div>
</body></html>
""",
        body="""
根据《栖凤市2025年上半年事业单位公开招聘工作人员公告》安排，现将笔试有关事项公告如下。
一、笔试时间和科目
日期　时间　科目
4月26日　9:00—10:30　职业能力倾向测验
4月26日　10:30—12:00　综合应用能力
二、准考证打印
请报名资格审查通过并缴费成功的考生于4月22日9:00至4月25日17:00登录报名系统自行下载打印准考证。准考证是参加考试的重要凭证，请妥善保管。
三、考试要求
考生须凭准考证和有效期内的居民身份证原件参加考试，两证缺一不得入场。开考30分钟后不得入场，考试结束前不得交卷离场。考生不得携带手机、智能手表等电子设备进入考场。
四、疫情和安全提示
请考生提前熟悉考点位置和交通路线，合理安排出行时间。考试当天遇到问题，可拨打考务咨询电话：0730-8826500。
栖凤市人事考试中心
2025年4月15日
""",
    ),
    dict(
        slug="exam-yunhai-notice-text-wrapped-interview",
        site="云海人才考试服务网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yhrcks.com/news/mianshi/20250610/2210.html",
        title="关于2025年云海县公开招聘社区工作者资格复审及面试的通知",
        record_title="关于2025年云海县公开招聘社区工作者资格复审及面试的通知（附名单）",
        date="2025-06-10",
        notes="hard-wrapped at 72 columns; decorated record title; 'read more' and service hall prompts; the notice's own consultation phone kept",
        page="""
!m 云海人才考试服务网
!m ◆ 首页 ◆ 招考公告 ◆ 面试通知
{T}
!m 2025-06-10　　作者：考务科　　来源：县人社局　　浏览量：6,702
!a [加入收藏] [推荐给朋友] [我要打印]
{BODY}
!l 相关附件：资格复审人员名单（点击查看）
!w 面试培训抢报中，名师一对一点评，电话/微信 158-7731-0062
!l 热门公告：云海县2025年教师招聘公告｜乡镇事业单位招聘面试成绩公示
""",
        wrap=72,
        body="""
各位考生：
根据《2025年云海县公开招聘社区工作者公告》，笔试工作已经结束，现将资格复审及面试有关事项通知如下。
一、资格复审
（一）复审时间：2025年6月14日（星期六）8:30—17:30。
（二）复审地点：云海县人力资源服务中心三楼会议室。
（三）复审材料：本人有效居民身份证、毕业证书、报名登记表、笔试准考证原件及复印件各一份；应届毕业生须提供学校出具的就业推荐表。
考生未按规定时间参加资格复审或复审不合格的，取消面试资格，按笔试成绩从高分到低分依次递补。
二、面试
（一）面试时间：2025年6月21日（星期六）上午7:30前到达候考室。
（二）面试方式：采取结构化面试，每名考生面试时间为10分钟，面试满分100分，合格分数线为60分。
（三）成绩计算：总成绩＝笔试成绩×50%＋面试成绩×50%。
三、咨询电话
县人社局事业单位人事管理股：0591-26201357
云海县人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="bidding-hengyuan-announcement-html-item-rows",
        site="恒源公共资源交易平台 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.hengyuan.gov.cn/jyxx/zfcg/cggg/20250319/0012847.html",
        title="恒源县第二人民医院医用设备采购项目公开招标公告",
        record_date="2025-03-19",
        date="2025-03-19",
        notes="trading platform: nav tabs, project-stage tabs, watch/subscribe buttons, a 'send to my phone' prompt; the announcement's own item rows, contacts and bank lines kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>恒源县第二人民医院医用设备采购项目公开招标公告</title></head><body>
<div class="hd">⟦m 恒源县公共资源交易中心⟧ <a>⟦a CA证书办理⟧</a> <a>⟦a 投标人登录⟧</a></div>
<div class="tabs">⟦m 交易信息 > 政府采购 > 采购公告⟧</div>
<div class="stage">⟦l 采购公告　更正公告　中标（成交）结果公告　合同公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="sub">⟦m 信息时间：2025-03-19　阅读次数：655⟧ <span>⟦a 【关注项目】⟧</span> <span>⟦a 【发送到手机】⟧</span></div>
{BODY}
</div>
<div class="tip">⟦d 温馨提示：以上信息以招标文件为准，本平台不承担因信息错误引起的任何责任⟧</div>
<div class="ft">⟦m 恒源县公共资源交易中心　服务热线：0351-7720990⟧ ⟦m 晋ICP备16002114号⟧</div>
</body></html>
""",
        body="""
项目概况
恒源县第二人民医院医用设备采购项目的潜在投标人应在恒源县公共资源交易平台获取招标文件，并于2025年4月9日9点30分（北京时间）前递交投标文件。
一、项目基本情况
项目编号：HYZC-2025-0318
预算金额：386万元
采购需求：
包号　设备名称　数量　最高限价（万元）
1　彩色多普勒超声诊断仪　2台　198
2　全自动生化分析仪　1台　126
3　多参数监护仪　20台　62
合同履行期限：合同签订后60日内交货并安装调试完毕。
二、申请人的资格要求
满足《中华人民共和国政府采购法》第二十二条规定；本项目不接受联合体投标。
三、获取招标文件
时间：2025年3月20日至2025年3月26日，每天上午8:30至12:00，下午14:30至17:30。方式：登录恒源县公共资源交易平台免费下载。
四、对本次招标提出询问，请按以下方式联系。
采购人：恒源县第二人民医院　联系人：任科长　电话：0351-7735021
采购代理机构：晋华项目管理有限公司　联系人：苗工　电话：0351-7718346
""",
    ),
    dict(
        slug="bidding-jianan-result-text-publicity",
        site="建安招标采购网 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.jianan-zb.com/zbgs/2025/08/1977.html",
        title="澜溪县城北污水管网改造工程中标候选人公示",
        record_title="澜溪县城北污水管网改造工程中标候选人公示-建安招标采购网",
        date="2025-08-12",
        notes="tendering site text scrape: member-only prompt, subscribe box; candidate rows, 公示期 and objection contacts kept; the only date is the 发布日期 line",
        page="""
!m 建安招标采购网——工程招标信息一站式服务
!m 首页 > 中标公示 > 市政工程
{T}
!m 发布日期：2025-08-12　　所属地区：澜溪县　　信息类型：中标候选人公示
!a 🔔 订阅此类项目　　VIP会员可查看联系方式及历史业绩
{BODY}
!a 免费注册会员，每日推送最新招标信息
!w 投标代理咨询：400-063-1880
!d 本网信息来源于各级公共资源交易平台，仅供参考，请以原发布单位为准
""",
        body="""
澜溪县城北污水管网改造工程（项目编号：LXJS-2025-041）已于2025年8月11日开标、评标，根据评标委员会的评审结果，现将中标候选人公示如下。
中标候选人　投标报价（元）　工期（日历天）
第一中标候选人：溪川市政建设有限公司　12863520.00　180
第二中标候选人：华禹水务工程有限公司　12997436.50　180
第三中标候选人：鸿基建工集团有限公司　13040118.00　175
公示期：2025年8月12日至2025年8月14日。
投标人或者其他利害关系人对评标结果有异议的，应当在中标候选人公示期间向招标人提出，招标人应当自收到异议之日起3日内作出答复。
招标人：澜溪县住房和城乡建设局　联系电话：0576-85022117
招标代理：澜溪正信工程咨询有限公司　联系电话：0576-85033450
监督部门：澜溪县公共资源交易监督管理办公室　电话：0576-85016509
""",
    ),
    dict(
        slug="lawfirm-zhengyang-article-text-consult-prompts",
        site="正阳律师事务所官网 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.zhengyanglaw.cn/pufa/laodong/2025/0417/119.html",
        title="劳动者被拖欠工资怎么办？一文读懂讨薪途径",
        record_title="【律师说法】劳动者被拖欠工资怎么办？一文读懂讨薪途径",
        date=None,
        notes="law-firm article: consultation prompts with a phone, lawyer card, 'free assessment' button, disclaimer; a list of steps; no date",
        page="""
!m 正阳律师事务所　ZHENG YANG LAW FIRM
!m 首页 / 普法课堂 / 劳动争议
!t 【律师说法】劳动者被拖欠工资怎么办？一文读懂讨薪途径
!m 文｜正阳所劳动争议团队　邵律师
{BODY}
!w 遇到劳动纠纷？正阳律师免费初步评估，请致电 0755-8621 3390 或在线留言
!a 【立即咨询】　【预约面谈】
!d 本文仅为普法信息，不构成对具体案件的法律意见。
!m 正阳律师事务所　地址：深湾区海滨大道2088号鸿业大厦21层
""",
        indent="　　",
        body="""
临近年底，不少劳动者遇到了工资被拖欠的问题。遇到这种情况，劳动者应该如何维护自己的合法权益？下面我们结合法律规定和办案经验，介绍几种常见的讨薪途径。
一、与用人单位协商。劳动者可以先与用人单位沟通，了解欠薪原因，要求其限期支付。协商时最好保留书面记录或录音，作为日后维权的证据。
二、向劳动保障监察机构投诉。用人单位拖欠工资的，劳动者可以向用人单位所在地的人力资源和社会保障部门劳动保障监察机构投诉，由其责令用人单位限期支付。
三、申请劳动争议仲裁。劳动者可以向劳动争议仲裁委员会申请仲裁。根据法律规定，追索劳动报酬的仲裁裁决在一定条件下为终局裁决，可以较快地解决纠纷。
四、申请支付令或提起诉讼。劳动者持有用人单位出具的欠条的，可以直接向人民法院申请支付令，也可以直接提起诉讼。
需要提醒的是，劳动者在工作中要注意保存劳动合同、工资条、考勤记录、工作证等证据。劳动争议申请仲裁的时效期间一般为一年，但劳动关系存续期间因拖欠劳动报酬发生争议的，不受该时效限制；劳动关系终止的，应当自劳动关系终止之日起一年内提出。
""",
    ),
    dict(
        slug="lawfirm-mingde-letter-text-lawyer-letter",
        site="明德律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingdelawyer.com/cases/notice/2025-11-02.html",
        title="关于督促履行房屋租赁合同义务的律师函",
        record_title="关于督促履行房屋租赁合同义务的律师函.docx",
        date="2025-11-02",
        notes="file-name title; law firm's sample letter page; the firm's own letterhead contacts inside the letter kept; page hotline and WeChat are chrome",
        page="""
!m 明德律师事务所 · 文书范本
!m 文书中心 ▸ 律师函 ▸ 合同纠纷
!m 下载次数：352　　文件：关于督促履行房屋租赁合同义务的律师函.docx
{T}
明律函字〔2025〕第118号
{BODY}
!w 如需律师代发律师函，请加微信：mingde_lvshi（注明“律师函”）
!a 下载此范本 ⬇　｜　在线修改 ✎
!d 范本仅供参考，具体事务请委托执业律师办理。
""",
        body="""
致：柳塘商贸有限公司
明德律师事务所接受委托人林秋实先生的委托，指派本所律师就贵公司拖欠房屋租金一事，郑重致函如下。
根据委托人提供的材料，委托人与贵公司于2023年5月1日签订《房屋租赁合同》，约定贵公司租赁委托人位于澜溪县城关镇新华路56号的商铺，租期三年，月租金8500元，每季度首月5日前支付当季租金。自2025年4月起，贵公司未按约支付租金，截至本函发出之日，共计拖欠租金59500元。
贵公司的行为已构成违约。为维护委托人的合法权益，本律师受托正式函告贵公司：请于收到本函之日起七日内，向委托人付清所欠租金及相应违约金。逾期不履行的，委托人将依法解除合同，并通过诉讼途径追究贵公司的违约责任，由此产生的诉讼费、律师费等一切费用均由贵公司承担。
特此函告。
本所联系人：谭律师　联系电话：0576-85119021
明德律师事务所
2025年11月2日
""",
    ),
    dict(
        slug="community-guihua-notice-text-water-outage",
        site="桂花园社区微网站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ghy.sqfw.cn/notice/20250903.html",
        title="关于9月6日小区临时停水的通知",
        record_title=None,
        date="2025-09-03",
        notes="no record title; community micro-site: grid-worker card, QR for the residents' group, service shortcuts; the notice's own property phone kept",
        page="""
!m 桂花园社区 · 网上家园
!m 首页 › 社区公告
{T}
!m 网格员：何阿姨　｜　2025-09-03　｜　已读 1.2k
{BODY}
!m 扫码加入“桂花园邻里群”，第一时间获取社区通知
!l 便民服务：水电缴费　家政预约　快递代收　维修报修
!a 点赞 38　　转发给邻居
""",
        indent="　　",
        body="""
各位居民：
接城区供水公司通知，因市政供水主管道改造施工，9月6日（星期六）8:00至18:00，本小区1—16栋将临时停水，具体恢复供水时间视施工进度而定。
请各位居民提前做好储水准备，停水期间请关闭家中水龙头，以免恢复供水时造成跑水。供水恢复初期水质可能略显浑浊，请放水片刻后再使用。
小区东门处将设置临时供水点，行动不便的老人如需送水上门，请联系网格员或物业服务中心。
物业服务中心电话：0576-85237788
给大家带来的不便，敬请谅解！
桂花园社区居民委员会
2025年9月3日
""",
    ),
    dict(
        slug="community-jinxiu-summary-text-volunteer",
        site="锦绣街道网站 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.jinxiujd.gov.cn/sqdt/2025/0112/5521.html",
        title="锦绣社区2024年新时代文明实践站工作总结",
        record_title="锦绣社区2024年新时代文明实践站工作总结",
        record_date="2025-01-12",
        date="2025-01-12",
        notes="street-office site; page markers of a converted attachment in a new form on lines of their own; volunteer-platform badge and view count",
        page="""
!m 锦绣街道 · 社区动态
{T}
!m 发稿：锦绣社区　｜　审核：街道宣传办　｜　浏览 433 次
!a 〖字体加大〗〖字体减小〗〖打印预览〗
{BODY}
!m 志愿服务热线：0576-85290110　　“锦绣志愿”小程序已上线
!l 返回列表　　上一条：锦绣社区开展迎新春写春联活动
""",
        pages=dict(fmt="▶{n}◀", every=110, start=2),
        body="""
2024年，锦绣社区新时代文明实践站坚持以群众需求为导向，整合社区阵地资源，组建志愿服务队伍，扎实开展各类文明实践活动，群众参与度和满意度不断提升。
一、阵地建设更加完善。利用社区党群服务中心一楼改造建成文明实践站，设置理论宣讲室、四点半课堂、老年活动室、图书角等功能区，面积达420平方米，实现全天开放。
二、志愿队伍不断壮大。组建理论宣讲、关爱帮扶、文体活动、平安巡防、环境保护五支志愿服务队，注册志愿者达到1126名，其中党员志愿者318名，全年累计服务时长2.6万小时。
三、实践活动丰富多彩。全年开展理论宣讲32场、“四点半课堂”168期、文体活动45场、关爱帮扶活动60余次，惠及居民1.5万人次。“邻里议事会”帮助解决楼道堆物、停车难等问题21个。
四、存在不足和下步打算。一是活动形式还不够新颖，对年轻人吸引力不强；二是志愿者激励机制还需完善。2025年，我们将探索“积分兑换”等激励方式，开发更多贴近青年需求的活动项目，推动文明实践工作走深走实。
""",
    ),
    dict(
        slug="assoc-jianzhu-pledge-html-member-bar",
        site="栖凤市建筑业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qfjzxh.org.cn/xhdt/20250512/886.html",
        title="关于保障农民工工资支付的倡议书",
        record_date="2025-05-12",
        date="2025-05-12",
        date_also=["2025-05-10"],
        notes="association site: member login bar, member services nav, photo gallery sidebar, friendly links, footer with the secretariat's address",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于保障农民工工资支付的倡议书--栖凤市建筑业协会</title></head><body>
<div class="mb">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 协会邮箱：qfjzxh@126.com⟧</div>
<div class="logo">⟦m 栖凤市建筑业协会　Qifeng Construction Industry Association⟧</div>
<div class="nav">⟦m 协会概况 | 协会动态 | 政策法规 | 会员风采 | 评优评先 | 培训服务⟧</div>
<div class="con"><div class="l">
<h2>{T}</h2>
<div class="s">⟦m 发布时间：2025-05-12　文章来源：协会秘书处　浏览：1176⟧</div>
{BODY}
</div>
<div class="r"><h4>⟦l 图片新闻⟧</h4><p>⟦l 协会组织会员单位赴外地考察学习⟧</p><p>⟦l 2025年度安全生产培训班开班⟧</p></div></div>
<div class="links">⟦l 友情链接：市住建局　省建筑业协会　中国建筑业协会⟧</div>
<div class="ft">⟦m 栖凤市建筑业协会秘书处　地址：栖凤市建设路12号建工大厦6楼⟧</div>
</body></html>
""",
        body="""
全市各会员单位：
农民工是建筑业的主力军，保障农民工工资按时足额支付，事关农民工切身利益，事关社会和谐稳定。为切实做好根治欠薪工作，市建筑业协会向全市各会员单位发出如下倡议。
一、依法依规落实工资支付制度。严格执行农民工工资专用账户、实名制管理、工资保证金、总包代发等制度，按月足额支付农民工工资，坚决杜绝以包代管、层层转包导致欠薪。
二、规范用工管理。与招用的农民工依法签订劳动合同，建立用工管理台账，如实记录考勤和工资发放情况，做到工资支付有据可查。
三、畅通诉求渠道。在施工现场醒目位置设立维权信息告示牌，公开劳资专管员、属地劳动保障监察机构及举报投诉电话，及时化解劳资纠纷。
四、带头诚信经营。各会员单位要珍惜企业信誉，自觉接受社会监督，争做守法诚信的表率，共同营造建筑业健康发展的良好环境。
栖凤市建筑业协会
2025年5月10日
""",
    ),
    dict(
        slug="assoc-chaye-report-text-decorated",
        site="岚山茶叶行业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.lscyxh.org/news/show-2207.html",
        title="岚山茶叶行业协会第三届理事会工作报告",
        record_title="岚山茶叶行业协会第三届理事会工作报告（全文）",
        date="2025-03-28",
        notes="association text page; speaker line (neutral) and date under the title; member-only download prompt; long body with outline headings",
        page="""
!m 岚山茶叶行业协会　　茶香岚山 · 共享共赢
!m 协会首页 ≫ 协会动态 ≫ 会议活动
!t 岚山茶叶行业协会第三届理事会工作报告（全文）
!m 录入：秘书处　　点击：521
{T}
——2025年3月28日在协会第四届会员大会上
会长　吕承德
{BODY}
!a 会员单位登录后可下载报告PDF版
!l 相关文章：协会第四届理事会第一次会议召开｜2025年春茶开采节活动方案
""",
        indent="　　",
        body="""
各位会员代表：
我受协会第三届理事会委托，向大会报告第三届理事会工作，请予审议。
一、五年来的主要工作
（一）服务会员发展。五年来，协会会员单位由86家增加到173家，组织会员参加各类展会32场次，帮助会员单位签订销售合同4.6亿元。
（二）推动品牌建设。成功申报“岚山云雾茶”地理标志证明商标，制定团体标准3项，授权61家会员企业使用区域公用品牌，品牌价值由12.3亿元提升至21.8亿元。
（三）加强行业自律。制定《会员自律公约》，开展“放心茶”承诺活动，配合有关部门开展茶叶质量抽检，抽检合格率连续五年保持在98%以上。
（四）开展技术培训。联合农技部门举办制茶技能培训班27期，培训茶农和技术人员3100余人次，评选“岚山制茶能手”40名。
二、存在的问题
一是协会服务能力与会员需求还有差距；二是中小茶企品牌意识不强，产品同质化竞争仍然突出；三是协会自身建设有待加强，专职工作人员偏少。
三、今后五年的工作建议
新一届理事会要围绕“做强品牌、做优品质、做大产业”的目标，进一步发挥桥梁纽带作用，推动岚山茶产业高质量发展。
各位代表，岚山茶产业正迎来新的发展机遇。让我们团结一心、携手并进，共同谱写岚山茶产业发展的新篇章！
""",
    ),
    dict(
        slug="corp-huayu-news-html-ir-chrome",
        site="华宇新材料股份有限公司官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huayu-nm.com/news/company/2025-10-21-318.html",
        title="公司召开2025年三季度经营分析会",
        record_title="公司召开2025年三季度经营分析会_新闻中心_华宇新材料",
        date="2025-10-21",
        notes="corporate site: language switch, product mega-menu, investor relations links, hotline and WeChat QR in the footer; a news item with the date only in its info line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司召开2025年三季度经营分析会_新闻中心_华宇新材料</title></head><body>
<div class="lang">⟦a 中文 | EN⟧ ⟦m 股票代码：688219⟧</div>
<header><div class="logo">⟦m 华宇新材　材料让世界更轻⟧</div>
<nav>⟦m 关于华宇　产品中心　研发创新　新闻中心　投资者关系　加入我们⟧</nav></header>
<div class="sub-banner">⟦m 新闻中心 / 公司新闻⟧</div>
<div class="news-d">
<h1>{T}</h1>
<p class="info">⟦m 日期：2025-10-21　　作者：企业文化部⟧</p>
{BODY}
<div class="pn">⟦l 上一篇：华宇新材荣获省级“专精特新”企业称号⟧ ⟦l 下一篇：公司举办2025年职工技能运动会⟧</div>
<a class="back">⟦l 返回列表⟧</a>
</div>
<footer><p>⟦m 全国服务热线：400-811-6628⟧</p><p>⟦m 关注华宇官方微信⟧</p><p>⟦m ©2025 华宇新材料股份有限公司 版权所有　苏ICP备15033201号-1⟧</p></footer>
</body></html>
""",
        body="""
10月20日，公司召开2025年三季度经营分析会，总结前三季度生产经营情况，分析当前面临的形势，部署四季度重点工作。公司董事长、总经理沈晏清出席会议并讲话。
会上，财务部、营销中心、生产运营部分别汇报了前三季度财务指标完成情况、市场开拓情况和生产运行情况。前三季度，公司实现营业收入18.6亿元，同比增长14.2%；新产品销售占比达到27%，较去年同期提高6个百分点。
沈晏清指出，今年以来，面对原材料价格波动、市场竞争加剧等挑战，全体员工迎难而上，经营业绩保持稳健增长，成绩来之不易。他强调，四季度是全年目标冲刺的关键期，各部门要坚持目标导向，全力抢订单、保交付、控成本，确保完成全年任务；要加快推进高性能复合材料扩产项目建设，力争年底前实现设备安装；要抓好安全生产和冬季防火工作，守牢安全底线。
公司高管、各部门及子公司负责人参加会议。
""",
    ),
    dict(
        slug="corp-tianrun-speech-text-chairman-cn-date",
        site="天润水务集团官网 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.tianrunwater.com.cn/dszc/2025/0106/77.html",
        title="在集团2025年工作会议暨职工代表大会上的讲话",
        record_title="董事长致辞｜在集团2025年工作会议暨职工代表大会上的讲话",
        date="2025-01-06",
        notes="corporate text page; speaker and a Chinese-numeral date under the title (neutral); service hotline; the title printed twice",
        page="""
!m 天润水务集团　　润泽万家　服务城乡
!m 首页 » 集团要闻 » 董事长致辞
!t 董事长致辞｜在集团2025年工作会议暨职工代表大会上的讲话
{T}
党委书记、董事长　罗正阳
二〇二五年一月六日
{BODY}
!m 供水服务热线：96608（24小时）
!l 分享到：微信　微博　复制链接
!m 天润水务集团有限公司　版权所有
""",
        indent="　　",
        body="""
各位代表，同志们：
这次会议的主要任务是，总结2024年工作，分析面临形势，部署2025年重点任务，动员全集团干部职工凝心聚力、攻坚克难，奋力开创集团高质量发展新局面。
过去的一年，集团上下团结一心，各项工作取得了显著成绩。全年供水总量1.62亿立方米，污水处理量1.18亿立方米，均创历史新高；完成城乡供水一体化工程投资4.3亿元，新增农村供水受益人口12.6万人；管网漏损率下降到8.9%，供水水质综合合格率保持100%。
2025年，集团工作的总体要求是：坚持稳中求进，聚焦“保供水、提水质、降漏损、增效益”，全面深化改革，加快数字化转型。重点抓好四个方面：一是加快推进城乡供水一体化二期工程，年底前实现农村供水规模化覆盖率90%以上；二是推进智慧水务建设，完成主城区供水管网分区计量全覆盖；三是深化国企改革，完善市场化经营机制，推动污水处理业务拓展；四是加强党的建设，以高质量党建引领企业高质量发展。
同志们，新的一年，任务艰巨、使命光荣。让我们以更加奋发有为的精神状态，为守护城乡供水安全、服务地方经济社会发展作出新的更大贡献！
""",
    ),
]
