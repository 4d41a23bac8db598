"""holdout347, part A: 范文 sites, 文库 previews, government portals. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moken-speech-high-jump-stands-gb2312",
        site="墨垦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mokenfw.com/jianghua/xiaoyuan/2025/0506/11873.html",
        title="在泰屯县中小学体育器材更新暨新跳高架启用仪式上的讲话",
        record_title="【器材启用致辞】在泰屯县中小学体育器材更新暨新跳高架启用仪式上的讲话（含致辞全文）_墨垦范文网",
        date="2025-04-18",
        date_also=["2025-05-06"],
        notes="old gb2312 table layout with marquee, reading-settings row, ghost-writer float and counter; date under the speech title, page date also accepted; speaker line neutral",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【器材启用致辞】在泰屯县中小学体育器材更新暨新跳高架启用仪式上的讲话（含致辞全文）_墨垦范文网</title>
<meta name="keywords" content="跳高架,启用仪式,讲话">
<script language="javascript">function setFont(s){document.getElementById('zw').style.fontSize=s+'px';}</script>
<style>td{font-size:12px}.zw p{line-height:200%}</style>
</head>
<body bgcolor="#f6f1e6">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/img/logo.gif" alt=""><br>⟦m 墨垦范文网 · 笔下有章法，材料不发愁⟧</td>
<td align="right"><a href="#">⟦a 设墨垦为浏览器主页⟧</a>　<a href="#">⟦a 将本站添进收藏夹⟧</a>　<a href="/wap/">⟦a 手机访问墨垦⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td bgcolor="#8b3a1a"><marquee scrollamount="3">⟦m 墨垦快讯：校园活动、体育教学类讲话稿本周新增四百余篇，欢迎老师们选用⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/zhuchi/">⟦m 主持串词⟧</a></td>
</tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td>⟦m 您所在位置：墨垦范文网 ＞＞ 讲话致辞 ＞＞ 校园活动讲话 ＞＞ 阅读全文⟧</td></tr>
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center">⟦m 发布时间：2025-05-06　投稿：禾田书生　人气：2486⟧</td></tr>
<tr><td align="center">⟦a 【阅读设置】字号：特大 大 中　底色：宣纸黄 竹青 素白⟧</td></tr>
<tr><td align="center">（2025年4月18日）</td></tr>
<tr><td align="center">泰屯县教育体育局副局长　韩立峰</td></tr>
<tr><td class="zw" id="zw">
{BODY}
</td></tr>
<tr><td align="center"><a href="/down/11873.html">⟦a 【下载这篇讲话的Word稿】⟧</a>　<a href="javascript:window.print()">⟦a 【打印】⟧</a>　<a href="javascript:window.close()">⟦a 【关掉本页】⟧</a></td></tr>
<tr><td>⟦l 前一篇：在校园足球联赛颁奖典礼上的致辞⟧</td></tr>
<tr><td>⟦l 后一篇：春季田径运动会裁判长讲话（三篇）⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td bgcolor="#eadbc4">⟦l 讲话稿阅读榜⟧</td></tr>
<tr><td>⟦l ·开学典礼校长讲话：做一个向上的人⟧</td></tr>
<tr><td>⟦l ·体育节开幕式主持词（全套）⟧</td></tr>
<tr><td>⟦l ·体育教研组长经验交流发言⟧</td></tr>
<tr><td>⟦l ·校园体育设施捐赠仪式答谢词⟧</td></tr>
</table>
<div id="floatqq" style="position:fixed;right:6px;top:260px">⟦w 写稿不求人，墨垦老编辑一对一代笔，QQ 2870335146⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 墨垦范文网所载文章多为会员投稿，仅供写作借鉴，请勿原文照搬用于正式场合。⟧</td></tr>
<tr><td align="center">⟦m 墨垦范文网 mokenfw.com 版权所有 2011-2025　琼ICP备11052736号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0318842 位访客⟧</td></tr></table>
<script language="javascript" src="/js/tongji.js"></script>
</body>
</html>
""",
        body="""
同学们、老师们：
今天，我们在泰屯县第二中学田径场举行体育器材更新暨新跳高架启用仪式。首先，我代表县教育体育局，向为这次器材更新付出辛勤劳动的各位老师和安装单位表示感谢！
今年，县里安排专项资金86万元，为全县14所中小学更新田径器材，其中新购铝合金升降式跳高架28副、跳高海绵包14套。新跳高架的横杆托可以按1厘米调节，立柱底座加了配重，比原来的木架子稳当得多。⟦a 点此复制本段讲话⟧
器材换新了，安全要求不能降。我提三点希望：一是体育老师要在每节课前检查立柱螺栓和底座配重；二是学生练习必须在老师指导下进行，不得攀爬跳高架；三是学校要建立器材台账，发现损坏及时报修。
同学们，跳高讲究助跑、起跳、过杆，每一步都要踏实。希望大家在新器材上跳出新高度，也在学习和生活中一步一个脚印，不断超越自我！
谢谢大家！
""",
    ),
    dict(
        slug="fanwen-shiwen-insight-water-bottle-volunteer",
        site="拾文范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.shiwenku.cn/xinde/zhiyuan/204519.html",
        title="担任全民健身徒步节补水志愿者的心得体会",
        record_title=None,
        date=None,
        notes="title missing from the record, found on the page after a tag line; a collection stamp is no date; ghost-writer line between paragraphs, a copy prompt glued after a sentence",
        page="""
!m 拾文范文库｜好文章，拾来即用
!m 当前：拾文 / 心得体会 / 志愿服务心得
!m 标签：志愿服务　全民健身　运动水壶
{T}
!m 收录于 2025-07-09　阅读 3107　点赞 46
!a 【全文复制】　【存为Word】　【加入我的文件夹】
{BODY}
!a 本篇已展示全部内容，开通拾文季卡可批量下载同类范文。
!l 读了这篇的人还在看：
!l · 社区志愿者服务马拉松赛事心得
!l · 大学生暑期支教志愿服务心得体会（3篇）
!l · 全民健身日活动志愿服务总结
!d 拾文范文库内容由用户上传，仅作学习交流之用；如涉侵权，请发邮件至 quan@shiwenku.cn 处理。
!m ©2025 拾文范文库 shiwenku.cn　湘ICP备20037719号-3
""",
        indent="\u3000\u3000",
        body="""
今年夏天，我报名参加了殿涌镇全民健身徒步节的补水志愿服务，负责第三补给点。出发前，组委会要求参赛者自带运动水壶，补给点只提供大桶直饮水和续水服务，不再发放一次性瓶装水。
刚开始我有些担心：几百人同时续水，会不会排起长队？实际情况比预想的顺利。我们提前把续水台分成四个口，志愿者手持长嘴水壶帮忙添水，一个人平均不到二十秒。⟦w 志愿心得不会写？拾文写手帮你改，微信 sw_xiezuo88⟧
让我感触最深的是一位七十多岁的老人，他的运动水壶用了很多年，壶身磨得发白，却刷得干干净净。他说，自己带壶不光是为了少扔几个塑料瓶，喝着也放心。
⟦a 以上为免费预览段落，登录拾文可复制全文⟧
这次服务让我明白，办好一场群众赛事，靠的不只是组织者，更靠每一位参与者从一个水壶做起的自觉。今后我还会继续报名，把这份自觉传给身边更多的人。
""",
    ),
    dict(
        slug="wenku-yunzhang-research-football-goals-html-markers",
        site="云章文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.yunzhang.net/view/8f3c2a91d7e04b55.html",
        title="关于全县中小学足球门安全状况的调研报告",
        record_title="关于全县中小学足球门安全状况的调研报告.pdf",
        date="2025-03-26",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⤗ n ⤘ cutting sentences, coin pay box; file name as record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县中小学足球门安全状况的调研报告.pdf - 云章文库</title>
<script>window.__DOC__={id:"8f3c2a91d7e04b55",pages:3,price:6};</script>
<link rel="stylesheet" href="/static/reader.css">
</head>
<body>
<header class="yz-top">
<a class="logo" href="/">⟦m 云章文库 — 一页一页读懂好文档⟧</a>
<nav><a href="/">⟦m 首页⟧</a> <a href="/cat/jiaoyu">⟦m 教育资料⟧</a> <a href="/cat/gongwen">⟦m 公文范本⟧</a> <a href="/vip">⟦a 开通云章会员⟧</a> <a href="/login">⟦a 登录｜免费注册⟧</a></nav>
</header>
<div class="crumbs">⟦m 云章文库 › 教育资料 › 学校管理 › 调研报告⟧</div>
<main class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 贡献者：泰屯教研小组　上传于 2025-04-02　3页　下载券：6　浏览 1924 次⟧</div>
<div class="toolbar">⟦a 缩小 ｜ 放大 ｜ 适合宽度 ｜ 全屏阅读 ｜ 翻页模式⟧</div>
<article class="page-wrap">
{BODY}
</article>
<div class="paybox"><p>⟦a 本文档共3页，下载需6枚云章币（会员享八折）⟧</p><button>⟦a 立即下载原文⟧</button> <button>⟦a 加入阅读清单⟧</button></div>
<section class="similar"><h3>⟦l 你还可能想读⟧</h3>
<ul><li>⟦l 校园体育器材安全检查表（可打印）⟧</li><li>⟦l 学校运动场地安全隐患排查报告⟧</li><li>⟦l 中小学体育设施配备调研分析⟧</li></ul></section>
</main>
<footer><p>⟦d 云章文库仅提供存储空间，文档内容由用户上传，若侵犯您的权益请提交申诉。⟧</p><p>⟦m 云章文库 yunzhang.net　浙ICP备19082264号⟧</p></footer>
<script src="/static/reader.js"></script>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⤗ {n} ⤘", every=150, start=2),
        body="""
为摸清全县校园足球门的使用和安全状况，3月上旬，县教育体育局组成调研组，对全县31所中小学的足球场地进行了实地查看，并与体育教师、后勤人员座谈。现将有关情况报告如下。
一、基本情况
全县31所学校共有各类足球门86副，其中十一人制足球门18副，七人制和五人制足球门52副，简易移动式足球门16副。使用年限超过8年的有29副，约占三分之一。
二、存在的问题
一是固定不到位。调研中发现，有11副移动式足球门既未加配重也未打地锚，遇到大风或学生攀挂时存在倾倒风险。二是锈蚀老化。部分铁质门框焊点开裂、网钩脱落，球网破洞未及时更换。三是管理制度不健全，多数学校没有建立足球门巡检记录。
三、意见建议
建议今年内完成全部移动式足球门的配重改造，对锈蚀严重的门框予以报废更新；各校每周开展一次检查，检查情况记入器材台账，并在球门立柱上张贴“禁止攀爬悬挂”提示。
泰屯县教育体育局调研组
2025年3月26日
""",
    ),
    dict(
        slug="wenku-dieye-plan-tennis-rackets-wrapped-markers",
        site="叠页文库 (invented, text export)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.diepagewk.com/p-5520931847.html",
        title="昌陇县青少年网球推广器材配置方案（2025—2027年）",
        record_title="昌陇县青少年网球推广器材配置方案（2025—2027年）.docx",
        date="2025-02-14",
        notes="text export of a 文库 page hard-wrapped at 58 columns, page markers ⋢n⋣ glued to the continuation line; decimal headings; .docx record title",
        page="""
!m 叠页文库 · 文档在线读
!m 叠页文库 > 体育教学 > 工作方案
!t 昌陇县青少年网球推广器材配置方案（2025—2027年）.docx
!m 格式：docx　页数：3　大小：46KB　上传者：cl_tiyu
!a 〔试读模式〕前两页免费，余下内容请购买后阅读
{T}
{BODY}
!a ── 试读到此为止 ── 付费1.9元读完全文
!l 同类文档：网球进校园实施方案｜青少年体育俱乐部器材清单｜校园体育器材采购方案
!d 本页内容系上传者提供，叠页文库不对其真实性负责。
!m diepagewk.com 2025　粤ICP备21018836号
""",
        indent="\u3000\u3000",
        wrap=58,
        pages=dict(fmt="⋢{n}⋣", every=150, start=2, glue=True),
        body="""
为落实青少年体育活动促进计划，推动网球运动进校园、进社区，结合我县实际，制定本方案。
1.总体目标
1.1到2027年，全县12所中小学和4个乡镇文体中心均配齐青少年网球器材，每个点位不少于30支训练球拍。
1.2建立器材借还和维护制度，确保器材完好率保持在90%以上。
2.配置标准
2.1按年龄配置球拍：6至8岁配21英寸、23英寸球拍，9至12岁配25英寸球拍，13岁以上配26英寸或标准球拍。
2.2初学阶段统一使用减压球，球拍拍线磅数控制在40至45磅，减少手腕和肘部负担。
3.实施步骤
3.1 2025年完成6所学校配置，2026年完成6所学校和2个文体中心配置，2027年全面完成并组织验收。
3.2各学校指定一名体育教师担任器材管理员，每学期检查一次拍线和手胶。
昌陇县文化广电体育和旅游局
2025年2月14日
""",
    ),
    dict(
        slug="gov-taitun-notice-football-goals-attachments",
        site="泰屯县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.taitun.gov.cn/zwgk/tzgg/202504/t20250411_336021.html",
        title="泰屯县教育体育局关于开展校园和公共场地足球门安全隐患排查整治的通知",
        record_title="泰屯县教育体育局关于开展校园和公共场地足球门安全隐患排查整治的通知_通知公告_泰屯县人民政府",
        date="2025-04-09",
        date_also=["2025-04-11"],
        notes="county portal: 长者/读屏 links, 索引号 table with the 文号 cell unmarked (neutral), attachment download links beside the notice's own 附件 list, the notice's 联系人 beside the portal's 纠错 line and 12345, 抄送 line; 成文日期 expected, publish date also",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>泰屯县教育体育局关于开展校园和公共场地足球门安全隐患排查整治的通知_通知公告_泰屯县人民政府</title>
<meta name="SiteName" content="泰屯县人民政府">
<meta name="ColumnName" content="通知公告">
<script src="/js/jquery.min.js"></script>
<script>var infoid="336021";</script>
</head>
<body>
<div class="tt-topbar"><span>⟦m 今天是2025年4月12日 星期六⟧</span> <a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 读屏专用⟧</a> <a href="#">⟦a 简/繁⟧</a> <a href="/">⟦a 个人登录⟧</a></div>
<div class="tt-head"><img src="/images/banner.png" alt="泰屯县人民政府"><span>⟦m 泰屯县人民政府 · 屯垦故地 泰然之城⟧</span></div>
<nav class="tt-nav"><a href="/">⟦m 首页⟧</a><a href="/zwgk/">⟦m 政务公开⟧</a><a href="/zwfw/">⟦m 政务服务⟧</a><a href="/hdjl/">⟦m 互动交流⟧</a><a href="/ztzl/">⟦m 专题专栏⟧</a></nav>
<div class="tt-loc">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="tt-index">
<tr><td>⟦m 索 引 号：11522436MB1804732X/2025-00419⟧</td><td>⟦m 主题分类：教育、体育⟧</td></tr>
<tr><td>⟦m 发文机关：泰屯县教育体育局⟧</td><td>⟦m 成文日期：2025-04-09⟧</td></tr>
<tr><td>泰教体发〔2025〕17号</td><td>⟦m 发布日期：2025-04-11⟧</td></tr>
</table>
<div class="tt-article">
<h2>{T}</h2>
<div class="tt-info">⟦m 来源：县教育体育局　浏览次数：<span>762</span>　【字号：大 中 小】⟧</div>
<div class="tt-content">
{BODY}
</div>
<div class="tt-files"><p>⟦a 附件下载：1.足球门安全检查表.xlsx（18KB）⟧</p><p>⟦a 附件下载：2.整治情况汇总表.docx（22KB）⟧</p></div>
<div class="tt-tools"><a href="javascript:print()">⟦a 【打印这一页】⟧</a> <a href="#">⟦a 【关掉此页面】⟧</a> <span>⟦a 扫一扫在手机上看本文⟧</span></div>
<div class="tt-related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县教育体育局关于做好春季学校安全工作的通知⟧</li><li>⟦l 县全民健身设施维护管理办法（试行）⟧</li></ul></div>
</div>
<footer class="tt-foot">
<p>⟦m 网站纠错电话：0896-7712030　政务服务便民热线：12345⟧</p>
<p>⟦m 主办：泰屯县人民政府办公室　承办：泰屯县政务信息中心⟧</p>
<p>⟦m 网站标识码 5224360017　琼ICP备13002918号⟧</p>
</footer>
<script src="/js/visit.js"></script>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各中小学校：
近期，外地接连发生移动式足球门倾倒致人受伤事件。为切实保障学生和群众运动安全，县教育体育局决定在全县开展校园和公共场地足球门安全隐患排查整治。现将有关事项通知如下。
一、排查范围
全县中小学、幼儿园操场，乡镇文体中心，城区公园和社区健身场地内的各类足球门。
二、排查重点
（一）移动式足球门是否加装配重或地锚；（二）门框、横梁焊点有无开裂锈蚀；（三）球网和网钩是否完好；（四）是否张贴安全警示标识。
三、时间安排
4月15日前各单位完成自查，4月30日前完成整改，5月6日前将整治情况汇总表报送县教育体育局体卫艺股。
四、联系方式
联系人：邓书勤，电话：0896-7716452，邮箱：ttjtwg@taitunjt.cn。
附件：1.足球门安全检查表
2.整治情况汇总表
泰屯县教育体育局
2025年4月9日
抄送：县人民政府办公室，县文化和旅游局，县市场监督管理局。
""",
    ),
    dict(
        slug="gov-changlong-announcement-passport-holders",
        site="昌陇县人民政府网 (invented, text view)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.changlong.gov.cn/xxgk/gsgg/202506/t20250603_91844.html",
        title="昌陇县公安局关于为首次申领普通护照群众免费发放护照夹的公告",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="record title as is and record date; the notice's own 咨询电话 beside the portal's service line; accessibility and print chrome",
        page="""
!m 昌陇县人民政府网　陇上昌盛 · 县域门户
!a 无障碍浏览　｜　关怀版　｜　登录
!m 首页 » 信息公开 » 公示公告
{T}
!m 信息来源：县公安局　发布：2025-06-03 10:25　点击：419
!a 【大字】【中字】【小字】　【打印】　【关闭】
{BODY}
!l 上一条：昌陇县公安局关于出入境证件办理“周末不打烊”的公告
!l 下一条：昌陇县2025年夏季道路交通安全提示
!m 昌陇县人民政府办公室主办　网站服务电话：0897-6203115
!m 陇ICP备10004471号　公安机关备案号 62072302000118
""",
        indent="\u3000\u3000",
        body="""
为提升出入境证件办理服务体验，方便群众妥善保管证件，自2025年6月10日起，县公安局出入境接待大厅为首次申领普通护照的本县户籍群众免费发放护照夹一个。现将有关事项公告如下：
一、发放对象。2025年6月10日以后在我县出入境接待大厅首次申领普通护照，并领取证件的群众。
二、发放方式。群众在领取护照时，由窗口工作人员当场发放，不需另行申请。邮寄送证的，护照夹随证件一并寄出。
三、有关提示。护照夹仅作收纳保护之用，不得在护照上粘贴、书写或夹带其他物品；护照如有损毁、遗失，应及时向出入境管理部门报告。
咨询电话：0897-6208110（工作日8:30—17:30）。
特此公告。
昌陇县公安局
2025年6月3日
""",
    ),
]
