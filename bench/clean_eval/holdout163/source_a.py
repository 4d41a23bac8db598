"""holdout163, part A. Invented text, sites, people and places; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-xiezhai-village-compact-html",
        site="写斋公文库 (invented)",
        style="范文站",
        genre="说明",
        kind="notice",
        form="html",
        source="https://www.xiezhaigw.com/cungui/2025/0412/77031.html",
        title="关于修订《桦湾村村规民约》的说明",
        record_title="关于修订《桦湾村村规民约》的说明（精选范本）_写斋公文库",
        date="2025-04-10",
        notes="old table layout; decorated title; 成文日期 under the signature; a 扫码 sentence of the document",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于修订《桦湾村村规民约》的说明（精选范本）_写斋公文库</title>
<script src="/js/tongji.js"></script></head>
<body bgcolor="#f4f1ea">
<table width="980" align="center"><tr><td>⟦m 写斋公文库——一字一句皆功夫⟧</td><td align="right"><a href="/u/in">⟦a 会员登入⟧</a> | <a href="/u/new">⟦a 开通账号⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您在这里：<a href="/">写斋</a> ＞ <a href="/cungui/">村规民约</a> ＞ 说明材料⟧</td></tr></table>
<table width="980" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<div class="xx">⟦m 录入：松窗　更新：2025-04-12　人气：1093⟧</div>
<div class="zt">⟦a 字体：【大】【中】【小】　【存入书架】⟧</div>
{BODY}
<div class="ft">⟦a 整篇带格式的Word稿请点此获取（会员免积分）⟧</div>
<div>⟦l ◁ 前一篇：村级议事协商规则（样本）⟧</div><div>⟦l 后一篇：红白事简办倡议书 ▷⟧</div>
</td><td width="260" valign="top">
<div class="box"><b>⟦l 本栏热读⟧</b><br>⟦l ·自治章程修改说明三篇⟧<br>⟦l ·村民代表会议决议范本⟧</div>
<div class="qq">⟦w 材料定制请加微信 xzgw_2019，在线时间9:00-22:00⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦d 文章由会员自愿分享，如涉侵权请告知，我们即行撤下。⟧<br>⟦m 写斋公文库 版权所有 苏ICP备19063214号⟧</td></tr></table>
</body></html>
""",
        body="""
现行《桦湾村村规民约》于2019年制定，对推动移风易俗、维护村内秩序发挥了积极作用。随着农房翻建、人居环境整治等新情况不断出现，部分条款已不相适应，村“两委”决定启动修订。
一、修订过程
本次修订历时两个月，先后召开村民小组会议11场，发放征求意见表360份，收回意见建议74条，经村民代表会议两次讨论后形成修订稿。
二、主要修改内容
（一）新增门前“三包”和柴草堆放条款；（二）将彩礼、宴席规模的倡导标准写入条文；（三）删去与现行法律不一致的罚款表述，改为积分扣减。
三、下一步工作
修订稿经村民会议表决通过后，将印制成册发放到户，村民也可扫描村务公开栏上的二维码查看全文。
桦湾村民委员会
2025年4月10日
""",
    ),
    dict(
        slug="fanwen-bimo-federation-speech",
        site="笔墨坊范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.bimofang.net/jianghua/shanghui/5518.html",
        title="在县工商联第七届会员代表大会上的讲话",
        record_title="【精品】在县工商联第七届会员代表大会上的讲话（通用2篇）",
        date="2025-03-27",
        notes="date under a speech title; speaker line neutral; writing-service prompt glued after a sentence; chrome line inside the body",
        page="""
!m 笔墨坊范文 · 写作素材每日更新
!m 位置：首页 / 讲话致辞 / 商会讲话
!t 【精品】在县工商联第七届会员代表大会上的讲话（通用2篇）
!m 投稿：砚田　日期：2025-04-01　浏览 2741 次
!a ＋复制本段　＋全文导出　＋打印预览
{T}
县委常委、统战部部长　覃远舟
（2025年3月27日）
{BODY}
!a 篇二内容需开通会员后浏览，点此开通 ＞＞
!l 猜你想看：商会换届选举主持词 ｜ 民营企业家座谈会发言稿 ｜ 工商联年度工作报告
!d 声明：本站范文仅供学习参考，严禁整篇用于商业用途。
!m bimofang.net　客服热线 400-650-3381　浙ICP备20031877号
""",
        date_also=["2025-04-01"],
        indent="\u3000\u3000",
        body="""
各位代表、同志们：
今天，县工商联第七届会员代表大会胜利开幕了。我代表县委，向大会的召开表示热烈祝贺！向全县广大民营经济人士致以诚挚问候！
过去五年，县工商联围绕中心、服务大局，组织会员企业参与“万企兴万村”行动，结对帮扶村126个，投入帮扶资金5300余万元。⟦w 讲话稿不会写？专业写手一对一代笔，微信同号13805719926。⟧
⟦m 【以下为正文第二部分】⟧
新一届领导班子要把握好三点：一要强化思想引领，二要优化服务方式，三要加强自身建设，真正把工商联建成民营企业之家。
同志们，让我们携起手来，为推动全县民营经济高质量发展作出新的更大贡献！
""",
    ),
    dict(
        slug="wenku-latiao-selfcheck-preview",
        site="云帙文库 (invented)",
        style="文库预览",
        genre="自查报告",
        kind="report",
        form="text",
        source="https://wk.yunzhi-doc.cn/view/8f31c0a2d7.html",
        title="峪口食品有限公司调味面制品食品安全自查报告",
        record_title="峪口食品有限公司调味面制品食品安全自查报告.docx",
        date="2024-08-16",
        notes="file-name title; page markers of my own form cut sentences; preview-end prompt",
        page="""
!m 云帙文库 > 企业管理 > 质量安全
!t 峪口食品有限公司调味面制品食品安全自查报告.docx
!m 共4页　｜　上传者：qc_阿满　｜　1.3万次阅读
!a ☆收藏　⇩下载（8帙币）　◎分享
{BODY}
!a —— 试读到此为止，完整4页请下载后阅读 ——
!a 立即下载　　加入文件夹
!l 同类文档：辣条生产许可审查细则解读.pdf ｜ 食品厂HACCP计划表模板.xlsx
!d 本文档由用户上传，云帙文库仅提供存储服务，如有侵权请联系平台处理。
""",
        pages=dict(fmt="〘{n}/4〙", every=120, start=2),
        body="""
根据县市场监管局《关于开展调味面制品专项检查的通知》要求，我公司于8月5日至15日组织开展了食品安全自查，现将情况报告如下。
一、基本情况
公司主要生产调味面制品（俗称辣条），现有生产线3条，从业人员86人，年产量约4200吨。
二、自查发现的问题
一是原料库个别批次面粉未按要求张贴标识卡；二是油炸工序温度记录存在漏记；三是2名员工健康证即将到期。
三、整改措施
上述问题已当场整改，健康证已安排复检，并修订了《生产过程记录管理规定》，明确班组长每日核对签字。
峪口食品有限公司
2024年8月16日
""",
    ),
    dict(
        slug="wenku-sodawater-plan-html",
        site="书页云文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.shuyeyun.com/p/20250319/4471930.html",
        title="苏打水车间质量提升行动方案",
        record_title="苏打水车间质量提升行动方案 - 书页云文库",
        date=None,
        notes="preview page with page markers as paragraphs; no date (upload stamp only); pay prompt",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>苏打水车间质量提升行动方案 - 书页云文库</title>
<link rel="stylesheet" href="/static/read.css"><script>window.__PAGE__={id:4471930}</script></head>
<body><header class="hd"><span>⟦m 书页云文库⟧</span><nav><a href="/">⟦m 首页⟧</a> <a href="/c/qiye">⟦m 企业文档⟧</a> <a href="/vip">⟦a 超级会员⟧</a></nav></header>
<main><h1>{T}</h1>
<div class="meta">⟦m 上传于 2025-03-19　页数：3　格式：DOCX　大小：26KB⟧</div>
<div class="reader">
{BODY}
</div>
<div class="mask">⟦a 剩余内容已折叠，开通超级会员可阅读全文 ￥9.9/月⟧</div>
<div class="btns"><button>⟦a 免费试读⟧</button><button>⟦a 下载全文⟧</button></div>
</main>
<aside><h4>⟦l 看过这篇的人还看了⟧</h4><ul><li>⟦l 饮料厂GMP自查表⟧</li><li>⟦l 灌装车间5S管理制度⟧</li></ul></aside>
<footer>⟦d 文档内容来自网友上传，书页云不对其准确性负责。⟧ ⟦m © 书页云 沪ICP备21014520号-3⟧</footer>
</body></html>
""",
        pages=dict(fmt="· 第{n}页 ·", every=110, start=2),
        body="""
为进一步提高苏打水产品质量稳定性，降低客户投诉率，结合车间实际，制定本方案。
一、目标任务
到年底，产品出厂检验一次合格率达到99.5%以上，灌装液位偏差投诉较上年下降一半。
二、重点措施
（一）水处理工段每两小时检测一次电导率和pH值，数据实时上传质量系统。
（二）对灌装机进行季度精度校验，更换老化的液位探头12只。
（三）实行批次留样制度，每批次留样不少于6瓶，保存期满后方可处置。
三、组织保障
车间主任为第一责任人，质检组负责日常监督，每月通报一次执行情况。
""",
    ),
    dict(
        slug="gov-shanlin-relics-survey-notice",
        site="杉林县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.shanlin.gov.cn/zwgk/tzgg/202506/t20250603_91822.html",
        title="关于开展全县不可移动文物巡查的通知",
        record_title="关于开展全县不可移动文物巡查的通知_通知公告_杉林县人民政府网",
        date="2025-06-02",
        notes="portal with index table; document's own 联系人/电话 next to the portal's 纠错 line; 附件 list; 文号 neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展全县不可移动文物巡查的通知_通知公告_杉林县人民政府网</title>
<script src="/common/js/jquery.min.js"></script></head><body>
<div class="top">⟦m 杉林县人民政府⟧ <span>⟦a 无障碍浏览⟧</span> <span>⟦a 长者模式⟧</span></div>
<div class="nav"><a>⟦m 政务公开⟧</a><a>⟦m 政务服务⟧</a><a>⟦m 互动交流⟧</a></div>
<div class="pos">⟦m 当前所在：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11452330MB1702/2025-00412⟧</td><td>⟦m 发文机关：杉林县文化广电和旅游局⟧</td></tr>
<tr><td>⟦m 主题分类：文化⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">杉文旅〔2025〕23号</p>
<div class="art">
{BODY}
</div>
<div class="tool">⟦a 【打印此页】 【关闭】 【分享到微信】⟧</div>
<div class="rel">⟦l 相关信息：县级文物保护单位名录（第五批）⟧</div>
<div class="foot">⟦m 主办：杉林县人民政府办公室　网站标识码：4523300017⟧<br>⟦m 网站纠错电话：0771-5902110⟧<br>⟦m 桂公网安备 45233002000091号⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为掌握全县不可移动文物保存现状，及时消除安全隐患，经县人民政府同意，决定于6月至8月开展全县不可移动文物巡查。现将有关事项通知如下。
一、巡查范围：全县已登记的不可移动文物点共214处，其中县级以上文物保护单位31处。
二、巡查内容：本体结构是否稳定、有无违法建设、消防设施是否完好、保护标志是否齐全。
三、工作要求：各乡镇于7月31日前将巡查表报县文化广电和旅游局文物股。
联系人：卢青禾，电话：0771-5903264，邮箱：slwwg@163.com。
附件：1.不可移动文物巡查表
2.巡查问题整改台账
杉林县文化广电和旅游局
2025年6月2日
""",
    ),
    dict(
        slug="gov-luqiao-rural-road-plan-text",
        site="鹭桥区交通运输局 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jtj.luqiao.gov.cn/xxgk/ghjh/202503/t20250311_3340.html",
        title="鹭桥区2025年农村公路养护工程实施方案",
        date="2025-03-10",
        notes="data table one row a paragraph; 发布日期 and 成文日期 differ; chrome between paragraphs",
        page="""
!m 鹭桥区交通运输局
!m 首页 >> 信息公开 >> 规划计划
{T}
!m 发布日期：2025-03-11　　来源：公路管理站　　字号：［大 中 小］
{BODY}
!m 【责任编辑：韦盼】
!l ◀ 上一条：关于公布区级“美丽农村路”名单的通知
!l ▶ 下一条：汛期公路安全隐患排查工作提示
!m 鹭桥区交通运输局 主办　地址：鹭桥区滨江路18号　邮编：536211
""",
        date_also=["2025-03-11"],
        body="""
为巩固“四好农村路”建设成果，提升农村公路通行条件，制定本方案。
一、养护任务
今年计划实施农村公路养护工程4项，总里程62.4公里，总投资1860万元。
路线名称　里程（公里）　主要内容
鹭双线　18.2　路面罩面
石岭至上坳段　9.6　边沟清理、护栏更换
⟦a 点击查看工程位置图⟧
二、进度安排
4月底前完成施工图设计审查，5月开工，10月底前全部完工并组织交工验收。
三、保障措施
建立周调度制度，区公路管理站每周通报一次进度，对滞后项目进行约谈。
鹭桥区交通运输局
2025年3月10日
""",
    ),
    dict(
        slug="news-ganju-troupe-village-tour",
        site="赣西新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ganxinews.com.cn/wenhua/2025-05/14/content_6620981.htm",
        title="赣剧团“送戏下乡”首演走进磨石村",
        record_title="赣剧团“送戏下乡”首演走进磨石村-赣西新闻网",
        date="2025-05-14",
        record_date="2025-05-14",
        notes="news portal; byline 发布时间 as the date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>赣剧团“送戏下乡”首演走进磨石村-赣西新闻网</title>
<script>var _czc=_czc||[];</script><style>.ad{display:block}</style></head><body>
<div class="topbar">⟦m 赣西新闻网 · 权威发布 贴近百姓⟧　<a>⟦a 客户端下载⟧</a></div>
<ul class="menu"><li>⟦m 时政⟧</li><li>⟦m 文化⟧</li><li>⟦m 县区⟧</li><li>⟦m 视频⟧</li></ul>
<div class="crumb">⟦m 赣西新闻网 > 文化 > 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-14 08:32　来源：赣西日报　记者 易晓岚⟧</div>
<div class="share">⟦l 分享至：朋友圈 / 微博 / QQ空间⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tags">⟦l 关键词：赣剧 送戏下乡 磨石村⟧</div>
<div class="more"><h3>⟦l 相关新闻⟧</h3><p>⟦l 市采茶剧团新编剧目进校园⟧</p><p>⟦l 非遗展演周开幕⟧</p></div>
<div class="ad">⟦a 扫码下载赣西新闻客户端，看更多本地资讯⟧</div>
<div class="footer">⟦d 本网稿件未经授权不得转载⟧ ⟦m 赣ICP备08002671号 ｜ 新闻热线：0795-3268100⟧</div>
</body></html>
""",
        body="""
5月13日晚，县赣剧团2025年“送戏下乡”首场演出在磨石村文化广场举行，传统剧目《珍珠记》选段赢得村民阵阵掌声。
今年，县赣剧团计划送戏下乡120场，覆盖全县15个乡镇，剧目既有经典折子戏，也有反映乡村振兴的现代小戏。
⟦m 图为演员在磨石村演出。记者 易晓岚 摄⟧
剧团团长邬正柏介绍，今年还将在每个乡镇挑选一个村开设赣剧兴趣班，由青年演员每月上门授课两次。⟦m （责任编辑：冷颂）⟧
""",
    ),
    dict(
        slug="news-iron-flowers-safety-text",
        site="汾阳视点网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.fenyangsd.cn/shehui/20250208/201553.shtml",
        title="打铁花表演现场划定安全区 两千余名群众有序观看",
        date="2025-02-08",
        notes="news time line as the page date; title repeated glued to the first sentence",
        page="""
!m 汾阳视点网 | 社会
!m 视点首页 - 社会民生 - 正文
{T}
!m 2025年02月08日 10:14　汾阳视点网　作者：郜天明
!a A+ A- 　收藏 　转发
{T}{BODY}
!l 热点排行
!l 1 元宵灯会首日客流破三万
!l 2 城区部分路段交通管制公告
!d 版权所有 汾阳视点网 未经书面授权禁止转载
""",
        body="""
2月7日晚，枣林镇古戏台广场举行打铁花表演。为确保安全，镇里提前在表演区外划定半径20米的警戒区，并安排消防车一辆、安保人员40名现场值守。
表演艺人贾守信今年61岁，从艺40余年，他说，打铁花最要紧的是场地开阔、观众站远，“安全了大家才能看得开心”。
当晚演出持续约半小时，两千余名群众有序观看，未发生安全事故。
""",
    ),
    dict(
        slug="forum-softball-club-post-junk",
        site="东坪论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.dongping365.com/thread-884120-1-1.html",
        title="关于柔力球队春季集中训练的通知",
        record_title="[球队公告] 关于柔力球队春季集中训练的通知 - 健身天地 - 东坪论坛",
        date="2025-03-06",
        notes="forum post with junk lines and junk glued after sentences; post time differs from the document date",
        page="""
!m 东坪论坛 › 健身天地 › 帖子详情
!t [球队公告] 关于柔力球队春季集中训练的通知 - 健身天地 - 东坪论坛
!m 查看: 1380 | 回复: 27
!m 楼主 夕照红枫 发表于 2025-03-07 07:55
{BODY}
!l 回复 支持(12) 反对(0) 
!m 2# 老周的球拍 | 报名！我们小区去四个人
!a 登录 后才可以回帖，没有账号？立即注册
!m Powered by Discuz!　© 东坪论坛
""",
        date_also=["2025-03-07"],
        junk=dict(lines=1, glued=2),
        body="""
各位队员：
经队委会研究，春季集中训练定于3月10日起每周一、三、五上午8时在滨河公园东广场进行，为期四周。
训练内容以规定套路复习为主，兼顾新动作教学。请队员自带球拍和水杯，穿平底运动鞋。
年满70周岁的队员请家属陪同，身体不适者请提前向队长请假。
东坪社区柔力球队
2025年3月6日
""",
    ),
    dict(
        slug="forum-elm-nursery-discuz-html",
        site="苗木人论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.miaomuren.net/forum.php?mod=viewthread&tid=230917",
        title="致全县榆树苗圃经营户的倡议书",
        record_title=None,
        date="2024-11-20",
        notes="Discuz-like page with jammer fonts; title missing from the record, found on the page",
        page="""
<html><head><meta charset="utf-8"><title>致全县榆树苗圃经营户的倡议书 - 苗木交流 - 苗木人论坛</title>
<script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 苗木人论坛 — 苗木信息交流第一站⟧ <a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 论坛 › 苗木交流 › 查看内容⟧</div>
<div class="ts"><h1>{T}</h1></div>
<div class="authi">⟦m 青榆苗圃老贺 发表于 2024-11-21 21:03 | 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 本人专营榆树、白蜡小苗，电话请站内信⟧</div>
<div class="pob">⟦a 回复 ｜ 评分 ｜ 举报⟧</div>
<div class="rel">⟦l 推荐主题：今年金叶榆行情怎么样？⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦d 本站言论仅代表发帖人观点⟧</div>
</body></html>
""",
        date_also=["2024-11-21"],
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=1),
        body="""
各苗圃经营户：
近年来我县榆树苗木种植面积快速增长，但部分苗圃存在跨区调运不检疫、低价倾销等问题，影响了行业声誉。为此，我们倡议：
一、自觉办理苗木产地检疫，调运时随车携带检疫证书。
二、诚信经营，不以次充好，不恶意压价。
三、发现榆紫叶甲等病虫害及时报告林业部门，共同做好防控。
县苗木花卉协会
2024年11月20日
""",
    ),
    dict(
        slug="blog-toon-grower-notes",
        site="椿园笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://chunyuan.blog.cn/post/2025/04/toon-sprouts",
        title="种了三年香椿，说说矮化密植的几点体会",
        record_title="种了三年香椿，说说矮化密植的几点体会 | 椿园笔记",
        date="2025-04-03",
        notes="blog with bracketed post time as the page date; tag line and comment box after",
        page="""
!m 椿园笔记 —— 一个种树人的流水账
!m 首页 · 归档 · 关于我
{T}
!m [2025-04-03 21:40]  分类：田间手记  阅读(612)  评论(9)
{BODY}
!l 标签：香椿 矮化密植 大棚
!l « 上一篇：春天第一茬芽怎么卖　　下一篇：棚里温度控制的教训 »
!l 发表评论（请文明留言）
!d 本博客文字均为原创，转载请注明出处。
""",
        indent="\u3000\u3000",
        body="""
我家的香椿园是2022年春天栽下的，三亩地，采用矮化密植，每亩两千株左右。
第一点体会是定干要早。苗高五十厘米时就要打顶，促发侧枝，不然第二年芽头少，还长得高，采摘费劲。
第二点是冬季扣棚的时间。我试过十一月中旬和十二月初两个时间，后者芽的颜色更红，口感也嫩。
第三点是采芽要留底。每次采摘都留一两片小叶，树势恢复快，下一茬出得也齐。
""",
    ),
]
