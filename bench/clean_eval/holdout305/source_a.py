"""holdout305, part A: a 范文 site, 文库 readers, county portals, news portals, forums and a blog.

Invented text (places, people, sites, numbers); see ../README.md and ../build.py for the markup.
Objects: window latches (窗栓), duck crates (鸭笼), shrimp traps (虾笼), crab traps (蟹笼), hay forks (草叉).
"""

CASES = [
    dict(
        slug="fanwen-moyun-speech-shrimp-trap-clearance-gb2312",
        site="墨耘范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moyunfw.cn/jianghua/nongye/2025/0406/41877.html",
        title="在全县禁渔期虾笼地笼集中清理行动动员会上的讲话",
        record_title="【动员讲话·会上开口稿】在全县禁渔期虾笼地笼集中清理行动动员会上的讲话（可照念·带开场白）_墨耘范文网",
        date="2025-03-28",
        date_also=["2025-04-06"],
        notes="old gb2312 table page: marquee, font-size row, floating QQ box, visitor counter; speaker and date lines "
        "under the speech title (neutral); a ghost-writer line between paragraphs and a collect link glued after a 。; "
        "the site's posting date differs from the speech's",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【动员讲话·会上开口稿】在全县禁渔期虾笼地笼集中清理行动动员会上的讲话（可照念·带开场白）_墨耘范文网</title>
<link href="/skin/moyun/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/tongji.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300" class="logo">⟦m 墨耘范文网⟧</td><td class="slogan">⟦m 一支笔耕好一页纸⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">工作方案</a> | <a href="/xinde/">心得感悟</a>⟧</td></tr>
<tr><td colspan="2" bgcolor="#FFF7E0"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨耘公告：农业农村类讲话稿本月新增二百一十篇，欢迎常来翻翻⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div class="weizhi">⟦m 您在这里：墨耘范文网 &gt;&gt; 讲话致辞 &gt;&gt; 农业农村 &gt;&gt; 阅读正文⟧</div>
<div class="btbox"><b>⟦t 【动员讲话·会上开口稿】在全县禁渔期虾笼地笼集中清理行动动员会上的讲话（可照念·带开场白）⟧</b></div>
<div class="xinxi">⟦m 更新：2025-04-06　栏目编辑：耕墨　人气：1327⟧</div>
<div class="zihao">⟦a 【字号拨一拨：特大 大 中 小】⟧　⟦a 【换宣纸底色】⟧　⟦a 【读完合上】⟧</div>
<div class="zhengwen">
<h2>{T}</h2>
<p align="center">县农业农村局局长　窦立衡</p>
<p align="center">（2025年3月28日）</p>
{BODY}
</div>
<div class="fanye">⟦l 上一篇：在春季禁渔宣传月启动仪式上的致辞（县渔政版）⟧<br>⟦l 下一篇：县渔政执法大队2025年执法要点（讨论稿）⟧</div>
<div class="xiangguan"><b>⟦l 与本文相近的范文⟧</b>
<ul><li><a href="/a/41802.html">⟦l 退捕渔民转产就业座谈会讲话⟧</a></li>
<li><a href="/a/41765.html">⟦l 乡镇沿湖禁渔联合执法部署会发言⟧</a></li></ul></div>
</td>
<td width="250" valign="top" class="youce">
<div class="box"><b>⟦l 本周阅读榜⟧</b>
<ol><li>⟦l 全县渔业资源保护工作会议讲话⟧</li><li>⟦l 禁渔期护渔员培训班开班致辞⟧</li><li>⟦l 河湖长制年度述职材料⟧</li></ol></div>
</td></tr>
</table>
<div id="piaofu" style="position:absolute;right:6px;top:220px;">⟦w 讲话稿赶时间？墨耘老笔杆代拟 QQ 2718093364⟧</div>
<table width="960" align="center" class="dibu"><tr><td align="center">
⟦d 墨耘范文网所载范文仅作写作参考，引用请自行核对政策口径。⟧<br>
⟦m Copyright &copy; 2011-2025 墨耘范文网 www.moyunfw.cn　湘ICP备11038274号⟧<br>
⟦m 今日来访第 0917324 位朋友⟧
</td></tr></table>
</body>
</html>
""",
        body="""
同志们：
今天召开这次动员会，主要是部署全县禁渔期虾笼、地笼集中清理行动。3月1日起，圃湖及彬溪干流全面进入禁渔期，但据渔政执法大队前期巡查，仍有部分群众在湖汊、沟渠偷放虾笼，有的一串长达数十米，对幼鱼幼虾伤害极大。
第一，要清得彻底。各乡镇要以村为单位划定责任水域，组织渔民、护渔员逐段排查，做到湖汊不漏、沟渠不漏、夜间不漏。清出的虾笼要登记数量、拍照留证，统一运到乡镇集中销毁。⟦a 【收藏此段到我的素材夹】⟧
⟦w 写不出开场白？墨耘写手一对一代笔，微信 moyun_bigan⟧
第二，要管得长久。农业农村、公安、市场监管部门要联合执法，对销售密眼虾笼的渔具门店依法查处，从源头上减少违规网具流入水域。
第三，要讲得明白。清理不是一收了之，要向群众讲清禁渔政策和转产扶持措施，帮助退捕渔民找到新的生计。
同志们，禁渔是为子孙后代留下一湖好水。希望大家迅速行动起来，确保4月底前全县水域违规网具全部清零。
""",
    ),
    dict(
        slug="fanwen-zhiyan-insight-crab-trap-training",
        site="织言范文馆 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.zhiyanfw.com/xinde/peixun/20250512/9043.html",
        title="参加蟹笼生态养殖技术培训心得体会",
        record_title="参加蟹笼生态养殖技术培训心得体会（农户版·精修）- 织言范文馆",
        date=None,
        notes="decorated record title; a ghost-writer prompt glued after a 。 and a member line between paragraphs; "
        "tags, related list and disclaimer; no date in the document (an upload stamp only)",
        page="""
!m 织言范文馆 · 给基层写材料的人
!m 馆内导航：首页 ＞ 心得体会 ＞ 培训心得 ＞ 农技培训
!t 参加蟹笼生态养殖技术培训心得体会（农户版·精修）
!m 收录者：湖畔阿满　收录于 2 天前　已读 806
!a 〖全文复制〗〖转存Word〗〖存进书架〗
{BODY}
!m 本文标签：蟹笼　生态养殖　农技培训　心得
!l 同栏目还有：
!l · 水产养殖技术培训班学员心得（三篇合集）
!l · 我在稻渔综合种养培训班上的收获
!d 织言范文馆内容来自会员收录，若与原作者权益冲突，请写信给馆长处理。
""",
        indent="\u3000\u3000",
        body="""
四月中旬，我参加了县水产站举办的蟹笼生态养殖技术培训班。三天的课程有理论讲授，也有到圃湖边养殖基地的现场教学，让我这个养了八年蟹的“老把式”也学到了不少新东西。
一是认识了蟹笼的讲究。过去我只图便宜，买的蟹笼网眼偏小，连蟹苗一起捞上来。老师讲，按规定商品蟹笼网目不得小于5厘米，笼身还要留逃逸口，让小蟹能自己爬出去。⟦w 急用类似心得？织言代写当天交稿，微信 zhiyan_0512⟧
二是学会了科学投放。蟹笼不是越多越好，每亩水面放两三只就够，放多了反而互相争食、打架断脚。收笼最好在清晨，蟹的活力强、损伤少。
⟦a 开通织言年卡，本馆三万篇心得随意转存⟧
三是明白了生态账。培训时老师帮我们算了一笔账：规范用笼后单只蟹的规格提高了，价钱能多卖三成，湖里的水草和螺蛳也保住了。
回村后，我把旧蟹笼全部换成了标准笼，还带着邻居一起改。养蟹要看长远，护好一湖水，才有年年好收成。
""",
    ),
    dict(
        slug="wenku-zhiye-plan-window-latch-markers-html",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zhiyewk.com/view/5c81e07a93d2.html",
        title="甫里社区老旧小区窗栓隐患排查整治工作方案",
        record_title="甫里社区老旧小区窗栓隐患排查整治工作方案（排查表可直接用）｜知页文库",
        date="2025-05-12",
        notes="文库 reader cut by page-marker paragraphs (⑂ n ⑂); decimal headings 1.1–3; a sentence asking grid "
        "workers to 下载/打印 the checklist; viewer toolbar and paywall; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8">
<title>甫里社区老旧小区窗栓隐患排查整治工作方案（排查表可直接用）｜知页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="//static.zhiyewk.com/reader/v3/viewer.min.js"></script>
</head>
<body>
<header class="zy-top"><a class="logo" href="/">⟦m 知页文库⟧</a>
<nav><a href="/c/gongwen">⟦m 公文写作⟧</a><a href="/c/shequ">⟦m 社区治理⟧</a><a href="/c/anquan">⟦m 安全生产⟧</a></nav>
<a class="vip" href="/vip">⟦a 知页会员 低至每天三毛⟧</a> <a href="/login">⟦a 登录 ｜ 开个新号⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 分享人：网格小周　格式：DOCX　共 4 页　被浏览 2,315 次⟧</p>
<div class="toolbar">⟦a 放大 缩小 全屏阅读 翻到末页⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 余下 2 页为会员内容，开通后即可查看并下载源文件⟧</p><button>⟦a 开通会员看全文⟧</button> <button>⟦a 用 5 知豆购买本篇⟧</button></div>
<aside class="similar"><h3>⟦l 看过本文的人还在看⟧</h3><ul>
<li>⟦l 老旧小区高空坠物隐患排查方案⟧</li><li>⟦l 社区独居老人居家安全巡查记录表⟧</li><li>⟦l 物业公司门窗五金维修台账模板⟧</li></ul></aside>
<footer>⟦d 知页文库仅提供文档存储与展示，文档内容由分享人负责。⟧　⟦m 浙ICP备20117365号-3⟧</footer>
</body>
</html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⑂ {n} ⑂", every=150, start=2),
        body="""
为消除老旧小区窗户坠落隐患，保障居民生命财产安全，结合辖区实际，制定本方案。
1 工作目标
1.1 6月30日前完成辖区12栋老旧住宅楼全部外窗窗栓的入户排查，建立一户一档。
1.2 对锈蚀、松动、缺失的窗栓，做到发现一处、登记一处、整改一处。
2 工作步骤
2.1 排查登记（5月15日至5月31日）。由网格员会同物业维修人员逐户上门，重点查看平开窗窗栓能否插到位、栓座是否开裂，填写《窗栓隐患排查表》。
2.2 集中整改（6月1日至6月25日）。属于公共部位的由物业负责更换；属于居民自用部分的，由社区协调志愿维修队上门，独居老人家庭免费更换。
2.3 回头看（6月26日至6月30日）。社区对整改情况抽查不少于三成，未整改到位的限期补正。
3 工作要求
请各网格员提前下载排查表并打印备用，排查照片统一上传社区工作群，不得泄露居民个人信息。
芈城区甫里社区居民委员会
2025年5月12日
""",
    ),
    dict(
        slug="wenku-zhiye-rules-shrimp-trap-workshop-pdf-wrapped",
        site="知页文库 (invented; the text-only preview)",
        style="文库预览",
        genre="制度/规程",
        kind="other",
        form="text",
        source="https://m.zhiyewk.com/view/7e20a4c9f1b5.html",
        title="虾笼编织车间安全操作规程",
        record_title="虾笼编织车间安全操作规程.pdf",
        date=None,
        notes="file-name record title; text hard-wrapped at 62 columns and cut by page markers ⑃n⑃ glued to the "
        "continuation line; operating rules with numbered items; no date (an effective clause only)",
        page="""
!m 知页文库 · 手机版
!t 虾笼编织车间安全操作规程.pdf
!m PDF　3页　下载需 2 知豆　好评率 91%
!a ↓ 存到手机　☆ 加入书单　⇪ 发给好友
{T}
{BODY}
!a —— 试读已完，其余 1 页需开通知页会员 ——
!l 相关文档：渔具厂消防安全管理制度.pdf ｜ 网具加工车间岗位职责.docx
!d 本文档由用户分享，知页文库不对内容的准确性负责。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⑃{n}⑃", every=105, start=2, glue=True),
        body="""
一、适用范围
本规程适用于本公司虾笼编织车间的网衣裁剪、框架弯制、穿线缝合和成品打包等工序。
二、上岗要求
1. 新进员工须经车间三级安全教育并考核合格后方可上岗，学徒期间不得单独操作弯框机。
2. 上岗前应穿戴工作服、防割手套和防护眼镜，长发须盘入工作帽内。
三、操作要求
1. 弯制钢丝框架前，应检查弯框机防护罩和急停按钮是否完好，发现异常立即停机报告。
2. 裁剪网衣时，刀具用后应及时放回刀架，严禁随手放在工作台边缘。
3. 穿线缝合使用的竹针、钢针应清点数量，收工时交还班组长。
四、消防要求
车间内尼龙网衣、塑料浮筒等易燃材料应分区码放，与电气设备保持一米以上距离，严禁吸烟和使用明火。
五、附则
本规程由生产安全部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="portal-puxi-notice-duck-crate-disinfection",
        site="圃溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.puxi.gov.cn/zwgk/bmtz/nyncj/202502/t20250217_338104.html",
        title="关于做好活禽运输鸭笼清洗消毒工作的通知",
        record_title="关于做好活禽运输鸭笼清洗消毒工作的通知 - 局办动态 - 圃溪县人民政府",
        record_date="2025-02-17",
        date="2025-02-17",
        notes="county portal: 长者模式/读屏 links, an index table whose 文号 cell is left unmarked (neutral), a 纠错 "
        "line and the portal hotline beside the notice's own 联系人/电话, 附件 list, site date given by the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好活禽运输鸭笼清洗消毒工作的通知 - 局办动态 - 圃溪县人民政府</title>
<script src="/common/js/jquery.min.js"></script>
<script>var siteId="puxi_gov";</script></head>
<body>
<div class="topbar"><span>⟦m 欢迎来到圃溪县人民政府门户网站⟧</span>
<a href="javascript:;">⟦a 长者模式⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a> <a href="/m/">⟦a 手机版⟧</a></div>
<div class="banner">⟦m 圃溪县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进圃溪⟧</li></ul>
<div class="position">⟦m 当前所在：首页 › 政务公开 › 局办动态 › 县农业农村局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11430922MB1870264P/2025-00391⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发布机构：圃溪县农业农村局⟧</td><td>⟦m 成文日期：2025-02-17⟧</td></tr>
<tr><td>圃农发〔2025〕6号</td><td>⟦m 主题分类：农业、畜牧⟧</td></tr>
</table>
<h1 class="arttitle">{T}</h1>
<div class="artinfo">⟦m 来源：县农业农村局　浏览次数：418⟧　⟦a 【大 中 小】⟧　⟦a 【打印这篇通知】⟧</div>
<div class="artcon">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：鸭笼清洗消毒技术要点.docx⟧</div>
<div class="share">⟦l 转发到：微信　微博　QQ空间⟧</div>
<div class="jiucuo">⟦m 网页内容有误？请拨打纠错热线 0736-5820000 或发送至 jiucuo@puxi.gov.cn⟧</div>
<div class="footer">
<p>⟦m 主办：圃溪县人民政府办公室　承办：圃溪县政务数据中心⟧</p>
<p>⟦m 网站标识码：4309220027　湘ICP备05007731号　湘公网安备43092202000118号⟧</p>
<p>⟦m 政务服务热线：0736-12345（工作日 8:00-18:00）⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
近期周边省份相继报告H5亚型禽流感疫情，我县活禽调运频繁，运输鸭笼反复周转使用，极易成为病毒传播载体。为切实做好春季动物疫病防控，现就活禽运输鸭笼清洗消毒有关事项通知如下：
一、所有进出县境的活鸭运输车辆，其鸭笼须在卸载后2小时内完成清洗消毒，未经消毒的鸭笼一律不得装车返程。
二、各活禽交易市场要设置鸭笼专用清洗区，配备高压冲洗设备和消毒药品，建立清洗消毒台账，保存不少于6个月。
三、各乡镇畜牧兽医站要加强巡查，对拒不消毒的经营户依法依规处理。
联系人：县动物疫病预防控制中心　邵景川，电话：0736-5821406。
附件：1. 鸭笼清洗消毒技术要点
2. 活禽市场鸭笼清洗消毒台账（样表）
圃溪县农业农村局
2025年2月17日
""",
    ),
    dict(
        slug="portal-yuchuan-notice-crab-trap-ban-wrapped",
        site="圉川县人民政府 (invented; a text dump of the portal page)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.yuchuan.gov.cn/xxgk/tzgg/202502/t20250226_51820.html",
        title="关于禁止在圃湖圉川水域使用违规蟹笼的通告",
        date="2025-02-26",
        notes="record title as is; text hard-wrapped at 56 columns; document number line neutral; 举报电话 in the "
        "body beside the portal's hotline; 成文日期 in Chinese numerals; 抄送 and 印发 lines",
        page="""
!m 圉川县人民政府　www.yuchuan.gov.cn
!a 无障碍浏览 ｜ 关怀版 ｜ 繁體
!m 位置：首页 ＞ 信息公开 ＞ 通知公告
{T}
!m 信息来源：县农业农村局　点击：1062　字号：[大][中][小]
圉农通〔2025〕3号
{BODY}
!a 【打印】　【关闭窗口】
!l 上一条：圉川县2025年春季动物防疫工作方案
!l 下一条：关于开展耕地种植用途核查的公告
!m 县长热线：0736-5912345　网站维护：圉川县信息中心
!m 湘ICP备06021775号-1
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
为养护圃湖渔业资源，保护中华绒螯蟹亲体和幼蟹，根据《中华人民共和国渔业法》等有关规定，现就禁止在圃湖圉川水域使用违规蟹笼有关事项通告如下：
一、自2025年3月1日起至6月30日止，圃湖圉川水域及入湖河口上溯500米范围内禁止投放各类蟹笼、地笼。
二、禁渔期外使用蟹笼的，网目尺寸不得小于5厘米，每户投放不得超过30只，并应在笼上悬挂标有户主姓名的浮标。
三、对违反本通告的，由渔政执法机构依法没收渔具，并处以罚款；构成犯罪的，移送司法机关依法追究刑事责任。
举报电话：0736-5930912（县渔政执法大队）。
特此通告。
圉川县农业农村局
二〇二五年二月二十六日
抄送：县公安局，县市场监管局，沿湖各乡镇人民政府。
圉川县农业农村局办公室　　2025年2月26日印发
""",
    ),
    dict(
        slug="news-genyuan-bamboo-duck-crate-exhibition",
        site="艮原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.genyuannews.cn/local/2025-06/11/content_770214.html",
        title="圉川竹编鸭笼进城办展 老手艺引来年轻人",
        record_title="圉川竹编鸭笼进城办展 老手艺引来年轻人_本地·区县_艮原新闻网",
        record_date="2025-06-11",
        date="2025-06-11",
        notes="news portal: app prompt glued before the lead, a photo caption between paragraphs, an editor line glued "
        "after the last sentence, a listen button and a 24-hour list; a sentence about scanning codes (content)",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>圉川竹编鸭笼进城办展 老手艺引来年轻人_本地·区县_艮原新闻网</title>
<script>window.GY_AD_SLOT=["top","right"];</script></head>
<body>
<div class="gy-top"><a href="/">⟦m 艮原新闻网⟧</a><span>⟦m 艮原日报社主管主办⟧</span> <a href="/app">⟦a 下载艮原新闻客户端⟧</a></div>
<nav class="gy-nav">⟦m 要闻 本地 区县 民生 文旅 视频 专题⟧</nav>
<div class="crumbs">⟦m 艮原新闻网 ＞ 本地 ＞ 区县⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 2025-06-11 08:46　来源：艮原日报　记者 占晓岚⟧</div>
<div class="listen">⟦a ▶ 听新闻（约2分钟）⟧</div>
<div class="txt">
{BODY}
</div>
<div class="share">⟦l 分享至 微信 朋友圈 微博⟧</div>
</article>
<aside><h4>⟦l 24小时热读⟧</h4><ol>
<li>⟦l 芈城区今夏新增三处口袋公园⟧</li><li>⟦l 艮原至圉川城际公交下月开通⟧</li><li>⟦l 禺山乡杨梅采摘季开启⟧</li></ol></aside>
<footer><p>⟦d 未经艮原新闻网书面授权，不得转载、摘编本网稿件。⟧</p><p>⟦m 互联网新闻信息服务许可证：43120170019　违法和不良信息举报：0736-5266110⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开艮原新闻APP，看更多区县新闻⟧6月10日，“圉川竹编鸭笼技艺展”在艮原市群众艺术馆开展，60余件竹编鸭笼、鸡罩、鱼篓等老物件吸引了不少市民驻足。
⟦m （图为展厅内陈列的竹编鸭笼。记者 占晓岚 摄）⟧
圉川县禺山乡是远近闻名的竹编之乡，过去家家户户编鸭笼卖给养鸭户。随着塑料笼普及，竹编鸭笼逐渐退出养殖市场，全乡会编的老艺人只剩下十几位。
“一只鸭笼要破篾、编底、收口，手快的一天也就编两只。”72岁的老艺人熊德茂一边演示一边介绍，展期内他每周六下午都会来现场教学。
不少年轻人在展台前用手机扫码了解鸭笼的编织步骤。据了解，禺山乡已将竹编鸭笼技艺申报县级非物质文化遗产，并在乡中心小学开设了竹编兴趣课。
展览将持续至7月10日，免费向市民开放。⟦m （责任编辑：岑可　审校：汪立夏）⟧
""",
    ),
    dict(
        slug="news-xingshan-online-night-patrol-shrimp-traps",
        site="硎山在线 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xingshanzx.com/shehui/20250423/118825.shtml",
        title="彬溪夜查：一晚清出违规虾笼二百余只",
        record_title="彬溪夜查：一晚清出违规虾笼二百余只 - 社会 - 硎山在线",
        date="2025-04-23",
        notes="byline with 发布时间 taken as the page's date; the report's own 举报 phone stays; a share bar glued after "
        "a 。, a listen button, a hot list and a copyright footer",
        page="""
!m 硎山在线 · 硎山人的新闻客厅
!m 频道：社会 ｜ 民生 ｜ 镇街 ｜ 图说
{T}
!m 发布时间：2025-04-23 09:12　来源：硎山在线　作者：麦小禾
!a 字号：A+ A-　｜　⊙ 语音播报
{BODY}
!m 【编审：龙一鸣】
!l 热点排行
!l 1 硎山县城区两条道路今起封闭施工
!l 2 靳家圩镇油菜花海迎来观赏期
!l 3 彬溪沿岸新添十公里健身步道
!d 硎山在线原创稿件，转载须经授权并注明来源。
""",
        indent="\u3000\u3000",
        body="""
4月22日晚8时，硎山县渔政执法大队联合彬溪沿岸两个镇的护渔队，对彬溪干流开展夜间巡查。
执法人员乘坐快艇沿河而下，手电光扫过水面，浮在岸边的塑料瓶下往往就拴着一串虾笼。“白天怕被看见，都是天黑下笼、天亮收笼。”执法队员甘祖明说。⟦l 转发本条：微信 ｜ 微博 ｜ 复制链接⟧
当晚共清理违规虾笼217只、地笼9条，放生小龙虾、青虾等约40公斤，现场查获一名正在收笼的男子，依法没收渔具并制作询问笔录。
据介绍，彬溪全年禁捕，任何单位和个人不得在干流投放虾笼。群众发现违规捕捞，可拨打县渔政执法大队电话0745-6290317举报。
""",
    ),
    dict(
        slug="forum-diaoke-post-shrimp-trap-pond-jammer",
        site="钓客汇论坛 (invented, Discuz-like anglers' forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.diaokehui.net/thread-603117-1-1.html",
        title="自家塘里下虾笼，这几点经验分享给大家",
        record_title="[渔具交流] 自家塘里下虾笼，这几点经验分享给大家（笼子实拍七张） - 渔具杂谈 - 钓客汇论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts (junk lines and junk glued after 。), a rating row, a signature and "
        "replies; the post time is relative (前天), so no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[渔具交流] 自家塘里下虾笼，这几点经验分享给大家（笼子实拍七张） - 渔具杂谈 - 钓客汇论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head>
<body>
<div id="toptb">⟦m 钓客汇论坛⟧　<a>⟦a 设为首页⟧</a> <a>⟦a 收藏本站⟧</a>　<a>⟦a 登录⟧</a> <a>⟦a 注册入会⟧</a></div>
<div id="pt">⟦m 钓客汇 › 渔具装备 › 渔具杂谈 › 帖子正文⟧</div>
<div class="ts"><span class="tags">⟦m [渔具交流]⟧</span> <h1 id="thread_subject">{T}</h1> <span>⟦m （笼子实拍七张）⟧</span></div>
<div class="hm">⟦m 浏览：3908 ｜ 跟帖：27⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 塘边老秦⟧</div><p>⟦m 钓龄 12 年　帖子 381　鱼币 2207⟧</p></td>
<td class="plc"><div class="authi">⟦m 楼主　发表于 前天 21:36　｜ 只看楼主 ｜ 倒序看帖⟧</div>
<div class="t_fsz" id="postmessage_8830172">
{BODY}
</div>
<div class="rate">⟦l 参与评分 4 人　鱼币 +12　“实用，收藏了”⟧</div>
<div class="sign">⟦m 签名：一竿一线一湖秋，老秦不在塘边就在去塘边的路上⟧</div>
<div class="po">⟦a 回复 引用 点赞 收藏 举报⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　芦苇荡：米糠拌鱼粉这招我也试过，确实好使⟧</div>
<div class="reply">⟦l 板凳　钓鱼佬阿坤：楼主的笼子哪里买的？求个链接⟧</div>
<div id="f_pst">⟦a 登录后才能跟帖，还没有账号？马上入会⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　钓客汇论坛　粤ICP备16042718号⟧　⟦m GMT+8, 2025-9-14 22:08⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
我家承包了一口三亩的鱼塘，塘边沟里青虾不少，去年开始试着下虾笼，摸索了一年，说几点体会。
第一，虾笼别买太密的。网眼太小，连指甲盖大的小虾都进去了，收上来一大半得放回去，费时又伤虾。我现在用的是网眼一厘米左右的折叠笼。
第二，诱饵很关键。试过猪肝、鱼肠、螺蛳肉，效果最好的是炒香的米糠拌一点鱼粉，装进笼里的饵料袋，傍晚下笼，第二天早上收。
第三，笼子要沉底放平，笼口顺着水流方向，入口别被水草缠住。
最后提醒一句，这些只适合自家塘口。河道、湖泊禁捕期千万别下，抓到是要罚款没收的。
""",
    ),
    dict(
        slug="forum-longshang-post-hay-fork-new-handle-junk",
        site="垄上人家论坛 (invented farming forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.longshangrj.com/forum/t-22817.html",
        title="给用了二十年的草叉换个新把",
        record_title="【老物件修复】给用了二十年的草叉换个新把 - 农具天地 - 垄上人家论坛",
        date=None,
        notes="text dump of a forum thread with anti-scraping junk lines and junk glued after 。; a relative post time "
        "(3 天前), replies and a login prompt; no date",
        page="""
!m 垄上人家论坛 — 种地的人说种地的事
!m 首页 › 农具天地 › 浏览主题
!t 【老物件修复】给用了二十年的草叉换个新把
!m 楼主：东坡种豆　｜　3 天前　｜　看过 1173　｜　回了 14
{BODY}
!m —— 本帖被 东坡种豆 改过一次 ——
!a 顶一下　踩一下　收进我的帖子夹
!l 2楼 青石板：銎口敲不出来的，可以先放炉子边烤一烤
!l 3楼 麦浪滚滚：白蜡木好，我家锹把也是这个
!a 想跟帖？先登录，没账号的点这里注册
!m 垄上人家论坛　苏ICP备19063321号
""",
        junk=dict(lines=2, glued=2),
        body="""
家里那把四齿草叉是父亲手上传下来的，叉头是老铁匠打的，二十多年了齿尖还很硬，就是木把前年裂了一道缝，今年秋天翻稻草时彻底断了。
新把我选的是白蜡木，村里木匠说这种木头韧性好，不容易折。先把旧把的残段从叉头的銎口里敲出来，銎口里的锈用砂纸打磨干净。
新把的一端削成和銎口一样的锥形，比试几次，要削到能插进去三分之二，再用锤子砸紧。最后从銎口侧面的小孔钉进一颗铆钉，防止叉头松脱。
装好后在把上刷了两遍桐油，晾了一个星期。现在用起来比原来还顺手，挑稻草、翻堆肥都没问题。
""",
    ),
    dict(
        slug="blog-laojiao-essay-window-latch-wont-close",
        site="老焦的五金小屋 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laojiaowujin.blog.example.net/2025/03/09/chuangshuan/",
        title="老窗户的窗栓为什么总插不上",
        record_title="修窗杂记｜老窗户的窗栓为什么总插不上 - 老焦的五金小屋",
        date="2025-03-09",
        notes="WordPress-like blog: a column prefix in the title, the post's 发表于 line as the page's date, a calendar "
        "widget, a tag cloud, an archive, prev/next links and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>修窗杂记｜老窗户的窗栓为什么总插不上 - 老焦的五金小屋</title>
<link rel="stylesheet" href="/wp-content/themes/plain/style.css"></head>
<body class="single">
<header><p class="site-title">⟦m 老焦的五金小屋⟧</p><p class="tagline">⟦m 拧了半辈子螺丝的人随便说说⟧</p>
<nav>⟦m 首页　修窗杂记　工具箱　关于老焦⟧</nav></header>
<main>
<article>
<p class="cat">⟦m 分类：修窗杂记⟧</p>
<h1 class="entry-title">{T}</h1>
<p class="posted">⟦m 老焦 发表于 2025-03-09 20:41 · 阅读 512 · 评论 6⟧</p>
<div class="entry-content">
{BODY}
</div>
<p class="tags">⟦l 标签：窗栓 合页 门窗五金 家装维修⟧</p>
<nav class="post-nav">⟦l « 推拉窗滑轮换新记⟧　⟦l 纱窗磁条到底好不好用 »⟧</nav>
<section class="comments"><h3>⟦l 已有六位看官留言⟧</h3>
<p>⟦l 阿梅说：按老焦的办法拧了合页，窗栓真插上了！⟧</p>
<div class="respond">⟦l 发表你的看法 昵称 邮箱 提交评论⟧</div></section>
</article>
</main>
<aside>
<div class="widget">⟦l 2025年三月 一 二 三 四 五 六 日⟧</div>
<div class="widget"><h4>⟦l 标签云⟧</h4>⟦l 窗栓 合页 玻璃胶 锁芯 滑轮 纱窗⟧</div>
<div class="widget"><h4>⟦l 往期存档⟧</h4><ul><li>⟦l 2025年二月（4）⟧</li><li>⟦l 2025年一月（3）⟧</li></ul></div>
</aside>
<footer>⟦d 本博文字为老焦原创，转载请带上小屋地址。⟧　⟦m 由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
干门窗维修十几年，被问得最多的一句话是：“师傅，我家窗栓怎么插不上了？”今天就专门说说这个事。
老房子的平开窗，窗栓插不上，八成不是窗栓坏了，而是窗扇下垂。合页用久了磨损，窗扇往下沉两三毫米，窗栓头就对不上窗框上的插孔。这时候换窗栓没用，要先把合页螺丝拧紧或者换合页。
第二种情况是插孔里积了灰和锈，窗栓插进去一半就卡住。用旧牙刷蘸点除锈剂刷一刷，再滴两滴缝纫机油，基本就顺了。
第三种才是窗栓本身的问题：弹簧断了、栓杆弯了。这种直接换新的，二三十块钱一个，自己拿螺丝刀就能换。
家里有小孩的，我建议顺手加装一个限位器，窗户最多只能推开十厘米，比单靠窗栓放心得多。
""",
    ),
]
