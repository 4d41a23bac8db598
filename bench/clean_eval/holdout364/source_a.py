"""holdout364, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Invented text, sites, places, people and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-moudou-speech-divided-plates-gb2312",
        site="墨斗范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.modoufw.cn/jianghua/jiaoyu/2026/0415/58127.html",
        title="在全县中小学食堂分格餐盘推广工作推进会上的讲话",
        record_title="在全县中小学食堂分格餐盘推广工作推进会上的讲话（精编稿·可直接套用）_墨斗范文网",
        date="2026-04-09",
        date_also=["2026-04-15"],
        notes="old gb2312 table page with a marquee, an eye-care colour row, a floating ghost-writer box and a visitor "
        "counter; the date under the speech title differs from the posting date; a ghost-writer prompt glued after a "
        "sentence and a members-only line between paragraphs; speaker line neutral",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县中小学食堂分格餐盘推广工作推进会上的讲话（精编稿·可直接套用）_墨斗范文网</title>
<link rel="stylesheet" href="/skin/old/css.css">
<script language="javascript" src="/inc/count.asp?id=58127"></script>
</head>
<body bgcolor="#f4efe1" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300">⟦m 墨斗范文网 · 弹一条线，写一篇稿⟧</td><td align="right">⟦a <a href="#">设墨斗为首页</a> ┆ <a href="#">把墨斗加入收藏夹</a>⟧</td></tr>
<tr><td colspan="2" bgcolor="#8b5a2b">⟦m <a href="/">首页</a> <a href="/jianghua/">领导讲话</a> <a href="/zongjie/">总结汇报</a> <a href="/xinde/">心得体会</a> <a href="/gongwen/">公文范本</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="2">⟦d 墨斗小启：站内稿件由会员投来，转贴务请注明墨斗出处，谢绝印刷出版⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td>⟦m 您在这里：墨斗范文网 → 领导讲话 → 教育系统讲话⟧</td></tr></table>
<table width="100%"><tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 发布：2026-04-15　供稿：青竹老墨　浏览：<span id="hits">2604</span> 次⟧</td></tr>
<tr><td align="center">⟦a 【护眼底色：米黄 · 豆绿 · 还原】【字：大 · 中 · 小】⟧</td></tr>
<tr><td align="center">（2026年4月9日）</td></tr>
<tr><td align="center">县教育体育局局长　钟以衡</td></tr>
<tr><td class="zw">
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦a 『把这篇讲话存成Word』⟧　⟦a 『发给同事』⟧</td></tr>
<tr><td>⟦l 前一篇：县教体局2026年春季学校安全工作会议讲话⟧</td></tr>
<tr><td>⟦l 后一篇：在全县校园食品安全“护苗”行动部署会上的讲话⟧</td></tr></table>
</td>
<td width="260" valign="top" bgcolor="#efe6cf">
<table width="100%"><tr><td><b>⟦l 本周墨斗热榜⟧</b></td></tr>
<tr><td>⟦l ◆ 校长在学生营养餐工作会上的讲话⟧</td></tr>
<tr><td>⟦l ◆ 反食品浪费主题班会讲话稿三篇⟧</td></tr>
<tr><td>⟦l ◆ 食堂从业人员培训会上的讲话提纲⟧</td></tr></table>
</td></tr>
</table>
<div id="float_qq" style="position:fixed;right:6px;top:210px">⟦w 赶稿找墨斗：老墨代笔扣扣 3307615498，夜里也回⟧</div>
<table width="960" align="center"><tr><td align="center">⟦m 墨斗范文网 modoufw.cn　晋ICP备16028840号　您是本站第 <font color="red">0038217</font> 位来客⟧</td></tr></table>
<script>document.oncopy=function(){alert('复制请先登录');}</script>
</body>
</html>
""",
        p_html="<p>\u3000\u3000{}</p>",
        body="""
同志们：
今天召开全县中小学食堂分格餐盘推广工作推进会，主要是总结去年试点的经验，部署今年的全面推广。刚才，冽泉镇中心小学和县第二实验中学作了交流发言，讲得很实在，大家可以借鉴。下面，我讲三点意见。
一、看清成效，坚定推广信心
去年秋季学期，我们在8所学校试用不锈钢分格餐盘，把主食、荤菜、素菜和水果分格盛放。一个学期下来，试点学校餐后剩菜量平均减少了三成，打菜速度明显加快，家长在“阳光食堂”平台上看到的餐盘照片也更直观。一只小小的分格餐盘，既管住了浪费，也管出了营养。⟦w 讲话稿憋不出来？老墨团队一对一代写，扣扣3307615498⟧
⟦a 以下段落为墨斗VIP专享，开通后即可继续阅读⟧
二、抓住关键，确保推广不走样
一要统一标准，县局统一发布餐盘规格和采购参数，各校不得自行采购塑料、密胺等餐盘。二要配套清洗消毒，分格餐盘拐角多，各校要配齐高温消毒柜，落实“一洗二清三消毒四保洁”。三要科学定量，营养配餐员要按学段核定每一格的分量，让孩子吃得饱、吃得好、吃得完。
三、压实责任，按期完成任务
今年秋季开学前，全县46所中小学食堂要全部换用分格餐盘。校长是第一责任人，县局食安办分片督导，每月通报进度。
同志们，节约粮食要从每一只餐盘做起。希望大家真抓实干，把这件好事办好、把这件实事办实！
""",
    ),
    dict(
        slug="fanwen-wenanxiaozhu-summary-nursing-rooms",
        site="文案小筑 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenanxiaozhu.com/zongjie/gonghui/2026010571.html",
        title="2025年县直机关母婴室建设工作总结",
        record_title="2025年县直机关母婴室建设工作总结【含数据表·word版】_文案小筑",
        date="2025-12-26",
        date_also=["2026-01-05"],
        notes="成文日期 under the signature differs from the posting date; a data table with ideographic spaces; a "
        "related-reading box between paragraphs and a copy prompt glued after a sentence",
        page="""
!m 文案小筑 wenanxiaozhu.com · 写总结不必熬到半夜
!m 位置：首页 / 工作总结 / 工会妇联总结
!t 2025年县直机关母婴室建设工作总结【含数据表·word版】
!m 小筑编辑 晓禾　2026-01-05 发布　已阅 1,906
!a ［整篇复制］［生成Word文件］［存进我的文件夹］
{T}
{BODY}
!a 免费试读到此为止，下余38%的篇幅需开通小筑月卡
!w 年终材料来不及？微信搜 wenan_xz88，注明“总结”，当天交稿
!l 接着读：机关事业单位工会年度工作总结　｜　女职工权益保护工作情况汇报
!l 上一篇：县妇联2025年家庭教育指导工作总结
!d 小筑文章多为会员分享，涉嫌侵权请来信 jb@wenanxiaozhu.com，核实后一天内下架
!m 小筑工作室 版权所有 © 2019—2026　湘ICP备19073512号-1
""",
        indent="\u3000\u3000",
        body="""
2025年，县总工会女职工委员会把县直机关母婴室建设列为为职工办实事项目，会同县妇联、县卫健局推进“爱心母婴室”建设，职工哺乳期的实际困难得到有效缓解。现将全年工作总结如下。
一、建设情况
全年新建、改建母婴室23个，每个母婴室均配备洗手池、沙发、冰箱、带锁储物柜和医用级吸奶器，并张贴使用须知。⟦a 本段落禁止复制，登录小筑后可解锁⟧各类单位完成情况如下：
单位类型　计划数　已建成　配吸奶器
县直机关　12　12　12
事业单位　8　7　7
国有企业　4　4　3
二、管理使用
各母婴室均明确一名管理员，吸奶器配件实行“一人一套”，使用后由职工本人清洗、管理员每日消毒。我们还通过职工微信群推送母乳储存知识，引导哺乳期职工科学背奶。据回访统计，全年母婴室累计使用5100余人次，满意率98.6%。
⟦l 相关阅读：公共场所母婴设施建设实施方案（精选2篇）⟧
三、存在问题和下步打算
一是部分事业单位场地紧张，母婴室与医务室合用；二是个别单位吸奶器配件更换不及时。2026年，我们将推动剩余单位全部达标，并开展母婴室星级评定。
阑溪县总工会女职工委员会
2025年12月26日
""",
    ),
    dict(
        slug="wenku-zhiye-research-usb-hubs-pdf-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhiye.net/view/7f3c92d10a4e.html",
        title="关于全县中小学计算机教室USB集线器使用情况的调研报告",
        record_title="关于全县中小学计算机教室USB集线器使用情况的调研报告.pdf",
        date="2025-11-20",
        notes="a 文库 reader: viewer toolbar, page-marker paragraphs cutting sentences, a coin pay box; decimal "
        "headings; a file-name record title; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于全县中小学计算机教室USB集线器使用情况的调研报告.pdf - 知页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhiye.net/reader/v5/reader.min.js"></script>
<style>.reader-page{margin:12px auto;width:780px}.mk{color:#bbb;text-align:center}</style>
</head>
<body>
<header class="zy-top">
<span class="logo">⟦m 知页文库 · 一页一页都有用⟧</span>
<nav>⟦m <a href="/">首页</a> <a href="/c/jiaoyu">教育专区</a> <a href="/c/gongwen">公文专区</a> <a href="/vip">会员中心</a>⟧</nav>
<a class="login" href="/passport">⟦a 登录 / 注册领20知币⟧</a>
</header>
<div class="crumbs">⟦m 知页文库 ＞ 教育专区 ＞ 教育信息化 ＞ 调研报告⟧</div>
<div class="doc-head">
<h1>{T}</h1>
<div class="doc-meta">⟦m PDF · 共4页 · 上传者 zy_6051 · 2.1万次浏览 · 上传于2025-12-03⟧</div>
<div class="toolbar">⟦a 放大 缩小 全屏阅读 ｜ 下载文档（8知币）｜ 加入书架⟧</div>
</div>
<div class="reader">
{BODY}
</div>
<div class="pay-box">⟦a 第4页起需支付8知币才能继续看，月卡用户可免费读全部页⟧</div>
<div class="rec">
<h3>⟦l 看了这篇的人还看了⟧</h3>
<ul><li>⟦l 中小学信息技术装备管理调研报告（3篇）⟧</li>
<li>⟦l 学校机房设备使用情况的调查与思考⟧</li>
<li>⟦l 县域教育信息化2.0建设调研报告⟧</li></ul>
</div>
<footer>⟦d 本文档为用户上传分享，知页文库仅提供存储与展示，内容若有侵权可在线申诉⟧<br>⟦m ©2026 知页文库 zhiye.net　沪ICP备21036417号⟧</footer>
</body>
</html>
""",
        p_html='<div class="reader-page"><p>{}</p></div>',
        pages=dict(fmt="⫅ {n} ⫆", every=140, start=2),
        body="""
为摸清全县中小学计算机教室USB集线器的配备和使用情况，2025年10月，县教育技术装备中心组成调研组，对全县37所中小学的82间计算机教室进行了实地查看，并召开信息技术教师座谈会4场。现将调研情况报告如下。
1 基本情况
1.1 配备数量。82间计算机教室共配备USB集线器1460个，其中四口集线器1108个、七口带独立供电集线器352个。
1.2 使用年限。使用超过5年的集线器有611个，占41.8%，主要集中在2018年以前建成的教室。
2 存在的问题
2.1 供电不足。不少教室把七口集线器串接使用，学生同时接入键盘、鼠标、耳机和U盘时，经常出现设备掉线、识别失败的情况。
2.2 管理缺位。多数学校没有建立集线器台账，损坏后随手更换，杂牌产品混用，个别集线器外壳破损、接口松动仍在使用。
3 对策建议
3.1 制定配备标准，新建和改造教室统一配备带独立供电、带过流保护的集线器。
3.2 建立台账管理，每学期开学前由信息技术教师逐台检测一次。
3.3 加强学生使用教育，引导学生规范插拔外接设备。
阑溪县教育技术装备中心
2025年11月20日
""",
    ),
    dict(
        slug="wenku-juanzong-plan-bed-rails-wrapped-markers",
        site="卷宗文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.juanzongwk.com/p/26030288.html",
        title="娟湖区养老机构床护栏安全隐患排查整治方案",
        record_title="【养老服务·安全专项】娟湖区养老机构床护栏安全隐患排查整治方案（可下载编辑）- 卷宗文库",
        date="2026-03-02",
        notes="text extracted from a 文库 preview: hard-wrapped at 62 columns and cut by page markers glued to the "
        "continuation line; decimal headings; 成文日期 in Chinese numerals",
        page="""
!m 卷宗文库 — 文件在手，资料不愁
!t 【养老服务·安全专项】娟湖区养老机构床护栏安全隐患排查整治方案（可下载编辑）- 卷宗文库
!m 文档编号 JZ-26030288 ｜ 页数 5 ｜ 格式 DOCX ｜ 评分 4.7
!a 〖立即下载〗〖在线编辑〗〖收藏到卷夹〗
{T}
{BODY}
!a ┈┈ 预览只到这里，下载后查看完整的5页 ┈┈
!l 同类文档：养老院安全生产隐患排查表　/　护理型床位改造实施方案　/　老年人防跌倒工作方案
!d 卷宗文库提示：文档由用户上传，本站不对内容的准确性负责
!m 客服热线 400-870-2261（工作日 9:00—18:00）
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⥪{n}⥬", every=150, start=2, glue=True),
        body="""
为深入排查养老机构床护栏安全隐患，预防失能、半失能老人坠床事故，根据市民政局关于养老服务安全专项整治的部署，结合我区实际，制定本方案。
1 工作目标
1.1 2026年6月底前，完成全区19家养老机构在用护理床护栏的全面排查。
1.2 对排查中发现的护栏松动、断裂、高度不足等隐患，做到整改率100%。
2 排查内容
2.1 护栏结构。重点检查护栏升降卡扣是否灵活可靠，护栏与床体连接处有无松动、锈蚀。
2.2 护栏尺寸。护栏高出床垫面不低于32厘米，栏杆间隙不大于6厘米，防止老人肢体卡入。
2.3 使用管理。检查护理员交接班时是否检查护栏状态，夜间是否按照护理等级规范升起护栏。
3 工作步骤
3.1 自查阶段（3月10日至4月15日）。各养老机构对照排查清单逐床自查，建立隐患台账。
3.2 检查阶段（4月16日至5月20日）。区民政局会同第三方机构开展抽查。
3.3 整改阶段（5月21日至6月30日）。对存在隐患的护栏一律停用，限期维修或更换。
娟湖区民政局
二〇二六年三月二日
""",
    ),
    dict(
        slug="gov-yuzhou-amr-bulletin-plates-index-table",
        site="誉州市市场监督管理局 (invented county-level city portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://scjgj.yuzhou.gov.cn/zwgk/tzgg/202605/t20260521_338104.html",
        title="誉州市市场监督管理局关于2026年儿童分格餐盘产品质量监督抽查情况的通报",
        record_title="誉州市市场监督管理局关于2026年儿童分格餐盘产品质量监督抽查情况的通报·质量抽查专栏｜誉州市场监管",
        record_date="2026-05-21",
        date="2026-05-21",
        notes="a modern portal: elder-mode and screen-reader links, an 索引号 table with an unmarked 文号 cell "
        "(neutral), a data table, the bureau's own contact beside the portal's 纠错 line and 12345",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="誉州市市场监督管理局">
<title>誉州市市场监督管理局关于2026年儿童分格餐盘产品质量监督抽查情况的通报</title>
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/aged.js"></script>
</head>
<body>
<div class="topbar">⟦a <a href="#">银发模式</a> <a href="#">读屏辅助</a> <a href="#">English</a>⟧</div>
<div class="banner">⟦m 誉州市市场监督管理局 誉州市知识产权局⟧</div>
<div class="nav">⟦m <a>首页</a> <a>机构概况</a> <a>政务公开</a> <a>互动交流</a> <a>办事服务</a> <a>专题专栏</a>⟧</div>
<div class="position">⟦m 当前位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11330781MB1F52037K/2026-00412⟧</td><td>⟦m 主题分类：质量监管⟧</td></tr>
<tr><td>⟦m 发布机构：誉州市市场监督管理局⟧</td><td>⟦m 成文日期：2026-05-21⟧</td></tr>
<tr><td>文号：誉市监质〔2026〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="info">⟦m 信息来源：产品质量安全监管科　发布日期：2026-05-21　访问量：1377⟧ ⟦a 【大 中 小】【打印本页】【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
</div>
<div class="share">⟦l 分享给朋友：微信 · 微博 · QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4>
<p>⟦l · 2025年学生用品产品质量监督抽查结果公告⟧</p>
<p>⟦l · 誉州市消费品质量安全风险提示（第3期）⟧</p></div>
<div class="footer">
<p>⟦m 主办：誉州市市场监督管理局　地址：誉州市娟湖区东城路218号⟧</p>
<p>⟦w 网站纠错：0579-85230766　政务服务便民热线：12345⟧</p>
<p>⟦m 浙ICP备05081192号-3　浙公网安备33078102000587号　网站标识码3307810029⟧</p>
</div>
<script>var _zfwz = {sid: "3307810029"};</script>
</body>
</html>
""",
        body="""
各有关单位：
为保障儿童餐具质量安全，今年4月，我局组织对本市生产、销售的儿童分格餐盘产品开展了质量监督抽查。现将抽查情况通报如下。
一、抽查基本情况
本次共抽查生产企业6家、销售企业18家的儿童分格餐盘产品30批次，检验项目包括感官要求、蒸发残渣、高锰酸钾消耗量、重金属、三聚氰胺迁移量和耐热性能等。经检验，合格27批次，不合格3批次，批次合格率为90.0%。
二、不合格产品情况
产品名称　标称生产企业　不合格项目
卡通分格餐盘　誉州市乐禾日用品厂　三聚氰胺迁移量
五格儿童餐盘　娟湖区童趣家居商行　高锰酸钾消耗量
竹纤维分格餐盘　驮岭乡贝贝日杂店　耐热性能
三、处理要求
对抽查不合格的产品，我局已依法责令相关企业停止生产、销售，并督促查明原因、限期整改。请各属地市场监管所加强跟踪检查，整改不到位的依法从严查处。
联系人：产品质量安全监管科　郁婉宁，电话：0579-85230418。
誉州市市场监督管理局
2026年5月21日
""",
    ),
    dict(
        slug="gov-lanxi-civil-notice-bed-rails-wrapped",
        site="阑溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lanxi.gov.cn/art/2026/4/8/art_1320_58806.html",
        title="阑溪县民政局关于为分散供养特困老人免费安装床护栏的通知",
        date="2026-04-03",
        date_also=["2026-04-08"],
        notes="text copied from a portal: hard-wrapped at 60 columns; 文号 line under the title neutral; 抄送 and "
        "印发 lines kept; the record title as is; 成文日期 differs from the portal's posting date",
        page="""
!m 阑溪县人民政府 www.lanxi.gov.cn
!m 首页 ＞ 信息公开 ＞ 部门文件 ＞ 县民政局
!m 发布日期：2026-04-08　浏览次数：864　来源：阑溪县民政局
!a 〔字号：放大　默认　缩小〕　〔打印〕　〔收藏〕
{T}
阑民发〔2026〕11号
{BODY}
!l 上一条：阑溪县民政局关于开展2026年度养老机构等级评定的通知
!l 下一条：关于公布2026年第一季度城乡低保对象名单的公示
!m 阑溪县人民政府办公室主办　阑溪县大数据发展中心承办
!m 网站标识码：3311270007　浙ICP备10033418号
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
各乡镇人民政府，各街道办事处：
为减少分散供养特困老人夜间坠床、跌倒等意外伤害，经县政府同意，县民政局决定在全县开展床护栏免费安装工作。现将有关事项通知如下。
一、安装对象
全县分散供养的特困人员中，年龄在70周岁以上或者生活不能完全自理的老人，共计412人。
二、安装标准
每户安装一至两副可折叠床护栏，护栏高度不低于35厘米，安装后由安装人员现场演示升降方法，并请老人或其监护人签字确认。
三、时间安排
4月20日前，各乡镇（街道）完成摸底登记并报县民政局；5月31日前，完成全部安装和验收。
四、工作要求
各乡镇（街道）要安排专人负责，对独居老人逐户上门，确保不漏一户；安装过程中注意听取老人意见，不得强制安装。
阑溪县民政局
2026年4月3日
抄送：县政府办公室，县财政局，县卫生健康局。
阑溪县民政局办公室　2026年4月3日印发
""",
    ),
    dict(
        slug="news-lanxi-rongmei-nursing-room-h1",
        site="阑溪融媒 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanxirm.cn/xw/bd/202605/t20260509_80413.shtml",
        title="县总工会新建20个“爱心母婴室” 吸奶器冰箱一应俱全",
        record_title=None,
        date="2026-05-09",
        notes="title missing from the record, found in the <h1>; byline 发布时间 as the page's date; an app prompt "
        "glued before the lead; a photo caption between paragraphs; an editor line glued after the last paragraph",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>阑溪融媒_阑溪新闻</title>
<script>window.RM_CONF={col:"bd",id:80413};</script>
</head>
<body>
<div class="hd">⟦m 阑溪融媒 ｜ 阑溪人自己的新闻客户端⟧ ⟦a 下载阑溪融媒App⟧</div>
<div class="menu">⟦m 首页 本地 民生 乡镇 视频 图集 专题⟧</div>
<div class="loc">⟦m 首页 › 本地 › 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2026-05-09 08:46　来源：阑溪融媒　记者：邵一苇⟧</div>
<div class="listen">⟦a ▶ 听新闻（约2分钟）⟧</div>
<div class="text">
{BODY}
</div>
<div class="like">⟦a 赞一个 · 转发到朋友圈⟧</div>
</div>
<div class="aside"><h3>⟦l 本地24小时⟧</h3>
<ul><li>⟦l 冽泉镇第二届杨梅采摘节开幕⟧</li><li>⟦l 县城东环路今起夜间封闭施工⟧</li><li>⟦l 阑溪三名学生入选省青少年田径集训队⟧</li></ul></div>
<div class="ad">⟦m 广告位招租 0579-85117700⟧</div>
<div class="ft">⟦d 阑溪融媒原创稿件，未经书面授权不得转载⟧ ⟦m 阑溪县融媒体中心主办　浙ICP备18004216号⟧</div>
</body>
</html>
""",
        body="""
⟦a 打开阑溪融媒App，本地消息早知道⟧本报讯　母亲节前夕，县总工会新建的20个“爱心母婴室”全部投入使用。记者走访发现，这些母婴室分布在县行政服务中心、县人民医院、高铁站和部分规模企业，室内配有医用级吸奶器、储奶冰箱、温奶器和带锁储物柜。
“以前上班背奶，只能躲在卫生间里，现在有了干净的地方，心里踏实多了。”在县行政服务中心窗口工作的戚晓棠说，她每天上午、下午各来一次，用完吸奶器自己清洗配件，再放进消毒柜。
⟦m 图为县行政服务中心的爱心母婴室。邵一苇　摄⟧
据了解，每个母婴室投入资金约1.5万元，由县总工会和建设单位按比例分担。县总工会还编印了母婴室使用须知，明确吸奶器配件“一人一套”、管理员每日消毒。职工可以关注“阑溪工会”公众号，查看各母婴室的位置和开放时间。
县总工会相关负责人表示，今年还将在乡镇便民服务中心新建一批母婴室，让更多哺乳期女职工感受到“娘家人”的温暖。⟦m （责任编辑：方小满　审核：郑既白）⟧
""",
    ),
    dict(
        slug="news-yuzhou-text-nasal-rinse-class",
        site="誉州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yuzhounews.com.cn/qx/2026-01/15/content_271904.htm",
        title="冽泉镇卫生院开出“洗鼻小课堂” 鼻炎患者学会正确冲洗",
        record_title="冽泉镇卫生院开出“洗鼻小课堂” 鼻炎患者学会正确冲洗 ▏县区传真 · 誉州新闻网",
        date="2026-01-15",
        notes="news in text: the publish line as the page's date; a repeated title; a photo line and a "
        "reporter line between paragraphs; a reading count glued before the lead",
        page="""
!m 誉州新闻网　www.yuzhounews.com.cn
!m 县区传真 》 阑溪
{T}
!m 2026-01-15 10:12:06　来源：誉州日报　作者：程露白
!a 字体：〔大〕〔中〕〔小〕　　纠错　　分享
{BODY}
!l 【延伸阅读】冬季鼻炎高发，专家教你这样护鼻
!m 编辑：詹语涵
!l 〓 县区传真·更多 〓
!l 旷川县中医院开设“冬病夏治”预约通道
!l 阑溪县人民医院耳鼻喉科新增鼻内镜诊疗室
!d 誉州新闻网所刊作品版权归誉州日报社所有，转载须获授权
!m 誉州日报社主办　新闻热线：0579-85007000　互联网新闻信息服务许可证 33120170009
""",
        indent="\u3000\u3000",
        body="""
⟦m 阅读 3612⟧本报讯　“水温要接近体温，头向前倾，张嘴呼吸，轻轻挤压瓶身……”1月13日上午，冽泉镇卫生院二楼会议室里，耳鼻喉科医生蒋若渝手拿洗鼻器，一步一步给二十多位鼻炎患者演示鼻腔冲洗。
入冬以来，镇上过敏性鼻炎、鼻窦炎患者明显增多，不少人在网上买了洗鼻器却不会用，有的用自来水直接冲洗，有的用力过猛导致耳朵发闷。为此，镇卫生院开设“洗鼻小课堂”，每周二上午免费授课。
⟦m 〔图〕蒋若渝医生向患者讲解洗鼻器的使用方法。⟧
课堂上，蒋若渝重点讲了三点：一要用生理盐水或专用洗鼻盐配制的溶液，不能用自来水；二要控制压力，两侧鼻孔交替冲洗；三要每次用后把洗鼻器拆开清洗晾干，一人一个、专人专用。
72岁的退休教师秦伯荪听完课后说：“以前我冲完鼻子总呛水，今天才知道是姿势不对。”
据介绍，小课堂开课以来已培训患者140余人次。镇卫生院还将把课程送进村卫生室，方便老年患者就近学习。
""",
    ),
    dict(
        slug="forum-zhetengpai-hub-thread-jammer",
        site="折腾派论坛 (invented, Discuz-like hardware forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.zhetengpai.net/thread-402718-1-1.html",
        title="七口USB集线器掉盘问题排查全过程",
        record_title="[折腾实录] 七口USB集线器掉盘问题排查全过程（附测量数据）- 外设硬件 - 折腾派论坛",
        date=None,
        notes="Discuz-like thread: a poster panel, jammer-font junk in the post, a rating row, a signature, "
        "replies; only relative times (5 天前, 昨天), so no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>[折腾实录] 七口USB集线器掉盘问题排查全过程（附测量数据）- 外设硬件 - 折腾派论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦m 折腾派论坛 —— 不折腾，不舒服⟧ ⟦a <a>快捷登录</a> <a>注册折腾派</a>⟧</div>
<div id="pt">⟦m 折腾派 › 硬件区 › 外设硬件 › 帖子⟧</div>
<div class="hm">⟦m 围观: 6230 ｜ 跟帖: 41⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 焊锡味的周末⟧<br>⟦m 等级：老炮儿　积分 3388　帖子 927⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主 ｜ 发表于 5 天前 ｜ 只看楼主⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="rate">⟦l 评分 人气 +12 技术分 +3 ｜ 查看全部评分⟧</div>
<div class="sign">⟦m 签名：万用表比嘴靠谱⟧</div>
<div class="po">⟦a 点赞 收藏本帖 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 电容鼓包了 昨天 22:31 实测党点赞，我那个七口的也是一插移动硬盘就掉⟧</div>
<div class="reply">⟦l 3# 线材强迫症 昨天 23:05 补充一句：线短一点压降也会小些⟧</div>
<div id="fastpost">⟦a 登录后参与讨论，还没有账号？立即注册⟧</div>
<div id="ft">⟦m 折腾派论坛 ( 粤ICP备20049318号 ) ｜ 手机版 ｜ 小黑屋⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
我桌上一个七口USB集线器，接了键盘、鼠标、两块移动硬盘和一个读卡器，最近老是掉盘，拷文件拷到一半就断开。折腾了一个周末，总算找到原因，记录一下，给遇到同样问题的朋友参考。
第一步，排除线材。换了三根数据线，问题照旧，说明不是线的事。
第二步，测电压。用USB电压电流表逐口测量，空载时每个口都有5.1伏左右；两块移动硬盘同时读写时，最远的那个口掉到了4.5伏，硬盘指示灯一闪一闪。
第三步，查供电。拆开看了一下，这个集线器虽然留着电源孔，但原装附送的电源只有5伏2安，七个口平分下来远远不够。
最后的办法是换了一个5伏4安的电源适配器，并把两块移动硬盘分开插到电脑主板上的接口。连续拷了三天文件，再没掉过盘。
总结一句：多口集线器一定要看供电，移动硬盘这种耗电大户尽量别都挤在一个集线器上。
""",
    ),
    dict(
        slug="forum-nuanya-breast-pump-review-junk",
        site="暖芽妈妈社区 (invented parenting forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.nuanyamama.com/t/1193372",
        title="两款电动吸奶器用了一个月的真实感受",
        record_title="〔背奶日记〕两款电动吸奶器用了一个月的真实感受（纯自费无广）- 哺乳喂养 - 暖芽妈妈社区",
        date=None,
        notes="a parenting-forum post in text: anti-scraping junk on lines and glued after 。; floors and client "
        "lines; relative times only (3 天前, 刚刚), so no date",
        page="""
!m 暖芽妈妈社区 · 哺乳喂养版
!m 浏览 4871 ｜ 回复 63 ｜ 收藏 210
!t 〔背奶日记〕两款电动吸奶器用了一个月的真实感受（纯自费无广）
!m 楼主：糯米团子妈　发表于 3 天前　来自暖芽App
{BODY}
!a 觉得有用就点个“暖一下”吧
!l 沙发　橙子酱酱：第二款我也在用，吸力调到三档刚好
!l 板凳　小鹿乱撞妈：请问楼主配件多久换一次？
!l 地板　糯米团子妈（楼主） 刚刚：鸭嘴阀我两个月一换
!a 下载暖芽App，回帖更方便，还能领待产包
!m 暖芽妈妈社区　服务邮箱 kf@nuanyamama.com
""",
        junk=dict(lines=2, glued=3),
        body="""
产假结束回单位上班快一个月了，前后用过两款电动吸奶器，说说真实感受，给准备背奶的姐妹们参考，不推荐具体牌子。
第一款是单边的，小巧，放包里不占地方，价格也便宜。缺点是一次只能吸一边，每次要花四十分钟，午休时间基本全搭进去了，而且电机声音有点大，在母婴室里有点尴尬。
第二款是双边的，带了锂电池，可以不插电使用。两边同时吸，二十分钟左右就能结束，吸力档位多，从轻柔到强劲一共九档，我一般用三到四档。缺点是配件多，每次清洗要拆开七八个小零件。
我的建议：如果单位有固定的母婴室、每天要吸两三次，直接上双边的，省下来的时间很值；如果只是偶尔吸一次，单边的够用。
另外提醒一句，吸奶器配件一定要每次用完就清洗消毒，喇叭罩和鸭嘴阀要定期更换，不然会影响吸力。有问题可以在帖子下面问我。
""",
    ),
]
