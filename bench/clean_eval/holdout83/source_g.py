"""holdout83, part G: more pages of the older kinds. Invented text."""

CASES = [
    dict(
        slug="fanwen-xuanping-pinwheel-plan-text-glued-title",
        site="范文驿站 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.fanwenyz.com/fa/2025/6610.html",
        title="旋坪小学风车社团活动方案",
        record_title="旋坪小学风车社团活动方案_范文驿站",
        date=None,
        notes="title glued before the first sentence; no date",
        page="""
!m 范文驿站 — 方案计划频道
{T}{BODY}
!w 需要原创方案？找驿站写手，QQ 3310827766
!l 下一篇：小学剪纸社团活动计划
""",
        body="""
为丰富学生课余生活，学校成立风车社团，每周三下午活动一次。
社团分为制作组和研究组，制作组学习竹纸风车，研究组观察风向和风力。
学期末举办风车展，优秀作品送区里参加风车节展出。
""",
    ),
    dict(
        slug="wenku-hengling-steelyard-report-pages-mix",
        site="学海文库 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.xuehaiwk.com/p-9912083.html",
        title="计量检定所所长2025年度述职报告",
        record_title="【可编辑】计量检定所所长2025年度述职报告 - 学海文库",
        date="2025-12-26",
        notes="wrapped text with mixed-glue page markers; 述职人 line then date",
        page="""
!m 学海文库　|　上传者：hl_jl　|　2026-01-05 上传
!t 【可编辑】计量检定所所长2025年度述职报告 - 学海文库
{BODY}
!a 全文阅读已结束，下载本文需要使用 3 下载券
!d 本文档为用户上传，不代表平台观点。
""",
        wrap=64,
        pages=dict(fmt="⊢{n}⊣", every=60, start=2, glue="mix"),
        body="""
一年来，我在县局党组的领导下，带领全所同志完成各类计量器具检定一万二千余台件。
一是深入集市开展杆秤免费校准，全年服务摊主一千三百余人次；二是完成两项社会公用计量标准的复查；三是严格执行检定规程，全年无一起检定投诉。
不足之处是人员年龄偏大，新项目开展较慢，明年将加强青年检定员培养。
述职人：汤建国
2025年12月26日
""",
    ),
    dict(
        slug="gov-suohu-raincoat-subsidy-notice-text-cn-date",
        site="蓑湖乡人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.suohu.gov.cn/tzgg/2025/112.html",
        title="关于发放2025年度棕编技艺传承补贴的通知",
        record_title="关于发放2025年度棕编技艺传承补贴的通知",
        date="2025-12-08",
        notes="Chinese-numeral date; document number neutral; 邮箱 kept",
        page="""
!m 蓑湖乡人民政府 > 信息公开 > 通知公告
{T}
蓑政发〔2025〕37号
{BODY}
!a 【打印】 【关闭】
!m 蓑湖乡人民政府办公室主办　浙ICP备12003018号
""",
        body="""
各村民委员会：
经乡政府研究，对2025年度带徒传艺的棕编艺人发放传承补贴，每带一名学徒补贴一千元。
请各村于12月20日前将名单报乡文化站，电子版发送至shwhz@suohu.gov.cn。
蓑湖乡人民政府
二〇二五年十二月八日
""",
    ),
    dict(
        slug="news-luyuan-waterwheel-brief-text",
        site="辘源日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.luyuanrb.com/bd/2025-07/21/445.html",
        title="辘源三座古水车入选省级农业文化遗产",
        record_title="辘源三座古水车入选省级农业文化遗产",
        date="2025-07-21",
        notes="title glued to lead; reporter line; related list",
        page="""
!m 辘源日报网 · 本地
!m 2025-07-21 07:58 辘源日报
{T}
{BODY}
!l 相关新闻：古水车修缮工程开工｜水车文化公园开放
!m 责任编辑：樊悦
""",
        body="""
⟦m 本报讯（记者 彭川）⟧近日，省农业农村厅公布第二批省级农业文化遗产名单，辘源县三座古水车入选。
这三座水车仍在灌溉农田，总灌溉面积约一千一百亩。
""",
    ),
    dict(
        slug="blog-mojia-millstone-recipe-text",
        site="豆香小记 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://douxiang.blog.me/p/2025/0305",
        title="在磨家村学做石磨豆腐",
        record_title="【随记】在磨家村学做石磨豆腐 | 豆香小记",
        date="2025-03-05",
        notes="bracketed post time; reprint notice; recipe steps numbered",
        page="""
!m 豆香小记 · 吃喝记录
!t 【随记】在磨家村学做石磨豆腐 | 豆香小记
!m [2025-03-05 20:44]
{BODY}
!d 图文原创，未经允许禁止搬运
!l 标签：豆腐 | 乡村 | 美食
""",
        body="""
周末去磨家村姚阿婆家学做豆腐，步骤记下来：
1. 黄豆泡一夜，泡到能掐断。
2. 石磨慢慢推，边推边加水。
3. 豆浆烧开后用卤水点，蹲一刻钟再压。
阿婆说，石磨磨出的豆浆不发热，豆腐才有豆香。
""",
    ),
    dict(
        slug="wechat-fengchang-pinwheel-recruit-text",
        site="公众号文章聚合 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.juhe-mp.cn/a/fc-7711",
        title="风车节志愿者招募啦！",
        record_title="风车节志愿者招募啦！",
        date="2025-03-15",
        notes="mirror; 阅读原文 at bottom; 关注 sentence of content kept",
        page="""
!m 风场青年 · 2025-03-15
{T}
{BODY}
!l 阅读原文　　在看　　赞
!a 微信扫一扫，关注该公众号
""",
        body="""
第三届风车节将于4月6日开幕，现面向社会招募志愿者五十名。
报名请关注“风场青年”公众号，在菜单栏点击“志愿报名”填写信息。
""",
    ),
    dict(
        slug="docshare-chengshan-steelyard-summary-pages",
        site="文档共享站 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wdgxz.com/doc/3329018.html",
        title="砣湾村杆秤合作社2025年工作总结",
        record_title="砣湾村杆秤合作社2025年工作总结.pdf",
        date="2025-12-30",
        notes="page markers own form as lines; pdf file name",
        page="""
!m 文档共享站 > 总结报告
!t 砣湾村杆秤合作社2025年工作总结.pdf
!m 上传：2026-01-03　页数：3
{BODY}
!d 文档来自网友分享，如有侵权请联系删除。
""",
        pages=dict(fmt="〘第{n}页〙", every=45, start=2),
        body="""
今年合作社共制作杆秤两千一百杆，销售收入三十八万元，社员人均增收五千余元。
我们在县城老街开设了展示店，并通过网店把小戥子卖到了外省。
明年计划再吸收两名年轻学徒，申报县级非遗工坊。
砣湾村杆秤专业合作社
2025年12月30日
""",
    ),
    dict(
        slug="qa-raincoat-price-question-text",
        site="问一问社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.wenyiwen.cc/q/77201",
        title="手工棕蓑衣现在卖多少钱一件？",
        record_title="手工棕蓑衣现在卖多少钱一件？求懂行的说说",
        date=None,
        notes="Q&A with decorated question title; 1周前 no date",
        page="""
!m 问一问社区
!t 手工棕蓑衣现在卖多少钱一件？求懂行的说说
!m 匿名用户 · 1周前
{BODY}
!l 赞同 9 · 添加评论 · 分享
""",
        body="""
看做工，普通的三四百元，老艺人全手工编的要上千元，主要买来做装饰和收藏。
""",
    ),
    dict(
        slug="hospital-hengling-lumbar-text",
        site="衡岭县中医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="text",
        source="http://www.hlzyy.com/kp/2025/09.html",
        title="推磨、挑担后腰疼？康复科教您三招",
        record_title="推磨、挑担后腰疼？康复科教您三招",
        date="2025-09-02",
        notes="hospital text; booking row; 咨询电话 kept",
        page="""
!m 衡岭县中医院 · 健康科普
!m 发布日期：2025-09-02
{T}
{BODY}
!a 预约挂号请关注医院服务号
!m 医院总机：0739-6120000
""",
        body="""
秋收季节，不少老人推磨、挑担后出现腰痛。
一是劳动前先活动腰部；二是搬重物时屈膝下蹲，不要弯腰硬提；三是疼痛明显时及时热敷并就医。
康复科咨询电话：0739-6120346。
""",
    ),
    dict(
        slug="assoc-moyang-millstone-pledge-html",
        site="磨阳县豆制品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.mydzp.org/news/2025/1201.html",
        title="石磨豆制品诚信经营倡议书",
        record_title="石磨豆制品诚信经营倡议书",
        date="2025-12-01",
        notes="association page; 监督电话 kept next to association phone",
        page="""
<html><head><meta charset="utf-8"><title>石磨豆制品诚信经营倡议书</title></head><body>
<div class="hd">⟦m 磨阳县豆制品行业协会⟧ ⟦a 会员入口⟧</div>
<h1>{T}</h1>
{BODY}
<div class="ft">⟦m 协会电话：0566-8190012　地址：磨城大道9号⟧</div></body></html>
""",
        body="""
全县豆制品生产经营者：
凡标注“石磨”字样的产品，必须使用石磨工艺，不得以机器磨浆冒充。
欢迎社会监督，监督电话：0566-8190345。
磨阳县豆制品行业协会
2025年12月1日
""",
    ),
]
