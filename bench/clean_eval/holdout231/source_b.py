"""holdout231, part B: blogs, WeChat mirrors, document-sharing sites, education portals,
enterprise intranets. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="laofan-blog-essay-parents-monitor",
        site="老樊的自留地 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laofan.example-blog.cn/archives/1187/",
        title="给爸妈家那台旧显示器做了一次“体检”",
        record_title="给爸妈家那台旧显示器做了一次“体检” | 老樊的自留地",
        date="2024-03-09",
        notes="blog post: byline 发表于 is the page's date; calendar widget, tag cloud, archive, comment form; a related-post line between paragraphs and a like prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>给爸妈家那台旧显示器做了一次“体检” | 老樊的自留地</title>
<link rel="stylesheet" href="/usr/themes/plain/style.css">
</head>
<body>
<header><p class="site-name">⟦m 老樊的自留地⟧</p><p class="desc">⟦m 修修电脑，写写家常⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 折腾记⟧</a> <a>⟦m 家常⟧</a> <a>⟦m 留言板⟧</a></nav></header>
<main>
<article>
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发表于 2024-03-09 ┆ 分类：折腾记 ┆ 围观 406 次⟧</div>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 本文标签：显示器　老人　电脑设置⟧</p>
<div class="post-near">⟦l ← 较早：把路由器从柜子里请出来⟧　⟦l 较新：给老妈手机装了个大字桌面 →⟧</div>
<div id="comments"><h3>⟦l 已有 3 条评论⟧</h3>
<p>⟦l 阿甘的橡皮：VGA线螺丝松这个太常见了，学到了⟧</p>
<form><p>⟦l 称呼（必填）　邮箱（不会公开）　网站⟧</p><button>⟦a 提交留言⟧</button></form></div>
</article>
</main>
<aside>
<div class="widget">⟦l 2024年三月　一 二 三 四 五 六 日⟧</div>
<div class="widget"><h4>⟦l 标签云⟧</h4>⟦l 路由器 显示器 打印机 老人 手机 旧物⟧</div>
<div class="widget"><h4>⟦l 往期归档⟧</h4><ul><li>⟦l 2024年三月（5）⟧</li><li>⟦l 2024年二月（3）⟧</li></ul></div>
</aside>
<footer>⟦m © 2016-2024 老樊的自留地 · 基于 Typecho 搭建⟧</footer>
<script src="/usr/themes/plain/js/comments.js"></script>
</body>
</html>
""",
        body="""
上周末回老家，老妈说电脑屏幕“越看越花”，看一会儿眼睛就酸。那台显示器是我十年前淘汰下来的，二十二寸，她平时用来看戏曲视频。
我先检查了接线。显示器和主机之间还是老式的VGA线，接口螺丝松了一颗，画面时不时抖一下。拧紧之后，抖动没了。
⟦l 顺手看看：《老人用电脑，先把这三个设置改了》⟧
再看设置。亮度被调到了100，对比度却只有30，整个画面白茫茫的。我把亮度降到45，对比度提到70，又把分辨率改回显示器推荐的1920×1080，字一下子清楚了。
最后是摆放。显示器原来放在窗户对面，下午阳光直射屏幕，反光很厉害。我把桌子挪到侧面，又把屏幕往下压了一点，让屏幕上沿和眼睛差不多平。⟦a 觉得有用点个赞👍⟧
调完以后，老妈试着看了一段黄梅戏，说“跟新买的一样”。其实不用花钱，很多老显示器只是没调好。
""",
    ),
    dict(
        slug="shantang-blog-memoir-fathers-stb-wrapped",
        site="山塘夜话 (invented, old-style hosted blog)",
        style="博客",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://blog.example-host.cn/u/shantangyehua/art_20240211.html",
        title="父亲的机顶盒",
        record_title=None,
        date=None,
        notes="no record title: the title line on the page; memoir hard-wrapped at 56 columns; only a year and relative times (no date)",
        page="""
!m 山塘夜话的博客
!m 首页　博文目录　图片　关于我
{T}
!m 分类：旧事　｜　更新于 5 天前　｜　阅读(218)　评论(6)
{BODY}
!a 分享到：微博　QQ空间　复制链接
!l 前一篇：腊月里的油灯　　后一篇：外婆的针线篮
!l 评论（6）：
!l 晚风：看哭了，我家也有这么一个小盒子。
!l 一叶：胶布那个办法真好。
!m 博客服务由某某博客提供　客服邮箱 help@example-host.cn
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
父亲是在二〇一二年冬天装上第一台机顶盒的。那年县里搞有线电视数字化，工作人员上门拆了旧天线，留下一个黑色的小盒子和两个遥控器。
两个遥控器让父亲犯了难。一个管电视，一个管机顶盒，他总是拿错。有一回我打电话回家，他说电视“坏了”，一晚上只有蓝屏。我在电话里让他找到那个长一点的遥控器，按“输入源”，再按“确定”，画面才出来。
后来我在两个遥控器背面各贴了一张白胶布，用毛笔写上“开”和“换台”。父亲说这个办法好，逢人就夸。
前年机顶盒升级，换成了能点播的新款，胶布也跟着换了新的。父亲走后，那台旧机顶盒一直留在电视柜下面，遥控器背面的字已经磨得看不清了。
我没有舍得扔。有时回老家，按一下开关，小灯还会亮起来，像父亲还坐在沙发上等着看新闻联播。
""",
    ),
    dict(
        slug="rangkou-wechat-mirror-pledge-usb-safety",
        site="公号书架 mirror of the account 瀼口网信 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://gzhshujia.example.cn/a/rkwx/20240416_1.html",
        title="关于规范使用U盘　守护数据安全的倡议书",
        record_title="关于规范使用U盘　守护数据安全的倡议书｜瀼口网信 · 往期存档",
        date="2024-04-15",
        date_also=["2024-04-16"],
        notes="WeChat mirror: account line with a later date than the signature, a follow prompt glued before the salutation, 阅读原文/在看 rows, a QR line and the mirror's archive note; 分享 as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范使用U盘　守护数据安全的倡议书｜瀼口网信 · 往期存档</title>
<meta property="og:site_name" content="公号书架">
</head>
<body>
<div class="shelf-top">⟦m 公号书架 · 好文章不怕找不到⟧　<a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <a>⟦m 瀼口网信⟧</a> <em>⟦m 2024年04月16日 18:02 贵州⟧</em></div>
<div class="rich_media_content">
{BODY}
<p>⟦m 来源：县委网信办　编辑：蒲小溪⟧</p>
</div>
<div class="bottom-bar">⟦a 查看原文⟧　⟦l 阅读 1.3万⟧　⟦l ♡ 喜欢⟧　⟦l 转发给朋友⟧</div>
<div class="qrcode">⟦a 长按识别二维码，关注瀼口网信⟧</div>
</div>
<div class="shelf-note">⟦d 本页为公号书架自动留存的文章副本，方便检索查阅；原文以公众号为准⟧</div>
<div class="shelf-more"><h4>⟦l 该号近期文章⟧</h4><ul><li>⟦l 警惕！这类“免费WiFi”别乱连⟧</li><li>⟦l 网络安全宣传周瀼口活动预告⟧</li></ul></div>
<script src="/js/lazyimg.js"></script>
</body>
</html>
""",
        p_html='<section style="line-height:1.75em;"><p>{}</p></section>',
        body="""
⟦a 戳上方蓝字“瀼口网信”，一起守护网络安全⟧广大干部职工、居民朋友们：
U盘小巧方便，是我们日常工作生活中最常用的存储工具，但也是数据泄露、病毒传播的重要通道。为守护好个人信息和工作数据安全，我们向大家发出如下倡议：
一、公私分开。工作U盘只存工作资料，不与个人电脑、网吧电脑、打印店电脑混用。
二、用前查毒。U盘插入电脑后先用杀毒软件扫描，再打开文件，不随意运行来历不明的程序。
三、及时清理。借给他人或送修前，先备份并彻底删除U盘里的资料；报废的U盘要物理损毁，不能随手丢弃。
四、不捡来历不明的U盘。在停车场、电梯里捡到的U盘，不要好奇插到电脑上，可交给单位保卫部门或派出所。
请大家把这份倡议分享给身边的亲友，共同筑牢数据安全防线。
瀼口县委网信办
2024年4月15日
""",
    ),
    dict(
        slug="danhu-eco-wechat-mirror-ink-cartridge-sorting",
        site="微文馆 mirror of the account 萏湖生态环境 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.weiwenguan.example.cn/s/dhsthj/2024060501.html",
        title="用完的墨盒，别扔进“其他垃圾”桶",
        record_title="【环保小课堂】用完的墨盒，别扔进“其他垃圾”桶",
        date="2024-06-05",
        notes="WeChat mirror text: the account line gives the page's date; a follow prompt glued before the first words; past-articles list, QR and interaction rows",
        page="""
!m 微文馆 — 公众号文章在线看
!t 【环保小课堂】用完的墨盒，别扔进“其他垃圾”桶
!m 原创　萏湖生态环境　2024-06-05 08:30
{BODY}
!m 文字：生态宣教中心　校对：乔语
!l ▼ 往期精彩
!l 夏季臭氧污染，这些防护知识请收好
!l 家里过期的药，到底该怎么扔？
!a 扫一扫下方二维码，关注萏湖生态环境
!l 分享　｜　点赞　｜　在看
""",
        gap=True,
        body="""
⟦a 点蓝字关注，环保知识天天学⟧6月5日是环境日。今天我们聊聊办公室里一个不起眼的小东西——打印机墨盒。
墨盒看着只是塑料壳，里面却残留着墨水，有的还带有芯片和电路板。如果随生活垃圾一起填埋或焚烧，残余墨水中的有机溶剂可能污染土壤和空气。
按照我市生活垃圾分类指引，废墨盒、废硒鼓属于有害垃圾，应投放到红色的有害垃圾收集容器。机关、学校、企业用量较大的，可以联系供货商回收，很多品牌都有空盒回收服务。
家里打印机用的墨盒，也可以攒几个以后一起送到社区回收点。萏香、樘西两个社区的回收点每周六上午开放。
小小墨盒，分类投放，就是为蓝天净土出一份力。
""",
    ),
    dict(
        slug="gongxiang-docshare-contract-template-cables-docx",
        site="共享文档馆 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.gxwdg.example.cn/view/b7e20c41.html",
        title="网线及布线材料采购合同",
        record_title="网线及布线材料采购合同.docx",
        date=None,
        notes="file-name record title; a sharing page with an upload notice, a points lock and a service WeChat; a contract template with ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日 (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>网线及布线材料采购合同.docx - 共享文档馆</title>
</head>
<body>
<div class="hd">⟦m 共享文档馆⟧　<span>⟦m 你的资料，大家的书架⟧</span>　<a>⟦a 上传赚积分⟧</a></div>
<div class="file-bar"><h1>⟦t 网线及布线材料采购合同.docx⟧</h1>
<p>⟦m 分享者：瀼滨布线工　大小：26KB　共2页　收藏 38⟧</p>
<p>⟦m 上传：4 天前⟧</p></div>
<div class="notice-up">⟦d 此文件由分享者自行上传，平台不审核其内容，使用前请自行核对条款⟧</div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 下载原文件需消耗6积分，积分不足可签到领取⟧</div>
<div class="kefu">⟦w 文件打不开？加客服微信 gxwdg_kf07 帮你处理⟧</div>
<div class="more"><h4>⟦l 分享者的其他文件⟧</h4><ul><li>⟦l 弱电工程施工合同（简版）.docx⟧</li><li>⟦l 监控安装验收单.xlsx⟧</li></ul></div>
<div class="ft">⟦m 共享文档馆 © 2024　苏ICP备21039466号⟧</div>
<script src="/js/points-lock.js"></script>
</body>
</html>
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关规定，甲乙双方就网线及布线材料采购事宜，经协商一致，订立本合同。
第一条　采购内容：六类非屏蔽网线＿＿箱（每箱305米），水晶头＿＿个，信息面板＿＿个，具体型号以附表为准。
第二条　质量要求：网线导体应为无氧铜，不得使用铜包铝、铜包钢材料；每批货物须附出厂检测报告。
第三条　合同金额：人民币（大写）＿＿＿＿元整（¥＿＿＿＿），含税、含运费。
第四条　交货地点：××市××区××路××号，乙方应于合同签订后＿＿日内送达。
第五条　验收：甲方随机抽取不少于两箱进行通断及长度测试，不合格的，乙方应在7日内无偿更换。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="wendangwu-docshare-request-teacher-monitors-wps",
        site="文档屋 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://m.wendangwu.example.cn/d/20240905/61739.html",
        title="灈水镇中心小学关于更换教师办公显示器的请示",
        record_title="灈水镇中心小学关于更换教师办公显示器的请示.wps",
        date="2024-09-03",
        notes="file-name record title (.wps); the request's own 联系人/电话 beside the site's service WeChat; 成文日期 in Chinese numerals; an upload stamp that is no date",
        page="""
!m 文档屋 · 手机版
!t 灈水镇中心小学关于更换教师办公显示器的请示.wps
!m 格式：WPS　｜　1页　｜　上传于 2024-09-05　｜　热度 67
!d 内容由网友分享，文档屋仅提供浏览与存储服务；如有侵权请联系我们删除。
{BODY}
!a 已显示全部内容　｜　下载到手机　｜　发送到电脑
!w 找不到想要的范文？文档屋客服微信：wdw_help88
!l 猜你在找：学校关于购置办公电脑的请示　｜　关于维修教室电子白板的请示
""",
        indent="\u3000\u3000",
        body="""
镇教育办：
我校现有教师办公电脑46台，其中31台显示器为2013年配备的17英寸老式显示器，近两年陆续出现闪屏、发黄、无法开机等问题，已报废9台，部分教师只能两人合用一台电脑备课，影响了正常教学工作。
为改善教师办公条件，我校拟更换22英寸护眼显示器31台，经询价，每台约680元，合计约2.1万元，从学校公用经费中列支。更换下来的旧显示器，将按固定资产报废程序处理。
妥否，请批示。
联系人：邵雯，电话：0735-4417206。
灈水镇中心小学
二〇二四年九月三日
""",
    ),
    dict(
        slug="danhu-edu-notice-usb-virus-attachment-link",
        site="萏湖区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.danhu.example.gov.cn/tzgg/2024/0903/10388.html",
        title="关于做好教师办公U盘病毒防护工作的通知",
        record_title="关于做好教师办公U盘病毒防护工作的通知-通知公告-萏湖区教育信息网",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="education portal: 适老/读屏 links, an attachment download link beside the body's 附件 list, the notice's contact beside the site's technical-support line; 下载附件 as content; page date differs from the document date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于做好教师办公U盘病毒防护工作的通知-通知公告-萏湖区教育信息网</title>
<script src="/js/a11y-toolbar.js"></script>
</head>
<body>
<div class="top">⟦m 萏湖区教育信息网⟧　<a>⟦a 大字模式⟧</a>　<a>⟦a 语音读屏⟧</a>　<a>⟦a 教师登录⟧</a></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策文件⟧</li><li>⟦m 校园风采⟧</li></ul>
<div class="path">⟦m 当前栏目：首页 ＞＞ 通知公告⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="sub">⟦m 发布人：区电教中心　发布日期：2024-09-03　阅读：1572⟧</div>
<div class="content">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：U盘病毒查杀及文件恢复操作指南.pdf（1.2MB）⟧<br>⟦a 附件下载：学校办公电脑杀毒软件安装登记表.xls（18KB）⟧</div>
<div class="act">⟦a 【打印这一页】⟧　⟦a 【关闭】⟧</div>
</div>
<div class="foot">
<p>⟦m 萏湖区教育局主办　萏湖区电化教育中心维护⟧</p>
<p>⟦m 网站技术支持热线：0746-2280011（仅受理网站故障）⟧</p>
<p>⟦m 湘ICP备10041297号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
开学以来，区内多所学校反映教师办公电脑感染“快捷方式”病毒，U盘里的课件变成无法打开的快捷方式。为保障教育教学资料安全，现就做好教师办公U盘病毒防护工作通知如下。
一、请各校于9月10日前为办公电脑统一安装区教育城域网配发的杀毒软件，并开启U盘插入自动扫描功能。
二、各校信息管理员要教会教师使用附件中的方法恢复被隐藏的文件，不得随意格式化U盘。
三、教师不得在打印店、网吧电脑上插用存有学生信息的工作U盘。
请各校下载附件，组织教师在本周教研活动时学习。
联系人：区电教中心　戴新宇，电话：0746-2283150。
附件：1. U盘病毒查杀及文件恢复操作指南
2. 学校办公电脑杀毒软件安装登记表
萏湖区教育局
2024年9月2日
""",
    ),
    dict(
        slug="gengxi-edu-plan-ink-cartridge-procurement-table",
        site="浭溪教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.gengxi-edu.example.cn/Article/ShowArticle.asp?ArticleID=5512",
        title="浭溪县中小学打印机墨盒集中采购实施方案",
        date="2024-09-06",
        date_also=["2024-09-09"],
        notes="title as the record gives it; a data table one row a paragraph with cells apart by ideographic spaces; portal chrome with an elder-mode row",
        page="""
!m 浭溪教育网　｜　浭溪县教育局主办
!a 〖关怀模式〗〖无障碍浏览〗〖English〗
!m 网站首页 → 教育动态 → 文件通知
{T}
!m 作者：计财股　　来源：本站原创　　点击数：389　　更新时间：2024-9-9
{BODY}
!a 【发表评论】【告诉好友】【打印此文】【关闭窗口】
!l 上一篇文章：关于做好秋季学期教材发放工作的通知
!l 下一篇文章：浭溪县2024年教师节表彰名单公示
!m 浭溪县教育局　地址：浭溪县兴学路12号　邮编：417300
""",
        body="""
为规范全县中小学打印耗材采购，降低办公成本，县教育局决定对打印机墨盒实行集中采购，特制定本方案。
一、采购范围
全县中小学、幼儿园日常办公使用的喷墨、激光打印机墨盒及硒鼓。
二、采购数量及预算
品类　数量　预算单价　预算金额
黑色墨盒　1200个　85元　10.2万元
彩色墨盒　480个　120元　5.76万元
激光硒鼓　360个　160元　5.76万元
三、实施步骤
（一）9月15日前，各校上报本学期墨盒需求及打印机型号；（二）9月30日前，县教育局委托代理机构组织询价采购；（三）10月中旬，中标供应商按学校分送到位。
四、工作要求
各校不得再自行零星采购墨盒，用完的空墨盒由供应商统一回收。
浭溪县教育局
2024年9月6日
""",
    ),
    dict(
        slug="tangdian-oa-minutes-design-monitors",
        site="樘岭电力设备有限公司协同OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.tangdian.example.local/doc/view.do?id=20240417-0032",
        title="关于设计部显示器集中更换的专题会议纪要",
        record_title="【已办结】关于设计部显示器集中更换的专题会议纪要｜樘电协同OA",
        date="2024-04-17",
        notes="OA document view: the minutes' 时间 line is the date; 时间/地点/主持/参会/记录 lines in the body; a circulation log, a read count and a mark-as-read button",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【已办结】关于设计部显示器集中更换的专题会议纪要｜樘电协同OA</title>
<script src="/oa/static/js/flow.js"></script>
</head>
<body>
<div class="oa-head">⟦m 樘电协同OA⟧　<span>⟦m 当前用户：韦小蔓（综合部）⟧</span>　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　通讯录⟧</div>
<div class="oa-path">⟦m 会议管理 / 会议纪要 / 查看⟧</div>
<div class="doc-view">
<h2>{T}</h2>
<div class="doc-attr">⟦m 拟稿：综合部　密级：内部　紧急程度：普通⟧</div>
<div class="doc-text">
{BODY}
</div>
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-04-17 16:20　韦小蔓　拟稿⟧</p>
<p>⟦l 2024-04-18 09:02　程立峰　核稿同意⟧</p>
<p>⟦l 2024-04-18 10:45　系统　分发至参会部门⟧</p></div>
<div class="read">⟦m 已阅 14 人　未阅 2 人⟧　<button>⟦a 标为已读⟧</button>　<button>⟦a 存为PDF文件⟧</button></div>
<div class="oa-foot">⟦m 信息中心 IT服务台 分机 8000⟧</div>
</body>
</html>
""",
        body="""
时间：2024年4月17日上午9:00
地点：公司三楼第二会议室
主持：副总经理　程立峰
参会：综合部、设计部、财务部、信息中心负责人
记录：综合部　韦小蔓
会议听取了信息中心关于设计部显示器使用情况的汇报，研究了集中更换事项。纪要如下：
一、设计部现有显示器28台，其中19台为2016年采购，色彩偏差明显，影响图纸校核。会议同意将这19台全部更换为27英寸专业显示器。
二、由信息中心负责编制技术参数，财务部审核预算，采购按公司小额采购流程办理，5月15日前到货安装。
三、换下的旧显示器经信息中心清除数据后，调剂给综合部、后勤等岗位使用，确实不能使用的按资产报废处理。
""",
    ),
    dict(
        slug="tangdian-intranet-rules-usb-articles",
        site="樘岭电力设备有限公司内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://intranet.tangdian.example.local/zhidu/it/0412.html",
        title="移动存储介质使用管理规定",
        record_title="〖内控制度〗移动存储介质使用管理规定（2024修订稿）",
        date=None,
        notes="intranet rules with 第N条 articles that speak of 下载/拷贝/打印; a year only in the decorated title (no date); an internal-use notice and an IT desk line",
        page="""
!m 樘电内网　｜　首页　公告　制度　通讯录　IT自助
!m 制度汇编 » 信息管理类
!t 〖内控制度〗移动存储介质使用管理规定（2024修订稿）
!m 发文部门：信息中心　　阅读 211 次
{BODY}
!d 本页内容仅供公司员工内部查阅，未经许可不得截图外传。
!l 同类制度：办公电脑使用管理办法　｜　信息系统账号管理细则
!m IT服务台：分机8000　工作时间 8:00-17:30
""",
        body="""
第一条　为加强公司移动存储介质管理，防止数据泄露和病毒传播，制定本规定。
第二条　本规定所称移动存储介质，是指U盘、移动硬盘、存储卡等可移动的数据存储设备。
第三条　工作用U盘由信息中心统一采购、编号、登记后发放，员工不得使用个人U盘拷贝公司文件。
第四条　从互联网下载的文件，须经杀毒软件扫描后方可拷入工作U盘；严禁用工作U盘存放与工作无关的软件和影音文件。
第五条　需要在外部打印店打印公司资料的，应使用信息中心配发的只读U盘，打印完毕当场删除文件。
第六条　工作U盘遗失的，应在24小时内报告信息中心。
第七条　员工离职或调岗时，应将工作U盘交回信息中心，经数据清除后方可重新发放。
第八条　本规定由信息中心负责解释，自印发之日起施行。
""",
    ),
]
