"""Holdout21, part F: Q&A and encyclopaedia pages, search caches, print views and
forwarded mails, carrying documents of kinds no earlier part names — a student-aid Q&A
with a sample application, an answer on writing a 请示, a 公文 format checker's entry, a
policy-term entry, a vocational-skills appraisal centre in a cache, a tourist
distribution centre in a text-only cache, an assistive-devices centre's and an
emergency-shelter office's print views, a logistics park's forwarded request, a forest
fire command office's forwarded notice and a delivery platform's mailed letter.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-studentaid-sample-application",
        site="问必答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenbida.example.com/q/2025071833021.html",
        title="家庭经济困难学生认定申请书怎么写？",
        record_title=None,
        date=None,
        notes="a Q&A page: the question as title, the asker line, an accepted-answer badge, a sample application inside the answer with ××××年××月××日 placeholders (no date), a relative time 5天前, a 'more answers' box",
        page="""
!m 问必答 > 教育 > 助学资助
{T}
!m 提问者：匿名　｜　5天前　｜　浏览 2,318
!m ✔ 最佳答案　　答主：资助老师李姐　（采纳率 96%）
{BODY}
!l 赞同 141　｜　反对 2　｜　评论 9
!l 其他回答（6）
!a 我来回答
""",
        body="""
认定申请书一般包括申请人基本信息、家庭经济困难情况和申请理由三部分，可以参考下面的写法：
家庭经济困难学生认定申请书
尊敬的学校资助评议小组：
我是××学院××专业××班学生×××。我家共有四口人，父亲常年患病，母亲务农，妹妹在读初中，家庭年收入不足两万元。为顺利完成学业，特申请认定为家庭经济困难学生。
申请人：×××
××××年××月××日
写的时候情况要真实，最好附上相关证明材料。
""",
    ),
    dict(
        slug="qa-howto-request-answer-html",
        site="职问社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhiwen-community.example.cn/question/77120/answer/301882",
        title="单位要买一批电脑，向上级打报告用“请示”还是“报告”？",
        record_title="单位要买一批电脑，向上级打报告用“请示”还是“报告”？ - 职问社区",
        date="2025-04-09",
        notes="a Q&A answer page: asker card, answerer card with 'answered on' time (the page's date), vote/share/collect bar, a folded 'show all' action, a comment box, related questions; the answer quotes a short 请示 example",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>单位要买一批电脑，向上级打报告用“请示”还是“报告”？ - 职问社区</title></head><body>
<div class="top">⟦m 职问社区⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 写回答⟧</a> <a>⟦a 登录⟧</a></div>
<div class="q"><h1>{T}</h1><div>⟦m 关注者 36　被浏览 9,204⟧</div></div>
<div class="a"><div class="who">⟦m 老笔头 · 机关文秘十五年 · 回答于 2025-04-09 21:03⟧</div>
{BODY}
<div class="bar">⟦l ▲ 赞同 512　💬 44 条评论　⤴ 分享　★ 收藏　♡ 喜欢⟧</div></div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l “函”和“请示”有什么区别？ 12 个回答⟧</p><p>⟦l 请示可以一文多事吗？ 8 个回答⟧</p></div>
<div class="ft">⟦m © 2025 职问社区　京ICP证180331号⟧</div>
</body></html>
""",
        body="""
用“请示”。需要上级批准、批复的事项用请示，只是汇报工作、反映情况不需要批复的用报告。
请示要一文一事，结尾一般用“妥否，请批示”或“当否，请批复”。
给你一个简单的例子：
关于购置办公电脑的请示
县财政局：
我局现有办公电脑多数使用已超过8年，故障频繁，影响正常办公。拟购置办公电脑20台，所需资金约10万元，请予安排。
妥否，请批示。
另外注意，请示只能主送一个上级机关，不要多头请示。
""",
    ),
    dict(
        slug="wiki-format-checker-minutes-entry",
        site="公文格式通 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.gwgeshitong.example.com/wiki/jiyao",
        title="纪要",
        record_title="纪要 - 公文文种 - 公文格式通",
        date=None,
        notes="a 公文 format checker's encyclopaedia entry: an edit/history row, a 'check your document' tool prompt, an infobox line, the entry's example with 时间/地点 lines inside a quoted example and an example date inside a sentence (no date); a 'cite this entry' line",
        page="""
!m 公文格式通 · 写对格式 一查就通
!m 词条 ▸ 公文文种 ▸ 纪要
!t 纪要 - 公文文种 - 公文格式通
!a 编辑　｜　历史版本　｜　讨论
!m 所属分类：法定公文　｜　最近更新：38天前
{BODY}
!a 【格式自检】上传你的纪要，一键检查版头、标题、落款格式 →
!m 引用本词条：公文格式通.纪要[EB/OL].
""",
        body="""
纪要是适用于记载会议主要情况和议定事项的法定公文文种。
纪要的正文一般包括会议概况和议定事项两部分。会议概况写明会议的时间、地点、主持人、出席人员和主要议题；议定事项用“会议认为”“会议决定”“会议要求”等引出。
纪要不加盖印章，成文日期一般为会议纪要印发的日期，例如2024年3月5日召开的会议，纪要可能于3月7日印发，成文日期即为“2024年3月7日”。
常见错误：把“纪要”写成“记要”；在纪要末尾加盖单位公章。
""",
    ),
    dict(
        slug="wiki-policy-term-one-thing-once",
        site="政策词典网 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.zhengcecidian.example.org/term/yijianshi.html",
        title="“高效办成一件事”",
        record_title="“高效办成一件事”_政策词典网",
        date=None,
        notes="a policy-term dictionary entry page: a letter index A–Z, a 'see also' box, pronunciation-like label line, a table of sample items (one row a paragraph), an example year in a sentence; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>“高效办成一件事”_政策词典网</title></head><body>
<div class="head">⟦m 政策词典网 · 读懂每一个政策热词⟧</div>
<div class="az">⟦l 按拼音检索：A B C D E F G H J K L M N P Q R S T W X Y Z⟧</div>
<h1>{T}</h1>
<div class="lab">⟦m 类别：政务服务　｜　收录：2024版⟧</div>
{BODY}
<div class="see"><h4>⟦l 参见词条⟧</h4><p>⟦l 一网通办⟧</p><p>⟦l 跨省通办⟧</p></div>
<div class="ft">⟦d 词条释义仅供参考，以官方文件表述为准⟧</div>
</body></html>
""",
        body="""
“高效办成一件事”是指将企业和群众眼中的“一件事”所涉及的多个部门、多个事项，通过流程再造、数据共享等方式整合为一次办理。
2024年，国务院部署推进第一批13个“高效办成一件事”重点事项，此后各地陆续扩展。
部分事项示例：
事项　涉及环节
新生儿出生一件事　出生医学证明、户口登记、医保参保
企业信息变更一件事　营业执照、税务、社保信息变更
退休一件事　养老保险待遇申领、医保关系转移
“一件事”办理的核心是“一次告知、一表申请、一套材料、一次办好”。
""",
    ),
    dict(
        slug="snapshot-skills-appraisal-exam-markers",
        site="搜索引擎快照 / 蒲阳市职业技能鉴定中心 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.searchsnap.example.com/c?u=http%3A%2F%2Fjnjd.puyang.example.gov.cn%2Ftz%2F2025%2F0918.html",
        title="关于开展2025年第四季度消防设施操作员职业技能等级认定的通知",
        record_title="关于开展2025年第四季度消防设施操作员职业技能等级认定的通知_蒲阳市职业技能鉴定中心",
        date="2025-09-18",
        notes="a search cache: the cache banner with its crawl time (no date), highlighted-terms line; the cached page's byline 发布日期 the date; ⁞N⁞ markers cut sentences (the cached page was a PDF conversion); a fee table",
        pages=dict(fmt="⁞{n}⁞", every=120, start=2, glue="mix"),
        page="""
!m 这是 http://jnjd.puyang.example.gov.cn/tz/2025/0918.html 的快照，抓取于 2025年10月3日 06:41:20
!m 以下搜索词已高亮：消防设施操作员　认定
!a 查看原网页 »
!m 蒲阳市职业技能鉴定中心 — 通知公告
!t 关于开展2025年第四季度消防设施操作员职业技能等级认定的通知_蒲阳市职业技能鉴定中心
!m 发布日期：2025-09-18
{BODY}
!d 快照仅为原网页的备份，内容可能已更新或删除，以原网页为准。
""",
        body="""
各有关单位、各位考生：
根据年度认定工作计划，我中心定于2025年11月开展第四季度消防设施操作员职业技能等级认定。现将有关事项通知如下。
一、认定等级：五级（初级工）、四级（中级工）。
二、报名时间：10月8日至10月24日，考生登录蒲阳市职业技能鉴定服务平台报名并上传学历证明。
三、收费标准
等级　理论（元）　实操（元）
五级　80　160
四级　90　190
四、认定合格者，由我中心颁发职业技能等级证书，证书可在人社部门网站查询。
蒲阳市职业技能鉴定中心
2025年9月18日
""",
    ),
    dict(
        slug="snapshot-textonly-tourist-bus-notice",
        site="纯文本缓存 / 薏川县旅游集散中心 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://textcache.example.net/view?url=lyjs.yichuan.example.cn%2Fgg%2F0428",
        title="“五一”假期旅游直通车运行安排",
        record_title="“五一”假期旅游直通车运行安排",
        date="2025-04-28",
        notes="a text-only cache: header with the original URL and a 'text version' label, link lines rendered as [n] references at the bottom; a bus-line table; the centre's own 咨询电话; the signature date",
        page="""
!m 文本缓存版本 · 原始地址：lyjs.yichuan.example.cn/gg/0428
!m 缓存时间：2025-05-02 14:02 UTC
!m [1]首页 [2]线路查询 [3]票务预订 [4]公告
{T}
{BODY}
!l 参考链接：[1] /  [2] /xianlu  [3] /piaowu  [4] /gg
!m 薏川县旅游集散中心版权所有
""",
        body="""
为方便游客“五一”假期出行，5月1日至5日，县旅游集散中心开通三条旅游直通车线路，具体安排如下。
线路　发车时间　票价
集散中心—云台山景区　8:00　9:00　10:00　15元
集散中心—古镇老街　8:30　13:30　10元
集散中心—薏泉温泉　9:30　14:00　12元
游客可在集散中心售票窗口或“薏川旅游”公众号购票，儿童身高1.2米以下免票。
咨询电话：0719-5286600。
薏川县旅游集散中心
2025年4月28日
""",
    ),
    dict(
        slug="print-assistive-devices-notice",
        site="芩岭县残疾人辅助器具服务中心 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://fjzx.qinling.example.gov.cn/print.aspx?id=1207",
        title="关于开展2025年残疾人辅助器具免费适配服务的通知",
        record_title="关于开展2025年残疾人辅助器具免费适配服务的通知〔打印预览〕",
        date="2025-03-06",
        notes="a print view: the print header with the URL, a 'print this page / close' row, a print footer 第1页 共1页 and a print timestamp (no date); the notice's own 适配申请 list and phone",
        page="""
!m 芩岭县残疾人辅助器具服务中心　　http://fjzx.qinling.example.gov.cn
!a 〖打印本页〗〖关闭〗
!t 关于开展2025年残疾人辅助器具免费适配服务的通知〔打印预览〕
!m 发布日期：2025-03-06　来源：中心办公室
{BODY}
!m 打印于 2025年7月19日 09:12
!p 第1页 共1页
""",
        body="""
各乡镇残联，各社区：
为帮助残疾人提高生活自理能力，县残疾人辅助器具服务中心2025年继续开展辅助器具免费适配服务。现将有关事项通知如下。
一、服务对象：持有第二代残疾人证、有辅助器具需求的本县户籍残疾人。
二、适配品种：轮椅、助行器、坐便椅、助听器、盲杖等。
三、申请方式：残疾人本人或家属携带残疾人证到所在乡镇残联填写《辅助器具适配申请表》，也可通过“芩岭残联”公众号在线申请。
四、咨询电话：0731-8462219。
芩岭县残疾人辅助器具服务中心
2025年3月6日
""",
    ),
    dict(
        slug="print-shelter-office-rules-html",
        site="葑城市应急避难场所管理办公室 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://yjbn.fengcheng.example.gov.cn/printpage.html?art=556",
        title="应急避难场所日常管理规定",
        record_title="应急避难场所日常管理规定 - 打印版",
        date="2025-06-20",
        notes="an HTML print template: print toolbar, the URL line, (−N−) page markers between the halves of cut articles, a print footer; a regulation whose articles speak of 扫码 and 打印 signs; 印发 date under the rules",
        pages=dict(fmt="〔−{n}−〕", every=140, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>应急避难场所日常管理规定 - 打印版</title>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖶 打印　　A4纵向　　⟲ 返回原文⟧</div>
<div class="url">⟦m 本页地址：https://yjbn.fengcheng.example.gov.cn/art/556⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 葑城市应急避难场所管理办公室　打印时间：2025/08/01⟧</div>
</body></html>
""",
        body="""
第一条　为加强应急避难场所日常管理，确保突发事件发生时能够及时启用，制定本规定。
第二条　避难场所管理单位应当在场所入口设置标识牌，标识牌上的平面图和二维码应保持清晰，群众扫码可查看场所容量和疏散路线。
第三条　管理单位每季度对应急供水、供电、照明和厕所等设施进行检查，检查记录打印后存档备查。
第四条　任何单位和个人不得擅自占用避难场所或改变其用途。
第五条　本规定自印发之日起施行。
葑城市应急避难场所管理办公室
2025年6月20日印发
""",
    ),
    dict(
        slug="mail-fw-logistics-park-request",
        site="物流园区管委会邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:fw-20250314-coldchain@wlyq.example.cn",
        title="关于申请建设冷链物流公共服务中心的请示",
        record_title="Fw: 关于申请建设冷链物流公共服务中心的请示.docx",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="a forwarded mail: 发件人/收件人/抄送/时间/主题 headers and a 'forwarded message' separator, the forwarder's note, the mail's own 附件 header beside the request's 附件 list and 抄送 版记; the 成文日期 expected, the mail date also accepted",
        page="""
!m 发件人：园区综合办 <zhb@wlyq.example.cn>
!m 收件人：招商局 <zsj@wlyq.example.cn>
!m 抄　送：规划建设局
!m 时　间：2025年3月17日(星期一) 上午10:26
!m 主　题：Fw: 关于申请建设冷链物流公共服务中心的请示.docx
!m 附　件：关于申请建设冷链物流公共服务中心的请示.docx (28.6K)
!w 请招商局阅研，周三前反馈意见。——综合办 小林
!m -------- 转发的邮件 --------
{T}
{BODY}
!a 此邮件由移动邮箱客户端发送
""",
        body="""
区管委会：
为补齐园区冷链物流短板，服务周边果蔬、水产品流通，我中心拟在园区东片区建设冷链物流公共服务中心。现将有关事项请示如下。
一、建设内容：建设冷库2.4万立方米、低温分拣车间6000平方米及配套设施。
二、投资估算：项目总投资1.18亿元，拟申请中央预算内资金3000万元，其余由企业自筹。
三、建设期限：2025年5月至2026年10月。
妥否，请批示。
附件：1.项目建议书
2.用地红线图
苓口现代物流园区发展服务中心
2025年3月14日
抄送：区发展改革局
""",
    ),
    dict(
        slug="mail-reply-forest-fire-notice-wrapped",
        site="森防指办公室往来邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:re-slfh-0218@zhenling.example.gov.cn",
        title="关于进一步加强清明期间森林防灭火工作的通知",
        record_title="Re: 转发：关于进一步加强清明期间森林防灭火工作的通知",
        date="2025-03-25",
        date_also=["2025-03-26"],
        notes="a reply chain: 'Re: 转发：' in the subject, quoted-header lines with '>' stripped, the reply text at the top, the forwarded notice hard-wrapped at 70 columns; a signature block of the replier; the notice's 值班电话 kept",
        wrap=70,
        page="""
!m 发件人：梨坪镇应急办 <lp_yjb@zhenling.example.gov.cn>
!m 发送时间：2025-03-26 08:47
!m 主题：Re: 转发：关于进一步加强清明期间森林防灭火工作的通知
!w 收到，我镇已传达到各村，今日起落实24小时值班。——梨坪镇应急办 覃明
!m 在 2025-03-25 17:30，县森防指办公室 写道：
!m 各乡镇：现将通知转发给你们，请认真贯彻落实。
{BODY}
!m —— 梨坪镇人民政府应急管理办公室　电话 0744-5530112 ——
""",
        body="""
各乡镇人民政府，县森林防灭火指挥部各成员单位：
清明节期间祭祀用火多、野外活动频繁，森林火灾风险明显上升。为切实做好防灭火工作，现就有关事项通知如下。
一、严格管控野外火源。在进山路口设立检查站，严查火种；倡导文明祭扫，禁止在林区燃放烟花爆竹、焚烧纸钱。
二、强化巡山护林。各乡镇要组织护林员、网格员加密巡查频次，重点时段实行全天候巡护。
三、做好扑救准备。各专业扑火队伍要备足物资、靠前驻防，确保一旦发生火情能够快速处置。
四、严格值班报告。县森防指办公室值班电话：0744-5521119。
蓁岭县森林防灭火指挥部办公室
2025年3月25日
""",
    ),
    dict(
        slug="mail-webmail-delivery-riders-letter-html",
        site="邮箱网页版 / 骑手服务平台来信 (invented)",
        style="邮件转发",
        genre="公开信",
        kind="letter",
        form="html",
        source="https://mail.example-webmail.com/read?mid=ZL8812",
        title="致全体骑手的高温关爱提示",
        record_title="致全体骑手的高温关爱提示",
        date="2025-07-10",
        notes="a webmail reader: folder list with counts, mail toolbar (回复/转发/删除/标记), sender and time header, a 'this mail contains external images' bar, an unsubscribe footer of the platform; the letter's own 骑手关怀热线 and 'open the app to claim' sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>致全体骑手的高温关爱提示 - 网页邮箱</title></head><body>
<div class="folders">⟦m 收件箱(23) 草稿箱 已发送 垃圾邮件(4)⟧</div>
<div class="toolbar">⟦a 回复　全部回复　转发　删除　标记为⟧</div>
<div class="hdr"><h2>{T}</h2>
<div>⟦m 发件人：骑手服务中心 &lt;service@qishou-platform.example.com&gt;⟧</div>
<div>⟦m 时间：2025年7月10日 07:30⟧</div></div>
<div class="warn">⟦d 此邮件包含外部图片，为保护隐私已被阻止显示⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="unsub">⟦d 您收到此邮件是因为您是平台注册骑手。如不想再接收此类邮件，请点击退订。⟧</div>
</body></html>
""",
        body="""
亲爱的骑手朋友们：
近期全国多地持续高温，平台提醒大家在配送途中注意防暑降温，保护好自己的身体。
一、午间12时至15时高温时段，平台已适当延长预计送达时间，请不要为了赶时间冒险骑行。
二、全市已有两千余家“骑手驿站”开放，提供免费饮用水、充电和休息场所，打开App“骑手之家”页面即可查看附近驿站。
三、如出现头晕、乏力等中暑症状，请立即停止配送，到阴凉处休息，必要时拨打120。
骑手关怀热线：400-650-7717（24小时）。
骑手服务中心
2025年7月10日
""",
    ),
    dict(
        slug="qa-farm-cooperative-answer-junk",
        site="农事问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.nongshiwenda.example.com/ask/58316.html",
        title="农机合作社申请农机购置补贴需要什么材料？",
        record_title="农机合作社申请农机购置补贴需要什么材料？_农事问答网",
        date="2025-02-27",
        notes="a farming Q&A copied from a forum with junk glued after sentences and on lines of its own; the answer's numbered list of materials and a sentence to 下载 the application form; 回答于 line as the page's date",
        junk=dict(lines=1, glued=3),
        page="""
!m 农事问答网 — 种养殖难题 专家来解答
{T}
!m 问题分类：农机　｜　1个回答
!m 农技推广员 宋师傅　回答于 2025-02-27 10:05
{BODY}
!l 有用 27　没用 1
!l 相关问题：拖拉机报废补贴标准是多少？
!d 以上回答仅供参考，具体以当地农业农村部门规定为准。
""",
        body="""
合作社申请农机购置补贴，一般需要准备以下材料：
1.合作社营业执照复印件和法定代表人身份证复印件；
2.购机发票原件和复印件；
3.合作社的银行账户信息；
4.所购机具的铭牌照片和人机合影照片。
申请表可以在省农机购置补贴辅助管理系统下载，也可以到县农业农村局农机股领取。材料齐全后交到乡镇农业综合服务中心初审，县里核验后补贴资金直接打到合作社账户上。
""",
    ),
]
