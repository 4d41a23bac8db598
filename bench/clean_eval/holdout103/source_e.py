"""holdout103, part E: hospitals, colleges, local forums, download stations, exam sites, tenders,
law firms, residents' sites, associations, companies and training schools. Everything invented."""

CASES = [
    dict(
        slug="hospital-text-tanmian-lung-screening",
        site="埠阳县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.byxzyy.example.com/news/2025/0612/331.html",
        title="我院为棉被加工从业人员开展免费肺功能筛查",
        record_title="我院为棉被加工从业人员开展免费肺功能筛查_医院新闻_埠阳县中医院",
        date="2025-06-12",
        notes="hospital news text: booking line and 导诊台 as chrome; the department's own 预约电话 kept; 作者/审核 line",
        page="""
!m 埠阳县中医院　二级甲等中医医院
!m 挂号咨询：0734-6612345　导诊台：0734-6612000
!m 当前位置：首页 > 医院新闻
{T}
!m 撰稿：宣传科 邓琳　审核：院办　时间：2025-06-12　浏览：403
{BODY}
!l 上一篇：我院开展“三伏贴”预约登记
!l 下一篇：肺病科获评县级重点专科
!d Copyright © 埠阳县中医院　湘ICP备12007788号
""",
        body="""
6月10日，我院肺病科医护人员走进埠阳镇非遗工坊和周边棉被加工作坊，为62名从业人员开展免费肺功能筛查。
筛查发现，有9人存在轻度通气功能障碍，医生为他们建立了健康档案，并提醒作业时务必佩戴防尘口罩。
肺病科主任刘振华介绍，长期吸入棉尘可能引起棉尘病，早期症状为周一胸闷，应引起重视。
需要复查的从业人员可提前预约，肺病科预约电话：0734-6612236。
""",
    ),
    dict(
        slug="university-html-bench-design-contest",
        site="滏阳理工学院艺术设计学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://ysxy.fylg.example.edu.cn/tzgg/2025/0311/1021.htm",
        title="关于举办第三届“城市座椅”适老化设计大赛的通知",
        record_title="关于举办第三届“城市座椅”适老化设计大赛的通知-艺术设计学院",
        date="2025-03-11",
        notes="university school page: quick links, school footer; schedule table kept; 附件 list kept; e-mail of the contest kept",
        page="""
<html><head><meta charset="utf-8"><title>关于举办第三届“城市座椅”适老化设计大赛的通知-艺术设计学院</title></head><body>
<div class="top">⟦m 滏阳理工学院⟧ ⟦m 艺术设计学院⟧ ⟦a English⟧ ⟦a 学校主页⟧</div>
<div class="nav">⟦m 学院概况　师资队伍　人才培养　学科竞赛　通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 作者：团委　来源：艺术设计学院　发布时间：2025-03-11　点击数：[688]⟧</div>
{BODY}
<div class="fl">⟦l 快速链接：教务系统 | 图书馆 | 校历⟧</div>
<div class="ft">⟦m 地址：滏阳市高新区学院路66号　邮编：056001⟧ ⟦d 滏阳理工学院艺术设计学院 版权所有⟧</div>
</body></html>
""",
        body="""
各系、各班级：
为推动设计服务社会，学院决定举办第三届“城市座椅”适老化设计大赛。
一、参赛对象：我院全日制本科生、研究生，可个人或3人以内团队参赛。
二、赛程安排
阶段　时间
报名　3月15日—3月31日
初评　4月20日
决赛及展览　5月18日
三、作品要求：提交A1展板一张、设计说明不超过800字，鼓励制作1:5模型。
报名邮箱：fylgzuoyi@example.edu.cn
附件：1.报名表　2.评分标准
""",
    ),
    dict(
        slug="localforum-text-haiou-littering-junk",
        site="海曙论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.haishu.example.com/thread-20251207-1.html",
        title="湾区栈道喂海鸥的塑料袋谁来管？",
        record_title="[城事吐槽] 湾区栈道喂海鸥的塑料袋谁来管？ - 城事 - 海曙论坛",
        date="2025-12-07",
        notes="county forum text with junk lines and glued junk; moderator reply quoted as list chrome; relative times not dates",
        junk=dict(lines=1, glued=2),
        page="""
!m 海曙论坛 » 城事 » 浏览帖子
!t [城事吐槽] 湾区栈道喂海鸥的塑料袋谁来管？
!m 作者：栈道夜跑侠　发表于 2025-12-07 20:18　来自手机
{BODY}
!l 版主 城事小编 回复于 2小时前：已反映给湾区管理处
!l 网友 海风吹：昨天我也看到了，礁石上全是
!a 点赞 | 收藏 | 分享 | 举报
""",
        body="""
这几天晚上去湾区栈道跑步，发现喂海鸥的人走了以后，栈道和礁石上留下不少塑料袋和面包包装。
有的塑料袋被风吹到海里，海鸥还会去啄，看着挺揪心的。
建议管理处在栈道沿线多放几个垃圾桶，晚上安排保洁员巡查一次，也希望喂鸥的朋友把垃圾带走。
""",
    ),
    dict(
        slug="download-text-nestbox-drawing-guide",
        site="千叶资料网 (invented)",
        style="资料下载站",
        genre="说明",
        kind="other",
        form="text",
        source="http://www.qianyezl.example.com/down/ziliao/70915.html",
        title="人工鸟巢制作图解与尺寸说明",
        record_title="人工鸟巢制作图解与尺寸说明 免费下载",
        date=None,
        notes="download station text: file info lines, mirror links, dead-link report; a sentence telling readers to 打印 kept; update stamp not a date",
        page="""
!m 千叶资料网 - 免费教学资料下载
!m 资料分类：科普手工 > 自然教育
!t 人工鸟巢制作图解与尺寸说明 免费下载
!m 资料大小：2.3MB　资料格式：PDF　更新：2025-02-26　人气：1190
!l 资料说明：
{BODY}
!a 下载地址一（电信）　下载地址二（网通）　下载地址三（备用）
!a 若下载链接失效，请留言告知管理员
!d 声明：本站资料来自网络，版权归原作者所有
""",
        body="""
一、材料：厚1.5至2厘米的杉木板，不刷油漆，不用胶合板。
二、尺寸：箱体内径12×12厘米，高度22厘米；洞口直径3.2厘米，距箱底15厘米。
三、底板钻4个直径5毫米的排水孔，顶板向前伸出3厘米挡雨。
四、制作前可将本页打印出来，按图中尺寸在木板上画线下料。
""",
    ),
    dict(
        slug="rsks-html-rescue-keeper-interview",
        site="浍川市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hcrsks.example.gov.cn/kwgg/2025/1015/6621.html",
        title="浍川市野生动物救护中心2025年公开招聘饲养员面试公告",
        record_title="【考务公告】浍川市野生动物救护中心2025年公开招聘饲养员面试公告",
        date="2025-10-15",
        notes="exam site HTML: floating consult box and technical line as chrome; exam office's 考务咨询电话 kept; interviewees table; sentence telling candidates to 下载打印 kept",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】浍川市野生动物救护中心2025年公开招聘饲养员面试公告</title></head><body>
<div class="hd">⟦m 浍川市人事考试网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="nav">⟦m 首页 &gt; 考务公告 &gt; 事业单位⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布时间：2025-10-15 16:00　来源：市人社局⟧</div>
{BODY}
<div class="float">⟦w 报名遇到问题？在线客服为您服务⟧</div>
<div class="ft">⟦m 网站技术咨询：0731-8663200（工作日）⟧ ⟦d 浍川市人力资源和社会保障局 主办⟧</div>
</body></html>
""",
        body="""
根据招聘公告，现将面试有关事项公告如下。
一、进入面试人员名单
岗位代码　姓名　准考证号
JH01　张雨桐　20250301012
JH01　韦晨　20250301027
JH01　肖小满　20250301033
二、面试时间：10月25日8:00，考生须于7:30前到达。
三、面试地点：浍川市人事考试中心（滨江路2号）。
四、考生请于10月20日后登录本网站下载打印面试通知书。
考务咨询电话：0731-8663151
""",
    ),
    dict(
        slug="tender-text-maocao-roof-bid",
        site="墩溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.dunxi.example.gov.cn/jsgc/zbgg/2025/0508/3302.html",
        title="墩溪村传统茅草屋屋面修缮工程招标公告",
        record_title="墩溪村传统茅草屋屋面修缮工程招标公告",
        date="2025-05-08",
        notes="tender text: CA line and 交易系统 login chrome; buyer/agency contacts kept; numbered sections",
        page="""
!m 墩溪县公共资源交易中心
!m 工程建设 > 招标公告
{T}
!m 发布时间：2025-05-08　　信息来源：墩溪县卢港镇人民政府
!a 投标人登录　CA锁驱动下载
{BODY}
!m 数字证书服务电话：400-113-2299
!l 相关公告：卢港镇农村道路硬化工程中标候选人公示
""",
        body="""
1.招标条件：本项目已由墩溪县发展和改革局批准，资金来源为传统村落保护专项资金。
2.项目概况：修缮茅草屋屋面17栋，约2350平方米，含旧草清除、檩条更换和新草铺设，工期60日历天。
3.投标人资格要求：具有古建筑工程专业承包三级及以上资质，拟派项目负责人具有相关业绩。
4.招标文件获取时间：2025年5月9日至5月15日。
5.联系方式：招标人：卢港镇人民政府，联系人：邵勇，电话：0771-5530218；招标代理：墩溪信达工程咨询有限公司，联系人：黎芳，电话：0771-5532607。
""",
    ),
    dict(
        slug="lawfirm-html-kutong-contract-dispute",
        site="正则律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.zhengzelaw.example.com/cases/2025/415.html",
        title="定制木桶交付后渗漏，买方能否解除合同？",
        record_title="律师说案｜定制木桶交付后渗漏，买方能否解除合同？",
        date="2025-07-22",
        notes="law firm HTML: lawyer card, consult WeChat glued after a sentence, not-legal-advice notice; 日期 line",
        page="""
<html><head><meta charset="utf-8"><title>律师说案｜定制木桶交付后渗漏，买方能否解除合同？</title></head><body>
<div class="hd">⟦m 正则律师事务所⟧ ⟦m 全国服务热线 400-900-1368⟧</div>
<div class="nav">⟦m 首页 / 律师说案 / 合同纠纷⟧</div>
<h1>{T}</h1>
<div class="card">⟦m 承办律师：骆嘉明　执业证号：14401200910176632　日期：2025-07-22⟧</div>
{BODY}
<div class="disc">⟦d 本文案例经过脱敏处理，仅供参考，不作为法律意见。⟧</div>
<div class="rel">⟦l 相关案例：买卖合同质量异议期如何认定⟧</div>
</body></html>
""",
        body="""
某酒厂向一家木桶作坊定制橡木酒桶40只，交付后注酒试用，发现有11只渗漏，双方就能否解除合同发生争议。
法院审理认为，出卖人交付的标的物不符合质量要求，致使不能实现合同目的的，买受人可以拒绝接受标的物或者解除合同。⟦w 类似纠纷可扫码添加骆律师微信咨询⟧
本案中渗漏木桶仅占四分之一，且可以修复，酒厂的合同目的仍能实现，故判决作坊限期修复或更换，并赔偿酒损。
""",
    ),
    dict(
        slug="community-html-hedgehog-garden-notice",
        site="峪湾花园居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yuwanhy.example.com/notice/2025/0905.html",
        title="关于小区绿地发现野生刺猬的温馨提示",
        record_title="关于小区绿地发现野生刺猬的温馨提示",
        date="2025-09-05",
        notes="residents' site HTML: app banner, weather widget; property office phone kept beside a service line; comment count",
        page="""
<html><head><meta charset="utf-8"><title>关于小区绿地发现野生刺猬的温馨提示</title></head><body>
<div class="app">⟦a 扫码下载“峪湾邻里”App，缴费报修一键搞定⟧</div>
<div class="weather">⟦m 峪湾 晴 22℃ 空气优⟧</div>
<div class="hd">⟦m 峪湾花园居民之家⟧</div>
<h2>⟦t 【温馨提示】关于小区绿地发现野生刺猬的温馨提示⟧</h2>
<div class="meta">⟦m 物业客服中心　2025年9月5日　阅读 447⟧</div>
{BODY}
<div class="cmt">⟦l 邻居评论 9 条　点击查看⟧</div>
<div class="ft">⟦m 24小时物业热线：400-660-5120⟧</div>
</body></html>
""",
        body="""
各位业主：
近日，有业主在5号楼北侧绿地夜间发现野生刺猬活动。刺猬是国家“三有”保护动物，请大家注意以下事项：
一、请勿捕捉、投喂，夜间遛狗请牵好狗绳，避免犬只伤害刺猬。
二、请家长告诉孩子不要用手触碰刺猬，以免被刺伤。
三、绿化养护期间，物业将暂停在该区域使用除草剂。
发现受伤刺猬，请联系物业客服中心，电话：0755-2631088。
峪湾花园物业客服中心
2025年9月5日
""",
    ),
    dict(
        slug="association-text-kugua-minutes",
        site="垚川县蔬菜产业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.ycscxh.example.org.cn/xhdt/2025/0116/92.html",
        title="垚川县蔬菜产业协会苦瓜分会成立大会纪要",
        record_title="垚川县蔬菜产业协会苦瓜分会成立大会纪要_协会动态_垚川县蔬菜产业协会",
        date="2025-01-16",
        notes="association text: minutes' lines with a vote count; member login; footer with address; site name in body (head/tail)",
        page="""
!m 垚川县蔬菜产业协会
!a 会员登录 | 入会申请
!m 首页 → 协会动态
{T}
!m 发布日期：2025-01-16　来源：协会秘书处
{BODY}
!l 上一条：协会开展冬季蔬菜保供调研
!m 协会地址：垚川县城东路18号农业大厦5楼　联系电话：0565-2236610
""",
        body="""
时间：2025年1月15日
地点：垚川县农业大厦三楼会议室
主持：协会秘书长 齐华
出席：会员代表57人
会议审议通过了《苦瓜分会工作规则》，表决结果：同意55票，反对0票，弃权2票。
会议选举产生了苦瓜分会第一届理事会，理事11名，垚川绿苦食品有限公司总经理卢家宁当选会长。
会长卢家宁在发言中表示，分会将围绕统一品种、统一标准、统一品牌开展工作。
""",
    ),
    dict(
        slug="company-html-bench-maker-news",
        site="恒木园林设施有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengmuyl.example.com/news/show-218.html",
        title="恒木园林中标墩溪区城市公园公共座椅更新项目",
        record_title="恒木园林中标墩溪区城市公园公共座椅更新项目-新闻中心-恒木园林",
        date="2025-09-01",
        notes="company HTML: product menu, online inquiry, footer; dotted date",
        page="""
<html><head><meta charset="utf-8"><title>恒木园林中标墩溪区城市公园公共座椅更新项目-新闻中心-恒木园林</title></head><body>
<div class="hd">⟦m 恒木园林设施⟧ ⟦m 户外家具专业制造商⟧</div>
<ul class="nav"><li>⟦m 关于恒木⟧</li><li>⟦m 产品中心⟧</li><li>⟦m 工程案例⟧</li><li>⟦m 新闻中心⟧</li></ul>
<h1>{T}</h1>
<div class="date">⟦m 2025.09.01　浏览量：96⟧</div>
{BODY}
<div class="inq">⟦w 在线询价：留下电话，销售经理10分钟内回电⟧</div>
<div class="ft">⟦m 销售热线：0312-7718899⟧ ⟦d 版权所有 恒木园林设施有限公司⟧</div>
</body></html>
""",
        body="""
近日，我公司成功中标墩溪区城市公园公共座椅更新采购项目第1包，中标金额38.64万元。
本项目包括防腐木座椅和适老化扶手座椅共400余张，将安装在区内6座城市公园。
公司将严格按照合同要求组织生产，确保10月底前全部安装到位，并提供五年免费维护服务。
""",
    ),
    dict(
        slug="training-text-birdnest-teacher-course",
        site="自然之友研学培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="https://www.zrzy-yanxue.example.com/course/1121.html",
        title="自然教育导师（鸟类方向）初级研修班招生简章",
        record_title="【春季班】自然教育导师（鸟类方向）初级研修班招生简章（附课程表）",
        date="2025-02-20",
        notes="training text: price banner, testimonial line between paragraphs, WeChat prompt; course table kept",
        page="""
!m 自然之友研学培训中心 | 让孩子走进自然
!t 【春季班】自然教育导师（鸟类方向）初级研修班招生简章（附课程表）
!m 发布于 2025-02-20　　已报名 38 人
!a 早鸟价 ¥1280（3月1日前）　马上报名
{BODY}
!w 咨询添加小鹿老师微信：zrzy-xiaolu
!d 课程安排如有调整，以开班通知为准
""",
        body="""
一、招生对象：中小学教师、研学机构从业人员及自然爱好者，限30人。
二、课程安排
天次　内容
第一天　常见鸟类识别与野外观察
第二天　人工鸟巢设计、制作与悬挂
第三天　自然教育课程设计与带队安全
⟦l 往期学员：课程很实用，回去就带学生做了二十个鸟巢⟧
三、结业要求：完成一份鸟类主题研学课程设计，考核合格者颁发结业证书。
""",
    ),
]
