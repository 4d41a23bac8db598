"""holdout75, part B: a pump station's forwarded request, a stamp collector's blog, a square-dance
team on a residents' site, a veterinary clinic's answer, a ceramics factory in a news portal, a
magicians' association on a 范文 site, a school brass band, a hospital's hearing clinic, a
nail-art school, a retired tailor's collection and a scrap-recycling station in a snapshot.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="pump-station-shuiyuan-request-fwd",
        site="菀溪水务局邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:swj-bgs@wanxi.example.gov.cn#msg-20250417-0932",
        title="关于申请解决城西排灌泵站机组更新改造资金的请示",
        record_title="转发：关于申请解决城西排灌泵站机组更新改造资金的请示",
        date="2025-04-15",
        date_also=["2025-04-17"],
        notes="forwarded mail: From/To/Date/Subject headers, the forwarder's note, a mail's own 附件 header beside the document's 附件 line; 抄送 kept; mail footer",
        page="""
!m 发件人：城西排灌站 <cxpgz@wanxi.example.gov.cn>
!m 收件人：局办公室 <swj-bgs@wanxi.example.gov.cn>
!m 时间：2025年4月17日 (星期四) 上午9:32
!m 主题：转发：关于申请解决城西排灌泵站机组更新改造资金的请示
!m 附件：1 个（泵站机组检测报告.pdf　2.3MB）
-------- 转发的邮件 --------
{BODY}
!d 此邮件由政务邮箱系统发送，如非指定收件人，请勿阅读、转发并立即删除。
!a 回复　回复全部　转发　删除　标记为未读
""",
        body="""
局党组：
城西排灌泵站建成于1987年，承担城区西片约3.2万亩农田排涝和城西新区防洪排水任务。
经省水利工程质量检测中心检测，站内4台机组中3台主电机绝缘老化，水泵叶轮汽蚀严重，已被评定为三类机组，存在较大安全隐患。
为确保今年安全度汛，拟对3台机组进行更新改造，经初步测算需资金186万元。
恳请局党组研究，帮助向县财政申请解决。
妥否，请批示。
附件：城西排灌泵站机组安全检测报告
城西排灌站
2025年4月15日
（联系人：邹建华，电话：0731-8712206）
抄送：县财政局农业农村股
""",
    ),
    dict(
        slug="stamp-blog-yanshi-insight",
        site="集邮斋主人的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.youchuo.example.cn/jiyouzhai/article/20250318",
        title="参加县集邮协会“邮票里的家乡”讲座心得",
        record_title="参加县集邮协会“邮票里的家乡”讲座心得_集邮斋主人_新浪博客风格",
        date="2025-03-16",
        notes="blog: bracketed post time as the page's publish line, tags, a classification line, comment box; 下载 in a sentence of the document",
        page="""
!m 集邮斋主人的博客
!m 首页　博文目录　图片　关于我
{T}
!m (2025-03-16 21:07:45)
!l 标签：集邮　讲座　家乡　邮票　　分类：邮友往来
{BODY}
!m 阅读(64)　评论(3)　收藏(2)　转载　喜欢▼
!l 前一篇：给新入会的小邮友的一封信
!l 后一篇：纪念封上的那座老桥
!l 发评论　　验证码：
""",
        body="""
周六下午，我参加了县集邮协会在老年活动中心举办的“邮票里的家乡”专题讲座。
主讲人卞老师从一枚1958年的普通邮票讲起，讲到我们县第一次出现在邮资图上的那座古桥，听得大家津津有味。
让我印象最深的是，卞老师说集邮不是囤积，而是读史，每一枚邮票背后都有一段值得讲述的故事。
讲座结束后，协会还把讲稿和图片放在了群文件里，供会员下载学习。
我准备把家里收藏的几枚家乡题材邮票整理成一部小型专题邮集，明年参加县里的邮展。
""",
    ),
    dict(
        slug="square-dance-weiling-covenant-community-html",
        site="蓊岭街道和美社区网 (invented)",
        style="社区网站",
        genre="公约",
        kind="other",
        form="html",
        source="https://hemei.wengling.example.com/gg/2025/0506/92.html",
        title="和美社区广场舞文明健身公约",
        record_title="和美社区广场舞文明健身公约-蓊岭街道和美社区",
        date="2025-05-06",
        notes="residents' site: numbered list kept; decibel table; volunteer duty phone (document) beside the grid hotline (site); 点赞 bar and comment count",
        page="""
<html><head><meta charset="utf-8"><title>和美社区广场舞文明健身公约-蓊岭街道和美社区</title></head><body>
<div class="top">⟦m 蓊岭街道和美社区⟧ ⟦m 网格服务热线 0734-8890123⟧</div>
<div class="menu">⟦m 社区首页 · 居务公开 · 邻里互助 · 便民服务 · 居民议事⟧</div>
<h2>⟦t 和美社区广场舞文明健身公约⟧</h2>
<p class="info">⟦m 社区居委会　发布：2025年5月6日　围观：1076⟧</p>
<div class="art">
{BODY}
</div>
<div class="like">⟦a 👍 赞同 58　　💬 评论 12　　↗ 转发到邻里群⟧</div>
<div class="links">⟦l 居民议事厅往期话题：电动车飞线充电怎么管？⟧</div>
<div class="footer">⟦d 和美社区版权所有　技术支持：蓊岭智慧社区平台⟧</div>
</body></html>
""",
        body="""
为营造和谐安静的居住环境，经居民议事会讨论通过，制定本公约，请各广场舞队共同遵守。
1.活动时间：早上7:00至8:30，晚上19:00至21:00，中考、高考期间晚间暂停活动。
2.音量控制：音响须朝向广场中心摆放，音量按下表执行。
时段　活动区域　音量上限
早间　中心广场　60分贝
晚间　中心广场　65分贝
全天　靠近3栋区域　55分贝
3.文明礼让：不占用消防通道和盲道，活动结束后带走个人垃圾。
4.相互监督：各队推选1名联络员，居民对噪音有意见可联系社区志愿者值班电话13574420611。
和美社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="vet-clinic-qiongxi-answer-qa",
        site="问宠达人问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.wenchong.example.com/q/229184",
        title="狗狗打完狂犬疫苗后可以洗澡吗？",
        record_title="狗狗打完狂犬疫苗后可以洗澡吗？- 问宠达人",
        date=None,
        notes="Q&A: an answerer's card, relative times (2天前) not a date; a 'paid consultation' prompt; other answers list",
        page="""
!m 问宠达人 · 养宠问题一问就答
!t 狗狗打完狂犬疫苗后可以洗澡吗？
!m 提问者：棉花糖的铲屎官　2天前　浏览 3107
!m 最佳答案　芎原县安康动物诊所　执业兽医师 苗立人　已回答 1806 个问题
{BODY}
!a 采纳　｜　有用(214)　｜　追问
!w 宠物不舒服？在线问兽医，9.9元/次，平均5分钟回复
!l 其他回答（6）
!l 类似问题：猫咪打疫苗后精神不好正常吗？
""",
        body="""
建议接种狂犬疫苗后7天内不要给狗狗洗澡。
接种后狗狗的免疫系统正在产生抗体，洗澡容易着凉感冒，可能影响免疫效果，注射部位沾水也可能引起局部感染。
接种后半小时最好在诊所留观，观察有没有呕吐、面部肿胀、呼吸急促等过敏反应。
如果狗狗实在太脏，可以用湿毛巾局部擦拭，或者使用宠物专用的免洗干洗粉。
另外提醒一下，狂犬疫苗需要每年加强接种一次，记得保存好免疫证。
""",
    ),
    dict(
        slug="ceramics-factory-yuanshui-news-portal",
        site="芫水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuanshuinews.example.com/jj/2025-10/21/content_77120.html",
        title="芫水陶瓷厂窑炉煤改气项目建成投产",
        record_title="芫水陶瓷厂窑炉煤改气项目建成投产_经济_芫水新闻网",
        date="2025-10-21",
        notes="news portal: byline with time and source line (the page date), photo caption between paragraphs, 责任编辑 glued after the last paragraph, hot list; 扫码 in the footer (chrome)",
        page="""
<html><head><meta charset="utf-8"><title>芫水陶瓷厂窑炉煤改气项目建成投产_经济_芫水新闻网</title>
<script src="/js/ad.js"></script></head><body>
<div class="nav">⟦m 芫水新闻网　首页　时政　经济　社会　文旅　视频　专题⟧</div>
<h1>⟦t 芫水陶瓷厂窑炉煤改气项目建成投产⟧</h1>
<div class="byline">⟦m 2025-10-21 08:46　来源：芫水日报　记者 韦晓庆 通讯员 覃朝⟧</div>
<div class="article">
{BODY}
</div>
<div class="hot"><h3>⟦l 热点排行⟧</h3><ol><li>⟦l 城区三条道路今起实施夜间施工⟧</li><li>⟦l 芫水柑橘节将于下月开幕⟧</li></ol></div>
<div class="foot">⟦a 扫码下载“芫水新闻”客户端⟧<br>⟦d 未经本网书面授权，不得转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证：43120190021⟧</div>
</body></html>
""",
        body="""
10月19日，芫水陶瓷厂两条辊道窑炉煤改气项目点火成功，标志着这家有着六十多年历史的老厂告别了燃煤时代。
项目总投资2300万元，新建天然气调压站一座，对窑炉燃烧系统和余热回收装置进行了全面改造。
⟦m 图为工人在检查改造后的辊道窑。记者 韦晓庆 摄⟧
据测算，改造后每年可减少燃煤消耗1.6万吨，二氧化硫排放量下降九成以上，产品优等品率提高约4个百分点。
厂长欧阳平介绍，下一步将利用厂区屋顶建设分布式光伏，力争三年内建成绿色工厂。⟦m （责任编辑：蓝小雨）⟧
""",
    ),
    dict(
        slug="magic-assoc-yiliang-summary-fanwen",
        site="范文宝库网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.fanwenbk.example.com/zongjie/xiehui/88103.html",
        title="县魔术协会2024年度工作总结",
        record_title="【精选】县魔术协会2024年度工作总结（通用3篇）",
        date=None,
        notes="范文 site: decorated title, a writing-service prompt glued after a sentence, a copy lock between paragraphs, 篇一 heading kept; year only in the title, no date",
        page="""
!m 范文宝库网 - 您身边的写作助手
!m 当前位置：范文宝库 > 工作总结 > 协会工作总结
!t 【精选】县魔术协会2024年度工作总结（通用3篇）
!m 时间：2小时前　作者：宝库小编　热度：5821℃
{BODY}
!a 下载本文档（Word版）　　复制全文
!l 相关推荐：文艺协会年度工作总结　曲艺家协会工作计划　协会换届工作报告
!d 本站范文来源于网络，仅供参考学习，如有侵权请联系管理员删除。
""",
        body="""
县魔术协会2024年度工作总结
2024年，协会在县文联的领导下，团结全县魔术爱好者，积极开展惠民演出和人才培养工作。⟦w 需要原创定制材料？联系客服微信 bk_xz2025⟧
一、惠民演出有声有色。全年组织“魔术进社区”“魔术进校园”演出28场，观众超过一万人次。
⟦a 本站内容已加密，复制请先登录⟧
二、人才培养稳步推进。举办青少年魔术培训班2期，培训学员76名，其中5名学员在市级比赛中获奖。
三、协会建设不断加强。新发展会员19名，修订完善了会员管理办法和演出安全规范。
新的一年，协会将继续坚持为群众服务，努力创作更多具有地方特色的魔术节目。
""",
    ),
    dict(
        slug="brass-band-shiyuan-school-notice-edu",
        site="莳原县第二中学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.syez.example.edu.cn/xwzx/tzgg/2025-09-03/1411.html",
        title="关于校管乐团2025年秋季招收新团员的通知",
        record_title=None,
        date="2025-09-03",
        notes="school portal: no record title; schedule table; a parents' 回执 with 年 月 日 placeholders kept; 打印 in a sentence of the document; footer with 邮编",
        page="""
<html><head><meta charset="utf-8"><title>莳原县第二中学</title></head><body>
<div class="head">⟦m 莳原县第二中学　厚德　笃学　尚美⟧</div>
<div class="nav">⟦m 学校概况 | 新闻中心 | 通知公告 | 德育天地 | 艺体之窗 | 家校共育⟧</div>
<div class="path">⟦m 位置：首页→通知公告⟧</div>
<div class="title">⟦t 关于校管乐团2025年秋季招收新团员的通知⟧</div>
<div class="from">⟦m 作者：艺体处　来源：本站原创　点击数：865　更新时间：2025-09-03⟧</div>
<div class="text">
{BODY}
</div>
<div class="print">⟦a 【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</div>
<div class="foot">⟦m 地址：莳原县学府路18号　邮编：421600　电话：0734-6611002⟧ ⟦d 版权所有 莳原县第二中学⟧</div>
</body></html>
""",
        body="""
各班主任、全体七年级新生家长：
校管乐团成立于2012年，曾获市中小学生艺术展演一等奖。为培养学生音乐素养，现面向七年级新生招收新团员30名。
一、招收声部：长笛、单簧管、萨克斯、小号、长号、圆号、打击乐。
二、测试安排
日期　时间　地点
9月10日　16:30—17:30　艺术楼302室
9月11日　16:30—17:30　艺术楼302室
三、报名方式：请家长打印并填写下方回执，于9月8日前交班主任。
回执
学生姓名：＿＿＿＿　班级：＿＿＿＿　意向声部：＿＿＿＿
家长签名：＿＿＿＿　　　年　　月　　日
莳原县第二中学艺体处
2025年9月3日
""",
    ),
    dict(
        slug="hearing-clinic-kuaichuan-hospital-screening",
        site="蒯川县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.kcxrmyy.example.com/yyxw/2025/0228/1903.html",
        title="关于开展“爱耳日”免费听力筛查和助听器验配咨询活动的通知",
        record_title="关于开展“爱耳日”免费听力筛查和助听器验配咨询活动的通知_医院新闻_蒯川县人民医院",
        date="2025-02-27",
        notes="hospital site: the department's 咨询电话 beside the hospital's 24-hour line and 预约挂号 prompt; 关注 the hospital account as part of the document; page markers none",
        page="""
!m 蒯川县人民医院　二级甲等综合医院
!m 预约挂号　|　智慧缴费　|　报告查询　|　院务公开
!m 首页 》 医院新闻 》 通知公告
{T}
!m 发稿：耳鼻咽喉科　审核：医务科　2025-02-28
{BODY}
!m 急诊急救24小时电话：0745-2226120
!a 预约挂号请点击：微信 → 蒯川县人民医院服务号 → 门诊预约
!l 上一条：我院开展春季消防安全演练
!l 下一条：关于调整部分科室门诊时间的公告
""",
        body="""
3月3日是全国爱耳日，为提高群众爱耳护耳意识，我院耳鼻咽喉科定于3月3日至3月7日开展免费听力筛查和助听器验配咨询活动。
一、活动地点：门诊楼三楼耳鼻咽喉科听力检查室。
二、活动内容：纯音听阈测试、声导抗检查、耳内镜检查，由主治以上医师提供助听器选配咨询。
三、重点人群：60岁以上老年人、长期噪声环境下工作人员、自觉听力下降者。
四、注意事项：请携带身份证和以往检查资料，每日限筛查60人，额满为止。
活动期间，关注医院官方公众号即可在线查询筛查结果。
咨询电话：0745-2226358（耳鼻咽喉科，工作日8:00—17:30）
蒯川县人民医院
2025年2月27日
""",
    ),
    dict(
        slug="nail-art-school-lishan-course-plan-wrapped",
        site="俪美美甲培训学校 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.limei-nail.example.com/kecheng/2025/yjb.html",
        title="俪美美甲培训学校2025年秋季初级班教学计划",
        record_title="俪美美甲培训学校2025年秋季初级班教学计划",
        date="2025-08-20",
        notes="hard-wrapped at 60 columns; course table; a free-trial lesson box and consult QQ at the bottom; enrolment ad between paragraphs",
        wrap=60,
        indent="　　",
        page="""
!m 俪美美甲培训学校 — 一技在手 就业无忧
!m 招生热线：0731-8560-2288　校区：苈湾县商贸城B座4楼
{T}
!m 发布人：教务处　发布时间：2025-08-20
{BODY}
!a 【免费试听一节课】立即预约 >>
!w 课程顾问QQ：3198822017　微信同号
!d ©俪美教育 保留一切权利
""",
        body="""
为规范教学管理，保证教学质量，结合本校实际，制定2025年秋季初级班教学计划。
一、培训目标：学员结业时能够独立完成基础修型、纯色涂抹和简单彩绘，达到初级美甲师技能水平。
二、课程安排
周次　内容　课时
第1周　手部护理与修型　12
第2周　纯色及渐变涂抹　12
第3周　基础彩绘与贴饰　12
第4周　综合练习与考核　12
⟦a 秋季班火热报名中，前20名报名赠送工具箱⟧
三、考核方式：理论占30%，实操占70%，合格者颁发结业证书。
四、其他要求：学员须遵守工作室卫生消毒制度，工具一客一消毒。
俪美美甲培训学校教务处
2025年8月20日
""",
    ),
    dict(
        slug="tailor-retired-dengshui-speech-collection",
        site="针线人生——老邓文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.laodengwenji.example.cn/wj/2019/032.html",
        title="在县被服厂退休职工座谈会上的发言",
        record_title="文集·卷二第32篇｜在县被服厂退休职工座谈会上的发言",
        date="2019-10-08",
        notes="personal collection: chapter nav, a date under the speech title (neutral) in Chinese numerals, the collector's note at the end as chrome; a 写于 line absent",
        page="""
!m 针线人生——老邓文集
!m 卷一　卷二　卷三　｜　目录
!t 文集·卷二第32篇｜在县被服厂退休职工座谈会上的发言
原县被服厂裁剪车间主任　邓守田
（二〇一九年十月八日）
{BODY}
!m 整理者按：此文据手稿录入，个别字句有改动。
!l ← 上一篇：第一台缝纫机　　下一篇：给徒弟的信 →
!m 本集收文 118 篇　最后更新于 2024 年
""",
        body="""
各位老同事、厂领导：
今天厂里请我们这些老家伙回来坐一坐，我心里很高兴，也很感慨。
我十七岁进厂当学徒，在裁剪台边站了三十八年，厂里做过的军被、棉大衣、工作服，数都数不清。
那时候没有电剪刀，一刀下去几十层布，靠的是手上的功夫和心里的那把尺。
现在厂子改制了，设备也换了，但我希望年轻人记住，做衣服和做人一样，要量准了再下剪。
最后，祝老同事们身体健康，祝厂子越办越好！
""",
    ),
    dict(
        slug="scrap-recycle-eyuan-notice-snapshot",
        site="搜快网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.soukuai.example.com/c?u=zsj.eyuan.example.gov.cn/tz/8812.html",
        title="关于规范废旧金属收购站点经营行为的通告",
        record_title="关于规范废旧金属收购站点经营行为的通告 - 搜快快照",
        date="2025-07-14",
        notes="search snapshot: a cache banner with a crawl time (not the date) and highlighted words; 登记 articles kept; the source site's footer after the body",
        page="""
!d 这是 http://zsj.eyuan.example.gov.cn/tz/8812.html 的快照，是网页在 2025年8月2日 03:11 的存档，当前页面可能已经更改。
!a 查看原网页　|　纯文字版本
!m 以下搜索词已标亮：废旧金属　收购
!m 萼原县商务局　>　通知公告
{T}
{BODY}
!m 萼原县商务局　地址：萼原县府前路6号　电话：0746-3021881
!m 萼ICP备20003318号
""",
        body="""
为加强再生资源回收行业管理，维护社会治安秩序，根据有关规定，现就规范全县废旧金属收购站点经营行为通告如下：
一、从事废旧金属收购的经营者，应当依法办理营业执照，并在取得营业执照后15日内向县商务局和辖区派出所备案。
二、收购生产性废旧金属时，应当如实登记出售单位名称、经办人姓名、住址、身份证号码以及物品的名称、数量、规格。
三、严禁收购枪支弹药、爆炸物品、剧毒放射性物品以及公安机关通报寻查的赃物。
四、违反本通告规定的，由有关部门依法予以处罚。
本通告自发布之日起施行。
萼原县商务局　萼原县公安局
2025年7月14日
""",
    ),
]
