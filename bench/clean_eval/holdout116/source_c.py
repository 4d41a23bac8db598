"""holdout116, part C: collections, Party sites, hospitals, universities, local forums. All invented."""

CASES = [
    dict(
        slug="anthology-text-chinese-chess-club-speech",
        site="枰声文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.pingsheng-wencun.net/juan2/047.html",
        title="在县象棋协会第三届会员代表大会上的讲话",
        record_title="《枰声文存》卷二·第47篇｜在县象棋协会第三届会员代表大会上的讲话",
        date="2023-06-17",
        notes="collection chapter nav; date under the title in Chinese numerals; chapter links",
        page="""
!m 枰声文存 · 一个老棋手的文字
!l ← 第46篇　目录　第48篇 →
{T}
（二〇二三年六月十七日）
{BODY}
!m 收录于卷二「协会旧稿」　字数：512
!l ← 第46篇　目录　第48篇 →
!d 文存为作者自留，转引请注明出处
""",
        indent="　　",
        body="""
各位代表、各位棋友：
县象棋协会成立十二年来，从最初的二十多位老棋友，发展到今天的四百多名会员，离不开大家的热心奔走。
这五年，我们每年办一次县象棋公开赛，连续三年把象棋送进了14所小学的课后服务课堂，还有两名小棋手进入了省少年队。
新一届理事会要着重做好三件事：一是把少儿培训规范起来，二是把乡镇棋社联络起来，三是把协会的账目公开起来。
最后，祝大会圆满成功，祝大家棋艺精进！
""",
    ),
    dict(
        slug="anthology-html-retired-teacher-ink-painting-summary",
        site="澹园集 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://danyuanji.net/wen/2024/guohua-zongjie.html",
        title="县老年大学国画班2024年教学工作总结",
        record_title="澹园集｜县老年大学国画班2024年教学工作总结",
        date="2024-12-28",
        notes="personal collection page; 成文日期; sidebar volumes; modern template",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>澹园集｜县老年大学国画班2024年教学工作总结</title></head><body>
<header>⟦m 澹园集 — 退休教师陆澹园文稿⟧<nav>⟦m 首页⟧ ⟦m 卷目⟧ ⟦m 留言⟧</nav></header>
<main><h1>{T}</h1><p class="m">⟦m 收入时间：2025-01-03　字数：498⟧</p>
{BODY}
<p class="pn">⟦l 上一篇：写意花鸟教学札记⟧ ⟦l 下一篇：给学员的新年寄语⟧</p></main>
<aside>⟦l 卷目：卷一 教育 · 卷二 书画 · 卷三 杂记⟧</aside>
<footer>⟦d 本集文字版权归作者所有⟧</footer></body></html>
""",
        body="""
2024年，国画班共开设山水、花鸟两个教学班，注册学员87人，全年授课72次，学员出勤率达到92%。
教学上，我们坚持“先临后创”，上半年以临摹宋元小品为主，下半年引导学员写生创作，组织了两次户外写生。
9月，学员作品参加县老年书画展，入展作品21幅，其中3幅获优秀奖。
不足之处是教室光线不够，部分学员颜料工具不统一。明年拟申请更换照明，并编印一本国画入门讲义。
国画班教学组
2024年12月28日
""",
    ),
    dict(
        slug="dangjian-html-bird-flu-party-branch-plan",
        site="葎原县党建网 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.lvyuandj.gov.cn/dyhd/202501/t20250109_9021.html",
        title="县动物疫病预防控制中心党支部“党员先锋岗”守护禽流感防线活动方案",
        record_title="【支部动态】县动物疫病预防控制中心党支部“党员先锋岗”守护禽流感防线活动方案",
        date="2025-01-09",
        notes="Party-building portal; decorated title; table kept; byline 发布时间",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>葎原县党建网</title><script src="/js/dj.js"></script></head><body>
<div class="logo">⟦m 葎原县党建网⟧ ⟦m 中共葎原县委组织部主办⟧</div>
<nav>⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部动态⟧ ⟦m 党员教育⟧ ⟦m 组工信息⟧</nav>
<div class="place">⟦m 当前位置：首页＞支部动态⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 发布时间：2025年01月09日　来源：县农业农村局机关党委⟧ ⟦a 【字体：大 中 小】⟧</div>
<div class="article">
{BODY}
</div>
<div class="tools">⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>
<footer>⟦m 中共葎原县委组织部　地址：葎原县政务中心东楼　邮编：335400⟧ ⟦m 赣ICP备13008892号⟧</footer>
</body></html>
""",
        body="""
入冬以来，周边地区相继发生禽流感疫情，防控形势严峻。为发挥党员在重大动物疫病防控中的先锋模范作用，中心党支部决定开展“党员先锋岗”活动，方案如下。
一、设岗安排
岗位　　党员人数　　主要任务
监测采样岗　　6　　活禽市场、规模养殖场每周采样
应急处置岗　　4　　疫情处置、扑杀消毒技术指导
宣传服务岗　　3　　入村宣讲、养殖户技术咨询
二、活动要求
党员佩戴党徽上岗，每月在支部主题党日上报告履职情况；支部将活动表现作为年度评优的重要依据。
""",
    ),
    dict(
        slug="dangjian-text-lottery-centre-insight",
        site="蒴城机关党建 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://jgdj.shuocheng.gov.cn/xxyd/4417.html",
        title="体彩中心青年党员学习心得：守住每一张彩票的公信力",
        record_title="体彩中心青年党员学习心得：守住每一张彩票的公信力_学习园地_蒴城机关党建",
        date="2024-09-12",
        notes="Party site column suffix; date from a 发布时间 line; glued copyright line at the end",
        page="""
!m 蒴城机关党建
!m 学习园地
{T}
!m 作者：市体育彩票管理中心　冯一诺　　发布时间：2024-09-12
!a 分享：微信｜微博　　字号：A+ A-
{BODY}
!l 【返回顶部】【相关学习心得】
!m 主办单位：中共蒴城市直属机关工作委员会
""",
        body="""
参加青年理论学习小组这三个月，我最大的体会是，公益彩票的生命在于公信力。
在销售网点巡查中，我发现个别网点存在向未成年人售票、代客守号等问题。看似小事，损害的却是公众对体育彩票的信任。
作为青年党员，我要把学习成果落实到日常监管中，坚持每月暗访网点不少于10个，发现问题及时督促整改，让每一张彩票都经得起检验。⟦d 本网站所载文章未经许可不得转载⟧
""",
    ),
    dict(
        slug="hospital-html-contact-lens-clinic-notice",
        site="蘅川市眼科医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hcyk.org.cn/news/notice/20250310_218.html",
        title="关于角膜塑形镜验配门诊调整的通知",
        record_title="关于角膜塑形镜验配门诊调整的通知 - 蘅川市眼科医院",
        date="2025-03-10",
        notes="hospital: department's 咨询电话 beside the hospital's 24-hour line in the footer; a sentence on 扫码 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于角膜塑形镜验配门诊调整的通知 - 蘅川市眼科医院</title></head><body>
<div class="top">⟦m 蘅川市眼科医院　三级专科医院⟧ ⟦a 预约挂号⟧ ⟦a English⟧</div>
<nav>⟦m 首页⟧ ⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 就医指南⟧ ⟦m 新闻公告⟧</nav>
<div class="crumb">⟦m 首页 - 新闻公告 - 医院公告⟧</div>
<h1>{T}</h1><div class="date">⟦m 发布日期：2025-03-10　浏览次数：2331⟧</div>
{BODY}
<aside>⟦l 就医服务：门诊时间 · 专家排班 · 检查须知⟧</aside>
<footer>⟦m 急诊24小时电话：0759-2260120⟧ ⟦m 地址：蘅川市光华路77号⟧ ⟦d 版权所有 © 蘅川市眼科医院⟧</footer>
</body></html>
""",
        body="""
为缓解寒暑假期间验配高峰压力，自2025年3月17日起，我院视光中心角膜塑形镜验配门诊作如下调整：
一、门诊时间由每周一、三、五调整为每周一至周六全天开诊。
二、首次验配须提前预约，请扫描门诊大厅的预约二维码或通过医院公众号选择“视光中心”号源。
三、已配戴角膜塑形镜的患者，请按时复查，复查不需重复挂专家号。
视光中心咨询电话：0759-2261438（工作日8:00-17:00）。
特此通知。
蘅川市眼科医院
2025年3月10日
""",
    ),
    dict(
        slug="hospital-text-hearing-centre-news-wrapped",
        site="萁州人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.qzrmyy.com/xwzx/yydt/4420.html",
        title="我院开展“爱耳日”新生儿听力筛查义诊活动",
        record_title="我院开展“爱耳日”新生儿听力筛查义诊活动",
        date="2025-03-04",
        notes="hospital news hard-wrapped at 60 columns; photo caption between paragraphs; 供稿/审核 line after",
        page="""
!m 萁州人民医院 - 医院动态
{T}
!m 时间：2025-03-04　作者：宣传科　阅读量：736
{BODY}
!m 供稿：耳鼻咽喉科　审核：党委宣传科
!l 上一篇：我院召开2025年医疗质量安全工作会议
!l 下一篇：春季流感高发 专家教您科学防护
""",
        wrap=60,
        indent="　　",
        body="""
3月3日是第26个全国爱耳日，我院耳鼻咽喉科联合妇产科、儿科在门诊大厅开展新生儿听力筛查义诊活动，为80余名婴幼儿免费进行听力复筛。
⟦m 图为医护人员为婴儿进行听力检查⟧
科室主任邵卫平介绍，新生儿听力损失早发现、早干预，对孩子语言发育至关重要，出生后未通过初筛的婴儿，应在42天内到医院复筛。
活动中，医护人员还为家长讲解了助听器验配和人工耳蜗植入的有关知识，发放宣传资料300余份。
""",
    ),
    dict(
        slug="university-html-stonemason-heritage-workshop",
        site="薏山学院 非遗研究中心 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://fyzx.yishan.edu.cn/info/1032/2871.htm",
        title="非遗研究中心举办传统石作技艺工作坊",
        record_title="非遗研究中心举办传统石作技艺工作坊-薏山学院非遗研究中心",
        date="2024-10-24",
        notes="university centre site; photo by, editor, reviewer lines; 时间 line; news date from the byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>非遗研究中心举办传统石作技艺工作坊-薏山学院非遗研究中心</title></head><body>
<div class="hd">⟦m 薏山学院　非物质文化遗产研究中心⟧ ⟦m 学院主页⟧</div>
<nav>⟦m 中心概况⟧ ⟦m 新闻动态⟧ ⟦m 科研成果⟧ ⟦m 传承基地⟧</nav>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2024-10-24　作者：中心办公室　点击：[<span>388</span>]⟧</div>
{BODY}
<div class="ed">⟦m 摄影：韦嘉　编辑：曹宁　审核：秦路⟧</div>
<footer>⟦m 地址：薏山市学府大道1号　邮编：551300⟧ ⟦d Copyright © 薏山学院⟧</footer>
</body></html>
""",
        body="""
10月21日至23日，非遗研究中心在传承基地举办传统石作技艺工作坊，邀请县石匠合作社三位老石匠现场授艺，文物修复、环境设计专业30余名学生参加。
老石匠们从选石、打荒、錾面讲起，演示了抱鼓石、柱础的雕凿工序。学生们在师傅指导下，分组完成了一块石磨盘的錾纹修整。
中心负责人表示，下一步将与石匠合作社共建实习基地，记录整理石作口诀和工具图谱，推动传统技艺进课堂。
""",
    ),
    dict(
        slug="university-text-ice-climbing-team-request",
        site="芸岭大学体育学院 (invented)",
        style="高校官网",
        genre="请示",
        kind="request",
        form="text",
        source="http://tyxy.yunling-u.edu.cn/tzgg/1129.htm",
        title="关于组建学生攀冰队的请示",
        record_title=None,
        date="2024-11-29",
        notes="title missing; request with budget table; 成文日期; 抄送",
        page="""
!m 芸岭大学体育学院
!m 首页 > 通知公告
{T}
!m 发布者：院办　2024-12-02
{BODY}
!a 【打印】【关闭】
!m 版权所有：芸岭大学体育学院　地址：芸岭市北环路200号
""",
        date_also=["2024-12-02"],
        body="""
学校：
我院户外运动专业现有学生146人，冰雪项目教学需求日益增加。为丰富冬季教学内容，拟组建学生攀冰队，现将有关事项请示如下：
一、队伍规模：首期选拔队员20名，由两名持证教师担任教练。
二、训练场地：依托距学校40公里的芸岭人工冰瀑训练基地，每周训练两次。
三、经费预算
项目　　金额（元）
冰镐、冰爪等装备　　46000
保险　　8000
交通　　12000
合计　　66000
妥否，请批示。
体育学院
2024年11月29日
抄送：学生处，财务处。
""",
    ),
    dict(
        slug="localforum-html-land-boat-troupe-notice",
        site="芑水论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qishuibbs.com/thread-66120-1-1.html",
        title="芑水镇旱船队元宵巡游报名通知",
        record_title="【芑水论坛】芑水镇旱船队元宵巡游报名通知",
        date="2025-01-20",
        notes="county forum; floor replies; hot topics; post date as the page date; decorated title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【芑水论坛】芑水镇旱船队元宵巡游报名通知</title></head><body>
<div id="top">⟦m 芑水论坛 — 芑水人自己的网上家园⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="nv">⟦m 论坛 › 芑水杂谈 › 民俗活动⟧</div>
<h1>{T}</h1>
<div class="post">⟦m 楼主 镇文化站小吴 发布于 2025-01-20 16:32⟧
{BODY}
</div>
<div class="reply">⟦l 2楼 湾里阿婆：我家孙女想去划旱船，几岁可以？⟧</div>
<div class="reply">⟦l 3楼 镇文化站小吴：回复2楼 12岁以上就行⟧</div>
<div class="hot">⟦l 本版热帖：老街改造最新进展 · 年货集市摊位名单⟧</div>
<div id="ft">⟦m 芑水论坛 qishuibbs.com　客服QQ：3185520771⟧</div>
</body></html>
""",
        body="""
为迎接元宵佳节，镇文化站将组织旱船队参加元宵民俗巡游，现面向全镇招募队员。
一、招募人数：艄公、船娘、彩婆等角色共24人，年龄12周岁以上，身体健康，能坚持排练。
二、排练时间：1月25日起每天晚上7点，在镇文化广场排练，共12次。
三、报名方式：到镇文化站一楼登记，或拨打镇文化站电话6721 8035。
""",
    ),
    dict(
        slug="localforum-text-payphone-removal-junk",
        site="蕲口生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.qikoulife.com/read.php?tid=208811",
        title="关于拆除城区废弃公用电话亭的公告",
        record_title="[转] 关于拆除城区废弃公用电话亭的公告",
        date="2024-08-15",
        date_also=["2024-08-16"],
        notes="local forum repost with anti-scraping junk; post date differs from the document date",
        page="""
!m 蕲口生活网 » 蕲口新闻 » 政务通知
{T}
!m 楼主：老街口　发表于 2024-8-16 08:12　只看楼主
{BODY}
!l 回复：终于拆了，好多都成了小广告墙　——蕲口人家
!a 快速回复　发表帖子　返回列表
!m 蕲口生活网 Copyright 2005-2024
""",
        junk=dict(lines=1, glued=2),
        body="""
城区部分公用电话亭已停用多年，设施破损、占用人行道，影响市容和通行安全。经与通信运营企业协商，决定对城区废弃公用电话亭予以拆除。现公告如下。
一、拆除范围：人民路、建设路、滨江路等12条道路沿线已停止使用的电话亭，共计86座。
二、拆除时间：2024年8月20日至9月10日，施工时段为每日9:00至17:00。
三、拆除后原址人行道由施工单位同步修复。施工期间请市民注意绕行，给出行带来不便，敬请谅解。
蕲口市城市管理局
2024年8月15日
""",
    ),
]
