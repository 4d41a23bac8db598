"""holdout179, part A: shoehorns, thimbles, pen holders, soap boxes and door stops on 范文
sites, 文库 previews, government portals, news portals and forums. Invented text throughout
(counties, people, sites, URLs, chrome wording); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-jianshu-shoehorn-summary-html-old-table",
        site="笺书范文坊 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.jianshufw.example.com/zongjie/2024/5531.asp",
        title="镡川县日用木制品厂鞋拔子车间2024年工作总结",
        record_title="【优选】镡川县日用木制品厂鞋拔子车间2024年工作总结（通用2篇）_笺书范文坊",
        date="2025-01-06",
        notes="old gb2312 table layout with a marquee, a 字号 row and a visitor counter; writing-service QQ glued after a sentence; date under signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【优选】镡川县日用木制品厂鞋拔子车间2024年工作总结（通用2篇）_笺书范文坊</title>
<script>var hits=0;function zoom(n){document.getElementById('art').style.fontSize=n+'px';}</script></head>
<body><table width="960" border="0" cellpadding="0" cellspacing="0">
<tr><td>⟦m 笺书范文坊 —— 一支笔写尽千行事⟧</td><td>⟦a 设为主页⟧ | ⟦a 加入书签⟧</td></tr>
<tr><td colspan="2"><marquee>⟦w 各类材料量身定制，急件当天交稿，垂询QQ 2298317746⟧</marquee></td></tr>
<tr><td>⟦m 您的位置：首页 &gt;&gt; 总结大全 &gt;&gt; 车间总结⟧</td></tr>
</table>
<table width="960"><tr><td width="700" id="art">
<h1>{T}</h1>
<div>⟦a 【字体大小：特大 常规 偏小】⟧ ⟦m 录入：雪笺　点击数：1327⟧</div>
{BODY}
</td><td width="260" valign="top">
<div>⟦l ▲本类热门⟧</div>
<div>⟦l ·包装车间年度工作总结⟧</div>
<div>⟦l ·木材烘干房安全工作小结⟧</div>
</td></tr></table>
<table width="960"><tr><td>⟦d 本站文章来自网友投稿，如涉及版权请来函告知，我们将及时删除。⟧</td></tr>
<tr><td>⟦m 您是本站第 00583164 位访客⟧　⟦m 湘ICP备13028815号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，鞋拔子车间在厂党支部和厂部的领导下，围绕“降损耗、提品质、拓订单”三项任务，全年完成各类鞋拔子生产21.6万支，同比增长14%。
一、生产方面。我们对枣木长柄鞋拔子的打磨工序进行了调整，由三道砂纸改为两道砂纸加一道抛光轮，单支工时缩短了40秒。⟦w 需要同类总结原稿的朋友请加QQ 2298317746⟧
二、质量方面。全年出厂抽检合格率达到99.2%，客户退货主要集中在挂孔毛刺一项，车间已增设挂孔倒角工位。
三、存在的问题。老工人退休较多，新招学徒上手慢，节假日前后订单集中时加班较多。
2025年，车间将继续推行师带徒制度，力争全年产量突破25万支。
镡川县日用木制品厂鞋拔子车间
2025年1月6日
""",
    ),
    dict(
        slug="fanwen-lanyu-thimble-speech-text",
        site="揽语公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.lanyugw.example.net/jianghua/88410.html",
        title="在钤阳县顶针手工技艺传承班开班仪式上的讲话",
        record_title="在钤阳县顶针手工技艺传承班开班仪式上的讲话（精选范文）",
        date="2024-04-12",
        notes="speech with a date under the title and speaker line (neutral); action rows top and bottom; a member prompt between paragraphs; related list",
        page="""
!m 揽语公文网｜领导讲话频道
!m 当前位置 » 讲话稿 » 开班讲话
{T}
!m 发布者：墨栈　浏览 2081 次　收藏 36
!a 一键复制全文　|　导出Word　|　加入收藏夹
（2024年4月12日）
县文化馆副馆长　梁秋禾
{BODY}
!a 点赞这篇　举报不良内容
!l 你可能还会看：
!l ◇ 在非遗进校园活动启动仪式上的致辞
!l ◇ 在刺绣技能培训班结业式上的讲话
!d 本站所有范文仅供写作参考，严禁原文照搬用于正式场合。
""",
        body="""
各位学员、各位老师：
今天，钤阳县顶针手工技艺传承班正式开班了。顶针虽小，却是我们县老一辈缝补人家里离不开的物件，铜顶针、骨顶针的打制手艺在我县已有一百多年的历史。
这次传承班共招收学员32名，由两位县级非遗传承人授课，课程包括选料、冲压、錾刻麻点和抛光四个环节。
⟦a 开通会员可免费下载本站全部讲话稿⟧
希望各位学员珍惜机会，多向老师傅请教，把手艺学扎实、传下去。
谢谢大家！
""",
    ),
    dict(
        slug="wenku-zhiye-penholder-plan-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiye.example.com/view/7f3a91c2d0.html",
        title="锃溪镇中心小学“我的笔筒”手工制作活动方案",
        record_title="锃溪镇中心小学“我的笔筒”手工制作活动方案.docx",
        date=None,
        notes="file-name record title; page markers ⸢n⸣ mixed glued; preview-end prompt; upload notice; no date (upload stamp only)",
        pages=dict(fmt="⸢{n}⸣", every=90, start=2, glue="mix"),
        page="""
!m 知页文库 · 教育资料
{T}
!m 上传者：粉笔头　上传于 2024-09-18　共3页　4.5分
!a 免费预览已结束　剩余内容请下载后阅读
{BODY}
!a ↓ 下载本文档（需3个知页币）
!d 本文档由用户自行上传分享，平台仅提供信息存储空间服务，若有侵权请联系我们删除。
!l 相似文档：小学劳动教育实践活动方案 ／ 废旧物品再利用手工课教案
""",
        body="""
一、活动目的
通过动手制作笔筒，培养学生的劳动意识和环保意识，让学生学会利用生活中的废旧材料进行创作。
二、活动对象
三至六年级全体学生，以班级为单位组织。
三、活动安排
1.准备阶段：各班利用班会课介绍活动要求，学生自行收集易拉罐、纸筒、冰糕棍等材料。
2.制作阶段：利用两节劳动课在班内完成制作，美术老师到各班巡回指导。
3.展评阶段：每班推荐5件作品参加学校展评，评出一、二、三等奖。
四、注意事项
使用剪刀和热熔胶枪时须有老师在场，易拉罐切口要用胶带包好，防止划伤手指。
""",
    ),
    dict(
        slug="wenku-huaye-soapbox-report-html-pages",
        site="华页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.huayewk.example.com/doc/66120934.html",
        title="关于铖湖县塑料肥皂盒生产企业情况的调研报告",
        record_title=None,
        date=None,
        notes="no record title; page markers ⁅n⁆ as HTML paragraphs; pay prompt and VIP box; upload stamp, no date",
        pages=dict(fmt="⁅{n}⁆", every=110, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于铖湖县塑料肥皂盒生产企业情况的调研报告 - 华页文库</title>
<script src="/static/reader.min.js"></script></head><body>
<header><div class="logo">⟦m 华页文库⟧</div><nav>⟦m 首页⟧ ⟦m 行业资料⟧ ⟦m 调研报告⟧ ⟦a 登录⟧ ⟦a 注册⟧</nav></header>
<main><h1>{T}</h1>
<div class="info">⟦m 贡献者：青梧　2023-11-02 上传　页数：4　阅读量：560⟧</div>
<div class="reader">
{BODY}
</div>
<div class="payend">⟦a 试看部分已结束，开通华页VIP即可阅读全文并下载⟧</div>
<div class="btns">⟦a 立即下载⟧ ⟦a 加入文件夹⟧ ⟦a 分享到微信⟧</div>
</main>
<aside><h3>⟦l 猜你想搜⟧</h3><ul><li>⟦l 日用塑料制品行业分析⟧</li><li>⟦l 注塑企业安全生产检查表⟧</li></ul></aside>
<footer>⟦d 华页文库所有资料均为用户上传，仅供学习参考，不代表本站观点。⟧ ⟦m 粤ICP备20158832号-2⟧</footer>
</body></html>
""",
        body="""
为了解我县日用塑料制品产业的发展现状，县工信局调研组于近期走访了全县生产肥皂盒的9家企业。
一、基本情况
全县肥皂盒生产企业共有注塑机146台，年产各类肥皂盒约3800万个，产品主要销往华东、华南地区的商超和小商品市场。
二、存在的问题
一是产品同质化严重，大多数企业仍以沥水双层款为主；二是原料价格波动大，企业利润被压缩；三是自主品牌少，多为贴牌加工。
三、几点建议
建议引导企业开发带吸盘、免打孔等新款式，加强与电商平台合作，支持两家龙头企业申报县级技术中心。
""",
    ),
    dict(
        slug="gov-moyuan-doorstop-notice-html-index-table",
        site="镆原县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.moyuan.example.gov.cn/zwgk/tzgg/202405/t20240520_91822.html",
        title="镆原县市场监管局关于开展门吸产品质量专项抽查的通知",
        record_title="镆原县市场监管局关于开展门吸产品质量专项抽查的通知_镆原县人民政府",
        date="2024-05-20",
        notes="county portal with 索引号 table, 长辈版 link, font-size row; a 纠错 line; document's own 联系人/电话 next to the portal hotline; table rows",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>镆原县市场监管局关于开展门吸产品质量专项抽查的通知_镆原县人民政府</title>
<script>window.__stat={site:'moyuan'};</script></head><body>
<div class="topbar">⟦m 镆原县人民政府门户网站⟧ <a>⟦a 长者浏览⟧</a> <a>⟦a 无障碍阅读⟧</a> <a>⟦a 手机版⟧</a></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav>
<div class="crumb">⟦m 首页 / 政务公开 / 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11451022MB1C83420K/2024-00317⟧</td><td>⟦m 发布机构：县市场监管局⟧</td></tr>
<tr><td>⟦m 主题分类：质量监督⟧</td><td>⟦m 成文日期：2024-05-20⟧</td></tr></table>
<h2>{T}</h2>
<div class="tools">⟦a 字号【放大 中 缩小】⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
{BODY}
<div class="jc">⟦m 发现页面内容有误？点此向网站纠错⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县市场监管局2024年产品质量监督抽查计划⟧</li></ul></div>
<footer>⟦m 主办单位：镆原县人民政府办公室　网站标识码：4310270004⟧<br>⟦m 政府值班电话：0735-6620110⟧<br>⟦m 湘ICP备05008711号⟧</footer>
</body></html>
""",
        body="""
各乡镇市场监管所，局机关各股室：
为加强日用五金产品质量监管，局里决定于2024年6月在全县范围内开展门吸产品质量专项抽查。现将有关事项通知如下：
一、抽查范围。全县建材市场、五金店、家居卖场及网店销售的磁吸式、地吸式门吸产品。
二、抽查项目及批次
产品类型　计划批次　检验项目
磁吸式门吸　12　吸合力、耐腐蚀
地吸式门吸　8　缓冲性能、安装尺寸
三、工作要求。抽查结果将在县政府网站公布，对不合格产品依法处理。
联系人：谭明远　联系电话：0735-6621379
镆原县市场监督管理局
2024年5月20日
""",
    ),
    dict(
        slug="gov-junkou-thimble-reply-text",
        site="钧口县人民政府 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.junkou.example.gov.cn/hdjl/blhf/202311/t20231108_4410.html",
        title="关于县政协十届二次会议第58号提案的答复",
        record_title="关于县政协十届二次会议第58号提案的答复",
        record_date="2023-11-08",
        date="2023-11-08",
        notes="record title and date; 文号 line neutral; 抄送 版记 kept; 长辈模式 link; site footer",
        page="""
!m 钧口县人民政府 ｜ 互动交流 ｜ 建议提案办理
!a 长辈模式　读屏专用　繁體
{T}
!m 发布时间：2023-11-08 16:20　来源：县文旅广体局　【字号：大 中 小】
钧文旅函〔2023〕41号
{BODY}
!a 打印　　收藏　　关闭
!m 版权所有：钧口县人民政府　技术支持：钧口县大数据中心
""",
        body="""
吴晓荷委员：
您提出的《关于保护和利用我县铜顶针制作技艺的提案》收悉，现答复如下：
一、关于技艺保护。铜顶针制作技艺已于2022年列入县级非物质文化遗产代表性项目名录，我局已为两位传承人建立档案。
二、关于展示利用。下一步我们将在县博物馆设立小型展柜，并在周末集市安排传承人现场演示。
感谢您对我县文化工作的关心和支持。
钧口县文化旅游广电体育局
2023年11月8日
抄送：县政协提案委，县政府督查室。
""",
    ),
    dict(
        slug="news-duoshan-penholder-news-html",
        site="铎山新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.duoshan.example.cn/2024-10/17/content_338291.htm",
        title="铎山竹刻笔筒亮相省工艺美术展",
        record_title="铎山竹刻笔筒亮相省工艺美术展-铎山新闻网",
        date="2024-10-17",
        notes="news portal: byline date; photo caption between paragraphs; editor line glued after last paragraph; 24-hour list; ad label",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>铎山竹刻笔筒亮相省工艺美术展-铎山新闻网</title></head><body>
<div class="head">⟦m 铎山新闻网　铎山人自己的新闻门户⟧ ⟦a 登录⟧ ⟦a 投稿⟧</div>
<nav>⟦m 要闻⟧ ⟦m 本地⟧ ⟦m 文化⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav>
<article><h1>{T}</h1>
<div class="byline">⟦m 2024-10-17 09:42　来源：铎山日报　记者 田一苇⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</article>
<aside><div>⟦l 24小时热读⟧</div><ol><li>⟦l 城东菜市场改造完成⟧</li><li>⟦l 铎山二中新校区投用⟧</li></ol><div>⟦m 广告⟧</div></aside>
<footer>⟦d 未经本网书面授权，不得转载、摘编本网作品。⟧ ⟦m 互联网新闻信息服务许可证：43120180031⟧</footer>
</body></html>
""",
        body="""
记者从县文联获悉，在日前开幕的省第十一届工艺美术精品展上，我县竹刻艺人方守岩创作的留青竹刻笔筒《溪山听雨》获得银奖。
据了解，这件笔筒选用三年生毛竹根部制作，历时五个月完成，刻有山石、溪流和两位对弈的老者。
⟦m 图为方守岩在工作室内雕刻笔筒。 田一苇 摄⟧
方守岩说，今后会带更多年轻人学习竹刻，让铎山竹刻走得更远。⟦m （编辑：韩露）⟧
""",
    ),
    dict(
        slug="news-yongtian-soapbox-recall-text",
        site="镛田融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.yongtianrm.example.cn/a/20240305/18821.html",
        title="一批次沥水肥皂盒被召回",
        record_title=None,
        date="2024-03-05",
        notes="title missing from the record, repeated twice on the page (once glued to the lead); page's 发布 line date; relative-time comments are not dates",
        page="""
!m 镛田融媒｜身边事
{T}
!m 镛田融媒　2024年03月05日 10:15　阅读 3.2万
⟦t 一批次沥水肥皂盒被召回⟧{BODY}
!l 热门评论（12）
!l 镆原网友：家里刚买了两个，赶紧去看看批次号。 2小时前
!a 下载镛田融媒APP，看更多本地新闻
""",
        body="""
记者从县市场监管局了解到，镛田某日用品公司自即日起召回2023年9月至12月生产的一批次双层沥水肥皂盒，共计1.2万个。
经查，该批次产品底托所用塑料不符合食品接触以外日用品的相关标准，长时间接触热水后可能出现开裂。
消费者可凭产品底部批次号到原购买门店办理退货，也可拨打企业客服电话0739-5512008咨询。
""",
    ),
    dict(
        slug="forum-qijiang-doorstop-thread-junk",
        site="锜江生活论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.qijiang.example.com/thread-441902-1-1.html",
        title="装了三种门吸，说说使用感受",
        record_title="装了三种门吸，说说使用感受 - 家装交流 - 锜江生活论坛",
        date="2024-07-22",
        notes="forum post with junk lines and glued junk; floor meta; post time date",
        junk=dict(lines=1, glued=2),
        page="""
!m 锜江生活论坛 › 家装交流 › 查看帖子
!m 查看: 2216 | 回复: 47
{T}
!m 楼主　窗外老樟　发表于 2024-7-22 21:08
{BODY}
!l 回复　引用　举报　▲顶一下
!a 登录后才可以回复，没有账号？立即注册
""",
        body="""
新房装修的时候门吸买了三种，住了一年多，跟大家说说感受。
第一种是普通地装磁吸的，便宜，十几块钱一个，但是要在地砖上打孔，装完后扫地机器人老是卡在那里。
第二种是墙装的隐形门吸，好看是好看，就是吸力偏小，开窗有穿堂风的时候门还是会被吹动。
第三种是液压缓冲的，关门时不会砰的一声，家里有老人孩子的话比较推荐。
总体来说，卧室用隐形的，卫生间用地装磁吸的，性价比最高。
""",
    ),
    dict(
        slug="forum-naopu-shoehorn-discuz-html-jammer",
        site="铙浦老物件论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.naopu-lwj.example.com/forum.php?mod=viewthread&tid=30917",
        title="收了一把牛角鞋拔子，请大家帮忙看看年代",
        record_title="收了一把牛角鞋拔子，请大家帮忙看看年代 - 杂项鉴赏 - 铙浦老物件论坛",
        date=None,
        notes="Discuz-like page with jammer fonts; relative post time (3 天前) is no date; signature; reply box",
        junk=dict(lines=1, glued=1),
        p_html='<div class="t_f">{}</div>',
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>收了一把牛角鞋拔子，请大家帮忙看看年代 - 杂项鉴赏 - 铙浦老物件论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 铙浦老物件论坛 - 藏友之家⟧ ⟦a 找回密码⟧ ⟦a 快速注册⟧</div>
<div id="pt">⟦m 论坛 › 杂项鉴赏 › 收了一把牛角鞋拔子…⟧</div>
<table><tr><td class="pls">⟦m 铙浦拾遗　UID 20931　积分 388⟧</td><td>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 3 天前　只看该作者⟧</div>
{BODY}
<div class="sign">⟦l 个人签名：只收老物件，不收新做旧⟧</div>
</td></tr></table>
<div class="fastre">⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 浙ICP备17009912号⟧</div>
</body></html>
""",
        body="""
上周在乡下赶集，从一位老太太手里收了一把牛角鞋拔子，长约十五厘米，尾部钻了一个小孔，穿着褪色的红绳。
正面已经磨得很亮，背面能看到细细的角质纹路，靠近尾部刻着一个“福”字，刀法比较稚拙。
老太太说是她公公年轻时用的，估计有七八十年了，我花了六十块钱。
想请懂行的朋友帮忙看看，这种刻字的鞋拔子大概是什么年代的，值不值得收藏？
""",
    ),
]
