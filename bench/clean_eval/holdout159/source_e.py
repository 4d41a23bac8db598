"""holdout159, part E: company sites, training schools, writing apps, exam forums. Invented text."""

CASES = [
    dict(
        slug="company-bihe-water-lily-nursery-news-html",
        site="碧荷水生植物有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.bihe-aquatic.com/news/2025/0710/58.html",
        title="碧荷公司睡莲新品种通过省级品种登记",
        record_title="碧荷公司睡莲新品种通过省级品种登记_公司新闻_碧荷水生植物有限公司",
        date="2025-07-10",
        notes="company site; column and site suffixes; online service float with a QQ; the company's own phone in a closing sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>碧荷公司睡莲新品种通过省级品种登记_公司新闻_碧荷水生植物有限公司</title></head>
<body><div class="top">⟦m 碧荷水生植物有限公司⟧ ⟦m 专业睡莲·荷花种苗供应商⟧ ⟦m 全国订购热线：400-030-7788⟧</div>
<div class="nav">⟦m 网站首页 | 关于碧荷 | 产品中心 | 工程案例 | 新闻资讯 | 联系我们⟧</div>
<div class="crumb">⟦m 您的位置：首页 &gt; 新闻资讯 &gt; 公司新闻⟧</div>
<div class="news"><h1>{T}</h1><p>⟦m 发布日期：2025-07-10　浏览：201次⟧</p>
{BODY}
</div>
<div class="pn">⟦l 上一篇：夏季睡莲养护要点⟧ ⟦l 下一篇：公司参加花卉博览会⟧</div>
<div class="kefu">⟦w 在线客服 QQ：1908822615⟧ ⟦a 留言咨询⟧</div>
<div class="ft">⟦m Copyright © 碧荷水生植物有限公司　浙ICP备18033126号⟧</div>
</body></html>
""",
        body="""
近日，我公司选育的睡莲新品种“碧荷晨曦”通过省级林木良种审定委员会品种登记。
该品种花色橙黄，单花期长达5天，耐热性强，适合南方城市水景和庭院种植。
公司将于明年春季批量供应种苗，有意向的客户可致电公司销售部0573-86021155预订。
""",
    ),
    dict(
        slug="company-tianyuan-yam-bean-purchase-text",
        site="田源农业发展有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tianyuan-agri.cn/gg/2025/0825.html",
        title="2025年秋季凉薯收购公告",
        record_title="2025年秋季凉薯收购公告",
        date="2025-08-25",
        notes="company notice; price table; purchase contact kept beside the company's footer phone",
        page="""
!m 田源农业发展有限公司
!m 首页 / 企业公告
{T}
!m 发布时间：2025-08-25 09:30
{BODY}
!l 相关公告：2025年春季辣椒订单收购说明
!m 公司总机：0738-4123300　地址：玙水县工业园3号
!m © 田源农业 版权所有
""",
        body="""
我公司即日起开始收购2025年秋季凉薯，现将有关事项公告如下：
一、收购标准及价格：
等级　单果重量　收购价（元/斤）
一级　500克以上　1.20
二级　300至500克　0.95
二、收购地点：公司玙水收购站。
三、结算方式：当场过磅，三日内转账结算。
收购联系人：罗师傅　13874012265
""",
    ),
    dict(
        slug="training-xinyu-art-therapy-course-html",
        site="心语艺术疗愈培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.xinyu-art.cn/course/2025autumn.html",
        title="心语艺术疗愈培训中心2025年秋季绘画治疗师研修班招生简章",
        record_title="心语艺术疗愈培训中心2025年秋季绘画治疗师研修班招生简章",
        date="2025-08-15",
        notes="training school page with promo banner and floating consult box; the school's own 报名电话 kept beside a 400 line; fee table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>秋季研修班招生简章 - 心语艺术疗愈培训中心</title></head>
<body><div class="promo">⟦a 限时优惠！9月30日前报名立减800元，点击抢位⟧</div>
<div class="hd">⟦m 心语艺术疗愈培训中心⟧ ⟦w 全国咨询：400-660-9125⟧</div>
<div class="nav">⟦m 首页 课程体系 师资团队 学员风采 报名咨询⟧</div>
<div class="main"><h1>{T}</h1><p>⟦m 发布：教务处　2025-08-15⟧</p>
{BODY}
</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 微信：xinyu_art01⟧ ⟦a 免费试听⟧</div>
<div class="ft">⟦m 心语艺术疗愈培训中心 版权所有⟧　⟦d 本站课程介绍仅供参考，以实际开课为准⟧</div>
</body></html>
""",
        body="""
本中心秋季绘画治疗师研修班现开始招生，欢迎心理咨询、教育、社工等相关从业人员报名。
一、课程内容：绘画治疗理论、个案评估、团体绘画治疗实操、督导实习。
二、费用安排：
班型　课时　学费
周末班　96课时　6800元
集训班　80课时　6200元
三、报名电话：0731-85206612（教务处）。
""",
    ),
    dict(
        slug="training-boya-spelling-contest-camp-text",
        site="博雅英语培训学校 (invented)",
        style="培训机构",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://www.boyaenglish.cn/news/8812.html",
        title="博雅英语2025年暑期英语拼词大赛集训营方案",
        record_title="学员必看 | 博雅英语2025年暑期英语拼词大赛集训营方案",
        date="2025-06-20",
        notes="training school copy; decorated record title; 400 hotline and a promo line; schedule list",
        page="""
!m 博雅英语培训学校 — 让孩子爱上英语
!w 课程咨询热线：400-115-2286
!t 学员必看 | 博雅英语2025年暑期英语拼词大赛集训营方案
!m 教学部　2025-06-20
{BODY}
!a 🔥 前20名报名赠送原版词典一本，速来抢！
!l 热门课程：自然拼读班｜剑桥英语班｜新概念英语
!m 博雅英语 版权所有　校址：枥川县文化路16号
""",
        body="""
为帮助学员备战全市青少年英语拼词大赛，学校决定举办暑期集训营。
1.时间：7月14日至7月25日，每天上午9:00—11:30。
2.对象：已报名参赛的三至八年级学员。
3.内容：核心词汇记忆、词根词缀、模拟赛。
4.要求：学员每天完成50个单词的拼写练习，结营时进行测试。
教学部
2025年6月20日
""",
    ),
    dict(
        slug="app-bigan-cholera-drill-plan-text",
        site="笔耕范文App分享页 (invented)",
        style="范文APP",
        genre="演练方案",
        kind="plan",
        form="text",
        source="https://m.bigengapp.cn/share/doc?id=7721094&from=wx",
        title="霍乱疫情应急处置桌面推演方案",
        record_title="霍乱疫情应急处置桌面推演方案（可编辑）",
        date="2025-05-08",
        notes="writing-app share page; member unlock line inside the body (own line); open-in-app bar",
        page="""
!m 笔耕范文
!a 打开App，阅读体验更佳
!t 霍乱疫情应急处置桌面推演方案（可编辑）
!m 笔耕会员 · 1.3万人已阅读
{BODY}
!a 打开App查看全文　｜　一键复制
!l 你可能还想看：传染病应急演练总结
!d 内容由用户上传，笔耕App仅提供存储服务
""",
        body="""
为检验我县霍乱疫情应急处置能力，县卫生健康局定于5月下旬组织开展桌面推演。
一、推演情景：某乡镇集市发生3例疑似霍乱病例。
⟦a 会员专享内容，开通会员解锁全文⟧
二、推演环节：疫情报告、流行病学调查、疫点消毒、病例隔离治疗、信息发布。
三、参演单位：县疾控中心、县人民医院、相关乡镇卫生院。
琼岙县卫生健康局
2025年5月8日
""",
    ),
    dict(
        slug="app-xiezuo-dressage-club-summary-text",
        site="写作宝App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiezuobao.com/s/ZdS81k",
        title="瑄田马术俱乐部2025年盛装舞步训练工作总结",
        record_title=None,
        date=None,
        notes="app share; no record title; no date (the year in the title alone is no date); AI rewrite button",
        page="""
!m 写作宝 · AI写作助手
{T}
!m 来自写作宝用户 · 刚刚分享
!a ✨ AI一键改写　📋 复制　⬇ 导出Word
{BODY}
!a 下载写作宝App，海量范文免费用
!d 本内容由用户生成或上传，仅供参考
""",
        body="""
今年以来，俱乐部盛装舞步训练组坚持“人马协调、循序渐进”的训练思路，取得了一定成绩。
一是完善训练计划，按马匹年龄和等级分组训练，全年完成训练课时1400余个。
二是参加省级马术公开赛，获得盛装舞步青少年组第二名。
三是加强马匹健康管理，聘请兽医每周巡诊。
不足之处是教练员数量偏少，明年将引进专业教练1名。
""",
    ),
    dict(
        slug="gkforum-anping-shenlun-bus-terminal-wrapped",
        site="上岸公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.com/thread-221907-1-1.html",
        title="让公交首末站成为城市温度的“起点站”",
        record_title="[申论范文] 让公交首末站成为城市温度的“起点站” - 申论交流 - 上岸公考论坛",
        date="2025-11-23",
        notes="exam forum post; hard-wrapped at 64 columns; post time is the page's date; floors with comments",
        page="""
!m 上岸公考论坛 » 申论交流
!t [申论范文] 让公交首末站成为城市温度的“起点站” - 申论交流 - 上岸公考论坛
!m 上岸哥哥 发表于 2025-11-23 21:14　|　查看：2041　|　回复：17
{BODY}
!l 沙发 小刘要上岸：收藏了，论点很清晰！
!l 板凳 考公第三年：结尾可以再升华一下
!a 回复本帖　｜　评分　｜　收藏
!m 上岸公考论坛 - 手机版 - Archiver
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
公交首末站是城市公交线路的起点和终点，也是司乘人员休息、车辆停放的重要场所。
然而，一些首末站选址偏远、设施简陋，司机如厕难、就餐难，乘客候车无遮无挡。
建设有温度的首末站，要把规划放在前面，在新建小区和片区开发中预留站场用地；要把服务补上来，配建司机休息室和乘客候车亭；要把管理跟上去，鼓励首末站与便民服务点共建共享。
小小站点，连着千家万户的出行。让首末站有温度，城市才更有温度。
""",
    ),
    dict(
        slug="gkforum-kaogong-mycoplasma-interview-text",
        site="考公社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.kaogongshequ.com/t/55120",
        title="结构化面试：秋冬季儿童支原体肺炎高发，你作为卫健部门工作人员怎么做好宣传？",
        record_title="【面试真题】结构化面试：秋冬季儿童支原体肺炎高发，你作为卫健部门工作人员怎么做好宣传？",
        date=None,
        notes="decorated record title; relative times only; answer with numbered points; course ad between paragraphs",
        page="""
!m 考公社区 · 面试专区
!t 【面试真题】结构化面试：秋冬季儿童支原体肺炎高发，你作为卫健部门工作人员怎么做好宣传？
!m 面试小能手　1小时前　阅读 892
{BODY}
!l 全部回复（6）
!l 一只考鸭：宣传对象可以再细分一下
!a 登录后参与讨论
!m 考公社区 © 2025
""",
        body="""
我会从以下几个方面做好宣传：
第一，明确对象。重点面向家长、幼儿园和中小学老师。
⟦a 面试一对一精品课火热报名中，点击了解⟧
第二，丰富形式。联合儿科专家录制短视频，在学校家长群推送防治知识，在社区张贴海报。
第三，回应关切。开通咨询热线，及时澄清“必须输液”“必须用某种药”等错误说法。
第四，跟踪效果。通过问卷了解宣传效果，及时调整宣传内容。
""",
    ),
]
