"""holdout287, part F: encyclopaedias, cloud drives, search caches, print views and forwarded
mail. Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wiki-bowutong-oilladle-entry-infobox",
        site="博物通百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.bowutong-example.com/item/油提/30517",
        title="油提",
        record_title="油提（量油器具）_博物通百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, infobox, contents box, reference markers glued after sentences, references and contributors under the text; the entry name opens the body (matched as head); decades only, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>油提（量油器具）_博物通百科</title>
<script src="/static/bk.js"></script>
</head><body>
<div class="top">⟦m 博物通百科⟧ <input placeholder="搜词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<h1 class="lemma">{T}</h1>
<div class="lemma-sub">⟦m 旧时零售食用油的量器⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：油提⟧</td><td>⟦m 别　名：油端子、提子⟧</td></tr>
<tr><td>⟦m 用　途：零售量油⟧</td><td>⟦m 材　质：竹、铁皮、铜⟧</td></tr>
</table>
<div class="catalog">⟦l 目录　1 概述　2 形制　3 使用　4 现状⟧</div>
<div class="para-wrap">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 觐阳市商业志编纂委员会.《觐阳商业志》⟧</p><p>⟦l [2] 《民间度量衡器物图录》⟧</p></div>
<div class="contrib">⟦m 词条贡献者：量器控 等11人　浏览次数：6,402⟧</div>
<div class="ft">⟦d 词条内容由用户共同编辑，仅供参考⟧ ⟦m ©2025 博物通百科⟧</div>
</body></html>
""",
        p_html='<div class="para">{}</div>',
        body="""
油提，又称油端子、提子，是旧时零售食用油时用来量油的器具，由筒状的量筒和长柄组成。⟦m [1]⟧
油提多用竹、铁皮或铜制作。竹油提取一段带节的竹筒作量筒，铁皮和铜油提则焊接而成。常见规格有一斤、半斤、二两、一两等，卖油时将油提伸入油缸，提满后倒入顾客的容器。⟦m [2]⟧
在计量器具普及以前，油提是粮油店、油坊必备的用具。由于油提容量固定，使用中若出现变形、凹陷，就会造成量不准，因此过去的店铺常定期用秤校验油提。
20世纪90年代以后，随着桶装油和电子秤的普及，油提逐渐少见，如今多作为民俗藏品出现在博物馆中。
""",
    ),
    dict(
        slug="wiki-qiwu-lampstand-entry-text",
        site="器物百科 (invented encyclopaedia, text page)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.qiwu-baike-example.cn/entry/dengtai",
        title="灯台",
        record_title="灯台 - 器物百科",
        date=None,
        notes="entry as text: edit/discuss/history links, a '2 个月前' edit stamp (no date), a contents line, references and related entries; the entry name opens the body",
        page="""
!m 器物百科 · 中国传统器物知识库
!t 灯台 - 器物百科
!a 编辑　|　讨论　|　历史版本　|　收藏词条
!m 本词条浏览 9,204 次，最近编辑于 2 个月前
!l 目录：1 概述　2 历史　3 结构　4 现状
{BODY}
!l 参考资料：①《中国古代照明器具》②《觐阳民俗志·器用卷》
!l 相关词条：油灯｜烛台｜灯盏
!d 词条内容仅供参考，如需专业意见请咨询相关人士
!m 器物百科 ©2025
""",
        body="""
灯台，古代承托油灯的器具，也指放置灯具的台座，是中国传统照明用具的重要组成部分。
早期灯台多为陶制，战国至汉代出现了青铜灯台，造型有人物、鸟兽、树枝等多种样式。魏晋以后，瓷灯台逐渐流行；明清时期，民间普遍使用锡、铜灯台，常与油灯碟配套使用。
灯台一般由灯盘、灯柱和底座三部分组成。灯盘盛油置芯，灯柱撑起高度，底座保持稳定。有的灯台还在灯柱上设计了承接灯油的托盘，防止油滴落在桌上。
电灯普及后，灯台退出了日常生活，但在寺庙、祠堂和民俗活动中仍可见到，也成为收藏和工艺美术的题材。
""",
    ),
    dict(
        slug="netdisk-xiazi-pastryboard-contract-template",
        site="匣子云盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://pan.xiazi-yun-example.com/s/7Kq2mPz9",
        title="擀面板采购合同（范本）",
        title_also=["擀面板采购合同"],
        record_title="擀面板采购合同（范本）.docx",
        date=None,
        notes="cloud-drive preview: file-name record title and the heading in the preview; VIP prompts, save/download buttons, validity line; a contract template with ×× placeholders, ＿＿ blanks, 第N条 and ＿＿年＿＿月＿＿日 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>擀面板采购合同（范本）.docx_免费高速下载|匣子云盘</title>
<script src="/static/preview.js"></script>
</head><body>
<div class="nav">⟦m 匣子云盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="file-head"><h2>⟦t 擀面板采购合同（范本）.docx⟧</h2>
<p>⟦m 文件大小：21.6KB　分享者：厨具批发老宋　分享有效期：永久⟧</p>
<p>⟦a 保存到我的匣子⟧ ⟦a 下载（超级会员极速通道）⟧ ⟦a 举报⟧</p></div>
<div class="preview">
<h3>⟦t 擀面板采购合同（范本）⟧</h3>
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，在线预览全部页面并免广告下载⟧</div>
<div class="ft">⟦d 匣子云盘只提供存储服务，分享文件的内容由分享者负责⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
甲方（采购方）：××××＿＿＿＿
乙方（供货方）：××××＿＿＿＿
第一条　乙方向甲方供应实木擀面板＿＿块，规格＿＿×＿＿厘米，单价＿＿元，合同总价＿＿元。
第二条　擀面板应采用整块实木制作，含水率不高于12%，表面光滑无毛刺，不得使用含有害物质的涂料。
第三条　乙方应于合同签订后＿＿日内送货至甲方指定地点，甲方验收合格后＿＿日内付清货款。
第四条　擀面板自交货之日起＿＿个月内出现开裂、变形的，乙方负责免费更换。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="netdisk-feige-hairnet-survey-page-markers",
        site="飞鸽网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.feige-pan-example.com/share/f/a83kd02m",
        title="食品生产企业从业人员发网使用情况调研报告",
        record_title="食品生产企业从业人员发网使用情况调研报告.pdf",
        date="2025-05-30",
        notes="cloud-drive text preview: file-name record title; page markers '⌼ 第n页 ⌼' on lines of their own cutting sentences; decimal headings 1.1–3.2; a share stamp '2 天前' (no date); 成文日期 under the signature",
        page="""
!t 食品生产企业从业人员发网使用情况调研报告.pdf
!m 飞鸽网盘 · 文件预览
!m 大小：412.6KB　分享人：食安办小刘　分享于 2 天前
!a 〔转存到我的飞鸽〕〔高速下载〕〔生成分享二维码〕
{BODY}
!a 非会员仅可预览前3页，升级飞鸽会员查看全部
!d 分享内容由用户上传，飞鸽网盘不对内容负责，如有侵权请举报
""",
        pages=dict(fmt="⌼ 第{n}页 ⌼", every=110, start=2),
        body="""
为了解全县食品生产企业从业人员发网使用情况，县食品安全委员会办公室于5月组织对36家食品生产企业开展了专题调研，现将情况报告如下。
1 基本情况
1.1 36家企业共有一线从业人员2140人，全部配发了发网，其中使用一次性无纺布发网的28家，使用可重复清洗尼龙发网的8家。
1.2 现场抽查的412名员工中，发网佩戴规范的371人，规范率90.0%。
2 主要问题
2.1 部分员工戴发网时鬓角、后颈头发外露，夏季车间温度高时问题更加突出。
2.2 8家使用尼龙发网的企业中，有3家未建立发网清洗更换记录。
3 建议
3.1 推广全包式发网，将佩戴检查纳入班前晨检。
3.2 可重复使用的发网应每日清洗，每月至少更换一次。
垆溪县食品安全委员会办公室
2025年5月30日
""",
    ),
    dict(
        slug="snapshot-tanli-lampstand-heritage-notice-highlight",
        site="探骊搜索网页快照 of 觐阳市文物局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.tanli-search-example.com/snap?u=wwj.jingyang-example.gov.cn%2Ftzgg%2F2025%2F0210%2F41.html",
        title="关于加强文物建筑内灯台明火管理的通知",
        record_title="关于加强文物建筑内灯台明火管理的通知 - 探骊搜索网页快照",
        date="2025-02-10",
        notes="search-cache frame: capture banner with its stamp (no date), highlighted keywords in the title, the original site's header and footer inside; 抄送 and 印发 lines ending the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于加强文物建筑内灯台明火管理的通知 - 探骊搜索网页快照</title>
<style>.hl{background:#ffef5c;color:#c00}</style>
</head><body>
<div class="snap-bar" style="border:1px solid #999;padding:6px">
<p>⟦d 探骊搜索保存的网页副本，抓取于 2025-03-02 06:41，与当前页面可能不一致⟧</p>
<p>⟦a 访问当前网页⟧　⟦a 仅看文字版⟧</p>
<p>⟦d 已为您标亮：灯台 明火⟧</p>
</div>
<div class="orig">
<div class="orig-head">⟦m 觐阳市文物局⟧ ⟦m 首页 | 文物保护 | 通知公告 | 政务公开⟧</div>
<h1>⟦t 关于加强文物建筑内<b class="hl">灯台</b><b class="hl">明火</b>管理的通知⟧</h1>
<div class="orig-meta">⟦m 来源：文物保护科　点击数：382⟧</div>
{BODY}
<div class="orig-foot">⟦m 觐阳市文物局主办　地址：觐阳市长庚路201号⟧</div>
</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各县（区）文物主管部门，各文物保护单位：
春节、元宵期间，各地祠堂、寺庙等文物建筑内点灯祈福活动增多，部分场所在古灯台上点燃油灯、蜡烛，存在较大火灾隐患。为切实加强文物建筑消防安全，现就有关事项通知如下。
一、文物建筑内的古灯台原则上不得点燃明火，确需开展民俗活动的，应改用电子灯烛。
二、确需保留传统点灯仪式的，须事先制定消防方案，在灯台周边配备灭火器和专人看守，活动结束后立即熄灭。
三、各文物保护单位要立即开展一次隐患自查，于2月20日前将自查情况报市文物局。
觐阳市文物局
2025年2月10日
抄送：市消防救援支队，市应急管理局。
觐阳市文物局办公室　　2025年2月10日印发
""",
    ),
    dict(
        slug="snapshot-tanli-jewelbox-museum-request-text-cache",
        site="探骊搜索纯文本缓存 of 觐阳市博物馆 (invented)",
        style="搜索快照",
        genre="请示",
        kind="other",
        form="text",
        source="http://cache.tanli-search-example.com/text?u=www.jybwg-example.cn%2Fgk%2Fqs%2F2025%2F0320_77.html",
        title="关于为馆藏清代首饰盒定制囊匣的请示",
        record_title="关于为馆藏清代首饰盒定制囊匣的请示（纯文本缓存）",
        date="2025-03-19",
        date_also=["2025-03-20"],
        notes="text-only cache: a cache banner with its stamp (no date), the original URL and breadcrumb; a 请示 with its own 联系人/电话 after the signature; the page's 发布时间 differs (also accepted)",
        page="""
!d 以下是探骊搜索保存的纯文本缓存，保存于 2025-04-11 03:27
!d 原页面可能已修改或删除；若要查看当前页面，请访问原链接
!m 原链接：http://www.jybwg-example.cn/gk/qs/2025/0320_77.html
!m 觐阳市博物馆 › 信息公开 › 请示报告
{T}
!m 发布时间：2025-03-20
{BODY}
!m 觐阳市博物馆　地址：觐阳市长庚路201号
!d 本缓存仅供检索参考，探骊搜索与原网站无关
""",
        indent="\u3000\u3000",
        body="""
市文物局：
我馆藏有清代首饰盒27件，其中紫檀嵌螺钿首饰盒、剔红首饰盒等4件为二级文物。这批首饰盒目前存放在普通纸箱内，漆面开裂、螺钿脱落等病害逐年加重，亟需定制专用囊匣加以保护。
经咨询专业机构，为27件首饰盒定制无酸纸板囊匣及防震内衬，共需经费4.6万元。因我馆年度预算中未列此项，特申请市文物局给予专项经费支持。
妥否，请批示。
觐阳市博物馆
2025年3月19日
（联系人：温静，电话：0795-8236602）
""",
    ),
    dict(
        slug="print-jingyang-scjg-oilladle-letter-window-print",
        site="觐阳市市场监督管理局 print view (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://scjg.jingyang-example.gov.cn/print.jsp?id=20250506031",
        title="关于商请协助校准散装油油提的函",
        record_title="关于商请协助校准散装油油提的函（打印件）- 觐阳市市场监督管理局",
        date="2025-05-06",
        notes="print view calling window.print(): print/close buttons, document number neutral, a print footer '⏑ 第 1 页 · 合计 1 页 ⏑', a print stamp (no date) and the page address; the letter's own 联系人/电话",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于商请协助校准散装油油提的函（打印件）- 觐阳市市场监督管理局</title>
<style>@media print{.noprint{display:none}} body{font-family:FangSong}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint">⟦a 【现在打印】【关闭本窗口】⟧</div>
<div class="ph">⟦m 觐阳市市场监督管理局 · 公文打印⟧</div>
<h2 align="center">{T}</h2>
<p align="center">觐市监函〔2025〕31号</p>
<div class="ct">
{BODY}
</div>
<div class="pf">⟦p ⏑ 第 1 页 · 合计 1 页 ⏑⟧</div>
<div class="pu">⟦m 打印时间：2025-05-08 10:14　本页地址：http://scjg.jingyang-example.gov.cn/xxgk/2025/0506/31.html⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
市计量测试所：
为配合全市散装食用油计量专项检查，我局拟于5月下旬集中收集各县（区）粮油经营户使用的油提约600把，委托你所进行容量校准。请你所予以协助，并于6月15日前出具校准结果。
一、校准项目：油提标称容量与实际容量的偏差。
二、送检安排：各县（区）市场监管局分批送检，每批不超过100把，送检时附登记清单。
三、费用：校准费用由我局按有关规定统一结算。
特此函商，请予支持。
联系人：冯立，电话：0795-8130427。
觐阳市市场监督管理局
2025年5月6日
""",
    ),
    dict(
        slug="print-qiyang-edu-pastryboard-bulletin-footer",
        site="圻阳县教育信息网 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.qiyang-jy-example.cn/print/318.html",
        title="关于全县学校食堂擀面板卫生检查情况的通报",
        record_title="页面打印 · 关于全县学校食堂擀面板卫生检查情况的通报",
        date="2025-04-25",
        date_also=["2025-04-27"],
        notes="print view as text: print/back links, document number neutral, a posting line whose date differs (also accepted), 印发 line ending the body, the page address and a print footer '⎕ 第1页 ⎕ 共1页 ⎕'",
        page="""
!m 圻阳县教育信息网 —— 打印视图
!a [打印] [返回原文]
{T}
圻教通〔2025〕9号
!m 发布时间：2025-04-27　来源：后勤保障股
{BODY}
!m 原文地址：http://www.qiyang-jy-example.cn/tzgg/2025/0427/318.html
!p ⎕ 第1页 ⎕ 共1页 ⎕
""",
        indent="\u3000\u3000",
        body="""
各中小学、幼儿园：
4月中旬，县教育局会同县市场监管局对全县28所学校食堂的面点间进行了专项检查，重点检查擀面板、案板的清洗消毒和存放情况。现将检查情况通报如下。
一、总体情况。多数学校能做到擀面板专板专用、用后清洗、竖立晾干，其中县实验小学、莓岭镇中心小学建立了擀面板消毒记录，做法值得推广。
二、存在问题。5所学校的擀面板存在开裂、霉斑，仍在使用；3所学校生熟擀面板混用；2所学校擀面板平放叠压，底面潮湿。
三、整改要求。存在问题的学校要在5月10日前完成整改，霉变、开裂的擀面板一律更换，整改情况报县教育局后勤保障股。
圻阳县教育局
2025年4月25日
圻阳县教育局办公室　　2025年4月25日印发
""",
    ),
    dict(
        slug="mail-jyfz-jewelbox-inquiry-webmail-attachment-bar",
        site="觐阳政务邮 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jingyang-example.com/read?mid=ZL0116-22871",
        title="关于定制退休纪念首饰盒的询价函",
        record_title="转发：关于定制退休纪念首饰盒的询价函.docx",
        date="2025-05-14",
        date_also=["2025-05-16"],
        notes="webmail reading view: toolbar, a forwarded header block (its send date differs, also accepted), an attachment bar beside the letter's own 附件 list and 联系人/电话/邮箱; file-name record title with 转发：",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>觐阳政务邮 - 读信</title>
<script src="/mail/js/reader.js"></script>
</head><body>
<div class="mail-top">⟦m 觐阳政务邮⟧ ⟦m 收件箱(12)　草稿箱　已发送　通讯录⟧</div>
<div class="toolbar">⟦a 返回　回复　回复全部　转发　删除　标记为　更多⟧</div>
<div class="mail-head">
<h3>⟦t 转发：关于定制退休纪念首饰盒的询价函⟧</h3>
<p>⟦m 发件人：综合办 吕杨 &lt;zhb_lvyang@jingyang-example.com&gt;⟧</p>
<p>⟦m 时　间：2025年5月16日（星期五）上午9:12⟧</p>
<p>⟦m 收件人：锦奁饰品销售部 &lt;sales@jinlian-shipin-example.com&gt;⟧</p>
</div>
<div class="att-bar">⟦a 📎 附件 2 个：纪念首饰盒样式参考图.jpg（1.2M）　报价单格式.docx（18K）　全部打包下载⟧</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：葛春燕 &lt;gonghui_jyfz@jyfz-example.com&gt;⟧</p>
<p>⟦m 主题：关于定制退休纪念首饰盒的询价函.docx⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 本邮件经觐阳政务邮安全扫描，未发现病毒⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
锦奁饰品（葩溪）有限公司：
我会拟为今年退休的62名职工定制纪念首饰盒，现向贵公司询价，具体要求如下。
一、规格：长18厘米、宽12厘米、高8厘米，木质外壳，内衬丝绒，盒盖镌刻“光荣退休”字样及职工姓名。
二、数量：62只，另备用3只。
三、交货时间：2025年6月20日前。
请贵公司于5月23日前将报价单及样品图片发送至我会邮箱，报价单须加盖公章。
联系人：葛春燕，电话：0795-8711249，邮箱：gonghui_jyfz@jyfz-example.com
附件：1.纪念首饰盒样式参考图
2.报价单格式
觐阳纺织集团工会委员会
2025年5月14日
""",
    ),
    dict(
        slug="mail-shuqiao-lampstand-request-forwarded-text",
        site="forwarded mail as text (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mailto:wwg@shushui-wl-example.gov.cn?fwd=20250214",
        title="关于申请修复祠堂古灯台经费的请示",
        record_title="FW：转呈：关于申请修复祠堂古灯台经费的请示",
        date="2025-02-12",
        date_also=["2025-02-14"],
        notes="forwarded mail as text: header lines (the send date differs, also accepted), the mail's own 抄送 header beside the request's 抄送 line, a forwarder's note, the mail's attachment line beside the request's 附件 line, a mail-system footer",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："镇文化站 柯雯"<wenhuazhan_sq@shuqiao-example.gov.cn>
!m 发送时间：2025-02-14 16:48
!m 收件人："县文旅局文物股"<wwg@shushui-wl-example.gov.cn>
!m 抄送："镇党政办"<dzb@shuqiao-example.gov.cn>
!t 主题：FW：转呈：关于申请修复祠堂古灯台经费的请示
!m 柯雯：请示原件已附，麻烦文物股先帮看看能否列入今年补助。
{BODY}
!m 附件：古灯台受损照片.zip（8.6M）
!d 此邮件由姝水政务邮箱系统发出，请勿直接回复
""",
        body="""
县文化和旅游局：
庵前村刘氏宗祠为县级文物保护单位，祠内现存清代锡制古灯台四座。去年汛期祠堂进水，四座灯台底座锈蚀、灯柱弯折，其中一座灯盘断裂，亟需修复。
经请县文物修复站现场查看，修复四座灯台约需经费2.8万元，其中材料费0.9万元、人工费1.9万元。村集体已自筹0.8万元，尚缺2万元。
为使古灯台得到及时保护，特申请县文化和旅游局给予2万元修复经费补助。
妥否，请批示。
附件：古灯台受损情况照片及修复预算
姝桥镇人民政府
2025年2月12日
抄送：县文物修复站
""",
    ),
]
