"""holdout246, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-shanjian-tentpole-memoir-tip-glued",
        site="山间慢行的自留地 (invented, WordPress-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://shanjianmanxing.blog/2024/12/father-tent-pole/",
        title="父亲那根铝合金帐篷杆",
        record_title="父亲那根铝合金帐篷杆 – 山间慢行的自留地",
        date=None,
        notes="WordPress-like blog: calendar widget, archive, tag cloud, comment form; a tip-jar button glued after the "
        "last 。 of the story; the essay ends with a 写于 line carrying only a year and a season (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>父亲那根铝合金帐篷杆 – 山间慢行的自留地</title>
<link rel="stylesheet" href="/wp-content/themes/quietpath/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 山间慢行的自留地⟧</p><p class="site-description">⟦m 背包、帐篷和一些旧事⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 徒步记录⟧</a> <a>⟦m 旧物⟧</a> <a>⟦m 关于我⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：旧物　·　阅读 1,126　·　6 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：父亲 露营 帐篷杆 地质队⟧</footer>
<nav class="post-navigation"><div>⟦l « 上一篇：背了十年的那口铝饭盒⟧</div><div>⟦l 下一篇：第一次带女儿看星星 »⟧</div></nav>
</article>
<section id="comments"><h3>⟦l 6 条评论⟧</h3>
<div class="comment">⟦l 青石板：看哭了，我爸也留着一把地质锤⟧</div>
<div class="comment">⟦l 博主回复：@青石板 老物件都有故事⟧</div>
<form>⟦a 发表评论　昵称（必填）　邮箱（不公开）　提交⟧</form></section></main>
<aside class="sidebar">
<section><h3>⟦l 文章日历⟧</h3><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h3>⟦l 按月归档⟧</h3><ul><li>⟦l 2024年十二月 (3)⟧</li><li>⟦l 2024年十一月 (5)⟧</li></ul></section>
<section><h3>⟦l 标签云⟧</h3><p>⟦l 徒步 露营 旧物 骧岭 装备⟧</p></section>
</aside>
<footer class="site-footer">⟦d 本博客文字未经许可请勿转载⟧　⟦m 由 WordPress 驱动 · 主题 QuietPath⟧</footer>
</body></html>
""",
        body="""
父亲年轻时在地质队，家里一直留着一根旧帐篷杆，银灰色，一米来长，接头处磨得发亮。
小时候我拿它当金箍棒耍，被父亲一把夺过去。他说，这根杆子跟着他在野外住了十一年帐篷，有一年在山里遇上大雨，帐篷塌了一半，就是靠这根杆子撑到天亮。
后来父亲退休，帐篷早不知去向，只有这根杆子被他擦干净，挂在阳台的墙上。
去年秋天我第一次带女儿露营，父亲非要把这根杆子塞进我的背包。我说现在的帐篷杆都是配套的，用不上。他说：“带着，万一呢。”
那一夜风很大，我的帐篷稳稳当当。回家后我把杆子还给他，他摸了摸，又挂回墙上。⟦a ☕ 读得有共鸣？打赏一杯茶钱⟧
写于二〇二四年初冬
""",
    ),
    dict(
        slug="blog-lukou-cone-essay-wrapped-66",
        site="路口笔记 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://lukoubiji.cn/post/2025/03/09/eight-years-behind-cones",
        title="站在路锥后面的八年",
        record_title="站在路锥后面的八年 - 执勤随笔 - 路口笔记",
        date="2025-03-09",
        notes="a blog post hard-wrapped at 66 columns; its 发表于 line is the page's date; tags, archive and comment "
        "box after the post",
        page="""
!m 路口笔记 —— 一个辅警的执勤随笔
!m 首页　执勤随笔　路口见闻　留言板
!t 站在路锥后面的八年 - 执勤随笔 - 路口笔记
!m 发表于 2025-03-09 22:10　|　分类：执勤随笔　|　阅读 842
{BODY}
!l 标签：路锥　护学岗　辅警
!l 上一篇：春运路上的一碗热面　　下一篇：雨夜的事故现场
!l 评论（4）：顺风车：辛苦了，每天送孩子都能看到你们
!a 写下你的评论……　［提交］
!m 本站由 Typecho 强力驱动　©路口笔记
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
我是骕阳县交警大队的一名辅警，干这行八年了，每天打交道最多的，除了车，就是路锥。
早上七点半，我们要在学校门口摆出一条护学通道。二十个路锥，间隔一米五，从校门一直摆到斑马线。家长的车一到这里就自觉慢下来，孩子们沿着路锥走进校门。
下雨天最难。路锥被车轮带倒，我得冲过去扶起来；夜里处理事故，路锥要往后摆出一百米，一个人来回跑好几趟。
有人说，路锥就是几块塑料，谁都能摆。可摆在哪儿、摆多远、怎么摆，关系到后面几十辆车能不能安全通过。
八年下来，我摆过的路锥数不清，没出过一次差错。这大概是我最骄傲的事。
""",
    ),
    dict(
        slug="wechat-suyang-police-cordon-h1-follow-glued",
        site="骕阳公安 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="提示",
        kind="news",
        form="html",
        source="https://wxmirror.tuwen-cang.com/s/sy-gongan/20250721/3",
        title="看到警戒线，请您止步",
        record_title=None,
        date="2025-07-21",
        notes="WeChat mirror, no record title (the <h1>); 原创 tag and account line with the date; a follow prompt glued "
        "before the first words; 阅读原文/在看 rows and the mirror's archive note; the article asks readers to "
        "转发 (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>看到警戒线，请您止步_图文藏</title>
<meta property="og:site_name" content="图文藏">
<script>window.__mirror = {src: "mp", id: "sy-gongan"};</script>
</head><body>
<div class="mirror-top">⟦m 图文藏 · 公众号文章存档⟧　<a>⟦a 返回账号主页⟧</a></div>
<div id="page-content" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 骕阳公安⟧</span> <span>⟦m 2025年07月21日 18:30⟧</span> <span>⟦m 发表于骕阳⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool"><a>⟦a 阅读原文⟧</a>　⟦a 赞 在看 分享⟧　⟦m 阅读 3.6万⟧</div>
</div>
<div class="qr">⟦a 长按识别二维码，加入骕阳平安守护群⟧</div>
<div class="mirror-note">⟦d 此页为图文藏自动存档的副本，文字版权归原公众号所有。⟧</div>
</body></html>
""",
        p_html='<section><p style="margin:0 8px;">{}</p></section>',
        body="""
⟦a 点上方蓝字“骕阳公安”，关注不迷路⟧近期，我县接连发生多起群众围观事故现场、跨越警戒线拍摄的情况，不仅影响救援，还可能破坏现场痕迹。警方提醒：
一、警戒线是公安机关依法设置的，任何人不得擅自跨越、移动或损毁。
二、事故、火灾现场可能存在二次坍塌、泄漏等危险，请与警戒线保持距离。
三、请不要拍摄、传播现场伤亡画面，尊重当事人隐私。
对拒不听从劝阻、强行进入警戒区域的，公安机关将依照《中华人民共和国治安管理处罚法》予以处罚。
平安需要你我共同守护，请转发提醒身边的亲友。
""",
    ),
    dict(
        slug="wechat-lanzhou-rescueboat-pledge-star-glued",
        site="骦川蓝舟救援 (invented, WeChat mirror text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gzh-cundang.net/a/lanzhou-rescue/20250602-1",
        title="致全县水上救援志愿者的一封倡议书",
        record_title="致全县水上救援志愿者的一封倡议书 · 骦川蓝舟救援（号内存档）",
        date="2025-05-30",
        date_also=["2025-06-02"],
        notes="WeChat mirror as text: a star prompt glued before the salutation, an account line with the posting date "
        "(differs from the 成文日期), 阅读/在看 counts, a QR line; the pledge asks readers to 分享 (content)",
        page="""
!m 公号存档站 / 骦川蓝舟救援
{T}
!m 原创　骦川蓝舟救援　2025-06-02 07:30　骦川
{BODY}
!a 阅读原文
!m 阅读 5120　　赞 233　　在看 87
!a 扫码进入蓝舟志愿者报名小程序
!l 往期推荐：去年汛期，我们出动了27次
!l 往期推荐：船外机保养的五个细节
!d 存档内容转自公开推送，如需删除请联系本站。
""",
        indent="",
        body="""
⟦a 点上方★设为星标，推送不错过⟧全县水上救援志愿者朋友们：
主汛期即将来临。去年汛期，我们的冲锋舟先后出动27次，转移被困群众146人，大家用行动证明了“蓝舟”的分量。为做好今年的救援准备，我们倡议：
一、主动参加培训。6月上旬，队里将组织冲锋舟驾驶、落水救援和绳索技术培训，请大家合理安排时间。
二、保持装备良好。各分队对冲锋舟、船外机、救生衣逐一检查，发现问题及时报修。
三、听从统一调度。险情发生时不擅自行动，服从现场指挥。
四、把安全知识带回家。把防溺水、防汛知识分享给家人和邻居。
骦川蓝舟水上救援队
2025年5月30日
""",
    ),
    dict(
        slug="docshare-wenzhi-seal-request-doc-name",
        site="文栈共享 (invented, document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.wenzhan-share.com/doc/48821730.html",
        title="关于申请刻制新公章的请示",
        record_title="关于申请刻制新公章的请示.doc",
        date="2025-02-26",
        notes="sharing page with a file-name record title: upload notice, points lock, a service WeChat; the request's "
        "own contact line (a mobile) beside the site's service WeChat; 附件 line kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于申请刻制新公章的请示.doc - 文栈共享</title>
<script src="//cdn.wenzhan-share.com/viewer/docview.js"></script>
</head><body>
<div class="top"><a class="logo">⟦m 文栈共享⟧</a> <span>⟦m 好文档，大家分⟧</span> <a>⟦a 上传我的文档⟧</a> <a>⟦a 会员登录⟧</a></div>
<div class="nav">⟦m 文栈共享 » 行政公文 » 请示报告⟧</div>
<div class="doc"><h1>{T}</h1>
<div class="info">⟦m 分享者：社区小鲁　|　大小：24KB　|　浏览：1380　|　积分：3⟧</div>
<div class="notice">⟦d 本文档由分享者上传，文栈共享不对其内容的合法性负责，如有侵权请举报。⟧</div>
<div class="content">
{BODY}
</div>
<div class="lock">⟦a 此文档需消耗3积分获取原文件⟧ <a>⟦a 用积分换原文件⟧</a></div>
<div class="kefu">⟦w 积分不够？加客服微信 wenzhan_kf01 代为下载⟧</div>
</div>
<div class="side"><h4>⟦l 同分享者的其他文档⟧</h4><ul><li>⟦l 社区居委会换届工作方案.docx⟧</li><li>⟦l 居务公开制度.doc⟧</li></ul></div>
<div class="ft">⟦m 文栈共享 wenzhan-share.com　粤ICP备19087215号⟧</div>
</body></html>
""",
        body="""
县民政局：
因我社区原居委会公章使用年限较长，印面磨损严重，盖出的印文字迹模糊，多次被办事单位以“印章不清”为由退回材料，影响居民办事。同时，根据区划调整，我社区名称已由“骧苑居委会”变更为“骧苑社区居民委员会”。
为保证工作正常开展，特申请按新名称刻制公章一枚，原公章在新章启用后交回封存。
妥否，请批示。
附件：社区名称变更批复（复印件）
骧苑社区居民委员会
2025年2月26日
（联系人：鲁晴，电话：13907415268）
""",
    ),
    dict(
        slug="docshare-daoke-tentpole-summary-slash-markers",
        site="道可文档 (invented, document-sharing site)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.daokedoc.com/share/7b20c4118a.html",
        title="骕阳县救灾物资储备库2024年帐篷检修工作总结",
        record_title="骕阳县救灾物资储备库2024年帐篷检修工作总结.pdf",
        date="2024-12-20",
        notes="file-name record title; preview text cut by markers '⫚ n/3 ⫚', glued with a space to the continuation or "
        "on a line of their own; upload notice and points prompts",
        page="""
!m 道可文档 — 分享即所得
{T}
!m 分享人：库管老何　|　3页　|　PDF　|　热度 644
!d 文档为网友自行分享，本站不审核内容，如涉及侵权请联系下架。
{BODY}
!a 预览仅显示部分内容，下载完整文档需5积分
!a 【获取原文件】　【收入我的书架】
!l 你可能也需要：救灾物资储备库管理制度.docx　/　应急物资盘点表.xls
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫚ {n}/3 ⫚", every=130, start=2, glue="mix", sep=" "),
        body="""
2024年，县救灾物资储备库按照“以修代购、应修尽修”的思路，对库存救灾帐篷开展了全面检修。现将有关情况总结如下。
一、基本情况
全年共检修单帐篷、棉帐篷612顶，其中更换帐篷杆1480根、连接件930个、篷布补丁210处，修复率达到96%，节约购置资金约38万元。
二、主要做法
一是逐顶开箱。对每顶帐篷开箱清点，按照杆件、篷布、绳索分类登记，建立“一顶一档”。
二是分类处置。弯曲、锈蚀的钢制帐篷杆一律更换为铝合金杆；接头松动的，重新铆接后试装验证。
三是试搭检验。修好的帐篷全部试搭一次，确保杆件齐全、能在15分钟内搭好。
三、下一步打算
2025年，我们将建立帐篷杆等易损配件的常备库存，每季度抽查一次。
骕阳县救灾物资储备库
2024年12月20日
""",
    ),
    dict(
        slug="edu-chengjiang-cone-guard-post-attachments",
        site="骋江教育信息网 (invented, city education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.chengjiang.gov.cn/tzgg/202509/t20250901_52180.html",
        title="关于做好中小学校门口护学岗路锥等安全设施配置工作的通知",
        record_title="【护学岗】关于做好中小学校门口护学岗路锥等安全设施配置工作的通知 - 骋江教育信息网",
        date="2025-08-29",
        date_also=["2025-09-01"],
        notes="education bureau page: 关怀版/读屏 links, attachment download links beside the body's 附件 list, the "
        "notice's own contact and mailbox beside the site's technical-support line; a sentence telling schools to "
        "下载 the attachments (content); the page's 发布时间 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【护学岗】关于做好中小学校门口护学岗路锥等安全设施配置工作的通知 - 骋江教育信息网</title>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/aria.js" defer></script>
</head><body>
<div class="top">⟦m 骋江市教育局主办⟧ <a>⟦a 关怀版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 手机访问⟧</a></div>
<div class="banner"><h2>⟦m 骋江教育信息网⟧</h2></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li></ul>
<div class="path">⟦m 您在这里：首页 → 通知公告⟧</div>
<div class="article"><h1>{T}</h1>
<div class="attr">⟦m 发布时间：2025-09-01　　来源：安全科　　点击数：2217⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach"><p>⟦a 附件（点击获取）：⟧</p>
<p><a href="/upload/2025/09/qd.docx">⟦a 护学岗安全设施配置清单.docx⟧</a></p>
<p><a href="/upload/2025/09/hz.xlsx">⟦a 配置情况汇总表.xlsx⟧</a></p></div>
<div class="btns">⟦a 【打印本页】【收藏】【关闭】⟧</div>
</div>
<div class="footer"><p>⟦m 主办单位：骋江市教育局　地址：骋江市骞明路88号⟧</p>
<p>⟦m 技术支持：骋江市教育信息化服务中心　0736-8805000⟧</p>
<p>⟦m 湘ICP备06021758号　湘公网安备43010502000718号⟧</p></div>
</body></html>
""",
        body="""
各区（县）教育局，市直属各学校：
为保障学生上下学交通安全，市教育局、市公安局交警支队决定在全市中小学校门口统一配置护学岗安全设施。现就有关事项通知如下。
一、配置标准。每所学校校门口配置反光路锥不少于30个、伸缩隔离栏2组、“减速慢行”警示牌2块。
二、摆放要求。上学、放学前15分钟摆好路锥，形成学生专用通道；护学岗结束后及时收回，不得长时间占用机动车道。
三、时间安排。各校于9月10日前完成配置，请各单位下载附件，按要求填写后于9月12日前报送市教育局安全科。
联系人：邵一凡，电话：0736-8805216，邮箱：cjjyaq@126.com。
附件：1.护学岗安全设施配置清单
2.配置情况汇总表
骋江市教育局
2025年8月29日
""",
    ),
    dict(
        slug="edu-shuangchuan-exam-cordon-scan-notice",
        site="骦川教育考试中心 (invented, county education site as text)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyks.shuangchuan.edu.cn/news/2025/0609/1782.html",
        title="关于2025年中考考点设置警戒线和家长等候区的通知",
        record_title="〔考务提醒〕关于2025年中考考点设置警戒线和家长等候区的通知_骦川教育",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="county education page as text: a 扫码 sentence in the body (content); a bracketed column tag and site "
        "suffix on the record title; 成文日期 under the signature, the page's 时间 line also accepted",
        page="""
!m 骦川教育 · 教育考试中心
!m 首页 ＞ 考试招生 ＞ 中考
{T}
!m 时间：2025年06月10日　编辑：考试中心　阅读：4032
!a 【大字】【小字】【打印】
{BODY}
!l 相关链接：2025年骦川县中考考点一览表
!l 相关链接：中考考生温馨提示十条
!m 骦川县教育考试中心　咨询电话：0817-6218840（工作日）
!m 地址：骦川县骦兴路17号
""",
        indent="\u3000\u3000",
        body="""
各考点学校：
为营造安全有序的考试环境，2025年中考期间（6月16日至18日），各考点须在校门外设置警戒线和送考家长等候区。现将有关要求通知如下：
一、考点大门两侧各50米范围内拉设警戒线，警戒线内除考生和工作人员外，其他人员一律不得进入。
二、考生凭准考证和身份证，在警戒线入口处扫码核验身份后进入考点。
三、家长请在等候区内等候，不要在警戒线外聚集喧哗。
四、警戒线由考点安排专人看护，考试结束后30分钟内撤除。
骦川县教育考试中心
2025年6月9日
""",
    ),
    dict(
        slug="oa-tongda-seal-minutes-flow-record",
        site="衡通建设集团协同办公平台 (invented, intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hengtong-jt.local/doc/view?id=2025041000317",
        title="公司印章使用管理专题会议纪要",
        record_title="【纪要·第12期】公司印章使用管理专题会议纪要 — 协同门户",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="OA document view: its 流转记录, read count and a 确认已阅 button; the 时间/地点/主持/参会/记录 lines of "
        "the minutes kept; the meeting date expected, the OA's 发文日期 also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【纪要·第12期】公司印章使用管理专题会议纪要 — 协同门户</title>
<script src="/oa/static/js/seeyon-lite.js"></script>
</head><body>
<div class="oa-top">⟦m 衡通建设集团 · 协同门户⟧　⟦m 当前用户：项目三部 刘栩⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项 (7)　已办事项　公文管理　会议管理　知识库⟧</div>
<div class="doc-view">
<div class="doc-head"><h2>{T}</h2>
<table class="meta"><tr><td>⟦m 发文部门：综合办公室⟧</td><td>⟦m 发文日期：2025-04-10⟧</td><td>⟦m 密级：一般⟧</td></tr></table></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 确认已阅⟧</button> <button>⟦a 转给同事⟧</button> <button>⟦a 导出正文⟧</button></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-04-10 09:12　宋黎 起草⟧</p>
<p>⟦l 2025-04-10 10:40　谷明川 审批通过⟧</p>
<p>⟦l 2025-04-10 11:05　综合办公室 分发至各部门⟧</p></div>
<div class="reads">⟦m 已阅 58 人 / 未阅 11 人⟧</div>
</div>
<div class="oa-foot">⟦m IT服务台：分机 8000　·　系统版本 V8.1 SP2⟧</div>
</body></html>
""",
        body="""
时间：2025年4月8日下午
地点：公司三楼第二会议室
主持：副总经理 谷明川
参会：综合办公室、财务部、法务部、各项目部负责人
记录：综合办公室 宋黎
会议围绕公司印章使用管理中存在的问题进行了专题研究，形成以下意见：
一、公司公章、合同专用章、财务专用章分别由综合办公室、法务部、财务部专人保管，保管人员变动须办理交接。
二、用印一律通过协同办公系统提交申请，经部门负责人和分管领导审批后用印，纸质登记同步留存。
三、项目部不得自行刻制印章；确需在外使用的，由保管人员携章前往，当日收回。
四、综合办公室每季度对用印台账检查一次，结果在月度例会上通报。
""",
    ),
    dict(
        slug="oa-hengtong-cone-inspection-bulletin-record",
        site="衡通建设集团内网 (invented, intranet text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://oa.hengtong-jt.local/news/safety/20251015-04",
        title="关于项目部施工现场路锥缺失问题的通报",
        record_date="2025-10-15",
        date="2025-10-15",
        notes="record title and date as is; an intranet export with its read count and IT-desk line; a table one row a "
        "paragraph; the bulletin's own 内线电话 beside the IT desk's extension",
        page="""
!m 衡通内网 > 安全质量 > 通报
{T}
!m 发布部门：安全质量部　浏览：203
{BODY}
!a 【标记为已读】　【收藏到我的文档】
!l 相关通报：关于9月份安全检查情况的通报
!m IT服务台 分机8000　内网仅限公司员工访问
""",
        body="""
各项目部：
10月13日，公司安全质量部对在建的5个市政道路项目进行了夜间专项检查，发现3个项目部施工现场存在路锥缺失、倒伏、摆放间距过大等问题，现通报如下：
项目部　检查点位　问题
骞明路改造项目部　K1+200　路锥缺失8个
骋江大道排水项目部　3号井　路锥倒伏未扶正
骦河桥引道项目部　北侧入口　间距超过10米
上述项目部须于10月17日前完成整改，并将整改照片上传至安全管理平台。对再次检查发现同类问题的，按公司安全考核办法扣减项目安全分。
联系人：安全质量部 葛凌，内线电话：8231。
安全质量部
2025年10月15日
""",
    ),
]
