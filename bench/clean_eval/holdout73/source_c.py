"""holdout73, part C: pickleball (courts, clubs, paddles, matches). Invented text, sites,
places, people and numbers; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="assoc-pickleball-member-congress-report-html",
        site="翦水市匹克球协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://www.jspickle.example.org.cn/xhdt/2026/0110/77.html",
        title="翦水市匹克球协会第一届理事会工作报告",
        record_title="【协会动态】翦水市匹克球协会第一届理事会工作报告",
        date="2026-01-08",
        date_also=["2026-01-10"],
        notes="association page: decimal headings, a member-login box, a join-association button glued after a paragraph; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>翦水市匹克球协会</title></head><body>
<div class="logo">⟦m 翦水市匹克球协会 Jianshui Pickleball Association⟧</div>
<div class="nav">⟦m 协会简介 · 协会动态 · 赛事活动 · 会员服务 · 联系我们⟧</div>
<div class="login">⟦a 会员登录⟧ ⟦a 忘记密码？⟧</div>
<h2>⟦t 翦水市匹克球协会第一届理事会工作报告⟧</h2>
<div class="date">⟦m 作者：协会秘书处　｜　2026-01-10　｜　阅读 388 次⟧</div>
<div class="bd">
{BODY}
</div>
<div class="side">⟦l 赛事活动⟧<br>⟦l · 2026春季会员积分赛竞赛规程⟧<br>⟦l · 裁判员等级晋升办法⟧</div>
<div class="foot">⟦m 协会秘书处：0739-8810426⟧　⟦m 社会组织登记证号：513101000000771X⟧</div>
</body></html>
""",
        body="""
各位会员代表：
现在，我代表协会第一届理事会向大会报告工作，请予审议。
1. 过去三年的主要工作
1.1 会员队伍不断壮大。协会会员由成立时的86人发展到1140人，团体会员23家。⟦a 【我要入会】⟧
1.2 赛事体系初步建立。每年举办会员积分赛四站、全市公开赛一次，累计参赛六千余人次。
2. 今后的工作建议
2.1 推动在公园、社区增建匹克球场地，争取纳入全民健身设施规划。
翦水市匹克球协会第一届理事会
2026年1月8日
""",
    ),
    dict(
        slug="lawfirm-pickleball-court-lease-dispute",
        site="翱正律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="https://www.aozhenglaw.example.com/anli/2026/0322.html",
        title="匹克球馆租赁合同纠纷案评析",
        record_title="案例评析｜匹克球馆租赁合同纠纷案评析 - 翱正律师事务所",
        date="2026-03-22",
        notes="law firm: consult QR prompt, disclaimer, lawyer card; a byline date",
        page="""
!m 翱正律师事务所 · 专注商事争议解决
!m 首页 > 专业文章 > 案例评析
!t 案例评析｜匹克球馆租赁合同纠纷案评析
!m 文 / 庞之舟 律师　2026.03.22
{BODY}
!w 遇到类似纠纷？扫码添加律师助理，预约免费初步咨询
!d 本文仅为作者个人观点，不代表本所正式法律意见，不构成对任何个案的法律建议。
!l 推荐文章：体育场馆经营中的安全保障义务
""",
        body="""
基本案情：甲公司将一处闲置仓库出租给乙，约定用于经营匹克球馆，租期五年。
开业半年后，因消防验收未通过，球馆被责令停业，乙以租赁物不符合约定用途为由要求解除合同。
法院认为，出租人应保证租赁物符合约定的用途，仓库未能通过消防验收的主要原因在于建筑本身，甲公司构成违约。
律师提示：承租场地经营体育项目前，应核实房屋用途和消防条件，并在合同中明确验收责任。
""",
    ),
    dict(
        slug="localforum-pickleball-noise-reply-junk",
        site="翠原论坛 (invented)",
        style="地方论坛",
        genre="回复",
        kind="other",
        form="text",
        source="https://bbs.cuiyuan.example.com/forum.php?mod=viewthread&tid=418803",
        title="关于西湖花园小区匹克球场噪音问题的回复",
        record_title="[民生回音] 关于西湖花园小区匹克球场噪音问题的回复 - 问政翠原 - 翠原论坛",
        date="2026-07-20",
        date_also=["2026-07-21"],
        junk=dict(lines=1, glued=1),
        notes="county forum: a department's reply posted by the board admin with junk; post time differs from the reply's date",
        page="""
!m 翠原论坛 - 翠原人自己的网上家园
!m 翠原论坛 » 问政翠原 » 民生回音
!t [民生回音] 关于西湖花园小区匹克球场噪音问题的回复
!m 版主 问政小助手 发表于 2026-7-21 09:03
{BODY}
!l 收藏(11)　分享　评分
!l 回复 #2 西湖老住户：希望说到做到
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
网友“西湖老住户”：
您反映的西湖花园小区匹克球场夜间噪音扰民问题收悉，经城管局会同街道现场核查，情况基本属实。球场距最近的住宅楼不足二十米。
目前已督促物业将球场开放时间调整为每日8时至20时，并在围网加装吸音棉。
下一步，街道将组织业主代表和球友协商制定场地使用公约。
感谢您对我们工作的关注和支持。
翠原县城市管理局
2026年7月20日
""",
    ),
    dict(
        slug="gkforum-shenlun-pickleball-essay",
        site="翰林公考社区 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.hanlingk.example.com/thread-77129-1-1.html",
        title="从“匹克球热”看全民健身的供给侧",
        record_title="[申论素材] 从“匹克球热”看全民健身的供给侧（附写作思路）",
        date="2026-05-14",
        notes="exam forum: post date; ghost-writer line between paragraphs; reward and floor junk",
        page="""
!m 翰林公考社区 › 申论专区 › 热点素材
!t [申论素材] 从“匹克球热”看全民健身的供给侧（附写作思路）
!m 楼主：上岸的锦鲤　发表于 2026-05-14 22:10　查看 5012 回复 63
{BODY}
!l 本帖最后由 上岸的锦鲤 于 2026-5-15 08:02 编辑
!l 打赏 ｜ 收藏 ｜ 举报
!l 2楼 考公人小周：马住，明天背
""",
        body="""
近年来，一项融合网球、羽毛球和乒乓球特点的小众运动——匹克球，在不少城市悄然走红。
匹克球门槛低、场地小、老少皆宜，它的走红恰恰说明群众对身边的健身场地有着旺盛需求。
⟦w 申论批改/面试一对一，加V：hlgk_666⟧
满足这种需求，关键在于用好城市的边角空间，推动学校、单位的体育场地向社会开放。
全民健身的供给，既要有大场馆的“主菜”，也要有家门口的“小吃”。
""",
    ),
    dict(
        slug="app-pickleball-match-host-script",
        site="妙笔范文APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.miaobiapp.example.com/share/art/992014?from=wx",
        title="社区匹克球邀请赛开幕式主持词",
        record_title="社区匹克球邀请赛开幕式主持词｜妙笔范文",
        date=None,
        notes="writing-app share page: open-in-app prompt, VIP copy lock glued before a paragraph, template placeholders; no date",
        page="""
!a 打开妙笔范文APP，阅读体验更佳
{T}
!m 妙笔范文 · 主持词频道　收藏 318
{BODY}
!a 复制全文需开通VIP会员
!l 猜你喜欢：趣味运动会主持词｜广场舞比赛串词
""",
        body="""
尊敬的各位领导、各位球友：大家上午好！
金秋送爽，球拍飞扬。今天，我们相聚在××社区运动场，共同迎来首届社区匹克球邀请赛。
⟦a 以下内容为会员专享，开通后可无限复制⟧首先，请允许我介绍出席今天开幕式的领导和嘉宾：______。
下面，请××街道办事处主任致辞，大家掌声欢迎！
接下来，请裁判员代表、运动员代表宣誓。
""",
    ),
    dict(
        slug="company-pickleball-paddle-recall-html-table",
        site="翕动体育用品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xidongsport.example.com/news/notice/20260618.html",
        title="关于召回部分批次匹克球拍的公告",
        record_title="关于召回部分批次匹克球拍的公告-翕动体育",
        date="2026-06-18",
        notes="company site: batch table, the recall line in body next to sales hotline; online shop links",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次匹克球拍的公告-翕动体育</title><script src="/js/jq.js"></script></head><body>
<header>⟦m 翕动体育 XIDONG SPORTS⟧ <nav>⟦m 产品中心 | 品牌故事 | 新闻公告 | 售后服务⟧</nav> <a>⟦a 天猫旗舰店⟧</a></header>
<div class="bread">⟦m 首页 / 新闻公告 / 公司公告⟧</div>
<h1>⟦t 关于召回部分批次匹克球拍的公告⟧</h1>
<p class="time">⟦m 2026-06-18　来源：品质管理部⟧</p>
<section class="article">
{BODY}
</section>
<div class="next">⟦l 下一篇：翕动体育荣获省级“专精特新”企业称号⟧</div>
<footer>⟦m 销售热线：400-661-3390⟧　⟦m Copyright © 翕动体育用品有限公司⟧</footer>
</body></html>
""",
        body="""
我公司在质量抽检中发现，部分批次碳纤维匹克球拍的拍柄与拍面连接处存在开裂风险，为保障消费者安全，决定主动召回以下产品。
型号　生产批次　数量（支）
XD-P300　20260311至20260325　2140
XD-P500　20260402　860
消费者可在购买渠道办理免费更换或退货，召回专线：0739-3390177。
给您带来的不便，我们深表歉意。
翕动体育用品有限公司
2026年6月18日
""",
    ),
    dict(
        slug="docshare-pickleball-club-rules-markers",
        site="翠文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.cuiwendang.example.com/doc/3581107.html",
        title="匹克球俱乐部会员管理制度",
        record_title="匹克球俱乐部会员管理制度（通用版）.docx",
        date=None,
        pages=dict(fmt="⧼{n}⧽", every=100, start=2, glue=True),
        notes="sharing site: file-name title; page markers ⧼n⧽ glued at line starts; upload notice; no date",
        page="""
!m 翠文档 | 海量文档免费分享
!t 匹克球俱乐部会员管理制度（通用版）.docx
!m 贡献者：球场边的猫　上传于 2026-04-03　页数 3　评分 4.6
!a 下载文档　　收藏　　分享给好友
{BODY}
!d 该文档由用户上传分享，仅供学习参考，翠文档不对其真实性负责。
!l 相关文档：羽毛球馆会员管理制度　健身房会员须知
""",
        body="""
第一条　本俱乐部会员分为年卡会员、次卡会员和青少年会员三类，会员凭电子会员卡预约场地。
第二条　会员预约场地后无法按时到场的，应提前两小时取消，累计三次未到场的暂停预约资格一个月。
第三条　会员应爱护场地设施，穿着平底运动鞋入场，不得在场内吸烟、饮酒。
第四条　会员卡仅限本人使用，不得转借他人。
""",
    ),
    dict(
        slug="gov-street-pickleball-court-request-wrap",
        site="翔湖区人民政府 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.xianghu.example.gov.cn/xxgk/jdbsc/202603/t20260309_8812.html",
        title="关于利用桥下空间建设匹克球场的请示",
        record_title="关于利用桥下空间建设匹克球场的请示 - 翔湖区人民政府",
        date="2026-03-09",
        date_also=["2026-03-10"],
        wrap=58,
        notes="government portal text, hard-wrapped at 58 columns; 文号 neutral; the document's 联系人 line; budget table kept",
        page="""
!m 翔湖区人民政府 ｜ 政务公开 ｜ 街道信息
!t 关于利用桥下空间建设匹克球场的请示
!m 发布：东湖街道办事处　时间：2026-03-10　【字体：大 中 小】
东湖街〔2026〕11号
{BODY}
!a 【打印此页】　【关闭窗口】
!m 翔湖区人民政府主办　网站识别码 4301110009
""",
        body="""
区人民政府：
为缓解辖区群众健身场地不足的问题，我街道拟利用湘园大桥桥下闲置空间建设四片匹克球场，现将有关事项请示如下。
项目　金额（万元）
场地硬化及面层　28.6
围网及照明　12.4
合计　41.0
所需资金拟从街道公共服务经费中列支，妥否，请批示。
联系人：甘宇，电话：0731-8456290。
东湖街道办事处
2026年3月9日
""",
    ),
    dict(
        slug="news-pickleball-open-photos-html",
        site="翎川融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lcrongmei.example.cn/2026/09/14/art_1120_66021.html",
        title="翎川首届匹克球公开赛吸引三百余名选手",
        record_title=None,
        date="2026-09-14",
        notes="news portal: no record title (found in h1); photo captions as paragraphs between body paragraphs; 24-hour list",
        page="""
<html><head><meta charset="utf-8"><title>翎川融媒_翎川县融媒体中心</title></head><body>
<div class="top">⟦m 翎川融媒⟧ <span>⟦m 2026年9月14日 星期一⟧</span></div>
<div class="nav">⟦m 要闻 | 本地 | 民生 | 文体 | 视频⟧</div>
<h1>⟦t 翎川首届匹克球公开赛吸引三百余名选手⟧</h1>
<div class="meta">⟦m 发布时间：2026-09-14 17:26:08　来源：翎川融媒　作者：穆清⟧</div>
<div class="content">
{BODY}
</div>
<div class="editor">⟦m 责任编辑：蔺佳⟧</div>
<div class="hot"><h4>⟦l 24小时热文⟧</h4><p>⟦l 翎川县城区新增三条公交线路⟧</p><p>⟦l 秋季农产品展销会开幕⟧</p></div>
<div class="foot">⟦m 翎川县融媒体中心主办　新闻热线：0739-5200999⟧</div>
</body></html>
""",
        body="""
9月13日至14日，翎川县首届匹克球公开赛在县全民健身中心举行，来自全县各乡镇和县直单位的三百余名选手参赛。
⟦m △混合双打比赛现场　穆清 摄⟧
本次比赛设男子双打、女子双打和混合双打三个项目，年龄最大的选手已经六十八岁。
县文体旅游局相关负责人介绍，全县已建成匹克球场二十四片，明年将在每个乡镇至少建设一片。
""",
    ),
    dict(
        slug="edu-old-asp-pickleball-pe-plan",
        site="翀口县教育信息网 (invented)",
        style="教育门户",
        genre="计划",
        kind="plan",
        form="html",
        source="http://www.ckedu.example.net/Article/ShowArticle.asp?ArticleID=6021",
        title="翀口县第三中学体育课匹克球教学计划",
        record_title="翀口县第三中学体育课匹克球教学计划",
        date="2026-02-26",
        record_date="2026-02-26",
        notes="old ASP education page: table layout, marquee, 【发表评论】【加入收藏】 row, visitor counter; numbered list",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>翀口县第三中学体育课匹克球教学计划--翀口县教育信息网</title></head><body>
<table width="778" border="0"><tr><td>⟦m 翀口县教育信息网⟧</td></tr><tr><td><marquee>⟦m 欢迎访问翀口县教育信息网！⟧</marquee></td></tr></table>
<table width="778"><tr><td>⟦m 您现在的位置： 翀口县教育信息网 >> 教学教研 >> 体育 >> 正文⟧</td></tr>
<tr><td><b>⟦t 翀口县第三中学体育课匹克球教学计划⟧</b></td></tr>
<tr><td>⟦m 作者：体育组　文章来源：本站原创　点击数：267　更新时间：2026-2-26⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr>
<tr><td>⟦l 上一篇文章：七年级跳绳达标测试安排⟧</td></tr></table>
<table width="778"><tr><td>⟦m 站长：翀口县电教站　您是本站第 220815 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
本学期在八年级开设匹克球教学单元，共八课时，计划如下：
1. 第1至2课时：认识球拍与握拍方法，学习正手、反手击球。
2. 第3至4课时：学习发球和接发球，了解“两跳规则”。
3. 第5至6课时：学习网前截击和非截击区规则。
4. 第7至8课时：分组进行双打教学比赛，完成技能考核。
考核成绩计入学生体育学期成绩，占比百分之十五。
""",
    ),
    dict(
        slug="print-pickleball-referee-training-html",
        site="翊城市体育局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://tyj.yicheng.example.gov.cn/print.jsp?id=40021",
        title="关于举办全市匹克球裁判员培训班的通知",
        record_title="〔打印稿〕关于举办全市匹克球裁判员培训班的通知",
        date="2026-08-03",
        notes="print view HTML: print/close buttons, URL line, print footer, document number neutral; 附件 list kept",
        page="""
<html><head><meta charset="utf-8"><title>打印页面</title></head><body onload="window.print()">
<div class="noprint">⟦a 〖打印〗⟧ ⟦a 〖关闭〗⟧</div>
<div class="u">⟦m 本页网址：http://tyj.yicheng.example.gov.cn/art/2026/8/3/art_20_40021.html⟧</div>
<h2>⟦t 关于举办全市匹克球裁判员培训班的通知⟧</h2>
<p>翊体字〔2026〕29号</p>
{BODY}
<div class="pf">⟦p 页码 1 / 1⟧</div>
</body></html>
""",
        body="""
各区县体育主管部门、市匹克球协会：
为加强匹克球裁判员队伍建设，市体育局定于8月22日至24日举办全市匹克球裁判员培训班。
一、培训对象：各区县推荐的体育教师、社会体育指导员，每区县不超过五人。
二、培训内容：竞赛规则、临场执裁、编排记录等。
三、请于8月15日前将报名回执发送至市体育局竞技体育科邮箱yctyj_jjk@example.gov.cn。
附件：1. 培训日程安排
2. 报名回执
翊城市体育局
2026年8月3日
""",
    ),
]
