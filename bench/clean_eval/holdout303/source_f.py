"""holdout303, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Every page, site, place, person, phone and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-tie-clip-h1",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-bk.com/item/领带夹/30215",
        title="领带夹",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry: no title in the record, the <h1> gives it (the entry name also opens the body: matched "
        "as head); edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知源百科</title></head><body>
<div class="hd">⟦m 知源百科⟧ <span>⟦m 知其然，更知其所以然⟧</span></div>
<div class="tabs"><a>⟦a 编辑⟧</a> <a>⟦a 讨论⟧</a> <a>⟦a 历史版本⟧</a></div>
<h1 class="lemma">{T}</h1>
<div class="infobox">
<p>⟦m 中文名：领带夹⟧</p><p>⟦m 外文名：tie clip⟧</p><p>⟦m 类　别：男士配饰⟧</p><p>⟦m 常见材质：不锈钢、铜、银⟧</p>
</div>
<div class="catalog">⟦l 目录　1 简介　2 历史　3 种类　4 佩戴⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《服饰配件图说》，第42页⟧</p><p>⟦l 2. 《男装礼仪手册》，第3章⟧</p></div>
<div class="tag">⟦l 词条标签：服饰　配饰　礼仪⟧</div>
<div class="stat">⟦m 浏览 18,442 次　｜　编辑 12 次⟧</div>
<div class="ft">⟦d 知源百科词条内容由网友共同编辑，如有错漏欢迎纠正⟧</div>
</body></html>
""",
        body="""
领带夹是用来把领带固定在衬衫前襟上的男士配饰，也叫领带别针。⟦m [1]⟧
领带夹大约出现于19世纪末，最初是为了防止领带在用餐、工作时随意摆动。二十世纪中期以后，领带夹逐渐成为正装中常见的装饰品。⟦m [2]⟧
常见的领带夹有夹式和别针式两种，材质多为不锈钢、铜镀金、银等，有的表面刻有图案或单位标志。
佩戴时，领带夹一般夹在衬衫第三粒与第四粒纽扣之间，长度以不超过领带宽度的四分之三为宜，颜色最好与袖扣、手表等配饰协调。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-hand-warmer-text",
        site="博物小百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.bowuxbk.com/citiao/huailu.html",
        title="怀炉",
        record_title="怀炉（传统取暖器具）_器用门_博物小百科",
        date=None,
        notes="an encyclopaedia entry as text: the entry name with a disambiguation aside and column and site suffixes as the "
        "record title, the bare name as the title line (also in the body: head); a see-also line and a contributors line",
        page="""
!m 博物小百科 · 器用门
!t 怀炉
!m （传统取暖器具）
!a 编辑本条　｜　纠错　｜　收藏
!m 最近修订：2 个月前
{BODY}
!l 相关词条：手炉　脚炉　汤婆子
!m 本条贡献者：老灶台、南山竹 等7人
!d 内容仅供参考，不作为产品使用依据
""",
        body="""
怀炉是一种揣在怀中或袖中取暖的小型器具，多为铜制，也有锡、陶等材质，流行于我国北方和江南地区。
传统怀炉外形扁圆，盖上镂有花纹以便透气。使用时在炉内放入燃着的炭块，用草木灰覆盖以控制燃烧速度，外面再套上布套。
近代出现了以液体燃料为热源、靠铂金催化缓慢发热的白金怀炉，以及充电式怀炉。
使用怀炉应注意通风，防止低温烫伤，不宜贴身长时间使用，也不宜在睡眠时使用。
""",
    ),
    dict(
        slug="netdisk-yunxi-plan-heat-packs-sanitation-docx",
        site="云屉网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunti-cloud.com/s/8kQz3Lw2",
        title="城区环卫工人冬季热敷袋发放工作方案",
        record_title="城区环卫工人冬季热敷袋发放工作方案.docx",
        date="2024-11-25",
        notes="a cloud-drive preview: the file name as record title and header, size and sharer lines, an extraction code, "
        "save/download buttons and VIP prompts; a plan with decimal headings 1.1–3.2 and its 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>城区环卫工人冬季热敷袋发放工作方案.docx_免费高速下载|云屉网盘</title></head><body>
<div class="hd">⟦m 云屉网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="file"><h2>⟦t 城区环卫工人冬季热敷袋发放工作方案.docx⟧</h2>
<p>⟦m 23.6 KB　｜　分享者：暝溪城管小陈　｜　分享于 6 天前⟧</p>
<p>⟦m 提取码：r7mq⟧</p>
<p>⟦a 保存到我的云屉　普通下载　超级会员极速下载⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 预览仅显示首页，开通会员看全部⟧</div>
<div class="ft">⟦d 云屉网盘不对用户分享的内容负责，侵权请投诉⟧<br>⟦m 云屉网盘 © 2025⟧</div>
</body></html>
""",
        body="""
为帮助一线环卫工人缓解冬季腰腿酸痛，县城管局决定为城区环卫工人发放热敷袋，特制定本方案。
1 发放对象
1.1 城区在岗一线环卫工人，共486人。
1.2 因病因伤休假的环卫工人，由所在班组代领。
2 发放安排
2.1 12月5日前完成采购，每人发放可充电热敷袋1个、备用布套2个。
2.2 12月10日前由各环卫所组织发放，本人签字领取。
3 使用培训
3.1 发放时由县中医院康复科医生现场讲解使用方法和注意事项。
3.2 各环卫所在休息室张贴使用须知。
暝溪县城市管理局
2024年11月25日
""",
    ),
    dict(
        slug="netdisk-wanjuan-cufflink-enamel-instruction-pdf-markers",
        site="万卷云盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.wanjuanpan.com/share/Xy62hTq",
        title="珐琅袖扣点蓝作业指导书",
        record_title="珐琅袖扣点蓝作业指导书.pdf",
        date=None,
        notes="a cloud drive's text preview of a .pdf: page markers ﹁n﹂ on lines of their own cut sentences; numbered steps; "
        "no date; a share-validity line and a VIP prompt",
        page="""
!m 万卷云盘 · 文件分享
!t 珐琅袖扣点蓝作业指导书.pdf
!m 大小：412KB　｜　有效期：永久　｜　分享人：囿城老蓝
!a 转存　｜　下载　｜　举报
{BODY}
!a 以上为预览内容，完整文件请转存后查看
!d 万卷云盘仅提供存储服务，文件内容由分享人负责
""",
        pages=dict(fmt="﹁{n}﹂", every=110, start=2),
        body="""
一、目的：规范珐琅袖扣点蓝工序操作，保证釉面平整、色泽均匀。
二、适用范围：本指导书适用于点蓝车间所有珐琅袖扣产品。
三、操作步骤：
1.检查坯件，掐丝应牢固，焊缝处无脱焊，表面无油污。
2.按工艺单调配釉料，釉料加纯净水调成糊状，静置十分钟后使用。
3.用点蓝笔将釉料填入掐丝格内，填满后轻敲坯件，使釉料密实无气泡。
4.填好的坯件放入烘箱，80摄氏度烘干二十分钟，再送入电炉烧制。
四、注意事项：每填一种颜色须清洗点蓝笔；不同釉料不得混用；操作时佩戴口罩。
五、本指导书由技术部负责解释。
""",
    ),
    dict(
        slug="snapshot-duoye-street-notice-foot-basins",
        site="掇页搜索快照 of 瑕泉街道办事处 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://kuaizhao.duoye-search.com/c?u=xiaquan-jd-20241218",
        title="关于为辖区困难老人免费发放洗脚盆的通知",
        record_title="关于为辖区困难老人免费发放洗脚盆的通知_瑕泉街道 - 掇页快照",
        date="2024-12-18",
        notes="a search engine's snapshot frame: a capture banner with its date (no date), highlighted terms, the original "
        "street office's header and footer inside; the notice's contact in the body; its 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为辖区困难老人免费发放洗脚盆的通知_瑕泉街道 - 掇页快照</title></head><body>
<div class="kz-banner">⟦d 掇页快照 · 本页是 2025-01-03 08:16 抓取时的样子，原网页可能已变化⟧ <a>⟦a 访问原网页⟧</a></div>
<div class="kz-hl">⟦d 已为您标出：洗脚盆 困难老人⟧</div>
<div class="orig">
<div class="hd">⟦m 孚阳区瑕泉街道办事处⟧</div>
<div class="nav"><a>⟦m 首页⟧</a> <a>⟦m 街道概况⟧</a> <a>⟦m 通知公告⟧</a> <a>⟦m 便民服务⟧</a></div>
<h2>{T}</h2>
<div class="info">⟦m 来源：街道民政办　浏览次数：233⟧</div>
<div class="txt">
{BODY}
</div>
<div class="ft">⟦m 瑕泉街道办事处　地址：孚阳区瑕泉路31号⟧</div>
</div>
</body></html>
""",
        body="""
各社区居委会：
为让辖区困难老人温暖过冬，街道决定为辖区70周岁以上的低保、特困老人每人免费发放洗脚盆一只、毛巾两条。现将有关事项通知如下：
一、各社区于12月25日前摸清符合条件的老人名单，报街道民政办。
二、物资由街道统一采购，分发到各社区后，由社区网格员送货上门，并请老人或家属签字。
三、送货时，请网格员提醒老人泡脚水温不宜过高，时间不宜过长。
联系人：谭书宁，电话：0893-5120452。
孚阳区人民政府瑕泉街道办事处
2024年12月18日
""",
    ),
    dict(
        slug="snapshot-miye-consumer-tip-silver-cufflinks-text",
        site="觅页快照 of 祜阳县消费者协会 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://cache.miye-so.com/text?u=hyxx-2025-0520",
        title="网购“纯银袖扣”，谨防货不对板",
        record_title="【消协提个醒】网购“纯银袖扣”，谨防货不对板_祜阳县消费者协会（去格式缓存·仅文字）",
        date="2025-05-20",
        notes="a text-only cache: the cache's banner and capture stamp (no date) above, the 消协's site lines inside; numbered "
        "advice; the 12315 complaint line is content; the 成文日期 under the signature",
        page="""
!d 觅页文字快照：仅保留文字内容，抓取于 2025-06-11 02:40
!d 原网页可能已经更新，如需查看请访问源地址
!m 祜阳县消费者协会
!m 首页 > 消费警示
{T}
!m 信息来源：县消协秘书处
{BODY}
!m 祜阳县消费者协会　投诉电话：12315
!m 技术维护：祜阳县融媒体中心
""",
        body="""
近期，县消费者协会接到多起网购袖扣的投诉。消费者反映，在网店购买标称“纯银”“925银”的袖扣，收货后发现是铜镀银，有的戴了几次就掉色发黑。
县消协提醒广大消费者：
一、选择信誉好的商家，不轻信远低于市场价的“纯银”袖扣。
二、收货时查看袖扣背面是否有材质印记，索要检测证书和购物发票。
三、发现货不对板，及时与商家协商，协商不成的可拨打12315投诉。
祜阳县消费者协会
2025年5月20日
""",
    ),
    dict(
        slug="print-mingxi-request-heat-packs-footer",
        site="暝溪县城市管理局 (invented, print view)",
        style="打印页",
        genre="请示",
        kind="report",
        form="html",
        source="http://cgj.mingxi.gov.cn/print.jsp?id=20241112007",
        title="关于为一线环卫工人购置热敷袋的请示",
        record_title="〔打印排版·简洁版〕关于为一线环卫工人购置热敷袋的请示 — 暝溪县城市管理局",
        date="2024-11-12",
        notes="a bureau's print view calling window.print(): a print-time line and the page's address at the top, print and close "
        "buttons, a print footer ≋ 打印第1页 / 共1页 ≋ closing the page; the request's own contact line after its date in Chinese numerals",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔打印排版·简洁版〕关于为一线环卫工人购置热敷袋的请示 — 暝溪县城市管理局</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〖立即打印〗〖返回原文〗⟧</div>
<div class="ptop">⟦m 暝溪县城市管理局⟧</div>
<div class="ptime">⟦m 打印于：2025-01-09 15:22⟧</div>
<div class="purl">⟦m 原文地址：http://cgj.mingxi.gov.cn/zwgk/2024/1112/3307.html⟧</div>
<h2>{T}</h2>
<div class="pbody">
{BODY}
</div>
<div class="pfoot">⟦p ≋ 打印第1页 / 共1页 ≋⟧</div>
</body></html>
""",
        body="""
县人民政府：
我县城区现有一线环卫工人486名，平均年龄56岁，冬季清晨作业时间长，不少人患有腰腿疼痛。为体现对环卫工人的关心，我局拟为城区一线环卫工人每人购置可充电热敷袋一个，预计需资金3.4万元。
该项资金拟从城市维护经费中列支，采购工作将严格按照政府采购有关规定执行。
妥否，请批示。
暝溪县城市管理局
二〇二四年十一月十二日
（联系人：卢一帆，电话：0891-7201163）
""",
    ),
    dict(
        slug="print-leishui-bulletin-foot-bath-shops-table",
        site="嫘水县卫生健康局 (invented, print view as text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://wjj.leishui.gov.cn/print/2025/0402/118.html",
        title="关于全县足浴场所卫生专项检查情况的通报",
        record_title="打印备查｜关于全县足浴场所卫生专项检查情况的通报 · 嫘水县卫生健康局",
        date="2025-04-02",
        notes="a print view as text: the print-time line and page address above, a results table (one row a paragraph), a "
        "print footer ↹ 第1页，共1页 ↹ at the end; the 成文日期",
        page="""
!m 嫘水县卫生健康局
!m 打印时间：2025-04-09 10:05
!m 本页地址：http://wjj.leishui.gov.cn/tzgg/2025/0402/118.html
{T}
{BODY}
!a [打印]　[关闭本窗口]
!p ↹ 第1页，共1页 ↹
""",
        body="""
各乡镇卫生院，各足浴经营单位：
3月，县卫生健康局对全县32家足浴场所开展了卫生专项检查，重点检查洗脚盆（桶）是否一客一换一消毒、是否使用一次性盆套。检查结果如下：
检查结果　场所数量
合格　26家
限期整改　5家
立案查处　1家
存在的主要问题：部分场所洗脚盆消毒记录不全，一次性盆套重复使用。
各经营单位要对照问题立即整改，县卫生健康局将于4月下旬组织复查。
嫘水县卫生健康局
2025年4月2日
""",
    ),
    dict(
        slug="webmail-sachuan-bank-inquiry-cufflink-gift-boxes",
        site="鸿仪服饰配件企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.hongyi-fs.com/read?mid=ZL2505120931",
        title="关于定制员工袖扣礼盒的询价函",
        record_title="Fw：关于定制员工袖扣礼盒的询价函（请于5月20日前回复）",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="a webmail reading view: folder list, toolbar, the forwarded header with its send time, an attachment bar beside "
        "the letter's own 附件 list; the letter's contact and mailbox in the body; the letter's date expected, the send date "
        "also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鸿仪企业邮箱 - 读信</title></head><body>
<div class="mail-top">⟦m 鸿仪企业邮箱⟧ ⟦m xiaoshou@hongyi-fs.com⟧ <a>⟦a 退出⟧</a></div>
<div class="folders"><p>⟦m 收件箱 (12)⟧</p><p>⟦m 已发送⟧</p><p>⟦m 草稿箱⟧</p><p>⟦m 垃圾邮件⟧</p></div>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为⟧</div>
<div class="mail-head">
<h3>{T}</h3>
<p>⟦m 发件人：史嘉诚 &lt;shijc@hongyi-fs.com&gt;⟧</p>
<p>⟦m 收件人：销售部 &lt;xiaoshou@hongyi-fs.com&gt;⟧</p>
<p>⟦m 时　间：2025年5月12日（星期一）上午9:31⟧</p>
</div>
<div class="mail-body">
<p>⟦m 销售部：下面是飒川农商银行工会的询价函，请尽快核价回复。⟧</p>
<p>⟦m ——— 原始邮件 ———⟧</p>
<p>⟦m 发件人：覃思源 &lt;ghsc@sachuan-nsh.com&gt;　发送时间：2025年5月9日 16:05⟧</p>
{BODY}
</div>
<div class="attbar">⟦a 📎 附件 2 个：行徽图样.png（86K）　报价单.xlsx（12K）　全部下载　在线预览⟧</div>
<div class="mail-ft">⟦d 本邮件可能含有保密信息，如误收请立即删除⟧</div>
</body></html>
""",
        body="""
鸿仪服饰配件有限公司：
为表彰本行年度优秀员工，我行工会拟定制一批袖扣礼盒，现向贵公司询价，具体要求如下：
一、数量：袖扣礼盒120套，每套含袖扣一对、领带夹一枚。
二、材质：铜镀铑，正面印本行行徽，礼盒为深蓝色绒面。
三、交货时间：2025年6月20日前。
请贵公司于5月20日前将报价单盖章后扫描发至本行工会邮箱，并附样品图片。
联系人：覃思源，电话：0899-2260317，邮箱：ghsc@sachuan-nsh.com。
附件：1.行徽图样
2.报价单（样式）
飒川农商银行工会委员会
2025年5月9日
""",
    ),
    dict(
        slug="mailfwd-luochuan-power-request-warmers-line-patrol",
        site="mail forwarded as text (invented power-supply company)",
        style="邮件转发",
        genre="请示",
        kind="report",
        form="text",
        source="mailto:weiliqun@luochuan-power.cn?fwd=20241204",
        title="关于为输电线路巡线工配发怀炉的请示",
        record_title="Fwd: 【请示】关于为输电线路巡线工配发怀炉的请示（请阅）",
        date="2024-12-03",
        date_also=["2024-12-04"],
        notes="a forwarded mail as text: the forwarder's note and the mail headers (with their own 抄送 line) above, the "
        "request's own 附件 and 抄送 lines in the body; the request's date expected, the send date also accepted",
        page="""
!m 请各位领导审阅，急需在寒潮前配发到位。
!m ---------- 转发的邮件 ----------
!m 发件人：韦立群 <weiliqun@luochuan-power.cn>
!m 发送时间：2024年12月4日 8:47
!m 收件人：分管副总 <fgfz@luochuan-power.cn>
!m 抄送：运检部 <yunjian@luochuan-power.cn>
!t 主题：关于为输电线路巡线工配发怀炉的请示
{BODY}
!m 附件：怀炉采购清单.xlsx（9 KB）
!d 荦川供电公司内部邮件，请勿外传
""",
        body="""
公司领导：
入冬以来，我班组负责的荦川至逶溪段110千伏线路多在山区，巡线工每天步行巡线十余公里，山上气温常在零下五度以下，手脚冻伤时有发生。为保障巡线工身体健康，我班组拟为18名巡线工每人配发燃料式怀炉一只，另购燃料若干，预计费用3200元，从班组劳保经费中列支。
妥否，请批示。
附件：怀炉采购清单
输电运检二班
2024年12月3日
抄送：安全监察部，工会办公室。
""",
    ),
]
