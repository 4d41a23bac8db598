"""holdout114, part A: 范文 sites, 文库 previews, county portals, news portals, a forum, a blog
and a WeChat mirror. Everything invented (counties 榴川, 杳溪, 砚湾, 檀口 …; sites, people, URLs,
chrome wording); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-yunshu-olivepit-carving-plan-html",
        site="云书范文馆 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yunshufw.example.com/fangan/hd/20250417/88412.html",
        title="榴川县核雕技艺传承基地建设实施方案",
        record_title="【可编辑】榴川县核雕技艺传承基地建设实施方案（通用版）",
        date="2025-04-16",
        notes="old table layout with marquee and font row; decorated record title; date under the signature; writing-service box glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>榴川县核雕技艺传承基地建设实施方案_云书范文馆</title></head>
<body><table width="960" align="center"><tr><td>
<marquee>⟦m 云书范文馆——每天更新万篇实用范文，写材料不再熬夜⟧</marquee>
</td></tr><tr><td class="crumb">⟦m 您在这里：云书首页 &gt;&gt; 方案大全 &gt;&gt; 活动方案⟧</td></tr>
<tr><td><h2>⟦t 榴川县核雕技艺传承基地建设实施方案⟧</h2>
<div>⟦m 收录时间：2025-04-17 09:12　人气：1207　编辑：阿柯⟧</div>
<div>⟦a 字号切换：特大 ｜ 中 ｜ 小⟧</div>
{BODY}
<div class="fav">⟦a 把这篇方案存进我的书架⟧　⟦a 导出为Word⟧</div>
</td><td width="220" valign="top">
<p>⟦l 本栏推荐⟧</p><p>⟦l ·乡村文化站春节活动方案⟧</p><p>⟦l ·非遗进校园实施方案范文⟧</p>
<p>⟦w 材料加急定制 微信同号：yunshu_7720⟧</p>
</td></tr><tr><td colspan="2" class="foot">⟦d 本站范文来自会员投稿，仅作参考，请勿原样照搬⟧<br>⟦m 云书范文馆 版权所有 蜀ICP备2023041877号-2⟧</td></tr></table>
<script>var hm=1;</script></body></html>
""",
        body="""
为保护和传承我县省级非物质文化遗产核雕技艺，培养青年传承人，结合我县实际，制定本方案。
一、总体目标
用两年时间，在梧桐镇建成集技艺展示、研习培训、作品交易于一体的核雕技艺传承基地，培养青年学徒40名以上。
二、主要任务
（一）建设传习场所。利用梧桐镇老供销社闲置房屋改建传习教室和展陈大厅，面积约六百平方米。
（二）开展师带徒培训。每名代表性传承人每年带徒不少于3名，学徒学满一年经考核合格的，颁发结业证书。⟦w 需要原创方案请点右侧客服⟧
（三）拓展销售渠道。依托县电商服务中心开设线上店铺，组织作品参加省内外文化产品博览会。
三、保障措施
县财政每年安排专项资金八十万元，县文化和旅游局负责统筹协调，梧桐镇人民政府负责基地日常管理。
榴川县文化和旅游局
2025年4月16日
""",
    ),
    dict(
        slug="fanwen-bimo-newyear-prints-speech-text",
        site="笔墨范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://m.bimofw.example.net/jianghua/7731.html",
        title="在杳溪木版年画展开幕式上的致辞",
        record_title="在杳溪木版年画展开幕式上的致辞(精选)",
        date="2025-01-20",
        notes="speech with date under the title (neutral speaker line); pay prompt between paragraphs; 下一篇 glued after the last sentence",
        page="""
!m 笔墨范文网 · 手机版
!m 首页 / 讲话稿 / 致辞
{T}
!m 来源：网友分享　2025-02-03　浏览 562次
杳溪县文化馆馆长　吕书桐
（2025年1月20日）
{BODY}
!a 复制全文需开通畅读卡，首月仅需9.9元
!l 相关致辞：
!l 非遗展开幕式致辞（3篇）
!l 书画展开幕式主持词
!d 声明：文章源于网络，侵删。
""",
        body="""
各位来宾、各位朋友：
新春将至，年味渐浓。今天，杳溪木版年画展在县文化馆开幕，我谨代表县文化馆，向前来观展的各位朋友表示热烈欢迎！
杳溪木版年画已有三百多年历史，题材以门神、灶君、戏文故事为主，线条古朴，色彩浓烈。
本次展览共展出清代至今的年画原版和印本一百二十余件，其中二十余件是近两年征集到的老版。
⟦a 本文剩余42%内容 登录后阅读⟧
展览期间，我们还将每天安排两场现场拓印体验，欢迎大家带着孩子来亲手印一张年画带回家。
最后，祝大家新春愉快、阖家幸福！⟦l 下一篇：元宵节灯谜晚会主持词⟧
""",
    ),
    dict(
        slug="wenku-jinye-ancient-village-report-pages",
        site="锦页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.jinye.example.com/view/5c1a9e02b7.html",
        title="关于砚湾镇传统村落保护利用情况的调研报告",
        record_title="关于砚湾镇传统村落保护利用情况的调研报告.docx",
        date="2024-11-28",
        notes="file-name record title; page markers 〘第2张〙 cutting sentences, glued or not; preview-end prompt; a data table with ideographic spaces",
        pages=dict(fmt="〘第{n}张〙", every=170, start=2, glue="mix"),
        page="""
!m 锦页文库　找资料 上锦页
!t 关于砚湾镇传统村落保护利用情况的调研报告.docx
!m 共5张　|　上传者：山川行旅　|　文档积分：6
!a 全屏预览　　下载本文档
{BODY}
!a 预览已到末页，完整版共5张，支付6积分即可下载
!l 看了本文的人还在看：古镇保护规划调研报告　历史建筑修缮情况汇报
!d 锦页文库仅提供信息存储空间，文档内容由用户上传，如有侵权请致函处理
""",
        body="""
今年10月，县政协调研组深入砚湾镇6个中国传统村落，实地察看古民居保护利用情况，召开座谈会3场，现将有关情况报告如下。
一、基本情况
砚湾镇现有中国传统村落6个，保存较完好的明清古民居213栋，其中已修缮89栋。
村落　古民居数（栋）　已修缮（栋）　在住户数（户）
上湾村　58　31　102
石门村　47　19　76
枫林村　36　14　53
二、存在的问题
一是修缮资金缺口大，按每栋平均二十万元测算，尚需资金两千四百余万元。二是部分古民居长期空置，木构件虫蛀腐朽严重。三是村落业态单一，游客停留时间短，村民增收有限。
三、几点建议
建议设立传统村落保护专项基金，引导村集体以房屋入股方式与经营主体合作，发展民宿、研学等业态；同时建立古民居日常巡查制度，落实房屋所有人的看护责任。
县政协传统村落保护调研组
2024年11月28日
""",
    ),
    dict(
        slug="wenku-qianxun-paper-making-summary-html-pages",
        site="千寻文档 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.qianxundoc.example.cn/p-40071258.html",
        title="檀口县古法造纸技艺保护中心2024年工作总结",
        record_title=None,
        date="2025-01-09",
        notes="HTML preview page; no record title; page markers as paragraphs ‹页 2›; VIP prompt; related list; date in Chinese numerals under signature",
        pages=dict(fmt="‹页 {n}›", every=150, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>檀口县古法造纸技艺保护中心2024年工作总结 - 千寻文档</title>
<script src="/static/viewer.js"></script></head><body>
<header><div class="logo">⟦m 千寻文档·专业文档分享平台⟧</div><nav>⟦m 首页 ｜ 行业资料 ｜ 党政公文 ｜ 教育文库 ｜ 企业管理⟧</nav></header>
<div class="meta">⟦m 贡献者：纸坊老林　2025-02-11上传　4页　1.2MB⟧</div>
<h1>⟦t 檀口县古法造纸技艺保护中心2024年工作总结⟧</h1>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 开通超级会员，海量文档畅快下载⟧</div>
<aside><h4>⟦l 猜你喜欢⟧</h4><ol><li>⟦l 非遗保护中心年度工作总结⟧</li><li>⟦l 传统工艺振兴计划实施情况报告⟧</li></ol></aside>
<footer>⟦d 千寻文档所有资料均由用户上传分享，本站不对内容的准确性负责⟧ ⟦m 京ICP备20190531号⟧</footer>
</body></html>
""",
        body="""
2024年，中心围绕古法造纸技艺的保护、传承和利用，完成了以下几项工作。
一是完成技艺记录工程。对三位代表性传承人的抄纸、晒纸等全套工序进行影像记录，整理文字资料十二万字。
二是恢复竹纸生产。在溪头村恢复一座废弃纸槽，全年生产手工竹纸八千余张，供应书画和古籍修复单位。
三是开展研学体验。接待中小学生研学团队46批次、两千三百余人次。
明年，中心将申报省级非遗工坊，争取把溪头村纸槽建成集生产、体验和展示于一体的传承点。
檀口县古法造纸技艺保护中心
二〇二五年一月九日
""",
    ),
    dict(
        slug="gov-liuchuan-teahouse-notice-html",
        site="榴川县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.liuchuan.example.gov.cn/zwgk/tzgg/202506/t20250609_11873.html",
        title="关于开展老茶馆消防安全专项检查的通知",
        record_title="关于开展老茶馆消防安全专项检查的通知",
        record_date="2025-06-09",
        date="2025-06-09",
        notes="modern county portal: index table (neutral-free, marked meta), font row, print/close, 联系人 and 电话 of the document next to the portal's hotline; 抄送 版记",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展老茶馆消防安全专项检查的通知_通知公告_榴川县人民政府网</title></head>
<body>
<div class="topbar">⟦m 榴川县人民政府门户网站⟧ ⟦a 无障碍浏览 ｜ 长者模式 ｜ 繁體⟧</div>
<nav>⟦m 首页　政务公开　政务服务　互动交流　走进榴川⟧</nav>
<div class="pos">⟦m 当前所在：首页 › 政务公开 › 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11510923MB1537X/2025-00318⟧</td><td>⟦m 主题分类：安全生产⟧</td></tr>
<tr><td>⟦m 发布机构：榴川县消防救援大队⟧</td><td>⟦m 成文日期：2025-06-09⟧</td></tr></table>
<h1>⟦t 关于开展老茶馆消防安全专项检查的通知⟧</h1>
<div class="fontsize">⟦a 【字体：大 中 小】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="tools">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<footer><p>⟦m 主办：榴川县人民政府办公室　承办：县大数据中心⟧</p><p>⟦m 网站服务热线：0838-6120345⟧</p><p>⟦m 网站标识码5107230012　蜀公网安备51072302000113号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县级有关部门：
我县老街区茶馆多为木结构老房，人员密集，用火用电集中，消防安全风险较高。经研究，决定自6月15日至7月31日开展老茶馆消防安全专项检查。
一、检查范围
城区老街、古镇景区及各乡镇场镇内经营的茶馆、茶铺、茶楼。
二、检查重点
（一）燃气灶具、烧水炉具使用是否规范，是否违规使用液化气钢瓶；
（二）电气线路是否穿管保护，是否私拉乱接；
（三）疏散通道、安全出口是否畅通，灭火器是否完好有效。
三、工作要求
各乡镇要对辖区茶馆逐户建立台账，发现问题当场督促整改，9月前完成复查。
联系人：杜文强，电话：0838-6128119。
榴川县消防救援大队
2025年6月9日
抄送：县应急管理局，县商务局。
""",
    ),
    dict(
        slug="gov-yaoxi-kiwifruit-speech-text-cn-date",
        site="杳溪县人民政府网 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.yaoxi.example.gov.cn/ldjh/2025/03/11/art_207_55120.html",
        title="在全县猕猴桃产业发展推进会上的讲话",
        record_title=None,
        date="2025-03-11",
        notes="no record title: title in page; speaker and Chinese-numeral date lines under title (neutral); views line; 【打印】【关闭】",
        page="""
!m 杳溪县人民政府　领导讲话
!m 位置：网站首页 > 领导讲话
{T}
县委副书记、县长　邓明川
（二〇二五年三月十一日）
!m 信息来源：县政府办　点击数：1432
{BODY}
!a 【打印】【关闭】
!l 上一条：在全县春季植树造林动员会上的讲话
!l 下一条：在县政府第四次全体会议上的讲话
!m 杳溪县人民政府主办　地址：杳溪县滨河路1号
""",
        body="""
同志们：
今天召开全县猕猴桃产业发展推进会，主要任务是总结去年工作，部署今年产业提质增效任务。
猕猴桃是我县的主导产业，全县种植面积已达十二万亩，去年产量十五万吨，产值超过十八亿元。
但我们也要清醒看到，品种老化、冷库不足、品牌不响的问题依然突出。
今年，我们要重点抓好三件事：一是改良品种，全年高接换种两万亩；二是建设产地冷库，新增冷藏能力三万吨；三是打响杳溪猕猴桃区域公用品牌。
同志们，产业兴则县域兴。希望大家撸起袖子加油干，确保全年目标任务圆满完成。
""",
    ),
    dict(
        slug="news-tankou-sugarcane-harvest-html",
        site="檀口新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tankounews.example.com/xw/2025-01/07/content_311906.htm",
        title="檀口：十万亩甘蔗进入砍收高峰",
        record_title="檀口：十万亩甘蔗进入砍收高峰",
        date="2025-01-07",
        notes="news portal: byline with 发布时间 (the page's date); photo caption between paragraphs; editor line glued after last paragraph; hot list and comment box",
        page="""
<html><head><meta charset="utf-8"><title>檀口：十万亩甘蔗进入砍收高峰-檀口新闻网</title></head><body>
<div id="hd">⟦m 檀口新闻网　檀口县融媒体中心主办⟧ ⟦a 登录 | 注册⟧</div>
<div class="nav">⟦m 时政　民生　乡村　图片　视频　专题⟧</div>
<h1>⟦t 檀口：十万亩甘蔗进入砍收高峰⟧</h1>
<div class="byline">⟦m 发布时间：2025-01-07 16:40　来源：檀口县融媒体中心　记者：梁海燕⟧</div>
<div class="content">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ul><li>⟦l 县城东环路全线通车⟧</li><li>⟦l 檀口冬季征兵体检启动⟧</li></ul></div>
<div class="cmt">⟦l 网友评论 0 条　说两句吧⟧</div>
<div class="foot">⟦d 本网原创稿件，转载请注明出处⟧ ⟦m 违法和不良信息举报：0771-3309110⟧</div>
</body></html>
""",
        body="""
连日来，檀口县十万亩甘蔗陆续进入砍收高峰期，田间地头到处是蔗农忙碌的身影。
在那岭村的蔗田里，两台甘蔗收割机来回穿梭，一根根甘蔗被切段、剥叶后装上运输车，直接运往县糖厂。
⟦m 图为那岭村蔗农在装运甘蔗。记者 梁海燕 摄⟧
“今年雨水好，亩产能到六吨半，比去年多了大半吨。”种植大户黄德宝告诉记者。
据了解，檀口县今年甘蔗机收率已达到45%，比去年提高12个百分点。县糖厂日榨能力一万二千吨，预计榨季将持续到3月底。⟦m （责任编辑：韦小曼）⟧
""",
    ),
    dict(
        slug="news-yanwan-zisha-fair-text-title-twice",
        site="砚湾日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://epaper.yanwanrb.example.com/html/2025-05/19/content_7712.htm",
        title="砚湾紫砂壶艺交流会吸引八百余名壶友",
        record_title="砚湾紫砂壶艺交流会吸引八百余名壶友",
        date="2025-05-18",
        notes="title printed twice (second glued before the lead); the e-paper's issue line (2025年05月18日 第A3版) gives the page's date; 本版其他文章 list; reader buttons",
        page="""
!m 砚湾日报 数字报
!m 2025年05月18日　第A3版：文化周刊
{T}
{BODY}
!m 【作者：严子墨】【编辑：方圆】
!l 本版其他文章
!l · 老街非遗市集周末开市
!l · 砚湾籍画家回乡办展
!a 返回目录 | 放大 | 缩小 | 默认
""",
        body="""
⟦t 砚湾紫砂壶艺交流会吸引八百余名壶友⟧本报讯　5月17日，砚湾紫砂壶艺交流会在丁蜀路紫砂街举行，来自全国各地的八百余名壶友到场观摩交流。
交流会设置名家手作展示、制壶技艺现场演示、老壶鉴赏三个板块，展出各类紫砂作品一千余件。
现场，省级工艺美术大师许砚平演示了全手工制作石瓢壶的过程，打泥片、围身筒、上身筒，引得观众阵阵喝彩。
据介绍，砚湾现有紫砂从业人员一万二千余人，紫砂产业年产值约二十亿元。
""",
    ),
    dict(
        slug="forum-shiqiao-loess-dams-junk",
        site="石桥乡村论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://bbs.shiqiao.example.net/thread-90331-1-1.html",
        title="枳阳县淤地坝除险加固工作总结",
        record_title="[转帖]枳阳县淤地坝除险加固工作总结",
        date="2024-12-20",
        notes="forum post with junk lines and glued junk; floor header; 发表于 time and a 成文日期 (the latter expected, the post time also accepted); signature line",
        junk=dict(lines=2, glued=2),
        date_also=["2025-01-03"],
        page="""
!m 石桥乡村论坛 › 三农天地 › 水利水保
!m 查看: 318 | 回复: 4
{T}
!m 楼主　黄土坡上的老杨　发表于 2025-1-3 08:27
!a 只看该作者　倒序浏览
{BODY}
!l ——签名：坡地种树，沟里打坝——
!a 回复　引用　举报　评分
!l 沙发　枣园老马：坝修好了，去年那场雨就没再冲地
""",
        body="""
今年以来，我县把淤地坝除险加固作为水土保持重点工作，共完成病险淤地坝加固工程37座。
一是摸清底数。对全县512座淤地坝逐座排查，确定病险坝58座，建立台账，分年度安排治理。
二是加快实施。37座加固工程全部于汛前完工，新建和改造放水工程29处，坝体加高培厚土方十八万立方米。
三是落实管护。每座骨干坝明确一名管护责任人，汛期实行雨前检查、雨中巡查、雨后核查。
明年，我们将完成剩余21座病险坝的加固任务，并开展坝地高标准农田建设试点。
枳阳县水土保持工作站
2024年12月20日
""",
    ),
    dict(
        slug="blog-lishan-terraces-insight-wrapped",
        site="栎山手记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://lishanshouji.example.blog/2025/06/terraces.html",
        title="守护梯田的一年：驻村工作心得",
        record_title="守护梯田的一年：驻村工作心得 | 栎山手记",
        date=None,
        notes="blog; hard-wrapped at 60 columns with indent; tags, archive, posted-ago (relative time: no date); no date anywhere else",
        wrap=60,
        indent="　　",
        page="""
!m 栎山手记 —— 一个驻村干部的笔记本
{T}
!m 发布于 3 天前 · 分类：驻村日记 · 阅读 96
{BODY}
!l 标签：梯田　驻村　乡村振兴
!l « 上一篇 山里的夜校 ｜ 下一篇 一场雨的账 »
!l 文章归档：2025年6月 (4)　2025年5月 (7)
!d © 栎山手记 · 未经同意请勿转载
""",
        body="""
去年春天，我被单位派到椋山村担任第一书记。村里有两千多亩梯田，一层一层从山脚铺到山顶，是祖辈留下来的家业。
刚到村里时，我发现不少梯田已经撂荒，田埂垮塌，水渠堵塞。年轻人外出打工，留下的老人种不动了。
我和村两委一起，用了半年时间把撂荒地流转给合作社，修复田埂三千多米，疏通水渠五公里。
今年插秧时，山上又是一片水汪汪的镜面。看着老乡们脸上的笑容，我明白了守住梯田，就是守住乡亲们的饭碗和念想。
""",
    ),
    dict(
        slug="wechat-mirror-lantern-festival-notice",
        site="号内文章镜像站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wxmirror.example.org/s/ying-lanhu-wenlv/20250205",
        title="关于2025年元宵灯会期间交通管制的通告",
        record_title="关于2025年元宵灯会期间交通管制的通告",
        date="2025-02-05",
        notes="WeChat mirror: account line with time (page's publish line) plus 成文日期 (same day); 阅读原文/在看/赞赏 row; follow prompt; the notice tells readers to 扫码 — kept",
        page="""
{T}
!m 原创　楝城文旅　楝城文旅发布　2025年02月05日 18:30　四川
!a 点击上方蓝字关注我们
{BODY}
!a 阅读原文
!l 赞赏　在看 217　分享　收藏
!m 本文镜像自公众号“楝城文旅发布”，仅供存档
""",
        body="""
为确保2025年楝城元宵灯会期间道路交通安全畅通，经研究决定，对灯会周边道路实行临时交通管制，现通告如下：
一、管制时间：2025年2月10日至2月14日，每日17时至23时。
二、管制路段：古城南街、文庙路、河滨西路全段禁止机动车通行。
三、停车安排：观灯市民可将车辆停放至体育中心、火车站广场临时停车场，扫描停车场入口二维码可查询剩余车位。
四、凡违反本通告的，由公安交通管理部门依法处理。
特此通告。
楝城县公安局交通警察大队
2025年2月5日
""",
    ),
]
