"""holdout28, part C: a lock-trade association, a mineral-water company, an electricians' training
school, a 范文 app's reading mode, an exam forum's practice post, a 户籍 encyclopaedia, a teaching
group's cloud-drive share, a snapshot of a weather-modification page, a print view of a navigation
office's notice, a forwarded mail, an evening paper and a diabolo lovers' forum. Everything invented; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="locksmith-association-pledge-html",
        site="楸阳市开锁行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qyksxh.example.org.cn/xhdt/2025/0315/66.html",
        title="关于规范开锁服务 守护群众安全的倡议书",
        record_title="【协会倡议】关于规范开锁服务 守护群众安全的倡议书",
        date="2025-03-15",
        notes="an association site: a decorated title; member-query and join buttons; a numbered list; the association's own 监督电话 in the text beside its office line in the footer; a friend-links box",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范开锁服务 守护群众安全的倡议书</title></head>
<body>
<div class="top">⟦a 会员查询⟧ ⟦a 申请入会⟧ ⟦a 证书验证⟧</div>
<div class="logo">⟦m 楸阳市开锁行业协会　诚信开锁　安全万家⟧</div>
<div class="nav">⟦m 首页 协会简介 行业动态 会员单位 技能培训 联系我们⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 稿件来源：协会秘书处　发布：2025/3/15　阅读 377⟧</div>
{BODY}
<div class="links">⟦l 友情链接：市公安局　市市场监管局　全国锁具行业信息网⟧</div>
<div class="foot">⟦m 协会办公室电话：0738-6630501⟧ ⟦m 湘ICP备2021033071号⟧</div>
</body></html>
""",
        body="""
全市开锁行业从业单位和从业人员：
开锁服务关系群众生命财产安全，为进一步规范行业秩序，市开锁行业协会发出如下倡议。
1.依法备案经营。开锁企业须在公安机关备案，从业人员持证上岗。
2.严格核验身份。开锁前必须核验求助人身份证件和房屋权属证明，并做好登记。
3.明码标价服务。在显著位置公示收费标准，不得以低价揽客后临时加价。
群众发现违规开锁行为，可拨打协会监督电话0738-6630599举报。
楸阳市开锁行业协会
2025年3月15日
""",
    ),
    dict(
        slug="mineral-water-recall-corporate-html",
        site="芪洲山泉饮品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qizhoushanquan.example.com/news/notice/2025-08-02.html",
        title="关于主动召回部分批次550ml饮用天然矿泉水的公告",
        record_title="关于主动召回部分批次550ml饮用天然矿泉水的公告 | 芪洲山泉",
        date="2025-08-02",
        record_date="2025-08-02",
        notes="a corporate site: the company's customer line in the text (content) beside an online-shop button and a sales hotline in the header; a batch table; a body sentence telling buyers to scan the bottle cap code (content)",
        page="""
<html><head><meta charset="utf-8"><title>关于主动召回部分批次550ml饮用天然矿泉水的公告 | 芪洲山泉</title></head>
<body>
<header><div>⟦m 芪洲山泉　源自深山的好水⟧</div><div>⟦m 招商热线 400-633-8800⟧</div><div>⟦a 官方商城⟧</div></header>
<nav>⟦m 关于我们 / 产品中心 / 水源地 / 新闻动态 / 招贤纳士⟧</nav>
<section>
<h1>{T}</h1>
<div class="date">⟦m 新闻动态 · 2025-08-02⟧</div>
{BODY}
</section>
<div class="share">⟦l 分享：微信 / 微博⟧</div>
<footer>⟦d ©2025 芪洲山泉饮品有限公司⟧ ⟦m 赣ICP备2023004512号⟧</footer>
</body></html>
""",
        body="""
我公司在例行抽检中发现，部分批次550ml饮用天然矿泉水标签生产日期喷码模糊，为保障消费者权益，决定主动召回以下批次产品。
生产日期　批号　数量
2025年7月12日　QZ250712A　1.2万箱
2025年7月13日　QZ250713B　0.8万箱
消费者可扫描瓶盖内二维码核对批号，凡属召回批次的，可到原购买网点免费调换。
召回咨询电话：0796-8125550。
由此给消费者带来的不便，我们深表歉意。
芪洲山泉饮品有限公司
2025年8月2日
""",
    ),
    dict(
        slug="electrician-school-enrolment-brochure",
        site="楸阳安泰职业培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="text",
        source="https://www.antaipeixun.example.com/zs/2025/dg.html",
        title="2025年低压电工作业特种作业操作证培训招生简章",
        record_title="2025年低压电工作业特种作业操作证培训招生简章（包教包会）- 安泰培训",
        date=None,
        notes="a training school: a decorated title; a course table; the school's 报名电话 in the text beside a floating 400 line; a limited-offer banner glued after a sentence; a course-schedule placeholder 20××年 kept; no date",
        page="""
!m 安泰职业培训学校　·　政府定点培训机构
!m 首页 | 特种作业 | 职业技能 | 在线报名 | 证书查询
!t 2025年低压电工作业特种作业操作证培训招生简章
!w 招生咨询 400-091-3366　微信同号
{BODY}
!a 立即在线报名　→
!l 热门课程：焊工证　高处作业证　叉车证
!d 学校保留本简章最终解释权。
""",
        body="""
根据特种作业人员安全技术培训考核管理规定，我校面向社会招收低压电工作业培训学员。
一、培训对象：年满十八周岁、初中及以上学历、身体健康的人员。
二、培训内容
科目　学时
安全技术理论　40
实际操作训练　40
三、取证：培训结束后参加应急管理部门组织的考试，合格者取得特种作业操作证。⟦a 本月报名立减200元，名额有限⟧
四、开班时间：每月一期，具体以报名后通知为准，通知格式为“20××年×月×日开班”。
报名电话：0738-6618720，报名地址：楸阳市工业大道18号。
""",
    ),
    dict(
        slug="fanwen-app-reading-mode-work-plan",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://m.xiezuobao.example.com/share/article?id=7720315",
        title="2025年社区托育服务点工作计划",
        record_title="2025年社区托育服务点工作计划（可编辑可修改）",
        date=None,
        notes="a 范文 app's reading mode: a decorated title; AI-rewrite and copy buttons; a 'continue in the app' box on a line of its own inside the body; a 'vip only' line at the end; no date",
        page="""
!m 写作宝 | 阅读模式
!t 2025年社区托育服务点工作计划（可编辑可修改）
!m 字数 486　｜　已有 2.3万 人参考
!a AI帮我改写　一键复制　存到我的文档
{BODY}
!a 开通写作宝SVIP，解锁全部范文与AI写作
!l 相关推荐：社区托育点年度总结　托育机构安全管理制度
""",
        body="""
为满足辖区婴幼儿家庭的托育需求，社区托育服务点今年将重点做好以下工作。
一、扩大服务供给。新增普惠托位二十个，开设半日托和临时托服务。
二、提升保育质量。每季度组织保育人员培训一次，落实晨午检和全日健康观察制度。
⟦a 打开写作宝APP，阅读全文更流畅⟧
三、加强家园共育。每月举办一次育儿讲座，建立家长意见反馈机制。
四、确保安全运行。定期开展消防演练，严格执行食品留样和接送登记制度。
""",
    ),
    dict(
        slug="exam-forum-practice-interview-answer",
        site="稳上岸公考社区 (invented)",
        style="公考论坛",
        genre="答题范文",
        kind="other",
        form="text",
        source="https://www.wenshangan.example.com/forum/post/55102",
        title="事业单位综合应用能力案例分析题练习：乡镇如何做好农村供水工作",
        record_title="[综应练习] 事业单位综合应用能力案例分析题练习：乡镇如何做好农村供水工作",
        date="2025-03-28",
        junk=dict(lines=1, glued=2),
        notes="an exam forum post: a tag prefix; post time as the page's date; forum junk glued after 。 and one line of its own; replies and a points reward row",
        page="""
!m 稳上岸公考社区 » 综合应用能力 » 练习打卡
!t [综应练习] 事业单位综合应用能力案例分析题练习：乡镇如何做好农村供水工作
!m 打卡人：柞湾备考生　｜　发帖时间：2025-03-28 23:05　｜　回复 6
{BODY}
!l 沙发 @上岸星人：思路清晰，第三点可以再展开一点
!l 板凳 @柳岸：收藏学习
!a 打赏积分　｜　举报　｜　只看该作者
""",
        body="""
材料反映的问题主要有三个：一是部分村庄供水管网老化，二是水费收缴难，三是水质检测不到位。
针对这些问题，乡镇可以从以下几方面着手。
第一，加快管网改造。积极争取农村供水保障项目资金，优先改造漏损严重的老旧管网。
第二，完善管护机制。推行县级统管、乡镇监管、村级协管的模式，合理核定水价，提高水费收缴率。
第三，强化水质保障。定期开展水源地巡查和水质检测，检测结果在村务公开栏公示。
""",
    ),
    dict(
        slug="hukou-encyclopedia-entry-html",
        site="政务百科 (invented)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="html",
        source="https://baike.zhengwu.example.com/entry/投靠落户",
        title="投靠落户",
        record_title="投靠落户_政务百科",
        date=None,
        notes="an encyclopaedia entry: edit and cite actions, a contents box, an example sentence with a date inside it (no date), references and a 'entry created' stamp",
        page="""
<html><head><meta charset="utf-8"><title>投靠落户_政务百科</title></head>
<body>
<div class="hd">⟦m 政务百科 · 办事知识一站查⟧ <input placeholder="搜索词条"> ⟦a 搜索词条⟧</div>
<div class="entry">
<h1>{T}</h1>
<div class="tools">⟦a 编辑　引用本词条　收藏⟧</div>
<div class="toc">⟦l 目录 1 定义 2 类型 3 办理流程⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1.户口登记条例 2.各地户籍管理规定⟧</div>
<div class="stamp">⟦m 词条创建者：政务小编　创建于 2021-06-11　最近编辑 2025-02-02⟧</div>
</div>
<div class="foot">⟦d 词条内容仅供参考，如需办理请以户籍窗口告知为准⟧</div>
</body></html>
""",
        body="""
投靠落户是指公民因投靠配偶、父母、子女等直系亲属，申请将户口迁入亲属户籍所在地的户口迁移类型。
常见的类型有夫妻投靠、父母投靠子女和子女投靠父母三种。
办理时，申请人一般向迁入地派出所户籍窗口提出申请，经审核同意后开具准予迁入证明。
例如，某市规定“2024年1月1日起，父母投靠子女不再设年龄限制”，具体应以当地最新政策为准。
""",
    ),
    dict(
        slug="teaching-group-netdisk-share-speech",
        site="云栈网盘 (invented)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://pan.yunzhan.example.com/s/9QmLk2vXa",
        title="在县中小学校园足球联赛开幕式上的致辞",
        record_title="在县中小学校园足球联赛开幕式上的致辞.wps",
        date="2025-04-12",
        notes="a cloud-drive share: file-name title with .wps; a share validity line and an extraction code; the date under the title; a speaker line (neutral); save/report buttons",
        page="""
!m 云栈网盘 · 文件分享
!t 在县中小学校园足球联赛开幕式上的致辞.wps
!m 分享人：葶川体育组　｜　过期时间：7天后　｜　大小 21KB
!a 保存到云栈　下载(需登录)　投诉
!m 提取码 8h3w
县教育体育局局长　廖文斌
（2025年4月12日）
{BODY}
!a 在线预览仅支持前3页
!d 分享内容由用户提供，云栈网盘不对其合法性负责。
""",
        body="""
老师们、同学们：
春风送暖，绿茵逐梦。今天，2025年葶川县中小学校园足球联赛在这里隆重开幕。
本届联赛共有三十二支代表队、五百余名运动员参赛，是历届规模最大的一次。
希望运动员们赛出风格、赛出水平，裁判员们公正执法，全体工作人员热情服务。
预祝本届联赛圆满成功！
""",
    ),
    dict(
        slug="snapshot-weather-office-frame-html",
        site="搜索快照 of 苁岭县人工影响天气办公室 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.example-search.com/cache?u=clrgyx.example.gov.cn/tz/0611",
        title="关于人工增雨作业期间注意安全的公告",
        record_title=None,
        date="2025-06-11",
        notes="a search-cache frame above the original page: a snapshot banner with a save time (no date) and highlighted words; the original page's header, byline and footer inside; title missing",
        page="""
<html><head><meta charset="utf-8"><title>苁岭县人工影响天气办公室 - 快照</title></head>
<body>
<div class="snap">⟦d 您查看的是网页快照，抓取于 2025-06-19 03:41，原网页可能已变化。⟧ ⟦a 查看原网页⟧</div>
<div class="snap">⟦d 已为您标亮的关键词：人工增雨 作业⟧</div>
<div class="orig">
<div class="hd">⟦m 苁岭县人工影响天气办公室⟧</div>
<h3>{T}</h3>
<div class="by">⟦m 发布时间：2025-06-11　文章来源：本站⟧</div>
{BODY}
<div class="ft">⟦m 主办单位：苁岭县气象局　电话：0719-5520121⟧</div>
</div>
</body></html>
""",
        body="""
近期我县旱情持续，根据天气条件，县人工影响天气办公室将于6月12日至6月20日择机开展人工增雨作业。
作业期间，作业点周边将有火箭弹发射，请群众不要进入作业区域，不要围观。
如发现未爆炸的弹体残骸，请勿触碰，立即拨打0719-5520119报告。
苁岭县人工影响天气办公室
2025年6月11日
""",
    ),
    dict(
        slug="print-view-nav-mark-notice-html",
        site="葶川航标处 (invented)",
        style="打印页",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.tchbc.example.gov.cn/print.aspx?id=3021",
        title="关于葶川港区航标调整的航行通告",
        record_title="打印 | 关于葶川港区航标调整的航行通告",
        date="2025-09-01",
        notes="a print view: print/close buttons, the page's URL and a print stamp (no date), a print footer 页码 1 / 1; an indicator table of buoy positions; a document number (neutral)",
        page="""
<html><head><meta charset="utf-8"><title>打印 | 关于葶川港区航标调整的航行通告</title></head>
<body onload="window.print()">
<div class="noprint">⟦a [ 立即打印 ]　[ 关闭窗口 ]⟧</div>
<div>⟦m 葶川航标处 门户网站⟧</div>
<h2>{T}</h2>
<p>葶航通〔2025〕17号</p>
{BODY}
<hr><p>⟦m 原文链接：http://www.tchbc.example.gov.cn/tzgg/3021.html⟧</p>
<p>⟦m 打印于 2025-09-03 15:22:08⟧</p>
<p>⟦p 页码 1 / 1⟧</p>
</body></html>
""",
        body="""
因港区航道疏浚工程需要，我处定于2025年9月5日起调整葶川港区部分航标，现通告如下。
航标名称　原位置　新位置
葶川港1号浮标　北纬24°12.30′　北纬24°12.42′
葶川港3号浮标　北纬24°11.86′　北纬24°11.95′
过往船舶请注意瞭望，谨慎驾驶，以调整后的航标位置为准。
葶川航标处
2025年9月1日
""",
    ),
    dict(
        slug="forwarded-mail-mushroom-training",
        site="芪洲企业邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.qizhou-ag.example.com/read?mid=ZH2025031800412",
        title="关于举办食用菌栽培技术培训班的通知",
        record_title="Fwd: 关于举办食用菌栽培技术培训班的通知",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="a forwarded mail: Fwd: prefix; mail headers (发件人/收件人/时间) as chrome; the mail's own attachment header with file sizes beside the notice's own 附件 list; the sender's signature and a mail-client footer",
        page="""
!m 发件人：农技推广站<njz@qizhou-ag.example.com>
!m 收件人：各乡镇农技员
!m 时间：2025年3月19日（星期三）上午9:12
!m 主题：Fwd: 关于举办食用菌栽培技术培训班的通知
!m 附件：报名表.xlsx（18KB）
!l -------- 转发的邮件 --------
{BODY}
!m 芪洲市农业技术推广站　综合科　小罗
!d 此邮件由企业邮箱发送，如您不是收件人，请删除并告知发件人。
""",
        body="""
各乡镇农业综合服务中心：
为推广食用菌标准化栽培技术，市农业技术推广站定于3月27日至28日举办食用菌栽培技术培训班。
一、培训内容：菌棒制作、出菇管理、病虫害绿色防控。
二、参训人员：各乡镇农技员一名，食用菌种植大户二至三名。
三、请于3月24日前将报名表发送至邮箱njz@qizhou-ag.example.com。
附件：培训班报名表
芪洲市农业技术推广站
2025年3月18日
""",
    ),
    dict(
        slug="evening-paper-bamboo-festival-news",
        site="楸阳晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qiuyangwb.example.cn/news/2025-11/08/content_77102.htm",
        title="楸阳首届竹文化节开幕",
        record_title="楸阳首届竹文化节开幕-楸阳晚报网",
        date="2025-11-08",
        notes="a news page: the title also the first words of the lead (title label head); a date-and-source line; a photo caption and an editor line glued after the last sentence; a 'more news' list",
        page="""
!m 楸阳晚报网　楸阳人的晚间读物
!m 首页 > 城事 > 正文
!t 楸阳首届竹文化节开幕
!m 2025-11-08 18:26　来源：楸阳晚报　作者：辛小苇
{BODY}
!l 更多城事>>
!l · 城区三条道路完成提质改造
!l · 秋冬季供暖准备工作启动
!d 楸阳晚报网版权所有，转载须注明出处。
""",
        body="""
楸阳首届竹文化节开幕。11月8日上午，首届竹文化节在城南竹海景区开幕，来自各地的游客和竹产业企业代表三千余人参加。
本届文化节为期五天，设置竹编技艺展、竹产品展销、竹林徒步等十余项活动。
⟦m 竹编艺人现场展示技艺。辛小苇 摄⟧
开幕式上，七家竹产业企业现场签约，签约金额达四点二亿元。⟦m 编辑：柯蓁⟧
""",
    ),
    dict(
        slug="hobby-forum-diabolo-meet-plan-markers",
        site="楸阳空竹爱好者论坛 (invented)",
        style="论坛",
        genre="方案",
        kind="plan",
        form="text",
        source="https://bbs.qykongzhu.example.com/thread-3381-1-1.html",
        title="2025年楸阳空竹邀请赛活动方案",
        record_title="2025年楸阳空竹邀请赛活动方案 - 赛事活动 - 楸阳空竹爱好者论坛",
        date="2025-08-30",
        pages=dict(fmt="⁅{n}⁆", every=140, start=2, glue=True),
        notes="a forum post of a scanned document: converter markers ⁅2⁆ glued to the continuation cut sentences; the plan's own numbered list; a 印发 date; relative reply times",
        page="""
!m 楸阳空竹爱好者论坛 › 赛事活动
!t 2025年楸阳空竹邀请赛活动方案
!m 飞得高　发表于 昨天 20:31　楼主
!m （以下为扫描件转文字，可能有错字）
{BODY}
!l 回复　2小时前　抖空竹的老李：报名！
!a 登录后可下载扫描原件
""",
        body="""
为丰富群众文化体育生活，弘扬传统空竹文化，楸阳市空竹协会定于2025年9月20日在滨江公园举办空竹邀请赛。
一、参赛对象：市内外空竹爱好者，以个人或团队名义报名。
二、比赛项目：单轴空竹、双轴空竹、集体空竹和创意空竹四个项目，每个项目设一、二、三等奖。
三、安全要求：比赛场地远离机动车道，表演区与观众区设置隔离带，参赛者须服从裁判和安保人员指挥。
四、报名方式：即日起至9月10日，通过协会办公室现场报名。
楸阳市空竹协会
2025年8月30日
""",
    ),
]
