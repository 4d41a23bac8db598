"""holdout98, part E. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="association-html-field-hockey-league-rules",
        site="翎山市曲棍球协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lsqgq.org/news/show-392.html",
        title="关于举办2025年翎山市曲棍球业余联赛的通知",
        record_title="关于举办2025年翎山市曲棍球业余联赛的通知|翎山市曲棍球协会",
        date="2025-08-05",
        notes="association site; registration e-mail kept; 附件 list kept; member-login and share chrome",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于举办2025年翎山市曲棍球业余联赛的通知|翎山市曲棍球协会</title></head>
<body>
<div class="hd">⟦m 翎山市曲棍球协会⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 加入协会⟧</a></div>
<div class="nav">⟦m 协会概况⟧ ⟦m 赛事活动⟧ ⟦m 青训体系⟧ ⟦m 裁判培训⟧ ⟦m 下载中心⟧</div>
<div class="pos">⟦m 位置：首页 - 赛事活动⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-08-05 | 协会竞赛部 | 阅读 318⟧</div>
{BODY}
<div class="share">⟦l 分享：微信好友 / 朋友圈 / 微博⟧</div>
<div class="ft">⟦m 翎山市曲棍球协会 版权所有⟧ ⟦m 地址：翎山市体育公园综合楼205室⟧</div>
</body></html>
""",
        body="""
各会员单位、各俱乐部：
为推动曲棍球运动普及，经协会研究，决定举办2025年翎山市曲棍球业余联赛。现将有关事项通知如下。
一、比赛时间：2025年9月6日至11月15日，每周六、周日进行。
二、比赛地点：翎山县体育公园曲棍球场。
三、参赛办法：各单位可报男子组、女子组各一队，每队报领队1人、教练1人、运动员12至18人。比赛采用七人制。
四、报名办法：请于8月25日前将报名表发送至协会邮箱lsqgq_js@163.com。
附件：1.报名表
2.竞赛规程
翎山市曲棍球协会
2025年8月5日
""",
    ),
    dict(
        slug="corp-html-goldmine-company-news",
        site="金坑矿业有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jinkeng-mining.com/news/company/2025/0808/88.html",
        title="公司通过国家级绿色矿山复核",
        record_title="公司通过国家级绿色矿山复核_新闻中心_金坑矿业",
        record_date="2025-08-08",
        date="2025-08-08",
        notes="corporate site: product menu and hotline chrome; a news with the date in the byline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公司通过国家级绿色矿山复核_新闻中心_金坑矿业</title></head>
<body>
<div class="head">⟦m 金坑矿业有限公司⟧ ⟦m 绿色开采　和谐发展⟧ ⟦m 服务热线 400-118-6602⟧</div>
<div class="nav">⟦m 走进金坑⟧ ⟦m 新闻中心⟧ ⟦m 安全环保⟧ ⟦m 社会责任⟧ ⟦m 人才招聘⟧</div>
<div class="sub">⟦m 首页 › 新闻中心 › 公司新闻⟧</div>
<h1>{T}</h1>
<p class="by">⟦m 发布时间：2025-08-08　来源：党群工作部⟧</p>
{BODY}
<p class="back">⟦a 返回列表⟧</p>
<div class="f">⟦m Copyright © 金坑矿业有限公司 All Rights Reserved⟧ ⟦m 黔ICP备12003361号⟧</div>
</body></html>
""",
        body="""
近日，自然资源部公布了国家级绿色矿山复核结果，公司金鸡岭矿区顺利通过复核。
复核专家组一行于7月中旬到公司现场核查，重点检查了矿区环境、资源开发方式、综合利用、节能减排和矿地和谐等方面的情况。专家组认为，公司在尾矿干排、废水循环利用和采空区充填等方面做法扎实，矿区绿化覆盖率达到可绿化面积的100%。
公司负责人表示，将以此次复核为契机，持续加大环保投入，推进智能化矿山建设。
""",
    ),
    dict(
        slug="corp-text-tailings-company-announcement",
        site="宏石矿业官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.hongshi-kuangye.com/gsgg/2025/0901/64.html",
        title="宏石矿业有限公司关于尾矿库闭库工程开工的公告",
        record_title=None,
        date="2025-09-01",
        notes="no record title; corporate text page; public supervision phone kept beside the site's 商务合作 line",
        page="""
!m 宏石矿业　HONGSHI MINING
!m 首页 | 关于宏石 | 公司公告 | 安全环保 | 联系我们
!m 您的位置：首页 > 公司公告
{T}
!m 2025-09-01　浏览量：143
{BODY}
!w 商务合作：0912-6280018　hs_business@hongshi-kuangye.com
!m 版权所有 © 宏石矿业有限公司
""",
        body="""
根据铎川县应急管理局批复，公司老鹰沟尾矿库闭库治理工程定于2025年9月5日开工，预计工期120天。
施工期间，库区周边将设置警戒区域，施工车辆经村道进出，请过往群众注意安全，并请周边村民不要进入施工区域。
工程完工后，库区将实施覆土绿化，并移交地方政府管理。
施工期间如有意见建议，可拨打公司闭库工程监督电话：0912-6280135。
特此公告。
宏石矿业有限公司
2025年9月1日
""",
    ),
    dict(
        slug="training-text-geohazard-monitor-course",
        site="地信职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="https://www.dixin-peixun.com/zsjz/2025/16.html",
        title="地质灾害监测员职业技能培训班招生简章",
        record_title="【2025秋季班】地质灾害监测员职业技能培训班招生简章",
        date=None,
        notes="training school: course ad and consultant WeChat as chrome; the school's own 报名电话 kept; no date",
        page="""
!m 地信职业培训学校　专注地质与测绘技能培训
!t 【2025秋季班】地质灾害监测员职业技能培训班招生简章
!w 课程顾问在线：微信 dixin_ks88，添加备注“监测员”领取资料包
{BODY}
!a 限时优惠：前20名报名学员立减300元，立即抢位 >>
!l 热门课程：无人机航测班 · 工程测量员班 · 注册测绘师冲刺班
!d 本简章最终解释权归本校所有。
""",
        body="""
一、培训对象
从事或拟从事地质灾害群测群防、隐患点监测的人员，乡镇自然资源所工作人员，以及相关专业毕业生。
二、培训内容
1. 地质灾害基本知识和常见类型识别；
2. 裂缝计、雨量计、GNSS监测设备的安装与维护；
3. 巡查记录填写和险情报告流程；
4. 应急避险和群众转移组织。
三、培训时间和方式
共10天，理论教学4天，野外实训6天。培训结束后参加职业技能等级认定考核，合格者颁发证书。
四、报名方式
报名电话：0871-6816 2290（教务处），报名须提交身份证复印件和一寸照片两张。
""",
    ),
    dict(
        slug="training-html-field-hockey-youth-camp",
        site="飞鹰青少年体育培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.feiying-sport.cn/camp/2025-summer.html",
        title="2025年暑期青少年曲棍球训练营招生简章",
        record_title="2025年暑期青少年曲棍球训练营招生简章 - 飞鹰体培",
        date="2025-06-02",
        notes="training-school page: floating consult box and trial-class button; fee table rows kept; page 发布日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2025年暑期青少年曲棍球训练营招生简章 - 飞鹰体培</title></head>
<body>
<div class="top">⟦m 飞鹰体培⟧ ⟦m 让孩子爱上运动⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 教练团队⟧ ⟦m 学员风采⟧ ⟦m 报名咨询⟧</div>
<h1>{T}</h1>
<p class="d">⟦m 发布日期：2025-06-02⟧</p>
{BODY}
<div class="float-box">⟦w 在线咨询 · 招生老师 QQ 2731906655⟧</div>
<div class="try">⟦a 预约免费体验课⟧</div>
<div class="ft">⟦m 飞鹰青少年体育培训中心⟧ ⟦m 浙ICP备21003308号⟧</div>
</body></html>
""",
        body="""
为丰富青少年暑期生活，普及曲棍球运动，本中心举办2025年暑期青少年曲棍球训练营。
一、招生对象：7至15周岁青少年，零基础亦可报名。
二、营期安排
营期　时间　费用
第一期　7月7日—7月18日　1980元
第二期　7月21日—8月1日　1980元
第三期　8月4日—8月15日　1980元
三、训练内容：基本握杆、运球、传接球、射门技术，小场地对抗赛，体能和协调性训练。
四、报名须知：报名时须提交近期体检证明，训练期间统一购买意外伤害保险。报名咨询电话：0571-8877 2106。
""",
    ),
    dict(
        slug="app-text-desert-control-summary-share",
        site="笔灵写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.biling-app.com/essay/f82b19c0",
        title="县林草局2024年防沙治沙工作总结",
        record_title="县林草局2024年防沙治沙工作总结｜笔灵写作",
        date=None,
        notes="writing-app share page: AI rewrite and open-app prompts; a year only in the title: no date",
        page="""
!m 笔灵写作 · 你的AI写作助手
!t 县林草局2024年防沙治沙工作总结｜笔灵写作
!m 来自笔灵用户「治沙小苗」的分享 · 已被使用 2.3k 次
!a ✨ AI一键改写　📋 复制全文　⬇ 导出Word
{BODY}
!a 打开笔灵APP，解锁更多范文与AI续写
!l 同类范文：林长制工作总结 · 植树节活动总结 · 森林防火工作汇报
""",
        body="""
2024年，县林草局坚持山水林田湖草沙一体化保护和系统治理，全面完成年度防沙治沙任务。
一、完成情况
全年完成防沙治沙9.1万亩，占年度任务的101%；其中人工造林1.1万亩，封沙育林4.2万亩，草方格沙障固沙2.1万亩，退化林修复1.7万亩。
二、主要措施
（一）压实林长责任。县乡村三级林长巡林1.2万余次，将防沙治沙任务纳入林长制考核。
（二）创新造林机制。推行“先造后补”和专业队造林，造林成活率达到87%。
（三）引导社会参与。组织义务植树活动36场，动员企业认建认养林地3200亩。
三、存在问题
造林后期管护资金不足，部分地块补植补造任务较重。
四、明年打算
继续实施三北工程重点项目，加强造林地块后期管护，提高治理成效。
""",
    ),
    dict(
        slug="app-text-dengue-emergency-plan-vip",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://m.gongwenbao.app/s/9c2D7ke",
        title="乡镇卫生院登革热疫情应急处置预案",
        record_title="乡镇卫生院登革热疫情应急处置预案（VIP范文）",
        date=None,
        notes="writing-app page: VIP lock line between paragraphs (all chrome line), export prompt; 20××年 placeholder; no date",
        page="""
!m 公文宝
!t 乡镇卫生院登革热疫情应急处置预案（VIP范文）
!m 浏览 875 · 收藏 64 · 更新于昨天
{BODY}
!a 🔒 开通VIP即可复制、下载全部范文
!a 去APP内编辑 ›
""",
        body="""
一、编制目的
为及时有效处置登革热疫情，最大限度减少疫情危害，保障辖区群众身体健康，结合本院实际，制定本预案。
二、组织机构
成立登革热疫情应急处置领导小组，院长任组长，分管副院长任副组长，公卫科、门诊部、检验科负责人为成员。
⟦a 以下内容为VIP专享，开通后查看完整预案 ›⟧
三、处置流程
（一）发现报告。门诊医生发现疑似病例后，立即采集血样送检，并在2小时内网络直报。
（二）病例管理。病例原则上就地防蚊隔离治疗，病房安装纱窗、蚊帐。
（三）疫点处置。配合县疾控中心在病例住所周边200米范围内开展蚊媒应急监测和成蚊杀灭。
四、附则
本预案自20××年×月×日起施行。
""",
    ),
    dict(
        slug="gkforum-text-saline-shenlun-material",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="other",
        form="text",
        source="http://bbs.shangan8.com/thread-559021-1-1.html",
        title="盐碱地综合利用申论素材整理",
        record_title="[申论素材] 盐碱地综合利用申论素材整理（附名言金句）- 申论交流 - 上岸吧",
        date=None,
        notes="exam forum: floor meta, 回复可见 prompt, signature; no date in the document (a relative post time only)",
        page="""
!m 上岸吧公考论坛 › 申论交流
!t [申论素材] 盐碱地综合利用申论素材整理（附名言金句）
!m 楼主：阿稳必上岸　｜　发表于 6 天前　｜　查看 4102　回复 77
{BODY}
!a 本帖隐藏的内容：金句合集PDF，回复后可见
!l 签名档：2026国考，等我上岸！
!l 快速回复　　高级模式
""",
        body="""
一、背景意义
我国有各类盐碱地约15亿亩，其中具有农业利用潜力的约2亿亩。盐碱地综合改造利用是耕地保护和改良的重要方面，对保障国家粮食安全具有重要意义。
二、典型做法
1. 以种适地：选育耐盐碱作物品种，让作物适应土地。
2. 以地适种：通过排灌工程、土壤改良，让土地适宜种植。
3. 种养结合：发展稻渔综合种养，提高单位面积效益。
三、对策表述
要坚持“以种适地”同“以地适种”相结合，统筹水资源利用和生态保护，加大耐盐碱品种科研攻关，健全多元投入机制。
""",
    ),
    dict(
        slug="gkforum-html-bookmobile-interview-answer",
        site="面试圈论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://www.mianshiquan.com/thread/44810",
        title="结构化面试真题：流动图书车遇冷，你怎么办？（参考答案）",
        record_title=None,
        date=None,
        notes="exam-forum page: reply-to-see box, floor replies; a relative post time only; no record title; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>面试圈论坛</title></head>
<body>
<div class="hd">⟦m 面试圈论坛⟧ ⟦m 结构化 · 无领导 · 半结构化⟧</div>
<div class="bc">⟦m 面试圈 » 真题解析 » 组织管理类⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 楼主 考公的小橙子 ｜ 发表于 昨天 21:33 ｜ 只看楼主⟧</div>
{BODY}
<div class="hide">⟦a 【回复本帖查看完整答题思路导图】⟧</div>
<div class="rp">⟦l 2楼 上岸锦鲤：收藏了，谢谢楼主⟧</div>
<div class="ft">⟦m 面试圈 © 2025⟧ ⟦d 帖子内容为网友分享，仅供备考参考⟧</div>
</body></html>
""",
        body="""
题目：你所在的县图书馆购置了流动图书车，但开进村里后借书的人很少。领导让你负责改进，你怎么办？
参考答案：
流动图书车是把公共文化服务送到群众家门口的好举措，借阅量低说明供需没有对上，我会从以下几方面着手。
第一，摸清原因。到停靠村走访村干部、老人、学生，了解是时间不合适、书不对口，还是宣传不到位。
第二，对症改进。把停靠时间调整到傍晚或赶集日；增加农技、健康、少儿类图书；与村小学合作开展集体借阅。
第三，加强宣传。通过村广播、微信群提前公布书车到站时间，组织故事会、读书分享等活动聚人气。
第四，跟踪评估。建立借阅台账，每月分析数据，持续优化服务。
""",
    ),
    dict(
        slug="wiki-text-fluorosis-entry-placeholder",
        site="百知百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.baizhi.example.com/item/地方性氟中毒/20331",
        title="地方性氟中毒",
        record_title="地方性氟中毒_百知百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue, reference list chrome; no date (an example year inside a sentence)",
        page="""
!m 百知百科
!a 编辑　｜　讨论　｜　收藏　｜　赞
{T}
!m 本词条由“百知医学”审核　浏览次数：8.6万　最近更新：一周前
!l 目录　1 病因　2 临床表现　3 防治措施
{BODY}
!l 参考资料：[1] 地方病防治手册 [2] 饮用水卫生标准
!l 词条标签：疾病 · 地方病 · 公共卫生
!d 百科词条人人可编辑，内容仅供参考。
""",
        body="""
地方性氟中毒是在特定地理环境中，人体长期摄入过量氟所引起的一种慢性全身性疾病，主要表现为氟斑牙和氟骨症。
病因
根据氟的来源不同，可分为饮水型、燃煤污染型和饮茶型三类。我国饮用水含氟量的卫生标准为不超过1.0毫克/升，长期饮用含氟量高于这一标准的水即可能致病。
临床表现
氟斑牙多见于儿童时期生活在病区的人群，表现为牙釉质出现白垩、着色或缺损；氟骨症多见于成年人，表现为腰腿及关节疼痛、关节僵硬，严重者出现骨骼变形。
防治措施
预防的关键是减少氟的摄入，如改换低氟水源、安装除氟设备、改良炉灶等。例如，某地自1990年起实施改水降氟，儿童氟斑牙检出率逐年下降。
""",
    ),
    dict(
        slug="wiki-html-tailings-closure-entry",
        site="工程知识百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://wiki.gcbaike.example.net/wiki/尾矿库闭库",
        title="尾矿库闭库",
        record_title="尾矿库闭库 - 工程知识百科",
        date=None,
        notes="wiki entry: infobox, edit links, categories; example dates inside sentences; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>尾矿库闭库 - 工程知识百科</title></head>
<body>
<div class="top">⟦m 工程知识百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="tabs">⟦a 条目 讨论 编辑 查看历史⟧</div>
<div class="info">⟦m 本条目最后修订于三周前⟧</div>
{BODY}
<div class="cat">⟦l 分类：矿山工程 | 安全生产 | 环境治理⟧</div>
<div class="ft">⟦d 文本按知识共享署名协议提供，附加条款亦可能适用。⟧</div>
</body></html>
""",
        body="""
尾矿库闭库是指尾矿库停止使用后，按照设计要求对坝体、排洪设施等进行整治，使其达到长期安全稳定状态并履行相应手续的过程。
闭库条件
尾矿库有下列情形之一的，应当闭库：设计库容已满或者达到设计最终堆积标高；生产经营单位停止生产不再排放尾矿；因其他原因需要停止使用。
主要工作内容
闭库工程一般包括坝体整治加固、排洪系统完善、库面覆土绿化和安全监测设施建设等。闭库后仍须明确管理主体，定期开展安全检查。
实例
例如，某铁矿尾矿库于2015年3月停用，2017年完成闭库治理，库区改建为光伏电站。
""",
    ),
    dict(
        slug="netdisk-text-notoginseng-tech-file",
        site="云舟网盘 (invented)",
        style="网盘分享",
        genre="技术方案",
        kind="plan",
        form="text",
        source="https://pan.yunzhou.example.com/s/1qL8vXnR",
        title="三七林下种植技术方案",
        record_title="三七林下种植技术方案.docx",
        date="2025-02-14",
        notes="cloud-drive share page: extraction code, save/download buttons, expiry; file-name title; 成文日期",
        page="""
!m 云舟网盘 · 分享文件
!t 三七林下种植技术方案.docx
!m 分享者：琮阳农技站老周　｜　2025-02-20 10:12 分享　｜　有效期：永久
!a 提取码：7q2k　　保存到我的网盘　　普通下载　　极速下载（会员）
{BODY}
!a 在线预览仅显示部分内容，完整内容请下载后查看
!d 请勿分享违法违规内容，一经发现将封禁账号
""",
        body="""
一、适用范围
本方案适用于海拔1400至2000米、郁闭度0.6至0.8的云南松、华山松等针叶林下三七种植。
二、技术要点
（一）林地选择：选择坡度25度以下、排水良好、腐殖质层较厚的林地，避开低洼积水处。
（二）整地做畦：不砍树、不炼山，顺坡清除杂草灌木，做成宽1.2米的种植畦。
（三）种苗处理：选用一年生健壮种苗，移栽前用生物药剂浸根。
（四）田间管理：全程不施化肥、不用化学农药，以人工除草和生物防治为主。
三、采收
林下三七生长周期一般为四年以上，采收后应及时清洗、晾晒，单独存放、单独销售。
琮阳县农业技术推广站
2025年2月14日
""",
    ),
]
