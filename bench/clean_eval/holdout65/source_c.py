"""holdout65, part C: ice sculpture (冰雕) and ice-lantern parks of an invented northern city,
凇川市, on twelve kinds of site. Every text, site, person and URL is invented."""

CASES = [
    dict(
        slug="app-bixiaqian-ice-carver-insight",
        site="笔下签 写作APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://h5.bixiaqian.example.com/share/art?id=5521907&from=wx",
        title="参加冰雕技能培训的心得体会",
        record_title="参加冰雕技能培训的心得体会（可编辑）",
        date=None,
        notes="writing-app share page: open-in-app prompts at top and between paragraphs, a 'continue in app' wall at the end; no date",
        page="""
!a 打开笔下签APP，查看完整范文
!t 参加冰雕技能培训的心得体会（可编辑）
!m 笔下签 · 范文库　1.2万人已用
{BODY}
!a 在APP内继续阅读剩余58%
!l 你可能还需要：冰雪旅游讲解员培训总结
!m 笔下签｜写材料不求人
""",
        body="""
这次单位组织我们参加为期十天的冰雕技能培训，我从一个只会拿铲子的门外汉，第一次完整刻出了一件作品。
老师傅告诉我们，冰雕先看冰，冰里有气泡和裂纹的地方，下刀就要格外小心。
⟦a 长按段落可一键复制，会员无限次使用⟧
十天里最难的是耐寒，零下二十多度的天气，手套湿了就要马上换，不然手很快就冻僵了。
这次培训让我明白，冰雕看着是门手艺，背后更是一份耐心。
""",
    ),
    dict(
        slug="gkforum-shanan-ice-festival-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-78123-1-1.html",
        title="让冰雪资源变成发展资源",
        record_title="[申论范文] 让冰雪资源变成发展资源 - 申论交流区 - 上岸公考论坛",
        date="2025-11-16",
        notes="exam forum: floor meta, hidden-content prompt, 回复可见; posted time is the page's date (no document date)",
        page="""
!m 上岸公考论坛 › 申论交流区
!t [申论范文] 让冰雪资源变成发展资源 - 申论交流区 - 上岸公考论坛
!m 楼主　申论小卷王　发表于 2025-11-16 22:05
{BODY}
!a 本帖隐藏的内容需要回复才可以浏览
!l 收藏(36)　评分　举报
!m 来自手机　|　IP属地：黑龙江
""",
        body="""
“冰天雪地也是金山银山。”北方城市的冬天漫长而寒冷，冰雪曾被看作发展的短板。
近年来，一些城市把冰雕、冰灯、冰上运动串成一条冬季旅游线，让游客来了留得住，留下来花得出。
让冰雪资源变成发展资源，关键在于用好“冰”、做足“雪”、打造“暖”。
只有把服务做暖，把产业链做长，冰雪经济才能真正热起来。
""",
    ),
    dict(
        slug="baike-bingdian-ice-sculpture-entry-html",
        site="冰典百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bingdian.example.com/item/冰雕/10422",
        title="冰雕",
        record_title="冰雕_冰典百科",
        date=None,
        notes="encyclopedia entry: edit links, catalogue box, 参考资料; example dates are no dates; no date",
        page="""
<html><head><meta charset="utf-8"><title>冰雕_冰典百科</title></head><body>
<div class="top">⟦m 冰典百科 · 人人可编辑的知识库⟧ <a>⟦a 登录⟧</a></div>
<h1>⟦t 冰雕⟧</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</div>
<div class="catalog">⟦l 目录：1 简介 2 制作工序 3 相关词条⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：凇川冰雪志编写组，2019⟧</div>
<div class="stat">⟦m 词条统计　浏览次数：30721　编辑次数：18次历史版本　最近更新：雪落无声⟧</div>
<div class="ft">⟦d 冰典百科内容由网友共同编辑，如有错误请点击纠错⟧</div>
</body></html>
""",
        body="""
冰雕是以冰为材料的雕刻艺术，多见于我国东北和西北地区的冬季。
冰雕所用的冰一般在每年十二月从江河中采集，厚度以四十至六十厘米为宜。
制作工序大体分为选冰、砌坯、粗雕、细刻和装灯五步，大型冰雕往往需要数十人连续作业。
冰雕作品的存放时间取决于气温，一般可保持到次年二月下旬。
""",
    ),
    dict(
        slug="netdisk-binglan-ice-park-safety-plan",
        site="冰蓝云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.binglan.example.com/s/1fXk9QmR2",
        title="凇川冰灯公园冬季运营安全保障方案",
        record_title="凇川冰灯公园冬季运营安全保障方案.pdf",
        date="2025-11-25",
        notes="cloud-drive preview: extraction code, 保存到网盘 and 下载 buttons, an expiry line; file-name record title; decimal headings",
        page="""
!m 冰蓝云盘 | 分享文件
!t 凇川冰灯公园冬季运营安全保障方案.pdf
!m 分享者：冰灯园运营部　有效期：永久有效　提取码：k7qd
!a 保存到我的网盘　　普通下载　　极速下载（会员）
{BODY}
!a 预览仅显示前3页，完整内容请下载后查看
!d 请勿分享违法违规内容，一经发现将被封禁
""",
        body="""
1 总体要求
坚持安全第一、预防为主，确保冰灯公园冬季运营期间不发生较大以上安全事故。
2 主要措施
2.1 冰景安全：每日开园前对高度超过三米的冰景进行结构检查，发现裂缝立即围挡。
2.2 人流管控：园区瞬时游客超过八千人时，暂停售票并启动分流。
2.3 防寒保暖：设置暖房六处，储备热饮和防冻药品。
凇川冰灯公园管理处
2025年11月25日
""",
    ),
    dict(
        slug="snapshot-songchuan-ice-collect-notice-html",
        site="搜见快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.soujian.example.com/c?u=http%3A%2F%2Fslj.songchuan.example.gov.cn%2Ftzgg%2F1203.html",
        title="关于松花湖冬季采冰作业期间禁止上冰的通告",
        record_title=None,
        date="2025-12-03",
        notes="search-engine cache frame: snapshot banner with the crawl time (no date) around a water bureau's page; no record title",
        page="""
<html><head><meta charset="utf-8"><title>搜见快照</title></head><body>
<div class="snap">⟦d 这是 http://slj.songchuan.example.gov.cn/tzgg/1203.html 的快照，是网页在 2025年12月9日 14:22 的存档。当前页面可能已更改。⟧<br>⟦a 查看原网页⟧ ⟦a 纯文字版本⟧</div>
<div class="orig">
<div>⟦m 凇川市水利局⟧</div>
<div>⟦m 首页 - 通知公告⟧</div>
<h2>⟦t 关于松花湖冬季采冰作业期间禁止上冰的通告⟧</h2>
{BODY}
<div>⟦m 凇川市水利局主办　黑ICP备12007341号⟧</div>
</div>
</body></html>
""",
        body="""
为保障冰雪大世界冰景建设用冰需要，2025年12月10日至2026年1月10日，松花湖东湖区进行冬季采冰作业。
作业期间，采冰区域周边二百米范围内禁止行人、车辆上冰，禁止冬泳、垂钓、滑冰等活动。
请广大市民自觉遵守，服从现场工作人员管理。
凇川市水利局
2025年12月3日
""",
    ),
    dict(
        slug="print-songchuan-ice-lantern-procurement",
        site="凇川市文化广电和旅游局 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://wglj.songchuan.example.gov.cn/print.jsp?id=8820",
        title="关于做好冰灯游园会灯具采购验收工作的通知",
        record_title="打印 - 关于做好冰灯游园会灯具采购验收工作的通知",
        date="2025-12-01",
        notes="print view: URL and print stamp (no date), 第1页 共1页 footer; a 抄送 版记 kept; a document number neutral",
        page="""
!a [打印]　[关闭]
!m 凇川市文化广电和旅游局
{T}
凇文旅发〔2025〕88号
{BODY}
!m 本页地址：http://wglj.songchuan.example.gov.cn/art/2025/12/1/art_331_8820.html
!m 打印时间：2025-12-16 09:31
!p ·共1页· 当前第1页
""",
        body="""
各有关单位：
第二十七届凇川冰灯游园会灯具采购已完成，为确保灯具安装使用安全，现就验收工作通知如下。
一、灯具须具备低温环境使用检测报告，零下三十度通电测试不少于四小时。
二、验收由市文旅局、市场监管局和电力部门联合进行，12月15日前完成。
凇川市文化广电和旅游局
2025年12月1日
抄送：市应急管理局，市消防救援支队。
""",
    ),
    dict(
        slug="mail-fwd-songchuan-ice-team-request",
        site="凇川冰雪集团邮件系统 (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="https://mail.songchuan-ice.example.com/read?mid=20251205-4471",
        title="关于增派冰雕技工支援冰雪大世界建设的请示",
        record_title="Fwd: 关于增派冰雕技工支援冰雪大世界建设的请示.docx",
        date="2025-12-04",
        date_also=["2025-12-05"],
        notes="forwarded mail: headers, forwarding note and a signature block; the mail's 附件 header is chrome, the document's own 附件 kept; the send date differs (also accepted)",
        page="""
!m 发件人：刘冬 <liudong@songchuan-ice.example.com>
!m 收件人：集团办公室 <office@songchuan-ice.example.com>
!m 时间：2025年12月5日(星期五) 上午8:47
!m 主题：Fwd: 关于增派冰雕技工支援冰雪大世界建设的请示.docx
!w 各位领导：转发冰景公司请示，请阅示。刘冬
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!m 附件(1)：冰雕技工需求表.xlsx (18K)　预览　下载
!d 此邮件及附件含集团内部信息，如误收请删除
""",
        body="""
集团公司：
冰雪大世界冰景建设已进入高峰期，目前现场有冰雕技工一百二十人，按计划工期测算尚缺四十人。
为确保12月25日按时开园，恳请集团从各子公司抽调有冰雕经验的职工四十人，支援现场二十天。
妥否，请批示。
附件：冰雕技工需求表
凇川冰景建设有限公司
2025年12月4日
""",
    ),
    dict(
        slug="gov-songchuan-ice-sculpture-contest-plan",
        site="凇川市人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.songchuan.example.gov.cn/zwgk/zfwj/2025/1110/5502.html",
        title="凇川市第十届国际冰雕比赛实施方案",
        record_title="凇川市第十届国际冰雕比赛实施方案_凇川市人民政府",
        date="2025-11-10",
        notes="text page of a portal: 信息公开 meta, 附件 list and the document's own contact kept; glued 打印 toolbar after the last sentence",
        gap=True,
        page="""
!m 凇川市人民政府　www.songchuan.example.gov.cn
!m 首页 > 信息公开 > 政府文件
!t 凇川市第十届国际冰雕比赛实施方案_凇川市人民政府
!m 发布机构：市政府办公室　成文日期：2025-11-10　浏览次数：702
{BODY}
!l 【上一篇】凇川市冬季清雪工作预案
!l 【下一篇】关于调整供热期的通知
!m 凇川市人民政府办公室主办　政府网站标识码：2301000017
""",
        body="""
一、比赛时间和地点
比赛于2026年1月5日至8日在冰雪大世界比赛区举行。
二、参赛规模
邀请国内外代表队二十四支，每队三人，每队使用冰块四十立方米。
三、工作分工
市文旅局负责赛事组织，市公安局负责安全保卫，市卫健委负责医疗保障。
附件：1.参赛报名表　2.比赛用冰规格
联系人：周婷婷，电话：0451-8266013。⟦a 【打印】【关闭】【收藏本页】⟧
""",
    ),
    dict(
        slug="news-songchuan-ice-harvest-oneline",
        site="凇川晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.scwb.example.com/shehui/2025-12/11/content_301877.htm",
        title="松花湖开始采冰 首批冰块运往冰雪大世界",
        record_title="松花湖开始采冰 首批冰块运往冰雪大世界",
        record_date="2025-12-11",
        date="2025-12-11",
        notes="the body is on one line (paragraphs apart only by their indent); byline and editor lines; related list",
        oneline=True,
        indent="　　",
        page="""
!m 凇川晚报网 > 社会新闻
{T}
!m 2025-12-11 07:50　凇川晚报　记者 邵春雨
{BODY}
!m 责任编辑：唐悦
!l 相关新闻：冰雪大世界预计12月下旬开园　｜　市区新增三处公共冰场
""",
        body="""
12月10日清晨，松花湖东湖区冰面上机器轰鸣，今冬采冰作业正式开始。
今年湖面冰层厚度达到四十五厘米，冰质透亮，适合雕刻大型冰景。
据介绍，今冬计划采冰二十二万立方米，首批冰块当天就运往了冰雪大世界施工现场。
""",
    ),
    dict(
        slug="fanwen-xuefeng-ice-lantern-host-script-oldtable",
        site="雪峰范文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="other",
        form="html",
        source="http://www.xuefengfw.example.com/zhuchici/20251220/9902.html",
        title="冰灯游园会开幕式主持词",
        record_title="冰灯游园会开幕式主持词（精选2篇）_雪峰范文网",
        date=None,
        notes="old gbk table layout: marquee, 【字体：大 中 小】 row, visitor counter, floating consult; ×× placeholders kept; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>冰灯游园会开幕式主持词（精选2篇）_雪峰范文网</title></head>
<body><table width="980"><tr><td>⟦m 雪峰范文网 — 好范文　不求人⟧</td></tr>
<tr><td><marquee>⟦l 最新：2026年新春团拜会主持词　年终总结大全　述职报告范文⟧</marquee></td></tr></table>
<table><tr><td>⟦m 位置：雪峰范文网 >> 主持词 >> 开幕式主持词⟧</td></tr></table>
<table><tr><td><h1>⟦t 冰灯游园会开幕式主持词⟧</h1></td></tr>
<tr><td>⟦a 字号切换：特大 大 标准⟧ ⟦m 来源：会员投稿　人气：3356⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table><tr><td>⟦l 本周排行：1.元旦晚会主持词 2.颁奖典礼主持词 3.冬季运动会开幕词⟧</td></tr></table>
<div id="float">⟦w 原创代写　QQ：2806631157⟧</div>
<table><tr><td>⟦m 您是本站第 1086523 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
尊敬的各位领导、各位来宾，亲爱的游客朋友们：
大家晚上好！今天，我们相聚在这片冰雪世界，共同见证第××届冰灯游园会开幕。
首先，请允许我介绍出席今天开幕式的领导和嘉宾：××市委副书记××同志，××市副市长××同志。
下面，请××同志致辞，大家欢迎！
现在，我宣布：第××届冰灯游园会正式开幕！
""",
    ),
    dict(
        slug="wenku-hanbing-ice-training-summary-html-pages",
        site="寒冰文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.hanbingwk.example.com/p-3381920071.html",
        title="冰雪大世界冰景建设工作总结",
        record_title="冰雪大世界冰景建设工作总结",
        date="2026-02-27",
        notes="文库 reader: page markers as paragraphs ∥2∥ cutting a sentence, a pay box and a 'related docs' list; Chinese-numeral 成文日期",
        pages=dict(fmt="∥{n}∥", every=110, start=2),
        page="""
<html><head><meta charset="utf-8"><title>冰雪大世界冰景建设工作总结 - 寒冰文库</title></head><body>
<div class="hd">⟦m 寒冰文库⟧ <input value="搜索文档"> ⟦a 上传文档⟧</div>
<h1>⟦t 冰雪大世界冰景建设工作总结⟧</h1>
<div class="doc-info">⟦m 贡献者：冰景小陈　4页　下载券：3　阅读量：805⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 还剩2页未读，支付3下载券继续阅读⟧</div>
<div class="rel">⟦l 相关文档：冰灯安装施工方案　冰雪乐园安全管理制度　冬季施工总结⟧</div>
<div class="ft">⟦d 本站所有文档均由用户上传，如涉及侵权请提交投诉⟧</div>
</body></html>
""",
        body="""
今年冰雪大世界冰景建设历时二十五天，共完成大型冰建四十六座、冰雕作品三百二十件，于12月25日按期开园。
一是统筹调度，组建了采冰、运输、砌筑、雕刻、亮化五个专班，实行二十四小时轮班作业。
二是严抓安全，施工期间开展安全巡查一百一十次，整改隐患二百余处，实现零事故。
三是创新设计，首次在冰建中应用三维建模，冰景结构更加稳固，灯光效果也更加丰富。
凇川冰景建设有限公司
二〇二六年二月二十七日
""",
    ),
    dict(
        slug="forum-bingxue-ice-photographer-jammer-html",
        site="冰雪摄影论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.bxsy-bbs.example.com/thread-40412-1-1.html",
        title="冰景拍摄文明公约",
        record_title="冰景拍摄文明公约 - 冰雪风光版 - 冰雪摄影论坛",
        date="2025-12-28",
        notes="Discuz-like forum with jammer fonts (junk glued and between paragraphs); the post time is the page's date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>冰景拍摄文明公约 - 冰雪风光版 - 冰雪摄影论坛</title></head><body>
<div id="hd">⟦m 冰雪摄影论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 冰雪风光版 › 冰景拍摄文明公约⟧</div>
<h1>⟦t 冰景拍摄文明公约⟧</h1>
<div class="authi">⟦m 雾凇老周　发表于 2025-12-28 19:06⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="pob">⟦l 回复　引用　举报　支持 42⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2011-2025 冰雪摄影论坛⟧</div>
</body></html>
""",
        body="""
各位影友：冬季冰景拍摄季已经开始，为了大家都能拍好、拍安全，版务组起草了这份文明公约。
一、不翻越冰景围栏，不攀爬冰建，不为了构图踩踏冰雕作品。
二、使用三脚架时不占用游客主通道，夜间拍摄不长时间使用强光手电照射冰雕。
三、结冰湖面拍摄须确认冰层安全，结伴而行。
希望各位影友自觉遵守，共同维护良好的拍摄环境。
""",
    ),
]
