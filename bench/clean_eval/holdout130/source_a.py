"""holdout130, part A: cowpea growers, katydid breeders, a house-safety appraisal centre,
winter swimmers, goldfish keepers, a cloth-tiger maker, a pearl-ball team, braised-meat
shops, amblyopia screening, a guokui chain and narcissus carvers. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-doujiao-speech-township-cowpea",
        site="笔耕范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bigengfw.example.com/jianghua/20250614/7731.html",
        title="在全镇豇豆产业推进会上的讲话",
        record_title="【精选】在全镇豇豆产业推进会上的讲话（通用2篇）",
        date="2025-06-12",
        notes="decorated record title; date under the speech title; speaker line neutral; a writing-service box between paragraphs; a members' copy lock glued after a sentence",
        page="""
!m 笔耕范文网 — 写材料，先来笔耕
!m 当前所在：范文首页 › 讲话致辞 › 农业农村讲话
!t 【精选】在全镇豇豆产业推进会上的讲话（通用2篇）
!m 更新：2025-06-14　热度：1288℃　作者：匿名投稿
{T}
镇党委副书记、镇长　苗立群
（2025年6月12日）
{BODY}
!a 【本文可一键复制】升级黄金会员，不限次数下载Word原稿
!l 上一篇：在村级集体经济清产核资会上的发言　下一篇：乡镇秋季防火工作会议主持词
!l 猜你爱看：豇豆采摘期安全生产讲话｜蔬菜基地观摩会表态发言｜产业振兴座谈会发言提纲
!d 本站范文均来源于会员投稿，如涉及您的权益，请致信站长删除。
""",
        body="""
同志们：
今天召开全镇豇豆产业推进会，主要任务是总结去年豇豆种植情况，安排部署今年的产销工作。
去年全镇豇豆种植面积达到一万二千亩，带动八百余户农户增收，户均增收四千三百元。⟦a 试读结束，开通会员继续阅读全文⟧
⟦w 急需本地化讲话稿？文秘老师一对一代笔，加V：bg-wenmi2025⟧
但我们也要看到，部分村的豇豆架材老化，病虫害统防统治覆盖面不够，冷链预冷设施严重不足。
今年，各村要把豇豆产业摆在重要位置，镇农业服务中心要组织技术员分片包村，做到每个种植大户都有技术员联系。
同志们，豇豆产业是我镇农民增收的当家产业，希望大家鼓足干劲，确保今年产销两旺。
""",
    ),
    dict(
        slug="wenku-guoguo-summary-katydid-coop-markers",
        site="墨池文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.mochi.example.com/view/8f20c1aa0b.html",
        title="荇原县鸣虫养殖专业合作社2024年工作总结",
        record_title="荇原县鸣虫养殖专业合作社2024年工作总结.pdf",
        date="2024-12-28",
        notes="file-name title; a preview cut by ◇第n屏◇ markers, some glued; Chinese-numeral 成文日期 under the signature; a preview-end prompt and an upload notice",
        pages=dict(fmt="◇第{n}屏◇", every=110, start=2, glue="mix"),
        indent="　　",
        page="""
!m 墨池文库 | 海量文档 在线阅读
!m 首页 > 农林牧渔 > 养殖技术
!t 荇原县鸣虫养殖专业合作社2024年工作总结.pdf
!m 贡献者：wu**88　页数：3页　阅读：416次
{BODY}
!a —— 预览已到底啦 · 剩余内容下载后查看 ——
!a 【原格式下载】 消耗 5 墨点
!d 本文档系用户上传分享，墨池文库仅提供存储空间，不对内容的真实性负责。
""",
        body="""
一年来，合作社在县农业农村局和乡镇党委政府的关心支持下，围绕蝈蝈、油葫芦等鸣虫养殖，不断扩大规模，提升品质。
一、基本情况
全年新发展社员二十三户，社员总数达到一百零六户，建成标准化养殖大棚四十八个，出售蝈蝈十九万只，实现销售收入二百一十万元。
二、主要做法
一是统一种源。合作社从本地山区选留优良种虫，统一孵化后分发给社员，避免了近亲繁殖导致的鸣声退化。
二是统一技术。每月组织一次技术培训，重点讲解温湿度控制、饲料配比和越冬管理。
三是统一销售。与省城两家花鸟市场签订了长期供货协议，解决了社员卖难问题。
三、存在问题
养殖大棚保温设施简陋，冬季死亡率偏高；品牌意识不强，产品附加值低。
下一步，合作社将申请注册自有商标，并积极争取设施农业补助资金。
荇原县鸣虫养殖专业合作社
二〇二四年十二月二十八日
""",
    ),
    dict(
        slug="gov-shijian-notice-house-safety-html",
        site="蓍川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.shichuan.example.gov.cn/zwgk/tzgg/202503/t20250318_90412.html",
        title="关于开展2025年度农村房屋安全隐患排查鉴定工作的通知",
        record_title=None,
        date="2025-03-17",
        date_also=["2025-03-18"],
        notes="no record title: the page's h1; an 索引号 table; a 发布日期 of the page differing from the 成文日期; the notice's own 联系人/电话 beside the portal's 12345; 附件 list; 抄送 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>⟦t 关于开展2025年度农村房屋安全隐患排查鉴定工作的通知-蓍川县人民政府⟧</title>
<link rel="stylesheet" href="/static/css/zwgk.css">
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="//stat.example.com/s.js";})();</script>
</head><body>
<div class="topbar">⟦a 长者模式⟧ ⟦a 无障碍⟧ ⟦a 登录｜注册⟧</div>
<header><div class="logo">⟦m 蓍川县人民政府⟧</div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进蓍川⟧</li></ul></nav></header>
<div class="crumb">⟦m 您现在的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="meta">
<tr><td>⟦m 索引号：11341025MB0X21/2025-00317⟧</td><td>⟦m 主题分类：城乡建设⟧</td></tr>
<tr><td>⟦m 发文机关：蓍川县房屋安全鉴定中心⟧</td><td>⟦m 发布日期：2025-03-18⟧</td></tr>
</table>
<article>
<h1>{T}</h1>
<div class="docno">蓍房鉴〔2025〕3号</div>
{BODY}
</article>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享到：微博 微信 QQ空间⟧</div>
<aside><h3>⟦l 相关文件⟧</h3><ul>
<li>⟦l 蓍川县城镇既有建筑安全专项整治实施方案⟧</li>
<li>⟦l 2024年度自建房排查整治工作情况通报⟧</li></ul></aside>
<footer>⟦m 主办：蓍川县人民政府办公室　承办：县政务公开办⟧<br>⟦m 政务服务便民热线：12345⟧<br>⟦m 皖ICP备05031177号-2⟧ ⟦m 网站标识码：3410250031⟧</footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为切实保障农村群众住房安全，县房屋安全鉴定中心决定在全县开展2025年度农村房屋安全隐患排查鉴定工作，现将有关事项通知如下。
一、排查范围。全县农村既有房屋，重点是用作经营、人员密集的自建房和建成二十年以上的土木结构房屋。
二、时间安排。3月20日至5月31日为排查阶段，6月1日至8月31日为鉴定阶段。
三、工作要求。各乡镇要对排查出的疑似危房及时上报，对鉴定为C级、D级的房屋，必须立即落实停用、撤离措施。
联系人：黄世岚，联系电话：0564-5221730。
附件：1.农村房屋安全隐患排查登记表
2.房屋安全鉴定申请书（样式）
蓍川县房屋安全鉴定中心
2025年3月17日
抄送：县住房和城乡建设局，县应急管理局。
""",
    ),
    dict(
        slug="news-tongliu-winter-swimming-byline",
        site="桐流新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.tongliu.example.com/sh/2025/0106/c421-33015.html",
        title="蘋川冬泳协会举办第十届迎新年冬泳活动",
        record_title="蘋川冬泳协会举办第十届迎新年冬泳活动_桐流新闻网",
        date="2025-01-05",
        notes="decorated site suffix; the byline's 发布时间 is the page date; photo caption between paragraphs; an editor line glued after the last paragraph; related list",
        page="""
!m 桐流新闻网 ｜ 社会频道
!m 首页 / 社会 / 民生百态
{T}
!m 2025-01-05 09:41　来源：蘋川融媒　记者：顾敏　通讯员：施航
!a 【字号 大 中 小】　【分享】
{BODY}
!l 延伸阅读
!l · 寒潮来袭，专家提醒冬泳爱好者量力而行
!l · 蘋川河沿岸将新增两处亲水平台
!d 凡本网注明"来源：桐流新闻网"的作品，转载须注明出处，违者依法追究责任。
""",
        body="""
1月5日上午，蘋川冬泳协会在城南蘋川河码头举办第十届迎新年冬泳活动，来自全市的二百余名冬泳爱好者参加。
当天气温零下三摄氏度，水温只有四摄氏度。随着一声哨响，泳友们依次下水，在岸边观众的加油声中游完三百米赛程。
⟦m 图为冬泳爱好者在蘋川河中畅游。（顾敏 摄）⟧
年龄最大的参赛者是七十四岁的退休教师邢德春，他已经坚持冬泳二十一年。
协会负责人介绍，为保障活动安全，协会提前对水域进行了清理，并安排了救生员和医护人员全程值守。⟦m （责任编辑：付晴）⟧
""",
    ),
    dict(
        slug="forum-jinyu-notice-goldfish-show-junk",
        site="鱼乐之家论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.yulezhijia.example.net/thread-55102-1-1.html",
        title="关于举办第三届菰城金鱼品鉴会的通知",
        record_title="[活动公告] 关于举办第三届菰城金鱼品鉴会的通知（附报名表）",
        date="2025-04-02",
        date_also=["2025-04-06"],
        notes="forum anti-scraping junk lines and glued; a post time differing from the 成文日期; floor meta; the notice's own 报名电话 and a sentence that tells readers to 扫码 and 下载 the form",
        junk=dict(lines=2, glued=2),
        page="""
!m 鱼乐之家论坛 › 金鱼锦鲤区 › 活动公告
!t [活动公告] 关于举办第三届菰城金鱼品鉴会的通知（附报名表）
!m 查看: 2306 | 回复: 41
!m 楼主　菰城水族老郑　发表于 2025-04-06 20:17
{BODY}
!l 回复　引用　举报　只看该作者
!l 沙发  小鱼儿吐泡泡  2025-04-06 20:33  已报名，兰寿组见！
!m Powered by Discuz! X3.5　© 2009-2025 鱼乐之家
""",
        body="""
各位鱼友：
为促进菰城金鱼养殖交流，提升本地金鱼品种品质，菰城金鱼协会定于2025年5月1日至3日在城北花鸟鱼虫市场举办第三届金鱼品鉴会。
一、参赛品种：兰寿、琉金、狮头、珍珠鳞、蝶尾五个组别。
二、报名方式：请扫描协会公众号二维码下载报名表，填写后于4月25日前发送至协会邮箱。
三、评审办法：由五名评委现场打分，按体型、色泽、泳姿三项评定。
报名电话：0578-3306119（协会秘书处）。
菰城金鱼协会
2025年4月2日
""",
    ),
    dict(
        slug="blog-bulaohu-insight-html-archive",
        site="虎娃手作的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://blog.shougong.example.com/huwa/archives/2025/03/214.html",
        title="参加非遗传承人研修班的心得体会",
        record_title="参加非遗传承人研修班的心得体会 | 虎娃手作的博客",
        date="2025-03-22",
        notes="a blog with tag cloud, archive list and comment box; the post line's date is the page date; a reader comment with a relative time",
        page="""
<html><head><meta charset="utf-8"><title>⟦t 参加非遗传承人研修班的心得体会 | 虎娃手作的博客⟧</title>
<script src="/wp-includes/js/jquery.js"></script></head>
<body>
<div id="header"><h2>⟦m 虎娃手作的博客⟧</h2><p>⟦m 一针一线缝老虎，一年一年守手艺⟧</p></div>
<div id="menu">⟦m 首页 | 作品 | 随笔 | 关于我 | 留言板⟧</div>
<div class="post">
<h1>{T}</h1>
<div class="postmeta">⟦m 发表于 2025年3月22日 · 分类：随笔 · 阅读 (213)⟧</div>
{BODY}
<div class="tags">⟦l 标签：布老虎 非遗 研修班 手作⟧</div>
</div>
<div id="comments"><h3>⟦l 3 条评论⟧</h3>
<div>⟦l 蓝印花布小筑　3天前　老师的布老虎太可爱了，求教程！⟧</div>
<div>⟦l 发表评论　请先登录后再评论⟧</div></div>
<div id="sidebar"><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (2)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 布老虎 虎头枕 剪样 配色 赶集⟧</p></div>
<div id="footer">⟦d 本博客文字与图片均为原创，未经许可请勿转载。⟧</div>
</body></html>
""",
        body="""
三月中旬，我有幸参加了省文化和旅游厅举办的非遗传承人研修班，在省城学习了整整十天。
研修班请来了美术学院的老师讲造型和色彩，也请来了几位老手艺人讲针法。
过去我做布老虎全凭母亲手把手教的老样子，这次学了构图和配色，才明白老样子好在哪里，又可以在哪里变一变。
印象最深的是一位老师说，传承不是照搬，是让年轻人愿意把它带回家。
回来以后，我打算开一个周末布老虎体验班，让村里的孩子们先学会剪样和缝合。
""",
    ),
    dict(
        slug="wechat-zhenzhuqiu-initiative-mirror",
        site="公众号文章镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://wx.jingxiang.example.cn/s/ZzQiuXb0Lm2",
        title="珍珠球进校园倡议书",
        record_title=None,
        date="2025-05-19",
        notes="no record title: found as the article heading; an account line with a date (page date); 阅读原文/在看/赞 bar; a follow prompt glued after the last sentence; a sentence of the document that asks readers to 关注 and 分享",
        page="""
!m 镜像来源：微信公众平台
{T}
!m 蒹溪县珍珠球协会　2025-05-19 07:30　发表于吉林
!a 点击上方蓝字关注我们
{BODY}
!l 阅读原文　　阅读 1.2万　　在看 86　　赞 301
!l 写留言
!m 本页面由镜像站自动抓取生成
""",
        body="""
广大教师、家长和同学们：
珍珠球是满族传统体育项目，集跑、跳、投、抄于一体，既锻炼身体，又培养团结协作精神。
为让这项民族传统体育走进更多校园，蒹溪县珍珠球协会向全县中小学发出如下倡议：
一、每所学校至少组建一支珍珠球兴趣队，每周训练不少于两次。
二、体育教师主动学习珍珠球规则和裁判法，协会将免费提供培训。
三、请家长们关注协会发布的赛事信息，把孩子们的精彩瞬间分享给亲友。
让我们一起，让珍珠球在校园里传下去。
蒹溪县珍珠球协会
2025年5月19日⟦a ↓↓ 长按二维码，关注更多民族体育资讯 ↓↓⟧
""",
    ),
    dict(
        slug="docshare-luwei-pledge-upload-notice",
        site="知享文档 (invented)",
        style="文档分享",
        genre="承诺书",
        kind="pledge",
        form="text",
        source="https://www.zhixiangdoc.example.com/p-3398120.html",
        title="卤味熟食经营户食品安全承诺书",
        record_title="卤味熟食经营户食品安全承诺书（可编辑）",
        date=None,
        notes="template placeholders (××× and 年　月　日) are no date; an upload notice in words of its own; a page-count line and a download button",
        page="""
!m 知享文档 · 分享知识 共享价值
!m 文档分类：行业资料 > 餐饮食品
!t 卤味熟食经营户食品安全承诺书（可编辑）
!m 上传时间：2025-02-11　格式：DOCX　页数：1　大小：18KB
{BODY}
!a 立即下载（20积分）　　加入文辑
!d 温馨提醒：文档由网友上传并分享，知享文档不对其内容作任何保证；若侵犯了您的权益，请联系客服处理。
!w 客服热线：400-860-2713（工作日9:00-18:00）
""",
        body="""
为保障广大消费者的饮食安全，本人作为卤味熟食经营户，郑重承诺如下：
一、依法取得食品经营许可证或小摊点登记卡，并在经营场所显著位置公示。
二、采购肉类原料时查验检疫合格证明，建立进货台账，不采购来源不明的原料。
三、卤料配方不添加罂粟壳等非食用物质，不超范围、超限量使用食品添加剂。
四、从业人员持有效健康证明上岗，操作时佩戴口罩和手套。
如有违反，本人愿意承担相应法律责任。
承诺人（签字）：×××
经营地址：××××××
年　月　日
""",
    ),
    dict(
        slug="edu-fengyuan-notice-amblyopia-html",
        site="葑原县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.fengyuan.example.gov.cn/tzgg/2025/0909/6620.shtml",
        title="关于开展2025年秋季学期儿童弱视筛查工作的通知",
        record_title="关于开展2025年秋季学期儿童弱视筛查工作的通知",
        record_date="2025-09-09",
        date="2025-09-09",
        notes="record date; an education portal with a column list and a visitor count; the notice's own 联系人/邮箱 beside the portal's 监督电话; 附件 list; a sentence telling parents to 打印 the consent form",
        page="""
<html><head><meta charset="utf-8"><title>葑原县教育体育局-通知公告</title>
<style>.nav li{float:left}</style></head>
<body>
<div class="top">⟦m 葑原教育信息网⟧ ⟦m 2025年9月9日 星期二⟧ ⟦a 设为首页 加入收藏⟧</div>
<ul class="nav"><li>⟦m 网站首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 体卫艺⟧</li></ul>
<div class="left"><h4>⟦l 栏目导航⟧</h4><ul><li>⟦l 局务公开⟧</li><li>⟦l 学生资助⟧</li><li>⟦l 安全教育⟧</li></ul></div>
<div class="main">
<div class="pos">⟦m 当前位置：网站首页 >> 通知公告⟧</div>
<h2>{T}</h2>
<p class="info">⟦m 作者：体卫艺股　点击数：1877　更新时间：2025-09-09⟧</p>
{BODY}
<p class="pn">⟦l 上一篇：关于做好秋季开学学校食堂检查的通知⟧<br>⟦l 下一篇：2025年全县中小学教师招聘体检名单公示⟧</p>
</div>
<div class="foot">⟦m 葑原县教育体育局 版权所有　监督电话：0731-6682201⟧<br>⟦m 湘ICP备12007781号⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为早发现、早干预儿童弱视，经研究，决定联合县妇幼保健院在全县开展秋季学期儿童弱视筛查工作。
一、筛查对象：全县幼儿园大班和小学一至三年级学生。
二、筛查时间：9月15日至10月31日，具体日程由县妇幼保健院与各校另行商定。
三、工作要求：各校要提前通知家长，请家长下载并打印知情同意书，签字后交班主任。
筛查发现疑似弱视的，学校要在一周内书面告知家长，督促到医院复查。
联系人：曾宛如，邮箱：fyjtwy@example.cn。
附件：1.儿童弱视筛查知情同意书
2.各校筛查日程安排表
葑原县教育体育局
2025年9月9日
""",
    ),
    dict(
        slug="oa-guokui-minutes-chain-intranet",
        site="老秦家锅盔连锁内部办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.laoqinguokui.example.local/doc/view?id=20250415003",
        title="2025年二季度门店经理例会纪要",
        record_title="内部资料-2025年二季度门店经理例会纪要",
        date="2025-04-15",
        notes="intranet chrome (logged-in user, approval trail, read count); minutes' 时间/地点/主持/参会/记录 lines in the body; a data table (one row a paragraph, ideographic spaces); an internal-only notice",
        page="""
!m 老秦家锅盔·协同办公　|　当前用户：采购部 万书航　|　退出
!m 公文管理 > 会议纪要 > 查看
!t 内部资料-2025年二季度门店经理例会纪要
!m 拟稿：行政部 谭娅　审核：运营总监 秦卫东　签发：总经理 秦卫国
{BODY}
!m 流转记录：行政部（已阅）→ 运营部（已阅）→ 各门店（已阅 17/19）
!d 本文件仅限公司内部传阅，严禁截图外传。
!a 打印　导出PDF　返回列表
""",
        body="""
时间：2025年4月15日上午9:00
地点：公司总部三楼会议室
主持：秦卫东
参会：各门店经理、中央厨房主管、采购部、财务部负责人
记录：谭娅
一、一季度经营情况
门店　营业额（万元）　同比
南关店　86.4　+12%
火车站店　102.7　+8%
大学城店　64.1　-3%
二、会议议定事项
（一）4月底前各门店统一更换新的电烤炉，淘汰燃煤炉具。
（二）中央厨房面坯配送时间提前至早上6点，保证早市供应。
（三）大学城店由运营部牵头制定促销方案，五一前报总经理审定。
""",
    ),
    dict(
        slug="qa-shuixian-summary-question-title",
        site="知行问答 (invented)",
        style="问答社区",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://ask.zhixing.example.com/q/4482016",
        title="芷岭镇水仙花雕刻技能培训工作总结",
        record_title=None,
        date="2025-01-20",
        date_also=["2025-01-23"],
        notes="no record title: the question asks for a sample and the answer gives the titled summary; 回答于 date differs from the summary's date; vote bar; other answers teaser",
        page="""
!m 知行问答 > 职场 > 公文写作
!l 水仙花雕刻培训结束了，领导让写个总结，有没有参考的？
!m 提问者：芷岭小干事　浏览 903 次
!m 最佳回答　　答主：公文老顾　回答于 2025-01-23
{T}
{BODY}
!l 有用(57)　没用(2)　收藏　举报
!l 其他 3 条回答 >
!l 相关问题：培训总结开头怎么写？｜乡镇技能培训简报格式
""",
        body="""
为帮助农户在春节前增加收入，镇农业服务中心于1月6日至17日举办了水仙花雕刻技能培训班，共培训学员六十二人。
培训采取理论讲解与现场实操相结合的方式，邀请两位雕刻师傅手把手传授蟹爪水仙和造型水仙的刀法。
学员结业时，人均能独立完成三种以上造型，其中十五人已与花卉商店签订了供货意向。
不足之处是培训时间较短，部分年龄较大的学员掌握较慢，下一步将组织跟班指导。
芷岭镇农业服务中心
2025年1月20日
""",
    ),
]
