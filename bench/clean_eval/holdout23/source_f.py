"""Holdout 23, part F: law firms, residents' sites, associations and a few more of the older
kinds (a notary-law firm, a labour-arbitration explainer, a residents' committee's lift
notice, a photographers' and a hotel association, a place-name office's minutes, a water
company in a 文库 preview, a funeral centre's mail, a survey Q&A). Invented text."""

CASES = [
    dict(
        slug="lawfirm-jinglu-html-inheritance-lecture",
        site="璟律律师事务所 (invented)",
        style="律所网站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jinglu-law.example.com/insights/2025/inheritance-talk.html",
        title="在社区老年人法律讲堂上的讲稿",
        record_title="法律讲堂丨在社区老年人法律讲堂上的讲稿",
        date="2025-10-09",
        notes="law-firm HTML with a consult float, the lecturer line and a date under the title (neutral), a not-legal-advice disclaimer, practice-area sidebar",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨在社区老年人法律讲堂上的讲稿 - 璟律律师事务所</title></head><body>
<div class="hd">⟦m 璟律律师事务所　专注家事与财富传承⟧</div>
<div class="nav">⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 观点洞察 | 联系我们⟧</div>
<aside>⟦l 专业领域：婚姻家事 · 遗产继承 · 财富传承 · 劳动争议⟧</aside>
<h1>⟦t 在社区老年人法律讲堂上的讲稿⟧</h1>
<p>主讲人：璟律律师事务所合伙人　严若溪律师</p>
<p>（2025年10月9日）</p>
{BODY}
<div class="disc">⟦d 本文仅为普法宣传，不构成对具体案件的法律意见⟧</div>
<div class="float">⟦w 免费咨询：0571-8602 3366　在线留言 ›⟧</div>
<div class="ft">⟦m 地址：杭城市钱塘大道588号嘉信大厦21层⟧ ⟦d © 璟律律师事务所⟧</div>
</body></html>
""",
        body="""
各位叔叔阿姨：
大家好！今天想和大家聊一聊遗嘱和继承的问题。很多老人觉得立遗嘱不吉利，其实提前安排好财产，恰恰是对子女最好的爱护。
民法典规定了六种遗嘱形式：自书、代书、打印、录音录像、口头和公证遗嘱。其中打印遗嘱要求遗嘱人在每一页签名，并注明年、月、日，还要有两个以上见证人在场。
还要提醒大家，不要轻信上门推销“以房养老”的理财项目，签字之前一定要和子女商量，必要时咨询律师。
谢谢大家！
""",
    ),
    dict(
        slug="lawfirm-laodong-text-arbitration-guide",
        site="衡正律师网 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.hengzheng-lawyer.example.cn/fwzn/ld/1127.html",
        title="致公司全体员工关于劳动争议调解途径的告知函",
        record_title="【律师范本】致公司全体员工关于劳动争议调解途径的告知函",
        date=None,
        notes="law-firm template page: a 范本 tag, template placeholders (no date), a lawyer contact prompt and 'download the editable version' button",
        page="""
!m 衡正律师网 › 服务指南 › 劳动用工范本
!t 【律师范本】致公司全体员工关于劳动争议调解途径的告知函
!m 作者：衡正劳动法团队　｜　阅读 1,903
{BODY}
!a 下载可编辑版（Word）
!w 企业用工合规审查，欢迎致电衡正律师 021-6108 2720
!d 范本仅供参考，使用前请结合实际情况修改
""",
        body="""
全体员工：
为依法、及时化解劳动争议，维护双方合法权益，现将劳动争议的解决途径告知如下：
一、协商。员工与公司发生争议的，可以先与人力资源部协商解决。
二、调解。协商不成的，可以向公司劳动争议调解委员会或者当地街道劳动争议调解组织申请调解。
三、仲裁。不愿调解或者调解不成的，可以自争议发生之日起一年内向劳动人事争议仲裁委员会申请仲裁。
四、诉讼。对仲裁裁决不服的，可以自收到裁决书之日起十五日内向人民法院起诉。
××有限公司
××××年××月××日
""",
    ),
    dict(
        slug="community-dianti-html-residents-notice",
        site="梧桐苑社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wutongyuan-sq.example.cn/notice/2025-11-04.html",
        title="关于老旧小区加装电梯意见征询的通知",
        record_title=None,
        date="2025-11-04",
        notes="residents' site HTML: grid-member card, a weather widget, the residents' committee's own phone in the body, a 'scan to vote' sentence, service list sidebar",
        page="""
<html><head><meta charset="utf-8"><title>梧桐苑社区服务网</title></head><body>
<div class="hd">⟦m 梧桐苑社区服务网　邻里守望 幸福家园⟧ ⟦m 今日 多云 12~19℃⟧</div>
<div class="nav">⟦m 社区首页 | 通知公告 | 便民服务 | 党建园地 | 志愿服务⟧</div>
<aside><div class="grid">⟦m 您的网格员：孟雪　电话 138****5527⟧</div>⟦l 便民服务：水电缴费 · 家政预约 · 旧物回收⟧</aside>
<h2>⟦t 关于老旧小区加装电梯意见征询的通知⟧</h2>
<div class="meta">⟦m 社区居委会　2025-11-04　阅读 612⟧</div>
{BODY}
<div class="box">⟦l 留言（需实名登录）⟧</div>
<div class="ft">⟦d 梧桐苑社区居委会主办⟧</div>
</body></html>
""",
        body="""
梧桐苑小区各位居民：
根据市老旧小区加装电梯工作有关政策，我社区拟在1至6栋开展加装电梯工作。为充分尊重居民意愿，现开展意见征询，有关事项通知如下：
一、征询时间：11月5日至11月20日。
二、征询方式：以单元为单位，由楼长入户发放征询表，居民也可扫描单元门口的二维码在线表决。
三、加装电梯需经本单元建筑面积三分之二以上且人数三分之二以上的业主参与表决，并经参与表决的四分之三以上同意。
咨询电话：社区居委会 0591-8765321。
梧桐苑社区居民委员会
2025年11月4日
""",
    ),
    dict(
        slug="community-lijia-text-volunteer-summary",
        site="里加社区网 (invented)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lijia-shequ.example.org/zyfw/2025/0108.html",
        title="里加社区2024年志愿服务工作总结",
        record_title="里加社区2024年志愿服务工作总结",
        date="2025-01-08",
        notes="residents' text page with gap between paragraphs, an 'I want to join' button glued after a paragraph, a volunteer-hours table",
        gap=True,
        page="""
!m 里加社区网 > 志愿服务 > 工作动态
!t 里加社区2024年志愿服务工作总结
!m 2025-01-09 编辑：社区办
{BODY}
!l 相关：2025年志愿服务项目招募　｜　时间银行兑换规则
""",
        date_also=["2025-01-09"],
        body="""
2024年，里加社区以“时间银行”为抓手，持续推进社区志愿服务，现将全年工作总结如下。
全年注册志愿者新增186人，总数达到742人，开展志愿服务活动213场。
项目　场次　服务时长（小时）
助老陪伴　86　2310
垃圾分类督导　72　1580
四点半课堂　55　1320⟦a 【我要加入志愿者】⟧
2025年，社区将完善时间银行积分兑换机制，吸引更多年轻居民参与志愿服务。
里加社区居民委员会
2025年1月8日
""",
    ),
    dict(
        slug="association-sheying-html-minutes",
        site="岚州市摄影家协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.lzsyxh.example.org.cn/xhdt/2025/0320/612.html",
        title="岚州市摄影家协会第五届理事会第三次会议纪要",
        record_title="【协会动态】岚州市摄影家协会第五届理事会第三次会议纪要",
        date="2025-03-19",
        notes="association HTML: member login box, a gallery marquee, the minutes with attendance lines and a vote count, a 'join the association' sidebar",
        page="""
<html><head><meta charset="utf-8"><title>岚州市摄影家协会</title></head><body>
<div class="hd">⟦m 岚州市摄影家协会　以光影记录时代⟧</div>
<div class="login">⟦a 会员登录　用户名　密码　登录⟧</div>
<div class="nav">⟦m 首页 | 协会概况 | 协会动态 | 会员作品 | 入会指南⟧</div>
<marquee>⟦l 精品佳作：晨雾漓江 · 丰收时节 · 古城夜色⟧</marquee>
<h2>⟦t 岚州市摄影家协会第五届理事会第三次会议纪要⟧</h2>
<div class="info">⟦m 发稿：秘书处　2025-03-20⟧</div>
{BODY}
<aside>⟦l 我要入会 ＞ 入会条件与流程⟧</aside>
<div class="ft">⟦m 协会地址：岚州市文化艺术中心A座302　联系电话：0778-2213579⟧</div>
</body></html>
""",
        date_also=["2025-03-20"],
        body="""
时间：2025年3月19日下午
地点：市文化艺术中心三楼会议室
主持：协会主席　欧阳青
出席：理事31人（应到35人）
会议审议通过了以下事项：
一、审议通过《2025年协会工作要点》，全年计划举办摄影展览4次、采风创作活动6次。
二、审议通过新会员入会名单，新吸收会员42名。表决结果：同意31票，反对0票，弃权0票。
三、会议决定，协会与市文旅局联合举办“岚州印象”摄影大赛，具体方案由秘书处另行制定。
""",
    ),
    dict(
        slug="association-jiudian-text-industry-report",
        site="澜城酒店行业协会 (invented)",
        style="行业协会",
        genre="报告",
        kind="report",
        form="text",
        source="https://www.lcjdxh.example.cn/hyfx/2025-h1.html",
        title="2025年上半年全市酒店业运行情况分析报告",
        record_title="2025年上半年全市酒店业运行情况分析报告 - 行业分析 - 澜城酒店行业协会",
        date="2025-07-15",
        notes="association text page, page markers ⟨⟨n⟩⟩ on lines of their own cutting sentences, an occupancy table, member-only download prompt",
        pages=dict(fmt="⟨⟨{n}⟩⟩", every=170, start=2),
        page="""
!m 澜城酒店行业协会　｜　行业分析
!t 2025年上半年全市酒店业运行情况分析报告 - 行业分析 - 澜城酒店行业协会
!a 会员单位登录后可下载完整报告（含附表）
{BODY}
!d 本报告数据来源于会员单位报送，转载请注明出处
""",
        body="""
今年上半年，全市酒店业总体呈现恢复向好态势。据对全市86家会员酒店的统计，上半年累计接待住宿旅客312万人次，同比增长9.6%。
主要指标如下：
指标　2024年上半年　2025年上半年
平均出租率（%）　58.2　62.7
平均房价（元）　326　318
客房收入（亿元）　6.8　7.4
从结构看，商务型酒店恢复较快，度假型酒店受季节因素影响较大，节假日期间出租率超过90%，平日则不足50%。
下半年，协会建议各会员单位加强差异化经营，积极承接会展和研学团队，提升非客房收入占比。
澜城酒店行业协会秘书处
2025年7月15日
""",
    ),
    dict(
        slug="gov-diming-html-minutes-modern",
        site="柏川市民政局 (invented)",
        style="政府门户",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://mzj.baichuan.example.gov.cn/zwgk/hyjy/202506/t20250612_4410.html",
        title="柏川市地名委员会2025年第一次全体会议纪要",
        record_title="柏川市地名委员会2025年第一次全体会议纪要_会议纪要_柏川市民政局",
        date="2025-06-10",
        notes="modern gov HTML with a font-size row and a 'view on phone' QR tip, minutes with 出席/列席/记录 lines, a vote on names, an 印发 line",
        page="""
<html><head><meta charset="utf-8"><title>柏川市地名委员会2025年第一次全体会议纪要_会议纪要_柏川市民政局</title></head><body>
<header>⟦m 柏川市民政局⟧ ⟦a 无障碍　长者模式⟧</header>
<nav>⟦m 首页 ｜ 政务公开 ｜ 政务服务 ｜ 互动交流 ｜ 专题专栏⟧</nav>
<div class="pos">⟦m 首页 › 政务公开 › 会议纪要⟧</div>
<h1>⟦t 柏川市地名委员会2025年第一次全体会议纪要⟧</h1>
<div class="meta">⟦m 发布时间：2025-06-12 10:30　信息来源：区划地名处⟧</div>
<div class="size">⟦a 字号：【大】【中】【小】　　手机扫码阅读⟧</div>
{BODY}
<div class="rel">⟦l 相关稿件：柏川市地名管理办法（修订）⟧</div>
<footer>⟦d 柏川市民政局主办　版权所有⟧ ⟦m 政府网站标识码：5101000041⟧</footer>
</body></html>
""",
        date_also=["2025-06-12"],
        body="""
时间：2025年6月10日
地点：市民政局四楼会议室
主持：市地名委员会副主任　邱建平
出席：市地名委员会成员单位负责同志
列席：市民政局区划地名处全体人员
记录：尹晓蕾
会议听取了2024年地名工作情况汇报，审议了高新区新建道路命名方案。经表决，同意将高新区3条新建道路分别命名为科苑路、创新大道、柏溪路。
会议要求，各成员单位要加强地名文化保护，做好地名标志设置和维护工作。
柏川市地名委员会办公室　2025年6月11日印发
""",
    ),
    dict(
        slug="news-shuiwu-text-oneline-short",
        site="汶阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.wenyangnews.example.cn/ms/2025/1015/40221.html",
        title="汶阳水务集团启动老旧供水管网改造",
        record_title="汶阳水务集团启动老旧供水管网改造_汶阳新闻网",
        record_date="2025-10-15",
        date="2025-10-15",
        notes="news text page with the body on one line, the title repeated as a headline, and a 'send us tips' contact line",
        oneline=True,
        page="""
!m 汶阳新闻网 · 民生
!t 汶阳水务集团启动老旧供水管网改造
!m 2025-10-15 08:40　来源：汶阳日报　记者 金悦
{BODY}
!w 新闻爆料：0538-6613000　微信：wyxw-baoliao
!l 下一篇：汶阳城区新增3处口袋公园
""",
        body="""
10月14日，汶阳水务集团启动城区老旧供水管网改造工程，计划改造管网42公里，涉及32个老旧小区。
改造完成后，将有效解决部分小区水压不足、水质浑浊等问题，惠及居民1.6万户。
""",
    ),
    dict(
        slug="wenku-shuiwu-text-notice-cn-date",
        site="水墨文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.shuimo-wk.example.com/doc/70331558.html",
        title="关于城区部分区域临时停水的通知",
        record_title="关于城区部分区域临时停水的通知.doc",
        date="2025-09-16",
        notes="文库 preview with markers ╾n╼ glued to continuation lines, 成文日期 in Chinese numerals, the water company's own 服务热线 in the body",
        pages=dict(fmt="╾{n}╼", every=110, start=2, glue=True),
        page="""
!t 关于城区部分区域临时停水的通知.doc
!m 水墨文库 · 共2页 · 下载券 1
{BODY}
!a 预览已结束，余下内容需使用下载券
!d 文档内容由网友上传，水墨文库不对其真实性负责
""",
        body="""
各位用户：
因城区供水管网改造施工需要，我公司将于2025年9月18日8:00至20:00对建设路、人民路、新华街沿线区域暂停供水。请相关区域用户提前做好储水准备。
施工完毕后将尽快恢复供水，恢复初期可能出现水质浑浊，请放水片刻后再使用。
由此给您带来的不便，敬请谅解。服务热线：0538-96116。
汶阳水务集团有限公司
二〇二五年九月十六日
""",
    ),
    dict(
        slug="mail-fwd-binzang-text-notice",
        site="民政系统邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://mail.mzj.example.gov.cn/INBOX/7781",
        title="关于规范殡葬服务收费公示的通知",
        record_title="Fw: 关于规范殡葬服务收费公示的通知",
        date="2025-05-20",
        notes="forwarded mail with the mail's headers above, an attachment line of the mail (not the document's), the notice's own 附件 and 抄送; mail footer disclaimer",
        page="""
!m From: 社会事务科 <shsw@mzj.example.gov.cn>
!m Sent: 2025-05-21 (周三) 11:06
!m To: 县殡仪馆; 各公墓管理所
!m Subject: Fw: 关于规范殡葬服务收费公示的通知
!m 附件：收费公示模板.xlsx（18K）
!m 请各单位认真落实，5月底前反馈公示照片。
{BODY}
!d ——本邮件由政务邮件系统发送，请勿直接回复——
""",
        date_also=["2025-05-21"],
        body="""
各殡葬服务单位：
为进一步规范殡葬服务收费行为，保障群众合法权益，现就殡葬服务收费公示有关事项通知如下：
一、各单位应在服务大厅醒目位置公示收费项目、收费标准、收费依据和投诉电话。
二、基本殡葬服务项目实行政府定价，不得擅自提高收费标准或者增加收费项目。
三、选择性服务项目应由丧属自愿选择，不得捆绑销售。
附件：殡葬服务收费公示样表
县民政局
2025年5月20日
抄送：县市场监管局，县发展改革局。
""",
    ),
    dict(
        slug="qa-cehui-text-forum-junk-answer",
        site="知测问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.zhice-wenda.example.net/question/20417",
        title="不动产测绘报告一般包括哪些内容？",
        record_title=None,
        date="2025-08-30",
        notes="Q&A text page: question as the title (missing from the record), the answer's 回答于 time as the page date, forum junk lines sprinkled in the answer, a related-question list",
        junk=dict(lines=1, glued=1),
        page="""
!m 知测问答 › 不动产测绘
{T}
!m 回答者：测量老王　|　回答于 2025-08-30 22:15　|　被采纳
{BODY}
!l 相关问题：房产面积测量误差允许多少？｜ 宗地图怎么看？
!a 我来回答　｜　关注问题
""",
        body="""
不动产测绘报告一般包括以下内容：项目概况、测绘依据、控制测量、界址点测量、房屋面积测算和成果质量检查等。
其中最重要的是宗地图和房产分户图，宗地图要标明界址点坐标和四至，分户图要标注套内面积和分摊面积。
报告最后要有测绘单位盖章和测绘人员签字，有些地方还要求附上测绘资质证书复印件。
""",
    ),
    dict(
        slug="wechat-mirror-jiaxiao-text-title-thrice",
        site="公众号文章快存 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://kuaicun-mp.example.com/article/77120",
        title="致全市驾驶培训学员的一封倡议书",
        record_title="致全市驾驶培训学员的一封倡议书",
        date="2025-04-30",
        notes="mirror text with the title three times (page header, heading, glued to the salutation line), a 'like and share' row and a reward line",
        page="""
!t 致全市驾驶培训学员的一封倡议书 - 公众号文章快存
!m 岚州驾培协会　发布于 2025-04-30
!t 致全市驾驶培训学员的一封倡议书
⟦t 致全市驾驶培训学员的一封倡议书⟧{BODY}
!a 喜欢作者　赞赏
!l 点赞　分享　推荐
""",
        body="""
广大驾驶培训学员：
学车是一门技术，更是一份责任。为营造文明有序的驾培环境，岚州市驾驶培训行业协会向全市学员倡议：
一、遵守训练纪律，服从教练指挥，不在训练场内嬉戏打闹。
二、抵制“包过”“保过”等虚假承诺，通过正规渠道报名学车。
三、从学车开始养成文明驾驶习惯，礼让行人，不开斗气车。
岚州市驾驶培训行业协会
2025年4月30日
""",
    ),
]
