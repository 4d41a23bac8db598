"""holdout273, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客 (one HTML and one text each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moyan-report-bottling-workshop",
        site="墨砚范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.moyanfw.cn/shuzhi/qiye/2025/0214/61873.html",
        title="2024年度酱油灌装车间主任述职报告",
        record_title="【述职范本】2024年度酱油灌装车间主任述职报告（精编·可改名套用）_墨砚范文网",
        date="2025-01-10",
        date_also=["2025-02-14"],
        notes="old table layout with marquee, font row, visitor counter and floating QQ box; a ghost-writer line between paragraphs, a related link glued after a 。; 成文日期 under the signature, the page's posting date also accepted",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【述职范本】2024年度酱油灌装车间主任述职报告（精编·可改名套用）_墨砚范文网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 墨砚范文网⟧</td><td class="slogan">⟦m 千篇范文　一键成稿⟧</td><td align="right"><a href="/member/login.asp">⟦a 会员登入⟧</a> <a href="/member/reg.asp">⟦a 注册会员⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td class="menu"><a href="/">⟦m 网站首页⟧</a> <a href="/zongjie/">⟦m 工作总结⟧</a> <a href="/shuzhi/">⟦m 述职报告⟧</a> <a href="/jianghua/">⟦m 领导讲话⟧</a> <a href="/xinde/">⟦m 心得体会⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦d 墨砚提醒：范文只供写作借鉴，正式场合请结合本单位实际修改⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在位置：墨砚范文网 &gt;&gt; 述职报告 &gt;&gt; 企业述职⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 发布：2025-02-14　　来源：网友投稿　　人气：1632⟧</div>
<div class="ziti">⟦a 【字号：特大 大 中 小】【底色：米黄 淡绿 素白】⟧</div>
<div class="content">
{BODY}
</div>
<div class="bottomtool">⟦a 【复制此篇】【存为Word】【打印此页】⟧</div>
<div class="sxp">⟦l 上一篇：食品厂化验室主任述职报告2024⟧<br>⟦l 下一篇：包装车间班组长年终述职⟧</div>
</td>
<td width="250" valign="top"><div class="side">⟦l 本月热读排行⟧</div>
<ul><li>⟦l 生产车间主任述职述廉报告⟧</li><li>⟦l 调味品企业质检员年度总结⟧</li><li>⟦l 车间主任竞聘演讲稿三篇⟧</li></ul>
<div class="counter">⟦m 今日访问：2316　累计访问：8807715⟧</div></td></tr></table>
<div id="qqfloat" style="position:absolute;right:0;top:200px">⟦w 墨砚写手在线 QQ 2651004837⟧</div>
<table width="960" align="center"><tr><td class="foot">⟦d 文章由网友分享，若有版权问题请发邮件至 banquan@moyanfw.cn 告知⟧<br>⟦m Copyright 2009-2025 墨砚范文网 www.moyanfw.cn 湘ICP备10038215号⟧</td></tr></table>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任公司酱油灌装车间主任，主要负责瓶装线的生产组织、设备管理和质量控制。现将一年来的履职情况报告如下。
一、主要工作
1.稳产保供。全年灌装500毫升玻璃酱油瓶1860万瓶，较上年增长9.2%，按期完成春节、中秋两个旺季订单。
2.降低破损。针对洗瓶机出口卡瓶问题，组织班组改造输送导轨，瓶子破损率由千分之四降到千分之一点六。⟦l 相关阅读：灌装班组长年度述职精选⟧
3.严把质量。推行“首瓶检查、每时抽检”，全年封口不严、标签歪斜等外观问题下降四成，未发生客户批量投诉。
⟦w 写材料没思路？加微信 myfw_2088 一对一改稿⟧
二、存在的不足
一是新员工操作不熟练，夜班效率偏低；二是回收瓶清洗耗水耗电仍然较多，节能潜力没有挖出来。
三、明年打算
我将带领车间推进轻量瓶试灌和节水洗瓶改造，争取把单瓶综合成本再降两分钱，同时办好班组技能比武，带出一批能顶岗的新骨干。
述职人：隗振东
2025年1月10日
""",
    ),
    dict(
        slug="fanwen-bigeng-request-silkworm-trays",
        site="笔耕公文网 (invented)",
        style="范文站",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.bigengwen.cn/qingshi/nongye/2025/0302/18830.html",
        title="关于申请购置共育室蚕匾和蚕架补助资金的请示",
        record_title="关于申请购置共育室蚕匾和蚕架补助资金的请示（附预算明细）- 笔耕公文网",
        date="2025-02-18",
        notes="a village's request with a budget table (one row a paragraph, cells apart by ideographic spaces) and an 附件 list; date in Chinese numerals; an 'expand the table' line between paragraphs; the 收录 stamp is no date",
        page="""
!m 笔耕公文网 · 请示报告频道
!m 位置：首页 » 请示 » 农业农村类
!t 关于申请购置共育室蚕匾和蚕架补助资金的请示（附预算明细）
!m 投稿：村官小槔　　收录：2025-03-02　　浏览：418次
!a 〖复制全文〗〖下载本篇〗〖放进书架〗
{BODY}
!w 村级材料写不顺？私信笔耕小编，微信号 bgw_xiaobian
!l 同类范文：关于申请村级道路硬化资金的请示 / 关于桑园改造项目补助的请示
!d 凡注明“投稿”的文章版权属原作者，转载请保留出处
!m 笔耕公文网 bigengwen.cn　浙ICP备18075531号
""",
        indent="\u3000\u3000",
        body="""
桔源镇人民政府：
我村现有养蚕农户73户，桑园面积410亩，今年春蚕计划发种380张，需集中共育小蚕。村小蚕共育室现有蚕匾多为十年前编制的竹匾，破损、霉变严重，蚕架也大多松动，已难以满足共育需要。为保障春蚕生产，特申请购置补助资金，具体如下：
品名　数量　单价（元）　金额（元）
竹编蚕匾（直径1.2米）　600只　38　22800
镀锌蚕架（五层）　40副　260　10400
消毒药品及用具　1批　2800　2800
合计　　　36000
⟦a 表格较宽，手机上请横屏或点此展开⟧
以上资金，村集体自筹12000元，恳请镇政府补助24000元。我村将专款专用，购置物品登记入账，接受镇农业服务中心和村务监督委员会监督。
妥否，请批示。
附件：1.小蚕共育室现状照片
2.蚕匾、蚕架询价单
槔溪县桔源镇槔水村村民委员会
二〇二五年二月十八日
""",
    ),
    dict(
        slug="wenku-juanzhi-survey-flint-striker-pdf",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.juanzhiwk.com/doc/5518207436.html",
        title="关于菲田镇火镰锻制技艺传承情况的调研报告",
        record_title="关于菲田镇火镰锻制技艺传承情况的调研报告.pdf",
        date="2024-11-06",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⌢n⌣ between the halves of cut paragraphs, a pay box; file-name title; 成文日期 under the signature, upload date no date",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>关于菲田镇火镰锻制技艺传承情况的调研报告.pdf - 卷帙文库</title>
<script src="/static/reader.min.js"></script>
<style>.pg-line{text-indent:2em;line-height:1.9}</style>
</head><body>
<div class="topbar"><a class="logo" href="/">⟦m 卷帙文库⟧</a><input placeholder="搜一搜"><a href="/vip">⟦a 开通年卡 整站文档随心读⟧</a><a href="/login">⟦a 登录 · 注册新账号⟧</a></div>
<div class="crumbs">⟦m 卷帙文库 / 行业资料 / 文化旅游 / 非遗保护⟧</div>
<h1 class="doc-name">⟦t 关于菲田镇火镰锻制技艺传承情况的调研报告.pdf⟧</h1>
<div class="doc-meta">⟦m 上传者：非遗小志　上传于 2025-01-09　共 3 页　需下载券 2 张⟧</div>
<div class="viewer-toolbar">⟦a 放大　缩小　全屏阅读　适应页宽⟧</div>
<div class="doc-page">
{BODY}
</div>
<div class="paywall">⟦a 后面还有内容被折叠，开通年卡立即看全⟧ <button>⟦a 支付2下载券 带走原文⟧</button></div>
<div class="related"><h3>⟦l 看过此文档的人还看了⟧</h3><ul><li>⟦l 传统铁匠技艺保护现状调查⟧</li><li>⟦l 乡镇非遗项目普查工作报告范文⟧</li></ul></div>
<div class="foot">⟦d 文档内容由上传者提供，卷帙文库仅提供在线预览，不对内容真实性负责。⟧<br>⟦m 卷帙文库 juanzhiwk.com　鄂ICP备21008864号-3⟧</div>
</body></html>
""",
        p_html='<div class="pg-line">{}</div>',
        pages=dict(fmt="⌢{n}⌣", every=140, start=2),
        body="""
为摸清火镰锻制技艺的传承现状，县文化馆非遗保护组于2024年9月至10月深入菲田镇，走访老匠人、座谈村民、查看作坊，形成本报告。
一、基本情况
菲田镇打制火镰已有二百余年历史，鼎盛时全镇有铁匠铺三十余家。目前仍能完整掌握选钢、锻打、淬火、配火石工艺的匠人仅剩4人，平均年龄71岁，其中蔺秋实师傅所制火镰曾在省民间工艺展上获奖。
二、存在问题
一是市场萎缩，火镰早已退出日常取火，只作为旅游纪念品少量销售；二是后继乏人，年轻人学艺周期长、收入低，不愿入行；三是资料缺失，工艺流程多靠口传，尚无系统的文字和影像记录。
三、对策建议
（一）开展抢救性记录，为现存匠人建立口述档案和工艺视频。（二）依托镇文化站设立传习点，每年招收学徒不少于3名。（三）开发火镰挂件、取火体验课等文创产品，让老手艺有稳定收入。
笄川县文化馆非遗保护组
2024年11月6日
""",
    ),
    dict(
        slug="wenku-jiance-plan-bamboo-dragonfly-wrapped",
        site="简册文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.jiancewk.com/p-30417728.html",
        title="三年级“巧手做竹蜻蜓”劳动实践课程实施方案",
        record_title="【教案资源】三年级“巧手做竹蜻蜓”劳动实践课程实施方案（可编辑）",
        date="2025-03-03",
        notes="wrapped at 62 columns and cut by page markers ⭠n⭢ glued to the continuation line; numbered list; a school's signature date",
        page="""
!t 【教案资源】三年级“巧手做竹蜻蜓”劳动实践课程实施方案（可编辑）
!m 简册文库 › 教育资料 › 劳动教育
!m 页数：3　　格式：DOC　　评分：4.6
{BODY}
!a 预览到此为止，下载后可编辑全文
!a 所需积分：3　　收入我的书架
!l 相关文档推荐：小学劳动课纸风车教学设计 ｜ 竹编小手工进课堂活动方案
!d 简册文库资料由网友上传，版权归上传者所有
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⭠{n}⭢", every=150, start=2, glue=True),
        body="""
为落实劳动教育课程要求，培养学生动手能力和安全意识，结合我校实际，制定本方案。
一、课程目标
1.认识竹蜻蜓的结构，知道旋翼转动产生升力的简单道理。
2.学会安全使用刻刀、砂纸，独立完成一只能飞起来的竹蜻蜓。
3.养成整理工具、爱惜材料的习惯。
二、课程安排
课程共4课时，安排在3月第二周至第三周的劳动课。第1课时观察与画图，第2、3课时削制桨叶和安装竹柄，第4课时试飞与改进。
三、安全要求
刻刀由教师统一发放、统一回收；学生操作时须戴防护手套，桨叶打磨后边缘不得有毛刺。试飞在操场空旷处进行，严禁对着同学的脸部放飞。
四、评价方式
采用“作品+过程”评价，飞行高度、制作规范、小组合作各占三分之一，优秀作品在校园科技节上展出。
笄川县桔源镇中心小学教务处
2025年3月3日
""",
    ),
    dict(
        slug="portal-weiyang-notice-tray-disinfection",
        site="硙阳县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.weiyang.gov.cn/xxgk/nync/tzgg/202503/t20250324_88017.html",
        title="关于做好2025年春蚕蚕匾蚕具消毒工作的通知",
        record_title="关于做好2025年春蚕蚕匾蚕具消毒工作的通知_部门通知_硙阳县人民政府",
        date="2025-03-20",
        date_also=["2025-03-24"],
        notes="county portal with 适老/读屏 links, an 索引号 table (the 文号 cell unmarked), a 纠错 line; the bureau's own contact, 附件, 抄送 and 印发 lines stay; 成文日期 expected, the 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于做好2025年春蚕蚕匾蚕具消毒工作的通知_部门通知_硙阳县人民政府</title>
<meta name="SiteName" content="硙阳县人民政府">
<script src="/js/jquery.min.js"></script>
<script>var SITE_ID="3611270021";</script>
</head><body>
<div class="gov-top"><span>⟦m 硙阳县人民政府⟧</span> <a href="javascript:;">⟦a 适老浏览⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a> <a href="/zhengti/">⟦a 正體⟧</a></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进硙阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您的位置：首页 › 政务公开 › 部门信息 › 农业农村局 › 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：113521270158443071/2025-00316⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
<tr><td>⟦m 发布机构：县农业农村局⟧</td><td>⟦m 发布日期：2025-03-24⟧</td></tr>
<tr><td>文　　号：硙农发〔2025〕9号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-tools">⟦a 字号 [ 大 中 小 ]　打印本页　关闭窗口⟧</div>
<div class="art-content">
{BODY}
</div>
<div class="art-share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="art-related"><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 县蚕桑技术推广站开展春蚕技术培训⟧</li><li>⟦l 2024年全县蚕茧生产情况通报⟧</li></ul></div>
<div class="gov-foot"><p>⟦m 主办：硙阳县人民政府办公室　承办：县大数据中心⟧</p><p>⟦m 网站标识码：3611270021　湘ICP备13004572号　网站纠错电话：0718-5231000⟧</p><p>⟦m 政务服务便民热线 12345⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县蚕桑技术推广站：
春蚕饲养即将开始，为切断病原传播，确保蚕茧稳产，现就做好蚕匾等蚕具消毒工作通知如下。
一、消毒时间。各乡镇于4月10日前完成蚕室、蚕匾、蚕架、蚕网的全面消毒，共育室须提前一周完成。
二、消毒方法。竹制蚕匾先用清水刷洗，在阳光下曝晒两天，再用含有效氯1%的漂白粉液喷洒，以匾面湿润为度；破损、霉变严重的蚕匾应予淘汰，不得继续使用。
三、工作要求。县蚕桑技术推广站负责技术指导，各乡镇要组织蚕桑辅导员逐户检查，建立消毒台账，并于4月12日前将《蚕具消毒情况统计表》报县农业农村局。
联系人：郜雪梅，电话：0718-5236407。
附件：1.蚕具消毒技术要点
2.蚕具消毒情况统计表
硙阳县农业农村局
2025年3月20日
抄送：县人民政府办公室，县财政局。
硙阳县农业农村局办公室　2025年3月20日印发
""",
    ),
    dict(
        slug="portal-fushui-bulletin-soy-bottle-labels",
        site="泭水县人民政府 (invented county portal, text)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.fushui.gov.cn/zwgk/scjg/202505/t20250509_40211.html",
        title="关于散装酱油分装瓶标签专项检查情况的通报",
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="title as in the record; hard-wrapped at 70 columns; a check table; 成文日期 expected, the portal's 发布时间 also accepted",
        page="""
!m 泭水县人民政府门户网站
!a 适老浏览 ｜ 读屏辅助 ｜ 正體
!m 首页 > 政务公开 > 市场监管 > 通知通报
{T}
!m 信息来源：县市场监督管理局　发布时间：2025-05-09　浏览次数：217
!a [ 打印正文 ] [ 关闭本页 ] [ 字号 ＋ － ]
{BODY}
!a 扫一扫，在手机上继续阅读
!m 主办单位：泭水县人民政府办公室　网站标识码：3611270019
!m 网站纠错：0736-8210345　赣ICP备05006198号
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
各市场监管所，各有关经营单位：
为规范散装酱油分装销售行为，3月至4月，我局在全县农贸市场、副食店开展了酱油分装瓶标签专项检查。现将有关情况通报如下。
一、检查基本情况
共检查散装酱油经营户126家，发现问题41家，问题发生率32.5%。主要问题分布如下：
问题类型　户数　占比
分装瓶未贴标签　17　13.5%
标签未标注生产日期　13　10.3%
回收旧瓶未清洗消毒　8　6.3%
使用非食品级塑料瓶　3　2.4%
二、处理情况
对问题经营户，已当场责令改正，其中4户拒不整改的已立案调查。
三、下一步要求
各经营户分装酱油须使用清洁的食品级瓶具，瓶身标明品名、生产者、生产日期和保质期；顾客自带瓶具的，经营者应提醒其清洗干净。各所要将分装瓶标签纳入日常巡查，6月底前组织一次“回头看”。
泭水县市场监督管理局
2025年5月8日
""",
    ),
    dict(
        slug="news-weiyang-beanbag-recess",
        site="硙阳新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.weiyangnews.cn/jiaoyu/2025-04/16/content_73120.html",
        title="坩口镇中心小学：课间“丢沙包”玩出新花样",
        record_title="坩口镇中心小学：课间“丢沙包”玩出新花样_校园频道_硙阳新闻网",
        date="2025-04-16",
        notes="news portal: app prompt, listen button, a photo caption between paragraphs, editor and reviewer glued after the last 。, 24-hour list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>坩口镇中心小学：课间“丢沙包”玩出新花样_校园频道_硙阳新闻网</title>
<script>window._adslot=["top-banner","side-1"];</script>
</head><body>
<header><div class="logo">⟦m 硙阳新闻网⟧</div><div class="app-tip">⟦a 打开“掌上硙阳”客户端，本地新闻抢先看⟧</div>
<nav><a>⟦m 时政⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 教育⟧</a> <a>⟦m 文旅⟧</a> <a>⟦m 视频⟧</a></nav></header>
<div class="bread">⟦m 硙阳新闻网 ＞ 教育 ＞ 校园动态⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-04-16 10:32　来源：硙阳县融媒体中心　字数：612⟧</div>
<div class="listen">⟦a ▶ 语音播报本文⟧</div>
<div class="article-body">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈　微博　复制链接⟧</div>
</article>
<aside><h3>⟦l 全天热度榜⟧</h3><ol><li>⟦l 硙阳县启动夏季校园食品安全大检查⟧</li><li>⟦l 坩口镇千亩油菜花进入盛花期⟧</li><li>⟦l 县第一中学举行十八岁成人礼⟧</li></ol></aside>
<footer><p>⟦d 本网原创稿件未经授权不得转载，违者追究法律责任⟧</p><p>⟦m 硙阳县融媒体中心主办　新闻热线：0718-5220110　湘ICP备16021173号⟧</p></footer>
</body></html>
""",
        body="""
本网讯　“快躲开！”4月15日上午大课间，坩口镇中心小学操场上，一只只彩色沙包在孩子们中间飞来飞去，笑声此起彼伏。
今年春季开学以来，该校把丢沙包、跳房子等传统游戏引入课间，每个班配发10只沙包，由体育委员负责借还。沙包由家委会组织家长手工缝制，外层是棉布，里面装的是晒干的玉米粒，重量控制在150克左右，砸到身上也不疼。
⟦m 图为学生在大课间玩丢沙包游戏。通讯员 亓海燕 摄⟧
“以前下课就围在一起聊天，现在大家都抢着出去玩。”四年级学生阚小雨说。体育教师栾守成介绍，丢沙包能锻炼孩子的反应、躲闪和投掷能力，学校还编写了三种玩法的简易规则，张贴在各班门口。
据了解，该校计划5月举办“沙包节”，开展投准、接包等班级比赛，让更多孩子走出教室、动起来。⟦m （编辑：祁望舒　审核：逄月娥）⟧
""",
    ),
    dict(
        slug="news-yicheng-flint-striker-exhibition",
        site="杙城晚报网 (invented, text)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yichengwb.com/wenlv/20250118/1042287.shtml",
        title="“一镰一石”火镰民俗展在杙城市民俗博物馆开展",
        record_title="文旅快讯丨“一镰一石”火镰民俗展在杙城市民俗博物馆开展 - 杙城晚报网",
        record_date="2025-01-18",
        date="2025-01-18",
        notes="evening paper's page: app prompt before the title, dotted time line, listen button, editor line, 24-hour list; date from the record",
        page="""
!m 杙城晚报网 · 文旅
!a 装杙城晚报客户端，第一时间看本地新闻
{T}
!m 2025.01.18 08:05　来源：杙城晚报　作者：禚长青
!a 听新闻 ▷
{BODY}
!m 【责任编辑：郦思源】
!l 24小时热闻
!l 杙城今冬首场冰雪节开幕
!l 舨塘区新增三条公交线路
!a ↑ 回到页首
!d 杙城晚报网所刊内容之知识产权归杙城晚报社所有，未经书面授权不得转载
!m 新闻热线：0736-2251999
""",
        body="""
本报讯（记者 禚长青）1月17日，“一镰一石——北方火镰民俗展”在杙城市民俗博物馆开展，展出清代至民国时期的火镰、火石和火绒包共236件。
火镰是火柴普及以前人们随身携带的取火工具，用钢片击打火石，迸出的火星落在艾绒上即可引火。展品中，一件嵌银錾花的牛皮火镰包做工考究，据考证为晚清蒙古族牧民所用，是本次展览的“镇馆之宝”。
展览还设有互动区，观众可在讲解员指导下体验击石取火。博物馆提醒，体验区配有灭火毯和专人值守，未成年人须在家长陪同下参与。
展览将持续至4月30日，每周一闭馆。
""",
    ),
    dict(
        slug="forum-xiangyi-dragonfly-blade-tuning",
        site="翔翼模型论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.xiangyimx.com/thread-204417-1-1.html",
        title="竹蜻蜓飞不高？桨叶角度和配重这样调",
        record_title="[制作心得] 竹蜻蜓飞不高？桨叶角度和配重这样调 - 手工航模区 - 翔翼模型论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, rating row, signature, replies; the post time is relative (3 天前): no date",
        page="""
<html><head><meta charset="gbk">
<title>[制作心得] 竹蜻蜓飞不高？桨叶角度和配重这样调 - 手工航模区 - 翔翼模型论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head><body>
<div id="toptb">⟦m 翔翼模型论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 翔翼模型论坛 › 模型制作 › 手工航模区 › 查看内容⟧</div>
<div class="thread-stat">⟦m 查看：3318　｜　回复：41⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 竹影清风⟧<br>⟦m 中级飞手　积分 2176⟧</td>
<td class="plc"><h1><span id="thread_subject">⟦t [制作心得] 竹蜻蜓飞不高？桨叶角度和配重这样调⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前　｜　只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　飞币 +12　理由：实用，学到了⟧</div>
<div class="sign">⟦m 签名：一根竹签一片篾，飞得比楼还高⟧</div>
<div class="po">⟦a 回复　引用　收藏本帖　举报⟧</div></td></tr></table>
<div class="reply">⟦l 2# 航模老周：扭角那段说得透，试了下确实稳多了⟧</div>
<div class="reply">⟦l 3# 小飞侠妈妈：请问桨叶用什么竹子比较好？⟧</div>
<div id="f_pst">⟦a 登录之后才能发表回复 ｜ 还没有账号？马上注册⟧</div>
<div id="ft">⟦m 翔翼模型论坛 ( 苏ICP备19044275号 )　Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
玩了两年竹蜻蜓，发现新手做的大多飞不高、飞不稳，问题基本出在桨叶上。说说我的调法，供大家参考。
第一，桨叶要有扭角。两片桨叶从中心往外削成斜面，前缘厚、后缘薄，迎风角大约12度到15度。角度太小升力不够，太大又转不起来。
第二，两边要配平。削好后把桨叶架在针尖上，哪边往下沉就再磨哪边，直到能水平停住。配平不好，飞起来会晃，还容易往一边偏。
第三，竹柄要直。柄用6毫米左右的圆竹签，插入桨叶中心孔后要保持垂直，可以滴一点白乳胶固定。
最后提醒一句，搓柄时手掌向前推，别向后拉，放飞时周围不要站人。我家小子第一次玩就打到了自己的额头，好在没事。
""",
    ),
    dict(
        slug="forum-gaoxi-parents-sew-beanbags",
        site="槔溪家长网 (invented forum, text)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.gaoxijz.com/t/88217.html",
        title="六片布缝沙包，一学就会",
        record_title="[巧手晒单] 六片布缝沙包，一学就会（附裁片尺寸）- 亲子手工 - 槔溪家长网",
        date=None,
        notes="parents' forum: anti-scraping junk as a line and glued after 。; replies; the post time is 昨天: no date",
        page="""
!m 槔溪家长网 › 亲子手工 › 帖子详情
!t [巧手晒单] 六片布缝沙包，一学就会（附裁片尺寸）
!m 楼主：溪边的蒲公英　　发表于 昨天 21:14　　查看 986 ｜ 回复 23
{BODY}
!a 点个赞 ｜ 收藏这帖 ｜ 举报
!l 2#　木棉花开：收藏了，周末带娃试试
!l 3#　团子妈：绿豆装多少合适？
!l 4#　溪边的蒲公英：回复 团子妈 八分满就行
!a 登录后才能参与回帖，还没账号？先注册一个
!m 槔溪家长网 · 手机版 · 联系版主
""",
        junk=dict(lines=1, glued=2),
        body="""
小时候玩的沙包都是外婆缝的，最近女儿学校开展传统游戏，我照着记忆缝了几个，效果不错，分享给大家。
材料很简单。碎花棉布一块，每个沙包裁6片5厘米见方的小布片，再准备玉米粒或绿豆约120克，针线一套。
做法也不难。先把4片布缝成一圈，再缝上底片，翻到正面后从顶片留的口子里装豆子。装到八分满就行，最后把口子藏针缝死。
几点经验：一是缝份留0.5厘米，太窄容易漏；二是豆子要先晒干，不然放久了会发霉生虫；三是给小孩子玩的，别装沙子和石子，砸到人会疼。
缝一个大概二十分钟，孩子还能在旁边帮忙穿针，挺有意思的。
""",
    ),
    dict(
        slug="blog-sangyuan-moldy-silkworm-trays",
        site="桑园手记 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://sangyuanshouji.cn/2025/05/06/meibian-zhubian/",
        title="竹匾发霉了还能养蚕吗？说说我的处理办法",
        record_title="竹匾发霉了还能养蚕吗？说说我的处理办法 | 桑园手记",
        date="2025-05-06",
        notes="blog with a calendar widget, archive, tag cloud and comment form; the post's 发布于 line is the page's date",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>竹匾发霉了还能养蚕吗？说说我的处理办法 | 桑园手记</title>
<link rel="stylesheet" href="/wp-content/themes/sangyuan/style.css">
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 桑园手记⟧</p><p class="site-description">⟦m 一个蚕农的桑地与蚕房⟧</p></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2025年5月6日　作者：桑三娘　分类：养蚕杂记⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：蚕匾　消毒　春蚕⟧</footer>
<nav class="post-navigation">⟦l ‹ 前一篇 桑树冬剪留几个芽⟧　⟦l 后一篇 › 小蚕共育的温湿度⟧</nav>
<div id="comments"><h3>⟦l 留下你的看法⟧</h3><p>⟦l 邮箱不会公开，带星号的必须填写⟧</p><button>⟦a 提交评论⟧</button></div>
</article></main>
<aside class="widget-area"><section><h2>⟦l 日历⟧</h2><table class="wp-calendar"><tr><td>⟦l 2025年五月 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年五月⟧</li><li>⟦l 2025年四月⟧</li></ul></section>
<section><h2>⟦l 标签云⟧</h2><p>⟦l 桑叶 蚕病 蚕匾 簇具 缫丝⟧</p></section></aside>
<footer class="site-footer">⟦m 桑园手记 © 2025　由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
今年开春翻出去年收起来的蚕匾，十几只里有五只长了灰绿色的霉斑，匾底竹篾缝里尤其多。蚕对霉菌很敏感，发霉的匾直接用，小蚕容易得病。我的处理办法是这样的。
先分轻重。霉斑只在表面、竹篾没有发黑变软的，可以处理后继续用；篾条已经霉烂、一掰就断的，直接拆了当柴烧，别心疼。
再刷再晒。用硬毛刷蘸清水把霉斑刷掉，放在太阳底下正反面各晒一整天，太阳晒是最省钱的杀菌办法。
最后消毒。晒干后用漂白粉液喷一遍，再晾干收进蚕室。
收匾的时候也有讲究：一定要晒透再收，叠放时中间垫几根竹棍留出缝隙，放在通风的阁楼上，别堆在潮湿的墙角。
""",
    ),
    dict(
        slug="blog-jiuwu-soy-bottles-essay-wrapped",
        site="旧物小屋 (invented personal blog, text)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://jiuwuxiaowu.net/post/qi-zhi-jiangyouping",
        title="我家窗台上的七只酱油瓶",
        record_title=None,
        date=None,
        notes="no title in the record, found on the title line; hard-wrapped at 56 columns; an essay with no date",
        page="""
!m 旧物小屋 · 一个人的收藏笔记
!m 首页 / 旧物 / 瓶瓶罐罐
{T}
!m 作者：半窗 ｜ 分类：旧物 ｜ 阅读 1204
{BODY}
!d 本文由半窗原创，转载请先留言打个招呼
!l 标签：酱油瓶　老物件　收藏
!l ← 上一篇：一台蝴蝶牌缝纫机　　下一篇：搪瓷缸子上的字 →
!l 评论 3 条 ｜ 写评论
!m © 旧物小屋 ｜ 本站运行于 Typecho
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
我家窗台上摆着七只酱油瓶，最老的一只是五十年代的粗陶瓶，肚子圆鼓鼓的，瓶口用软木塞堵着，是外公留下来的。
小时候打酱油是件大事。母亲把空瓶洗干净，塞给我两毛钱，我攥着瓶子一路小跑到巷口的副食店。售货员把漏斗插进瓶口，用竹提子从大缸里舀酱油，一提子正好半斤。回家路上，我总忍不住拔开塞子闻一闻，那股咸香味到现在还记得。
后来有了玻璃瓶装的酱油，瓶身上印着厂名，用完的瓶子可以拿回店里退两分钱。再后来，塑料瓶多了，退瓶的事也就没人提了。
这些年我陆续从旧货市场淘回来几只，有印着“公私合营”字样的，有贴着褪色纸标的。朋友笑我收破烂，我却觉得，每只瓶子里都装着一段过日子的滋味。
""",
    ),
]
