"""holdout113, part E: second pages of tender, law-firm, community, association, corporate,
training, writing-app, exam-forum, encyclopaedia, cloud-drive, snapshot, print and mail pages."""

CASES = [
    dict(
        slug="tender-fanxi-rooftop-greening-bid-text",
        site="蘩溪市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.fanxi.example.gov.cn/cggg/2025/0709/2201.html",
        title="蘩溪市机关事务管理局屋顶绿化改造工程竞争性磋商公告",
        record_title="蘩溪市机关事务管理局屋顶绿化改造工程竞争性磋商公告_采购公告_蘩溪市政府采购网",
        date="2025-07-09",
        notes="procurement portal text: _column_site title; numbered items, 联系人 lines of buyer and agency beside a CA hotline; 'view original attachments' action",
        page="""
!m 蘩溪市政府采购网
!m 当前位置：采购公告 > 竞争性磋商
{T}
!m 发布时间：2025-07-09 15:02　浏览次数：77
{BODY}
!a 查看原公告附件　｜　我要投标
!m 数字证书服务热线：0736-95xx18
""",
        body="""
一、项目名称：蘩溪市机关事务管理局屋顶绿化改造工程
二、预算金额：一百二十六万元
三、供应商资格要求：具有园林绿化施工经验，近三年内无重大违法记录。
四、获取磋商文件时间：2025年7月10日至7月16日，在本网站免费下载。
五、采购人联系人：聂洁，电话：0736-4107752。
六、代理机构联系人：顾辰，电话：0736-4139906。
""",
    ),
    dict(
        slug="lawfirm-shiyuan-tea-house-consumer-html",
        site="蓍原明理律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.minglilaw.example.com/article/2025/0305/218.html",
        title="茶艺馆强收“茶位费”合法吗",
        record_title="律师观察丨茶艺馆强收“茶位费”合法吗 - 明理律所",
        date="2025-03-05",
        notes="law-firm template: consult form, lawyer's WeChat between paragraphs, disclaimer, related articles",
        page="""
<html><head><meta charset="utf-8"><title>律师观察丨茶艺馆强收“茶位费”合法吗 - 明理律所</title></head><body>
<div class="hd">⟦m 明理律师事务所　MINGLI LAW FIRM⟧</div>
<nav>⟦m 首页　律所简介　专业领域　律师团队　普法园地⟧</nav>
<h1>⟦t 茶艺馆强收“茶位费”合法吗⟧</h1>
<p class="by">⟦m 作者：明理律所 任心怡律师　时间：2025-03-05⟧</p>
{BODY}
<div class="consult">⟦a 在线咨询：请留下您的电话，律师将尽快回电⟧</div>
<div class="dis">⟦d 本文观点仅供参考，不构成法律意见。⟧</div>
<ul class="rel"><li>⟦l 餐厅最低消费条款有效吗⟧</li></ul>
</body></html>
""",
        body="""
不少消费者遇到过这样的情况：在茶艺馆喝茶，结账时发现多了一笔“茶位费”。
根据消费者权益保护法，消费者享有知情权和自主选择权，经营者应当明码标价。
⟦w 任律师咨询微信：renlaw2025⟧
如果茶艺馆事先在菜单或显著位置明示了茶位费标准，消费者入座后视为接受；如果事先没有告知，消费者有权拒绝支付。
遇到强制收费的，可以保存小票和照片，拨打市场监管投诉电话维权。
""",
    ),
    dict(
        slug="community-maoling-rain-garden-construction-text",
        site="茆岭镇桂园社区 (invented)",
        style="社区网站",
        genre="通告",
        kind="notice",
        form="text",
        source="http://guiyuan.maoling.example.gov.cn/tz/2025/0602.html",
        title="关于小区雨水花园施工期间临时交通组织的通告",
        record_title="关于小区雨水花园施工期间临时交通组织的通告",
        date="2025-06-02",
        notes="community page: detour table, the construction team's contact beside the community hotline; weather line; 'helpful?' bar",
        page="""
!m 桂园社区便民服务网　今天 小雨 22℃
!l 首页 | 社区公告 | 办事指南 | 邻里互助
!t 关于小区雨水花园施工期间临时交通组织的通告
!m 发布日期：2025-06-02　发布人：社区居委会
{BODY}
!l 本文对您有帮助吗？　有帮助　没帮助
!m 社区24小时值班电话：0472-6688110
""",
        body="""
各位居民：
桂园小区雨水花园改造工程定于6月5日开工，工期约四十天。施工期间，小区内部分道路实行临时交通管制。
路段　管制时间　绕行方式
3栋至5栋之间道路　6月5日—6月20日　经北门绕行
中心花园南侧道路　6月21日—7月15日　经东侧消防通道
施工单位现场负责人：罗工，电话：13847xx2261。
桂园社区居民委员会
2025年6月2日
""",
    ),
    dict(
        slug="association-caoling-dumpling-trade-minutes-html",
        site="蒯岭市餐饮行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.klcyxh.example.org.cn/xhdt/2025/0110/90.html",
        title="速冻面米食品专业委员会2025年第一次会议纪要",
        record_title="【协会发布】速冻面米食品专业委员会2025年第一次会议纪要",
        date="2025-01-10",
        date_also=["2025-01-08"],
        notes="association site: accessibility toolbar, minutes' 时间/地点/主持/出席 lines kept, vote count; meeting date also accepted",
        page="""
<html><head><meta charset="utf-8"><title>【协会发布】速冻面米食品专业委员会2025年第一次会议纪要</title></head><body>
<div class="tool">⟦a 读屏　大字幕　放大　缩小⟧</div>
<div class="hd">⟦m 蒯岭市餐饮行业协会⟧</div>
<div class="crumb">⟦m 协会首页 ＞ 协会动态⟧</div>
<h2>⟦t 速冻面米食品专业委员会2025年第一次会议纪要⟧</h2>
{BODY}
<div class="join">⟦a 申请入会 ｜ 会员登录⟧</div>
<div class="ft">⟦d 版权所有 © 蒯岭市餐饮行业协会　未经许可不得转载⟧</div>
</body></html>
""",
        body="""
时间：2025年1月8日上午
地点：协会会议室
主持：专委会主任 晏国栋
出席：专委会委员单位代表十七人
会议审议通过了《速冻饺子团体标准（征求意见稿）》修改意见，表决结果：同意十六票，弃权一票。
会议决定，春节前组织会员企业开展一次冷链运输自查。
蒯岭市餐饮行业协会秘书处
2025年1月10日
""",
    ),
    dict(
        slug="corp-suyuan-dumpling-recall-html",
        site="菘原好味食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.haowei-food.example.com/news/notice/2025-0219.html",
        title="关于主动召回部分批次三鲜速冻饺子的公告",
        record_title="关于主动召回部分批次三鲜速冻饺子的公告",
        date="2025-02-19",
        record_date="2025-02-19",
        notes="company site: recall-batch table, the recall line in the body beside a dealer hotline in the footer; online-shop banner",
        page="""
<html><head><meta charset="utf-8"><title>关于主动召回部分批次三鲜速冻饺子的公告-好味食品</title></head><body>
<div class="banner">⟦a 官方旗舰店年货节 满199减30 去逛逛⟧</div>
<div class="nav">⟦m 好味食品　首页 ｜ 产品 ｜ 新闻 ｜ 招商 ｜ 联系⟧</div>
<h1>⟦t 关于主动召回部分批次三鲜速冻饺子的公告⟧</h1>
<div class="date">⟦m 2025-02-19⟧</div>
{BODY}
<div class="ft">⟦w 招商加盟热线：400-816-xx66⟧ ⟦m 菘原好味食品有限公司 版权所有⟧</div>
</body></html>
""",
        body="""
尊敬的消费者：
我公司在例行自检中发现，部分批次三鲜速冻饺子包装标签上的过敏原信息标注不全。为保障消费者权益，我公司决定主动召回下列批次产品。
规格　生产日期　批号
500克袋装　2025年1月6日　SX250106
1000克袋装　2025年1月9日　SX250109
已购买上述批次产品的消费者，可凭包装到原购买点办理退货，或拨打召回专线0429-7205517。
菘原好味食品有限公司
2025年2月19日
""",
    ),
    dict(
        slug="training-zhenzhou-speech-therapist-course-text",
        site="蓁州康语职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="https://www.kangyu-edu.example.com/zs/2025-autumn.html",
        title="言语康复助理实务培训班招生简章",
        record_title="【2025秋季班】言语康复助理实务培训班招生简章",
        date=None,
        notes="training school text page: price tag, testimonial, trial form; a school's own 报名电话 beside a consultant's WeChat; no date",
        page="""
!m 康语职业培训学校 · 专注康复技能培训
!t 【2025秋季班】言语康复助理实务培训班招生简章
!a 早鸟价 ¥3600（9月1日前）　立即报名
{BODY}
!l 学员评价：“老师手把手带实操，很实用。”—— 学员 小冉
!w 课程顾问微信：kangyu_xz01
!a 预约试听：姓名____ 电话____ 提交
""",
        body="""
一、培训对象：从事或有意从事儿童康复、特殊教育工作的人员。
二、培训内容：言语发育评估、口吃干预基础、构音训练、家庭指导技巧。
三、培训时间：共八个周末，每周六、日全天授课，理论与实操各占一半。
四、报名方式：填写报名表后到学校前台缴费，报名电话0739-5530128。
""",
    ),
    dict(
        slug="app-xiezuobao-broad-bean-coop-report-html",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://m.xiezuobao.example.com/read/50217",
        title="关于茭川县蚕豆专业合作社发展情况的调研报告",
        record_title="关于茭川县蚕豆专业合作社发展情况的调研报告（可直接使用）",
        date="2025-05-08",
        notes="writing-app reading mode: open-app banner, copy lock between paragraphs, AI-rewrite button; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于茭川县蚕豆专业合作社发展情况的调研报告（可直接使用）</title></head><body>
<div class="app">⟦a 在写作宝APP内打开，免费领取7天会员⟧</div>
<h1>⟦t 关于茭川县蚕豆专业合作社发展情况的调研报告（可直接使用）⟧</h1>
<div class="meta">⟦m 写作宝 · 调研报告 · 1.8万人看过⟧</div>
{BODY}
<div class="tools">⟦a AI一键改写⟧ ⟦a 复制全文⟧ ⟦a 导出⟧</div>
</body></html>
""",
        body="""
为摸清全县蚕豆专业合作社发展现状，4月中下旬，县农业农村局组成调研组，走访了十六家蚕豆合作社。
全县现有蚕豆专业合作社二十三家，带动农户四千一百户，合作社社员户均增收三千二百元。
⟦a —— 以下内容会员可见，立即开通 ——⟧
调研发现，合作社普遍存在规模小、冷藏设施不足、销售渠道单一等问题。
建议整合资源组建联合社，建设产地冷藏保鲜设施，发展电商直播销售。
茭川县农业农村局调研组
2025年5月8日
""",
    ),
    dict(
        slug="gkforum-interview-school-garden-question",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="post",
        form="html",
        source="https://www.gkyizhan.example.com/forum/thread-99120.html",
        title="有家长认为学校种植园耽误学习，你怎么看？",
        record_title="[面试真题] 有家长认为学校种植园耽误学习，你怎么看？（附参考答案）",
        date="2025-09-19",
        notes="exam forum with jammer fonts; post date; a course ad on its own line inside the body; reply box",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 有家长认为学校种植园耽误学习，你怎么看？（附参考答案）- 公考驿站论坛</title></head><body>
<div id="hd">⟦m 公考驿站论坛 › 面试交流⟧</div>
<h1>⟦t [面试真题] 有家长认为学校种植园耽误学习，你怎么看？⟧</h1>
<div class="authi">⟦m 驿站小树　发表于 2025-9-19 12:08⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="fastre">⟦l 发表回复　回帖后跳转到最后一页⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
参考答案：
我认为，这位家长的担心可以理解，但学校种植园并不会耽误学习，反而有助于学生全面发展。
⟦a 结构化面试一对一模拟，名额有限，私信报名⟧
首先，劳动教育是国家课程的组成部分，种植园是落实劳动课程的重要载体。
其次，学生在种植中观察、记录、动手，能把科学课、语文课学到的知识用起来。
当然，学校也应合理安排时间，加强和家长的沟通，让家长看到孩子的成长。
""",
    ),
    dict(
        slug="wiki-qa-yichuan-shearing-season-text",
        site="百知问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.baizhi-wenda.example.com/q/77120.html",
        title="绵羊一年剪几次毛？什么时候剪最好？",
        record_title=None,
        date="2025-04-28",
        notes="encyclopaedia-style Q&A: question as the title; 回答于 date; 'edit this answer' link; 'was this helpful' bar",
        page="""
!m 百知问答 › 农业 › 畜牧
{T}
!m 专业回答　畜牧师老阎　回答于 2025-04-28
{BODY}
!a 编辑回答　｜　纠错
!l 这个回答有帮助吗？ 是(112) 否(3)
!l 更多相关问题：山羊绒怎么梳？
""",
        body="""
细毛羊和半细毛羊一般一年剪一次毛，时间在春末夏初，气温稳定回升以后。
粗毛羊可以一年剪两次，春季一次、秋季一次。
剪毛过早，羊容易受凉感冒；剪毛过晚，羊毛脱落，影响产量和质量。
剪毛前十二小时停止饲喂和饮水，剪毛后一周内不宜药浴。
""",
    ),
    dict(
        slug="netdisk-qiaochuan-seed-library-rules-html",
        site="麦穗云盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="html",
        source="https://pan.maisui.example.com/share/init?surl=Kp29vD",
        title="荞川县图书馆种子借还管理办法",
        record_title="荞川县图书馆种子借还管理办法.wps",
        date="2025-02-26",
        notes="cloud-drive preview: file-name title, preview heading, share time (not the date), save/download; rules speak of 扫码/下载 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>荞川县图书馆种子借还管理办法.wps_免费高速下载|麦穗云盘</title></head><body>
<div class="hd">⟦m 麦穗云盘⟧ ⟦a 登录⟧</div>
<div class="file">⟦t 荞川县图书馆种子借还管理办法.wps⟧ ⟦m 36KB⟧ ⟦m 分享时间：2025-09-03 11:20⟧</div>
<div class="ops">⟦a 保存到网盘⟧ ⟦a 普通下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="warn">⟦d 网盘文件由用户上传分享，请注意甄别，谨防诈骗。⟧</div>
</body></html>
""",
        body="""
第一条 为规范种子图书馆借还管理，保存和推广本地农作物老品种，制定本办法。
第二条 读者持读者证或扫描馆内二维码登记后，每次可借种子两包。
第三条 借种读者应在收获后归还不少于借出数量的同品种种子，并附简要种植记录。
第四条 种子品种目录可在本馆网站下载。
荞川县图书馆
2025年2月26日
""",
    ),
    dict(
        slug="snapshot-text-qishan-tea-garden-news",
        site="快搜缓存 of 芪山融媒 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kuaisou-cache.example.com/q?url=qishanrm.example.cn/2025/0410.html",
        title="芪山首家乡村茶艺研学基地挂牌",
        record_title="芪山首家乡村茶艺研学基地挂牌 - 快照",
        date="2025-04-10",
        notes="text-only cache: cache banner with crawl time (not the date); original page's time line",
        page="""
!d 【快搜缓存】本页为 qishanrm.example.cn/2025/0410.html 于 2025-07-22 03:14 的存档，仅供参考。
!d 纯文本版　｜　查看原网页
!m 芪山融媒
!t 芪山首家乡村茶艺研学基地挂牌
!m 2025-04-10 16:27　来源：芪山融媒
{BODY}
!m 芪山融媒中心版权所有
""",
        body="""
4月9日，芪山县首家乡村茶艺研学基地在云雾村挂牌。
基地依托村里三百亩生态茶园和百年老茶厂，开设采茶、制茶、茶艺三类研学课程。
基地负责人介绍，今年计划接待中小学生研学团队五十批次，带动村民在家门口就业三十余人。
""",
    ),
    dict(
        slug="print-gutang-stutter-volunteer-plan",
        site="菰塘县志愿服务平台 print view (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://zyz.gutang.example.gov.cn/print/plan_3021.html",
        title="“慢慢说”口吃儿童陪伴志愿服务项目实施方案",
        record_title="〔打印稿〕“慢慢说”口吃儿童陪伴志愿服务项目实施方案",
        date="2025-05-05",
        notes="print template: print/close buttons, URL and print time at the bottom, print footer marker; decimal headings",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title></head><body>
<div class="noprint">⟦a 打印本页⟧ ⟦a 关闭⟧</div>
<div class="src">⟦m 菰塘县志愿服务平台⟧</div>
<h2>⟦t “慢慢说”口吃儿童陪伴志愿服务项目实施方案⟧</h2>
{BODY}
<div class="pf">⟦m 原文地址：http://zyz.gutang.example.gov.cn/plan/3021.html⟧</div>
<div class="pf">⟦m 打印于 2025/09/30 10:02⟧</div>
<div class="pf">⟦p ∽ 1／1 ∽⟧</div>
</body></html>
""",
        body="""
1 项目目标
1.1 招募培训志愿者三十名，结对陪伴口吃儿童三十名，每月开展陪伴活动不少于两次。
2 实施步骤
2.1 五月完成志愿者招募和培训，培训由县康复中心言语治疗师授课。
2.2 六月至十二月开展结对陪伴，内容包括绘本共读、情景游戏和户外表达练习。
菰塘县志愿服务联合会
2025年5月5日
""",
    ),
    dict(
        slug="mail-re-diyuan-school-garden-funds",
        site="荻原县教育局邮件系统 (invented mail reply)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="mail://diyuan-jyj/inbox/20250310-117",
        title="关于申请校园种植园建设补助资金的请示",
        record_title="Re: 回复：关于申请校园种植园建设补助资金的请示.docx",
        date="2025-03-07",
        notes="webmail reader: reply chain headers, quick-reply box, attachments strip; file-name title; the document's own 附件 and 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>邮件 - 荻原县教育局</title></head><body>
<div class="mailbar">⟦a 回复　回复全部　转发　删除⟧</div>
<div class="hdr">⟦m 发件人：莲塘小学 &lt;lt_xx@diyuan-edu.example.cn&gt;⟧</div>
<div class="hdr">⟦m 时间：2025年3月10日（周一）上午8:31⟧</div>
<div class="hdr">⟦m 主题：Re: 回复：关于申请校园种植园建设补助资金的请示.docx⟧</div>
<div class="note">⟦w 局长好，附件为修改后的请示，请审阅。⟧</div>
<div class="body">
{BODY}
</div>
<div class="att">⟦a 附件（1个）关于申请校园种植园建设补助资金的请示.docx 25K 预览 下载⟧</div>
<div class="qr">⟦a 快速回复：点击此处输入内容⟧</div>
</body></html>
""",
        body="""
县教育局：
我校现有闲置空地约一千平方米，拟建设校园劳动教育种植园，用于开展劳动课程和科学实践活动。
经测算，平整土地、修建灌溉设施和工具房共需资金六点五万元，学校自筹二万元，尚缺四点五万元。
特申请县教育局给予补助四点五万元。
妥否，请批示。
附件：种植园建设预算表
联系人：许卉，电话：0519-8702263。
荻原县莲塘小学
2025年3月7日
""",
    ),
]
