"""Holdout17 cases, part D: forums, blogs, account mirrors, apps and Q&A pages of kinds no
earlier part imitated (a parenting forum, an anglers' forum, a town forum, a county life site, a
site supervisor's blog, a township cadre's old blog, a scenic area's account, a B&B
association's account, a 范文 app's share page and its reading mode, a trademark agent's Q&A, a
document-writing encyclopaedia, a how-to page). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="forum-mengya-parenting-summary-discuz-jammer",
        site="萌芽亲子论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://bbs.mengya-qz.example.com/thread-50218-1-1.html",
        title="幼儿园家长委员会2024学年工作总结",
        record_title="幼儿园家长委员会2024学年工作总结 - 家园共育 - 萌芽亲子论坛",
        date=None,
        notes="a Discuz-like parenting forum: jammer fonts glued after sentences and on lines of their own, a user card, 发表于 relative time (no date), 回复/收藏 buttons, a signature under the post",
        page="""
<html><head><meta charset="utf-8"><title>幼儿园家长委员会2024学年工作总结 - 家园共育 - 萌芽亲子论坛</title></head>
<body>
<div id="hd">⟦m 萌芽亲子论坛　陪伴是最好的教育⟧ ⟦a 登录　立即注册　找回密码⟧</div>
<div id="pt">⟦m 萌芽亲子论坛 › 家园共育 › 查看内容⟧</div>
<table id="pid1" class="plhin"><tr>
<td class="pls">⟦m 豆豆妈咪⟧<br>⟦m 金牌妈妈　积分 3380⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 昨天 21:14　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：家有萌宝，快乐成长～⟧</div>
<div class="po">⟦a 回复　支持　收藏　分享　举报⟧</div>
</td></tr></table>
<div class="ft">⟦d Powered by Discuz! X3.4 © 2001-2025⟧ ⟦m 萌芽亲子论坛 闽ICP备18044107号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
2024学年，在幼儿园的支持下，家长委员会坚持“参与、沟通、监督、服务”的工作思路，较好地发挥了家园桥梁作用。
一是参与管理。家委会成员每月参加一次膳食委员会会议，参与食谱制定和食堂检查，提出意见建议二十余条。
二是组织活动。协助幼儿园举办亲子运动会、六一游园会和家长开放日，参与家庭达一千二百余人次。
三是开展家长课堂。邀请儿童保健医生和心理老师为家长讲授育儿知识四次。
新学年，家委会将进一步加强与家长的沟通，做好幼儿园的好帮手。
""",
    ),
    dict(
        slug="forum-diaoyou-anglers-repost-ban-notice",
        site="渔乐钓友网 (invented)",
        style="论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://www.yulediaoyou.example.com/forum/read-61120.html",
        title="蓼川县人民政府关于划定天然水域禁钓区的通告",
        record_title="[转帖] 蓼川县人民政府关于划定天然水域禁钓区的通告 - 钓鱼资讯 - 渔乐钓友网",
        date="2025-03-01",
        notes="an anglers' forum reposting a government notice: [转帖] decoration, an 钓点 map ad, floor replies, glued junk; the reposted notice's 成文日期; a 原帖地址 line",
        page="""
!m 渔乐钓友网 › 钓鱼资讯 › 政策法规
!t [转帖] 蓼川县人民政府关于划定天然水域禁钓区的通告
!m 楼主：老钓翁　发表于 2025-3-4 10:22　人气：4511
!m 原帖地址：http://www.liaochuan.example.gov.cn/zwgk/tzgg/202503/t20250301_8891.html
{BODY}
!a 【广告】全国钓点地图APP，附近黑坑野钓一键导航
!l 2# 钓鱼佬永不空军：大家注意，别去禁钓区
!l 3# 川河野钓：收到，转了
!a 快速回复　［发表］
""",
        date_also=["2025-03-04"],
        junk=dict(lines=0, glued=3),
        body="""
为保护鱼类资源和水生生态环境，根据有关法律法规，县人民政府决定划定天然水域禁钓区，现通告如下：
一、禁钓区范围：蓼水国家级水产种质资源保护区核心区，以及县城饮用水水源一级保护区。
二、禁钓期间：全年禁止垂钓。其他天然水域休闲垂钓实行“一人一竿一线一钩”。
三、违反本通告的，由县农业农村局依法予以处罚。
四、本通告自发布之日起施行。
蓼川县人民政府
2025年3月1日
""",
    ),
    dict(
        slug="localforum-yuwan-town-gas-notice-posted",
        site="萸湾镇论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yuwanbbs.example.com/t/30988",
        title="关于老旧小区燃气管道改造入户施工的通知",
        record_title=None,
        date="2025-06-18",
        notes="a town forum: the title only in the page, a 发布于 time as the page's date (the notice itself unsigned), the notice's own 施工负责人 phone, 置顶/精华 labels, a 同城 ad, a 回复 box",
        page="""
!m 萸湾镇论坛 — 萸湾人自己的网上家园
!m 首页 › 萸湾新闻 › 正文
!m [置顶] [精华]
{T}
!m 萸湾社区服务站 发布于 2025-06-18 08:47　浏览 5,330　回复 64
{BODY}
!a 萸湾同城便民：开锁 换锁 疏通管道 13907450000
!l 最新回复：住在三号楼的：终于要改了，点赞
!a 登录后参与讨论　｜　还没有账号？注册
!m 萸湾镇论坛 © 2011-2025
""",
        indent="\u3000\u3000",
        body="""
各位居民：
根据县老旧小区改造计划，萸湾镇新华路片区燃气管道改造工程将于6月23日开始入户施工，施工周期约二十天。
施工期间需对户内燃气表具和管道进行更换，请各户安排家人在家配合，施工人员均佩戴工作证。
入户施工不收取任何费用，如有人以改造名义收费，请立即拨打110报警。
施工负责人：贺师傅，电话：0745-6678023。
""",
    ),
    dict(
        slug="localforum-hengtang-life-village-letter-html",
        site="蘅塘生活网 (invented)",
        style="地方论坛",
        genre="公开信",
        kind="letter",
        form="html",
        source="https://www.htlife.example.com/forum.php?mod=viewthread&tid=120773",
        title="石塘村村民委员会致在外乡贤的一封信",
        date="2025-01-20",
        notes="a county life portal with a forum thread: 二手/招聘/房产 nav, a 本帖最后由 edit note, 成文日期 at the end; 扫码加入乡贤群 (body sentence) and a site QR prompt (chrome)",
        page="""
<html><head><meta charset="utf-8"><title>石塘村村民委员会致在外乡贤的一封信-蘅塘生活网</title></head>
<body>
<div class="nv">⟦m 蘅塘生活网⟧ ⟦m 首页｜论坛｜二手｜招聘｜房产｜商家⟧</div>
<div class="bm">⟦m 蘅塘生活网 » 乡村振兴 » 帖子详情⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="pi">⟦m 石塘村委会　发表于 2025-1-21 09:05⟧</div>
<div class="edit">⟦m 本帖最后由 石塘村委会 于 2025-1-21 09:12 编辑⟧</div>
<div class="pct">
{BODY}
</div>
<div class="pob">⟦a 回复　引用　评分　举报⟧</div>
</div>
<div class="side">⟦l 热帖：蘅塘年货节本周末开幕 ｜ 县城新开一家书店⟧</div>
<div class="qrcode">⟦a 扫一扫，关注蘅塘生活网微信⟧</div>
<div class="ft">⟦d 本站言论仅代表网友个人观点，与本站立场无关⟧</div>
</body></html>
""",
        date_also=["2025-01-21"],
        body="""
尊敬的各位乡贤：
新春佳节即将来临，石塘村村民委员会向您和您的家人致以诚挚的问候！
过去一年，在各位乡贤的关心支持下，村里硬化组级公路四点二公里，建成村级养老互助点一个，新修灌溉渠道一千二百米。
新的一年，村里计划建设农产品冷链仓库，发展油茶种植三百亩，诚挚欢迎各位乡贤回乡投资兴业、建言献策。
春节期间，村里将于正月初六举办乡贤座谈会，请扫描村部公告栏上的二维码加入乡贤群报名参加。
石塘村村民委员会
2025年1月20日
""",
    ),
    dict(
        slug="blog-jianli-engineer-summary-wrapped",
        site="老秦的监理笔记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://laoqin-jl.example.blog.cn/post/2025-01-05-nianzhong.html",
        title="2024年度项目监理部工作总结",
        record_title=None,
        date=None,
        notes="a supervisor's personal blog: hard-wrapped at 70 columns (a Markdown export), a 标签/分类 row, 阅读/评论 counts, 文章归档 and 打赏 (chrome); no date in the document (the blog's own posted time absent); a table of inspection counts",
        page="""
!m 老秦的监理笔记 — 一个老监理的工地日常
!m 首页　归档　关于
{T}
!m 分类：工作总结　阅读(812)　评论(6)
{BODY}
!l 标签：监理　总结　工程质量
!a 如果这篇文章对你有帮助，欢迎打赏一杯茶 ☕
!l « 上一篇：旁站监理记录怎么写　　下一篇：冬季施工质量控制要点 »
!l 文章归档：2024年12月 (3)　2024年11月 (5)
""",
        wrap=70,
        body="""
2024年，项目监理部承担了城北安置小区二期工程的监理任务，建筑面积十二万平方米。一年来，监理部严格履行监理职责，工程质量和安全生产处于受控状态。
一、质量控制。坚持“三检制”，对钢筋、混凝土等主要材料严格见证取样。全年主要检查情况如下：
项目　次数　合格率
原材料见证取样　436　99.3%
隐蔽工程验收　218　100%
二、安全管理。每周组织一次安全联合检查，下发监理通知单三十七份，全部整改闭合。
三、存在不足。个别监理人员对新规范掌握不够，旁站记录还不够规范。
2025年，监理部将加强业务学习，提高监理服务水平。
""",
    ),
    dict(
        slug="blog-puchuan-cadre-research-oldblog-html",
        site="青山絮语·一个乡镇干部的博客 (invented)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="html",
        source="http://blog.xinlang-like.example.com/s/blog_4a7f1e2d0102zq3k.html",
        title="关于村级集体经济“空壳村”转化的调查与思考",
        record_title="关于村级集体经济“空壳村”转化的调查与思考_青山絮语_新浪博客",
        notes="an old-style blog: 博主资料 sidebar, 访问/关注 counters, 分类/标签 lines, 阅读/评论/收藏/转载 row, 前一篇/后一篇; the post's time in brackets after the title taken as the page's publish line (the report itself undated)",
        page="""
<html><head><meta charset="utf-8"><title>关于村级集体经济“空壳村”转化的调查与思考_青山絮语_新浪博客</title></head>
<body>
<div class="blogtop">⟦m 青山絮语⟧ ⟦m http://blog.xinlang-like.example.com/qingshanxuyu⟧</div>
<div class="blognav">⟦m 首页　博文目录　图片　关于我⟧</div>
<div class="sidebar"><div>⟦m 个人资料：青山絮语　访问：128,403　关注：226⟧</div><div>⟦a ＋加关注　发纸条　写留言⟧</div>
<div>⟦l 博文分类：乡村笔记(64)　读书(21)　随笔(40)⟧</div></div>
<div class="articalTitle"><h2>{T}</h2><span>⟦m (2025-01-12 20:41:09)⟧</span></div>
<div class="articalTag">⟦l 标签：集体经济　乡村振兴　调研⟧　⟦l 分类：乡村笔记⟧</div>
<div class="articalContent">
{BODY}
</div>
<div class="IL">⟦l 阅读(329)┊评论(4)┊收藏(2)┊转载(1)┊喜欢▼┊打印⟧</div>
<div class="articalfrontback">⟦l 前一篇：驻村三年，我学会了听⟧<br>⟦l 后一篇：冬夜读《乡土中国》⟧</div>
</body></html>
""",
        date="2025-01-12",
        body="""
我镇共有行政村十八个，其中年经营性收入不足五万元的“空壳村”有五个。去年以来，我利用驻村机会，对这五个村进行了走访调查。
一、主要成因。一是资源禀赋差，多数村地处山区，土地零散；二是缺少带头人，村干部年龄偏大；三是经营方式单一，主要依靠发包收入。
二、转化路径。一要盘活闲置资产，把闲置校舍、厂房改造后出租；二要发展服务型经济，成立劳务合作社承接小型工程；三要抱团发展，由镇里统筹多个村联合投资光伏项目。
三、几点建议。建议县里设立集体经济发展专项资金，并把集体经济发展情况纳入村干部考核。
以上是我的一些粗浅思考，不当之处请大家批评指正。
""",
    ),
    dict(
        slug="wechat-yunxiu-scenic-notice-mirror",
        site="云岫山景区公众号（镜像） (invented)",
        style="公众号镜像",
        genre="公告",
        kind="notice",
        form="text",
        source="https://wx.mirror-reader.example.com/s/yunxiushan/20250425_1",
        title="关于“五一”假期实行预约限流的公告",
        record_title="关于“五一”假期实行预约限流的公告 - 云岫山旅游",
        date="2025-04-25",
        notes="a WeChat mirror: 原创 label, an account line with a time (the page's publish line), 预约 mini-program card and 在看/分享 row, 阅读原文; the notice's own 游客服务热线 and a 扫码预约 body sentence; a 喜欢作者 tip row",
        page="""
!m 原创　云岫山旅游　2025年4月25日 18:02　湖南
{T}
!m 云岫山旅游 · 关注
{BODY}
!a [小程序] 云岫山门票预约
!a 阅读原文
!l 分享　收藏　在看 212　点赞 1,006
!a 喜欢作者　赞赏
!d 该内容由公众号镜像站自动抓取，版权归原作者所有
""",
        body="""
亲爱的游客朋友：
为保障游览安全和舒适度，“五一”假期（5月1日至5日）云岫山景区实行实名预约、限量开放，每日最大承载量为一万二千人。
请游客提前通过“云岫山旅游”小程序或扫描景区入口处二维码预约，预约成功后凭身份证入园。
景区停车场车位有限，建议乘坐旅游专线公交前往。
游客服务热线：0745-8812345。
云岫山景区管理处
2025年4月25日
""",
    ),
    dict(
        slug="wechat-yuwan-bnb-pledge-html-mirror",
        site="萸湾民宿协会公众号（网页版） (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.weixin-like.example.com/s/Yw8cB2xQ0r9LhKs",
        title="诚信经营 品质服务——致全镇民宿经营者的倡议书",
        record_title="诚信经营 品质服务——致全镇民宿经营者的倡议书",
        date="2025-07-03",
        notes="WeChat-style HTML: rich_media meta with account name and time, sections in span wrappers, a 关注 card at the bottom, 在看/点赞, a 微信扫一扫 tip; a body sentence about 关注 and 扫码投诉",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>诚信经营 品质服务——致全镇民宿经营者的倡议书</title></head>
<body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div id="meta_content">⟦m 萸湾民宿协会⟧　⟦m 2025-07-03 20:15⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦l 阅读 1,733　　赞 96　　在看 41⟧</div>
<div class="profile">⟦a 萸湾民宿协会　长按识别二维码关注我们⟧</div>
<div class="qr_tip">⟦a 微信扫一扫 使用小程序⟧</div>
</div>
</body></html>
""",
        p_html='<section style="margin:8px 0"><span style="font-size:16px;">{}</span></section>',
        body="""
各民宿经营者：
暑期旅游旺季已经到来，为擦亮萸湾民宿品牌，协会向全镇民宿经营者发出如下倡议：
一、明码标价。房价在携程、美团等平台和店内一致，不临时加价。
二、安全第一。落实消防安全责任，定期检查燃气、电路，配齐灭火器和应急照明。
三、干净卫生。布草一客一换，做好客房消毒，公共区域每日清扫。
四、热情服务。主动为游客介绍周边景点和特色农产品。
欢迎游客关注本公众号，发现违规经营行为可扫码投诉，协会将在24小时内处理。
萸湾镇民宿协会
2025年7月3日
""",
    ),
    dict(
        slug="app-wenmiao-report-share-page",
        site="文妙写作APP分享页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.wenmiao-app.example.com/a/7XK2pQ?from=wechat",
        title="2024年度社区党委书记述职报告",
        record_title="2024年度社区党委书记述职报告（精选2篇）-文妙写作",
        date=None,
        notes="a 范文 app's share page: 打开APP 看全文 prompts between paragraphs and at the end, 仅显示部分内容, an APP banner, 热门范文 list; decorated record title; no date",
        page="""
!a 文妙写作APP　海量公文范文　立即打开
{T}
!m 文妙写作 · 党建材料 · 1.2w 阅读
{BODY}
!a 仅显示部分内容，打开APP阅读全文（共2篇）
!a 打开文妙APP，免费领取7天会员
!l 热门范文：社区书记抓基层党建述职报告 ｜ 社区年度工作总结 ｜ 网格员个人总结
""",
        indent="\u3000\u3000",
        body="""
2024年，我认真履行社区党委书记抓基层党建第一责任人职责，现将履职情况报告如下。
一、履职情况。一是加强社区党组织建设，将党支部建在小区上，新成立小区党支部四个。二是推进“红色物业”，引导三家物业企业成立党的工作小组。
⟦a 打开APP继续阅读剩余85%内容⟧
二、存在问题。对年轻党员的教育管理方法不多，流动党员管理还有盲区。
三、下步打算。深化党建引领基层治理，推动在职党员到社区报到常态化。
""",
    ),
    dict(
        slug="app-bihai-hostscript-reading-mode",
        site="笔海公文APP阅读模式 (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="app://bihai-gongwen/read/doc/550183",
        title="全县秋季植树造林现场推进会主持词",
        record_title="全县秋季植树造林现场推进会主持词.docx",
        date=None,
        notes="an app's reading mode exported as text: 字号/夜间/目录 controls, a member-only watermark glued after sentences, 第n页/共n页 progress shown as ☷n, a 收藏到我的文集 row; file-name record title; a year-less date in the text; no date",
        page="""
!a Aa 字号　☾ 夜间　☰ 目录
!t 全县秋季植树造林现场推进会主持词.docx
!m 笔海公文 · 会员专享 · 约1500字
{BODY}
!a 收藏到我的文集　｜　导出Word（会员）
!d 本文档由笔海公文用户上传，仅供个人学习参考，禁止商用
""",
        pages=dict(fmt="☷{n}", every=150, start=2, glue="mix"),
        body="""
同志们：
今天，我们在青石岭召开全县秋季植树造林现场推进会，主要任务是观摩造林现场，交流经验，部署今冬明春植树造林工作。
出席今天会议的有县委、县政府有关领导，县直有关单位和各乡镇主要负责同志。
会议共有四项议程：一是观摩青石岭造林现场；二是由县林业局通报全县造林绿化进展情况；三是三个乡镇作典型发言；四是请县长作重要讲话。
下面进行会议第一项议程，请大家按照工作人员安排有序观摩。
同志们，刚才的讲话要求明确、针对性强，请各单位认真抓好贯彻落实。会议到此结束，散会。
""",
    ),
    dict(
        slug="qa-shangbiao-agent-how-to-write-request",
        site="标达知识产权问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.biaoda-ip.example.com/q/20250518/331.html",
        title="企业申请商标注册补贴的请示怎么写？",
        record_title="企业申请商标注册补贴的请示怎么写？-标达问答",
        date=None,
        notes="a trademark agent's Q&A: 提问者/悬赏 line, 最佳答案 label, an agent card with 执业编号, a 免费查询商标 prompt (contact), 采纳率 meta; an example 请示 inside the answer with ××年×月×日 placeholders (no date)",
        page="""
!m 标达问答 › 商标注册 › 政策补贴
{T}
!m 提问者：企**　2025-05-18　悬赏 10 积分
!m ★ 最佳答案　来自 标达顾问 邵律师（执业编号 A2871）　采纳率 96%
{BODY}
!w 商标注册、补贴申报一站代办，免费查询商标：400-106-3308
!l 其他回答（3）　｜　我来回答
!l 相关问题：个体户可以申请商标补贴吗？ / 补贴多久能到账？
""",
        body="""
请示的写法要简洁明了，一文一事。一般包括标题、主送机关、正文和落款四部分，可参考下面的格式：
关于申请2025年度商标注册补贴的请示
县市场监督管理局：
我公司于2024年成功注册商标三件，根据县里知识产权扶持政策，特申请商标注册补贴一千五百元。
妥否，请批示。
附件：商标注册证复印件
××有限公司
××年×月×日
需要注意的是，请示要写明申请依据和具体金额，附件材料要齐全。
""",
    ),
    dict(
        slug="wiki-wenshu-encyclopedia-letter-format-html",
        site="公文百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://baike.gongwen-wiki.example.com/item/函的写法/10882",
        title="函的写法",
        record_title="函的写法_公文百科",
        date=None,
        notes="an encyclopaedia entry: 编辑/讨论/收藏 buttons, 目录 box, 词条统计 (浏览次数/编辑次数/最近更新 — not a date), an example letter with an example date inside a sentence (no date), 参考资料 and 词条标签",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>函的写法_公文百科</title></head>
<body>
<div class="hd">⟦m 公文百科　全球领先的公文知识库⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="lemma"><h1>{T}</h1>
<div class="btns">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="catalog">⟦l 目录　1 基本释义　2 结构　3 注意事项⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1.党政机关公文处理工作条例⟧</div>
<div class="tags">⟦l 词条标签：公文　写作　文书⟧</div>
</div>
<div class="side">⟦m 词条统计　浏览次数：40286　编辑次数：17次历史版本　最近更新：文书老周 (2025-03-09)⟧</div>
<div class="ft">⟦d 本词条内容由网友共同编辑，如需专业意见请咨询有关部门⟧</div>
</body></html>
""",
        body="""
函是不相隶属机关之间商洽工作、询问和答复问题、请求批准和答复审批事项时使用的公文。
函一般由标题、主送机关、正文和落款组成。标题通常采用“发文机关＋事由＋文种”的形式，例如“××县教育局关于商请支持开展研学活动的函”。
正文开头写明发函的缘由，主体写明商洽、询问或请求的事项，结尾常用“特此函商”“请予函复”等用语。
落款写发文机关名称和成文日期，如“2025年5月8日”，并加盖印章。
写作时要注意语气平和、用语得体，既不能居高临下，也不必过于谦卑。
""",
    ),
    dict(
        slug="wiki-jingyan-howto-minutes-steps",
        site="知行经验 (invented)",
        style="百科问答",
        genre="经验",
        kind="other",
        form="text",
        source="https://jingyan.zhixing-like.example.com/article/3f8e21a0c7.html",
        title="如何写好一份会议纪要",
        record_title="如何写好一份会议纪要-知行经验",
        date=None,
        notes="a how-to page: 工具/原料 box, 方法/步骤 headings with step numbers, 注意事项, 投票/有用 counts, an author line with 经验值, a 百度-like 举报 row; numbered steps inside the body; no date",
        page="""
!m 知行经验 > 职场/理财 > 职场技能
{T}
!m 文案小鹿　原创　|　浏览：9873　|　更新：3个月前
!l 工具/原料：会议录音　笔记本
{BODY}
!l 👍 有用 (62)　　👎 无用　　举报
!m 作者声明：本篇经验系本人依照真实经历原创，未经许可，谢绝转载。
!l 相关经验：怎么写工作汇报 | 会议通知格式范文
""",
        body="""
方法/步骤
1.会前做好准备。提前了解会议议题，准备好记录本或录音设备。
2.准确记录要点。重点记录会议决定的事项、责任单位和完成时限，不必逐字记录发言。
3.规范格式。会议纪要一般包括标题、会议基本情况、议定事项和出席人员等部分。
4.及时整理。会后一天内整理成稿，送主持人审定后印发。
注意事项
纪要要忠实于会议内容，不能随意增减。
""",
    ),
]
