"""holdout105, part E: exam, tender, law-firm, community, association, company, training,
writing-app, exam-forum, encyclopaedia, cloud-drive and snapshot pages. Invented text."""

CASES = [
    dict(
        slug="exam-lutan-seahorse-technician-written-html",
        site="鹭滩县人力资源和社会保障网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsj.lutan.example.gov.cn/ksgg/20250516/3012.html",
        title="鹭滩县海洋与渔业技术推广站2025年编外技术员招聘笔试安排公告",
        date="2025-05-15",
        notes="personnel-exam page; exam timetable; 下载打印 准考证 is content; site tech line and exam contact both present",
        page="""
<html><head><meta charset="utf-8"><title>鹭滩县海洋与渔业技术推广站2025年编外技术员招聘笔试安排公告</title></head>
<body>
<div class="top">⟦m 鹭滩县人力资源和社会保障网⟧ <span>⟦a 网上报名入口　成绩查询⟧</span></div>
<div class="nav">⟦m 首页 | 人事考试 | 招聘公告 | 政策法规 | 下载中心⟧</div>
<div class="place">⟦m 首页 ＞ 人事考试 ＞ 考试公告⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发布时间：2025-05-16　来源：县人社局⟧</div>
{BODY}
<div class="kefu">⟦m 报名系统操作问题请拨打：0596-6210800⟧</div>
<div class="foot">⟦m 鹭滩县人力资源和社会保障局主办　闽ICP备15007731号⟧</div>
</body></html>
""",
        date_also=["2025-05-16"],
        body="""
经资格初审，共有58人取得笔试资格。现将笔试有关事项公告如下：
科目　时间　地点
专业知识　5月25日9:00—11:00　鹭滩县第一中学
综合能力　5月25日14:00—15:30　鹭滩县第一中学
请考生于5月20日至24日登录报名网站下载打印准考证，凭准考证和身份证参加考试。
考务咨询电话：0596-6207718。
鹭滩县海洋与渔业技术推广站
2025年5月15日
""",
    ),
    dict(
        slug="tender-hongliu-silage-bid-result",
        site="红柳集团采购平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://cg.hongliugroup.example.com/zbgs/2024/08/ZB-HL-2024-0815.html",
        title="红柳滩牧业2024年全株玉米青贮采购项目中标结果公告",
        date="2024-08-22",
        notes="company tender platform; 公告时间 byline is the date; bid result table; purchaser contact kept",
        page="""
!m 红柳集团电子采购平台
!m 首页 > 采购公告 > 结果公示
{T}
!m 公告时间：2024-08-22　　项目编号：ZB-HL-2024-0815
!a 〖收藏项目〗〖下载公告附件〗
{BODY}
!m 平台客服：400-187-6650　　工作时间 9:00-17:00
!d 本平台发布的信息仅作为公示，不作为任何法律凭证
""",
        body="""
红柳滩牧业有限公司2024年全株玉米青贮采购项目评标工作已结束，现将中标结果公告如下：
标段　中标人　中标单价（元/吨）
一标段　北沙种植专业合作社　418
二标段　柳泉农机服务有限公司　425
公示期为2024年8月22日至8月24日，对结果有异议的，请在公示期内以书面形式提出。
采购人联系人：任春华，电话：0937-8812056。
""",
    ),
    dict(
        slug="lawfirm-jinglu-mineral-label-html",
        site="景麓律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.jinglulaw.example.cn/article/shipin/2024/1209.html",
        title="“天然矿泉水”标签不实，消费者能否主张十倍赔偿？",
        record_title="“天然矿泉水”标签不实，消费者能否主张十倍赔偿？_食品安全_景麓律师事务所",
        date="2024-12-09",
        notes="law-firm template; 日期 byline; consultation box; disclaimer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>“天然矿泉水”标签不实，消费者能否主张十倍赔偿？_食品安全_景麓律师事务所</title></head>
<body>
<header>⟦m 景麓律师事务所　JINGLU LAW OFFICE⟧ <nav>⟦m 首页 律所简介 专业领域 律师团队 案例 观点⟧</nav></header>
<div class="crumbs">⟦m 首页 / 律师观点 / 食品安全⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 撰文：谭晓川律师　日期：2024-12-09⟧</div>
{BODY}
<div class="consult">⟦w 免费法律咨询：0571-8832 6600　　在线留言，律师24小时内回复⟧</div>
<div class="disclaimer">⟦d 本文观点仅供参考，不代表本所对具体案件的正式法律意见⟧</div>
<footer>⟦m © 景麓律师事务所　浙ICP备18020995号⟧</footer>
</body></html>
""",
        body="""
有消费者发现，某品牌标注为“天然矿泉水”的产品，标签上的水源地与实际取水地不一致，遂起诉要求十倍赔偿。
食品安全法第一百四十八条规定，生产不符合食品安全标准的食品，消费者可以要求支付价款十倍的赔偿金；但标签、说明书存在不影响食品安全且不会对消费者造成误导的瑕疵的除外。
水源地是矿泉水区别于其他包装饮用水的核心信息，标注不实足以误导消费者，一般不属于“瑕疵”。
因此，消费者保留好购物凭证和产品包装，通常可以依法主张赔偿。
""",
    ),
    dict(
        slug="community-tangxi-old-sign-stories-html",
        site="棠溪街道 老街社区 (invented)",
        style="社区网站",
        genre="启事",
        kind="notice",
        form="html",
        source="http://laojie.tangxijd.example.cn/sqgg/2025/0303.html",
        title="关于征集老街招牌故事的启事",
        record_title="【社区公告】关于征集老街招牌故事的启事",
        date="2025-03-03",
        notes="residents' site; 邮箱 and 电话 kept; a share bar and activity ad between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于征集老街招牌故事的启事</title></head>
<body>
<div class="hd">⟦m 老街社区　居民之家⟧</div>
<div class="nv">⟦m 首页 | 社区公告 | 便民服务 | 党群服务 | 志愿者之家⟧</div>
<div class="ct">
<h2>{T}</h2>
<div class="sj">⟦m 发布日期：2025-03-03　　浏览：142⟧</div>
{BODY}
</div>
<div class="sh">⟦l 分享给邻居：微信　朋友圈⟧</div>
<div class="ft">⟦m 老街社区居委会　便民服务热线：0570-7100345⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
老街的每一块手绘招牌背后，都有一段故事。为配合老街招牌修复工作，社区面向居民征集招牌故事和老照片。
征集内容：老店铺的来历、招牌的绘制者、与招牌有关的往事，以及反映老街旧貌的照片。
⟦l 【社区活动】3月8日上午 社区书画室免费开放⟧
来稿可发送至邮箱laojiesq@tangxi.example.cn，或送至社区服务中心一楼。
联系人：吴晓燕，电话：0570-7100982。
老街社区居民委员会
2025年3月3日
""",
    ),
    dict(
        slug="association-fangsha-council-minutes",
        site="沙陀县防沙治沙协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.stfsxh.example.org/xhdt/2024/1122.html",
        title="防沙治沙协会第二届理事会第三次会议纪要",
        date="2024-11-22",
        date_also=["2024-11-21"],
        notes="association minutes; 时间/地点/主持/出席 lines kept; a vote count; glued chrome after a sentence",
        page="""
!m 沙陀县防沙治沙协会
!m 首页 ＞ 协会动态 ＞ 会议纪要
{T}
!m 来源：协会秘书处　　添加时间：2024-11-22　　浏览次数：88
{BODY}
!a [打印本文]　[返回上页]
!m 地址：沙陀县林草局院内　电话：0483-6610072
""",
        body="""
时间：2024年11月21日上午
地点：县林草局会议室
主持：协会会长 巴特尔
出席：理事23人，监事2人
会议审议通过了《协会2024年工作报告》和《2025年工作计划》，表决结果：同意23票，反对0票，弃权0票。⟦m （协会秘书处 供稿）⟧
会议决定，2025年协会将组织会员单位开展草方格沙障管护技术培训两期。
协会秘书处
2024年11月22日
""",
    ),
    dict(
        slug="company-chaoyin-tourism-ticket-booking-html",
        site="汐口观潮旅游发展有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xkgctour.example.com/news/gonggao/202408/0825.html",
        title="关于2024年观潮季门票实名预约的公告",
        date="2024-08-25",
        notes="company site; booking steps with 扫码/关注 as content; a complaints line and a booking line both kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2024年观潮季门票实名预约的公告 - 汐口观潮旅游</title></head>
<body>
<div class="header">⟦m 汐口观潮旅游　天下奇观 汐口潮⟧</div>
<div class="menu">⟦m 首页 景区介绍 门票预订 交通指南 新闻公告 联系我们⟧</div>
<div class="position">⟦m 首页 &gt; 新闻公告⟧</div>
<h3>{T}</h3>
<div class="date">⟦m 2024-08-25　公司办公室⟧</div>
{BODY}
<div class="buy">⟦a 立即预订门票 ＞⟧</div>
<div class="foot">⟦m 汐口观潮旅游发展有限公司　版权所有⟧ ⟦m 浙ICP备17044021号⟧</div>
</body></html>
""",
        body="""
为控制观潮区人流，保障游客安全，2024年观潮季（9月1日至10月15日）各观潮区门票一律实行实名预约。
游客可关注“汐口观潮”公众号，或扫描景区入口二维码，提前一天完成预约，每个身份证号每天限约一次。
农历八月十八前后三天，每个观潮区每日预约人数上限为8000人，约满即止。
预约咨询电话：0576-83300818；投诉电话：0576-83300315。
汐口观潮旅游发展有限公司
2024年8月25日
""",
    ),
    dict(
        slug="training-haiyang-camp-ripcurrent-class-html",
        site="蓝湾海洋科普营 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lanwankepu.example.com/camp/2025summer.html",
        title="2025年暑期海洋科普营招生简章",
        record_title="2025年暑期海洋科普营招生简章（含离岸流安全课）",
        date=None,
        notes="training studio; year only in the title, no date; course table; price tag, testimonial and trial form as chrome",
        page="""
<html><head><meta charset="utf-8"><title>2025年暑期海洋科普营招生简章（含离岸流安全课）</title></head>
<body>
<div class="top">⟦m 蓝湾海洋科普营　让孩子读懂大海⟧</div>
<div class="menu">⟦m 首页 营期介绍 导师团队 往期回顾 报名咨询⟧</div>
<h1>{T}</h1>
<div class="price">⟦a 早鸟价 2680元/人　立省320元⟧</div>
{BODY}
<div class="say">⟦l 家长评价：孩子回来天天给我们讲潮汐，太值了！——小林妈妈⟧</div>
<div class="form">⟦a 预约试听：孩子姓名＿＿ 家长电话＿＿ 提交⟧</div>
<div class="foot">⟦w 报名顾问微信：lanwan_kepu　　咨询电话 0596-6233880⟧</div>
</body></html>
""",
        body="""
本营面向8至14岁青少年，由海洋院校教师和持证救生员带队，在南湾海滩开展为期五天的海洋科普实践。
课程　内容
潮间带观察　认识贝类、蟹类和藻类
海滨安全课　识别离岸流、学习自救方法
标本制作　制作贝壳和海藻标本
营期分为7月8日至12日、7月22日至26日两期，每期限30人。
""",
    ),
    dict(
        slug="app-xiezuo-coop-silage-summary",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.xiezuomao.example.com/share/doc/55120876",
        title="红柳滩村股份经济合作社2024年青贮收储工作总结",
        record_title="红柳滩村股份经济合作社2024年青贮收储工作总结（word可编辑）",
        date="2024-10-30",
        notes="writing-app share page; AI-rewrite buttons glued and on lines; member lock between paragraphs",
        page="""
!a 写作猫 | 打开APP查看完整范文
!t 红柳滩村股份经济合作社2024年青贮收储工作总结（word可编辑）
!m 写作猫范文库 · 工作总结 · 2.3万次使用
{BODY}
!a [AI帮我改写]　[一键套用]　[复制全文]
!l 相似范文：合作社年度工作总结 | 饲草基地建设情况汇报
""",
        body="""
今年，合作社共为周边12家养殖场代收代储全株玉米青贮9600吨，实现服务收入57万元，带动村集体增收11万元。
一是统一组织机收。合作社调配青贮收获机4台、运输车10辆，收获期比去年缩短了6天。
⟦a 🔒 开通会员解锁全部段落⟧
二是统一技术标准。聘请县畜牧站技术员全程指导，抽检的青贮样品pH值均在4.2以下。
三是统一结算。与养殖场签订代储协议，按吨收取服务费，当月结清。⟦a 【AI扩写】⟧
红柳滩村股份经济合作社
2024年10月30日
""",
    ),
    dict(
        slug="gkforum-interview-tsunami-drill-html",
        site="公考圈论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="http://www.gongkaoquan.example.net/forum/thread-55817-1-1.html",
        title="组织海啸疏散演练时部分群众不愿参加，你怎么办？",
        record_title="[面试真题] 组织海啸疏散演练时部分群众不愿参加，你怎么办？（附参考作答） - 面试交流区",
        date="2025-04-11",
        notes="exam forum; 发表于 is the date; jammer fonts; points in 首先/其次",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 组织海啸疏散演练时部分群众不愿参加，你怎么办？（附参考作答） - 面试交流区 - 公考圈论坛</title></head>
<body>
<div id="hd">⟦m 公考圈论坛　上岸从这里开始⟧</div>
<div id="pt">⟦m 公考圈论坛 › 面试交流区 › 结构化真题⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="authi">⟦m 上岸小鹿 发表于 2025-4-11 21:07⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复 | 收藏 | 评分 | 举报⟧</div>
</div>
<div class="ad">⟦w 面试一对一辅导，加老师微信 gkq_mianshi⟧</div>
<div id="ft">⟦m Powered by Discuz! © 公考圈论坛⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=1),
        body="""
参考作答：
首先，我会了解群众不愿参加的原因，是担心耽误出海、怕麻烦，还是觉得海啸离自己很远。
其次，针对不同原因做工作：把演练时间避开出海高峰；请村里老人讲讲当年海水倒灌的经历；对参加演练的家庭发放应急包。
最后，演练结束后及时总结，把疏散路线图张贴到每户门口，让群众真正记住往哪里跑。
""",
    ),
    dict(
        slug="wiki-qixiang-fog-patch-qa",
        site="气象小百科 (invented)",
        style="百科问答",
        genre="百科问答",
        kind="other",
        form="text",
        source="https://www.qxbaike.example.com/wenda/1877.html",
        title="团雾是怎么形成的？",
        record_title="团雾是怎么形成的？_气象小百科",
        date=None,
        notes="encyclopaedia Q&A; no date; edit and expert badges as chrome",
        page="""
!m 气象小百科 · 专家答疑
!m 首页 > 天气现象 > 雾
{T}
!m 审核专家：县气象台高级工程师　　浏览 9,802
!a 编辑本条　|　我来补充
{BODY}
!l 延伸阅读：雾和霾有什么区别？ | 平流雾为什么多出现在海边？
!m 本条目最后修订于 昨天
""",
        body="""
团雾是受局部地区微气候影响，在大雾中数十米到上百米范围内出现的更“浓”的雾，外部能见度还可以，内部能见度却极低。
团雾多出现在秋冬季节的夜间至清晨，江河、湖泊、水田附近的路段尤其容易形成，因为那里水汽充足，夜间地面降温快。
高速公路路面白天吸热、夜间散热快，也为团雾的生成提供了条件。
由于团雾范围小、出现突然，很难提前精确预报，驾驶员在易发路段要格外小心。
""",
    ),
    dict(
        slug="netdisk-tangxi-sign-survey-pdf-html",
        site="飞盘云存储 (invented)",
        style="网盘分享",
        genre="说明",
        kind="other",
        form="html",
        source="https://www.feipanyun.example.com/s/9Tq2LxW",
        title="老街招牌测绘图册编制说明",
        record_title="老街招牌测绘图册编制说明.pdf",
        date="2025-06-10",
        notes="cloud-drive preview; file-name title; heading as a preview caption; share expiry and save button",
        page="""
<html><head><meta charset="utf-8"><title>老街招牌测绘图册编制说明.pdf_免费高速下载|飞盘云存储</title></head>
<body>
<div class="bar">⟦m 飞盘云存储⟧ <span>⟦a 登录　注册　客户端下载⟧</span></div>
<div class="file">⟦t 老街招牌测绘图册编制说明.pdf⟧</div>
<div class="file-meta">⟦m 分享者：棠溪测绘所　　2025-06-12 09:40　　失效时间：2025-07-12⟧</div>
<div class="ops">⟦a 保存到网盘　普通下载　超速下载⟧</div>
<div class="preview"><h3>{T}</h3>
{BODY}
</div>
<div class="report">⟦l 举报该分享⟧</div>
</body></html>
""",
        date_also=["2025-06-12"],
        body="""
本图册收录棠溪老街现存手绘招牌59处的测绘成果，每处招牌包括正立面图、字体拓样和色卡三部分。
测绘采用三维激光扫描结合人工拓样，尺寸精度为毫米级，色卡按潘通色号和传统颜料名称双重标注。
图册作为招牌修复施工的依据，修复单位不得擅自改变招牌的尺寸、字体和用色。
棠溪县测绘所
2025年6月10日
""",
    ),
    dict(
        slug="snapshot-quanling-bottled-water-sampling",
        site="查快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://kuaizhao.cha.example.com/?u=scjg.quanling.example.gov.cn/tg/2024/0611",
        title="关于2024年包装饮用水专项抽检结果的通告",
        date="2024-06-11",
        notes="text-only cache; cache header and crawl stamp; highlighted keywords line",
        page="""
!m 查快照 | 您查询的关键词已高亮：包装饮用水 抽检
!m 网页快照时间：2024年8月3日 12:06:51 GMT
!a 点击查看原始网页（当前页面可能已更新）
!m 泉岭市市场监督管理局 > 通知公告
{T}
{BODY}
!d 查快照与网页作者无关，不对其内容负责
""",
        body="""
2024年5月，我局组织对全市包装饮用水生产企业开展专项抽检，共抽检样品36批次，合格35批次，合格率97.2%。
不合格产品为锦泉饮品厂生产的饮用天然泉水，溴酸盐项目不符合食品安全国家标准。我局已依法对该企业立案调查，并督促其召回相关产品。
消费者如发现市场上仍有销售不合格产品，可拨打12315投诉举报。
泉岭市市场监督管理局
2024年6月11日
""",
    ),
]
