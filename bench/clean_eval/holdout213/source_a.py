"""holdout213, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (each once as HTML, once as text).

Written by hand for this part; every place, person, firm, site, URL and phone is invented.
See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-yantian-speech-copper-hotpot-gb2312",
        site="研田范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantianfw.com/jianghua/chanye/2024/0920/81736.html",
        title="在斛山县铜火锅产业高质量发展推进会上的讲话",
        record_title="【讲话范文】在斛山县铜火锅产业高质量发展推进会上的讲话（讲话稿精编）_研田范文网",
        date="2024-09-12",
        notes="old table layout with marquee, font-size row, QQ float and visitor counter; speaker and date lines under the title "
        "neutral, the date taken from the line under the title (the page's update stamp is no date); a collect link glued after "
        "a sentence and a ghost-writer QQ line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话范文】在斛山县铜火锅产业高质量发展推进会上的讲话（讲话稿精编）_研田范文网</title>
<meta name="keywords" content="铜火锅,产业,讲话稿">
<script language="javascript" src="/js/count.asp?id=81736"></script>
<script>function copyTip(){alert('复制成功');}</script>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="">⟦m 研田范文网⟧</td><td>⟦m 一方研田，耕出好文章⟧</td><td align="right">⟦a <a href="#">设为首页</a> | <a href="#">加入收藏</a>⟧</td></tr>
<tr><td colspan="3"><marquee scrollamount="3">⟦m 研田范文网讲话稿频道本周新增范文2300余篇，会员每日可免费下载5篇⟧</marquee></td></tr>
<tr><td colspan="3" class="nav">⟦m <a href="/">网站首页</a> | <a href="/jianghua/">讲话致辞</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">心得感悟</a> | <a href="/fangan/">计划方案</a>⟧</td></tr>
</table>
<table width="960" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 您的位置：<a href="/">研田范文网</a> &gt;&gt; <a href="/jianghua/">讲话致辞</a> &gt;&gt; 产业发展讲话⟧</td></tr>
<tr><td align="center"><h1>{T}</h1></td></tr>
<tr><td align="center" class="info">⟦m 作者：佚名　来源：会员投稿　人气：1862　更新：2024-09-20⟧</td></tr>
<tr><td align="center">⟦a 【字体：超大 较大 标准 较小】⟧ ⟦a 【护眼底色】⟧</td></tr>
<tr><td class="content">
<p align="center">县委副书记、县长　宁守川</p>
<p align="center">（2024年9月12日）</p>
{BODY}
</td></tr>
<tr><td align="center">⟦a 【打印这篇】⟧ ⟦a 【关掉窗口】⟧ ⟦a 【回到页首】⟧</td></tr>
<tr><td>⟦l 上一篇：在全县餐饮行业燃气安全工作会议上的讲话⟧<br>⟦l 下一篇：在特色小吃产业推介会上的致辞⟧</td></tr>
</table></td>
<td width="250" valign="top">
<table width="100%"><tr><td class="tt">⟦l 讲话致辞·本月热门⟧</td></tr>
<tr><td>⟦l ·在全县乡村产业振兴大会上的讲话⟧</td></tr>
<tr><td>⟦l ·在非遗工坊授牌仪式上的致辞⟧</td></tr>
<tr><td>⟦l ·在民营企业座谈会上的讲话提纲⟧</td></tr>
</table></td></tr></table>
<div id="qqfloat" style="position:fixed;right:0;top:200px">⟦w 材料代写 加QQ：2875316409⟧</div>
<table width="960" align="center"><tr><td align="center">
<p>⟦d 研田范文网所载范文均由网友投稿，仅供写作参考，转载请注明出处⟧</p>
<p>⟦m 研田范文网 版权所有　赣ICP备15008274号⟧　⟦m 您是本站第 0386215 位访客⟧</p>
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
斛山铜火锅已有三百多年制作历史，“斛山紫铜锅”去年获批国家地理标志证明商标。今天召开推进会，就是要把这块“老招牌”擦得更亮，把小锅具做成大产业。
一、看清家底，增强发展信心。全县现有铜火锅生产企业和家庭作坊137家，从业人员4200余人，去年产量86万口，产值9.3亿元，产品销往28个省份。⟦a 【收藏本篇】⟧但也要看到，多数作坊仍是“前店后坊”，手工打制、自产自销，品牌散、标准乱、利润薄的问题比较突出。
二、抓住关键，补齐短板弱项。一要统一标准，年内制定紫铜火锅团体标准，规范内壁镀锡和炭炉通风结构；二要建好园区，墕口镇铜器产业园二期年底前交付；三要拓展市场，支持企业参加展会、开设网店。
⟦w 写讲话稿没思路？QQ 2875316409 一对一代笔，当天交稿⟧
三、强化保障，形成工作合力。县里成立铜火锅产业发展专班，每月调度一次。各部门要主动靠前服务，对企业反映的用地、融资、用工问题限期答复。
同志们，一口好锅，承载的是斛山人的手艺和口碑。希望大家撸起袖子加油干，让斛山铜火锅走得更远！
""",
    ),
    dict(
        slug="fanwen-xiewen-insight-chopping-block-colours",
        site="撷文范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.xiewenfw.net/xinde/peixun/55302.html",
        title="食堂员工参加菜墩分色管理培训心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line (and a tagged copy above it); a writing-service WeChat prompt glued "
        "after a sentence, a member-unlock line between paragraphs; 收录于 3 天前 is no date",
        page="""
!m 撷文范文网 · 心得体会频道
!m 位置：首页 › 心得体会 › 培训心得
!t 〔原创首发〕食堂员工参加菜墩分色管理培训心得体会
{T}
!m 投稿：后厨老周　字数：约700　浏览：2716次　收录于 3 天前
!a 〔复制本文〕〔导出Word〕〔放进收藏夹〕
{BODY}
!l 同类心得：
!l ◇ 厨师长参加食品安全管理员培训的收获
!l ◇ 后厨“六常法”管理学习体会
!d 撷文范文网所载文章均为网友原创或整理，如涉及版权问题请致信 banquan@xiewenfw.net
!m 撷文范文网 www.xiewenfw.net　鄂ICP备19022751号
""",
        indent="\u3000\u3000",
        body="""
上周，公司后勤中心组织全体食堂员工参加了菜墩分色管理专题培训。我在中心食堂切配岗干了六年，原以为切菜剁肉是再熟悉不过的活，听完课才发现自己有不少习惯要改。
一是认清了“一块墩子用到底”的风险。老师现场用荧光检测仪照我们日常用的菜墩，刀缝里残留的肉屑和水渍一片发亮。生熟混用，病菌就会顺着刀口从生肉跑到凉菜上，这是食物中毒最常见的来路之一。
二是记住了分色分用的规矩。今后红色墩切生肉，蓝色墩切水产，绿色墩切蔬果，白色墩只用于熟食和凉菜，每块墩子挂牌定位，用完立即清洗、竖放晾干。⟦w 写心得没头绪？加微信 tanxie_0318 帮你改稿⟧
三是明白了保养比更换更要紧。木墩每天收工前要刮去表层、撒盐刷洗，每周用开水烫一遍；塑料墩刀痕深了就及时送检，不能等发黑发霉才换。
⟦a 开通撷文年卡，解锁全文并一键导出Word⟧
一块菜墩看着不起眼，却连着全公司四百多人的饭碗。我会把培训学到的规矩落实到每一刀上，也带动班组里的新同事一起养成好习惯。
""",
    ),
    dict(
        slug="wenku-qingfu-survey-spool-recycling-markers",
        site="青蚨文库 (invented, document preview reader)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.qingfu-doc.com/view/7c21e09a4b5d.html",
        title="关于杵川县纺织企业线轴回收利用情况的调研报告",
        record_title="关于杵川县纺织企业线轴回收利用情况的调研报告（全文5页）- 青蚨文库",
        date="2025-04-18",
        notes="文库 reader: toolbar, coin pay box, monthly-card lock, page-marker paragraphs ⫏ n ⫐ cutting sentences; "
        "成文日期 under the signature (the upload stamp is no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于杵川县纺织企业线轴回收利用情况的调研报告（全文5页）- 青蚨文库</title>
<script src="https://static.qingfu-doc.com/reader/v3/reader.min.js"></script>
<script>window.__DOC__={id:"7c21e09a4b5d",pages:5,free:3};</script>
</head><body>
<header class="qf-top"><a class="logo" href="/">⟦m 青蚨文库⟧</a><span class="slogan">⟦m 一文一钱，积少成多⟧</span>
<form class="search"><input placeholder="搜文档"><button>⟦a 搜索⟧</button></form>
<a href="/login">⟦a 登录⟧</a> <a href="/vip">⟦a 开通会员⟧</a></header>
<nav class="crumbs">⟦m 青蚨文库 › 行业报告 › 纺织服装 › 调研报告⟧</nav>
<div class="doc-head"><h1 class="doc-title">{T}</h1>
<p class="doc-meta">⟦m 5页　1.9万次阅读　上传于 2025-05-02　贡献者：纱线笔记⟧</p>
<div class="toolbar">⟦a ⬇ 下载（8青蚨币）⟧ ⟦a ☆ 收进文件夹⟧ ⟦a ⤢ 全屏阅读⟧ ⟦a ⚐ 举报⟧</div></div>
<div class="reader" id="reader">
<div class="page-box">
{BODY}
</div>
<div class="preview-end"><p>⟦a 还剩2页未读，开通月卡后继续阅读⟧</p><button>⟦a 月卡 ¥12 立即开通⟧</button></div>
</div>
<aside class="side"><h4>⟦l 读过这篇的人也在看⟧</h4>
<ul><li>⟦l 纺纱企业废旧物资回收管理办法⟧</li><li>⟦l 纺织行业绿色工厂评价要点⟧</li><li>⟦l 县域工业固废综合利用调研⟧</li></ul></aside>
<footer><p>⟦d 青蚨文库中的文档由用户上传，文库仅提供存储与展示，如有侵权请提交版权申诉⟧</p>
<p>⟦m © 2025 qingfu-doc.com　浙ICP备2023041762号-1⟧</p></footer>
</body></html>
""",
        pages=dict(fmt="⫏ {n} ⫐", every=150, start=2),
        body="""
为摸清全县纺织企业线轴（筒管）使用和回收情况，今年3月，县工信局会同县生态环境局对全县42家规模以上纺织企业开展了专题调研。现将有关情况报告如下。
一、基本情况。全县纺织企业年消耗各类线轴约1860万只，其中塑料线轴占71%、纸质线轴占24%、木质线轴占5%。线轴随纱线发往下游织造、服装企业后，回流率不足三成，大量线轴被当作垃圾焚烧或填埋。
二、主要问题。一是回收渠道不畅，下游企业分散在省内外，单家回收量小、运费高；二是标准不一，各厂线轴规格多达30余种，回收后难以互换使用；三是再生利用率低，破损塑料线轴多被低价卖给小作坊，存在二次污染隐患。
三、意见建议。一是建立县域线轴回收联盟，由龙头企业牵头设立集中回收点，实行“以旧换新、按只计价”；二是推动统一常用线轴规格，年内发布县级团体标准；三是支持企业使用纸质可降解线轴，对改造生产线的企业给予技改补助。
杵川县工业和信息化局
2025年4月18日
""",
    ),
    dict(
        slug="wenku-qingfu-plan-mahjong-noise-wrapped-markers",
        site="青蚨文库 (invented, text extract of a preview)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.qingfu-doc.com/view/3f9ab0d17e22.html",
        title="觥城区棋牌室自动麻将机噪声扰民专项整治工作方案",
        record_title="觥城区棋牌室自动麻将机噪声扰民专项整治工作方案.docx",
        date="2025-03-14",
        notes="file name as record title; hard-wrapped at 62 columns and cut by page markers ⁖n⁖ glued to the continuation "
        "line; 成文日期 in Chinese numerals; upload stamp no date",
        page="""
!m 青蚨文库 — 文档在线预览
!m 文库首页 > 行业资料 > 环境保护 > 噪声治理
!t 觥城区棋牌室自动麻将机噪声扰民专项整治工作方案.docx
!m 页数：4页　大小：27.6KB　格式：DOCX　上传者：鹿鸣书屋　2025-04-02上传
!a ⤓ 下载本文档（需8青蚨币）　☆ 收进文件夹　⚐ 举报
{T}
{BODY}
!a —— 免费预览到此为止，剩余1页请下载后查看 ——
!a 开通青蚨VIP月卡 ¥15　全站文档畅读
!l 相似文档：棋牌室消防安全检查方案 / 社会生活噪声污染防治宣传稿 / 居民区底商经营规范
!d 本文档由用户上传至青蚨文库，内容仅代表上传者观点，如侵犯您的权益请联系客服删除。
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⁖{n}⁖", every=150, start=2, glue=True),
        body="""
为解决居民反映强烈的棋牌室深夜麻将机噪声扰民问题，营造安静和谐的居住环境，区综合行政执法局决定在全区开展为期三个月的专项整治，特制定本方案。
一、整治范围
全区临街和居民楼内设置的棋牌室、茶楼，重点是底商棋牌室和居民自住房内改设的“家庭麻将馆”。
二、整治内容
（一）设备降噪。自动麻将机洗牌时机芯撞击和电机运转声较大，经营者须在机脚加装减震垫，机位距共用墙体不少于30厘米。
（二）营业时间。居民区内棋牌室每日23时至次日7时不得开机营业，节假日不得延长。
（三）门窗管理。营业期间关闭临街门窗，不得在楼道、露台、地下室通道摆放麻将机。
三、工作步骤
3月下旬为排查登记阶段，4月至5月为集中整治阶段，6月为巡查巩固阶段。
四、工作要求
各街道要落实属地责任，对拒不整改的经营者依法查处，整治情况每半月报区执法局一次。
觥城区综合行政执法局
二〇二五年三月十四日
""",
    ),
    dict(
        slug="gov-hushan-notice-charcoal-hotpot-index-table",
        site="斛山县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hushan.gov.cn/zwgk/wjtz/202411/t20241127_4418206.html",
        title="关于做好冬季炭火锅使用安全管理工作的通知",
        record_title="关于做好冬季炭火锅使用安全管理工作的通知 - 文件通知 - 斛山县人民政府",
        date="2024-11-25",
        date_also=["2024-11-27"],
        notes="county portal: 长辈版/无障碍 links, 索引号 table (the 文号 cell unmarked, neutral), font row; the notice's own "
        "联系人/电话/邮箱 next to the portal's 纠错 and service lines; 附件 list, 抄送 and 印发 lines; 成文日期 vs the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于做好冬季炭火锅使用安全管理工作的通知 - 文件通知 - 斛山县人民政府</title>
<meta name="SiteName" content="斛山县人民政府"><meta name="ColumnName" content="文件通知">
<script src="/static/js/jquery.min.js"></script><script>var _zwgk_tj = 1;</script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问斛山县人民政府门户网站⟧</span> <a>⟦a 长辈版⟧</a> <a>⟦a 读屏辅助⟧</a> <a>⟦a 政务微博⟧</a></div>
<div class="banner"><div class="logo">⟦m 斛山县人民政府⟧</div><form><input><button>⟦a 站内检索⟧</button></form></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进斛山⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 文件通知⟧</div>
<table class="xxgk-info">
<tr><td>⟦m 索引号：11361127MB1A30925K/2024-04418⟧</td><td>⟦m 主题分类：安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：斛山县市场监督管理局⟧</td><td>⟦m 发布日期：2024-11-27⟧</td></tr>
<tr><td>文号：斛市监〔2024〕41号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h2 class="title">{T}</h2>
<div class="tools">⟦a 字体：【大】【中】【小】⟧ ⟦a 【打印正文】⟧ ⟦a 【关闭本页】⟧ ⟦m 浏览次数：1037⟧</div>
<div class="TRS_Editor">
{BODY}
</div></div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关文件⟧</h4><ul><li>⟦l 斛山县餐饮场所燃气安全专项整治实施方案⟧</li><li>⟦l 关于开展冬春火灾防控工作的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：斛山县人民政府办公室　承办：斛山县政务数据服务中心⟧</p>
<p>⟦m 网站纠错电话：0793-6210000　政务服务热线：12345⟧</p>
<p>⟦m 网站标识码：3611270009　赣ICP备05006217号　赣公网安备36112702000135号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，各餐饮经营单位：
入冬以来，全县餐饮单位和家庭使用炭火锅明显增多。11月以来，邻县已发生2起因包间通风不良引发的一氧化碳中毒事件。为切实防范炭火锅使用安全风险，现将有关事项通知如下：
一、餐饮单位使用炭火锅的，包间须保持对外通风，每个包间安装一氧化碳报警器，点炭、加炭须在室外或专用通风区域进行。
二、铜火锅、铝火锅须选用内壁镀层完好、炉膛无裂缝的合格产品，严禁使用无标识、无厂名厂址的锅具。
三、各乡镇要组织对辖区火锅店开展一次全覆盖检查，检查情况于12月20日前报县市场监管局。
联系人：饶春燕，联系电话：0793-6218405，邮箱：hsscjgj_spk@hushan.gov.cn
附件：1.餐饮单位炭火锅使用安全检查表
2.一氧化碳中毒应急处置要点
斛山县市场监督管理局　斛山县应急管理局
2024年11月25日
抄送：县人民政府办公室，县消防救援大队。
斛山县市场监督管理局办公室　2024年11月25日印发
""",
    ),
    dict(
        slug="gov-chuchuan-bulletin-candyfloss-stalls-wrapped",
        site="杵川县人民政府网 (invented, text copy)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.chuchuan.gov.cn/xxgk/tzgg/202409/t20240923_5120.html",
        title="关于城区校园周边棉花糖机摊点抽查情况的通报",
        date="2024-09-20",
        notes="title as the record gives it; body hard-wrapped at 56 columns with indented paragraphs; a large-print/listen "
        "row on a line of its own between paragraphs; 成文日期 under the signature",
        page="""
!m 杵川县人民政府网
!m 首页 ＞ 信息公开 ＞ 通知公告
{T}
!m 来源：县市场监督管理局　　访问量：688
!a 【大字版】【听全文】【打印】
{BODY}
!l 上一条：关于开展秋季开学食品安全检查的通知
!l 下一条：杵川县2024年第三季度食品抽检信息
!m 杵川县人民政府办公室主办　联系电话：0793-6601122
!m 赣ICP备05011839号-1　网站标识码：3611290002
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各街道办事处，县直有关单位：
为保障中小学生食品安全，9月上旬，杵川县市场监督管理局组织对城区12所学校周边的流动棉花糖机摊点开展了专项抽查。现将抽查情况通报如下。
一、基本情况。此次共检查棉花糖机摊点27个，发现问题摊点11个。其中，使用液化气罐直接加热、气罐与加热盘距离不足1米的5个；电源线私拉乱接、无漏电保护的4个；使用来源不明色素砂糖、无进货凭证的2个。
⟦a 【收听本段】【放大字号】⟧
二、处理情况。对存在问题的摊点，执法人员已当场责令整改，收缴不合格色素砂糖6.5公斤，对拒不整改的2名经营者依法立案调查。
三、工作要求。各街道要将校园周边流动摊点纳入网格日常巡查，引导棉花糖机摊主到指定区域规范经营；发现隐患要及时报告，确保学生吃得放心。
杵川县市场监督管理局
2024年9月20日
""",
    ),
    dict(
        slug="news-duanxi-mahjong-export-photo-caption",
        site="塅溪新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.duanxinews.cn/bendi/jingji/2025-06/11/content_60913.html",
        title="笤溪镇麻将机企业组团“出海”上半年出口额同比增长42%",
        record_title="笤溪镇麻将机企业组团“出海”上半年出口额同比增长42% - 塅溪新闻网",
        record_date="2025-06-11",
        date="2025-06-11",
        notes="news portal: app prompt, listen button, 24-hour list, ad slot; a photo caption between paragraphs and an "
        "editor/reviewer line glued after the last sentence; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>笤溪镇麻将机企业组团“出海”上半年出口额同比增长42% - 塅溪新闻网</title>
<script>var _dxnews={channel:"jingji"};</script>
</head><body>
<div class="top"><a href="/">⟦m 塅溪新闻网⟧</a> <span>⟦m 塅溪县融媒体中心主办⟧</span> <a>⟦a 下载“塅溪”客户端⟧</a></div>
<div class="menu">⟦m 本地 | 时政 | 经济 | 民生 | 视频 | 专题⟧</div>
<div class="crumb">⟦m 首页 / 本地 / 经济⟧</div>
<div class="ad-slot">⟦l 【广告】塅溪农商银行“创业贷”最高可贷50万元⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-11 08:30　来源：塅溪日报　记者：彭晓岚⟧ <button>⟦a ▶ 听新闻⟧</button></div>
<div class="text">
{BODY}
</div>
</article>
<div class="share">⟦l 转发到：微信好友 朋友圈 微博⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 塅溪县城关镇新华路6月15日起单向通行⟧</li><li>⟦l 今年首批高校专项计划名单公示⟧</li><li>⟦l 笤溪镇荷花节下周开幕⟧</li></ol></div>
<footer><p>⟦d 塅溪新闻网原创稿件，转载须经授权并注明来源⟧</p><p>⟦m 互联网新闻信息服务许可证编号：36120230017　赣ICP备17019423号⟧</p></footer>
</body></html>
""",
        body="""
本报讯（记者 彭晓岚 通讯员 耿立）6月10日，记者在笤溪镇麻将机产业园看到，一批贴着泰文、越南文标签的自动麻将机正在装箱，即将从湓江港发往东南亚。
笤溪镇是全国重要的自动麻将机生产基地，全镇有整机和配件企业63家。去年以来，镇里牵头组建出口联盟，统一参加境外展会、统一租用海外仓，帮助中小企业降低了出海成本。
⟦m 图为笤溪镇一家企业的工人正在调试出口型折叠麻将机。彭晓岚 摄⟧
“以前我们一家一户去谈，人家嫌量小。现在联盟统一报价，订单一下子多了。”鸿牌机械负责人严国栋说。针对海外用户习惯，企业还开发了静音机芯和可折叠桌面，单台售价比国内款高出三成。
据统计，今年1至5月，笤溪镇麻将机出口额达2.17亿元，同比增长42%。⟦m （编辑：方禾　审核：鲁青）⟧
""",
    ),
    dict(
        slug="news-penjiang-copper-pot-workshop-no-title",
        site="湓江网 (invented, city newspaper site, text copy)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.penjiangnews.com/wh/20250108/t1184206.html",
        title="百年铜锅老铺“梁记”获评省级非遗工坊",
        record_title=None,
        date="2025-01-08",
        notes="no title in the record: the page's title line; date from the byline (the page's publish line); a share bar "
        "glued after the last sentence",
        page="""
!m 湓江网｜湓江日报社主办
!m 首页 > 湓江新闻 > 文化
{T}
!m 2025-01-08 09:12　来源：湓江日报　记者：廖青禾
!a 【大 中 小】　▷ 听本文
{BODY}
!m 责任编辑：祝一帆
!l 相关新闻
!l ·鏊山街道老街改造完工 12家老字号回迁
!l ·我市新增3个省级非遗代表性项目
!d 湓江网所刊原创作品，未经书面授权不得转载、摘编
!m 湓江网违法和不良信息举报电话：0793-8806110
""",
        body="""
记者近日从湓江市文化广电旅游局获悉，觥城区鏊山街道的“梁记”铜火锅铺日前被评为省级非遗工坊，成为我市首家以锅具制作入选的工坊。
“梁记”创办于清光绪年间，至今已传到第五代。铺子里的铜火锅全部手工捶打成型，一口中号锅要经过下料、锻打、焊接、镀锡、抛光等二十多道工序，敲击次数超过两万下。第五代传人梁卫东说，过去铺子只卖锅，现在每周末开设体验课，游客可以亲手敲一块锅耳。
近两年，工坊吸纳周边居民14人就业，带出学徒9名，去年销售铜锅3800余口。市文广旅局相关负责人表示，将支持工坊与景区、民宿合作，让老手艺走进更多人的生活。⟦l 分享到：微信 朋友圈 微博 QQ⟧
""",
    ),
    dict(
        slug="forum-zhenjiao-thread-spool-jammer-html",
        site="针脚缝纫论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.zhenjiao.net/thread-40927-1-1.html",
        title="老式缝纫机线轴老是卡线的五个原因",
        record_title="[技巧分享] 老式缝纫机线轴老是卡线的五个原因（多图实拍）- 机缝技巧 - 针脚缝纫论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk as a line and glued after sentences, rating row, signature, replies; "
        "发表于 3 天前 is no date",
        page="""
<html><head><meta charset="gbk">
<title>[技巧分享] 老式缝纫机线轴老是卡线的五个原因（多图实拍）- 机缝技巧 - 针脚缝纫论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head><body>
<div id="hd">⟦m 针脚缝纫论坛⟧　⟦m 一针一线，缝补生活⟧　⟦a <a>登录</a> | <a>注册成针友</a>⟧</div>
<div id="pt">⟦m 针脚缝纫论坛 › 缝纫技术 › 机缝技巧 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 5208 | 回复: 37⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 老周修机⟧<p>⟦m 帖子 1392　积分 8831　缝纫大师⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 老周修机 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　金线 +12　收起 理由⟧</div>
<div class="sign">⟦m 专修蝴蝶、蜜蜂、飞人老缝纫机，同城可上门⟧</div>
<div class="po">⟦a 回复 引用 收藏 举报⟧</div></td></tr></table>
<div class="pl">⟦l 沙发　布谷鸟 发表于 3 天前　干货！我家蜜蜂牌就是插杆歪了⟧</div>
<div class="pl">⟦l 板凳　小裁缝阿梅 发表于 2 天前　第三条太对了，大宝塔线不能直接插⟧</div>
<div id="f_pst">⟦a 登录后方可回帖，还没有账号？马上注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　针脚缝纫论坛 粤ICP备18043321号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里有蝴蝶牌、蜜蜂牌老缝纫机的朋友，经常问我线轴一转就卡线、面线断是怎么回事。我修了二十多年缝纫机，总结下来多数是这五个原因，大家可以对照着查。
一是线轴插杆歪了。插杆一歪，线轴转起来就会晃，线被别住。把插杆扶正，底下垫一片毛毡就行。
二是线轴边缘有毛刺。塑料线轴摔过以后容易起毛刺，挂住线头。用细砂纸顺着边打磨一圈。
三是线轴太大。有些人把工业用的大锥形线轴直接插上去，转动惯量大，一停车线就松成一团，建议配一个立式线架。
四是穿线顺序错了，漏过了夹线器。五是线本身质量差，粗细不匀。
以上都排除了还卡线，再考虑调梭壳螺丝，别一上来就拧。
""",
    ),
    dict(
        slug="forum-jixiu-mahjong-shuffle-stops-junk",
        site="机修之家论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.jixiuzhijia.com/viewthread.php?tid=118406",
        title="自动麻将机洗牌洗到一半停机的排查方法",
        record_title="【维修心得】自动麻将机洗牌洗到一半停机的排查方法 - 机芯维修区 - 机修之家论坛",
        date=None,
        notes="forum text: anti-scraping junk as a line and glued after sentences; replies and login prompt below; "
        "发表于 昨天 is no date",
        page="""
!m 机修之家论坛 » 棋牌器材 » 机芯维修区
!m 查看：3377　回复：21
!t 【维修心得】自动麻将机洗牌洗到一半停机的排查方法
!m 楼主：牌机老谭　发表于 昨天 22:16　只看该作者
{BODY}
!m 本帖最后由 牌机老谭 于 昨天 22:31 编辑
!a 支持(18)　反对(0)　收藏　转发
!l 2# 小鱼修机：第二步说到点子上了，我上周就是磁铁吸满铁屑
!l 3# 包工头阿兵：楼主能不能再讲讲过山车机怎么换皮带？
!a 登录后才能参与回帖讨论　登录 | 注册
!m 手机版｜小黑屋｜机修之家论坛　湘ICP备20013275号
""",
        junk=dict(lines=1, glued=2),
        body="""
最近好几位坛友私信问同一个问题：自动麻将机洗牌洗到一半就停，指示灯一闪一闪。我把这两年修过的四十多台机子总结一下，按从易到难的顺序排查。
第一步，看牌。牌里混进了硬币、烟头或者缺角的牌，最容易卡在升降台上。把四方的牌全倒出来清一遍，很多时候就好了。
第二步，看磁。洗牌靠大盘底下的磁铁吸牌，磁铁上吸满铁屑就会吸不住。拆下大盘，用胶带把铁屑粘干净。
第三步，看皮带。推牌皮带用久了会打滑，手捏中间能按下去两指宽的，就该换了。
第四步，看传感器。上面都查过还停，多半是计数光眼脏了，用棉签蘸酒精轻轻擦。
主板坏的情况其实很少，别一上来就换板子，白花几百块钱。
""",
    ),
]
