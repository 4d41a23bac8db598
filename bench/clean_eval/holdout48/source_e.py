"""holdout48, part E: a loquat (枇杷) growers' co-op and a loquat-paste factory in 杷岭县,
with a township, an exam office, a law firm, a growers' association and a training school.
Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="exam-paling-agritech-recruit-html",
        site="杷岭人才人事网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.plrcrs.example.gov.cn/zkgg/2026/0306/1129.html",
        title="杷岭县2026年公开招聘乡镇农技推广人员公告",
        record_title="【招聘公告】杷岭县2026年公开招聘乡镇农技推广人员公告_杷岭人才人事网",
        date="2026-03-06",
        notes="personnel site: a login box and a floating consult box; the exam committee's 政策咨询 beside the site's technical line; a post table; printing the admission ticket is content; attachment list kept",
        page="""
<html><head><meta charset="utf-8"><title>【招聘公告】杷岭县2026年公开招聘乡镇农技推广人员公告_杷岭人才人事网</title></head><body>
<div class="login">⟦a 考生登录⟧ ⟦a 忘记密码⟧</div>
<div class="logo">⟦m 杷岭人才人事网⟧</div>
<div class="nav">⟦m 首页　考试公告　成绩查询　政策法规　下载专区⟧</div>
<h2>⟦t 杷岭县2026年公开招聘乡镇农技推广人员公告⟧</h2>
<div class="byline">⟦m 发布时间：2026-03-06　阅读次数：3287⟧</div>
{BODY}
<div class="kf">⟦w 报名遇到问题？在线客服为您解答⟧</div>
<div class="foot">⟦m 报名系统技术咨询：0596-7316 0088（工作日）⟧ ⟦m 闽ICP备19004488号⟧</div>
</body></html>
""",
        body="""
根据工作需要，经县委编办、县人社局同意，面向社会公开招聘乡镇农技推广人员12名，现将有关事项公告如下。
一、招聘岗位
岗位代码　岗位名称　人数　专业要求
NJ01　果树栽培　6　园艺、果树学
NJ02　植物保护　4　植物保护
NJ03　农产品加工　2　食品科学与工程
二、报名时间
2026年3月12日9时至3月18日17时，网上报名。
三、笔试
笔试时间另行通知，考生须在考前三天登录本网站打印准考证。
政策咨询电话：0596-7312 2206（县人社局事业单位管理股）。
附件：1.岗位信息表
2.报名登记表
杷岭县人力资源和社会保障局
2026年3月6日
""",
    ),
    dict(
        slug="tender-paling-coldchain-result-html",
        site="杷岭县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zfcg.paling.example.gov.cn/cggg/zbgg/20250529/7713.html",
        title="杷岭县枇杷产地冷链仓储设施建设项目中标结果公告",
        record_title="杷岭县枇杷产地冷链仓储设施建设项目中标结果公告",
        date="2025-05-29",
        record_date="2025-05-29",
        notes="a procurement portal: a bid-result table, a publicity period, buyer and agency contacts kept next to the CA hotline; a 'print/close' row and an expert-system login",
        page="""
<html><head><meta charset="utf-8"><title>杷岭县枇杷产地冷链仓储设施建设项目中标结果公告</title></head><body>
<div class="top">⟦a 供应商登录⟧ ⟦a 专家登录⟧ ⟦a 代理机构登录⟧</div>
<div class="site">⟦m 杷岭县政府采购网⟧</div>
<div class="path">⟦m 首页 / 采购公告 / 中标（成交）结果公告⟧</div>
<h1>⟦t 杷岭县枇杷产地冷链仓储设施建设项目中标结果公告⟧</h1>
<div class="s">⟦m 公告日期：2025年05月29日　浏览：612⟧</div>
{BODY}
<div class="btn">⟦a 打印　|　关闭⟧</div>
<div class="foot">⟦m CA证书业务咨询：400-606-1188⟧ ⟦m 杷岭县财政局主办⟧</div>
</body></html>
""",
        body="""
一、项目编号：PLCG-2025-046
二、中标信息
供应商名称　中标金额　工期
福源冷链工程有限公司　386.4万元　90日历天
三、公告期限
自本公告发布之日起1个工作日。
四、凡对本次公告内容提出询问，请按以下方式联系。
采购人：杷岭县农业农村局，联系人：卓先生，电话：0596-7318 5021。
采购代理机构：闽中招标咨询有限公司，联系人：钟女士，电话：0596-7320 4436。
""",
    ),
    dict(
        slug="law-paling-orchard-lease-answer",
        site="明律在线 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.minglvzx.example.com/zixun/2025/0814-3391.html",
        title="果园承包合同未到期，村里能否收回？",
        record_title="以案说法 | 果园承包合同未到期，村里能否收回？",
        date="2025-08-14",
        notes="a law firm's advice page: lawyer card with a licence number, a free-consult prompt glued after a paragraph, a not-legal-advice notice, a hot list; numbered points kept",
        page="""
!m 明律在线 · 闽杷律师事务所官方网站
!t 果园承包合同未到期，村里能否收回？
!m 解答律师：戴明远　执业证号 13505201510987654　2025-08-14
{BODY}
!d 温馨提示：以上内容仅供参考，具体问题请咨询执业律师。
!l 热门咨询：土地流转纠纷｜宅基地继承｜劳务费拖欠
""",
        body="""
问：我家2019年承包了村里三十亩山地种枇杷，合同签了十五年，现在村里说要收回土地搞开发，这样合法吗？
答：一般情况下，承包合同在有效期内，发包方不得单方收回承包地。⟦w 土地纠纷免费咨询：0596-7333 1213⟧
1.如果因公共利益需要征收土地，应当依法给予补偿，包括地上果树的青苗补偿。
2.如果村里只是想另行发包，又没有法定理由，您有权要求继续履行合同。
3.建议您保留好合同原件和历年缴纳承包费的凭证，必要时可以申请调解或提起诉讼。
""",
    ),
    dict(
        slug="community-paling-harvest-traffic-notice",
        site="杷园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.payuansq.example.cn/gg/2025-05-08.html",
        title="关于枇杷采摘季社区道路临时交通管理的通知",
        record_title=None,
        date="2025-05-08",
        notes="a residents' site text page: no record title (the title repeated at top); a detour table; the community's 24-hour line in the footer beside the document's own duty phone",
        page="""
!m 杷园社区　｜　社区公告
{T}
!m 居委会　2025-05-08　阅读 388
{BODY}
!a 点赞　｜　转发给邻居
!m 社区24小时服务电话：0596-7301 1234
""",
        body="""
各位居民：
枇杷采摘季即将到来，为保障道路畅通和游客安全，5月15日至6月10日期间，社区对部分道路实行临时交通管理。
路段　管理措施
果园路（东段）　周末单向通行
杷园一巷　禁止外来车辆进入
游客车辆请停放在社区东侧临时停车场，步行进入果园。
值班电话：0596-7301 5688（社区治安巡逻队）。
杷园社区居民委员会
2025年5月8日
""",
    ),
    dict(
        slug="association-paling-growers-pledge-html",
        site="杷岭县枇杷产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.plpipaxh.example.org/xhgg/2025/0420.html",
        title="关于规范枇杷采后分级包装的倡议书",
        record_title="【协会倡议】关于规范枇杷采后分级包装的倡议书",
        date="2025-04-20",
        notes="association site: member login, a join button glued after the last sentence, a member-list sidebar, footer; the grading table kept",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范枇杷采后分级包装的倡议书</title></head><body>
<div class="bar">⟦a 会员登录⟧ ⟦a 入会须知⟧</div>
<div class="logo">⟦m 杷岭县枇杷产业协会⟧</div>
<div class="nav">⟦m 协会简介　协会公告　技术服务　品牌推广　会员单位⟧</div>
<h1>⟦t 关于规范枇杷采后分级包装的倡议书⟧</h1>
<div class="info">⟦m 协会秘书处　2025-04-20⟧</div>
<div class="body">
{BODY}
</div>
<div class="side">⟦l 会员风采：福源果业 | 白沙枇杷合作社 | 岭上果园⟧</div>
<div class="foot">⟦d 杷岭县枇杷产业协会 版权所有⟧ ⟦m 地址：杷岭县果城路66号⟧</div>
</body></html>
""",
        body="""
全县枇杷种植户、合作社和经销企业：
为维护“杷岭枇杷”品牌信誉，协会倡议大家按统一标准做好采后分级包装。
等级　单果重　外观要求
特级　50克以上　果面无斑点、无损伤
一级　40克至50克　果面斑点不超过两处
二级　30克至40克　无腐烂、无严重损伤
包装箱上应标明等级、产地和生产者信息，不得混级销售。
让我们共同努力，守护好杷岭枇杷这块金字招牌。⟦a 我要加入协会 >>⟧
""",
    ),
    dict(
        slug="company-paling-paste-recall-html",
        site="福源果业 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.fuyuanguoye.example.com/news/notice/2025-11-14.html",
        title="福源牌枇杷膏部分批次产品主动召回公告",
        record_title="福源牌枇杷膏部分批次产品主动召回公告 - 福源果业",
        date="2025-11-14",
        notes="company site: a cookie bar, shop links, a sales hotline beside the recall line kept; a batch table; a sentence about 扫码 to check the batch is content",
        page="""
<html><head><meta charset="utf-8"><title>福源牌枇杷膏部分批次产品主动召回公告 - 福源果业</title></head><body>
<div class="cookie">⟦a 我们使用Cookie来改善您的体验，继续浏览即表示您同意。［好的］⟧</div>
<div class="hd">⟦m 福源果业 FUYUAN⟧ ⟦m 首页 产品 品质 新闻 联系⟧ ⟦a 官方商城⟧</div>
<h1>⟦t 福源牌枇杷膏部分批次产品主动召回公告⟧</h1>
<div class="d">⟦m 2025-11-14　公司公告⟧</div>
{BODY}
<div class="ft">⟦m 销售热线：400-990-3366⟧ ⟦d © 福源果业有限公司 保留所有权利⟧</div>
</body></html>
""",
        body="""
近日，我公司在自查中发现，部分批次福源牌枇杷膏的标签净含量标注有误，为保障消费者权益，现主动召回以下批次产品。
产品名称　规格　生产批号
福源牌枇杷膏　300克/瓶　20250902A
福源牌枇杷膏　300克/瓶　20250905B
消费者可扫描瓶身二维码核对批号，凡属上述批次的，可到原购买网点办理退货。
召回专线：0596-7355 0101（工作日8:30-17:30）。
福源果业有限公司
2025年11月14日
""",
    ),
    dict(
        slug="training-paling-grafting-course-wrapped",
        site="岭南农技学堂 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.lnnjxt.example.com/course/pipa-jiajie.html",
        title="枇杷嫁接与修剪技术培训方案",
        record_title="【名额有限】枇杷嫁接与修剪技术培训方案（附课程表）",
        date="2025-12-01",
        notes="a training school page hard-wrapped at 60 columns; headings 一、二、 never joined; a paid-course ad between paragraphs; a consult WeChat line; the school's own 报名电话 kept",
        wrap=60,
        page="""
!m 岭南农技学堂 — 学技术，找学堂
!t 【名额有限】枇杷嫁接与修剪技术培训方案（附课程表）
!m 课程中心 > 果树类 > 枇杷　发布：2025-12-01
{BODY}
!w 课程顾问微信：lnnj_kefu08（备注“枇杷”）
!l 学员评价（31）　|　相关课程：柑橘高接换种技术
""",
        body="""
一、培训目的
针对我县枇杷园品种老化、树冠郁闭等问题，组织开展嫁接与修剪技术培训，帮助种植户掌握高接换种和整形修剪的要领，提高果品质量。
二、培训对象
全县枇杷种植户、家庭农场主和合作社技术骨干，每期四十人。
⟦a 【付费精品课】果树病虫害绿色防控全套视频，限时9.9元⟧
三、培训内容
理论课讲授嫁接时期、砧穗选择和修剪原则；实操课在白沙村示范园进行，每名学员至少完成十个嫁接口。
四、报名方式
报名电话：0596-7341 6620，报满为止。
岭南农技学堂
2025年12月1日
""",
    ),
    dict(
        slug="app-paling-coop-report-viplock",
        site="公文宝 APP (invented)",
        style="范文APP",
        genre="报告",
        kind="report",
        form="text",
        source="https://m.gongwenbao-app.example.com/share/doc/551902",
        title="白沙枇杷专业合作社2025年度运营情况报告",
        record_title="白沙枇杷专业合作社2025年度运营情况报告（word可改）",
        date="2026-01-15",
        notes="a writing app share: an app banner, a VIP paywall line between paragraphs, a copy-cost prompt glued after the signature date; a figures table",
        page="""
!a 下载公文宝APP　海量范文随心改
!m 公文宝 | 报告类 | 合作社
!t 白沙枇杷专业合作社2025年度运营情况报告（word可改）
!m 浏览 702 · 收藏 19
{BODY}
!l 猜你想写：合作社年度财务报告｜家庭农场年终总结
""",
        body="""
2025年，白沙枇杷专业合作社在各级部门支持下，克服春季低温影响，实现了稳定经营。
一、主要指标
项目　2024年　2025年
社员户数　86　104
枇杷销量（吨）　420　465
社员分红（万元）　61　73
⟦a 试读结束，开通VIP会员查看全文及下载⟧
二、主要做法
统一农资采购，统一技术标准，统一品牌销售，降低了社员生产成本。
三、明年打算
新建选果包装车间一座，力争销量突破五百吨。
白沙枇杷专业合作社
2026年1月15日⟦a （复制本文需消耗5个金币）⟧
""",
    ),
    dict(
        slug="examforum-paling-interview-question",
        site="公考驿站 (invented)",
        style="公考论坛",
        genre="面试",
        kind="other",
        form="text",
        source="https://www.gkyizhan.example.com/forum/mianshi/t-90117.html",
        title="枇杷丰收却卖不出去，你作为驻村干部怎么办？",
        record_title="[面试真题] 枇杷丰收却卖不出去，你作为驻村干部怎么办？（附答题思路）",
        date=None,
        notes="an exam forum answer thread with forum junk lines; a moderator's highlight label, floors with relative times; no date",
        junk=dict(lines=2, glued=1),
        page="""
!m 公考驿站 » 面试交流 » 结构化真题
!t 枇杷丰收却卖不出去，你作为驻村干部怎么办？
!m 版主推荐　|　驿站小助手　2天前　|　回复 58
{BODY}
!l 本帖被 驿站小助手 设为精华（+20 驿币）
!l 5楼 上岸小杷：思路很清晰，收藏了　3小时前
!a 收藏本帖　|　分享到QQ群
""",
        body="""
【题目】某村今年枇杷大丰收，但由于销售渠道单一，大量枇杷滞销，村民很着急，你作为驻村干部怎么办？
【参考答案】
首先，我会第一时间摸清底数，了解滞销枇杷的数量、品质和分布情况，同时安抚村民情绪。
其次，多渠道拓宽销路，一方面联系县内商超、学校食堂开展产销对接，另一方面组织村里年轻人开展直播带货。
再次，延长产业链，联系县里的枇杷膏加工企业收购次果，减少损失。
最后，做好总结，推动村里成立合作社，建立稳定的销售渠道，避免以后再出现类似问题。
""",
    ),
    dict(
        slug="wiki-paling-loquat-entry-oneline",
        site="百识网 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.baishiwang.example.com/wiki/杷岭枇杷",
        title="杷岭枇杷",
        record_title="杷岭枇杷_百识网",
        date=None,
        notes="an encyclopaedia entry with the body on one line; a year in sentences is not a date; edit and report buttons; a data-source notice and a 'last edited' stamp",
        oneline=True,
        page="""
!m 百识网 > 农业 > 地理标志产品
!t 杷岭枇杷
!a 编辑词条　|　添加义项　|　举报
{BODY}
!m 最后编辑：2天前　|　历史版本 12
!d 百识网词条内容由用户编辑，仅供参考，不构成任何专业建议。
""",
        body="""
杷岭枇杷是福建省杷岭县特产，为全国农产品地理标志产品。
杷岭县种植枇杷历史悠久，县志中已有关于枇杷种植的记载。
杷岭枇杷果形圆正，果肉橙红，汁多味甜，可溶性固形物含量一般在百分之十二以上。
2015年，杷岭枇杷获批农产品地理标志登记保护。
全县枇杷种植面积约六万亩，年产量约四万吨，主要销往华东和华南地区。
""",
    ),
    dict(
        slug="netdisk-paling-frost-plan-preview",
        site="盘盘分享 (invented)",
        style="网盘分享",
        genre="预案",
        kind="plan",
        form="text",
        source="https://www.panpanshare.example.com/s/9f1Qe4Loquat",
        title="杷岭县枇杷冻害防御应急预案",
        record_title="杷岭县枇杷冻害防御应急预案.pdf",
        date="2025-11-25",
        notes="a cloud-drive preview: file-name title, share and expiry stamps, save/download buttons, preview page markers (第n张/共m张, a form of our own) cutting sentences",
        pages=dict(fmt="〔第{n}张/共4张〕", every=130, start=2),
        page="""
!m 盘盘分享　|　文件预览
!m 杷岭县枇杷冻害防御应急预案.pdf　(412KB)
!m 分享于 2025-12-28　过期时间：7天后
!a [保存到网盘]　[高速下载]
{BODY}
!a 预览结束，完整文件请保存后查看
!d 如发现分享内容侵权，请通过举报通道反馈
""",
        body="""
一、总则
为有效防御低温冻害，减轻枇杷生产损失，结合我县实际，制定本预案。
二、预警分级
根据气象部门预报，冻害预警分为三级：日最低气温降至零下一摄氏度为三级，零下三摄氏度为二级，零下五摄氏度以下为一级。
三、防御措施
收到预警后，各乡镇要组织果农采取果穗套袋、树盘覆盖、熏烟增温等措施，重点保护幼果。
四、灾后补救
冻害发生后，及时剪除冻死果穗，加强肥水管理，恢复树势。
杷岭县农业农村局
2025年11月25日
""",
    ),
    dict(
        slug="snapshot-paling-town-meeting-html",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://snapshot.kuaisou.example.net/page?url=www.baisha-town.example.gov.cn%2Fxxgk%2F2025%2F0612.html",
        title="白沙镇枇杷产业推进会会议纪要",
        record_title="白沙镇枇杷产业推进会会议纪要",
        date="2025-06-12",
        notes="a search-snapshot frame: snapshot banner and stamp (not a date), highlighted keywords; minutes lines 时间/地点/主持/参会 kept; the town site's own footer",
        page="""
<html><head><meta charset="utf-8"><title>白沙镇枇杷产业推进会会议纪要</title></head><body>
<div class="kuaisou-head">
<p>⟦m 这是快搜对 www.baisha-town.example.gov.cn/xxgk/2025/0612.html 的缓存。⟧</p>
<p>⟦m 该页面可能已经更改。⟧ ⟦a 查看当前页面⟧ ⟦a 纯文字版本⟧</p>
<p>⟦m 收录时间：2025年07月03日 22:08⟧</p>
</div>
<div class="town">⟦m 白沙镇人民政府 · 信息公开⟧</div>
<h3>⟦t 白沙镇枇杷产业推进会会议纪要⟧</h3>
{BODY}
<div class="tfoot">⟦m 白沙镇党政办公室 主办⟧ ⟦m 闽ICP备18006677号⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日下午3时
地点：镇政府三楼会议室
主持：镇长 卓立新
参会：镇分管领导、各村党支部书记、枇杷合作社负责人
会议通报了今年枇杷生产销售情况，全镇枇杷产量一万一千吨，销售率达到百分之九十六。
会议决定：一、启动枇杷园老果园改造，今冬完成一千亩；二、筹建镇级枇杷电商服务站。
会议要求各村做好采后果园管理，防止病虫害蔓延。
白沙镇党政办公室
2025年6月12日
""",
    ),
]
