"""holdout198, part A: 范文 sites, 文库 previews, county portals, news portals and forums,
each once as a full HTML page and once as text, written around five everyday objects no
earlier part names (bicycle pumps 打气筒, door peepholes 门镜, adhesive bandages 创可贴,
spinning tops 陀螺 and clay pots 砂锅). An old gb2312 范文 table layout with a marquee, a
reading-settings row, a hot list, a floating ghost-writer box and a visitor counter; a 文库
reader cut by ``✥ n ✥`` marker paragraphs with a paywall; a wrapped 文库 text cut by ``⧗n⧗``
glued to the continuation; a market-supervision portal with its 索引号 table and an 适老模式
link; a wrapped civil-affairs notice extracted as text; a news portal with photo captions and an
editor line glued to the last paragraph; a Discuz-like cyclists' forum with jammer fonts and a
spinning-top collectors' thread with junk. Invented text (sites, places, people, numbers,
URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-taoyunge-speech-clay-pot-industry-gb2312",
        site="陶韵阁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.taoyunge-fw.example.com/jianghua/lingdao/2025/0421/88317.html",
        title="在全县砂锅产业高质量发展推进会上的讲话",
        record_title="在全县砂锅产业高质量发展推进会上的讲话_领导讲话_陶韵阁范文网",
        date="2025-04-16",
        date_also=["2025-04-21"],
        notes="old gb2312 table layout: marquee, reading-settings row, byline with 发布时间 that differs from the date under the speech title (document's date expected), ghost-writer prompt glued after a sentence, a copy-prompt line between paragraphs, hot list, floating QQ box, visitor counter; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全县砂锅产业高质量发展推进会上的讲话_领导讲话_陶韵阁范文网</title>
<script language="javascript">var hitUrl="/count.asp?id=88317";document.write("<img src='"+hitUrl+"'>");</script></head>
<body bgcolor="#FFFFFF">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 陶韵阁范文网 — 写材料，先到陶韵阁⟧</td><td class="top-r"><a href="#">⟦a 设本站为浏览器主页⟧</a> | <a href="#">⟦a 按Ctrl+D收藏陶韵阁⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 热烈庆祝陶韵阁范文网上线十二周年，本站范文均由网友整理，欢迎投稿！⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 讲话致辞 | 工作总结 | 工作计划 | 心得体会 | 述职报告 | 调研报告 | 合同范本⟧</td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您所在的位置：陶韵阁范文网 &gt;&gt; 讲话致辞 &gt;&gt; 领导讲话 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-04-21 09:12　作者：佚名　来源：网友投稿　人气：<span id="hits">2217</span>⟧</div>
<div class="set">⟦a 阅读设置：宽屏 ｜ 窄屏 ｜ 护眼底色 ｜ 默认⟧</div>
<p align="center">副县长　蒋立秋</p>
<p align="center">（2025年4月16日）</p>
<div id="content">
{BODY}
</div>
<div class="pn">⟦l 上一篇范文：在全县春季茶叶生产现场会上的讲话⟧<br>⟦l 下一篇范文：在全县陶瓷行业安全生产会议上的讲话⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="tt">⟦l 本栏热门⟧</div>
<ul><li>⟦l 在全县特色产业发展大会上的讲话（2篇）⟧</li><li>⟦l 在非遗传承人座谈会上的致辞⟧</li><li>⟦l 在产业园开园仪式上的讲话⟧</li></ul>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:0;top:200px">⟦w 写作咨询 QQ：2870051963（工作日 8:30-22:00）⟧</div>
<table width="960" align="center"><tr><td class="foot">
⟦d 本站范文来源于网络及网友投稿，仅供学习参考，请勿直接照搬使用⟧<br>
⟦m Copyright 2013-2025 陶韵阁范文网 www.taoyunge-fw.example.com⟧<br>
⟦m 湘ICP备13021775号-2⟧　⟦m 您是本站第 03166214 位访客⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天我们在鍪田镇召开全县砂锅产业高质量发展推进会，主要任务是总结近年来砂锅产业发展情况，安排部署下一阶段工作。
鍪田砂锅烧制已有三百多年历史，全县现有砂锅生产企业和作坊四十七家，从业人员二千一百余人，去年产值达到三点二亿元。⟦w 讲话稿写不出？本站编辑一对一代笔，微信 taoyun_wm88⟧
⟦a ▼ 觉得有用？点击这里把整篇讲话复制到剪贴板 ▼⟧
成绩来之不易，但问题也不容忽视：作坊式生产仍占多数，釉料安全检测跟不上，线上销售的品牌还不够响亮。
下一步，要重点抓好三件事：一是推动作坊入园，年内建成砂锅产业园一期标准厂房；二是严把釉料关，每季度开展一次铅镉溶出量抽检；三是擦亮“鍪田砂锅”地理标志，支持企业开设网店和直播间。
同志们，小砂锅连着大民生，希望大家撸起袖子加油干，让鍪田砂锅走进更多家庭的厨房。
""",
    ),
    dict(
        slug="fanwen-bihua-insight-first-aid-bandage-ghostwriter",
        site="笔花范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.bihuafw.example.com/xinde/peixun/60271.html",
        title="社区急救知识培训心得体会",
        record_title="社区急救知识培训心得体会（实用2篇）- 笔花范文网",
        date=None,
        notes="范文 text page: breadcrumb, a copy/export row, a ghost-writer prompt with a WeChat id on a line of its own between paragraphs, an 'unlock the second piece' prompt glued after the last sentence; a sentence of the document that speaks of 扫码 as content; no date (only an upload stamp)",
        page="""
!m 笔花范文网｜好范文，笔下生花
!m 位置：首页 » 心得体会 » 培训心得 » 社区急救知识培训心得体会
!t 社区急救知识培训心得体会（实用2篇）
!m 收录：2025-06-30　字数：约1200字　浏览：4,512
!a ✎ 一键复制本页范文 ｜ ⇩ 导出为Word ｜ ☆ 放进我的素材夹
!m 社区急救知识培训心得体会 篇1
{BODY}
!l 【本站推荐】
!l ▸ 应急救护培训心得体会范文（精选）
!l ▸ 红十字救护员培训总结3篇
!l ▸ 参加消防安全培训的心得体会
!d 笔花范文网所收录文章均来自会员投稿与网络公开资料，仅作写作参考，版权归原作者所有。
!m 笔花范文网 bihuafw.example.com　客服邮箱：kefu@bihuafw.example.com
""",
        indent="　　",
        body="""
上周六，社区卫生服务站的医生来到我们小区，给居民讲了一堂“家庭急救第一课”。我原以为急救离自己很远，听完才发现，很多知识就藏在家里的小药箱里。
印象最深的是创可贴。医生说，创可贴只适合小而浅、出血不多的伤口，贴之前要先把伤口冲洗干净；被铁钉扎伤、被猫狗抓咬或者伤口很深，就不能一贴了之，要及时到医院处理。
⟦w 心得体会不会写？专业老师代写润色，V信 bh-wenmi，当天交稿⟧
医生还提醒我们，一片创可贴最好不要连续贴超过一天，洗手后伤口泡了水要及时更换，不然反而容易发炎。过去我给孩子贴创可贴，常常一贴就是两三天，现在想来真是后怕。
培训结束后，社区让我们扫码加入“邻里急救”微信群，以后有急救课程会在群里通知。回家后，我把家里过期的药品清了一遍，又补齐了创可贴、碘伏和纱布。急救知识学得越早越好，我愿意把今天学到的讲给更多邻居听。⟦a 篇2剩余内容已折叠，开通笔花会员后可一键展开⟧
""",
    ),
    dict(
        slug="wenku-huwen-plan-pump-workshop-marker-paragraphs",
        site="斛文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.huwenku.example.com/p-2025031188204.html",
        title="2025年打气筒装配车间质量提升行动方案",
        record_title="2025年打气筒装配车间质量提升行动方案 - 斛文库",
        date="2025-03-05",
        notes="文库 reader: viewer toolbar, upload line, marker paragraphs '✥ n ✥' cutting sentences, decimal headings, a data table one row a paragraph, a paywall and an upload notice after the body, a 'similar documents' box",
        pages=dict(fmt="✥ {n} ✥", every=160, start=2),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2025年打气筒装配车间质量提升行动方案 - 斛文库</title>
<script>window.__DOC__={id:"2025031188204",pages:4,free:2};</script></head>
<body>
<header class="hw-top"><a class="logo">⟦m 斛文库 · 量好文档⟧</a><nav>⟦m 首页　专业资料　企业管理　办公文档　实用模板⟧</nav><span>⟦a 登录 / 注册领福利⟧</span></header>
<div class="hw-crumb">⟦m 斛文库 › 企业管理 › 生产管理 › 质量管理⟧</div>
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 贡献者：wu***jie　上传于 2025-03-11　4页　86次阅读⟧</p>
<div class="toolbar">⟦a 放大　缩小　全屏阅读　下载本文（3下载券）⟧</div>
</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 试看已到第2页 · 余下2页需解锁 · 斛文库会员低至0.3元/天⟧</div>
<div class="upload-note">⟦d 本文由贡献者上传并对内容负责，斛文库仅提供存储与在线预览，如发现侵权请点击申诉。⟧</div>
<aside class="similar"><h3>⟦l 你可能还需要这些文档⟧</h3>
<ul><li>⟦l 装配车间6S管理实施方案.docx⟧</li><li>⟦l 五金制品质量月活动总结.pdf⟧</li><li>⟦l 产品一次交检合格率提升计划⟧</li></ul></aside>
<footer>⟦m © 2025 斛文库 huwenku.example.com　浙ICP备2024017733号⟧</footer>
</body></html>
""",
        body="""
为落实公司年度质量目标，解决近期客户反映的打气筒漏气、气压表读数不准等问题，结合装配车间实际，制定本方案。
1 工作目标
1.1 2025年装配车间产品一次交检合格率由95.2%提升到98%以上。
1.2 客户投诉中与装配有关的问题同比下降一半。
2 重点措施
2.1 气密性全检。每支打气筒出厂前须在检测台上加压至规定压力并保压30秒，漏气的一律返工，不得流入下道工序。
2.2 气压表校准。装配线配备标准压力表两块，每班开工前对抽检的气压表进行比对，误差超过规定值的整批隔离。
2.3 首件确认。换型、换料后首件产品由班组长和质检员共同确认签字后方可批量生产。
3 进度安排
阶段　时间　主要任务
准备　3月　修订作业指导书，完成人员培训
实施　4月至9月　全检、校准、首件确认全面推开
总结　10月　评估效果，固化经验
钫山县迅达五金制品有限公司装配车间
2025年3月5日
""",
    ),
    dict(
        slug="wenku-yishu-survey-peephole-wrapped-glued-markers",
        site="逸书文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://yishuwk.example.net/doc/7f61c02ab9.html",
        title="关于城区独居老人入户门安全状况的调研报告",
        record_title="关于城区独居老人入户门安全状况的调研报告.pdf",
        date="2025-05-12",
        notes="file-name record title; a 文库 text hard-wrapped at 60 columns and cut by '⧗n⧗' glued to the start of the continuation line; a data table (one row a paragraph); a page-count line, a download-price row and a preview-end prompt",
        wrap=60,
        indent="　　",
        pages=dict(fmt="⧗{n}⧗", every=115, start=2, glue=True),
        page="""
!m 逸书文库　让好文档被看见
!t 关于城区独居老人入户门安全状况的调研报告.pdf
!m 共5页 · 1.2MB · 上传者：甄湖***研 · 2天前
!a 【全文下载 4.5元】　【加入书架】　【手机扫码读】
{BODY}
!a — 免费预览到此为止，剩余3页请下载后阅读 —
!d 声明：文档内容由上传者提供，逸书文库不保证其完整性与准确性。
!l 看过本文的人还看了：独居老人居家安全调查问卷 ｜ 适老化改造工作方案 ｜ 社区养老服务调研报告
""",
        body="""
今年4月，区政协社会法制委员会组织调研组，对城区6个街道的独居老人入户门安全状况进行了走访调查，共入户312户，现将有关情况报告如下。
一、基本情况
被调查的312户中，入户门安装了门镜的有201户，占64.4%；门镜完好、老人能够正常使用的只有137户。不少老人反映，门镜安装位置太高，踮脚也看不清门外来人，有的镜片已经模糊发黄。
项目　户数　占比
安装门镜　201　64.4%
门镜完好可用　137　43.9%
有陌生人敲门经历　118　37.8%
二、存在的问题
一是适老化设计不足，门镜高度普遍按成年人平均身高设置。二是缺少维护，老旧小区多数门镜安装已超过十年。三是部分老人防范意识薄弱，有人敲门时习惯直接开门。
三、几点建议
建议将加装低位广角门镜纳入居家适老化改造清单，由街道统一采购、社区组织安装，并结合防诈骗宣传，教老人先看、再问、后开门。
甄湖区政协社会法制委员会
2025年5月12日
""",
    ),
    dict(
        slug="gov-gushui-notice-pump-spot-check-index-table",
        site="觚水县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.gushui.example.gov.cn/zwgk/scjg/202504/t20250408_771530.html",
        title="觚水县市场监督管理局关于2025年第一季度打气筒产品质量监督抽查结果的通告",
        record_date="2025-04-08",
        date="2025-04-08",
        notes="county portal: 适老模式/无障碍 links, breadcrumb, an 索引号 table, a 文号 line (neutral), a data table of unqualified products, the document's own 联系人/电话 beside the portal's 纠错 line and 12345, a policy-reading link between paragraphs, a 【打印】【关闭】 row, a related list and an ICP/公安 footer; record gives title and date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>觚水县市场监督管理局关于2025年第一季度打气筒产品质量监督抽查结果的通告</title>
<script src="/js/jquery.min.js"></script><script>var _hmt=_hmt||[];</script></head>
<body>
<div class="topbar">⟦a 适老模式⟧ ⟦a 无障碍浏览⟧ ⟦a 繁體⟧ ⟦m 今天是：<span id="today"></span>⟧</div>
<div class="banner">⟦m 觚水县人民政府　Gushui County People's Government⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进觚水⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县市场监督管理局⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11431027MB1872604K/2025-00412⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：觚水县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-08⟧</td></tr>
<tr><td colspan="2">⟦m 有效性：有效　浏览量：736⟧</td></tr>
</table>
<h2 class="atitle">{T}</h2>
<p class="wh">觚市监通〔2025〕9号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦a 【字号：大 中 小】⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<ul><li>⟦l 觚水县2024年度电动自行车产品质量抽查结果通告⟧</li><li>⟦l 关于开展儿童用品质量安全守护行动的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：觚水县人民政府办公室　承办：觚水县政务服务和数据管理局⟧</p>
<p>⟦m 网站纠错电话：0731-8620 1180　政务服务便民热线：12345⟧</p>
<p>⟦m 湘ICP备05007341号　湘公网安备 43102702000119号　网站标识码：4310270003⟧</p>
</div>
</body></html>
""",
        body="""
为加强打气筒等充气类产品质量安全监管，我局于2025年1月至3月组织开展了打气筒产品质量监督抽查，共抽查县内生产、销售企业18家的产品30批次，经检验，合格26批次，不合格4批次。
⟦l 政策解读 ▶ 一图读懂本次抽查结果⟧
不合格产品及企业名单如下：
产品名称　标称生产企业　不合格项目
手动落地打气筒　钫山县迅捷体育用品厂　气压表示值误差
便携式脚踏打气筒　觚水县城关恒通五金店（销售）　耐压性能
双管高压打气筒　盉阳市捷力五金制品有限公司　标志与说明
迷你打气筒　觚水县骑乐车行（销售）　耐压性能
对抽查不合格的企业，我局将依法处理，并督促其查明原因、落实整改；对销售不合格产品的经营者，依法责令其停止销售。
消费者购买打气筒时，请选择标识清楚、附有说明书的产品，使用时不要超过轮胎标称气压。
联系人：县市场监督管理局质量监督股　彭晓岚，电话：0731-8621 3307。
觚水县市场监督管理局
2025年4月8日
""",
    ),
    dict(
        slug="gov-youxi-notice-peephole-wrapped-extracted",
        site="卣溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.youxi.example.gov.cn/xxgk/tzgg/202506/t20250605_66142.html",
        title="卣溪县民政局关于为城区独居老年人免费加装广角门镜的通知",
        record_title="卣溪县民政局关于为城区独居老年人免费加装广角门镜的通知_通知公告_卣溪县人民政府",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="portal text extracted: hard-wrapped at 64 columns; a 发布日期 byline that differs from the 成文日期 (document's date expected); 文号 neutral; the document's own 联系人/电话 next to the portal's 纠错 line; 附件 list; 抄送 line; a share bar glued after a sentence",
        wrap=64,
        indent="  ",
        page="""
!m 卣溪县人民政府门户网站
!m 首页 / 信息公开 / 通知公告
!t 卣溪县民政局关于为城区独居老年人免费加装广角门镜的通知
!m 发布日期：2025-06-05 16:20　信息来源：县民政局　阅读次数：1,208
!a 〔字体 大 中 小〕〔打印〕〔收藏〕
卣民发〔2025〕17号
{BODY}
!l 上一条：卣溪县2025年高龄津贴发放情况公示
!l 下一条：关于开展养老机构消防安全专项检查的通知
!m 卣溪县人民政府办公室主办　网站纠错：0739-5518 620
!m 湘ICP备06012284号-1
""",
        body="""
各街道办事处、各社区居委会：
为提升城区独居老年人居家安全水平，经研究，决定今年在城区为独居老年人免费加装低位广角门镜。现将有关事项通知如下。
一、服务对象。户籍在本县城区、年满70周岁且独居的老年人，以社区登记名册为准。
二、安装标准。门镜安装高度一般距地面135厘米左右，视角不小于160度；老人坐轮椅的，可按实际情况适当降低。⟦l 分享到：微信 ｜ 微博 ｜ QQ空间⟧
三、工作要求。各社区要在6月20日前完成摸底登记，7月底前完成安装，安装后由社区工作人员上门教老人使用，并做好防诈骗提醒。
联系人：县民政局养老服务股　廖卫东，电话：0739-5521 076。
附件：1. 独居老年人门镜加装登记表
2. 门镜安装验收单
卣溪县民政局
2025年6月3日
抄送：县老龄工作委员会办公室。
""",
    ),
    dict(
        slug="news-fuchuan-clay-pot-kiln-photo-captions",
        site="釜川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fuchuannews.example.cn/xw/bd/2025-03/28/content_40917.html",
        title="鍪田镇百年龙窑复烧　首窑砂锅出窑",
        record_title="鍪田镇百年龙窑复烧　首窑砂锅出窑 - 釜川新闻网",
        record_date="2025-03-28",
        date="2025-03-28",
        notes="news portal: channel nav, byline with time/source/editor, photo captions on lines of their own between paragraphs, a 'listen' button, an editor line glued after the last paragraph, share bar, 24-hour list, footer with a news hotline",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>鍪田镇百年龙窑复烧　首窑砂锅出窑 - 釜川新闻网</title>
<script>var cms_channel="bd";</script></head>
<body>
<div class="site-top">⟦m 釜川新闻网 | 釜川县融媒体中心主办⟧　⟦a 下载“釜川+”客户端⟧</div>
<nav>⟦m 首页　本地　时政　民生　乡镇　视频　专题⟧</nav>
<div class="loc">⟦m 釜川新闻网 ＞ 本地 ＞ 乡镇动态⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-03-28 10:46　来源：釜川县融媒体中心　记者 晏如松 通讯员 聂小禾⟧</div>
<div class="listen">⟦a ▶ 听全文 03:12⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到 ▸ 朋友圈 ▸ 微博 ▸ 复制链接⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 釜川至盉阳城际公交4月起加密班次⟧</li><li>⟦l 县一中新校区主体工程封顶⟧</li><li>⟦l 春季森林防火进入关键期⟧</li></ol></aside>
<footer>⟦m 新闻热线：0738-4217 110　投稿邮箱：tougao@fuchuannews.example.cn⟧<br>⟦d 釜川新闻网版权所有，未经书面授权不得转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证编号：43120230017⟧</footer>
</body></html>
""",
        body="""
3月27日清晨，随着窑工拆开封窑的砖墙，停烧八年的鍪田镇老龙窑迎来复烧后的第一窑砂锅，一千二百多只砂锅整整齐齐码在窑道里，还带着余温。
⟦m ▲ 窑工将刚出窑的砂锅搬运到晾坯场。记者 晏如松 摄⟧
这座龙窑依山而建，全长六十三米，始建于清代中期，是鍪田砂锅烧制技艺的重要见证。前些年因柴烧成本高、年轻人不愿学，龙窑一度熄火。去年，镇里引进返乡青年创办的陶坊，对窑体进行了加固修缮。
⟦m ▲ 非遗传承人查验砂锅的釉面和声音。聂小禾 摄⟧
“好砂锅敲起来声音清脆，没有沙哑声。”七十一岁的非遗传承人蒋德厚拿起一只砂锅，用指节轻轻叩了叩。他说，龙窑烧出的砂锅受热均匀，炖汤不容易开裂。
据了解，复烧后的龙窑每月烧制两窑，镇里还将依托龙窑开发研学课程，让更多游客体验砂锅制作。⟦m （责任编辑：欧阳霁　审核：石振邦）⟧
""",
    ),
    dict(
        slug="news-heyang-tops-contest-byline-record-title",
        site="盉阳在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.heyangzx.example.com/tiyu/2025/0519/30288.shtml",
        title="盉阳县首届全民健身陀螺赛落幕",
        date="2025-05-19",
        notes="news text page with the record's title as is; a byline's 发布时间 the page's date; a font-size row, a comment count and a 'more news' box; a photo caption between paragraphs; an app prompt glued before the lead's first words",
        page="""
!m 盉阳在线 · 盉阳人自己的新闻网
!m 首页 › 体育 › 全民健身
{T}
!m 发布时间：2025-05-19 18:05　来源：盉阳在线　作者：卫书瑶
!a 字号：A+ A A-　｜　评论（26）
{BODY}
!m 【编辑：韩思远】
!l ≡ 更多体育新闻 ≡
!l · 盉阳县中小学生田径运动会开幕
!l · 县老年人门球队省赛获亚军
!d 凡注明“来源：盉阳在线”的作品，版权均属盉阳在线，转载请注明出处。
!m 盉阳在线 版权所有　备案号：湘ICP备11049823号
""",
        body="""
⟦a 打开盉阳在线APP，看更多本地体育资讯⟧5月18日，盉阳县首届全民健身陀螺赛在城南体育公园落下帷幕，来自全县12个乡镇的86名选手参赛，年龄最大的七十八岁，最小的只有十一岁。
本次比赛设旋转时间赛、定点击打赛和集体表演赛三个项目。选手们手持长鞭，将重达数斤的铁陀螺抽得呼呼作响，引来不少市民驻足观看。
⟦m 图为选手在定点击打赛中。⟧
经过一天的角逐，城关镇代表队获得团体第一名，鹤塘乡选手邝保根以连续旋转十一分二十秒的成绩获得旋转时间赛冠军。
县体育运动发展中心负责人介绍，抽陀螺在盉阳流传已久，器材简单、场地要求低，很适合中老年人锻炼。下一步，县里将在各乡镇推广这项运动，明年起每年举办一届。
""",
    ),
    dict(
        slug="forum-qiji-post-pump-gauge-jammer-fonts",
        site="骑迹论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qiji-bike.example.com/thread-418822-1-1.html",
        title="落地打气筒气压表不归零，自己动手修好了",
        record_title="落地打气筒气压表不归零，自己动手修好了 - 单车杂谈 - 骑迹论坛",
        date=None,
        notes="Discuz-like forum page with jammer fonts glued after sentences and as lines, a poster card, a relative post time (no date), a rating row, a signature, a quick-reply box and a GMT line; a 1. 2. 3. list in the post",
        junk=dict(lines=2, glued=3),
        page="""
<html><head><meta charset="gbk"><title>落地打气筒气压表不归零，自己动手修好了 - 单车杂谈 - 骑迹论坛</title>
<style>.jammer{color:#fff;font-size:0}</style></head>
<body>
<div id="toptb">⟦a 找回密码⟧ ⟦a 立即注册⟧ ⟦a 用微信扫一扫快捷登录⟧</div>
<div id="hd">⟦m 骑迹论坛 - 骑行者的家⟧</div>
<div id="pt">⟦m 骑迹论坛 › 装备交流 › 单车杂谈 › 查看帖子⟧</div>
<div class="hm">⟦m 查看：5128 ｜ 回复：37⟧</div>
<table id="pid1"><tr>
<td class="pls"><div class="pi">⟦m 老铁链子⟧</div><dl><dd>⟦m 帖子 2,316　精华 4　骑行积分 8,870⟧</dd></dl></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　｜ 只看楼主 ｜ 电梯直达⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 6　骑行积分 +18　收起 理由：实用！⟧</div>
<div class="sign">⟦l 签名：一车一包走天下，宁可推车不打车。⟧</div>
<div class="po">⟦a 回复　引用　点评　加入收藏⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 发帖请文明用语，登录后可参与讨论⟧</div>
<div id="ft">⟦m 骑迹论坛 ( 粤ICP备17063321号 )⟧ ⟦m GMT+8, 2025-7-10 22:41⟧</div>
</body></html>
""",
        p_html="{}<br>",
        body="""
家里那个用了五六年的落地打气筒，最近气压表指针怎么也回不到零，放气后还停在15左右，打出来的胎压心里没底。
本来想直接换新的，后来在坛里翻了几个老帖，决定自己拆开看看。步骤如下：
1. 先把表盘外圈的塑料罩逆时针拧下来，注意里面有一个橡胶密封圈，别弄丢。
2. 用小螺丝刀轻轻撬起指针，对准零位重新压回去，这一步要慢，用力大了容易把指针轴压弯。
3. 装回去以后用标准胎压计对比了三次，误差在两个单位以内，基本能用。
修完一共花了二十分钟，零成本。不过要提醒一句：如果表里进水起雾，或者指针一打气就乱跳，还是建议直接换表头，网上有单卖的。
""",
    ),
    dict(
        slug="forum-tuoluoyou-post-old-wooden-tops-junk",
        site="陀螺友论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.tuoluoyou.example.org/forum/viewtopic.php?t=9031",
        title="晒晒我收藏的二十多只老木陀螺",
        record_title="[晒物] 晒晒我收藏的二十多只老木陀螺 - 老玩意儿 - 陀螺友论坛",
        date=None,
        notes="a hobby forum text page: forum junk as lines and glued after sentences, a relative post time (昨天) that is no date, a board path, a like/collect row, replies box and a member's signature after the post",
        junk=dict(lines=2, glued=3),
        page="""
!m 陀螺友论坛 ›› 老玩意儿 ›› 浏览主题
!t [晒物] 晒晒我收藏的二十多只老木陀螺
!m 作者：瓮岭老蔡　发表于 昨天 21:37　第1楼
{BODY}
!l ———— 签名档：陀螺不停，人就不老 ————
!a 👍 赞(41)　⭐ 收藏(9)　↪ 转发
!l 2楼 转角的风：第三只是枣木的吧？纹路真好看
!l 3楼 小鞭手：求老哥出一只，价格好商量
!a 回复本帖需先登录，还没有账号？快来加入陀螺友
!m Powered by phpBB-style board · 陀螺友论坛 2008-2025
""",
        body="""
收藏陀螺十几年了，今天把压箱底的二十多只老木陀螺翻出来，给坛友们晒一晒。
最老的一只是我爷爷那辈传下来的，枣木车的，底下钉着一颗磨得发亮的钢珠，少说也有六十年了。
有几只是前些年在瓮岭乡下赶集淘的，卖陀螺的老师傅现在已经不做了，手艺没人接，想起来挺可惜。
还有三只是我自己用车床车的，木料用的是老榆木，做之前阴干了整整两年，所以一直没开裂。
玩老木陀螺要注意，鞭绳别用尼龙的，太硬伤木头，最好用麻绳或者布条。平时不玩的时候放在阴凉处，别暴晒，也别放在太潮的地方。
""",
    ),
]
