"""holdout331, part F: cloud-drive previews, search snapshots, print views and forwarded mail.
Every site, place, person, firm, URL and number is invented; see ../README.md and ../build.py
for the markup."""

CASES = [
    dict(
        slug="clouddrive-yunzhan-screen-brush-bristling-pdf-markers",
        site="云栈网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="工艺规程",
        kind="rules",
        form="html",
        source="https://pan.yunzhan.cn/s/1qXk7Rw2Ln?preview=1",
        title="纱窗刷植毛工艺规程",
        record_title="纱窗刷植毛工艺规程.pdf",
        date=None,
        notes="cloud-drive preview: file-name title, share stamp (no date), VIP prompts, page-marker paragraphs "
        "cutting sentences; decimal headings",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>纱窗刷植毛工艺规程.pdf_免费高速下载|云栈网盘-分享无限制</title>
<script src="//pan.yunzhan.cn/static/preview.js"></script>
</head>
<body>
<div class="yz-head">⟦m 云栈网盘⟧　<a>⟦a 登录⟧</a>　<a>⟦a 开通超级会员⟧</a></div>
<div class="share-info">
<h2>⟦t 纱窗刷植毛工艺规程.pdf⟧</h2>
<p>⟦m 分享者：洁美生产部　分享于 5 天前　有效期：永久　1.2MB⟧</p>
<p>⟦a 保存到我的云栈　下载(1.2MB)⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 当前为普通预览，开通超级会员可看高清原文、不限速下载⟧</div>
<div class="report">⟦d 请勿分享侵权或违规文件，一经核实将被取消分享⟧　<a>⟦a 举报⟧</a></div>
<div class="yz-foot">⟦m ©2025 云栈网盘　京ICP备22015537号⟧</div>
</body>
</html>
""",
        pages=dict(fmt="⨕ 第{n}页 ⨕", every=110, start=2),
        body="""
1 目的
规范纱窗刷植毛工序的操作，保证刷毛牢固、整齐，减少掉毛和倒毛现象，提高产品的一次交检合格率。
2 适用范围
本规程适用于本公司双面纱窗刷、三角纱窗刷刷头的植毛作业。
3 作业要求
3.1 开机前检查植毛机送毛、钻孔、打钉机构是否正常，刷毛应选用规定直径的PBT丝，受潮的刷毛须烘干后使用。
3.2 植毛时刷坯应夹紧到位，每孔植毛量以刷毛填满孔径为准，不得出现空孔、漏钉和钉片外露。
3.3 每班首件须经检验员确认，批量生产中每两小时抽检一次，每次抽取5件进行拉力试验，单束拔毛力不低于15牛。
4 质量记录
植毛工序的首检、巡检记录由班组长填写，保存期限不少于一年。
""",
    ),
    dict(
        slug="clouddrive-pansousou-fridge-seal-wps-markers",
        site="盘搜搜 (invented cloud-drive search and preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="rules",
        form="text",
        source="https://www.pansousou.com/view/6f02c1d8e55a",
        title="冰箱门封条更换作业指导",
        record_title="冰箱门封条更换作业指导.wps",
        date=None,
        notes="cloud-drive preview as text: file-name title, page markers on lines of their own cutting "
        "sentences, a preview-limit line; numbered steps",
        page="""
!m 盘搜搜 · 网盘文件在线预览
!t 冰箱门封条更换作业指导.wps
!m 文件大小：88KB　｜　来自：家电维修资料合集（共46个文件）
!a 保存到网盘　｜　普通下载　｜　超速下载（会员）
{BODY}
!a 在线预览只到第3页，完整文档请下载后查看
!d 文件由网友分享，本站仅提供网盘链接检索，不存储任何文件
""",
        pages=dict(fmt="⥐ {n} ⥐", every=100, start=2),
        body="""
一、准备工作
1. 核对冰箱型号，确认新门封条的规格与原门封条一致。
2. 准备十字螺丝刀、吹风机、干净软布和中性清洁剂。
3. 断开冰箱电源，取出门体搁架上的物品。
二、拆卸旧门封条
将旧门封条的翻边从门体内侧掀开，露出固定螺钉，逐颗拧松螺钉至门内衬板能够活动即可，不必完全拆下，然后将旧门封条从卡槽中拉出。
三、安装新门封条
新门封条在运输中容易折压变形，安装前应用吹风机对折痕部位加热，使其恢复平整。从门体上角开始，将门封条的卡边依次压入卡槽，再逐颗拧紧螺钉。
四、检查调试
关门后在门缝四周各夹一张纸条，纸条不能轻易抽出为合格。如个别部位密封不严，可用吹风机加热该处门封条后轻轻拉伸调整。
""",
    ),
    dict(
        slug="snapshot-suying-heating-notice-stoppers",
        site="溯影快照 (invented search cache) of 暌城市热力有限公司",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.suying.com/c?u=http%3A%2F%2Fwww.kcrl.com.cn%2Fgg%2F1015.html",
        title="关于入户检查门窗保温并免费发放门底挡的通知",
        record_title="关于入户检查门窗保温并免费发放门底挡的通知_暌城市热力有限公司 - 溯影快照",
        date="2025-10-15",
        date_also=["2025-10-16"],
        notes="snapshot frame: capture banner with a capture stamp (no date), highlighted-terms line, the cached "
        "page's own chrome; the heating company's 客服电话 in the body beside its service hotline; the cached "
        "page's posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于入户检查门窗保温并免费发放门底挡的通知_暌城市热力有限公司 - 溯影快照</title>
</head>
<body>
<div class="cache-banner" style="border:1px solid #999;background:#ffd">
<p>⟦m 溯影快照：这是页面 http://www.kcrl.com.cn/gg/1015.html 于 2025-11-02 08:14 的存档⟧</p>
<p>⟦m 原页面可能已经更改，点此访问当前页面⟧</p>
<p>⟦m 已为您标出搜索词：门底挡　供热⟧</p>
</div>
<div class="cached">
<div class="hd">⟦m 暌城市热力有限公司⟧　⟦m 温暖千家万户⟧</div>
<div class="nav">⟦m 首页 ｜ 企业概况 ｜ 供热服务 ｜ 通知公告 ｜ 收费标准⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-10-16　点击：1871⟧</div>
<div class="text">
{BODY}
</div>
<div class="ft">⟦m 供热服务热线：0938-96577（24小时）⟧<br>⟦m 暌城市热力有限公司版权所有⟧</div>
</div>
<script>/* cache frame */ var sy_hl=["门底挡","供热"];</script>
</body>
</html>
""",
        body="""
各位热用户：
为提高供暖效果，减少热量损失，我公司将于10月20日至11月10日开展供暖前入户检查，并为有需要的用户免费发放门底挡。现将有关事项通知如下：
一、检查内容：室内暖气片及阀门是否正常，入户门、窗户密封情况。
二、门底挡发放：入户门下缝隙较大的用户，由检查人员现场登记，免费发放硅胶门底挡一条并指导安装，每户限一条。
三、入户检查人员统一着工装、佩戴工作证，不收取任何费用。请用户注意核实身份，谨防冒充。
四、如需预约检查时间，请拨打我公司客服电话0938-8312345。
暌城市热力有限公司
2025年10月15日
""",
    ),
    dict(
        slug="snapshot-mizhi-street-laundry-ball-warning",
        site="觅知搜索 text-only snapshot of 辚原街道 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kuaizhao.mizhi.com/text?url=www.linyuanjd.gov.cn/tzgg/2025/0903/4482.html",
        title="辚原街道关于警惕上门推销“神奇洗衣球”的提醒",
        record_title="〔快照版〕辚原街道关于警惕上门推销“神奇洗衣球”的提醒 - 觅知搜索",
        date="2025-09-03",
        notes="text-only snapshot: header lines with the original URL and a capture stamp (no date); the "
        "street office's warning with its 成文日期",
        page="""
!m 觅知搜索 · 文字版快照　原网页可能已更新，以下仅为存档文本
!m 原网址：http://www.linyuanjd.gov.cn/tzgg/2025/0903/4482.html
!m 快照生成时间：2025-10-21 03:17
!t 〔快照版〕辚原街道关于警惕上门推销“神奇洗衣球”的提醒
{BODY}
!m 辚原街道办事处主办　地址：辇城区辚原路3号
!d 觅知快照只为方便访问而保存，与原网页作者及觅知搜索无关
""",
        body="""
辖区各位居民：
近期，有群众反映，个别人员以“免费领鸡蛋”“健康讲座”为由聚集老年人，现场推销所谓的“神奇洗衣球”“能量洗衣球”，宣称“不用洗衣液”“能治皮肤病”，每个售价高达百元以上。
街道提醒广大居民：
一、洗衣球只是辅助洗涤用品，不能代替洗衣液，更没有任何治疗作用。
二、对“免费领取”“限时抢购”等推销手段保持警惕，不轻易透露个人信息，不轻易付款。
三、发现可疑推销活动，请及时拨打社区电话或110报警。
请各位居民相互转告，特别是提醒家中老人，谨防上当受骗。
辚原街道办事处
2025年9月3日
""",
    ),
    dict(
        slug="print-jiaoping-request-window-tools",
        site="辚原街道社区事务公开 (invented), print view",
        style="打印页",
        genre="请示",
        kind="request",
        form="html",
        source="http://jiaoping.nianchengqu.cn/sqsw/2025/0312/17.html?print=1",
        title="敫坪社区居民委员会关于申请购置擦窗安全工具经费的请示",
        record_title="打印页面预览 ▸ 敫坪社区居民委员会关于申请购置擦窗安全工具经费的请示",
        date="2025-03-12",
        notes="print view calling window.print(): a toolbar, a print stamp (no date), the page URL and a print "
        "footer; the request's own contact line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印页面预览 ▸ 敫坪社区居民委员会关于申请购置擦窗安全工具经费的请示</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a [ 开始打印 ]　[ 关闭本窗口 ]⟧</div>
<div class="phead">⟦m 辚原街道 · 社区事务公开⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pbody">
{BODY}
</div>
<div class="pfoot">
<p>⟦m 打印时间：2025-03-15 10:02⟧</p>
<p>⟦m http://jiaoping.nianchengqu.cn/sqsw/2025/0312/17.html⟧</p>
<p>⟦p ❣ 第1页 共1页 ❣⟧</p>
</div>
</body>
</html>
""",
        body="""
辚原街道办事处：
我社区共有高层住宅楼14栋，独居老人187户。每年春秋两季，社区志愿服务队都要为老人擦窗、清洗纱窗。现有工具大多是居民捐赠的旧物，玻璃刮的刮条老化，缺少安全绳等防护用品，存在安全隐患。
为保障志愿者和老人的安全，经社区“两委”会议研究，拟购置以下工具：长柄玻璃刮20把、磁吸双面擦10个、纱窗刷30把、安全绳10副，共需经费约3600元。
妥否，请批示。
联系人：甘小满，电话：0938-8867016。
敫坪社区居民委员会
2025年3月12日
""",
    ),
    dict(
        slug="print-luanjiang-reply-letter-fridge-seal",
        site="銮江县人民政府 (invented), print version",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.luanjiang.gov.cn/bmxx/scjgj/202506/t20250610_31544.html?print=yes",
        title="銮江县市场监督管理局关于冰箱密封条质量问题投诉处理情况的复函",
        record_title="【存档打印】銮江县市场监督管理局关于冰箱密封条质量问题投诉处理情况的复函（正式签发件）",
        date="2025-06-09",
        notes="print version as text: a 文号 line (neutral), a reply letter with 抄送, the 成文日期 in Chinese "
        "numerals, a print stamp (no date), the page URL and a print footer",
        page="""
!m 銮江县人民政府 · 打印版
!t 【存档打印】銮江县市场监督管理局关于冰箱密封条质量问题投诉处理情况的复函（正式签发件）
銮市监函〔2025〕27号
{BODY}
!m 打印日期：2025-06-20 14:32
!m 本页地址：http://www.luanjiang.gov.cn/bmxx/scjgj/202506/t20250610_31544.html
!p ⩷ 1 / 1 ⩷
""",
        body="""
县消费者权益保护委员会：
你委《关于转办冰箱密封条质量投诉的函》收悉。经调查，现将有关情况函复如下：
一、投诉人反映，其于今年3月在本县万家日用品商行购买的冰箱门封条，安装不足一个月即出现开裂。经我局委托检验，该批次产品硬度和耐低温性能不符合标准要求。
二、我局已责令该商行停止销售该批次产品，依法对其作出行政处罚，并督促其为投诉人退货、赔偿安装费用。投诉人已领取退款及赔偿款。
三、下一步，我局将把冰箱密封条等家电配件纳入年度抽查计划，加强对维修网点进货渠道的检查。
特此函复。
銮江县市场监督管理局
二〇二五年六月九日
抄送：县商务局。
""",
    ),
    dict(
        slug="mail-xiliu-order-letter-screen-brushes",
        site="溪流企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xiliu.cn/js6/read.jsp?mid=1743:xtbBmwJq9&folder=INBOX",
        title="关于订购纱窗刷的函",
        record_title="[已确认] Fwd: 回复：关于订购纱窗刷的函",
        date="2025-04-11",
        date_also=["2025-04-14"],
        notes="webmail reading view: forwarded header, an attachment bar beside the letter's own 附件 list, the "
        "letter's contact and mailbox under mail headers; the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[已确认] Fwd: 回复：关于订购纱窗刷的函 - 溪流企业邮箱</title>
</head>
<body>
<div class="mail-top">⟦m 溪流企业邮箱⟧　⟦m sales@kc-jiemei.com⟧　<a>⟦a 退出⟧</a></div>
<div class="mail-left">⟦a 收信　写信⟧<br>⟦m 收件箱(18)　草稿箱　已发送　已删除⟧</div>
<div class="mail-read">
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为 ▾⟧</div>
<h3 class="subject">⟦t [已确认] Fwd: 回复：关于订购纱窗刷的函⟧</h3>
<table class="hdrs">
<tr><td>⟦m 发件人：洁美销售部 &lt;sales@kc-jiemei.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：采购组 &lt;cg@kc-jiemei.com&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年4月14日（星期一）上午9:26⟧</td></tr>
</table>
<div class="attbar">⟦a 附件 2 个：订货明细表.xlsx (12K)　送货信息.docx (16K)　［打包下载］⟧</div>
<div class="fwdhdr">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 原发件人：甘晓岚 &lt;nclyzx@163.com&gt;⟧</p>
<p>⟦m 原发送时间：2025年4月11日 16:40⟧</p>
</div>
<div class="mailbody">
{BODY}
</div>
</div>
<div class="mail-foot">⟦m 溪流企业邮箱 · 安全高效的企业通信⟧</div>
<script src="/js6/read/mailview.js"></script>
</body>
</html>
""",
        body="""
暌城市洁美日用品有限公司：
我中心承担辖区12个社区的居家养老上门服务，今年计划为服务对象集中清洗纱窗。经比较，拟向贵公司订购双面纱窗刷500把，单价按贵公司4月报价单执行。具体事项如下：
一、规格：长柄双面免拆款，刷头宽度不小于20厘米。
二、交货：5月10日前一次性送至我中心仓库（辇城区辚原路17号）。
三、结算：货到验收合格后15个工作日内转账支付。
请贵公司收函后予以确认，并将盖章的订货确认单扫描后发送至我中心邮箱。
联系人：甘晓岚，电话：0938-8870662，邮箱：nclyzx@163.com。
附件：1.订货明细表
2.送货地址及收货人信息
辇城区辚原街道居家养老服务中心
2025年4月11日
""",
    ),
    dict(
        slug="mail-linyuan-forward-notice-stoppers-docx",
        site="街道民政办 forwarded mail (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:mzb_linyuan@163.com?msgid=20251119084712",
        title="关于为困难家庭发放门底挡的通知",
        record_title="转发：关于为困难家庭发放门底挡的通知.docx",
        date="2025-11-18",
        date_also=["2025-11-19"],
        notes="forwarded mail as text: a file-name subject, mail headers (a header's 抄送 beside the notice's own "
        "抄送 line), an attachment line; the send date also accepted",
        page="""
!m 发件人："辚原街道民政办" <mzb_linyuan@163.com>
!m 发送时间：2025年11月19日 8:47
!m 收件人：各社区公共邮箱
!m 抄　送：街道党政办 <dzb_linyuan@163.com>
!m 主　题：转发：关于为困难家庭发放门底挡的通知.docx
!m 附　件：关于为困难家庭发放门底挡的通知.docx（19.6KB）
!m -------- 以下为附件正文 --------
{BODY}
!m 发自溪流邮箱手机版
""",
        body="""
各社区居委会：
为帮助辖区困难家庭温暖过冬，街道决定为低保户、特困供养人员家庭免费发放门底挡。现将有关事项通知如下：
一、发放对象：辖区在册低保户、特困供养人员家庭，共计326户。
二、发放方式：各社区于11月25日前到街道民政办领取，由网格员送货上门，并协助安装。
三、工作要求：各社区要做好登记，发放情况于11月30日前报街道民政办。
联系人：尤佳，电话：0938-8866302。
辚原街道办事处
2025年11月18日
抄送：辇城区民政局。
""",
    ),
]
