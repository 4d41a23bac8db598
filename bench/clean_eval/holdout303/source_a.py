"""holdout303, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Every page, site, place, person, phone and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="fanwen-bigengfang-speech-forest-rangers-warmers",
        site="笔耕坊范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bgfang-fw.com/jh/gonghui/2025/0103/7716.asp",
        title="在全县护林员冬季巡山装备发放仪式上的讲话",
        record_title="【讲稿精挑·林业口】在全县护林员冬季巡山装备发放仪式上的讲话（改改就能讲）_笔耕坊范文网",
        date="2024-12-16",
        date_also=["2025-01-03"],
        notes="old gb2312 table page with a ghost-writing marquee, a font-size row, a floating QQ box and a visitor counter; "
        "speaker and date lines under the title are neutral (the date is the document's); a ghost-writer prompt glued after a "
        "sentence and a related link on a line of its own inside the speech; the site's posting date differs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲稿精挑·林业口】在全县护林员冬季巡山装备发放仪式上的讲话（改改就能讲）_笔耕坊范文网</title>
<meta name="keywords" content="怀炉,护林员,讲话稿,森林防火">
<link href="/css/bgf2011.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 笔耕坊范文网⟧</td><td class="slogan">⟦m 一笔一划，写出好材料⟧</td>
<td align="right"><a href="/user/login.asp">⟦a 会员登录⟧</a> | <a href="/user/reg.asp">⟦a 注册就送20积分⟧</a></td></tr>
</table>
<table width="960" align="center" class="nav"><tr>
<td><a href="/">⟦m 首页⟧</a></td><td><a href="/jh/">⟦m 讲话致辞⟧</a></td><td><a href="/zj/">⟦m 工作总结⟧</a></td>
<td><a href="/xd/">⟦m 心得体会⟧</a></td><td><a href="/fa/">⟦m 活动方案⟧</a></td><td><a href="/zc/">⟦m 主持串词⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3" onmouseover="this.stop()">⟦w 笔耕坊公告：岁末材料扎堆，急稿请提前三天预约，春节期间照常接单⟧</marquee></td></tr></table>
<table width="960" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：<a href="/">笔耕坊</a> &gt;&gt; <a href="/jh/">讲话致辞</a> &gt;&gt; 部门讲话⟧</div>
<h1 class="biaoti">{T}</h1>
<div class="xinxi">⟦m 发布日期：2025-01-03　来源：网友投稿　人气：1873⟧</div>
<div class="zihao">⟦a 【调整字号 大 | 中 | 小】【护眼底色】⟧</div>
<div class="jianghuaren">县林业局局长　骆嘉禾</div>
<div class="riqi">（2024年12月16日）</div>
<div class="content">
{BODY}
</div>
<div class="gongneng">⟦a 〖复制全文〗〖存为Word〗〖放入收藏〗〖打印本页〗⟧</div>
<div class="sxp">⟦l 上一篇：乡镇工会冬季送温暖慰问讲话⟧<br>⟦l 下一篇：森林防火誓师大会主持串词⟧</div>
</td>
<td width="250" valign="top" class="right">
<div class="tit">⟦l 讲话热榜⟧</div>
<ul>
<li><a href="/jh/1.asp">⟦l 在冬季送温暖活动启动仪式上的致辞⟧</a></li>
<li><a href="/jh/2.asp">⟦l 工会主席在困难职工慰问会上的讲话⟧</a></li>
<li><a href="/jh/3.asp">⟦l 护林员培训班开班讲话（三篇）⟧</a></li>
</ul>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:0;top:220px">⟦w 急稿代笔 QQ 2871506394⟧</div>
<table width="960" align="center" class="foot"><tr><td>
⟦d 本站文章供写作参考，照抄照搬后果自负⟧<br>
⟦m 笔耕坊范文网 www.bgfang-fw.com　皖ICP备17035482号⟧<br>
⟦m 您是第 0382716 位来访者⟧
</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们：
今天，我们在这里举行全县护林员冬季巡山装备发放仪式，为二百一十六名生态护林员送上防寒服、防滑鞋和充电式怀炉。我代表县林业局，向常年守护青山的护林员们表示衷心的感谢！
冬季是森林防火的关键期，也是巡山最辛苦的时候。大家每天要走十几公里山路，山上风大雪厚，手脚常常冻得发僵。今年我们专门采购了充电式怀炉，不用明火、不用燃料，揣在怀里就能取暖，进山也不会留下火灾隐患。⟦w 材料不会写？笔耕坊老师一对一代笔，薇信 bgf_ghost88⟧
⟦l 相关范文：森林防火工作会议讲话⟧
各乡镇林业站要把装备逐一发放到人，登记造册，并教会大家正确充电、规范使用。这里我再强调一遍：进山巡护一律不准携带火种，燃料式怀炉也不要带进林区。
同志们，青山常在，离不开你们的脚步。希望大家保重身体，守好每一片林子！
""",
    ),
    dict(
        slug="fanwen-xieshouyz-summary-cufflink-qc-wrapped",
        site="写手驿站 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xieshouyz.net/zongjie/qiye/2025/0106/30552.html",
        title="袖扣生产企业质检科2024年度工作总结",
        record_title="袖扣生产企业质检科2024年度工作总结（附数据，企业通用）- 写手驿站",
        date="2024-12-28",
        notes="a text 范文 page hard-wrapped at 60 columns with indented paragraphs; numbered lines inside the summary; the 成文日期 "
        "under the signature is the date, an update stamp is none; a member prompt between paragraphs and a collect prompt glued",
        page="""
!m 写手驿站 · 企业文书频道
!m 当前栏目：工作总结 / 企业部门总结
{T}
!m 更新：2025-01-06　　字数：约1100字　　浏览 632 次
!a 〔全文复制〕　〔导出文档〕　〔收进我的素材库〕
{BODY}
!a 下载本篇原稿请先开通驿站年卡
!l 同类文章：生产车间2024年度质量工作总结
!l 同类文章：品管部年终总结及2025年工作计划
!d 写手驿站所载文章来源于会员上传，仅作交流，侵删。
!m © 写手驿站 xieshouyz.net
""",
        indent="\u3000\u3000",
        wrap=60,
        body="""
2024年，质检科在公司领导下，围绕“出厂零投诉”目标，对袖扣原料、半成品和成品实行全流程检验，全年未发生批量质量事故。现将主要工作总结如下。
1.严把原料关。全年检验铜坯、银坯、珐琅釉料等原料412批次，退回不合格原料9批次，供应商评审淘汰2家。
2.抓好过程检验。在冲压、电镀、镶嵌三道工序设立巡检点，重点抽查镀层厚度和扣针弹力，发现并纠正工序异常37起。⟦a 觉得有用就点个收藏吧⟧
⟦a 开通驿站会员，免费领取质检表格模板⟧
3.提升成品合格率。全年出厂袖扣186万对，一次交验合格率由97.2%提高到98.6%，客户退货率下降一半。
存在的不足主要是检测设备老化，盐雾试验箱经常停机。2025年，我们将申请更新检测设备，完善质量追溯台账，争取通过客户年度审核。
鸿仪服饰配件有限公司质检科
2024年12月28日
""",
    ),
    dict(
        slug="wenku-qingzhi-survey-heat-packs-care-homes-pdf",
        site="青帙文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qingzhiwk.com/doc/40917326.html",
        title="关于全市养老机构冬季热敷袋使用安全情况的调研报告",
        record_title="关于全市养老机构冬季热敷袋使用安全情况的调研报告.pdf",
        date="2025-01-20",
        notes="a 文库 reader: page-marker paragraphs ︹ n ︺ between the halves of cut paragraphs, a viewer toolbar, a coin paywall "
        "after the text, an upload line (no date); file-name record title; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于全市养老机构冬季热敷袋使用安全情况的调研报告.pdf - 青帙文库</title>
<script src="/static/reader.min.js"></script>
<style>.pg{color:#bbb;text-align:center}</style>
</head><body>
<header class="qz-top"><a class="logo" href="/">⟦m 青帙文库⟧</a>
<nav><a href="/">⟦m 首页⟧</a> <a href="/c/report">⟦m 报告总结⟧</a> <a href="/c/gov">⟦m 党政公文⟧</a></nav>
<a class="vip" href="/vip">⟦a 办青帙月卡 全站畅读⟧</a></header>
<section class="doc-head"><h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：晚照书斋　上传于 2025-02-03　共 5 页　阅读 2,116⟧</div>
<div class="toolbar">⟦a 缩小 放大 全屏 加入书架⟧</div></section>
<article class="reader">
{BODY}
</article>
<div class="paywall">⟦a 剩余3页需支付 8 青帙币阅读⟧ <a class="btn">⟦a 支付并继续阅读⟧</a></div>
<aside class="rel"><h4>⟦l 读过这篇的人还在看⟧</h4>
<ul><li>⟦l 养老院冬季安全隐患排查报告⟧</li><li>⟦l 关于老年人取暖用品使用情况的调查⟧</li></ul></aside>
<footer>⟦d 文档由用户上传，青帙文库不对内容真实性负责，如有侵权请致信 jubao@qingzhiwk.com⟧<br>⟦m 蜀ICP备20051738号-3⟧</footer>
</body></html>
""",
        p_html="<p>{}</p>",
        pages=dict(fmt="︹ {n} ︺", every=130, start=2),
        body="""
入冬以来，部分养老机构发生老人使用热敷袋烫伤的情况。为摸清底数，市民政局组成调研组，于2024年12月走访了全市14家养老机构，查阅护理记录，与护理员和老人面对面交流。现将有关情况报告如下。
一、基本情况。14家机构共有入住老人1286人，其中冬季使用热敷袋的有531人，占四成以上。所用热敷袋以电热式和注水式为主，少数为中药热敷包。
二、存在问题。一是部分老人自带的电热式热敷袋无合格标识，有的充电线已经老化；二是护理员对失能、糖尿病老人使用热敷袋的风险认识不足，巡查不够及时；三是有的机构未建立取暖用品登记制度。
三、意见建议。建议各机构对热敷袋进行全面登记，淘汰无标识产品；对感觉迟钝的老人一律由护理员协助使用，并每隔半小时查看一次皮肤情况；民政部门将此项内容纳入年度安全检查。
麴城市民政局调研组
2025年1月20日
""",
    ),
    dict(
        slug="wenku-xueshan-plan-foot-basins-wrapped-markers",
        site="雪衫文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.xueshan-doc.com/p/7731205.html",
        title="暝溪县环卫驿站“暖足行动”洗脚盆配置方案",
        record_title="【文档精品·可改】暝溪县环卫驿站“暖足行动”洗脚盆配置方案（共5页·全文）",
        date=None,
        notes="a 文库 text preview hard-wrapped at 62 columns and cut by page markers ﹇n﹈ glued to the continuation lines; "
        "an undated plan (an upload stamp only); a preview-end prompt after the body",
        page="""
!m 雪衫文库 — 好文档随手可得
!t 【文档精品·可改】暝溪县环卫驿站“暖足行动”洗脚盆配置方案（共5页·全文）
!m 上传时间：2025-03-11　　贡献者：暝溪小草　　格式：DOCX
!a 免费预览前2页　｜　整篇下载 3 雪花
{BODY}
!a 预览到此为止，后续内容请下载原文查看
!l 你可能还需要：环卫工人爱心驿站运行管理制度
!l 你可能还需要：户外劳动者服务站点建设实施方案
!d 本页面展示的文档来自用户分享，雪衫文库仅提供存储与展示服务。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="﹇{n}﹈", every=100, start=2, glue=True),
        body="""
为改善环卫工人冬季作业后的休息条件，县城管局决定在城区12个环卫驿站开展“暖足行动”，为每个驿站配置洗脚盆和热水设施。具体方案如下。
一、配置标准。每个驿站配备加厚塑料洗脚盆8只、电热水器1台、毛巾架1个，洗脚盆按人编号、专人专用，损坏后及时补充。
二、使用管理。驿站每天17时至20时开放，由驿站管理员负责烧水、登记和清洁，洗脚盆每次使用后用消毒液浸泡十分钟，晾干后放回原处。
三、经费保障。所需经费约4.3万元，从城市维护经费中列支，采购工作由局办公室按程序组织，确保12月底前全部配置到位。
四、工作要求。各驿站要张贴使用须知，提醒患有糖尿病、下肢静脉曲张的职工注意水温，不得超过40摄氏度。
""",
    ),
    dict(
        slug="gov-xianling-notice-forest-fire-warmers",
        site="霰岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xianling.gov.cn/zwgk/zfxxgk/lyj/202411/t20241125_88412.html",
        title="霰岭县林业局关于森林防火期内进山人员规范使用取暖用品的通知",
        record_title="霰岭县林业局关于森林防火期内进山人员规范使用取暖用品的通知_部门发文_霰岭县人民政府",
        date="2024-11-20",
        date_also=["2024-11-25"],
        notes="a county portal with 关怀版/读屏 links, an 索引号 table whose 文号 cell is left unmarked (neutral), attachment "
        "download links, a 纠错 line and the 12345 hotline beside the notice's own 联系人/电话; 附件 list, signature, 成文日期, "
        "抄送 and 印发 lines in the body; the portal's 发布日期 differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="SiteName" content="霰岭县人民政府"><meta name="ColumnName" content="部门发文">
<title>霰岭县林业局关于森林防火期内进山人员规范使用取暖用品的通知_部门发文_霰岭县人民政府</title>
<script src="/common/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 霰岭县人民政府⟧</span> <a href="#">⟦a 关怀版⟧</a> <a href="#">⟦a 读屏辅助模式⟧</a> <a href="#">⟦a 繁體⟧</a></div>
<div class="mainnav"><a>⟦m 首页⟧</a> <a>⟦m 政务公开⟧</a> <a>⟦m 政务服务⟧</a> <a>⟦m 互动交流⟧</a> <a>⟦m 走进霰岭⟧</a></div>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门发文 &gt; 县林业局⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11522831MB1C20417X/2024-01953⟧</td><td>⟦m 发布机构：霰岭县林业局⟧</td></tr>
<tr><td>⟦m 主题分类：林业　森林防火⟧</td><td>霰林发〔2024〕37号</td></tr>
<tr><td>⟦m 发布日期：2024-11-25⟧</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h2>{T}</h2>
<div class="fontsize">⟦a 【文字 放大 还原 缩小】⟧ ⟦a 【打印本篇】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian"><p>⟦a 附件下载：1.森林防火期内禁止携带物品清单.xlsx⟧</p><p>⟦a 附件下载：2.林区检查站登记表（样式）.docx⟧</p></div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="footer">
<p>⟦m 主办：霰岭县人民政府办公室　承办：县大数据发展中心⟧</p>
<p>⟦m 网站纠错：0896-5520117　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码 5228310007　黔ICP备13004522号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，各林场、自然保护区管理站：
当前已进入森林防火紧要期。近期巡查发现，部分进山务工、采药人员携带燃料式怀炉、炭火怀炉取暖，存在引发山火的隐患。为切实做好森林防火工作，现将有关事项通知如下。
一、防火期内，进入林区的人员一律不得携带燃料式怀炉、炭火怀炉等明火或可燃取暖用品，确需取暖的，可使用充电式怀炉。
二、各林区检查站要加强进山人员检查，发现携带燃料式怀炉的，劝其寄存在检查站。
三、各乡镇要通过村村响广播、张贴通告等方式，把上述要求告知每一位进山人员。
联系人：甘晓峤，电话：0896-5520236。
附件：1.森林防火期内禁止携带物品清单
2.林区检查站登记表（样式）
霰岭县林业局
2024年11月20日
抄送：县人民政府办公室，县应急管理局。
霰岭县林业局办公室　　2024年11月20日印发
""",
    ),
    dict(
        slug="gov-sishui-bulletin-plastic-foot-basins-table",
        site="姒水县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.sishui.gov.cn/xxgk/tzgg/202504/t20250415_31702.html",
        title="关于2025年第一季度塑料洗脚盆产品质量监督抽查结果的通报",
        record_date="2025-04-15",
        date="2025-04-15",
        notes="the record gives title and date; a portal text page with a 文号 line (neutral); the results as a table, one row a "
        "paragraph with ideographic spaces; a policy-reading link between paragraphs; a 成文日期 under the signature",
        page="""
!m 姒水县人民政府　政务公开
!m 首页 ＞ 信息公开 ＞ 通知公告
{T}
姒市监〔2025〕18号
!m 信息来源：县市场监管局　　发布时间：2025-04-15　　浏览次数：417
!a 〔大字版〕〔听全文〕〔打印〕
{BODY}
!l 上一条：姒水县2025年春季农资市场专项检查情况
!l 下一条：关于开展“守护消费”专项行动的通知
!m 姒水县人民政府办公室主办　　技术支持：姒水县融媒体中心
!m 政府值班电话：0897-6013355
""",
        body="""
各乡镇人民政府，县直有关单位：
2025年第一季度，县市场监管局对全县销售的塑料洗脚盆开展了产品质量监督抽查，共抽查22批次，其中合格19批次，不合格3批次。不合格产品情况如下：
序号　产品名称　标称生产企业　不合格项目
1　加厚洗脚盆　嫘水县康步塑料制品厂　耐热性能
2　折叠洗脚盆　荦川县德运日用塑料制品有限公司　耐热性能
3　木纹洗脚桶　逶溪镇暖泉日用品店　标志和说明
⟦l 政策解读：塑料洗脚盆怎么挑？看这三点⟧
对上述不合格产品，县市场监管局已责令销售者立即下架，并依法立案调查。请广大消费者选购洗脚盆时查看产品标识，不买有刺鼻气味的产品，盛放热水不要超过标注的温度。
姒水县市场监督管理局
2025年4月15日
""",
    ),
    dict(
        slug="news-youcheng-cufflink-town-photo-captions",
        site="祜阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.huyangnews.cn/cj/2025-03/18/content_116302.html",
        title="囿城镇袖扣一年卖出一千二百万对",
        record_title="囿城镇袖扣一年卖出一千二百万对_产经_祜阳新闻网",
        record_date="2025-03-18",
        date="2025-03-18",
        notes="a county news portal: an app prompt glued before the lead, photo captions on lines of their own between "
        "paragraphs, an editor line glued after the last sentence, a listen button, a 24-hour list and an ad slot",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>囿城镇袖扣一年卖出一千二百万对_产经_祜阳新闻网</title>
<script>var _cnzz=1;</script></head><body>
<div class="hd"><a href="/">⟦m 祜阳新闻网⟧</a> <span>⟦m 祜阳县融媒体中心主办⟧</span>
<a href="/app">⟦a 下载“祜阳头条”客户端⟧</a></div>
<div class="nav"><a>⟦m 要闻⟧</a> <a>⟦m 产经⟧</a> <a>⟦m 乡镇⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 视频⟧</a></div>
<div class="crumbs">⟦m 祜阳新闻网 &gt; 产经 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-03-18 08:41　来源：祜阳日报　记者 尤书朗⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="content">
{BODY}
</div>
<div class="adslot">⟦m 广告　祜阳农商银行“惠商贷”火热办理中⟧</div>
<div class="sidebar"><h3>⟦l 24小时热文⟧</h3>
<ol><li>⟦l 祜阳县今年将新改建农村公路86公里⟧</li><li>⟦l 县人民医院胸痛中心通过国家认证⟧</li><li>⟦l 春季植树，这些地方可以认养⟧</li></ol></div>
<div class="ft">⟦d 凡本网注明“来源：祜阳新闻网”的作品，未经授权不得转载⟧<br>⟦m 祜阳新闻网 版权所有　互联网新闻信息服务许可证 52120170033⟧</div>
</body></html>
""",
        body="""
⟦a 打开祜阳头条，看更多本地新闻⟧记者从祜阳县囿城镇获悉，2024年该镇袖扣产量达到1200万对，产值突破3亿元，产品销往30多个国家和地区。
走进囿城镇袖扣产业园，冲压机有节奏地响着，工人们正在给一批珐琅袖扣上色。“这批货是给欧洲客户定制的，下周就要发走。”鸿仪服饰配件公司负责人史嘉诚说。
⟦m 图为囿城镇袖扣产业园的工人在给袖扣上色。记者 尤书朗 摄⟧
囿城镇做袖扣已有三十多年历史。近年来，镇里建起电镀集中区和检测中心，引导企业从代工转向自主设计，全镇注册袖扣品牌已有46个。
镇党委书记齐慕白介绍，今年镇里将建设袖扣设计中心，力争产值再增长两成。⟦m （责任编辑：柯雨桐）⟧
""",
    ),
    dict(
        slug="news-jishan-heat-compress-packs-title-line",
        site="戢川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jichuannews.com/msh/2024/1205/58821.shtml",
        title="戢川县卫生院上门为老人送中药热敷包",
        record_title=None,
        date="2024-12-05",
        notes="no title in the record: the title line on the page; the byline's 发布时间 is the date; a share row glued after "
        "the last sentence; a 'more news' link between paragraphs",
        page="""
!m 戢川新闻网 · 民生频道
!m 首页 > 民生 > 健康
{T}
!m 发布时间：2024-12-05 16:20　来源：戢川县融媒体中心　作者：苗语晴
!a 【A+】【A-】【朗读】
{BODY}
!l 相关新闻：戢川县启动冬季“健康敲门”行动
!l 相关新闻：县中医院开设“三九贴”预约通道
!m 新闻热线：0898-3376120　投稿邮箱：tougao@jichuannews.com
!d 本网稿件未经授权不得转载、摘编
""",
        body="""
12月4日，戢川县黝山镇卫生院的医护人员背着药箱来到冼家湾村，为村里的二十多位老人送上自制的中药热敷包。
这些热敷包用艾叶、花椒、粗盐等装进棉布袋缝制而成，用微波炉加热三分钟就能使用，主要缓解老寒腿和腰背酸痛。
⟦l 更多戢川民生新闻请点这里⟧
“热敷时一定要隔一层毛巾，每次不超过二十分钟。”卫生院中医科医生左闻溪一边示范一边叮嘱。
今年入冬以来，该卫生院已为辖区老人送出热敷包三百余个。⟦l 转给朋友：微信　朋友圈　微博⟧
""",
    ),
    dict(
        slug="forum-shiyi-collectors-tie-clips-jammer",
        site="拾遗藏友会论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.shiyi-cangyou.com/thread-30817-1-1.html",
        title="晒晒我收的几枚老领带夹",
        record_title="[藏品分享] 晒晒我收的几枚老领带夹（图多，流量党慎点） - 杂项收藏 - 拾遗藏友会",
        date=None,
        notes="a Discuz-like collectors' forum: jammer-font junk inside the post, a poster box with points, a relative post time "
        "(5 天前, no date), a rating row, a signature, replies and a reply box",
        page="""
<html><head><meta charset="gbk">
<title>[藏品分享] 晒晒我收的几枚老领带夹（图多，流量党慎点） - 杂项收藏 - 拾遗藏友会</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd"><a>⟦m 拾遗藏友会⟧</a> <span>⟦m 老物件爱好者的家⟧</span> <a>⟦a 登录⟧</a> | <a>⟦a 加入藏友会⟧</a></div>
<div id="pt">⟦m 拾遗藏友会 › 杂项收藏 › 帖子详情⟧</div>
<div class="hm">⟦m 查看 3406 ｜ 回复 28⟧</div>
<table><tr><td class="pls"><div>⟦m 铜锈斑斑⟧</div><p>⟦m 藏龄 11 年 积分 6210 金币 388⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 铜锈斑斑 发表于 5 天前 ｜ 只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分 参与人数 6 金币 +30 收起理由：好东西，长见识⟧</div>
<div class="sign">⟦m 收旧不收新，只为一段老时光⟧</div>
<div class="po">⟦a 点赞 收藏 转发 举报⟧</div></td></tr></table>
<div class="reply"><p>⟦l 2# 老橱窗：第三枚的回纹好看，多少收的？⟧</p><p>⟦l 3# 西墙根：夹子弹簧还紧吗？老货多半松了⟧</p></div>
<div id="f_pst">⟦a 登录之后才能参与回帖讨论⟧</div>
<div id="ft">⟦m 拾遗藏友会 Powered by Discuz! X3.4　滇ICP备18028841号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
收领带夹有七八年了，今天挑几枚有意思的跟大家分享。
第一枚是上世纪八十年代的铜镀金夹，正面压着“友谊”两个字，背面刻着一家服装厂的名字，是从旧货市场一个铁皮饼干盒里翻出来的。
第二枚是九十年代的不锈钢夹，夹片很薄，弹簧到现在还很有劲。当年单位发工作服，男同志每人配一枚，据说要别在衬衫第四颗和第五颗纽扣之间。
第三枚最有意思，是一枚带回纹的银质夹，成色一般，但做工很细，连夹子内侧都打磨得很光。
老领带夹不值什么钱，但每一枚都带着一段时代的味道。大家手里有好玩的，也欢迎跟帖晒一晒。
""",
    ),
    dict(
        slug="forum-yejing-outdoor-platinum-warmer-junk",
        site="野径户外论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.yejing-outdoor.com/forum.php?mod=viewthread&tid=221093",
        title="白金怀炉入坑一个月，说点真实体验",
        record_title="[装备实测] 白金怀炉入坑一个月，说点真实体验 - 装备讨论区 - 野径户外论坛",
        date=None,
        notes="an outdoor forum as text: anti-scraping junk as lines and glued after 。, a relative time (昨天, no date), a "
        "poster's level line, floors with replies, a signature",
        page="""
!m 野径户外论坛 - 一起走，不迷路
!m 首页 › 装备讨论区 › 正文
!t [装备实测] 白金怀炉入坑一个月，说点真实体验 - 装备讨论区 - 野径户外论坛
!m 楼主：北坡老猫　Lv.7 资深驴友　昨天 21:40 发布　｜　只看楼主
{BODY}
!m 签名：山不过来，我就过去
!l 沙发　雪线以上：白金怀炉确实耐烧，就是味道有点大
!l 板凳　阿岚：楼主说的触媒头要去哪里买？
!a 回帖须先登录，还没有账号？马上注册
!m 野径户外论坛 ©2012-2025　客服邮箱 kefu@yejing-outdoor.com
""",
        junk=dict(lines=2, glued=3),
        body="""
上个月入了一只白金怀炉，跟着冬训走了三趟山，说点真实体验，给想入坑的朋友参考。
先说优点。加一次燃料能暖十几个小时，晚上塞进睡袋脚底，一觉到天亮都是热的。体积比充电暖手宝小，也不怕低温掉电。
再说缺点。点火要有耐心，用打火机烤触媒头十几秒才能着；燃料有气味，帐篷里一定要通风。另外触媒头是消耗品，用久了会变慢。
最后提醒几句：怀炉一定要套上绒布袋，别直接贴皮肤，我第一次就把小腿烫红了一块；坐飞机不能带燃料，出发前要问清楚。
总的来说，冬天爬山带一只还是很值的。
""",
    ),
]
