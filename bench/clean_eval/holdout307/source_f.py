"""Blind part holdout307, file F: an exam forum, encyclopaedias, cloud drives, search snapshots,
print views and forwarded mails. Every page, place, person, site, URL and number here is
invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="examforum-kaoban-essay-knitting-needles-junk",
        site="考伴公考社区 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://www.kaoban-gk-demo.cn/bbs/shenlun/t-88127.html",
        title="一副毛线针织出的乡村振兴路",
        record_title="〔大作文〕一副毛线针织出的乡村振兴路（望各位批改）- 申论批改 - 考伴公考社区",
        date=None,
        notes="exam-forum essay in plain text: junk lines and junk glued after 。; a reply-to-see line, replies and a "
        "study-group line; posted 昨天 (no date)",
        page="""
!m 考伴公考社区 › 申论批改 › 大作文
!t 〔大作文〕一副毛线针织出的乡村振兴路（望各位批改）
!m 作者：上岸要趁早　|　昨天 22:37　|　阅读 905　|　回复 17
{BODY}
!a 以下批改要点回复本帖后可见
!l 1楼 申论老周：立意可以，第三段论证再展开一点
!l 2楼 一战成公：标题很有画面感，收藏
!w 申论每日一练打卡群，加群请搜考伴小助手
!m 考伴公考社区 © 2025
""",
        junk=dict(lines=2, glued=3),
        body="""
在繇山县绔口镇，家家户户的妇女都会使用毛线针。过去，这门手艺只用来给家人织毛衣；如今，它成了山里人增收致富的“金针”。
绔口镇的变化，始于一个编织合作社。合作社把分散在各家的巧手组织起来，统一接单、统一配线、统一验收，织出的毛衣、围巾通过电商销往全国。去年，合作社带动三百多名留守妇女就业，人均增收近万元。
一副毛线针之所以能织出致富路，关键在于把小手艺和大市场连在了一起。基层政府牵线搭桥，合作社统一标准，电商平台打开销路，缺了哪一环都不行。
乡村振兴，既要有大产业，也离不开这样的小手艺。只要找准路子，一针一线也能织出美好生活。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-knitting-needle-infobox-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-demo.com/item/maoxianzhen/40217",
        title="毛线针",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no title in the record, the h1 holds the entry name, which also opens the body (head); "
        "edit/discuss/history tabs, an infobox, a contents box, reference markers glued after sentences, references",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知源百科</title></head>
<body>
<div class="top">⟦m 知源百科⟧　<a>⟦a 创建词条⟧</a>　<a>⟦a 个人中心⟧</a></div>
<div class="tabs">⟦a 编辑词条⟧　⟦a 讨论⟧　⟦a 修订记录⟧</div>
<div class="lemma">
<h1>{T}</h1>
<div class="summary-tip">⟦m 日常用品 · 手工编织工具⟧</div>
<div class="infobox">
<dl><dt>⟦m 中文名⟧</dt><dd>⟦m 毛线针（针具）⟧</dd></dl>
<dl><dt>⟦m 别　名⟧</dt><dd>⟦m 棒针、织针⟧</dd></dl>
<dl><dt>⟦m 材　质⟧</dt><dd>⟦m 竹、木、金属、塑料⟧</dd></dl>
</div>
<div class="catalog">⟦l 目录　1 种类　2 规格　3 选用⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《手工编织入门》，纑水编织出版社⟧</p><p>⟦l [2] 知源百科编委会：家庭手工工具图录⟧</p></div>
<div class="stat">⟦m 词条浏览：4.1万次　编辑：17次　最近更新：2 周前⟧</div>
</div>
<div class="foot">⟦d 知源百科词条由用户共同编辑，仅供参考。⟧</div>
</body></html>
""",
        body="""
毛线针，又称棒针，是用毛线编织衣物时使用的细长针具，多为竹、木、金属或塑料制成。⟦m [1]⟧
毛线针按形状可分为直针、环形针和双头针。直针一端有尖、另一端有挡头，常用于织围巾、织片；环形针两端针头由软管相连，适合织毛衣的大身；双头针两端都有尖，一般四到五根一组，用于织袜子、手套和袖口。⟦m [2]⟧
毛线针的粗细用针号或直径表示。过去多用号数，号数越大针越细；现在通行以毫米标注直径，常见规格为2.0毫米至10.0毫米。
选用毛线针时，一般依照毛线标签上的建议针号，细线配细针，粗线配粗针。
""",
    ),
    dict(
        slug="wiki-text-entry-washing-stick-name-opens-body",
        site="器物谱百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.qiwupu-demo.net/wiki/cuoyibang",
        title="搓衣棒",
        record_title="搓衣棒（洗衣用具）_器物谱百科",
        date=None,
        notes="encyclopaedia entry in plain text: the entry name with a gloss and a site suffix in the record; the name line "
        "before the body is the title (its text opens the body: head); an edit link glued after a section",
        page="""
!m 器物谱百科 | 日用器物
{T}
!m （洗衣用具）
!a 编辑　收藏　分享词条
!m 基本信息：中文名 搓衣棒 ｜ 类别 洗衣用具 ｜ 常用材料 枣木、槐木
{BODY}
!l 参见：木盆　皂角　河埠头
!m 本词条最后修订于 3 天前　·　浏览 8,806 次
!d 器物谱百科内容由网友编辑，不代表本站观点。
""",
        body="""
搓衣棒是一种手工洗衣用具，多用枣木、槐木等硬木制成，长约30至40厘米，一端为手柄，另一端刻有若干道横向凹槽。
使用时，将衣物浸湿打上皂液，铺在石板或木盆边，一手按住衣物，一手握搓衣棒在衣物上来回搓动，借凹槽的摩擦去除污渍；遇到厚重衣物，也可用棒身捶打。⟦a ［编辑本段］⟧
搓衣棒在我国南方水乡曾十分普遍，常与木盆一起作为女子出嫁时的陪嫁用品。随着洗衣机的普及，搓衣棒逐渐退出日常生活，现多见于民俗博物馆，或作为清洗衣领、袖口的辅助工具。
""",
    ),
    dict(
        slug="clouddrive-yunxi-instruction-clip-moulding-docx",
        site="云匣网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia-demo.com/s/7fQm2KxR",
        title="晒被夹注塑成型作业指导书",
        record_title="晒被夹注塑成型作业指导书.docx",
        date=None,
        notes="cloud-drive preview: file-name record title (.docx), share stamp (no date), VIP prompts, a save-to-drive button; "
        "decimal headings 3.1–4.2 in the body; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>晒被夹注塑成型作业指导书.docx_匣子高速下载|云匣网盘</title></head>
<body>
<div class="hd">⟦m 云匣网盘⟧　<a>⟦a 登录云匣⟧</a>　<a>⟦a 开通超级匣子会员⟧</a></div>
<div class="share-info">
<h2>{T}</h2>
<p>⟦m 分享者：注塑老兵　|　分享于 5 天前　|　大小 32.7KB　|　有效期：永久⟧</p>
<div class="btns">⟦a 保存到我的云匣⟧　⟦a 下载（非会员限速）⟧</div>
</div>
<div class="preview">
<p class="tip">⟦a 在线预览仅显示文本，排版以下载文件为准⟧</p>
{BODY}
</div>
<div class="vip">⟦a 超级匣子会员下载不限速，首月仅需6元⟧</div>
<div class="ft">⟦d 请勿分享侵权或违法文件，云匣网盘将依法处理违规分享。⟧</div>
</body></html>
""",
        body="""
1　目的
规范晒被夹夹身注塑成型操作，保证产品尺寸和强度稳定。
2　适用范围
适用于注塑二车间“云朵”系列晒被夹夹身的生产。
3　作业步骤
3.1　开机前检查模具冷却水是否畅通，料斗内PP原料是否已烘干2小时以上。
3.2　按工艺卡设定料筒温度190至210℃，注射压力60至70MPa。
3.3　首件产品须经班组长检验夹口闭合度和飞边，合格后方可批量生产。
4　注意事项
4.1　严禁将手伸入合模区域取件。
4.2　每2小时抽检5只夹身做弯折试验，发现发白、开裂立即停机报告。
""",
    ),
    dict(
        slug="clouddrive-text-grooving-machine-rules-doc-mixed-markers",
        site="飞匣云盘 (invented)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="text",
        source="https://www.feixia-yunpan-demo.cn/s/bK93nL",
        title="搓衣棒开槽机安全操作规程",
        record_title="搓衣棒开槽机安全操作规程.doc",
        date=None,
        notes="cloud-drive text preview: file-name record title (.doc); page markers '⧻n⧻' glued to the continuation or on "
        "their own line, cutting sentences; share stamp (no date)",
        page="""
!m 飞匣云盘 · 文件分享
!t 搓衣棒开槽机安全操作规程.doc
!m 分享时间：昨天 14:20　|　浏览 77 次　|　保存 9 次
!a 转存到我的飞匣　　普通下载
{BODY}
!a 预览到此结束，完整文件请转存后查看
!d 该文件由用户分享，飞匣云盘不对内容负责。
""",
        pages=dict(fmt="⧻{n}⧻", every=90, start=2, glue="mix", sep=" "),
        body="""
一、开机前，操作人员须穿戴好工作服、防护眼镜和防尘口罩，长发须盘入工作帽内，严禁戴手套操作。
二、检查开槽刀片有无裂纹、缺齿，刀片紧固螺母是否拧紧，防护罩是否完好。
三、开机后先空转一分钟，确认运转平稳、无异常声响后，方可送料。
四、送料时须使用推料棒，手与刀片的距离不得小于20厘米；木料有节疤、裂纹的，不得上机开槽。
五、加工中发现卡料，须先停机断电，待刀片完全停止后再处理。
六、下班前清理机台木屑，切断电源，填写设备运行记录。
""",
    ),
    dict(
        slug="snapshot-mingsou-school-notice-balcony-beating-frame",
        site="榠搜网页快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.mingsou-demo.com/c?u=http%3A%2F%2Fwww.ryyz-demo.edu.cn%2Fzjc%2F2025%2F1014%2F77.html",
        title="关于禁止在宿舍楼阳台向外拍打被褥的通知",
        record_title="关于禁止在宿舍楼阳台向外拍打被褥的通知 - 氄阳县第一中学 - 榠搜快照",
        date="2025-10-13",
        date_also=["2025-10-14"],
        notes="search cache frame: a capture banner (no date) and a highlighted-terms line, then the school page with its own "
        "nav and a 发布 line (the page's date, differing from the 成文日期)",
        page="""
<html><head><meta charset="utf-8"><title>关于禁止在宿舍楼阳台向外拍打被褥的通知 - 氄阳县第一中学 - 榠搜快照</title></head>
<body>
<div class="cache-banner" style="background:#fffbe6">
<p>⟦d 这里是榠搜保存的网页副本，截取于 2025年10月20日 08:12，原网页可能已经变化。⟧</p>
<p>⟦a 点此访问原始网页⟧</p>
<p>⟦m 已为您标亮的检索词：<b style="background:#ff0">拍被子</b> <b style="background:#0ff">宿舍</b>⟧</p>
</div>
<div class="cached">
<div class="school-hd">⟦m 氄阳县第一中学⟧　⟦m 厚德　笃学　尚美⟧</div>
<div class="school-nav">⟦m 学校首页⟧ ⟦m 学校概况⟧ ⟦m 德育天地⟧ ⟦m 通知公告⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 发布：2025-10-14　作者：政教处　阅读：1120⟧</p>
<div class="content">
{BODY}
</div>
<div class="school-ft">⟦m 氄阳县第一中学　地址：氄阳县学府路1号⟧</div>
</div>
</body></html>
""",
        body="""
各班主任、全体住校生：
近期，学校多次发现有学生在宿舍阳台上将被褥探出栏杆外拍打，既造成灰尘落到楼下，又存在被褥和拍被子坠落的危险。为保障住校生安全，现通知如下：
一、严禁在宿舍阳台将被褥、衣物伸出栏杆外拍打、抖动。
二、需要拍打被褥的，请在每周三、周六下午到宿舍楼南侧晾晒场进行，宿管处备有拍被子供借用。
三、宿管员每天巡查，发现违规的扣除班级量化积分。
请各班主任于本周班会上向学生传达。
氄阳县第一中学政教处
2025年10月13日
""",
    ),
    dict(
        slug="snapshot-text-consumer-tip-quilt-clips-wrapped-68",
        site="榠搜文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="http://cache.mingsou-demo.com/t?u=http%3A%2F%2Fwww.fxxiaoxie-demo.org%2Fts%2F2025%2F0325.html",
        title="消费提示：选购晒被夹要看这三点",
        record_title="消费提示：选购晒被夹要看这三点（榠搜纯文本版）",
        date="2025-03-25",
        notes="text-only cache: capture and terms lines at the top (no date), the original site's lines as text; the body "
        "hard-wrapped at 68 columns; the 成文日期 under the signature",
        page="""
!d 榠搜纯文字快照：网页截取于 2025年4月2日，仅保留文字，图片与样式已略去。
!m 检索词：晒被夹 选购
!m 棼溪县消费者协会 > 消费警示
{T}
!m 发布者：县消协秘书处　点击：587
{BODY}
!l 上一条：预付式消费维权提示
!m 投诉咨询：0739-2212315
!a 返回榠搜结果页
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
随着天气转暖，晒被夹进入销售旺季。县消费者协会近期对市场上销售的晒被夹进行了比较试验，发现部分低价塑料晒被夹存在弹簧易锈、夹口易裂等问题。为此，县消协提醒广大消费者，选购晒被夹要看以下三点：
一看材质。优先选择不锈钢或加厚PP材质的产品，再生塑料制成的夹子颜色发暗、有异味，容易老化。
二看弹簧。用手反复开合几次，弹簧回弹有力、无锈迹的为好。
三看夹口。夹口宽、带防滑齿的夹子，才能夹牢较厚的被褥。
使用中发现夹子发白、开裂的，要及时更换，防止从高处坠落伤人。
棼溪县消费者协会
2025年3月25日
""",
    ),
    dict(
        slug="print-museum-report-washing-stick-collection-window-print",
        site="纑水县民俗博物馆 (invented, print view)",
        style="打印页",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.lushui-minsu-demo.cn/print.asp?id=437",
        title="2025年上半年陈列部主任述职报告",
        record_title="[可打印] 2025年上半年陈列部主任述职报告 — 纑水县民俗博物馆",
        date="2025-07-08",
        notes="print view calling window.print(): print-time and page-address lines (no date), a print/close row, a print footer "
        "'第1页 ⫾ 共1页'; a 述职人 line and the date under it",
        page="""
<html><head><meta charset="utf-8"><title>[可打印] 2025年上半年陈列部主任述职报告 — 纑水县民俗博物馆</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script></head>
<body>
<div class="noprint">⟦a 〔立即打印〕〔关闭预览〕⟧</div>
<div class="ph">⟦m 纑水县民俗博物馆　馆务公开⟧</div>
<div class="ph">⟦m 打印于：2025-07-15 10:12　页面来源：http://www.lushui-minsu-demo.cn/show.asp?id=437⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="pf" align="center">⟦p 第1页 ⫾ 共1页⟧</div>
</body></html>
""",
        body="""
今年上半年，我在馆党支部和馆长的领导下主持陈列部工作，重点抓了搓衣棒等洗衣旧物的征集和“浣衣旧忆”民俗器物展的举办。现将履职情况报告如下。
一、征集工作
上半年走访全县11个乡镇，征集搓衣棒37根、木盆和皂角盒等洗衣用具29件，其中清代枣木搓衣棒2根，经专家鉴定为三级文物。
二、办展工作
5月18日，“浣衣旧忆”展如期开展，展出搓衣棒等洗衣用具42件，开展一个月接待观众1.3万人次，“亲手搓一搓”互动区最受孩子们欢迎。
三、存在的不足
一是征集到的搓衣棒大多缺少使用者的口述资料；二是展品说明牌文字偏专业，普通观众读起来吃力。
下半年，我将组织口述史采访，修改展品说明，努力把小物件讲成大故事。
述职人：陈列部　顾采薇
2025年7月8日
""",
    ),
    dict(
        slug="print-text-troupe-makeup-room-shared-puffs-rules",
        site="梲声戏剧团 (invented, text print view)",
        style="打印页",
        genre="管理规定",
        kind="other",
        form="text",
        source="http://www.zhuosheng-opera-demo.cn/zhidu/print/31.html",
        title="剧团化妆间公用粉扑管理规定",
        record_title="剧团化妆间公用粉扑管理规定【适合打印的版本】",
        date="2025-02-20",
        notes="print view as text: a print-time line (no date), 第N条 articles, an issuing office and date under them, a print "
        "footer '⟏ 1／1 ⟏' closing the page",
        page="""
!m 梲声戏剧团　内部管理制度
!m 打印时间：2025-03-03 15:40　打印人：化妆组
!t 剧团化妆间公用粉扑管理规定【适合打印的版本】
{BODY}
!p ⟏ 1／1 ⟏
""",
        body="""
第一条　为防止演员之间交叉感染，规范化妆间公用粉扑的使用和管理，制定本规定。
第二条　主要演员使用个人专用粉扑，由演员本人保管；群众演员使用的公用粉扑由化妆组统一管理。
第三条　公用粉扑实行“一人一用一洗”，使用后放入回收筐，当日由化妆组清洗、消毒、晾干。
第四条　粉扑出现发硬、破损、异味的，化妆组应立即报废，并在登记表上注明。
第五条　演员面部有皮疹、伤口的，不得使用公用粉扑。
第六条　本规定由剧团办公室负责解释，自印发之日起施行。
榠城市梲声戏剧团办公室
2025年2月20日
""",
    ),
    dict(
        slug="webmail-fwd-letter-bamboo-needles-attachment-bar",
        site="纑水县老年大学邮箱网页版 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lsldx-edu-demo.cn/read?mid=20250813-102",
        title="关于订购竹制毛线针的函",
        record_title="Fwd: 关于订购竹制毛线针的函",
        date="2025-08-12",
        date_also=["2025-08-13"],
        notes="webmail reading view: folders, mail headers, a forwarded-message header and an attachment bar next to the "
        "letter's own 附件 list and its 联系人/电话/邮箱; the send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于订购竹制毛线针的函 - 邮件详情</title></head>
<body>
<div class="mail-top">⟦m 纑水县老年大学 · 邮箱⟧　⟦m jiaowu@lsldx-edu-demo.cn⟧　<a>⟦a 退出⟧</a></div>
<div class="folders">⟦m 收件箱(3)　星标邮件　已发送　草稿箱⟧</div>
<div class="toolbar">⟦a 回复　回复全部　转发　删除　标记为⟧</div>
<div class="mail-head">
<h3>{T}</h3>
<p>⟦m 发件人：彭晚晴 &lt;jiaowu@lsldx-edu-demo.cn&gt;⟧</p>
<p>⟦m 收件人：繇山县竹语工艺品厂 &lt;zhuyu_sales@zhuyu-demo.cn&gt;⟧</p>
<p>⟦m 时　间：2025年8月13日（星期三）上午10:02⟧</p>
</div>
<div class="attach-bar">⟦a 附件（2 个）：毛线针规格要求.docx (14KB)　供货确认单.xlsx (9KB)　全部下载⟧</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：纑水县老年大学教务处⟧</p>
<p>⟦m 日期：2025年8月12日 17:40⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 本邮件由纑水县老年大学邮件系统发送，请勿泄露邮件内容。⟧</div>
</body></html>
""",
        body="""
繇山县竹语工艺品厂：
我校老年大学编织班本学期新增学员60名，需订购竹制毛线针一批。经比较，贵厂产品针身光滑、针头圆润，适合老年学员使用，现函商订购事宜如下：
一、订购规格及数量：4.0毫米直针80副，5.0毫米直针80副，4.0毫米环形针40副。
二、交货时间：请于9月5日前送至我校教务处。
三、结算方式：货到验收合格后，凭发票转账结算。
请贵厂收函后回复确认，并告知报价。
联系人：彭晚晴，电话：0739-3106652，邮箱：jiaowu@lsldx-edu-demo.cn。
附件：1.毛线针规格要求
2.供货确认单
纑水县老年大学
2025年8月12日
""",
    ),
    dict(
        slug="mail-forwarded-text-dorm-quilt-inspection-docx-cc",
        site="榠城职业技术学院邮件 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:xgc@mcvtc-demo.edu.cn?msg=20251030-0847",
        title="关于开展学生宿舍被褥晾晒拍打检查的通知",
        record_title="转发：关于开展学生宿舍被褥晾晒拍打检查的通知.docx",
        date="2025-10-29",
        date_also=["2025-10-30"],
        notes="forwarded mail as text: the mail's own 抄送 header next to the notice's 抄送 line; a subject with a .docx name "
        "(file-name record title); the send date differs from the 成文日期; a mail-client footer",
        page="""
!m 发件人：学生工作处 <xgc@mcvtc-demo.edu.cn>
!m 收件人：各学院学工办
!m 抄送：后勤保障处；宿管中心
!m 发送时间：2025-10-30 08:47
!m 主题：转发：关于开展学生宿舍被褥晾晒拍打检查的通知.docx
!m -------- 以下为转发内容 --------
{T}
{BODY}
!m -------- 转发内容结束 --------
!d 此邮件及附件仅供收件人使用，如误收请删除。
!m 发自 榠城职院移动办公
""",
        body="""
各学院：
为做好秋冬季学生宿舍卫生防病工作，学生工作处决定于11月3日至14日开展学生宿舍被褥晾晒拍打情况检查。现将有关事项通知如下：
一、检查内容：宿舍被褥是否定期晾晒、拍打，宿舍是否配备拍被子等除尘用具，阳台是否有外挂晾晒现象。
二、检查方式：各学院先自查，学生工作处会同后勤保障处抽查，每个学院抽查宿舍不少于10间。
三、请各学院于11月17日前将自查报告报学生工作处。
榠城职业技术学院学生工作处
2025年10月29日
抄送：后勤保障处。
""",
    ),
]
