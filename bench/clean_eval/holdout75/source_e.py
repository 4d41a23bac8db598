"""holdout75, part E: a rice-noodle workshop code on a download station, a glass-walkway scenic area's
recruitment, a bungee accident on a law firm's site, pedicab registration on a residents' site, a
power-bank company's recall, an excavator-driving school, a wax museum guide's report in a 范文 app,
a pest-control interview answer on an exam forum and a timber yard's fire rules in an encyclopaedia.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="rice-noodle-code-download-wrapped",
        site="食品资料下载网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.spzlxz.example.com/down/2025/5531.html",
        title="萸水县米粉小作坊生产卫生规范",
        record_title="萸水县米粉小作坊生产卫生规范.wps",
        date="2025-02-20",
        notes="download station text: hard-wrapped at 64 columns, file info lines, mirror links, a 'report a dead link' line; a rule whose articles speak of 打印 labels",
        wrap=64,
        page="""
!m 食品资料下载网 — 食品行业文档免费下
!m 文件名称：萸水县米粉小作坊生产卫生规范.wps　　大小：29KB
!m 资料类别：卫生规范　　更新时间：2025-03-02　　下载：88次
{T}
{BODY}
!a ↓ 本地下载　　↓ 网通下载　　↓ 电信下载
!a 下载不了？点这里反馈
!d 声明：本站所有资料仅供学习参考，请勿用于商业用途。
""",
        body="""
第一条　为规范米粉小作坊生产行为，保障米粉质量安全，根据食品小作坊管理有关规定，制定本规范。
第二条　生产场所应当远离垃圾场、畜禽养殖场等污染源，浸泡、磨浆、蒸粉、晾晒区域应当相对分开。
第三条　浸米用水应当符合生活饮用水卫生标准，浸泡容器每天清洗，不得使用非食品原料。
第四条　出厂的散装米粉应当标明名称、生产日期、保质期和作坊名称，标签可由县市场监管所统一设计后自行打印。
第五条　本规范自2025年3月1日起施行。
萸水县市场监督管理局
2025年2月20日
""",
    ),
    dict(
        slug="glass-walkway-scenic-recruit-exam",
        site="萝冈人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lgrsks.example.gov.cn/gqzp/2025/0707/118.html",
        title="萝冈县云崖景区管理有限公司招聘玻璃栈道安全员公告",
        record_title="萝冈县云崖景区管理有限公司招聘玻璃栈道安全员公告（附报名表）",
        date="2025-07-07",
        date_also=["2025-07-08"],
        notes="personnel-exam site as text: the company's 报名咨询 phone beside the site's helpdesk; an 报名表 header row with blanks kept; a 温馨提示 about scams",
        page="""
!m 萝冈人事考试网
!m 首页 → 国企招聘 → 招聘公告
!t 萝冈县云崖景区管理有限公司招聘玻璃栈道安全员公告（附报名表）
!m 发布时间：2025-07-08　信息来源：县国资中心　【字号：大 中 小】
{BODY}
!d 温馨提示：本网不收取任何报名费用，请勿相信“内部指标”“保过”等虚假信息。
!m 网站维护：县人事考试中心信息科　电话：0738-7210096
""",
        body="""
因工作需要，萝冈县云崖景区管理有限公司面向社会公开招聘玻璃栈道安全员8名。
一、招聘条件：年龄18至35周岁，高中及以上学历，身体健康，无恐高症，具有救护员证者优先。
二、薪酬待遇：试用期3个月，转正后月薪4200元至5500元，依法缴纳五险一金。
三、报名方式：请于7月15日前将报名表发送至邮箱yunya_hr@example.com。
四、考试安排：笔试和体能测试时间另行通知，请考生保持电话畅通。
报名咨询电话：0738-7256612（公司综合部）
附：报名表
姓名　性别　出生年月　学历　联系电话
萝冈县云崖景区管理有限公司
2025年7月7日
""",
    ),
    dict(
        slug="bungee-injury-lawfirm-case-text",
        site="衡平律师事务所 (invented)",
        style="律所网站",
        genre="其他",
        kind="other",
        form="text",
        source="https://www.hengpinglaw.example.cn/case/2025-088.html",
        title="游客蹦极受伤，经营者应承担什么责任？",
        record_title="【以案说法】游客蹦极受伤，经营者应承担什么责任？_衡平律师事务所",
        date=None,
        notes="law-firm text page: practice-area nav, a 'case facts changed' note (notice), a consult prompt with QQ (contact), year stamp only; no date",
        page="""
!m 衡平律师事务所 — 专业 · 诚信 · 勤勉
!m 首页　律所简介　业务领域　以案说法　律师团队
!t 【以案说法】游客蹦极受伤，经营者应承担什么责任？
!m 文/合伙人 薛景川律师　　更新于 2025 年
{BODY}
!d （本文案例中当事人信息已作匿名化处理，部分情节有所改编）
!w 遇到旅游人身损害纠纷？在线咨询QQ：2876100443
!l 推荐阅读：景区游乐设施致害责任认定要点
""",
        body="""
【案情简介】游客李某在某景区体验蹦极项目，下落过程中因弹力绳与平台护栏摩擦，面部被擦伤，花去医疗费1.3万元，李某起诉要求景区赔偿。
【法院观点】经营场所的经营者负有安全保障义务。景区未按照操作规程在跳台边缘加装防护软垫，工作人员也未提醒李某保持规定姿势，对损害的发生存在过错。
【裁判结果】法院判决景区承担80%的赔偿责任，李某自身未完全听从指挥，自担20%。
【律师提示】高风险游乐项目经营者应严格落实设备检验、人员持证和安全告知义务；游客也应如实告知身体状况，听从工作人员指挥。
""",
    ),
    dict(
        slug="pedicab-register-oldtown-community-text",
        site="葭坊社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jiafangsq.example.com/notice/2025-06-02.html",
        title="关于古城区人力三轮车统一登记编号的通知",
        record_title=None,
        date="2025-06-01",
        notes="residents' site text: no record title; a grid-member card (meta), a WeChat group QR prompt (contact); materials as a numbered list; 网格员 phone of the document kept",
        page="""
!m 葭坊社区网 — 古城人家 邻里守望
!m 社区公告 | 2025-06-02 | 网格员：方晓
{T}
{BODY}
!w 扫码进入“葭坊邻里”微信群，社区通知第一时间知道
!l 👍 有用 42　　👎 没用 1
!l 往期公告：古城区夜间限行时段调整
!d 葭坊社区居委会 主办　如有疑问请到居委会咨询
""",
        body="""
古城区各人力三轮车经营户：
为规范古城区旅游观光人力三轮车管理，社区配合街道城管中队开展统一登记编号工作。
一、登记时间：6月5日至6月20日，每天8:30至17:00。
二、登记地点：葭坊社区居委会一楼便民服务窗口。
三、所需材料：
1.车主身份证原件；
2.车辆近期正面照片一张；
3.健康证明。
四、登记后统一发放编号牌和反光背心，7月1日起未登记编号的三轮车不得在古城区内载客。
联系人：网格员 方晓，电话：15073842916。
葭坊社区居民委员会
2025年6月1日
""",
    ),
    dict(
        slug="power-bank-recall-company-html",
        site="闪充科技有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.shanchong-tech.example.com/news/recall-2025-09.html",
        title="关于召回部分批次移动电源的公告",
        record_title="关于召回部分批次移动电源的公告 - 闪充科技",
        date="2025-09-22",
        record_date="2025-09-22",
        notes="corporate template: product nav, a cookie banner, a batch table; the company's recall hotline (document) beside its sales line (site); 扫码 in the document",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次移动电源的公告 - 闪充科技</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ ⟦a 接受⟧</div>
<header>⟦m 闪充科技 SHANCHONG⟧ <nav>⟦m 产品中心　解决方案　服务支持　新闻中心　关于我们⟧</nav></header>
<div class="crumb">⟦m 新闻中心 / 公司公告⟧</div>
<h1>⟦t 关于召回部分批次移动电源的公告⟧</h1>
<p class="date">⟦m 2025.09.22　|　阅读 8.6k⟧</p>
<div class="post">
{BODY}
</div>
<div class="buy">⟦m 商务合作：400-900-5566　销售邮箱：sales@shanchong-tech.example.com⟧</div>
<footer>⟦d ©2025 闪充科技有限公司 版权所有⟧ ⟦m 粤ICP备21088310号⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量抽检中发现，部分批次的SC-20型10000毫安时移动电源电芯存在一致性缺陷，极端情况下可能出现鼓包、过热。为消除安全隐患，我公司决定主动召回以下产品。
产品型号　生产批次　数量
SC-20　2504A至2504F　12,860台
SC-20P　2505B　3,120台
用户可扫描产品背面二维码查询是否在召回范围内，召回产品可免费更换新品或全额退款。
召回热线：400-900-5599（每天9:00—21:00）
由此给您带来的不便，我们深表歉意。
闪充科技有限公司
2025年9月22日
""",
    ),
    dict(
        slug="excavator-school-brochure-training-html",
        site="铁臂挖掘机培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.tiebi-wj.example.com/zhaosheng/2025-spring.html",
        title="铁臂挖掘机培训学校2025年春季招生简章",
        record_title="【春季招生】铁臂挖掘机培训学校2025年春季招生简章（包教包会）",
        date="2025-01-15",
        notes="training school template: floating consult box, enrolment form button, a class table; the school's own 报名电话 in the document beside the site's 400 line; a discount banner between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>【春季招生】铁臂挖掘机培训学校2025年春季招生简章（包教包会）</title></head><body>
<div class="top">⟦m 铁臂挖掘机培训学校　全国统一咨询：400-606-7788⟧</div>
<div class="nav">⟦m 学校首页　招生简章　课程设置　学员风采　在线报名⟧</div>
<h1>⟦t 【春季招生】铁臂挖掘机培训学校2025年春季招生简章（包教包会）⟧</h1>
<div class="t">⟦m 发布：招生办　2025-01-15⟧</div>
<div class="main">
{BODY}
</div>
<div class="btn">⟦a 立即在线报名 》⟧</div>
<div class="float">⟦w 在线咨询　微信/电话：139-7300-8821⟧</div>
<div class="ft">⟦d 版权所有：铁臂挖掘机培训学校　技术支持：某某网络⟧</div>
</body></html>
""",
        body="""
本校是经县人社局批准的职业技能培训机构，拥有实训场地30亩、各型挖掘机26台。
一、招生对象：年满18周岁、身体健康的城乡劳动者，男女不限，初中以上文化。
二、班型设置
班型　学时　费用（元）
基础班　30天　4800
精品班　60天　7600
⟦a 春节前报名立减500元，名额有限⟧
三、培训内容：挖掘机构造与保养、基本操作、平整场地、挖沟、装车等实操训练。
四、结业考核：考核合格颁发职业技能等级证书，学校推荐就业。
报名电话：0734-2680115（招生办）
铁臂挖掘机培训学校招生办
2025年1月15日
""",
    ),
    dict(
        slug="wax-museum-guide-report-fanwen-app-html",
        site="公文易范文APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://m.gongwenyi.example.com/read/331057",
        title="蜡像馆讲解员个人述职报告",
        record_title="蜡像馆讲解员个人述职报告（精选范本）",
        date=None,
        notes="范文 app reading mode HTML: top bar with an app-download prompt, a 'continue in app' fold between paragraphs, a 复制 lock line, bottom recommendation cards; no date",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>蜡像馆讲解员个人述职报告（精选范本）</title></head><body>
<div class="appbar">⟦a 下载公文易APP，海量范文随心写⟧ ⟦a 打开⟧</div>
<h1>⟦t 蜡像馆讲解员个人述职报告（精选范本）⟧</h1>
<div class="meta">⟦m 公文易 · 述职报告 · 阅读 2076⟧</div>
<article>
{BODY}
</article>
<div class="copy">⟦a 长按复制已禁用，APP内可一键复制全文⟧</div>
<div class="cards">⟦l 猜你想写：博物馆讲解员年终总结｜景区讲解员竞聘演讲稿⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、同事们：
我自2022年进入蜡像馆从事讲解工作以来，认真履行岗位职责，现将一年来的工作述职如下。
一、讲解服务。全年完成讲解接待412批次，接待观众约1.5万人次，未发生一起有效投诉。
⟦a 余下内容需在APP中继续阅读 ⌄⟧
二、业务提升。系统学习了馆内新增的二十尊历史人物蜡像背景资料，撰写讲解词一万余字。
三、不足与打算。外语讲解能力还比较薄弱，明年计划参加英语讲解培训，争取取得中级讲解员资格。
以上述职，请各位领导和同事批评指正。
""",
    ),
    dict(
        slug="pest-control-interview-exam-forum-html",
        site="面霸公考社区 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.mianba-gk.example.com/thread/66720.html",
        title="结构化面试真题：你单位开展白蚁防治宣传，如何组织？（参考答案）",
        record_title=None,
        date="2025-05-19",
        notes="exam forum HTML: no record title; the poster's 发表于 as the page date; reply floors; a VIP answer-unlock line between paragraphs; signature",
        page="""
<html><head><meta charset="utf-8"><title>面霸公考社区</title></head><body>
<div class="hd">⟦m 面霸公考社区⟧ ⟦a 签到领积分　登录　注册⟧</div>
<div class="crumb">⟦m 社区 › 面试真题 › 事业单位⟧</div>
<h1>⟦t 结构化面试真题：你单位开展白蚁防治宣传，如何组织？（参考答案）⟧</h1>
<div class="post">
<div class="author">⟦m 楼主：白衣考官　发表于 2025-05-19 20:03⟧</div>
{BODY}
<div class="sig">⟦m —— 面试92.4分上岸，欢迎交流⟧</div>
</div>
<div class="reply">⟦l 2# 小钟同学：考官，这题时间控制在多少合适？⟧</div>
<div class="reply">⟦l 3# 白衣考官 回复 小钟同学：3分钟左右⟧</div>
<div class="box">⟦l 发表回复　表情　图片⟧</div>
</body></html>
""",
        body="""
【题目】你单位计划在梅雨季前开展白蚁防治宣传活动，领导让你负责，你如何组织？
【参考答案】
白蚁防治关系到房屋安全和文物保护，梅雨季前正是白蚁分飞的高峰期，开展宣传很有必要。我会从以下几方面组织。
⟦a 完整答题框架VIP可见，开通VIP解锁全部真题⟧
一是摸清需求。到老旧小区、古建筑管理单位了解白蚁危害情况，确定宣传重点。
二是丰富形式。制作图文折页，拍摄白蚁识别短视频，在社区开展现场咨询。
三是跟踪反馈。设立咨询电话，对居民反映的蚁情及时安排专业人员上门查看。
以上是我的思路，谢谢考官。
""",
    ),
    dict(
        slug="timber-yard-fire-rules-encyclopedia-text",
        site="安全生产百科 (invented)",
        style="百科问答",
        genre="制度",
        kind="other",
        form="text",
        source="https://baike.aqsc.example.com/wiki/木材加工厂消防安全管理制度",
        title="木材加工厂消防安全管理制度",
        record_title="木材加工厂消防安全管理制度 - 安全生产百科",
        date=None,
        notes="encyclopaedia text entry: 编辑/讨论 tabs, a contents line, reference list and edit stats; the model rule with a 20××年×月×日 placeholder (no date)",
        page="""
!m 安全生产百科 · 人人都是安全员
!a 编辑　|　讨论　|　历史版本
{T}
!l 目录：1 制度范本　2 适用范围　3 参考资料
{BODY}
!l 参考资料：[1] 某县应急管理局《木材加工企业安全检查指引》
!m 本词条最近由 安全小卫士 编辑　共 5 次编辑
!d 百科词条内容仅供参考，不作为执法依据。
""",
        body="""
第一条　厂区内严禁吸烟和使用明火，确需动火作业的，必须办理动火审批手续，并配备看火人员。
第二条　锯末、刨花等可燃废料应当每班清理，集中存放在指定区域，与生产车间保持不小于10米的防火间距。
第三条　电气线路应当穿管保护，电机、配电箱应当定期除尘，严禁私拉乱接电线。
第四条　原木堆垛之间应当留出消防通道，堆垛高度不得超过6米。
第五条　本制度自20××年×月×日起施行。
""",
    ),
]
