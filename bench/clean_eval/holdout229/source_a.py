"""holdout229, part A: 范文 sites, 文库 previews, county portals, news portals, forums, a blog.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-wenshu-speech-coach-seatbelt-gb2312",
        site="文枢范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wenshu-fw.com/jianghua/jiaotong/2025/0416/58213.html",
        title="在全市客运车辆安全带佩戴专项整治动员会上的讲话",
        record_title="【讲话荟选】在全市客运车辆安全带佩戴专项整治动员会上的讲话（拿来即用版）_文枢范文网",
        date="2025-04-09",
        date_also=["2025-04-16"],
        notes="old gb2312 table page: marquee, font-size row, hot list, floating ghost-writer QQ box, visitor counter; date under the speech title, the page's posting date also accepted; speaker line neutral; a ghost-writer WeChat line glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话荟选】在全市客运车辆安全带佩戴专项整治动员会上的讲话（拿来即用版）_文枢范文网</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="60" class="logo">⟦m 文枢范文网·材料人的案头书⟧</td><td align="right">⟦a 设为主页 | 收进书签⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m 首页 | 讲话稿 | 工作总结 | 心得体会 | 述职报告 | 调研报告 | 公文格式⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m ★文枢范文网两万篇材料每日更新，写稿前先来翻一翻★⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：文枢范文网 &gt;&gt; 讲话稿 &gt;&gt; 交通运输讲话⟧</div>
<h1 align="center">{T}</h1>
<div align="center" class="info">⟦m 发布：2025-04-16　编辑：墨青　人气：1385⟧</div>
<div align="center" class="zihao">⟦a 〖调字号〗 大号 · 标准 · 小号⟧</div>
<div align="center">（2025年4月9日）</div>
<div align="center">市交通运输局副局长　邝立衡</div>
<div class="content">
{BODY}
</div>
<div class="pre">⟦l 上一篇：全市春运道路运输安全总结会主持词⟧</div>
<div class="next">⟦l 下一篇：在客运站“平安出行”宣传月启动仪式上的致辞⟧</div>
</td>
<td width="250" valign="top" class="right">
<div class="rtitle">⟦l 一周点击榜⟧</div>
<ul>
<li>⟦l 交通运输系统安全生产约谈会讲话⟧</li>
<li>⟦l 道路客运企业负责人述职报告⟧</li>
<li>⟦l 县长在安全生产月活动动员会上的讲话⟧</li>
</ul>
</td></tr>
</table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 写稿求助 扣扣 2968001547⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 本站稿件均由用户投稿或整理，仅作写作参考，引用请自行核实。⟧<br>
⟦m Copyright 2012-2025 文枢范文网 www.wenshu-fw.com　鲁ICP备13062851号⟧<br>
⟦m 您是本站第 00318752 位来访者⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全市客运车辆安全带佩戴专项整治动员会，主要任务是分析当前道路客运安全形势，部署为期三个月的专项整治。刚才，市交警支队通报了一季度检查情况，麈湖汽运公司作了表态发言，我都同意。⟦w 写材料卡壳？老笔杆一对一代拟，加微信 wszb_2025⟧
一、认清问题，正视安全带“挂而不系”的顽疾
一季度全市抽查客运车辆1862台次，乘客未系安全带的占比仍达17.4%，长途班线和农村客运尤为突出。有的车辆安全带被塞进座椅缝里，有的卡扣损坏后长期无人维修。
二、压实责任，把“系好安全带”落到每一个座位
各客运企业要落实发车前“一查二讲三确认”，驾驶员开车前要提醒乘客系好安全带；站务人员要把安全带完好情况列入例检项目，损坏一处、修复一处。
三、严格执法，形成长效管理机制
交警、运管部门要加大路面检查和视频抽查力度，对不系安全带的乘客当场劝导，对屡查屡犯的企业约谈曝光。
同志们，安全带就是生命带。希望大家以这次专项整治为契机，推动全市客运安全水平再上一个新台阶！
""",
    ),
    dict(
        slug="fanwen-sujian-insight-teacup-vip-fold",
        site="素笺范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.sujianfw.cn/xinde/zuofeng/77410.html",
        title="从一只茶杯看机关作风心得体会",
        record_title="从一只茶杯看机关作风心得体会（共2篇·精编）- 素笺范文",
        date=None,
        notes="a 范文 page without any document date (only an update stamp); a member line folding the second piece stands between two paragraphs; no date",
        page="""
!m 素笺范文 · 把字写进心里
!m 位置：素笺范文 / 心得体会 / 作风建设
!t 从一只茶杯看机关作风心得体会（共2篇·精编）
!m 更新于 2025-10-28　浏览 2904 次
!a ▷ 全文复制　▷ 存为Word　▷ 收进我的素笺
第1篇
{BODY}
!a 本页共2篇，余下1篇仅对素笺会员展开
!l 同栏目推荐：机关干部“四风”问题自查心得 ｜ 基层减负心得体会三篇
!d 素笺范文所收文章仅供学习借鉴，版权归原作者，侵删。
!m © 素笺范文 sujianfw.cn　浙ICP备19033816号-1
""",
        indent="\u3000\u3000",
        body="""
上个月，单位开展“清廉机关”主题活动，办公室给每位同志发了一只印有单位名称的白瓷茶杯，同时撤掉了会议室里的一次性纸杯。起初不少同志觉得是小题大做，但一段时间下来，我越来越体会到这只茶杯里装着作风。
一只茶杯，装的是节俭。过去一次会议要用掉几十只纸杯，喝两口就扔；现在各人带着自己的茶杯进会场，用完洗净放回，一个月能省下好几箱纸杯。
⟦a 会员专享：第2篇范文已收起，开通后可展开阅读⟧
一只茶杯，装的是规矩。茶杯统一放在工位右上角，离岗时杯盖盖好，文件不再被茶水洇湿，办公桌也清爽了许多。
一只茶杯，装的是清廉。有同志说，端着自己的茶杯去基层，不麻烦别人泡茶，也不收别人送的茶叶，心里更踏实。
小茶杯映照大作风。我将从这些细节做起，把节俭和清廉落在日常工作的一点一滴中。
""",
    ),
    dict(
        slug="wenku-moqu-survey-rural-bus-seatbelt-pdf-markers",
        site="墨渠文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.moqu365.com/view/8f31c07a2b9d.html",
        title="关于农村客运班线乘客安全带使用情况的调研报告",
        record_title="关于农村客运班线乘客安全带使用情况的调研报告.pdf",
        date="2025-05-22",
        notes="文库 reader: viewer toolbar, page-marker paragraphs cut sentences (⏠ n ⏡), paywall after the text, upload notice; file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于农村客运班线乘客安全带使用情况的调研报告.pdf-墨渠文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.moqu365.com/reader/v3/reader.min.js"></script>
</head>
<body>
<header class="mq-head"><a class="logo" href="/">⟦m 墨渠文库⟧</a><div class="search">⟦a 搜一搜文档⟧</div><div class="user">⟦a 登录 / 注册 领新人券⟧</div></header>
<div class="mq-crumb">⟦m 墨渠文库 › 行业资料 › 交通运输 › 调研报告⟧</div>
<div class="doc-head">
<h1 class="doc-title">⟦t 关于农村客运班线乘客安全带使用情况的调研报告.pdf⟧</h1>
<div class="doc-meta">⟦m 上传者：路遥知马 · 2025-06-30 上传 · 9 页 · 1.1 MB⟧ ⟦m ★★★★☆ 4.2分（26人评）⟧</div>
<div class="doc-bar">⟦a 阅读模式 | 放大 | 缩小 | 全屏 | 下载原文档⟧</div>
</div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="pay-mask">
<p>⟦a 预览已到尾页，剩下 6 页需解锁⟧</p>
<p>⟦a 5 墨豆解锁全文，或开通墨渠月卡无限读⟧</p>
</div>
<div class="upload-note">⟦d 本文档由用户自行上传，墨渠文库仅提供存储与展示空间；若有侵权，请联系平台下架。⟧</div>
<aside class="rel"><h3>⟦l 读过这篇的人还看了⟧</h3><ul>
<li>⟦l 农村客运“金通工程”实施情况调研⟧</li>
<li>⟦l 校车安全管理调研报告（2025）⟧</li>
</ul></aside>
<footer>⟦m ©2025 墨渠文库 moqu365.com · 苏ICP备20047713号⟧</footer>
<script>Reader.init({docId:"8f31c07a2b9d",free:3});</script>
</body>
</html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⏠ {n} ⏡", every=110, start=2),
        body="""
为摸清农村客运班线乘客安全带使用情况，4月下旬至5月中旬，县交通运输局会同交警大队组成调研组，随车跟乘12条农村客运班线，走访客运站4个、客运企业3家，发放问卷600份，收回有效问卷563份。现将有关情况报告如下。
一、基本情况。全县现有农村客运车辆147台，安全带配备率100%，但跟乘中乘客主动系好安全带的比例只有38.6%，短途乘客和老年乘客尤其低。
二、主要原因。一是认识不足，不少乘客认为“坐班车不用系”；二是设施老化，部分车辆卡扣松脱、织带发黑；三是提醒缺位，驾驶员开车前很少提示。
三、对策建议。建议在班车上张贴系带示意图、播放提示语音，把安全带完好率纳入企业考核，并由交警在重点路段开展随车抽查。
貂溪县交通运输局调研组
2025年5月22日
""",
    ),
    dict(
        slug="wenku-qingjian-plan-level-calibration-wrap60-markers",
        site="青简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qingjianwk.com/p/5512309847.html",
        title="装修工程水平仪校准与使用管理实施方案",
        record_title="【施工管理】装修工程水平仪校准与使用管理实施方案（可编辑可打印）- 青简文库",
        date="2025-03-03",
        notes="a 文库 text dump hard-wrapped at 60 columns, cut by page markers ⌱n⌱ on lines of their own; decimal headings 1.1–3.2; 成文日期 under the company's signature",
        page="""
!m 青简文库
!t 【施工管理】装修工程水平仪校准与使用管理实施方案（可编辑可打印）
!m 分享人：沐川工长　页数：4页　格式：DOC　阅读 712
!a 试读前2页 · 全文请用青简券兑换
{BODY}
!a —— 试读到此为止，兑换后继续阅读第3—4页 ——
!l 相关文档：瓷砖铺贴平整度控制要点 ／ 吊顶龙骨安装质量通病防治
!d 文档由分享人上传并负责，青简文库不对内容的准确性承担责任。
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⌱{n}⌱", every=130, start=2),
        body="""
为统一公司各项目部水平仪的校准和使用，减少因测量误差造成的地面起拱、墙砖错缝和吊顶不平等返工问题，结合装修施工实际，制定本方案。
1 适用范围
1.1 本方案适用于公司承接的住宅精装修和公共建筑装饰项目，各项目部、班组及外协队伍均应执行。
1.2 本方案所称水平仪，包括气泡水平尺、框式水平仪和激光水平仪三类，其他测量器具另行规定。
2 校准要求
2.1 新购水平仪入库前，由质检部在标准平板上逐台复核，气泡偏差超过每米0.5毫米的一律退回，不得发放到班组。
2.2 在用水平仪每季度集中校准一次；跌落、磕碰或在暴晒后出现读数异常的，班组须当日送质检部复核。
3 使用管理
3.1 项目部建立器具台账，逐台登记编号、领用人和校准日期，校准标签过期的不得使用。
3.2 铺贴地砖、安装吊顶和橱柜前，班组长须用两台水平仪交叉复核，读数不一致的先停工后查明。
麈湖市筑安装饰工程有限公司
2025年3月3日
""",
    ),
    dict(
        slug="gov-xichuan-notice-truck-seatbelt-index-table",
        site="犀川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xichuan.gov.cn/zwgk/tzgg/202506/t20250605_418820.html",
        title="关于开展货车驾驶人安全带佩戴专项劝导活动的通知",
        record_title="关于开展货车驾驶人安全带佩戴专项劝导活动的通知_通知公告_犀川县人民政府",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="county portal: 长者版/读屏 links, 索引号 table (the 文号 cell unmarked), a 纠错 line and a 12345 line in the footer beside the notice's own 联系人/电话; 附件 list, 抄送 and 印发 lines; 成文日期 expected, the portal's date also",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于开展货车驾驶人安全带佩戴专项劝导活动的通知_通知公告_犀川县人民政府</title>
<meta name="SiteName" content="犀川县人民政府">
<meta name="ColumnName" content="通知公告">
<script src="/common/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar">⟦m 今天是：2025年6月5日　星期四⟧ <a href="/zzb/">⟦a 长者版⟧</a> <a href="#" onclick="ariaOpen()">⟦a 读屏专用⟧</a> <a href="/en/">⟦a ENG⟧</a></div>
<div class="banner"><img src="/images/logo.png" alt="犀川县人民政府"><span>⟦m 犀川县人民政府⟧</span></div>
<ul class="main-nav"><li>⟦m 首页⟧</li><li>⟦m 走进犀川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索 引 号：11513421MB1530472K/2025-00873⟧</td><td>⟦m 主题分类：交通运输⟧</td></tr>
<tr><td>⟦m 发文机关：犀川县交通运输局⟧</td><td>⟦m 成文日期：2025-06-03⟧</td></tr>
<tr><td>犀交运〔2025〕17号</td><td>⟦m 公开日期：2025-06-05⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：县交通运输局　浏览次数：207⟧ ⟦a 字体调节 ＋ ○ －⟧ ⟦a 【打印此页】【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发至：微信 · 微博 · QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul>
<li>⟦l 犀川县2025年“安全生产月”活动方案⟧</li>
<li>⟦l 关于做好夏季道路货物运输安全工作的通知⟧</li>
</ul></div>
<footer>
<p>⟦m 主办：犀川县人民政府办公室　承办：犀川县大数据中心⟧</p>
<p>⟦m 网站纠错：0834-6612000　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：5134210017　蜀ICP备05012674号　川公网安备 51342102000133号⟧</p>
</footer>
<script src="/common/js/footer.js"></script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
各乡镇人民政府，县级有关部门，各道路货物运输企业：
为减少货车驾驶人因未系安全带造成的伤亡，县交通运输局、县公安局交警大队决定于6月10日至8月31日开展货车驾驶人安全带佩戴专项劝导活动。现将有关事项通知如下。
一、劝导对象。在我县注册的重型、中型货车驾驶人，以及途经县内国省道的外地货车驾驶人。
二、劝导方式。在国道318线犀川收费站、县道X047线獾岭路口等8处设置劝导点，对未系安全带的驾驶人当场劝导、登记；运输企业通过车载视频每日抽查，发现一次提醒一次。
三、工作要求。各乡镇要安排劝导员每周至少上岗两天，各运输企业于每月5日前将上月抽查情况报县交通运输局。
联系人：牟晓岚，电话：0834-6612307。
附件：1.货车驾驶人安全带劝导登记表
2.劝导点位及值守安排表
犀川县交通运输局　　犀川县公安局交通管理大队
2025年6月3日
抄送：县安委会办公室，县应急管理局。
犀川县交通运输局办公室　　2025年6月3日印发
""",
    ),
    dict(
        slug="gov-quyang-bulletin-level-inspection-table",
        site="蘧阳县住房和城乡建设局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://zjj.quyang.gov.cn/gzdt/tzgg/202504/t20250421_90317.html",
        title="关于2025年第一季度建设工地计量器具检查情况的通报",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="text of a portal page with the record's own title; a data table (one row a paragraph, cells apart by ideographic spaces); 文号 line neutral; 印发 line; 成文日期 expected, the page's 发布日期 also accepted",
        page="""
!m 蘧阳县住房和城乡建设局
!m 首页 ＞ 工作动态 ＞ 通知通报
{T}
!m 发布日期：2025-04-21　信息来源：质量安全股　阅读：143
!a 【大字】【小字】【打印】【收藏】
蘧住建通〔2025〕9号
{BODY}
!l 上一条：关于做好2025年汛期建设工地防汛工作的通知
!l 下一条：蘧阳县建筑施工企业信用评价结果公示
!m 蘧阳县住房和城乡建设局 主办　地址：蘧阳县迎宾大道66号
!m 技术支持：蘧阳县政务信息中心　湘ICP备10020931号
""",
        body="""
各建设、施工、监理单位：
今年3月，我局对全县在建的21个房屋建筑和市政工地进行了计量器具专项检查，重点检查水平仪、经纬仪、钢卷尺的检定和使用情况。现将检查情况通报如下。
一、检查结果
工地名称　抽查器具（台）　不合格（台）　主要问题
蘧阳一中学生公寓　12　3　水平仪超期未检定
艽田安置小区二期　9　2　水平尺气泡破损
城东污水管网工程　7　0　无
滨河路改造工程　10　4　无台账、无检定标签
二、存在问题
部分施工单位对计量器具重采购、轻管理，个别班组仍在使用气泡破损的水平尺找平，直接影响墙地面平整度。
三、整改要求
请有关单位在4月30日前完成整改，并将整改报告报县住建局质量安全股。
蘧阳县住房和城乡建设局
2025年4月18日
蘧阳县住房和城乡建设局办公室　2025年4月18日印发
""",
    ),
    dict(
        slug="news-mqxw-briefcase-town-photo-captions",
        site="麈湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mqxww.cn/xianyu/2025-09/12/content_77120.html",
        title="貂溪獾岭：一只公文包撑起一个镇",
        record_title="貂溪獾岭：一只公文包撑起一个镇_县域经济_麈湖新闻网",
        record_date="2025-09-12",
        date="2025-09-12",
        notes="news portal: an app prompt glued before the lead, photo captions between paragraphs, a listen button, 24-hour list, editor line glued after the last paragraph; record date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>貂溪獾岭：一只公文包撑起一个镇_县域经济_麈湖新闻网</title>
<meta name="description" content="貂溪县獾岭镇公文包产业">
<script async src="https://ads.mqxww.cn/slot.js"></script>
</head>
<body>
<div class="topnav">⟦m 麈湖新闻网 · 麈湖日报社主办⟧ ⟦a 数字报⟧ ⟦a 客户端⟧</div>
<nav>⟦m 首页 时政 县域经济 民生 文旅 视频⟧</nav>
<div class="crumbs">⟦m 麈湖新闻网 &gt; 县域经济 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-09-12 07:45　来源：麈湖日报　记者：甘露溪　通讯员：祁文卓⟧</div>
<div class="listen">⟦a 🔊 听新闻⟧</div>
<div class="text">
{BODY}
</div>
<div class="shareto">⟦l 分享到：朋友圈 微博 复制链接⟧</div>
</article>
<div class="ad">⟦d 广告⟧</div>
<aside><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 麈湖至犀川城际公交9月20日开通⟧</li>
<li>⟦l 秋季招聘会提供岗位3200个⟧</li>
<li>⟦l 市区新增夜间停车泊位860个⟧</li>
</ol></aside>
<footer>⟦d 麈湖新闻网所刊稿件，未经授权不得转载⟧ ⟦m 新闻热线：0736-2218866⟧ ⟦m 互联网新闻信息服务许可证 43120190011⟧</footer>
</body>
</html>
""",
        body="""
⟦a 打开麈湖新闻客户端，阅读体验更好⟧本报讯　走进貂溪县獾岭镇皮具产业园，裁皮、削边、车线的声音此起彼伏。这个只有两万多人的小镇，今年公文包订单已经排到了年底。
⟦m 图为獾岭镇一家皮具厂工人正在为公文包车缝提手。记者 甘露溪 摄⟧
獾岭镇做皮具已有三十多年。早些年，镇上的作坊只能给外地工厂做代工，一只公文包赚几块钱加工费。2021年起，镇里引导28家作坊联合注册“獾岭”商标，统一设计、统一质检，产品开始直接供给机关、银行和律所。
“公文包看着简单，讲究全在细处。”皮具厂负责人柴永福说，提手要经得起五千次拉力测试，拉链要顺滑不卡布。
⟦m 图为质检员在测试公文包提手的拉力。⟧
今年前8个月，獾岭镇公文包产量达到46万只，产值1.9亿元，带动周边1300多人就业。⟦m 责任编辑：伍青禾⟧
""",
    ),
    dict(
        slug="news-quyang-doormat-elderly-title-line",
        site="蘧阳融媒 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qyrongmei.cn/news/minsheng/20251106/36218.html",
        title="蘧园社区为两百户老人换上防滑门垫",
        record_title=None,
        date="2025-11-06",
        notes="no record title: the title line stands under the site's header; the byline's time is the page's date; a 'more in the app' line between paragraphs; editor line at the end",
        page="""
!m 蘧阳融媒 | 身边事 第一时间
!m 首页 > 民生 > 社区
{T}
!m 2025-11-06 08:31　来源：蘧阳融媒　记者：覃晓
{BODY}
!m 编辑：冼思远　审核：鲁一鸣
!l 相关推荐
!l 蘧阳县老旧小区加装电梯又添12部
!l 冬季用电安全，这些事项要注意
!a 下载“云上蘧阳”APP，身边新鲜事早知道
!m 蘧阳县融媒体中心版权所有　湘ICP备20009185号
""",
        body="""
11月5日，蘧阳县蘧园社区的志愿者挨家挨户敲门，为辖区两百户独居和高龄老人换上了防滑门垫。
蘧园社区是县城最早的老旧小区之一，楼道多为水磨石地面，一到雨雪天就容易打滑。社区今年走访时发现，有11位老人在家门口滑倒过，其中3人骨折住院。
⟦a 更多社区新闻，打开云上蘧阳APP查看⟧
社区与辖区一家物业公司商量后，选购了底部带橡胶颗粒的吸水门垫，每块都按老人家门口的尺寸裁剪，边缘压上斜坡，防止绊脚。
“以前下雨天出门心里发慌，现在踩上去稳当多了。”82岁的邢秀兰老人说。社区还给每块门垫贴上编号，由网格员每月上门清洗检查一次。
""",
    ),
    dict(
        slug="forum-jiangren-level-bubble-calibrate-jammer",
        site="匠人工具论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jiangrentool.com/thread-58816-1-1.html",
        title="水平尺气泡不居中，自己动手校准的办法",
        record_title="[量具杂谈] 水平尺气泡不居中，自己动手校准的办法（图文三步走）- 老手艺 - 匠人工具论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, a rating row and a signature, a reply box; posted 3 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[量具杂谈] 水平尺气泡不居中，自己动手校准的办法（图文三步走）- 老手艺 - 匠人工具论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
</head>
<body>
<div id="toptb">⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="hd">⟦m 匠人工具论坛 - 手艺人的交流家园⟧</div>
<div id="pt">⟦m 匠人工具论坛 › 工具交流 › 老手艺 › 正文⟧</div>
<table id="pid1" class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 木工老邝⟧</div><dl>⟦m 帖子 1274　精华 6　积分 9851⟧</dl></td>
<td class="plc">
<div class="ts">⟦m 查看: 4128 | 回复: 37⟧</div>
<h1><span id="thread_subject">⟦t [量具杂谈] 水平尺气泡不居中，自己动手校准的办法（图文三步走）⟧</span></h1>
<div class="authi">⟦m 木工老邝 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 5　威望 +6　金币 +40　理由：实用，已收藏⟧</div>
<div class="sign">⟦m 一尺一寸见功夫——老邝木作，接全屋定制⟧</div>
<div class="po">⟦a 回复　引用　收藏　顶　踩⟧</div>
</td></tr></table>
<div class="pgs">⟦l ‹ 上一主题 | 下一主题 ›⟧</div>
<div id="f_pst">⟦a 登录之后才能参与回帖哦 登录 | 注册⟧</div>
<div id="ft">⟦m 匠人工具论坛 ( 粤ICP备17100328号 ) | 手机版 | 小黑屋⟧ ⟦m GMT+8, 2025-11-20 21:05⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
干木工二十多年，水平尺几乎天天用。很多新手发现气泡不居中，以为尺子废了，其实多数情况可以自己校准，下面说说我的办法。
第一步，先验尺。找一块大致平的台面，把水平尺放上去，记下气泡的位置；再把尺子原地调头180度放回同一位置。两次气泡位置一样，说明尺子是准的，是台面不平。两次不一样，就是尺子本身偏了。
第二步，找偏差。调头前后气泡偏的方向相反，偏差就是两次读数差的一半。
第三步，调水泡。带调节螺丝的水平尺，用小螺丝刀轻轻拧，把气泡往中间调一半的偏差，再重复第一步，直到调头前后气泡一样为止。
水泡是粘死的那种没法调，偏差大就别再用来找平了，留着量个大概还行。
""",
    ),
    dict(
        slug="forum-laowujian-teacup-enamel-junk-text",
        site="老物件论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.laowujian.net/forum/t-20931.html",
        title="爷爷用了四十年的搪瓷茶杯",
        record_title="[晒杯] 爷爷用了四十年的搪瓷茶杯 - 老物件 - 怀旧小馆论坛",
        date=None,
        notes="a text forum thread: junk lines and junk glued after 。; a floor counter, replies, a reply box; posted 昨天 (no date)",
        page="""
!m 怀旧小馆论坛 › 老物件 › 晒杯
!t [晒杯] 爷爷用了四十年的搪瓷茶杯
!m 楼主：青石巷口　昨天 21:40　看帖 906　跟帖 14
!m 【楼主】
{BODY}
!l 【沙发】 竹篮打水：我家也有一只，印着“先进生产者”
!l 【板凳】 老猫：杯底的锈别磨，那是包浆
!a 写点什么再走吧～（登录后可跟帖）
!m 怀旧小馆论坛 huaijiuxg.net　客服邮箱 kefu@huaijiuxg.net
""",
        junk=dict(lines=2, glued=2),
        body="""
前几天收拾老屋，从碗柜最里头翻出爷爷那只白底红字的搪瓷茶杯，杯身印着“貉口公社农机站一九八四年”，杯盖的提钮早就掉了，爷爷后来拿铁丝拧了一个。
这只茶杯跟了爷爷四十年。他在农机站修拖拉机，每天早上泡一大杯浓茶，放在工具箱上，修一会儿喝一口。杯口磕掉好几块瓷，露出黑黑的铁，他说不碍事，照样用。
爷爷走后，奶奶一直舍不得扔，说杯子里还有他的茶味。我把它洗干净，拍了几张照片，想请懂行的朋友看看，这种杯子现在还有人修补吗？
""",
    ),
    dict(
        slug="blog-laotan-level-tile-setter-tags-archive",
        site="老谭的瓦工日记 (invented, WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laotan-waagong.cn/2025/07/19/shuipingyi/",
        title="贴砖师傅的第一件工具：水平仪",
        record_title="贴砖师傅的第一件工具：水平仪 | 老谭的瓦工日记",
        date="2025-07-19",
        notes="blog: header slogan, 发表于 line as the page's date, tag cloud, archive, calendar, comment form; a print link glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>贴砖师傅的第一件工具：水平仪 | 老谭的瓦工日记</title>
<link rel="stylesheet" href="/wp-content/themes/plain/style.css">
</head>
<body class="single">
<header><p class="site-title">⟦m 老谭的瓦工日记⟧</p><p class="site-desc">⟦m 一把灰刀，二十年砖缝⟧</p></header>
<nav>⟦m 首页　手艺　工具　杂记　留言板⟧</nav>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2025年7月19日　分类：工具　作者：老谭⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：水平仪 贴砖 工具 手艺⟧</div>
<nav class="nav-links">⟦l ← 前一篇：雨季贴外墙砖要注意啥⟧ ⟦l 后一篇：美缝剂怎么挑 →⟧</nav>
<section id="comments">
<h3>⟦l 说两句再走⟧</h3>
<p>⟦l 昵称（必填）　邮箱（不会公开）⟧</p>
<button>⟦a 提交评论⟧</button>
</section>
</article>
</main>
<aside>
<h3>⟦l 标签云⟧</h3><p>⟦l 瓷砖 水泥 防水 工具 找平 美缝 收徒⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年七月 (4)⟧</li><li>⟦l 2025年六月 (6)⟧</li></ul>
</aside>
<footer>⟦m © 2025 老谭的瓦工日记 · 基于 WordPress 搭建⟧</footer>
</body>
</html>
""",
        body="""
常有年轻人问我，学贴砖先买什么工具。我的回答一直没变：先买一把好水平仪。
贴砖这活，砖贴歪了看得出来，贴不平却要等到住进去才发现：拖地时水往一个角落流，家具放上去晃，灯光一照砖面高低不平。这些毛病，十有八九是找平时偷了懒。
我自己用三样：六十公分的气泡水平尺，量单块砖；两米的铝合金靠尺配水平泡，量整面墙；激光水平仪打基准线，一个房间开工前先打一圈。⟦a 打印本文⟧
水平仪也要伺候好。收工擦干净，放回盒子里，别扔在工具袋底下让锤子压着。每隔一阵子，我会在同一个位置正放、调头各量一次，两次不一样就送去校准。
工具是手艺人的眼睛，眼睛不准，手再巧也白搭。
""",
    ),
]
