"""holdout133, part F: a Keshan-disease encyclopaedia answer, a sluice-operation rule and an
HIV-testing plan on cloud drives, a lumbar-disc lecture and a drowning-prevention letter
in search caches, a logistics park's fire notice and an English-corner plan as print views,
and a peasant-painting exhibition and a pea co-op's request as forwarded mails. Invented
text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-keshanbing-keshan-disease-answer-text",
        site="健识百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="entry",
        form="text",
        source="https://www.jianshi-wiki.example.org/wenda/keshanbing.html",
        title="克山病是什么病？现在还有吗？",
        record_title="克山病是什么病？现在还有吗？_健识百科问答",
        date=None,
        notes="an encyclopaedia-style Q&A: reviewer line (审核专家) and an updated-relative line (no date), a 'was this helpful' bar, a medical disclaimer, an example year in a sentence",
        page="""
!m 健识百科问答 › 地方病
!t 克山病是什么病？现在还有吗？_健识百科问答
!m 审核专家：章明远　主任医师　｜　更新于 5天前
{BODY}
!l 这个回答对你有帮助吗？　有帮助 233　没帮助 4
!d 内容仅供健康科普，不作为诊断和治疗依据
""",
        body="""
克山病是一种以心肌病变为主的地方病，因1935年在黑龙江省克山县首次被发现而得名。
克山病主要发生在我国从东北到西南的一条低硒地带，发病与环境缺硒、营养不良等因素有关。
经过几十年的综合防治，特别是推广补硒和改善饮食结构，克山病已基本得到控制，目前各病区县均已达到消除标准。
不过，个别病区仍有少量慢性患者，需要定期随访管理。
""",
    ),
    dict(
        slug="clouddrive-shuizha-sluice-rules-text-markers",
        site="橙子网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://pan.chengzi.example.com/s/1xQ8rT2mLk",
        title="沙河节制闸运行操作规程",
        record_title="沙河节制闸运行操作规程.wps",
        date="2025-03-01",
        notes="a cloud-drive preview: file name title, extraction-code line, page markers ⟬n⟭ glued or not; articles of the rule; 'save to my drive' and 'download via client' actions; the rule's effective date",
        pages=dict(fmt="⟬{n}⟭", every=70, start=2, glue="mix"),
        page="""
!m 橙子网盘 | 文件分享
!t 沙河节制闸运行操作规程.wps
!m 分享者：水利小陈　｜　有效期：永久　｜　提取码：k7m2
{BODY}
!a 保存到我的网盘　｜　客户端高速下载
!d 请勿分享违法违规内容，一经发现将取消分享
""",
        body="""
第一条　为规范沙河节制闸运行操作，保证工程安全和调度指令准确执行，制定本规程。
第二条　闸门启闭必须依据管理所下达的调度指令进行，操作人员接到指令后应复核闸门编号、开度和启闭顺序。
第三条　启闭闸门时应对称、分级进行，每级开度不超过零点五米，两级之间间隔不少于五分钟。
第四条　操作完毕后，操作人员应如实填写启闭记录，并向调度值班员报告执行情况。
第五条　本规程自2025年3月1日起执行。
""",
    ),
    dict(
        slug="clouddrive-aizibing-hiv-testing-plan-html",
        site="随心云盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.suixinpan.example.net/share/init?surl=Hk20aP",
        title="2025年世界艾滋病日宣传活动方案",
        record_title=None,
        date="2025-11-20",
        notes="a cloud-drive share page (HTML) with no record title: a file list with sizes, share time, a VIP speed-up prompt, a client banner; the plan's own 联系人 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>随心云盘 - 分享无限制</title></head>
<body>
<div class="hd">⟦m 随心云盘⟧ ⟦a 下载客户端⟧ ⟦a 登录⟧</div>
<div class="share-info">⟦m 疾控科的分享 · 分享时间 2025-11-21 16:02 · 过期时间：永久有效⟧</div>
<ul class="files"><li>⟦m 2025年世界艾滋病日宣传活动方案.docx　28KB⟧</li><li>⟦m 宣传展板设计稿.pdf　4.2MB⟧</li></ul>
<div class="preview"><h3>⟦t 2025年世界艾滋病日宣传活动方案⟧</h3>
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，享极速下载⟧</div>
<div class="ft">⟦d 随心云盘倡导健康分享，请勿传播违法内容⟧</div>
</body></html>
""",
        body="""
为做好2025年世界艾滋病日宣传工作，提高群众艾滋病防治知识知晓率，结合我县实际，制定本方案。
一、活动时间：2025年11月下旬至12月上旬，12月1日集中开展宣传。
二、活动内容：在县城广场设置咨询点，提供免费咨询和检测；组织医务人员进校园、进工地、进社区开展防治知识讲座。
三、工作要求：各乡镇卫生院要于12月10日前报送活动总结和图片资料。
联系人：县疾控中心艾防科　韦晓丹　电话：0776-6822 113
县疾病预防控制中心
2025年11月20日
""",
    ),
    dict(
        slug="snapshot-yaozhui-lumbar-lecture-html-frame",
        site="搜达网页快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.souda.example.com/c?m=9f0e3a&u=http%3A%2F%2Fwww.qhzyy.example.cn%2Fnews%2F2025%2F0912.html",
        title="市中医院举办腰椎间盘突出症防治义诊讲座",
        record_title="市中医院举办腰椎间盘突出症防治义诊讲座",
        date="2025-09-12",
        notes="a search-cache frame on top of a hospital page: the cache banner with a crawl time (not a date), highlighted query terms line, the page's own 发布时间 (the date)",
        page="""
<html><head><meta charset="utf-8"><title>市中医院举办腰椎间盘突出症防治义诊讲座</title></head>
<body>
<div class="cache-banner">⟦d 这是搜达对 http://www.qhzyy.example.cn/news/2025/0912.html 的缓存，是网页在 2026-01-08 03:12 的快照。⟧<br>⟦d 搜达与网页作者无关，不对其内容负责。⟧<br>⟦m 您查询的关键词已高亮：腰椎 义诊⟧</div>
<hr>
<div class="site">⟦m 青荷市中医院⟧ ⟦l 首页 科室介绍 专家介绍 新闻动态⟧</div>
<h2>⟦t 市中医院举办腰椎间盘突出症防治义诊讲座⟧</h2>
<p>⟦m 发布时间：2025-09-12　作者：推拿科⟧</p>
{BODY}
<p>⟦l 上一篇：中医院开展秋季养生膏方节⟧</p>
<p>⟦m 青荷市中医院 地址：青荷市人民路115号⟧</p>
</body></html>
""",
        body="""
9月11日上午，市中医院推拿科在院门诊大厅举办腰椎间盘突出症防治义诊讲座，吸引了一百余名市民参加。
讲座中，推拿科主任医师赵其峰结合病例，讲解了腰椎间盘突出症的常见症状、日常预防和康复锻炼方法。
义诊现场，医护人员为市民免费测量血压、开展腰背部筛查，并示范了小燕飞、五点支撑等康复动作。
推拿科提醒，长期久坐、弯腰搬重物是腰椎病的重要诱因，出现下肢放射痛要及时就医。
""",
    ),
    dict(
        slug="snapshot-nishui-drowning-letter-text-cache",
        site="快搜文本快照 (invented)",
        style="搜索快照",
        genre="致家长的信",
        kind="letter",
        form="text",
        source="http://snapshot.kuaisou.example.cn/text?id=8821c7&url=http://www.jsxx.example.edu.cn/aqjy/2025/0620.html",
        title="暑期防溺水安全致家长的一封信",
        record_title=None,
        date="2025-06-20",
        notes="a text-only cache with no record title: a cache header with a snapshot time (not the date), the school page's breadcrumb and a 回执 with ____ placeholders kept; the letter's 成文日期 expected",
        page="""
!d 【快搜文本快照】以下为网页在 2025-12-30 11:45 保存的文字版本，原网页可能已更新。
!m 原网址：http://www.jsxx.example.edu.cn/aqjy/2025/0620.html
!m 金沙小学 > 安全教育
{T}
{BODY}
!m 金沙小学　版权所有
""",
        body="""
尊敬的家长朋友：
暑假即将来临，夏季是溺水事故的高发期。为确保孩子们度过一个平安的假期，请您务必做到以下几点。
1. 教育孩子做到“六不”：不私自下水游泳，不擅自与他人结伴游泳，不在无家长或教师带领的情况下游泳，不到无安全设施、无救援人员的水域游泳，不到不熟悉的水域游泳，不熟悉水性的学生不擅自下水施救。
2. 假期中家长要切实履行监护责任，随时掌握孩子的去向。
3. 发现有人落水，要大声呼救并立即拨打110、120，不要盲目下水施救。
金沙小学
2025年6月20日
回执：我已认真阅读《暑期防溺水安全致家长的一封信》，将切实履行监护责任。
学生姓名：______　家长签名：______
""",
    ),
    dict(
        slug="print-wuliuyuan-logistics-fire-notice-text",
        site="汇通物流园管理平台 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.huitongwly.example.com/print.php?id=3307",
        title="关于开展冬季消防安全专项检查的通知",
        record_title="打印预览 - 关于开展冬季消防安全专项检查的通知",
        date="2025-12-01",
        notes="a print view: print button row, the page URL and print time at the top (not dates), a print footer 页 1 ⁄ 1; the notice's 附件 and 联系人 kept",
        page="""
!a [打印本页]　[返回]
!m http://www.huitongwly.example.com/news/3307.html　打印时间：2026/1/6 9:41
!t 打印预览 - 关于开展冬季消防安全专项检查的通知
{BODY}
!p 页 1 ⁄ 1
""",
        body="""
园区各入驻企业：
冬季天干物燥，仓库货物集中，火灾风险较大。园区管委会决定于12月5日至12月20日开展冬季消防安全专项检查。
一、检查内容：仓库电气线路、消防设施器材、疏散通道、叉车充电区和员工消防培训情况。
二、整改要求：检查发现的隐患，企业须在七日内整改完毕，并将整改报告报园区安全部。
附件：冬季消防安全自查表
联系人：安全部　戴昊　电话：0512-6671 3390
汇通物流园管委会
2025年12月1日
""",
    ),
    dict(
        slug="print-yingyujiao-english-corner-plan-html",
        site="岚桥中学 (invented)",
        style="打印页",
        genre="活动方案",
        kind="plan",
        form="html",
        source="http://www.lanqiaozx.example.cn/print.aspx?articleid=1452",
        title="岚桥中学2026年春季“英语角”活动方案",
        record_title="〔打印稿〕岚桥中学2026年春季“英语角”活动方案",
        date="2026-02-24",
        notes="an HTML print view: print/close buttons hidden from print, a print footer 第 1 页 ‖ 共 1 页, the source line; a schedule table; a sentence telling students to 关注 the school account kept",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕岚桥中学2026年春季“英语角”活动方案</title>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 打印⟧ ⟦a 关闭⟧</div>
<h2>⟦t 岚桥中学2026年春季“英语角”活动方案⟧</h2>
<p class="src">⟦m 来源：岚桥中学教务处　发布日期：2026-02-24⟧</p>
{BODY}
<div class="pf">⟦p 第 1 页 ‖ 共 1 页⟧</div>
</body></html>
""",
        body="""
为营造英语学习氛围，提高学生英语口语表达能力，学校决定在2026年春季学期开展“英语角”活动。
周次　主题　地点
第3周　My Hometown　图书馆前广场
第5周　Food and Festivals　图书馆前广场
第7周　Science Around Us　实验楼大厅
活动每两周一次，时间为周三下午课外活动时间，由英语组教师轮流主持。
活动照片和优秀发言将在学校公众号展示，欢迎同学们关注“岚桥中学”公众号。
岚桥中学教务处
2026年2月24日
""",
    ),
    dict(
        slug="mail-nongminhua-peasant-painting-forward-text",
        site="彭湾县文化馆邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:wenhuaguan@pengwan.example.gov.cn?msg=20250902-071",
        title="关于征集第六届农民画作品展参展作品的通知",
        record_title="Fw: 关于征集第六届农民画作品展参展作品的通知",
        date="2025-09-01",
        date_also=["2025-09-02"],
        notes="a forwarded mail: header lines (发件人/收件人/时间/主题), the forwarder's note, the mail's own 附件 header and the notice's own 附件 list kept; the send time (09-02) and the 成文日期 (09-01) differ, both accepted; a mail-client footer",
        page="""
!m 发件人：县文化馆办公室 <wenhuaguan@pengwan.example.gov.cn>
!m 收件人：各乡镇综合文化站
!m 发送时间：2025年9月2日（星期二）上午10:16
!t 主题：Fw: 关于征集第六届农民画作品展参展作品的通知
!m 附件：参展作品登记表.xlsx（18KB）
各站：转发县文旅局通知，请抓紧组织，按时报送。
---------- 转发的邮件 ----------
{BODY}
!d 此邮件由彭湾政务邮箱发送，如非本人收件请删除
!a 回复　全部回复　转发
""",
        body="""
各乡镇综合文化站：
为展示我县农民画创作成果，县文化和旅游局定于10月下旬举办第六届农民画作品展，现面向全县征集参展作品。
一、作品要求：以乡村振兴、美好生活为主题，画幅不大于四平尺，每位作者限报两件。
二、报送时间：9月30日前将作品和登记表报送县文化馆。
附件：参展作品登记表
彭湾县文化和旅游局
2025年9月1日
""",
    ),
    dict(
        slug="mail-wandou-pea-coop-request-webmail-html",
        site="绿禾企业邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.lvhe.example.com/read?mid=ZC2604-118",
        title="关于申请豌豆采收季临时用工补贴的请示",
        record_title="回复：关于申请豌豆采收季临时用工补贴的请示.docx",
        date="2026-04-14",
        date_also=["2026-04-15"],
        notes="a webmail read view (HTML): folder list, a reply chain with the earlier mail quoted (the request as the body), the mail's own 附件 bar as chrome; a 附件 line and 联系人 of the request kept; send date differs from the request's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>回复：关于申请豌豆采收季临时用工补贴的请示.docx - 绿禾企业邮箱</title></head>
<body>
<div class="side">⟦l 收件箱(12) 草稿箱 已发送 已删除 垃圾邮件⟧</div>
<div class="mailhead">
<h3>⟦t 回复：关于申请豌豆采收季临时用工补贴的请示.docx⟧</h3>
<p>⟦m 发件人：镇农业服务中心 &lt;nyzx@lvhe.example.com&gt;⟧</p>
<p>⟦m 时间：2026年4月15日 14:20⟧</p>
<p>⟦a 附件 1 个（关于申请豌豆采收季临时用工补贴的请示.docx） 预览 下载⟧</p>
</div>
<div class="reply"><p>已收到，材料齐全，转呈分管领导审批。</p></div>
<div class="quote"><p>------------------ 原始邮件 ------------------</p>
{BODY}
</div>
<div class="ft">⟦d 绿禾企业邮箱 · 安全提示：请勿点击来历不明的链接⟧</div>
</body></html>
""",
        body="""
镇人民政府：
我社今年种植鲜食豌豆一千二百亩，预计4月下旬至5月中旬集中采收。因采收期短、用工集中，需临时雇用采摘工约三百人次/日。
为减轻社员负担，保证豌豆及时采收上市，特申请临时用工补贴八万元，主要用于采摘工工资补助。
妥否，请批示。
附件：临时用工计划表
联系人：甘立春　电话：139 0771 5520
青苗豌豆专业合作社
2026年4月14日
""",
    ),
]
