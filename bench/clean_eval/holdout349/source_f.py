"""holdout349, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Written by hand for this part (see ../README.md and ../build.py for the markup); all names invented.
"""

CASES = [
    dict(
        slug="gkforum-shangan-interview-thermo-strip-jammer",
        site="上岸营公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganying.com/thread-515077-1-1.html",
        title="社区给独居老人发体温贴被质疑“形式主义”，你怎么看？",
        record_title="〘结构化·社会现象〙社区给独居老人发体温贴被质疑“形式主义”，你怎么看？ - 面试交流 - 上岸营",
        date=None,
        notes="exam forum: jammer fonts in the answer, a reply-to-see prompt, rating row, a QQ-group ad; 5 天前 is no "
        "date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>〘结构化·社会现象〙社区给独居老人发体温贴被质疑“形式主义”，你怎么看？ - 面试交流 - 上岸营</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="static/js/forum_viewthread.js"></script>
</head>
<body>
<div class="sy-hd">⟦m 上岸营公考论坛⟧　⟦m 一起刷题，一起上岸⟧　<a>⟦a 登录⟧</a></div>
<div class="sy-pt">⟦m 上岸营 › 面试交流 › 结构化真题⟧</div>
<div class="sy-stat">⟦m 查看 8231　|　回复 157⟧</div>
<div class="sy-post">
<div class="sy-author">⟦m 考公第三年的阿泽　发表于 5 天前⟧</div>
<h1>{T}</h1>
<div class="sy-msg">
{BODY}
</div>
<div class="sy-hide">⟦a 本帖还有参考答案框架，回复后才能看到⟧</div>
<div class="sy-rate">⟦l 评分人数 9　上岸值 +27⟧</div>
</div>
<div class="sy-side">⟦l 本周热帖：近三年省考结构化真题汇总⟧</div>
<div class="sy-qq">⟦w 面试模考互助群：QQ 706218833，进群备注“上岸营”⟧</div>
<div class="sy-reply">
<p>⟦l 沙发 小鹿要上岸：第三段角度很新，收藏了⟧</p>
<p>⟦l 板凳 蓝鲸：可以再加一点对基层减负的思考⟧</p>
</div>
<div class="sy-ft">⟦m 上岸营 shanganying.com　京ICP备20077312号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
我说说自己的答题思路，请各位研友指正。
首先，我认为不能简单地把社区发体温贴定性为形式主义。高温和流感季节，独居老人身边没人照看，发烧了自己可能都察觉不到。一张体温贴贴在身上，网格员上门或者邻居串门时看一眼颜色就能发现异常，这对老人来说是实实在在的关怀。
其次，群众之所以质疑，也有一定道理。如果社区只是拍照发了了事，不教老人怎么用，不安排人定期查看，体温贴就成了摆设，确实容易变成“为发而发”。
因此，我认为关键在于把好事办实。一是发放时讲清用法，告诉老人体温贴只能提个醒，发现异常要用体温计复测；二是建立网格员定期上门查看机制；三是对老人的反馈做好跟踪，看看这项服务到底有没有用，再决定要不要继续。
总之，评价一项基层服务，不看形式大小，而要看群众有没有得到实惠。
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-gauze-towel-junk-text",
        site="申论研习社论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://www.shenlunyxs.com/forum/t-33718.html",
        title="从一块纱布巾看“小产品”的大担当",
        record_title="〘大作文互评〙从一块纱布巾看“小产品”的大担当（第3稿，欢迎拍砖）",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; a moderator's score line, replies; 昨天 is no date",
        page="""
!m 申论研习社论坛 · 大作文互评区
!m 首页 › 申论写作 › 大作文互评
!t 〘大作文互评〙从一块纱布巾看“小产品”的大担当（第3稿，欢迎拍砖）
!m 楼主 写字的橘子　　发帖：昨天 21:08　　浏览 906
{BODY}
!l 版主点评：立意准确，分论点层次清楚，可得28分（满分40）
!l 1# 晨跑的兔子：结尾可以再升华一下
!l 2# 楼主：收到，谢谢版主
!a 回复本帖需先绑定手机号
!m 申论研习社 shenlunyxs.com　鲁ICP备19043317号
""",
        junk=dict(lines=2, glued=2),
        body="""
一块小小的纱布巾，每天贴着婴儿娇嫩的脸，承载着无数家庭的信任。近年来，一些地方的纱布巾产业从作坊式生产走向品牌化发展，背后折射的，正是“小产品”也要有大担当的道理。
小产品要有质量担当。婴儿用品关系到孩子的健康，来不得半点马虎。少数企业以次充好、虚标层数，看似赚了小钱，实则砸了整个产业的招牌。只有把每一道工序做实，才能让家长放心。
小产品要有创新担当。从纯棉到竹纤维混纺，从普通织造到抗菌整理，纱布巾的每一次改进，都来自对用户需求的深入了解。小产品同样可以有大创新。
小产品更需要政府和行业的共同守护。地方政府搭建检测平台、推动区域品牌建设，行业协会倡导诚信经营，都是在为小产品“撑腰”。
一块纱布巾虽小，却连着民生、连着发展。把小产品做好，就是对百姓最好的交代。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-bottle-warmer-infobox-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/暖奶器/20418",
        title="暖奶器",
        record_title="暖奶器（母婴电器）_知源百科",
        date=None,
        notes="encyclopaedia entry: 阅读/编辑/讨论/历史 tabs, infobox, contents box, reference markers glued after "
        "sentences; the entry name opens the body (the repeated title matched as head); no date (an edit stamp)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>暖奶器（母婴电器）_知源百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="zy-bar">⟦m 知源百科⟧　⟦m 知识有源，人人可编⟧　<a>⟦a 登录⟧</a></div>
<div class="zy-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<div class="zy-entry">
<h1>{T}</h1>
<p class="zy-sub">⟦m 母婴电器⟧</p>
<table class="zy-info">
<tr><td>⟦m 中文名：暖奶器⟧</td><td>⟦m 外文名：bottle warmer⟧</td></tr>
<tr><td>⟦m 类　别：小家电⟧</td><td>⟦m 用　途：加热奶液、保温⟧</td></tr>
</table>
<div class="zy-toc">⟦l 目录　1 工作原理　2 种类　3 使用注意⟧</div>
<div class="zy-body">
{BODY}
</div>
<div class="zy-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 婴幼儿喂养器具使用指南．潟原：潟原科学技术出版社⟧</p><p>⟦l [2] 家用电器安全通用要求⟧</p></div>
<div class="zy-edit">⟦m 词条最近编辑：3个月前　编辑次数：41次⟧</div>
</div>
<div class="zy-ft">⟦d 知源百科内容由网友协作编写，仅供参考。⟧ ⟦m 知源百科 zhiyuan.wiki⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
暖奶器是用于加热和保温母乳、配方奶及婴儿辅食的小型电器，又称温奶器。⟦l [1]⟧
暖奶器一般由加热底座、水槽和温控装置组成。多数产品采用水浴加热，把奶瓶放进盛水的容器中，通过加热水间接加热奶液，使奶温均匀上升；也有部分产品采用蒸汽加热或干式加热。
常见的暖奶器按容量可分为单瓶和双瓶两种，部分产品还带有奶瓶消毒、辅食加热和夜灯功能。
使用暖奶器时，应根据奶瓶的材质和奶量设定温度，母乳加热一般不超过40℃，以免破坏营养成分。冲调好的配方奶不宜在暖奶器中长时间保温。水槽中的水应每天更换，定期除垢，使用后及时断电。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-bowen-entry-warming-patch-text",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.bowenbaike.com/wiki/暖宫贴",
        title="暖宫贴",
        record_title="暖宫贴 - 博闻百科 · 日用保健词条",
        date=None,
        notes="an entry as text: the entry name repeated before the body (head); synonyms and a contents line; "
        "an 'edit this section' link glued after a sentence; no date",
        page="""
!m 博闻百科
!m 首页 > 日用保健 > 热敷用品
{T}
!m 同义词：暖宫帖、暖宝宝（腹部用）
!l 目录：概述 | 原理 | 使用方法 | 注意事项
{BODY}
!l 词条标签：女性保健　热敷　日用品
!m 本词条由“博闻用户8813”创建，共被编辑12次
!d 本站词条内容仅供参考，如涉及医疗问题请遵医嘱。
!m bowenbaike.com
""",
        indent="",
        body="""
暖宫贴是一种贴于下腹部或腰部、通过自身发热进行热敷的一次性日用品，多用于缓解经期腹部寒凉不适。
暖宫贴的发热原理与普通暖贴相同，内装铁粉、活性炭、食盐、蛭石和水等，拆开外包装后，铁粉与空气中的氧气发生氧化反应放出热量，可持续发热8至12小时。⟦a 编辑本段⟧
使用时，一般将暖宫贴粘贴在贴身衣物外侧，对准下腹部或腰骶部。
使用暖宫贴应注意：不要直接贴于皮肤；同一部位不宜长时间使用；睡眠时不宜使用；皮肤感觉减退者、糖尿病患者及孕妇应慎用或遵医嘱使用；使用中如感觉过热或皮肤发红，应立即取下。
""",
    ),
    dict(
        slug="netdisk-qingniao-instruction-ice-pillow-pdf-decimal",
        site="青鸟网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.qingniaoyun.com/s/1xR7kQeB3w",
        title="凝胶冰枕灌装封口作业指导书",
        record_title="凝胶冰枕灌装封口作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: save/download buttons, VIP speed prompts, share expiry; file-name record title; "
        "decimal headings; no date (share and expiry stamps only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>凝胶冰枕灌装封口作业指导书.pdf_免费高速下载|青鸟网盘</title>
<script src="https://pan.qingniaoyun.com/share/preview.js"></script>
</head>
<body>
<div class="qn-head">⟦m 青鸟网盘⟧　⟦a 注册领10G空间⟧</div>
<div class="qn-file">
<h2>{T}</h2>
<p>⟦m 分享者：凉源日用品厂_技术部　分享于 5 个月前　有效期：永久⟧</p>
<p>⟦m 文件大小：486KB⟧</p>
<div>⟦a 转存进我的青鸟空间⟧　⟦a 普通下载⟧　⟦a 开通青鸟会员，下载提速10倍⟧</div>
</div>
<div class="qn-preview">
<p class="qn-tip">⟦a 文档预览仅显示前2页⟧</p>
{BODY}
</div>
<div class="qn-report">⟦a 举报违规文件⟧</div>
<div class="qn-foot">⟦d 青鸟网盘提醒：请勿分享侵犯他人权益的文件。⟧ ⟦m © 2024 qingniaoyun.com⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
1　目的
规范凝胶冰枕灌装和热合封口操作，防止冰枕渗漏，保证产品质量。
2　适用范围
本指导书适用于灌装车间凝胶冰枕（30厘米×40厘米）的灌装、排气和热合封口工序。
3　操作步骤
3.1　开机前检查灌装机计量泵和热合机模具，热合温度设定为185℃±5℃，热合时间2.5秒。
3.2　每袋灌装凝胶800克，灌装后将袋口向上轻压，排出袋内空气。
3.3　袋口对准热合模具中线，热合宽度不少于8毫米，热合线应平整、无气泡、无褶皱。
3.4　每班开机后首件及每隔一小时，抽取3个冰枕做挤压试验，施加200牛压力保持1分钟，不得渗漏。
4　注意事项
4.1　热合机工作时严禁将手伸入模具区域。
4.2　挤压试验不合格的，应立即停机，通知班长和质检员处理，并隔离上一次检验合格后生产的产品。
""",
    ),
    dict(
        slug="netdisk-yunxia-research-thermo-strip-lone-markers",
        site="云匣网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.yunxiapan.com/share/preview?key=Tq83mZ",
        title="关于社区居家老人使用体温贴情况的调研报告",
        record_title="关于社区居家老人使用体温贴情况的调研报告.pdf",
        date="2024-12-06",
        notes="a cloud drive's text preview cut by ⫃n⫄ markers on lines of their own; file-name record title; a "
        "table; 成文日期 under the signature; share and expiry stamps are no dates",
        page="""
!m 云匣网盘 · 文件分享
!m 关于社区居家老人使用体温贴情况的调研报告.pdf　（1.2MB）
!m 分享人：竦岭老龄办小钟　　分享时间：2024-12-09　　7天后失效
!a 转存　下载　用云匣APP打开
{BODY}
!a 预览到此为止，下载后查看全部页面
!a 开通超级会员，下载不限速
!d 云匣网盘仅提供存储服务，文件内容由分享者负责。
!m yunxiapan.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⫃{n}⫄", every=160, start=2),
        body="""
为了解体温贴在居家老人健康监测中的实际效果，区老龄办于11月对和暖、紬园等4个社区的居家老人开展了专题调研，共走访老人120户，发放问卷120份，收回有效问卷114份。现将调研情况报告如下。
一、基本情况。今年10月，区老龄办为辖区80岁以上独居老人免费发放了一次性体温贴，每人每月8片。调研显示，老人对体温贴的知晓率为92%，但实际使用情况差别较大。
使用情况　人数　占比
经常使用　37　32.5%
偶尔使用　45　39.5%
从未使用　32　28.0%
二、存在的问题。一是部分老人看不清体温贴的颜色变化，不会读数；二是有的老人把体温贴当成“退烧贴”使用；三是少数老人对胶布过敏。
三、对策建议。建议改为发放大字显示的体温贴，由网格员上门教老人使用，并对不适合使用的老人改发电子体温计。
潟原市竦岭区老龄工作委员会办公室
2024年12月6日
""",
    ),
    dict(
        slug="snapshot-soubide-hospital-gauze-towel-banner",
        site="搜必得网页快照 (invented search-cache frame) / 羱山县人民医院",
        style="搜索快照",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="http://cache.soubide.com/c?u=http%3A%2F%2Fwww.ysxrmyy.com%2Fhlzc%2F2024%2F0307%2F95.html",
        title="新生儿科关于住院新生儿自备纱布巾的温馨提示",
        record_title="新生儿科关于住院新生儿自备纱布巾的温馨提示_羱山县人民医院（搜必得快照）",
        date="2024-03-06",
        notes="a search-cache frame: capture banner and highlighted terms; the cached hospital page's own chrome; "
        "the ward's contact line beside the hospital switchboard; the capture stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>新生儿科关于住院新生儿自备纱布巾的温馨提示_羱山县人民医院（搜必得快照）</title>
<script src="http://cache.soubide.com/static/frame.js"></script>
</head>
<body>
<div class="sbd-banner">
<p>⟦d 这是搜必得对 http://www.ysxrmyy.com/hlzc/2024/0307/95.html 的缓存，抓取于 2024-04-18 03:12⟧</p>
<p>⟦a 原网页可能已变动，点击查看当前页面⟧</p>
<p>⟦m 已为您标亮以下词语：<b style="background:#ff9">纱布巾</b> <b style="background:#9ff">新生儿</b>⟧</p>
</div>
<div class="cached">
<div class="yy-head">⟦m 羱山县人民医院⟧　⟦m 二级甲等综合医院⟧</div>
<div class="yy-nav">⟦m 首页　医院概况　科室介绍　护理之窗　就医指南⟧</div>
<div class="yy-art">
<h2>{T}</h2>
<p class="yy-meta">⟦m 发布：新生儿科　点击：356⟧</p>
{BODY}
</div>
<div class="yy-foot">⟦m 医院总值班：0743-7790120　地址：羱山县蕳桥镇人民路1号⟧</div>
</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
各位新生儿家长：
为了保护住院宝宝娇嫩的皮肤，减少交叉感染，自3月11日起，新生儿科住院患儿的纱布巾请由家长自备。现将有关事项提示如下：
一、请准备纯棉纱布巾6至8条，规格约30厘米×30厘米，颜色以白色或浅色为宜，便于护士观察宝宝的吐奶和皮肤情况。
二、新买的纱布巾请先用清水洗两到三遍，晾干后装入干净的袋子，袋上写好宝宝的床号和姓名，在护士站交接。
三、病区每天为宝宝更换纱布巾，换下的纱布巾由护士集中装袋，家长探视时带回清洗。
四、请不要使用带香味、带亮片或有绒毛的毛巾代替纱布巾。
如有疑问，请在工作日咨询新生儿科护士站，电话：0743-7790365。
羱山县人民医院新生儿科
2024年3月6日
""",
    ),
    dict(
        slug="snapshot-yisou-letter-warming-patch-labels-oneline",
        site="溯页快照 (invented text-only search cache)",
        style="搜索快照",
        genre="函",
        kind="notice",
        form="text",
        source="http://kz.suyesou.com/text?url=xyscjg.gov.cn/zwgk/2024/1205/3307.html",
        title="潟原市市场监督管理局关于督促规范暖宫贴标签标识的函",
        record_title="潟原市市场监督管理局关于督促规范暖宫贴标签标识的函（文字版快照）",
        date="2024-12-05",
        notes="a text-only cache with the whole body on one line; a capture line and an original-link line; "
        "the letter's own contact; 成文日期 at the end; document number line (neutral)",
        page="""
!d 溯页快照｜纯文字版｜收录于 2025-01-06 11:40
!a 查看原始网页　　关闭快照
!m 潟原市市场监督管理局 政务公开
{T}
潟市监函〔2024〕112号
{BODY}
!m 主办：潟原市市场监督管理局　网站标识码4331000041
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
潟原康暖医疗用品有限公司：
近期，我局在暖宫贴产品标签标识专项检查中发现，你公司生产的“康暖”牌暖宫贴外包装存在未标注最高温度、使用时长，以及“请勿直接贴于皮肤”“睡眠时请勿使用”等警示语位置不醒目、字体过小的问题。
根据产品质量法有关规定，请你公司于2025年1月10日前完成以下整改：一是在外包装正面醒目位置标注警示语，字高不小于3毫米；二是在包装上补充标注最高温度、平均温度和持续发热时间；三是对库存产品加贴警示标签后方可出厂。
请于整改完成后5个工作日内将整改情况书面报送我局产品质量安全监督管理科。
联系人：阎秋实，电话：0743-3300716
潟原市市场监督管理局
2024年12月5日
""",
    ),
    dict(
        slug="print-zhouyang-bulletin-bottle-warmer-window-print",
        site="盩阳县卫生健康局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://wjj.zhouyang.gov.cn/print.jsp?id=20241210-0071",
        title="关于全县托育机构暖奶器使用情况专项检查的通报",
        record_title="⎙ 打印版 ◦ 关于全县托育机构暖奶器使用情况专项检查的通报",
        date="2024-12-10",
        notes="a print view calling window.print(): print/close buttons, a table, a print footer ⩯ 第1页 ／ 共1页 ⩯; "
        "成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>⎙ 打印版 ◦ 关于全县托育机构暖奶器使用情况专项检查的通报</title>
<style>@media print{.np{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="np">⟦a 〖立即打印〗〖关闭本窗口〗⟧</div>
<div class="pr-src">⟦m 盩阳县卫生健康局　wjj.zhouyang.gov.cn⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="pr-foot">⟦p ⩯ 第1页 ／ 共1页 ⩯⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
各镇卫生院，各备案托育机构：
11月下旬，县卫健局会同县市场监管局对全县21家备案托育机构的暖奶器使用情况进行了专项检查。总体看，大部分机构能够做到专人管理、定期清洁，但也发现了一些问题，现将检查情况通报如下：
机构类别　检查数　发现问题数　主要问题
公办托育机构　5　2　水槽未每日换水
普惠性民办机构　11　9　无使用记录、插线板串接
其他民办机构　5　6　无3C标志、冲好的奶长时间保温
针对以上问题，各托育机构要在12月20日前完成整改：暖奶器必须有3C标志，每天换水并做好使用和清洁记录，冲调好的配方奶不得放在暖奶器中保温，下班前关闭电源。各镇卫生院要加强日常指导，县卫健局将于明年1月组织复查。
盩阳县卫生健康局
2024年12月10日
""",
    ),
    dict(
        slug="print-jianqiao-school-rules-thermo-strip-footer",
        site="羱山县蕳桥镇中心学校 (invented, print view)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.jqzxx.cn/print.asp?id=833",
        title="蕳桥镇中心学校学生晨午检制度",
        date=None,
        notes="a print view as text: record title as is; 第N条 articles; a print footer ⪮ 页码 1/1 ⪮; the effective "
        "clause gives no date; the print stamp is no date",
        page="""
!a 〔打印〕〔返回〕
!m 羱山县蕳桥镇中心学校　www.jqzxx.cn
{T}
{BODY}
!m 打印时间：2025-02-24 08:15
!p ⪮ 页码 1/1 ⪮
""",
        indent="\u3000\u3000",
        body="""
第一条　为及时发现传染病早期症状和疑似病例，保障学生身体健康，制定本制度。
第二条　学生晨检由班主任在早读前完成，午检由当班老师在午休后完成，主要内容为体温测量和观察学生精神状态。
第三条　晨检一律使用体温计测量；寄宿生午休和夜间可使用体温贴辅助观察，体温贴提示异常的，须用体温计复测。
第四条　发现体温在37.3℃以上或有咳嗽、皮疹、呕吐等症状的学生，班主任应立即送校医室，并通知家长。
第五条　班主任每天填写晨午检登记表，校医室每周汇总一次，发现同一班级3天内出现3名以上症状相似学生的，立即报告学校和镇卫生院。
第六条　本制度自公布之日起执行。
""",
    ),
    dict(
        slug="mail-xiyuan-webmail-letter-ice-pillow-attachment-bar",
        site="潟原邮 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.xiyuanyou.cn/read?mid=1718066311-2209",
        title="关于订购防暑冰枕的函",
        record_title="转发：关于订购防暑冰枕的函.docx",
        date="2024-06-07",
        date_also=["2024-06-11"],
        notes="webmail reading view: forwarded header with 抄送, an attachment bar beside the letter's own 附件 list and "
        "抄送 line; the letter's contact; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于订购防暑冰枕的函.docx - 潟原邮</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 潟原邮 · 企业邮箱⟧　⟦m caigou@lengyuan-dy.com⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为未读　更多操作⟧</div>
<div class="wm-head">
<h3>{T}</h3>
<p>⟦m 发件人：潟原市竦岭区城市管理局办公室 &lt;slcgj_bgs@163.com&gt;⟧</p>
<p>⟦m 收件人：caigou@lengyuan-dy.com⟧</p>
<p>⟦m 抄　送：slcgj_hwk@163.com⟧</p>
<p>⟦m 时　间：2024年6月11日（星期二）上午10:26⟧</p>
</div>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">
<p>⟦a 附件（2 个）　冰枕技术要求.pdf（212KB）　报价单.xlsx（18KB）　全部下载⟧</p>
</div>
<div class="wm-foot">⟦m 潟原邮　企业邮箱服务⟧ ⟦d 本邮件及附件可能含保密信息，如误收请删除。⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
潟原市凉源日用品厂：
为做好今年夏季环卫工人防暑降温工作，我局拟向贵厂订购凝胶冰枕一批，现将有关事项函告如下：
一、订购数量和规格：凝胶冰枕1200个，规格约30厘米×40厘米，每个配棉质布套1个。
二、质量要求：冰枕外袋热合强度、填充物标注和警示标识应符合有关标准，交货时提供第三方检测报告。去年个别冰枕出现渗漏，请贵厂今年重点把好热合质量关。
三、交货时间：6月25日前分两批送至我局环卫科仓库。
请贵厂于6月14日前将报价单回复我局。
联系人：环卫科 龚言，电话：0743-3261708
附件：1．冰枕技术要求
2．报价单
潟原市竦岭区城市管理局
2024年6月7日
抄送：区环卫服务中心
""",
    ),
    dict(
        slug="mail-forwarded-text-gauze-towel-test-feedback",
        site="嶪坪纺织集团邮件系统 (invented, a forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:zhijian@yepingtex.com",
        title="关于纱布巾送检样品检测结果的复函",
        record_title="〔外转〕回复：关于纱布巾送检样品检测结果的复函",
        date="2024-04-18",
        date_also=["2024-04-19"],
        notes="a forwarded mail as text: mail headers (send date also accepted), a forward note and the mail "
        "client's footer; the letter's table, its contact and e-mail beside the sender's signature",
        page="""
!m 发件人：嶪坪纺织集团 质量管理部 <zhijian@yepingtex.com>
!m 发送时间：2024年4月19日 星期五 15:02
!m 收件人：各车间主任
!m 主题：〔外转〕回复：关于纱布巾送检样品检测结果的复函
!m 各位主任：检测中心的复函转给大家，请对照整改。质量部 佘敏
!m -------- 原始邮件 --------
{BODY}
!m 本邮件由 嶪坪纺织集团邮件系统 发送
!d 请勿直接回复本邮件，如有疑问请联系发件人。
""",
        indent="",
        body="""
嶪坪纺织集团有限公司：
你公司4月10日送检的3批次婴幼儿纱布巾样品，我中心已按有关标准完成检测，现将结果函复如下：
样品编号　产品名称　检测项目　结果
YP2404-01　六层纯棉纱布巾　甲醛含量、pH值　合格
YP2404-02　四层竹棉纱布巾　纤维含量　不合格
YP2404-03　六层印花纱布巾　耐唾液色牢度　合格
其中，YP2404-02样品标注“竹纤维30%、棉70%”，实测竹纤维含量为18.6%，与标注不符。建议你公司核查该批次原料，并按实际含量修改吊牌标注。
检测报告原件已寄出，请注意查收。
联系人：严佳，电话：0743-7712203，邮箱：ysjc_yj@163.com
羱山县纺织产品质量检测中心
2024年4月18日
""",
    ),
]
