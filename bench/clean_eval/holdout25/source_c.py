"""holdout25, part C: an optometry school, a weather-modification office, an exam forum,
an encyclopaedia entry, a rubber farm, an underground-pipeline office, a concert hall, a
data centre, a tunnel-management station, a winery festival, a hearing centre and a
quarry question. Invented text throughout; see ../README.md."""

CASES = [
    dict(
        slug="training-yanguang-brochure-html-relative",
        site="明眸验光职业培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.mingmou-edu.example.com/zsjz/2025/41.html",
        title="验光员职业技能培训招生简章",
        record_title="【火热招生】验光员职业技能培训招生简章 - 明眸验光培训",
        date=None,
        notes="training-school template: a floating consult box, a '3天前' relative stamp (no date), a trial-lesson CTA glued after a sentence; the school's own 报名电话 kept beside the site's 400 line",
        page="""
<html><head><meta charset="utf-8"><title>【火热招生】验光员职业技能培训招生简章 - 明眸验光培训</title></head><body>
<div class="top">⟦m 明眸验光职业培训学校　专注眼视光人才培养⟧</div>
<div class="nav">⟦m 首页 | 课程设置 | 师资团队 | 学员风采 | 报名入口⟧</div>
<h1>⟦t 【火热招生】验光员职业技能培训招生简章⟧</h1>
<div class="meta">⟦m 招生办　3天前　1.2k人看过⟧</div>
<div class="article">
{BODY}
</div>
<div class="float">⟦w 在线咨询　课程顾问24小时在线 微信同号：mingmou-kf⟧</div>
<div class="hot">⟦l 热门课程：眼镜定配工 ｜ 视光助理 ｜ 角膜接触镜验配⟧</div>
<div class="foot">⟦m 全国招生热线：400-900-6622⟧　⟦d 本站所有课程信息以学校最终发布为准⟧</div>
</body></html>
""",
        body="""
一、培训对象：年满十八周岁、具有高中或中专以上学历，有志于从事眼镜验光工作的人员。
二、课程内容：眼的解剖与生理、客观验光与主观验光、双眼视功能检查、常见屈光问题的处理、门店实操。⟦a 点此预约免费试听课⟧
三、培训时间：全日制六周，理论课与实操课各占一半。
四、考核发证：培训结束后参加职业技能等级认定，合格者取得相应等级证书。
五、报名方式：携带身份证、学历证明复印件及一寸照片两张到学校教务处报名。
报名电话：0734-8210637（教务处　郑老师）
""",
    ),
    dict(
        slug="app-renying-weather-mod-summary-editable",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.gongwenbao.example.com/share/doc?id=a77c1e90",
        title="县人工影响天气办公室2024年工作总结",
        record_title="【工作总结】县人工影响天气办公室2024年工作总结（可编辑）",
        date="2024-12-20",
        notes="app reading-mode share: an 'open in app' bar at the top and inside the body, a member-unlock line, the rest-in-app prompt, a decorated title; 成文日期",
        page="""
!a 打开公文宝APP，阅读体验更佳
!t 【工作总结】县人工影响天气办公室2024年工作总结（可编辑）
!m 公文宝 · 总结汇报　｜　2.4万次阅读　｜　分享者：材料小能手
{BODY}
!a 开通会员解锁全部9000+篇同类范文
!l 相关推荐：气象局年度工作总结　防灾减灾工作汇报
!d 内容由用户分享，仅供参考
""",
        body="""
2024年，县人工影响天气办公室在县委、县政府的领导下，紧扣农业抗旱和森林防火需求，全年工作取得较好成效。
一是作业服务成效明显。全年组织人工增雨作业二十一次，发射火箭弹一百六十四枚，作业影响区平均增加降水约百分之十二。
⟦a 在APP内继续阅读剩余内容⟧
二是防雹作业保障有力。在烤烟主产区布设固定作业点六个，成功处置冰雹云过程四次。
三是安全管理持续加强。对作业人员开展培训和考核，弹药储存实行双人双锁管理，全年未发生安全事故。
2025年，我们将加快作业装备更新，提升精准作业水平。
县人工影响天气办公室
2024年12月20日
""",
    ),
    dict(
        slug="examforum-gushu-essay-post-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-660214-1-1.html",
        title="让古树成为乡村振兴的“绿色名片”",
        record_title="[申论范文] 让古树成为乡村振兴的“绿色名片”（考场原创，求批改）",
        date="2025-03-29",
        notes="exam forum: a candidate's model essay with forum junk (lines and glued), a 发表于 post time (the page's date), a score box and a reward row",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 » 申论交流区 » 范文批改
!t [申论范文] 让古树成为乡村振兴的“绿色名片”（考场原创，求批改）
!m 作者：冲鸭上岸　发表于 2025-3-29 20:16　阅读权限 10
{BODY}
!l 评分　参与人数 3　威望 +6　收起理由：写得不错，结尾再升华一下
!a 打赏　收藏　分享
!l 回复 #1 冲鸭上岸 的帖子
""",
        body="""
一棵古树，就是一部活着的村史。在乡村振兴的大潮中，如何让古树从“风景”变成“名片”，值得我们深思。
保护古树，首先要摸清家底。一些地方对村里的古树底数不清、权属不明，树下乱搭乱建、树干被钉挂广告牌的现象屡见不鲜。
保护古树，关键在于明确责任。要把每一株古树的养护责任落到村组和农户，让“有人管、管得好”成为常态。
用好古树，还要讲好故事。依托古树发展乡村旅游、开展研学活动，才能让古树的生态价值转化为村民的真金白银。
守护古树，就是守护乡愁。让我们以敬畏之心对待每一株古树，让它们在新时代焕发新的生机。
""",
    ),
    dict(
        slug="baike-gongzuorizhi-entry-example-date",
        site="公文知道百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.gwzhidao.example.com/item/工作日志/3321",
        title="工作日志",
        record_title="工作日志_公文知道百科",
        date=None,
        notes="encyclopaedia entry: an entry nav, 'edit/cite' buttons, a 目录 box, example dates and a 20××年×月×日 placeholder in sentences (no date), a 词条统计 box with a last-edit stamp",
        page="""
<html><head><meta charset="utf-8"><title>工作日志_公文知道百科</title></head><body>
<div class="hd">⟦m 公文知道百科　全球中文公文写作知识库⟧　⟦a 登录　创建词条⟧</div>
<h1>⟦t 工作日志⟧</h1>
<div class="ops">⟦a 编辑　讨论　收藏　引用本词条⟧</div>
<div class="catalog">⟦l 目录　1 定义　2 基本格式　3 写作要点⟧</div>
<div class="para">
{BODY}
</div>
<div class="stat">⟦l 词条统计　浏览次数：30127　编辑次数：14次⟧　⟦m 最近更新：小雨点（2025-01-06）⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧</div>
</body></html>
""",
        body="""
工作日志是机关、企事业单位工作人员逐日记录本人工作内容、进展和问题的文书，是个人总结和单位考核的重要依据。
基本格式一般包括日期、天气（可省略）、工作事项、完成情况、存在问题和次日计划等栏目。
日期应写全年月日，如“20××年×月×日　星期×”，不宜只写“今天”“昨天”。
例如，某干部在2024年3月5日的日志中记录：“上午参加防汛工作调度会，下午到两个村查看山塘水库。”
写作工作日志应坚持当日记录、如实记录，语言简明，重要事项要写清时间、地点和参与人员。
""",
    ),
    dict(
        slug="pan-xiangjiao-rubber-tapping-pdf",
        site="云上网盘 (invented)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://pan.yunshang.example.com/s/1kR9xTapp",
        title="国营红岭农场橡胶割胶技术规程",
        record_title="国营红岭农场橡胶割胶技术规程.pdf",
        date=None,
        notes="cloud-drive share of a PDF: file-name title, a share and expiry stamp, a save/download row, a 'preview the first pages only' prompt; decimal headings kept; no date: none",
        page="""
!m 云上网盘 ｜ 分享无限制
!m 国营红岭农场橡胶割胶技术规程.pdf　1.3MB
!m 分享者：胶林老刘　分享时间：2024-11-30 18:02　有效期：永久
!a 保存到我的网盘　　下载（1.3MB）　　举报
{BODY}
!a 仅预览前3页，完整文件请保存后查看
!d 请勿分享违法违规内容，一经发现将取消分享
""",
        body="""
1 总则
1.1 为规范割胶作业，提高产胶量，延长胶树经济寿命，制定本规程。
1.2 本规程适用于农场所属各生产队开割的橡胶树。
2 割胶制度
2.1 开割标准：树围在离地一百厘米处达到五十厘米以上，且林段内达到标准的胶树占百分之五十以上。
2.2 割胶时间：一般在凌晨三时至七时进行，气温低于十五摄氏度或下雨时停割。
3 技术要求
3.1 割面坡度二十五至三十度，耗皮量每刀不超过一点五毫米，严禁伤树。
3.2 割胶工每月接受一次技术评比，评比结果与绩效挂钩。
""",
    ),
    dict(
        slug="snapshot-guanxian-pipeline-notice",
        site="搜搜快照 (invented) of 苋原市地下管线管理办公室",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="https://cache.sousou.example.com/c?u=gxb.xianyuan.example.gov.cn/tzgg/0422.html",
        title="关于开展城区地下管线隐患排查的通告",
        record_title="关于开展城区地下管线隐患排查的通告 - 苋原市地下管线管理办公室 - 快照",
        date="2025-04-22",
        notes="a search engine's snapshot: the snapshot header with its crawl stamp and the highlighted-words line; the copied page's nav and footer; 成文日期",
        page="""
!d 这是 https://gxb.xianyuan.example.gov.cn/tzgg/0422.html 的快照，是网页在 2025年5月3日 08:11 的存档。
!d 当前页面可能已经更改，请点击这里查看最新页面。
!m 以下搜索词已高亮显示：地下管线　隐患排查
!m 苋原市地下管线管理办公室 ｜ 首页　工作动态　通知公告　管线查询
{T}
{BODY}
!m 地址：苋原市建设路16号　电话：0735-2663118
!m 快照由搜搜提供，与原网站无关
""",
        body="""
为防范城区燃气、供水、电力、通信等地下管线安全事故，经市人民政府同意，决定自5月起开展城区地下管线隐患排查。现通告如下。
一、排查范围：城区主次干道、老旧小区和在建工地周边的各类地下管线。
二、排查内容：管线占压、井盖缺失破损、管线标识不清以及施工破坏管线等问题。
三、各管线权属单位应在5月31日前完成自查，建立隐患清单并逐项整改。
四、任何单位在城区道路施工前，须到我办查询地下管线资料，严禁盲目开挖。
苋原市地下管线管理办公室
2025年4月22日
""",
    ),
    dict(
        slug="print-yinyueting-safety-plan-footer",
        site="茗岗音乐厅 (invented) print view",
        style="打印页",
        genre="预案",
        kind="plan",
        form="text",
        source="https://www.mgconcerthall.example.com/about/notice/print.aspx?id=117",
        title="茗岗音乐厅演出季大型活动安全保卫预案",
        record_title="茗岗音乐厅演出季大型活动安全保卫预案 - 打印",
        date="2025-09-05",
        notes="print view: a print-time stamp and the page URL at the top, a print footer in own words (⟐页 1 / 共 1⟐), close/print buttons; decimal headings; 成文日期",
        page="""
!m 茗岗音乐厅
!m 打印于 2025/9/18 14:27:55
!m https://www.mgconcerthall.example.com/about/notice/show.aspx?id=117
{T}
{BODY}
!a 〔立即打印〕　〔关闭本页〕
!m ⟐页 1 / 共 1⟐
""",
        body="""
1 总则
为确保音乐厅2025—2026演出季各场大型活动安全有序，依据大型群众性活动安全管理有关规定，制定本预案。
2 组织机构
成立安全保卫工作组，由音乐厅总经理任组长，下设入口安检、观众疏导、消防应急、医疗救护四个小组。
3 工作措施
3.1 演出开始前九十分钟完成全场安全检查，消防通道保持畅通。
3.2 观众入场实行票证核验和安全检查，禁止携带易燃易爆物品入场。
3.3 发生突发情况时，由现场指挥统一下达疏散指令，工作人员按分区引导观众有序撤离。
茗岗音乐厅有限公司
2025年9月5日
""",
    ),
    dict(
        slug="mail-shujuzhongxin-outage-fwd-attachment",
        site="企业邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://exmail.example.com/read/8801771",
        title="关于数据中心机房供配电系统停电检修的通知",
        record_title="Fw: 关于数据中心机房供配电系统停电检修的通知",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="a forwarded mail: 发件人/收件人/抄送/发送时间 headers, the mail's own 附件 header (chrome) beside the document's 附件 line (kept), a forwarding note and a mail footer",
        page="""
!m 发件人：运维值班 <ops-duty@hongyun-idc.example.com>
!m 发送时间：2025年10月10日(星期五) 上午9:05
!m 收件人：全体托管客户
!m 附件：1个（停电检修时间表.xlsx）
!m ------------------ 原始邮件 ------------------
{T}
{BODY}
!d 此邮件及附件仅发送给指定收件人，如误收请立即删除并告知发件人。
!a 回复　回复全部　转发　删除
""",
        body="""
各托管客户：
为保障机房供配电系统安全稳定运行，我中心定于2025年10月18日0:00至6:00对二号机房低压配电柜进行停电检修。
检修期间，二号机房将由柴油发电机组和不间断电源供电，理论上不影响客户设备运行，但存在切换风险。
请各客户提前做好数据备份，并安排技术人员在检修时段保持电话畅通。
附件：停电检修时间表
值班电话：0731-86225500
宏云数据中心运维部
2025年10月9日
""",
    ),
    dict(
        slug="gov-suidao-tunnel-closure-wrapped",
        site="蕨岭县交通运输局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://jtj.jueling.example.gov.cn/tzgg/202508/t20250814_301.html",
        title="关于檫岭隧道夜间封闭施工的通告",
        record_title="关于檫岭隧道夜间封闭施工的通告_通知公告_蕨岭县交通运输局",
        date="2025-08-14",
        notes="a county bureau page with a hard-wrapped notice (68 columns) and a detour table; 字号/打印 row in own words; 0:00-5:00 times are not dates",
        wrap=68,
        page="""
!m 蕨岭县交通运输局 政务网站
!m 导航：首页 ＞ 通知公告
{T}
!m 日期：2025年08月14日　来源：隧道管理站　【大 中 小】【打印】
{BODY}
!l 附近公告：G353线路面修复工程交通管制的通告
!m 主办：蕨岭县交通运输局　技术维护：县融媒体中心
""",
        body="""
为消除檫岭隧道衬砌渗水和照明设施老化等安全隐患，县隧道管理站将对檫岭隧道实施维修施工。为保障施工安全和道路通行有序，现就有关事项通告如下。
一、封闭时间：2025年8月18日至9月17日，每日22:00至次日5:00。
二、绕行路线
车型　绕行路线
小型客车　经蕨岭北互通—县道071线
货车　经省道216线—檫岭镇
三、封闭期间，过往车辆请服从现场交通管理人员指挥，按指示标志绕行。
蕨岭县隧道管理站
2025年8月14日
""",
    ),
    dict(
        slug="news-putaojiu-festival-speech-role",
        site="莪川日报网 (invented)",
        style="新闻门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.echuandaily.example.com/zt/ptjj/2025-09/20/content_4412.html",
        title="在第三届莪川葡萄酒节开幕式上的致辞",
        record_title="在第三届莪川葡萄酒节开幕式上的致辞-莪川日报网",
        date="2025-09-20",
        notes="a city news portal's full text of a speech: the speaker line with the role (neutral) and the date under the title; a share bar, a 'related' list, a news-tip line",
        page="""
!m 莪川日报网 — 莪川第一新闻门户
!m 首页 > 专题 > 葡萄酒节
{T}
莪川市人民政府副市长　季晓岚
（2025年9月20日）
{BODY}
!l 分享到：微信　微博　QQ
!l 相关新闻：葡萄酒节签约项目金额超十亿元
!m 新闻热线：0738-8223000　投稿邮箱：tougao@echuandaily.example.com
""",
        body="""
尊敬的各位来宾，女士们、先生们：
金秋时节，葡萄飘香。在第三届莪川葡萄酒节开幕之际，我代表莪川市人民政府，向各位来宾表示热烈的欢迎！
近年来，莪川坚持把葡萄酒产业作为富民产业来抓，全市酿酒葡萄种植面积达到六万亩，酒庄发展到二十八家。
本届葡萄酒节以“酒庄游、品佳酿”为主题，将举办品鉴会、招商推介会和乡村音乐节等十余项活动。
最后，预祝本届葡萄酒节圆满成功！
""",
    ),
    dict(
        slug="wechat-tingli-hearing-free-screening",
        site="伊声听力中心 公众号 (invented mirror)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://weixin.mirror-read.example.net/a/yisheng/20251020",
        title="“爱耳行动”老年人免费听力筛查活动通知",
        record_title="“爱耳行动”老年人免费听力筛查活动通知",
        date="2025-10-20",
        notes="a WeChat mirror: account line with the date, a 'star us' prompt, a scan-to-book sentence of the notice (kept), a 'long-press to identify' QR caption, a like/share row",
        page="""
!a 点击蓝字 关注我们
{T}
!m 伊声听力　2025-10-20 07:50　发表于湖南
{BODY}
!a ▲长按识别上方二维码，添加听力顾问
!a ☆星标我们，第一时间收到推送
!l 分享　点赞　推荐
""",
        body="""
为帮助老年人及早发现听力问题，伊声听力中心联合桦湾社区卫生服务中心开展“爱耳行动”免费听力筛查活动。
活动时间：10月25日至10月31日，每天9:00—16:00。
活动地点：桦湾社区卫生服务中心一楼。
筛查对象：六十周岁以上老年人，凭身份证参加。
名额有限，请家属扫描海报上的预约码提前登记，现场不提供临时排号。
""",
    ),
    dict(
        slug="qa-caishichang-quarry-request-sample",
        site="材料帮问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://ask.cailiaobang.example.com/question/55210.html",
        title="采石场关停后工人安置的请示怎么写？",
        record_title="采石场关停后工人安置的请示怎么写？求范文，急！！",
        date="2025-02-18",
        notes="Q&A answer page with a sample 请示 containing ×× placeholders; the answer's 回答于 line is the page's date; follow/collect buttons, a 'write answer' box, related questions",
        page="""
<html><head><meta charset="utf-8"><title>采石场关停后工人安置的请示怎么写？求范文，急！！</title></head><body>
<div class="logo">⟦m 材料帮问答 · 体制内写作交流⟧</div>
<h1>⟦t 采石场关停后工人安置的请示怎么写？求范文，急！！⟧</h1>
<div class="qinfo">⟦m 提问：乡镇小干部　浏览 2109　关注 31⟧　⟦a ＋关注问题　写回答⟧</div>
<div class="answer">
<div class="author">⟦m 笔杆子老周　综合科科长 · 回答于 2025-02-18⟧</div>
{BODY}
</div>
<div class="vote">⟦a 赞同 63　　收藏　　举报⟧</div>
<div class="related">⟦l 相关问题：请示和报告能不能合在一起写？ · 乡镇请示需要盖章吗？⟧</div>
</body></html>
""",
        body="""
请示要一文一事，写清理由、事项和请求，下面给你一个参考写法：
关于××采石场关停后职工安置有关问题的请示
县人民政府：
根据矿山综合整治工作部署，××采石场已于近期停止开采。该场现有职工××人，其中当地村民××人。
为妥善安置职工，我镇拟采取转岗到生态修复项目、推荐到园区企业就业和发放一次性补助三种方式进行安置，所需资金约××万元。
妥否，请批示。
××镇人民政府
××××年×月×日
""",
    ),
]
