"""holdout154, part A: 范文 sites, 文库 previews, portals, news, forums, a blog. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-gaozhi-speech-bamboo-fungus-coop",
        site="稿纸坊范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gaozhifang.net/jh/nongye/56013.html",
        title="在全镇竹荪产业合作社联合社成立大会上的讲话",
        record_title="在全镇竹荪产业合作社联合社成立大会上的讲话（精编4篇）_稿纸坊",
        date="2024-04-18",
        notes="decorated record title; date under the speech title; speaker line neutral; writing-service prompt glued after a sentence",
        page="""
!m 稿纸坊 · 一张好稿纸，写出好材料
!m 位置：稿纸坊 ＞ 讲话致辞 ＞ 农业产业
!t 在全镇竹荪产业合作社联合社成立大会上的讲话（精编4篇）
!m 整理：青砚　更新：3天前　热度 1822
!a ［全文复制］［另存为Word］［放入我的稿箱］
{T}
镇党委副书记　甘立群
（2024年4月18日）
{BODY}
!a 试看到此为止，开通“稿纸会员”后可浏览并下载全部4篇。
!l 同类推荐：
!l 乡镇特色产业发展推进会讲话提纲
!l 合作社理事长年终表态发言
!d 本站内容由写作爱好者整理投稿，仅作写作参考，转载请保留出处。
!m ©2015-2024 gaozhifang.net 稿纸坊　黔ICP备15022871号-3
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，全镇12家竹荪专业合作社正式组建联合社，这是我们整合产业资源、抱团闯市场的一件大事。首先，我代表镇党委、镇政府，向联合社的成立表示热烈祝贺！
一、看清优势，坚定做大竹荪产业的信心
我镇竹林面积8.6万亩，林下种植竹荪已有十多年历史。去年全镇竹荪种植面积达到3400亩，鲜品产量1100吨，产值近9000万元，带动1600多户群众增收。⟦w 材料写不顺？稿纸坊一对一改稿，加微信 gzf_xiegao 咨询⟧但我们也要看到，各合作社各自为战、品牌杂乱、压价竞争的问题还比较突出。
二、找准路子，发挥好联合社的作用
一要统一标准。联合社要统一菌种、统一技术规程、统一分级包装，让“凤岭竹荪”这块牌子立得住。二要统一营销。集中对接商超和电商平台，避免社与社之间互相压价。三要统一服务。组织技术骨干巡回指导，帮助社员解决烂棒、杂菌等生产难题。
三、压实责任，推动联合社规范运行
联合社要健全章程和财务制度，重大事项由社员代表大会决定，盈余分配做到公开透明。镇农业服务中心要做好跟踪服务，有关部门要在用地、用电、贷款贴息等方面给予支持。
同志们，竹荪是我们的“林下黄金”。希望联合社不负众望，把小竹荪做成大产业！
""",
    ),
    dict(
        slug="fanwen-mobi-html-summary-group-rental",
        site="墨笔范文库 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.mobifw.com/zongjie/jiedao/2024/1219/88213.asp",
        title="街道2024年群租房专项整治工作总结",
        record_title="街道2024年群租房专项整治工作总结【通用版】-墨笔范文库",
        date="2024-12-16",
        notes="old gb2312 table layout with marquee, visitor counter, font-size row and floating consult box; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>街道2024年群租房专项整治工作总结【通用版】-墨笔范文库</title>
<script language="javascript" src="/js/ad_top.js"></script>
<style>td{font-size:12px}</style></head>
<body leftmargin="0" topmargin="0">
<table width="960" align="center"><tr><td><img src="/img/logo.gif">⟦m 墨笔范文库——您身边的公文写作助手⟧</td><td align="right">⟦a 设为首页⟧ | ⟦a 加入收藏⟧ | ⟦a 会员登录⟧</td></tr></table>
<table width="960" align="center" class="nav"><tr><td>⟦m 首 页⟧</td><td>⟦m 工作总结⟧</td><td>⟦m 工作计划⟧</td><td>⟦m 心得体会⟧</td><td>⟦m 演讲稿⟧</td></tr></table>
<marquee scrollamount="3">⟦d 温馨提示：本站范文均为会员原创或整理，仅供借鉴，严禁原文照搬用于正式场合。⟧</marquee>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 您所在的位置：墨笔范文库 &gt;&gt; 工作总结 &gt;&gt; 街道社区总结⟧</div>
<h2 align="center">{T}</h2>
<div align="center">⟦m 日期：2024-12-19　来源：本站整理　浏览：3316次⟧</div>
<div align="center">⟦a 【阅读字号：特大 大 中 小】⟧</div>
<div id="art">
{BODY}
</div>
<p>⟦l 上篇：社区网格化管理年度工作总结⟧</p><p>⟦l 下篇：街道安全生产月活动总结范文⟧</p>
</td><td width="240" valign="top">
<p>⟦l ★热门范文排行★⟧</p>
<p>⟦l 1. 街道办年度工作总结及明年计划⟧</p>
<p>⟦l 2. 出租屋消防安全检查总结⟧</p>
<p>⟦l 3. 流动人口服务管理工作总结⟧</p>
</td></tr></table>
<div id="float_qq">⟦w 在线代笔 QQ 2938811604⟧</div>
<table width="960" align="center"><tr><td align="center">⟦m 您是本站第 0062281 位访客⟧<br>⟦m Copyright 2008-2024 墨笔范文库 www.mobifw.com 湘ICP备09031176号⟧</td></tr></table>
</body></html>
""",
        body="""
今年以来，街道以消除出租房屋安全隐患为目标，对辖区群租房开展了为期八个月的专项整治，全街道群租乱象得到有效遏制，未发生因群租引发的火灾和治安案件。现将有关情况总结如下。
一、摸清底数，建立台账
街道组织社区网格员、物业和派出所民警，对7个社区、186栋楼宇逐户走访，共排查出租房屋2914套，发现“一房多租”“隔断出租”等群租房143套，全部录入台账，实行销号管理。
二、分类处置，综合施治
对隔断超标的，责令房东限期拆除违规隔断，恢复原有格局；对消防设施缺失的，督促配齐灭火器和烟感报警器；对拒不整改的，联合住建、消防部门依法处罚。截至11月底，已完成整改138套，整改率96.5%。
三、建章立制，长效管理
街道制定《出租房屋“五必查”工作清单》，推行房东、租客、物业三方承诺制度，并在各社区设立举报电话，群众反映的问题做到24小时内上门核查。
下一步，我们将把群租房治理纳入网格日常巡查，做到发现一起、整治一起，巩固整治成果。
柳塘街道办事处
2024年12月16日
""",
    ),
    dict(
        slug="wenku-zhuyu-preview-mikania-plan",
        site="竹语文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.zhuyuwenku.com/view/7f31c0b2e9a4.html",
        title="2024年莲塘县薇甘菊防控工作实施方案",
        record_title="2024年莲塘县薇甘菊防控工作实施方案.docx",
        date="2024-03-05",
        notes="file-name record title; page markers ⸨n⸩ on lines of their own cut sentences; preview-end prompt",
        page="""
!m 竹语文库 — 海量文档 在线阅读
!t 2024年莲塘县薇甘菊防控工作实施方案.docx
!m 贡献者：林***　　上传于 2024-03-07　　共5页　　1.2万次浏览
!a 下载券：3　　｜　加入文件夹　｜　分享　｜　举报
{T}
{BODY}
!a ——预览结束，剩余2页可下载后查阅——
!a 立即下载（原格式）
!l 大家还在看：林业有害生物防控方案｜外来入侵物种普查报告
!d 本文档为用户上传，竹语文库仅提供存储和展示服务，如涉及侵权请提交申诉。
""",
        pages=dict(fmt="⸨{n}⸩", every=260, start=2, glue=False),
        body="""
为有效遏制薇甘菊在我县蔓延危害，保护森林资源和生态安全，根据省林业局有关部署，结合我县实际，制定本方案。
一、目标任务
全年完成薇甘菊普查面积12万亩，对已发生的3.2万亩危害区开展集中除治，重点区域除治率达到95%以上，新发疫点做到发现一处、拔除一处。
二、防控措施
（一）人工拔除。在薇甘菊开花结籽前的8月至10月，组织专业队伍对藤蔓连根拔除，拔除的藤蔓集中晒干后焚烧或深埋，严防二次扩散。
（二）化学防治。对成片发生区域，在专业技术人员指导下选用低毒药剂喷施，严禁在水源保护区和鱼塘周边用药。
（三）生物替代。在除治后的林缘、路边补种本地速生树种和灌木，压缩薇甘菊的生存空间。
三、保障措施
各乡镇要落实属地责任，明确专人负责；县林业局负责技术指导和督导检查；县财政局统筹安排防控经费86万元，确保专款专用。
莲塘县林业局
2024年3月5日
""",
    ),
    dict(
        slug="wenku-yunjuan-html-report-crofton-weed",
        site="云卷文档 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yunjuandoc.cn/p-40918227.html",
        title="关于紫茎泽兰在草山草坡蔓延情况的调查报告",
        record_title=None,
        date=None,
        notes="title missing from the record, found in the h1; page markers 〔第n页〕 as paragraphs; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于紫茎泽兰在草山草坡蔓延情况的调查报告 - 云卷文档</title>
<script src="https://static.yunjuandoc.cn/reader.min.js"></script></head>
<body>
<header class="hd"><a class="logo">⟦m 云卷文档⟧</a><input placeholder="搜索文档"><a>⟦a 登录/注册⟧</a><a class="vip">⟦a 开通VIP 全站免费下⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：草木皆兵　｜　上传时间：2023-10-09 14:22　｜　格式：DOC　｜　页数：4⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="read-end">⟦a 还剩1页未读，继续阅读⟧</div>
<div class="actions"><button>⟦a 下载文档（2.00 元）⟧</button><button>⟦a 收藏⟧</button><button>⟦a 打印⟧</button></div>
<aside><h4>⟦l 相关文档⟧</h4><ul><li>⟦l 外来入侵植物调查技术规范解读⟧</li><li>⟦l 草原有害生物防治工作总结⟧</li></ul></aside>
<footer><p>⟦d 云卷文档所有资源均来自用户分享，平台不对内容的准确性负责。⟧</p><p>⟦m 云卷文档 yunjuandoc.cn　滇ICP备20003711号⟧</p></footer>
</body></html>
""",
        pages=dict(fmt="〔第{n}页〕", every=240, start=2),
        body="""
今年7月至9月，县草原工作站组成调查组，对全县6个乡镇的草山草坡开展紫茎泽兰专项调查，共设置样地48个，走访牧户120户。现将调查情况报告如下。
一、蔓延现状
调查显示，全县紫茎泽兰发生面积已达5.7万亩，比三年前增加约40%，其中重度发生区1.3万亩，主要分布在海拔1200米至2000米的公路沿线和撂荒地。部分草场紫茎泽兰盖度超过60%，牧草几乎被完全挤占。
二、主要危害
紫茎泽兰植株有毒，牲畜误食后易引发腹泻、气喘等症状。它繁殖能力极强，一株每年可产种子上万粒，借助风力和车辆快速扩散，严重降低草场载畜能力。
三、对策建议
一是将紫茎泽兰防控纳入草原生态保护补助考核；二是推广“拔除＋补播优良牧草”的替代控制模式；三是探索利用紫茎泽兰生产有机肥和生物质燃料，变害为宝。
""",
    ),
    dict(
        slug="gov-qinghe-notice-trachoma-screening",
        site="青禾县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qinghe.gov.cn/zwgk/tzgg/202405/t20240513_771203.html",
        title="关于开展2024年中小学生沙眼筛查工作的通知",
        record_title="关于开展2024年中小学生沙眼筛查工作的通知_青禾县人民政府",
        date="2024-05-10",
        date_also=["2024-05-13"],
        notes="county portal with 索引号 table; document number neutral; contact line of the document beside the portal's hotline; 附件 list; 抄送 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2024年中小学生沙眼筛查工作的通知_青禾县人民政府</title>
<meta name="ColumnName" content="通知公告"><script src="/js/jquery.min.js"></script><script>var siteId="qh001";</script></head>
<body>
<div class="top-bar"><span>⟦m 青禾县人民政府⟧</span><a>⟦a 无障碍浏览⟧</a><a>⟦a 长者模式⟧</a><a>⟦m 政务微博⟧</a></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 走进青禾⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav>
<div class="crumb">⟦m 首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索 引 号：11330927MB1523K/2024-00418⟧</td><td>⟦m 发布机构：县卫生健康局⟧</td></tr><tr><td>⟦m 生成日期：2024-05-13⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">青卫〔2024〕27号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tool">⟦a 【打印本页】【关闭窗口】⟧ ⟦a 分享至：微信 微博⟧</div>
<div class="related"><h3>⟦l 相关信息⟧</h3><p>⟦l 县卫健局关于做好儿童青少年近视防控的通知⟧</p></div>
<footer><p>⟦m 主办：青禾县人民政府办公室　承办：县大数据发展中心⟧</p><p>⟦m 政府网站标识码：3309270004　浙公网安备 33092702000118号⟧</p><p>⟦m 网站运维电话：0580-6012345⟧</p></footer>
</body></html>
""",
        body="""
各乡镇（街道）卫生院，县直各中小学校：
为落实儿童青少年眼健康工作要求，及早发现和治疗沙眼，经研究，决定在全县中小学生中开展2024年沙眼筛查工作。现将有关事项通知如下。
一、筛查对象和时间
全县小学一年级至初中三年级在校学生，共约2.6万人。筛查时间为2024年5月20日至6月28日。
二、筛查方式
由各乡镇（街道）卫生院眼科医生或经培训的医务人员进校开展，采用裂隙灯或放大镜检查睑结膜，按照世卫组织简化分级标准记录结果。对疑似活动性沙眼学生，由学校通知家长带往县人民医院眼科复诊。
三、工作要求
各学校要提前做好学生信息导入和场地准备，卫生院要落实消毒隔离措施，检查器械一人一消毒。筛查结果于7月10日前报县卫生健康局疾控科。
联系人：何梦溪，联系电话：0580-6021174。
附件：1.中小学生沙眼筛查登记表
2.沙眼筛查工作进度统计表
青禾县卫生健康局　青禾县教育局
2024年5月10日
抄送：县疾控中心，县人民医院。
""",
    ),
    dict(
        slug="gov-baisha-plan-je-vaccination-text",
        site="白沙镇政府网 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://baisha.lfx.gov.cn/xxgk/ghjh/202403/t20240301_1102.html",
        title="白沙镇2024年乙脑疫苗查漏补种工作方案",
        record_title="白沙镇2024年乙脑疫苗查漏补种工作方案",
        record_date="2024-02-27",
        date="2024-02-27",
        notes="record title and date; table rows with ideographic spaces; view count and font-size controls",
        page="""
!m 白沙镇人民政府 | 信息公开
!m 当前栏目：规划计划
{T}
!m 信息来源：镇社会事务办　　发布日期：2024-03-01　　点击量：[ 417 ]
!a 字号：【大】【中】【小】　　保护视力色：
{BODY}
!a 【打 印】　　【关 闭】
!l 上一条：白沙镇春季爱国卫生运动实施方案
!l 下一条：白沙镇2024年防汛抗旱工作预案
!m 白沙镇人民政府 版权所有　地址：白沙镇新街88号　邮编：572408
""",
        body="""
为提高适龄儿童流行性乙型脑炎疫苗接种率，防止乙脑发生和流行，根据县卫生健康局统一部署，制定本方案。
一、补种对象
本镇辖区内2008年1月1日以后出生、未完成乙脑疫苗免疫程序的儿童。
二、时间安排
阶段　时间　主要任务
摸底排查　3月1日—3月20日　核对接种证和预防接种信息系统
集中补种　3月21日—4月30日　镇卫生院接种门诊集中补种
督导评估　5月1日—5月15日　抽查补种率并通报结果
三、职责分工
镇卫生院负责接种实施和信息录入；各村（社区）负责通知到户、动员到人；中心学校和幼儿园负责配合开展入学入托查验。
四、工作要求
补种工作要严格执行“三查七对一验证”，接种后留观30分钟。补种率要达到95%以上，对拒绝补种的家长做好解释并签字留档。
白沙镇人民政府
2024年2月27日
""",
    ),
    dict(
        slug="news-jinbo-html-news-candy-wrapper",
        site="金波晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jinbonews.com/shehui/2024-08/12/content_2201931.htm",
        title="退休钳工收藏糖纸四十年 三万张糖纸里藏着一座城的甜",
        record_title="退休钳工收藏糖纸四十年 三万张糖纸里藏着一座城的甜-金波晚报网",
        date="2024-08-12",
        notes="evening-paper portal; byline date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>退休钳工收藏糖纸四十年 三万张糖纸里藏着一座城的甜-金波晚报网</title>
<script>window.jbAds=[];</script></head><body>
<div class="head">⟦m 金波晚报网⟧ <span>⟦m 城事 | 民生 | 文体 | 评论 | 数字报⟧</span> <a>⟦a 下载客户端⟧</a></div>
<div class="loc">⟦m 金波晚报网 ＞ 社会 ＞ 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2024-08-12 07:35　来源：金波晚报　记者 陆见川　文/图⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享到：朋友圈 · QQ空间 · 复制链接⟧</div>
<div class="more"><h3>⟦l 延伸阅读⟧</h3><p>⟦l 老城区百年邮筒“换装”上岗⟧</p><p>⟦l 八旬老人手绘街巷地图走红⟧</p></div>
<div class="foot">⟦d 未经金波晚报网书面授权，不得转载、摘编或以其他方式使用本网作品。⟧<br>⟦m 金波晚报网 违法和不良信息举报电话：0571-85550110⟧</div>
</body></html>
""",
        body="""
本报讯　在和平里小区一套六十平方米的老房子里，退休钳工邹长海拿出一本本厚厚的相册，里面整整齐齐夹着各式各样的糖纸。“这一张是1978年的奶糖纸，那时候一颗糖要二分钱。”邹长海笑着说。
邹长海今年71岁，从上世纪八十年代开始收藏糖纸，四十年来攒下三万多张，其中本市老糖果厂出品的就有两千多种。
⟦m 图为邹长海在整理他收藏的糖纸。记者 陆见川 摄⟧
每收到一张糖纸，邹长海都要先用温水泡软，再夹在吸水纸里压平，最后按年代和厂家分类。他说，糖纸上的图案从工农兵到卡通人物，从手绘到印刷，记录的是一座城市几十年的变化。
今年，邹长海把其中500张糖纸借给市工人文化宫展出，不少老人在展柜前驻足良久。“看到糖纸，就想起小时候过年。”一位参观者说。⟦m （责任编辑：万小禾）⟧
""",
    ),
    dict(
        slug="news-xiaoshan-rongmei-ration-coupon-text",
        site="潇山融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xiaoshanrm.cn/p/20240916/a88102.html",
        title="县档案馆征集到一批上世纪六十年代粮票",
        record_title=None,
        date="2024-09-16",
        notes="title missing from the record; title repeated and glued to the lead; dotted news date; app download prompt",
        page="""
!m 潇山融媒 · 潇山新闻网
!m 首页　本地　县情　视频　直播　专题
{T}
!m 2024.09.16　来源：潇山融媒　作者：蒋苓
!a 打开潇山融媒APP，看更多本地新闻＞＞
{T}　{BODY}
!l 热点推荐
!l 潇山老火车站将改建为铁路文化公园
!l 县城首个口袋公园对外开放
!a 扫码下载“潇山融媒”客户端
!m 潇山县融媒体中心主办　备案号：湘ICP备19011923号-1
""",
        body="""
近日，县档案馆收到市民谭宏业捐赠的一批粮票、油票和布票，共计316张，年代跨度从1961年到1992年。
这批票证中，既有全国通用粮票，也有本省地方粮票和县里自印的“潇山县购粮证”。其中一张1962年的半市斤地方粮票保存完好，在现存票证中较为少见。
谭宏业说，这些票证是他父亲生前一张张留下来的。“放在家里怕受潮，捐给档案馆，能让更多人看到那段历史。”
县档案馆工作人员介绍，馆里将对这批票证进行除湿、修复和数字化扫描，计划在明年的“国际档案日”活动中集中展出。
""",
    ),
    dict(
        slug="forum-laocang-html-minutes-calendar-posters",
        site="老仓库收藏论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://bbs.laocangku.net/thread-203318-1-1.html",
        title="月份牌收藏研究小组第三次例会纪要",
        record_title="[会务] 月份牌收藏研究小组第三次例会纪要 - 沪上月份牌 - 老仓库收藏论坛",
        date="2024-06-22",
        date_also=["2024-06-24"],
        notes="Discuz-like collectors' forum with jammer fonts; minutes' 时间/地点/主持 lines kept; post date differs from the meeting date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[会务] 月份牌收藏研究小组第三次例会纪要 - 沪上月份牌 - 老仓库收藏论坛</title>
<style>.jammer{display:none}</style><script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 老仓库收藏论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 老仓库 › 纸品专区 › 沪上月份牌 › 查看帖子⟧</div>
<div class="ts"><h1>{T}</h1> ⟦m [复制链接]⟧</div>
<div class="pi">⟦m 楼主　阁楼里的春　发表于 2024-6-24 21:06　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="po">⟦a 回复⟧ ⟦a 支持 6⟧ ⟦a 反对⟧ ⟦a 举报⟧</div>
<div class="pl">⟦l 沙发　纸上流年　发表于 2024-6-25 08:12　记录得真详细，下次例会我也去⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m © 2009-2024 老仓库收藏论坛⟧ ⟦d 本帖观点仅代表作者本人，与本站无关⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
时间：2024年6月22日下午2:00
地点：文庙旧书市场二楼茶室
主持：宋伯钧
参会：小组成员11人
记录：阁楼里的春
一、宋伯钧通报了上次例会以来的征集情况。小组成员新收上世纪三十年代月份牌7张，其中两张为画家原稿印刷版，品相较好。
二、会议讨论了月份牌鉴定要点。大家一致认为，要重点看印刷网点、纸张老化程度和年历部分的字体，对后配年历的拼装品要在图录中注明。
三、会议商定，年底前编印一册小组藏品图录，由叶子青、龚平负责拍照和文字说明，经费由成员自愿分担。
四、下次例会定于9月第三个周六，地点另行通知。
""",
    ),
    dict(
        slug="forum-yezhu-text-tallow-tree-photo",
        site="乌桕岭驴友论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.wujiuling.org/forum.php?mod=viewthread&tid=55017",
        title="关于文明观赏乌桕红叶的倡议书",
        record_title="关于文明观赏乌桕红叶的倡议书（转自景区公众号）",
        date="2024-10-28",
        date_also=["2024-10-30"],
        notes="forum post with junk lines and glued junk; forum post date differs from the document date",
        page="""
!m 乌桕岭驴友论坛 » 活动公告 » 浏览帖子
!t 关于文明观赏乌桕红叶的倡议书（转自景区公众号）
!m 楼主：山那边的枫　　注册：2019-04-02　　帖子：1033　　积分：2876
!m 发表于 2024-10-30 19:47
{BODY}
!l 回复 #2　溪边石：顶！去年好多人爬树拍照，树枝都折了
!l 回复 #3　秋风客：支持文明观景
!a 快速回复　　收藏本帖　　分享
!m Copyright © 乌桕岭驴友论坛　闽ICP备16009912号
""",
        junk=dict(lines=2, glued=2),
        body="""
广大游客朋友们：
深秋时节，乌桕岭千余株古乌桕陆续转红，吸引了众多游客前来观赏拍照。为保护古树、维护景区秩序，我们向大家发出如下倡议：
一、文明观景。请沿步道游览，不攀爬树木，不折枝摘叶，不在树干上刻画留字。
二、安全出行。山路弯急，请自驾游客服从交通疏导，不在弯道和桥面停车拍照。
三、爱护环境。请将垃圾带走，不乱扔烟头，严禁在林区野炊和燃放孔明灯。
四、尊重村民。请不要随意进入村民院落，不踩踏田地和菜园。
让我们携手守护这片秋色，让乌桕红年年如约而至。
乌桕岭景区管理处
2024年10月28日
""",
    ),
    dict(
        slug="blog-caotang-html-insight-coptis",
        site="药圃草堂博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://caotang.blog/2024/07/coptis-shade-shed/",
        title="种了八年黄连，我对遮阴棚的一点体会",
        record_title="种了八年黄连，我对遮阴棚的一点体会 | 药圃草堂",
        date="2024-07-03",
        notes="blog with tag cloud and archive; bracketed post time as the page's date; 'read more' link between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>种了八年黄连，我对遮阴棚的一点体会 | 药圃草堂</title>
<script async src="/js/busuanzi.pure.mini.js"></script></head><body>
<header><h2>⟦m 药圃草堂⟧</h2><p>⟦m 山里种药人的笔记⟧</p><nav>⟦m 首页 · 归档 · 标签 · 关于⟧</nav></header>
<article><h1>{T}</h1>
<div class="post-meta">⟦m [2024-07-03 22:18] 分类：种植手记 · 阅读 611⟧</div>
{BODY}
<div class="post-tags">⟦l 标签：黄连 遮阴 中药材⟧</div>
<div class="post-nav">⟦l « 白术起垄的老法子⟧ ⟦l 山里通网的那一年 »⟧</div>
</article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 天麻 黄连 重楼 林下 农机⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2024年7月 (3)⟧</p><p>⟦l 2024年6月 (5)⟧</p></aside>
<footer>⟦d 本站文字为原创，转载请注明出处并附链接。⟧ ⟦m 本站总访问量 88213 次⟧</footer>
</body></html>
""",
        body="""
黄连喜阴怕晒，种黄连的人都知道，棚子搭得好不好，直接决定五年后的收成。我在海拔1300米的坡地上种了八年黄连，前后搭过三种棚，说说自己的体会。
第一种是老辈人用的树枝棚，材料就地取，成本低，但三年左右就朽了，遇上大雪还容易塌。
⟦l 阅读更多：林下种药的三个误区 →⟧
第二种是竹木架加遮阳网。透光率好调，一般第一年控制在三成左右，以后逐年加大。缺点是遮阳网不耐风，每年都得补。
第三种是这两年推广的水泥柱钢丝棚，一次投入大，每亩要多花两千多块，但能用十几年，算下来反倒划算。
我的体会是：棚子不是越密越好，要看黄连的年份和坡向，阴坡可以稀一点，阳坡要密一点。种药和做人一样，急不得。
""",
    ),
]
