"""holdout159, part A: 范文 sites, 文库 previews, government portals, news portals, forums. Invented text."""

CASES = [
    dict(
        slug="fanwen-zhuyin-speech-window-cleaning-oldtable",
        site="竹音范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhuyin365.cn/jianghua/anquan/2025/0411/7730.html",
        title="在全市高空外墙清洗作业安全培训会上的讲话",
        record_title="在全市高空外墙清洗作业安全培训会上的讲话(精选)_竹音范文网",
        date="2025-04-09",
        notes="old table layout with marquee and counter; date under the speech title; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全市高空外墙清洗作业安全培训会上的讲话(精选)_竹音范文网</title>
<script language="javascript">function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head><body>
<table width="960" align="center"><tr><td><img src="/images/logo.gif"> ⟦m 竹音范文网 — 好材料，一搜就有⟧</td>
<td align="right"><a href="#">⟦a 设为首页⟧</a> | <a href="#">⟦a 收藏本站⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 本站新增讲话稿频道，每日更新三十篇，欢迎老用户回访！⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 您的位置：竹音范文网 &gt;&gt; 讲话致辞 &gt;&gt; 安全生产讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<div>⟦m 来源：网友投稿　录入：松间客　更新：2025-04-11　人气：⟧<script src="/count.asp?id=7730"></script></div>
<div>⟦a 【字号：加大 还原 减小】【背景色 护眼 默认】⟧</div>
<div>（2025年4月9日）</div>
<div>市住建局副局长　邬振林</div>
<div id="zoom">
{BODY}
</div>
<div>⟦a ↓↓↓ 全文下载（.doc，扣1点）↓↓↓⟧</div>
<div>⟦l 上一篇：建筑施工起重机械安全专项整治动员讲话⟧<br>⟦l 下一篇：在物业服务企业负责人约谈会上的讲话⟧</div>
</td><td width="260" valign="top">
<table><tr><td>⟦l ▲ 讲话稿排行榜⟧</td></tr>
<tr><td>⟦l 1. 安全生产月启动仪式讲话⟧</td></tr>
<tr><td>⟦l 2. 有限空间作业警示教育讲话⟧</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站文章多来自网友投稿，仅供参考借鉴，转载请注明出处⟧<br>⟦m 竹音范文网 版权所有 Copyright 2009-2025　湘ICP备09031877号⟧<br>⟦m 今日访问：1862　累计访问：9734210⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
近年来，我市高层建筑越来越多，外墙清洗、玻璃幕墙保洁等“蜘蛛人”作业量逐年增加。去年全市共发生高处坠落事故3起，其中2起发生在外墙清洗作业中，教训十分深刻。
一、吊板、座板和安全绳必须“一人一绳一锁”。作业前由班组长逐一检查，发现磨损、老化的一律报废，不得“带病”上岗。
二、六级以上大风、雨雪、雷电天气一律停止作业。物业服务企业不得以赶工期为由要求作业人员冒险施工。
三、作业单位要为每名作业人员办理工伤保险和意外伤害保险，并持证上岗。
同志们，安全无小事。希望大家把今天的培训内容带回去、讲下去，确保全年不发生一起高处坠落事故！
""",
    ),
    dict(
        slug="fanwen-wenfeng-summary-partridge-wrapped",
        site="文风范文库 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenfengfw.com/zongjie/hezuoshe/20251230/41207.html",
        title="琯溪县石门鹧鸪养殖专业合作社2025年工作总结",
        record_title="琯溪县石门鹧鸪养殖专业合作社2025年工作总结（通用版）",
        date="2025-12-28",
        notes="hard-wrapped at 62 columns; decorated record title; a table row one paragraph; 成文日期 at the end",
        page="""
!m 文风范文库｜总结·计划·报告一站搞定
!m 首页 ＞ 工作总结 ＞ 合作社总结
!t 琯溪县石门鹧鸪养殖专业合作社2025年工作总结（通用版）
!m 收录时间：2天前　浏览：403
!a [复制全文]　[存为Word]　[我要纠错]
{BODY}
!w 材料写不出来？资深笔杆子一对一代笔，微信：wfw_xiezuo88
!l 同类推荐：
!l 家庭农场年度工作总结范本
!l 特种养殖合作社年度总结（精选）
!d 温馨提示：本文为网友分享的参考范文，请结合实际修改使用。
""",
        wrap=62,
        body="""
2025年，合作社在县农业农村局和石门镇党委的指导下，坚持“统一种苗、统一饲料、统一防疫、统一销售”，鹧鸪养殖规模稳步扩大，社员收入明显增加。现将全年工作总结如下。
一、主要指标完成情况
项目　计划　完成　完成率
出栏量（万羽）　12　13.6　113%
销售收入（万元）　480　552　115%
带动农户（户）　60　71　118%
二、主要做法
（一）抓好种苗。与省特禽研究所合作，引进优质种鹧鸪2000组，种蛋受精率提高到91%。
（二）抓好防疫。实行“全进全出”，全年未发生重大疫病。
（三）抓好销售。与县内8家酒店签订长期供货协议，线上销售占比达到三成。
三、明年打算
计划新建标准化育雏舍2栋，力争出栏量达到16万羽。
琯溪县石门鹧鸪养殖专业合作社
2025年12月28日
""",
    ),
    dict(
        slug="wenku-yunpu-plan-road-markings-dot-markers",
        site="云谱文库 (invented)",
        style="文库预览",
        genre="实施方案",
        kind="plan",
        form="text",
        source="https://wk.yunpu-doc.com/view/ab7731f0c2.html",
        title="2025年榀阳县农村公路标线施划提升实施方案",
        record_title="2025年榀阳县农村公路标线施划提升实施方案.docx",
        date="2025-03-17",
        notes="file-name record title; page markers ‹n› cutting sentences on lines of their own; preview-end prompt",
        page="""
!m 云谱文库
!m 全部分类 / 行业资料 / 交通运输
{T}
!m 上传人：lu***88　页数：5　格式：DOCX　上传时间：2025-03-20
!a ☆ 收藏　⇩ 下载（需3下载券）　⚑ 举报
{BODY}
!a —— 预览已到末页，剩余3页请下载后阅读 ——
!a 立即下载　开通会员免券下载
!l 相关资料：乡村道路交通安全设施提升方案 ｜ 公路养护年度计划表
!d 本文档由用户上传，云谱文库仅提供信息存储空间，不对内容真实性负责。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="‹{n}›", every=120, start=2),
        body="""
为减少农村公路交通事故，提升道路通行安全水平，县交通运输局决定在全县开展农村公路标线施划提升行动，制定本方案。
一、实施范围
全县县道、乡道及通客车的村道，共计约412公里，重点是临水临崖、急弯陡坡和学校路段。
二、工作标准
（一）中心线、边缘线采用热熔反光涂料，厚度不低于1.8毫米。
（二）学校、村庄出入口施划减速标线和人行横道线。
（三）急弯路段增设振动减速标线，提醒驾驶人减速慢行。
三、时间安排
3月底前完成路段调查，5月底前完成招标，10月底前全部完工并组织验收。
四、保障措施
各乡镇要配合做好施工期间的交通疏导，施工单位要设置规范的作业区标志，确保施工安全。
榀阳县交通运输局
2025年3月17日
""",
    ),
    dict(
        slug="wenku-kanwen-report-dry-eye-html-pages",
        site="看文文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.kanwenwk.com/p-90211735.html",
        title="关于我市中小学生干眼症状情况的调查报告",
        record_title=None,
        date=None,
        notes="no record title; HTML preview with ⁅n⁆ page paragraphs; upload date is not the document's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于我市中小学生干眼症状情况的调查报告 - 看文文库</title>
<link rel="stylesheet" href="/static/reader.css"><script src="/static/reader.min.js"></script></head>
<body><header class="kw-top"><a href="/" class="logo">⟦m 看文文库 · 文档随心看⟧</a><input placeholder="搜一搜"><a href="/login">⟦a 登录/注册⟧</a></header>
<nav class="crumb">⟦m 看文文库 › 医药卫生 › 眼科⟧</nav>
<section class="doc-head"><h1>{T}</h1><div class="meta">⟦m 上传于 2025-06-02　·　7页　·　浏览 2,310⟧</div>
<div class="ops">⟦a 收藏⟧ ⟦a 分享⟧ ⟦a 下载文档⟧</div></section>
<section class="reader">
{BODY}
</section>
<div class="reader-end">⟦a 还剩4页未读，继续阅读需支付 2.00 元⟧</div>
<aside class="rec"><h4>⟦l 看过本文的人还看了⟧</h4><ul><li>⟦l 青少年视力健康监测报告⟧</li><li>⟦l 学校视力筛查工作总结⟧</li></ul></aside>
<footer>⟦d 用户上传文档的版权归原作者所有，如有侵权请发送邮件至 kf@kanwenwk.com⟧<br>⟦m 粤ICP备20047716号⟧</footer>
</body></html>
""",
        p_html='<p class="rd-p">{}</p>',
        pages=dict(fmt="⁅{n}⁆", every=130, start=2),
        body="""
为了解我市中小学生干眼症状的流行情况，市眼病防治所联合市教育局，于2025年3月至4月在6所中小学开展了问卷调查和眼表检查，共调查学生1860人。
一、基本情况
调查显示，有干眼症状的学生占17.4%，初中生高于小学生，每天使用电子屏幕超过3小时的学生比例明显偏高。
二、主要原因
一是电子产品使用时间偏长，眨眼次数减少；二是教室空调使用时间长、空气干燥；三是户外活动时间不足。
三、对策建议
建议学校落实课间“走出教室”，控制电子作业时长；家长督促孩子每用眼20分钟远眺20秒；眼科医疗机构开设儿童干眼门诊，做到早发现、早干预。
""",
    ),
    dict(
        slug="gov-lichuan-notice-dysentery-old-table",
        site="枥川县人民政府 (invented, old table layout)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lichuan.gov.cn/zwgk/tzgg/201508/t20250708_11832.htm",
        title="枥川县卫生健康局关于做好夏季细菌性痢疾防控工作的通知",
        record_title="枥川县卫生健康局关于做好夏季细菌性痢疾防控工作的通知",
        date="2025-07-08",
        notes="old portal table; 文号 neutral; the notice's own 联系人/电话 kept beside the site's 办公电话 footer; [ 字体 ] row",
        page="""
<html><head><meta charset="gb2312"><title>枥川县人民政府</title>
<style>td{font-size:12px}</style></head><body>
<table width="1000" align="center" bgcolor="#ffffff"><tr><td><img src="/img/banner.jpg" alt="">⟦m 枥川县人民政府门户网站⟧</td></tr>
<tr><td>⟦m 首页 | 政务公开 | 办事服务 | 互动交流 | 走进枥川⟧</td></tr>
<tr><td>⟦m 当前位置： 首页 &gt; 政务公开 &gt; 通知公告⟧</td></tr></table>
<table width="1000" align="center"><tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 发布时间：2025-07-08　信息来源：县卫生健康局　浏览次数：[ 219 ]⟧</td></tr>
<tr><td align="center">⟦a [ 字体：大 中 小 ]　[ 打印此页 ]　[ 关闭 ]⟧</td></tr>
<tr><td align="center">枥卫发〔2025〕31号</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="1000" align="center"><tr><td>⟦l 【相关链接】县疾控中心　县人民医院　县中医院⟧</td></tr>
<tr><td align="center">⟦m 主办：枥川县人民政府办公室　办公电话：0745-6221017⟧<br>⟦m 网站标识码：4312290011　湘ICP备05007135号⟧<br>⟦d 未经许可不得复制或建立镜像⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
各乡镇卫生院，县直各医疗卫生单位：
当前已进入细菌性痢疾高发季节。为切实做好防控工作，现就有关事项通知如下：
一、加强疫情监测。各医疗机构要落实腹泻病门诊制度，对疑似病例及时采样送检，发现聚集性疫情2小时内报告县疾控中心。
二、规范病例救治。严格执行首诊负责制，合理使用抗菌药物，重症病例及时转诊。
三、开展健康教育。利用村广播、宣传栏等宣传“喝开水、吃熟食、勤洗手”等防病知识。
联系人：县卫生健康局疾控股　彭雅琳，电话：0745-6221346。
枥川县卫生健康局
2025年7月8日
""",
    ),
    dict(
        slug="gov-yucheng-notice-leptospirosis-index-table",
        site="玗城区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yucheng.gov.cn/xxgk/fdzdgknr/wsjk/202508/t20250812_2290417.html",
        title="关于做好秋收期间钩端螺旋体病防控工作的通知",
        record_title="关于做好秋收期间钩端螺旋体病防控工作的通知_玗城区人民政府",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="modern portal with 索引号 table (its 发布日期 differs from the 成文日期); 长者模式 links; 附件 list kept",
        page="""
<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>关于做好秋收期间钩端螺旋体病防控工作的通知_玗城区人民政府</title>
<meta name="ArticleTitle" content="关于做好秋收期间钩端螺旋体病防控工作的通知"><script src="/js/jquery.min.js"></script></head>
<body><div class="topbar">⟦m 欢迎访问玗城区人民政府网站⟧ <a>⟦a 长者模式⟧</a> <a>⟦a 无障碍⟧</a> <a>⟦a 繁體⟧</a></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 信息公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 政民互动⟧</li></ul></nav>
<div class="pos">⟦m 位置：首页 / 信息公开 / 法定主动公开内容 / 卫生健康⟧</div>
<table class="xxgk-table"><tr><td>⟦m 索引号：11440319MB2C41870X/2025-00417⟧</td><td>⟦m 分类：卫生、体育⟧</td></tr>
<tr><td>⟦m 发布机构：玗城区卫生健康局⟧</td><td>⟦m 发布日期：2025-08-12⟧</td></tr></table>
<div class="article"><h1>{T}</h1>
<div class="tools">⟦a 【打印】【关闭】【微信分享】⟧</div>
<div class="TRS_Editor">
{BODY}
</div></div>
<div class="rel">⟦l 相关文件：区卫健局关于做好登革热防控工作的通知 ／ 区农业农村局秋收秋种工作方案⟧</div>
<footer>⟦m 玗城区人民政府办公室主办　联系电话：0763-8810200⟧　⟦m 粤公网安备44031902000731号⟧</footer>
</body></html>
""",
        body="""
各街道办事处、区直有关单位：
秋收期间，农民下田劳作频繁，钩端螺旋体病进入高发期。为保障群众健康，现将有关工作通知如下。
一、各街道要组织开展稻田周边灭鼠，减少传染源。
二、对重点人群开展预防服药，发放防护手套、胶鞋。
三、医疗机构对发热伴肌肉酸痛、有疫水接触史的患者要提高警惕，及时诊治并报告。
附件：1.钩端螺旋体病防控技术要点
2.重点人群预防服药登记表
玗城区卫生健康局
2025年8月11日
""",
    ),
    dict(
        slug="news-xueyuan-pika-monitoring-html",
        site="雪原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xueyuannews.cn/content/2025-09/18/content_803114.htm",
        title="珧山县草原鼠兔监测点首次实现全年数据联网",
        record_title="珧山县草原鼠兔监测点首次实现全年数据联网 - 雪原新闻网",
        date="2025-09-18",
        notes="news page; byline 发布时间 is the page date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>珧山县草原鼠兔监测点首次实现全年数据联网 - 雪原新闻网</title></head>
<body><div class="header"><span class="logo">⟦m 雪原新闻网⟧</span><span class="slogan">⟦m 高原上的新闻窗口⟧</span></div>
<div class="menu">⟦m 要闻　本地　生态　民生　视频⟧</div>
<div class="main"><h1>{T}</h1>
<p class="byline">⟦m 发布时间：2025-09-18 10:26　来源：珧山融媒　记者：卓玛 扎西⟧</p>
<div class="share">⟦a 分享到： 微信 微博 QQ空间⟧</div>
<div class="content">
{BODY}
</div>
<div class="keywords">⟦l 关键词：鼠兔 草原监测 生态保护⟧</div>
<div class="related"><h3>⟦l 相关新闻⟧</h3><ul><li>⟦l 珧山县完成秋季草原补播两万亩⟧</li><li>⟦l 高原湿地迎来候鸟迁徙季⟧</li></ul></div></div>
<div class="footer">⟦d 本网原创稿件，未经授权禁止转载⟧　⟦m 互联网新闻信息服务许可证：63120180006⟧</div>
</body></html>
""",
        body="""
记者从珧山县林草局获悉，该县12个草原鼠兔监测点日前全部接入省级监测平台，首次实现鼠兔密度数据全年实时联网。
⟦m 图为监测人员在样地内布设有效洞口统计框。（珧山融媒 供图）⟧
“过去靠人工每季度统计一次，现在红外相机和自动计数装置每天都能传回数据。”县草原工作站站长格桑说。据介绍，监测数据将为鼠兔危害区的生物防治和草原补播提供依据。
今年以来，该县已在鼠兔密度超标的草场招引鹰类、设置鹰架360个，减少化学药物使用。⟦m （责任编辑：才让）⟧
""",
    ),
    dict(
        slug="news-ruixin-busker-license-text",
        site="睿心网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.ruixin.net.cn/local/2025/1105/a6620917.shtml",
        title="璟阳老城街区试行街头艺人持证表演",
        record_title="璟阳老城街区试行街头艺人持证表演",
        record_date="2025-11-05",
        date="2025-11-05",
        notes="text news page; title printed again above the lead; bracketed timing line; a photo caption on its own line between paragraphs",
        page="""
!m 睿心网 > 本地 > 城事
{T}
!m 2025年11月05日 08:14　睿心网-璟阳频道　作者：林栩
!a 【大字】【小字】【收藏】
!t 璟阳老城街区试行街头艺人持证表演
{BODY}
!l 【延伸阅读】
!l 老城夜市延长营业至晚十点
!l 城管部门发布文明摊区管理办法
!a 打开睿心新闻客户端，看更多本地资讯
!m 违法和不良信息举报电话：0571-83307711
""",
        body="""
记者11月4日从璟阳市城市管理局获悉，老城历史文化街区将试行街头艺人持证表演，首批20名艺人已通过考核。
按照规定，街头艺人须在指定的8个点位、每天10时至21时之间表演，音量不得超过60分贝，不得强行索要打赏。
⟦m 【现场】一名吉他手在青石巷口表演，吸引不少游客驻足。⟧
“有了上岗证，我们心里踏实了，也更珍惜这个舞台。”艺人阿禾说。市城管局表示，将根据试行情况完善管理办法，明年起扩大到更多街区。
""",
    ),
    dict(
        slug="forum-zhanglin-yak-tent-junk",
        site="藏林论坛 (invented, Discuz text copy)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://bbs.zanglin.org/thread-118204-1-1.html",
        title="琨原乡牦牛毛帐篷编织合作社2025年上半年工作总结",
        record_title="[分享]琨原乡牦牛毛帐篷编织合作社2025年上半年工作总结",
        date="2025-07-03",
        date_also=["2025-07-05"],
        notes="forum copy with anti-scraping junk; the post time differs from the 成文日期; floors after the post",
        page="""
!m 藏林论坛 » 乡村振兴 » 合作社交流
!t [分享]琨原乡牦牛毛帐篷编织合作社2025年上半年工作总结
!m 楼主：雪山下的风　发表于 2025-7-5 22:41　查看 581　回复 6
!a 电梯直达　只看楼主　倒序浏览
{BODY}
!a 支持　反对　收藏　举报
!l 2# 次仁央宗 2025-7-6 09:03
!l 手艺好，支持！帐篷能定制吗？
!l 3# 路过的驴友 2025-7-6 15:28
!l 去年在那边见过，确实结实。
!m 手机版 | 小黑屋 | 藏林论坛
""",
        junk=dict(lines=1, glued=3),
        body="""
今年上半年，合作社在乡党委、政府的支持下，坚持传统技艺与市场需求相结合，各项工作取得新进展。
一是扩大生产。新吸收社员14户，收购牦牛毛2.8吨，织成帐篷布1900米。
二是提升技艺。请县非遗保护中心老师授课4次，培训年轻织工26人。
三是拓宽销路。为景区和牧家乐定制帐篷37顶，销售收入46万元。
下半年，合作社将申请注册商标，开发毛毡坐垫等小商品，带动更多牧户增收。
琨原乡牦牛毛帐篷编织合作社
2025年7月3日
""",
    ),
    dict(
        slug="forum-haigang-drydock-discuz-jammer",
        site="海港工友论坛 (invented, Discuz-style)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://bbs.haigangyou.com/forum.php?mod=viewthread&tid=30715",
        title="船坞班组2025年三季度安全工作小结",
        record_title=None,
        date="2025-10-09",
        notes="Discuz page, jammer fonts inside the post, <br> paragraphs; no record title; the post time is the page's date",
        page="""
<html><head><meta charset="gbk"><title>船坞班组2025年三季度安全工作小结 - 安全生产 - 海港工友论坛</title></head><body>
<div id="hd">⟦m 海港工友论坛 · 码头人自己的家⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 海港工友论坛 › 安全生产 › 帖子⟧</div>
<table><tr><td class="pls">⟦m 老焊枪　UID 20417　帖子 883⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-10-9 19:52⟧ ⟦a | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复 引用 评分 举报⟧</div></td></tr></table>
<div class="pgs">⟦l 上一主题：吊车司机冬季作业注意事项⟧ ⟦l 下一主题：码头防台风经验交流⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　辽ICP备14015520号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
三季度，船坞班组共完成进坞修理船舶9艘次，全班组未发生一起安全事故。
一是坞墩布置前由技术员、班长双人复核，排水前逐一确认墩位。
二是坞底作业严格执行有限空间作业审批，通风检测合格后方可进入。
三是台风“海葵”来临前，提前加固坞门、转移设备，做到人员零伤亡。
四季度将重点抓好冬季防滑、防冻工作。
""",
    ),
    dict(
        slug="blog-lanting-bark-painting-essay-html",
        site="兰汀的小屋 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://lanting-xiaowu.blog.cn/2025/10/bark-painting.html",
        title="我在桦岭学做树皮画",
        record_title="【随记】我在桦岭学做树皮画 | 兰汀的小屋",
        date="2025-10-21",
        notes="blog with tag cloud, archive and comments; bracketed post time is the page date; a sentence inviting readers to 关注 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【随记】我在桦岭学做树皮画 | 兰汀的小屋</title></head>
<body><header><h2>⟦m 兰汀的小屋⟧</h2><p>⟦m 记录手艺，也记录生活⟧</p></header>
<main><article><h1>{T}</h1>
<p class="meta">⟦m [2025-10-21 21:07]　分类：手艺　阅读(128)　评论(3)⟧</p>
{BODY}
<p class="post-tags">⟦l 标签：树皮画 手工 桦岭⟧</p>
<nav>⟦l « 上一篇：秋天的第一锅柿子醋⟧　⟦l 下一篇：冬天去看雾凇 »⟧</nav>
<section class="comments"><h3>⟦l 3条评论⟧</h3><p>⟦l 小满：好美，求老师联系方式！⟧</p><p>⟦l 野菊：下次带上我～⟧</p>
<form>⟦a 发表评论（需登录）⟧</form></section></article></main>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年10月 (4)⟧</li><li>⟦l 2025年9月 (6)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 手艺 旅行 美食 读书 山居⟧</p></aside>
<footer>⟦d 本博客文字与图片均为原创，转载请联系博主⟧　⟦m Powered by TinyBlog⟧</footer>
</body></html>
""",
        body="""
国庆假期，我报名参加了桦岭镇文化站办的树皮画体验课。
教我们的是六十多岁的于师傅。他说，做树皮画的树皮要取自自然脱落的白桦皮和杨树皮，绝不能剥活树。
一幅《秋山》要经过选皮、压平、剪形、拼贴、上胶五道工序，我整整做了一个下午，才贴好半座山。
于师傅说，文化站的公众号每月都会发布体验课报名信息，想学的朋友可以关注一下。
""",
    ),
]
