"""holdout144, part C: a constructor-exam Q&A, a retired salvage diver's and a Jin-opera actor's
collections, a Party-history office's lecture and a device-monitoring centre's Party-day summary,
a whooping-cough reminder and a device adverse-event rule on hospital sites, a thesis-check notice
and a work-study summary on university sites, muck-truck and illegal-building notices on county
forums. Invented."""

CASES = [
    dict(
        slug="qa-zhidao-constructor-exam-answer-html",
        site="知道吧 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidaoba.example.com/q/20250612/44871.html",
        title="一级建造师考试报名条件是什么？工作年限怎么算？",
        record_title="一级建造师考试报名条件是什么？工作年限怎么算？_知道吧",
        date=None,
        notes="Q&A HTML: accepted-answer badge, answerer card with a rank, 采纳率, a follow-up box; answered-on relative time; example dates inside sentences are not dates",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>一级建造师考试报名条件是什么？工作年限怎么算？_知道吧</title></head><body>
<div class="hd">⟦m 知道吧　知道一点，就多一点⟧ <a>⟦a 我要提问⟧</a></div>
<div class="q"><h1>⟦t 一级建造师考试报名条件是什么？工作年限怎么算？⟧</h1><p>⟦m 来自 建筑考证 话题 · 提问于 2小时前 · 浏览 3,917⟧</p></div>
<div class="a"><div class="badge">⟦m ✔ 提问者采纳⟧</div><div class="user">⟦m 考证老周 · 专业答主 · 采纳率 92%⟧</div>
{BODY}
<div class="vote">⟦l 赞同 208　反对 3　收藏　举报⟧</div></div>
<div class="more"><h3>⟦l 其他 6 条回答⟧</h3><p>⟦l 二建和一建可以同年报考吗？⟧</p></div>
<div class="ft">⟦d 知道吧内容由网友提供，不代表本站观点⟧ ⟦m 京ICP证0XX588号⟧</div>
</body></html>
""",
        body="""
报考一级建造师，学历和工作年限是两道门槛，简单列一下：
1. 取得工程类或工程经济类大学专科学历，从事建设工程项目施工管理工作满4年；
2. 取得工程类或工程经济类大学本科学历，从事施工管理工作满3年；
3. 取得相应专业硕士学位，工作满2年；取得博士学位，工作满1年。
工作年限一般计算到报考当年年底。比如2025年报考、2022年7月本科毕业，到2025年12月31日满3年多一点，就可以报。
注意专业不对口的要多加一年，具体以当年报名公告为准。
""",
    ),
    dict(
        slug="anthology-haishen-salvage-diver-memoir-wrapped",
        site="海深文存 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="https://haishenwencun.example.org/juan2/31.html",
        title="三十年打捞生涯的几点回顾",
        record_title="《海深文存》卷二·第31篇｜三十年打捞生涯的几点回顾",
        date="2024-12-06",
        notes="hard-wrapped at 62 columns; a collection's volume decoration; chapter nav and a colophon; the date under the signature",
        wrap=62,
        indent="　　",
        page="""
!m 海深文存 · 一个老潜水员的文字
!m 目录 ｜ 卷一 海上 ｜ 卷二 水下 ｜ 卷三 岸边
!t 《海深文存》卷二·第31篇｜三十年打捞生涯的几点回顾
{BODY}
!l ← 第30篇 第一次下潜　　目录　　第32篇 沉船里的那只怀表 →
!d 文存为作者自留，引用请注明出处
""",
        body="""
从二十岁进救捞局当学徒，到五十岁从打捞队长的位置上退下来，我在海里泡了整整三十年。整理旧物时翻出几本工作笔记，记下几点回顾。
第一，安全永远是第一位的。潜水作业没有“差不多”，每次下水前我都要亲手检查一遍供气管路和通讯线，这个习惯救过我和队友不止一次。
第二，经验要靠传帮带。年轻潜水员理论好，但海底能见度差、流急的时候，全凭手感和判断，这些只能一次次带着他们练。
第三，打捞是为了救人，也是为了护海。后来我们承担了不少沉船油污清除任务，看着海面一点点恢复干净，比捞起什么都高兴。
写下这些，留给后来的年轻人看看。
老周
2024年12月6日
""",
    ),
    dict(
        slug="anthology-lihuan-jinju-speech-html",
        site="梨园旧忆 · 王秋声文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://lyjy.example.net/wangqiusheng/jianghua/07.html",
        title="在剧团建团六十周年座谈会上的发言",
        record_title="在剧团建团六十周年座谈会上的发言 - 梨园旧忆",
        date="2024-10-18",
        notes="collection HTML: speaker line and Chinese-numeral date under the speech title (neutral); the collection's chapter list and a guestbook box",
        page="""
<html><head><meta charset="utf-8"><title>在剧团建团六十周年座谈会上的发言 - 梨园旧忆</title></head><body>
<div class="banner">⟦m 梨园旧忆 · 王秋声文集⟧</div>
<div class="toc"><p>⟦l 本卷目录⟧</p><p>⟦l 06 学戏记⟧</p><p>⟦l 07 在剧团建团六十周年座谈会上的发言⟧</p><p>⟦l 08 给青年演员的一封信⟧</p></div>
<div class="art">
<h2>⟦t 在剧团建团六十周年座谈会上的发言⟧</h2>
<p class="c">汾阳县晋剧团老艺术家代表　王秋声</p>
<p class="c">（二〇二四年十月十八日）</p>
{BODY}
</div>
<div class="gb">⟦l 留言簿（共 14 条）　我要留言⟧</div>
<div class="ft">⟦d 本文集由家属整理，文字版权归王秋声先生家属所有⟧</div>
</body></html>
""",
        body="""
各位领导、各位同仁、老伙计们：
今天是咱们剧团六十岁的生日。我十二岁进团学戏，在这个团里唱了五十年，看着它从一辆马车几只戏箱，发展到今天有了自己的剧场。
六十年来，剧团坚持送戏下乡，足迹遍及全县每一个村庄。老一辈演员冬天在打谷场上唱，夏天在河滩上唱，有人说我们是“流动的舞台”。
我想对年轻演员说三句话：一要守住老戏的根，唱腔、身段一招一式都不能走样；二要多到群众中去，台下的掌声才是最好的评价；三要甘坐冷板凳，功夫都是一天天磨出来的。
祝愿剧团越办越好，祝愿晋剧艺术代代相传！
""",
    ),
    dict(
        slug="dangjian-hongxing-party-history-lecture-html",
        site="洮南党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="https://www.taonandj.example.gov.cn/dkzx/202507/t20250701_8812.html",
        title="传承红色基因 赓续奋斗精神——在“七一”专题党课上的讲稿",
        record_title="传承红色基因 赓续奋斗精神——在“七一”专题党课上的讲稿-洮南党建网",
        date="2025-06-30",
        notes="Party-building HTML: speaker line and date under the title neutral; a 'study online' badge, a 微党课 video list; a font-size and print row; a watermark-like slogan",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>传承红色基因 赓续奋斗精神——在“七一”专题党课上的讲稿-洮南党建网</title></head><body>
<div class="top">⟦m 洮南党建网　洮南县委组织部主办⟧</div>
<div class="nav">⟦m 首页　党建要闻　党课中心　先锋风采　组工信息⟧</div>
<div class="pos">⟦m 您的位置：首页 - 党课中心 - 精品党课⟧</div>
<h1>⟦t 传承红色基因 赓续奋斗精神——在“七一”专题党课上的讲稿⟧</h1>
<div class="tools">⟦a 字号 大 中 小⟧ ⟦a 打印⟧ ⟦a 收藏⟧</div>
<p class="author">县委党史研究室主任　卢振华</p>
<p class="date">（2025年6月30日）</p>
<div class="text">
{BODY}
</div>
<div class="vid"><h4>⟦l 微党课视频⟧</h4><p>⟦l 红军桥的故事（5分32秒）⟧</p><p>⟦l 老支书的入党誓词（4分10秒）⟧</p></div>
<div class="foot">⟦m 中共洮南县委组织部　版权所有　技术支持：洮南县融媒体中心⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我结合县党史研究室近年来的资料征集工作，和大家一起回顾洮南的红色历史，谈谈如何传承红色基因。
一、洮南是一片有着光荣革命传统的土地。1947年，洮南县第一个农村党支部在柳河村成立，支部带领群众减租减息、支援前线，全县先后有三千余名青年参军参战。
二、红色资源是最生动的教科书。近三年，我们征集革命文物和史料一千二百余件，编印《洮南红色记忆》口述史两册，修缮革命旧址七处。
三、传承红色基因，关键在行动。我们要把党史学习教育与做好本职工作结合起来，像先辈那样不畏艰难、敢于担当，在乡村振兴一线建功立业。
同志们，历史是最好的老师。让我们从党的历史中汲取力量，以实际行动迎接建党纪念日。
""",
    ),
    dict(
        slug="dangjian-qiming-device-center-party-day-summary",
        site="启明党建云 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://djy.qiming.example.cn/zbdt/2025/0416/3321.html",
        title="医疗器械监测中心党支部4月主题党日活动总结",
        record_title="【支部动态】医疗器械监测中心党支部4月主题党日活动总结",
        date="2025-04-15",
        notes="Party-building cloud: 【支部动态】 decoration, points badge, a 'learning points +1' action between paragraphs, a 三会一课 list",
        page="""
!m 启明党建云 · 智慧党建服务平台
!m 支部动态 ＞ 主题党日
!t 【支部动态】医疗器械监测中心党支部4月主题党日活动总结
!m 支部：市医疗器械不良事件监测中心党支部　上报时间：2025-04-16　审核状态：已通过
{BODY}
!a 阅读本文 学习积分 +1 ✓
!l 三会一课 | 主题党日 | 组织生活会 | 民主评议
!d 本平台内容由各基层党组织上报，仅供党员学习交流
""",
        body="""
4月15日，市医疗器械不良事件监测中心党支部开展了以“守护用械安全 践行为民初心”为主题的党日活动，支部全体党员参加。
活动分三个环节。首先，全体党员重温入党誓词，集中学习了医疗器械监督管理有关法规。
⟦a 👉 点击进入“学习强县”答题专区⟧
随后，党员分成三组走进两家二级医院和一家养老机构，现场宣讲不良事件报告知识，收集一线使用中发现的问题十二条。
最后，支部召开座谈会，党员结合岗位谈体会，大家一致表示要把监测工作做细做实，守护群众用械安全。
通过本次活动，党员的宗旨意识和业务能力得到进一步提升。
""",
    ),
    dict(
        slug="hospital-fengcheng-pertussis-reminder-html",
        site="枫城市妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.fcfy.example.com/jkkp/2025/0219/540.html",
        title="关于做好婴幼儿百日咳预防的温馨提示",
        record_title="关于做好婴幼儿百日咳预防的温馨提示_健康科普_枫城市妇幼保健院",
        date="2025-02-19",
        notes="hospital HTML: appointment hotline and a floating consult box as chrome; the department's own 咨询电话 in the body kept; a 'scan to book' sentence of the notice kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好婴幼儿百日咳预防的温馨提示_健康科普_枫城市妇幼保健院</title></head><body>
<div class="top">⟦m 枫城市妇幼保健院　三级甲等⟧ ⟦m 预约挂号：0571-8890XXXX（7:30-17:00）⟧</div>
<div class="nav">⟦m 首页 医院概况 科室导航 专家团队 就医指南 健康科普⟧</div>
<div class="pos">⟦m 当前位置 >> 健康科普⟧</div>
<h1>⟦t 关于做好婴幼儿百日咳预防的温馨提示⟧</h1>
<div class="info">⟦m 发布日期：2025-02-19　来源：儿童保健科　浏览量：2,306⟧</div>
{BODY}
<div class="float">⟦w 在线咨询 护士在线 点击提问⟧</div>
<div class="rel"><b>⟦l 健康科普推荐⟧</b><p>⟦l 宝宝接种疫苗后发热怎么办⟧</p><p>⟦l 春季儿童呼吸道疾病防治要点⟧</p></div>
<div class="foot">⟦m 地址：枫城市健康路88号　邮编：311800⟧ ⟦d Copyright © 枫城市妇幼保健院 All Rights Reserved⟧</div>
</body></html>
""",
        body="""
近期，百日咳病例有所增多，婴幼儿尤其是未完成疫苗接种的小月龄婴儿是重点人群。为保护宝宝健康，提醒家长注意以下几点：
一、按时接种疫苗。含百日咳成分的疫苗要按免疫程序按时接种，已经错过接种时间的应尽快补种。
二、注意早期症状。百日咳早期症状与普通感冒相似，如孩子出现阵发性痉挛性咳嗽、咳嗽末伴有鸡鸣样回声，应及时就医。
三、做好家庭防护。家中有咳嗽症状的成人应佩戴口罩，尽量避免与婴儿近距离接触，室内经常开窗通风。
家长可扫描门诊大厅二维码预约儿童保健科门诊，儿童保健科咨询电话：0571-88902316。
枫城市妇幼保健院儿童保健科
2025年2月19日
""",
    ),
    dict(
        slug="hospital-renkang-device-adverse-event-rule",
        site="仁康医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.renkanghosp.example.cn/yygl/zhidu/118.html",
        title="医疗器械不良事件监测与报告制度",
        record_title="医疗器械不良事件监测与报告制度 - 仁康医院",
        date="2025-01-08",
        notes="a rule whose articles speak of 扫码 and 打印 as content; hospital hotline and 24-hour line as chrome; 第X条 articles",
        page="""
!m 仁康医院　RENKANG HOSPITAL
!m 24小时急诊：0516-8712XXXX　　导航：首页 » 医院管理 » 规章制度
!t 医疗器械不良事件监测与报告制度
!m 发布科室：医学装备部　｜　更新：2025-01-08　｜　阅读：377
{BODY}
!a ［打印本文］［返回顶部］
!l 规章制度目录：医疗设备维修管理制度　一次性耗材使用管理规定
!m 仁康医院版权所有　苏ICP备09XX5123号
""",
        body="""
第一条　为加强医疗器械不良事件监测工作，保障患者和医务人员安全，根据国家有关规定，结合本院实际，制定本制度。
第二条　医学装备部负责全院医疗器械不良事件监测的日常管理工作，各临床科室设兼职监测员一名。
第三条　临床使用中发现可疑不良事件的，当事人应立即采取措施保护患者，并扫描科室张贴的上报二维码填报事件信息。
第四条　导致死亡的事件应在二十四小时内上报，导致严重伤害的应在三日内上报，其他事件按月汇总上报。
第五条　医学装备部每季度打印不良事件汇总分析报告，提交医疗质量管理委员会讨论。
第六条　对隐瞒不报、迟报的科室和个人，纳入科室质量考核。
第七条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="university-minhu-thesis-check-notice-html",
        site="岷湖大学教务处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jwc.minhu-univ.example.edu.cn/info/1021/6610.htm",
        title="关于2025届本科毕业论文（设计）学术不端检测工作的通知",
        record_title="关于2025届本科毕业论文（设计）学术不端检测工作的通知-岷湖大学教务处",
        date="2025-04-07",
        notes="university HTML: quick links, a 'view count loading' script text hidden, attachment list kept, the office's own 联系人/电话/邮箱 kept; a 'back to top' link",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2025届本科毕业论文（设计）学术不端检测工作的通知-岷湖大学教务处</title><script>_showDynClicks("wbnews",1234,6610)</script></head><body>
<div class="hd">⟦m 岷湖大学教务处⟧ <span>⟦m 学校主页 | English⟧</span></div>
<div class="nav">⟦m 首页 机构设置 教学运行 考试管理 实践教学 下载中心⟧</div>
<div class="lm">⟦m 首页 > 通知公告 > 正文⟧</div>
<h1>⟦t 关于2025届本科毕业论文（设计）学术不端检测工作的通知⟧</h1>
<div class="sj">⟦m 作者：实践教学科　时间：2025-04-07　点击：[ 4125 ]次⟧</div>
{BODY}
<div class="top">⟦a ↑ 返回顶部⟧ ⟦a 关闭窗口⟧</div>
<div class="quick"><p>⟦l 快速通道：教务系统　选课系统　毕业论文管理系统　校历⟧</p></div>
<div class="ft">⟦m 地址：岷湖市大学路1号 岷湖大学行政楼3楼　邮编：621000⟧</div>
</body></html>
""",
        body="""
各学院：
为加强本科毕业论文（设计）质量管理，现将2025届本科毕业论文学术不端检测工作安排通知如下。
一、检测范围：2025届全体本科毕业生的毕业论文（设计）。
二、检测时间：第一次检测为5月6日至5月12日，复检为5月19日至5月23日。
三、检测要求：总文字复制比不超过百分之二十五的，可直接参加答辩；超过的须修改后复检，复检仍不合格的，取消本次答辩资格。
四、各学院教学秘书负责汇总本院学生的检测报告，学生可登录毕业论文管理系统自行下载检测报告。
附件：1.毕业论文检测情况汇总表
2.复检申请表
联系人：韩老师，电话：0816-2217706，邮箱：sjjx@minhu-univ.example.edu.cn。
教务处
2025年4月7日
""",
    ),
    dict(
        slug="university-xiangyuan-workstudy-summary-table",
        site="湘源学院学生资助中心 (invented)",
        style="高校官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://xszz.xiangyuan.example.edu.cn/gzdt/2025/0112/215.html",
        title="湘源学院2024年勤工助学工作总结",
        record_title="湘源学院2024年勤工助学工作总结",
        date="2025-01-12",
        record_date="2025-01-12",
        notes="record title and date; a data table (one row a paragraph, cells apart by ideographic spaces); a 'WeChat of the centre' QR prompt and a 'previous/next' row",
        page="""
!m 湘源学院学生资助管理中心
!m 网站首页 / 工作动态
!t 湘源学院2024年勤工助学工作总结
!m 发布者：资助中心　日期：2025年01月12日　浏览：288次
{BODY}
!a 微信扫一扫关注“湘源资助”
!l 上一篇：2025年春季学期临时困难补助申请通知
!l 下一篇：国家助学贷款续贷确认工作安排
""",
        body="""
2024年，学校共设置勤工助学岗位四百一十二个，资助学生七百三十六人次，发放勤工助学酬金一百二十八万元。
各类岗位分布情况如下：
岗位类别　岗位数　上岗人次　酬金（万元）
校内固定岗位　286　498　87.6
校内临时岗位　94　186　31.2
校外勤工助学岗位　32　52　9.2
全年共开展岗前培训六场，评选优秀勤工助学学生五十名。
2025年，学校将进一步优化岗位结构，增加科研助理和专业实践类岗位，提升勤工助学的育人成效。
""",
    ),
    dict(
        slug="localbbs-tongyang-mucktruck-notice-post",
        site="桐阳生活网论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="https://bbs.tongyang-life.example.com/thread-88217-1-1.html",
        title="关于开展渣土运输车辆专项整治的通告",
        record_title="转：关于开展渣土运输车辆专项整治的通告 - 桐阳论坛",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="county forum repost: 转： decoration, a relative time and a post date (the document date expected, the post date also accepted); poster signature and replies at the bottom; 举报电话 of the notice kept",
        page="""
!m 桐阳生活网 › 论坛 › 桐阳杂谈
!t 转：关于开展渣土运输车辆专项整治的通告
!m 楼主 城南小飞侠　2025-05-09 12:03 发表　|　昨天 18:44 最后回复　|　回复 41
{BODY}
!m ——签名：家住城南，天天吃灰——
!l 2# 老桐阳：早该管管了，半夜轰隆隆的根本睡不着
!l 3# 阿文不吃香菜：点赞，希望别是一阵风
!l 快速回复　发表帖子
""",
        body="""
为加强城市扬尘污染防治，规范渣土运输秩序，县城市管理局、公安局交警大队决定自2025年5月10日起至7月31日，在全县开展渣土运输车辆专项整治。现通告如下：
一、渣土运输车辆必须办理准运手续，按核准的时间、路线行驶，严禁沿途抛洒滴漏。
二、运输车辆须实行全密闭运输，安装并正常使用卫星定位装置。
三、对无证运输、超载超速、闯红灯等违法行为，依法从严查处。
欢迎广大市民监督举报，举报电话：0739-12319。
桐阳县城市管理局　桐阳县公安局交通警察大队
2025年5月8日
""",
    ),
    dict(
        slug="localbbs-shanbei-illegal-building-html-junk",
        site="杉北论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.shanbeibbs.example.net/t/55102",
        title="关于限期拆除违法建设的公告",
        record_title=None,
        date="2025-08-11",
        notes="no record title; local-forum HTML with jammer fonts inside the repost; a township's notice pasted under a poster's question; the title found as the post heading decorated with 【求助】",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>【求助】村里贴了拆违公告，这个怎么办？ - 杉北论坛</title></head><body>
<div class="hd">⟦m 杉北论坛　杉北人自己的网上家园⟧ ⟦a 登录 | 注册 | 找回密码⟧</div>
<div class="crumb">⟦m 杉北论坛 » 民生求助 » 帖子详情⟧</div>
<h1>⟦t 【求助】村里贴了拆违公告，这个怎么办？⟧</h1>
<div class="meta">⟦m 发帖：杉北老王　2025-08-13 20:41　阅读 2876　回复 52⟧</div>
<p>⟦l 楼主附言：今天村口贴了这个，原文打出来了，懂行的帮看看⟧</p>
<h3>⟦t 关于限期拆除违法建设的公告⟧</h3>
<div class="post">
{BODY}
</div>
<div class="reply">⟦l 沙发 律师小刘：公告里写了可以申请行政复议，建议先去镇里问清楚⟧</div>
<div class="ft">⟦d 杉北论坛所有帖子仅代表网友个人观点⟧</div>
</body></html>
""",
        body="""
经查，以下建筑物未取得乡村建设规划许可证，属于违法建设：
杉北镇河西村三组沿河路东侧砖混结构房屋一栋，占地约一百二十平方米。
根据《中华人民共和国城乡规划法》有关规定，现责令当事人于本公告张贴之日起十五日内自行拆除。逾期未拆除的，将依法组织强制拆除，所需费用由当事人承担。
当事人如不服，可以在本公告张贴之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。
杉北镇人民政府
2025年8月11日
""",
    ),
]
