"""holdout254, part A: 范文 sites, 文库 previews, writing apps, download stations and
document-sharing pages. Every case written by hand; all places, people, firms, sites,
URLs and numbers are invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-moqi-speech-pingpong-camp-gb2312",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqifw.cn/jianghua/tiyu/2025/0712/5583.html",
        title="在全县青少年乒乓球暑期训练营开营仪式上的讲话",
        record_title="【开营致辞·精编】在全县青少年乒乓球暑期训练营开营仪式上的讲话（改改就能念）_墨畦范文网",
        date="2025-07-10",
        date_also=["2025-07-12"],
        notes="old table layout with a marquee, a 字号 row, a floating ghost-writer QQ box, a hot list and a visitor "
        "counter; date under the speech title (the page's 发布时间 differs); speaker line neutral; a ghost-writer "
        "WeChat prompt glued after a sentence and a Word-download line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【开营致辞·精编】在全县青少年乒乓球暑期训练营开营仪式上的讲话（改改就能念）_墨畦范文网</title>
<meta name="keywords" content="开营仪式讲话,乒乓球训练营,体育讲话">
<link href="/css/yt_style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/yt_common.js"></script>
<script language="javascript">function ytFont(n){document.getElementById('wenzhang').style.fontSize=n+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="72"><img src="/images/yt_logo.gif" width="220" height="60"></td>
<td>⟦m 墨畦范文网·笔下自有良田⟧</td>
<td align="right">⟦a <a href="#">设墨畦为首页</a> | <a href="#">把墨畦加入收藏夹</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#8B0000"><tr><td class="nav">
⟦m <a href="/">首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/shuzhi/">述职报告</a> | <a href="/gongwen/">公文写作</a>⟧
</td></tr></table>
<table width="960" border="0" align="center"><tr><td>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨畦范文网每日上新三百篇，老用户请记住新域名 moqifw.cn⟧</marquee>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您的位置：<a href="/">墨畦范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 文体活动讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h1>⟦t 【开营致辞·精编】在全县青少年乒乓球暑期训练营开营仪式上的讲话（改改就能念）⟧</h1></td></tr>
<tr><td align="center">⟦m 发布时间：2025-07-12　整理：墨畦小编　人气：2216⟧</td></tr>
<tr><td align="center">⟦a 〖字号调节：放大 · 还原 · 缩小〗⟧</td></tr></table>
<div id="wenzhang">
<p align="center"><b>{T}</b></p>
<p align="center">（2025年7月10日）</p>
<p align="center">县教育体育局副局长　卢晓蔓</p>
{BODY}
</div>
<table width="100%"><tr><td>⟦l 上一篇：全县中小学生防溺水专题教育讲话⟧</td><td>⟦l 下一篇：县第九届全民健身运动会闭幕词⟧</td></tr></table>
</td>
<td width="250" valign="top">
<table width="100%" class="box"><tr><td class="boxtit">⟦l 本周热搜范文⟧</td></tr>
<tr><td>⟦l ·夏令营开营仪式领导致辞⟧</td></tr>
<tr><td>⟦l ·校园体育节开幕式讲话稿⟧</td></tr>
<tr><td>⟦l ·教练员代表发言稿（简短）⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:6px;top:220px;">⟦w 代笔热线QQ 2935561807，加急稿件两小时交付⟧</div>
<table width="960" border="0" align="center" class="foot"><tr><td align="center">
⟦d 墨畦所收范文多为网友投稿，引用前请自行核实，切勿原文照搬上交。⟧<br>
⟦m 墨畦范文网 版权所有　晋ICP备20013587号⟧<br>
⟦m 本站已接待访客 0038611 人次⟧
</td></tr></table>
<script language="javascript">var _ytc=document.createElement('img');_ytc.src='/count.asp?id=5583';</script>
</body></html>
""",
        body="""
同学们、教练员们，各位家长：
大家上午好！今天，全县青少年乒乓球暑期训练营正式开营了。首先，我代表县教育体育局，向参加训练营的一百二十名小队员表示热烈欢迎，向放弃休假前来执教的教练员表示衷心感谢！
乒乓球是我们的“国球”，一块小小的球拍，承载着几代人的拼搏记忆。这次训练营为期二十天，我们为每名队员配发了一支训练用球拍和一盒训练球。⟦w 讲话稿不会写？墨畦原创代笔，微信 mqfw_2088⟧希望同学们爱护器材，学会正确握拍，每天训练结束后把球拍收进拍套，不要随手丢在球台上。
⟦a 【本文可下载】点这里获取墨畦Word原稿⟧
借此机会，我提三点希望：一是刻苦训练，把基本功练扎实；二是注意安全，训练前认真热身；三是团结互助，大队员要带好小队员。
教练员们要因材施教，家长们要支持配合，让孩子们在训练营里练本领、强体魄、交朋友。
最后，预祝本期训练营圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="fanwen-jiaochuang-insight-papercut-knife-class",
        site="蕉窗范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jiaochuang365.com/xinde/wenhua/77310.html",
        title="参加剪纸技艺培训班心得体会",
        record_title="参加剪纸技艺培训班心得体会（精编三篇之一）- 蕉窗范文网",
        date=None,
        notes="decorated record title (a 'one of three' aside and - site); no date (an update stamp only); a related "
        "link glued after a sentence and a copy button glued before the first words of a paragraph; a member prompt "
        "between paragraphs",
        page="""
!m 蕉窗范文网 · 窗前听雨写文章
!m 首页 › 心得体会 › 文化艺术心得 › 正文
!t 参加剪纸技艺培训班心得体会（精编三篇之一）
!m 整理：蕉叶　更新于 3 天前　阅读 906 次
!a 一键复制 ｜ 存为Word ｜ 收进我的文件夹
{BODY}
!a 蕉窗会员专享：剩余两篇同题范文开通后即可阅读
!l 同题推荐
!l 暑期剪纸兴趣班学习体会
!l 非遗传承人进社区活动心得
!l 参加民间工艺培训的收获与感悟
!d 本页文字由蕉窗用户整理上传，仅供学习参考，转载请注明出处。
!m Copyright 2019-2025 蕉窗范文网 jiaochuang365.com　湘ICP备19088213号
""",
        indent="\u3000\u3000",
        body="""
七月中旬，我参加了县文化馆举办的为期五天的剪纸技艺培训班。授课的是省级非遗传承人柏秋禾老师，她从选纸、起稿讲到刻制、装裱，手把手带我们入门，让我对这门老手艺有了全新的认识。⟦l 相关阅读：剪纸兴趣课学员感言⟧
⟦a 复制本段⟧一是工具虽小，规矩不少。第一堂课，柏老师没有让我们动纸，而是先讲剪纸刀。她说，刀口要磨得利，刀柄要握得稳，下刀时手腕发力、刀尖垂直，换刀片必须用镊子夹取，用完一律插回刀座。这些规矩看似琐碎，却关系着作品的成败和每个人的安全。
⟦a 开通蕉窗会员，三篇范文一次看完⟧
二是慢工才能出细活。刻一幅“连年有余”，光是鱼鳞就有两百多刀，我一开始急于求成，结果把纸刻穿了三处。柏老师告诉我，刻纸要先内后外、先细后粗，心静了，刀才稳。
三是传承要靠每个人。培训班结束时，我们把作品送到了蝶口镇敬老院。今后，我准备在社区开一个小小的剪纸角，把学到的手艺教给更多孩子。
""",
    ),
    dict(
        slug="wenku-zhiyun-report-scoreboards-marker-paragraphs",
        site="知韵文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyunwenku.com/p-80391276.html",
        title="关于全县中小学体育场馆记分牌配备使用情况的调研报告",
        record_title="关于全县中小学体育场馆记分牌配备使用情况的调研报告.pdf",
        date="2025-04-18",
        notes="file-name record title; a 文库 reader with a viewer toolbar, marker paragraphs ⧦ n ⧦ cutting sentences, "
        "a coin paywall and an upload stamp (no date); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全县中小学体育场馆记分牌配备使用情况的调研报告.pdf - 知韵文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/static/reader.8c1f.css">
<script src="/static/reader.8c1f.js" defer></script>
</head><body>
<header class="zy-top">
<a class="logo" href="/">⟦m 知韵文库⟧</a>
<nav>⟦m <a>教育资料</a> <a>行业报告</a> <a>党政公文</a> <a>实用模板</a>⟧</nav>
<form class="search"><input type="text" placeholder="搜一搜"><button>⟦a 查文档⟧</button></form>
<a class="login" href="/passport">⟦a 登录 / 注册领书币⟧</a>
</header>
<div class="zy-crumb">⟦m 知韵文库 › 党政公文 › 调研报告⟧</div>
<main class="zy-reader">
<div class="doc-head"><h1>⟦t 关于全县中小学体育场馆记分牌配备使用情况的调研报告.pdf⟧</h1>
<p class="doc-meta">⟦m 上传者：铁塔下的猫　｜　上传时间：2 个月前　｜　共 4 页　｜　热度 1382⟧</p></div>
<div class="viewer-bar">⟦a 放大 缩小 全屏 下载（8书币）⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="pay-wall">⟦a 试看结束，剩余 2 页需书币解锁⟧<button>⟦a 8书币下载完整版⟧</button></div>
</main>
<aside class="zy-side"><h3>⟦l 看过此文档的人还看了⟧</h3><ul>
<li>⟦l 学校体育器材配备情况自查报告⟧</li>
<li>⟦l 关于农村学校体育场地建设的调研⟧</li>
<li>⟦l 体育场馆设施维护管理制度⟧</li></ul></aside>
<footer class="zy-foot"><p>⟦d 知韵文库文档均由用户上传，平台不对内容的准确性负责，如有侵权可提交申诉。⟧</p><p>⟦m 知韵文库 zhiyunwenku.com　粤ICP备21056120号-3⟧</p></footer>
<script>window.__ZY_DOC__={id:80391276,pages:4};</script>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⧦ {n} ⧦", every=150, start=2),
        body="""
为了解全县中小学体育场馆记分牌配备和使用情况，3月下旬至4月上旬，县教育体育局组成调研组，走访了18所中小学校和2处县级场馆，现将有关情况报告如下。
一、基本情况
全县中小学共配备各类记分牌214块，其中电子记分牌37块、翻页式记分牌177块。城区学校基本实现篮球、排球场地电子记分全覆盖，农村学校仍以手动翻页式为主。
二、存在问题
一是部分翻页式记分牌数字卡片缺损，比赛时只能用粉笔在黑板上记分；二是电子记分牌维护力量不足，损坏后平均停用时间超过一个月；三是裁判员和学生记分员培训不够，操作不规范。
三、意见建议
建议将记分牌纳入学校体育器材年度更新计划，按每校不少于两块的标准补齐缺口；由县体育中心牵头，每学期组织一次记分员培训。
翩岭县教育体育局调研组
2025年4月18日
""",
    ),
    dict(
        slug="wenku-juwen-plan-starting-pistol-wrapped-glued-markers",
        site="聚文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.juwen.cn/view/5a21c7e0b9d4.html",
        title="鲶湖镇中心学校2025年春季田径运动会发令枪安全管理方案",
        record_title="【校园安全文档】鲶湖镇中心学校2025年春季田径运动会发令枪安全管理方案（排版已调好）",
        date="2025-03-26",
        notes="hard-wrapped at 62 columns and cut by page markers ⌤n⌤ glued to the continuation line; decimal headings "
        "1.1–3.2; 成文日期 under the signature; a preview-end prompt and an upload stamp",
        page="""
!m 聚文库 — 海量文档在线读
!t 【校园安全文档】鲶湖镇中心学校2025年春季田径运动会发令枪安全管理方案（排版已调好）
!m 文档贡献者：石榴籽　　上传于 2025-04-02　　浏览 417　　页数 3
!a 本文档可在线预览 2 页，完整版需下载查看
{BODY}
!a ▼ 预览已到末尾，点击继续阅读剩余1页
!a 下载此文档（需1下载券）　　收藏　　举报
!l 相关文档
!l 运动会安全应急预案（小学）
!l 体育器材室管理制度汇编
!d 本文档由网友上传，聚文库不拥有其著作权，如需删除请联系客服。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⌤{n}⌤", every=120, start=2, glue=True),
        body="""
为确保春季田径运动会发令工作安全有序，防止发令枪使用不当造成人身伤害，结合我校实际，制定本方案。
1.组织分工
1.1 成立运动会器材安全小组，由分管副校长任组长，体育组长任副组长，发令员、器材管理员为成员。
1.2 发令枪、发令弹由器材管理员专人保管，实行双人双锁，领用和归还都要当面清点。
2.使用要求
2.1 发令员须经县体育中心培训合格，赛前检查枪机、击锤是否灵活。
2.2 发令时枪口朝上，手臂伸直高举，严禁对准人员。
2.3 每组发令结束后及时退弹，出现哑火时枪口朝上静候十秒再处理。
3.回收登记
3.1 每日比赛结束，发令员当场清点剩余发令弹，填写使用登记表后交回器材室。
3.2 运动会结束后三日内，器材安全小组对发令枪进行检查保养，形成书面记录存档。
鲶湖镇中心学校
2025年3月26日
""",
    ),
    dict(
        slug="fanwenapp-wenquxing-report-venue-chief-h5",
        site="文曲星写作App (invented, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.wenquxing.app/share/doc?id=33b71f09&from=wx",
        title="2024年度县体育中心场馆管理科科长述职报告",
        record_title="【述职冲刺】2024年度县体育中心场馆管理科科长述职报告 - 文曲星写作App",
        date="2025-01-06",
        notes="an H5 share page with an open-app mask, a fold ('展开剩余') line between paragraphs and an AI-rewrite "
        "button glued after a sentence; 成文日期 under the signature; share stamp no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>【述职冲刺】2024年度县体育中心场馆管理科科长述职报告 - 文曲星写作App</title>
<link rel="stylesheet" href="https://cdn.wenquxing.app/h5/share.css">
<script>var WQX_SHARE={docId:"33b71f09",channel:"wx"};</script>
</head><body>
<div class="wqx-mask">⟦a 打开文曲星App，免费生成同款述职⟧<a class="btn">⟦a 立即打开⟧</a></div>
<header class="wqx-bar"><span class="app">⟦m 文曲星写作 · 写材料不熬夜⟧</span></header>
<article class="wqx-doc">
<h1>⟦t 【述职冲刺】2024年度县体育中心场馆管理科科长述职报告⟧</h1>
<div class="wqx-meta">⟦m 来自文曲星用户“秋分”的分享 · 昨天⟧</div>
<section class="wqx-body">
<h2>{T}</h2>
{BODY}
</section>
</article>
<div class="wqx-tools">⟦a AI续写　换个风格　一键生成PPT⟧</div>
<div class="wqx-more"><h3>⟦l 同类范文⟧</h3><ul><li>⟦l 体育中心主任年度述职⟧</li><li>⟦l 场馆运营主管个人工作报告⟧</li></ul></div>
<footer>⟦d 范文由用户创作或AI辅助生成，请结合实际修改后使用。⟧</footer>
<script src="https://cdn.wenquxing.app/h5/share.js"></script>
</body></html>
""",
        body="""
一年来，我在中心党组的领导下，负责全县三处公共体育场馆的运行管理和器材维护工作，现将履职情况报告如下。
一是抓设施改造。完成县体育馆电子记分牌更换，新屏可同时显示比分、犯规次数和计时，配套安装了备用电源；为全民健身中心12张乒乓球台配齐翻页记分牌。⟦a ✦AI润色这一段⟧
⟦a 展开剩余72%⟧
二是抓安全运行。建立场馆设施每周巡查制度，全年巡查156次，整改隐患23处，承办赛事活动41场，未发生安全事故。
三是抓队伍建设。组织记分员、计时员培训4期，培训赛事志愿者160人次。
不足之处是场馆预约系统还不够便捷，群众意见较多。新的一年，我将推动线上预约和设施报修“一码办理”，让群众健身更方便。
述职人：郑鹤岚
2025年1月6日
""",
    ),
    dict(
        slug="fanwenapp-xiegaobao-host-script-awards-oneline",
        site="写稿宝 (invented writing app, text export)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.xiegaobao.cn/s/9Qe2Lx",
        title="熹川县第五届“和美杯”职工乒乓球比赛颁奖仪式主持词",
        record_title="熹川县第五届“和美杯”职工乒乓球比赛颁奖仪式主持词（颁奖环节串词）丨写稿宝",
        date=None,
        notes="the whole body on one line (paragraphs apart only by their indent); an app banner, a member prompt and "
        "a share stamp; no date",
        page="""
!m 写稿宝 | 会写的人都在用
!t 熹川县第五届“和美杯”职工乒乓球比赛颁奖仪式主持词（颁奖环节串词）
!m 分享者：小满　　分享于 5 天前　　字数 382
{BODY}
!a 已显示全部内容　|　写稿宝会员可改写为开幕式版
!l #主持词# #乒乓球比赛# #颁奖典礼#
!a 下载写稿宝App，一分钟生成主持串词
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
尊敬的各位领导、各位来宾，亲爱的运动员们：
大家下午好！经过两天的激烈角逐，熹川县第五届“和美杯”职工乒乓球比赛全部赛程圆满结束。下面，颁奖仪式正式开始。
首先，请允许我介绍出席今天颁奖仪式的领导和嘉宾，他们是县总工会副主席朱晴川同志、县体育中心主任龚砺同志。
下面进行第一项，宣读比赛成绩。有请大赛裁判长宣读团体和单项比赛成绩。
进行第二项，颁发单项奖。请获得男子单打、女子单打前三名的运动员上台领奖，有请县总工会领导为他们颁发奖牌和纪念球拍。
进行第三项，颁发团体奖和体育道德风尚奖。
一块球拍，一张球台，打出的是技术，赛出的是友谊。让我们再次用热烈的掌声祝贺所有获奖的单位和个人！颁奖仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="download-xiazaiba-rules-pistol-filetable-gb2312",
        site="乐下资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lexiazl.com/soft/jxzl/21847.html",
        title="学校发令枪及发令弹保管使用规程",
        record_title="学校发令枪及发令弹保管使用规程（doc可改）免费下载 - 乐下资料站",
        date=None,
        notes="old table layout with a file-info table, three mirror links, an unzip password and a dead-link report; "
        "第N条 articles, one speaking of 下载打印 as content; an update stamp (no date); rules with only an "
        "effective clause",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>学校发令枪及发令弹保管使用规程（doc可改）免费下载 - 乐下资料站</title>
<script type="text/javascript" src="/inc/lx_ad.js"></script>
</head>
<body>
<table width="980" align="center" border="0"><tr><td><img src="/img/lx_logo.gif"></td><td>⟦m 乐下资料站　教学资料 · 办公文档 · 常用表格⟧</td></tr></table>
<table width="980" align="center" class="menu"><tr><td>⟦m 首页　教学资料　安全制度　体育教案　办公表格　排行榜⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：乐下资料站 → 教学资料 → 安全制度⟧</td></tr></table>
<table width="980" align="center"><tr><td width="690" valign="top">
<table width="100%" border="1" cellspacing="0" class="info">
<tr><td colspan="2"><h1>⟦t 学校发令枪及发令弹保管使用规程（doc可改）⟧</h1></td></tr>
<tr><td>⟦m 资料大小：26 KB⟧</td><td>⟦m 资料格式：doc⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 更新日期：上周三⟧</td></tr>
<tr><td>⟦m 下载次数：本月 73 次⟧</td><td>⟦m 运行环境：WPS / Office⟧</td></tr>
</table>
<div class="jianjie"><b>⟦m 资料简介：⟧</b></div>
<div class="neirong">
{BODY}
</div>
<table width="100%" class="down"><tr><td>⟦a 电信高速下载⟧</td><td>⟦a 联通高速下载⟧</td><td>⟦a 本站备用下载⟧</td></tr></table>
<p>⟦a 解压密码：www.lexiazl.com⟧</p>
<p><a href="/report.asp">⟦a 链接打不开？点此报告给站长⟧</a></p>
</td><td width="280" valign="top">
<table width="100%" class="phb"><tr><td>⟦l 安全制度下载排行⟧</td></tr>
<tr><td>⟦l 1. 体育器材室管理制度⟧</td></tr><tr><td>⟦l 2. 学校运动会安全预案⟧</td></tr><tr><td>⟦l 3. 危险化学品保管规定⟧</td></tr></table>
</td></tr></table>
<table width="980" align="center" class="bottom"><tr><td align="center">⟦d 本站资料均收集自网络，仅供学习研究，下载后请于24小时内删除。⟧<br>⟦m 乐下资料站 闽ICP备13022794号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条 为加强学校发令枪及发令弹管理，保障体育教学和运动会安全，制定本规程。
第二条 发令枪、发令弹由体育组指定专人保管，存放于器材室专用铁皮柜，实行双人双锁管理。
第三条 发令弹应与发令枪分柜存放，远离火源和热源，库存量不得超过一学期用量。
第四条 领用发令枪须填写《发令器材领用登记表》，登记表可在学校办公平台下载打印，经体育组长签字后领取。
第五条 发令员应经过培训，熟悉发令枪构造和操作方法，未经培训的学生不得触碰发令枪。
第六条 发令时枪口一律朝上，严禁对人、对物射击，严禁在室内试枪。
第七条 发生哑火、卡弹时，应保持枪口朝上，等待十秒后由发令员退弹检查。
第八条 本规程自印发之日起施行。
""",
    ),
    dict(
        slug="download-wendoudou-plan-papercut-wps-oneline",
        site="文豆豆资料下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wendoudou.net/down/fangan/40217.html",
        title="蜓湾小学剪纸进课堂活动实施方案",
        record_title="蜓湾小学剪纸进课堂活动实施方案.wps",
        date="2025-02-27",
        notes="file-name record title (.wps); the whole body on one line; a file-info block, a points prompt and a "
        "mirror list; 成文日期 under the signature",
        page="""
!m 文豆豆资料下载 www.wendoudou.net
!m 资料分类：学校方案 > 课后服务
!t 蜓湾小学剪纸进课堂活动实施方案.wps
!m 文件大小：18.6K　授权方式：免费共享　更新：前天　下载量：57
!a 普通下载（扣2豆）　　高速下载（会员免扣）
{BODY}
!a 以上为文件预览，排版以下载后的原文件为准
!l 同分类下载：课后服务社团活动方案　｜　非遗进校园实施方案
!d 资料来源于网友分享，仅作交流，如有侵权请邮件联系站长删除。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
为传承民间剪纸艺术，丰富学生课后服务内容，学校决定在本学期开展剪纸进课堂活动，特制定本方案。
一、活动时间：2025年3月至6月，每周四下午课后服务时段。
二、参加对象：三至六年级学生，每班推荐十名。
三、活动内容：邀请蝶口镇剪纸艺人每月到校授课一次，学习对折剪、团花剪和刻纸三种技法，期末举办作品展。
四、安全要求：低年级学生只用圆头剪刀，不使用剪纸刀；高年级学生使用剪纸刀须在教师指导下进行，刀片由教师统一发放、统一回收，课后清点入盒。
五、经费保障：所需红纸、刻板、剪纸刀等材料从学校公用经费中列支。
蜓湾小学
2025年2月27日
""",
    ),
    dict(
        slug="docshare-xiangyue-contract-bats-template",
        site="享阅文档 (invented sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.xiangyuedoc.com/d/3308817.html",
        title="乒乓球拍采购合同（范本）",
        record_title="乒乓球拍采购合同（范本）【可填写版】_享阅文档",
        date=None,
        notes="a sharing page with an upload notice, a points lock and a service WeChat; a contract template with ×× "
        "placeholders, ＿＿ blanks, 第N条 articles and ＿＿年＿＿月＿＿日; no date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>乒乓球拍采购合同（范本）【可填写版】_享阅文档</title>
<script async src="https://tj.xiangyuedoc.com/t.js"></script>
</head><body>
<div class="xy-head"><a class="logo">⟦m 享阅文档⟧</a><span>⟦m 好文档，享着读⟧</span><a>⟦a 上传赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="xy-nav">⟦m 合同协议 › 买卖合同 › 体育器材⟧</div>
<div class="xy-main">
<h1>⟦t 乒乓球拍采购合同（范本）【可填写版】⟧</h1>
<div class="xy-meta">⟦m 分享人：竹节虫　上传：三个月前　格式：DOCX　评分 4.6（38人评价）⟧</div>
<div class="xy-notice">⟦d 本文档由享阅用户自行上传，享阅仅提供信息存储空间，内容版权归上传者所有。⟧</div>
<div class="xy-doc">
{BODY}
</div>
<div class="xy-lock">⟦a 积分不足？完成每日签到可领5积分⟧</div>
<div class="xy-btns"><a>⟦a 下载本合同（3积分）⟧</a> <a>⟦a 加入书架⟧</a> <a>⟦a 纠错⟧</a></div>
<div class="xy-kf">⟦w 找不到合适范本？享阅客服微信 xydoc_kf66 帮你找⟧</div>
</div>
<div class="xy-side"><h4>⟦l 同类合同⟧</h4><ul><li>⟦l 体育器材采购合同（通用）⟧</li><li>⟦l 学校运动服装订购协议⟧</li><li>⟦l 球类器材买卖合同模板⟧</li></ul></div>
<div class="xy-foot">⟦m © 享阅文档 xiangyuedoc.com　浙ICP备22013407号-1⟧</div>
</body></html>
""",
        body="""
甲方（采购人）：××××学校
乙方（供货人）：××××体育用品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，签订本合同。
第一条 乙方向甲方提供横拍成品乒乓球拍＿＿副、直拍成品乒乓球拍＿＿副，单价＿＿元，合同总价＿＿元（大写：＿＿＿＿）。
第二条 球拍底板须为五层纯木，两面胶皮须有比赛用标识，每副配拍套一个。
第三条 乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运输费用由乙方承担。
第四条 甲方收货后十日内组织验收，验收合格后十五日内付清货款。
第五条 质保期为一年，质保期内胶皮起泡、底板开裂的，乙方免费更换。
第六条 本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-doubo-request-electronic-starter-doc-markers",
        site="豆包文档网 (invented sharing site)",
        style="文档分享",
        genre="请示",
        kind="report",
        form="text",
        source="https://www.doubowendang.com/p/6620914.html",
        title="关于购置田径比赛电子发令系统的请示",
        record_title="关于购置田径比赛电子发令系统的请示.doc",
        date="2025-05-09",
        notes="file-name record title (.doc); page markers ⬪ 第n页 ⬪ on lines of their own cutting sentences; the "
        "request's own 联系人/电话 beside the site's service line; 成文日期 under the signature",
        page="""
!m 豆包文档网 · 文档分享交流平台
!t 关于购置田径比赛电子发令系统的请示.doc
!m 贡献者：晴川阁　上传时间：2025-05-21　共2页　大小 31KB
!d 该文档由网友上传分享，内容仅代表上传者观点，豆包文档网不对其真实性负责。
{BODY}
!a —— 免费预览已结束，完整文档请下载后查看 ——
!a 立即下载　|　加入收藏　|　分享给好友
!m 豆包文档客服热线：400-806-3177（工作日 9:00-18:00）
!l 相关文档：关于购置体育器材的请示 | 关于申请运动会经费的请示
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⬪ 第{n}页 ⬪", every=90, start=2),
        body="""
县财政局：
我局承办的全县第十六届中学生田径运动会将于今年9月举行。目前县体育场使用的两支发令枪已服役十二年，击锤磨损严重，去年比赛中多次出现哑火，影响了比赛计时的准确性。同时，传统发令枪须使用发令弹，存放和运输都有一定安全风险。
为此，我局拟购置电子发令系统一套，包括电子发令枪两支、扬声器八台、与终点计时相连的信号设备一套，预算约4.6万元。电子发令枪无需火药，声音通过扬声器同时传到各道次，可以减少外道运动员的起跑误差。
妥否，请批示。
联系人：韩若汀　电话：0597-6258130
熹川县教育体育局
2025年5月9日
""",
    ),
]
