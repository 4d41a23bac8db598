"""holdout95, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛, 百科问答 — grass-carp and
mandarin-fish farmers, a yellow-croaker hatchery, a hairtail cannery, fish-ball and fish-sauce
makers, shrimp paste, oyster sauce, cocoa, vanilla and cinnamon growers. Invented text."""

CASES = [
    dict(
        slug="assoc-grass-carp-initiative-oneline",
        site="玹湖县草鱼养殖协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.xhcaoyu.example.org/gg/2025/0402.html",
        title="关于规范草鱼养殖用药的倡议书",
        record_title="关于规范草鱼养殖用药的倡议书",
        date="2025-04-02",
        notes="the whole body on one line (paragraphs apart only by their indent); association header and footer; date under the signature",
        oneline=True,
        indent="　　",
        page="""
!m 玹湖县草鱼养殖协会　｜　协会公告
{T}
!m 发布日期：2025/04/02　来源：协会秘书处
{BODY}
!a 【我要留言】【推荐给朋友】
!m 协会地址：玹湖县渔业大楼305室
""",
        body="""
全县草鱼养殖户：
近年来，个别养殖户在草鱼病害防治中超范围、超剂量用药，影响了玹湖草鱼的质量安全和品牌声誉。
为此，协会倡议：一是严格执行休药期规定；二是不使用禁用药物；三是建立用药记录，做到来源可查、去向可追。
玹湖县草鱼养殖协会
2025年4月2日
""",
    ),
    dict(
        slug="corp-mandarin-fish-html-recall",
        site="琬溪鳜鱼食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.wxguiyu.example.com/news/notice/2025-1012.html",
        title="关于主动召回部分批次臭鳜鱼产品的公告",
        record_title="关于主动召回部分批次臭鳜鱼产品的公告",
        date="2025-10-12",
        record_date="2025-10-12",
        notes="company site HTML: product menu, online-shop button, customer-service float; a batch table and the company's own 召回热线 kept (the shop's 客服 float is chrome)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>琬溪鳜鱼 - 新闻公告</title></head><body>
<div class="hd">⟦m 琬溪鳜鱼 · 徽味传承三十年⟧ ⟦l 首页 产品中心 品质溯源 新闻公告 联系我们⟧ ⟦a 进入官方商城⟧</div>
<h1>⟦t 关于主动召回部分批次臭鳜鱼产品的公告⟧</h1>
<div class="d">⟦m 2025-10-12　公司新闻⟧</div>
{BODY}
<div class="kf">⟦w 在线客服　微信：wxgy_kefu⟧</div>
<div class="ft">⟦d © 琬溪鳜鱼食品有限公司 保留所有权利⟧ ⟦m 皖ICP备17022015号-2⟧</div>
</body></html>
""",
        body="""
我公司在自检中发现，下列批次臭鳜鱼产品的包装袋密封不严，可能影响产品质量。为保障消费者健康，公司决定主动召回。
产品名称　规格　生产批号
臭鳜鱼（冷冻）　450克/袋　20250918A
臭鳜鱼（冷冻）　450克/袋　20250919B
已购买上述批次产品的消费者，请停止食用，可凭购买凭证到原购买处办理退货，或拨打召回热线0559-6712388。
由此给消费者带来的不便，我们深表歉意。
琬溪鳜鱼食品有限公司
2025年10月12日
""",
    ),
    dict(
        slug="corp-yellow-croaker-summary-text",
        site="璩溪海丰水产苗种有限公司 (invented)",
        style="企业官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.haifengmz.example.cn/about/news_366.html",
        title="2025年大黄鱼苗种繁育工作总结",
        record_title="2025年大黄鱼苗种繁育工作总结_海丰水产",
        date="2025-12-15",
        notes="company site: site suffix on record; the company's sales phone and WeChat at the top and bottom as chrome; a glued editor stamp after a sentence; 成文日期",
        page="""
!m 海丰水产　大黄鱼苗种专业繁育基地
!w 订苗热线：0593-5876688　微信同号
!m 网站首页 » 新闻动态 » 企业新闻
!t 2025年大黄鱼苗种繁育工作总结_海丰水产
{BODY}
!w 扫码添加销售经理微信，获取最新苗价
!m Copyright © 璩溪海丰水产苗种有限公司　闽ICP备19000561号
""",
        body="""
2025年，公司共培育大黄鱼苗种一亿二千万尾，比上年增长百分之十五，苗种成活率稳定在百分之六十以上。
一是亲鱼选育取得进展。从三千尾候选亲鱼中选育出生长快、抗病强的亲鱼四百尾。⟦m 〔本站编辑 小林 整理〕⟧
二是育苗设施完成升级。新建循环水育苗车间两栋，育苗水体增加四千立方米。
三是技术服务延伸到养殖户。全年开展技术回访二百余户次。
璩溪海丰水产苗种有限公司
2025年12月15日
""",
    ),
    dict(
        slug="training-hairtail-cannery-safety-course-wrapped",
        site="瑜塘安培职业培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yutang-anpei.example.com/kb/2025/0520/76.html",
        title="关于举办带鱼罐头车间特种设备操作人员培训班的通知",
        record_title="关于举办带鱼罐头车间特种设备操作人员培训班的通知（报名中）",
        date="2025-05-20",
        notes="training school: decorated title (报名中); hard-wrapped at 64 columns; enrolment hotline and a course-ad box on a line of their own between paragraphs; the notice's own 联系人 kept",
        wrap=64,
        page="""
!m 瑜塘安培职业培训学校　持证上岗　安全第一
!w 报名咨询：0575-8702233　QQ群：618803321
!t 关于举办带鱼罐头车间特种设备操作人员培训班的通知（报名中）
!m 发布时间：2025-05-20　已报名 37 人
{BODY}
!a 【在线报名】　【下载报名表】
!l 热门课程：电工证　焊工证　叉车证　压力容器操作证
""",
        body="""
各有关企业：
根据特种设备安全管理有关规定，杀菌锅、压力容器等设备操作人员必须持证上岗。我校定于6月开办带鱼罐头车间特种设备操作人员培训班。
⟦a 🔥 限时优惠：企业团报十人以上享八折⟧
一、培训内容：压力容器基础知识、杀菌锅安全操作规程、事故应急处置。
二、培训时间：6月9日至6月13日，共五天，结业后统一参加考核。
联系人：蔡老师　电话：0575-8702235
瑜塘安培职业培训学校
2025年5月20日
""",
    ),
    dict(
        slug="training-html-fish-ball-course-plan",
        site="玑湾小吃技术培训中心 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jwxiaochi.example.cn/course/yuwan.html",
        title="手打鱼丸制作技术培训班教学方案",
        record_title=None,
        date=None,
        notes="no record title; training-centre HTML with a price tag, a 'book a trial class' form and a student-testimonial carousel; a numbered list; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>玑湾小吃技术培训中心-手打鱼丸</title></head><body>
<div class="hd">⟦m 玑湾小吃技术培训中心⟧ ⟦m 包教包会　学会为止⟧ ⟦w 咨询电话 0595-2779001⟧</div>
<div class="nav">⟦l 首页 / 课程项目 / 学员风采 / 开店指导 / 来校路线⟧</div>
<h1>⟦t 手打鱼丸制作技术培训班教学方案⟧</h1>
<div class="price">⟦a 学费：2980元　立即预约试学⟧</div>
{BODY}
<div class="form">⟦a 姓名＿＿　手机＿＿　提交预约⟧</div>
<div class="say">⟦l 学员说：学完回老家开店，三个月就回本了！——福建 庄先生⟧</div>
<div class="ft">⟦m 地址：玑湾市小吃街18号⟧ ⟦d 图片仅供参考，以实物为准⟧</div>
</body></html>
""",
        body="""
一、培训目标：学员掌握手打鱼丸的选料、制浆、成型和煮制技术，能够独立制作三种口味的鱼丸。
二、课程安排：
1.第一天：原料鱼的选择与处理，讲解鳗鱼、马鲛鱼等不同鱼种的特点。
2.第二天：鱼浆搅打，掌握加盐、加水的比例和搅打时间。
3.第三天：包馅鱼丸成型与煮制，学习猪肉馅和虾仁馅的调制。
三、结业要求：学员独立完成一锅鱼丸，经老师品评合格后颁发结业证书。
""",
    ),
    dict(
        slug="fanwenapp-fish-sauce-speech-share",
        site="笔杆子APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.biganzi-app.example.com/s/Qw8kL2",
        title="在鱼露传统酿造技艺传承基地授牌仪式上的致辞",
        record_title="在鱼露传统酿造技艺传承基地授牌仪式上的致辞",
        date=None,
        notes="writing-app share page: 'open in app' prompts, word count, a 'continue in the app' fade; no date (only the share stamp); the speech's own mention of 关注 kept",
        page="""
!a 打开笔杆子APP，查看完整排版 >
{T}
!m 笔杆子精选 · 字数 486 · 分享自用户 @阿良写材料
{BODY}
!a —— 在APP内继续阅读，还有 12 篇同类致辞 ——
!a 下载笔杆子APP　｜　复制链接
!d 内容由用户创作，仅供写作参考
""",
        body="""
各位领导，各位来宾：
今天，鱼露传统酿造技艺传承基地正式授牌。我代表县非遗保护中心表示热烈祝贺！
鱼露酿造在我县已有三百多年历史，一缸好鱼露要晒足两年以上。
希望基地用好这块牌子，带好徒弟，把老手艺传下去；也希望社会各界继续关注和支持非遗保护工作。
谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-html-shrimp-paste-insight",
        site="公文易APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://m.gongwenyi.example.cn/article/share?id=551093",
        title="参加虾酱产业帮扶调研的心得体会",
        record_title="参加虾酱产业帮扶调研的心得体会（3篇精选）",
        date=None,
        notes="app share HTML: a sticky 'open app' bar, a blurred 'unlock the rest' overlay line between paragraphs, a bottom tab bar; (3篇精选) decoration; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>参加虾酱产业帮扶调研的心得体会（3篇精选）</title></head><body>
<div class="sticky">⟦a 公文易APP｜打开APP，免费领7天会员⟧</div>
<h1>⟦t 参加虾酱产业帮扶调研的心得体会（3篇精选）⟧</h1>
<div class="tags">⟦m 心得体会 · 乡村振兴 · 2.3k 人已读⟧</div>
{BODY}
<div class="tabbar">⟦l 首页　素材　写作　我的⟧</div>
</body></html>
""",
        body="""
上个月，我随单位帮扶工作队到海边的沙尾村，就虾酱产业发展情况进行了调研。
沙尾村家家户户都会做虾酱，但长期是小作坊生产，卫生条件差，卖不上价钱。
⟦a 剩余 60% 内容已隐藏，解锁会员继续阅读⟧
调研中我体会到，帮扶不能只给钱，要帮群众解决标准化生产和销售渠道的问题。
今后，我将把调研中发现的问题认真梳理，为村里申请建设标准化虾酱加工车间出一份力。
""",
    ),
    dict(
        slug="gkforum-oyster-sauce-essay-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="insight",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-331902-1-1.html",
        title="从一瓶蚝油看县域特色产业的突围之路",
        title_also=["申论范文：从一瓶蚝油看县域特色产业的突围之路"],
        record_title="申论范文：从一瓶蚝油看县域特色产业的突围之路【附批改】",
        date=None,
        notes="exam forum: floors, a mod's score stamp, a 'reply to see the teacher's comments' hidden box; decorated title; the essay's title repeated inside the post; no date",
        page="""
!m 上岸公考论坛 › 申论专区 › 范文赏析
!t 申论范文：从一瓶蚝油看县域特色产业的突围之路【附批改】
!m 1# 楼主　申论小白菜　发表于 7 天前
!l 本帖被 版主-老K 评分：+3 经验　理由：优质范文
{T}
{BODY}
!a ※※※ 本帖隐藏内容（批改意见）需回复后才可浏览 ※※※
!l 2# 考公上岸ing：收藏了，开头写得很好！
!l 3# 申论小白菜：@考公上岸ing 谢谢支持～
""",
        body="""
一瓶蚝油，熬的是生蚝，熬出的是一个县城的产业梦想。
近年来，一些沿海县城依托本地生蚝资源，发展蚝油加工，带动了上万渔民增收。但也要看到，产品同质化、品牌影响力弱等问题依然突出。
县域特色产业要突围，一要守住品质，二要讲好品牌故事，三要借力电商打开市场。
只有把特色做成优势，把优势做成品牌，县域经济才能走得更稳更远。
""",
    ),
    dict(
        slug="gkforum-html-cocoa-interview-notes",
        site="公考圈 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.gongkaoquan.example.com/post/88120",
        title="选调生面试经验：我在可可种植园实习的感悟",
        record_title=None,
        date="2025-06-30",
        notes="no record title; exam-forum HTML with junk jammer fonts, a level badge, 'like/collect' counters; the post's 发布时间 is the date",
        junk=dict(lines=1, glued=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公考圈 - 面试经验</title></head><body>
<div class="hd">⟦m 公考圈⟧ ⟦l 笔试 面试 选调 真题 资料⟧ ⟦a 登录｜注册⟧</div>
<h1>⟦t 选调生面试经验：我在可可种植园实习的感悟⟧</h1>
<div class="u">⟦m 瑛川上岸人　Lv.6　发布时间：2025-06-30 21:05⟧</div>
<div class="post">
{BODY}
</div>
<div class="cnt">⟦a 赞 233　收藏 581　转发⟧</div>
<div class="ft">⟦d 本站内容由用户发布，仅供备考交流⟧</div>
</body></html>
""",
        body="""
去年暑假，我在老家的一处可可种植园实习了一个月，这段经历在选调面试中帮了我大忙。
面试有一道题问“你怎么理解基层工作”，我就讲了在种植园跟着技术员给可可树修枝、给果荚套袋的经历。
我的体会是，面试时讲自己亲身经历的小事，比背模板更能打动考官。
最后祝大家都能顺利上岸！
""",
    ),
    dict(
        slug="baike-vanilla-entry-edit-links",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.baizhi.example.com/item/香草兰种植技术规程",
        title="香草兰种植技术规程",
        record_title="香草兰种植技术规程_百知百科",
        date=None,
        notes="encyclopaedia entry: 编辑/讨论 links, a catalogue box, reference list and 'entry statistics'; numbered sections with decimal headings kept; no date (the last-edit stamp is not the document's)",
        page="""
!m 百知百科　|　进入词条　|　全站搜索
!t 香草兰种植技术规程_百知百科
!a ✎ 编辑　💬 讨论　⚑ 上传视频
!l 目录：1 适用范围　2 园地选择　3 种植　4 授粉
{BODY}
!l 参考资料：［1］热带作物栽培学．农业出版社
!m 词条统计：浏览次数 5021　编辑次数 9　最近更新 瓒山阿杰（2025-03-18）
!a 本词条对我有帮助　👍 41
""",
        body="""
香草兰种植技术规程是规范香草兰栽培管理的地方技术文件，由珞川市热带作物研究所起草。
1 适用范围
本规程适用于珞川市香草兰的大田种植和荫棚栽培。
2 园地选择
宜选择年平均气温二十一度以上、排水良好的缓坡地，荫蔽度控制在百分之五十至六十。
3 种植
3.1 种植时间以春季三至四月为宜。
3.2 每亩种植八百至一千株，株行距一点二米乘二米。
4 授粉
香草兰需人工授粉，授粉宜在上午六时至十一时进行。
""",
    ),
    dict(
        slug="baike-html-cinnamon-qa",
        site="问个明白百科 (invented)",
        style="百科问答",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.wengemingbai.example.cn/wiki/rougui-fangan",
        title="肉桂林下套种示范项目实施方案",
        record_title="肉桂林下套种示范项目实施方案是什么",
        date="2025-02-20",
        notes="wiki/Q&A HTML: question-style decorated title; an info box; 'was this helpful?' bar; the plan's 成文日期 at the end; 附件 list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>肉桂林下套种示范项目实施方案是什么 - 问个明白百科</title></head><body>
<div class="hd">⟦m 问个明白百科⟧ ⟦l 分类：农业 › 经济林⟧</div>
<h1>⟦t 肉桂林下套种示范项目实施方案是什么⟧</h1>
<div class="box">⟦m 中文名：肉桂林下套种示范项目实施方案　发布单位：县林业局⟧</div>
{BODY}
<div class="help">⟦a 这个回答对你有帮助吗？ 有用 没用⟧</div>
<div class="ft">⟦d 百科内容由网友共同编辑，如需专业意见请咨询相关机构⟧</div>
</body></html>
""",
        body="""
为提高肉桂林地综合效益，县林业局决定在三个乡镇开展肉桂林下套种示范。
一、示范规模：选择肉桂林地一千五百亩，套种草珠黄、砂仁等耐阴中药材。
二、实施步骤：3月完成地块选择和种苗采购，4月至5月完成套种，下半年开展技术指导和效益评估。
三、补助标准：每亩补助种苗费三百元，由县财政统筹安排。
附件：1.示范地块分布表　2.种苗技术标准
琨岭县林业局
2025年2月20日
""",
    ),
]
