"""holdout110, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text."""

CASES = [
    dict(
        slug="wiki-baike-html-rhubarb-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/大黄种植补贴申请",
        title="大黄种植补贴申请",
        record_title="大黄种植补贴申请_知源百科",
        date=None,
        notes="encyclopaedia entry; template placeholders and an example date inside sentences are not dates; edit links",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>大黄种植补贴申请_知源百科</title></head><body>
<div class="hd">⟦m 知源百科⟧ ⟦a 进入词条⟧ ⟦a 编辑⟧</div>
<h1>{T}</h1>
<div class="sum">⟦l 目录 1 申请条件 2 申请材料 3 申请书写法⟧</div>
{BODY}
<div class="ed">⟦m 词条统计　浏览次数：3870　编辑次数：6次　最近更新：药农小周⟧</div>
<div class="ft">⟦d 知源百科内容仅供参考，具体以当地政策为准⟧</div></body></html>
""",
        body="""
大黄种植补贴申请是指中药材种植户向当地农业农村部门申请种植补贴的程序。
申请条件：一般要求连片种植面积达到规定标准，并具有规范的种植记录。
申请材料：申请书、土地流转合同、种植面积核实表。
申请书的落款通常写为“申请人：×××　××××年×月×日”，例如2023年某县规定每年5月底前集中受理。
""",
    ),
    dict(
        slug="wiki-wenda-text-laundromat-contract",
        site="百问百答网 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baiwen100.example.com/a/661203.html",
        title="自助洗衣房租赁合同要注意什么？",
        record_title=None,
        date="2025-04-02",
        notes="Q&A encyclopaedia: question as title; 回答于 date; other answers",
        page="""
!m 百问百答网　›　生活　›　合同
{T}
!m 网友采纳　　回答者：合同小当家　　回答于 2025-04-02
{BODY}
!l 👍 赞(52)　｜　评论(3)
!l 更多回答：洗衣房开在小区里要办什么证？
!d 以上回答仅代表网友个人观点
""",
        body="""
租赁场地开自助洗衣房，合同里要注意三点：
1.写明水电费用的计算方式，最好装独立水表、电表。
2.约定排水设施的维修责任，洗衣房用水量大，管道堵塞很常见。
3.约定提前解约的条件和违约金，避免设备投入后被要求搬走。
""",
    ),
    dict(
        slug="netdisk-yunpan-html-horseshoe-crab-survey",
        site="飞云网盘 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://pan.feiyun.example.com/s/1hQzK8xw",
        title="沙湾滩涂鲎资源调查报告",
        record_title="沙湾滩涂鲎资源调查报告.docx",
        date="2024-10-30",
        notes="cloud-drive preview: share stamp and expiry are not dates; file-name title; date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>沙湾滩涂鲎资源调查报告.docx_免费高速下载|飞云网盘</title></head><body>
<div class="hd">⟦m 飞云网盘⟧ ⟦a 登录⟧ ⟦a 客户端⟧</div>
<div class="file"><p>⟦t 沙湾滩涂鲎资源调查报告.docx⟧</p><p>⟦m 分享者：海风吹　分享时间：2025-01-04 10:11　有效期：永久⟧</p>
<p>⟦a 保存到网盘　普通下载　超速下载⟧</p></div>
<div class="preview"><h2>{T}</h2>
{BODY}
</div>
<div class="ft">⟦d 请勿分享违法违规内容，一经发现将封禁账号⟧</div></body></html>
""",
        body="""
2024年8月至10月，调查组在沙湾滩涂设置样方40个，开展鲎资源调查。
调查共发现幼鲎218只，主要集中在中潮带泥沙质滩面，成体鲎仅记录到3对。
与2019年调查相比，幼鲎密度下降约35%，主要原因是围垦和滩涂养殖挤占栖息地。
建议将南湾中潮带划为鲎保护小区，禁止滩涂挖掘作业。
萁口市海洋研究所
2024年10月30日
""",
    ),
    dict(
        slug="netdisk-cangku-text-guava-training-plan",
        site="仓库云分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.cangkuyun.example.cn/f/88Zx21",
        title="番石榴修剪技术培训方案",
        record_title="番石榴修剪技术培训方案.wps",
        date=None,
        notes="cloud-drive text preview; page markers ‹2› glued or not; file-name title; no date",
        page="""
!m 仓库云分享　|　文件预览
!t 番石榴修剪技术培训方案.wps
!m 大小 28KB　　上传于 昨天 16:20
!a 下载　转存　举报
{BODY}
!a 预览仅显示前3页
""",
        pages=dict(fmt="‹{n}›", every=100, start=2, glue="mix"),
        body="""
为提高果农的修剪水平，镇农技站计划在冬季开展番石榴修剪技术培训，每个村安排一场现场教学。
培训内容包括整形修剪的基本原则、结果枝的培养、病虫枝的清除，以及修剪工具的消毒方法。
培训由镇农技站技术员授课，每场不少于三个小时，参训果农现场动手操作，技术员逐一点评。
""",
    ),
    dict(
        slug="snapshot-kuaizhao-html-snow-leopard-closure",
        site="搜索快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.sosou.example.com/c?u=shuoshan.gov.example.cn/tz/0307",
        title="关于雪豹繁殖期暂停开放北沟徒步线路的通告",
        record_title="关于雪豹繁殖期暂停开放北沟徒步线路的通告 - 快照",
        date="2025-03-07",
        notes="snapshot frame with highlight banner; snapshot time is not the date; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于雪豹繁殖期暂停开放北沟徒步线路的通告 - 快照</title></head><body>
<div class="cache-hd">⟦m 这是网页 shuoshan.gov.example.cn/tz/0307 的快照，保存于 2025年4月2日 03:12⟧</div>
<div class="cache-hl">⟦m 以下关键词已高亮：雪豹 徒步⟧</div>
<div class="cache-tip">⟦a 查看当前页面⟧</div>
<h1>{T}</h1>
{BODY}
<div class="orig-ft">⟦m 蒴山县林业和草原局 版权所有⟧</div></body></html>
""",
        body="""
3月至5月是雪豹繁殖期。为减少人为干扰，经研究决定，北沟徒步线路自3月10日起暂停开放，恢复开放时间另行通知。
请广大户外爱好者遵守规定，擅自进入的，将依法处理。
蒴山县林业和草原局
2025年3月7日
""",
    ),
    dict(
        slug="snapshot-wenben-text-flour-subsidy",
        site="文本快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://webcache.soudao.example.net/text?q=lc-flour-subsidy",
        title="关于开展小麦加工企业技改补助申报的通知",
        record_title=None,
        date="2024-08-15",
        notes="text-only cache; crawl stamp not a date; title found on the page; 附件 list kept",
        page="""
!m 【文本快照】原网页：lc.gov.example.cn/gxj/0815.html　抓取时间：2024-09-02
!a 点此访问原网页
{T}
{BODY}
!m 蔺川县工业和信息化局主办
""",
        body="""
各面粉加工企业：
为推动面粉加工企业设备更新，县里设立技改补助资金，现就申报事项通知如下。
一、补助对象为本县规模以上面粉加工企业。
二、补助标准为设备投资额的15%，单个企业最高50万元。
附件：1.技改补助申报表
2.设备清单
蔺川县工业和信息化局
2024年8月15日
""",
    ),
    dict(
        slug="print-dayin-html-water-chestnut-plan",
        site="荇湖县农业农村局（打印页，invented）",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://nyj.xinghu.example.gov.cn/print.jsp?id=55102",
        title="荇湖县荸荠绿色高效种植示范方案",
        record_title="打印 - 荇湖县荸荠绿色高效种植示范方案",
        date="2025-02-26",
        notes="print view: print buttons and footer 第1页 共1页; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>打印 - 荇湖县荸荠绿色高效种植示范方案</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【确认打印】　【关闭窗口】⟧</div>
<h2>{T}</h2>
{BODY}
<p class="pf">⟦p ～ 第 1 页 ／ 共 1 页 ～⟧</p>
<p>⟦m 打印时间：2025-03-11 09:02⟧</p></body></html>
""",
        body="""
为推广荸荠绿色高效种植技术，县农业农村局在三个乡镇建设示范片。
一、示范面积1200亩，推广脱毒种苗、测土配方施肥和绿色防控技术。
二、示范片亩产目标达到2500公斤以上。
三、各乡镇农技站负责技术指导，每月上报进度。
荇湖县农业农村局
2025年2月26日
""",
    ),
    dict(
        slug="print-text-loofah-coop-rules",
        site="丝瓜络合作社打印稿 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.sglhzs.example.cn/print/12",
        title="丝瓜络专业合作社质量管理制度",
        record_title="〔打印稿〕丝瓜络专业合作社质量管理制度",
        date=None,
        notes="print view text; print footer; no date",
        page="""
!a 〖打印本页〗〖返回〗
{T}
{BODY}
!p —— 第1页 共1页 ——
!m 网址：http://www.sglhzs.example.cn
""",
        body="""
第一条　社员交售的丝瓜络须充分晒干，含水率不超过12%。
第二条　丝瓜络按长度和密度分为三个等级，由质检员统一评定。
第三条　发现霉变、虫蛀的产品，一律不予收购。
""",
    ),
    dict(
        slug="mail-forward-html-bamboo-charcoal-request",
        site="荪阳县林业局邮件系统 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.sunyang.example.gov.cn/read?mid=20250512-0088",
        title="关于竹炭窑炉升级改造资金的请示",
        record_title="Fw: 关于竹炭窑炉升级改造资金的请示.docx",
        date="2025-05-09",
        notes="webmail reader: mail headers chrome; the document's own 附件 line kept beside the mail's attachment header; send date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fw: 关于竹炭窑炉升级改造资金的请示.docx</title></head><body>
<div class="mail-hd">⟦m 发件人：产业股 &lt;cyg@sunyang.example.gov.cn&gt;⟧</div>
<div>⟦m 收件人：局办公室⟧</div>
<div>⟦m 时间：2025年5月12日（星期一）上午10:05⟧</div>
<div>⟦m 附件：1个（竹炭窑炉改造预算表.xlsx）⟧</div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<h3>{T}</h3>
{BODY}
<div class="mail-act">⟦a 回复　回复全部　转发　删除⟧</div></body></html>
""",
        date_also=["2025-05-12"],
        body="""
县财政局：
我县现有竹炭土窑63座，烟气直排问题突出。为推动产业绿色转型，拟对其中30座实施窑炉升级改造，总投资420万元。
特申请县级财政补助资金120万元。
妥否，请批示。
附件：窑炉改造预算表
荪阳县林业局
2025年5月9日
""",
    ),
    dict(
        slug="mail-forward-text-sweet-corn-newsletter",
        site="蔺川种业简报邮件 (invented)",
        style="邮件转发",
        genre="简报",
        kind="other",
        form="text",
        source="mailto:newsletter@lczy.example.cn",
        title="甜玉米种子质量抽检情况通报",
        record_title="转发：甜玉米种子质量抽检情况通报",
        date="2025-04-15",
        notes="forwarded bulletin; unsubscribe footer; mail headers chrome; 抄送 line of the document kept",
        page="""
!m 发件人：蔺川种业协会 <newsletter@lczy.example.cn>
!m 发送时间：2025-04-16 08:30
!m 主题：转发：甜玉米种子质量抽检情况通报
{T}
{BODY}
!d 如不想再收到此类邮件，请点击退订。
""",
        date_also=["2025-04-16"],
        body="""
各会员单位：
4月上旬，县农业农村局对全县甜玉米种子经营门店开展质量抽检，共抽检样品26个，合格24个，合格率92.3%。
不合格样品主要问题是发芽率偏低，相关门店已被责令下架。
请各会员单位严格进货查验，确保种子质量。
蔺川县种子管理站
2025年4月15日
抄送：县农业农村局，县市场监管局。
""",
    ),
]
