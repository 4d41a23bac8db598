"""holdout121, part E: 范文APP, 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (two each).
Invented text (places, people, sites, URLs, chrome); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-bixie-camellia-plan-share",
        site="笔谐写作APP分享页 (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.bixie.example.com/share/doc?sid=Yc77Q2k",
        title="嵩坪县油茶低产林改造提升实施方案",
        record_title="嵩坪县油茶低产林改造提升实施方案（2025修订）｜笔谐写作",
        date="2025-02-27",
        notes="writing-app share page: open-app banner, AI-rewrite button glued before a 。, a member-unlock prompt between paragraphs, app-store footer; decorated title",
        page="""
!a 打开笔谐写作APP，解锁全部范文 ＞
!t 嵩坪县油茶低产林改造提升实施方案（2025修订）｜笔谐写作
!m 来自 笔谐写作 · 方案库　｜　1.3万人用过
{BODY}
!a 喜欢这篇？保存到我的文档
!m 笔谐写作 — 你的AI公文助手　App Store / 各大安卓市场可下载
""",
        body="""
为加快油茶产业高质量发展，盘活低产低效油茶林，结合我县实际，制定本实施方案。
一、目标任务
2025年完成油茶低产林改造提升一万亩，其中更新改造三千亩、品种改良四千亩、抚育提升三千亩⟦a 【AI改写本段】⟧。
二、改造方式
（一）更新改造。对林龄老化、品种混杂的低产林，采伐后重新栽植长林系列良种苗木。
⟦a 以下内容为会员专享，开通会员即可查看全文⟧
（二）品种改良。对树体健壮但产量低的油茶林，采用高接换冠技术嫁接优良品种。
（三）抚育提升。开展垦复、施肥、修剪和病虫害防治，每亩补助六百元。
三、保障措施
县林业局负责技术指导和检查验收，验收合格的由县财政按标准兑现补助资金。
嵩坪县人民政府办公室
2025年2月27日
""",
    ),
    dict(
        slug="fanwenapp-kafei-coffee-estate-summary-html-reader",
        site="文思范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.wensi.example.cn/read/889120?from=app",
        title="坳川咖啡庄园2025年度工作总结",
        record_title=None,
        date="2025-12-20",
        notes="app reading-mode HTML: no record title; a reading-progress bar, font/theme controls, an in-body 'continue in app' prompt; a table of output; a copy-lock line",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>文思范文</title></head><body>
<div class="bar">⟦a 阅读模式　Aa　☀/☾⟧</div>
<h1>⟦t 坳川咖啡庄园2025年度工作总结⟧</h1>
<div class="src">⟦m 文思范文 · 工作总结 · 企业类　阅读进度 0%⟧</div>
{BODY}
<div class="lock">⟦a 复制内容请先登录文思范文⟧</div>
<div class="app">⟦a 在APP内继续阅读，获得更好体验⟧</div>
<div class="rec">⟦l 你可能还想看：农业企业年度总结 · 庄园旅游推广方案⟧</div>
</body></html>
""",
        body="""
2025年，庄园在公司董事会的领导下，围绕“提品质、创品牌、促融合”的思路，较好地完成了年度各项目标。
一、生产经营情况
项目　2025年　同比
鲜果采收量　860吨　增长12%
精品咖啡豆　64吨　增长20%
接待游客　5.2万人次　增长31%
二、主要工作
一是推行精细化采摘，只采全红果，精品豆占比提高到三成；二是建成日晒和蜜处理加工车间各一座。
⟦a 下载文思范文APP，查看完整总结⟧
三是开发咖啡研学线路，全年接待中小学研学团队四十二批次。
三、明年计划
扩建烘焙车间，申报地理标志产品，力争精品咖啡豆产量突破八十吨。
坳川咖啡庄园
2025年12月20日
""",
    ),
    dict(
        slug="gkforum-shangan-slaughterhouse-material-junk",
        site="上岸公考社区 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://bbs.shanganGK.example.com/thread-221870-1-1.html",
        title="在全县生猪屠宰行业专项整治动员会上的讲话",
        record_title="[申论素材] 在全县生猪屠宰行业专项整治动员会上的讲话（附金句摘抄）",
        date="2025-03-06",
        notes="exam forum with junk lines and glued junk; a speech with date under the title; the poster's aside and points-reward line; board/forum decoration in the title",
        junk=dict(lines=2, glued=2),
        page="""
!m 上岸公考社区 » 申论素材库 » 帖子
!t [申论素材] 在全县生猪屠宰行业专项整治动员会上的讲话（附金句摘抄）
!m 楼主：备考的阿文　发表于 2025-11-14 22:10　阅读权限 10
!l 楼主按：这篇讲话结构清楚，可以拿来练习贯彻执行类题目，金句我放最后了。
县政府副县长　吕建平
（2025年3月6日）
{BODY}
!l 金句摘抄见二楼，回复可见
!a 本帖奖励 5 上岸币，回复即可领取
!l 回复　收藏　分享　举报
""",
        body="""
同志们：
肉品质量安全关系千家万户，今天召开全县生猪屠宰行业专项整治动员会，就是要下决心解决屠宰环节存在的突出问题。
从前期摸底情况看，全县仍有个别屠宰场点存在未按规定开展肉品品质检验、病害猪无害化处理台账不全等问题。
这次专项整治，要坚持问题导向，重点打击私屠滥宰、注水注药、收购屠宰病死猪等违法行为。
农业农村、市场监管、公安等部门要加强协作，形成从养殖到屠宰、从流通到餐桌的全链条监管。
同志们，专项整治时间紧、任务重，各乡镇、各部门要以对人民群众高度负责的态度，确保整治取得实效。
""",
    ),
    dict(
        slug="gkforum-yaodian-pharmacy-essay-text-wrap",
        site="申论吧社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.shenlunba.example.net/t/70331.html",
        title="从乡镇药店“药师不在岗”看基层药品监管",
        record_title="从乡镇药店“药师不在岗”看基层药品监管 - 范文点评 - 申论吧社区",
        date=None,
        notes="exam forum: a model essay wrapped at 60 columns; no date (post time '昨天 21:04' relative); the reviewer's score box and a course ad between paragraphs; title repeated",
        wrap=60,
        indent="　　",
        page="""
!m 申论吧社区 > 范文点评 > 正文
!t 从乡镇药店“药师不在岗”看基层药品监管 - 范文点评 - 申论吧社区
!m 作者：苋菜不是菜　昨天 21:04　浏览 640
{BODY}
!l 【老师点评】立意准确，论证充分，得分：32/40
!l 评论区（9）　我来说两句
!d 申论吧社区所有帖子仅代表作者观点
""",
        body="""
走进一些乡镇药店，常常能看到“执业药师在岗”的牌子，但真正穿着白大褂、能为群众讲清用药注意事项的药师却难得一见。
药师不在岗，看似是一家药店的管理问题，背后反映的却是基层药品监管力量不足、监管手段落后的现实。
⟦a 申论高分课程，限时特惠，点击进入直播间⟧
解决这一问题，要在“管”上下功夫，推行远程审方和药师在岗视频抽查，让“挂证”无处藏身。
也要在“育”上想办法，支持乡镇药店员工参加药学专业培训，逐步壮大基层药学人才队伍。
唯有管与育并举，才能让群众在家门口买到放心药、用上明白药。
""",
    ),
    dict(
        slug="baike-zhiwen-geopark-entry-text-example-date",
        site="知闻百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.zhiwen.example.com/item/靛川国家地质公园/55127",
        title="靛川国家地质公园",
        record_title="靛川国家地质公园_知闻百科",
        date=None,
        notes="encyclopaedia entry: no publish date; example dates inside sentences (history) are no page date; edit/cite links, 目录 box, entry-stat line and a 'last edited' stamp",
        page="""
!m 知闻百科 — 人人可编辑的知识百科
!t 靛川国家地质公园_知闻百科
!a 编辑　讨论　收藏　上传视频
!m 本词条由“知闻百科科学”编辑审核
!l 目录：1 简介 2 地质遗迹 3 保护管理
{BODY}
!l 参考资料：[1] 靛川县地方志办公室编.靛川县志.
!m 词条统计　浏览次数：9,812　编辑次数：14次　最近更新：kanshan2019
!d 知闻百科词条内容仅供参考，如需专业意见请咨询相关机构。
""",
        body="""
靛川国家地质公园位于靛川县东北部，总面积一百二十八平方千米，以典型的丹霞地貌和古生物化石遗迹为主要特色。
该公园于2009年被批准为省级地质公园，2014年晋升为国家地质公园。
园区内已查明重要地质遗迹点四十六处，其中丹霞峰丛、一线天峡谷和遗迹化石层被列为一级地质遗迹。
公园设立了地质博物馆和科普步道，每年接待中小学生地学研学活动两百余批次。
为保护地质遗迹，管理部门划定了特级、一级和二级保护区，特级保护区内禁止建设任何与保护无关的设施。
""",
    ),
    dict(
        slug="baike-wendao-martyrs-cemetery-qingming-html",
        site="问道百科 (invented)",
        style="百科问答",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.wendaobaike.example.cn/fanwen/lieshilingyuan-qingming.html",
        title="烈士陵园清明祭扫活动方案",
        record_title="烈士陵园清明祭扫活动方案（范文）_问道百科",
        date=None,
        notes="encyclopaedia-style template HTML: a sample plan with ××× and 20××年×月×日 placeholders (no date); a 'this entry helped N people' box; related entries; an edit link",
        page="""
<html><head><meta charset="utf-8"><title>烈士陵园清明祭扫活动方案（范文）_问道百科</title></head><body>
<div class="hd">⟦m 问道百科⟧ ⟦l 首页｜分类｜公文写作｜特色百科⟧ ⟦a 登录⟧</div>
<h1>⟦t 烈士陵园清明祭扫活动方案⟧</h1>
<div class="stat">⟦m 浏览 4,302 次　｜　128 人觉得有用⟧ ⟦a 编辑词条⟧</div>
<div class="summary">⟦l 本词条提供一份烈士陵园清明祭扫活动方案范文，供基层单位参考使用。⟧</div>
{BODY}
<div class="helpful">⟦l 这篇词条对你有帮助吗？ 有用　没用⟧</div>
<div class="rel">⟦l 相关词条：清明节主题党日活动方案 · 祭扫活动主持词⟧</div>
<div class="ft">⟦d © 问道百科 内容由网友共同编辑，仅供参考⟧</div>
</body></html>
""",
        body="""
为缅怀革命先烈，传承红色基因，经研究，决定于清明节前后组织开展烈士陵园祭扫活动，特制定本方案。
一、活动时间：20××年×月×日上午9时。
二、活动地点：×××烈士陵园。
三、参加人员：单位全体党员、团员青年代表，共××人。
四、活动流程
1.全体人员列队，向烈士纪念碑默哀三分钟。
2.敬献花篮，整理缎带。
3.党员代表讲述烈士英雄事迹。
4.全体党员重温入党誓词。
五、注意事项：参加人员着装整洁，保持陵园肃穆，不得大声喧哗。
×××党支部
20××年×月×日
""",
    ),
    dict(
        slug="netdisk-yunhe-ham-haccp-plan-text",
        site="云盒网盘分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.example.com/s/1Qh7T0aM",
        title="雾岭火腿厂食品安全危害分析与关键控制点实施方案",
        record_title="火腿厂HACCP方案定稿.docx",
        date="2025-09-15",
        notes="cloud-drive share: file-name title in the record while the document's own title heads the preview (a repeated title); share meta (size, expiry, sharer); save/download buttons; preview footer",
        page="""
!m 云盒网盘 | 文件分享
!t 火腿厂HACCP方案定稿.docx
!m 分享者：品控部-老罗　｜　156 KB　｜　有效期：永久　｜　分享于 2025-10-09
!a 保存到我的云盒　　下载（需客户端）
!m 在线预览（文档模式）
{T}
{BODY}
!a 预览仅显示部分内容，下载查看完整文件
!d 云盒网盘禁止分享违法违规内容，如发现请举报
""",
        body="""
为有效控制火腿生产过程中的食品安全危害，根据食品安全管理体系要求，结合本厂生产工艺，制定本方案。
一、危害分析
本厂火腿生产经过原料验收、修割、上盐、腌制、洗晒、风干发酵、成熟等工序，主要危害包括原料肉兽药残留、腌制期间致病菌繁殖和成熟期间螨虫侵害。
二、关键控制点
1.原料验收：每批鲜腿须附检疫合格证明和非洲猪瘟检测报告。
2.腌制温度：腌制间温度控制在零至四摄氏度，每日记录三次。
3.成熟管理：定期检查螨虫，发现虫害立即隔离处理。
三、纠偏措施
关键控制点出现偏离时，立即停止该批产品加工，由品控部评估后决定返工或销毁。
雾岭火腿厂
2025年9月15日
""",
    ),
    dict(
        slug="netdisk-baidou-tofu-workshop-notice-text-oneline",
        site="百豆云盘 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.baidoupan.example.net/share/init?surl=Tf0u21",
        title="关于开展豆制品小作坊集中整治的通知",
        record_title="关于开展豆制品小作坊集中整治的通知.wps",
        date="2025-06-09",
        notes="cloud-drive text preview: the body all on one line; .wps file-name title; the notice's own 举报 phone kept; share-expiry and 'save' chrome; a folder path line",
        oneline=True,
        page="""
!m 百豆云盘 · 分享的文件
!m 全部文件 / 市场监管 / 2025整治 /
!t 关于开展豆制品小作坊集中整治的通知.wps
!m 失效时间：7天后　浏览次数 82　保存次数 9
{BODY}
!a 保存到网盘　｜　普通下载　｜　极速下载（开通超级会员）
!d 请勿分享侵权、违法内容，百豆云盘保留追究权利
""",
        body="""
各市场监管所：
为切实规范豆制品小作坊生产经营行为，县局决定自即日起至8月31日在全县开展豆制品小作坊集中整治。
一、整治重点：无证生产、使用非食用物质、超范围超限量使用食品添加剂、生产环境脏乱差等问题。
二、工作要求：各所要对辖区豆腐坊、豆芽作坊逐一建档，检查覆盖率达到百分之百。
三、公众参与：群众发现违法生产行为，可拨打举报电话0771-5603315。
屿原县市场监督管理局
2025年6月9日
""",
    ),
    dict(
        slug="snapshot-soukuai-aqueduct-repair-html-frame",
        site="搜快网页快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.soukuai.example.com/c?u=http://slj.tanchang.example.gov.cn/tzgg/4471.html",
        title="关于红旗渡槽除险加固期间暂停供水的公告",
        record_title="关于红旗渡槽除险加固期间暂停供水的公告",
        date="2025-11-10",
        notes="search snapshot frame HTML: snapshot header with capture time (no date) and highlight note; the water bureau page inside (its own breadcrumb, 发布日期, footer); the notice's own 咨询电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于红旗渡槽除险加固期间暂停供水的公告 - 搜快快照</title></head><body>
<div class="snap">⟦d 这是搜快对 http://slj.tanchang.example.gov.cn/tzgg/4471.html 的快照，是网页在 2025年11月23日 07:12 的存档。当前页面可能已经更改。⟧<br>⟦d 搜快和网页的作者无关，不对其内容负责。⟧<br>⟦a 点击查看当前页面⟧ ⟦l 您查询的关键词已高亮：渡槽 停水⟧</div>
<hr>
<div class="orig">
<div class="logo">⟦m 镡昌县水利局⟧</div>
<div class="crumb">⟦m 首页 >> 通知公告⟧</div>
<h3>⟦t 关于红旗渡槽除险加固期间暂停供水的公告⟧</h3>
<p class="i">⟦m 发布日期：2025-11-10　浏览次数：1480⟧</p>
{BODY}
<div class="ft">⟦m 镡昌县水利局 版权所有 地址：镡昌县滨河路7号⟧</div>
</div>
</body></html>
""",
        body="""
红旗渡槽建成于上世纪七十年代，承担着下游三个乡镇的农业灌溉和部分村庄的生活用水任务，经安全鉴定为三类渡槽，需实施除险加固。
根据工程安排，渡槽将于2025年11月20日至2026年1月20日停水施工，期间暂停向下游渠道供水。
受影响村庄的生活用水，由各乡镇组织临时水源和送水车保障，请沿线群众提前做好储水准备。
施工期间，渡槽两侧设置安全警戒区，严禁群众进入施工区域，学生上下学请绕行。
如有疑问，请拨打县水利局农村水利股电话：0943-4217766。
镡昌县水利局
2025年11月10日
""",
    ),
    dict(
        slug="snapshot-textcache-groundwater-wells-text",
        site="易搜纯文本快照 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://txtcache.yisou.example.net/?q=地下水监测井&u=http://zrzy.keshan.example.gov.cn/dzhj/2025/778.html",
        title="屿山市2025年地下水监测井运行维护工作总结",
        record_title=None,
        date="2025-12-05",
        notes="text-only cache: no record title, the title in the cached page; cache header with crawl time (no date); monitoring table; Chinese-numeral 成文日期; decimal headings",
        page="""
!d 【纯文本快照】本页为易搜于 2025-12-19 03:40 抓取的纯文本版本，图片和样式已去除
!a 查看原网页 | 查看图文快照
!m ----------------------------------------
!m 屿山市自然资源局 > 地质环境 > 工作动态
{T}
!m 发布：地质环境科　访问量：95
{BODY}
!m ----------------------------------------
!d 快照内容可能已过期，以原网页为准
""",
        body="""
2025年，市自然资源局按照地下水监测工作要求，组织对全市国家级和省级地下水监测井开展运行维护，确保监测数据连续、准确。
1.监测井基本情况
井类别　数量　自动化率
国家级监测井　34眼　100%
省级监测井　52眼　96%
2.主要工作
2.1 完成全部监测井的洗井和设备校准，更换损坏的压力式水位计七台。
2.2 对三眼受道路施工影响的监测井加设保护井台和警示标志。
3.存在问题
部分监测井位于农田中，井台易被农机碰撞损坏，需要与乡镇加强沟通协调。
屿山市自然资源局
二〇二五年十二月五日
""",
    ),
    dict(
        slug="print-shidi-wetland-rules-text-footer",
        site="茈溪湿地公园管理处（打印页） (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.cixishidi.example.org.cn/print.php?id=2291",
        title="茈溪国家湿地公园游览须知",
        record_title="打印 - 茈溪国家湿地公园游览须知",
        date="2025-04-01",
        notes="print view: 'print/close' buttons, the page URL and print time at the top (no date), a print footer 第1页 共1页 ⟨own form⟩; rules that speak of 扫码 kept; the 须知's own 救助电话 kept",
        page="""
!a [打印本页]　[关闭窗口]
!m 网址：http://www.cixishidi.example.org.cn/article/2291.html
!m 打印时间：2025/12/06 下午3:22
!t 打印 - 茈溪国家湿地公园游览须知
{BODY}
!p ⸺ 页1 ／ 共1页 ⸺
""",
        body="""
一、公园开放时间为每日8:00至18:00，游客请从东、南两个主入口扫码预约入园。
二、园内为野生鸟类重要栖息地，请勿追逐、投喂鸟类，拍摄时请勿使用闪光灯。
三、严禁在园内垂钓、游泳、露营、烧烤，严禁携带宠物入园。
四、请沿栈道和步道游览，不得擅自进入芦苇荡、滩涂等封闭区域。
五、游览中遇到紧急情况，请拨打公园救助电话：0739-5566110。
茈溪国家湿地公园管理处
2025年4月1日
""",
    ),
    dict(
        slug="print-shachen-sandstorm-plan-html-print",
        site="萁川县应急管理局（打印预览） (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://yjj.qichuan.example.gov.cn/index.php?m=print&id=6615",
        title="萁川县沙尘暴灾害应急处置工作方案",
        record_title="〔打印稿〕萁川县沙尘暴灾害应急处置工作方案",
        date="2025-03-18",
        notes="HTML print preview: print controls, the article URL and print stamp; the plan's warning-level table and duty phone kept; a print footer line; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 🖨 打印　｜　✕ 关闭　｜　A+ 放大⟧</div>
<div class="src">⟦m 本文地址：http://yjj.qichuan.example.gov.cn/zwgk/6615.html⟧</div>
<h2>⟦t 萁川县沙尘暴灾害应急处置工作方案⟧</h2>
<p>萁应急〔2025〕9号</p>
{BODY}
<div class="pf">⟦p — 第 1 页，共 1 页 —⟧</div>
<div class="ps">⟦m 萁川县应急管理局　打印于 2025-12-01⟧</div>
</body></html>
""",
        body="""
为有效应对沙尘暴灾害，最大限度减少灾害损失，结合我县实际，制定本方案。
一、预警分级
预警级别　标志　主要特征
蓝色　一般　未来24小时内可能出现沙尘暴
黄色　较重　未来24小时内可能出现强沙尘暴
橙色　严重　未来12小时内可能出现强沙尘暴
二、应急响应
收到黄色及以上预警后，各乡镇立即启动应急响应，中小学校停止户外活动，建筑工地停止露天作业。
三、值班安排
应急期间实行二十四小时值班，县应急管理局值班电话：0937-6622119。
萁川县应急管理局
2025年3月18日
""",
    ),
    dict(
        slug="mail-chaoshi-festival-price-check-forward",
        site="锟川市商务局邮件转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://kunchuan-swj/inbox/20250923-0912",
        title="关于做好国庆中秋期间大型超市价格监测和保供工作的通知",
        record_title="转发：关于做好国庆中秋期间大型超市价格监测和保供工作的通知",
        date="2025-09-22",
        date_also=["2025-09-23"],
        notes="forwarded mail: mail headers (meta), the forwarder's note, the notice's own 附件 list under the mail's own attachment line; send date differs from the 成文日期 (document's expected, send date also); mail-client footer",
        page="""
!m 发件人：商务局市场运行科 <scyx@kunchuan-swj.example.gov.cn>
!m 收件人：各区县商务主管部门
!m 发送时间：2025年9月23日（星期二）上午9:12
!t 主题：转发：关于做好国庆中秋期间大型超市价格监测和保供工作的通知
!m 附件：通知正文.pdf（128K）
!l 各位好，现将文件转发给你们，请认真贯彻落实。——市场运行科 郝敏
!m -------- 转发的邮件 --------
{BODY}
!d 此邮件由政务邮件系统发送，请勿直接回复
""",
        body="""
各区县商务主管部门：
国庆、中秋“双节”临近，为保障节日期间生活必需品市场供应充足、价格基本稳定，现就有关事项通知如下。
一、加强价格监测。各地要组织辖区大型超市每日报送粮油、肉蛋、蔬菜等重点商品价格，发现异常波动及时报告。
二、做好商品储备。督促大型超市提前备足货源，猪肉、鸡蛋、蔬菜等商品库存量不少于平日的一点五倍。
三、做好应急处置。节日期间实行二十四小时值班，各地于9月28日前将值班表报市商务局。
附件：1.重点商品价格日报表
2.节日值班表
锟川市商务局
2025年9月22日
""",
    ),
    dict(
        slug="mail-qingneng-hydrogen-station-minutes-reply",
        site="铙坪能源集团邮箱 (invented)",
        style="邮件转发",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="mail://naoping-energy/sent/2025-08-12-h2",
        title="加氢站项目推进会纪要",
        record_title="Re: 回复：加氢站项目推进会纪要.docx",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="mail reply chain: file-name-like decorated title (Re: 回复：….docx); quoted earlier reply; minutes' 时间/地点/主持/参会/记录 lines and a decision list kept; mail signature with phone (chrome) beside the minutes' own contact line",
        page="""
!m 发件人：项目部 邬涛
!m 发送时间：2025-08-12 18:03
!m 收件人：分管领导；安全环保部；财务部
!t 主题：Re: 回复：加氢站项目推进会纪要.docx
!l 各位领导：纪要已按意见修改，正文如下，请审阅。
{BODY}
!w 邬涛 ｜ 铙坪能源集团项目部　手机：13507715521
!l > 在 2025-08-12 10:20，分管领导 写道：
!l > 第三条请补充完成时限。
!d 本邮件及附件含有铙坪能源集团保密信息，仅限指定收件人使用
""",
        body="""
时间：2025年8月11日上午9时
地点：集团总部十二楼会议室
主持：集团副总经理　符海
参会：项目部、安全环保部、财务部、设计院有关负责人
记录：邬涛
会议听取了城东加氢站项目建设进展情况汇报，研究解决了有关问题，纪要如下。
一、项目土建工程已完成百分之七十，储氢设备预计九月中旬到货安装。
二、安全环保部牵头，于8月30日前完成加氢站安全评价报告报审。
三、财务部于8月20日前拨付设备款第二期资金。
四、项目部每周五报送工程进度，联系人：邬涛，电话：0731-8890217。
集团办公室
2025年8月11日
""",
    ),
]
