"""holdout281, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text each).

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-wanyan-essay-door-gods-grandpa",
        site="晚檐小记 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://wanyan.blog.example.net/archives/door-gods-1228.html",
        title="腊月二十九，跟爷爷贴门神",
        record_title="【年味】腊月二十九，跟爷爷贴门神 - 晚檐小记 - 随笔",
        date="2025-01-28",
        notes="blog with tag cloud, archive, comment form; the post line's 发布于 is the page's date; photo caption between paragraphs; "
        "a tip button glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【年味】腊月二十九，跟爷爷贴门神 - 晚檐小记 - 随笔</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head><body>
<header id="header"><a class="site-name" href="/">⟦m 晚檐小记⟧</a><p class="description">⟦m 屋檐下的旧事与新事⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/suibi/">⟦m 随笔⟧</a> <a href="/about.html">⟦m 关于我⟧</a></nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：晚檐⟧</li><li>⟦m 发布于：2025-01-28⟧</li><li>⟦m 分类：随笔⟧</li><li>⟦m 阅读：236⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：年味、门神、老家⟧</p>
<p class="copyright">⟦d 本文为晚檐原创，转载请留言告知并注明出处⟧</p>
</article>
<nav class="post-near">⟦l ← 上一篇：腊八粥里的八样东西⟧ ⟦l 下一篇：正月初二回娘家 →⟧</nav>
<div id="comments"><h3>⟦l 已有 5 条评论⟧</h3>
<ol><li>⟦l 南风知我意：我家也是爷爷贴，左秦琼右敬德，一字不差⟧</li></ol>
<form><p>⟦l 称呼（必填）　邮箱（必填）　网站⟧</p><button>⟦a 提交评论⟧</button></form></div></main>
<aside id="secondary"><h3>⟦l 标签云⟧</h3><p>⟦l 年味 老家 读书 旧物 节气 散步⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年1月 (4)⟧</li><li>⟦l 2024年12月 (6)⟧</li></ul></aside>
<footer>⟦m © 2025 晚檐小记 · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
小时候，每到腊月二十九，爷爷就从镇上的年画铺买回一对门神。一张秦琼，一张尉迟恭，红脸黑脸，披甲执鞭，卷成筒用麻绳扎着。
贴门神是有讲究的。爷爷先用扫帚把旧门神扫下来，再用面粉熬一碗浆糊。他总说，门神要脸对脸，不能背靠背，背靠背就“不和”了。我扶着梯子，他一边刷浆糊一边念叨：“左秦琼，右敬德。”
⟦m ［图：老家木门上的门神，2019年春节拍］⟧
后来爷爷走了，老屋的木门换成了防盗门。今年我在网上买了一对木版门神，贴在城里的家门口，对门的小孩问我：“这两个叔叔是谁呀？”我想了想，说：“是守门的，守着咱们过年。”说完，我自己先笑了。⟦a ☕ 打赏晚檐一杯茶⟧
""",
    ),
    dict(
        slug="blog-laozhou-beaker-breakage-table-wrapped",
        site="老周的实验台 (invented, personal blog)",
        style="博客",
        genre="博文",
        kind="other",
        form="text",
        source="http://laozhou-lab.blog.example.cn/post/87",
        title="一学期打碎了多少只烧杯？",
        record_title="【实验台手账】一学期打碎了多少只烧杯？ | 老周的实验台",
        date=None,
        notes="blog post hard-wrapped at 68 columns with a breakage table (one row a paragraph); relative post time; comments below",
        page="""
!m 老周的实验台 —— 一个初中化学实验员的碎碎念
!m 首页 | 实验室日常 | 器材维护 | 留言板
!t 【实验台手账】一学期打碎了多少只烧杯？
!m 老周 发表于 昨天 21:40　分类：实验室日常　阅读(412)
{BODY}
!a 喜欢这篇就点个赞吧 👍 12　　⭐ 收藏
!l 上一篇：酒精灯的灯帽为什么要盖两次
!l 下一篇：实验柜标签我是这样贴的
!l 网友评论（3）　化学王老师：碎玻璃回收桶这个建议太实用了
!m Powered by 轻博客 · 老周的实验台
""",
        indent="  ",
        wrap=68,
        body="""
这学期我管初三的化学实验室，顺手记了一本“破损账”。期末一算，全年级十二个班，一共打碎烧杯八十七只。按实验类型分，情况如下：
实验名称　破损数量　主要原因
粗盐提纯　31只　加热时未垫石棉网
配制溶液　22只　玻璃棒用力搅拌碰裂
酸碱中和　19只　洗涤时滑落
其他实验　15只　收纳时互相碰撞
看这张表，最多的还是加热环节。很多学生把烧杯直接放在三脚架上，一受热杯底就炸开。下学期我准备在每张实验台上贴一张提示卡，并在第一节实验课上专门演示垫石棉网。
另外，碎玻璃一定要倒进实验室门口那只黄色回收桶，千万别扔普通垃圾桶，保洁阿姨的手已经被划过两次了。
""",
    ),
    dict(
        slug="wechat-yixi-museum-silver-bangles-h1",
        site="mirror of the WeChat account 旖溪县博物馆 (invented)",
        style="公众号镜像",
        genre="文博推文",
        kind="other",
        form="html",
        source="https://wxread.example-mirror.cn/s/yxbwg/2025-06-11/02",
        title="一对清代錾花银镯的百年旅程",
        record_title=None,
        date="2025-06-11",
        notes="no title in the record: the <h1>; account line date is the page's date; follow prompt glued before the first words; "
        "阅读原文/在看 rows, QR line, mirror note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>旖溪县博物馆 - 微信文章阅读</title>
</head><body>
<div class="mirror-bar">⟦m 微读坊 · 公众号文章离线镜像⟧ ⟦a 返回列表⟧</div>
<div class="rich_media_area">
<h1 class="rich_media_title">{T}</h1>
<div class="meta"><span>⟦m 原创⟧</span> <span>⟦m 旖溪县博物馆⟧</span> <em>⟦m 2025年06月11日 17:20⟧</em> <span>⟦m 湖南⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
<p style="text-align:center">⟦m 文字：崔晓岚　图片：馆藏部　审校：韦季川⟧</p>
</div>
<div class="collection">⟦l 合集：#馆藏故事 12个⟧</div>
<div class="bottom-bar">⟦a 阅读原文⟧ ⟦l 赞 分享 推荐 在看⟧</div>
<div class="qr">⟦a 长按识别二维码，预约周末讲解⟧</div>
<div class="mirror-note">⟦d 本页由微读坊抓取自公开推送，仅作离线阅读，原文以公众号为准⟧</div>
</div>
</body></html>
""",
        p_html='<section style="margin:0 8px"><p style="font-size:16px;line-height:1.75">{}</p></section>',
        body="""
⟦a 点击上方蓝字“旖溪县博物馆”，设为星标⟧在旖溪县博物馆二楼民俗展厅，有一对清代錾花银镯，常常让观众停下脚步。
这对银镯每只重约五十八克，外圈錾刻缠枝莲纹，两端做成如意头，内圈刻有“长命富贵”四个小字。它是2016年由旖溪镇居民崔阿婆捐赠的，是她外婆出嫁时的陪嫁。
文物修复师介绍，银镯入藏时表面发黑，局部有锈蚀。修复人员用软毛刷和专用清洗液一点点清理，没有抛光，保留了岁月留下的痕迹。
本月起，这对银镯将在“旖溪婚嫁旧俗展”中展出，欢迎大家来馆参观。
""",
    ),
    dict(
        slug="wechat-ganshui-culture-door-god-printing-notice",
        site="mirror of the WeChat account 澉水文化馆 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gzhcang.example.com/a/gswhg/20250110/1.html",
        title="关于开展“门神进万家”木版年画拓印体验活动的通知",
        record_title="活动预告｜关于开展“门神进万家”木版年画拓印体验活动的通知",
        date="2025-01-09",
        date_also=["2025-01-10"],
        notes="account line date (2025-01-10) differs from the 成文日期; a sentence asks readers to 关注 the account and 扫码报名 (content); "
        "follow prompt and reward row as chrome",
        page="""
!t 活动预告｜关于开展“门神进万家”木版年画拓印体验活动的通知
!m 澉水文化馆　2025年01月10日 18:30　湖南
!a ↑ 戳蓝字“澉水文化馆”，不错过每一场非遗活动
{BODY}
!m 图文：非遗部　编辑：邵小苒　审核：蔡一鸣
!a 觉得有用？点个“在看”，转给身边爱热闹的朋友
!l 往期回顾
!l ▸ 剪纸窗花课第二期报名开始啦
!l ▸ 年画老版修复手记
!d 此页为公众号集存网抓取的存档，图片及版权归原公众号所有。
""",
        gap=True,
        body="""
各位市民朋友：
为让大家在春节前感受传统年俗，县文化馆将开展“门神进万家”木版年画拓印体验活动，现将有关事项通知如下。
一、活动时间：2025年1月18日至1月25日，每天上午9:30、下午14:30各一场。
二、活动地点：县文化馆一楼非遗展示厅。
三、活动内容：由年画传承人现场讲解门神的来历，指导大家用老版拓印秦琼、尉迟恭门神一对，作品可带回家张贴。
四、报名方式：每场限30人，请关注“澉水文化馆”公众号，在“活动预约”栏目扫码报名。
澉水县文化馆
2025年1月9日
""",
    ),
    dict(
        slug="share-zhiye-lab-glassware-rules-articles",
        site="知页共享 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.zhiyegx.com/doc/7730184.html",
        title="旖溪县第二中学化学实验室玻璃仪器管理制度",
        record_title="旖溪县第二中学化学实验室玻璃仪器管理制度（可编辑）- 知页共享",
        date=None,
        notes="sharing page with upload notice, points lock, ratings and service WeChat; a rule with 第N条 articles; "
        "an in-body points prompt on a line of its own; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>旖溪县第二中学化学实验室玻璃仪器管理制度（可编辑）- 知页共享</title></head>
<body>
<div class="zy-head"><a href="/">⟦m 知页共享 · 好文档一起用⟧</a><a href="/upload">⟦a 我要上传⟧</a><a href="/login">⟦a 登录⟧</a></div>
<div class="zy-crumb">⟦m 知页共享 / 教育资料 / 学校管理⟧</div>
<div class="zy-doc">
<h1>{T}</h1>
<div class="zy-info">⟦m 分享者：实验员阿杜　　分享于 2 天前　　DOC　　2页　　好评 96%⟧</div>
<div class="zy-upload">⟦d 此文档由知页用户分享，知页仅提供存储与在线预览，内容以原文件为准⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-lock">⟦a 用3个知页点下载可编辑原文件⟧ ⟦a 评分 ☆☆☆☆☆⟧</div>
<div class="zy-kf">⟦w 下载遇到问题？加客服微信 zhiye_kf03⟧</div>
</div>
<div class="zy-rel"><h4>⟦l 猜你想找⟧</h4><ul><li>⟦l 化学实验室安全管理制度汇编⟧</li><li>⟦l 实验仪器借用登记表（模板）⟧</li></ul></div>
<div class="zy-foot">⟦m 知页共享 zhiyegx.com　浙ICP备22031570号⟧</div>
</body></html>
""",
        body="""
第一条　为规范化学实验室玻璃仪器的使用和管理，减少破损，保障师生安全，制定本制度。
第二条　烧杯、量筒、试管等玻璃仪器由实验员统一登记，建立台账，每学期末清点一次。
第三条　学生领用烧杯须在实验记录本上签名，实验结束后清洗干净，倒置晾干后归还。
⟦a 剩余4条需3知页点解锁，立即解锁⟧
第四条　加热烧杯时必须垫石棉网，杯内液体不得超过容积的三分之二。
第五条　烧杯破损后，应立即报告任课教师，碎片倒入专用回收箱，不得用手直接捡拾。
第六条　因违规操作造成仪器损坏的，按学校规定登记说明；故意损坏的，照价赔偿。
第七条　本制度自发布之日起施行，由学校教务处负责解释。
""",
    ),
    dict(
        slug="share-wenpu-letter-pewter-lead-test-docx-markers",
        site="文铺网 (invented document-sharing site)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.wenpu8.net/view/20241102/553917.html",
        title="关于商请提供锡壶含铅量检测技术支持的函",
        record_title="关于商请提供锡壶含铅量检测技术支持的函.docx",
        date="2024-10-15",
        notes="file-name record title; page markers ⇜ n ⇝ glued with a space to the continuation line cut sentences; "
        "the letter's own contact line; share stamp is no date",
        page="""
!m 文铺网 - 文档随手铺
!t 关于商请提供锡壶含铅量检测技术支持的函.docx
!m 铺主：wp_燠川小薛　　入铺时间：2024-11-02　　1页　　DOCX
!a 免费预览　　下载（2铺币）　　分享到朋友圈
{BODY}
!a —— 预览完毕，下载原文可直接编辑 ——
!d 文铺网内容均由网友铺入，若有侵权请点“申诉”，核实后48小时内处理。
!l 同铺推荐：商请协助函写法｜请求技术支持的函（范文）
""",
        pages=dict(fmt="⇜ {n} ⇝", every=70, start=2, glue=True, sep=" "),
        body="""
县产品质量检验所：
为做好今年锡器手工业专项调研，我馆拟对臧湾镇17家作坊生产的锡壶开展一次含铅量摸底检测。因我馆不具备检测条件，特商请贵所给予技术支持。
一、检测样品：手工锡壶34把，每家作坊2把，由我馆统一采集、编号后送检。
二、检测项目：锡壶内壁铅、镉迁移量，参照国家有关食品接触材料标准执行。
三、时间安排：样品拟于10月28日前送达，请于11月15日前出具检测结果。
检测费用由我馆按规定支付。如蒙同意，请函复。
联系人：薛映川　电话：0716-5233017
燠川县文化馆
2024年10月15日
""",
    ),
    dict(
        slug="edu-maoling-notice-beaker-check-attachments",
        site="懋岭教育信息网 (invented county education bureau site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.maoling.gov.example.cn/tzgg/2025/0305/5521.html",
        title="关于开展中小学实验室玻璃器皿安全排查的通知",
        record_title="关于开展中小学实验室玻璃器皿安全排查的通知-装备站-懋岭教育信息网",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="education portal with 长者模式/读屏 links; 附件 list beside an attachment download link; 抄送 and 印发 lines; "
        "the bureau's contact and mailbox beside a technical-support line; 请各校下载附件 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展中小学实验室玻璃器皿安全排查的通知-装备站-懋岭教育信息网</title></head>
<body>
<div class="top"><span>⟦m 懋岭县教育局主办⟧</span> <a>⟦a 长者模式⟧</a> <a>⟦a 读屏助手⟧</a> <a>⟦a 收藏此站⟧</a></div>
<div class="logo">⟦m 懋岭教育信息网⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育新闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 装备站⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="pos">⟦m 您的位置：首页 › 装备站 › 通知公告⟧</div>
<div class="article">
<h2>{T}</h2>
<p class="info">⟦m 发布者：县教育技术装备站　发布日期：2025-03-05　点击：1204⟧</p>
<div class="txt">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：实验室玻璃器皿安全排查表.xlsx（18KB）　破损器皿处置登记表.docx（15KB）⟧</div>
<div class="tool">⟦a [打印本通知] [关闭窗口]⟧</div>
</div>
<div class="side"><h4>⟦l 最新公告⟧</h4><ul><li>⟦l 2025年春季学期教学仪器配备计划公示⟧</li><li>⟦l 关于报送实验教学开出率的通知⟧</li></ul></div>
<div class="foot"><p>⟦m 网站技术支持：懋岭县信息中心　电话：0718-6600345⟧</p><p>⟦m 懋岭县教育局版权所有　滇ICP备12007730号⟧</p></div>
</body></html>
""",
        body="""
各中小学校：
近期，个别学校在实验课上发生烧杯受热炸裂致学生手部划伤的情况。为消除安全隐患，局决定在全县开展实验室玻璃器皿安全排查，现将有关事项通知如下。
一、排查内容：烧杯、试管、酒精灯等玻璃器皿是否有裂纹、缺口；破损器皿回收箱是否设置；学生实验守则是否上墙。
二、时间安排：3月10日前完成自查，3月20日前由县教育技术装备站抽查。
三、报送要求：请各校下载附件，填写后于3月10日前发送至邮箱mlzbz@mled-edu.cn。
联系人：詹若舟　电话：0718-6620457
附件：1.实验室玻璃器皿安全排查表
2.破损器皿处置登记表
懋岭县教育局
2025年3月3日
抄送：县应急管理局。
懋岭县教育局办公室　2025年3月4日印发
""",
    ),
    dict(
        slug="edu-yixi-plan-door-god-art-numbered",
        site="旖溪教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.yixijy.example.cn/jyky/202412/t20241223_3041.html",
        title="旖溪县中小学“画门神 迎新春”美育实践活动方案",
        record_title="旖溪县中小学“画门神 迎新春”美育实践活动方案 ‖ 教研动态 ‖ 旖溪教育网",
        date="2024-12-20",
        notes="education portal text page; numbered list 1. 2. 3.; 成文日期 under the signature; font-size and print row",
        page="""
!m 旖溪教育网　旖溪县教育局主办
!m 首页 ＞ 教研动态 ＞ 美育
{T}
!m 来源：县教研室　时间：12-23　浏览：688
!a 〔大字号〕〔标准〕〔打印此页〕
{BODY}
!l 上一条：关于举办全县中小学生书法比赛的通知
!l 下一条：2024年秋季学期美术优质课评选结果
!m 旖溪县教育局　地址：旖溪县人民路88号　电话：0717-4400123
!m 湘ICP备13020571号
""",
        indent="\u3000\u3000",
        body="""
为弘扬优秀传统文化，丰富学生寒假生活，县教研室决定在全县中小学开展“画门神 迎新春”美育实践活动，特制定本方案。
一、参加对象：全县小学三年级至初中二年级学生。
二、活动内容
1.认识门神：美术课上介绍秦琼、尉迟恭等门神形象和木版年画的基本知识。
2.画门神：学生用水彩、剪纸或版画等形式创作门神作品一幅。
3.贴门神：鼓励学生把作品贴在自家门上，拍照留念。
三、作品报送：各校择优推荐10件作品，于2025年2月14日前报送县教研室。
四、评选表彰：设一等奖20名、二等奖40名，优秀作品在县图书馆展出。
旖溪县教研室
2024年12月20日
""",
    ),
    dict(
        slug="intranet-xiyi-minutes-pewter-quality-oa",
        site="燠川锡艺有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.yuchuan-xiyi.example.com/doc/view.do?id=20250407031",
        title="燠川锡艺有限公司2025年第一季度锡壶质量分析会会议纪要",
        record_title="〔季度质量会〕燠川锡艺有限公司2025年第一季度锡壶质量分析会会议纪要 - 锡艺协同办公",
        date="2025-04-07",
        notes="OA document view with 流转记录, read count and a 标记已阅 button; the minutes' 时间/地点/主持/参会/记录 lines stay in the body; "
        "the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔季度质量会〕燠川锡艺有限公司2025年第一季度锡壶质量分析会会议纪要 - 锡艺协同办公</title></head>
<body>
<div class="oa-head">⟦m 锡艺协同办公平台⟧ ⟦m 当前用户：销售部 宋婉⟧ ⟦a 退出⟧</div>
<div class="oa-menu"><a>⟦m 待办⟧</a> <a>⟦m 已办⟧</a> <a>⟦m 公文⟧</a> <a>⟦m 通讯录⟧</a></div>
<div class="oa-doc">
<div class="doc-bar">⟦m 文档类别：会议纪要　密级：内部　阅读：87人次⟧</div>
<h2>{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btn"><button>⟦a 标记已阅⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 导出为PDF文件⟧</button></div>
<table class="flow"><tr><th>⟦l 流转记录⟧</th></tr>
<tr><td>⟦l 2025-04-08 09:14　办公室 聂小蔓　起草⟧</td></tr>
<tr><td>⟦l 2025-04-08 10:02　生产副总 卞守诚　审核通过⟧</td></tr>
<tr><td>⟦l 2025-04-08 10:30　系统　分发至各部门⟧</td></tr></table>
</div>
<div class="oa-foot">⟦m 信息部维护　内线：8012⟧ ⟦d 内部资料，严禁外传截图⟧</div>
</body></html>
""",
        body="""
时间：2025年4月7日下午2:30
地点：公司三楼会议室
主持：生产副总　卞守诚
参会：质检部、打锡车间、抛光车间、销售部负责人
记录：聂小蔓
会议通报了一季度锡壶质量情况。一季度共生产锡壶5120把，出厂检验合格率97.6%，退货43把，主要问题是壶嘴焊缝渗漏和壶盖松动。
会议议定：
一、打锡车间对焊缝实行“一壶一试水”，试水不合格的不得转入抛光工序。
二、质检部每月抽取20把锡壶送检铅含量，检测报告存档备查。
三、销售部整理客户退货原因，每月5日前报质检部。
""",
    ),
    dict(
        slug="intranet-kangyuan-bulletin-beaker-injury-pdf",
        site="禊州康元药业内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.kangyuan-pharma.example.com/aqhb/2025/0612.pdf",
        title="关于质检中心烧杯破损致人员划伤事故的通报",
        record_title="关于质检中心烧杯破损致人员划伤事故的通报.pdf",
        date="2025-06-12",
        notes="file-name record title; intranet export header and footer; 成文日期 under the signature; the IT desk line as chrome",
        page="""
!m 康元药业企业门户 ｜ 安全环保部
!m 位置：门户首页 / 安全环保 / 事故通报
!t 关于质检中心烧杯破损致人员划伤事故的通报.pdf
!m 发文部门：安全生产委员会办公室　阅读范围：全体员工　已阅 312 人
!a 在线预览　｜　下载原件　｜　标为已读
{BODY}
!l 相关通报：关于仓储部叉车剐蹭事故的通报（2025-05-20）
!m 门户使用问题请拨打信息中心内线 6688
!d 本文件仅限公司内部传阅，请勿外传
""",
        indent="\u3000\u3000",
        body="""
各部门：
6月9日上午，质检中心理化室检验员在清洗500毫升烧杯时，烧杯底部突然破裂，导致其右手食指划伤，缝合三针。经调查，该烧杯已有细小裂纹，使用前未按规定检查，清洗时未佩戴防割手套。
为吸取教训，公司决定：
一、对质检中心理化室给予通报批评，取消本季度安全评优资格。
二、各实验室立即对在用玻璃器皿逐一检查，有裂纹、缺口的一律报废。
三、清洗玻璃器皿必须佩戴防割手套，由安全环保部不定期抽查。
请各部门引以为戒，切实抓好实验室安全管理。
禊州康元药业有限公司安全生产委员会
2025年6月12日
""",
    ),
]
