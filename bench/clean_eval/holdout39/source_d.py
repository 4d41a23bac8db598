"""holdout39, part D: an organ-donation coordinator's essay in a writing app, a militia
civilian-post interview answer on an exam forum with jammer fonts, a balloon-permit Q&A, an
ice rink's contingency plan on a cloud drive, a hot-spring price notice in a text-only cache, a
cruise terminal's boarding notice in print, a ballet school's invitation in a forwarded mail, an
armed-forces department's study speech, a hyperbaric-oxygen centre's drill, a college ground
station's open day, a toy factory's hiring notice on a county forum, an oil-production rule on
a download station. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-xiezuo-organ-coordinator-essay-html",
        site="写作宝APP 分享页 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="essay",
        form="html",
        source="https://m.xiezuobao.example.com/share/article/509216",
        title="做生命接力的摆渡人——器官捐献协调员工作心得",
        record_title="做生命接力的摆渡人——器官捐献协调员工作心得 - 写作宝",
        date=None,
        notes="a writing-app share page: fixed 'open app' banner, word count and 'AI polish' buttons, a member paywall line between paragraphs, a bottom tab bar; no date (a 'published 3 hours ago' line is relative)",
        page="""
<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>做生命接力的摆渡人——器官捐献协调员工作心得 - 写作宝</title>
<script>var shareId="509216";</script></head>
<body>
<div class="app-banner">⟦a 写作宝 · 公文写作神器　打开APP⟧</div>
<h1 class="art-title">{T}</h1>
<div class="art-meta">⟦m 写作宝官方 · 3小时前 · 字数 862⟧</div>
<div class="tools">⟦a AI润色⟧ ⟦a 复制全文⟧ ⟦a 生成PPT⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="tabbar">⟦l 首页　范文　写作　我的⟧</div>
</body></html>
""",
        body="""
从事人体器官捐献协调工作三年来，我见证了许多家庭在最悲痛的时刻作出的无私选择，也深深体会到这份工作的沉重与光荣。
第一，协调工作首先是沟通工作。面对失去亲人的家属，协调员要先倾听，再解释，绝不能催促和劝说，让家属在充分了解政策的基础上自主作出决定。
⟦a 剩余60%内容，开通写作宝会员即可阅读全文⟧
第二，协调工作必须严守程序。从捐献意愿登记、医学评估到器官获取，每一个环节都要依法依规，做到公开透明。
第三，协调工作离不开人文关怀。捐献完成后，我们会陪同家属举行缅怀仪式，并长期开展回访慰问。
每一次捐献都是一场生命的接力。我愿继续做好这场接力中的摆渡人。
""",
    ),
    dict(
        slug="gkforum-shuizhan-militia-interview-jammer-html",
        site="水站公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="essay",
        form="html",
        source="https://bbs.shuizhan.example.com/thread-304417-1-1.html",
        title="人武部文职人员结构化面试真题：如何做好民兵应急分队训练保障",
        record_title="[面试真题] 人武部文职人员结构化面试真题：如何做好民兵应急分队训练保障 - 面试交流 - 水站公考社区",
        date="2025-05-08",
        notes="Discuz-like forum: jammer fonts between and glued after sentences; post header 发表于 (the page's date); signature and medal rows; quick-reply box; a 'reply to see hidden content' line",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 人武部文职人员结构化面试真题：如何做好民兵应急分队训练保障 - 面试交流 - 水站公考社区</title>
<style>.jammer{font-size:0;color:#fff}</style></head>
<body>
<div id="hd">⟦m 水站公考社区⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 水站公考社区 › 面试交流 › 结构化面试⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 楼主 上岸小分队⟧<br>⟦m 主题 62 帖子 410 积分 1388⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="pti">⟦m 发表于 2025-5-8 21:06:33⟧ ⟦l 只看该作者⟧ ⟦l 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="sign">⟦l 签名：今年必上岸！每天一道面试题打卡⟧</div>
</td></tr></table>
<div class="fastre">⟦l 快速回复　高级模式⟧ ⟦a 发表回复⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦d 本站言论仅代表网友观点⟧</div>
</body></html>
""",
        body="""
【题目】假如你是县人武部文职人员，领导让你负责民兵应急分队年度集中训练的保障工作，你会怎么做？
【参考答案】训练保障是训练任务顺利完成的基础，我会从以下几个方面抓好落实。
一是摸清需求。训练开始前，与军事科对接训练计划，列出场地、器材、食宿、医疗等保障清单。
二是细化方案。制定保障工作方案，明确每项保障的责任人和完成时限，并准备好雨天备用场地。
三是全程跟进。训练期间每天检查伙食和住宿情况，安排医务人员跟训，及时解决参训民兵反映的问题。
四是总结提高。训练结束后清点器材、结算经费，形成保障工作总结，为下一年度训练积累经验。
""",
    ),
    dict(
        slug="baike-zhidao-balloon-permit-answer",
        site="知道问答百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://zhidao.wenzhi.example.com/question/2290871.html",
        title="景区开展热气球载客飞行需要办理哪些手续？",
        record_title=None,
        date="2025-04-27",
        notes="no record title: the question is the title on the page; an accepted-answer badge; 回答于 line (the page's date); 'other answers', 'was this useful' buttons and a related-questions list; a numbered list in the answer",
        page="""
!m 知道问答百科 > 交通出行 > 航空
{T}
!m 提问者采纳　　浏览 5062 次
!m 文旅法务小陈 | 高级贡献者　　回答于 2025-04-27
{BODY}
!a 有用(93)　没用(2)　追问　分享
!l 其他回答（2）
!l 相关问题：热气球驾驶员执照怎么考？　滑翔伞飞行需要报备吗？
!d 答案仅代表网友观点，不代表本站立场。
""",
        body="""
景区开展热气球载客飞行属于通用航空经营活动，一般需要办理以下手续：
1. 取得通用航空经营许可，经营主体须具备相应的航空器、驾驶员和安全管理制度。
2. 热气球须取得适航证和国籍登记证，驾驶员须持有热气球驾驶员执照。
3. 飞行前须向当地空管部门申请飞行计划，经批准后方可飞行。
4. 为乘客投保航空旅客意外伤害保险。
建议先咨询当地民航管理部门，按要求准备材料。
""",
    ),
    dict(
        slug="netdisk-lanpan-ice-rink-plan-html-pages",
        site="蓝盘 文件预览 (invented)",
        style="网盘分享",
        genre="预案",
        kind="plan",
        form="html",
        source="https://www.lanpan.example.com/s/Xb82kLq",
        title="枳城市冰雪运动中心室内冰场突发事件应急预案",
        record_title="枳城市冰雪运动中心室内冰场突发事件应急预案.docx",
        date="2025-11-01",
        notes="cloud-drive preview: file-name title, sharer and expiry, download/save buttons, preview page markers ⁅N⁆ as paragraphs cutting sentences; signature date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>枳城市冰雪运动中心室内冰场突发事件应急预案.docx - 蓝盘</title></head>
<body>
<div class="hd">⟦m 蓝盘⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦a 下载客户端⟧</div>
<div class="file"><h2>{T}</h2>
<p>⟦m 分享人：zc_bingxue　分享于 2025-11-20　文件大小 38KB　有效期 30天⟧</p>
<p>⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 请勿通过蓝盘分享违法违规内容，一经发现将被封禁。⟧</div>
</body></html>
""",
        pages=dict(fmt="⁅{n}⁆", every=170, start=2),
        body="""
1 总则
1.1 为及时有效处置室内冰场突发事件，保障运动员和公众生命安全，制定本预案。
1.2 本预案适用于中心室内冰场训练、比赛和公众开放期间发生的人员受伤、设备故障、火灾和停电等突发事件。
2 组织机构
中心成立应急处置领导小组，主任任组长，分管副主任任副组长，场馆部、训练部、保卫科负责人为成员。
3 处置措施
3.1 人员受伤。冰上巡视员发现摔伤人员后，应立即停止冰面活动，由医务室人员现场处置，伤情较重的立即拨打急救电话。
3.2 制冷设备氨泄漏。值班人员应立即关闭相关阀门，疏散场内人员，并报告消防救援部门。
3.3 停电。立即启用应急照明，引导冰面人员有序离场。
枳城市冰雪运动中心
2025年11月1日
""",
    ),
    dict(
        slug="snapshot-textonly-hotspring-price-notice",
        site="搜索引擎纯文字快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://snapshot.zhaobiao.example.net/text?url=www.kezhou-wenquan.example.com/gg/2025/1201",
        title="珂州温泉度假区关于调整冬季门票价格的公告",
        record_title="珂州温泉度假区关于调整冬季门票价格的公告",
        record_date="2025-12-01",
        date="2025-12-01",
        notes="a text-only cache: cache header with snapshot time and 'this is the text version', the cached site's nav as plain text, price table rows, the notice's own 服务热线 kept; the resort's booking hotline in the footer is chrome",
        page="""
!m 这是 www.kezhou-wenquan.example.com/gg/2025/1201 的纯文字快照，抓取于 2025-12-09 23:40
!a 完整版本　|　纯文字版本　|　查看源代码
!m 珂州温泉度假区 首页 度假区介绍 门票预订 酒店住宿 交通指南
!t 珂州温泉度假区关于调整冬季门票价格的公告
{BODY}
!m 预订热线 0733-2199188　　地址：珂州市汤泉镇温泉大道1号
!d 本快照仅供参考，以原网页内容为准
""",
        body="""
尊敬的游客朋友：
经珂州市发展和改革委员会备案，自2025年12月15日起，度假区温泉门票价格调整如下：
票种　平日价（元）　周末及节假日价（元）
成人票　168　198
儿童票（1.2—1.5米）　88　108
60周岁以上老人票　98　118
身高1.2米以下儿童、现役军人、残疾人凭有效证件免票。
服务热线：0733-2199066
珂州温泉度假区管理有限公司
2025年12月1日
""",
    ),
    dict(
        slug="print-qixi-cruise-boarding-notice-html",
        site="杞溪国际邮轮码头 打印页 (invented)",
        style="打印页",
        genre="须知",
        kind="notice",
        form="html",
        source="https://www.qixicruise.example.com/print/notice-0412.html",
        title="杞溪国际邮轮码头旅客登船须知",
        record_title="杞溪国际邮轮码头旅客登船须知 - 打印",
        date="2025-04-12",
        notes="a print view with print header (URL and print time), a 'print this page / back' row, a print footer 页码 1/1 and a print-only copyright; a numbered list; the notice's own 咨询电话 and its date",
        page="""
<html><head><meta charset="utf-8"><title>杞溪国际邮轮码头旅客登船须知 - 打印</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="ph">⟦m https://www.qixicruise.example.com/notice-0412.html⟧　⟦m 2025/10/03 下午3:18⟧</div>
<div class="noprint">⟦a 打印本页⟧ ⟦a 返回原文⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p 页码 1/1⟧</div>
<div class="pc">⟦d © 杞溪国际邮轮码头运营有限公司　仅供旅客个人打印使用⟧</div>
</body></html>
""",
        body="""
为保障旅客顺利登船，请您仔细阅读以下须知：
1. 请于邮轮开航前4小时到达码头，开航前2小时停止办理登船手续。
2. 登船须持有效护照或通行证，并提前在邮轮公司网站完成在线登记，打印登船凭证。
3. 行李安检时，请主动取出充电宝、打火机等物品，接受检查。
4. 携带儿童的旅客请照看好儿童，不要在候船大厅内奔跑追逐。
咨询电话：0576-8912100
杞溪国际邮轮码头运营有限公司
2025年4月12日
""",
    ),
    dict(
        slug="mail-fw-ballet-gala-invitation",
        site="瑶埠县文化馆 邮箱 (invented)",
        style="邮件转发",
        genre="邀请函",
        kind="letter",
        form="text",
        source="https://mail.yaobu-whg.example.cn/read/20251204-17",
        title="瑶埠县芭蕾舞学校新年汇报演出邀请函",
        record_title="Fw: 瑶埠县芭蕾舞学校新年汇报演出邀请函",
        date="2025-12-01",
        date_also=["2025-12-04"],
        notes="a forwarded mail with English-style headers (From/Sent/To/Subject), a forwarder's note, a quoted-block marker, the original mail's attachment line (chrome) and the letter's own 回执 and 联系电话 (body); send date and letter date differ",
        page="""
!m From: 瑶埠县文化馆 办公室 <office@yaobu-whg.example.cn>
!m Sent: Thursday, December 4, 2025 10:41 AM
!m To: 群文部全体
!t Subject: Fw: 瑶埠县芭蕾舞学校新年汇报演出邀请函
各位：转芭蕾舞学校邀请函，请群文部派两位同志参加，名单周五前报办公室。
!m > ---------- Forwarded message ---------
!m > 发件人：瑶埠芭蕾舞学校教务处 <jwc@yaobu-ballet.example.cn>
!m > 附件：邀请函（盖章版）.pdf
{BODY}
!d 此邮件由瑶埠县政务邮件系统发送，请勿在邮件中传送涉密信息。
""",
        body="""
瑶埠县文化馆：
值此新年来临之际，我校定于2025年12月28日晚7:30在县大剧院举办新年汇报演出，届时将上演芭蕾舞剧《胡桃夹子》选段等节目。
诚邀贵馆领导和同志们莅临观看指导。
请于12月20日前将出席人员名单回复我校教务处。
联系人：方老师　电话：0738-5126631
瑶埠县芭蕾舞学校
2025年12月1日
""",
    ),
    dict(
        slug="dangjian-yushan-armed-dept-study-speech",
        site="萸山党建网 (invented)",
        style="党建网",
        genre="发言",
        kind="speech",
        form="text",
        source="http://www.yushandj.example.cn/llxx/2025/0630/3381.html",
        title="在县人武部党委理论学习中心组专题学习会上的发言",
        record_title="【理论学习】在县人武部党委理论学习中心组专题学习会上的发言",
        date="2025-06-27",
        date_also=["2025-06-30"],
        notes="Party-building site; decorated record title; speaker line and date under the title (neutral; the speech's date expected, the portal's 发布时间 also accepted); a study-points line glued at the start of the body; a 'study more' list",
        page="""
!m 萸山党建网　|　理论学习
!m 首页 > 理论学习 > 学习交流
!t 【理论学习】在县人武部党委理论学习中心组专题学习会上的发言
!m 发布时间：2025-06-30 10:15　来源：县人武部　字号：【大 中 小】
县人武部部长　汪振国
（2025年6月27日）
{BODY}
!l 延伸学习：专武干部队伍建设的几点思考　｜　党管武装工作经验交流
!m 中共萸山县委组织部主办
""",
        indent="　　",
        body="""
⟦a 【阅读本文可获得学习积分2分】⟧按照中心组学习安排，我结合分管工作谈几点体会。
一、深刻认识党管武装的重要意义。党管武装是我国国防动员和后备力量建设的根本原则，我们必须把这一原则贯彻到民兵工作的各个方面。
二、聚焦主责主业抓落实。今年以来，我部完成了民兵整组和征兵任务，但在专业分队训练和装备管理方面还有差距。
三、以严的作风抓好队伍建设。要强化专武干部的责任意识，做到一级抓一级、层层抓落实。
以上发言，不妥之处请大家批评指正。
""",
    ),
    dict(
        slug="hospital-zhicheng-hyperbaric-drill-html",
        site="枳城市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zcey.example.cn/yydt/2025/0919/2207.html",
        title="我院高压氧治疗中心开展舱内火灾应急演练",
        record_title="我院高压氧治疗中心开展舱内火灾应急演练-枳城市第二人民医院",
        date="2025-09-19",
        notes="hospital site: booking and emergency phones in the header, a department nav, the news's own byline date; a 'department introduction' sidebar; the news's 科室咨询电话 kept next to the hospital's 急诊 line; photo caption",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院高压氧治疗中心开展舱内火灾应急演练-枳城市第二人民医院</title></head>
<body>
<div class="tp">⟦m 枳城市第二人民医院⟧ ⟦m 急诊电话：0736-8120120⟧ ⟦m 预约挂号：0736-8120000⟧</div>
<div class="nv">⟦m 医院概况　就医指南　科室导航　专家介绍　医院动态　健康科普⟧</div>
<div class="cur">⟦m 当前位置：首页 ＞ 医院动态 ＞ 院内新闻⟧</div>
<div class="ct">
<h1>{T}</h1>
<div class="inf">⟦m 时间：2025-09-19　　作者：高压氧科　　审核：院办　　浏览：227⟧</div>
{BODY}
</div>
<div class="sd"><h4>⟦l 科室介绍⟧</h4><p>⟦l 高压氧治疗中心⟧</p><p>⟦l 康复医学科⟧</p></div>
<div class="ft">⟦m 地址：枳城市健康路66号⟧ ⟦d 版权所有©枳城市第二人民医院⟧ ⟦m 湘ICP备09005514号⟧</div>
</body></html>
""",
        body="""
9月18日下午，我院高压氧治疗中心联合保卫科开展了多人氧舱舱内火灾应急演练，科室医护人员和氧舱操作人员共20余人参加。
演练模拟舱内患者携带的电子产品起火，操舱人员立即启动舱内水喷淋系统，同时紧急减压开舱，医护人员迅速将“患者”转移至安全区域。
⟦l 图为演练现场。⟧
演练结束后，科室主任对演练情况进行了点评，强调患者进舱前必须严格执行安全检查，严禁携带火种和电子产品入舱。
高压氧治疗咨询电话：0736-8120463
""",
    ),
    dict(
        slug="university-guacang-ground-station-open-day-wrapped",
        site="栝苍学院空间信息学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kjxx.guacang.example.edu.cn/info/1011/3382.htm",
        title="关于举办卫星地面站校园开放日活动的通知",
        record_title="关于举办卫星地面站校园开放日活动的通知-栝苍学院空间信息学院",
        date="2025-04-09",
        notes="college site as text, the body hard-wrapped at 62 columns with paragraph indents; a schedule table (rows not wrapped shorter than width); the notice's own 报名邮箱; byline 发布时间 equals the signature date",
        wrap=62,
        indent="    ",
        page="""
!m 栝苍学院空间信息学院　School of Spatial Information
!m 学院首页 | 学院概况 | 本科教学 | 科学研究 | 学生工作 | 通知公告
!t 关于举办卫星地面站校园开放日活动的通知
!m 发布时间：2025-04-09　作者：学院办公室　点击：[ 532 ]
{BODY}
!a [关闭窗口] [打印文章]
!m 版权所有：栝苍学院空间信息学院　地址：学府路188号理工楼B座
""",
        body="""
全校师生：
为普及航天知识，展示学院教学科研成果，学院定于4月23日（世界读书日）举办卫星地面站校园开放日活动。现将有关事项通知如下：
一、开放时间：4月23日9:00—11:30，14:00—16:30，每场限30人。
二、活动内容：参观12米天线和运控大厅，观看卫星过境实时接收演示，聆听航天科普讲座。
三、报名方式：请于4月18日前将姓名、学号和参观场次发送至报名邮箱 kjxx_open@guacang.example.edu.cn。
空间信息学院
2025年4月9日
""",
    ),
    dict(
        slug="localforum-huangtang-toy-hiring-repost-html",
        site="璜塘生活网论坛 (invented)",
        style="地方论坛",
        genre="启事",
        kind="notice",
        form="html",
        source="http://www.huangtanglife.example.com/bbs/thread-93320-1-1.html",
        title="璜塘玩具厂2025年秋季招工启事",
        record_title="【招聘】璜塘玩具厂2025年秋季招工启事（包吃住）",
        date="2025-08-25",
        notes="a county life forum repost: decorated record title; poster and floor meta, a top ad, 'recommended jobs' sidebar, replies; the notice's own 招工电话 and an address; table of posts; signature date",
        page="""
<html><head><meta charset="utf-8"><title>【招聘】璜塘玩具厂2025年秋季招工启事（包吃住） - 璜塘生活网</title></head>
<body>
<div class="ad">⟦w 广告位招租：本位置每月仅需300元，联系QQ 2788120034⟧</div>
<div class="nav">⟦m 璜塘生活网 » 招聘求职 » 全职招聘⟧</div>
<div class="post"><div class="author">⟦m 发帖：璜塘玩具厂人事部　　2025-08-26 08:02　　查看 4120　回复 36⟧</div>
<h1>{T}</h1>
{BODY}
</div>
<div class="reply">⟦l 2楼 大桥头阿芳：请问夫妻工有宿舍吗？⟧</div>
<div class="reply">⟦l 3楼 璜塘玩具厂人事部：有夫妻房，欢迎来厂里看看。⟧</div>
<div class="side"><b>⟦l 推荐职位⟧</b> ⟦l 电子厂普工 4500-6000⟧ ⟦l 服装厂车位工 计件⟧</div>
<div class="foot">⟦d 招聘信息由用户发布，求职时请注意核实，谨防受骗。⟧</div>
</body></html>
""",
        body="""
因生产规模扩大，璜塘玩具厂现面向社会招聘普工和技术工人，具体如下：
岗位　人数　要求　月薪（元）
缝纫工　40　有毛绒玩具缝纫经验优先　5000—7500
注塑工　15　能适应两班倒　5200—6800
质检员　6　高中以上文化　4800—5600
厂里提供免费工作餐和宿舍，按规定缴纳社会保险。
报名地址：璜塘镇工业园区玩具路9号
招工电话：0769-8632015（人事部张小姐）
璜塘玩具厂
2025年8月25日
""",
    ),
    dict(
        slug="download-zhongxin-oil-rules-glued-markers",
        site="众鑫文档下载 (invented)",
        style="资料下载站",
        genre="规程",
        kind="rules",
        form="text",
        source="http://www.zhongxindoc.example.com/down/anquan/74412.html",
        title="采油工岗位安全操作规程",
        record_title="采油工岗位安全操作规程.doc下载",
        date=None,
        notes="a download station as text: file info, 'download points' and 'report error' rows; preview page markers ⟬N⟭ glued to continuation lines; articles that speak of 打印 as content; no date (update time only)",
        pages=dict(fmt="⟬{n}⟭", every=120, start=2, glue=True),
        page="""
!m 众鑫文档下载 → 安全管理 → 操作规程
!t 采油工岗位安全操作规程.doc
!m 文件类型：DOC　　更新：2025-07-30　　下载次数：1,926
!a 本地高速下载　|　网通下载　|　报告错误
!m 以下为文档预览：
{BODY}
!a 下载所需点数：3点（VIP会员免费）
!l 同类文档：注水泵工操作规程　集输工安全操作规程　井下作业安全规程
""",
        body="""
第一条　采油工上岗前必须经过安全培训和考核，取得上岗证后方可独立操作。
第二条　进入井场必须穿戴劳动防护用品，巡检时不得攀爬抽油机和电气设备。
第三条　启停抽油机前，应检查刹车和皮带，确认周围无人后方可操作，严禁在抽油机运转时进行保养。
第四条　取样、量油时，人员应站在上风方向，防止油气中毒。
第五条　每次巡检结束后，应在巡检仪上记录设备运行参数，并按班打印巡检日报交班长签字。
第六条　发现井口刺漏、着火等异常情况，应立即停机并报告调度室。
""",
    ),
]
