"""holdout80, part A: county portals, news portals, 范文 sites, 文库 previews, forums and a blog.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-haiyan-sand-sculpture-festival-safety-html",
        site="澥岩县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xieyan.example.gov.cn/zwgk/tzgg/2025/0703/4471.html",
        title="关于做好第三届沙雕文化节安全保障工作的通知",
        record_title="关于做好第三届沙雕文化节安全保障工作的通知_澥岩县人民政府",
        date="2025-07-03",
        notes="modern county portal: 索引号 table, elder-mode and text-size switch, app QR row; the notice's own 联系人/电话 beside the portal's 12345 line; a schedule table one row a paragraph",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好第三届沙雕文化节安全保障工作的通知_澥岩县人民政府</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦a 长者模式⟧ ⟦a 无障碍⟧ ⟦m 欢迎访问澥岩县人民政府门户网站⟧</div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="pos">⟦m 您现在所处位置：首页 » 政务公开 » 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11330922MB0173-04-2025-0129⟧</td><td>⟦m 发布机构：县文化和旅游局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 成文日期：2025-07-03⟧</td></tr></table>
<h1>{T}</h1>
<div class="fs">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="qr">⟦a 扫一扫在手机打开当前页⟧</div>
<div class="rel"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 县文旅局召开暑期旅游市场整治部署会⟧</li><li>⟦l 2025年海滩浴场开放时间公告⟧</li></ul></div>
<div class="foot">⟦m 主办：澥岩县人民政府办公室　承办：县大数据中心⟧<br>⟦m 政务服务热线：12345⟧<br>⟦m 浙ICP备19082213号-2⟧ ⟦m 网站标识码：3309220007⟧</div>
<script src="/js/share.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府，县级有关部门：
第三届沙雕文化节定于7月18日至8月10日在金沙湾景区举办。为确保活动安全有序，现将有关事项通知如下。
一、落实安全责任。县文化和旅游局牵头，公安、应急、市场监管等部门按职责分工做好现场保障。
二、加强客流管控。景区实行预约限流，单日接待游客不超过一点二万人次，高峰时段启动分区疏导。
三、排查作品隐患。大型沙雕作品须经结构检查，雨后及时复查，发现坍塌风险立即设置隔离带。
活动日程　地点　责任单位
7月18日开幕式　金沙湾主广场　县文化和旅游局
7月25日亲子沙雕赛　北区沙滩　团县委
8月10日闭幕颁奖　金沙湾主广场　县文化和旅游局
联系人：县文化和旅游局产业科　章立航，电话：0580-6023417。
澥岩县文化和旅游局
2025年7月3日
""",
    ),
    dict(
        slug="gov-bingcheng-ice-lantern-traffic-text",
        site="冰埕区人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.bingcheng.example.gov.cn/art/2025/12/20/art_1188_90231.html",
        title="关于冰灯游园会期间实施临时交通管制的通告",
        record_title=None,
        date="2025-12-20",
        notes="no record title: found as the page title; 发布日期 line; a glued 'share to' row after the last sentence; a hotline in the footer; the notice's own detour table",
        page="""
!m 冰埕区人民政府　　政务公开　>　公告公示
{T}
!m 发布日期：2025-12-20　　来源：区公安分局交警大队　　浏览次数：1386
!a 【大字版】【打印】【关闭】
{BODY}
!l 上一篇：冰埕区2025年冬季供热监督电话公示
!l 下一篇：关于开展冬季燃气安全专项检查的公告
!m 网站地图 | 联系我们 | 隐私声明
!m 区政府值班电话：0451-8702 3310　黑ICP备20003318号
""",
        body="""
为保障冰灯游园会期间群众出行安全，根据《中华人民共和国道路交通安全法》有关规定，决定对游园会周边道路实施临时交通管制，现通告如下。
一、管制时间：2025年12月25日至2026年2月20日每日16时至22时。
二、管制路段：江畔大街（松花路至望江路段）禁止机动车通行，公交车按临时线路绕行。
绕行路线　起点　终点
江北1路　松花路口　冰雪大道
江北6路　望江路口　太平桥
三、游客可通过“冰埕出行”小程序查询停车泊位，请提前规划路线。
特此通告。⟦l 分享到：微信 QQ空间 新浪微博⟧
""",
    ),
    dict(
        slug="news-xiluo-butterfly-garden-html",
        site="溪洛新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xiluonews.example.com/xw/bd/202505/t20250521_88213.shtml",
        title="溪洛蝴蝶谷迎来今年首批羽化高峰",
        record_title="溪洛蝴蝶谷迎来今年首批羽化高峰 - 本地 - 溪洛新闻网",
        date="2025-05-21",
        notes="news portal with channel nav, photo caption between paragraphs, editor line glued after the last sentence, hot list with ranks and a comment box",
        page="""
<html><head><meta charset="utf-8"><title>溪洛蝴蝶谷迎来今年首批羽化高峰 - 本地 - 溪洛新闻网</title><link rel="stylesheet" href="/css/news.css"></head>
<body><header><div class="logo">⟦m 溪洛新闻网 · 看见溪洛的每一天⟧</div>
<nav>⟦m 首页⟧ ⟦m 本地⟧ ⟦m 民生⟧ ⟦m 文旅⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav></header>
<main><article><h1>{T}</h1>
<p class="info">⟦m 2025-05-21 09:42　来源：溪洛日报　记者 盛可欣 通讯员 邝楠⟧</p>
{BODY}
</article>
<div class="like">⟦l 点赞 36⟧ ⟦l 转发⟧ ⟦l 评论⟧</div>
<section class="cmt"><h3>⟦l 网友评论（共4条）⟧</h3><div>⟦l 发表评论请先登录，文明上网理性发言⟧</div></section></main>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 1. 城西菜市场改造完成重新开业⟧</li><li>⟦l 2. 端午假期高速免费通行时段公布⟧</li><li>⟦l 3. 溪洛一中新校区9月启用⟧</li></ol></aside>
<footer>⟦d 本网原创稿件，未经授权不得转载⟧<br>⟦m 互联网新闻信息服务许可证：53120230017⟧</footer>
</body></html>
""",
        body="""
连日来，随着气温回升，位于溪洛县龙潭乡的蝴蝶谷迎来今年首批蝴蝶羽化高峰，数以万计的蝴蝶在山谷间飞舞。
蝴蝶谷管理所负责人介绍，今年监测到的蝴蝶种类较去年增加了九种，其中金斑喙凤蝶为首次记录。
⟦m 图为游客在蝴蝶谷观赏蝶群。记者 盛可欣 摄⟧
为减少人为干扰，管理所在核心区设置了三条观蝶步道，游客须沿步道行走，不得捕捉或采集标本。
据悉，观蝶季将持续到6月中旬，景区实行分时段预约，每日接待游客不超过三千人次。⟦m （责任编辑：瞿晓林）⟧
""",
    ),
    dict(
        slug="news-zhongting-clock-tower-restored-text",
        site="钟亭融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.zhongting.example.cn/a/20251009/7c21e9.html",
        title="百年钟楼修缮完工 老城报时声再响起",
        record_title="百年钟楼修缮完工 老城报时声再响起",
        record_date="2025-10-09",
        date="2025-10-09",
        notes="record title and date; the title repeated and glued to the lead; an app-download bar and 'open in app' prompt; 'more reading' list",
        page="""
!a 打开钟亭融媒APP，阅读体验更佳
!m 钟亭融媒 > 城事
⟦t 百年钟楼修缮完工 老城报时声再响起⟧
!m 钟亭融媒记者 季昀 2025-10-09 18:20 阅读 2.3万
⟦t 百年钟楼修缮完工 老城报时声再响起⟧{BODY}
!a 下载APP 看更多本地新闻
!l 延伸阅读
!l 老城墙东段步道开放
!l 钟亭路夜市本周末回归
""",
        body="""
10月9日正午，随着十二声钟鸣，修缮一新的老城钟楼重新启用，不少市民专程赶来聆听。
钟楼建于1921年，是市级文物保护单位。此次修缮历时十四个月，对木构屋架、外墙砖石和机械钟芯进行了全面修复。
修缮团队负责人说，钟芯的齿轮组大部分保留原件，只更换了三枚磨损严重的零件。
今后钟楼每天在八时、十二时和十八时报时，节假日将开放一层展厅供市民参观。
""",
    ),
    dict(
        slug="fanwen-yunmu-yogurt-plant-speech-table-layout",
        site="云木范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yunmufw.example.com/jianghua/qiye/20250316/66820.html",
        title="在酸奶工厂2025年质量安全大会上的讲话",
        record_title="【精选】在酸奶工厂2025年质量安全大会上的讲话（通用2篇）",
        date=None,
        notes="old gb2312 table layout: marquee, visitor counter, font-size row, floating writing-service box; decorated title; a speech without a date (the year only in the title; an upload time is no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精选】在酸奶工厂2025年质量安全大会上的讲话（通用2篇）-云木范文网</title></head>
<body><table width="960" align="center"><tr><td><img src="/img/logo.gif"> ⟦m 云木范文网 — 写材料，找云木⟧</td></tr>
<tr><td><marquee>⟦m 本站新增讲话稿栏目三千余篇，欢迎会员下载⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 讲话稿 | 工作总结 | 心得体会 | 述职报告 | 会员中心⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 当前位置：云木范文网 >> 讲话稿 >> 企业讲话⟧</div>
<h2>⟦t 【精选】在酸奶工厂2025年质量安全大会上的讲话（通用2篇）⟧</h2>
<div>⟦m 上传时间：2025-03-16 21:07　人气：2741⟧ ⟦a 【阅读字号：加大 标准 缩小】⟧</div>
{BODY}
<div>⟦a 下载本文Word文档（需积分5）⟧</div>
<div>⟦l 上篇：在乳品企业安全生产月启动仪式上的讲话⟧<br>⟦l 下篇：在食品企业年度表彰大会上的讲话⟧</div>
</td><td width="260" valign="top"><div>⟦l 热门讲话稿排行⟧</div><div>⟦l 在新员工入职培训会上的讲话⟧</div><div>⟦l 在春节收心会上的讲话⟧</div></td></tr></table>
<div style="position:fixed;right:0;top:200px">⟦w 材料定制请加微信：ymfw_8866⟧</div>
<table width="960" align="center"><tr><td>⟦d 本站文章均来自网友投稿，如有侵权请告知删除⟧ ⟦m 您是第 0318842 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全厂质量安全大会，主要任务是总结去年质量安全工作，部署今年重点任务。
过去一年，工厂酸奶产品抽检合格率保持百分之百，发酵车间完成了冷链温控系统改造，全年未发生质量安全事故。
但也要清醒看到，个别班组对菌种保存、器具消毒等环节执行不严，原料乳验收记录存在漏填现象。
今年，我们要重点抓好三件事：一是严格菌种管理，做到专人专柜、双人复核；二是强化过程控制，每批产品留样不少于七天；三是加强员工培训，全年开展质量知识轮训两轮。
同志们，质量是企业的生命线，希望大家人人把关、事事较真，确保每一杯酸奶安全放心。
""",
    ),
    dict(
        slug="fanwen-pinxue-karate-dojo-summary-glued",
        site="品学范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.pinxuefw.example.net/zongjie/ndzj/93518.html",
        title="空手道馆2024年度工作总结",
        record_title="空手道馆2024年度工作总结（通用版）",
        date="2025-01-06",
        notes="decorated record title; the site name and a contents line glued before the first sentence; a writing-service prompt glued after a sentence inside the body; a 'copy locked' line between paragraphs; a date under the signature",
        page="""
!m 品学范文 › 工作总结 › 年度总结
!t 空手道馆2024年度工作总结（通用版）
!m 发布者：小鹿老师　更新：2025-01-11
⟦m 品学范文⟧⟦a 【本文约1400字，阅读约需4分钟】⟧{BODY}
!a 本文已锁定复制，开通会员即可一键复制全文
!l 猜你喜欢：武术协会年度工作总结｜青少年体育俱乐部工作总结｜健身房年终总结
""",
        body="""
2024年，在区体育局和武道协会的指导下，我馆坚持“以礼始、以礼终”的训练理念，各项工作取得了新进展。
一、学员规模稳步增长。全年新招学员一百六十二名，在训学员达到四百一十名，其中少儿学员占七成。
二、赛事成绩有新突破。馆内选手参加省青少年空手道锦标赛，获得金牌三枚、银牌五枚。⟦w 需要原创总结可联系客服微信 pxfw2024⟧
⟦a 复制内容请先登录⟧
三、安全管理持续加强。训练前统一检查护具，道场地垫全部更换为防滑材质，全年未发生训练伤害事故。
四、存在的不足。教练队伍中持有高段位证书的人员偏少，部分班级师生比偏高。
新的一年，我馆将加大教练培养力度，力争新增三段以上教练两名。
青峦区晨光空手道馆
2025年1月6日
""",
    ),
    dict(
        slug="wenku-zhuqiao-chopsticks-plan-fleuron-markers",
        site="竹桥文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://wenku.zhuqiao.example.com/view/8f30c1a9d2.html",
        title="竹筷生产企业卫生整治工作方案",
        record_title="竹筷生产企业卫生整治工作方案.docx",
        date="2025-04-15",
        notes="file-name title; a paid preview cut by ☙N❧ page markers on lines of their own; the preview-end prompt and VIP price; the plan's own contacts and a numbered list",
        pages=dict(fmt="☙{n}❧", every=160, start=2),
        page="""
!m 竹桥文库　>　行业资料　>　食品安全
!t 竹筷生产企业卫生整治工作方案.docx
!m 页数：4　　大小：32KB　　贡献者：sun***lin　　上传于2025-04-28
!a 立即下载　　加入收藏　　举报
{BODY}
!a 预览结束，剩余1页可下载查看
!a 开通文库VIP，本文立省3.8元
!d 本文档仅供交流学习，不得用于商业用途，版权归原作者所有
""",
        body="""
为进一步规范全县竹筷生产加工秩序，保障餐具使用安全，结合我县实际，制定本方案。
一、整治范围
全县取得生产许可的竹筷生产企业及小作坊，共计二十七家。
二、整治重点
1.原料竹材是否来源清楚，是否存在霉变竹材。
2.漂白、蒸煮等工序是否违规使用硫磺熏蒸。
3.成品包装是否标注生产日期、执行标准和厂址。
三、工作步骤
4月下旬为自查阶段，5月为检查阶段，6月为整改验收阶段。
四、联系方式
县市场监管局食品生产科，联系人：凌清，电话：0579-8321066。
竹桥县市场监督管理局
2025年4月15日
""",
    ),
    dict(
        slug="wenku-lianzi-lotus-seed-coop-report-wrapped-markers",
        site="莲子文档馆 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.lianziwd.example.com/p-55160342.html",
        title="关于全镇莲子产业发展情况的调研报告",
        record_title="关于全镇莲子产业发展情况的调研报告【可编辑】",
        date="2025-08-22",
        notes="hard-wrapped at 60 columns, cut by glued-or-not ⪻N⪼ markers; decorated record title; a 'continue reading' prompt and a score line; Chinese-numeral date",
        wrap=60,
        indent="　　",
        pages=dict(fmt="⪻{n}⪼", every=170, start=2, glue="mix"),
        page="""
!m 莲子文档馆 - 海量文档在线读
!t 关于全镇莲子产业发展情况的调研报告【可编辑】
!m 4.6分　　1253人已读　　文档格式：docx
{BODY}
!a 点击阅读全文（共6页）
!a 下载文档 ¥4.90
!l 相关文档：荷塘养殖技术要点　湘莲种植合作社章程　莲藕产业扶持政策汇编
""",
        body="""
为摸清全镇莲子产业发展现状，镇党委组织农办、经发办等部门，于8月上旬对全镇九个种莲村和三家合作社开展了专题调研。
一、基本情况。全镇种植莲子一万二千亩，年产通芯白莲约一千一百吨，产值近一亿元，种莲户户均增收一点八万元。
二、存在问题。一是品种退化，部分莲田连续种植十年以上未换种；二是采摘和去芯仍以手工为主，用工成本逐年上升；三是品牌杂乱，缺少统一的质量标准。
三、对策建议。建议设立良种繁育基地，推广去芯机械，由镇合作联社牵头注册区域公用品牌，统一包装和销售。
荷塘镇人民政府调研组
二〇二五年八月二十二日
""",
    ),
    dict(
        slug="forum-yoyo-club-activity-summary-junk",
        site="悠悠球吧论坛 (invented)",
        style="论坛",
        genre="活动总结",
        kind="summary",
        form="text",
        source="http://bbs.yoyoba.example.net/thread-30471-1-1.html",
        title="城南溜溜球俱乐部暑期公益课活动总结",
        record_title="[活动回顾] 城南溜溜球俱乐部暑期公益课活动总结 - 俱乐部专区 - 悠悠球吧论坛",
        date="2025-08-30",
        notes="forum thread with floor header and post meta, signature; junk lines and glued junk; a relative time ('3天前') is no date, the signature 成文日期 is",
        junk=dict(lines=2, glued=2),
        page="""
!m 悠悠球吧论坛 » 俱乐部专区 » 查看帖子
!t [活动回顾] 城南溜溜球俱乐部暑期公益课活动总结
!m 楼主　旋转的陀螺　　发表于 3天前　　只看该作者
!m 查看: 812 | 回复: 17
{BODY}
!m 本帖最后由 旋转的陀螺 于 3天前 编辑
!l 回复　支持(12)　反对(0)　举报
!m 签名：一根线，转出整个夏天
""",
        body="""
今年暑假，城南溜溜球俱乐部在社区活动中心开设了六期公益体验课，现将活动情况总结如下。
一、课程安排。每期四节课，每节九十分钟，内容包括基础睡眠、回旋收球和简单花式，共有一百二十八名小学生参加。
二、安全保障。我们为每位学员准备了护目镜，并要求在划定区域内练习，课程期间没有发生碰伤事件。
三、志愿者情况。俱乐部十二名老会员担任助教，累计服务时长超过三百小时。
四、下一步打算。计划在国庆假期举办一次亲子溜溜球表演赛，欢迎家长带孩子报名。
城南溜溜球俱乐部
2025年8月30日
""",
    ),
    dict(
        slug="forum-pintu-jigsaw-club-rules-discuz-html",
        site="拼图客论坛 (invented)",
        style="论坛",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.pintuke.example.com/forum.php?mod=viewthread&tid=11802",
        title="拼图客共享拼图室使用规定",
        record_title="[版规] 拼图客共享拼图室使用规定",
        date="2025-03-02",
        notes="Discuz-like page with jammer fonts (junk lines and glued); a rule whose articles speak of 扫码/登记; the post's 发表于 is the page's date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[版规] 拼图客共享拼图室使用规定 - 拼图室公告 - 拼图客论坛 - Powered by Discuz!</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 拼图客论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 拼图客论坛 › 线下活动 › 拼图室公告 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 千片大师⟧<br>⟦m 积分 6021⟧<br>⟦m 版主⟧</td>
<td class="plc"><h1>⟦t [版规] 拼图客共享拼图室使用规定⟧</h1>
<div class="authi">⟦m 发表于 2025-3-2 20:15⟧ ⟦a 只看该作者⟧ ⟦a 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 一千片，一晚上，一杯茶⟧</div>
<div class="po">⟦l 回复⟧ ⟦l 支持⟧ ⟦l 收藏⟧ ⟦l 分享⟧ ⟦l 举报⟧</div></td></tr></table>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m 粤ICP备18030127号⟧ ⟦d 本站内容仅代表发帖人观点⟧</div>
</body></html>
""",
        body="""
为方便会员使用共享拼图室，经版务组讨论，制定本规定。
第一条　拼图室每周二、四晚和周末全天开放，会员须提前一天在群内预约。
第二条　进入拼图室请扫码登记，离开时再次扫码签退，便于统计使用时长。
第三条　借用拼图须在登记本上写明编号，归还时由管理员清点片数，缺片超过五片的照价赔偿。
第四条　室内禁止饮食，未完成的作品可申请保留，保留期不超过两周。
第五条　本规定自发布之日起施行，解释权归拼图客论坛版务组。
""",
    ),
    dict(
        slug="blog-jiankou-typewriter-collector-html",
        site="键扣旧物志 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://jiankou.example.blog/2025/06/typewriter-donation.html",
        title="把三十台打字机捐给县档案馆以后",
        record_title="把三十台打字机捐给县档案馆以后 | 键扣旧物志",
        date="2025-06-14",
        notes="personal blog: tag cloud, archive, recent comments, a bracketed blog time taken as the date; a donation list one row a paragraph",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>把三十台打字机捐给县档案馆以后 | 键扣旧物志</title></head>
<body><header><h2>⟦m 键扣旧物志⟧</h2><p>⟦m 一个老收藏者的打字机笔记⟧</p>
<nav>⟦m 首页⟧ ⟦m 藏品⟧ ⟦m 修理手记⟧ ⟦m 关于我⟧</nav></header>
<article><h1>{T}</h1><p class="time">⟦m [2025-06-14 22:31]⟧ ⟦m 分类：旧物随笔⟧</p>
{BODY}
<p class="tags">⟦l 标签：打字机　捐赠　档案馆⟧</p>
<p class="nav">⟦l « 修好一台1958年的飞鱼牌⟧ ⟦l 色带到底去哪里买 »⟧</p></article>
<aside><h4>⟦l 最新评论⟧</h4><p>⟦l 老周：太有意义了，下回去档案馆看看⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年6月 (3)⟧</p><p>⟦l 2025年5月 (5)⟧</p>
<h4>⟦l 标签云⟧</h4><p>⟦l 修理 色带 铅字 老物件⟧</p></aside>
<footer>⟦d © 键扣旧物志 转载请注明出处⟧</footer>
</body></html>
""",
        body="""
上周六，我把收藏了二十多年的三十台打字机捐给了县档案馆。
这些打字机里，最早的是一台1936年的英文便携机，最晚的是八十年代县印刷厂用过的中文打字机，字盘里还留着两千多个铅字。
捐赠清单如下：
类别　数量　年代
英文打字机　18台　1936—1979年
中文打字机　9台　1962—1988年
电动打字机　3台　1985—1991年
档案馆的同志说，明年会开一个专题展，还打算请我去讲讲打字机的修理。
对我来说，这些机器终于有了一个比我家阁楼更好的归宿。
""",
    ),
]
