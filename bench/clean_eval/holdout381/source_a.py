"""holdout381, part A: 范文 sites, 文库 previews, county portals, news portals, a hobby forum.

Invented text (places, people, sites, URLs, phones and chrome wording); see ../README.md and
../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="fanwen-biyun-speech-foot-warmers-gb2312",
        site="笔耘范文阁 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyunfw.com/jianghua/minsheng/2025/0106/41873.html",
        title="镇党委副书记在“暖冬送暖脚宝”关爱独居老人活动启动仪式上的讲话",
        record_title="【暖冬致辞】镇党委副书记在“暖冬送暖脚宝”关爱独居老人活动启动仪式上的讲话（附会场流程）_笔耘范文阁",
        date="2024-12-18",
        date_also=["2025-01-06"],
        notes="old gb2312 table layout with a marquee, a reading-settings row, a floating ghost-writer QQ box and a "
        "visitor counter; speaker line and a Chinese-numeral date under the speech title, its zero written ○ as gb2312 pages do (neutral); the page's "
        "发布日期 differs from the speech date; chrome glued after a sentence and on a line of its own in the body",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【暖冬致辞】镇党委副书记在“暖冬送暖脚宝”关爱独居老人活动启动仪式上的讲话（附会场流程）_笔耘范文阁</title>
<link href="/skin/fw2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/inc/fw_common.js"></script>
</head><body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" class="top">⟦m 笔耘范文阁：案头有范本，下笔有章法⟧　<a href="#" onclick="setHomepage()">⟦a 把本阁设为主页⟧</a>　<a href="#" onclick="addFav()">⟦a 收进我的收藏夹⟧</a></td></tr>
<tr><td><marquee scrollamount="2" onmouseover="this.stop()">⟦m 本阁每天上新讲话、总结、方案六百余篇，老笔友请记住新域名 biyunfw.com⟧</marquee></td></tr>
<tr><td class="nav">⟦m <a href="/">阁首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">活动方案</a> | <a href="/zhuchi/">主持串词</a>⟧</td></tr>
<tr><td class="weizhi">⟦m 所在位置：笔耘范文阁 &gt;&gt; 领导讲话 &gt;&gt; 民生保障讲话 &gt;&gt; 正文⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="6">
<tr><td align="center" class="biaoti"><b>{T}</b></td></tr>
<tr><td align="center">伶塘镇党委副书记　宁晓帆</td></tr>
<tr><td align="center">（二○二四年十二月十八日）</td></tr>
<tr><td align="center" class="xinxi">⟦m 发布日期：2025-01-06　浏览次数：1347　稿源：笔友投稿⟧</td></tr>
<tr><td align="center">⟦a 【阅读设置：字号 特大 大 中 小】【换护眼底色】【关闭此页】⟧</td></tr>
<tr><td class="zhengwen">
{BODY}
</td></tr>
<tr><td align="center"><a href="/down/41873.doc">⟦a 〖将本篇存为Word文档〗⟧</a>　<a href="#" onclick="window.print()">⟦a 〖打印这篇讲话〗⟧</a></td></tr>
<tr><td>⟦l 上篇：敬老院重阳节慰问演出致辞⟧<br>⟦l 下篇：村级冬季防火安全动员讲话提纲⟧</td></tr>
</table></td>
<td width="250" valign="top" class="youce">
<table width="100%"><tr><td class="lanmu">⟦l 笔友正在读⟧</td></tr>
<tr><td>⟦l ◇关爱留守老人结对帮扶仪式讲话⟧</td></tr>
<tr><td>⟦l ◇冬季送温暖慰问困难群众方案⟧</td></tr>
<tr><td>⟦l ◇养老服务站揭牌仪式主持词⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:6px;top:220px;">⟦w 讲话材料量身代拟 加QQ 2860417735 夜里也回⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" class="dibu">
⟦d 阁内文章多为笔友投稿，若涉及您的版权，请来函告知，我们核实后即刻撤下⟧<br>
⟦m 您是本阁第 0083741 位来访笔友⟧<br>
⟦m 笔耘范文阁 www.biyunfw.com 湘ICP备11026538号⟧
</td></tr></table>
<script language="javascript">document.getElementById('qqfloat').style.top=(document.body.scrollTop+220)+'px';</script>
</body></html>
""",
        body="""
各位老人家、同志们、志愿者朋友们：
今天是入九前的最后一个集日，我们在镇敬老院门前举行“暖冬送暖脚宝”关爱独居老人活动启动仪式。首先，我代表镇党委、镇政府，向冒着寒风赶来的老人们致以亲切的问候，向捐赠暖脚宝的爱心企业表示衷心的感谢！
伶塘镇60岁以上独居老人共有418人，大多住在山边老屋，冬天屋里冷、脚底凉，不少人靠烧炭盆取暖，既不安全也不健康。这次我们筹集暖脚宝420台，优先发给高龄、失能和低保独居老人。⟦a 〖点此收藏本篇〗⟧
⟦a 本篇仅显示前三段，登录本阁后可阅读全文⟧
借此机会，我提三点要求。第一，送到手上。各村要在12月25日前把暖脚宝送到老人家中，当面试用，不能放在村部了事。第二，教会用法。志愿者要手把手教老人插电、调档、断电，特别提醒睡前拔掉插头。第三，回头看看。入户时顺便查一查电线插座，发现老化的及时报镇安办更换。
同志们，一台暖脚宝花钱不多，暖的是老人的脚，连的是党和群众的心。希望大家把这件小事办实办好，让每一位独居老人温暖过冬！
""",
    ),
    dict(
        slug="fanwen-antou-insight-bead-curtain-title-line",
        site="案头文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.antouwg.com/xinde/peixun/20250311/77204.html",
        title="参加珠帘编织非遗技艺培训班心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: found on the page's title line after a tag line; no date (an update stamp "
        "in relative time only); a ghost-writer prompt glued after a sentence, a member line between paragraphs",
        page="""
!m 案头文稿网 · 写材料不再熬通宵
!m 当前：案头文稿网 / 心得体会 / 学习培训心得
!m 标签：培训心得　非遗手艺　乡村振兴
{T}
!m 更新于 3 天前 ｜ 全文 412 字 ｜ 人气 906
!a ▷ 复制本篇　▷ 导出成Word　▷ 我要纠错
{BODY}
!a 开通会员可下载无水印Word版，另送同类心得5篇
!l 下一篇：剪纸技艺进校园活动心得
!l 大家都在看：非遗传承人座谈会发言｜手工艺合作社年度总结｜文化馆公益培训报道
!d 本站稿件仅作写作参考，整篇转载请先取得授权
!m 案头文稿网 antouwg.com 版权所有
""",
        indent="\u3000\u3000",
        body="""
十一月中旬，我参加了县文化馆举办的珠帘编织非遗技艺培训班。短短七天，从认珠、穿线到打结、配色，老师傅一样一样手把手地教，我也从一个连鱼线都穿不进珠孔的门外汉，编出了第一挂半米长的小珠帘。⟦w 原创心得代写，微信搜 antou_wg88⟧回想这几天的学习，有三点体会最深。
一是手艺要靠耐心磨。一挂普通门帘要穿四千多颗珠子，每穿二十颗就要打一个定位结，稍一分神就会错位。老师傅说，珠帘编得好不好，先看结打得匀不匀。
⟦a 以下内容仅对会员开放，开通后可看全文⟧
二是老手艺也要讲新意。培训班上，年轻学员把木珠、竹管和彩色玻璃珠搭在一起，编出的珠帘挂在民宿门口特别好看，已经有客人来问价。
三是传承要靠一代代人接力。我打算回村后先教会邻居的几位姐妹，农闲时一起接单，让这门手艺在村里留下来。
""",
    ),
    dict(
        slug="wenku-zhudu-plan-teleprompter-marker-paragraphs",
        site="竹牍文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.zhuduwk.com/view/8a31c07e52.html",
        title="县融媒体中心演播室提词器更新改造实施方案",
        record_title="【全文可改】县融媒体中心演播室提词器更新改造实施方案（4页·含预算）｜竹牍文库",
        date="2025-02-12",
        notes="文库 reader: page-marker paragraphs '⮴ n ⮵' between the halves of cut paragraphs; viewer toolbar, "
        "coin pay box, upload info (an upload stamp is no date); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【全文可改】县融媒体中心演播室提词器更新改造实施方案（4页·含预算）｜竹牍文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="//static.zhuduwk.com/reader/v5/reader.css">
<script src="//static.zhuduwk.com/reader/v5/reader.min.js" defer></script>
</head><body>
<header class="zd-head"><a class="logo" href="/">⟦m 竹牍文库⟧</a><span class="slogan">⟦m 一卷在手，公文不愁⟧</span>
<form class="zd-search"><input placeholder="搜一搜方案、总结、讲话"><button>⟦a 搜文档⟧</button></form>
<a href="/passport">⟦a 登录/注册领竹币⟧</a></header>
<nav class="zd-crumb">⟦m 竹牍文库 › 行业资料 › 广电传媒 › 设备管理⟧</nav>
<main class="zd-reader">
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：广电老周　上传于 2025-02-27　共4页　下载 64 次　★★★★☆ 4.3分⟧</p></div>
<div class="toolbar">⟦a 放大 缩小 全屏阅读 夜间⟧</div>
<article class="doc-pages">
{BODY}
</article>
<div class="paybox"><p>⟦a 试看已到第2页末，剩余2页需用竹币解锁⟧</p><p>⟦a 解锁全文 38竹币　开通年卡免费看⟧</p></div>
<section class="zd-like"><h3>⟦l 读完这篇的人也翻了⟧</h3>
<ul><li>⟦l 融媒体中心直播设备采购需求书⟧</li><li>⟦l 演播室灯光系统改造方案⟧</li><li>⟦l 县级融媒体中心技术平台建设规划⟧</li></ul></section>
</main>
<footer class="zd-foot"><p>⟦d 文档由竹牍用户上传，仅限个人学习参考，若侵犯了您的权益请提交侵权投诉⟧</p>
<p>⟦m ©2018-2025 zhuduwk.com　赣ICP备18061247号-3⟧</p></footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⮴ {n} ⮵", every=140, start=2),
        body="""
为提升新闻直播和访谈节目的录制质量，解决演播室现有提词器画面偏暗、翻页不同步等问题，结合中心设备更新计划，制定本方案。
一、现状和问题
中心一号演播室现有提词器2台，购于2016年，采用12英寸显示屏和手动翻页控制器。近两年多次出现显示屏闪烁、分光玻璃起雾、文稿翻页延迟等情况，主持人只能边看纸质稿边录制，返工率明显上升。
二、改造内容
（一）更换提词器主机。采购19英寸高亮提词器3套，其中2套用于一号演播室，1套作为外出采访的移动备用机。
（二）配套提词软件。新软件须支持文稿导入、语速自动调节和脚踏翻页，并能与新闻采编系统对接。
（三）培训操作人员。由供货方对主持人、导播和摄像共15人开展不少于2次的操作培训。
三、时间安排
2025年3月完成采购，4月安装调试，5月1日起正式投入使用。
四、经费预算
本项目预算8.6万元，从中心设备更新专项经费中列支。
澐阳县融媒体中心
2025年2月12日
""",
    ),
    dict(
        slug="wenku-juanzhou-survey-shutter-cables-wrapped-glued",
        site="卷轴文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://juanzhouwk.cn/p/20240806/553017.html",
        title="关于全县摄影器材门店快门线质量情况的调研报告",
        record_title="关于全县摄影器材门店快门线质量情况的调研报告.pdf",
        date="2024-07-30",
        notes="file-name record title; preview converter text hard-wrapped at 62 columns with page markers '⭺n⭻' "
        "glued to the start of the continuation line, cutting sentences; 成文日期 under the signature",
        page="""
!m 卷轴文库｜文档在线预览
{T}
!m 格式：PDF　｜　页数：3　｜　大小：214KB　｜　上传于 2024-08-06
!a 下载到本地　　放入书架　　举报此文档
{BODY}
!a — 免费预览到此为止，完整版请下载后查看 —
!a 单篇下载 5 元　｜　卷轴年卡畅享
!d 本文档为用户分享，卷轴文库仅提供存储与预览服务；内容若有侵权，请联系客服处理
!l 你可能还需要：
!l 消费维权典型案例汇编（2024）.pdf
!l 电子产品售后服务情况调查问卷.docx
""",
        wrap=62,
        indent="  ",
        pages=dict(fmt="⭺{n}⭻", every=110, start=2, glue=True),
        body="""
为了解我县摄影器材市场快门线的质量状况，今年6月，县消费者协会组织工作人员对城区及珅口镇、箭滩镇的9家摄影器材门店开展了专题调研，现将有关情况报告如下。
一、基本情况
9家门店共在售快门线43个型号，其中有线快门线26个、无线遥控快门线17个，售价从15元到380元不等。调研组随机购买样品12件，委托县产品质量检验所进行了插拔寿命和按键耐久测试。
二、发现的问题
一是标识不全。有5件样品未标注适配机型，2件没有生产厂名和地址。二是质量参差。插拔寿命测试中，有3件样品在2000次内出现接触不良，1件无线快门线的接收器在测试中途失灵。三是售后缺位。部分门店对网购同款快门线“只卖不修”，消费者维权困难。
三、几点建议
（一）市场监管部门将快门线等小件摄影配件纳入年度抽检计划。（二）门店建立进货查验台账，不销售“三无”产品。（三）消费者购买时留存票据，发现质量问题及时拨打12315投诉。
氤川县消费者协会
2024年7月30日
""",
    ),
    dict(
        slug="portal-yunyang-notice-foot-warmer-inspection",
        site="澐阳县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yunyang.gov.cn/zwgk/bmwj/scjgj/202411/t20241122_583016.html",
        title="关于开展暖脚宝等冬季电取暖产品质量专项检查的通知",
        record_title="关于开展暖脚宝等冬季电取暖产品质量专项检查的通知_市场监管专栏_澐阳县人民政府门户网站",
        date="2024-11-20",
        date_also=["2024-11-22"],
        notes="county portal: 长辈版/读屏 links, 索引号 table (the 文号 cell unmarked: neutral), attachment download "
        "link beside the notice's own 附件 list, the notice's 联系人/电话 beside the portal's 纠错 and 12345 lines; "
        "posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展暖脚宝等冬季电取暖产品质量专项检查的通知_市场监管专栏_澐阳县人民政府门户网站</title>
<meta name="SiteName" content="澐阳县人民政府门户网站"><meta name="ColumnName" content="市场监管专栏">
<script src="/common/js/jquery-3.6.0.min.js"></script>
<script src="/common/js/govassist.js"></script>
</head><body>
<div class="gov-top"><span>⟦m 今天是：<span id="today"></span>⟧</span> <a href="#">⟦a 长辈版⟧</a> <a href="#">⟦a 读屏专用⟧</a> <a href="/en/">⟦m EN⟧</a></div>
<div class="gov-banner"><h2>⟦m 澐阳县人民政府门户网站⟧</h2></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进澐阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gov-pos">⟦m 您的位置：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县市场监管局⟧</div>
<table class="gov-index">
<tr><td>⟦m 索引号：11433126MB1820475K/2024-00371⟧</td><td>⟦m 发布机构：县市场监督管理局⟧</td></tr>
<tr><td>⟦m 主题分类：质量监管⟧</td><td>澐市监发〔2024〕37号</td></tr>
<tr><td>⟦m 发布日期：2024-11-22⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="gov-article"><h1>{T}</h1>
<div class="gov-tools">⟦a 字号调节：A+ A A-⟧ ⟦a 【打印这份文件】⟧ ⟦a 【关掉本页】⟧ <span>⟦m 浏览量：2208⟧</span></div>
<div class="gov-text">
{BODY}
</div>
<div class="gov-fj"><p>⟦a 附件下载：暖脚宝等电取暖产品检查记录表.xlsx⟧</p><p>⟦a 附件下载：专项检查情况汇总表.xlsx⟧</p></div>
<div class="gov-share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="gov-related"><h3>⟦l 相关文件⟧</h3><ul>
<li>⟦l 县市场监管局关于开展燃气具专项整治的通知⟧</li><li>⟦l 2024年县级产品质量监督抽查计划⟧</li></ul></div>
<div class="gov-foot">
<p>⟦m 主办：澐阳县人民政府办公室　承办：县政务公开服务中心⟧</p>
<p>⟦m 网站纠错电话：0739-6200110（工作日）　便民热线：12345⟧</p>
<p>⟦m 网站标识码 4331260014　湘ICP备05009217号　湘公网安备 43312602000158号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇市场监管所、局机关有关股室：
入冬以来，暖脚宝、电热毯等电取暖产品进入销售旺季，农村集市和网店销量明显增加。为防范产品质量安全风险，县局决定自即日起至2025年1月31日，在全县开展暖脚宝等冬季电取暖产品质量专项检查。现将有关事项通知如下。
一、检查范围。全县商场超市、家电门店、农村集市摊点及电商经营者销售的暖脚宝、暖手宝、电热毯等产品。
二、检查重点。重点检查产品是否有强制性认证标志，是否标注额定功率和温控保护说明，外壳和电源线是否存在破损、老化。
三、工作要求。各所要建立检查台账，发现不合格产品立即责令下架，并于每月25日前将检查情况报局产品质量安全股。
联系人：谭秋屿，电话：0739-6215083。
附件：1.暖脚宝等电取暖产品检查记录表
2.专项检查情况汇总表
澐阳县市场监督管理局
2024年11月20日
""",
    ),
    dict(
        slug="portal-shengling-notice-teleprompter-meetings-wrapped",
        site="昇岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.shengling.gov.cn/xxgk/zfwj/szbf/202501/t20250116_90412.html",
        title="关于进一步改进会风规范会议使用提词器的通知",
        record_title="关于进一步改进会风规范会议使用提词器的通知·县政府办文件·昇岭县人民政府",
        date="2025-01-15",
        notes="county portal as text, body hard-wrapped at 60 columns; 文号 line under the title (neutral); "
        "抄送 and 印发 lines kept in the body; 成文日期 under the signature",
        page="""
!m 昇岭县人民政府门户网站
!m 首页 》 信息公开 》 政府文件 》 县政府办文件
{T}
昇政办发〔2025〕6号
!m 信息来源：县政府办公室　　公开方式：主动公开　　访问：1186
!a 〔放大〕〔还原〕〔缩小〕　〔打印此文〕
{BODY}
!l 上一条：关于做好2025年春节期间值班值守工作的通知
!l 下一条：昇岭县2025年重点民生实事项目计划
!m 网站主办：昇岭县人民政府办公室　联系电话：0745-3321906
!m 湘ICP备09011862号-1　政府网站标识码：4312290003
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县政府各部门：
近一个时期，一些会议的主持和发言过度依赖提词器，照屏念稿、语调单一，会场互动不足，与精简会议、改进会风的要求不符。经县政府同意，现就规范会议使用提词器有关事项通知如下。
一、县政府全体会议、常务会议和专题会议的讲话、发言一律不使用提词器，鼓励脱稿或提纲式发言。
二、新闻发布会、电视访谈等对外发布活动确需使用提词器的，由承办单位提前报县政府办公室备案，文稿须经分管领导审定。
三、各单位不得以配备提词器为由新增设备采购，现有设备统一登记，由县融媒体中心调剂使用。
四、县政府督查室将把会风情况纳入年度督查内容，对问题突出的单位予以通报。
昇岭县人民政府办公室
2025年1月15日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
昇岭县人民政府办公室　2025年1月15日印发
""",
    ),
    dict(
        slug="news-yinchuan-bead-curtain-workshops-caption",
        site="氤川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yinchuannews.cn/xz/2024-09/14/content_372210.html",
        title="伶塘镇：一挂珠帘串起留守妇女家门口就业路",
        record_title="伶塘镇：一挂珠帘串起留守妇女家门口就业路｜镇村播报·氤川新闻网",
        date="2024-09-14",
        notes="county news portal: client prompt glued before the lead's first words, a photo caption between "
        "paragraphs, an editor line glued after the last sentence, a listen button, a 24-hour list; the byline's "
        "发布时间 is the page's date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8">
<title>伶塘镇：一挂珠帘串起留守妇女家门口就业路｜镇村播报·氤川新闻网</title>
<script>window.adSlots=['ycn_art_top','ycn_art_right'];</script>
<script src="https://static.yinchuannews.cn/js/ycn-article.js"></script>
</head><body>
<div class="ycn-top">⟦m 氤川新闻网 · 氤川县融媒体中心主办⟧ <a>⟦a 数字报⟧</a> <a>⟦a 下载氤川新闻APP⟧</a></div>
<nav class="ycn-nav">⟦m 首页 | 时政 | 镇村播报 | 民生 | 文旅 | 视频⟧</nav>
<div class="ycn-ad" id="ycn_art_top">⟦m 广告　氤川农商银行·冬储贷款低息办理⟧</div>
<div class="ycn-main">
<h1 class="ycn-title">{T}</h1>
<div class="ycn-byline">⟦m 发布时间：2024-09-14 10:26　来源：氤川县融媒体中心⟧</div>
<div class="ycn-audio">⟦a ▶ 听新闻 03:12⟧</div>
<div class="ycn-body">
{BODY}
</div>
<div class="ycn-share">⟦l 转发到：朋友圈 · 微博 · 复制本页链接⟧</div>
</div>
<aside class="ycn-side"><h4>⟦l 24小时热读⟧</h4><ol>
<li>⟦l 箭滩镇新建两座过河便桥通车⟧</li><li>⟦l 县城南片区今晚停水八小时⟧</li><li>⟦l 氤川秋季职业技能大赛开赛⟧</li></ol></aside>
<footer class="ycn-foot"><p>⟦d 本网原创稿件未经授权不得转载、摘编⟧</p><p>⟦m 新闻热线：0744-8626110　湘ICP备16003251号⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开氤川新闻APP，看家门口的新鲜事⟧本网讯（记者 韦知澜　通讯员 邝一禾）9月12日，在伶塘镇箭楼村的珠帘编织车间里，二十多名妇女围坐在长桌旁，手里的鱼线穿过一颗颗木珠和玻璃珠，一挂挂珠帘很快在身后的架子上排成了彩色的“瀑布”。
⟦m 图为箭楼村编织车间里，村民正在穿制珠帘。邝一禾 摄⟧
“以前在外地厂里打工，一年回不了几趟家。现在在村里穿珠帘，孩子放学能接，活儿也不耽误。”正在赶订单的村民易海棠说，她一个月能编六七十挂，收入三千元左右。
据了解，伶塘镇自去年引进珠帘加工企业以来，采取“企业接单、车间加工、散户代工”的方式，在6个村设立编织点，带动320多名留守妇女就业。今年前8个月，全镇珠帘产品销往省内外40多个城市，产值达1200万元。
镇党委书记表示，下一步将联合县职业学校开设珠帘设计培训班，推动产品从“能卖”向“卖得好”转变。⟦m （责编：柯立夏　审校：汤闻溪）⟧
""",
    ),
    dict(
        slug="news-yunshui-teleprompter-congress-record",
        site="澐水融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.yunshuirm.com/news/2025/0221/118305.shtml",
        title="县融媒体中心首次为人代会代表提供移动提词服务",
        record_date="2025-02-21",
        date="2025-02-21",
        notes="title and date from the record as is; news page as text with a source/time line, a listen line, "
        "an app prompt between paragraphs and a recommended list",
        page="""
!m 澐水融媒 · 澐阳县融媒体中心
!m 首页 > 本地要闻 > 时政
{T}
!m 来源：澐水融媒　发布时间：2025-02-21 09:12　浏览 2381
!a 🔊 点击收听本文
{BODY}
!l 【延伸阅读】县人代会代表建议征集工作启动
!a 扫一扫，下载澐水融媒客户端
!l 相关推荐
!l 澐阳县第十八届人大五次会议胜利闭幕
!l 一图读懂2025年县政府工作报告
!d 版权所有：澐阳县融媒体中心　未经许可不得转载
""",
        body="""
2月20日，澐阳县第十八届人民代表大会第五次会议开幕。在大会发言环节，县融媒体中心首次为发言代表提供移动提词服务，6名代表在提词器的辅助下，面向会场完成了发言。
“以前低头念稿，眼睛离不开纸，现在抬头就能看到字，和台下的代表有了眼神交流。”来自珅口镇的代表顾晚晴说。
⟦a 下载澐水融媒APP，看人代会全程直播回放⟧
据介绍，这套移动提词器由平板电脑、分光玻璃和无线翻页器组成，架设在发言席前方，字幕滚动速度可由后台根据代表语速实时调整。为保证发言稿安全，所有文稿在会后统一删除。
县融媒体中心负责人表示，今后将在县里重要会议和新闻发布会上推广使用，同时加强技术人员培训，做好设备保障。
""",
    ),
    dict(
        slug="forum-dipianxia-ir-shutter-cable-jammer",
        site="底片匣摄影论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.dipianxia.com/thread-330718-1-1.html",
        title="自制红外快门线的一点心得",
        record_title="[手作器材] 自制红外快门线的一点心得（附元件清单）- 器材DIY - 底片匣摄影论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts (junk lines and glued junk), a poster panel, a rating row, "
        "a signature and a reply box; posted 5 天前 (a relative time is no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[手作器材] 自制红外快门线的一点心得（附元件清单）- 器材DIY - 底片匣摄影论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?Q7e"></script>
</head><body>
<div id="toptb">⟦m 底片匣摄影论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即加入⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 底片匣 › 器材天地 › 器材DIY › 查看帖子⟧</div>
<div class="hm">⟦m 阅读：3092　回复：41⟧</div>
<table id="pid2219034"><tr>
<td class="pls"><div class="pi">⟦m 焊锡老秦⟧</div><p>⟦m 等级：胶片发烧友　主题 62　帖子 1205　匣币 3867⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 天前　|　只看楼主　|　倒序阅读⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_2219034">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 7 人　匣币 +35　收起理由：实用干货，加精⟧</div>
<div class="sign">⟦m 签名：扫街二十年，只信手动挡⟧</div>
<div class="po">⟦a 回复　引用　举报　打赏楼主⟧</div></td></tr></table>
<div class="pgbtn">⟦l 下一帖：老镜头转接环哪家做工好⟧</div>
<div id="f_pst">⟦a 登录后才能回帖，没有账号？快来注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　底片匣摄影论坛 粤ICP备17032618号⟧　⟦m GMT+8, 2025-3-28 23:47⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前段时间老相机的原装快门线坏了，去店里问，配件要一百多块，干脆自己动手做了一个红外遥控快门线。前后花了两个周末，成本不到三十元，用下来还挺稳定，分享一下过程。
先说原理。这台相机机身前面有红外接收窗，只要发出特定编码的红外信号就能触发快门。我用一块小单片机板、一个红外发射管和一个轻触开关，按网上公开的编码写了程序，装进旧药盒里就成了遥控器。
再说几点经验。一是发射管要对准机身的接收窗，距离五米以内基本百发百中；二是程序里加一个两秒延时档，拍夜景时可以避开按键带来的抖动；三是电池用纽扣电池，待机一个月没问题。
缺点也有：白天强光下有效距离会缩短，对着相机背面也触发不了。需要长时间曝光的朋友，还是建议配一根带锁定功能的有线快门线。
""",
    ),
    dict(
        slug="forum-jingnang-camera-backpack-review-junk",
        site="镜囊器材论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.jingnangbbs.com/t/88412.html",
        title="背了三年的双肩相机包，说说优缺点",
        record_title="[晒包] 背了三年的双肩相机包，说说优缺点（纯自用，非推广）",
        date=None,
        notes="forum thread as text with anti-scraping junk lines and junk glued after sentences; posted 昨天 "
        "(relative time, no date); poster panel, replies and a reply prompt",
        page="""
!m 镜囊器材论坛 › 包袋脚架 › 晒物分享
!t [晒包] 背了三年的双肩相机包，说说优缺点（纯自用，非推广）
!m 楼主：暮色收藏家　｜　注册 6 年　｜　发帖 468
!m 发表于 昨天 22:14　来自 手机网页版
!a 只看楼主 ｜ 倒序看帖 ｜ 给楼主打赏
{BODY}
!a 赞同(26)　踩(1)　收藏帖子
!l 2# 北窗的风：侧开口这一点太戳我了，求链接
!l 3# 楼主回复 北窗的风：去年买的，型号早下架了
!l 4# 老蒋拍鸟：防雨罩确实薄，我另买了一个
!a 您尚未登录，登录后才能参与讨论
!m 镜囊器材论坛 jingnangbbs.com
""",
        junk=dict(lines=2, glued=3),
        body="""
这只双肩相机包是三年前为了去西北拍星空买的，陪我跑了十几个省，今天正好清洗晾晒，顺便说说使用感受，给正在挑包的朋友参考。
优点先说三条。第一是背负舒服，肩带宽、背板有透气槽，装一机三镜加三脚架走一天也不勒肩。第二是侧开口实用，不用放下包就能从侧面取出相机，抓拍很方便。第三是隔板可以随意拆装，装无人机时把中间两块隔板拿掉就行。
缺点也有两条。一是防雨罩太薄，去年在海边遇到大雨，包底还是渗了水，幸亏镜头放在上层。二是自重偏大，空包就有两公斤多，短途出门我宁可换单肩包。
总体来说，这只包适合经常外拍、器材又多的朋友。如果只是背一机一镜逛街，没必要买这么大的。
""",
    ),
]
