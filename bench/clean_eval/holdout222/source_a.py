"""holdout222, part A: 范文 sites, 文库 previews, county portals, news portals, forums.

Invented text written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-chuanbi-speech-car-seat-launch",
        site="椽笔范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.chuanbifw.com/jianghua/anquan/2025/0326/18874.html",
        title="在全县儿童乘车安全守护行动启动仪式上的讲话",
        record_title="【领导讲话·交通安全】在全县儿童乘车安全守护行动启动仪式上的讲话（精编2篇）_椽笔范文苑",
        date="2025-03-18",
        date_also=["2025-03-26"],
        notes="old table layout with marquee, font row, floating writer box, hot list and visitor counter; "
        "date under the speech title, the site's own date differs; a writer prompt glued after a sentence "
        "and a 'see the other piece' link between paragraphs; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【领导讲话·交通安全】在全县儿童乘车安全守护行动启动仪式上的讲话（精编2篇）_椽笔范文苑</title>
<link href="/css/chuanbi.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/tj.js"></script>
</head><body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="26" bgcolor="#EFEFEF"><font size="2">⟦m 椽笔范文苑——提笔有章法，落笔见真章⟧　<a href="#" onclick="this.style.behavior='url(#default#homepage)'">⟦a 设椽笔为主页⟧</a>　<a href="javascript:window.external.addFavorite('http://www.chuanbifw.com')">⟦a 把椽笔放进收藏夹⟧</a></font></td></tr>
<tr><td><marquee scrollamount="2" onmouseover="this.stop()">⟦l 今日上新：春耕备耕动员讲话6篇 ☆ 植树节义务植树倡议 ☆ 一季度安全形势分析会发言⟧</marquee></td></tr>
<tr><td bgcolor="#7A1F1F" height="30" align="center">⟦m <a href="/">椽笔首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/fangan/">计划方案</a> | <a href="/xinde/">心得感悟</a>⟧</td></tr>
<tr><td height="24">⟦m 您的位置：椽笔首页 &gt;&gt; 讲话致辞 &gt;&gt; 安全生产讲话 &gt;&gt; 阅读⟧</td></tr>
</table>
<table width="960" border="0" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center"><font color="#999999">⟦m 发布时间：2025-03-26　　编辑：椽笔小叶　　人气：2208⟧</font></td></tr>
<tr><td align="center">⟦a 字体：【特大】【大】【中】【小】　底色：【护眼绿】【原色】⟧</td></tr>
<tr><td align="center">涑川县人民政府副县长　韩立峰</td></tr>
<tr><td align="center">（2025年3月18日）</td></tr>
<tr><td class="content"><font size="3">
{BODY}
</font></td></tr>
<tr><td>⟦a 【复制本篇】【存为Word】【打印本页】【关闭】⟧</td></tr>
<tr><td>⟦l 上一篇：在全县春季森林防火工作会议上的讲话⟧<br>⟦l 下一篇：在校车安全管理工作推进会上的表态发言⟧</td></tr>
</table></td>
<td width="240" valign="top" bgcolor="#FAFAF0"><b>⟦l 本月热读⟧</b><br>
<a href="/a/1.html">⟦l ·道路交通安全集中整治动员讲话⟧</a><br>
<a href="/a/2.html">⟦l ·妇联主席在“六一”座谈会上的致辞⟧</a><br>
<a href="/a/3.html">⟦l ·平安校园建设推进会讲话提纲⟧</a></td></tr></table>
<div style="position:fixed;right:8px;bottom:60px;width:130px;border:1px solid #c00">⟦w 讲话稿量身定制 微信同号18977402315⟧</div>
<table width="960" align="center"><tr><td align="center"><font size="2">⟦d 本苑文章多为会员投稿，仅供写作参考，如涉版权请来函，核实后即删。⟧<br>⟦m 您是椽笔第 0417736 位访客　桂ICP备13007715号⟧</font></td></tr></table>
</body></html>
""",
        body="""
同志们：
今天，我们在这里启动全县儿童乘车安全守护行动。据县公安局交警大队统计，去年全县道路交通事故中受伤的12岁以下儿童有37人，其中多数乘车时没有使用儿童安全座椅。这组数字提醒我们，孩子的乘车安全一刻也不能放松。⟦w 同题讲话稿代写请加椽笔老师QQ：2874016653⟧
一、把安全座椅当成必需品。儿童安全座椅不是可有可无的配件，而是孩子在车上的“生命座位”。各乡镇、各部门要通过家长会、村广播和宣传栏，把正确选用、正确安装的知识送到每个有孩子的家庭。
⟦a 本篇为第1篇，点此跳转第2篇 ＞＞⟧
二、把检查服务送到家门口。县交警大队、县妇联要联合汽车维修企业，在埯田、堌口等人口较多的乡镇设立免费检测点，帮助家长检查座椅安装是否牢固。
三、把困难家庭放在心上。县慈善总会今年筹集资金30万元，为低保家庭和留守儿童家庭免费配发安全座椅600个，要确保发到最需要的孩子手中。
同志们，守护孩子就是守护未来。希望大家齐心协力，让每一个孩子都平平安安出门、高高兴兴回家！
""",
    ),
    dict(
        slug="fanwen-moqi-insight-camp-volunteer",
        site="墨畦范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.moqifanwen.com/xinde/zhiyuan/70213.html",
        title="参加露营地帐篷安全志愿服务的心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; no date (a 'collected 3 days ago' stamp only); "
        "a ghost-writer WeChat id glued after a sentence; a member line between paragraphs",
        page="""
!m 墨畦范文网 · 耕好每一篇
!m 当前所在：墨畦首页 ＞ 心得感悟 ＞ 志愿服务心得
{T}
!m 收录于3天前　　热度 1486　　字数 约400字
!a 〔一键拷走全文〕〔转成Word〕〔收进我的书桌〕
{BODY}
!a 会员可解锁本文后两段及另外3篇同题范文，开通仅需9.9元
!l 同类推荐：社区志愿服务心得（通用5篇）｜ 参加文明劝导志愿活动有感 ｜ 暑期三下乡实践收获
!d 墨畦范文网内容均由网友提供，仅作学习参考，转载须注明出处。
!m 墨畦范文网 moqifanwen.com　滇ICP备20031187号-3
""",
        indent="\u3000\u3000",
        body="""
五一假期，我报名参加了县团委组织的露营地安全志愿服务，在渌岭县嵯家村河滩露营地值守了三天。三天里，我和队友们每天巡查两遍帐篷区，提醒游客把帐篷搭在离河道二十米以外的高地上，并帮忙加固了四十多顶被风吹歪的帐篷。
这次服务让我体会最深的，是安全提醒要说到点子上。⟦w 心得体会代写、润色，微信：moqi_wen66⟧起初我只会说“注意安全”，游客听了点头就忘；后来我学着讲具体的：地钉要斜着打进土里，风绳要拉紧，帐篷里不能点炭炉。说得越具体，大家越愿意听。
⟦a 以下内容仅限墨畦会员阅读，已为您临时展开⟧
我也看到了自己的不足。有一次游客问我帐篷防雨等级怎么看，我答不上来，只好请教带队的老师。今后我要多学一些户外安全知识，把志愿服务做得更专业，让更多人安全、放心地亲近自然。
""",
    ),
    dict(
        slug="wenku-xiqi-survey-car-seat-usage",
        site="栖簃文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.qiyiwenku.com/view/7c31e0a4b8.html",
        title="关于崚州市儿童安全座椅使用情况的调研报告",
        record_title="关于崚州市儿童安全座椅使用情况的调研报告 - 栖簃文库",
        date="2025-05-12",
        notes="文库 reader: viewer toolbar, page-marker paragraphs ⎛n⎞ cutting sentences, a data table one row a "
        "paragraph, monthly-card paywall, upload notice; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>关于崚州市儿童安全座椅使用情况的调研报告 - 栖簃文库</title>
<meta name="description" content="关于崚州市儿童安全座椅使用情况的调研报告，共5页">
<script src="/static/reader.min.js"></script>
</head><body>
<header class="topbar"><a class="logo" href="/">⟦m 栖簃文库⟧</a><input placeholder="搜文档、找范本"><a href="/card">⟦a 办月卡，全站文档随便下⟧</a><a href="/login">⟦a 登录 · 注册账号⟧</a></header>
<nav class="crumbs">⟦m 栖簃文库 › 报告总结 › 调研报告 › 社会民生⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 贡献者：ssk***07　｜　5页　｜　约2100字　｜　3.8分⟧</p></div>
<div class="viewer-bar">⟦a 放大 缩小 全屏阅读 页面跳转⟧</div>
<div class="reader">
{BODY}
</div>
<div class="paywall"><p>⟦a 还有3页没看完，用月卡即可继续阅读并下载⟧</p><button>⟦a 立即开通月卡⟧</button></div>
<div class="notice">⟦d 本文档由栖簃用户自行上传，平台仅提供存储与展示，如内容侵权请提交申诉。⟧</div>
<aside><h4>⟦l 看过这篇的人还看了⟧</h4><ul><li>⟦l 校车安全管理调研报告（修订稿）⟧</li><li>⟦l 农村留守儿童安全状况调查⟧</li><li>⟦l 道路交通安全宣传进校园活动总结⟧</li></ul></aside>
<footer>⟦m 栖簃文库 qiyiwenku.com　浙ICP备22019034号-1⟧</footer>
</body></html>
""",
        p_html='<p class="ln">{}</p>',
        pages=dict(fmt="⎛{n}⎞", every=150, start=2),
        body="""
今年3月至4月，市妇联会同市公安局交警支队，通过问卷调查、路口观察和家长座谈，对全市儿童安全座椅使用情况进行了调研，共回收有效问卷1862份，在12个路口观察私家车643辆。现将有关情况报告如下。
一、基本情况
调查显示，家中有私家车的受访家庭中，已购买儿童安全座椅的占58.4%，但每次乘车都使用的只占31.2%。路口观察情况如下：
区域　观察车辆　使用座椅　使用率
嵎湖区　236辆　97辆　41.1%
城郊乡镇　251辆　58辆　23.1%
县城　156辆　44辆　28.2%
二、主要问题
一是“买了不用”较为普遍，不少家长认为短途不需要；二是安装不规范，座椅接口未卡紧、安全带穿错位置的情况较多；三是农村家庭购买能力和意识都偏弱。
三、几点建议
建议将安全座椅知识纳入幼儿园家长课堂，在乡镇设立公益检测点，并推动出台地方性鼓励措施。
崚州市妇女联合会
2025年5月12日
""",
    ),
    dict(
        slug="wenku-qianzhi-plan-running-shoes-pdf",
        site="千帙文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.qianzhiwk.cn/p-58820417.html",
        title="洙阳县第二中学2025年秋季阳光长跑活动实施方案",
        record_title="洙阳县第二中学2025年秋季阳光长跑活动实施方案.pdf",
        date="2025-09-01",
        notes="file-name record title; hard-wrapped at 60 columns; page markers ⍇n⍈ glued to the continuation "
        "line; 成文日期 under the signature",
        page="""
!m 千帙文库 > 教育教学 > 体育工作
{T}
!m 页数：4　　大小：312KB　　格式：PDF　　上传于 2025-09-09
!a 〖在线预览〗〖整本下载 ¥3.5〗〖加入书架〗
{BODY}
!a 预览仅显示前2页，剩余内容请下载原文件后查看
!d 千帙文库所有文档均由用户上传，版权归原作者，若有不妥请联系客服处理。
!l 相关文档：冬季长跑活动方案.doc｜校园体育节策划书.docx｜课间操评比细则.pdf
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="⍇{n}⍈", every=110, start=2, glue=True),
        body="""
为增强学生体质，养成坚持锻炼的习惯，学校决定在2025年秋季学期开展阳光长跑活动，特制定本方案。
一、活动时间
9月15日至12月31日，每周一至周五下午第三节课后，每次不少于25分钟。
二、跑量安排
初一年级每天跑2000米，初二、初三年级每天跑2500米，由体育组按年级划分跑道和时段。
三、装备要求
参加长跑的学生须穿合脚的跑步鞋，鞋底应有一定弹性和防滑纹路，不得穿皮鞋、凉鞋、拖鞋或鞋底磨平的旧鞋参加。家庭确有困难的学生，可向班主任说明，学校将统一配发跑鞋。
四、安全保障
校医每天在操场值守，班主任随班陪跑；身体不适的学生须提前报告，不得勉强参加。
洙阳县第二中学
2025年9月1日
""",
    ),
    dict(
        slug="gov-sushuan-notice-car-seat-spot-check",
        site="涑川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.suchuan.gov.cn/art/2025/6/24/art_1207_55812.html",
        title="涑川县市场监督管理局关于2025年儿童安全座椅产品质量监督抽查情况的通告",
        record_title="涑川县市场监督管理局关于2025年儿童安全座椅产品质量监督抽查情况的通告_质量监管_涑川县人民政府",
        date="2025-06-20",
        date_also=["2025-06-24"],
        notes="modern county portal: 关爱版/读屏/English links, 索引号 table with the 文号 cell unmarked, "
        "a 纠错 line and a 12345 line beside the notice's own 联系人/电话; a data table, 附件 list, 抄送 and 印发 lines",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>涑川县市场监督管理局关于2025年儿童安全座椅产品质量监督抽查情况的通告_质量监管_涑川县人民政府</title>
<script src="/js/jquery-3.6.min.js"></script><script>var zwfw_site='suchuan';</script>
</head><body>
<div class="tool-bar"><a href="/care">⟦a 关爱版⟧</a> <a href="javascript:;" id="readScreen">⟦a 开启读屏⟧</a> <a href="/en">⟦a EN⟧</a> <a href="/login">⟦a 个人中心⟧</a></div>
<div class="header"><img alt="" src="/img/logo.png"><span>⟦m 涑川县人民政府⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进涑川⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="location">⟦m 当前位置：首页 › 政务公开 › 部门信息 › 县市场监管局 › 质量监管⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11331025MB1A7S-2025-00941⟧</td><td>⟦m 主题分类：质量技术监督⟧</td></tr>
<tr><td>⟦m 发布机构：涑川县市场监督管理局⟧</td><td>涑市监通〔2025〕7号</td></tr>
<tr><td>⟦m 成文日期：2025-06-20⟧</td><td>⟦m 公开日期：2025-06-24⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="art-info">⟦m 来源：县市场监管局　浏览次数：317⟧　<a href="javascript:window.print()">⟦a 打印正文⟧</a>　<a>⟦a 关闭本页⟧</a></div>
<div class="art-con">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="jiucuo">⟦m 如发现本页内容有误，请拨打网站纠错电话 0856-7712300⟧</div>
<div class="prev-next"><p>⟦l 上一条：涑川县2025年电动自行车充电器质量抽查结果公示⟧</p><p>⟦l 下一条：县市场监管局开展“放心消费进乡村”活动⟧</p></div>
</div>
<div class="footer"><p>⟦m 主办单位：涑川县人民政府办公室　承办：涑川县大数据发展中心⟧</p><p>⟦m 政务服务便民热线：12345　网站标识码：5227250018⟧</p><p>⟦m 黔ICP备09004117号　黔公网安备52272502000113号⟧</p></div>
</body></html>
""",
        body="""
为保障儿童乘车安全，县市场监督管理局于2025年5月组织开展了儿童安全座椅产品质量监督抽查。本次共抽查县内销售企业9家、产品15批次，合格13批次，不合格2批次，批次合格率86.7%。不合格产品情况如下：
产品名称　标称生产企业　规格型号　不合格项目
儿童汽车安全座椅　崚州童护安全用品有限公司　TH-08　动态试验
儿童汽车安全座椅　渫源宝途婴童用品厂　BT-3A　阻燃性能
对抽查不合格的产品，县市场监督管理局已责令销售企业立即停止销售，并依法进行处理。请广大消费者购买时认准3C认证标志，发现问题可向本局反映。
联系人：杨晓岚　联系电话：0856-7716042
附件：1.儿童安全座椅产品质量监督抽查合格产品名单
2.儿童安全座椅产品质量监督抽查不合格产品名单
涑川县市场监督管理局
2025年6月20日
抄送：县政府办，县公安局交警大队，县妇联。
涑川县市场监督管理局办公室　2025年6月20日印发
""",
    ),
    dict(
        slug="gov-zhuyang-notice-grill-fire-ban-wrapped",
        site="洙阳县人民政府门户网站 (invented, text copy)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.zhuyang.gov.cn/zwgk/tzgg/202510/t20251028_771204.html",
        title="洙阳县森林防火指挥部关于秋冬季林区禁止使用烧烤架等野外用火的通告",
        record_title="【防火期通告】洙阳县森林防火指挥部关于秋冬季林区禁止使用烧烤架等野外用火的通告 - 洙阳县人民政府",
        date="2025-10-27",
        date_also=["2025-10-28"],
        notes="county portal text: hard-wrapped at 62 columns; 成文日期 in Chinese numerals; the site's own date differs; "
        "the document's 举报电话 beside the site's service line; 抄送 line",
        page="""
!m 洙阳县人民政府　www.zhuyang.gov.cn
!a 无障碍阅读　|　长者模式　|　简/繁
!m 首页 > 政务公开 > 通知公告
{T}
!m 发布日期：2025-10-28 09:12　来源：县应急管理局　访问量：1,209
!a 【打印此页】【字号：大 中 小】【关闭窗口】
洙森防指〔2025〕4号
{BODY}
!l 相关稿件：全县秋冬季森林防火工作视频会议召开 ｜ 洙阳县野外用火管理办法（试行）
!m 网站服务热线：0871-6610025（工作日 8:30—17:30）
!m 主办：洙阳县人民政府办公室　滇ICP备05011842号　网站识别码：5325280031
""",
        wrap=62,
        indent="\u3000\u3000",
        body="""
当前已进入秋冬季森林防火期，天干物燥，野外火源管控形势严峻。为切实保护森林资源和人民群众生命财产安全，现就有关事项通告如下：
一、自2025年11月1日至2026年4月30日，全县林区及林缘五百米范围内，禁止使用烧烤架、炭炉、卡式炉等一切野外用火器具，禁止搭灶生火、野炊烧烤。
二、各景区、农家乐、露营地不得在上述范围内提供烧烤架租赁和烧烤服务，已经摆放的烧烤设施须在10月31日前撤离。
三、对违反本通告的，由林业、公安等部门依法查处；引发森林火灾的，依法追究法律责任。
森林火情举报电话：0871-6618119
洙阳县森林防火指挥部
二〇二五年十月二十七日
抄送：县林业和草原局、县公安局、各乡（镇）人民政府。
""",
    ),
    dict(
        slug="news-lingzhou-shoes-export-orders",
        site="崚州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lingzhounews.cn/xw/jj/202504/t20250416_98231.html",
        title="堌口镇制鞋企业跑步鞋订单排到七月",
        record_title="堌口镇制鞋企业跑步鞋订单排到七月｜崚州新闻网·经济",
        date="2025-04-16",
        notes="news portal: an app prompt glued before the lead, a listen button, photo captions between "
        "paragraphs, an editor line glued after the last paragraph, a 24-hour list; byline 发布时间 is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>堌口镇制鞋企业跑步鞋订单排到七月｜崚州新闻网·经济</title>
<meta property="og:site_name" content="崚州新闻网">
<script async src="/ad/slot.js"></script>
</head><body>
<div class="top"><span>⟦m 崚州新闻网　崚州日报社主办⟧</span><a>⟦a 下载崚州新闻客户端⟧</a><a>⟦a 电子报⟧</a></div>
<nav><a>⟦m 要闻⟧</a><a>⟦m 时政⟧</a><a>⟦m 经济⟧</a><a>⟦m 民生⟧</a><a>⟦m 县区⟧</a><a>⟦m 视频⟧</a></nav>
<div class="crumb">⟦m 崚州新闻网 > 经济 > 县域经济⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-04-16 07:58　来源：崚州日报　记者：邬晴 通讯员：符家宁⟧</div>
<div class="listen">⟦a 点击收听本文⟧</div>
<div class="txt">
{BODY}
</div></article>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 崚州至嵎湖城际公交本周五开通⟧</li><li>⟦l 全市春季招聘会提供岗位1.2万个⟧</li><li>⟦l 洙阳县油菜花海迎来最佳观赏期⟧</li></ol></div>
<div class="adslot">⟦d 广告⟧</div>
<footer><p>⟦d 未经崚州日报社书面授权，不得转载、摘编本网稿件。⟧</p><p>⟦m 互联网新闻信息服务许可证：45120190017　违法和不良信息举报：0774-2890110⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开崚州新闻APP，阅读体验更佳⟧4月15日，在堌口镇工业园区的崚州步云鞋业有限公司，三条生产线正满负荷运转，工人们忙着给一双双跑步鞋粘底、压合、质检。“今年的订单已经排到了7月，比去年同期多了四成。”公司负责人郑宏远说。
⟦m 图为步云鞋业工人在检查跑步鞋鞋底粘合情况。记者 邬晴 摄⟧
订单增长的背后是产品升级。去年以来，企业投入600万元改造生产线，新开发的减震跑鞋鞋底重量减轻了18%，通过了第三方耐磨测试，受到国内多家跑步俱乐部的青睐。
⟦m 图为新款跑步鞋展示区。⟧
目前，堌口镇已聚集制鞋及配套企业27家，从业人员3100余人。镇里正在建设鞋材检测中心，计划年内投入使用，帮助企业就近完成耐磨、防滑等检测。⟦m 责任编辑：廖一凡⟧
""",
    ),
    dict(
        slug="news-jiashui-trekking-pole-rental",
        site="泇水在线 (invented, county news portal, text copy)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jiashuizx.com/news/shehui/2025-05-03/41127.html",
        title="崒云山景区增设12个登山杖免费借用点",
        record_date="2025-05-03",
        date="2025-05-03",
        notes="record gives title and date as is; a follow prompt glued before the lead; a photo caption "
        "between paragraphs; a reporter line and related links at the bottom",
        page="""
!m 泇水在线 · 泇水人自己的新闻网
!m 首页 > 社会 > 文旅
{T}
!m 2025-05-03 18:26　来源：泇水在线　作者：骆小棠
!a 分享：微信好友 / 朋友圈 / 复制链接
{BODY}
!m （记者 骆小棠 实习生 覃悦）
!l 相关新闻：
!l ·崒云山景区五一首日接待游客1.6万人次
!l ·泇水县开通两条乡村旅游专线
!d 泇水在线版权所有，转载请联系本网并注明来源
""",
        body="""
⟦a 关注“泇水在线”，第一时间看家乡新闻⟧5月1日起，崒云山景区在游客中心、半山亭、观云台等处增设12个登山杖免费借用点，游客扫码登记后即可借用，下山时在任一借用点归还。
“山路台阶多，老人和孩子爬到一半就没劲了，拄根登山杖能省不少力。”景区管理处主任卢建勋介绍，首批投放的600根登山杖均为铝合金可伸缩款，杖尖加装了橡胶套，防止在石阶上打滑。
⟦m 图为游客在半山亭借用点领取登山杖。⟧
五一假期前两天，借用点共借出登山杖1700余人次，归还率超过97%。景区还安排工作人员每天检查杖身和锁扣，发现松动、弯折的及时更换。
""",
    ),
    dict(
        slug="forum-talan-poles-choice-jammer",
        site="踏岚户外论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.talanhw.com/thread-208417-1-1.html",
        title="用了五年登山杖，说说铝合金和碳纤维怎么选",
        record_title="[装备杂谈] 用了五年登山杖，说说铝合金和碳纤维怎么选 - 徒步装备区 - 踏岚户外论坛",
        date=None,
        notes="Discuz-like thread: poster box, rating row, signature, replies; jammer fonts inside the post; "
        "posted '3 天前' only: no date",
        page="""
<html><head><meta charset="gbk">
<title>[装备杂谈] 用了五年登山杖，说说铝合金和碳纤维怎么选 - 徒步装备区 - 踏岚户外论坛</title>
<script src="static/js/common.js?Vx2"></script>
<style>.jammer{color:#fff;font-size:0px}</style>
</head><body>
<div id="toptb">⟦m 踏岚户外论坛 — 一起走更远的路⟧　<a>⟦a 快捷登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 踏岚户外论坛 › 户外装备 › 徒步装备区 › 查看帖子⟧</div>
<div class="pls"><div class="pi">⟦m 风过垭口⟧</div><p>⟦m 金牌驴友　帖子 1342　积分 5710⟧</p></div>
<div class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序看帖⟧</div>
<table><tr><td class="t_f" id="postmessage_7710431">
{BODY}
</td></tr></table>
<div class="rate">⟦l 参与人数 6　体力 +18　收起理由：干货满满⟧</div>
<div class="sign">⟦m 走过的路都算数——风过垭口的签名⟧</div>
<div class="po">⟦a 回复 支持(41) 反对(0) 收藏 举报⟧</div></div>
<div class="reply"><p>⟦l 沙发：山里的兔子 发表于 2 天前⟧</p><p>⟦l 碳杖去年在石缝里别断过一根，楼主说得太对了⟧</p></div>
<div id="fastpost">⟦a 登录后方可参与讨论，还没有账号？马上注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　踏岚户外论坛 版权所有⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
从第一次走野线到现在，我前后用过四副登山杖，铝合金两副，碳纤维两副。常有新人问该买哪种，今天一次说清楚。
先说铝合金。它的优点是皮实，磕了碰了顶多弯一点，还能掰回来继续用；缺点是重，一根通常在二百五十克上下，走一天手臂会酸。
再说碳纤维。碳杖轻，一根能做到一百八十克以内，长距离徒步省力不少；但它怕侧向受力，卡进石缝里一别，可能直接断掉，而且价格贵一倍多。
我的建议是：刚入门、常走碎石路和野线的，买铝合金；有经验、常走修好的步道、追求轻量的，再考虑碳纤维。不管哪种，锁扣一定要选外锁的，冬天戴着手套也好调。
""",
    ),
    dict(
        slug="forum-lubian-grill-cleaning-junk",
        site="炉边烤友论坛 (invented, text copy)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.lubiankaoyou.com/forum.php?mod=viewthread&tid=33105",
        title="烧烤架烤完别急着收，这样清洗能多用好几年",
        record_title="〖烤友心得〗烧烤架烤完别急着收，这样清洗能多用好几年（附小苏打用量）- 炉边烤友论坛",
        date=None,
        notes="forum text copy: junk lines and junk glued after 。; poster line with '昨天 21:14' only; replies",
        page="""
!m 炉边烤友论坛 › 器具保养 › 帖子详情
!m 查看：6211 ｜ 回复：38
{T}
!m 楼主：火候老周　　昨天 21:14　　来自 手机版
{BODY}
!a 觉得有用就点个赞 ↑　　收藏本帖　　分享给烤友
!l 2# 小炭炉：小苏打那招试过，确实好用
!l 3# 烤串少年：铸铁的也能这样洗吗？
!l 4# 火候老周：铸铁的别泡水，擦干抹油就行
!a 您还没有登录，登录后可以回复楼主
!m 炉边烤友论坛 © 2019-2025　粤ICP备19066381号
""",
        junk=dict(lines=2, glued=3),
        body="""
烤了七八年串，家里的烧烤架换过三个，总结出一个经验：架子坏得快，多半是烤完没洗干净。分享一下我的清洗办法。
第一步，趁热刷。炭火刚灭、架子还温热的时候，用铜丝刷顺着网格刷一遍，焦渣最容易掉。等凉透了，油垢就结成硬壳了。
第二步，泡。找个大盆，温水里放两勺小苏打，把烤网整个泡进去，半小时后再用海绵擦，缝里的油一抹就掉。
第三步，擦干上油。洗完一定要擦干，再薄薄抹一层食用油，放在通风处晾着，不然下次拿出来准生锈。
炭盆里的灰也要倒掉，灰吸了潮气会腐蚀盆底。按这个办法，我现在用的这个架子已经第四年了，还跟新的差不多。
""",
    ),
]
