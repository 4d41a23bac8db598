"""holdout125, part C. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fwapp-miaobi-summary-beaver-station",
        site="妙笔公文App 分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.miaobiapp.cn/share/a/7731902?from=wx",
        title="河狸保护站2024年度工作总结",
        record_title="河狸保护站2024年度工作总结｜妙笔公文",
        date="2024-12-26",
        notes="writing-app share page; open-app prompt glued after a sentence; member lock between paragraphs",
        page="""
!m 妙笔公文 · 随手写好每一篇
!a 打开App，阅读体验更佳
{T}
!m 妙笔号：巡河人阿山　　12-27
{BODY}
!a 👉 一键套用此模板　　AI帮我改写
!l 相似范文：自然保护区年度工作总结｜林草站工作总结2024
!d 内容由用户上传，妙笔公文仅提供信息存储空间服务
""",
        date_also=["2024-12-27"],
        body="""
2024年，保护站在县林草局的领导下，坚持“保护优先、科学监测”，较好地完成了全年各项任务。
一、巡护监测。全年开展日常巡护1460人次，红外相机回收数据4.2万条，掌握河狸家族34个，新增幼崽记录19只。⟦a 打开App查看完整内容⟧
二、栖息地修复。补植灌木柳12万株，修复河岸2.8公里，拆除废弃拦河网具17处。
⟦a 以下内容为会员专享，开通会员立即解锁⟧
三、宣传教育。进校园、进牧区开展宣讲22场，发放双语宣传册5000份，“河狸守护者”志愿者队伍发展到86人。
四、明年打算。建设河狸救护站，完善冬季补饲机制，推动保护区智慧监测平台建设。
河狸保护站
2024年12月26日
""",
    ),
    dict(
        slug="gkforum-shangan-essay-aurora-tourism",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="https://bbs.shangan-gk.com/thread-66021-1-1.html",
        title="让“看极光”成为边境小城的振兴之光",
        record_title="[申论素材] 让“看极光”成为边境小城的振兴之光（附写作思路）",
        date=None,
        notes="exam forum; relative post time not a date; writing prompt between paragraphs; hard-wrapped",
        page="""
!m 上岸公考论坛 › 申论交流 › 范文点评
!t [申论素材] 让“看极光”成为边境小城的振兴之光（附写作思路）
!m 楼主：申论小灯泡　　发表于 3 天前　　只看楼主
{T}
{BODY}
!l 【写作思路】本文从资源、服务、品牌三个层面展开，可用于文旅融合类题目。
!l 回复　收藏　点评　举报
!a 下载附件需要 5 个上岸币，回复可见
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
冬夜零下四十度，边境小城的江边却挤满了举着相机的游客。一抹绿色的极光，让寂静的小城热闹起来，也给当地带来了“冷资源”变“热经济”的新机遇。
极光是大自然的馈赠，但把馈赠变成发展动能，靠的是用心经营。观测点的选址要科学，夜间交通要安全，住宿餐饮要跟得上，这些都考验着地方的治理能力。
⟦w 申论批改一对一，想要老师逐句点评的加VX：shangan_pigai⟧
更要看到，极光可遇而不可求。游客千里而来却没看到极光，小城拿什么留住人心？答案是把冰雪、民俗、边境风情串起来，让“看不到极光也不虚此行”。
让“看极光”成为振兴之光，需要政府、企业和群众同向发力，在守护好绿水青山和冰天雪地的同时，把小城的故事讲给更多人听。
""",
    ),
    dict(
        slug="baike-zhishi-entry-domino-effect",
        site="知识树百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="article",
        form="html",
        source="https://baike.zhishishu.com/item/多米诺骨牌/10284",
        title="多米诺骨牌",
        record_title="多米诺骨牌_知识树百科",
        date=None,
        notes="encyclopaedia entry with info box; example years inside sentences are not dates",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>多米诺骨牌_知识树百科</title></head><body>
<div class="top">⟦m 知识树百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧ ⟦a 编辑⟧</div>
<div class="search">⟦a 进入词条　全站搜索　帮助⟧</div>
<h1>{T}</h1>
<div class="polysemant">⟦a 收藏 2137　点赞 418　分享⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：多米诺骨牌⟧</td><td>⟦m 外文名：Domino⟧</td></tr><tr><td>⟦m 类　别：益智游戏⟧</td><td>⟦m 材　质：木、塑料、骨⟧</td></tr></table>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 《益智游戏史话》⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：88013次　编辑次数：26次　最近更新：刚刚⟧</div>
<div class="ft">⟦d 知识树百科词条内容由网友共同编辑，如有错误欢迎纠正⟧</div>
</body></html>
""",
        body="""
多米诺骨牌是一种用木、骨或塑料制成的长方体骨牌，玩法之一是将骨牌按一定间距排列，推倒第一块后，其余骨牌依次倒下。
历史沿革
一般认为，骨牌游戏起源于中国的牌九，后传入欧洲，在意大利一带流行开来，并以“多米诺”命名。
多米诺效应
在一个相互联系的系统中，一个很小的初始能量就可能引起一连串的连锁反应，人们称之为“多米诺效应”。物理学者测算，每一块骨牌倒下时可以推倒比自己大约1.5倍的骨牌。
比赛与纪录
各地常举办多米诺骨牌搭建比赛和表演，参赛者需要在规定时间内完成搭建，再由裁判评定作品的创意、难度和完成度。
""",
    ),
    dict(
        slug="netdisk-yunxia-plan-pistachio-harvest",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.cn/s/8FqT2mLw",
        title="瑭岭乡2024年开心果采收期安全生产工作方案",
        record_title="瑭岭乡2024年开心果采收期安全生产工作方案.wps",
        date="2024-08-12",
        notes="cloud-drive preview; file-name title; share stamp not a date; signature date kept",
        page="""
!m 云匣网盘　|　分享文件
!t 瑭岭乡2024年开心果采收期安全生产工作方案.wps
!m 分享者：瑭岭乡应急办　　分享时间：2024-08-20 10:12　　有效期：永久
!a 保存到我的云匣　　下载（32KB）　　举报
!a 在线预览仅显示文本，排版以原文件为准
{BODY}
!d 云匣网盘提醒：请勿分享违法违规内容，文件安全由分享者负责
""",
        body="""
为切实做好开心果采收期安全生产工作，防范农机、用电、交通等各类事故，特制定本方案。
一、工作目标
采收期间全乡不发生较大以上生产安全事故，一般事故明显下降。
二、重点任务
（一）农机安全。对全乡采收机、三轮车、拖拉机开展一次全面检查，未年检、无牌证的不得上路作业。
（二）用电安全。烘干点、脱皮点的临时用电由电工统一接线，严禁私拉乱接。
（三）雇工安全。雇用采收工人的农户要与工人签订协议，为工人购买意外伤害保险，禁止雇用未成年人。
（四）防火安全。果园内禁止焚烧果皮和枯枝，烘干点配备灭火器不少于2具。
三、工作要求
各村要成立安全检查小组，每周开展一次排查，隐患整改情况报乡应急办。
瑭岭乡人民政府
2024年8月12日
""",
    ),
    dict(
        slug="snapshot-sousuo-notice-beaver-dam-repair",
        site="搜索快照 · 琰湖县水利局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soukuai.com/c?m=9f65cb4a8c8507ed4fece7631046893b4c&p=yhsl.gov.cn",
        title="关于在河狸栖息河段暂缓清淤作业的通知",
        record_title=None,
        date="2024-05-06",
        notes="search-cache frame over a water bureau notice; title missing from record; snapshot stamp not a date",
        page="""
<html><head><meta charset="utf-8"><title>关于在河狸栖息河段暂缓清淤作业的通知 - 搜快照</title></head><body>
<div class="snap-head">
<p>⟦d 这是 http://www.yhsl.gov.cn/tzgg/2024/0506.html 的快照，是网页在 2024年6月2日 04:18 的存档版本。⟧</p>
<p>⟦d 当前页面可能已经更改，点击这里查看最新页面。搜快照与网页作者无关，不对其内容负责。⟧</p>
<p>⟦a 高亮关键词：河狸 清淤⟧</p>
</div>
<div class="orig">
<div>⟦m 琰湖县水利局　首页 | 机构设置 | 通知公告 | 水利工程⟧</div>
<h2>{T}</h2>
<div>⟦m 发布日期：2024-05-06　浏览：（ 204 ）⟧</div>
{BODY}
<div>⟦m 琰湖县水利局　地址：琰湖县滨河路3号⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇水利站、各施工单位：
根据县林草局来函，琰湖干流红柳湾至三道桥河段为河狸集中栖息区，5月至7月为河狸哺育期。为保护野生动物，经研究，决定在上述河段暂缓实施河道清淤作业。具体通知如下：
一、红柳湾至三道桥河段（长约6.4公里）的清淤作业暂停至7月31日，已进场的机械设备于5月10日前撤离。
二、确需实施防汛应急抢险的，施工单位须提前3天报县水利局和县林草局，并在保护站人员现场指导下作业。
三、施工单位不得破坏河狸坝和岸边洞穴，发现河狸活动应立即停止作业并报告。
琰湖县水利局
2024年5月6日
""",
    ),
    dict(
        slug="print-guantian-rules-aurora-night-guide",
        site="珂原县文旅局 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://wlj.keyuan.gov.cn/print.jsp?id=20241130002",
        title="珂原县极光观测夜间向导服务管理规定",
        record_title="打印预览 - 珂原县极光观测夜间向导服务管理规定",
        date="2024-11-30",
        notes="print view with print stamp and print footer; articles speak of 打印 and 下载 as content",
        page="""
!m 珂原县文化广电和旅游局
!m http://wlj.keyuan.gov.cn/zcwj/2024/1130/02.html
!a 〖打印本页〗　〖关闭窗口〗
{T}
!m 打印时间：2025-01-15 21:03
{BODY}
!p ·—— 第 1 页　总 1 页 ——·
""",
        body="""
第一条　为规范极光观测夜间向导服务，保障游客安全，制定本规定。
第二条　从事夜间向导服务的人员应当年满18周岁，身体健康，经县文旅局组织的安全培训考核合格。
第三条　向导应当随身携带应急照明、保温毯和急救包，每次带队人数不超过15人。
第四条　向导服务合格人员名单在县文旅局网站公布，游客可自行下载查询；旅行社应当打印名单张贴在门店显著位置。
第五条　遇气温低于零下42摄氏度或者风力大于5级时，向导应当停止带队外出。
第六条　本规定自2024年12月1日起施行。
珂原县文化广电和旅游局
2024年11月30日
""",
    ),
    dict(
        slug="mail-zhuanfa-notice-bead-fair",
        site="璋原商务局邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive/2024-10/zhangyuan-swj-0921.eml",
        title="关于组织企业参加2024中国（义乌）串珠饰品博览会的通知",
        record_title="Fwd: 关于组织企业参加2024中国（义乌）串珠饰品博览会的通知",
        date="2024-09-20",
        date_also=["2024-09-21"],
        notes="forwarded mail with headers; mail's own 附件 header and the document's 附件 list; send date differs",
        page="""
!m 发件人：商务局外贸科 <wmk@zysw.gov.cn>
!m 发送时间：2024年9月21日(星期六) 上午10:41
!m 收件人：各饰品企业联络员
!m 主　题：Fwd: 关于组织企业参加2024中国（义乌）串珠饰品博览会的通知
!m 附　件：报名回执.xlsx (18K)
各位联络员好，转发如下，请各企业周三前回复回执。——外贸科 小林
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由璋原政务邮箱系统发送，请勿直接回复本系统地址
""",
        body="""
各有关企业：
2024中国（义乌）串珠饰品博览会定于11月8日至11日在义乌国际博览中心举办。为帮助我县饰品企业拓展市场，县商务局拟组织企业统一参展，现将有关事项通知如下。
一、参展补助：县财政对参展企业给予标准展位费50%的补助，每家企业最多补助2个展位。
二、报名时间：即日起至9月30日。
三、报名方式：填写报名回执，发送至外贸科邮箱wmk@zysw.gov.cn。
联系人：林少华　电话：0993-6058712
附件：参展报名回执
璋原县商务局
2024年9月20日
""",
    ),
    dict(
        slug="gov-luocheng-plan-beaver-water-supply",
        site="璐城县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.luocheng.gov.cn/xxgk/zcwj/202411/t20241108_9912.html",
        title="璐城县河狸栖息地冬季生态补水实施方案",
        record_title="璐城县河狸栖息地冬季生态补水实施方案_政策文件_璐城县人民政府",
        date="2024-11-08",
        notes="document number neutral; 长者模式 row; printed by 办公室 line kept (印发)",
        page="""
!m 璐城县人民政府　www.luocheng.gov.cn
!a 长者模式　｜　无障碍　｜　简体/繁體
!m 首页 ＞ 信息公开 ＞ 政策文件
{T}
璐政办发〔2024〕41号
!m 发布机构：县政府办公室　　成文日期：2024-11-08　　发布日期：2024-11-08
{BODY}
!a 【打印】【收藏】【分享到微信】
!l 政策解读：图解《河狸栖息地冬季生态补水实施方案》
!m 璐城县人民政府办公室主办　网站标识码：6542220019
""",
        indent="\u3000\u3000",
        body="""
为保障河狸种群安全越冬，改善河流生态，结合我县实际，制定本方案。
一、补水范围
乌伦古河璐城段及其支流青格里河下游，共计河长52公里。
二、补水安排
1.1 补水时段：2024年11月15日至2025年3月15日。
1.2 补水水量：通过上游水库放水，保证补水河段冬季最小流量不低于每秒2立方米。
1.3 监测要求：水文站每日监测流量和冰情，保护站每周报送河狸活动情况。
三、职责分工
县水利局负责水库调度和流量监测；县林草局负责河狸活动监测和巡护；沿河乡镇负责宣传引导，制止冬季破冰捕鱼行为。
四、保障措施
补水期间所需经费由县财政统筹安排。各部门要加强协调，遇突发情况及时报告县政府。
璐城县人民政府办公室
2024年11月8日
璐城县人民政府办公室　　2024年11月8日印发
""",
    ),
    dict(
        slug="wenku-qianye-speech-bead-womens-work",
        site="千页文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qianyewk.com/p-58120077.html",
        title="在全县巾帼手工产业发展推进会上的讲话",
        record_title="在全县巾帼手工产业发展推进会上的讲话（可编辑）",
        date="2024-04-16",
        notes="文库 reader with page-marker paragraphs of my own; pay prompt; speech date under the title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全县巾帼手工产业发展推进会上的讲话（可编辑） - 千页文库</title></head><body>
<div class="hd">⟦m 千页文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧ ⟦a 登录⟧</div>
<div class="doc-info">⟦m 页数：6　大小：28KB　上传者：meimei_wk⟧</div>
<h1>{T}</h1>
<div class="reader">
<p>（2024年4月16日）</p>
{BODY}
</div>
<div class="end">⟦a 还剩3页未读，继续阅读⟧</div>
<div class="price">⟦a 下载此文档 ￥5.80　VIP免费⟧</div>
<div class="rel">⟦l 相关推荐：妇联工作会议讲话｜巾帼创业就业推进会主持词⟧</div>
<div class="ft">⟦d 千页文库所有资源均为用户上传，仅供学习参考⟧</div>
</body></html>
""",
        p_html='<p class="pg">{}</p>',
        pages=dict(fmt="╭ {n} ╮", every=170, start=2),
        body="""
同志们：
今天召开全县巾帼手工产业发展推进会，主要任务是总结前一阶段工作，部署下一步串珠、刺绣等手工产业发展任务。
去年以来，各级妇联组织牵头建设手工工坊27个，带动1600多名妇女在家门口就业，全年手工产品销售额突破3000万元。特别是串珠饰品，已经从零散的来料加工发展为有设计、有品牌、有销路的小产业。
下一步，要抓好三件事：一是抓培训，今年要完成手工技能培训2000人次；二是抓订单，积极对接沿海饰品企业，稳定订单来源；三是抓品牌，扶持两到三个本土手工品牌走向市场。
同志们，巾帼手工产业小而美、门槛低、带动广，希望大家凝心聚力，把这件好事办实办好！
""",
    ),
    dict(
        slug="fanwen-wenyuange-pledge-aurora-tourism",
        site="文苑阁范文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.wenyuange.net/changyishu/2023/12/3318.html",
        title="文明观赏极光 守护冰雪家园倡议书",
        record_title="文明观赏极光 守护冰雪家园倡议书（精选范本）_文苑阁范文网",
        date="2023-12-15",
        notes="old gb2312 table layout with marquee, 【字体】 row, QQ writing-service line and visitor counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>文明观赏极光 守护冰雪家园倡议书（精选范本）_文苑阁范文网</title>
<style>td{font-size:12px}</style></head><body>
<table width="980" align="center"><tr><td>⟦m 文苑阁范文网⟧</td><td>⟦m 专业范文　一站搞定⟧</td></tr></table>
<marquee>⟦w 急需材料？文苑阁代写团队在线，QQ：1850277364⟧</marquee>
<table width="980" align="center"><tr><td>⟦m 首页⟧ | ⟦m 倡议书⟧ | ⟦m 讲话稿⟧ | ⟦m 心得体会⟧ | ⟦m 工作计划⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700" valign="top">
<div>⟦m 位置：文苑阁范文网 &gt;&gt; 倡议书 &gt;&gt; 环保倡议书⟧</div>
<h3 align="center">{T}</h3>
<div align="center">⟦m 时间：2023-12-19　来源：网友投稿　阅读：⟧<span>⟦m 3920⟧</span></div>
<div align="center">⟦a 【字体：大 中 小】⟧</div>
{BODY}
<div>⟦l 上一篇：节约用水倡议书（通用版）⟧</div><div>⟦l 下一篇：爱护野生动物倡议书⟧</div>
</td><td width="260" valign="top"><div>⟦l 热门范文排行⟧</div><div>⟦l 1.文明旅游倡议书⟧</div><div>⟦l 2.冬季安全倡议书⟧</div></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 文苑阁范文网 版权所有　浙ICP备12044031号　访问量：7825516⟧</td></tr></table>
</body></html>
""",
        date_also=["2023-12-19"],
        body="""
广大游客朋友们：
每年冬季，成千上万的游客来到我们北疆小城追寻极光。为了让这片冰雪家园永葆洁净，我们向大家发出如下倡议：
一、文明观赏。在指定观测点观赏极光，不擅自进入林区、河道冰面等危险区域。
二、爱护环境。不在雪地乱扔垃圾，不随意燃放烟花，离开时带走自己的暖宝宝和饮料瓶。
三、安静守候。夜间观测时降低音量，不使用强光手电和闪光灯，不打扰当地居民休息。
四、安全第一。注意防寒保暖，听从工作人员指挥，遇到危险及时拨打求助电话。
让我们做文明的追光人，共同守护冰雪家园！
珂原县文明办
2023年12月15日
""",
    ),
    dict(
        slug="news-yaoping-report-pistachio-harvest-oneline",
        site="瑶坪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yprongmei.cn/xw/bd/2024-09/05/c_40113.html",
        title="瑶坪：6万亩开心果喜获丰收",
        record_title="瑶坪：6万亩开心果喜获丰收丨瑶坪融媒",
        date="2024-09-05",
        notes="news portal with the whole body on one line; dotted date; editor line after the body",
        page="""
!m 瑶坪融媒　|　新闻　视频　直播　政务
!m 首页 > 本地新闻
{T}
!m 2024.09.05　瑶坪融媒记者 阿不都　实习生 周琪
{BODY}
!m 一审：买买提　二审：何丽　三审：杨军
!l 更多本地新闻 ▸ 县城新增两处口袋公园 ▸ 秋季学期开学安全检查
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
眼下，瑶坪县6万亩开心果进入采收期，果农们忙着打果、脱皮、晾晒，处处是丰收的景象。
在吐格曼村的果园里，村民们把帆布铺在树下，用长竿轻轻敲打树枝，成熟的开心果纷纷落下。“今年雨水合适，果子大、开口好，每亩能收五十公斤干果。”果农吾买尔江说。
据了解，近年来瑶坪县推广高接换优和滴灌技术，开心果平均亩产提高了三成，预计今年总产量可达2800吨，产值超过1.6亿元。
""",
    ),
    dict(
        slug="wechat-bingyuan-pledge-domino-school",
        site="冰原教研 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://wx.mirrorhub.cn/a/BYjy_20240912",
        title="致全县中小学生家长：一起把多米诺骨牌游戏玩得更安全",
        record_title="致全县中小学生家长：一起把多米诺骨牌游戏玩得更安全",
        date="2024-09-12",
        notes="WeChat mirror, account date line; follow prompt on top; 在看 bar; one sentence of the body asks to 关注 (content)",
        page="""
!a ↑ 点击蓝字，关注冰原教研
{T}
!m 冰原教研　2024-09-12 07:30　发表于黑龙江
{BODY}
!m 文字：县教师进修学校 安全教育中心
!m 图片：部分来自网络
!l 分享　　收藏　　点赞 92　　在看 31
!d 转载请注明来源“冰原教研”
""",
        body="""
亲爱的家长朋友：
多米诺骨牌是很多孩子喜欢的游戏，既能锻炼耐心，又能培养动手能力。但最近我们了解到，有孩子用砖块、书本代替骨牌搭建“高墙”，倒塌时砸伤了脚；也有低龄儿童误吞了迷你骨牌。为此，提醒各位家长注意以下几点：
1．给孩子选择边角圆润、符合国家玩具安全标准的骨牌，6岁以下儿童不要玩迷你骨牌。
2．搭建高度一般不超过孩子的膝盖，不用砖块、玻璃等重物代替骨牌。
3．搭建场地远离楼梯、阳台和通道，不要在马路边搭建。
4．游戏结束后，和孩子一起清点、收纳骨牌。
请家长朋友关注学校发布的安全提示，和孩子一起玩得开心、玩得安全。
县教师进修学校
2024年9月12日
""",
    ),
]
