"""holdout286, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-mogeng-insight-yinhe-lacquer-class",
        site="墨耕范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://www.mogengfw.com/xinde/peixun/2024/1107/58213.html",
        title="参加印盒髹漆技艺研习班心得体会",
        record_title="【研习心得】参加印盒髹漆技艺研习班心得体会（三篇精选之一）_墨耕范文苑",
        date=None,
        notes="gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "a ghost-writer QQ glued after a sentence, a member-copy line between paragraphs; no date",
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【研习心得】参加印盒髹漆技艺研习班心得体会（三篇精选之一）_墨耕范文苑</title>
<meta name="keywords" content="印盒,髹漆,研习班,心得体会">
<script language="javascript" src="/js/ad_head.js"></script>
<style type="text/css">td{font-size:12px;line-height:22px}.hot a{color:#333}</style>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><a href="/">⟦m 墨耕范文苑⟧</a></td><td>⟦m 笔耕十六年 · 只做原创范文⟧</td><td align="right">⟦a <a href="#">设为首页</a> | <a href="#">收藏本站</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr><td bgcolor="#8B1A1A">⟦m <a href="/">首 页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得体会</a> | <a href="/fangan/">计划方案</a> | <a href="/gongwen/">公文写作</a>⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦d 墨耕范文苑提醒：范文仅作写作思路参考，照搬上交后果自负，欢迎网友来稿交流。⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="crumb">⟦m 您的位置：墨耕范文苑 &gt;&gt; 心得体会 &gt;&gt; 培训学习心得⟧</div>
<table width="100%"><tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center">⟦m 整理：墨耕小编　　来源：网友投稿　　人气：2461⟧</td></tr>
<tr><td align="center">⟦a 〖调字号：加大 · 复原 · 减小〗⟧　⟦a 〖打印此页〗〖关闭窗口〗⟧</td></tr></table>
<div id="artbody">
{BODY}
</div>
<table width="100%"><tr><td>⟦l 上一篇：木雕技艺传习所学员结业心得⟧</td></tr><tr><td>⟦l 下一篇：参加非遗保护专题培训个人体会⟧</td></tr></table>
</td>
<td width="250" valign="top" class="hot">
<table width="100%"><tr><td bgcolor="#EEE">⟦l 本周热读榜⟧</td></tr>
<tr><td>⟦l · 文化馆馆长年度述职报告⟧</td></tr>
<tr><td>⟦l · 非遗进校园活动总结（三篇）⟧</td></tr>
<tr><td>⟦l · 传统工艺工作站建设方案⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:6px;top:220px">⟦w 材料代写 原创首发 请加站长QQ：2750431986⟧</div>
<table width="960" align="center"><tr><td align="center">⟦m 您是本站第 0086512 位访客⟧</td></tr>
<tr><td align="center">⟦m Copyright 2008-2024 墨耕范文苑 mogengfw.com　湘ICP备09031728号⟧</td></tr></table>
<script language="javascript" src="/js/count.js"></script>
</body></html>
""",
        body="""
今年九月，单位推荐我参加了鄎川县文化馆举办的印盒髹漆技艺研习班。十二天里，我跟着传承人从选料、打磨、刮灰一直学到上漆、推光，亲手做成了一只巴掌大的朱漆印盒，收获远比预想的多。
一是体会到慢工出细活。一只印盒前后要上七遍漆，每一遍都要放进荫房等它干透，心急了漆面就会起皱。⟦w 代写心得体会 不雷同不撞稿 QQ：2750431986⟧
二是体会到规矩就是标准。老师傅要求盒盖和盒身严丝合缝，合上时要能听到一声轻响，差半毫米都得返工。我们平时写材料、办事情，也应当有这样较真的标准意识。
⟦a 全文复制为会员功能，开通后可一键复制本篇⟧
三是体会到传承离不开年轻人。班上十四名学员，三十五岁以下的只有四个。老手艺要活下去，既要有人学，也要让做出来的印盒有人用、有人买。
研习班结束了，那只印盒被我摆在了办公桌上。每次盖章前打开它，都会想起荫房里那股漆香，提醒自己把手头的每件事做细做实。
""",
    ),
    dict(
        slug="fanwen-biyanzhai-speech-bamboo-deckchair",
        site="笔砚斋范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.biyanzhai.net/jianghua/chanye/20240702/41877.html",
        title="在全县竹躺椅产业发展推进会上的讲话",
        record_title=None,
        date="2024-06-14",
        date_also=["2024-07-02"],
        notes="no title in the record: the page's title line; date under the speech title, the page's posting date also "
        "accepted; speaker line neutral; ghost-writer WeChat glued after a sentence, a fold line between paragraphs",
        page="""
!m 笔砚斋范文网　www.biyanzhai.net
!m 位置：首页 ＞ 领导讲话 ＞ 产业发展讲话
{T}
!m 发布：2024-07-02　　热度：1044℃　　栏目编辑：砚池
!a ［收藏本文］［纯文本打印］［换一篇看看］
（2024年6月14日）
鄝阳县人民政府副县长　郗明远
{BODY}
!a 本篇讲话共1680字，登录后免费领取Word原稿
!l 相关讲话：
!l 在全县特色产业招商推介会上的致辞
!l 在竹木加工企业座谈会上的讲话提纲
!d 笔砚斋所刊讲话均为写作示例，不代表任何单位和个人的真实意见。
!m 笔砚斋范文网 版权所有　鲁ICP备16044270号-3
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开全县竹躺椅产业发展推进会，主要是总结上半年产业发展情况，研究解决企业反映的突出问题，部署下一阶段重点工作。刚才，三家企业作了交流发言，讲得很实在。下面，我讲三点意见。⟦w 找稿不如找人，写手微信：biyan_xz66⟧
一、正视差距，增强做大产业的紧迫感。我县竹躺椅年产量已超过四十万把，产品销往二十多个省份，但“小、散、低”的问题仍然突出，全县六十七家企业中，年销售额超过一千万元的只有五家。
⟦a ▼ 以下内容会员可见，点此开通 ＞＞⟧
二、抓住关键，推动产业提质升级。一要统一标准，县市场监管局牵头，年内出台竹躺椅承重、防霉等技术规范；二要培育品牌，支持企业共同使用“鄝阳竹椅”区域公用品牌；三要拓展渠道，在县城南工业园建设电商直播基地，帮助中小企业开网店、接订单。
三、压实责任，确保各项任务落地见效。各乡镇、各部门要按照分工抓好落实，县产业发展办每季度通报一次进展情况。
同志们，一把躺椅连着千家万户的生计。希望大家撸起袖子加油干，把这个传统产业做成富民强县的大产业！
""",
    ),
    dict(
        slug="wenku-zhiyuan-survey-frame-industry-marker-paras",
        site="知渊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyuanwenku.com/view/9c41e7a20b.html",
        title="关于鄍山县镜框产业发展情况的调研报告",
        record_title="〖调研精编〗关于鄍山县镜框产业发展情况的调研报告（二稿）- 知渊文库",
        date="2024-08-20",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ☚ n ☛ between the halves of cut paragraphs, "
        "download-voucher line, monthly-card lock; a data table one row a paragraph; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖调研精编〗关于鄍山县镜框产业发展情况的调研报告（二稿）- 知渊文库</title>
<script src="https://static.zhiyuanwenku.com/js/reader.min.js"></script>
<link rel="stylesheet" href="/css/reader.css">
</head><body>
<header class="zy-top"><a class="logo" href="/">⟦m 知渊文库⟧</a><span class="slogan">⟦m 汇聚行业好文档⟧</span><a href="/login">⟦a 登录 · 免费注册知渊账号⟧</a><a href="/vip">⟦a 开通月卡⟧</a></header>
<nav class="crumb">⟦m 知渊文库 › 行业研究 › 调研报告 › 县域经济⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：鄍山老周　上传日期：2024-09-03　共4页　2.1万次阅读⟧</p>
<div class="toolbar">⟦a 放大 缩小 适合宽度 全屏阅读⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 剩余2页被折叠，开通月卡即可展开全部⟧</div>
<div class="down">⟦a 下载本文档需消耗 6 张下载券⟧ <button>⟦a 立即下载⟧</button></div>
<aside class="rel"><h3>⟦l 猜你想看⟧</h3><ul>
<li>⟦l 家具产业集群发展调研报告⟧</li><li>⟦l 关于工艺品出口企业用工情况的调查⟧</li><li>⟦l 县域特色产业转型升级的思考⟧</li></ul></aside>
<footer><p>⟦d 知渊文库文档均由用户上传，如涉嫌侵权请通过“版权申诉”通道提交，我们会在核实后下架。⟧</p><p>⟦m 浙ICP备18077316号　知渊文库 zhiyuanwenku.com⟧</p></footer>
<script>reader.init({id:"9c41e7a20b",pages:4});</script>
</body></html>
""",
        p_html='<p class="reader-line">{}</p>',
        pages=dict(fmt="☚ {n} ☛", every=120, start=2),
        body="""
为摸清我县镜框产业发展现状，今年7月，县政协经济委员会组织调研组，走访了郲坪镇、城关镇等地的31家镜框生产企业和加工户，召开座谈会3次。现将调研情况报告如下。
一、基本情况
全县现有镜框生产经营主体214家，从业人员约3800人，2023年产值6.2亿元。主要产品情况如下：
产品类别　企业数（家）　产值（亿元）
实木镜框　58　2.7
PS发泡镜框　121　2.4
金属镜框　35　1.1
二、存在的问题
一是同质化竞争激烈，多数企业以来样代工为主，缺少自主设计；二是环保压力加大，部分喷漆工序仍在简易工棚内完成；三是用工难，熟练的拼角、装裱工人平均年龄超过四十八岁。
三、对策建议
建议县里设立镜框设计研发中心，引导企业集中建设喷涂车间，并联合县职业中专开设装裱实训课程，逐步培养本地技术工人。
鄍山县政协经济委员会
2024年8月20日
""",
    ),
    dict(
        slug="wenku-shutian-plan-tea-scoop-workshops-wrapped-glued-markers",
        site="书田文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://m.shutianwenku.cn/d/20240511/77302918.html",
        title="郹溪县竹木茶则加工作坊安全生产专项整治方案",
        record_title="郹溪县竹木茶则加工作坊安全生产专项整治方案.docx",
        date="2024-04-09",
        notes="file-name record title; 64-column hard wrap cut by ⊑n⊒ markers glued to the continuation line; "
        "upload stamp is no date; 成文日期 under the signature",
        page="""
!m 书田文库 · 文档在线预览
!m 分类：行业资料 › 安全生产 › 专项整治
{T}
!m 页数：5页　格式：DOCX　贡献者：竹林听风　上传于2024-05-11
!a 本文档下载需 8 个下载券，书田月卡用户免券下载
{BODY}
!a 余下 3 页暂不显示 · 开通月卡后全文可读
!l 同类文档：木制品加工企业粉尘防爆整改方案　竹制品作坊消防安全检查表
!d 本文档由用户自行上传，书田文库只提供存储与展示，若有侵权请走举报流程。
!m 书田文库 © 2015-2024　沪ICP备15039826号
""",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="⊑{n}⊒", every=130, start=2, glue=True),
        body="""
为有效防范竹木茶则加工作坊粉尘、火灾和机械伤害事故，根据县安委会统一部署，结合我县实际，制定本方案。
一、整治范围
全县从事竹木茶则切料、雕刻、打磨、上蜡的作坊和小微企业，重点是郠田镇、鄈岭乡的家庭作坊。
二、整治重点
（一）粉尘防控。打磨工位必须配备吸尘装置，每班清扫积尘，严禁用压缩空气吹扫木粉和竹屑。
（二）用火用电。作坊内不得私拉乱接电线，烘干箱要有专人看管，下班前必须切断电源。
（三）设备防护。带锯、雕刻机的防护罩不得拆除，操作人员要经培训合格后上岗。
三、时间安排
4月15日至5月15日为自查整改阶段，5月16日至6月30日为检查验收阶段。
四、工作要求
各乡镇要建立作坊台账，逐户签订安全承诺书，对拒不整改的依法依规处理。
郹溪县应急管理局
2024年4月9日
""",
    ),
    dict(
        slug="gov-zanhu-notice-trunk-spot-check-attachments",
        site="酂湖市人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zanhu.gov.cn/zwgk/tzgg/202403/t20240328_1184520.html",
        title="关于开展旅行衣箱产品质量监督抽查的通知",
        record_title="关于开展旅行衣箱产品质量监督抽查的通知_通知公告_酂湖市人民政府门户网站",
        date="2024-03-26",
        date_also=["2024-03-28"],
        notes="county portal: 关怀模式/无障碍 links, 索引号 table with the 文号 cell unmarked, 纠错 line; the notice's own "
        "联系人/电话 beside the portal's maintenance line; 附件 list; 成文日期 differs from the page date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展旅行衣箱产品质量监督抽查的通知_通知公告_酂湖市人民政府门户网站</title>
<meta name="ArticleTitle" content="关于开展旅行衣箱产品质量监督抽查的通知">
<meta name="PubDate" content="2024-03-28 15:40">
<script src="/js/jquery.min.js"></script><script src="/js/aria-tools.js"></script>
</head><body>
<div class="topbar">⟦a <a href="#">关怀模式</a> <a href="#">无障碍浏览</a> <a href="#">English</a>⟧　⟦a <a href="/login">个人登录</a> <a href="/login?t=fr">法人登录</a>⟧</div>
<div class="banner"><span>⟦m 酂湖市人民政府⟧</span><form>⟦a 站内检索⟧<input type="text"></form></div>
<ul class="nav">⟦m <li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进酂湖</li>⟧</ul>
<div class="pos">⟦m 当前所在：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索 引 号：11430900MB1C72845K/2024-00317⟧</td><td>⟦m 主题分类：质量监督⟧</td></tr>
<tr><td>⟦m 发布机构：酂湖市市场监督管理局⟧</td><td>⟦m 发布日期：2024-03-28⟧</td></tr>
<tr><td>文　　号：酂市监函〔2024〕29号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="title"><h2>{T}</h2></div>
<div class="info">⟦m 来源：市场监督管理局　浏览量：1378⟧　⟦a 字号：[ 大 中 小 ]⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：旅行衣箱产品质量监督抽查实施细则.pdf⟧<br>⟦a 附件下载：抽样单（样式）.docx⟧</div>
<div class="tools">⟦a 【打印本页】【关闭窗口】【分享至微信】⟧</div>
<div class="related">⟦l 与本文相关的信息：⟧<ul><li>⟦l 市市场监管局2023年产品质量抽查结果公示⟧</li><li>⟦l 关于开展儿童用品质量安全守护行动的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：酂湖市人民政府办公室　承办：酂湖市大数据中心⟧</p>
<p>⟦w 页面内容有误或链接失效，请拨打网站运维电话：0736-8520001⟧</p>
<p>⟦m 网站标识码：4309000017　湘ICP备05008761号　湘公网安备43090202000315号⟧</p>
</div>
</body></html>
""",
        body="""
各区县市场监督管理局，有关生产企业：
为提升我市旅行衣箱产品质量，保障消费者出行安全，市局决定于今年4月至6月开展旅行衣箱产品质量监督抽查。现将有关事项通知如下：
一、抽查范围。本市生产、销售的拉杆衣箱、软面衣箱和儿童衣箱，重点是郔川区箱包产业园内企业和各大商场、电商平台店铺。
二、检验项目。包括拉杆耐疲劳、走轮耐磨、锁具开合、箱体抗冲击等九项指标，由市产品质量检验所承检。
三、有关要求。被抽查企业应当如实提供样品和资料，不得拒绝或者变相拒绝抽查；对抽查不合格的，各区县局要督促企业限期整改。
联系人：骆文清　电话：0736-8521407
附件：1.旅行衣箱产品质量监督抽查实施细则
2.抽样单（样式）
酂湖市市场监督管理局
2024年3月26日
""",
    ),
    dict(
        slug="gov-liaoyang-bulletin-park-deckchairs-wrapped-cc",
        site="鄝阳县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.liaoyangxian.gov.cn/zwgk/bmwj/cgj/202406/t20240625_88412.html",
        title="关于城区公园躺椅安全隐患排查整治情况的通报",
        date="2024-06-24",
        date_also=["2024-06-25"],
        notes="record title as is; 70-column hard wrap; document number line neutral; 抄送 and 印发 lines kept; "
        "成文日期 differs from the page's date",
        page="""
!m 鄝阳县人民政府网
!m 首页 ＞ 政务公开 ＞ 部门文件 ＞ 县城市管理局
{T}
!m 发布日期：2024-06-25　　来源：县城市管理局　　阅读次数：611
!a 【大字】【中字】【小字】　【打印】　【关闭】
鄝城管通〔2024〕17号
{BODY}
!l 上一条：关于做好汛期城区排水设施巡查的通知
!l 下一条：县城市管理局2024年上半年工作总结
!m 鄝阳县人民政府办公室主办　县融媒体中心技术维护
!w 政务服务便民热线：12345　网站问题反馈：lyxzfw@liaoyangxian.gov.cn
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
各镇人民政府，县直有关单位：
今年5月，县城市管理局对城区7个公园、23处游园的公共躺椅开展了安全隐患排查。现将有关情况通报如下。
一、排查情况。共排查各类躺椅412把，发现问题躺椅63把，其中木条腐朽断裂29把，螺栓松动脱落21把，椅面开裂、毛刺13把。
二、整改情况。截至6月20日，已完成维修更换58把，其余5把因需定制配件，已设置警示标识，计划7月10日前完成整改。
三、存在问题。个别公园管理单位巡查不到位，部分躺椅的问题经群众投诉后才被发现；新安装的躺椅未按要求做防腐处理。
四、下步要求。各管理单位要建立躺椅巡查台账，每周至少巡查一次，发现问题及时处置，确保游园群众安全。
鄝阳县城市管理局
2024年6月24日
抄送：县人民政府办公室，县住房和城乡建设局。
鄝阳县城市管理局办公室　　2024年6月24日印发
""",
    ),
    dict(
        slug="news-xichuan-yinhe-workshop-app-prompt-caption",
        site="鄎川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xichuannews.cn/bendi/2024-11/05/content_302917.html",
        title="郙口镇老漆匠带出印盒“新生意”",
        record_title="郙口镇老漆匠带出印盒“新生意” - 乡村振兴 - 鄎川新闻网",
        record_date="2024-11-05",
        date="2024-11-05",
        notes="county news portal: app prompt glued before the lead, listen button, photo caption between paragraphs, "
        "ad slot, 24-hour list; record date",
        page="""
<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>郙口镇老漆匠带出印盒“新生意” - 乡村振兴 - 鄎川新闻网</title>
<script async src="https://ad.xichuannews.cn/slot.js"></script>
</head><body>
<header><div class="logo">⟦m 鄎川新闻网⟧</div><div class="sub">⟦m 鄎川县融媒体中心主办⟧</div>
<nav>⟦m <a>首页</a> <a>时政</a> <a>乡村振兴</a> <a>民生</a> <a>视听</a> <a>专题</a>⟧</nav></header>
<main><article>
<div class="crumb">⟦m 鄎川新闻网 ＞ 乡村振兴 ＞ 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-11-05 10:22　来源：鄎川县融媒体中心　作者：郁晓岚⟧</div>
<div class="listen">⟦a ▶ 收听本文（约2分钟）⟧</div>
<div class="content">
{BODY}
</div>
<div class="editor">⟦m 责任编辑：韦思棠　审核：卢恪⟧</div>
<div class="share">⟦l 分享到：微信 朋友圈 QQ空间 微博⟧</div>
</article>
<div class="adslot">⟦a 广告　鄎川农商银行·乡村振兴贷 最快当天放款⟧</div>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 鄎川县今冬首场寒潮来袭 多部门联动保供⟧</li>
<li>⟦l 郠田镇千亩油茶进入采摘季⟧</li>
<li>⟦l 县人民医院新院区门诊楼封顶⟧</li></ol></aside></main>
<footer><p>⟦d 凡本网注明“来源：鄎川县融媒体中心”的作品，未经授权不得转载、摘编。⟧</p>
<p>⟦m 新闻热线：0739-5201166　违法和不良信息举报：0739-5201177⟧</p>
<p>⟦m 湘ICP备12005531号-1⟧</p></footer>
</body></html>
""",
        body="""
⟦a 下载“鄎川发布”客户端，看更多家乡新闻⟧本报讯（记者 郁晓岚）走进郙口镇郬家湾村，一股淡淡的漆香从村口的老作坊里飘出来。六十八岁的漆匠郗守业正带着三个徒弟给一批印盒上漆，这批货是省城一家文创公司上个月订下的。
⟦m 图为郗守业（右）指导徒弟给印盒上漆。通讯员 应鸣 摄⟧
“以前漆器没人要，现在年轻人喜欢盖章打卡，印盒反倒成了抢手货。”郗守业说。今年以来，作坊已接到订单一千二百多只，产值约三十万元。
镇里看中了这门老手艺，把闲置的村小学改成印盒工坊，请郗守业每周授课两次，目前已有十一名村民学会了刮灰、上漆等工序。
下一步，郙口镇计划注册集体商标，把印盒和本地的竹刻、拓印结合起来，开发成游客伴手礼。
""",
    ),
    dict(
        slug="news-zanhu-daily-frames-old-photos-volunteers",
        site="酂湖日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zanhudaily.com/minsheng/20240812/c120944.html",
        title="郔川区志愿者为独居老人免费装裱老照片",
        record_title="［暖心·民生］郔川区志愿者为独居老人免费装裱老照片 - 酂湖日报网",
        record_date="2024-08-12",
        date="2024-08-12",
        notes="news page as text: column tag glued before the lead, editor line glued after the last sentence, "
        "a photo caption between paragraphs, share row and 24-hour list; record date",
        page="""
!m 酂湖日报网 | 酂湖日报社主办
!m 首页 / 民生 / 正文
{T}
!m 2024-08-12 08:35　来源：酂湖日报　记者 梁雨桐 通讯员 黎昀
!a 字号 A+ A-　　收藏　　分享
{BODY}
!l 分享到：微信好友 | 朋友圈 | 微博
!l 24小时热读
!l 郔川区新增三处口袋公园
!l 暑期托管班开到社区家门口
!d 本网原创稿件，转载请注明出处。
!m 酂湖日报网 湘ICP备10032215号　新闻热线 0736-8809110
""",
        indent="\u3000\u3000",
        body="""
⟦m 【民生关注】⟧8月10日，郔川区鄇园社区活动室里格外热闹，二十多名志愿者把老人们珍藏的黑白照片一张张扫描、修复，再装进新镜框里。
“这张是我和老伴的结婚照，边角都卷了，没想到还能这么清楚。”八十二岁的独居老人邝桂英捧着镜框，看了又看。
⟦m 图：志愿者为老人挑选镜框。记者 梁雨桐 摄⟧
这项活动由区文明办和区摄影家协会联合发起，志愿者自带扫描仪和修图软件，镜框由辖区一家装裱店捐赠。活动开展一个月来，已走进9个社区，为136户独居和空巢老人装裱照片214张。
区文明办负责人表示，下一步将把活动延伸到各镇，让更多老人的珍贵记忆“重见光彩”。⟦m （责任编辑：秦立舟）⟧
""",
    ),
    dict(
        slug="forum-mingyou-tea-scoop-diy-thread-jammer",
        site="茗友茶话坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.mingyouchahua.com/thread-208815-1-1.html",
        title="自己动手削了一把竹茶则，分享一下过程",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; Discuz page with jammer-font junk inside the post, rating row, "
        "signature, replies; relative post time is no date; numbered steps kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>茗友茶话坛 - 手作茶器 - Powered by Discuz!</title>
<script src="static/js/common.js?Kq8"></script>
<style>.jammer{font-size:0;color:#fff}</style>
</head><body>
<div id="toptb">⟦a <a>登录</a> <a>注册茶友</a> <a>找回密码</a>⟧</div>
<div id="hd">⟦m 茗友茶话坛⟧　⟦m 以茶会友 · 以器养心⟧</div>
<div id="pt">⟦m 茗友茶话坛 › 茶器天地 › 手作茶器 › 查看帖子⟧</div>
<div class="ts"><h1 id="thread_subject">{T}</h1>⟦l [复制本帖地址]⟧</div>
<div class="hm">⟦m 查看: 1902 | 回复: 27⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 竹间煮雪⟧<br>⟦m 积分 2207　茶龄 6 年⟧</td>
<td class="plc">
<div class="authi">⟦m 竹间煮雪 发表于 3 天前 | 只看楼主 | 电梯直达⟧</div>
<div class="t_fsz" id="postmessage_3318021">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 5　茶叶 +12　收起 理由⟧</div>
<div class="sign">⟦m 签名：一器一茶一世界，竹间煮雪在此恭候⟧</div>
<div class="po">⟦a 回复 支持 收藏 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 松风阁主 发表于 前天 22:10⟧<br>⟦l 手艺不错，楠竹的纹理很漂亮，求出一把！⟧</div>
<div class="reply">⟦l 3# 清溪老柴 发表于 昨天 09:47⟧<br>⟦l 打磨那步用的几号砂纸？⟧</div>
<div id="f_pst">⟦a 登录后才能参与回帖，还没有账号？立即注册⟧</div>
<div id="ft">⟦m Archiver | 手机版 | 小黑屋 | 茗友茶话坛⟧　⟦m 浙ICP备17052264号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前阵子收拾院子，翻出一截放了三年的老楠竹，干得透透的，就想着削一把茶则自己用。断断续续做了一个星期，把过程记下来，给想动手的茶友参考。
1.取料。选竹节下面一段，锯成长约十六厘米的竹片，宽度留三厘米左右。
2.开槽。用弯刀顺着竹纹把内侧挖出弧度，一次不要挖太深，宁可多修几遍。
3.修形。头部修成微微上翘的舌形，方便把茶叶拨进盖碗；尾部留一个竹节当手柄。
4.打磨。砂纸从240目一路换到1500目，最后用核桃油擦两遍，放阴凉处晾三天。
做好以后试了一下，一则刚好装三克左右的岩茶，拿在手里很轻。竹茶则不怕磕，就是要防潮，用完擦干别泡水。
""",
    ),
    dict(
        slug="forum-shouzuo-canvas-deckchair-recover-junk",
        site="拾木手作论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.shimushouzuo.net/forum.php?mod=viewthread&tid=44719",
        title="老帆布躺椅换布记",
        record_title="[修旧利废] 老帆布躺椅换布记（附换布尺寸图） - 旧家具翻新 - 拾木手作论坛",
        date=None,
        notes="forum thread as text: junk lines and junk glued after sentences; board and forum suffix and a poster's "
        "aside in the title; '昨天' post time is no date; replies below",
        page="""
!m 拾木手作论坛 - 手艺人的家
!m 论坛 › 木作区 › 旧家具翻新 › 查看内容
!t [修旧利废] 老帆布躺椅换布记（附换布尺寸图）
!m 楼主：老榆木疙瘩　发表于 昨天 21:40　|　查看 766　回复 14
!a 只看该作者　倒序浏览　打印帖子
{BODY}
!m 本帖最后由 老榆木疙瘩 于 昨天 22:05 编辑
!a 支持(8)　反对(0)　回复　举报
!l 沙发　小木匠阿楚：这椅子的木头成色真好，我家也有一把，明天也去买布
!l 板凳　晒太阳的猫：钉子用不锈钢的对吧？普通铁钉过一个夏天就锈了
!a 游客请先登录再参与回帖　〔登录〕〔注册〕
!m Powered by Discuz! X3.4　拾木手作论坛　苏ICP备19061548号
""",
        junk=dict(lines=2, glued=3),
        body="""
家里有把老帆布躺椅，是我爸八十年代在单位分的，木架子还结实，就是帆布早就糟了，一坐一个洞。上周末终于动手给它换了块新布。
先把旧布拆下来量尺寸。原来的布宽四十二厘米，两头各包进横档里。我在布料店买了一米二的加厚帆布，花了三十五块钱。
布的两头先对折缝一道，再在横档上涂一层白乳胶，把布包上去，用小钉子每隔五厘米钉一颗。钉的时候要把布拉紧，不然坐下去会兜成一个坑。
最后用砂纸把木架子磨了一遍，刷了两道清漆。晾了一天，坐上去稳稳当当，老爷子说比原来的还舒服。
""",
    ),
]
