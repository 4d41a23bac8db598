"""holdout150, part F: second round (社区网站 … 邮件转发). All invented."""

CASES = [
    dict(
        slug="community-pepper-balcony-activity",
        site="花田社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://huatian.sq.example.cn/hd/2025/0410.html",
        title="“阳台菜园”彩椒盆栽认领活动开始报名",
        record_title="“阳台菜园”彩椒盆栽认领活动开始报名_社区活动_花田社区网",
        date="2025-04-10",
        notes="residents' site; property hotline chrome vs 联系人 kept; 扫码 in a sentence kept",
        page="""
!m 花田社区网　·　您身边的邻里服务平台
!m 社区活动 / 正文
{T}
!m 2025-04-10　花田社区居委会　浏览 356
{BODY}
!w 物业服务24小时热线：0994-3361000
!l 往期活动：社区跳蚤市场　老年人智能手机课堂
""",
        body="""
社区联合萁城农业职业学院，为居民免费提供彩椒盆栽一百盆，每户限认领一盆。
认领时间：4月15日上午9点至11点　地点：社区广场
认领的居民请扫描活动海报上的二维码进群，学院老师会在群里定期讲解养护方法。
联系人：艾丽　电话：13999460215
""",
    ),
    dict(
        slug="association-beach-council-minutes-html",
        site="蕺山海洋志愿者协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.jshyzy.example.org.cn/xhdt/2025/0112.html",
        title="蕺山海洋志愿者协会第二届理事会第四次会议纪要",
        record_title="【协会动态】蕺山海洋志愿者协会第二届理事会第四次会议纪要",
        date="2025-01-11",
        date_also=["2025-01-12"],
        notes="association site with member login; minutes' 时间/地点/主持/出席/记录 lines and a vote count; page date differs from meeting date",
        page="""
<html><head><meta charset="utf-8"><title>蕺山海洋志愿者协会</title></head>
<body>
<div class="hd">⟦m 蕺山海洋志愿者协会⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="nav">⟦m 协会简介　协会动态　志愿项目　信息公开⟧</div>
<h2>{T}</h2>
<div class="dt">⟦m 发布：2025-01-12　秘书处⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：2024年度优秀志愿者名单公示⟧</div>
<footer>⟦m 社会组织登记证号：51350201MJ0012345X⟧</footer>
</body></html>
""",
        body="""
时间：2025年1月11日上午9时
地点：协会会议室
主持：邱海燕
出席：理事十三人（应到十五人）
记录：戴晨
会议审议通过了《2025年净滩志愿服务计划》，表决结果：同意十三票，反对零票，弃权零票。
会议决定增设水下净滩小组，由潜水员理事负责组建。
""",
    ),
    dict(
        slug="company-hop-pellet-news-text",
        site="天山花源生物科技 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.tshy-bio.example.com/news/512.html",
        title="公司第二条啤酒花颗粒生产线正式投产",
        record_title="公司第二条啤酒花颗粒生产线正式投产 - 天山花源",
        date="2025-09-01",
        notes="company site text; sales line chrome; 发布时间 byline; photo caption line between paragraphs",
        page="""
!m 天山花源生物科技有限公司　|　中文　English
!m 首页 > 新闻中心 > 公司新闻
{T}
!m 发布时间：2025-09-01　浏览：811次
{BODY}
!w 商务合作：0994-3390088　销售邮箱：sales@tshy-bio.example.com
!m 新ICP备17001199号
""",
        body="""
8月30日，公司第二条啤酒花颗粒生产线在蓁原县工业园正式投产，年加工能力提高到三千吨。
⟦m ▲新生产线投产仪式现场⟧
新生产线采用低温粉碎和充氮包装工艺，可以最大程度保留啤酒花中的α酸和香气成分。
公司负责人表示，新线投产后将带动周边两千余户花农增收。
""",
    ),
    dict(
        slug="training-pepper-course-brochure-html",
        site="金穗职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jinsuipx.example.com/zsjz/2025-11.html",
        title="设施彩椒栽培技术培训班招生简章",
        record_title="设施彩椒栽培技术培训班招生简章（2025冬季班）",
        date="2025-11-05",
        notes="training school with float box; course table; the school's own 报名电话 kept beside the 400 line",
        page="""
<html><head><meta charset="utf-8"><title>设施彩椒栽培技术培训班招生简章（2025冬季班）</title></head>
<body>
<div class="top">⟦m 金穗职业技能培训学校　政府补贴性培训定点机构⟧</div>
<div class="menu">⟦m 首页　学校简介　招生简章　学员风采　联系我们⟧</div>
<h1>{T}</h1>
<div class="t">⟦m 2025-11-05　招生办⟧</div>
{BODY}
<div class="float">⟦w 全国招生热线400-667-3022　在线咨询⟧</div>
<div class="ft">⟦d 本站所有课程信息以学校最终公布为准⟧</div>
</body></html>
""",
        body="""
一、招生对象：苈湖县及周边县市有意从事设施蔬菜种植的农民、返乡创业人员。
二、课程设置
课程　学时
温室环境调控　16
彩椒整枝与授粉　12
病虫害绿色防控　12
三、培训费用：符合条件的学员享受政府补贴，免费参训。
四、报名电话：0517-86330519
""",
    ),
    dict(
        slug="fanwenapp-hop-summary-member",
        site="笔杆子APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://app.biganzi.example.com/doc/991230",
        title="啤酒花烘干厂2025年安全生产工作总结",
        record_title="【精选】啤酒花烘干厂2025年安全生产工作总结（通用2篇）",
        date="2025-12-20",
        notes="范文 app; member unlock between paragraphs; app download prompt at the bottom; 成文日期",
        page="""
!m 笔杆子 · 公文写作神器
{T}
!m 5.2万人已阅　｜　字数：约1200
!a AI帮我改写这篇
{BODY}
!a 下载笔杆子APP，海量范文免费看
!l 相关范文：烘干厂防火安全制度　安全生产月活动总结
""",
        body="""
2025年，我厂认真落实安全生产责任制，全年未发生安全事故，现将工作总结如下。
一是健全制度。修订烘干房操作规程等七项制度，与每名员工签订安全责任书。
⟦a 以下内容为会员专享，开通会员立即查看⟧
二是强化检查。采收期间每天开展一次消防巡查，共排查整改隐患二十一处。
三是加强培训。组织消防演练两次，培训员工一百二十人次。
花田镇啤酒花烘干厂
2025年12月20日
""",
    ),
    dict(
        slug="gkforum-beach-interview-question-html",
        site="公考驿站 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="http://bbs.gkyizhan.example.com/thread-55102-1-1.html",
        title="面试真题：单位组织净滩活动，你负责，怎么组织？（附参考答案）",
        record_title="[面试真题] 面试真题：单位组织净滩活动，你负责，怎么组织？（附参考答案） - 面试交流 - 公考驿站",
        date="2025-05-11",
        notes="exam forum modern template with jammer fonts glued; 发表于 date; hidden-content prompt",
        junk=dict(lines=0, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 面试真题：单位组织净滩活动，你负责，怎么组织？ - 公考驿站</title></head>
<body>
<div class="hd">⟦m 公考驿站 · 上岸从这里开始⟧</div>
<div class="pt">⟦m 公考驿站 › 面试交流 › 真题回忆⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 楼主 面霸小林　发表于 2025-5-11 22:06⟧</div>
{BODY}
<div class="lock">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="rp">⟦l 回复　收藏(76)　分享⟧</div>
</body></html>
""",
        body="""
题目：单位计划在世界海洋日组织一次净滩志愿活动，领导让你负责，你怎么组织？
参考答案：首先，做好前期准备。提前勘察岸段，了解潮汐时间，制定活动方案和安全预案，报领导审定。
其次，抓好现场组织。活动前进行安全培训，按岸段分组，每组确定一名负责人，配备急救包。
最后，做好总结宣传。对垃圾分类称重，形成活动简报，在单位公众号上宣传，倡导大家减少塑料使用。
""",
    ),
    dict(
        slug="wiki-pepper-entry-text",
        site="种植百科问答 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhongzhi.example.com/wiki/caijiao",
        title="彩椒",
        record_title=None,
        date=None,
        notes="encyclopaedia text page; title missing from the record, found on the page; edit/catalogue chrome; example years in the text are no dates",
        page="""
!m 种植百科问答 · 词条
!a 编辑　|　讨论　|　收藏
{T}
!m 本词条由专业团队审核　最近修订：3天前
!l 目录：1 简介　2 品种　3 栽培要点
{BODY}
!l 词条标签：蔬菜　茄科　设施农业
!d 百科内容仅供参考，如需专业指导请咨询当地农技部门
""",
        body="""
彩椒是甜椒中果色鲜艳的一类品种的统称，属茄科辣椒属，果实成熟后呈红、黄、橙、紫等颜色。
彩椒于二十世纪九十年代引入我国，最初主要供应宾馆饭店，后逐渐进入普通家庭餐桌。
栽培要点：喜温喜光，生长适温二十至二十八度，设施栽培多采用吊蔓整枝，每株留两至四个主枝。
""",
    ),
    dict(
        slug="netdisk-hop-subsidy-list-html",
        site="小蜗网盘 (invented)",
        style="网盘分享",
        genre="公示",
        kind="notice",
        form="html",
        source="https://pan.xiaowo.example.com/share/init?surl=Zy77hQp",
        title="花田镇2025年啤酒花花架改造补贴名单公示",
        record_title="花田镇2025年啤酒花花架改造补贴名单公示.xlsx",
        date="2025-10-16",
        notes="cloud-drive preview with page markers as HTML paragraphs; file-name title; share time is no date; subsidy table",
        pages=dict(fmt="〔{n}〕", every=60, start=2),
        page="""
<html><head><meta charset="utf-8"><title>花田镇2025年啤酒花花架改造补贴名单公示.xlsx_免费高速下载|小蜗网盘</title></head>
<body>
<div class="hd">⟦m 小蜗网盘⟧ <a>⟦a 登录⟧</a></div>
<div class="file">⟦m 花田镇2025年啤酒花花架改造补贴名单公示.xlsx　18KB　2025-10-20 分享⟧</div>
<div class="ops">⟦a 保存到网盘　下载　举报⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ad">⟦a 开通超级会员，享极速下载⟧</div>
</body></html>
""",
        body="""
根据花架改造补贴实施办法，经村级申报、镇级审核，现将2025年补贴对象名单公示如下，公示期为七天。
村名　户主　改造面积（亩）　补贴金额（元）
花田村　吐尔逊　12　9600
红柳村　贺明　8　6400
公示期间如有异议，请向镇农业服务中心反映，电话：0994-3372216。
花田镇人民政府
2025年10月16日
""",
    ),
    dict(
        slug="snapshot-beach-closure-text",
        site="快照缓存 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://webcache.kuaizhao.example.com/search?q=cache:jishan.example.gov.cn/tg/0722",
        title="关于北湾沙滩临时封闭清理的通告",
        record_title="关于北湾沙滩临时封闭清理的通告 - 蕺山镇人民政府",
        date="2025-07-22",
        notes="text-only cache; cache banner and time stamp chrome; the page's own time line vs 成文日期 equal",
        page="""
!d 这是网页的缓存副本，显示的是该网页在2025年9月3日 11:20:07 GMT的样子。
!a 完整版本　仅限文字版本　查看源代码
!m 蕺山镇人民政府
{T}
{BODY}
!m 蕺山镇人民政府主办　电话：0596-6620110
""",
        body="""
因北湾沙滩遭受台风带来的大量漂浮垃圾，为便于集中清理，保障游客安全，决定于2025年7月23日至7月25日对北湾沙滩实行临时封闭。
封闭期间，请广大市民和游客不要进入沙滩区域，给您带来的不便敬请谅解。
欢迎志愿者团体联系镇综合执法队参与清理，联系电话：0596-6620357。
蕺山镇人民政府
2025年7月22日
""",
    ),
    dict(
        slug="print-pepper-pest-notice-html",
        site="苈湖县农业技术推广中心 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://njzx.lihu.example.gov.cn/print.aspx?aid=5518",
        title="关于防控设施彩椒烟粉虱的技术通知",
        record_title="〔打印稿〕关于防控设施彩椒烟粉虱的技术通知",
        date="2025-10-09",
        notes="print view; print footer `第1页 共1页` as a page marker; print/close buttons; 印发 line kept",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 关于防控设施彩椒烟粉虱的技术通知</title></head>
<body onload="window.print()">
<div class="btn">⟦a [打印此页] [关闭]⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 苈湖县农业技术推广中心　2025-10-09⟧</div>
{BODY}
<div class="pf">⟦p 第1页 共1页⟧</div>
<div class="url">⟦m http://njzx.lihu.example.gov.cn/print.aspx?aid=5518⟧</div>
</body></html>
""",
        body="""
各乡镇农技站：
近期全县设施彩椒烟粉虱发生偏重，为有效控制危害，现提出如下防控措施。
一、物理防控：棚室通风口加装六十目防虫网，棚内每亩悬挂黄板三十张。
二、生物防控：释放丽蚜小蜂，每亩每次二千头，间隔七天释放一次。
三、化学防控：虫口密度较大时，选用低毒药剂轮换使用，严格遵守安全间隔期。
苈湖县农业技术推广中心
2025年10月9日
苈湖县农业技术推广中心办公室　2025年10月9日印发
""",
    ),
    dict(
        slug="mail-hop-sample-request-reply-chain",
        site="西原啤酒集团邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:yuanliao@xiyuanbeer.example.com#thread-5521",
        title="关于提供新季啤酒花样品的函",
        record_title="答复：Re: 关于提供新季啤酒花样品的函.docx",
        date="2025-08-28",
        date_also=["2025-09-02"],
        notes="mail reply chain; decorated title with Re and .docx; mail date differs from the letter's date; quoted header chrome",
        page="""
!m 发件人：绿源合作社 <lvyuan@coop.example.cn>
!m 时间：2025-09-02 10:41
!m 主题：答复：Re: 关于提供新季啤酒花样品的函.docx
样品已于今天寄出，请查收。
!m -----原始邮件-----
!m 发件人：原料部 <yuanliao@xiyuanbeer.example.com>
{BODY}
!d 本邮件及附件仅供指定收件人使用。
!m 西原啤酒集团 原料部
""",
        body="""
蓁原绿源啤酒花合作社：
为做好新季原料采购准备，请贵社于9月5日前提供新季啤酒花样品两份，每份五百克，并附α酸检测报告。
样品请寄至集团质检中心，联系人：苏敏，电话：0994-3268812。
西原啤酒集团原料部
2025年8月28日
""",
    ),
]
