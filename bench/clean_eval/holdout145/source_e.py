"""holdout145, part E: trade associations, company sites, training schools, writing apps, exam forums. Invented text."""

CASES = [
    dict(
        slug="association-html-muzhou-nursery-stock-pledge",
        site="牧州市苗木花卉行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.mzmmxh.org.cn/xhdt/2025/0301/108.html",
        title="关于规范苗木交易诚信经营的倡议书",
        record_title="【协会倡议】关于规范苗木交易诚信经营的倡议书_牧州市苗木花卉行业协会",
        date="2025-03-01",
        notes="association site: member login, join button and hotline chrome; 秘书处 contact kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于规范苗木交易诚信经营的倡议书_牧州市苗木花卉行业协会</title></head><body>
<div class="hd">⟦m 牧州市苗木花卉行业协会⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="nav">⟦m 首页 协会概况 协会动态 行业资讯 会员风采 苗木行情⟧</div>
<div class="loc">⟦m 首页 >> 协会动态⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 发布者：秘书处　日期：2025-03-01　人气：733⟧</p>
{BODY}
<div class="tool">⟦a 打印此页　|　分享给同行⟧</div>
<div class="side">⟦l 苗木行情速递：香樟（胸径12cm）本周价格持平⟧</div>
<div class="ft">⟦m 协会服务热线：0745-2899100　邮编：418000⟧</div>
</body></html>
""",
        body="""
全市苗木花卉从业者：
春季是苗木交易和栽植的旺季。近年来，个别经营者以次充好、虚报规格、恶意压价，损害了行业声誉。为此，协会向全体会员和从业者发出如下倡议：
一、诚信交易。如实标注苗木品种、规格和产地，不以假充真、以小充大。
二、规范合同。交易双方签订书面合同，约定验收标准和付款方式，按时履约。
三、严格检疫。调运苗木须依法办理植物检疫证书，严防有害生物传播。
四、公平竞争。不恶意压价，不诋毁同行，共同维护良好市场秩序。
对倡议有意见建议的，请联系协会秘书处，电话：0745-2899107。
牧州市苗木花卉行业协会
2025年3月1日
""",
    ),
    dict(
        slug="association-text-yanbei-wooden-door-industry-report",
        site="雁北木门行业协会网 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.ybmmxh.com/news/2025/0120/77.html",
        title="雁北县木门行业协会第二届理事会工作报告",
        date="2025-01-18",
        notes="association text: report date under the title; data table; member-only prompt glued into a line",
        page="""
!m 雁北木门行业协会网　　服务会员　规范行业　促进发展
!m 当前位置：首页 → 协会文件
{T}
（2025年1月18日在协会第三次会员大会上）
!m 录入：协会办公室　　点击数：264
{BODY}
!a 会员单位登录后可下载报告全文及附表
!l 上一篇：关于缴纳2025年度会费的通知
!m 雁北木门行业协会　地址：雁北县工业园区管委会四楼
""",
        body="""
各位会员代表：
我受协会第二届理事会委托，向大会报告工作，请予审议。
过去五年，协会会员单位由43家增加到71家，全县木门产业年产值由18亿元增长到31亿元，“雁北木门”区域品牌影响力持续提升。
主要经济指标如下：
年份　产值（亿元）　出口额（万美元）
2020　18.2　1260
2024　31.0　3480
协会组织编制了实木复合门团体标准，开展质量对标活动，带领企业参加国内外展会12次。⟦a 本段数据详见会员专区（会员专享）⟧
同时也要看到，行业仍存在同质化竞争严重、环保投入不足等问题。新一届理事会要继续推动企业转型升级，打造绿色家居产业集群。
""",
    ),
    dict(
        slug="company-html-nanfeng-durian-cold-chain-news",
        site="南丰果业官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.nanfengfruit.com/news/company/2025-06-16.html",
        title="南丰果业榴莲冷链分拨中心投入运营",
        record_title="南丰果业榴莲冷链分拨中心投入运营 - 新闻中心 - 南丰果业",
        date="2025-06-16",
        record_date="2025-06-16",
        notes="company site: online shop and franchise hotline chrome; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>南丰果业榴莲冷链分拨中心投入运营 - 新闻中心 - 南丰果业</title></head><body>
<header>⟦m 南丰果业 NANFENG FRUIT⟧ <nav>⟦m 首页 关于南丰 产品中心 新闻中心 加盟合作 联系我们⟧</nav> <a>⟦a 官方商城⟧</a></header>
<div class="banner">⟦m 鲜果直达 · 品质生活⟧</div>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-06-16　　浏览量：1530⟧</div>
{BODY}
<div class="pager">⟦l 上一篇：公司荣获“省级农业产业化重点龙头企业”称号⟧</div>
<div class="hotline">⟦w 招商加盟热线：400-660-3371⟧</div>
<footer>⟦m © 2025 南丰果业有限公司 版权所有　滇ICP备18003427号-1⟧</footer>
</body></html>
""",
        body="""
6月15日，南丰果业位于磨憨口岸物流园的榴莲冷链分拨中心正式投入运营。
分拨中心占地2.6万平方米，建有恒温库、熟化库和分拣车间，日处理能力达到300吨，可实现进口榴莲通关后4小时内完成分拣、装车。
⟦m 工人在分拨中心分拣进口榴莲。⟧
公司负责人介绍，分拨中心运营后，销往西南、华中地区门店的榴莲在途时间平均缩短一天，损耗率下降约3个百分点。
下一步，公司将在分拨中心引入数字化温控系统，实现从口岸到门店的全程温度可追溯。
""",
    ),
    dict(
        slug="company-text-yayun-konghou-maker-recall",
        site="雅韵乐器官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yayun-konghou.com/gonggao/2025-10.html",
        title="关于部分型号雁柱箜篌琴弦座召回的公告",
        record_title="【公司公告】关于部分型号雁柱箜篌琴弦座召回的公告",
        date="2025-10-09",
        notes="company text page: after-sales line of the document kept beside the shop's sales line; serial-number table",
        page="""
!m 雅韵乐器　|　箜篌 · 古琴 · 民族乐器制作
!m 首页 > 公司公告
!t 【公司公告】关于部分型号雁柱箜篌琴弦座召回的公告
!m 发布日期：2025-10-09
{BODY}
!w 选购咨询：0312-5669080（销售部）　淘宝店：雅韵乐器旗舰店
!d 雅韵乐器保留对本公告的最终解释权
!m Copyright 2025 雅韵乐器制作有限公司
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，2024年9月至2025年3月生产的部分雁柱箜篌，琴弦座粘接工艺存在缺陷，长期高张力使用后可能开裂。为保障用户权益，公司决定主动召回相关产品，免费更换琴弦座。
涉及产品如下：
型号　生产批号　数量（台）
YK-36　2409至2412　58
YK-42　2501至2503　31
请相关用户联系我公司售后服务部，电话：0312-5669123，我们将安排专人上门取琴或提供返厂运费。
由此给您带来的不便，我们深表歉意。
雅韵乐器制作有限公司
2025年10月9日
""",
    ),
    dict(
        slug="training-html-qiming-new-media-course-plan",
        site="启明职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="plan",
        form="html",
        source="https://www.qimingpx.cn/zsjz/xmt-2025.html",
        title="启明职业培训学校2025年秋季新媒体运营实战班招生简章",
        record_title="【招生简章】启明职业培训学校2025年秋季新媒体运营实战班招生简章（附课程表）",
        date="2025-08-01",
        notes="training school: floating consult box and 400 line chrome; school's own 报名电话 kept; course table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>启明职业培训学校2025年秋季新媒体运营实战班招生简章</title></head><body>
<div class="top">⟦m 启明职业培训学校⟧ ⟦m 人社部门备案 · 技能改变命运⟧ ⟦w 全国招生热线：400-901-5180⟧</div>
<div class="menu">⟦m 首页 学校简介 招生简章 师资力量 学员风采 在线报名⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 2025-08-01　招生办⟧</div>
{BODY}
<div class="apply">⟦a 立即在线报名，前20名赠送剪辑软件课程⟧</div>
<div id="float-consult">⟦w 在线老师 · 免费试听⟧</div>
<div class="ft">⟦m 启明职业培训学校 版权所有　办学许可证号：13070230001⟧</div>
</body></html>
""",
        body="""
为满足电商企业和个体商户对新媒体运营人才的需求，我校开设2025年秋季新媒体运营实战班，现面向社会招生。
一、招生对象：年满18周岁，具有初中以上文化程度，有意从事新媒体运营的人员。
二、课程安排：
模块　课时　主要内容
账号定位与内容策划　24　选题、脚本、排版
短视频拍摄与剪辑　36　拍摄构图、剪辑软件
直播运营　24　直播话术、流量分析
三、学习时间：9月15日开班，周一至周五晚上及周六全天。
四、收费标准：学费3200元，符合条件的学员可申请职业技能培训补贴。
五、报名地点：学校教务处（兴华路66号二楼），报名电话：0313-2218806。
""",
    ),
    dict(
        slug="training-text-mafeng-equestrian-youth-course",
        site="马蹄风马术俱乐部 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.mafeng-equestrian.cn/news/189.html",
        title="关于开设青少年马术基础课程的通知",
        record_title="关于开设青少年马术基础课程的通知｜马蹄风马术俱乐部",
        date="2025-06-20",
        notes="training club text page: one-line body; booking prompt and WeChat id chrome; safety rules kept",
        page="""
!m 马蹄风马术俱乐部　　让孩子与马一起成长
!m 首页 · 课程 · 活动 · 联系我们
{T}
!m 2025-06-20　俱乐部教学部
{BODY}
!w 预约体验课请添加教练微信：mtf-coach08
!l 推荐阅读：马术入门装备清单｜暑期亲子骑乘体验日
!d 图片及文字版权归马蹄风马术俱乐部所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
为推广马术运动，培养青少年勇敢、自信的品格，俱乐部自7月起开设青少年马术基础课程。
一、招收对象：7至16周岁、身体健康的青少年。
二、课程内容：马匹认知与照料、上下马、慢步和轻快步骑乘，共16课时。
三、安全要求：学员上课须佩戴头盔和护具，全程由持证教练一对一指导，家长不得擅自进入骑乘场地。
四、报名时间：6月20日至6月30日，名额60人，报满即止。
马蹄风马术俱乐部
2025年6月20日
""",
    ),
    dict(
        slug="fanwenapp-bixie-retiree-management-summary",
        site="笔谐写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.bixieapp.com/a/9938120",
        title="街道退休人员社会化管理服务工作总结",
        record_title="街道退休人员社会化管理服务工作总结（通用3篇）｜笔谐写作",
        date=None,
        notes="writing app: AI-rewrite and member prompts, one glued after a sentence; no date (relative update time only)",
        page="""
!m 笔谐写作　｜　APP内打开
!t 街道退休人员社会化管理服务工作总结（通用3篇）
!m 更新于 5天前　·　2.3万人已阅
!a AI一键改写　　复制　　导出Word
!m 第1篇
{BODY}
!a 开通笔谐VIP，解锁剩余2篇范文
!l 大家都在写：社区老年人服务工作总结｜街道民政工作总结
""",
        body="""
今年以来，街道坚持以退休人员需求为导向，不断完善社会化管理服务体系，辖区1.2万名企业退休人员的获得感和幸福感进一步增强。
一是健全服务网络。在11个社区设立退休人员服务站，配备专职工作人员，建立退休人员信息台账，做到底数清、情况明。
二是做实日常服务。协助开展养老金领取资格认证，全年认证率达到99.6%；组织健康讲座、文体活动36场，走访慰问困难退休人员210人次。⟦a 一键生成同类总结，点击试用AI写作⟧
三是发挥退休人员作用。组建“银龄志愿服务队”8支，参与社区治理、邻里调解和关爱青少年等活动。
下一步，街道将推动服务站与社区养老服务设施融合，提供更加便捷贴心的服务。
""",
    ),
    dict(
        slug="fanwenapp-html-xiezhu-service-center-report",
        site="写助公文APP (invented)",
        style="范文APP",
        genre="工作汇报",
        kind="report",
        form="html",
        source="https://h5.xiezhugw.com/article/55102",
        title="县政务服务中心“一网通办”工作情况汇报",
        record_title=None,
        date="2025-07-16",
        notes="writing app H5 page: no record title (from the h1); bottom bar and member prompts; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>写助公文</title></head><body>
<div class="appbar">⟦a 打开写助公文APP，海量范文免费看⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 写助精选 · 1.6万次阅读 · 478人收藏⟧</div>
{BODY}
<div class="lock">⟦a 以上为试读部分，开通会员查看并复制全文⟧</div>
<div class="more">⟦l 相关范文：政务服务工作总结｜优化营商环境汇报材料｜窗口单位述职报告⟧</div>
<div class="tabbar">⟦l 首页　范文　写作　我的⟧</div>
</body></html>
""",
        body="""
今年以来，县政务服务中心紧扣“高效办成一件事”，深入推进“一网通办”，政务服务便利度持续提升。现将有关情况汇报如下。
一、主要成效。全县1386项政务服务事项实现网上可办，全程网办率达到82%；上半年网上办件量24.7万件，同比增长35%。
二、主要做法。一是梳理高频事项，推出新生儿出生、企业开办等“一件事”集成服务18项；二是推进电子证照应用，减少群众重复提交材料；三是在乡镇便民服务中心设立帮办代办窗口，为老年人等群体提供帮助。
三、存在问题。部分部门业务系统未打通，数据共享不及时；少数窗口人员业务能力有待提升。
四、下步打算。加快系统整合和数据共享，推动更多事项“掌上办”“就近办”。
县政务服务中心
2025年7月16日
""",
    ),
    dict(
        slug="gkforum-text-anlan-silver-economy-essay",
        site="岸澜公考圈 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://bbs.anlangk.com/thread-218830-1-1.html",
        title="发展银发经济　增进老年人福祉",
        record_title="[申论范文] 发展银发经济　增进老年人福祉（附评分要点） - 申论交流 - 岸澜公考圈",
        date=None,
        notes="exam forum: moderator aside, score points, floors after; no date in the document (post time relative); junk glued",
        page="""
!m 岸澜公考圈 » 申论交流 » 范文分享
!t [申论范文] 发展银发经济　增进老年人福祉（附评分要点）
!m 楼主：申论小灶　|　发表于 2小时前　|　只看楼主
!a 本帖隐藏的评分要点需回复后可见
{BODY}
!l 评分要点：立意准确（10分）、论证充分（15分）、语言规范（5分）
!l 2楼 上岸锦鲤：收藏了，明天默写一遍
!l 3楼 小鹿：结尾可以再升华一下
!w 申论一对一批改，私信版主或加Q群 604118273
""",
        junk=dict(lines=1, glued=1),
        body="""
我国已进入中度老龄化社会，老年人口规模大、需求多样，发展银发经济既是应对人口老龄化的重要举措，也是培育经济新增长点的现实选择。
发展银发经济，要补齐服务短板。加快社区嵌入式养老服务设施建设，发展助餐、助浴、助医等服务，让老年人在家门口享受便利。
发展银发经济，要丰富产品供给。鼓励企业研发适老化家居、智能穿戴和康复辅具，推动老年文化、旅游、教育等消费提质扩容。
发展银发经济，要优化发展环境。完善标准体系和行业监管，打击针对老年人的消费欺诈，培养养老护理专业人才。
让老年人老有所养、老有所乐，银发经济大有可为，也必须大有作为。
""",
    ),
    dict(
        slug="gkforum-html-kaoyou-15-minute-circle-interview",
        site="考友汇 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://www.kaoyouhui.net/forum.php?mod=viewthread&tid=77341",
        title="结构化面试：如何推进“15分钟便民生活圈”建设",
        record_title="[面试素材] 结构化面试：如何推进“15分钟便民生活圈”建设 - 面试专区 - 考友汇",
        date=None,
        notes="exam forum HTML: sample answer; no date (post time relative); hidden-content prompt and course ad between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试素材] 结构化面试：如何推进“15分钟便民生活圈”建设 - 面试专区 - 考友汇</title></head><body>
<div id="hd">⟦m 考友汇 · 一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册送题库⟧</a></div>
<div id="pt">⟦m 考友汇 › 面试专区 › 结构化真题⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 面面俱到 发表于 3天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦a 回复 收藏 评分 举报⟧</div>
<div class="reply">⟦l 沙发 阿拾：思路清晰，第三点可以结合本地实际⟧</div>
<div id="ft">⟦m © 2025 考友汇 kaoyouhui.net⟧</div>
</body></html>
""",
        body="""
【题目】你所在的街道要推进“15分钟便民生活圈”建设，领导让你负责前期工作，你会怎么做？
【参考答案】
首先，摸清需求和底数。通过问卷、入户走访和座谈会，了解居民在买菜、就医、养老、托育等方面的需求，同时梳理辖区现有商业网点和公共服务设施的分布。
⟦a 面试VIP班8月开课，点击领取试听⟧
其次，科学制定规划。对照需求找出短板，优先补齐菜市场、社区食堂、便利店等基本保障类业态，合理布局，防止重复建设。
再次，多方协同推进。积极争取商务、住建等部门支持，引导市场主体入驻，鼓励利用闲置用房改造便民设施。
最后，跟踪评估。建立居民评价机制，及时调整优化，让便民生活圈真正便民。
""",
    ),
]
