"""holdout104, part C: old village opera stages (古戏台) and memorial archways (牌坊).
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="assoc-guxitai-restore-pledge-html",
        site="青川县古建筑保护协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.qcgjbh.example.org.cn/xhdt/2025/0520/93.html",
        title="关于共同守护乡村古戏台的倡议书",
        record_title="【协会倡议】关于共同守护乡村古戏台的倡议书_协会动态_青川县古建筑保护协会",
        date="2025-05-18",
        notes="association page: member login row, 入会须知 sidebar, footer with an address and 邮编; the association's name is also the signature (tail match)",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于共同守护乡村古戏台的倡议书_协会动态_青川县古建筑保护协会</title></head><body>
<div class="login">⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="logo">⟦m 青川县古建筑保护协会⟧</div>
<div class="nav">⟦m 协会简介 · 协会动态 · 保护项目 · 匠人风采 · 联系我们⟧</div>
<h2>⟦t 关于共同守护乡村古戏台的倡议书⟧</h2>
<div class="meta">⟦m 来源：协会秘书处　日期：2025-05-20　阅读：312⟧</div>
{BODY}
<div class="side"><h4>⟦l 入会须知⟧</h4><p>⟦l 个人会员年费 100 元，单位会员年费 2000 元⟧</p></div>
<div class="foot">⟦m 地址：青川县文庙街8号　邮编：628100⟧ ⟦d ©2025 版权所有⟧</div>
</body></html>
""",
        body="""
全县古建筑保护工作者和广大村民：
我县现存清代至民国时期的乡村古戏台二十七座，它们是先辈看戏、议事、过节的场所，也是村落记忆的载体。
近年来，部分古戏台因无人管护出现屋面漏雨、木构糟朽，有的被改作仓库，甚至被私自拆改。为此，我们倡议：
一、村里的古戏台由村民共同看护，发现险情及时报告文物部门。
二、修缮古戏台要请有资质的队伍，不擅自改变原有结构和彩画。
三、逢年过节多在戏台上演戏、办活动，让古戏台重新热闹起来。
青川县古建筑保护协会
2025年5月18日
""",
    ),
    dict(
        slug="univ-arch-school-stage-survey-news",
        site="西岭建筑大学建筑学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://arch.xlju.example.edu.cn/info/1042/6631.htm",
        title="建筑学院师生赴青川开展古戏台测绘实习",
        record_title="建筑学院师生赴青川开展古戏台测绘实习-西岭建筑大学建筑学院",
        date="2025-07-22",
        notes="university school page: 发布时间 byline, a photo caption between paragraphs, 撰稿/审核 line glued after the last paragraph, quick-links sidebar",
        page="""
<html><head><meta charset="utf-8"><title>建筑学院师生赴青川开展古戏台测绘实习-西岭建筑大学建筑学院</title></head><body>
<div class="head">⟦m 西岭建筑大学 建筑学院⟧ ⟦m 厚德 博学 营造 致远⟧</div>
<div class="nav">⟦m 学院首页　学院概况　师资队伍　人才培养　科学研究　学生工作⟧</div>
<div class="loc">⟦m 当前位置: 首页 &gt;&gt; 学院新闻 &gt;&gt; 正文⟧</div>
<h1>⟦t 建筑学院师生赴青川开展古戏台测绘实习⟧</h1>
<div class="info">⟦m 发布时间：2025-07-22　点击：[ 219 ]⟧</div>
{BODY}
<div class="links"><h4>⟦l 快速链接⟧</h4><p>⟦l 教务系统　研究生系统　图书馆　校历⟧</p></div>
<div class="foot">⟦d 版权所有 © 西岭建筑大学建筑学院⟧ ⟦m 地址：西岭市大学城学府路1号⟧</div>
</body></html>
""",
        body="""
7月10日至20日，建筑学院2022级建筑学专业六十名学生在四位教师带领下，赴青川县开展古戏台测绘实习。
实习组分为九个小组，采用手工测量与三维激光扫描相结合的方法，完成了八座古戏台的平面、立面和梁架测绘。
⟦m 图为学生在上坪村古戏台测量梁架尺寸⟧
青川县文物管理所为实习提供了历史档案，当地老艺人还为师生讲述了戏台上演戏的旧事。
此次测绘成果将整理成图集，提交县文物部门作为古戏台保护修缮的基础资料。⟦m （撰稿：邝思遥　审核：廖竹）⟧
""",
    ),
    dict(
        slug="snapshot-township-stage-schedule",
        site="搜索快照 of 上坪乡人民政府 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.soukuai.example.com/c?u=shangping.example.gov.cn/tzgg/518.html",
        title="上坪乡2025年春节古戏台演出安排",
        record_title=None,
        date="2025-01-20",
        notes="search-cache snapshot: cache banner and highlight note, the title missing from the record; a schedule table with ideographic spaces; the portal footer",
        page="""
!d 这是 http://shangping.example.gov.cn/tzgg/518.html 的快照，是网页在 2025年2月3日 的存档。当前页面可能已经更改。
!m 搜快 · 网页快照　以下关键词已被高亮：古戏台 演出
!m 上坪乡人民政府 > 通知公告
{T}
!m 发布时间：2025-01-20
{BODY}
!m 上坪乡人民政府版权所有　技术维护：青川县政务信息中心
""",
        body="""
为丰富群众春节文化生活，乡文化站邀请县川剧团和本乡业余剧团在古戏台集中演出，现将演出安排公布如下：
日期　剧目　演出单位
正月初二　《白蛇传·游湖》　县川剧团
正月初四　《秋江》　县川剧团
正月初六　地方小戏专场　上坪乡业余剧团
每场演出时间为下午两点至五点，欢迎群众前来观看。
请观众遵守秩序，不在戏台周边燃放烟花爆竹，老人和孩子看戏时请注意安全。
上坪乡文化站
2025年1月20日
""",
    ),
    dict(
        slug="forum-discuz-stage-photos-jammer",
        site="山野行摄论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.shanyexs.example.com/thread-88710-1-1.html",
        title="青川八座古戏台走访记（多图）",
        record_title="[游记] 青川八座古戏台走访记（多图） - 人文纪实 - 山野行摄论坛",
        date=None,
        notes="Discuz-like forum: jammer fonts in HTML, 发表于 with a relative time, poster card, 回复 box; no date",
        junk=dict(lines=1, glued=2),
        p_html="{}<br />",
        page="""
<html><head><meta charset="gbk"><title>[游记] 青川八座古戏台走访记（多图） - 人文纪实 - 山野行摄论坛</title>
<style>.jammer{color:#fff;font-size:0}</style></head><body>
<div id="hd">⟦m 山野行摄论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 人文纪实 › 青川八座古戏台走访记（多图）⟧</div>
<h1>⟦t [游记] 青川八座古戏台走访记（多图）⟧</h1>
<div class="pls">⟦m 背包老温⟧ ⟦m 主题 86 帖子 1302 积分 4417⟧</div>
<div class="pi">⟦m 发表于 5 天前⟧ ⟦a 只看该作者⟧ ⟦m 楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复　支持 58　反对 0　收藏⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 山野行摄 ( 川ICP备15022081号 )⟧</div>
</body></html>
""",
        body="""
国庆假期一个人开车在青川转了四天，专门看古戏台，一共走了八座，挑几座印象深的说说。
上坪村的戏台最完整，歇山顶，台口两根石柱上刻着对联。藻井彩画还看得清，村里老人说每年春节还在唱戏。
杨家湾的戏台就惨一些，屋面塌了一角。台上堆满了柴火，门口还拴着一头牛。
下寨的戏台刚修过，新换的木料颜色太亮，跟老构件放在一起有点突兀，不过总比塌了强。
建议去的朋友提前问好路，有几座在半山腰，车开不上去，要走二十分钟山路。
""",
    ),
    dict(
        slug="wechat-stage-reopen-oneline",
        site="青川文旅 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://mp.mirror.example.com/s/QcWl_2025_0601_stage",
        title="修缮一新！百年古戏台重开锣",
        record_title="修缮一新！百年古戏台重开锣｜青川文旅",
        date="2025-06-01",
        notes="WeChat mirror: the whole body on one line; account line with the date is the page's date; 阅读原文/在看/分享 row",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!t 修缮一新！百年古戏台重开锣
!m 青川文旅　2025-06-01 08:30　四川
!a 点击上方蓝字关注我们
{BODY}
!l 阅读原文　|　分享　|　在看 203　|　赞 388
!d 镜像内容来自公开平台，仅作存档，版权归原公众号所有
""",
        body="""
5月31日晚，修缮后的下寨村古戏台迎来首场演出，锣鼓一响，台下三百多名村民和游客齐声叫好。
这座戏台始建于清光绪年间，去年被列入县级文物保护单位，修缮工程历时八个月，更换糟朽木构件四十余件。
当晚，县川剧团演出了《拉郎配》等传统折子戏，不少村民带着小板凳早早就来占位。
县文旅局表示，今年还将在古戏台举办“周末村戏”系列活动，让文物在使用中得到保护。
""",
    ),
    dict(
        slug="lawfirm-archway-damage-liability",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.hengzhenglaw.example.com/pufa/2025/0811/407.html",
        title="损毁文物牌坊要承担哪些法律责任",
        record_title="律师说法丨损毁文物牌坊要承担哪些法律责任",
        date="2025-08-11",
        notes="law-firm page: a lawyer's card, a consultation WeChat glued after a sentence, a notice that it is not legal advice; numbered points",
        page="""
!m 衡正律师事务所 · 专注行政与刑事辩护
!m 首页 / 律师说法 / 文物保护
!t 律师说法丨损毁文物牌坊要承担哪些法律责任
!m 作者：芮一鸣 律师　2025-08-11
{BODY}
!d 本文仅为普法之用，不构成对任何具体案件的法律意见。
!w 免费预约律师面谈：0816-2388100
!l 上一篇：村民修路挖出古墓怎么办　下一篇：老宅被认定为文物后还能翻修吗
""",
        body="""
近日，有村民因运输车辆刮倒村口清代石牌坊的一根立柱，被文物部门立案调查。很多人不清楚，损毁文物牌坊会有什么后果。
根据文物保护法律法规，损毁牌坊可能承担以下责任：
1.民事责任。造成文物损坏的，应当依法承担修复费用等赔偿责任。
2.行政责任。尚不构成犯罪的，由文物主管部门责令改正，并可处以罚款。
3.刑事责任。故意损毁国家保护的珍贵文物或者被确定为全国重点文物保护单位、省级文物保护单位的文物，可能构成故意损毁文物罪。⟦w 具体案情可加律师微信 hz-ruilaw 咨询⟧
提醒大家，在文物周边施工、通行时要格外小心，发现文物受损应及时报告。
""",
    ),
    dict(
        slug="edu-archway-study-trip-plan",
        site="青川县教育局 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jyj.qingchuan.example.gov.cn/xxgk/2025/0403/2210.html",
        title="青川县中小学“走近牌坊文化”研学实践活动方案",
        record_title="青川县中小学“走近牌坊文化”研学实践活动方案_教育资讯_青川县教育局",
        date="2025-04-03",
        notes="education portal: views line, 附件 list kept, a sentence telling schools to 下载 forms kept; a safety line; 相关文章",
        page="""
!m 青川县教育局　教育资讯
!m 首页 >> 教育资讯 >> 德育工作
!t 青川县中小学“走近牌坊文化”研学实践活动方案
!m 作者：德育股　来源：本站原创　点击数：688　更新时间：2025-04-03
{BODY}
!a 【大 中 小】【打印】【关闭】
!l 相关文章：关于开展2025年春季学生安全教育的通知
""",
        body="""
为引导学生了解本土历史文化，增强文化自信，县教育局决定在全县中小学开展“走近牌坊文化”研学实践活动。
一、活动对象：全县小学五年级至初中二年级学生。
二、活动时间：2025年4月至6月，各校自行安排一天。
三、研学线路：文庙街节孝坊、上坪村功德坊、县博物馆牌坊石刻展厅。
四、有关要求：各校要制定安全预案，师生比不低于一比十五；研学结束后每名学生完成一篇研学日记。
各校可在县教育局网站“下载专区”下载研学手册和安全责任书。
附件：1.研学线路及讲解点位
2.研学活动报名表
青川县教育局
2025年4月3日
""",
    ),
    dict(
        slug="rsks-heritage-staff-exam-timetable-html",
        site="青川县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.qcrsks.example.gov.cn/kwgg/2025/0605/1120.html",
        title="青川县文物保护中心2025年公开招聘工作人员笔试公告",
        record_title="【考务公告】青川县文物保护中心2025年公开招聘工作人员笔试公告",
        date="2025-06-05",
        notes="personnel-exam page: exam committee's 咨询电话 beside the site's technical line, an exam timetable table, 准考证 下载打印 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】青川县文物保护中心2025年公开招聘工作人员笔试公告</title></head><body>
<div class="top">⟦m 青川县人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 报名入口 | 准考证打印 | 政策法规⟧</div>
<h1>⟦t 青川县文物保护中心2025年公开招聘工作人员笔试公告⟧</h1>
<div class="bar">⟦m 发布日期：2025-06-05　信息来源：县人社局⟧</div>
{BODY}
<div class="help">⟦w 网上报名技术咨询：0816-2392211（仅解答系统操作问题）⟧</div>
<div class="foot">⟦d 本网站为青川县人事考试官方网站，其他网站发布信息以本站为准⟧ ⟦m 蜀ICP备10027730号⟧</div>
</body></html>
""",
        body="""
青川县文物保护中心2025年公开招聘工作人员资格初审已经结束，现将笔试有关事项公告如下：
一、笔试时间和科目
日期　时间　科目
6月21日　9:00—11:00　公共基础知识
6月21日　14:30—16:30　文物保护专业知识
二、准考证打印
请通过资格审查的考生于6月16日至20日登录本网站下载打印准考证。
三、注意事项
考生须携带准考证和有效居民身份证参加考试，开考三十分钟后不得入场。
政策咨询电话：0816-2391035（县文物保护中心）。
青川县人力资源和社会保障局
2025年6月5日
""",
    ),
    dict(
        slug="training-caihui-course-wrapped-glued",
        site="匠心古建彩绘培训 (invented)",
        style="培训机构",
        genre="课程介绍",
        kind="other",
        form="text",
        source="https://www.jiangxincaihui.example.com/kc/xitai-2025.html",
        title="古戏台彩绘修复高级研修班招生简章",
        record_title="【暑期招生】古戏台彩绘修复高级研修班招生简章（附课程表）",
        date=None,
        notes="training school page: hard-wrapped at 66 columns with page markers ⟃n⟄ glued; price tag and trial prompt; the school's 报名电话 kept beside a consultant WeChat",
        indent="\u3000\u3000",
        wrap=66,
        pages=dict(fmt="⟃{n}⟄", every=160, start=2, glue=True),
        page="""
!m 匠心古建彩绘培训 · 让老手艺有传人
!t 【暑期招生】古戏台彩绘修复高级研修班招生简章（附课程表）
!a ¥6800/期　早鸟价 ¥5980　立即报名
{BODY}
!w 课程顾问微信：jx-caihui01（备注“研修班”）
!a 预约免费试听一节
!l 学员心声：三个月学下来，终于敢上手修老梁了。——2024届学员 吴
""",
        body="""
本研修班面向文物修复从业人员和传统彩绘爱好者，以古戏台梁架、藻井和檐板彩绘为对象，系统讲授调查记录、病害分析、清洗加固和补绘技法。
课程共十二周，每周五天，前四周在教室学习理论和临摹，后八周在上坪村古戏台修缮现场跟随项目实操。
授课教师由具有二十年以上从业经验的彩绘匠师和文物保护工程师担任，结业考核合格者颁发结业证书。
报名电话：0816-2310586，报名截止时间为开班前十天，名额二十人，额满为止。
""",
    ),
    dict(
        slug="company-archway-restoration-news-html",
        site="青川古建工程有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qcgujian.example.com/news/2025/0915/72.html",
        title="公司承建的文庙街节孝坊修缮工程通过竣工验收",
        record_title="公司承建的文庙街节孝坊修缮工程通过竣工验收 - 新闻中心 - 青川古建工程有限公司",
        date="2025-09-15",
        notes="company site: products nav, a dotted company-news date is the page's date, a 400 service line and online message prompt, back-to-list link",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司承建的文庙街节孝坊修缮工程通过竣工验收 - 新闻中心 - 青川古建工程有限公司</title></head><body>
<header>⟦m 青川古建工程有限公司⟧ ⟦m 文物保护工程施工一级资质⟧ ⟦w 全国服务热线：400-660-1752⟧</header>
<nav>⟦m 网站首页 / 关于我们 / 工程案例 / 新闻中心 / 人才招聘 / 联系我们⟧</nav>
<h1>⟦t 公司承建的文庙街节孝坊修缮工程通过竣工验收⟧</h1>
<div class="date">⟦m 2025.09.15　浏览次数：97⟧</div>
{BODY}
<div class="back">⟦l 返回列表⟧ ⟦l 上一条：公司参加全省古建技艺交流会⟧</div>
<aside>⟦w 在线留言 · 我们将在24小时内回复您⟧</aside>
<footer>⟦d Copyright © 2025 青川古建工程有限公司 All Rights Reserved⟧</footer>
</body></html>
""",
        body="""
9月12日，由公司承建的文庙街节孝坊修缮工程通过县文物局组织的竣工验收。
节孝坊建于清道光年间，为四柱三间五楼石牌坊，修缮前存在立柱风化、额枋断裂、楼顶构件缺失等病害。
项目部按照“不改变文物原状”的原则，对断裂额枋采用不锈钢锚杆加固，缺失构件按原材料、原工艺补配。
验收专家组认为，工程质量符合设计和规范要求，最大限度保留了文物的历史信息。
""",
    ),
]
