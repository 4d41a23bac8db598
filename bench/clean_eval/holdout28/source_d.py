"""holdout28, part D: a weather-modification technician's blog, a children's hospital account, a
sharing site's tunnel-company minutes, an education-equipment centre, a tyre maker's OA, a Q&A on
sample 请示, a retired bamboo-researcher's collection, a general-aviation company's Party branch, a
children's hospital notice, a university IT office, a county forum with jammer fonts and a download
site. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="weather-tech-blog-field-notes",
        site="云端作业手记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://yunduan.example-blog.com/2025/10/12/summary.html",
        title="今年防雹季的几点小结",
        record_title="今年防雹季的几点小结 | 云端作业手记",
        date="2025-10-12",
        notes="a technician's blog: '| blog' in the record; the post line 'posted @' is the page's date; tag cloud, archive and a subscribe box; a 关注 sentence in the body (content)",
        page="""
!m 云端作业手记 —— 一名人影作业员的日常
!t 今年防雹季的几点小结
!m posted @ 2025-10-12 22:40　阅读(98)　评论(2)　编辑
{BODY}
!l 标签云：人工影响天气　防雹　高炮　安全
!l 文章归档　2025年10月 (2)　2025年9月 (5)
!a 订阅本博客（RSS）
!d © 云端作业手记　转载请保留链接
""",
        body="""
今年防雹季从四月持续到九月，我所在的三号作业点共实施防雹作业十一次，作业区内没有出现大的雹灾。
第一点体会，雷达回波要盯紧。强对流来得快，提前半小时做好准备，作业才有把握。
第二点体会，空域申请要规范。每次作业前都要按程序申请，批复后才能打，这是底线。
第三点体会，安全永远第一。弹药出库、装填、射击，每一步都要两人核对。
县气象局的公众号会发布每次作业的信息，欢迎乡亲们关注，也请大家作业时远离作业点。
""",
    ),
    dict(
        slug="childrens-hospital-account-mirror-html",
        site="微信文章存档站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wxarchive.example.org/a/8dK2pq1Lz",
        title="暑期儿童近视防控门诊开诊啦",
        record_title="暑期儿童近视防控门诊开诊啦",
        date="2025-07-01",
        notes="an archived account article: record title as is; an account line with a date; reward/like rows; a QR-scan sentence for booking (content); the clinic's own 咨询电话 beside the mirror's contact e-mail",
        page="""
<html><head><meta charset="utf-8"><title>暑期儿童近视防控门诊开诊啦</title></head>
<body>
<div class="arch">⟦m 微信文章存档 · 收录 312 万篇⟧ ⟦a 查看原文⟧</div>
<h1>{T}</h1>
<p class="acct">⟦m 原创　蘼原市儿童医院　2025-07-01 08:00⟧</p>
<p>⟦a ↑ 点击蓝字 关注我们 ↑⟧</p>
{BODY}
<p>⟦m 来源：眼科　｜　编辑：小蘼⟧</p>
<div class="bar">⟦l 赞赏　｜　分享　｜　收藏　｜　点赞 57　｜　在读 12⟧</div>
<div class="foot">⟦m 存档站联系：admin@wxarchive.example.org⟧ ⟦d 本站仅作存档备份，内容版权归原作者⟧</div>
</body></html>
""",
        body="""
暑假到了，孩子们看屏幕的时间明显增多，为帮助家长做好孩子近视防控，我院眼科自7月1日起开设暑期儿童近视防控门诊。
门诊时间：周一至周六全天，周日上午。
服务内容：视力筛查、散瞳验光、眼轴测量、建立屈光发育档案。
家长可扫描下方二维码预约，也可拨打眼科咨询电话0731-8893202。
温馨提示：每天户外活动两小时，是预防近视最经济有效的办法。
""",
    ),
    dict(
        slug="sharing-tunnel-minutes-docx",
        site="文档驿站 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.wendangyizhan.example.com/doc/44120871.html",
        title="城市综合管廊防汛工作专题会议纪要",
        record_title="城市综合管廊防汛工作专题会议纪要.docx",
        date="2025-05-29",
        date_also=["2025-05-27"],
        notes="a sharing page: file-name title; minutes with 时间/地点/主持/参会/记录 lines; 印发 date expected, meeting date also accepted; 抄送 line; a download-credit line and an upload notice",
        page="""
!m 文档驿站　｜　你的在线文档库
!t 城市综合管廊防汛工作专题会议纪要.docx
!m 上传者：管廊小白　｜　2页　｜　下载需 2 驿币
!a 下载文档　收藏　分享到微信
{BODY}
!d 文档由用户上传并分享，驿站仅提供信息存储空间，如有侵权请提交投诉。
!l 你可能感兴趣：管廊运维管理制度　城市防汛应急预案
""",
        body="""
时间：2025年5月27日上午9时
地点：公司三楼会议室
主持：公司总经理谢卫东
参会：公司班子成员，运维部、安全部、工程部负责人
记录：吕萍
会议听取了运维部关于管廊防汛准备工作的汇报，研究部署了今年汛期防汛工作。
一、6月10日前完成全部排水泵站的检修，备用电源逐台试运行。
二、各投料口、通风口加装防倒灌挡板，并纳入日常巡检。
三、汛期实行二十四小时值班和领导带班制度。
抄送：市住建局，市城管局。
棂江城市管廊公司综合部　　2025年5月29日印发
""",
    ),
    dict(
        slug="edu-equipment-centre-lab-notice-html",
        site="枥阳县教育装备中心 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zbzx.liyang.example.edu.cn/tzgg/2025/0902/81.html",
        title="关于开展中小学实验室安全检查的通知",
        record_title="关于开展中小学实验室安全检查的通知_装备中心",
        date="2025-09-02",
        notes="an education equipment centre: byline; decimal headings 2.1/2.2; a checklist table; the centre's own 联系电话; a font-size row and a visitor counter in the footer",
        page="""
<html><head><meta charset="utf-8"><title>关于开展中小学实验室安全检查的通知_装备中心</title></head>
<body>
<div class="head">⟦m 枥阳县教育技术装备中心⟧ ⟦m 服务教学　保障装备⟧</div>
<div class="nav">⟦m 首页 > 通知公告⟧</div>
<div class="art">
<h3>{T}</h3>
<div class="info">⟦m 发布者：装备中心　发布于 2025-09-02　浏览 189⟧ ⟦a 〖字体：大 中 小〗⟧</div>
{BODY}
</div>
<div class="foot">⟦m 您是第 00041722 位访问者⟧ ⟦m 赣ICP备17006633号-2⟧</div>
</body></html>
""",
        body="""
各中小学校：
为消除实验室安全隐患，县教育装备中心决定于9月中旬开展中小学实验室安全检查。
1.检查内容
1.1 危险化学品的采购、存放、领用和处置情况。
1.2 实验室水电、通风、消防设施运行情况。
2.检查安排
学段　检查时间
初中　9月15日至17日
高中　9月18日至19日
3.请各校先行自查，并于9月12日前报送自查表，联系电话：0797-2218321。
枥阳县教育装备中心
2025年9月2日
""",
    ),
    dict(
        slug="tyre-maker-oa-quality-report",
        site="柞湾轮胎OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.zuowantyre.example.com/doc/read.jsp?docid=90112",
        title="关于三季度成品轮胎外观质量问题的整改报告",
        record_title=None,
        date="2025-10-09",
        notes="an OA export: title missing, found after the document number; 签发人 and 文号 neutral; approval trail and read receipts; a watermark line; 抄送 line",
        page="""
!m 柞湾轮胎股份有限公司　协同办公系统
!m 公文 > 收文 > 阅办
柞轮质〔2025〕22号　　签发人：傅成章
{T}
{BODY}
!l 【审批意见】质量总监 任伟：同意，按计划推进。2025-10-10
!l 【阅读记录】已阅 23 人　未阅 4 人
!d 本文件为公司内部资料，仅限内部传阅
""",
        body="""
公司领导：
三季度，成品轮胎外观质量抽检合格率为百分之九十八点一，较二季度下降零点六个百分点，主要问题是胎侧缺胶和气泡。
经分析，原因一是硫化模具清洗周期偏长，二是部分胎坯停放时间超标。
整改措施如下：
1.模具清洗周期由每月一次调整为每半月一次。
2.胎坯停放实行看板管理，超时胎坯一律返工。
3.加强质检员培训，每周通报一次外观缺陷。
质量管理部
2025年10月9日
抄送：生产部，设备部。
""",
    ),
    dict(
        slug="qa-sample-request-answer-placeholder",
        site="办公小百问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.bangongbaiwen.example.com/question/661203",
        title="请示和报告的区别是什么？能给个请示的例子吗？",
        record_title="请示和报告的区别是什么？能给个请示的例子吗？急！！",
        date=None,
        notes="a Q&A: a question with 急！！ as the record title; a sample 请示 with 20××年×月×日 (a placeholder, no date); an answer's relative time (no date); vote buttons and a follow-question prompt",
        page="""
!m 办公小百问
!t 请示和报告的区别是什么？能给个请示的例子吗？
!m 匿名用户　提问于 5天前　｜　关注 42
!m 采纳答案　｜　笔杆子老周　答于 4天前
{BODY}
!a 赞同 211　反对 3　｜　关注问题　写回答
!l 相关问题：函和请示能不能互相代替？
""",
        body="""
请示用于向上级机关请求指示、批准，必须一文一事，需要上级批复；报告用于向上级汇报工作、反映情况，不需要批复。
请示的写法示例如下：
关于购置公务用车的请示
县机关事务服务中心：
因我单位现有公务用车使用年限已满十五年，故障频发，拟购置新能源公务用车一辆，所需资金从本单位预算中列支。
妥否，请批示。
某某单位
20××年×月×日
记住一条：请示在前，事情还没办；报告在后，事情已经办了或正在办。
""",
    ),
    dict(
        slug="bamboo-researcher-collection-essay",
        site="篁边集 (invented)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.huangbianji.example.net/juan1/07.html",
        title="檫川毛竹低产林成因调查",
        record_title="《篁边集》卷一·第7篇｜檫川毛竹低产林成因调查",
        date="1998-11-20",
        wrap=60,
        indent="　　",
        notes="a retired researcher's collection: a volume decoration; hard-wrapped at 60 columns; 成文日期 in Chinese numerals (一九九八年); a compiling note and chapter nav as chrome",
        page="""
!m 篁边集　——一位竹林研究者的旧文
!m 卷一　调查与报告
!t 檫川毛竹低产林成因调查
{BODY}
!m 〔编者按〕本文原载县林业科技通讯，录入时订正了个别错字。
!l ← 第6篇　｜　目录　｜　第8篇 →
""",
        body="""
毛竹是檫川山区群众的重要经济来源，但全县毛竹林平均立竹量偏低，低产林面积约占三成，为此我们对五个乡的竹林进行了调查。
调查发现，低产的原因主要有三条：一是长期只砍不养，竹林结构失调；二是挖笋过度，新竹留养不足；三是林地从不施肥，土壤肥力下降。
针对上述原因，我们建议推行劈草松土、合理留笋养竹、测土施肥等措施，用三到五年时间逐步改造低产竹林。
檫川县林业科学研究所　孔令篁
一九九八年十一月二十日
""",
    ),
    dict(
        slug="aviation-party-branch-theme-day-html",
        site="芪洲通航党建在线 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://dj.qizhou-ga.example.com/zbjs/2025/0408/52.html",
        title="飞行部党支部2025年4月主题党日活动方案",
        record_title="飞行部党支部2025年4月主题党日活动方案-支部建设-芪洲通航党建在线",
        date="2025-04-08",
        pages=dict(fmt="⧼{n}⧽", every=160, start=2),
        notes="a company Party site with a page-marker paragraph ⧼2⧽ cutting a sentence (a converted document); byline; numbered items; a study-app ad and a 'sign in to study' button",
        page="""
<html><head><meta charset="utf-8"><title>飞行部党支部2025年4月主题党日活动方案-支部建设-芪洲通航党建在线</title></head>
<body>
<div class="banner">⟦m 芪洲通航党建在线　红色引擎　蓝天先锋⟧</div>
<div class="nav">⟦m 首页 | 党建要闻 | 支部建设 | 学习园地 | 先锋风采⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="by">⟦m 供稿：飞行部党支部　日期：2025-04-08⟧</div>
{BODY}
</div>
<div class="side">⟦a 登录学习平台，记录学习积分⟧ ⟦l 最新动态：机务部党支部开展安全承诺活动⟧</div>
<div class="ft">⟦d 芪洲通用航空有限公司党委主办⟧</div>
</body></html>
""",
        body="""
为深入开展党纪学习教育，结合飞行部实际，支部决定于4月中旬开展主题党日活动，方案如下。
一、活动主题：守纪律、保安全、当先锋。
二、活动时间：2025年4月16日下午。
三、活动内容：一是重温入党誓词；二是集中学习党纪处分条例有关内容；三是开展飞行安全案例警示教育，由机长代表讲述一次特情处置经过。
四、有关要求：全体党员按时参加，因飞行任务不能参加的，会后由支部委员补学。
飞行部党支部
2025年4月8日
""",
    ),
    dict(
        slug="childrens-hospital-volunteer-recruit",
        site="蘼原市儿童医院 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.mysetyy.example.com/zyz/2025/0520.html",
        title="蘼原市儿童医院招募暑期医务社工志愿者公告",
        record_title="【志愿服务】蘼原市儿童医院招募暑期医务社工志愿者公告",
        date="2025-05-20",
        notes="a hospital page: a column tag in the title; the social-work department's 报名电话 and e-mail beside the hospital's 24-hour line; a qualification list; a 'share to friends' row",
        page="""
!m 蘼原市儿童医院　用心守护每一个孩子
!m 24小时服务热线：0731-8893000
!m 首页 ＞ 志愿服务 ＞ 招募公告
!t 【志愿服务】蘼原市儿童医院招募暑期医务社工志愿者公告
!m 日期：2025-05-20　访问量：733
{BODY}
!l 分享给好友：微信　QQ　微博
!m 蘼原市儿童医院 版权所有　技术支持：医信科技
""",
        body="""
为丰富住院患儿的暑期生活，我院面向社会招募暑期医务社工志愿者。
一、招募对象：年满十八周岁的在校大学生，社会工作、教育、心理学专业优先。
二、服务内容：病房陪伴、游戏辅导、就医引导。
三、服务时间：7月1日至8月31日，每人每周服务不少于两个半天。
报名电话：0731-8893156，报名邮箱：sgb@mysetyy.example.com。
蘼原市儿童医院社工部
2025年5月20日
""",
    ),
    dict(
        slug="university-it-office-password-notice-html",
        site="楸阳学院网络与信息中心 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://nic.qiuyang.example.edu.cn/info/1011/2208.htm",
        title="关于统一身份认证系统密码强度升级的通知",
        record_title=None,
        date="2025-02-24",
        notes="a university IT office: title missing; a body telling users to 登录 and 下载 an app (content) beside chrome login links; a service-hall phone in the text beside the site's 报修 line; a 404-style quick link box",
        page="""
<html><head><meta charset="utf-8"><title>网络与信息中心</title></head>
<body>
<header>⟦m 楸阳学院　网络与信息中心⟧ ⟦a 统一身份认证登录⟧ ⟦a 校园VPN⟧</header>
<nav>⟦m 首页 · 中心概况 · 服务指南 · 通知公告 · 常见问题⟧</nav>
<div class="main">
<h2>{T}</h2>
<div class="by">⟦m 发布者：网络与信息中心　时间：2025-02-24　浏览：4021⟧</div>
{BODY}
</div>
<aside>⟦l 常用服务：校园网缴费　邮箱申请　正版软件⟧</aside>
<footer>⟦m 故障报修：0738-6601888⟧ ⟦d © 楸阳学院网络与信息中心⟧</footer>
</body></html>
""",
        body="""
全校师生：
为提升校园信息系统安全水平，学校将于2025年3月3日起升级统一身份认证系统密码强度要求。
一、新密码须不少于十位，包含大小写字母、数字和特殊字符中的三种。
二、请师生于3月3日前登录统一身份认证平台修改密码，并下载“楸阳学院”APP绑定手机。
三、如有疑问，请到信息化服务大厅咨询，电话：0738-6601200。
网络与信息中心
2025年2月24日
""",
    ),
    dict(
        slug="county-forum-jammer-supply-stop-html",
        site="蓓城在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.beichengzx.example.com/forum.php?mod=viewthread&tid=130227",
        title="关于蓓城县城南片区农村供水管网改造停水的通知",
        record_title="关于蓓城县城南片区农村供水管网改造停水的通知 - 民生资讯 - 蓓城在线",
        date="2025-06-03",
        junk=dict(lines=1, glued=2),
        notes="a Discuz-like forum with jammer fonts (junk glued after 。 and on its own); post time as publish line; the water station's own 服务电话 in the text; a signature and reply box",
        page="""
<html><head><meta charset="gbk"><title>关于蓓城县城南片区农村供水管网改造停水的通知 - 民生资讯 - 蓓城在线</title></head>
<body>
<div id="hd">⟦m 蓓城在线 › 民生资讯 › 查看内容⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 楼主 蓓城水务小编 UID 20391 主题 88⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-6-3 16:12 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 有事请私信，看到必回⟧</div>
</td></tr></table>
<div class="reply">⟦l 高级模式 | B Color Image Link Quote Code Smilies⟧ ⟦a 发表回复⟧</div>
<div id="ft">⟦d Powered by Discuz! X3.4 © 2001-2025⟧</div>
</body></html>
""",
        body="""
因城南片区农村供水管网改造工程施工，县农村供水总站定于6月6日8时至20时对城南片区停止供水。
停水范围：城南社区、枫林村、石桥村、新塘村。
请用户提前做好储水准备，停水期间请关闭水龙头，避免来水后造成损失。
如遇延时供水，将另行通知，服务电话：0745-5266117。
蓓城县农村供水总站
2025年6月3日
""",
    ),
    dict(
        slug="download-site-contingency-plan-wps",
        site="蓝鲸范本下载 (invented)",
        style="资料下载站",
        genre="预案",
        kind="plan",
        form="text",
        source="https://www.lanjingfb.example.com/down/88201.html",
        title="城市综合管廊突发事件应急预案",
        record_title="城市综合管廊突发事件应急预案.wps",
        date=None,
        notes="a download site: file-name title; a file-info block, speed-download buttons, a 'points needed' notice and an 'unzip password' line; decimal headings; no date",
        page="""
!m 蓝鲸范本下载 - 免费下载各类办公范本
!m 当前位置：首页 → 应急预案 → 城建类
!t 城市综合管廊突发事件应急预案.wps
!m 文件大小：66KB　授权：免费　更新：2025-04-18　下载：1302
!a 高速下载　普通下载　迅雷下载
{BODY}
!m 解压密码：www.lanjingfb.example.com
!d 本站资源仅供学习研究，请于下载后24小时内删除。
""",
        body="""
1 总则
1.1 为及时、有效处置城市综合管廊内发生的突发事件，最大限度减少人员伤亡和财产损失，制定本预案。
1.2 本预案适用于管廊内火灾、进水、有毒有害气体泄漏和管线事故等突发事件的应急处置。
2 组织机构
公司成立应急指挥部，总经理任总指挥，分管运维的副总经理任副总指挥。
3 应急响应
监控中心发现异常后，立即通知巡检人员现场核实，并按事件等级启动相应响应。
""",
    ),
]
