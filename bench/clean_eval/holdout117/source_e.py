"""holdout117, part E: associations, company sites, training schools, writing apps and exam
forums, on AEDs, nursing rooms, footbridges, slow mail and lost children. Invented."""

CASES = [
    dict(
        slug="association-jijiu-aed-pledge-html",
        site="栎阳市应急救护协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.lyyjjh.example.org.cn/xhdt/2025/0914/228.html",
        title="“人人学急救 急救为人人”倡议书",
        record_title="【协会倡议】“人人学急救 急救为人人”倡议书_栎阳市应急救护协会",
        date="2025-09-13",
        date_also=["2025-09-14"],
        notes="association site; member-login and join buttons; signature date differs from page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】“人人学急救 急救为人人”倡议书_栎阳市应急救护协会</title></head><body>
<div class="hd">⟦m 栎阳市应急救护协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<nav>⟦m 协会简介 | 协会动态 | 培训认证 | 会员风采 | 联系我们⟧</nav>
<h1>{T}</h1>
<p class="meta">⟦m 发布于：2025-09-14　栏目：协会动态⟧</p>
{BODY}
<div class="share">⟦l 转发到朋友圈，让更多人学会急救⟧</div>
<footer>⟦m 协会地址：栎阳市健康路16号　联系电话：0916-2213810⟧ ⟦m 陕ICP备21004417号⟧</footer>
</body></html>
""",
        body="""
在第26个“世界急救日”到来之际，栎阳市应急救护协会向全市市民发出倡议：
一、主动学习。每个家庭至少有一人掌握心肺复苏和AED使用技能。
二、敢于施救。遇到有人突然倒地，第一时间呼救、按压，并就近取用AED。
三、爱护设备。公共场所的AED是“救命神器”，请勿随意挪用、损坏。
四、传播知识。把学到的急救知识分享给亲友，让更多人成为“第一响应人”。
栎阳市应急救护协会
2025年9月13日
""",
    ),
    dict(
        slug="association-youzheng-slowmail-minutes-text",
        site="芗水县集邮与书信文化协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.xsjyxh.example.cn/hyjy/2025-02.html",
        title="芗水县集邮与书信文化协会理事会会议纪要",
        record_title="芗水县集邮与书信文化协会理事会会议纪要",
        date="2025-02-15",
        notes="minutes with 时间/地点/主持/出席/记录 lines and a vote count; association chrome",
        page="""
!m 芗水县集邮与书信文化协会
!m 首页 → 协会工作 → 会议纪要
{T}
!m 更新日期：2025-02-18　作者：秘书处
{BODY}
!l 【上一篇】2024年度会员集邮展评选结果
!d 本站内容归芗水县集邮与书信文化协会所有
""",
        date_also=["2025-02-18"],
        body="""
时间：2025年2月15日下午2时30分
地点：县邮政分公司二楼会议室
主持：会长 钟以宁
出席：理事11人（应到13人）
记录：秘书长 陶语溪
会议研究了与县邮政分公司合作开设“慢递信箱”事宜。会议认为，慢递活动有利于弘扬书信文化，同意协会作为协办单位，负责信件书写指导和主题活动策划。
会议表决通过了《2025年书信文化进校园活动方案》，同意11票，反对0票，弃权0票。
""",
    ),
    dict(
        slug="company-huayi-aed-maker-recall-html",
        site="华医康泰医疗器械有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.huayikt.example.com/news/notice/20250402.html",
        title="关于部分批次AED电极片主动召回的公告",
        record_title="公司公告｜关于部分批次AED电极片主动召回的公告",
        date="2025-04-02",
        notes="company site; recall batch table; the recall line beside the sales hotline; online-consult float",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司公告｜关于部分批次AED电极片主动召回的公告</title></head><body>
<div class="hd">⟦m 华医康泰 HUAYI KANGTAI⟧ <span>⟦m 销售热线：400-700-5120⟧</span></div>
<nav>⟦m 首页　产品中心　解决方案　新闻资讯　服务与支持　关于我们⟧</nav>
<div class="crumb">⟦m 新闻资讯 › 公司公告⟧</div>
<h1>{T}</h1>
<p>⟦m 2025-04-02　阅读 1,024⟧</p>
{BODY}
<div class="float">⟦w 在线客服 · 产品选型咨询⟧</div>
<footer>⟦m © 2025 华医康泰医疗器械有限公司 版权所有⟧ ⟦m 粤ICP备17090213号-1⟧</footer>
</body></html>
""",
        body="""
我公司在质量回顾中发现，部分批次成人AED电极片的导电凝胶在高温环境下存放可能出现干涸，影响除颤效果。为保障使用安全，公司决定对以下批次产品实施主动召回。
产品名称　批号　数量（片）
成人除颤电极片　DJ2406A　3200
成人除颤电极片　DJ2407B　2800
请持有上述批次产品的用户立即停止使用，并联系公司免费更换。召回专线：0755-2655 8130。
华医康泰医疗器械有限公司
2025年4月2日
""",
    ),
    dict(
        slug="company-jinshang-mall-lostchild-text",
        site="锦尚购物中心 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jinshangmall.example.cn/notice/2025/0125.html",
        title="锦尚购物中心春节期间“寻童服务点”设置公告",
        record_title="锦尚购物中心春节期间“寻童服务点”设置公告",
        date="2025-01-25",
        notes="mall site text; membership ad between paragraphs; customer-service line glued after a sentence; parking info chrome",
        page="""
!m 锦尚购物中心　JINSHANG MALL
!m 营业时间 10:00-22:00　｜　停车：前2小时免费
{T}
{BODY}
!l 热门活动：新春集五福　会员积分翻倍
!m 锦尚购物中心　地址：栎阳市长安大道168号
""",
        body="""
春节期间客流较大，为防止儿童与家长走散，购物中心在一楼中庭、三楼儿童乐园入口设置“寻童服务点”，安排专人值守。
⟦a 扫码注册会员，享新春停车优惠⟧
家长可在服务点免费领取儿童安全贴，写上家长电话后贴在孩子衣服背面。⟦w 客服热线 0916-8885566⟧
如与孩子走散，请立即告知就近工作人员或前往服务点，我们将第一时间启动寻童程序。
锦尚购物中心运营部
2025年1月25日
""",
    ),
    dict(
        slug="training-anxin-cpr-course-html",
        site="安心急救培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.anxin-jijiu.example.com/course/cpr-aed.html",
        title="心肺复苏与AED操作周末班招生简章",
        record_title="【周末班】心肺复苏与AED操作周末班招生简章（附课程表）",
        date=None,
        notes="training school: price tag, trial form, testimonial inside the body, consultant's WeChat beside the school's 报名电话; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【周末班】心肺复苏与AED操作周末班招生简章（附课程表）</title></head><body>
<div class="hd">⟦m 安心急救培训学校⟧ ⟦m 让急救成为每个人的本能⟧</div>
<nav>⟦m 首页 课程 师资 学员风采 报名⟧</nav>
<h1>{T}</h1>
<div class="price">⟦a 限时优惠 ¥298　原价 ¥498　立即抢报⟧</div>
{BODY}
<form>⟦a 免费试听：姓名 手机号 提交预约⟧</form>
<div class="kf">⟦w 课程顾问微信：anxin_jj01⟧</div>
<footer>⟦m 安心急救培训学校 版权所有⟧</footer>
</body></html>
""",
        body="""
本课程面向企业员工、教师、家长等社会人士，由持证急救导师授课，采用理论讲解与模拟人实操相结合的方式。
课程安排：
时段　内容
周六上午　心脏骤停识别、胸外按压
周六下午　人工呼吸、AED使用
周日上午　气道异物梗阻处置、考核
⟦l 学员心声：“学完之后真的敢上手了！”——学员 陈女士⟧
学员考核合格后颁发救护员证书，有效期三年。
报名电话：0916-2288123（学校教务处）。
""",
    ),
    dict(
        slug="training-huiyu-nursing-lactation-text",
        site="慧育母婴培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.huiyupx.example.cn/news/118.html",
        title="关于举办母婴室管理员岗位培训班的通知",
        record_title="关于举办母婴室管理员岗位培训班的通知 - 慧育母婴培训中心",
        date="2025-05-08",
        notes="training school text page; 附件 list; a course ad line between paragraphs",
        page="""
!m 慧育母婴培训中心 ➤ 新闻公告
{T}
!m 发布时间：2025-05-08
{BODY}
!w 报名咨询请加客服微信 huiyu-px（备注：母婴室）
!m 慧育母婴培训中心　地址：芗水县青云路12号
""",
        body="""
各有关单位：
受县妇联委托，我中心将举办母婴室管理员岗位培训班，现将有关事项通知如下。
一、培训对象：公共场所母婴室的管理和保洁人员。
二、培训内容：母婴室消毒规范、设施维护、母乳喂养支持知识。
⟦a 育婴师、催乳师课程同步热招中，点击了解⟧
三、培训时间：2025年5月20日至21日，共2天。
附件：1.培训报名回执
2.培训日程安排
慧育母婴培训中心
2025年5月8日
""",
    ),
    dict(
        slug="app-xiebi-footbridge-summary-share",
        site="写笔APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiebi-app.example.com/s/Kx82TqA",
        title="2024年市政设施管理中心桥梁养护工作总结",
        record_title="2024年市政设施管理中心桥梁养护工作总结｜写笔",
        date="2024-12-26",
        notes="writing app share page: open-in-app prompts top and bottom, AI-rewrite button between paragraphs, template placeholder kept",
        page="""
!a 打开写笔APP，体验一键生成
{T}
!m 写笔用户 木子李 分享　|　字数 386
{BODY}
!a 【AI改写】换个说法　【续写】
!a 下载写笔APP 查看更多同类范文
!d 内容由用户创作或AI辅助生成，请自行核实。
""",
        body="""
2024年，市政设施管理中心桥梁养护科围绕“安全、畅通、整洁”目标，完成了全市桥梁和人行天桥的日常养护任务。
一、完成定期检测。委托第三方对全市46座桥梁、21座人行天桥开展定期检测，发现并整改病害73处。
二、推进电梯加装。文昌路天桥电梯于12月投入使用，解放路天桥电梯完成设计。
⟦a 此处可插入图片：天桥电梯实景照片⟧
三、加强夜间巡查。全年开展夜间巡查52次，更换桥面照明灯具180套。
2025年，我们将在××路天桥开展防滑改造，进一步提升群众过街体验。
市政设施管理中心桥梁养护科
2024年12月26日
""",
    ),
    dict(
        slug="app-miaobi-lostchild-speech-html",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.miaobi-gw.example.cn/read/55810",
        title="在暑期未成年人防走失防溺水工作部署会上的讲话",
        record_title="在暑期未成年人防走失防溺水工作部署会上的讲话（可编辑版）",
        date=None,
        notes="writing app reading mode; VIP lock between paragraphs; no date (template placeholders only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>妙笔公文 - 阅读模式</title></head><body>
<div class="bar">⟦a ‹ 返回⟧ ⟦m 妙笔公文⟧ ⟦a ⋯ 更多⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 收藏 2.3k · 适用场景：部署会⟧</div>
{BODY}
<div class="bottom">⟦a 一键复制　　导出Word　　分享给同事⟧</div>
<div class="ad">⟦a 开通妙笔会员，万篇范文无限用⟧</div>
</body></html>
""",
        body="""
同志们：
暑期是未成年人走失、溺水事故的高发期。今天召开这个会，就是要对今年暑期安全工作再部署、再落实。
一、压实监护责任。各村（社区）要逐户发放《致家长的一封信》，提醒家长看护好孩子。
⟦a 剩余内容为会员专享，开通后继续阅读⟧
二、加强重点部位管控。对景区、商场、河塘等重点部位，安排专人巡查，设立警示标志。
三、强化应急处置。接到走失报警后，公安、村（社区）要联动搜寻，确保第一时间找到孩子。
同志们，孩子的安全无小事，希望大家守土尽责，确保××镇今年暑期不发生一起安全事故。
""",
    ),
    dict(
        slug="gkforum-shenlun-aed-essay-text",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-77810-1-1.html",
        title="让“救命神器”不再“沉睡”",
        record_title="[申论范文] 让“救命神器”不再“沉睡”（附阅卷点评）- 申论专区 - 上岸公考论坛",
        date="2025-10-22",
        notes="exam forum text; poster line; marking comment box after the essay; junk lines",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 » 申论专区
{T}
!m 楼主：冲刺省考　发表于 2025-10-22 21:30
{BODY}
!l 【阅卷老师点评】立意准确，层次清楚，对策可再具体一些。预估 26/35
!l 回复本帖可下载word版
!l 1楼：收藏了，感谢楼主
""",
        body="""
近年来，不少城市在车站、商场、学校配置了AED，但“有设备无人会用”“设备锁在柜子里”的现象时有发生，“救命神器”陷入“沉睡”。
唤醒“沉睡”的设备，首先要让设备找得到。应当建立统一的AED电子地图，让群众一键查找最近的设备。
其次要让群众会使用。将急救培训纳入学校教育和职工培训，培养更多的“第一响应人”。
最后要让施救者敢上手。广泛宣传“好人法”，消除群众的后顾之忧。
只有设备、技能、制度同向发力，“救命神器”才能真正守护生命。
""",
    ),
    dict(
        slug="gkforum-interview-nursing-room-html",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://www.gkyizhan.example.cn/forum/t-40122.html",
        title="单位领导让你负责建设母婴室，你怎么做？",
        record_title="[面试真题] 单位领导让你负责建设母婴室，你怎么做？（附答题思路）- 结构化面试 - 公考驿站论坛",
        date="2025-11-03",
        notes="exam forum with jammer fonts; post time as date; reply box; points reward",
        junk=dict(lines=0, glued=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试真题] 单位领导让你负责建设母婴室，你怎么做？（附答题思路）- 结构化面试 - 公考驿站论坛</title></head><body>
<div id="hd">⟦m 公考驿站论坛⟧ ⟦a 签到领积分⟧</div>
<div id="pt">⟦m 首页 › 结构化面试 › 真题回忆⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 考友 清风徐来　发表于 2025-11-3 19:04⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分 参与人数 5 积分 +12 收起理由⟧</div>
<div class="reply">⟦l 发表回复 回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Archiver｜手机版｜小黑屋｜公考驿站论坛⟧</div>
</body></html>
""",
        body="""
答题思路：这是一道组织管理类题目，重点在于调研、方案、实施和后续管理。
第一，做好调研。了解单位女职工特别是哺乳期职工的人数和需求，查看可利用的场地。
第二，制定方案。参照公共场所母婴室标准，列出设施清单和经费预算，报领导审批。
第三，抓好实施。协调后勤部门完成改造，选购设施，张贴使用须知和导向标识。
第四，长效管理。明确专人负责清洁消毒，设置意见本，定期收集使用反馈。
""",
    ),
]
