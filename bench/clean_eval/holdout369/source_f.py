"""holdout369, part F: cloud drives, search snapshots, print views, forwarded mails. Invented text."""

CASES = [
    dict(
        slug="netdisk-xiazi-instruction-lightbar-wps-marker-paragraphs",
        site="匣子网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.xiazi.example.com/s/1qLx7Ra3#preview",
        title="显示器挂灯装配作业指导书",
        record_title="显示器挂灯装配作业指导书（LX-A3）.wps",
        date=None,
        notes="file-name record title; cloud-drive preview with save/download buttons and VIP speed prompts; marker paragraphs ⩇ n ⩈ between the halves of cut paragraphs; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>显示器挂灯装配作业指导书（LX-A3）.wps_免费高速下载｜匣子网盘</title>
<script src="//pan.xiazi.example.com/static/pv.js"></script>
</head>
<body>
<div class="xz-top">⟦m 匣子网盘⟧ <a>⟦a 登录匣子⟧</a> <a>⟦a 开通超级匣子会员⟧</a></div>
<div class="xz-share">⟦m 分享者：lx_工艺组　　分享时间：4 天前　　有效期：永久⟧</div>
<div class="xz-file">
<h2>{T}</h2>
<p>⟦m 文件大小：86.2 KB　　类型：WPS文字⟧</p>
<div class="xz-btn">⟦a 保存到我的匣子⟧ ⟦a 普通下载⟧ ⟦a 会员极速下载（约 2 秒）⟧</div>
</div>
<div class="xz-preview">
{BODY}
</div>
<div class="xz-tip">⟦a 在线预览仅显示前 3 页，完整文件请下载后查看⟧</div>
<div class="xz-foot">⟦d 匣子网盘严禁分享违法违规内容，发现请举报⟧ ⟦m 匣子网盘 © 2025⟧</div>
</body>
</html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⩇ {n} ⩈", every=160, start=2),
        body="""
1 适用范围
本指导书适用于第三代显示器挂灯（型号LX-A3）总装线的装配作业。
2 装配步骤
2.1 将灯板放入铝型材灯体槽内，推到底后用两颗M2螺钉固定，扭力0.15牛·米。
2.2 装入光学透镜，透镜的截光面朝向灯体前侧，装反会导致屏幕反光，装配后须目视确认。
2.3 连接灯板与控制板的排线，排线须卡入线槽，不得压在透镜下方。
2.4 装配夹具和配重块，拧紧后手动开合三次，确认无卡滞、无异响。
3 自检要求
3.1 每台产品通电点亮，分别在最低和最高亮度下各观察10秒，无闪烁、无暗区。
3.2 用色温仪抽测，每小时抽检5台，结果记入《装配自检记录表》。
4 注意事项
作业时须佩戴防静电手环，透镜表面不得用手直接触摸。
""",
    ),
    dict(
        slug="netdisk-bangke-inspection-keyboard-brushes-docx-lone-markers",
        site="蚌壳云盘 (invented cloud-drive share)",
        style="网盘分享",
        genre="检验规程",
        kind="other",
        form="text",
        source="https://bangkepan.example.cn/share/init?surl=Qm82xT",
        title="键盘刷成品出厂检验规程",
        record_title="键盘刷成品出厂检验规程.docx",
        date="2025-07-01",
        notes="file-name record title; cloud-drive text preview cut by markers ⨉ n ⨉ on lines of their own; numbered list; 成文日期 under the department's name",
        page="""
!m 蚌壳云盘 · 文件分享
!m 文件：键盘刷成品出厂检验规程.docx　　大小：27KB
!m 来自：玤口刷业-质检　　分享于 3 周前
!a 保存到我的蚌壳　　下载（需提取码）
{BODY}
!a 预览结束，更多内容请下载原文件查看
!w 提取码失效？私信分享者或联系客服蚌壳小助手
!d 请勿通过蚌壳云盘传播侵权、违法内容
""",
        pages=dict(fmt="⨉ {n} ⨉", every=150, start=2),
        body="""
1. 目的：规范键盘刷成品出厂检验，防止掉毛、松柄等不合格品流入市场。
2. 抽样：每批按千分之五抽样，最少不少于20支。
3. 检验项目及要求：
（1）外观：刷毛整齐，无明显歪斜、断毛；手柄无毛刺、缩痕和色差。
（2）掉毛：用手指沿刷毛方向捋10次，掉毛不超过3根；防静电型不超过1根。
（3）刷头牢固度：在刷头与手柄之间施加20牛的拉力，保持10秒，不得松动脱落。
（4）防静电型另测表面电阻，应在10⁶至10⁹欧姆之间。
4. 判定：抽检中有1项不合格的，加倍抽样复检；复检仍不合格的，整批判为不合格，退回车间返工。
5. 记录：检验结果填入《成品出厂检验单》，由检验员和质检部负责人签字后存档。
玤口刷业有限公司质检部
2025年7月1日
""",
    ),
    dict(
        slug="snapshot-luopan-notice-glow-signs-fire-brigade",
        site="罗盘搜 snapshot of the 倬山县人民政府 portal (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.luopansou.example.com/c?u=zhuoshan.gov.example.cn%2Fart%2F2025%2F11%2F26%2Fart_77_4410.html",
        title="倬山县消防救援大队关于在人员密集场所推广使用蓄光型疏散指示标志的通知",
        record_title="倬山县消防救援大队关于在人员密集场所推广使用蓄光型疏散指示标志的通知_倬山县人民政府 ‹罗盘搜·留影›",
        date="2025-11-25",
        date_also=["2025-11-26"],
        notes="search-cache frame: capture banner with highlighted terms, the cached portal's own chrome; the notice's own 联系人/电话; 成文日期 under the signature, the cached page's posting date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>倬山县消防救援大队关于在人员密集场所推广使用蓄光型疏散指示标志的通知_倬山县人民政府 ‹罗盘搜·留影›</title>
</head>
<body>
<div class="lp-banner">
<p>⟦d 这是罗盘搜对原网页的留影，抓取于 2025年12月2日。原网页可能已更新⟧</p>
<p>⟦a 点此打开原网页⟧　⟦m 已标亮的搜索词：<b style="background:#ff9">夜光贴</b> <b style="background:#9ff">人员密集场所</b>⟧</p>
</div>
<div class="gov-frame">
<div class="gov-top">⟦m 倬山县人民政府⟧　⟦a 无障碍⟧</div>
<div class="gov-path">⟦m 首页 › 政务公开 › 通知公告⟧</div>
<h1>{T}</h1>
<div class="gov-info">⟦m 发布时间：2025-11-26　来源：县消防救援大队　浏览：233⟧</div>
<div class="gov-con">
{BODY}
</div>
<div class="gov-foot">⟦m 倬山县人民政府办公室主办　网站标识码：3310290003⟧</div>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各人员密集场所单位：
为提升人员密集场所在夜间和断电情况下的疏散能力，县消防救援大队决定在全县宾馆、商场、学校、养老机构等人员密集场所推广使用蓄光型疏散指示标志（俗称夜光贴）。现将有关事项通知如下：
一、各单位要在疏散走道、楼梯踏步和安全出口附近，按规范增设蓄光型疏散指示标志，作为电光源疏散指示标志的补充。
二、所用产品须有国家认可检验机构出具的检验报告，余辉时间和亮度应符合标准要求。
三、蓄光型标志应设置在能受到日光或灯光照射的位置，每半年检查一次，发现褪色、脱落的要及时更换。
四、县消防救援大队将在明年一季度组织抽查，结果纳入消防安全评估。
联系人：杭振宇　电话：0578-63311119
倬山县消防救援大队
2025年11月25日
""",
    ),
    dict(
        slug="snapshot-xunye-letter-keyboard-brush-samples-oneline",
        site="寻页 plain-text cache (invented)",
        style="搜索快照",
        genre="函",
        kind="notice",
        form="text",
        source="http://txt.xunye.example.net/cache?id=7731902&q=%E9%94%AE%E7%9B%98%E5%88%B7",
        title="关于商请提供防静电键盘刷样品的函",
        record_title="关于商请提供防静电键盘刷样品的函 - 寻页·素读",
        date="2025-12-08",
        notes="text-only cache: the whole letter on one line; capture line and original URL; the letter's own contact, phone and mailbox; 成文日期 under the signature",
        page="""
!m 寻页·素读　当前为纯文字存档，图片与样式已去除
!m 存档时间：3 天前　　原址：www.zsvs.example.cn/tzgg/1208.html
!a 查看原网页　|　查看带图版本
{T}
{BODY}
!m 倬山县职业中等专业学校　版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
玤口刷业有限公司：
我校计算机与电子专业现有实训机房6间、电子装配实训室2间，日常设备清洁需用较多键盘刷。为做好明年实训耗材采购准备，经了解，贵公司生产的防静电键盘刷质量稳定。现商请贵公司提供防静电键盘刷和普通键盘刷样品各5支，并附产品说明、检验报告和报价单。
样品请于12月20日前寄至我校实训中心，邮费由我校承担。
联系人：戚明远　电话：0578-63340215　邮箱：sxzx_shixun@example.cn
感谢贵公司的支持。
倬山县职业中等专业学校
2025年12月8日
""",
    ),
    dict(
        slug="print-yichuan-rule-office-adapters-window-print",
        site="挹川县机关事务服务中心 (invented, print view)",
        style="打印页",
        genre="规定",
        kind="other",
        form="html",
        source="http://jgsw.yichuan.example.cn/print.aspx?id=2207",
        title="机关办公区插头转换器和插线板使用管理规定",
        record_title="机关办公区插头转换器和插线板使用管理规定（A4装订版）- 挹川县机关事务服务中心",
        date=None,
        notes="print view calling window.print(): print/close buttons, the source URL line and a print footer ⛗ 1 ／ 1 ⛗; 第N条 articles; no date (only an effective clause)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>机关办公区插头转换器和插线板使用管理规定（A4装订版）- 挹川县机关事务服务中心</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 🖶 立即打印⟧　⟦a ✕ 关闭预览⟧</div>
<div class="pv-head">⟦m 挹川县机关事务服务中心⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pv-body">
{BODY}
</div>
<div class="pv-url">⟦m 本页地址：http://jgsw.yichuan.example.cn/zcfg/2207.html⟧</div>
<div class="pv-time">⟦m 打印于 今天 10:27⟧</div>
<div class="pv-foot">⟦p ⛗ 1 ／ 1 ⛗⟧</div>
</body>
</html>
""",
        body="""
第一条　为加强机关办公区用电安全管理，预防电气火灾，制定本规定。
第二条　办公区使用的插头转换器和插线板，由各单位向机关事务服务中心统一申领，不得自行购买无3C认证的产品。
第三条　插头转换器和插线板不得串接使用，不得放置在地毯、纸箱等可燃物上，不得长期插接电暖器、电热水壶等大功率电器。
第四条　下班前，各办公室最后离开的人员应关闭电器电源，拔下不用的插头。
第五条　机关事务服务中心每季度组织一次检查，对违规使用的，在机关内部通报。
第六条　本规定自2026年1月1日起施行。
""",
    ),
    dict(
        slug="print-zhuoshan-bulletin-heating-appliances-footer",
        site="倬山县应急管理局 (invented, text print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://yjj.zhuoshan.example.cn/print/2025/1216-09.html",
        title="关于冬季取暖电器安全检查情况的通报",
        record_title="【装订归档用】关于冬季取暖电器安全检查情况的通报 - 倬山县应急管理局",
        date="2025-12-15",
        date_also=["2025-12-16"],
        notes="text print view: site line, print stamp, source URL and a print footer ⏾ 第1页，共1页 ⏾; 成文日期 under the signature, the page's posting date also accepted",
        page="""
!m 倬山县应急管理局　　打印版
!m 发布日期：2025-12-16　　来源：县安委办
{T}
{BODY}
!m 原文链接：http://yjj.zhuoshan.example.cn/gzdt/2025/1216-09.html
!m 打印时间：今天 08:51
!p ⏾ 第1页，共1页 ⏾
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
12月1日至12日，县安委办组织应急、消防、市场监管等部门，对全县12个乡镇的民宿、农家乐和养老机构开展了取暖电器安全检查，共检查单位86家，发现隐患153处，已当场整改121处。现将有关情况通报如下：
一、主要问题。一是部分民宿客房使用无3C标志的电暖桌；二是养老机构有老人在床边、桌下烘烤衣物；三是私拉乱接电线、插线板串接的情况仍较普遍。
二、典型单位。玤口镇某民宿在客房内同时使用电暖桌和电热毯，且共用一个插线板，已责令停止使用并限期整改。
三、下步要求。各乡镇要在12月底前完成隐患“清零”，对拒不整改的，依法予以处罚。
倬山县安全生产委员会办公室
2025年12月15日
""",
    ),
    dict(
        slug="mail-library-letter-order-lightbars-attachment-bar",
        site="俨城市图书馆 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.yclib.example.cn/read?mid=20250513091402-3317",
        title="关于订购显示器挂灯的函",
        record_title="转交：关于订购显示器挂灯的函.pdf",
        date="2025-05-12",
        date_also=["2025-05-13"],
        notes="webmail reading view: forwarded header (its own 抄送 line), attachment bar beside the letter's own 附件 list, the letter's own 抄送 line and contact; the mail's send date also accepted; file-name record title",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转交：关于订购显示器挂灯的函.pdf - 俨城市图书馆邮箱</title>
</head>
<body>
<div class="wm-top">⟦m 俨城市图书馆 · 电子邮箱⟧ ⟦m shao_anran@yclib.example.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-side">⟦m 收件箱(7)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-read">
<div class="wm-act">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<p>⟦m 主题：转交：关于订购显示器挂灯的函.pdf⟧</p>
<p>⟦m 发件人：邵安然 &lt;tsg_jsb@example.cn&gt;⟧</p>
<p>⟦m 收件人：亮匣照明销售部 &lt;sales@liangxia-light.example.com&gt;⟧</p>
<p>⟦m 抄　送：馆办公室 &lt;tsg_bgs@example.cn&gt;⟧</p>
<p>⟦m 时　间：2025年5月13日（周二）09:14⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 以下为转发内容 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件 2 个：订购清单.xlsx（12K）　安装位置平面图.pdf（860K）　全部下载⟧</div>
</div>
<div class="wm-foot">⟦d 本邮件可能含有保密信息，如非指定收件人请立即删除⟧</div>
</body>
</html>
""",
        body="""
俨城亮匣照明科技有限公司：
我馆自修区和电子阅览区共有读者座位140个，夜间开放时桌面照度不足。经试用，贵公司“匣光3”显示器挂灯效果良好，读者反映较好。现函告订购事宜如下：
一、订购数量：“匣光3”显示器挂灯140台，另加曲面屏弧形卡扣20个。
二、交货要求：6月10日前送货至我馆，并派员上门安装调试。
三、付款方式：安装验收合格后，凭发票一次性支付。
请贵公司收函后五个工作日内回复确认，并提供正式报价单。
附件：1.订购清单
2.安装位置平面图
联系人：俨城市图书馆技术部 邵安然　电话：0575-86212306　邮箱：tsg_jsb@example.cn
俨城市图书馆
2025年5月12日
抄送：俨城市文化广电旅游局计划财务处
""",
    ),
    dict(
        slug="mail-yichuan-hrss-notice-keyboard-cleaning-forwarded",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:xinxike@yichuan-rsj.example.cn?msg=2025030410220071",
        title="关于开展全局计算机键盘清洁消毒工作的通知",
        record_title="转·存档：关于开展全局计算机键盘清洁消毒工作的通知",
        date="2025-03-03",
        date_also=["2025-03-04"],
        notes="forwarded mail as text: its own header block and separator, a signature block and a confidentiality line; the notice's own 联系人/电话; 成文日期 under the office's name, the send date also accepted",
        page="""
!m 发件人：信息科 符晓 <xinxike@yichuan-rsj.example.cn>
!m 发送时间：2025年3月4日 星期二 10:22
!m 收件人：全局同事
!m 主题：转·存档：关于开展全局计算机键盘清洁消毒工作的通知
!m ======== 原邮件转发如下 ========
{T}
{BODY}
!m --
!m 符晓｜挹川县人社局信息科｜分机 8306
!d 此邮件及附件仅供内部工作使用，请勿外发
""",
        body="""
局机关各科室、各下属单位：
春季是流感等呼吸道传染病的高发期，计算机键盘、鼠标是办公环境中手部接触最频繁的物品之一。为做好办公环境卫生，局办公室决定于3月6日至3月7日开展一次全局计算机键盘清洁消毒工作。现将有关事项通知如下：
一、清洁范围：局机关及下属单位全部办公电脑、服务窗口电脑的键盘和鼠标。
二、清洁方法：先关机断电，用键盘刷清除键帽缝隙中的灰尘和碎屑，再用75%酒精棉片擦拭键面、鼠标表面，不得直接喷洒液体。
三、物资领取：键盘刷和酒精棉片由办公室统一采购，各科室3月5日下午到办公室领取。
四、各科室完成后，请将《键盘清洁消毒登记表》于3月10日前报局办公室。
联系人：局办公室 桂一帆　电话：0578-52208317
挹川县人力资源和社会保障局办公室
2025年3月3日
""",
    ),
]
