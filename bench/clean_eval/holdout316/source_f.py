"""holdout316, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text case each).

Everything is invented (sites, places, people, firms, numbers); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-qingjin-interview-rice-scoop-jammer",
        site="青衿公考社区 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.qingjingongkao.example.com/thread-401877-1-1.html",
        title="食堂饭铲“手抖”惹学生不满，你是后勤负责人怎么处理？",
        record_title="[结构化每日一练] 食堂饭铲“手抖”惹学生不满，你是后勤负责人怎么处理？ - 面试交流区 - 青衿公考社区",
        date=None,
        notes="exam forum: reply-to-see prompt, QQ-group ad, rating row, jammer-font junk glued and on a line of its "
        "own; posted 4 天前: no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[结构化每日一练] 食堂饭铲“手抖”惹学生不满，你是后勤负责人怎么处理？ - 面试交流区 - 青衿公考社区</title>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="hd">⟦m 青衿公考社区⟧ ⟦m 一起上岸，不负青衿⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 青衿公考社区 › 面试备考 › 面试交流区⟧</div>
<div class="pl">
<div class="pls">⟦m 晨读小林⟧<br>⟦m 上岸预备役　帖子 212⟧</div>
<div class="plc">
<h1>⟦t [结构化每日一练] 食堂饭铲“手抖”惹学生不满，你是后勤负责人怎么处理？⟧</h1>
<div class="authi">⟦m 发表于 4 天前　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖另附名师点评，回复本帖后即可查看⟧</div>
<div class="rate">⟦l 评分人数 9　上岸值 +27⟧</div>
</div>
</div>
<div class="ad">⟦w 面试抱团练习群：QQ 768402193，进群备注论坛ID⟧</div>
<div class="replies"><p>⟦l 2#　考编人阿九：第三点很实用，定量饭铲+称重台⟧</p></div>
<div id="ft">⟦m 青衿公考社区　Powered by Discuz! X3.5⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
题目：某高校食堂打饭窗口被学生吐槽“手抖”，一铲饭菜分量越打越少，相关视频在网上引起关注。如果你是学校后勤负责人，你会怎么处理？
我的作答思路如下：
第一，及时回应关切。第一时间通过学校官方平台说明情况、表明态度，承诺调查核实并公布结果。
第二，查清问题原因。调取窗口监控，约谈食堂承包方和打饭人员，弄清分量不足是个人行为，还是成本压力导致的管理问题。
第三，规范分餐标准。在窗口推行定量饭铲，公示每份饭菜的标准分量，并设置称重台，学生可以随时复称。
第四，建立长效机制。开通食堂意见反馈渠道，每月组织学生代表参与食堂满意度测评，结果与承包方考核挂钩。
以上是我的答题思路，欢迎各位研友拍砖。
""",
    ),
    dict(
        slug="examforum-qingjin-essay-window-hooks-junk",
        site="青衿公考社区 (invented exam forum, text capture)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://bbs.qingjingongkao.example.com/thread-402310-1-1.html",
        title="小窗钩里的大民生",
        record_title="[申论习题打卡] 小窗钩里的大民生（小白首发，求指点） - 申论练笔交流 - 青衿公考社区",
        date=None,
        notes="exam-forum essay with junk lines and junk glued after 。; a grading reply below; posted 6 天前: no date",
        page="""
!m 青衿公考社区 › 申论备考 › 申论练笔交流
!t [申论习题打卡] 小窗钩里的大民生（小白首发，求指点）
!m 楼主 岸边的小石子　　发表于 6 天前　　查看 906　　回复 14
{BODY}
!a 支持　　反对　　收藏本帖
!l 2楼　批改老师-阿城：立意不错，第二段论证可以再加一个例子。48分。
!l 3楼　岸边的小石子：谢谢老师！
!w 申论一对一精批，30元一篇，加微信 qingjin_pg
!m 青衿公考社区 · 手机版 · 站务信箱
""",
        junk=dict(lines=2, glued=2),
        body="""
窗钩是家家户户窗户上最不起眼的小物件，一只不过几块钱。可就是这样一只小窗钩，一旦锈断，就可能让高楼窗扇坠落，砸伤路人，酿成大祸。
小窗钩折射的是城市治理的“细节考题”。老旧小区的窗钩、楼道灯、井盖，看似是小事，却件件连着群众的安全感。一些地方习惯把精力放在看得见的大项目上，对这些看不见的小隐患重视不够，等出了事才亡羊补牢。
答好这道考题，需要绣花功夫。要摸清底数，把隐患排查做到一户一档；要理顺责任，明确业主、物业和社区各管什么；要保障资金，用好住宅专项维修资金，让居民修得起、修得好。
民生无小事，枝叶总关情。把一只只小窗钩管好了，群众的安全感才能实实在在地立起来。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-mousepad-tabs-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/鼠标垫/30412",
        title="鼠标垫",
        record_title="鼠标垫（电脑外设用品）_知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after 。; the "
        "entry name opens the body (the title label matched before it); an undated '1990年5月' inside a sentence "
        "is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鼠标垫（电脑外设用品）_知源百科</title>
<script src="//baike.zhiyuan.example.com/static/item.js"></script>
</head>
<body>
<div class="top">⟦m 知源百科⟧ ⟦m 知识有源头⟧ <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑本词条⟧ ⟦a 讨论区⟧ ⟦a 历史版本⟧ ⟦a 添加义项⟧</div>
<h1>{T}</h1>
<p class="sub">⟦m （电脑外设用品）⟧</p>
<div class="infobox">
<p>⟦m 中文名：鼠标垫⟧</p><p>⟦m 外文名：mouse pad⟧</p><p>⟦m 常见材质：布面、橡胶、皮革、塑料⟧</p><p>⟦m 所属类别：电脑配件⟧</p>
</div>
<div class="catalog">⟦l 目录　1 发展简史　2 分类　3 清洁保养⟧</div>
<div class="para">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《电脑外设选购与维护》第3章⟧</p><p>⟦l [2] 桌面外设行业观察（2023）⟧</p></div>
<div class="info">⟦m 词条浏览 31.7万　编辑次数 23次⟧ ⟦m 最近更新：绿茶不加冰（2025-02-08）⟧</div>
<div class="ft">⟦d 知源百科词条由网友协作编辑，内容仅供参考，如需专业意见请咨询相关人士⟧</div>
</body>
</html>
""",
        body="""
鼠标垫是垫在鼠标下方、为鼠标移动提供平整表面的电脑配件，常见材质有布面、橡胶、皮革、塑料和金属等。⟦m [1]⟧
早期的机械鼠标依靠滚球转动来定位，对桌面的摩擦和平整度要求较高，鼠标垫因此成为必备配件。光电鼠标普及后，鼠标垫的作用逐渐转向提升定位精度、增加手感和保护桌面。
按用途，鼠标垫可分为办公鼠标垫、游戏鼠标垫和护腕鼠标垫等。游戏鼠标垫通常面积较大，表面分为偏重操控的“控制型”和偏重滑动的“速度型”。⟦m [2]⟧
布面鼠标垫一般可以用温水和中性洗涤剂手洗，不宜暴晒或机洗。有资料称，某厂商曾在1990年5月推出带护腕的鼠标垫，但该说法尚未得到证实。
""",
    ),
    dict(
        slug="wiki-wenzhi-entry-earphone-case-text",
        site="问知网 (invented encyclopaedia, text capture)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wenzhiwang.example.cn/ct/erjihe.html",
        title="耳机盒",
        record_title="耳机盒｜词条·问知网",
        date=None,
        notes="encyclopaedia text: the entry name as a line above the body and at its start (matched before it), "
        "tabs and a contents line, a 'see also' list; no date (an edit stamp only)",
        page="""
!m 问知网 · 词条
!a 编辑　　讨论　　收藏词条
{T}
!m 数码配件　　最后编辑：2025-01-19　　贡献者 7 人
!l 目录：定义 / 结构 / 使用与回收
{BODY}
!l 相关词条：充电仓　真无线耳机　耳塞套
!d 问知网词条内容由用户编写，不代表本站观点。
""",
        body="""
耳机盒，又称耳机收纳盒、充电仓，是用于存放、保护和为真无线耳机充电的盒状配件。
真无线耳机的耳机盒一般内置锂电池和充电电路，耳机放入后通过触点或磁吸接口充电，盒体多采用翻盖式或滑盖式结构，合页部分是最容易损坏的部位。
普通有线耳机的耳机盒则主要起收纳作用，常见材质有硬质塑料、EVA和皮革等。
使用耳机盒时，应避免长时间放在高温环境中，充电口和触点要保持干燥清洁。废旧耳机盒内含电池，应按有害垃圾或电子废弃物处理。
""",
    ),
    dict(
        slug="clouddrive-yunzhan-acceptance-window-hooks-pdf-markers",
        site="云栈网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="html",
        source="https://pan.yunzhan.example.com/s/1xKq7cWm#list/path=%2F",
        title="外窗窗钩更换工程验收要点",
        record_title="外窗窗钩更换工程验收要点.pdf",
        date=None,
        notes="cloud-drive preview: VIP prompts, share info with a share stamp (no date), page-marker paragraphs "
        "'⠿ n ⠿' cutting sentences; file-name record title; acceptance points with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>外窗窗钩更换工程验收要点.pdf_免费高速下载|云栈网盘</title>
<script src="https://pan.yunzhan.example.com/js/preview.js"></script>
</head>
<body>
<div class="yz-head">⟦m 云栈网盘⟧ <a>⟦a 开通超级栈员⟧</a> <a>⟦a 登录⟧</a></div>
<div class="share-info">
<h2>⟦t 外窗窗钩更换工程验收要点.pdf⟧</h2>
<p>⟦m 分享者：袪桥街道城管办　分享于 2025-07-21　有效期：永久　大小：312KB⟧</p>
<p><button>⟦a 保存到我的云栈⟧</button> <button>⟦a 普通下载⟧</button></p>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 超级栈员可预览原画质文档并免排队下载⟧</div>
<div class="report">⟦a 举报此分享⟧</div>
<div class="foot">⟦d 云栈网盘严禁分享违法违规内容，用户分享的文件由其自行负责⟧<br>⟦m © 2025 云栈网盘　京ICP备20038815号⟧</div>
</body>
</html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⠿ {n} ⠿", every=75, start=2),
        body="""
一、材料验收
1.窗钩、挂环应为304不锈钢材质，表面无毛刺、裂纹，随货提供材质证明。
2.窗钩长度应与窗扇开启角度相匹配，开启后窗扇与墙面的夹角不小于60度。
二、安装验收
1.窗钩固定螺钉不少于2颗，螺钉须打入窗框型材，不得只固定在密封胶条上。
2.挂环安装位置准确，窗钩挂入后窗扇在6级风力下不晃动、不脱钩。
3.安装完成后逐扇开启三次，检查挂钩、摘钩是否顺畅。
三、资料验收
施工单位应提交更换清单、住户签字确认单和现场照片，照片须能看清窗钩的安装位置。
""",
    ),
    dict(
        slug="clouddrive-yunzhan-summary-moulding-workshop-doc-cn-date",
        site="云栈网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yunzhan.example.com/s/1pT3mR0z",
        title="2024年耳机盒注塑车间工作总结",
        record_title="2024年耳机盒注塑车间工作总结.doc",
        date="2025-01-10",
        notes="cloud-drive text preview: file-name record title (.doc), 成文日期 in Chinese numerals under the "
        "signature; a save/transfer stamp is no date",
        page="""
!m 云栈网盘 · 文件预览
!t 2024年耳机盒注塑车间工作总结.doc
!m 来自：注塑车间-老甘 的分享　　转存 38 次　　保存于 2025-02-11
!a 保存到云栈　　下载（超级栈员极速）
{BODY}
!a 文档预览由云栈网盘提供，排版可能与原文件不同
!l 该用户的其他分享：注塑车间交接班记录表.xls　模具保养计划2025.xlsx
""",
        body="""
2024年，注塑车间在公司领导下，围绕“稳产量、降不良、保安全”的目标开展工作，全年生产耳机盒外壳1260万件，完成年度计划的102%。
一、质量方面。通过修改模具排气槽、优化保压参数，外观不良率从年初的2.6%降至年底的1.4%。
二、成本方面。推行水口料分级回收利用，全年节约原料18吨，折合人民币约30万元。
三、安全方面。完成12台注塑机安全门联锁改造，全年未发生工伤事故。
四、存在问题。一是模具保养计划执行不到位，临时停机较多；二是新员工流失率偏高。
2025年，车间将重点抓好模具预防性保养和新员工带教工作。
注塑车间
二〇二五年一月十日
""",
    ),
    dict(
        slug="snapshot-tuoying-tips-milk-pan-buying-byline",
        site="拓影搜索快照 of 冕州消费维权网 (invented)",
        style="搜索快照",
        genre="消费提示",
        kind="other",
        form="html",
        source="http://cache.tuoying.example.com/c?u=http%3A%2F%2Fwww.mzxfwq.example.cn%2Fxfts%2F2025%2F0314%2F77.html",
        title="选购奶锅，记住这四点",
        record_title="选购奶锅，记住这四点 - 冕州消费维权网 · 拓影搜索快照",
        date="2025-03-14",
        notes="search-cache frame: capture banner with a capture time (no date), highlighted search terms, the cached "
        "page's own nav and byline (发布时间 as the page's date), a consumer tip with four points",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>选购奶锅，记住这四点 - 冕州消费维权网 · 拓影搜索快照</title>
</head>
<body>
<div class="cache-banner" style="background:#ffe">
<p>⟦d 您查看的是拓影搜索保存的网页副本，原网页可能已经更新或失效，拓影不对其内容负责⟧</p>
<p>⟦m 抓取时间：2025-06-02 11:20⟧　⟦a 查看原网页⟧</p>
<p>⟦m 已为您高亮以下关键词：<b style="background:yellow">奶锅</b> <b style="background:#9ff">选购</b>⟧</p>
</div>
<div class="cached">
<div class="hd">⟦m 冕州消费维权网⟧ ⟦m 冕州市消费者权益保护委员会主办⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 消费提示⟧ ⟦m 比较试验⟧ ⟦m 投诉指南⟧</div>
<h1>{T}</h1>
<p class="by">⟦m 发布时间：2025-03-14　来源：市消保委秘书处⟧</p>
{BODY}
<p class="ft">⟦m 消费投诉请拨打12315　冕州市消费者权益保护委员会版权所有⟧</p>
</div>
</body>
</html>
""",
        body="""
奶锅是很多家庭厨房里的“小帮手”，但市场上的奶锅材质多样、价格悬殊。市消保委提醒消费者，选购奶锅时记住以下四点。
一看材质标识。不锈钢奶锅应标明钢材牌号，接触食品部分宜选用304或316不锈钢；不粘奶锅要看涂层是否标注符合食品接触材料标准。
二看锅底厚度。复合底奶锅受热均匀，不容易糊底；锅底过薄的奶锅容易局部过热。
三看手柄牢固。用手轻轻摇晃手柄，检查铆钉或螺丝是否松动，手柄与锅身连接处不应有明显缝隙。
四看包装信息。正规产品应标明生产企业名称、地址、执行标准和使用说明，“三无”产品不要买。
""",
    ),
    dict(
        slug="snapshot-qiye-text-notice-kiosk-mousepads",
        site="栖页快照 of 袗川县政务服务中心 (invented, text-only cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kz.qiye-search.example.com/text?id=8c41d7e0",
        title="关于规范政务服务大厅自助终端鼠标垫清洁消毒的通知",
        record_title="【快照·文字版】关于规范政务服务大厅自助终端鼠标垫清洁消毒的通知 - 袗川县政务服务中心",
        date="2025-02-17",
        notes="text-only cache: capture line (no date), the cached portal's nav; '自助查询、打印、缴费终端' is content; "
        "signature date",
        page="""
!m 栖页快照 · 纯文本视图　抓取于 2025-03-01 08:47
!d 提示：本页为栖页保存的文字副本，图片与样式已略去
!m 袗川县政务服务中心 > 中心动态 > 通知公告
{T}
{BODY}
!m 袗川县政务服务中心　地址：袗川县人民路128号　服务热线：0737-3300345
!a 返回搜索结果　　打开原网页
""",
        body="""
各窗口单位，大厅各运维班组：
政务服务大厅现有自助查询、打印、缴费终端48台，配套鼠标和鼠标垫每天被大量群众使用。为做好公共接触物品卫生管理，现将有关要求通知如下。
一、自助终端鼠标垫每天开厅前、午间和闭厅后各擦拭消毒一次，消毒记录张贴在终端侧面。
二、鼠标垫出现破损、卷边、污渍难以清除的，运维班组要在当天更换。
三、综合科每周抽查一次，抽查结果纳入窗口单位月度考评。
袗川县政务服务中心
2025年2月17日
""",
    ),
    dict(
        slug="print-shuihu-bulletin-canteen-rice-scoops-footer",
        site="帨湖县教育局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.shjyj.example.cn/print.asp?id=4290",
        title="关于2025年春季学期学校食堂分餐检查情况的通报",
        record_title="〔A4打印〕关于2025年春季学期学校食堂分餐检查情况的通报 - 帨湖县教育局",
        date="2025-04-03",
        notes="print view calling window.print(): print/close buttons, the page URL, a print stamp (no date), a "
        "problems table one row a paragraph, 抄送 line, a print footer '࿇ 1／1 ࿇' closing the page",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔A4打印〕关于2025年春季学期学校食堂分餐检查情况的通报 - 帨湖县教育局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〖开始打印〗⟧ ⟦a 〖关闭此窗口〗⟧</div>
<div class="ph">⟦m 帨湖县教育局 · 帨湖教育信息网⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 打印时间：2025-04-09 16:32　页面地址：http://www.shjyj.example.cn/html/hq/2025/0403/4290.html⟧</p>
{BODY}
<div class="pf">⟦p ࿇ 1／1 ࿇⟧</div>
</body>
</html>
""",
        body="""
各中小学校：
3月下旬，县教育局组织对全县32所中小学食堂分餐工作进行了专项检查，现将检查情况通报如下。
总体看，各学校能够按要求配备分餐用具，28所学校已使用定量饭铲，并在窗口公示分量标准。但检查中也发现以下问题：
学校　存在问题
帨湖县第三小学　饭铲浸泡在水桶中，未按要求存放
袨田镇中学　荤素菜共用一把饭铲
帡湾乡中心小学　未公示分量标准
上述学校要在4月15日前完成整改，并将整改报告报县教育局后勤管理股。
帨湖县教育局
2025年4月3日
抄送：帨湖县市场监督管理局。
""",
    ),
    dict(
        slug="print-chenlu-rules-milk-pan-inspection-footer",
        site="袆溪县晨露炊具厂质量管理系统 (invented, print view text)",
        style="打印页",
        genre="规程",
        kind="other",
        form="text",
        source="http://qms.chenlu.example.local/doc/print?no=QC-017",
        title="不锈钢奶锅出厂检验规程",
        record_title="【打印视图】不锈钢奶锅出厂检验规程（受控文件）- 晨露质量管理系统",
        date=None,
        notes="print view text: printer and print-time stamp (no date), controlled-copy line, 第N条 articles, a print "
        "footer '第1页 ჻ 共1页' closing the page; rules with no date",
        page="""
!m 晨露质量管理系统 · 文件打印
!m 文件编号：QC-017　版本：C/2　受控状态：受控
!m 打印人：质检部 樊晴　打印时间：2025-06-20 14:02
{T}
{BODY}
!d 本文件为受控文件，打印件仅限当班使用，用后交回质检部销毁
!p 第1页 ჻ 共1页
""",
        body="""
第一条　本规程适用于本厂生产的各规格不锈钢奶锅的出厂检验。
第二条　每批产品按5%的比例随机抽样，每批抽样不少于20只。
第三条　外观检验：锅身无凹陷、划伤，焊点平整，手柄安装端正。
第四条　手柄牢固度检验：锅内盛满水后提起手柄保持1分钟，手柄及铆钉不得松动、变形。
第五条　容量检验：实际容量与标称容量偏差不超过5%。
第六条　抽样中发现1只不合格的，加倍抽样；加倍抽样仍有不合格的，整批返工。
第七条　检验员须在检验记录上签字，检验记录保存不少于两年。
""",
    ),
    dict(
        slug="mail-library-letter-mousepads-attachment-bar",
        site="冕州市图书馆 webmail (invented, reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.mzlib.example.cn/reader?mid=1723520461.31",
        title="关于定制活动纪念鼠标垫的函",
        record_title="Fwd: 〔待回复〕关于定制活动纪念鼠标垫的函",
        date="2025-08-12",
        date_also=["2025-08-13"],
        notes="webmail reading view: toolbar, forwarded header, an attachment bar beside the letter's own 附件 "
        "list, the letter's contact, phone and mailbox; '报价单扫描后发至我馆邮箱' is content; 成文日期 expected, "
        "the forward's send date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 〔待回复〕关于定制活动纪念鼠标垫的函 - 冕州市图书馆邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head>
<body>
<div class="wm-top">⟦m 冕州市图书馆邮箱⟧ ⟦m bgs@mzlib.example.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为　移动到⟧</div>
<div class="wm-head">
<h3>⟦t Fwd: 〔待回复〕关于定制活动纪念鼠标垫的函⟧</h3>
<p>⟦m 发件人：黎曼筠 &lt;bgs@mzlib.example.cn&gt;⟧</p>
<p>⟦m 收件人：sales@dianqu-tech.example.com⟧</p>
<p>⟦m 时　间：2025年8月13日（星期三）上午9:41⟧</p>
</div>
<div class="wm-att">⟦a 附件（2 个）：馆庆标识设计稿.ai（3.2M）　规格要求.docx（26K）　全部打包下载⟧</div>
<div class="wm-body">
<p>⟦m 黎曼筠 写道：⟧</p>
<p>⟦m -------- 转发的邮件 --------⟧</p>
<p>⟦m 主题：〔待回复〕关于定制活动纪念鼠标垫的函⟧</p>
{BODY}
</div>
<div class="wm-foot">⟦d 此邮件由冕州市图书馆邮件系统发送，如非本人收件请删除⟧</div>
</body>
</html>
""",
        body="""
冕州垫趣科技有限公司：
为纪念冕州市图书馆建馆六十周年，我馆拟定制一批活动纪念鼠标垫，用作读者活动赠品。现将有关需求函告如下：
一、规格数量：尺寸260×210毫米，天然橡胶底，布面全彩印刷馆庆标识，数量800块。
二、交货时间：2025年9月20日前送达我馆。
三、请贵司于8月25日前提供样品和报价，并将报价单扫描后发至我馆邮箱。
联系人：冕州市图书馆办公室　黎曼筠，电话：0738-2201536，邮箱：mzlib_bgs@example.cn。
附件：1.馆庆标识设计稿
2.纪念鼠标垫规格要求
冕州市图书馆
2025年8月12日
""",
    ),
    dict(
        slug="mail-text-letter-window-hook-test-results-docx",
        site="forwarded mail (invented, plain-text export)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:zongwu@yxez.example.cn?msg=20250623-1005",
        title="关于外窗窗钩样品检测结果的函",
        record_title="[附件]转发：关于外窗窗钩样品检测结果的函.docx",
        date="2025-06-20",
        date_also=["2025-06-23"],
        notes="plain-text forwarded mail: header block, forward separator, the letter's own 联系人/电话 and 附件 line "
        "beside the mail's attachment line; file-name record title; 成文日期 expected, the send date also accepted",
        page="""
!m 发件人：骆文舟 <zongwu@yxez.example.cn>
!m 发送时间：2025年6月23日 10:05
!m 收件人：后勤全体 <houqin@yxez.example.cn>
!t 主题：转发：关于外窗窗钩样品检测结果的函
!a 附件：关于外窗窗钩样品检测结果的函.docx（31KB）（点击预览）
!m ---------- 转发邮件 ----------
{BODY}
!m ——
!m 袆溪县第二中学总务处　骆文舟
!w 工作手机：139 7395 6627
""",
        body="""
袆溪县第二中学：
贵校送检的外窗窗钩样品（不锈钢防脱窗钩，3件）已检测完毕，现将结果函告如下。
一、材质：经光谱分析，样品钢材牌号为06Cr19Ni10，与送检资料一致。
二、耐腐蚀性能：中性盐雾试验48小时后，样品表面无锈蚀。
三、承载性能：挂钩受300牛拉力保持1分钟，未出现变形和脱钩。
综上，所检样品符合合同约定的技术要求。详细数据见附件检测报告。
联系人：冕州市产品质量检验所　樊一鸣，电话：0738-2275410。
附件：检测报告（编号MZJ-2025-0741）
冕州市产品质量检验所
2025年6月20日
""",
    ),
]
