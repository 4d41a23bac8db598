"""holdout207, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-banchuang-essay-mosquito-lamp-typecho",
        site="半窗灯火 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://banchuang.example.me/archives/612/",
        title="阳台上那盏灭蚊灯",
        record_title="阳台上那盏灭蚊灯 | 半窗灯火 · 夏夜杂记",
        date=None,
        notes="Typecho-like blog: word count, tip button glued after the last paragraph, a further-reading link "
        "between paragraphs, tag cloud, archive, comment form; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>阳台上那盏灭蚊灯 | 半窗灯火 · 夏夜杂记</title>
<meta name="generator" content="Typecho 1.2.1">
<link rel="stylesheet" href="https://banchuang.example.me/usr/themes/quiet/style.css">
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="https://banchuang.example.me/feed/">
</head>
<body>
<header id="header">
<div class="site-name"><a href="/">⟦m 半窗灯火⟧</a><p class="description">⟦m 一个中年人的灯下笔记⟧</p></div>
<nav id="nav-menu">⟦m 首页　夏夜杂记　读书　旧物　留言板⟧</nav>
</header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta">
<li>⟦m 作者：老灯⟧</li>
<li>⟦m 2 天前⟧</li>
<li>⟦m 分类：夏夜杂记⟧</li>
<li>⟦m 全文约 690 字，读完约 3 分钟⟧</li>
</ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：灭蚊灯 / 夏天 / 老房子⟧</p>
</article>
<nav class="page-navigator">⟦l ← 上一篇：楼下那片菜地⟧　⟦l 下一篇：入伏这天吃什么 →⟧</nav>
<div id="comments">
<h3>⟦l 已有 3 条评论⟧</h3>
<ol class="comment-list">
<li>⟦l 阿圆：我家那盏也是紫光的，原来是这个道理⟧</li>
<li>⟦l 北窗：写得真好，夏天就是从这一声“啪”开始的⟧</li>
</ol>
<form id="comment-form"><p>⟦l 称呼 *　邮箱 *　网站⟧</p><textarea></textarea><button>⟦a 提交评论⟧</button></form>
</div>
</div>
<aside id="secondary">
<section class="widget"><h3>⟦l 标签云⟧</h3><p>⟦l 读书 旧物 夏天 菜地 女儿 老房子 灯⟧</p></section>
<section class="widget"><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024/07（4篇）⟧</li><li>⟦l 2024/06（2篇）⟧</li><li>⟦l 2024/05（5篇）⟧</li></ul></section>
</aside>
<footer id="footer">⟦m © 2019–2024 半窗灯火　由 Typecho 驱动　主题 Quiet⟧</footer>
<script src="https://banchuang.example.me/usr/themes/quiet/main.js"></script>
</body>
</html>
""",
        body="""
搬进这套老房子的第一个夏天，蚊子多得出奇。楼下是一片荒了的菜地，傍晚一开窗，嗡嗡声就跟着灯光进了屋。
妻子在网上买了一盏灭蚊灯，紫色的灯管，外面罩着一圈细细的电网。我们把它挂在阳台的晾衣杆上，每到夜里，总能听见“啪”的一声轻响，像有人在远处弹了一下指头。
⟦l 延伸阅读：《楼下那片菜地》⟧
起初我嫌它吵，后来竟习惯了。夏夜读书读到一半，听见那一声，就知道又少了一只来吸血的家伙。
有一回女儿问我，灭蚊灯为什么是紫色的。我答不上来，翻了好些资料才知道，蚊子对这种波长的光格外敏感。她听完，认认真真地在作文本上写了一句：“灯是给蚊子设的陷阱。”
如今女儿已经上了中学，那盏灯换过两次灯管，仍挂在老地方。每年入伏那天，我都会把它取下来，掸掉集虫盒里的灰，再挂回去。夏天，就算正式开始了。⟦a ☕ 请老灯喝杯茶⟧
""",
    ),
    dict(
        slug="blog-lulao-essay-shower-head-wrapped-64",
        site="拧螺丝的老鲁 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://lulao-diy.example.net/post/2024/shower-head.html",
        title="给老房子换花洒的一个周末",
        record_title="给老房子换花洒的一个周末 - 家务手记 - 拧螺丝的老鲁",
        date=None,
        notes="blog text hard-wrapped at 64 columns; a recommendation link on its own line inside the body; "
        "relative post time (no date)",
        page="""
!m 拧螺丝的老鲁 —— 家里的活儿自己干
!m 首页 | 家务手记 | 工具箱 | 关于
{T}
!m 发表于 3 周前　|　分类：家务手记　|　阅读 426
{BODY}
!l 标签：花洒　水垢　生料带
!a 觉得有用就点个赞 👍（31）
!l 上一篇：厨房水槽下水慢，一根铁丝搞定
!l 下一篇：阳台晾衣杆松了怎么加固
!l 评论（5）　| 发表你的看法
!m 本博客文字均为原创，转载请联系老鲁　©2024
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
周六早上洗澡，花洒出水像下毛毛雨，一半的孔都堵死了。这套房子住了十几年，花洒还是装修时候的老款，干脆换个新的。
下午去建材市场转了一圈，店家推荐了一款带三档出水的手持花洒，连软管和支架一起一百二十元。回家拧下旧花洒，接口处全是白色的水垢，软管里也有锈渣。
⟦l 顺手推荐：《厨房水龙头滴水，我是这样修好的》⟧
安装其实不难。先关总阀，把墙上出水口的旧生料带清干净，顺时针缠上七八圈新的，再把软管拧上去，注意垫片别漏放。最后装花洒头，开阀试水，接口一滴不漏。
旧花洒我没扔，泡在白醋里一晚上，第二天用牙签一个孔一个孔地通，居然又通了大半。洗干净后挂在阳台上，给花浇水正好用。
一个周末，花了一百二十元，换来每天早上痛痛快快洗个澡，值了。
""",
    ),
    dict(
        slug="wechat-luchuan-fire-heater-five-donts",
        site="mirror of the WeChat account 鲈川消防 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wxmirror.example.cn/a/luchuanxf/20241202_1",
        title="冬季用取暖器，这五件事千万别做",
        record_title="冬季用取暖器，这五件事千万别做｜鲈川消防 · 公众号文章备份",
        date="2024-12-02",
        notes="WeChat mirror: 原创 line with the account date (the page's date), a star prompt glued before the first "
        "words, a past-issues link between paragraphs, 阅读原文/在看 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>冬季用取暖器，这五件事千万别做｜鲈川消防 · 公众号文章备份</title>
<meta property="og:site_name" content="公号存档馆">
<script>var biz="MzkxNDc2ODQ3MQ==";</script>
</head>
<body>
<div class="mirror-top">⟦m 公号存档馆 · 好文章不怕删⟧　<a href="/search">⟦a 搜公众号⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div id="meta_content">⟦m 原创　鲈川消防　2024年12月02日 18:30　湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按下图识别二维码，关注鲈川消防⟧</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 3.1万⟧　⟦a 赞 206⟧　⟦a 在看 88⟧</div>
<div class="appmsg_more">⟦l 合集：#冬季防火 9个⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的镜像副本，排版可能与原文有出入，图片未能全部保存。⟧</div>
<div class="mirror-foot">⟦m 公号存档馆 wxmirror.example.cn　联系：mirror_admin@example.cn⟧</div>
</body>
</html>
""",
        p_html='<section style="margin:0 8px"><p><span style="font-size:16px">{}</span></p></section>',
        body="""
⟦a 戳标题下方蓝字，把鲈川消防设为星标⟧天气一冷，取暖器又成了家家户户的“香饽饽”。可每年冬天，因为取暖器使用不当引发的火灾也不少。今天，消防员给大家列出五个“千万别”。
一、千万别用取暖器烘衣服。衣物盖在取暖器上，热量散不出去，几分钟就可能引燃。
二、千万别离床铺、沙发太近。取暖器和可燃物之间至少保持1米距离。
三、千万别和大功率电器共用一个插排。取暖器功率一般在两千瓦左右，插排过载容易发热起火。
⟦l 往期回顾丨电动车“进楼入户”到底有多危险？⟧
四、千万别整夜开着睡觉。睡前记得关机断电，老人和孩子的房间更要注意。
五、千万别买“三无”产品。选购时认准3C标志，优先选有倾倒断电和过热保护功能的款式。
如果发现取暖器冒烟、有焦糊味，要第一时间切断电源，不要直接用水泼。遇到火情，请立即拨打119报警。
""",
    ),
    dict(
        slug="wechat-changyuan-pledge-mosquito-lamps-share",
        site="mirror of the WeChat account 鲳园家园 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.example-mirror.cn/s/cyjy/20240620",
        title="关于科学使用灭蚊灯 共建无蚊小区的倡议书",
        record_title="【居民倡议】关于科学使用灭蚊灯 共建无蚊小区的倡议书｜鲳园家园",
        date="2024-06-18",
        date_also=["2024-06-20"],
        notes="WeChat mirror text: a follow prompt glued before the salutation; the account date differs from the "
        "成文日期; a sentence asking readers to share the pledge is content",
        page="""
!t 【居民倡议】关于科学使用灭蚊灯 共建无蚊小区的倡议书
!m 鲳园家园　2024年06月20日 07:45　湖南
!m 微信号：cyjy_shequ
{BODY}
!a 觉得有用？点个“在看”让更多邻居看到
!a 阅读原文　|　写留言
!l 往期推荐
!l ▶ 小区车棚充电新规来了
!l ▶ 暑期“四点半课堂”开始报名
!d 本文镜像自公众号，版权归原作者所有
""",
        gap=True,
        body="""
⟦a 戳上方蓝色小字，一键关注鲳园家园⟧全体居民朋友们：
入夏以来，蚊虫活动日益频繁。为减少蚊虫叮咬，预防登革热等蚊媒传染病，社区居委会向大家发出如下倡议：
一、清积水，断蚊源。每周清理一次阳台花盆托盘、废旧轮胎和楼顶积水，做到“翻盆倒罐”。
二、用好灭蚊灯。楼道、车棚等公共区域的灭蚊灯由物业统一管理，请勿私自拔插；家中使用灭蚊灯要放在远离儿童、远离窗帘的位置，每周清理集虫盒。
三、防叮咬，护健康。傍晚在小区散步时尽量穿长袖长裤，出现发热、皮疹等症状要及时就医。
四、人人参与，互相提醒。请把这份倡议书分享给家人和邻居，一起把小区打造成“无蚊小区”。
鲽城区鲳园社区居民委员会
2024年6月18日
""",
    ),
    dict(
        slug="docshare-juanshu-request-chainsaws-service-wechat",
        site="卷舒文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.juanshu-doc.example.com/d/5b20e7c41a.html",
        title="关于为县林业站购置油锯及个人防护装备的请示",
        record_title="关于为县林业站购置油锯及个人防护装备的请示（可编辑Word版）-卷舒文档",
        date="2024-05-09",
        notes="sharing page: upload notice, points lock, service WeChat beside the request's own contact line; "
        "成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于为县林业站购置油锯及个人防护装备的请示（可编辑Word版）-卷舒文档</title>
<link rel="stylesheet" href="/static/css/doc.css">
<script async src="/static/js/stat.js"></script>
</head>
<body>
<header class="hd">
<a href="/" class="logo">⟦m 卷舒文档⟧</a>
<span class="slogan">⟦m 资料卷舒之间，随取随用⟧</span>
<a href="/upload" class="up">⟦a 上传资料赚积分⟧</a>
</header>
<div class="path">⟦m 卷舒文档 / 公文范本 / 请示报告⟧</div>
<div class="wrap">
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 分享人：林间听风　　页数：2　　浏览 683　　格式：DOCX⟧</div>
<div class="doc-note">⟦d 温馨提示：本资料由网友上传分享，卷舒文档仅提供展示，不对内容真实性负责。⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-lock">⟦a 解锁全文并下载：需 5 积分（您当前积分 0）⟧</div>
<div class="doc-btn"><a>⟦a 积分下载⟧</a> <a>⟦a 开通会员免积分⟧</a></div>
</div>
<div class="side">
<div class="kefu">⟦w 文档疑问请加客服微信 juanshu_kf08⟧</div>
<h4>⟦l 本类热门⟧</h4>
<ul><li>⟦l 关于购置防汛物资的请示⟧</li><li>⟦l 关于申请护林员装备经费的请示⟧</li></ul>
</div>
</div>
<footer>⟦m 卷舒文档 juanshu-doc.example.com　粤ICP备22031877号⟧</footer>
</body>
</html>
""",
        body="""
县人民政府：
我县林区面积大，森林抚育、防火隔离带清理和林业有害生物除治任务重。目前县林业站仅有油锯6台，均已使用8年以上，故障频发，且缺少防割裤、护目面罩等防护装备，存在较大安全隐患。为保障林业生产作业安全，现就购置油锯及防护装备事项请示如下：
一、拟购置专业油锯12台，配套导板、链条等易损件。
二、拟购置防割裤、防护头盔、护目面罩和防震手套各24套。
三、以上设备约需资金15.6万元，拟从森林植被恢复费中列支。
妥否，请批示。
联系人：县林业站　邹怀谷　电话：0746-5217738
鲆岭县林业局
2024年5月9日
""",
    ),
    dict(
        slug="docshare-cangyun-letter-dorm-heaters-docx-cn-date",
        site="藏云资料网 (invented)",
        style="文档分享",
        genre="函",
        kind="notice",
        form="text",
        source="https://www.cangyunziliao.example.cn/share/9a7e6c.html",
        title="关于商请协助开展学生宿舍违规取暖器清查工作的函",
        record_title="关于商请协助开展学生宿舍违规取暖器清查工作的函.docx",
        date="2024-11-25",
        notes="file-name record title; upload notice and points line; 成文日期 in Chinese numerals; the letter's own "
        "contact stays, the site's service QQ goes",
        page="""
!m 藏云资料网　·　公文 / 教案 / 合同 在线分享
!t 关于商请协助开展学生宿舍违规取暖器清查工作的函.docx
!m 分享时间：2024-12-03　　大小：19KB　　下载：41
!d 本文件由网友分享，藏云资料网不对其内容负责；若涉及侵权，请通过页面底部邮箱告知。
{BODY}
!a 完整文件需 3 积分下载　　[ 下载 ]　　[ 加入资料夹 ]
!w 找资料、改材料，请加 QQ 3319057824
!l 你可能也需要：关于商请联合开展消防演练的函.docx　|　学生宿舍安全管理制度.doc
!m 藏云资料网 © 2024　邮箱：service@cangyunziliao.example.cn
""",
        indent="\u3000\u3000",
        body="""
鲈川县消防救援大队：
入冬以来，我院学生宿舍用电负荷明显上升，近期宿管巡查中发现个别学生私自使用“小太阳”、电热毯等取暖器具，存在火灾隐患。为切实做好冬季宿舍消防安全工作，我院拟于12月上旬开展学生宿舍违规取暖器集中清查，特商请贵大队给予以下协助：
一、派员参加清查，现场指导识别违规电器和线路隐患；
二、为宿舍楼长、学生干部开展一次消防安全培训，演示灭火器使用和疏散逃生方法。
具体时间请与我院保卫处联系。联系人：卢见山，电话：0739-6120458。
妥否，盼复。
鲈川职业技术学院
二〇二四年十一月二十五日
""",
    ),
    dict(
        slug="edu-lianyang-notice-campus-mosquito-lamps-attachments",
        site="鲢阳教育网 (invented, county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.lianyang.example.gov.cn/tzgg/2024/0626/3317.html",
        title="关于做好中小学校园灭蚊灯安装和安全管理工作的通知",
        record_title="关于做好中小学校园灭蚊灯安装和安全管理工作的通知-通知公告-鲢阳教育网",
        date="2024-06-24",
        date_also=["2024-06-26"],
        notes="education bureau: large-print and listening links, attachment download links beside the notice's own "
        "附件 list, the bureau's contact and mailbox beside a technical line; 'download attachment 2' is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于做好中小学校园灭蚊灯安装和安全管理工作的通知-通知公告-鲢阳教育网</title>
<link href="/css/jyw_main.css" rel="stylesheet">
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/aria-reader.js"></script>
</head>
<body>
<div class="top">
<span>⟦m 鲢阳县教育体育局主办⟧</span>
<a href="#" class="big">⟦a 大字模式⟧</a> <a href="#" class="voice">⟦a 开启语音朗读⟧</a> <a href="/m/">⟦a 手机版⟧</a>
</div>
<div class="head"><img src="/images/logo_jyw.png" alt="鲢阳教育网"><span>⟦m 鲢阳教育网⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 政务公开⟧</li></ul>
<div class="pos">⟦m 您所在的位置：首页 » 通知公告 » 正文⟧</div>
<div class="news">
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2024-06-26　　发布科室：体卫艺股　　点击数：1286⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">
<p>⟦a 相关附件下载：⟧</p>
<p><a href="/uploads/2024/06/a1.docx">⟦a 附件1：校园灭蚊灯安装要求.docx⟧</a></p>
<p><a href="/uploads/2024/06/a2.xlsx">⟦a 附件2：学校灭蚊灯安装情况统计表.xlsx⟧</a></p>
</div>
<div class="prt">⟦a 【打印正文】【关闭当前页】⟧</div>
</div>
<div class="foot">
<p>⟦m 版权所有：鲢阳县教育体育局　地址：鲢阳县文昌路18号⟧</p>
<p>⟦m 网站技术支持电话：0735-4420888（工作日 9:00—17:00）⟧</p>
<p>⟦m 湘ICP备12006617号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
为做好夏季校园蚊媒传染病防控，营造安全健康的学习环境，经研究，决定在全县中小学校园推广安装灭蚊灯。现将有关事项通知如下：
一、安装位置。灭蚊灯主要安装在食堂、宿舍楼走廊、卫生间外侧和校园绿化带，安装高度不低于1.8米，严禁安装在学生课桌旁和床铺附近。
二、安全管理。各校要指定专人负责灭蚊灯的日常检查，发现电线破损、灯罩松动要立即断电维修；雷雨天气室外灯具要暂停使用。
三、信息报送。请各学校下载附件2，如实填写本校灭蚊灯安装情况，于7月5日前报县教体局体卫艺股。
联系人：体卫艺股　韦少棠　电话：0735-4420619　邮箱：lyjtwy@example.cn
附件：1.校园灭蚊灯安装要求
2.学校灭蚊灯安装情况统计表
鲢阳县教育体育局
2024年6月24日
""",
    ),
    dict(
        slug="edu-lianyang-no2-plan-mower-decimal-headings",
        site="鲢阳教育网·学校频道 (invented)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="http://jyj.lianyang.example.gov.cn/xxpd/erzhong/2024/0423/3108.html",
        title="鲢阳县第二中学校园草坪养护及割草机使用安全方案",
        record_title="〔后勤保障〕鲢阳县第二中学校园草坪养护及割草机使用安全方案_学校频道_鲢阳教育网",
        date="2024-04-22",
        notes="school page on the county education portal; decimal headings 1.1–3.2; a font-size row glued after "
        "the first sentence; 成文日期 under the signature",
        page="""
!m 鲢阳教育网　学校频道　鲢阳县第二中学
!m 位置：学校频道 ＞ 鲢阳二中 ＞ 校务公开
{T}
!m 来源：鲢阳二中后勤处　　时间：2024-04-23　　阅读：219
{BODY}
!a 〖打印〗　〖返回顶部〗　〖关闭〗
!l 上一篇：鲢阳二中2024年春季运动会秩序册
!l 下一篇：关于做好学生午休管理的通知
!m 主办：鲢阳县教育体育局　技术支持：0735-4420888
""",
        body="""
为规范校园草坪养护，防止割草作业发生伤人事故，结合我校实际，制定本方案。⟦a 字号：〔大〕〔中〕〔小〕⟧
1 养护安排
1.1 校园草坪由后勤处统一养护，5月至10月每半个月修剪一次。
1.2 修剪时间安排在周六、周日或寒暑假，上课期间一律不得使用割草机作业。
2 安全措施
2.1 作业前由操作人员检查刀片、护罩和集草袋，并清除草坪内的石块、树枝等杂物。
2.2 作业区域四周设置警戒线和“正在割草 请勿靠近”提示牌，学生不得进入。
2.3 割草机使用的汽油存放在后勤仓库专用油柜内，严禁带入教学楼。
3 责任分工
3.1 后勤处负责割草机的保管、维护和操作人员培训。
3.2 政教处负责对学生开展安全教育，各班主任做好提醒。
鲢阳县第二中学
2024年4月22日
""",
    ),
    dict(
        slug="oa-lanquan-minutes-shower-quality-flow-record",
        site="澜泉卫浴协同办公平台 (invented, intranet OA)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.lanquan-bath.example.local/doc/view.do?id=20240318007",
        title="花洒产品质量分析会会议纪要",
        record_title="〔质量例会〕花洒产品质量分析会会议纪要 - 澜泉协同办公平台",
        date="2024-03-14",
        date_also=["2024-03-18"],
        notes="OA document view: 流转记录, read count, an 'I have read it' button; the minutes' 时间/地点/主持/参会/记录 "
        "lines stay; the meeting date is expected, the filing date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质量例会〕花洒产品质量分析会会议纪要 - 澜泉协同办公平台</title>
<link rel="stylesheet" href="/oa/theme/blue/main.css">
<script src="/oa/js/doc-view.js"></script>
</head>
<body>
<div class="oa-top">⟦m 澜泉协同办公平台⟧　⟦m 当前用户：孟晓（质量部）⟧　<a href="/oa/logout">⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　知识库⟧</div>
<div class="doc-head">
<h2>{T}</h2>
<table class="doc-prop">
<tr><td>⟦m 文档类别：会议纪要⟧</td><td>⟦m 归档日期：2024-03-18⟧</td></tr>
<tr><td>⟦m 拟稿部门：质量部⟧</td><td>⟦m 保密等级：内部⟧</td></tr>
</table>
</div>
<div class="doc-text">
{BODY}
</div>
<div class="doc-act"><button>⟦a ✔ 已阅，关闭此件⟧</button> <button>⟦a 转发同事⟧</button></div>
<div class="flow">
<h4>⟦l 流转记录⟧</h4>
<p>⟦l 03-18 09:12　孟晓　拟稿⟧</p>
<p>⟦l 03-18 10:40　祁望舒　审核通过⟧</p>
<p>⟦l 03-18 14:05　办公室　分发至各部门⟧</p>
</div>
<div class="read">⟦m 已读 23 人　未读 4 人⟧</div>
<div class="oa-foot">⟦m 鲚州澜泉卫浴有限公司　信息中心维护　内线 8016⟧</div>
</body>
</html>
""",
        body="""
时间：2024年3月14日下午2:30
地点：公司三楼质量会议室
主持：副总经理　祁望舒
参会：质量部、生产部、技术部、售后服务部负责人及花洒车间班组长
记录：质量部　孟晓
会议通报了2月份手持花洒客户投诉情况，分析了主要质量问题，研究了改进措施。纪要如下：
一、2月份共收到花洒相关投诉47起，其中出水孔堵塞21起、软管接口渗水15起、按键失灵11起。
二、出水孔堵塞主要与硅胶粒配方有关，由技术部牵头于3月底前完成新配方验证。
三、软管接口渗水问题，生产部要加强垫片装配后的气密检测，抽检比例由5%提高到20%。
四、售后服务部对已投诉用户逐户回访，免费更换问题配件。
会议要求各部门按分工抓好落实，4月份例会通报整改情况。
""",
    ),
    dict(
        slug="intranet-ruiye-bulletin-mower-blade-injury",
        site="锐野园林机械内网 (invented, company intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.ruiye-machinery.example.local/notice/2024/0411.html",
        title="关于总装二线一起割草机刀盘划伤事故的通报",
        record_title="安全通报栏 » 关于总装二线一起割草机刀盘划伤事故的通报",
        date="2024-04-11",
        notes="intranet text page: a mark-as-read row, a confidentiality line glued after the last paragraph, "
        "a company signature with 成文日期",
        page="""
!m 锐野园林机械 · 企业门户
!m 公告栏 › 安全通报
{T}
!m 发布部门：安全环保部　　浏览：312　　附件：0
!a 标记为已读　　导出为PDF　　发送到邮箱
{BODY}
!l 上一条：关于开展4月份消防器材检查的通知
!l 下一条：总装一线5S管理现场评比结果
!m 信息中心　内线电话 8200　　本门户仅限公司内网访问
""",
        body="""
各部门、各车间：
4月9日上午，总装二线员工刘某在调试割草机刀盘时，未按规定切断电源、未佩戴防割手套，伸手调整刀片位置，被意外转动的刀盘划伤左手，经医院缝合治疗，伤情稳定。
经调查，事故主要原因是当事人违反操作规程，班组长现场监管不到位，调试工位缺少防误启动装置。
为吸取教训，公司决定：一、对当事人及班组长进行通报批评，并扣发当月安全奖；二、总装线所有调试工位于4月20日前加装急停按钮和防误启动锁；三、各车间4月份开展一次安全操作规程全员考试，不合格者不得上岗。
希望全体员工引以为戒，严格遵守操作规程，杜绝类似事故再次发生。⟦d 【内部资料　请勿外传】⟧
鲦山县锐野园林机械有限公司安全生产委员会
2024年4月11日
""",
    ),
]
