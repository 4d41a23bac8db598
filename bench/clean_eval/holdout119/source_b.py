"""holdout119, part B: cupping (拔罐) rooms, clinics and their trade. Invented text."""

CASES = [
    dict(
        slug="hospital-zhangzhu-cupping-room-notice-html",
        site="樟渚县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zzzyy.org.cn/yygg/2025/0605-331.html",
        title="关于治未病中心拔罐诊室调整开诊时间的通知",
        record_title="【院务公告】关于治未病中心拔罐诊室调整开诊时间的通知",
        date="2025-06-05",
        notes="hospital page; department's own 咨询电话 beside the hospital's appointment line; schedule table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于治未病中心拔罐诊室调整开诊时间的通知_樟渚县中医院</title></head><body>
<div class="head">⟦m 樟渚县中医院　二级甲等中医医院⟧ <span>⟦w 预约挂号：0746-12320 转 6⟧</span></div>
<div class="nav">⟦m 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 院务公开⟧</div>
<div class="pos">⟦m 现在位置：首页 — 院务公开 — 医院公告⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 发布：院办　日期：2025-06-05　阅读：1163次⟧</div>
{BODY}
</div>
<div class="share">⟦l 分享：微信 ｜ 微博 ｜ QQ空间⟧</div>
<div class="rel">⟦l 相关公告：三伏贴预约开始啦⟧<br>⟦l 相关公告：端午节门诊安排⟧</div>
<div class="kf">⟦a 智能导诊⟧ ⟦a 返回顶部⟧</div>
<div class="copy">⟦m 地址：樟渚县解放西路122号⟧　⟦m 湘ICP备16008820号-3⟧　⟦d 本站信息仅供参考，不能作为诊断及医疗依据⟧</div>
</body></html>
""",
        body="""
各位患者：
为满足夏季三伏期间群众的理疗需求，自2025年6月9日起，我院治未病中心拔罐诊室开诊时间调整如下：
时段　周一至周五　周六、周日
上午　7:30—12:00　8:00—12:00
下午　14:00—18:30　14:30—17:30
拔罐诊室实行分时段预约，每个时段限约20人。孕妇、皮肤破损者、有出血倾向者不宜拔罐，就诊前请主动告知医生。
咨询电话：0746-7231856（治未病中心护士站）。
樟渚县中医院
2025年6月5日
""",
    ),
    dict(
        slug="blog-aicao-cupping-diary-text",
        site="艾草堂随笔 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://aicaotang.blog.xiaowu.cn/post/2025-01-12.html",
        title="学拔罐的第三个月：火罐、气罐和我的笨手",
        record_title="学拔罐的第三个月：火罐、气罐和我的笨手 | 艾草堂随笔",
        date="2025-01-12",
        notes="blog post; bracketed post time; tags and archive after; a 关注 sentence that is content",
        page="""
!m 艾草堂随笔 —— 一个社区理疗师的碎碎念
!m 首页　归档　关于我　友链
{T}
!m [2025-01-12 22:47]　分类：学艺笔记　阅读(208)　评论(5)
{BODY}
!l 标签：拔罐　理疗　学徒日记
!l « 学拔罐的第二个月　|　腊月里的艾灸课 »
!l 发表评论（昵称必填）
!m 本博客由 小屋博客 提供空间
""",
        body="""
跟着诊所的罗师傅学拔罐，到今天整整三个月了。
头一个月只让看，不让上手。罗师傅说，拔罐看着简单，闪火、扣罐、留罐、起罐，每一步手上都要有数。火候不够吸不住，火候太大就烫伤人。
第二个月开始在自己腿上练。我手笨，前几天总把罐口烤得太热，小腿上留了两个红圈。罗师傅没骂我，只是让我每天扣一百次空罐，练手腕。
这个月终于给熟客上手了。气罐比火罐好掌握，可老人们还是更信火罐，说“火罐拔着才透”。我想，技术之外，让人放心才是这门手艺最难的部分。
写到这里，突然想起罗师傅常说的一句话：先关注人，再关注罐。
""",
    ),
    dict(
        slug="wechat-songyu-cupping-myths-html",
        site="松屿健康 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="news",
        form="html",
        source="https://mp.songyu-mirror.com/s/Kq7vT2fQ0aB",
        title="拔罐后罐印越紫越好？这五个说法别再信了",
        record_title="拔罐后罐印越紫越好？这五个说法别再信了丨松屿健康",
        date="2025-07-18",
        notes="WeChat mirror: account bar, 阅读原文/在看/赞 row, follow card, a caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>拔罐后罐印越紫越好？这五个说法别再信了</title></head><body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 原创　松屿县卫生健康局　松屿健康　2025年7月18日 07:30　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="foot">⟦l 阅读原文　　阅读 3.1万　　赞 406　　在看 88⟧</div>
<div class="qr">⟦a 长按识别二维码，关注松屿健康⟧</div>
<div class="mirror">⟦m 本页由公号阅读器抓取，原文版权归原作者⟧ ⟦l 上一篇　下一篇⟧</div>
</div>
</body></html>
""",
        p_html='<section><p>{}</p></section>',
        body="""
三伏天到了，不少市民走进理疗馆拔罐祛湿。但关于拔罐，流传着不少似是而非的说法。县中医院治未病中心主任徐青禾为大家逐一解读。
说法一：罐印越紫，说明湿气越重。其实，罐印颜色主要与负压大小、留罐时间和个人皮肤毛细血管状况有关，不能简单等同于“湿气”。
⟦l 图为县中医院治未病中心医生为市民拔罐（资料图）⟧
说法二：拔得越久效果越好。一般留罐10分钟左右即可，时间过长容易起水疱，甚至感染。
说法三：天天拔罐能排毒。同一部位两次拔罐最好间隔3到5天，等罐印消退后再拔。
说法四：人人都适合拔罐。孕妇、严重心脏病患者、皮肤过敏或破损者以及有出血倾向的人不宜拔罐。
说法五：拔完马上洗澡更舒服。拔罐后毛孔处于开放状态，建议4小时后再洗澡，并注意保暖。
""",
    ),
    dict(
        slug="training-qihuang-cupping-course-plan-text",
        site="岐黄源中医技能培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qihuangyuan-edu.com/kecheng/baguan-2025.html",
        title="2025年保健拔罐师职业技能培训教学计划",
        record_title="2025年保健拔罐师职业技能培训教学计划【岐黄源培训】",
        date=None,
        notes="training-school page; enrolment hotline and trial-lesson prompt; the plan's own 报名咨询 line kept; decimal headings",
        page="""
!m 岐黄源中医技能培训学校｜人社部门备案机构
!w 报名热线 400-915-2688　微信同号 qhy_peixun
!m 课程中心 / 中医保健 / 拔罐
!t 2025年保健拔罐师职业技能培训教学计划【岐黄源培训】
{BODY}
!a 立即预约试听　　领取课程资料包
!l 学员评价 ★★★★★ “老师手把手教，一周就敢上手了。”——学员 小周
!l 热门课程：小儿推拿　艾灸调理　刮痧技术
!d ©2025 岐黄源中医技能培训学校　本页课程价格以前台公示为准
""",
        body="""
1 培训目标
1.1 掌握拔罐的基本理论、适应证和禁忌证。
1.2 能够独立完成火罐、气罐、走罐、闪罐等常用操作，并能处理烫伤、晕罐等意外情况。
2 课程安排
2.1 理论课16学时：经络腧穴基础、拔罐原理、消毒与感染防控、职业道德。
2.2 实操课40学时：分组练习，学员之间互拔，教师逐一纠正手法。
2.3 考核4学时：理论笔试与实操考核各占50%，合格者颁发培训结业证书。
3 报名须知
3.1 年满18周岁，初中及以上文化程度，身体健康。
3.2 每期限招24人，满员即止。报名咨询：0731-8226419（教务处，工作日）。
""",
    ),
    dict(
        slug="wiki-baike-cupping-entry-text",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.zhiyuan-wiki.cn/item/拔罐疗法/50218",
        title="拔罐疗法",
        record_title="拔罐疗法_知源百科",
        date=None,
        notes="encyclopaedia entry; edit links; example dates inside sentences are not dates; numbered list",
        page="""
!m 知源百科　让知识有源头
!a 编辑　　讨论　　上传视频
!t 拔罐疗法_知源百科
{T}
!m 本词条由“知源百科·中医药”编审团队审核
{BODY}
!l 词条标签：中医　外治法　非药物疗法
!m 浏览次数：41万次　最近更新：杏林小编（今天）
!a 我来完善　　纠错
!d 知源百科内容仅供参考，如需医疗服务请咨询专业人士。
""",
        body="""
拔罐疗法，是以罐为工具，利用燃火、抽气等方法排出罐内空气形成负压，使罐吸附于腧穴或体表一定部位的一种中医外治方法，古称“角法”。
历史沿革
早在马王堆汉墓出土的帛书中，就有用兽角治病的记载。唐代以后竹罐逐渐流行，清代赵学敏在《本草纲目拾遗》中专列“火罐气”一节。
常见方法
1. 留罐法：将罐吸附后留置10至15分钟。
2. 走罐法：在罐口和皮肤上涂抹润滑剂，推动罐体在皮肤上往返移动。
3. 闪罐法：将罐吸附后立即取下，反复多次。
注意事项
高热抽搐、皮肤溃疡、孕妇腹部和腰骶部等不宜拔罐。某地卫生健康部门曾于2019年5月发布提示，提醒群众选择有资质的机构接受拔罐服务。
""",
    ),
    dict(
        slug="wenku-douding-cupping-infection-sop-pages",
        site="豆丁文库 替身：丁香文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rules",
        form="text",
        source="https://www.dingxiang-wenku.com/p-20250311-77382.html",
        title="中医拔罐技术相关性感染预防与控制操作规程",
        record_title="中医拔罐技术相关性感染预防与控制操作规程.pdf",
        date=None,
        notes="preview page cut by page markers of our own form; preview-end prompt; file-name title",
        page="""
!m 丁香文库 > 医药卫生 > 中医中药
!t 中医拔罐技术相关性感染预防与控制操作规程.pdf
!m 上传者：杏林**　|　共6页　|　下载券：3　|　上传于 2025-03-11
!a 下载文档　加入书架　分享　举报
{BODY}
!a 预览已结束，剩余3页可下载查看
!a 下载本文档需要3下载券，开通会员免费下载
!l 相关文档：针刺技术相关性感染预防规程.docx　刮痧操作规范.pdf
!d 该文档为用户上传，文库仅提供信息存储空间，如涉侵权请联系删除。
""",
        pages=dict(fmt="⁅{n}⁆", every=140, start=2),
        body="""
一、目的
规范拔罐技术操作中的感染预防与控制，降低因罐具重复使用、皮肤损伤等引起的感染风险，保障患者安全。
二、适用范围
本规程适用于本院各临床科室及治未病中心开展的火罐、气罐、走罐、刺络拔罐等操作。
三、罐具管理
（一）罐具应一人一用一清洁一消毒，刺络拔罐所用罐具应一人一用一灭菌。
（二）使用后的罐具先用流动水冲洗，再用含有效氯500mg/L的消毒液浸泡30分钟，冲净晾干后清洁保存。
（三）消毒后的罐具应存放于清洁、干燥的专用柜内，标明消毒日期。
四、操作要求
操作前，操作者应洗手或进行卫生手消毒；刺络拔罐时应戴无菌手套，对施术部位皮肤进行消毒。起罐后如出现水疱，小的可任其自然吸收，大的应在无菌操作下处理。
""",
    ),
    dict(
        slug="assoc-sanxiang-cupping-standard-speech-html",
        site="三湘中医保健行业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.sxzybj-xh.org/xhdt/2025/04/2287.html",
        title="在《保健拔罐服务规范》团体标准发布会上的讲话",
        record_title="【协会动态】在《保健拔罐服务规范》团体标准发布会上的讲话",
        date="2025-04-22",
        notes="association page; speaker line and date under the title neutral; member-login box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在《保健拔罐服务规范》团体标准发布会上的讲话-三湘中医保健行业协会</title></head><body>
<table width="100%"><tr><td>⟦m 三湘中医保健行业协会⟧</td><td align="right">⟦a 会员登录　入会申请⟧</td></tr></table>
<div class="menu">⟦m 协会概况　协会动态　标准规范　会员风采　党建园地⟧</div>
<div class="here">⟦m 当前位置 : 协会动态⟧</div>
<h2>{T}</h2>
<p class="center">协会会长　龙秋萍</p>
<p class="center">（2025年4月22日）</p>
{BODY}
<p class="meta">⟦m 编辑：秘书处　审核：周建⟧</p>
<div class="links">⟦l 友情链接：省中医药管理局 | 省卫生健康委 | 省市场监管局⟧</div>
<div class="bottom">⟦m 协会地址：长岭市芙蓉北路77号7楼　电话：0731-8910352⟧　⟦d 版权所有 未经许可不得复制⟧</div>
</body></html>
""",
        body="""
各位会员单位代表，同志们：
今天，我们在这里发布《保健拔罐服务规范》团体标准。这是我省中医保健行业的第一项服务类团体标准，标志着行业规范化发展迈出了重要一步。
近年来，全省拔罐、推拿等保健服务门店快速增长，目前已超过1.2万家。但也要看到，一些门店从业人员没有经过系统培训，罐具消毒不到位，夸大宣传“排毒”“治病”等问题时有发生，损害了消费者权益，也影响了行业形象。
这项标准对从业人员资质、服务场所条件、罐具消毒、操作流程、禁忌人群告知等作了明确规定。希望各会员单位带头贯彻，协会将组织第三方开展达标评价，评价结果向社会公布。
同志们，规范才能长远。让我们共同努力，让群众放心走进每一家拔罐门店！
""",
    ),
    dict(
        slug="lawfirm-mingjian-cupping-burn-case-text",
        site="明鉴律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="https://www.mingjian-law.cn/anli/yiliao/1093.html",
        title="拔罐致烫伤，理疗馆该赔多少？——一起消费者权益纠纷评析",
        record_title=None,
        date="2025-05-08",
        notes="law-firm case note; lawyer's consult line is chrome; the firm's case date in the byline",
        page="""
!m 明鉴律师事务所　专业·诚信·高效
!m 首页 | 律所简介 | 专业团队 | 经典案例 | 法律文书
!m 经典案例 ＞ 医疗与消费纠纷
{T}
!m 作者：彭书远律师　　发布时间：2025-05-08　　阅读量：732
{BODY}
!w 遇到类似纠纷？彭律师在线解答，电话/微信：139-7310-4682
!d 本文仅为案例评析，不构成对具体案件的法律意见。
!l 推荐阅读：美容院退卡难怎么办　｜　健身房跑路，预付款能追回吗
!m 律所地址：樟渚县五一路明鉴大厦12楼
""",
        indent="\u3000\u3000",
        body="""
【基本案情】
2024年8月，消费者刘某在某理疗馆接受拔罐服务。操作人员在闪火时不慎将酒精滴落，导致刘某背部二度烫伤，住院治疗12天。刘某要求理疗馆赔偿医疗费、误工费等共计2.6万元，双方协商未果，刘某诉至法院。
【法院判决】
法院审理认为，理疗馆作为经营者，应当保障消费者的人身安全。其操作人员未取得相关培训证明，操作中存在明显过失，应承担全部赔偿责任。最终判决理疗馆赔偿刘某各项损失共计2.31万元。
【律师评析】
一是经营者的安全保障义务不能以“消费者自愿”为由免除；二是消费者应保留好付款记录、病历等证据；三是选择理疗机构时，可要求查看营业执照和从业人员培训证明。
""",
    ),
    dict(
        slug="download-zhongyi-cupping-lesson-oldtable-html",
        site="杏苑教学资源下载站 (invented)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="html",
        source="http://down.xingyuan-jx.com/soft/2025/6631.htm",
        title="中职《中医适宜技术》拔罐法教学设计",
        record_title="中职《中医适宜技术》拔罐法教学设计.doc下载",
        date=None,
        notes="old gb2312 table layout: file-info table, mirror links, dead-link report; lesson plan with steps",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>中职《中医适宜技术》拔罐法教学设计.doc下载 - 杏苑教学资源下载站</title></head>
<body bgcolor="#FFFFFF">
<table width="960" border="0" align="center"><tr><td><font size="5">⟦m 杏苑教学资源下载站⟧</font></td><td>⟦m www.xingyuan-jx.com⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您的位置：首页 &gt;&gt; 医药卫生 &gt;&gt; 中职教案⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 资料名称：中职《中医适宜技术》拔罐法教学设计.doc⟧</td><td>⟦m 资料大小：58 KB⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-02⟧</td><td>⟦m 下载次数：本日12 本月340⟧</td></tr>
<tr><td colspan="2">⟦a 下载地址：[电信下载] [联通下载] [备用下载]⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点此报告死链⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资源均来自网络，版权归原作者所有，仅供教学研究使用⟧<br>⟦m Copyright 2009-2025 杏苑 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
【教学目标】
知识目标：说出拔罐法的适应证和禁忌证。
技能目标：能在模拟人身上规范完成闪火法拔罐和起罐。
素养目标：树立安全操作意识和人文关怀意识。
【教学重难点】
重点：闪火法操作步骤。难点：吸拔力度和留罐时间的掌握。
【教学过程】
1. 情境导入（5分钟）：播放社区理疗室拔罐视频，提问“怎样判断罐吸得牢不牢”。
2. 示范讲解（15分钟）：教师分步示范，强调酒精棉球不能过湿、火焰不能在罐口停留。
3. 分组练习（20分钟）：两人一组在模拟人身上练习，互相评价。
4. 总结评价（5分钟）：学生填写操作评价表，教师点评。
【课后作业】
打印本节操作评价表，课后在家人身上练习气罐操作一次并记录感受。
""",
    ),
    dict(
        slug="app-bixie-cupping-clinic-report-text",
        site="笔谐写作APP (invented)",
        style="范文APP",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.bixie-app.com/doc/8f2e11a0c3",
        title="关于我县保健拔罐服务门店规范经营情况的调研报告",
        record_title="关于我县保健拔罐服务门店规范经营情况的调研报告 - 笔谐",
        date="2025-08-15",
        notes="writing-app share page; open-in-app prompts; the report's own date at the end",
        page="""
!a 打开笔谐APP，阅读体验更佳
!m 笔谐 · 公文写作助手
!t 关于我县保健拔罐服务门店规范经营情况的调研报告 - 笔谐
!m 来自 笔谐用户 @青简　·　字数 712　·　分享于 刚刚
{BODY}
!a 剩余内容已折叠，在APP内继续阅读
!a AI一键改写　　套用此模板
!l 大家还在写：保健服务行业监管调研报告　｜　消费投诉分析报告
!d 内容由用户创作，笔谐仅提供技术服务
""",
        body="""
根据县政协年度协商计划，今年6月至7月，调研组采取实地走访、座谈交流、问卷调查等方式，对全县保健拔罐服务门店经营情况进行了专题调研。现将有关情况报告如下。
一、基本情况
全县现有提供拔罐服务的门店136家，其中单独经营的理疗馆58家，足浴、美容兼营的78家。从业人员约420人，持有培训结业证书的占41%。
二、存在问题
一是从业人员资质参差不齐；二是罐具消毒不规范，抽查的30家门店中有11家未做到一人一罐一消毒；三是部分门店虚假宣传，宣称拔罐能“治疗”高血压、糖尿病。
三、对策建议
建议由市场监管、卫生健康部门联合制定门店服务指引，推动行业协会开展从业人员培训，将消毒记录纳入日常检查内容。
县政协社会和法制委员会调研组
2025年8月15日
""",
    ),
    dict(
        slug="collection-laoxu-cupping-essay-text",
        site="老徐杂记 个人文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://www.laoxu-zaji.cn/wenji/juan2/41.html",
        title="外婆的竹罐",
        record_title="《老徐杂记》卷二·第41篇｜外婆的竹罐",
        date=None,
        notes="personal collection; chapter navigation; no date; a line of chrome between paragraphs",
        page="""
!m 老徐杂记 · 徐默存文集
!m 目录 ＞ 卷二 乡土旧事
!t 《老徐杂记》卷二·第41篇｜外婆的竹罐
{T}
{BODY}
!l ← 第40篇 端午的雄黄酒　｜　第42篇 晒谷场上的月亮 →
!l 返回卷二目录
!m 本文集收录作者1998年以来的散文随笔
!d 转载请注明出处，谢谢。
""",
        indent="\u3000\u3000",
        body="""
外婆有一套竹罐，是外公年轻时用山上的毛竹截的，一共七只，大小不一，罐口磨得溜光。
小时候，谁家有人腰疼、受了风寒，就来找外婆。外婆把竹罐放进药水锅里煮，煮透了用筷子夹出来，甩干水，趁热扣在背上。罐子“啵”的一声吸住，屋里就弥漫着一股艾叶和竹子混合的香味。
⟦a 点击展开全文（本篇约1500字）⟧
外婆不收钱，人家过意不去，就送一把青菜、几个鸡蛋。她总说，竹罐是外公留下的，能帮人一把，就是外公还在帮人。
如今外婆走了十多年，竹罐只剩下三只，放在我书房的柜子里。有时候拿出来看看，仿佛还能闻到那股药香。
""",
    ),
]
