"""holdout339, part F: encyclopaedias, cloud drives, search snapshots, print views and forwarded mail.

Invented pages, places, people, firms, numbers and URLs (see ../README.md); markup as in ../build.py.
"""

CASES = [
    dict(
        slug="wiki-zhiwu-neckfan-entry-infobox",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.example.cn/item/挂脖风扇/60317",
        title="挂脖风扇",
        record_title="挂脖风扇（随身降温电器）_知物百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "sentences, an 'edit this section' link glued to a section heading; the entry name in the <h1> opens the body "
        "(head match); an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>挂脖风扇（随身降温电器）_知物百科</title>
</head>
<body>
<div class="zw-top">⟦m 知物百科 · 认识身边每一件东西⟧ <form><input><button>⟦a 进入词条⟧</button></form></div>
<div class="zw-tabs">⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 修订历史⟧</div>
<h1>{T}</h1>
<div class="zw-sub">⟦m 随身降温电器⟧</div>
<div class="zw-info">
<dl><dt>⟦m 中文名⟧</dt><dd>⟦m 挂脖风扇⟧</dd><dt>⟦m 外文名⟧</dt><dd>⟦m neck fan⟧</dd><dt>⟦m 类　别⟧</dt><dd>⟦m 小家电⟧</dd><dt>⟦m 供电方式⟧</dt><dd>⟦m 内置锂电池⟧</dd></dl>
</div>
<div class="zw-toc">⟦l 目录　1 结构　2 使用注意⟧</div>
<div class="zw-body">
{BODY}
</div>
<div class="zw-ref"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 小型便携风扇安全技术要求（团体标准征求意见稿）⟧</li><li>⟦l 夏季小家电消费提示，某市消保委⟧</li></ol></div>
<div class="zw-stat">⟦m 词条浏览 46,210 次 · 最近更新：3 天前 · 编辑 27 次⟧</div>
<div class="zw-foot">⟦d 知物百科词条内容由网友共同编写，仅供参考⟧ ⟦m © 2025 知物百科⟧</div>
</body>
</html>
""",
        body="""
挂脖风扇，是一种挂在颈部使用的便携式电风扇，形状多为U形，两端设有出风口，靠内置锂电池供电，多数通过USB接口充电。⟦l [1]⟧
结构⟦a [编辑本段]⟧
按出风方式，挂脖风扇可分为有叶和无叶两类。有叶款在两端装有小扇叶，风力较大，但可能卷入头发；无叶款将风道藏在机身内，由出风孔吹出，较为安全。
使用注意
使用时不宜将出风口长时间对准耳朵和面部；充电时应取下，不在床铺等可燃物上充电；电池鼓包或机身异常发热时应停止使用。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-boshi-footpatch-entry-missing-title",
        site="博识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.boshibaike.com/wiki/足贴",
        title="足贴",
        record_title=None,
        date=None,
        notes="no record title: the entry name line, which also opens the body (head match); an infobox, an update stamp "
        "and an edit count (no date); a tips box after the body",
        page="""
!m 博识百科 —— 查词条，上博识
!a 编辑 ｜ 收藏 ｜ 分享
{T}
!m 本词条由“生活常识”编辑组审核　·　最近一次修订：5 天前
!m 名称：足贴　别称：足底贴　类别：日用保健品
{BODY}
!l 相关词条：艾草贴 ▸ 暖宝宝 ▸ 保健品会议营销
!d 词条内容仅供参考，如有健康问题请咨询医生。
!m 博识百科 boshibaike.com
""",
        body="""
足贴，又称足底贴，是一种贴于脚底使用的日用贴剂，常见成分有竹醋粉、木醋粉、艾草粉、电气石粉等，多为无纺布包装，配有背胶。
部分商家宣称足贴能够“排出体内毒素”，依据是使用后贴剂颜色变深。实验表明，贴剂中的醋粉类成分遇汗液、水蒸气即会变色，变色程度与“毒素”无关。
足贴不属于药品，不能用于疾病治疗。皮肤破损、过敏体质者及孕妇不宜使用。
""",
    ),
    dict(
        slug="netdisk-yunxia-handout-plan-docx-marker-paras",
        site="云匣网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://pan.yunxia.example.com/s/1kR7vQ2m",
        title="龛山县环卫所2025年夏季劳保用品发放计划",
        record_title="龛山县环卫所2025年夏季劳保用品发放计划.docx",
        date="2025-05-28",
        notes="file-name record title; cloud-drive preview: VIP prompts, a share stamp, page-marker paragraphs (⪫n⪪) cutting "
        "sentences; a table one row a paragraph; date under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>龛山县环卫所2025年夏季劳保用品发放计划.docx - 云匣网盘</title>
</head>
<body>
<div class="yx-top">⟦m 云匣网盘⟧ ⟦a 登录后可保存到我的云匣⟧</div>
<div class="yx-file">
<h2>⟦t 龛山县环卫所2025年夏季劳保用品发放计划.docx⟧</h2>
<p>⟦m 分享者：h***9　分享时间：2 天前　有效期：永久⟧</p>
<p>⟦a 保存到云匣　｜　下载（68KB）⟧</p>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 非会员只能预览前 3 页，开通匣会员畅享原文档⟧</div>
<div class="yx-foot">⟦d 云匣网盘不对分享文件的内容负责，发现违规内容请举报⟧ ⟦m yunxia.example.com⟧</div>
</body>
</html>
""",
        p_html='<p class="yx-p">{}</p>',
        pages=dict(fmt="⪫{n}⪪", every=80, start=2),
        body="""
为保障全所一线职工夏季劳动安全，根据县城市管理局防暑降温工作方案，结合我所实际，制定本计划。
一、发放物品及数量
物品　每人数量　合计
防晒袖套　2副　540副
遮阳帽　1顶　270顶
降温毛巾　2条　540条
二、发放时间
6月10日前发放完毕。各清扫班组长于6月5日前报送本班组人员名单，所办公室据此统一采购、分班组发放。
三、有关要求
各班组长要督促职工按规定佩戴防护用品，对损坏、丢失的及时登记补发；所办公室建立发放台账，做到人、物、签名一一对应。
龛山县环境卫生管理所
2025年5月28日
""",
    ),
    dict(
        slug="netdisk-feipan-handfan-line-rules-markers-lines",
        site="飞盘云 (invented cloud-drive share)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.feipanyun.com/share/9b20f7c4",
        title="手持风扇组装线安全操作规程",
        record_title="手持风扇组装线安全操作规程.pdf",
        date=None,
        notes="file-name record title; cloud-drive text preview cut by page markers (⇼ n ⇼) on lines of their own; 第N条 "
        "articles; share and expiry stamps; no date",
        page="""
!m 飞盘云 · 文件分享
!t 手持风扇组装线安全操作规程.pdf
!m 分享人：凉宜电器安环部　｜　3 周前分享　｜　7 天后过期
!a 极速下载　　保存到我的飞盘
{BODY}
!a 预览已结束，剩余内容请下载原文件查看
!d 飞盘云仅提供文件存储服务，文件内容由分享者负责。
""",
        pages=dict(fmt="⇼ {n} ⇼", every=80, start=2, glue=False),
        body="""
第一条　本规程适用于手持风扇组装线全体作业人员，新员工须经岗前培训并考核合格后方可上岗。
第二条　作业人员上岗前应检查电批、烙铁、热熔胶枪的电源线和接地情况，发现破损立即报修，不得带病使用。
第三条　电池装配工位应放置防火沙箱，电池须轻拿轻放，严禁挤压、穿刺，鼓包、漏液的电池单独存放并做好标识。
第四条　老化测试区内不得堆放纸箱等可燃物，测试中的产品须有专人值守。
第五条　下班前关闭本工位全部电源，清理工位上的电池和半成品。
第六条　本规程自发布之日起执行，由安环部负责解释。
""",
    ),
    dict(
        slug="snapshot-laoyilao-footpatch-lecture-frame",
        site="捞一捞搜索·网页快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.laoyilao.example.com/c?u=http%3A%2F%2Fwww.shahu.gov.cn%2Fllb%2F2025%2F0606-12.html",
        title="关于举办“识破保健品骗局”老年人防骗讲座的通知",
        record_title="关于举办“识破保健品骗局”老年人防骗讲座的通知 - 霎湖区老龄办（捞一捞快照）",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="snapshot frame: a capture banner with the capture time (no date), a keyword line, the original page's own chrome "
        "inside; the notice's sign-up phone beside the cached site's line; 成文日期 vs the cached posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于举办“识破保健品骗局”老年人防骗讲座的通知 - 霎湖区老龄办（捞一捞快照）</title>
</head>
<body>
<div class="cache-banner">
<p>⟦d 这是捞一捞对 http://www.shahu.gov.cn/llb/2025/0606-12.html 的缓存，是网页在 3 天前 被我们抓取时的样子⟧</p>
<p>⟦d 原网页可能已经更改，点此查看最新页面⟧</p>
<p>⟦m 您搜索的词已标亮：足贴　讲座⟧</p>
</div>
<div class="orig">
<div class="o-top">⟦m 霎湖区人民政府 · 老龄工作委员会办公室⟧</div>
<div class="o-path">⟦m 首页 &gt; 老龄工作 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<div class="o-info">⟦m 发布日期：2025-06-06　来源：区老龄办⟧</div>
{BODY}
<div class="o-foot">⟦m 霎湖区人民政府办公室主办　政府网站标识码：4301990031⟧</div>
</div>
</body>
</html>
""",
        body="""
各街道、社区：
近期，我区发生多起以赠送足贴、鸡蛋等小礼品为诱饵，通过“健康讲座”向老年人高价推销保健品的案件。为提高老年人防骗意识，区老龄办决定举办“识破保健品骗局”老年人防骗讲座，现将有关事项通知如下：
一、时间：2025年6月12日下午2:30
二、地点：区老年大学一楼报告厅
三、主讲：区市场监管局消费者权益保护科　帅静
四、参加人员：各社区组织老年居民代表10名。
请各社区于6月10日前报送参加人员名单。报名电话：0731-8830216，报名邮箱：shahu_llb@example.cn。
霎湖区老龄工作委员会办公室
2025年6月5日
""",
    ),
    dict(
        slug="snapshot-laoyilao-tape-request-text-cache",
        site="捞一捞搜索·文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="请示",
        kind="other",
        form="text",
        source="https://cache.laoyilao.example.com/t?u=https%3A%2F%2Fwww.bcsdermyy.org.cn%2Fhlb%2F2025%2F0603.html",
        title="关于增购低敏医用胶布的请示",
        record_title="关于增购低敏医用胶布的请示 ⋯ 捞一捞搜索 · 网页文字版",
        date="2025-06-03",
        notes="text-only cache: a capture line (no date), the cached page's breadcrumb; a request with a cost table one row a "
        "paragraph, the nursing department's contact; date under the signature",
        page="""
!d 捞一捞文字版快照：只显示网页中的文字，图片和样式已去除
!d 本快照抓取于 上周三，与原网页可能存在差异
!m 原网址：https://www.bcsdermyy.org.cn/hlb/2025/0603.html
!m 镳城市第二人民医院 ＞ 护理部 ＞ 请示报告
{T}
{BODY}
!m 镳城市第二人民医院　版权所有
!a 返回捞一捞搜索结果
""",
        indent="\u3000\u3000",
        body="""
医院：
今年以来，我院老年患者和新生儿数量持续增加，普通压敏胶布引起的皮肤发红、撕脱伤时有发生。为减少医用粘胶相关性皮肤损伤，护理部拟申请增购低敏医用胶布，具体如下：
品名　规格　数量　预算（元）
低敏纸胶布　1.25cm×9.1m　3000卷　18000
硅胶胶布　2.5cm×1.5m　800卷　22400
以上合计40400元，拟从科室耗材预算中列支，由设备科按程序采购。
妥否，请批示。
联系人：柏丽，电话：0739-5106237。
镳城市第二人民医院护理部
2025年6月3日
""",
    ),
    dict(
        slug="print-kanshan-urban-sleeves-bulletin-footer",
        site="龛山县城市管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://cgj.kanshan.gov.cn/print.aspx?id=20250725-0032",
        title="关于户外执勤人员防暑用品落实情况的通报",
        record_title="【打印用版】关于户外执勤人员防暑用品落实情况的通报 - 龛山县城市管理局",
        date="2025-07-25",
        notes="print view calling window.print(): print and close buttons, a print stamp (no date), the URL line; 抄送 and 印发 "
        "lines stay in the body; a print footer (⏲ 第1页 · 共1页 ⏲) closes the page",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【打印用版】关于户外执勤人员防暑用品落实情况的通报 - 龛山县城市管理局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〖立即打印〗〖关闭本窗口〗⟧</div>
<div class="p-head">⟦m 龛山县城市管理局 · 打印视图⟧</div>
<div class="p-url">⟦m 本页网址：http://cgj.kanshan.gov.cn/tzgg/2025/0725/32.html⟧</div>
<div class="p-stamp">⟦m 打印于：刚刚⟧</div>
<h2>{T}</h2>
{BODY}
<div class="p-foot">⟦p ⏲ 第1页 · 共1页 ⏲⟧</div>
</body>
</html>
""",
        body="""
各执法中队、各环卫所：
7月中旬，局机关对各单位户外执勤人员防暑用品发放情况进行了抽查。总体看，各单位能按要求为一线人员配发防晒袖套、遮阳帽和防暑药品，但也发现以下问题：
一是城北执法中队防晒袖套未按人数足额发放，12名协管员仅发放一副。
二是第二环卫所防暑药品过期未及时更换。
三是个别单位发放台账不完整，缺少领取人签名。
请相关单位于7月31日前整改到位，并将整改情况书面报局办公室。
龛山县城市管理局
2025年7月25日
抄送：县人民政府办公室。
龛山县城市管理局办公室　2025年7月25日印发
""",
    ),
    dict(
        slug="print-wanhui-handfan-charging-notice-footer",
        site="万汇广场商户服务平台 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="https://shanghu.wanhuiplaza.example.cn/notice/print/20250712",
        title="关于禁止在商铺内给手持风扇等小家电过夜充电的通知",
        record_title="适合纸张的版式 · 关于禁止在商铺内给手持风扇等小家电过夜充电的通知 - 万汇广场商户服务平台",
        date="2025-07-12",
        notes="print view text: a print header with the URL and a print-time stamp, numbered rules, the property office's own "
        "phone; a print footer (—⌥ 第1页 共1页 ⌥—) closes the page",
        page="""
!m 万汇广场商户服务平台　｜　打印版式
!m 原文链接：https://shanghu.wanhuiplaza.example.cn/notice/20250712.html
!m 打印时间：今天 10:41
{T}
{BODY}
!p —⌥ 第1页 共1页 ⌥—
""",
        indent="\u3000\u3000",
        body="""
各商户：
近期，全国多地发生因小家电锂电池过夜充电引发的火灾。为确保广场消防安全，经物业服务中心研究，现就有关事项通知如下：
一、自7月15日起，禁止在商铺内给手持风扇、挂脖风扇、充电宝等带锂电池的小家电过夜充电。
二、营业期间充电须有人看管，不得使用非原装充电器，不得在收银台、货架等可燃物附近充电。
三、物业服务中心将在每晚闭店后开展巡查，发现违规充电的，第一次提醒整改，第二次按商户管理公约处理。
如有疑问，请联系物业服务中心，电话0739-5388100。
镳城万汇广场物业服务中心
2025年7月12日
""",
    ),
    dict(
        slug="mail-biaocheng-hospital-tape-quality-letter-attachbar",
        site="鹭云企业邮 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.luyunmail.example.cn/read?mid=ZL2025070410022",
        title="关于2025年第二批医用胶布质量问题的函",
        record_title="Fw：关于2025年第二批医用胶布质量问题的函（请质检部本周内回复）",
        date="2025-07-03",
        date_also=["2025-07-04"],
        notes="webmail reading view: forwarded header (from, to, cc, time), an attachment bar with download links beside the "
        "letter's own 附件 list; the letter's contact; the 函's date vs the mail's send date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鹭云企业邮 - 读信</title>
</head>
<body>
<div class="wm-top">⟦m 鹭云企业邮⟧ ⟦m bailu-zj@luyunmail.example.cn⟧ ⟦a 退出⟧</div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<div class="wm-head">
<h2>⟦t Fw：关于2025年第二批医用胶布质量问题的函（请质检部本周内回复）⟧</h2>
<p>⟦m 发件人：白鹭医用 销售部 韦岚 &lt;weilan@bailu-med.example.cn&gt;⟧</p>
<p>⟦m 收件人：质检部 &lt;bailu-zj@luyunmail.example.cn&gt;⟧</p>
<p>⟦m 时　间：2025年7月4日（星期五）上午9:18⟧</p>
<p>⟦m 抄　送：生产部 &lt;bailu-sc@luyunmail.example.cn&gt;⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 发件人：霎湖区人民医院设备科 &lt;sbk@shahuyy.example.cn&gt;⟧<br>⟦m 日期：2025年7月3日 16:52⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-attach">
<p>⟦a 附件（2 个）⟧</p>
<p>⟦a 胶布抽检记录.xlsx（22K）下载 预览⟧</p>
<p>⟦a 问题批次照片.zip（3.1M）下载⟧</p>
</div>
<div class="wm-foot">⟦m 鹭云企业邮 · 企业邮箱服务⟧</div>
</body>
</html>
""",
        body="""
镳城白鹭医用材料有限公司：
我院于6月下旬收到贵公司供应的医用压敏胶布（批号BL250612）2000卷。使用中，多个病区反映该批胶布粘性明显不足，固定留置针后2至3小时即出现翘边、脱落，经我科抽检，剥离强度低于合同约定的指标。
请贵公司于7月10日前派员来院核实，对该批次未使用的产品予以调换，并书面说明原因及整改措施。
附件：1.胶布抽检记录
2.问题批次照片
联系人：骆敏，电话：0731-8826040，邮箱：sbk@shahuyy.example.cn。
霎湖区人民医院设备科
2025年7月3日
""",
    ),
    dict(
        slug="mail-liangyi-neckfan-delivery-letter-fwd-docx",
        site="forwarded mail text (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://liangyi-dq.com/sales/2025-06-21/3306",
        title="关于挂脖风扇订单交货期调整的函",
        record_title="转发：关于挂脖风扇订单交货期调整的函.docx",
        date="2025-06-20",
        date_also=["2025-06-21"],
        notes="file-name record title; a forwarded mail as text: mail headers with their own 抄送 beside the letter's own "
        "抄送 line; an attachment line; the 函's date vs the send date",
        page="""
!m 发件人：凉宜电器 销售部 汤敏 <tangmin@liangyi-dq.com>
!m 发送时间：2025年6月21日 星期六 08:47
!m 收件人：采购中心 <caigou@wanhuiplaza.example.cn>
!m 抄送：凉宜电器 生产计划部 <pmc@liangyi-dq.com>
!t 主题：转发：关于挂脖风扇订单交货期调整的函.docx
!a 附件：关于挂脖风扇订单交货期调整的函.docx（31 KB）
!m -------- 原始邮件 --------
{BODY}
!m 汤敏　凉宜电器有限公司销售部　手机 139 7390 5521
!d 此邮件及其附件含有保密信息，如您误收，请立即删除并通知发件人。
""",
        indent="\u3000\u3000",
        body="""
镳城万汇广场采购中心：
贵方6月3日下达的订单（编号WH-2025-0603）共采购挂脖风扇3000台，原定6月25日交货。因近期电芯供应商调整，我公司新增了48小时老化测试，部分产品无法按期完成。经研究，拟将交货安排调整如下：6月25日交付1500台，其余1500台于7月5日前交付完毕。
由此给贵方带来的不便，我们深表歉意。如贵方同意，请于6月23日前回复确认。
抄送：凉宜电器有限公司生产计划部
凉宜电器有限公司
2025年6月20日
""",
    ),
]
