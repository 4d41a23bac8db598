"""holdout362, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML page and one text page
each). Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-yantaifang-speech-waffle-canteen-gb2312",
        site="砚台坊范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantaifang.com.cn/jianghua/gonghui/2025/0320/18842.html",
        title="在全县职工食堂早餐提质工作推进会上的讲话",
        record_title="【食堂管理讲话】在全县职工食堂早餐提质工作推进会上的讲话（会场实录版）_砚台坊范文网",
        date="2025-03-14",
        date_also=["2025-03-20"],
        notes="old table layout with a marquee, a font/background row, a floating ghost-writer QQ box, a reading ranking and a "
        "visitor counter; speaker and a Chinese-numeral date under the title (neutral); a ghost-writer prompt glued after a "
        "sentence and a member line between paragraphs; the page's posting date differs from the speech's",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【食堂管理讲话】在全县职工食堂早餐提质工作推进会上的讲话（会场实录版）_砚台坊范文网</title>
<meta name="keywords" content="职工食堂,早餐,讲话稿,工会">
<link href="/skin/ytf2012.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ytf_ad.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#f3efe6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" class="top">⟦m 砚台坊范文网·一方砚台磨出好文章⟧ &nbsp; ⟦a <a href="javascript:sethome()">把砚台坊设为主页</a> | <a href="javascript:addfav()">存进浏览器书签</a>⟧</td></tr>
<tr><td height="24"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 砚台坊今日新添讲话稿127篇、总结汇报96篇，老会员每日签到可领墨锭⟧</marquee></td></tr>
<tr><td class="nav" height="32">⟦m <a href="/">砚台坊首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">策划方案</a> | <a href="/xinde/">学习心得</a> | <a href="/gonghui/">工会材料</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td class="crumb">⟦m 所在位置：<a href="/">砚台坊</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; 工会讲话 &gt;&gt; 阅读正文⟧</td></tr>
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 录入：墨池小吏　发布：2025-03-20　人气：<script src="/count.asp?id=18842"></script>1906⟧</td></tr>
<tr><td align="center">⟦a 〔字号调节：特大 大 中 小〕〔护眼底色：米黄 浅绿 纯白〕⟧</td></tr>
<tr><td class="content">
<p align="center">县总工会党组书记、常务副主席　许立衡</p>
<p align="center">（二〇二五年三月十四日）</p>
{BODY}
</td></tr>
<tr><td>⟦a ↓↓↓ 点此把全文存为Word（会员免墨锭）↓↓↓⟧</td></tr>
<tr><td>⟦l 上一篇文章：县总工会2024年度职工服务中心工作总结⟧<br>⟦l 下一篇文章：在女职工“巧手创业”座谈会上的讲话⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="side">
<tr><td class="stit">⟦l 砚台坊一周阅读榜⟧</td></tr>
<tr><td>⟦l ·机关食堂管理工作汇报材料（两篇）⟧</td></tr>
<tr><td>⟦l ·工会主席在职工代表大会闭幕时的讲话⟧</td></tr>
<tr><td>⟦l ·关于提升单位食堂服务水平的几点建议⟧</td></tr>
</table>
</td>
</tr>
</table>
<div id="floatqq" style="position:absolute;right:4px;top:260px;">⟦w 砚台坊代笔先生在线：讲话汇报急稿可约，QQ 2851730964⟧</div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">⟦d 砚台坊所收文稿多为网友投寄，仅作写作借鉴，署名单位与本站无关，侵权请来函删除。⟧</td></tr>
<tr><td align="center">⟦m 砚台坊范文网 yantaifang.com.cn　湘ICP备13086524号⟧ ⟦m 您是本站第 0028461 位读者⟧</td></tr>
</table>
<script language="javascript">document.oncontextmenu=function(){return false;}</script>
</body>
</html>
""",
        body="""
同志们：
今天召开这次推进会，主要是总结去年以来全县职工食堂早餐提质工作，安排部署下一阶段任务。刚才，县机关事务服务中心和三家基层工会作了交流发言，讲得很实在，我都赞同。
去年，县总工会把“让职工吃好一顿早餐”列入为职工办实事清单，为42家职工食堂添置华夫饼机、豆浆机等小型设备96台，早餐品种由平均6种增加到11种，职工满意度测评达到93.6%。⟦w 稿子写不出？砚台坊代笔先生帮你，QQ同上⟧这些成绩，离不开各级工会和食堂师傅的辛勤付出。
⟦a 本篇后半部分仅对砚台坊会员开放，登录后即可阅读⟧
下面，我讲三点意见。一要管好设备。华夫饼机等电热设备要专人操作、用后断电，每周清理烤盘残渣，防止烫伤和油烟积聚。二要守住安全。原料进货要索证索票，鸡蛋、牛奶要冷藏保存，留样制度一餐不落。三要听取意见。各食堂每季度开展一次满意度测评，把职工点赞的品种留下来，把吐槽多的改过来。
同志们，一顿早餐连着职工的冷暖。希望大家把这件小事办细办实，让职工在食堂吃得放心、吃得舒心。
""",
    ),
    dict(
        slug="fanwen-shijian-insight-smoothie-training-no-title",
        site="拾笺范文 (invented, mobile site)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.shijian8.net/xinde/peixun/50731.html",
        title="参加冰沙饮品制作培训的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the title line stands under a tag line; a relative collection time (no date); "
        "a copy-lock line between paragraphs and a follow prompt glued after a sentence",
        page="""
!m 拾笺范文 · 手机版
!a 打开拾笺APP，免费看全文
!m 拾笺范文 > 心得体会 > 培训心得
!m 标签：饮品　培训　冰沙机
{T}
!m 收录于3天前　热度 ★★★★☆　约620字
!a 全文复制　｜　生成Word　｜　放进我的笺夹
{BODY}
!a 已阅读到底部，长按可转发给同事
!l 拾笺还为你挑了：
!l › 参加西式面点技能培训的收获与体会
!l › 社区食堂厨师岗前培训心得三篇
!l › 茶饮店员工入职培训个人总结
!d 拾笺范文所载文章由用户自主投稿，观点仅代表作者本人，请勿原文照抄用于正式场合。
!m 拾笺范文 m.shijian8.net　粤ICP备20071395号-4
""",
        indent="\u3000\u3000",
        body="""
五月中旬，我跟着街道社区食堂的几位同事，参加了区就业服务中心组织的冰沙饮品制作培训。三天的课程排得很满，从水果挑选、配比计算到冰沙机的操作和清洗，老师都手把手地教。
以前我总觉得冰沙不过是把冰块和水果一起打碎，学了才知道里面有不少讲究。冰块和果肉的比例要控制在一比二左右，冰块太多口感发柴，太少又容易化成果汁。冰沙机也不能一开就是最高档，要先低速把冰块打散，再慢慢提速，这样既省电，刀片也不容易磨损。
⟦a 复制受限：本段需登录后才能复制⟧
最让我触动的是卫生这一课。老师拆开一台用了半年的冰沙机，密封圈里全是发黑的残渣。我回去以后，就把食堂两台冰沙机的密封圈都拆下来刷洗了一遍，还和同事约好每天收工后拆洗一次。⟦a 关注拾笺，每天推送三篇实用范文⟧
这次培训时间不长，却让我明白，一杯饮品做得好不好，全在细节里。
""",
    ),
    dict(
        slug="wenku-daotian-research-music-stand-pdf-bracket-pages",
        site="稻田文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.daotianwk.com/p-6093317205.html",
        title="关于全县中小学音乐教室乐谱架配置情况的调研报告",
        record_title="关于全县中小学音乐教室乐谱架配置情况的调研报告.pdf",
        date="2025-05-16",
        notes="a 文库 reader: viewer toolbar, file-info box, page-marker paragraphs ⹛ n ⹜ cutting sentences, a coin pay box; "
        "the upload stamp is no date; the report's date stands under its signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县中小学音乐教室乐谱架配置情况的调研报告.pdf - 稻田文库</title>
<meta name="description" content="稻田文库在线阅读：关于全县中小学音乐教室乐谱架配置情况的调研报告">
<link rel="stylesheet" href="https://static.daotianwk.com/reader/v5/reader.css">
<script src="https://static.daotianwk.com/reader/v5/reader.min.js"></script>
</head>
<body class="reader">
<header class="dt-head">
<div class="logo">⟦m 稻田文库 · 一粒一粒攒出来的资料仓⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/edu/">教育教学</a> <a href="/gov/">党政公文</a> <a href="/vip/">稻穗会员</a>⟧</nav>
<div class="user"><a href="/login">⟦a 登录 / 注册领稻穗⟧</a></div>
</header>
<div class="dt-crumb">⟦m 稻田文库 ＞ 教育教学 ＞ 教育管理 ＞ 调研报告⟧</div>
<main class="dt-main">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：晨读小满　上传于：2025-06-02　页数：4页　大小：186KB⟧</div>
<div class="doc-meta">⟦m 浏览 2361 次　下载 117 次　评分 4.6⟧</div>
<div class="toolbar">⟦a 放大　缩小　适合宽度　全屏阅读⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="paybox">
<p>⟦a 还有2页未展开，支付3稻穗即可继续阅读⟧</p>
<p>⟦a 稻穗会员本月不限次下载⟧</p>
<button>⟦a 下载到本机⟧</button> <button>⟦a 加入我的书架⟧</button>
</div>
<section class="similar">
<h3>⟦l 读过这篇的人也在读⟧</h3>
<ul>
<li>⟦l 中小学音乐器材配备标准解读（课件）⟧</li>
<li>⟦l 学校艺术教育工作自查报告范本⟧</li>
<li>⟦l 县域美育教学设施现状分析与对策⟧</li>
</ul>
</section>
</main>
<footer class="dt-foot">
<p>⟦d 本文档由用户上传并享有相应权利，稻田文库只提供存储与预览服务，如涉及侵权请通过“权利申诉”通道反馈。⟧</p>
<p>⟦m © 稻田文库 daotianwk.com　浙ICP备19055720号-3⟧</p>
</footer>
</body>
</html>
""",
        pages=dict(fmt="⹛ {n} ⹜", every=120, start=2),
        body="""
为摸清全县中小学音乐教室乐谱架等教学器材的配置和使用情况，今年4月，县教育局教研室组成调研组，深入城区和乡镇的23所中小学，采取实地查看、座谈访谈、问卷调查等方式开展了专题调研。现将有关情况报告如下。
一、基本情况。全县23所学校共有音乐教室41间，现有乐谱架612个，其中可升降折叠式418个、固定式194个。按每间教室配备30个的标准测算，缺口约620个，乡镇学校缺口占八成以上。
⟦t 关于全县中小学音乐教室乐谱架配置情况的调研报告⟧
二、存在的问题。一是数量不足，部分学校学生排练时两人共用一个乐谱架；二是质量参差，约三分之一的折叠式乐谱架存在螺丝松脱、托板变形等问题；三是管理粗放，多数学校未建立器材登记和维修制度。
三、几点建议。建议将乐谱架纳入明年教学装备采购计划，优先补齐乡镇学校缺口，同时指导各校建立器材台账和定期检修制度。
黾川县教育局教研室
2025年5月16日
""",
    ),
    dict(
        slug="wenku-queqiao-plan-capo-wrapped-glued-markers",
        site="鹊桥文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.queqiaowenku.cn/doc/2025/0226/3307481.html",
        title="吉他社团变调夹等小件器材管理方案",
        record_title="吉他社团变调夹等小件器材管理方案（含借还登记表）-鹊桥文库",
        date="2025-02-24",
        notes="a text extracted from a 文库 preview, hard-wrapped at 60 columns and cut by markers ⤎n⤏ glued to the continuation "
        "line; decimal headings; a preview-limit line and an unlock line between paragraphs",
        page="""
!m 鹊桥文库　让好资料搭上桥
!m 文库首页 / 教育资料 / 社团活动
!t 吉他社团变调夹等小件器材管理方案（含借还登记表）
!m 贡献者：枏溪小林老师　共3页　2.1万人看过
!a 预览模式｜原文排版｜下载原格式
{BODY}
!a —— 预览到此为止，余下内容请下载后查看 ——
!a 下载全文需消耗鹊羽×4，首次登录赠送鹊羽×10
!l 同类资料推荐：社团器材借还登记表 ｜ 音乐社团学期活动计划 ｜ 学生社团安全管理办法
!d 文档内容由贡献者提供，鹊桥文库仅作信息存储，不对内容的准确性负责。
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⤎{n}⤏", every=80, start=2, glue=True),
        body="""
为规范学校吉他社团小件器材的使用和保管，减少丢失和损坏，结合社团实际，制定本方案。
1.管理范围
1.1本方案所称小件器材，是指变调夹、拨片、备用琴弦、调音器、背带等随琴使用的物品。
1.2社团现有变调夹46个，其中弹簧式30个、螺旋式16个，均登记在社团器材台账中。
2.借用与归还
2.1社员借用变调夹须在器材登记本上写明姓名、班级和借用日期，活动结束后当场归还。
2.2变调夹夹口橡胶垫老化、弹簧无力的，由器材管理员集中登记，每学期统一更换一次。
⟦a 本页为免费试读页，解锁后可查看评比细则⟧
3.责任分工
3.1社团指导教师负责器材的整体管理，每月清点一次。
3.2器材管理员由社员轮流担任，负责日常借还登记和收纳。
溮口镇中心小学艺术教研组
2025年2月24日
""",
    ),
    dict(
        slug="gov-cuanshan-report-waffle-spotcheck-table-attachments",
        site="巑山县人民政府 (invented county portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.cuanshan.gov.cn/zwgk/tzgg/202504/t20250411_338170.html",
        title="关于2025年第一季度电热华夫饼机产品质量监督抽查情况的通报",
        record_title="关于2025年第一季度电热华夫饼机产品质量监督抽查情况的通报 - 质量监管动态 - 巑山县人民政府",
        date="2025-04-09",
        date_also=["2025-04-11"],
        notes="a county portal: 长辈版/读屏 links, an 索引号 table with an unmarked 文号 cell, a data table one row a paragraph, "
        "附件 list beside an attachment download link, the bureau's own contact beside the portal's hotline and 纠错 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="巑山县人民政府">
<meta name="ArticleTitle" content="关于2025年第一季度电热华夫饼机产品质量监督抽查情况的通报">
<title>关于2025年第一季度电热华夫饼机产品质量监督抽查情况的通报 - 质量监管动态 - 巑山县人民政府</title>
<script src="/js/jquery.min.js"></script>
<script src="/js/access.js"></script>
</head>
<body>
<div class="topbar">⟦a 长辈版　读屏助手　English⟧ <span>⟦m 今天是：<span id="today"></span>⟧</span></div>
<div class="banner">⟦m 巑山县人民政府　山水相依·巑峰竞秀⟧</div>
<ul class="mainnav">⟦m <li>首页</li><li>巑山概况</li><li>政务公开</li><li>办事服务</li><li>互动交流</li>⟧</ul>
<div class="location">⟦m 您的位置：首页 → 政务公开 → 部门文件⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11431128MB0D71285K/2025-00412⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：巑山县市场监督管理局⟧</td><td>⟦m 成文日期：2025-04-09⟧</td></tr>
<tr><td>巑市监〔2025〕17号</td><td>⟦m 发布日期：2025-04-11⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="zoom">⟦a 【字号：大 中 小】【打印此页】【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj">⟦a 附件下载：抽查结果名单.xlsx（28KB）⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4>
<p>⟦l 巑山县市场监督管理局关于开展小家电“质量护航”行动的通知⟧</p>
<p>⟦l 2024年第四季度电热水壶抽查结果公示⟧</p></div>
<div class="footer">
<p>⟦m 主办：巑山县人民政府办公室　承办：巑山县政务服务和大数据中心⟧</p>
<p>⟦m 政务服务热线：12345　网站纠错：0739-6820000⟧</p>
<p>⟦m 湘ICP备05003417号　湘公网安备43112802000151号　网站标识码：4311280014⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为加强电热小家电产品质量监管，今年第一季度，县市场监督管理局对全县生产、销售环节的电热华夫饼机开展了产品质量监督抽查，共抽查12家企业和商户的15批次产品，合格13批次，合格率86.7%。不合格产品情况如下：
序号　产品名称　标称生产企业　不合格项目
1　双面华夫饼机　蓨城市乐焙电器厂　泄漏电流和电气强度
2　迷你华夫饼机　溮口镇福旺家电商行（销售）　标志和说明
对抽查不合格的产品，县局已依法责令相关企业和商户停止生产、销售，并限期整改。请各乡镇和有关单位督促辖区经营者加强进货查验，引导消费者选购带有3C认证标志的产品。
附件：1.抽查合格产品名单
2.抽查不合格产品名单
联系人：龚晓岚　联系电话：0739-6821157
巑山县市场监督管理局
2025年4月9日
""",
    ),
    dict(
        slug="gov-jiaoxi-notice-smoothie-canteen-wrapped-cc",
        site="嶕溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jiaoxi.gov.cn/xxgk/bmwj/jtj/202505/t20250530_91526.html",
        title="关于加强学校食堂冰沙机等饮品设备卫生管理的通知",
        record_title="【夏季校园食品安全】关于加强学校食堂冰沙机等饮品设备卫生管理的通知 - 嶕溪县人民政府门户网站",
        date="2025-05-28",
        notes="a government text page hard-wrapped at 64 columns; 文号 line under the title (neutral); 抄送 and 印发 lines "
        "in the body; an age-friendly mode row and a scan-to-phone line at the top",
        page="""
!m 嶕溪县人民政府门户网站
!a 适老模式 ｜ 无障碍浏览 ｜ 繁體
!m 当前位置：首页 » 信息公开 » 部门文件 » 县教育体育局
!t 【夏季校园食品安全】关于加强学校食堂冰沙机等饮品设备卫生管理的通知
!m 来源：县教育体育局　发布时间：2025-05-30 09:12　浏览次数：844
!a 用手机扫一扫，本页随身看
{T}
嶕教体〔2025〕29号
{BODY}
!a 【打印正文】　【关闭】
!l 上一条：关于做好2025年中考考点安全保障工作的通知
!l 下一条：嶕溪县学生资助政策宣传月活动安排
!m 嶕溪县人民政府办公室主办　县融媒体中心运维　联系我们：0745-5230012
""",
        date_also=["2025-05-30"],
        indent="\u3000\u3000",
        wrap=64,
        body="""
各乡镇中心学校，县直各学校：
入夏以来，不少学校食堂和校内超市增设了冰沙、果饮等饮品窗口。近期抽查发现，部分学校冰沙机刀座和密封圈残留物清洗不及时，个别设备存在带病运行问题。为切实保障师生饮食安全，现就有关事项通知如下。
一、建立清洗台账。冰沙机每次使用后须拆洗杯体、刀座和密封圈，每日收工后消毒，并在台账上签字备查。
二、落实专人操作。饮品窗口须由持有健康证明的食堂员工专人负责，学生不得自行操作设备。
三、加强设备检修。各校于6月10日前对冰沙机等饮品设备开展一次全面检查，发现电线老化、刀片松动的立即停用报修。
四、强化督导检查。县教育体育局将会同县市场监管局开展不定期抽查，检查结果纳入学校年度考核。
嶕溪县教育体育局
2025年5月28日
抄送：县市场监督管理局，县卫生健康局。
嶕溪县教育体育局办公室　2025年5月28日印发
""",
    ),
    dict(
        slug="news-mianchuan-rongmei-pop-filter-studio-h1-title",
        site="黾川融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mianchuanrm.cn/news/bendi/2025-07/08/content_40217.html",
        title="县图书馆“有声黾川”录音室正式启用",
        record_title=None,
        date="2025-07-08",
        notes="no record title: the title is the <h1>; a client prompt glued before the news lead; photo captions between "
        "paragraphs; an editor line glued after the last paragraph; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>黾川融媒_黾川县融媒体中心官方网站</title>
<meta name="keywords" content="黾川,图书馆,有声读物">
<link rel="stylesheet" href="/static/css/article.css?v=20250601">
<script src="/static/js/tongji.js"></script>
</head>
<body>
<div class="mc-top">⟦m 黾川融媒　黾川县融媒体中心主办⟧ <a href="/app">⟦a 装“看黾川”客户端⟧</a></div>
<div class="mc-nav">⟦m 首页 | 本地 | 时政 | 民生 | 文旅 | 视频 | 专题⟧</div>
<div class="mc-crumb">⟦m 当前所在：首页 > 本地 > 文旅⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-07-08 17:26　来源：黾川融媒　作者：宋禾青⟧</div>
<div class="tools">⟦a 听新闻　A+　A-⟧</div>
<div class="text">
{BODY}
</div>
<div class="copyright">⟦d 凡本网注明“来源：黾川融媒”的作品，转载须经授权并注明出处。⟧</div>
</article>
<aside>
<h3>⟦l 黾川24小时⟧</h3>
<ol>
<li>⟦l 黾川至蓨城城际公交7月15日起加密班次⟧</li>
<li>⟦l 县城区3处老旧小区加装电梯完工⟧</li>
<li>⟦l 屼岭镇首届西瓜采摘节开幕⟧</li>
</ol>
<div class="ad">⟦m 广告位招租 0746-7712390⟧</div>
</aside>
<footer>⟦m 黾川县融媒体中心版权所有　湘ICP备18017203号-1　互联网新闻信息服务许可证编号：43120250011⟧</footer>
</body>
</html>
""",
        body="""
⟦a 打开“看黾川”客户端，视频新闻抢先看⟧本网讯 7月8日，县图书馆“有声黾川”录音室正式对读者开放。读者可以预约到录音室朗读家乡故事，录好的作品经审核后将上传到县图书馆的有声书库。
录音室设在县图书馆三楼，面积约20平方米，墙面铺设了吸音棉，配备了两套电容麦克风、声卡和监听耳机。每支麦克风前都装有一个圆形防喷罩，用来挡住朗读时“扑”“破”等字带出的气流，减少录音中的爆破声。
⟦m 图为读者在录音室试录家乡故事。宋禾青 摄⟧
县图书馆馆长陈韵介绍，录音室每周二至周日开放，每场预约不超过两小时。防喷罩和耳机套每天由工作人员清洁消毒，读者使用后也可以向工作人员申领一次性耳机套。
据了解，“有声黾川”项目计划年内收录本地读者朗读作品300部，内容涵盖地方史话、民间故事和乡贤人物。⟦m 责任编辑：罗素溪⟧
""",
    ),
    dict(
        slug="news-tiaocheng-waffle-export-orders-record-date",
        site="蓨城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tiaochengnews.com/jingji/2025-06/18/c_1120558.htm",
        title="棆湾区小家电企业华夫饼机出口订单排到九月",
        record_title="棆湾区小家电企业华夫饼机出口订单排到九月｜产经观察_蓨城新闻网",
        record_date="2025-06-18",
        date="2025-06-18",
        notes="record title with a channel and a site name; the record's date; a photo caption and a further-reading link "
        "between paragraphs; a comment count and a hot list under the text",
        page="""
!m 蓨城新闻网　蓨城日报社主办
!m 首页 ＞ 经济 ＞ 产业
!t 棆湾区小家电企业华夫饼机出口订单排到九月｜产经观察
!m 2025年06月18日 10:05　来源：蓨城日报　记者 邹望舒 通讯员 梁秋
!a 分享至：微信 ｜ 朋友圈 ｜ 微博　　字号：大 中 小
{T}{BODY}
!m （编辑：卜小禾　校对：温澄）
!l 网友评论（已有 26 人参与）
!l 看过本文的蓨城网友还关注：
!l ＊棆湾区一季度规上工业增加值增长7.9%
!l ＊蓨城跨境电商产业园新入驻企业41家
!m 蓨城新闻网 版权所有　新闻热线：0736-2280110
""",
        indent="\u3000\u3000",
        body="""
6月17日，记者走进位于棆湾区家电产业园的蓨城市乐焙电器有限公司，生产车间里两条华夫饼机装配线正满负荷运转，工人们忙着给刚下线的产品贴标、装箱。
“今年上半年我们的华夫饼机出口订单同比增长了四成，现在手里的订单已经排到九月份。”公司总经理何建平告诉记者，公司今年推出的可拆洗烤盘款式很受欧洲客户欢迎，单是这一款就接到了18万台订单。
⟦m 图：乐焙电器装配线上，工人正在检测华夫饼机烤盘温度。记者 邹望舒 摄⟧
据棆湾区工信局介绍，全区现有小家电生产企业37家，其中生产华夫饼机、三明治机等早餐类电器的企业有9家。⟦l 延伸阅读：蓨城小家电如何走俏海外市场⟧今年1至5月，全区小家电出口额达到6.2亿元，同比增长21.5%。
下一步，棆湾区将继续支持企业开展产品认证和品牌培育，帮助更多企业拓展海外市场。
""",
    ),
    dict(
        slug="forum-liuxian-post-capo-discuz-jammer",
        site="六弦琴友会 (invented, Discuz-style forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.liuxianqy.com/thread-276105-1-1.html",
        title="用坏了四个变调夹之后，说说我的挑选心得",
        record_title="[器材唠嗑] 用坏了四个变调夹之后，说说我的挑选心得 - 配件茶话 - 六弦琴友会",
        date=None,
        notes="a Discuz-like guitar forum: jammer fonts inside the post, a poster panel, a rating row, a signature and replies; "
        "the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[器材唠嗑] 用坏了四个变调夹之后，说说我的挑选心得 - 配件茶话 - 六弦琴友会</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js?Vq3"></script>
</head>
<body>
<div id="toptb">⟦m 六弦琴友会　以琴会友·六弦同心⟧ <a href="member.php?mod=logging">⟦a 琴友登录⟧</a> <a href="member.php?mod=register">⟦a 入会注册⟧</a></div>
<div id="pt">⟦m 六弦琴友会 › 配件茶话 › 配件杂谈 › 正文⟧</div>
<div id="postlist">
<table class="plhin"><tr>
<td class="pls">
<div class="authi">⟦m 老木头琴房⟧</div>
<p>⟦m 主题 58 回帖 1327 琴友币 4410 所在地 黾川⟧</p>
</td>
<td class="plc">
<h1 class="ts">{T}</h1>
<div class="pti">⟦m 发表于 5 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz" id="postmessage_1">
{BODY}
</div>
<div class="rate">⟦a 参与评分 3 人　琴友币 +12　收起理由⟧</div>
<div class="sign">⟦m 签名：弹琴如写字，一笔一画慢慢来⟧</div>
<div class="po">⟦a 回复　收藏　点赞　举报⟧</div>
</td></tr></table>
<table class="plhin"><tr><td class="plc">
<div class="pti">⟦l 沙发　夜雨敲弦　发表于 4 天前⟧</div>
<div class="t_f">⟦l 同感，螺旋式的我也用了好几年，就是换调慢点⟧</div>
</td></tr></table>
</div>
<div id="f_pst">⟦a 登录琴友会后才可以回帖，还没有账号？点我入会⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　六弦琴友会 ( 鄂ICP备21004739号-2 )⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
弹了八年吉他，前前后后用坏了四个变调夹，今天把踩过的坑整理一下，给刚入门的琴友参考。
第一个是十几块钱的弹簧夹，用了不到半年弹簧就软了，夹在三品以上总有打品的杂音。第二个是铝合金的，外观很好看，可是夹口的橡胶垫太薄，没几个月就把琴颈的漆面压出了印子。
后来我换了螺旋式的，可以根据琴颈粗细调节松紧，音准明显好了很多。缺点是换调的时候要拧好几圈，舞台上用不太方便。现在我是两种搭配着用，练琴用螺旋式，演出用质量好一点的弹簧式。
最后提醒一句，变调夹不用的时候别一直夹在琴头上，时间长了会影响琴头和弦钮。
""",
    ),
    dict(
        slug="forum-shengkabang-post-diy-pop-filter-junk",
        site="声卡帮论坛 (invented, home-recording forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.shengkabang.net/forum/topic-88231.html",
        title="丝袜加绣绷，十块钱做个防喷罩",
        record_title="【DIY】丝袜加绣绷，十块钱做个防喷罩（内有实拍图）",
        date=None,
        notes="a home-recording forum thread in text: anti-scraping junk as lines and glued after 。; floor lines and replies "
        "below; the post time is relative",
        page="""
!m 声卡帮论坛 — 宅录玩家的聚集地
!m 声卡帮 » 宅录DIY » 帖子详情
!t 【DIY】丝袜加绣绷，十块钱做个防喷罩（内有实拍图）
!m 楼主：录音的小胖　｜　发帖于 2 周前　｜　浏览 3415　｜　回复 37
!a 只看楼主　　复制本帖链接
{BODY}
!m 本帖最后由 录音的小胖 于 10 天前 修改
!l 2#　嗡嗡嗡：老办法了，好用！我用的衣架弯的圈
!l 3#　调音台下的猫：收藏了，周末试试
!a 回复本帖需要先绑定手机号
!m 声卡帮论坛 | 联系版主 | 手机访问 | 浙ICP备2022013367号
""",
        junk=dict(lines=2, glued=3),
        body="""
刚开始在家录翻唱的时候，总被“扑扑”的喷麦声困扰，买成品防喷罩又觉得不值，就自己动手做了一个，效果还不错，分享一下做法。
材料很简单：一个直径15厘米左右的绣花绷子，一条旧丝袜，一个长尾夹，再加一截粗铁丝。总共花了不到十块钱。
做法是先把丝袜剪下一段，套在绣绷上绷紧，最好套两层，效果比一层好很多。然后把铁丝一头缠在绣绷的螺丝上，另一头用长尾夹固定在麦克风支架上，调整到离麦克风五六厘米的位置就行了。
用了一个多月，爆破音基本听不到了。缺点是丝袜时间长了会松，隔几周要重新绷一次。
""",
    ),
]
