"""holdout322, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="mohong-speech-chair-cushion-donation-oldtable",
        site="墨泓范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mohongfw.com/jianghua/jiaoyu/2025/1215/8812.html",
        title="在珖川县中小学校椅垫捐赠仪式上的讲话",
        record_title="〖致辞集萃〗在珖川县中小学校椅垫捐赠仪式上的讲话（稿件可改）_墨泓范文网",
        date="2025-12-09",
        date_also=["2025-12-15"],
        notes="old table layout: marquee, font-size row, ghost-writer float, hot list, visitor counter; "
        "speaker and date under the title neutral; a ghost-writer prompt glued after a sentence; "
        "the page's posting date differs from the speech date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〖致辞集萃〗在珖川县中小学校椅垫捐赠仪式上的讲话（稿件可改）_墨泓范文网</title>
<meta name="keywords" content="椅垫,捐赠仪式,讲话稿">
<link href="/css/mh2008.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_kefu.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/mh_logo.gif" width="280" height="60"></td>
<td align="right">⟦m 墨泓范文网　笔下有墨·稿中有泓⟧　<a href="#" onclick="sethome()">⟦a 把墨泓设为主页⟧</a>　<a href="#" onclick="addfav()">⟦a 收藏墨泓不迷路⟧</a></td></tr>
<tr><td colspan="2" class="navbg"><a href="/">⟦m 网站首页⟧</a>　<a href="/jianghua/">⟦m 讲话致辞⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/fangan/">⟦m 计划方案⟧</a>　<a href="/xinde/">⟦m 心得感悟⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨泓快讯：冬季校园安全、岁末慰问类讲话已上新三百余篇，老会员续费享七折⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%" class="weizhi"><tr><td>⟦m 您的位置：<a href="/">墨泓范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 教育讲话 &gt;&gt; 正文⟧</td></tr></table>
<table width="100%" class="wz"><tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 发布时间：2025-12-15　　文章来源：会员投稿　　编辑：墨泓小泓⟧</td></tr>
<tr><td align="center" class="zihao">⟦a 字号［大］［中］［小］　底色［护眼］［默认］⟧</td></tr>
<tr><td class="content">
<p align="center">珖川县教育局局长　蔺晓川</p>
<p align="center">（2025年12月9日）</p>
{BODY}
</td></tr>
<tr><td class="down"><a href="/down.asp?id=8812">⟦a 本篇Word原稿下载（会员免费）⟧</a>　<a href="javascript:window.print()">⟦a 打印本篇⟧</a></td></tr>
<tr><td class="sxp">⟦l 上一篇：在全县冬季校园安全工作会议上的讲话⟧<br>⟦l 下一篇：爱心企业助学金发放仪式主持词⟧</td></tr>
</table>
</td>
<td width="250" valign="top" class="right">
<table width="100%"><tr><td class="rtitle">⟦l 墨泓本周热榜⟧</td></tr>
<tr><td>⟦l ·在冬衣捐赠仪式上的致辞（精选3篇）⟧</td></tr>
<tr><td>⟦l ·校长在爱心助学活动上的讲话稿⟧</td></tr>
<tr><td>⟦l ·慈善总会年度工作汇报材料⟧</td></tr>
</table>
<div id="kefu_float">⟦w 稿件定制请Q：3306618852（工作日9:00-22:00）⟧</div>
</td></tr></table>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 墨泓范文网所载文章多为网友投稿，仅供写作借鉴，请勿原文照搬用于正式场合⟧</td></tr>
<tr><td align="center">⟦m 本文已被浏览 20817 人次　今日访客 1306⟧</td></tr>
<tr><td align="center">⟦m Copyright 2008-2025 墨泓范文网 www.mohongfw.com 湘ICP备09031127号⟧</td></tr>
</table>
<script language="javascript">var cnt_mh = 8812;</script>
</body></html>
""",
        body="""
同志们、老师们、同学们：
今天，我们在珖川县第二实验小学举行全县中小学校椅垫捐赠仪式。首先，我代表县教育局，向捐赠椅垫的县慈善总会和瑒溪纺织有限公司表示衷心感谢！
今年入冬以来，我县气温偏低，不少乡村学校的教室还没有取暖设施，孩子们坐在冰凉的木凳上上课，一节课下来手脚冰凉。县慈善总会得知情况后，联合爱心企业筹集资金18.6万元，为全县27所乡村学校的9300名学生每人配备了一个加厚椅垫。⟦w 代笔讲话稿件，当天交稿不雷同，微信mohong_xz⟧
椅垫虽小，暖的是孩子们的心。各学校要做好椅垫的登记和发放，在每个椅垫背面写上班级和姓名，定期组织清洗晾晒，保持干净卫生。
希望同学们珍惜这份爱心，好好学习，将来用自己的行动回报社会。
谢谢大家！
""",
    ),
    dict(
        slug="qiwen-contract-egg-tray-template",
        site="契文范文坊 (invented)",
        style="范文站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.qiwenfang.cn/hetong/caigou/30477.html",
        title="纸浆蛋托采购合同（范本）",
        record_title="【包装采购合同】纸浆蛋托采购合同（范本）（双方盖章版）_契文范文坊",
        date=None,
        notes="a contract template with 第N条, ×× placeholders and ＿＿年＿＿月＿＿日 blanks: no date; "
        "'updated 2 days ago' is no date; a copy-this-clause button glued after a clause",
        page="""
!m 契文范文坊 · 合同协议频道
!m 所在栏目：首页 ＞ 合同范本 ＞ 采购合同 ＞ 农副产品包装
{T}
!m 整理：契文编辑组　　更新于：2天前　　已有 3184 人参考
!a 〖复制全文〗〖存为Word〗〖打印此页〗
{BODY}
!a 本范本共3页，余下条款开通契文会员即可完整查看与下载
!l 同类范本：
!l ▸ 塑料蛋托定制加工合同
!l ▸ 禽蛋购销合同（农户版）
!d 本站合同范本仅供参考，签订前请咨询专业律师，因套用范本产生的纠纷本站概不负责。
!m 契文范文坊 qiwenfang.cn　浙ICP备22037615号-3
""",
        indent="\u3000\u3000",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关规定，甲乙双方就纸浆蛋托采购事宜，经协商一致，订立本合同。
第一条　产品名称、规格及数量：30枚装纸浆蛋托，规格××毫米×××毫米，共计××万片。
第二条　质量要求：蛋托应干燥、无霉变、无异味，含水率不高于12%，每片承重不低于××千克。
第三条　交货时间及地点：乙方于＿＿年＿＿月＿＿日前将货物送至甲方指定仓库，运费由乙方承担。
第四条　价款及结算：单价为每片××元，合同总价××元。甲方验收合格后××日内付清货款。⟦a 〔复制本条〕⟧
第五条　违约责任：乙方逾期交货的，每逾期一日按合同总价的××%支付违约金；货物不合格的，甲方有权退货。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="wenyuan-wenku-survey-deodoriser-marker-paras",
        site="闻渊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.wenyuanwk.com/view/5528193.html",
        title="关于市售鞋柜除味盒质量状况的调研报告",
        record_title="关于市售鞋柜除味盒质量状况的调研报告（全文可看）- 闻渊文库",
        date="2025-07-18",
        notes="文库 reader: page-marker paragraphs cut paragraphs in two; viewer toolbar, paywall, upload stamp "
        "(no date); the date is the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于市售鞋柜除味盒质量状况的调研报告（全文可看）- 闻渊文库</title>
<link rel="stylesheet" href="/static/reader.v3.css">
<script src="/static/reader.min.js"></script>
</head><body>
<header class="wy-top"><a class="logo" href="/">⟦m 闻渊文库⟧</a><span class="slogan">⟦m 一份资料，万人受益⟧</span>
<form class="so"><input name="kw" placeholder="搜文档、找范文"><button>⟦a 搜一搜⟧</button></form><a href="/passport">⟦a 登录｜新用户注册⟧</a></header>
<nav class="crumb">⟦m 首页 › 行业资料 › 质量检测 › 消费调查⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<div class="meta">⟦m 上传者：wy_资料君　上传时间：2025-08-02　共5页　浏览量 1,906⟧</div>
<div class="score">⟦m 用户评分 4.6 分（37人评价）⟧</div></div>
<div class="toolbar"><a>⟦a 放大⟧</a> <a>⟦a 缩小⟧</a> <a>⟦a 全屏阅读⟧</a> <a>⟦a 加入书架⟧</a></div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 试看已到尽头，本文剩余2页开通「渊卡」后即可阅读⟧</p><a class="btn">⟦a 开通渊卡 ¥9.9/月⟧</a> <a class="btn">⟦a 单篇购买 3 渊币⟧</a></div>
<aside class="rel"><h3>⟦l 读过这篇的人还读了⟧</h3><ul>
<li><a>⟦l 鞋类除臭用品消费体验报告⟧</a></li>
<li><a>⟦l 家用活性炭包选购指南⟧</a></li>
<li><a>⟦l 2024年日用品比较试验汇总⟧</a></li></ul></aside>
<footer><p>⟦d 闻渊文库仅提供信息存储空间，文档由用户上传，如有侵权请联系 jubao@wenyuanwk.com⟧</p><p>⟦m © 2025 wenyuanwk.com 苏ICP备23081264号⟧</p></footer>
<script>reader.init({docId: 5528193, pages: 5});</script>
</body></html>
""",
        p_html='<p class="reader-txt">{}</p>',
        pages=dict(fmt="╔ {n} ╗", every=150, start=2),
        body="""
为了解市场上鞋柜除味盒的质量状况，今年5月至6月，市消保委在城区6家商超和3个网络平台购买了24款鞋柜除味盒，委托检测机构进行比较试验，并对312名消费者进行了问卷调查。现将有关情况报告如下。
一、基本情况。样品中活性炭型14款、竹炭型5款、香氛型5款，价格从每盒3.9元到39元不等。比较试验显示，17款样品对氨气的吸附率达到标称值，7款明显低于标称值，其中4款香氛型产品实际是以香精掩盖异味。
二、主要问题。一是标称夸大，部分产品宣称“一盒管一年”，实测有效期不足两个月；二是标识不全，5款产品未标注炭含量和使用期限；三是部分香氛型产品挥发物较多，不宜放在通风不良的鞋柜中。
三、消费建议。选购时应查看炭含量、生产日期和使用期限，优先选择无香型产品；除味盒一般每一到两个月晾晒或更换一次，鞋柜本身也要定期通风清洁。
珽阳市消费者权益保护委员会
2025年7月18日
""",
    ),
    dict(
        slug="chengye-wenku-plan-switch-covers-wrapped-glued-markers",
        site="澄页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.chengyewk.com/p-77214036.html",
        title="珖川县老旧小区公共区域开关加装防护盖实施方案",
        record_title="珖川县老旧小区公共区域开关加装防护盖实施方案.pdf",
        date="2025-04-10",
        notes="file-name record title; a PDF text hard-wrapped at 62 columns, page markers glued to the "
        "continuation line; decimal headings; 成文日期 in Chinese numerals; '5 days ago' upload stamp",
        page="""
!m 澄页文库 — 海量文档在线阅读
!t 珖川县老旧小区公共区域开关加装防护盖实施方案.pdf
!m 文档格式：PDF　页数：4　大小：186KB　贡献者：chengye_7721　上传：5 天前
!a 〔在线阅读〕〔下载到本地〕〔收藏〕〔举报〕
{T}
{BODY}
!a 阅读到此为止，剩余内容需下载或开通澄页会员后查看
!a 下载本文（需 8 澄豆）
!l 相关文档：老旧小区电气线路改造方案｜楼道公共照明维修制度
!d 本文档由网友上传，澄页文库仅提供存储和展示服务，不对内容真实性负责。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⇉{n}⇇", every=120, start=2, glue=True),
        body="""
为消除老旧小区楼道、地下室等公共区域开关面板破损带来的触电隐患，结合我县老旧小区改造工作，制定本方案。
1 工作目标
1.1 2025年6月底前，完成全县43个老旧小区公共区域开关面板排查，对破损、外露的开关全部加装防护盖。
1.2 地下室、水泵房等潮湿部位的开关统一加装防水开关盖，防护等级不低于IP44。
2 实施步骤
2.1 排查登记（4月中旬至4月底）。由各社区组织物业、楼栋长逐楼排查，建立开关隐患台账，一处一档。
2.2 集中安装（5月至6月）。县住建局统一采购防护盖，由供电所电工和物业维修人员分片安装，安装后拍照存档。
2.3 验收回访（7月）。各街道组织验收，对居民反映的问题及时整改。
3 保障措施
各街道、各社区要明确专人负责，安装工作不得向居民收取任何费用。
珖川县住房和城乡建设局
二〇二五年四月十日
""",
    ),
    dict(
        slug="guangchuan-portal-notice-switch-covers-index-table",
        site="珖川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gchuanxian.gov.cn/zwgk/tzgg/202505/t20250522_661203.html",
        title="关于为高龄独居老人免费加装防水开关盖的通知",
        record_title="关于为高龄独居老人免费加装防水开关盖的通知-民政信息-珖川县人民政府门户网站",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="county portal: elder-mode links, 索引号 table (文号 cell unmarked), font row, share bar; the notice's "
        "own 联系人/电话 beside the portal's 纠错 line and 12345; 附件 list, 抄送 and 印发 lines in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于为高龄独居老人免费加装防水开关盖的通知-民政信息-珖川县人民政府门户网站</title>
<link rel="stylesheet" href="/css/gov2024.css">
<script src="/js/jquery.min.js"></script>
<script>var _site_id = "3609250001";</script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问珖川县人民政府门户网站⟧</span>
<a href="/lnb/">⟦a 银龄关怀版⟧</a> <a href="javascript:;">⟦a 读屏辅助通道⟧</a> <a href="/en/">⟦a EN⟧</a></div>
<div class="banner"><img src="/images/gc_banner.jpg" alt=""></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 珖川概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 民政信息⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11360925M000461203/2025-00318⟧</td><td>⟦m 发布机构：珖川县民政局⟧</td></tr>
<tr><td>珖民字〔2025〕17号</td><td>⟦m 主题分类：民政、扶贫、救灾⟧</td></tr>
<tr><td>⟦m 成文日期：2025-05-20⟧</td><td>⟦m 发布日期：2025-05-22⟧</td></tr>
</table>
<div class="article"><h2>{T}</h2>
<div class="tool">⟦a 字体：[特大] [大] [标准]⟧　⟦a 分享：微信 · 微博 · QQ空间⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="print"><a href="javascript:window.print()">⟦a ［打印本通知］⟧</a> <a href="javascript:window.close()">⟦a ［关闭此窗口］⟧</a></div>
</div>
<div class="related"><h4>⟦l 相关阅读⟧</h4><ul>
<li>⟦l 县民政局2025年居家养老服务项目公示⟧</li>
<li>⟦l 关于开展特殊困难老年人探访关爱工作的通知⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：珖川县人民政府办公室　承办：珖川县政务数据中心⟧</p>
<p>⟦m 网站标识码：3609250001　赣ICP备17003391号　赣公网安备36092502000118号⟧</p>
<p>⟦m 政务服务便民热线：12345　网站纠错电话：0793-6620110⟧</p></div>
<script src="/js/jiucuo.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处：
为减少高龄独居老人家中因开关进水、面板破损引发的触电和火灾事故，县民政局决定在全县开展高龄独居老人家庭开关防护改造，现将有关事项通知如下。
一、改造对象。全县80周岁以上独居老人家庭，约1260户。
二、改造内容。为老人家中厨房、卫生间的开关和插座免费加装防水开关盖，对破损面板一并更换，每户不超过6个。
三、工作要求。各乡镇（街道）于6月15日前将改造名单报县民政局养老服务股；安装时须有村（社区）干部陪同，不得借机推销任何产品。
联系人：宓晓岚　电话：0793-6628417
附件：1.高龄独居老人开关防护改造名单表
2.开关防护改造入户登记单
珖川县民政局
2025年5月20日
抄送：县消防救援大队，县供电公司。
珖川县民政局办公室　2025年5月20日印发
""",
    ),
    dict(
        slug="guangchuan-edu-bulletin-desk-mats-wrapped-table",
        site="珖川县教育局信息公开 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://jyj.gchuanxian.gov.cn/xxgk/tzgg/202504/t20250417_661877.html",
        title="关于全县中小学校学生课桌垫抽检情况的通报",
        date="2025-04-16",
        date_also=["2025-04-17"],
        notes="title as the record gives it; body hard-wrapped at 56 columns; a data table one row a paragraph; "
        "the portal's posting time differs from the 成文日期",
        page="""
!m 珖川县教育局 — 信息公开专栏
!m 当前位置：首页 / 信息公开 / 法定主动公开内容 / 通知公告
{T}
!m 信息来源：县教育局　发布时间：2025-04-17 09:30　浏览次数：862
!a 【大字版】【打印】【关闭】
{BODY}
!l 上一条：关于做好2025年春季学期学生资助工作的通知
!l 下一条：县教育局2025年一季度政务公开工作情况
!m 珖川县教育局 主办　网站标识码：3609250031　赣ICP备18004417号-2
!m 地址：珖川县环城东路12号　邮编：336400
""",
        wrap=56,
        body="""
各乡镇中心学校，县直各学校：
今年3月，县市场监管局会同县教育局对全县中小学校在用及学校周边文具店在售的学生课桌垫开展了专项抽检，共抽检样品40批次，合格33批次，合格率82.5%。现将抽检情况通报如下。
一、抽检结果
不合格项目　批次　主要问题
邻苯二甲酸酯　4　增塑剂超标
异味等级　2　刺激性气味明显
标识标签　1　未标注材质和执行标准
二、工作要求
各学校要立即组织排查，对与不合格批次同品牌、同型号的桌垫一律停止使用；引导家长选购标识齐全、无明显异味的桌垫，不购买“三无”产品。学校不得统一组织学生购买桌垫。
珖川县教育局
2025年4月16日
""",
    ),
    dict(
        slug="tingyang-news-egg-trays-bagasse-app-glued",
        site="珽阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tingyangnews.cn/shms/202509/03/c118824.html",
        title="珽阳一家纸制品厂用甘蔗渣做蛋托",
        record_title="珽阳一家纸制品厂用甘蔗渣做蛋托_社会民生_珽阳新闻网",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="news portal: an app prompt glued before the lead, a photo caption between paragraphs, an editor "
        "line glued after the last sentence, a listen button, a 24-hour list",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>珽阳一家纸制品厂用甘蔗渣做蛋托_社会民生_珽阳新闻网</title>
<meta name="description" content="珽阳一家纸制品厂用甘蔗渣做蛋托">
<script async src="/ad/slot.js"></script>
</head><body>
<div class="ty-top">⟦m 珽阳新闻网　珽阳日报社主办⟧　<span class="wx">⟦m 今天 多云 21~29℃⟧</span> <a>⟦a 下载珽阳新闻APP⟧</a></div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 时政⟧</a> <a>⟦m 社会民生⟧</a> <a>⟦m 县区⟧</a> <a>⟦m 视听⟧</a> <a>⟦m 专题⟧</a></nav>
<div class="bread">⟦m 珽阳新闻网 ＞ 社会民生 ＞ 正文⟧</div>
<article><h1>{T}</h1>
<div class="byline">⟦m 2025-09-03 08:15　来源：珽阳日报　记者：仉书言⟧</div>
<div class="listen"><button>⟦a ▶ 听本文（2分钟）⟧</button></div>
<div class="article-content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友　朋友圈　微博⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 珽阳至瓅水快速路9月底通车⟧</li>
<li>⟦l 秋季开学首周 城区学校周边交通有变化⟧</li>
<li>⟦l 市区新增12处便民早餐点⟧</li></ol>
<div class="ad">⟦m 广告位招租 0795-8123456⟧</div></aside>
<footer><p>⟦m 新闻热线：0795-8110110　违法和不良信息举报：0795-8119119⟧</p>
<p>⟦m 互联网新闻信息服务许可证编号：36120190017　赣ICP备10023578号⟧</p>
<p>⟦d 珽阳新闻网版权所有，未经书面授权不得转载、摘编⟧</p></footer>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
⟦a 打开珽阳新闻客户端，本地新闻早知道⟧本报讯（记者 仉书言 通讯员 郗雨桐）9月2日，在瓅水县工业园区的珽禾纸制品有限公司车间里，一条新投产的生产线正把打成浆的甘蔗渣压制成一片片蛋托。
⟦m 图为工人在生产线上检查刚脱模的蛋托。记者 仉书言 摄⟧
公司负责人郦俊峰介绍，过去厂里做蛋托主要用回收的废纸，近两年废纸价格上涨，他们和本地糖厂合作，把榨糖后剩下的甘蔗渣收来做原料，每吨原料成本降低了约三百元。
据了解，这条生产线每天可生产蛋托12万片，产品主要供应周边的蛋鸡养殖场和超市。甘蔗渣蛋托颜色略黄，透气性好，用过后还可以粉碎作为有机肥原料。
瓅水县工信局相关负责人表示，下一步将支持企业申请环保包装认证，帮助产品进入更多商超。⟦m （编辑：莘可　审核：阚立群）⟧
""",
    ),
    dict(
        slug="lishui-news-nursing-home-cushions-title-line",
        site="瓅水新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.lishuinews.com.cn/xzdt/2025-11/21/content_90417.htm",
        title="玲湖镇敬老院的老人们坐上了新椅垫",
        record_title=None,
        date="2025-11-21",
        notes="no title in the record: the page's title line; the byline's 发布时间 is the page's date; a "
        "further-reading link on a line of its own between paragraphs",
        page="""
!m 瓅水新闻网 ｜ 县融媒体中心主办
!m 首页 ＞ 乡镇动态 ＞ 玲湖
{T}
!m 发布时间：2025-11-21 10:42　来源：玲湖镇融媒工作站　作者：邰晓蔓
!a 【分享至朋友圈】【收听本文】【字号A+】
{BODY}
!m （通讯员 邰晓蔓 文/图）
!l ——相关新闻——
!l 玲湖镇开展冬季敬老院安全检查
!l 瓅水县志愿服务积分兑换点上新
!d 本网原创稿件，转载请注明来源“瓅水新闻网”
!m 新闻热线：0793-7712345　瓅水新闻网 版权所有
""",
        body="""
近日，瓅水县玲湖镇敬老院的32位老人坐上了新椅垫。这批椅垫由镇上的巧手妈妈志愿队用旧棉衣、碎布头拼缝而成，一共做了40个。
志愿队队长邬春燕说，去年冬天到敬老院走访时发现，院里的木椅又硬又凉，老人们吃饭、晒太阳时只能垫块旧毛巾。回去后，她在村里的微信群发出倡议，半个月就收到旧衣物近百件。
⟦l 延伸阅读：全县敬老院冬季取暖设备全部到位⟧
为了让椅垫坐着舒服，志愿者们在里层加了一层薄海绵，外面缝上可拆洗的布套，还在四角缝了系带，方便固定在椅子上。
“软和，坐着不冰屁股了。”83岁的老人庹德明笑着说。
""",
    ),
    dict(
        slug="linchi-forum-felt-desk-mat-jammer",
        site="临池书友会论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.linchi-shuyou.net/thread-40718-1-1.html",
        title="自己用旧毛毡裁了一张书法桌垫",
        record_title="[毡垫手作·晒] 自己用旧毛毡裁了一张书法桌垫 - 毡垫手作 - 临池书友会论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts (junk lines and glued after 。), a rating row, a signature, "
        "replies; the post time is relative (no date)",
        page="""
<html><head><meta charset="gbk">
<title>[毡垫手作·晒] 自己用旧毛毡裁了一张书法桌垫 - 毡垫手作 - 临池书友会论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?v3"></script>
</head><body>
<div id="toptb">⟦m 临池书友会论坛 · 以墨会友⟧　<a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 临池书友会论坛 › 文房雅玩 › 毡垫手作 › 正文⟧</div>
<table id="pid77031"><tr>
<td class="pls"><div class="pi">⟦m 松烟客⟧</div><p>⟦m 帖子 612　精华 3　墨币 2408⟧</p><p>⟦m 书友等级：翰林⟧</p></td>
<td class="plc"><h1><span id="thread_subject">⟦t [毡垫手作·晒] 自己用旧毛毡裁了一张书法桌垫⟧</span></h1>
<div class="authi">⟦m 楼主 松烟客 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_77031">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 4　墨币 +12　收起 理由：实用 / 好帖共赏⟧</div>
<div class="sign">⟦m 个性签名：临池不辍，日课一纸⟧</div>
<div class="po">⟦a 回复　引用　收藏本帖　举报⟧</div></td></tr></table>
<div class="reply"><p>⟦l 沙发　墨池小鱼：毛毡泡洗这步学到了，我家的也发黄⟧</p><p>⟦l 板凳　听雨轩：九宫格标记好主意，临帖省事⟧</p></div>
<div id="f_pst">⟦a 登录后才能参与讨论 ｜ 注册临池书友会账号⟧</div>
<div id="ft">⟦m 临池书友会论坛 ( 皖ICP备20014572号 )　GMT+8 页面执行 0.048 秒⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里有块用了多年的旧毛毡，颜色有点发黄，但厚度还行，周末把它改成了一张写字用的桌垫，分享一下过程。
先把毛毡用温水加一点洗衣液泡半小时，轻轻按压，不要搓，晾干后基本不掉毛了。然后按书桌大小裁成60厘米乘90厘米，边缘用熨斗压平。
原来的毛毡有点薄，写小楷还好，写大字会洇墨。我在下面又垫了一层羊毛毡，墨透下去也不会弄脏桌面。
最后用白色丙烯笔在一角画了九宫格的位置标记，临帖时对齐很方便。
成本基本为零，就花了一个下午。有兴趣的书友可以试试，有问题楼下问。
""",
    ),
    dict(
        slug="qiaojia-forum-diy-deodoriser-junk",
        site="巧家生活论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.qiaojia.life/forum.php?mod=viewthread&tid=228410",
        title="用旧茶叶和竹炭自制鞋柜除味盒",
        record_title="[省钱小窍门] 用旧茶叶和竹炭自制鞋柜除味盒（亲测有效） - 收纳清洁 - 巧家生活论坛",
        date=None,
        notes="forum thread with anti-scraping junk as lines and glued after 。; a numbered list inline; "
        "post and edit times relative (no date)",
        page="""
!m 巧家生活论坛 - 过日子的巧办法
!m 巧家生活论坛 » 居家生活 » 收纳清洁 » 正文
!t [省钱小窍门] 用旧茶叶和竹炭自制鞋柜除味盒（亲测有效）
!m 阅读: 5208 | 回帖: 47
!m 楼主：梅子黄时雨　发表于 3 天前　|　只看楼主
{BODY}
!m [本帖最后由 梅子黄时雨 于 昨天 22:16 修改]
!a 顶一下(126)　踩一下(3)　收藏帖子
!l 沙发 ~ 小白兔吃萝卜：蛋糕盒这个主意好，家里正好攒了一堆
!l 板凳 ~ 老周家的：竹炭晒的时候别淋雨，我上次忘收了
!a 发帖前请先登录，还没有账号？马上注册
!m 手机版 | 联系我们 | 巧家生活论坛 ( 闽ICP备19052873号 )
""",
        junk=dict(lines=2, glued=3),
        body="""
鞋柜一到梅雨季就有股味，买的除味盒用一个多月就没效果了，干脆自己做了几个，效果还不错。
材料：喝剩的茶叶渣晒干，竹炭颗粒网上买的一斤十来块，再找几个带盖的塑料蛋糕盒。
做法：1.茶叶渣一定要彻底晒干，不然会发霉；2.茶叶和竹炭按一比二混合，装到盒子里七八分满；3.盒盖上用烧热的铁钉烫十几个小孔。
每层鞋柜放一个，两周左右把竹炭拿出来晒一晒，茶叶渣一个月换一次。
用了一个月，打开鞋柜基本闻不到味了。需要提醒的是，鞋子本身要晾干再放进去，除味盒只能帮点小忙。
""",
    ),
]
