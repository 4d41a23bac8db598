"""Holdout6 cases, part G: enterprise intranets and sites, trade associations, tendering portals,
law firms, community and volunteer platforms, mail and newsletter archives. Invented text."""

CASES = [
    dict(
        slug="intranet-oa-decision-approval-trail",
        site="鹭港港务集团 OA intranet (invented)",
        style="企业内网",
        genre="决定",
        kind="notice",
        form="text",
        source="http://oa.lgport.example.local/doc/view?id=20250611-0032",
        title="关于调整集团安全生产委员会组成人员的决定",
        record_title="关于调整集团安全生产委员会组成人员的决定（正式稿）",
        date="2025-06-11",
        notes="OA export: approval trail and read receipts are chrome; the decision's own member list and 抄送 stay; signature date",
        page="""
!m 鹭港港务集团协同办公平台
!m 公文管理 > 发文 > 已归档
!m 文号：鹭港集〔2025〕58号　密级：内部　紧急程度：普通
!t 关于调整集团安全生产委员会组成人员的决定（正式稿）
{BODY}
!l 【流转记录】拟稿：安全环保部 黎晴 2025-06-09 10:21 → 核稿：办公室 詹一舟 2025-06-10 → 签发：葛承远 2025-06-11
!l 【阅读情况】已读 46 人，未读 3 人
!a 打印　　下载正文　　转发　　关闭
""",
        body="""
集团各部门，各子公司：
因人事变动，经集团党委会研究，决定对集团安全生产委员会组成人员进行调整。调整后的组成人员如下：
主　任：葛承远（集团董事长）
副主任：甘立新（集团总经理）
委　员：各部门、各子公司主要负责人
安委会办公室设在安全环保部，办公室主任由安全环保部部长兼任。
鹭港港务集团有限公司
2025年6月11日
抄送：市应急管理局，市国资委。
""",
    ),
    dict(
        slug="intranet-portal-summary-html-widgets",
        site="岭南能源 employee portal (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://portal.lnenergy.example.local/news/detail?nid=90812",
        title="检修分公司2025年上半年安全生产工作总结",
        record_title=None,
        date=None,
        notes="intranet portal, no record title; to-do widget, weather widget, safe-days counter chrome; year in the title only: no date",
        page="""
<html><head><meta charset="utf-8"><title>员工门户</title></head><body>
<div class="bar">⟦m 岭南能源员工门户⟧ ⟦a 待办(3)　消息(12)　退出⟧</div>
<div class="widget">⟦m 安全生产连续无事故：1286 天⟧</div>
<h3>{T}</h3>
<div class="news-body">
{BODY}
</div>
<div class="widget">⟦l 快捷入口：报销系统 ｜ 考勤打卡 ｜ 培训平台 ｜ 食堂菜单⟧</div>
<div class="ft">⟦d 内部资料 注意保密 严禁外传⟧</div>
</body></html>
""",
        body="""
上半年，分公司认真落实公司安全生产工作部署，坚持“安全第一、预防为主、综合治理”方针，实现了人身、设备、电网“零事故”目标。
一是狠抓责任落实。层层签订安全生产责任书186份，开展安全生产述职2次。
二是狠抓隐患治理。开展春季安全大检查和迎峰度夏专项检查，发现隐患93项，已整改91项，剩余2项落实管控措施。
三是狠抓现场管控。推行检修作业“四个管住”，全过程视频监控覆盖率达到100%，查处违章作业14起。
下半年，分公司将继续强化现场安全管控，确保全年安全生产目标顺利实现。
""",
    ),
    dict(
        slug="enterprise-site-news-html-no-date-docx",
        site="澄溪城投集团官网 (invented)",
        style="企业官网",
        genre="倡议书",
        kind="notice",
        form="html",
        source="https://www.cxct.com.cn/news/notice/2025/1102.html",
        title="澄溪城投集团节约能源资源倡议书",
        record_title="澄溪城投集团节约能源资源倡议书.docx",
        date=None,
        notes="enterprise site: language switch, investor links, footer with 公网安备; .docx record title; no date in the page",
        page="""
<html><head><meta charset="utf-8"><title>澄溪城投集团</title></head><body>
<div class="hd">⟦m 澄溪城投集团　建设美好澄溪⟧ ⟦a 中文 | EN⟧</div>
<ul class="nav"><li>⟦m 集团概况⟧</li><li>⟦m 新闻中心⟧</li><li>⟦m 党建引领⟧</li><li>⟦m 业务板块⟧</li><li>⟦m 人才招聘⟧</li></ul>
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
<div class="ft">⟦m 澄溪城市建设投资集团有限公司　版权所有⟧<br>⟦m 赣公网安备36112302000418号⟧</div>
</body></html>
""",
        body="""
集团全体干部职工：
节约能源资源，是每个人应尽的责任。为深入推进节约型机关建设，集团工会、团委向全体职工发出如下倡议：
一、节约用电。做到人走灯灭、人走机关，夏季空调温度设置不低于26℃。
二、节约用水。发现跑冒滴漏及时报修，提倡一水多用。
三、节约用纸。推行无纸化办公，提倡双面打印，减少一次性用品使用。
四、绿色出行。倡导步行、骑行和乘坐公共交通工具上下班。
让我们从身边小事做起，为建设资源节约型、环境友好型企业贡献力量！
""",
    ),
    dict(
        slug="association-report-text-member-box",
        site="岑阳市物流与采购协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.cywlxh.org.cn/xhdt/2025/0116/228.html",
        title="岑阳市物流与采购协会第三届理事会工作报告",
        record_title="【协会动态】岑阳市物流与采购协会第三届理事会工作报告",
        date="2025-01-15",
        notes="association site: member login box, membership prompt; report delivered at a meeting, date line under the title neutral; decorated record title",
        page="""
!m 岑阳市物流与采购协会
!a 会员登录　　入会申请　　会费缴纳
!m 协会首页 ＞ 协会动态
{T}
——2025年1月15日在第四次会员代表大会上
会长　汤振川
{BODY}
!l 协会动态：协会组织会员企业赴港口物流园参观学习｜2025年物流行业运行分析会召开
!w 入会咨询：协会秘书处 0739-8216009
""",
        indent="\u3000\u3000",
        body="""
各位代表：
我代表第三届理事会向大会报告工作，请予审议。
第三届理事会任期五年来，协会会员单位由128家发展到213家，覆盖仓储、运输、快递、供应链管理等领域。协会先后举办行业培训42期、培训从业人员5600余人次，组织编制团体标准3项。
今后五年，协会将继续围绕服务会员、服务行业、服务政府，推动全市物流业降本增效、转型升级。
""",
    ),
    dict(
        slug="tender-portal-notice-html-bid-table",
        site="柘水县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.zheshui.gov.cn/jyxx/zfcg/cggg/2025/0707/88102.html",
        title="柘水县第三中学学生宿舍改造项目竞争性磋商公告",
        record_title="柘水县第三中学学生宿舍改造项目竞争性磋商公告",
        record_date="2025-07-07",
        date="2025-07-07",
        notes="tendering portal: the bidding table, contact people and phone numbers of the 采购人/代理机构 are body; CA-login, countdown and site service hotline chrome",
        page="""
<html><head><meta charset="utf-8"><title>柘水县公共资源交易中心</title></head><body>
<div class="hd">⟦m 柘水县公共资源交易中心⟧ ⟦a 主体注册　CA办理　投标人登录⟧</div>
<div class="crumb">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 信息时间：2025-07-07　　阅读次数：566⟧ ⟦a 距磋商响应文件递交截止还剩：10天⟧</div>
<div class="detail">
{BODY}
</div>
<div class="ft">⟦m 交易中心服务电话：0851-3356600（工作日）⟧ ⟦d 本网站所载信息以交易中心纸质文件为准⟧</div>
</body></html>
""",
        body="""
项目概况：柘水县第三中学学生宿舍改造项目的潜在供应商应在柘水县公共资源交易中心获取采购文件，并于2025年7月18日9时30分前提交响应文件。
一、项目基本情况
项目编号：ZSCG-2025-0417
预算金额：286.5万元
采购需求：学生宿舍楼2栋内部装修改造、给排水及电气改造
二、获取采购文件
时间：2025年7月8日至2025年7月14日，每天上午8:30至12:00，下午14:30至17:30。
三、联系方式
采购人：柘水县第三中学，联系人：龚老师，电话：0851-3320157
代理机构：岚江建诚项目管理有限公司，联系人：白工，电话：0851-3371806
""",
    ),
    dict(
        slug="lawfirm-site-letter-lawyer-card",
        site="正衡律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="https://www.zhenghenglaw.cn/anli/wenshu/2025/0319.html",
        title="关于敦促履行房屋租赁合同付款义务的律师函",
        record_title="律师函范本：关于敦促履行房屋租赁合同付款义务的律师函 - 正衡律师事务所",
        date="2025-03-19",
        notes="law-firm site: lawyer card and consult prompts are chrome; the letter's own signature, lawyer contact and date stay; decorated record title",
        page="""
!m 正衡律师事务所
!m ZHENGHENG LAW FIRM
!m 首页 / 文书范本 / 律师函
!t 律师函范本：关于敦促履行房屋租赁合同付款义务的律师函 - 正衡律师事务所
!d （以下文书已隐去当事人真实信息，仅供参考）
{T}
{BODY}
!w 免费法律咨询：400-088-3119　｜　在线提问，律师24小时内回复
!m 承办律师：吴映雪 执业证号 14301202110xxxxxx　擅长：合同纠纷、房产纠纷
!l 相关文书：催款律师函｜解除合同通知书｜起诉状范本
""",
        body="""
某某商贸有限公司：
正衡律师事务所接受某某置业有限公司（以下简称“委托人”）的委托，指派本所律师就贵司拖欠房屋租金一事，郑重致函如下：
根据贵司与委托人签订的《房屋租赁合同》，贵司应于每季度首月10日前支付当季租金。截至本函发出之日，贵司已拖欠2024年第四季度及2025年第一季度租金共计人民币18.6万元。
请贵司于收到本函之日起7日内付清上述欠款。逾期未付的，委托人将依法提起诉讼，由此产生的一切法律后果由贵司承担。
正衡律师事务所
律师：吴映雪
联系电话：0731-8455 2090
2025年3月19日
""",
    ),
    dict(
        slug="community-volunteer-platform-recruit",
        site="志愿岑阳 volunteer platform (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://zy.cenyang.example.org.cn/project/detail/77120",
        title="关于招募2025年“暖冬行动”社区志愿者的通知",
        record_title=None,
        record_date="2025-11-21",
        date="2025-11-21",
        notes="volunteer platform, no record title; sign-up button, service-hours counter and QR prompt chrome; the notice's own sign-up rules and phone stay",
        page="""
!m 志愿岑阳 · 让志愿成为一种生活方式
!a 登录　注册成为志愿者
!m 项目详情
{T}
!m 项目状态：招募中　｜　已招募 38/60 人　｜　服务时长累计 0 小时
!a 【立即报名】　【分享项目】
{BODY}
!a 微信扫一扫，手机报名更方便
!m 发布组织：岑阳市鹤鸣街道新时代文明实践所　发布时间：2025-11-21
""",
        body="""
各位志愿者朋友：
冬季来临，为帮助辖区困难老人和留守儿童温暖过冬，鹤鸣街道启动2025年“暖冬行动”，现招募社区志愿者60名。
一、服务内容：入户走访独居老人，帮助检查取暖设施用电安全；为留守儿童开展课业辅导和亲情陪伴。
二、服务时间：2025年12月1日至2026年2月28日，每周六上午。
三、报名条件：年满18周岁，身体健康，有爱心和责任心。
报名咨询：街道文明实践所 祁老师 0739-5561208。
""",
    ),
    dict(
        slug="community-residents-site-minutes-comments",
        site="杉坪社区居民网 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://www.shanpingsq.cn/sqdt/2025/0315/402.html",
        title="杉坪社区物业管理联席会议纪要",
        record_title="杉坪社区物业管理联席会议纪要 - 社区动态",
        date="2025-03-14",
        notes="residents' site: residents' comments and like counts; site section suffix in the record title; the meeting date in the first line of the minutes",
        page="""
<html><head><meta charset="utf-8"><title>杉坪社区居民网</title></head><body>
<div class="hd">⟦m 杉坪社区居民网　邻里一家亲⟧</div>
<div class="nav">⟦m 社区动态　办事指南　邻里互助　曝光台⟧</div>
<h2>{T}</h2>
<div class="body">
{BODY}
</div>
<div class="like">⟦a 👍 赞 36⟧</div>
<div class="comments"><p>⟦l 居民留言（4）⟧</p><p>⟦l 5栋业主：电梯维修的事终于有着落了⟧</p><p>⟦l 热心阿姨：垃圾站能不能挪远一点？⟧</p></div>
</body></html>
""",
        body="""
3月14日下午，杉坪社区召开物业管理联席会议，社区党委、居委会、业委会及物业公司代表共11人参加。会议议定如下事项：
一、小区1栋、5栋电梯维修费用从公共维修资金中列支，物业公司于3月底前完成维修。
二、小区北门垃圾中转站加装除臭设备，每日清运时间调整为早上7点前。
三、物业公司每季度向业主公示一次公共收益收支情况。
""",
    ),
    dict(
        slug="mail-forward-notice-headers",
        site="forwarded mail of 岚川县财政局 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive/2025-05-08-lanchuan-czj",
        title="关于开展2025年度预算绩效自评工作的通知",
        record_title="Fwd: 关于开展2025年度预算绩效自评工作的通知",
        date="2025-05-07",
        notes="a forwarded mail: the mail's From/To/抄送/附件 headers and the forwarder's note are chrome; the notice's own 附件 line and contact stay; signature date",
        page="""
!m 发件人：县财政局预算股 <ysg@lanchuan-czj.example.cn>
!m 收件人：县直各单位财务联络员
!m 抄送：绩效评价中心
!m 日期：2025年5月8日 星期四 上午10:12
!m 主题：Fwd: 关于开展2025年度预算绩效自评工作的通知
!m 附件：自评表.xlsx（26 KB）
!w 各位好，转发县财政局通知，请按时报送，有问题随时电话联系。——办公室小邵
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件及其附件含有保密信息，仅限于收件人使用。如您误收本邮件，请立即删除。
!a 回复　全部回复　转发　打印
""",
        body="""
县直各预算单位：
根据预算绩效管理有关规定，现就开展2024年度项目支出绩效自评工作通知如下：
一、自评范围。2024年度县级财政安排的全部项目支出。
二、自评内容。对照年初设定的绩效目标，对项目完成情况、资金使用情况和实施效果进行自评。
三、报送要求。各单位于5月30日前通过预算管理一体化系统报送自评结果，同时报送纸质版一份。
附件：项目支出绩效自评表
联系人：预算股 卞红，电话：0736-4102215
岚川县财政局
2025年5月7日
""",
    ),
    dict(
        slug="mail-newsletter-archive-digest",
        site="newsletter archive 基层治理周报 (invented)",
        style="邮件转发",
        genre="简报",
        kind="news",
        form="text",
        source="https://list.jczlzb.example.org/archive/2025-w36.html",
        title="基层治理周报（2025年第36期）",
        title_also=["基层治理周报", "基层治理周报 2025年第36期", "[基层治理周报] 2025年第36期"],
        record_title="[基层治理周报] 2025年第36期 | 邮件列表存档",
        date="2025-09-05",
        notes="email newsletter archive: list headers, unsubscribe footer, 'view in browser' prompt; the issue's own items numbered; date in the issue's header line",
        page="""
!m 邮件列表存档 » 基层治理周报 » 2025年
!a 邮件显示不正常？点此在浏览器中查看
!m Message-ID: <jczlzb-2025w36@list.example.org>
{T}
!m 编辑部　2025年9月5日出刊
{BODY}
!d 您收到此邮件是因为您订阅了《基层治理周报》。
!a 退订　｜　修改订阅偏好　｜　转发给朋友
!l ‹ 上一期　　下一期 ›
""",
        body="""
本期导读：
1.砚溪县推行“村情日志”，让基层干部少填表多办事。砚溪县将村级报表由47种精简为12种，村干部每周用于填报材料的时间平均减少6小时。
2.朔阳市鹤鸣街道“板凳会”议事见实效。街道在各小区设立“板凳议事点”，今年以来解决停车、加装电梯等问题93件。
3.政策速递：省民政厅印发《关于深化村（居）务公开的指导意见》，要求村务公开栏每季度至少更新一次。
欢迎各地来稿，分享基层治理的好做法、好经验。
""",
    ),
    dict(
        slug="enterprise-site-speech-text-wrapped",
        site="鹤峰酿造股份有限公司官网 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.hefengniangzao.com/news/gsxw/2025/0208/71.html",
        title="董事长在2025年度工作会议上的讲话",
        date="2025-02-07",
        notes="company site copied as text, hard-wrapped at 60 columns with paragraph indents; date line under the title; product ads at the bottom",
        page="""
!m 鹤峰酿造 — 百年匠心 酿造好味道
!m 首页 | 关于我们 | 新闻中心 | 产品中心 | 联系我们
{T}
（2025年2月7日）
{BODY}
!l 热销产品：鹤峰老陈醋　头道生抽　零添加酱油礼盒
!a 在线订购　｜　经销商加盟
!m 全国统一服务热线：400-066-1901
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
同志们：
2024年是公司发展史上极不平凡的一年。面对原材料价格上涨、市场竞争加剧等多重压力，全体干部职工迎难而上，全年实现销售收入9.3亿元，同比增长8.2%，利润总额1.1亿元。
2025年，公司要重点抓好三件事：一是抓市场开拓，巩固省内市场，加快开拓华东、华南市场，电商销售占比提高到25%；二是抓技术改造，完成二期智能化酿造车间建设，提高生产效率；三是抓质量管理，确保产品抽检合格率保持100%。
同志们，新的一年，让我们凝心聚力、攻坚克难，为实现公司高质量发展而努力奋斗！
""",
    ),
]
