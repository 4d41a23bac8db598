"""holdout337, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-moqi-speech-aquarium-industry-html",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqi-fw.com/jianghua/chanye/2025/0320/11874.html",
        title="在全县水族器材产业发展座谈会上的讲话",
        record_title="【县长讲稿】在全县水族器材产业发展座谈会上的讲话（2025新版·稍改即用）_墨畦范文网",
        date="2025-03-14",
        date_also=["2025-03-20"],
        notes="old gb2312 table page: marquee, font-size row, floating ghost-writer QQ box, hot list, visitor counter; "
        "speaker and date lines under the title (neutral); a writing-service line between paragraphs and a collect link glued after 。",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【县长讲稿】在全县水族器材产业发展座谈会上的讲话（2025新版·稍改即用）_墨畦范文网</title>
<meta name="keywords" content="座谈会讲话,水族器材,增氧泵,产业发展">
<link href="/skin/moqi.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/floatqq.js"></script>
<script language="javascript">function zoom(s){document.getElementById('wz').style.fontSize=s+'px';}</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="62"><font size="5" color="#7a1f1f"><b>⟦m 墨畦范文网⟧</b></font> <font color="#888888">⟦m 一亩墨田，四季收好文⟧</font></td>
<td align="right">⟦a <a href="/user/login.asp">会员登入</a> | <a href="/user/reg.asp">注册新会员</a>⟧　⟦a <a href="#">把墨畦放进收藏夹</a>⟧</td></tr>
<tr><td colspan="2" bgcolor="#7a1f1f" height="28">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得体会</a> | <a href="/zhuchi/">主持串词</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦m 墨畦范文网天天上新讲话、总结、计划，老朋友们记得常回来逛逛！⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您所在的位置：<a href="/">墨畦范文网</a> &gt;&gt; <a href="/jianghua/">领导讲话</a> &gt;&gt; 产业发展类⟧</div>
<h1 align="center">{T}</h1>
<p align="center">县委副书记、县长　郁望舒</p>
<p align="center">（2025年3月14日）</p>
<div align="center" class="info">⟦m 发布时间：2025-03-20　来源：网友投稿　人气：<span id="hits">3172</span>⟧</div>
<div align="center">⟦a 〔字号调整：<a href="javascript:zoom(18)">特大</a> <a href="javascript:zoom(16)">大</a> <a href="javascript:zoom(14)">中</a> <a href="javascript:zoom(12)">小</a>〕⟧</div>
<div id="wz" class="content" style="font-size:14px;line-height:200%">
{BODY}
</div>
<div class="fenye">⟦l 上一篇：在全县文旅产业招商推介会上的致辞⟧<br>⟦l 下一篇：在县域特色产业集群建设推进会上的表态发言⟧</div>
</td>
<td width="250" valign="top">
<table width="100%" border="1" bordercolor="#dddddd"><tr><td bgcolor="#f3e9e9"><b>⟦l 本栏热门讲话⟧</b></td></tr>
<tr><td>⟦l ·在全县招商引资工作会议上的讲话⟧<br>⟦l ·在民营企业家座谈会上的讲话（3篇）⟧<br>⟦l ·在工业经济运行调度会上的讲话⟧</td></tr></table>
</td></tr></table>
<div id="floatqq" style="position:absolute;right:6px;top:220px;width:120px">⟦w 讲稿赶不出？墨畦笔杆一对一代拟 QQ：2736604185⟧</div>
<table width="960" align="center"><tr><td align="center" bgcolor="#eeeeee">
⟦d 本站文章均由网友投稿或整理，仅作写作参考，转载请保留出处。⟧<br>
⟦m 墨畦范文网 版权所有 2009-2025　晋ICP备09017726号⟧<br>
⟦m 您是本站第 0308561 位访客⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天，我们请县内十二家水族器材企业的负责人坐在一起，就是想听听大家的心里话，共同研究怎样把增氧泵这个“小产品”做成富民强县的“大产业”。
我县水族器材产业起步于上世纪九十年代，现有生产企业43家，去年增氧泵产量达到1860万台，约占全国同类产品的三分之一。但也要看到，我们的产品多数集中在中低端，静音、节能等关键指标与一流品牌相比还有差距，企业各自为战、同质化竞争的问题比较突出。⟦a [收藏这篇讲话]⟧
⟦w 讲话稿要得急？墨畦写手当天出稿，加QQ 2736604185⟧
下面，我讲三点意见。一要抓创新，支持龙头企业联合高校建设增氧泵噪声与能效实验室。二要抓品牌，推动“茚川增氧泵”集体商标注册，统一质量标准。三要抓服务，县里建立企业诉求“一张单”，做到件件有回音。
同志们，产业兴则县域兴。希望大家坚定信心、抱团发展，共同把我县水族器材产业推上新台阶！
""",
    ),
    dict(
        slug="fanwen-wendu-insight-dog-toothbrush-training",
        site="文牍集市网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wendujishi.com/xinde/peixun/2025/20931.html",
        title="宠物店新员工犬只口腔护理培训心得体会",
        record_title="宠物店新员工犬只口腔护理培训心得体会 - 心得体会频道 - 文牍集市网（3篇选1）",
        date=None,
        notes="decorated record title (column and site suffix, a 'pick one of three' aside); an update stamp '3 天前' is no date; "
        "a writing-service prompt glued after a 。 and a login prompt for the rest",
        page="""
!m 文牍集市网 · 公文范文随手翻
!m 位置：首页 / 心得体会 / 培训心得
!t 宠物店新员工犬只口腔护理培训心得体会（3篇选1）
!m 整理：集市小编　更新：3 天前　浏览 1,204
!a ［复制全文］［存成Word］［发到我的邮箱］
{T}
{BODY}
!a 另外2篇同题范文，登录会员后展开阅读
!l 延伸阅读：美容助理岗前培训心得　｜　宠物店员工服务礼仪培训体会　｜　犬猫洗护实操培训总结
!d 文牍集市网所载范文来自网友分享，仅供参考借鉴，请勿整篇照搬。
!m 文牍集市网 wendujishi.com　苏ICP备18066213号-3
""",
        indent="\u3000\u3000",
        body="""
上个月，店里安排我们新入职的五名美容助理参加了为期两天的犬只口腔护理培训。培训由合作宠物医院的牙科医生授课，讲了狗狗牙结石的成因、狗牙刷的挑选和正确的刷牙手法，还安排了实操练习。
第一点体会是，刷牙不是“顺手一刷”的小事。医生说，三岁以上的狗狗大多有不同程度的牙周问题，不少主人却以为啃骨头就能清洁牙齿。我们在店里多说一句、多示范一次，就可能让狗狗少受一次拔牙之苦。⟦w 心得写不出来？专人代笔，微信搜 wdjishi_666⟧
第二点体会是，工具要分犬使用。狗牙刷必须一犬一刷，用后冲净、晾干，做好标记，绝不能为了省事混用。小型犬用指套牙刷，大型犬用双头长柄牙刷，牙膏只能用宠物专用的。
第三点体会是，要有耐心。第一次给狗狗刷牙，它往往会躲闪，要先让它舔一舔牙膏、熟悉牙刷，再从门牙慢慢过渡到后牙，每次不超过两分钟。
今后，我会把学到的方法用到每一次护理中，也会主动向顾客讲解居家刷牙的要领。
""",
    ),
    dict(
        slug="wenku-jingye-research-cat-board-pdf-markers-html",
        site="鲸页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.jingyewk.com/doc/6630518842.html",
        title="关于蒇阳县瓦楞纸猫抓板加工企业发展情况的调研报告",
        record_title="关于蒇阳县瓦楞纸猫抓板加工企业发展情况的调研报告.pdf",
        date="2025-06-18",
        notes="file-name record title; a 文库 reader with a viewer toolbar and a paywall; page markers '☈ n ☈' as HTML "
        "paragraphs cutting sentences; upload date is no date; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于蒇阳县瓦楞纸猫抓板加工企业发展情况的调研报告.pdf-鲸页文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__DOC__={id:"6630518842",pages:6,free:2};</script>
<link rel="stylesheet" href="/static/reader.8c1f.css">
</head><body>
<header class="jy-top"><a class="logo" href="/">⟦m 鲸页文库⟧</a><span class="slogan">⟦m 深海里捞好文档⟧</span>
<form class="so"><input placeholder="搜索文档、作者"><button>⟦a 搜一下⟧</button></form>
<a href="/vip">⟦a 鲸卡会员 畅读百万文档⟧</a> <a href="/login">⟦a 登录 / 注册鲸页⟧</a></header>
<nav class="crumbs">⟦m <a href="/">首页</a> › <a href="/c/baogao">报告材料</a> › <a href="/c/diaoyan">调研报告</a>⟧</nav>
<div class="doc-head"><h1>⟦t 关于蒇阳县瓦楞纸猫抓板加工企业发展情况的调研报告.pdf⟧</h1>
<p class="meta">⟦m 上传者：chen***17　上传于 2025-07-02　共 6 页　PDF　412 KB⟧</p>
<div class="toolbar">⟦a 适应宽度　放大　缩小　全屏阅读⟧</div></div>
<div class="reader" id="reader">
{BODY}
</div>
<div class="paywall">⟦a 免费预览到此为止，还有 4 页，开通鲸卡即可接着看⟧ <a class="buy">⟦a 单篇购买 ￥5.80⟧</a></div>
<aside class="side"><h4>⟦l 看过此文的人还在看⟧</h4><ul>
<li>⟦l 宠物用品产业园建设可行性研究报告⟧</li><li>⟦l 关于县域纸制品企业转型升级的调研⟧</li><li>⟦l 特色小微企业发展情况调研报告（范本）⟧</li></ul></aside>
<footer>⟦d 鲸页文库内的文档由用户上传，平台仅提供存储与展示，如有侵权请通过举报入口反馈。⟧<br>⟦m © 2025 鲸页文库　沪ICP备21049377号-2⟧</footer>
</body></html>
""",
        pages=dict(fmt="☈ {n} ☈", every=150, start=2),
        body="""
为摸清全县猫抓板加工企业的发展现状，县工业和信息化局于今年5月组成调研组，走访了蒇桥镇、淛湾镇的17家企业，召开座谈会3次。现将调研情况报告如下。
一、基本情况
全县现有瓦楞纸猫抓板加工企业及作坊31家，从业人员约1400人，2024年产量约2600万片，产值约3.1亿元，产品七成以上通过电商平台销往各地。
二、存在的问题
一是原料依赖外购，瓦楞纸价格波动直接压缩利润；二是多数作坊仍靠手工压合，胶水气味重，环保压力较大；三是产品外观雷同，缺少自有品牌。
三、几点建议
（一）建设共享压合车间，统一使用无醛玉米淀粉胶。（二）引导企业与设计院校合作开发新品。（三）组织企业抱团参加宠物用品展会，培育区域公用品牌。
蒇阳县工业和信息化局调研组
2025年6月18日
""",
    ),
    dict(
        slug="wenku-shudu-plan-heater-wrapped-glued-markers",
        site="书蠹文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://shudu-wk.cn/p/2025-0911-55208.html",
        title="生物实验室水族箱温控棒安全使用管理方案",
        record_title="生物实验室水族箱温控棒安全使用管理方案（WORD可改·共3页）",
        date="2025-09-01",
        notes="decorated record title; text wrapped at 56 columns with page markers '⏬n⏬' glued to the start of the "
        "continuation line; 成文日期 in Chinese numerals under the signature; read-coupon paywall",
        page="""
{T}
!m 书蠹文库　|　分类：学校管理 › 安全制度　|　共3页
!a ↓ 下载本文（2张阅读券）　☆ 收进书架　⚑ 举报
{BODY}
!a 试读部分结束，余下 1 页需用阅读券兑换
!a 立即兑换　｜　单篇购买 ¥2.50
!d 书蠹文库提示：本文为会员上传的学习资料，平台不保证内容准确，请自行核对后使用。
!l 同类文档：实验室危险化学品管理制度　｜　学校用电安全检查方案　｜　生物园地管理办法
""",
        indent="\u3000\u3000",
        wrap=56,
        pages=dict(fmt="⏬{n}⏬", every=130, start=2, glue=True),
        body="""
为加强学校生物实验室水族箱用电安全管理，防止温控棒干烧、漏电等事故，结合我校实际，制定本方案。
一、适用范围。本方案适用于生物实验室、科技活动室及各班自然角使用的水族箱温控棒。
二、安装要求。温控棒须选用带防干烧保护的合格产品，全部没入水中并与缸壁保持两厘米以上距离，插座须接入带漏电保护的专用回路。
三、使用管理。每支温控棒由实验员登记编号，每周检查一次外壳有无裂纹、指示灯是否正常；换水前必须先断电，待温控棒冷却十五分钟后再取出。
四、假期管理。寒暑假期间，水族箱由实验员集中管理，未留养的水族箱一律断电。
五、责任追究。因违规操作造成事故的，依照学校有关规定追究责任。
阌溪县第二中学
二〇二五年九月一日
""",
    ),
    dict(
        slug="gov-xuzhou-scjg-bulletin-heater-spotcheck-html",
        site="勖州市市场监督管理局 (invented municipal portal)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.xuzhou-gov.cn/zwgk/zljd/202508/t20250826_90417.html",
        title="关于2025年水族温控棒产品质量市级监督抽查情况的通报",
        record_title="关于2025年水族温控棒产品质量市级监督抽查情况的通报 - 质量抽查公告 - 勖州市市场监督管理局",
        date="2025-08-22",
        date_also=["2025-08-26"],
        notes="modern portal with 长辈版/读屏 links, an index table (the 文号 cell unmarked, neutral), a correction hotline and 12345 "
        "beside the notice's own 联系人/电话; a table one row a paragraph; page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于2025年水族温控棒产品质量市级监督抽查情况的通报 - 质量抽查公告 - 勖州市市场监督管理局</title>
<meta name="SiteName" content="勖州市市场监督管理局"><meta name="ColumnName" content="质量抽查公告">
<script src="/js/jquery.min.js"></script><script src="/js/ariaWeb.js"></script>
</head><body>
<div class="topbar"><span>⟦m 勖州市市场监督管理局⟧</span><span class="right"><a href="#">⟦a 长辈版⟧</a> <a href="#">⟦a 读屏专用⟧</a> <a href="#">⟦a 简/繁⟧</a> <a href="/wza/">⟦a 无障碍版本⟧</a></span></div>
<div class="nav"><ul><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 质量监督⟧</li><li>⟦m 互动交流⟧</li></ul></div>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 质量监督 &gt; 质量抽查公告⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11350900MB0C71265Q/2025-00417⟧</td><td>⟦m 主题分类：质量技术监督⟧</td></tr>
<tr><td>⟦m 发布机构：勖州市市场监督管理局⟧</td><td>⟦m 发布日期：2025-08-26⟧</td></tr>
<tr><td>文号：勖市监质〔2025〕19号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h2 class="title">{T}</h2>
<div class="tool">⟦a 【字号 大·中·小】⟧ ⟦a 【打印本文】⟧ ⟦a 【关掉本页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享这篇到：微信 微博 QQ空间⟧</div></div>
<div class="links">⟦l 相关公告：2025年电动自行车头盔市级抽查结果｜2025年儿童玩具产品质量抽查情况⟧</div>
<div class="footer">
<p>⟦m 主办：勖州市市场监督管理局　承办：勖州市市场监管信息中心⟧</p>
<p>⟦m 网站纠错热线：0597-8826000　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码：3509000021　闽ICP备05008321号　闽公网安备35090002000188号⟧</p></div>
</body></html>
""",
        body="""
各县（市、区）市场监督管理局，市局各有关处室：
近期，市局组织对全市生产、销售的水族温控棒产品开展了质量监督抽查，共抽查28家企业的40批次产品，发现不合格产品6批次，不合格发现率为15%。现将有关情况通报如下。
一、不合格产品情况
受检单位　产品型号　不合格项目
勖州澜汐水族电器有限公司　XH-300W　防干烧保护
颍湄区鳞光水族经营部（销售）　HR-200　标志和说明
潾水县清波水族器材厂　QB-100　温控精度
二、工作要求
各地要督促不合格产品生产者立即停止生产、销售，查明原因，限期整改；对拒不整改的，依法予以查处。请于9月30日前将后处理情况报市局质量监督处。
联系人：严晓栎　联系电话：0597-8826315
勖州市市场监督管理局
2025年8月22日
""",
    ),
    dict(
        slug="gov-linshui-notice-park-nets-cn-date",
        site="潾水县人民政府网 (invented county portal)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.linshui.gov.cn/zwgk/tzgg/202504/t20250411_33162.html",
        title="关于禁止在城区公园景观水体使用网具捕捞观赏鱼的通告",
        date="2025-04-10",
        date_also=["2025-04-11"],
        notes="record title as is; document number line neutral; 附件 list, 抄送 and 印发 lines in the body; 成文日期 in Chinese "
        "numerals (the page's 发布日期 a day later, also accepted); browse counter and print/close row above, share row, sponsor and site-code footer",
        page="""
!m 潾水县人民政府　政府信息公开专栏
!m 您当前所在位置：首页 > 政务公开 > 通知公告
{T}
潾城管通〔2025〕7号
!m 信息来源：县城市管理局　发布日期：2025-04-11　浏览次数：2316
!a [放大字号]　[缩小字号]　[打印正文]　[关闭此页]
{BODY}
!l 分享到：微信好友　朋友圈　微博
!l 上一条：关于2025年城区户外广告设施安全检查的通知
!l 下一条：潾水县城区占道经营疏导点设置公告
!m 主办单位：潾水县人民政府办公室　联系电话：0597-6610000
!m 政府网站标识码：3509260014　闽ICP备08017733号
""",
        indent="\u3000\u3000",
        body="""
近期，城区翠湄公园、北湖公园景观水体内多次出现市民使用鱼缸网、抄网等网具捕捞观赏鱼的情况，既破坏景观生态，也存在落水隐患。为维护公园秩序，根据《潾水县城市公园管理办法》，现就有关事项通告如下：
一、禁止任何单位和个人在城区公园景观水体内使用鱼缸网、抄网、地笼等网具捕捞观赏鱼。
二、未成年人在公园水体边活动的，其监护人应当履行看护责任。
三、对违反本通告的，由公园管理人员予以劝阻；不听劝阻的，由城市管理执法人员依法处理。
四、本通告自发布之日起施行。
附件：1.城区公园景观水体分布图
2.公园管理服务电话一览表
潾水县城市管理局
二〇二五年四月十日
抄送：县公安局，县住房和城乡建设局，各街道办事处。
潾水县城市管理局办公室　2025年4月10日印发
""",
    ),
    dict(
        slug="news-yinchuan-pump-export-captions-html",
        site="茚川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yinchuannews.cn/jingji/2025-05/09/content_774120.html",
        title="茚川县首批静音增氧泵出口订单装船发运",
        record_title="茚川县首批静音增氧泵出口订单装船发运_经济·产业_茚川新闻网",
        record_date="2025-05-09",
        date="2025-05-09",
        notes="news portal: app prompt, listen button, 24-hour list; a photo caption between paragraphs; editor and "
        "proof-reader line glued after the last 。; decorated record title with column and site suffixes",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>茚川县首批静音增氧泵出口订单装船发运_经济·产业_茚川新闻网</title>
<meta name="description" content="4.2万台静音增氧泵经宁波港发往东南亚">
<script>var cmsId=774120;</script><script src="//tj.yinchuannews.cn/count.js"></script>
</head><body>
<div class="ycn-head"><a href="/">⟦m 茚川新闻网⟧</a> <span>⟦m 茚川县融媒体中心主办⟧</span>
<a class="app" href="/app">⟦a 装上“掌上茚川”，新闻早知道⟧</a></div>
<ul class="ycn-nav"><li>⟦m 要闻⟧</li><li>⟦m 时政⟧</li><li>⟦m 经济·产业⟧</li><li>⟦m 社会⟧</li><li>⟦m 视听⟧</li></ul>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-09 08:31　来源：茚川日报　记者：谈以宁⟧ <button class="tts">⟦a ▶ 听这条新闻⟧</button></div>
<div class="art-body">
{BODY}
</div>
<div class="art-foot">⟦a 觉得有用就转发给朋友⟧</div>
</div>
<div class="hot24"><h3>⟦l 24小时点击榜⟧</h3><ol>
<li>⟦l 县城北环路5月12日起分段封闭施工⟧</li><li>⟦l 茚川职校新增宠物护理专业⟧</li><li>⟦l 涴口镇枇杷节本周六开幕⟧</li></ol></div>
<div class="ycn-foot">⟦d 本网原创稿件未经授权不得转载，违者依法追究。⟧ ⟦m 新闻热线：0597-7768110　闽ICP备12004315号⟧</div>
</body></html>
""",
        body="""
本报讯（记者 谈以宁　通讯员 柏青）5月8日上午，在茚川县经济开发区澜泡电器有限公司的装车平台上，一台台包装好的静音增氧泵被整齐码进集装箱。这批4.2万台增氧泵将经宁波港发往东南亚，这是我县企业首次批量出口静音型增氧泵。
⟦m 图为工人正在清点待装箱的增氧泵。谈以宁　摄⟧
据企业负责人介绍，这款增氧泵采用双层减震腔体，运行噪声低于25分贝，比普通产品节能约三成。去年以来，企业联合高校攻克了气囊寿命短的难题，产品通过了欧盟相关认证。
今年以来，县里为水族器材企业开通出口报关“绿色通道”，帮助企业参加境外展会6场。截至4月底，全县水族器材出口额同比增长41%。⟦m （编辑：储一帆　审校：韦冬）⟧
""",
    ),
    dict(
        slug="news-xuzhou-wanxun-cat-boards-title-line",
        site="勖州晚讯网 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xzwanxun.com/shequ/20251103/4471.html",
        title="淛湾镇为流浪猫投喂点配上猫抓板",
        record_title=None,
        date="2025-11-03",
        notes="no title in the record: the page's title line; the byline's 发布时间 is the page's date; an app-download "
        "line between paragraphs; comment box and related list below",
        page="""
!m 勖州晚讯网 — 勖州人的晚间新闻
!m 首页 ＞ 社区 ＞ 民生温度
{T}
!m 来源：勖州晚讯网　作者：祁安之　发布时间：2025-11-03 07:45
!a 字号：A+ A-　｜　夜间模式
{BODY}
!l 网友热评（12）　我也说两句
!l 最新评论：淛滨老住户：这个办法好，楼下的猫不挠车座了。
!l 相关新闻：颍湄区试点社区流浪猫绝育补贴　｜　冬季流浪动物救助指南
!d 勖州晚讯网稿件版权归勖州晚讯传媒所有，转载请注明出处。
!m 报料电话：0597-8801717　闽ICP备15013309号
""",
        body="""
“以前小区里的流浪猫总在电动车坐垫上磨爪子，车主意见很大。现在有了猫抓板，坐垫干净多了。”11月1日，淛湾镇淛滨社区居民祁阿姨指着楼道口的投喂点说。
今年秋天，淛湾镇联合县小动物保护协会，在辖区9个社区的流浪猫投喂点统一配置了瓦楞纸猫抓板和防雨猫窝，126块猫抓板全部由镇上的纸品企业捐赠。
⟦a 下载晚讯客户端，身边事一手掌握⟧
社区还招募了32名“护猫志愿者”，负责定期更换被抓烂的猫抓板、清理投喂点卫生。镇社会事务办负责人表示，下一步将结合流浪猫绝育项目，推动“有人管、有地待、不扰民”的社区养猫模式。
""",
    ),
    dict(
        slug="forum-qiyou-heater-repair-jammer-html",
        site="鳍友水族论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.qiyou-shuizu.com/thread-208817-1-1.html",
        title="温控棒用了三年突然不加热，拆开看了一下",
        record_title="[控温发帖] 温控棒用了三年突然不加热，拆开看了一下（附检修过程） - 加热照明区 - 鳍友水族论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk inside the post (glued after 。 and on a line), rating row, signature, "
        "medals; post time '3 天前' is no date; board and site suffixes and a poster's aside in the record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[控温发帖] 温控棒用了三年突然不加热，拆开看了一下（附检修过程） - 加热照明区 - 鳍友水族论坛</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?Q7x"></script>
</head><body>
<div id="hd"><a href="./">⟦m 鳍友水族论坛⟧</a> <span>⟦m 一缸一世界，鳍友都在这⟧</span> <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 鳍友水族论坛 › 器材专区 › 加热照明区 › 查看帖子⟧</div>
<div class="thread-stat">⟦m 查看: 1893 | 回复: 27⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 老缸头⟧</div><p>⟦m 鳍币 2816　帖子 731　注册 2016-4-3⟧</p><p>⟦m 勋章：草缸达人 · 器材维修能手⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [控温发帖] 温控棒用了三年突然不加热，拆开看了一下（附检修过程）⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_4461902">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分 参与人数 3 鳍币 +12 收起 理由：干货满满⟧</div>
<div class="sign">⟦m 养鱼十年，缸比人多，钱包比缸空⟧</div>
<div class="po">⟦a 回复 引用 支持 反对 举报⟧</div>
</td></tr></table>
<div class="pgs">⟦l 下一主题：两米缸用几根温控棒合适？⟧</div>
<div id="f_pst">⟦a 登录后才能参与回帖，没有账号？注册一个⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 © 鳍友水族论坛　浙ICP备19027734号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
上周末发现六十厘米的草缸水温一直掉到21度，温控棒的指示灯也不亮了。这支温控棒是三年前买的300瓦，一直开着没关过。
先说结论：温控旋钮里的双金属片触点烧蚀粘连后又断开了，属于老化，不是质量事故。
检修过程很简单。第一步，拔掉电源，等棒体完全冷却再从缸里取出，千万别带电拿出水面。第二步，拧开顶盖，看到触点发黑。第三步，用细砂纸打磨后测通断，恢复正常。
不过我最后还是换了新的，毕竟是泡在水里的电器，安全第一。建议各位鳍友：温控棒用满两年就检查一次，用满三年直接换，再配个外置温度计随时对照。
""",
    ),
    dict(
        slug="forum-maohaizi-toothbrush-choice-junk",
        site="毛孩子社区论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.maohaizi.net/t/55132",
        title="指套牙刷和长柄牙刷到底怎么选？泰迪主人的一点心得",
        record_title="【刷牙实测】指套牙刷和长柄牙刷到底怎么选？泰迪主人的一点心得 - 狗狗护理版 - 毛孩子社区",
        date=None,
        notes="pet forum post with anti-scraping junk lines and junk glued after 。; post time '昨天' is no date; "
        "replies and a quick-reply box below; decorated record title",
        page="""
!m 毛孩子社区论坛 - 铲屎官的大本营
!m 首页 › 狗狗护理版 › 帖子详情
!t 【刷牙实测】指套牙刷和长柄牙刷到底怎么选？泰迪主人的一点心得
!m 楼主：豆包他妈　发表于 昨天 22:16　｜　阅读 3208　回复 41
{BODY}
!a 点赞 18　｜　收藏帖子　｜　分享给狗友
!l 沙发　柯基不短腿：三面牙刷我家也在用，确实省事
!l 板凳　橘猫饲养员：求指套牙刷链接
!a 登录毛孩子社区才能回复哦
!m 毛孩子社区 maohaizi.net　粤ICP备20088731号
""",
        junk=dict(lines=2, glued=3),
        body="""
我家泰迪七岁了，去年洗牙花了八百多，医生说以后一定要天天刷牙。这一年我前后买了四种狗牙刷，说说真实感受。
指套牙刷：软硅胶的，套在食指上，狗狗接受度最高，适合刚开始练习。缺点是刷不到后面的大牙，硅胶刺也容易藏污垢。
长柄双头牙刷：一头大一头小，能伸到后牙，刷得干净。缺点是狗狗一扭头就容易戳到牙龈，动作要慢。
三面牙刷：一次能刷到牙齿的三个面，适合没耐心的毛孩子。缺点是刷头大，小型犬嘴巴塞不下。
我现在的办法是先用指套牙刷让它放松，再换长柄牙刷刷后牙，每天晚上一次，两分钟搞定。牙刷三个月一换，别和人用的放在一起。
""",
    ),
]
