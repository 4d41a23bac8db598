"""holdout146, part E: hand-written blind cases (invented sites, counties, people and chrome)."""

CASES = [
    dict(
        slug="localforum-taohua-softball-taiji-contest-html",
        site="桃花镇论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.taohuazhen.example.com/bbs/read.php?tid=20917",
        title="关于举办全镇柔力球比赛的通知",
        record_title="关于举办全镇柔力球比赛的通知 - 镇务公开 - 桃花镇论坛",
        date="2025-09-02",
        notes="township forum: a poster card, a board rule box and replies; the 联系人 of the notice kept; post date differs, document date expected",
        date_also=["2025-09-03"],
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办全镇柔力球比赛的通知 - 镇务公开 - 桃花镇论坛</title></head>
<body>
<div class="top">⟦m 桃花镇论坛　桃花人的网上客厅⟧ ⟦a 注册⟧ ⟦a 登录⟧</div>
<div class="guide">⟦m 桃花镇论坛 » 镇务公开 » 浏览帖子⟧</div>
<div class="rule">⟦d 本版只发布政务信息，禁止广告，违者删帖⟧</div>
<div class="post">
<div class="author">⟦m 镇文化站小蔺　楼主　发帖时间：2025-09-03 10:12⟧</div>
<h2>{T}</h2>
{BODY}
</div>
<div class="reply">⟦l 沙发：柔力球队的阿姨们练得可好了，去看看⟧</div>
<div class="reply">⟦l 板凳：支持！⟧</div>
<div class="fastpost">⟦a 快速回复　发表回复前请先登录⟧</div>
<div class="ft">⟦m 桃花镇论坛　客服QQ群：3308712⟧</div>
</body></html>
""",
        body="""
各村（社区）：
为丰富中老年人文体生活，镇文化站定于2025年9月20日在镇文体广场举办全镇柔力球比赛。
一、比赛项目：集体套路（规定套路和自选套路）。
二、参赛办法：每村（社区）组队一支，每队8至12人，年龄不限，着统一服装。
三、报名时间：9月12日前将报名表报镇文化站。
四、奖励办法：设一等奖2名、二等奖3名、三等奖4名，其余为优秀组织奖。
联系人：蔺晓慧，电话：0371-6612035
桃花镇文化站
2025年9月2日
""",
    ),
    dict(
        slug="download-xiazai-water-saving-unit-plan",
        site="下载吧资料站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xzba.example.com/docs/fangan/20241108/16044.html",
        title="节水型机关创建工作实施方案",
        record_title="节水型机关创建工作实施方案免费下载",
        date=None,
        notes="download station text: file info lines, mirror links and a dead-link line; indicators table kept; template placeholder 202×年×月 kept; no date",
        page="""
!m 下载吧资料站 — 海量资料 免费下载
!m 首页 » 方案计划 » 工作方案
{T}
!m 资料大小：31KB　资料类型：Word　更新日期：2024-11-08　人气：2207
!a 本地下载　|　高速下载　|　网盘下载
{BODY}
!a 下载地址失效请点此报错
!d 本站所有资料均来自网络，版权归原作者所有
!m 下载吧资料站 2008-2025　冀ICP备08005211号
""",
        body="""
为贯彻节水优先方针，建设节约型机关，根据上级有关要求，结合本单位实际，制定本实施方案。
一、创建目标：到202×年×月，本单位达到节水型机关评价标准，人均用水量下降10%以上。
二、主要指标：
指标名称　目标值　现状值
人均用水量（立方米/年）　≤12　14.6
节水器具普及率　100%　72%
供水管网漏损率　≤2%　3.5%
三、主要措施：更换老旧用水器具，建设雨水收集利用设施，安装分区计量水表，加强节水宣传教育。
四、保障措施：成立创建工作领导小组，明确责任分工，将节水工作纳入年度考核。
""",
    ),
    dict(
        slug="exam-lujiang-acupuncture-interview",
        site="麓江人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lujiangpta.example.gov.cn/sydw/202507/t20250715_7719.html",
        title="麓江市中医医院2025年公开招聘针灸推拿专业技术人员面试公告",
        record_title="麓江市中医医院2025年公开招聘针灸推拿专业技术人员面试公告",
        record_date="2025-07-15",
        date="2025-07-15",
        notes="exam site text: date from the record; an interview-schedule table; the document's 咨询电话 kept next to the site's service line; the notice tells candidates to 打印 面试通知书",
        page="""
!m 麓江人事考试网
!m 首页 > 事业单位招聘 > 面试公告
{T}
!m 发布：2025-07-15　来源：市人社局事业单位人事管理科
!m 【字体：小 中 大】
{BODY}
!m 考生服务热线：0734-12333　（工作日8:30-12:00，14:30-17:30）
!l 附件下载　|　返回列表
!d 麓江市人力资源和社会保障局版权所有
""",
        body="""
根据《麓江市中医医院2025年公开招聘专业技术人员公告》，现将面试有关事项公告如下：
一、面试人员名单及时间安排：
岗位代码　岗位名称　面试人数　面试时间
ZY01　针灸科医师　6　7月26日上午
ZY02　推拿科医师　3　7月26日下午
ZY03　康复治疗师　3　7月27日上午
二、面试方式：采取结构化面试和专业技能操作相结合的方式，总分100分。
三、考生须于7月23日至25日登录本网站下载并打印面试通知书，凭面试通知书和身份证参加面试。
咨询电话：0734-8229103（市中医医院人事科）
麓江市人力资源和社会保障局
2025年7月15日
""",
    ),
    dict(
        slug="tender-yongchuan-otter-survey-result-html",
        site="永汀市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ycccgp.example.gov.cn/cggg/zbgg/202506/t20250611_52208.html",
        title="永汀市欧亚水獭种群本底调查服务项目中标（成交）结果公告",
        record_title="永汀市欧亚水獭种群本底调查服务项目中标（成交）结果公告",
        date="2025-06-11",
        notes="procurement result page: the winner table kept; buyer and agency contacts kept next to the portal's help desk; 公告期限 line kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>永汀市政府采购网</title></head>
<body>
<div class="head">⟦m 永汀市政府采购网⟧ ⟦m 中国政府采购网永汀分网⟧</div>
<div class="nav">⟦m 首页 | 采购公告 | 结果公告 | 政策法规 | 诚信记录⟧</div>
<div class="pos">⟦m 首页 › 采购公告 › 中标（成交）结果公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025年06月11日 17:03　浏览次数：318⟧</div>
<div class="vF_detail_content">
{BODY}
</div>
<div class="help">⟦m 平台使用帮助：400-880-1336⟧</div>
<div class="foot">⟦m 主办单位：永汀市财政局　技术支持：永汀市政府采购中心⟧</div>
</body></html>
""",
        body="""
一、项目编号：YCZC2025-0428
二、项目名称：永汀市欧亚水獭种群本底调查服务项目
三、中标（成交）信息：
供应商名称　供应商地址　中标金额（万元）
永汀林业调查规划设计院　永汀市林苑路6号　57.80
四、主要标的信息：对全市主要河流开展水獭分布调查，布设红外相机120台，提交调查报告和保护建议。
五、公告期限：自本公告发布之日起1个工作日。
采购人：永汀市林业局，联系人：昝先生，电话：0795-7120338
采购代理机构：永汀恒信招标代理有限公司，联系人：麦女士，电话：0795-7261154
""",
    ),
    dict(
        slug="lawfirm-anheng-letter-maternity-shops-ads",
        site="安衡律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.anhenglawyer.example.cn/news/show/1472.html",
        title="致本市母婴用品店经营者的一封法律提示函",
        record_title="法律提示｜致本市母婴用品店经营者的一封法律提示函 - 安衡律师事务所",
        date="2025-05-06",
        notes="law firm text: a 法律提示｜ prefix; a consult prompt and a not-legal-advice notice; the letter's own 联系电话 kept",
        page="""
!m 安衡律师事务所 | 专注商事与合规
!m 首页 / 律所动态 / 普法宣传
{T}
!m 发布日期：2025-05-06　作者：合规业务部
{BODY}
!d 本文系普法宣传材料，不构成针对任何具体事项的法律意见
!w 如需合规审查服务，请拨打 177-3108-6629（工作时间）或在线留言
!l 相关推荐：食品经营许可证办理要点 / 直播带货的广告合规
""",
        body="""
本市各母婴用品店经营者：
近年来，市场监管部门在检查中发现，部分母婴用品店在宣传婴幼儿配方食品时使用“替代母乳”“增强免疫力”等用语，涉嫌违反广告法和相关规定。为帮助大家依法经营，特作如下提示：
一、不得在店内张贴、发放宣传婴儿配方乳制品可部分或者全部替代母乳的广告。
二、宣传保健食品，不得声称具有疾病预防、治疗功能。
三、销售进口婴幼儿食品，应当索取并留存入境货物检验检疫证明。
如有疑问，可拨打本所公益法律咨询电话0571-8723516。
安衡律师事务所
2025年5月6日
""",
    ),
    dict(
        slug="community-yunhe-book-crossing-station-html",
        site="云禾社区 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yunhe-sq.example.cn/dongtai/2025/0602/915.html",
        title="云禾社区“图书漂流站”上线 半个月漂出图书400余册",
        record_title="云禾社区“图书漂流站”上线 半个月漂出图书400余册",
        date="2025-06-02",
        notes="residents' site news: the page's publish line is the date; a lost-and-found box and a repair hotline in the sidebar; the station's own rules (扫码借阅) kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>云禾社区 - 社区动态</title></head>
<body>
<div class="top">⟦m 云禾社区　幸福家园 共建共享⟧</div>
<div class="nav">⟦m 首页　社区动态　办事指南　志愿服务　邻里互助⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="time">⟦m 发布人：社区宣传员　2025-06-02⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 失物招领⟧</h4><p>⟦l 6月1日在3号楼门口拾到钥匙一串⟧</p><h4>⟦m 物业报修：0728-3317766⟧</h4></div>
<div class="ft">⟦m 云禾社区居委会　地址：云禾路200号⟧</div>
</body></html>
""",
        body="""
5月中旬，云禾社区在党群服务中心大厅设立了“图书漂流站”，居民可以把家里闲置的图书放进漂流书架，也可以免费借走喜欢的书。
漂流站的规则很简单：扫码登记后即可借阅，看完后放回任意一个漂流点，或者在书的扉页写下读后感再传给下一位读者。
上线半个月，漂流站已漂出图书400余册，收到居民捐赠图书600多册。
社区下一步将在小区凉亭和幼儿园门口增设两个漂流点，让好书在邻里之间流动起来。
""",
    ),
    dict(
        slug="association-qiaocheng-acrobats-council-minutes",
        site="乔城市杂技家协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.qcacrobat.example.org/xhdt/2025/0110/88.html",
        title="乔城市杂技家协会第三届理事会第四次会议纪要",
        record_title="乔城市杂技家协会第三届理事会第四次会议纪要",
        date="2025-01-09",
        notes="association text: minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count kept; the association's own mailbox kept; 印发 line kept",
        page="""
!m 乔城市杂技家协会　官方网站
!m 协会动态 | 通知公告 | 会员名录 | 入会申请
{T}
!m 发布时间：2025-01-10　编辑：协会秘书处　阅读量：146
{BODY}
!a 【打印】　【分享】
!m 乔城市杂技家协会　邮编：252000
""",
        body="""
时间：2025年1月9日下午2:30
地点：市文联四楼会议室
主持：协会主席 沈兰芳
出席：理事27人（应到31人）
列席：市文联组联部 颜亮
记录：秘书处 岑晓
会议审议通过了以下事项：
一、审议通过协会2024年工作报告和2025年工作要点。
二、审议通过新发展会员23名的决定（赞成27票，反对0票，弃权0票）。
三、研究确定2025年举办全市青少年杂技展演和杂技进校园活动。
会员对协会工作的意见建议，可发送至协会邮箱qcacrobat@example.org。
乔城市杂技家协会秘书处　2025年1月10日印发
""",
    ),
    dict(
        slug="company-lvqin-celery-juice-recall",
        site="绿芹农业科技有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lvqinagri.example.com/news/notice/20250819.html",
        title="关于主动召回部分批次芹菜汁饮料的公告",
        record_title="关于主动召回部分批次芹菜汁饮料的公告_绿芹农业",
        date="2025-08-19",
        notes="company site text: online-shop and customer-service chrome; the company's own 召回热线 and batch table kept; site's 400 hotline in the footer",
        page="""
!m 绿芹农业　从田间到餐桌
!a 天猫旗舰店 | 京东自营店 | 微信商城
!m 首页 ＞ 新闻资讯 ＞ 公司公告
{T}
!m 2025-08-19　浏览 4410
{BODY}
!w 客服热线：400-633-8800（9:00-21:00）
!m 绿芹农业科技有限公司 © 版权所有　鲁ICP备20012657号-1
""",
        body="""
我公司在自检中发现，部分批次芹菜汁饮料菌落总数可能不符合食品安全国家标准。为保障消费者健康，公司决定主动召回相关产品。
一、召回产品信息：
产品名称　规格　生产日期/批号
绿芹鲜榨芹菜汁　300mL/瓶　20250802A
绿芹鲜榨芹菜汁　300mL/瓶　20250803B
二、召回方式：已购买上述产品的消费者，可凭瓶身或购物凭证到购买地点办理全额退款。
三、召回热线：0539-7226180。
对由此给消费者带来的不便，我们深表歉意。
绿芹农业科技有限公司
2025年8月19日
""",
    ),
    dict(
        slug="training-ruyi-pediatric-tuina-summary-html",
        site="如意职业培训学校 (invented)",
        style="培训机构",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.ruyipx.example.com/news/247.html",
        title="2024年小儿推拿保健师培训工作总结",
        record_title=None,
        date="2024-12-30",
        notes="training school page: title missing (h1); a floating consult box, enrolment ad between paragraphs, a WeChat prompt; the school's own 报名电话 kept beside the 400 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>如意职业培训学校-专注健康服务技能培训</title></head>
<body>
<div class="hd">⟦m 如意职业培训学校⟧ ⟦w 招生热线：400-120-9935⟧</div>
<div class="nav">⟦m 首页 | 学校简介 | 培训项目 | 学员风采 | 新闻动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 新闻动态　2024-12-30　阅读 381⟧</div>
<div class="news">
{BODY}
</div>
<div class="kefu">⟦w 在线咨询　微信扫一扫，老师一对一解答⟧</div>
<div class="ft">⟦m 办学许可证号：人社民4104022000117号⟧ ⟦m 地址：中原路南段36号⟧</div>
</body></html>
""",
        body="""
2024年，我校共开办小儿推拿保健师培训班8期，培训学员312人，考核合格率93.6%。
一、课程建设。修订了培训大纲，增加了小儿常见病推拿调理、家庭保健指导等实操课时，理论与实操课时比例调整为三比七。
⟦l 【火热招生】2025年春季小儿推拿班3月开课，名额有限！⟧
二、师资建设。聘请两名中医院儿科副主任医师担任兼职教师，组织专职教师到医院跟诊学习。
三、就业服务。与本地12家母婴护理机构签订合作协议，推荐就业学员186人。
2025年，学校将申报小儿推拿专项职业能力考核点。报名电话：0375-2087316。
如意职业培训学校
2024年12月30日
""",
    ),
    dict(
        slug="app-bizhi-speech-deputies-liaison-station",
        site="笔知APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bizhi.example.com/share/article?id=6670215",
        title="在人大代表联络站规范化建设推进会上的讲话",
        record_title="在人大代表联络站规范化建设推进会上的讲话-笔知范文",
        date=None,
        notes="writing-app share page: open-app bar, unlock prompt between paragraphs, 'generate similar' action; no date (template with ××)",
        page="""
!a 笔知APP　打开 >
{T}
!m 笔知范文 · 讲话稿 · 人大工作　字数 686
{BODY}
!a 会员可下载Word、PDF　立即开通
!l 相似范文：代表小组活动讲话 / 人大代表述职主持词
!a 在APP内打开，查看更多范文
""",
        body="""
同志们：
今天召开全县人大代表联络站规范化建设推进会，主要任务是总结前一阶段工作，部署下一步任务。
近年来，全县共建成代表联络站××个，组织代表进站接待群众××人次，收集意见建议××条，一批群众关心的问题得到解决。
⟦a 剩余60%内容，开通VIP后继续阅读⟧
下一步，要重点抓好三个方面：一是规范阵地建设，做到有场所、有制度、有活动、有台账；二是规范活动开展，每月固定一天为代表接待日；三是规范意见办理，建立交办、督办、反馈闭环机制。
同志们，代表联络站是代表联系群众的“桥梁”，希望大家把这件好事办好、实事办实。
""",
    ),
    dict(
        slug="gkforum-shangan-elderly-digital-divide-essay-html",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://www.shangangk.example.com/thread-70013-1-1.html",
        title="跨越“数字鸿沟”，让老年人共享智慧生活",
        record_title="[申论范文] 跨越“数字鸿沟”，让老年人共享智慧生活（附评分） - 申论大作文 - 上岸公考论坛",
        date=None,
        notes="exam forum: decorated title with [申论范文] and (附评分); a grader's score and a 'reply to see' box; no date (a relative post time)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[申论范文] 跨越“数字鸿沟”，让老年人共享智慧生活（附评分） - 申论大作文 - 上岸公考论坛</title></head>
<body>
<div class="hd">⟦m 上岸公考论坛⟧ ⟦a 签到领积分⟧ ⟦a 登录 | 注册⟧</div>
<div class="pt">⟦m 上岸公考论坛 › 申论大作文 › 帖子⟧</div>
<div class="thread">
<h1>{T}</h1>
<div class="authi">⟦m 申论小白逆袭中　发表于 3 天前　查看 2609　回复 57⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分：老师阅卷 32/40　理由：立意准确，论证稍显单薄⟧</div>
<div class="locked">⟦a 本帖隐藏内容：写作提纲，回复后可见⟧</div>
</div>
<div class="ft">⟦m 上岸公考论坛 · Discuz! ©2019-2025⟧</div>
</body></html>
""",
        body="""
在智能手机普及的今天，扫码点餐、网上挂号、移动支付已成为日常，可不少老年人却在“数字鸿沟”面前手足无措。
跨越数字鸿沟，要靠“适老化”的技术设计。应用程序应当推出大字版、简洁版，保留人工服务和现金支付等传统渠道。
跨越数字鸿沟，要靠“有温度”的社会帮扶。社区、志愿者和家庭成员应当耐心教老年人使用智能设备，让他们敢用、会用。
跨越数字鸿沟，还要靠“不掉队”的制度保障。公共服务领域要坚持线上线下并行，不能让数字化成为老年人的新门槛。
让每一位老年人都能共享数字时代的便利，是一个社会文明程度的体现。
""",
    ),
    dict(
        slug="wiki-wenda-drowning-prevention-entry",
        site="知行百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.zhixingbaike.example.com/wiki/防溺水六不",
        title="防溺水“六不”",
        record_title="防溺水“六不”_知行百科",
        date=None,
        notes="encyclopaedia text: edit/discuss links, a contents line and a reference list; a numbered list kept; no date",
        page="""
!m 知行百科 — 人人可编辑的知识百科
{T}
!a [编辑]　[收藏]　[分享]
!l 目录：1 基本内容　2 适用对象　3 相关规定
{BODY}
!l 词条标签：安全教育　中小学生　暑期安全
!m 本词条最后由 山风过岗 修订　浏览 23815 次
!d 百科内容仅供参考，如需专业意见请咨询相关机构
""",
        body="""
防溺水“六不”是我国中小学校对学生开展防溺水安全教育时普遍采用的一组行为规范。
其基本内容为：
1. 不私自下水游泳；
2. 不擅自与他人结伴游泳；
3. 不在无家长或教师带领的情况下游泳；
4. 不到无安全设施、无救护人员的水域游泳；
5. 不到不熟悉的水域游泳；
6. 不熟悉水性的学生不擅自下水施救。
每年暑假前，各地教育部门通常会组织学校通过班会、告家长书等形式，反复强调防溺水“六不”。
""",
    ),
    dict(
        slug="netdisk-jiayun-lumbar-lecture-nas-html",
        site="家云私有云分享 (invented)",
        style="网盘分享",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://share.jiayun-nas.example.net/sharing/Kx92pA",
        title="腰椎间盘突出症的预防与家庭康复——社区健康讲座讲稿",
        record_title="腰椎间盘突出症健康讲座讲稿.docx",
        date="2025-03-28",
        notes="NAS share page: file-name record title; share info, expiry and download buttons; the lecture date under the title in the document",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>家云分享 - 腰椎间盘突出症健康讲座讲稿.docx</title></head>
<body>
<div class="bar">⟦m 家云私有云⟧ ⟦m 腰椎间盘突出症健康讲座讲稿.docx　58.2KB⟧</div>
<div class="share-info">⟦m 由 dr_kuang 分享　链接有效期：剩余6天⟧</div>
<div class="btns">⟦a 下载⟧ ⟦a 保存到我的家云⟧ ⟦a 用Office在线打开⟧</div>
<div class="preview">
<h3>{T}</h3>
<p>主讲人：城东社区卫生服务中心康复科 匡文斌</p>
<p>2025年3月28日</p>
{BODY}
</div>
<div class="ft">⟦d 家云仅提供私有存储与分享服务，分享内容由分享者负责⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
大家好！今天和大家聊一聊腰椎间盘突出症的预防和家庭康复。
腰椎间盘突出症是引起腰腿痛的常见原因，久坐、弯腰搬重物、腰部受凉都可能诱发或加重病情。
预防方面，要保持正确的坐姿，每坐一小时起来活动五分钟；搬重物时先屈膝下蹲，不要直接弯腰。
家庭康复方面，急性期以卧床休息为主，缓解期可以在医生指导下做小燕飞、五点支撑等腰背肌锻炼。
如果出现下肢麻木无力、大小便障碍，要立即到医院就诊。谢谢大家！
""",
    ),
]
