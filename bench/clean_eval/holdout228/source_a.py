"""holdout228, part A: 范文 sites, 文库 previews, government portals, news portals, forums, a blog.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-mohen-speech-renqing-hongbao-gb2312",
        site="墨痕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mohenfw.com/jianghua/fengsu/2025/0226/71804.html",
        title="在全县移风易俗暨人情红包减负推进会上的讲话",
        record_title="【移风易俗讲话】在全县移风易俗暨人情红包减负推进会上的讲话（精校可改）_墨痕范文网",
        date="2025-02-18",
        date_also=["2025-02-26"],
        notes="old gb2312 table page: marquee, font-size/background row, hot list, floating writer box, visitor counter; "
        "date under the speech title, the site's 发布时间 also accepted; speaker line neutral; a ghost-writer QQ glued after a 。",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【移风易俗讲话】在全县移风易俗暨人情红包减负推进会上的讲话（精校可改）_墨痕范文网</title>
<meta name="keywords" content="移风易俗,人情红包,讲话稿">
<script language="javascript" src="/js/count.js"></script>
<style>td{font-size:12px}</style>
</head><body topmargin="0">
<table width="960" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/logo.gif"> ⟦m 墨痕范文网 · 一字一句皆可用⟧</td><td align="right">⟦a <a href="#">设为首页</a> | <a href="#">收藏本站</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 墨痕范文网每日上新讲话稿、总结、心得，材料不愁找墨痕⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">工作总结</a> | <a href="/xinde/">心得体会</a> | <a href="/fangan/">计划方案</a>⟧</td></tr>
</table>
<table width="960" align="center" border="0"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：<a href="/">墨痕范文网</a> &gt;&gt; <a href="/jianghua/">讲话发言</a> &gt;&gt; 风俗民情类讲话 &gt;&gt; 正文⟧</div>
<h2 align="center">{T}</h2>
<p align="center">⟦m 发布时间：2025-02-26　来源：会员投稿　阅读次数：<span id="hits">1873</span>⟧</p>
<p align="center">⟦a 〖字号：特大 大 中 小〗〖底色：护眼绿 羊皮纸 原色〗⟧</p>
<p align="center">县委副书记　鲍振声</p>
<p align="center">（2025年2月18日）</p>
{BODY}
<p>⟦a 〔本篇Word原稿：点此下载，会员免费〕⟧</p>
<p>⟦l 上一篇：全镇红白理事会工作座谈会主持词⟧<br>⟦l 下一篇：村级移风易俗工作总结（范文三则）⟧</p>
</td>
<td width="250" valign="top">
<table border="1" bordercolor="#cccccc" width="100%"><tr><td bgcolor="#eeeeee">⟦l ■ 本类热读排行⟧</td></tr>
<tr><td>⟦l ·红白理事会章程（修订稿）⟧</td></tr>
<tr><td>⟦l ·婚事新办倡议书（村级通用）⟧</td></tr>
<tr><td>⟦l ·文明乡风建设推进会表态发言⟧</td></tr></table>
<div id="floatqq" style="position:absolute;right:5px;top:260px">⟦w 墨痕写作顾问在线 · 讲话稿三小时交稿⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">
⟦d 本站范文均为会员交流之用，转载须注明出处，引用造成的后果由使用者自负。⟧<br>
⟦m 墨痕范文网 版权所有 2009-2025　湘ICP备09118436号⟧<br>
⟦m 您是本站第 0516208 位来访者⟧
</td></tr></table>
<script>var floatTimer=setInterval("moveQQ()",30);</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全县移风易俗暨人情红包减负推进会，主要是通报前一阶段工作情况，部署下一步任务。刚才，鹣塘镇和城关镇作了交流发言，讲得很实在。⟦w 急用讲话稿找墨痕，加QQ 2851440937 专人代笔⟧下面，我讲三点意见。
一、正视“红包负担”。近年来，一些村组婚丧喜庆随礼标准越抬越高，满月、升学、乔迁都要送红包，一户农民一年人情支出动辄上万元，群众苦不堪言。
二、抓住关键环节。各村要把红包礼金标准写进村规民约，红白理事会要全程把关，党员干部要带头不办、不收、不送人情红包。
三、注重长效推进。县文明办要会同民政部门每季度开展一次督导，对典型做法及时总结推广，对顶风大操大办的要严肃批评教育。
同志们，移风易俗贵在坚持。希望大家真抓实干，让群众早日从“红包负担”中解脱出来。
""",
    ),
    dict(
        slug="fanwen-sujian-insight-yuebinghe-volunteer",
        site="素笺范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.sujianfw.net/xinde/zhiyuan/33071.html",
        title="参加社区月饼盒回收再利用志愿服务的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line carries a 「精编」 tag; an update stamp (3 天前) is no date; a copy-lock line "
        "between paragraphs, a read-aloud button glued before a paragraph's first words",
        page="""
!m 素笺范文网
!m 写材料，先翻素笺
!m 当前位置：首页 / 心得体会 / 志愿服务心得
!t 「精编」参加社区月饼盒回收再利用志愿服务的心得体会
!m 更新于 3 天前　·　浏览 962　·　字数约 430
!a 〔全文朗读〕〔加入我的素笺本〕〔纠错〕
{BODY}
!a 登录素笺，本篇心得可一键导出为 Word
!l 上一篇：社区垃圾分类志愿者心得体会（两篇）
!l 下一篇：参加“光盘行动”宣传活动有感
!l 同栏目推荐：中秋节主题活动总结 ｜ 志愿服务月工作小结 ｜ 社区环保宣传心得
!d 素笺范文网所收文章仅供写作参考，请勿原文照搬用于正式场合。
!m 素笺范文网 sujianfw.net　客服邮箱 kefu@sujianfw.net
""",
        indent="\u3000\u3000",
        body="""
中秋节过后，我报名参加了皓月里社区组织的月饼盒回收再利用志愿服务，在回收点值守了三个周末，收获很多。
一是看到了浪费的分量。三天里，居民送来的月饼盒有四百多个，铁盒、木盒、纸盒堆满了半间活动室，不少盒子只用了一次，里面的内衬还崭新。
⟦a 【复制受限】本段需登录后方可选中复制⟧
⟦a 〔朗读本段〕⟧二是学到了分类的门道。铁盒交给废品站回炉，木盒送到幼儿园做手工材料，完好的纸盒留给社区超市装散货。社工告诉我们，分得越细，再利用的价值就越高。
三是懂得了宣传的重要。有的老人起初不愿意交，说盒子留着能装针线，我们就把改造好的收纳盒摆出来给大家看，他们反倒主动帮着动员邻居。
这次志愿服务让我明白，节约不是一句口号，而是从一个月饼盒做起的实事。
""",
    ),
    dict(
        slug="wenku-juance-survey-sanjiaochi-marker-paragraphs",
        site="卷册文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.juancewk.com/view/6b20e417ac93.html",
        title="关于中小学生三角尺质量状况的调研报告",
        record_title="关于中小学生三角尺质量状况的调研报告【共7页】 ‖ 卷册文库",
        date="2024-09-20",
        notes="文库 reader: viewer toolbar, monthly-card lock, page-marker paragraphs (⯌ n ⯍) cutting sentences; a data table "
        "one row a paragraph; 成文日期 under the signature; an upload stamp (3 个月前) is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于中小学生三角尺质量状况的调研报告【共7页】 ‖ 卷册文库</title>
<meta name="description" content="卷册文库提供关于中小学生三角尺质量状况的调研报告在线阅读">
<script src="https://static.juancewk.com/reader/v3/viewer.min.js"></script>
</head><body class="reader">
<header class="jc-top"><a class="logo" href="/">⟦m 卷册文库⟧</a> <span class="slogan">⟦m 一卷在手 资料无忧⟧</span>
<form class="search"><input placeholder="搜文档、搜范文"><button>⟦a 搜一下⟧</button></form>
<a href="/card">⟦a 开月卡 畅读全站⟧</a> <a href="/login">⟦a 登录卷册⟧</a></header>
<nav class="jc-cat">⟦m 文库首页 › 行业资料 › 质量检测 › 调研报告⟧</nav>
<div class="jc-wrap"><main class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：阅川小编　上传于 3 个月前　格式：DOCX　7 页　阅读 2411⟧</div>
<div class="viewer-bar">⟦a 放大　缩小　适应宽度　全屏阅读⟧</div>
<div class="doc-pages">
{BODY}
</div>
<div class="lock">⟦a 剩余 4 页受月卡保护，开通后继续阅读⟧ <button>⟦a 5元开通月卡⟧</button></div>
</main>
<aside class="jc-side"><h4>⟦l 读过这篇的人也在读⟧</h4><ul>
<li>⟦l 学生文具质量抽查情况通报（县级）⟧</li>
<li>⟦l 开学季文具安全消费提示⟧</li>
<li>⟦l 中小学教具配备标准解读⟧</li></ul>
<div class="ad">⟦a 上传原创文档，每篇最高得 30 元⟧</div></aside></div>
<footer>⟦d 卷册文库所有文档由用户上传，本站仅提供存储空间，如有侵权请联系下架。⟧ ⟦m 卷册文库 juancewk.com 浙ICP备21045533号⟧</footer>
<script>JCReader.init({pages:7,free:3});</script>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⯌ {n} ⯍", every=130, start=2),
        body="""
为了解在校学生使用的三角尺质量状况，县消保委于2024年8月在全县12所中小学周边文具店购买三角尺样品40批次，委托检测机构进行比对试验，现将结果报告如下。
一、总体情况
40批次样品中，刻度误差超标的11批次，边缘毛刺明显的6批次，标识不全的9批次，综合合格率为62.5%。
二、主要问题
项目　不合格批次　占比
刻度误差　11　27.5%
边缘毛刺　6　15.0%
标识缺失　9　22.5%
部分低价三角尺用回收料注塑，放置一段时间后就会翘曲，30°角实测偏差超过1度，学生作图时很难察觉。
三、几点建议
一是建议市场监管部门把学生文具纳入秋季抽检重点；二是建议学校提醒家长选购标有厂名、厂址和执行标准的三角尺；三是建议生产企业改进模具，去除尖角毛刺。
筘溪县消费者权益保护委员会
2024年9月20日
""",
    ),
    dict(
        slug="wenku-shiye-plan-wulong-wrapped-star-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shiyewk.cn/p-88413025.html",
        title="畎阳县2025年元宵节舞龙巡游活动实施方案",
        record_title="畎阳县2025年元宵节舞龙巡游活动实施方案.docx",
        date="2025-01-20",
        notes="file-name record title; text hard-wrapped at 56 columns and cut by page markers ⭒n⭒ glued to the continuation line; "
        "成文日期 under the signature",
        page="""
!t 畎阳县2025年元宵节舞龙巡游活动实施方案.docx
!m 拾页文库　｜　页数：5　｜　大小：41.2KB　｜　贡献者：灯下书生
!a 下载本文（4.8元）　收进书架　分享给好友
{T}
{BODY}
!a 试读页已翻完，剩下的 3 页请付费后阅读
!a 单篇购买　　开通拾页会员
!d 拾页文库仅提供文档存储与展示，文档版权归上传者所有，如有异议请发邮件至 jubao@shiyewk.cn。
!l 同类文档：元宵灯会安全保障方案.docx ｜ 春节民俗文化活动总结.doc ｜ 舞龙舞狮比赛规则.pdf
""",
        wrap=56,
        indent="\u3000\u3000",
        pages=dict(fmt="⭒{n}⭒", every=100, start=2, glue=True),
        body="""
为丰富群众节日文化生活，传承舞龙民俗，县文化和旅游局定于2025年2月12日（正月十五）晚举办元宵节舞龙巡游活动，特制定本方案。
一、巡游路线
队伍从县文化广场出发，经鼓楼街、新华路、瀹溪桥，至滨河公园收龙，全程约3.2公里。
二、参演队伍
全县各镇选派舞龙队9支，每支队伍龙身不少于9节，舞龙人员统一着装，龙头、龙珠、锣鼓等道具由各镇自备。
三、道具检查
2月10日前，县文化馆组织对各队舞龙道具进行检查，重点查看龙骨竹篾是否断裂、龙把是否牢固、龙身布料是否阻燃，不合格的限期更换。
四、安全保障
公安、交警部门负责沿线交通管制和秩序维护，卫健部门在起点和终点各设医疗点一个。
畎阳县文化和旅游局
2025年1月20日
""",
    ),
    dict(
        slug="gov-xunhu-notice-yuebinghe-packaging-index-table",
        site="栊城市曛湖区人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xunhuqu.example.gov.cn/zwgk/tzgg/202408/t20240815_418820.html",
        title="关于开展月饼及月饼盒过度包装专项检查的通知",
        record_title="关于开展月饼及月饼盒过度包装专项检查的通知 ▏曛湖区市场监督管理局 ▏栊城市曛湖区人民政府",
        record_date="2024-08-15",
        date="2024-08-15",
        notes="county portal: 长者模式/读屏 links, 索引号 table (文号 cell unmarked), 纠错 and 12345 lines beside the notice's own "
        "联系人/电话; 附件 list; '请各单位下载附件' is content; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展月饼及月饼盒过度包装专项检查的通知 ▏曛湖区市场监督管理局 ▏栊城市曛湖区人民政府</title>
<meta name="ArticleTitle" content="关于开展月饼及月饼盒过度包装专项检查的通知">
<meta name="PubDate" content="2024-08-15 16:40">
<script src="/static/js/jquery.min.js"></script>
</head><body>
<div class="topbar">⟦m 栊城市曛湖区人民政府⟧ <a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 读屏专用⟧</a> <a href="#">⟦a 手机版⟧</a></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进曛湖⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="path">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 通知公告 ＞ 部门通知⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11350103MB0X5720Q/2024-03317⟧</td><td>⟦m 发布机构：曛湖区市场监督管理局⟧</td></tr>
<tr><td>曛市监〔2024〕42号</td><td>⟦m 发布日期：2024-08-15⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="art-tools">⟦a 【字号：大 中 小】【打印正文】【关闭本页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="attach">⟦a 附件下载：月饼盒包装检查记录表.xls　专项检查情况汇总表.xls⟧</div>
</div>
<div class="related"><h3>⟦l 相关公开信息⟧</h3><ul><li>⟦l 曛湖区2023年中秋国庆市场秩序保障情况⟧</li><li>⟦l 区市场监管局开展节前食品安全检查⟧</li></ul></div>
<div class="footer">⟦m 主办：栊城市曛湖区人民政府办公室　网站标识码：3501030019⟧<br>
⟦m 网站纠错：0591-62830000　政务服务便民热线：12345⟧<br>
⟦m 闽公网安备 35010302000417号⟧</div>
<script>var _trsCount="418820";</script>
</body></html>
""",
        body="""
各街道市场监管所，区直有关单位：
为落实限制商品过度包装要求，遏制月饼盒“奢华风”，区市场监管局决定于2024年8月20日至9月17日开展月饼及月饼盒过度包装专项检查。现将有关事项通知如下。
一、检查对象。辖区月饼生产企业、商场超市、糕点门店和电商直播间。
二、检查内容。重点核查月饼盒包装层数是否超过三层、包装空隙率和包装成本是否超标，以及是否使用贵金属、红木等贵重材料制作月饼盒。
三、工作要求。各所要建立检查台账，请各单位下载附件填报，于9月20日前报送区局。
联系人：蔡晓林，电话：0591-62834107。
附件：1.月饼盒包装检查记录表
2.专项检查情况汇总表
曛湖区市场监督管理局
2024年8月15日
""",
    ),
    dict(
        slug="gov-kouxi-bulletin-ditu-ce-chaosong",
        site="筘溪县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.kouxi.example.gov.cn/xxgk/zrzy/202411/t20241108_77015.html",
        title="关于部分书店销售问题地图册情况的通报",
        record_title="【规划·测绘】关于部分书店销售问题地图册情况的通报 ⁄ 筘溪县人民政府",
        date="2024-11-05",
        date_also=["2024-11-08"],
        notes="portal text: document number line neutral; 成文日期 in Chinese numerals, the site's 发布日期 also accepted; 抄送 and "
        "印发 lines kept; a print/close row and a 纠错 line",
        page="""
!m 筘溪县人民政府　www.kouxi.example.gov.cn
!m 首页 ＞ 信息公开 ＞ 部门信息 ＞ 县自然资源局
{T}
!m 发布日期：2024-11-08 10:15　　信息来源：县自然资源局　　浏览：　次
!a 【放大字体】【还原】【打印此页】
筘自然资通〔2024〕31号
{BODY}
!a 【返回列表】　【关闭窗口】
!l 上一条：县自然资源局开展“世界地球日”宣传活动
!l 下一条：关于公布2024年度地质灾害隐患点的公告
!m 纠错电话：0735-4400121　政务邮箱 kxzf@kouxi.example.gov.cn
!m 筘溪县人民政府办公室主办　县政务数据服务中心承办
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
2024年10月，县自然资源局联合县文化市场综合执法大队，对城区及各乡镇14家书店、文具店销售的地图册开展了专项检查。现将有关情况通报如下。
一、基本情况。共抽查地图册63种，发现问题地图册4种，主要是漏绘重要岛屿、国界线画法错误和未标注审图号。
二、处理情况。对涉及问题地图册的3家书店下达责令整改通知书，问题地图册共187册已全部下架封存。
三、下一步要求。各书店购进地图册时要查验审图号，学校统一征订地图册须从正规渠道采购。
筘溪县自然资源局
二〇二四年十一月五日
抄送：县委宣传部，县教育局。
筘溪县自然资源局办公室　　2024年11月5日印发
""",
    ),
    dict(
        slug="news-hushui-wulong-contest-photo-captions",
        site="縠水新闻网 (invented, county 融媒体 portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hushuinews.example.cn/wt/2025-02/09/content_60217.html",
        title="縠水县首届舞龙邀请赛在鹧坪镇开赛",
        record_title="縠水县首届舞龙邀请赛在鹧坪镇开赛丨縠水融媒·文体频道",
        date="2025-02-09",
        notes="news portal: app prompt, listen button, 24-hour list; photo captions between paragraphs; an editor/reviewer line "
        "glued after the last sentence; byline 发布时间 the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>縠水县首届舞龙邀请赛在鹧坪镇开赛丨縠水融媒·文体频道</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script async src="https://tj.hushuinews.example.cn/t.js"></script>
</head><body>
<div class="header"><a href="/">⟦m 縠水新闻网⟧</a> <span>⟦m 縠水县融媒体中心主办⟧</span>
<a class="app" href="/app">⟦a 下载“爱縠水”客户端 看直播领福利⟧</a></div>
<div class="channel">⟦m 首页　时政　乡镇　文体　民生　视频⟧</div>
<div class="content-wrap"><div class="left">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-02-09 18:32　来源：縠水县融媒体中心　记者：温朝阳⟧</div>
<div class="listen">⟦a ▶ 点击收听本文（AI播报 2分41秒）⟧</div>
<div class="article-body">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 朋友圈 QQ空间 微博⟧</div>
<div class="prev-next">⟦l 上一篇：鹧坪镇元宵灯会筹备工作全面启动⟧　⟦l 下一篇：县全民健身中心春节期间免费开放⟧</div>
</div>
<div class="right"><h3>⟦l 24小时热文⟧</h3><ol>
<li>⟦l 瀹溪滨河公园元宵灯组开始布展⟧</li>
<li>⟦l 縠水今年计划新改建农村公路86公里⟧</li>
<li>⟦l 春运返程高峰 县汽车站加开夜班⟧</li></ol></div></div>
<div class="footer">⟦d 本网原创稿件未经授权不得转载，违者必究。⟧<br>⟦m 縠水新闻网　新闻热线：0738-6600117　湘ICP备19033062号-1⟧</div>
</body></html>
""",
        body="""
本网讯　2月9日上午，縠水县首届舞龙邀请赛在鹧坪镇文化广场开赛，来自本县和周边县市的12支舞龙队同场竞技。
⟦m ▲鹧坪镇青年舞龙队在比赛中表演“龙穿花”。（融媒记者　黎舟　摄）⟧
比赛设传统龙和竞技龙两个组别，评委从套路编排、动作难度、道具制作等方面综合打分。鹧坪镇龙队的龙头用竹篾扎成，外糊桑皮纸，重量比往年减轻了三分之一，赢得现场阵阵掌声。
据了解，县文化馆今年为各镇龙队补助道具更新经费18万元，新添置龙身6条、龙珠20个。
⟦m ▲赛前，工作人员逐一检查参赛队伍的舞龙道具。（融媒记者　黎舟　摄）⟧
赛事将持续两天，决赛于2月10日晚举行。⟦m 【责任编辑：屈心怡　终审：蓝廷】⟧
""",
    ),
    dict(
        slug="news-xiangchuan-hongbao-printing-no-title",
        site="庠川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xiangchuannews.example.cn/xz/2025-01/14/c_20837.html",
        title="鹣塘镇红包印刷企业赶制春节订单",
        record_title=None,
        date="2025-01-14",
        notes="no record title: the page's title line; an app prompt glued before the lead's first words; a time line the "
        "page's date; 'more reading' list and a reporter-tip line",
        page="""
!m 庠川新闻网
!m 当前位置：首页 > 乡镇动态 > 鹣塘
{T}
!m 时间：2025-01-14 09:10　　来源：庠川日报　　作者：记者 莫宛
!a 【字号 A+ A-】　【听新闻】
{BODY}
!l 延伸阅读：
!l 庠川文创企业年货订单同比增长两成
!l 鹣塘镇印刷产业园二期项目开工
!w 新闻线索请拨打报料热线 0736-5200333，或发送至微信 xcxw_baoliao
!m 庠川新闻网版权所有　未经书面授权禁止转载
""",
        indent="\u3000\u3000",
        body="""
⟦a 打开“庠川通”App，看更多乡镇新闻⟧本报讯　春节临近，鹣塘镇的红包印刷企业进入生产旺季。1月13日，记者走进庠川县福满印务有限公司生产车间，只见烫金机、模切机满负荷运转，一沓沓印着生肖图案的红包从流水线上源源不断地输出。
“今年的订单比去年多了三成，不少银行、商场定制了带企业标志的红包。”公司负责人葛天佑告诉记者，为赶在春节前交货，车间实行两班倒，每天能生产红包40万个。
近年来，鹣塘镇引导印刷企业向文创方向转型，全镇已有红包、春联、挂历生产企业23家，带动周边群众就业1100余人。
""",
    ),
    dict(
        slug="forum-juchi-sanjiaochi-teaching-aid-jammer",
        site="矩尺数学论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.juchimath.example.com/thread-30917-1-1.html",
        title="自制大号三角尺教具的几点经验",
        record_title="〔教具DIY〕自制大号三角尺教具的几点经验（附尺寸）- 几何与作图 - 矩尺数学论坛",
        date=None,
        notes="Discuz thread: jammer-font junk inside the post (lines and glued), rating row, signature, replies; "
        "发表于 3 天前 is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>〔教具DIY〕自制大号三角尺教具的几点经验（附尺寸）- 几何与作图 - 矩尺数学论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?Kx9"></script>
</head><body>
<div id="toptb">⟦m 矩尺数学论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册会员⟧</a> <a>⟦a 切换到窄版⟧</a></div>
<div id="pt">⟦m 矩尺数学论坛 › 教学研讨 › 几何与作图 › 〔教具DIY〕自制大号三角尺教具的…⟧</div>
<div id="postlist">
<table class="plhin"><tr><td class="pls">
<div class="pi">⟦m 量角器老周⟧</div><dl><dd>⟦m 帖子 628　精华 3　积分 2105⟧</dd><dd>⟦m 勋章：教具达人⟧</dd></dl>
</td><td class="plc">
<h1><span id="thread_subject">⟦t 〔教具DIY〕自制大号三角尺教具的几点经验（附尺寸）⟧</span></h1>
<div class="authi">⟦m 楼主｜发表于 3 天前｜只看该作者｜倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88102">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 参与人数 4　威望 +6　收起 理由⟧</div>
<div class="sign">⟦m 签名：画图先画辅助线，讲题先讲为什么。⟧</div>
<div class="po">⟦a 回复　支持(12)　反对　收藏　举报⟧</div>
</td></tr></table>
<table class="plhin"><tr><td class="pls">⟦l 小圆规⟧</td><td class="plc">⟦l 沙发！磁铁那招学到了，下周就让学生做⟧</td></tr></table>
<table class="plhin"><tr><td class="pls">⟦l 一线数学人⟧</td><td class="plc">⟦l 椴木板哪里买的？求个链接⟧</td></tr></table>
</div>
<div id="f_pst">⟦a 高级模式　发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m 矩尺数学论坛 ( 苏ICP备18062291号 )⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
给大家分享一下我们数学组自制大号三角尺教具的经验。市面上卖的教学三角尺多是塑料的，用两年就变形，挂在黑板上量角还会打滑。
去年我们用5毫米厚的椴木板做了一套，30°和45°的各一块，长边分别是60厘米和50厘米。
做法很简单：先用激光切割机下料，再用砂纸把三条边打磨圆滑，刻度用烙铁笔烫出来，最后刷两遍清漆。
背面我们粘了两块磁铁，可以直接吸在黑板上，画高、画平行线都很方便。
成本每块不到30元。唯一要注意的是直角一定要用标准角尺反复校对，否则学生量出来的角度会不准。
""",
    ),
    dict(
        slug="forum-qiaoshou-yuebinghe-sewing-box-junk",
        site="巧手坊论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.qiaoshoufang.example.net/forum/t-51288.html",
        title="月饼铁盒改成针线收纳盒",
        record_title="【改造晒单】月饼铁盒改成针线收纳盒（步骤全记录）｜旧物新生 ▸ 巧手坊论坛",
        date=None,
        notes="craft-forum post with anti-scraping junk as lines and glued after 。; 发表于 昨天 is no date; floors below",
        page="""
!m 巧手坊论坛 › 旧物新生 › 帖子详情
!t 【改造晒单】月饼铁盒改成针线收纳盒（步骤全记录）
!m 楼主：缝缝补补又三年　　发表于 昨天 21:40　　查看 1306　回复 22
{BODY}
!m 本帖最后由 缝缝补补又三年 于 昨天 22:05 重新编辑
!a 赞一个(35)　　｜　　收进灵感夹　　｜　　举报
!l 2# 绿萝不黄：好看！我家有个木盒，准备改成首饰盒
!l 3# 阿梨手作：麻绳用什么胶粘的？
!l 4# 缝缝补补又三年：回复 3# 热熔胶枪，五块钱一个
!a 登录巧手坊后才能回帖，没有账号？马上注册
!m 巧手坊论坛 · 手作人的家　©2012-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
每年中秋家里都会剩下好几个月饼铁盒，扔了可惜，我试着改成了针线收纳盒，效果还不错，分享一下步骤。
第一步，把盒子里的塑料内托取出来，用洗洁精把油渍洗干净，晾干。
第二步，按盒子内径裁一块硬纸板，包上碎花布，做成隔板，分出放线轴和放纽扣的格子。
第三步，在盒盖内侧贴一块海绵，用来插针，盖上盖子也不会扎手。
第四步，盒子外面缠一圈麻绳，用热熔胶固定，原来的月饼图案就被遮住了。
整个改造花了一个多小时，成本不到十块钱。家里还有木质月饼盒的朋友，可以改成首饰盒或者茶叶盒。
""",
    ),
    dict(
        slug="blog-zhishang-ditu-ce-collecting-static",
        site="纸上山河 (invented personal blog, static-site theme)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://zhishangshanhe.example.me/posts/2024/12/old-atlases/",
        title="我收藏的六本老地图册",
        record_title="我收藏的六本老地图册 · 纸上山河 — 旧书与地图",
        date="2024-12-07",
        notes="static blog: menu, reading-time line, tag list, archive and comment box; 发表于 byline the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>我收藏的六本老地图册 · 纸上山河 — 旧书与地图</title>
<link rel="alternate" type="application/rss+xml" href="/atom.xml">
<script defer src="/js/theme.js"></script>
</head><body>
<header class="masthead"><a class="brand" href="/">⟦m 纸上山河⟧</a> <span class="tagline">⟦m 旧书与地图，慢慢看⟧</span>
<nav>⟦m 首页 · 归档 · 分类 · 关于⟧</nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发表于 2024-12-07 · 分类于 旧物 · 阅读约 4 分钟⟧</div>
<section class="post-body">
{BODY}
</section>
<div class="post-tags">⟦l # 地图册 # 收藏 # 旧书摊⟧</div>
<div class="post-nav">⟦l ‹ 一张1980年的县城交通图⟧　⟦l 在旧书市场淘书的几条心得 ›⟧</div>
<div class="comments"><h3>⟦l 在这里说两句吧⟧</h3><textarea placeholder="说点什么"></textarea><button>⟦a 提交评论⟧</button></div>
</article>
<aside class="sidebar"><h4>⟦l 归档⟧</h4><ul><li>⟦l 2024 年 12 月 (3)⟧</li><li>⟦l 2024 年 11 月 (5)⟧</li></ul>
<h4>⟦l 站内搜索⟧</h4><input placeholder="搜索"></aside></main>
<footer>⟦m © 2019 - 2025 纸上山河 · 文字采用 CC BY-NC 4.0 许可⟧</footer>
</body></html>
""",
        body="""
我收藏地图册是从二〇〇九年开始的。那年在旧书摊上花五块钱买到一本七十年代出版的省地图册，封面已经褪色，内页却保存完好，从此一发不可收。
这些年陆续收了六本，最老的一本是五十年代的县级行政区划图册，很多地名今天已经改了。对照着看，能看出一个县怎样从几十个公社变成今天的十几个乡镇。
收地图册最怕受潮和折痕。我的做法是每本装一个无酸纸袋，竖着放进书柜，梅雨季节再放几包干燥剂。
有朋友问我这些旧地图册有什么用。我想，它们记录的不只是道路和河流，还有一代人对远方的想象。
""",
    ),
]
