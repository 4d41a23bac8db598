"""holdout267, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Every document, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="dengxia-blog-essay-grandma-brass-candlesticks",
        site="灯下絮语 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://dengxiaxuyu.blog.cn/posts/brass-candlesticks.html",
        title="奶奶的那对铜烛台",
        record_title="奶奶的那对铜烛台 | 灯下絮语 · 旧物絮记",
        date=None,
        notes="blog with tag cloud, archive and comment form; a photo placeholder between paragraphs, a tip-jar link glued after a sentence; the essay ends with only a year-and-season line (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>奶奶的那对铜烛台 | 灯下絮语 · 旧物絮记</title>
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
</head>
<body>
<header><h2 class="site">⟦m 灯下絮语⟧</h2><p class="slogan">⟦m 记一些旧物，也记一些旧人⟧</p>
<nav><a href="/">⟦m 主页⟧</a> <a href="/jiuwu/">⟦m 旧物絮记⟧</a> <a href="/about/">⟦m 关于我⟧</a> <a href="/feed.xml">⟦a 订阅RSS⟧</a></nav></header>
<main>
<article>
<h1>{T}</h1>
<p class="post-meta">⟦m ✎ 阿灯 · 旧物絮记 · 阅读 512 · 评论 6⟧</p>
<div class="entry">
{BODY}
</div>
<p class="tags">⟦l 标签：旧物 · 烛台 · 奶奶 · 腊月⟧</p>
<p class="nav-links">⟦l ← 较早一篇：外公的算盘⟧ ⟦l 较新一篇：搪瓷缸上的红双喜 →⟧</p>
</article>
<section class="comments"><h3>⟦l 6 条留言⟧</h3>
<p>⟦l 南山下：看哭了，我外婆家也有一对，后来不知道去哪了。⟧</p>
<form><p>⟦a 说点什么吧（昵称必填，邮箱不会公开）⟧</p><button>⟦a 提交留言⟧</button></form></section>
</main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 旧物 老屋 灯 奶奶 年味 手艺⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年1月 (2)⟧</li><li>⟦l 2024年12月 (4)⟧</li><li>⟦l 2024年11月 (3)⟧</li></ul></aside>
<footer>⟦d 本博文字均为原创，转载请留言告知⟧ · ⟦m 由 Hexo 驱动 · 主题 Lamplight⟧</footer>
</body>
</html>
""",
        body="""
奶奶家堂屋的条案上，一直摆着一对铜烛台。烛台不高，一尺来长，底座是个莲花瓣，托盘边上磕了一个小豁口。
小时候停电是常事。天一黑，奶奶就摸出火柴，把两根白蜡烛插上烛台，一屋子顿时暖黄起来。⟦a ☕ 请阿灯喝杯茶⟧我趴在条案边写作业，她坐在旁边纳鞋底，蜡油顺着烛身淌下来，在托盘里积成一小摊。
奶奶每年腊月都要擦一回烛台。她用草木灰掺点醋，拿旧布一遍遍地蹭，铜色就从黑褐里透出亮来。她说，过年了，烛台也要换身新衣裳。
⟦m 〔这里原有一张烛台的老照片，图片已失效〕⟧
后来电来得稳当了，烛台便只在除夕和清明点上一回。奶奶走后，这对烛台到了我家。今年腊月，我学着她的样子用草木灰擦了一遍，擦着擦着，好像又听见她在灯下说话。
写于甲辰年冬
""",
    ),
    dict(
        slug="baohuawu-blog-chisel-steel-wrapped-56",
        site="老木匠的刨花屋 (invented, blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://paohuawu.blog.muren.net/archives/2024/10/28/steel-edge.html",
        title="一把好凿子，先看钢口",
        record_title="【手艺杂谈】一把好凿子，先看钢口 - 老木匠的刨花屋",
        date="2024-10-28",
        notes="blog post hard-wrapped at 56 columns; the byline's 发表于 is the page's date; tags, prev/next, a recommend button and comments below",
        page="""
!m 老木匠的刨花屋 —— 一个木匠的手艺笔记
!m 首页 | 手艺杂谈 | 工具图谱 | 留言板
!t 【手艺杂谈】一把好凿子，先看钢口
!m 发表于 2024-10-28 21:05 | 分类：手艺杂谈 | 阅读(638) | 评论(9)
{BODY}
!l 标签：凿子 / 木工 / 工具挑选
!l « 前一篇：榫卯里的学问　　后一篇：刨子底板怎么修 »
!a 喜欢这篇就点个推荐吧 ♥ 推荐(27)
!l 网友“木屑”：师傅说得对，我那把便宜凿子三天就卷了。
!l 网友“阿楠”：请问夹钢线在哪一面看？
!m 刨花屋 paohuawu.blog.muren.net 本博客由 木人博客 提供空间
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
干了三十多年木匠，常有徒弟问我：买凿子看什么？我的回答就一句，先看钢口。
钢口就是凿子刃口那一截夹钢。好凿子是熟铁包钢，刃口一段钢色发青，磨出来亮得照人；差的凿子通体一种钢，看着光亮，其实发软，凿几个眼就卷刃。
看钢口有三个土办法。一看，刃口后面有一道细细的夹钢线，线越匀越好。二听，用指甲弹一下凿身，声音脆的钢好，发闷的不行。三试，在硬木上凿一个榫眼，再看刃口，没有豁口、没有卷边，才算过关。
现在网上卖的凿子便宜的二三十元一把，我不反对新手买来练手，但真要干活，还是攒钱买一套好钢口的。工具顺手了，活才干得漂亮。
""",
    ),
    dict(
        slug="weiwencang-wechat-pledge-cloth-shoes-h1",
        site="微文仓 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="html",
        source="https://www.weiwencang.com/a/fengling-qingnian/20241119/9f31c2.html",
        title="关于为山区孩子捐赠新布鞋的倡议书",
        record_title=None,
        date="2024-11-18",
        date_also=["2024-11-19"],
        notes="WeChat mirror: no title in the record, the <h1>; a star prompt glued before the salutation, 阅读原文/在看 rows, a QR line; sharing the pledge is content; the account date differs from the signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于为山区孩子捐赠新布鞋的倡议书 - 崶岭青年 - 微文仓</title>
<meta name="description" content="微文仓收录公众号文章">
</head>
<body>
<div class="wc-top"><a href="/">⟦m 微文仓 · 公众号文章收录⟧</a> <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta"><span class="orig">⟦m 原创⟧</span> ⟦m 崶岭青年　2024-11-19 19:30　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="after">⟦a 阅读原文⟧ ⟦l 阅读 2386⟧ ⟦a ♡ 在看 41⟧</div>
<div class="qr">⟦a 长按识别二维码，关注崶岭青年⟧</div>
</div>
<div class="wc-rel"><h3>⟦l 崶岭青年的其他文章⟧</h3><ul><li>⟦l 团县委开展“青春护河”志愿服务⟧</li><li>⟦l 2024年崶岭县青年创业大赛启动⟧</li></ul></div>
<div class="wc-foot">⟦d 微文仓仅收录公开的公众号文章，版权归原公众号所有，如需删除请联系 kf@weiwencang.com⟧</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:1.75;">{}</p>',
        body="""
⟦a ↑轻点上方“崶岭青年”，设为星标不迷路⟧亲爱的朋友们：
冬天到了，崶岭县北部山区的许多孩子还穿着单薄的胶鞋上学。为了让孩子们脚底暖和地过冬，共青团崶岭县委、县妇联联合发起“一双布鞋暖童心”爱心行动，特向全县各界发出如下倡议：
一、捐一双新布鞋。请按孩子鞋码捐赠全新棉布鞋，也可捐款由我们统一向县内布鞋作坊订制，每双50元。
二、纳一双千层底。欢迎会手艺的阿姨奶奶们参加“巧手纳鞋”志愿活动，鞋面布和麻线由团县委免费提供。
三、传一份温暖。欢迎大家把这份倡议分享给身边的亲友，让更多人加入进来。
捐赠地点：崶岭县青少年宫一楼，联系电话：0745-3326017。
共青团崶岭县委　崶岭县妇女联合会
2024年11月18日
""",
    ),
    dict(
        slug="gonghao-shiyi-museum-candlesticks-follow-glued",
        site="公号拾遗 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="http://gonghaoshiyi.net/aoshan-museum/2024-06-09/0812.html",
        title="一对明代铜烛台的“回家”路",
        record_title="【馆藏故事】一对明代铜烛台的“回家”路 ｜ 嶅山博物馆 · 公号图文存底",
        date="2024-06-09",
        notes="WeChat article as text: a follow prompt glued before the first words, a past-issues link between paragraphs; the account line's date is the page's date; scanning a QR code is content",
        page="""
!m 公号拾遗 > 嶅山博物馆 > 文章存档
!t 【馆藏故事】一对明代铜烛台的“回家”路
!m 嶅山博物馆　2024-06-09 08:00　发表于湖南
{BODY}
!a 阅读原文 · 点赞 · 转发 · 在看
!m 留言 12　阅读 3041
!a 微信扫一扫，关注“嶅山博物馆”
!d 本页为公号图文存底副本，版权归原作者所有，如有异议请来函删除
""",
        body="""
⟦a 戳上方蓝色字“嶅山博物馆”一键关注⟧2019年春天，嶅山县嶅山镇一户村民在翻修老屋时，从夹墙里掏出一对锈迹斑斑的铜烛台。
这对烛台高约38厘米，底座为三足，托盘下铸有“万历庚子”四字款。经省文物鉴定专家鉴定，确认为明代晚期民间祭祀用器，保存较为完整。
村民祝永年得知烛台的价值后，主动联系县文物部门，将烛台无偿捐给了博物馆。他说：“东西是老祖宗留下的，放在博物馆里，大家都能看。”
⟦l 往期回顾｜馆藏木雕花板背后的故事⟧
经过修复人员八个多月的除锈、整形和封护，这对烛台于今年6月起在二楼“嶅山民俗”展厅展出。
开放时间：周二至周日9:00—17:00，周一闭馆。观众可扫描展柜旁的二维码收听语音讲解。
""",
    ),
    dict(
        slug="xiangwen-share-rules-coop-disinfection-docx",
        site="享文网 (invented, document sharing)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.xiangwen365.com/doc/7720193018.html",
        title="蛋鸡养殖场鸡笼清洗消毒管理制度",
        record_title="蛋鸡养殖场鸡笼清洗消毒管理制度.docx",
        date=None,
        notes="sharing page: file-name record title, upload notice, points lock, service WeChat; 第N条 articles; a login prompt between articles; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>蛋鸡养殖场鸡笼清洗消毒管理制度.docx - 享文网</title>
<script src="/static/js/share.js"></script>
</head>
<body>
<div class="header"><a class="logo" href="/">⟦m 享文网⟧</a><span class="slogan">⟦m 好资料，大家享⟧</span> <a href="/upload">⟦a 上传赚享币⟧</a></div>
<div class="crumbs">⟦m 享文网 / 农林牧渔 / 畜禽养殖 / 管理制度⟧</div>
<div class="doc-title"><h1>{T}</h1>
<div class="doc-info">⟦m 格式：docx　大小：18KB　页数：2　更新：2 个月前⟧</div>
<div class="doc-up">⟦d 本资料由会员“禽业老周”上传分享，仅供交流学习，如涉及版权请联系删除⟧</div></div>
<div class="doc-content">
{BODY}
</div>
<div class="doc-down"><a class="btn">⟦a 下载需消耗8个享币⟧</a> <a class="btn2">⟦a 加入我的资料夹⟧</a></div>
<div class="kefu">⟦w 找不到想要的资料？客服微信 xiangwen_kf01⟧</div>
<div class="rel"><h4>⟦l 你可能需要⟧</h4><ul><li>⟦l 养殖场防疫消毒记录表（模板）⟧</li><li>⟦l 鸡舍空舍期管理规程⟧</li></ul></div>
<div class="footer">⟦m 享文网 xiangwen365.com　粤ICP备21077410号⟧</div>
</body>
</html>
""",
        body="""
第一条　为规范本场鸡笼清洗消毒工作，防止禽流感、新城疫等疫病传播，制定本制度。
第二条　每批鸡出栏后，饲养员须在24小时内拆下料槽、水线和接粪板，对鸡笼进行清粪、冲洗。
第三条　鸡笼冲洗后晾干，用2%火碱溶液喷洒消毒，间隔一天再用过氧乙酸熏蒸一次，空舍时间不少于14天。
⟦a 以下内容需登录享文网后阅读 · 已有账号？去登录⟧
第四条　消毒人员须穿戴防护服、胶靴和护目镜，消毒药品由库管员按量发放，用后登记。
第五条　兽医负责对消毒效果进行抽检，每栋鸡舍抽查鸡笼不少于10处，合格后方可进鸡。
第六条　违反本制度造成疫病发生的，按场部奖惩办法处理。
第七条　本制度自印发之日起施行，由生产技术部负责解释。
""",
    ),
    dict(
        slug="wendangjishi-request-washstands-markers-mix",
        site="文档集市 (invented, document sharing)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.wendangjishi.com/p/2024/3308172.html",
        title="关于为学生公寓更换洗脸架的请示",
        record_title="关于为学生公寓更换洗脸架的请示（推荐稿）- 文档集市",
        date="2024-09-05",
        notes="sharing page as text: page markers ⳩n⳩ on lines of their own or glued to the continuation; 附件 line; 成文日期 in Chinese numerals",
        page="""
!m 文档集市 — 海量文档随心用
!m 文档集市 ＞ 行政公文 ＞ 请示报告
!t 关于为学生公寓更换洗脸架的请示（推荐稿）
!m 3页　1.2千次阅读　上传于2024-09-21
!a 〔全屏〕〔下载〕〔收藏〕〔举报〕
{BODY}
!a 还有1页未展示，点击“继续阅读”或下载完整文档
!d 文档集市所有文档均来自网友上传，若侵犯了您的权益，请发邮件至 ts@wendangjishi.com
!l 相关文档：关于维修学生食堂的请示｜关于增购学生床铺的请示
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⳩{n}⳩", every=90, start=2, glue="mix"),
        body="""
县教育局：
我校现有学生公寓3栋、寝室216间，寝室内洗脸架为2012年建校时安装的木质洗脸架。经过十余年使用，大部分洗脸架已出现受潮发霉、榫头松脱、脸盆托圈断裂等问题，今年以来已发生学生被倒下的洗脸架砸伤事件2起。
为消除安全隐患，改善学生住宿条件，我校拟将216间寝室的洗脸架统一更换为不锈钢壁挂式洗脸架，每套含脸盆托、毛巾杆和置物格，预算单价260元，合计56160元。
以上资金拟从学校公用经费中列支，恳请予以批准。
妥否，请批示。
附件：学生公寓洗脸架损坏情况照片及统计表
嵂溪镇中学
二〇二四年九月五日
""",
    ),
    dict(
        slug="yixi-edu-notice-cloth-shoe-heritage-attachments",
        site="潩溪县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.yixi.gov.cn/wjtz/202403/t20240328_40915.html",
        title="关于开展“千层底”布鞋非遗技艺进校园活动的通知",
        record_title="潩溪县教育体育局-文件通知-关于开展“千层底”布鞋非遗技艺进校园活动的通知",
        date="2024-03-26",
        date_also=["2024-03-28"],
        notes="education portal: site-and-column prefix; 附件 list beside an attachment download link; the notice's own 联系人/电话/邮箱 beside the site's technical line; '请各学校下载附件' is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>潩溪县教育体育局-文件通知-关于开展“千层底”布鞋非遗技艺进校园活动的通知</title>
</head>
<body>
<div class="head"><img src="/images/banner.jpg" alt="潩溪县教育体育局"><div class="links">⟦a 长者模式⟧ ｜ ⟦a 语音读屏⟧ ｜ ⟦a 站内检索⟧</div></div>
<div class="menu">⟦m 网站首页⟧ ⟦m 教体要闻⟧ ⟦m 文件通知⟧ ⟦m 招生考试⟧ ⟦m 教师之家⟧</div>
<div class="path">⟦m 位置：网站首页 → 文件通知⟧</div>
<div class="show">
<h2>{T}</h2>
<div class="attr">⟦m 发布者：基础教育股　发布时间：2024-03-28 10:20　点击数：1107⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 附件下载：活动安排表.xlsx（12KB）　作品展报名表.docx（16KB）⟧</div>
<div class="share">⟦l 分享：QQ空间 ｜ 微信 ｜ 复制网址⟧</div>
</div>
<div class="foot">
<p>⟦m 潩溪县教育体育局版权所有　地址：潩溪县城南路88号⟧</p>
<p>⟦m 网站技术支持：0743-4210977（工作日）　湘ICP备12004583号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
为传承优秀传统文化，让学生在动手实践中体会劳动之美，县教育体育局决定在全县中小学开展“千层底”布鞋非遗技艺进校园活动。现将有关事项通知如下。
一、活动时间
2024年4月至6月。
二、活动内容
（一）邀请县级布鞋技艺传承人到校开设讲座，每校不少于1场；
（二）各校结合劳动课开设纳鞋底、剪鞋样体验课，小学高年级和初中每班不少于2课时；
（三）6月举办全县学生布鞋作品展。
三、有关要求
请各学校下载附件，于4月10日前将活动安排表报县教育体育局基础教育股。
联系人：万思源，电话：0743-4216638，邮箱：yxjt_jcjy@163.com
附件：1.活动安排表
2.学生布鞋作品展报名表
潩溪县教育体育局
2024年3月26日
""",
    ),
    dict(
        slug="ekou-school-notice-dorm-candlesticks",
        site="崿口镇中心学校 (invented, school site)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ekouzx.edu.cn/zjzx/tzgg/1014.html",
        title="关于严禁在学生宿舍使用蜡烛和烛台的通知",
        record_title="【住校提醒】关于严禁在学生宿舍使用蜡烛和烛台的通知 - 崿口镇中心学校",
        date="2024-10-14",
        notes="school site as text: bracket column tag and site suffix; numbered list 1. 2. 3.; a scan-to-read line glued after the last sentence",
        page="""
!m 崿口镇中心学校　　校园网
!m 首页 / 德育安全 / 通知公告
!t 【住校提醒】关于严禁在学生宿舍使用蜡烛和烛台的通知
!m 作者：政教处　录入：校办　发布时间：2024-10-15　阅读：476
{BODY}
!l 上一则：2024年秋季学期校服征订说明
!l 下一则：关于开展第二十七届推广普通话宣传周活动的通知
!m 崿口镇中心学校　电话：0746-5031025　湘ICP备14011208号
""",
        date_also=["2024-10-15"],
        body="""
各班主任、全体住校生：
近期，学校在宿舍安全检查中发现，个别学生在熄灯后私自点蜡烛看书，有的把烛台放在床头、蚊帐边，存在严重火灾隐患。为确保住校生安全，现将有关要求通知如下：
1.严禁将蜡烛、烛台、打火机带入学生宿舍，一经发现一律没收并通知家长。
2.熄灯后确需照明的，可向宿管老师申领充电式小台灯。
3.各班主任要在本周班会上开展一次宿舍用火安全教育，并将情况报政教处。
4.宿管老师每晚熄灯后巡查一次，发现问题及时处理。
请各位家长配合学校做好孩子的安全教育。⟦a 〔手机扫码，本页随身看〕⟧
崿口镇中心学校政教处
2024年10月14日
""",
    ),
    dict(
        slug="duangong-oa-minutes-chisel-hardening",
        site="嵕州锻工工具有限公司协同办公平台 (invented, intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.szduangong.local/doc/view.do?id=20240710-0038",
        title="关于木工凿热处理质量问题的专题会议纪要",
        record_title="【传阅中】关于木工凿热处理质量问题的专题会议纪要｜锻工OA",
        date="2024-07-09",
        notes="OA document view: 流转记录, read count, an 'I have read it' button; minutes' 时间/地点/主持/参会/记录 lines; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【传阅中】关于木工凿热处理质量问题的专题会议纪要｜锻工OA</title>
<link rel="stylesheet" href="/oa/css/doc.css">
</head>
<body>
<div class="oa-top">⟦m 嵕州锻工工具有限公司 · 协同办公⟧ <span>⟦m 当前用户：质检部 左明⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文传阅⟧ ⟦m 会议管理⟧ ⟦m 通讯录⟧</div>
<div class="doc-view">
<div class="doc-head"><h2>{T}</h2>
<p>⟦m 文档编号：HY-2024-038　密级：内部　拟稿：质检部⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 我已阅知⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 生成PDF副本⟧</button></div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-07-10 09:12 质检部 左明 起草⟧</p>
<p>⟦m 2024-07-10 11:40 副总经理 祁振华 审核通过⟧</p>
<p>⟦m 2024-07-10 14:05 行政部 分发至相关部门⟧</p>
<p>⟦m 已阅 23 人 / 未阅 4 人⟧</p></div>
</div>
<div class="oa-foot">⟦m 信息中心运维热线：8016（内线）⟧</div>
</body>
</html>
""",
        body="""
时间：2024年7月9日下午3:00
地点：公司三楼第二会议室
主持：副总经理 祁振华
参会：生产部、质检部、热处理车间、销售部负责人
记录：质检部 左明
会议听取了质检部关于6月份木工凿退货情况的汇报。6月共收到客户退货木工凿1860把，主要问题是刃口硬度不足、使用中卷刃，经抽检，硬度低于HRC58的占退货量的71%。
会议认为，问题主要出在热处理车间淬火炉温控失准和回火时间不稳定。会议议定：
一、热处理车间于7月15日前完成淬火炉温控仪表校准，每班记录炉温曲线；
二、质检部对每批木工凿按5%抽检刃口硬度，不合格批次一律返工；
三、销售部对退货客户逐一回访，补发合格凿子并致歉。
""",
    ),
    dict(
        slug="aohu-factory-intranet-bulletin-coop-rework-wps",
        site="滶湖禽笼制造厂内部信息网 (invented, intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://192.168.10.8/xxw/tb/2024/1122-02.html",
        title="关于焊接车间鸡笼批量返工问题的通报",
        record_title="关于焊接车间鸡笼批量返工问题的通报.wps",
        date="2024-11-22",
        notes="intranet page as text: a .wps file name as the record title; IT desk line; 成文日期 under the signature",
        page="""
!m 滶湖禽笼制造厂内部信息网 · 通知通报
!m 发布部门：质量安全部　点击：214　附件：1个
!t 关于焊接车间鸡笼批量返工问题的通报.wps
!a 【在线预览】【下载正文】【存入个人文件柜】
{BODY}
!l 本栏目其他通报：关于10月份安全生产检查情况的通报
!m 内网维护：信息科 分机 6203
""",
        body="""
各车间、各部门：
11月18日，焊接车间生产的出口型蛋鸡笼在出厂检验中发现焊点虚焊、网片脱焊问题，涉及鸡笼620组，全部返工，直接损失约4.3万元。
经调查，事故原因是焊接二班当班人员擅自调低点焊机电流以加快进度，班组长未按规定进行首件检验，质检员巡检流于形式。
为严肃工作纪律，经厂部研究，决定对焊接二班班长吴振东给予通报批评，扣发当月绩效奖金；对当班质检员给予警告处理。
各车间要引以为戒，严格执行首件检验和工艺参数锁定制度，确保鸡笼产品质量。
滶湖禽笼制造厂质量安全部
2024年11月22日
""",
    ),
]
