"""holdout292, part F: exam forums, encyclopaedias, cloud drives, search caches, print views and
forwarded mail. Every page, site, place, person, number and URL here is invented."""

CASES = [
    dict(
        slug="gkforum-dengan-interview-liangyigan-jammer",
        site="登岸公考论坛 (invented, Discuz-like)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.dengangk.com/thread-551902-1-1.html",
        title="居民晾衣杆伸出窗外存在隐患，你是社区工作人员怎么办",
        record_title="[结构化模考] 居民晾衣杆伸出窗外存在隐患，你是社区工作人员怎么办（附作答框架，求考友补充）- 结构化面试 - 登岸公考论坛",
        date=None,
        notes="exam forum: jammer-font junk inside the post, a reply-to-see prompt, a rating row and a signature, a QQ-group ad; relative post time; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[结构化模考] 居民晾衣杆伸出窗外存在隐患，你是社区工作人员怎么办（附作答框架，求考友补充）- 结构化面试 - 登岸公考论坛</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js"></script>
</head>
<body>
<div id="toptb">⟦a 快捷登录⟧ ⟦a 注册领取面试题本⟧</div>
<div id="hd"><a href="./">⟦m 登岸公考论坛⟧</a> <span>⟦m 考编路上不孤单⟧</span></div>
<div id="pt">⟦m 登岸公考论坛 › 面试交流 › 结构化面试⟧</div>
<div class="hm">⟦m 查看: 3377 | 回复: 48⟧</div>
<h1><span id="thread_subject">{T}</span></h1>
<table id="pid1"><tr>
<td class="pls">⟦m 上岸小分队队长⟧<br>⟦m 积分 1804　威望 26⟧</td>
<td class="plc">
<div class="authi">⟦m 发表于 4 天前⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="locked">⟦a 此处还有参考答案，回复本帖后刷新可见⟧</div>
<div class="rate">⟦l 评分 参与人数 3　体力 +6　收起 理由：思路清晰⟧</div>
<div class="sign">⟦m 二战上岸，考公路上一起加油⟧</div>
</td></tr></table>
<div class="ad">⟦w 面试一对一模拟，进群领真题：QQ群 718204556⟧</div>
<div id="f_pst">⟦a 登录之后才可以回帖⟧</div>
<div id="ft">⟦m 登岸公考论坛 ( 鄂ICP备20008815号-2 )⟧ ⟦d 论坛帖子仅代表作者观点⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
题目：某小区多户居民将晾衣杆伸出窗外晾晒被褥，其他居民担心高空坠物，向社区反映。如果你是社区工作人员，你会怎么做？
我的答题思路：
第一，及时了解情况。我会和网格员一起到小区实地查看，逐户登记外伸晾衣杆的位置、固定方式和锈蚀情况，拍照留存。
第二，分类处理隐患。对已经松动、锈蚀严重的，立即上门提醒住户收回或更换；对行动不便的老人，联系志愿者帮忙拆装。
第三，做好宣传引导。在楼道张贴安全提示，在小区微信群里发布高空坠物的典型案例，让居民认识到外伸晾衣杆的风险。
第四，建立长效机制。协调物业在小区空地设置公共晾晒区，把规范晾晒写进居民公约，定期开展安全巡查。
以上是我的思路，欢迎各位考友补充指正。
""",
    ),
    dict(
        slug="gkforum-yizhan-essay-bianlan-junk",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://www.gkyizhan.example.com/t/88120",
        title="从一只扁篮看乡村手艺的出路",
        record_title="[申论大作文·首秀] 从一只扁篮看乡村手艺的出路（求各路大神指点）- 申论批改 - 公考驿站论坛",
        date=None,
        notes="exam forum text: an essay with anti-scraping junk as lines and glued after 。; floor replies, a correction-service QQ line; relative post time; no date",
        page="""
!m 公考驿站论坛 › 申论交流 › 申论批改
!t [申论大作文·首秀] 从一只扁篮看乡村手艺的出路（求各路大神指点）
!m 楼主：奔跑的小蜗牛　发表于 3 天前　只看楼主
{BODY}
!l 回复 #2 批改君阿凯：立意不错，第三段论证再充实一下
!l 回复 #3 一战必过：收藏了，学习结构
!a 登录后可以回帖并查看批改详情
!w 申论一对一批改，加老师QQ：2914406633
!m 公考驿站论坛 | 手机版 | 联系我们
""",
        junk=dict(lines=2, glued=1),
        body="""
在菝湖县的集市上，一只手工编织的扁篮卖八十元，而一只塑料菜篮只要五元。价格的差距背后，是乡村手艺面临的现实困境。
手艺之困，困在市场。扁篮这样的竹编制品，耗时长、产量低，在工业制品的冲击下，曾经一度只能“挂在墙上”。年轻人不愿学，老匠人后继无人，这是许多乡村手艺的共同处境。
手艺之兴，兴在创新。近年来，当地合作社把扁篮做成果盘、收纳篮和民宿摆件，通过网店卖到全国，一只精品扁篮的价格翻了几番。可见，老手艺只要找准新需求，就能焕发新生机。
手艺之传，传在人才。政府应当把传统手艺纳入职业技能培训，让匠人有收入、有尊严，让年轻人愿意学、学得会。
一只扁篮，编的是竹篾，留住的是乡愁，连着的是乡村振兴的大文章。
""",
    ),
    dict(
        slug="wiki-zhuzhi-entry-shangu-h1-edit-links",
        site="竹知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhuzhi.example.com/item/shangu",
        title="扇骨",
        record_title=None,
        date=None,
        notes="encyclopaedia: no record title (the entry name in <h1>, which also opens the body: matched as head); edit/discuss/history tabs, infobox, contents box, an 'edit' link glued to a section heading, a reference marker glued after a 。; a year alone is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>扇骨 - 竹知百科</title>
<link rel="stylesheet" href="/skin/wiki.css">
<script src="/skin/wiki.js"></script>
</head>
<body>
<div class="w-top"><a class="logo">⟦m 竹知百科⟧</a><form><input><button>⟦a 进入词条⟧</button></form><a>⟦a 登录后编辑⟧</a></div>
<div class="w-tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<h1 class="w-title">{T}</h1>
<div class="w-sub">⟦m 折扇的骨架部件⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：扇骨⟧</td></tr>
<tr><td>⟦m 外文名：fan ribs⟧</td></tr>
<tr><td>⟦m 类　别：折扇部件⟧</td></tr>
<tr><td>⟦m 主要材质：毛竹、棕竹⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 材质　2 制作工艺　3 常见形制　4 产地⟧</div>
<div class="w-body">
{BODY}
</div>
<div class="refs">⟦l 参考资料　[1] 垡川县文化馆.垡川扇骨制作技艺申报材料⟧</div>
<div class="w-tags">⟦l 词条标签：工艺品　传统技艺　竹制品⟧</div>
<div class="w-foot">⟦m 本词条由竹知百科用户共同编辑，最近更新于 6 天前　浏览 4,106 次⟧<br>⟦d 词条内容仅供参考，涉及专业问题请咨询相关人士⟧</div>
</body>
</html>
""",
        body="""
扇骨是折扇的骨架，由两根大骨（又称边骨）和若干根小骨（又称扇芯）组成，一端以扇钉穿连，另一端与扇面相接。
材质⟦a [编辑本段]⟧
扇骨多以竹制成，常用毛竹、棕竹、湘妃竹等，也有以檀香木、乌木、象牙、玳瑁等制作的，后两类现已禁止使用。
制作工艺
竹制扇骨一般要经过选竹、煮竹、晒白、劈片、刮青、定型、打磨、烫花、雕刻等多道工序。其中刮青和打磨决定扇骨的光洁程度，雕刻则决定其艺术价值。
常见形制
按扇骨根数分，有九档、十二档、十六档、二十档等；按大骨造型分，有直骨、方头、圆头、竹节头等。
产地
江南地区是竹扇骨的传统产地。垡川县的扇骨制作技艺于2024年入选省级非物质文化遗产代表性项目名录。⟦l [1]⟧
""",
    ),
    dict(
        slug="wiki-xiangtu-entry-kangzhuo-text",
        site="乡土百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.xiangtubaike.example.cn/wiki/kangzhuo",
        title="炕桌",
        record_title="炕桌_民俗器物_乡土百科",
        date=None,
        notes="encyclopaedia text: column and site suffixes; the entry name repeated above the text and opening the body (head); edit links; 'last edited 2 months ago' is no date; references and tags",
        page="""
!m 乡土百科 › 民俗器物 › 家具
!t 炕桌
!a 编辑词条　｜　添加义项　｜　收藏
!m 浏览次数：5,812　　最近编辑：2 个月前
{BODY}
!l 参考资料：1.《北方民居器用考》　2. 荬田乡炕桌木作合作社访谈记录
!l 词条标签：家具　民俗　北方农村
!d 乡土百科词条由网友协作编辑，内容仅供参考
""",
        body="""
炕桌，是放在火炕上使用的矮桌，多见于我国北方农村，是旧时北方家庭吃饭、待客、读书写字的主要家具。
形制
炕桌一般高30至35厘米，桌面呈长方形或正方形，四腿较短，多做成外撇的“八字腿”以增加稳定性。讲究的炕桌在桌面下设抽屉，或在腿间加装牙板和雕花。
材料与工艺
民间炕桌多用榆木、柳木、松木制作，采用榫卯结构，不用铁钉。表面常涂桐油或大漆，既防潮又耐烫。
现状
随着火炕逐渐减少，炕桌的日常用途有所减弱，但在民宿、茶室和书房中，折叠式炕桌、矮几等改良样式重新受到欢迎。
""",
    ),
    dict(
        slug="netdisk-lingshang-plan-bianlan-wps-markers",
        site="岭上云盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.lingshangyun.example.com/s/1qWx8Ld0",
        title="硗岭镇扁篮编织帮扶车间建设实施方案",
        record_title="硗岭镇扁篮编织帮扶车间建设实施方案.wps",
        date="2024-04-16",
        notes="cloud-drive preview: file-name record title, page-marker paragraphs '⦧n⦦' cutting sentences, a share stamp (no date), save/download and super-member prompts, a preview-limit line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>硗岭镇扁篮编织帮扶车间建设实施方案.wps_免费高速下载|岭上云盘</title>
<link rel="stylesheet" href="/s/css/share.css">
<script src="/s/js/preview.js"></script>
</head>
<body>
<div class="ls-head"><a class="logo">⟦m 岭上云盘⟧</a><a>⟦a 登录⟧</a><a>⟦a 下载客户端⟧</a></div>
<div class="ls-file">
<h2>⟦t 硗岭镇扁篮编织帮扶车间建设实施方案.wps⟧</h2>
<p>⟦m 分享者：岭上云　分享于 2024-05-02 21:16　文件大小：42.6KB⟧</p>
<p>⟦a 保存到我的云盘⟧ ⟦a 普通下载⟧ ⟦a 开通超级会员，下载不限速⟧</p>
</div>
<div class="ls-preview">
<p class="tip">⟦a 在线预览只显示前3页⟧</p>
{BODY}
</div>
<div class="ls-report"><a>⟦a 举报该分享⟧</a></div>
<div class="ls-foot">⟦d 请勿通过岭上云盘分享违法违规内容，违者将被封禁⟧<br>⟦m ©2024 岭上云盘 lingshangyun.example.com⟧</div>
</body>
</html>
""",
        pages=dict(fmt="⦧{n}⦦", every=120, start=2),
        body="""
为带动留守妇女和脱贫群众在家门口就业，镇党委、镇政府决定在埚塘村建设扁篮编织帮扶车间，现制定实施方案如下。
一、建设目标
2024年6月底前建成帮扶车间一处，面积不少于300平方米，吸纳从业人员60人以上，其中脱贫人口不少于20人，年产扁篮8万只。
二、主要任务
（一）场地建设。利用埚塘村闲置小学校舍改建车间，配备破篾机、蒸煮锅和烘干设备。
（二）技能培训。联合县人社局开展竹编技能培训3期，每期20人，培训合格后上岗。
（三）订单对接。由镇供销社牵头，与县竹编行业协会会员企业签订扁篮收购协议，实行保底收购。
三、保障措施
镇财政安排启动资金30万元，积极争取衔接资金支持；车间实行“企业+车间+农户”模式，计件发放工资，按月结算。
硗岭镇人民政府
2024年4月16日
""",
    ),
    dict(
        slug="netdisk-yunxia-request-shangu-doc-cn-date",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://yunxia-pan.example.com/share/preview/8Hq2kT",
        title="关于申请拨付扇骨技艺传习所修缮资金的请示",
        record_title="关于申请拨付扇骨技艺传习所修缮资金的请示.doc",
        date="2024-09-10",
        notes="cloud-drive text preview: file-name record title; a request with 妥否，请批示, the date in Chinese numerals and the contact line after it; a simple-preview notice",
        page="""
!m 云匣网盘 ｜ 文件分享
!t 关于申请拨付扇骨技艺传习所修缮资金的请示.doc
!m 文件大小：26.5KB　｜　分享者：fc_wl***　｜　有效期：永久
!a 保存到网盘　　普通下载　　极速下载（会员）
{BODY}
!a 当前为简易预览，排版可能与原文件不同
!d 网盘内容由用户自行上传分享，云匣不对其合法性负责
!m 云匣网盘 yunxia-pan.example.com
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
埽头镇扇骨技艺传习所位于镇老街，系清末扇骨作坊旧址，2019年挂牌以来，共举办扇骨技艺培训班14期，培训学员300余人次。由于房屋建成年代久远，目前屋面漏雨、木梁虫蛀，部分墙体开裂，已不能满足教学和展示需要，存在安全隐患。
经县住建局委托第三方检测，该建筑为C级危房，需进行整体加固修缮。经测算，修缮工程总投资约86万元，我局已通过省级非遗保护专项争取资金40万元，尚有资金缺口46万元。
为保护好扇骨制作技艺传承场所，恳请县人民政府从县级文化发展专项资金中拨付修缮资金46万元。
妥否，请批示。
垡川县文化和旅游局
二〇二四年九月十日
（联系人：柴文博，电话：0734-7203315）
""",
    ),
    dict(
        slug="snapshot-xunlu-summary-zhubian-frame",
        site="寻鹭搜索快照 of 垤坪镇人民政府 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://cache.xunlu.example.com/c?u=diping-gov-2024-1127-summary",
        title="垤坪镇2024年“竹匾晒秋”农文旅融合工作总结",
        record_title="垤坪镇2024年“竹匾晒秋”农文旅融合工作总结_垤坪镇人民政府（寻鹭存档快照）",
        date="2024-11-25",
        date_also=["2024-11-27"],
        notes="search-cache frame: a capture banner with its stamp (no date), a highlighted-terms line, the original portal's header and footer inside; 成文日期 under the signature, the portal's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>垤坪镇2024年“竹匾晒秋”农文旅融合工作总结_垤坪镇人民政府（寻鹭存档快照）</title>
<style>.xl-bar{background:#FFF7D6;border-bottom:1px solid #E0C060}</style>
</head>
<body>
<div class="xl-bar">
<p>⟦d 寻鹭提示：您看到的是该网页在 2024-12-03 04:26 的存档，原网页可能已更新或删除⟧ <a>⟦a 访问原网页⟧</a></p>
<p>⟦d 已为您标亮搜索词：竹匾　晒秋　总结⟧</p>
</div>
<div class="orig">
<div class="gov-head">⟦m 垤坪镇人民政府门户网站⟧</div>
<div class="gov-nav">⟦m 首页　镇情概况　政务公开　乡村振兴　便民服务⟧</div>
<div class="gov-pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 工作总结⟧</div>
<h1>{T}</h1>
<p class="gov-info">⟦m 发布日期：2024-11-27　来源：镇农业综合服务中心　字号：【大 中 小】⟧</p>
<div class="gov-con">
{BODY}
</div>
<div class="gov-foot">⟦m 主办：垤坪镇人民政府　联系电话：0733-3120001⟧<br>⟦m 湘ICP备18014420号⟧</div>
</div>
</body>
</html>
""",
        body="""
今年以来，垤坪镇依托“竹匾晒秋”传统农事景观，推动农业、文化、旅游融合发展，取得了明显成效。现将有关工作总结如下。
一、主要成效
全镇共有6个村参与晒秋景观打造，累计接待游客21.6万人次，同比增长46%；带动农产品销售1380万元，新增民宿、农家乐17家。
二、主要做法
（一）统一规划晒秋点位。编制晒秋景观点位图，在埚塘、葜坞等村统一制作竹匾晒架1200组，做到既好看又安全。
（二）办好首届晒秋文化节。10月举办竹匾晒秋文化节，开展竹匾编织比赛、摄影大赛等活动，吸引省内外媒体报道。
（三）带动群众增收。引导农户把晒好的辣椒、南瓜干、萝卜干包装成“晒秋礼盒”，通过镇电商服务站销售。
三、存在问题
旅游旺季停车位紧张，部分竹匾晒架老化需要更换。
四、明年打算
计划新建游客停车场一处，更新竹匾晒架500组，延长晒秋旅游季。
垤坪镇人民政府
2024年11月25日
""",
    ),
    dict(
        slug="snapshot-textcache-bulletin-liangyigan-title-line",
        site="纯文字快照 of 澌河街道办事处 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://textcache.xunlu.example.com/t?u=shxjd-2024-0419-882",
        title="关于春季高空坠物隐患排查整治情况的通报",
        record_title=None,
        date="2024-04-19",
        date_also=["2024-04-22"],
        notes="text-only cache: no record title (the page's title line); a capture stamp is no date; a data table by community; 抄送 line; the street office's duty line after the text",
        page="""
!d 文字版快照 · 仅保留原网页文字，图片与样式已去除
!d 快照生成于 2024-05-06 12:08（UTC+8）
!m 原始网址：http://www.shxjd.example.gov.cn/tzgg/2024/0419/882.html
!m 鞒西区澌河街道办事处
{T}
!m 发布：街道应急办　时间：2024-04-22
{BODY}
!m 街道办地址：澌河路26号　值班电话：0731-8610345
!a ［回到快照顶部］［查看原网页］
""",
        body="""
各社区居委会、辖区各物业服务企业：
3月以来，街道组织开展了春季高空坠物隐患专项排查整治，现将有关情况通报如下：
一、基本情况
本次共排查居民楼412栋，发现隐患1376处，已整改1219处，整改率88.6%。其中外伸晾衣杆锈蚀松动隐患最多，共计803处，占隐患总数的58.4%。
社区　发现隐患（处）　已整改（处）
埚北社区　386　371
榍园社区　522　448
澌滨社区　468　400
二、存在问题
榍园、澌滨两个老旧小区外伸晾衣杆数量多，部分住户长期不在家，整改推进较慢。
三、下一步要求
各社区要对未整改隐患逐户建立台账，4月30日前全部整改到位；物业服务企业要加强日常巡查，发现隐患立即劝导整改。
澌河街道办事处
2024年4月19日
抄送：区应急管理局，区住房和城乡建设局。
""",
    ),
    dict(
        slug="print-zuicheng-coop-letter-bianlan-window-print",
        site="蕞城市供销合作社 打印页 (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://www.zcgxs.example.gov.cn/print.jsp?id=20240708-41",
        title="关于商请提供竹编扁篮样品参加农产品包装展示的函",
        record_title="【打印归档稿】关于商请提供竹编扁篮样品参加农产品包装展示的函 - 蕞城市供销合作社",
        date="2024-07-08",
        notes="print view calling window.print(): print/close buttons, a print stamp (no date), the page's address, a print footer closing the page; the letter's own contact with phone and mailbox, 抄送 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【打印归档稿】关于商请提供竹编扁篮样品参加农产品包装展示的函 - 蕞城市供销合作社</title>
<style>@media print{.noprint{display:none}} body{font-family:"FangSong";}</style>
</head>
<body onload="window.print()">
<div class="noprint">⟦a 〖立即打印〗〖关掉此页〗⟧</div>
<div class="p-head">⟦m 蕞城市供销合作社门户网站⟧</div>
<div class="p-meta">⟦m 打印时间：2024-07-15 10:22　页面地址：http://www.zcgxs.example.gov.cn/tzgg/20240708-41.html⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-foot">⟦p ⎁ 共1页·第1页 ⎁⟧</div>
<script>window.onafterprint=function(){window.close();};</script>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
菝湖县竹编行业协会：
为推广绿色环保农产品包装，我社定于2024年8月在蕞城市农产品展销中心举办“绿色包装进市场”展示活动。贵协会会员企业生产的竹编扁篮工艺精良、经久耐用，适合作为蔬菜、水果和土特产品的包装容器。为此，商请贵协会协助组织会员企业提供扁篮样品参展，具体事项如下：
一、样品要求：大、中、小规格扁篮各5只，附产品规格和价格说明。
二、报送时间：7月25日前送达市供销社合作指导科。
三、参展费用：展位和布展费用由我社承担。
联系人：谢婧，电话：0730-2218640，邮箱：hzzdk@zcgxs.cn
蕞城市供销合作社
2024年7月8日
抄送：菝湖县供销合作社。
""",
    ),
    dict(
        slug="print-maitian-notice-kangzhuo-training-record",
        site="荬田乡人民政府 打印版 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.maitian.example.gov.cn/print/tzgg/3021.html",
        title="荬田乡关于举办炕桌木作技能培训班的通知",
        record_title="荬田乡关于举办炕桌木作技能培训班的通知【打印版本】",
        record_date="2024-02-26",
        date="2024-02-26",
        notes="print view as text: the record gives the date; a print stamp, the original address and a print footer closing the page; the notice's own 联系人/电话",
        page="""
!a ［送打印机］［关掉］
!m 荬田乡人民政府网站 · 打印版
!m 原文地址：http://www.maitian.example.gov.cn/tzgg/3021.html
{T}
!m 发布时间：2024-02-26　打印时间：2024-03-01 08:57
{BODY}
!p ⏋ 1／1 ⏋
""",
        indent="\u3000\u3000",
        body="""
各村民委员会，乡属各单位：
为传承炕桌木作技艺，帮助群众掌握一技之长，乡政府决定举办炕桌木作技能培训班。现将有关事项通知如下：
一、培训时间：2024年3月11日至3月30日，共20天。
二、培训地点：荬田乡炕桌木作合作社实训车间。
三、培训对象：全乡有意从事木作的农村劳动力，优先安排脱贫户和返乡青年，共招收30人。
四、培训内容：选料、开榫、组装、打磨上漆等炕桌制作全流程，由合作社老木匠贺长庚等3人授课。
五、有关要求：请各村于3月5日前将报名表报乡社会事务办。培训期间免费提供午餐，结业考核合格的颁发培训证书。
联系人：乡社会事务办　余建国，电话：0738-6701126
荬田乡人民政府
2024年2月26日
""",
    ),
    dict(
        slug="mail-zuimail-letter-shangu-attachment-bar",
        site="蕞邮企业邮箱 阅读页 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zuimail.example.cn/read?mid=ZC0306-1012",
        title="关于征集扇骨藏品参加“竹骨清风”联展的函",
        record_title="Fwd：【请各会员阅知】关于征集扇骨藏品参加“竹骨清风”联展的函",
        date="2024-03-04",
        date_also=["2024-03-06"],
        notes="webmail reading view: a forwarded header, the mail's send time (also accepted), an attachment bar beside the letter's own 附件 list, the museum's contact with phone and mailbox",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>蕞邮 - 读信</title>
<link rel="stylesheet" href="/webmail/css/read.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 蕞邮 · 企业邮箱⟧　⟦m 鲁正平 &lt;luzp@zcfan.org.cn&gt;⟧　<a>⟦a 安全退出⟧</a></div>
<div class="wm-folders">⟦m 收件箱(23)　草稿箱　已发送　星标邮件　垃圾箱⟧</div>
<div class="wm-tools">⟦a 回复　回复全部　转发　删除　移动到…⟧</div>
<div class="wm-head">
<h3>⟦t Fwd：【请各会员阅知】关于征集扇骨藏品参加“竹骨清风”联展的函⟧</h3>
<p>⟦m 发件人：鲁正平 &lt;luzp@zcfan.org.cn&gt;⟧</p>
<p>⟦m 收件人：会员单位群组 &lt;members@zcfan.org.cn&gt;⟧</p>
<p>⟦m 时　间：2024年3月6日（星期三）上午10:12⟧</p>
<p>⟦m 附　件：2 个（藏品信息登记表.xlsx；借展协议样本.docx）⟧</p>
</div>
<div class="wm-body">
<p>⟦m 各会员单位：博物馆来函转发给大家，有藏品的请按要求报送。⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：“沈一鸣” &lt;shenym@zcmuseum.cn&gt;⟧</p>
<p>⟦m 发送时间：2024年3月5日 16:40⟧</p>
<p>⟦m 主题：关于征集扇骨藏品的函（请协会转各会员）⟧</p>
{BODY}
</div>
<div class="wm-attach">
<p>⟦a 藏品信息登记表.xlsx（18.2K）　预览　下载　存网盘⟧</p>
<p>⟦a 借展协议样本.docx（31K）　预览　下载　存网盘⟧</p>
</div>
<div class="wm-foot">⟦d 此邮件来自组织外部，请勿轻易点击其中的链接⟧</div>
</body>
</html>
""",
        body="""
各会员单位、各位收藏家：
为展示扇骨制作技艺的历史脉络，蕞城市博物馆与蕞城市制扇行业协会定于2024年5月联合举办“竹骨清风——扇骨艺术联展”。现面向社会征集扇骨藏品，有关事项函告如下：
一、征集范围：清代至今的竹制、木制扇骨及成扇，以垡川、窨溪等地作坊制品为主。
二、征集方式：藏品以借展形式参展，展期结束后原物归还，博物馆负责保险和安保。
三、报送要求：请于3月31日前填写藏品信息登记表，连同藏品照片发送至联络邮箱。
附件：1.藏品信息登记表
2.借展协议（样本）
联系人：博物馆陈列部　沈一鸣
电话：0730-2230517，邮箱：zcbwg_cl@zcmuseum.cn
蕞城市博物馆
2024年3月4日
""",
    ),
    dict(
        slug="mail-bahu-coop-notice-bianlan-forwarded-text",
        site="菝湖供销邮件系统 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:hezuoshe-all@bhgxs.cn?msg=20240509-0831",
        title="关于做好端午节扁篮礼盒订单生产的通知",
        record_title="转发：Fw：关于做好端午节扁篮礼盒订单生产的通知（请各社尽快落实）",
        date="2024-05-08",
        date_also=["2024-05-09"],
        notes="forwarded mail as text: forward headers with the send time (also accepted) and the subject line repeating the decorated title; an order table one row a paragraph; the co-op's own phone in the body; a confidentiality footer",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人：县供销社业务科 <ywk@bhgxs.cn>
!m 发送时间：2024年5月9日 8:31
!m 收件人：hezuoshe-all@bhgxs.cn
!t 主题：转发：Fw：关于做好端午节扁篮礼盒订单生产的通知（请各社尽快落实）
{BODY}
!m ——
!m 菝湖县供销合作社业务科　座机 0737-5510600
!d 本邮件及附件可能含有内部信息，非指定收件人请即删除
""",
        body="""
各竹编专业合作社：
端午节临近，县供销社已与蕞城市三家商超签订扁篮礼盒订单共1.2万只，交货时间为5月30日前。为保质保量完成订单，现将有关事项通知如下：
一、任务分配
合作社　订单数量（只）　交货日期
硗岭竹编合作社　5000　5月25日
埚塘竹编合作社　4000　5月27日
鞒口巧手合作社　3000　5月28日
二、质量要求：扁篮直径32厘米，篮沿双圈缠藤，篾面打磨光滑，无毛刺、无霉点。
三、验收方式：县供销社派员到各合作社现场验收，验收合格后统一装箱发货。
请各合作社接此通知后，尽快组织社员生产，遇到困难及时联系县供销社业务科，电话：0737-5510638。
菝湖县供销合作社
2024年5月8日
""",
    ),
]
