"""holdout189, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="wiki-zhiyuan-html-bookend-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.wiki/item/书立/30917",
        title="书立",
        record_title="书立_知源百科",
        date=None,
        notes="encyclopaedia with infobox, contents and history tabs; entry with no date",
        page="""
<html><head><meta charset="utf-8"><title>书立_知源百科</title></head>
<body>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦l 历史版本⟧</div>
<div class="hd">⟦m 知源百科 — 人人可编辑的知识库⟧</div>
<h1>{T}</h1>
<table class="infobox"><tr><td>⟦m 中文名：书立⟧</td></tr><tr><td>⟦m 外文名：bookend⟧</td></tr></table>
<div class="toc">⟦l 目录 1 简介 2 材质 3 历史⟧</div>
<div class="entry">
{BODY}
</div>
<div class="stat">⟦m 浏览次数：20311　最近更新：三个月前⟧</div>
<footer>⟦d 词条内容仅供参考，如有错误欢迎编辑修正⟧</footer>
</body></html>
""",
        body="""
书立是用来支撑书籍使其直立的文具，通常成对使用，放在一排书的两端。
常见材质有金属、木材、亚克力、石材等，金属书立多为L形，底板压在书下借书的重量保持稳定。
近代西式书立随新式书架传入中国，民国时期已有铜制、铁制书立在文具店出售。
""",
    ),
    dict(
        slug="wiki-wenda-text-rubberband-answer",
        site="百知问 (invented)",
        style="百科问答",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.baizhiwen.com/question/7718302.html",
        title="橡皮筋是谁发明的？",
        record_title=None,
        date=None,
        notes="title missing, found as the question line; no date",
        page="""
!m 百知问 › 生活常识
{T}
!m 2个回答 · 浏览 940
!m 最佳回答 ｜ 采纳率 86%
{BODY}
!l 有用(41)　没用(2)
!l 相关问题：橡皮筋为什么能拉长？　橡皮筋怎么保存？
!d 本回答由网友提供，百知问不保证其准确性。
""",
        body="""
一般认为，现代橡皮筋由英国人斯蒂芬·佩里在1845年取得专利。
他用硫化橡胶制成环状带子，最初用来捆扎文件和信件。
后来随着橡胶工业发展，橡皮筋变得便宜普及，用途也越来越多。
""",
    ),
    dict(
        slug="pan-feiyun-text-deskcalendar-plan",
        site="飞云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.feiyun.cc/s/1Kq8ZbT3",
        title="2026年企业定制台历设计方案",
        record_title="2026年企业定制台历设计方案.docx",
        date=None,
        notes="cloud-drive preview; file-name title; glued page markers of my own",
        page="""
!m 飞云盘 | 文件分享
!m 分享者：设计部-小范　有效期：永久　大小：1.8M
{T}
!a 保存到我的飞云盘　　下载(1.8M)
{BODY}
!a 预览仅显示前2页，下载后查看全部
!d 请勿通过飞云盘分享违法违规内容
""",
        pages=dict(fmt="┆{n}┆", every=90, start=2, glue=True),
        body="""
一、设计主题：以“山水翾阳”为主题，十二个月分别选用本县十二处风景。
二、规格：横式，成品尺寸210毫米×140毫米，内页157克哑粉纸。
三、版式：每月一页，上图下历，日历区标注农历、节气和法定节假日。
四、进度：10月底定稿，11月中旬交付印刷。
""",
    ),
    dict(
        slug="pan-lanzhan-html-coaster-warehouse",
        site="蓝栈网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rule",
        form="html",
        source="https://lanzhan.net/f/cG9x77",
        title="杯垫成品仓库防潮管理办法",
        record_title="杯垫成品仓库防潮管理办法.pdf",
        date=None,
        notes="cloud-drive preview with file info; rule, no date",
        page="""
<html><head><meta charset="utf-8"><title>杯垫成品仓库防潮管理办法.pdf - 蓝栈网盘</title></head>
<body>
<div class="top">⟦m 蓝栈网盘⟧ ⟦a 登录⟧ ⟦a 免费注册⟧</div>
<div class="file">⟦m 文件名：杯垫成品仓库防潮管理办法.pdf⟧ ⟦m 上传时间：2025-03-02⟧</div>
<h2>{T}</h2>
<div class="preview">
{BODY}
</div>
<div class="act">⟦a 普通下载⟧ ⟦a 高速下载（需会员）⟧</div>
<footer>⟦d 蓝栈网盘不对用户分享内容负责⟧</footer>
</body></html>
""",
        body="""
第一条　软木、竹制杯垫成品应离地离墙存放，托盘高度不低于15厘米。
第二条　仓库相对湿度控制在65%以下，梅雨季每日开启除湿机。
第三条　仓管员每周抽检一次，发现霉点立即隔离并报质检。
第四条　本办法由生产部负责解释。
""",
    ),
    dict(
        slug="cache-soukuai-html-shoerack-notice",
        site="搜快 网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soukuai.com/c?u=xfd.huichuan.gov.cn/2025/11/tz.html",
        title="关于冬季住宅楼道鞋架消防安全提示",
        record_title="关于冬季住宅楼道鞋架消防安全提示 - 网页快照",
        date="2025-11-20",
        notes="search cache frame; fire brigade notice with 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>关于冬季住宅楼道鞋架消防安全提示 - 网页快照</title></head>
<body>
<div class="cachehead">⟦m 这是 xfd.huichuan.gov.cn 的快照，抓取于 2025年11月24日 03:12⟧ ⟦a 查看当前页面⟧ ⟦m 快照仅供参考，页面可能已更新⟧</div>
<div class="orig">
<div>⟦m 翙川县消防救援大队⟧</div>
<h1>{T}</h1>
{BODY}
<div>⟦m 火警电话：119⟧</div>
</div>
</body></html>
""",
        body="""
广大居民朋友：
冬季天干物燥，楼道内堆放的木质鞋架、纸鞋盒极易被烟头引燃，一旦起火还会堵住逃生通道。
请不要在楼道、楼梯间放置鞋架和可燃杂物，电动自行车严禁在楼道充电。
翙川县消防救援大队
2025年11月20日
""",
    ),
    dict(
        slug="cache-qiandu-text-rubberband-school",
        site="千度快照 (invented)",
        style="搜索快照",
        genre="清单",
        kind="list",
        form="text",
        source="http://snapshot.qiandu.cn/?url=www.xy3xiao.cn/news/331.html",
        title="一年级新生开学物品清单",
        record_title="一年级新生开学物品清单 - 快照",
        date=None,
        notes="text cache; crawl stamp is no date; numbered list",
        page="""
!m 千度快照 | 原网址：www.xy3xiao.cn/news/331.html
!m 快照时间：2025-08-27 14:55
!d 千度与该网页作者无关，不对其内容负责。
{T}
{BODY}
!m 翾阳县第三小学　地址：翾阳县文昌路12号
""",
        body="""
1. 书包一个（不带拉杆）。
2. 铅笔五支、橡皮一块、直尺一把。
3. 女生请备好扎头发用的橡皮筋，不要戴金属发夹。
4. 水杯一个，贴好姓名。
""",
    ),
    dict(
        slug="print-lingxi-text-bookend-checklist",
        site="瓴溪县档案馆 打印页 (invented)",
        style="打印页",
        genre="检查表",
        kind="checklist",
        form="text",
        source="http://daj.lingxi.gov.cn/print.aspx?id=2081",
        title="档案阅览室设施自查清单",
        record_title="打印预览 - 档案阅览室设施自查清单",
        date=None,
        notes="print view with print stamp and footer of my own; checklist table",
        page="""
!m 瓴溪县档案馆 — 打印版
!m 打印时间：2025/10/14 15:27
{T}
{BODY}
!m http://daj.lingxi.gov.cn/zwgk/zcq/2081.html
!p ⸨ 第1张 · 共1张 ⸩
""",
        body="""
项目　要求　自查结果
书架　固定牢靠，无松动　□是 □否
书立　每层不少于两对，无锐边　□是 □否
阅览桌　桌面整洁，无破损　□是 □否
自查人：＿＿＿＿　日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="print-xuanhu-html-coaster-rule-print",
        site="翾湖宾馆 打印视图 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.xhbg.com.cn/gl/zd/print/71",
        title="客房杯具杯垫消毒规程",
        record_title="〔打印稿〕客房杯具杯垫消毒规程",
        date="2025-05-08",
        notes="print view calling window.print(); document date at end; print footer",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕客房杯具杯垫消毒规程</title>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="ph">⟦m 翾湖宾馆管理制度汇编⟧ ⟦a [打印] [关闭]⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ◇ 1 of 1 ◇⟧</div>
</body></html>
""",
        body="""
一、客房杯具每客一换，统一送至消毒间清洗消毒，严禁在客房卫生间清洗。
二、杯垫一律使用一次性纸杯垫，退房后全部撤换。
三、消毒间每日填写消毒记录，由楼层主管签字确认。
客房部
2025年5月8日
""",
    ),
    dict(
        slug="mail-fwd-text-deskcalendar-order",
        site="翾阳县总工会 邮件 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:bgs@xyzgh.org.cn",
        title="关于征订2026年职工安全生产台历的函",
        record_title="Fwd: 关于征订2026年职工安全生产台历的函",
        date="2025-10-09",
        notes="forwarded mail headers; document's own 附件 and contact kept; mail date differs from 成文日期",
        date_also=["2025-10-10"],
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：县总工会办公室 <bgs@xyzgh.org.cn>
!m 日期：2025年10月10日 周五 上午9:40
!m 收件人：各基层工会
!m 主题：Fwd: 关于征订2026年职工安全生产台历的函
{T}
{BODY}
!a 附件 1 个（26KB）　下载　预览
!d 此邮件由翾阳邮局发送，请勿直接回复。
""",
        body="""
各基层工会：
为增强职工安全意识，县总工会编印了2026年职工安全生产台历，每月一个安全主题。请各单位按需征订，每本12元，由工会经费列支。
请于10月25日前将征订回执报县总工会办公室，联系人：储瑶，电话：0576-8811203。
附件：征订回执
翾阳县总工会办公室
2025年10月9日
""",
    ),
    dict(
        slug="mail-reply-html-shoerack-request",
        site="瓴城第一中学 网页邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.lc1z.edu.cn/read?mid=88201",
        title="关于更换学生宿舍鞋架的请示",
        record_title="回复：Re: 关于更换学生宿舍鞋架的请示.docx",
        date="2025-02-24",
        notes="webmail reading view with attachment bar and reply chain; file-name title",
        page="""
<html><head><meta charset="utf-8"><title>回复：Re: 关于更换学生宿舍鞋架的请示.docx</title></head>
<body>
<div class="mailbar">⟦m 瓴城一中邮箱⟧ ⟦a 回复⟧ ⟦a 转发⟧ ⟦a 删除⟧</div>
<div class="hdr">⟦m 发件人：总务处 邬朗⟧<br>⟦m 时间：2025-02-25 08:13⟧</div>
<div class="reply">⟦m 邬主任：请示已阅，同意报校长办公会。——办公室⟧</div>
<div class="quote">⟦m -----原始邮件-----⟧</div>
<h3>{T}</h3>
{BODY}
<div class="att">⟦a 附件：请示.docx（18KB） 下载 | 在线预览⟧</div>
</body></html>
""",
        body="""
校长办公会：
学生宿舍现有塑料鞋架大多使用五年以上，老化开裂，学生反映强烈。
拟统一更换为不锈钢鞋架320个，预算约4.2万元，从学校公用经费中列支。
妥否，请批示。
总务处
2025年2月24日
""",
    ),
]
