"""holdout90, part E (blind; invented)."""

CASES = [
    dict(
        slug="dangjian-curtain-factory-branch-summary",
        site="纺城党建在线 (invented)", style="党建网", genre="工作总结", kind="summary", form="text",
        source="http://dj.fangcheng.example.gov.cn/jcdj/2025/1210/661.html",
        title="锦帘窗饰公司党支部2025年党建工作总结",
        record_title="【两新党建】锦帘窗饰公司党支部2025年党建工作总结",
        date="2025-12-10",
        notes="Party site; 来源 line; learning-platform button glued between paragraphs",
        page="""
!m 纺城党建在线　凝心聚力 共建共享
!m 当前位置：基层党建 > 两新组织
{T}
!m 来源：县委两新工委　日期：2025-12-10　阅读：77
{BODY}
!l 相关链接：全县两新组织党建工作推进会召开
!d 纺城党建在线 版权所有
""",
        body="""
今年，公司党支部紧扣生产经营抓党建，把支部建在车间、把党员放在一线。
一是开展“党员先锋岗”活动，设立先锋岗十二个，党员带头攻克遮光面料色差难题。
⟦a 点击进入学习平台 ›⟧
二是坚持“三会一课”，全年组织主题党日十二次，发展入党积极分子三名。
三是结合企业实际开展关爱职工活动，为困难职工送去慰问金两万余元。
中共锦帘窗饰有限公司支部委员会
2025年12月10日
""",
    ),
    dict(
        slug="hospital-carpet-mite-allergy-text",
        site="毯乡市人民医院 (invented)", style="医院官网", genre="科普", kind="other", form="text",
        source="https://www.txsrmyy.example.cn/jkkp/2025/02/0218.html",
        title="地毯工人如何预防尘螨过敏",
        record_title="健康科普｜地毯工人如何预防尘螨过敏",
        date="2025-02-18",
        notes="hospital department consult line kept vs appointment chrome",
        page="""
!m 毯乡市人民医院　健康科普
!m 发布科室：变态反应科　2025-02-18
{T}
{BODY}
!m 微信预约挂号：关注“毯乡市人民医院”服务号
!a ［分享］［收藏］
""",
        body="""
地毯织造车间羊毛纤维和灰尘多，尘螨过敏是工人中常见的职业性问题。
预防要做到三点：车间保持通风，坚持佩戴防尘口罩；工作服每天更换清洗；出现打喷嚏、皮肤瘙痒要及时就诊。
变态反应科门诊咨询电话：0476-8320115
""",
    ),
    dict(
        slug="university-needle-lab-notice-html",
        site="针城理工学院 (invented)", style="高校官网", genre="通知", kind="notice", form="html",
        source="https://www.zclg.example.edu.cn/tzgg/2025/0903.htm",
        title="关于开放精密针具检测实验室的通知",
        record_title=None,
        date="2025-09-03",
        notes="university site; document's email kept; footer address",
        page="""
<html><head><meta charset="utf-8"><title>针城理工学院</title></head><body>
<div class="logo">⟦m 针城理工学院 ZHENCHENG INSTITUTE OF TECHNOLOGY⟧</div>
<div class="nav">⟦m 学院概况 | 教育教学 | 科学研究 | 通知公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布者：机械工程学院　发布时间：2025-09-03　阅读量：233⟧</div>
{BODY}
<div class="foot">⟦m 地址：针城市学院路18号⟧ ⟦d Copyright © 针城理工学院⟧</div>
</body></html>
""",
        body="""
全校师生：
机械工程学院精密针具检测实验室自9月8日起对校内师生开放，可开展针尖锐度、表面粗糙度等检测。
预约方式：发送邮件至 zjlab@zclg.example.edu.cn，写明检测项目和时间。
机械工程学院
2025年9月3日
""",
    ),
    dict(
        slug="localforum-hammock-park-rules-text",
        site="溪口人家论坛 (invented)", style="地方论坛", genre="公告", kind="notice", form="text",
        source="http://www.xikourj.example.com/bbs/t-20771.html",
        title="林荫公园吊床区使用管理规定（试行）",
        record_title="[转] 林荫公园吊床区使用管理规定（试行） - 溪口杂谈 - 溪口人家论坛",
        date="2025-05-01",
        date_also=["2025-05-02"],
        notes="local forum repost; floors; junk; post date differs",
        junk=dict(lines=1, glued=1),
        page="""
!m 溪口人家论坛 › 溪口杂谈
{T}
!m 楼主：林中漫步　发表于 2025-05-02 09:47
{BODY}
!l 沙发　小溪流水：终于有规矩了
!a 回复本帖需要登录
""",
        body="""
第一条　吊床区开放时间为每日7时至19时。
第二条　每人使用吊床不超过一小时，不得在吊床上站立、摇晃嬉闹。
第三条　禁止私自在园内树木上捆绑吊床。
第四条　本规定自2025年5月1日起试行。
林荫公园管理处
2025年5月1日
""",
    ),
    dict(
        slug="download-whistle-factory-quality-report-html",
        site="工厂文档下载中心 (invented)", style="资料下载站", genre="报告", kind="report", form="html",
        source="http://down.gcwd.example.com/file/61023.html",
        title="哨子厂2025年第二季度产品质量分析报告",
        record_title="哨子厂2025年第二季度产品质量分析报告.docx",
        date="2025-07-04",
        notes="download station; mirror links; data table",
        page="""
<html><head><meta charset="gb2312"><title>哨子厂2025年第二季度产品质量分析报告.docx - 工厂文档下载中心</title></head><body>
<table><tr><td>⟦m 工厂文档下载中心⟧</td><td>⟦a 会员中心⟧</td></tr></table>
<table class="fi"><tr><td>⟦m 文件格式：docx⟧</td><td>⟦m 授权方式：免费⟧</td><td>⟦m 下载次数：18⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<p>⟦a 下载点1　下载点2　下载点3⟧</p>
<p>⟦d 本站不保证资料完整性，下载前请仔细核对⟧</p>
</body></html>
""",
        body="""
二季度共生产各类哨子八十六万只，一次交验合格率百分之九十八点二。
品种　产量（万只）　合格率
裁判哨　32　98.6%
救生哨　41　98.0%
儿童哨　13　97.5%
主要问题是救生哨声压不足，已调整气孔加工工艺。
质检科
2025年7月4日
""",
    ),
    dict(
        slug="exam-cymbal-troupe-interview-html",
        site="锣川市人事考试网 (invented)", style="人事考试网", genre="公告", kind="notice", form="html",
        source="http://rsks.luochuan.example.gov.cn/gg/2025/1020.html",
        title="锣川市民间艺术团2025年招聘打击乐演奏员面试公告",
        record_title="锣川市民间艺术团2025年招聘打击乐演奏员面试公告-锣川市人事考试网",
        date="2025-10-20",
        notes="exam site; 面试 timetable; document consult phone kept vs technical line",
        page="""
<html><head><meta charset="utf-8"><title>锣川市民间艺术团2025年招聘打击乐演奏员面试公告-锣川市人事考试网</title></head><body>
<div class="hd">⟦m 锣川市人事考试网⟧</div>
<div class="wz">⟦m 首页 » 考试公告⟧</div>
<h1>{T}</h1>
<div class="sj">⟦m 发布时间：2025-10-20⟧</div>
{BODY}
<div class="tip">⟦m 网站技术咨询：0738-2211906⟧</div>
<div class="ft">⟦m 湘ICP备11002938号⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下。
一、面试内容：铙钹、堂鼓技巧展示及视唱。
二、面试安排
日期　时间　地点
10月28日　8:30　艺术团排练厅
三、考生须携带身份证和面试通知书参加面试。
咨询电话：0738-2350917（艺术团办公室）
""",
    ),
    dict(
        slug="tender-cello-instruments-result-text",
        site="弦城政府采购网 (invented)", style="招投标网", genre="公告", kind="notice", form="text",
        source="http://www.xczfcg.example.gov.cn/zbgg/2025/0822_3.html",
        title="弦城少年宫大提琴乐团乐器采购项目中标结果公告",
        record_title="弦城少年宫大提琴乐团乐器采购项目中标结果公告",
        date="2025-08-22",
        notes="tender result; bid table; print/close chrome",
        page="""
!m 弦城政府采购网
!m 采购公告 > 结果公告
{T}
!m 发布时间：2025年08月22日 15:30
{BODY}
!a 【打印】【关闭】
!l 上一篇：弦城第二中学电脑采购中标公告
""",
        body="""
一、项目编号：XC2025-118
二、中标信息
供应商名称　中标金额（元）
弦城雅韵乐器有限公司　486000
三、公告期限：自本公告发布之日起一个工作日。
采购人：弦城市少年宫　联系电话：0591-8330142
""",
    ),
    dict(
        slug="lawfirm-mandolin-orchestra-letter-html",
        site="明律律师事务所 (invented)", style="律所网站", genre="函", kind="letter", form="html",
        source="https://www.minglv-law.example.com/cases/2025/letter-0611.html",
        title="关于曼陀林乐团演出合同纠纷的律师函",
        record_title="关于曼陀林乐团演出合同纠纷的律师函 | 明律律所",
        date="2025-06-11",
        notes="law firm; disclaimer; consult prompt",
        page="""
<html><head><meta charset="utf-8"><title>关于曼陀林乐团演出合同纠纷的律师函 | 明律律所</title></head><body>
<div class="hd">⟦m 明律律师事务所 · 专业 诚信 高效⟧</div>
<div class="nav">⟦m 首页 / 典型文书⟧</div>
<h1>{T}</h1>
{BODY}
<div class="dc">⟦d 本文书已隐去当事人信息，仅作示例展示⟧</div>
<div class="zx">⟦w 在线咨询律师，点击右下角对话框⟧</div>
</body></html>
""",
        body="""
某某文化传播有限公司：
本所受银铃曼陀林乐团委托，就贵司拖欠演出费事宜致函如下。
双方于2025年3月签订演出合同，约定演出结束后十日内支付演出费六万元，至今贵司仍未支付。
请贵司于收到本函之日起七日内付清款项，否则本所将依法提起诉讼。
明律律师事务所
2025年6月11日
""",
    ),
    dict(
        slug="community-marbles-game-event-text",
        site="桂园社区网 (invented)", style="社区网站", genre="通知", kind="notice", form="text",
        source="http://guiyuan-sq.example.cn/hd/2025/0718.html",
        title="“童年的弹珠”亲子游戏活动报名通知",
        record_title=None,
        date="2025-07-18",
        notes="community site; wrapped; document's own 联系人 kept",
        wrap=64,
        page="""
!m 桂园社区网　邻里一家亲
{T}
!m 发布：社区文体队　2025-07-18
{BODY}
!w 活动群二维码见社区公告栏，或加微信 gy_wenti
!l 往期活动：纳凉晚会
""",
        body="""
为丰富暑期生活，社区定于7月26日上午在中心广场举办“童年的弹珠”亲子游戏活动，设弹珠入洞、弹珠接力等项目。
报名对象为社区6至12岁儿童及家长，限四十组。
联系人：罗阿姨　电话：13807712634
""",
    ),
    dict(
        slug="association-paper-plane-contest-html",
        site="航模纸艺联合会 (invented)", style="行业协会", genre="通知", kind="notice", form="html",
        source="http://www.hmzy.example.org/tz/2025-04.html",
        title="关于举办第二届纸飞机留空时间赛的通知",
        record_title="【赛事通知】关于举办第二届纸飞机留空时间赛的通知",
        date="2025-04-08",
        notes="association; 附件 list; 下载 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>纸艺联合会</title></head><body>
<div class="hd">⟦m 云州市纸艺联合会⟧</div>
<div class="nav">⟦m 首页 | 赛事 | 会员 | 联系我们⟧</div>
<h1>{T}</h1>
{BODY}
<div class="ft">⟦d 云州市纸艺联合会 版权所有⟧ ⟦m 联系邮箱 office@hmzy.example.org⟧</div>
</body></html>
""",
        body="""
各会员单位：
联合会定于5月10日在市体育馆举办第二届纸飞机留空时间赛，分小学组、中学组和成人组。
参赛者须使用A4纸折叠，不得使用胶水和剪刀。请从本会网站下载报名表，填好后于4月30日前报送。
附件：1．竞赛规程
2．报名表
云州市纸艺联合会
2025年4月8日
""",
    ),
]
