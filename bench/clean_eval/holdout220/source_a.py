"""holdout220, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (each once as HTML, once as text).

Every page, place, person, firm, site, URL and number here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="fanwen-mogeng-speech-water-heater-month",
        site="墨耕范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.mogengfw.com/jianghua/2025/0318/5127.html",
        title="在全县电热水器安全使用宣传月启动仪式上的讲话",
        record_title="【致辞精编】在全县电热水器安全使用宣传月启动仪式上的讲话（二篇任选）_墨耕范文网",
        date="2025-03-12",
        date_also=["2025-03-18"],
        notes="old table layout with a marquee, a reading-settings row, a floating ghost-writer QQ box, a hot list and a "
        "visitor counter; speaker and date lines under the speech title (neutral); the page's own posting time differs "
        "from the speech date; a WeChat ghost-writer prompt glued after a sentence and a switch-version line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞精编】在全县电热水器安全使用宣传月启动仪式上的讲话（二篇任选）_墨耕范文网</title>
<meta name="keywords" content="电热水器,安全,讲话稿,宣传月">
<link href="/skin/mg2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
<script>document.write('<img src="/count.asp?id=5127" width=0 height=0>');</script>
</head>
<body bgcolor="#f3efe4">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/logo.gif" alt=""> <b>⟦m 墨耕范文网·笔下千秋文⟧</b></td><td align="right"><a href="/sethome.asp">⟦a 设墨耕为首页⟧</a>　<a href="/fav.asp">⟦a 收进浏览器书签⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m ★墨耕范文网新版上线，讲话稿频道现有范文三千二百余篇，每日更新★⟧</marquee></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 网站首页⟧</a>　<a href="/jianghua/">⟦m 领导讲话⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/xinde/">⟦m 心得体会⟧</a>　<a href="/zhuchi/">⟦m 主持串词⟧</a></td></tr>
</table>
<table width="960" border="0" align="center"><tr>
<td width="690" valign="top">
<div class="weizhi">⟦m 您在这里：墨耕范文网 &gt;&gt; 领导讲话 &gt;&gt; 安全生产讲话⟧</div>
<h2 align="center">{T}</h2>
<div align="center" class="xinxi">⟦m 发布时间：2025-03-18　整理：耕夫　浏览次数：2206⟧</div>
<div align="center" class="ziti">⟦a 版式：【宋体】【楷体】【大字】【小字】【夜间护眼】⟧</div>
<p align="center">县市场监督管理局局长　阙文博</p>
<p align="center">（2025年3月12日）</p>
<div class="neirong">
{BODY}
</div>
<div class="fanye">⟦l 上一篇：在全县燃气安全专项整治推进会上的表态发言⟧<br>⟦l 下一篇：消费者权益日宣传活动主持词（精选）⟧</div>
</td>
<td width="260" valign="top" class="bian">
<div class="bt">⟦l 本月热门讲话稿⟧</div>
<ul><li>⟦l ·春季防火工作会议讲话提纲⟧</li><li>⟦l ·食品安全宣传周启动仪式致辞⟧</li><li>⟦l ·老旧小区改造动员会讲话⟧</li></ul>
<div class="bt">⟦w 写材料找老秦　QQ：2750138846（工作日在线）⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center" class="foot">
⟦d 本站范文系网友投稿及编辑整理，仅供写作参考，引用请自行核实。⟧<br>
⟦m 墨耕范文网 版权所有 Copyright 2009-2025　湘ICP备09031172号⟧<br>
⟦m 您是本站第 00837215 位访客⟧
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:8px;top:220px"><a href="tencent://message/?uin=2750138846">⟦w 在线约稿⟧</a></div>
</body></html>
""",
        body="""
同志们、朋友们：
今天，我们在这里启动全县电热水器安全使用宣传月活动。近年来，电热水器走进了千家万户，但因安装不规范、超期使用、私拉乱接引发的漏电和烫伤事故时有发生。去年全县共接到相关投诉46起，其中3起造成人员受伤，教训十分深刻。⟦w 需要定制讲话稿请加微信 mogeng_wx66⟧
借此机会，我讲三点意见。
一是摸清底数。各乡镇要组织网格员入户登记，重点排查使用超过八年的老旧电热水器，建立台账，做到底数清、情况明。
⟦a 本篇为第1篇，点此切换第2篇 ▶⟧
二是规范安装。经营户销售电热水器必须提供有资质的安装服务，严禁使用无接地线的插座，防电墙、漏电保护插头等配件一律不得省略。
三是广泛宣传。要通过村村响广播、社区宣传栏和短视频等方式，把“先断电、后洗浴”等安全常识送到老人和孩子身边。
同志们，安全无小事。希望大家齐心协力，让每一户人家都能洗上放心澡！
""",
    ),
    dict(
        slug="fanwen-qingjian-insight-fitness-band-walk",
        site="青简范文馆 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qingjianfw.cn/xinde/gonghui/60418.html",
        title="参加机关“百日健步行”活动心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; no date anywhere (a view count and a 'collected 2 days ago' "
        "stamp only); a ghost-writer WeChat prompt glued after a paragraph's last 。; a points-unlock line between paragraphs",
        page="""
!m 青简范文馆｜一页一简，写作不难
!m 所在栏目：首页 ＞ 心得体会 ＞ 工会活动心得
{T}
!m 热度 1.4万　｜　2 天前被收藏 38 次
!a ☆加入我的素材夹　　⇩另存为Word
{BODY}
!a 剩余段落已折叠，消耗 2 简币即可展开
!l 同栏目推荐
!l ▪ 工会趣味运动会活动总结
!l ▪ 职工读书月活动心得（二则）
!l ▪ 机关健康讲座观后感
!d 本馆文章来源于会员整理，若与原作者权益冲突，请发邮件至 jubao@qingjianfw.cn，核实后下架。
!m ©2018-2025 青简范文馆　浙ICP备18024417号-3
""",
        indent="\u3000\u3000",
        body="""
今年春天，单位工会组织开展“百日健步行”活动，给每位参加的职工配发了一只智能手环。一百天下来，我走了一百二十多万步，体重减了四公斤，也有了不少感悟。
一是小手环让坚持看得见。过去锻炼总是三天打鱼两天晒网，现在手环每天记录步数、心率和睡眠，数字一天天累积，自己都不好意思偷懒。⟦w 心得体会量身改写，加微信 qingjian_fw 备注“心得”⟧
二是集体的力量推着人走。科室建了打卡群，每晚公布排名，年纪最大的老周天天排在前三，带动我们晚饭后都去廪河绿道走上一圈。
⟦a 会员登录后可阅读本文完整版⟧
三是健康是干好工作的本钱。以前加班到深夜是常事，手环提示睡眠不足，我才意识到作息的问题。现在我尽量把工作安排在白天完成，精力反而更充沛了。
活动虽然结束了，但我会把这个好习惯坚持下去。
""",
    ),
    dict(
        slug="wenku-zhian-research-curtain-complaints-markers",
        site="知岸文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhianwenku.com/view/7c03e2a15b.html",
        title="关于璧源市电动窗帘消费投诉情况的调研报告",
        record_title="关于璧源市电动窗帘消费投诉情况的调研报告｜知岸文库·行业报告",
        date="2025-06-18",
        notes="文库 reader: a viewer toolbar, an upload stamp (no date), page-marker paragraphs ⏃ n ⏃ cutting sentences, a "
        "monthly-card lock and a coin pay box; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于璧源市电动窗帘消费投诉情况的调研报告｜知岸文库·行业报告</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.zhianwenku.com/reader/v3/viewer.min.js"></script>
<script>window.__DOC__={id:"7c03e2a15b",pages:4,free:2};</script>
</head><body class="reader">
<header class="zh-top"><a class="logo" href="/">⟦m 知岸文库⟧</a><nav><a href="/hy/">⟦m 行业报告⟧</a><a href="/gw/">⟦m 公文写作⟧</a><a href="/jy/">⟦m 教育资料⟧</a></nav><a class="vip" href="/pay">⟦a 开月卡·整站文档随心看⟧</a></header>
<main>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传于 2025-07-02　共 4 页　1.6 万人看过⟧</p>
<div class="viewer-bar">⟦a 放大　缩小　全屏阅读　跳至第__页⟧</div></div>
<article class="doc-pages">
{BODY}
</article>
<div class="lock-box"><p>⟦a 前 2 页为免费预览，后续内容需开通月卡⟧</p><button>⟦a 支付 8 知币 单篇解锁⟧</button></div>
<section class="rel"><h3>⟦l 看过本文的人还在看⟧</h3><ul>
<li>⟦l 智能家居售后服务满意度调查报告⟧</li><li>⟦l 窗饰行业年度发展白皮书（节选）⟧</li></ul></section>
</main>
<footer>⟦d 知岸文库所收文档由上传用户提供，知岸对其真实性不作保证；权利人可通过“侵权申诉”通道联系下架。⟧<br>⟦m 苏ICP备20077413号-1　知岸（南京）信息技术有限公司⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⏃ {n} ⏃", every=130, start=2),
        body="""
近年来，电动窗帘作为智能家居的“入门款”在我市快速普及，相关消费投诉也随之增加。为摸清问题、提出对策，市消保委于今年4月至5月开展了专题调研，走访销售门店18家、安装企业7家，回收消费者问卷612份。
一、投诉的主要类型
今年1至5月，市消保委共受理电动窗帘投诉93件，同比增长71%。其中，电机噪声大、运行卡顿41件，安装尺寸偏差导致轨道变形22件，遥控和手机App配对失败17件，售后上门不及时13件。
二、问题产生的原因
一是部分商家只卖产品不管安装，把安装外包给没有经过培训的临时工；二是产品说明书对承重、轨道长度等参数标注不清；三是一些小品牌的App停止维护，消费者买后无人服务。
三、几点建议
建议市场监管部门加强对电动窗帘产品的质量抽检，行业组织制定安装服务规范，商家在合同中写明保修期限和上门时限，消费者在购买时保留好票据和聊天记录。
璧源市消费者权益保护委员会
2025年6月18日
""",
    ),
    dict(
        slug="wenku-yunzhan-plan-speaker-noise-wrapped-markers",
        site="云栈文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://doc.yunzhan365.net/p/20250512/884107.html",
        title="坫水县城区广场蓝牙音箱噪声专项治理工作方案",
        record_title="坫水县城区广场蓝牙音箱噪声专项治理工作方案.docx",
        date="2025-05-09",
        notes="file-name record title; a preview hard-wrapped at 62 columns and cut by page markers ⍾n⍾ glued to the "
        "continuation line; 成文日期 in Chinese numerals; a preview-end prompt and a download-coupon line below",
        page="""
!m 云栈文库 · 文档预览
!t 坫水县城区广场蓝牙音箱噪声专项治理工作方案.docx
!m 格式：DOCX　大小：27.4KB　页数：3　上传者：dsx_wenmi
!a ⇣ 下载原文档（5 栈点）　☆ 收进文件夹　⚑ 举报
{BODY}
!a —— 免费预览到此为止，余下 1 页请下载原文档后阅读 ——
!a 新用户首次下载可领 3 栈点抵用券
!l 相关文档：城区夜间施工噪声管控方案　｜　广场舞活动场所管理办法（试行）
!d 云栈文库为信息存储空间服务平台，文档内容由上传者负责。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⍾{n}⍾", every=100, start=2, glue=True),
        body="""
为解决城区广场、公园夜间使用蓝牙音箱音量过大、扰民投诉多发的问题，营造安静和谐的生活环境，结合我县实际，制定本方案。
一、治理范围
城区滨河广场、文昌公园、廪河健身步道等12处公共场所，重点是每日19时至22时的广场舞、露天演唱等活动。
二、工作措施
（一）划定音量限值。在各广场设置噪声显示屏，活动时音量不得超过60分贝，22时以后停止使用外放音箱。
（二）推行“静音广场舞”。由县文化馆向各舞蹈队免费发放无线耳机，倡导“戴耳机跳舞”。
（三）加强巡查劝导。城管、公安、社区组成联合巡查组，对屡劝不改的依法处理。
三、时间安排
5月中旬至6月底为集中整治阶段，7月以后转入常态管理。
坫水县城市管理局
二〇二五年五月九日
""",
    ),
    dict(
        slug="gov-qunshan-notice-water-heater-tradein-index-table",
        site="囷山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qunshan.gov.example.cn/zwgk/zcwj/202504/t20250424_381207.html",
        title="关于开展电热水器以旧换新补贴活动的通知",
        record_title="关于开展电热水器以旧换新补贴活动的通知_惠企惠民政策_囷山县人民政府",
        date="2025-04-21",
        date_also=["2025-04-24"],
        notes="county portal: elder-mode and screen-reader links, an 索引号 table (the 文号 cell unmarked), a 纠错 line and a "
        "service hotline beside the notice's own 联系人/电话, an attachment download link beside the notice's 附件 list, a "
        "抄送 line; 成文日期 in the body and a later 发布日期 in the table",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展电热水器以旧换新补贴活动的通知_惠企惠民政策_囷山县人民政府</title>
<meta name="SiteName" content="囷山县人民政府"><meta name="ColumnName" content="惠企惠民政策">
<script src="/common/js/jquery.min.js"></script><script src="/common/js/wza-aging.js"></script>
</head><body>
<div class="g-top"><span>⟦m 囷山县人民政府　欢迎您⟧</span><a href="javascript:aging()">⟦a 长者阅读模式⟧</a> <a href="javascript:reader()">⟦a 语音读屏⟧</a> <a href="/en/">⟦a 英文版⟧</a></div>
<div class="g-nav"><a href="/">⟦m 首页⟧</a><a href="/zwgk/">⟦m 政务公开⟧</a><a href="/zwfw/">⟦m 政务服务⟧</a><a href="/hdjl/">⟦m 互动交流⟧</a><a href="/zjqs/">⟦m 走进囷山⟧</a></div>
<div class="g-pos">⟦m 当前所在：首页 ＞ 政务公开 ＞ 政策文件 ＞ 惠企惠民政策⟧</div>
<table class="g-index">
<tr><td>⟦m 索引号：11431229MB1C37264Q/2025-00417⟧</td><td>⟦m 主题分类：商贸、海关、旅游⟧</td></tr>
<tr><td>⟦m 发布机构：囷山县人民政府办公室⟧</td><td>⟦m 成文日期：2025-04-21⟧</td></tr>
<tr><td>囷政办发〔2025〕9号</td><td>⟦m 发布日期：2025-04-24⟧</td></tr>
</table>
<div class="g-art"><h1>{T}</h1>
<div class="g-tool">⟦a 字号：特大｜大｜标准⟧　⟦a 打印此页⟧　⟦a 关闭窗口⟧</div>
<div class="g-text">
{BODY}
</div>
<div class="g-att">⟦a 附件下载：参与门店名单.xlsx（18KB）　旧机回收登记表.docx（21KB）⟧</div>
<div class="g-qr">⟦l 手机扫一扫，随时看政策⟧</div>
</div>
<div class="g-foot"><p>⟦m 主办：囷山县人民政府办公室　承办：囷山县数据服务中心⟧</p><p>⟦m 网站纠错电话：0736-5820000　政务服务热线：12345⟧</p><p>⟦m 湘ICP备05011873号　湘公网安备 43072302000118号⟧</p></div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为促进家电消费、消除老旧电器安全隐患，县政府决定在全县开展电热水器以旧换新补贴活动。现将有关事项通知如下。
一、补贴对象。在本县有固定住所、交售使用满五年的旧电热水器并购买一级能效新品的城乡居民。
二、补贴标准。按新品成交价的15%给予补贴，每台最高不超过500元，每户限补1台。
三、办理流程。居民在参与活动的门店购买时出示身份证，由门店回收旧机并当场核减补贴金额，无需另行申请。
四、活动时间。2025年5月1日至9月30日，补贴资金用完即止。
联系人：县商务局　符立诚，电话：0736-5821406。
附件：1.囷山县电热水器以旧换新参与门店名单
2.旧机回收登记表
囷山县人民政府办公室
2025年4月21日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
""",
    ),
    dict(
        slug="gov-yuxi-bulletin-curtain-spot-check-table",
        site="庾溪县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.yuxi.gov.example.cn/xxgk/cjgg/202507/t20250710_55612.html",
        title="关于2025年第二季度电动窗帘产品质量监督抽查结果的通报",
        record_date="2025-07-10",
        date="2025-07-10",
        notes="the record gives the title as is and the date; a spot-check table (one row a paragraph, cells apart by "
        "ideographic spaces); a 文号 line (neutral); an 印发 line; a tip-off line and a visit counter",
        page="""
!m 庾溪县市场监督管理局
!m 首页　＞　信息公开　＞　抽检公告
{T}
!m 信息来源：质量发展股　录入：监管所　访问量：917
!a 【收藏】【打印】【关闭】
庾市监发〔2025〕31号
{BODY}
!l 上一条：关于开展2025年“守护消费”铁拳行动的通告
!l 下一条：庾溪县2025年上半年食品安全抽检情况通报
!m 举报投诉：12315　本站地址：庾溪县舂溪大道88号
!m 庾溪县市场监督管理局主办　技术支持：庾溪县融媒体中心
""",
        indent="\u3000\u3000",
        body="""
各市场监管所，有关企业：
根据年度抽查计划，我局于2025年5月至6月对全县生产、销售的电动窗帘产品开展了质量监督抽查，共抽查12家企业的20批次产品，检出不合格产品4批次，不合格发现率为20%。不合格产品情况如下：
企业名称　产品型号　不合格项目
庾溪县明帆窗饰有限公司　MF-D35　电机温升
坫水县锦程遮阳科技有限公司　JC-R20　泄漏电流
庾溪县恒辉家居商行　HH-088　标志和说明
庾溪县舂溪镇佳美布艺店　JM-2A　噪声
对抽查不合格的企业，各市场监管所要依法督促其限期整改，整改不到位的依法予以处理。请各企业认真落实质量安全主体责任，确保出厂产品合格。
庾溪县市场监督管理局
2025年7月10日
庾溪县市场监督管理局办公室　2025年7月10日印发
""",
    ),
    dict(
        slug="news-sanghu-fitness-bands-for-elders-captions",
        site="磉湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.sanghunews.cn/ms/2025-09/03/content_228751.html",
        title="磉湖县为独居老人发放五百只智能手环 一键呼叫守护“银发安全”",
        record_title="磉湖县为独居老人发放五百只智能手环 一键呼叫守护“银发安全” - 民生 - 磉湖新闻网",
        date="2025-09-03",
        notes="county news portal: an app prompt, a listen button, photo captions between paragraphs, a 24-hour list, an "
        "ad slot; the byline's 发布时间 is the page's date; the editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>磉湖县为独居老人发放五百只智能手环 一键呼叫守护“银发安全” - 民生 - 磉湖新闻网</title>
<script async src="https://ad.sanghunews.cn/slot.js"></script>
<script>var pageInfo={cid:228751,col:"ms"};</script>
</head><body>
<div class="topbar">⟦m 磉湖新闻网　磉湖县融媒体中心主办⟧　<a href="/app">⟦a 下个“磉湖头条”，新闻早知道⟧</a></div>
<nav class="mainnav"><a href="/">⟦m 首页⟧</a><a href="/sz/">⟦m 时政⟧</a><a href="/ms/">⟦m 民生⟧</a><a href="/xz/">⟦m 乡镇⟧</a><a href="/sp/">⟦m 视频⟧</a></nav>
<div class="crumbs">⟦m 磉湖新闻网 / 民生 / 正文⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-09-03 10:26　来源：磉湖县融媒体中心　记者：滕晓芸　通讯员：糜德顺⟧</div>
<div class="listen"><button>⟦a ▶ 听新闻⟧</button></div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转给朋友：微信　微博　复制链接⟧</div>
</div>
<aside class="side"><h4>⟦l 24小时点击榜⟧</h4><ol>
<li>⟦l 磉湖至璧源城际公交下月开通⟧</li><li>⟦l 砑口镇桃胶喜获丰收⟧</li><li>⟦l 县一中新校区九月投用⟧</li></ol>
<div class="ad">⟦m 广告　廪河湾·滨江宜居样板间开放⟧</div></aside>
<footer>⟦d 本网原创稿件，转载请注明出处及作者。⟧<br>⟦m 新闻热线：0739-6632100　赣ICP备15009266号⟧</footer>
</body></html>
""",
        body="""
本网讯　9月2日，县民政局在砑口镇敬老院举行智能手环发放仪式，首批500只智能手环送到了全县独居和空巢老人手中。
这批手环具备心率监测、跌倒报警和一键呼叫功能。老人遇到紧急情况，只要长按手环侧键三秒，信息就会同时推送给家属、村干部和县养老服务指挥中心。
⟦m 图为志愿者教老人使用手环的一键呼叫功能。滕晓芸 摄⟧
“以前最怕晚上一个人犯病没人知道，现在戴上这个，心里踏实多了。”今年78岁的独居老人仇海平说。
据了解，手环费用由县财政和慈善总会共同承担，老人不需要出一分钱。县养老服务指挥中心实行24小时值守，接到报警后10分钟内联系老人，30分钟内安排人员上门。县民政局表示，年底前将实现全县独居老人手环全覆盖。⟦m （编辑：邝思远　审核：柴向东）⟧
""",
    ),
    dict(
        slug="news-houling-earbuds-lost-found-miniprogram",
        site="堠岭在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.houlingzx.com/cs/2025/0615/97034.shtml",
        title="堠岭公交上线失物招领小程序 一个月找回无线耳机37副",
        record_title="堠岭公交上线失物招领小程序 一个月找回无线耳机37副_城事_堠岭在线",
        date="2025-06-15",
        notes="news portal text: the byline's 发布时间 is the page's date; a sentence that asks riders to 扫码 is content; "
        "a photo caption between paragraphs and a share bar glued before the first words of the last paragraph",
        page="""
!m 堠岭在线 — 堠岭人自己的新闻网
!m 首页 ▷ 城事 ▷ 交通出行
{T}
!m 发布时间：2025-06-15 08:47　来源：堠岭晚报　作者：冼雨桐
!a 字体：A+ A-　　｜　　夜读模式
{BODY}
!m 责任编辑：殷可馨
!l 往期回顾
!l 堠岭公交新开通两条社区微循环线路
!l 夏季乘车须知：这些物品不能带上车
!d 凡本网注明“来源：堠岭在线”的作品，未经授权不得转载、摘编。
!m 堠岭在线版权所有　电话：0745-3318800
""",
        body="""
6月以来，市公交集团在全部128辆公交车上张贴了失物招领二维码，乘客扫码即可登记遗失物品，驾驶员收车时在小程序里上报拾到的物品，系统自动比对后通知失主。
小程序上线一个月，共登记遗失物品214件，找回153件，其中无线耳机就有37副，是找回最多的一类物品。
⟦m 图：乘客在公交车上扫码登记遗失的耳机。⟧
“无线耳机体积小，掉在座位缝里很难发现，以前基本找不回来。”公交集团客服部负责人闵建国介绍，现在驾驶员每趟收车都要检查座椅缝隙，找到的耳机会放进专用收纳袋，注明线路和时间。
⟦l 分享本文：朋友圈｜QQ空间｜微博⟧市民乘车时如有物品遗失，可拨打公交服务电话0745-3301234，也可扫描车厢内的二维码登记。
""",
    ),
    dict(
        slug="forum-shengqu-speaker-camping-test-jammer",
        site="声趣音响论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.shengqu-audio.com/thread-410382-1-1.html",
        title="三款百元蓝牙音箱露营实测，说说我的感受",
        record_title="[器材实测] 三款百元蓝牙音箱露营实测，说说我的感受 - 便携音箱 - 声趣音响论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk inside the post, a poster's level box, a rating row, a signature and "
        "replies; posted '4 天前' (no date); board and site after the title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[器材实测] 三款百元蓝牙音箱露营实测，说说我的感受 - 便携音箱 - 声趣音响论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Q7x"></script>
</head><body>
<div id="hd"><a href="./">⟦m 声趣音响论坛⟧</a>　<a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 立即入坑⟧</a></div>
<div id="pt">⟦m 声趣音响论坛 › 器材交流 › 便携音箱 › 正文⟧</div>
<div class="pl">
<table><tr><td class="pls"><div>⟦m 阿陶不吃辣⟧</div><p>⟦m 发烧友 Lv.5　帖子 318　声望 1207⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 4 天前　|　只看楼主　|　电梯直达⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_883101">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6　　声望 +12　　收起理由：实测用心⟧</div>
<div class="sign">⟦m —— 耳朵是最好的仪器 ——⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 2# 夜航的鱼：第三款我也在用，低音确实糊⟧</p><p>⟦l 3# lmy_1987：求链接，周末要去廪河边露营⟧</p></div>
</div>
<div id="fastpost">⟦a 登录后才能参与讨论，还没有账号？点此注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　© 2011-2025 声趣音响论坛　粤ICP备12050433号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周末带着三款一百元左右的蓝牙音箱去廪河边露营，正好做个对比，给想入手的朋友参考。
第一款是圆柱形的，重量最轻，挂在帐篷里很方便，连续播放了九个小时才没电。缺点是音量开到七成以上就开始破音。
第二款防水做得最好，放在溪边被水溅到也没事，但是蓝牙连接距离偏短，人走到二十米外就断断续续。
第三款音量最大，低音也足，可惜体积大，而且充满电要四个多小时。晚上十点以后营地要求安静，我们就都关掉了。
总的来说，露营选第一款最省心，在家里听歌可以考虑第三款。大家还有什么想问的，欢迎跟帖。
""",
    ),
    dict(
        slug="forum-shiyin-earbuds-battery-swap-junk",
        site="拾音社区 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.shiyin.club/t/72719",
        title="用了三年的无线耳机，花六十块换了电池",
        record_title="【折腾记录】用了三年的无线耳机，花六十块换了电池（多图） - 数码维修 - 拾音社区",
        date=None,
        notes="forum thread with anti-scraping junk as lines and glued after 。; posted '昨天 21:36' (no date); a tool "
        "list inside the post; board and site after the title, a bracket tag before it",
        page="""
!m 拾音社区 › 数码维修 › 帖子详情
!t 【折腾记录】用了三年的无线耳机，花六十块换了电池（多图）
!m 楼主：磜背村的老钟　发表于 昨天 21:36　浏览 1,902　回复 27
!l 只看楼主　|　按时间倒序
{BODY}
!l 沙发 · 阿宁：手残党表示看着就手抖
!l 板凳 · 修表匠：热风枪温度不要太高，外壳容易变形
!a 回复需先绑定手机号　|　登录
!m 拾音社区 © 2025　客服邮箱：kefu@shiyin.club
""",
        junk=dict(lines=2, glued=3),
        body="""
我这副无线耳机用了三年，最近左耳只能撑四十分钟，官方售后说过保了，换新要三百多。干脆自己动手试试。
准备的东西有：同型号纽扣电池两颗、热风枪、撬片、镊子和少量胶水，电池加工具一共花了六十块。
第一步用热风枪低温吹耳机柄的接缝，等胶软了再用撬片慢慢撬开。第二步剪断旧电池的焊片，把新电池按正负极焊上去，焊的时候动作要快，不然容易烫坏电池。第三步点胶合盖，夹上夹子放一晚。
装好后测了一下，左右耳都能连续听四个半小时，跟刚买的时候差不多。
提醒一下：电池鼓包的千万别硬拆，没把握的还是交给维修店。
""",
    ),
]
