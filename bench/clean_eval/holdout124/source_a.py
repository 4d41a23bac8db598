"""holdout124, part A: 范文 sites, 文库 previews, government portals. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-xiqu-summary-huangmei-troupe-oldtable",
        site="笔墨轩范文网 (invented, old ASP table layout)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.bimoxuan.net/zongjie/wenhua/2025/7731.asp",
        title="桐陂县黄梅戏剧团2024年度工作总结",
        record_title="【精选】桐陂县黄梅戏剧团2024年度工作总结（通用2篇）_笔墨轩范文网",
        date="2025-01-09",
        notes="old gb2312 table layout with marquee and visitor counter; decorated record title; date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【精选】桐陂县黄梅戏剧团2024年度工作总结（通用2篇）_笔墨轩范文网</title>
<script language="javascript" src="/js/count.js"></script>
</head><body bgcolor="#F7F3E8">
<table width="960" align="center"><tr><td><img src="/img/logo.gif"> ⟦m 笔墨轩范文网——您身边的材料小帮手⟧</td><td align="right"><a href="#">⟦a 设为主页⟧</a> | <a href="#">⟦a 收藏笔墨轩⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 热烈庆祝笔墨轩范文网上线十二周年！本站新增年终总结专栏三千余篇⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您的位置：笔墨轩 → 总结大全 → 单位总结 → 文化单位⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<div class="info">⟦m 录入：小轩　　人气：<font color="red">1187</font>　　更新：2025/1/15⟧</div>
<div>⟦a 【阅读字体：特大 大 中 小】【双击自动滚屏】⟧</div>
{BODY}
<div>⟦a ★ 把这篇总结保存到我的电脑 ★⟧</div>
<div>⟦l ◎上一篇：乡镇文化站2024年工作总结⟧<br>⟦l ◎下一篇：非遗保护中心年度工作汇报⟧</div>
</td><td width="260" valign="top">
<table><tr><td>⟦l ┃总结类排行榜┃⟧</td></tr><tr><td>⟦l 1. 文旅局年度工作总结范本⟧</td></tr><tr><td>⟦l 2. 剧团演出季总结报告⟧</td></tr><tr><td>⟦l 3. 文艺汇演活动总结3篇⟧</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站所载资料多由热心网友提供，版权归原作者，如侵犯了您的权益请告知，核实后立即删除。⟧<br>⟦m 你是本站第 <font color="red">2840117</font> 位访客　备案号：皖ICP备0910773号⟧</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
2024年，剧团在县委宣传部和县文旅局的指导下，坚持“出人出戏出效益”的办团方针，全年完成各类演出216场，观众约23.4万人次，实现演出收入187万元，较上年增长14.6%。现将全年工作总结如下。
一、精品创作取得新进展
新编现代黄梅戏《茶山谣》完成剧本三稿修改和首轮排练，10月在县大剧院试演三场，观众上座率达到92%。恢复排演传统折子戏《打猪草》《夫妻观灯》等六出，为青年演员提供了展示舞台。
二、送戏下乡覆盖更广
全年完成“送戏进万村”演出138场，覆盖全县17个乡镇，其中在偏远山区村演出41场。剧团坚持“群众点单、剧团接单”，把群众最爱看的剧目送到家门口。
三、人才队伍不断壮大
与省黄梅戏学校联合招收委培学员12名，选派4名青年演员参加省级研修班。全年组织“以老带新”拜师结对8对，老演员手把手传授唱腔和身段。
四、存在问题和下步打算
当前剧团仍存在排练场地狭小、舞台音响设备老化等问题。2025年，剧团将积极争取项目资金改造排练厅，力争《茶山谣》正式首演并参加市级展演。
桐陂县黄梅戏剧团
2025年1月9日
""",
    ),
    dict(
        slug="fanwen-caifeng-speech-flue-cured-tobacco",
        site="采风材料网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.caifengcl.com/jianghua/nongye/58316.html",
        title="在全县烤烟移栽现场推进会上的讲话",
        record_title="在全县烤烟移栽现场推进会上的讲话（可编辑）",
        date="2025-04-16",
        notes="speech: date under the title in brackets, speaker line neutral; writing-service prompt between paragraphs",
        page="""
!m 采风材料网｜写稿不求人
!m 当前栏目：首页 / 领导讲话 / 农业农村
!t 在全县烤烟移栽现场推进会上的讲话（可编辑）
!m 字数：1180　　阅读次数：644　　收录时间：3个月前
{T}
副县长　邬德成
（2025年4月16日）
{BODY}
!a 本文为会员专享范文，开通会员即可一键复制、无限下载
!l 大家都在看：
!l 》烟叶收购工作动员会讲话稿
!l 》全县春耕备耕工作会议主持词
!d 温馨提醒：范文仅供参考，请结合本单位实际修改使用，切勿直接照搬。
!m 采风材料网 caifengcl.com　浙ICP备21037718号-4
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在渠口镇召开全县烤烟移栽现场推进会，刚才大家实地察看了渠口、白沙两个乡镇的移栽现场，两个乡镇作了交流发言，讲得很实在。下面，我讲三点意见。
一、认清形势，坚定发展烤烟产业的信心
今年省市下达我县烤烟种植计划2.6万亩、收购计划6.8万担，任务比去年有所增加。烤烟是我县农民增收的支柱产业，全县有4300多户烟农，户均种烟收入超过5万元。各乡镇要算好经济账，把烤烟产业抓紧抓实。
⟦w 材料赶时间？资深笔杆子一对一代写，加V：cf_bigan88⟧
二、抓住关键，确保移栽质量
移栽是决定全年烟叶产量和质量的关键环节。一要抢抓节令，力争4月底前全面完成移栽；二要推行井窖式移栽和膜下小苗移栽，确保烟苗成活率在98%以上；三要落实“一户一技术员”，指导烟农做到规范移栽、适时查苗补苗。
三、压实责任，强化服务保障
各乡镇要成立烤烟生产工作专班，乡镇主要领导亲自抓；烟草、农业农村、气象等部门要加强协作，及时发布灾害性天气预警，做好冰雹、干旱的防范应对。
同志们，烟叶生产季节性强，时间不等人。希望大家迅速行动，确保全年烤烟生产任务圆满完成。
""",
    ),
    dict(
        slug="fanwen-wenquan-plan-mooncake-wrapped",
        site="文泉范文 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://m.wenquanfw.cn/fangan/shipin/2025/0812/11904.html",
        title="2025年中秋月饼质量安全专项检查工作方案",
        record_title=None,
        date=None,
        notes="no record title (found on the page); hard-wrapped at 60 columns; no date (year only in the title)",
        page="""
!m 文泉范文 — 公文方案频道
!m 首页 > 工作方案 > 食品安全
{T}
!m 浏览：2350　收藏：88　下载：41　上传于 2025-08-12 14:20
!a 【全屏阅读】　【下载Word】　【加入收藏】
{BODY}
!a 下载提示：本篇为整理稿，下载后格式可能与预览不同。
!l 相关推荐：节日市场食品安全检查方案｜粽子质量专项抽检方案｜节前食品安全大检查通知
!m 文泉范文 wenquanfw.cn　客服热线：400-602-7719
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
为切实保障中秋节期间月饼质量安全，防范化解食品安全风险，根据上级部署，结合我县实际，制定本方案。
一、检查时间
2025年8月中旬至9月下旬，分自查整改、集中检查和抽检公示三个阶段进行。
二、检查范围
全县月饼生产企业、食品小作坊、商场超市、网络销售门店和现制现售糕点店。
三、检查重点
（一）原料把关情况。重点检查进货查验记录，严禁使用过期、变质的馅料和油脂。
（二）生产过程控制情况。重点检查生产场所卫生、从业人员健康证明和食品添加剂使用记录。
（三）标签标识情况。重点检查生产日期、保质期、配料表是否标注完整，是否存在虚假宣传。
（四）过度包装情况。对照月饼包装相关标准，检查包装层数、空隙率和包装成本。
四、工作要求
各市场监管所要将检查任务分解到人，对发现的问题建立台账、限期整改，对拒不整改或情节严重的依法立案查处。检查结果于9月25日前报县局食品生产科。
""",
    ),
    dict(
        slug="wenku-dingxiang-rules-vinegar-pdf-markers",
        site="丁香文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="other",
        form="text",
        source="https://wenku.dingxiang-doc.com/view/8f2a61c0e4d7.html",
        title="汾岚老陈醋酿造车间安全生产管理规定",
        record_title="汾岚老陈醋酿造车间安全生产管理规定.pdf",
        date="2025-03-01",
        notes="file-name record title; preview page markers ⁌n⁍ cutting sentences; Chinese-numeral date at the end; articles speak of 扫码/打印",
        page="""
!m 丁香文库　|　专业文档阅读分享平台
!t 汾岚老陈醋酿造车间安全生产管理规定.pdf
!m 贡献者：醋坊老王　　页数：4页　　格式：PDF　　评分：4.6
!a 免费预览已结束，剩余2页可下载查看
!a 下载文档（8下载券）　　　加入文件夹　　　举报
{BODY}
!a 点此继续阅读全文 ↓
!l 您可能还喜欢：食品企业安全生产责任制｜酿造车间交接班制度｜发酵罐清洗操作规程
!d 丁香文库上的文档均由用户上传，平台仅提供存储服务，如有侵权请联系删除。
""",
        pages=dict(fmt="⁌{n}⁍", every=170, start=2),
        body="""
第一条　为加强酿造车间安全生产管理，预防生产安全事故，保障职工生命安全和企业财产安全，结合本公司实际，制定本规定。
第二条　本规定适用于公司制曲、发酵、熏醅、淋醋、陈酿各工段及相关辅助岗位。
第三条　进入发酵间、熏醅间作业前，必须先进行通风并检测二氧化碳浓度，检测合格后方可进入，严禁单人进入密闭发酵罐。
第四条　各工段实行设备点检制度。点检人员每班扫码登记设备编号和运行状态，发现异常立即停机并报告班长。
第五条　车间安全员每周打印一次隐患排查台账，经车间主任签字后报安全环保部备案。
第六条　熏醅间严禁烟火，燃煤炉灶须由持证人员操作，下班前必须检查封火情况并填写记录。
第七条　违反本规定的，按照公司安全生产奖惩办法处理；造成事故的，依法追究责任。
第八条　本规定自印发之日起施行，由安全环保部负责解释。
汾岚老陈醋酿造有限公司
二〇二五年三月一日
""",
    ),
    dict(
        slug="wenku-jinshu-report-rubber-html-markers",
        site="锦书文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jinshuwk.com/p-5521807346.html",
        title="关于垦区天然橡胶产业提质增效的调研报告",
        record_title="关于垦区天然橡胶产业提质增效的调研报告 - 锦书文库",
        date=None,
        notes="文库 reader: page markers «n» as paragraphs between halves of cut paragraphs; no date (upload stamp only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于垦区天然橡胶产业提质增效的调研报告 - 锦书文库</title>
<script src="/static/reader.min.js"></script><link rel="stylesheet" href="/static/reader.css"></head>
<body><header class="topbar"><a class="logo">⟦m 锦书文库⟧</a><nav><a>⟦m 首页⟧</a><a>⟦m 分类⟧</a><a>⟦m 精品专区⟧</a><a>⟦a 登录 / 注册⟧</a></nav></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：胶林行者　上传时间：2025-06-03　共7页　阅读1024次⟧</p>
<div class="btns"><button>⟦a 立即下载⟧</button><button>⟦a 转存到网盘⟧</button><button>⟦a 分享⟧</button></div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 还剩4页未读，开通锦书VIP畅读全部文档⟧</div>
<aside><h4>⟦l 相关文档⟧</h4><ul><li>⟦l 热带作物产业发展规划（2024—2030）⟧</li><li>⟦l 农垦企业改革调研报告⟧</li></ul></aside>
<footer>⟦m ©锦书文库 jinshuwk.com　琼ICP备19006235号⟧</footer>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="«{n}»", every=220, start=2),
        body="""
天然橡胶是重要的战略物资和工业原料。为摸清垦区橡胶产业发展现状，今年4月至5月，调研组先后走访了6个农场、3家加工厂和1个橡胶交易中心，召开座谈会9场，现将调研情况报告如下。
一、基本情况。垦区现有橡胶种植面积41.7万亩，开割面积33.2万亩，2024年干胶产量3.6万吨。近年来，受胶价低迷影响，部分胶园弃割、失管，开割率由2019年的86%下降到79%。
二、主要问题。一是胶工队伍老化，45岁以上胶工占比超过六成，年轻人不愿割胶；二是胶园老化，树龄超过25年的低产胶园占比达到28%；三是加工环节分散，小加工厂设备落后，产品质量不稳定。
三、对策建议。一要推广气刺微割等省工割胶技术，降低劳动强度；二要有序推进低产胶园更新，发展林下经济，提高单位面积效益；三要整合加工产能，打造垦区自有品牌，提升产品附加值；四要用好天然橡胶收入保险，稳定胶农收入预期。
""",
    ),
    dict(
        slug="gov-yanshan-notice-earthquake-drill-index",
        site="岩杉县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yanshan.gov.cn/zwgk/tzgg/202505/t20250506_411827.html",
        title="关于开展2025年防震减灾应急疏散演练的通知",
        record_title="关于开展2025年防震减灾应急疏散演练的通知",
        record_date="2025-05-06",
        date="2025-05-06",
        notes="index table of a 信息公开 page; the notice's own contact line beside the portal's hotline; document number neutral; 附件 list kept",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展2025年防震减灾应急疏散演练的通知_岩杉县人民政府</title>
<script>var siteId="ys001";</script></head><body>
<div class="top-bar">⟦a 无障碍浏览⟧　⟦a 关怀版⟧　⟦a 繁體⟧　⟦a 登录⟧</div>
<div class="banner">⟦m 岩杉县人民政府⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进岩杉⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告⟧</div>
<table class="index"><tr><td>⟦m 索引号：11433127MB1902645X/2025-00318⟧</td><td>⟦m 发布机构：岩杉县地震局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-05-06⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<p class="docno">岩震〔2025〕7号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【字体：大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="foot">⟦m 主办：岩杉县人民政府办公室　承办：岩杉县政务数据中心⟧<br>⟦m 政务服务热线：0743-12345　网站标识码：4331270012⟧<br>⟦m 湘ICP备05011827号　湘公网安备43312702000131号⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直各单位，各中小学校：
5月12日是全国防灾减灾日。为提高全社会应对地震灾害的能力，经县人民政府同意，决定于5月上旬至中旬在全县开展防震减灾应急疏散演练。现将有关事项通知如下。
一、演练时间
2025年5月12日上午10时至11时，各单位可根据实际在5月8日至15日之间另行安排。
二、演练内容
1. 地震预警信息接收和发布；
2. 人员紧急避险和有序疏散；
3. 伤员救护和应急物资调拨；
4. 演练总结讲评。
三、有关要求
各单位要制定演练方案，落实安全保障措施，严防演练过程中发生踩踏等意外。演练结束后，请于5月20日前将总结报送县地震局。
联系人：覃晓兰，电话：0743-5216408，邮箱：yszhj@163.com。
附件：1.防震减灾应急疏散演练方案（参考模板）
2.演练情况统计表
岩杉县地震局
2025年5月6日
""",
    ),
    dict(
        slug="gov-lanbei-notice-audit-banji",
        site="澜贝市审计局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://sjj.lanbei.gov.cn/xxgk/tzgg/content_88216.html",
        title="关于开展2025年度内部审计工作质量评估的通知",
        record_title="关于开展2025年度内部审计工作质量评估的通知_澜贝市审计局",
        date="2025-06-18",
        date_also=["2025-06-20"],
        notes="抄送/印发 版记 kept; site suffix; byline date differs from the 成文日期 (document date expected)",
        page="""
!m 澜贝市审计局
!m 首页 ＞ 信息公开 ＞ 通知公告
{T}
!m 信息来源：法规科　发布时间：2025-06-20　浏览次数：<!--count-->317
!a [ 加大字号 ] [ 还原 ] [ 打印 ] [ 关闭 ]
澜审发〔2025〕21号
{BODY}
!l 【上一条】关于公布2024年度优秀审计项目的通报
!l 【下一条】市审计局2025年政府信息公开工作要点
!m 版权所有：澜贝市审计局　地址：澜贝市新城大道88号　邮编：417300
!m 技术支持：澜贝市大数据中心　　网站标识码：4313000023
""",
        indent="\u3000\u3000",
        body="""
各区（县）审计局，市直各部门（单位），市属国有企业：
为推动内部审计规范化建设，提高内部审计工作质量，根据《审计署关于内部审计工作的规定》，市审计局决定开展2025年度内部审计工作质量评估。现将有关事项通知如下。
一、评估对象
市直部门（单位）和市属国有企业2024年度完成的内部审计项目，每个单位报送不少于2个。
二、评估内容
主要包括审计计划执行、审计程序履行、审计证据取得、审计报告质量和审计整改跟踪等五个方面。
三、时间安排
7月15日前，各单位完成自评并报送项目资料；8月底前，市审计局组织专家集中评审；9月中旬通报评估结果。
四、联系方式
市审计局法规科，联系人：詹一鸣，电话：0738-8213765。
澜贝市审计局
2025年6月18日
抄送：市委审计办，市国资委。
澜贝市审计局办公室　　2025年6月18日印发
""",
    ),
    dict(
        slug="gov-qiongxi-notice-fireworks-sales-text",
        site="琼溪县应急管理局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://yjj.qiongxi.gov.cn/art/2025/1/10/art_3312_99102.html",
        title="关于2025年春节期间烟花爆竹零售经营管理的通告",
        record_title=None,
        date="2025-01-10",
        notes="no record title; publish date only in the byline line; articles speak of 扫码; numbered list",
        page="""
!m 琼溪县应急管理局　Qiongxi Emergency Management Bureau
!m 您当前所在位置：首页 » 通知公告 » 正文
{T}
!m 发布时间：2025-01-10 17:02　　来源：危化股　　【字号：大 中 小】
{BODY}
!a 【打印正文】　　【收藏】　　【返回顶部】
!l 相关链接：安全生产举报　｜　应急科普　｜　在线办事
!m 琼溪县应急管理局主办　值班电话：0796-7213110　赣ICP备11002317号-8
""",
        body="""
为加强春节期间烟花爆竹零售经营安全管理，预防和减少安全事故，根据《烟花爆竹安全管理条例》等规定，现就有关事项通告如下。
一、本县烟花爆竹零售经营时间为2025年1月18日至2月12日，其他时间一律不得销售。
二、零售经营者必须持有效的《烟花爆竹经营（零售）许可证》，并在店堂显著位置悬挂许可证和安全警示标志。
三、零售点所售烟花爆竹须从县内批发企业购进，购销时须扫码登记流向信息，做到“一箱一码”可追溯。
四、零售点严禁超量储存，严禁在居民住宅内储存，严禁销售礼花弹等专业燃放类产品。
五、群众发现非法生产、经营、储存烟花爆竹行为的，可拨打举报电话0796-7215331。
特此通告。
""",
    ),
]
