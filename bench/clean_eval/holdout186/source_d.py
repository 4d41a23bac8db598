"""holdout186, part D: vases (花瓶). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wenku-duwenku-vase-kiln-survey-markers",
        site="读文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.duwenku.com/view/a83f01c29d.html",
        title="关于箦岭乡陶瓷花瓶作坊转型升级的调研报告",
        record_title="关于箦岭乡陶瓷花瓶作坊转型升级的调研报告 - 读文库",
        date=None,
        notes="文库 reader with page-marker paragraphs ⌜n⌟ cutting sentences and a VIP lock",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于箦岭乡陶瓷花瓶作坊转型升级的调研报告 - 读文库</title></head>
<body>
<div class="top">⟦m 读文库 — 专业文档阅读平台⟧ ⟦a 登录⟧ ⟦a 开通VIP⟧</div>
<div class="crumb">⟦m 读文库 › 行业资料 › 调研报告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 6页 · 1.3万字 · 上传于 2年前 · 阅读 3817⟧</div>
<div class="reader">
{BODY}
</div>
<div class="vip">⟦a 开通VIP，免费阅读剩余4页⟧</div>
<div class="bar">⟦a 下载 ⟧ ⟦a 收藏 ⟧ ⟦a 打印 ⟧</div>
<div class="rec">⟦l 相关推荐：乡村特色产业调研报告｜手工艺品产业发展对策⟧</div>
<div class="ft">⟦d 读文库所有文档均由用户上传，平台不对内容的准确性负责。⟧</div>
</body></html>
""",
        pages=dict(fmt="⌜{n}⌟", every=120, start=2),
        body="""
箦岭乡烧制陶瓷花瓶已有百余年历史，现有作坊43家，从业人员约600人，年产各类花瓶120万件。为了解作坊经营现状，调研组于今年9月走访了其中21家作坊。
调研发现，作坊普遍面临三个问题：一是柴窑、煤窑占比仍高，环保压力大；二是产品以低价素面花瓶为主，同质化严重，利润越来越薄；三是年轻人不愿学手艺，拉坯师傅平均年龄超过55岁。
为此建议：统一建设天然气公共窑炉，分期淘汰小煤窑；引导作坊与高校合作开发釉色和造型，打造箦岭花瓶区域品牌；开办拉坯技艺培训班，对学徒给予生活补贴。
""",
    ),
    dict(
        slug="gov-zeling-vase-kiln-subsidy-notice",
        site="箦岭乡人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zeling.gov.cn/xxgk/tzgg/202411/t20241105_3391.html",
        title="箦岭乡关于陶瓷作坊燃气窑炉改造补贴申报的通知",
        record_title="箦岭乡关于陶瓷作坊燃气窑炉改造补贴申报的通知_箦岭乡人民政府",
        date="2024-11-04",
        date_also=["2024-11-05"],
        notes="township portal text; 索引号 lines; 纠错 line vs the document's contact; 附件 kept",
        page="""
!m 箦岭乡人民政府　　长辈版　|　读屏
!m 首页 > 信息公开 > 通知公告
!m 索引号：ZL-2024-01173　　发布机构：箦岭乡人民政府　　公开日期：2024-11-05
{T}
{BODY}
!a 【打印此页】【关闭窗口】
!m 网站纠错：0576-86770012
!m 箦岭乡人民政府主办　网站标识码：3310830029
""",
        body="""
各村（社区），各陶瓷作坊：
为推动陶瓷花瓶产业绿色发展，乡政府决定对作坊燃煤窑炉改造为燃气窑炉给予补贴。现将申报事项通知如下：
一、补贴标准：每座窑炉按改造投资的40%补贴，最高不超过6万元。
二、申报时间：2024年11月10日至12月10日。
三、申报材料：申请表、营业执照复印件、窑炉改造合同和发票。
联系人：乡经济发展办 赖东升，电话：0576-86771350。
附件：箦岭乡燃气窑炉改造补贴申请表
箦岭乡人民政府
2024年11月4日
""",
    ),
    dict(
        slug="news-haiyan-vase-design-award",
        site="海晏网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.haiyan-news.com/wh/2024/1020/58830.shtml",
        title="箦岭青年设计师的“竹节花瓶”获省工艺美术金奖",
        record_title="箦岭青年设计师的“竹节花瓶”获省工艺美术金奖_文化_海晏网",
        date="2024-10-20",
        notes="news portal with ad slots and a 24-hour list; the title glued to the lead as a repeated title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>箦岭青年设计师的“竹节花瓶”获省工艺美术金奖_文化_海晏网</title></head>
<body>
<div class="ad-top">⟦a 广告 · 秋季家装节 全场五折起⟧</div>
<div class="nav">⟦m 海晏网 首页 要闻 经济 文化 县区 视频⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2024-10-20 08:15　来源：海晏网　作者：殷澜⟧ ⟦a 字号 大 小⟧</div>
<div class="art">
{BODY}
</div>
<div class="editor">⟦m 编辑：贺小棠　审核：屠文⟧</div>
<div class="hot"><h4>⟦l 24小时热榜⟧</h4><ol><li>⟦l 海晏港新航线开通⟧</li><li>⟦l 秋收时节稻花香⟧</li></ol></div>
<div class="ft">⟦m 海晏网版权所有　互联网新闻信息服务许可证：33120170005⟧</div>
</body></html>
""",
        body="""
⟦t 箦岭青年设计师的“竹节花瓶”获省工艺美术金奖⟧本报讯 日前，在第十七届省工艺美术精品博览会上，箦岭乡青年设计师冉雨舟创作的青瓷“竹节花瓶”获得金奖。
这件作品高38厘米，瓶身仿竹节分为五段，釉色由下至上从深青渐变为月白。冉雨舟说，设计灵感来自家乡满山的竹林，为了烧出渐变效果，她和老师傅在窑里试烧了四十多次。
冉雨舟大学毕业后回到箦岭，在父亲的作坊里开了设计工作室，目前已开发花瓶新品30多款。
""",
    ),
    dict(
        slug="forum-huayi-vase-crack-repair",
        site="花艺交流社区 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="html",
        source="https://bbs.huayijiaoliu.com/t/284471",
        title="花瓶底部渗水，用什么胶补比较好？",
        record_title="花瓶底部渗水，用什么胶补比较好？ - 器皿与工具 - 花艺交流社区",
        date=None,
        notes="modern forum page; relative time; reply list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>花瓶底部渗水，用什么胶补比较好？ - 器皿与工具 - 花艺交流社区</title></head>
<body>
<header>⟦m 花艺交流社区⟧ ⟦a 发帖⟧ ⟦a 消息⟧</header>
<div class="crumb">⟦m 社区首页 / 器皿与工具⟧</div>
<h1>{T}</h1>
<div class="op">⟦m 一枝春 · 4 天前 · 浏览 529⟧</div>
{BODY}
<div class="actions">⟦l 点赞 12　收藏　分享⟧</div>
<div class="replies">⟦l 紫藤花下：用食品级硅胶，别用502⟧<br>⟦l 老陶：裂缝在底部的话内壁刷一层透明环氧⟧</div>
<footer>⟦d 社区内容由用户发布，不代表本站观点⟧</footer>
</body></html>
""",
        body="""
去年在景区买了一个粗陶花瓶，一直放干花。最近想插鲜花，加了水才发现底部渗水，桌面湿了一小片。
仔细看底部有一道很细的裂纹，可能是烧的时候就有的。
想自己补一下，但不知道用什么胶，既要防水，又不能影响花。有经验的朋友能指点一下吗？
""",
    ),
    dict(
        slug="blog-citang-vase-collector-wrapped",
        site="瓷塘夜话 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://citangyehua.example.net/post/2024/liuliping",
        title="一只六棱瓶的来历",
        record_title="一只六棱瓶的来历 | 瓷塘夜话",
        date="2024-09-08",
        notes="blog text hard-wrapped at 58 columns; bracketed blog time; tags and archive",
        page="""
!m 瓷塘夜话 —— 与旧瓷为伴
!m 首页 | 藏品 | 随笔 | 留言板
{T}
!m 〔2024-09-08 21:30〕　随笔　　阅读 208
{BODY}
!l 标签：花瓶 旧瓷 收藏
!l 上一篇：修补一只豁口碗　|　下一篇：逛古玩市场的规矩
!l 评论（3）　发表评论
!m 瓷塘夜话 © 2015-2024
""",
        wrap=58,
        body="""
书房里那只六棱花瓶，是十几年前在箦城旧货市场淘来的。当时它灰扑扑地摆在一堆搪瓷盆中间，瓶口还塞着一团旧报纸。
摊主说是从乡下老房子里收来的，要价八十块。我蹲下来看了半天，瓶身六个面各画一枝花，笔法很稚拙，却有一股说不出的生气。
带回家洗干净，才发现底款写着“箦岭窑”三个字。后来请教老师傅，说是上世纪六十年代乡里窑厂烧的日用瓷，不值什么钱。
可我一直很喜欢它。每年春天，我都会插一枝院子里的桃花。
""",
    ),
    dict(
        slug="wechat-chayu-vase-flower-water-mirror",
        site="插语花事 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="html",
        source="https://wx.mirror-reader.example.com/a/chayu-20240312",
        title="花瓶里的水多久换一次？这几种花别用金属瓶",
        record_title="花瓶里的水多久换一次？这几种花别用金属瓶",
        date="2024-03-12",
        notes="WeChat mirror with reward and 在看 rows; account-line date; caption line between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>花瓶里的水多久换一次？这几种花别用金属瓶</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 插语花事　2024年3月12日 20:05　江苏⟧</div>
<div class="follow">⟦a 点蓝字关注，每周三晚更新⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者⟧ ⟦a 3人喜欢⟧</div>
<div class="bottom">⟦l 阅读 4021　分享　收藏　点赞 86　在看 23⟧</div>
<div class="mirror-note">⟦d 内容转载自微信公众平台，仅供阅读⟧</div>
</div>
</body></html>
""",
        body="""
鲜花插进花瓶后，花瓶里的水最好一到两天换一次，夏天最好每天换。换水时把花茎末端斜剪掉一小段，让切口保持新鲜，吸水更好。
⟦m ▲ 斜剪花茎，切口面积更大⟧
花瓶本身也要洗干净，内壁的黏膜是细菌的温床，可以用少量小苏打刷洗。
需要注意的是，郁金香、洋牡丹等花材对金属离子比较敏感，用铜、铁花瓶容易加快枯萎，建议选玻璃或陶瓷花瓶。
""",
    ),
    dict(
        slug="docshare-wendang-vase-glaze-process-markers",
        site="文档集市 (invented)",
        style="文档分享",
        genre="作业指导书",
        kind="rule",
        form="text",
        source="https://www.wendangjishi.com/doc/774190256.html",
        title="陶瓷花瓶施釉作业指导书",
        record_title="陶瓷花瓶施釉作业指导书.wps",
        date=None,
        notes="sharing text; page markers 〔n〕 glued to the continuation; numbered list",
        page="""
!m 文档集市 · 分享有价值的文档
{T}
!m 贡献者：ceramic_guo　　上传于 2023-12-20　　10 页　　4.5分
!a 立即下载　|　加入收藏　|　举报
{BODY}
!a 已阅读到文档结尾，继续浏览需下载完整文档
!d 该文档为用户分享，版权归原作者所有
!l 猜你想看：陶瓷拉坯作业指导书　窑炉烧成操作规程
""",
        pages=dict(fmt="〔{n}〕", every=110, start=2, glue=True),
        body="""
1.目的：规范花瓶素坯施釉操作，保证釉面厚度均匀、无缺釉和流釉。
2.适用范围：适用于本作坊各规格陶瓷花瓶的浸釉和喷釉工序。
3.操作要求：
（1）施釉前用湿海绵擦去坯体表面灰尘，坯体含水率控制在2%以下。
（2）浸釉时间一般为3至5秒，大件花瓶分两次浸釉，瓶口朝下缓慢提出，避免釉浆积在瓶肩。
（3）喷釉压力保持在0.3至0.4兆帕，喷枪距坯体20至25厘米，往返均匀喷涂。
4.检验：施釉后逐件检查，发现缺釉、釉泡的，刮掉重施。
""",
    ),
    dict(
        slug="edu-zecheng-vase-art-exhibition",
        site="箦城市教育局 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="html",
        source="http://jyj.zecheng.gov.cn/jydt/2024/0603/9920.html",
        title="全市中小学生“我的花瓶”陶艺作品展开幕",
        record_title="全市中小学生“我的花瓶”陶艺作品展开幕_教育动态_箦城市教育局",
        date="2024-06-03",
        notes="education bureau with 关怀版 links; 发布日期 byline; technical line footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>全市中小学生“我的花瓶”陶艺作品展开幕_教育动态_箦城市教育局</title></head>
<body>
<div class="top">⟦a 关怀版⟧ ⟦a 无障碍⟧ ⟦m 箦城市教育局⟧</div>
<div class="nav">⟦m 首页 教育动态 政务公开 办事服务 互动交流⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt; 教育动态⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2024-06-03　来源：艺术教育科　字号：大 中 小⟧</div>
{BODY}
<div class="tool">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="ft">⟦m 箦城市教育局主办　技术支持：市教育技术中心 0576-88330045⟧</div>
</body></html>
""",
        body="""
6月1日，全市中小学生“我的花瓶”陶艺作品展在市青少年宫开幕，展出来自42所学校的作品260件。
今年的作品展以“花瓶”为题，同学们用泥条盘筑、拉坯和彩绘等方法，做出了鱼形瓶、葫芦瓶、提梁瓶等造型各异的花瓶。箦岭乡中心小学的同学还把家乡老窑的纹样画到了自己的作品上。
展览将持续到6月15日，市民可免费参观。
""",
    ),
    dict(
        slug="intranet-qingci-vase-breakage-report",
        site="青瓷坊内部办公系统 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.qingcifang.local/gw/2024/0076",
        title="关于第三季度花瓶成品破损情况的报告",
        record_title="内部公文-关于第三季度花瓶成品破损情况的报告",
        date="2024-10-09",
        notes="intranet document view text; extension line of the IT desk vs the document's extension; data table",
        page="""
!m 青瓷坊内部办公系统　｜　公文流转
!m 当前用户：质检部 简柔　　已阅 41 人
{T}
{BODY}
!l 流转记录：简柔 拟稿 → 蔡明远 审核 → 冉启东 阅
!a 【已阅】【转发】【打印】
!m 系统问题请联系信息科 分机 6021
""",
        body="""
公司领导：
第三季度，公司共发出花瓶成品8.6万件，客户反馈运输破损1290件，破损率1.5%，比第二季度上升0.4个百分点。具体情况如下：
月份　发货数量　破损数量　破损率
7月　2.8万件　350件　1.25%
8月　3.1万件　520件　1.68%
9月　2.7万件　420件　1.56%
经分析，破损上升的主要原因是8月起更换了纸箱供应商，新纸箱的边压强度偏低。建议恢复使用原规格纸箱，并对大号花瓶加装珍珠棉内衬。
质检部联系人：简柔，分机6135。
质检部
2024年10月9日
""",
    ),
    dict(
        slug="qa-zhidao-vase-what-flowers",
        site="知道圈问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="html",
        source="https://www.zhidaoquan.com/q/30918274",
        title="细口花瓶适合插什么花？",
        record_title=None,
        date=None,
        notes="Q&A with a best-answer badge; the question as the title; relative time",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知道圈问答</title></head>
<body>
<div class="hd">⟦m 知道圈问答 · 有问题 就问圈⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><div class="qmeta">⟦m 提问者：阿橘家的猫　2 小时前　浏览 88⟧</div></div>
<div class="best">⟦l 🏅 提问者采纳⟧</div>
<div class="ans">
{BODY}
</div>
<div class="ans-meta">⟦m 回答者：花事小掌柜　擅长：插花 园艺⟧ ⟦a 赞同 19 ⟧ ⟦a 评论 ⟧</div>
<div class="more">⟦l 更多回答(2)⟧ ⟦l 相关问题：玻璃花瓶怎么去水垢？⟧</div>
<div class="ft">⟦m © 2024 知道圈⟧</div>
</body></html>
""",
        body="""
细口花瓶瓶口窄，适合插一两枝线条感强的花材，不适合插大捧的花。
比如一枝腊梅、一枝洋桔梗，或者几根尤加利叶、龙柳，都很好看。插的时候花枝高度大约是瓶身的一点五到两倍，比例最舒服。
如果想插小花，可以选满天星、小雏菊，剪短一点，让花头刚好露出瓶口。
""",
    ),
]
