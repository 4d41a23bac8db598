"""holdout232, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-signal-governance",
        site="上岸驿站 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-61290-1-1.html",
        title="一盏信号灯里的治理温度",
        record_title="[申论高分稿] 一盏信号灯里的治理温度（86分，附点评）- 申论天地 - 上岸驿站",
        date=None,
        notes="exam forum: a reply-to-see prompt, a QQ-group ad, a rating row and a signature; a 申论 essay "
        "carries no date (the post time is relative)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[申论高分稿] 一盏信号灯里的治理温度（86分，附点评）- 申论天地 - 上岸驿站</title>
<script src="static/js/forum.js?R7"></script>
</head><body>
<div id="hd">⟦m 上岸驿站 · 陪你一路上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div class="ad-qq">⟦w 申论批改互助群：QQ 611820937，进群发文有老师点评⟧</div>
<div id="pt">⟦m 上岸驿站 › 申论天地 › 范文赏析⟧</div>
<div class="pl">
<div class="pls">⟦m 岸边的蒲公英⟧<br>⟦m 上岸积分 1288⟧</div>
<div class="plc"><h1>{T}</h1>
<div class="pi">⟦m 发表于 6 天前 ｜ 只看楼主 ｜ 阅读 9310⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 🔒 阅卷老师的点评已隐藏，回复本帖后刷新可见⟧</div>
<div class="rate">⟦l 评分：驿站币 +30　参与 9 人⟧</div>
<div class="sign">⟦m 签名：省考进面一次，还在路上，共勉⟧</div>
</div></div>
<div class="replies"><p>⟦l 沙发 今年必上岸：结构很清楚，分论点对仗⟧</p></div>
<div id="ft">⟦m 上岸驿站 bbs.shanganyz.com　鄂ICP备22010764号⟧</div>
</body></html>
""",
        body="""
城市路口的一盏信号灯，红黄绿三色交替，看似简单，却关系着千万人的出行安全，也折射出城市治理的温度。
信号灯的温度，在于“看见”每一个人。有的城市在学校门口延长行人绿灯时间，有的在老年人聚居的社区路口增设语音提示。这些微小的调整，让最需要照顾的人走得从容。
信号灯的温度，也在于“听见”群众的声音。一些地方开通了信号灯配时“随手拍”渠道，市民反映哪个路口等灯太久，交警部门核实后及时调整。治理不是闭门造车，而是在回应中不断改进。
当然，信号灯再智能，也离不开每个人的遵守。闯一次红灯，节省的只是几十秒，失去的却可能是无法挽回的生命。
一盏小小的信号灯，照见的是以人为本的治理理念。让每一盏灯都亮得有温度，城市才能走得更稳、更远。
""",
    ),
    dict(
        slug="examforum-shenmian-interview-wrong-bus-sign-junk",
        site="申面圈 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.shenmianquan.com/forum/view/22817",
        title="群众反映公交站牌信息错误，你怎么处理",
        record_title="〔面试复盘〕群众反映公交站牌信息错误，你怎么处理（考场真题）- 面试交流 - 申面圈",
        date=None,
        notes="exam forum as text: forum junk as a line and glued after 。; the question and the answer stay in "
        "the body; a reply-to-see line after it; no date",
        page="""
!m 申面圈 — 面试人的交流圈
!m 申面圈 > 面试交流 > 结构化真题
!t 〔面试复盘〕群众反映公交站牌信息错误，你怎么处理（考场真题）
!m 作者：今年一定进面　｜　4 天前　｜　回复 27
{BODY}
!a 【隐藏内容】考官评分表，回帖可见
!l 1楼 公交人小周：第二点很实用，先贴告示再换牌
!l 2楼 练口才中：求一份类似的应急类题目
!m 申面圈 shenmianquan.com　交流QQ群：587720146
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：你是公交集团的站务员，有市民打电话反映，某站点站牌上的首末班时间是错的，导致他错过了末班车。你怎么处理？
我的作答：
第一，真诚致歉，安抚情绪。我会先向这位市民道歉，详细记录他反映的站点和错误内容，如果因此产生了额外的打车费用，按规定帮他申请补偿。
第二，立即核实，及时更正。当天就到现场核对站牌信息，确认有误的，先贴临时更正告示，再尽快更换站牌信息板。
第三，举一反三，全面排查。对同一线路的所有站牌进行一次排查，并建议单位建立线路调整后站牌同步更新的机制。
最后，我会把处理结果回复这位市民，感谢他的监督。
""",
    ),
    dict(
        slug="wiki-wanxiang-entry-shower-cap-infobox-refs",
        site="万象百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wanxiang-bk.com/item/%E6%B5%B4%E5%B8%BD",
        title="浴帽",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no title in the record, the <h1> (a one-word title that opens the body, head "
        "match); edit/discuss/history tabs, an infobox, a contents box and reference markers glued after "
        "sentences; an entry carries no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>浴帽_万象百科</title>
<script src="https://baike.wanxiang-bk.com/static/entry.js"></script>
</head><body>
<div class="wx-head">⟦m 万象百科 · 万物皆有词条⟧ <form><input placeholder="搜索词条"><button>⟦a 进入词条⟧</button></form></div>
<div class="wx-tabs">⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 修订记录⟧ ⟦a 收藏⟧</div>
<h1 class="wx-entry">{T}</h1>
<table class="wx-infobox">
<tr><td>⟦m 中文名：浴帽⟧</td><td>⟦m 外文名：shower cap⟧</td></tr>
<tr><td>⟦m 主要材质：聚乙烯、涤纶⟧</td><td>⟦m 类　别：洗浴用品⟧</td></tr>
</table>
<div class="wx-toc">⟦l 目录 1 历史 2 种类 3 使用 4 环保问题⟧</div>
<div class="wx-body">
{BODY}
</div>
<div class="wx-ref"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 《日用织物与塑料制品》，轻工出版社⟧</p><p>⟦l [2] 《酒店客房用品史话》⟧</p><p>⟦l [3] 柍城日报：酒店一次性用品减量观察⟧</p></div>
<div class="wx-stat">⟦m 浏览次数：38211　编辑次数：14次⟧</div>
<div class="wx-foot">⟦d 万象百科词条内容由网友共同编辑，如有错误欢迎修订⟧ ⟦m 万象百科 wanxiang-bk.com⟧</div>
</body></html>
""",
        body="""
浴帽是洗澡时戴在头上、防止头发被打湿的帽子，一般由防水材料制成，帽口缝有松紧带。⟦m [1]⟧
历史
早期的浴帽多用油布或橡胶制成。二十世纪中叶以后，聚乙烯薄膜浴帽逐渐普及，酒店客房开始配备一次性浴帽。⟦m [2]⟧
种类
按使用次数可分为一次性浴帽和可重复使用浴帽。一次性浴帽多用聚乙烯薄膜制成，轻薄价廉；可重复使用浴帽外层多为涤纶布，内层有防水涂层。
使用
戴浴帽时应将头发全部收入帽内，帽口松紧带置于发际线处。医院中，头部有伤口的患者洗浴时也常用浴帽保护伤口。
环保问题
一次性浴帽难以降解，近年来一些地方推动酒店不再主动提供，改为按需取用。⟦m [3]⟧
""",
    ),
    dict(
        slug="wiki-shitu-entry-push-button-crossing-signal",
        site="识途百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.shitubaike.cn/wiki/20931.html",
        title="行人过街按钮信号灯",
        record_title="行人过街按钮信号灯_交通词条_识途百科",
        date=None,
        notes="encyclopaedia entry as text: the entry name is also the body's first words (head match); section "
        "headings stay in the body; an update stamp (3 天前) is no date",
        page="""
!m 识途百科
!a 编辑 ｜ 讨论 ｜ 历史版本 ｜ 分享词条
{T}
!m 本词条由识途百科交通科普团队审核　最近更新：3 天前
{BODY}
!l 词条标签：交通设施　信号灯　行人安全
!l 相关词条：倒计时信号灯 ｜ 绿波带 ｜ 人行横道
!m 识途百科 shitubaike.cn　浏览次数 6402
""",
        body="""
行人过街按钮信号灯，是一种由行人按下按钮后才切换为人行横道绿灯的交通信号灯，多设在行人流量不大的路段中间或者学校、医院门口。
工作原理
平时机动车方向保持绿灯。行人按下立杆上的按钮后，信号机经过一段等待时间，将机动车方向切换为黄灯、红灯，随后人行横道亮起绿灯。
优点
与定时信号灯相比，按钮信号灯只在有人过街时才让车辆停下，既保障了行人安全，又减少了车辆的无效等待。
注意事项
按下按钮后应耐心等待绿灯，不要反复按压，也不要在红灯时强行穿越。部分按钮灯配有语音提示和盲人触感装置，方便视障人士使用。
""",
    ),
    dict(
        slug="clouddrive-feige-plan-charging-sheds-docx-vip",
        site="飞鸽网盘 (invented cloud drive, document preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.feige-yun.com/s/1qK8dZ3mRw",
        title="小区电动自行车充电车棚建设实施方案",
        record_title="小区电动自行车充电车棚建设实施方案.docx",
        date="2025-07-01",
        notes="cloud-drive preview: file-name record title, share and VIP prompts, a preview-format note on a line "
        "of its own inside the body; 成文日期 under the signature; the share stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>小区电动自行车充电车棚建设实施方案.docx_免费高速下载|飞鸽网盘</title>
<script src="https://pan.feige-yun.com/static/share.8a1.js"></script>
</head><body>
<div class="fg-top">⟦m 飞鸽网盘⟧ ⟦a 客户端下载⟧ ⟦a 登录⟧</div>
<div class="fg-share">
<div class="fg-file">⟦m 萋口镇城建办 分享的文件⟧<br>⟦m 分享于 2025-07-08 14:51　有效期：永久　大小 36.2KB⟧</div>
<div class="fg-btns">⟦a 转存进我的飞鸽⟧ ⟦a 普通下载⟧ ⟦a SVIP极速下载⟧</div>
<h2 class="fg-name">{T}</h2>
<div class="fg-preview">
{BODY}
</div>
<div class="fg-vip">⟦a 开通SVIP，在线预览全部页数，不限速下载⟧</div>
</div>
<div class="fg-foot">⟦d 飞鸽网盘倡导文明分享，严禁传播违法违规内容⟧ ⟦m © 2025 飞鸽网盘⟧</div>
</body></html>
""",
        body="""
为消除电动自行车“飞线”充电和入户充电安全隐患，根据县政府统一部署，结合我镇实际，制定本方案。
一、建设目标
2025年10月底前，在镇区12个住宅小区建成集中充电车棚15座，新增充电口600个，实现镇区住宅小区全覆盖。
二、建设标准
车棚采用钢结构和不燃材料，每座车棚配备灭火器不少于4具、视频监控1套，充电口具备充满自动断电功能。
⟦a 温馨提示：在线预览格式可能与原文件略有差异⟧
三、实施步骤
（一）7月15日前，各村（社区）完成选址并征求居民意见。
（二）8月至9月，组织施工建设。
（三）10月，组织验收并投入使用。
四、保障措施
镇财政安排专项资金96万元，不足部分通过引入运营企业解决。
萋口镇人民政府
2025年7月1日
""",
    ),
    dict(
        slug="clouddrive-fengchao-instruction-shower-caps-pdf-markers",
        site="蜂巢云盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.fengchaopan.com/share/x9Pq2",
        title="客房一次性浴帽补充作业指导书",
        record_title="客房一次性浴帽补充作业指导书.pdf",
        date=None,
        notes="cloud-drive text preview: file-name record title, page markers (⧮n⧮) on lines of their own cut "
        "sentences; decimal headings 3.1–3.4; a work instruction carries no date",
        page="""
!m 蜂巢云盘 · 文件预览
!m 栖岚质检部 的分享　｜　3 个文件　｜　2 周前
!t 客房一次性浴帽补充作业指导书.pdf
!a 下载（需登录）　｜　转存　｜　举报
{BODY}
!a 非会员仅可预览前 3 页，开通蜂巢会员查看全部
!m 蜂巢云盘 fengchaopan.com
""",
        pages=dict(fmt="⧮{n}⧮", every=130, start=2),
        body="""
1 目的
规范客房一次性浴帽的存放、补充和回收，减少浪费，保持卫生。
2 适用范围
本指导书适用于集团各门店客房部。
3 作业要求
3.1 浴帽统一存放在楼层工作间的密封储物箱内，储物箱离地不低于20厘米。
3.2 客房内不主动配放浴帽，客人致电索取时，服务员须在10分钟内送达。
3.3 送达时使用托盘，浴帽须为未拆封的独立包装。
3.4 退房后客人未拆封的浴帽，经检查包装完好的，可回收至工作间继续使用；包装破损的一律报废。
4 记录
楼层领班每日核对浴帽领用和回收数量，填写《一次性用品领用台账》。
""",
    ),
    dict(
        slug="snapshot-xunjing-notice-bus-stop-renaming-record",
        site="寻径搜索 (invented search engine, cache snapshot of 柍城市交通运输局)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cache.xunjing-so.com/c?u=http%3A%2F%2Fjtj.yangcheng.gov.cn%2Ftzgg%2F20250612%2F301.html",
        title="关于调整部分公交站牌名称的公告",
        record_title="寻径搜索 · 快照 ▸ 关于调整部分公交站牌名称的公告",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="snapshot frame with a capture banner and highlighted search terms, then the bureau's page; "
        "decorated record title, date from the record; a renaming table one row a paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>寻径搜索 · 快照 ▸ 关于调整部分公交站牌名称的公告</title>
<script src="https://cache.xunjing-so.com/js/hl.js"></script>
</head><body>
<div class="xj-frame">
<p>⟦d 这是寻径搜索保存的网页副本，抓取于 2025-06-15 03:12，原网页可能已经变化。⟧</p>
<p>⟦m 原始地址：http://jtj.yangcheng.gov.cn/tzgg/20250612/301.html⟧</p>
<p>⟦m 已为你标出关键词：<em style="background:#ff6">公交</em> <em style="background:#9ef">站牌</em> <em style="background:#fc9">名称</em>⟧</p>
</div>
<div class="origin">
<div class="jt-head">⟦m 柍城市交通运输局⟧ ⟦m 首页　机构职能　政务公开　交通服务⟧</div>
<div class="jt-pos">⟦m 首页 &gt; 公示公告 &gt; 运输管理⟧</div>
<h2>{T}</h2>
<p class="jt-info">⟦m 发布日期：2025-06-12　来源：运输管理科⟧</p>
<div class="jt-text">
{BODY}
</div>
<div class="jt-foot">⟦m 柍城市交通运输局版权所有　交通服务热线：0798-12328⟧</div>
</div>
</body></html>
""",
        body="""
为使公交站名与地名、标志性建筑名称保持一致，方便市民出行，经征求意见，市交通运输局决定自2025年6月20日起调整以下公交站牌名称：
原站名　新站名　涉及线路
汽车北站　桴湖客运枢纽　2路、9路、15路
老供销社　荜坪镇政府　31路
建材市场　柍城五金城　6路、22路
站名调整后，公交车内报站、电子站牌和手机查询信息同步更新。给市民带来的不便，敬请谅解。
柍城市交通运输局
2025年6月12日
""",
    ),
    dict(
        slug="snapshot-jueyuan-textmode-drill-noise-hours",
        site="掘源搜索 (invented search engine, text-only snapshot of a property company's page)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kuaizhao.jueyuan.cn/t?k=9f31c0&u=www.ycyiju-wy.com%2Fgg%2F0506.html",
        title="关于装修期间使用电钻等噪声工具时段的温馨提示",
        record_title="掘源快照（文本模式）：关于装修期间使用电钻等噪声工具时段的温馨提示",
        date="2025-05-06",
        notes="text-only snapshot: a capture line (no date) and the original URL, then the property company's "
        "page; the property's own service phone in the body; 成文日期 under the signature",
        page="""
!d 【掘源快照·文本模式】本页为 2025-07-30 抓取的纯文字副本，仅供参考，请以原网页为准
!m 原网址：www.ycyiju-wy.com/gg/0506.html
!a 查看完整版快照　|　查看原网页
!m 柍城宜居物业 · 用心守护每个家
!m 首页 / 物业公告
{T}
{BODY}
!m 柍城宜居物业服务有限公司　全国统一客服：400-778-0798
""",
        body="""
各位业主：
近期小区内装修户较多，为减少电钻、电锤、切割机等工具噪声对邻居休息的影响，根据小区《装修管理规定》，现将有关事项提示如下：
一、装修施工时间为工作日8:00—12:00、14:00—18:00，周六、周日及法定节假日禁止使用电钻等噪声较大的工具。
二、使用电钻在墙面打孔前，请先查看图纸，避开墙内水管、电线和燃气管道。
三、装修垃圾须装袋后运到指定堆放点，不得堆放在楼道内。
如有疑问，请联系物业服务中心，电话：0798-3288650。
感谢各位业主的理解与配合！
柍城宜居物业服务有限公司萹塘小区服务中心
2025年5月6日
""",
    ),
    dict(
        slug="print-juyang-bulletin-signal-faults-window-print",
        site="椐阳县公安局交通警察大队 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jj.juyang.gov.cn/print.aspx?id=2025112003",
        title="关于部分路口信号灯故障处置不及时问题的通报",
        record_title="〖打印本页〗关于部分路口信号灯故障处置不及时问题的通报——椐阳交警",
        date="2025-11-20",
        notes="print view calling window.print(): a print toolbar, a print stamp (no date) and a print footer "
        "(⦝ 页 1／1 ⦝); a 抄送 line in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖打印本页〗关于部分路口信号灯故障处置不及时问题的通报——椐阳交警</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint">⟦a 🖨 立即打印⟧ ⟦a 关闭预览⟧ ⟦a 去掉页眉页脚⟧</div>
<div class="print-head">⟦m 椐阳交警 · 政务公开⟧ ⟦m 打印时间：2025-11-24 10:05⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦m 本页地址：http://jj.juyang.gov.cn/info/2025112003.html⟧</div>
<div class="print-page">⟦p ⦝ 页 1／1 ⦝⟧</div>
</body></html>
""",
        body="""
各中队、设施科：
11月以来，县城区先后有5个路口的信号灯出现故障，其中建设路与芄田大道路口故障后近4个小时才恢复，其间未安排民警到场疏导，造成早高峰严重拥堵，群众反映强烈。
经查，设施科接到报修后未按规定在30分钟内派员到场，值班中队也未及时启动人工指挥预案。现对设施科、城区一中队予以通报批评。
各单位要引以为戒：一是严格落实信号灯故障30分钟到场处置要求；二是故障期间必须安排警力现场指挥；三是设施科每周对城区信号灯巡检一次，并建立巡检台账。
椐阳县公安局交通警察大队
2025年11月20日
抄送：县公安局指挥中心。
""",
    ),
    dict(
        slug="print-chouchuan-host-script-plastic-free-rooms",
        site="椆川县旅游饭店协会 (invented, print view)",
        style="打印页",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.ccxlyfd.org/print/hd/1103.html",
        title="全县酒店行业“无塑客房”推进会主持词",
        record_title="打印稿 ▷ 全县酒店行业“无塑客房”推进会主持词",
        date=None,
        notes="print view as text: a print stamp (no date), a print toolbar line and a print footer "
        "(⧞ 第1页，共1页 ⧞); a 主持词 carries no date",
        page="""
!a [打印] [返回正文页]
!m 椆川县旅游饭店协会 · 打印版
!m 打印于 2025-11-03 15:22
{T}
{BODY}
!m 来源网址：http://www.ccxlyfd.org/hd/1103.html
!p ⧞ 第1页，共1页 ⧞
""",
        body="""
各位来宾、各位同行：
大家下午好！全县酒店行业“无塑客房”推进会现在开始。
出席今天会议的有县商务局、县市场监管局的领导，以及全县42家酒店、民宿的负责人。
今天的会议有三项议程：一是县商务局通报全县酒店一次性用品减量工作情况；二是两家酒店介绍浴帽、牙刷等一次性用品按需提供的做法；三是签订“无塑客房”承诺书。
下面进行第一项议程……
各位同行，从一顶浴帽做起，减少的是塑料，提升的是服务。希望大家会后把今天的要求带回去，落到每一间客房。
会议到此结束，谢谢大家！
""",
    ),
    dict(
        slug="mail-yangcheng-webmail-letter-borrow-drills-wps",
        site="柍城企业邮 (invented webmail, reading view)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.ycqiye.com/read?mid=ZL0917-4452",
        title="关于借用冲击电钻等施工工具的函",
        record_title="Fwd: 关于借用冲击电钻等施工工具的函.wps",
        date="2025-09-16",
        date_also=["2025-09-17"],
        notes="webmail reading view: forwarded-mail headers with their own 抄送 line beside the letter's 抄送 line, "
        "an attachment bar beside the letter's 附件 line, the community's own contact; mail sent a day after "
        "the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Fwd: 关于借用冲击电钻等施工工具的函.wps - 柍城企业邮</title>
<script src="/webmail/js/read.min.js"></script>
</head><body>
<div class="wm-top">⟦m 柍城企业邮⟧ ⟦m chenguodong@ycjg-group.com⟧ <a>⟦a 退出邮箱⟧</a></div>
<div class="wm-side">⟦m 收件箱(12)　星标邮件　已发送　草稿箱　垃圾箱⟧</div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<p>⟦m 主题：Fwd: 关于借用冲击电钻等施工工具的函.wps⟧</p>
<p>⟦m 发件人：许曼 &lt;xuman@ycjg-group.com&gt;⟧</p>
<p>⟦m 收件人：陈国栋 &lt;chenguodong@ycjg-group.com&gt;⟧</p>
<p>⟦m 抄　送：工具房 &lt;gjf@ycjg-group.com&gt;⟧</p>
<p>⟦m 时　间：2025年9月17日（星期三）上午9:41⟧</p>
</div>
<div class="wm-body">
<p>⟦m 陈经理：社区来函，请阅示。——许曼⟧</p>
<p>⟦m ---------- 转发邮件 ----------⟧</p>
<p>⟦m 发件人：鹑岭社区居委会 &lt;chunlingsq@fuhu-mail.cn&gt;⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-att">⟦a 📎 附件 1 个：工具借用清单.xlsx（14.6K）　预览　下载　存网盘⟧</div>
<div class="wm-foot">⟦m 柍城企业邮 · 安全稳定的企业邮箱服务⟧</div>
</body></html>
""",
        body="""
柍城建工集团第二工程部：
我社区拟于9月下旬对萹塘小区3处老旧车棚进行维修加固，需在立柱和墙面上打孔安装支架。因社区没有专业施工工具，特商请贵部借用以下工具：
1. 冲击电钻2台（含常用钻头）；
2. 电锤1台；
3. 移动式漏电保护插座2个。
借用时间为9月22日至9月30日，我社区将指定专人保管，用毕清洁后按时归还，如有损坏照价赔偿。
联系人：鹑岭社区　魏晓峰，电话：0798-3290633。
附件：工具借用清单
鹑岭社区居民委员会
2025年9月16日
抄送：桴湖街道办事处城建办
""",
    ),
    dict(
        slug="mail-forward-text-notice-shed-rebuild-parking",
        site="椆川县机关事务服务中心 mail (invented, forwarded as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://ccjgsw/inbox/20250403-0914",
        title="关于机关大院车棚改造期间车辆停放的通知",
        record_title="FW：转发：关于机关大院车棚改造期间车辆停放的通知",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="a notice forwarded by mail as text: mail headers, a forward separator and a mail signature are "
        "chrome; the send date differs from the 成文日期",
        page="""
!m 发件人：县机关事务服务中心办公室 <bgs@ccjgsw.gov.cn>
!m 发送时间：2025年4月3日 星期四 09:14
!m 收件人：各科室联络员
!m 主题：FW：转发：关于机关大院车棚改造期间车辆停放的通知
!m 各位联络员：请转告本科室同事，谢谢。
!m ---------- 以下为转发内容 ----------
{T}
{BODY}
!m ——
!m 椆川县机关事务服务中心办公室　内线 8203
!d 此邮件含内部信息，非收件人请勿转发并立即删除。
""",
        indent="\u3000\u3000",
        body="""
各科室：
机关大院东侧车棚将于4月8日至4月30日进行改造，更换棚顶并加装充电设施。改造期间车棚停止使用，现将车辆停放有关事项通知如下：
一、自行车和电动自行车请临时停放在大院西侧篮球场北边，停放时请排列整齐。
二、改造期间临时停放点不提供充电，请勿私拉电线充电。
三、机动车停放不受影响。
请各科室及时通知本科室人员。
县机关事务服务中心
2025年4月2日
""",
    ),
]
