"""holdout90, part A: written blind (README, build.py, clean_score --help, dev sources, issue 13 only).
Invented organisations, places, people, sites and chrome wording."""

CASES = [
    dict(
        slug="fanwen-lemon-coop-summary-glued-buttons",
        site="椰文范本屋 (invented)", style="范文站", genre="工作总结", kind="summary", form="text",
        source="http://www.yewenfb.example.com/zongjie/hz/30517.html",
        title="柑岭县青皮柠檬种植专业合作社2024年工作总结",
        record_title="【精编】柑岭县青皮柠檬种植专业合作社2024年工作总结（通用2篇）",
        date="2025-01-08",
        notes="decorated record title; buttons glued after a sentence; writing-service prompt between paragraphs; document's own phone kept",
        page="""
!m 椰文范本屋 — 每天更新千篇实用范文
!m 所在栏目：首页 » 总结大全 » 合作社总结
{T}
!m 整理：小椰　更新：2025-01-10　人气：1204
{BODY}
!a 一键复制全文　|　另存为Word
!l 相关范本推荐：
!l ◇ 柑岭县果蔬合作社年度工作总结
!l ◇ 家庭农场年终总结怎么写
!d 本站范文均来自网友投稿整理，若涉及版权请来函告知，核实后删除。
""",
        body="""
2024年，合作社在县农业农村局指导下，围绕“提品质、拓销路、增收入”开展工作，全年种植面积稳定在一千八百亩。
一、主要成效
（一）标准化种植全面推开。统一采购有机肥四百二十吨，建设水肥一体化示范片三百亩，优果率提高到百分之七十八。⟦a 【点此复制本段】⟧
（二）销售渠道持续拓宽。与两家饮品企业签订长期订单，直播带货销售鲜果六百余吨。
⟦w 写总结没头绪？资深笔杆一对一代拟，微信搜 ywfb_pen⟧
二、存在问题
冷库容量不足，采收高峰期鲜果积压；社员技术水平参差不齐。
三、明年打算
新建二百吨冷库一座，组织社员技术培训不少于六期。咨询电话：0898-6621735（合作社办公室）。
柑岭县青皮柠檬种植专业合作社
2025年1月8日
""",
    ),
    dict(
        slug="wenku-camphor-station-plan-hex-markers",
        site="樟叶文库 (invented)", style="文库预览", genre="方案", kind="plan", form="text",
        source="https://wk.zhangye-doc.example.cn/view/8f3a21c9.html",
        title="樟源镇古樟树群保护站2025年度养护工作方案",
        record_title="樟源镇古樟树群保护站2025年度养护工作方案.docx",
        date="2025-02-26",
        notes="file-name record title; page markers ⬡n⬡ cut sentences; paywall prompt after the body",
        pages=dict(fmt="⬡{n}⬡", every=130, start=2, glue="mix"),
        page="""
!m 樟叶文库　>　行业资料　>　林业
!m 贡献者：lzh_2291　上传于：2025-03-02　页数：3页　浏览：56
{BODY}
!a ……剩余1页未读，开通樟叶会员即可查看全文
!a 立即下载（消耗4积分）
!d 本文档为用户自行上传，樟叶文库仅提供信息存储空间服务，不对内容准确性负责。
""",
        body="""
为做好全镇古樟树群日常养护，确保一百二十七株挂牌古樟健康生长，结合本站实际，制定本方案。
一、工作目标
全年古樟树群巡查覆盖率达到百分之百，病虫害发现处置及时率不低于百分之九十五，杜绝人为损毁事件。
二、主要措施
1．定期巡查。护林员每周巡查不少于两次，发现树体空洞、枝干断裂等情况当日上报。
2．土壤改良。对根系裸露的二十三株古樟实施覆土和透气铺装，禁止在树冠投影范围内硬化地面。
3．病虫防治。每年四月、八月各开展一次白蚁和樟巢螟专项防治，优先采用生物防治方法。
三、保障措施
保护站成立养护工作小组，站长任组长，所需经费列入年度预算。
樟源镇古樟树群保护站
2025年2月26日
""",
    ),
    dict(
        slug="gov-lily-bureau-notice-html-modern",
        site="百溪县人民政府网 (invented)", style="政府门户", genre="通知", kind="notice", form="html",
        source="http://www.baixi.example.gov.cn/zwgk/tzgg/202504/t20250415_88213.html",
        title="百溪县农业农村局关于开展食用百合种球质量抽检的通知",
        record_title="百溪县农业农村局关于开展食用百合种球质量抽检的通知_百溪县人民政府网",
        date="2025-04-15",
        notes="modern county portal; index table; font-size row; attachment list and contact kept; share bar",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>百溪县农业农村局关于开展食用百合种球质量抽检的通知_百溪县人民政府网</title>
<link rel="stylesheet" href="/css/main.css"><script>var _hmt=_hmt||[];</script></head>
<body>
<header class="top"><div class="logo">⟦m 百溪县人民政府网⟧</div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav></header>
<div class="crumb">⟦m 您的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="index"><tr><td>⟦m 索引号：11522731MB1C/2025-00412⟧</td><td>⟦m 发布机构：县农业农村局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-04-15⟧</td><td>⟦m 主题分类：农业、畜牧业⟧</td></tr></table>
<h1>{T}</h1>
<div class="tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 分享到：微博 微信 QQ空间⟧</div>
<div class="prev">⟦l 上一条：百溪县2025年春耕备耕工作通报⟧</div>
<div class="next">⟦l 下一条：关于做好高标准农田建设项目验收的通知⟧</div>
<footer><p>⟦d 主办：百溪县人民政府办公室　版权所有 未经许可不得转载⟧</p><p>⟦m 黔ICP备17004216号-2⟧</p><p>⟦m 网站标识码：5227310009⟧</p></footer>
<script src="/js/stat.js"></script>
</body></html>
""",
        body="""
各乡镇农业服务中心，各百合种植企业、合作社：
为保障全县食用百合产业健康发展，防止不合格种球流入种植环节，经研究，决定开展食用百合种球质量抽检工作。现将有关事项通知如下。
一、抽检范围：全县范围内销售、调运食用百合种球的经营主体。
二、抽检时间：2025年4月20日至5月20日。
三、抽检内容：种球纯度、净度、病斑率及检疫证明。
四、工作要求：各经营主体应如实提供购销台账，不得拒绝、阻挠抽样。
联系人：杨德林　联系电话：0854-5238816
附件：1．食用百合种球抽样单
2．抽检结果汇总表
百溪县农业农村局
2025年4月15日
""",
    ),
    dict(
        slug="news-mussel-farm-byline-html",
        site="东澳日报网 (invented)", style="新闻门户", genre="新闻", kind="news", form="html",
        source="https://www.dongao-daily.example.com/news/local/2025-06/03/c_114522.htm",
        title="东澳湾贻贝养殖区迎来采收季 今年产量预计增两成",
        record_title=None,
        date="2025-06-03",
        notes="no record title; byline 发布时间 is the date; photo caption between paragraphs; editor glued after last paragraph; hot list",
        page="""
<html><head><meta charset="utf-8"><title>东澳湾贻贝养殖区迎来采收季 今年产量预计增两成-东澳日报网</title></head>
<body>
<div id="topbar">⟦m 东澳日报网 | 东澳新闻网络第一门户⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="nav">⟦m 新闻 | 经济 | 海洋 | 民生 | 视频⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-03 09:12　来源：东澳日报　记者：吕海帆⟧</div>
{BODY}
</div>
<aside><h3>⟦l 24小时热读⟧</h3><ul><li>⟦l 东澳港新增两条近海航线⟧</li><li>⟦l 今夏海水浴场开放时间公布⟧</li></ul></aside>
<div class="foot">⟦d 东澳日报网版权所有，转载须注明出处⟧ ⟦m 违法和不良信息举报电话：0631-5511220⟧</div>
</body></html>
""",
        body="""
六月初，东澳湾近海贻贝养殖区进入集中采收期，渔船往返于筏架之间，码头上一片繁忙。
记者从东澳镇海洋渔业服务站了解到，今年全镇贻贝养殖面积达一万二千亩，受水温适宜影响，预计总产量比去年增长两成左右。
⟦m 图为养殖户在筏架上采收贻贝。本报记者 吕海帆 摄⟧
为解决鲜品集中上市价格波动问题，镇里引进两家冷冻加工企业，采取保底收购的方式稳定价格。
养殖户王春生告诉记者，今年他家的四十亩筏架已经卖出八成。⟦m （责任编辑：孙晓）⟧
""",
    ),
    dict(
        slug="forum-clam-digging-post-junk",
        site="滨沙论坛 (invented)", style="论坛", genre="倡议书", kind="other", form="text",
        source="http://bbs.binsha.example.net/thread-662013-1-1.html",
        title="关于文明赶海、保护滩涂文蛤资源的倡议书",
        record_title="[转帖] 关于文明赶海、保护滩涂文蛤资源的倡议书 - 海边生活 - 滨沙论坛",
        date="2025-07-12",
        date_also=["2025-07-14"],
        notes="forum junk lines and glued; floor meta; reply box",
        junk=dict(lines=2, glued=2),
        page="""
!m 滨沙论坛 › 海边生活 › 查看帖子
{T}
!m 楼主：潮间带老李　发表于 2025-7-14 20:31　只看该作者
!m 查看：812 | 回复：17
{BODY}
!l 回复 引用 举报 顶端
!l 快速回复：说点什么吧……
!m 滨沙论坛 Powered by BBSX 2.1
""",
        body="""
广大市民、游客朋友们：
夏季是赶海的旺季，滩涂上的文蛤是我们镇世代守护的宝贵资源。近年来，一些人使用铁耙、抽沙泵大面积挖捕，幼贝大量死亡，资源明显衰退。为此，我们倡议：
一、只用小铲、手耙挖取，不使用机械和抽沙设备。
二、不采捕壳长不足三厘米的幼蛤，挖到后随手放回。
三、挖过的沙坑及时回填，垃圾一律带走。
四、发现违规采捕行为，请拨打镇海洋执法中队电话0513-8876120举报。
让我们共同守护这片滩涂，让文蛤年年都有。
沙港镇滩涂资源保护协会
2025年7月12日
""",
    ),
    dict(
        slug="blog-squid-captain-insight-html",
        site="远洋日记 (invented)", style="博客", genre="心得体会", kind="insight", form="html",
        source="https://blog.yuanyangrj.example.com/2025/09/squid-season.html",
        title="第一次带鱿钓船队出海的几点体会",
        record_title="第一次带鱿钓船队出海的几点体会 | 远洋日记",
        date="2025-09-21",
        notes="blog with tag cloud and archive; bracketed post time is the date; comment box",
        page="""
<html><head><meta charset="utf-8"><title>第一次带鱿钓船队出海的几点体会 | 远洋日记</title></head><body>
<div class="header"><h2>⟦m 远洋日记⟧</h2><p>⟦m 一个老船长的海上笔记⟧</p></div>
<div class="post">
<h1>{T}</h1>
<p class="time">⟦m [2025-09-21 22:40]⟧ ⟦m 分类：海上杂记⟧</p>
{BODY}
<p class="tags">⟦l 标签：鱿钓 船队 安全⟧</p>
</div>
<div class="sidebar"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年9月 (4)⟧</li><li>⟦l 2025年8月 (6)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 渔汛 灯光 北太平洋 船员 天气⟧</p></div>
<div class="comments">⟦l 发表评论（已有3条）⟧ ⟦a 登录后才能评论哦⟧</div>
<div class="footer">⟦d © 远洋日记 保留所有权利⟧</div>
</body></html>
""",
        body="""
今年是我第一次以船队长身份带四条鱿钓船出海，四个月下来，有几点体会记在这里。
第一，安全永远是第一位的。每次起航前我都要求各船轮机长逐项检查，宁可晚走半天，也不带着隐患出海。
第二，信息共享能提高产量。我们四条船每天晚上通一次电话，交流灯光强度、水温和鱿鱼群位置，整体渔获比去年多了一成半。
第三，要把船员当家人。远洋作业枯燥辛苦，我们给每条船配了卫星电话时段，让船员每周能和家里说上几句话。
这些体会很朴素，但都是在海上一天天磨出来的。
""",
    ),
    dict(
        slug="wechat-jellyfish-plant-speech-mirror",
        site="微阅镜像站 (invented)", style="公众号镜像", genre="讲话稿", kind="speech", form="text",
        source="https://wx.weiyuejx.example.com/s/hz-7fQ2kLm",
        title="在海蜇加工季安全生产动员会上的讲话",
        record_title="在海蜇加工季安全生产动员会上的讲话",
        date="2025-08-05",
        notes="speaker line and date under title are neutral; mirror chrome; follow prompt; 在看 bar",
        page="""
!m 海城食品人　2025-08-07 08:00　原创
!a 点击上方蓝字，关注我们
{T}
（2025年8月5日）
厂长　邹明远
{BODY}
!l 往期推荐
!l 夏季车间防暑降温十问十答
!a 觉得有用，记得点个在看
!m 阅读 2103　赞 41
!d 本页内容由镜像站自动抓取，版权归原公众号所有。
""",
        body="""
同志们：
再过一周，今年的海蜇加工季就要开始了。今天召开这个会，就是要把安全生产的弦绷得更紧一些。
一是盯紧明矾和食盐的储存使用。原料库要专人专锁，出入库逐笔登记，严防误用和混放。
二是盯紧腌渍池和冷库作业。进入腌渍池清理必须两人以上，冷库门内侧必须装好应急开门装置。
三是盯紧临时工培训。今年新招的八十多名季节工，上岗前一律培训不少于四学时，考核不合格的不准上岗。
同志们，加工季时间短、任务重，大家一定要把安全放在心上，确保整个加工季不出一起事故。
""",
    ),
    dict(
        slug="docshare-crayfish-assoc-report-slash-markers",
        site="共享文档网 (invented)", style="文档分享", genre="调研报告", kind="report", form="text",
        source="https://www.gxwdw.example.net/p-10077241.html",
        title="潜江湖区稻虾共作模式调研报告",
        record_title="潜江湖区稻虾共作模式调研报告（可编辑）",
        date=None,
        notes="decorated record title; no date (year only in body text); page markers '/ n /' cutting sentences; upload notice",
        pages=dict(fmt="/ {n} /", every=140, start=2, glue=False),
        page="""
!m 共享文档网 - 分享有价值的文档
!m 文档大小：86KB　格式：DOC　上传时间：3天前
{T}
{BODY}
!a 下载文档到电脑，查找使用更方便
!d 温馨提示：本站文档均由用户上传，仅供参考学习，如有侵权请联系客服删除。
!w 在线客服QQ：2730041185
""",
        body="""
为了解湖区稻虾共作模式的发展现状，市小龙虾产业协会组织调研组，走访了六个乡镇的四十二家养殖主体。
一、基本情况
湖区稻虾共作面积约十一万亩，亩均产虾一百二十斤、产稻九百斤，亩均纯收入较单种水稻高出一千五百元左右。
二、存在的问题
一是苗种自繁自育比例低，外购虾苗成活率不稳定；二是部分田块沟坑占比超标，影响水稻种植面积；三是品牌影响力弱，统货销售为主。
三、对策建议
建设区域性苗种繁育基地，严格执行沟坑占比不超过百分之十的标准，统一使用湖区公共品牌，逐步提高分级销售比例。
""",
    ),
    dict(
        slug="edu-sturgeon-school-notice-html-old-table",
        site="鲟水县教育信息网 (invented)", style="教育门户", genre="通知", kind="notice", form="html",
        source="http://www.xsjy.example.cn/Article/ShowArticle.asp?ArticleID=5521",
        title="关于组织学生参观鲟鱼繁育基地研学活动的通知",
        record_title=None,
        date="2025-05-09",
        notes="old gb2312 table layout with marquee and visitor counter; document's own contact and 回执 download sentence kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>鲟水县教育信息网</title></head>
<body bgcolor="#ffffff">
<table width="960" align="center"><tr><td>⟦m 鲟水县教育信息网⟧</td><td>⟦m 2025年5月10日 星期六⟧</td></tr>
<tr><td colspan="2"><marquee>⟦l 热烈祝贺我县中小学生在市科技节中获得佳绩！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="200" valign="top">
<p>⟦l 通知公告⟧</p><p>⟦l 教研动态⟧</p><p>⟦l 招生考试⟧</p></td>
<td valign="top">
<p>⟦m 当前位置：首页 → 通知公告 → 正文⟧</p>
<p align="center"><b>{T}</b></p>
<p>⟦m 作者：县教育局基教股　点击数：318　更新时间：2025-5-10⟧</p>
{BODY}
<p>⟦a 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】⟧</p>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 鲟水县教育局 版权所有　技术支持：鲟水网络⟧</td></tr>
<tr><td>⟦m 您是本站第 0092341 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各中小学：
为丰富学生课外知识，增强保护珍稀水生动物意识，经与县鲟鱼繁育基地协商，定于5月下旬组织研学活动。
一、活动时间：2025年5月20日至5月30日，各校按分配日期前往。
二、参加对象：全县小学五年级、初中一年级学生。
三、有关要求：各校须制定安全预案，每二十名学生至少配备一名带队教师。请各校下载并打印附件中的回执，于5月15日前报县教育局基教股。
联系人：甘晓梅　电话：0728-3317604
附件：研学活动回执表
鲟水县教育局
2025年5月9日
""",
    ),
    dict(
        slug="oa-salmon-farm-minutes-approval",
        site="冷水谷渔业内网 (invented)", style="企业内网", genre="会议纪要", kind="minutes", form="text",
        source="http://oa.lsgfish.example.local/doc/view?id=20250318-04",
        title="冷水谷三文鱼养殖公司第三季度生产例会纪要",
        record_title="冷水谷三文鱼养殖公司第三季度生产例会纪要",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="record title and date; minutes' 时间/地点/主持 lines kept; intranet approval trail; read count",
        page="""
!m 冷水谷渔业协同办公平台 ｜ 公文管理 ｜ 会议纪要
!m 拟稿：生产部 韩雪　审核：马国庆　签发：何成林
!m 阅读人数：57
{T}
{BODY}
!l 流转记录：生产部（已阅）→ 质检部（已阅）→ 财务部（未阅）
!a 【转发】【存档】【下载正文】
!d 内部资料，严禁外传
""",
        body="""
时间：2025年3月18日下午2:30
地点：公司三楼会议室
主持：何成林
参会：各养殖场场长、生产部、质检部负责人
记录：韩雪
会议听取了各养殖场一季度生产情况汇报，研究了下一阶段工作，纪要如下：
一、各场水温监测频次由每日两次增加到四次，水温超过十八摄氏度时立即启动增氧。
二、质检部本月底前完成饲料批次抽检，结果报生产部备案。
三、二号场网箱更换工作须于4月10日前完成。
""",
    ),
    dict(
        slug="qa-silkie-chicken-answer",
        site="问知网 (invented)", style="问答社区", genre="问答", kind="other", form="text",
        source="https://www.wenzhiwang.example.com/question/77120533",
        title="乌鸡养殖合作社怎么写入社申请书？",
        record_title=None,
        date="2025-10-04",
        notes="no record title: the question is the title; answer date line 回答于 is the page's date; vote bar; related questions; template placeholders kept",
        page="""
!m 问知网 › 农业 › 养殖
{T}
!m 浏览 366 次　3 个回答
!m 最佳回答　乡野老周　回答于 2025-10-04
{BODY}
!l 👍 有用(12)　👎 没用(0)　💬 评论
!l 相关问题
!l 养殖合作社年终分红方案怎么写？
!l 家庭农场申请书范文
!d 回答内容仅代表网友观点，仅供参考。
""",
        body="""
给你一个格式参考，照着改就行：
入社申请书
泰和乌鸡养殖专业合作社理事会：
本人×××，家住××村××组，现饲养乌鸡××羽。本人自愿加入合作社，遵守合作社章程，按时缴纳股金，服从统一防疫和统一销售安排。
特此申请。
申请人：×××
××××年××月××日
注意要写清楚养殖规模和联系方式，交到合作社办公室就可以了。
""",
    ),
]
