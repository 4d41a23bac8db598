"""holdout65, part F: sugar painting (糖画) and wheat-straw pictures (麦秸画) of an invented
county, 禾塬县, on twelve kinds of site. Every text, site, person and URL is invented."""

CASES = [
    dict(
        slug="print-heyuan-straw-art-subsidy-html",
        site="禾塬县文化馆 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://whg.heyuan.example.gov.cn/print/2025/0605/226.html",
        title="关于申报2025年麦秸画传承人带徒补助的通知",
        record_title="〔打印版〕关于申报2025年麦秸画传承人带徒补助的通知",
        date="2025-06-05",
        notes="print view: print/close buttons, URL, print stamp and a page footer; 附件 list and 印发 line kept; the document's own 联系人/电话",
        page="""
<html><head><meta charset="utf-8"><title>打印页面</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 〖点击打印〗⟧ ⟦a 〖关闭本页〗⟧</div>
<div class="site">⟦m 禾塬县文化馆⟧</div>
<h2>⟦t 关于申报2025年麦秸画传承人带徒补助的通知⟧</h2>
{BODY}
<div class="url">⟦m 原文链接：http://whg.heyuan.example.gov.cn/tzgg/2025/0605/226.html⟧</div>
<div class="pt">⟦m 打印于 2025/06/20 16:44⟧ ⟦p 页码 1／1⟧</div>
</body></html>
""",
        body="""
各乡镇综合文化站：
为支持麦秸画技艺传承，县文化馆开展2025年传承人带徒补助申报工作。
一、每名传承人带徒不少于三人、带徒满一年的，给予补助六千元。
二、申报材料于7月10日前报送县文化馆非遗部。
附件：1.带徒补助申报表　2.带徒协议（样本）
联系人：蔡晓芸，电话：0394-7256 018。
禾塬县文化馆
2025年6月5日
禾塬县文化馆办公室　2025年6月5日印发
""",
    ),
    dict(
        slug="mail-re-heyuan-sugar-painting-stall-html",
        site="禾塬县城管局政务邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.heyuan.example.gov.cn/webmail/read.php?uid=30417",
        title="关于为糖画非遗摊点划定临时经营区域的复函",
        record_title="回复：关于为糖画非遗摊点划定临时经营区域的复函.pdf",
        date="2025-09-24",
        date_also=["2025-09-25"],
        notes="webmail reply chain: headers, quoted earlier mail, a signature and a confidentiality notice; the letter's own 抄送 and 联系电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>读信 - 禾塬政务邮箱</title></head><body>
<div class="mailbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<table class="head"><tr><td>⟦m 发件人：县城管局办公室 &lt;cgjbgs@heyuan.example.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：县文化馆 &lt;whg@heyuan.example.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 日　期：2025-09-25 星期四 11:06⟧</td></tr>
<tr><td>⟦m 附　件：复函.pdf（102KB）⟧</td></tr></table>
<h3>⟦t 回复：关于为糖画非遗摊点划定临时经营区域的复函.pdf⟧</h3>
<div class="mailbody">
{BODY}
</div>
<blockquote>⟦m ------------------ 原始邮件 ------------------⟧<br>⟦m 发件人：县文化馆　主题：商请为糖画摊点划定经营区域⟧</blockquote>
<div class="sig">⟦d 本邮件仅限收件人使用，未经许可不得转发⟧</div>
</body></html>
""",
        body="""
县文化馆：
你馆《关于商请为糖画非遗摊点划定经营区域的函》收悉。经研究，同意在人民公园东门广场划定糖画临时经营区域一处，设置摊位六个。
经营时间为每日16时至21时，摊主须保持摊位周边整洁，不得占用盲道。
联系电话：0394-7221 560（市容管理股）。
禾塬县城市管理局
2025年9月24日
抄送：人民公园管理处。
""",
    ),
    dict(
        slug="fanwen-tanghua-sugar-art-speech-oneline",
        site="糖画范文大全 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.thfwdq.example.com/jianghua/2025/7781.html",
        title="在糖画技艺进校园启动仪式上的讲话",
        record_title="在糖画技艺进校园启动仪式上的讲话（范文）",
        date=None,
        notes="范文 site, the body on one line; a member prompt and a writer's WeChat in the page; placeholders ×× kept; no date",
        oneline=True,
        page="""
!m 糖画范文大全 · 领导讲话栏目
!t 在糖画技艺进校园启动仪式上的讲话（范文）
!m 栏目：讲话稿　热度：★★★★☆
{BODY}
!a 复制全文需开通会员，仅需9.9元/月
!w 找人写讲话稿？加微信 thfw-xiezuo
!l 猜你想看：非遗进校园活动方案　｜　传统文化节开幕致辞
""",
        body="""
老师们、同学们：
今天，“糖画技艺进校园”活动在××小学正式启动，我代表××局向活动的启动表示祝贺。
糖画是我们禾塬的传统手艺，一勺糖稀、一把铜勺，就能画出龙凤花鸟。
希望同学们在课堂上跟着老艺人学一学、画一画，把这门老手艺传下去。
谢谢大家！
""",
    ),
    dict(
        slug="wenku-maijie-straw-art-report-wrapped-pages",
        site="麦田文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.maitianwk.example.com/d/51277702.html",
        title="禾塬县麦秸画产业发展情况调研报告",
        record_title="禾塬县麦秸画产业发展情况调研报告",
        date="2025-08-30",
        notes="hard-wrapped at 66 columns and cut by glued page markers 〈第2页〉 between lines; a pay prompt and an upload notice; Chinese-numeral 成文日期",
        wrap=66,
        indent="　　",
        pages=dict(fmt="〈第{n}页〉", every=120, start=2, glue="mix"),
        page="""
!m 麦田文库 › 调研报告
{T}
!m 页数：6　浏览：1,032　下载：87　贡献者：heyuan_wl
{BODY}
!a 试看结束 · 下载完整版需 5 麦粒
!d 文档内容由网友提供，平台不对其真实性负责
""",
        body="""
为摸清全县麦秸画产业发展现状，县政协文化文史委组成调研组，于今年七月走访了六个乡镇的二十三家作坊和两家企业。
调研显示，全县现有麦秸画从业人员约一千二百人，年销售额约三千万元，产品主要销往省内旅游景区。
产业发展中存在的主要问题是：作坊规模小，设计同质化，年轻从业者少，线上销售渠道不畅。
建议设立麦秸画产业发展专项资金，建设集中展销中心，并与职业学校合作开设麦秸画专业方向。
禾塬县政协文化文史委员会
二〇二五年八月三十日
""",
    ),
    dict(
        slug="gov-heyuan-sugar-art-heritage-opinion",
        site="禾塬县人民政府 (invented)",
        style="政府门户",
        genre="意见",
        kind="other",
        form="text",
        source="http://www.heyuan.example.gov.cn/xxgk/zcwj/2025/0415/9910.html",
        title="禾塬县人民政府关于加强糖画和麦秸画保护传承的意见",
        record_title=None,
        date="2025-04-15",
        notes="portal text page without a record title: 信息公开 index lines, document number neutral, decimal-free numbered sections, a 'share to' bar between paragraphs",
        page="""
!m 禾塬县人民政府　网站首页 | 政务公开 | 政务服务
!m 索引号：4105270011/2025-01277　主题分类：文化
!m 发布机构：县政府办公室　发文日期：2025年04月15日
{T}
禾政〔2025〕11号
{BODY}
!m 【来源：县政府办公室】
!l 扫一扫在手机打开当前页
""",
        body="""
各乡镇人民政府，县政府各部门：
糖画、麦秸画是我县省级非物质文化遗产代表性项目。为加强保护传承，提出如下意见。
一、建立代表性传承人动态管理制度，每两年开展一次评估。
⟦l 分享到：微信　微博　QQ⟧
二、每年安排专项经费一百万元，用于传承人带徒、作品征集和展示展销。
三、将糖画、麦秸画纳入中小学课后服务内容。
禾塬县人民政府
2025年4月15日
""",
    ),
    dict(
        slug="news-heyuan-sugar-painter-profile",
        site="禾塬融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.heyuanrm.example.cn/rw/2025/1201/40177.shtml",
        title="七旬糖画艺人的“甜蜜”坚守",
        record_title="七旬糖画艺人的“甜蜜”坚守丨禾塬融媒",
        date="2025-12-01",
        notes="county media text page: a dotted date in the byline (page's date), a photo caption between paragraphs, an editor line and a hot list",
        page="""
!m 禾塬融媒 · 首页 › 人物
!t 七旬糖画艺人的“甜蜜”坚守丨禾塬融媒
!m 2025.12.01　禾塬融媒记者 程朗　通讯员 闫冬
{BODY}
!m 编辑：邱小雨　二审：马俊　终审：申力
!l 热门 · 县城供暖首日运行平稳
!l 热门 · 冬季流感高发，专家提醒做好防护
""",
        body="""
在县城老街的十字路口，七十二岁的糖画艺人邵德胜已经守着他的糖画摊四十多年了。
只见他舀起一勺熬好的糖稀，手腕一抖，不到一分钟，一条昂首的金龙就落在了石板上。
⟦m 图为邵德胜在制作糖画。程朗 摄⟧
如今，邵德胜收了三个徒弟，还每周到小学上一节糖画课，他说只要有孩子喜欢，这门手艺就断不了。
""",
    ),
    dict(
        slug="wechat-mirror-heyuan-straw-art-fair-plan",
        site="公号存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="方案",
        kind="plan",
        form="text",
        source="https://archive.gonghao.example.net/heyuanwl/2025-05-12-1",
        title="第二届禾塬麦秸画展销会活动方案",
        record_title="第二届禾塬麦秸画展销会活动方案",
        date="2025-05-10",
        date_also=["2025-05-12"],
        notes="mirror of a culture-tourism account: account line and archive date (differ from the document's date; also accepted), 原创 mark, 阅读原文/在看 and a share prompt; the plan's own 扫码购票 sentence kept",
        page="""
!m 禾塬文旅　发布于 2025年5月12日
!m 原创　禾塬文旅小编
{T}
{BODY}
!a 长按识别二维码，关注“禾塬文旅”
!l 阅读原文　｜　在看 63　｜　分享
!d 本文由公号存档自动抓取，仅作存档备份
""",
        body="""
一、活动时间：2025年6月6日至8日。
二、活动地点：禾塬县非遗文化广场。
三、活动内容：麦秸画作品展、现场制作体验、文创产品展销。
四、票务安排：展销会免费入场，制作体验需扫码购票，每场限四十人。
禾塬县文化广电和旅游局
2025年5月10日
""",
    ),
    dict(
        slug="forum-tianyuan-sugar-price-thread-junk",
        site="田园生活论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.tianyuanbbs.example.com/t/2025/0316/88412.html",
        title="学做糖画一个月的心得",
        record_title="学做糖画一个月的心得 - 手艺人之家 - 田园生活论坛",
        date="2025-03-16",
        notes="forum with junk lines and glued junk; post time is the page's date; floor meta and a signature; relative times elsewhere",
        junk=dict(lines=2, glued=2),
        page="""
!m 田园生活论坛 > 手艺人之家
!t 学做糖画一个月的心得 - 手艺人之家 - 田园生活论坛
!m 楼主：麦芽糖不粘牙　|　2025-03-16 21:35　|　阅读 987　回复 21
{BODY}
!m ——签名：熬糖就像过日子，火候到了自然甜
!m 沙发　路过的糖葫芦　2小时前
!a 登录后才能回复，没有账号？立即注册
""",
        body="""
退休后闲着没事，上个月跟着邻居老邵学做糖画，今天来说说心得。
熬糖是第一关，白糖和麦芽糖按二比一下锅，小火慢熬，熬到糖稀能拉出细丝才算成。
画的时候手要稳，先画轮廓再填中间，线条一断就得重来。
一个月下来，我已经能画蝴蝶和小鱼了，孙子天天缠着我要。
""",
    ),
    dict(
        slug="qa-haowen-straw-art-materials-answer",
        site="好问知道 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhidao.haowen.example.com/question/889021345.html",
        title="麦秸画用的麦秆要怎么处理？",
        record_title="麦秸画用的麦秆要怎么处理？_好问知道",
        date=None,
        notes="Q&A with an answerer card and an 'answered N days ago' line (no date); numbered steps; a follow-the-answerer button",
        page="""
!m 好问知道 · 生活 · 手工
!t 麦秸画用的麦秆要怎么处理？_好问知道
!m 匿名网友　提问于 3天前
!m 秸画匠人阿禾　｜　擅长：麦秸画、草编　｜　采纳率 94%
!a ＋关注答主
{BODY}
!l 评论 3　｜　👍 41
!l 其他类似问题：麦秸画怎么装裱？　麦秸画能保存多少年？
""",
        body="""
做麦秸画的麦秆要经过选、泡、熨几道工序：
1.选麦秆：挑麦穗下面第一节，秆壁厚、颜色匀的最好。
2.浸泡：用清水泡二十四小时，想要深色的可以用碱水煮二十分钟。
3.剖开熨平：用刀沿秆剖开，趁湿用电熨斗熨平，温度不能太高，否则会发黑。
处理好的麦秆片放在通风处阴干，就可以剪贴作画了。
""",
    ),
    dict(
        slug="docshare-caoyun-sugar-art-minutes-mixed-markers",
        site="草云文档共享 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://doc.caoyun.example.com/p/7718203",
        title="禾塬县糖画艺人协会成立大会会议纪要",
        record_title="禾塬县糖画艺人协会成立大会会议纪要.docx",
        date="2025-01-09",
        notes="sharing page with page markers ~2~ mixed glue cutting sentences; minutes' lines and a vote count kept; a 'download the docx' box",
        pages=dict(fmt="≈{n}≈", every=100, start=2, glue="mix"),
        page="""
!m 草云文档共享 / 工作文档
!t 禾塬县糖画艺人协会成立大会会议纪要.docx
!m 2页　共享者：糖画协会秘书处　上传时间：2025-01-11
{BODY}
!a 下载docx原文件（需1积分）　|　在线编辑
!l 相关文档：协会章程（草案）　首届理事会候选人名单
""",
        body="""
时间：2025年1月9日上午9时
地点：禾塬县文化馆多功能厅
主持：邵德胜
出席：会员代表四十一人
会议审议通过了《禾塬县糖画艺人协会章程》，表决结果为同意四十一票、反对零票、弃权零票。
会议选举产生了首届理事会，邵德胜当选会长，闫小红、蒋立当选副会长。
会议决定每年春节前举办一次糖画技艺展演。
""",
    ),
    dict(
        slug="blog-suiyue-straw-art-class-diary",
        site="岁月手作 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://suiyuesz.blog.example.cn/2025/10/21/maijiehua-class/",
        title="带孩子去文化馆上麦秸画课",
        record_title="【手作日记】带孩子去文化馆上麦秸画课",
        date="2025-10-21",
        notes="blog text page: post date line (page's date), category, tags, a related list and a comment form; a share button glued before a sentence",
        page="""
!m 岁月手作 —— 一个妈妈的手工角落
!t 【手作日记】带孩子去文化馆上麦秸画课
!m 发表于 2025年10月21日　分类：亲子手作　评论 6 条
{BODY}
!l 标签：麦秸画 · 亲子 · 文化馆
!l 你可能也喜欢：用树叶拼一幅秋天　｜　周末扎染初体验
!l 留下评论　名字*　邮箱*　发表评论
""",
        body="""
周六带女儿去县文化馆上了一节免费的麦秸画体验课。
老师先给每个孩子发了一小把熨平的麦秆片，让大家照着画稿剪出树叶和花瓣。
⟦a 📤 分享本文⟧女儿剪坏了好几片，最后贴出来的小兔子耳朵一长一短，她却得意得不行。
回家的路上她问我，下周还能不能再来，我想这大概就是这节课最好的收获。
""",
    ),
    dict(
        slug="oa-heyuan-craft-coop-straw-stock-report",
        site="禾塬手艺合作社内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://192.168.10.8/oa/doc/show.aspx?id=1277",
        title="关于麦秸画库存积压情况的报告",
        record_title="【待阅】关于麦秸画库存积压情况的报告",
        date="2025-11-14",
        notes="intranet text page: a to-do tag in the title, approval trail and read receipts; a stock table kept; the document's own 联系人 line",
        page="""
!m 禾塬手艺合作社办公平台　｜　当前用户：销售部 姜蕾
!a 【办理】【退回】【打印】【关闭】
!t 【待阅】关于麦秸画库存积压情况的报告
{BODY}
!m 审批流程：销售部（姜蕾 提交）→ 理事长 闫文斌（已阅，请商量降价促销方案）
!m 阅读情况：已阅 9 人，未阅 2 人
""",
        body="""
合作社理事会：
截至11月10日，合作社仓库积压麦秸画成品一千八百余幅，主要情况如下。
品类　数量　占压资金
大幅山水　420幅　12.6万元
小幅花鸟　1390幅　8.3万元
建议春节前在县城和景区开展促销，并尝试开设网店。
联系人：姜蕾，手机：139 3946 2207。
销售部
2025年11月14日
""",
    ),
]
