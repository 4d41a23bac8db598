"""holdout258, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Everything here is invented (sites, counties, people, numbers, URLs); see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="yanchi-speech-wok-forging-gb2312",
        site="砚池范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yanchifw.net/jianghua/wenhua/2024/0419/5512.html",
        title="在全县铁锅锻打技艺传承保护工作推进会上的讲话",
        record_title="【讲话稿优选】在全县铁锅锻打技艺传承保护工作推进会上的讲话（两稿任选）_砚池范文网",
        date="2024-04-18",
        notes="gb2312 table page: marquee, font/background row, floating ghost-writer QQ box, visitor counter; "
        "speaker and date lines under the title neutral; a ghost-writer WeChat prompt glued after a 。; the date only under the title",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿优选】在全县铁锅锻打技艺传承保护工作推进会上的讲话（两稿任选）_砚池范文网</title>
<meta name="keywords" content="铁锅,锻打,非遗,讲话稿">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/tongji.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="">⟦m 砚池范文网·笔墨为民 材料无忧⟧</td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';">⟦a 设本站为主页⟧</a>　<a href="javascript:window.external.AddFavorite('http://www.yanchifw.net','砚池范文网')">⟦a 收藏砚池⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td>⟦m 网站首页 | 领导讲话 | 工作总结 | 心得体会 | 述职报告 | 调研报告 | 合同范本⟧</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 砚池范文网今日新增范文318篇，老会员续费享八折⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="690" valign="top">
<table width="100%" border="0" cellpadding="4"><tr><td class="weizhi">⟦m 您的位置：砚池范文网 &gt;&gt; 领导讲话 &gt;&gt; 文化旅游讲话 &gt;&gt; 正文⟧</td></tr></table>
<table width="100%" border="0" cellpadding="6">
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 整理：砚池编辑　　人气：<script src="/hits.asp?id=5512"></script>2046　　更新：2024-04-19⟧</td></tr>
<tr><td align="center">⟦a 【字号：特大 大 中 小】【底色：米黄 淡绿 白】⟧</td></tr>
<tr><td class="content">
<p align="center">副县长　宋立岩</p>
<p align="center">（2024年4月18日）</p>
{BODY}
</td></tr>
<tr><td>⟦a 【存为Word】【复制全文】【给朋友看看】【关闭本页】⟧</td></tr>
<tr><td>⟦l 上一篇：在全县非遗保护工作会议上的讲话提纲⟧<br>⟦l 下一篇：铁匠铺改造提升座谈会发言稿⟧</td></tr>
</table>
</td>
<td width="260" valign="top">
<table width="100%" border="1" bordercolor="#cccccc" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#efefef">⟦l 讲话稿排行⟧</td></tr>
<tr><td>⟦l ·在传统工艺振兴大会上的致辞⟧</td></tr>
<tr><td>⟦l ·非遗进校园启动仪式讲话稿⟧</td></tr>
<tr><td>⟦l ·老字号企业座谈会主持词⟧</td></tr>
</table>
</td></tr>
</table>
<div id="floatqq" style="position:absolute;right:6px;top:180px;">⟦w 材料急用找砚池 代写QQ：2875301946⟧</div>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 本站范文来自会员投稿与网络整理，仅供写作参考，引用请自行核实。⟧<br>
⟦m Copyright 2008-2024 砚池范文网 All Rights Reserved　粤ICP备09088417号⟧<br>
⟦m 您是本站第 00381274 位访客⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
铁锅锻打是我县传承了三百多年的老手艺，稼湾镇、砦口镇一带至今还有四十多户铁匠坚持手工锻打。今天召开这次推进会，就是要把这门手艺保护好、传下去、用起来。下面，我讲三点意见。
一、摸清家底，建立传承档案。县文化和旅游局要会同各乡镇，年内完成全县锻打铁锅作坊和匠人的普查登记，做到一户一档、一人一卡。⟦w 写讲话稿卡壳了？砚池老师一对一代笔，微信 yanchi_bi88⟧
二、扶持作坊，稳住老匠人的饭碗。对坚持手工锻打的作坊，县里每年安排专项资金给予补助，并协调电商平台开设“稞川铁锅”专区，帮助匠人把锅卖出去、卖上价。
三、培养新人，让手艺后继有人。县职业中专要开设锻打技艺选修课，每位县级传承人每年至少带两名徒弟，学成后由县里统一组织考核认定。
同志们，一口好铁锅要经过上千次锤打。希望大家拿出匠人的耐心和韧劲，把各项工作一锤一锤抓实抓好！
""",
    ),
    dict(
        slug="miaobi-insight-crate-weaving-no-title",
        site="妙笔文汇 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.miaobiwh.com/xinde/peixun/73310.html",
        title="参加箩筐编织技艺培训班心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; a relative 收录时间 is no date; a ghost-writer line of its own "
        "between paragraphs and an 'expand' button glued before the first words of a paragraph",
        indent="\u3000\u3000",
        page="""
!m 妙笔文汇｜心得体会频道
!m 位置：妙笔文汇 ＞ 心得体会 ＞ 培训心得
{T}
!m 收录时间：3 天前　　浏览：1386　　字数：约410字
!a 〔全文复制〕〔存成文档〕〔收进书架〕
{BODY}
!l 下一页：箩筐编织培训心得体会（二）＞＞
!l 同类推荐：农技培训心得｜非遗传承人研修心得｜乡村工匠培训总结
!d 妙笔文汇所载文章仅供学习借鉴，请勿原样提交或商用。
!m miaobiwh.com　浙ICP备17062203号-3
""",
        body="""
今年七月，我参加了县农业农村局在砦口镇举办的箩筐编织技艺培训班。五天时间里，老篾匠手把手教我们破竹、刮篾、起底、收口，我第一次完整地编成了一只能挑一百斤稻谷的箩筐。
一是体会到“慢工出细活”。一根毛竹要劈成粗细均匀的篾片，刀口稍偏就得重来。老师傅说，篾片匀了，箩筐才不会歪，做人做事也是这个理。
⟦w 心得体会不会写？妙笔写手按要求原创，微信 miaobi_0571⟧
⟦a ［点此展开］⟧二是体会到老手艺也有新出路。培训班请来电商讲师，教我们把箩筐改编成果篮、收纳筐，在网上一只能卖到六十多元，比单卖农用箩筐多赚一倍。
三是体会到传承要靠年轻人。班上三十名学员，四十岁以下的只有六个。我打算回村后组织几个返乡青年一起学，把这门手艺接过来、传下去。
""",
    ),
    dict(
        slug="qingjian-survey-wire-mesh-pdf-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qingjianwk.com/doc/5c81e0a7.html",
        title="关于全县养殖场铁丝网围栏使用情况的调研报告",
        record_title="关于全县养殖场铁丝网围栏使用情况的调研报告.pdf",
        date="2024-09-26",
        notes="a 文库 reader: viewer toolbar, the file name as heading, page-marker paragraphs ✽ n ✽ cutting sentences, "
        "a paywall and an upload notice; the date is the 成文日期 under the signature",
        p_html='<p class="reader-line">{}</p>',
        pages=dict(fmt="✽ {n} ✽", every=120, start=2),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县养殖场铁丝网围栏使用情况的调研报告.pdf - 青简文库</title>
<script src="https://static.qingjianwk.com/reader/2.4.1/reader.min.js"></script>
</head>
<body>
<header class="qj-top"><a class="logo" href="/">⟦m 青简文库⟧</a>
<form class="search"><input type="text" placeholder="搜文档、找资料"><button>⟦a 搜一搜⟧</button></form>
<a href="/member">⟦a 开通青简年卡 全站文档任意下⟧</a> <a href="/login">⟦a 账号登录⟧</a></header>
<nav class="crumb">⟦m 青简文库 › 农林牧渔 › 畜牧兽医⟧</nav>
<main>
<div class="doc-head"><h1>⟦t 关于全县养殖场铁丝网围栏使用情况的调研报告.pdf⟧</h1>
<p class="doc-meta">⟦m 上传者：牧野青青　|　4页　|　浏览 917 次　|　下载需 8 青简币⟧</p></div>
<div class="viewer-bar">⟦a 适合宽度　放大　缩小　全屏阅读　下载文档⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 试看已结束，剩余 2 页内容开通年卡后可读⟧ <button>⟦a 立即开通⟧</button> <button>⟦a 单篇购买 ￥3.80⟧</button></div>
<section class="doc-rel"><h3>⟦l 读过这篇的人也在看⟧</h3>
<ul><li>⟦l 规模养殖场防疫设施建设情况的调查⟧</li><li>⟦l 牧场围栏改造项目可行性报告⟧</li></ul></section>
</main>
<footer>⟦d 青简文库文档均由用户自主上传，本站不对内容真实性负责；如有侵权，请通过页面下方申诉入口联系处理。⟧<br>⟦m © 2025 qingjianwk.com　鄂ICP备20017736号-2⟧</footer>
</body>
</html>
""",
        body="""
为了解全县规模养殖场铁丝网围栏的建设和使用情况，县农业农村局调研组于9月上旬走访了8个乡镇的36家养殖场。现将有关情况报告如下。
一、基本情况。受访养殖场中，有31家采用镀锌铁丝网围栏，总长约42公里，其中使用超过8年的占四成。多数养殖场还在围栏外侧加设了一道刺丝，防止野猪和流浪犬进入。
二、存在问题。一是锈蚀断裂较多，有12家养殖场的围栏出现成段倒伏；二是部分围栏紧贴村道，刺丝伸出路面，存在刮伤行人的隐患；三是废旧铁丝网随意堆放，既占地又容易伤人伤畜。
三、几点建议。建议将围栏更新纳入畜牧业发展资金支持范围，督促养殖场每季度开展一次围栏巡检，由乡镇统一回收废旧铁丝网。
穑阳县农业农村局调研组
2024年9月26日
""",
    ),
    dict(
        slug="baiyetong-plan-mill-wrapped-glued-markers",
        site="百页通文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.baiyetong.cn/p/20250312/880417.html",
        title="老碾坊农耕文化展示点建设实施方案",
        record_title="【好文档推荐】老碾坊农耕文化展示点建设实施方案（可自由编辑）- 百页通文档",
        date="2025-03-10",
        notes="a preview hard-wrapped at 58 columns and cut by ✩n✩ markers glued to the continuation lines; "
        "a numbered list inside a paragraph; 成文日期 in Chinese numerals",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="✩{n}✩", every=80, start=2, glue=True),
        page="""
!m 百页通文档 · 资料共享平台
!t 【好文档推荐】老碾坊农耕文化展示点建设实施方案（可自由编辑）
!m 页数：3　　大小：41KB　　格式：DOC　　上传时间：2 天前
!a ▶ 在线预览（前2页）　　⬇ 下载本文档（5 通币）
{BODY}
!a ……预览到此为止，完整文档请下载后查看……
!l 同类文档：乡村文化礼堂建设方案｜村史馆布展方案｜农耕研学基地实施方案
!d 本文档由用户上传，百页通仅提供信息存储空间，如您是版权方请发送权属证明至 banquan@baiyetong.cn
""",
        body="""
为保护利用村内现存的石碾、石磨等农耕老物件，打造乡村文化展示点，结合本镇实际，制定本方案。
一、建设内容。对莴塘村老碾坊进行修缮，将散落在各村的十二盘碾子集中安放，恢复其中两盘碾子的畜力碾米功能，配套建设农耕器具陈列室和研学体验区。
二、实施步骤。1.三月底前完成碾子征集和登记；2.五月底前完成碾坊修缮和碾盘归位；3.六月底前完成布展并对外开放。
三、保障措施。镇文化站负责牵头，村委会负责群众工作，所需资金从乡村振兴衔接资金中列支。征集碾子时要尊重群众意愿，登记原主人姓名，并在展示牌上予以标注。
砦口镇人民政府
二〇二五年三月十日
""",
    ),
    dict(
        slug="hushan-gov-notice-river-wire-mesh",
        site="鹱山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hushanxian.gov.cn/zwgk/slj/tzgg/202503/t20250317_418826.html",
        title="关于清理河道管理范围内废弃铁丝网的通知",
        record_title="关于清理河道管理范围内废弃铁丝网的通知_水利动态_鹱山县人民政府门户网站",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="county portal: 关怀版/朗读 links, 索引号 table (the 文号 cell unmarked), 纠错 hotline next to the notice's own "
        "联系人/电话; 附件 list, 抄送 and 印发 lines in the body; the portal's 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于清理河道管理范围内废弃铁丝网的通知_水利动态_鹱山县人民政府门户网站</title>
<meta name="SiteName" content="鹱山县人民政府门户网站">
<meta name="ColumnName" content="水利动态">
<script src="/common/js/jquery.min.js"></script>
<script>var _maq = _maq || []; _maq.push(['_setAccount', 'hsx']);</script>
</head>
<body>
<div class="top-bar"><span>⟦m 今天是：⟧<script>document.write(new Date().toLocaleDateString())</script></span>
<a href="javascript:;">⟦a 关怀版⟧</a> <a href="javascript:;">⟦a 语音朗读⟧</a> <a href="javascript:;">⟦a 简/繁⟧</a> <a href="/login">⟦a 用户中心⟧</a></div>
<div class="banner"><img src="/images/banner.jpg" alt="">⟦m 鹱山县人民政府⟧</div>
<ul class="main-nav"><li>⟦m 首页⟧</li><li>⟦m 走进鹱山⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县水利局 &gt; 水利动态⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11431124MB1D23705X/2025-00419⟧</td><td>⟦m 发布机构：鹱山县水利局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-03-17⟧</td><td>文号：鹱水发〔2025〕9号</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="article-tools">⟦a 【字体：大 中 小】　【打印此页】　【关闭窗口】⟧</div>
<div class="article-con">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related"><p>⟦l 相关文件：鹱山县2025年河湖“清四乱”专项行动方案⟧</p><p>⟦l 相关解读：图解废弃铁丝网清理工作⟧</p></div>
</div>
<div class="footer">
<p>⟦m 主办：鹱山县人民政府办公室　承办：鹱山县大数据中心⟧</p>
<p>⟦m 网站标识码：4311240009　湘ICP备05012763号　湘公网安备43112402000118号⟧</p>
<p>⟦m 网站纠错热线：0736-7219000（工作日）⟧</p>
<p>⟦d 未经授权，禁止复制或镜像本网站内容⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位：
近期巡河发现，稞河、鹱溪部分河段的河滩地上仍有养殖户和种植户遗留的废弃铁丝网，汛期容易缠挂漂浮物、阻碍行洪，也给巡河人员和群众带来安全隐患。为保障今年安全度汛，现就有关事项通知如下。
一、4月30日前，各乡镇对辖区河道管理范围内的铁丝网、刺丝围栏开展一次全面排查，逐处登记位置、长度和设置人。
二、对无主或已废弃的铁丝网，由乡镇组织集中拆除清运；仍在使用的，责令设置人限期自行拆除。
三、请于5月10日前将排查清理情况报送县水利局河湖股。
联系人：杜晓川　电话：0736-7213508
附件：1.河道废弃铁丝网排查登记表
2.清理进度统计表
鹱山县水利局
2025年3月14日
抄送：县河长制办公室。
鹱山县水利局办公室　2025年3月14日印发
""",
    ),
    dict(
        slug="seyang-gov-bulletin-canteen-woks-table",
        site="穑阳县人民政府网 (invented, text view)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.seyang.gov.cn/scjg/gsgg/202411/t20241111_33618.html",
        title="关于全县学校食堂铁锅等炊具专项检查情况的通报",
        date="2024-11-08",
        notes="record title as is; a data table one row a paragraph (cells apart by ideographic spaces); "
        "a related-link line of its own between paragraphs; the portal's 发布时间 line differs, the 成文日期 is expected",
        date_also=["2024-11-11"],
        page="""
!m 穑阳县人民政府网　市场监管专栏
!m 首页 》 部门专栏 》 县市场监管局 》 公示公告
{T}
!m 发布时间：2024-11-11 10:26　信息来源：县市场监管局　浏览次数：437
!a 〖 放大 〗〖 缩小 〗〖 打印 〗
{BODY}
!l 上一条：关于开展冬季校园周边食品安全整治的公告
!l 下一条：穑阳县2024年第三季度食品抽检信息公示
!m 穑阳县人民政府办公室主办　县政务数据中心承办
!m 政府网站标识码 4306240012　湘ICP备06013377号-1
""",
        body="""
各中小学校、幼儿园：
10月中旬，县市场监管局会同县教育局，对全县23所学校食堂使用的铁锅、蒸锅等炊具开展了专项检查。现将检查情况通报如下。
一、总体情况。共检查铁锅186口，发现锈蚀严重或涂层脱落的19口，均已督促当场停用。部分学校情况如下：
学校　检查数　问题数　已更换
穑阳县实验小学　14　2　2
城关第二中学　22　5　3
淅口九年一贯制学校　9　3　3
⟦l 延伸阅读：学校食堂炊具怎么选？一图看懂⟧
二、下一步要求。各校要建立炊具台账，铁锅每日用后清洗烘干，每月检查一次锈蚀情况，发现问题及时更换。尚未更换完毕的城关第二中学，须于11月20日前完成更换并报县局备案。
穑阳县市场监督管理局
2024年11月8日
""",
    ),
    dict(
        slug="moxi-news-stone-mill-study-tour",
        site="秣溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.moxinews.cn/xiangcun/2025-05/06/content_90217.html",
        title="百年石碾重新转起来 潴湾村老碾坊迎来研学客",
        record_title="百年石碾重新转起来 潴湾村老碾坊迎来研学客 ‖ 乡村频道 ‖ 秣溪新闻网",
        record_date="2025-05-06",
        date="2025-05-06",
        notes="county news portal: an app prompt glued before the lead, a photo caption as a line of its own between "
        "paragraphs, listen button, 24-hour list; record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>百年石碾重新转起来 潴湾村老碾坊迎来研学客 ‖ 乡村频道 ‖ 秣溪新闻网</title>
<script async src="https://tj.moxinews.cn/pv.js"></script>
</head>
<body>
<div class="mx-head"><a href="/">⟦m 秣溪新闻网⟧</a><span>⟦m 秣溪县融媒体中心主办⟧</span>
<nav>⟦m 时政 | 乡村 | 民生 | 文旅 | 视频 | 专题⟧</nav></div>
<div class="mx-crumb">⟦m 首页 / 乡村频道 / 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="mx-byline">⟦m 发布时间：2025-05-06 09:12　来源：秣溪新闻网　编辑：蒋沛⟧</div>
<div class="mx-listen"><button>⟦a ▷ 听新闻⟧</button></div>
<div class="mx-body">
{BODY}
</div>
<div class="mx-editor">⟦m 责任编辑：蒋沛　审核：罗一鸣⟧</div>
<div class="mx-share">⟦l 转发到：朋友圈 · 微博 · 复制链接⟧</div>
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 秣溪县今年将新改建农村公路120公里⟧</li>
<li>⟦l 淖田镇枇杷进入采摘期⟧</li>
<li>⟦l 县图书馆夜间开放时间调整⟧</li></ol></aside>
<footer>⟦m 秣溪新闻网版权所有　互联网新闻信息服务许可证：43120230017⟧<br>⟦d 本网原创稿件转载须注明来源，违者必究⟧</footer>
</body>
</html>
""",
        body="""
⟦a 下载“秣溪发布”客户端，阅读更顺畅 ＞⟧本报讯（记者 韩露）“推碾子要走稳，步子别太快。”5月5日上午，在秣溪县淖田镇潴湾村老碾坊里，七十二岁的村民汪福生一边示范，一边给前来研学的小学生讲解。
这座碾坊建于清朝末年，碾盘直径近两米，上世纪八十年代以后逐渐闲置。去年，村里筹资四万元修缮碾坊、更换碾框，并请老人们口述整理了碾米、碾豆的老规矩。
⟦m ▲ 学生们在老碾坊里轮流推碾子　通讯员 许晴 摄⟧
今年春天碾坊开放以来，已接待研学团队二十多批。村党支部书记方永和说，下一步打算把碾子碾出来的小米做成伴手礼，让老物件带动村里增收。
""",
    ),
    dict(
        slug="liucheng-news-crates-livestream-oneline",
        site="掌上鎏城 (invented, city news app web page)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.liuchengnews.com/a/20241202/5521873.html",
        title="鎏城：竹编箩筐搭上直播快车",
        record_title="【振兴一线】鎏城：竹编箩筐搭上直播快车｜掌上鎏城",
        date="2024-12-02",
        notes="a news app's page saved on one line (paragraphs apart only by their indent); the byline's 发布时间 is the date",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 掌上鎏城 · 鎏城日报社主办
!t 【振兴一线】鎏城：竹编箩筐搭上直播快车
!m 发布时间：2024-12-02 17:40　　鎏城日报记者 贺兰舟
{BODY}
!m 【编辑：钱小溪】
!a 打开掌上鎏城APP　看更多本地好新闻
!l 相关新闻：鎏城非遗工坊年产值突破千万｜竹编课堂走进社区
!m 爆料热线：0731-5566120
""",
        body="""
“这只箩筐用的是三年生的楠竹，篾片刮了三遍，装五十斤红薯没问题。”12月1日晚，在鎏城市浐坪镇竹编工坊的直播间里，篾匠刘桂英一边编筐一边向网友介绍。
刘桂英编了四十多年箩筐。前几年农村用箩筐的人越来越少，她一度打算收手。今年夏天，镇里请来电商团队，帮工坊开通直播间，把传统箩筐改成买菜筐、收纳筐，销路一下子打开了。
工坊负责人介绍，三个月来直播间卖出箩筐一万两千多只，带动周边三十多名留守妇女在家编筐，每人每月增收一千五百元左右。
""",
    ),
    dict(
        slug="tingyuan-forum-fence-jammer-html",
        site="庭院生活论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tingyuanlife.com/thread-208813-1-1.html",
        title="自家菜园扎竹篱笆的几点经验",
        record_title="[动手经验] 自家菜园扎竹篱笆的几点经验（附材料清单）- 田园小院 - 庭院生活论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk glued after 。 and as a paragraph, poster box, rating row, signature; "
        "the post time is relative (昨天), so no date",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        page="""
<html>
<head>
<meta charset="gbk">
<title>[动手经验] 自家菜园扎竹篱笆的几点经验（附材料清单）- 田园小院 - 庭院生活论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?K7a"></script>
</head>
<body>
<div id="toptb">⟦m 庭院生活论坛⟧　<a>⟦a 设为首页⟧</a> <a>⟦a 收藏本站⟧</a>　<a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册⟧</a></div>
<div id="pt">⟦m 庭院生活论坛 › 种花种菜 › 田园小院 › 查看帖子⟧</div>
<div class="ts"><h1>⟦t [动手经验] 自家菜园扎竹篱笆的几点经验（附材料清单）⟧</h1></div>
<div class="hm">⟦m 查看: 3115 | 回复: 42⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 老竹竿⟧</div><div>⟦m 积分 2368　帖子 517　园龄 6 年⟧</div></td>
<td class="plc">
<div class="pti">⟦m 发表于 昨天 20:41 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8813">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　园艺值 +18　收起 理由：好帖，实用⟧</div>
<div class="sign">⟦m 种瓜得瓜，种豆得豆，种篱笆得清静——老竹竿的小院⟧</div>
<div class="po">⟦a 回复　引用　举报　点赞(27)⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 登录后方可发表回复，还没账号？立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　庭院生活论坛 ( 皖ICP备15019823号 )⟧</div>
</body>
</html>
""",
        body="""
我家菜园在村边，以前鸡鸭常进来刨菜。去年秋天自己动手扎了一圈竹篱笆，用了一年多还很结实，把经验写出来给坛友参考。
一、选竹。用两年以上的老毛竹，截成一米六的段，粗头削尖做桩。竹子砍下后最好放半个月，让水分干一些，不然容易裂。
二、打桩。桩距五十厘米，入土至少三十厘米。拐角处要用粗桩，再斜撑一根，大风天才不会倒。
三、编扎。横档用劈开的竹片，上中下三道，交叉处用铁丝绑紧。竹片之间留三指宽的缝，鸡钻不过去，也不挡光。
四、防腐。入土那一截先用火烤黑，或者刷一遍桐油。我家的桩烤过，一年多了拔出来看还没烂。
材料清单：毛竹二十根，细铁丝两公斤，桐油一斤，共花了三百来块钱。
""",
    ),
    dict(
        slug="zaotaibian-forum-wok-seasoning-junk",
        site="灶台边论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.zaotaibian.net/bbs/viewthread.php?tid=77410",
        title="新铁锅开锅，我用的是猪皮法",
        record_title="[厨房心得] 新铁锅开锅，我用的是猪皮法 - 锅碗瓢盆 - 灶台边论坛",
        date=None,
        notes="a cooks' forum thread: junk lines and junk glued after 。, a numbered list, replies below; "
        "the post time is relative (3 天前), so no date",
        junk=dict(lines=2, glued=2),
        page="""
!m 灶台边论坛 - 爱做饭的人都在这
!m 灶台边论坛 » 厨房杂谈 » 锅碗瓢盆 » 新铁锅开锅，我用的是猪皮法
!t [厨房心得] 新铁锅开锅，我用的是猪皮法
!m 楼主：烟火气阿满　发表于 3 天前　阅读 2204　回复 18
{BODY}
!l ——————————
!l 2# 葱姜蒜：猪皮法确实好用，我家那口锅也是这么开的
!l 3# 周末大厨：请问锅底有黑渣正常吗？
!a 快速回复　　[登录] 后才能参与讨论
!m 灶台边论坛 zaotaibian.net　客服邮箱 kefu@zaotaibian.net
""",
        body="""
上周在镇上铁匠铺买了口手工锻打的铁锅，开锅前请教了卖锅的老师傅，照着做了一遍，效果很好，分享给大家。
1.新锅先用清水加洗洁精刷一遍，把表面的防锈油洗掉，擦干后放到灶上小火烧干。
2.锅烧到冒青烟时，拿一块带肥肉的猪皮，用筷子夹着在锅里反复擦，锅边也要擦到。擦到猪皮发黑变焦，就把锅里的黑油倒掉。
3.换一块新猪皮再擦一遍，一般擦三遍，锅面就变得又黑又亮，倒一点水下去会成水珠滚动。
4.最后用热水把锅洗净，小火烘干，抹一层薄油保存。
开过锅的铁锅炒菜不粘，也不容易生锈。记住炒完菜别泡水过夜，洗完马上擦干就行。
""",
    ),
]
