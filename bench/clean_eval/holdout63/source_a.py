"""holdout63, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text (kites, salt works, sericulture, dragon boats, racing pigeons, ferries)."""

CASES = [
    dict(
        slug="fanwen-zhiyuan-speech-kite-festival",
        site="纸鸢范文阁 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.zhiyuanfw.cn/jianghua/huodong/2025/0411_3307.html",
        title="在第五届苇汀风筝节开幕式上的致辞",
        record_title="在第五届苇汀风筝节开幕式上的致辞（精选3篇）",
        date="2025-04-12",
        notes="decorated title; date under the speech title; speaker line neutral; save-points prompt glued",
        page="""
!m 纸鸢范文阁 · 每天更新一千篇好材料
!m 所在栏目：首页 / 致辞讲话 / 节庆致辞
!t 在第五届苇汀风筝节开幕式上的致辞（精选3篇）
!m 整理：小满　浏览量 2,046　收录于 2025-04-18
{T}
苇汀县人民政府副县长　钱晓岚
（2025年4月12日）
{BODY}
!a ▲ 全文保存到我的材料库（消耗2积分）
!l 看了本文的人还看了：
!l 风筝协会年会主持词
!l 乡村旅游节开幕式致辞汇编
!d 范文阁所收文章均为会员投稿，观点不代表本站立场，转载请保留出处。
!m 纸鸢范文阁 zhiyuanfw.cn　鄂ICP备20031877号
""",
        indent="\u3000\u3000",
        body="""
各位来宾、各位风筝爱好者：
春风送暖，纸鸢满天。今天，第五届苇汀风筝节在白鹭滩开幕了。我代表县人民政府，向远道而来的各位选手和游客表示热烈欢迎！
苇汀扎制风筝已有三百多年历史，“软翅沙燕”技艺去年列入省级非物质文化遗产名录。⟦a 【点此一键复制本段】⟧本届风筝节共有来自11个省份的86支队伍参赛，展出传统风筝和创新风筝1200余件。
我们将以风筝节为媒，推动风筝制作、乡村旅游和研学教育融合发展。预祝本届风筝节圆满成功！
""",
    ),
    dict(
        slug="fanwen-qinggao-html-salt-works-summary",
        site="青稿网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.qinggao.net/zongjie/qiye/88412.html",
        title="盐场生产科2024年度工作总结",
        record_title=None,
        date="2025-01-06",
        notes="old table layout; record without title; 成文日期 under the signature; a table of output kept",
        page="""
<html><head><meta charset="gbk"><title>盐场生产科2024年度工作总结_青稿网</title>
<script>var _hmt=_hmt||[];</script></head>
<body><table width="960" align="center"><tr><td>
<div class="top">⟦m 青稿网——专注企事业单位材料十五年⟧</div>
<div class="nav">⟦m 首页 | 工作总结 | 企业总结 | 计划方案 | 心得体会⟧</div>
</td></tr><tr><td width="700">
<div class="pos">⟦m 您的位置：青稿网 &gt; 企业总结 &gt; 生产科总结⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 时间：2025-01-09　作者：佚名　点击：<span id="hits">318</span>⟧</div>
<div class="tool">⟦a 【字体：加大 默认 缩小】【打印此文】【关闭】⟧</div>
<div class="content">
{BODY}
</div>
<div class="page">⟦l 上篇：盐业公司安全生产月活动总结⟧<br>⟦l 下篇：晒盐车间班组长个人总结⟧</div>
</td><td width="240" valign="top">
<div class="side">⟦l 本周排行 1.企业年终总结开头 2.生产部门年度总结 3.车间主任述职报告⟧</div>
</td></tr><tr><td colspan="2"><div class="foot">⟦d 本站资料均来源于网络，仅供参考，请勿直接套用。⟧<br>⟦m 青稿网 www.qinggao.net 皖ICP备09017733号⟧</div></td></tr></table>
<script src="/js/tongji.js"></script></body></html>
""",
        body="""
2024年，生产科在场部领导下，围绕“稳产、提质、降耗”目标，圆满完成全年原盐生产任务。
一、主要指标完成情况
指标　计划　实际　完成率
原盐产量（万吨）　18.0　19.3　107.2%
一级品率　92%　94.6%　—
二、存在问题
雨季结晶池排淡不及时，影响了七月份产量；部分卤水管道老化，渗漏较多。
三、明年打算
一是完成东滩12个结晶池的塑苫改造；二是建立卤水浓度日报制度；三是开展晒盐工技能比武。
北芦盐场生产科
2025年1月6日
""",
    ),
    dict(
        slug="wenku-sangshu-plan-silkworm-markers",
        site="桑树文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.sangshu.com/view/7c1e0a9b4f22.html",
        title="蓼川镇2025年春蚕饲养技术指导方案",
        record_title="蓼川镇2025年春蚕饲养技术指导方案.docx",
        date="2025-03-20",
        notes="file-name title; page markers 〔第n页〕 cut sentences; preview-end prompt",
        page="""
!m 桑树文库 · 海量文档在线阅读
!a 本文档共4页，可预览2页　　原价 5.00 元　会员免费
!t 蓼川镇2025年春蚕饲养技术指导方案.docx
{BODY}
!a —— 预览到此为止，余下内容请购买后阅读 ——
!l 同类文档：夏秋蚕饲养管理要点｜小蚕共育室消毒规程｜桑园冬季管理
!d 文档由用户“蚕乡小李”提供，如涉及侵权请联系平台下架。
""",
        pages=dict(fmt="〔第{n}页〕", every=150, start=2),
        body="""
为提高春蚕饲养效益，确保全镇春蚕发种量稳定在6800张以上，特制定本方案。
一、技术要点
（一）做好消毒。蚕室、蚕具在收蚁前十天用含氯消毒剂全面消毒两次，消毒后通风换气。
（二）推广小蚕共育。各村至少建一个共育点，由技术员统一催青、统一收蚁，三龄后分发到户。
（三）科学给桑。大蚕期实行条桑育，减少用工，防止叶质下降。
二、工作要求
镇农业服务中心负责技术培训，各村蚕桑辅导员要包片到户，发现蚕病及时上报。
蓼川镇人民政府
2025年3月20日
""",
    ),
    dict(
        slug="wenku-haiyun-html-dragon-boat-safety",
        site="海韵文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.haiyunwk.com/d/559102.html",
        title="关于做好端午龙舟赛事安全保障工作的通知",
        record_title="关于做好端午龙舟赛事安全保障工作的通知【可编辑】",
        date="2025-05-22",
        notes="modern reader; page markers as paragraphs; 抄送 版记 kept; 联系人 next to site hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好端午龙舟赛事安全保障工作的通知【可编辑】- 海韵文库</title>
<link rel="stylesheet" href="/static/reader.css"></head><body>
<header><div class="logo">⟦m 海韵文库⟧</div><nav>⟦m 首页 分类 排行 上传 VIP⟧</nav><div class="user">⟦a 登录 | 注册领好礼⟧</div></header>
<main><h1>{T}</h1>
<div class="docinfo">⟦m 上传者：榆湾办公室　页数：3页　格式：DOCX　下载次数：27⟧</div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 下载此文档（需3个海贝）⟧ ⟦a 加入收藏⟧ ⟦a 举报⟧</div>
<aside>⟦l 相关推荐 · 水上运动安全应急预案 · 龙舟赛组织方案⟧</aside></main>
<footer>⟦m 客服热线 400-820-6615⟧ ⟦d © 2025 海韵文库 文档版权归上传者所有⟧</footer>
<script>reader.init({page:3});</script></body></html>
""",
        pages=dict(fmt="— {n} —", every=160, start=2),
        body="""
各乡镇人民政府，县直有关单位：
今年端午期间，县里将在榆湾河举办传统龙舟赛，预计参赛队伍24支，观众超过两万人次。为确保赛事安全，现就有关事项通知如下。
一、落实水上安全措施。赛道两侧每隔200米设置一艘救生艇，参赛队员必须全程穿着救生衣。
二、加强岸上秩序管理。公安部门负责观赛区域的交通疏导和人流管控，严防拥挤踩踏。
三、做好应急准备。卫健部门在起点和终点各设一个医疗点。
联系人：县体育中心　魏长顺，电话：0719-6623018。
榆湾县文化旅游体育局
2025年5月22日
抄送：县应急管理局，县公安局。
""",
    ),
    dict(
        slug="gov-juntan-html-pigeon-race-notice",
        site="菌滩县人民政府网 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.juntan.gov.cn/zwgk/tzgg/202509/t20250903_771204.html",
        title="菌滩县关于规范信鸽竞翔活动的通告",
        date="2025-09-03",
        notes="gov portal with 索引号 table, 文号 neutral, 发布时间 byline is the date; 扫码 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>菌滩县关于规范信鸽竞翔活动的通告</title></head><body>
<div class="topbar">⟦a 无障碍浏览 | 适老化版 | 繁體⟧</div>
<div class="banner">⟦m 菌滩县人民政府⟧</div>
<ul class="menu"><li>⟦m 首页 政务公开 政务服务 互动交流 走进菌滩⟧</li></ul>
<div class="crumb">⟦m 当前所在：首页 » 政务公开 » 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11421007MB0C3-02-2025-0091⟧</td><td>⟦m 发文机构：菌滩县体育局⟧</td></tr></table>
<h2>{T}</h2>
<p class="docno">菌体通〔2025〕7号</p>
<div class="byline">⟦m 发布时间：2025-09-03 10:21　来源：县体育局　浏览次数：⟧</div>
{BODY}
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧ ⟦a 【打印本页】【关闭窗口】⟧</div>
<div class="foot">⟦m 主办单位：菌滩县人民政府办公室　网站标识码4210070015⟧<br>⟦m 鄂ICP备05007721号-1⟧</div>
<script>counter('771204');</script></body></html>
""",
        body="""
为保障公共安全和航空安全，规范信鸽竞翔活动，现将有关事项通告如下：
一、举办信鸽竞翔比赛，主办单位应提前15日向县体育局报备，并提交放飞地点、规模和安全预案。
二、禁止在机场净空保护区内放飞信鸽。
三、鸽舍应保持清洁，定期免疫，不得影响周边居民正常生活。
鸽友可扫描县信鸽协会公众号二维码，在线办理赛事报备。
特此通告。
""",
    ),
    dict(
        slug="gov-ludian-text-ferry-safety-plan",
        site="芦堰镇政务网 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://luyan.gov.example/xxgk/fa/2025/0311.html",
        title="芦堰镇渡船安全专项整治工作方案",
        record_title="芦堰镇渡船安全专项整治工作方案",
        record_date="2025-03-11",
        date="2025-03-11",
        notes="date and title in record; text extraction; decimal headings; glued meta after a 。",
        page="""
!m 芦堰镇人民政府 | 网站首页 | 信息公开 | 办事指南
!m 位置：信息公开 - 规划计划 - 工作方案
{T}
!m 日期：2025-03-11　信息来源：镇交管站　【大 中 小】
{BODY}
!a 打印　关闭
!m 芦堰镇人民政府主办　联系电话：0566-3102201
""",
        body="""
为消除渡运安全隐患，决定在全镇开展渡船安全专项整治。
1.整治范围
全镇5个渡口、9艘渡船及其船工。
2.整治内容
2.1 船舶证书是否齐全，船工是否持证上岗。
2.2 救生衣、救生圈配备是否足额。⟦m 【责任编辑：牛苗】⟧
2.3 渡口是否设置载客定额和安全警示标牌。
3.时间安排
3月至5月为排查整改阶段，6月进行验收。
""",
    ),
    dict(
        slug="news-yinghai-html-salt-museum",
        site="萤海新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yinghai.com.cn/local/2025-06/14/c_40021.htm",
        title="百年晒盐场变身盐文化博物馆",
        date="2025-06-14",
        notes="news portal; byline 发布时间; photo caption between paragraphs; 24h hot list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>百年晒盐场变身盐文化博物馆_萤海新闻网</title>
<script async src="/ad.js"></script></head><body>
<div class="header">⟦m 萤海新闻网 · 看见海边的故事⟧ ⟦a 客户端下载⟧</div>
<div class="nav">⟦m 要闻 本地 财经 文旅 视频 专题⟧</div>
<div class="path">⟦m 萤海新闻网 > 本地 > 正文⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 2025-06-14 08:35　来源：萤海晚报　记者 祁小沫⟧</div>
{BODY}
<div class="editor">⟦m 编辑：陶一禾　审核：于澄⟧</div>
<div class="hot">⟦l 24小时热读 ①海堤公路下月通车 ②渔港夜市开张 ③高考志愿填报指南⟧</div>
<div class="foot">⟦d 未经授权禁止转载、摘编、复制本网站内容⟧ ⟦m 互联网新闻信息服务许可证 33120180009⟧</div>
</body></html>
""",
        body="""
本报讯　昨天，位于东沙嘴的老盐场正式以“萤海盐文化博物馆”的身份对外开放。
这座盐场始建于1921年，曾是全省最大的海盐产地之一。⟦m 图为游客在古法晒盐区体验耙盐。（记者 祁小沫 摄）⟧改造后，场内保留了86个结晶池和3座老盐仓。
馆方介绍，游客可以亲手体验纳潮、制卤、扫盐等工序，带走自己晒出的一小袋盐。
博物馆周二至周日开放，实行免费预约参观。
""",
    ),
    dict(
        slug="news-qiantan-text-kite-lead-glued",
        site="千滩融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qiantanrm.cn/a/20250420/99831.shtml",
        title="鹭洲小学风筝课走进非遗工坊",
        record_title=None,
        date="2025-04-19",
        notes="title missing from the record, printed and glued to the lead; relative time is not the date",
        page="""
!m 千滩融媒　千滩人自己的新闻客户端
!m 3小时前　阅读 1.2万
{T}
{BODY}
!l #非遗进校园#　#风筝#
!a 觉得不错？点个在看
!l 往期回顾：鹭洲小学获评省级书香校园
""",
        body="""
⟦t 鹭洲小学风筝课走进非遗工坊⟧2025年4月19日，鹭洲小学四年级的60名学生来到城西的风筝非遗工坊，上了一堂特别的劳动课。
在传承人郑青山的指导下，孩子们学习了劈竹、扎架、糊纸、绘彩四道工序。
郑青山说，希望更多孩子能把风筝手艺传下去。
""",
    ),
    dict(
        slug="forum-yuanyou-pigeon-post-junk",
        site="远游鸽友论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://bbs.yuanyouge.com/thread-20931-1-1.html",
        title="养鸽十年的几点心得",
        record_title="[原创] 养鸽十年的几点心得 - 经验交流 - 远游鸽友论坛",
        date=None,
        notes="forum floor meta; junk lines and glued junk; no date (posted relative time)",
        page="""
!m 远游鸽友论坛 » 经验交流 » 查看帖子
!m 楼主　老鸽头　发表于 前天 21:07　只看该作者
!t [原创] 养鸽十年的几点心得
{BODY}
!l 回复：很实在，收藏了（2楼）
!a 您需要登录后才可以回帖　登录 | 立即注册
!m Powered by Discuz! X3.4　远游鸽友论坛
""",
        junk=dict(lines=2, glued=2),
        body="""
养鸽十年，赛过大大小小几十场，说说自己的体会。
第一是鸽舍要通风干燥。很多鸽病都是潮湿闹的，我的棚顶开了天窗，夏天再热也不闷。
第二是训放要循序渐进。幼鸽先家飞，再从5公里、10公里慢慢拉远，一次别贪多。
第三是饮水要干净。每天换水，每周用一次电解多维，比乱喂药强。
就这些，欢迎鸽友们补充。
""",
    ),
    dict(
        slug="forum-shuiyun-html-dragon-boat-club",
        site="水云龙舟吧 (invented)",
        style="论坛",
        genre="总结",
        kind="summary",
        form="html",
        source="https://club.shuiyun.cn/t/4471",
        title="菱港龙舟队2025年训练总结",
        record_title="菱港龙舟队2025年训练总结【转】",
        date="2025-07-02",
        notes="Discuz-like html with jammer fonts; date under the signature; 分享 sentence of content kept",
        page="""
<html><head><title>菱港龙舟队2025年训练总结【转】 - 水云龙舟吧</title><style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 水云龙舟吧 | 划桨的人都在这⟧</div>
<div id="pt">⟦m 论坛 › 队伍风采 › 帖子⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 桨手阿宝　帖子 320　积分 1488⟧</td>
<td class="plc"><h1>{T}</h1><div class="authi">⟦m 发表于 2025-7-5 22:13⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="fastre">⟦l 回复 | 支持 | 反对 | 举报⟧</div>
<div id="ft">⟦m Archiver | 手机版 | 小黑屋⟧</div></body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
今年菱港龙舟队共组织训练46次，参加比赛3场，取得一金一铜的成绩。
体能方面，坚持每周两次陆上力量训练，队员平均划频由每分钟62桨提高到70桨。
技术方面，重点练习起航和冲刺，鼓手和舵手配合更默契。
队里把比赛视频剪辑好分享给了每位队员，方便大家复盘。
菱港龙舟队
2025年7月2日
""",
    ),
    dict(
        slug="blog-qingsang-silk-farmer-diary",
        site="青桑小记 (invented)",
        style="博客",
        genre="随笔",
        kind="insight",
        form="text",
        source="https://qingsang.blog.example/2025/05/chuncan.html",
        title="春蚕上山记",
        record_title="春蚕上山记 | 青桑小记",
        date="2025-05-16",
        notes="blog with byline 发布时间; tags, archive, comments; 下载 in content kept",
        page="""
!m 青桑小记 —— 一个蚕农女儿的博客
!m 首页　关于我　归档　留言板
!t 春蚕上山记 | 青桑小记
!m 发布时间：2025年5月16日　分类：乡居　3 条评论
{BODY}
!l 标签：蚕桑　桑埠　五月
!l « 上一篇 桑葚熟了　　下一篇 缫丝厂的旧事 »
!l 发表评论　昵称（必填）　邮箱（必填）
!d 本博客文字均为原创，转载请注明出处。
""",
        gap=True,
        body="""
这几天桑埠村家家户户都在忙着上蔟，母亲三点就起来喂最后一遍叶。
蚕吃饱了，身子发亮，就开始找地方吐丝。我们把方格蔟一排排挂好，看它们一只只爬上去。
母亲说，今年蚕种好，一张种能收一百二十斤茧。她还让我把镇上发的养蚕手册下载到手机里，说以后我得学着看。
""",
    ),
    dict(
        slug="blog-dujiang-html-ferryman-retire",
        site="渡江人博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://dujiangren.example.net/post/ferryman",
        title="老艄公退休了",
        date=None,
        notes="WordPress-like blog; no date (only a relative time); sidebar widgets and comments",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>老艄公退休了 – 渡江人博客</title></head><body>
<header><p class="site-title">⟦m 渡江人博客⟧</p><p class="desc">⟦m 写写江边的人和事⟧</p></header>
<article><h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 一个月前 · 作者 渡江人 · 留下评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 分类：人物 标签：渡口、蒿坪⟧</footer></article>
<aside><h3>⟦l 近期文章⟧</h3><ul><li>⟦l 江心洲的芦苇⟧</li><li>⟦l 渡口的小卖部⟧</li></ul></aside>
<div id="comments">⟦l 2条评论 · 江边长大：想念坐渡船上学的日子⟧</div>
<footer class="site-footer">⟦d 自豪地采用 WordPress⟧</footer></body></html>
""",
        body="""
蒿坪渡口的周师傅在江上摆了三十四年渡，这个月终于退休了。
大桥通车以后，坐渡船的人越来越少，最后几年每天只有几个赶早市的老人。
他说，渡船停了不可惜，可惜的是江边少了一个说话的地方。
""",
    ),
]
