"""holdout176, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text."""

CASES = [
    dict(
        slug="assoc-yurt-makers-pledge",
        site="草原毡房制作行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="proposal",
        form="html",
        source="https://www.cyzfxh.org.cn/xhdt/2024/0506/62.html",
        title="毡房制作行业诚信经营倡议书",
        record_title="【协会倡议】毡房制作行业诚信经营倡议书",
        date="2024-05-06",
        notes="association site; decorated with a tag; member login prompt; date under the signature",
        page="""
<!DOCTYPE html><html><head><title>【协会倡议】毡房制作行业诚信经营倡议书-草原毡房制作行业协会</title></head><body>
<header>⟦m 锡林南旗草原毡房制作行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</header>
<nav>⟦m 协会首页 协会简介 协会动态 会员风采 政策法规 联系我们⟧</nav>
<div class="pos">⟦m 协会首页 &gt; 协会动态⟧</div>
<h1>⟦t 【协会倡议】毡房制作行业诚信经营倡议书⟧</h1>
<div class="meta">⟦m 发布日期：2024-05-06　来源：协会秘书处⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 微博⟧</div>
<footer>⟦m 秘书处电话：0479-3320157⟧ ⟦d © 协会版权所有，未经许可不得转载⟧</footer>
</body></html>
""",
        body="""
全旗毡房制作企业和手艺人：
随着草原旅游升温，毡房订单逐年增加，但也出现了以次充好、合同不规范等问题。为维护行业声誉，协会向全体会员倡议：
一、用料如实标明。羊毛毡、骨架木材等主要材料的产地和规格要写进合同，不得以化纤毡冒充羊毛毡。
二、按约交付。严格按约定工期和尺寸交付，售后维修不推诿。
三、明码标价。不哄抬价格，不恶意压价抢单。
让我们共同守护草原毡房这块金字招牌。
锡林南旗草原毡房制作行业协会
2024年5月6日
""",
    ),
    dict(
        slug="assoc-exhibition-industry-report",
        site="汉川会展业协会 (invented)",
        style="行业协会",
        genre="报告",
        kind="report",
        form="text",
        source="http://www.hcmice.org/news/show-512.html",
        title="2023年汉川市会展业发展情况报告",
        record_title="2023年汉川市会展业发展情况报告 - 汉川会展业协会",
        date=None,
        notes="no date (year only in the title, a 更新 stamp without day is no publish line); indicator table kept",
        page="""
!m 汉川会展业协会
!m 首页 >> 行业数据
{T}
!m 更新于 3 周前　浏览 301
!a 下载PDF版　　打印
{BODY}
!l 相关：2022年会展业发展情况报告 | 会展场馆名录
!m 协会地址：汉川国际会展中心B座506
""",
        body="""
2023年，全市会展业加快恢复，全年举办各类展会86场，比上年增加31场。
指标　2023年　同比
展会场次　86场　+56.4%
展览面积　71.3万平方米　+62.1%
观展人次　196万人次　+70.8%
其中，汉川国际会展中心承接展会52场，农机、家居两个专业展规模均突破5万平方米。
当前行业仍面临专业人才不足、展会同质化等问题，协会将推动成立会展人才培训基地。
""",
    ),
    dict(
        slug="corp-toner-recycling-news",
        site="绿印耗材回收有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lvyinhc.com/news/company/316.html",
        title="公司硒鼓墨盒回收再制造线通过环保验收",
        record_title="公司硒鼓墨盒回收再制造线通过环保验收_公司新闻_绿印耗材",
        date="2024-01-19",
        notes="corporate site; company's 400 line in the chrome next to the document's own service line in the body",
        page="""
<!DOCTYPE html><html><head><title>公司硒鼓墨盒回收再制造线通过环保验收_公司新闻_绿印耗材</title></head><body>
<header>⟦m 绿印耗材　让每一只硒鼓再用一次⟧ ⟦m 全国服务热线：400-616-0838⟧</header>
<nav>⟦m 首页 关于绿印 产品中心 回收服务 新闻资讯 联系我们⟧</nav>
<div class="pos">⟦m 当前位置：首页 &gt; 新闻资讯 &gt; 公司新闻⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发布时间：2024-01-19　浏览：153⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：绿印耗材荣获“绿色工厂”称号⟧ ⟦l 下一篇：硒鼓回收常见问题解答⟧</div>
<footer>⟦d Copyright © 2024 绿印耗材回收有限公司⟧ ⟦m 皖ICP备20051183号-1⟧</footer>
</body></html>
""",
        body="""
1月17日，公司年回收处理50万只硒鼓墨盒的再制造生产线通过竣工环保验收。
该生产线采用负压清粉、废粉集中收集等工艺，废碳粉全部交由有资质的单位处置，车间粉尘浓度检测结果优于国家标准。
目前，公司已在省内设立回收网点120个，机关和企事业单位可预约上门回收，预约电话0551-6271330。
""",
    ),
    dict(
        slug="corp-horse-farm-notice",
        site="天骏马匹繁育场 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tianjunma.com/gg/2023-09-02.html",
        title="关于暂停对外接待参观的通知",
        record_title="关于暂停对外接待参观的通知 | 天骏马匹繁育场",
        date="2023-09-01",
        notes="corporate text page; notice's own date under the signature; posting stamp differs (also accepted)",
        date_also=["2023-09-02"],
        page="""
!m 天骏马匹繁育场 TIANJUN HORSE FARM
!m 首页 | 场区介绍 | 种马展示 | 新闻公告 | 联系我们
{T}
!m 2023-09-02 | 公告
{BODY}
!a 微信扫码关注天骏马场
!m 地址：昭苏县喀拉苏乡天骏路1号　电话：0999-6021188
""",
        body="""
尊敬的游客朋友：
9月至10月是我场母马配种和幼驹断奶的关键时期，为减少外来人员对马匹的应激影响，做好防疫工作，我场自9月5日起至10月31日暂停对外接待参观。
已预约参观的团队，工作人员将逐一电话联系退订。
给您带来的不便，敬请谅解。
天骏马匹繁育场
2023年9月1日
""",
    ),
    dict(
        slug="training-meter-reader-course",
        site="恒力职业技能培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="html",
        source="https://www.hengli-px.com/kc/chaobiao.html",
        title="智能表计抄表核算员培训班招生简章",
        record_title="智能表计抄表核算员培训班招生简章（春季班）",
        date=None,
        notes="training school; course table kept; 报名电话 in the body next to a floating consult box; no date",
        page="""
<!DOCTYPE html><html><head><title>智能表计抄表核算员培训班招生简章（春季班）-恒力职业技能培训学校</title></head><body>
<header>⟦m 恒力职业技能培训学校　人社部门备案培训机构⟧ ⟦m 咨询热线：400-661-9200⟧</header>
<nav>⟦m 首页 培训项目 报名须知 学员风采 在线咨询⟧</nav>
<h1>⟦t 智能表计抄表核算员培训班招生简章（春季班）⟧</h1>
{BODY}
<div class="float">⟦w 在线客服　点我咨询⟧ ⟦w QQ：1769045521⟧</div>
<div class="hot">⟦l 热门课程：电工证培训　叉车证培训　育婴员培训⟧</div>
<footer>⟦m 校址：庐江县城南工业区2号楼⟧ ⟦d 版权所有 恒力培训⟧</footer>
</body></html>
""",
        body="""
为满足供水、供电、燃气企业对智能表计抄表核算人员的需求，本校开设抄表核算员培训班。
课程　课时
智能水表、电表、燃气表原理与识读　16
抄表终端与远传系统操作　16
用户服务与安全规范　8
一、招收对象：初中以上文化，18至50周岁。
二、培训期限：10天，结业考核合格发给培训合格证书。
报名电话：0565-7315026（招生办方老师）。
""",
    ),
    dict(
        slug="training-chef-school-speech",
        site="味道厨师技能学校 (invented)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.weidaochef.cn/xw/2024/0302.html",
        title="在2024届春季班开学典礼上的讲话",
        record_title="校长寄语 | 在2024届春季班开学典礼上的讲话",
        date="2024-03-02",
        notes="training school; date under the speech title; speaker line neutral; a course ad between paragraphs",
        page="""
!m 味道厨师技能学校 · 学一技之长
!m 首页 > 学校新闻
{T}
2024年3月2日
校长　柴志勇
{BODY}
!l 热门专业：中式烹调 | 中式面点 | 西式烘焙
!w 报名咨询微信：weidao-chef
""",
        body="""
各位新同学：
欢迎大家来到味道厨师技能学校。本期春季班共招收学员186名，年纪最小的17岁，最大的46岁。
学厨没有捷径，刀工要一刀一刀练，火候要一锅一锅试。希望大家珍惜实训时间，每天练刀不少于一小时。
⟦l 【广告】寒暑假速成班火热报名中⟧
学厨也要讲规矩。进后厨要穿戴整齐，生熟分开，用完刀具归位，这是对食客负责，也是对自己负责。
祝大家学有所成！
""",
    ),
    dict(
        slug="fanwenapp-digital-village-plan",
        site="笔友写作APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.biyouxiezuo.com/a/9f31c2e7",
        title="玉峰乡数字乡村建设试点实施方案",
        record_title="玉峰乡数字乡村建设试点实施方案｜笔友写作",
        date="2024-04-18",
        notes="writing-app share page; paywall glued after a sentence; date under the signature",
        page="""
!m 笔友写作 · 公文范文库
!m 分享自笔友写作APP
{T}
!m 2.1万人已阅　　收藏 312
{BODY}
!a 打开APP，免费复制全文
!l 相似范文：数字乡村建设工作总结 | 智慧农业项目申报书
""",
        body="""
为推进数字乡村建设试点，结合我乡实际，制定本方案。
一、目标。到2025年底，全乡8个行政村实现千兆光网和5G信号全覆盖，建成乡村数字治理平台。
二、主要任务。建设村级综合服务数字化窗口，推广农产品电商直播，在茶叶基地布设墒情和虫情监测设备。⟦a 以下内容需开通会员查看⟧
三、保障措施。成立由乡长任组长的工作专班，每月调度一次进度。
玉峰乡人民政府
2024年4月18日
""",
    ),
    dict(
        slug="fanwenapp-harmless-disposal-summary",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.gongwenbao.cn/share/art/551907",
        title="病死畜禽无害化处理中心2023年工作总结",
        record_title="病死畜禽无害化处理中心2023年工作总结（通用版）",
        date="2024-01-10",
        notes="app share page (HTML); decorated title; an AI-rewrite button glued; table kept",
        page="""
<!DOCTYPE html><html><head><title>病死畜禽无害化处理中心2023年工作总结（通用版）</title></head><body>
<div class="app-bar">⟦m 公文宝⟧ ⟦a 打开App⟧</div>
<h1>⟦t 病死畜禽无害化处理中心2023年工作总结（通用版）⟧</h1>
<div class="meta">⟦m 范文 · 工作总结 · 1.3k阅读⟧</div>
<div class="content">
{BODY}
</div>
<div class="mask">⟦a 阅读全文需登录⟧ ⟦a AI一键改写⟧</div>
<div class="rec">⟦l 为你推荐⟧ ⟦l 动物防疫站年度工作总结⟧ ⟦l 畜牧兽医站述职报告⟧</div>
</body></html>
""",
        body="""
2023年，中心坚持“应收尽收、及时处理”，全年收集处理病死畜禽情况如下：
畜禽种类　数量　重量（吨）
生猪　18420头　612
牛羊　530头　47
家禽　9.6万只　138
全年处理车辆消毒1460车次，收集点和处理厂无害化处理全程视频监控，未发生二次污染。
下一步，中心将在南部三个乡镇新建冷藏暂存点，缩短收集半径。
乌江县病死畜禽无害化处理中心
2024年1月10日
""",
    ),
    dict(
        slug="gkforum-emergency-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="html",
        source="https://bbs.shangan-gk.com/thread-302118-1-1.html",
        title="以“小切口”做好基层应急管理大文章",
        record_title="[申论范文] 以“小切口”做好基层应急管理大文章（附写作思路） - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum with jammer fonts; relative post time; no date",
        page="""
<html><head><title>[申论范文] 以“小切口”做好基层应急管理大文章（附写作思路） - 申论交流 - 上岸公考论坛</title></head><body>
<div id="hd">⟦m 上岸公考论坛 - 公务员考试交流社区⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 申论交流 › 查看帖子⟧</div>
<h1>⟦t [申论范文] 以“小切口”做好基层应急管理大文章（附写作思路）⟧</h1>
<div class="authi">⟦m 岸上的鱼 发表于 2 天前⟧ ⟦m 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏内容：写作思路，回复后可见⟧</div>
<div class="pob">⟦a 回复⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div id="ft">⟦m Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
基层是应急管理的“最前沿”，也是最容易出现短板的地方。做好基层应急管理，既要有大格局，更要善用“小切口”。
用好“小喇叭”。村村响广播、微信群、网格员手机，是预警信息抵达群众的最后一米，要让每一条预警都有人听、有人转、有人落实。
配好“小物资”。手电、雨衣、救生衣、灭火器，要放在群众够得着的地方，定期检查更新。
练好“小队伍”。每个村组建一支应急小分队，平时练、急时用，把“第一响应人”建在家门口。
""",
    ),
    dict(
        slug="gkforum-interview-spinning",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="qa",
        form="text",
        source="http://www.gkyizhan.net/bbs/view-88120.html",
        title="结构化面试真题：村里计划建立数字乡村服务点，你作为驻村干部怎么推进",
        record_title="[面试真题] 结构化面试真题：村里计划建立数字乡村服务点，你作为驻村干部怎么推进（附参考答案）",
        date=None,
        notes="exam forum; numbered answer kept; relative time; no date",
        page="""
!m 公考驿站论坛 › 面试专区
[面试真题] {T}（附参考答案）
!m 楼主：驿站小编　　发表于 昨天 21:14
{BODY}
!a 回复本帖可下载完整题本
!l 1楼 考公人：感谢小编整理
!m 公考驿站 gkyizhan.net
""",
        body="""
【参考答案】
建立数字乡村服务点是方便群众办事的好事，我会从以下几个方面推进：
第一，摸清需求。通过入户走访和村民代表会，了解群众最常办的事项，比如社保缴费、医保报销、快递收发等。
第二，选好场所和人员。利用村委会闲置房间设点，选一名熟悉电脑的年轻村干部担任代办员，并请乡里开展培训。
第三，做好宣传。在村民微信群和村广播里介绍服务内容，对老年人提供上门代办。
第四，跟踪评估。运行一个月后收集意见，不断完善服务事项。
""",
    ),
]
