"""holdout342, part A: 范文 sites, 文库 readers, sharing pages, writing apps and download
stations. Every page, site, place, person, number and URL is invented; each case written
by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-puzzle-mats-gb2312",
        site="墨耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogeng8.com/jianghua/jiaoyu/2024/0918/55217.html",
        title="在全县幼儿园拼图垫更换工作推进会上的讲话",
        record_title="【会议发言】在全县幼儿园拼图垫更换工作推进会上的讲话（精修稿）_墨耕范文网",
        date="2024-09-10",
        date_also=["2024-09-18"],
        notes="old gb2312 table page: marquee, font/background row, floating QQ box, hot list, visitor counter; "
        "speaker and date lines under the title neutral; a ghost-writer line glued after a sentence and a "
        "member-unlock line between paragraphs; the site's update time differs from the speech date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【会议发言】在全县幼儿园拼图垫更换工作推进会上的讲话（精修稿）_墨耕范文网</title>
<script language="javascript" src="/js/qqfloat.js"></script>
<link href="/css/mg.css" rel="stylesheet" type="text/css">
</head><body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo" width="300"><font size="5" color="#8B0000">⟦m 墨耕范文网⟧</font></td>
<td align="right">⟦m 笔墨耕耘 · 材料不愁⟧　<a href="/member/login.asp">⟦a 会员登陆入口⟧</a>　<a href="/member/reg.asp">⟦a 注册墨耕会员⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦a 墨耕会员中秋八折：开通后全站讲话稿随意下载，名额有限先到先得！⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/fangan/">计划方案</a> | <a href="/zhuchi/">主持串词</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的当前位置：<a href="/">墨耕范文网</a> → <a href="/jianghua/">领导讲话</a> → <a href="/jianghua/jiaoyu/">教育系统讲话</a>⟧</div>
<h1 align="center">{T}</h1>
<div class="xinxi" align="center">⟦m 来源：会员投稿　　更新时间：2024-9-18　　浏览次数：<span id="hits">1207</span>⟧</div>
<div class="ziti" align="center">⟦a 【字体：放大 还原 缩小】【背景：护眼绿 羊皮纸】⟧</div>
<p align="center">璪溪县教育局局长　毕宗岳</p>
<p align="center">（2024年9月10日）</p>
<div class="content">
{BODY}
</div>
<table width="100%"><tr><td align="center"><a href="/down.asp?id=55217">⟦a ↓下载本篇讲话（.doc格式）⟧</a>　<a href="javascript:window.print()">⟦a 打印本页⟧</a>　<a href="/fav.asp?id=55217">⟦a 加入我的墨耕收藏夹⟧</a></td></tr></table>
<p>⟦l 上一篇：在全县幼儿园秋季开学安全工作会上的讲话⟧<br>⟦l 下一篇：学前教育普惠督导反馈会讲话（局长）⟧</p>
</td>
<td width="250" valign="top">
<table width="100%" class="hot"><tr><td class="tt">⟦l 教育讲话阅读排行⟧</td></tr>
<tr><td>⟦l ·托育机构安全管理工作会议讲话稿⟧</td></tr>
<tr><td>⟦l ·幼儿园膳食安全约谈会发言⟧</td></tr>
<tr><td>⟦l ·校园周边环境整治推进会讲话⟧</td></tr></table>
<div id="qqfloat" style="position:fixed;right:5px;top:200px">⟦w 写材料找小墨 QQ：3308751264 微信同号⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td class="foot" align="center">
⟦d 墨耕范文网所载文章来源于会员上传和网络收集，仅供借鉴，请勿整篇照搬。⟧<br>
⟦m 墨耕范文网 mogeng8.com 版权所有　苏ICP备16058832号⟧<br>
⟦m 您是本站第 0382716 位访客⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县幼儿园拼图垫更换工作推进会，主要是通报前期排查情况，部署下一阶段的更换任务。
今年6月，县教育局会同县市场监管局对全县87所幼儿园开展了拼图垫专项排查，共抽检地垫样品142组，其中21组甲酰胺含量超标，36组存在边缘破损、拼缝翘起的问题。这些地垫每天贴着孩子们的手和脸，一点也马虎不得。⟦w 讲话稿代写找墨耕老师，QQ 3308751264⟧
⟦a 本篇为精修付费稿，开通墨耕会员即可查看无水印全文⟧
下面，我讲三点意见。
一是10月底前完成全部问题地垫的撤换，撤下的旧垫一律登记封存，不得转作他用。
二是新采购的拼图垫必须提供第三方检测报告，到货后先开箱通风七天再铺设。
三是各园要把地垫清洗消毒纳入日常保育，每周至少一次，并做好记录。
同志们，孩子的安全没有小事。希望大家把这件小事办实办好，让每一位家长放心。
""",
    ),
    dict(
        slug="fanwen-jianxiang-insight-posture-no-title",
        site="笺香范文馆 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jianxiangfw.com/xinde/jiating/20250311/9046.html",
        title="陪孩子用坐姿矫正器写作业的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line (after a tag line) gives it; a collect link glued after a "
        "sentence, a login-to-expand line between paragraphs; 'collected 3 days ago' is no date",
        page="""
!m 笺香范文馆 · 家长写作频道
!m 首页 ＞ 心得体会 ＞ 家庭教育心得
!m 〔馆长推荐〕
{T}
!m 字数：约520字　｜　收录于 3 天前　｜　人气 2861
!a 【复制全文】需登录　【导出成文档】需笺香会员
{BODY}
!w 家长会发言、家教心得不会写？笺香原创组接单，微信 jianxiang_wj2
!l 同类范文推荐
!l 带二年级孩子练字的几点心得
!l 一年级家长陪读心得（两篇合集）
!l 给孩子立作业规矩的体会
!d 本馆范文由网友投稿，著作权归原作者所有，转载请注明来自笺香范文馆。
!m 笺香范文馆 jianxiangfw.com　浙ICP备20031857号-1
""",
        indent="\u3000\u3000",
        body="""
孩子上二年级以后，写作业时总是趴在桌上，眼睛离本子不到一拳，肩膀也一高一低。上学期体检，校医提醒我们注意孩子的坐姿，我就在网上买了一个夹在桌边的坐姿矫正器。⟦a （点此收藏本文，下次好找）⟧
用了两个多月，我有三点体会。
第一，矫正器只是提醒，不能代替大人。刚开始孩子把下巴抵在支架上偷懒，我每天陪着写前十分钟，帮他找到“一尺一拳一寸”的感觉。
⟦a 未登录用户仅能阅读前半篇，登录后自动展开剩余内容⟧
第二，高度要跟着桌椅调。孩子长得快，我们每个月量一次身高，把椅子和支架一起调整，否则反而别扭。
第三，要和孩子商量着来。我们约定每写二十分钟就起来活动一下，他自己觉得舒服了，才愿意坚持。
现在孩子不用支架也能坐直了。我想，好习惯终究要靠孩子自己养成，工具只是帮了一把。
""",
    ),
    dict(
        slug="wenku-jiandu-research-puzzle-mats-html-markers",
        site="简牍文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jianduwk.com/p-66201937.html",
        title="关于全市托育机构拼图地垫使用情况的调研报告",
        record_title="【调研精编】关于全市托育机构拼图地垫使用情况的调研报告 - 简牍文库",
        date="2025-05-16",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '⇺ n ⇻' between the halves of cut paragraphs, "
        "an AI-summary button glued after a sentence, coin pay box; upload stamp is no date; 成文日期 at the end",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【调研精编】关于全市托育机构拼图地垫使用情况的调研报告 - 简牍文库</title>
<meta name="description" content="简牍文库提供关于全市托育机构拼图地垫使用情况的调研报告在线阅读">
<script src="//static.jianduwk.com/reader/v3/viewer.min.js"></script>
</head><body>
<header class="top"><a class="logo" href="/">⟦m 简牍文库⟧</a><span class="slogan">⟦m 海量文档 · 随读随取⟧</span>
<form class="search"><input placeholder="搜一搜你想要的文档"><button>⟦a 搜文档⟧</button></form>
<a href="/vip">⟦a 简牍会员 首月1元⟧</a> <a href="/upload">⟦a 上传赚简币⟧</a></header>
<nav class="crumb">⟦m <a href="/">文库首页</a> / <a href="/c/dangzheng">党政公文</a> / <a href="/c/diaoyan">调研报告</a>⟧</nav>
<section class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：jd_73920　｜　上传于 2025-06-02　｜　共 5 页　｜　1,806 次阅读⟧</p>
<div class="toolbar">⟦a 适应宽度　放大　缩小　全屏阅读　朗读⟧</div></section>
<article class="reader">
{BODY}
</article>
<div class="paybox"><p>⟦a 免费试读到此为止，余下 2 页需支付 6 简币后阅读⟧</p>
<p><a class="btn">⟦a 用简币解锁全文⟧</a> <a class="btn">⟦a 下载原文档⟧</a></p></div>
<aside class="rel"><h3>⟦l 看过这篇的人还在看⟧</h3><ul>
<li>⟦l 托育机构卫生保健工作情况调研⟧</li>
<li>⟦l 婴幼儿照护服务发展调研报告（两篇）⟧</li>
<li>⟦l 幼儿园室内环境安全排查报告⟧</li></ul></aside>
<footer>⟦d 简牍文库所有文档均由网友上传，本站仅提供存储和展示服务；如内容侵权，请发邮件至 jubao@jianduwk.com 处理。⟧<br>
⟦m 鄂ICP备21007436号-3⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⇺ {n} ⇻", every=140, start=2),
        body="""
为了解全市托育机构拼图地垫的使用现状，今年4月，我科会同市托育服务指导中心对婉湖区、璪溪县等地的32家托育机构进行了实地调研。现将有关情况报告如下。
一、基本情况
32家机构中，有29家在活动室、午睡区铺设了拼图地垫，铺设面积合计约4100平方米。其中使用超过三年的占41%，多数机构没有建立更换台账。⟦a 【AI总结本页】⟧
二、存在的问题
一是采购把关不严，11家机构的地垫无法提供检测报告；二是清洁方式不当，部分机构用含氯消毒液长时间浸泡，导致地垫变硬开裂；三是拼缝处积尘积水，容易滋生霉菌。
三、几点建议
（一）制定托育机构地垫采购和更换指引，明确使用年限。
（二）将地垫清洁消毒纳入托育机构日常卫生检查。
（三）引导机构优先选用整块无拼缝的软垫。
颂阳市卫生健康委员会人口家庭科
2025年5月16日
""",
    ),
    dict(
        slug="wenku-shijuan-plan-magnetic-tiles-wrapped-markers",
        site="拾卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://shijuanwk.cn/view/7d30c4e81a92.html",
        title="婉湖区小学数学课堂磁力片教具配备实施方案",
        record_title="婉湖区小学数学课堂磁力片教具配备实施方案.pdf",
        date="2025-03-06",
        notes="a PDF preview hard-wrapped at 62 columns and cut by '⮌ n ⮎' markers glued (with a space) to the "
        "continuation line; file-name record title; 成文日期 in Chinese numerals",
        page="""
!m 拾卷文库 · 文档预览
{T}
!m 页数：6　｜　大小：1.1MB　｜　格式：PDF　｜　贡献者：wanhu_jy
!a ☆收藏　｜　↓下载（8卷币）　｜　⚑举报
{BODY}
!a 免费预览页数已用完，剩余页面请购买后查看
!a 单篇购买 8 卷币　　开通拾卷VIP 整月畅读
!l 同专题文档
!l 小学数学“图形与几何”教具使用指南.pdf　　12页
!l 幼儿园建构区材料投放方案.docx　　4页
!d 拾卷文库仅提供文档存储与预览服务，文档版权归上传者或原作者所有。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⮌ {n} ⮎", every=95, start=2, glue="mix", sep=" "),
        body="""
各小学：
为落实义务教育数学课程标准中“图形与几何”领域的教学要求，丰富课堂操作活动，区教育局决定为全区小学一、二年级数学课堂配备磁力片教具。现制定如下方案。
一、配备范围
全区19所小学的一、二年级教学班，共计214个班级。每班配备教师演示用大号磁力片1套、学生分组操作用磁力片8套。
二、配备要求
磁力片须符合国家玩具安全技术规范，磁铁完全封闭在片体内，边角圆滑，单片边长不小于7.5厘米，防止学生误吞。
三、使用与管理
各校要指定专人保管教具，建立借用登记制度；每学期开学前检查一次，发现片体开裂、磁铁外露的，立即停用并更换。
四、时间安排
5月底前完成采购，6月组织数学教师开展教具使用培训，秋季学期起正式投入课堂使用。
婉湖区教育局
二〇二五年三月六日
""",
    ),
    dict(
        slug="docshare-shushi-pledge-pencil-caps-glued-markers",
        site="漱石文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.shushiwd.com/doc/2025/0307/418860.html",
        title="“惜物从一支铅笔开始”倡议书",
        record_title="“惜物从一支铅笔开始”倡议书（可编辑·含落款）｜漱石文档",
        date="2025-03-05",
        notes="sharing page: '➶n' markers glued to the start of the continuation line; upload notice and points "
        "line; a sentence that speaks of sharing pencils stays body; 成文日期 under the signature",
        page="""
!m 漱石文档 — 好文档，大家分享
!m 文档分类：校园文化 › 倡议书
{T}
!m 分享者：lulu老师　｜　大小：21KB　｜　预览 3 页　｜　下载需 2 积分
!d 本文档为网友上传的学习资料，如内容有误或侵权，可通过页面底部的“意见反馈”入口联系处理。
{BODY}
!a 觉得有用？点个赞再走吧　👍 128
!a 下载此文档　｜　加入文件夹　｜　转发给朋友
!l 你可能还需要：节约用水倡议书　｜　光盘行动倡议书（小学版）
!m 漱石文档 shushiwd.com　客服邮箱 help@shushiwd.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="➶{n}", every=105, start=2, glue=True),
        body="""
全校同学们：
一支铅笔，从削尖到用短，陪我们写下许多字。可是在不少同学的笔袋里，铅笔还剩一半就被丢进了垃圾桶。为了养成勤俭节约的好习惯，我们向全校同学发出如下倡议：
一、给铅笔戴上铅笔套。笔套能保护笔尖，不弄脏笔袋；铅笔用短以后还可以套上笔套接长，继续使用。
二、不攀比文具。一支铅笔、一个笔套就能把字写好，不买花哨的文具。
三、开展“短铅笔接力”。各班设立短铅笔回收盒，把用不完的短铅笔套上笔套，分享给需要的同学。
同学们，节约不是小气，而是一种美德。让我们从一支铅笔做起！
厍口镇中心小学少先队大队部
2025年3月5日
""",
    ),
    dict(
        slug="docshare-tanye-request-book-racks-docx",
        site="檀页文档分享 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.tanyewd.com/s/a8K2fQ",
        title="关于为社区儿童阅览室添置绘本架的请示",
        record_title="关于为社区儿童阅览室添置绘本架的请示.docx",
        date="2025-02-24",
        notes="sharing page with a file-info box, a points lock and the site's service WeChat beside the "
        "request's own 联系人/电话 line; a 'similar docs' link glued after a sentence; file-name record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为社区儿童阅览室添置绘本架的请示.docx - 檀页文档分享</title>
<script>window.__TANYE__={docId:"a8K2fQ"};</script></head>
<body>
<div class="hd"><a href="/" class="logo">⟦m 檀页文档分享⟧</a> <a href="/upload">⟦a 我要上传⟧</a> <a href="/login">⟦a 账号登录⟧</a></div>
<div class="wrap">
<div class="fileinfo"><h1>{T}</h1>
<ul><li>⟦m 文件类型：Word（.docx）⟧</li><li>⟦m 上传时间：2025-03-01⟧</li><li>⟦m 页数：1　字数：约400⟧</li><li>⟦m 浏览 642　下载 57⟧</li></ul></div>
<div class="docview">
{BODY}
</div>
<div class="lock">⟦a 本文档下载需 3 檀豆，完成每日签到可领 1 檀豆⟧ <button>⟦a 立即下载⟧</button></div>
<div class="side"><h4>⟦l 同类文档⟧</h4><ol>
<li>⟦l 关于申请社区阅览室改造经费的请示.docx⟧</li>
<li>⟦l 社区少儿图书角建设方案.doc⟧</li></ol>
<p class="kf">⟦w 文档问题请加客服微信：tanye_kefu08⟧</p></div>
</div>
<div class="ft"><p>⟦d 檀页文档分享所有文件均由用户上传并对其内容负责，如有侵权请提交申诉。⟧</p><p>⟦m © 2025 tanyewd.com　粤ICP备22014496号⟧</p></div>
</body></html>
""",
        body="""
区文化和旅游局：
颂园社区儿童阅览室于2023年建成开放，现有绘本3200余册，日均接待儿童60人次。由于原有书架为成人书架，层板过高、书脊朝外，低龄儿童取放困难，绘本大量平放堆叠，破损较多。⟦l 相似文档：社区图书室添置设备的请示（3篇）⟧
为改善儿童阅读环境，我社区拟添置正面展示式绘本架12组，每组宽1.2米、高不超过1.1米，四角做圆角处理，预计需经费2.16万元。
妥否，请批示。
联系人：单晓妍　电话：0739-5820617
颂园社区居民委员会
2025年2月24日
""",
    ),
    dict(
        slug="app-biya-host-script-magnetic-tiles-h5",
        site="笔芽写作 APP (invented, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.biyaxiezuo.com/share/article?id=302817&from=wechat",
        title="幼儿园“磁力片亲子搭建赛”主持词",
        record_title="幼儿园“磁力片亲子搭建赛”主持词（亲子活动·串词全稿）｜笔芽写作",
        date=None,
        notes="writing app's H5 share: open-app mask, AI buttons glued after a sentence, a fold line between "
        "paragraphs; a host script with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>幼儿园“磁力片亲子搭建赛”主持词（亲子活动·串词全稿）｜笔芽写作</title>
<script src="https://h5.biyaxiezuo.com/js/openapp.js"></script></head>
<body>
<div class="app-bar"><span>⟦m 笔芽写作⟧</span><span>⟦m 会写作的小芽⟧</span><a class="open">⟦a 去App里看⟧</a></div>
<div class="mask">⟦a 在笔芽App内打开，可一键替换园所名称⟧</div>
<div class="article"><h2>{T}</h2>
<p class="info">⟦m 串词模板 · 1.6万人用过 · 4 天前更新⟧</p>
{BODY}
</div>
<div class="fold">⟦a 余下 2 段已收起，打开笔芽App继续阅读⟧</div>
<div class="ai">⟦a AI帮我改成运动会版⟧ ⟦a AI续写结束语⟧</div>
<div class="rec"><p>⟦l 大家都在写⟧</p><p>⟦l 幼儿园亲子运动会主持词⟧</p><p>⟦l 大班毕业典礼串词（温馨版）⟧</p></div>
<div class="bottom">⟦a 下载笔芽写作App，海量模板随时改⟧</div>
</body></html>
""",
        body="""
亲爱的小朋友们，各位家长：
大家上午好！欢迎来到滕原镇中心幼儿园“磁力片亲子搭建赛”的现场。
一块块彩色的磁力片，只要“啪”地一声就能吸在一起。今天，爸爸妈妈和小朋友要一起动脑动手，用磁力片搭出我们心中的家园。⟦a 【AI润色这段】⟧
比赛开始前，请听好三条规则：第一，每个家庭只用桌上的一筐磁力片；第二，搭建时间二十分钟；第三，小磁片不能放进嘴里哦！
下面我宣布：比赛开始！
⟦a 会员可去除“笔芽写作”水印⟧
（二十分钟后）时间到！请各个家庭放下手中的磁力片，老师们将为大家的作品拍照留念。
感谢每一位家长的陪伴，今天的搭建赛到此结束，我们下次再见！
""",
    ),
    dict(
        slug="app-wendaizi-summary-posture-oneline",
        site="文袋子 APP (invented, share text)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.wendaizi.cn/s/Q7mZ20",
        title="四年级二班“护眼正姿月”活动总结",
        record_title="四年级二班“护眼正姿月”活动总结（班主任版）| 文袋子",
        date="2024-12-02",
        notes="app share: the whole summary on one line, paragraphs apart only by their indent; app banner and "
        "open-app prompts around it; 成文日期 at the end",
        page="""
!m 文袋子 · 范文随身带
!a 打开文袋子App，查看完整班级总结合集
{T}
!m 班主任工作 · 2.3万阅读 · 收藏 418
{BODY}
!a 复制全文需在App内操作
!l 相关：班级读书月活动总结　｜　近视防控主题班会总结
!m 文袋子App　下载量超过500万
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
为帮助学生养成正确的读写姿势，11月我班开展了“护眼正姿月”活动，现将活动情况总结如下。
一、摸清底数。开学初，我们请校医为全班42名学生检查坐姿和视力，发现有17名同学写字时头部过低、身体歪斜。
二、家校配合。班级家委会推荐了几款夹在桌边的坐姿矫正器，由家长自愿选用，有11个家庭在家中使用；在学校里，我们坚持课前“一拍手一坐正”的口令。
三、评比激励。每周评选“正姿小标兵”，月底共有26名同学获得称号。
活动结束时复测，写字姿势不正确的学生减少到6名。下一步，我们将把正姿提醒融入每天的课堂常规。
四年级二班
2024年12月2日
""",
    ),
    dict(
        slug="download-jiaoye-rules-puzzle-mats-gb2312",
        site="蕉叶下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.jiaoyexz.com/soft/jiaoan/2025/31874.html",
        title="幼儿园拼图垫清洗消毒管理制度",
        record_title="幼儿园拼图垫清洗消毒管理制度［DOC格式］绿色免费版_蕉叶下载站",
        date=None,
        notes="old download station: file-info table, three mirror links, unzip password, dead-link report; "
        "rules with 第N条 whose article speaks of printing a record sheet; update time is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>幼儿园拼图垫清洗消毒管理制度［DOC格式］绿色免费版_蕉叶下载站</title>
<script type="text/javascript" src="/js/count.js"></script></head>
<body bgcolor="#FFFFFF">
<table width="980" align="center" cellspacing="0" cellpadding="0"><tr>
<td><img src="/images/logo.gif" alt="">⟦m 蕉叶下载站⟧</td>
<td align="right">⟦m 绿色 · 安全 · 无插件⟧　<a href="/sethome">⟦a 设为首页⟧</a>　<a href="/bookmark">⟦a 收藏蕉叶⟧</a></td></tr>
<tr><td colspan="2" class="menu">⟦m <a>首页</a> | <a>教案课件</a> | <a>规章制度</a> | <a>表格模板</a> | <a>常用软件</a>⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：<a>首页</a> &gt;&gt; <a>规章制度</a> &gt;&gt; <a>幼儿园管理</a>⟧</td></tr></table>
<table width="980" align="center" border="1" bordercolor="#C7E1A8" cellspacing="0"><tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td width="120">⟦m 资料大小：⟧</td><td>⟦m 18 KB⟧</td></tr>
<tr><td>⟦m 资料语言：⟧</td><td>⟦m 简体中文⟧</td></tr>
<tr><td>⟦m 授权方式：⟧</td><td>⟦m 免费资料⟧</td></tr>
<tr><td>⟦m 资料更新于：⟧</td><td>⟦m 2025-01-12 16:40⟧</td></tr>
<tr><td>⟦m 下载人气：⟧</td><td>⟦m 3196⟧</td></tr>
<tr><td valign="top">⟦m 内容预览：⟧</td><td>
{BODY}
</td></tr>
<tr><td>⟦a 下载地址：⟧</td><td><a>⟦a 电信高速下载⟧</a>　<a>⟦a 联通高速下载⟧</a>　<a>⟦a 备用镜像下载⟧</a></td></tr>
<tr><td>⟦m 解压密码：⟧</td><td>⟦m www.jiaoyexz.com⟧</td></tr>
<tr><td colspan="2"><a href="/report.asp?id=31874">⟦a 下载不了？点此报告死链⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦l 同类资料：托育机构卫生消毒制度　|　幼儿园玩具清洗消毒记录表⟧</td></tr>
<tr><td align="center">⟦d 蕉叶下载站所有资料均来自网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m Copyright 2008-2025 蕉叶下载站 jiaoyexz.com　桂ICP备09018827号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为保证幼儿活动场所卫生安全，规范拼图垫的清洗消毒工作，制定本制度。
第二条　本制度适用于本园活动室、午睡室、走廊铺设的各类拼图垫。
第三条　拼图垫每日离园后由保育员用清水擦拭一次，每周五拆开拼缝彻底清洗一次，晾干后再拼装。
第四条　使用含氯消毒液消毒时，浓度按说明书配制，作用十分钟后用清水擦净，严禁长时间浸泡。
⟦a 预览仅显示部分条款，完整制度请下载后查看⟧
第五条　保健室每月打印《拼图垫清洗消毒记录表》发到各班，保育员如实填写，月底交回存档。
第六条　发现地垫破损、拼扣断裂或有异味的，保育员应当天报告，由后勤组撤换。
第七条　本制度自发布之日起施行，由园务办公室负责解释。
""",
    ),
    dict(
        slug="download-luojian-contract-magnetic-tiles-doc",
        site="螺笺资料站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.luojianzl.com/hetong/caigou/6603.html",
        title="磁力片玩具采购合同（范本）",
        record_title="磁力片玩具采购合同（范本）.doc",
        date=None,
        notes="download station text page: a purchase-contract template with ×× placeholders and ＿＿年＿＿月＿＿日 "
        "blanks (no date); 'added 2 days ago' is no date; file-name record title",
        page="""
!m 螺笺资料站 — 合同 · 表格 · 范本
!m 位置：首页 / 合同范本 / 采购合同
!m 资料名称：磁力片玩具采购合同（范本）.doc
!m 文件大小：36KB　｜　下载次数：1,208　｜　添加时间：2 天前
!a 高速下载（需安装螺笺下载器）
!a 普通下载通道一　　普通下载通道二
{T}
{BODY}
!d 螺笺资料站所提供的合同范本仅供参考，签订合同前请咨询专业律师。
!l 热门合同：玩具经销代理合同　｜　幼儿园教玩具采购合同　｜　文具批发供货协议
!m 螺笺资料站 luojianzl.com　晋ICP备19004251号
""",
        body="""
甲方（采购方）：××幼儿园
乙方（供货方）：××玩具有限公司
第一条　采购内容：磁力片积木××套，每套××片，单价××元，合同总价××元。
第二条　质量要求：乙方所供产品应当符合国家玩具安全技术规范，每批次附第三方检测报告，磁铁须完全封闭，不得松动外露。
第三条　交货与验收：乙方于＿＿年＿＿月＿＿日前送货至甲方指定地点，甲方当场开箱抽验，不合格的整批退回。
第四条　付款方式：验收合格后十五个工作日内，甲方一次性支付全部货款。
第五条　违约责任：产品因质量问题造成幼儿伤害的，由乙方承担全部赔偿责任。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
]
