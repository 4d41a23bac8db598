"""holdout347, part F: company sites, training schools, writing apps, exam forums, encyclopaedias, cloud drives,
search snapshots, print views, forwarded mails. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-chiquan-recall-kids-straw-bottles",
        site="驰泉户外用品有限公司官网 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.chiquan-outdoor.com/news/notice/20250805.html",
        title="关于召回部分批次儿童吸管运动水壶的公告",
        record_title="【召回告示】关于召回部分批次儿童吸管运动水壶的公告｜驰泉户外",
        date="2025-08-05",
        notes="company page: cookie notice, 400 order line, service float; the recall's own hotline in the body; recalled batches one row a paragraph; scanning the code on the bottle as content; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【召回告示】关于召回部分批次儿童吸管运动水壶的公告｜驰泉户外</title>
<script src="/assets/site.js"></script>
</head>
<body>
<header><span>⟦m 驰泉户外 CHIQUAN OUTDOOR · 每一口都安心⟧</span>
<nav><a>⟦m 产品中心⟧</a> <a>⟦m 品牌故事⟧</a> <a>⟦m 新闻公告⟧</a> <a>⟦m 售后服务⟧</a> <a>⟦a 官方商城⟧</a></nav></header>
<div class="bread">⟦m 首页 / 新闻公告 / 企业公告⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025-08-05　驰泉户外　浏览 4712⟧</p>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 · 微博 · QQ空间⟧</div>
</article>
<div class="cookie">⟦d 本网站使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们的Cookie政策。 我知道了⟧</div>
<div class="kf-float">⟦w 在线客服 · 工作日9:00—21:00⟧</div>
<footer><p>⟦m 订购热线：400-833-6620⟧</p><p>⟦m 隆襄驰泉户外用品有限公司　地址：隆襄市宪郊区驰郊工业园7栋　湘ICP备17026651号⟧</p></footer>
</body>
</html>
""",
        body="""
尊敬的消费者：
近期，我公司在产品质量自查中发现，部分批次“小驰泉”儿童吸管运动水壶（400毫升）的硅胶吸嘴在反复咬合后可能脱落，存在儿童误吞的风险。为保障消费者安全，我公司决定自即日起主动召回以下批次产品：
批次号　生产日期　数量（个）
CQ250312　2025年3月12日　3600
CQ250405　2025年4月5日　4200
CQ250428　2025年4月28日　2950
批次号印在水壶底部，消费者也可扫描壶底二维码查询所购产品是否在召回范围内。
召回方式：消费者可到原购买门店免费更换新款吸嘴组件，或办理全额退款；网购用户可联系召回专线，由我公司承担往返运费。
召回专线：0731-84778395（每天8:30—20:00）。
由此给您带来的不便，我们深表歉意。
隆襄驰泉户外用品有限公司
2025年8月5日
""",
    ),
    dict(
        slug="company-chixing-product-page-passport-holder",
        site="驰行旅行用品官网 (invented, text view)",
        style="企业官网",
        genre="产品介绍",
        kind="other",
        form="text",
        source="https://www.chixing-travel.cn/products/hzj-08.html",
        title="驰行折角卡扣护照夹",
        record_title="上新速递 » 驰行折角卡扣护照夹 · 驰行旅行用品官网",
        date=None,
        notes="product page as text: a member-discount prompt glued before the first words, buy buttons, spec rows one a paragraph, an 'added 3 days ago' stamp is no date; cookie notice and service line",
        page="""
!m 驰行旅行用品　CHIXING TRAVEL
!m 首页 ／ 产品 ／ 证件收纳
{T}
!m 上架 3 天前　型号 HZJ-08
!a 立即购买　　加入购物车　　门店自提
{BODY}
!l 搭配推荐：驰行行李牌｜驰行登机证套｜驰行旅行收纳袋三件套
!d 本站使用Cookie提升浏览体验，继续访问即视为同意。
!m 客服热线 400-827-1168　隆襄驰行旅行用品有限公司
""",
        indent="",
        body="""
⟦a 会员下单享九折⟧一个护照夹，装下整段旅程。驰行折角卡扣护照夹采用头层牛皮和防泼水内衬，折角卡扣设计让护照放进去不滑落，取出时只需轻轻一推。
内侧设有登机牌插袋、两个卡位和一个SIM卡针小口袋，出入境时常用的证件、卡片一次收齐。
产品参数如下：
尺寸　14.2×10.3厘米
重量　约62克
材质　头层牛皮、聚酯纤维内衬
颜色　雾蓝、焦糖、墨黑
温馨提示：皮革制品请避免长时间暴晒和浸水，如沾水请用干布吸干后自然阴干。
""",
    ),
    dict(
        slug="training-qingpai-tennis-summer-class-brochure",
        site="青拍网球学苑 (invented, training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qingpaitennis.com/zhaosheng/2025-summer.html",
        title="青少年暑期网球班招生简章",
        record_title="【青训招生季】青少年暑期网球班招生简章（每期限16人）｜青拍网球学苑",
        date=None,
        notes="training school: promo banner, franchise line, consult float; the course's own 报名电话 in the body; fees table one row a paragraph; scan-to-sign-up as content; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【青训招生季】青少年暑期网球班招生简章（每期限16人）｜青拍网球学苑</title>
<script src="/js/qp.js"></script>
</head>
<body>
<div class="promo">⟦a 暑期早鸟价截止倒计时，老学员续报再减200元！⟧</div>
<header><span>⟦m 青拍网球学苑 · 让每个孩子爱上挥拍⟧</span>
<nav><a>⟦m 学苑介绍⟧</a> <a>⟦m 课程体系⟧</a> <a>⟦m 教练团队⟧</a> <a>⟦m 招生简章⟧</a> <a>⟦m 校区地址⟧</a></nav></header>
<main>
<h1>{T}</h1>
<p class="meta">⟦m 招生简章 ｜ 浏览 2263⟧</p>
<div class="body">
{BODY}
</div>
</main>
<aside class="float">⟦w 课程顾问在线，点我预约免费体验课⟧</aside>
<footer><p>⟦w 城市合伙人招募：400-628-7710⟧</p><p>⟦m 青拍网球学苑 版权所有　湘ICP备22003390号-1⟧</p></footer>
</body>
</html>
""",
        body="""
暑假来了，青拍网球学苑面向6至14岁青少年开设暑期网球班，由持证教练小班授课，每期限招16人。
一、课程安排
班型　上课时间　费用
启蒙班（6—8岁）　每周一、三、五上午9:00—10:30　1680元／期
进阶班（9—11岁）　每周二、四、六上午9:00—11:00　1980元／期
提高班（12—14岁）　每周一至五下午16:00—18:00　2680元／期
每期四周，学费含场地费、训练用球和保险费。
二、器材说明
启蒙班学员由学苑免费提供21英寸或23英寸儿童球拍；进阶班、提高班学员可自带球拍，也可在学苑按年龄租用，每期租金80元。
三、报名方式
家长可到宪郊区泰和路网球中心前台报名，或扫描本页下方二维码在线报名。报名电话：0731-84556021。
""",
    ),
    dict(
        slug="training-tengyue-high-jump-safety-rules",
        site="腾跃田径培训中心 (invented, text view)",
        style="培训机构",
        genre="规定/制度",
        kind="other",
        form="text",
        source="http://www.tengyuetj.com/xuzhi/tiaogao.html",
        title="跳高训练安全须知",
        record_title="学员请读｜跳高训练安全须知 - 腾跃田径培训中心",
        date=None,
        notes="training school text view: a consult line glued after a sentence, promo and franchise lines; numbered rules with no date",
        page="""
!a 秋季班火热报名中，转介绍新学员双方各得两节课！
!m 腾跃田径培训中心　跑得快 跳得高 练得稳
!m 首页 > 学员须知
!t 学员请读｜跳高训练安全须知 - 腾跃田径培训中心
{BODY}
!w 想了解课程？微信搜“腾跃田径”或致电 0897-6266058
!w 加盟合作：400-615-3320
!m 腾跃田径培训中心 © 2025
""",
        indent="",
        body="""
为保障学员训练安全，参加跳高训练的学员及家长请仔细阅读以下须知：
1.训练前须完成不少于15分钟的慢跑和拉伸热身，未热身不得试跳。
2.必须穿着合脚的田径鞋或运动鞋，不得赤脚、穿拖鞋或凉鞋训练。
3.初学学员使用软质横杆，横杆高度由教练调整，学员不得自行升降跳高架。⟦w 报名体验课请联系前台小殷⟧
4.等候时在指定区域排队，不得在海绵包上翻滚嬉闹，不得攀爬或推拉跳高架立柱。
5.训练中如感到头晕、脚踝疼痛，应立即停止并告知教练。
6.每次训练结束后，由值日学员协助教练将横杆取下放回器材架。
""",
    ),
    dict(
        slug="writingapp-luobi-host-script-passport-holder-event",
        site="落笔成章 (invented, writing app H5 share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.luobichengzhang.com/share/art/771406?from=wx",
        title="“护照夹里的文明”出境游文明旅游宣讲会主持词",
        record_title="“护照夹里的文明”出境游文明旅游宣讲会主持词（通用主持稿）· 落笔成章",
        date=None,
        notes="writing app H5 share: open-app mask, fold, AI buttons; a host script with stage directions; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>“护照夹里的文明”出境游文明旅游宣讲会主持词（通用主持稿）· 落笔成章</title>
<script src="https://h5.luobichengzhang.com/js/share.js"></script>
</head>
<body>
<div class="mask">⟦a 打开落笔成章App，免费领7天会员⟧</div>
<div class="top">⟦m 落笔成章 · 写稿快人一步⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 主持词 · 1.1万人读过 · 收藏 326⟧</p>
<div class="art">
{BODY}
</div>
<div class="fold">⟦a 余下内容已折叠，点击展开全文⟧</div>
<div class="ai"><button>⟦a AI帮我改成婚礼版⟧</button> <button>⟦a 一键生成同类主持稿⟧</button></div>
<div class="rec"><p>⟦l 相关主持词：旅行社年会主持词｜研学旅行开营仪式主持词⟧</p></div>
<div class="foot">⟦m 落笔成章 © 2025 隆襄落笔网络科技有限公司⟧</div>
</body>
</html>
""",
        body="""
尊敬的各位游客朋友、各位领队：
大家上午好！欢迎参加由驰行国际旅行社举办的“护照夹里的文明”出境游文明旅游宣讲会，我是今天的主持人林晓。
出境旅游，护照是我们在外最重要的身份证明。今天每位朋友手中都有一个印着“文明出游”字样的护照夹，它不仅用来保护护照，里面还夹着一张《出境文明旅游提示卡》。
下面，让我们用热烈的掌声有请驰行国际旅行社总经理汪海涛致辞。
（致辞）
感谢汪总的致辞。接下来，请资深领队谭小雨结合亲身经历，和大家聊一聊出境旅游中的文明礼仪和证件保管常识。
（分享）
谢谢谭领队的精彩分享。护照夹虽小，却装着我们对文明出游的承诺。本次宣讲会到此结束，祝大家旅途愉快、平安归来！
""",
    ),
    dict(
        slug="writingapp-yixie-pe-teacher-report-goals",
        site="易写公文 (invented, writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.yixiegongwen.com/s/art/20251227/55102",
        title="殿涌镇中心小学体育教师2025年度述职报告",
        record_title="殿涌镇中心小学体育教师2025年度述职报告（体育老师适用）| 易写公文",
        date="2025-12-26",
        notes="writing app text share: an open-app prompt, an AI-polish button glued after a sentence, a fold line; the 成文日期 under the name",
        page="""
!a 在易写公文App内打开，阅读更流畅
!m 易写公文 · 述职报告
{T}
!m 1.6万阅读　｜　来自“教师述职”合集
{BODY}
!a ▼ 展开剩余全文（会员免费）
!a 用AI把这篇改成班主任版
!l 合集内还有：小学班主任2025年度述职报告｜学校后勤主任述职报告
!m 易写公文 © 隆襄易写信息技术有限公司
""",
        indent="\u3000\u3000",
        body="""
2025年，我担任学校五、六年级体育课教学和校足球队训练工作，兼管学校体育器材。现将一年来的工作述职如下：
一、教学工作。全年完成体育课教学412课时，所教年级学生体质健康测试合格率96.4%，比上年提高2.1个百分点。
二、足球队训练。坚持每周四次训练，带队参加全县校园足球联赛获小学组第三名，3名队员入选县少年足球集训队。⟦a AI润色这一段⟧
三、器材管理。年初对学校两副足球门进行了全面检查，为移动式足球门加装了配重沙袋和地锚，在立柱上张贴了“禁止攀爬悬挂”提示；建立器材月检台账，全年未发生器材安全事故。
四、不足和打算。课后训练与文化课学习时间的统筹还不够好。明年我将进一步优化训练计划，争取让更多孩子爱上足球。
述职人：邓晓川
2025年12月26日
""",
    ),
    dict(
        slug="examforum-dengke-interview-lost-passport-holder-jammer",
        site="登科公考论坛 (invented, exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.dengkegk.com/thread-318802-1-1.html",
        title="游客在景区遗失装有护照的护照夹，你作为工作人员怎么处理？",
        record_title="〈面试自测·应急处置〉游客在景区遗失装有护照的护照夹，你作为工作人员怎么处理？（三分钟答题稿） - 面试交流 - 登科公考论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad; jammer-font junk in the answer; relative time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〈面试自测·应急处置〉游客在景区遗失装有护照的护照夹，你作为工作人员怎么处理？（三分钟答题稿） - 面试交流 - 登科公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="/static/dk/common.js"></script>
</head>
<body>
<div class="dk-top">⟦m 登科公考论坛 · 一起备考 一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div class="dk-pt">⟦m 登科公考论坛 › 面试交流 › 结构化练习⟧</div>
<div class="dk-post">
<div class="dk-user">⟦m 楼主：备考中的小汪　｜　考试达人 Lv.5⟧</div>
<h1>{T}</h1>
<div class="dk-time">⟦m 发表于 4 天前　查看 1892　回复 37⟧</div>
<div class="dk-msg">
{BODY}
</div>
<div class="dk-rate">⟦a 评分　共 9 人　公考币 +27⟧</div>
<div class="dk-hide">⟦a 本帖附件「面试高频应急题50道」回复后可见⟧</div>
</div>
<div class="dk-ad">⟦w 登科面试互助群：QQ 708361252，每晚八点模拟答题⟧</div>
<div class="dk-foot">⟦m 登科公考论坛 Powered by Discuz!　豫ICP备20014863号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
各位考官，我来回答这道题。
游客在景区遗失护照夹，里面的护照是出境和返程的重要证件，游客一定非常着急。作为景区工作人员，我会本着“先安抚、快寻找、早报告”的原则处理。
第一，稳定游客情绪。我会先请游客到游客中心休息，详细询问护照夹的颜色、大小、遗失的大致时间和游览路线，并登记游客的联系方式和行程安排。
第二，迅速组织查找。我会通过景区广播发布寻物启事，联系沿线保洁员、安保人员和各售票点协助查找，同时调取相关路段的监控录像。
第三，做好两手准备。如果短时间内找不到，我会协助游客向属地公安机关报失，并告知其补办证件的流程和所需材料。
第四，事后总结。建议景区在游客中心设立失物招领专区，并在导览图上标注，减少类似情况的发生。
""",
    ),
    dict(
        slug="examforum-wenguo-shenlun-essay-football-goal-junk",
        site="稳过公考社区 (invented, exam forum, text view)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="http://www.wenguogk.com/bbs/shenlun/t-60214.html",
        title="一座球门里的民生温度",
        record_title="〔申论日课·第14篇〕一座球门里的民生温度 - 申论批改 - 稳过公考社区",
        date=None,
        notes="exam forum as text: junk lines and glued junk; a reply-to-see line and a rating line; no date",
        page="""
!m 稳过公考社区　申论批改
!m 社区 » 申论批改 » 大作文
!t 〔申论日课·第14篇〕一座球门里的民生温度 - 申论批改 - 稳过公考社区
!m 作者：申论苦行僧　发表于 6 天前　阅读 640
{BODY}
!a 【点评区】回复本帖即可查看版主批改意见
!a 本帖被评分：逻辑 +2　文采 +1
!w 申论一对一批改，加版主微信 wenguo_sl
!m 稳过公考社区 Archiver　浙ICP备19045521号
""",
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=2),
        body="""
城北公园的草坪上，一座移动足球门因未加固定而倾倒，所幸无人受伤。事情虽小，却折射出基层公共服务中“建”与“管”的失衡。
近年来，各地大力推进全民健身设施建设，球场、健身路径遍地开花。然而，一些地方重建设轻管护，设施建成后无人检查、无人维修，安全隐患由此而生。
补齐管护短板，首先要压实责任。谁建设、谁管理，谁使用、谁维护，每一件公共设施都应有明确的管护主体。其次要畅通渠道。群众发现隐患后能及时反映、部门接到反映后能迅速处置，小问题才不会酿成大事故。
一座球门，连着孩子们的笑声，也连着百姓的安全感。把每一件“小事”管好，民生就有了温度。
""",
    ),
    dict(
        slug="encyclopedia-zhiyuan-entry-high-jump-stand",
        site="知源百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/跳高架",
        title="跳高架",
        record_title=None,
        date=None,
        notes="encyclopaedia: title missing from the record, the entry name in the <h1> opens the body (head match); 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>知源百科_知识的源头活水</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="zy-top">⟦m 知源百科 · 知识的源头活水⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="zy-tabs">⟦a 浏览 ｜ 修订 ｜ 讨论区 ｜ 修订记录⟧</div>
<h1>{T}</h1>
<div class="zy-sub">⟦m 田径器材⟧</div>
<table class="zy-infobox">
<tr><td>⟦m 中文名：跳高架⟧</td></tr>
<tr><td>⟦m 外文名：high jump stand⟧</td></tr>
<tr><td>⟦m 所属项目：田径·跳高⟧</td></tr>
<tr><td>⟦m 主要材质：铝合金、钢⟧</td></tr>
</table>
<div class="zy-toc">⟦l 目录 1 结构 2 类型 3 使用与维护⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《田径竞赛规则》释义，第112页⟧</p><p>⟦l [2] 学校体育器材配备标准汇编⟧</p></div>
<div class="zy-tag">⟦l 词条标签：体育器材 · 田径 · 学校体育⟧</div>
<div class="zy-foot">⟦d 词条内容由网友协作编辑，仅供参考，如需专业意见请咨询相关机构。⟧ ⟦m © 2025 知源百科⟧</div>
</body>
</html>
""",
        body="""
跳高架是田径跳高项目比赛和训练中用于支撑横杆的器材，由两根立柱、横杆托和底座组成，通常与海绵包配合使用。⟦m [1]⟧
结构
立柱多用铝合金或钢材制成，表面标有刻度，横杆托可沿立柱上下调节。比赛用跳高架两立柱间距为4.00米至4.04米，横杆被碰后能向落地区方向脱落。⟦m [2]⟧
类型
按调节方式可分为手动升降式和电动升降式两种；按用途可分为比赛用跳高架和教学训练用跳高架。教学训练用跳高架常配软质横杆，以减少初学者的恐惧感。
使用与维护
使用前应检查立柱是否垂直、底座是否稳固、横杆托有无变形；存放时应取下横杆，避免立柱长期受压弯曲。
""",
    ),
    dict(
        slug="encyclopedia-zhiyuan-entry-passport-holder-text",
        site="知源百科 (invented, encyclopaedia, mobile text view)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://m.zhiyuan.wiki/item/护照夹",
        title="护照夹",
        record_title="护照夹（旅行收纳用品）- 知源百科",
        date=None,
        notes="encyclopaedia text view: entry name also opens the body; edit link, contents line, reference markers; 最近修订 is no date",
        page="""
!m 知源百科
!t 护照夹（旅行收纳用品）- 知源百科
!m 最近修订：3 周前　编辑次数：14
!a 我来完善　｜　分享词条
!l 目录：1 用途　2 种类　3 选购要点
{BODY}
!l 相关词条：证件套　登机牌　旅行收纳袋
!d 知源百科词条由用户共同编辑，内容仅供参考。
""",
        indent="",
        body="""
护照夹是用于收纳和保护护照的旅行用品，一般为书本式或插袋式，可同时存放登机牌、银行卡等物品。⟦m [1]⟧
用途
护照夹能防止护照折角、受潮和磨损，出行时便于将证件集中存放，减少遗失。
种类
按材质可分为皮革、帆布、PU和硅胶等；按功能可分为普通型、防泼水型和带RFID屏蔽层的防盗刷型。⟦m [2]⟧
选购要点
选购时应注意尺寸与护照相匹配，内页不宜过紧；颜色宜醒目，便于在包内和座位上辨认。需要注意的是，出入境查验时一般须将护照从护照夹中取出。
""",
    ),
    dict(
        slug="netdisk-yunxia-work-instruction-bottle-moulding",
        site="云匣网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxia.cc/s/3kQpL8vZ",
        title="运动水壶瓶身注塑作业指导书",
        record_title="运动水壶瓶身注塑作业指导书（含检验要点）· 云匣网盘",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, share-expiry line; a work instruction with numbered steps; share and expiry stamps are no dates",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>运动水壶瓶身注塑作业指导书（含检验要点）· 云匣网盘</title>
<script src="/js/pan.js"></script>
</head>
<body>
<div class="yx-head">⟦m 云匣网盘 · 你的文件随身匣⟧ <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="yx-file">
<p>⟦m 分享者：驰泉品质部小邓⟧</p>
<p>⟦m 分享于 2 天前　｜　有效期：永久有效⟧</p>
<p>⟦m 瓶身注塑作业指导书.docx　86KB⟧</p>
<div class="yx-btn"><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级会员极速下载⟧</button></div>
</div>
<div class="yx-preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="yx-vip">⟦a 非会员预览限前3页，开通超级会员可在线预览全部内容⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣网盘分享违法违规内容，发现请举报。⟧ ⟦m © 2025 云匣网盘⟧</div>
</body>
</html>
""",
        body="""
1.适用范围：本指导书适用于Tritan材质运动水壶瓶身的注塑成型工序。
2.开机前准备：（1）原料须在85℃下干燥不少于4小时，含水率低于0.02%；（2）检查模具冷却水路畅通，模温设定为60℃至70℃；（3）清理料斗，防止混入其他原料。
3.成型操作：料筒温度按265℃、275℃、280℃三段设定，注射压力和保压时间按工艺卡执行，不得擅自调整。每班首模产品须送品质部首件确认，确认合格后方可批量生产。
4.检验要点：瓶身应透明无气泡、无银纹、无缺料，瓶口螺纹完整；每2小时抽取5个做倒置漏水试验，发现不合格立即停机并报告班长。
5.记录：操作人员应如实填写注塑工艺记录表，下班前交班长签字。
""",
    ),
    dict(
        slug="snapshot-yisou-taitun-passport-pickup-notice",
        site="宜搜网页存档 (invented, search snapshot of a county portal)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.yisou.cn/c?u=www.taitun.gov.cn/zwgk/tzgg/202511/t20251119_340187.html",
        title="泰屯县公安局出入境管理大队关于调整出入境证件领取方式的通知",
        title_also=["关于调整出入境证件领取方式的通知"],
        record_title="泰屯县公安局出入境管理大队关于调整出入境证件领取方式的通知_泰屯县人民政府（宜搜存页）",
        date="2025-11-18",
        date_also=["2025-11-19"],
        notes="search snapshot frame: capture banner with highlighted terms and a snapshot stamp (no date); the cached portal's publish line differs from the 成文日期 (document date expected, the other also); the notice's own 咨询电话",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>泰屯县公安局出入境管理大队关于调整出入境证件领取方式的通知_泰屯县人民政府（宜搜存页）</title>
<script>var ys_cache=1;</script>
</head>
<body>
<div class="ys-banner" style="background:#fffbe6">
<p>⟦d 您看到的是宜搜保存的页面副本，存页时间 2025-11-23 06:41，原网页可能已更新。⟧</p>
<p>⟦a 以下搜索词已高亮：<b style="background:#ff0">护照夹</b> <b style="background:#0ff">证件领取</b>⟧</p>
<p><a>⟦a 前往原网页⟧</a> <a>⟦a 仅看纯文字⟧</a></p>
</div>
<div class="gov-head">⟦m 泰屯县人民政府⟧</div>
<div class="gov-pos">⟦m 首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<h2>{T}</h2>
<div class="gov-meta">⟦m 发布时间：2025-11-19　来源：县公安局⟧</div>
<div class="gov-txt">
{BODY}
</div>
<div class="gov-foot">⟦m 泰屯县人民政府办公室主办　琼ICP备13002918号⟧</div>
</body>
</html>
""",
        body="""
为方便群众领取出入境证件，自2025年12月1日起，县出入境接待大厅调整证件领取方式。现将有关事项通知如下：
一、增设自助取证机。接待大厅一楼设置自助取证机2台，群众凭身份证刷证即可领取已制作完成的护照、往来港澳通行证等证件。
二、继续免费发放护照夹。首次申领普通护照的群众通过自助取证机领证后，可凭取证凭条到咨询台领取护照夹一个。
三、保留窗口领取。老年人、残疾人等不便使用自助设备的群众，仍可到人工窗口领取证件。
咨询电话：0896-7717306。
泰屯县公安局出入境管理大队
2025年11月18日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-letter-borrow-rackets-oneline",
        site="一键快照 (invented, text-only search cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.yijiankuaizhao.com/text?url=www.clzgh.org.cn/tzgg/2025/0509/227.html",
        title="昌陇县总工会关于商请借用网球拍开展职工网球比赛的函",
        date="2025-05-09",
        notes="text-only cache: record title as is; the whole letter on one line; capture banner; the letter's own 联系人 line; 成文日期",
        page="""
!d 【一键快照·纯文字】本页为 2025-05-30 抓取的文字副本，与原网页可能存在差异。
!a 查看原网页　　查看带图版本
!m 昌陇县总工会网站 > 通知公告
{T}
{BODY}
!m 昌陇县总工会 主办
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
县体育运动学校：
为丰富全县职工文体生活，县总工会定于5月24日至25日在县体育馆网球场举办2025年全县职工网球比赛，共有28支代表队参赛。因部分基层工会代表队缺少比赛用球拍，特商请贵校借用网球拍40支，比赛结束后于5月27日前如数归还；如有损坏，由县总工会照价赔偿。
妥否，请函复。
联系人：韩晓驰，电话：0897-6207716。
昌陇县总工会
2025年5月9日
""",
    ),
    dict(
        slug="print-taitun-fitness-centre-tennis-court-rules",
        site="泰屯县全民健身中心 (invented, print view)",
        style="打印页",
        genre="规定/制度",
        kind="other",
        form="html",
        source="http://www.ttqmjs.cn/print.asp?id=58",
        title="泰屯县全民健身中心网球场使用管理规定",
        record_title="打印队列（纸本）：泰屯县全民健身中心网球场使用管理规定",
        date=None,
        notes="print view calling window.print(): print header with URL and print time (no date), print footer ⟺ 第1页 ⟺ 共1页 ⟺; rules with 第N条 articles and only an effective clause: no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>打印队列（纸本）：泰屯县全民健身中心网球场使用管理规定</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint"><a href="javascript:window.print()">⟦a 〔再次打印〕⟧</a> <a href="javascript:window.close()">⟦a 〔关闭打印预览〕⟧</a></div>
<div class="phead">⟦m 打印地址：http://www.ttqmjs.cn/show.asp?id=58　打印时间：2025-10-30 16:02⟧</div>
<h2>{T}</h2>
<div class="ptext">
{BODY}
</div>
<div class="pfoot">⟦p ⟺ 第1页 ⟺ 共1页 ⟺⟧</div>
</body>
</html>
""",
        body="""
第一条　为规范网球场使用管理，保障健身群众安全，制定本规定。
第二条　网球场开放时间为每天7:00至22:00，实行预约使用，每次预约不超过2小时。
第三条　进场人员须穿着平底运动鞋，不得穿皮鞋、高跟鞋或带钉鞋进场。
第四条　禁止在场内吸烟、饮酒，禁止用球拍击打围网、灯杆和球网立柱。
第五条　中心提供租借球拍服务，借用人应当场检查球拍，归还时拍框破损或拍线断裂的，按价目表赔偿。
第六条　雷雨、大风天气暂停开放，已预约的顺延使用。
第七条　本规定自公布之日起施行。
""",
    ),
    dict(
        slug="print-taitun-report-goal-rectification",
        site="泰屯县教育体育局 (invented, print view, text)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="https://jtj.taitun.gov.cn/print/2025/0512/5120.html",
        title="关于全县公共场地足球门安全隐患整治情况的通报",
        date="2025-05-12",
        notes="print view as text: record title as is; print header lines; a print footer ∻ 1 / 1 ∻; 印发 line; 成文日期",
        page="""
!a 〔打印〕　〔返回原文〕
!m 泰屯县教育体育局　https://jtj.taitun.gov.cn
{T}
{BODY}
!p ∻ 1 / 1 ∻
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位，各中小学校：
按照《关于开展校园和公共场地足球门安全隐患排查整治的通知》要求，全县共排查足球门103副，发现隐患27处，截至4月30日已整改完成25处，整改率92.6%。
一、主要做法。各学校对移动式足球门全部加装配重或地锚，城区公园和社区健身场地足球门由属地乡镇统一加固，并张贴“禁止攀爬悬挂”警示标识。
二、存在问题。墅阁镇文体中心2副足球门门框锈蚀严重，已停止使用，需更换新门。
三、下一步要求。各单位要落实足球门周检制度，5月31日前完成剩余隐患整改。
泰屯县教育体育局
2025年5月12日
泰屯县教育体育局办公室　2025年5月12日印发
""",
    ),
    dict(
        slug="webmail-travel-agency-forwarded-quote-passport-holders",
        site="驰行国际旅行社企业邮箱 (invented, webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.chixingtravel.com/read?mid=ZL0704-1187",
        title="关于定制护照夹的报价函",
        record_title="转发：关于定制护照夹的报价函.docx",
        date="2025-07-03",
        date_also=["2025-07-04"],
        notes="webmail reading view: forwarded header, attachment bar beside the letter's own 附件 list and 抄送 line; the letter's 联系人 line; mail file-name subject; 成文日期 expected, send date also",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>转发：关于定制护照夹的报价函.docx - 驰行企业邮</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="ml-top">⟦m 驰行企业邮 · 林晓（linxiao@chixingtravel.com）⟧ <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="ml-tool"><a>⟦a 回复⟧</a> <a>⟦a 回复全部⟧</a> <a>⟦a 转发⟧</a> <a>⟦a 删除⟧</a> <a>⟦a 标为未读⟧</a></div>
<div class="ml-head">
<p>⟦t 转发：关于定制护照夹的报价函.docx⟧</p>
<p>⟦m 发件人：采购部 谭晴 &lt;tanqing@chixingtravel.com&gt;⟧</p>
<p>⟦m 收件人：林晓 &lt;linxiao@chixingtravel.com&gt;⟧</p>
<p>⟦m 时　间：2025年7月4日（星期五）上午9:26⟧</p>
</div>
<div class="ml-fwd"><p>⟦m ---------- 原始邮件 ----------⟧</p><p>⟦m 发件人：丰逸皮具厂销售部 &lt;sales@fengyipj.cn&gt;⟧</p></div>
<div class="ml-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="ml-att"><p>⟦a 附件（2 个）：报价明细表.xlsx　样品照片.zip　｜ 下载全部　预览⟧</p></div>
<div class="ml-foot">⟦d 此邮件含有外部附件，请注意甄别，谨防钓鱼邮件。⟧</div>
</body>
</html>
""",
        body="""
驰行国际旅行社：
感谢贵社对我厂产品的信任。根据贵社7月1日提出的定制需求，现将护照夹定制报价函告如下：
一、产品规格：头层牛皮护照夹，尺寸14×10厘米，正面烫金压印贵社标识，内设登机牌插袋和两个卡位。
二、报价：订量1000至2999个，单价38元；订量3000个以上，单价34元。以上报价含税、含标识制版费，不含运费。
三、交货期：样品确认后25个工作日内交货。
四、报价有效期：自本函发出之日起30日内有效。
联系人：韩丽，电话：0731-84657722。
附件：1.报价明细表
2.样品照片
丰逸皮具厂
2025年7月3日
抄送：丰逸皮具厂财务部
""",
    ),
    dict(
        slug="mail-forwarded-reply-borrow-high-jump-stands",
        site="殿涌镇中心小学校务邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.quqiao.cn/read?uid=dyzx-xiaowu&mid=20250925-0412",
        title="关于借用跳高架的复函",
        record_title="转给你们看下｜关于借用跳高架的复函",
        date="2025-09-24",
        date_also=["2025-09-25"],
        notes="forwarded mail as text: mail headers as chrome, the forwarder's own note neutral; the reply letter's own contact line; 成文日期 in Chinese numerals expected, send date also",
        page="""
!m 发件人：殿涌镇中心小学 校务办 <dyzx-xiaowu@quqiao.cn>
!m 发送时间：2025年9月25日 星期四 10:12
!m 收件人：体育组全体
!t 主题：转给你们看下｜关于借用跳高架的复函
体育组各位：县体校已同意借跳高架，周五下午派车去拉，谁有空一起去？——校务办 小冯
!m -------- 转发的邮件 --------
!m 发件人：泰屯县体育运动学校办公室 <ttty_office@quqiao.cn>
!m 日期：2025年9月24日 16:40
{T}
{BODY}
!d 此邮件由鹊桥免费邮发送，如有附件请注意查收。
""",
        indent="",
        body="""
殿涌镇中心小学：
你校《关于借用跳高架的函》收悉。经研究，同意借用我校手动升降式跳高架1副、跳高海绵包1套，供你校秋季运动会使用。现将有关事项函复如下：
一、借用期限为9月26日至10月10日，请于期满前归还。
二、器材由你校自行派车运输，装卸时请拆下横杆和横杆托，海绵包不得拖拽。
三、使用期间请做好器材保管，如有损坏，请按原价赔偿。
联系人：校办冯老师，电话：0896-7750119。
泰屯县体育运动学校
二〇二五年九月二十四日
""",
    ),
    dict(
        slug="netdisk-yunxia-racket-stringing-instruction-pdf-markers",
        site="云匣网盘 (invented, cloud-drive text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://pan.yunxia.cc/s/9wTr2mXb",
        title="网球拍穿线作业指导书",
        record_title="网球拍穿线作业指导书（QX-03）.pdf",
        date=None,
        notes="cloud-drive text preview of a .pdf: page markers ♭n♭ on lines of their own cutting sentences; save/download and VIP lines; no date",
        page="""
!m 云匣网盘 · 文件预览
!m 网球拍穿线作业指导书（QX-03）.pdf　212KB　分享于 5 天前
!a 保存到云匣　｜　下载　｜　开通会员享高速通道
{T}
{BODY}
!a 预览已到第3页，下载后查看完整文档
!d 云匣网盘仅提供文件存储服务，分享内容由用户自行负责。
""",
        indent="",
        pages=dict(fmt="♭{n}♭", every=120, start=2),
        body="""
1.目的：规范网球拍穿线作业，保证拍线磅数准确、线床均匀。
2.准备：检查穿线机夹头和拉线头是否清洁，按工单确认球拍型号、线材规格和主线、横线磅数；将球拍固定在穿线机上，六点支撑均匀受力。
3.穿主线：从拍头中间两孔开始，向两侧对称穿线，每拉一根线须等拉线头完全复位后再夹紧，主线完成后打结固定。
4.穿横线：由拍头向拍喉方向逐根编织，注意上下交替，不得跳线；横线磅数一般比主线低1至2磅。
5.检验：穿线完成后用磅数测试仪检测线床张力，偏差不超过正负1磅；检查拍框有无变形、线孔有无破损，合格后贴上穿线标签。
6.记录：在穿线登记表上填写球拍型号、线材、磅数和操作人。
""",
    ),
]
