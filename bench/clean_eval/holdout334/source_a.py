"""holdout334, part A: 范文 sites, 文库 previews, government portals, news portals, forums, a blog.

Invented text (places, people, sites, URLs, phones and ids are made up); see ../README.md and
../build.py for the markup. Objects: door chains, bottle brushes, invisible window guards,
glove clips, nappy bins.
"""

CASES = [
    dict(
        slug="zhuobian-speech-door-chain-launch-gb2312",
        site="桌边范文阁 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zhuobian-fw.cn/jianghua/minsheng/2024/1120/5518.html",
        title="在全镇独居老人“安心门链”入户安装启动仪式上的讲话",
        record_title="在全镇独居老人“安心门链”入户安装启动仪式上的讲话（整理可用稿）_桌边范文阁",
        date="2024-11-06",
        date_also=["2024-11-20"],
        notes="old gb2312 table page with a marquee, a 字号 row, a floating ghost-writer box, a hot list and a "
        "visitor counter; date under the speech title, the site's update date also accepted; speaker line "
        "neutral; a ghost-writer prompt glued after a sentence and a related link between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全镇独居老人“安心门链”入户安装启动仪式上的讲话（整理可用稿）_桌边范文阁</title>
<meta name="keywords" content="门链,独居老人,启动仪式,讲话稿">
<link href="/css/zhuobian.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/zhuobian_count.js"></script>
</head>
<body bgcolor="#F7F3EA" topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="64" width="420"><font size="5" color="#7A1F1F">⟦m 桌边范文阁 · 一桌一灯写公文⟧</font></td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 把本阁设为浏览器首页⟧</a> | <a href="javascript:window.external.AddFavorite(location.href,'桌边范文阁')">⟦a 将本阁加入收藏夹⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#7A1F1F">
<tr>
<td align="center"><a href="/"><font color="#FFFFFF">⟦m 阁内首页⟧</font></a></td>
<td align="center"><a href="/jianghua/"><font color="#FFFFFF">⟦m 领导致辞⟧</a></td>
<td align="center"><a href="/zongjie/"><font color="#FFFFFF">⟦m 年终总结⟧</font></a></td>
<td align="center"><a href="/huodong/"><font color="#FFFFFF">⟦m 活动方案⟧</font></a></td>
<td align="center"><a href="/gongwen/"><font color="#FFFFFF">⟦m 公文格式⟧</font></a></td>
</tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 阁中告示：冬季讲话稿专栏已更新三百余篇，注册阁友每天可免费抄录五篇⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td>⟦m 所在位置：阁内首页 &gt;&gt; 领导致辞 &gt;&gt; 民生实事讲话⟧</td></tr>
<tr>
<td width="700" valign="top">
<table width="100%" border="0" cellpadding="6">
<tr><td align="center"><h1><font size="4">{T}</font></h1></td></tr>
<tr><td align="center"><font color="#999999">⟦m 来源：阁友“临窗听雪”投稿　更新时间：2024-11-20　人气：2731⟧</font></td></tr>
<tr><td align="center">⟦a 【字体显示：特大　大　中　小】⟧ ⟦a 【打印这篇】⟧ ⟦a 【关掉此窗】⟧</td></tr>
<tr><td align="center">（2024年11月6日）</td></tr>
<tr><td align="center">姚湾镇党委副书记、镇长　裴晓峰</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦l 上一篇：在全镇冬季防火工作会议上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇：敬老月慰问独居老人活动致辞（两篇）⟧</td></tr>
</table>
</td>
<td width="240" valign="top" bgcolor="#FBF8F1">
<table width="100%"><tr><td><b>⟦l 阁中热抄榜⟧</b></td></tr>
<tr><td><a href="/jh/5501.html">⟦l ·乡镇重阳节敬老座谈会讲话⟧</a></td></tr>
<tr><td><a href="/jh/5473.html">⟦l ·民生实事项目推进会表态发言⟧</a></td></tr>
<tr><td><a href="/jh/5460.html">⟦l ·社区防诈骗宣传周启动致辞⟧</a></td></tr>
</table>
</td>
</tr>
</table>
<div id="qqfloat" style="position:absolute;right:8px;top:220px;width:120px">⟦w 讲话稿量身代笔 阁主企鹅 2960331807⟧</div>
<table width="960" border="0" align="center" cellpadding="6" bgcolor="#EFE7D8">
<tr><td align="center">⟦d 阁中文字多为阁友投稿，仅供学习借鉴，请勿原样照搬，版权归原作者⟧</td></tr>
<tr><td align="center">⟦m 桌边范文阁 www.zhuobian-fw.cn　备案号：湘ICP备13058862号⟧　⟦m 您是本阁第 0486213 位访客⟧</td></tr>
</table>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
同志们，乡亲们：
今天，我们在镇敬老院门前举行“安心门链”入户安装启动仪式，首批386副防撬门链将在一个月内装到全镇独居老人家中。在此，我代表镇党委、镇政府，向捐赠门链的县五金商会和参与安装的党员志愿者表示衷心感谢！
去年以来，我镇先后发生3起冒充燃气、电力人员上门推销的事件，受骗的都是独居老人。一副门链花钱不多，却能让老人开门前先看清来人、问明来意，把风险挡在门外。⟦w （阁主提醒：此稿可按贵镇情况改写，整篇定制请加微信 zhuobian_gezhu）⟧
⟦l 相关阅读：独居老人居家安全排查工作方案⟧
这次安装工作，要做到三个到位：一是摸底到位，各村要逐户核实名单，不漏一户；二是安装到位，门链统一装在门内侧锁具上方，装好后当场教老人使用；三是回访到位，一个月后逐户回头看，链条松动的及时更换。
同志们，门链虽小，连着老人的安全感。希望大家把这件实事办细办实，让老人们开门放心、在家安心。
""",
    ),
    dict(
        slug="yebian-summary-bottle-brush-nursery-table",
        site="页边范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yebian-fw.com/zongjie/tuoyu/20250109/77120.html",
        title="颜和社区托育园2024年度奶瓶清洗消毒工作总结",
        record_title="【托育范文】颜和社区托育园2024年度奶瓶清洗消毒工作总结（套个园名就能用）",
        date="2024-12-27",
        date_also=["2025-01-09"],
        notes="decorated record title; title repeated; a quarterly table one row a paragraph; a copy button glued "
        "after a sentence, a ghost-writer line between paragraphs; 成文日期 under the signature, the page's "
        "posting date also accepted",
        page="""
!m 页边范文网｜页边写几笔，省一夜加班
!m 您在这儿：页边首页 ＞ 总结汇报 ＞ 托育园所总结
!t 【托育范文】颜和社区托育园2024年度奶瓶清洗消毒工作总结（套个园名就能用）
!m 整理：页边编辑·小满　　入库：2025-01-09　　被翻看 1147 次
!a 〔全文拷贝〕　〔存为Word〕　〔夹进我的页边夹〕
{T}
{BODY}
!a 页边会员可下载本篇可编辑原稿，非会员每日限看三篇
!l 接着翻：托育园冬季传染病防控工作总结｜保育员岗位职责与考核细则｜婴幼儿餐具消毒记录表
!d 本站范文由网友整理上传，仅作写作参考，若有版权问题请发邮件告知，核实后下架
!m © 2019-2025 页边范文网 yebian-fw.com　浙ICP备19044127号-3
""",
        body="""
今年，园所托育班共接收6至36个月婴幼儿42名，全年清洗消毒奶瓶约1.6万人次，未发生一起因餐具清洁不到位引起的肠道感染。现将全年工作总结如下。
一、建立“一婴一瓶一刷”制度。每名婴幼儿配备专用奶瓶和奶瓶刷，刷柄贴姓名标签，杜绝混用。⟦a 〔拷贝此段〕⟧
二、规范清洗流程。保育员按照“冲、刷、煮、晾”四步操作，奶嘴内侧用小号奶嘴刷单独清洗，每日午后集中蒸汽消毒一次。
⟦w 总结写不出来？页边写手一对一帮改，微信 yebian_xiaoman⟧
三、定期更换刷具。海绵刷头每月更换，尼龙刷头发现变形、掉毛立即更换。全年更换情况如下：
季度　更换刷具（支）　涂抹抽检合格率
第一季度　46　95%
第二季度　52　97%
第三季度　49　98%
第四季度　51　98%
四、存在不足。个别保育员晾干环节不规范，刷具挂放过密。明年将增设刷具晾干架，并把清洗操作纳入保育员月度考核。
颜和社区托育园
2024年12月27日
""",
    ),
    dict(
        slug="zhuye-research-window-guards-marker-paras",
        site="竹页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhuyewk.com/doc/4471902380.html",
        title="关于城区高层住宅隐形防护网安装使用情况的调研报告",
        record_title="【消防安全】关于城区高层住宅隐形防护网安装使用情况的调研报告 - 竹页文库",
        date="2024-09-12",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⪪ n ⪫' between the halves of cut paragraphs, a "
        "paywall box; 成文日期 in Chinese numerals; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【消防安全】关于城区高层住宅隐形防护网安装使用情况的调研报告 - 竹页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.ZY_DOC={id:"4471902380",pages:6};</script>
<link rel="stylesheet" href="//static.zhuyewk.com/reader.css">
</head>
<body>
<header class="qj-top">
<a class="logo" href="/">⟦m 竹页文库⟧</a>
<nav><a href="/gongwen/">⟦m 公文写作⟧</a><a href="/anquan/">⟦m 安全生产⟧</a><a href="/jiaoyu/">⟦m 教育资料⟧</a></nav>
<a class="vip" href="/vip/">⟦a 开竹页卡 整站文档随便下⟧</a> <a href="/login">⟦a 去登录 · 新用户注册⟧</a>
</header>
<main class="qj-reader">
<div class="doc-head">
<h1>{T}</h1>
<p class="meta">⟦m 上传者：竹页读者003　上传于 2024-10-03　共6页　阅读 2,418　下载 156⟧</p>
<div class="toolbar">⟦a 放大 缩小 全屏阅读 转存到我的书架⟧</div>
</div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall">
<p>⟦a 试看到此为止，剩余 3 页需下载完整版⟧</p>
<p><a class="btn" href="/down/4471902380">⟦a 花 8 竹页币下载原文⟧</a>　<a href="/vip/">⟦a 开卡后免费下⟧</a></p>
</div>
<section class="rel">
<h3>⟦l 读了此文的人还在看⟧</h3>
<ul>
<li><a href="/doc/4471900012.html">⟦l 高层住宅阳台防坠落安全宣传材料.docx⟧</a></li>
<li><a href="/doc/4471897730.html">⟦l 小区消防通道占用情况调查报告.pdf⟧</a></li>
</ul>
</section>
</main>
<footer class="qj-foot">
<p>⟦d 竹页文库文档均由用户上传，平台只提供存储与展示，如侵犯您的权利请提交申诉⟧</p>
<p>⟦m 粤ICP备20071533号-2　竹页文库 zhuyewk.com⟧</p>
</footer>
<script src="//static.zhuyewk.com/reader.js"></script>
</body>
</html>
""",
        p_html='<p class="qj-line">{}</p>',
        pages=dict(fmt="⪪ {n} ⪫", every=150, start=2),
        body="""
为了解城区高层住宅隐形防护网安装使用现状，市消防救援支队会同市住建局于今年7月至8月，对乾湾区、凯城区23个小区的1150户住户开展抽样调查。现将有关情况报告如下。
一、基本情况
被调查住户中，安装隐形防护网的有472户，占41%；其中有12岁以下儿童的家庭安装比例达到68%。安装位置以卧室和客厅窗户为主，阳台次之。
二、存在问题
一是产品质量参差不齐，部分钢丝直径不足1.2毫米，包胶层老化开裂。二是安装不规范，有37户将防护网整面封死，未预留逃生开口。三是维护缺失，八成住户安装后从未检查过钢丝张力。
三、对策建议
建议出台隐形防护网安装技术指引，明确逃生开口和钢丝规格要求；物业企业每年组织一次上门检查；消防部门将防护网纳入家庭火灾隐患自查清单。
昆溪市消防救援支队调研组
二〇二四年九月十二日
""",
    ),
    dict(
        slug="yeye-plan-glove-clips-wrapped-glued-markers",
        site="叶叶文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://wk.yeyedoc.cn/p-30917764.html",
        title="鹏溪县城市管理局关于为环卫工人配发防丢手套夹的实施方案",
        record_title="鹏溪县城市管理局关于为环卫工人配发防丢手套夹的实施方案.docx",
        date="2024-11-18",
        notes="file-name record title; preview text hard-wrapped at 62 columns, page markers '⨝n⨝' glued to the "
        "start of the line that continues a cut sentence; decimal headings 1.1–3.1; signature date",
        page="""
!m 叶叶文档 · 公文材料 · 城市管理
!t 鹏溪县城市管理局关于为环卫工人配发防丢手套夹的实施方案.docx
!m 页数：5　大小：41KB　格式：DOCX　评分：4.5　预览：3 页
!a 全文下载（消耗 2 张叶券）　|　收入我的文档夹　|　纠错
{T}
{BODY}
!a 免费预览到此结束，想看后 2 页请下载原文
!l 同类文档：环卫工人冬季关爱行动方案　·　户外劳动者驿站管理办法　·　城管局劳保用品采购清单
!d 叶叶文档提示：文档内容来自网友上传，不代表本站观点，侵权请通过页面底部申诉入口反馈
""",
        wrap=62,
        pages=dict(fmt="⨝{n}⨝", every=90, start=2, glue=True),
        body="""
为解决冬季环卫工人作业中手套易丢失、脱手后徒手捡拾垃圾等问题，经局务会研究，决定为全县一线环卫工人统一配发防丢手套夹。现制定实施方案如下。
1 配发范围和数量
1.1 县城建成区及5个建制镇的一线环卫工人共612人，每人配发手套夹2副、加绒劳保手套3双。
1.2 手套夹选用带反光条的尼龙织带款式，夹口须能承受2公斤以上拉力。
2 时间安排
2.1 11月25日前完成采购和验收。
2.2 12月5日前由各环卫作业站发放到人，并现场示范佩戴方法：手套夹一端扣在袖口，一端夹住手套腕部。
3 工作要求
3.1 各作业站要建立发放台账，签字领取；手套夹丢失或损坏的，凭旧件以旧换新。
鹏溪县城市管理局
2024年11月18日
""",
    ),
    dict(
        slug="yanchuan-gov-notice-window-fall-index-table",
        site="颜川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yanchuan.gov.example.cn/zwgk/tzgg/202505/t20250516_88412.html",
        title="关于开展住宅窗户防坠落隐患排查整治的通知",
        record_title="关于开展住宅窗户防坠落隐患排查整治的通知_通知公告_颜川县人民政府",
        date="2025-05-14",
        date_also=["2025-05-16"],
        notes="county portal: 长辈版/无障碍 links, 索引号 table with the 文号 cell unmarked, a 纠错 line and a "
        "12345 line beside the bureau's own 联系人/电话, 附件 list under the body; 成文日期 differs from the "
        "portal's 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展住宅窗户防坠落隐患排查整治的通知_通知公告_颜川县人民政府</title>
<meta name="SiteName" content="颜川县人民政府">
<meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script>
<script>var _trace = "yanchuan-gov";</script>
</head>
<body>
<div class="gov-top">
<span>⟦m 欢迎访问颜川县人民政府门户网站⟧</span>
<a href="/elder/">⟦a 切换长辈版⟧</a> <a href="javascript:void(0)" id="wza">⟦a 开启无障碍浏览⟧</a> <a href="/m/">⟦a 手机看颜川⟧</a>
</div>
<div class="gov-banner"><img src="/images/banner.jpg" alt=""><span>⟦m 颜川县人民政府⟧</span></div>
<ul class="gov-nav">
<li><a href="/">⟦m 网站首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 办事服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjyc/">⟦m 走进颜川⟧</a></li>
</ul>
<div class="crumb">⟦m 现在位置：首页 &gt; 政务公开 &gt; 通知公告 &gt; 住建动态⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11452307MB1Y836102/2025-00384⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发文机关：颜川县住房和城乡建设局⟧</td><td>⟦m 发布日期：2025-05-16⟧</td></tr>
<tr><td>颜住建发〔2025〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-tools">⟦a 字号：〔大〕〔中〕〔小〕⟧　⟦a 打印此文⟧　⟦l 转给朋友：微信 微博⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="art-foot">
<p>⟦l 【相关链接】颜川县2025年城镇燃气安全专项整治方案⟧</p>
<p>⟦m 本页纠错：0738-5216610（工作日）⟧</p>
</div>
</div>
<div class="gov-foot">
<p>⟦m 主办：颜川县人民政府办公室　承办：颜川县政务服务和大数据中心⟧</p>
<p>⟦m 政府网站标识码：4313220012　湘公网安备43132202000318号⟧</p>
<p>⟦m 颜川政务服务便民热线：12345⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各物业服务企业：
近年来，我县多次发生儿童从住宅窗户、阳台坠落的事故。为切实消除住宅窗户防坠落隐患，经县政府同意，决定于5月20日至7月31日在全县开展专项排查整治。现将有关事项通知如下。
一、排查重点。七层以上住宅中有未成年人、独居老人的家庭，重点查看窗户限位器、护栏及隐形防护网是否缺失、松动，防护网是否预留逃生开口。
二、整改要求。物业服务企业对排查出的隐患要建立台账，逐户告知；确需加装隐形防护网的，应选用钢丝直径不小于1.5毫米的产品。
三、报送时间。各乡镇于每月25日前报送排查进度表。
联系人：佟立群，电话：0738-5216233。
附件：1.住宅窗户防坠落隐患排查表
2.排查进度汇总表
颜川县住房和城乡建设局
2025年5月14日
抄送：县消防救援大队，县市场监督管理局。
""",
    ),
    dict(
        slug="baohu-gov-bulletin-door-chain-fraud-cn-date",
        site="鲍湖县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.baohu.gov.example.cn/art/2024/3/27/art_1402_60315.html",
        title="关于近期冒充公共服务人员入户诈骗案件的情况通报",
        record_title="〖公安提示〗关于近期冒充公共服务人员入户诈骗案件的情况通报 - 鲍湖县人民政府网",
        date="2024-03-25",
        date_also=["2024-03-27"],
        notes="text page of a county portal: a 信息来源/浏览次数 line, a 适老化 link, a 纠错 line and a 12110 tip at the "
        "bottom; a numbered list of measures; 成文日期 in Chinese numerals, the posting date also accepted",
        page="""
!m 鲍湖县人民政府网　政务公开
!a 长辈模式　|　读屏专用　|　简 / 繁
!m 首页 › 信息公开 › 部门信息 › 县公安局
{T}
!m 信息来源：县公安局　　发布时间：2024-03-27 10:15　　浏览次数：906
!a 【加大字号】【减小字号】【打印】【关闭】
{BODY}
!l 【上一条】县公安局关于春季道路交通安全的提示
!l 【下一条】鲍湖县2024年第一季度治安形势分析
!m 页面纠错邮箱：jiucuo@baohu.gov.example.cn
!m 鲍湖县人民政府办公室主办　鄂ICP备05023718号
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，各社区居委会：
2月下旬以来，我县城区及裴河镇、郭集镇连续发生4起冒充燃气检修、电表更换人员入户诈骗案件，涉案金额共计3.8万元，受害人均为65岁以上独居老人。嫌疑人以“免费检查”为名进门，趁老人不备骗取钱财。目前，2名嫌疑人已被抓获，案件正在进一步侦办中。
⟦l 延伸阅读：鲍湖县防范养老诈骗宣传手册（图解版）⟧
为防止类似案件再次发生，现提出以下要求：
1.各社区要利用网格走访，向独居老人逐户讲清“先问明、再开门”的道理。
2.对有需要的独居老人家庭，由社区协调免费加装门链，做到开门先挂链、核实再放人。
3.燃气、供电等单位上门服务一律提前在小区公示，服务人员须佩戴工作证。
鲍湖县公安局
二〇二四年三月二十五日
""",
    ),
    dict(
        slug="mengtang-news-nappy-bins-public-toilets",
        site="孟塘新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.mengtang.example.cn/bd/2024-08/22/content_318820.html",
        title="城区12座公厕母婴室配齐密封尿布桶",
        record_title="城区12座公厕母婴室配齐密封尿布桶_县城快讯_孟塘新闻网",
        record_date="2024-08-22",
        date="2024-08-22",
        notes="county news portal: an app prompt glued before the lead, a photo caption between paragraphs, an "
        "editor line glued after the last sentence, a 24-hour list; date from the record",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>城区12座公厕母婴室配齐密封尿布桶_县城快讯_孟塘新闻网</title>
<script>var ad_slot = ["top","right"];</script>
</head>
<body>
<div class="topbar">⟦m 孟塘新闻网 · 孟塘县融媒体中心主办⟧　<a href="/app">⟦a 下载“掌上孟塘”客户端⟧</a></div>
<nav class="mainnav"><a href="/">⟦m 新闻首页⟧</a> <a href="/bd/">⟦m 本地要闻⟧</a> <a href="/ms/">⟦m 民生关注⟧</a> <a href="/sp/">⟦m 视频孟塘⟧</a></nav>
<div class="ad-top">⟦l 【广告】孟塘农商银行·暑期理财专场⟧</div>
<article>
<h1>{T}</h1>
<div class="source">⟦m 2024-08-22 09:31　来源：孟塘县融媒体中心　记者 鲍思远　通讯员 戚雨⟧</div>
<div class="listen"><button>⟦a 听新闻⟧</button></div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 分享这篇新闻到：微信朋友圈　QQ空间　新浪微博⟧</div>
</article>
<aside>
<h3>⟦l 24小时点击排行⟧</h3>
<ol>
<li>⟦l 孟塘县城区新增三条公交线路⟧</li>
<li>⟦l 邵岭镇葡萄采摘节开幕⟧</li>
<li>⟦l 县第一人民医院儿科夜诊开通⟧</li>
</ol>
</aside>
<footer>
<p>⟦d 凡本网注明“来源：孟塘县融媒体中心”的作品，未经授权不得转载、摘编⟧</p>
<p>⟦m 互联网新闻信息服务许可证：43120190016　违法和不良信息举报：0739-6612345⟧</p>
</footer>
</body>
</html>
""",
        body="""
⟦a 打开掌上孟塘，看更多身边事⟧本网讯　记者近日从县城市管理局获悉，城区12座公厕的母婴室已全部配齐脚踏式密封尿布桶，并实行每日两次清运、一次消毒。
此前，不少家长反映，部分母婴室只放了普通垃圾桶，换下的尿布敞着放，夏天异味大，还招蚊蝇。县城管局收到意见后，于7月统一采购了48只带内衬袋的密封尿布桶，每间母婴室配备2只。
⟦m 图为县城管局工作人员在人民公园公厕母婴室更换尿布桶内衬袋。（戚雨　摄）⟧
“现在盖子一踩就开，松开就合上，味道小多了。”正在人民公园母婴室给孩子换尿布的市民郭女士说。
据介绍，尿布桶的清运由公厕保洁员负责，内衬袋满三分之二即更换。市民发现尿布桶损坏或清运不及时，可拨打城管热线0739-6613319反映。⟦m （责任编辑：颜晓棠）⟧
""",
    ),
    dict(
        slug="kunxi-news-bottle-brush-spotcheck-table",
        site="昆溪在线 (invented, city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.kunxi-online.example.cn/shehui/20250312/n6640195.shtml",
        title="昆溪市抽检40批次奶瓶刷　3批次刷毛脱落不合格",
        record_title=None,
        date="2025-03-12",
        notes="no record title: the title line on the page; a results table one row a paragraph; a byline's "
        "发布时间 is the page's date; comments and a hot list below",
        page="""
!m 昆溪在线 | 昆溪人自己的新闻门户
!m 首页 / 社会 / 消费维权
{T}
!m 发布时间：2025-03-12 16:48　稿件来源：昆溪在线　作者：俞佳禾
!a 字体：A+ A-　　复制链接　　收藏
{BODY}
!l 网友评论（共17条）　　我也说两句
!l 昆溪网友“豆豆爸”：我家用的就是海绵头，用了两个月就掉渣了。
!l 热门推荐：婴儿湿巾抽检结果出炉 | 春季儿童用药提醒 | 昆溪母婴店明码标价检查
!m 昆溪在线 版权所有　未经书面授权禁止使用　陕ICP备16011452号
""",
        body="""
3月12日，昆溪市市场监督管理局公布了2025年第一批婴幼儿洗护用品监督抽检结果。本次共抽检奶瓶刷、奶嘴刷40批次，其中37批次合格，3批次不合格，不合格项目均为刷毛拉脱力。
刷毛拉脱力是衡量刷毛是否牢固的指标。刷毛容易脱落，残留在奶瓶内可能被婴幼儿误吞。不合格产品情况如下：
产品名称　标称生产企业　不合格项目
海绵奶瓶刷（两件套）　浩阳县某日用品厂　刷毛拉脱力
尼龙旋转奶瓶刷　某母婴用品商行（经销）　刷毛拉脱力
长柄奶嘴刷　邱塘镇某塑料制品厂　刷毛拉脱力
市场监管部门已责令相关经营者下架不合格产品，并依法立案调查。专家提醒，家长选购奶瓶刷时，可用手轻拉刷毛，掉毛明显的不要购买；刷毛变形、发黄后应及时更换。
""",
    ),
    dict(
        slug="pugongying-forum-glove-clip-diy-jammer",
        site="蒲公英妈妈论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.pgymama.example.cn/thread-2208817-1-1.html",
        title="给娃缝了一对防丢手套夹，附做法",
        record_title="[缝纫小物] 给娃缝了一对防丢手套夹，附做法 - 亲子手工坊 - 蒲公英妈妈论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post (lines and glued), a numbered list, a rating "
        "row, a signature and replies; the post time is relative (3 天前): no date",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[缝纫小物] 给娃缝了一对防丢手套夹，附做法 - 亲子手工坊 - 蒲公英妈妈论坛</title>
<style>.jammer{font-size:0px;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦m 蒲公英妈妈论坛⟧　<a href="member.php?mod=register">⟦a 加入妈妈团⟧</a>　<a href="member.php?mod=logging">⟦a 已有账号登录⟧</a></div>
<div id="pt">⟦m 论坛 › 育儿生活 › 亲子手工坊 › 帖子正文⟧</div>
<div class="hm">⟦m 查看: 3905 | 回复: 46⟧</div>
<table class="plhin">
<tr>
<td class="pls"><div class="pi">⟦m 小葵花她妈⟧</div><p>⟦m 积分 2210　帖子 386　手工达人勋章⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [缝纫小物] 给娃缝了一对防丢手套夹，附做法⟧</span></h1>
<div class="authi">⟦m 小葵花她妈 发表于 3 天前 | 只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_55102">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 12　花朵 +36⟧</div>
<div class="sign">⟦m —— 一针一线，慢慢陪你长大 ——⟧</div>
<div class="po">⟦a 回复　引用　点赞　收藏本帖⟧</div>
</td>
</tr>
</table>
<div class="reply">⟦l 沙发　鲍鱼仔妈妈：学到了！我家老二一个冬天丢了四只手套⟧</div>
<div class="reply">⟦l 板凳　木木：楼主的夹子在哪买的，求个链接⟧</div>
<div id="f_pst">⟦a 登录之后才能参与讨论　马上登录 | 注册新妈妈⟧</div>
<div id="ft">⟦m 蒲公英妈妈论坛 ( 沪ICP备17030926号 )　GMT+8, 2025-1-19 22:06⟧</div>
<script src="static/js/common.js?Xk2"></script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=3),
        body="""
去年冬天，我家小葵花一个月丢了三只手套，幼儿园老师也说孩子脱手套洗手后经常找不到。后来我用家里的旧背包带缝了一对防丢手套夹，戴了一整个冬天，一只都没丢，分享给大家。
材料很简单：
1.宽2厘米的织带两根，每根长约40厘米；
2.塑料鸭嘴夹4个，文具店就有；
3.针线，能压织带的缝纫机更好。
做法：织带两头各折进3厘米，把鸭嘴夹的铁环套进去缝牢，来回压三道线。一头夹在羽绒服袖口内侧，另一头夹住手套腕口，孩子脱下手套就垂在袖子边上。
提醒一下，夹子别选金属齿太尖的，容易把手套夹破；织带也不要太长，太长了孩子玩的时候容易缠到手指。
""",
    ),
    dict(
        slug="xiaojiaoya-forum-nappy-bin-compare-junk",
        site="小脚丫育儿论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.xjybbs.example.cn/forum.php?mod=viewthread&tid=906613",
        title="三款尿布桶用了半年的真实感受",
        record_title="[好物对比] 三款尿布桶用了半年的真实感受 - 晒单区 - 小脚丫育儿论坛",
        date=None,
        notes="text forum thread: anti-scraping junk as lines and glued after 。; a poster's 'edited' aside; "
        "posted 昨天: no date; replies below",
        page="""
!m 小脚丫育儿论坛 - 宝爸宝妈的交流地
!m 首页 › 好物晒单 › 晒单区 › 查看帖子
!t [好物对比] 三款尿布桶用了半年的真实感受 - 晒单区 - 小脚丫育儿论坛
!m 查看 1862 | 回复 28 | 楼主：朵朵爸
!m 朵朵爸 发表于 昨天 21:40 | 只看该作者 | 倒序看帖
!m 本帖最后由 朵朵爸 于 昨天 22:03 编辑
{BODY}
!a 举报　|　回复本楼
!l 2# 郭小米：第二款我也买了，换袋确实麻烦
!l 3# 熊猫宝宝妈：马克一下，准备入手
!a 你需要先登录才能发帖回复　登录 | 免费注册
!m 手机版 | 小黑板 | 小脚丫育儿论坛　GMT+8, 2025-6-5 08:12
""",
        junk=dict(lines=2, glued=2),
        body="""
孩子出生后，家里前后用过三款尿布桶，半年下来说说感受，不打广告。
第一款是普通脚踏桶，便宜，但盖子不严，一到夏天整个卫生间都是味，用了一个月就换了。
第二款是旋转封口的，每扔一片尿布转一下，密封确实好，缺点是专用的连续袋子贵，一卷只够用两周左右。
第三款是双层盖加活性炭片的，外盖踩开后还有一层内盖，味道基本闻不到，普通垃圾袋也能用，就是桶身大，小卫生间放着占地方。
我的建议是：卫生间小、宝宝还小的，选第二款；能天天倒垃圾的，第一款也够用。不管哪款，内桶每周都要用消毒液擦一遍。
""",
    ),
    dict(
        slug="shijiulou-blog-window-guards-essay",
        site="十九楼窗记 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://shijiulou.blog.example.cn/2024/06/02/yinxing-wang/",
        title="装了隐形防护网以后",
        record_title="【窗边随笔】装了隐形防护网以后 | 十九楼窗记",
        date="2024-06-02",
        notes="blog post: a bracketed post time under the title (the page's date), tag cloud, archive, comment "
        "form; a reward-button line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【窗边随笔】装了隐形防护网以后 | 十九楼窗记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head>
<body class="post-template">
<header class="site-header">
<p class="site-title">⟦m 十九楼窗记⟧</p>
<p class="site-desc">⟦m 十九楼上的一扇窗，看人间烟火⟧</p>
<nav><a href="/">⟦m 主页⟧</a> <a href="/category/suibi/">⟦m 窗边随笔⟧</a> <a href="/about/">⟦m 关于窗主⟧</a></nav>
</header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<p class="post-meta">⟦m 〔2024年06月02日 22:17〕 分类：窗边随笔 · 阅读 613 · 评论 9⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="post-tags">⟦l 标签：隐形防护网 / 高层住宅 / 带娃日常⟧</p>
<nav class="post-nav"><a href="/2024/05/20/">⟦l ← 阳台上的两盆薄荷⟧</a>　<a href="/2024/06/15/">⟦l 端午回颜川老家 →⟧</a></nav>
</article>
<section class="comments">
<h3>⟦l 9 条评论⟧</h3>
<p>⟦l 苔米：我家也是十几楼，看完决定去检查一下钢丝⟧</p>
<form><textarea placeholder="说点什么吧"></textarea><button>⟦a 提交评论⟧</button></form>
</section>
</main>
<aside class="sidebar">
<h4>⟦l 标签云⟧</h4>
<p>⟦l 读书　带娃　阳台　做饭　旧物　十九楼⟧</p>
<h4>⟦l 文章归档⟧</h4>
<ul><li>⟦l 2024年6月 (3)⟧</li><li>⟦l 2024年5月 (5)⟧</li><li>⟦l 2024年4月 (4)⟧</li></ul>
</aside>
<footer class="site-footer">⟦m © 2017–2024 十九楼窗记 · 由 Hexo 驱动 · 主题 Windowsill⟧</footer>
<script src="/js/theme-windowsill.js"></script>
</body>
</html>
""",
        body="""
搬进十九楼的第三年，我们终于给家里的窗户装上了隐形防护网。
说来惭愧，下决心是因为上个月的一件事。那天我在厨房做饭，回头看见三岁的女儿踩着小板凳，半个身子趴在卧室窗台上看楼下的洒水车。我冲过去把她抱下来，手抖了半天。
装网的师傅说，钢丝是316不锈钢外面包了一层胶，每根能承重一百多公斤，间距5厘米，孩子的头伸不出去。他特意在客厅窗户留了一块能用钥匙打开的区域，说万一着火，这里就是出口。
装好以后，窗外的风景几乎没有变化，只有阳光斜照的时候，能看到一道道细细的银线。女儿现在还是喜欢趴在窗边看洒水车，只是我终于能安心地把菜炒完了。⟦a 喜欢这篇文字，可以请窗主喝杯茶⟧
""",
    ),
]
