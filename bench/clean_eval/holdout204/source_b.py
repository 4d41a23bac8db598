"""holdout204, part B: government, news, Party-building, education and personnel-exam portals.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gov-tuyang-notice-parking-lock-clearance",
        site="稌阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tuyang.gov.cn/zwgk/tzgg/202504/t20250409_318402.html",
        title="关于开展县城私装地锁集中清理的通知",
        record_title="关于开展县城私装地锁集中清理的通知-政务公开·通知文件-稌阳县人民政府",
        date="2025-04-07",
        date_also=["2025-04-09"],
        notes="county portal: elder/reader-mode links, 信息公开 index table with an unmarked 文号 cell, 纠错 line and 12345; "
        "the notice's own contact, 附件, 抄送 and 印发 lines stay in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="稌阳县人民政府">
<meta name="ArticleTitle" content="关于开展县城私装地锁集中清理的通知">
<title>关于开展县城私装地锁集中清理的通知-政务公开·通知文件-稌阳县人民政府</title>
<script src="/common/js/jquery.min.js"></script>
</head>
<body>
<div class="gov-top"><span>⟦m 稌阳县人民政府 欢迎您⟧</span>
<a href="#">⟦a 老年关怀版⟧</a> <a href="#">⟦a 盲人读屏入口⟧</a> <a href="#">⟦a 登录政务服务网⟧</a></div>
<div class="gov-banner"><img src="/img/banner.png" alt=""><p>⟦m 稌阳县人民政府 TUYANG COUNTY⟧</p></div>
<ul class="gov-nav"><li>⟦m 首页⟧</li><li>⟦m 走进稌阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="gov-crumb">⟦m 当前所在：首页 &gt; 政务公开 &gt; 通知文件⟧</div>
<table class="xxgk-index">
<tr><td>⟦m 索引号：11532207MB1C40293K/2025-00418⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发布机构：稌阳县住房和城乡建设局⟧</td><td>⟦m 生成日期：2025-04-09⟧</td></tr>
<tr><td>稌住建发〔2025〕17号</td><td>⟦m 时效状态：现行有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：县住建局　　公开日期：2025-04-09 16:20　　浏览次数：736⟧</div>
<div class="art-tools">⟦a 字体〔大 中 小〕⟧ ⟦a 打印此页⟧ ⟦a 关闭本页⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="art-share">⟦l 分享给：微信好友 朋友圈 微博⟧</div>
</div>
<div class="gov-related"><h3>⟦l 相关阅读⟧</h3>
<ul><li>⟦l 稌阳县物业管理区域停车管理暂行办法⟧</li><li>⟦l 关于开展消防通道堵塞问题专项治理的通告⟧</li></ul></div>
<div class="gov-foot">
<p>⟦m 主办：稌阳县人民政府办公室　承办：稌阳县大数据中心⟧</p>
<p>⟦m 网站纠错电话：0873-5210001　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码5323270019　滇ICP备05007713号　滇公网安备53232702000418号⟧</p>
</div>
</body>
</html>
""",
        body="""
各镇人民政府，县直有关单位：
县城部分小区和背街小巷私装地锁问题日益突出，占用公共通道和消防通道，群众反映强烈。经县政府同意，决定自4月15日至6月15日开展私装地锁集中清理，现将有关事项通知如下。
一、清理范围。县城建成区内公共道路、人行道、消防通道以及无产权车位小区公共区域内设置的地锁、地桩和石墩。
二、工作步骤。4月15日至30日为摸排告知阶段，由社区张贴告知书，设置人自行拆除；5月1日起对逾期未拆的依法拆除。
三、工作要求。各镇要组织网格员逐个小区摸排，建立台账；拆除的地锁统一登记保管，设置人可在30日内凭有效证件领回。
联系人：县住建局物业科　唐晓岚　电话：0873-5210386
附件：1.私装地锁摸排登记表
2.告知书样式
稌阳县住房和城乡建设局
2025年4月7日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
稌阳县住房和城乡建设局办公室　2025年4月7日印发
""",
    ),
    dict(
        slug="gov-yushan-bulletin-charging-safety-check",
        site="耱山县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.moshan.gov.cn/xxgk/tzgg/2025/0610/52271.shtml",
        title="关于全县公共充电设施安全检查情况的通报",
        record_date="2025-06-10",
        date="2025-06-10",
        notes="title and date from the record; a table of findings one row a paragraph; 印发 line; portal chrome as lines",
        page="""
!m 耱山县人民政府网
!m 首页　>　信息公开　>　通知公告
{T}
!m 信息来源：县应急管理局　　发布时间：2025-06-10　　【字号：大　中　小】
!a 打印本文　　关闭窗口
{BODY}
!l 【上一条】耱山县2025年防汛抗旱应急预案
!l 【下一条】关于做好夏季电动自行车消防安全工作的提示
!m 主办单位：耱山县人民政府办公室　　技术支持：耱山县信息中心
!m 网站识别码：5328230021　　黔ICP备10022516号
""",
        body="""
各镇人民政府，县直有关单位，各充电设施运营企业：
5月19日至30日，县应急管理局会同县发改局、县消防救援大队，对全县公共充电设施开展了安全检查，共检查充电站26座、充电桩318个，发现问题47处。现将有关情况通报如下。
检查对象　检查数量　发现问题　已整改
公共充电站　26座　19处　15处
小区集中充电区　41处　22处　17处
单位内部充电桩　58个　6处　6处
检查发现，主要问题是充电区灭火器配置不足、部分充电桩接地不良、充电区违规堆放杂物。
请各运营企业于6月30日前完成剩余问题整改，逾期未整改的，依法责令停止运营。
耱山县应急管理局
2025年6月10日
耱山县应急管理局办公室　2025年6月10日印发
""",
    ),
    dict(
        slug="news-quanhu-skating-team-h1-photo-captions",
        site="筌湖新闻网 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.quanhunews.cn/bd/2025-06/16/content_90412.html",
        title="舣田镇小学生轮滑队捧回市赛四枚金牌",
        record_title=None,
        date="2025-06-16",
        notes="no title in the record: the h1; the byline's 发布时间 is the date; an app prompt, a listen button, photo captions "
        "between paragraphs, an editor line glued after the last paragraph, a 24-hour list",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>筌湖新闻网</title>
<script>var adSlot="top_banner_960";</script>
</head>
<body>
<div class="app-tip">⟦a 下载筌湖头条App，本地新闻先知道⟧</div>
<header><a class="logo">⟦m 筌湖新闻网⟧</a> <nav>⟦m 首页 本地 民生 教育 文体 视频⟧</nav></header>
<div class="ad-slot">⟦m 广告位招租 0873-7710666⟧</div>
<div class="position">⟦m 首页 ＞ 本地 ＞ 文体⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-06-16 18:05　来源：筌湖县融媒体中心　记者 葛思远⟧</div>
<div class="listen">⟦a ▶ 听新闻（语音播报）⟧</div>
<div class="art">
{BODY}
</div>
<div class="share">⟦l 转到：微信 QQ空间 微博⟧</div>
</article>
<aside><h3>⟦l 24小时排行⟧</h3>
<ol><li>⟦l 筌湖县城区三条道路夜间施工绕行提示⟧</li><li>⟦l 全县中考体育成绩今起可查⟧</li><li>⟦l 湖边夜市周末开市⟧</li></ol></aside>
<footer>⟦d 筌湖新闻网所刊稿件未经授权不得转载、摘编⟧ ⟦m 互联网新闻信息服务许可证 53120230017⟧</footer>
</body>
</html>
""",
        body="""
6月14日至15日，筥州市第七届青少年轮滑锦标赛在市体育中心举行。舣田镇中心小学轮滑队12名队员参加速度轮滑项目，共获得4枚金牌、3枚银牌。
这支轮滑队成立于2022年，队员都是三至六年级的学生。学校没有专门的场地，体育老师就带着孩子们在操场跑道上练习，轮滑鞋大多是家长凑钱买的。
⟦m 图为舣田镇中心小学轮滑队队员在比赛中。（葛思远 摄）⟧
“刚开始很多孩子连站都站不稳，现在能在弯道上压步了。”教练刘晓帆说，孩子们每天放学后练一个小时，周末再集中练半天。
⟦m 图为队员们赛后合影。⟧
镇里已经决定今年暑假前在学校旁边建一块标准轮滑场，让更多孩子穿上轮滑鞋。⟦m （编辑：梅晓　审核：秦立军）⟧
""",
    ),
    dict(
        slug="news-nongchuan-spinning-wheel-labour-class",
        site="秾川融媒网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.nongchuanrm.com/wenhua/2025/0521/23308.html",
        title="秾川：老纺车“转”进劳动课堂",
        record_title="秾川：老纺车“转”进劳动课堂 - 文化 - 秾川融媒网",
        date="2025-05-21",
        notes="decorated record title (column and site); the time line is the date; a photo caption between paragraphs",
        page="""
!m 秾川融媒网　|　秾川人自己的新闻网
!m 首页 / 新闻 / 文化
{T}
!m 2025-05-21 10:36　　来源：秾川县融媒体中心　　作者：韦蔓
!a 分享　|　大字号　|　小字号
{BODY}
!m 责任编辑：谭小麦
!l 相关新闻：秾川县非遗传承人名录新增13人
!l 相关新闻：稑湾镇土布展销会开幕
!d 本网原创稿件，转载请注明来源“秾川融媒网”。
""",
        indent="\u3000\u3000",
        body="""
5月20日下午，稑湾镇中心小学的劳动课上，几架老纺车摆进了教室。村里的老人一边摇着纺车，一边教孩子们怎样把棉花纺成线。
“先把棉条捻在锭子上，手要稳，轮子不能摇得太快。”72岁的纺线能手覃玉芬手把手地教，四年级学生小雨试了三次，终于纺出了一段像样的线。
⟦m 图：覃玉芬（左）指导学生使用纺车。韦蔓 摄⟧
据了解，这几架纺车是学校从附近村里收集来的，最早的一架已经有八十多年。学校把纺线、织布列入劳动课内容，每学期安排四个课时。
校长陆建华说，让孩子们亲手摇一摇纺车，比在书本上看图片更能体会到劳动的不易。
""",
    ),
    dict(
        slug="dangjian-biancheng-speech-charging-cn-date",
        site="笾城先锋网 (invented, district Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.bianchengxf.org.cn/dj/hsxw/202504/t20250402_6617.html",
        title="在“红色物业·充电进小区”党建联建启动仪式上的讲话",
        record_title="【党建引领·小区治理】在“红色物业·充电进小区”党建联建启动仪式上的讲话_笾城先锋网",
        date="2025-03-28",
        date_also=["2025-04-02"],
        notes="decorated record title; date in Chinese numerals under the speech title, the site's date also accepted; "
        "speaker line neutral; study-points prompt and a read-on-phone QR line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【党建引领·小区治理】在“红色物业·充电进小区”党建联建启动仪式上的讲话_笾城先锋网</title>
<script src="/js/points.js"></script>
</head>
<body>
<div class="dj-head"><span>⟦m 笾城先锋网⟧</span> <span>⟦m 中共筥州市笾城区委组织部主办⟧</span></div>
<div class="dj-nav">⟦m 首页　党建要闻　基层动态　红色物业　党员教育　组工信息⟧</div>
<div class="dj-pos">⟦m 您在这里：首页 &gt;&gt; 红色物业 &gt;&gt; 讲话文章⟧</div>
<div class="dj-main">
<h2>{T}</h2>
<p class="dj-speaker">笾城区委组织部副部长　祁永安</p>
<p class="dj-date">（二〇二五年三月二十八日）</p>
<p class="dj-meta">⟦m 发布日期：2025-04-02　　来源：区委组织部　　阅读：2,046⟧</p>
<p class="dj-points">⟦a 登录后阅读满3分钟，可计入党员学习积分⟧</p>
<div class="dj-text">
{BODY}
</div>
<p class="dj-qr">⟦a 拿起手机扫一扫，文章带回家慢慢看⟧</p>
</div>
<div class="dj-side"><h4>⟦l 红色物业专栏⟧</h4>
<ul><li>⟦l 艏园社区“党员楼栋长”制度见闻⟧</li><li>⟦l 物业服务企业党组织覆盖情况通报⟧</li></ul></div>
<div class="dj-foot">⟦m 版权所有：中共筥州市笾城区委组织部　地址：笾城区府前路18号⟧ ⟦m 滇ICP备15003187号-2⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们在这里举行“红色物业·充电进小区”党建联建启动仪式，区供电、住建部门和8家物业企业党组织结成对子，一起破解小区充电难题。
去年以来，全区新能源汽车增加了4300多辆，不少居民只能从楼上拉线给车充电，既不方便，又有安全隐患。这件事群众天天念叨，我们就要天天放在心上。
党建联建不是签个协议、挂块牌子。希望结对的党组织做到三个“一起”：一起摸排小区车位和电力容量，一起制定建桩方案，一起做好居民的沟通协调。
区委组织部将把这项工作纳入基层党建述职评议内容，年底前全区要新增小区充电桩800个以上。
同志们，小小充电桩，连着民心。让我们拿出实打实的举措，把好事办好、实事办实！
""",
    ),
    dict(
        slug="dangjian-juzhou-summary-parking-lock-volunteers-table",
        site="筥州党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.juzhoudj.gov.cn/jcdt/2025/0604/11950.html",
        title="艏园社区党支部清理“僵尸地锁”志愿服务工作总结",
        record_title="【红色网格】艏园社区党支部清理“僵尸地锁”志愿服务工作总结——筥州党建在线",
        date="2025-05-30",
        date_also=["2025-06-04"],
        notes="decorated record title; the summary's table one row a paragraph; 成文日期 under the signature, the site's date "
        "also accepted; share bar and a study prompt",
        page="""
!m 筥州党建在线
!m 基层动态　＞　社区党建
!t 【红色网格】艏园社区党支部清理“僵尸地锁”志愿服务工作总结
!m 发稿日期：2025-06-04　　供稿：笾城区艏园社区　　点击：413
!a 学习打卡　　收藏本篇　　A+ A-
{BODY}
!l 转发至：微信　朋友圈　学习群
!l 上一篇：稑湾镇“党员中心户”工作法见闻
!l 下一篇：关于开展党员志愿服务星级评定的通知
!m 主办：中共筥州市委组织部　　ICP备案：滇ICP备10002387号
""",
        body="""
为解决小区内“僵尸地锁”占用车位、绊倒老人的问题，4月至5月，社区党支部组织党员志愿者开展了清理行动。现将情况总结如下。
一、基本情况
楼栋区域　登记地锁　协商拆除　保留使用
东区　64把　41把　23把
西区　52把　37把　15把
沿街商铺后巷　18把　18把　0把
⟦l 延伸阅读：穜苑社区“错时共享车位”的做法⟧
二、主要做法
志愿者先逐户上门登记，再由党员楼栋长逐一联系地锁主人，对长期不用的协商拆除；对主人找不到的，张贴公告15天后统一拆除。
三、下一步打算
社区将配合物业重新划设车位，防止地锁“拆了又装”。
中共笾城区艏园社区支部委员会
2025年5月30日
""",
    ),
    dict(
        slug="edu-feixi-notice-roller-skating-safety-attachments",
        site="篚溪县教育体育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jtj.feixi.gov.cn/jyzx/tzgg/2025/0513/2089.html",
        title="关于加强校园轮滑活动安全管理的通知",
        record_title="关于加强校园轮滑活动安全管理的通知_教育资讯_篚溪县教育体育局",
        date="2025-05-12",
        date_also=["2025-05-13"],
        notes="education bureau: elder and reader links, attachment download links beside the notice's own 附件 list, "
        "the notice's contact beside a technical line; 成文日期 vs posting date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于加强校园轮滑活动安全管理的通知_教育资讯_篚溪县教育体育局</title>
<script src="/assets/a11y.js"></script>
</head>
<body>
<div class="edu-top">⟦m 篚溪县教育体育局⟧ <a>⟦a 适合长辈的大字版⟧</a> <a>⟦a 听读辅助工具⟧</a></div>
<div class="edu-nav">⟦m 首页 | 机构职能 | 教育资讯 | 办事指南 | 招生考试 | 体育工作⟧</div>
<div class="edu-crumb">⟦m 首页 / 教育资讯 / 通知公告⟧</div>
<div class="edu-art">
<h3>{T}</h3>
<div class="edu-info">⟦m 发文时间：2025-05-13　　发布科室：体卫艺股　　访问量：1207⟧</div>
<div class="edu-con">
{BODY}
</div>
<div class="edu-att">⟦a 本文附件下载：⟧<a href="/u/2089_1.xlsx">⟦a 📎 轮滑活动安全检查表.xlsx⟧</a> <a href="/u/2089_2.docx">⟦a 📎 家长知情同意书.docx⟧</a></div>
<div class="edu-prn">⟦a 〖打印这一页〗⟧　⟦a 〖返回上一级〗⟧</div>
</div>
<div class="edu-foot">⟦m 篚溪县教育体育局 版权所有　本站技术问题请拨 0873-3690212⟧<br>⟦m 滇ICP备13004479号⟧</div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
近来，一些学校在课后服务中开设了轮滑课，部分学生课间也穿轮滑鞋在校园里滑行，已经发生了多起摔伤事件。为保障学生安全，现就有关事项通知如下。
一、学校开设轮滑课程的，应当在专门划定的场地内进行，场地要平整、无障碍物，并与主要通道隔开。
二、学生参加轮滑活动必须佩戴头盔、护膝、护肘和护腕，不得在教学楼走廊、楼梯和操场跑道上穿轮滑鞋滑行。
三、学校要对自带的轮滑鞋进行检查，轮子松动、刹车块磨损的不得使用。
四、开设轮滑课程的学校，须征得家长书面同意。
联系人：县教体局体卫艺股　班立新　电话：0873-3690347
附件：1.轮滑活动安全检查表
2.家长知情同意书
篚溪县教育体育局
2025年5月12日
""",
    ),
    dict(
        slug="edu-luling-notice-projector-inspection-cn-date",
        site="穋岭教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lulingedu.cn/tzgg/20250902/5513.html",
        title="关于开展教室投影设备开学安全巡检的通知",
        record_title="〖通知〗关于开展教室投影设备开学安全巡检的通知 - 穋岭教育网",
        date="2025-09-01",
        notes="decorated record title; numbered list; sentences about 扫码 and 下载 as content; 成文日期 in Chinese numerals",
        page="""
!m 穋岭教育网——穋岭县教育局主办
!m 首页 ＞ 通知公告 ＞ 电教装备
{T}
!m 发布人：电教站　　浏览：988次　　【大字 小字】
{BODY}
!a 【打印通知】【收藏】【关闭】
!m 技术支持：穋岭县电化教育站　　建议使用1920×1080分辨率浏览
!m 穋岭县教育局 版权所有　滇ICP备12001908号
""",
        body="""
各中小学：
新学期即将开始，为确保教室投影设备安全运行，县电教站决定在9月1日至12日组织开展开学安全巡检。现将有关事项通知如下：
1.检查投影仪吊架是否牢固，螺丝有无松动，电源线是否老化破损；
2.检查投影仪滤网积尘情况，积尘较多的要及时清理；
3.检查投影幕布升降是否顺畅，电动幕布开关是否灵敏；
4.对使用超过8年或亮度明显不足的设备进行登记，作为年度更新依据。
各校检查中发现的问题，请扫描电教站报修二维码在线填报；巡检登记表可在穋岭教育网“下载中心”下载。
请于9月15日前将巡检登记表报送县电教站。
穋岭县教育局
二〇二五年九月一日
""",
    ),
    dict(
        slug="exam-luling-notice-trial-lecture-projector",
        site="穋岭县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.luling.gov.cn/ksap/2025/0708/1322.html",
        title="2025年穋岭县公开招聘中小学教师面试（试讲）须知",
        record_title="〔面试公告〕2025年穋岭县公开招聘中小学教师面试（试讲）须知-穋岭县人事考试网",
        date="2025-07-08",
        notes="exam site: a maintenance banner, an admission-ticket float; the exam office's 咨询电话 beside the site's "
        "technical line; 准考证 to download and print as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔面试公告〕2025年穋岭县公开招聘中小学教师面试（试讲）须知-穋岭县人事考试网</title>
</head>
<body>
<div class="notice-bar">⟦m 系统维护提示：7月12日22:00至次日6:00报名系统暂停访问⟧</div>
<div class="hd">⟦m 穋岭县人事考试网⟧ <span>⟦m 公平 公正 公开⟧</span></div>
<div class="nav">⟦m 网站首页　考试动态　考务公告　成绩查询　政策法规⟧</div>
<div class="loc">⟦m 当前页面：网站首页 - 考务公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<p class="src">⟦m 发布：县人社局考试中心　　日期：2025-07-08　　查看：5,318⟧</p>
<div class="detail-body">
{BODY}
</div>
</div>
<div class="float-zkz" style="position:fixed;right:0;top:300px">⟦a 准考证快捷入口⟧<br>⟦a 点此进入⟧</div>
<div class="ft">⟦m 穋岭县人力资源和社会保障局主办⟧<br>⟦m 网站运行维护：0873-3812290（仅受理网页故障）⟧<br>⟦m 滇ICP备12005521号⟧</div>
</body>
</html>
""",
        body="""
各位考生：
2025年穋岭县公开招聘中小学教师面试定于7月19日在县第一中学举行，采取试讲方式。现将有关事项告知如下。
一、考生请于7月15日起登录本网下载并打印面试准考证，凭准考证和身份证参加面试。
二、每间试讲室配有一台投影仪和一台电脑，考生可以使用现场提供的课件模板，不得自带U盘或其他存储设备。
三、试讲时间为10分钟，其中使用投影仪展示课件的时间不超过3分钟；设备出现故障的，由工作人员处理，延误时间不计入试讲时间。
四、考生须在7:30前到达候考室，8:00后未到的视为自动放弃。
考务咨询电话：0873-3812146（工作日8:30—17:30）
穋岭县人力资源和社会保障局
2025年7月8日
""",
    ),
    dict(
        slug="exam-tuyang-notice-charging-operator-timetable",
        site="稌阳人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tuyangrsks.cn/jnjd/2025/0815/776.html",
        title="关于2025年第三批充电设施运维员职业技能等级认定考核安排的通知",
        date="2025-08-15",
        notes="title from the record as is; a timetable table one row a paragraph; 成文日期 under the signature",
        page="""
!m 稌阳人事考试信息网
!m 首页 » 技能认定 » 考核安排
{T}
!m 文章来源：县职业技能鉴定所　　更新于：2025-08-16　　阅读：734
!a ［双击滚屏］［打印］［关闭］
{BODY}
!m 网站技术支持热线：0873-5236001（工作日）
!m 稌阳县人力资源和社会保障局　主办
""",
        body="""
各有关考生：
2025年第三批充电设施运维员（四级）职业技能等级认定考核定于8月30日至31日进行，现将考核安排通知如下。
考核科目　考核时间　考核地点
理论知识　8月30日9:00—10:30　县职业技能鉴定所机房
技能操作（直流桩巡检）　8月30日14:00—17:00　县城北充电站
技能操作（故障排除）　8月31日9:00—12:00　县城北充电站
考生须穿绝缘鞋、戴安全帽参加技能操作考核，未按要求着装的不得进入考场。
咨询电话：0873-5236118
稌阳县职业技能鉴定所
2025年8月15日
""",
    ),
]
