"""holdout80, part E: law firms, residents' sites, trade associations, company sites and training schools.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="lawfirm-hengshu-wonton-shops-licence-lecture-html",
        site="衡恕律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.hengshulaw.example.com/news/show-1177.html",
        title="小餐饮经营者食品经营许可常见法律风险——在馄饨店主座谈会上的讲课稿",
        record_title="【律师说法】小餐饮经营者食品经营许可常见法律风险——在馄饨店主座谈会上的讲课稿",
        date="2025-05-09",
        notes="law-firm site: consult hotline and a floating 'free consult' box; the lecture date under the title; a disclaimer; the lecturer line neutral",
        page="""
<html><head><meta charset="utf-8"><title>【律师说法】小餐饮经营者食品经营许可常见法律风险-衡恕律师事务所</title></head><body>
<div class="top">⟦m 衡恕律师事务所⟧ ⟦m 法律咨询热线：0571-8806 3355⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 律师说法⟧ ⟦m 联系我们⟧</div>
<h1>⟦t 【律师说法】小餐饮经营者食品经营许可常见法律风险——在馄饨店主座谈会上的讲课稿⟧</h1>
<p>衡恕律师事务所　柯宇航律师</p>
<p>（2025年5月9日）</p>
{BODY}
<div class="tip">⟦d 本文仅为普法交流，不构成针对具体案件的法律意见⟧</div>
<div class="kf">⟦w 免费咨询⟧ ⟦w 留言给律师⟧</div>
<div class="ft">⟦m 地址：杭溪市文二路168号汇金大厦17楼⟧ ⟦m 浙ICP备16033017号⟧</div>
</body></html>
""",
        body="""
各位店主：
今天和大家聊聊小餐饮经营中最常见的几个法律风险。
第一，无证经营。按规定，从事餐饮服务须取得食品经营许可证或者办理小餐饮登记，未取得即开业的，可被没收违法所得并处罚款。
第二，超范围经营。许可证上只有热食类制售的，擅自销售生食、冷食，同样属于违法。
第三，从业人员健康证明。每名接触直接入口食品的员工都应持有有效的健康证明。
第四，原料进货凭证。肉馅、面皮的进货票据至少保存六个月，出了问题才能说得清楚。
希望大家守法经营，把一碗馄饨做得放心。
""",
    ),
    dict(
        slug="lawfirm-pingxu-jianbing-stall-dispute-answer-text",
        site="平序律师网 (invented)",
        style="律所网站",
        genre="法律解答",
        kind="answer",
        form="text",
        source="http://www.pingxulawyer.example.cn/wenda/20251103/8810.html",
        title="煎饼摊被邻居投诉油烟扰民怎么办？",
        record_title="煎饼摊被邻居投诉油烟扰民怎么办？_平序律师网",
        date=None,
        notes="lawyer's answer page: asker line, '律师回复' meta with relative time, a writing-service-like 'ask a lawyer now' prompt between paragraphs; no date",
        page="""
!m 平序律师网　>　法律咨询　>　相邻关系
!t 煎饼摊被邻居投诉油烟扰民怎么办？_平序律师网
!m 咨询人：城中村小张　　所在地：岭州
!m 律师回复　钟雅婷律师　　昨天 21:13
{BODY}
!l 该回复对您有帮助吗？　有帮助　没帮助
!w 在线律师24小时接单，平均3分钟回复
""",
        body="""
您好，根据您描述的情况，建议从以下几方面处理：
一、先查证照。流动煎饼摊是否在街道划定的摊区内经营，是否办理了食品摊贩登记。
二、改善油烟。可以加装小型油烟净化器，或者调整灶台朝向，减少对邻居窗户的影响。
⟦w 问题复杂？立即一对一咨询律师⟧
三、协商解决。可以请社区调解委员会出面调解，约定经营时段和清洁责任。
四、如果邻居起诉，法院会审查油烟是否超出了相邻关系中的合理容忍限度。
""",
    ),
    dict(
        slug="community-danche-bicycle-repair-stall-html",
        site="槐荫社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huaiyinsq.example.cn/sqgg/2025/0318/209.html",
        title="关于设置便民自行车维修点的公示",
        record_title="关于设置便民自行车维修点的公示",
        date="2025-03-18",
        notes="residents' site: property hotline and the residents' committee's own phone; a weather widget and a 'community mall' list; the notice asks residents to 扫码 give feedback",
        page="""
<html><head><meta charset="utf-8"><title>关于设置便民自行车维修点的公示_槐荫社区网</title></head><body>
<div class="top">⟦m 槐荫社区网⟧ ⟦m 今天 晴 8～19℃⟧</div>
<div class="nav">⟦m 社区首页⟧ ⟦m 居务公开⟧ ⟦m 便民服务⟧ ⟦m 邻里圈⟧</div>
<div class="crumb">⟦m 当前位置：首页 → 居务公开⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布：社区居委会　2025-03-18　浏览 316 次⟧</div>
{BODY}
<div class="side"><h4>⟦l 社区商城⟧</h4><p>⟦l 鲜奶到家 9.9元起⟧</p><p>⟦l 家电清洗 限时优惠⟧</p></div>
<div class="ft">⟦m 物业服务中心24小时热线：0532-8671 5500⟧ ⟦m 技术支持：智邻科技⟧</div>
</body></html>
""",
        body="""
各位居民：
为方便居民出行，经居民议事会讨论，拟在小区东门西侧设置一处便民自行车维修点。现将有关情况公示如下。
一、经营者：退休职工程师傅，从事自行车修理三十余年。
二、服务内容：补胎、换胎、调刹车、换链条，收费标准在维修点公开张贴。
三、服务时间：每天8:00至18:00，雨雪天暂停。
公示期为3月18日至3月24日。居民如有意见，可扫描公告栏二维码反馈，或致电社区居委会：0532-8671 2260。
槐荫社区居民委员会
2025年3月18日
""",
    ),
    dict(
        slug="community-shizixiu-cross-stitch-class-text",
        site="东篱社区服务站 (invented)",
        style="社区网站",
        genre="活动总结",
        kind="summary",
        form="text",
        source="http://donglisq.example.net/hd/0612.html",
        title="“针线暖夕阳”十字绣兴趣班活动总结",
        record_title="【活动】“针线暖夕阳”十字绣兴趣班活动总结",
        date="2025-06-12",
        notes="community page: photo captions between paragraphs, a volunteer-signup button, a lost-and-found list under the text; the title in the record decorated",
        page="""
!m 东篱社区服务站　|　社区活动
!t 【活动】“针线暖夕阳”十字绣兴趣班活动总结
!m 发布人：社工 小彭　　发布日期：2025年6月12日
{BODY}
!a 我也要当志愿者 →
!l 社区公告栏：3号楼电梯维保通知　|　失物招领：黑色钱包一只
""",
        body="""
3月至5月，社区联合区妇联开办“针线暖夕阳”十字绣兴趣班，共开课十二次，四十三名老年居民参加。
兴趣班由居民汤阿姨担任老师，从认识绣布、配线讲起，循序渐进教大家绣花草、福字和全家福。
⟦m 【图】学员们在活动室专心刺绣⟧
结课时，学员们共完成作品六十八幅，其中二十幅在社区文化长廊展出。
不少学员表示，绣十字绣既能活动手指，又能和邻居聊天，希望下半年继续开班。
""",
    ),
    dict(
        slug="association-jingtailan-cloisonne-pledge-html",
        site="溧州市景泰蓝工艺协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://www.lzjtl.example.org.cn/xhdt/2025/1009/140.html",
        title="关于规范景泰蓝制品标识、诚信经营的倡议书",
        record_title="【协会倡议】关于规范景泰蓝制品标识、诚信经营的倡议书",
        date="2025-10-09",
        notes="association site: member login, 'join the association' button, the association's own 监督电话 and mailbox in the body; a 'member units' box",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范景泰蓝制品标识、诚信经营的倡议书-溧州市景泰蓝工艺协会</title></head><body>
<div class="hd">⟦m 溧州市景泰蓝工艺协会⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="nav">⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 行业标准⟧ ⟦m 会员单位⟧ ⟦m 大师风采⟧</div>
<h2>⟦t 【协会倡议】关于规范景泰蓝制品标识、诚信经营的倡议书⟧</h2>
<div class="meta">⟦m 时间：2025-10-09　来源：协会秘书处⟧</div>
{BODY}
<div class="box"><h4>⟦l 会员单位⟧</h4><p>⟦l 溧州珐琅厂　金丝坊　蓝韵工作室⟧</p></div>
<div class="ft">⟦m 协会地址：溧州市工艺美术大楼六层⟧ ⟦m 苏ICP备20011207号⟧</div>
</body></html>
""",
        body="""
全市景泰蓝生产经营单位：
近年来，市场上出现以电镀、贴花冒充掐丝珐琅，以机制冒充手工的现象，损害了消费者权益和行业声誉。为此，协会向全体会员及从业者倡议：
一、如实标注。产品标签应注明胎体材质、掐丝方式和是否手工点蓝。
二、明码标价。不虚构原价，不夸大收藏价值。
三、诚信售后。对因工艺缺陷导致掉蓝、起泡的产品，主动退换。
欢迎社会各界监督，监督电话：0519-8723 0618，邮箱：jtlxh@example.org.cn。
溧州市景泰蓝工艺协会
2025年10月9日
""",
    ),
    dict(
        slug="association-jingyou-essential-oil-report-text",
        site="芳原县芳香植物行业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.fangyuan-xh.example.cn/hyyj/2025/0828/77.html",
        title="芳原县芳香植物精油产业发展调研报告",
        record_title="芳原县芳香植物精油产业发展调研报告（全文）",
        date="2025-08-28",
        notes="association page; hard-wrapped at 58 columns; a production table; an 'association membership QR' line between paragraphs; date in Chinese numerals",
        wrap=58,
        indent="　　",
        page="""
!m 芳原县芳香植物行业协会　　行业研究
!t 芳原县芳香植物精油产业发展调研报告（全文）
!m 2025-08-29　　秘书处　　阅读 208
{BODY}
!l 返回行业研究列表
!m 协会电话：0935-4402718　　地址：芳原县农业园区综合楼
""",
        body="""
今年六至八月，协会组织专家对全县精油生产企业和种植基地进行了调研，形成本报告。
一、产业现状。全县种植迷迭香、香茅、薄荷等芳香植物三点六万亩，精油生产企业十四家，年产精油约四十吨。
⟦a 扫码加入协会，获取更多行业数据⟧
二、主要问题。蒸馏设备老旧，出油率比先进水平低两成；缺少检测能力，产品难进中高端市场。
三、建议。由县里支持建设公共检测中心，推动企业联合采购新型蒸馏设备，协会牵头制定团体标准。
芳原县芳香植物行业协会
二〇二五年八月二十八日
""",
        date_also=["2025-08-29"],
    ),
    dict(
        slug="company-majuhang-saddlery-news-html",
        site="骏驰马具有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.junchisaddle.example.com/news/company/2025-11-03.html",
        title="骏驰马具通过马术运动装备团体标准评审",
        record_title="骏驰马具通过马术运动装备团体标准评审 - 骏驰马具有限公司",
        date="2025-11-03",
        notes="corporate site: cookie banner, product menu, online-shop and sales lines, a 'follow us' footer; a dotted company date 2025.11.03 as the byline",
        page="""
<html><head><meta charset="utf-8"><title>骏驰马具通过马术运动装备团体标准评审 - 骏驰马具有限公司</title></head><body>
<div class="cookie">⟦a 本网站使用Cookie以改善浏览体验，继续浏览即表示同意⟧ ⟦a 接受⟧</div>
<header>⟦m 骏驰马具 JUNCHI SADDLERY⟧ <nav>⟦m 关于骏驰⟧ ⟦m 产品中心⟧ ⟦m 新闻动态⟧ ⟦m 联系我们⟧</nav></header>
<h1>{T}</h1>
<p class="d">⟦m 2025.11.03⟧ ⟦m 公司新闻⟧</p>
{BODY}
<div class="share">⟦l 分享：微信 微博 领英⟧</div>
<footer>⟦m 销售热线：400-900-7716⟧ ⟦m 天猫旗舰店：骏驰马具官方店⟧ ⟦d © 2025 骏驰马具有限公司 保留所有权利⟧</footer>
</body></html>
""",
        body="""
10月30日，由省马术协会组织的《马术运动鞍具》团体标准评审会在省城召开，我公司作为主要起草单位参加评审，标准顺利通过。
该标准规定了场地障碍鞍、盛装舞步鞍的尺寸偏差、皮革强度和鞍树耐疲劳等指标，填补了省内马术鞍具标准的空白。
公司总经理罗铮表示，骏驰将以标准为引领，继续提升手工缝制和鞍树加工水平。
""",
    ),
    dict(
        slug="company-jiangbei-trophy-recall-notice-text",
        site="荣晟奖杯制品厂 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.rongsheng-trophy.example.cn/gg/20250725.html",
        title="关于召回部分水晶奖杯底座的公告",
        record_title="关于召回部分水晶奖杯底座的公告",
        date="2025-07-25",
        notes="company notice: the site's order line vs the recall line in the body; batch table; a product banner between paragraphs; 'top' and 'online message' links",
        page="""
!m 荣晟奖杯制品厂　　首页｜产品展示｜定制流程｜企业公告｜在线留言
!m 订购热线：0579-8555 3120
{T}
{BODY}
!a ↑回到顶部　在线留言
!m Copyright 2025 荣晟奖杯制品厂　浙ICP备18055520号
""",
        body="""
尊敬的客户：
经我厂质量复查发现，2025年5月至6月生产的部分水晶奖杯，其金属底座与水晶体的粘接强度不足，存在脱落风险。为保障用户安全，我厂决定主动召回。
生产批次　规格　数量
RS2505-A　25厘米五角星款　1200只
RS2506-C　30厘米火炬款　860只
⟦a 【新品推荐】树脂定制奖牌，现在下单享八折⟧
请持有上述批次产品的客户停止使用，联系我厂召回专线0579-8555 3199，我厂将免费更换底座并承担运费。
荣晟奖杯制品厂
2025年7月25日
""",
    ),
    dict(
        slug="training-tangren-sugar-figure-course-html",
        site="甜艺非遗技艺培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.tianyi-peixun.example.com/zs/2025chun.html",
        title="2025年春季吹糖人技艺培训班招生简章",
        record_title="【春季招生】2025年春季吹糖人技艺培训班招生简章（包教包会）",
        date=None,
        notes="training school: trial-lesson and WeChat consult boxes, a 400 line beside the school's own 报名电话; course table; no date (the year only in the title; an 'updated' stamp)",
        page="""
<html><head><meta charset="utf-8"><title>【春季招生】2025年春季吹糖人技艺培训班招生简章（包教包会）-甜艺培训</title></head><body>
<div class="hd">⟦m 甜艺非遗技艺培训学校⟧ ⟦m 全国统一咨询：400-622-1798⟧</div>
<div class="nav">⟦m 学校首页⟧ ⟦m 课程设置⟧ ⟦m 学员作品⟧ ⟦m 招生简章⟧</div>
<h1>⟦t 【春季招生】2025年春季吹糖人技艺培训班招生简章（包教包会）⟧</h1>
<div class="upd">⟦m 更新时间：3天前⟧</div>
{BODY}
<div class="box">⟦a 免费预约试听课⟧ ⟦w 扫码加老师微信，领取课程资料⟧</div>
<div class="ft">⟦d 学习效果因人而异，以实际为准⟧ ⟦m 校址：湘岳市老街21号⟧</div>
</body></html>
""",
        body="""
吹糖人是我省省级非物质文化遗产项目。为传承这门老手艺，学校开设春季吹糖人技艺培训班。
课程模块　课时　内容
基础班　20课时　熬糖、控温、吹小动物
提高班　30课时　十二生肖、人物造型
一、招收对象：年满16周岁，身体健康，对传统手艺有兴趣者。
二、学费：基础班1800元，提高班2600元，含全部糖料。
三、报名电话：0730-8621 4097（学校教务处）。
""",
    ),
    dict(
        slug="training-yuliang-rain-gauge-observer-plan-text",
        site="澈水县气象灾害防御培训中心 (invented)",
        style="培训机构",
        genre="培训方案",
        kind="plan",
        form="text",
        source="http://px.cheshuiqx.example.cn/pxdt/2025/0408/41.html",
        title="2025年村级雨量观测员业务培训方案",
        record_title="2025年村级雨量观测员业务培训方案",
        date="2025-04-08",
        notes="training page with junk lines and glued junk (anti-scraping); training schedule table; the observers are asked to 下载 the reporting app (content)",
        junk=dict(lines=1, glued=2),
        page="""
!m 澈水县气象灾害防御培训中心　>　培训动态
{T}
!m 来源：培训中心　　日期：2025-04-08
{BODY}
!l 上一篇：汛前防雷安全培训班开班
!m 培训中心电话：0746-6220 8817
""",
        body="""
为提高村级雨量观测员业务能力，做好今年汛期雨情监测，制定本培训方案。
一、培训对象。全县一百二十六个行政村的雨量观测员。
二、培训内容：
日期　内容　授课人
4月15日　雨量器安装与维护　县气象局 符晓
4月16日　雨情上报与预警叫应　县应急局 甘立
三、培训要求。参训人员须提前在手机上下载“澈水雨情”上报软件，培训结束后进行实操考核。
四、培训地点设在县气象局三楼会议室，往返交通费由各乡镇负担。
""",
    ),
]
