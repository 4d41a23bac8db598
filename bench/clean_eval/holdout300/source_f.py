"""holdout300, part F: the text 公考论坛 page, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: 压面机, 咖啡壶, 茶漏, 碗架, 洗菜盆.
"""

CASES = [
    dict(
        slug="examforum-gongkao-interview-moldy-dish-rack",
        site="公考小屋论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.gongkaoxw.example.com/thread-40981-1-1.html",
        title="结构化面试：检查中发现学校食堂碗架发霉，你怎么处理？",
        record_title="【结构化天天练】结构化面试：检查中发现学校食堂碗架发霉，你怎么处理？（附作答框架参考）- 结构化面试 - 公考小屋论坛",
        date=None,
        notes="exam-forum text: a reply-to-see line, a QQ-group ad, a signature and replies; an answer with 首先/其次/"
        "最后; 'posted 2 weeks ago' is no date",
        page="""
!m 公考小屋论坛 › 结构化面试 › 真题演练
!t 【结构化天天练】结构化面试：检查中发现学校食堂碗架发霉，你怎么处理？（附作答框架参考）- 结构化面试 - 公考小屋论坛
!m 小屋守夜人　发表于 2 周前　｜　查看 1,486　回复 23
!w 面试一对一模拟，考官级点评，QQ群 562190437
{BODY}
!a 【隐藏内容】考官评分细则：回复本帖后刷新可见
!m 签名档：今天多练一题，考场少慌一分
!l 2楼 一战上岸：第二点写得好，先控制再整改
!l 3楼 稳住能赢：打卡，明天来背
""",
        body="""
这道题考的是应急应变和组织协调能力，我的作答思路如下：
首先，立即控制风险。我会请食堂负责人暂停使用发霉的碗架，把上面的餐具全部撤下，重新清洗消毒后放入消毒柜或其他干净的碗架，保证当天学生正常用餐不受影响。
其次，查明原因、抓好整改。发霉多半与碗架离地太近、通风不好、清洁不及时有关。我会和食堂管理人员一起查看，拍照留存，督促限期更换或彻底清洁，并完善碗架每日清洁、每周消毒的制度。
最后，举一反三。将情况向领导汇报，建议对全县学校食堂的碗架开展一次排查，把问题消除在萌芽状态。
""",
    ),
    dict(
        slug="encyclopedia-zhiyuan-tea-strainer-entry",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.example.com/item/茶漏/20871",
        title="茶漏",
        record_title="茶漏_茶具词条_知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "。; the entry name opens the body (the repeated title matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>茶漏_茶具词条_知源百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="wk-top">⟦m 知源百科⟧ <input placeholder="搜词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="wk-tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<h1 class="wk-title">{T}</h1>
<div class="wk-sub">⟦m 茶具名称 · 本词条由“知源百科·茶文化”编辑组审核⟧</div>
<table class="wk-info">
<tr><td>⟦m 中文名　茶漏⟧</td><td>⟦m 别　名　茶滤、滤网⟧</td></tr>
<tr><td>⟦m 类　别　辅助茶具⟧</td><td>⟦m 材　质　不锈钢、陶瓷、竹木⟧</td></tr>
</table>
<div class="wk-toc">⟦l 目录　1 用途　2 种类　3 使用与保养⟧</div>
<div class="wk-body">
{BODY}
</div>
<div class="wk-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《茶具知识读本》，茶事出版社⟧</p><p>⟦l [2] 《家庭饮茶指南》，垲阳科技出版社⟧</p></div>
<div class="wk-foot">⟦m 词条浏览 18,204 次　最近更新：五天前⟧ ⟦d 知源百科内容由网友共同编辑，如有不准确之处欢迎修改。⟧</div>
</body>
</html>
""",
        body="""
茶漏，又称茶滤，是泡茶时用来过滤茶渣、茶末的辅助茶具，通常与盖碗、公道杯配合使用。⟦l [1]⟧
用途
泡茶出汤时，把茶漏架在公道杯或品茗杯口上，茶汤经过茶漏流入杯中，茶叶碎末被滤网挡住，使茶汤清澈。
种类
按材质分，常见的有不锈钢茶漏、陶瓷茶漏和竹木茶漏。不锈钢茶漏多为金属网，滤得细；陶瓷茶漏在底部打孔，孔径较大；竹木茶漏用竹篾编成，质朴耐看。⟦l [2]⟧
使用与保养
茶漏每次用后应冲洗干净、晾干。不锈钢茶漏可定期用小苏打浸泡去除茶垢，竹木茶漏要避免长时间浸水，以防发霉。
""",
    ),
    dict(
        slug="encyclopedia-bowen-noodle-press-entry-title-line",
        site="博闻百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.bowenbaike.example.cn/wiki/yamianji",
        title="压面机",
        record_title=None,
        date=None,
        notes="no record title: the entry name stands on a title line and opens the body (matched as head); an "
        "edit line, a contents line and a 'last edited 3 days ago' stamp; no date",
        page="""
!m 博闻百科 · 人人可编辑的百科全书
{T}
!a 编辑词条　｜　添加义项　｜　投诉
!m 机械名词　浏览 6,417　最后编辑于 3 天前
!l 目录：1 结构　2 分类　3 安全使用
{BODY}
!l 词条标签：食品机械　厨房电器　面食
!d 博闻百科词条内容仅供参考，如涉及专业问题请咨询相关人士。
""",
        body="""
压面机是把和好的面团反复碾压成面片，再切成面条的食品机械，广泛用于家庭、面馆和挂面作坊。
结构
压面机主要由机架、压辊、刀辊、传动装置和调节机构组成。面团从两根相对转动的压辊之间通过，被压成厚薄均匀的面片；面片再经过刀辊，被切成宽窄不同的面条。
分类
按动力分为手摇式和电动式；按用途分为家用压面机和商用压面机。商用压面机多配有自动送料和切断装置。
安全使用
操作电动压面机时，手不得靠近转动的压辊，清理压辊前必须切断电源。商用压面机应配备防护罩和急停开关。
""",
    ),
    dict(
        slug="clouddrive-yunfan-tea-strainer-instruction-marker-paras",
        site="云帆网盘 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunfan-drive.example.com/s/1kTzQ8bW",
        title="茶饮门店茶漏清洁作业指导书",
        record_title="茶饮门店茶漏清洁作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: VIP prompts, a share expiry line, ⭮ n/4 ⭯ page-marker paragraphs cutting "
        "sentences; decimal headings 1.1–3.2; no date (share and expiry stamps are none)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>茶饮门店茶漏清洁作业指导书.pdf_免费高速下载|云帆网盘</title>
<script src="/js/yf-preview.js"></script>
</head>
<body>
<div class="yf-head">⟦m 云帆网盘⟧ <a>⟦a 登录云帆⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="yf-file">
<h2>{T}</h2>
<p>⟦m 分享者：茶小铺运营部　｜　分享于 2025-02-07　｜　失效时间：永久有效　｜　412KB⟧</p>
<div class="yf-btn"><button>⟦a 转存到我的云帆⟧</button> <button>⟦a 普通下载⟧</button></div>
</div>
<div class="yf-preview">
{BODY}
</div>
<div class="yf-vip">⟦a 非会员仅可预览前4页，开通超级会员预览全部⟧</div>
<div class="yf-foot">⟦d 云帆网盘严禁分享违法违规内容，发现请举报。⟧ ⟦m ©2025 云帆网盘⟧</div>
</body>
</html>
""",
        pages=dict(fmt="⭮ {n}/4 ⭯", every=80, start=2),
        body="""
1.目的
1.1 规范门店茶漏的清洁流程，防止茶垢堆积和交叉污染，保证出品茶汤的口感和卫生。
2.适用范围
2.1 本指导书适用于各门店吧台使用的不锈钢茶漏和尼龙茶漏。
3.作业步骤
3.1 每次出品后，将茶漏中的茶渣倒入湿垃圾桶，用流动清水冲洗滤网正反两面。
3.2 每日闭店前，将全部茶漏放入小苏打溶液中浸泡十五分钟，用软毛刷刷洗滤网边缘和手柄连接处，再用清水冲净，倒扣在沥水架上晾干。
3.3 每周一由店长检查茶漏滤网，发现破损、变形或难以去除的茶垢，应立即更换，并在物料登记表上登记。
""",
    ),
    dict(
        slug="clouddrive-weipan-report-dish-rack-markers-own-lines",
        site="微盘云分享 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.weipan-cloud.example.cn/f/8Qx27Lm",
        title="关于城区餐饮门店碗架使用情况的调研报告",
        record_title="关于城区餐饮门店碗架使用情况的调研报告.docx",
        date="2025-05-30",
        notes="cloud-drive text preview cut by ▛n▟ markers on lines of their own; a share banner, a transfer-speed "
        "prompt; the 成文日期 under the signature; the share date is no date",
        page="""
!m 微盘云分享　｜　文件预览
!t 关于城区餐饮门店碗架使用情况的调研报告.docx
!m 来自：阡岭县餐饮协会秘书处 的分享　｜　2025-06-03 分享　｜　38.2KB
!a 开通会员，下载速度提升10倍
{BODY}
!a 转存　｜　下载　｜　举报
!d 文件由用户自行分享，微盘云分享不对其内容负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="▛{n}▟", every=90, start=2),
        body="""
为了解城区餐饮门店碗架使用情况，5月中旬，县餐饮协会秘书处随机走访了城区62家餐饮门店。现将调研情况报告如下。
一、基本情况。62家门店中，使用不锈钢碗架的有41家，使用木质碗架的有14家，使用塑料碗架的有7家。设有专用保洁碗架的门店只有23家，不到四成。
二、主要问题。一是部分门店碗架紧贴水池摆放，底层长期潮湿；二是已消毒和未消毒餐具混放在同一碗架上；三是木质碗架发霉、开裂仍在使用。
三、建议。建议协会组织会员门店开展碗架自查，引导门店逐步更换木质碗架，并把碗架清洁纳入门店日常卫生检查。
阡岭县餐饮协会秘书处
2025年5月30日
""",
    ),
    dict(
        slug="snapshot-souyu-consumer-tip-coffee-pot-frame",
        site="搜隅网页快照 (invented search cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="https://cache.souyu.example.com/c?u=scjgj.xiachuan.example.gov.cn/xfts/2025/0416.html",
        title="关于谨慎选购无中文标识咖啡壶的消费提示",
        record_title="关于谨慎选购无中文标识咖啡壶的消费提示 - 搜隅快照",
        date="2025-04-16",
        notes="snapshot frame: a capture banner with its stamp, highlighted search terms, the cached portal's chrome; "
        "the 成文日期 under the signature; the capture time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于谨慎选购无中文标识咖啡壶的消费提示 - 搜隅快照</title>
<script>var SY_CACHE={t:"2025-05-02 06:14"};</script>
</head>
<body>
<div class="sy-banner">⟦m 搜隅快照：这是页面在 2025-05-02 06:14 被抓取时的样子，当前页面可能已经变化。⟧ <a>⟦a 查看当前页面⟧</a></div>
<div class="sy-hl">⟦m 已为您高亮显示：咖啡壶 中文标识⟧</div>
<div class="sy-frame">
<div class="gov-top">⟦m 遐川市市场监督管理局⟧ ⟦m 首页 ＞ 消费提示⟧</div>
<h2>{T}</h2>
<div class="gov-info">⟦m 浏览次数：877⟧</div>
{BODY}
<div class="gov-foot">⟦m 遐川市市场监督管理局　主办　投诉举报：12315⟧</div>
</div>
<div class="sy-foot">⟦d 搜隅与该网页作者无关，不对其内容负责。⟧</div>
</body>
</html>
""",
        p_html='<p><span class="hl-off">{}</span></p>',
        body="""
近期，我局在网络交易监测中发现，部分网店销售的摩卡壶、电热咖啡壶没有中文名称、厂名厂址和使用说明，有的电热咖啡壶还没有强制性产品认证标志。
为此，提醒广大消费者：
一、选购咖啡壶时，要查看产品是否有中文标识，电热咖啡壶要认准强制性产品认证标志。
二、摩卡壶要检查安全阀是否灵活，壶身和手柄连接是否牢固。
三、使用前仔细阅读说明书，不要超过最高注水线。
四、保存好购物凭证，发现质量问题可拨打12315投诉。
遐川市市场监督管理局
2025年4月16日
""",
    ),
    dict(
        slug="snapshot-wenzi-cache-tea-class-notice",
        site="问字搜索文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kz.wenzi-search.example.net/text?url=lndx.pangshui.example.cn/tz/0902",
        title="滂水县老年大学2024年秋季茶艺班开课通知",
        date="2024-09-02",
        notes="record title as is; a text-only cache: a capture line, a 'text version' note and the cached site's name "
        "and nav; a class list with 茶漏 to bring; the 成文日期 at the end",
        page="""
!m 问字搜索 · 文字快照（仅显示文字）
!m 快照生成于 2024-09-15，网页原地址已保存
!m 滂水县老年大学　首页 | 通知公告 | 课程设置
{T}
{BODY}
!m 滂水县老年大学　地址：滂水县人民路42号
!d 文字快照由程序自动生成，排版可能与原网页不同。
""",
        indent="\u3000\u3000",
        body="""
各位学员：
2024年秋季茶艺班定于9月10日开课，现将有关事项通知如下：
一、上课时间：每周二下午2:30—4:30，共16周。
二、上课地点：老年大学二楼茶艺教室。
三、课程内容：绿茶、红茶、乌龙茶的冲泡方法，茶具的使用与保养，茶席布置等。
四、学员自备物品：盖碗一只、茶漏一只、茶巾一条。茶漏以不锈钢细网为宜，学校也可代购。
五、老学员请于开课前到教务处办理续报手续，新学员请携带报名回执。
滂水县老年大学教务处
2024年9月2日
""",
    ),
    dict(
        slug="print-kaiyang-training-plan-noodle-press-window-print",
        site="垲阳市人力资源和社会保障局 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://rsj.kaiyang.gov.cn.example/print.jsp?id=20250417-062",
        title="挂面作坊压面机操作人员安全培训实施方案",
        record_title="【打印备用】挂面作坊压面机操作人员安全培训实施方案 ◂ 垲阳市人力资源和社会保障局",
        date="2025-04-17",
        notes="print view calling window.print(): a print-button row, the URL line and a print stamp at the top, a "
        "print footer ⎿ 打印页 1／1 ⎽ at the end; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【打印备用】挂面作坊压面机操作人员安全培训实施方案 ◂ 垲阳市人力资源和社会保障局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔确认打印〕〔关闭此页〕⟧</div>
<div class="pr-head">⟦m 垲阳市人力资源和社会保障局　打印时间：2025-05-06 09:31⟧</div>
<div class="pr-url">⟦m 原文地址：http://rsj.kaiyang.gov.cn.example/zcwj/20250417-062.html⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="pr-foot">⟦p ⎿ 打印页 1／1 ⎽⟧</div>
</body>
</html>
""",
        body="""
为减少挂面作坊压面机伤害事故，提高操作人员安全意识和技能，制定本方案。
一、培训对象。全市挂面作坊压面机操作人员，约1200人。
二、培训内容。压面机结构和工作原理；防护罩、急停开关的检查方法；送料、调整压辊间隙、清理面屑的安全操作要领；手部挤伤的应急处置。
三、培训方式。各县（市、区）人社部门依托职业技能培训学校分批组织，每期不少于16学时，理论与实操各半。培训结束后进行考核，合格者发给培训合格证明。
四、时间安排。5月至9月分三批完成，9月底前各地将培训情况报市局职业能力建设科。
垲阳市人力资源和社会保障局
2025年4月17日
""",
    ),
    dict(
        slug="print-qianling-bulletin-dish-rack-canteen-check",
        site="阡岭县教育体育局 (invented, print text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://jyj.qianling.gov.cn.example/print/2025/1009.html",
        title="关于全县学校食堂碗架清洁消毒抽查情况的通报",
        record_title="[打印样张·内部] 关于全县学校食堂碗架清洁消毒抽查情况的通报（内部）",
        date="2025-10-09",
        notes="a print text: the title printed as a print header, a print stamp and a URL line at the top, a print "
        "footer ⟽ 第1页 · 共1页 ⟾ closing it; a data table one row a paragraph; the 文号 line neutral",
        page="""
!m 阡岭县教育体育局　｜　打印本页　2025-10-14 16:02
!t [打印样张·内部] 关于全县学校食堂碗架清洁消毒抽查情况的通报（内部）
{T}
阡教体通〔2025〕19号
{BODY}
!m http://jyj.qianling.gov.cn.example/hqbz/2025/1009.html
!p ⟽ 第1页 · 共1页 ⟾
""",
        indent="\u3000\u3000",
        body="""
各中小学校：
9月下旬，县教体局对全县20所学校食堂的碗架清洁消毒情况进行了抽查。现将抽查情况通报如下。
学校类别　抽查数　合格数　不合格数
高中　3　3　0
初中　7　6　1
小学　10　8　2
不合格的3所学校主要问题是：碗架底层有积水和霉斑，消毒后的餐具放回未清洁的碗架，碗架清洁记录缺失。
请各校对照问题开展自查，不合格学校须于10月20日前完成整改，并将整改报告报县教体局计财股。
阡岭县教育体育局
2025年10月9日
""",
    ),
    dict(
        slug="mail-huiyun-letter-coffee-pots-attachment-bar",
        site="惠云企业邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.huiyun-qiye.example.com/read?mid=ZC2025052201882",
        title="关于订购接待用咖啡壶的函",
        record_title="转发：【需报价】关于订购接待用咖啡壶的函",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="webmail reading view: a forwarded header block, an attachment bar beside the letter's own 附件 list, "
        "the sender's note above the letter; the letter's contact in the body; the send date differs from 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>惠云企业邮箱 - 读信</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="hy-bar">⟦m 惠云企业邮箱⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧ <span>⟦m xushuyi@yunxi-hotel.example.com⟧</span></div>
<div class="hy-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="hy-subject"><h3>⟦t 转发：【需报价】关于订购接待用咖啡壶的函⟧</h3></div>
<div class="hy-head">
<p>⟦m 发件人：管雨晴 &lt;guanyuqing@yunxi-hotel.example.com&gt;⟧</p>
<p>⟦m 收件人：许书怡⟧</p>
<p>⟦m 时　间：2025年5月22日（星期四）上午10:05⟧</p>
</div>
<div class="hy-note">⟦m 书怡：这是行政部发给供应商的函，附件里有清单，请按清单跟进报价。——雨晴⟧</div>
<div class="hy-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="hy-body">
{BODY}
</div>
<div class="hy-att">⟦a 📎 附件 2 个（共 96KB）：咖啡壶订购清单.xlsx　收货信息.docx　全部下载⟧</div>
<div class="hy-foot">⟦d 惠云企业邮箱提醒：请勿轻信邮件中的汇款要求。⟧</div>
</body>
</html>
""",
        body="""
垲阳市恒焙咖啡器具有限公司：
我酒店拟为各楼层接待室和行政酒廊订购一批咖啡壶，现将有关事项函告如下：
一、订购品种和数量。六人份摩卡壶30只，八人份玻璃手冲壶20只，电热咖啡壶10台，具体型号见附件1。
二、质量要求。产品须有中文标识和产品合格证，电热咖啡壶须有强制性产品认证标志，摩卡壶安全阀须逐只检验。
三、交货要求。请于6月10日前送至我酒店后勤仓库，收货信息见附件2。
请贵公司于5月28日前回复报价。
附件：1.咖啡壶订购清单
2.收货信息
联系人：管雨晴，电话：0790-6173526，邮箱：guanyuqing@yunxi-hotel.example.com。
遐川云溪酒店有限公司
2025年5月20日
""",
    ),
    dict(
        slug="mail-forward-request-canteen-wash-basins",
        site="转发邮件文本 (invented)",
        style="邮件转发",
        genre="请示",
        kind="report",
        form="text",
        source="mailto:forwarded/2025-06-06/qingshi-xicaipen",
        title="关于更换职工食堂洗菜盆的请示",
        record_title="Fwd: 关于更换职工食堂洗菜盆的请示",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="a forwarded mail as text: From/Date/Subject/To headers and a forwarding note; the request's own 联系人 "
        "and 抄送 line in the body; a mail client's signature and a confidentiality notice at the end",
        page="""
!m ---------- Forwarded message ---------
!m From: 后勤服务中心 <houqin@pangshui-hosp.example.cn>
!m Date: 2025年6月6日 周五 08:47
!t Subject: 关于更换职工食堂洗菜盆的请示
!m To: 院办公室 <yuanban@pangshui-hosp.example.cn>
!m 院办各位：转给你们，请按程序呈批。
{BODY}
!m 发自我的手机邮箱
!d 本邮件及附件仅供指定收件人使用，如误收请删除并通知发件人。
""",
        body="""
院领导：
职工食堂现有洗菜盆6组，是2016年食堂改造时安装的，已使用九年。目前有3组盆体焊缝开裂漏水，2组下水管锈蚀堵塞，后厨地面经常积水，既影响食品安全，也存在滑倒隐患。
为保障职工就餐安全，后勤服务中心拟更换不锈钢三槽洗菜盆4组、双槽洗菜盆2组，同时更换下水管道，预算约2.6万元，从年度维修经费中列支。
妥否，请批示。
联系人：覃雨生，电话：0797-7051166。
滂水县人民医院后勤服务中心
2025年6月5日
抄送：财务科。
""",
    ),
]
