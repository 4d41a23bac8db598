"""holdout265, part A: 范文 sites, 文库 previews, government portals, news portals and forums.

Written by hand, blind (see NOTE.md). Every place, person, firm, site, URL and phone is invented.
Objects: fish creels (鱼篓), pocket watches (怀表), bamboo rakes (竹耙), camphor-wood chests
(樟木箱), headscarves (头巾).
"""

CASES = [
    dict(
        slug="fanwen-yantian-speech-creel-workshop-gb2312",
        site="砚田范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yantianfw.example.cn/jianghua/zhici/2024/0420/17362.html",
        title="在罭溪县竹编鱼篓传习工坊揭牌仪式上的讲话",
        record_title="【致辞选粹】在罭溪县竹编鱼篓传习工坊揭牌仪式上的讲话（拿来稍改即可）_砚田范文网",
        date="2024-04-18",
        date_also=["2024-04-20"],
        notes="old gb2312 table layout: marquee notice, font-size row, floating ghost-writer QQ box, visitor counter; speaker and date lines under the title are neutral; a collect link glued after a 。 inside a paragraph; the page's update date differs from the speech's date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞选粹】在罭溪县竹编鱼篓传习工坊揭牌仪式上的讲话（拿来稍改即可）_砚田范文网</title>
<meta name="keywords" content="鱼篓,揭牌仪式,讲话稿,致辞">
<link href="/skin/yt2012/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/yt_common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 砚田范文网⟧</td><td class="slogan">⟦m 一方砚田　笔耕万篇⟧</td><td align="right">⟦a <a href="/user/login.asp">会员登入</a> | <a href="/user/reg.asp">免费开户</a>⟧</td></tr>
</table>
<table width="960" align="center" class="menu"><tr>
<td><a href="/">⟦m 砚田首页⟧</a></td><td><a href="/jianghua/">⟦m 讲话致辞⟧</a></td><td><a href="/zongjie/">⟦m 总结汇报⟧</a></td><td><a href="/xinde/">⟦m 心得体会⟧</a></td><td><a href="/zhuchi/">⟦m 主持串词⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦d 砚田提醒：本站范文由编辑整理改写，引用时请结合本单位实际修改，切勿原样照搬⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：砚田首页 &gt;&gt; 讲话致辞 &gt;&gt; 揭牌致辞 &gt;&gt; 正文⟧</div>
<h1 class="biaoti">⟦t 【致辞选粹】在罭溪县竹编鱼篓传习工坊揭牌仪式上的讲话（拿来稍改即可）⟧</h1>
<div class="xinxi">⟦m 更新：2024-04-20　　整理：砚田小编　　人气：<span id="hits">1288</span>⟧</div>
<div class="ziti">⟦a 〖字号调节：特大 中号 小号〗⟧ ⟦a 〖一键全选复制〗⟧ ⟦a 〖存成Word文档〗⟧</div>
<div class="neirong">
<p align="center">{T}</p>
<p align="center">罭溪县人民政府副县长　卢秋池</p>
<p align="center">（2024年4月18日）</p>
{BODY}
</div>
<div class="fenye">⟦l 上一篇：在全县春汛渔船安全检查会上的讲话⟧<br>⟦l 下一篇：非遗传承基地授牌仪式主持串词⟧</div>
</td>
<td width="250" valign="top" class="right">
<div class="bt">⟦l 本类热门⟧</div>
<ul><li>⟦l 在非遗展示馆开馆仪式上的致辞⟧</li><li>⟦l 乡村工匠工作室挂牌讲话稿⟧</li><li>⟦l 传统手工艺培训班开班讲话⟧</li></ul>
<div class="kefu">⟦w 材料定制 请扣：3306127745（工作日在线）⟧</div>
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td>
⟦d 砚田范文网文章仅供学习参考，严禁整篇转载用于商业用途，违者追责。⟧<br>
⟦m 砚田范文网　版权所有　　湘ICP备19077304号⟧<br>
⟦m 本页浏览人次：<font color="red">06219</font>⟧
</td></tr></table>
<div id="float_qq" style="position:fixed;right:0;top:200px">⟦w 砚田写作顾问 QQ 3306127745⟧</div>
<script>yt_stat("17362");</script>
</body></html>
""",
        body="""
各位来宾，乡亲们、朋友们：
今天，罭溪县竹编鱼篓传习工坊在篊湾镇正式揭牌了。我代表县人民政府，向工坊的建成表示热烈祝贺，向长期坚守这门手艺的老艺人致以崇高敬意！
篊湾编鱼篓，已有三百多年历史。一根毛竹剖成细篾，经过起底、编身、收口、上提梁等十几道工序，才能编成一只轻巧结实的鱼篓。过去，篊湾的男人出河捕鱼，腰间都系着这样一只鱼篓。⟦a 【收藏此段】⟧如今会编的人越来越少，全镇能独立完成整套工序的师傅只剩下十一位。
工坊建起来，就是要把老手艺留住、传下去。下面我讲三点希望：一是请老师傅们多带徒弟，把看家本领毫无保留地教给年轻人；二是请篊湾镇做好场地、原料和销路保障，让学手艺的人能挣到钱；三是请文旅部门把鱼篓编织纳入研学线路，让更多孩子来摸一摸、编一编。
最后，祝传习工坊越办越好，祝篊湾竹编鱼篓走得更远！谢谢大家。
""",
    ),
    dict(
        slug="fanwen-cailiaoyizhan-insight-headscarf-embroidery",
        site="材料驿站 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.cailiaoyizhan.example.net/xinde/peixun/2024/77815.html",
        title="参加头巾挑花刺绣技艺培训班的心得体会",
        record_title="参加头巾挑花刺绣技艺培训班的心得体会（优选三篇）- 材料驿站",
        date=None,
        notes="decorated record title (（优选三篇）- site); the title repeated decorated and plain; a ghost-writer WeChat line between two paragraphs; a member-unlock prompt under the text; no date (only a view count)",
        indent="\u3000\u3000",
        page="""
!m 材料驿站 cailiaoyizhan.net ｜ 写材料不再熬夜
!m 当前位置：驿站首页 ＞ 心得体会 ＞ 培训心得
!t 参加头巾挑花刺绣技艺培训班的心得体会（优选三篇）
!m 收录：驿站编辑部　浏览：2650　评分：4.6
!a ◇复制全文　◇转存Word　◇收入我的文件夹
!m 篇一
{T}
{BODY}
!a 篇二、篇三需开通驿站会员查看，首月仅需9.9元
!l 同栏目推荐：
!l ▪ 参加乡村工匠培训班学习体会
!l ▪ 巾帼手工技能培训结业发言稿
!d 温馨告知：驿站文章源于会员投稿，若有版权疑问请发邮件至 banquan@cailiaoyizhan.example.net
!m 材料驿站 © 2017-2024　渝ICP备18062215号
""",
        body="""
三月下旬，我参加了帻岭镇妇联举办的头巾挑花刺绣技艺培训班。七天里，县级非遗传承人罗桂芬老师手把手教我们选布、描样、挑花、锁边，我第一次完整地绣出了一条带“八角花”纹样的头巾。回想这段学习，有三点体会最深。
一是老手艺要沉下心来学。挑花讲究数纱，一针错了，整片花纹就会歪。刚开始我急着赶进度，拆了又绣、绣了又拆。罗老师说，头巾是戴在头上的，针脚好不好，人家一眼就看得出来。
⟦w 范文不合用？驿站写手一对一代笔，微信 yz-xiezuo88⟧
二是老手艺也能变成新门路。培训班请来电商老师，讲怎样给头巾拍照、写介绍、定价格。班里已经有六位姐妹接到了外地订单。
三是要把学到的本事带回村里。我打算在村里办个刺绣小组，农闲时大家一起绣头巾，既添了收入，也把这门手艺传下去。
""",
    ),
    dict(
        slug="wenku-shicao-research-camphor-chest-marker-paras",
        site="蓍草文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shicaowenku.example.com/view/5c81e07d2a.html",
        title="关于欓山县樟木箱制作产业发展情况的调研报告",
        record_title="关于欓山县樟木箱制作产业发展情况的调研报告 - 蓍草文库",
        date="2024-09-12",
        notes="文库 reader: viewer toolbar, page-marker paragraphs (⍙ n ⍙) cutting sentences, a coin paywall and a VIP prompt; date only under the signature; the upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于欓山县樟木箱制作产业发展情况的调研报告 - 蓍草文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/static/reader.7f3a.css">
<script src="/static/reader.7f3a.js" defer></script>
</head><body>
<header class="sc-head"><a class="logo" href="/">⟦m 蓍草文库⟧</a><nav><a href="/">⟦m 首页⟧</a><a href="/cat/baogao">⟦m 报告总结⟧</a><a href="/cat/gongwen">⟦m 党政公文⟧</a></nav><a class="vip" href="/vip">⟦a 办年卡 全库文档随心下⟧</a><a href="/login">⟦a 登录丨注册账号⟧</a></header>
<div class="doc-title"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传者：山茶花开2019　上传时间：2024-09-20　共5页　约2,960字⟧</p>
<div class="viewer-bar">⟦a 放大　缩小　全屏阅读　文字模式⟧</div></div>
<div class="doc-pages">
{BODY}
</div>
<div class="paywall"><p>⟦a 试看已结束，还剩3页未读，支付2文库币即可继续阅读⟧</p><button>⟦a 立即支付⟧</button></div>
<aside class="rel"><h4>⟦l 看过此文的人还看了⟧</h4><ul><li>⟦l 传统家具制作产业调研报告范文⟧</li><li>⟦l 关于木制工艺品产业发展的调研与思考⟧</li><li>⟦l 县域特色手工业发展情况调研⟧</li></ul></aside>
<footer>⟦d 蓍草文库所有文档均为用户上传，本站不对内容准确性负责；若侵犯了您的权益，请点击页面底部“侵权申诉”。⟧<br>⟦m 蓍草文库　浙ICP备20033178号-2⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⍙ {n} ⍙", every=130, start=2),
        body="""
为了解我县樟木箱制作产业现状，县政协经济委员会于今年8月组织调研组，走访了帻岭、欓溪两个乡镇的14家樟木箱作坊和2家规模企业，召开座谈会3场。现将有关情况报告如下。
一、基本情况
全县现有樟木箱生产经营主体31家，从业人员约620人，去年产销樟木箱4.6万只，产值约9200万元。产品以传统雕花箱、嫁妆箱为主，近年增加了收纳箱、书箱等小件。
二、存在问题
一是原料来源不稳，本地樟木采伐受限，多数作坊从外地收购边角料；二是工艺标准不一，部分产品用杂木贴樟木皮冒充整料；三是年轻工匠断层，作坊师傅平均年龄56岁。
三、几点建议
建议县里制定樟木箱团体标准，建立原料溯源登记；支持龙头企业开办学徒班；在县城老街设立樟木箱展销中心。
欓山县政协经济委员会调研组
2024年9月12日
""",
    ),
    dict(
        slug="wenku-zhiye-plan-bamboo-rake-wrapped-glued-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiye.example.com/p/20241009/883104.html",
        title="岿阳县国有檑溪林场秋季竹耙清扫松针防火工作方案",
        record_title="岿阳县国有檑溪林场秋季竹耙清扫松针防火工作方案.docx",
        date="2024-10-08",
        notes="file-name record title; hard-wrapped at 62 columns and cut by page markers (⏳n⏳) glued to the continuation line; a 'read on in the app' prompt and a points price; date under the signature",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⏳{n}⏳", every=110, start=2, glue=True),
        page="""
!m 知页文库 · 海量文档在线读
!t 岿阳县国有檑溪林场秋季竹耙清扫松针防火工作方案.docx
!m 格式：docx　页数：3　大小：21.6KB　贡献人：林间小路
!a ★★★★☆ 评分　｜　加入书架　｜　手机扫码看
{BODY}
!a 本文档共3页，当前预览2页，打开知页APP可免费阅读全文
!a 下载本文档需 8 知页点　立即下载
!l 同类文档：林场森林防火工作实施方案　｜　秋冬季护林防火宣传方案
!d 知页文库提醒：文档内容由贡献人上传，不代表本站观点，如有侵权请联系客服删除。
""",
        body="""
为切实做好秋冬季森林防火工作，减少林下松针、落叶等可燃物堆积，场部决定在全场开展竹耙清扫松针专项行动，特制定本方案。
一、工作目标
10月15日至11月30日，对全场6个营林区、38条防火隔离带和主要林道两侧各20米范围内的松针落叶进行清扫，清扫面积不少于2600亩。
二、工具配备
场部统一采购竹耙400把、竹扫帚200把、运料竹筐120只，由各营林区按人数领取。竹耙一律使用毛竹整根削齿，不得使用铁齿耙，防止碰出火星。
三、工作要求
清扫下来的松针一律就近堆放在指定收集点，由合作社统一运出加工成有机肥，严禁就地焚烧。各营林区每周五下午报送进度，场部不定期抽查。
岿阳县国有檑溪林场
2024年10月8日
""",
    ),
    dict(
        slug="gov-yuxi-notice-pocket-watch-collection-index-table",
        site="罭溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuxixian.example.gov.cn/zwgk/tzgg/202405/t20240509_40218.html",
        title="关于征集老怀表等近现代计时藏品的通知",
        record_title="关于征集老怀表等近现代计时藏品的通知_通知公告_罭溪县人民政府",
        date="2024-05-07",
        date_also=["2024-05-09"],
        notes="modern county portal: 关怀版/读屏 links, an index table (the 文号 cell unmarked, neutral), a font-size row, a 纠错 hotline in the footer; the notice's own 联系人/电话/邮箱 and 附件 list stay; the portal's publish date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于征集老怀表等近现代计时藏品的通知_通知公告_罭溪县人民政府</title>
<meta name="SiteName" content="罭溪县人民政府"><meta name="ColumnName" content="通知公告">
<link rel="stylesheet" href="/images/gov2023.css">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 欢迎访问罭溪县人民政府门户网站⟧</span><a href="/care/">⟦a 关怀版⟧</a><a href="javascript:;" id="reader">⟦a 读屏辅助⟧</a><a href="/big5/">⟦a 简/繁⟧</a></div>
<div class="banner">⟦m 罭溪县人民政府⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进罭溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11431123MB1F07225Q/2024-00318⟧</td><td>⟦m 发布机构：县文化和旅游局⟧</td></tr>
<tr><td>⟦m 生成日期：2024-05-09⟧</td><td>罭文旅发〔2024〕12号</td></tr>
</table>
<div class="article">
<h2 class="title">{T}</h2>
<div class="info">⟦m 发布时间：2024-05-09 10:15　来源：县文化和旅游局　阅读次数：1563⟧</div>
<div class="fontsize">⟦a 【字号：较大 标准 较小】⟧ ⟦a 【打印本文页面】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="related"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 罭溪县博物馆2024年免费开放时间调整公告⟧</li><li>⟦l 关于征集罭溪老照片的启事⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：罭溪县人民政府办公室　承办：罭溪县融媒体中心⟧</p>
<p>⟦m 网站标识码：4311230019　湘公网安备 43112302000115号⟧</p>
<p>⟦m 网站纠错热线：0736-7410000（工作日）⟧</p>
</div>
<script src="/js/gov-stat.js"></script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，社会各界朋友：
为筹办“时光里的罭溪——近现代计时器具展”，县博物馆面向社会征集老怀表及相关实物、资料。现将有关事项通知如下。
一、征集范围
1.民国及以前生产或在本县使用过的怀表、挂表及表链、表盒；
2.与怀表有关的老照片、修表工具、票据、书信等；
3.能反映我县钟表修理行业历史的口述材料。
二、征集方式
采取捐赠、借展、复制三种方式，征集人可自愿选择。入选展品由县博物馆颁发收藏证书，借展品展期结束后原样奉还。
三、征集时间
自即日起至2024年7月31日止。
联系人：县博物馆　邬雪芹　电话：0736-7412385
邮箱：bwg_zhengji@yxwl.example.cn
附件：1.罭溪县老怀表征集登记表
2.借展协议（样本）
罭溪县文化和旅游局
2024年5月7日
""",
    ),
    dict(
        slug="gov-langchuan-bulletin-headscarf-spotcheck-table",
        site="榔川市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjg.langchuan.example.gov.cn/xxgk/ccgb/2024/0715/3317.html",
        title="关于2024年第二季度头巾类纺织品质量监督抽查情况的通报",
        record_title="关于2024年第二季度头巾类纺织品质量监督抽查情况的通报-榔川市市场监督管理局",
        record_date="2024-07-15",
        date="2024-07-15",
        notes="record gives the date; a 文号 line (neutral); a table one row a paragraph; 抄送 and 印发 lines stay; the site's 12315 and 纠错 lines go",
        page="""
!m 榔川市市场监督管理局　政务公开
!a 无障碍　｜　关怀版　｜　English
!m 首页 > 信息公开 > 质量监督 > 抽查通报
{T}
!m 发布时间：2024-07-15　来源：质量监督科　浏览量：874
榔市监质〔2024〕31号
{BODY}
!a 【打印正文】【关闭本页】
!l 相关信息：2024年第一季度儿童服装质量抽查情况的通报
!m 主办：榔川市市场监督管理局　网站标识码：4309000031
!m 投诉举报：12315　网站纠错：0737-8826110
""",
        indent="\u3000\u3000",
        body="""
各区县市场监督管理局，局机关各科室：
今年5月至6月，市局组织对全市商场、集贸市场和网店销售的头巾类纺织品开展了质量监督抽查，共抽查样品62批次，检出不合格样品9批次，不合格率14.5%。现将有关情况通报如下。
一、不合格项目分布
项目　不合格批次　主要原因
纤维含量　5　标注“纯羊毛”实为混纺
色牢度　3　染料固色不足
pH值　1　后整理水洗不充分
二、处理要求
各区县局要自通报下发之日起15日内，对不合格产品的生产、销售单位依法立案调查，责令下架召回，并于7月31日前将处理结果报市局质量监督科。
榔川市市场监督管理局
2024年7月15日
抄送：市产品质量检验所，各区县人民政府。
榔川市市场监督管理局办公室　2024年7月15日印发
""",
    ),
    dict(
        slug="news-yuxi-creel-class-app-prompt-caption",
        site="罭溪新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuxinews.example.cn/jiaoyu/2024-05/24/content_88213.html",
        title="篊湾小学把竹编鱼篓课搬进教室",
        record_title="篊湾小学把竹编鱼篓课搬进教室_教育_罭溪新闻网",
        date="2024-05-24",
        notes="county news portal: an app prompt glued before the lead's first words, a photo caption on a line of its own between paragraphs, an editor line glued after the last sentence, an ad slot and a 24-hour list; the byline's 发布时间 is the date",
        page="""
<!doctype html>
<html><head><meta charset="utf-8">
<title>篊湾小学把竹编鱼篓课搬进教室_教育_罭溪新闻网</title>
<link rel="stylesheet" href="//static.yuxinews.example.cn/css/article.css">
<script>window._ads = window._ads || [];</script>
</head><body>
<div class="top-nav"><a href="/">⟦m 罭溪新闻网⟧</a><a href="/shizheng/">⟦m 时政⟧</a><a href="/minsheng/">⟦m 民生⟧</a><a href="/jiaoyu/">⟦m 教育⟧</a><a href="/wenlv/">⟦m 文旅⟧</a><a href="/video/">⟦m 视频⟧</a></div>
<div class="ad-slot">⟦l 广告位招租　0736-7420088⟧</div>
<div class="crumbs">⟦m 罭溪新闻网 &gt; 教育 &gt; 正文⟧</div>
<h1 class="headline">{T}</h1>
<div class="byline">⟦m 发布时间：2024-05-24 08:30　来源：罭溪日报　记者：柯晓岚⟧</div>
<div class="tool">⟦a 听全文⟧ ⟦a 大字号⟧</div>
<div class="article-body">
{BODY}
</div>
<div class="bottom-share">⟦l 转发到：朋友圈　微博　抖音⟧</div>
<div class="rank"><h3>⟦l 24小时点击排行⟧</h3><ol><li>⟦l 罭溪至篊湾公交线路5月起加密班次⟧</li><li>⟦l 鲑溪篊湾段3月1日起禁渔⟧</li><li>⟦l 县第一中学高考考点布置完毕⟧</li></ol></div>
<div class="foot">⟦d 罭溪新闻网原创稿件，转载须经书面授权并注明出处。⟧<br>⟦m 互联网新闻信息服务许可证：43120200047　新闻热线：0736-7420011⟧</div>
</body></html>
""",
        body="""
⟦a 下载罭溪融媒APP，本地新闻先知道⟧本网讯（记者　柯晓岚　通讯员　翁启明）“先压住十字底，再一根压一根往上挑。”5月23日下午，在篊湾小学四年级教室里，67岁的竹编艺人龚传福正教孩子们编鱼篓。
这是篊湾小学开设的“竹编鱼篓”特色课程的第一堂课。学校从镇上请来三位老艺人，每周四下午给四、五年级学生上课，一学期编完一只小鱼篓。
⟦m 图为龚传福（右一）指导学生编鱼篓底。记者　柯晓岚　摄⟧
“鱼篓口小肚大，鱼进去了跳不出来，这里面有老祖宗的智慧。”龚传福说。十岁的学生邹雨桐编得最快，已经编到了篓身，她说要把鱼篓送给爷爷。
校长尤长青介绍，学校还准备把学生作品集中起来，在六一儿童节办一场小型展览。⟦m （责任编辑：汪蔓　校对：闵朵）⟧
""",
    ),
    dict(
        slug="news-langchuan-watch-volunteers-text-related-link",
        site="榔川在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.langchuan.example.com/cs/2024/1022/207715.shtml",
        title="老怀表修复志愿队走进敬老院",
        date="2024-10-22",
        notes="record title as is; the byline line is the page's date; an extended-reading link on a line of its own between paragraphs; a listen/font row; a 24-hour list and a reprint notice",
        page="""
!m 榔川在线 · 城事频道
!m 首页 / 城事 / 民生
{T}
!m 2024-10-22 15:06　　来源：榔川日报　　作者：谭秋羽
!a 听新闻　｜　A+　A-
{BODY}
!l 全天热读榜
!l 1　榔川西站综合交通枢纽主体完工
!l 2　鲑溪河滨步道本周末开放夜间照明
!d 本网稿件未经授权不得转载，已获授权的请注明“来源：榔川在线”。
!m 新闻热线：0737-8851200　违法和不良信息举报：0737-8851234
""",
        indent="\u3000\u3000",
        body="""
10月21日上午，榔川市老怀表修复志愿服务队来到籯湖区福寿康养院，为老人们免费检修怀表、座钟等老物件。
志愿队由6名退休钟表师傅组成，最年长的已经78岁。当天，他们带来了放大镜、镊子、表油等工具，在活动室里摆开两张长桌。不到半天，就检修了怀表14块、座钟3台，其中9块怀表重新走了起来。
⟦l ▶延伸阅读：籯湖区“银龄课堂”开课，老人学用智能手机⟧
82岁的顾有田老人捧着一块银壳怀表，一直盯着师傅拆装。这块表是他父亲留下的，已经停了二十多年。听到表里重新传出“嘀嗒”声，老人连声道谢。
志愿队队长邝守一说，老物件里装着老人的回忆，修好一块表，就是帮老人把这份回忆续上。今后，志愿队每月都会到一家养老机构服务。
""",
    ),
    dict(
        slug="forum-biaoyou-pocket-watch-mainspring-jammer",
        site="表友会论坛 (invented, Discuz-style)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.biaoyouhui.example.com/thread-402117-1-1.html",
        title="老怀表发条断了，自己换还是送修？说说我的经历",
        record_title="[修表手记] 老怀表发条断了，自己换还是送修？说说我的经历 - 怀表专区 - 表友会论坛",
        date=None,
        notes="Discuz-like thread: jammer-font junk glued and on a line, a rating row, a signature, a reply box; the post time is relative (3 天前), so no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[修表手记] 老怀表发条断了，自己换还是送修？说说我的经历 - 怀表专区 - 表友会论坛</title>
<style>.jammer{color:#fff;font-size:0}</style>
<script src="static/js/common.js?Q3t"></script>
</head><body>
<div id="hd"><a href="./">⟦m 表友会论坛⟧</a> <span>⟦m 识表·修表·玩表⟧</span> <a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 注册表友⟧</a></div>
<div id="pt">⟦m 表友会论坛 › 收藏交流 › 怀表专区 › 帖子正文⟧</div>
<div class="pls"><p>⟦m 楼主：铜壳老钟⟧</p><p>⟦m 表龄：11年　帖子：862　金币：3051⟧</p></div>
<div class="plc">
<h1><span id="thread_subject">⟦t [修表手记] 老怀表发条断了，自己换还是送修？说说我的经历⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_902231">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 7　金币 +21　收起 理由：经验之谈⟧</div>
<div class="sign">⟦l 签名：修表不急，急了修不好⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏本帖⟧</div>
</div>
<div class="pgs">⟦l 下一主题：求鉴定：这块猎表是不是原装表盖？⟧</div>
<div id="f_pst">⟦a 登录后方可参与回复，还没有账号？马上注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　表友会论坛 ( 粤ICP备20098716号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前阵子从旧货市场淘了一块上海产的老怀表，上弦上到一半就“咔”一声，再也拧不动了，打开后盖一看，是发条断了。
一开始我想自己换。网上买了一套开表器和镊子，结果条盒盖都没撬开，还把夹板划了一道印子。后来去请教论坛里的老哥，才知道老怀表的发条要按原厂尺寸配，宽了厚了都装不进去，薄了又走不满一天。
最后我把表送到榔川老街一家修了四十年表的铺子。师傅量了条盒，配了一根新发条，顺手给机芯洗了油，一共收了一百二十元。现在每天上一次弦，误差不到一分钟。
给新入坑的表友提个醒：老怀表结构娇气，没有工具和经验的，千万别自己硬拆。
""",
    ),
    dict(
        slug="forum-xidiao-creel-vs-net-junk-text",
        site="溪钓汇 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.xidiaohui.example.net/forum/t-66021.html",
        title="竹鱼篓和网兜，到底哪个更养鱼？",
        record_title="[钓具杂谈] 竹鱼篓和网兜，到底哪个更养鱼？（附实拍图）- 传统钓 - 溪钓汇",
        date=None,
        notes="anglers' forum: junk lines and junk glued after 。, an image placeholder on a line of its own between paragraphs, floors below; posted 昨天, so no date",
        page="""
!m 溪钓汇 · 野钓人的家
!m 溪钓汇 » 钓具交流 » 传统钓 » 浏览主题
!t [钓具杂谈] 竹鱼篓和网兜，到底哪个更养鱼？（附实拍图）
!m 山涧老鲫　发表于 昨天 21:40　｜　查看 1904　｜　回复 33
{BODY}
!a 顶　踩　收藏　分享　举报
!l 2#　钓不着不回家：竹鱼篓确实养鱼，就是背着沉
!l 3#　老渔夫阿木：泡两天去腥味这个经验有用，学到了
!a 回帖前请先阅读版规　｜　快速回复
!m 溪钓汇 Archiver　｜　手机版　｜　GMT+8
""",
        junk=dict(lines=2, glued=3),
        body="""
玩溪流钓七八年了，装鱼的家伙换过好几样，今天说说竹鱼篓和网兜的区别。
网兜轻便，往水里一挂就行，可鱼在里面挤来挤去，鳞片容易蹭掉，钓到傍晚，早上的鱼已经翻肚了。
⟦a [图片] 鱼篓实拍.jpg（点击查看原图 1.2 MB）⟧
竹鱼篓是我在罭溪篊湾镇老街买的，八十块钱，口小肚大，篓身编得密。把它半沉在浅水里，水能流进去，鱼在里面不乱撞，一天下来还是活蹦乱跳的。缺点是重，走山路背着有点累赘。
我的办法是：短途溪钓带竹鱼篓，长途徒步就带网兜。另外提醒一句，新买的竹鱼篓最好先在清水里泡两天，去掉竹腥味，鱼才不嫌弃。
""",
    ),
]
