"""holdout314, part A: 范文 sites, 文库 previews, government portals, news portals, forums, a blog.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-sofa-cover-industry",
        site="墨耕范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfw.com/jianghua/jingji/2025/0402/51873.html",
        title="在歆川县布艺沙发套产业高质量发展推进会上的讲话",
        record_title="【讲话荟编】在歆川县布艺沙发套产业高质量发展推进会上的讲话（精编·可直接改）_墨耕范文苑",
        date="2025-03-18",
        date_also=["2025-04-02"],
        notes="old table layout with marquee, font-size row, floating QQ box and visitor counter; date under the "
        "speech title, the site's 收录 date also accepted; speaker line neutral; a ghost-writer prompt glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话荟编】在歆川县布艺沙发套产业高质量发展推进会上的讲话（精编·可直接改）_墨耕范文苑</title>
<meta name="keywords" content="沙发套,产业,推进会,讲话">
<link href="/css/mg_style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qq_float.js"></script>
<script language="javascript">function setZh(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260" class="logo">⟦m 墨耕范文苑⟧</td><td class="slogan">⟦m 一方砚台 · 万篇范文 · 伴您落笔⟧</td><td align="right">⟦a 设为主页⟧ ⟦a 收藏本苑⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
<tr><td>⟦m <a href="/">苑首页</a> ┊ <a href="/jianghua/">讲话致辞</a> ┊ <a href="/zongjie/">工作总结</a> ┊ <a href="/xinde/">心得体会</a> ┊ <a href="/zhidu/">规章制度</a> ┊ <a href="/hetong/">合同范本</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦d 墨耕范文苑温馨提醒：苑内范文只供参考行文思路，上报材料请勿整篇照抄。⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在位置：<a href="/">墨耕范文苑</a> → <a href="/jianghua/">讲话致辞</a> → <a href="/jianghua/jingji/">经济发展类讲话</a>⟧</div>
<h1 class="biaoti">⟦t 【讲话荟编】在歆川县布艺沙发套产业高质量发展推进会上的讲话（精编·可直接改）⟧</h1>
<div class="xinxi">⟦m 收录时间：2025-04-02　人气：1862　整理：砚边小吏⟧</div>
<div class="zihao">⟦a 【字号调节：特大 较大 常规 偏小】【墨色护眼】⟧</div>
<div id="zoom">
<p align="center"><b>{T}</b></p>
<p align="center">（2025年3月18日）</p>
<p align="center">歆川县人民政府副县长　邵启明</p>
{BODY}
</div>
<div class="gongju">⟦a 【复制本篇】【另存DOC】【打印此页】【推荐给同事】⟧</div>
<div class="sxp">⟦l 上一篇：在全县家纺企业安全生产约谈会上的讲话⟧<br>⟦l 下一篇：副县长在电商直播基地开园仪式上的致辞⟧</div>
</td>
<td width="250" valign="top" class="youbian">
<div class="lanmu">⟦l 同类讲话排行⟧</div>
<ul>
<li>⟦l 在特色产业小镇建设观摩会上的讲话⟧</li>
<li>⟦l 县长在纺织服装产业链大会上的讲话⟧</li>
<li>⟦l 在招商引资项目集中签约仪式上的致辞⟧</li>
</ul>
<div class="lanmu">⟦l 本周新增材料⟧</div>
<ul>
<li>⟦l 布艺企业质量提升年活动实施方案⟧</li>
<li>⟦l 乡镇产业发展情况汇报（精选）⟧</li>
</ul>
</td>
</tr>
</table>
<div id="qqfloat" style="position:fixed;right:8px;top:220px;">⟦w 材料不会写？砚边小吏帮您改 QQ：2860447135⟧</div>
<table width="960" border="0" align="center" class="dibu">
<tr><td align="center">⟦m 本苑累计接待访客：00412876 人次⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2025 墨耕范文苑 mogengfw.com　苏ICP备10072643号⟧</td></tr>
</table>
<script language="javascript" src="/js/tongji.js"></script>
</body>
</html>
""",
        body="""
同志们：
今天我们召开全县布艺沙发套产业高质量发展推进会，目的是总结去年产业发展情况，研究解决企业反映的突出问题，部署今年重点工作。
去年，全县沙发套及配套布艺企业达到214家，实现产值18.6亿元，线上销售占比超过六成，菠口镇被评为省级特色产业小镇。成绩值得肯定，但也要看到，产品同质化、弹力面料依赖外购、品牌影响力不强等问题依然突出。⟦w 整篇可按贵单位实际改写，加微信 mogeng_gw88 免费咨询⟧
下面，我讲三点意见。
一要抓质量提升。市场监管部门要联合行业协会开展沙发套尺码、色牢度、缩水率专项比对，帮助企业建立出厂检验台账。
二要抓设计创新。县里将设立每年300万元的设计扶持资金，支持企业与高校共建花型设计室。
三要抓要素保障。对新上弹力面料生产线的企业，优先保障用地和用能指标。
同志们，小小沙发套连着千家万户，也连着全县几万名从业群众的饭碗。希望大家齐心协力，把这个产业做精做强！
""",
    ),
    dict(
        slug="fanwen-biyun-report-toilet-roll-holders",
        site="笔韵公文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.biyungw.cn/shuzhi/geren/2025/0211/90417.html",
        title="2024年度城区公厕管理所所长述职报告",
        record_title="2024年度城区公厕管理所所长述职报告（笔韵精选）- 笔韵公文网",
        date="2025-01-08",
        notes="decorated record title; 成文日期 under the signature; an update stamp is no date; a related-reading "
        "line and a member prompt on lines of their own between body paragraphs",
        page="""
!m 笔韵公文网　www.biyungw.cn
!m 当前栏目：首页 ＞ 述职报告 ＞ 个人述职
!t 2024年度城区公厕管理所所长述职报告（笔韵精选）
!m 整理：笔韵编辑部　　更新于：2025-02-11　　浏览：937
!a 〔收藏本文〕〔纠错〕〔分享到朋友圈〕
{T}
{BODY}
!a 〔整篇复制〕　〔下载为Word〕　〔打印〕
!l 上一篇：乡镇环卫站站长个人述职报告
!l 下一篇：2024年度市容科科长述职述廉报告
!w 笔韵原创写手团队，代拟述职、总结，QQ：1302846975
!d 笔韵公文网所载范文均由作者投稿或编辑整理，仅作学习交流，转用请自行核实修改。
!m 笔韵公文网 版权所有　浙ICP备19088216号
""",
        indent="\u3000\u3000",
        body="""
各位领导、同志们：
2024年，我担任城区公厕管理所所长，负责全城83座公厕的日常管理。现将一年来的履职情况报告如下。
一、抓硬件改造。全年完成31座公厕的如厕设施更新，更换防盗卷纸架246个，在第一厕位安装大卷纸盒，群众反映“找不到纸”的投诉由上年的57件降到9件。
二、抓保洁管理。推行“一厕一长”，每座公厕每两小时巡查一次，卷纸余量不足三分之一时及时补充，并在巡查记录上签字。
⟦l 延伸阅读：环卫所长年终述职报告三篇对照看⟧
三、抓节约使用。针对卷纸浪费问题，我们把卷纸架改为单节出纸，配合张贴节约提示，全年卷纸用量比上年减少18%。
⟦a 本文剩余约30%内容为会员专享，开通笔韵会员继续阅读⟧
四、正视不足。部分老旧公厕墙体潮湿，卷纸架锈蚀较快；夜间补纸还有空档。下一步，我将推动夜间巡查全覆盖。
述职人：唐立军
2025年1月8日
""",
    ),
    dict(
        slug="wenku-zhidu-survey-spray-bottle-reuse-pdf",
        site="知渡文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiduwk.com/doc/6628109374.html",
        title="关于澔溪县居民家庭喷雾瓶重复使用情况的调研报告",
        record_title="关于澔溪县居民家庭喷雾瓶重复使用情况的调研报告.pdf",
        date="2024-11-20",
        notes="文库 reader: viewer toolbar, page markers '⋪ n ⋫' as HTML paragraphs cutting sentences, paywall; "
        "file-name record title; 成文日期 under the signature; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于澔溪县居民家庭喷雾瓶重复使用情况的调研报告.pdf - 知渡文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.__DOC__={"docId":"6628109374","pages":5,"free":3};</script>
<script src="https://static.zhiduwk.com/reader/v4/reader.min.js"></script>
</head>
<body>
<header class="zd-top">
<a class="logo" href="/">⟦m 知渡文库⟧</a>
<nav>⟦m <a href="/">首页</a> <a href="/cat/baogao">报告总结</a> <a href="/cat/gongwen">党政公文</a> <a href="/cat/jiaoyu">教育资料</a>⟧</nav>
<form class="search"><input placeholder="搜一搜你想要的文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 渡卡会员 全站文档任意读⟧</a>
</header>
<main class="zd-main">
<section class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：澔溪小舟　　上传于 2024-12-03　　5 页　　预计阅读 6 分钟⟧</p>
<div class="toolbar">⟦a 放大　缩小　全屏阅读　跳至第 页⟧</div>
</section>
<section class="doc-view">
{BODY}
</section>
<div class="paywall">⟦a 剩余 2 页需开通渡卡会员后阅读⟧ <button>⟦a 9.9元开通，立即阅读⟧</button></div>
<section class="rel">
<h3>⟦l 看了这篇的人还在看⟧</h3>
<ul>
<li>⟦l 家庭日化用品安全使用情况调查问卷.doc⟧</li>
<li>⟦l 消费者协会年度消费维权调研报告汇编⟧</li>
<li>⟦l 社区居民化学品误用事故分析⟧</li>
</ul>
</section>
</main>
<aside class="side">⟦a 手机扫码，随时续读本文⟧</aside>
<footer>
<p>⟦d 知渡文库所有文档均由用户上传，平台仅提供存储与展示，若有侵权请通过申诉通道告知。⟧</p>
<p>⟦m ©2025 zhiduwk.com　赣ICP备21006358号-3⟧</p>
</footer>
<script>reader.init({lazy:true});</script>
</body>
</html>
""",
        p_html='<p class="zd-line">{}</p>',
        pages=dict(fmt="⋪ {n} ⋫", every=150, start=2),
        body="""
为了解居民家庭使用和重复灌装喷雾瓶的情况，县消费者协会于今年9月至10月在韡岭镇等地开展问卷调查，回收有效问卷612份，入户察看83户。现将有关情况报告如下。
一、基本情况。受访家庭平均拥有喷雾瓶4.3个，主要用于浇花、熨衣、清洁厨房和分装酒精。七成以上家庭会把用完的清洁剂瓶洗净后重复灌装，近三成家庭在同一个瓶里先后装过不同的液体。
二、存在的问题。一是标识缺失，入户察看的83户中有49户的喷雾瓶没有任何标签；二是混装风险，有11户曾把含氯消毒液灌进装过洁厕剂的瓶子；三是儿童误触，有家长反映孩子把喷雾瓶当玩具对人喷射。
三、几点建议。建议企业在瓶身预留可书写的标签区，社区在垃圾分类宣传时一并讲解分装常识，学校把“看清瓶上写的字”纳入安全课。
澔溪县消费者协会
2024年11月20日
""",
    ),
    dict(
        slug="wenku-yeji-survey-toilet-roll-holders-wrapped",
        site="页集文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yejiwk.net/p/20241105/3317420.html",
        title="颙山县旅游厕所卷纸架配置情况调研报告",
        record_title="颙山县旅游厕所卷纸架配置情况调研报告〔精校排版·可改〕",
        date="2024-10-26",
        notes="text hard-wrapped at 62 columns, page markers '↜n↝' glued to the continuation line; 成文日期 in "
        "Chinese numerals under the signature; the upload stamp is no date",
        page="""
{T}
!m 页集文库　›　调研报告　›　文旅体育
!m 贡献者：pjwk_7741　｜　共4页　｜　上传于 2024-11-05
!a ☆加入书架　　⇩下载本文　　⚐内容有误
{BODY}
!a 预览已到末尾，完整版请下载后查看（约需6积分）
!l 同类文档：A级景区厕所革命工作总结｜旅游厕所管理制度汇编
!d 页集文库仅提供信息存储空间，文档内容由上传用户负责。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="↜{n}↝", every=120, start=2, glue=True),
        body="""
今年8月至9月，县文化和旅游局组织人员对全县12个A级景区的57座旅游厕所进行了暗访调研，重点了解卷纸架配置和厕纸供应情况。现将调研情况报告如下。
一、总体情况。57座厕所中，每个厕位都装有卷纸架的有41座，占71.9%；只在洗手区设置公共取纸机的有10座；仍未配置卷纸架的有6座，集中在蓦塘镇的两个山地景区。
二、主要问题。一是卷纸架样式杂，部分是开放式横杆，游客取纸时整卷滚落，造成浪费；二是补纸不及时，节假日下午缺纸较为普遍；三是无障碍厕位的卷纸架装得过高，乘轮椅的游客够不着。
三、对策建议。建议统一选用带防护盖的不锈钢卷纸架，安装高度控制在距地面60至70厘米；高峰时段每小时巡查补纸；把卷纸架配置纳入A级景区年度复核。
颙山县文化和旅游局调研组
二〇二四年十月二十六日
""",
    ),
    dict(
        slug="gov-yunyang-notice-disinfectant-spray-bottles",
        site="赟阳县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yunyangxzf.gov.cn/zwgk/wjw/tzgg/202504/t20250409_418832.html",
        title="关于做好村级公共场所消杀喷雾瓶发放使用工作的通知",
        record_title="关于做好村级公共场所消杀喷雾瓶发放使用工作的通知 - 卫健信息 - 赟阳县人民政府网",
        date="2025-04-07",
        date_also=["2025-04-09"],
        notes="county portal with 长辈版/无障碍/繁體 links, 索引号 table (文号 cell unmarked), 纠错 line; the notice's own "
        "联系人/电话 beside the portal's lines; 附件 list; a 下载附件 sentence; portal date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于做好村级公共场所消杀喷雾瓶发放使用工作的通知 - 卫健信息 - 赟阳县人民政府网</title>
<meta name="SiteName" content="赟阳县人民政府网">
<meta name="ColumnName" content="卫健信息">
<script src="/js/jquery.min.js"></script>
<script src="/js/accessible.js"></script>
</head>
<body>
<div class="topbar">⟦a 长辈版⟧ ⟦a 无障碍⟧ ⟦a 繁體⟧ ⟦a 登录赟阳政务服务⟧</div>
<div class="header"><div class="logo">⟦m 赟阳县人民政府网⟧</div><div class="motto">⟦m 山水赟阳 · 宜居之城⟧</div></div>
<ul class="mainnav">⟦m <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bmfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjyy/">走进赟阳</a></li>⟧</ul>
<div class="crumb">⟦m 您所在的栏目：首页 &gt;&gt; 政务公开 &gt;&gt; 部门信息 &gt;&gt; 卫健信息⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11431127MB1620358K/2025-00918⟧</td><td>⟦m 主题分类：卫生、体育⟧</td></tr>
<tr><td>⟦m 发布机构：赟阳县卫生健康局⟧</td><td>⟦m 发布日期：2025-04-09⟧</td></tr>
<tr><td>文号：赟卫发〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="fontsize">⟦a 【字体：大 中 小】　【打印正文】　【关闭窗口】⟧</div>
<div class="content">
{BODY}
</div>
<div class="attach">⟦a 附件下载：1.消杀喷雾瓶领用台账.xlsx　2.村级公共场所消杀操作要点.pdf⟧</div>
<div class="share">⟦l 分享至：微信　微博　QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4>
<ul><li>⟦l 赟阳县春季爱国卫生运动实施方案⟧</li><li>⟦l 关于开展农村病媒生物防制的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：赟阳县人民政府办公室　承办：赟阳县政务数据服务中心⟧</p>
<p>⟦m 网页错漏请反映：0735-6621190（工作日）⟧</p>
<p>⟦m 网站标识码 4311270019　湘公网安备43112702000185号⟧</p>
</div>
<script>accessible.init();</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇卫生院，各村卫生室：
为做好春季传染病防控，县卫生健康局将为全县186个村的公共场所统一配发消杀喷雾瓶。现将有关事项通知如下：
一、发放范围。每个村的村委会、文化礼堂、村卫生室各配发500毫升喷雾瓶2个，由乡镇卫生院于4月20日前领回并分发到村。
二、使用要求。喷雾瓶只能分装县疾控中心配发的消毒液，瓶身标签写明药名、浓度和配制日期，严禁与其他清洁剂混装；配制后的消毒液当日用完。
三、台账管理。各村卫生室建立领用台账，请各单位下载附件1填写，每月5日前报乡镇卫生院汇总。
联系人：程雨桐，电话：0735-6628417。
附件：1.消杀喷雾瓶领用台账
2.村级公共场所消杀操作要点
赟阳县卫生健康局
2025年4月7日
""",
    ),
    dict(
        slug="gov-xucheng-bulletin-sofa-cover-spot-check",
        site="顼城市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.xucheng.gov.cn/zwgk/ccgb/202411/t20241119_77310.html",
        title="顼城市市场监督管理局关于2024年沙发套产品质量监督抽查情况的通报",
        date="2024-11-15",
        date_also=["2024-11-18"],
        notes="record title as is; 文号 line neutral; table of unqualified products one row a paragraph; 抄送 and 印发 "
        "lines in the body; 成文日期 expected, 印发 date also accepted",
        page="""
!m 顼城市市场监督管理局
!m 首页 | 政务公开 | 通知公告 | 抽查通报
!a 【放大】【还原】　【打印】【关闭】
{T}
顼市监质〔2024〕37号
{BODY}
!l 上一条：关于开展电动自行车充电器质量抽查的通知
!l 下一条：2024年第三季度儿童服装抽查结果
!m 主办：顼城市市场监督管理局　技术支持：顼城市大数据中心
!m 市场监管投诉举报：12315　网站标识码：3612000017
""",
        indent="\u3000\u3000",
        body="""
各县（市、区）市场监督管理局，各有关企业：
2024年9月至10月，我局组织对全市生产和销售环节的沙发套产品开展质量监督抽查，共抽查企业42家、产品60批次，检出不合格产品7批次，不合格发现率11.7%。不合格项目主要是纤维含量、耐摩擦色牢度和甲醛含量。部分不合格产品情况如下：
序号　企业名称　产品名称　不合格项目
1　顼城市忻湖区雅居布艺店　弹力沙发套　纤维含量
2　歆川县菠口镇晨曦家纺厂　四季通用沙发套　耐摩擦色牢度
3　颙山县蓦塘镇安然布艺坊　加厚沙发套　甲醛含量
各地要依法对不合格产品的生产、销售企业进行处理，督促企业查明原因、认真整改，并于12月15日前将处理情况报市局质量监督科。
顼城市市场监督管理局
2024年11月15日
抄送：省市场监督管理局质量监督处，市消费者权益保护委员会。
顼城市市场监督管理局办公室　2024年11月18日印发
""",
    ),
    dict(
        slug="news-xinchuan-shower-puff-orders",
        site="歆川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xinchuannews.cn/xzdt/2024-10/22/content_88137.html",
        title="菠口镇沐浴球订单排到明年春天",
        record_title="菠口镇沐浴球订单排到明年春天 - 乡镇动态 - 歆川新闻网",
        record_date="2024-10-22",
        date="2024-10-22",
        notes="county news portal: an app prompt glued before the lead, a photo caption between paragraphs, an editor "
        "line glued after the last sentence, a listen button and a 24-hour list; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>菠口镇沐浴球订单排到明年春天 - 乡镇动态 - 歆川新闻网</title>
<script src="//cdn.xinchuannews.cn/js/tts-player.js"></script>
<script>var ARTICLE_ID=88137;</script>
</head>
<body>
<div class="site-top">⟦m 歆川新闻网⟧ ⟦m 歆川县融媒体中心主办⟧ <a href="/app">⟦a 下载客户端⟧</a></div>
<div class="nav">⟦m <a>首页</a> <a>时政</a> <a>乡镇动态</a> <a>民生</a> <a>视听</a> <a>专题</a>⟧</div>
<div class="wrap">
<div class="main">
<div class="pos">⟦m 当前位置：歆川新闻网 › 乡镇动态⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2024-10-22 07:50　来源：歆川融媒　记者：谭远　通讯员：葛秋⟧</div>
<div class="listen">⟦a ▶ 听新闻　00:00 / 02:31⟧</div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 朋友圈 微博 复制链接⟧</div>
</div>
<div class="side">
<h3>⟦l 24小时热闻⟧</h3>
<ol>
<li>⟦l 歆河沿岸新增两处亲水步道⟧</li>
<li>⟦l 菠口镇网纱编织培训班开课⟧</li>
<li>⟦l 全县秋粮收购进度过半⟧</li>
</ol>
<div class="ad">⟦a 广告位招租 0735-8120066⟧</div>
</div>
</div>
<div class="foot">⟦d 未经歆川融媒授权，不得转载、摘编本网刊发的稿件和图片。⟧<br>⟦m 互联网新闻信息服务许可证 43120190033　湘ICP备18013072号⟧</div>
<script>TTS.bind('.listen');</script>
</body>
</html>
""",
        body="""
⟦a 打开歆川融媒App，看更多身边事⟧10月21日，记者走进歆川县菠口镇洁丽日用品厂，生产车间里十几台缝纫机同时运转，女工们把网纱一圈圈收拢，扎成一个个彩色沐浴球。
“今年的订单已经排到明年4月了。”厂长邬海燕告诉记者，厂里生产的沐浴球销往二十多个国家，今年前三季度出口额比去年同期增长三成。
⟦m 图为菠口镇洁丽日用品厂女工正在扎制沐浴球。（记者 谭远 摄）⟧
菠口镇是全县有名的日用品加工镇，全镇有沐浴球、浴擦等洗浴用品企业19家，带动周边600多名妇女在家门口就业。镇里还与县职校合作开办网纱编织培训班，今年已培训学员140人。
“下一步，我们准备上马可降解材料的沐浴球，争取拿下更多环保订单。”邬海燕说。⟦m 责任编辑：苗佳　审核：柯文⟧
""",
    ),
    dict(
        slug="news-xuchengzaixian-roll-holders-no-title",
        site="顼城在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.xuchengzx.com/cs/20250514/1420587.shtml",
        title="忻湖区42座公厕换上防盗卷纸架",
        record_title=None,
        date="2025-05-14",
        notes="no title in the record: the news page's title line; the time line is the page's date",
        page="""
!m 顼城在线 · 新闻频道
!m 首页 > 本地新闻 > 城事
{T}
!m 2025-05-14 08:26　来源：顼城晚报　　字号：大 中 小
!a 分享：微信｜QQ｜微博　　　评论（14）
{BODY}
!m （编辑：钱晓）
!l 【相关新闻】
!l 忻湖区背街小巷公厕改造启动
!l 城管局：公厕开放时间延长至晚10点
!l 【网友热评】
!l 顼城阿伟：点赞，希望老城区也跟上
!m 顼城在线新闻中心 版权所有　新闻热线：0730-6115577
""",
        indent="\u3000\u3000",
        body="""
本报讯（记者 袁可欣）“以前来公园晨练，最怕进厕所发现没纸。”5月13日，在忻湖区翌园公园公厕，市民卢大爷指着新装的卷纸架说，“现在纸有了，也不怕被人整卷拿走了。”
今年以来，忻湖区城管局投入18万元，对辖区42座公厕进行小改造，为每个厕位安装带锁扣的不锈钢防盗卷纸架，并在入口处增设取纸提示牌。卷纸架每次只能抽出一小段纸，既方便群众，又减少浪费。
区城管局环卫科负责人介绍，改造后，公厕卷纸的日均消耗量下降了约四成，保洁员补纸的次数也少了。下一步，区里将在背街小巷的公厕推广这一做法。
""",
    ),
    dict(
        slug="forum-lvmuzhi-spray-nozzle-help-jammer",
        site="绿拇指论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.lvmuzhi.net/thread-305521-1-1.html",
        title="喷雾瓶按几下就不出水了，喷头怎么疏通？",
        record_title="[小白求助] 喷雾瓶按几下就不出水了，喷头怎么疏通？（已自行解决） - 阳台园艺 - 绿拇指论坛",
        date=None,
        notes="Discuz-like gardening forum: jammer-font junk glued and on a line, rating row, signature, replies; "
        "the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[小白求助] 喷雾瓶按几下就不出水了，喷头怎么疏通？（已自行解决） - 阳台园艺 - 绿拇指论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?x7Q"></script>
</head>
<body>
<div id="toptb">⟦m 绿拇指论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="nv">⟦m <a>论坛</a> <a>花友圈</a> <a>晒图</a> <a>植物百科</a>⟧</div>
<div id="pt">⟦m 绿拇指论坛 › 花园阳台 › 阳台园艺 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 1520 ｜ 回复: 23⟧</div>
<h1><span id="thread_subject">⟦t [小白求助] 喷雾瓶按几下就不出水了，喷头怎么疏通？（已自行解决）⟧</span></h1>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 芸豆爱开花⟧</div><dl>⟦m 主题 41　帖子 580　积分 2317　花友等级：园丁⟧</dl></td>
<td class="plc">
<div class="pti">⟦m 发表于 3 天前 ｜ 只看该作者 ｜ 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8871240">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 4　花币 +12　理由：实用　收起⟧</div>
<div class="sign">⟦m 阳台一平米，四季有花开⟧</div>
<div class="po">⟦a 回复　引用　支持　举报⟧</div>
</td></tr></table>
<div class="pl reply">⟦l 沙发 | 多肉小王子：白醋这招好使，我家的也通了⟧</div>
<div class="pl reply">⟦l 板凳 | 老园丁：吸管滤网最容易被忽略，赞一个⟧</div>
<div id="f_pst">⟦a 登录后方可回帖，没有账号？注册一个⟧</div>
<div id="ft">⟦m Archiver ｜ 手机版 ｜ 绿拇指论坛 ｜ 桂ICP备17003951号⟧</div>
<script>_attachEvent(window,'load',function(){});</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里浇花用的喷雾瓶用了大半年，最近按几下就不出水了，使劲按还会从瓶口往外渗水，弄得一手湿。
先说一下情况：瓶子是超市买的500毫升塑料瓶，一直装的是兑了营养液的水，平时就放在阳台上晒着。
后来我自己摸索着解决了，分享给有同样问题的坛友：
1.把喷头拧下来，整个泡进温水里，加一小勺白醋，泡半个小时；
2.用缝衣针轻轻捅一下喷嘴的小孔，再按压几十下，把里面的水垢冲出来；
3.检查吸管底部的小滤网，我的已经被绿藻糊住了，用旧牙刷刷干净；
4.瓶口的密封圈如果变硬开裂，直接换新的，网上几毛钱一个。
装回去以后喷得又细又匀。经验就是营养液别长期泡在瓶里，用完倒掉晾干，喷头也要一个月泡洗一次。
""",
    ),
    dict(
        slug="forum-haojiadang-shower-puff-mould-junk",
        site="好家当论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.haojiadang.com/t/772015",
        title="沐浴球发霉了还能用吗？说说我家的教训",
        record_title="[家居杂谈] 沐浴球发霉了还能用吗？说说我家的教训（多图，流量党慎点） - 居家生活 - 好家当论坛",
        date=None,
        notes="forum thread with anti-scraping junk as lines and glued after 。; 发表于 昨天 is no date",
        page="""
!m 好家当论坛 - 居家生活版
!m 好家当 » 居家生活 » 浴室收纳
!t [家居杂谈] 沐浴球发霉了还能用吗？说说我家的教训（多图，流量党慎点）
!m 楼主：青柠不酸　　发表于 昨天 22:14　　只看楼主
{BODY}
!a 点赞(36)　回复　转发到朋友圈
!l 2楼　豆豆妈：我家的也是，黑了还在用，马上扔
!l 3楼　阿琛：买硅胶的吧，不容易长霉
!a 登录好家当，参与讨论 → 立即登录
!m 好家当论坛 © 2025　沪ICP备23011542号
""",
        junk=dict(lines=2, glued=2),
        body="""
前阵子收拾卫生间，发现挂在花洒旁边的沐浴球里面黑了一片，掰开一看，网纱中间全是霉点，闻着还有股酸味。这个球我用了快一年，一直挂在淋浴间里，从来没晾干过。
后来查了些资料才知道，沐浴球网纱层层叠叠，洗完澡以后里面积着水和沐浴露，卫生间又潮，最容易长霉菌。用这样的球搓澡，皮肤敏感的人很可能起疹子。
说几点我现在的做法：
第一，洗完澡把沐浴球里的水挤干，挂到通风的地方，别挂在花洒底下；
第二，每周用开水烫一下，或者泡在淡盐水里十分钟；
第三，最多用两三个月就换新的，发黑、发黏、有味道的立刻扔掉。
家里老人舍不得扔，我就跟她讲，一个沐浴球才几块钱，皮肤出了问题可就不是几块钱的事了。
""",
    ),
    dict(
        slug="blog-laozhou-toothpaste-squeezer-for-dad",
        site="老周的周末木作间 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laozhoumuzuo.blog.cn/2025/02/16/yagaoji/",
        title="给老爸做了个牙膏挤",
        record_title="【木作小记】给老爸做了个牙膏挤 - 老周的周末木作间",
        date="2025-02-16",
        notes="WordPress-like blog: header, calendar widget, archive, tag cloud, comment form; the post's 发表于 line "
        "is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【木作小记】给老爸做了个牙膏挤 - 老周的周末木作间</title>
<link rel="stylesheet" href="/wp-content/themes/plank/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="single">
<header class="site-header">
<p class="site-title">⟦m 老周的周末木作间⟧</p>
<p class="site-description">⟦m 刨花、锯末和一点点耐心⟧</p>
<nav>⟦m <a>首页</a> <a>小木作</a> <a>工具评测</a> <a>关于老周</a>⟧</nav>
</header>
<main>
<article>
<h1 class="entry-title">⟦t 【木作小记】给老爸做了个牙膏挤⟧</h1>
<div class="entry-meta">⟦m 发表于 2025年2月16日 20:45　分类：小木作　作者：老周⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：牙膏挤 适老改造 边角料⟧</footer>
</article>
<nav class="post-nav">⟦l ← 用旧床板做的鞋架⟧ ⟦l 木工夹怎么选 →⟧</nav>
<section id="comments">
<h3>⟦l 5 条评论⟧</h3>
<div class="comment">⟦l 木头人：太暖了，照着做了一个给奶奶⟧</div>
<div class="comment">⟦l 刨子：螺丝建议换成木销，更安全⟧</div>
<form>⟦l 发表评论　昵称　邮箱　网址　提交评论⟧</form>
</section>
</main>
<aside class="sidebar">
<div class="widget">⟦l 2025年二月日历　一 二 三 四 五 六 日⟧</div>
<div class="widget">⟦l 文章归档：2025年二月（3）　2025年一月（5）　2024年十二月（4）⟧</div>
<div class="widget">⟦l 标签云：榫卯 收纳 适老改造 工具 边角料⟧</div>
</aside>
<footer class="site-footer">⟦m 老周的周末木作间 · 自豪地采用 WordPress⟧</footer>
<script src="/wp-includes/js/comment-reply.min.js"></script>
</body>
</html>
""",
        body="""
老爸去年中风以后，右手一直不太灵便，挤牙膏成了每天早上的难题：一只手按着牙刷，另一只手根本捏不动管子。
春节在家那几天，我用阳台上的边角料给他做了个牙膏挤。做法很简单：两块10厘米长的松木条，中间留出3毫米的缝，两头用螺丝固定，牙膏尾巴塞进缝里，往前一推，膏体就挤到牙刷上了。
为了让他单手也能用，我在底座上粘了一块防滑硅胶垫，又把木条边角都磨圆，免得划手。老爸试了几次，第一次自己挤好了牙膏，高兴得像个孩子。
后来我又做了三个，送给了楼下同样手脚不便的邻居。如果你家里也有行动不便的老人，不妨试试，材料费不到十块钱。
""",
    ),
]
