"""holdout61, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text."""

CASES = [
    dict(
        slug="community-lianhua-lantern-hanging",
        site="莲花社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lianhuasq.cn/tz/2025-01-18.html",
        title="关于春节期间统一悬挂灯笼的通知",
        date="2025-01-18",
        page="""
!m 莲花社区居民之家
!m 首页 ＞ 社区通知
{T}
!m 发布人：社区居委会　2025-01-18　围观 266
{BODY}
!l 👍 点赞(31)　💬 留言
!m 社区服务电话 0578-3351200　网格员值班电话见公示栏
""",
        body="""
各位居民：
为营造喜庆祥和的节日氛围，社区将于1月22日统一在主干道两侧悬挂灯笼。
一、灯笼由社区统一采购，各楼栋长负责领取和悬挂。
二、请勿在灯笼附近燃放烟花爆竹，防止引发火灾。
三、灯笼于2月14日统一收回。
联系人：网格员 邱雨　电话：13905781236
莲花社区居民委员会
2025年1月18日
""",
    ),
    dict(
        slug="community-html-fengjing-beehive-complaint",
        site="枫井小区业主之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://fengjing.yezhuzhijia.cn/notice/118",
        title="关于楼顶私设蜂箱问题的处理通知",
        record_title="【物业通知】关于楼顶私设蜂箱问题的处理通知",
        date="2024-06-14",
        page="""
<html><head><title>【物业通知】关于楼顶私设蜂箱问题的处理通知</title></head><body>
<div class="top">⟦m 枫井小区业主之家⟧<span class="weather">⟦m 今日 多云 24~31℃⟧</span></div>
<div class="nav">⟦m 首页 公告 议事厅 邻里互助 报修⟧</div>
<h2>⟦t 【物业通知】关于楼顶私设蜂箱问题的处理通知⟧</h2>
<p class="pub">⟦m 发布：枫井物业服务中心　2024-06-14 15:30⟧</p>
{BODY}
<div class="cmt">⟦l 评论（12）　写评论⟧</div>
<div class="foot">⟦m 物业24小时服务热线：0577-5531888⟧</div></body></html>
""",
        body="""
尊敬的业主：
近日，有业主反映7幢楼顶有人私设蜂箱，已有两名居民被蛰伤。
经核实，物业已联系蜂箱所有人，要求其于6月20日前自行搬离。逾期未搬离的，物业将会同社区和专业人员处置。
请广大业主不要在公共区域饲养蜜蜂等可能危及他人安全的动物。
物业服务中心联系电话：0577-5531702
枫井物业服务中心
2024年6月14日
""",
    ),
    dict(
        slug="association-fengye-council-minutes",
        site="檀口县蜂业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.tkfengye.org.cn/xhdt/2024/1226.html",
        title="檀口县蜂业协会第二届理事会第三次会议纪要",
        date="2024-12-26",
        page="""
!m 檀口县蜂业协会官网
!m 协会动态　｜　会员之窗　｜　技术园地　｜　入会指南
{T}
!m 录入：秘书处　日期：2024-12-27
{BODY}
!a 会员登录后可下载会议附件
!m 协会地址：檀口县农业大厦5楼　邮箱：tkfyxh@126.com
""",
        body="""
时间：2024年12月26日下午2:30
地点：协会会议室
主持：会长 宋德明
出席：理事15人，实到13人
会议审议通过了2024年协会工作报告和财务收支报告。
会议决定：2025年举办蜂农技术培训4期，组织会员参加省蜂产品博览会。
会议表决新吸收会员单位3家，同意13票，反对0票。
""",
        date_also=["2024-12-27"],
    ),
    dict(
        slug="association-html-dengcai-pledge",
        site="槐原县灯彩艺术协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.hydengcai.org/news/2025/012.html",
        title="关于规范灯彩作品安全用电的倡议",
        record_title="【协会倡议】关于规范灯彩作品安全用电的倡议",
        date="2025-01-08",
        page="""
<html><head><title>【协会倡议】关于规范灯彩作品安全用电的倡议</title></head><body>
<div class="hd">⟦m 槐原县灯彩艺术协会⟧ ⟦a 会员登录⟧</div>
<div class="nav">⟦m 首页 - 协会概况 - 作品展示 - 通知公告 - 联系我们⟧</div>
<h1>⟦t 【协会倡议】关于规范灯彩作品安全用电的倡议⟧</h1>
<div class="info">⟦m 作者：协会秘书处　时间：2025-01-08⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 | 朋友圈 | 复制链接⟧</div>
<div class="ft">⟦m 槐原县灯彩艺术协会 © 2025　联系电话：0570-6688326⟧</div></body></html>
""",
        body="""
各会员单位、灯彩艺人：
春节、元宵将至，灯彩作品大量展出。为确保用电安全，协会倡议：
一、灯彩内置光源一律使用低压LED，不使用白炽灯。
二、线路连接须由持证电工完成，接头做好防水处理。
三、户外灯组设置漏电保护装置。
让我们的灯彩既好看，又安全。
槐原县灯彩艺术协会
2025年1月8日
""",
    ),
    dict(
        slug="company-tianmi-recall-notice",
        site="天蜜食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.tianmifood.com/news/gs/20240819.html",
        title="关于主动召回部分批次枣花蜂蜜的公告",
        record_title="关于主动召回部分批次枣花蜂蜜的公告 - 天蜜食品",
        date="2024-08-19",
        record_date="2024-08-19",
        page="""
!m 天蜜食品　TIANMI FOOD　| 自然的甜
!m 首页 / 新闻中心 / 公司公告
{T}
!m 2024/08/19　浏览：4012
!w 购买咨询：400-660-5520
{BODY}
!l 返回列表
!m 天蜜食品有限公司　©2024　苏ICP备16077612号
""",
        body="""
我公司在自检中发现，生产日期为2024年6月12日、批号为ZH240612的500克枣花蜂蜜，果糖和葡萄糖含量略低于标准要求。
为保障消费者权益，我公司决定主动召回该批次产品。
已购买该批次产品的消费者，可凭产品到原购买门店办理退货，或拨打召回专线0571-8882605。
天蜜食品有限公司
2024年8月19日
""",
    ),
    dict(
        slug="company-html-tangquan-annual-open",
        site="汤泉坪旅游开发有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.tqpspa.com/about/news/288.html",
        title="汤泉坪温泉闭园检修公告",
        date="2024-11-02",
        page="""
<html><head><title>汤泉坪温泉闭园检修公告_汤泉坪温泉官网</title></head><body>
<header><div class="logo">⟦m 汤泉坪温泉 · 一汤一世界⟧</div>
<nav>⟦m 首页　汤池介绍　客房预订　优惠活动　新闻公告⟧</nav>
<div class="book">⟦a 立即预订⟧</div></header>
<main><h1>{T}</h1><div class="meta">⟦m 2024年11月02日 发布⟧</div>
{BODY}
</main>
<footer>⟦m 订房热线 0579-8626000　地址：槿原市汤泉坪⟧ ⟦l 关注我们：抖音 | 小红书 | 公众号⟧</footer></body></html>
""",
        body="""
尊敬的游客：
为保障汤池设施安全运行，汤泉坪温泉将于2024年11月11日至11月15日闭园检修，检修期间暂停对外营业。
已预订上述日期的游客，可免费改期或全额退款，详情请咨询客服。
检修完成后，我们将以更好的环境迎接您的到来。
""",
    ),
    dict(
        slug="training-fengxue-beekeeper-course",
        site="蜂学堂培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="text",
        source="http://www.fengxuetang.com/zs/2025spring.html",
        title="2025年春季养蜂技术培训班招生简章",
        record_title="2025年春季养蜂技术培训班招生简章（限额40人）",
        date=None,
        page="""
!m 蜂学堂培训学校 — 学养蜂，找蜂学堂
!m 首页 | 课程 | 师资 | 学员风采 | 报名
{T}
!a 【在线报名】【领取试听课】
!w 招生老师微信：fxt_laoshi01　电话 15957801234
{BODY}
!l 往期学员说：去年学完回家养了60箱，收入翻了一番！
!m 办学许可证号：教民13307826000012号
""",
        body="""
一、培训对象：有意从事养蜂的农民、返乡青年。
二、培训内容：蜂群饲养管理、分蜂与育王、病虫害防治、蜂产品加工。
三、培训时间：3月10日至3月24日，共15天。
四、收费标准：学费1200元，含教材和实操耗材。
五、报名方式：携身份证到学校报名处办理，报名咨询电话：0578-3327800。
""",
    ),
    dict(
        slug="training-html-dengyi-course-summary",
        site="灯艺工坊培训中心 (invented)",
        style="培训机构",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.dengyigongfang.cn/news/2024-zj.html",
        title="灯艺工坊2024年非遗技艺培训工作总结",
        record_title=None,
        date="2024-12-20",
        page="""
<html><head><title>灯艺工坊2024年非遗技艺培训工作总结</title></head><body>
<div class="header">⟦m 灯艺工坊培训中心⟧ ⟦w 课程咨询：0570-6690520⟧</div>
<div class="menu">⟦m 首页 课程体系 名师团队 学员作品 新闻资讯⟧</div>
<h1>{T}</h1><p>⟦m 发布：教务处　2024-12-20⟧</p>
{BODY}
<div class="float-box">⟦a 免费试听　预约参观⟧</div>
<div class="ft">⟦m 灯艺工坊培训中心　版权所有⟧</div></body></html>
""",
        body="""
2024年，中心共举办灯彩扎制培训班8期，培训学员216人，其中乡村学员占六成。
1.完善课程。新编《竹骨灯笼扎制》教材，增加安全用电课时。
2.送教下乡。在5个乡镇开设流动课堂，学员可以在家门口学手艺。
3.带动就业。结业学员中有47人承接了灯会订单。
2025年，中心将开设线上课程，让更多人学到灯彩技艺。
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-bee-insight",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.xiezuomao.app/share/doc?id=7712908",
        title="驻村第一书记发展养蜂产业心得体会",
        record_title="驻村第一书记发展养蜂产业心得体会（高分范文）",
        date=None,
        page="""
!a 打开写作猫APP，查看完整范文 ›
!t 驻村第一书记发展养蜂产业心得体会（高分范文）
!m 写作猫精选 · 1.8w人已阅读 · 收藏 620
{BODY}
!a 本文由写作猫AI辅助生成，一键改写同类范文
!a 【复制全文】需会员　｜　【下载Word】
!l 相似范文：驻村工作心得　乡村振兴心得体会
""",
        indent="\u3000\u3000",
        pages=dict(fmt="〔{n}/3〕", every=80, start=2, glue=True),
        body="""
驻村两年，我最深的体会是：产业要选准，更要选得群众愿意干。
村里山高林密，野桂花、五倍子多，发展中蜂养殖有先天优势。我们先请技术员上门培训，再由党员带头试养，第一年就有11户尝到了甜头。
养蜂让我明白，群众看的是实效。只有把好事办到群众心坎上，产业才能扎下根。
""",
    ),
    dict(
        slug="fanwenapp-html-bimiao-lantern-speech",
        site="笔喵写作 (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.bimiao.cn/p/xz_20250208",
        title="元宵灯会开幕式主持词",
        record_title="元宵灯会开幕式主持词（精选）",
        date=None,
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>元宵灯会开幕式主持词（精选）</title></head><body>
<div class="app-bar">⟦a 笔喵写作 · 在APP内打开⟧</div>
<h1>⟦t 元宵灯会开幕式主持词（精选）⟧</h1>
<div class="m">⟦m 笔喵范文库 · 3天前 · 阅读 5621⟧</div>
{BODY}
<div class="mask">⟦a 点击展开剩余70%，登录后免费看⟧</div>
<div class="tools">⟦a 复制　改写　导出⟧</div>
<div class="rec">⟦l 猜你想写：春节联欢会主持词 / 灯谜会开场白⟧</div></body></html>
""",
        body="""
尊敬的各位领导、各位来宾，父老乡亲们：
大家晚上好！
花灯映月，喜气盈门。今晚，我们相聚在××镇老街，共同迎来第××届元宵灯会的开幕。
首先，请允许我介绍出席今晚开幕式的领导和嘉宾：……
下面，有请××镇党委书记致辞。
""",
    ),
]
