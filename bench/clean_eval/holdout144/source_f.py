"""holdout144, part F: a Han-opera house's plan and an open university's teaching plan on cloud
drives, an anti-illegal-publications notice and a discharge-permit notice in search caches, an SME
bureau's and a copyright office's print views, a crop institute's forwarded trial notice and a
design institute's mailed newsletter, a commerce bureau's time-honoured-brand notice. Invented."""

CASES = [
    dict(
        slug="netdisk-feiyun-hanju-season-plan-wps",
        site="飞云网盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://pan.feiyun.example.com/s/1Hj7QkW2xZ",
        title="汉剧院2025年演出季工作方案",
        record_title="汉剧院2025年演出季工作方案.wps",
        date="2025-02-14",
        notes="cloud-drive share: file-name title; extraction-code, expiry and 'save to my drive' lines as chrome; 〘n〙 markers cut sentences (glue mix); a client ad at the bottom",
        pages=dict(fmt="〘{n}〙", every=230, start=2, glue="mix"),
        page="""
!m 飞云网盘 | 文件分享
!t 汉剧院2025年演出季工作方案.wps
!m 分享者：汉韵小院　　文件大小：58KB　　有效期：永久有效
!a 提取码：k7d2　　保存到我的网盘　　普通下载　　高速下载（会员）
{BODY}
!a 预览仅显示前 3 页，完整内容请下载后查看
!d 请勿分享侵权、违法内容，一经发现将做封禁处理
!a 下载飞云网盘电脑客户端，大文件极速传输
""",
        body="""
为繁荣汉剧艺术舞台，满足群众文化需求，结合我院实际，制定2025年演出季工作方案。
一、演出安排。全年计划演出一百二十场，其中剧院驻场演出六十场，送戏下乡四十场，进校园、进社区二十场。
二、剧目建设。复排传统大戏《宇宙锋》，打磨新编小戏两部，组织青年演员折子戏专场四场。
三、票务营销。推行周末惠民票和学生票，开通线上购票和会员积分，力争全年观众突破八万人次。
四、安全保障。每场演出前检查舞台设备和消防设施，大型演出制定专项安全预案。
五、组织领导。成立由院长任组长的演出季工作领导小组，各部门按职责抓好落实。
汉剧院
2025年2月14日
""",
    ),
    dict(
        slug="netdisk-nas-open-university-teaching-plan-html",
        site="星盘 NAS 分享页 (invented)",
        style="网盘分享",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://nas-share.xingpan.example.net/sharing/Jq3mTr8",
        title="开放大学蓼水分校2025年春季学期教学工作计划",
        record_title=None,
        date="2025-02-20",
        notes="no record title: the title only as a shared file name (….docx) and in the document; NAS share HTML with a file list, 'download' and 'expires in' chrome; the plan's own 联系人/电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>共享的文件 - 星盘</title></head><body>
<div class="bar">⟦m 星盘 NAS · 文件共享⟧ <span>⟦m 链接将于 7 天后过期⟧</span></div>
<div class="files"><p>⟦t 开放大学蓼水分校2025年春季学期教学工作计划.docx⟧</p><p>⟦m 42.6 KB · 修改于 2025/02/21 10:33⟧</p></div>
<div class="btns">⟦a 下载⟧ ⟦a 全部下载（zip）⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦m Powered by 星盘 DSM 7.2⟧</div>
</body></html>
""",
        body="""
开放大学蓼水分校2025年春季学期教学工作计划
本学期，分校将以提高远程教学质量为中心，做好以下工作：
一、组织好开学工作。2月24日前完成学生注册和选课，及时向学生推送课程学习平台账号。
二、加强面授辅导。各专业每门课程安排面授辅导不少于四次，对工作繁忙的学员提供录播课程。
三、抓好形成性考核。督促学生按时完成平台作业，教学点每月通报一次学习进度。
四、做好期末考试组织。严格考场管理，推广机考，杜绝替考现象。
联系人：教务科 冯老师，电话：0745-2810339。
开放大学蓼水分校
2025年2月20日
""",
    ),
    dict(
        slug="snapshot-kuaiso-publications-check-oneline",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.kuaiso.example.com/c?m=8a1f2b&u=http://www.yanling-shd.example.gov.cn/tzgg/417.html",
        title="关于开展校园周边出版物市场专项检查的通知",
        record_title="关于开展校园周边出版物市场专项检查的通知 - 快搜快照",
        date="2025-08-26",
        notes="text-only cache: the snapshot banner with a capture time (not the date) and a highlight note; the whole body on one line; the 举报电话 of the notice kept",
        oneline=True,
        indent="  ",
        page="""
!d 这是 http://www.yanling-shd.example.gov.cn/tzgg/417.html 的快搜快照，是网页在 2025年9月2日 14:07 的存档。当前页面可能已经更改。
!a 查看当前页面　｜　纯文字版本　｜　高亮关键词：出版物 检查
!m 焉陵县扫黄打非办公室 ＞ 通知公告
{T}
{BODY}
!m 焉陵县扫黄打非工作领导小组办公室　技术支持：县信息中心
""",
        body="""
各乡镇扫黄打非工作站，县直有关单位：
为迎接新学期，净化校园周边文化环境，县扫黄打非办决定于8月28日至9月20日开展校园周边出版物市场专项检查。
一、检查范围：全县中小学校、幼儿园周边二百米范围内的书店、文具店、报刊亭和网店实体店。
二、检查重点：盗版教材教辅、含有恐怖暴力内容的少儿出版物和非法“口袋书”。
三、工作要求：各工作站要组织力量逐店检查，发现问题及时上报，依法处理。
举报电话：0746-12390。
焉陵县扫黄打非工作领导小组办公室
2025年8月26日
""",
    ),
    dict(
        slug="snapshot-zhaopin-discharge-permit-frame-html",
        site="照拼搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://snap.zhaopin-search.example.com/cache?id=99f1e2&q=排污许可",
        title="关于排污许可证到期延续申请的告知",
        record_title="关于排污许可证到期延续申请的告知",
        date="2025-10-13",
        notes="search-cache frame around an ecology sub-bureau's page: cache header, the original page's nav and footer, all chrome; the bureau's own 联系电话 and a 登录/下载 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>关于排污许可证到期延续申请的告知</title></head><body>
<div class="snaphead">⟦d 您查看的是照拼搜索保存于 2025-10-20 03:11 的网页快照，仅供参考⟧ ⟦a 访问原网页⟧</div>
<div class="orig">
<div class="hd">⟦m 沅北市生态环境局漪川分局⟧</div>
<div class="nav">⟦m 首页 | 环境管理 | 行政许可 | 监督执法 | 信息公开⟧</div>
<h2>⟦t 关于排污许可证到期延续申请的告知⟧</h2>
<div class="sj">⟦m 时间：2025-10-13　来源：漪川分局⟧</div>
{BODY}
<div class="ft">⟦m 沅北市生态环境局漪川分局 版权所有⟧</div>
</div></body></html>
""",
        body="""
辖区各排污单位：
根据排污许可管理有关规定，排污许可证有效期届满后需要继续排放污染物的，排污单位应当在有效期届满六十日前向审批部门提出延续申请。
经梳理，辖区内有二十三家单位的排污许可证将于2026年上半年到期，请相关单位登录全国排污许可证管理信息平台提交延续申请，申请材料模板可在平台下载。
逾期未申请的，排污许可证到期后自动失效，无证排污将依法予以处罚。
联系电话：0745-7712508（行政审批股）。
沅北市生态环境局漪川分局
2025年10月13日
""",
    ),
    dict(
        slug="print-jingxin-sme-bureau-notice-footer",
        site="菁鑫市工业和信息化局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://gxj.jingxin.example.gov.cn/print.jsp?id=44120",
        title="关于组织申报2025年度专精特新中小企业的通知",
        record_title="打印 | 关于组织申报2025年度专精特新中小企业的通知",
        date="2025-05-06",
        notes="print view: '打印 | ' decoration, a print-time line and URL at the top, a print footer ‹第1页 / 共1页›, a close-window action; 附件 and 联系人/电话 kept",
        page="""
!m 菁鑫市工业和信息化局
!m 打印时间：2025/05/09 08:27:41　　页面地址：https://gxj.jingxin.example.gov.cn/art/2025/5/6/art_44120.html
!t 关于组织申报2025年度专精特新中小企业的通知
菁工信发〔2025〕19号
{BODY}
!a 【打印此页】【关闭窗口】
!p ‹第1页 / 共1页›
""",
        body="""
各县（市、区）工业和信息化局：
为做好2025年度专精特新中小企业认定工作，现将有关事项通知如下。
一、申报条件：在本市注册登记、从事特定细分市场时间达到二年以上的创新型中小企业。
二、申报方式：企业登录优质中小企业梯度培育平台在线填报，打印申请书后加盖公章，报送所在地工信部门。
三、时间安排：企业申报截止时间为6月10日，各地推荐截止时间为6月20日。
附件：1.专精特新中小企业认定标准
2.申报材料清单
联系人：中小企业科 甘伟，电话：0776-2823345。
菁鑫市工业和信息化局
2025年5月6日
""",
    ),
    dict(
        slug="print-qianhe-copyright-office-html",
        site="黔禾市版权局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qianhe-bqj.example.gov.cn/print/2025/0410/7702.html",
        title="关于开展作品自愿登记费用减免工作的通知",
        record_title="关于开展作品自愿登记费用减免工作的通知（打印版）",
        date="2025-04-10",
        notes="print-view HTML: a print toolbar, a '（打印版）' decorated record title, a URL line and a print footer `—— 1/1 ——`; the body's 扫码 and 下载 sentences kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展作品自愿登记费用减免工作的通知（打印版）</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖨 打印　｜　⬅ 返回原文　｜　✕ 关闭⟧</div>
<div class="org">⟦m 黔禾市版权局（市委宣传部）⟧</div>
<h2>⟦t 关于开展作品自愿登记费用减免工作的通知⟧</h2>
<div class="src">⟦m 原文地址：https://www.qianhe-bqj.example.gov.cn/tzgg/2025/0410/7702.html⟧</div>
{BODY}
<div class="pf">⟦p —— 1/1 ——⟧</div>
</body></html>
""",
        body="""
各有关单位、广大著作权人：
为鼓励文化创新，降低创作者维权成本，市版权局决定自2025年5月1日起至12月31日，对本市自然人申请作品自愿登记的，免收登记费用。
一、适用范围：本市户籍或在本市居住的自然人创作的文字、美术、摄影、音乐等作品。
二、办理方式：申请人可扫描市民服务中心版权窗口的二维码预约，申请表也可在市版权局网站下载。
三、办理时限：材料齐全的，自受理之日起十五个工作日内发放作品登记证书。
咨询电话：0851-6320914。
黔禾市版权局
2025年4月10日
""",
    ),
    dict(
        slug="mail-fwd-nongke-pea-trial-wrapped",
        site="邮件转发 (invented mailbox)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive/2025/03/fwd-pea-trial.eml",
        title="关于做好2025年豌豆新品种区域试验工作的通知",
        record_title="Fwd: 关于做好2025年豌豆新品种区域试验工作的通知",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="forwarded mail, hard-wrapped at 60 columns: mail headers and the forwarder's note as chrome; the notice's 附件 and 联系人/邮箱 kept; the mail date differs from the document date (both accepted)",
        wrap=60,
        page="""
!m 发件人：柯青山 <keqs@njs.example.cn>
!m 收件人：试验站全体 <stations@njs.example.cn>
!m 日期：2025年3月7日 星期五 09:14
!t 主题：Fwd: 关于做好2025年豌豆新品种区域试验工作的通知
!l 各位站长：转发所里通知，请按时落实，有问题直接回复我。——老柯
!m ---------- 转发的邮件 ----------
!m 发件人：所办公室 <bgs@njs.example.cn>
{BODY}
!d 此邮件及附件可能包含保密信息，如您误收本邮件，请立即删除并通知发件人。
""",
        body="""
各试验站：
根据年度科研计划，所里定于2025年在全省七个试验点开展豌豆新品种区域试验，现将有关事项通知如下。
一、参试品种：菜用豌豆组八个品种，粮用豌豆组六个品种，种子由所里统一分装寄发。
二、试验设计：随机区组排列，三次重复，小区面积十平方米。
三、调查记载：按试验技术规程记载生育期、株高、单株荚数和产量，数据于收获后二十日内报送。
附件：1.豌豆区域试验技术规程
2.调查记载表
联系人：育种室 程雨，邮箱：chengy@njs.example.cn。
省农科院粮食作物研究所
2025年3月5日
""",
    ),
    dict(
        slug="mail-newsletter-jianyuan-design-institute-html",
        site="建苑设计院院刊邮件 (invented)",
        style="邮件转发",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mail.jianyuan-design.example.com/newsletter/2025-06.html",
        title="院召开2025年度优秀设计作品评选会",
        record_title="【建苑通讯·2025年6月刊】院召开2025年度优秀设计作品评选会",
        date="2025-06-18",
        notes="mailed newsletter HTML: 'view in browser', issue header, a TOC of other items, unsubscribe footer as chrome; the article's own date in the lead",
        page="""
<html><head><meta charset="utf-8"><title>【建苑通讯·2025年6月刊】院召开2025年度优秀设计作品评选会</title></head><body>
<table width="640" align="center"><tr><td>⟦a 邮件显示不正常？点此在浏览器中查看⟧</td></tr>
<tr><td>⟦m 建苑通讯　2025年6月刊　总第118期⟧</td></tr>
<tr><td>⟦l 本期目录：院召开优秀设计作品评选会 ｜ 青年建筑师沙龙回顾 ｜ 新员工入职培训⟧</td></tr>
<tr><td><h2>⟦t 院召开2025年度优秀设计作品评选会⟧</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦d 您收到此邮件是因为您订阅了建苑通讯。退订请点击这里。⟧</td></tr>
<tr><td>⟦m 建苑建筑设计研究院有限公司 党群工作部 编⟧</td></tr></table>
</body></html>
""",
        body="""
6月18日，院召开2025年度优秀设计作品评选会，院技术委员会委员和特邀专家共十一人参加评审。
本次评选共收到各设计所申报作品二十六项，涵盖公共建筑、居住建筑、城市更新和市政工程四个类别。
评审专家通过听取汇报、现场提问和集体讨论，最终评出一等奖二项、二等奖五项、三等奖八项。
院长在总结时指出，各设计所要以评促建，在绿色低碳和既有建筑改造方面多出精品。
获奖作品将推荐参加省级优秀工程勘察设计奖评选。
""",
    ),
    dict(
        slug="gov-lanpu-commerce-laozihao-notice-text",
        site="澜浦县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lanpu.example.gov.cn/zwgk/bmwj/swj/202509/t20250904_6618.html",
        title="澜浦县商务局关于开展县级老字号认定工作的通知",
        record_title="澜浦县商务局关于开展县级老字号认定工作的通知_部门文件_澜浦县人民政府",
        date="2025-09-04",
        notes="county portal text: a 信息公开 meta block (索引号, 公开方式) as chrome, 文号 neutral, a table of criteria, 附件 list, 联系人/电话 kept; a '政务新媒体' row at the bottom",
        page="""
!m 澜浦县人民政府 www.lanpu.example.gov.cn
!m 首页 ＞ 政务公开 ＞ 部门文件 ＞ 县商务局
!m 索引号：0051XX-2025-000318　　公开方式：主动公开　　发布日期：2025-09-04
!t 澜浦县商务局关于开展县级老字号认定工作的通知
澜商发〔2025〕11号
{BODY}
!l 政务新媒体：澜浦发布（微信） | 澜浦发布（抖音） | 澜浦融媒
!a 【打印】　【关闭】　【纠错】
!m 澜浦县人民政府办公室主办　网站标识码：3310XX0061
""",
        body="""
各乡镇人民政府、街道办事处，县直有关单位：
为保护和传承传统商业文化，推动老字号创新发展，县商务局决定开展县级老字号认定工作。现将有关事项通知如下：
一、认定条件
品牌创立时间在三十年以上，具有传承独特的产品、技艺或服务，在本县范围内具有良好信誉。
二、申报材料
申报项目　需提交的材料
品牌历史　创立时间证明、历史照片或实物
技艺传承　传承谱系、传统工艺说明
经营情况　近三年财务报表、商标注册证明
三、时间安排
申报截止时间为2025年10月31日，县商务局将组织专家评审，评审结果在县政府网站公示。
附件：县级老字号申报表
联系人：邵佳，联系电话：0576-8520417。
澜浦县商务局
2025年9月4日
""",
    ),
]
