"""holdout355, part F: cloud drives, search snapshots, print views and forwarded mails.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="yunti-drive-caller-install-guide-pdf",
        site="云屉网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="说明书",
        kind="other",
        form="html",
        source="https://pan.yunti.cn/s/7KqW2pZx",
        title="门诊叫号器安装调试说明",
        title_also=["门诊叫号器安装调试说明（SX-V6）"],
        record_title="门诊叫号器安装调试说明（SX-V6）.pdf",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, share expiry; decimal headings "
        "1.1–3.2; an installation guide without a date (share stamp only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>门诊叫号器安装调试说明（SX-V6）.pdf_免费高速下载|云屉网盘</title>
<script src="https://pan.yunti.cn/static/share/v2.js"></script></head><body>
<div class="yt-top">⟦m 云屉网盘⟧ ⟦m 随手一放，随时就取⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册领 2T 空间⟧</a></div>
<div class="share-info"><div class="fname">⟦t 门诊叫号器安装调试说明（SX-V6）.pdf⟧</div>
<div class="fmeta">⟦m 1.8M　｜　分享者：声讯售后-阿杰　｜　分享于 3 天前　｜　有效期：永久⟧</div>
<div class="btns"><button>⟦a 存入网盘⟧</button> <button>⟦a 下载（1.8M）⟧</button> <button>⟦a 举报⟧</button></div></div>
<div class="preview"><div class="pv-tip">⟦a 在线预览仅显示前 3 页⟧</div>
{BODY}
</div>
<div class="vip">⟦a 非会员下载限速 100KB/s，开通屉屉会员享极速通道⟧</div>
<div class="yt-foot">⟦d 云屉网盘提醒：请勿分享侵权、违法内容，发现请举报。⟧ ⟦m © 2025 yunti.cn⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
1.安装前准备
1.1核对装箱清单：主机1台、显示屏若干、取号机1台、电源适配器及安装支架。
1.2确认安装位置有稳定的220V电源和医院内网网口，显示屏安装高度宜为2.2米至2.5米。
2.安装步骤
2.1将显示屏支架固定在诊室门框上方，挂好显示屏，连接电源线和网线。
2.2取号机放置在候诊区入口，距离墙面不少于30厘米，便于轮椅通行。
2.3主机安装在护士站或弱电间，接通后指示灯常亮为正常。
3.调试
3.1登录管理后台，按诊室顺序添加显示屏编号，并与挂号系统的诊室代码一一对应。
3.2在候诊区人员较多时测试语音播报，音量以候诊区最远座位能听清为准；对老年患者较多的诊区，建议开启慢速重复播报。
""",
    ),
    dict(
        slug="cunbao-drive-cutter-contract-template-docx",
        site="存宝网盘 (invented cloud drive, text share page)",
        style="网盘分享",
        genre="合同范本",
        kind="contract",
        form="text",
        source="https://www.cunbaopan.com/share/f/cb2025z61m",
        title="分药器采购合同（范本）",
        record_title="分药器采购合同（范本）.docx",
        date=None,
        notes="cloud-drive text page: a purchase-contract template with ×× placeholders, ＿＿ blanks and "
        "＿＿＿＿年＿＿月＿＿日, 第N条 articles; save/download prompts; no date",
        page="""
!m 存宝网盘 · 文件分享
!t 分药器采购合同（范本）.docx
!m 大小 27KB　分享时间：昨天 16:42　浏览 93　下载 21
!a 【保存到我的存宝】【普通下载】【会员极速下载】
!a 预览模式：文档前 2 页
{BODY}
!a 预览结束，保存到网盘后可查看全文
!d 该文件由用户自行上传分享，存宝网盘不对内容负责。
!m cunbaopan.com　客服邮箱 help@cunbaopan.com
""",
        indent="",
        body="""
甲方（采购方）：××医院
乙方（供货方）：××医疗器械有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方采购分药器事宜订立本合同。
第一条　产品名称、规格和数量：分药器（带V形槽、刀片内藏式），规格＿＿＿＿，数量＿＿＿＿只，单价＿＿＿＿元，合计人民币＿＿＿＿元。
第二条　质量要求：刀片应为不锈钢材质，刀片固定牢固；产品包装应有中文标识，注明生产企业、材质及使用注意事项。
第三条　交货时间和地点：乙方应于合同签订后＿＿日内将货物送至甲方指定地点××药房。
第四条　验收：甲方收货后＿＿日内进行验收，发现刀片松动、缺口等质量问题的，乙方应无条件退换。
第五条　付款方式：验收合格后＿＿日内，甲方一次性支付全部货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="sourui-snapshot-caller-wording-notice",
        site="搜睿快照 (invented search-engine cache of a hospital page)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.sourui.com/c?u=www.xcdyrmyy.cn/tzgg/2025/0226/3201.html",
        title="关于规范门诊叫号器语音播报用语的通知",
        record_title="关于规范门诊叫号器语音播报用语的通知_琁城市第一人民医院（搜睿网页快照）",
        date="2025-02-25",
        date_also=["2025-02-26"],
        notes="snapshot frame: capture banner with highlighted terms and the original link; the cached hospital "
        "page's own chrome; a standard-wording list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范门诊叫号器语音播报用语的通知_琁城市第一人民医院（搜睿网页快照）</title>
<script src="https://cache.sourui.com/static/frame.js"></script></head><body>
<div class="cache-bar">⟦d 搜睿快照：这是 www.xcdyrmyy.cn/tzgg/2025/0226/3201.html 在 2025-03-04 02:17 的存档，当前页面可能已经更新。⟧<br>
⟦a 已为您标亮：叫号器 播报用语⟧ ⟦a 查看原网页⟧ ⟦a 纯文字版⟧</div>
<div class="orig">
<div class="o-head">⟦m 琁城市第一人民医院⟧ ⟦m 首页 | 医院概况 | 就医指南 | 通知公告⟧</div>
<h2>{T}</h2>
<div class="o-info">⟦m 发布部门：门诊部　发布时间：2025-02-26　浏览：742⟧</div>
<div class="o-body">
{BODY}
</div>
<div class="o-foot">⟦m 琁城市第一人民医院　地址：琁城市萳湖区人民路108号⟧</div>
</div>
<div class="cache-foot">⟦d 搜睿与该网页作者无关，不对其内容负责。⟧</div>
</body></html>
""",
        body="""
门诊各诊区：
为使叫号播报清楚、文明、统一，方便患者特别是老年患者听清听懂，现对门诊叫号器语音播报用语作如下规范：
一、标准用语为“请××号××（患者姓氏）先生/女士到×诊室就诊”，每个号码连续播报两遍。
二、过号重新排队的患者，播报时在号码前加“过号”二字。
三、诊室临时暂停接诊时，播报“×诊室医生暂停接诊，请耐心等候”，不得长时间无播报。
四、各诊区不得自行录制或更改播报用语；确需调整的，报门诊部统一设置。
患者可扫描候诊区张贴的二维码，在手机上查看自己的排队进度。
门诊部
2025年2月25日
""",
    ),
    dict(
        slug="tanyuan-cache-stamp-loan-letter-oneline",
        site="探源搜索 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://cache.tanyuan.so/t?id=5d1e77ab&kw=橡皮章",
        title="茖溪镇综合文化站关于商借橡皮章刻刀及印台的函",
        record_title="〔探源文字快照〕茖溪镇综合文化站关于商借橡皮章刻刀及印台的函",
        date="2025-05-12",
        notes="text-only cache with the whole letter on one line; capture line and a 'view original' prompt; the "
        "letter's own contact; 成文日期 at the end",
        page="""
!d 探源搜索 · 文字快照｜原网页抓取于 2025-05-20 06:33，内容以原网页为准
!a 【返回原网页】【查看带图版本】
!m 来源：岊山县茖溪镇人民政府网 http://www.gexizhen.gov.cn/whz/2025/0513/29.html
{T}
{BODY}
!d 本快照由探源搜索自动生成，探源搜索与原网站无关。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
岊山县实验小学：
我站拟于5月下旬在茖溪镇举办两期“方寸之间”橡皮章公益体验课，面向镇区中小学生和青年群众，每期30人。因我站刻章工具不足，得知贵校橡皮章社团配有较多刻刀和印台，特商借安全型刻刀30把、印台10个，借用时间为5月24日至6月1日。
工具由我站派专人上门领取，用后清洁完好归还，如有损坏照价赔偿。活动时我站将安排专人管理刻刀，确保学员安全。
恳请贵校予以支持为盼。
联系人：茖溪镇综合文化站　杜若，电话：0735-8873306。
岊山县茖溪镇综合文化站
2025年5月12日
""",
    ),
    dict(
        slug="jieshan-print-moxa-rules-footer",
        site="岊山县民政局 (invented, print view)",
        style="打印页",
        genre="规定",
        kind="rule",
        form="html",
        source="https://mzj.jieshan.gov.cn/print.jsp?id=6603",
        title="岊山县养老服务机构艾灸盒使用安全管理规定",
        record_title="〖适印版〗岊山县养老服务机构艾灸盒使用安全管理规定 ‖ 岊山县民政局",
        date=None,
        notes="print view calling window.print(); 第N条 articles, one about a printed log; an effective clause "
        "without a date (no date); print footer ⮍ 第1页／共1页 ⮍ and a URL line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖适印版〗岊山县养老服务机构艾灸盒使用安全管理规定 ‖ 岊山县民政局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 【开始打印】⟧ ⟦a 【取消并关闭】⟧ ⟦a 【横向纸张】⟧</div>
<div class="p-head">⟦m 岊山县民政局 · 打印预览⟧</div>
<h2>{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-url">⟦m 原文地址：https://mzj.jieshan.gov.cn/zcwj/2025/6603.html⟧</div>
<div class="p-foot">⟦p ⮍ 第1页／共1页 ⮍⟧</div>
</body></html>
""",
        body="""
第一条　为规范养老服务机构艾灸盒的使用，防止老年人烫伤和火灾事故，制定本规定。
第二条　本规定适用于本县各类养老服务机构和农村敬老院。
第三条　为老年人施灸的人员须经过艾灸操作培训并考核合格，未经培训的人员不得操作艾灸盒。
第四条　施灸前应询问老年人身体状况，对糖尿病、皮肤感觉减退、认知障碍的老年人，须经医生评估后方可施灸。
第五条　施灸过程中操作人员不得离开，每隔5分钟查看一次皮肤；同一房间同时施灸的不得超过2人。
第六条　各机构应打印艾灸操作登记本，逐次记录施灸对象、部位、时间和皮肤情况，登记本保存不少于两年。
第七条　艾条熄灭后须放入金属灭火筒，艾灰冷却24小时后方可倒入垃圾桶。
第八条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="tianyang-print-picker-loss-bulletin-footer",
        site="沺阳县城市管理局 (invented, print view text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://cgj.tianyang.gov.cn/print/?aid=3391",
        title="关于全县公用垃圾夹损耗情况的通报",
        record_title="［纸面版式］关于全县公用垃圾夹损耗情况的通报 - 沺阳县城市管理局",
        date="2025-06-03",
        notes="print view text: print buttons on top, a URL line and a print footer ⇕ 页 1／1 ⇕ at the bottom; "
        "a table of losses; 成文日期 under the signature",
        page="""
!a 打印　｜　另存为PDF　｜　关闭预览
!m 沺阳县城市管理局
{T}
{BODY}
!m 本页地址：http://cgj.tianyang.gov.cn/tzgg/2025/3391.html　打印时间：2025-06-09 10:26
!p ⇕ 页 1／1 ⇕
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
今年3月起，我局在县城滨河步道、人民公园和4个乡镇集镇共设置公用垃圾夹挂点60处，投放垃圾夹360把。截至5月底，各片区损耗情况如下：
片区　投放数（把）　丢失数（把）　损坏数（把）
滨河步道　120　47　9
人民公园　80　12　6
乡镇集镇　160　21　14
从统计看，滨河步道丢失最多，主要原因是挂钩没有锁扣，夜间无人看管。
下一步，我局将为所有挂点加装锁扣，在挂点旁张贴使用提示，并请属地社区和志愿服务队每周巡查补挂。希望广大群众爱护公共设施，用后挂回原处。
沺阳县城市管理局
2025年6月3日
""",
    ),
    dict(
        slug="hongtie-webmail-stamp-order-letter-fwd",
        site="鸿帖邮箱 (invented webmail, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.hongtie.com/read?mid=ZC1750012&fid=inbox",
        title="关于定制“文明校园”主题橡皮章的函",
        record_title="转寄（外部来信）：关于定制“文明校园”主题橡皮章的函",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="webmail reading view: forwarded header with its own 抄送 beside the letter's 抄送 line, an "
        "attachment bar beside the letter's 附件 list; the letter's contact and mailbox; 成文日期 differs from "
        "the send date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转寄（外部来信）：关于定制“文明校园”主题橡皮章的函 - 鸿帖邮箱</title>
<script src="https://mail.hongtie.com/js/reader.js"></script></head><body>
<div class="m-top">⟦m 鸿帖邮箱⟧ ⟦m tuofang_diy@hongtie.com⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧ ⟦a 退出⟧</div>
<div class="m-tool">⟦a 回复　回复全部　转发　删除　标记为　移动到⟧</div>
<div class="m-head"><div class="subj">⟦t 转寄（外部来信）：关于定制“文明校园”主题橡皮章的函⟧</div>
<p>⟦m 发件人：杭晓雯 &lt;hangxw@xcsy-school.cn&gt;⟧</p>
<p>⟦m 收件人：拓方手作工坊 &lt;tuofang_diy@hongtie.com&gt;⟧</p>
<p>⟦m 抄　送：xcsy_zwb@xcsy-school.cn⟧</p>
<p>⟦m 时　间：2025年5月9日（星期五）上午10:14⟧</p></div>
<div class="m-fwd">⟦m -------- 转寄的邮件 --------⟧<br>⟦m 原发件人：琁城实验学校总务处⟧</div>
<div class="m-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="m-att">⟦a 附件（2个）：定制数量及图案说明.xlsx　校徽矢量图.ai　全部下载 | 存到网盘⟧</div>
<div class="m-foot">⟦d 鸿帖邮箱提醒：此邮件来自外部地址，请谨慎打开附件和链接。⟧</div>
</body></html>
""",
        body="""
拓方手作工坊：
为配合“文明校园”创建活动，我校拟定制一批主题橡皮章，作为学生文明行为积分卡的盖章用章。现将有关事项函告如下：
一、定制内容：“文明校园”主题橡皮章共6款，图案分别为礼貌、节约、守时、整洁、互助、诚信，每款50枚，共300枚，印面直径3厘米。
二、质量要求：采用环保无味橡皮材料，印面清晰，手柄牢固，并附配套印台30个。
三、交货时间：6月10日前送至我校总务处。
请贵单位于5月20日前提供报价和样章。
联系人：总务处　杭晓雯，电话：0735-2296017，邮箱：hangxw@xcsy-school.cn。
附件：1.定制数量及图案说明
2.校徽矢量图
琁城实验学校
2025年5月8日
抄送：学校德育处。
""",
    ),
    dict(
        slug="forwarded-text-cutter-trial-feedback-letter",
        site="琁城市第一人民医院院办邮箱 (invented, a forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:yb@xcdyrmyy.cn#msg-20250422-0931",
        title="关于分药器试用情况反馈的函",
        record_title="【转自院办邮箱】关于分药器试用情况反馈的函",
        date="2025-04-21",
        date_also=["2025-04-22"],
        notes="a forwarded mail printed as text: forward header lines, a mail-client footer; the letter's own "
        "contact and 附件 line; 成文日期 differs from the send date",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：院长办公室 <yb@xcdyrmyy.cn>
!m 日期：2025年4月22日 周二 09:31
!m 收件人：康衡医疗器械有限公司销售部 <sales@kangheng-med.com>
!t 主题：【转自院办邮箱】关于分药器试用情况反馈的函
{BODY}
!d 本邮件及其附件含有保密信息，如误收请立即删除并通知发件人。
!m —— 发送自 院内邮件系统 Webmail 3.2
""",
        indent="",
        body="""
康衡医疗器械有限公司：
贵公司2月送来的带仓分药器样品200个，已在我院门诊药房和老年病科试用两个月。现将试用情况反馈如下：
一、总体评价较好。药师和患者家属普遍反映，V形槽能把药片卡稳，切出的两半比较均匀，盖子一按就开，老年人自己也能操作。
二、存在的问题。一是有7个样品使用一个月后刀片出现松动；二是储药仓的卡扣较紧，手指关节不灵活的老人打不开；三是包装上没有“缓释、肠溶制剂不宜分割”的提示。
三、建议贵公司改进刀片固定方式和储药仓卡扣，并在包装和说明书上增加用药提示。改进后的产品可再送我院试用。
联系人：药学部　蓝若溪，电话：0735-2205377。
附件：分药器试用意见汇总表
琁城市第一人民医院药学部
2025年4月21日
""",
    ),
]
