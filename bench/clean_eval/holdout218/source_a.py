"""holdout218, part A: 范文 sites, 文库 readers, county portals, news portals, forums and a blog.

Every case written by hand: invented counties (晷川, 昃阳, 暄湖, 暾岭 …), people, sites, URLs,
phones and chrome wording. Subjects: air conditioners, television sets, wristwatches,
pedometers and photocopiers. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-yangeng-speech-aircon-saving-gb2312",
        site="砚耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yangengfw.cn/jianghua/jieneng/2025/0620/71384.html",
        title="在全县公共机构夏季空调节能工作会议上的讲话",
        record_title="【讲话范例】在全县公共机构夏季空调节能工作会议上的讲话（节能主题·双稿任选）_砚耕范文网",
        date="2025-06-12",
        date_also=["2025-06-20"],
        notes="old table layout with a marquee, a visitor counter and a floating writing-adviser box; speaker and date lines under the title (neutral; the date is the document's); the site's posting date also accepted; a copy button glued after a sentence, a ghost-writer line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话范例】在全县公共机构夏季空调节能工作会议上的讲话（节能主题·双稿任选）_砚耕范文网</title>
<link href="/css/yt2008.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/tongji.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><img src="/images/logo.gif" alt="">⟦m 砚耕范文网⟧</td><td>⟦m 笔下有乾坤　砚中出文章⟧</td><td align="right"><a href="/user/login.asp">⟦a 会员登入⟧</a> | <a href="/user/reg.asp">⟦a 新会员开户⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#8B0000">
<tr><td class="menu">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">计划方案</a> | <a href="/xinde/">心得体会</a> | <a href="/gongwen/">公文写作</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">⟦m 砚耕范文网十六年专注机关文稿　海量讲话稿每日更新，欢迎收藏本站⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%" border="0"><tr><td class="weizhi">⟦m 您所在的栏目：<a href="/">首页</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 节能降耗讲话⟧</td></tr></table>
<table width="100%" border="0"><tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 发布时间：2025-06-20　栏目：节能降耗讲话　人气：<span id="hits">2764</span>⟧</td></tr>
<tr><td align="center">⟦a 【阅读设定：字大 字中 字小】【护眼底色】【关闭本页】⟧</td></tr>
<tr><td align="center">县机关事务服务中心主任　卢振宇</td></tr>
<tr><td align="center">（2025年6月12日）</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a 〖下载本篇Word稿〗需登录后消耗1个砚豆⟧</td></tr>
<tr><td>⟦l 上篇：在全县节约型机关创建推进会上的发言⟧</td></tr>
<tr><td>⟦l 下篇：机关夏季用电安全提醒讲话稿⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" border="0"><tr><td class="tt">⟦l 本栏阅读排行⟧</td></tr>
<tr><td>⟦l ·节能宣传周启动仪式讲话三篇⟧</td></tr>
<tr><td>⟦l ·机关事务管理年度会议讲话⟧</td></tr>
<tr><td>⟦l ·公共机构能源资源节约工作讲话⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:6px;top:220px;">⟦w 在线笔杆顾问 QQ：2877301645（早九点至晚十点）⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 本站范文源自会员整理投稿，只作写作借鉴，请勿原文照搬。⟧<br>
⟦m Copyright 2009-2025 砚耕范文网 www.yangengfw.cn　湘ICP备09017736号⟧<br>
⟦m 您是本站第 0821937 位访客⟧
</td></tr></table>
<script language="javascript">document.write('<scr'+'ipt src="/js/qqfloat.js"></scr'+'ipt>');</script>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
同志们：
进入盛夏以来，全县用电负荷持续攀升，公共机构空调用电已占到夏季用电总量的四成以上。今天召开这个会议，就是要把空调节能这件“小事”抓实抓细。下面，我讲三点意见。⟦a 〔复制本段〕⟧
一、严守温度底线。各单位办公区域空调制冷温度一律不得低于26摄氏度，会议室、接待室人走机关，下班前半小时停开空调，走廊、楼梯间一律不开空调。
⟦w 讲话稿写不出新意？资深笔杆一对一改稿，微信 yangeng_bj⟧
二、抓好设备维护。各单位要在7月10日前完成空调滤网清洗和冷媒检查，对使用超过十年的老旧空调登记造册，分批更换为一级能效产品。
三、强化督促检查。县机关事务服务中心将会同县发改局开展不定期抽查，抽查结果在全县通报，并纳入年度节约型机关考评。
同志们，节约一度电，就是为全县能源保供减一分压力。希望大家从自身做起、从每一台空调做起，确保今夏节能目标圆满完成。
""",
    ),
    dict(
        slug="fanwen-yingchuang-insight-copier-room-title-line",
        site="萤窗范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.yingchuangfw.cn/xinde/gangwei/20250603/4471.html",
        title="做好机关文印室复印机管理的几点心得",
        record_title=None,
        date=None,
        notes="no record title: the title is the page's title line; an 'expand' button glued before a paragraph's first words, a ghost-writer WeChat glued after a 。; 'updated 3 days ago' is no date",
        page="""
!m 萤窗范文网 · 心得体会频道
!m 当前位置：首页 ＞ 心得体会 ＞ 岗位心得
{T}
!m 来源：会员投稿　　更新于 3 天前　　字数：约400字
!a 〔全文朗读〕〔调大字号〕〔存为Word〕
{BODY}
!a 下载本篇需消耗 3 个书币，新用户注册即送 10 个书币
!l 看了本文的人还看了：
!l 机关档案管理岗位心得体会
!l 办公室文秘工作心得三则
!d 本页范文由会员投稿，仅供写作参考，引用前请自行核实。
!m 萤窗范文网 yingchuangfw.cn　湘ICP备2021018836号
""",
        indent="\u3000\u3000",
        body="""
今年年初，我从办公室综合岗调到机关文印室，负责三台复印机的日常管理。半年下来，我对“小岗位也有大学问”有了切身体会。
一是管好台账才能心中有数。过去复印纸、墨粉随用随领，月底常常对不上账。我建立了复印登记簿，按科室记录复印张数和用途，每月汇总一次，浪费明显减少。
二是勤做保养才能少出故障。复印机卡纸多半是纸张受潮或搓纸轮积灰造成的。我每周清洁一次搓纸轮和稿台玻璃，雨季把复印纸放进防潮柜，上半年报修次数比去年同期少了一半。⟦w 代写心得加V：yc_wenmi⟧
⟦a ▼展开余下60%⟧三是守住保密底线才能放心用机。涉密文件一律到指定的涉密复印机复印，复印后核对份数、当场登记，废页统一粉碎，绝不随手丢进纸篓。
文印工作看似简单，却关系到机关运转效率和信息安全。我将继续用心做好每一张纸的事。
""",
    ),
    dict(
        slug="wenku-zhijian-survey-tv-elderly-marker-paragraphs",
        site="知鉴文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhijian365.com/view/8c41d07e2fa9.html",
        title="关于农村老年人家庭电视机使用情况的调研报告",
        record_title="关于农村老年人家庭电视机使用情况的调研报告.pdf",
        date="2025-04-08",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⟁ n ⟁ cutting sentences, a paywall; a survey table one row a paragraph; 成文日期 under the signature; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于农村老年人家庭电视机使用情况的调研报告.pdf - 知鉴文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__DOC__={id:"8c41d07e2fa9",pages:4,free:2};</script>
</head><body>
<header class="zj-top"><a class="logo" href="/">⟦m 知鉴文库⟧</a><span class="sub">⟦m 好文档 · 一鉴便知⟧</span>
<form class="sch"><input placeholder="搜一搜你要的文档"><button>⟦a 找文档⟧</button></form>
<a href="/vip?from=top">⟦a 开月卡 文档任性下⟧</a> <a href="/login">⟦a 登录或注册⟧</a></header>
<nav class="crumbs">⟦m 知鉴文库 › 行业资料 › 社会民生 › 调研报告⟧</nav>
<div class="doc-head"><h1>⟦t 关于农村老年人家庭电视机使用情况的调研报告.pdf⟧</h1>
<p class="meta">⟦m 上传者：暾岭小木　上传于 2025-05-02　共4页　下载券 2⟧</p></div>
<div class="viewer-bar">⟦a 适合宽度 ｜ 放大 ｜ 缩小 ｜ 全屏阅读 ｜ 加入书架⟧</div>
<div class="viewer">
<p class="pg-title">{T}</p>
{BODY}
</div>
<div class="paywall"><p>⟦a 剩下2页需要下载券才能看完，现在开月卡可免券阅读⟧</p><a class="btn">⟦a 用2张券下载⟧</a> <a class="btn">⟦a 开月卡 0.5元/天⟧</a></div>
<aside class="rec"><h3>⟦l 读过这篇的人还在看⟧</h3><ul>
<li>⟦l 农村留守老人精神文化生活调研⟧</li><li>⟦l 广电惠民工程实施情况汇报⟧</li><li>⟦l 适老化改造调研报告范文⟧</li></ul></aside>
<footer>⟦d 知鉴文库文档由用户自行上传，平台不对内容的准确性负责，侵权请走申诉通道。⟧<br>⟦m 京ICP备22041873号-3　知鉴（北京）信息技术有限公司⟧</footer>
<script src="//static.zhijian365.com/viewer.min.js"></script>
</body></html>
""",
        p_html='<p class="ln">{}</p>',
        pages=dict(fmt="⟁ {n} ⟁", every=110, start=2),
        body="""
为了解农村老年人收看电视的实际困难，县老龄办于2025年3月组织调研组，走访了暾岭县4个乡镇12个村的216户老年人家庭，采取入户访谈和现场演示相结合的方式开展调研。现将有关情况报告如下。
一、基本情况
调查项目　户数　占比
家中有电视机　203　94.0%
能独立开机换台　91　42.1%
希望有人上门调试　157　72.7%
二、主要问题
一是操作复杂。智能电视开机广告多、菜单层级深，不少老人只会看开机后的第一个频道。二是信号不稳。山区村有线信号覆盖不全，遇到雨天画面常常“满屏雪花”。三是维修不便。村里没有家电维修点，电视机出了毛病要等子女回家才能送修。
三、对策建议
建议由乡镇文化站牵头组建“银发电视帮办”志愿队，每季度入户调试一次；推动电视生产企业开设老年模式一键切换；将山区村有线信号补盲纳入下年度广电惠民项目。
暾岭县老龄工作委员会办公室
2025年4月8日
""",
    ),
    dict(
        slug="wenku-moyuan-plan-classroom-aircon-wrapped-markers",
        site="墨渊文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.moyuanwk.com/p-30991872.html",
        title="昀桥小学教室空调安装与使用管理方案",
        record_title="昀桥小学教室空调安装与使用管理方案（校本修订稿）- 墨渊文库",
        date="2025-05-26",
        notes="文库 text hard-wrapped at 62 columns, page markers ⛀n⛁ glued to the continuation lines; decimal headings 1.1–3.2; 成文日期 under the signature",
        page="""
!m 墨渊文库 — 文档在线预览
!t 昀桥小学教室空调安装与使用管理方案（校本修订稿）- 墨渊文库
!m 分享者：昀桥教务　　页数：3　　浏览 1126 次
!a 〔下载原文档〕　〔转存到我的文库〕
{BODY}
!a 预览已到底，剩余内容请下载文档后阅读
!l 同类文档：校园用电安全管理制度｜教室多媒体设备管理办法
!d 墨渊文库提醒：文档版权归上传者所有，转载请注明出处。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⛀{n}⛁", every=100, start=2, glue=True),
        body="""
为改善师生夏季教学环境，保障教室空调安全、节能运行，结合学校实际，制定本方案。
1 安装安排
1.1 今年暑假期间完成全校24间教室的空调安装，每间安装立式空调2台，由中标单位负责施工，总务处全程跟踪。
1.2 空调电源线路单独敷设，每台空调设独立空气开关，安装完成后由供电所检测合格方可使用。
2 使用管理
2.1 室外气温达到30摄氏度以上方可开启空调，制冷温度不低于26摄氏度，开机时关闭门窗。
2.2 每间教室确定一名学生管理员，负责开关空调并在使用登记表上签字，课间操和放学前必须关机。
3 维护与检查
3.1 总务处每月清洗一次过滤网，每学期请专业人员检修一次。
3.2 值周教师每天放学后巡查，发现未关空调的教室当天通报到班。
昀桥小学
2025年5月26日
""",
    ),
    dict(
        slug="gov-guichuan-notice-aircon-inspection-index-table",
        site="晷川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.guichuan.gov.cn/zwgk/tzgg/202506/t20250619_118204.html",
        title="关于开展2025年夏季公共机构空调运行温度专项检查的通知",
        record_title="【公示公告】关于开展2025年夏季公共机构空调运行温度专项检查的通知｜晷川县人民政府门户",
        date="2025-06-18",
        date_also=["2025-06-19"],
        notes="county portal: 适老 and screen-reader links, an 索引号 table with the 文号 cell unmarked, a 纠错 line beside the notice's own 联系人/电话, 附件 list, 抄送 and 印发 lines; 成文日期 expected, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展2025年夏季公共机构空调运行温度专项检查的通知</title>
<meta name="SiteName" content="晷川县人民政府"><meta name="ColumnName" content="通知公告">
<script src="/common/js/jquery-3.6.0.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是：2025年6月19日 星期四⟧</span> <a href="#">⟦a 银龄大字版⟧</a> <a href="#">⟦a 读屏适配⟧</a> <a href="#">⟦a 切换繁體⟧</a> <a href="/wza/">⟦a 助残浏览模式⟧</a></div>
<div class="banner"><h2>⟦m 晷川县人民政府⟧</h2><p>⟦m www.guichuan.gov.cn⟧</p></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进晷川⟧</li></ul>
<div class="loc">⟦m 您当前的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11432931MB1D47720K/2025-00318⟧</td><td>⟦m 主题分类：节能减排⟧</td></tr>
<tr><td>⟦m 发布机构：晷川县机关事务服务中心⟧</td><td>⟦m 发布日期：2025-06-19⟧</td></tr>
<tr><td>晷机管〔2025〕14号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="art"><h1>{T}</h1>
<div class="art-tool">⟦a 【字号 大 中 小】【打印本页】【关闭窗口】⟧</div>
<div class="art-body">
{BODY}
</div></div>
<div class="jiucuo">⟦m 网页内容纠错请拨：0739-5213006（工作日）⟧</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧</div>
<div class="foot"><p>⟦m 主办：晷川县人民政府办公室　承办：晷川县政务服务和大数据中心⟧</p>
<p>⟦m 湘ICP备05021174号　湘公网安备43052702000118号　网站标识码4305270001⟧</p></div>
<script>var _paq=window._paq||[];</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直各单位：
为落实公共机构节能降耗要求，经县人民政府同意，决定于6月下旬至8月底在全县开展公共机构空调运行温度专项检查。现将有关事项通知如下。
一、检查内容。重点检查办公区域空调制冷温度是否低于26摄氏度、无人房间是否开机、空调设备是否定期清洗维护。
二、检查方式。采取各单位自查与县级随机抽查相结合的方式，抽查不提前通知，现场使用测温仪读取室内温度并拍照留存。
三、有关要求。各单位请于7月5日前完成自查，填写《空调运行情况自查表》，加盖公章后报县机关事务服务中心。
联系人：汪晓岚，电话：0739-5210417，邮箱：gcjgsw@163.com。
附件：1.空调运行情况自查表
2.公共机构空调节能操作指引
晷川县机关事务服务中心
2025年6月18日
抄送：县人民政府办公室，县发改局。
晷川县机关事务服务中心办公室　2025年6月18日印发
""",
    ),
    dict(
        slug="gov-zeyang-notice-tv-recycling-wrapped-cn-date",
        site="昃阳县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.zeyang.gov.cn/xxgk/gsgg/202503/t20250324_90317.html",
        title="昃阳县关于规范废旧电视机等电器电子产品回收处置的通告",
        date="2025-03-20",
        date_also=["2025-03-24"],
        notes="record title as is; the body hard-wrapped at 56 columns; document number neutral; 成文日期 in Chinese numerals, the posting date also accepted; a 12345 line and a 纠错 mailbox under the text beside the notice's own 举报电话",
        page="""
!m 昃阳县人民政府　信息公开专栏
!m 位置：首页 / 信息公开 / 公示公告
{T}
昃商务发〔2025〕6号
!m 发布日期：2025-03-24　　信息来源：县商务局　　访问量：1283
!a 【朗读本文】【放大】【缩小】【打印】
{BODY}
!m 政务服务便民热线：12345
!m 网站纠错邮箱：zywzjc@zeyang.gov.cn
!m 昃阳县人民政府办公室主办　湘ICP备06008821号
""",
        wrap=56,
        body="""
为规范全县废旧电视机、洗衣机、电冰箱等电器电子产品的回收处置，防止拆解过程中产生的铅、汞等有害物质污染环境，现就有关事项通告如下：
一、废旧电视机等电器电子产品应交售给具备资质的回收网点或处理企业，任何单位和个人不得私拆显像管、电路板。
二、县城及各乡镇设立固定回收网点16个，居民可拨打网点电话预约上门回收，回收价格在网点醒目位置公示。
三、对在居民区、路边私自拆解废旧家电的行为，由生态环境、市场监管部门依法查处。
举报电话：0736-7328115。
本通告自发布之日起施行。
昃阳县商务局
二〇二五年三月二十日
""",
    ),
    dict(
        slug="news-zeyang-pedometer-walk-day-photo-caption",
        site="昃阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zynews.cn/zhenqu/2025-08/08/content_55120.html",
        title="曜田镇千余名群众“云端计步”迎全民健身日",
        record_title="曜田镇千余名群众“云端计步”迎全民健身日 - 昃阳新闻网",
        date="2025-08-08",
        notes="county news portal: an app prompt glued before the lead, a photo caption between paragraphs, an editor line glued after the last sentence; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>曜田镇千余名群众“云端计步”迎全民健身日 - 昃阳新闻网</title>
<script src="https://res.zynews.cn/js/ad.js"></script></head>
<body>
<div class="top"><a href="/">⟦m 昃阳新闻网⟧</a> <span>⟦m 昃阳县融媒体中心主办⟧</span> <a href="/app/">⟦a 下载“掌上昃阳”⟧</a></div>
<div class="nav">⟦m 首页 ｜ 时政 ｜ 镇区 ｜ 民生 ｜ 文旅 ｜ 视听⟧</div>
<div class="path">⟦m 首页 &gt; 镇区⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-08-08 10:21　来源：昃阳县融媒体中心　记者：褚晓峰⟧</div>
<div class="audio">⟦a ▶ 点此收听本稿⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享至：微信朋友圈｜微博｜复制链接⟧</div>
</div>
<div class="side"><h4>⟦l 二十四小时热读⟧</h4><ol>
<li>⟦l 县城至旸湾镇公交线路8月起加密班次⟧</li>
<li>⟦l 暑期防溺水，这些水域请远离⟧</li>
<li>⟦l 昃阳蜜桃开园采摘节开幕⟧</li></ol></div>
<div class="foot">⟦d 本网原创稿件未经授权不得转载，违者追究责任。⟧ ⟦m 湘ICP备17019920号⟧</div>
</body></html>
""",
        body="""
⟦a 打开掌上昃阳看高清视频⟧本网讯 8月8日是第十七个全民健身日，曜田镇组织开展“云端计步·健步曜田”活动，全镇1200余名群众佩戴计步器或使用手机计步，沿镇区健身步道开展健步走。
活动前，镇文化站为60岁以上参与者免费发放了300个计步器，并在起点设置了健康检测点，医务人员为群众测量血压、讲解运动注意事项。
⟦m 图为群众在健身步道上查看计步器读数（褚晓峰 摄）⟧
当天上午，参与者的步数实时汇总到活动大屏上。晡家村72岁的村民邱桂芳走完全程，计步器显示11362步，她笑着说：“平时在家走不了这么多，今天跟着大家走一点不觉得累。”
据介绍，曜田镇将把健步走纳入每月固定活动，以村为单位组建健步队，推动全民健身融入群众日常生活。⟦m （编辑：甘露　审核：莫一凡）⟧
""",
    ),
    dict(
        slug="news-xuanhu-copier-self-service-title-line",
        site="暄湖融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.xuanhurm.com/a/20250415/3391.html",
        title="晞口镇便民服务中心自助复印机上线 群众扫码即可复印",
        record_title=None,
        date="2025-04-15",
        notes="no record title: a news page's title line; the byline's 发布时间 is the date; sentences about 扫码 and 复印 are content; a listen button and a 'more news' box between paragraphs",
        page="""
!m 暄湖融媒｜暄湖县融媒体中心
!m 新闻 ＞ 乡镇
{T}
!m 发布时间：2025年4月15日 09:02　来源：晞口镇　阅读 4316
!a 🔊 听新闻
{BODY}
!l 点赞 21　　评论 4　　转发
!l 相关阅读：晞口镇“一窗通办”改革见实效
!d 暄湖融媒版权所有，转载请联系授权。
""",
        body="""
近日，晞口镇便民服务中心新添置的两台自助复印机正式投入使用，前来办事的群众无需排队，扫码即可完成身份证、户口簿等材料的复印。
“以前复印一张身份证要跑到街上的打印店，现在在大厅里扫码、放证件、按确认，半分钟就拿到了。”正在办理社保业务的居民宁国庆说。
!l 〔更多乡镇新闻请点这里〕
据介绍，自助复印机支持身份证正反面一页复印、证件扫描和手机文件打印，复印费用每张两角，低保户、残疾人等群体凭证件免费。中心还安排了两名志愿者在机器旁帮助老年人操作。
下一步，晞口镇将在各村便民服务站推广自助复印设备，让群众办事少跑腿。
""",
    ),
    dict(
        slug="forum-biaoyou-watch-hairspring-jammer-fonts",
        site="表友汇论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.biaoyouhui.net/thread-208817-1-1.html",
        title="老上海表走时忽快忽慢，拆开一看是游丝沾了油",
        record_title="[修表心得] 老上海表走时忽快忽慢，拆开一看是游丝沾了油 - 钟表维修 - 表友汇论坛",
        date=None,
        notes="Discuz-like forum with jammer fonts inside the post, a rating row and a signature; 'posted 5 days ago' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>[修表心得] 老上海表走时忽快忽慢，拆开一看是游丝沾了油 - 钟表维修 - 表友汇论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style></head>
<body>
<div id="toptb">⟦m 表友汇论坛⟧ <a>⟦a 设为主页⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 表友汇论坛 › 维修保养 › 钟表维修 › 正文⟧</div>
<div class="ts"><h1>⟦t [修表心得] 老上海表走时忽快忽慢，拆开一看是游丝沾了油⟧</h1></div>
<div class="hm">⟦m 查看: 1907 | 回复: 23⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 摆轮老宋⟧<br>⟦m 金牌表匠　积分 3812⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 5 天前 | 只看该作者 | 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 6　表币 +18　收起 理由⟧</div>
<div class="sign">⟦m 修表二十年，只修不卖，手艺交流欢迎私信⟧</div>
<div class="po">⟦a 回复　支持(14)　反对(0)　收藏⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　机芯控 发表于 4 天前：游丝这个确实难弄，学习了⟧</div>
<div id="fastpost">⟦a 登录后才能参与讨论，没有账号？注册一个⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　表友汇论坛 ( 浙ICP备19047735号 )⟧</div>
<script src="static/js/common.js?Xb3"></script>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前阵子收到一块老上海牌手表，机主说戴着戴着一天快十几分钟，过两天又慢下来，送了几家店都没修好。
我拆开后盖一看，摆幅还行，可摆轮摆动时游丝圈和圈之间有粘连，对着放大镜一照，游丝上沾着一层油。估计是以前有人加油时手抖，把表油带到了游丝上。游丝一粘，有效长度变短，表就走快；粘得时好时坏，快慢也就跟着变。
处理办法不复杂：把摆轮组件拆下来，游丝放进专用清洗液里泡两分钟，用吹气球吹干，再装回去调好摆幅和快慢。调完上校表仪测了一晚，日差在正负十秒以内。
提醒一下刚入门的朋友，给机芯加油宁少勿多，油针蘸一点点就够了，千万别碰到游丝。
""",
    ),
    dict(
        slug="forum-paoyou-pedometer-comparison-junk",
        site="跑友圈论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.paoyouquan.cn/forum.php?mod=viewthread&tid=77312",
        title="三款计步器实测对比：同样走一千步差了多少",
        record_title="【装备实测】三款计步器实测对比：同样走一千步差了多少（内附表格）- 装备讨论区 - 跑友圈",
        date=None,
        notes="forum thread with junk lines and junk glued after 。; a data table in the post; 'posted yesterday' is no date; replies below",
        page="""
!m 跑友圈论坛 - 爱跑步的人都在这
!m 跑友圈 › 装备讨论区 › 帖子详情
!t 【装备实测】三款计步器实测对比：同样走一千步差了多少（内附表格）
!m 楼主：晨跑的阿凯　　发表于 昨天 21:47　　查看 932 / 回复 17
{BODY}
!a 顶一下　　收藏本帖　　举报
!l 2#　慢慢跑：表格好评，一目了然
!l 3#　公园十圈：腕上的那款我也有，爬楼时确实多算
!a 发帖前请先登录或绑定手机号
!m 手机版｜小黑屋｜跑友圈论坛　粤ICP备20088271号
""",
        junk=dict(lines=2, glued=2),
        body="""
最近想给家里老人买个计步器，手头正好有三款，就在小区操场做了个简单测试：我自己数着步数走满一千步，看各自显示多少。
型号　佩戴位置　显示步数　误差
夹腰式　裤腰　1006　0.6%
挂绳式　胸前　962　3.8%
腕带式　手腕　1049　4.9%
结果看，夹在裤腰上的老式计步器反而最准，手腕上的那款在我甩手的时候会多算步。挂在胸前的走慢了容易漏计。
给老人用的话，我建议选夹腰式，屏幕大、按键少，电池能用大半年。不过各人走路姿势不同，大家买回去最好自己数一次步数校对一下。
""",
    ),
    dict(
        slug="blog-zhoulao-tv-memoir-calendar-widget",
        site="晔坪老周的博客 (invented, WordPress-like)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://laozhou.yepingblog.cn/2025/01/first-tv/",
        title="家里的第一台电视机",
        record_title="【旧时光】家里的第一台电视机 | 晔坪老周的博客",
        date=None,
        notes="blog template with a calendar widget, an archive, tags and a comment form; the memoir ends with 记于乙巳年正月 (no date); a tip-jar line glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【旧时光】家里的第一台电视机 | 晔坪老周的博客</title>
<link rel="stylesheet" href="/wp-content/themes/pinecone/style.css">
</head><body class="single">
<header id="masthead"><p class="site-title">⟦m 晔坪老周的博客⟧</p><p class="site-description">⟦m 记下那些慢慢走远的日子⟧</p></header>
<nav>⟦m 首页　旧时光　乡野　读书　关于老周⟧</nav>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：旧时光　｜　阅读 617　｜　评论 9⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：黑白电视　八十年代　父亲⟧</footer>
</article>
<nav class="post-nav">⟦l « 上一篇　冬夜的煤油灯⟧　⟦l 下一篇　村口那台手摇电话 »⟧</nav>
<div id="comments"><h3>⟦l 9 条留言⟧</h3>
<p>⟦l 河边柳：看得鼻子一酸，我家也是这样围着看《霍元甲》⟧</p>
<form>⟦a 发表留言（邮箱不会被公开，带*为必填项）⟧</form></div>
<aside id="secondary">
<section><h2>⟦m 日历⟧</h2><table class="cal"><caption>⟦m 2025年一月⟧</caption><tr><td>⟦m 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年一月 (3)⟧</li><li>⟦l 2024年十二月 (5)⟧</li></ul></section>
</aside>
<footer id="colophon">⟦m © 晔坪老周　自豪地采用WordPress⟧</footer>
<script src="/wp-includes/js/comment-reply.min.js"></script>
</body></html>
""",
        body="""
一九八五年秋天，父亲用卖了两季烟叶的钱，从县城百货公司抱回一台十二英寸的黑白电视机。那是我们村的第二台电视，第一台在村支书家里。
电视机搬进堂屋那天晚上，左邻右舍都来了。父亲爬上屋顶竖起竹竿天线，母亲在屋里喊“有了有了”“又没了”，一家人为调出一个清楚的画面折腾到半夜。⟦a 喜欢老周的文字，可以请他喝杯茶⟧
后来的几年，每到播《射雕英雄传》的晚上，堂屋里总挤满了人，小孩坐地上，大人站在后头，父亲舍不得开太久，一集放完就关机，说要让显像管“歇口气”。
那台电视机一直用到一九九六年才换成彩电。如今父亲不在了，它还放在老屋的阁楼上，外壳落满了灰，可我一闭眼就能听见那晚满屋子的笑声。
记于乙巳年正月
""",
    ),
]
