"""holdout272, part A: 范文 sites, 文库 previews, government portals, news portals, forums and a blog.

Every page, site, place, person, number and URL here is invented; each case was written by
hand. Markup: see ../build.py (``⟦c text⟧`` inline chrome, ``!c text`` chrome lines).
"""

CASES = [
    # 1 ── 范文站, HTML (old gb2312 table layout) ── aluminium pots, a county head's speech
    dict(
        slug="fanwen-bigengfang-speech-aluminium-pots-gb2312",
        site="笔耕坊范文网 (invented, gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengfang.com/fyc/chanye/2024/0502/61734.html",
        title="在全县日用铝制品产业提质升级推进会上的讲话",
        record_title="【发言材料精编】在全县日用铝制品产业提质升级推进会上的讲话（三篇任选其一）_笔耕坊范文网",
        date="2024-04-18",
        date_also=["2024-05-02"],
        notes="gb2312 table page: marquee, a font/background row, a floating ghost-writer QQ box, a hot list and a "
        "visitor counter; date under the speech title (neutral line) differs from the page's 发布时间; a speaker line "
        "under the title; a ghost-writer prompt glued after a 。 and a switch-version line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【发言材料精编】在全县日用铝制品产业提质升级推进会上的讲话（三篇任选其一）_笔耕坊范文网</title>
<script language="javascript" src="/js/float_qq.js"></script>
<script language="javascript">var bgf_count=61734;</script>
</head><body bgcolor="#F4F1E8" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300"><img src="/images/logo.gif" alt="">⟦m 笔耕坊范文网⟧</td><td>⟦m 一支笔，耕出好材料⟧</td><td align="right">⟦a <a href="#">设为浏览器主页</a> ┆ <a href="#">把笔耕坊加入收藏夹</a>⟧</td></tr>
<tr><td colspan="3" bgcolor="#8B2E16">⟦m <a href="/">首 页</a> ┆ <a href="/fyc/">发言材料</a> ┆ <a href="/zj/">总结汇报</a> ┆ <a href="/xd/">心得体会</a> ┆ <a href="/ch/">策划方案</a> ┆ <a href="/hy/">会员中心</a>⟧</td></tr>
<tr><td colspan="3"><marquee scrollamount="3">⟦m 笔耕坊快讯：“产业发展”讲话专栏上新126篇，会员周末下载不扣点⟧</marquee></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td width="690" valign="top">
<table width="100%"><tr><td>⟦m 你在这里：<a href="/">笔耕坊</a> ＞ <a href="/fyc/">发言材料</a> ＞ <a href="/fyc/chanye/">产业经济讲话</a>⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 发布时间：2024-05-02　　文章栏目：产业经济讲话　　浏览次数：1208⟧</td></tr>
<tr><td align="center">⟦a 【字体：特大 大 中 小】【背景色：米黄 豆绿 纯白】【关闭本页】⟧</td></tr>
<tr><td align="center">县委副书记、县长　岑立峰</td></tr>
<tr><td align="center">（2024年4月18日）</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a 本篇共3版同题范文 ▸ 第2版 ▸ 第3版⟧</td></tr>
<tr><td>⟦l 上一篇：乡镇工业园区建设推进会表态发言⟧</td></tr>
<tr><td>⟦l 下一篇：在全县招商引资工作会议上的主持词⟧</td></tr>
</table>
</td>
<td width="270" valign="top" bgcolor="#FBF8F0">
<table width="100%"><tr><td><b>⟦l 笔耕坊周排行⟧</b></td></tr>
<tr><td>⟦l ·县长在工业经济运行调度会上的讲话⟧</td></tr>
<tr><td>⟦l ·特色产业集群培育工作汇报材料⟧</td></tr>
<tr><td>⟦l ·民营企业家座谈会发言提纲（5篇）⟧</td></tr>
</table></td></tr></table>
<div id="floatqq" style="position:absolute;right:4px;top:220px">⟦w 材料没思路？笔友在线帮你捋 QQ 2803617745⟧</div>
<table width="960" border="0" align="center"><tr><td align="center" bgcolor="#E9E2D0">
⟦d 笔耕坊所载范文仅供写作参考，引用时请结合本单位实际修改，照搬造成的后果由使用者自负。⟧<br>
⟦m Copyright 2011-2024 笔耕坊范文网 bigengfang.com　苏ICP备11073926号⟧<br>
⟦m 您是笔耕坊第 0386215 位来客⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天我们召开全县日用铝制品产业提质升级推进会，主要任务是分析产业现状，明确下一步工作重点。
纡溪是远近闻名的铝锅之乡，全县现有铝制品生产企业63家，去年铝锅、铝壶等产品产值达到14.6亿元。但也要看到，我们的产品大多还是低端压制锅，品牌少、利润薄，一些小作坊环保设施不到位，群众反映较多。⟦w 要同题原创稿请加微信 bgf_xiezuo88，当天交稿⟧
⟦a 此处还有2篇同题范文，点开可切换阅读⟧
下面，我讲三点意见。一是抓标准。县市场监管局要牵头制定铝锅团体标准，年内完成全部规上企业对标。二是抓技改。对购置旋压、阳极氧化等新设备的企业，按设备投资额的10%给予补助。三是抓整治。对无证无照、污染严重的小作坊，要坚决关停取缔。
同志们，产业升级不是一朝一夕的事，希望大家拿出干劲，把纡溪铝锅这块牌子擦得更亮！
""",
    ),
    # 2 ── 范文站, text ── sugar jars, a volunteer's insight
    dict(
        slug="fanwen-qingjian-insight-sugar-jar-visits",
        site="青笺范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qingjianfw.com/xinde/zhiyuan/20417.html",
        title="参加社区“减糖进万家”入户宣传活动的心得体会",
        record_title="参加社区“减糖进万家”入户宣传活动的心得体会（原创·可改写）_青笺范文网",
        date=None,
        notes="no date anywhere (a relative 更新于 3 天前 stamp only); decorated title repeated with a 「首发」 tag; a "
        "ghost-writer WeChat id glued after a 。, an unlock prompt between paragraphs",
        page="""
!m 青笺范文网 · 心得体会频道
!m 所在栏目：首页 ＞ 心得体会 ＞ 志愿服务心得
!t 「首发」参加社区“减糖进万家”入户宣传活动的心得体会
!m 更新于 3 天前　｜　收录者：青笺小编　｜　1.6千人读过
!a ▣ 复制全部段落　▣ 存为Word　▣ 投诉本文
{BODY}
!a 字数不够？会员可一键扩写到1500字
!l 同类心得推荐
!l ▪ 社区健康宣传志愿者心得（3篇）
!l ▪ 参加义诊进社区活动有感
!l ▪ 慢病防控宣传周个人体会
!d 青笺范文网文章均为会员投稿，观点不代表本站，转载请注明出处。
!m 青笺范文网 www.qingjianfw.com　浙ICP备19027741号
""",
        indent="\u3000\u3000",
        body="""
上个月，我报名参加了社区组织的“减糖进万家”入户宣传活动，和两位同事一起走访了韧里社区的38户居民。几次下来，感触很深。
一是看到了问题。几乎每户人家的茶几或灶台上都摆着一只糖罐，不少老人炒菜放糖、泡茶放糖、煮粥也放糖，一天吃下去的糖远远超过了膳食指南建议的25克。⟦w 急用材料找笔友，微信 qj_bixie2020⟧
⟦a 登录后继续阅读余下两段⟧
二是学到了方法。社区医生教我们用“控糖勺”示范：一勺是5克，一天不超过五勺。我们把控糖勺放进每户的糖罐里，居民一看就懂。
三是找到了差距。有的居民说“吃了几十年了，改不了”，说明宣传还要更耐心、更贴近生活。今后我将继续参加这项活动，把“少吃一勺糖”的道理讲到更多人心里。
""",
    ),
    # 3 ── 文库预览, HTML ── fine-tooth combs, a survey cut by marker paragraphs
    dict(
        slug="wenku-zhiye-survey-bamboo-combs-marker-paras",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewenku.com/doc/5083317290.html",
        title="关于缗川县竹篦传统制作技艺保护传承情况的调研报告",
        record_title="关于缗川县竹篦传统制作技艺保护传承情况的调研报告（全文·可下载）｜知页文库",
        date="2024-06-12",
        notes="a 文库 reader: viewer toolbar, marker paragraphs ⬔ n ⬔ cutting sentences, a coin pay box, an upload "
        "stamp (no date); date under the signature",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于缗川县竹篦传统制作技艺保护传承情况的调研报告（全文·可下载）｜知页文库</title>
<script src="https://static.zhiyewenku.com/reader/v3/reader.min.js"></script>
<script>window.__ZY__={docId:"5083317290",pages:5,free:2};</script>
</head><body class="reader">
<header class="zy-top"><a class="logo" href="/">⟦m 知页文库⟧</a><nav>⟦m <a href="/c/gw">公文写作</a> <a href="/c/dy">调研报告</a> <a href="/c/fy">非遗文化</a>⟧</nav><a class="vip" href="/vip">⟦a 包季卡￥29.9 畅读全站⟧</a></header>
<div class="zy-head"><h1>{T}</h1>
<p class="zy-info">⟦m 上传于 2024-07-01　·　共5页　·　约2,186字　·　评分 4.6⟧</p>
<div class="zy-tools">⟦a 放大 ⊕　缩小 ⊖　全屏阅读 ⛶　翻页模式⟧</div></div>
<div class="zy-doc">
{BODY}
</div>
<div class="zy-pay"><p>⟦a 免费预览已到第2页，剩余3页需支付 8 知币⟧</p><button>⟦a 支付知币继续阅读⟧</button></div>
<aside class="zy-side"><h3>⟦l 看过本文的人还在看⟧</h3><ul>
<li>⟦l 传统手工技艺传承人现状调查（4页）⟧</li>
<li>⟦l 关于非遗工坊建设的几点思考⟧</li>
<li>⟦l 竹编产业发展情况调研⟧</li></ul></aside>
<footer>⟦d 知页文库文档由用户上传，如内容侵犯您的权利，请发送材料至 jubao@zhiyewenku.com⟧<br>⟦m 知页文库 ©2024 粤ICP备20064519号-3⟧</footer>
<script>ZY.reader.init();</script>
</body></html>
""",
        p_html='<p class="zy-p">{}</p>',
        pages=dict(fmt="⬔ {n} ⬔", every=130, start=2),
        body="""
篦子是缗川的传统手工艺品，以本地毛竹为料，经破竹、劈篾、刮青、排齿、上胶、磨齿等二十余道工序制成，齿密如发，旧时家家必备。为摸清竹篦技艺保护传承现状，县文化馆于今年4月至5月组织调研组，走访绺口镇等4个乡镇的17户篦匠。现将有关情况报告如下。
一、基本情况。全县现有能独立完成全套工序的篦匠23人，平均年龄67岁，其中70岁以上的11人；年产竹篦约4.2万把，主要销往周边集市和网店。
二、存在问题。一是后继乏人，40岁以下的学徒仅有3人；二是收入偏低，一把篦子售价15元左右，一名篦匠每天最多做6把；三是原料紧张，适合劈篾的三年生毛竹越来越难收购。
三、几点建议。建议将竹篦制作技艺申报市级非遗代表性项目，设立传习点，对带徒传艺的篦匠给予补贴，并引导企业开发礼品篦、护发篦等新产品。
缗川县文化馆调研组
2024年6月12日
""",
    ),
    # 4 ── 文库预览, text ── cotton-fluffing bows, a plan wrapped at 62 columns and cut by glued markers
    dict(
        slug="wenku-juanzhi-plan-cotton-bow-wrapped-glued-markers",
        site="卷帙文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://juanzhiwk.com/p-20240903-7781.html",
        title="绲阳县“弹棉技艺进校园”活动实施方案",
        record_title="绲阳县“弹棉技艺进校园”活动实施方案.pdf",
        date="2024-09-03",
        notes="file-name record title; text hard-wrapped at 62 columns, page markers ⹅n⹅ glued to the continuation "
        "line; a download-count line and a page counter above; date under the signature",
        page="""
!m 卷帙文库　|　教育教学 › 活动方案
{T}
!m 格式：PDF　页数：4　浏览 972 次　由 juanzhi_u5521 分享
!a ☆☆☆☆☆ 给这篇文档打分
{BODY}
!a ……预览到此为止，完整版共4页，点“全文获取”继续
!a 全文获取（6 卷币）　　加入我的书架
!l 相关方案：非遗进校园活动总结 ｜ 传统手工艺社团活动方案 ｜ 劳动教育实践周方案
!d 卷帙文库仅提供信息存储空间，文档内容由上传者负责。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⹅{n}⹅", every=120, start=2, glue=True),
        body="""
为传承本县省级非遗项目“绲阳弹棉”，让学生了解传统手工技艺，县教育局、县文化馆决定在全县中小学开展“弹棉技艺进校园”活动，特制定本方案。
一、活动时间。2024年9月至12月，每校安排2个课时。
二、活动内容。一是讲解弹棉弓的构造，弓背用桑木，弓弦用牛筋，配以木槌、磨盘；二是由纩坪镇弹棉合作社的老师傅现场演示弹、压、拉纱等工序；三是组织学生分组体验，用小弓弹一团棉花。
三、工作要求。各校要指定一名分管领导负责，提前准备场地；体验环节须有老师在旁看护，防止弓弦伤手；活动结束后一周内报送照片和简报。
绲阳县教育局　绲阳县文化馆
2024年9月3日
""",
    ),
    # 5 ── 政府门户, HTML ── aluminium pots, a trade-in notice with 附件, contact, 抄送 and 印发
    dict(
        slug="gov-yuxi-notice-aluminium-pot-trade-in",
        site="纡溪县人民政府 (invented county portal)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuxi-xian.gov.cn/zwgk/bmwj/swj/202405/t20240522_118806.html",
        title="关于开展旧铝锅以旧换新惠民活动的通知",
        record_title="纡溪县人民政府-部门文件-关于开展旧铝锅以旧换新惠民活动的通知",
        date="2024-05-20",
        date_also=["2024-05-22"],
        notes="county portal: 关怀/读屏/繁 links, an 索引号 table whose 文号 cell is unmarked (neutral), a 纠错 line "
        "and a 24-hour consult line beside the notice's own 联系人/电话; 附件 list, 抄送 and 印发 lines kept; "
        "成文日期 differs from the 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>纡溪县人民政府-部门文件-关于开展旧铝锅以旧换新惠民活动的通知</title>
<meta name="SiteName" content="纡溪县人民政府"><meta name="ColumnName" content="部门文件">
<script src="/static/js/jquery-3.6.0.min.js"></script>
<script src="/static/js/a11y-toolbar.js"></script>
</head><body>
<div class="top-bar"><span>⟦m 今天是2024年6月3日 星期一⟧</span><span class="links">⟦a <a href="#">关怀阅读</a> · <a href="#">读屏助手</a> · <a href="#">繁/简</a> · <a href="#">手机看</a>⟧</span></div>
<div class="banner"><img src="/images/banner.jpg" alt="">⟦m 纡溪县人民政府⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 走进纡溪⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您所在位置：<a href="/">纡溪县人民政府</a> » <a href="/zwgk/">政务公开</a> » <a href="/zwgk/bmwj/">部门文件</a>⟧</div>
<table class="xxgk-meta">
<tr><td>⟦m 索 引 号：11360428M000631-2024-00089⟧</td><td>⟦m 发布机构：纡溪县商务局⟧</td></tr>
<tr><td>⟦m 生成日期：2024-05-22⟧</td><td>⟦m 主题分类：商贸流通⟧</td></tr>
<tr><td>纡商发〔2024〕17号</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<div class="article"><h1>{T}</h1>
<div class="art-info">⟦m 发布日期：2024-05-22　来源：县商务局　访问量：2876⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-foot">⟦a 【打印正文】【关闭本页】【分享至：微信 微博】⟧</div>
<div class="art-rel"><h4>⟦l 相关文件⟧</h4><p>⟦l 纡溪县促进家电家居消费若干措施⟧</p><p>⟦l 关于组织参加2024年夏季消费季活动的通知⟧</p></div>
</div>
<div class="footer">
<p>⟦m 主办：纡溪县人民政府办公室　承办：纡溪县政务数据中心⟧</p>
<p>⟦m 网站纠错：0793-5826600（工作日）　全县统一咨询：12345（24小时）⟧</p>
<p>⟦m 网站标识码：3604280017　赣ICP备06008817号⟧</p>
</div>
<script>a11y.init({skin:"warm"});</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为激发日用消费品更新需求，减少老旧铝锅使用带来的安全隐患，县商务局决定于6月1日至8月31日在全县开展旧铝锅以旧换新惠民活动。现将有关事项通知如下：
一、活动内容。居民交回使用满五年的旧铝锅，可在参与门店购买新锅时抵扣20元，每户限换2口。
二、参与门店。由各乡镇推荐、县商务局审核确定，名单见附件1。
三、工作要求。各乡镇要做好宣传，于每月5日前报送上月换新数量。
附件：1．纡溪县旧铝锅以旧换新参与门店名单
2．纡溪县旧铝锅以旧换新登记表
联系人：邝晓岚，电话：0793-5823146
纡溪县商务局
2024年5月20日
抄送：县市场监管局，县财政局。
纡溪县商务局办公室　2024年5月20日印发
""",
    ),
    # 6 ── 政府门户, text ── sugar jars, a spot-check 通报 with a table, date in Chinese numerals
    dict(
        slug="gov-manling-circular-glass-sugar-jar-spotcheck",
        site="鞔岭县市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.manling.gov.cn/zfxxgk/ccgg/202411/t20241112_40219.html",
        title="关于玻璃糖罐等食品接触容器质量抽查情况的通报",
        record_title="关于玻璃糖罐等食品接触容器质量抽查情况的通报｜抽查公告栏 - 鞔岭县市场监督管理局",
        date="2024-11-08",
        date_also=["2024-11-12"],
        notes="portal text: a 文号 line (neutral), a table of failed products (one row a paragraph), 抄送 and 印发 "
        "lines; 成文日期 in Chinese numerals differs from the 发布日期; a read-aloud button glued before the "
        "addressee line",
        page="""
!m 鞔岭县市场监督管理局
!m 当前栏目：信息公开 ＞ 抽查公告栏
{T}
!m 发布日期：2024-11-12　　信息来源：质量监督股　　阅读：641
!a 〔字号：大｜中｜小〕〔朗读全文〕〔打印〕
鞔市监质〔2024〕23号
{BODY}
!l 上一条：关于2024年第三季度电动自行车产品质量抽查的通报
!l 下一条：鞔岭县市场监督管理局关于开展“守护舌尖安全”宣传周的通知
!m 鞔岭县市场监督管理局版权所有　地址：鞔岭县城关镇滨河路88号　投诉举报：0796-7712315
!m 赣公网安备36082702000184号
""",
        indent="\u3000\u3000",
        body="""
⟦a 〔听本文〕⟧各乡镇市场监管所，局机关各股室：
今年10月，我局组织对全县商超、日杂店销售的玻璃糖罐、密封罐等食品接触容器开展质量抽查，共抽查21家经营户的32批次产品，合格29批次，合格率90.6%。不合格产品情况如下：
产品名称　标称生产企业　不合格项目
玻璃糖罐（带木盖）　鞔岭晶甜玻璃制品有限公司　耐热冲击性
密封糖罐（塑料盖）　髹城市鬟湖区某日用品厂　蒸发残渣
彩绘糖罐　标注不详　铅迁移量
对抽查不合格的产品，各市场监管所要督促经营者立即下架，依法依规处理，并于12月10日前将处理结果报局质量监督股。
鞔岭县市场监督管理局
二〇二四年十一月八日
抄送：县商务局，县消费者协会。
鞔岭县市场监督管理局办公室　二〇二四年十一月八日印发
""",
    ),
    # 7 ── 新闻门户, HTML ── cotton-fluffing bows, a town news story with photo captions
    dict(
        slug="news-gunyang-cotton-bow-master-apprentices",
        site="绲阳新闻网 (invented county news portal)",
        style="新闻门户",
        genre="news",
        kind="news",
        form="html",
        source="https://www.gunyangnews.cn/xz/2024-11/20/content_5508841.html",
        title="纩坪镇七旬老匠人带出六个徒弟 弹棉弓声又响老街",
        record_title="纩坪镇七旬老匠人带出六个徒弟 弹棉弓声又响老街—绲阳新闻网·乡镇传真",
        date="2024-11-20",
        notes="news portal: an app prompt glued before the lead, photo captions between paragraphs, a reporter "
        "line, a 24-hour list; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>纩坪镇七旬老匠人带出六个徒弟 弹棉弓声又响老街—绲阳新闻网·乡镇传真</title>
<script async src="https://ad.gunyangnews.cn/slot.js"></script>
</head><body>
<div class="hd"><a href="/">⟦m 绲阳新闻网⟧</a><span>⟦m 绲阳县融媒体中心主办⟧</span><div class="chan">⟦m 时政 ｜ 乡镇传真 ｜ 民生 ｜ 文旅 ｜ 视频⟧</div></div>
<div class="ad-top">⟦a 「绲阳发布」客户端上新了 · 扫码即装⟧</div>
<div class="where">⟦m 当前：首页 ▷ 乡镇传真 ▷ 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-11-20 09:32　来源：绲阳县融媒体中心　记者：侯启明　通讯员：莫小禾⟧</div>
<div class="listen">⟦a ▶ 语音播报本文⟧</div>
<div class="txt">
{BODY}
</div>
<p class="editor">⟦m 值班编辑：阮晴　二审：邬家栋　三审：萧山岳⟧</p>
<div class="share">⟦l 转到：微信朋友圈　QQ空间　新浪微博⟧</div>
</div>
<div class="rank"><h3>⟦l 24小时热读⟧</h3><ol>
<li>⟦l 绲阳至髹城城际公交下月开通⟧</li>
<li>⟦l 全县秋冬季农田水利建设全面铺开⟧</li>
<li>⟦l 纩坪镇小学获评省级书香校园⟧</li></ol></div>
<div class="ft">⟦d 本网原创稿件，未经书面授权不得转载、摘编⟧<br>⟦m 绲阳新闻网　新闻热线：0735-8206110　湘ICP备15004471号⟧</div>
</body></html>
""",
        body="""
⟦a 打开「绲阳发布」，听更多乡音⟧“嘣——嘣——”初冬的早晨，纩坪镇老街的一间铺子里又传出了熟悉的弓弦声。72岁的弹棉匠人石茂根背着一张一米多长的弹棉弓，手执木槌，正给徒弟示范怎样把一团板结的旧棉絮弹得蓬松。
⟦m 图为石茂根（左）向徒弟讲解弹棉弓的用法。记者　侯启明　摄⟧
石茂根13岁学艺，弹了将近60年棉花。前些年机器弹棉普及，老街上的弹棉铺一家家关了门。去年，镇里把“纩坪弹棉”列入乡村工匠培育项目，他一口气收了6个徒弟，最小的28岁。
“弓背要用老桑木，弦要用牛筋，一张好弓能用二三十年。”石茂根说，手工弹的棉被透气、压得实，不少年轻人专门找上门来订。
⟦m 图为徒弟们在铺子里练习拉纱。⟧
眼下正是旺季，铺子每天能弹十来床被子，订单已经排到了腊月。
""",
    ),
    # 8 ── 新闻门户, text ── embroidery hoops, record title and record date
    dict(
        slug="news-zanshan-embroidery-class-hoops-record",
        site="缵山新闻网 (invented)",
        style="新闻门户",
        genre="news",
        kind="news",
        form="text",
        source="http://www.zanshannews.com/2024/0326/c1203-88410.html",
        title="缲塘镇刺绣技能培训班开班 首批学员领到绣花绷",
        record_date="2024-03-26",
        date="2024-03-26",
        notes="record title and record date as they are; the title repeated with a column tag, a listen button and "
        "a 'more' link between paragraphs, an editor line glued after the last 。",
        page="""
!m 缵山新闻网 | 缵山人自己的新闻门户
!m 首页 / 本地 / 乡镇 / 正文
!t [乡镇] 缲塘镇刺绣技能培训班开班 首批学员领到绣花绷
!m 2024-03-26 10:05　　来源：缵山新闻网　　作者：向葵
!a 🔊 听新闻　　A+ A-
{BODY}
!l 【延伸】缵山刺绣：一根针挑起一个产业
!l 热门：缵山县今年新增城乡公益性岗位500个
!l 热门：缲塘镇油菜花节3月30日开幕
!m 缵山新闻网版权所有　新闻爆料：0743-3391024
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
3月25日，缲塘镇2024年第一期刺绣技能培训班在镇文化站开班，来自9个村的42名妇女成为首批学员。开班仪式上，每名学员都领到了一套工具：一只竹制绣花绷、一盒绣针和十二色丝线。
培训班为期20天，由县级刺绣传承人龙秀英等3名老师授课，内容包括上绷、配线、平针绣、乱针绣等。龙秀英说：“上绷是第一课，布要绷得像鼓面一样紧，针脚才走得匀。”
⟦l 想看更多缵山手艺人的故事？戳这里⟧
镇妇联负责人介绍，学员结业后可与县里的锦绷刺绣工艺厂签订来料加工协议，在家接单，每月增收1500元左右。⟦m （编辑：杨帆　审核：邹立）⟧
""",
    ),
    # 9 ── 论坛, HTML (Discuz-like, jammer fonts) ── fine-tooth combs, a collector's find
    dict(
        slug="forum-shiyizhai-horn-comb-find-jammer",
        site="拾遗斋论坛 (invented, Discuz-like collectors' forum)",
        style="论坛",
        genre="forum post",
        kind="other",
        form="html",
        source="https://bbs.shiyizhai.net/thread-230418-1-1.html",
        title="赶集淘到一把牛角篦子，齿比头发丝还密",
        record_title="【淘宝贝】赶集淘到一把牛角篦子，齿比头发丝还密 - 旧物交流 - 拾遗斋论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post (a line and glued after 。), a rating row, a "
        "signature, replies; the only time is a relative 昨天 stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>【淘宝贝】赶集淘到一把牛角篦子，齿比头发丝还密 - 旧物交流 - 拾遗斋论坛</title>
<script src="static/js/common.js?Z7q"></script>
<style>.jammer{display:none}</style>
</head><body id="nv_forum">
<div id="toptb">⟦m 拾遗斋论坛 · 老物件爱好者的家⟧　⟦a <a href="member.php?mod=logging">登录</a> | <a href="member.php?mod=register">加入拾遗斋</a>⟧</div>
<div id="pt">⟦m 拾遗斋论坛 › 藏品天地 › 旧物交流 › 帖子详情⟧</div>
<div id="postlist">
<table><tr><td class="pls">⟦m 竹篱外⟧<br>⟦m 帖子 482 · 金币 3106 · 二级收藏迷⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 竹篱外 发表于 昨天 21:47 | 只看楼主 | 倒序⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分：参与人数 4　金币 +12　理由：好东西 · 涨知识 · 齿真密⟧</div>
<div class="sign">⟦l 旧物不言，自有光阴。——竹篱外⟧</div>
<div class="po">⟦a 点赞　踩　收进我的藏品夹　转发⟧</div>
</td></tr></table>
<div class="reply">⟦l 2# 老城南：小时候外婆就用这个给我篦头，疼得直叫⟧</div>
<div class="reply">⟦l 3# 半窗：牛角的现在不好找了，楼主收得值⟧</div>
</div>
<div id="f_pst">⟦a 登录拾遗斋后方可回帖 ➜ 登录 / 加入⟧</div>
<div id="ft">⟦m 拾遗斋论坛 ( 冀ICP备18015520号 ) Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上周回老家赶集，在一个旧货摊上看到一把篦子，摊主说是牛角做的，要价40，我砍到30拿下了。
篦子长约9厘米，两边都有齿，一边粗一边细，细的那边一厘米里数了一下有十四五根齿，比头发丝粗不了多少。齿根处刻着一个“缗”字，估计是缗川那边的老作坊出的。
拿回家用温水泡了泡，再用旧牙刷顺着齿缝刷，刷出不少陈年的头油和灰。晾干后抹了一点核桃油，颜色一下子透亮了。
问了家里老人，说以前没有洗发水，隔几天就要用篦子篦一遍头，能把头屑和虱子篦下来，所以叫“篦头”。现在塑料梳子满大街都是，这种手工篦子倒成了稀罕物。
有懂行的朋友帮看看大概是什么年代的吗？
""",
    ),
    # 10 ── 论坛, text ── aluminium pots, a repairer's long post with junk
    dict(
        slug="forum-baigong-repair-aluminium-pot-junk",
        site="百工修补论坛 (invented)",
        style="论坛",
        genre="forum post",
        kind="other",
        form="text",
        source="http://www.baigongxiubu.com/bbs/viewthread.php?tid=90317",
        title="补了三十年铝锅，说说铝锅漏了怎么补",
        record_title="[手艺人说] 补了三十年铝锅，说说铝锅漏了怎么补（长文慎入）- 锅碗瓢盆版 - 百工修补论坛",
        date=None,
        notes="forum text: junk lines and junk glued after 。; relative 5 天前 stamp; a poster's 'edited' aside glued "
        "after a 。; replies and a reply prompt below",
        page="""
!m 百工修补论坛　修修补补又三年
!m 论坛首页 » 锅碗瓢盆版 » 浏览主题
!t [手艺人说] 补了三十年铝锅，说说铝锅漏了怎么补（长文慎入）
!m 楼主：老铆钉　｜　发表于 5 天前　｜　查看 3350 / 回复 41
{BODY}
!l ——————————
!l 沙发　锅底朝天：收藏了，家里那口老锅正漏着
!l 板凳　小铜匠：老师傅讲得透，铆钉那段太实用了
!a 回复本帖需先登录　立即登录 ｜ 注册新号
!m Powered by PHPWind ｜ 百工修补论坛 ｜ 鄂ICP备17009362号
""",
        junk=dict(lines=2, glued=2),
        body="""
我在绋桥镇街上摆修锅摊子三十年了，补得最多的就是铝锅。今天说说铝锅漏了怎么补，给年轻人参考。
一看漏的地方。锅底烧穿的小眼，直径不超过五毫米的，能补；锅底大面积发黑变薄的，补了也白补，不如换新的。
二是铆补。用钻头把小眼扩圆，从里往外穿一颗铝铆钉，垫上铝片，敲平。铆钉一定要用铝的，用铁的会跟铝起反应，过不了多久又漏。⟦m （本段于今早补充）⟧
三是焊补。现在有专门的铝焊条，用喷灯烤热锅底再焊，焊完要磨平，不然刷锅会刮手。
最后提醒一句：补过的锅烧开水、蒸馒头都没问题，但别长时间煮酸的、咸的东西，老辈人都知道。
""",
    ),
    # 11 ── 博客, HTML (WordPress-like) ── embroidery hoops, a blog post dated by its 发表于 line
    dict(
        slug="blog-zhenjiaoji-first-embroidery-hoop",
        site="针脚集 (invented personal blog, WordPress-like)",
        style="博客",
        genre="essay",
        kind="other",
        form="html",
        source="https://zhenjiaoji.blog/2024/03/09/first-hoop/",
        title="我的第一只绣花绷",
        record_title="我的第一只绣花绷 · 针脚集 — 一个绣娘的碎碎念",
        date="2024-03-09",
        notes="blog: calendar widget, archive, tag cloud, comment form, a like button glued after the last 。; "
        "the post's 发表于 line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>我的第一只绣花绷 · 针脚集 — 一个绣娘的碎碎念</title>
<link rel="stylesheet" href="/wp-content/themes/linen/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header id="masthead"><p class="site-title">⟦m 针脚集⟧</p><p class="site-description">⟦m 一针一线，慢慢来⟧</p>
<nav>⟦m <a href="/">首页</a> <a href="/about">关于绣娘</a> <a href="/gallery">作品墙</a> <a href="/tutorial">入门教程</a>⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发表于 2024年3月9日 21:14 · 分类：絮絮叨叨 · 阿绷⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：绣花绷 · 入门 · 旧物⟧</footer>
<nav class="post-nav">⟦l ← 绣错了怎么拆线不伤布⟧　⟦l 法式结粒绣的三种绕法 →⟧</nav>
<section id="comments"><h3>⟦l 3 条评论⟧</h3>
<p>⟦l 青团：第一只绷子总是最舍不得扔的 2024年3月10日⟧</p>
<form>⟦a 发表评论　昵称（必填） 邮箱（不公开） 提交评论⟧</form></section>
</article></main>
<aside id="secondary">
<section><h3>⟦m 2024年三月⟧</h3><table class="calendar"><tr><td>⟦m 一 二 三 四 五 六 日⟧</td></tr><tr><td>⟦m 4 5 6 7 8 ⑨ 10⟧</td></tr></table></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年三月 (4)⟧</li><li>⟦l 2024年二月 (6)⟧</li></ul></section>
<section><h3>⟦l 标签云⟧</h3><p>⟦l 苏绣 十字绣 绷架 配色 工具⟧</p></section>
</aside>
<footer id="colophon">⟦m © 2024 针脚集 · 由 WordPress 驱动 · 主题 Linen⟧</footer>
</body></html>
""",
        body="""
收拾柜子的时候，翻出了我的第一只绣花绷。竹子做的，直径十五厘米，外圈的铜螺丝已经生了绿锈。
那是十二年前在缵山县城的小杂货店里买的，八块钱。店主阿婆告诉我，绷布的时候要先把内圈放平，布盖上去，再把外圈压下来，一边拧螺丝一边把布往四周拉，拉到用指头弹一下“咚咚”响才算好。
我用它绣的第一幅是一朵歪歪扭扭的荷花，针脚忽长忽短，背面全是线疙瘩。后来换过塑料绷、木绷、方形绷架，可最顺手的还是这只竹绷。
前几天我把螺丝换了新的，给内圈缠上一层白棉布条，绷起来不伤布，又能接着用了。有些旧东西，是舍不得换的。⟦a ♥ 喜欢这篇（128）⟧
""",
    ),
]
