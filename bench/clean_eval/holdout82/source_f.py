"""holdout82, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-html-abalone-entry",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.baizhi.example.com/item/鲍鱼养殖证",
        title="鲍鱼养殖证",
        record_title="鲍鱼养殖证_百知百科",
        date=None,
        notes="encyclopaedia entry: edit links, infobox rows kept as table rows, a template placeholder 20××年×月×日 in a sentence; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鲍鱼养殖证_百知百科</title></head><body>
<div class="hd">⟦m 百知百科 — 全民共建的知识库⟧ ⟦a 进入词条⟧ ⟦a 编辑⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　讨论　收藏　分享⟧</div>
{BODY}
<div class="ref">⟦l 词条标签：渔业 行政许可 水产养殖⟧</div>
<div class="stat">⟦m 浏览次数：6,812　最近更新：海边书生（2025-08-30）⟧</div>
<footer>⟦d 词条内容仅供参考，如有需要请咨询相关专业人士⟧</footer></body></html>
""",
        body="""
鲍鱼养殖证，是水域滩涂养殖证的一种，由县级以上地方人民政府核发。
中文名　鲍鱼养殖证
发证机关　县级以上地方人民政府
有效期　一般为五年至十五年
申请人应提交养殖水域位置图、养殖品种和规模说明等材料。
证书上载明的有效期写作“20××年×月×日至20××年×月×日”。
""",
    ),
    dict(
        slug="wiki-text-wheel-qa-entry",
        site="知了问答百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.zhiliao.example.com/wiki/shuiche",
        title="筒车和龙骨水车有什么区别？",
        record_title=None,
        date="2025-07-19",
        notes="no record title: the question as the title; an expert answer with 回答于 date; a 'best answer' badge as meta",
        page="""
!m 知了问答百科 > 农业 > 农具
!t 筒车和龙骨水车有什么区别？
!m ★ 最佳答案
!m 农史研究员小陶　回答于 2025年7月19日
{BODY}
!l 这个回答对你有帮助吗？ 有 45　没有 1
!l 相关问题：水车最早出现在什么朝代？
""",
        body="""
筒车是利用水流冲击轮子转动，把水斗里的水提到高处，不需要人力或畜力。
龙骨水车又叫翻车，要靠人踩踏或牛拉，通过木链板把低处的水刮上来。
简单地说，筒车适合水流急的河边，龙骨水车适合池塘和水流缓慢的地方。
""",
    ),
    dict(
        slug="netdisk-text-springroll-plan-shared",
        site="飞盘云 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.feipan.example.com/s/1Qa9xZ",
        title="溪口古镇第三届春卷节活动方案",
        record_title="溪口古镇第三届春卷节活动方案（定稿）.docx",
        date="2025-01-20",
        notes="cloud-drive preview; page markers ‹第2页› glued (mix) cutting sentences; share-expiry and save buttons",
        page="""
!m 飞盘云 · 文件分享
!t 溪口古镇第三届春卷节活动方案（定稿）.docx
!m 分享人：古镇管委会小林　分享时间：2025-01-22 失效时间：永久有效
!a 保存到网盘　下载　⋯
{BODY}
!a 在线预览仅显示前3页，完整内容请下载查看
""",
        pages=dict(fmt="‹第{n}页›", every=100, start=2, glue="mix"),
        body="""
一、活动时间：2025年2月13日（正月十六）全天。
二、活动地点：溪口古镇老街及文化广场。
三、主要内容：千人包春卷、春卷皮手艺展示、“最薄春卷皮”评比、老字号美食市集。
四、安全保障：设置医疗点两处，安排志愿者六十名，老街实行单向人流管控。
溪口古镇管理委员会
2025年1月20日
""",
    ),
    dict(
        slug="netdisk-html-nas-eggs-training-summary",
        site="家庭NAS分享页 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://nas-huwan.example.net:5000/sharing/Tk7pQw",
        title="2025年禽蛋加工技能培训工作总结",
        record_title="2025年禽蛋加工技能培训工作总结.pdf",
        date="2025-11-30",
        notes="NAS share page with page-marker paragraphs; file info row; download and expiry",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年禽蛋加工技能培训工作总结.pdf - 文件分享</title></head><body>
<div class="bar">⟦m 文件分享 · Huwan-NAS⟧ ⟦a 下载⟧</div>
<div class="file">⟦t 2025年禽蛋加工技能培训工作总结.pdf⟧ ⟦m 1.8 MB · 2025-12-02 修改⟧</div>
<div class="pdf">
{BODY}
</div>
<div>⟦m 此分享链接将于 2026-01-01 到期⟧</div></body></html>
""",
        pages=dict(fmt="⟪ {n} / 3 ⟫", every=120, start=2),
        body="""
2025年，镇农业服务中心共举办禽蛋加工技能培训班六期，培训农民三百一十二人次。
培训围绕咸蛋腌制、皮蛋加工、食品安全三方面，邀请省农科院专家现场授课。
培训结束后，有四十六名学员取得了食品加工职业技能等级证书，九户学员开办了家庭作坊。
明年计划开设电商直播课程，帮助作坊拓宽销路。
湖湾镇农业服务中心
2025年11月30日
""",
    ),
    dict(
        slug="snapshot-html-hail-drill-cache",
        site="搜索快照 (invented)",
        style="搜索快照",
        genre="方案",
        kind="plan",
        form="html",
        source="http://cache.souyi.example.com/c?u=http%3A%2F%2Fqx.luoqiao.example.gov.cn%2F2025%2F0428.html",
        title="罗桥县人工防雹作业应急演练方案",
        record_title=None,
        date="2025-04-28",
        notes="snapshot frame with banner and highlight line; snapshot stamp is not the date; the page's own site chrome inside the frame",
        page="""
<html><head><meta charset="utf-8"><title>罗桥县人工防雹作业应急演练方案 - 搜一快照</title></head><body>
<div class="snap">⟦d 这是 http://qx.luoqiao.example.gov.cn/2025/0428.html 的快照，是网页在2025年6月3日的存档，当前页面可能已经更改⟧</div>
<div class="snap">⟦m 搜一快照　以下关键词已高亮：防雹 演练⟧</div>
<div class="orig">
<div>⟦m 罗桥县气象局 首页 > 工作动态⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦l 上一篇：县气象局召开汛期动员会⟧</div>
</div></body></html>
""",
        body="""
为检验防雹作业应急处置能力，县气象局定于5月上旬组织一次综合应急演练。
演练科目：一是哑弹处置；二是作业点雷击火灾扑救；三是空域紧急叫停。
参演单位：县气象局、县消防救援大队、三个防雹作业点。
罗桥县气象局
2025年4月28日
""",
    ),
    dict(
        slug="snapshot-text-urchin-market-cache",
        site="文本快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://snapshot.kuaizhao.example.net/text?id=99120431",
        title="东澳海胆开捕首日价格稳中有降",
        record_title="东澳海胆开捕首日价格稳中有降_东澳在线",
        date="2025-05-10",
        notes="text-only cache: snapshot notice lines; 发布时间 byline as the date; the crawl stamp is not",
        page="""
!d 【快照】该页面于2025-05-12 03:11被抓取，仅保留文字内容。
!m 东澳在线　首页 | 本地 | 渔讯
!t 东澳海胆开捕首日价格稳中有降
!m 发布时间：2025-05-10 17:40　编辑：小海
{BODY}
!l 相关阅读：今年鲍鱼价格走势分析
""",
        body="""
5月10日，东澳海域海胆正式开捕，码头收购点一早就排起了长队。
首日紫海胆收购价每斤二十八元左右，比去年同期略低两元。
收购商分析，今年海胆个头大、出黄率高，供应充足是价格回落的主要原因。
""",
    ),
    dict(
        slug="print-html-windfarm-contract-template",
        site="北岬风电 打印视图 (invented)",
        style="打印页",
        genre="合同",
        kind="template",
        form="html",
        source="https://www.beijia-wind.example.com/print.aspx?id=4410",
        title="风电场临时用地租赁协议（范本）",
        record_title="打印预览 - 风电场临时用地租赁协议（范本）",
        date=None,
        notes="print view with 打印/关闭 buttons and a print footer page marker; template placeholders kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 风电场临时用地租赁协议（范本）</title><style>@media print{.np{display:none}}</style></head><body>
<div class="np">⟦a [打印本页] [关闭窗口]⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p 第1页 ∕ 共1页⟧</div>
<div class="pf">⟦m 打印时间：2025-09-02 10:14⟧</div></body></html>
""",
        body="""
出租方（甲方）：__________村民委员会
承租方（乙方）：北岬风电有限公司
一、乙方因风电场施工需要，临时租用甲方土地______亩，租期自____年__月__日至____年__月__日。
二、租金按每亩每年______元计算，于签订本协议后十日内一次付清。
三、租期届满，乙方应负责恢复土地原状。
""",
    ),
    dict(
        slug="print-text-abalone-friendship-fair-plan",
        site="打印稿 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.aoyu.example.gov.cn/print/2025/0801-62.html",
        title="第五届鳌屿鲍鱼节活动方案",
        record_title="〔打印稿〕第五届鳌屿鲍鱼节活动方案",
        date="2025-08-01",
        notes="print view text with a URL line and print footer; Chinese-numeral 成文日期",
        page="""
!m 鳌屿县人民政府网站 — 打印稿
!t 〔打印稿〕第五届鳌屿鲍鱼节活动方案
!m 本页地址：http://www.aoyu.example.gov.cn/zwgk/2025/0801-62.html
{BODY}
!p ◆ 第 1 页 共 1 页 ◆
""",
        body="""
一、时间地点：2025年9月20日至22日，鳌屿渔港广场。
二、活动内容：开幕式、鲍鱼品鉴会、渔港音乐会、海洋牧场参观。
三、组织分工：县文旅局牵头，县海洋与渔业局、鳌屿镇配合。
鳌屿县人民政府办公室
二〇二五年八月一日
""",
    ),
    dict(
        slug="mail-text-wheel-inspection-forward",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://wenhuazhan@shuiyuan.example.cn/2025-03-12",
        title="关于开展古水车春灌前安全检查的通知",
        record_title="转发：关于开展古水车春灌前安全检查的通知",
        date="2025-03-10",
        date_also=["2025-03-12"],
        notes="forwarded mail: headers as meta, the mail's own 附件 header vs the document's 附件 list; send date differs (both accepted); mail client footer",
        page="""
!m 发件人：水源乡文化站 <wenhuazhan@shuiyuan.example.cn>
!m 发送时间：2025年3月12日 星期三 09:02
!m 收件人：石碾村；下湾村
!t 转发：关于开展古水车春灌前安全检查的通知
!m 附件：检查表.xlsx（12KB）
!m -------- 转发的邮件 --------
{BODY}
!d 此邮件由云邮客户端发送
""",
        body="""
各村：
春灌在即，为确保古水车运行安全，请各村于3月20日前完成一次全面检查。
检查内容：轮轴是否松动、辐条有无断裂、水斗是否渗漏、护栏是否完好。
附件：古水车安全检查表
水源乡农业服务中心
2025年3月10日
""",
    ),
    dict(
        slug="mail-html-eggs-export-reply-chain",
        site="网页邮箱阅读视图 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.huwaneggs.example.com/read?mid=20250815-77",
        title="关于咸鸭蛋出口检疫证书补办事宜的函",
        record_title="回复：Re: 关于咸鸭蛋出口检疫证书补办事宜的函.docx",
        date="2025-08-14",
        date_also=["2025-08-15"],
        notes="webmail reading view: folder list, reply buttons, quoted header; the letter's own contact kept; file-name-like decorated title",
        title_in="decorated",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>回复：Re: 关于咸鸭蛋出口检疫证书补办事宜的函.docx - 网页邮箱</title></head><body>
<aside>⟦m 收件箱(12) 已发送 草稿箱 垃圾邮件⟧</aside>
<div class="tb">⟦a 回复 全部回复 转发 删除 标记为未读⟧</div>
<div class="hdr">⟦m 发件人：外贸部 孙蕾⟧<br>⟦m 时间：2025-08-15 16:27⟧<br>⟦m 收件人：海关驻湖湾办事处⟧</div>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦m ——发自手机邮箱⟧</div></body></html>
""",
        body="""
海关驻湖湾办事处：
我公司8月6日出口的一批咸鸭蛋（报关单号尾号3371），因运输途中原件破损，需补办出境货物检验检疫证书。
现随函附上情况说明及货物照片，恳请予以办理为盼。
联系人：孙蕾　电话：0514-8462315
湖湾蛋业有限公司
2025年8月14日
""",
    ),
]
