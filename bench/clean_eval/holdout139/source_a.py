"""holdout139, part A: a forestry bureau's yew notice, a Xi-opera troupe's speech on a 范文 site,
a semiconductor fab's safety plan on a paid 文库, a county news portal on spotted seals, a
songbird-keepers' forum, a cardiac-rehabilitation nurse's blog, a gibbon reserve's WeChat
mirror, a calico workshop's summary on a sharing reader, a primary school's balance-bike notice,
an LED-display maker's intranet minutes and a Q&A about forest-rights certificates.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-congcheng-yew-notice-html-index-table",
        site="琮城县林业局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://lyj.congcheng.example.gov.cn/xxgk/tzgg/202504/t20250417_88213.html",
        title="关于加强南方红豆杉资源保护管理的通知",
        record_title="关于加强南方红豆杉资源保护管理的通知_琮城县林业局",
        date="2025-04-17",
        notes="modern county portal: 索引号 table, 长辈版 switch, font row, a contact of the document beside the portal's 12345 line, a 附件 list and 抄送 line kept; byline 成文日期 equals the signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于加强南方红豆杉资源保护管理的通知_琮城县林业局</title>
<link rel="stylesheet" href="/css/main.css">
<script>var _siteid="cc-lyj-07";</script>
</head><body>
<div class="topbar"><span>⟦m 琮城县林业局欢迎您⟧</span><a>⟦a 长辈版⟧</a><a>⟦a 无障碍⟧</a><a>⟦a 登录⟧</a></div>
<div class="logo">⟦m 琮城县林业局⟧</div>
<ul class="nav"><li>⟦m 首　页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 林业资讯⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx">
<tr><td>⟦m 索 引 号：cc-lyj/2025-00213⟧</td><td>⟦m 主题分类：林业⟧</td></tr>
<tr><td>⟦m 发布机构：琮城县林业局⟧</td><td>⟦m 成文日期：2025-04-17⟧</td></tr>
</table>
<h1>⟦t 关于加强南方红豆杉资源保护管理的通知⟧</h1>
<div class="tools">⟦a 【字号 大 中 小】⟧ ⟦a 【打印正文】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信　QQ空间　微博⟧</div>
<div class="pn"><p>⟦l 上一条：县林业局2025年春季森林防火工作安排⟧</p><p>⟦l 下一条：关于开展古树名木普查复核的通知⟧</p></div>
<div class="side"><h3>⟦l 热点信息⟧</h3><ul><li>⟦l 林长制巡林记录表填报说明⟧</li><li>⟦l 2025年造林补贴公示⟧</li></ul></div>
<div class="foot">
<p>⟦m 主办单位：琮城县林业局　地址：琮城县林苑路16号⟧</p>
<p>⟦m 政务服务便民热线：12345⟧</p>
<p>⟦m 滇ICP备10073215号-2　网站标识码：5323250031⟧</p>
<p>⟦d 本网站所有文字、图片未经许可不得转载⟧</p>
</div>
<script src="/js/stat.js"></script>
</body></html>
""",
        body="""
各乡（镇）人民政府，县直有关单位，各国有林场：
南方红豆杉是国家一级重点保护野生植物。近年来，我县个别地方出现盗挖野生红豆杉、剥取树皮等违法行为，对资源安全造成威胁。为切实加强南方红豆杉资源保护管理，现将有关事项通知如下。
一、开展资源清查。各乡（镇）要组织护林员对辖区内南方红豆杉逐株登记，标明位置、胸径和生长状况，于5月31日前报县林业局。
二、严格执法监管。对盗挖、运输、收购野生红豆杉的行为，依法从严查处；涉嫌犯罪的，移送公安机关处理。
三、规范人工培育。人工培育的红豆杉出售、运输，须持有合法来源证明和植物检疫证书。
四、加强宣传引导。各单位要在林区入口、集市张贴宣传资料，公布举报电话，鼓励群众举报破坏资源行为。
联系人：段云川　联系电话：0874-6120518
附件：1.南方红豆杉资源清查登记表
2.红豆杉保护宣传要点
琮城县林业局
2025年4月17日
抄送：县公安局，县市场监管局。
""",
    ),
    dict(
        slug="fanwen-xiju-troupe-speech-decorated",
        site="笔耕范文馆 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bigengfw.example.com/jianghua/20250311/4418.html",
        title="在锡剧团建团七十周年座谈会上的讲话",
        record_title="【精选】在锡剧团建团七十周年座谈会上的讲话（通用2篇）",
        date="2025-03-11",
        notes="decorated record title; date under the speech title; speaker line neutral; a writing-service prompt glued after a sentence and a VIP prompt between paragraphs",
        page="""
!m 笔耕范文馆 — 写材料，上笔耕
!m 位置：范文首页 / 讲话稿 / 纪念讲话
!t 【精选】在锡剧团建团七十周年座谈会上的讲话（通用2篇）
!m 更新：2025-03-12　热度：1963
!a 一键复制　　下载为Word
{T}
璋城县文化广电和旅游局局长　许映秋
（2025年3月11日）
{BODY}
!a 本篇为会员专享，开通后无限下载
!l 上一篇：剧团年度演出工作总结
!l 下一篇：戏曲进校园活动主持词
!l 猜你需要：纪念讲话　文艺院团　座谈会发言
!d 本站范文均由用户投稿整理，如有侵权请来信删除
""",
        body="""
各位老艺术家，同志们：
今天我们在这里座谈，纪念县锡剧团建团七十周年，回顾剧团走过的不平凡历程，共商戏曲传承发展大计。
七十年来，县锡剧团扎根乡土、服务群众，先后创排大小剧目一百四十余部，送戏下乡八千余场。⟦w 材料代笔找小许，V：bigeng_xu88⟧
一代代锡剧人坚守舞台，培养了三代演员，留下了许多脍炙人口的唱段。
⟦a 余下内容仅对VIP会员开放⟧
新的起点上，剧团要坚持守正创新，既演好传统经典，又排好现代戏，让锡剧走进更多年轻观众。
县文旅局将继续在排练场地、演出补贴、人才引进等方面给予支持。
祝县锡剧团越办越好，祝各位老艺术家身体健康！
""",
    ),
    dict(
        slug="wenku-xinchip-plan-wrapped-corner-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiye.example.net/view/7f3a21c9e0.html",
        title="晶圆厂特殊气体泄漏应急处置方案",
        record_title="晶圆厂特殊气体泄漏应急处置方案.docx",
        date=None,
        notes="file-name title; a wrapped preview cut by ⌜n⌝ page markers (glued or not); pay prompt at the end; upload stamp and year in the title are no date",
        wrap=64,
        pages=dict(fmt="⌜{n}⌝", every=110, start=2, glue="mix"),
        page="""
!m 知页文库 > 行业资料 > 安全生产
!t 晶圆厂特殊气体泄漏应急处置方案.docx
!m 上传者：匿名用户　上传于：2天前　格式：DOCX　页数：4
!a 免费预览已结束，剩余2页需付费下载
!a ¥6.8 立即下载
{BODY}
!a 加入会员，海量文档免费下
!d 本文档为网友分享，所涉内容如有不妥请联系平台处理
!l 相关文档：洁净室火灾应急预案　化学品仓库管理制度
""",
        body="""
一、目的
为有效应对厂区特殊气体泄漏事件，最大限度减少人员伤害和设备损失，结合本厂生产实际，制定本方案。
二、适用范围
本方案适用于厂区内硅烷、氨气、三氟化氮等特殊气体在储存、输送和使用过程中发生的泄漏事件。
三、组织机构
公司成立应急处置领导小组，厂长任组长，分管安全的副厂长任副组长，成员由设施、生产、安环等部门负责人组成。
四、处置程序
1.气体侦测系统报警后，中控室值班人员立即确认报警位置和浓度，并通知现场人员撤离。
2.应急小组佩戴正压式空气呼吸器进入现场，关闭泄漏点上游阀门。
3.泄漏得到控制后，开启排风系统，经检测浓度合格方可恢复生产。
五、培训与演练
各部门每季度组织一次泄漏处置演练，新员工入职须完成特殊气体安全培训。
""",
    ),
    dict(
        slug="news-yuping-spotted-seal-html-photo-caption",
        site="瑜坪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yupingrm.example.cn/xw/bd/2025-02/26/content_51907.html",
        title="瑜坪海域今冬观测到斑海豹二百余头",
        record_title="瑜坪海域今冬观测到斑海豹二百余头 - 瑜坪融媒",
        date="2025-02-26",
        notes="news portal: byline 发布时间 is the date; a photo caption and a 'related' link between paragraphs; an editor line glued after the last paragraph",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>瑜坪海域今冬观测到斑海豹二百余头 - 瑜坪融媒</title>
<meta name="keywords" content="斑海豹,瑜坪,保护">
<script>window.dataLayer=[];</script></head>
<body>
<header><div class="brand">⟦m 瑜坪融媒⟧</div>
<nav>⟦m 首页⟧ ⟦m 本地⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav>
<a class="app">⟦a 下载瑜坪融媒客户端⟧</a></header>
<main>
<h1>⟦t 瑜坪海域今冬观测到斑海豹二百余头⟧</h1>
<div class="info">⟦m 发布时间：2025-02-26 09:12　来源：瑜坪融媒　记者：柯晓帆⟧</div>
<article>
{BODY}
</article>
<div class="bar">⟦l 点赞 28　评论 6　转发⟧</div>
<section class="more"><h3>⟦l 热门推荐⟧</h3>
<p>⟦l 渔港春修工程开工⟧</p><p>⟦l 海岸线清洁志愿活动招募⟧</p></section>
</main>
<footer><p>⟦m 瑜坪县融媒体中心版权所有⟧</p><p>⟦m 违法和不良信息举报：0535-7731005⟧</p><p>⟦m 鲁ICP备15032208号⟧</p></footer>
<script>stat();</script>
</body></html>
""",
        body="""
记者从县海洋发展局获悉，今冬以来，瑜坪海域共观测到来此越冬的斑海豹二百一十三头，比去年同期增加近三成。
斑海豹是国家一级重点保护野生动物，每年冬季从北方海域洄游到我县沿海的沙洲和礁石上休息。
⟦l 【图】退潮后，斑海豹在礁石上晒太阳。（通讯员 毕鸣 摄）⟧
为减少人为干扰，县海洋发展局在观测点设置了警示牌，并安排巡护员每天两次巡查。
⟦l 延伸阅读：去年斑海豹救助情况回顾⟧
巡护员提醒，游客发现搁浅的斑海豹，不要触碰和投喂，应及时拨打保护站电话。⟦m （编辑：滕晓 审核：付宁）⟧
""",
    ),
    dict(
        slug="forum-huamei-keepers-post-junk-floors",
        site="鸣林鸟友会论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.minglin.example.com/thread-20931-1-1.html",
        title="关于文明养鸟、拒绝捕售野生画眉的倡议",
        record_title="[鸟友公约] 关于文明养鸟、拒绝捕售野生画眉的倡议 - 养鸟交流 - 鸣林鸟友会论坛",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="forum post with junk (lines and glued); 发表于 is a day later than the signature date, both accepted; floors and reply box after",
        junk=dict(lines=2, glued=2),
        page="""
!m 鸣林鸟友会论坛 › 养鸟交流 › 查看帖子
!l 本版置顶：新手入门必读　鸟具交易规则
!t [鸟友公约] 关于文明养鸟、拒绝捕售野生画眉的倡议
!m 楼主：老林鸣翠　UID 3817　积分 2206　发表于 2025-5-9 07:42
!m 只看楼主 | 倒序浏览 | 阅读模式
{BODY}
!l 沙发　晨鸟啾啾：支持，鸟市上确实还有卖野生画眉的。
!l 板凳　珩湖老赵：已转到我们遛鸟群。
!l 回复 | 引用 | 举报
!a 您需要登录后才可以回帖　登录 | 立即注册
!m 鸣林鸟友会论坛 ©2008-2025　Powered by BBSkit
""",
        body="""
各位鸟友：
画眉是国家二级重点保护野生动物，野外种群经不起捕捉。近来有鸟友反映，城郊仍有人张网捕捉野生画眉，在花鸟摊点出售。
为此，珩湖市鸣林鸟友会向全体会员和广大养鸟爱好者倡议：
一、不捕捉、不购买、不出售野生画眉，只饲养有合法来源的人工繁育个体。
二、遛鸟时不占用健身步道，不在清晨七点前大声鸣放，尊重周边居民休息。
三、发现张网捕鸟的，及时向森林公安或林业部门报告。
四、老鸟友多带新鸟友，讲科学饲养，讲文明养鸟。
珩湖市鸣林鸟友会
2025年5月8日
""",
    ),
    dict(
        slug="blog-xinkang-nurse-cardiac-rehab-html-archive",
        site="心康护士的小窝 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://xinkanghushi.example.blog/2025/01/cardiac-rehab-notes.html",
        title="做心脏康复护士这一年",
        record_title=None,
        date="2025-01-19",
        notes="blog without a record title: the title in the post header; the blog's bracketed post time is the date; tag cloud, archive, reward button, comments",
        page="""
<html><head><meta charset="utf-8"><title>做心脏康复护士这一年 | 心康护士的小窝</title>
<style>.post{max-width:720px}</style></head>
<body>
<div id="header"><h2>⟦m 心康护士的小窝⟧</h2><p>⟦m 一个康复科护士的碎碎念⟧</p></div>
<div id="menu">⟦m 首页 · 归档 · 关于我 · 留言板⟧</div>
<div class="post">
<h1>⟦t 做心脏康复护士这一年⟧</h1>
<p class="date">⟦m [2025-01-19 21:36]⟧ ⟦m 分类：工作随笔⟧ ⟦m 阅读(412)⟧</p>
{BODY}
<p class="tags">⟦l 标签：心脏康复 护理 随笔⟧</p>
<p>⟦a 喜欢就请我喝杯咖啡吧 ☕ 赞赏⟧</p>
</div>
<div id="comments"><h3>⟦l 4 条评论⟧</h3>
<p>⟦l 小鹿医生：写得真好，康复护理确实太重要了。 2025-01-20⟧</p>
<p>⟦l 发表评论（昵称必填）⟧</p></div>
<div id="sidebar"><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年1月 (3)⟧</p><p>⟦l 2024年12月 (5)⟧</p>
<h3>⟦l 标签云⟧</h3><p>⟦l 护理 康复 读书 旅行 家常菜⟧</p></div>
<div id="footer">⟦d 本博客文字均为原创，转载请注明出处⟧</div>
<script src="https://stat.example.net/c.js"></script>
</body></html>
""",
        body="""
去年初，我从心内科病房调到新成立的心脏康复中心，一晃已经整整一年。
刚来时我以为康复就是带病人走走路，后来才明白，心脏康复包括运动训练、用药指导、营养管理和心理支持，每一项都有讲究。
印象最深的是一位放了支架的老师傅，出院时连上楼都喘，经过十二周的康复训练，已经能陪孙子去公园散步了。
这一年里我考取了心肺运动试验操作证书，也学会了看运动心电监护的各种曲线。
新的一年，希望更多出院的心脏病人知道还有康复这条路，也希望自己能做得更好。
""",
    ),
    dict(
        slug="wechat-yuanhou-gibbon-mirror-follow-bar",
        site="公号阅读镜像站 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://mp.readmirror.example.com/s/8Fq2LmZx0",
        title="保护区新监测到两群海南长臂猿家庭成员",
        record_title="保护区新监测到两群海南长臂猿家庭成员",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="WeChat mirror: record gives title and date; account line, follow prompt, 阅读原文/在看 row; a sentence asking readers to 关注 the reserve's account is body",
        page="""
!m 镜像阅读 · 公众号文章存档
{T}
!m 原创　玶溪长臂猿保护区　2025年06月03日 18:20　海南
!a 点击上方蓝字关注我们
{BODY}
!m 文字：符晓岚　图片：保护区监测站
!m 编辑：吴念
!a 阅读原文　　分享　　推荐　　在看 216
!l 往期推荐：一只长臂猿宝宝的第一年　雨季巡护日记
!d 本页面为第三方存档，版权归原公众号所有
""",
        body="""
近日，玶溪长臂猿保护区监测队在东坡片区的声音监测中，确认新增两个长臂猿家庭群，共计九只个体。
监测队员连续二十天凌晨四点进山，在鸣叫高峰时段记录长臂猿的鸣唱，再根据鸣唱位置和个体叫声特征区分家庭群。
目前保护区内已知的长臂猿家庭群增加到七个，种群数量稳步回升。
保护区管理局表示，下一步将继续修复林间廊道，为长臂猿扩散提供更多栖息空间。
欢迎关注保护区公众号，了解长臂猿的最新动态。
""",
    ),
    dict(
        slug="docshare-lanyin-calico-summary-dotted-markers",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.gxwendang.example.com/d/ck20251204.html",
        title="蓝印花布传习所2024年工作总结",
        record_title="蓝印花布传习所2024年工作总结（可编辑）",
        date="2024-12-26",
        notes="decorated title (可编辑); preview cut by ◖n◗ markers on lines of their own; download bar at top, upload notice and related list at the bottom; a data table kept",
        pages=dict(fmt="◖{n}◗", every=90, start=2),
        page="""
!m 共享文档站　|　首页 › 总结报告 › 年终总结
!t 蓝印花布传习所2024年工作总结（可编辑）
!a 收藏　　举报　　下载（消耗2积分）
!m 浏览 733 次　下载 41 次　文件大小 36KB
{BODY}
!d 文档来源于网友上传，平台仅提供存储空间，若侵犯您的权益请反馈处理
!l 同类文档推荐：非遗工坊年度总结　传统工艺振兴计划
""",
        body="""
2024年，琇原县蓝印花布传习所在县文化馆指导下，围绕传承、培训、展示三项任务开展工作，现总结如下。
一、传承工作。全年完成刮浆、染色、晾晒等工艺记录影像十二部，整理传统纹样图谱一百二十幅。
二、培训工作。举办学徒培训班三期，结业学员四十六人，其中返乡青年十九人。
三、展示推广。参加省级非遗展会两次，在景区设立体验点一处，接待研学学生二千余人次。
主要指标完成情况如下：
项目　目标　完成
学员培训（人）　40　46
纹样整理（幅）　100　120
研学接待（人次）　1500　2130
明年，传习所将开发适合日常使用的蓝印布文创产品，扩大传统技艺的影响。
琇原县蓝印花布传习所
2024年12月26日
""",
    ),
    dict(
        slug="edu-xunxi-school-balance-bike-html-notice",
        site="珣溪区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xunxi.example.edu.cn/tzgg/2025/0407/1931.html",
        title="关于举办珣溪区幼儿平衡车邀请赛的通知",
        record_title=None,
        date="2025-04-07",
        notes="education portal: no record title; 【字体：大 中 小】 row; school's own 报名电话 and e-mail kept beside the portal's phone; 时间/地点 lines and a group table kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>珣溪区教育信息网</title></head>
<body>
<table width="980" align="center"><tr><td class="banner">⟦m 珣溪区教育信息网⟧</td></tr>
<tr><td class="menu">⟦m 网站首页 | 教育动态 | 通知公告 | 招生考试 | 德育园地⟧</td></tr></table>
<div class="path">⟦m 您现在的位置：首页 >> 通知公告⟧</div>
<h2 class="title">⟦t 关于举办珣溪区幼儿平衡车邀请赛的通知⟧</h2>
<div class="attr">⟦m 日期：2025-04-07　浏览次数：1288⟧　⟦a 【字体：大 中 小】⟧</div>
<div class="content">
{BODY}
</div>
<div class="ops">⟦a 【打印此页】⟧ ⟦a 【返回顶部】⟧</div>
<div class="foot">⟦m 珣溪区教育局主办　电话：0571-8826001⟧<br>⟦m 浙ICP备09031177号⟧</div>
<script language="javascript">document.write("");</script>
</body></html>
""",
        body="""
各幼儿园：
为丰富幼儿户外体育活动，增强幼儿平衡能力和协调能力，区教育局决定举办珣溪区幼儿平衡车邀请赛。现将有关事项通知如下。
一、时间：2025年4月26日上午8:30。
二、地点：珣溪区体育中心室外广场。
三、参赛对象：全区各幼儿园大班、中班幼儿，每园限报8人。
四、比赛分组：
组别　年龄　项目
中班组　4—5周岁　30米直线赛
大班组　5—6周岁　50米绕桩赛
五、报名方式：请各园于4月18日前将报名表发送至邮箱xunxiyouer@example.com，并扫描报名表下方二维码确认。
联系人：宋老师　报名电话：0571-8826137
珣溪区教育局
2025年4月7日
""",
    ),
    dict(
        slug="oa-guangjing-led-minutes-approval-trail",
        site="光璟显示科技OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://oa.guangjing-led.example.local/doc/view?id=20250314-0082",
        title="关于小间距LED显示屏返修问题的专题会议纪要",
        record_title="关于小间距LED显示屏返修问题的专题会议纪要",
        date="2025-03-14",
        notes="intranet document view: approval trail, read count and 流转记录 around the minutes; 时间/地点/主持/参会 lines kept; the meeting date is the date",
        page="""
!m 光璟协同办公平台　｜　公文管理 > 会议纪要 > 查看
!m 文档编号：GJ-HY-2025-031　密级：内部
!a [返回列表]　[打印]　[导出PDF]
{T}
{BODY}
!m 拟稿：质量部 韩启　审核：邵卫东　签发：严立
!m 阅读人数：47　最后阅读：生产二部 庞凯
!l 流转记录：03-14 质量部发起 → 03-15 总经办审核 → 03-15 分发各部门
!d 内部资料，严禁外传
""",
        body="""
时间：2025年3月14日下午2:00
地点：公司三楼第二会议室
主持：严立
参会：质量部、生产一部、生产二部、研发中心、售后服务部负责人
记录：韩启
会议听取了售后服务部关于一季度小间距显示屏返修情况的汇报，分析了模组失效的主要原因，议定事项如下：
一、研发中心在3月底前完成灯珠焊接工艺评估，提出改进方案。
二、生产二部对在制品逐批增加老化测试，老化时间由24小时延长至48小时。
三、质量部建立返修品台账，每周通报一次失效数据。
四、售后服务部对已返修客户逐一回访，4月10日前反馈回访情况。
""",
    ),
    dict(
        slug="qa-linquan-forest-rights-answer-votes",
        site="问一问社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenyiwen.example.com/q/60318842.html",
        title="林权证丢了怎么补办？",
        record_title="林权证丢了怎么补办？ - 问一问社区",
        date=None,
        notes="Q&A with a question title; answer with votes; 回答于 is a relative time (no date); an example date inside the answer is no date",
        page="""
!m 问一问社区　>　三农　>　林业
!t 林权证丢了怎么补办？
!m 提问者：山里人家　3天前
!m 1个回答　被浏览 540 次
!l 最佳回答
!m 瑭川县自然资源局不动产登记中心 工作人员　回答于 2天前
{BODY}
!l 有用 37　　没用 2　　评论
!a 我也去答题，访问个人页
!l 相关问题：林地承包合同到期怎么办　宅基地证补办流程
!d 以上回答仅代表个人观点，不构成法律意见
""",
        body="""
林权证丢失后，可以按不动产登记的程序申请补发，具体步骤如下：
1.到林地所在地的不动产登记中心窗口提出申请，填写补发申请表。
2.提交身份证、户口簿，以及村委会出具的林地权属情况证明。
3.登记中心会在门户网站发布遗失声明，公告期满十五个工作日无异议的，予以补发。
比如你在某年3月1日提交申请，公告期满后大约在月底就可以领取新证。
补发后的证书上会注明补发字样，原证书作废。
""",
    ),
]
