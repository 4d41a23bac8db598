"""holdout246, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-bowen-rescueboat-entry-h1-refs",
        site="博闻百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.bowenbaike.cn/item/冲锋舟/20931",
        title="冲锋舟",
        record_title=None,
        date=None,
        notes="encyclopaedia page, no record title (the <h1> entry name); edit/discuss/history tabs, an infobox, a "
        "contents box, reference markers glued after a 。, a revise-this-section link glued to a section heading; "
        "the entry name opens the body (matched as head); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>冲锋舟_博闻百科</title>
<script src="//s.bowenbaike.cn/lemma/index.b71.js"></script>
</head><body>
<div class="hd"><a class="logo">⟦m 博闻百科⟧</a> <input placeholder="搜词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 修订历史⟧ ⟦a 收藏⟧</div>
<div class="lemma"><h1>{T}</h1>
<div class="polysemant">⟦m 救援船艇的一种⟧</div>
<div class="infobox"><dl><dt>⟦m 中文名⟧</dt><dd>⟦m 冲锋舟⟧</dd><dt>⟦m 外文名⟧</dt><dd>⟦m assault boat⟧</dd><dt>⟦m 常见材质⟧</dt><dd>⟦m 橡胶、PVC、铝合金⟧</dd></dl></div>
<div class="catalog"><h3>⟦l 本条目包含⟧</h3><ol><li>⟦l 1 结构⟧</li><li>⟦l 2 用途⟧</li><li>⟦l 3 使用注意⟧</li></ol></div>
<div class="para">
{BODY}
</div>
<div class="ref"><h3>⟦l 引用来源⟧</h3><ol><li>⟦l [1] 《防汛抢险船艇使用手册》，骦川水利出版社⟧</li><li>⟦l [2] 骧岭县应急管理局年鉴编委会⟧</li></ol></div>
<div class="stat">⟦m 浏览次数：41,773　编辑次数：9次　最近更新：7天前⟧</div></div>
<div class="ft">⟦d 博闻百科内容由网友协作编辑，如需专业意见请咨询相关机构。⟧</div>
</body></html>
""",
        body="""
冲锋舟是一种用于抢险救灾、水上救援的小型高速船艇，多由橡胶、PVC复合材料或铝合金制成，尾部安装船外机驱动。⟦l [1]⟧
结构⟦a [修订本段]⟧
冲锋舟一般由船体、船底板、船外机、操纵装置等组成。橡胶冲锋舟重量轻，可折叠运输；铝合金冲锋舟船体坚固，适合在漂浮物较多的水域使用。
用途
冲锋舟广泛用于防汛抢险中转移被困群众、运送物资，也用于水上巡逻、水文测量等工作。⟦l [2]⟧
使用注意
驾驶冲锋舟应持有相应的驾驶资格，乘员须穿戴救生衣，船艇不得超载。
""",
    ),
    dict(
        slug="wiki-bowen-seal-entry-example-date",
        site="博闻百科 (invented, encyclopaedia as text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.bowenbaike.cn/item/公章/7730",
        title="公章",
        record_title="公章（单位印章）- 词条 - 博闻百科",
        date=None,
        notes="an entry as text with an example date inside a sentence (no date); tabs, a synonym line and an edit "
        "count around it",
        page="""
!m 博闻百科 · 词条
!a 编辑词条　讨论区　修订历史
!t 公章（单位印章）
!m 同义词：单位印章　　浏览次数：18,206
{BODY}
!m 词条贡献者：印文考、纸上书（共9人）
!l 相关词条：合同专用章　财务专用章　印模
!d 博闻百科内容由网友协作编辑，如需专业意见请咨询相关机构。
""",
        body="""
公章是机关、团体、企事业单位等组织使用的、代表本单位名义的印章，是单位对外行使权利、承担义务的凭证。
形制
我国单位公章一般为圆形，中央刻五角星，五角星外环刻单位名称，自左而右环行。国家机关公章的尺寸和字体由有关规定统一明确。
刻制与管理
刻制公章须经公安机关备案，由具备资质的刻章单位刻制。单位应当指定专人保管公章，建立用印登记制度。
效力
加盖公章的文件通常被视为单位的意思表示。例如，一份落款为2019年3月1日并加盖单位公章的合同，一般视为该单位于当日作出的承诺。
""",
    ),
    dict(
        slug="netdisk-yuncang-cordon-metro-plan-docx",
        site="云舱网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.yuncang-disk.com/s/1Qv7tKx0sYbA",
        title="骞州地铁骞明路站突发事件现场警戒线设置方案",
        record_title="骞州地铁骞明路站突发事件现场警戒线设置方案.docx",
        date="2025-03-06",
        notes="cloud-drive preview with a file-name record title: VIP prompts, save/download buttons, share stamps; "
        "decimal headings 1 / 1.1 / 2.1; 成文日期 under the station's signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>骞州地铁骞明路站突发事件现场警戒线设置方案.docx_云舱网盘</title>
<script src="//pan.yuncang-disk.com/static/preview.js"></script>
</head><body>
<div class="top"><span class="logo">⟦m 云舱网盘⟧</span> <a>⟦a 客户端下载⟧</a> <a>⟦a 开通超级舱⟧</a></div>
<div class="share-info"><h2>{T}</h2>
<p>⟦m 分享者：站务小周　分享于 5 天前　有效期：永久⟧</p>
<p>⟦m 大小：36.2KB　浏览 902 次⟧</p>
<div class="btns"><button>⟦a 存到我的云舱⟧</button> <button>⟦a 下载（超级舱极速）⟧</button></div></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 非会员仅预览前3页，开通超级舱预览全文⟧</div>
<div class="report">⟦a 举报该分享⟧</div>
<div class="ft">⟦d 云舱网盘严禁分享违法违规内容，用户须对分享的文件负责。⟧</div>
</body></html>
""",
        p_html='<div class="pline">{}</div>',
        body="""
1 总则
1.1 为规范车站突发事件现场警戒工作，保障乘客和员工安全，制定本方案。
1.2 本方案适用于骞明路站站厅、站台及出入口发生的客伤、设备故障、可疑物品等突发事件。
2 设置要求
2.1 值班站长接报后5分钟内组织设置警戒线，警戒范围距事发点不少于10米。
2.2 警戒线应使用车站统一配发的伸缩隔离带，出入口设专人引导乘客绕行。
2.3 警戒区域内禁止乘客拍照、停留。
3 撤除
3.1 现场处置完毕，经值班站长确认后撤除警戒线，并在车站运营日志中记录。
骞州地铁运营分公司骞明路站
2025年3月6日
""",
    ),
    dict(
        slug="netdisk-tianku-cone-procedure-page-lines",
        site="天库网盘 (invented, cloud-drive text preview)",
        style="网盘分享",
        genre="规程",
        kind="rule",
        form="text",
        source="https://www.tianku-pan.com/share/init?surl=Hx81QmWz",
        title="高速公路养护作业区路锥摆放操作规程",
        record_title="【养护作业】高速公路养护作业区路锥摆放操作规程 - 天库网盘",
        date=None,
        notes="cloud-drive text preview cut by markers '◔第n页◔' on lines of their own; decimal headings 2.1–3.3; "
        "a procedure with no date",
        page="""
!m 天库网盘　|　文件预览
!t 【养护作业】高速公路养护作业区路锥摆放操作规程
!m 来自：养护三队共享　　更新于 昨天
!a 保存到天库　　下载　　分享
{BODY}
!a 当前为文本预览模式，格式可能有偏差，请下载原文件查看
!a 开通天库VIP，下载提速20倍
""",
        indent="\u3000\u3000",
        pages=dict(fmt="◔第{n}页◔", every=110, start=2),
        body="""
1 适用范围
本规程适用于公司所辖高速公路养护作业区路锥的摆放与回收。
2 摆放要求
2.1 路锥应沿车流方向由上游向下游依次摆放，作业人员须面向来车方向行走。
2.2 警告区路锥间距不大于10米，上游过渡区不大于4米，工作区两侧不大于5米。
2.3 夜间或能见度低于200米时，每隔3个路锥加设一盏警示灯。
3 回收要求
3.1 作业结束后，按照与摆放相反的顺序，由下游向上游依次回收路锥。
3.2 回收时，防护车辆应停在作业人员后方进行保护。
3.3 回收完毕后清点数量，发现损坏的及时登记报修。
""",
    ),
    dict(
        slug="snapshot-mizong-tentpole-letter-frame",
        site="觅踪搜索快照 (invented, search-cache frame)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="html",
        source="http://cache.mizong-so.com/c?u=yjj.xiangling.gov.cn/zwgk/202509/t20250911_4477.html",
        title="骧岭县减灾委员会办公室关于商请调剂救灾帐篷杆的函",
        record_title="骧岭县减灾委员会办公室关于商请调剂救灾帐篷杆的函 - 骧岭县应急管理局（觅踪快照）",
        date="2025-09-11",
        notes="search-cache frame: a capture banner with its crawl time (no date), highlighted keywords, the cached "
        "portal's chrome; the letter's own contact; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>骧岭县减灾委员会办公室关于商请调剂救灾帐篷杆的函 - 骧岭县应急管理局（觅踪快照）</title>
</head><body>
<div style="background:#f5f5dc;border:1px solid #ccc;padding:6px">
<p>⟦d 您正在查看的是觅踪于 2025/9/20 22:14 保存的页面副本，原网页可能已经变化。⟧</p>
<p>⟦d 已为您标出以下搜索词：<b style="background:#ff6">帐篷杆</b> <b style="background:#9ff">调剂</b>⟧</p>
<p><a>⟦a 打开原网页⟧</a>　<a>⟦a 关闭快照提示⟧</a></p>
</div>
<div class="cached">
<div class="gov-top">⟦m 骧岭县应急管理局⟧　⟦m 首页 > 信息公开 > 减灾救灾⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：县减灾办　字号：[大 中 小]⟧</div>
<div class="content">
{BODY}
</div>
<div class="gov-ft">⟦m 骧岭县应急管理局 版权所有　湘ICP备12019833号⟧</div>
</div>
</body></html>
""",
        body="""
骕阳县减灾委员会办公室：
9月上旬，我县鹢湾镇遭受强降雨，县里调拨救灾帐篷80顶用于转移群众临时安置。在搭建过程中发现，部分库存帐篷的帐篷杆锈蚀、弯曲，无法正常使用，目前缺少主杆120根、横杆90根。
鉴于贵县储备库今年刚完成帐篷检修，存有一定数量的备用帐篷杆，特商请贵办协助调剂上述配件，所需费用由我县承担。
请予支持为盼。
联系人：骧岭县应急管理局 钱砚舟，电话：0739-5561208。
骧岭县减灾委员会办公室
2025年9月11日
""",
    ),
    dict(
        slug="snapshot-plaintext-seal-bulletin-table",
        site="觅踪纯文本缓存 (invented, text-only cache)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://cache.mizong-so.com/t?u=www.xuncheng.gov.cn/mzj/202510/t20251010_2290.html",
        title="关于部分村（社区）公章管理不规范问题的通报",
        record_title="〔纯文本缓存〕关于部分村（社区）公章管理不规范问题的通报",
        date="2025-10-09",
        date_also=["2025-10-10"],
        notes="text-only cache: a capture line with its crawl time, the cached portal's date line (differs from the "
        "成文日期), a table one row a paragraph",
        page="""
!d 觅踪纯文本缓存：此为 2025-10-18 03:40 抓取时的文字版本，图片与样式已省略
!m 郇城县人民政府 > 部门动态 > 县民政局
{T}
!m 发布日期：2025-10-10　　信息来源：县民政局
{BODY}
!m 郇城县人民政府办公室主办　网站纠错：0731-6450001
!a ［返回原网页］
""",
        indent="\u3000\u3000",
        body="""
各乡镇（街道）：
9月中旬，县委组织部、县民政局对全县48个村（社区）公章管理情况进行了抽查，发现部分村（社区）存在公章保管不严、用印登记不全等问题。现将有关情况通报如下：
乡镇（街道）　抽查村（社区）数　发现问题数
郇北镇　8　5
骠桥镇　6　3
鄠塘乡　5　4
主要问题有：公章由会计或文书随身携带；用印登记只记日期不记事由；有的村在空白介绍信上预先盖章。
各乡镇（街道）要督促问题村（社区）于10月31日前整改到位，并报送整改情况。
郇城县民政局
2025年10月9日
""",
    ),
    dict(
        slug="print-suyang-cone-exam-traffic-plan-footer",
        site="骕阳县公安局交通警察大队 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="other",
        form="html",
        source="https://jj.suyang.gov.cn/print.aspx?id=20250606-11",
        title="骕阳县2025年中考期间考点周边交通保障工作方案",
        record_title="《打印稿》骕阳县2025年中考期间考点周边交通保障工作方案 ‖ 骕阳县公安局交通警察大队",
        date="2025-06-06",
        notes="print view calling window.print(): print/close buttons, a print stamp (no date), the URL line and a "
        "print footer '⎶ 第1页／共1页 ⎶' closing the page; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>《打印稿》骕阳县2025年中考期间考点周边交通保障工作方案 ‖ 骕阳县公安局交通警察大队</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload = function(){ window.print(); };</script>
</head><body>
<div class="noprint">⟦a 〔开始打印〕⟧ ⟦a 〔关闭本页〕⟧</div>
<div class="ph">⟦m 骕阳县公安局交通警察大队 · 通知公告⟧</div>
<h2 align="center">{T}</h2>
<div class="pm">⟦m 打印于：2025/6/12 09:41　操作人：访客⟧</div>
<div class="pc">
{BODY}
</div>
<div class="pu">⟦m 网址：https://jj.suyang.gov.cn/tzgg/20250606-11.html⟧</div>
<div class="pf">⟦p ⎶ 第1页／共1页 ⎶⟧</div>
</body></html>
""",
        body="""
为保障2025年中考顺利进行，结合我县实际，制定本方案。
一、工作时间
2025年6月16日至18日，每天7:00至18:00。
二、主要措施
（一）在全县6个考点周边道路实行临时交通管制，考点大门两侧各100米范围内用路锥隔离出送考车辆临时停靠区。
（二）考试期间，考点周边禁止鸣笛，禁止施工车辆通行。
（三）每个考点安排民警、辅警不少于4名，负责路锥摆放、车辆疏导和突发情况处置。
三、工作要求
各中队要提前踏勘考点周边道路，6月15日前完成路锥、警示牌等设施的准备。
骕阳县公安局交通警察大队
2025年6月6日
""",
    ),
    dict(
        slug="print-xuncheng-tentpole-request-footer-text",
        site="郇城县应急管理局 (invented, print view as text)",
        style="打印页",
        genre="请示",
        kind="request",
        form="text",
        source="http://yjj.xuncheng.gov.cn/print/20250930-03",
        title="关于补充购置救灾帐篷杆的请示",
        record_title="［打印视图］关于补充购置救灾帐篷杆的请示（签发稿）",
        date="2025-09-30",
        notes="print view as text: a print stamp (no date), the request's own contact after the date, a print footer "
        "'◚ 1 / 1 ◛' closing the page",
        page="""
!a 【打印】【返回】
!m 郇城县应急管理局
{T}
!m 打印时间：2025-10-08 15:02
{BODY}
!m 本页地址：http://yjj.xuncheng.gov.cn/xxgk/20250930-03.html
!p ◚ 1 / 1 ◛
""",
        indent="\u3000\u3000",
        body="""
县财政局：
今年汛期，我局先后四次调拨救灾帐篷用于群众转移安置，累计损耗帐篷杆260余根。经清点，目前储备库完好的帐篷杆仅能满足120顶帐篷的搭建需要，与“储备不少于200顶”的要求还有较大差距。
为确保今冬明春应急需要，拟补充购置铝合金帐篷杆400根，预算资金约4.8万元，在县级应急物资储备经费中列支。
妥否，请批示。
郇城县应急管理局
2025年9月30日
（联系人：石晓岚，电话：0731-6452017）
""",
    ),
    dict(
        slug="mail-qianzhou-college-rescueboat-loan-attach-bar",
        site="骞州职业技术学院邮件系统 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.qzvtc-demo.edu.cn/read?mid=ZL2025061100031",
        title="关于借用冲锋舟开展水上救援演练的函",
        record_title="转发：关于借用冲锋舟开展水上救援演练的函.docx",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="webmail reading view: a forwarded header with its own 抄送, an attachment bar next to the letter's 附件 "
        "line, the letter's own 抄送 line and contact with mailbox; the mail's send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转发：关于借用冲锋舟开展水上救援演练的函.docx - 骞州职院邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="mail-top">⟦m 骞州职院邮箱⟧　⟦m bwc@qzvtc-demo.edu.cn⟧　<a>⟦a 退出⟧</a></div>
<div class="mail-side">⟦m 收件箱(23)⟧ ⟦m 草稿箱⟧ ⟦m 已发送⟧ ⟦m 垃圾邮件⟧</div>
<div class="mail-ops">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<p>⟦m 主题：转发：关于借用冲锋舟开展水上救援演练的函.docx⟧</p>
<p>⟦m 发件人：保卫处 邓清和 &lt;bwc@qzvtc-demo.edu.cn&gt;⟧</p>
<p>⟦m 收件人：骞州市应急管理局 &lt;yjj_bgs@qianzhou-demo.gov.cn&gt;⟧</p>
<p>⟦m 抄　送：院办 &lt;yb@qzvtc-demo.edu.cn&gt;⟧</p>
<p>⟦m 时　间：2025年6月11日（星期三）上午9:26⟧</p>
</div>
<div class="fwd">⟦m -------- 转发的邮件 --------⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attach-bar"><p>⟦a 附件 2 个（共 1.4MB）⟧</p>
<p>⟦a 关于借用冲锋舟开展水上救援演练的函.docx（62KB）　预览　下载⟧</p>
<p>⟦a 水上救援演练方案.pdf（1.3MB）　预览　下载⟧</p><p>⟦a 打包下载全部附件⟧</p></div>
<div class="mail-foot">⟦d 本邮件及其附件可能含有保密信息，如误收请删除并告知发件人。⟧</div>
</body></html>
""",
        body="""
骞州市应急管理局：
为提高师生水上自救互救能力，我院定于2025年6月20日在骋江水上训练基地开展水上救援演练。因我院现有救援船艇不足，特商请贵局借用冲锋舟2艘（含船外机），并派驾驶员1至2名现场指导。
演练结束后，船艇当日归还，如有损坏由我院负责修复。
请予支持为盼。
联系人：骞州职业技术学院保卫处 邓清和，电话：0736-8301247，邮箱：bwc@qzvtc-demo.edu.cn。
附件：水上救援演练方案
骞州职业技术学院
2025年6月10日
抄送：骞州市水上救援协会
""",
    ),
    dict(
        slug="mail-xuncheng-new-seal-fwd-text",
        site="郇城县水利和应急局 (invented, mail forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.xuncheng-demo.gov.cn/archive/2025-10-27-0815.eml",
        title="关于启用新公章的函",
        record_title="Fwd: 关于启用新公章的函",
        date="2025-10-24",
        date_also=["2025-10-27"],
        notes="a mail forwarded as text: Fwd subject, forwarded-message headers with the send date (differs from the "
        "成文日期), the letter's own 附 line (the seal impression), a mail-client signature",
        page="""
!m 主题：Fwd: 关于启用新公章的函
!m 发件人：郇城县水利和应急局办公室 <xcslyj_bgs@xuncheng-demo.gov.cn>
!m 收件人：县直各单位联络员
!m 日期：2025年10月27日 08:15
!m ---------- 转发邮件信息 ----------
{BODY}
!m ——
!m 发自郇城政务邮箱手机版
!d 本邮件为政务工作邮件，请勿转发至与工作无关的人员。
""",
        body="""
各有关单位：
因机构更名，原“郇城县水利局”已更名为“郇城县水利和应急局”。经县公安局备案，我局新公章自2025年11月1日起启用，原“郇城县水利局”公章同时停止使用。
启用新公章前签订的合同、出具的证明继续有效。自11月1日起，凡加盖原公章的文件一律无效。
特此函告。
附：新公章印模
郇城县水利和应急局
2025年10月24日
""",
    ),
]
