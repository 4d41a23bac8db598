"""holdout83, part F: exam forums, encyclopaedias, cloud drives, snapshots, print views, mails. Invented text."""

CASES = [
    dict(
        slug="gkforum-shenlun-steelyard-essay-text",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="post",
        form="text",
        source="http://bbs.shangan-gk.com/thread-66120-1-1.html",
        title="心中有杆秤，为民不失衡",
        record_title="[申论范文] 心中有杆秤，为民不失衡（附批改意见）",
        date="2025-09-09",
        notes="exam forum; decorated title; grader's comment chrome at bottom; 发表于 date",
        page="""
!m 上岸公考论坛 › 申论专区 › 范文点评
!t [申论范文] 心中有杆秤，为民不失衡（附批改意见）
!m 作者：备考第三年　发表于 2025-9-9 22:10　阅读 1203
{BODY}
!l 【版主点评】立意准确，论证可再丰富。
!l 回复本帖可获取全套申论资料包
!a 登录 | 注册
""",
        body="""
一杆秤，十六星，称的是货物，量的是人心。
为官一任，心中要有一杆秤：秤杆是公平，秤砣是责任，星点是群众的期盼。
只有时时称一称自己，才能在纷繁复杂的利益面前不失衡、不偏移。
""",
    ),
    dict(
        slug="gkforum-interview-waterwheel-question-text",
        site="面试圈论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="post",
        form="text",
        source="https://www.mianshiquan.net/t/3318",
        title="面试真题：村里老水车要拆还是要修？",
        record_title="【面试素材】面试真题：村里老水车要拆还是要修？（附答题思路）",
        date=None,
        notes="decorated title; junk lines; share stamp; no date",
        page="""
!m 面试圈论坛 › 结构化面试
!t 【面试素材】面试真题：村里老水车要拆还是要修？（附答题思路）
!m 楼主 上岸小鹿 · 5天前
{BODY}
!l 收藏(31)　｜　评分　｜　举报
!m 面试圈 mianshiquan.net
""",
        junk=dict(lines=1, glued=1),
        body="""
题目：村里的老水车已不再灌溉。有人主张拆除建停车场，有人主张修缮保留，你怎么看？
答题思路：先肯定两种意见都有合理之处，再分析水车的文化价值和群众意愿，最后提出召开村民议事会、争取文物保护资金等做法。
""",
    ),
    dict(
        slug="wiki-baike-steelyard-entry-html",
        site="乡土百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.xiangtu.org/item/杆秤/2201",
        title="杆秤",
        record_title="杆秤_乡土百科",
        date=None,
        notes="encyclopaedia entry with edit links, infobox rows kept; years in entry are no date",
        page="""
<html><head><meta charset="utf-8"><title>杆秤_乡土百科</title></head><body>
<div class="hd">⟦m 乡土百科 · 记录乡土中国⟧ <a>⟦a 编辑词条⟧</a> <a>⟦a 登录⟧</a></div>
<h1>{T}</h1>
<div class="stat">⟦m 浏览次数：4402　最近更新：乡土编辑组⟧</div>
{BODY}
<div class="ref">⟦l 词条标签：计量器具 · 传统工艺⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧</div></body></html>
""",
        body="""
中文名　杆秤
类别　传统衡器
杆秤是利用杠杆原理称量物体质量的传统衡器，由秤杆、秤砣、秤钩或秤盘、提绳组成。
1959年起，我国逐步推行十两制，旧式十六两制杆秤退出使用。
""",
    ),
    dict(
        slug="wiki-wenda-raincoat-qa-text",
        site="百问百答网 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.baiwenbaida.cn/a/55120.html",
        title="蓑衣是用什么做的？",
        record_title=None,
        date="2025-02-27",
        notes="question as missing title; 回答 line gives the date",
        page="""
!m 百问百答网 > 生活常识
{T}
!m 认证答主 棕编老蔡　2025-02-27 回答
{BODY}
!l 这个回答对你有帮助吗？ 有用 | 没用
!l 相关：斗笠怎么编？
""",
        body="""
南方的蓑衣大多用棕榈树的棕片做，先把棕片撕成棕丝，搓成绳，再一层层编缝起来；北方也有用蓑草编的。
好的棕蓑衣能用十几年，防水又透气。
""",
    ),
    dict(
        slug="netdisk-luchuan-waterwheel-plan-pages",
        site="云存盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yuncunpan.com/s/1aWq8-lcshuiche",
        title="轳川水车研学基地建设方案",
        record_title="轳川水车研学基地建设方案（定稿）.pdf",
        date="2025-05-06",
        notes="cloud-drive file-name title; page markers of own form cut paragraphs; share stamp",
        page="""
!m 云存盘 | 文件分享
!m 分享者：lc_wenlv　分享时间：2025-06-01　有效期：永久
!a 保存到我的云盘　　下载（1.2MB）
{T}
{BODY}
!a 超过预览页数，请下载后查看
""",
        pages=dict(fmt="⟬{n}⟭", every=45, start=2),
        body="""
为发挥古水车的教育功能，依托轳川村水车群建设中小学生研学基地。
一、建设内容：水车原理展示馆一处、模型制作教室两间、户外体验渠道一条。
二、课程设置：水车原理、木工体验、农耕文化三个模块，每个模块半天。
三、实施步骤：2025年6月完成设计，9月开工，次年3月投入使用。
轳川村民委员会
2025年5月6日
""",
    ),
    dict(
        slug="netdisk-moyang-millstone-list-text",
        site="私有云相册分享 (invented NAS share)",
        style="网盘分享",
        genre="名单",
        kind="notice",
        form="text",
        source="http://nas.myzhao.cn:5000/sharing/Mq81LP",
        title="磨阳县石磨豆腐制作技艺代表性传承人推荐名单",
        record_title="磨阳县石磨豆腐制作技艺代表性传承人推荐名单.docx",
        date="2025-06-20",
        notes="NAS share; table rows; date in document",
        page="""
!m File Station 共享链接
!m 文件大小：24 KB　修改时间：2025-07-02 11:20
{T}
{BODY}
!a 下载　｜　以文本查看
""",
        body="""
姓名　村别　从艺年限
卢永福　碾岭村　42年
姚桂英　磨家村　36年
磨阳县文化馆
2025年6月20日
""",
    ),
    dict(
        slug="snapshot-fengchang-pinwheel-traffic-html",
        site="搜一下网页快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.souyixia.com/c?u=fengchang.gov.cn/2025/0401",
        title="风车节期间临时交通管制的通告",
        record_title="风车节期间临时交通管制的通告 - 搜一下快照",
        date="2025-04-01",
        notes="snapshot frame with highlight banner and crawl stamp; detour table kept",
        page="""
<html><head><meta charset="utf-8"><title>风车节期间临时交通管制的通告 - 搜一下快照</title></head><body>
<div class="snap">⟦d 这是 fengchang.gov.cn/2025/0401 的快照，是该网页于 2025-04-03 抓取时的样子。⟧ ⟦a 查看当前页面⟧</div>
<div class="hl">⟦m 以下关键词已高亮：风车节 交通⟧</div>
<div class="orig">⟦m 风场镇人民政府网⟧</div>
<h2>{T}</h2>
{BODY}
<div class="orig-foot">⟦m 风场镇人民政府 主办⟧</div></body></html>
""",
        body="""
4月6日至13日风车节期间，每日8时至18时对滨河路实施临时交通管制。
路段　绕行路线
滨河路　经新风路、学前街绕行
请过往车辆提前规划路线。
风场镇人民政府
2025年4月1日
""",
    ),
    dict(
        slug="snapshot-suohu-raincoat-museum-text",
        site="快照文本缓存 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://textcache.kzwb.cn/?q=suohu-museum",
        title="蓑衣博物馆冬季开放时间调整通知",
        record_title=None,
        date="2025-11-25",
        notes="text-only cache; crawl stamp not date; date in document",
        page="""
!d 您查看的是网页的纯文本缓存版本，原网页可能已更新。
!m 缓存时间：2025-12-02 04:33
{T}
{BODY}
!m 原网址：http://www.suohumuseum.cn/tz/1125.html
""",
        body="""
自12月1日起，蓑衣博物馆开放时间调整为每周二至周日9:00至16:30，周一闭馆。
团体参观请提前三天预约，预约电话：0570-5581026。
蓑湖乡蓑衣博物馆
2025年11月25日
""",
    ),
    dict(
        slug="print-dengcheng-scale-rules-html",
        site="戥城区政务打印页 (invented)",
        style="打印页",
        genre="规章制度",
        kind="rules",
        form="html",
        source="https://www.dengcheng.gov.cn/print.jsp?id=22081",
        title="戥城区集贸市场计量管理办法",
        record_title="打印预览 - 戥城区集贸市场计量管理办法",
        date="2025-02-10",
        notes="print view; print footer; rule articles speak of 打印/扫码 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 戥城区集贸市场计量管理办法</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印】【关闭】⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ＝ 第1页 共1页 ＝⟧</div>
<div class="url">⟦m 本页地址：https://www.dengcheng.gov.cn/art/22081.html⟧</div></body></html>
""",
        body="""
第一条　为加强集贸市场计量监督管理，制定本办法。
第二条　市场开办者应设置公平秤，并每月检查一次。
第三条　经营者使用的计量器具应经检定合格，检定证书可扫码查验或打印留存。
第四条　本办法自2025年3月1日起施行。
戥城区市场监督管理局
2025年2月10日
""",
    ),
    dict(
        slug="print-lunxi-waterwheel-rules-text",
        site="轮溪文旅打印稿 (invented)",
        style="打印页",
        genre="须知",
        kind="rules",
        form="text",
        source="http://wl.lunxi.gov.cn/print/3301",
        title="水车文化公园游览须知",
        record_title="〔打印稿〕水车文化公园游览须知",
        date=None,
        notes="print view text; print stamp no date",
        page="""
!t 〔打印稿〕水车文化公园游览须知
!m 打印时间：2025/10/12 14:03
{BODY}
!p ‹ 页 1 / 1 ›
!m http://wl.lunxi.gov.cn/art/3301.html
""",
        body="""
一、请勿攀爬水车、触摸转动部件。
二、儿童须在成人陪同下游览。
三、汛期如遇河水上涨，体验渠道暂停开放。
""",
    ),
    dict(
        slug="mail-mojia-millstone-fwd-notice",
        site="邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:forward/mojia-2025-09",
        title="关于石磨坊食品小作坊登记的通知",
        record_title="Fwd: 关于石磨坊食品小作坊登记的通知",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="forwarded mail headers chrome; the document's own 附件 kept; send date differs",
        page="""
!m 发件人：碾岭镇政府办 <nlzf@moyang.gov.cn>
!m 发送时间：2025年9月15日 9:12
!m 收件人：各村文书
!m 主题：Fwd: 关于石磨坊食品小作坊登记的通知
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由邮件系统自动发送，请勿直接回复。
""",
        body="""
各村：
根据县市场监管局要求，各石磨豆腐作坊须于10月底前办理食品小作坊登记。
请各村摸底辖区作坊情况，填写附件表格后报镇市场监管所。
附件：石磨作坊登记摸底表.xlsx
碾岭镇人民政府
2025年9月12日
""",
    ),
    dict(
        slug="mail-zhuoyang-pinwheel-reply-request",
        site="邮件回复链 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:reply/zhuoyang-2025-02",
        title="关于风车节临时摊位设置的请示",
        record_title="回复：Re: 关于风车节临时摊位设置的请示.docx",
        date="2025-02-24",
        notes="mail reply chain; file-name-like decorated title; 抄送 line of the document kept",
        page="""
!m 发件人：区文旅局 综合科
!m 日期：2025-02-26 15:30
!m 主题：回复：Re: 关于风车节临时摊位设置的请示.docx
!m > 已收到，请按流程上会。
{BODY}
!d 本邮件及附件可能含有保密信息，如误收请删除。
""",
        body="""
区人民政府：
风车节期间拟在滨河公园设置临时摊位八十个，优先安排本地风车手工艺人。
妥否，请批示。
棹阳区文化和旅游局
2025年2月24日
抄送：区市场监管局。
""",
        title_in="decorated",
    ),
]
