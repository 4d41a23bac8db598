"""holdout205, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Written by hand; every
site, place, person, firm, number and URL is invented. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-fanglin-speech-induction-canteen-gb2312",
        site="枋林范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.fanglinfw.com/jianghua/jiaoyu/2024/0919/5172.html",
        title="在楹川县校园食堂电磁炉替换燃气灶工作推进会上的讲话",
        record_title="【会议讲话·教育篇】在楹川县校园食堂电磁炉替换燃气灶工作推进会上的讲话（可改写）_枋林范文网",
        date="2024-09-06",
        date_also=["2024-09-19"],
        notes="old table page: marquee, font row, floating QQ box, hot list, visitor counter; speaker and date under the title neutral; a ghost-writer line between paragraphs, a consult prompt glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【会议讲话·教育篇】在楹川县校园食堂电磁炉替换燃气灶工作推进会上的讲话（可改写）_枋林范文网</title>
<link href="/skin/fl2008.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/fl_logo.gif" alt="">⟦m 枋林范文网⟧</td><td align="right">⟦m 一支笔 一片林 写尽公文事⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()">⟦m 喜报：枋林范文网收录讲话稿突破六万篇，老会员续费享七折！⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" class="nav"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/tongzhi/">⟦m 通知公告⟧</a></td>
</tr></table>
<table width="960" border="0" align="center"><tr><td class="weizhi">⟦m 您现在的位置：<a href="/">网站首页</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 教育系统讲话⟧</td></tr></table>
<table width="960" border="0" align="center" cellpadding="6">
<tr><td width="700" valign="top">
<table width="100%" border="0">
<tr><td class="biaoti" align="center">{T}</td></tr>
<tr><td align="center" class="xinxi">⟦m 发布时间：2024-09-19　来源：网友投稿　作者：林间客　浏览：1182 次⟧</td></tr>
<tr><td align="center">⟦a 【字体：放大 还原 缩小】【底色：护眼绿 羊皮纸 默认白】⟧</td></tr>
<tr><td align="center">楹川县教育局副局长　岑立峰</td></tr>
<tr><td align="center">（2024年9月6日）</td></tr>
<tr><td class="zhengwen">
{BODY}
</td></tr>
<tr><td align="center">⟦a 【打印此文】【关闭本页】【推荐给同事】⟧</td></tr>
<tr><td>⟦l 上一篇：在全县秋季学期开学工作会议上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇：县教育局学校食品安全约谈会讲话提纲⟧</td></tr>
</table>
</td>
<td width="260" valign="top">
<table width="100%" border="0" class="bk">
<tr><td class="bt">⟦l ·本月讲话排行·⟧</td></tr>
<tr><td><a href="/jianghua/2024/0911/5080.html">⟦l 在学校后勤工作会议上的讲话（三篇）⟧</a></td></tr>
<tr><td><a href="/jianghua/2024/0903/4977.html">⟦l 分管副局长在食堂管理培训班上的讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/2024/0828/4921.html">⟦l 在营养改善计划推进会上的讲话稿⟧</a></td></tr>
</table>
</td></tr></table>
<div id="float_qq" style="position:absolute;right:8px;top:220px;">⟦w 写作顾问在线 QQ：2810573364⟧</div>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 本站文章多为网友投稿，仅供写作参考，引用前请自行核实，切勿原样照搬。⟧</td></tr>
<tr><td align="center">⟦m Copyright 2008-2024 枋林范文网 蜀ICP备09031786号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0031288 位来客⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
今天我们在墀岭镇中心小学召开这次推进会，主要是看一看新换上的电磁炉灶台，听一听食堂师傅的意见，把全县校园食堂“气改电”工作往前推一步。刚才大家参观了后厨，墀岭镇中心小学和楹川三中作了交流发言，我都赞成。⟦w 原创讲话稿一对一定制，点此联系写作顾问⟧
下面讲三点意见。
一是把安全放在第一位。燃气灶换成商用电磁炉，明火没有了，但用电负荷上来了。各校要请供电所上门核一次容量，线路老化的先改线路再上灶，不能图快。
⟦w 本篇已被下载2631次，同类材料可加微信 fl_xiezuo88 获取⟧
二是把师傅教会。电磁炉火力调节和燃气灶不一样，锅具也要换成平底导磁锅。县局9月底前分片组织一次操作培训，每所学校至少两名厨师参加。
三是把账算清楚。全县42所学校食堂今年计划替换31所，已完成19所。各校要按月报送用电量和燃气费对比，年底我们拿数据说话。
同志们，孩子们的一日三餐无小事。希望大家按时间节点抓好落实，确保年底前全部完成替换任务。
""",
    ),
    dict(
        slug="fanwen-qingjian-insight-fans-wrapped-missing",
        site="青简公文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qingjiangw.net/xinde/zhiyuan/20240803/77215.html",
        title="参加“送清凉·电扇进万家”志愿服务活动心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line; body hard-wrapped at 56 columns with an indent; a related-reading line between paragraphs, a copy tag glued after a 。; collection stamp is relative",
        page="""
!m 青简公文网 · 替基层写手省点劲
!m 当前位置：首页 ＞ 心得体会 ＞ 志愿服务心得
{T}
!m 整理：青简小编　｜　收录于 2 天前　｜　热度 916
!a ▶ 一键复制　▶ 存为Word　▶ 发送到手机
{BODY}
!a 本页共收录3篇同题范文，开通会员后可展开第2、3篇
!l ◇ 相关范文：高温天气送清凉慰问活动总结 ◇ 夏季走访独居老人有感 ◇ 社区志愿者年度感悟
!d 青简公文网内容由用户整理上传，观点不代表本站，若有侵权请联系删除。
!m 青简公文网 qingjiangw.net　浙ICP备15062209号
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
七月中旬，我随社区志愿服务队参加了“送清凉·电扇进万家”活动，给辖区六十多户独居老人和困难家庭送去新电风扇，并帮他们把旧电扇检查了一遍。几天下来，腿跑酸了，心里却很踏实，有几点感受想记下来。
第一，小家电里有大民生。楔园社区老房子多，很多老人舍不得开空调，一台电风扇就是一个夏天的依靠。有位八十岁的奶奶，家里的台扇扇叶裂了还在用，我们换上新扇那天，她拉着我们的手说了好几遍谢谢。⟦a 〔本段可一键复制〕⟧
⟦l ☞ 延伸阅读：志愿服务类心得怎么写出真情实感⟧
第二，服务要细到插座。送扇不是放下就走，我们挨家看了插座和电线，发现四户用的是破损插线板，当场做了更换，并提醒老人睡觉时把风扇调到低挡、不要对着头吹。
第三，志愿服务要有长性。一次送扇容易，长期照看难。我准备和队友建立独居老人联系表，每月电话问候一次，把这份清凉延续下去。
""",
    ),
    dict(
        slug="wenku-jianwen-plan-laminator-html-markers",
        site="鉴文文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.jianwenwk.com/view/4c71e0a93b.html",
        title="楹川县政务服务中心自助证照塑封服务点建设方案",
        record_title="楹川县政务服务中心自助证照塑封服务点建设方案（可编辑） - 鉴文文库",
        date="2024-09-02",
        notes="文库 reader: page-marker paragraphs ⏧ n ⏧ cut sentences; upload stamp is no date; a month-card lock and a coin pay box; signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>楹川县政务服务中心自助证照塑封服务点建设方案（可编辑） - 鉴文文库</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://static.jianwenwk.com/css/reader.v7.css">
<script src="https://static.jianwenwk.com/js/reader.v7.js"></script>
</head>
<body>
<header class="jw-top">
<a class="logo" href="/">⟦m 鉴文文库⟧</a>
<span class="slogan">⟦m 好文档，鉴得出⟧</span>
<form class="so"><input type="text" placeholder="搜一搜海量文档"><button>⟦a 搜文档⟧</button></form>
<a href="/member/card">⟦a 月卡会员9.9元起⟧</a> <a href="/passport/login">⟦a 去登录⟧</a>
</header>
<nav class="crumbs">⟦m 鉴文文库 › 行业资料 › 政务服务 › 工作方案⟧</nav>
<main class="reader">
<div class="doc-head">
<h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：jw_user58120　上传于 3 天前　共 2 页　浏览 647　下载 38⟧</p>
<div class="doc-bar">⟦a 全屏阅读⟧ ⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 下载原文档⟧</div>
</div>
<div class="doc-page">
{BODY}
</div>
<div class="doc-lock">⟦a 本文档已阅读至第2页，开通月卡可畅读全部剩余内容⟧</div>
<div class="doc-pay">⟦a 支付18鉴币下载 · 扫码付款后自动开始下载⟧</div>
</main>
<aside class="side">
<h3>⟦l 看过此文档的人还看了⟧</h3>
<ul>
<li><a href="/view/1f.html">⟦l 政务服务大厅便民服务区设置方案⟧</a></li>
<li><a href="/view/2e.html">⟦l 导服人员岗位职责及服务规范⟧</a></li>
<li><a href="/view/3d.html">⟦l 便民服务中心“帮办代办”工作方案⟧</a></li>
</ul>
</aside>
<footer>
<p>⟦d 鉴文文库所有文档均由用户上传，鉴文仅提供存储和展示服务，如涉及侵权请提交申诉。⟧</p>
<p>⟦m © 2016-2024 jianwenwk.com　苏ICP备16047219号-3⟧</p>
</footer>
</body>
</html>
""",
        p_html='<p class="t">{}</p>',
        pages=dict(fmt="⏧ {n} ⏧", every=130, start=2),
        body="""
为方便办事群众，县政务服务中心决定在一楼大厅设立自助证照塑封服务点，为群众免费塑封老年优待证、残疾人证、健康证等纸质证件。现制定方案如下。
一、工作目标
2024年10月底前建成服务点并投入使用，配备塑封机两台、裁切刀一把，做到随到随封、不收费用。
二、实施步骤
（一）设备采购（9月10日前）。由中心办公室按程序采购A4幅面塑封机两台，配套塑封膜五千张。
（二）场地布置（9月20日前）。在导服台旁设置操作台，张贴操作流程图和安全提示。
（三）试运行（10月1日至31日）。由导服人员代为操作，记录使用次数和群众意见。
三、工作要求
塑封机工作时温度较高，严禁群众自行操作；每天下班前关闭电源并清理胶辊。身份证、社保卡等卡类证件不得塑封，导服人员要做好解释。
楹川县政务服务中心
2024年9月2日
""",
    ),
    dict(
        slug="wenku-shiye-survey-washer-drain-wrapped-pdf",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://shiyewenku.cn/p-1183920476.html",
        title="关于枋城市老旧小区阳台洗衣机排水问题的调研报告",
        record_title="关于枋城市老旧小区阳台洗衣机排水问题的调研报告.pdf",
        date="2024-05-20",
        notes="file-name record title; text hard-wrapped at 62 columns and cut by markers ⍿n⍿ glued to the continuation line; signature date in Chinese numerals",
        page="""
!m 拾页文库 — 每一页都有用
!m 首页 / 建筑房产 / 调研报告
!t 关于枋城市老旧小区阳台洗衣机排水问题的调研报告.pdf
!m 页数：3　格式：PDF　大小：186KB　贡献者：鹿鸣书斋
!a 预览已结束，剩余内容需付费下载 ¥6.80
{BODY}
!a 〖下载此PDF〗〖加入我的书架〗〖分享到朋友圈〗
!l 相似文档：城镇老旧小区改造居民意愿调查报告｜阳台雨污分流改造技术要点
!d 声明：拾页文库文档来自网友上传，本站不对内容的完整性负责，侵权文档请通过页面下方举报通道反馈。
""",
        wrap=62,
        pages=dict(fmt="⍿{n}⍿", every=150, start=2, glue=True),
        body="""
今年3月至4月，我们对庑湖区、槅桥街道的18个老旧小区开展了阳台洗衣机排水情况专题调研，共入户走访312户，发放问卷600份，收回有效问卷571份。现将有关情况报告如下。
一、基本情况
受访住户中，有72.4%把洗衣机放在阳台，其中近六成直接接入阳台雨水立管。含洗涤剂的废水经雨水管流入河道，是楹江部分支流泡沫增多的原因之一。
二、主要问题
一是建设标准滞后，2000年以前建成的小区阳台大多未预留污水管；二是改造意愿不一，低层住户担心改管后返水；三是管理责任不清，物业、社区和排水公司之间互相推诿。
三、对策建议
建议将阳台污水立管改造纳入老旧小区改造必改项目，按每户约600元标准给予补助；由街道牵头、物业配合开展宣传，引导居民把洗衣废水接进污水管。
枋城市住房和城乡建设局调研组
二〇二四年五月二十日
""",
    ),
    dict(
        slug="gov-yingchuan-notice-fans-for-poor-index-table",
        site="楹川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yingchuan.gov.cn/zwgk/tzgg/202407/t20240705_918233.html",
        title="关于做好2024年夏季困难群众防暑降温物资发放工作的通知",
        record_title="关于做好2024年夏季困难群众防暑降温物资发放工作的通知_通知公告_楹川县人民政府",
        date="2024-07-03",
        date_also=["2024-07-05"],
        notes="county portal: 关怀版/读屏 links, 索引号 table with the 文号 cell unmarked, 纠错 and service lines beside the notice's own 联系人/电话, 附件 list; 成文日期 and 发布日期 differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于做好2024年夏季困难群众防暑降温物资发放工作的通知_通知公告_楹川县人民政府</title>
<meta name="SiteName" content="楹川县人民政府">
<meta name="ColumnName" content="通知公告">
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/accessible.js"></script>
</head>
<body>
<div class="topbar">⟦m 欢迎访问楹川县人民政府门户网站⟧ <a href="javascript:;">⟦a 关怀版⟧</a> <a href="javascript:;">⟦a 读屏专用⟧</a> <a href="/en/">⟦a EN⟧</a></div>
<div class="header"><img src="/images/ghlogo.png" alt="">⟦m 楹川县人民政府⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进楹川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：114309270064823157/2024-00871⟧</td><td>⟦m 发布机构：县民政局⟧</td></tr>
<tr><td>⟦m 主题分类：社会救助⟧</td><td>楹民发〔2024〕19号</td></tr>
<tr><td>⟦m 成文日期：2024-07-03⟧</td><td>⟦m 发布日期：2024-07-05⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="tools">⟦a 文字大小：特大 大 标准⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<p><a href="/zwgk/tzgg/202406/t20240618_911020.html">⟦l 县应急管理局关于防范高温天气安全风险的提示⟧</a></p>
<p><a href="/zwgk/tzgg/202406/t20240611_909351.html">⟦l 楹川县2024年城乡低保标准调整公示⟧</a></p>
</div>
</div>
<div class="footer">
<p>⟦m 主办单位：楹川县人民政府办公室　承办：楹川县政务数据服务中心⟧</p>
<p>⟦m 网站纠错热线：0736-7210012　网站标识码：4309270031⟧</p>
<p>⟦m 政务服务便民热线：12345　湘ICP备05019336号⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
入夏以来，我县持续高温。为保障城乡低保、特困供养人员和高龄独居老人安全度夏，县民政局决定统一采购一批电风扇和防暑药品，发放到困难群众家中。现将有关事项通知如下。
一、发放对象。全县城乡特困供养人员、低保家庭中的高龄老人和重度残疾人，共计1436户。
二、发放标准。每户电风扇一台、防暑药品一份。电风扇由县民政局统一采购，7月10日前配送到各乡镇民政办。
三、工作要求。各乡镇要在7月20日前发放到户，入户时帮助检查电线插座，并在发放花名册上签字确认。
联系人：县民政局社会救助股　孙晓岚　电话：0736-7214508
附件：1.困难群众防暑降温物资发放花名册
2.电风扇签收单（样表）
楹川县民政局
2024年7月3日
""",
    ),
    dict(
        slug="gov-fangcheng-bulletin-induction-spotcheck-table",
        site="枋城市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.fangcheng.gov.cn/zwgk/zljd/202408/t20240819_55302.html",
        title="关于2024年电磁炉产品质量市级监督抽查情况的通报",
        record_title="关于2024年电磁炉产品质量市级监督抽查情况的通报-政务公开-枋城市市场监督管理局",
        date="2024-08-15",
        date_also=["2024-08-19"],
        notes="bureau page as text: 文号 line neutral, data table one row a paragraph, a reading link between paragraphs, a report link glued after a 。, 抄送 and 印发 lines; signature date and page date differ",
        page="""
!m 枋城市市场监督管理局
!m 首页 » 政务公开 » 质量监督 » 抽查通报
{T}
枋市监质〔2024〕37号
!m 发布时间：2024-08-19 09:12　信息来源：质量监督处　访问量：438
!a 【字号 大 中 小】　【打印】　【关闭】
{BODY}
!l 上一条：枋城市2024年第二季度食品安全监督抽检信息公告
!l 下一条：关于开展电动自行车充电器专项检查的通知
!m 主办：枋城市市场监督管理局　投诉举报：12315
!m 网站标识码：4312000027　湘公网安备43120002000119号
""",
        body="""
各区县市场监督管理局，局机关各处室：
2024年6月至7月，我局组织对全市生产、销售的电磁炉产品开展了质量监督抽查。现将抽查情况通报如下。
一、抽查基本情况
本次共抽查32家企业的40批次产品，检验项目包括输入功率和电流、泄漏电流、发热、结构等。经检验，合格36批次，不合格4批次。⟦a 〔点击查看检验报告原件〕⟧
二、不合格产品情况
标称生产企业　产品型号　不合格项目
枋城市焰都厨电有限公司　YD-2108　输入功率和电流
枋城市禾丰小家电厂　HF-C20　发热
庑湖区聚宝电器商行　JB-99　标志和说明
楹川县益家电器有限公司　YJ-2200　结构
⟦l 政策图解：一张图看懂本次电磁炉抽查结果⟧
三、处理要求
各区县局要依法对不合格产品的生产、销售企业进行处理，责令其立即停止生产、销售，并于9月15日前将处理结果报市局质量监督处。
枋城市市场监督管理局
2024年8月15日
抄送：省市场监督管理局质量监督处。
枋城市市场监督管理局办公室　2024年8月16日印发
""",
    ),
    dict(
        slug="news-juexi-lunchbox-elder-canteen-html",
        site="桷溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.juexinews.cn/xy/2024-10/16/content_338120.html",
        title="扃口镇老年食堂推行可循环便当盒",
        record_title="【民生速递】扃口镇老年食堂推行可循环便当盒_县域_桷溪新闻网",
        record_date="2024-10-16",
        date="2024-10-16",
        notes="county news portal: app prompt, ad slot, 24-hour list; a photo caption between paragraphs; an editor line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>【民生速递】扃口镇老年食堂推行可循环便当盒_县域_桷溪新闻网</title>
<script src="//cdn.juexinews.cn/js/stat.js"></script>
</head>
<body>
<div class="top">⟦m 桷溪新闻网⟧ ⟦m 桷溪县融媒体中心主办⟧ <a href="/app/">⟦a 下载桷溪发布APP⟧</a></div>
<div class="menu">⟦m 首页⟧ ⟦m 时政⟧ ⟦m 县域⟧ ⟦m 民生⟧ ⟦m 视频⟧ ⟦m 专题⟧</div>
<div class="where">⟦m 桷溪新闻网 &gt; 县域 &gt; 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 2024-10-16 08:45　来源：桷溪日报　记者：柯雨萌⟧ <a class="listen">⟦a ▷ 听新闻⟧</a></div>
<div class="ad-slot">⟦m 广告位招租 0736-8831107⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-share">⟦l 转发到：朋友圈　微博　抖音⟧</div>
</div>
<div class="side">
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 桷溪县秋粮收购工作全面启动⟧</li>
<li>⟦l 县城至扃口镇公交线路加密班次⟧</li>
<li>⟦l 桷溪一中举行秋季运动会⟧</li>
</ol>
</div>
<div class="foot">
<p>⟦d 凡本网注明“来源：桷溪新闻网”的作品，未经授权不得转载、摘编。⟧</p>
<p>⟦m 互联网新闻信息服务许可证：43120200083　湘ICP备18006627号⟧</p>
</div>
</body>
</html>
""",
        body="""
本报讯（记者 柯雨萌 通讯员 闫海）10月15日中午，桷溪县扃口镇老年食堂的送餐员把一摞不锈钢便当盒装上电动三轮车，这是食堂推行可循环便当盒的第一天。
过去，食堂给行动不便的老人送餐用一次性塑料盒，每天要用掉两百多个。今年起，镇里为订餐老人每人配发两只分格便当盒，吃完洗净，第二天送餐时换回。
⟦m 图为送餐员在扃口镇老年食堂装运便当盒。柯雨萌 摄⟧
“盒子厚实，饭菜送到家还是热的。”82岁的独居老人邓桂香说。食堂负责人介绍，回收的便当盒统一高温消毒，每只可以反复使用两年以上。
目前，扃口镇老年食堂每天送餐186份，一年可少用塑料餐盒约6万个。⟦m （责任编辑：蒋棠　校对：祁芸）⟧
""",
    ),
    dict(
        slug="news-yingchuan-shared-laundry-site-text",
        site="楹川融媒网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yingchuanrm.com/news/msh/202406/21/c41107.html",
        title="楹川县首批“工地共享洗衣房”投用",
        record_title="【民生·楹川】楹川县首批“工地共享洗衣房”投用｜楹川融媒网",
        date="2024-06-21",
        notes="byline 发布时间 is the page's date; an app prompt glued before the lead's first words; a photo caption and a further-reading line between paragraphs",
        page="""
!m 楹川融媒网｜楹川人自己的新闻网
!m 首页 › 民生 › 正文
{T}
!m 发布时间：2024-06-21 10:32　来源：楹川县融媒体中心　编辑：冉冉
!a 字号 A+ A-　｜　夜间模式
{BODY}
!l 【往期回顾】县总工会夏送清凉慰问一线职工
!l 【往期回顾】墀岭镇建筑工地推行实名制考勤
!a 扫码下载“楹川融媒”客户端，看更多本地新闻
!m 违法和不良信息举报电话：0736-7222110
!m 楹川县融媒体中心版权所有　湘ICP备20014436号-1
""",
        body="""
⟦a 打开楹川融媒APP，阅读体验更佳⟧本网讯 6月20日，楹川县首批“工地共享洗衣房”在墀岭镇安置房项目工地投入使用，6台滚筒洗衣机、2台烘干机一字排开，工人下班后刷工牌就能免费洗衣。
“以前衣服都是在桶里手搓，一身汗衣服晾一夜也干不了。”来自桷溪县的钢筋工老魏说，现在把工作服丢进洗衣机，吃完晚饭就能取。
⟦m 工人在共享洗衣房使用洗衣机。融媒记者 闵卓 摄⟧
据了解，共享洗衣房由县总工会和施工企业共同出资建设，洗衣液、电费由企业承担，县总工会每年补助设备维护费用。
⟦l 延伸阅读｜楹川县新建户外劳动者驿站27个⟧
县总工会相关负责人表示，年内将在全县12个在建项目工地推广这一做法，让一线工人住得舒心、干得安心。
""",
    ),
    dict(
        slug="forum-banshou-washer-e21-discuz-jammer",
        site="扳手家电论坛 (invented, Discuz-like)",
        style="论坛",
        genre="经验",
        kind="other",
        form="html",
        source="https://bbs.banshoujd.com/thread-402117-1-1.html",
        title="滚筒洗衣机报E21，自己动手排查全过程",
        record_title="[修机实录] 滚筒洗衣机报E21，自己动手排查全过程 - 洗衣机维修区 - 扳手家电论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts in the post, rating row, signature, replies; the post time is relative (3 天前): no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[修机实录] 滚筒洗衣机报E21，自己动手排查全过程 - 洗衣机维修区 - 扳手家电论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head>
<body>
<div id="toptb">⟦m 扳手家电论坛⟧ <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册⟧</a> <a href="misc.php?mod=faq">⟦a 帮助⟧</a></div>
<div id="pt">⟦m 扳手家电论坛 › 大家电 › 洗衣机维修区 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 5310 | 回复: 27⟧</div>
<table id="pid1">
<tr><td class="pls">⟦m 老螺丝刀⟧<br>⟦m 积分 3308 · 版主⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主 老螺丝刀 发表于 3 天前 | 只看楼主⟧</div>
<div class="t_f" id="postmessage_1">
{BODY}
</div>
<div class="rate">⟦l 评分人数 6　扳手币 +18　收起理由：干货满满⟧</div>
<div class="sign">⟦m 修家电二十年，只讲实话不卖配件⟧</div>
<div class="po">⟦a 回复 引用 收藏 举报⟧</div>
</td></tr>
</table>
<div class="reply">⟦l 沙发 水管工阿福：我家的也是E21，按楼主说的清了过滤器就好了⟧</div>
<div class="reply">⟦l 板凳 枋城老李：排水泵那张图能再发一下吗？⟧</div>
<div id="fastpost">⟦a 登录后才能参与回帖，没有账号？去注册⟧</div>
<div id="ft">⟦m 扳手家电论坛 ( 粤ICP备17092213号 ) | 手机版 | 小黑屋⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
上周家里的滚筒洗衣机洗到一半停机，面板显示E21，查说明书是排水超时。叫师傅上门一次起步八十，我就自己动手排查了一下，记录在这里给大家参考。
第一步，先断电，把机器右下角的小盖板打开，拧出排水泵过滤器。我家这个里面缠着一团头发，还有两枚硬币，清理后装回去试机，还是报E21。
第二步，把机器往外拉，检查背面的排水管。发现排水管被柜子压扁了一截，水根本排不出去。把柜子挪开，管子理顺，重新开机，排水正常了。
第三步，空桶跑一遍桶自洁程序，确认不再报错。
总结一下：E21多数是过滤器堵、排水管折，先查这两处，基本不用花钱。如果都正常还报错，就可能是排水泵坏了，那还是请专业师傅吧。
""",
    ),
    dict(
        slug="forum-jiuwu-floor-fan-capacitor-junk",
        site="旧物修理论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="text",
        source="http://www.jiuwuxiuli.net/forum/t-88310.html",
        title="老落地扇不转了，换个电容十块钱搞定",
        record_title="【动手党】老落地扇不转了，换个电容十块钱搞定（附步骤）- 小家电版 - 旧物修理论坛",
        date=None,
        notes="forum thread as text: junk lines and junk glued after 。; the post time is 昨天: no date; a poster's edit aside glued after the last line",
        page="""
!m 旧物修理论坛 › 小家电版
!t 【动手党】老落地扇不转了，换个电容十块钱搞定（附步骤）
!m 楼主：扇叶哗哗　发表于 昨天 21:40　|　浏览 1207　回复 14
{BODY}
!a 顶一个　收藏帖子　分享到群
!l 2# 铁皮青蛙：我家的台扇也是这个毛病，学到了
!l 3# 修表匠：电容记得看清耐压值，别买小了
!a 游客请先登录才能回复本帖
!m 旧物修理论坛 jiuwuxiuli.net 由爱好者自发维护
""",
        junk=dict(lines=2, glued=2),
        body="""
家里那台用了十几年的落地扇，最近插上电只嗡嗡响，扇叶不转，用手拨一下才慢慢转起来。网上查了查，多半是启动电容老化了。
先说工具：十字螺丝刀一把，电烙铁一把，万用表一块，新电容一个。电容照着旧的参数买，我这台是1.2微法、450伏的，网店十块钱包邮。
步骤很简单。拔掉插头，拆开电机后盖，就能看到一个黑色小方块，那就是电容。把两根线剪下来，焊到新电容上，包好绝缘胶布，装回后盖。
通电一试，扇叶一下子就转起来了，三个挡位都正常。
提醒大家：动手前一定要拔插头，电容拆下来先短接放电，不会焊的别硬来。⟦m （本帖最后由 扇叶哗哗 于 昨天 22:05 编辑）⟧
""",
    ),
]
