"""holdout346, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="bowutong-entry-book-film-infobox",
        site="博物通百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowutong.org/item/包书膜/20917",
        title="包书膜",
        record_title="包书膜 - 博物通 · 开放百科",
        date=None,
        notes="entry with 阅读/编辑/讨论/历史版本 tabs, an infobox, a contents box and reference markers glued after sentences; the entry name opens the body (a head match); no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>包书膜 - 博物通 · 开放百科</title></head><body>
<div class="bk-top">⟦m 博物通 · 开放百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bk-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1 class="bk-title">{T}</h1>
<div class="bk-sub">⟦m 文教用品 · 本词条由“博物通文具小组”参与编辑⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：包书膜⟧</td></tr><tr><td>⟦m 别　名：书皮膜、书套膜⟧</td></tr>
<tr><td>⟦m 常见材质：PP、PE、PVC⟧</td></tr><tr><td>⟦m 用　途：保护课本封面⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 简介　2 种类　3 选购　4 参考资料⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 学生用品的安全通用要求 · 标准文本⟧</p><p>⟦l 2. 开学季文具消费提示 · 某地消费者协会⟧</p></div>
<div class="bk-edit">⟦m 词条统计：浏览 8.4万次　编辑 23次　最近更新 3 个月前⟧</div>
<div class="bk-foot">⟦d 博物通百科内容由网友协作编写，仅供参考，如涉及健康、法律等问题请咨询专业人士。⟧</div>
</body></html>
""",
        body="""
包书膜是用来包裹课本、练习册封面的透明或半透明塑料薄膜，可以防止书皮磨损、卷角和弄脏，在中小学生中使用很普遍。⟦m [1]⟧
按使用方式，包书膜大致分为三类：一是自粘式，背面带胶，裁好后撕开离型纸直接贴在封面上；二是套装式，预先做成书套形状，把封皮插进去即可；三是卷材式，需要自己裁剪、折边。
选购包书膜时，宜选择无明显气味、标明材质和生产企业的产品。部分低价PVC包书膜可能含有邻苯二甲酸酯类增塑剂，长期接触对儿童健康不利。⟦m [2]⟧
近年来，一些学校提倡减少使用一次性塑料包书膜，鼓励学生用牛皮纸、旧挂历纸包书，或者循环使用完好的书套。
""",
    ),
    dict(
        slug="zhiwu-entry-keyboard-film",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.zhiwubaike.com/w/键盘膜",
        title="键盘膜",
        date=None,
        notes="the record's title as is; an entry whose name opens the body (a head match); edit link glued after a heading, infobox and contents lines; no date",
        page="""
!m 知物百科 — 万物皆有来历
!a 编辑词条　｜　收藏　｜　纠错
{T}
!m 所属分类：电脑配件 · 日用品
!m 英文名：keyboard cover　｜　主要材质：硅胶、TPU
!l 目录：定义 / 分类 / 使用注意
{BODY}
!l 词条标签：电脑 笔记本 清洁
!m 本词条浏览 3.7万次，由 14 位用户共同编辑
!d 知物百科的全部内容遵循知识共享协议，转载请注明来源。
""",
        body="""
键盘膜是覆盖在电脑键盘上，用于防尘、防水和防止键帽磨损的薄膜，多用于笔记本电脑。
分类⟦a ［编辑本节］⟧
按材质，常见的有硅胶键盘膜和TPU键盘膜两类。硅胶膜较厚、手感偏软，防水性能好，但容易发黄、沾灰；TPU膜较薄、透明度高，对打字手感影响小，但贴合度不如硅胶膜。此外还有针对特定机型开模的“专用膜”和可以裁剪的“通用膜”。
使用注意
键盘膜会在一定程度上影响散热，出风口位于键盘下方的笔记本不宜长时间贴膜使用。键盘膜应定期取下清洗，发黄、硬化或者破损时应及时更换。
""",
    ),
    dict(
        slug="yungui-drive-magnet-printing-points-wps",
        site="云柜网盘 (invented cloud drive)",
        style="网盘分享",
        genre="技术要点",
        kind="other",
        form="html",
        source="https://pan.yungui.cn/s/1Q7xMagNeT4",
        title="磁铁贴印刷与模切工艺要点",
        record_title="磁铁贴印刷与模切工艺要点.wps",
        date=None,
        notes="cloud-drive preview with save/download buttons, VIP speed prompts and a share expiry line; file name as the record title; technical points with no date (a share stamp is no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>磁铁贴印刷与模切工艺要点.wps_免费高速下载|云柜网盘</title></head><body>
<div class="pan-top">⟦m 云柜网盘⟧ <a>⟦a 开通超级柜员⟧</a> <a>⟦a 客户端下载⟧</a></div>
<div class="share-info"><h2>⟦m 磁铁贴印刷与模切工艺要点.wps⟧</h2>
<p>⟦m 分享者：驼峰磁业-技术部　｜　分享于 2025-06-30 16:02　｜　有效期：永久⟧</p>
<p>⟦m 文件大小：64KB⟧</p></div>
<div class="pan-btns">⟦a 保存到我的云柜　｜　下载（普通速度）⟧</div>
<div class="vip-tip">⟦a 超级柜员下载提速30倍，首月仅需6元⟧</div>
<div class="preview">
<p class="doc-h">{T}</p>
{BODY}
</div>
<div class="preview-end">⟦a 在线预览仅支持前3页，完整文件请保存后查看⟧</div>
<div class="report">⟦a 举报该分享⟧</div>
<div class="pan-foot">⟦d 云柜网盘严禁存储、分享违法违规内容，发现请及时举报。⟧ ⟦m ©2025 yungui.cn⟧</div>
</body></html>
""",
        body="""
一、印刷
1．磁铁贴面层采用PP合成纸或铜版纸覆膜，印刷前检查磁片表面有无油污、磁粉脱落，必要时用无尘布擦拭。
2．四色印刷套准误差不大于0.2毫米，教学用字母、数字贴的字体边缘应清晰，不得有重影。
3．印刷后覆亮膜或哑膜，覆膜温度控制在90℃左右，防止起泡、起皱。
二、模切
1．模切刀版每生产5万片检查一次刃口，刃口磨损会造成磁铁贴边缘毛刺，容易划伤冰箱门和白板表面。
2．圆角磁铁贴的圆角半径不小于2毫米。
3．模切后每批抽取20片，测量外形尺寸和吸附力，吸附力以在竖直钢板上吸住规定张数A4纸不下滑为合格。
三、包装
成品磁铁贴应面对面、背对背交替叠放，避免相互吸附损伤印刷面。
""",
    ),
    dict(
        slug="guipan-report-general-affairs-director-pdf-markers",
        site="贵盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.guipan.net/share/preview/9c40bb12",
        title="2025年度学校总务处主任述职报告",
        record_title="2025年度学校总务处主任述职报告.pdf",
        date="2025-12-26",
        notes="file name as the record title; page markers ⤨ n ⤨ on lines of their own cut sentences; VIP and save prompts around the preview; 成文日期 under the signature",
        page="""
!m 贵盘 · 文件预览
!m 2025年度学校总务处主任述职报告.pdf　（1.2MB · 4页）
!a 保存到贵盘　　高速下载　　转存到手机
!d 该文件由用户分享，贵盘不对文件内容负责
{T}
{BODY}
!a 预览已结束，开通贵盘VIP可查看全部4页
!m 分享链接 3 天前创建 · 已被查看 58 次
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⤨ {n} ⤨", every=105, start=2),
        body="""
各位领导、老师们：
一年来，我在学校党支部和校长室的领导下，带领总务处做好后勤保障工作，现将履职情况报告如下。
一、抓好教学设施维护。暑假期间完成了24间教室的黑板翻新，清理了黑板上的旧贴纸和胶痕，统一换上哑光黑板贴，解决了学生反映多年的黑板反光问题；全年维修课桌椅316套、门窗锁具58处。
二、抓好食堂和校园安全。每周开展一次食堂食品安全检查，配合完成消防设施年检，全年未发生安全责任事故。
三、存在的不足。后勤工作计划性还不够强，部分维修项目响应较慢。明年我将建立报修登记和限时办结制度，提高服务效率。
黎冠市第三中学总务处　许冠兰
2025年12月26日
""",
    ),
    dict(
        slug="yixun-snapshot-exam-room-board-stickers",
        site="蚁寻快照 (invented search-engine cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.yixun.com/c?u=www.lg7z.net/tzgg/3715.html&k=黑板贴",
        title="关于做好期末考试考场布置工作的通知",
        record_title="关于做好期末考试考场布置工作的通知_黎冠市第七中学（蚁寻留底页）",
        date="2026-01-12",
        date_also=["2026-01-13"],
        notes="snapshot frame with a capture banner and highlighted terms; the school page's date differs from the signature date; a capture stamp is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好期末考试考场布置工作的通知_黎冠市第七中学（蚁寻留底页）</title></head><body>
<div class="sd-banner" style="background:#ffffe0">⟦m 这是蚁寻对 www.lg7z.net/tzgg/3715.html 的存档，是该网页于 2026-02-03 09:17 的样子。⟧<br>
⟦a 当前页面可能已更新，点此访问最新页面⟧　⟦m 已高亮显示的搜索词：黑板贴 考场⟧</div>
<div class="orig">
<div class="school-head">⟦m 黎冠市第七中学⟧ ⟦m 首页 学校概况 德育天地 教学教研 通知公告⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布时间：2026-01-13　发布者：教务处⟧</div>
<div class="art">
{BODY}
</div>
<div class="school-foot">⟦m 黎冠市第七中学　地址：冠许路9号　电话：0796-2160071⟧</div>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各年级组、各班主任：
本学期期末考试定于1月20日至22日举行，为保证考场布置规范、公平，现将有关要求通知如下。
一、1月19日下午第三节课后，各班学生将课桌内的书本全部清空，课桌一律单人单桌、正面朝前摆放。
二、考场内黑板上的黑板贴、标语，以及教室四周与学科知识有关的张贴物，由班主任组织学生揭除或用白纸遮盖，考场黑板只保留考试科目和时间。
三、各班揭下的黑板贴请收好，考试结束后再贴回原处。
四、年级组长于1月19日下午5点前逐个检查本年级考场，检查合格后锁门。
教务处
2026年1月12日
""",
    ),
    dict(
        slug="tuoxun-text-cache-letter-book-film-test-oneline",
        site="驼寻搜索 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://tuoxun.cn/cache?q=包书膜+检测&u=xfbh.qiaolong.gov.cn/gzdt/1088.html",
        title="关于商请检测包书膜样品的函",
        record_title="〔仅文本存档〕关于商请检测包书膜样品的函 - 谯陇县消费者权益保护委员会",
        date="2025-03-06",
        notes="text-only cache: the letter's body stands on one line; a capture line and a cache notice; 成文日期 under the signature",
        page="""
!m 驼寻搜索 纯文字快照 · 抓取于 2025-04-11 03:20
!d 快照内容来自原网页，驼寻搜索不对其内容负责
!m 原网址：xfbh.qiaolong.gov.cn/gzdt/1088.html
{T}
!m 谯陇县消费者权益保护委员会 > 工作动态
{BODY}
!l 返回搜索结果　｜　查看原网页
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
黎冠市产品质量监督检验所：
为了解我县市场上销售的学生包书膜质量状况，我会于近期在县城和部分乡镇购买了包书膜样品18批次，拟委托贵所进行检测。检测项目为邻苯二甲酸酯、可迁移元素和气味，检测费用由我会承担。
恳请贵所予以支持，并于4月15日前出具检测报告。
联系人：黎冠秋，电话：0797-8619925。
谯陇县消费者权益保护委员会
2025年3月6日
""",
    ),
    dict(
        slug="houchang-amr-magnet-spot-check-print-view",
        site="郈昌县市场监督管理局 (invented bureau portal, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.houchang.gov.cn/print.jsp?id=24017",
        title="关于2025年第二季度磁铁贴类产品质量监督抽查情况的通报",
        record_title="⇩付印版⇩ 关于2025年第二季度磁铁贴类产品质量监督抽查情况的通报 · 郈昌县市场监管局",
        date="2025-07-08",
        notes="print view calling window.print(); a data table; a print footer ⬼ 第1页，共1页 ⬽; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>⇩付印版⇩ 关于2025年第二季度磁铁贴类产品质量监督抽查情况的通报 · 郈昌县市场监管局</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 【打印此页】　【返回原文】　【关闭】⟧</div>
<div class="print-head">⟦m 郈昌县市场监督管理局　scjg.houchang.gov.cn⟧</div>
<h2>{T}</h2>
<div class="print-meta">⟦m 打印时间：2025-07-21 10:42⟧</div>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p ⬼ 第1页，共1页 ⬽⟧</div>
</body></html>
""",
        body="""
各市场监管所：
2025年第二季度，我局对全县生产、销售的磁铁贴类产品开展了质量监督抽查，共抽查冰箱磁铁贴、教学白板磁铁贴等产品30批次，合格27批次，不合格3批次。现将有关情况通报如下。
产品名称　标称生产企业　不合格项目
卡通冰箱磁铁贴　昌许工艺品厂　小零件、标识
白板磁铁贴（圆形）　奉驼某文具店自制　磁通量指数
软磁字母贴　谯陇某贸易商行　可迁移元素
对抽查不合格的产品，各市场监管所要依法督促有关企业和经营者立即停止销售，查明原因，限期整改，并跟踪复查。
郈昌县市场监督管理局
2025年7月8日
""",
    ),
    dict(
        slug="liguan-no1-board-maintenance-rules-print",
        site="黎冠市第一中学 (invented school site, print view)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.lgyz.net/zhidu/print/0031",
        title="教室黑板及黑板贴日常维护管理规定",
        date=None,
        notes="the record's title as is; a print view with a print prompt and a print footer ⇸ 1/1 ⇷; 第N条 articles; an effective clause but no date",
        page="""
!a ［打印］［另存为PDF］［关闭此窗口］
!m 黎冠市第一中学 · 规章制度 · 打印版
{T}
{BODY}
!m 本页地址：http://www.lgyz.net/zhidu/0031.html
!p ⇸ 1/1 ⇷
""",
        body="""
第一条　为保持教室黑板整洁，保障板书清晰，制定本规定。
第二条　各班值日生每节课后擦净黑板，每天放学后用湿布擦拭一次黑板和粉笔槽。
第三条　黑板书写区不得张贴任何黑板贴。课程表、值日表等确需张贴的，统一贴在黑板两侧边框内，由班主任负责。
第四条　黑板贴应选用哑光、可揭除的材质。揭除黑板贴后留下残胶的，用温水或专用清洁剂擦除，不得用刀片、钢丝球刮擦。
第五条　黑板、黑板贴出现破损、起翘的，由班级报总务处维修或者更换。
第六条　总务处每月检查一次各班黑板维护情况，检查结果纳入文明班级评比。
第七条　本规定自发布之日起执行，由总务处负责解释。
""",
    ),
    dict(
        slug="tuoling-webmail-order-letter-exam-folders-docx",
        site="驼铃邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.tuoling.net/read?mid=ZL3301-8842&folder=inbox",
        title="关于订购毕业班试卷夹的函",
        record_title="转发（校办）：关于订购毕业班试卷夹的函.docx",
        date="2025-03-11",
        date_also=["2025-03-12"],
        notes="webmail reading view with a forwarded header and an attachment bar; the letter's own 附件 list and contact/mailbox; the mail's send date differs from the letter's date; the record title is a mail subject ending in a file name",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>驼铃邮箱 - 读信</title></head><body>
<div class="mail-top">⟦m 驼铃邮箱 | 收件箱(12)⟧ <a>⟦a 写信⟧</a> <a>⟦a 退出⟧</a></div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标记为未读　更多操作▾⟧</div>
<div class="mail-head">
<h3>⟦m 转发（校办）：关于订购毕业班试卷夹的函.docx⟧</h3>
<p>⟦m 发件人：谯陇三中校办 &lt;xiaoban@ql3z.edu.cn&gt;⟧</p>
<p>⟦m 收件人：涡界文教用品有限公司销售部 &lt;sales@wojiewj.com&gt;⟧</p>
<p>⟦m 时　间：2025年3月12日（星期三）上午10:26⟧</p></div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="mail-body">
<p align="center">{T}</p>
{BODY}
</div>
<div class="att-bar">⟦a 附件（2个）　订购清单.xlsx　交货地址.docx　全部打包下载⟧</div>
<div class="mail-foot">⟦d 此邮件由驼铃邮箱安全中心扫描，未发现病毒。⟧</div>
</body></html>
""",
        body="""
涡界文教用品有限公司：
经县教育体育局批准，我校拟为九年级学生配备A4透明试卷夹共2060个。经比较多家报价，我校决定向贵公司订购，有关事项函告如下。
一、产品要求：A4透明弹簧试卷夹，颜色蓝、白各半，须提供产品检验报告，不得为召回批次产品。
二、交货时间：3月25日前送货到校，由学校总务处验收。
三、付款方式：验收合格后15个工作日内通过对公账户付款。
请贵公司收到本函后回复确认。
联系人：许庆华，电话：0797-8641203，邮箱：xiaoban@ql3z.edu.cn。
附件：1.订购清单
2.交货地址及收货人
谯陇县第三中学
2025年3月11日
""",
    ),
    dict(
        slug="forwarded-text-keyboard-film-test-reply",
        site="黎冠市产品质量监督检验所 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:zhijian@lgzjs.cn?fwd=20250924",
        title="关于送检键盘膜样品检测结果的复函",
        record_title="【外部来信】转：关于送检键盘膜样品检测结果的复函",
        date="2025-09-22",
        date_also=["2025-09-24"],
        notes="forwarded mail headers (发件人/收件人/抄送/日期/主题) as chrome next to the letter's own 抄送 line; the mail's date differs from the letter's date; a confidentiality footer",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："质检所业务科" <yewu@lgzjs.cn>
!m 发送日期：2025-09-24 15:48
!m 收件人："贵键科技品质部" <qa@guijian-tech.com>
!m 抄送：lihua@guijian-tech.com
!m 主题：【外部来信】转：关于送检键盘膜样品检测结果的复函
{BODY}
!d 本邮件及附件可能含有保密信息，如您误收，请立即删除并通知发件人。
!m 黎冠市产品质量监督检验所　业务科　0796-2125580
""",
        body="""
黎冠贵键电子科技有限公司：
你公司《关于委托检测键盘膜样品的函》收悉。我所已按约定完成对你公司送检的3个型号键盘膜样品的检测，现将结果函复如下。
一、GJ-TPU12型：邻苯二甲酸酯、多环芳烃项目未检出，抗菌率（大肠杆菌）99.2%，符合你公司企业标准。
二、GJ-TPU15型：各项目均符合你公司企业标准。
三、GJ-SI20型：透光率为88%，低于你公司企业标准中“不低于90%”的要求，其余项目符合。
详细数据见检测报告（编号LGZJ-2025-K0917至K0919），纸质报告已寄出。
特此函复。
黎冠市产品质量监督检验所
2025年9月22日
抄送：黎冠市市场监督管理局沾庆分局
""",
    ),
]
