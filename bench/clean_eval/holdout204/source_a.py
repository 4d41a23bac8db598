"""holdout204, part A: 范文 sites, 文库 previews, sharing pages, writing apps, download stations.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-mohe-speech-charging-piles-gb2312",
        site="墨禾范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mohefanwen.com/jianghua/lingdao/2025/0506/71842.html",
        title="在全县居民小区充电桩建设推进会上的讲话",
        record_title="【讲话汇编】在全县居民小区充电桩建设推进会上的讲话（拿去就能改）_墨禾范文网",
        date="2025-04-18",
        date_also=["2025-05-06"],
        notes="gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "date under the speech title, the site's posting date also accepted; a ghost-writer prompt glued after a 。",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话汇编】在全县居民小区充电桩建设推进会上的讲话（拿去就能改）_墨禾范文网</title>
<meta name="keywords" content="充电桩,讲话稿,推进会">
<link href="/skin/mohe.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/float_qq.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#f4f1ea">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260" class="logo">⟦m 墨禾范文网⟧</td><td class="slogan">⟦m 一支秃笔写春秋，万篇范文随手取⟧</td>
<td align="right"><a href="#">⟦a 把墨禾设为主页⟧</a>　<a href="#">⟦a 存入收藏栏⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
<tr><td><a href="/">⟦m 本站首页⟧</a></td><td><a href="/jianghua/">⟦m 领导讲话⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得感悟⟧</a></td><td><a href="/fangan/">⟦m 策划方案⟧</a></td></tr>
</table>
<table width="960" border="0" align="center"><tr><td><marquee scrollamount="3">⟦m 墨禾公告：五月新增乡镇讲话稿一千二百篇，老会员续费八折⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="690" valign="top">
<div class="weizhi">⟦m 您的位置：墨禾范文网 &gt;&gt; 领导讲话 &gt;&gt; 城建交通讲话 &gt;&gt; 浏览文章⟧</div>
<h1 align="center">{T}</h1>
<p align="center">（2025年4月18日）</p>
<p align="center">⟦m 栏目：城建交通讲话　入库：2025-05-06　整理：墨禾编辑组　人气：1532⟧</p>
<p align="center">⟦a 【调整字号：特大 偏大 常规 偏小】⟧</p>
<div class="neirong">
{BODY}
</div>
<p>⟦a 【把本篇存为Word】⟧　⟦a 【发给朋友】⟧　⟦a 【关闭本页】⟧</p>
<p>⟦l ◇上一篇：在全县老旧小区改造观摩会上的讲话⟧</p>
<p>⟦l ◇下一篇：副县长在电动自行车安全整治部署会上的讲话⟧</p>
</td>
<td width="20"></td>
<td width="250" valign="top">
<div class="box"><b>⟦l 本月热读讲话⟧</b>
<ul><li>⟦l 在城区停车秩序整治动员会上的讲话⟧</li><li>⟦l 在供电服务进社区活动启动仪式上的致辞⟧</li><li>⟦l 在物业管理工作会议上的讲话（三篇）⟧</li></ul></div>
</td></tr>
</table>
<div id="floatqq" style="position:fixed;right:6px;top:220px">⟦w 代写讲话 QQ：3360418825⟧<br>⟦w 接单时段 早九点至晚十点⟧</div>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦m 您是墨禾范文网的第 0218834 位来客⟧</td></tr>
<tr><td align="center">⟦d 本站稿件多系网友投递，仅作写作参考，原作者如有异议请来函，核实后即撤⟧</td></tr>
<tr><td align="center">⟦m Copyright 2009-2025 mohefanwen.com 墨禾范文网 湘ICP备09031877号⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
同志们：
今天召开全县居民小区充电桩建设推进会，主要是通报前段工作进展，部署下一步任务。刚才，县住建局通报了情况，耠口镇和两家物业企业作了发言，我都同意。下面，我讲三点意见。
一、正视短板，增强做好这项工作的紧迫感。截至3月底，全县新能源汽车保有量已达1.36万辆，但老旧小区公共充电桩只有412个，群众“充电难”、楼道“飞线充电”问题比较突出。⟦w 讲话稿憋不出来？墨禾老笔头代写，微信 mohe_daibi⟧
二、突出重点，抓好建桩布点。各镇要摸清小区车位和电力容量底数，优先在城区38个老旧小区建设集中充电区；供电公司要开辟报装绿色通道，做到一次上门、一次办结。
三、压实责任，确保安全运行。物业企业要落实日常巡查，住建、消防部门要开展联合检查，坚决杜绝私拉电线、违规改装等隐患。
同志们，充电桩虽小，连着千家万户。希望大家真抓实干，确保年底前完成新建1200个的目标任务。
""",
    ),
    dict(
        slug="fanwen-qibi-insight-spinning-wheel-museum",
        site="栖笔范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qibifanwen.cn/xinde/canguan/40917.html",
        title="参观纺车民俗馆心得体会",
        record_title="参观纺车民俗馆心得体会（佳作两篇）- 栖笔范文网",
        date=None,
        notes="decorated record title; an update stamp in relative time is no date; ghost-writer line at the bottom",
        page="""
!m 栖笔范文网 · 心得感悟频道
!m 位置：栖笔首页 ＞ 心得感悟 ＞ 参观学习心得 ＞ 正文
!t 参观纺车民俗馆心得体会（佳作两篇）
!m 更新：3 天前　　浏览：2,604　　约610字
!a ［复制这一篇］［导出成Word］［听读本文］
{T}
{BODY}
!w 没思路写不出？栖笔写手一对一指导，加微信 qibi_xz66
!l 上一篇：参观乡村振兴示范点心得体会
!l 下一篇：参加非遗传承人座谈会心得
!l 同类推荐：参观革命纪念馆心得三篇 ｜ 研学旅行心得体会
!d 栖笔范文网所载文章仅供学习参考，请勿原文照搬用于正式场合。
!m © 栖笔范文网 qibifanwen.cn　滇ICP备18227416号
""",
        indent="\u3000\u3000",
        body="""
上周六，学校工会组织我们到稌阳县纺织民俗馆参观。馆里陈列着四十多架老纺车，有手摇的单锭车，也有脚踏的三锭车，最老的一架据说用了一百多年。
讲解员是一位七十多岁的老奶奶，她坐下来给我们摇了一段，棉条在她手里越抽越细，锭子嗡嗡地转，一会儿就绕满了一团线。我试了一下，线不是断就是粗细不匀，才知道看着简单的活计里有真功夫。
⟦a 第二篇需开通栖笔会员后才能展开⟧
这次参观让我体会到三点：一是老手艺里有耐心，急不得；二是劳动创造生活，一针一线都来之不易；三是传统文化要有人接着传，光摆在柜子里是不够的。
回到学校，我打算在劳动课上讲一讲纺车的故事，再请馆里的老奶奶来给孩子们演示一次。
""",
    ),
    dict(
        slug="wenku-yunjian-research-parking-locks-marker-paras",
        site="芸笺文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yunjianwk.com/view/8c41d27e90.html",
        title="关于城区老旧小区私装地锁情况的调研报告",
        record_title="关于城区老旧小区私装地锁情况的调研报告.pdf",
        date="2025-03-12",
        notes="file-name record title; 文库 reader cut by marker paragraphs '⏢ n ⏢'; viewer toolbar, pay box, upload notice; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于城区老旧小区私装地锁情况的调研报告.pdf - 芸笺文库</title>
<script src="/static/reader.min.js"></script>
<script>window.DOC_META={"pages":7,"fmt":"pdf"}</script>
</head>
<body>
<header class="yj-top"><a class="logo" href="/">⟦m 芸笺文库⟧</a>
<form class="search"><input placeholder="搜一搜海量资料"><button>⟦a 开搜⟧</button></form>
<a class="vip" href="/vip">⟦a 办个年卡，整站随便下⟧</a> <a href="/login">⟦a 登录·注册新号⟧</a></header>
<nav class="crumb">⟦m 芸笺文库 › 行业资料 › 城市管理 › 调研报告⟧</nav>
<section class="doc-head">
<h1>{T}</h1>
<p class="doc-info">⟦m 上传者：yj_3307　　格式：PDF　　页数：7　　大小：402KB　　阅读：1,128⟧</p>
<div class="viewer-bar">⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 全屏阅读⟧ ⟦a 转成Word⟧</div>
</section>
<section class="doc-pages">
{BODY}
</section>
<div class="pay-box">⟦a 试读到此为止，剩余3页支付2.8元即可继续看⟧ <button>⟦a 扫码付款⟧</button></div>
<p class="upload-note">⟦d 本资料由上传者自行发布，芸笺文库只提供存放空间，内容是否准确请自行甄别⟧</p>
<aside class="related"><h4>⟦l 看过这篇的人还看了⟧</h4>
<ul><li>⟦l 小区停车位管理办法（修订稿）.docx⟧</li><li>⟦l 关于规范住宅小区车位使用的几点建议.pdf⟧</li></ul></aside>
<footer>⟦m 芸笺文库 yunjianwk.com　粤ICP备21068804号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⏢ {n} ⏢", every=150, start=2),
        body="""
为掌握城区老旧小区私装地锁的情况，笾城区住建局会同区城管局于2025年2月对23个老旧小区开展了专题调研，共走访住户310户，实地清点地锁1046把。现将情况报告如下。
一、基本情况。调研发现，私装地锁集中在没有划定产权车位的开放式小区，占到总数的七成以上；其中有186把装在消防通道、单元出入口和绿化带上，部分地锁长期无人使用，锈蚀后伸出地面，夜间容易绊倒行人。
二、主要原因。一是车位供给不足，23个小区共有住户9870户，划线车位只有2140个；二是小区缺少物业或物业管理薄弱，没有统一的停车规则；三是居民之间“先占先得”的想法比较普遍。
三、几点建议。一是由街道牵头，按一个小区一个方案的办法重新规划车位；二是对占用消防通道的地锁限期拆除；三是推动有条件的小区实行共享停车，逐步消化地锁。
笾城区住房和城乡建设局
2025年3月12日
""",
    ),
    dict(
        slug="wenku-wenshu-plan-charging-wrapped-glued-markers",
        site="文枢文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://wenshuwk.net/p-59021376.html",
        title="2025年秾川县城区公共充电桩布点建设实施方案",
        record_title=None,
        date="2025-02-26",
        notes="no title in the record: found on the title line; wrapped at 62 columns, markers '⎃n⎃' glued to the start "
        "of the continuation line; 成文日期 under the signature",
        page="""
!m 文枢文库　>　政务公文　>　实施方案
{T}
!m 共 9 页　|　上传于 2025-03-04　|　下载 214 次　|　评分 4.5
!a 整篇下载（18 金币）　加入我的书架　申诉
{BODY}
!a 预览页数已用尽，后面 6 页请购买后查看
!a 包月会员立减 30%　　单篇购买 ¥5.60
!d 文档版权归上传者所有，文枢文库不对内容作任何担保，发现侵权可提交工单。
!l 相关文档：城区停车场建设实施方案 ｜ 新能源汽车推广应用工作要点 ｜ 供电设施配套建设三年计划
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⎃{n}⎃", every=110, start=2, glue=True),
        body="""
各镇人民政府，县直有关单位：
为解决城区新能源汽车充电难问题，县政府决定在2025年实施城区公共充电桩布点建设。现制定方案如下。
一、建设目标。全年在城区新建公共充电桩600个，其中快充桩180个，做到主要公共停车场、医院、学校周边和农贸市场充电设施全覆盖，城区平均服务半径不超过1公里。
二、布点原则。坚持“先公共、后专用，先快充、后慢充”，优先利用现有停车场地，不占用消防通道和人行道，不得擅自改变绿地用途。
三、任务分工。县发改局负责统筹协调；县住建局负责选址和施工监管；国网秾川县供电公司负责电网配套和报装服务；各镇负责做好群众工作。
四、进度安排。3月底前完成选址，6月底前完成首批300个，11月底前全部建成投用。
秾川县人民政府办公室
2025年2月26日
""",
    ),
    dict(
        slug="docshare-yunxia-request-projectors-docx",
        site="云匣文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.yunxiadoc.com/d/3a9f0e12c7.html",
        title="关于更换教学楼教室投影仪的请示",
        record_title="关于更换教学楼教室投影仪的请示.docx",
        date="2025-03-03",
        notes="file-name record title; sharing page with an upload notice, a points lock and a service WeChat; the request's own "
        "联系人/电话 stay in the body",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>关于更换教学楼教室投影仪的请示.docx_云匣文档</title>
<script>var _hm=[];</script>
</head>
<body>
<div class="top-bar"><a href="/">⟦m 云匣文档⟧</a> <span>⟦m 装得下你所有的好资料⟧</span> <a href="/up">⟦a 传文档换积分⟧</a> <a href="/login">⟦a 账号登录⟧</a></div>
<div class="bread">⟦m 云匣文档 / 教育教学 / 学校管理 / 请示报告⟧</div>
<div class="doc">
<h1 class="doc-name">{T}</h1>
<div class="doc-stat">⟦m 分享人：匣中人0721　　共享于 2 天前　　浏览 388　　收藏 17⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="lock">⟦a 全文下载需扣 5 积分，积分不够可去任务中心领取⟧</div>
<div class="upnote">⟦d 本文档是用户个人分享，仅供学习交流，云匣文档不拥有其著作权，如需删除请发工单⟧</div>
</div>
<div class="side"><h4>⟦l 同一分享人的文档⟧</h4>
<p>⟦l 多媒体教室设备管理制度.doc⟧</p><p>⟦l 教学楼电教设备维修记录表.xlsx⟧</p></div>
<div class="service">⟦w 资料找不到？云匣客服微信 yunxia_kf02⟧</div>
<footer>⟦m ©2025 云匣文档 yunxiadoc.com　浙ICP备22013569号⟧</footer>
</body>
</html>
""",
        body="""
县教育局：
我校教学楼现有36间普通教室，教室投影仪均为2016年配备，已使用近9年。目前有14台亮度严重下降，画面发黄发暗，后排学生看不清板书和课件；另有5台经常死机，维修配件已经停产。
为保障正常教学，我校拟将36台投影仪全部更换为激光投影设备，预计需要资金39.6万元，拟从学校公用经费中列支21万元，其余18.6万元请求局里给予补助。
以上请示当否，请批示。
联系人：邵明川　电话：0873-6621047
秾川县耠口镇中心学校
2025年3月3日
""",
    ),
    dict(
        slug="docshare-sujian-contract-parking-lock-template",
        site="素笺文档网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.sujiandoc.com/hetong/fanben/22817.html",
        title="地锁安装服务合同（范本）",
        record_title="地锁安装服务合同（范本）（空白可填）",
        date=None,
        notes="decorated record title; a contract template with ×× placeholders and ＿＿ blanks, 第N条 articles; no date",
        page="""
!m 素笺文档网 —— 合同范本、表格模板一站齐
!m 首页 ＞ 合同范本 ＞ 服务合同 ＞ 地锁安装
!t 地锁安装服务合同（范本）（空白可填）
!m 分享人：笺上客　　格式：doc　　更新于 昨天
!a 〔一键下载doc〕〔放进收藏夹〕〔在线编辑〕
!d 温馨说明：范本仅供参考，签约前请结合实际情况并咨询专业人士。
{BODY}
!a 下载原文需会员，开通后当天可下20份
!l 相关范本：车位租赁合同 ｜ 道闸安装合同 ｜ 停车场委托管理合同
!d 素笺文档网的范本均由用户分享，本站不对其法律效力负责。
""",
        indent="\u3000\u3000",
        body="""
甲方（委托方）：××小区业主委员会
乙方（安装方）：××××有限公司
第一条　乙方为甲方在小区地面车位安装遥控地锁＿＿把，型号为＿＿＿＿，单价＿＿元，合计＿＿元。
第二条　安装位置以甲方提供的车位图为准，乙方不得在消防通道、单元出入口安装地锁。
第三条　乙方应在合同签订后＿＿日内完成安装，并交付遥控器和备用钥匙各两套。
第四条　地锁质保期为＿＿年。质保期内因产品质量出现故障的，乙方应在接到通知后48小时内免费维修。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="app-chengguo-host-script-spinning-wheel-show",
        site="橙果写作 app H5 share page (invented)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.chengguoxiezuo.com/share/doc?id=kF82qLw0",
        title="纺车技艺展演进社区活动主持词",
        record_title="纺车技艺展演进社区活动主持词（含暖场串词）｜橙果写作",
        date=None,
        notes="writing app H5 share: open-app mask, fold, AI buttons; a host script with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>纺车技艺展演进社区活动主持词（含暖场串词）｜橙果写作</title>
<script src="https://h5.chengguoxiezuo.com/js/openapp.js"></script>
</head>
<body>
<div class="open-mask">⟦a 打开橙果写作App，看完整版还能一键改写⟧ <button>⟦a 马上打开⟧</button></div>
<header><span class="logo">⟦m 橙果写作⟧</span> <span class="tag">⟦m 写稿不再熬夜⟧</span></header>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 文体：主持词　字数：356　被改写 92 次⟧</div>
<div class="ai-row">⟦a AI换个说法⟧ ⟦a AI加长一倍⟧ ⟦a 复制到剪贴板⟧</div>
<div class="content">
{BODY}
</div>
<div class="fold">⟦a 余下内容已收起，点开App继续看⟧</div>
</article>
<section class="more"><h3>⟦l 大家也在用⟧</h3>
<p>⟦l 社区重阳节文艺汇演主持词⟧</p><p>⟦l 非遗文化进校园活动主持稿⟧</p></section>
<footer>⟦m 橙果写作 · 杭州橙果网络科技有限公司⟧ ⟦d 用户作品版权归作者，平台仅提供展示⟧</footer>
</body>
</html>
""",
        body="""
尊敬的各位来宾，亲爱的居民朋友们：
大家上午好！欢迎来到艏园社区“老纺车转起来”非遗技艺展演现场。
今天，我们请来了耰家坪村的三位纺线能手。她们手里的纺车，有的是陪嫁的嫁妆，有的是从老屋里翻出来重新修好的，每一架都有自己的故事。
下面，请王秀兰奶奶为大家演示手摇纺车纺棉线。大家注意看，她左手抽线，右手摇轮，一快一慢之间，线就纺出来了。
谢谢王奶奶！接下来是体验环节，请报了名的小朋友到前排来，每人可以在老师的帮助下纺一段线，带回家做个纪念。
朋友们，纺车转的是线，连着的是日子。本次展演到此结束，感谢大家的参与！
""",
    ),
    dict(
        slug="app-zhiku-report-charging-station-chief",
        site="知库写作 app share (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.zhikuxiezuo.cn/s/7Hq2Lm",
        title="充电站站长2024年度个人述职报告",
        record_title="充电站站长2024年度个人述职报告（能直接套）· 知库写作",
        record_date="2025-01-09",
        date="2025-01-09",
        notes="decorated record title; the record's date; the signature's date is the same day",
        page="""
!a 知库写作App内打开，免登录查看全文 ＞
!m 知库写作 · 述职报告
!t 充电站站长2024年度个人述职报告（能直接套）
!m 作者：知库签约写手·阿墨　　收录于 述职合集
!a 一键套用　　改成我的单位　　AI润色
{BODY}
!a 全文已展示，觉得好用就收藏吧
!l 相关推荐：客服班长年度述职报告 ｜ 运维主管个人述职（2024）
!m 知库写作 zhikuxiezuo.cn
""",
        body="""
各位领导、同事：
2024年，我担任秾川县城北充电站站长，负责站内24个快充桩的运营和安全管理。现将一年来的履职情况报告如下。
一是保运营。全年充电服务8.7万车次，充电量214万千瓦时，同比分别增长31%和36%，设备完好率保持在98%以上。
二是抓安全。建立“日巡查、周检测、月演练”制度，全年排查隐患43处，全部整改到位，未发生安全事故。
三是优服务。推行夜间值守和故障30分钟响应，用户投诉从上年的27件降到9件。
不足之处是老旧桩的更换进度偏慢，新的一年我将加快推进，努力把城北站建成全县示范站。
述职人：姚晨阳
2025年1月9日
""",
    ),
    dict(
        slug="download-panshi-rules-charging-maintenance-gb2312",
        site="盘石资料站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.panshizl.com/soft/guicheng/2025/11362.html",
        title="电动汽车充电桩运行维护规程",
        record_title="[WORD原稿]电动汽车充电桩运行维护规程 不花积分下 - 盘石资料站",
        date=None,
        notes="gb2312 file-info table, three download links, unzip password, dead-link report; decimal headings 1.1–3.2; "
        "an addition stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>[WORD原稿]电动汽车充电桩运行维护规程 不花积分下 - 盘石资料站</title>
<script language="javascript" src="/js/gg_left.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td class="logo">⟦m 盘石资料站⟧</td><td>⟦m 规程制度 表格模板 安全资料 全部免费⟧</td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 站点首页⟧</a>　<a href="/soft/">⟦m 资料分类⟧</a>　<a href="/top/">⟦m 下载排行⟧</a>　<a href="/new/">⟦m 最新入库⟧</a></td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4" class="info">
<tr><td colspan="2">{T}</td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 46 KB⟧</td></tr>
<tr><td>⟦m 资料格式⟧</td><td>⟦m Word（.doc）⟧</td></tr>
<tr><td>⟦m 入库时间⟧</td><td>⟦m 2025-04-21 09:12⟧</td></tr>
<tr><td>⟦m 下载热度⟧</td><td>⟦m 四星半⟧</td></tr>
</table>
<table width="980" align="center" border="0"><tr><td class="jianjie">
<b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table width="980" align="center" border="0" class="down">
<tr><td><a href="/d/1">⟦a 电信线路一⟧</a> <a href="/d/2">⟦a 联通线路二⟧</a> <a href="/d/3">⟦a 本地高速下⟧</a></td></tr>
<tr><td>⟦a 压缩包解压口令：panshizl.com⟧</td></tr>
<tr><td><a href="/bad">⟦a 下载地址失效？点这里报告⟧</a></td></tr>
</table>
<table width="980" align="center" border="0" class="foot">
<tr><td>⟦d 本站资料来源于网络，只供学习研究，切勿用于商业用途⟧</td></tr>
<tr><td>⟦m 盘石资料站 Copyright 2011-2025　冀ICP备11020946号⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
1　总则
1.1　本规程适用于公司运营的交流慢充桩和直流快充桩的日常运行和维护。
1.2　充电桩运行维护坚持“预防为主、定期检修、及时处置”的原则。
2　日常巡视
2.1　运维人员每日巡视一次，检查外壳、充电枪、线缆有无破损，显示屏和急停按钮是否正常。
2.2　巡视中发现充电枪头烧蚀、线缆外皮开裂的，应立即停用该枪，挂“暂停使用”牌，并在4小时内更换。
3　定期检修
3.1　每季度对桩体接地电阻进行一次测试，测得数值大于4欧姆的应查明原因并整改。
3.2　每年雨季前对充电区排水设施和桩体防水密封进行全面检查，检修情况记入设备台账。
""",
    ),
    dict(
        slug="download-wenlan-rules-classroom-projector-doc",
        site="文澜资料网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.wenlanzl.com/zhidu/jiaoxue/8804.html",
        title="多媒体教室投影仪使用管理制度",
        record_title="多媒体教室投影仪使用管理制度.doc",
        date=None,
        notes="file-name record title; articles that speak of 打印 and 下载 as content; no date",
        page="""
!m 文澜资料网｜学校管理资料库
!m 首页 → 学校制度 → 教学设备管理
!t 多媒体教室投影仪使用管理制度.doc
!m 文件类型：DOC　　大小：31KB　　下载：1706次　　添加：2 周前
!a ↓ 电信下载　　↓ 移动下载　　↓ 网盘下载
!a 解压如需口令请输入：wenlanzl
{T}
{BODY}
!d 资料来自网友分享，版权归原作者，如有侵权请告知我们删除。
!l 本类热门：实验室安全管理制度 ｜ 计算机教室管理制度 ｜ 图书室借阅制度
!m 文澜资料网 wenlanzl.com
""",
        body="""
第一条　为规范教室投影仪的使用，延长设备寿命，结合本校实际，制定本制度。
第二条　投影仪由各班电教委员负责日常开关，任课教师负责上课期间的使用。
第三条　投影仪开机后连续使用不得超过4小时；关机时应先关投影再断电源，待散热风扇停止后方可拔电。
第四条　教师需要的课件应提前下载到教室电脑桌面，不得在课堂上临时安装软件。
第五条　设备出现故障，电教委员应当天填写报修单，由信息中心打印汇总后安排维修。
第六条　因违规操作造成设备损坏的，按有关规定追究责任。
第七条　本制度由学校信息中心负责解释，自发布之日起施行。
""",
    ),
]
