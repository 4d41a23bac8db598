"""holdout357, part A: 范文 sites, 文库 previews, government portals, news portals and
Party-building sites. Everything invented by hand (places, people, sites, chrome); see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="molifanwen-speech-decanter-base-gb2312",
        site="墨犁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.molifanwen.com/jianghua/chanye/2024/0506/58317.html",
        title="在全县日用玻璃产业暨醒酒器出口基地建设推进会上的讲话",
        record_title="【产业讲话汇编】在全县日用玻璃产业暨醒酒器出口基地建设推进会上的讲话（拿去改改就能讲）_墨犁范文网",
        date="2024-04-18",
        date_also=["2024-05-06"],
        notes="old gb2312 table page with a marquee, a 字体/背景色 row, a floating QQ box, a reading list and a visitor counter; speaker and date lines under the title are neutral; a ghost-writer prompt glued after a sentence and a further-reading line between paragraphs; the page's update date differs from the speech's",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【产业讲话汇编】在全县日用玻璃产业暨醒酒器出口基地建设推进会上的讲话（拿去改改就能讲）_墨犁范文网</title>
<link href="/css/molistyle.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
<script language="javascript">function setFont(s){document.getElementById('wz').style.fontSize=s+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" bgcolor="#F2EDE4"><marquee scrollamount="3">⟦m 墨犁范文网提醒您：材料天天上新，记得按Ctrl+D把墨犁放进收藏夹⟧</marquee></td></tr>
<tr><td><img src="/images/moli_logo.gif" alt="墨犁范文网"> ⟦m 墨犁范文网·一犁耕尽公文田⟧</td></tr>
<tr><td class="menu">⟦m <a href="/">墨犁首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">规划方案</a> | <a href="/xinde/">学习体会</a> | <a href="/gongwen/">公文格式</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="680" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="weizhi">⟦m 所在栏目：<a href="/">墨犁范文网</a> &raquo; <a href="/jianghua/">讲话发言</a> &raquo; 产业发展讲话⟧</td></tr>
<tr><td align="center" class="biaoti"><b>{T}</b></td></tr>
<tr><td align="center" class="xinxi">⟦m 更新：2024-5-6　出处：会员“老犁头”投稿　人气：<script src="/count.asp?id=58317"></script>3261⟧</td></tr>
<tr><td align="center">⟦a 【字体：<a href="javascript:setFont(18)">特大</a> <a href="javascript:setFont(16)">大</a> <a href="javascript:setFont(14)">中</a> <a href="javascript:setFont(12)">小</a>】【背景色：<a href="#">米黄</a> <a href="#">淡绿</a> <a href="#">纯白</a>】⟧</td></tr>
<tr><td id="wz" class="zhengwen">
<p align="center">县委副书记、县长　袁立群</p>
<p align="center">（2024年4月18日）</p>
{BODY}
</td></tr>
<tr><td>⟦a <a href="/down.asp?id=58317">☞ 本篇Word原稿下载（扣3个犁币）</a>⟧</td></tr>
<tr><td>⟦l 上篇：<a href="/jianghua/chanye/58316.html">在全县春季项目集中开工仪式上的讲话</a>⟧<br>⟦l 下篇：<a href="/jianghua/chanye/58318.html">县长在玻璃行业商会换届大会上的致辞</a>⟧</td></tr>
</table>
</td>
<td width="270" valign="top" class="youce">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="lanmu">⟦l 讲话发言·阅读榜⟧</td></tr>
<tr><td>⟦l 1. 在全县工业经济运行调度会上的讲话⟧</td></tr>
<tr><td>⟦l 2. 县长在特色产业园揭牌仪式上的致辞⟧</td></tr>
<tr><td>⟦l 3. 在出口企业座谈会上的讲话（三篇）⟧</td></tr>
<tr><td>⟦l 4. 乡镇长在产业发展大会上的表态发言⟧</td></tr>
</table>
</td>
</tr>
</table>
<div id="qqfloat" style="position:absolute;right:6px;top:220px;">⟦w 犁友写作服务 QQ：2856107431 周一至周日9:00-22:00⟧</div>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0" bgcolor="#F2EDE4">
<tr><td align="center">⟦m 本页已被浏览过 0648219 人次⟧</td></tr>
<tr><td align="center">⟦d 墨犁所收范文均系会员交流稿件，引用请自行核对，切勿原样照搬用于正式场合⟧</td></tr>
<tr><td align="center">⟦m 墨犁范文网 molifanwen.com 鲁ICP备09051736号⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
今天召开这次会议，主要是总结去年全县日用玻璃产业发展情况，对醒酒器出口基地建设再部署、再推进。
去年，全县日用玻璃产业实现产值18.6亿元，其中醒酒器、分酒器等高硼硅玻璃制品出口交货值4.3亿元，同比增长27%，产品销往欧洲、东南亚等30多个国家和地区。唐埠镇的吹制工坊从最初的6家发展到41家，带动就业2100余人。⟦w 讲话稿一对一代拟，老犁头执笔，加QQ 2856107431⟧
成绩值得肯定，问题也不容回避：一是手工吹制工匠老龄化，年轻人不愿入行；二是产品同质化，多数企业仍以贴牌代工为主；三是退火、检测等公共设施不足，小工坊的质量波动较大。
⟦l 延伸阅读：县长在跨境电商产业带对接会上的讲话⟧
下一步，要重点抓好三件事。第一，建好公共服务平台，今年内建成醒酒器检测中心和集中退火车间，对小工坊免费开放。第二，培育自主品牌，对注册自有商标、通过出口认证的企业给予一次性奖励。第三，抓好工匠传承，依托县职业学校开设玻璃吹制班，每年培养学徒100名以上。
同志们，一只醒酒器，连着工匠的手艺，也连着群众的饭碗。希望大家真抓实干，把这件小产品做成富民的大产业！
""",
    ),
    dict(
        slug="jianzhu-insight-tentlamp-training-title-line",
        site="捡珠公文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jianzhugw.net/xinde/yingji/20917.html",
        title="参加应急安置点帐篷灯使用维护培训的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the title line stands under a tag line; only an update stamp in relative time; a collect link glued after a sentence; a member line between paragraphs",
        page="""
!m 捡珠公文网｜捡起每一篇好材料
!m 当前所在：捡珠 / 心得体会 / 应急培训心得
!m ◇ 编辑甄选 ◇
{T}
!m 更新于 3 天前　｜　收录编号 SS-20917　｜　阅读 1062
!a 【拷贝本页】【转成Word】【送到手机】
{BODY}
!a 正文已全部展示。想要同类心得打包下载，开通捡珠会员即可一键获取。
!l 同栏推荐：
!l ▸ 防汛救灾志愿服务心得体会（两篇）
!l ▸ 参加基层应急队伍培训有感
!l ▸ 应急演练观摩学习心得
!d 捡珠公文网所载文章来自会员分享，仅供参考交流，不作为任何工作依据。
!m jianzhugw.net　苏ICP备16083325号-4
""",
        indent="\u3000\u3000",
        body="""
上周，我参加了县应急管理局组织的集中安置点物资使用培训，其中半天专讲帐篷灯的使用和维护。原以为一盏灯没什么可学的，听完才知道里面的门道不少。
一是安全第一。讲课的老师傅说，帐篷里空间小、可燃物多，过去有安置点用蜡烛和明火照明，险些酿成火灾。现在统一配发锂电池帐篷灯，就是为了从源头上消除隐患。但锂电池也怕高温和挤压，不能放在被褥里充电，更不能用来烘烤衣物。⟦a ☆收藏这篇⟧
二是细节见真章。培训中我们逐个拆装了挂钩、灯罩和电池仓，练习检查接口是否松动、外壳有无裂纹。老师傅反复强调，发放前要逐盏点亮试用，回收后要擦拭、充电、登记，才能保证下次拿得出、用得上。
⟦a 开通会员，同类心得不限次数复制⟧
三是服务要贴心。安置群众中有老人和孩子，夜里起身容易磕碰。我们要把灯挂在门帘内侧的固定位置，调到柔光档，既能照路又不影响休息。
一盏小小的帐篷灯，照亮的是群众的安全感。今后我将把学到的方法用到每一次值守中，把小事做细、把细事做实。
""",
    ),
    dict(
        slug="ningjian-wenku-survey-rack-marker-paras",
        site="凝简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.ningjianwk.com/doc/7712046385.html",
        title="关于全县农贸市场摊位展示架规范化改造情况的调研报告",
        record_title="【市监一线调研】关于全县农贸市场摊位展示架规范化改造情况的调研报告（含问题清单）- 凝简文库",
        date="2024-08-26",
        notes="文库 reader: viewer toolbar, coin pay box, page-marker paragraphs ♄ n ♄ cutting sentences; upload stamp is no date; the 成文日期 under the signature is",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【市监一线调研】关于全县农贸市场摊位展示架规范化改造情况的调研报告（含问题清单）- 凝简文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.ningjianwk.com/reader/v5/reader.css">
<script>window.NJ_DOC={id:"7712046385",pages:5,price:6};</script>
</head>
<body class="reader">
<header class="nj-top">
<a class="nj-logo" href="/">⟦m 凝简文库⟧</a>
<nav>⟦m <a href="/c/gongwen">公文材料</a> <a href="/c/jiaoyu">教育资料</a> <a href="/c/hangye">行业报告</a>⟧</nav>
<a class="nj-login" href="/passport">⟦a 登录 / 注册领30凝币⟧</a>
</header>
<div class="nj-crumb">⟦m 凝简文库 › 公文材料 › 调研报告⟧</div>
<section class="nj-head">
<h1>{T}</h1>
<div class="nj-meta">⟦m 上传者：简小满 · 上传于2024-09-03 · 共5页 · 约2,600字⟧</div>
<div class="nj-score">⟦m 评分 4.6 · 1,328人浏览 · 96人下载⟧</div>
</section>
<div class="nj-toolbar">⟦a 放大 缩小 全屏阅读 ⤓下载 ☆收藏⟧</div>
<article class="nj-page">
{BODY}
</article>
<div class="nj-paybox">
<p>⟦a 预览已到末页，完整文档共5页，6凝币即可下载⟧</p>
<p>⟦a 立即购买 / 开通月卡免费读⟧</p>
</div>
<aside class="nj-side">
<h4>⟦l 看了这篇的人还在看⟧</h4>
<ul>
<li>⟦l 农贸市场提质改造工作方案⟧</li>
<li>⟦l 关于城区马路市场整治情况的调研⟧</li>
<li>⟦l 菜市场标准化建设验收细则⟧</li>
</ul>
</aside>
<footer class="nj-foot">
<p>⟦d 凝简文库的文档由用户上传，凝简仅提供存储和展示，如发现侵权内容可通过投诉通道反馈⟧</p>
<p>⟦m 凝简文库 © 2018-2024　浙ICP备18020461号-3　违法和不良信息举报：400-716-2209⟧</p>
</footer>
<script src="https://static.ningjianwk.com/reader/v5/reader.js"></script>
</body>
</html>
""",
        p_html='<p class="nj-p">{}</p>',
        pages=dict(fmt="♄ {n} ♄", every=150, start=2),
        body="""
为推动农贸市场环境提升，今年7月，县市场监管局会同商务局组成调研组，走访全县14家农贸市场，查看摊位860余个，召开经营户座谈会5场，对摊位展示架规范化改造情况进行了专题调研。
一、基本情况
全县已完成改造的市场9家，统一更换不锈钢阶梯式展示架1120组，蔬菜、水产、熟食等区域实现分区陈列，市场“脏乱差”面貌明显改观。
二、存在的问题
一是标准不统一，部分市场的展示架高度、层数差别较大，老年摊主取放商品不便；二是越线摆放仍然存在，少数经营户在展示架外加设纸箱和泡沫箱，挤占通道；三是维护不到位，个别市场的展示架出现锈蚀、松动，存在安全隐患。
三、对策建议
（一）制定县级展示架配置指引，明确尺寸、材质和承重要求；（二）将越线摆放纳入市场巡查清单，实行一户一档；（三）督促市场开办方建立展示架定期检修制度，每季度检查一次并留存记录。
馀塘县市场监督管理局
2024年8月26日
""",
    ),
    dict(
        slug="zhiyan-wenku-plan-garlicpress-wrapped-pdf",
        site="知砚文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://m.zhiyanwenku.cn/p/30918872.html",
        title="暨湖县中小学食堂压蒜器等小型厨具更新配置方案",
        record_title="暨湖县中小学食堂压蒜器等小型厨具更新配置方案.pdf",
        date="2024-03-11",
        notes="file-name record title; a PDF's text hard-wrapped at 62 columns and cut by ┎n┒ markers glued to the continuation line; viewer chrome and a coin pay line",
        page="""
!m 知砚文库 · 文档阅读
!t 暨湖县中小学食堂压蒜器等小型厨具更新配置方案.pdf
!m 格式：PDF ｜ 页数：4 ｜ 大小：286KB ｜ 贡献者：砚台边的猫
!a ⊕ 放大　⊖ 缩小　⇲ 适合宽度　✎ 纠错
{T}
{BODY}
!a 试读已结束，剩余内容需支付8砚币后下载原文
!a 【单篇购买】　【开通年卡，全站文档随心下】
!l 本文档的相关文档：学校食堂从业人员操作规范 ／ 中小学食堂设施设备配置标准 ／ 学校食堂刀具管理制度
!d 知砚文库不对用户上传内容作任何修改，文档的准确性与完整性由上传者负责。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="┎{n}┒", every=170, start=2, glue=True),
        body="""
为改善中小学食堂加工条件，减轻厨工劳动强度，保障师生饮食安全，县教育局决定对全县学校食堂小型厨具进行更新配置，特制定本方案。
一、配置范围
全县58所中小学校食堂，重点配置压蒜器、切蛋器、削皮器、量勺等小型厨具，同步淘汰锈蚀、开裂、无法彻底清洗的旧器具。
二、配置标准
压蒜器须选用食品级不锈钢材质，压板与滤孔可拆卸清洗；按就餐人数每300人配置2个，住宿制学校适当增加。其他小型厨具参照《学校食堂设施设备配置参考目录》执行。
三、实施步骤
3月下旬完成需求摸底；4月由县教育装备中心统一询价采购；5月底前配送到校并完成登记入账。各校要为新器具建立台账，做到专人保管、定点存放、用后即洗。
四、工作要求
各校要高度重视，严禁以配置为名采购与食堂加工无关的物品。县教育局将把配置和使用情况纳入学校食堂年度考核。
暨湖县教育局
2024年3月11日
""",
    ),
    dict(
        slug="xunling-gov-notice-tentlamp-index-table",
        site="勋岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xunling.gov.example.cn/zwgk/tzgg/202406/t20240605_418823.html",
        title="关于做好汛期集中安置点帐篷灯配发和安全使用工作的通知",
        record_title="关于做好汛期集中安置点帐篷灯配发和安全使用工作的通知 │ 应急管理 │ 勋岭县政府网",
        date="2024-06-03",
        date_also=["2024-06-05"],
        notes="county portal: 长辈版/无障碍 links, its 索引号 table (the 文号 cell unmarked), an attachment link beside the notice's own 附件 list, the bureau's 联系人/电话 beside the portal's 纠错 line and 12345 hotline, a 抄送 line; portal publishing date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于做好汛期集中安置点帐篷灯配发和安全使用工作的通知 │ 应急管理 │ 勋岭县政府网</title>
<meta name="SiteName" content="勋岭县人民政府">
<meta name="ArticleTitle" content="关于做好汛期集中安置点帐篷灯配发和安全使用工作的通知">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/zoom.js"></script>
</head>
<body>
<div class="xl-topbar">
<span>⟦m 今天是2024年6月7日 星期五⟧</span>
<a href="/zhbb/">⟦a 长辈版⟧</a> <a href="javascript:void(0)" id="wza">⟦a 读屏辅助通道⟧</a> <a href="/sitemap/">⟦m 网站导航⟧</a>
</div>
<div class="xl-banner">⟦m 勋岭县人民政府⟧</div>
<ul class="xl-nav">
<li>⟦m 县情概览⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政民互动⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 专题专栏⟧</li>
</ul>
<div class="xl-pos">⟦m 您现在的位置：首页 > 政务公开 > 通知公告 > 应急管理⟧</div>
<table class="xl-index">
<tr><td>⟦m 索引号：114228310MB1704322B/2024-00391⟧</td><td>⟦m 主题分类：安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：勋岭县应急管理局⟧</td><td>⟦m 发布日期：2024-06-05⟧</td></tr>
<tr><td>文号：勋应急〔2024〕22号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="xl-article">
<h2>{T}</h2>
<div class="xl-tools">⟦a 【字号 大 中 小】【打印本页】【关闭窗口】⟧</div>
<div class="xl-con">
{BODY}
</div>
<div class="xl-fj">⟦a 附件下载：1.集中安置点帐篷灯配发登记表.xlsx　2.帐篷灯安全使用提示.pdf⟧</div>
<div class="xl-share">⟦l 转给朋友：微信 · 微博 · QQ空间⟧</div>
</div>
<div class="xl-related">
<h3>⟦l 相关文章⟧</h3>
<ul><li>⟦l 县防指关于启动防汛四级应急响应的通知⟧</li><li>⟦l 勋岭县2024年防汛物资储备情况公示⟧</li></ul>
</div>
<div class="xl-footer">
<p>⟦m 主办：勋岭县人民政府办公室　承办：勋岭县融媒体中心⟧</p>
<p>⟦m 网站纠错：0719-6230000　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码4210830018　鄂ICP备05021337号　鄂公网安备42108302000118号⟧</p>
</div>
<script>var _xlStat = "418823";</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县防指各成员单位：
为保障汛期转移安置群众夜间照明和用电安全，县应急管理局从县级储备库调拨锂电池帐篷灯1600盏，分配到12个乡镇的集中安置点。现将有关事项通知如下：
一、及时领取配发。各乡镇于6月10日前到县级储备库领取，按安置点帐篷数量每顶配发1盏，另按10%留作备用，配发情况填入登记表报县应急管理局。
二、规范安全使用。安置点管理人员要告知群众不得在帐篷内使用蜡烛、煤油灯等明火照明，帐篷灯集中充电，严禁私拉电线。
三、做好回收保养。安置结束后，各乡镇要逐盏清点、擦拭、充电后送回储备库，损坏的登记后统一报废。
联系人：唐振华，电话：0719-6231584。
附件：1.集中安置点帐篷灯配发登记表
2.帐篷灯安全使用提示
勋岭县应急管理局
2024年6月3日
抄送：县防汛抗旱指挥部办公室，县消防救援大队。
""",
    ),
    dict(
        slug="yunchuan-gov-bulletin-eggslicer-wrapped",
        site="蕴川县市场监督管理局 (invented, text page of a county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.yunchuan.gov.example.cn/xxgk/ccgb/2024/0913/2291.html",
        title="关于切蛋器等厨房小工具产品质量监督抽查结果的通报",
        date="2024-09-12",
        date_also=["2024-09-13"],
        notes="record title as is; the 文号 line above the body is neutral; the text hard-wrapped at 58 columns; a table one row a paragraph; 抄送 and 印发 lines kept",
        page="""
!m 蕴川县市场监督管理局　　　政府信息公开
!m 当前位置：首页 > 信息公开 > 抽查通报
{T}
蕴市监质〔2024〕17号
!a 打印　｜　收藏　｜　字号 A+ A-
{BODY}
!m 发布时间：2024-09-13 16:05　来源：质量监督股　浏览次数：286
!l 上一条：2024年第二季度电动自行车充电器抽查结果
!l 下一条：关于开展秋季校园周边食品安全检查的通知
!m 蕴川县市场监督管理局主办　地址：蕴川县文昌路77号　邮编：437600
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
各市场监管所，各有关经营单位：
今年8月，我局组织对全县超市、日用品店和网络店铺销售的切蛋器、压蒜器、削皮器等厨房小工具开展产品质量监督抽查，共抽检32批次，合格29批次，不合格3批次，合格率90.6%。不合格项目主要为切割钢丝断裂和塑料部件迁移物超标。现将不合格产品情况通报如下：
序号　产品名称　标称生产企业　不合格项目
1　不锈钢切蛋器　兑阳市某日用品厂　钢丝拉断力
2　三合一切蛋器　馀塘县某塑料制品厂　总迁移量
3　家用压蒜器　外省某五金店（网店）　标识标注
对抽查不合格的产品，各市场监管所要督促销售者立即下架，依法处理，并于9月30日前将核查处置情况报局质量监督股。
蕴川县市场监督管理局
2024年9月12日
抄送：县商务局，县消费者权益保护委员会。
蕴川县市场监督管理局办公室　2024年9月12日印发
""",
    ),
    dict(
        slug="duiyang-news-rack-heritage-hall-caption",
        site="兑阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.duiyangnews.cn/xianyu/2024-10/15/content_206618.html",
        title="唐埠镇非遗展销馆添置百组展示架　手艺人的好物有了“新家”",
        record_title="县域快报｜唐埠镇非遗展销馆添置百组展示架　手艺人的好物有了“新家”——兑阳新闻网",
        record_date="2024-10-15",
        date="2024-10-15",
        notes="record date; a client prompt glued before the lead; a photo caption between paragraphs; an editor line glued after the last paragraph; a 24-hour list and an ad slot",
        page="""
<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>县域快报｜唐埠镇非遗展销馆添置百组展示架　手艺人的好物有了“新家”——兑阳新闻网</title>
<meta name="description" content="唐埠镇非遗展销馆添置展示架">
<script async src="https://ad.duiyangnews.cn/slot.js"></script>
</head>
<body>
<div class="dy-top">⟦m 兑阳新闻网 · 兑阳日报社主办⟧　<a href="/app">⟦a 下载“兑阳+”客户端⟧</a></div>
<nav class="dy-nav">⟦m 要闻 | 时政 | 县域 | 民生 | 文旅 | 视听⟧</nav>
<div class="dy-crumb">⟦m 兑阳新闻网 ＞ 县域 ＞ 唐埠⟧</div>
<main>
<h1 class="dy-h1">{T}</h1>
<div class="dy-byline">⟦m 2024-10-15 08:42　来源：兑阳日报　记者 赵一帆 通讯员 龚晓⟧</div>
<div class="dy-listen">⟦a ▶ 听新闻⟧</div>
<div class="dy-text">
{BODY}
</div>
<div class="dy-share">⟦l 转发到：朋友圈 · 微博 · 复制链接⟧</div>
</main>
<aside class="dy-aside">
<div class="dy-ad">⟦m 广告位招租 0716-8812345⟧</div>
<h3>⟦l 24小时热读⟧</h3>
<ol>
<li>⟦l 兑阳至馀塘城际公交下月开通⟧</li>
<li>⟦l 袁集镇千亩稻田迎来开镰⟧</li>
<li>⟦l 芽湾区新增三处口袋公园⟧</li>
</ol>
</aside>
<footer class="dy-foot">
<p>⟦d 凡本网注明“来源：兑阳日报”的作品，转载须经授权并注明出处⟧</p>
<p>⟦m 互联网新闻信息服务许可证编号：42120210017　兑阳新闻网版权所有⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开“兑阳+”，看更多县域新鲜事⟧本报讯　走进唐埠镇非遗展销馆，一排排原木色的展示架整齐排列，竹编、粗陶、手工布鞋分层摆放，每件作品旁都贴着手艺人的名字和联系方式。
今年以来，唐埠镇利用闲置的老供销社门面改建非遗展销馆，新添置展示架100组，免费提供给全镇37位手艺人展示和销售作品。展示架按品类分为竹木、陶艺、织染三个区域，层板高度可以调节，方便摆放大小不一的物件。
⟦m 图为顾客在非遗展销馆的展示架前挑选竹编制品。　龚晓　摄⟧
“以前只能在集市上摆地摊，刮风下雨就收摊。”竹编艺人孙桂兰说，现在作品摆上了展示架，来参观的游客多了，上个月卖出了60多件。
据了解，展销馆开馆两个月来，接待游客1.2万人次，销售额达18万元。下一步，唐埠镇将为展示架加装扫码溯源标签，让顾客扫码就能看到作品的制作过程。⟦m （编辑：罗苇　校对：周敏）⟧
""",
    ),
    dict(
        slug="yunchuan-news-decanter-export-title-line",
        site="蕴川在线 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yunchuanzx.com/news/jingji/2024/1108/31177.html",
        title="蕴川玻璃器皿企业醒酒器出口订单同比增长三成",
        record_title=None,
        date="2024-11-08",
        notes="no record title: the title line on the page; the byline's 发布时间 is the page's date; photo caption and a read-more line between paragraphs",
        page="""
!m 蕴川在线　｜　县域综合门户
!m 首页 — 经济 — 企业风采
{T}
!m 发布时间：2024年11月08日 10:26　　作者：唐雯　　来源：县融媒体中心
!a 【大字】【中字】【小字】　【我要纠错】
{BODY}
!l 【相关新闻】
!l ◎ 县经济开发区玻璃产业园二期开工
!l ◎ 唐埠镇吹制工匠技能比武落幕
!d 本网所刊稿件，未经书面许可不得转载、摘编。
!m 蕴川在线　新闻热线：0712-5126600　投稿邮箱：tougao@yunchuanzx.com
""",
        indent="\u3000\u3000",
        body="""
记者从县商务局获悉，今年1至10月，全县玻璃器皿企业醒酒器出口订单同比增长31%，出口额突破2.6亿元，其中天鹅造型、斜口造型等手工吹制醒酒器最受欧洲客户欢迎。
在位于县经济开发区的澜晶玻璃制品公司，工人们正忙着给一批发往意大利的醒酒器做最后的质检。公司负责人介绍，今年公司新上了一条自动化退火生产线，醒酒器成品率从82%提高到95%。
⟦m 图：澜晶玻璃制品公司质检员检查醒酒器瓶身。⟧
县商务局相关负责人表示，将继续组织企业参加境外展会，帮助企业申请出口认证，推动更多“蕴川造”醒酒器走向国际市场。
⟦l 点击阅读：蕴川日用玻璃产业发展十年回眸⟧
""",
    ),
    dict(
        slug="xunling-party-speech-tentlamp-volunteers",
        site="勋岭先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xlxianfeng.gov.example.cn/djyw/2024/0704/9026.html",
        title="在“点亮帐篷夜”党员志愿服务行动启动仪式上的讲话",
        record_title="☑先锋在一线│在“点亮帐篷夜”党员志愿服务行动启动仪式上的讲话_勋岭先锋网",
        date="2024-07-02",
        date_also=["2024-07-04"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line; speaker and date lines under the title neutral; the portal's date differs from the speech's",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>☑先锋在一线│在“点亮帐篷夜”党员志愿服务行动启动仪式上的讲话_勋岭先锋网</title>
<link rel="stylesheet" href="/static/xf/main.css">
<script src="/static/xf/points.js"></script>
</head>
<body>
<div class="xf-top">⟦m 中共勋岭县委组织部主办⟧　⟦m 勋岭先锋网⟧</div>
<div class="xf-nav">⟦m 首页　党建要闻　组织建设　先锋风采　志愿服务　学习园地⟧</div>
<div class="xf-where">⟦m 当前位置 → 党建要闻 → 领导讲话⟧</div>
<div class="xf-main">
<h1>{T}</h1>
<div class="xf-info">⟦m 信息来源：县委组织部　发布日期：2024-07-04　点击数：733⟧</div>
<div class="xf-points">⟦a 阅读满3分钟可获得1个学习积分，登录后自动记录⟧</div>
<div class="xf-body">
<p class="xf-c">县委常委、组织部部长　龚建伟</p>
<p class="xf-c">（二〇二四年七月二日）</p>
{BODY}
</div>
<div class="xf-qr">⟦a 扫一扫，用手机继续阅读本文⟧</div>
<div class="xf-prev">⟦l 上一篇：县委组织部部署“七一”走访慰问工作⟧</div>
<div class="xf-next">⟦l 下一篇：赵畈镇党员突击队连夜加固堤坝⟧</div>
</div>
<div class="xf-side">
<h4>⟦l 先锋风采⟧</h4>
<ul><li>⟦l 溉口镇“红马甲”守护安置点⟧</li><li>⟦l 一名老党员的防汛日记⟧</li></ul>
</div>
<div class="xf-foot">⟦m 勋岭先锋网　版权所有　技术维护：县大数据中心　鄂ICP备05021337号-6⟧</div>
</body>
</html>
""",
        body="""
同志们：
入汛以来，全县已启用集中安置点23个，转移安置群众3000余人。夜晚的安置点最需要什么？群众说得很实在：要亮堂，也要安全。今天启动“点亮帐篷夜”党员志愿服务行动，就是要让党员走进安置点，守好群众的每一个夜晚。
这次行动有三项任务。一是点亮。每个安置点组建一支党员志愿服务队，负责帐篷灯的发放、充电和巡查，确保每顶帐篷有灯、每盏灯能亮。二是守护。实行党员夜间轮值，每两小时巡查一次，重点关注老人、儿童和病人，发现问题及时处置。三是倾听。利用夜间巡查和群众拉家常，收集意见建议，能解决的当场解决，解决不了的及时上报。
同志们，一盏帐篷灯虽小，却是党员和群众之间的一座桥。希望大家把灯送到群众手中，把心贴到群众心上，以实际行动让党旗在防汛一线高高飘扬！
""",
    ),
    dict(
        slug="yunchuan-party-summary-eggslicer-canteen",
        site="蕴川党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.yunchuan.gov.example.cn/zbfc/2024/1210/1403.html",
        title="县机关事务中心党支部“银龄餐桌”志愿服务工作总结",
        record_date="2024-12-10",
        date="2024-12-10",
        notes="record title as is and a record date; a table of donated kitchen tools; a study prompt glued after a sentence and a volunteer-photo line between paragraphs",
        page="""
!m 蕴川党建在线
!m 位置：首页 ＞ 支部风采 ＞ 机关党建
{T}
!m 供稿：县机关事务中心党支部　｜　审核：县直机关工委　｜　2024-12-10
!a 〖放大〗〖缩小〗〖打印〗
{BODY}
!a 觉得有启发？点个“学习”给支部鼓鼓劲
!l 更多支部风采 >>
!m 中共蕴川县委组织部　蕴川县直机关工委　联合主办
""",
        indent="\u3000\u3000",
        body="""
今年以来，县机关事务中心党支部结合“我为群众办实事”，在惟新社区老年助餐点开展“银龄餐桌”志愿服务，每周二、周四组织党员到助餐点帮厨，全年累计服务96次，参与党员520人次。
一、帮厨助餐暖人心。党员志愿者主动承担择菜、切配、分餐等工作，针对老年人咀嚼不便的特点，建议助餐点把煮鸡蛋切成薄片、把大蒜压成蒜泥入菜，受到老人们欢迎。⟦a 学习强国同步推送，点此收藏⟧
二、添置器具减负担。支部党员自愿捐款为助餐点添置了一批小型厨具，情况如下：
器具名称　数量　用途
不锈钢切蛋器　6个　鸡蛋切片、切瓣
压蒜器　4个　制作蒜泥
保温送餐箱　10个　为高龄老人送餐上门
⟦m 志愿者风采照片详见支部公众号⟧
三、结对关爱常态化。支部党员与12位独居老人结成对子，定期上门走访，帮助代购药品、维修家电。
下一步，支部将把“银龄餐桌”志愿服务纳入年度党建品牌，推动机关党员志愿服务常态长效。
""",
    ),
]
