"""holdout357, part F: Q&A sites, encyclopaedias, search-cache snapshots, print views and
forwarded mails. Everything invented by hand; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenqu-qa-decanter-limescale",
        site="问渠问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenquwenda.com/q/38827104.html",
        title="醒酒器底部有一圈白色水垢，怎么洗才能洗掉？",
        record_title="醒酒器底部有一圈白色水垢，怎么洗才能洗掉？ - 家居清洁 - 问渠问答",
        date=None,
        notes="Q&A page: the question as the title, an adopted-answer badge, a vote bar and more answers; answer times are relative; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>醒酒器底部有一圈白色水垢，怎么洗才能洗掉？ - 家居清洁 - 问渠问答</title>
<script src="/static/qa/bundle.js"></script>
</head>
<body>
<div class="wq-top">⟦m 问渠问答⟧ ⟦m 问渠那得清如许⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="wq-crumb">⟦m 问渠问答 › 生活 › 家居清洁⟧</div>
<div class="wq-q">
<h1>{T}</h1>
<p class="wq-qdesc">⟦l 提问者补充：用了好几次清洁珠都没用，那圈白印子越来越明显。⟧</p>
<p class="wq-qmeta">⟦m 酒窝里的葡萄 · 提问于 5 个月前 · 浏览 3,127⟧</p>
</div>
<div class="wq-best">
<div class="wq-badge">⟦m ✔ 提问者采纳⟧</div>
<div class="wq-ans-user">⟦m 家政老孙 · 家居清洁领域优质回答者⟧</div>
<div class="wq-ans">
{BODY}
</div>
<div class="wq-vote">⟦a ▲ 有用 286　▼ 没用 3　｜ 评论 12 ｜ 分享⟧</div>
<div class="wq-time">⟦m 回答于 5 个月前⟧</div>
</div>
<div class="wq-more">
<h3>⟦l 其他 4 个回答⟧</h3>
<p>⟦l 橙子味的汽水：试试假牙清洁片，泡一晚上就行⟧</p>
<p>⟦l 大熊：白醋加米，摇一摇⟧</p>
</div>
<div class="wq-foot">⟦m 问渠问答 © 2024　京ICP备21043306号⟧</div>
</body>
</html>
""",
        body="""
醒酒器底部的白圈一般是水垢，也就是水里的钙镁离子干了以后留下的沉积物，清洁珠主要是刮掉酒渍的，对水垢作用不大。推荐这样处理：
1.往醒酒器里倒入温水，加两勺白醋或一小包柠檬酸，水量没过白圈即可；
2.静置两到三个小时，中间轻轻晃动几次；
3.倒掉后放入清洁珠或一把生大米，加少量清水摇晃，把松动的水垢带下来；
4.用清水冲洗两三遍，倒挂晾干。
以后每次洗完最好用纯净水再涮一遍，倒挂晾干，就不容易再结水垢了。注意不要用钢丝球或硬刷子，醒酒器的玻璃被划花后更容易挂垢。
""",
    ),
    dict(
        slug="zhiwu-qa-rack-material-question-title",
        site="知物问答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://ask.zhiwuwenda.cn/question/77120.html",
        title="小服装店的展示架用什么材质的好？承重要怎么考虑？",
        record_title=None,
        date=None,
        notes="no record title: the question on the page is the title; the answer is the body; vote line, more answers and relative times only",
        page="""
!m 知物问答社区　·　懂行的人来回答
!m 问题分类：生活 ＞ 开店经营
{T}
!m 提问者：开店小白阿芽　　3 天前
!m 已有 3 个回答　｜　关注问题 41 人
!m ★ 最佳回答
!m 回答者：做了十年货架的老唐　回答于 2 天前
{BODY}
!a 👍 赞同 57　　💬 评论 6　　↗ 分享
!l 更多回答：
!l 暨湖阿强：预算有限就选铁艺喷塑的，便宜耐用
!l 小林说开店：别忘了留出试衣通道
!a 我来回答这个问题
!m 知物问答社区 · 用户协议 · 隐私政策
""",
        indent="",
        body="""
开服装店的话，常见的展示架主要有三种材质，各有优缺点：
1.铁艺喷塑：价格便宜、结实耐用，适合挂衣架和鞋架，缺点是款式比较普通。
2.不锈钢：不生锈、好打理，适合走简约风的店，但价格偏高，挂钩容易打滑。
3.实木或钢木结合：质感好，适合中高端女装店，注意选有防潮处理的。
承重方面，挂衣的横杆一般每米要能承重30千克以上，层板架每层不低于20千克。冬装厚重，要按冬季挂满来算。另外靠墙的高架子一定要和墙体固定，防止顾客拉扯时倾倒。
最后提醒一句，展示架别摆到店门外的人行道上，占道经营会被城管处罚，也影响顾客进店。
""",
    ),
    dict(
        slug="cilin-wiki-entry-eggslicer-tabs",
        site="词林百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.cilinbk.com/item/切蛋器/60218",
        title="切蛋器",
        record_title="切蛋器（厨房切割工具）_词林百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued into sentences and an 'edit this section' link; the entry name opens the body; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>切蛋器（厨房切割工具）_词林百科</title>
<script src="/js/lemma.js"></script>
</head>
<body>
<div class="cl-head">⟦m 词林百科⟧ ⟦m 汇词成林的中文百科⟧ <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="cl-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1 class="cl-name">{T}</h1>
<div class="cl-sub">⟦m （厨房切割工具）⟧</div>
<div class="cl-info">
<table>
<tr><td>⟦m 中文名　切蛋器⟧</td></tr>
<tr><td>⟦m 外文名　egg slicer⟧</td></tr>
<tr><td>⟦m 类　别　厨房用具⟧</td></tr>
<tr><td>⟦m 主要材质　不锈钢、铝合金、食品级塑料⟧</td></tr>
</table>
</div>
<div class="cl-toc">⟦l 目录　1 结构　2 类型　3 使用与清洁⟧</div>
<div class="cl-body">
{BODY}
</div>
<div class="cl-ref">⟦l 参考资料　[1] 《家用厨房器具》编写组．家用厨房器具．轻工业出版社⟧</div>
<div class="cl-stat">⟦m 词条统计　浏览次数：18,402　编辑次数：9次　最近更新：2 个月前⟧</div>
<div class="cl-foot">⟦d 词林百科内容由网友共同编辑，如需专业意见请咨询相关人士⟧ ⟦m ©2024 词林百科⟧</div>
</body>
</html>
""",
        body="""
切蛋器是一种把煮熟去壳的鸡蛋切成均匀薄片或小瓣的厨房工具，常见于家庭厨房、食堂和早餐店。⟦l [1]⟧
结构⟦a [编辑本节]⟧
切蛋器一般由底座、压杆和切割部件组成。底座上有与鸡蛋形状相符的凹槽，压杆上平行排列多根细钢丝，按下压杆，钢丝即可把鸡蛋切成厚度一致的蛋片。
类型
按切割方式，切蛋器可分为切片式、切瓣式和多功能式三类。多功能切蛋器配有可更换的切割架，既能切片，也能切成六瓣或八瓣。
使用与清洁
使用时应把鸡蛋横放在凹槽正中，一次压到底。清洗时宜用软毛刷顺着钢丝方向刷洗，不宜用手指直接擦拭钢丝，以免划伤。钢丝松动或断裂后应及时更换。
""",
    ),
    dict(
        slug="jujia-wiki-entry-garlicpress-text",
        site="居家有问百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.jiajiayouwen.cn/wiki/压蒜器",
        title="压蒜器",
        record_title="压蒜器 ⸮ 厨房小工具 ⸮ 居家有问百科",
        date=None,
        notes="encyclopaedia entry in text: tabs, infobox lines, a contents line, reference markers glued and an 'edit' link after a heading; the entry name opens the body; an example year in a sentence; no date",
        page="""
!m 居家有问百科
!a 阅读 ｜ 修改本条 ｜ 讨论区 ｜ 修订记录
{T}
!m 名称：压蒜器　　别名：蒜泥器、挤蒜器　　用途：制作蒜泥
!l 本条目录：历史 · 构造 · 选购 · 保养
{BODY}
!l 参考文献：[1] 厨具史话编委会．厨具史话
!m 本条目最近修订于 4 个月前　浏览 7,215
!d 本百科条目由用户编写，内容仅供参考
""",
        indent="",
        body="""
压蒜器是把蒜瓣挤压成蒜泥的手动厨房工具，又称蒜泥器、挤蒜器。
历史⟦a 【修改】⟧
据记载，杠杆式压蒜器在二十世纪初已在欧洲家庭中使用，早期多为铸铁或黄铜制品。20世纪80年代以后，不锈钢和铝合金压蒜器逐渐普及。⟦l [1]⟧
构造
常见的压蒜器由两根铰接的手柄、带滤孔的蒜槽和压板组成。把蒜瓣放入蒜槽，合拢手柄，蒜泥便从滤孔中挤出。
选购
宜选择食品级不锈钢材质、压板和蒜槽可拆卸的产品，手柄较长的更省力。
保养
使用后应立即冲洗，用小刷子清除滤孔中的残渣，擦干后存放。铸铁压蒜器要防止生锈。
""",
    ),
    dict(
        slug="xunrui-snapshot-county-notice-rack-sidewalk",
        site="寻睿网页快照 (invented search cache) / 暨湖县城市管理局",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.xunrui.example.com/c?u=cgj.jihu.gov.example.cn/tzgg/2024/0509/1120.html",
        title="关于规范临街商铺展示架摆放的通告",
        record_title="关于规范临街商铺展示架摆放的通告 - 暨湖县城市管理局（寻睿快照）",
        date="2024-05-08",
        date_also=["2024-05-09"],
        notes="search-cache frame: a capture banner with the capture time (no date), highlighted search terms; the cached portal's date differs from the notice's; a 文号 line neutral; the bureau's complaint line beside the portal's",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范临街商铺展示架摆放的通告 - 暨湖县城市管理局（寻睿快照）</title>
</head>
<body>
<div class="ms-banner">
<p>⟦m 这是寻睿对 http://cgj.jihu.gov.example.cn/tzgg/2024/0509/1120.html 的缓存，保存于抓取时刻 6 天前⟧</p>
<p>⟦d 该页面可能已经更新，寻睿与原网页作者无关，不对其内容负责⟧</p>
<p>⟦a 查看当前网页 ｜ 仅显示文字版本⟧</p>
<p>⟦m 已高亮显示以下搜索词：<b>展示架</b> <b>占道</b>⟧</p>
</div>
<div class="orig">
<div class="gov-top">⟦m 暨湖县城市管理局⟧</div>
<div class="gov-nav">⟦m 首页　机构职能　通知公告　执法公示　互动交流⟧</div>
<div class="gov-pos">⟦m 首页 › 公示公告⟧</div>
<h2>{T}</h2>
<div class="gov-meta">⟦m 发布日期：2024-05-09　来源：市容科⟧</div>
<p class="gov-no">暨城管通〔2024〕5号</p>
<div class="gov-con">
{BODY}
</div>
<div class="gov-foot">⟦m 暨湖县城市管理局　版权所有　网站纠错电话：0717-4512000⟧</div>
</div>
</body>
</html>
""",
        body="""
为维护城区市容秩序，保障行人通行安全，根据《城市市容和环境卫生管理条例》等规定，现就规范临街商铺展示架摆放有关事项通告如下：
一、临街商铺的服装架、鞋架、商品展示架等应摆放在店内，不得超出门窗外墙摆放，不得占用人行道、盲道。
二、确需在店外开展促销活动的，应提前向县城市管理局申请，经批准后在指定区域、指定时间内摆放。
三、自本通告发布之日起，县城市管理局将在文昌街、新华路等重点路段开展专项整治，对占道摆放展示架的，先行劝导，拒不改正的依法处罚。
四、欢迎市民监督，发现占道经营行为可拨打投诉电话0717-4512319。
特此通告。
暨湖县城市管理局
2024年5月8日
""",
    ),
    dict(
        slug="yueye-textcache-letter-eggslicer-oneline",
        site="阅页存档 (invented text-only cache) / 兑阳市消费者协会",
        style="搜索快照",
        genre="函",
        kind="notice",
        form="text",
        source="http://yueye.example.net/text?url=xfxh.duiyang.example.cn/gzdt/2024/0815/410.html",
        title="关于商请提供切蛋器产品检测报告的函",
        record_title="关于商请提供切蛋器产品检测报告的函（阅页存档·去图留文）",
        date="2024-08-15",
        notes="text-only cache: the whole letter on one line, paragraphs separated only by their indent; a capture line; the letter's contact and mailbox; the 成文日期",
        page="""
!m 阅页存档 · 纯文本模式　原网页：xfxh.duiyang.example.cn
!m 抓取于 11 天前，页面可能已变化
!a [切换为完整网页] [复制快照链接]
{T}
{BODY}
!m —— 快照内容到此结束 ——
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
兑阳市某日用品厂：
近期，我会在“小家电及厨房小工具”消费体验活动中收到多名消费者反映，贵厂生产的不锈钢切蛋器使用不久即出现钢丝断裂。为核实情况，保护消费者合法权益，特商请贵厂协助以下事项：
一、提供该型号切蛋器近一年的出厂检验报告和第三方检测报告；
二、说明钢丝材质、规格及装配工艺；
三、提出对已售产品的处理意见。
请于8月30日前将有关材料报送我会。
联系人：龚敏，电话：0716-8155132，邮箱：dyxfxh@example.cn。
兑阳市消费者协会
2024年8月15日
""",
    ),
    dict(
        slug="gaikou-print-bulletin-tentlamp-campsites",
        site="溉口镇人民政府网站 付印稿页面 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.gaikou.gov.example.cn/print.aspx?id=6618",
        title="关于暑期露营地帐篷灯等照明设施安全检查情况的通报",
        record_title="付印稿 ↻ 关于暑期露营地帐篷灯等照明设施安全检查情况的通报 ↻ 溉口镇人民政府",
        date="2024-08-20",
        notes="print view calling window.print(); a print footer closes it; a checks table; the town's 成文日期; 印发 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>付印稿 ↻ 关于暑期露营地帐篷灯等照明设施安全检查情况的通报 ↻ 溉口镇人民政府</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 立即打印⟧ ⟦a 关闭本窗口⟧</div>
<div class="pr-head">⟦m 溉口镇人民政府 · 政务信息⟧</div>
<h2>{T}</h2>
<div class="pr-body">
{BODY}
</div>
<div class="pr-url">⟦m 本页地址：http://www.gaikou.gov.example.cn/xxgk/2024/0821/6618.html⟧</div>
<div class="pr-foot">⟦p ┬ 第1页 共1页 ┬⟧</div>
</body>
</html>
""",
        body="""
各村（社区），镇直有关单位：
8月中旬，镇安全生产委员会办公室对溉水沿岸5处露营地的帐篷灯、营地照明和用电设施进行了安全检查。现将检查情况通报如下：
营地名称　发现问题　整改情况
溉水湾营地　2盏帐篷灯电池鼓包　已更换
龚家坳营地　私拉电线给帐篷灯充电　已拆除并设集中充电点
孙桥河滩营地　夜间通道照明不足　已加装地灯6盏
总体看，各营地基本落实了禁止明火照明的要求，但个别营地对租用帐篷灯的检查不到位。各营地要在9月底前建立帐篷灯出租前检查记录，镇安委办将适时复查。
溉口镇安全生产委员会办公室
2024年8月20日
溉口镇安全生产委员会办公室　2024年8月20日印发
""",
    ),
    dict(
        slug="hotel-print-rules-decanter-breakage",
        site="兑阳锦湖大酒店员工服务平台 打印版 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://staff.jinhuhotel.example.cn/zhidu/print/208",
        title="酒吧醒酒器破损赔偿办法",
        record_title="【打印用】酒吧醒酒器破损赔偿办法（餐饮部修订稿）- 锦湖员工服务平台",
        date=None,
        notes="print view in text: a print header and a print footer; 第N条 articles; a rule with only an effective clause; no date",
        page="""
!m 锦湖员工服务平台　·　打印版
!a [打印] [返回正常页面]
{T}
!m 制度编号：JH-CY-018　　所属部门：餐饮部
{BODY}
!m 打印人：餐饮部 唐晓　　打印于 2 小时前
!p ░ 1 / 1 ░
""",
        indent="",
        body="""
第一条　为加强酒吧醒酒器管理，明确破损责任，减少损耗，制定本办法。
第二条　醒酒器按采购价分为三类：普通玻璃醒酒器、无铅水晶醒酒器和造型醒酒器，各类价格以吧台台账为准。
第三条　员工因违反操作规程造成醒酒器破损的，普通玻璃类按采购价的30%赔偿，水晶类和造型类按采购价的50%赔偿。
第四条　客人在使用中损坏醒酒器的，由当班服务员婉言说明，按采购价收取赔偿，并开具收据。
第五条　因醒酒器本身质量问题或不可抗力造成破损的，经吧台主管确认后免于赔偿。
第六条　破损醒酒器碎片须用专用容器收集，不得与普通垃圾混放。
第七条　本办法自发布之日起执行，由餐饮部负责解释。
""",
    ),
    dict(
        slug="webmail-forward-order-letter-garlicpress-docx",
        site="兑阳职业技术学院 邮件系统 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.dyvtc.edu.example.cn/coremail/read?mid=1tbiAQkL2024060401",
        title="关于订购单手压蒜器样品的函",
        record_title="院内转发：关于订购单手压蒜器样品的函.docx",
        date="2024-06-03",
        date_also=["2024-06-04"],
        notes="webmail reading view with a forwarded header and an attachment bar beside the letter's own 附件 line; the mail's send date differs from the letter's; the file-name record title",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>院内转发：关于订购单手压蒜器样品的函.docx - 兑阳职院邮箱</title>
<script src="/coremail/js/read.js"></script>
</head>
<body>
<div class="cm-top">⟦m 兑阳职院邮箱⟧ ⟦m yuanxc@dyvtc.edu.example.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="cm-left">⟦m 收件箱(12)　草稿箱　已发送　已删除　通讯录⟧</div>
<div class="cm-tools">⟦a 回复　回复全部　转发　删除　移动到⟧</div>
<div class="cm-mail">
<div class="cm-subject">⟦t 院内转发：关于订购单手压蒜器样品的函.docx⟧</div>
<div class="cm-hd">
<p>⟦m 发件人：设计学院办公室 &lt;sjxy@dyvtc.edu.example.cn&gt;⟧</p>
<p>⟦m 收件人：袁晓川⟧</p>
<p>⟦m 时　间：2024年6月4日（星期二）上午10:21⟧</p>
</div>
<div class="cm-fwd">⟦m -------- 转发邮件信息 --------⟧ ⟦m 原发件人：厨之友采购部 &lt;caigou@chuzhiyou.example.com&gt;⟧ ⟦m 原主题：关于订购单手压蒜器样品的函⟧</div>
<div class="cm-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="cm-att">⟦a 📎 附件（1个）：单手压蒜器样品技术要求.pdf（236KB）　预览　下载⟧</div>
</div>
<div class="cm-foot">⟦m 兑阳职业技术学院网络信息中心　Coremail邮件系统⟧</div>
</body>
</html>
""",
        body="""
兑阳职业技术学院设计学院：
贵院工业设计专业学生团队设计的单手压蒜器在全省工业设计创新大赛中获得一等奖，我公司对该设计十分认可。为推进校企合作，我公司拟订购该款压蒜器样品，现将有关事项函告如下：
一、订购数量：手板样品20只。
二、技术要求：按附件所列技术要求制作，压板和滤网须可拆卸清洗。
三、交付时间：2024年7月10日前交付。
四、费用：样品制作费用由我公司承担，具体金额双方另行商定。
请贵院研究后函复。联系人：赵琳，电话：0712-5163380，邮箱：caigou@chuzhiyou.example.com。
附件：单手压蒜器样品技术要求
蕴川厨之友家居用品有限公司
2024年6月3日
""",
    ),
    dict(
        slug="forward-text-test-letter-eggslicer-cc",
        site="兑阳市消费者协会 邮件转发 (invented, forwarded as text)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:dyxfxh@example.cn?forwarded=20240918",
        title="关于切蛋器比较试验结果的函",
        record_title="〔二次转发〕关于切蛋器比较试验结果的函（请各位委员传阅）",
        date="2024-09-13",
        date_also=["2024-09-18"],
        notes="a mail forwarded twice and saved as text: forwarding headers with a header 抄送 line beside the letter's own 抄送 line; a results table; the letter's date differs from the mail's",
        page="""
!m 发件人：兑阳市消费者协会秘书处 <dyxfxh@example.cn>
!m 发送时间：2024年9月18日 星期三 15:42
!m 收件人：协会委员群发组
!m 抄送：龚敏
!t 主题：〔二次转发〕关于切蛋器比较试验结果的函（请各位委员传阅）
!m ———— 以下为转发内容 ————
!m 发件人：兑阳市产品质量检验所办公室
!m 主题：关于切蛋器比较试验结果的函
{T}
{BODY}
!m ———— 转发内容结束 ————
!d 此邮件及附件仅供收件人内部传阅，请勿对外转发
""",
        indent="\u3000\u3000",
        body="""
兑阳市消费者协会：
受贵会委托，我所于8月对市场上销售的10款切蛋器进行了比较试验，主要测试钢丝拉断力、切割均匀性和材料安全性。现将结果函告如下：
样品编号　钢丝拉断力　切割均匀性　结论
QD-01至QD-07　符合　良好　符合要求
QD-08　不符合　一般　不符合要求
QD-09　符合　较差　切片厚薄不均
QD-10　不符合　良好　不符合要求
试验结果表明，多数样品质量较好，但仍有2款钢丝拉断力不达标，使用中存在断丝风险。建议贵会发布消费提示，提醒消费者选购时查看钢丝是否绷紧、底座是否稳固。
详细试验报告另行寄送。
兑阳市产品质量检验所
2024年9月13日
抄送：兑阳市市场监督管理局
""",
    ),
]
