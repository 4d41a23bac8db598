"""holdout288, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: newspaper racks, pillow towels, window screens,
bamboo rulers, pincushions.
"""

CASES = [
    dict(
        slug="fanwen-miaobi-speech-village-news-racks",
        site="妙笔公文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.miaobigw.com/jianghua/xuanchuan/51207.html",
        title="在圌口镇农家书屋报刊架更新暨全民阅读推广会上的讲话",
        record_title="【讲稿锦囊】在圌口镇农家书屋报刊架更新暨全民阅读推广会上的讲话（稍改即用）_妙笔公文苑",
        date="2024-04-17",
        date_also=["2024-05-09"],
        notes="old table layout with marquee, font row, floating ghost-writer box and visitor counter; "
        "speaker and date lines under the title (neutral); ghost-writer prompt glued after a sentence",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿锦囊】在圌口镇农家书屋报刊架更新暨全民阅读推广会上的讲话（稍改即用）_妙笔公文苑</title>
<meta name="keywords" content="报刊架,农家书屋,讲话稿,全民阅读">
<link href="/skin/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/skin/js/tongji.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 妙笔公文苑⟧</td><td class="slogan">⟦m 一支妙笔，替您熬过每个写材料的夜⟧</td>
<td align="right"><a href="/member/login.asp">⟦a 笔友登录⟧</a> <a href="/member/reg.asp">⟦a 新笔友注册⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td class="menu"><a href="/">⟦m 首页⟧</a> <a href="/jianghua/">⟦m 领导讲话⟧</a> <a href="/zongjie/">⟦m 总结汇报⟧</a> <a href="/gongwen/">⟦m 公文模板⟧</a> <a href="/xinde/">⟦m 心得体会⟧</a></td></tr>
<tr><td><marquee scrollamount="3">⟦m 妙笔公文苑提醒：范文仅作借鉴，成稿请结合本地实际⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：妙笔公文苑 &gt;&gt; 领导讲话 &gt;&gt; 宣传文化类⟧</div>
<h1>{T}</h1>
<div class="shuxing">⟦m 发布于 2024-05-09　录入：墨池　人气：1864⟧</div>
<div class="zihao">⟦a 〖字体：特大 大 中 小〗〖底色：护眼 默认〗⟧</div>
<p align="center">镇党委副书记　邝海青</p>
<p align="center">（2024年4月17日）</p>
<div class="zhengwen">
{BODY}
</div>
<div class="xiazai"><a href="/down.asp?id=51207">⟦a 本篇讲话稿存为Word（扣笔友点数3点）⟧</a></div>
<div class="fanye">⟦l 上一篇：在全村文明家庭表彰会上的讲话⟧<br>⟦l 下一篇：在乡镇图书分馆揭牌仪式上的致辞⟧</div>
</td>
<td width="250" valign="top" class="side">
<div class="tit">⟦l 讲话稿人气榜⟧</div>
<ul><li>⟦l 世界读书日启动仪式领导讲话⟧</li><li>⟦l 农家书屋管理员培训班开班讲话⟧</li><li>⟦l 文化站长例会主持词⟧</li></ul>
</td></tr></table>
<div id="floatqq" style="position:fixed;right:0;top:200px">⟦w 材料写不动？妙笔老师帮您改 QQ：3307719254⟧</div>
<table width="960" align="center"><tr><td class="foot">⟦d 本苑范文多由笔友投来，只供写作时借鉴，照搬照抄后果自负。⟧<br>⟦m 妙笔公文苑 版权所有　湘ICP备15008731号⟧<br>⟦m 您是本苑第 0628153 位来访笔友⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开这个会，主要是把全镇农家书屋报刊架更新的事情定下来。去年冬天，镇宣传办对二十一个村的书屋挨个摸了底，不少报刊架还是十多年前配的铁架子，锈的锈、歪的歪，报夹丢了一大半，群众进门找不到当天的报纸。⟦w 讲话稿按需定制，加微信 miaobi_gw88⟧
一、报刊架要摆到群众脚边。今年镇财政安排资金六万八千元，为每个村更新一组木质报刊架，放在书屋进门最显眼的位置，人口多的村在村部广场的凉亭里再加一组。
二、报刊要常换常新。各村书屋管理员要做到党报当天上架、期刊当月更换，过期报刊按月归档，不能让报刊架变成“旧报纸堆”。
三、要有人管、有人用。报刊架更新后，各村要把管理员的名字和电话贴在架子侧面，镇里每季度抽查一次，抽查结果纳入年底文化考核。
同志们，一组报刊架花钱不多，却连着群众的精神生活。希望大家把这件小事办实办好。
""",
    ),
    dict(
        slug="fanwen-hanmo-insight-pillow-towel-no-title",
        site="翰墨范文馆 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.hanmofwg.com/xinde/fuwu/30566.html",
        title="客房服务员推行枕巾“一客一换”心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line, after a tagged copy; no date (a relative "
        "time only); a preview lock on a line of its own between paragraphs",
        page="""
!m 翰墨范文馆 · 手机版
!m 范文馆首页 ＞ 心得体会 ＞ 服务行业心得
!t ◆馆藏佳作◆ 客房服务员推行枕巾“一客一换”心得体会
{T}
!m 整理：翰墨小编　　3 天前　　被翻阅 927 次
!a 复制段落　｜　整篇带走　｜　存入我的文件夹
{BODY}
!a 全文已展示完毕，想要排版好的Word稿请开通馆藏会员
!l 同栏目推荐
!l ▸ 酒店前台接待员岗位练兵体会
!l ▸ 布草房管理员年度工作小结
!l ▸ 服务行业“微笑服务”主题征文
!d 馆内文章由网友投递和编辑整理，观点不代表本馆，如涉侵权请邮件告知。
!m 翰墨范文馆 hanmofwg.com　蜀ICP备17022986号-4
""",
        indent="\u3000\u3000",
        body="""
今年三月，店里推行客房枕巾“一客一换”，我作为楼层服务员全程参与，有几点体会想写下来。
过去我们换枕巾看“脏不脏”，现在是看“换没换客”。同一位客人连住，枕巾按客人意愿更换；客人退房，不论看上去多干净都要撤下。刚开始我觉得有点浪费，后来领班拿来一份洗涤检测单，肉眼看着干净的枕巾，细菌数也可能超标，我才明白这条规矩的道理。
⟦a 以下内容需馆藏会员解锁，首月仅需6元⟧
其次是细节上见功夫。撤下的枕巾要单独装进蓝色布草袋，不能和浴巾混装；新枕巾铺好后，店徽要朝向床尾，四角压平。这些动作练熟了，一间房能省下近一分钟。
最后是把规矩讲给客人听。有的客人问为什么天天换，我就告诉他这是店里的卫生标准，不加收费用，客人听了都很放心。
一条枕巾虽小，折射的是服务的用心。我会把这份用心带到每一间客房。
""",
    ),
    dict(
        slug="wenku-shuyun-survey-window-screens-pdf-markers",
        site="书韵文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shuyunwenku.com/view/7f31c0a28e5d.html",
        title="关于氿湖区老旧小区住户窗纱使用情况的调研报告",
        record_title="关于氿湖区老旧小区住户窗纱使用情况的调研报告.pdf",
        date="2024-07-12",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⩀ n ⩀ cutting sentences, paywall; "
        "file-name record title; 成文日期 under the signature; upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于氿湖区老旧小区住户窗纱使用情况的调研报告.pdf - 书韵文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.shuyunwenku.com/reader/v3/reader.css">
<script src="https://static.shuyunwenku.com/reader/v3/reader.min.js"></script>
</head><body>
<header class="sy-top"><a class="logo" href="/">⟦m 书韵文库⟧</a>
<form class="search"><input placeholder="搜文档、找资料"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 书韵畅读卡 限时五折⟧</a></header>
<nav class="crumb">⟦m 书韵文库 › 行业资料 › 调研报告 › 城市建设⟧</nav>
<section class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：纱线团子　上传于 2024-08-03　共 4 页　2.1 千次阅读⟧</p>
<div class="toolbar">⟦a 适应宽度 ｜ 上一页 ｜ 下一页 ｜ 全屏阅读⟧</div></section>
<article class="doc-body">
{BODY}
</article>
<div class="paywall">⟦a 试看已到末页，剩余页面需开通畅读卡后继续⟧ <button>⟦a 付费2.8元 下载原文件⟧</button></div>
<aside class="rel"><h4>⟦l 读过这篇的人也在读⟧</h4><ul><li>⟦l 老旧小区改造居民需求问卷分析⟧</li><li>⟦l 住宅门窗质量投诉情况汇总⟧</li></ul></aside>
<footer>⟦d 书韵文库文档均为用户上传，书韵只提供在线阅读服务，权利人可点击页面下方申诉。⟧<br>⟦m 粤ICP备20041377号-3　书韵文库 shuyunwenku.com⟧</footer>
</body></html>
""",
        p_html='<p class="sy-line">{}</p>',
        pages=dict(fmt="⩀ {n} ⩀", every=100, start=2),
        body="""
为了解老旧小区住户窗纱的使用现状，区消费者协会于今年六月走访了氿湖区十二个建成二十年以上的小区，入户查看窗纱三百一十二户，并发放问卷四百份。现将情况报告如下。
一、基本情况。受访住户中，窗纱使用年限超过十年的占百分之四十一，纱网破洞、边框变形的占百分之三十七；约三成住户仍在使用可拆卸的铁纱窗，锈蚀后容易划伤手。
二、主要问题。一是上门推销的“换纱”摊贩报价不透明，有的按平方米报价、完工后再按扇加价；二是部分低价纱网遇阳光暴晒一年即发脆；三是高层住户自行拆装窗纱存在坠落隐患。
三、几点建议。建议物业企业公布合规的换纱服务商名单，市场监管部门对纱网产品开展抽检，社区组织志愿者为独居老人集中更换。
氿湖区消费者协会
2024年7月12日
""",
    ),
    dict(
        slug="wenku-shuyun-plan-bamboo-ruler-wrapped-glued-markers",
        site="书韵文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shuyunwenku.com/view/2c90b7e41a06.html",
        title="篔溪县第二实验小学“一把竹尺量校园”数学实践活动方案",
        record_title="【教研好物】篔溪县第二实验小学“一把竹尺量校园”数学实践活动方案（含记录单）- 书韵文库",
        date="2024-10-09",
        notes="text dump of a 文库 preview hard-wrapped at 62 columns, markers ⊓n⊔ glued to the "
        "continuation line; numbered list; 成文日期 under the signature",
        page="""
!m 书韵文库
!t 【教研好物】篔溪县第二实验小学“一把竹尺量校园”数学实践活动方案（含记录单）
!m 上传于 2024-10-21　｜　4 页　｜　下载券 3 张
!a 在线阅读　放大　缩小　转为纯文本
{T}
{BODY}
!a 预览结束，完整版含“测量记录单”，下载即得
!l 相关文档：小学数学综合实践活动案例集　｜　三年级“厘米和米”单元作业设计
!d 本文档由书韵文库用户上传，内容真实性由上传者负责。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⊓{n}⊔", every=130, start=2, glue=True),
        body="""
一、活动目的
引导三年级学生在真实情境中认识厘米和米，学会用竹尺测量身边物体的长度，体会估测与精确测量的区别。
二、活动时间
2024年10月14日至10月25日，共两周。
三、活动安排
1.第一周，各班利用数学课认识竹尺上的刻度，每名学生测量课桌、铅笔盒、课本的长和宽，并填写测量记录单。
2.第二周，以小组为单位测量走廊宽度、花坛边长和旗台高度，先估一估，再用竹尺一段一段接着量，比一比估计值和测量值相差多少。
3.活动结束后，各班评选“测量小能手”五名。
四、注意事项
竹尺由学校统一采购，每生一把，用后收回教具室。测量花坛和旗台时须有教师在场，不准站上旗台。
篔溪县第二实验小学教导处
2024年10月9日
""",
    ),
    dict(
        slug="gov-weichuan-notice-window-screens-elderly",
        site="湋川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.weichuan.gov.cn/zjj/tzgg/202405/t20240522_381406.html",
        title="关于开展2024年老旧小区适老化窗纱免费更换工作的通知",
        record_title="关于开展2024年老旧小区适老化窗纱免费更换工作的通知_住建动态_湋川县人民政府门户网站",
        date="2024-05-20",
        date_also=["2024-05-22"],
        notes="county portal: 长辈版/读屏 links, 索引号 table (文号 cell unmarked), a 纠错 line beside the "
        "bureau's own 联系人/电话; 附件 list; 成文日期 vs 发布日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展2024年老旧小区适老化窗纱免费更换工作的通知_住建动态_湋川县人民政府门户网站</title>
<meta name="SiteName" content="湋川县人民政府门户网站"><meta name="ColumnName" content="住建动态">
<link rel="stylesheet" href="/images/gov2022/style.css">
<script src="/images/gov2022/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 今天是2024年5月22日　星期三⟧</span>
<a href="javascript:;">⟦a 长辈版⟧</a> <a href="javascript:;">⟦a 读屏专用⟧</a> <a href="/en/">⟦a EN版⟧</a></div>
<div class="banner">⟦m 湋川县人民政府门户网站⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进湋川⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：首页 &gt; 政务公开 &gt; 部门信息 &gt; 县住建局 &gt; 住建动态⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11431022MB1C62047X/2024-00917⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发布机构：湋川县住房和城乡建设局⟧</td><td>⟦m 发布日期：2024-05-22⟧</td></tr>
<tr><td>文号：湋建发〔2024〕37号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="fontsize">⟦a 【字号：放大 正常 缩小】【打印本页】【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：适老化窗纱更换登记表.xls　验收单（样式）.doc⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 县住建局召开老旧小区改造推进会⟧</li><li>⟦l 关于公布2024年老旧小区改造项目清单的公示⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：湋川县人民政府办公室　承办：湋川县政务服务和大数据中心⟧</p>
<p>⟦m 网站纠错热线：0735-6219000（工作日）⟧</p>
<p>⟦m 湘ICP备05012833号　湘公网安备43102202000119号　网站标识码4310220019⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为改善老年人居住环境，县政府决定今年在全县老旧小区开展适老化窗纱免费更换工作。现将有关事项通知如下。
一、更换对象。户籍在本县、年满七十周岁且居住在2000年以前建成小区的老年人家庭，每户更换不超过四扇。
二、工作步骤。5月底前由社区摸底登记；6月至7月由中标企业上门测量安装；8月由乡镇组织验收。
三、工作要求。安装人员须佩戴工作证，不得向住户收取任何费用，不得推销其他产品。
联系人：雷晓棠，电话：0735-6218840。
附件：1.适老化窗纱更换登记表
2.验收单（样式）
湋川县住房和城乡建设局
2024年5月20日
""",
    ),
    dict(
        slug="gov-ziyang-bulletin-news-racks-table-cn-date",
        site="澬阳县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.ziyang-xian.gov.cn/wlgdj/gzdt/202409/t20240905_662810.html",
        title="关于全县农家书屋报刊架管理使用情况的通报",
        record_title="〔文旅通报〕关于全县农家书屋报刊架管理使用情况的通报 · 澬阳县人民政府网",
        date="2024-09-03",
        date_also=["2024-09-05"],
        notes="portal text: a table one row a paragraph, 抄送 and 印发 lines, 成文日期 in Chinese numerals; "
        "the portal's posting date differs",
        page="""
!m 澬阳县人民政府网　　政务公开　　部门文件　　县文化和旅游广电局
!t 〔文旅通报〕关于全县农家书屋报刊架管理使用情况的通报
!m 信息来源：县文化和旅游广电局　　公开日期：2024-09-05　　浏览次数：316
!a 【大 中 小】　【打印此页】　【关闭窗口】
澬文旅广电通〔2024〕9号
{T}
{BODY}
!l 上一条：澬阳县2024年“送戏下乡”演出安排
!l 下一条：关于做好中秋国庆期间文化市场安全工作的通知
!m 澬阳县人民政府办公室主办　县政务服务中心承办
!m 澬阳政务网站纠错与留言：0736-5110028　湘ICP备06017745号
""",
        body="""
各乡镇综合文化站：
8月下旬，县局组织对全县86个农家书屋报刊架管理使用情况进行了抽查，现将有关情况通报如下。
一、总体情况。抽查的30个书屋中，报刊按时上架的22个，报刊架完好、摆放规范的25个。
二、抽查结果
乡镇　抽查数　按时上架　架体完好
汈湾镇　8　7　8
篸桥镇　7　4　5
箵坪镇　8　6　7
楉田乡　7　5　5
三、存在问题。个别书屋报刊架被挪作杂物架，报刊堆放在办公室未上架；少数报刊架缺少标签，期刊和报纸混放。
四、整改要求。请各文化站于9月30日前完成整改，整改情况报县局公共服务股。
澬阳县文化和旅游广电局
二〇二四年九月三日
抄送：县委宣传部。
澬阳县文化和旅游广电局办公室　　2024年9月3日印发
""",
    ),
    dict(
        slug="news-tongling-pincushion-workshop-record-date",
        site="峂岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tonglingnews.cn/content/2024-11/06/content_90318.html",
        title="峂岭绣娘把老针插做成了“伴手礼”",
        record_title="峂岭绣娘把老针插做成了“伴手礼”_乡村振兴_峂岭新闻网",
        record_date="2024-11-06",
        date="2024-11-06",
        notes="county news portal: ad slot, listen button, 24-hour list; a photo caption between "
        "paragraphs; an editor line glued after the last paragraph; record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>峂岭绣娘把老针插做成了“伴手礼”_乡村振兴_峂岭新闻网</title>
<link rel="stylesheet" href="//res.tonglingnews.cn/css/article.css">
<script>window.TL_AD = {slot: "art-top", w: 960};</script>
</head><body>
<div class="head"><a href="/" class="logo">⟦m 峂岭新闻网⟧</a><span class="sub">⟦m 峂岭县融媒体中心主办⟧</span>
<ul class="nav"><li>⟦m 要闻⟧</li><li>⟦m 乡村振兴⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li></ul></div>
<div class="ad">⟦a 【广告】峂岭油茶 一年一季 山里好油⟧</div>
<div class="crumb">⟦m 峂岭新闻网 ＞ 乡村振兴 ＞ 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：峂岭日报　发布时间：2024-11-06 08:12⟧ <span class="listen">⟦a ▶ 听这篇⟧</span></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
<div class="hot"><h3>⟦l 24小时点击⟧</h3><ol><li>⟦l 峂岭至簹州城际公交本月开通⟧</li><li>⟦l 坻溪镇油茶林迎来采摘季⟧</li><li>⟦l 全县冬季征兵体检顺利结束⟧</li></ol></div>
<div class="foot">⟦d 凡注明“来源：峂岭日报”的作品，未经授权不得转载、摘编。⟧<br>⟦m 峂岭新闻网 版权所有　湘ICP备13005526号-1⟧</div>
</body></html>
""",
        body="""
本报讯（记者 禤嘉禾）走进峂岭县坻溪镇的非遗工坊，十几位绣娘正低头缝制一只只巴掌大的针插。圆鼓鼓的布包里塞满糠壳，表面绣着本地的油茶花。
⟦m 图为坻溪镇非遗工坊的绣娘在缝制针插。禤嘉禾 摄⟧
“以前针插是家家户户针线篮里的老物件，现在年轻人不做针线活了，我们就把它做成伴手礼。”工坊负责人伍月娥说。
今年以来，工坊已接到县内外订单一万二千多件，带动附近四十多名留守妇女在家就业，每人每月增收一千五百元左右。
县文旅部门还把针插制作搬进了游客中心，游客花半小时就能亲手缝一只带走。⟦m （责任编辑：苏棠　审核：龙启明）⟧
""",
    ),
    dict(
        slug="news-yucheng-bus-stop-news-racks-no-title",
        site="堉城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.yuchengxw.com/p/20240328/4418206.html",
        title="公交候车亭里多了一排报刊架",
        record_title=None,
        date="2024-03-28",
        notes="no title in the record: the page's title line; an app prompt glued before the lead; "
        "the byline's 发布时间 is the date",
        page="""
!m 堉城新闻网 · 手机版
!m 本地 ＞ 城事
{T}
!m 来源：堉城日报　发布时间：2024-03-28 07:45　阅读 5.6万
!a A－　A＋　　朗读全文
{BODY}
!l 相关新闻
!l 氿湖区新增12条公交微循环线路
!l 市邮政分公司报刊投递实现“早八点”
!a 下载“堉城新闻”客户端，本地新闻早知道
!m 堉城新闻网　新闻热线：0739-2266110　违法和不良信息举报：0739-2266119
""",
        body="""
⟦a 打开堉城新闻客户端阅读，领取本周公交出行券⟧堉城讯 这几天，细心的市民发现，氿湖区二十个公交站台的候车亭里，多了一排木色的报刊架。架子上插着当天的《堉城日报》和几本生活类期刊，等车的人随手就能取阅。
据市公交集团介绍，这批报刊架由集团和市邮政分公司共同设置，报纸每天早上六点半前由投递员更换，期刊每月更新一次。
“等车时翻两页报纸，时间过得快。”在文化宫站候车的退休教师邬长青说。
公交集团表示，将根据市民反映，年内把报刊架扩展到主城区六十个站台。
""",
    ),
    dict(
        slug="forum-qiaoshoufang-pincushion-diy-jammer",
        site="巧手坊论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.qiaoshoufang.net/thread-208816-1-1.html",
        title="用旧毛毡做了个番茄针插，附步骤",
        record_title="[针线活晒图] 用旧毛毡做了个番茄针插，附步骤 - 布艺针线区 - 巧手坊论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, rating row, signature, replies; "
        "the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[针线活晒图] 用旧毛毡做了个番茄针插，附步骤 - 布艺针线区 - 巧手坊论坛 - Powered by Discuz!</title>
<style>.jammer{color:#fff;font-size:0}</style>
</head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="hd">⟦m 巧手坊论坛 · 针线人的家⟧</div>
<div id="pt">⟦m 巧手坊论坛 › 手作天地 › 布艺针线区 › 查看内容⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 线团阿姨⟧</div><p>⟦m 金针绣娘　帖子 1207　积分 5520⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [针线活晒图] 用旧毛毡做了个番茄针插，附步骤⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　巧手币 +18　收起 理由⟧</div>
<div class="sign">⟦m 一针一线，慢慢来——线团阿姨的小铺周三上新⟧</div>
<div class="po">⟦a 回复　引用　收藏　顶一下⟧</div>
</td></tr></table>
<div class="pl"><p>⟦l 沙发　针尖麦芒：外婆当年也做过这种，看哭了⟧</p><p>⟦l 板凳　小满手作：请问羊毛在哪里买的？⟧</p></div>
<div id="f_pst">⟦a 登录后才能参与讨论，还没有账号？点此注册⟧</div>
<div id="ft">⟦m 巧手坊论坛 ( 浙ICP备18027731号 ) | 小黑屋 | 手机版⟧</div>
</body></html>
""",
        junk=dict(lines=2, glued=3),
        body="""
前几天收拾衣柜翻出一块旧毛毡，想起小时候外婆的番茄针插，就照着样子做了一个，分享一下步骤。
第一步，把毛毡剪成直径十二厘米的圆片，沿边缘缝一圈平针，留出线头。
第二步，中间塞满干净的羊毛或者碎布头，拉紧线头收口，就成了一个圆球。
第三步，用绿色绣线从顶部往下绕六道，把圆球分成六瓣，再缝上一片毛毡叶子当蒂。
塞料千万别用棉花，棉花压几次就瘪了，针扎进去也不稳。做好的针插放在缝纫机旁边，顺手插针特别方便。
大家有更好看的样式也可以贴出来交流。
""",
    ),
    dict(
        slug="forum-shiyi-bamboo-ruler-collector-junk",
        site="拾遗藏友网 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.shiyicangyou.com/viewthread.php?tid=77120",
        title="收到一把老裁缝用的竹尺，请教年代",
        record_title="[老物件求鉴] 收到一把老裁缝用的竹尺，请教年代（附多图） - 杂项收藏 - 拾遗藏友网",
        date=None,
        notes="collectors' forum thread with anti-scraping junk lines and junk glued after 。; "
        "replies below; 发表于 a relative time (no date)",
        page="""
!m 拾遗藏友网　›　杂项收藏　›　帖子详情
!t [老物件求鉴] 收到一把老裁缝用的竹尺，请教年代（附多图）
!m 楼主：篾匠后人　　发表于 昨天 21:06　　查看 1138　回复 12
!a 只看楼主　　打赏楼主　　举报
{BODY}
!m 本帖最近由 篾匠后人 于 昨天 21:10 修改
!l 2# 竹里馆主：字口留红，应该是店号尺，六七十年代没错
!l 3# 老铜钱：背面再拍清楚一点？
!a 回复本帖需先绑定手机号　　去绑定
!m 拾遗藏友网 Powered by phpwind　浙ICP备12033908号
""",
        junk=dict(lines=2, glued=3),
        body="""
前阵子在篔溪县的旧货市场收到一把竹尺，长约一米，尺面已经磨成了深褐色，上来请各位藏友帮忙看看年代。
尺子正面刻的是市尺，一尺分十寸，每寸之间用小圆点隔开；背面刻着“篔溪恒昌号”五个字，字口里还残留着红漆。
卖家说是县城一家老裁缝铺关门时流出来的。我查了一下，市尺是五十年代以后才普遍使用的，所以估计是六七十年代的东西，不知道对不对。
尺子一头有个小孔，穿着一截褪色的红绳，应该是挂在铺子墙上的。
懂行的朋友请指点一二，先谢过了。
""",
    ),
]
