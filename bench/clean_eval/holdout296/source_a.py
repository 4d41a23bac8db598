"""holdout296, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Written by hand for this part (sites, places, people, numbers and URLs invented); see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-moyun-speech-drumsticks-harvest",
        site="墨耘范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyunfw.com/jianghua/wenhua/2025/1008/66217.html",
        title="在全县“丰收锣鼓”展演暨乡村鼓乐队授槌仪式上的讲话",
        record_title="【讲话稿·文化口】在全县“丰收锣鼓”展演暨乡村鼓乐队授槌仪式上的讲话（可编辑）_墨耘范文网",
        date="2025-09-23",
        date_also=["2025-10-08"],
        notes="old gb2312 table page: marquee, font/colour row, floating ghost-writer box, hot list, counter; "
        "speaker and date lines under the title neutral; a ghost-writer prompt glued after a 。; the site's posting date differs",
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话稿·文化口】在全县“丰收锣鼓”展演暨乡村鼓乐队授槌仪式上的讲话（可编辑）_墨耘范文网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><font size="5" color="#8b0000">⟦m 墨耘范文网⟧</font></td><td><font color="#666666">⟦m 笔下耕耘　材料无忧⟧</font></td><td align="right"><a href="/user/login.asp">⟦a 会员登陆⟧</a> <a href="/user/reg.asp">⟦a 新用户注册⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#a52a2a">
<tr><td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/gongwen/">⟦m 公文写作⟧</a></td></tr>
<tr><td colspan="5"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨耘范文网开通第十二个年头，讲话、总结、心得每日更新三百篇⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="crumb">⟦m 您的位置：网站首页 &gt;&gt; 讲话致辞 &gt;&gt; 宣传文化讲话⟧</td></tr></table>
<table width="100%" border="0" cellpadding="6">
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center">县委常委、宣传部部长　葛明川</td></tr>
<tr><td align="center">（2025年9月23日）</td></tr>
<tr><td align="center" class="info">⟦m 发布：2025-10-08　栏目：讲话致辞　浏览：1826次⟧</td></tr>
<tr><td align="center">⟦a 〖字号：放大 默认 缩小〗〖护眼底色〗〖整页打印〗〖关掉本窗〗⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td><a href="/down.asp?id=66217">⟦a 点此下载本篇Word文档（会员免积分）⟧</a></td></tr>
<tr><td>⟦l 上一篇：乡镇文化站站长在广场舞展演上的致辞⟧</td></tr>
<tr><td>⟦l 下一篇：县文联主席在农民书画展开幕式上的讲话⟧</td></tr>
</table>
</td>
<td width="250" valign="top">
<table width="100%" border="1" bordercolor="#dddddd"><tr><td bgcolor="#eeeeee">⟦l 本栏阅读排行⟧</td></tr>
<tr><td><a href="/jianghua/66011.html">⟦l 在全县文化惠民工程推进会上的讲话⟧</a></td></tr>
<tr><td><a href="/jianghua/65870.html">⟦l 村晚开幕式致辞（三篇可选）⟧</a></td></tr>
<tr><td><a href="/jianghua/65533.html">⟦l 在非遗传承人座谈会上的讲话稿⟧</a></td></tr></table>
</td></tr>
</table>
<div id="float_qq" style="position:fixed;right:0;top:200px;">⟦w 写材料找墨耘 QQ：30718862 微信同号⟧</div>
<table width="960" border="0" align="center"><tr><td align="center">
⟦m 今日访问 3217 人次　累计访问 8406211 人次⟧<br>
⟦d 本站范文由网友投稿整理，仅供写作参考，不得原样用于正式场合⟧<br>
⟦m 版权所有 © 2013-2025 墨耘范文网 www.moyunfw.com　冀ICP备13027714号⟧
</td></tr></table>
<script>document.getElementById('float_qq').onclick=function(){window.open('tencent://message/?uin=30718862');}</script>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:180%">{}</p>',
        body="""
同志们、乡亲们：
今天是农民丰收节，我们在这里举行“丰收锣鼓”展演，并为全县新组建的二十六支乡村鼓乐队授槌。首先，我代表县委、县政府，向各支鼓乐队的队员们表示热烈祝贺！
鼓乐是我们棽川人的老手艺。过去村里逢年过节、修桥铺路，都要敲一通锣鼓，图的是热闹，聚的是人心。刚才发到大家手里的鼓槌，是县文化馆请老艺人用本地白蜡木一根根削出来的，分量不轻，寓意也不轻。⟦w 讲话稿不会写？墨耘写手一对一代笔，加Q 30718862⟧
希望大家做到三点：一是勤练，每周至少集中排练两次；二是爱惜器材，鼓槌、鼓面要专人保管，损坏的及时报文化站登记更换；三是多下乡，把锣鼓敲到田间地头、敲进群众心里。
乡亲们，丰收的日子要有锣鼓声。祝各支鼓乐队越敲越响，祝大家五谷丰登、阖家安康！
""",
    ),
    dict(
        slug="fanwen-fanbencang-insight-cattail-weaving",
        site="范本仓 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.fanbencang.com/xinde/peixun/30592.html",
        title="参加蒲草编织技能培训班的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line carries a 〔荐〕 tag; a read-the-rest prompt on a line of its own between paragraphs; no date",
        page="""
!m 范本仓 · 学习型范文网站
!m 当前：范本仓 / 心得体会 / 培训心得
!t 〔荐〕参加蒲草编织技能培训班的心得体会
!m 整理：阿禾　｜　人气：4419　｜　字数：约400字
!a 〔全文复制〕〔存为Word〕〔放进收藏夹〕
{BODY}
!a 本篇已为您展示全文，升级金卡会员可批量导出同类范文。
!l 同类范文推荐
!l 〉参加家政服务技能培训心得体会（三篇）
!l 〉乡村手工艺人培训班学员发言稿
!d 免责说明：范本仓内容多来自网友分享，如涉及您的著作权，请联系站务邮箱处理。
!m 站务邮箱：zhanwu@fanbencang.com　浙ICP备19044102号
""",
        indent="\u3000\u3000",
        body="""
三月下旬，我参加了镇妇联和农技站联合举办的蒲草编织技能培训班。七天时间里，从选草、晒草、浸草到起底、编身、收口，老师傅手把手地教，我第一次完整地编出了一个蒲团。
第一点体会是手艺要“慢”下来。蒲草要晒到七成干，浸水不能超过一刻钟，草性太硬编不紧，太软又容易断。急不得，也省不得。
⟦a 点开阅读剩余四成内容⟧
第二点体会是标准要“严”起来。以前村里人编蒲团，大小厚薄全凭感觉。这次培训统一了直径、厚度和密度要求，合作社按标准收购，编得好的一个能多卖十几元。
第三点体会是路子要“宽”起来。老师说，现在茶室、书院、瑜伽馆都要蒲团，还有人订做小号的给孩子练坐姿。我打算和几个姐妹组成互助小组，农闲时一起编，争取把这门老手艺变成家门口的收入。
""",
    ),
    dict(
        slug="wenku-qianzhi-research-clock-repair-html-markers",
        site="千帙文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qianzhiwk.com/doc/2025/0702/83310457.html",
        title="关于全市座钟维修技艺传承情况的调研报告",
        record_title="关于全市座钟维修技艺传承情况的调研报告（高清无水印）- 千帙文库",
        date="2025-06-16",
        notes="文库 reader: page-marker paragraphs '☴ n ☴' cut sentences; viewer toolbar, pay box, month card; upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于全市座钟维修技艺传承情况的调研报告（高清无水印）- 千帙文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.qianzhiwk.com/reader/v3/reader.min.js"></script>
<script>window.__DOC__={id:83310457,pages:5,free:3};</script>
</head><body>
<header class="qz-head"><a class="logo" href="/">⟦m 千帙文库⟧</a><nav><a href="/">⟦m 首页⟧</a><a href="/cat/baogao/">⟦m 报告总结⟧</a><a href="/cat/zhengwu/">⟦m 党政材料⟧</a></nav><form class="search"><input placeholder="搜一搜文档"><button>⟦a 搜索⟧</button></form><a class="login" href="/login">⟦a 注册 · 登录⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：xing***07　上传于 2025-07-02　大小 1.21MB　共5页⟧</p>
<div class="toolbar">⟦a 放大 缩小 适应宽度 全屏阅读⟧</div></div>
<div class="reader-body">
{BODY}
</div>
<div class="pay-box"><p>⟦a 本文档共5页，当前可免费预览3页⟧</p><button>⟦a 支付 3.8 元解锁全文并下载⟧</button><p>⟦a 月卡会员 ¥19.9 全站文档随便看⟧</p></div>
<aside class="rel"><h3>⟦l 读过这篇的人也在读⟧</h3><ul>
<li>⟦l 传统手工技艺保护现状调研报告.docx⟧</li>
<li>⟦l 老字号企业发展情况调研与建议.pdf⟧</li>
<li>⟦l 非遗传承人队伍建设调研报告（5页）⟧</li></ul></aside>
<footer><p>⟦d 千帙文库内容均由用户自主上传，平台仅提供存储与展示服务，如有侵权请提交申诉。⟧</p><p>⟦m © 2025 千帙文库 qianzhiwk.com　苏ICP备21058833号-2⟧</p></footer>
</body></html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="☴ {n} ☴", every=150, start=2),
        body="""
为了解我市座钟维修技艺传承现状，市政协文化文史委员会于今年4月至5月走访了城区和三个县的钟表维修店铺，召开座谈会两次，现将有关情况报告如下。
一、基本情况
全市现有能独立维修机械座钟的师傅27人，平均年龄63岁，其中50岁以下的仅4人。年维修座钟约1900台，以上世纪六七十年代生产的木壳座钟为主，送修的多是老人。
二、主要问题
一是后继乏人，学徒出师需要三到五年，年轻人不愿意学；二是配件难寻，发条、摆锤、齿轮多靠拆旧补新；三是店铺分散，多数租用临街小门面，随时面临搬迁。
三、几点建议
建议将座钟维修技艺列入市级非遗代表性项目名录，支持老师傅开设传习点带徒授艺，并在老街改造中为钟表维修保留固定摊位。
橪州市政协文化文史委员会
2025年6月16日
""",
    ),
    dict(
        slug="wenku-yunqian-plan-village-album-wrapped-markers",
        site="芸签文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yunqianwk.cn/p-20917734.html",
        title="棽塘村村史相册编印工作方案",
        record_title="棽塘村村史相册编印工作方案.docx",
        date="2025-03-10",
        notes="file-name record title; hard-wrapped at 66 columns and cut by markers '⌴n⌴' glued to the continuation line; "
        "the document's own contact line; 成文日期 in Chinese numerals; upload stamp is no date",
        page="""
!t 棽塘村村史相册编印工作方案.docx
!m 格式：DOCX　｜　页数：4　｜　上传：2025-03-19
!a 〖下载此文档〗〖加入书架〗〖发送到手机〗
{T}
{BODY}
!a 可预览内容已到底，余下页数请下载后阅读
!a 开通年度会员，本类文档不限次下载
!d 声明：本文档由平台用户上传并分享，平台不对内容的原创性负责，如侵权请提交申诉。
!l 你可能还需要：村志编纂工作方案.docx｜老照片征集启事.doc
!m 芸签文库 yunqianwk.cn
""",
        wrap=66,
        indent="\u3000\u3000",
        pages=dict(fmt="⌴{n}⌴", every=80, start=2, glue=True),
        body="""
为留住乡村记忆，经村“两委”研究，决定在全村开展村史相册编印工作，现制定如下方案。
一、工作内容
征集本村1950年以来反映生产生活、重大事件和村容变化的老照片，经整理、扫描、配文后编印《棽塘记忆》村史相册，计划收录照片300幅左右。
二、时间安排
3月15日至4月30日为征集阶段，5月为整理扫描阶段，6月定稿付印，7月1日前向每户赠送一册。
三、工作要求
征集的照片原件一律登记造册，扫描后7日内完整归还农户；照片说明须经当事人或知情老人核实，不得张冠李戴。各村民小组长负责本组的走访征集。
联系人：吴梅芳　电话：0734-5829106
棽塘村村民委员会
二〇二五年三月十日
""",
    ),
    dict(
        slug="gov-fenyang-notice-cattail-weaving-index-table",
        site="枌阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.fenyang-county.example.gov.cn/zwgk/bmwj/wlgtj/202505/t20250514_3309127.html",
        title="关于开展“蒲编进社区”非遗技艺展示体验活动的通知",
        record_title="关于开展“蒲编进社区”非遗技艺展示体验活动的通知_文旅资讯_枌阳县人民政府门户网站",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="county portal: 银龄/读屏/English links, 索引号 table (the 文号 cell unmarked), attachment download links beside the notice's own 附件 list, "
        "its contact beside the site's 纠错 line, 抄送 and 印发 lines; 成文日期 and 发布日期 differ",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展“蒲编进社区”非遗技艺展示体验活动的通知_文旅资讯_枌阳县人民政府门户网站</title>
<meta name="SiteName" content="枌阳县人民政府门户网站">
<meta name="ArticleTitle" content="关于开展“蒲编进社区”非遗技艺展示体验活动的通知">
<script src="/common/js/jquery.min.js"></script>
<script src="/common/js/aria-reader.js"></script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问枌阳县人民政府门户网站⟧</span><a href="javascript:;" id="ageMode">⟦a 银龄模式⟧</a><a href="javascript:;" id="ariaBtn">⟦a 读屏辅助⟧</a><a href="/en/">⟦a Eng.⟧</a></div>
<div class="banner"><img src="/images/banner_fy.jpg" alt=""><span class="sitename">⟦m 枌阳县人民政府⟧</span></div>
<ul class="mainnav"><li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjfy/">⟦m 走进枌阳⟧</a></li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县文旅广体局⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11431123MB1D04527X/2025-00386⟧</td><td>⟦m 主题分类：文化、广电、旅游⟧</td></tr>
<tr><td>⟦m 发文机关：枌阳县文化旅游广电体育局⟧</td><td>⟦m 成文日期：2025-05-12⟧</td></tr>
<tr><td>文　　号：枌文旅发〔2025〕17号</td><td>⟦m 发布日期：2025-05-14⟧</td></tr>
</table>
<div class="article">
<h1 class="title">{T}</h1>
<div class="tools">⟦a 【字体：大 中 小】【打印此页】【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian"><p>⟦a 附件（点击即可下载）：⟧</p><p><a href="./P020250514566120.xlsx">⟦a 体验点安排表.xlsx⟧</a></p><p><a href="./P020250514566121.docx">⟦a 活动信息报送表.docx⟧</a></p></div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h3>⟦l 相关文件⟧</h3><ul><li><a>⟦l 枌阳县第五批县级非遗代表性项目名录公示⟧</a></li><li><a>⟦l 关于做好2025年文化和自然遗产日宣传活动的通知⟧</a></li></ul></div>
<div class="footer">
<p>⟦m 主办：枌阳县人民政府办公室　承办：枌阳县政务服务和大数据中心⟧</p>
<p>⟦m 网站纠错电话：0739-6128000　网站标识码：4311230019⟧</p>
<p>⟦m 湘ICP备05021197号　湘公网安备 43112302000114号⟧</p>
</div>
<script src="/common/js/visit.js"></script>
</body></html>
""",
        body="""
各乡镇（街道）文化站，县直有关单位：
为推动非物质文化遗产保护传承，让群众近距离感受蒲草编织技艺，县文旅广体局决定于5月下旬至6月底开展“蒲编进社区”展示体验活动。现将有关事项通知如下。
一、活动安排。每周六上午在县城枌园、楒苑两个社区各设一个体验点，由县级传承人现场演示蒲团、蒲扇编织，群众可免费领取材料包动手编织。
二、工作要求。各文化站要做好场地、桌椅和遮阳准备，活动结束后5个工作日内报送图片和参与人数。
联系人：许晓岚　电话：0739-6120458　邮箱：fywlgt_fy@163.example.com
附件：1.体验点安排表
2.活动信息报送表
枌阳县文化旅游广电体育局
2025年5月12日
抄送：县委宣传部，县非遗保护中心。
枌阳县文化旅游广电体育局办公室　2025年5月12日印发
""",
    ),
    dict(
        slug="gov-ranzhou-bulletin-clock-spotcheck-table",
        site="橪州市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.ranzhou.example.gov.cn/xxgk/zljd/202507/t20250710_118204.html",
        title="关于2025年第二季度座钟产品质量监督抽查情况的通报",
        record_title="〔质量抽检〕关于2025年第二季度座钟产品质量监督抽查情况的通报｜橪州市市场监督管理局",
        date="2025-07-08",
        date_also=["2025-07-10"],
        notes="document number line neutral; a table of failed products (one row a paragraph); the bureau's contact beside the 12345 and 纠错 lines; posting date differs",
        page="""
!m 橪州市市场监督管理局　主办
!m 首页 ＞ 信息公开 ＞ 质量监督 ＞ 抽查通报
{T}
橪市监质〔2025〕41号
!m 发布日期：2025-07-10　来源：质量监督科　浏览次数：377
!a 【打印本篇】【关闭窗口】【字号：大 中 小】
{BODY}
!m 政务服务便民热线：12345　网站纠错：0735-8830012
!l 上一条：关于电动自行车充电器质量抽查情况的通报
!l 下一条：关于开展2025年计量器具专项检查的通知
!m 主办单位：橪州市市场监督管理局　网站标识码：4311000027　湘ICP备0509331号-1
""",
        indent="\u3000\u3000",
        body="""
各县（市、区）市场监管局，各有关企业：
今年第二季度，市局组织对全市生产、销售的座钟产品开展了质量监督抽查，共抽查企业18家、产品30批次，合格26批次，不合格4批次。不合格产品情况如下：
企业名称　产品型号　不合格项目
橪州市栭湖钟表厂　ZZ-308木壳座钟　走时误差
橪州恒鸣工艺品有限公司　HM-12仿古座钟　报时音量
梽岭县鹊桥钟表商行　无型号石英座钟　标志标识
槱溪县明时电子钟厂　MS-6数码座钟　电源适配器绝缘
请属地市场监管局于7月31日前督促上述企业完成整改，并将处置情况报市局质量监督科。
联系人：韩悦　电话：0735-8836215
橪州市市场监督管理局
2025年7月8日
""",
    ),
    dict(
        slug="news-fenyang-album-exhibition-h1-only",
        site="枌阳新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.fynews.example.cn/bendi/2025-10/11/content_4470912.html",
        title="老年大学“老相册里的新时代”摄影展开展",
        record_title=None,
        date="2025-10-11",
        notes="no record title (the <h1>); an app prompt glued before the lead; a photo caption between paragraphs; "
        "an editor/reviewer line glued after the last 。; a listen button, a 24-hour list, an ad slot; 发布时间 byline",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>枌阳新闻网</title>
<script src="//cdn.fynews.example.cn/js/tts-player.js"></script>
<script>var pageId='4470912';</script>
</head><body>
<div class="hd"><a href="/" class="logo">⟦m 枌阳新闻网⟧</a><span class="slogan">⟦m 枌阳县融媒体中心主办⟧</span>
<ul class="nav"><li>⟦m 本地⟧</li><li>⟦m 乡镇⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li><li>⟦m 专题⟧</li></ul></div>
<div class="crumb">⟦m 首页 › 本地新闻 › 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-10-11 08:46　来源：枌阳县融媒体中心　记者：霍宁⟧</div>
<div class="listen"><button>⟦a ▶ 点这里听新闻⟧</button></div>
<div class="txt">
{BODY}
</div>
<div class="ad-slot">⟦m 广告位招租 0739-6251100⟧</div>
</div>
<div class="side"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 桗口镇今秋新增高标准农田1.2万亩⟧</li>
<li>⟦l 县城区新开两条公交线路⟧</li>
<li>⟦l 枌阳脐橙首批上市⟧</li></ol></div>
<div class="ft"><p>⟦d 凡本网注明“来源：枌阳县融媒体中心”的作品，未经授权不得转载。⟧</p><p>⟦m 互联网新闻信息服务许可证编号：43120230017　湘ICP备17003519号⟧</p></div>
</body></html>
""",
        body="""
⟦a 下载“枌阳融媒”App，本地新闻抢先看⟧10月10日，枌阳县老年大学“老相册里的新时代”摄影展在县文化馆开展，120余幅老照片和新照片两两对照，吸引不少市民驻足观看。
这些老照片大多来自学员家中的相册。78岁的学员唐秀英拿出珍藏了半个世纪的家庭相册，里面有她1975年在桗口公社插秧的照片，旁边挂着的是她孙女今年在同一块田里操作无人机的照片。
⟦m 图为市民在展厅观看新旧对照照片。（记者 霍宁 摄）⟧
老年大学摄影班班主任介绍，为办好这次展览，学员们花了两个多月时间翻拍、修复老照片，还为每张照片写了说明。展览将持续到11月10日，市民可免费参观。⟦m 编辑：罗一帆　审核：周洋⟧
""",
    ),
    dict(
        slug="news-chenchuan-drumsticks-waist-drum-teams",
        site="棽川在线 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.chenchuan-online.cn/xiangzhen/2025/0421/52871.shtml",
        title="滆湾镇22支村级腰鼓队换上新鼓槌",
        record_title="滆湾镇22支村级腰鼓队换上新鼓槌_镇村播报_棽川在线",
        date="2025-04-21",
        notes="column and site suffix; the time line is the page's date; an editor tag glued after the last 。",
        page="""
!m 棽川在线　|　棽川人的新闻客厅
!m 首页 / 乡镇快讯 / 滆湾
{T}
!m 2025-04-21 09:32　来源：滆湾镇融媒通讯站　点击：1204
!a 字号：A+ A- 　｜　转给朋友
{BODY}
!l 【相关阅读】
!l 濊田镇举办首届农民鼓王争霸赛
!l 棽川县文化馆为乡村文艺队送器材
!d 本站原创稿件，转载请注明出处“棽川在线”。
!m 棽川在线 版权所有　新闻热线：0734-8552110
""",
        indent="\u3000\u3000",
        body="""
4月18日，滆湾镇文化站将新采购的440副白蜡木鼓槌分发到全镇22支村级腰鼓队，替换已经使用多年、开裂变形的旧鼓槌。
“旧鼓槌用了七八年，有的槌头磨秃了，敲起来发闷，还有两回在表演时断了飞出去，差点伤到观众。”滆湾村腰鼓队队长刘桂兰说。
⟦m （图为滆湾村腰鼓队队员试用新鼓槌。通讯员 黄珊 摄）⟧
文化站站长陈昊介绍，这批鼓槌每副重约180克，槌柄缠了防滑布条，槌头用桐油浸过，比旧鼓槌耐用。文化站还给每支队伍建立了器材台账，鼓槌出现裂纹要及时登记更换。
据了解，滆湾镇腰鼓队现有队员600余人，平均年龄55岁，每年在村晚、庙会等活动中演出200余场。⟦m 【责编：庞涛】⟧
""",
    ),
    dict(
        slug="forum-zhongyouhui-clock-slow-jammer",
        site="钟友汇论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.zhongyouhui.net/thread-407712-1-1.html",
        title="老座钟走时一天慢十分钟，该怎么调？",
        record_title="[修钟请教] 老座钟走时一天慢十分钟，该怎么调？ - 机械钟表版 - 钟友汇论坛",
        date=None,
        notes="Discuz-like thread with jammer-font junk; rating row, signature, replies; relative post times are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[修钟请教] 老座钟走时一天慢十分钟，该怎么调？ - 机械钟表版 - 钟友汇论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
<script src="static/js/common.js?Q7a"></script>
</head><body>
<div id="hd"><div class="wp"><a href="./">⟦m 钟友汇论坛⟧</a>　⟦m 收藏·修表·聊钟⟧　<a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 立即注册⟧</a></div></div>
<div id="pt">⟦m 钟友汇论坛 › 修表天地 › 机械钟表版 › 帖子⟧</div>
<div id="postlist">
<table><tr><td class="pls"><div class="authi">⟦m 摆锤老张⟧</div><p>⟦m 帖子 42　积分 215　钟友等级：学徒⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分：参与人数 3　金币 +6　理由：问题描述清楚⟧</div>
<div class="sign">⟦m 滴答滴答，慢慢修⟧</div>
<div class="po">⟦a 回复 引用 举报 顶 踩⟧</div>
</td></tr></table>
<table><tr><td class="pls">⟦l 南门修表匠⟧</td><td class="plc"><div>⟦l 发表于 前天 21:14⟧</div><div>⟦l 一圈大概差两三分钟，每次拧半圈，观察两天再动。⟧</div></td></tr></table>
<table><tr><td class="pls">⟦l 铜壳收藏⟧</td><td class="plc"><div>⟦l 发表于 昨天 08:02⟧</div><div>⟦l 柜子斜了影响很大，先把钟垫平，听嘀嗒声均匀了再调快慢。⟧</div></td></tr></table>
</div>
<div class="pgbtn">⟦l 下一主题：三五牌座钟打点不停怎么回事⟧</div>
<div id="f_pst">⟦a 登录后才能发表回复，还没有账号？点这里注册⟧</div>
<div id="ft">⟦m 钟友汇论坛　粤ICP备18062374号⟧　⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
各位钟友好，请教一个问题。
家里有一台上世纪七十年代的木壳座钟，是我父亲结婚时买的，上个月刚请师傅洗过油。现在每天慢十分钟左右，打点也正常，就是走时跟不上。
我查了一些帖子，说是摆锤下面有个调节螺母，往上拧走快、往下拧走慢。我试着往上拧了两圈，第二天反而快了二十多分钟。
想问问大家：一圈大概能调多少？调完要观察几天才算准？另外座钟放在电视柜上，柜子有点斜，会不会也有影响？
先谢过各位老师傅了！
""",
    ),
    dict(
        slug="forum-pinmingju-cork-trivet-junk",
        site="品茗居论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.pinmingju.com/t/88231.html",
        title="用旧软木塞拼茶壶垫，附做法",
        record_title="〔茶器DIY〕用旧软木塞拼茶壶垫，附做法（多图） - 茶器杂谈 - 品茗居论坛",
        date=None,
        notes="forum post with junk lines and junk glued after 。; a numbered list; replies with relative times; no date",
        page="""
!m 品茗居论坛 › 茶器杂谈
!t 〔茶器DIY〕用旧软木塞拼茶壶垫，附做法（多图）
!m 楼主：竹炉煮雪　｜　发表于 5 天前　｜　查看 962　回复 14
{BODY}
!l 茶友点赞 27 次
!l 2# 松风阁主：我家茶壶垫也是自己编的，麻绳收边确实好看。
!l 3# 小院煎茶：胶味可以用小苏打吸一吸，比晾着快。
!a 登录品茗居后参与讨论 ｜ 没有账号？快速注册
!m 品茗居论坛 · 以茶会友　京ICP备16051203号
""",
        junk=dict(lines=2, glued=3),
        body="""
攒了大半年的红酒软木塞，终于拼成了一个茶壶垫，放上来给茶友们看看。
材料：软木塞36个，热熔胶一支，麻绳两米，美工刀一把。
做法也简单：
1.把软木塞竖着对半切开，切面朝下；
2.按圆形从中间往外排，排好后用热熔胶逐个粘牢；
3.外圈用麻绳绕两圈收边，绳头藏在底下。
做好的茶壶垫直径大概18厘米，刚好放得下我那把宜兴壶。用了一个月，开水壶直接放上去也没有烫痕。就是刚做好时有点胶味，放在阳台晾了三天才散。
有茶友问会不会发霉，我的经验是用完竖起来晾干，别一直压在壶底下。
""",
    ),
]
