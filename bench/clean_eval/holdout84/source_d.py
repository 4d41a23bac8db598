"""holdout84, part D: tower cranes, fire hydrants, a calibration station, sewer networks and
dodgeball, with more laver, scallop and kumquat organisations, on a second round of the
first eleven styles (an old table-layout 范文 site, a wrapped preview with markers, a one-line
sharing page, a Discuz-like forum with jammer fonts). Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="fanwen-gb2312-towercrane-report-marquee",
        site="公文荟萃网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.gwhuicui.example.com/shuzhi/2025/20251203112.htm",
        title="塔吊司机班班长2025年度述职报告",
        record_title="塔吊司机班班长2025年度述职报告【通用】",
        date=None,
        notes="an old gb2312 table layout: marquee, visitor counter, a font-size row, a floating consult box, prev/next and a hot list; decorated record title; no date (signature without date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>塔吊司机班班长2025年度述职报告【通用】_公文荟萃网</title></head>
<body bgcolor="#ffffff">
<table width="778" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td><img src="/images/logo.gif">⟦m 公文荟萃网　www.gwhuicui.example.com⟧</td></tr>
<tr><td><marquee scrollamount="3">⟦m 欢迎光临公文荟萃网！本站收录各类公文范文二十余万篇，每日更新！⟧</marquee></td></tr>
<tr><td>⟦m 您的位置：公文荟萃网 → 述职报告 → 个人述职⟧</td></tr>
</table>
<table width="778" align="center"><tr><td align="center"><b>⟦t 塔吊司机班班长2025年度述职报告【通用】⟧</b></td></tr>
<tr><td align="center">⟦m 作者：佚名　文章来源：网友投稿　点击数：⟧<script>document.write(2417)</script>⟦m 　录入：admin⟧</td></tr>
<tr><td align="right">⟦a 【字体：小 大】⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦l 上一篇文章：施工员年度工作总结⟧</td></tr>
<tr><td>⟦l 下一篇文章：安全员个人述职报告⟧</td></tr>
<tr><td>⟦l 【热门文章】 ·建筑工人年终总结　·项目经理述职报告　·特种作业人员安全承诺书⟧</td></tr>
</table>
<div id="float">⟦w 在线写作咨询　QQ：2210830617⟧</div>
<table width="778" align="center"><tr><td>⟦m 本站访问人数：00312870⟧ ⟦d Copyright (C) 2008-2025 公文荟萃网 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
各位领导、同事们：
我叫袁立强，2019年取得塔式起重机司机操作证，2023年起担任项目部塔吊司机班班长。现将一年来的工作述职如下。
一、安全生产。全班六名司机全年累计吊装作业一千八百余台班，未发生一起安全事故。我坚持每天班前检查限位器、力矩限制器和钢丝绳，发现隐患十九处，全部当天整改。
二、班组管理。推行“一机一档”和交接班签字制度，组织班组学习起重机械安全规程十二次。
三、不足和打算。个别新司机与信号工配合还不够默契，明年我将加强指挥信号联合演练，确保高空吊装安全。
述职人：袁立强
""",
    ),
    dict(
        slug="wenku-zhiyuan-hydrant-inspection-wrapped-markers",
        site="知源文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhiyuanwk.example.com/doc/5520918.html",
        title="城区市政消火栓专项排查整治工作方案",
        record_title="城区市政消火栓专项排查整治工作方案",
        date="2025-05-06",
        notes="a 文库 preview hard-wrapped at 58 columns and cut by [N/5] markers on lines of their own; the title repeated twice (page header and document head); a pay prompt at the end",
        wrap=58,
        pages=dict(fmt="[{n}/5]", every=90, start=2),
        page="""
!m 知源文库　首页 > 行业资料 > 消防安全
!t 城区市政消火栓专项排查整治工作方案
!m 文档页数：5　　文档格式：PDF　　上传时间：2025-05-20
!a 立即下载　　VIP免费下载　　收藏
{T}
{BODY}
!a 试读结束，剩余内容需购买后阅读（￥3.00）
!l 大家都在看：消防车通道治理方案　｜　高层建筑消防安全检查表
""",
        body="""
为全面掌握城区市政消火栓运行状况，及时消除损坏、漏水、压力不足等问题，保障火灾扑救用水，经研究，决定开展城区市政消火栓专项排查整治工作，制定如下方案。
一、排查范围：城区主次干道、背街小巷及老旧小区周边的全部市政消火栓。
二、排查内容：消火栓外观是否完好，出水口压力是否达标，周边有无圈占、遮挡，标识是否清晰。
三、职责分工：消防救援大队负责技术指导和验收，供水公司负责维修更换，各街道负责清理圈占遮挡。
四、时间安排：5月10日至6月30日完成排查，7月31日前完成整治。
柃山县消防安全委员会办公室
2025年5月6日
""",
    ),
    dict(
        slug="gov-jiliang-calibration-service-notice-text",
        site="桤川市市场监督管理局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://scjgj.qichuan.example.gov.cn/gsgg/2025/0520/1047.html",
        title="关于开展“5·20世界计量日”免费校准服务的公告",
        record_title="关于开展“5·20世界计量日”免费校准服务的公告",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="government portal: 信息公开 meta lines, a share row and a 'close' link glued at the end of the last line; the document's own 咨询电话 and a numbered list of instruments; a scan-the-code line of the document kept",
        page="""
!m 桤川市市场监督管理局
!m 首页 » 政务公开 » 公示公告
{T}
!m 信息来源：计量科　发布时间：2025-05-20　访问量：1133
!a 字号：【大】【中】【小】　视力保护色：□□□
{BODY}
!l 分享到：微信　微博　QQ
!m 主办单位：桤川市市场监督管理局　政府网站标识码：6104000022
""",
        body="""
为庆祝“5·20世界计量日”，方便群众和企业，市计量检定测试所将于5月20日至5月24日开展免费校准服务。现公告如下：
1.服务对象：个体工商户、农贸市场经营者、医疗机构和广大市民。
2.服务项目：电子计价秤、血压计、体温计、出租车计价器。
3.服务地点：市计量检定测试所一楼服务大厅（桤川市北大街66号）。
市民可关注“桤川计量”微信公众号，扫码预约服务时段。
咨询电话：0913-2123380。⟦a 【关闭本页】⟧
""",
    ),
    dict(
        slug="news-guanwang-sewer-renewal-title-glued",
        site="芑城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qcwb.example.com/news/city/2025-08/19/154321.html",
        title="老城区雨污分流改造完成过半",
        record_title="老城区雨污分流改造完成过半",
        date="2025-08-19",
        notes="news text page: the title repeated and glued to the lead (a headline run into the first sentence), a 核心提示 line, a photo caption between paragraphs, 'more news' at the bottom",
        page="""
!m 芑城晚报网　｜　城事
!m 2025年08月19日 07:30　　来源：芑城晚报　　记者 龙佳宁
{T}
{T}{BODY}
!l 相关新闻：主城区新增三处排涝泵站　/　暴雨天地下通道为何不再积水
!l 更多新闻 >>
!d （本文为芑城晚报原创稿件，转载请注明出处）
""",
        body="""
记者昨天从市排水公司获悉，老城区雨污分流改造工程已完成总工程量的百分之五十六，年底前将全部完工。
老城区排水管网大多建于上世纪八九十年代，雨水和污水共用一根管道，一到雨天，污水就可能溢流进河道。
⟦l 施工人员在中山路铺设新的污水管道。记者 龙佳宁 摄⟧
此次改造共新建污水管网四十二公里，改造小区内部管网一百一十个。为减少对市民出行的影响，施工采用分段围挡、夜间作业的方式。
市排水公司负责人表示，改造完成后，老城区污水收集率将从百分之七十提高到百分之九十五以上。
""",
    ),
    dict(
        slug="forum-huaxin-kumquat-pruning-jammer-html",
        site="花信果友论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="post",
        form="html",
        source="http://www.huaxinguoyou.example.com/thread-66610-1-1.html",
        title="分享：盆栽金桔春季修剪和保果的几点经验",
        record_title="分享：盆栽金桔春季修剪和保果的几点经验",
        date=None,
        notes="a Discuz-like forum with jammer fonts (junk in HTML), a post header with floor and points, a reply box and a signature; the post itself asks readers to 分享 (kept); no date (relative time)",
        junk=dict(lines=1, glued=2),
        p_html='<div class="t_f">{}</div>',
        page="""
<html><head><meta charset="utf-8"><title>分享：盆栽金桔春季修剪和保果的几点经验 - 花信果友论坛</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 花信果友论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 花信果友论坛 › 果树盆景 › 柑橘类⟧</div>
<h1>⟦t 分享：盆栽金桔春季修剪和保果的几点经验⟧</h1>
<div class="pi">⟦m 楼主　橘子洲头　发表于 前天 21:17⟧ ⟦m 查看: 1290　回复: 37⟧</div>
{BODY}
<div class="sign">⟦m 个性签名：养花三十年，金桔满院红⟧</div>
<div class="po">⟦l 支持 18　反对 0　　回复　举报⟧</div>
<div id="fastpost">⟦a 发表回复　高级模式⟧</div>
<div id="ft">⟦m Powered by 花信社区 © 2011-2025⟧</div>
</body></html>
""",
        body="""
养金桔七八年了，每年春天都有花友问怎么修剪、怎么保果，今天把自己的做法整理一下，供大家参考。
第一，修剪要趁早。开春萌芽前把枯枝、交叉枝、徒长枝剪掉，留下健壮的结果母枝。剪口要平，最好涂点愈合剂。
第二，控水促花。现蕾前适当少浇水，盆土见干见湿，能让花芽分化得更好。
第三，疏花保果。花太多要疏掉一半，坐果后再疏一次小果，每根枝条留两三个果就够了。
觉得有用的朋友可以分享给身边养金桔的花友，也欢迎大家跟帖交流自己的经验。
""",
    ),
    dict(
        slug="blog-haitiao-laver-diary-html-archive",
        site="海苔叔的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://haitaishu.blog.example.com/2025/11/laver-harvest.html",
        title="头水紫菜开割了",
        record_title="头水紫菜开割了 | 海苔叔的博客",
        date="2025-11-21",
        notes="blog HTML: post date line in the post header is the page's date, categories and tags, archive sidebar, comment box with a comment; decorated record title with ' | blog name'",
        page="""
<html><head><meta charset="utf-8"><title>头水紫菜开割了 | 海苔叔的博客</title>
<script async src="https://stats.example.com/js"></script></head>
<body>
<header><h2>⟦m 海苔叔的博客⟧</h2><p>⟦m 一个紫菜养殖户的海上日记⟧</p></header>
<nav>首页 | 海上日记 | 养殖技术 | 关于</nav>
<main><h1>⟦t 头水紫菜开割了⟧</h1>
<div class="post-meta">⟦m 发表于 2025年11月21日　分类：海上日记⟧</div>
<div class="entry">
{BODY}
</div>
<div class="post-tags">⟦l 标签：紫菜　头水　收割⟧</div>
<section class="comments"><h4>⟦l 3 条评论⟧</h4><p>⟦l 浪里白条：头水紫菜最鲜了，给我留两斤！⟧</p><textarea>⟦l 说点什么吧……⟧</textarea></section>
</main>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年11月 (4)⟧</li><li>⟦l 2025年10月 (6)⟧</li></ul></aside>
<footer>⟦d 本站内容采用 署名-非商业性使用 协议，转载请注明作者⟧</footer>
</body></html>
""",
        body="""
凌晨三点，趁着退潮，我们开着收割船出海，今年的头水紫菜正式开割了。
头水紫菜是每年第一茬，叶片最嫩，颜色乌黑发亮，价格也最好。今年秋天水温降得早，苗长得齐，一亩网帘能割两百多斤湿菜。
割菜要抢潮水，潮一涨就得收工。上午九点回到码头，老婆已经在加工厂门口等着了，湿菜当天就要洗、切、烘，一点不能耽误。
忙是忙，看着一张张烘好的紫菜饼，心里美滋滋的。
""",
    ),
    dict(
        slug="wechat-html-scallop-coop-initiative",
        site="海湾渔村 公众号 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://wx.mirror.example.org/a/20250610_scallop",
        title="关于规范扇贝养殖浮球使用、共护清洁海湾的倡议书",
        record_title=None,
        date="2025-06-08",
        notes="WeChat-style HTML mirror: account card, 'original' badge, a QR-code follow card, 阅读/在看 counts, comments ('精选留言'); no record title; the document's date at the end",
        page="""
<html><head><meta charset="utf-8"><title>关于规范扇贝养殖浮球使用、共护清洁海湾的倡议书</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">⟦t 关于规范扇贝养殖浮球使用、共护清洁海湾的倡议书⟧</h1>
<div class="meta">⟦m 原创⟧ ⟦m 海湾渔村⟧ ⟦m 2025年6月10日 18:02⟧ ⟦m 山东⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注海湾渔村⟧</div>
<div class="tool">⟦m 阅读 2.3万⟧ ⟦l 在看 316⟧ ⟦l 分享⟧</div>
<div class="cmt"><h4>⟦l 精选留言⟧</h4><p>⟦l 老渔民：支持！泡沫球漂得满滩都是⟧</p></div>
</div>
</body></html>
""",
        body="""
广大扇贝养殖户：
近年来，部分养殖户使用的泡沫浮球破损后碎片漂散，严重污染海湾和沙滩。为共护清洁海湾，我们向大家倡议：
一、自觉淘汰泡沫浮球，今年年底前全部更换为环保型塑料浮球，政府每个补贴二元。
二、破损浮球不随意丢弃，统一交到村里设立的回收点。
三、相互监督，发现乱丢浮球的行为及时劝阻。
海湾是我们共同的家园，让我们从自身做起，守护碧海银滩。
桐礁镇扇贝养殖协会
2025年6月8日
""",
    ),
    dict(
        slug="docshare-oneline-dodgeball-activity-plan",
        site="豆丁夹文档 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.doudingjia.example.com/p-30091274.html",
        title="实验小学第二届“阳光躲避球”班级联赛活动方案",
        record_title="实验小学第二届“阳光躲避球”班级联赛活动方案（完整版）",
        date=None,
        notes="the whole body on one line (paragraphs apart only by their indent); download prompts and an uploader notice; decorated record title; no date",
        oneline=True,
        indent="　　",
        page="""
!m 豆丁夹文档 — 海量文档免费阅读
!t 实验小学第二届“阳光躲避球”班级联赛活动方案（完整版）
!m 上传人：体育组小吴　　页数：2　　阅读：618
{BODY}
!a 本文档共2页，下载可查看完整内容，下载券：1
!d 本站文档由用户自行上传，内容仅供参考，不代表本站观点。
""",
        body="""
为丰富学生课余生活，增强学生体质，培养团队协作精神，学校决定举办第二届“阳光躲避球”班级联赛。
一、参赛对象：三至六年级各班，每班组队一支，男女生各六人。
二、比赛时间：10月13日至10月31日，每天大课间进行。
三、比赛办法：分年级进行单循环赛，每场比赛十分钟，按剩余人数多少判定胜负。
四、安全要求：比赛用球统一使用软式躲避球，严禁击打头部，各班主任须到场组织。
五、奖励办法：各年级设一、二、三等奖，颁发奖状和流动红旗。
""",
    ),
    dict(
        slug="edu-html-dodgeball-pe-teacher-training",
        site="枧溪县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.jianxi.example.gov.cn/tzgg/202509/2025091601.shtml",
        title="关于举办全县中小学体育教师躲避球教学培训的通知",
        record_title="关于举办全县中小学体育教师躲避球教学培训的通知",
        date="2025-09-16",
        notes="education portal HTML: 发布单位 table, 附件下载 links (chrome) next to the document's own 附件 list (kept), a 回执 with placeholders; document number neutral",
        page="""
<html><head><meta charset="utf-8"><title>关于举办全县中小学体育教师躲避球教学培训的通知-枧溪县教育体育局</title></head>
<body>
<div class="banner">⟦m 枧溪县教育体育局⟧ ⟦m 立德树人　健康第一⟧</div>
<div class="nav">首页 | 教育动态 | 通知公告 | 政策文件 | 招生考试 | 体育工作</div>
<div class="wz">⟦m 当前位置：首页 > 通知公告⟧</div>
<h1>⟦t 关于举办全县中小学体育教师躲避球教学培训的通知⟧</h1>
<table class="fb"><tr><td>⟦m 发布单位：体卫艺股⟧</td><td>⟦m 发布时间：2025-09-16⟧</td><td>⟦m 阅读次数：741⟧</td></tr></table>
<p class="wh">枧教体〔2025〕52号</p>
<div class="zw">
{BODY}
</div>
<div class="fjxz">⟦a 附件下载：培训报名回执.docx⟧</div>
<div class="bottom">⟦m 枧溪县教育体育局主办　电话：0554-3129001　皖ICP备08100233号⟧</div>
</body></html>
""",
        body="""
各中小学：
为推进躲避球运动进校园，提高体育教师教学能力，县教体局决定举办全县中小学体育教师躲避球教学培训。现将有关事项通知如下：
一、培训时间：9月26日至27日。
二、培训地点：县实验小学体育馆。
三、参训对象：各中小学体育教师一至二名。
四、其他事项：参训教师请穿运动服装；请各校于9月22日前将回执发送至邮箱jxtwy@example.cn。
附件：培训报名回执
学校：________　姓名：________　联系电话：________
枧溪县教育体育局
2025年9月16日
""",
    ),
    dict(
        slug="oa-text-sewer-company-report-approval",
        site="栟湖排水有限公司OA (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://oa.bhps.example.internal/flow/show?doc=BH-2025-0711",
        title="关于汛前污水管网清淤工作情况的报告",
        record_title="关于汛前污水管网清淤工作情况的报告",
        date="2025-06-03",
        notes="OA export as text: a 来文/办理 header block, the approval trail (拟稿/核稿/签发 with times), a read receipt and an 'internal only' line; data table kept",
        page="""
!m 【公文】收文编号：BH-2025-0711　　紧急程度：平件
!m 办理状态：已签发　　已阅：22人　未阅：3人
{T}
{BODY}
!m 拟稿：管网部 冉小东 2025-06-03 10:21
!m 核稿：管网部经理 郝建平 2025-06-03 14:40
!m 签发：副总经理 程澄 2025-06-04 08:55
!d 本文件仅限公司内部传阅，不得对外提供。
""",
        body="""
公司领导：
按照汛前准备工作安排，管网部于4月10日至5月31日对城区污水主干管网开展了集中清淤，现将有关情况报告如下。
一、完成情况
片区　清淤长度　清出淤泥
东片区　18.6公里　420吨
西片区　21.3公里　515吨
北片区　12.4公里　260吨
二、存在问题。部分老旧管段结构性破损，清淤中发现塌陷、错口隐患十一处，已纳入管网改造计划。
三、下一步工作。汛期实行二十四小时值班，对易涝点泵站每日巡查，确保排水畅通。
管网部
2025年6月3日
""",
    ),
    dict(
        slug="qa-html-squash-beginner-answer",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.zhiliaowenda.example.com/q/771203",
        title="零基础学壁球，需要准备什么？",
        record_title="零基础学壁球，需要准备什么？",
        date=None,
        notes="Q&A HTML: question block, answer count, an answerer card with followers, vote buttons, 'invite to answer' and related questions; the answer recommends to 关注 a club's account (kept); no date",
        page="""
<html><head><meta charset="utf-8"><title>零基础学壁球，需要准备什么？ - 知了问答</title></head>
<body>
<div class="top">⟦m 知了问答⟧ <input placeholder="搜索你感兴趣的问题"> ⟦a 写回答⟧ ⟦a 登录/注册⟧</div>
<div class="question"><h1>⟦t 零基础学壁球，需要准备什么？⟧</h1>
<div class="qmeta">⟦m 体育运动 · 壁球 · 新手入门⟧ ⟦l 邀请回答⟧ ⟦l 关注问题⟧</div></div>
<div class="count">⟦m 共 12 个回答⟧</div>
<div class="author">⟦m 壁球教练阿杰　国家二级社会体育指导员　2.1万人关注了他⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦l 赞同 1.4K　　添加评论　　分享　　收藏　　喜欢⟧</div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 壁球和网球哪个更适合上班族？ 86 个回答⟧</p></div>
</body></html>
""",
        body="""
谢邀。零基础学壁球，准备的东西其实不多。
一是球拍。新手建议选一百三十克左右、拍头稍大的拍子，容错率高，价格三四百元就够用。
二是球。初学一定要用双黄点以外的慢速球，比如单蓝点或单红点，弹性大，更容易打到。
三是鞋和护目镜。必须穿室内运动鞋，鞋底不能留印；护目镜一定要戴，壁球速度很快，伤到眼睛可不是小事。
如果身边有壁球俱乐部，可以关注一下他们的公众号，很多俱乐部都有新手体验课。
""",
    ),
]
