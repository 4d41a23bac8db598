"""holdout290, part E: residents' sites, associations, company sites, training schools, writing apps.

Every page, site, place, person, number and URL here is invented; each case written by hand.
"""

CASES = [
    dict(
        slug="community-biyuan-notice-rooftop-curing-racks",
        site="裨园社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.biyuansq.cn/gonggao/20241216/77.html",
        title="关于统一设置楼顶公共腊肉架的通知",
        record_title="【居委·晾晒告知】关于统一设置楼顶公共腊肉架的通知_裨园社区网",
        date="2024-12-15",
        date_also=["2024-12-16"],
        notes="residents' site: a weather line, a grid member's box, property repair lines; the community's own 咨询电话 in the body; 扫码登记 as content; a posting date a day after the signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【居委·晾晒告知】关于统一设置楼顶公共腊肉架的通知_裨园社区网</title>
<script src="/js/sq.js"></script>
</head><body>
<div class="top">⟦m 襞口镇 晴 2℃～11℃ 空气良⟧ ⟦a 居民登录⟧</div>
<div class="logo">⟦m 裨园社区网 · 咱们小区的家⟧</div>
<div class="nav">⟦m 首页 居委公告 办事指南 邻里圈 志愿服务⟧</div>
<div class="loc">⟦m 首页 → 居委公告⟧</div>
<div class="art"><h2>{T}</h2>
<div class="meta">⟦m 发布：裨园社区居委会　2024-12-16　阅读 530⟧</div>
<div class="txt">
{BODY}
</div>
<div class="like">⟦a 👍 有用(41)　转发给邻居⟧</div>
</div>
<div class="grid">⟦m 本楼网格员：聂小芬 139 0739 4471⟧</div>
<div class="wy">⟦m 物业报修：0739-6635002　夜间值班：0739-6635009⟧</div>
<div class="foot">⟦m 裨园社区居民委员会　地址：襞口镇裨园路6号⟧</div>
</body></html>
""",
        body="""
各位居民：
入冬以来，不少居民在窗外、楼道里挂腊肉，既影响楼道通行，也有坠落隐患。为方便大家晾晒，社区与物业商量，在1至6号楼楼顶统一设置公共腊肉架。现将有关事项通知如下：
一、公共腊肉架12月20日起开放，每户限挂一格，挂前请在楼顶入口扫码登记。
二、请在腊肉上挂好写有门牌号的小木牌，以免拿错。
三、楼顶晾晒期间，物业每天早晚各巡查一次，雨雪天气请及时收回。
四、公共腊肉架开放后，请大家不再在窗外和楼道挂腊肉。
咨询电话：0739-6628130（社区居委会）。
裨园社区居民委员会
2024年12月15日
""",
    ),
    dict(
        slug="community-guaqiao-pledge-shared-food-covers",
        site="褂桥社区在线 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://www.guaqiao.org.cn/changyi/0701.html",
        title="“邻里菜罩共享角”倡议书",
        date="2024-07-01",
        notes="the record gives the title as is; a pledge with a signature date; a volunteer sign-up line glued before the first words of a paragraph",
        page="""
!m 褂桥社区在线　邻里守望　共建家园
!m 首页 ＞ 社区倡议
{T}
!m 褂桥社区居委会　｜　阅读 276　｜　点赞 33
{BODY}
!l 邻里圈最新：6号楼王阿姨家的月季开了
!m 褂桥社区党群服务中心　办公时间：周一至周六 8:30-17:30
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
夏天到了，饭菜容易招蚊蝇。不少老人舍不得买菜罩，有的家里菜罩破了也一直将就用。为此，社区在党群服务中心一楼设立“邻里菜罩共享角”，向大家发出倡议：
一、家里有闲置菜罩的，洗干净后送到共享角，供有需要的邻居取用；
二、需要菜罩的居民，可到共享角登记领取，用坏了可以来换；
⟦a 我要报名当志愿者 ›⟧三、会修竹器、纱网的居民，欢迎报名当“修罩志愿者”，每周六上午帮邻居修菜罩。
一个菜罩不值几个钱，却能让邻里之间多一分温暖。
褂桥社区居民委员会
2024年7月1日
""",
    ),
    dict(
        slug="association-yeyang-kitchenware-council-minutes-vote",
        site="袼阳市厨房用品协会网 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.yykitchen-assn.org.cn/xhdt/2025/0325/66.html",
        title="袼阳市厨房用品协会三届五次理事会会议纪要",
        record_title="〖理事会·会议纪要〗袼阳市厨房用品协会三届五次理事会会议纪要 - 协会动态",
        date="2025-03-21",
        date_also=["2025-03-25"],
        notes="association site: a member-login row, a member hotline; minutes with 时间/地点/主持/出席/记录 lines and a vote count; the posting date differs from the meeting date (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖理事会·会议纪要〗袼阳市厨房用品协会三届五次理事会会议纪要 - 协会动态</title>
<script src="/js/assn.js"></script>
</head><body>
<div class="top">⟦a 会员单位登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线 0747-2276650⟧</div>
<div class="logo">⟦m 袼阳市厨房用品协会 · 行业自律 服务会员⟧</div>
<div class="nav">⟦m 首页 协会概况 协会动态 会员风采 标准规范⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 协会秘书处　2025-03-25　浏览 164⟧</div>
<div class="text">
{BODY}
</div></div>
<div class="side">⟦l 协会动态　·调料盒团体标准起草工作启动　·第二届厨具博览会筹备会召开⟧</div>
<div class="foot">⟦m 协会地址：袼阳市缌湖区建设路33号4楼　湘ICP备21009871号⟧</div>
</body></html>
""",
        body="""
时间：2025年3月21日上午9时
地点：协会四楼会议室
主持：会长沃建华
出席：理事21人，监事2人
记录：秘书处甘小雨
会议审议并通过以下事项：
一、审议通过《调料盒团体标准》立项申请。标准将对调料盒的材质、分格、密封和标识提出要求，由三家会员企业牵头起草，年底前发布。
二、审议通过吸收袼阳市益家硅胶制品有限公司等4家企业为会员单位。
三、审议通过2025年协会工作计划。
以上事项均以举手方式表决，应到理事21人，实到21人，同意21票，反对0票，弃权0票。
""",
    ),
    dict(
        slug="association-dachuan-larou-pledge-stainless-racks-wrapped",
        site="褡川县腊味协会网 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="notice",
        form="text",
        source="http://www.dclawei.org/changyi/2024/1121.html",
        title="关于推广食品级不锈钢腊肉架的倡议书",
        record_title="〖行业倡议〗关于推广食品级不锈钢腊肉架的倡议书（全文）- 褡川县腊味协会",
        date="2024-11-20",
        notes="a pledge hard-wrapped at 56 columns; signature date; a join-the-association line at the bottom",
        page="""
!m 褡川县腊味协会　｜　行业倡议
{T}
!m 秘书处发布　　阅读量 391
{BODY}
!a ▶ 申请成为协会会员，享受检测费八折
!l 相关倡议：腊味加工作坊卫生自律公约
!m 褡川县腊味协会 版权所有　联系电话 0739-6640213
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
全县腊味加工企业、作坊和个体户：
腊肉架是腊味晾晒、熏制的必备工具。目前我县仍有不少作坊使用铁丝、竹竿和涂漆铁架，易生锈、难清洗，给腊味质量安全留下隐患。为此，协会向大家倡议：
一、新购腊肉架一律选用食品级不锈钢材质，挂钩不镀漆、不镀锌；
二、现有锈蚀、开焊的腊肉架，力争在明年春节前更换；
三、腊肉架每批次用后清洗，熏房和晾晒区保持干净通风。
协会将联系生产厂家为会员争取团购价格，并为更换腊肉架的会员提供免费检测。
褡川县腊味协会
2024年11月20日
""",
    ),
    dict(
        slug="company-jiangwei-news-magnetic-spice-box",
        site="匠味家居官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jiangweihome.com/news/2025/0418.html",
        title="匠味家居推出磁吸分格调料盒",
        record_title="匠味家居推出磁吸分格调料盒｜新闻中心 - 匠味家居",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="company site: a cookie notice, a service float; the company's short name is the site name at the top and stands in the body (head match); the title repeated before the lead; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>匠味家居推出磁吸分格调料盒｜新闻中心 - 匠味家居</title>
<script src="/assets/site.js"></script>
</head><body>
<div class="cookie">⟦a 我们使用Cookie改善浏览体验，继续浏览即表示同意 ［知道了］⟧</div>
<header>⟦m 匠味家居⟧ <nav>⟦m 产品中心 新闻中心 品牌故事 线下门店⟧</nav> ⟦a 天猫旗舰店⟧</header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2025-04-18 · 公司新闻⟧</p>
<div class="rich">
{BODY}
</div></article>
<div class="pager">⟦l ‹ 上一则 匠味家居亮相华中厨具展⟧ ⟦l 下一则 门店焕新季开启 ›⟧</div>
<div class="service">⟦a 在线客服⟧ ⟦m 订购热线 400-117-6609⟧</div>
<footer>⟦m © 2025 袼阳匠味家居用品有限公司　湘ICP备22004918号⟧</footer>
</body></html>
""",
        body="""
⟦t 匠味家居推出磁吸分格调料盒⟧　4月18日，匠味家居发布新款磁吸分格调料盒。这款调料盒由六个独立小盒组成，每个小盒底部带磁铁，可以吸在冰箱侧面或油烟机旁的钢板上，也可以拼在一起放在台面上。
小盒用食品级PP材料制成，翻盖带密封圈，防潮防油烟；盒盖上预留了标签位，盐、糖等调料一目了然。
研发负责人邝一凡介绍，团队走访了上百户家庭，发现小户型厨房台面紧张，调料罐常常摆不下，于是想到了“往墙上挂”。新品首批生产两万套，已在线上旗舰店和门店同步上架。
""",
    ),
    dict(
        slug="company-qingyan-recall-folding-food-covers-batches",
        site="晴檐家居官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.qingyanhome.com/gonggao/20250612.html",
        title="关于召回部分批次折叠菜罩的公告",
        record_title="关于召回部分批次折叠菜罩的公告 · 召回信息 · 晴檐家居",
        date="2025-06-12",
        notes="a recall with its batches table; the recall line in the body beside the site's 400 order line; 扫码 as content; signature date",
        page="""
!m 晴檐家居　｜　让厨房更清爽
!m 首页 › 关于我们 › 公司公告
{T}
!m 2025-06-12　　晴檐家居
{BODY}
!a 关注晴檐服务号，新品优惠早知道
!m 全国订购热线：400-228-1106
!m © 晴檐家居用品有限公司　浙ICP备19033281号
""",
        indent="\u3000\u3000",
        body="""
我公司在质量抽检中发现，部分批次折叠菜罩的伞骨连接件强度不足，反复开合后可能断裂，存在划伤手指的风险。为保障消费者安全，公司决定主动召回以下批次产品：
批次号　生产日期　数量
QY2503A　2025年3月　4200个
QY2503B　2025年3月　3860个
QY2504A　2025年4月　5100个
消费者可扫描菜罩包装上的二维码查询批次，属于召回范围的，可到购买门店免费更换，也可联系我公司上门取件。
召回咨询电话：0571-8826 3307（每天9:00-20:00）
晴檐家居用品有限公司
2025年6月12日
""",
    ),
    dict(
        slug="training-yipai-brochure-parent-child-placemat-weaving",
        site="一拍手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yipai-shouzuo.com/course/canpian-2025.html",
        title="周末亲子编织餐垫手作课招生简章",
        record_title="【亲子手作季】周末亲子编织餐垫手作课招生简章（名额12组）- 一拍手作学堂",
        date=None,
        notes="training school: a promo banner, a consult float, a trial-lesson line inside the body; the school's own 报名电话 beside a 400 franchise line; 扫码报名 as content; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【亲子手作季】周末亲子编织餐垫手作课招生简章（名额12组）- 一拍手作学堂</title>
<script src="/js/course.js"></script>
</head><body>
<div class="promo">⟦a 暑期早鸟价 两人同行第二位半价⟧</div>
<div class="logo">⟦m 一拍手作学堂⟧ ⟦m 让孩子的手忙起来⟧</div>
<div class="nav">⟦m 课程 师资 作品墙 校区地址⟧</div>
<div class="course"><h1>{T}</h1>
<div class="tag">⟦m 开课校区：缌湖校区　适合年龄：6-12岁⟧</div>
<div class="desc">
{BODY}
</div></div>
<div class="join">⟦m 品牌加盟热线 400-091-7736⟧</div>
<div class="kf">⟦a 咨询课程 ▸ 点我聊⟧</div>
<div class="foot">⟦m 一拍手作学堂（缌湖校区）　湘ICP备23007719号⟧</div>
</body></html>
""",
        body="""
一张餐垫，一家人一起编。本期周末亲子课带孩子和家长用棉绳、蒲草编织属于自己家的餐垫。
课程安排：每周六下午2:30-4:30，共4次课。第一次认识经纬编法，第二次编方形杯垫，第三、四次完成一张30×40厘米的餐垫。
⟦a 不确定孩子喜不喜欢？先约一节体验课⟧
课程费用：每组家庭680元，含全部材料和工具，作品可带回家使用。
报名方式：扫描海报二维码报名，或拨打缌湖校区报名电话0747-2250117。每班限12组家庭，额满即止。
""",
    ),
    dict(
        slug="training-yipai-trainee-essay-cloth-button-box",
        site="一拍手作学堂 (invented training school)",
        style="培训机构",
        genre="学员心得",
        kind="other",
        form="text",
        source="https://www.yipai-shouzuo.com/xinsheng/318.html",
        title="我做的第一个布艺纽扣盒",
        record_title="〔学员作品说〕我做的第一个布艺纽扣盒｜一拍手作学堂",
        date=None,
        notes="a trainee's essay with no date; a course ad line between paragraphs; a like row and the school's phone at the bottom",
        page="""
!m 一拍手作学堂 · 学员心声
{T}
!m 学员：甘小棠　｜　成人布艺周末班　｜　上传于 6 天前
{BODY}
!a 喜欢这篇 ♥ 57　　分享给朋友
!l 更多学员作品 ›
!m 一拍手作学堂　课程咨询 0747-2250117
""",
        gap=True,
        body="""
上个月报了学堂的成人布艺周末班，第一个作品就是布艺纽扣盒。
老师先让我们把硬纸板裁成盒底和四面，再用花布包起来，用针一针一针缝好。我手笨，缝盒角的时候针扎了三次手指，缝出来的角还是歪的。
⟦l 成人布艺周末班第8期招生中，点此了解⟧
第二节课做盒盖和内格。老师教我们在盒里缝四个小格子，大扣子、小扣子、按扣和别针各放一格。盖子上我缝了一颗红色的木扣当把手，自己看着挺满意。
现在纽扣盒摆在我的缝纫机旁边，以前散落在抽屉里的扣子都有了家。
""",
    ),
    dict(
        slug="app-luobi-host-script-button-box-family-values",
        site="落笔App (invented writing app, H5 share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.luobi.app/s/9XkQ27",
        title="“纽扣盒里的家风”主题分享会主持词",
        record_title="“纽扣盒里的家风”主题分享会主持词（改名即用）· 落笔App",
        date=None,
        notes="a writing app's H5 share: an open-app mask, a fold on a line of its own, an AI-rewrite button glued after a sentence; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>“纽扣盒里的家风”主题分享会主持词（改名即用）· 落笔App</title>
<script src="https://h5.luobi.app/static/share.js"></script>
</head><body>
<div class="mask">⟦a 打开落笔App，查看完整范文⟧ <button>⟦a 打开⟧</button></div>
<div class="head">⟦m 落笔 · 三分钟写好一篇稿⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 落笔精选 · 主持词 · 1.8万人用过⟧</div>
<div class="content">
{BODY}
</div>
<div class="more">⟦l 同类精选：家风家训分享会主持稿 ｜ 社区道德讲堂主持词⟧</div>
<div class="foot">⟦a App内打开，一键换成你的单位名⟧</div>
</body></html>
""",
        body="""
尊敬的各位居民朋友，大家上午好！
欢迎来到“纽扣盒里的家风”主题分享会。一颗纽扣，缝住的是衣裳，也缝住了一家人勤俭持家的日子。今天，我们请来了三户家庭，和大家分享他们家纽扣盒里的故事。⟦a ✨ AI帮我改写这段⟧
首先有请褂桥社区的聂奶奶。她的纽扣盒用了五十年，里面的每一颗扣子都有来历。
⟦a 后半篇已收起，在App内展开⟧
感谢三户家庭的精彩分享。希望大家回家后也翻一翻自家的纽扣盒，把节俭、惜物的好家风传下去。
本次分享会到此结束，谢谢大家！
""",
    ),
    dict(
        slug="app-wensiquan-report-canteen-keeper-spice-boxes",
        site="文思泉App (invented writing app)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wensiquan.cn/share/a/55120",
        title="学校食堂管理员2024年述职报告",
        record_title="学校食堂管理员2024年述职报告（三段式）| 文思泉App",
        date="2025-01-08",
        notes="a writing app's text share: a paywall glued after a sentence, a template prompt; signature date",
        page="""
!m 文思泉 · 写材料不熬夜
!a 在App中打开　　╳
{T}
!m 范文库 · 述职报告 · 4.6万次阅读
{BODY}
!a 复制全文需开通文思泉会员（首月6元）
!l 看了这篇的人还写了：后勤主任述职报告 ｜ 食堂年度工作总结
""",
        body="""
各位领导、老师：
2024年，我担任学校食堂管理员，负责食材采购验收、后厨卫生和就餐管理。现将一年来的工作述职如下。
一是把好采购关。全年验收食材312批次，退回不合格食材6批次，做到每批有票、每票可查。
二是抓细后厨卫生。针对上级检查指出的调料混放问题，我把后厨的调料盒全部换成带盖分格不锈钢盒，盒上贴好品名和开封日期，每天收餐后清洗。⟦a 开通会员解锁后半篇⟧
三是改进不足。下一步我将推行食材留样电子台账，减少纸质记录出错。
述职人：冼秀梅
2025年1月8日
""",
    ),
]
