"""holdout289, part A: 范文 sites, 文库 previews, county portals, news portals, forums and blogs.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for
the markup. Every case is about one of five everyday objects: letter holders (信插),
noodle-drying racks (挂面架), shoe-shine cloths (擦鞋布), dog kennels (狗窝) and cat trees (猫爬架).
"""

CASES = [
    dict(
        slug="fanwen-moyange-speech-noodle-racks-table-layout",
        site="墨砚阁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyange-fw.cn/jianghua/chanye/2024/1021/58817.html",
        title="在雉川县手工挂面产业发展推进会上的讲话",
        record_title="【讲稿精粹】在雉川县手工挂面产业发展推进会上的讲话（换个县名就能讲）_墨砚阁范文网",
        date="2024-10-16",
        date_also=["2024-10-21"],
        notes="old table layout with a marquee, a 字号 row, a floating writer QQ box, a hot list and a visitor counter; speaker and date lines under the title (neutral); a ghost-writer line between paragraphs and a collect link glued after a sentence; the page's 发布时间 differs from the speech date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿精粹】在雉川县手工挂面产业发展推进会上的讲话（换个县名就能讲）_墨砚阁范文网</title>
<meta name="keywords" content="挂面,产业发展,讲话稿">
<link rel="stylesheet" href="/skin/css/main.css">
<script language="javascript" src="/js/count.js"></script>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="墨砚阁"><font color="#990000">⟦m 墨砚阁范文网⟧</font></td>
<td align="right"><font size="2">⟦m 笔墨千秋 · 公文不求人⟧</font> <a href="#">⟦a 设为首页⟧</a> <a href="#">⟦a 收进收藏夹⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#8B0000">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/shuzhi/">述职报告</a> | <a href="/diaoyan/">调研报告</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦d 墨砚阁温馨提醒：本站范文来自网友投稿，引用时请结合本地实际修改，切勿原文照搬。⟧</marquee></td></tr>
</table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：<a href="/">墨砚阁</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; 产业发展讲话⟧</div>
<h1 align="center">{T}</h1>
<div align="center">⟦m 发布时间：2024-10-21　来源：网友投稿　人气：1365⟧　⟦a 字号调整：〔大〕〔中〕〔小〕⟧</div>
<p align="center">雉川县人民政府副县长　韩立勤</p>
<p align="center">（2024年10月16日）</p>
<div class="content">
{BODY}
</div>
<div align="center"><a href="/down/58817.html">⟦a 下载这篇讲话的Word文档（扣2个砚币）⟧</a></div>
<div>⟦l 上一篇：在全县农产品品牌建设推进会上的讲话⟧</div>
<div>⟦l 下一篇：在乡村特色产业观摩会上的总结讲话⟧</div>
</td>
<td width="250" valign="top">
<table class="side"><tr><td>⟦l 本月热门讲话排行⟧</td></tr>
<tr><td><a href="/1">⟦l 1.在全县招商引资大会上的讲话⟧</a></td></tr>
<tr><td><a href="/2">⟦l 2.在农业产业化工作会上的发言⟧</a></td></tr>
<tr><td><a href="/3">⟦l 3.在特色小吃产业推介会上的致辞⟧</a></td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:0;top:200px">⟦w 写作顾问在线 QQ：2750061938⟧</div>
<table width="960" align="center"><tr><td align="center">
⟦d 本站文章仅供学习交流，版权归原作者，转载请注明来自墨砚阁⟧<br>
⟦m Copyright 2009-2024 moyange-fw.cn 墨砚阁范文网 粤ICP备09051733号⟧<br>
⟦m 您是本站第 0832716 位访客⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天我们在鹘口镇召开全县手工挂面产业发展推进会，上午现场看了三家作坊的晾面场和新装的不锈钢挂面架，大家感受很深。下面，我讲三点意见。
一、把老手艺做成大产业。全县现有手工挂面作坊二百一十余家，年产挂面四千八百吨，但多数作坊还在用竹竿木架露天晾晒，遇到风沙雨雪只能停工。各乡镇要摸清底数，逐户建立台账。
⟦w 材料写不出来？墨砚阁写手一对一代笔，QQ 2750061938⟧
二、把晾晒环节管起来。县财政今年安排专项资金一百二十万元，对更换食品级挂面架、搭建防尘晾面棚的作坊给予补助。市场监管部门要把晾晒架的清洁消毒纳入日常检查。
三、把品牌叫响。要统一使用“雉川挂面”区域公用品牌，鼓励作坊开设晾面体验点，让游客看得见挂面是怎样在架子上一根根拉出来的。⟦a 点此收藏本篇讲话⟧
同志们，挂面架上挂的是群众的收入。希望大家抓紧抓实，年底前我们再开一次现场会，看成效、比进度。
""",
    ),
    dict(
        slug="fanwen-wenshu-insight-shoe-cloth-housekeeping",
        site="文枢范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wenshu-fw.cn/xinde/gangwei/70342.html",
        title="客房服务员关于“一块擦鞋布”的心得体会",
        record_title="客房服务员关于“一块擦鞋布”的心得体会（岗位心得·优选）-文枢范文网",
        date=None,
        notes="decorated record title with -site; no date in the document, the page shows only a relative update time (3天前); a member-copy prompt on a line of its own inside the body and a related link glued after a sentence",
        page="""
!m 文枢范文网 wenshu-fw.cn
!m 当前位置：首页 > 心得体会 > 岗位心得
!t 客房服务员关于“一块擦鞋布”的心得体会（岗位心得·优选）
!m 投稿：静水深流　更新：3天前　浏览：906
!a 〖复制全文〗〖下载本文〗〖放进收藏〗
{BODY}
!w 需要原创心得？文枢顾问微信 wsfw_2288，当天交稿
!l ▲上篇：保洁员年度工作心得
!l ▼下篇：酒店前台实习心得体会
!d 文枢范文网收录的文章来自网络，若有侵权请发邮件联系删除
!m © 2025 文枢范文网 浙ICP备21043390号
""",
        indent="\u3000\u3000",
        body="""
到酒店客房部工作快两年了，带我的刘姐第一天就塞给我一块深棕色的擦鞋布，说客房里最容易被忽略的东西，往往最能看出服务用不用心。
起初我不以为然。擦鞋布放在衣柜下层，很多客人根本不用，我查房时也只是数一数在不在。直到去年冬天，一位来开会的客人在前台留言，说雨天回来鞋上全是泥，打开柜子发现擦鞋布是湿的，还沾着上一位客人的鞋油。
⟦a 全文共1260字，开通会员可一键复制⟧
那次投诉让我明白，一块小小的布也关系到酒店的口碑。此后我给自己定了三条：每间退房必换擦鞋布；雨雪天在门口多放一块；发现鞋油渍立即送洗。⟦l 相关范文：前台接待员心得体会⟧
服务没有小事。把擦鞋布这样的细节做好，客人才会记住我们。
""",
    ),
    dict(
        slug="wenku-hongjian-report-cat-trees-marker-paragraphs",
        site="鸿笺文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.hongjian-wk.com/p/8830217465.html",
        title="关于鹜洲市猫爬架产业发展情况的调研报告",
        record_title="关于鹜洲市猫爬架产业发展情况的调研报告.pdf",
        date="2024-06-12",
        notes="a 文库 reader: the record's title is the file name; page markers ┠ n ┨ as paragraphs of their own cut sentences; the upload stamp is no date (the 成文日期 under the signature is); a monthly-card pay box and a read-on prompt",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于鹜洲市猫爬架产业发展情况的调研报告.pdf-鸿笺文库</title>
<script src="https://static.hongjian-wk.com/reader/v3/viewer.min.js"></script>
</head><body>
<header class="hj-head"><a class="logo" href="/">⟦m 鸿笺文库⟧</a>
<form class="search"><input placeholder="搜一搜，找文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/card">⟦a 办月卡 本月文档随便下⟧</a> <a href="/login">⟦a 登录 · 注册⟧</a></header>
<nav class="crumb">⟦m 鸿笺文库 › 研究报告 › 行业调研⟧</nav>
<section class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：yw_9127　上传于 2024-07-30　共5页　2.1万次阅读⟧</p>
<div class="tools">⟦a 全屏阅读 ｜ 下载 ｜ 打印 ｜ 转存⟧</div></section>
<article class="doc-view">
{BODY}
</article>
<div class="readmore">⟦a 剩余2页未展开，点击继续阅读⟧</div>
<div class="paybox">⟦a 本文档需支付6鸿豆下载，月卡用户免费⟧ <button>⟦a 立即购买⟧</button></div>
<aside class="rel"><h4>⟦l 读过这篇的人也在看⟧</h4><ul>
<li>⟦l 宠物用品产业集群发展调研⟧</li><li>⟦l 跨境电商助力特色产业的思考⟧</li></ul></aside>
<footer>⟦d 鸿笺文库所收文档均由用户上传，平台仅提供在线预览与存储⟧<br>⟦m 沪ICP备20017458号-3　hongjian-wk.com⟧</footer>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="┠ {n} ┨", every=110, start=2),
        body="""
为摸清我市宠物用品产业特别是猫爬架生产的现状，市工商联调研组于今年4月至5月走访了鹃山区、雉川县的十四家企业和两个电商园区，召开座谈会三次。现将有关情况报告如下。
一、基本情况。全市现有猫爬架生产企业三十七家，其中规模以上企业六家，去年产量约一百八十万件，八成以上通过网络平台销往全国。剑麻绳、颗粒板和毛绒布是主要原料，本地配套率不足三成。
二、存在问题。一是同质化严重，多数企业仿款生产，缺少自有设计；二是部分产品底盘过轻，猫跳跃时容易倾倒；三是没有统一的行业标准，退货率居高不下。
三、几点建议。支持龙头企业牵头制定猫爬架团体标准，建设原料集中采购平台，引导企业申请外观设计专利，逐步打响“鹜洲猫爬架”品牌。
鹜洲市工商业联合会调研组
2024年6月12日
""",
    ),
    dict(
        slug="wenku-moye-plan-noodle-racks-wrapped-glued-markers",
        site="墨页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.moye-wenku.com/view/5a7c20e19b.html",
        title="鸠岭县手工挂面作坊晾晒架改造提升实施方案",
        record_title="鸠岭县手工挂面作坊晾晒架改造提升实施方案（全文可下·附补助标准）- 墨页文库",
        date="2024-03-18",
        notes="a 文库 text preview hard-wrapped at 62 columns; page markers ⎝n⎠ glued to the start of the continuation line; the 成文日期 in Chinese numerals under two signatures; an upload time that is no date",
        page="""
!m 墨页文库 — 海量文档在线读
!m 墨页文库 > 行业资料 > 农业农村 > 实施方案
!t 鸠岭县手工挂面作坊晾晒架改造提升实施方案（全文可下·附补助标准）
!m 页数：4　大小：38KB　上传时间：2024-05-06　下载次数：217
!a ☆收藏　⇩下载　▤打印
{BODY}
!a 预览到此为止，完整文档需支付3墨豆下载
!l 同类文档推荐
!l 乡镇挂面产业扶持办法
!l 食品小作坊规范提升方案
!d 文档为用户上传，墨页文库仅提供存储和预览服务
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⎝{n}⎠", every=100, start=2, glue=True),
        body="""
为改善手工挂面晾晒环境，提升产品质量安全水平，结合我县实际，制定本方案。
一、目标任务。2024年底前，全县一百二十六家手工挂面作坊全部完成晾晒架改造，淘汰竹木晾杆，更换为食品级不锈钢挂面架，晾面场地做到防尘、防鼠、防蝇。
二、实施步骤。3月底前由各乡镇完成摸底登记；4月至9月分批改造，每批完成后由县市场监管局组织验收；10月开展“回头看”，对未达标的作坊限期整改。
三、保障措施。县财政按实际投入给予每家作坊补助，最高不超过八千元；县农业农村局组织技术人员上门指导挂面架安装和晾晒间距；各乡镇明确一名分管领导负责推进。
鸠岭县农业农村局
鸠岭县市场监督管理局
二〇二四年三月十八日
""",
    ),
    dict(
        slug="portal-zhichuan-notice-dog-kennels-index-table",
        site="雉川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zhichuan.example.gov.cn/zwgk/tzgg/202504/t20250409_2207.html",
        title="雉川县农业农村局关于开展农村犬只规范圈养和狗窝改造工作的通知",
        record_title="雉川县农业农村局关于开展农村犬只规范圈养和狗窝改造工作的通知 丨 通知公告 — 雉川县人民政府网",
        date="2025-04-07",
        date_also=["2025-04-09"],
        notes="a county portal with 长辈版/读屏 links, its 索引号 table (the 文号 cell unmarked), a 纠错 line; the document's own 联系人/电话 next to the site's lines; 附件 list; 抄送 line; 成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>雉川县农业农村局关于开展农村犬只规范圈养和狗窝改造工作的通知 丨 通知公告 — 雉川县人民政府网</title>
<script>window.siteId="4211270012";</script>
<script src="/common/js/jquery.min.js"></script>
</head><body>
<div class="topbar">⟦a 长辈版⟧ ⟦a 读屏专用⟧ ⟦a 繁體⟧ <span>⟦m 今天是2025年4月12日 星期六⟧</span></div>
<header><div class="logo">⟦m 雉川县人民政府⟧</div><div class="en">⟦m ZHICHUAN COUNTY PEOPLE'S GOVERNMENT⟧</div>
<form><input placeholder="请输入关键字"><button>⟦a 站内搜⟧</button></form></header>
<nav>⟦m <a>首页</a> <a>政务公开</a> <a>政务服务</a> <a>政民互动</a> <a>走进雉川</a>⟧</nav>
<div class="loc">⟦m 当前位置： <a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a>⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：011203478/2025-00219⟧</td><td>⟦m 发布机构：县农业农村局⟧</td></tr>
<tr><td>文号：雉农发〔2025〕12号</td><td>⟦m 发布日期：2025-04-09⟧</td></tr>
</table>
<div class="article"><h2>{T}</h2>
<div class="zoom">⟦a 〔放大〕〔默认〕〔缩小〕⟧ ⟦m 阅读量：1046⟧</div>
{BODY}
</div>
<div class="act">⟦a 打印本页⟧ ⟦a 关闭窗口⟧ ⟦l 分享：微信 ｜ 微博⟧</div>
<div class="xg"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县畜牧站开展春季犬只狂犬病免疫⟧</li><li>⟦l 关于做好动物防疫物资发放的通知⟧</li></ul></div>
<footer>
<p>⟦m 主办：雉川县人民政府办公室　承办：雉川县融媒体中心⟧</p>
<p>⟦m 网站纠错电话：0713-6650000　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：4211270012　鄂ICP备11008392号　鄂公网安备42112702000015号⟧</p>
</footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为减少农村散养犬伤人和扰民问题，县农业农村局决定于2025年4月至6月在全县开展农村犬只规范圈养和狗窝改造工作。现将有关事项通知如下。
一、各村要逐户登记犬只数量，督促养犬户在自家院内搭建狗窝并拴养或圈养，狗窝应远离水井和灶房，不得占用村道。
二、对困难养犬户，县里统一提供简易狗窝材料，由村委会代领代发。
三、各乡镇请于6月20日前将工作总结报县农业农村局畜牧股。
联系人：乔文斌，电话：0713-6652108。
附件：1.农村犬只登记表
2.简易狗窝材料领取名单
雉川县农业农村局
2025年4月7日
抄送：县公安局，县卫生健康局。
""",
    ),
    dict(
        slug="portal-juanshan-bulletin-letter-holders-record",
        site="鹃山区人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.juanshan.example.gov.cn/xxgk/tzgg/202501/t20250110_9315.html",
        title="鹃山区机关事务管理局关于2024年第四季度机关办公楼信插使用管理情况的通报",
        record_date="2025-01-10",
        date="2025-01-10",
        notes="title and date given by the record; a 文号 line (neutral) under the title; a data table (one row a paragraph, cells apart by ideographic spaces); an 印发 line at the end",
        page="""
!m 鹃山区人民政府门户网站
!m 首页 ＞ 信息公开 ＞ 法定主动公开内容 ＞ 通知公告
!m 信息来源：区机关事务管理局　公开方式：主动公开　浏览次数：142
{T}
鹃机管〔2025〕3号
{BODY}
!a [大字] [标准] [小字]　[打印]
!l 上一条：关于开展机关节能宣传周活动的通知
!l 下一条：区机关食堂春节期间就餐安排
!m 网站标识码 4211030008　鄂公网安备 42110302000177号
!m 主办：鹃山区人民政府办公室　承办：鹃山区大数据中心
""",
        body="""
区直各单位：
为规范机关办公楼信件报刊收发，区机关事务管理局于2024年12月对区行政中心四栋办公楼的公共信插进行了检查。现将情况通报如下。
一、总体情况。四栋楼共设公共信插四百二十格，已按单位分配三百九十六格，闲置二十四格。多数单位能及时取走信件，信插标签清楚。
二、检查结果。
楼栋　信插格数　积压信件超过一周　标签缺失
1号楼　120格　3格　0格
2号楼　110格　6格　2格
3号楼　100格　1格　1格
4号楼　90格　8格　5格
三、有关要求。各单位要指定专人每天至少取件一次；标签缺失的，请于1月20日前到区机关事务管理局综合科领取新标签。
鹃山区机关事务管理局
2025年1月10日
鹃山区机关事务管理局综合科　　2025年1月10日印发
""",
    ),
    dict(
        slug="news-wuzhou-cat-station-trees-photo-captions",
        site="鹜洲新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wuzhounews.example.cn/minsheng/2025-02/18/c_30218.html",
        title="鹃园社区流浪猫驿站落成 十二座猫爬架由居民捐建",
        record_title="鹃园社区流浪猫驿站落成 十二座猫爬架由居民捐建 - 鹜洲新闻网·民生",
        date="2025-02-18",
        notes="a news portal: an app prompt glued before the lead, a photo caption on a line of its own between paragraphs, an editor/reviewer line glued after the last sentence; the byline's 发布时间 is the page's date; 扫码 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鹃园社区流浪猫驿站落成 十二座猫爬架由居民捐建 - 鹜洲新闻网·民生</title>
<script>var _czc=_czc||[];</script></head><body>
<div class="top">⟦m 鹜洲新闻网 · 鹜洲日报社主办⟧ <a>⟦a 下载客户端⟧</a> <a>⟦a 登录⟧</a></div>
<nav>⟦m 首页 时政 民生 区县 视频 评论 专题⟧</nav>
<div class="crumb">⟦m 鹜洲新闻网 ＞ 民生 ＞ 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-02-18 09:32　来源：鹜洲日报⟧ <span>⟦a 字号：A+ A-⟧</span> <a>⟦a 听新闻⟧</a></div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 分享至：微信好友 朋友圈 微博⟧</div>
<div class="rel"><h4>⟦l 相关新闻⟧</h4><ul><li>⟦l 鹃山区启动流浪动物绝育补贴⟧</li><li>⟦l 社区花园改造完工 居民自种百花⟧</li></ul></div>
<aside><h4>⟦l 今日热读⟧</h4><ol><li>⟦l 鹜洲地铁2号线年内开工⟧</li><li>⟦l 雉川县迎来首批赏梅游客⟧</li></ol></aside>
<footer>⟦m 互联网新闻信息服务许可证：42120210019⟧ ⟦m 违法和不良信息举报：0713-8856110⟧ ⟦d 鹜洲新闻网版权所有，未经授权禁止转载⟧</footer>
</body></html>
""",
        body="""
⟦a 打开鹜洲新闻客户端，看更多身边事⟧本报讯（记者 柯晓棠）2月17日，鹃山区鹃园社区流浪猫驿站正式启用。驿站设在社区花园东侧的一间旧车棚里，十二座猫爬架全部由居民捐建。
⟦m 图为居民在驿站内安装猫爬架。记者 柯晓棠 摄⟧
“以前猫都钻到楼道里，冬天还有人在纸箱里给它们垫旧衣服。”社区志愿者汪蕾说，驿站里的猫爬架高低错落，最高的一座一米八，猫能爬上去晒太阳，也方便志愿者清扫。
据介绍，驿站由社区居委会、物业和志愿者共同管理，实行投喂登记和定期绝育，目前已有九只流浪猫完成绝育。社区还在驿站门口张贴了认养二维码，居民扫码即可报名认养。
鹃园社区党委书记邵明说，下一步将总结经验，在辖区另外两个小区推广。⟦m （编辑：唐果　审核：陆川）⟧
""",
    ),
    dict(
        slug="news-guancha-noodle-racks-town-time-line",
        site="鹜洲观察 (invented news app)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.wzguancha.example.cn/news/20241105/77120.html",
        title="鹘口镇手工挂面上了不锈钢架 晒出“金招牌”",
        record_title="鹘口镇手工挂面上了不锈钢架 晒出“金招牌”｜鹜洲观察",
        date="2024-11-05",
        notes="a news app's share page: a time line under the title is the page's date; a related link on a line of its own between paragraphs; a listen button, an editor line, a like/forward row",
        page="""
!m 鹜洲观察 · 新闻
{T}
!m 2024-11-05 07:48　鹜洲观察记者 蔺秋
!a 🔊 点我收听本文
{BODY}
!m 责编：岑雨　校对：吴小满
!a 点赞 128　｜　转发到朋友圈
!l 热门推荐
!l 雉川县今冬首场降雪来了
!l 鹃山区新开通两条公交线路
!d 未经鹜洲观察书面授权，不得转载、摘编本文
""",
        body="""
初冬的鹘口镇，天刚亮，雉水河边的晾面场上已经支起一排排挂面架。
面匠冯大勇把一束面条搭在不锈钢横杆上，两手一分，面条被拉成两米多长，在晨光里泛着白。“过去用竹竿，一刮风就掉一地，现在架子稳当，一天能多晾两百斤。”
⟦l 相关阅读：雉川县召开手工挂面产业发展推进会⟧
今年以来，镇里争取县级补助资金三十六万元，帮四十二家作坊更换了食品级挂面架，搭起了防尘晾面棚。全镇手工挂面年销售额预计突破三千万元，比去年增长两成。
镇党委副书记方辉介绍，明年将建设挂面文化体验馆，让游客亲手上架拉面。
""",
    ),
    dict(
        slug="forum-miaowang-diy-cat-tree-jammer",
        site="喵汪之家论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.miaowang.example.com/thread-330718-1-1.html",
        title="给家里两只猫钉了个三层猫爬架，材料费不到两百",
        record_title="[原创DIY] 给家里两只猫钉了个三层猫爬架，材料费不到两百 - 猫咪乐园 - 喵汪之家论坛",
        date=None,
        notes="a Discuz-like pets forum with jammer fonts (one line, three glued); the post time is relative (3 天前), no date; rating row, signature and reply box; board suffix and [原创DIY] prefix in the record title",
        page="""
<html><head><meta charset="gbk"><title>[原创DIY] 给家里两只猫钉了个三层猫爬架，材料费不到两百 - 猫咪乐园 - 喵汪之家论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦m 喵汪之家 · 宠友自己的家⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册会员⟧</a></div>
<div id="pt">⟦m 喵汪之家 › 猫咪乐园 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 3120 ｜ 回复: 46⟧</div>
<table><tr><td class="pls"><div>⟦m 橘座铲屎官⟧</div><p>⟦m 帖子 218　积分 1530　喵币 77⟧</p></td>
<td class="plc"><h1><span class="ts">⟦m [原创DIY]⟧</span> {T}</h1>
<div class="authi">⟦m 发表于 3 天前⟧ ⟦a 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 3　喵币 +6　收起 理由⟧</div>
<div class="sign">⟦l 家有两橘，日常拆家⟧</div>
<div class="po">⟦a 回复 ｜ 点赞 ｜ 收藏 ｜ 举报⟧</div></td></tr></table>
<div class="pgs">⟦l 下一主题：猫砂盆放卫生间会不会太潮⟧</div>
<div id="fastpost">⟦a 登录后即可发表回复，还没有账号？马上注册⟧</div>
<div id="ft">⟦m 喵汪之家 ( 苏ICP备18066201号 )⟧ ⟦m Powered by 喵汪社区程序 v5⟧</div>
<script src="static/js/forum_viewthread.js?v=X35"></script>
</body></html>
""",
        junk=dict(lines=1, glued=3),
        body="""
家里两只橘猫，原来的猫爬架是网上买的，才半年就晃得厉害。干脆自己动手做了一个，给大家参考。
材料：松木板三块，直径十厘米的PVC管两根，剑麻绳五十米，地毯边角料一块，螺丝若干，一共花了一百八十多块。
做法：底板一定要大要重，我用的是六十乘六十的板，四角加了铁片。柱子用PVC管缠剑麻绳，缠之前刷一层白乳胶，猫抓起来不容易松。三层平台错开放，最上面一层加了半圈围挡，胖猫趴着不掉下来。
用了一个多月，两只猫天天在上面打架，底盘纹丝不动。唯一的缺点是剑麻绳掉毛，得经常吸尘。
""",
    ),
    dict(
        slug="forum-quanyou-kennel-winter-junk-missing-title",
        site="犬友汇论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.quanyouhui.example.com/t/58120.html",
        title="北方农村冬天狗窝怎么保暖？分享几个土办法",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject stands on the page; forum junk as lines and glued after 。; the post time is 昨天 (no date); replies and a login prompt under the post",
        page="""
!m 犬友汇论坛 - 爱狗人士的交流社区
!m 犬友汇 » 养护经验 » 帖子详情
!m 阅读 876 ｜ 回复 23
{T}
!m 楼主：雀湾老周　发表于 昨天 21:14
{BODY}
!a 支持(15)　反对(0)　收藏　举报
!l 沙发：狗剩他爹 — 稻草这个办法好，我家也用
!l 板凳：阿黄守门员 — 电热毯那条太重要了，顶一个
!a 登录后才能参与讨论，没有账号？点这里注册
!m 犬友汇论坛 ©2012-2025　客服邮箱 kefu@quanyouhui.example.com
""",
        junk=dict(lines=2, glued=3),
        body="""
我家在鸠岭县雀湾镇，冬天最冷零下十几度，院里养了两条看家狗。前几年狗窝就是几块砖搭的，夜里狗冻得直叫，这两年摸索出几个办法，分享给大家。
一是狗窝要离地。底下垫两层砖再铺木板，潮气上不来。二是门口挂棉门帘，开口朝南，避开西北风。三是窝里垫干稻草或旧棉被，每周换一次，湿了马上换。四是窝别太大，狗能转身躺下就行，大了反而存不住热气。
另外提醒一句，别在狗窝里放电热毯，狗会咬电线，去年邻村就出过事。
有更好的办法欢迎大家补充。
""",
    ),
    dict(
        slug="blog-tingyan-memoir-bamboo-letter-holder",
        site="檐下听风 (invented personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://yanxiatingfeng.example.net/archives/312.html",
        title="老屋墙上的竹信插",
        record_title="【旧物拾遗】老屋墙上的竹信插 | 檐下听风",
        date=None,
        notes="a Typecho-like blog with tag cloud, archive and comment form; a memoir with no date (the post time is 2天前); an extended-reading link on a line of its own between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>【旧物拾遗】老屋墙上的竹信插 | 檐下听风</title>
<link rel="stylesheet" href="/usr/themes/plain/style.css"></head><body>
<header><h2 class="site-name">⟦m 檐下听风⟧</h2><p class="desc">⟦m 旧物、旧事与旧时光⟧</p>
<nav>⟦m 首页 随笔 旧物 摄影 关于我⟧</nav></header>
<main><article>
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 发布于 2天前⟧</li><li>⟦m 分类：旧物⟧</li><li>⟦m 阅读 318⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：竹编 老屋 爷爷 书信⟧</p>
<p class="post-near">⟦l 上一篇：外公的铁皮饭盒⟧ ⟦l 下一篇：村口那台压面机⟧</p>
</article>
<section id="comments"><h3>⟦l 7 条评论⟧</h3>
<form><p>⟦l 写下你的留言⟧</p><input placeholder="昵称"><input placeholder="邮箱"><button>⟦a 提交留言⟧</button></form></section>
</main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 旧物 童年 老屋 手艺 书信 外公⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (6)⟧</li></ul></aside>
<footer>⟦d © 檐下听风 文字原创，转载请先留言⟧ ⟦m 由 Typecho 强力驱动 · 主题 Plain⟧</footer>
<script src="/usr/themes/plain/js/comment-reply.js"></script>
</body></html>
""",
        body="""
老屋堂屋的东墙上，挂着一个竹编的信插，是爷爷年轻时自己编的。三个口袋一字排开，最左边插信，中间插报纸，右边插各种票据。
那时候村里的信都由邮递员送到大队部，再由小队长带回来。谁家来了信，爷爷就把它插进信插，等我放学回来念给他听。远在新疆当兵的二叔每月一封信，信插最左边那格总是鼓鼓的。
后来家家装了电话，又有了手机，信插里只剩下电费单和几张旧照片。前年老屋翻修，我把它摘下来擦干净，带回了城里，挂在书桌旁边。
⟦l 延伸阅读：村口那台压面机⟧
现在它不插信了，插着女儿的画。竹篾磨得发亮，摸上去还是那样光滑。
""",
    ),
    dict(
        slug="blog-qinghe-summary-shelter-kennels-wrapped",
        site="青禾的救助手记 (invented personal blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://qinghe-rescue.example.net/post/2024/12/kennel-renew.html",
        title="2024年冬季流浪狗救助站狗窝翻新活动小结",
        record_title="2024年冬季流浪狗救助站狗窝翻新活动小结（附物料清单）- 青禾的救助手记",
        date="2024-12-08",
        notes="a blog text hard-wrapped at 56 columns; the bracketed post time is the page's date; a materials table (one row a paragraph); tags, prev/next and a comment under the post",
        page="""
!m 青禾的救助手记
!m 记录鹃山区流浪动物救助站的日常
{T}
!m [2024-12-08 20:15]　分类：救助日志　阅读(412)　评论(9)
{BODY}
!l 标签：流浪狗 志愿者 冬季救助
!l « 上一篇：十一月领养日回顾　｜　下一篇：救助站春节值班表 »
!l 最新评论
!l 小满：辛苦了，周末我也去帮忙！
!d 本博客文字如需转载请先留言告知
""",
        wrap=56,
        body="""
12月1日至7日，我们救助站联合鹃山区两所大学的志愿者，给站里的六十多只流浪狗翻新了狗窝。
这次一共翻新旧狗窝三十八个，新做保温狗窝十六个。新窝用的是废旧木托盘，外面钉防水布，里面塞泡沫板和旧棉被，门口挂一块厚帆布挡风。
物料清单如下：
物料　数量　来源
木托盘　40个　物流公司捐赠
泡沫板　60张　志愿者自购
旧棉被　95床　市民捐赠
防水布　120米　爱心企业捐赠
参加活动的志愿者共计一百零七人次。感谢每一位来搬木板、钉钉子的朋友，今年冬天狗狗们不用挨冻了。
""",
    ),
]
