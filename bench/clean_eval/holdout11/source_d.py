"""Holdout 11, part D: news portals, Party-building sites, hospitals and universities.
Invented text, sites, places and people; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="news-yanxi-html-zero-carbon-park-comments",
        site="砚溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yanxinews.example.cn/bdxw/2025-10/17/content_90712.html",
        title="我市首批“零碳园区”试点正式启动",
        date="2025-10-17",
        notes="news page: the lead's 本网讯（记者…通讯员…） stays body; no year in the text, the date from the byline time; a correction button, share row, hot list, comment counter and app banner are chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我市首批“零碳园区”试点正式启动_砚溪新闻网</title></head>
<body>
<div class="yx-top">⟦m 砚溪新闻网 | 砚溪日报社主办⟧ <a>⟦a 「砚溪+」客户端下载⟧</a></div>
<div class="yx-chan">⟦m 本地新闻　时政　经济　民生　文旅　视频　评论⟧</div>
<div class="yx-art">
<h1>{T}</h1>
<div class="yx-byline"><span>⟦m 2025-10-17 07:52⟧</span> <span>⟦m 来源：砚溪日报⟧</span> <a>⟦a 【纠错】⟧</a></div>
<div class="yx-body">
{BODY}
</div>
<div class="yx-editor">⟦m 责任编辑：康宁　值班主任：方舟⟧</div>
<div class="yx-share">⟦l 转发到：微信好友　朋友圈　微博　复制链接⟧</div>
<div class="yx-cmt"><p>⟦l 网友评论　已有12条　查看全部 ›⟧</p><p>⟦l 文明上网，理性发言⟧</p></div>
</div>
<div class="yx-hot"><h3>⟦l 24小时热榜⟧</h3>
<p>⟦l 1　砚溪高铁站至城东快速路今日通车⟧</p><p>⟦l 2　市区这些路段将实行临时交通管制⟧</p><p>⟦l 3　我市新增3所公办幼儿园⟧</p></div>
<div class="yx-foot">⟦d 砚溪新闻网所刊载内容之知识产权为砚溪日报社所有，未经书面授权不得转载。⟧ ⟦m 互联网新闻信息服务许可证：43120220010⟧</div>
</body></html>
""",
        body="""
本网讯（记者 林晓 通讯员 程蔚）10月16日，我市首批“零碳园区”试点启动仪式在砚溪经开区举行，经开区新材料产业园、高新区数字经济产业园和砚东物流园3个园区入选首批试点。
根据试点方案，3个园区将用3年时间，通过建设分布式光伏、推广储能设施、实施企业节能改造、建立园区碳排放监测平台等举措，力争到2027年实现园区运营碳排放较2024年下降60%以上，其中新材料产业园率先实现“近零碳”排放。
“我们园区厂房屋顶面积超过40万平方米，可建设分布式光伏约50兆瓦，每年发电量约5500万千瓦时，能满足园区三分之一的用电需求。”经开区管委会负责人介绍。
启动仪式上，国网砚溪供电公司与3个试点园区签订绿电保障合作协议，5家金融机构发布“零碳贷”等绿色金融产品，授信总额度达到30亿元。
市发展改革委相关负责人表示，我市将及时总结试点经验，力争到2030年在全市推广建设10个以上零碳或近零碳园区，为全市实现碳达峰目标提供有力支撑。
""",
    ),
    dict(
        slug="news-chengjiang-two-sessions-original-title-video",
        site="澄江在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.chengjiangol.example.cn/news/lh/2025-01/11/58231.shtml",
        title="代表委员热议：让“一老一小”幸福感更足",
        record_title="【两会声音】代表委员热议：让“一老一小”幸福感更足",
        date="2025-01-11",
        notes="a column tag in 【】 before the title; 原标题 line; a video player label between paragraphs; quotes of delegates are body; date from the byline time",
        page="""
!m 澄江在线 — 澄江人自己的新闻网
!m 首页 > 专题 > 2025澄江两会
!t 【两会声音】代表委员热议：让“一老一小”幸福感更足
!m 原标题：聚焦“一老一小” 代表委员建言民生实事
!m 2025-01-11 19:03　来源：澄江日报　记者：杜若　姚一鸣
{BODY}
!m （编辑：谭茜）
!l 相关阅读：
!l 【两会声音】让就业“蓄水池”更充盈
!l 【两会快评】民生实事要办到群众心坎上
!a ◎ 下载澄江在线App，第一时间看两会
""",
        body="""
养老和托育，一头连着“夕阳红”，一头连着“朝阳升”。市两会期间，“一老一小”话题持续受到代表委员关注。
“我们社区60岁以上老人占到三成，很多是独居老人，吃饭难、就医难是他们最操心的事。”市人大代表、金桂社区党委书记周婉说，近两年社区依托党群服务中心办起了老年食堂，每天为120多位老人提供午餐，“建议政府加大对社区嵌入式养老服务设施的支持力度，让更多老人在家门口就能享受到便利服务。”
⟦a ▶ 点击播放　02:36　｜　代表委员谈“一老一小”⟧
市政协委员、市妇幼保健院副院长魏琳则把目光投向了托育服务。她在调研中发现，全市0至3岁婴幼儿家庭中，有托育需求的超过三成，但普惠性托育机构数量偏少、收费偏高。“建议通过公建民营、用人单位办托等方式增加普惠托位供给，同时加强对托育从业人员的培训和监管。”
记者从市民政局了解到，今年我市将新建改造社区养老服务设施30个，新增普惠托位800个，并将“一老一小”服务纳入为民办实事项目清单。
""",
    ),
    dict(
        slug="news-yanxi-speech-full-text-organization-work",
        site="砚溪新闻网 (invented)",
        style="新闻门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yanxinews.example.cn/sz/2025-02/28/content_88105.html",
        title="在全市组织工作会议上的讲话",
        record_title="市委书记在全市组织工作会议上的讲话（全文）",
        date="2025-02-26",
        date_also=["2025-02-28"],
        notes="a speech printed in full by a news portal: 来源 line with a date, speaker and date lines under the title (neutral); the decorated record title puts the speaker's office before it and （全文） after; app prompt between paragraphs",
        page="""
!m 砚溪新闻网　时政频道
!t 市委书记在全市组织工作会议上的讲话（全文）
!m 来源：砚溪日报　2025-02-28 08:15
{T}
市委书记　欧阳澈
（2025年2月26日）
{BODY}
!d 【版权声明】本文为砚溪日报社授权刊发，转载请注明来源。
!l 时政要闻 更多 >
!l · 市委常委会召开会议研究部署一季度重点工作
!l · 全市优化营商环境大会召开
""",
        indent="\u3000\u3000",
        body="""
同志们：
这次全市组织工作会议的主要任务是，深入贯彻全国、全省组织工作会议精神，总结去年全市组织工作，部署今年重点任务。下面，我讲几点意见。
一、坚持政治引领，切实把牢组织工作正确方向
组织工作是党的建设的重要组成部分。全市各级组织部门要始终把政治建设摆在首位，坚持用党的创新理论武装头脑、指导实践、推动工作，确保党中央决策部署和省委、市委工作要求在组织工作中不折不扣落到实处。
二、坚持正确用人导向，建设堪当重任的高素质干部队伍
要坚持好干部标准，突出政治标准和实绩导向，大力选拔敢于负责、勇于担当、善于作为、实绩突出的干部。要加强年轻干部培养，有计划地安排年轻干部到基层一线、重大项目、信访维稳等岗位历练。要落实“三个区分开来”，健全容错纠错机制，让干事者放心大胆干事。
⟦a ⇩ 打开「砚溪+」App，收听本文语音版 ⇩⟧
三、坚持大抓基层，推动基层党组织全面进步全面过硬
要持续整顿软弱涣散基层党组织，抓好村（社区）“两委”班子运行分析研判，加强村级后备力量培养。要深化党建引领基层治理，推动机关企事业单位党组织和党员到社区报到服务，着力破解超大社区、新就业群体等治理难题。
四、坚持人才强市，加快集聚各类优秀人才
要深入实施“砚才回归”工程，围绕主导产业精准引才，完善人才住房、子女入学、医疗保障等配套服务，努力让各类人才引得进、留得住、用得好。
同志们，做好新时代组织工作使命光荣、责任重大。全市各级党组织和组织部门要勇于担当、奋发作为，以组织工作高质量发展为全市现代化建设提供坚强组织保证！
""",
    ),
    dict(
        slug="news-danchuan-commentary-html-no-record-title",
        site="澹川网 (invented)",
        style="新闻门户",
        genre="评论",
        kind="news",
        form="html",
        source="https://www.danchuanwang.example.cn/pl/bwpl/202506/t20250602_31704.html",
        title="以“时时放心不下”的责任感守牢安全底线",
        record_title=None,
        date="2025-06-02",
        notes="no record title; <title> with a 评论｜ prefix and the site after _; the h1 plain; 本报评论员 byline; zoom buttons; recommended and hot-comment boxes",
        page="""
<html><head><meta charset="utf-8"><title>评论｜以“时时放心不下”的责任感守牢安全底线_澹川网</title></head>
<body>
<nav>⟦m 澹川网⟧　⟦m 澹川网 &gt; 评论 &gt; 本网评论⟧</nav>
<h1>{T}</h1>
<div class="src">⟦m 本报评论员⟧　⟦m 2025-06-02 06:50⟧　<span>⟦a ⊕ 放大⟧</span> <span>⟦a ⊖ 缩小⟧</span></div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 微信　微博　QQ空间　复制链接⟧</div>
<div class="tj"><h4>⟦l 推荐阅读⟧</h4><p>⟦l 让安全生产责任落到“最后一米”⟧</p><p>⟦l 防汛备汛要未雨绸缪⟧</p></div>
<div class="hotcmt"><h4>⟦l 热门评论⟧</h4><p>⟦l 澹川老兵：说到点子上了，安全无小事！ 06-02 09:14⟧</p></div>
<footer>⟦m 澹川日报社主办　版权所有　未经授权禁止复制或建立镜像⟧</footer>
</body></html>
""",
        body="""
六月是全国“安全生产月”。安全生产事关人民群众生命财产安全，事关经济社会发展大局，容不得半点松懈和侥幸。
安全生产最怕“想不到”，更怕“想到了却没做到”。近年来一些事故的教训表明，很多隐患早有苗头、早被发现，却因为责任落实不到位、整改措施不得力，最终酿成大祸。守牢安全底线，关键在于把“时时放心不下”的责任感转化为“事事落到实处”的执行力。
要把责任压实到岗位。各级领导干部要坚持“三管三必须”，既要管好本行业本领域的安全，也要盯住交叉地带和监管空白；企业主要负责人要切实履行第一责任人职责，把安全投入、安全培训、隐患排查落到每一个班组、每一个岗位。
要把隐患消除在萌芽。对排查出的隐患，要建立台账、明确时限、跟踪销号，决不能“纸上整改”“一查了之”。对重大隐患，要挂牌督办，整改不到位的坚决停产停业。
要把意识植根于人心。安全意识不是一朝一夕就能形成的，要通过常态化的宣传教育和实战化的应急演练，让“人人讲安全、个个会应急”成为全社会的行动自觉。
安全生产没有终点，只有连续不断的起点。唯有时时放心不下、处处严防死守，才能真正守住安全底线。
""",
    ),
    dict(
        slug="dangjian-hongyan-lecture-subtitle-checkin",
        site="红砚先锋网 (invented Party-building site)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.hongyanxf.example.cn/dkjg/2025/0703/2207.html",
        title="传承红色基因　勇担时代使命",
        date="2025-06-30",
        date_also=["2025-07-03"],
        notes="a Party lecture: a ——在…上的讲稿 subtitle, the speaker and the date under the title (neutral); check-in and like rows; study-point prompt; headings with 一、 and （一）",
        page="""
!m 红砚先锋网 · 党员学习教育平台
!m 首页 > 党课讲稿 > 专题党课
{T}
——在局机关“七一”专题党课上的讲稿
局党组书记　骆平
2025年6月30日
!m 发布日期：2025-07-03　栏目编辑：红砚小编
!a 【学习打卡】已有2,368名党员打卡 · 完成阅读可获学习积分+2
{BODY}
!a ♥ 点赞 为TA加油（437）
!l 上一篇：支部书记“七一”党课：做新时代合格党员
!l 下一篇：专题党课｜从党史中汲取奋进力量
!m 红砚先锋网　主办：砚溪市党员教育中心　技术支持：红砚数字科技
""",
        indent="\u3000\u3000",
        body="""
同志们：
在党的104岁生日即将到来之际，我们在这里集中学习，共同重温党的光辉历程，感悟初心使命。今天，我以“传承红色基因　勇担时代使命”为题，和大家谈谈体会。
一、深刻认识红色基因的丰富内涵
（一）红色基因是坚定的理想信念。从南湖红船到井冈山的星星之火，从二万五千里长征到改革开放的伟大实践，一代又一代共产党人之所以能够历经千难万险而不改初心，靠的就是对马克思主义的坚定信仰和对共产主义、社会主义的坚定信念。
（二）红色基因是为民的赤子情怀。人民是我们党的根基和力量源泉。革命年代，老百姓用小米供养、用小车推出了胜利；新时代，我们要始终把人民放在心中最高位置。
（三）红色基因是不怕牺牲的奋斗精神。在我们身边，有扎根基层数十年的老党员，有冲锋在抗洪一线的年轻干部，他们用实际行动诠释了共产党人的奋斗本色。
二、在新时代传承好红色基因
（一）在学思践悟中筑牢信仰之基。要把学习党的创新理论作为终身课题，常学常新、常悟常进，真正做到学思用贯通、知信行统一。
（二）在履职尽责中彰显担当本色。我们局承担着全市民生保障的重要职能，每一项政策都关系到千家万户。要把红色基因转化为干事创业的强大动力，在急难险重任务中冲锋在前。
（三）在严守纪律中保持政治本色。要严格遵守党的各项纪律，自觉抵制各种诱惑，始终做到清正廉洁、干净干事。
同志们，红色基因是我们最宝贵的精神财富。让我们从党的百年奋斗历程中汲取智慧和力量，以更加昂扬的精神状态、更加务实的工作作风，奋力谱写新时代新篇章！
""",
    ),
    dict(
        slug="dangjian-yuling-party-day-html-record-date",
        site="榆陵机关党建网 (invented)",
        style="党建网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://jgdj.yuling.example.gov.cn/zbfc/202508/t20250828_5521.html",
        title="县财政局机关第三党支部开展“书记讲党课”主题党日活动",
        record_date="2025-08-28",
        date="2025-08-28",
        notes="HTML branch-news page with record date; a study-points widget and a reading timer; an 推荐 list with dates; 供稿/审核 line",
        page="""
<html><head><meta charset="utf-8"><title>县财政局机关第三党支部开展“书记讲党课”主题党日活动 - 支部风采 - 榆陵机关党建网</title></head>
<body>
<div class="dj-head">⟦m 榆陵机关党建网⟧ <span>⟦m 建设让党放心、让人民群众满意的模范机关⟧</span></div>
<div class="dj-crumb">⟦m 当前位置：首页 / 支部风采⟧</div>
<div class="dj-main">
<h2>{T}</h2>
<p class="dj-info">⟦m 时间：2025-08-28　供稿：县财政局机关党委⟧</p>
<p class="dj-timer">⟦a ⏱ 本文阅读需约3分钟　阅读满3分钟可得1学分⟧</p>
<div class="dj-text">
{BODY}
</div>
<p class="dj-check">⟦m 审核：胡蓉　发布：县直机关工委办公室⟧</p>
</div>
<div class="dj-tj"><p>⟦l 推荐 ›⟧</p><p>⟦l 县教育局机关党委召开支部书记述职评议会 08-26⟧</p><p>⟦l 县卫健委机关党支部开展“送医下乡”志愿服务 08-22⟧</p></div>
<div class="dj-foot">⟦m 中共榆陵县直属机关工作委员会　版权所有⟧</div>
</body></html>
""",
        body="""
8月27日，县财政局机关第三党支部组织开展“书记讲党课”主题党日活动，支部全体党员参加。
活动中，支部书记以“守好财政‘钱袋子’　当好为民‘管家人’”为题讲授专题党课。他结合近年来财政资金管理中发现的典型问题，从严格预算约束、规范资金拨付、强化绩效管理三个方面，引导党员干部牢固树立底线思维，做到依法理财、廉洁用权。
党课结束后，全体党员重温入党誓词，并围绕“如何在本职岗位上践行初心使命”开展交流研讨。大家纷纷表示，要把党课学习成果转化为推动工作的实际成效，在预算编制、国库支付、债务管理等工作中当好表率。
据了解，今年以来，该支部坚持每月开展一次主题党日活动，累计开展党员志愿服务12次，在全县财政系统“党建＋业务”评比中获评优秀。
""",
    ),
    dict(
        slug="hospital-yanxi-first-notice-outpatient-relocation",
        site="砚溪市第一人民医院官网 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.yxsdyyy.example.cn/yygg/2025/1103/912.html",
        title="关于调整门诊部分科室就诊区域的公告",
        date="2025-11-03",
        notes="hospital site: booking and guide nav, a director's mailbox and an emergency phone in the header and footer (chrome), the notice's own 咨询电话 and a list of moved clinics (body)",
        page="""
!m 砚溪市第一人民医院　三级甲等综合医院
!m 预约挂号　就诊指南　科室导航　专家介绍　健康科普　院务公开
!a 📅 网上预约挂号　　💳 检查报告查询
!m 首页 › 院务公开 › 医院公告
{T}
!m 发布者：门诊部　发布时间：2025-11-03　浏览：2108
{BODY}
!w 院长信箱：yzxx@yxsdyyy.cn　投诉建议请留言
!m 急诊24小时电话：0738-8225120　　地址：砚溪市解放中路17号
!d ©砚溪市第一人民医院　本网站医学科普内容仅供参考，不能替代医生面诊。
""",
        body="""
尊敬的患者朋友：
为进一步优化门诊布局，改善就医环境，我院门诊综合楼改造工程一期已完工。自2025年11月10日起，以下科室门诊将迁至新址就诊：
1.心血管内科门诊、神经内科门诊迁至门诊综合楼3楼东区；
2.内分泌科门诊、风湿免疫科门诊迁至门诊综合楼3楼西区；
3.皮肤科门诊、医疗美容科门诊迁至门诊综合楼4楼；
4.睡眠障碍诊疗中心迁至住院部2号楼1楼。
其余科室就诊区域暂不变化。调整期间，门诊各楼层将安排志愿者引导，医院微信服务号“导航”栏目也将同步更新科室位置信息。
由此给您带来的不便，敬请谅解。如有疑问，请拨打门诊服务中心咨询电话：0738-8225066。
砚溪市第一人民医院门诊部
2025年11月3日
""",
    ),
    dict(
        slug="hospital-laishui-tcm-report-html-workers-congress",
        site="濑水市中医院官网 (invented)",
        style="医院官网",
        genre="工作报告",
        kind="report",
        form="html",
        source="http://www.lssyzy.example.cn/ywgk/2025/0224/1309.html",
        title="在医院第五届职工代表大会第三次会议上的工作报告",
        record_title="在医院第五届职工代表大会第三次会议上的工作报告-院务公开-濑水市中医院",
        date="2025-02-21",
        date_also=["2025-02-24"],
        notes="HTML; the record title carries column and site after hyphens; the speaker and the date under the h1 (neutral); a health-education ad and an appointment float; a long report with （一） headings",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在医院第五届职工代表大会第三次会议上的工作报告-院务公开-濑水市中医院</title></head>
<body>
<div class="h-top">⟦m 濑水市中医院　国家中医药传承创新中心建设单位⟧ <a>⟦a 就诊卡充值⟧</a> <a>⟦a 智能导诊⟧</a></div>
<div class="h-nav">⟦m 医院概况　科室导航　名医名家　就医指南　中医文化　院务公开⟧</div>
<div class="h-pos">⟦m 您的位置：首页 &gt; 院务公开 &gt; 工作报告⟧</div>
<h1>{T}</h1>
<p class="h-sub">院长　崔立言</p>
<p class="h-sub">（2025年2月21日）</p>
<p class="h-meta">⟦m 发布日期：2025-02-24　阅读次数：615⟧</p>
<div class="h-body">
{BODY}
</div>
<div class="h-float">⟦a 预约挂号 ☎ 在线问诊⟧</div>
<div class="h-ad">⟦l 健康科普｜冬病夏治三伏贴预约开始啦 ›⟧</div>
<div class="h-foot">⟦m 濑水市中医院版权所有　地址：濑水市仁和路9号　电话：0745-2836011　湘ICP备16008120号⟧</div>
</body></html>
""",
        body="""
各位代表、同志们：
现在，我代表医院领导班子向大会报告工作，请予审议。
一、2024年工作回顾
2024年，在市卫健委的正确领导下，全院干部职工团结一心、攻坚克难，各项工作取得了新进展。全年门急诊量达到86.4万人次，同比增长9.7%；出院病人3.12万人次，同比增长7.3%；中医非药物疗法使用率达到68%，中药饮片处方占比提高到52%。
（一）学科建设迈上新台阶。针灸推拿科获批省级中医重点专科，脾胃病科、骨伤科通过市级重点专科复评；新开设中医治未病中心和中医康复病区，床位增加至860张。
（二）服务能力持续提升。开展日间手术23种，推行“先诊疗后付费”，门诊平均候诊时间缩短至18分钟；建成互联网医院，全年线上复诊4.6万人次，中药代煎配送到家1.9万单。
（三）人才队伍不断壮大。引进博士研究生5名、硕士研究生37名；2名专家入选省名中医，开展师承教育项目8个，培养青年中医骨干40名。
（四）医院管理更加规范。完成全面预算管理和内部控制建设，药占比、耗占比持续下降；开展医疗质量安全专项整治，医疗纠纷发生率同比下降21%。
二、2025年工作安排
2025年是医院创建三级甲等中医医院的关键之年。我们将重点做好以下工作。
（一）全力推进创“三甲”工作。成立创建工作领导小组和12个专项工作组，对照评审标准逐条梳理、逐项整改，每月召开一次创建推进会，确保9月底前达到评审要求。各科室主任是本科室创建工作第一责任人，要带头学标准、抓整改、补短板。
（二）加强中医优势专科建设。重点支持针灸推拿、脾胃病、骨伤等优势专科做大做强，力争打造2至3个区域领先的特色专科；推广中医适宜技术，年内新增中医适宜技术项目15项，推动中医药服务向基层延伸。
（三）推进智慧医院建设。完成电子病历系统升级，实现检查检验结果院内互认；推广诊间结算、床旁结算，让患者少排队、少跑腿；建设中医智能辅助诊疗系统，提升诊疗规范化水平。
（四）深化人事薪酬制度改革。完善以岗位职责、工作量、服务质量为主要内容的绩效考核体系，向临床一线、关键岗位和业务骨干倾斜，充分调动职工积极性。
（五）加强党建和医德医风建设。坚持党委领导下的院长负责制，深化“清廉医院”建设，严格落实医疗卫生行风建设“九项准则”，坚决纠治医药领域不正之风。
各位代表，新的一年任务艰巨、使命光荣。让我们以更加饱满的热情、更加务实的作风，为建设群众满意的现代化中医医院而努力奋斗！
""",
    ),
    dict(
        slug="university-yanxi-notice-winter-break-docno-attachments",
        site="砚溪大学学生工作部 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xgb.yxu.example.edu.cn/tzgg/2025/1229/c3310a118206/page.htm",
        title="关于做好2025年寒假学生离校及2026年春季学期返校工作的通知",
        date="2025-12-29",
        notes="university office page: portal links across the top, document number (neutral), 附件 list and signature stay body; 供稿/编辑/审核 and 浏览次数 lines; years in the title are no date",
        page="""
!m 学校主页 | 信息门户 | 邮箱 | 图书馆 | English
!m 砚溪大学学生工作部（处）
!m 首页 > 通知公告
{T}
砚大学工〔2025〕41号
!m 供稿：学生工作部　编辑：许诺　审核：吴涛　发布时间：2025-12-29　浏览次数：3906
{BODY}
!m 版权所有 © 砚溪大学学生工作部　地址：砚溪市学府路1号　邮编：417000
""",
        indent="\u3000\u3000",
        body="""
各学院：
根据学校2025—2026学年校历安排，本学期于2026年1月16日结束，寒假自1月17日开始，2026年春季学期学生于2月28日返校报到，3月2日正式上课。为做好学生寒假离校及返校工作，现将有关事项通知如下。
一、做好离校前教育
各学院要在学生离校前召开一次安全教育主题班会，重点围绕交通出行、防范电信网络诈骗、冬季防火防煤气中毒、防溺水等内容开展教育，并引导学生合理安排假期生活，积极参加社会实践活动。
二、严格离校登记
学生离校前须通过学工系统填报离校及假期去向信息，寒假留校学生须提交留校申请，经学院审核后报学生工作部备案。学院要逐一核实学生离校情况，确保底数清楚。
三、做好宿舍安全检查
学生离校前须关闭宿舍门窗和水电，不得在宿舍存放贵重物品。各学院要会同后勤管理处在1月16日前完成宿舍安全检查。
四、做好返校工作
学生须按时返校，不得提前返校或无故推迟返校。确因特殊情况不能按时返校的，须提前履行请假手续。各学院要于3月2日17时前通过学工系统报送学生返校情况。
五、其他事项
寒假期间，学生如遇突发情况，应及时与辅导员联系。学校24小时值班电话：0738-8990110。
附件：1.砚溪大学2026年寒假留校学生申请表
2.学生寒假安全承诺书
3.各学院寒假值班安排表
砚溪大学学生工作部
2025年12月29日
""",
    ),
    dict(
        slug="university-yanxi-speech-html-main-subtitle",
        site="砚溪大学新闻网 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://news.yxu.example.edu.cn/info/1031/20771.htm",
        title="追光而行，做有担当的新时代青年",
        title_also=["追光而行，做有担当的新时代青年——校长邵柯在2025级本科生开学典礼上的讲话"],
        record_title="追光而行，做有担当的新时代青年-砚溪大学新闻网",
        date="2025-09-12",
        date_also=["2025-09-13"],
        notes="HTML; a main title with a ——校长…在…上的讲话 subtitle and a date line (neutral); 文/图/编辑 line; photo credit; the 上一条/下一条 row; footer with the campus map link",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>追光而行，做有担当的新时代青年-砚溪大学新闻网</title></head>
<body>
<div class="top">⟦m 砚溪大学新闻网⟧ ⟦m 明德 博学 求是 致远⟧</div>
<div class="menu">⟦m 首页　砚大要闻　综合新闻　学术动态　媒体砚大　校园人物　专题⟧</div>
<div class="pos">⟦m 当前位置： 首页 &gt;&gt; 砚大要闻 &gt;&gt; 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="subtitle">——校长邵柯在2025级本科生开学典礼上的讲话</p>
<p class="subtitle">（2025年9月12日）</p>
<p class="meta">⟦m 文：校长办公室　图：党委宣传部　编辑：郑一帆　发布时间：2025-09-13　点击：<span>8860</span>⟧</p>
<div class="v_news_content">
{BODY}
</div>
<p class="pn">⟦l 上一条：我校在全国大学生数学建模竞赛中获佳绩⟧</p>
<p class="pn">⟦l 下一条：学校召开2025年秋季学期教学工作会议⟧</p>
</div>
<div class="foot">⟦m 砚溪大学党委宣传部主办　校园地图　联系我们　湘ICP备05008231号⟧</div>
</body></html>
""",
        body="""
亲爱的2025级新同学们：
大家好！今天，来自全国31个省（自治区、直辖市）的6380名本科新生正式成为砚大人。我代表学校，向同学们表示热烈的欢迎！向辛勤培育你们的家长和老师们致以崇高的敬意！
砚溪大学的历史，可以追溯到1938年在战火中创办的湘西联合师范学校。八十多年来，一代代砚大人在艰苦中坚守，在奋斗中前行，形成了“明德、博学、求是、致远”的校训精神。今天，学校已经发展成为拥有24个学院、4万余名在校生的综合性大学。
同学们，大学是人生中最宝贵的成长阶段。在这里，我想对大家提三点希望。
第一，希望大家做心中有光的人。所谓“光”，就是理想和信念。青年的理想信念关乎国家未来。希望同学们把个人理想融入国家发展大局，在追光的路上找到人生的坐标。
第二，希望大家做脚下有路的人。学习是青年的第一要务。大学的学习不只是获取知识，更重要的是学会思考、学会创新。希望同学们珍惜时光，多泡图书馆、多进实验室，在扎实学习中练就过硬本领。
第三，希望大家做肩上有责的人。青年一代有担当，国家就有前途。希望同学们积极参加志愿服务和社会实践，到基层去、到人民群众中去，在服务社会中增长才干、锤炼品格。
同学们，未来四年，愿你们在砚大追光而行、逐梦前行！祝愿大家学业进步、生活愉快！
""",
    ),
]
