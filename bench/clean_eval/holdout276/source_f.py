"""holdout276, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Invented text, sites, places and people; written by hand, one case at a time.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-go-bowl-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.cn/item/围棋罐/55120",
        title="围棋罐",
        record_title="围棋罐 - 知源百科 - 万物有源",
        date=None,
        notes="encyclopaedia page: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "sentences; section headings as short body lines; the entry name also opens the body (matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>围棋罐 - 知源百科 - 万物有源</title>
<script src="https://baike.zhiyuan-wiki.cn/static/entry.js"></script>
</head>
<body>
<div class="zy-top">⟦m 知源百科⟧ <input placeholder="搜索词条"> <button>⟦a 进入词条⟧</button> <a>⟦a 登录⟧</a></div>
<div class="zy-tabs">⟦a 阅读⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1 class="zy-title">{T}</h1>
<p class="zy-sub">⟦m 盛放围棋棋子的器具⟧</p>
<table class="infobox">
<tr><th>⟦m 中文名⟧</th><td>⟦m 围棋罐⟧</td></tr>
<tr><th>⟦m 别　名⟧</th><td>⟦m 棋盒、棋笥⟧</td></tr>
<tr><th>⟦m 常见材质⟧</th><td>⟦m 木、竹、藤、陶瓷、塑料⟧</td></tr>
</table>
<div class="toc"><p>⟦l 目录⟧</p><p>⟦l 1 形制⟧</p><p>⟦l 2 材质⟧</p><p>⟦l 3 保养⟧</p></div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《中国棋具图录》，围棋文化出版社⟧</p><p>⟦l 2. 知源百科·棋具专题⟧</p></div>
<div class="zy-stat">⟦m 词条浏览 36,102 次 · 最近更新于 2 个月前 · 编辑者 9 人⟧</div>
<div class="zy-foot">⟦d 知源百科词条由网友协作编辑，内容仅供参考⟧　⟦m 知源百科 ©2025⟧</div>
</body>
</html>
""",
        body="""
围棋罐是盛放围棋棋子的器具，通常一副棋配两只，分装黑白两色棋子。⟦l [1]⟧
形制
围棋罐多为扁圆形，带盖，外径一般在11至14厘米之间。对局时，罐盖可翻过来盛放提取的对方棋子。
材质
常见材质有木、竹、藤、陶瓷和塑料。木罐以枣木、花梨木、榉木较多，藤编罐透气防潮，塑料罐轻便价廉，多用于教学。⟦l [2]⟧
保养
木制围棋罐应避免暴晒和受潮，不宜放在暖气片或空调出风口附近，以免开裂变形。
""",
    ),
    dict(
        slug="wiki-souzhi-entry-candy-wrapper-title-line",
        site="搜知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.souzhi-baike.com/entry/tangzhi",
        title="糖纸",
        record_title=None,
        date=None,
        notes="encyclopaedia text page: no record title, the entry name on a line of its own (also the first word of the "
        "body, matched as head); section headings as short body lines; a contents line and edit stamps (relative, no date)",
        page="""
!m 搜知百科 — 知道多一点
!a 编辑词条　｜　添加义项　｜　收藏
{T}
!m 包裹糖果用的包装纸
!l 目录：1 种类　2 包装方式　3 收藏
{BODY}
!m 本词条由 搜知用户_tz1998 等 6 人参与编辑，最近一次修改在 3 天前
!l 相关词条：糖果　玻璃纸　蜡纸　集邮册
!d 搜知百科内容由用户共同编辑，如发现错误欢迎纠正
""",
        body="""
糖纸，是包裹糖果用的包装纸，兼有防潮、防粘和装饰作用。
种类
按材质可分为蜡纸、玻璃纸、铝箔纸和复合膜等。早期硬糖多用蜡纸，二十世纪六十年代以后，透明的玻璃糖纸逐渐流行。
包装方式
常见的有扭结式、折叠式和枕式三种。扭结式是把糖纸两端拧紧，老式水果糖多用这种方式。
收藏
糖纸图案丰富，记录了不同年代的审美和生活，是民间收藏的一个门类。收藏者通常按年代、厂家或图案题材整理，用集邮册保存。
""",
    ),
    dict(
        slug="clouddrive-yunxia-lesson-plan-biscuit-tin-marker-paras",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="教学设计",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/1aZq7TkWp3",
        title="小学美术课《旧饼干盒变身记》教学设计",
        record_title="小学美术课《旧饼干盒变身记》教学设计.docx",
        date=None,
        notes="cloud-drive preview: file-name record title; ⚃ n ⚃ marker paragraphs cut sentences; VIP and save-to-drive "
        "prompts, a share stamp (no date); a lesson plan with numbered aims and steps",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>小学美术课《旧饼干盒变身记》教学设计.docx_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.cn/static/preview.bundle.js"></script>
</head>
<body>
<div class="yx-top">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a class="vip">⟦a 开通超级匣子会员⟧</a></div>
<div class="yx-file">
<div class="yx-name">⟦t 小学美术课《旧饼干盒变身记》教学设计.docx⟧</div>
<div class="yx-meta">⟦m 分享者：美术组小冯　·　分享于 5 天前　·　文件大小 1.2M⟧</div>
<div class="yx-btns"><button>⟦a 保存到我的匣子⟧</button> <button>⟦a 下载（非会员限速）⟧</button></div>
</div>
<div class="yx-preview">
<p class="yx-tip">⟦a 在线预览仅显示前3页，完整内容请下载查看⟧</p>
<p class="doc-title">{T}</p>
{BODY}
</div>
<div class="yx-foot">⟦d 请勿分享违法违规内容，云匣网盘将配合有关部门依法处理⟧</div>
</body>
</html>
""",
        p_html='<p class="doc-p">{}</p>',
        pages=dict(fmt="⚃ {n} ⚃", every=100, start=2),
        body="""
一、教学目标
1.认识铁皮饼干盒的材质特点，了解旧物再利用的意义。
2.学会用包边、贴布、彩绘等方法改造饼干盒。
3.培养学生节约资源、热爱生活的意识。
二、教学准备
教师准备改造好的饼干盒作品3件；学生每人带一只洗净的旧饼干盒，以及彩纸、碎布、胶水等材料。
三、教学过程
（一）导入。出示一只旧饼干盒和一件改造后的收纳盒，请学生说说有什么不同。
（二）示范。教师演示用布胶带给盒口包边的方法，强调铁皮边缘锋利，包边时要小心。
（三）创作。学生分组设计并动手改造，教师巡回指导。
（四）展评。各组展示作品，说说自己的设计想法。
四、教学反思
学生兴趣浓厚，但部分学生包边不够平整，下次可提前准备包边样板。
""",
    ),
    dict(
        slug="clouddrive-feisuo-plan-tin-toy-inventory-markers-lines",
        site="飞梭网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.feisuopan.com/share/init?surl=Qm3v8xT",
        title="铁皮玩具陈列馆藏品清点工作方案",
        record_title="铁皮玩具陈列馆藏品清点工作方案.pdf",
        date="2025-04-02",
        notes="cloud-drive text preview: file-name record title; ☊ 第n页 ☊ markers on lines of their own cut sentences; "
        "decimal headings 2.1–3.3; 成文日期 under the signature; the share stamp is no date",
        pages=dict(fmt="☊ 第{n}页 ☊", every=80, start=2),
        page="""
!m 飞梭网盘 | 文件分享
!t 铁皮玩具陈列馆藏品清点工作方案.pdf
!m 分享人：陈列馆小邹　｜　有效期：永久　｜　分享于 2025-04-03
!a 保存到网盘　　普通下载　　极速下载（需飞梭VIP）
{BODY}
!a 文档预览结束，更多内容请保存后查看
!d 飞梭网盘提醒：请勿下载来历不明的可执行文件
""",
        body="""
1　清点目的
摸清陈列馆现有铁皮玩具藏品的数量、品相和存放情况，建立完整的藏品档案。
2　清点范围
2.1　展厅陈列的铁皮青蛙、铁皮汽车等各类藏品。
2.2　库房内尚未展出的藏品和捐赠待登记物品。
3　清点方法
3.1　逐件核对藏品编号、名称和登记照片，发现编号脱落的重新挂签。
3.2　对发条能否上紧、漆面是否脱落、有无锈蚀逐项记录，品相分为好、较好、一般、差四级。
3.3　清点时须戴棉手套，发条类藏品只做目测，不得试拧。
4　时间安排
4月7日至4月18日完成清点，4月25日前形成清点报告。
烁口镇工业遗产陈列馆
2025年4月2日
""",
    ),
    dict(
        slug="snapshot-yousou-notice-candy-wrapper-exhibition",
        site="悠搜网页快照 (invented search cache) of 熙湖区文化馆",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cache.yousou.cn/c?u=http%3A%2F%2Fwww.xihuwhg.cn%2Fgg%2F20240513.html",
        title="关于举办“甜蜜记忆”老糖纸收藏展的公告",
        record_title="关于举办“甜蜜记忆”老糖纸收藏展的公告 - 熙湖区文化馆（悠搜快照）",
        date="2024-05-10",
        date_also=["2024-05-13"],
        notes="search-cache frame: a capture banner with the capture time (no date), highlighted query terms, the cached "
        "page's nav and 发布时间; a 扫码预约 sentence (content); 成文日期 differs from the cached page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于举办“甜蜜记忆”老糖纸收藏展的公告 - 熙湖区文化馆（悠搜快照）</title>
</head>
<body>
<div class="ys-banner">
<p>⟦d 这是悠搜对 http://www.xihuwhg.cn/gg/20240513.html 的快照，保存于 2024年6月2日 07:41⟧</p>
<p>⟦d 原网页可能已经更新，悠搜与网页作者无关，不对其内容负责⟧</p>
<p>⟦a 以下查询词已高亮：<em>老糖纸</em> <em>收藏展</em>⟧</p>
<p>⟦a 查看原网页⟧ ⟦a 纯文字版⟧</p>
</div>
<div class="cached">
<div class="whg-top">⟦m 熙湖区文化馆⟧ ⟦m 首页 | 场馆介绍 | 活动预告 | 非遗保护 | 数字文化馆⟧</div>
<div class="whg-pos">⟦m 当前位置：首页 > 活动预告⟧</div>
<h2>{T}</h2>
<p class="whg-info">⟦m 发布时间：2024-05-13　来源：馆办公室⟧</p>
{BODY}
<p class="whg-share">⟦l 分享：微信 ｜ 微博⟧</p>
<div class="whg-foot">⟦m 熙湖区文化馆　开放时间咨询：0871-66351021⟧</div>
</div>
</body>
</html>
""",
        body="""
广大市民朋友：
为展示民间收藏成果，丰富群众文化生活，熙湖区文化馆将于5月18日至6月16日举办“甜蜜记忆”老糖纸收藏展。现将有关事项公告如下：
一、展览内容。展出本区6位收藏爱好者珍藏的上世纪五十年代以来的糖纸3000余张，分为“老字号”“动物趣味”“节日喜庆”等8个单元。
二、开放时间。每周二至周日9:00-17:00，周一闭馆。
三、参观方式。免费参观，实行预约入馆。请关注“熙湖区文化馆”公众号，扫码预约参观时段，每个时段限200人。
熙湖区文化馆
2024年5月10日
""",
    ),
    dict(
        slug="snapshot-shisou-request-rattan-go-bowl-heritage",
        site="拾搜纯文本快照 (invented text-only search cache) of 杲阳县人民政府",
        style="搜索快照",
        genre="请示",
        kind="other",
        form="text",
        source="https://kz.shisou.com/text?url=http://www.gaoyang.gov.cn/zwgk/qs/20240605_1182.html",
        title="关于申报“藤编围棋罐制作技艺”为县级非物质文化遗产代表性项目的请示",
        record_title="关于申报“藤编围棋罐制作技艺”为县级非物质文化遗产代表性项目的请示 - 杲阳县人民政府 - 拾搜快照",
        date="2024-06-03",
        notes="text-only search cache: a capture line (no date), the query line, the cached portal's crumbs; a request with "
        "an 附件 line; 成文日期 under the signature",
        page="""
!d 拾搜纯文本快照｜抓取于 2024-07-19 03:12｜仅保留页面文字
!a 检索词：藤编 围棋罐 非遗　　返回原始网页
!m 杲阳县人民政府 > 政务公开 > 请示报告
{T}
!m 发布机构：县文化和旅游局　　发布日期：2024-06-05
{BODY}
!m 杲阳县人民政府办公室主办
!d 快照内容可能与当前网页不一致，请以原网站为准
""",
        date_also=["2024-06-05"],
        body="""
县人民政府：
“藤编围棋罐制作技艺”流传于我县涵塘镇一带，已有一百多年历史。其制品以本地山藤为原料，经选藤、蒸煮、编织、上漆等十余道工序制成，透气防潮，深受棋友喜爱。目前，全镇仍掌握这门技艺的老艺人仅剩5人，年龄均在65岁以上，传承形势紧迫。
为加强保护，我局经组织专家论证，拟将“藤编围棋罐制作技艺”申报为县级非物质文化遗产代表性项目，并推荐涵塘镇艺人鲍德顺为代表性传承人。
妥否，请批示。
附件：“藤编围棋罐制作技艺”申报书
杲阳县文化和旅游局
2024年6月3日
""",
    ),
    dict(
        slug="print-shuokou-plan-tin-toy-study-tour-footer",
        site="烁口镇人民政府 print view (invented)",
        style="打印页",
        genre="应急预案",
        kind="plan",
        form="html",
        source="http://www.shuokou.gov.cn/print.jsp?id=20250428_77",
        title="铁皮玩具非遗工坊研学活动安全预案",
        record_title="〔A4打印样〕铁皮玩具非遗工坊研学活动安全预案",
        date="2025-04-28",
        notes="a print view calling window.print(): print/close buttons, a print stamp (no date), a print footer "
        "⟀ 第 1 页 / 共 1 页 ⟀ closing the page; the workshop's own safety officer's phone in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔A4打印样〕铁皮玩具非遗工坊研学活动安全预案</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a 【直接打印】⟧ ⟦a 【页面设置】⟧ ⟦a 【关掉预览】⟧</div>
<div class="pr-head">⟦m 烁口镇人民政府网站　打印版⟧</div>
<div class="pr-stamp">⟦m 打印时间：2025-05-06 15:27:09⟧</div>
<h3 align="center">{T}</h3>
{BODY}
<div class="pr-url">⟦m 原文地址：http://www.shuokou.gov.cn/zwgk/yjya/20250428_77.html⟧</div>
<div class="pr-foot">⟦p ⟀ 第 1 页 / 共 1 页 ⟀⟧</div>
</body>
</html>
""",
        body="""
为确保中小学生到烁口镇铁皮玩具非遗工坊开展研学活动安全有序，制定本预案。
一、适用范围。本预案适用于研学团队在工坊参观、体验铁皮青蛙制作期间发生的意外伤害和突发事件。
二、预防措施。每批研学学生不超过40人，体验区每张工作台配1名工坊师傅；学生接触冲压件前须戴防割手套，冲床区域设隔离带，学生不得进入。
三、应急处置。发生划伤时，由工坊安全员用医药箱现场处理，伤口较深的立即送镇卫生院；发生其他突发情况，带队老师和工坊负责人要第一时间疏散学生并报告。
四、联系方式。工坊安全员：申小军，电话：13578204416。
烁口镇综合文化站
2025年4月28日
""",
    ),
    dict(
        slug="print-gaoyang-minutes-referee-committee-go-bowls",
        site="杲阳县棋类协会 print view (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.gyqilei.org/print/hyjy/2025-02-25.html",
        title="杲阳县棋类协会裁判委员会2025年第一次工作会议纪要",
        date="2025-02-22",
        notes="print view as text: the record's title as is; print and close links, a print stamp (no date); the minutes' "
        "时间/地点/主持/出席/记录 lines and a vote count; the 时间 line gives the date; a print footer ⛾ 1 / 1 ⛾ closes the page",
        page="""
!a 打印本文　｜　关闭窗口
!m 杲阳县棋类协会 · 打印版本
!m 打印于 2025-03-01 10:22
{T}
{BODY}
!m 本文网址：http://www.gyqilei.org/hyjy/2025-02-25.html
!p ⛾ 1 / 1 ⛾
""",
        body="""
时间：2025年2月22日上午9:00
地点：协会会议室
主持：裁判委员会主任　尚德明
出席：裁判委员会委员7人
记录：闻可欣
会议研究了2025年围棋赛事裁判工作，纪要如下：
一、会议通过了《2025年度围棋赛事裁判员选派办法》，表决结果：同意7票，反对0票。
二、会议明确，比赛开始前裁判员须检查每张棋桌的棋子和围棋罐，黑白棋子分罐存放、数量充足，罐盖完好。
三、会议决定3月中旬举办一期裁判员培训班，由秘书处负责组织。
""",
    ),
    dict(
        slug="webmail-changyou-letter-custom-biscuit-tins-attachment-bar",
        site="畅邮 webmail (invented), reading view",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.changyou.cn/js6/read.jsp?mid=1tbiAQ0FEGaQ77",
        title="关于定制印铁饼干盒交货事宜的函",
        record_title="Fwd: 关于定制印铁饼干盒交货事宜的函",
        date="2024-08-05",
        date_also=["2024-08-06"],
        notes="webmail reading view: a forwarded header (发件人/收件人/抄送/时间), an attachment bar next to the letter's own "
        "附件 list, the letter's own 联系人/电话/邮箱 and 抄送 line; 成文日期 differs from the mail's send date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>畅邮 - 读信</title>
<script src="https://mail.changyou.cn/js6/readmail.js"></script>
</head>
<body>
<div class="cy-bar">⟦m 畅邮⟧ <span>⟦m purchase@fumai-bakery.com⟧</span> <a>⟦a 收信⟧</a> <a>⟦a 写信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="cy-tools">⟦a 回复　回复全部　转发　删除　举报垃圾邮件⟧</div>
<div class="cy-head">
<h2>⟦t Fwd: 关于定制印铁饼干盒交货事宜的函⟧</h2>
<p>⟦m 发件人：采购部 程晓岚 &lt;chengxl@fumai-bakery.com&gt;⟧</p>
<p>⟦m 收件人：生产计划部 &lt;plan@fumai-bakery.com&gt;⟧</p>
<p>⟦m 抄　送：仓储部 &lt;wh@fumai-bakery.com&gt;⟧</p>
<p>⟦m 时　间：2024年8月6日（星期二）上午10:18⟧</p>
</div>
<div class="cy-att">⟦a 附件 2 个（共 3.1MB）：首批产品出厂检验报告.pdf　第二批打样确认单.jpg　全部下载⟧</div>
<div class="cy-body">
<p>⟦m 各位：印铁厂的回函转给大家，请生产计划部按新交期调整排产。——晓岚⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：蒋文涛 &lt;jiangwt@xihu-yintie.com&gt;　日期：2024年8月5日 17:46⟧</p>
<p>⟦m 主题：关于定制印铁饼干盒交货事宜的函⟧</p>
<p>{T}</p>
{BODY}
</div>
<div class="cy-foot">⟦d 畅邮提醒：请勿轻易打开来历不明的附件⟧</div>
</body>
</html>
""",
        body="""
福麦饼业（炯城）有限公司：
贵公司8月1日来函收悉。关于“岁月”系列定制印铁饼干盒的交货事宜，现函复如下：
一、首批方形饼干盒2万只已于8月3日完成印铁和制罐，经我公司质检合格，计划于8月9日送达贵公司成品仓库。
二、第二批1.5万只因盒盖喜鹊图案需调整套色，交货期顺延至8月23日，请予谅解。
三、请贵公司安排人员在到货后3个工作日内完成验收，并将验收单回传我公司。
附件：1.首批产品出厂检验报告
2.第二批打样确认单
联系人：蒋文涛　电话：0871-66512208　邮箱：jiangwt@xihu-yintie.com
熙湖印铁制罐有限公司
2024年8月5日
抄送：福麦饼业采购部。
""",
    ),
    dict(
        slug="mail-forward-museum-letter-old-candy-wrappers",
        site="forwarded mail as text (invented mail of 炯城市博物馆)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://jcmuseum.cn/inbox/20240314-0093",
        title="关于征集老糖纸藏品的函",
        record_title="转发：关于征集老糖纸藏品的函",
        date="2024-03-12",
        date_also=["2024-03-14"],
        notes="a forwarded mail as text: forward and original headers, the forwarder's note and signature; the letter's own "
        "联系人/电话/邮箱; 成文日期 differs from the forward's send date",
        page="""
!m 发件人：晖岭县文化馆 办公室 <hlwhg_bgs@163.com>
!m 发送时间：2024年3月14日 星期四 下午4:05
!m 收件人：焘坪镇文化站 <tpwhz@163.com>; 烁口镇文化站 <skwhz@163.com>
!t 主题：转发：关于征集老糖纸藏品的函
!m 各乡镇文化站：市博物馆来函如下，请协助发布征集信息，线索月底前报县馆。
!m ------------------ 原始邮件 ------------------
!m 发件人：炯城市博物馆征集部 <bowuguan_zj@jcmuseum.cn>
!m 日期：2024年3月12日 10:31
!m 主题：关于征集老糖纸藏品的函
{BODY}
!m --
!m 晖岭县文化馆办公室　电话 0872-7601135
!a 本邮件由手机畅邮发送
""",
        body="""
各县（区）文化馆：
为筹办“方寸甜蜜——炯城糖果工业百年”专题展览，我馆拟向社会征集老糖纸藏品，现将有关事项函告如下：
一、征集范围。1950年至1999年间本市糖果厂生产的糖纸，以及与糖纸印刷有关的样张、模版和包装机械照片。
二、征集方式。藏品可捐赠，也可借展。借展藏品展期结束后原样归还，我馆为每件藏品购买保险。
三、请各馆协助在本地发布征集信息，并于4月30日前将收集到的线索汇总报我馆。
联系人：柏雨桐　电话：0871-66103327　邮箱：bowuguan_zj@jcmuseum.cn
炯城市博物馆
2024年3月12日
""",
    ),
]
