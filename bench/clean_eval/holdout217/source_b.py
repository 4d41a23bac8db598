"""holdout217, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Every page, place, person, firm, site, URL and number here is invented and written by hand;
see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-fanlaoshi-glucose-diary-calendar",
        site="樊老师的慢病日记 (invented, WordPress-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://fanlaoshi.blog.yongcheng.net/2024/02/11/zice-xuetang-sannian/",
        title="自己测血糖的这三年",
        record_title="自己测血糖的这三年 ~ 慢病日记 ~ 樊老师的小屋",
        date="2024-02-11",
        notes=(
            "WordPress-like blog: calendar widget, tag cloud, archive, comment form, a like button glued after a "
            "sentence; the bracketed post time is the page's date"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>自己测血糖的这三年 ~ 慢病日记 ~ 樊老师的小屋</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header id="masthead">
<p class="site-title"><a href="/">⟦m 樊老师的小屋⟧</a></p>
<p class="site-description">⟦m 一个退休语文老师和糖尿病和平共处的记录⟧</p>
<nav>⟦m 首页⟧ ⟦m 慢病日记⟧ ⟦m 读书⟧ ⟦m 留言板⟧</nav>
</header>
<main id="main">
<article>
<h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m ［2024-02-11 20:15］ 分类：慢病日记 ｜ 作者：樊老师⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：糖尿病 血糖仪 退休生活⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 前一篇：春节饺子该怎么吃⟧ ⟦l 后一篇：复查归来记 →⟧</nav>
<section id="comments">
<h3>⟦l 7 条评论⟧</h3>
<p>⟦l 周阿姨：樊老师的本子我见过，记得比病历还清楚！⟧</p>
<form>⟦a 发表评论　昵称（必填）　邮箱（不公开）　提交⟧</form>
</section>
</main>
<aside id="secondary">
<section class="widget_calendar"><h3>⟦l 二月 2024⟧</h3><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_tag_cloud"><h3>⟦l 标签云⟧</h3><p>⟦l 糖尿病 饮食 运动 血糖仪 读书 旅行⟧</p></section>
<section class="widget_archive"><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年二月 (3)⟧</li><li>⟦l 2024年一月 (5)⟧</li></ul></section>
</aside>
<footer id="colophon">⟦m 樊老师的小屋 © 2021-2024 ｜ 自豪地采用 WordPress⟧</footer>
</body>
</html>
""",
        body="""
退休那年查出糖尿病，医生让我买台血糖仪在家测。开始我嫌麻烦，三天打鱼两天晒网，直到有一次半夜低血糖，差点晕倒在卫生间，才真正重视起来。
这三年我养成了一个习惯：每周挑两天测全天七个点，早上空腹、三餐前后和睡前各一次，数值记在一个硬皮本上。去医院复查时，医生翻翻本子，比看一次化验单知道得还多。⟦a 赞一个（23）⟧
测得多了，也摸出些门道。比如手指要轮换着扎，指尖两侧比指腹疼得轻；试纸盒开封后我会写上日期，过了说明书上的期限就不用了。
血糖仪每天陪着我，说它是老伴也不为过。写下来，给和我一样的老朋友参考。
""",
    ),
    dict(
        slug="blog-jingshui-oxygen-filter-wrapped-56",
        site="静水流深 (invented, Typecho-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://jingshuiliushen.me/archives/318/",
        title="给制氧机洗“肺”：过滤棉多久换一次",
        date=None,
        notes=(
            "title given by the record; a community nurse's blog hard-wrapped at 56 columns; the post time is relative "
            "(4 天前): no date; tags, previous link, like prompt, comments"
        ),
        page="""
!m 静水流深 · 一个社区护士的随笔
!m 首页 | 随笔 | 护理札记 | 关于我
{T}
!m 发表于 4 天前 · 阅读 608 · 评论 12
{BODY}
!l 标签：居家氧疗 / 制氧机 / 护理
!l « 上一篇：老人吸氧能不能开着窗
!a 喜欢这篇文章？点个赞再走
!l 最新评论（12）
!l 小桔子：学到了，我家的过滤棉从来没换过
!l 阿树：湿化瓶用凉开水这个我一直做错了
!m © 静水流深 2024 · 基于 Typecho 搭建
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
上门随访时，我最常被问到的就是制氧机的过滤棉。很多家庭买回去就没拆过，一年下来，过滤棉黑得像抹布。
过滤棉就像制氧机的“肺”。它脏了，进气不畅，机器就会发热、出氧浓度下降，老人吸着总觉得不够劲。
我的建议是：过滤棉每周取出来用清水冲洗一次，阴干后再装回去，千万不要放在太阳下暴晒，也不要用吹风机吹；一般三到六个月换一片新的。
湿化瓶每天换水，最好用凉开水或纯净水，水位在两条刻度线之间。
机器要离墙二十厘米以上，离灶台、暖气片远一点。这些小事做到了，机器能多用好几年。
""",
    ),
    dict(
        slug="wechat-heling-freezer-h1-follow-glued",
        site="公号存档馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.gonghaocundang.com/a/hlscjg/20240703/1796.html",
        title="夏天用冰柜，这几件事要注意",
        record_title=None,
        date="2024-07-03",
        notes=(
            "WeChat mirror without a record title: the title is the page's <h1>; a follow prompt glued before the first "
            "words; 原创 tag, 阅读原文/在看/赞赏 rows, a QR line; the account line's date is the page's date; the body's "
            "own sentence about scanning the QR code stays"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>公号存档馆</title>
<script src="/static/mirror.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 公号存档馆 · 好文章不怕删⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span class="tag">⟦m 原创⟧</span> ⟦m 郃岭市场监管⟧ ⟦m 2024-07-03 17:20 发表于郃岭⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦l 阅读原文⟧ ⟦m 阅读 3126⟧ ⟦a 在看 41⟧ ⟦a 赞赏作者⟧</div>
<p class="qr">⟦a 长按识别下方二维码，关注郃岭市场监管⟧</p>
</div>
<div class="mirror-note">⟦d 本页由公号存档馆自动存档，文章版权属于原公众号，如需删除请联系 del@gonghaocundang.com⟧</div>
<div class="mirror-more"><h4>⟦l 该公众号的其他文章⟧</h4>
<ul><li>⟦l 入伏了！冷饮这样买才放心⟧</li><li>⟦l 小区门口的临期食品店，能买吗？⟧</li></ul></div>
</body>
</html>
""",
        body="""
⟦a 点上方蓝字“郃岭市场监管”，第一时间收到消费提示⟧天气越来越热，不少家庭和小店的冰柜开始满负荷运转。冰柜用不好，不仅费电，还可能埋下安全隐患。今天小编就给大家提个醒。
1. 冰柜要单独使用插座，不要和电磁炉、空调共用一个插排，插头要插紧，地线要接好。
2. 冰柜四周留出10厘米以上的散热空间，不要贴墙放，更不要在上面堆放杂物。
3. 生熟食品分开放，冷冻温度保持在零下18℃以下，停电后要检查食品有无化冻。
4. 结霜超过5毫米要及时除霜，千万不要用刀铲或铁器硬撬。
发现商家冰柜存放过期、变质食品，可拨打12315投诉举报，也可以扫描文末二维码，在公众号后台留言反映。
""",
    ),
    dict(
        slug="wechat-yongcheng-fuyou-nebulizer-myths",
        site="镜像文章馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://wzjxg.net/mp/ycfybj/2024-11-05/5518.html",
        title="宝宝做雾化，这5个误区家长要避开",
        record_title="宝宝做雾化，这5个误区家长要避开 | 鄘城妇幼保健 · 公号转存",
        date="2024-11-05",
        notes=(
            "WeChat mirror as text: a star prompt glued before the first words, the account line's date is the page's "
            "date, a past-articles list, like/share row, the mirror's archive note"
        ),
        page="""
!m 镜像文章馆
!t 宝宝做雾化，这5个误区家长要避开
!m 鄘城妇幼保健　2024-11-05 08:30　发表于鄘城
{BODY}
!a 分享　收藏　点赞 96　在看 37
!l 往期精彩
!l 孩子发烧到几度要去医院？
!l 秋季腹泻高发，家长请收好这份护理清单
!d 镜像文章馆只做存档，内容以原公众号为准，侵删。
""",
        indent="",
        gap=True,
        body="""
⟦a 点击蓝字，把“鄘城妇幼保健”设为星标⟧秋冬季节，儿科门诊里做雾化的孩子明显多了起来。不少家长对雾化有顾虑，也有不少做法不对。今天，儿科护士长为大家梳理常见的五个误区。
误区一：雾化就是用激素，对孩子不好。雾化药物直接作用于气道，用量很小，在医生指导下规范使用是安全的。
误区二：孩子睡着了再做效果更好。睡着时呼吸浅，药物不容易到达气道深处，最好在孩子安静清醒时做。
误区三：哭闹时吸得更多。恰恰相反，哭闹时药物多半沉积在口腔和咽部。
误区四：做完不用管。雾化后要洗脸、漱口，小一点的孩子可以喂几口温水。
误区五：家用雾化器随便买一台就行。要选有医疗器械注册证的产品，用后及时清洗晾干。
""",
    ),
    dict(
        slug="docshare-yixiang-pledge-dashcam-points",
        site="易享文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.yixiangdoc.com/doc/20240318/7710463.html",
        title="文明驾驶·记录仪伴我行倡议书",
        record_title="文明驾驶·记录仪伴我行倡议书（A4排版，下载即用）- 易享文档",
        date="2024-03-15",
        notes=(
            "sharing page: upload notice, points lock, a service WeChat line, ratings; the pledge's own sentence "
            "about sharing it to fleet groups stays in the body; the 成文日期 under the signature"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>文明驾驶·记录仪伴我行倡议书（A4排版，下载即用）- 易享文档</title>
<script src="//cdn.yixiangdoc.com/js/doc-view.js"></script>
</head>
<body>
<div class="yx-head"><a href="/" class="logo">⟦m 易享文档⟧</a><span>⟦m 分享知识，传递价值⟧</span><a href="/upload">⟦a 上传赚积分⟧</a></div>
<div class="yx-path">⟦m 易享文档 › 行业资料 › 交通运输 › 倡议书⟧</div>
<div class="yx-info">
<h1>{T}</h1>
<p>⟦m 上传者：路安小陈　格式：DOCX　页数：2　评分：★★★★☆ 4.3⟧</p>
<p>⟦d 该文档为网友共享，易享文档不对其内容负责；若侵犯您的权益，请提交举报，我们会在核实后下架。⟧</p>
</div>
<div class="yx-doc">
{BODY}
</div>
<div class="yx-lock">⟦a 下载原文需 8 积分，您当前积分 0⟧ <a>⟦a 去赚积分⟧</a> <a>⟦a 充值下载⟧</a></div>
<div class="yx-kefu">⟦w 文档找不到？客服微信 yixiang_kf07 帮你找⟧</div>
<div class="yx-rel"><h3>⟦l 相关文档⟧</h3><p>⟦l 道路运输驾驶员安全承诺书⟧</p><p>⟦l 货运车辆安全行车倡议书范文⟧</p></div>
<div class="yx-foot">⟦m 易享文档 yixiangdoc.com　粤ICP备19088231号⟧</div>
</body>
</html>
""",
        p_html='<div class="yx-p">{}</div>',
        body="""
全县广大客货运驾驶员朋友们：
行车记录仪是行车安全的“黑匣子”，也是还原事故真相的“公证人”。为进一步规范道路运输秩序，县道路运输协会向大家发出如下倡议：
一、主动安装，规范使用。营运车辆要安装符合标准的行车记录仪，保持镜头清洁，不遮挡、不拔电、不删录像。
二、遵章守法，文明驾驶。记录仪录下的不只是路况，也是每一位驾驶员的职业形象。让我们不超速、不疲劳驾驶、不开斗气车。
三、如实提供，配合处置。发生事故或纠纷时，主动向交警、保险公司提供录像资料，不隐瞒、不篡改。
安全出行，从我做起。欢迎大家把这份倡议分享到车队群里，让更多驾驶员一起行动。
邘水县道路运输协会
2024年3月15日
""",
    ),
    dict(
        slug="docshare-wendou-summary-glucose-qc-markers",
        site="文斗共享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wendougx.com/file/6620418.html",
        title="濉口镇卫生院2024年度血糖仪质量控制工作总结",
        record_title="濉口镇卫生院2024年度血糖仪质量控制工作总结.docx",
        date="2024-12-20",
        notes=(
            "file-name record title; page markers ◰ 第n页 ◳ on lines of their own cutting sentences; "
            "成文日期 in Chinese numerals; an upload notice and a download-points line"
        ),
        page="""
!m 文斗共享 — 文档共享交流平台
!t 濉口镇卫生院2024年度血糖仪质量控制工作总结.docx
!m 共享者：xk_检验小周　大小：42KB　下载 37 次　上传时间：3 天前
!d 本文件由网友上传共享，文斗共享只提供存放服务，若有侵权请举报。
{BODY}
!a 下载此文档（所需积分：3）
!l 共享者的其他文件：检验科室间质评总结.docx　POCT管理制度.doc
!m 文斗共享 wendougx.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="◰ 第{n}页 ◳", every=100, start=2),
        body="""
2024年，院检验科牵头，对全院及下属8个村卫生室的血糖仪开展质量控制，确保即时检测结果准确可靠。现将全年工作总结如下。
一、建立台账。对在用的31台血糖仪逐台登记编号、型号和启用日期，做到一机一档。
二、开展室内质控。每台血糖仪每天使用前用高、低两个浓度的质控液各测一次，结果记入质控登记本，全年质控合格率达到98.6%。
三、开展比对。每半年将血糖仪结果与生化分析仪结果进行比对，偏差超出允许范围的2台已停用维修。
四、加强培训。组织村医培训3次，重点讲解采血方法和试纸保管。
存在的不足是部分村卫生室质控记录填写不够规范。明年我们将每季度下村抽查一次。
濉口镇卫生院检验科
二〇二四年十二月二十日
""",
    ),
    dict(
        slug="edu-chengyang-notice-nebulizer-attachment",
        site="郕阳教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.chengyang.gov.cn/tzgg/2024/1125/4471.html",
        title="关于做好中小学校医务室雾化器使用管理的通知",
        record_title="【校园卫生】关于做好中小学校医务室雾化器使用管理的通知 - 郕阳教育网",
        date="2024-11-22",
        date_also=["2024-11-25"],
        notes=(
            "education bureau portal: 适老/读屏 links, an attachment download link beside the notice's own 附件 line, "
            "the notice's contact beside the site's technical line; the notice tells schools to download and print "
            "the form (content); 成文日期 differs from 发布时间"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【校园卫生】关于做好中小学校医务室雾化器使用管理的通知 - 郕阳教育网</title>
<script src="/res/js/main.js"></script>
</head>
<body>
<div class="topbar">⟦m 郕阳县教育体育局主办⟧ <a href="/old/">⟦a 长者模式⟧</a> <a href="#" id="wza">⟦a 无障碍浏览模式⟧</a></div>
<div class="banner">⟦m 郕阳教育网⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="where">⟦m 您现在的位置：首页 &gt; 通知公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="attr">⟦m 发布时间：2024-11-25 16:02　发布科室：体卫艺股　阅读：1458⟧</div>
<div class="txt">
{BODY}
</div>
<div class="attach">⟦a 附件：学校医务室雾化器使用登记表.docx（点击下载）⟧</div>
<div class="opt">⟦a [打印本文]⟧ ⟦a [返回上页]⟧</div>
</div>
<div class="foot">
<p>⟦m 郕阳县教育体育局 版权所有　地址：郕阳县文昌路18号⟧</p>
<p>⟦m 网站技术支持电话：0836-6610888（工作日）⟧</p>
<p>⟦m 皖ICP备11024487号-1⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各中小学校、幼儿园：
入冬以来，呼吸道疾病进入高发期，部分学校医务室配备了雾化器，用于学生突发哮喘等情况的临时处置。为规范使用管理，现就有关事项通知如下：
一、雾化器只能在家长提供医嘱、校医在场的情况下使用，校医不得自行给学生配药雾化。
二、雾化杯和面罩实行一人一用，使用后清洗消毒并做好登记。
三、学生有哮喘病史的，班主任要提前掌握，并与家长约定紧急情况下的联系方式。
请各校下载附件中的使用登记表，打印后放在医务室备查。
联系人：体卫艺股 谭秋芸，电话：0836-6617305，邮箱：cytwy_jk@163.com。
附件：学校医务室雾化器使用登记表
郕阳县教育体育局
2024年11月22日
""",
    ),
    dict(
        slug="edu-yushui-rules-freezer-articles",
        site="邘水县教育信息网 (invented)",
        style="教育门户",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.yushuiedu.cn/zcfg/gzzd/202409/5012.html",
        title="邘水县中小学校食堂冰柜使用管理规定",
        record_title="规章制度｜邘水县中小学校食堂冰柜使用管理规定（印发稿）- 邘水教育",
        date="2024-09-02",
        date_also=["2024-09-04"],
        notes=(
            "a rule in 第N条 articles with its 成文日期 under the signature; the page's 发布时间 two days later is "
            "also accepted; breadcrumb, toolbar and footer"
        ),
        page="""
!m 邘水县教育信息网
!m 当前位置：首页 > 政策法规 > 规章制度
!t 邘水县中小学校食堂冰柜使用管理规定（印发稿）
!m 发布人：教育局办公室　发布时间：2024-09-04　点击：366
!a 【打印】【收藏本页】【关闭】
{BODY}
!l 相关文件：邘水县学校食堂食品安全管理办法 ｜ 学校食堂从业人员健康管理制度
!m 邘水县教育局主办　地址：邘水县城关镇育才路6号　邮编：635700
""",
        indent="\u3000\u3000",
        body="""
第一条 为加强学校食堂冰柜使用管理，保障师生饮食安全，制定本规定。
第二条 本规定适用于全县中小学校、幼儿园食堂使用的各类冰柜。
第三条 冰柜实行专人管理，每台冰柜张贴管理责任人姓名和联系电话。
第四条 冰柜内食品分类存放，生熟分开，原料、半成品、成品不得混放，每件食品须标注入柜日期。
第五条 冷冻温度不高于零下18℃，冷藏温度保持在0℃至8℃之间，管理员每天上午、下午各记录一次温度。
第六条 冰柜每周清洁一次、每月除霜一次，停电超过4小时须对柜内食品逐一检查。
第七条 本规定自印发之日起施行。
邘水县教育局
2024年9月2日
""",
    ),
    dict(
        slug="oa-rongyang-minutes-oxygen-sieve",
        site="融氧协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.rongyang-med.local/doc/view?id=20240807-0193",
        title="关于分子筛来料质量问题的专题会议纪要",
        record_title="［待归档］关于分子筛来料质量问题的专题会议纪要 ‹ 融氧OA门户",
        date="2024-08-06",
        date_also=["2024-08-07"],
        notes=(
            "OA document view: user bar, 流转记录 table, read counts, a mark-as-done button, the IT desk's extension; "
            "the 时间/地点/主持/参会/记录 lines of minutes stay in the body; the 时间 line gives the date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>［待归档］关于分子筛来料质量问题的专题会议纪要 ‹ 融氧OA门户</title>
<script src="/oa/static/js/oa-core.js"></script>
</head>
<body>
<div class="oa-top">⟦m 融氧协同办公平台⟧ ⟦m 当前用户：质量部 韩露⟧ ⟦a 退出系统⟧</div>
<div class="oa-menu">⟦m 待办事宜⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 通讯录⟧</div>
<div class="oa-doc">
<div class="oa-doc-title">{T}</div>
<div class="oa-doc-info">⟦m 拟稿：质量部　签发：谭振宇　密级：内部　印发日期：2024-08-07⟧</div>
<div class="oa-doc-body">
{BODY}
</div>
<table class="flow">
<tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 韩露 拟稿 2024-08-07 09:12⟧</td></tr>
<tr><td>⟦m 谭振宇 审核通过 2024-08-07 10:40⟧</td></tr>
<tr><td>⟦m 办公室 分发 2024-08-07 11:05⟧</td></tr>
</table>
<div class="oa-read">⟦m 已读 37 人　未读 5 人⟧ <button>⟦a 标为已处理⟧</button> <button>⟦a 打印此纪要⟧</button></div>
</div>
<div class="oa-foot">⟦m 系统使用问题请拨信息中心分机 8020⟧</div>
</body>
</html>
""",
        body="""
时间：2024年8月6日下午3:00
地点：公司二楼第一会议室
主持：副总经理 谭振宇
参会：质量部、采购部、生产部、研发部负责人
记录：韩露
会议听取了质量部关于7月份分子筛来料检验情况的汇报。7月份共到货分子筛4批，其中1批吸附性能不达标，导致12台5升制氧机出氧浓度低于90%，已全部返工。会议议定如下：
一、采购部暂停该批次供应商供货，3个工作日内约谈供应商。
二、质量部对来料检验增加吸附性能抽检，抽检比例由5%提高到10%。
三、生产部对7月份下线的制氧机开展追溯排查，8月15日前报排查结果。
""",
    ),
    dict(
        slug="intranet-shunjie-bulletin-dashcam-oneline",
        site="顺捷物流内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.shunjie56.local/notice/2024/0621/118.html",
        title="关于部分驾驶员遮挡行车记录仪问题的通报",
        record_title="内部通报 ▸ 关于部分驾驶员遮挡行车记录仪问题的通报（请各车队传达）",
        date="2024-06-21",
        notes="intranet notice whose body is on one line (paragraphs apart only by their indent); 成文日期 at the end",
        page="""
!m 顺捷物流内网 > 通知公告
!t 内部通报 ▸ 关于部分驾驶员遮挡行车记录仪问题的通报（请各车队传达）
!m 发布部门：安全管理部　发布人：管理员　浏览 218 次
{BODY}
!a 【打印】　【关闭窗口】
!m 顺捷物流信息中心维护　内部资料 请勿外传
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各车队、调度中心：
近期，公司安全监控中心在远程抽查中发现，有5名驾驶员在行车途中用纸巾、帽子遮挡车内行车记录仪镜头，其中2人还存在行车中使用手机的情况。
上述行为违反了公司《车辆安全管理办法》，经研究，决定对5名驾驶员予以通报批评，各扣减当月安全绩效500元，并由所在车队负责人进行约谈。
各车队要以此为戒，在班前会上传达本通报，严禁遮挡、拔插行车记录仪。安全监控中心将继续每天抽查，发现一起处理一起。
郕阳顺捷物流有限公司安全管理部
2024年6月21日
""",
    ),
]
