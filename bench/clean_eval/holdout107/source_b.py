"""holdout107, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (two each). Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-xuecheng-html-thangka-painter-insight",
        site="雪城画室手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://xuechenghs.example.blog/2024/08/thangka-mineral-pigments.html",
        title="跟师学唐卡矿物颜料研磨的心得",
        record_title="跟师学唐卡矿物颜料研磨的心得 | 雪城画室手记",
        date="2024-08-21",
        notes="WordPress-like blog: tag cloud, archive, comment form; bracketed time in the post header; a follow prompt glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>跟师学唐卡矿物颜料研磨的心得 | 雪城画室手记</title></head><body>
<header><h2 class="site">⟦m 雪城画室手记⟧</h2><p>⟦m 一笔一画，慢慢来⟧</p><nav>⟦m 首页 · 画室日常 · 颜料笔记 · 关于我⟧</nav></header>
<article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2024-08-21 20:36] 分类：颜料笔记 ⟧ ⟦m 阅读(391)⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：唐卡 矿物颜料 手工⟧</div></article>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年8月 (5)⟧</li><li>⟦l 2024年7月 (3)⟧</li></ul><h4>⟦l 标签云⟧</h4><p>⟦l 勾线 晕染 画布 金粉⟧</p></aside>
<section id="respond">⟦l 发表评论⟧ ⟦l 昵称（必填）⟧ ⟦l 提交⟧</section>
<footer>⟦d © 2024 雪城画室手记 · 原创内容，转载请注明⟧</footer>
</body></html>
""",
        body="""
跟着多吉老师学唐卡已经半年，这个月终于轮到学研磨颜料。
老师说，矿物颜料好不好，七分在研磨。石青、石绿要先用清水淘洗，再放进乳钵里一圈一圈地磨，一次只能磨一小勺。
我第一次磨了整整一个下午，手腕酸得抬不起来，颜色还是发灰。老师看了说是水加多了，颗粒没沉下去。⟦w 想一起学画的朋友可以关注公众号“雪城画室”⟧
后来我学会了分层漂洗，把粗、中、细三种颗粒分开收，同一种石头就能得到深浅不同的三种颜色。
这件事让我明白，慢工才出细活，急是磨不出好颜色的。
""",
    ),
    dict(
        slug="blog-tianmu-text-water-bamboo-grower-plan",
        site="田亩笔记 (invented)",
        style="博客",
        genre="工作计划",
        kind="plan",
        form="text",
        source="http://tianmubiji.example.com/post/3381",
        title="2025年茭白种植计划",
        record_title="【种植日志】2025年茭白种植计划 - 田亩笔记",
        date="2025-02-10",
        notes="personal blog of a grower; decorated title; byline date in brackets; a numbered list and a cost table kept; a previous/next row and a reward button",
        indent="    ",
        page="""
!m 田亩笔记 —— 一个返乡种田人的记录
!t 【种植日志】2025年茭白种植计划
!m （2025-02-10 07:55）　分类：种植日志　评论(6)
{BODY}
!a 觉得有用就打赏一杯茶钱吧
!l « 上一篇：去年茭白卖价复盘　|　下一篇：给茭白田放水的那一天 »
!m 本博客地址：tianmubiji.example.com
""",
        body="""
去年试种了八亩茭白，今年打算扩大到十五亩，先把计划写下来。
1. 品种：双季茭为主，留两亩种单季茭做对比。
2. 时间：三月上旬分墩定植，五月追肥，夏茭六月采收，秋茭十月采收。
3. 用工：农忙时请村里四位大姐帮忙采收，工钱按斤计算。
项目　预算（元）
种苗　6000
肥料　9000
人工　18000
今年最想解决的是销路，准备跟镇上两家饭店签订单，再试试在网上卖。
""",
    ),
    dict(
        slug="wechat-yanhua-html-rock-art-volunteers-initiative",
        site="岩画守护者 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://mp.weixinmirror.example.com/s/Yh7kPq2rT0",
        title="守护千年岩画倡议书",
        record_title="守护千年岩画倡议书",
        date="2025-04-12",
        date_also=["2025-04-13"],
        notes="WeChat mirror: account name, original mark, reward and 往期推荐; 成文日期 under the signature differs from the account date (accepted); a sentence about sharing kept in the body",
        p_html='<section><p style="text-indent:2em;">{}</p></section>',
        page="""
<html><head><meta charset="utf-8"><title>守护千年岩画倡议书</title></head><body>
<div class="rich_media"><h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创⟧ ⟦m 岩画守护者⟧ ⟦m 2025-04-13 08:00⟧ ⟦m 发表于宁夏⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者⟧ ⟦a 赞赏⟧</div>
<div class="tool">⟦a 阅读原文⟧ ⟦a 分享⟧ ⟦a 点赞⟧ ⟦a 在看⟧</div>
<div class="rec"><p>⟦l 往期推荐⟧</p><p>⟦l 跟着志愿者巡山的一天⟧</p><p>⟦l 岩画上的羊为什么都朝东⟧</p></div>
<div class="qr">⟦a 长按识别二维码关注我们⟧</div></div>
</body></html>
""",
        body="""
各位朋友：
砺山东麓的岩画，记录了远古先民狩猎、放牧和祭祀的生活，是我们共同的文化遗产。
近年来，个别游客在岩画上刻字、涂抹、拓印，造成了难以修复的损害。为此，我们向社会发出如下倡议：
一、只看不摸。参观时与岩画保持一米以上距离，不攀爬、不刻画、不私自拓印。
二、文明拍照。不使用闪光灯，不为拍照移动石块。
三、主动劝阻。发现破坏行为，请及时劝阻并拨打保护站电话0951-6681120。
也欢迎大家把这份倡议分享给身边的朋友，让更多人加入守护者的行列。
岩画守护者志愿服务队
2025年4月12日
""",
    ),
    dict(
        slug="wechat-qinling-text-golden-monkey-monitor-oneline",
        site="秦岭生灵 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://wxmirror.example.net/a/qinlingsl/20241203",
        title="金丝猴监测队完成冬季种群调查",
        record_title=None,
        date="2024-12-03",
        notes="mirror text with the whole body on one line; no record title; account header with date; 在看 and 阅读原文 at the bottom",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 秦岭生灵
!m 微信号：qinling_shengling
{T}
!m 秦岭生灵　2024年12月03日 18:20
{BODY}
!a 阅读原文　　在看　　分享
!l 推荐阅读：冬季巡护装备清单
""",
        body="""
11月中旬至12月初，保护区金丝猴监测队分三组进入高山针阔混交林，开展冬季种群调查。
调查共记录金丝猴群体五个，个体约四百一十只，比去年同期增加二十余只，新生幼猴数量明显增多。
监测队队长申鹏说，今年松萝等冬季食物较为充足，猴群活动范围比往年向低海拔方向扩展了约两公里。
下一步，监测队将结合红外相机数据，进一步摸清各猴群的家域范围。
""",
    ),
    dict(
        slug="docshare-duoyun-text-utility-tunnel-rules-markers",
        site="朵云文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.duoyundoc.example.com/p-71633052.html",
        title="城市综合管廊日常巡检管理制度",
        record_title="城市综合管廊日常巡检管理制度（可编辑word版）",
        date=None,
        notes="sharing page; decorated title; page markers ⸨2⸩ glued or not; upload notice; articles that speak of 打印 and 下载 kept; no date (upload stamp only)",
        pages=dict(fmt="⸨{n}⸩", every=130, start=2, glue="mix"),
        page="""
!m 朵云文档 · 分享有价值的文档
!t 城市综合管廊日常巡检管理制度（可编辑word版）
!m 上传人：管廊运维小陈　2025-01-22上传　格式：DOCX　页数：3
!d 声明：本文档由用户上传，朵云文档仅提供信息存储空间，不拥有所有权。
{BODY}
!a 下载本文档需要 5 朵云币　|　加入VIP免费下载
!l 相关文档：管廊有限空间作业安全规程　地下管线应急预案
""",
        body="""
第一条　为规范综合管廊日常巡检工作，保障管廊及入廊管线安全运行，制定本制度。
第二条　管廊巡检分为日常巡检、专项巡检和应急巡检。日常巡检每天不少于一次，汛期和重大活动期间每天不少于两次。
第三条　巡检人员进入管廊前，应检测氧气、有毒气体浓度，确认通风系统正常后方可进入。
第四条　巡检人员应使用巡检终端逐点打卡，巡检记录每日下载归档，每月打印汇总后报运维部。
第五条　发现渗漏水、支架锈蚀、管线异常等情况，应拍照记录并立即上报。
第六条　本制度由运维部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-xinjian-html-water-chestnut-request-docx",
        site="新笺文档分享 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://share.xinjian.example.cn/file/a7c2e09.html",
        title="关于申请荸荠产业扶持资金的请示",
        record_title="关于申请荸荠产业扶持资金的请示.docx",
        date="2024-10-28",
        notes="file-name title; sharing page with file info, upload notice and a 举报 link; 联系人/电话 of the request kept; date in the document",
        page="""
<html><head><meta charset="utf-8"><title>关于申请荸荠产业扶持资金的请示.docx - 新笺文档分享</title></head><body>
<div class="head">⟦m 新笺文档分享⟧ <span>⟦a 上传文档⟧</span> <span>⟦a 登录⟧</span></div>
<h2 class="fname">⟦t 关于申请荸荠产业扶持资金的请示.docx⟧</h2>
<ul class="finfo"><li>⟦m 大小：26.4KB⟧</li><li>⟦m 分享时间：2025-03-02⟧</li><li>⟦m 下载次数：57⟧</li></ul>
<div class="preview">
{BODY}
</div>
<div class="ops"><a>⟦a 免费下载⟧</a> <a>⟦a 转存到我的空间⟧</a> <a>⟦a 举报⟧</a></div>
<p class="notice">⟦d 文档来源于网友分享，如有侵权请联系 jubao@xinjian.example.cn 删除⟧</p>
</body></html>
""",
        body="""
县农业农村局：
我镇种植荸荠已有三十余年，现有种植面积四千二百亩，年产量约一万吨，是全镇农民增收的主要产业。目前存在良种退化、清洗分级设备缺乏等问题。
为推动荸荠产业提质增效，我镇拟实施荸荠脱毒种苗繁育和产地初加工项目，总投资一百八十万元，现申请县级产业扶持资金六十万元。
妥否，请批示。
联系人：黄振　电话：13707453318
砺阳镇人民政府
2024年10月28日
""",
    ),
    dict(
        slug="edu-shuoyuan-html-bronze-drum-class-notice",
        site="硕原县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.shuoyuan.example.gov.cn/tzgg/2025/0303/1451.html",
        title="关于开展中小学铜鼓进校园活动的通知",
        record_title="关于开展中小学铜鼓进校园活动的通知-硕原县教育体育局",
        date="2025-03-03",
        notes="education portal; document number neutral; a schedule table; 联系人/电话/邮箱 of the notice kept while the site's 咨询 line and a 微信 QR box are chrome; 附件",
        page="""
<html><head><meta charset="utf-8"><title>关于开展中小学铜鼓进校园活动的通知-硕原县教育体育局</title></head><body>
<div class="banner">⟦m 硕原县教育体育局⟧ ⟦m 立德树人　办人民满意教育⟧</div>
<ul class="menu"><li>⟦m 机构概况⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 办事服务⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 » 通知公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-03-03　发布者：艺体股　访问量：842⟧</div>
<p class="wh">硕教体〔2025〕21号</p>
<div class="text">
{BODY}
</div>
<div class="side">⟦w 教育咨询热线：0776-5230000⟧ ⟦a 微信扫一扫关注“硕原教育”⟧</div>
<div class="copy">⟦d 版权所有 © 硕原县教育体育局 未经许可不得复制⟧</div>
</body></html>
""",
        body="""
各乡镇中心校、县直各学校：
铜鼓是我县壮族群众世代相传的民族乐器。为传承民族文化，经研究，决定在全县中小学开展铜鼓进校园活动，现将有关事项通知如下。
一、每所学校至少组建一支铜鼓队，每周安排不少于两课时训练。
二、县文化馆派出铜鼓艺人分片指导，具体安排如下：
片区　指导时间　指导老师
城关片　每周二下午　韦达山
东乡片　每周四下午　蓝秀梅
三、六月中旬举办全县中小学铜鼓展演，各校报名表请于五月底前报送。
联系人：覃丽　电话：0776-5231127　邮箱：sy_jtyg@example.cn
附件：铜鼓展演报名表
硕原县教育体育局
2025年3月3日
""",
    ),
    dict(
        slug="edu-weilan-text-diaolou-study-trip-plan",
        site="微澜教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.weilanedu.example.com/yanxue/2024/0918/775.html",
        title="碉楼村落研学实践活动方案",
        record_title="碉楼村落研学实践活动方案（附行程表）_微澜教育网",
        date="2024-09-18",
        notes="teacher-resource site; decorated title; an itinerary table; a safety list; the site's ad line between paragraphs; a login prompt to see the teaching plan",
        indent="\u3000\u3000",
        gap=True,
        page="""
!m 微澜教育网 > 研学旅行 > 活动方案
!t 碉楼村落研学实践活动方案（附行程表）
!m 作者：砺阳市第三中学 邝晴　日期：2024-09-18
{BODY}
!a 登录后可查看配套教案及课件
!l 推荐：古村落研学任务单设计　研学安全责任书范本
""",
        body="""
一、活动目的。让学生走进碉楼村落，了解侨乡历史和建筑特点，培养动手调查和合作探究能力。
二、活动对象。八年级全体学生，约三百二十人，分八个小组。
三、活动行程。
时间　内容　地点
8:00-9:30　乘车前往　学校至塘口村
9:30-11:30　测绘碉楼、访谈村民　塘口村碉楼群
13:30-15:00　成果汇报　村文化室
⟦a 本站研学方案合集，会员一键下载⟧
四、安全要求。严禁攀爬碉楼外墙；各小组由一名教师全程带队；随队配备急救包和校医。
砺阳市第三中学
2024年9月18日
""",
    ),
    dict(
        slug="oa-jinwei-html-security-company-minutes",
        site="金卫保安服务公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jinwei.example.local/doc/view?id=20250214-07",
        title="2025年第一季度安全工作例会纪要",
        record_title="内部公文-2025年第一季度安全工作例会纪要",
        date="2025-02-14",
        notes="intranet document view: user bar, watermark, 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines kept; the meeting date is the date",
        page="""
<html><head><meta charset="utf-8"><title>内部公文-2025年第一季度安全工作例会纪要</title></head><body>
<div class="userbar">⟦m 欢迎您，队务部 刘强⟧ ⟦a 退出⟧ ⟦m 待办(3)⟧</div>
<div class="nav">⟦m 金卫协同办公平台 / 公文管理 / 会议纪要⟧</div>
<div class="wm">⟦d 内部资料 严禁外传 刘强 0214⟧</div>
<h2>{T}</h2>
<div class="doc">
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr><tr><td>⟦m 2025-02-15 09:12 总经理办公室 拟稿⟧</td></tr><tr><td>⟦m 2025-02-15 14:30 总经理 签发⟧</td></tr></table>
<div class="read">⟦m 已阅 41 人　未阅 6 人⟧</div>
</body></html>
""",
        body="""
时间：2025年2月14日上午9时
地点：公司三楼会议室
主持：副总经理 范毅
参会：各驻勤点队长、队务部、培训部负责人
记录：刘强
一、会议通报了春节期间各驻勤点执勤情况，全公司未发生责任事故，客户满意率百分之九十八。
二、会议要求各驻勤点三月底前完成消防器材和对讲设备检查，缺损的列出清单报队务部。
三、会议决定，第一季度组织全员消防技能复训，每名保安员实操考核不少于一次。
""",
    ),
    dict(
        slug="oa-shiling-text-granite-quarry-dust-plan",
        site="石岭石材集团OA (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://oa.shilingstone.example.local/wf/form/88214",
        title="花岗岩矿山扬尘治理工作方案",
        record_title="花岗岩矿山扬尘治理工作方案.doc",
        date="2025-03-20",
        notes="OA export with an approval trail after the text; file-name title; decimal headings 2.1; approval opinions and export stamp are chrome; 抄送 line kept",
        page="""
!m 石岭石材集团协同办公系统　导出时间：2025-03-25 16:08
!m 流程编号：WF-2025-0321-014　拟稿部门：安全环保部
!t 花岗岩矿山扬尘治理工作方案.doc
{BODY}
!m 审批意见：安全环保部 王浩：同意。2025-03-21
!m 审批意见：总经理 陶建业：同意，按方案执行。2025-03-22
!d 本文件为公司内部资料，未经许可不得外传
""",
        body="""
1 目标
到2025年6月底，矿区及运输道路降尘量较去年同期下降百分之三十，周边村民投诉明显减少。
2 主要措施
2.1 采掘面实行湿法作业，爆破前后喷雾降尘。
2.2 矿区道路全部硬化，每日洒水不少于四次，出口设置车辆冲洗平台。
2.3 碎石车间全封闭，安装布袋除尘设备。
3 责任分工
安全环保部牵头，各矿区负责落实，财务部保障资金。
抄送：集团各矿区、财务部
石岭石材集团有限公司
2025年3月20日
""",
    ),
]
