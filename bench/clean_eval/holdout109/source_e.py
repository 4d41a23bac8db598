"""holdout109, part E. Invented text, sites, places and people; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-anxin-html-news-claims-pledge",
        site="安信保险代理有限公司官网 (invented)",
        style="企业官网",
        genre="承诺书",
        kind="other",
        form="html",
        source="https://www.anxinbd.com.cn/news/company/2025/0226/141.html",
        title="安信保险代理有限公司理赔协助服务承诺",
        record_title="安信保险代理有限公司理赔协助服务承诺_公司新闻_安信保险代理",
        date="2025-02-25",
        notes="corporate site; decorated record title; the firm's own 理赔协助专线 kept beside the site's sales line and online-service float; date under the signature",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>安信保险代理有限公司理赔协助服务承诺_公司新闻_安信保险代理</title></head><body>
<div class="top-bar">⟦m 安信保险代理 · 专业 · 诚信 · 贴心⟧<span>⟦w 投保咨询：400-826-3300⟧</span></div>
<nav>⟦m 首页　关于安信　产品服务　新闻中心　客户服务　加入我们⟧</nav>
<div class="crumb">⟦m 首页 &gt; 新闻中心 &gt; 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-02-26　｜　阅读 620⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="online">⟦w 在线客服　点击咨询⟧</div>
<footer>⟦m 安信保险代理有限公司　经营保险代理业务许可证编号：260591000000800⟧　⟦m 浙ICP备16019320号⟧</footer>
</body></html>
""",
        body="""
为切实提升客户理赔体验，我公司向广大客户郑重承诺：
一、首问负责。客户出险后拨打我公司理赔协助专线0576-8890012，首位接听人员负责跟踪到底。
二、限时响应。接到报案后30分钟内联系客户，指导客户收集理赔材料。
三、全程协助。协助客户向保险公司提交理赔申请，理赔进度每三个工作日告知一次。
四、不收费用。理赔协助服务全程免费，我公司任何人员不得以任何名义收取费用。
欢迎社会各界监督。
安信保险代理有限公司
2025年2月25日
""",
    ),
    dict(
        slug="company-antong-text-notice-spring-festival-inspection",
        site="安通机动车检测有限公司 (invented), text rendering",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.antongjc.com/gonggao/20250120.html",
        title="关于2025年春节期间机动车检测业务安排的公告",
        record_title="关于2025年春节期间机动车检测业务安排的公告 - 安通检测",
        date="2025-01-20",
        notes="company site as text; decorated record title; a schedule table one row a paragraph; the company's own phone and 预约 sentence kept; footer",
        page="""
!m 安通检测　|　磴川县安通机动车检测有限公司
!m 首页　公司简介　检测项目　办事指南　新闻公告　联系我们
!m 新闻公告 > 正文
{T}
!m 时间：2025-01-20　　浏览：1,026
{BODY}
!l 上一条：机动车检验标志电子化办理指南
!m 地址：磴川县城北工业园区安通路2号　｜　黔ICP备20011572号
""",
        body="""
尊敬的车主朋友：
2025年春节将至，根据工作安排，我公司春节期间检测业务安排如下：
日期　　安排
1月26日至1月27日　　正常检测
1月28日至2月4日　　暂停检测
2月5日起　　恢复正常检测
节前检测量较大，建议车主通过“交管12123”App提前预约，避免排队。
咨询电话：0851-5567788。
祝广大车主新春愉快，出行平安！
磴川县安通机动车检测有限公司
2025年1月20日
""",
    ),
    dict(
        slug="training-yuesao-html-brochure-housekeeping-school",
        site="巧手家政培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshoupx.cn/zhaosheng/2025-spring.html",
        title="巧手家政培训学校2025年春季母婴护理班招生简章",
        record_title="巧手家政培训学校2025年春季母婴护理班招生简章（附课程表）",
        date=None,
        notes="training-school page; decorated record title; course table; the school's own 报名电话 beside a 400 line; an enrol button and a course ad box; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>巧手家政培训学校2025年春季母婴护理班招生简章（附课程表）</title></head><body>
<header>⟦m 巧手家政培训学校⟧<span>⟦m 人社部门备案职业技能培训机构⟧</span><b>⟦w 全国招生热线 400-113-5280⟧</b></header>
<nav>⟦m 首页 | 课程设置 | 师资力量 | 学员风采 | 就业推荐 | 在线报名⟧</nav>
<main>
<h1>{T}</h1>
<div class="content">
{BODY}
</div>
<div class="enroll">⟦a 立即报名 · 抢占优惠名额⟧</div>
<div class="ad">⟦l 热门课程：高级育婴师｜养老护理员｜小儿推拿⟧</div>
</main>
<footer>⟦m 巧手家政培训学校　版权所有　湘ICP备21009904号⟧　⟦d 图片仅供参考，以实际教学为准⟧</footer>
</body></html>
""",
        body="""
为满足家庭对专业母婴护理人员的需求，我校开设春季母婴护理班，现面向社会招生。
一、招生对象
年龄在20至55周岁，初中以上文化程度，身体健康、热爱家政服务工作的人员。
二、课程安排
模块　　课时　　主要内容
新生儿护理　　40　　喂养、洗澡、抚触、脐部护理
产妇护理　　32　　产后饮食、伤口护理、心理疏导
实操考核　　16　　模拟上户、技能考核
三、培训费用
学费1980元，符合条件的失业人员、农村转移劳动力可申请职业技能培训补贴。
四、报名方式
报名电话：0731-8556271，报名地址：磴川县城南路58号三楼。
""",
    ),
    dict(
        slug="training-jiakao-text-plan-safety-officer-course",
        site="路安驾驶培训中心 (invented), text rendering",
        style="培训机构",
        genre="培训计划",
        kind="plan",
        form="text",
        source="http://www.luanjp.com/peixun/2025/0603.html",
        title="考场安全员岗前培训计划",
        record_title="【内部培训】考场安全员岗前培训计划",
        date="2025-06-03",
        notes="training centre as text; decorated record title; a training table; 培训要求 list; a WeChat consult prompt between paragraphs; date under the signature",
        page="""
!m 路安驾驶培训中心　安全第一　文明驾驶
!m 首页 > 培训动态
{T}
!m 路安驾培　2025-06-03
{BODY}
!w 想学车？加教练微信 luan_jiapei 领新人优惠
!l 往期动态：6月学员满意度调查结果｜新教练车投入使用
!m 路安驾驶培训中心 地址：碑岭县滨河路18号
""",
        body="""
为做好新聘考场安全员的岗前培训工作，特制定本计划。
一、培训对象：2025年新聘考场安全员14人。
二、培训安排
日期　　内容　　授课人
6月9日　　考试规则与安全员职责　　考场主任
6月10日　　考试车辆副制动使用　　技术组
6月11日至6月12日　　跟车实习　　老安全员
⟦w 报名咨询请扫右下角二维码⟧
三、培训要求
1. 参训人员不得迟到早退，跟车实习期间须服从带教安全员指挥。
2. 培训结束后进行理论和实操考核，考核合格方可上岗。
考场办公室
2025年6月3日
""",
    ),
    dict(
        slug="fanwenapp-biji-text-summary-microloan-company",
        site="笔记侠范文 App 分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bijixia.app/doc/7F3K29.html",
        title="小额贷款公司2024年度工作总结",
        record_title="小额贷款公司2024年度工作总结｜笔记侠范文",
        date=None,
        notes="writing-app share page; decorated record title; AI-rewrite and open-in-app prompts; share stamp is no date; year only in the title",
        page="""
!m 笔记侠范文 · 写材料不再熬夜
!a 打开App，体验AI一键续写 ＞
{T}
!m 来自 笔记侠范文 · 2.6万人已阅　　分享于 4月
{BODY}
!a 🔒 剩余内容仅App内可见，打开笔记侠查看全文
!a ✨ AI改写　|　📋 复制　|　⬇ 导出Word
!l 猜你想写：银行支行年度工作总结 · 金融服务公司年终总结
!d 本范文由用户创作分享，仅供参考。
""",
        body="""
2024年，公司坚持“小额、分散、支农支小”的经营定位，全年累计发放贷款1626笔、金额2.83亿元，年末贷款余额1.92亿元，实现净利润596万元。现将全年工作总结如下。
一、主要工作
（一）聚焦主业。向个体工商户和农户发放的贷款占比达到87%，单户平均贷款余额16.4万元。
（二）强化风控。完善贷前调查、贷中审查、贷后检查制度，全年开展贷后检查1400余户次。
（三）合规经营。严格执行利率上限规定，全年未发生监管处罚和重大投诉。
二、存在的不足
不良贷款率有所上升，部分业务人员风险识别能力不足。
三、2025年工作思路
继续坚守支农支小定位，加大不良贷款清收力度，推动业务稳健发展。
""",
    ),
    dict(
        slug="fanwenapp-xiecai-html-insight-karez-study-tour",
        site="写材 App 网页版 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://m.xiecai.app/p/insight/33087",
        title="参观坎儿井博物馆研学心得",
        record_title=None,
        date=None,
        notes="app web view with bottom bar; no record title (found on the page); read counts and relative time; login wall after the text",
        page="""
<!doctype html><html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>写材 - 参观坎儿井博物馆研学心得</title></head><body>
<div class="app-bar">⟦a 打开写材App⟧　⟦m 写材 · 材料写作神器⟧</div>
<h2 class="t">{T}</h2>
<div class="m">⟦m 初三·九班 阿依　｜　昨天　｜　阅读 2.1k⟧</div>
<div class="c">
{BODY}
</div>
<div class="wall">⟦a 登录后可复制全文并下载⟧</div>
<div class="bottom-bar">⟦l 👍 362　⭐ 收藏　💬 41　↗ 分享⟧</div>
<div class="rec">⟦l 相似范文：红色研学心得体会｜博物馆参观有感⟧</div>
</body></html>
""",
        body="""
上周，学校组织我们到县里的坎儿井博物馆研学。以前只在课本上读过坎儿井，这次终于亲眼看到了。
讲解员告诉我们，坎儿井由竖井、暗渠、明渠和涝坝四部分组成，先人们用最简单的工具，在地下一点点挖出几公里长的暗渠，把雪山融水引到绿洲。我们顺着台阶走进一段暗渠，里面凉飕飕的，能听到水流的声音。
最让我感动的是一位老管护员的故事。他在坎儿井边守了四十年，每年都要下井掏捞好几次。
这次研学让我明白，水来之不易。今后我要从身边做起，节约每一滴水，也要把坎儿井的故事讲给更多人听。
""",
    ),
    dict(
        slug="gkforum-shenlun-text-model-answer-breakfast-junk",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.shanganba.com/thread-118402-1-1.html",
        title="模拟面试：如果让你负责推进社区早餐工程，你会怎么做",
        record_title="[面试真题] 模拟面试：如果让你负责推进社区早餐工程，你会怎么做（附答题思路）",
        date=None,
        notes="exam forum with junk; decorated record title; relative times; 回复可见 and signature chrome; no date",
        page="""
!m 上岸吧公考论坛 › 面试交流 › 结构化面试
!t [面试真题] 模拟面试：如果让你负责推进社区早餐工程，你会怎么做（附答题思路）
!m 楼主：目标税务局　　发表于 昨天 22:10　　阅读 1928 / 回复 56
{T}
{BODY}
!l 签名：三战上岸，祝大家都能上岸！
!a 本帖隐藏的答题框架需回复才能查看
!l 5#　冲鸭小陈：思路很清晰，收藏了
""",
        junk=dict(lines=1, glued=2),
        body="""
考官好，如果由我负责推进社区早餐工程，我会从以下几个方面开展工作。
首先，摸清需求。通过问卷和入户走访，了解居民特别是上班族、学生和老人的早餐需求，以及现有早餐点的分布情况。
其次，科学布点。会同市场监管、城管等部门，结合人流量合理设置早餐车停靠点和标准化早餐店，做到方便居民又不影响交通。
再次，严格监管。对早餐经营户实行准入管理，落实食品安全责任，定期组织抽检，公布投诉渠道。
最后，总结提升。定期收集居民意见，及时调整点位和品类，让早餐工程真正成为民心工程。
我的回答完毕，谢谢考官。
""",
    ),
    dict(
        slug="gkforum-weijian-html-speech-endemic-disease-meeting",
        site="公考圈论坛 (invented), Discuz-like",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.gongkaoquan.net/forum/thread-60981-1-1.html",
        title="在全县地方病防治工作会议上的讲话（模拟演讲）",
        record_title="[遴选素材] 在全县地方病防治工作会议上的讲话（模拟演讲） - 遴选专区 - 公考圈论坛",
        date=None,
        notes="exam forum HTML; decorated record title; a mock speech with no date; floors and ratings as chrome; template placeholder 某县 kept",
        page="""
<html><head><meta charset="utf-8"><title>[遴选素材] 在全县地方病防治工作会议上的讲话（模拟演讲） - 遴选专区 - 公考圈论坛</title></head><body>
<div id="hd">⟦m 公考圈论坛⟧　⟦a 登录　立即注册⟧</div>
<div id="pt">⟦m 公考圈 › 遴选专区 › 素材分享⟧</div>
<div class="post">
<div class="pi">⟦m 楼主　遴选冲刺中　　发表于 3 天前⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 5 　金币 +12⟧</div>
<div class="po">⟦a 回复 收藏 分享 举报⟧</div>
</div>
<div class="reply">⟦l 2# 申论小白：楼主文笔真好⟧</div>
<div id="ft">⟦m Powered by Discuz!⟧　⟦d 本站内容来自网友交流，仅供备考参考⟧</div>
</body></html>
""",
        body="""
同志们：
今天召开全县地方病防治工作会议，主要任务是总结近年来地方病防治工作，部署下一阶段任务。
我县曾是大骨节病、碘缺乏病流行区。经过多年努力，大骨节病已连续多年达到消除标准，碘盐覆盖率保持在95%以上。但我们也要清醒看到，防治成果仍需巩固，个别病区村群众饮食习惯尚未根本改变。
下一步，要重点抓好三项工作：一是持续开展病情监测，做到早发现、早干预；二是加强现症病人救治和帮扶，防止因病致贫返贫；三是深入开展健康教育，引导群众改变不良饮食习惯。
同志们，地方病防治关系群众切身利益，希望大家守土有责、久久为功，坚决巩固防治成果。
""",
    ),
    dict(
        slug="baike-baiwen-text-entry-agent-registration-template",
        site="百问百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.baiwen.net/item/保险代理人执业登记/8812",
        title="保险代理人执业登记",
        record_title="保险代理人执业登记_百问百科",
        date=None,
        notes="encyclopaedia entry; decorated record title; a template with ××××年××月××日 placeholders kept; edit links and references as chrome; no date",
        page="""
!m 百问百科 — 有问题，查百问
!a 编辑　　讨论　　上传视频
!m 首页 > 金融 > 保险
{T}
!m 本词条由“百问百科·金融专业委员会”参与编辑并审核
{BODY}
!l 参考资料：1. 保险销售从业人员监管办法　2. 保险中介监管信息系统使用说明
!l 词条统计：浏览次数 12043 次 · 编辑次数 7 次 · 最近更新 3个月前
!d 百问百科内容仅供参考，如需专业帮助请咨询相关专业人士。
""",
        body="""
保险代理人执业登记是指保险公司或保险中介机构为其所属保险销售从业人员在保险中介监管信息系统中办理的执业登记。
登记条件
从业人员应当具有初中以上学历，品行良好，通过所属机构组织的岗前培训和测试。
登记申请书样式
申请书一般包括申请人基本情况、所属机构、执业区域和承诺事项，落款处写明“申请人：××× ××××年××月××日”。
注意事项
从业人员只能在一家机构执业登记；离职时所属机构应当及时注销其执业登记。消费者可通过监管信息系统查询执业登记信息。
""",
    ),
    dict(
        slug="baike-wenda-text-answer-splint-fixation",
        site="健康知道 (invented Q&A encyclopaedia)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.jiankangzhidao.com/ask/bone/30094.html",
        title="小夹板固定治疗骨折需要注意什么？",
        record_title=None,
        date="2025-03-14",
        notes="health Q&A; no record title (question found on the page); 回答于 date of the doctor's answer as page date; the answer's own 扫码/复查 sentences kept",
        page="""
!m 健康知道 · 医生在线解答
!m 问答首页 > 骨科 > 骨折
{T}
!m 问题描述：孩子前臂骨折，在正骨医院上了小夹板，回家要注意什么？（男，9岁）
!m 卢医生　磲川县正骨医院　骨伤科　副主任医师　　回答于 2025-03-14
{BODY}
!l 有帮助（218）　　没帮助（2）
!w 还有疑问？立即向医生图文咨询 ¥19.9
!d 本回答仅为医生建议，不能作为诊断及医疗的依据。
""",
        body="""
小夹板固定是中医正骨常用的外固定方法，回家后要注意以下几点：
一、观察手指血运。每天多次查看手指颜色、温度和活动情况，如出现手指发紫、发凉、麻木或剧烈疼痛，要立即回医院。
二、注意松紧度。绑带以能上下移动1厘米为宜，肿胀消退后夹板会变松，要按时复查调整，不要自行解开。
三、抬高患肢。睡觉时用枕头垫高前臂，有利于消肿。
四、功能锻炼。在医生指导下多做握拳、伸指动作。
一般固定后第3天、第7天各复查一次，之后每周复查。我们医院挂号可以扫码预约，复查时带上之前的X光片。
""",
    ),
    dict(
        slug="netdisk-yunhe-text-plan-midwifery-skills-contest",
        site="云盒网盘分享页 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.cc/s/1Qm8xZk2Pv",
        title="2025年全县助产技能竞赛实施方案",
        record_title="2025年全县助产技能竞赛实施方案.docx",
        date="2025-08-12",
        notes="cloud-drive share page; file-name record title; save/download buttons and expiry line as chrome; a scoring table; date under the signature",
        page="""
!m 云盒网盘 | 安全存储 极速分享
!m 来自 妇幼小助手 的分享　　有效期：永久有效
!t 2025年全县助产技能竞赛实施方案.docx　（31.4KB）
!a 保存到我的网盘　　下载（需客户端）　　举报
!m 分享时间：2025-08-13 09:41
{BODY}
!a 在线预览仅显示部分内容，下载后查看全文
!d 云盒网盘禁止分享违法违规内容，一经发现立即删除。
""",
        body="""
为提升全县助产人员专业技术水平，保障母婴安全，县卫生健康局决定举办2025年全县助产技能竞赛。
一、参赛对象
全县各级医疗机构在岗助产士，每家助产机构选派2人参赛。
二、竞赛项目及分值
项目　　形式　　分值
理论知识　　闭卷笔试　　30分
正常分娩接产　　模型操作　　40分
新生儿复苏　　模型操作　　30分
三、奖项设置
设个人一等奖1名、二等奖2名、三等奖3名，获奖选手推荐参加市级竞赛。
四、时间地点
2025年9月上旬，在县妇幼保健院技能培训中心举行。
礁原县卫生健康局
2025年8月12日
""",
    ),
]
