"""holdout312, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="blog-banchuang-essay-fridge-magnets-map",
        site="半窗杂记 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://banchuang.me/archives/318/",
        title="旅行十年，我的冰箱门成了一张地图",
        record_title="【旅途小物】旅行十年，我的冰箱门成了一张地图 — 半窗杂记",
        date="2025-02-14",
        notes="blog with tag cloud, archive, comment form; a 发表于 byline as the page's date; "
        "a photo placeholder line between paragraphs; a reward button glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【旅途小物】旅行十年，我的冰箱门成了一张地图 — 半窗杂记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script defer src="/usr/themes/paper/app.js"></script>
</head>
<body>
<header><p class="site-name">⟦m 半窗杂记⟧</p><p class="desc">⟦m 半扇窗，看一点人间⟧</p>
<nav><a>⟦m 首页⟧</a><a>⟦m 旅途⟧</a><a>⟦m 书架⟧</a><a>⟦m 关于⟧</a></nav></header>
<main>
<article>
<h1 class="post-title">{T}</h1>
<p class="post-meta">⟦m 发表于 2025-02-14 21:48 · 分类：旅途 · 围观 1,026⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 本文标签：冰箱贴　旅行　收藏⟧</p>
<p class="license">⟦d 本文采用署名—非商业性使用许可，转载请留个链接⟧</p>
<nav class="post-near">⟦l ← 前一篇：在遨溪吃了一碗酸汤粉⟧　⟦l 后一篇：给旧相机换皮 →⟧</nav>
<section id="comments"><h3>⟦l 7 条留言⟧</h3>
<p>⟦l 桥边姑娘：我家冰箱门也快贴满了，看完想去遨溪⟧</p>
<p>⟦l 木子：那块铁皮火车头太可爱了⟧</p>
<form><p>⟦l 留下你的足迹（昵称必填，邮箱保密）⟧</p><button>⟦a 送出留言⟧</button></form></section>
</article>
</main>
<aside>
<h4>⟦l 标签云⟧</h4><p>⟦l 旅途 老物件 读书 冰箱贴 胶片 遨溪⟧</p>
<h4>⟦l 归档⟧</h4><ul><li>⟦l 2025年二月 (3)⟧</li><li>⟦l 2025年一月 (5)⟧</li><li>⟦l 2024年十二月 (4)⟧</li></ul>
</aside>
<footer>⟦m © 2016–2025 半窗杂记 · Theme Paper · 浙ICP备17029931号⟧</footer>
</body>
</html>
""",
        body="""
第一块冰箱贴是十年前在遨溪买的，一只憨憨的陶瓷吊脚楼，五块钱。那时候没想过要收集，只是觉得好看。
后来每去一个地方，我都会在离开前找一块当地的冰箱贴。十年下来，冰箱门上贴了六十三块，从北边的铁皮火车头到南边的贝壳灯塔，像一张歪歪扭扭的地图。
⟦m （此处原有一张冰箱门全景照片，图片已失效）⟧
有朋友问我，冰箱贴有什么好收的，又不值钱。我想，它们值钱的地方不在本身，而在于每一块都能让我想起某个下午的阳光、某条街上的味道。
今年打算换一台新冰箱，最发愁的竟然是这六十三块冰箱贴该怎么搬家。⟦a 觉得有意思？请作者喝杯咖啡 ☕⟧
""",
    ),
    dict(
        slug="blog-laoqin-wall-lamp-bedside-wrapped",
        site="电工老秦的自留地 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://laoqin-dg.blog.cn/post/2025/bedside-wall-lamp",
        title="装床头壁灯前，先把这三件事想清楚",
        record_title="装床头壁灯前，先把这三件事想清楚 · 电工老秦的自留地（博客）",
        date=None,
        notes="an electrician's blog hard-wrapped at 66 columns; numbered list; only an update stamp "
        "(2 天前) and no date",
        page="""
!m 电工老秦的自留地
!m 二十年电工，说点实在的
!m 首页 ｜ 家装用电 ｜ 工具箱 ｜ 留言板
{T}
!m 老秦　更新于 2 天前　阅读 588　分类：家装用电
{BODY}
!a 有用就点个赞👍　　转给正在装修的朋友
!l ◀ 上一篇：卫生间浴霸为什么老跳闸
!l ▶ 下一篇：老房子换线，插座高度怎么定
!l 评论区（12）：登录后才能留言
!d 本站文章为老秦原创，施工请找持证电工，照做出问题本站不负责
""",
        wrap=66,
        indent="    ",
        body="""
最近好几位读者问我装床头壁灯的事，我把常说的三件事写下来。
1.先定高度。床头壁灯一般离地1.2米到1.5米，人靠在床头时灯在肩膀斜上方，看书不晃眼。装之前最好坐在床上让家人比一比。
2.再定开关。床头壁灯最好做双控，门口一个开关，床头一个开关，晚上起夜不用摸黑。双控要提前布线，墙面刷完再改就麻烦了。
3.最后看线路。壁灯线要从墙里穿管走，千万别为了省事在墙面上明拉电线，更不能从插座上随便引一根线接灯。
这三件事想清楚了，再去挑灯具的样式和颜色也不迟。
""",
    ),
    dict(
        slug="wechat-yixin-hospital-fridge-magnet-medicine-no-title",
        site="mirror of the WeChat account 迮阳县人民医院 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wxread.zhiyue-mirror.cn/s/zyxrmyy/20250409_02",
        title="一张冰箱贴，帮老人记住每天的药",
        record_title=None,
        date="2025-04-09",
        notes="no title in the record: the mirror's <h1>; account line as the page's date; a follow prompt "
        "glued before the first words; the pharmacy's own 咨询电话 next to the hospital's switchboard and "
        "booking line; 阅读原文/在看 rows and a QR line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>迮阳县人民医院 - 知阅公众号镜像</title>
<script src="/js/mirror.js"></script>
<meta property="og:site_name" content="知阅公众号镜像">
</head>
<body>
<div class="mirror-top">⟦m 知阅 · 公众号文章镜像站⟧ <a>⟦a 换一篇看看⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span>⟦m 原创⟧</span> <span>⟦m 迮阳县人民医院药学部⟧</span> <a>⟦m 迮阳县人民医院⟧</a> <em>⟦m 2025-04-09 07:45 湖南⟧</em></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="after">
<p>⟦m 医院总机：0736-5120100　预约挂号请走“迮阳县人民医院”服务号⟧</p>
<p>⟦a 阅读原文⟧　⟦a 阅读 2046⟧　⟦a 👍 赞 31⟧　⟦a 在看 18⟧</p>
<p>⟦m 长按识别二维码，把迮阳县人民医院放进你的通讯录⟧</p>
<p>⟦l 留言 8 条｜精选留言⟧</p>
</div></div>
<div class="mirror-foot">⟦d 知阅只做公众号文章的镜像备份，版权属于原公众号，如需删除请来信⟧</div>
</body>
</html>
""",
        p_html="<section><p>{}</p></section>",
        body="""
⟦a 戳上方蓝字“迮阳县人民医院”，健康知识不迷路⟧很多老人每天要吃好几种药，早上吃哪几片、晚上吃哪几片，常常记混。
最近，我院药学部设计了一款“服药提醒冰箱贴”，分早、中、晚三格，药师会根据处方把药名和剂量写在上面，老人每天开冰箱拿菜时顺便就能看一眼。
药师提醒：冰箱贴只起提醒作用，处方有变化时一定要请药师重新填写；药品本身不要放进冰箱，除非说明书写明需要冷藏。
需要冰箱贴的患者，可凭处方到门诊一楼药学咨询窗口免费领取，咨询电话：0736-5120318。
""",
    ),
    dict(
        slug="wechat-qiuhe-pledge-recycle-nursery-pots",
        site="mirror of the WeChat account 逑河农事 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gzh.nongshijing.com/qiuhenongshi/2025/04/02/1",
        title="关于回收废旧塑料营养钵的倡议书",
        record_title="关于回收废旧塑料营养钵的倡议书 · 逑河农事（公号旧文存档）",
        date="2025-03-30",
        date_also=["2025-04-02"],
        notes="WeChat mirror as text: account line dated later than the pledge's own date; sentences that "
        "speak of 扫码 and 分享 as content; a 在看 prompt and a star prompt",
        page="""
!m 农事镜 · 涉农公众号文章收录
{T}
!m 逑河农事　2025年04月02日 18:20　河南
!a 👆 点一下“逑河农事”，再点右上角 ··· 设为星标
{BODY}
!a 觉得有用，就点个“在看”让更多乡亲看到
!m 投稿/合作：qiuhe_ns（微信）
!d 农事镜按原样收录公众号文章，观点与图片归原作者
""",
        gap=True,
        body="""
广大种植户朋友们：
每年春季育苗，全镇要用掉几十万只塑料营养钵。秧苗移栽后，这些营养钵常被随手丢在田埂、沟渠边，风一吹到处都是，既难看又污染土壤。
为此，逑河镇农业服务中心向大家倡议：
一、育苗结束后请把营养钵抖净泥土、叠放整齐，不焚烧、不丢弃。
二、完好的营养钵可以清洗晾干后留作明年再用。
三、破损的营养钵请送到各村回收点，或扫描回收点海报上的二维码，预约回收车上门收取。
四、请把这份倡议分享给身边的种植户，一起把田间地头收拾干净。
逑河镇农业服务中心
2025年3月30日
""",
    ),
    dict(
        slug="docshare-request-dorm-wall-lamps-wps-marks",
        site="书桥文档分享 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.shuqiaodoc.com/d/5c91e0a7.html",
        title="关于申请拨付学生宿舍壁灯更换经费的请示",
        record_title="关于申请拨付学生宿舍壁灯更换经费的请示.wps",
        date="2025-02-26",
        notes="file-name record title; preview page markers ⋵ 第n页 ⋵ on lines of their own cutting sentences; "
        "成文日期 in Chinese numerals; 附件 line and the school's own contact",
        page="""
!m 书桥文档分享 — 好文档，架座桥
!t 关于申请拨付学生宿舍壁灯更换经费的请示.wps
!m 分享者：逵岭老梁　　大小 27KB　　分享于 4 天前　　浏览 311
!a 〖预览〗〖存到我的书桥〗〖举报〗
{BODY}
!a 预览仅展示前3页，完整文档请用书桥积分兑换
!w 文档有问题请联系书桥小助手，微信 shuqiao_kf02
!d 本站文档由用户自行分享，书桥仅提供信息存储空间服务
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⋵ 第{n}页 ⋵", every=85, start=2),
        body="""
县教育局：
我校现有学生宿舍楼3栋、寝室186间，宿舍内壁灯均为2009年建校时安装，灯具老化、灯罩发黄，部分开关面板松动，已发生两起学生触碰漏电开关受惊的情况，存在一定安全隐患。
经学校后勤处逐间排查并请专业电工评估，需更换防水节能壁灯372盏、开关面板186个，并对部分线路重新穿管，预算经费共计5.8万元。学校公用经费已难以承担，特申请县教育局予以拨付。
妥否，请批示。
联系人：梁仲秋，电话：0817-6612035。
附件：学生宿舍壁灯更换预算明细表
逵岭县第二中学
二〇二五年二月二十六日
""",
    ),
    dict(
        slug="docshare-shibei-summary-tea-pet-workshop-html",
        site="拾贝文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://shibeidoc.cn/view/48812093.html",
        title="逦口镇紫陶茶宠工坊2024年工作总结",
        record_title="逦口镇紫陶茶宠工坊2024年工作总结（删减版）｜拾贝文档",
        date="2025-01-06",
        notes="sharing reader: upload notice, points lock line between paragraphs, service WeChat, ratings; "
        "a sales table (one row a paragraph); 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>逦口镇紫陶茶宠工坊2024年工作总结（删减版）｜拾贝文档</title>
<script>var docId=48812093;</script>
</head>
<body>
<div class="sb-head"><a class="logo">⟦m 拾贝文档⟧</a><span>⟦m 海边拾贝，网上拾文⟧</span><a>⟦a 上传赚贝壳⟧</a><a>⟦a 登录⟧</a></div>
<div class="sb-crumb">⟦m 拾贝文档 / 工作总结 / 单位总结⟧</div>
<div class="sb-doc">
<h1>⟦t 逦口镇紫陶茶宠工坊2024年工作总结（删减版）⟧</h1>
<p class="sb-meta">⟦m 上传者：陶*小满　｜　上传于 2025-01-20　｜　3页　｜　评分 4.3（27人）⟧</p>
<div class="sb-op"><a>⟦a 整篇下载（8贝壳）⟧</a><a>⟦a 加入收藏⟧</a><a>⟦a 分享链接⟧</a></div>
<div class="sb-text">
{BODY}
</div>
<p class="sb-more">⟦a 剩余内容已折叠，贝壳不够？每日签到送2贝壳⟧</p>
</div>
<div class="sb-side"><h4>⟦l 相似文档⟧</h4><p>⟦l 非遗工坊年度工作总结⟧</p><p>⟦l 乡村手工作坊帮扶情况汇报⟧</p></div>
<div class="sb-kf">⟦w 找不到想要的？拾贝客服微信 shibei_doc9 代找文档⟧</div>
<div class="sb-foot">⟦d 文档由网友上传，版权归原作者；如有侵犯请点击申诉⟧　⟦m 拾贝文档 shibeidoc.cn 琼ICP备21002375号⟧</div>
</body>
</html>
""",
        body="""
2024年，工坊在镇党委、政府的支持下，坚持“小茶宠带动大就业”的思路，各项工作取得新进展。
一、生产销售稳步增长。全年制作紫陶茶宠1.86万件，销售收入比上年增长34%。
品类　　件数　　收入（万元）
传统瑞兽　　9200　　41.4
生肖系列　　6100　　27.5
文创定制　　3300　　19.8
⟦a 以下内容需2贝壳解锁查看⟧
二、带动就业成效明显。吸纳本镇留守妇女23人在家门口就业，人均月增收2100元。
三、技艺传承持续推进。举办茶宠捏塑培训班4期，培训学员96人次。
2025年，工坊将重点拓展线上销售渠道，力争销售收入突破120万元。
逦口镇紫陶茶宠工坊
2025年1月6日
""",
    ),
    dict(
        slug="edu-aoxi-notice-labour-nursery-pots-attachment",
        site="遨溪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.aoxi.gov.cn/tzgg/2025/0307/7720.html",
        title="关于开展中小学劳动教育“营养钵育苗”实践活动的通知",
        record_title="【劳动实践季】关于开展中小学劳动教育“营养钵育苗”实践活动的通知·遨溪县教育局",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="education portal: 关怀模式 link, attachment download links next to the 附件 list, the bureau's "
        "contact, phone and mailbox next to the portal's technical line; 下载 as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【劳动实践季】关于开展中小学劳动教育“营养钵育苗”实践活动的通知·遨溪县教育局</title>
<script src="/static/js/common.js"></script>
</head>
<body>
<div class="top"><span>⟦m 遨溪县教育局⟧</span><span>⟦m 办人民满意的遨溪教育⟧</span><a>⟦a 关怀模式⟧</a><a>⟦a 语音朗读⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="loc">⟦m 当前所在：首页 → 通知公告 → 基础教育⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="art-info">⟦m 发布日期：2025-03-07　发布科室：基础教育股　点击数：1208⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="att"><p>⟦a 📎 附件1：营养钵育苗实践活动安排表.xlsx（点击下载）⟧</p><p>⟦a 📎 附件2：学生育苗观察记录表.docx（点击下载）⟧</p></div>
<div class="art-tool">⟦a 打印这篇通知⟧　⟦a 回到顶部⟧</div>
</div>
<div class="foot">
<p>⟦m 遨溪县教育局主办　地址：遨溪县文庙街12号⟧</p>
<p>⟦w 网站技术支持：遨溪云帆网络 0873-4416020⟧</p>
<p>⟦m 滇ICP备12006871号-1　滇公网安备53252802000133号⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校：
为落实劳动教育课程要求，引导学生体验种植过程，县教育局决定在全县中小学开展“营养钵育苗”劳动实践活动。现将有关事项通知如下。
一、活动时间为3月15日至5月15日。
二、各校以班级为单位领取营养钵和种子，每名学生在营养钵中培育1至2株蔬菜或花卉幼苗，并坚持写观察记录。
三、5月中旬，各校评选“育苗小能手”，优秀幼苗可移栽到学校劳动基地。
请各校下载附件2，打印后发给学生填写。
联系人：沈雁，电话：0873-4412276，邮箱：axjyjjcg@163.com。
附件：1.营养钵育苗实践活动安排表
2.学生育苗观察记录表
遨溪县教育局
2025年3月5日
""",
    ),
    dict(
        slug="edu-zeyang-school-fridge-magnet-design-contest",
        site="迮阳县实验小学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zysyxx.cn/xwgg/2025/0410/1532.html",
        title="关于举办“我的家乡”冰箱贴设计大赛的通知",
        record_title="【校园活动】关于举办“我的家乡”冰箱贴设计大赛的通知（附作品要求）",
        date="2025-04-10",
        notes="school site as text: numbered list, 扫码 as content, the school's own contact next to "
        "the site's technical line; 成文日期 under the signature",
        page="""
!m 迮阳县实验小学　校园网
!m 首页 » 校务公开 » 通知公告
{T}
!m 作者：大队部　　点击：562
!a 〔 大字 〕〔 小字 〕〔 打印 〕
{BODY}
!l 上一篇：关于做好春季传染病防控的温馨提示
!l 下一篇：2025年春季运动会竞赛规程
!w 校园网维护：信息中心 0736-7318822（仅限网站技术问题）
!m 迮阳县实验小学 版权所有　湘ICP备09011627号
""",
        indent="\u3000\u3000",
        body="""
全体同学：
为了让同学们更加了解和热爱自己的家乡，学校大队部决定举办“我的家乡”冰箱贴设计大赛。现将有关事项通知如下。
1.参赛对象：三至六年级全体学生。
2.作品要求：以迮阳的山水、美食、古建筑等为题材，设计一枚直径不超过8厘米的冰箱贴图案，可手绘也可用黏土制作。
3.报名方式：请班主任扫描大队部发在班级群里的二维码统一报名。
4.作品于4月30日前交到大队部，优秀作品将制作成冰箱贴，在校园艺术节上展出。
联系人：彭老师，电话：0736-7318805。
迮阳县实验小学大队部
2025年4月10日
""",
    ),
    dict(
        slug="intranet-mingxu-minutes-wall-lamp-quality",
        site="明煦云办公 (invented OA of a lamp maker)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.mingxu-light.local/doc/view?id=20250515003",
        title="壁灯车间质量分析会会议纪要",
        record_title="〔车间纪要〕壁灯车间质量分析会会议纪要 - 明煦云办公",
        date="2025-05-14",
        date_also=["2025-05-15"],
        notes="OA document view: 流转记录, read count, a 标记已阅 button, the IT desk's extension; the minutes' "
        "时间/地点/主持/参会/记录 lines in the body and a defect table; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔车间纪要〕壁灯车间质量分析会会议纪要 - 明煦云办公</title>
<script src="/oa/js/doc-view.js"></script>
</head>
<body>
<div class="oa-head">⟦m 明煦云办公⟧ ⟦m 逄州明煦灯饰有限公司⟧ <span>⟦m 当前用户：质检部 裴源⟧</span> <a>⟦a 注销⟧</a></div>
<div class="oa-menu"><a>⟦m 待办⟧</a><a>⟦m 已办⟧</a><a>⟦m 公文⟧</a><a>⟦m 通讯录⟧</a></div>
<div class="oa-doc">
<div class="doc-meta">⟦m 拟稿：生产部　发文日期：2025-05-15　密级：内部⟧</div>
<h1>{T}</h1>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 标记已阅⟧</button><button>⟦a 转交他人⟧</button><button>⟦a 导出正文⟧</button></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 05-15 09:02 生产部 晏秋 起草⟧</p><p>⟦l 05-15 10:40 副总经理 庞敬 核稿⟧</p><p>⟦l 05-15 11:15 办公室 分发至各部门⟧</p>
<p>⟦m 已阅 38 人 ／ 未阅 6 人⟧</p></div>
</div>
<div class="oa-foot">⟦w 系统故障请拨信息部 8006 分机⟧　⟦d 内部资料，严禁截屏外传⟧</div>
</body>
</html>
""",
        body="""
时间：2025年5月14日下午3:00
地点：公司二楼会议室
主持：庞敬（副总经理）
参会：生产部、质检部、采购部、壁灯车间班组长
记录：晏秋
会议通报了4月份壁灯产品出厂检验情况，分析了主要质量问题，议定事项如下。
问题　　批次数　　主要原因
灯罩划伤　　6　　包装泡棉过薄
底座螺孔偏位　　3　　模具磨损
一、采购部5月底前更换加厚泡棉供应商，质检部负责来料抽检。
二、生产部安排模具维修，维修完成前底座螺孔改为逐件检验。
三、壁灯车间每天下班前召开10分钟质量碰头会，问题当天记录、当天整改。
""",
    ),
    dict(
        slug="intranet-yuyou-bulletin-landing-net-joints-pdf",
        site="渔友户外内网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.yuyou-outdoor.local/notice/2025/0618.html",
        title="关于一批抄网杆折叠接头开裂问题的通报",
        record_title="关于一批抄网杆折叠接头开裂问题的通报.pdf",
        date="2025-06-18",
        notes="file-name record title; intranet text page with a login line, read counts and an IT line; "
        "the quality department's own extension in the body; 成文日期 under the signature",
        page="""
!m 遨溪县渔友户外用品有限公司 · 内部信息网
!m 当前登录：仓储部 韩亭　　[退出]
!m 公告栏 > 质量通报
!t 关于一批抄网杆折叠接头开裂问题的通报.pdf
!a 在线预览 | 下载PDF | 打印
{BODY}
!m 本通报已阅读 126 次
!w 内网打不开？拨打信息组 6620 报修
!d 公司内部文件，未经批准不得对外提供
""",
        body="""
各部门、各车间：
6月上旬，售后部陆续收到客户反映，部分4米款抄网杆使用不久后折叠接头出现开裂。经质检部调查，问题集中在批号为YY2505-03的产品，共计1400支。
原因是该批次接头注塑时原料中回料比例超标，导致接头韧性不足。对此通报如下：
一、对注塑车间班组长及当班检验员给予通报批评，扣发当月质量奖。
二、该批次产品全部召回更换接头，由售后部负责联系客户。
三、各车间要严格执行原料配比规定，发现异常立即停机上报。
咨询请联系质检部，内线电话6613。
遨溪县渔友户外用品有限公司质检部
2025年6月18日
""",
    ),
]
