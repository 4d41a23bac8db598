"""holdout232, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moqi-speech-drill-safety-gb2312",
        site="墨畦范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqi-fw.com/jh/anquan/20250402/11873.html",
        title="在全县建筑工地电动工具安全专项整治动员会上的讲话",
        record_title="〔讲稿精选〕在全县建筑工地电动工具安全专项整治动员会上的讲话（照着改就能用）_墨畦范文网",
        date="2025-03-18",
        date_also=["2025-04-02"],
        notes="old gb2312 table page with a marquee, a font row, a floating QQ box and a visitor counter; "
        "speaker and date lines under the speech title are neutral; the page's posting date differs from the "
        "date under the title; a ghost-writer WeChat line glued after a sentence",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔讲稿精选〕在全县建筑工地电动工具安全专项整治动员会上的讲话（照着改就能用）_墨畦范文网</title>
<meta name="keywords" content="电钻,电动工具,安全整治,讲话稿">
<script language="javascript" src="/js/tongji.js"></script>
<script language="javascript">function fsz(n){document.getElementById('wz').style.fontSize=n+'px';}</script>
</head>
<body bgcolor="#f6f3ea" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="600"><img src="/images/mq_logo.gif" alt="墨畦范文网"><b>⟦m 墨畦范文网·一亩墨田种好文⟧</b></td>
<td align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 设墨畦为首页⟧</a>&nbsp;&nbsp;<a href="#">⟦a 存入浏览器书签⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td><a href="/">⟦m 网站首页⟧</a>&nbsp;&nbsp;<a href="/jh/">⟦m 讲话致辞⟧</a>&nbsp;&nbsp;<a href="/zj/">⟦m 总结汇报⟧</a>&nbsp;&nbsp;<a href="/fa/">⟦m 方案计划⟧</a>&nbsp;&nbsp;<a href="/xd/">⟦m 心得感悟⟧</a></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨畦范文网新开“工地安全讲话”专辑，三百余篇讲稿陆续上架⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td width="710" valign="top">
<div class="weizhi">⟦m 所在栏目：墨畦范文网 &gt;&gt; 讲话致辞 &gt;&gt; 安全生产讲话⟧</div>
<h1 align="center">{T}</h1>
<p align="center">县住房和城乡建设局副局长　严立新</p>
<p align="center">（2025年3月18日）</p>
<div align="center" class="xinxi">⟦m 发布时间：2025-04-02　投稿：青衫客　阅读：1388次⟧</div>
<div align="center">⟦a 【字号：大 中 小】【羊皮纸底色】【整篇复制】⟧</div>
<div id="wz">
{BODY}
</div>
<div align="center">⟦a 【下载本讲稿Word版】⟧ ⟦a 【打印这一页】⟧ ⟦a 【关掉窗口】⟧</div>
<div>⟦l 上一篇：全县消防安全工作会议讲话（节选）⟧<br>⟦l 下一篇：在建筑施工扬尘治理推进会上的表态发言⟧</div>
</td>
<td width="250" valign="top" bgcolor="#efe9d8">
<div class="bt">⟦l 本月讲稿热榜⟧</div>
<ul><li><a href="/jh/1.html">⟦l 安全生产月启动仪式讲话稿⟧</a></li><li><a href="/jh/2.html">⟦l 施工企业安全例会领导发言⟧</a></li><li><a href="/jh/3.html">⟦l 工地节后复工第一课讲话⟧</a></li></ul>
<div id="piaofu" style="position:absolute;right:8px;top:260px">⟦w 写材料找墨畦：QQ 2860471935⟧</div>
</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 墨畦所收讲稿多为文友投寄，只作写作参考，转载请写明出处。⟧<br>
⟦m 墨畦范文网 版权所有 赣ICP备19027713号⟧<br>
⟦m 您是本站第 0862147 位访客⟧
</td></tr></table>
<script language="javascript" src="/js/piaofu.js"></script>
</body></html>
""",
        body="""
同志们：
今天召开这次动员会，主要是部署全县建筑工地电动工具安全专项整治工作。去年以来，全县工地共发生手持电钻、角磨机伤人事故5起，其中3起是电钻漏电造成的，教训十分深刻。⟦w 讲稿量身定制请加微信 mqfw_2208⟧
一要摸清底数。各施工单位要在4月15日前对在用电钻逐台登记，写明型号、购入时间和保管人，绝缘不合格、电源线破损的一律停用。
二要规范使用。电钻必须接入带漏电保护的配电箱，严禁私拉乱接；高处打孔要系好安全带，更换钻头前必须先断电。
三要压实责任。住建、应急管理、市场监管部门要联合开展检查，对问题突出的工地公开曝光，对拒不整改的依法责令停工。
同志们，安全无小事。希望大家把这次整治当成一件实事来办，确保全县工地不再发生电动工具伤人事故。
""",
    ),
    dict(
        slug="fanwen-heshui-insight-shower-cap-housekeeping",
        site="禾穗公文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.heshuigw.net/xinde/peixun/40917.html",
        title="客房服务员参加“绿色客房”培训心得体会",
        record_title="客房服务员参加“绿色客房”培训心得体会（3篇合集）_禾穗公文网",
        date=None,
        notes="decorated record title (collection count, site suffix); a further-reading line between two "
        "paragraphs; an update stamp (3 天前) is no date",
        page="""
!m 禾穗公文网 — 字字落地，篇篇能用
!m 当前位置：首页 » 心得体会 » 培训心得
!t 客房服务员参加“绿色客房”培训心得体会（3篇合集）
!m 整理：穗穗　栏目：培训心得　浏览：2056　更新于 3 天前
!a ▶ 复制本篇　▶ 导出成Word　▶ 放进我的素材夹
{T}
{BODY}
!a 第2篇、第3篇属会员内容，开通禾穗年卡后可阅读
!l 相关推荐：前厅接待员岗位培训心得　｜　酒店服务礼仪学习体会
!w 材料代笔、润色改写，微信搜一搜 heshui_wenan
!d 禾穗收录的心得范文来自用户投稿，仅供借鉴，请勿原样抄交。
!m © 2019-2025 禾穗公文网　蜀ICP备20058163号
""",
        indent="\u3000\u3000",
        body="""
前不久，酒店组织客房部全体员工参加了“绿色客房”专题培训。培训老师从一顶小小的浴帽讲起，让我对平时习以为常的工作有了新的认识。
过去整理房间时，不管客人用没用过，我都会把浴帽、牙刷、梳子补齐，觉得这样才算服务周到。老师给我们算了一笔账：全店一年要消耗浴帽四万多只，其中将近一半没有拆封就被当作垃圾清走了。听到这个数字，我心里很不是滋味。
⟦l 延伸阅读：客房布草节约十法⟧
现在我们改为在卫生间放一张提示卡，客人需要浴帽可以打电话到前台，五分钟内送到房间。刚开始我担心客人嫌麻烦，可一个月下来，没有一件投诉，还有客人在点评里夸我们环保。
这次培训让我明白，节约不是抠门，而是把东西用在需要的地方。今后我会把这份心思用在每一个细节上。
""",
    ),
    dict(
        slug="wenku-zhiyuan-research-bus-stop-signs-html-markers",
        site="纸鸢文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyuanwk.com/view/5a1c77e0b2.html",
        title="关于城区公交站牌信息标识情况的调研报告",
        record_title="关于城区公交站牌信息标识情况的调研报告（全文无删减）- 纸鸢文库",
        date="2025-05-20",
        notes="文库 reader with a viewer toolbar; page-marker paragraphs (⦸ n ⦸) cut sentences; a paywall box; "
        "upload stamp is no date, the 成文日期 under the signature is; 扫码 as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于城区公交站牌信息标识情况的调研报告（全文无删减）- 纸鸢文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://static.zhiyuanwk.com/css/reader.8c1f.css">
<script src="https://static.zhiyuanwk.com/js/reader.8c1f.js" defer></script>
</head><body>
<header class="zy-top"><a class="logo" href="/">⟦m 纸鸢文库⟧</a><span class="slogan">⟦m 放飞每一页好文档⟧</span>
<form class="search"><input placeholder="搜文档、搜范文"><button>⟦a 搜一下⟧</button></form>
<a class="vip" href="/vip">⟦a 开纸鸢会员，海量文档随心下⟧</a> <a href="/login">⟦a 登录｜免费注册⟧</a></header>
<nav class="crumb">⟦m 纸鸢文库 › 行业资料 › 交通运输 › 调研报告⟧</nav>
<main class="reader">
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：柍城小鹿　上传于 2025-06-03　共 4 页　阅读 1.1万⟧</p>
<div class="toolbar">⟦a 全屏阅读　页面缩放　打开目录　分享文档⟧</div></div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall"><p>⟦a 剩余 2 页未读，开通会员即可继续阅读⟧</p><button>⟦a 0.5元买下本篇⟧</button></div>
<aside class="rel"><h3>⟦l 读过这篇的人也在读⟧</h3>
<ul><li>⟦l 城市公交候车亭设置规范研究⟧</li><li>⟦l 公交线网优化调研报告（交通局版）⟧</li><li>⟦l 关于提升公共交通服务质量的建议⟧</li></ul></aside>
</main>
<footer><p>⟦d 纸鸢文库仅提供信息存储空间，文档由用户上传，若侵犯您的权利请发函至版权邮箱。⟧</p>
<p>⟦m 纸鸢文库 zhiyuanwk.com 苏ICP备22031457号-1⟧</p></footer>
<script>window.zyReader && zyReader.init({docId:"5a1c77e0b2"});</script>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⦸ {n} ⦸", every=140, start=2),
        body="""
为了解城区公交站牌设置和信息标识情况，5月上旬，市交通运输局调研组对城区86条公交线路的412个站点进行了实地走访，并向乘客发放问卷600份。现将有关情况报告如下。
一、基本情况
城区现有公交站牌412块，其中电子站牌96块、候车亭式站牌221块、立杆式站牌95块。问卷显示，乘客对站牌的满意率为71.3%。
二、存在的问题
一是信息更新不及时，有37块站牌仍标注已经调整的线路；二是字体偏小，老年乘客普遍反映看不清首末班时间；三是部分立杆式站牌被行道树遮挡，夜间没有照明。
三、几点建议
（一）建立站牌信息季度核查制度，线路调整后7日内完成更新。
（二）推广大字版站牌，重点站点加装夜间照明。
（三）在站牌上印制二维码，乘客扫码即可查询实时到站信息。
柍城市交通运输局调研组
2025年5月20日
""",
    ),
    dict(
        slug="wenku-yunzhi-plan-signal-timing-wrapped-markers-pdf",
        site="云帙文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://yunzhiwk.com/p/88317402.html",
        title="桴湖区主要路口信号灯配时优化工作方案",
        record_title="桴湖区主要路口信号灯配时优化工作方案.pdf",
        date="2025-04-09",
        notes="file-name record title; PDF text hard-wrapped at 60 columns and cut by page markers (⟙n⟙) glued "
        "to the continuation line; decimal headings; 成文日期 under the signature",
        page="""
!m 云帙文库 · 在线预览
!m 首页 > 公安交通 > 交通管理方案
!t 桴湖区主要路口信号灯配时优化工作方案.pdf
!m 文档页数：5页　大小：0.4MB　贡献者：yz_7712　上传于2025-04-21
!a ⬇ 下载原文(8金币)　☆ 收藏　⚑ 举报
{BODY}
!a —— 已预览到最后一页，下载后可编辑原文 ——
!l 你可能喜欢：路口渠化设计方案｜信号控制系统运维方案｜学校周边交通整治方案
!d 云帙文库文档均由用户上传，本站不担保内容准确，如有侵权请联系下架。
!m 云帙文库 yunzhiwk.com 浙ICP备21044518号-3
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⟙{n}⟙", every=130, start=2, glue=True),
        body="""
为缓解早晚高峰路口拥堵，提高通行效率，保障行人过街安全，结合辖区实际，制定本方案。
1 工作目标
1.1 6月底前完成辖区24个主要路口信号灯配时优化，高峰时段平均排队长度下降15%以上。
1.2 学校、医院周边路口行人过街等待时间控制在60秒以内。
2 主要措施
2.1 采集数据。利用路口卡口和地磁检测器，连续采集两周车流量数据，分时段建立配时台账。
2.2 分类优化。对潮汐特征明显的路口实行可变车道与信号联动，对相邻路口实施绿波协调控制。
2.3 试运行评估。每个路口调整后试运行7天，收集群众意见后再固化配时方案。
3 工作要求
各中队要明确专人负责，发现信号灯故障的，30分钟内到场处置并做好记录。
柍城市公安局桴湖分局交通警察大队
2025年4月9日
""",
    ),
    dict(
        slug="gov-chouchuan-notice-bike-shed-fire-index-table",
        site="椆川县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.chouchuan.gov.cn/zwgk/zcwj/202505/t20250514_31877.html",
        title="关于开展住宅小区电动自行车棚消防安全排查整治的通知",
        record_title="关于开展住宅小区电动自行车棚消防安全排查整治的通知_政策文件_椆川县人民政府",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="county portal: 长者/无障碍 links, 索引号 table (the 文号 cell unmarked, neutral), a correction line "
        "and a service line beside the notice's own 联系人/电话; 附件 list, 抄送 and 印发 lines; portal date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展住宅小区电动自行车棚消防安全排查整治的通知_政策文件_椆川县人民政府</title>
<meta name="ArticleTitle" content="关于开展住宅小区电动自行车棚消防安全排查整治的通知">
<meta name="PubDate" content="2025-05-14 16:20">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/zoom_font.js"></script>
</head><body>
<div class="gov-top"><span>⟦m 椆川县人民政府　chouchuan.gov.cn⟧</span>
<a href="/elder/">⟦a 长者阅读版⟧</a> <a href="javascript:;" id="wza">⟦a 视障辅助浏览⟧</a> <a href="/en/">⟦a English Version⟧</a></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进椆川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gov-pos">⟦m 您的位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 县政府办文件⟧</div>
<table class="xxgk-idx">
<tr><td>⟦m 索引号：11361127MB1538QX2R/2025-00386⟧</td><td>⟦m 发文机关：椆川县人民政府办公室⟧</td></tr>
<tr><td>椆府办字〔2025〕17号</td><td>⟦m 成文日期：2025-05-12⟧</td></tr>
<tr><td>⟦m 发布日期：2025-05-14⟧</td><td>⟦m 主题分类：公共安全、消防⟧</td></tr>
</table>
<div class="art">
<h1>{T}</h1>
<div class="art-tools">⟦a 字号〔放大 还原 缩小〕⟧ ⟦a 〔打印本文〕⟧ ⟦a 〔关闭本页〕⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-cuo">⟦w 本页内容如有差错，请拨打网站纠偏热线 0797-6120000⟧</div>
</div>
<div class="gov-rel"><h4>⟦l 相关文件⟧</h4>
<p>⟦l 椆川县电动自行车充电设施建设三年行动方案⟧</p><p>⟦l 关于做好汛期高层住宅消防安全工作的通知⟧</p></div>
<div class="gov-foot">
<p>⟦m 主办：椆川县人民政府办公室　承办：椆川县政务数据服务中心⟧</p>
<p>⟦m 网站标识码：3611270031　赣ICP备06011724号　赣公网安备36112702000181号⟧</p>
<p>⟦m 政务服务专线：0797-6128890（工作日 8:30-17:30）⟧</p>
</div>
<script>var _ccga = _ccga || []; _ccga.push(['pv', '31877']);</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位：
近期，外地接连发生电动自行车在车棚内充电起火的事故。为防范类似事故，县政府决定在全县开展住宅小区电动自行车棚消防安全排查整治。现将有关事项通知如下。
一、排查范围。全县所有住宅小区、城中村的电动自行车棚和集中充电点。
二、整治重点。车棚内私拉电线、使用不合格插座，车棚使用易燃彩钢夹芯板搭建，车棚紧贴住宅窗户或者堵塞消防通道等问题。
三、时间安排。5月20日前各乡镇完成自查，6月30日前全部完成整改。
联系人：县消防救援大队　覃海波，电话：0797-6123318。
附件：1.电动自行车棚消防安全排查表
2.整改情况汇总表
椆川县人民政府办公室
2025年5月12日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
椆川县人民政府办公室　2025年5月12日印发
""",
    ),
    dict(
        slug="gov-juyang-notice-signal-lights-wrapped",
        site="椐阳县人民政府 (invented county portal)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.juyang.gov.cn/zwgk/tzgg/202506/t20250604_22019.html",
        title="关于椐阳县城区部分路口启用交通信号灯的通告",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="title as is in the record; the body hard-wrapped at 56 columns with indents; a byline's posting "
        "date differs from the 成文日期; a 12345 line in the footer",
        page="""
!m 椐阳县人民政府　www.juyang.gov.cn
!m 首页 ＞ 信息公开 ＞ 公告公示 ＞ 交通管理
{T}
!m 来源：县公安局交警大队　发布时间：2025-06-04 09:30　浏览次数：1207
!a 〔字号 放大｜默认｜缩小〕　〔打印正文〕　〔关闭页面〕
{BODY}
!l 上一条：椐阳县2025年夏季防溺水安全提示
!l 下一条：关于县城区滨河路施工期间交通管制的通告
!m 主办：椐阳县人民政府办公室　承办：县大数据中心
!m 网站标识码：3611290014　赣ICP备05003871号
!m 政务服务便民热线：12345
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
为保障道路交通安全畅通，经实地勘查和交通流量论证，我大队决定在县城区以下路口启用交通信号灯，现将有关事项通告如下：
一、自2025年6月16日起，县城区人民路与柏林街交叉口、建设路与芄田大道交叉口、滨河路与新华街交叉口启用机动车信号灯和人行横道信号灯。
二、信号灯启用后，机动车、非机动车和行人须按照信号灯指示通行；试运行期间，路口安排民警和协管员现场疏导。
三、对闯红灯、不按导向车道行驶等交通违法行为，将依法予以处罚。
特此通告。
椐阳县公安局交通警察大队
2025年6月3日
""",
    ),
    dict(
        slug="news-jiashan-bus-stop-e-signs-captions",
        site="槚山新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jiashannews.cn/yw/2025-07/08/content_66120.html",
        title="槚山县城区120块公交站牌换上电子屏",
        record_title="槚山县城区120块公交站牌换上电子屏_槚山要闻_槚山新闻网",
        date="2025-07-08",
        notes="county news portal: an app prompt glued before the news lead, a photo caption between paragraphs, "
        "an editor line glued after the last sentence; byline 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>槚山县城区120块公交站牌换上电子屏_槚山要闻_槚山新闻网</title>
<meta name="description" content="槚山县城区及周边乡镇120块公交电子站牌全部投入使用">
<script src="//cdn.jiashannews.cn/js/stat.js"></script>
<script>var shareCfg={title:document.title,pic:""};</script>
</head><body>
<div class="top-bar">⟦m 槚山新闻网——槚山县融媒体中心主办⟧ <a href="/app">⟦a 下载客户端⟧</a></div>
<div class="menu"><a>⟦m 首页⟧</a> <a>⟦m 槚山要闻⟧</a> <a>⟦m 乡镇动态⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 视频⟧</a></div>
<div class="position">⟦m 当前所在：槚山新闻网 &gt; 槚山要闻 &gt; 正文⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-07-08 11:05　来源：槚山县融媒体中心⟧</div>
<div class="tts">⟦a ▷ 听本文　字号 A+ A-⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：微信　朋友圈　QQ空间⟧</div>
</div>
<div class="side"><h3>⟦l 槚山 · 24小时⟧</h3>
<ol><li>⟦l 萋口镇早稻开镰，亩产预计超千斤⟧</li><li>⟦l 县城区新增三处便民停车场⟧</li><li>⟦l 槚山高铁站进站口临时调整⟧</li></ol></div>
<div class="foot">
<p>⟦d 本网原创稿件未经书面许可不得转载、摘编，违者追究法律责任。⟧</p>
<p>⟦m 槚山新闻网 新闻热线 0796-4812345　互联网新闻信息服务许可证 36120230017⟧</p>
</div>
<script src="//cdn.jiashannews.cn/js/share.js"></script>
</body></html>
""",
        body="""
⟦a 下载“槚山+”客户端看更多本地新闻⟧本网讯（记者 龙雨桐 通讯员 鲁航）7月7日，随着最后一块电子站牌在萋口镇客运站调试完成，县城区及周边乡镇120块公交电子站牌全部投入使用。
新站牌可以实时显示下一班车的位置和预计到站时间，遇到暴雨、道路施工等情况，还会滚动播出线路临时调整信息。
⟦m 图为萋口镇客运站新安装的电子站牌。通讯员 鲁航 摄⟧
“以前等车只能干着急，现在抬头一看就知道还要等几分钟。”在县医院站候车的市民曾阿姨说。
县交通运输局相关负责人介绍，下一步将在站牌旁增设座椅和遮阳棚，并为视力不好的乘客开通语音播报功能，按下按钮即可收听到站信息。⟦m （责任编辑：方晓蕾　终审：林一）⟧
""",
    ),
    dict(
        slug="news-yangcheng-drill-gas-pipe-title-line",
        site="柍城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yangchengwb.com/shehui/20250815/a4410.html",
        title="装修工人用电钻打穿燃气管，邻居闻到异味及时报警",
        record_title=None,
        date="2025-08-15",
        notes="no title in the record: the page's title line; byline 发布时间 is the page's date; a related link on "
        "a line of its own between paragraphs; a news hotline beside the body's own advice",
        page="""
!m 柍城晚报网 | 柍城人自己的新闻网站
!m 首页 / 社会 / 民生热线
{T}
!m 发布时间：2025-08-15 07:46　来源：柍城晚报　作者：温可欣
!a 分享到：微信 朋友圈 微博　|　听新闻
{BODY}
!m 编辑：沈南
!l 24小时热文
!l 1. 桴湖区新开两条夜间公交线路
!l 2. 柍城今年首个高温红色预警发布
!l 3. 萋口镇杨梅节周末开幕
!d 凡注明“来源：柍城晚报”的作品，版权均属柍城晚报社，未经授权请勿转载。
!m 新闻热线：0798-3216600　违法和不良信息举报：0798-3216611
""",
        indent="\u3000\u3000",
        body="""
本报讯（记者 温可欣）8月14日下午，桴湖区芼园社区一户居民家装修时，工人用冲击电钻在厨房墙面打孔，不慎打穿了墙内暗埋的燃气管道。
邻居闻到异味后立即拨打了燃气抢修电话。抢修人员10分钟后赶到，关闭了楼栋总阀，所幸没有造成人员伤亡。
⟦l 相关阅读：燃气泄漏后先做这五件事⟧
燃气公司提醒，装修前应先查清燃气管道走向，墙面打孔要避开管道上下左右30厘米范围；一旦闻到燃气味，切勿开关电器、拨打电话，应先到室外再报警。
""",
    ),
    dict(
        slug="forum-zuanyou-post-brush-change-jammer",
        site="钻友之家 (invented, Discuz-like power-tool forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.zuanyou.net/thread-30217-1-1.html",
        title="用了八年的冲击钻换碳刷记",
        record_title="[晒工具] 用了八年的冲击钻换碳刷记 - 工具交流 - 钻友之家",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post, a rating row, a signature, replies; "
        "the post time is relative (3 天前), no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[晒工具] 用了八年的冲击钻换碳刷记 - 工具交流 - 钻友之家</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Zq1" type="text/javascript"></script>
</head><body>
<div id="toptb">⟦m 钻友之家 · 爱折腾的工具人⟧ <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 加入钻友⟧</a></div>
<div id="pt">⟦m 钻友之家 › 工具交流 › 电钻/冲击钻 › 查看内容⟧</div>
<table id="pid301"><tr>
<td class="pls"><div class="authi">⟦m 老钳工阿坤⟧</div><p>⟦m 帖子 862 精华 3 钻币 4170⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_301">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分 参与人数 6 钻币 +18 收起 理由⟧</div>
<div class="sign">⟦m —— 阿坤的工具柜：手电钻三把，角磨两台，扳手一抽屉 ——⟧</div>
<div class="po">⟦a 回复 引用 收藏 举报⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 小区木工坊：碳刷要买原厂的，杂牌的磨得快⟧</p><p>⟦l 螺丝刀不离手：学到了，我家那台也是这个症状⟧</p></div>
<div id="f_pst">⟦a 登录后方可回帖⟧</div>
<div id="ft">⟦m 钻友之家 bbs.zuanyou.net ( 粤ICP备20066147号 )⟧ ⟦m Powered by Discuz! X3.4⟧</div>
<script>_attachEvent(window,'load',function(){},document);</script>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里这台冲击钻是2017年买的，打过瓷砖、钻过水泥墙，一直没出过毛病。上个月开始，一按开关就冒火花，转速也忽快忽慢，我估计是碳刷磨完了。
拆机其实不难：先拔掉电源，拧下后盖四颗螺丝，就能看到两侧的碳刷座。旧碳刷只剩三四毫米，新的有十几毫米，差别很明显。
换上同型号碳刷后，不要马上干重活，空转两三分钟让碳刷和换向器磨合一下。现在火花小多了，声音也顺了。
提醒新手两点：一是一定要断电操作；二是碳刷要成对更换，只换一个容易偏磨。
""",
    ),
    dict(
        slug="forum-xingnangyi-post-shower-cap-travel-junk",
        site="行囊驿论坛 (invented travel forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.xingnangyi.com/t/58207",
        title="酒店浴帽别扔，出门旅行这样用",
        record_title="【出行小妙招】酒店浴帽别扔，出门旅行这样用（亲测好用）- 驴友杂谈 - 行囊驿论坛",
        date=None,
        notes="forum thread: anti-scraping junk as lines and glued after 。; a numbered tips list; a post time of "
        "昨天 is no date",
        page="""
!m 行囊驿论坛 — 背上包，就出发
!m 行囊驿 › 驴友杂谈 › 帖子详情
!t 【出行小妙招】酒店浴帽别扔，出门旅行这样用（亲测好用）
!m 楼主：山那边的阿苇　发表于 昨天 21:40　查看 3518 ｜ 回复 42
{BODY}
!a 顶 ｜ 踩 ｜ 收藏本帖 ｜ 转发
!l 2# 走路去拉萨：第三条学到了，下次露营试试
!l 3# 背包十年：浴帽套鞋真的好用，我一直这么干
!a 回复本帖需先登录，没有账号？快来注册吧
!m 行囊驿论坛 ©2012-2025　客服邮箱 kefu@xingnangyi.com
""",
        junk=dict(lines=2, glued=3),
        body="""
每次住酒店，浴帽我都会带走一两个，这东西在路上用处可大了。
第一，套鞋子。鞋底脏，直接放进行李箱会弄脏衣服，用浴帽把鞋底一套，松紧边正好收住。
第二，罩相机。山里下小雨时，把浴帽往相机上一罩，镜头露出来照样能拍。
第三，当保鲜盖。露营时吃剩的半碗菜，扣上浴帽就不怕虫子爬进去。
第四，垫车座。共享单车的座垫湿了，套个浴帽坐上去，到地方再摘下来。
不过提醒一句，没拆封的别拿太多，够用就好，毕竟环保也要紧。
""",
    ),
]
