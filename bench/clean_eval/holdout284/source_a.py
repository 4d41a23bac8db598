"""holdout284, part A: 范文 sites, 文库 previews, government portals, news portals, forums.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-biyun-speech-teacake-contest-gb2312",
        site="笔韵公文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.biyungw.com/jianghua/kaimu/2025/0422/51873.html",
        title="在郅原县首届茶饼压制技艺大赛开幕式上的致辞",
        record_title="【致辞精编】在郅原县首届茶饼压制技艺大赛开幕式上的致辞（稍改即用）_笔韵公文网",
        date="2025-04-18",
        date_also=["2025-04-22"],
        notes="old table layout with marquee, font row, ghost-writer QQ line between paragraphs, copy link glued after a sentence, visitor counter; speaker and date lines under the title neutral; the site's update date differs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞精编】在郅原县首届茶饼压制技艺大赛开幕式上的致辞（稍改即用）_笔韵公文网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.js"></script>
</head><body bgcolor="#f6f3ea" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260"><font size="5" color="#8b0000">⟦m 笔韵公文网⟧</font></td><td align="right">⟦m 写好每一篇讲话，从笔韵开始⟧　<a href="/user/login.asp">⟦a 会员登入⟧</a>　<a href="/user/reg.asp">⟦a 新会员开户⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" bgcolor="#8b0000"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jianghua/">⟦m 领导致辞⟧</a></td><td><a href="/zongjie/">⟦m 年度总结⟧</a></td><td><a href="/fangan/">⟦m 活动方案⟧</a></td><td><a href="/xinde/">⟦m 学习心得⟧</a></td>
</tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m ★笔韵公文网今日更新致辞类范本86篇，新会员开户即赠三天阅读卡★⟧</marquee></td></tr></table>
<table width="960" align="center" border="0"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 所在栏目：笔韵公文网 ＞＞ 领导致辞 ＞＞ 开幕闭幕致辞⟧</div>
<h1 align="center">{T}</h1>
<div align="center">⟦m 更新时间：2025-04-22 09:13:40　人气：<span id="hits">3917</span>　录入：素笺⟧</div>
<div align="center">⟦a 【阅读字体：特大　适中　偏小】⟧　⟦a 【背景色：米黄　淡绿　素白】⟧</div>
<div align="center">郅原县人民政府副县长　柯明远</div>
<div align="center">（2025年4月18日）</div>
<div class="neirong">
{BODY}
</div>
<div>⟦a 【复制全篇】【存入我的书包】【打印此页】【关闭窗口】⟧</div>
<div>⟦l 前一篇：茶文化旅游节开幕式主持词⟧　⟦l 后一篇：在采茶能手表彰会上的讲话⟧</div>
</td><td width="250" valign="top" bgcolor="#efe8d8">
<div class="bt">⟦l ▌本栏目阅读排行⟧</div>
<div>⟦l ·在春茶开采仪式上的致辞⟧</div>
<div>⟦l ·县长在农民丰收节上的讲话⟧</div>
<div>⟦l ·非遗技艺展演活动开幕致辞⟧</div>
<div class="qqfloat">⟦w 讲话稿定制 QQ：3088162745 可开发票⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">
⟦d 笔韵公文网所载范文仅供写作借鉴，引用请自行核实数据，转载须注明出处⟧<br>
⟦m Copyright 2009-2025 biyungw.com 笔韵公文网　滇ICP备11073926号⟧<br>
⟦m 您是本站第 0038214 位来客⟧
</td></tr></table>
<script>var bdcount=1;</script>
</body></html>
""",
        body="""
各位来宾，各位参赛选手，同志们：
春茶飘香正当时。今天，郅原县首届茶饼压制技艺大赛在菟湾镇茶叶交易中心开幕了。我代表县人民政府，向远道而来的各位嘉宾表示热烈欢迎，向全县茶农和制茶师傅致以诚挚问候！
茶饼压制是我县传承三百多年的老手艺，从蒸茶、装袋、石模压制到晾干包纸，每一道工序都凝结着匠人的心血。近年来，全县茶饼年产量达到1860吨，带动4300多户茶农增收。⟦a [复制本段文字]⟧当然，我们也看到，会压饼的老师傅平均年龄已超过58岁，手艺传承面临断档。
⟦w 讲话稿一对一代笔，QQ 3088162745，加急两小时交稿⟧
举办这次大赛，就是要以赛促学、以赛传艺，让更多年轻人学会压饼、爱上压饼。希望各位选手赛出水平、赛出风格，也希望各位评委公平公正、严格把关。
最后，预祝大赛圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="fanwen-wenanxz-insight-nightstand-volunteer",
        site="文案小筑 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.wenanxz.cn/xinde/zhiyuan/73310.html",
        title="参加敬老院床头柜组装志愿服务的心得体会",
        record_title=None,
        date=None,
        notes="no record title: the page's title line; VIP prompt, ghost-writer WeChat glued after a sentence, upload time as a relative time (no date)",
        page="""
!m 文案小筑 · 好材料慢慢写
!m 首页 ＞ 心得体会 ＞ 志愿服务心得
{T}
!m 分类：志愿服务心得　　上传：3 天前　　浏览：1083
!a 【复制全文需登录】　【导出为Word】　【加入我的文件夹】
{BODY}
!a 本篇为小筑会员专享，开通月卡即可无限复制全文
!l 同类精选：
!l › 社区助老志愿服务活动心得（6篇）
!l › 青年志愿者敬老院服务日感想
!d 小筑所收范文均来自会员投稿，请勿整篇照搬用于参赛或发表
!m 文案小筑 wenanxz.cn　琼ICP备20008815号
""",
        indent="\u3000\u3000",
        body="""
上个周末，我跟随单位青年志愿服务队来到坻口镇敬老院，参加了为老人们更换床头柜的志愿活动。一天的劳动虽然辛苦，却让我收获了很多书本上学不到的东西。
第一点体会，是服务要从老人的需要出发。院里原来的床头柜又高又深，腿脚不便的老人够不着里层的东西。新柜子降低了高度，加装了拉手和防撞圆角，我们组装时一个个试着拉抽屉，就怕老人用起来费劲。⟦w 原创心得代写请加微信 wenan_xz88⟧
第二点体会，是细节里有温度。一位八十多岁的奶奶把老伴的照片放在旧柜子上十几年了，我们搬柜子前先把照片收好，装好新柜后又原样摆回去，奶奶拉着我的手说了好几声谢谢。
第三点体会，是志愿服务贵在坚持。一次活动只能解决一件事，老人们需要的是经常有人来看看。今后我会把参加志愿服务当作一种习惯，力所能及地多做一些实事。
""",
    ),
    dict(
        slug="wenku-zhiyuan-survey-dropper-workshops-pdf",
        site="知渊文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wk.zhiyuanwk.com/view/a83f27c90d41.html",
        title="关于甯溪县陶瓷砚滴作坊发展情况的调研报告",
        record_title="关于甯溪县陶瓷砚滴作坊发展情况的调研报告.pdf",
        date="2024-11-06",
        notes="file-name title; a reader with toolbar, page-marker paragraphs cutting sentences, a paywall box and a purchase prompt; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于甯溪县陶瓷砚滴作坊发展情况的调研报告.pdf - 知渊文库</title>
<script src="https://static.zhiyuanwk.com/reader/v3/reader.min.js"></script>
</head><body>
<header class="wk-top"><a href="/" class="logo">⟦m 知渊文库⟧</a><input placeholder="搜文档">
<a href="/vip">⟦a 开通知渊畅读卡⟧</a> <a href="/login">⟦a 账号登录 · 新用户注册⟧</a></header>
<nav class="crumbs">⟦m 知渊文库 › 行业资料 › 文化产业 › 调研报告⟧</nav>
<div class="doc-head"><h1>{T}</h1>
<p>⟦m 上传人：陶客老周　　上传时间：2024-11-20　　5页　　评分 4.6⟧</p></div>
<div class="viewer-bar">⟦a 缩小　放大　适应宽度　全屏阅读⟧　<span>⟦a 收藏⟧</span>　<span>⟦a 转存⟧</span></div>
<div class="page-box">
{BODY}
</div>
<div class="wk-pay">⟦a 试看已到第3页，剩余2页请支付 3.60 元后阅读⟧ <button>⟦a 扫码支付并下载⟧</button></div>
<aside class="rel"><h4>⟦l 阅读此文档的人还看了⟧</h4><ul>
<li>⟦l 邾城文房瓷器产业摸底报告⟧</li><li>⟦l 县域手工艺作坊帮扶措施汇编⟧</li><li>⟦l 非遗工坊建设情况调研报告⟧</li></ul></aside>
<footer>⟦d 知渊文库文档由用户上传，平台不审核其内容真实性，如有侵权请提交权属证明⟧<br>⟦m 浙ICP备22014730号-3　知渊（邾城）信息技术有限公司⟧</footer>
<script>Reader.init({docId:"a83f27c90d41",free:3});</script>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⦰ {n} ⦰", every=150, start=2),
        body="""
为掌握全县陶瓷砚滴作坊的发展现状，县文化和旅游局于今年9月至10月组织调研组，走访了陟岭乡、坻口镇等5个乡镇的17家作坊，并与作坊主、手艺人和经销商进行了座谈。现将有关情况报告如下。
一、基本情况。全县现有砚滴等文房瓷器作坊17家，从业人员210人，其中持有县级以上非遗传承人称号的9人。2023年共生产砚滴约4.2万件，产值1380万元，产品以青瓷蟾蜍滴、瓜形滴为主，通过网络销售的占六成。
二、存在的问题。一是规模普遍偏小，产值百万元以上的作坊只有4家；二是同质化较重，仿古款式多、原创设计少；三是年轻人愿意入行的不多，学徒平均坚持不到两年。
三、几点建议。一要依托县职业中学开设文房瓷器工艺班，定向培养学徒；二要举办砚滴设计大赛，引导作坊开发新款；三要统一注册“甯溪文房”集体商标，抱团拓展市场。
甯溪县文化和旅游局调研组
2024年11月6日
""",
    ),
    dict(
        slug="wenku-mojing-plan-plumb-check-wrapped-markers",
        site="墨井文档库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.mojingdoc.com/p-20250310774.html",
        title="梵潭区2025年砌体工程垂直度质量提升行动方案",
        record_title="梵潭区2025年砌体工程垂直度质量提升行动方案（修订稿·可直接编辑）",
        date="2025-03-10",
        notes="hard-wrapped at 60 columns, page markers glued to the start of the continuation line; 成文日期 in Chinese numerals; preview-end and coin prompts",
        page="""
!t 梵潭区2025年砌体工程垂直度质量提升行动方案（修订稿·可直接编辑）
!m 墨井文档库　|　建筑施工 › 质量管理　|　共6页　|　2.9万人读过
!a ☆收藏到书架　　⇩下载本文（需12墨点）
{BODY}
!a 预览到此为止，后3页内容请兑换墨点后查看
!a 墨点不足？签到7天可领取30墨点
!l 相关文档：砌筑工程质量通病防治手册｜墙体垂直度检测记录表
!d 墨井文档库所有文档由用户自主上传，本站不对其合法性承担保证责任
""",
        wrap=60,
        indent="\u3000\u3000",
        pages=dict(fmt="♧{n}♧", every=130, start=2, glue=True),
        body="""
为解决部分在建项目墙体垂直度偏差超标、返工较多的问题，区住房和城乡建设局决定在全区开展砌体工程垂直度质量提升行动，特制定本方案。
一、工作目标。到2025年底，全区在建住宅项目砌体垂直度一次验收合格率达到95%以上，因垂直度问题返工的面积比上年下降一半。
二、主要措施。1.每个砌筑班组配齐铅锤、靠尺和水平尺，铅锤重量不小于0.5千克，吊线不得有结头。2.每砌高一步架，由班组长挂铅锤复核一次，偏差超过5毫米的当场拆除重砌。3.监理单位每周抽查不少于三个楼层，抽查结果在项目公示栏公布。
三、时间安排。3月为动员部署阶段，4月至10月为集中整治阶段，11月至12月为总结验收阶段。
四、工作要求。各项目部要明确一名质量员专门负责此项工作，区质监站将把行动开展情况纳入年度诚信评价。
梵潭区住房和城乡建设局
二〇二五年三月十日
""",
    ),
    dict(
        slug="gov-zhiyuan-bulletin-teacake-spotcheck",
        site="郅原县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.zhiyuan.gov.cn.example/zwgk/jgdt/202505/t20250514_88312.html",
        title="郅原县市场监督管理局关于茶饼产品质量监督抽检情况的通报",
        record_title="郅原县市场监督管理局关于茶饼产品质量监督抽检情况的通报〔监管动态〕｜郅原县政府网",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="county portal: elder/accessible links, 索引号 table with the 文号 cell unmarked, a data table one row a paragraph, the bureau's contact beside the portal's error-report and 12345 lines, 抄送 line; the portal's posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>郅原县市场监督管理局关于茶饼产品质量监督抽检情况的通报〔监管动态〕｜郅原县政府网</title>
<meta name="ArticleTitle" content="郅原县市场监督管理局关于茶饼产品质量监督抽检情况的通报">
<script src="/js/jquery.min.js"></script></head>
<body>
<div class="topbar">⟦m 欢迎访问郅原县人民政府门户网站⟧　<a>⟦a 老年人浏览模式⟧</a>　<a>⟦a 读屏辅助开关⟧</a>　<a>⟦a 手机版⟧</a></div>
<div class="banner"><span>⟦m 郅原县人民政府⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进郅原⟧</li></ul>
<div class="loc">⟦m 您所处的位置：首页 ＞ 政务公开 ＞ 部门动态 ＞ 监管动态⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索引号：11532618MB0P71239K/2025-01127⟧</td><td>⟦m 主题分类：市场监管⟧</td></tr>
<tr><td>⟦m 发布机构：郅原县市场监督管理局⟧</td><td>郅市监通〔2025〕9号</td></tr>
<tr><td>⟦m 成文日期：2025-05-12⟧</td><td>⟦m 上网日期：2025-05-14⟧</td></tr>
</table>
<h2 class="art-title">{T}</h2>
<div class="art-tool">⟦a 文字尺寸：A+ A A-⟧　⟦a 打印本页⟧　⟦a 关闭⟧　⟦m 浏览次数：672⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="share">⟦l 转发到：微信 微博 QQ空间⟧</div>
<div class="xg"><h4>⟦l 相关信息⟧</h4><p>⟦l 关于开展春茶上市质量安全专项检查的通知⟧</p><p>⟦l 2024年食品安全监督抽检信息汇总⟧</p></div>
<div class="foot">
<p>⟦m 主办：郅原县人民政府办公室　承办：郅原县政务信息中心⟧</p>
<p>⟦m 网站内容纠错请拨：0871-6620100（工作日）　政务服务便民热线：12345⟧</p>
<p>⟦m 滇ICP备09017352号　滇公网安备 53262302000118号　网站标识码5326230012⟧</p>
</div>
<script>var _visit=_visit||[];</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关部门，各茶叶生产经营单位：
今年4月，县市场监督管理局组织对全县茶饼产品开展了质量监督抽检，共抽取菟湾镇、雒塘乡等6个乡镇31家生产企业和作坊的样品62批次，检验合格58批次，合格率93.5%。现将不合格产品情况通报如下：
样品名称　标称生产单位　不合格项目
晒青生茶饼（357克）　菟湾镇云岚茶叶加工厂　水分
熟茶饼（200克）　雒塘乡老树茶作坊　铅
紧压白茶饼（300克）　郅原县春晖茶业有限公司　标签
古树茶饼（357克）　坻口镇松岩茶社　水分
对上述不合格产品，县局已责令生产单位立即下架召回，并依法立案调查。各生产单位要严格落实原料进货查验和出厂检验制度，不得使用受潮、霉变原料压饼。
联系人：郭晓岚，电话：0871-6620318。
抄送：县农业农村局，县茶产业发展中心。
郅原县市场监督管理局
2025年5月12日
""",
    ),
    dict(
        slug="gov-jingchuan-notice-rain-cloaks-sanitation",
        site="峻川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.junchuan.gov.cn.example/tzgg/202506/t20250603_40127.html",
        title="关于为一线环卫工人配发防雨斗篷的通知",
        record_title="通知公告 ▏关于为一线环卫工人配发防雨斗篷的通知",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="date given by the record (also under the signature); 附件 list kept; the bureau's contact beside the portal's service line; breadcrumb, tools and footer",
        page="""
!m 峻川县人民政府　　www.junchuan.gov.cn
!m 当前所在：首页 » 信息公开 » 通知公告
!t 通知公告 ▏关于为一线环卫工人配发防雨斗篷的通知
!m 信息来源：县城市管理局　发布时间：2025-06-03　点击数：415
!a 【字号 加大 还原】【打印】【关闭本页】
峻城管发〔2025〕14号
{BODY}
!l 上一条：关于开展城区占道经营集中整治的通告
!l 下一条：县城市管理局2025年夏季作息时间调整的通知
!m 峻川县人民政府办公室主办　电子邮箱：jcxzf_web@junchuan.example.cn
!m 网站服务热线：0836-5521000（工作日9:00—17:00）　蜀ICP备13002716号
""",
        indent="\u3000\u3000",
        body="""
各环卫作业公司，各街道环卫所：
入汛以来，我县降雨天气明显增多，一线环卫工人冒雨作业频繁。原配发的分体式雨衣行动不便，不少工人反映在清扫、推车时容易进水。经局务会研究，决定为全县一线环卫工人统一配发防雨斗篷。现将有关事项通知如下：
一、配发范围。全县在岗一线道路清扫保洁、垃圾清运人员，共计1126人，每人配发防雨斗篷两件。
二、配发时间。6月10日前，各单位到县环卫物资仓库领取，领取时需携带加盖公章的人员名单。
三、工作要求。各单位要及时分发到人，不得挪作他用；斗篷上的反光条要保持清洁，雨天夜间作业必须穿戴。
联系人：任雪芹，电话：0836-5527215。
附件：1.各单位防雨斗篷配发数量表
2.防雨斗篷领用登记表
峻川县城市管理局
2025年6月3日
""",
    ),
    dict(
        slug="news-zhiling-bricklaying-contest-plumb",
        site="陟岭新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhilingnews.cn.example/xianyu/2025-05/20/content_318820.html",
        title="陟岭县举办建筑工匠砌筑技能比武",
        record_title="陟岭县举办建筑工匠砌筑技能比武 ▷ 县域动态 ▷ 陟岭新闻网",
        date="2025-05-20",
        notes="news portal: app-download prompt glued before the lead, photo captions between paragraphs, editor line glued after the last sentence; byline 发布时间 is the date",
        page="""
<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>陟岭县举办建筑工匠砌筑技能比武 ▷ 县域动态 ▷ 陟岭新闻网</title>
<script async src="https://ad.zhilingnews.cn.example/slot.js"></script></head>
<body>
<div class="nav-top"><a>⟦m 陟岭新闻网⟧</a> <a>⟦m 时政⟧</a> <a>⟦m 县域⟧</a> <a>⟦m 民生⟧</a> <a>⟦m 视听⟧</a> <a>⟦a 下载陟岭头条客户端⟧</a></div>
<div class="where">⟦m 陟岭新闻网 > 县域动态 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-20 17:26　来源：陟岭县融媒体中心　作者：滕一帆 邹小满⟧</div>
<div class="listen">⟦a ▶ 语音播报本文⟧</div>
<div class="txt">
{BODY}
</div>
</article>
<div class="tags">⟦l 标签：技能比武　建筑工匠　砌筑⟧</div>
<div class="hot"><h3>⟦l 县域热读⟧</h3><ol><li>⟦l 陟岭乡村道路改造工程全面开工⟧</li><li>⟦l 县职教中心新增智能建造专业⟧</li><li>⟦l 夏粮收购点位公布⟧</li></ol></div>
<footer><p>⟦d 凡注明“陟岭新闻网”的作品，未经书面授权不得转载、摘编⟧</p><p>⟦m 互联网新闻信息服务许可证：45120220017　举报电话：0776-2219110⟧</p></footer>
</body></html>
""",
        body="""
⟦a 打开陟岭头条APP，看更多县域新闻⟧本网讯 5月19日，陟岭县2025年建筑工匠砌筑技能比武在县职教中心实训基地举行，来自全县23家建筑企业的46名砌筑工同场竞技。
比赛要求选手在三小时内砌筑一段带转角的清水墙。裁判组用铅锤和靠尺逐段检测墙面垂直度和平整度，偏差每超过1毫米就要扣分。
⟦m 图为选手挂线坠校正墙角。滕一帆 摄⟧
“铅锤一挂，墙正不正一眼就看出来。”参赛的老工匠郑有田说，现在很多年轻人习惯用激光仪，但在脚手架上，铅锤仍然最可靠。
经过激烈角逐，县建工集团的彭小河获得一等奖。县人社局将为前三名选手申报砌筑工技师职业技能等级。⟦m （编辑：尤佳　审核：冉峰）⟧
""",
    ),
    dict(
        slug="news-ningxi-dropper-exhibition-wrapped",
        site="甯溪在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.ningxi-online.cn.example/wenhua/20250109/22361.html",
        title="“水润砚田——历代砚滴展”在甯溪县博物馆开展",
        record_date="2025-01-09",
        date="2025-01-09",
        notes="record title as is and record date; text hard-wrapped at 70 columns; share bar and comment box",
        page="""
!m 甯溪在线 | 文化频道
!m 首页 / 文化 / 展览
{T}
!m 2025年01月09日 10:42　甯溪在线记者 苗清禾
!a 分享至 · 微信 · 朋友圈 · 微博　　A+ A-
{BODY}
!l 网友评论（0）　　还没有人评论，快来抢沙发
!a 发表评论需先登录甯溪通账号
!l 推荐阅读：县图书馆寒假阅读季开启　|　非遗工坊年货市集本周六开市
!d 甯溪在线原创稿件，转载请联系授权
""",
        wrap=70,
        indent="    ",
        body="""
本报讯 1月8日，“水润砚田——历代砚滴展”在甯溪县博物馆一楼临展厅开展，展期三个月，市民可免费参观。
砚滴是古人磨墨时往砚台里滴水的小器具，又称水滴、书滴。本次展览共展出宋代至民国时期的铜、瓷、玉、石质砚滴136件，其中近半数为县内藏家无偿借展。展厅还按时代顺序布置了六个展柜，介绍砚滴从实用器到案头雅玩的演变过程。
最受关注的是一件明代青铜蟾蜍砚滴，蟾蜍背上开注水孔，口中吐水，造型生动。博物馆讲解员介绍，古人用拇指按住背孔，就能控制出水的快慢。
展览期间，博物馆每周六下午安排一场书法体验活动，由县书法家协会会员示范用砚滴研墨书写。
""",
    ),
    dict(
        slug="forum-muqu-diy-nightstand-slides-jammer",
        site="木趣家居论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.muqujj.com/thread-284711-1-1.html",
        title="老床头柜抽屉卡顿，换了滑轨一劳永逸",
        record_title="[修复记录] 老床头柜抽屉卡顿，换了滑轨一劳永逸 - 旧物翻新区 - 木趣家居论坛",
        date=None,
        notes="Discuz-like thread with jammer fonts inside the post, a rating row, a signature and replies; post time relative (no date)",
        page="""
<html><head><meta charset="gbk"><title>[修复记录] 老床头柜抽屉卡顿，换了滑轨一劳永逸 - 旧物翻新区 - 木趣家居论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb">⟦m 木趣家居论坛⟧　<a>⟦a 设为首页⟧</a>　<a>⟦a 立即入坑⟧</a>　<a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 木趣家居论坛 » 旧物翻新区 » 查看帖子⟧</div>
<div class="hm">⟦m 阅读: 1906　|　跟帖: 37⟧</div>
<table id="pid5530128"><tr><td class="pls"><div>⟦m 刨花阿九⟧</div><div>⟦m 等级：木工学徒　积分 642　帖子 88⟧</div></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 4 天前　|　只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分：木头 +3　共 5 人评分⟧</div>
<div class="sign">⟦m 签名：修旧不如修心，慢慢来。⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 松木小白：滑轨在哪买的？求链接⟧</div>
<div class="reply">⟦l 3# 老榆木：阻尼款确实安静，半夜拉也不吵人⟧</div>
<div id="f_pst">⟦a 登录后才能跟帖哦 登录 | 注册木趣通行证⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　木趣家居论坛⟧　⟦m 粤ICP备16088314号⟧</div>
<script>var _paq=window._paq||[];_paq.push(["trackPageView"]);</script>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
家里有个用了快二十年的实木床头柜，抽屉一直是木条滑道，这几年越来越涩，拉到一半就卡住，老婆每晚都要跟它较劲。上周末终于动手改了三节钢珠滑轨，记录一下过程。
先量尺寸。抽屉深度38厘米，我买了35厘米的滑轨，留出背板的空间。两侧各有1.2厘米的缝，刚好够滑轨厚度，不用再刨抽屉。
再拆旧滑道。原来的木条是胶加钉固定的，用扁铲慢慢撬，别伤到柜体侧板。撬完用砂纸把残胶磨平，不然装上滑轨会歪。
最后装滑轨。先装柜体那一侧，用水平尺找平，前端离柜门边缩进2毫米；再装抽屉那一侧，装完推拉几次看是否顺畅。
改完以后抽屉一推到底，还带点阻尼，安静多了。材料一共花了四十多块钱，有同款老柜子的朋友可以试试。
""",
    ),
    dict(
        slug="forum-moyuan-toad-dropper-junk-no-title",
        site="墨缘书画论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.moyuanshuhua.net/viewthread.php?tid=96120",
        title="求教：这件铜蟾蜍砚滴是老的还是新仿的？",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; anti-scraping junk as lines and glued after 。; relative post time (no date); replies and forum footer",
        page="""
!m 墨缘书画论坛 - 以墨会友
!m 墨缘书画论坛 → 文房雅玩 → 帖子详情
!m 楼主：听松斋主　　发表于 昨天 21:40　　浏览 716　　回复 12
{T}
{BODY}
!a [顶] [收藏此帖] [举报]
!l 沙发　竹溪散人：包浆看着不对，像是药水做的
!l 板凳　砚边闲人：背孔边缘太锋利了，老东西一般会磨圆
!a 游客请先登录才能回复本帖
!m Powered by PHPWind　墨缘书画论坛　2008-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
各位老师好，前几天在雒塘乡的旧货市场收了一件铜蟾蜍砚滴，长约8厘米，背上一个注水孔，嘴里一个出水孔，底部没有款。卖家说是清代的，要价六百，我还到四百拿下了。
回家仔细看了看，有几处拿不准。第一，表面是黑褐色的包浆，用手摸有点滑，但闻着有一股淡淡的酸味。第二，蟾蜍背上的疙瘩很整齐，像是模子翻出来的。第三，往背孔里灌水试了一下，出水很顺，一滴一滴的，倒是能用。
我玩文房时间不长，想请懂行的老师帮忙看看，这件东西是老的还是新仿的？图片发在二楼。另外也想问问，铜砚滴平时怎么保养，要不要定期上油？
谢谢大家！
""",
    ),
]
