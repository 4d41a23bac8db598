"""holdout46, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text throughout."""

CASES = [
    dict(
        slug="community-html-dukou-street-notice",
        site="渡口社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.dukousq.cn/tzgg/2025/0614-119.html",
        title="渡口社区关于清理河堤乱堆乱放的通知",
        record_title="渡口社区关于清理河堤乱堆乱放的通知",
        date="2025-06-14",
        notes="residents' site; grid worker's mobile kept next to the community's service line; 关注 account sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>渡口社区关于清理河堤乱堆乱放的通知</title></head><body>
<div class="head">⟦m 渡口社区服务网　邻里一家亲⟧ ⟦w 社区服务热线：0739-4410567⟧</div>
<nav>⟦m 社区首页 | 办事指南 | 通知公告 | 志愿服务 | 邻里圈⟧</nav>
<h2>{T}</h2>
<div class="date">⟦m 时间：2025-06-14⟧</div>
{BODY}
<div>⟦a 我要报名做志愿者⟧</div>
<div>⟦l 最新公告：夏季纳凉点开放啦 / 社区老年食堂菜单⟧</div>
<footer>⟦m 苇渡镇渡口社区居民委员会⟧</footer>
</body></html>
""",
        body="""
各位居民：
近期河堤沿线出现杂物、建材乱堆乱放现象，影响防汛通道畅通。请相关居民于6月20日前自行清理。
逾期未清理的，社区将联合镇综合执法队统一清理。
如有疑问，请联系网格员陈丽，手机：13807394452。
居民们也可关注“渡口社区”公众号，随时反映身边问题。
渡口社区居民委员会
2025年6月14日
""",
    ),
    dict(
        slug="community-yaowu-minutes-text-vote",
        site="窑坞社区 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://yaowusq.org/huiyi/2025-04.html",
        title="窑坞社区居民议事会会议纪要",
        record_title="窑坞社区居民议事会会议纪要（四月）",
        date="2025-04-11",
        notes="minutes with 时间/地点/主持/出席 lines and a vote count; community chrome",
        page="""
!m 窑坞社区 · 居务公开
{T}
!m 编辑：社区办　　点击：97
{BODY}
!l 上一条：三月份居务公开
!m 窑坞社区居委会　电话：0579-8850123
""",
        body="""
时间：2025年4月10日下午3:00
地点：社区议事厅
主持：社区书记 吴美玲
出席：居民代表21人
会议讨论了老窑址周边停车管理问题。经表决，同意19票，反对1票，弃权1票，通过了在老窑址东侧设置临时停车点的方案。
会议要求社区在一周内完成划线和标识设置。
窑坞社区居民委员会
2025年4月11日
""",
    ),
    dict(
        slug="association-html-fengye-pledge-join",
        site="苇渡县养蜂协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="html",
        source="http://www.wdyfxh.org.cn/dongtai/2025/0301.html",
        title="关于规范蜂产品质量诚信经营的倡议书",
        record_title="协会倡议丨关于规范蜂产品质量诚信经营的倡议书",
        date="2025-03-01",
        notes="association site; join-the-association button glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>协会倡议丨关于规范蜂产品质量诚信经营的倡议书-苇渡县养蜂协会</title></head><body>
<header>⟦m 苇渡县养蜂协会⟧<nav>⟦m 协会首页 协会动态 会员风采 技术园地 入会指南⟧</nav></header>
<div class="pos">⟦m 首页＞协会动态＞正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025/03/01　来源：秘书处⟧</div>
{BODY}
<div class="share">⟦l 分享：微信　QQ　复制链接⟧</div>
<footer>⟦m 秘书处地址：苇渡县农业大厦五楼　邮箱：wdyfxh@163.example⟧</footer>
</body></html>
""",
        body="""
全县养蜂户和蜂产品经营者：
为维护“苇渡蜂蜜”的良好声誉，协会向大家发出如下倡议：
一、坚持自然成熟采蜜，不采收浓度不足的水蜜。
二、不掺杂掺假，不以次充好。⟦a 还不是会员？点此申请入会⟧
三、建立养殖和销售记录，配合做好产品追溯。
苇渡县养蜂协会
2025年3月1日
""",
    ),
    dict(
        slug="association-yanye-report-text-wrapped",
        site="卤湾盐业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.lwyyxh.cn/yanjiu/88.html",
        title="卤湾海盐产业发展情况调研报告",
        record_title="卤湾海盐产业发展情况调研报告_研究报告_卤湾盐业协会",
        date="2024-11-25",
        notes="hard-wrapped text at 62 columns; 成文日期 under the signature; disclaimer and phone footer",
        wrap=62,
        indent="\u3000\u3000",
        page="""
!m 卤湾盐业协会 | 研究报告
{T}
!m 浏览次数：203
{BODY}
!d 本会研究报告仅供会员单位参考，转载须经同意。
!m 协会秘书处：0596-3318870
""",
        body="""
为了解全区海盐产业发展现状，协会于今年10月组织调研组走访了区内4家盐场和6家盐制品企业，现将调研情况报告如下。
一、基本情况。全区现有盐田面积3.2万亩，年产原盐约18万吨，其中日晒海盐占九成以上。近年来，部分企业开发了竹盐、浴盐等衍生产品，产业链条有所延伸。
二、存在问题。一是盐田设施老化，部分堤坝建于上世纪七十年代；二是从业人员老龄化明显，年轻人不愿到滩上工作；三是品牌建设滞后，产品附加值不高。
三、对策建议。建议争取海盐文化保护项目，推进盐田设施改造，支持企业打造区域公共品牌。
卤湾盐业协会
2024年11月25日
""",
    ),
    dict(
        slug="company-html-qingyao-recall-cookie",
        site="青窑陶瓷有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qingyaoceramic.com/news/notice/2025-0527.html",
        title="关于召回部分批次柴烧茶杯的公告",
        record_title="关于召回部分批次柴烧茶杯的公告 - 青窑陶瓷",
        date="2025-05-27",
        notes="company site with cookie bar and shop link; recall line kept beside sales line; table of batches",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分批次柴烧茶杯的公告 - 青窑陶瓷</title></head><body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意。⟧ ⟦a 接受⟧</div>
<header>⟦m 青窑陶瓷 QINGYAO CERAMICS⟧ <nav>⟦m 关于我们 产品中心 新闻公告 联系我们⟧</nav> ⟦a 官方商城⟧</header>
<h1>{T}</h1>
<div class="d">⟦m 2025.05.27⟧</div>
{BODY}
<footer>⟦w 销售热线：400-690-2288⟧ ⟦m © 2025 青窑陶瓷有限公司　浙ICP备18055102号⟧</footer>
</body></html>
""",
        body="""
我公司在质量抽查中发现，部分批次柴烧茶杯釉面存在细小开裂，可能影响使用安全。为保障消费者权益，决定主动召回以下批次产品：
产品名称　批号　生产日期
柴烧品茗杯　CS2503-07　2025年3月
柴烧对杯　CS2504-02　2025年4月
已购买上述产品的消费者，可凭购买凭证办理退货。
召回专线：0579-8850990（9:00-18:00）。
青窑陶瓷有限公司
2025年5月27日
""",
    ),
    dict(
        slug="company-zhenshan-forge-news-text",
        site="砧山锻业集团 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.zhenshanforging.com/news/1152.html",
        title="砧山锻业集团获评省级技能大师工作室",
        record_title="砧山锻业集团获评省级技能大师工作室_企业新闻_砧山锻业集团",
        date="2025-01-22",
        notes="company news; dotted date; photographer line after the last paragraph",
        page="""
!m 砧山锻业集团
!m HOME > 新闻中心 > 企业新闻
{T}
!m 发布时间：2025.01.22　　阅读：1,023
{BODY}
!l 上一篇：集团召开2025年工作会议
!l 下一篇：锻造二车间开展消防演练
!m Copyright © 砧山锻业集团 版权所有
""",
        body="""
近日，省人力资源和社会保障厅公布2024年度省级技能大师工作室名单，我集团“郭铁成锻造技能大师工作室”榜上有名。
该工作室成立于2019年，先后攻克大型曲轴锻造等技术难题15项，培养高级技师12名。
集团将以此为契机，进一步加强技能人才队伍建设。⟦m （摄影：石磊）⟧
""",
    ),
    dict(
        slug="training-html-fengye-course-consult",
        site="甜源养蜂技术培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.tianyuan-bee.cn/zhaosheng/2025-chun.html",
        title="甜源养蜂技术培训学校2025年春季招生简章",
        record_title="【火热报名中】甜源养蜂技术培训学校2025年春季招生简章（免费住宿）",
        date="2025-02-10",
        notes="training school with a floating consult box; school's own 报名电话 kept beside a 400 line; course table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【火热报名中】甜源养蜂技术培训学校2025年春季招生简章（免费住宿）</title></head><body>
<header>⟦m 甜源养蜂技术培训学校　学技术 有出路⟧</header>
<nav>⟦m 首页 | 课程设置 | 学员风采 | 在线报名⟧</nav>
<div class="banner">⟦t 【火热报名中】甜源养蜂技术培训学校2025年春季招生简章（免费住宿）⟧</div>
<h2>{T}</h2>
{BODY}
<div class="consult">⟦w 在线咨询 | 全国招生热线 400-877-6655⟧</div>
<div>⟦a 立即报名⟧ ⟦a 预约试听⟧</div>
<footer>⟦m 甜源养蜂技术培训学校 版权所有⟧</footer>
</body></html>
""",
        body="""
本校常年开设中蜂、意蜂养殖技术培训班，2025年春季班现开始招生。
课程设置：
课程　课时　费用（元）
中蜂饲养管理　40　1200
蜂病防治　24　800
报名时间：即日起至3月5日。
报名电话：0597-7689021（周老师）。
甜源养蜂技术培训学校
2025年2月10日
""",
    ),
    dict(
        slug="training-duchuan-plan-text-crew",
        site="苇渡船员培训中心 (invented)",
        style="培训机构",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://www.wdcypx.com/news/33.html",
        title="2025年度渡工安全技能培训计划",
        record_title="2025年度渡工安全技能培训计划",
        date=None,
        notes="training plan; no date in the document (year only in the title); trial-class link chrome between paragraphs",
        page="""
!m 苇渡船员培训中心 — 专业 · 安全 · 规范
{T}
!m 栏目：培训动态　　添加时间：3天前
{BODY}
!w 报名咨询QQ：3157720041
!m 地址：苇渡港码头路12号
""",
        body="""
为提高渡工安全操作技能，中心制定本年度培训计划如下。
一、培训对象：全县在岗渡工及渡口管理员。
⟦a 👉 点击预约免费体验课⟧
二、培训内容：船舶驾驶基础、水上救生、消防器材使用、恶劣天气应对。
三、培训安排：每季度一期，每期5天，考核合格颁发培训证明。
""",
    ),
    dict(
        slug="app-html-yanchang-report-share",
        site="笔记写作APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://share.bijixiezuo.com/s/7KpQ2a",
        title="盐场工区主任2024年述职报告",
        record_title="盐场工区主任2024年述职报告｜笔记写作",
        date="2025-01-08",
        notes="writing-app share page; open-in-app prompt; member-unlock line between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>盐场工区主任2024年述职报告｜笔记写作</title></head><body>
<div class="appbar">⟦a 打开笔记写作APP，查看全文⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 由用户 滩涂小吴 分享　字数 812⟧</div>
{BODY}
<div class="bottom">⟦a 一键生成同类范文⟧ ⟦l 点赞 收藏 转发⟧</div>
<footer>⟦d 内容由用户创作，平台仅提供技术服务⟧</footer>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任东区工区主任，带领工区完成原盐产量4.6万吨，超计划6%。
一是推进标准化作业，修订工区作业流程8项。
⟦a 以下内容为会员专享，开通VIP解锁全文⟧
二是抓好安全管理，全年无安全事故。
三是关心职工生活，改善了滩头休息室条件。
以上报告，请审议。
述职人：吴海潮
2025年1月8日
""",
    ),
    dict(
        slug="app-yaowu-insight-text-template",
        site="妙笔范文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.miaobifw.com/share/article?id=55201",
        title="参加龙窑技艺研修班心得体会",
        record_title="参加龙窑技艺研修班心得体会（通用2篇）",
        date=None,
        notes="app share; template placeholders ×× not dates",
        page="""
!m 妙笔范文 · 分享
!a 在APP内打开
{T}
{BODY}
!a 本文由AI辅助润色，一键改写>>
!l 更多：研修班学习心得 | 非遗培训总结
!d 范文仅供参考，请勿直接抄袭
""",
        body="""
20××年×月，我有幸参加了由××艺术学院举办的龙窑技艺研修班。十天的学习让我收获很多。
一是认识了龙窑烧成的原理，明白了窑位不同、火候不同的道理。
二是跟着老师傅学习了装窑和看火，体会到传统技艺需要长期积累。
今后，我将把所学用到工作中，为传承龙窑技艺尽一份力。
""",
    ),
]
