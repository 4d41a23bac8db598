"""holdout182, part e: computer mice (鼠标) — computer-based exams, computer rooms, a mouse
maker, mouse-hand health and office work. Everything invented."""

CASES = [
    dict(
        slug="pta-jingyang-computer-exam-candidate-notice",
        site="粳阳市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jyrsks.example.gov.cn/ksgg/2025/1014/2207.html",
        title="关于2025年下半年事业单位公开招聘机考考生须知的公告",
        record_title="【考务公告】关于2025年下半年事业单位公开招聘机考考生须知的公告_粳阳市人事考试网",
        date="2025-10-14",
        notes="personnel-exam site: maintenance banner, technical-support line vs the exam office's own 咨询电话; numbered list; 下载打印准考证 sentence kept; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】关于2025年下半年事业单位公开招聘机考考生须知的公告_粳阳市人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统将于每周日凌晨2:00-4:00维护，期间暂停报名和缴费⟧</div>
<div class="hd">⟦m 粳阳市人事考试网⟧ ⟦a 考生登录　注册⟧</div>
<div class="nav">⟦m 首页　考试公告　报名入口　成绩查询　证书办理　政策法规⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：市人事考试中心　发布：2025-10-14　浏览 12844⟧</div>
{BODY}
<div class="ft">⟦m 网站技术支持：0862-7790325（仅限报名系统操作问题）⟧<br>⟦d 粳阳市人力资源和社会保障局　版权所有⟧</div>
</body></html>
""",
        body="""
各位考生：
2025年下半年粳阳市事业单位公开招聘笔试采用计算机化考试方式，将于10月26日举行。为确保考试顺利进行，现将有关事项公告如下：
1. 考生须于10月21日至25日登录本网站下载并打印准考证，凭准考证和有效身份证件参加考试。
2. 考场统一提供计算机、鼠标、键盘和草稿纸，考生不得携带任何电子设备和自备鼠标、键盘进入考场。
3. 考前15分钟考生登录考试系统，核对个人信息，并试用鼠标和键盘，发现设备异常立即举手报告监考人员。
4. 考试中因设备故障造成的延误时间，由考点予以补足。
考务咨询电话：0862-7790117。
粳阳市人事考试中心
2025年10月14日
""",
    ),
    dict(
        slug="pta-text-xianpu-mock-system-open",
        site="籼浦县人力资源网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.xianpu.example.gov.cn/kszx/20250303/0913.html",
        title="关于开放2025年公务员录用考试机考模拟练习系统的通知",
        record_title=None,
        date="2025-03-03",
        notes="personnel-exam text page with no record title; breadcrumb, 发布时间 byline = date; a sentence to 扫码 the mock system kept; prev/next",
        page="""
!m 籼浦县人力资源网 · 考试中心
!m 位置：首页 > 考试中心 > 考务通知
{T}
!m 发布时间：2025-03-03 09:30　点击数：3105
{BODY}
!a 【打印本页】【关闭本页】
!l 上一篇：2025年度专业技术资格考试报名安排
!l 下一篇：关于领取2024年公务员考试成绩单的通知
""",
        body="""
为帮助考生熟悉机考环境，2025年公务员录用考试机考模拟练习系统将于3月5日起开放，至考前3天关闭。
考生可使用电脑登录模拟系统，也可用手机扫描报名页面的二维码进入。建议使用电脑练习，以熟悉鼠标拖动、选择题作答和文字录入等操作。
模拟系统中的题目仅用于熟悉操作，与正式考试内容无关。
练习中遇到问题的，可在工作日拨打考务咨询电话0898-6617702。
""",
    ),
    dict(
        slug="edu-text-roushan-school-computer-room-rule",
        site="糅山市第四中学 (invented)",
        style="教育门户",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.rs4z.example.edu.cn/xxgk/glzd/306.html",
        title="信息技术教室使用管理规定",
        record_title="信息技术教室使用管理规定-糅山市第四中学",
        date=None,
        notes="school portal text: 关怀版 link, a visit counter; decimal-like numbered articles; rules that speak of 打印 as content; no date",
        page="""
!a 关怀版
!m 糅山市第四中学　厚德 博学 励志 笃行
!m 学校首页 | 学校概况 | 教育教学 | 德育天地 | 管理制度
{T}
!m 访问量：2043
{BODY}
!d 糅山市第四中学 版权所有 技术维护：信息中心
""",
        body="""
1. 学生进入信息技术教室须按座位表就座，不得随意调换计算机。
2. 上课前检查本机显示器、键盘、鼠标是否完好，发现损坏或缺失立即报告任课教师，并在设备登记本上签字。
3. 不得私自拆卸鼠标、键盘等设备，不得在计算机上安装游戏或其他软件。
4. 需要打印作业的，经任课教师同意后到教师机统一打印。
5. 下课时退出个人账号，将鼠标、键盘归位，椅子推回桌下。
6. 人为损坏设备的，按学校有关规定照价赔偿。
""",
    ),
    dict(
        slug="univ-text-tangjiang-lab-mouse-replacement-notice",
        site="糍江职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.cjzy.example.edu.cn/xxzx/tzgg/2025/0220/512.htm",
        title="关于公共机房集中更换键盘鼠标的通知",
        record_title="关于公共机房集中更换键盘鼠标的通知-信息中心-糍江职业技术学院",
        date="2025-02-20",
        notes="university department page: portal links, a room table (one row a paragraph), the centre's own 联系电话 kept; date in the document",
        page="""
!a 信息门户　邮箱　VPN　English
!m 糍江职业技术学院 · 信息中心
!m 首页 / 通知公告
{T}
!m 作者：信息中心　来源：本站　点击：
{BODY}
!l 【关闭】【打印】
!m 地址：糍江市职教园区学院路2号　信息中心办公室
""",
        body="""
各教学单位、各位师生：
根据年度设备更新计划，信息中心将于2月24日至3月7日对公共机房的键盘、鼠标进行集中更换，具体安排如下：
机房　台数　更换时间
实训楼A201　60　2月24日至25日
实训楼A202　60　2月26日至27日
实训楼B305　48　3月3日至4日
更换期间相关机房暂停使用，请有关课程提前调整上课地点。
联系电话：0851-8623419（信息中心 聂老师）。
信息中心
2025年2月20日
""",
    ),
    dict(
        slug="party-html-mouse-factory-branch-speech",
        site="粲原两新党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.cylxdj.example.gov.cn/fcz/2025/0702/1884.html",
        title="在星联电子有限公司党支部成立五周年大会上的讲话",
        record_title="【党建引领】在星联电子有限公司党支部成立五周年大会上的讲话",
        date="2025-07-01",
        notes="Party-building portal: study-points line, speaker line and a Chinese-numeral date under the title (neutral; the date expected from it); editor line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>【党建引领】在星联电子有限公司党支部成立五周年大会上的讲话</title></head><body>
<div class="logo">⟦m 粲原两新党建网⟧</div>
<div class="nav">⟦m 首页　工作动态　支部风采　党员之家　学习园地⟧</div>
<h2>{T}</h2>
<p class="spk">县委两新工委书记　滕志刚</p>
<p class="spk">（二〇二五年七月一日）</p>
{BODY}
<div class="points">⟦a 完成阅读可得学习积分1分 点击领取⟧</div>
<div class="foot">⟦d 主办：中共粲原县委两新工委　未经授权不得转载⟧</div>
</body></html>
""",
        body="""
同志们：
今天是党的生日，我们在这里召开星联电子有限公司党支部成立五周年大会，很有意义。
五年来，支部从成立时的7名党员发展到现在的31名，在鼠标生产一线设立了3个党员先锋岗，带头攻克了无线鼠标滚轮异响、按键寿命不达标等技术难题。
企业发展到哪里，党的建设就要跟进到哪里。希望支部继续把党建工作与生产经营深度融合，把技术骨干培养成党员，把党员培养成技术骨干。
最后，祝星联电子越办越好，祝同志们节日快乐！⟦m （编辑：韦倩）⟧
""",
    ),
    dict(
        slug="company-text-xinglian-ergonomic-mouse-launch",
        site="星联电子 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xinglian-tech.example.com/news/2025/0915.html",
        title="星联电子发布第三代垂直人体工学鼠标",
        record_title="星联电子发布第三代垂直人体工学鼠标 - 星联电子",
        date="2025-09-15",
        notes="company text page: product-shop links, a 400 hotline, a product-ad line between paragraphs; dotted company date as the byline",
        page="""
!m 星联电子 XINGLIAN | 首页 产品中心 新闻动态 服务支持 在线商城
!m 新闻动态 > 公司新闻
{T}
!m 2025.09.15
{BODY}
!m 客服热线 400-820-6688　周一至周日 9:00-21:00
!d © 2025 星联电子有限公司 保留所有权利
""",
        body="""
9月15日，星联电子在粲原县总部发布第三代垂直人体工学鼠标。
新品采用57度倾角握持设计，让手腕保持自然的“握手”姿势，减轻长时间使用带来的腕部压力。
⟦a 官方商城限时预售，立即抢购>>⟧
研发负责人介绍，团队联合县人民医院康复科，采集了300多名办公人员的手型数据，先后调整了11版外形。
新品还支持三台设备一键切换，续航时间达到90天。
""",
    ),
    dict(
        slug="collection-html-retired-engineer-first-mouse",
        site="老钟的小站 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.laozhong-home.example.net/wenji/jiyi/23.htm",
        title="我的第一只鼠标",
        record_title="《键盘声里四十年》第二十三篇｜我的第一只鼠标",
        date=None,
        notes="retired engineer's personal site, old table layout with a marquee and visit counter; chapter nav; no date (years in the text only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>《键盘声里四十年》第二十三篇｜我的第一只鼠标</title></head>
<body><table width="800" align="center"><tr><td>
<marquee>⟦m 欢迎光临老钟的小站，这里记录一个老工程师的点点滴滴⟧</marquee>
<table><tr><td>⟦m 首页 | 键盘声里四十年 | 老照片 | 留言簿⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<p>⟦l ← 第二十二篇：五寸软盘　|　目录　|　第二十四篇：拨号上网 →⟧</p>
<p>⟦m 您是第 004187 位来访者⟧</p>
</td></tr></table></body></html>
""",
        body="""
一九九三年，单位给设计室配了第一台装着视窗系统的电脑，随机带了一只灰白色的鼠标，底下是一个胶皮小球。
那时候谁也不会用，主任把说明书复印了十几份，让我们轮流上机练习。我第一次拿鼠标，手一抖，光标就跑到屏幕外面去了。
鼠标用久了，小球上会粘灰，光标一卡一卡的。我们就把底盖拧开，用棉签蘸酒精擦里面的滚轴，成了每周一的固定功课。
现在的鼠标早就没有小球了，可我还留着那只旧鼠标，放在书桌的抽屉里。
""",
    ),
    dict(
        slug="examforum-html-shenlun-mouse-government-jammer",
        site="半月谈公考社区 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.banyuegk.example.com/forum.php?mod=viewthread&tid=771204",
        title="申论范文：让群众办事从“跑断腿”到“点鼠标”",
        record_title="[申论范文] 申论范文：让群众办事从“跑断腿”到“点鼠标” - 申论交流 - 半月谈公考社区",
        date=None,
        notes="exam forum HTML: jammer fonts, hidden-content prompt, rating row; no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 申论范文：让群众办事从“跑断腿”到“点鼠标” - 申论交流 - 半月谈公考社区</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 半月谈公考社区⟧ ⟦a 登录 | 注册⟧</div>
<div id="pt">⟦m 首页 › 申论交流 › 范文赏析⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 上岸学长阿哲　发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 游客，如果您要查看本帖隐藏内容请回复⟧</div>
<div class="rate">⟦l 评分 +5　收藏 112　支持 38⟧</div>
</body></html>
""",
        p_html="{}<br />",
        body="""
过去，群众办一件事，往往要在几个部门之间来回跑，材料交了一遍又一遍。如今，越来越多的事项可以在网上办、掌上办，动动鼠标就能完成。
从“跑断腿”到“点鼠标”，变的是办事方式，不变的是为民初心。数字政府建设的出发点和落脚点，都应是群众的获得感。
同时也要看到，部分老年人不会使用智能设备，线上办理反而成了新的门槛。
因此，推进“一网通办”的同时，必须保留线下窗口，让“点鼠标”和“跑窗口”并行不悖，让每一位群众都能方便办事。
""",
    ),
    dict(
        slug="download-text-mouse-keyboard-issue-rule",
        site="办公文档之家 (invented)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.bgwdzj.example.com/down/zhidu/44812.html",
        title="电脑外设（鼠标键盘）领用管理制度",
        record_title="电脑外设（鼠标键盘）领用管理制度.doc",
        date=None,
        notes="download station text: file info lines, three download mirrors, an error report; articles kept; no date",
        page="""
!m 办公文档之家 > 管理制度 > 行政管理
{T}
!m 文件大小：22KB　格式：doc　更新：2025-04-18　下载：1873次
!m 运行环境：WPS/Office
{BODY}
!a 下载地址1：电信下载　下载地址2：移动下载　下载地址3：备用下载
!a 无法下载？点此报错
!d 本站文档仅供参考，请结合单位实际修改使用
""",
        body="""
第一条　为规范公司电脑外设的领用和管理，控制办公耗材费用，制定本制度。
第二条　员工入职时由行政部统一配发鼠标、键盘各一个，登记在个人资产台账中。
第三条　鼠标、键盘因正常使用损坏的，以旧换新；人为损坏或丢失的，由本人按折旧价赔偿。
第四条　特殊岗位需配置无线鼠标、人体工学键盘的，由部门负责人提出申请，经行政部审核后采购。
第五条　员工离职时，应将所领外设交回行政部，办理资产交接手续。
""",
    ),
    dict(
        slug="training-html-office-skills-course",
        site="粹城启航职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qihang-px.example.com/course/office-basic.html",
        title="中老年人电脑基础操作班招生简章",
        record_title="中老年人电脑基础操作班招生简章 - 启航职业培训",
        date=None,
        notes="training school HTML: floating consult box, a 400 line vs the school's own 报名电话 in the text; a schedule table; no date",
        page="""
<html><head><meta charset="utf-8"><title>中老年人电脑基础操作班招生简章 - 启航职业培训</title></head><body>
<div class="top">⟦m 启航职业培训学校　学技能 找启航⟧ ⟦m 全国统一咨询热线：400-618-3390⟧</div>
<div class="nav">⟦m 首页　课程中心　学校简介　学员风采　报名咨询⟧</div>
<h1>{T}</h1>
{BODY}
<div class="float-kf">⟦w 在线咨询⟧<br>⟦w 预约试听⟧<br>⟦a 返回顶部⟧</div>
<div class="ft">⟦d 办学许可证号：粹人社民3502110000217号　本简章解释权归本校所有⟧</div>
</body></html>
""",
        body="""
很多中老年朋友想学电脑，却连鼠标都不敢碰。本班从零开始，手把手教学，让您轻松上手。
课程内容
周次　内容
第一周　认识电脑，学会开关机和使用鼠标
第二周　打字入门，学会拼音输入
第三周　上网浏览，学会视频通话
第四周　防范网络诈骗，学会网上缴费
上课地点：粹城市中山路88号启航大厦3楼。每班限12人，满额即止。
报名电话：0592-5126630（谢老师）。
""",
    ),
    dict(
        slug="wiki-text-mouse-hand-entry",
        site="健康百科网 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://jk.baike-health.example.com/entry/shubiaoshou.html",
        title="鼠标手",
        record_title="鼠标手 - 健康百科网",
        date=None,
        notes="encyclopaedia entry: reviewer line, infobox, contents; a sentence with an example date inside; no date",
        page="""
!m 健康百科网 | 权威医学科普
!a 编辑词条　收藏　分享
{T}
!m 本词条由 糍江市第一人民医院骨科 副主任医师 林峰 审核
!m 别名：腕管综合征　就诊科室：骨科、手外科
!l 目录　1 病因　2 症状　3 预防
{BODY}
!d 本站内容仅供医学科普，不能替代医生诊断
!m 浏览次数：20418　最近更新：7小时前
""",
        body="""
鼠标手是腕管综合征的俗称，指正中神经在腕管内受到压迫而引起的手指麻木、疼痛等症状。
病因
长时间使用鼠标时，手腕长期处于背伸状态，腕管内压力升高，容易压迫正中神经。
症状
早期表现为拇指、食指和中指麻木刺痛，夜间加重；严重时可出现手部肌肉萎缩、握力下降。
预防
使用鼠标时应让手腕保持自然伸直，可选择带腕托的鼠标垫；每工作一小时活动手腕几分钟。
""",
    ),
    dict(
        slug="fanwen-wrap-pages-data-entry-clerk-reflection",
        site="粼田公文范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.ltgwfw.example.com/xinde/2025/1107/30021.html",
        title="数据录入岗位工作心得体会",
        record_title="数据录入岗位工作心得体会（精选3篇）_粼田公文范文网",
        date=None,
        notes="范文 page copied from a converter: hard-wrapped at 60 columns and cut by ⌞n⌝ markers glued or not between lines; copy prompt; no date",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⌞{n}⌝", every=70, start=2, glue="mix"),
        page="""
!m 粼田公文范文网　www.ltgwfw.example.com
!m 首页 → 心得体会 → 工作心得
{T}
{BODY}
!a 如需复制本文，请点击“复制全文”按钮
!w 原创材料定制请联系客服微信：ltgw_2018
!l 下一篇：档案管理员工作心得体会
""",
        body="""
我在县不动产登记中心从事数据录入工作已经两年了。每天面对的是一摞摞档案和一块屏幕，手里握着鼠标，一坐就是一整天。
刚开始我追求速度，一天能录入三百多份，但出错率也高，有几次把面积的小数点录错了位置，给群众办证带来了麻烦。
后来我给自己定了规矩：每录完十份，就停下来对照原件核一遍。速度虽然慢了一点，但差错基本没有了。
这两年我最大的体会是，数据录入看似简单，背后却是群众的切身利益，每一次点击鼠标都要对得起这份信任。
""",
    ),
]
