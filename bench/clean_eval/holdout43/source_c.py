"""holdout43, part C: writing apps, exam forums, encyclopaedias, cloud drives, snapshots,
print views, forwarded mails and more pages on the same invented organisations."""

CASES = [
    dict(
        slug="app-xiezuoxia-herder-coop-summary",
        site="写作侠APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezuoxia.example.com/share/art/55102?from=wx",
        title="毡川县白石滩牧民专业合作社上半年工作总结",
        record_title="毡川县白石滩牧民专业合作社上半年工作总结｜写作侠",
        date="2025-07-05",
        notes="writing-app share page: app suffix title; open-in-app banners; a VIP unlock line between paragraphs; a copy prompt glued after the signature date; date in the document",
        page="""
!a 打开写作侠APP，阅读体验更佳
!m 写作侠 · 公文写作好帮手
!t 毡川县白石滩牧民专业合作社上半年工作总结
!m 作者：草原笔记　字数：约1200字
{BODY}
!a 开通VIP，全站范文一键下载
!l 同类范文：合作社年度总结 | 牧民增收工作汇报 | 草场流转方案
!a 在APP内打开
""",
        body="""
今年上半年，合作社在县畜牧兽医站的指导下，组织社员完成春季转场和接羔育幼工作。
全社共接羔四千一百只，羔羊成活率达到百分之九十七，比去年同期提高两个百分点。
⟦a 剩余内容需开通会员后查看⟧
合作社新建标准化暖棚十二座，为三十二户社员的毡房更换了防风保温层。
下半年，合作社将重点做好秋季出栏销售和冬草储备工作。
白石滩牧民专业合作社
2025年7月5日⟦a 复制全文需消耗1积分⟧
""",
    ),
    dict(
        slug="gkforum-shenlun-salt-lake-ecology-essay",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="html",
        source="https://bbs.shangan8.example.com/thread-90112-1-1.html",
        title="守护盐湖生态 走好绿色发展之路",
        record_title="[申论范文] 守护盐湖生态 走好绿色发展之路（附批改要点） - 申论交流 - 上岸吧公考论坛",
        date=None,
        notes="exam forum HTML (Discuz-like): decorated title; jammer fonts glued; floors and a signature; quote box; no date (relative post time 5天前)",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 守护盐湖生态 走好绿色发展之路（附批改要点） - 申论交流 - 上岸吧公考论坛</title></head><body>
<div id="hd">⟦m 上岸吧公考论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 上岸吧 › 申论交流 › 范文点评⟧</div>
<div class="pl"><div class="authi">⟦m 楼主　一战上岸的咸鱼　发表于 5天前⟧</div>
<h1>⟦t 守护盐湖生态 走好绿色发展之路⟧</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l ——备考交流群：群号见个人主页，欢迎研友⟧</div></div>
<div class="pl"><div class="authi">⟦l 2#　岸上见　发表于 4天前⟧</div><div class="quote">⟦l 引用：一战上岸的咸鱼 发表于 5天前⟧</div><div>⟦l 第二段论据很充分，收藏了⟧</div></div>
<div class="ft">⟦d 声明：本帖内容仅供备考交流，转载请注明出处。⟧</div>
</body></html>
""",
        body="""
盐湖是大自然馈赠的宝贵财富，也是极其脆弱的生态系统。
过去一些地方只看到盐湖的资源价值，无序开采导致湖面萎缩、湖岸沙化。守护盐湖生态，首先要转变发展观念。
卤泊县的做法值得借鉴：划定禁采区，推行卤水循环利用，把盐湖旅游收入的一部分用于生态修复。
守护好盐湖，就是守护我们共同的家园。
""",
    ),
    dict(
        slug="baike-tide-gauge-well-entry-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.example.com/item/验潮井/22018",
        title="验潮井",
        record_title="验潮井_知源百科",
        date=None,
        notes="encyclopaedia HTML: title suffix; contents box; edit links; an example date inside a sentence is no date; reference list and statistics; the entry's own table",
        page="""
<html><head><meta charset="utf-8"><title>验潮井_知源百科</title></head><body>
<div class="top">⟦m 知源百科　让知识有源可溯⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>⟦t 验潮井⟧</h1><a class="edit">⟦a 编辑⟧</a> ⟦a 讨论⟧ ⟦a 收藏⟧
<div class="catalog">⟦l 目录 1 定义 2 结构 3 维护⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1.《验潮站建设规范》⟧</div>
<div class="stat">⟦m 浏览次数：8301　编辑次数：6次　最近更新：海岸线工作室⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如有疑问请咨询专业人士⟧</div>
</body></html>
""",
        body="""
验潮井是验潮站用于消除波浪影响、测量平均海面高度的竖井设施。
井体一般由钢筋混凝土或钢管构成，通过进水管与外海相通，井内安装浮子式或雷达式水位计。
常见的验潮井规格如下：
类型　井径　适用岸段
岸式　1.0米　基岩海岸
岛式　1.2米　外海岛屿
验潮井须定期清淤，例如某站记录中写有“2019年4月3日清淤一次，进水管通畅”的字样。
""",
    ),
    dict(
        slug="netdisk-feiyun-glacier-drill-plan-pages",
        site="飞云网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.feiyun.example.com/s/1kQ9xWmT",
        title="冰岙冰川观测站冰崩应急演练方案",
        record_title="冰岙冰川观测站冰崩应急演练方案.pdf",
        date="2025-05-30",
        notes="cloud-drive share: file-name title; preview page markers ≺N≻ glued to the continuation; expiry and share stamps no dates; save-to-drive buttons",
        pages=dict(fmt="≺{n}≻", every=65, start=2, glue=True),
        page="""
!m 飞云网盘 | 分享无限
!t 冰岙冰川观测站冰崩应急演练方案.pdf
!m 分享者：冰川站*** 　分享时间：2025-06-02 11:20　有效期：7天
!a 保存到我的网盘　　下载(1.6M)　　举报
{BODY}
!a 预览仅显示前3页，完整文件请保存后查看
!m 飞云网盘客户端 V6.2 已发布
""",
        body="""
为提高应对冰崩突发事件的处置能力，保障科研人员和周边牧民生命安全，观测站决定开展冰崩应急演练。
一、演练时间：2025年6月10日上午。
二、演练内容：冰崩预警信息发布、观测人员紧急撤离、下游牧民转移和伤员救护。
三、参演单位：冰岙冰川观测站、冰岙县应急管理局、冰岙县人民医院和阿克布拉克村委会。
四、各参演单位要提前熟悉撤离路线，演练结束后及时总结。
冰岙冰川观测站
2025年5月30日
""",
    ),
    dict(
        slug="snapshot-soukuai-sturgeon-release-news",
        site="搜快快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://cache.soukuai.example.com/c?u=xw.xunwan.example.gov.cn/2025/0418/12.html",
        title="鲟湾县举行2025年鲟鱼增殖放流活动",
        record_title="鲟湾县举行2025年鲟鱼增殖放流活动 - 搜快快照",
        date="2025-04-18",
        notes="search snapshot: a snapshot banner with a crawl time (no date); highlighted search words line; byline's 发布时间 as the page date; the original page's chrome",
        page="""
!m 这是 xw.xunwan.example.gov.cn/2025/0418/12.html 的快照，抓取于 2025-06-01 03:17
!a 搜快快照仅为原网页的存档，点此访问当前页面
!m 您的搜索词已高亮：鲟鱼　放流
!m 鲟湾县人民政府网 > 鲟湾要闻
!t 鲟湾县举行2025年鲟鱼增殖放流活动
!m 发布时间：2025-04-18　来源：县农业农村局
{BODY}
!l 【我要纠错】　【打印】　【关闭】
!m 鲟湾县人民政府办公室主办
""",
        body="""
4月18日，鲟湾县在鲟湾镇下码头江段举行2025年鲟鱼增殖放流活动。
活动现场，工作人员和志愿者将七千尾鲟鱼幼鱼缓缓放入江中。
这批幼鱼全部由县鲟鱼繁育场人工繁育，放流前经过检验检疫，部分幼鱼佩戴了标记，便于跟踪监测。
县农业农村局有关负责人表示，将持续开展禁渔执法，为鲟鱼种群恢复创造良好环境。
""",
    ),
    dict(
        slug="print-horse-farm-visitor-rules",
        site="骝原马场官网打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.liuyuanmachang.example.com/print.aspx?id=301",
        title="骝原马场游客骑乘须知",
        record_title="〔打印版〕骝原马场游客骑乘须知",
        date=None,
        notes="print view: decorated title; a print header with the URL and print time (no date); a print footer page count; rules whose items speak of 打印 as content; no date",
        page="""
!m 骝原马场 - 打印页面
!m https://www.liuyuanmachang.example.com/show.aspx?id=301
!a 【打印】　【返回】
!t 〔打印版〕骝原马场游客骑乘须知
{BODY}
!m 打印时间：2025/7/19 14:02:11
!p 第1页　共1页
""",
        body="""
一、骑乘前请如实告知工作人员本人身体状况，孕妇、心脏病患者和饮酒者不得骑乘。
二、骑乘时必须佩戴头盔和护具，听从驯马师指挥，不得擅自催马快跑。
三、十二岁以下儿童须由驯马师牵引骑乘。
四、游客可在售票处打印本须知和电子保险凭证，妥善保存。
五、请勿在马匹身后停留，不得投喂马匹。
""",
    ),
    dict(
        slug="mail-fwd-chaobu-storm-surge-duty",
        site="潮埠县海洋局邮件系统 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://mail.chaobu.example.gov.cn/INBOX/8817",
        title="关于做好第7号台风风暴潮观测值守工作的紧急通知",
        record_title="Fwd: 关于做好第7号台风风暴潮观测值守工作的紧急通知",
        date="2025-08-11",
        notes="forwarded mail: Fwd: title; mail headers as meta (send time no date here since the document has its own); 附件 header of the mail next to the document's own 附件 line; a mail signature and a confidentiality notice",
        page="""
!m 发件人：县海洋局值班室 <zhiban@chaobu.example.gov.cn>
!m 收件人：潮埠验潮站 <ycz@chaobu.example.gov.cn>
!m 发送时间：2025年8月11日(星期一) 下午3:42
!t Fwd: 关于做好第7号台风风暴潮观测值守工作的紧急通知
!m 附件：通知.pdf (221K)
!m -------- 转发的邮件 --------
{BODY}
!m --
!m 县海洋局值班室　电话 0898-6600110
!d 此邮件及其附件含有内部信息，如误收请立即删除。
""",
        body="""
各海洋站：
据预报，今年第7号台风将于8月13日前后在我县沿海登陆，届时将出现二到三米的风暴增水。
各站要立即进入二十四小时值守状态，每小时报送一次潮位数据，出现超警戒潮位时随时报告。
请于8月12日十二时前将值守人员名单报县海洋局值班室。
附件：风暴潮观测值守人员名单表
潮埠县海洋局
2025年8月11日
""",
    ),
    dict(
        slug="fanwen-haiyun-lighthouse-summary-oldtable",
        site="海韵范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.haiyunfw.example.com/zongjie/2025/2218.html",
        title="汐岬灯塔站2024年工作总结",
        record_title="汐岬灯塔站2024年工作总结（精编版·可修改）_海韵范文网",
        date="2025-01-06",
        notes="old table layout 范文 site: decorated title; copy-protection row; weekly hot list; a writer QQ box in the sidebar; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>汐岬灯塔站2024年工作总结（精编版·可修改）_海韵范文网</title></head>
<body><table width="980"><tr><td>⟦m 海韵范文网⟧</td><td>⟦m 专业的范文写作参考网站⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 热烈祝贺海韵范文网会员突破十万！⟧</marquee></td></tr>
<tr><td width="700">
<table><tr><td>⟦t 汐岬灯塔站2024年工作总结（精编版·可修改）⟧</td></tr>
<tr><td>⟦a 本文禁止复制，如需全文请点击下载Word⟧</td></tr></table>
{BODY}
</td><td width="260"><table><tr><td>⟦w 代写各类总结材料　QQ：2290018371⟧</td></tr>
<tr><td>⟦l 本周热门⟧</td></tr><tr><td>⟦l 年终总结开头怎么写⟧</td></tr><tr><td>⟦l 个人述职报告（通用）⟧</td></tr></table></td></tr>
<tr><td colspan="2">⟦m 您是第 0028811 位访客⟧ ⟦d Copyright © 海韵范文网 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，灯塔站在县交通运输局的领导下，圆满完成了航标维护和安全值守任务。
全年灯塔正常发光率达到百分之百，完成灯器保养四十二次，处理雷击故障两起。
站里新建了海岛气象观测点，为过往渔船提供风浪信息一千二百余条。
2025年，我们将继续做好灯塔文化展示，争创全国文明航标站。
汐岬灯塔站
2025年1月6日
""",
    ),
    dict(
        slug="wenku-jinxiu-grape-coop-report-html-pages",
        site="锦绣文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jinxiuwenku.example.com/view/ab2219f0.html",
        title="关于葡川县葡萄种植合作社发展情况的调研报告",
        record_title="关于葡川县葡萄种植合作社发展情况的调研报告",
        date="2025-06-28",
        notes="文库 reader HTML cut by ⌠N⌡ page markers as paragraphs; a paywall and a copy lock; upload info (no date); 成文日期 in Chinese numerals",
        pages=dict(fmt="⌠{n}⌡", every=110, start=2),
        page="""
<html><head><meta charset="utf-8"><title>关于葡川县葡萄种植合作社发展情况的调研报告 - 锦绣文库</title></head><body>
<div class="bar">⟦m 锦绣文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧</div>
<h1>⟦t 关于葡川县葡萄种植合作社发展情况的调研报告⟧</h1>
<div class="docinfo">⟦m 贡献者：pc_nongjing　2025-07-02上传　5页　0.9万字⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 试看结束，支付3元即可下载本文档⟧</div>
<div class="rec">⟦l 猜你喜欢：合作社章程范本｜葡萄种植技术规程｜农业调研报告格式⟧</div>
</body></html>
""",
        body="""
为了解全县葡萄种植合作社发展现状，县政协农业组于6月组织开展了专题调研。
全县现有葡萄种植合作社二十六家，入社农户二千一百户，带动种植面积四万余亩。
调研发现，合作社普遍存在冷链设施不足、品牌小而散、技术人员缺乏等问题。
建议整合各合作社品牌，建设县级葡萄冷链物流中心，并依托职业学校培训一批种植技术员。
县政协农业组
二〇二五年六月二十八日
""",
    ),
    dict(
        slug="gov-lubo-brine-zone-closure-wrapped",
        site="卤泊县人民政府网 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.lubo.example.gov.cn/xxgk/tzgg/2025/0903/771.html",
        title="关于卤泊盐湖东采区临时封闭的通告",
        record_title="关于卤泊盐湖东采区临时封闭的通告_通知公告_卤泊县人民政府网",
        date="2025-09-03",
        notes="portal text page: column_site suffix; hard-wrapped at 66 columns with an indent; document number neutral; a 政务服务 hotline footer beside the document's own contact",
        wrap=66,
        indent="    ",
        page="""
!m 卤泊县人民政府网　政务公开
!m 首页 - 政务公开 - 通知公告
!t 关于卤泊盐湖东采区临时封闭的通告
!m 来源：县自然资源局　日期：2025-09-03　浏览次数：293
卤自然资告〔2025〕9号
{BODY}
!m 政务服务便民热线：12345
!m 卤泊县人民政府办公室　主办　　网站标识码 6532260017
""",
        body="""
因卤水采区堤坝加固施工需要，卤泊盐湖东采区自2025年9月8日起临时封闭，预计封闭三十天。
封闭期间，禁止无关人员和车辆进入东采区，游客请从西观景区入口进入景区游览。
施工单位要设置醒目的警示标志，夜间施工须开启照明，确保过往人员安全。
联系人：热依拉，联系电话：0906-8821147
卤泊县自然资源局
2025年9月3日
""",
    ),
    dict(
        slug="news-beiyang-herder-coop-felt-html",
        site="北阳日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.beiyangrb.example.com/content/2025-10/14/c_51320.htm",
        title="毡川牧民合作社：一顶毡房带火一条旅游线",
        record_title=None,
        date="2025-10-14",
        notes="news HTML, no record title (found in h1); byline time as the page date; share bar; a photo caption and an editor line on lines of their own; related reading",
        page="""
<html><head><meta charset="utf-8"><title>毡川牧民合作社：一顶毡房带火一条旅游线_北阳日报网</title></head><body>
<div class="h">⟦m 北阳日报网⟧ ⟦l 首页 时政 经济 社会 文旅 评论⟧ ⟦a 数字报⟧</div>
<h1>毡川牧民合作社：一顶毡房带火一条旅游线</h1>
<div class="byline">⟦m 2025年10月14日 08:05　北阳日报　记者：哈斯　通讯员：金铭⟧</div>
<div class="share">⟦l 分享：⟧ ⟦l 微信⟧ ⟦l 微博⟧ ⟦l 复制链接⟧</div>
{BODY}
<p class="caption">⟦m △ 游客在毡房里体验奶茶制作。哈斯 摄⟧</p>
<p class="editor">⟦m 编辑：白雪梅　校对：何强⟧</p>
<div class="more"><h3>⟦l 相关阅读⟧</h3><p>⟦l 毡川县入选自治区乡村旅游重点县⟧</p><p>⟦l 秋季转场：牧民赶羊下山⟧</p></div>
<div class="ft">⟦d 北阳日报社版权所有，未经书面授权不得复制或建立镜像⟧</div>
</body></html>
""",
        body="""
国庆假期刚过，毡川县白石滩牧民专业合作社的毡房营地依然热闹。
合作社理事长巴特尔告诉记者，营地去年开张时只有八顶毡房，今年已经增加到二十六顶。
游客可以住毡房、喝奶茶、看转场，还能跟着牧民学擀毡。
今年前三季度，营地接待游客一点八万人次，入社牧民户均增收一万二千元。
""",
    ),
    dict(
        slug="forum-xingzhe-glacier-trek-oneline",
        site="行者户外论坛 (invented)",
        style="论坛",
        genre="游记",
        kind="article",
        form="text",
        source="https://bbs.xingzhe-outdoor.example.com/t/88201",
        title="冰岙冰川观景台徒步记",
        record_title="冰岙冰川观景台徒步记（多图慎入）",
        date="2025-08-02",
        notes="forum post on one line with glued junk; decorated title; a 发表于 line as the page date; forum signature; likes and reply lines",
        oneline=True,
        junk=dict(glued=2),
        page="""
!m 行者户外论坛 » 游记攻略 » 西北
!t 冰岙冰川观景台徒步记（多图慎入）
!m 作者：背包阿凯　发表于 2025-8-2 22:48
{BODY}
!l 本帖被 3 人收藏　|　赞 41
!l -------- 走过的路都算数 --------
!l 回复 #1 雪线之上：观景台到冰舌还有多远？
!a 登录后才能回复，没有账号？注册
""",
        body="""
上周末和两个朋友去了冰岙冰川观景台，从景区门口到观景台全程约六公里，爬升四百米。
路况总体不错，前半段是砂石路，后半段是木栈道。观景台海拔三千六百米，刚到时有点喘，休息一会就好。
观景台离冰舌还有一段距离，核心区夏天不让进，工作人员在路口实名登记。
建议带好冲锋衣和墨镜，山上太阳很毒，风也大。
""",
    ),
]
