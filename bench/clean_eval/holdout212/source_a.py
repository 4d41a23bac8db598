"""holdout212, part A: 范文 sites, 文库 previews, document-sharing sites, 范文 apps and
download stations. Every page, place, person, firm, number and URL is invented; see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-chuanbi-speech-vaulting-box-handover",
        site="椽笔范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chuanbi5.com/jianghua/tiyu/2024/0911/5821.html",
        title="在殳溪县中小学体育器材配发仪式上的讲话",
        record_title="【致辞范例】在殳溪县中小学体育器材配发仪式上的讲话（两篇任选）_椽笔范文网",
        date="2024-09-03",
        date_also=["2024-09-11"],
        notes="old table layout with a marquee, a font-size row, a floating ghost-writer QQ box, a hot list and a visitor counter; speaker and date lines under the title (neutral); a collect link glued after a sentence and a further-reading link between paragraphs; the page's posting date differs from the speech date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞范例】在殳溪县中小学体育器材配发仪式上的讲话（两篇任选）_椽笔范文网</title>
<meta name="keywords" content="器材配发仪式讲话,跳箱,体育器材">
<link rel="stylesheet" href="/css/main.css" type="text/css">
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><a href="/"><img src="/images/logo.gif" alt="">⟦m 椽笔范文网⟧</a></td>
<td width="460">⟦m 大笔如椽　字字有着落⟧</td>
<td align="right">⟦a <a href="#" onclick="this.style.behavior='url(#default#homepage)'">设本站为首页</a> | <a href="#">加入书签栏</a>⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
<tr><td><a href="/">⟦m 首　页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/fangan/">⟦m 计划方案⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td></tr>
</table>
<table width="960" align="center"><tr><td><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">⟦m 椽笔范文网每日更新讲话、总结、方案范文，欢迎网友投稿交流⟧</marquee></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您现在的位置：<a href="/">椽笔范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 教育体育讲话 &gt;&gt; 正文⟧</td></tr></table>
<table width="100%" class="art"><tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center">⟦m 发布时间：2024-09-11　来源：网友投稿　人气：<span id="hits">1387</span>⟧</td></tr>
<tr><td align="center">⟦a 〖调字号：特大　大　中　小〗⟧　⟦a 〖护眼底色〗⟧</td></tr>
<tr><td class="content">
<p align="center">县教育局党组书记、局长　骆永川</p>
<p align="center">（2024年9月3日）</p>
{BODY}
</td></tr>
<tr><td>⟦a 〖复制全文〗〖下载DOC〗〖打印此页〗⟧</td></tr>
<tr><td>⟦l 上一篇：全县秋季开学工作会议讲话⟧<br>⟦l 下一篇：校园足球联赛开幕式致辞⟧</td></tr>
</table>
</td>
<td width="250" valign="top" class="side">
<table width="100%"><tr><td class="tt">⟦l 本类排行⟧</td></tr>
<tr><td><a href="/jianghua/5702.html">⟦l 体育器材捐赠仪式上的讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/5688.html">⟦l 中小学运动会开幕式讲话稿⟧</a></td></tr>
<tr><td><a href="/jianghua/5671.html">⟦l 教育装备工作会议讲话⟧</a></td></tr>
</table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:4px;top:180px;width:110px;">
<p>⟦w 讲话稿原创代写⟧</p><p>⟦w 客服QQ 28816045⟧</p><p><a href="javascript:closeQQ()">⟦a 关闭×⟧</a></p></div>
<table width="960" border="0" align="center" class="foot">
<tr><td align="center">⟦d 本站范文均来自网友投稿，仅供写作参考，如有侵权请来函说明⟧</td></tr>
<tr><td align="center">⟦m Copyright 2011-2024 www.chuanbi5.com　椽笔范文网　冀ICP备12030417号⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 0831627 位访客⟧</td></tr>
</table>
<script type="text/javascript">var cnzz_protocol = "http://"; document.write(unescape("%3Cspan%3E%3C/span%3E"));</script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们、老师们、同学们：
今天，我们在这里举行全县中小学体育器材配发仪式，把一批新跳箱、体操垫和踏跳板送到学校。这批器材共计三百二十套，覆盖全县四十一所中小学，其中跳箱一百六十台，全部采用实木箱体和防滑箱盖。⟦a 【收藏本篇】⟧
跳箱是体操教学的基本器材。很多学校原来的跳箱用了十几年，箱体松动、包布开裂，老师们不敢让学生练。这次更新，就是要让孩子们放心跳、大胆跳。
⟦l 延伸阅读：体育器材交接仪式主持串词⟧
借此机会，我提三点希望。一是用好器材，体育课要开足开齐，不能让新跳箱锁在器材室里。二是管好器材，各校要建立器材台账，每学期检查一次箱体连接件。三是保护好学生，练习时必须有教师保护帮助，落地区要铺满体操垫。
最后，祝同学们在运动中健康成长，祝老师们工作顺利！
""",
    ),
    dict(
        slug="fanwen-libi-insight-office-yoga-wrapped",
        site="砺笔范文 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.libifanwen.net/xinde/peixun/20240618/77215.html",
        title="参加机关工间瑜伽培训的心得体会",
        record_title="参加机关工间瑜伽培训的心得体会_培训心得_砺笔范文",
        date=None,
        notes="hard-wrapped at 56 columns; a ghost-writer WeChat line glued after a sentence inside a paragraph; an update stamp '3 天前' is no date",
        page="""
!m 砺笔范文 · 写好每一篇材料
!m 位置：首页 ＞ 心得体会 ＞ 培训心得
{T}
!m 投稿：竹间风　更新：3 天前　热度：1406
!a 〖全文一键拷贝〗〖另存Word〗〖放进我的书架〗
{BODY}
!w 心得、总结写不出来？砺笔小编一对一代笔，微信 libi_fw2024
!l 同栏目推荐
!l · 机关干部健步走活动心得
!l · 参加职工运动会的感想（三篇）
!d 本站文章由网友投稿，仅作写作参考，转载请注明出处。
!m 砺笔范文 libifanwen.net 苏ICP备21055873号
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
单位工会今年春天开设了工间瑜伽培训班，每周二、周四下午各练二十分钟，我报了名，坚持了整整八周。说实话，刚开始我是抱着试试看的心态去的，没想到收获不小。
第一，身体的变化最明显。我在办公室一坐就是大半天，颈椎和腰一直不舒服。老师从最简单的猫牛式、婴儿式教起，一张瑜伽垫铺在会议室地上就能练。八周下来，肩颈僵硬的感觉轻了很多，午后也不那么犯困了。
第二，学会了“慢下来”。瑜伽讲究动作和呼吸配合，急不得。⟦w 材料代写找砺笔，微信 libi_fw2024⟧工作中遇到棘手的事，我也试着先深呼吸，理清头绪再动手。
第三，同事之间更熟了。大家在垫子上互相纠正动作，平时不怎么说话的同事也熟络起来。
希望工会把这个培训班一直办下去。我也把瑜伽垫带到了办公室，每天抽空练一练。
""",
    ),
    dict(
        slug="wenku-jiwei-plan-pullup-bar-renewal-markers",
        site="积微文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.jiweiwenku.com/view/8c21d07e55a4.html",
        title="镗岭县公共健身器材单杠更新改造实施方案",
        record_title="镗岭县公共健身器材单杠更新改造实施方案 - 积微文库",
        date="2024-04-15",
        notes="文库 reader: page-marker paragraphs '✜ n ✜' between the halves of cut paragraphs; decimal headings 1.1–3.2; a monthly-card lock line between paragraphs; coin pay box; signature date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>镗岭县公共健身器材单杠更新改造实施方案 - 积微文库</title>
<link rel="stylesheet" href="//static.jiweiwenku.com/reader/v3/reader.css">
<script src="//static.jiweiwenku.com/reader/v3/reader.js" defer></script>
</head><body>
<header class="jw-top"><a class="logo" href="/">⟦m 积微文库⟧</a><span class="slogan">⟦m 积微成著，文档常备⟧</span>
<form class="search"><input placeholder="搜文档、找范文"><button>⟦a 搜一搜⟧</button></form>
<a class="vip" href="/vip">⟦a 开通文库月卡⟧</a> <a href="/login">⟦a 登录 · 注册⟧</a></header>
<nav class="jw-crumb">⟦m 积微文库 › 行业资料 › 体育健身 › 实施方案⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：tl_tyj****　|　共 4 页　|　1.9 万次浏览　|　上传于 2 个月前⟧</p>
<div class="doc-tools"><button>⟦a 下载本文（8 枚积微币）⟧</button><button>⟦a 存到我的文集⟧</button><button>⟦a 全屏阅读⟧</button></div></div>
<div class="reader">
{BODY}
</div>
<div class="pay-box"><p>⟦a 还有 2 页未显示，支付 8 枚积微币即可阅读下载全文⟧</p><button>⟦a 去支付⟧</button> <button>⟦a 开月卡免费读⟧</button></div>
<aside class="rel"><h3>⟦l 看过本文的人还在看⟧</h3><ul>
<li><a href="/view/1.html">⟦l 全民健身路径器材维护管理制度⟧</a></li>
<li><a href="/view/2.html">⟦l 室外健身器材安装验收规范（汇编）⟧</a></li></ul></aside>
<footer class="jw-foot"><p>⟦d 文档由用户上传，积微文库只做存储与展示，如有侵权可申请下架⟧</p><p>⟦m ©2024 jiweiwenku.com　沪ICP备19088231号-3⟧</p></footer>
<script>window.__READER_CONF__ = {docId: "8c21d07e55a4", pages: 4, preview: 2};</script>
</body></html>
""",
        p_html='<p class="reader-txt">{}</p>',
        pages=dict(fmt="✜ {n} ✜", every=150, start=2),
        body="""
为消除全民健身路径中单杠等器材的安全隐患，根据省体育局关于公共健身设施更新提升的部署，结合我县实际，制定本方案。
1 工作目标
1.1 2024年底前，完成全县一百二十六处健身路径中锈蚀、松动单杠的更换或加固，做到“一杠一档、一年一检”。
1.2 新装单杠分为一点八米和二点二米两档高度，立柱埋深不少于六十厘米，横杠表面采用防滑处理。
2 实施步骤
2.1 排查阶段（4月至5月）。各乡镇对辖区单杠逐根摇动检查，填写排查表，拍照留档，发现立柱晃动的立即停用并拉好警示带。
⟦a 开通月卡，本篇及同类方案不限次阅读⟧
2.2 改造阶段（6月至10月）。县体育局统一招标采购，施工单位按批次更换，每处完工后张贴验收合格标识。
2.3 验收阶段（11月）。县体育局会同乡镇逐处验收，不合格的限期整改。
3 保障措施
3.1 改造资金由省级体育彩票公益金和县级配套资金共同承担。
3.2 各乡镇明确一名器材管理员，负责日常巡查和群众报修受理。
镗岭县体育局
2024年4月15日
""",
    ),
    dict(
        slug="wenku-zhijian-research-station-dumbbells-wrapped-markers",
        site="知简文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://zhijianwk.cn/p/30917744.html",
        title="关于弢城区社区健身驿站哑铃使用情况的调研报告",
        record_title="关于弢城区社区健身驿站哑铃使用情况的调研报告.docx",
        date="2024-07-08",
        notes="file-name record title; hard-wrapped at 60 columns and cut by page markers '⚙n⚙' glued to the continuation line; a data table, one row a paragraph; signature date; upload stamp is no date",
        page="""
!m 知简文库 · 资料一搜就有
{T}
!m 格式：docx　页数：3　大小：41KB　上传时间：半年前
!a 〔下载到本地〕　〔收入文件夹〕　〔生成分享卡片〕
{BODY}
!a 试读部分已展示完毕，余下 1 页请下载后阅读
!a 单篇购买 ￥2.5　　月度会员免费下
!d 本文档为网友上传，知简文库不对其内容真实性负责，若有侵权请向平台申诉。
!l 同类文档
!l 社区体育设施使用情况调查问卷.docx
!l 全民健身工作调研报告（精选）.doc
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⚙{n}⚙", every=95, start=2, glue=True),
        body="""
今年5月至6月，区体育总会组织调研组，走访了全区十八个社区健身驿站，发放问卷六百份，回收有效问卷五百四十二份，就哑铃等小型器材的使用情况进行了专题调研。现将有关情况报告如下。
一、基本情况
全区健身驿站共配备哑铃四百一十副，重量从二公斤到二十公斤不等。各类驿站配置情况如下：
驿站类型　驿站数　哑铃副数　日均使用人次
街道中心站　6　186　94
社区小站　12　224　37
二、存在的问题
一是重量配比不合理，小重量的哑铃不够用，大重量哑铃长期闲置。二是缺少放置架，哑铃随地摆放，已发生两起砸伤脚趾的事件。三是缺少指导，不少老年人练习时弯腰猛提，动作不规范。
三、建议
建议按“轻多重少”的原则调整配置，每个驿站加装哑铃架，并由社会体育指导员每周到站指导一次。
弢城区体育总会调研组
2024年7月8日
""",
    ),
    dict(
        slug="docshare-maisui-contract-dumbbell-template",
        site="麦穗文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.maisui-doc.com/d/5e02a9c1.html",
        title="健身器材（哑铃）采购合同",
        record_title="健身器材（哑铃）采购合同（范本·可改）- 麦穗文档",
        date=None,
        notes="sharing page: upload notice, points lock, a service WeChat, ratings; a contract template with ×× placeholders, 第N条 articles and ＿＿年＿＿月＿＿日 blanks (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>健身器材（哑铃）采购合同（范本·可改）- 麦穗文档</title>
<meta name="description" content="健身器材采购合同范本，哑铃采购合同">
<script src="https://cdn.maisui-doc.com/js/app.8f2c.js"></script>
</head><body>
<div class="ms-header"><a href="/">⟦m 麦穗文档⟧</a><span>⟦m 颗颗饱满的好文档⟧</span><a href="/upload">⟦a 我要传文档⟧</a><a href="/u">⟦a 个人中心⟧</a></div>
<div class="ms-path">⟦m 麦穗文档 / 合同协议 / 采购合同⟧</div>
<div class="ms-doc">
<h1>{T}</h1>
<div class="ms-info">⟦m 分享者：麦田里的老周　评分：★★★★☆ 4.3　被收藏 612 次⟧</div>
<div class="ms-upnote">⟦d 本资料由分享者上传，麦穗文档仅提供存储空间，所涉版权问题与平台无关⟧</div>
<div class="ms-text">
{BODY}
</div>
<div class="ms-lock">⟦a 全文共 3 页，消耗 6 麦粒即可下载可编辑版⟧ <a class="btn">⟦a 马上下载⟧</a></div>
<div class="ms-service">⟦w 找不到合适范本？麦穗客服微信 maisui_kf06⟧</div>
</div>
<div class="ms-rel"><h4>⟦l 相关合同⟧</h4><ul><li>⟦l 体育器材买卖合同（通用）⟧</li><li>⟦l 健身房器械租赁协议⟧</li></ul></div>
<div class="ms-foot">⟦m 麦穗文档 maisui-doc.com　浙ICP备20017756号⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××××学校
乙方（供货方）：××××体育用品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，订立本合同。
第一条　乙方向甲方供应包胶哑铃××副，规格为2公斤至20公斤，每副单价××元，合同总价人民币××元。
第二条　每只哑铃应清楚标明实际重量，误差不得超过百分之三，包胶层无开裂、无刺鼻异味。
第三条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，并负责卸货上架。
第四条　甲方验收合格后十五个工作日内付清货款。
第五条　质保期为一年，质保期内出现脱胶、铃片松动的，乙方免费更换。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-shunang-request-vaulting-box-markers",
        site="书囊文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.shunang.net/doc/2024/0320/661903.html",
        title="关于为埝口镇中心小学购置体操跳箱的请示",
        record_title="关于为埝口镇中心小学购置体操跳箱的请示.wps",
        date="2024-03-18",
        notes="file-name record title; page markers '☸n☸' cutting sentences, some glued to the continuation, some on lines of their own; the school's own 联系人/电话 beside the site's service line; date in Chinese numerals",
        page="""
!m 书囊文档网 — 装得下你要的每份材料
!m 首页 / 公文范文 / 请示报告
{T}
!m 文件类型：WPS　页数：2　贡献者：nk_xx****
!a 立即下载 | 放入书囊 | 纠错举报
{BODY}
!a 您当前为游客，登录后可查看本文档全部内容
!w 书囊客服热线 400-880-6315（工作日 9:00—18:00）
!d 本站文档均来自网友分享，仅供参考，不代表书囊文档网观点。
!m 书囊文档网 shunang.net 鄂ICP备22031048号
""",
        pages=dict(fmt="☸{n}☸", every=100, start=2, glue="mix", sep=" "),
        body="""
弩阳县教育局：
我校现有体操跳箱两台，均为2009年配置，箱体木板开裂，连接销多处松动，已无法安全使用。按照义务教育学校体育器材配备标准，我校应配备跳箱不少于四台。由于器材缺乏，四、五年级的跳箱教学内容已停开一个学期。
为保障体育课正常开展，我校拟购置五层可调节实木跳箱四台、配套踏跳板四块、体操垫十二块。经向三家供应商询价，预算共计二万六千八百元，拟从学校公用经费中列支。器材到校后，学校将指定专人管理，每学期检查一次，确保学生练习安全。
妥否，请批示。
联系人：伍海涛　联系电话：0739-6612308
埝口镇中心小学
二〇二四年三月十八日
""",
    ),
    dict(
        slug="app-luobi-summary-pe-group-vaulting-safety",
        site="落笔公文APP (invented, H5 share page)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.luobigw.com/share/a/203318?from=wx",
        title="2023—2024学年第二学期体育组工作总结",
        record_title="2023—2024学年第二学期体育组工作总结（改改就能交）- 落笔公文",
        date="2024-07-05",
        notes="writing app's H5 share: open-app mask, fold, AI buttons glued after a sentence; a data table; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,user-scalable=no">
<title>2023—2024学年第二学期体育组工作总结（改改就能交）- 落笔公文</title>
<script src="https://h5.luobigw.com/static/js/share.min.js"></script>
<script>var shareId = 203318;</script>
</head><body class="h5">
<div class="open-mask"><p>⟦a 打开落笔公文APP，阅读体验更好⟧</p><a class="btn">⟦a 立即打开⟧</a> <a class="close">⟦a 继续在网页看⟧</a></div>
<div class="app-bar">⟦m 落笔公文 · 提笔就有思路⟧</div>
<article class="h5-article">
<h1>{T}</h1>
<div class="meta">⟦m 作者：体育老师一枚　收录于：学校总结　阅读 4629⟧</div>
{BODY}
<div class="fold">⟦a 展开余下 40% 内容⟧</div>
</article>
<div class="ai-tools"><button>⟦a AI 帮我改写⟧</button> <button>⟦a AI 续写一段⟧</button> <button>⟦a 导出成Word⟧</button></div>
<div class="rec"><h3>⟦l 同类范文⟧</h3><p>⟦l 小学体育教研组期末工作总结⟧</p><p>⟦l 学校体育器材室管理工作总结⟧</p></div>
<div class="h5-foot">⟦m © 落笔公文 luobigw.com⟧</div>
</body></html>
""",
        body="""
本学期，我校体育组围绕“安全第一、练有所成”的目标，重点抓了跳箱教学规范化，现将工作总结如下。
一、完善跳箱教学安全规程。组内集体修订了跳箱课保护帮助要求，明确每组练习必须有两名保护人员，落地区铺双层体操垫，踏跳板距箱体距离按年级统一标注。⟦a 一键AI润色本段⟧
二、更新和检修器材。对器材室六台跳箱逐一检修，更换箱盖包布两块、连接销十一个，报废一台箱体变形的旧跳箱。
三、教学成效明显。各年级跳箱项目达标情况如下：
年级　参测人数　达标人数　达标率
四年级　212　186　87.7%
五年级　205　189　92.2%
四、不足与打算。个别班级热身不充分，下学期将把专项热身写进教案。
城关第二小学体育组
2024年7月5日
""",
    ),
    dict(
        slug="app-xiegaoxia-speech-bell-launch-record-title",
        site="写稿侠APP (invented, text export)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.xiegaoxia.cn/article/551207",
        title="在“按响车铃·礼让行人”文明骑行活动启动仪式上的致辞",
        date="2024-05-20",
        notes="record title as is; a speaker line and a date line under the title (neutral, the date is the document's); an app banner, a reading-progress line, a 'write it with AI' prompt glued before the first words of the last paragraph",
        page="""
!a 写稿侠APP｜下载客户端，离线也能看范文
!m 写稿侠 > 讲话致辞 > 开幕致辞
{T}
韬州市公安局交通警察支队副支队长　邝志诚
（2024年5月20日）
{BODY}
!m 已读 100%　本文 436 人点赞
!a 不想自己写？点此让写稿侠 AI 三分钟出初稿
!l 相关推荐：交通安全宣传月启动仪式讲话｜文明骑行倡议书（通用）
!m 写稿侠 xiegaoxia.cn　客服邮箱 help@xiegaoxia.cn
""",
        body="""
各位市民朋友、同志们：
今天，我们在这里启动“按响车铃·礼让行人”文明骑行活动。目前，全市电动自行车和自行车保有量已超过一百二十万辆，车铃缺失、损坏的情况比较普遍，在人行横道和小区路口，因为不打铃、突然冲出引发的剐蹭事故时有发生。
小小一只车铃，提醒的是行人，保护的是自己。活动期间，交警支队将联合各区在二十个路口设置免费装铃点，为市民检查、加装车铃；各骑行俱乐部也将开展“路口轻按铃”志愿服务。
⟦a 写稿侠AI帮你续写⟧希望广大骑行朋友从今天做起，车铃装起来、路口按一按、礼让慢一慢，让我们的城市更安全、更文明。谢谢大家！
""",
    ),
    dict(
        slug="download-kuyi-rules-dumbbell-zone-table-layout",
        site="库易下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.kuyi-down.com/soft/32207.html",
        title="健身房自由力量区（哑铃区）安全管理制度",
        record_title="[DOC下载] 健身房自由力量区（哑铃区）安全管理制度｜库易下载站",
        date=None,
        notes="download station: file-info table, three download links, an unzip password and a dead-link report; 第N条 articles that speak of 扫码 and 打印 as content; no date (an update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>[DOC下载] 健身房自由力量区（哑铃区）安全管理制度｜库易下载站</title>
<script language="javascript" src="/inc/ad_top.js"></script>
</head><body>
<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><a href="/">⟦m 库易下载站⟧</a></td><td>⟦m 文档　模板　软件　一站库易⟧</td><td align="right"><a href="/member/login.asp">⟦a 会员登入⟧</a> <a href="/member/reg.asp">⟦a 新会员注册⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前：<a href="/">库易下载站</a> → <a href="/wendang/">文档资料</a> → 规章制度 → 安全管理⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0" class="info">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 文件大小：36 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 更新日期：前天⟧</td><td>⟦m 下载次数：2380⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：Word/WPS⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">⟦m 资料简介：⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a 电信线路一⟧</td><td>⟦a 联通线路二⟧</td><td>⟦a 备用本地下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码统一为 www.kuyi-down.com⟧</td></tr>
<tr><td colspan="3"><a href="/report.asp?id=32207">⟦a 下载不了？点这里报告死链⟧</a></td></tr>
</table>
<table width="980" align="center" class="foot"><tr><td>⟦d 站内资料收集自网络，仅供研究学习，下载后请于24小时内删除⟧</td></tr>
<tr><td>⟦m 库易下载站 版权所有　粤ICP备13077415号⟧</td></tr></table>
<script language="javascript" src="/inc/tongji.js"></script>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为防止哑铃区发生砸伤、扭伤事故，保障会员和教练人身安全，制定本制度。
第二条　哑铃区仅对已签署健身安全告知书的会员开放，首次使用须由值班教练讲解器械要领。
第三条　会员入场须扫描区域入口二维码登记，未成年人须有监护人陪同。
第四条　哑铃用后必须放回哑铃架原位，按重量由小到大排列，严禁随地摆放或从高处抛落。
第五条　单只重量超过二十公斤的哑铃，须有同伴或教练在旁保护。
第六条　值班教练每日开场前检查哑铃把手和铃片紧固情况，填写检查记录，每月打印一次存档备查。
第七条　本制度自公布之日起施行，由健身房运营部负责解释。
""",
    ),
    dict(
        slug="download-sucaicang-plan-campus-bell-check-day",
        site="素材仓下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.sucaicang.net/file/fangan/118834.html",
        title="韬州职业技术学校“车铃检查日”活动方案",
        record_title="韬州职业技术学校“车铃检查日”活动方案.doc",
        date="2024-10-09",
        notes="file-name record title; a download station's text page with mirror lines, a points prompt and a dead-link line; a numbered list; the school's own 联系人/电话 beside the station's QQ group; signature date",
        page="""
!m 素材仓下载 www.sucaicang.net
!m 首页 » 方案计划 » 校园活动方案
{T}
!m 大小：28KB　|　格式：DOC　|　下载：611 次　|　添加：2 周前
!a 本地高速下载　|　网盘下载（提取码 c7k2）　|　会员通道
{BODY}
!a 下载需消耗 2 仓币，签到即可领取
!w 资料交流QQ群：702118345（入群送仓币）
!a 链接失效请留言，管理员会尽快补档
!d 所有资料均为网友上传，素材仓下载仅提供下载服务，请勿商用。
""",
        body="""
为提高学生骑行安全意识，减少校园内自行车与行人碰撞，学校决定于10月下旬开展“车铃检查日”活动，特制定本方案。
一、活动时间：2024年10月24日（周四）7:30—8:10。
二、活动地点：学校东门、北门自行车停放区。
三、活动内容：
1. 学生会同学在两个校门口逐车检查车铃，能否按响、声音是否清晰。
2. 对缺失或损坏车铃的，由后勤处现场免费加装，共准备车铃三百只。
3. 检查合格的车辆粘贴“铃声安全”绿色标签。
4. 各班利用班会课学习校园骑行“三不”：不抢行、不并排、不在教学楼前飞驰。
四、工作要求：各班主任提前统计骑车学生人数，于10月18日前报后勤处。
联系人：后勤处　韦晓东　电话：0730-8825117
韬州职业技术学校后勤处
2024年10月9日
""",
    ),
]
