"""holdout128, part E: written blind. Invented sites, places, people and numbers."""

CASES = [
    dict(
        slug="assoc-furniture-annual-meeting-speech",
        site="宛平市家具行业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.wpjjxh.example.org.cn/xhdt/2025/0115/207.html",
        title="在宛平市家具行业协会2025年年会上的讲话",
        record_title="在宛平市家具行业协会2025年年会上的讲话",
        date="2025-01-15",
        notes="association text page; date under the title in full-width brackets; speaker line neutral; membership action and secretariat phone in the footer",
        page="""
!m 宛平市家具行业协会 | 会员之家
!m 首页 > 协会动态
{T}
（二〇二五年一月十五日）
协会会长　邹正林
{BODY}
!a 【入会申请】【会员专区登录】
!m 秘书处电话：0757-2238861　传真：0757-2238862
!d 宛平市家具行业协会 版权所有 未经许可不得转载
""",
        body="""
各位会员企业家、各位来宾：
过去一年，面对市场需求不足的困难，全市家具企业迎难而上，全行业实现产值186亿元，出口逆势增长7.2%。
协会组织会员企业参加国内外展会11场，帮助企业对接订单4.6亿元，开展绿色工厂和环保涂装培训6期。
新的一年，协会将重点做好三件事：一是推动行业标准化建设，牵头制定板式家具团体标准；二是搭建设计创新平台，举办首届原创家具设计大赛；三是加强行业自律，坚决抵制以次充好、虚假宣传。
让我们携手同心，共同推动宛平家具产业高质量发展！
""",
    ),
    dict(
        slug="assoc-mould-industry-initiative-html",
        site="泉湾模具工业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qwmjxh.example.com/news/2025-04-08/1192.html",
        title="关于抵制恶性低价竞争维护模具行业健康发展的倡议书",
        record_title="关于抵制恶性低价竞争维护模具行业健康发展的倡议书",
        date="2025-04-08",
        notes="association HTML with member-directory sidebar, 'join us' banner, breadcrumbs, share bar; numbered pledges kept; signature date",
        page="""
<html><head><meta charset="utf-8"><title>泉湾模具工业协会</title></head><body>
<div class="top">⟦m 泉湾模具工业协会 QUANWAN MOULD INDUSTRY ASSOCIATION⟧</div>
<div class="nav">⟦m 首页　协会简介　行业新闻　会员名录　技术交流　联系我们⟧</div>
<div class="join">⟦a 诚邀模具企业加入协会，点击在线申请⟧</div>
<div class="loc">⟦m 您的位置：首页 》行业新闻⟧</div>
<div class="art"><h2>⟦t 关于抵制恶性低价竞争维护模具行业健康发展的倡议书⟧</h2>
<div class="meta">⟦m 2025-04-08　作者：协会秘书处　阅读：1377⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信　QQ　复制链接⟧</div></div>
<div class="side"><h4>⟦l 会员名录⟧</h4><p>⟦l 泉湾精工模具有限公司⟧</p><p>⟦l 宏锐塑胶模具厂⟧</p></div>
<div class="foot">⟦d 版权所有 © 泉湾模具工业协会⟧</div>
</body></html>
""",
        body="""
全市模具行业会员企业：
近期，部分企业以低于成本的价格承接订单，导致产品质量下降、拖欠工资和货款等问题频发，损害了全行业的声誉。为此，协会向全体会员企业倡议：
一、坚持质量第一，不以低于成本的价格参与竞争。
二、诚信履约，按时支付员工工资和供应商货款。
三、尊重知识产权，不抄袭、不仿制他人模具设计。
四、加强行业自律，发现恶性竞争行为及时向协会反映。
泉湾模具工业协会
2025年4月8日
""",
    ),
    dict(
        slug="corp-tanxin-carbon-plant-news-html",
        site="炭鑫碳素股份有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tanxin-carbon.example.com/news/company/2025-05-29.html",
        title="公司焙烧炉烟气超低排放改造项目通过验收",
        record_title="公司焙烧炉烟气超低排放改造项目通过验收-炭鑫碳素",
        date="2025-05-29",
        notes="corporate site HTML: product mega-menu, language switch, stock code, photo caption between paragraphs, online-service contact, footer ICP; byline date",
        page="""
<html><head><meta charset="utf-8"><title>公司焙烧炉烟气超低排放改造项目通过验收-炭鑫碳素</title></head><body>
<div class="top">⟦m 炭鑫碳素 股票代码：837712⟧ ⟦a 中文｜EN⟧</div>
<div class="nav">⟦m 首页　关于炭鑫　产品中心　新闻中心　社会责任　投资者关系⟧</div>
<div class="sub">⟦m 新闻中心 / 公司新闻⟧</div>
<h1>⟦t 公司焙烧炉烟气超低排放改造项目通过验收⟧</h1>
<div class="date">⟦m 发布日期：2025-05-29　浏览：413⟧</div>
<div class="news">
{BODY}
</div>
<div class="pn">⟦l 上一篇：炭鑫碳素荣获省级绿色工厂称号⟧ ⟦l 下一篇：公司召开2025年安全生产月动员会⟧</div>
<div class="kf">⟦w 在线客服　销售热线：0391-5128800⟧</div>
<div class="foot">⟦m 豫ICP备16021170号-1⟧　⟦d Copyright 2025 炭鑫碳素股份有限公司⟧</div>
</body></html>
""",
        body="""
5月27日，公司焙烧炉烟气超低排放改造项目顺利通过专家组验收。
该项目总投资3200万元，采用“湿法脱硫+湿式电除尘+脱硝”组合工艺，于去年9月开工建设。
⟦m 图为验收专家组在焙烧车间现场检查。⟧
第三方检测数据显示，改造后颗粒物、二氧化硫、氮氧化物排放浓度分别降至每立方米5毫克、20毫克和80毫克以下，优于超低排放标准。
公司负责人表示，将持续加大环保投入，推动企业绿色低碳转型。
""",
    ),
    dict(
        slug="corp-tiejin-ferroalloy-maintenance-notice-text",
        site="铁锦合金有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tiejin-alloy.example.cn/gonggao/202507/01.html",
        title="关于矿热炉停产检修的公告",
        record_title="关于矿热炉停产检修的公告 - 铁锦合金有限公司官网",
        date="2025-07-01",
        notes="corporate text page; site suffix; the notice's own 客户服务电话 kept beside the site's sales hotline; title repeated as page header; 落款 date",
        page="""
!m 铁锦合金有限公司 | 硅铁 · 硅锰 · 高碳铬铁
!m 首页 - 新闻动态 - 公司公告
!t 公司公告｜关于矿热炉停产检修的公告
{T}
{BODY}
!l 返回列表
!m 销售热线：0477-8691100　邮箱：sales@tiejin-alloy.example.cn
!d Copyright © 2012-2025 铁锦合金有限公司 蒙ICP备12004418号
""",
        body="""
尊敬的客户：
根据年度设备维护计划，我公司2号、3号矿热炉定于2025年7月8日至7月28日停产检修。
检修期间，硅锰合金日产量将减少约60吨，已签订合同的订单将按原计划优先保障交货，新订单交货期顺延。
由此给您带来的不便，敬请谅解。如有疑问，请联系客户服务电话0477-8691136。
铁锦合金有限公司
2025年7月1日
""",
    ),
    dict(
        slug="training-jiayue-nursery-assistant-plan-text",
        site="嘉悦职业培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.jiayuepx.example.com/kecheng/baoyuyuan/2025.html",
        title="2025年保育员职业技能培训实施方案",
        record_title="2025年保育员职业技能培训实施方案（附课程安排）",
        date="2025-02-25",
        notes="training school: enrolment ads and a consult prompt between paragraphs, a course schedule table kept, 'limited seats' banner; decorated title",
        page="""
!m 嘉悦职业培训学校 — 人社部门备案职业培训机构
!w 报名咨询：王老师 18976200315（微信同号）
{T}
!m 发布：教务处　2025-02-26　浏览 771
{BODY}
!a 🔥本期仅剩8个名额，立即在线报名>>
!l 热门课程：育婴员｜养老护理员｜中式面点师
!m 校址：嘉悦市东湖路116号三楼
""",
        body="""
为提升保育员队伍专业水平，根据市人社局职业技能提升行动安排，制定本方案。
一、培训对象
幼儿园在岗保育员及有意从事保育工作的城乡劳动者。
二、课程安排
模块　内容　课时
生活照料　进餐、睡眠、如厕照料　24
卫生保健　清洁消毒、常见病预防　20
安全防护　意外伤害处理、应急疏散　16
⟦w 团体报名另有优惠，详询教务处⟧
三、考核发证
培训结束后参加职业技能等级认定，合格者颁发相应等级证书，并按规定申领培训补贴。
嘉悦职业培训学校
2025年2月25日
""",
    ),
    dict(
        slug="training-boyuan-adult-degree-opening-html",
        site="博远教育 (invented)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.boyuanedu.example.cn/news/2025/0308/kaixue.html",
        title="在2025级成人学历教育开学典礼上的讲话",
        record_title="在2025级成人学历教育开学典礼上的讲话_博远教育",
        date=None,
        notes="training-school HTML: course tabs, sticky 'free trial lesson' bar, consult popup, footer with licence; speech without date (the page shows only '3天前' and the year of the class)",
        page="""
<html><head><meta charset="utf-8"><title>在2025级成人学历教育开学典礼上的讲话_博远教育</title></head><body>
<div class="top">⟦m 博远教育 · 让学习改变命运⟧ ⟦w 咨询热线 400-870-2525⟧</div>
<div class="tabs">⟦m 成人高考　自考本科　国开学历　职业资格⟧</div>
<div class="crumb">⟦m 首页 > 校园动态⟧</div>
<h1>⟦t 在2025级成人学历教育开学典礼上的讲话⟧</h1>
<div class="time">⟦m 3天前　阅读 509⟧</div>
<div class="article">
{BODY}
</div>
<div class="sticky">⟦a 免费领取试听课 ▶ 立即预约⟧</div>
<div class="pop">⟦w 在线老师：您好，请问想了解哪个专业？⟧</div>
<div class="foot">⟦m 办学许可证：教民1403016100227号⟧</div>
</body></html>
""",
        body="""
各位新同学：
欢迎你们加入博远教育2025级成人学历教育的大家庭！
你们当中，有工厂的技术员，有医院的护士，有社区工作者，也有刚刚当了妈妈的年轻人。你们利用业余时间学习，这份坚持本身就值得尊敬。
在接下来的两年半里，希望大家做到三点：一是按时上课，不缺课、不代课；二是认真完成作业和实践环节；三是诚信考试，用真本事拿到毕业证书。
学校将为每个班配备班主任和学业导师，遇到困难随时和我们联系。
祝大家学业有成！
""",
    ),
    dict(
        slug="fanwenapp-xiezi-disaster-informant-report",
        site="写字帮APP分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.xiezibang.example.com/w/7f31ca0e",
        title="村级灾害信息员个人述职报告",
        record_title="村级灾害信息员个人述职报告（通用版）",
        date="2024-12-18",
        notes="writing-app share page: 'open in app' banner, member unlock action between paragraphs, AI-rewrite button; decorated title; signature date in Chinese numerals",
        page="""
!a 打开写字帮APP，查看完整范文 ›
{T}
!m 写字帮 · 范文精选　｜　收藏 1.2k　｜　使用 3.6k
{BODY}
!a 一键改写　｜　AI续写　｜　导出文档
!l 同类范文：网格员年度述职报告、村应急管理员工作总结
!d 范文仅供参考，请勿直接用于正式场合
""",
        body="""
各位领导、乡亲们：
我是青梅村的灾害信息员杨小满，2024年在乡应急办的指导下，认真履行灾害信息员职责，现将工作情况报告如下。
一是及时报送灾情。全年报送暴雨、大风等灾情信息9次，做到了灾情发生后两小时内首报。
⟦a 开通会员，解锁全部1600字内容⟧
二是开展隐患排查。汛期前会同村干部对村内12处地质灾害隐患点逐一排查，建立了隐患台账。
三是做好宣传培训。组织村民参加避险转移演练2次，参与人数300余人。
下一步，我将继续学习灾情统计业务知识，更好地守护乡亲们的安全。
述职人：杨小满
二〇二四年十二月十八日
""",
    ),
    dict(
        slug="fanwenapp-bimo-grid-worker-insight-html",
        site="笔墨范文小程序 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://m.bimofw.example.cn/share/article?id=550612",
        title="社区网格员工作心得体会",
        record_title="【精选】社区网格员工作心得体会（3篇合集之一）",
        date=None,
        notes="mini-program share HTML: bottom tab bar, 'copy text' member action, word-count meta, a paywall prompt as its own paragraph between body paragraphs; decorated title; no date",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>社区网格员工作心得体会</title></head><body>
<div class="bar">⟦a 在小程序中打开⟧</div>
<h1>⟦t 社区网格员工作心得体会⟧</h1>
<div class="tip">⟦m 字数：912　｜　阅读：2.8万⟧</div>
{BODY}
<div class="vip">⟦a 复制全文需开通笔墨会员（限时5折）⟧</div>
<div class="tabbar">⟦l 首页　分类　写作　我的⟧</div>
</body></html>
""",
        body="""
当网格员一年多，我最深的体会是：网格虽小，连着千家万户。
刚开始入户，不少居民不开门，觉得我们是来查这查那的。后来我先帮老人代缴水电费、帮上班族代收快递，慢慢地大家愿意和我拉家常了。
⟦a 以下内容仅会员可见，开通后继续阅读⟧
网格工作还要勤记录。我给自己定了规矩，每天走访后当晚整理台账，谁家有独居老人、谁家有困难学生，心里都有一本明白账。
今后，我将继续用脚步丈量网格，用真心服务群众。
""",
    ),
    dict(
        slug="gkforum-shangan-food-stall-essay-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shangangk.example.com/forum.php?mod=viewthread&tid=190233",
        title="让流动摊贩既有“烟火气”又有“秩序感”",
        record_title="【申论范文】让流动摊贩既有“烟火气”又有“秩序感”（附批改）",
        date=None,
        notes="exam forum with floor meta, hidden-content prompt, junk lines and glued junk; no date; teacher's comment below (list)",
        junk=dict(lines=2, glued=1),
        page="""
!m 上岸公考论坛 › 申论 › 范文赏析
!t 【申论范文】让流动摊贩既有“烟火气”又有“秩序感”（附批改）
!m 楼主：申论小白　积分 238　发表于 昨天 23:12
{BODY}
!a 本帖隐藏的内容：回复后可见批改意见
!l 沙发 | 言之：结构清晰，第三段论据可以再具体点
!l 板凳 | 考公第三年：马住
!m 上岸公考论坛 备案号：粤ICP备20051177号
""",
        body="""
一座城市的温度，往往藏在街头巷尾的小摊里。
流动摊贩是城市烟火气的重要来源，也是许多低收入群体赖以谋生的饭碗。但占道经营、油烟扰民、食品安全等问题，也让摊贩管理成为基层治理的难题。
破解这一难题，关键在于疏堵结合。一方面，要科学划定摊点区域和经营时段，让摊贩有处可去；另一方面，要加强卫生监管，引导摊贩规范经营。
同时，还要善用数字手段，推行摊贩备案和扫码评价，让群众参与监督。
唯有如此，才能让城市既有烟火气，又有秩序感。
""",
    ),
    dict(
        slug="gkforum-kaogong-barrier-free-interview-html",
        site="考公驿站 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://www.kaogongyz.example.net/t/mianshi/88031.html",
        title="结构化面试：如何看待无障碍设施“建而不用”的现象？",
        record_title=None,
        date=None,
        notes="exam-forum HTML without record title: question box, 'reference answer' label, timer chrome, like/collect bar, course ad; no date",
        page="""
<html><head><meta charset="utf-8"><title>考公驿站-面试真题</title></head><body>
<div class="hd">⟦m 考公驿站 · 国考 省考 事业单位⟧ ⟦a 登录 注册⟧</div>
<div class="crumb">⟦m 面试 / 综合分析 / 真题⟧</div>
<h2>⟦t 结构化面试：如何看待无障碍设施“建而不用”的现象？⟧</h2>
<div class="q">⟦m 题型：综合分析　作答时间：3分钟　难度：★★★⟧</div>
<div class="label">⟦m 【参考答案】⟧</div>
{BODY}
<div class="bar">⟦l 👍 218　⭐ 收藏　💬 46条讨论⟧</div>
<div class="ad">⟦a 面试1对1精讲班，报名立减300元⟧</div>
</body></html>
""",
        body="""
无障碍设施是城市文明的标尺。一些地方盲道被占、坡道过陡、无障碍卫生间上锁，导致设施“建而不用”，这一现象值得重视。
究其原因，一是建设时缺乏使用者参与，设计不合理；二是日常管护缺位，被占用后无人清理；三是社会认识不足，把无障碍设施当作摆设。
对此，我认为可以从三方面入手：第一，建设前邀请残疾人、老年人代表参与评估；第二，明确管护责任，将无障碍设施纳入城市精细化管理考核；第三，加强宣传，让尊重和使用无障碍设施成为共识。
""",
    ),
]
