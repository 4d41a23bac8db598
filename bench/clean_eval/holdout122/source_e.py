"""holdout122, part E: company sites, training schools, writing apps, exam forums and
encyclopaedia pages. Invented organisations: a persimmon-products company, a strawberry farm,
an archery school, a suona training class, a marathon organiser. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-html-persimmon-recall",
        site="玢岭柿业有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.fenlingshiye.example.com/news/gg/2025-12-03.html",
        title="关于召回部分批次柿饼产品的公告",
        record_title="【公司公告】关于召回部分批次柿饼产品的公告 - 玢岭柿业",
        date="2025-12-03",
        notes="company site: 400 sales line beside the recall's own customer line (kept); batch table kept; online shop link",
        page="""
<html><head><meta charset="utf-8"><title>【公司公告】关于召回部分批次柿饼产品的公告 - 玢岭柿业</title></head><body>
<div class="hd">⟦m 玢岭柿业　山里来的甜⟧　⟦m 订购热线：400-077-1616⟧</div>
<div class="nav">⟦m 首页　品牌故事　产品中心　新闻动态　联系我们⟧　⟦a 官方商城⟧</div>
<h1>⟦t 【公司公告】关于召回部分批次柿饼产品的公告⟧</h1>
<div class="date">⟦m 2025-12-03　新闻动态 / 公司公告⟧</div>
{BODY}
<div class="ft">⟦m 玢岭柿业有限公司 © 2025　地址：玢岭县柿园路8号⟧<br>⟦m 豫ICP备2022018832号-1⟧</div>
</body></html>
""",
        body="""
经公司自检发现，部分批次柿饼产品包装密封不严，可能影响食用品质，公司决定主动召回。
生产日期　批号　规格
2025年11月8日　SB251108　500克/袋
2025年11月9日　SB251109　500克/袋
已购买上述批次产品的消费者，可凭包装或购物凭证到原购买渠道办理退货退款。
召回咨询电话：0375-8800612（工作日8:30—17:30）
玢岭柿业有限公司
2025年12月3日
""",
    ),
    dict(
        slug="company-text-strawberry-farm-annual-summary",
        site="瑗湖莓好农业官网 (invented)",
        style="企业官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.meihaonongye.example.cn/about/news/71.html",
        title="莓好农业2025年草莓季经营总结",
        record_title="莓好农业2025年草莓季经营总结-公司新闻-瑗湖莓好农业",
        date="2025-05-30",
        notes="company text page; 'book a picking slot' prompt between paragraphs (chrome); sentence about 扫码 booking kept",
        page="""
!m 瑗湖莓好农业 | 草莓采摘 · 亲子农场
!m 首页 / 公司新闻
!t 莓好农业2025年草莓季经营总结-公司新闻-瑗湖莓好农业
!m 发布时间：2025/05/30　作者：市场部
{BODY}
!w 团体采摘预约：微信 meihao_farm
!l 上一篇：草莓园开园啦 ｜ 下一篇：夏季蓝莓园建设进展
""",
        body="""
2025年草莓季于12月初开园，5月下旬结束，共接待采摘游客三万八千人次。
今年新建智能温室两栋，草莓上市时间比往年提前了十天。
⟦a 🍓 立即预约明年采摘季 →⟧
游客通过扫描园区入口的二维码预约采摘时段，高峰期排队时间明显缩短。
下一季，公司计划引进两个新品种，并开发草莓酱等加工产品。
""",
    ),
    dict(
        slug="training-html-archery-school-brochure",
        site="琇原弓道射箭培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.xygongdao.example.com/zs/2025-summer.html",
        title="弓道射箭培训中心2025年暑期青少年班招生简章",
        record_title="弓道射箭培训中心2025年暑期青少年班招生简章（2025暑期班）",
        date="2025-06-01",
        notes="training school: price tag and trial form; school's 报名电话 kept beside a 400 line; class table kept",
        page="""
<html><head><meta charset="utf-8"><title>弓道射箭培训中心2025年暑期青少年班招生简章（2025暑期班）</title></head><body>
<div class="hd">⟦m 弓道射箭培训中心　专注青少年射箭教育十年⟧　⟦w 全国招生热线：400-615-9090⟧</div>
<div class="nav">⟦m 首页　课程体系　师资力量　学员风采　招生简章⟧</div>
<h2>⟦t 弓道射箭培训中心2025年暑期青少年班招生简章⟧</h2>
<div class="meta">⟦m 2025-06-01　招生办⟧</div>
{BODY}
<div class="price">⟦a 限时优惠 ¥1680 ¥1980　立即抢购⟧</div>
<form class="trial">⟦a 免费试课：姓名　电话　提交⟧</form>
<div class="ft">⟦d 最终解释权归本中心所有⟧</div>
</body></html>
""",
        body="""
暑假期间，中心开设青少年射箭暑期班，面向八至十六岁学生招生。
班次　时间　课时
一期　7月7日—7月18日　20课时
二期　7月21日—8月1日　20课时
三期　8月4日—8月15日　20课时
课程包括安全规则、基本站姿、拉弓撒放和计分比赛，结业时颁发技能等级证书。
报名电话：0766-2233718（前台）
""",
    ),
    dict(
        slug="training-text-suona-class-plan-markers",
        site="璟口民乐培训学校 (invented)",
        style="培训机构",
        genre="教学计划",
        kind="plan",
        form="text",
        source="http://www.jkminyue.example.cn/jx/suona-2025.html",
        title="唢呐初级班教学计划",
        record_title="唢呐初级班教学计划（2025秋季班）",
        date="2025-08-25",
        notes="training school text page; ⁂n⁂ markers on lines of their own cutting sentences; a course ad between paragraphs",
        pages=dict(fmt="⁂{n}⁂", every=110, start=2),
        page="""
!m 璟口民乐培训学校 · 教学教研
!t 唢呐初级班教学计划（2025秋季班）
!m 教务处　2025-08-25
{BODY}
!w 报名咨询请加教务老师微信：jkmy_suona
!l 相关课程：笛子初级班 | 二胡考级班
""",
        body="""
一、教学目标：使学员掌握唢呐的基本持法、口型和循环换气，能够演奏三至五首简单曲牌。
二、教学进度：第一至四周练习长音和音阶，第五至八周学习单吐、双吐技巧，第九至十二周练习《百鸟朝凤》选段。
⟦a 新学员报名立减200元，名额有限！⟧
三、考核方式：期末举行汇报演出，由任课教师评定成绩。
璟口民乐培训学校教务处
2025年8月25日
""",
    ),
    dict(
        slug="app-html-marathon-volunteer-speech",
        site="笔速写作APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://share.bisuxiezuo.example.com/a/9c71be2",
        title="在琨山马拉松志愿者出征仪式上的讲话",
        record_title="在琨山马拉松志愿者出征仪式上的讲话｜笔速写作",
        date="2025-10-24",
        notes="writing-app share page: open-app banner, AI-rewrite button, member unlock between paragraphs; speaker and date under title neutral",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>在琨山马拉松志愿者出征仪式上的讲话｜笔速写作</title></head><body>
<div class="banner">⟦a 打开笔速写作APP，一键生成同类文稿⟧</div>
<h1>⟦t 在琨山马拉松志愿者出征仪式上的讲话⟧</h1>
<p class="who">团市委书记　庞悦</p>
<p class="when">（2025年10月24日）</p>
{BODY}
<div class="tools">⟦a AI改写　复制全文　导出⟧</div>
<div class="rec">⟦l 为你推荐：志愿服务表彰大会讲话⟧</div>
<div class="ft">⟦d 内容由用户创作或AI辅助生成，仅供参考⟧</div>
</body></html>
""",
        body="""
志愿者朋友们：
后天，琨山马拉松就要鸣枪开跑了，一千二百名志愿者将分布在四十二公里赛道的每一个点位。
⟦a 会员专享：解锁剩余内容⟧
希望大家守好岗位、热情服务，用微笑迎接每一位跑者。
也请大家照顾好自己，注意保暖，按时轮换休息。
预祝本届马拉松圆满成功！
""",
    ),
    dict(
        slug="app-text-canal-cleanup-summary",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.gongwenbao.example.net/share/t/55012",
        title="运河沿线环境整治工作总结",
        record_title="运河沿线环境整治工作总结（word可编辑）",
        date=None,
        notes="app share; no date (year in title absent, template placeholder ××××年××月××日 kept in body); share chrome",
        page="""
!m 公文宝 · 海量公文一键套用
!t 运河沿线环境整治工作总结（word可编辑）
!m 分享自用户 139****2201　·　2小时前
{BODY}
!a 在APP内打开，免费套用此模板
!l 同类模板：河道保洁工作总结 | 河长制工作汇报
""",
        body="""
今年以来，我镇把运河沿线环境整治作为重点工作，取得了阶段性成效。
一是清理沿岸垃圾堆放点三十二处，拆除违章搭建一千六百平方米。
二是建立河道保洁长效机制，落实保洁人员十八名，实行分段包干。
三是开展“护河志愿行”活动，组织志愿者巡河一百二十人次。
××镇人民政府
××××年××月××日
""",
    ),
    dict(
        slug="gkforum-html-interview-material-canteen",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="http://bbs.shangangk.example.com/thread-301872-1-1.html",
        title="基层干部谈社区老年助餐点建设",
        record_title="[面试素材] 基层干部谈社区老年助餐点建设（附答题思路）",
        date="2025-03-02",
        notes="exam forum; jammer fonts glued; reply-to-see lock; floor meta",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 基层干部谈社区老年助餐点建设（附答题思路） - 面试交流 - 上岸公考论坛</title></head><body>
<div class="hd">⟦m 上岸公考论坛⟧　⟦a 登录　注册　签到领积分⟧</div>
<div class="crumb">⟦m 首页 › 面试交流 › 结构化面试⟧</div>
<h1>⟦t [面试素材] 基层干部谈社区老年助餐点建设（附答题思路）⟧</h1>
<div class="pi">⟦m 上岸小石头 发表于 2025-3-2 12:40⟧</div>
<div class="post">
{BODY}
</div>
<div class="lock">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="ft">⟦l 回复　收藏(88)　评分⟧</div>
</body></html>
""",
        body="""
社区老年助餐点是解决老年人吃饭难的民生工程，面试中常作为社会现象题出现。
办好助餐点，关键在于可持续：政府给补贴，社区给场地，企业负责运营，老人付得起。
还要照顾特殊群体，对失能、独居老人提供送餐上门服务。
答题时可以从意义、问题、对策三个层次展开，结合本地实际举例。
""",
    ),
    dict(
        slug="gkforum-text-essay-post-rabbit-poverty",
        site="申论研习社论坛 (invented)",
        style="公考论坛",
        genre="范文",
        kind="insight",
        form="text",
        source="https://www.shenlunyx.example.cn/t/48120",
        title="小兔子撬动大产业",
        record_title="[申论素材] 小兔子撬动大产业",
        date="2025-01-20",
        notes="exam forum essay; poster's time line as the date; a 'study group' prompt glued at the end of a line; floor reply",
        page="""
!m 申论研习社 > 范文精选
!t [申论素材] 小兔子撬动大产业
!m 楼主：笔耕不辍　发表于 2025-01-20 09:16
{BODY}
!l 沙发：收藏了，谢谢楼主分享
!l 【返回列表】
""",
        body="""
在珙城县的山沟里，一只只肉兔正成为村民增收的“致富兔”。
当地依托合作社统一供种、统一收购，让不懂技术的农户也能放心养兔。
产业兴旺，离不开“龙头带动、农户参与、利益联结”的机制设计。⟦w 想进申论冲刺群的私信楼主⟧
小兔子撬动大产业的故事告诉我们，乡村振兴要选准特色、久久为功。
""",
    ),
    dict(
        slug="baike-html-shadow-puppet-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.zhiyuan.example.com/item/琚阳皮影戏/52211",
        title="琚阳皮影戏",
        record_title="琚阳皮影戏_知源百科",
        date=None,
        notes="encyclopaedia entry with info box and edit links; example years inside sentences not dates",
        page="""
<html><head><meta charset="utf-8"><title>琚阳皮影戏_知源百科</title></head><body>
<div class="hd">⟦m 知源百科⟧　⟦a 进入词条　搜索词条　帮助⟧</div>
<h1>⟦t 琚阳皮影戏⟧</h1>
<div class="edit">⟦a 编辑　讨论　上传视频⟧</div>
<div class="infobox">⟦m 中文名：琚阳皮影戏　类别：传统戏剧　流行地区：琚阳县⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 琚阳县志·文化卷⟧</div>
<div class="stat">⟦m 浏览次数：3904　编辑次数：7次　最近更新：知源用户lx028⟧</div>
<div class="ft">⟦d 词条内容仅供参考，如有疑问请咨询专业人士⟧</div>
</body></html>
""",
        body="""
琚阳皮影戏是流行于琚阳县一带的传统皮影戏剧种，以驴皮雕刻影人，唱腔高亢。
据当地老艺人回忆，清代中期已有皮影班社在乡间演出。
2011年，琚阳皮影戏列入省级非物质文化遗产代表性项目名录。
传统剧目有《薛仁贵征东》《白蛇传》等四十余出。
""",
    ),
    dict(
        slug="baike-text-garlic-storage-qa",
        site="农知问答百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.nongzhi.example.cn/wenda/9912.html",
        title="新蒜怎样储存不发芽？",
        record_title=None,
        date=None,
        notes="Q&A encyclopaedia; question as title on page; relative time; no date; best-answer label",
        page="""
!m 农知问答百科 › 种植 › 蔬菜
新蒜怎样储存不发芽？
!m 提问时间：5天前　|　2个回答
!m ★ 最佳答案　农技员小闫
{BODY}
!l 有用(31)　没用(2)
!l 其他回答：放冰箱冷藏就行。
!d 以上回答来自网友，仅供参考。
""",
        body="""
新蒜收获后先在阴凉通风处晾晒七至十天，让蒜皮干透。
储存时可以编成辫子挂起来，也可以装在网袋里放在干燥处，避免受潮。
大量储存最好进冷库，温度控制在零下一度到零度，相对湿度百分之六十五左右。
注意不要和土豆、洋葱等放在一起。
""",
    ),
]
