"""holdout168, part A. Invented documents, sites and chrome; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-caogen-speech-purslane-coop",
        site="草根笔谈范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.caogenbt.net/jianghua/nongcun/2024/0611/5582.html",
        title="在蕖川县马齿苋种植合作社成立大会上的讲话",
        record_title="在蕖川县马齿苋种植合作社成立大会上的讲话（精选3篇）_草根笔谈范文",
        date="2024-06-07",
        notes="old gb2312 table layout with marquee and visitor counter; date only under the speech title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在蕖川县马齿苋种植合作社成立大会上的讲话（精选3篇）_草根笔谈范文</title>
<script language="javascript" src="/js/count.js"></script>
</head><body bgcolor="#f5f5f0">
<table width="960" align="center"><tr><td><font size="2">⟦m 草根笔谈范文 —— 笔下有田野⟧</font></td><td align="right">⟦a 设为主页⟧ | ⟦a 加入书签⟧</td></tr></table>
<marquee scrollamount="3">⟦m 本站新增讲话稿频道，每日更新二十篇，敬请留意！⟧</marquee>
<table width="960" align="center"><tr><td>⟦m 所在位置：草根笔谈 &raquo; 讲话稿 &raquo; 农村讲话⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<div>⟦m 录入：麦穗儿　　更新：2024-06-11　　人气：<span id="v">318</span>⟧</div>
<div>⟦a 【字号：放大 还原 缩小】【发给朋友】⟧</div>
<p align="center">（2024年6月7日）</p>
{BODY}
<div>⟦l 前一篇：在全镇茶叶采摘技能比武上的致辞⟧</div>
<div>⟦l 后一篇：村级合作社年终分红大会主持词⟧</div>
</td><td width="260" valign="top">
<div>⟦l 讲话稿排行⟧</div>
<div>⟦l ◇ 合作社理事长就职表态发言⟧</div>
<div>⟦l ◇ 乡村振兴现场推进会讲话两篇⟧</div>
<div>⟦m 您是本站第 0041732 位访客⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center"><font size="2">⟦d 文章由网友投递，如涉及版权请发函告知，核实后七日内处理。⟧<br>⟦m 草根笔谈范文 caogenbt.net 黔ICP备15008731号⟧</font></td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
各位社员、同志们：
今天，蕖川县马齿苋种植专业合作社正式成立了。我代表镇党委、镇政府，向合作社的成立表示热烈祝贺！
马齿苋过去是田边地头的野菜，如今已成为我们镇的特色产业。去年全镇种植面积达到860亩，鲜品和干品销往省内外，户均增收4200元。
合作社成立后，要做好三件事：一是统一种苗和技术标准，二是统一收购和初加工，三是统一品牌和销售。希望理事会把章程用好，把账目公开，让每一户社员都放心。
镇里将在冷库建设、品牌认证和技术培训上给予支持。祝合作社越办越红火！
""",
    ),
    dict(
        slug="wenku-xuehai-plan-gasmeter-replace",
        site="学海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.xuehai88.com/view/a7c2e91f0b33.html",
        title="苘阳市老旧小区燃气表更换工作实施方案",
        record_title="苘阳市老旧小区燃气表更换工作实施方案.docx",
        date="2024-03-18",
        notes="file-name record title; preview page cut by markers of our own; 成文日期 at the end",
        page="""
!m 学海文库 · 海量文档在线阅读
!m 分类：行业资料 › 能源燃气
!t 苘阳市老旧小区燃气表更换工作实施方案.docx
!m 页数：4　　大小：36KB　　上传时间：3天前
!a 立即下载　|　加入文件夹　|　举报
{BODY}
!a 预览已到末页，余下内容请下载后查阅
!a 本文档需消耗8下载券　　开通包月可免券下载
!d 文档为会员自行上传，学海文库只提供存储空间，不对内容负责。
!l 相似文档：燃气安全入户检查方案　｜　管道燃气改造工作计划
""",
        pages=dict(fmt="⦅{n}⦆", every=130, start=2),
        body="""
为消除老旧小区居民用户燃气计量安全隐患，根据省住房城乡建设厅有关通知要求，结合我市实际，制定本方案。
一、更换范围
全市2006年以前投入使用、使用年限超过十年的膜式燃气表，共计约4.7万只，涉及87个小区。
二、工作步骤
（一）摸底登记：3月底前，燃气公司逐户登记表具型号和安装位置。
（二）集中更换：4月至9月，按小区分批更换为带切断功能的智能燃气表，更换费用由燃气企业承担。
（三）验收回访：每个小区更换完毕后，由街道、物业和燃气公司联合验收。
三、工作要求
入户人员须佩戴工作证，不得向居民收取任何费用，发现违规收费的一律严肃处理。
苘阳市住房和城乡建设局
2024年3月18日
""",
    ),
    dict(
        slug="gov-heyuan-notice-fishskin-heritage",
        site="荇溪县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xingxi.gov.cn/zwgk/tzgg/202405/t20240520_77120.html",
        title="荇溪县文化和旅游局关于申报鱼皮画技艺传习点的通知",
        record_title="荇溪县文化和旅游局关于申报鱼皮画技艺传习点的通知-荇溪县人民政府网",
        date="2024-05-16",
        date_also=["2024-05-20"],
        notes="county portal with 索引号 table, 长者模式 links; document's own contact next to the portal's fault line; 附件 list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>荇溪县文化和旅游局关于申报鱼皮画技艺传习点的通知-荇溪县人民政府网</title>
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="topbar">⟦a 长辈版⟧ ⟦a 读屏专用⟧ ⟦a 简/繁⟧ ⟦m 今天是：<span id="today"></span>⟧</div>
<header><div class="logo">⟦m 荇溪县人民政府⟧</div>
<nav><a>⟦m 首页⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 办事服务⟧</a><a>⟦m 互动交流⟧</a><a>⟦m 走进荇溪⟧</a></nav></header>
<div class="crumb">⟦m 您的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11230825MB1X07-/2024-0520-003⟧</td><td>⟦m 主题分类：文化、旅游⟧</td></tr>
<tr><td>⟦m 发文机关：荇溪县文化和旅游局⟧</td><td>⟦m 公开日期：2024-05-20⟧</td></tr>
</table>
<article>
<h1>{T}</h1>
<p class="wh">荇文旅发〔2024〕21号</p>
{BODY}
</article>
<div class="tool">⟦a 【打印此页】⟧ ⟦a 【关闭本页】⟧ ⟦a 【分享到：微信 微博】⟧</div>
<aside><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 关于公布第三批县级非遗代表性项目名录的通知⟧</li><li>⟦l 县文旅局2024年文物安全检查安排⟧</li></ul></aside>
<footer><p>⟦m 主办：荇溪县人民政府办公室　承办：县政务数据中心⟧</p><p>⟦m 网站纠错电话：0452-6120110⟧</p><p>⟦m 黑ICP备05003189号　网站标识码2308250012⟧</p></footer>
<script>document.getElementById("today").innerHTML=new Date().toLocaleDateString();</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为保护和传承赫哲族鱼皮画技艺，经研究，决定在全县范围内开展鱼皮画技艺传习点申报工作。现将有关事项通知如下。
一、申报条件：有固定场所不少于60平方米；有县级以上代表性传承人或熟练技师常年授艺；每年开展传习活动不少于24次。
二、申报材料：申报表、场所照片、传承人资质证明和年度传习计划，纸质材料一式三份。
三、申报时间：即日起至6月15日，逾期不予受理。
联系人：付晓楠，联系电话：0452-6128736。
附件：1.鱼皮画技艺传习点申报表
2.年度传习计划模板
荇溪县文化和旅游局
2024年5月16日
""",
    ),
    dict(
        slug="news-yunan-report-coconut-carving",
        site="南海之声网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.nhzs.com.cn/wh/2024-08/02/c_3310827.htm",
        title="椰壳上刻出“海岛记忆” 蓼原镇椰雕手艺人带徒百余名",
        date="2024-08-02",
        notes="news portal text page; byline 发布时间 is the page date; photo caption and editor line between and after paragraphs",
        page="""
!m 南海之声网｜海岛新闻第一站
!m 首页 / 文化 / 非遗
{T}
!m 2024-08-02 09:14　来源：南海之声网　记者 吴礁
!a 字体 A+ A-　　 ⎙ 打印
{BODY}
!l 热点新闻
!l 椰林观光带夜市开张 首周客流破万
!l 渔港避风塘完成清淤扩容
!d 凡注明“来源：南海之声网”的作品，未经授权不得转载、摘编。
""",
        body="""
走进蓼原镇椰风工坊，锉刀声和打磨声此起彼伏。58岁的椰雕手艺人陈阿茂正低头在一只椰壳上勾勒渔船的轮廓。
“一只好椰壳要选老熟的，晾干三个月，壳才不会裂。”陈阿茂说，他从十四岁跟着父亲学刻椰壳，至今已四十多年。
⟦m 图为陈阿茂在工坊内雕刻椰壳。记者 吴礁 摄⟧
近年来，蓼原镇把椰雕列入乡村手工技能培训项目，工坊先后带出徒弟百余名，其中二十多人开了自己的小店。
镇文化站负责人介绍，下一步将联合职业学校开设椰雕课程，让这门手艺在年轻人手里延续下去。⟦m （责任编辑：黎小岸）⟧
""",
    ),
    dict(
        slug="forum-tanzi-post-bamboo-rice-stall",
        site="蘅州生活论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.hengzhou.cc/thread-99041-1-1.html",
        title="说说我家竹筒饭小摊这三年的账",
        record_title="[摆摊日记] 说说我家竹筒饭小摊这三年的账 - 生意经 - 蘅州生活论坛",
        date=None,
        notes="Discuz-like post with anti-scraping junk; relative time and a year in the text are no dates",
        page="""
!m 蘅州生活论坛 › 生意经 › 查看内容
!m 查看: 2410 | 回复: 37
!t [摆摊日记] 说说我家竹筒饭小摊这三年的账
!m 楼主　阿竹妈妈　发表于 5 天前
!a 只看该作者　 倒序浏览　 阅读模式
{BODY}
!l 回复　　 支持(18)　 反对(0)　 举报
!m 沙发　老街坊　 发表于 5 天前
!l 楼主辛苦，下周去你摊子买两筒
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        junk=dict(lines=1, glued=3),
        body="""
从2021年开始，我和老公在夜市摆竹筒饭摊，算下来已经三年了，今天把账跟大家说一说。
竹筒是从山里竹农那里收的，每根一块二，只能用一次。糯米、腊肉、红豆这些原料一筒成本大约四块五，卖十二块。
一晚上好的时候能卖两百筒，下雨天就三四十筒。扣掉摊位费、燃气和竹筒，一个月落到手里七八千。
最难的是烤的火候，火大了竹筒焦，米芯是生的；火小了又出不了竹香。我们前前后后烤坏了几百筒才摸出门道。
想摆摊的朋友可以参考，有问题楼下问，我看到就回。
""",
    ),
    dict(
        slug="blog-xiaoyu-insight-fishskin-learning",
        site="渔火手记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://yuhuo.blog.example-host.cn/2024/01/fishskin-class.html",
        title="学做鱼皮画的第一个冬天",
        record_title="学做鱼皮画的第一个冬天 | 渔火手记",
        date="2024-01-21",
        notes="Hexo-like blog with tag cloud, archive and comment form; bracketed post time as page date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学做鱼皮画的第一个冬天 | 渔火手记</title>
<meta name="generator" content="Hexo"><script async src="/js/busuanzi.js"></script></head>
<body><header class="site-header"><a class="brand">⟦m 渔火手记⟧</a><span class="sub">⟦m 江边长大的人，写一点手上的活⟧</span>
<nav><a>⟦m 首页⟧</a> <a>⟦m 归档⟧</a> <a>⟦m 分类⟧</a> <a>⟦m 关于⟧</a></nav></header>
<main><article><h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m [2024-01-21 20:37]　分类：手艺　阅读 204⟧</div>
{BODY}
<div class="post-tags">⟦l 标签：#鱼皮 #手工 #冬天⟧</div>
<div class="post-nav">⟦l « 江面封冻那天⟧ ⟦l 腊月去赶大集 »⟧</div>
<section class="comments"><h3>⟦l 发表评论⟧</h3><textarea placeholder="说点什么吧"></textarea><button>⟦a 提交⟧</button></section>
</article></main>
<aside><div class="widget">⟦l 文章归档：2024年1月(3) 2023年12月(5)⟧</div><div class="widget">⟦l 标签云：手艺 江边 读书 冬天 鱼皮⟧</div></aside>
<footer>⟦d © 2024 渔火手记 · 本站文字采用署名-非商业性使用许可⟧ ⟦m 本站总访问量 <span id="pv"></span> 次⟧</footer>
</body></html>
""",
        body="""
今年冬天，我报名参加了镇文化站的鱼皮画学习班，老师是七十岁的尤大娘。
第一课是处理鱼皮。大马哈鱼的皮要刮净鱼肉、去掉鳞片，再用木槌一遍遍捶软，捶到能透光才算合格。我捶了整整一个下午，手腕肿了两天。
后面学剪样、拼色、粘贴。鱼皮天然的颜色有深有浅，尤大娘说，好的鱼皮画不靠染色，靠的是会挑皮。
一个冬天下来，我做成了一幅巴掌大的《江边的鹿》，虽然边角还很粗糙，但挂在墙上时心里很踏实。
""",
    ),
    dict(
        slug="wechat-ranqi-notice-gasmeter-reading",
        site="苘阳燃气服务号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wxmirror.example-read.com/s/qY7mEa0xKp",
        title="关于开展二季度燃气表抄表和安全检查的告知书",
        record_title=None,
        date="2024-04-08",
        notes="WeChat mirror; title missing from the record; document tells residents to 扫码/关注 as part of its content; service hotline chrome",
        page="""
!m 苘阳燃气　　2024-04-09 08:30　发表于苘阳
!t 关于开展二季度燃气表抄表和安全检查的告知书
!m 原创　苘阳燃气客服中心
{BODY}
!a 预览时标签不可点
!l 阅读 3.1万　 在看 82　 分享 156
!a 微信扫一扫关注该公众号
!m 24小时服务热线 96●●●（本地拨打）
""",
        date_also=["2024-04-09"],
        body="""
尊敬的燃气用户：
为保障您的用气安全，我公司将于4月10日至5月31日对城区居民用户开展二季度抄表和入户安全检查。
一、检查内容：燃气表运行状况、表前阀门、连接软管和灶具熄火保护装置。
二、入户人员均穿着统一工装并出示工作证，您可扫描工作证上的二维码核验身份。
三、家中无人的用户，可关注“苘阳燃气”服务号，在“自助抄表”栏目上传表盘照片，完成自报读数。
检查不收取任何费用，请勿相信上门推销燃气报警器的陌生人员。
苘阳市燃气有限公司
2024年4月8日
""",
    ),
    dict(
        slug="docshare-yiyun-summary-coconut-workshop",
        site="一云文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yiyundoc.com/p-4471029.html",
        title="蓼原镇椰雕工坊2023年工作总结",
        record_title="蓼原镇椰雕工坊2023年工作总结（可编辑）",
        date="2024-01-12",
        notes="hard-wrapped at 62 columns with glued page markers; data table one row a paragraph",
        page="""
!m 一云文档　|　共享知识 一云存储
!t 蓼原镇椰雕工坊2023年工作总结（可编辑）
!m 贡献者：椰林小筑　　浏览 912　　下载 47
!a ☆ 收藏　 ↓ 下载文档（3积分）
{BODY}
!a 还剩2页未读，继续阅读
!d 本站不拥有文档版权，仅提供信息存储空间服务，如有侵权请联系删除。
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="﹝p.{n}﹞", every=150, start=2, glue=True),
        body="""
2023年，椰雕工坊在镇党委、镇政府的指导下，围绕“技艺传承、带动就业、拓展市场”三项任务开展工作，全年完成各类椰雕制品1.3万件，销售收入186万元。
一、主要数据
项目　2022年　2023年
学员人数　42　67
成品件数　8200　13100
销售收入（万元）　121　186
二、存在问题
一是原料椰壳季节性短缺，旺季需从外县收购；二是打磨工序仍以手工为主，效率偏低；三是线上销售刚起步，退换货处理不够及时。
三、2024年打算
计划新建原料晾晒棚一座，引进小型打磨设备两台，并与两家旅游景区签订寄售协议。
蓼原镇椰雕工坊
2024年1月12日
""",
    ),
    dict(
        slug="edu-qinghe-notice-purslane-lab",
        site="蕖川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.quchuan.edu.cn/tzgg/2024/0903/1288.html",
        title="关于组织中小学生开展马齿苋种植劳动实践的通知",
        record_title="关于组织中小学生开展马齿苋种植劳动实践的通知_通知公告_蕖川县教育体育局",
        date="2024-09-02",
        notes="education-bureau portal; schedule table; numbered list; school contact beside the portal's technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于组织中小学生开展马齿苋种植劳动实践的通知_通知公告_蕖川县教育体育局</title>
<script>var siteId=72;</script></head><body>
<div id="head"><img alt="logo"><span>⟦m 蕖川县教育体育局⟧</span><span>⟦m 立德树人　办好人民满意的教育⟧</span></div>
<ul id="menu"><li>⟦m 网站首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 德育园地⟧</li></ul>
<div class="pos">⟦m 当前位置：网站首页 - 通知公告 - 正文⟧</div>
<div class="article"><h2>{T}</h2>
<div class="attr">⟦m 发布日期：2024-09-03　浏览次数：566　字号：〖大 中 小〗⟧</div>
{BODY}
</div>
<div class="tools">⟦a 【收藏】⟧ ⟦a 【打印文章】⟧ ⟦a 【返回顶部】⟧</div>
<div class="bottom"><p>⟦m 主管单位：蕖川县教育体育局　技术支持：0731-8450099⟧</p><p>⟦m 湘ICP备19004512号-1⟧</p></div>
</body></html>
""",
        date_also=["2024-09-03"],
        body="""
各中小学校：
为落实劳动教育课程要求，县教育体育局决定在秋季学期组织中小学生开展马齿苋种植劳动实践。现将有关事项通知如下。
1.实践对象：全县小学四年级至初中二年级学生。
2.实践内容：整地、播种、间苗、采收和简单加工，每个班级负责一块不少于20平方米的种植区。
3.时间安排如下：
阶段　时间　内容
准备　9月10日前　选地、备种、分组
种植　9月中旬至10月　播种管护
展示　11月上旬　采收品尝、成果展评
4.各校于9月8日前将实践方案报送县教育体育局德育股，联系人：邓雪梅，电话：0731-8452263。
蕖川县教育体育局
2024年9月2日
""",
    ),
    dict(
        slug="oa-jinhai-minutes-gasmeter-complaints",
        site="苘阳燃气协同办公 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.qyrq.local/doc/view?id=20240715008",
        title="客服中心关于燃气表计费投诉专题会议纪要",
        record_title="客服中心关于燃气表计费投诉专题会议纪要（OA导出）",
        date="2024-07-15",
        notes="OA export with approval trail; minutes' 时间/地点/主持/参会/记录 lines kept; template placeholder kept",
        page="""
!m 苘阳燃气协同办公平台　　当前用户：林**
!m 公文管理 > 内部发文 > 查看
!t 客服中心关于燃气表计费投诉专题会议纪要
!m 拟稿：客服中心 黄雅琴　　密级：内部　　阅读次数：57
{BODY}
!m 流转记录：黄雅琴 拟稿 → 周凯 审核（已阅） → 钱立中 签发（同意）
!a [导出PDF] [打印] [返回列表]
!d 内部资料 严禁外传
""",
        body="""
时间：2024年7月15日上午9:00
地点：公司三楼第二会议室
主持：周凯
参会：客服中心、计量所、信息中心负责人及班组长
记录：黄雅琴
会议听取了上半年燃气表计费投诉情况汇报。上半年共受理计费类投诉412件，其中智能表阀门误关闭137件、读数延迟上传98件、用户对阶梯气价不理解177件。
会议议定：一、计量所在7月底前完成误关阀表具的批量排查；二、信息中心优化数据上传时段，夜间补传；三、客服中心统一答复口径，答复模板中“尊敬的××用户”须替换为实际户名后再发送。
""",
    ),
]
