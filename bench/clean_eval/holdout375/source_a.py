"""holdout375, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text (places, people, firms, sites, URLs and chrome wording); see ../README.md and
../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="fanwen-moqi-speech-guasha-training-gb2312",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqi-fanwen.com/jianghua/weisheng/2024/1003/58127.html",
        title="在全县中医药适宜技术推广暨基层刮痧培训班开班仪式上的讲话",
        record_title="在全县中医药适宜技术推广暨基层刮痧培训班开班仪式上的讲话〈局领导致辞·拿来即用〉_墨畦范文网",
        date="2024-09-12",
        date_also=["2024-10-03"],
        notes="old gb2312 table page: marquee, font/eye-care row, floating ghost-writer QQ box, hot list, visitor counter; "
        "date and speaker line under the speech title (speaker neutral); posting date differs; a ghost-writer WeChat "
        "glued after a sentence and a member-copy line between paragraphs",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县中医药适宜技术推广暨基层刮痧培训班开班仪式上的讲话〈局领导致辞·拿来即用〉_墨畦范文网</title>
<meta name="keywords" content="刮痧培训班,开班讲话,中医药适宜技术">
<link href="/skin/css/mq.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/mqtj.js"></script>
</head>
<body bgcolor="#f5f2ea">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><marquee scrollamount="3">⟦m 墨畦范文网欢迎您！每日新增讲话、总结、汇报材料三百余篇，笔耕不辍好文相伴⟧</marquee></td></tr>
<tr><td class="logo"><img src="/images/mq_logo.gif" alt="墨畦范文网"><b>⟦m 墨畦范文网⟧</b> <font color="#888">⟦m www.moqi-fanwen.com⟧</font></td></tr>
<tr><td class="menu">⟦m 网站首页 | 领导讲话 | 工作总结 | 心得体会 | 述职报告 | 主持串词 | 公文写作指导⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
<table width="100%"><tr><td class="dh">⟦m 您的位置：<a href="/">墨畦范文网</a> → <a href="/jianghua/">领导讲话</a> → <a href="/jianghua/weisheng/">卫生健康</a>⟧</td></tr></table>
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center"><font color="#999">⟦m 发布：2024-10-03　　整理：畦边客　　已阅：4136次⟧</font></td></tr>
<tr><td align="center">⟦a 【正文字号：特大 大 中 小】【护眼底色：豆绿 杏黄 素白】⟧</td></tr>
<tr><td align="center">县卫生健康局副局长　贾明远</td></tr>
<tr><td align="center">（2024年9月12日）</td></tr>
<tr><td class="content">
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦a 〖把本文发给同事〗〖打印这篇讲话〗〖收进我的稿夹〗⟧</td></tr>
<tr><td>⟦l 上一篇：在全县家庭医生签约服务推进会上的讲话⟧</td></tr>
<tr><td>⟦l 下一篇：中医馆建设现场观摩会主持词⟧</td></tr></table>
</td>
<td width="250" valign="top">
<table width="100%"><tr><td class="tit">⟦l 讲话稿阅读排行⟧</td></tr>
<tr><td>⟦l 1. 乡镇卫生院院长年度工作会发言⟧</td></tr>
<tr><td>⟦l 2. 卫健系统作风建设动员讲话⟧</td></tr>
<tr><td>⟦l 3. 基层中医药服务能力提升推进会讲话⟧</td></tr></table>
</td>
</tr>
</table>
<div id="floatqq" style="position:fixed;right:8px;top:220px">⟦w 代拟讲话稿·述职报告 一对一撰写 QQ：2869013475⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" class="foot">
⟦d 墨畦范文网所载文章由网友投稿整理，仅供写作参考，请勿原文照搬用于正式场合。⟧<br>
⟦m Copyright 2011-2024 墨畦范文网　晋ICP备11008534号⟧<br>
⟦m 本站已接待访客 5820377 人次⟧
</td></tr></table>
<script language="javascript">document.getElementById('floatqq').style.display='block';</script>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天，全县中医药适宜技术推广暨基层刮痧培训班正式开班了。来自14个乡镇卫生院和86个村卫生室的120名学员参加培训，我代表县卫生健康局向大家表示欢迎。
刮痧是老百姓最熟悉的中医外治法之一，一块刮痧板、一点刮痧油，就能缓解不少颈肩腰背的毛病。但这些年我们也发现，基层操作不规范的问题不少：有的刮得过重导致皮下大片出血，有的一块刮痧板给几个人轮流使用，消毒也不到位。⟦w 讲话稿赶时间？写手微信 mq-xiezuo88 当天交稿⟧
⟦a 本篇属会员精选稿，开通会员后可一键复制全文⟧
这次培训，请来了县中医院康复科的三位老师，既讲经络和手法，也讲禁忌证和刮痧板的清洁消毒。希望大家把每一个步骤都练扎实，回去以后做到一人一板、用后即消。
培训结束后，我们将组织实操考核，考核合格的发给结业证书，并纳入基层中医药服务能力提升项目管理。
最后，预祝培训班圆满成功！
""",
    ),
    dict(
        slug="fanwen-jiandu-insight-pencil-knife-lesson",
        site="简牍文稿网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.jiandu-wengao.cn/xinde/jiaoshi/30772.html",
        title="指导学生学用削笔刀的一点心得",
        record_title="指导学生学用削笔刀的一点心得【教师随笔·原稿】",
        date=None,
        notes="decorated record title; no date (an update stamp given as 3天前); a ghost-writer WeChat glued after a sentence",
        page="""
!m 简牍文稿网｜一线教师的写作资料库
!m 位置：首页 / 心得体会 / 教学心得
{T}
!m 整理：简牍编辑组　　人气：1904　　更新：3天前
!a 〖复制正文〗〖存为文档〗〖加入书签〗
{BODY}
!a 全文已展示完毕，需要Word原稿请登录后领取
!l 同栏目推荐
!l ◇ 劳动教育公开课听课心得
!l ◇ 班主任安全教育工作体会两篇
!l ◇ 小学手工课教学反思
!d 本站文稿多为教师投稿，转载请注明出处，涉及版权问题请发邮件至 banquan@jiandu-wengao.cn。
!m 简牍文稿网 版权所有 © 2019-2025　湘ICP备20031847号
""",
        indent="\u3000\u3000",
        body="""
这学期，学校在三年级开设了劳动实践课，其中一课是教孩子们用削笔刀削铅笔。说实话，刚接到这个任务时我有些犹豫：刀片虽小，毕竟锋利，万一划伤了手怎么办？
第一节课，我先让孩子们观察削笔刀的构造，认清哪一面是刀刃，再示范握刀的姿势：刀口朝外，手指远离刃口，一次只削薄薄一层。⟦w 心得写不顺手？资深教师帮你润色代笔，微信 jiandu_wengao⟧
练习时，我把全班分成六个小组，每组配一名“安全小组长”，专门提醒同伴刀口不要对着人。两节课下来，没有一个孩子受伤，削出来的铅笔虽然长短不一，却都是他们自己的作品。
这次教学让我体会到，安全不是靠“不让碰”，而是靠教会方法、养成习惯。孩子们在削铅笔的过程中学会了专注，也学会了爱惜手中的每一支笔。
""",
    ),
    dict(
        slug="wenku-zhian-research-cabinet-basket-markers",
        site="知岸文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhian-wenku.com/view/7c31e0a95b.html",
        title="关于朐阳市家用橱柜拉篮质量状况的调研报告",
        record_title="〖原创文档〗关于朐阳市家用橱柜拉篮质量状况的调研报告 - 知岸文库",
        date="2024-07-15",
        notes="文库 reader: viewer toolbar, page-marker paragraphs '🟔 n 🟔' cutting sentences, coin pay box, upload stamp "
        "(no date); decimal headings; signature and 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖原创文档〗关于朐阳市家用橱柜拉篮质量状况的调研报告 - 知岸文库</title>
<meta name="description" content="知岸文库为您提供关于朐阳市家用橱柜拉篮质量状况的调研报告在线阅读">
<script src="https://static.zhian-wenku.com/reader/v3/reader.min.js"></script>
</head><body>
<header class="za-top"><a class="logo" href="/">⟦m 知岸文库⟧</a><span class="slogan">⟦m 此岸有疑，彼岸有解⟧</span><input placeholder="搜一搜文档、标准、范本"><a class="up">⟦a 我要传文档⟧</a></header>
<div class="za-crumb">⟦m 知岸文库 › 行业资料 › 家居建材 › 调研报告⟧</div>
<div class="za-head"><h1>{T}</h1>
<p class="info">⟦m 上传者：岸边人9527　上传于：2024-08-30　共6页　阅读 731 次⟧</p>
<div class="za-bar">⟦a 放大 缩小 适合宽度 全屏阅读⟧ <button>⟦a 下载（消耗8知币）⟧</button></div></div>
<div class="za-reader">
{BODY}
</div>
<div class="za-pay"><p>⟦a 试看页数已用完，支付8知币即可阅读后续4页⟧</p><button>⟦a 立即支付⟧</button><button>⟦a 包月畅读⟧</button></div>
<div class="za-like"><h4>⟦l 和本文相似的文档⟧</h4>
<ul><li>⟦l 整体橱柜五金件选购指南.pdf⟧</li><li>⟦l 厨房收纳产品消费调查报告.docx⟧</li><li>⟦l 不锈钢拉篮企业标准（征求意见稿）⟧</li></ul></div>
<footer>⟦d 文库内容均由用户上传，知岸文库仅提供存储空间；如侵犯您的著作权，请通过“版权申诉”通道提交材料。⟧<br>⟦m 粤ICP备21075530号-3　知岸文库 zhian-wenku.com⟧</footer>
</body></html>
""",
        p_html='<p class="page-txt">{}</p>',
        pages=dict(fmt="🟔 {n} 🟔", every=140, start=2),
        body="""
为了解我市家庭橱柜拉篮的使用和质量状况，今年5月至6月，市消费者协会联合市质量技术检验所，在逖湖区、臾川县等地走访了8家橱柜门店和5个新建小区，入户查看拉篮312套，并对市场上常见的19个型号进行了比对试验。现将有关情况报告如下。
1 基本情况
1.1 使用情况。被查看的312套拉篮中，调味拉篮和碗碟拉篮占七成以上，使用年限在三年以内的占58%。
1.2 问题情况。有47套存在滑轨卡滞、篮体下沉或焊点开裂，其中21套的承重标识与实际明显不符。
2 主要原因
2.1 部分产品用料偏薄，篮筐钢丝直径不足3毫米，镀层容易起皮生锈。
2.2 安装不规范，柜体侧板开孔偏差大，滑轨两侧受力不均。
3 意见建议
3.1 建议生产企业在篮体显著位置标注额定承重，并随货附上安装说明。
3.2 建议消费者选购时现场拉出试推，查看焊点是否饱满、滑轨是否顺滑。
朐阳市消费者协会
2024年7月15日
""",
    ),
    dict(
        slug="wenku-cangye-plan-ice-scraper-wrapped-pdf",
        site="藏页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://cangye.wenku-cy.com/p-2290471635.html",
        title="矾岭县公交公司2024—2025年冬季车辆除冰作业实施方案",
        record_title="矾岭县公交公司2024—2025年冬季车辆除冰作业实施方案.pdf",
        date="2024-11-06",
        notes="file-name record title; text hard-wrapped at 60 columns; markers '❝n❞' glued to the continuation line "
        "cut sentences; numbered list; signature date",
        page="""
!m 藏页文库　·　文档预览
!t 矾岭县公交公司2024—2025年冬季车辆除冰作业实施方案.pdf
!m 分类：交通运输 › 企业制度　　页数：4　　格式：PDF　　评分：★★★★☆
!a 下载原文档　｜　加入我的书架　｜　纠错
{T}
{BODY}
!a —— 免费预览部分到此为止，余下内容需开通藏页会员查看 ——
!a 开通会员　　单独购买（2.5元）
!d 藏页文库提示：本文档由网友上传，其内容及观点不代表本站立场，如有疑问请与上传者联系。
!l 你可能还在找：冬季行车安全教育记录.doc｜公交驾驶员安全操作规程.pdf
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="❝{n}❞", every=120, start=2, glue=True),
        body="""
为保障冬季早班车辆安全出车，规范驾驶员除冰作业，结合公司实际，制定本方案。
一、工作目标
入冬后每日首班车发车前，全部营运车辆完成挡风玻璃、后视镜和车门踏步的除冰除霜，杜绝因视线不清引发的行车事故。
二、工具配发
（一）每台车配备塑料除冰铲1把、软毛雪刷1把，由各车队统一登记，损坏后以旧换新。
（二）严禁使用金属铲、螺丝刀等硬物刮玻璃，严禁用开水浇淋挡风玻璃。
三、作业要求
1.驾驶员提前20分钟到场，先启动暖风除霜，再用除冰铲沿同一方向轻推，不得来回硬刮。
2.除冰时站在车辆外侧，不得站在轮胎前方或车辆之间。
3.后视镜和雨刮器须一并清理，雨刮器冻住时不得强行启动。
四、保障措施
各车队指定一名安全员每日抽查，抽查结果纳入驾驶员月度安全考核。
矾岭县公共交通有限责任公司
2024年11月6日
""",
    ),
    dict(
        slug="gov-chouxi-notice-coil-holder-spot-check",
        site="稠溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.chouxi.gov.cn/zwgk/bmxx/scjgj/202407/t20240724_318802.html",
        title="稠溪县市场监督管理局关于2024年蚊香及蚊香盘产品质量监督抽查结果的通告",
        record_title="稠溪县市场监督管理局关于2024年蚊香及蚊香盘产品质量监督抽查结果的通告 ‖ 稠溪县人民政府·部门动态",
        date="2024-07-22",
        date_also=["2024-07-24"],
        notes="county portal: 长辈模式/读屏 links, 索引号 table (文号 cell unmarked, neutral), data table one row a "
        "paragraph, the bureau's own 联系人/电话 beside the portal's 纠错 and 12345 lines, 附件 list beside an "
        "attachment download link; 成文日期 expected, 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>稠溪县市场监督管理局关于2024年蚊香及蚊香盘产品质量监督抽查结果的通告 ‖ 稠溪县人民政府·部门动态</title>
<link rel="stylesheet" href="/static/cx/css/detail.css">
<script src="/static/cx/js/jquery.min.js"></script>
</head><body>
<div class="cx-topline">⟦a 长辈模式　读屏专用　简体｜繁體⟧　⟦a 注册　登录个人中心⟧</div>
<div class="cx-banner"><span class="cx-name">⟦m 稠溪县人民政府⟧</span><span class="cx-motto">⟦m 青山绕稠溪　茶香飘万家⟧</span></div>
<ul class="cx-nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 政民互动⟧</li><li>⟦m 数说稠溪⟧</li></ul>
<div class="cx-where">⟦m 当前所在：首页 &gt;&gt; 政务公开 &gt;&gt; 部门信息 &gt;&gt; 县市场监管局⟧</div>
<table class="cx-meta">
<tr><td>⟦m 索　引　号：003641829/2024-00572⟧</td><td>⟦m 信息分类：产品质量监督⟧</td></tr>
<tr><td>⟦m 发文机关：稠溪县市场监督管理局⟧</td><td>⟦m 成文日期：2024年07月22日⟧</td></tr>
<tr><td>文号：稠市监告〔2024〕11号</td><td>⟦m 发布日期：2024年07月24日⟧</td></tr>
</table>
<h1 class="cx-title">{T}</h1>
<div class="cx-tools">⟦a 〔字号：大｜中｜小〕〔打印此页〕〔关闭本页〕⟧　⟦m 浏览量：1208⟧</div>
<div class="cx-text">
{BODY}
</div>
<div class="cx-file">⟦l 附件下载：蚊香及蚊香盘抽查合格产品名单.xlsx（32KB）⟧</div>
<div class="cx-share">⟦l 转发至：微信　朋友圈　微博　QQ⟧</div>
<div class="cx-foot">
<p>⟦m 稠溪县人民政府办公室主办　稠溪县融媒体中心承办⟧</p>
<p>⟦m 网站纠错电话：0593-6202315　群众诉求请拨打12345政务服务便民热线⟧</p>
<p>⟦m 闽ICP备09011736号-1　政府网站标识码：3509260003⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
为加强蚊香及配套产品质量监管，保障群众消费安全，我局于今年6月组织开展了蚊香及蚊香盘产品质量监督抽查，现将结果通告如下。
本次共抽查县内生产和销售单位23家、产品36批次，其中蚊香20批次、金属蚊香盘16批次，合格32批次，不合格4批次。不合格产品情况如下：
序号　产品名称　标称生产单位　不合格项目
1　防火蚊香盘（带盖）　稠溪县佘口镇鑫安五金厂　盘体边缘毛刺
2　铁质蚊香盘　朐阳市逖湖区宏利制品厂　防烫手柄脱落
3　双层蚊香盘　稠溪县淬河镇鸿达五金加工部　倾倒稳定性
4　檀香型蚊香　稠溪县佘口镇金盾日化厂　有效成分含量
对抽查不合格的产品，我局已依法责令相关单位立即停止生产销售、查清货值，并将依法作出处理。
联系人：倪俊峰，联系电话：0593-6218047。
附件：1.蚊香及蚊香盘产品质量监督抽查合格产品名单
2.不合格产品生产销售单位整改要求
稠溪县市场监督管理局
2024年7月22日
""",
    ),
    dict(
        slug="gov-fanling-notice-deicing-copy-lines",
        site="矾岭县人民政府 (invented), text rendering of the page",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fanling.gov.cn/xxgk/bmwj/yjglj/202412/t20241205_90413.shtml",
        title="矾岭县应急管理局关于做好冬季机动车除冰防冻安全提示工作的通知",
        date="2024-12-03",
        notes="record title as is; a 文号 line under the title (neutral); 成文日期 in Chinese numerals; the bureau's own "
        "联系人/电话; 抄送 and 印发 lines; a sentence about downloading and printing a poster (content)",
        page="""
!m 矾岭县人民政府　　长辈版｜读屏模式｜简/繁
!m 首页 ＞ 信息公开 ＞ 部门文件 ＞ 县应急管理局
{T}
矾应急〔2024〕38号
!m 信息来源：县应急管理局　　公开方式：主动公开　　点击：673
!a 【放大】【缩小】【打印正文】【关闭】
{BODY}
!l 上一条：矾岭县2024年冬春火灾防控工作方案
!l 下一条：关于开展岁末年初安全生产大检查的通知
!m 矾岭县人民政府办公室主办　　蒙ICP备11002437号-1
!m 政府网站标识码：1522330009　　蒙公网安备15223302000118号
!d 凡本网注明“来源：矾岭县人民政府”的稿件，未经书面许可不得转载或镜像。
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
近期我县最低气温已降至零下二十摄氏度以下，清晨车辆挡风玻璃结冰结霜现象普遍。为防止因除冰不当和视线不清引发交通事故，现就有关事项通知如下：
一、各单位要通过村村响广播、微信群等渠道，提醒群众出车前用除冰铲或软刷把玻璃冰霜清理干净，不得只刮出一个“小窗口”就上路。
二、提醒群众不要用开水浇挡风玻璃，不要用钥匙、金属片等硬物刮冰，以免玻璃炸裂或留下划痕。
三、公交、校车、客运企业要为驾驶员配齐除冰工具，落实出车前安全检查。
四、各乡镇要在集镇停车场、客运站点张贴除冰安全提示海报，海报电子版可从县应急管理局网站下载后自行打印。
联系人：佘立冬，电话：0470-5126630。
矾岭县应急管理局
二〇二四年十二月三日
抄送：县交通运输局，县公安局交通管理大队。
矾岭县应急管理局办公室　　2024年12月3日印发
""",
    ),
    dict(
        slug="news-quyang-guasha-clinic-h1-only",
        site="朐阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.quyangnews.cn/xw/qxdt/202408/t20240819_771204.html",
        title="淬河镇卫生院开设“一人一板”刮痧诊室",
        record_title=None,
        date="2024-08-19",
        notes="no title in the record (found in <h1>); byline 发布时间 as the page's date; a client prompt glued before "
        "the news lead; a photo caption between paragraphs; listen button, 24-hour list, ad slot",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>朐阳新闻网</title>
<script src="//res.quyangnews.cn/js/stat.js"></script>
<style>.qy-ad{width:300px}</style>
</head><body>
<div class="qy-top">⟦m 朐阳新闻网　朐阳市委宣传部主管　朐阳日报社主办⟧ <a>⟦a 数字报⟧</a> <a>⟦a 登录⟧</a></div>
<nav class="qy-nav">⟦m 首页 | 时政 | 县区 | 民生 | 文旅 | 视听 | 评论⟧</nav>
<div class="qy-loc">⟦m 首页 ＞ 县区动态⟧</div>
<article>
<h1>{T}</h1>
<div class="qy-byline">⟦m 来源：朐阳日报　　作者：阎晓棠　佘丽娟⟧　⟦m 发布时间：2024-08-19 09:12⟧</div>
<div class="qy-listen">⟦a ▶ 听新闻　语速 1.0x⟧</div>
<div class="qy-body">
{BODY}
</div>
<div class="qy-edit">⟦m 【责任编辑：贾若彤】⟧</div>
</article>
<aside><h3>⟦l 二十四小时热读⟧</h3><ol><li>⟦l 逖湖区新增两条公交夜班线⟧</li><li>⟦l 臾川县早稻开镰收割⟧</li><li>⟦l 市区部分路段今晚起施工封闭⟧</li></ol>
<div class="qy-ad">⟦m 广告位招租 0593-6550288⟧</div></aside>
<footer>⟦d 朐阳新闻网原创稿件，转载须注明出处并经授权。⟧ ⟦m 互联网新闻信息服务许可证编号：35120240017⟧</footer>
</body></html>
""",
        body="""
⟦a 打开朐阳新闻客户端，看更多身边事⟧本报讯　走进稠溪县淬河镇卫生院中医馆，新开设的刮痧诊室里，每位患者的刮痧板都装在写有姓名的密封袋里。这是该院今年推出的“一人一板”服务。
“过去刮痧板用完擦一擦就给下一个人用，大家心里总有点膈应。”院长贾国栋介绍，现在每块水牛角刮痧板首次使用时登记建档，疗程内专人专用，每次用后清洗并用酒精擦拭消毒，疗程结束后可由患者带回家。
⟦m 图为卫生院医生向患者讲解刮痧板的使用方法。通讯员 倪冬青 摄⟧
诊室开设两个月来，已为周边群众提供刮痧服务1100余人次。卫生院还定期到村里开展健康讲座，教老人在家正确刮痧，并提醒皮肤破损、有出血倾向的人不宜刮痧。
""",
    ),
    dict(
        slug="news-yuchuan-basket-industry-record-date",
        site="臾川融媒 (invented), text rendering of the news page",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ycrongmei.com/content/2024-05/16/content_66120.html",
        title="倪湾镇小拉篮“拉”出大产业",
        record_title="倪湾镇小拉篮“拉”出大产业 · 臾川融媒〔乡村振兴看一线〕",
        record_date="2024-05-16",
        date="2024-05-16",
        notes="record gives the date; decorated record title; an editor/reviewer line glued after the last paragraph; "
        "app prompt and related list",
        page="""
!m 臾川融媒　·　臾川县融媒体中心
!m 新闻 ＞ 乡村振兴
{T}
!m 2024-05-16 10:40　　来源：臾川县融媒体中心　　阅读 2.6万
!a 扫码下载“爱臾川”客户端，新闻随身看
{BODY}
!l 相关阅读
!l 臾川县一季度工业经济运行情况发布
!l 倪湾镇举办厨卫五金产业招商推介会
!m 臾川县融媒体中心版权所有　新闻热线：0593-7331100
""",
        indent="\u3000\u3000",
        body="""
初夏时节，臾川县倪湾镇的厨卫五金产业园里机器轰鸣。一条条自动焊接线上，不锈钢丝被折弯、点焊、抛光，不到一分钟就成型一只碗碟拉篮。
倪湾镇做拉篮起步于十多年前，最初只是几家小作坊给外地橱柜厂代工。近几年，镇里引导企业抱团发展，建起电镀集中处理中心和产品检测室，全镇拉篮年产量已超过260万套，产品销往全国20多个省份。
“以前拼价格，现在拼质量。”臾川县久安厨具有限公司负责人贾文斌说，企业今年新上了阻尼滑轨生产线，拉篮推拉更顺、关门无声，订单比去年同期增长三成。
下一步，倪湾镇将继续培育龙头企业，推动拉篮产业向智能厨房收纳延伸。⟦m （编辑：阎蕾　审核：佘光明）⟧
""",
    ),
    dict(
        slug="forum-qianxin-post-old-pencil-knife-jammer",
        site="铅芯之家论坛 (invented, Discuz-like stationery forum)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.qianxinzhijia.com/thread-40917-1-1.html",
        title="收了一把老式折叠削笔刀，磨好后给大家看看",
        record_title="［老文具收藏］收了一把老式折叠削笔刀，磨好后给大家看看（内有多图）- 刀具文具区 - 铅芯之家",
        date=None,
        notes="Discuz-like thread: poster panel, jammer-font junk as a line and glued after 。, rating row, signature, "
        "relative post time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>［老文具收藏］收了一把老式折叠削笔刀，磨好后给大家看看（内有多图）- 刀具文具区 - 铅芯之家</title>
<style>.jammer{font-size:0px;color:#fff}</style>
</head><body>
<div id="toptb">⟦a 设为首页　收藏本站⟧　⟦a 用户名 密码 自动登录 找回密码⟧</div>
<div id="hd"><a href="/">⟦m 铅芯之家 — 笔与纸的爱好者社区⟧</a></div>
<div id="pt">⟦m 铅芯之家 › 收藏交流 › 刀具文具区 › 帖子正文⟧</div>
<div class="pl">
<table><tr>
<td class="pls"><div class="pi">⟦m 木屑飞飞⟧</div><p>⟦m 等级：资深笔友　主题 28　回帖 611　笔墨值 2240⟧</p></td>
<td class="plc">
<div class="pi">⟦m 楼主　发表于 5 天前　|　只看该作者　|　倒序看帖⟧</div>
<h1><span id="thread_subject">{T}</span></h1>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_40917">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6 人　笔墨值 +18　收起 理由：老物件有情怀⟧</div>
<div class="sign">⟦l 签名：削一支好铅笔，写一页慢字。⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏本帖　分享⟧</div>
</td></tr></table>
</div>
<div class="pgs">⟦l 上一主题：求推荐适合素描的炭笔⟧　⟦l 下一主题：八十年代铁皮文具盒晒图⟧</div>
<div id="f_pst">⟦a 登录后才能参与回复，还没账号？马上加入铅芯之家⟧</div>
<div id="ft">⟦m 铅芯之家 ( 浙ICP备18053227号 ) Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=3),
        body="""
上周在旧货市场的杂货摊上淘到一把折叠削笔刀，木柄铁刃，刀身上还刻着“红星”两个字，摊主说是八十年代文具店卖的，五块钱就拿下了。
拿回来时刀刃已经锈得发黑，开合也很涩。我先用煤油泡了一晚上，再用细砂纸把锈一点点打掉，最后在油石上按原角度磨了二十多分钟。
磨好后试着削了一支绘图铅笔，木屑卷得很薄，铅芯削得又尖又匀，比现在很多卷笔刀削出来的好看。
小时候我爸就用这种刀给我削铅笔，削完总要把刀合上放进抽屉最里面，说小孩子不许碰。现在自己动手修好一把，算是圆了一个念想。
有同好知道这种刀的刀柄能不能换吗？原来的木柄有一道裂缝。
""",
    ),
    dict(
        slug="forum-feiwu-diy-coil-holder-junk-text",
        site="废物新生DIY社区 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.feiwuxinsheng.net/t/88316",
        title="用罐头盒做了个防火蚊香盘，附详细步骤",
        record_title="[旧物改造手记] 用罐头盒做了个防火蚊香盘，附详细步骤 ☆萌新第一帖",
        date=None,
        notes="forum thread as text: anti-scraping junk lines and glued after 。; relative post time (前天), replies below",
        page="""
!m 废物新生DIY社区 — 旧物改造 · 家居巧思
!m 社区首页 » 手作分享 » 家居小物
!t [旧物改造手记] 用罐头盒做了个防火蚊香盘，附详细步骤 ☆萌新第一帖
!m 楼主：拾荒小能手　发表于 前天 22:15　浏览 943　回复 12
{BODY}
!a 点赞 31　收藏　举报
!l 2# 阿木木：这个防火罩的思路好，我家也试试
!l 3# 鱼丸粗面：罐头边一定要卷好，我上次被划了一道口子
!l 4# 拾荒小能手（楼主）：回3#，对，戴手套操作比较稳妥
!a 登录后即可回帖，参与讨论还能赚积分
!m 废物新生DIY社区　京ICP备19068815号-2
""",
        junk=dict(lines=2, glued=2),
        body="""
夏天到了，家里老人还是习惯点盘香驱蚊。买的铁皮蚊香盘太浅，香灰老是掉到地板上，前几天还差点烫到猫，干脆自己动手做了一个。
材料很简单：一个吃完的黄桃罐头盒，一块废旧纱窗网，几颗铆钉。先把罐头盒洗干净，沿着离底部四厘米的位置剪开，边缘用钳子往里卷两圈，防止割手。
再把纱窗网剪成圆形，盖在罐口当防火罩，用铆钉固定在一侧，可以像盖子一样翻开点香。底部铺一层细沙，香灰掉下去也不会烫坏桌面。
做好以后放在卧室门口试了三个晚上，香灰都落在罐子里，比原来的盘子省心多了。
提醒一下，自制的蚊香盘一定要放在不易燃的地面上，远离窗帘和床单，人离开房间记得把蚊香掐灭。
""",
    ),
]
