"""holdout126, part A: a county Henan-opera (豫剧) troupe and publishing houses. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-puyuan-yuju-troupe-village-tour",
        site="璞原县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.puyuan.gov.cn/zwgk/tzgg/202404/t20240409_88213.html",
        title="璞原县文化广电和旅游局关于开展2024年豫剧“送戏下乡”巡演活动的通知",
        record_title="璞原县文化广电和旅游局关于开展2024年豫剧“送戏下乡”巡演活动的通知_璞原县人民政府",
        date="2024-04-08",
        date_also=["2024-04-09"],
        notes="modern county portal: 索引号 table, font row, read-aloud, share icons, footer; record title with site suffix; 成文日期 under the signature and a later 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>璞原县文化广电和旅游局关于开展2024年豫剧“送戏下乡”巡演活动的通知_璞原县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var zoomLevel=1;</script>
<link rel="stylesheet" href="/css/style.css"></head><body>
<div class="topbar"><span>⟦m 欢迎访问璞原县人民政府门户网站⟧</span> <a href="/wza">⟦a 无障碍浏览⟧</a> <a href="/old">⟦a 关怀版⟧</a> <a href="/en">⟦m English⟧</a></div>
<div class="banner"><img src="/img/logo.png" alt="logo"><span>⟦m 中原戏乡 · 大美璞原⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进璞原⟧</li></ul>
<div class="loc">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11410731MB0P27415X/2024-00318⟧</td><td>⟦m 发布机构：县文化广电和旅游局⟧</td></tr>
<tr><td>⟦m 主题分类：文化、广电、新闻出版⟧</td><td>⟦m 发布日期：2024-04-09⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="tool">⟦a 【字号：大 中 小】⟧ ⟦a 【朗读本文】⟧ ⟦m 浏览次数：1207⟧</div>
<div class="TRS_Editor">
<p>璞文旅〔2024〕19号</p>
{BODY}
</div>
<div class="share">⟦l 分享至：微信 QQ空间 微博⟧</div>
<div class="btns"><a href="javascript:window.print()">⟦a 【打印此页】⟧</a> <a href="javascript:window.close()">⟦a 【关闭本页】⟧</a></div>
<div class="related"><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 县豫剧团2023年惠民演出场次公示⟧</li><li>⟦l 关于征集乡村文化合作社优秀节目的公告⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：璞原县人民政府办公室　承办：县大数据服务中心⟧</p><p>⟦m 网站标识码：4107310028　豫ICP备09017734号⟧</p><p>⟦m 建议使用1366×768分辨率浏览⟧</p></div>
<script>shareInit();</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位，县豫剧团：
为丰富农村群众精神文化生活，传承弘扬豫剧艺术，经研究，决定于2024年4月至10月在全县开展豫剧“送戏下乡”巡演活动。现将有关事项通知如下。
一、演出安排
县豫剧团组建两支演出分队，每支分队每月演出不少于8场，全年演出总数不少于120场，覆盖全县15个乡镇、重点村和易地搬迁安置点。
二、演出剧目
以传统戏《穆桂英挂帅》《花木兰》《朝阳沟》选段为主，兼顾新编现代戏《麦田守望》和乡村振兴主题小戏，每场演出时长不少于90分钟。
三、工作要求
（一）各乡镇要提前确定演出场地，落实舞台搭建、电源和安全保卫，演出前一天报县文化广电和旅游局艺术科备案。
（二）演出结束后，由村（社区）填写《惠民演出场次确认单》，群众满意度测评表随确认单一并报送。
（三）遇大风、降雨等恶劣天气，演出顺延，不得冒险搭台。
联系人：县文化广电和旅游局艺术科　宋雅琴
联系电话：0392-6213380
附件：1.2024年豫剧“送戏下乡”巡演场次安排表
2.惠民演出场次确认单
璞原县文化广电和旅游局
2024年4月8日
""",
    ),
    dict(
        slug="news-yuanhe-evening-yuju-premiere",
        site="沅禾晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yhwb.com.cn/wenyu/2024-06/17/content_552091.html",
        title="新编豫剧现代戏《麦田守望》在璞原首演",
        record_title=None,
        date="2024-06-16",
        notes="news page: channel nav, byline with 发布时间 (the date), photo caption between paragraphs, editor glued after the last paragraph, hot list; record title missing",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>新编豫剧现代戏《麦田守望》在璞原首演-沅禾晚报网</title>
<meta name="description" content="新编豫剧现代戏首演"><script async src="/ads/loader.js"></script></head>
<body>
<header><div class="logo">⟦m 沅禾晚报网 · 沅禾第一新闻门户⟧</div>
<nav>⟦m 要闻⟧ ⟦m 本地⟧ ⟦m 文娱⟧ ⟦m 体育⟧ ⟦m 视频⟧ ⟦m 数字报⟧</nav>
<div class="user"><a>⟦a 登录⟧</a>｜<a>⟦a 注册⟧</a></div></header>
<div class="crumbs">⟦m 沅禾晚报网 » 文娱 » 戏曲⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-06-16 21:05　来源：沅禾晚报　记者 鲁晓帆 通讯员 耿丹⟧</div>
<div class="content">
{BODY}
</div>
<div class="tags">⟦l 标签：豫剧 现代戏 乡村振兴⟧</div>
</article>
<aside><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 沅禾城区新增三条公交夜线⟧</li><li>⟦l 高考期间噪声管控“静音令”发布⟧</li><li>⟦l 暑期游泳安全提示来了⟧</li></ol></aside>
<footer><p>⟦d 凡注明“来源：沅禾晚报”的作品，版权均属沅禾晚报社所有，未经授权不得转载。⟧</p><p>⟦m 新闻热线：0392-8811101　互联网新闻信息服务许可证：41120170019⟧</p></footer>
</body></html>
""",
        body="""
6月16日晚，由璞原县豫剧团创排的新编豫剧现代戏《麦田守望》在县文化艺术中心首演，800余名观众走进剧场，共同见证这部扎根乡土的新作亮相。
该剧讲述了返乡青年田小满带领乡亲们建设高标准农田、发展订单农业的故事，唱腔在保留豫东调高亢明亮特色的基础上，融入了当地民歌元素。⟦m 图为《麦田守望》首演现场。记者 鲁晓帆 摄⟧
“剧里说的就是我们村的事，看着特别亲切。”来自城关镇的观众王春梅说。
据了解，该剧从采风到首演历时一年，主创人员先后深入12个村庄收集素材，修改剧本9稿。下一步，剧团将在全县乡镇巡演，并参加全省现代戏会演。⟦m （责任编辑：蔺晓）⟧
""",
    ),
    dict(
        slug="wechat-yuju-troupe-young-actor-recruit",
        site="璞原豫剧团 公众号镜像 (invented)",
        style="公众号镜像",
        genre="公告",
        kind="notice",
        form="text",
        source="https://wxmirror.kandian8.net/s/Pw3kT9aLm2",
        title="璞原县豫剧团2024年青年演员招收公告",
        record_title="璞原县豫剧团2024年青年演员招收公告 | 璞原豫剧团",
        date=None,
        notes="WeChat mirror: account line with a relative time (no date), 扫码报名 and 联系电话 in the document, reader chrome (阅读原文, 在看) and a mirror footer",
        page="""
{T}
!m 原创　璞原豫剧团　璞原豫剧团　3天前
!m 收录于合集 #招生招聘 6个
!a 点击上方蓝字“璞原豫剧团”关注我们
{BODY}
!a 阅读原文
!l 阅读 2436　　赞 87　　在看 19
!l 写留言
!l 精选留言：“我家孩子学了五年唱腔，能报名吗？”
!d 本页面为公众号文章镜像，内容版权归原作者所有，镜像站点仅做排版展示。
""",
        body="""
为加强豫剧艺术人才队伍建设，补充青年演员力量，经县文化广电和旅游局同意，县豫剧团决定面向社会招收青年演员8名。现将有关事项公告如下。
一、招收岗位
生行2名、旦行3名、净行1名、丑行1名、乐队（板胡）1名。
二、报名条件
（一）年龄18至28周岁，身体健康，五官端正；
（二）具有中专以上学历，戏曲表演或器乐专业优先；
（三）热爱豫剧艺术，能够适应长期下乡演出。
三、报名方式
扫描本文下方二维码填写报名表，并上传一段不少于3分钟的唱段或演奏视频。报名时间为2024年7月1日至7月20日。
四、考核办法
考核分初试和复试，初试为视频审核，复试为现场表演和面试，具体时间另行通知。
咨询电话：0392-6218105（工作日8:30—17:30）
""",
    ),
    dict(
        slug="forum-xiyou-yuju-fans-initiative",
        site="中原戏友社区 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.xiyoushe.net/thread-302917-1-1.html",
        title="致全县戏迷朋友的倡议书",
        record_title="[戏迷之家] 致全县戏迷朋友的倡议书（转自戏迷协会）",
        date="2024-09-02",
        date_also=["2024-09-03"],
        junk=dict(lines=2, glued=2),
        notes="Discuz-like forum: board crumb, floor info with 发表于 (a day after the 倡议 date), anti-scraping junk, reply box and signature",
        page="""
!m 中原戏友社区 » 戏迷之家 » 查看帖子
!m 查看: 1893 | 回复: 27
!t [戏迷之家] 致全县戏迷朋友的倡议书（转自戏迷协会）
!m 板胡老周　楼主　发表于 2024-9-3 08:14　只看该作者
{BODY}
!m 本帖最后由 板胡老周 于 2024-9-3 08:20 编辑
!l 沙发　梆子腔　发表于 2024-9-3 09:01　支持！我们村的戏台也该修修了
!l 回复　举报　引用
!a 您需要登录后才可以回帖 登录 | 立即注册
!m 签名：一生只爱祥符调
""",
        body="""
全县广大戏迷朋友们：
豫剧是我们家乡的根和魂。近年来，县里的戏台越修越多，演出越来越多，广大戏迷看戏、唱戏的热情越来越高。为营造文明、健康、和谐的看戏环境，璞原县戏迷协会向全县戏迷朋友发出如下倡议。
一是文明看戏。演出期间不大声喧哗、不随意走动，不向舞台抛掷物品，散场后把垃圾带走。
二是安全看戏。听从现场工作人员指挥，不攀爬舞台和围栏，老人和孩子看戏要有人陪同。
三是传承好戏。鼓励戏迷带孩子学唱一段家乡戏，把好腔好调一代一代传下去。
四是爱护戏台。村里的戏台是大家的，发现损坏及时向村委会反映。
璞原县戏迷协会
2024年9月2日
""",
    ),
    dict(
        slug="wenku-yuju-troupe-anniversary-speech",
        site="文渊库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.wenyuanku.com/view/7c41e0d92ab3.html",
        title="在璞原县豫剧团建团六十周年纪念大会上的讲话",
        record_title="在璞原县豫剧团建团六十周年纪念大会上的讲话.docx",
        date="2023-11-18",
        pages=dict(fmt="⸨{n}⸩", every=180, start=2, glue=False),
        notes="paid 文库 preview: file-name record title, speaker line and date under the title (neutral), page markers ⸨n⸩ cutting sentences, preview-end prompt",
        page="""
!m 文渊库 > 党政范文 > 讲话致辞
!m 上传者：ylk_0927　　页数：4页　　格式：DOCX　　大小：26.8KB
!a 下载券：3　　｜　　加入文辑　　｜　　举报
{T}
县委副书记　段明远
（2023年11月18日）
{BODY}
!a 预览已到此处，剩余1页需开通文渊会员后阅读
!a 立即开通 ￥9.9/月
!l 相似文档：剧团建团纪念大会主持词　｜　文艺院团改革发展座谈会发言
!d 本文档由会员上传至文渊库，文渊库仅提供存储与分享服务，如有侵权请联系平台处理。
""",
        indent="\u3000\u3000",
        body="""
同志们，朋友们：
今天，我们在这里隆重集会，纪念璞原县豫剧团建团六十周年。首先，我代表县委、县政府，向剧团全体演职人员，向长期关心支持剧团发展的老艺术家和广大戏迷朋友，表示衷心的感谢！
六十年来，县豫剧团扎根乡土、服务群众，累计演出两万余场，足迹遍及全县每一个行政村。剧团创排的《红旗渠畔》《麦收时节》等剧目多次获得省级奖项，培养出一批深受群众喜爱的优秀演员。
站在新的起点上，我讲三点希望。第一，要坚守人民立场，把舞台搭在田间地头，把好戏送到群众身边。第二，要坚持守正创新，既演好传统经典，又创作更多反映新时代农村变化的现代戏。第三，要加强人才培养，完善“老带新”机制，让豫剧艺术后继有人。
县委、县政府将一如既往支持剧团发展，在排练场地改造、演出补贴、人才引进等方面加大投入。希望剧团全体同志再接再厉，在新的征程上唱出璞原新声！
""",
    ),
    dict(
        slug="collection-old-actor-yuju-memoir-wrapped",
        site="老戏骨文存 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="essay",
        form="text",
        source="http://www.laoxigu.cn/wencun/juan2/041.html",
        title="我在剧团的四十年",
        record_title="《台前幕后》卷二·第41篇 我在剧团的四十年",
        date="2022-03-05",
        wrap=62,
        indent="\u3000\u3000",
        notes="personal collection: hard-wrapped at 62 columns, chapter nav, a 写于 date at the end, volume title decoration",
        page="""
!m 老戏骨文存 · 台前幕后
!l ← 上一篇：第40篇 第一次登台　　目录　　下一篇：第42篇 赶场的牛车 →
{T}
{BODY}
!m 本篇字数：612　　收入本集时间：2023年冬
!d 文存所收皆为作者旧稿，转载请注明出处。
""",
        body="""
一九八二年秋天，我背着一卷铺盖走进县豫剧团的大门，那年我十六岁。团里的老师说，唱戏先学做人，台上一分钟，台下十年功，这两句话我记了一辈子。
那时候剧团一年到头在乡下跑，一辆拖拉机拉着戏箱和布景，走到哪个村就在哪个村搭台。冬天在打麦场上唱，手冻得拿不住马鞭，唱完了就在老乡家的灶火边烤一烤。
后来剧团有了自己的大篷车，再后来县里盖了文化艺术中心，我们也有了像样的排练厅。演员换了一茬又一茬，可下乡演出的规矩一直没有变。
如今我退休了，还常常去剧团给年轻人说戏。看着他们一招一式地练，我就想起当年的自己。戏是一代一代传下来的，我们这些老人能做的，就是把知道的都教给他们。
二〇二二年三月五日写于璞原
""",
    ),
    dict(
        slug="corp-juncheng-press-topic-solicitation",
        site="筠城科学技术出版社 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jckjpress.com/news/notice/2024/1021.html",
        title="筠城科学技术出版社关于征集2025年度重点出版选题的通知",
        record_title="关于征集2025年度重点出版选题的通知-筠城科学技术出版社",
        date="2024-10-18",
        notes="publisher's corporate site: top nav with shop links, book carousel, breadcrumb, 联系人/邮箱 of the document beside the site's customer line, prev/next",
        page="""
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>关于征集2025年度重点出版选题的通知-筠城科学技术出版社</title>
<style>body{font-family:"Microsoft YaHei"}</style></head>
<body>
<div id="top">⟦m 筠城科学技术出版社 | 传播科学 启迪未来⟧ <span>⟦a 网上书店⟧</span> <span>⟦a 作者服务⟧</span> <span>⟦a 会员登录⟧</span></div>
<div id="nav"><a>⟦m 首页⟧</a><a>⟦m 关于我们⟧</a><a>⟦m 图书中心⟧</a><a>⟦m 新闻公告⟧</a><a>⟦m 投稿指南⟧</a></div>
<div class="slide">⟦l 新书推荐：《家庭节水100招》《小学生天文观测手册》《设施蔬菜病害图谱》⟧</div>
<div class="path">⟦m 当前位置：首页 &gt;&gt; 新闻公告 &gt;&gt; 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="info">⟦m 作者：总编室　　日期：2024-10-21　　阅读：388⟧</p>
{BODY}
<div class="prenext"><p>⟦l 上一条：我社三种图书入选年度科普好书推荐⟧</p><p>⟦l 下一条：2024年第三季度图书质量抽查结果通报⟧</p></div>
</div>
<div id="footer"><p>⟦m 读者服务热线：400-018-6672⟧</p><p>⟦m 地址：筠城市文昌路217号　邮编：451200⟧</p><p>⟦d 版权所有 © 筠城科学技术出版社有限公司　未经许可不得复制或镜像⟧</p></div>
</body></html>
""",
        body="""
各编辑室、各分社：
为做好2025年度出版规划，提升选题质量，现启动2025年度重点出版选题征集工作。有关事项通知如下。
一、征集范围
（一）服务国家重大战略和科技自立自强的学术著作；
（二）面向青少年和农民群众的科普读物；
（三）具有地方特色的自然、技术和产业类图书。
二、申报要求
每个编辑室申报选题不超过5个，每个选题须填写《重点选题申报表》，附样章不少于5000字、作者简介和市场分析。
三、时间安排
申报截止时间为2024年11月15日，总编室将于11月下旬组织选题论证会。
联系人：总编室　邵宁
邮箱：zbs_xuanti@jckjpress.com
附件：重点选题申报表
总编室
2024年10月18日
""",
    ),
    dict(
        slug="print-press-proofreading-quality-rules",
        site="琰溪人民出版社 内部规章 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://oa.yxrmpress.cn/guizhang/print.aspx?id=1183",
        title="琰溪人民出版社图书校对质量管理办法",
        record_title="打印 - 琰溪人民出版社图书校对质量管理办法",
        date="2024-02-26",
        notes="print view: print header with a print stamp (not a date), articles speaking of 打印/下载 as content, print footer 第1页 共1页 form of its own",
        page="""
!m 琰溪人民出版社规章制度库
!m 打印时间：2024/11/05 14:32:07　　打印人：rmcb_0416
{T}
（2024年2月26日社务会议通过）
{BODY}
!p 〘 1 / 1 〙
!m https://oa.yxrmpress.cn/guizhang/print.aspx?id=1183
""",
        body="""
第一条　为加强图书校对工作，保证出版物质量，根据国家有关出版物质量管理的规定，结合本社实际，制定本办法。
第二条　本社出版的图书，一律实行“三校一读”制度，重点图书和辞书类图书增加校次。
第三条　校对人员应当在清样上校对，不得只在电子文件上校对；确需打印校样的，由排版室统一打印并登记。
第四条　外聘校对人员应当通过本社系统下载校样，校毕后即时删除本地文件，不得向第三方提供。
第五条　图书差错率超过万分之一的，不得出版；已经出版的，由出版部门组织更正或者召回。
第六条　校对质量纳入编辑、校对人员年度考核，连续两年考核优秀的，优先推荐参加职称评审。
第七条　本办法自通过之日起施行，由总编室负责解释。
""",
    ),
    dict(
        slug="tender-press-printing-service-procurement",
        site="筠城公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.juncheng.gov.cn/jyxx/zfcg/cggg/20240513/4417.html",
        title="琰溪人民出版社2024—2025年度教辅图书印制服务采购项目公开招标公告",
        record_title=None,
        date="2024-05-13",
        notes="procurement platform: trade-type tabs, a lot table (one row a paragraph), buyer and agency contacts beside the platform's CA hotline, 下载 of tender documents as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>招标公告-筠城公共资源交易网</title></head>
<body>
<div class="hd">⟦m 筠城市公共资源交易中心⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA办理⟧</a></div>
<div class="tabs">⟦m 工程建设⟧ ⟦m 政府采购⟧ ⟦m 土地矿产⟧ ⟦m 产权交易⟧</div>
<div class="bread">⟦m 首页 / 交易信息 / 政府采购 / 采购公告⟧</div>
<h3>{T}</h3>
<div class="meta">⟦m 信息时间：2024-05-13　　阅读次数：1642　　【我要打印】【关闭】⟧</div>
<div class="notice">
{BODY}
</div>
<div class="attach">⟦a 附件下载：招标文件（正式版）.zip　需登录后下载⟧</div>
<div class="foot"><p>⟦m CA证书及平台技术支持：0371-55093311⟧</p><p>⟦m 筠城市公共资源交易中心 版权所有　豫ICP备12004477号-1⟧</p></div>
</body></html>
""",
        body="""
项目概况
琰溪人民出版社2024—2025年度教辅图书印制服务采购项目的潜在投标人应在筠城公共资源交易网下载获取招标文件，并于2024年6月4日9点30分（北京时间）前递交投标文件。
一、项目基本情况
项目编号：JCZC-2024-0517
预算金额：680万元
采购需求：
包号　内容　预算（万元）
第一包　小学教辅图书印制　390
第二包　初中教辅图书印制　290
二、申请人的资格要求
具有出版物印刷许可证，近三年内未发生重大印刷质量事故。
三、对本次招标提出询问，请按以下方式联系。
采购人：琰溪人民出版社　联系人：聂工　电话：0392-7702146
采购代理机构：筠城华正招标咨询有限公司　联系人：韦晓　电话：0392-7715820
""",
    ),
    dict(
        slug="mail-press-three-review-notice-forward",
        site="出版社邮件系统 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://yxrmpress.cn/inbox/20240311-0092",
        title="关于严格执行书稿三审制度的通知",
        record_title="转发：关于严格执行书稿三审制度的通知",
        date="2024-03-08",
        date_also=["2024-03-11"],
        notes="forwarded mail: mail headers (meta), forwarding note, the document's own 抄送 版记 and 附件, mail footer disclaimer and a mobile-client signature",
        page="""
!m 发件人：总编室 <zbs@yxrmpress.cn>
!m 发送时间：2024年3月11日（星期一）上午9:47
!m 收件人：编辑一室全体；编辑二室全体；校对科
!m 主题：转发：关于严格执行书稿三审制度的通知
各位同事：转发社里通知，请认真学习执行。——总编室 范丽
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及其附件仅供指定收件人使用，如您误收本邮件，请立即删除并通知发件人。
!m 发自我的琰溪出版移动办公
""",
        body="""
各编辑室、校对科：
近期在图书质量检查中发现，个别书稿存在复审流于形式、终审意见过于简单等问题。为进一步压实编辑责任，现就严格执行书稿三审制度通知如下。
一、初审由责任编辑负责，须对书稿内容、结构、文字作全面审读，写出不少于800字的初审报告。
二、复审由编辑室主任负责，须通读书稿，对初审意见逐条提出明确意见。
三、终审由社领导或具有正高职称的编辑负责，重点审查政治导向和重大选题。
四、三审意见须在出版管理系统中留痕，未完成三审的书稿一律不得发排。
附件：书稿三审意见单（样式）
琰溪人民出版社
2024年3月8日
抄送：社长、总编辑
琰溪人民出版社总编室　2024年3月8日印发
""",
    ),
    dict(
        slug="app-press-annual-summary-share",
        site="笔耕范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.bigengapp.com/share/doc?id=77f2a19c&from=wx",
        title="少儿出版分社2023年工作总结",
        record_title="少儿出版分社2023年工作总结（可编辑）｜笔耕范文",
        date="2024-01-12",
        notes="writing-app share page: open-in-app prompts, AI rewrite button between paragraphs, a member-unlock prompt, the document's date under the signature",
        page="""
!a 打开笔耕APP，查看更多范文
!m 笔耕范文 · 公文写作好帮手
{T}
!m 2.1万人看过　　字数1024
{BODY}
!a 登录解锁全文，享AI一键改写
!l 猜你还想看：出版社编辑个人年度总结｜图书发行部年终总结（精选）
!a 在APP中打开
""",
        body="""
2023年，少儿出版分社紧紧围绕全社年度目标，坚持把社会效益放在首位，全年出版新书46种、重印图书82种，实现销售码洋3860万元，同比增长11.3%。
一、主要工作
（一）精品出版取得新进展。《小小科学家》系列入选省级重点出版物，《家门口的鸟》获全省优秀科普图书奖。
（二）阅读推广形成新品牌。全年举办“书香童年”进校园活动58场，覆盖中小学生2.3万人次。⟦a ✦AI帮你润色这一段⟧
（三）融合出版迈出新步伐。上线有声书21部，配套数字资源免费供读者使用。
二、存在问题
原创选题储备不足，营销渠道偏重传统书店，线上销售占比仍然较低。
三、2024年工作打算
聚焦原创精品，完善作者培育机制；拓展线上渠道，力争线上销售占比提高到35%以上。
少儿出版分社
2024年1月12日
""",
    ),
]
