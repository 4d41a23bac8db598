"""holdout112, part B: hospitals, universities, local forums, download stations, exam sites, tender
portals, law firms, residents' sites, associations, firms, training schools, 范文 apps and exam
forums, around the same invented themes as part A. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="hospital-qinling-bear-injury-clinic-html",
        site="琴岭县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qlxrmyy.example.com/yyxw/2025/0902/884.html",
        title="关于设立野生动物致伤救治绿色通道的通知",
        record_title="关于设立野生动物致伤救治绿色通道的通知-琴岭县人民医院",
        date="2025-09-02",
        notes="hospital page with floating consult box and 预约挂号; the emergency department's own 联系电话 kept beside the hospital's switchboard",
        page="""
<html><head><meta charset="utf-8"><title>关于设立野生动物致伤救治绿色通道的通知-琴岭县人民医院</title></head><body>
<div class="top">⟦m 琴岭县人民医院　二级甲等综合医院⟧ ⟦a 预约挂号⟧ ⟦a 检查报告查询⟧</div>
<nav>⟦m 医院概况　科室导航　专家介绍　就医指南　医院新闻⟧</nav>
<h2>⟦t 关于设立野生动物致伤救治绿色通道的通知⟧</h2>
<div class="sub">⟦m 发布科室：医务科　发布时间：2025-09-02　浏览量：731⟧</div>
{BODY}
<div class="float">⟦w 在线咨询 ☎ 医院总机 0916-3128000⟧</div>
<div class="pn">⟦l 上一条：关于调整夏季门诊时间的公告⟧<br>⟦l 下一条：我院开展“世界心脏日”义诊⟧</div>
<footer>⟦m 地址：琴岭县城关镇南大街38号⟧ ⟦d Copyright © 琴岭县人民医院 All Rights Reserved⟧</footer>
</body></html>
""",
        body="""
全院各科室：
近期我县山区多次发生黑熊、野猪伤人事件。为提高野生动物致伤患者救治效率，经院务会研究，决定设立野生动物致伤救治绿色通道。
一、患者到院后由急诊科首诊，实行先救治、后缴费。
二、普外科、骨科、眼科、麻醉科接到会诊通知后十分钟内到达急诊科。
三、对需要注射狂犬病疫苗和破伤风抗毒素的患者，由急诊科直接开具，不再转诊。
急诊科联系电话：0916-3128120
琴岭县人民医院医务科
2025年9月2日
""",
    ),
    dict(
        slug="university-fengyuan-geese-survey-plan",
        site="沣源师范学院生命科学学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://sky.fynu.example.edu.cn/info/1042/7718.htm",
        title="2025—2026年度沣源湖越冬雁类同步调查实施方案",
        record_title="2025—2026年度沣源湖越冬雁类同步调查实施方案-生命科学学院",
        date="2025-10-20",
        notes="college page with breadcrumb and 作者/审核 line, decimal headings 1.1 kept; a year range in the title is no date (date from signature)",
        page="""
!m 沣源师范学院 生命科学学院
!m 首页 > 科学研究 > 科研动态
!t 2025—2026年度沣源湖越冬雁类同步调查实施方案
!m 作者：生态学教研室　审核：刘建平　点击：[ 214 ]
{BODY}
!a 【关闭】　【打印】
!m 版权所有：沣源师范学院生命科学学院　地址：沣源市学府路9号
""",
        body="""
1 调查目的
掌握沣源湖越冬雁类的种类、数量和分布，为湿地保护提供基础数据。
2 调查安排
2.1 调查时间：2025年11月至2026年2月，每月中旬选择晴好天气开展一次同步调查。
2.2 调查方法：全湖划分为八个样区，每个样区由一名教师带领三名学生，采用直数法和集团估算法计数。
3 安全要求
冬季湖区风大，队员须穿救生衣，不得踏上冰面，不得单独行动。
生命科学学院生态学教研室
2025年10月20日
""",
    ),
    dict(
        slug="localforum-panyang-water-meter-complaint-html",
        site="磐阳生活网论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.panyanglife.example.com/thread-88126-1-1.html",
        title="新换的智能水表走得飞快，是我家漏水还是表有问题？",
        record_title="新换的智能水表走得飞快，是我家漏水还是表有问题？-民生热线-磐阳生活网论坛",
        date="2025-04-06",
        notes="Discuz-like forum with jammer fonts; a reply from the water company is part of the thread page but only the first post is the body; post time the page date",
        junk=dict(lines=1, glued=1),
        p_html="<p>{}</p>",
        page="""
<html><head><meta charset="utf-8"><title>新换的智能水表走得飞快，是我家漏水还是表有问题？-民生热线-磐阳生活网论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 磐阳生活网论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 磐阳生活网论坛 › 民生热线 › 查看内容⟧</div>
<div class="ts"><h1>⟦t 新换的智能水表走得飞快，是我家漏水还是表有问题？⟧</h1></div>
<div class="authi">⟦m 老城区阿强 发表于 2025-4-6 20:31⟧ ⟦m 查看: 1908|回复: 23⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 支持 12　反对 0　收藏　分享⟧</div>
<div class="sign">⟦l 推荐阅读：城区停水通知汇总帖（持续更新）⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 磐阳生活网 鲁ICP备16020457号⟧</div>
</body></html>
""",
        body="""
上个月小区统一换了智能水表，我家三口人，以前一个月用水八九吨，这个月一下子变成了十七吨。
我把家里水龙头全关了，盯着水表看了十分钟，数字没动，应该不是漏水。
打了供水公司电话，说可以申请校表，但如果校验合格要自己出校验费五十元。
想问问大家，有没有遇到同样情况的？校表到底准不准？
""",
    ),
    dict(
        slug="download-jiexia-script-game-safety-rules-html",
        site="捷下资料站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.jiexiazl.example.com/soft/33817.html",
        title="剧本杀门店消防安全管理制度",
        record_title="剧本杀门店消防安全管理制度.doc下载_捷下资料站",
        date=None,
        notes="old download station: file-info table, three mirror links and a dead-link report; rules speak of 打印/下载 as content; update time is no document date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>剧本杀门店消防安全管理制度.doc下载_捷下资料站</title></head>
<body><table width="980"><tr><td>
<div>⟦m 捷下资料站 - 专注实用文档下载⟧</div>
<div>⟦m 当前位置：首页 → 管理制度 → 安全管理⟧</div>
<table class="info">
<tr><td>⟦m 资料名称：剧本杀门店消防安全管理制度⟧</td></tr>
<tr><td>⟦m 资料大小：31 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-11⟧</td><td>⟦m 下载次数：2670⟧</td></tr>
</table>
<h3>⟦m 资料简介：⟧</h3>
{BODY}
<div class="down">⟦a 电信高速下载⟧ ⟦a 联通高速下载⟧ ⟦a 备用下载地址⟧</div>
<div>⟦a 下载地址失效？点此报错⟧</div>
<div>⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧</div>
</td></tr></table></body></html>
""",
        body="""
一、门店负责人为消防安全第一责任人，每月组织一次全员消防培训和疏散演练。
二、剧本房间内不得使用易燃装饰材料，道具中的仿真蜡烛一律使用电子光源。
三、每场游戏开始前，主持人应向玩家说明安全出口位置，并告知紧急情况下可按下房间内的红色呼叫按钮。
四、门店应每日打印消防巡查记录表，巡查人员签字后存档备查，电子台账同步上传至监管平台。
五、员工入职时应下载并学习门店应急预案，经考核合格后方可上岗。
""",
    ),
    dict(
        slug="exam-xiuchuan-forest-ranger-recruit",
        site="岫川县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.xiuchuan.example.gov.cn/kszx/2025/0611/501.html",
        title="岫川县2025年公开招聘黑熊监测巡护员公告",
        record_title="岫川县2025年公开招聘黑熊监测巡护员公告",
        date="2025-06-11",
        record_date="2025-06-11",
        notes="exam site: positions table, exam timetable, print the admission ticket as content, the committee's 咨询电话 beside the site's technical line",
        page="""
!m 岫川县人事考试网
!m 首页　考试公告　报名入口　成绩查询　政策法规
!t 岫川县2025年公开招聘黑熊监测巡护员公告
!m 来源：县人力资源和社会保障局　日期：2025-06-11　字体：[大 中 小]
{BODY}
!m 网站技术支持电话：0744-5239900（仅解答网站使用问题）
!l 相关公告：岫川县2025年事业单位招聘笔试成绩公示
!d 岫川县人力资源和社会保障局 主办　本站信息未经授权不得复制
""",
        body="""
根据工作需要，县林业局决定面向社会公开招聘黑熊监测巡护员，现将有关事项公告如下：
一、招聘岗位
岗位　人数　工作地点
监测巡护员（一）　4名　青岗林区
监测巡护员（二）　3名　石门林区
二、报名条件
具有岫川县户籍，年龄18至40周岁，身体健康，能适应野外工作。
三、考试安排
笔试时间为7月5日上午9:00至11:00，体能测试时间为7月12日。
考生须于7月1日至4日登录本网站下载打印准考证。
咨询电话：0744-5236612（县林业局人事股）
岫川县人力资源和社会保障局
2025年6月11日
""",
    ),
    dict(
        slug="tender-hanshui-yuba-lab-equipment-html",
        site="邗水区公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.hanshui.example.gov.cn/jyxx/zfcg/cggg/20250319/4410.html",
        title="邗水区豆制品质量检测设备采购项目公开招标公告",
        record_title=None,
        date="2025-03-19",
        notes="tender portal with CA hotline; purchaser and agency contacts kept; lots table; title missing from the record",
        page="""
<html><head><meta charset="utf-8"><title>邗水区豆制品质量检测设备采购项目公开招标公告</title></head><body>
<div class="head">⟦m 邗水区公共资源交易中心⟧ ⟦a 用户登录⟧ ⟦a 主体注册⟧</div>
<div class="menu">⟦m 首页 | 交易信息 | 政策法规 | 办事指南 | 诚信体系⟧</div>
<div class="loc">⟦m 您现在的位置：交易信息 > 政府采购 > 采购公告⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 【信息时间：2025-03-19】　【浏览次数：402】⟧</div>
{BODY}
<div class="ca">⟦w CA证书办理及驱动问题请拨打 400-806-1133⟧</div>
<div class="foot">⟦m 邗水区公共资源交易中心 版权所有⟧ ⟦m 苏ICP备20031874号-2⟧</div>
</body></html>
""",
        body="""
项目编号：HSZC2025-0317
一、采购需求
包号　内容　预算金额
1包　蛋白质快速检测仪　28万元
2包　二氧化硫残留检测设备　19万元
二、投标截止时间：2025年4月9日9时30分。
三、联系方式
采购人：邗水区市场监督管理局，联系人：沈明，电话：0514-8762031
代理机构：江淮招标咨询有限公司，联系人：钱晓，电话：0514-8712206
""",
    ),
    dict(
        slug="lawfirm-tangcheng-egg-brand-infringement",
        site="棠城明衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.minghenglaw.example.com/article/2025/0602.html",
        title="使用“棠城皮蛋”字样要注意什么？——地理标志商标合规提示",
        record_title="法律提示丨使用“棠城皮蛋”字样要注意什么？——地理标志商标合规提示",
        date="2025-06-02",
        notes="law-firm page: lawyer card, consultation prompt, not-legal-advice notice; numbered list; date in byline",
        page="""
!m 明衡律师事务所 · 专业 · 诚信 · 高效
!m 首页 / 律所资讯 / 法律提示
!t 使用“棠城皮蛋”字样要注意什么？——地理标志商标合规提示
!m 文｜知识产权部 黄思远律师　2025-06-02
{BODY}
!d 本文仅为一般性法律信息分享，不构成对任何具体事项的法律意见。
!w 业务咨询：0712-2806655（工作日9:00-17:30）
!l 推荐阅读：农产品包装标注的十个常见误区　|　网店使用他人商标的法律风险
""",
        body="""
“棠城皮蛋”地理标志证明商标核准注册后，不少商家来电咨询：自家的皮蛋能不能继续在包装上印“棠城皮蛋”？
根据商标法及相关规定，我们提示如下：
1. 产品产自棠城地理标志保护范围且符合使用管理规则的，可以向商标注册人申请使用。
2. 未经许可在包装、网店标题中使用“棠城皮蛋”字样的，可能构成商标侵权。
3. 已经印制的旧包装，建议在许可取得前暂停使用，避免被投诉下架。
""",
    ),
    dict(
        slug="community-yicheng-maltose-stall-lottery",
        site="漪城古街社区网 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yichengguji.example.cn/news/2025/0520-31.html",
        title="关于古街传统糖艺摊位摇号分配结果的公示",
        record_title="【社区公告】关于古街传统糖艺摊位摇号分配结果的公示",
        date="2025-05-20",
        notes="residents' site with weather widget and app banner; a results table; the community office's contact beside the site's 便民热线",
        page="""
!m 漪城古街社区网　｜　今天 晴 24℃
!a 下载“古街邻里”APP，办事少跑腿
!t 【社区公告】关于古街传统糖艺摊位摇号分配结果的公示
!m 发布：古街社区居委会　2025年05月20日　阅读 566
{BODY}
!m 社区便民热线：96180（24小时）
!l 评论（3）　我要留言
!d 本站信息由社区居委会发布，转载请注明来源
""",
        body="""
根据《古街传统手作摊位分配办法》，5月18日在居民代表监督下对十二个糖艺摊位进行了公开摇号。结果公示如下：
摊位号　经营者　经营品类
A-03　何春生　麦芽糖
A-05　刘小梅　麦芽糖
B-11　陈有福　龙须糖
公示期为5月20日至5月26日。如有异议，请在公示期内向社区居委会书面反映。
联系人：吴娟，电话：0758-2230418
漪城古街社区居委会
2025年5月20日
""",
    ),
    dict(
        slug="association-tangcheng-egg-industry-pledge-html",
        site="棠城市禽蛋产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.tcqdxh.example.org.cn/xhgg/2025/0315/77.html",
        title="棠城市禽蛋产业协会关于禁止使用含铅工艺加工皮蛋的倡议",
        record_title="【协会倡议】棠城市禽蛋产业协会关于禁止使用含铅工艺加工皮蛋的倡议_协会公告_棠城市禽蛋产业协会",
        date="2025-03-15",
        notes="association page with member login and certificate lookup; join button glued after the last paragraph; copyright footer",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】棠城市禽蛋产业协会关于禁止使用含铅工艺加工皮蛋的倡议_协会公告_棠城市禽蛋产业协会</title></head><body>
<div class="top">⟦a 会员登录⟧ ⟦a 会员证书查验⟧ ⟦a 申请入会⟧</div>
<div class="logo">⟦m 棠城市禽蛋产业协会 TANGCHENG EGG INDUSTRY ASSOCIATION⟧</div>
<div class="nav">⟦m 协会简介 · 协会公告 · 行业动态 · 会员单位 · 联系我们⟧</div>
<h1>⟦t 棠城市禽蛋产业协会关于禁止使用含铅工艺加工皮蛋的倡议⟧</h1>
<div class="info">⟦m 发布日期：2025-03-15　来源：协会秘书处⟧</div>
{BODY}
<div class="side">⟦l 协会公告⟧ ⟦l · 关于召开第三届会员大会的通知⟧ ⟦l · 2024年度优秀会员单位名单⟧</div>
<div class="foot">⟦d ©2025 棠城市禽蛋产业协会 版权所有⟧ ⟦m 秘书处电话：0712-2311509⟧</div>
</body></html>
""",
        body="""
全体会员单位：
传统皮蛋加工中曾使用黄丹粉等含铅物质，长期食用对人体健康有害。为维护“棠城皮蛋”品牌声誉，协会倡议：
一、全面使用无铅工艺，以硫酸铜、硫酸锌等合规辅料替代含铅物质。
二、每批次产品送第三方检测机构检测铅含量，检测报告存档两年。
三、在产品包装上标注“无铅工艺”字样，接受消费者和社会监督。⟦a 我要入会⟧
棠城市禽蛋产业协会
2025年3月15日
""",
    ),
    dict(
        slug="corp-luxi-okra-brand-news",
        site="蒗溪农业发展集团官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lxny.example.com/news/company/2025-08-30.html",
        title="集团秋葵首次出口日本",
        record_title="集团秋葵首次出口日本 - 蒗溪农业发展集团",
        date="2025-08-30",
        notes="firm's news page: product nav, the title glued to the lead, photo caption, online store button; 服务热线 footer",
        page="""
!m 蒗溪农业发展集团 | 从田间到餐桌
!m 走进集团　新闻中心　产品中心　基地展示　人才招聘　联系我们
!m 新闻中心 > 集团新闻
!m 2025-08-30　浏览次数：277
{BODY}
!a 进入官方商城选购
!l 上一篇：集团召开上半年经营分析会　下一篇：蒗溪秋葵入选省级区域公用品牌
!m 全国服务热线：400-870-2616　地址：蒗溪县工业园区兴农大道8号
!d Copyright © 2025 蒗溪农业发展集团有限公司 版权所有
""",
        body="""
⟦t 集团秋葵首次出口日本⟧8月28日，一辆装载二十吨鲜秋葵的冷藏集装箱车从集团冷链物流园驶出，经青岛港发往日本大阪。这是集团秋葵产品首次进入日本市场。
为达到进口标准，集团今年在三个基地推行统一供种、统一用药、统一检测，全程可追溯。
⟦m 图为工人在冷链物流园装运出口秋葵。⟧
集团负责人表示，下一步将扩大出口基地面积，带动更多农户增收。
""",
    ),
    dict(
        slug="training-rongping-guide-course-cordyceps",
        site="榕坪高原向导培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.rpgaoyuan.example.com/zsjz/2025-03.html",
        title="2025年高原采集季安全向导培训班招生简章",
        record_title="2025年高原采集季安全向导培训班招生简章｜榕坪高原向导培训学校",
        date="2025-03-10",
        notes="training school: price tag, trial form, testimonial between paragraphs; course table; the school's own 报名电话 beside a consultant's WeChat",
        page="""
<html><head><meta charset="utf-8"><title>2025年高原采集季安全向导培训班招生简章｜榕坪高原向导培训学校</title></head><body>
<div class="hd">⟦m 榕坪高原向导培训学校⟧ ⟦m 持证上岗 · 安全第一⟧</div>
<div class="nav">⟦m 学校介绍 | 课程设置 | 师资团队 | 学员风采 | 在线报名⟧</div>
<h1>⟦t 2025年高原采集季安全向导培训班招生简章⟧</h1>
<p class="meta">⟦m 发布于：2025-03-10　阅读：1093⟧</p>
{BODY}
<div class="price">⟦a 限时优惠 ￥1280 立即抢报⟧</div>
<div class="form">⟦a 免费试听：姓名＿＿ 电话＿＿ 提交⟧</div>
<div class="wx">⟦w 课程顾问微信：rpxd_2025（备注“向导”）⟧</div>
<footer>⟦m 藏ICP备18000725号⟧ ⟦d 版权所有 © 榕坪高原向导培训学校⟧</footer>
</body></html>
""",
        body="""
每年五六月，上万名采集人员进山采挖虫草，高原反应、迷路、落石等事故时有发生。为培养一批懂安全、会急救的高原向导，我校开设本期培训班。
课程　学时　内容
高原急救　16　高原反应识别、吸氧、止血包扎
野外导航　12　地图判读、卫星定位设备使用
生态保护　8　采挖规范、回填草皮
⟦l 学员说：“学完急救课，去年在山上救了一个高反的老乡。”——2024届学员 扎西⟧
培训时间：4月7日至4月18日，全程封闭式教学，结业考核合格者颁发培训证书。
报名电话：0894-5823117（学校教务处）
""",
    ),
    dict(
        slug="fanwenapp-jimo-summary-transmitter-station",
        site="即墨写作 (a writing app, invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.jimoxiezuo.example.com/share/art/93018227",
        title="广播电视发射台2024年安全播出工作总结",
        record_title="广播电视发射台2024年安全播出工作总结（精选版）",
        date="2025-01-06",
        notes="writing-app share page: open-in-app bar, AI-rewrite button glued before a paragraph, member lock line inside the body, Chinese-numeral signature date",
        page="""
!a 打开即墨写作APP，阅读体验更佳　　立即打开
!t 广播电视发射台2024年安全播出工作总结（精选版）
!m 即墨写作 · 工作总结频道　｜　1.6万人已读
{BODY}
!a 剩余内容仅对会员开放　　开通会员 ¥9.9/月
!l 相关范文：发射台值班员个人述职报告　广播电视安全播出应急预案
!d 本范文由平台作者创作，仅供参考学习
""",
        body="""
2024年，我台认真贯彻安全播出各项要求，全年累计播出时间八千七百六十小时，停播率为零。
一是强化值班值守。严格执行“三人一班、双人值机”制度，重要保障期实行领导带班。
⟦a 一键AI改写本段⟧二是加强设备维护。全年完成发射机季度检修四次，更换老化馈线二百米，对铁塔进行防雷检测两次。
⟦a 会员可查看完整范文及同类三篇⟧
三是做好应急演练。组织断电、火灾、雨雪冰冻等应急演练六次，值机人员应急处置能力明显提升。
磐石山广播电视发射台
二〇二五年一月六日
""",
    ),
    dict(
        slug="gkforum-shenlun-black-bear-material",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-61220-1-1.html",
        title="人与野生动物冲突治理：琴岭经验",
        record_title="[申论素材] 人与野生动物冲突治理：琴岭经验（附金句）- 申论交流 - 上岸公考论坛",
        date="2025-09-15",
        notes="exam forum: course advert on a line of its own inside the body; forum junk; floor meta; post time as the page date",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 › 申论交流 › 素材积累
!t [申论素材] 人与野生动物冲突治理：琴岭经验（附金句）
!m 楼主：申论小灯　｜　发表于 2025-09-15 12:40　｜　回复 55　｜　查看 4480
{BODY}
!l 金句：让人退一步，让熊进一步，人与自然才能各得其所。（可用于生态类大作文结尾）
!l 回复可见本帖配套范文
!a 【本帖已加入精华】收藏　分享
!m 上岸公考论坛 - 陪你上岸　沪ICP备21019077号
""",
        body="""
近年来，随着生态环境持续改善，琴岭县黑熊种群数量逐步恢复，人熊冲突随之增多。
该县的做法主要有三点：一是建立预警体系，在村口安装红外预警广播；二是推行野生动物致害保险，由财政全额出资为农户投保；三是调整产业布局，在林缘地带改种黑熊不喜食的作物。
⟦a 申论高分班9月15日开课，名师带你拆解百道真题，报名戳主页⟧
这一经验说明，生态保护和群众利益并非对立，关键在于用制度化手段化解矛盾。
""",
    ),
]
