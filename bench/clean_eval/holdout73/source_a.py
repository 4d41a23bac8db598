"""holdout73, part A: skateboarding (skate parks, skate clubs, skate lessons). Invented text,
sites, places, people and numbers; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-lingchuan-skatepark-trial-html-index",
        site="翎川县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.lingchuan.example.gov.cn/zwgk/tzgg/202604/t20260408_55120.html",
        title="关于翎川县城市滑板公园试运行的通告",
        record_title="关于翎川县城市滑板公园试运行的通告_翎川县人民政府",
        date="2026-04-08",
        notes="county portal: 索引号 table, 文号 neutral, 适老化 row, font-size row, related list; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于翎川县城市滑板公园试运行的通告_翎川县人民政府</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦m 翎川县人民政府门户网站⟧ <a>⟦a 长者模式⟧</a> <a>⟦a 无障碍浏览⟧</a> <a>⟦a 登录｜注册⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="pos">⟦m 您现在的位置：首页 » 政务公开 » 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：LC-0117-2026-00219⟧</td><td>⟦m 发布机构：县文体旅游局⟧</td></tr>
<tr><td>⟦m 主题分类：文化、体育⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>⟦t 关于翎川县城市滑板公园试运行的通告⟧</h1>
<p class="wh">翎文体通〔2026〕7号</p>
<div class="fz">⟦a 【字号：大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="xg"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县体育中心夏季开放时间调整的公告⟧</li><li>⟦l 全民健身设施维护情况通报⟧</li></ul></div>
<div class="foot">⟦m 主办：翎川县人民政府办公室　承办：县大数据中心⟧<br>⟦m 网站标识码：4310220003　翎ICP备17004412号⟧<br>⟦m 纠错电话：0739-5120110⟧</div>
</body></html>
""",
        body="""
城市滑板公园位于县城滨江路北段，设有碗池、街式区和初学区，经竣工验收后定于2026年4月12日起试运行。
一、开放时间为每日9时至21时，每周一上午闭园维护。
二、入园人员须佩戴头盔和护具，十二周岁以下儿童须有监护人陪同。
三、试运行期间免费开放，市民可扫描入口处二维码进行实名预约，每场限120人。
四、试运行期间如有意见建议，请联系县文体旅游局体育股，联系人：宋琳，电话：0739-5126637。
翎川县文体旅游局
2026年4月8日
""",
    ),
    dict(
        slug="news-yicheng-skate-invitational-byline",
        site="翊城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.yichengwb.example.com/tiyu/2026-05/03/c_88412.htm",
        title="首届翊城青少年滑板邀请赛落幕",
        record_title=None,
        date="2026-05-03",
        notes="news page: title missing in record; byline 发布时间; photo caption between paragraphs; editor line glued after last paragraph",
        page="""
!m 翊城晚报网 > 体育 > 本地赛事
{T}
!m 发布时间：2026-05-03 18:42　来源：翊城晚报　记者 侯一帆
!a A- A+　朗读
{BODY}
!l 推荐阅读
!l ▪ 城东体育公园五一接待游客超三万人次
!l ▪ 翊城马拉松报名通道下周开启
!d 本网所载稿件，未经书面授权不得转载、摘编。
""",
        body="""
5月3日，首届翊城青少年滑板邀请赛在城东体育公园落下帷幕，来自周边六个县市的86名选手参赛。
⟦m 图为男子街式组选手在决赛中完成动作。本报记者 侯一帆 摄⟧
比赛设街式、碗池两个项目，按年龄分为少儿组和青少年组，13岁的本地选手邓可心获得女子碗池组冠军。
赛事组委会表示，明年将增设成人公开组，并邀请专业裁判参与执裁。⟦m （编辑：阮晓）⟧
""",
    ),
    dict(
        slug="forum-skaters-night-light-pledge-junk",
        site="翱山滑手论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://bbs.aoshanskate.example.net/thread-20931-1-1.html",
        title="关于文明使用夜间滑板场地的倡议",
        record_title="[置顶] 关于文明使用夜间滑板场地的倡议 - 场地公告 - 翱山滑手论坛",
        date="2026-06-01",
        date_also=["2026-06-02"],
        junk=dict(lines=1, glued=2),
        notes="forum thread with anti-scraping junk; post time differs from the signing date",
        page="""
!m 翱山滑手论坛 › 场地公告 › 正文
!l 查看: 2316 | 回复: 47
!t [置顶] 关于文明使用夜间滑板场地的倡议
!m 楼主 板仔老韩 发表于 2026-6-2 21:15 | 只看该作者
{BODY}
!l 回复 支持(35) 反对(0)
!a 登录后才能回帖，没有账号？立即注册
!l 沙发 · 路过的小轮 · 顶一个，晚上确实太吵了
""",
        body="""
各位滑友：
滨河桥下的滑板场地自去年开放夜间照明以来，夜里来练习的人越来越多，周边居民反映噪音和垃圾问题较为突出。
为此我们倡议：晚上十点以后停止使用音响，收板离场时带走自己的饮料瓶和包装袋。最后离场的滑友请顺手关掉场地照明。
练习时请让出场边的步行道，不在道路上追逐滑行。遇到老人和小孩请主动减速避让。
让我们一起守护这块来之不易的场地。
翱山滑板爱好者协会
2026年6月1日
""",
    ),
    dict(
        slug="blog-skate-coach-first-lesson-no-date",
        site="风铃的板上日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://fengling-skate.example.blog.com/post/61",
        title="教零基础成人学滑板的一点体会",
        record_title="教零基础成人学滑板的一点体会 | 风铃的板上日记",
        date=None,
        notes="personal blog: relative time 3天前 no date; tags and archive; a like row glued after a paragraph",
        page="""
!m 风铃的板上日记 —— 摔过的每一跤都算数
!m 首页 | 归档 | 关于我
{T}
!m 3天前 · 阅读 402 · 分类：教学笔记
{BODY}
!l 标签：#滑板教学 #成人入门 #安全
!l « 上一篇：第一次带队去碗池　　下一篇：护具选购清单 »
!l 评论（6） 说点什么吧……
""",
        body="""
今年春天起，我在周末带了一个成人入门班，学员大多三十岁以上，没有任何滑板基础。
成人最大的障碍不是平衡，而是怕摔，所以第一节课我只教怎样安全地摔倒和起身。⟦l 👍 喜欢 12　💬 评论　⭐ 收藏⟧
等他们敢于把重心放到板上，推板和转向反而学得很快。
我的体会是，教成人要多讲道理、少喊口号，每个动作说清楚为什么这样做。
""",
    ),
    dict(
        slug="wenku-skate-campus-course-plan-brace-markers",
        site="翔湖文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.xianghu.example.com/view/7c1e0a9d.html",
        title="滑板进校园课程实施方案",
        record_title="【精选】滑板进校园课程实施方案（可编辑word版）",
        date="2026-02-20",
        pages=dict(fmt="⸨{n}⸩", every=110, start=2),
        notes="文库 preview: page markers ⸨n⸩ cut paragraphs; preview-end prompt; upload notice",
        page="""
!m 翔湖文库 > 教育资料 > 体育教案
!t 【精选】滑板进校园课程实施方案（可编辑word版）
!m 上传者：zy_teacher　页数：4页　下载券：2
{BODY}
!a 试读已到第3页，余下内容请下载原文查看
!a 立即下载　加入文件夹　举报
!d 本文档为用户上传，翔湖文库仅提供信息存储空间，如有侵权请联系删除。
""",
        body="""
为丰富学校体育课程内容，培养学生勇于挑战、坚韧乐观的品质，我校决定在四至六年级开设滑板选修课程，特制定本方案。
一、课程目标。使学生掌握滑板基本站姿、推行、转向和安全倒地技术，了解滑板运动的规则和礼仪。
二、课程安排。每周二、周四下午第三节课开设，每班不超过二十人，由经过培训的体育教师和校外教练共同授课。
三、安全保障。学校统一配备头盔、护膝、护肘，课前检查场地和器材，严禁学生在非指定区域滑行。
翔湖区实验小学
2026年2月20日
""",
    ),
    dict(
        slug="fanwen-old-table-skate-club-summary-cn-date",
        site="翮溪范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.hexifanwen.example.com/zongjie/20260111/4471.html",
        title="学校滑板社团年度工作总结",
        record_title="学校滑板社团年度工作总结（通用2篇）_翮溪范文网",
        date="2026-01-09",
        date_also=["2026-01-11"],
        notes="old gb2312 table layout with marquee, reading font row, visitor counter; 成文日期 in Chinese numerals",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>学校滑板社团年度工作总结（通用2篇）_翮溪范文网</title></head>
<body><table width="960" align="center"><tr><td>⟦m 翮溪范文网　www.hexifanwen.example.com⟧</td><td><marquee>⟦m 热烈庆祝本站收录范文突破八十万篇⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 首页 ≫ 工作总结 ≫ 社团总结⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700">
<h1>⟦t 学校滑板社团年度工作总结（通用2篇）⟧</h1>
<div>⟦m 时间：2026-01-11　作者：佚名　人气：1207⟧　⟦a 〖放大字体　缩小字体〗⟧</div>
{BODY}
<div>⟦a 【复制全文】【下载DOC】【收藏本文】⟧</div>
<div>⟦l 上篇：班级读书会年度总结　下篇：校园广播站工作总结⟧</div>
</td><td width="260"><div>⟦l 本周热门范文⟧</div><div>⟦l 1. 体育组教研工作总结⟧</div><div>⟦l 2. 少先队大队部工作总结⟧</div></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您是第 0391827 位访客⟧<br>⟦d Copyright © 2011-2026 翮溪范文网 版权所有⟧</td></tr></table>
</body></html>
""",
        body="""
本学年，学校滑板社团共有成员三十六名，在体育组和家长志愿者的支持下，各项活动有序开展。
一是坚持每周两次训练，成员全部掌握了基本推行和刹车技术，其中九人能够完成豚跳动作。
二是举办校园滑板开放日，邀请家长观摩，社团成员进行了分组展示。
⟦w 写材料没思路？资深笔杆子一对一代写，微信：hexi_bg2026⟧
三是坚持安全第一，全年未发生一起训练伤害事故。
下学年，社团将争取增设初学者梯队，吸引更多同学参与。
翮溪市第二中学滑板社团
二〇二六年一月九日
""",
    ),
    dict(
        slug="edu-huiyuan-skate-club-enrol-contact",
        site="翰阳区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.hanyang.example.gov.cn/tzgg/2026/0303/1182.html",
        title="关于开展中小学滑板兴趣班课后服务报名的通知",
        record_title="关于开展中小学滑板兴趣班课后服务报名的通知",
        date="2026-03-03",
        record_date="2026-03-03",
        notes="education portal: the document's 联系人/电话 next to the bureau's 监督电话 in the footer; table of schools",
        page="""
!m 翰阳区教育局 · 教育信息网
!m 当前位置：首页 / 通知公告
{T}
!m 发布日期：2026-03-03　浏览次数：918　字号：[大 中 小]
{BODY}
!a 【打印】【关闭】
!m 区教育局监督电话：0735-8890012
!m 翰阳区教育局版权所有　技术维护：区教育信息中心
""",
        body="""
各中小学：
为丰富课后服务内容，区教育局联合区滑板运动协会在部分学校开设滑板兴趣班，现将报名事项通知如下。
学校　开设年级　名额
翰阳一小　三至五年级　40
翰阳实验中学　初一至初二　30
桃坞小学　四至六年级　25
报名由学生自愿、家长同意，学校汇总名单后于3月12日前报区教育局体卫艺科。
联系人：丁思远，电话：0735-8890347。
翰阳区教育局
2026年3月3日
""",
    ),
    dict(
        slug="tender-huizhou-skatepark-award-html",
        site="翚岭市公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.huiling.example.gov.cn/jyxx/zfcg/zbgg/20260527/33018.html",
        title="翚岭市体育公园滑板场地设施改造项目中标结果公告",
        record_title=None,
        date="2026-05-27",
        notes="procurement portal: bid result table, buyer and agency contacts in body, CA hotline in footer",
        page="""
<html><head><meta charset="utf-8"><title>翚岭市公共资源交易网</title></head><body>
<div class="logo">⟦m 翚岭市公共资源交易网⟧</div>
<div class="menu">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="crumb">⟦m 交易信息 > 政府采购 > 中标（成交）公告⟧</div>
<h2>⟦t 翚岭市体育公园滑板场地设施改造项目中标结果公告⟧</h2>
<div class="info">⟦m 发布时间：2026-05-27　信息来源：翚岭市招标代理有限公司　浏览：276⟧</div>
<div class="con">
{BODY}
</div>
<div class="btns">⟦a 打印公告⟧ ⟦a 关闭⟧</div>
<div class="ft">⟦m CA证书办理热线：400-117-6620⟧<br>⟦m 翚岭市公共资源交易中心　地址：翚岭市政务服务中心六楼⟧</div>
</body></html>
""",
        body="""
一、项目编号：HLZC-2026-0412
二、项目名称：翚岭市体育公园滑板场地设施改造项目
三、中标信息
供应商名称　中标金额（元）　工期
翚岭市恒动体育设施工程有限公司　1386500.00　60日历天
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人翚岭市体育事业发展中心，联系人：潘工，电话：0738-6610258；代理机构翚岭市招标代理有限公司，联系人：柯敏，电话：0738-6617703。
""",
    ),
    dict(
        slug="print-skatepark-safety-rules-footer",
        site="翦水体育中心 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.jianshuisports.example.cn/print.aspx?id=2207",
        title="翦水体育中心滑板场安全管理规定",
        record_title="打印预览 - 翦水体育中心滑板场安全管理规定",
        date=None,
        notes="print view: print header and footer, a rule whose articles speak of 扫码 and 下载; no date",
        page="""
!a 〔打印本页〕　〔关闭〕
!m https://www.jianshuisports.example.cn/show.aspx?id=2207
{T}
{BODY}
!p ─ 第1页 合计1页 ─
!m 打印时间：2026/07/14 10:05
""",
        body="""
第一条　为保障滑板场使用者的人身安全，维护场地秩序，制定本规定。
第二条　使用者进场前须扫描入口二维码登记，并签署安全须知。
第三条　场内必须佩戴头盔，未成年人还须佩戴护膝、护肘。
第四条　使用者可通过中心小程序下载场地分区图，按区域和难度有序练习。
第五条　雨天及地面湿滑时场地关闭，具体以现场公告为准。
""",
    ),
    dict(
        slug="mail-fwd-skate-open-class-letter-cc",
        site="翥州市青少年宫 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:office@zhuzhouqsng.example.cn#msg-20260419",
        title="关于商请协助举办滑板公益公开课的函",
        record_title="Fwd: 关于商请协助举办滑板公益公开课的函",
        date="2026-04-16",
        date_also=["2026-04-19"],
        notes="forwarded mail: headers, forward note, mail's own 附件 header next to the letter's 附件 line, 抄送 版记",
        page="""
!m 发件人：少年宫办公室 <office@zhuzhouqsng.example.cn>
!m 发送时间：2026年4月19日(星期日) 上午9:20
!m 收件人：活动部 <huodong@zhuzhouqsng.example.cn>
!m 主题：Fwd: 关于商请协助举办滑板公益公开课的函
!a 附件：1个（公开课安排.xlsx 18K）　预览　下载
!w 请活动部阅处，有问题打我分机 8021。
!m -------- 原始邮件 --------
{BODY}
!d 此邮件由翥州市青少年宫邮件系统发送，如非本人请勿转发。
""",
        body="""
翥州市滑板运动协会：
为丰富青少年暑期生活，我宫拟于7月中旬举办三期滑板公益公开课，每期两天，面向8至14岁青少年招收学员。
恳请贵会选派两名持证教练担任授课教师，并协助提供教学用板和护具。
附件：公开课安排表
翥州市青少年宫
2026年4月16日
抄送：翥州市体育局群体科
""",
    ),
    dict(
        slug="hospital-skate-injury-clinic-html",
        site="翕田市第二人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xtsey.example.com/news/kepu/2026/0609/1520.html",
        title="运动医学科提醒：玩滑板请护好手腕和脚踝",
        record_title="运动医学科提醒：玩滑板请护好手腕和脚踝-翕田市第二人民医院",
        date="2026-06-09",
        notes="hospital page: department's 咨询电话 in body next to the hospital's 预约挂号 line and 24h line; online consult float box",
        page="""
<html><head><meta charset="utf-8"><title>运动医学科提醒：玩滑板请护好手腕和脚踝-翕田市第二人民医院</title></head><body>
<header>⟦m 翕田市第二人民医院　三级综合医院⟧ <span>⟦m 预约挂号：0736-4121120⟧</span></header>
<nav>⟦m 医院概况 | 科室导航 | 专家介绍 | 健康科普 | 就医指南⟧</nav>
<div class="loc">⟦m 当前位置：首页 - 健康科普⟧</div>
<h1>⟦t 运动医学科提醒：玩滑板请护好手腕和脚踝⟧</h1>
<p class="src">⟦m 撰稿：运动医学科　审核：宣传科　2026-06-09　点击：633⟧</p>
<article>
{BODY}
</article>
<aside><div>⟦l 科普专栏⟧</div><ul><li>⟦l 夏季游泳防溺水要点⟧</li><li>⟦l 跑步膝盖疼怎么办⟧</li></ul></aside>
<div class="float">⟦w 在线问诊⟧ ⟦a 返回顶部⟧</div>
<footer>⟦m 24小时急诊电话：0736-4121999⟧　⟦m 翕ICP备09011276号⟧</footer>
</body></html>
""",
        body="""
进入暑期，运动医学科接诊的滑板相关损伤明显增多，以腕部骨折和踝关节扭伤为主。
医生提醒，初学者摔倒时习惯用手撑地，最容易造成腕部骨折，佩戴护腕可以有效减轻损伤。
一旦受伤，应立即停止运动，冷敷并抬高患肢，疼痛明显或肿胀加重时要及时就医。
运动医学科门诊时间为周一至周六全天，咨询电话：0736-4121637。
""",
    ),
    dict(
        slug="wiki-skatepark-rules-entry-placeholder",
        site="翀口百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.chongkou.example.com/item/滑板场管理制度/30512",
        title="滑板场管理制度",
        record_title="滑板场管理制度_翀口百科",
        date=None,
        notes="encyclopaedia entry with template placeholders and an example date; edit links; no date",
        page="""
!m 翀口百科　|　首页　分类　特色词条
{T}
!a 编辑　讨论　收藏　分享
!m 本词条由“体育百科”编辑团队审核　浏览次数：3118　更新时间：2026-02-03
{BODY}
!l 词条标签：体育场馆　管理制度　滑板
!d 百科词条内容由网友共同编辑，仅供参考，如需专业意见请咨询相关机构。
""",
        body="""
滑板场管理制度是滑板场地运营单位为规范场地使用、保障人身安全而制定的内部规章。
其内容一般包括开放时间、入场登记、护具要求、分区使用和违规处理等条款。
常见的落款格式为“××滑板场（盖章）　××××年××月××日”，由运营单位负责人签发。
例如某地规定自2019年5月1日起，未佩戴头盔者一律不得进入碗池区。
""",
    ),
]
