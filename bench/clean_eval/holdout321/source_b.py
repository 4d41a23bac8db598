"""holdout321, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-miejiang-essay-father-chopstick-holder",
        site="篾匠家的女儿 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://miejiangnv.blog.cn/archives/318/",
        title="父亲编的竹筷筒",
        record_title="竹编手记｜父亲编的竹筷筒 — 篾匠家的女儿",
        date="2024-03-09",
        notes="blog post: the bracketed post time is the page's date; a collection tag glued after a sentence; "
        "calendar widget, tag cloud, archive and comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>竹编手记｜父亲编的竹筷筒 — 篾匠家的女儿</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head>
<body>
<header><h2 class="site-name">⟦m 篾匠家的女儿⟧</h2><p class="desc">⟦m 竹子、灶台和回不去的老家⟧</p>
<nav>⟦m 首页　竹编手记　灶边闲话　关于我⟧</nav></header>
<main>
<article>
<h1 class="post-title">{T}</h1>
<p class="post-meta">⟦m [2024-03-09 21:14]　分类：竹编手记　阅读 1,086⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：竹筷筒 篾匠 父亲 晌水⟧</p>
<p class="nav-links">⟦l « 竹蒸笼要怎么养⟧　⟦l 一把篾刀的来历 »⟧</p>
</article>
<section id="comments"><h3>⟦l 已有 7 条评论⟧</h3>
<ol><li>⟦l 竹林深处：看哭了，我外公也是篾匠⟧</li><li>⟦l 阿禾：筷筒底下留孔这个细节真好⟧</li></ol>
<form>⟦a 称呼　邮箱　网站　提交评论⟧</form></section>
</main>
<aside>
<div class="widget">⟦m 2024年3月　日 一 二 三 四 五 六⟧</div>
<div class="widget"><h4>⟦l 标签云⟧</h4><p>⟦l 竹编 老屋 灶台 腊味 晌水镇 节气⟧</p></div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><p>⟦l 2024年3月 (4)　2024年2月 (6)　2024年1月 (3)⟧</p></div>
</aside>
<footer>⟦m © 2024 篾匠家的女儿 · 基于 Typecho 搭建⟧</footer>
<script src="/usr/themes/bamboo/js/prism.js"></script>
</body>
</html>
""",
        body="""
父亲是晌水镇有名的篾匠，编了一辈子竹器，最拿手的是竹筷筒。
他选竹只要三年生的楠竹，说嫩竹软、老竹脆，三年的竹子韧劲正好。竹子锯成段，劈篾、刮青、煮篾，一道工序也不省。煮篾要放一把盐，他说这样篾条不生虫，筷筒用十年也不发霉。
他编的筷筒底下留一圈小孔，筷子洗了插进去，水顺着孔往下滴，第二天就干了。邻居来讨，他从不收钱，只让人家带两把自家种的青菜来。⟦l 本文已收录至专题「竹器旧事」⟧
前年父亲中风，手再也握不住篾刀。我把他编的最后一只筷筒带回城里，挂在厨房的墙上。每天吃饭前抽出筷子，总能闻到一点淡淡的竹香。
这两年镇上办了竹编培训班，来学的年轻人不少。我想，父亲那些手艺，总会有人接下去的。
""",
    ),
    dict(
        slug="blog-ayun-memoir-grandma-basin-wrapped",
        site="阿蕴小站 (invented, personal blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://ayunxz.net/post/2024/zaobian-03.html",
        title="外婆的搪瓷和面盆",
        record_title="[灶边絮语] 外婆的搪瓷和面盆 · 阿蕴小站",
        date=None,
        notes="blog text hard-wrapped at 58 columns; a failed-image line of its own between paragraphs; only a "
        "写于…年冬 line and a relative post time (no date)",
        page="""
!m 阿蕴小站
!m 写点吃的，记点旧事
!m 首页 / 灶边絮语 / 旧物 / 留言板
{T}
!m 发布：5 周前　阅读 286　评论 9
!m 分类：灶边絮语　标签：外婆 老物件 面食
{BODY}
!l 上一篇：腊月里的一锅杀猪菜
!l 下一篇：母亲的针线笸箩
!l 最新评论
!l 桃子酱：看得我也想我外婆了
!a 写下你的评论……（需登录）
!m 阿蕴小站 © 2017-2024 | 本站由个人维护
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
外婆家的灶屋里有一只搪瓷和面盆，白底蓝边，盆底印着一对鲤鱼。听母亲说，那是外公1978年在县百货公司排队买回来的，花了四块二毛钱。
外婆和面从不用秤。一瓢面粉倒进盆里，温水一点点往下淋，筷子搅成絮，再用手揣。揣到盆光、面光、手光，她就拿湿笼布一盖，放到灶台边醒着。
⟦a 图片加载失败，轻点此处重新载入⟧
小时候我最爱趴在盆边看面团慢慢胀起来，外婆总笑我“馋猫守着面盆”。等面发好了，她蒸一锅开花馒头，第一个总是塞给我。
后来盆沿磕掉了一块瓷，露出黑黑的铁。母亲劝她换个不锈钢的，她不肯，说这只盆和面不粘手。
外婆走后，这只盆一直放在老屋的碗柜里。我每次回去，都要拿出来擦一擦。
写于二〇二三年冬
""",
    ),
    dict(
        slug="wechat-ganchuan-cdc-lunch-bag-tips-h1",
        site="推文拾存站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wxbackup.cn/a/ganchuan-cdc/20240903-1",
        title="孩子带饭上学，饭包里这几件事要注意",
        record_title=None,
        date="2024-09-03",
        notes="no title in the record: the article's <h1>; the account line is the page's date; a follow prompt glued "
        "before the first words; 阅读原文/在看 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>推文拾存站</title>
</head>
<body>
<div class="mirror-bar">⟦m 推文拾存站 · 只收录公开推文⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　泔川疾控　2024-09-03 17:30　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按下方二维码，关注“泔川疾控”获取更多健康提示⟧</div>
<div class="bottom-bar"><a>⟦a 阅读原文⟧</a> <span>⟦m 阅读 2816⟧</span> <span>⟦a 赞 54⟧</span> <span>⟦a 在看 37⟧</span></div>
<div class="tags">⟦l 收录于合集 #校园健康 12个⟧</div>
</div>
<div class="mirror-foot">⟦d 本页面为公开推文的备份，仅供检索查阅，著作权归原公众号所有。⟧</div>
<script>var ct="1725355800";</script>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“泔川疾控”，一起守护健康⟧新学期开学，不少家长给孩子准备了饭包，让孩子带午饭到学校。天气还热，饭菜从早上放到中午，如果存放不当，容易变质。县疾控中心提醒家长注意以下几点。
一、饭包要有保温层。选择内衬铝箔、夹有保温棉的饭包，再放一只冰袋，饭菜能在较低温度下多放几个小时。
二、饭菜要当天现做。隔夜的凉拌菜、海鲜和汤汁多的菜，不适合装进饭包。
三、饭盒和饭包分开洗。饭盒每天用热水洗净，饭包每周翻过来刷洗一次，晾干再用，防止内衬发霉。
四、吃前先闻一闻。打开饭盒如果有酸味、拉黏丝，不要再吃，要告诉老师。
孩子在校出现腹痛、呕吐等症状时，请及时就医。
""",
    ),
    dict(
        slug="wechat-tea-assoc-pledge-coasters-scan-share",
        site="公号拾遗 (invented WeChat mirror, text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gonghaocundang.com/yanchuan-chaxie/2024/04/15/",
        title="关于在茶事活动中使用可重复茶杯垫的倡议书",
        record_title="【茶协发布】关于在茶事活动中使用可重复茶杯垫的倡议书·微信文章备份",
        date="2024-04-12",
        date_also=["2024-04-15"],
        notes="WeChat mirror text: a follow prompt glued before the salutation; the pledge's own date under the "
        "signature differs from the account's posting date; 扫码/分享 as content; QR line and archive note",
        page="""
!m 公号拾遗 | 公众号文章文字版
{T}
!m 酽川茶协　2024-04-15 08:30
{BODY}
!a 长按识别二维码，关注酽川茶协
!a 阅读原文　　在看　　留言
!d 文字版由公号拾遗自动整理，图片与排版以原文为准。
""",
        gap=True,
        body="""
⟦a ↑轻点上方蓝字，关注酽川茶协⟧全市各茶企、茶馆、茶艺培训机构和广大茶友：
近年来，茶馆、茶会中一次性纸杯垫用量越来越大，一场百人茶会要用掉上千张，用后即扔，既浪费又不雅观。为倡导绿色茶事，市茶叶协会向大家发出如下倡议：
一、茶馆、茶企在日常经营中使用竹编、草编、陶瓷等可重复使用的茶杯垫，不再免费提供一次性纸垫。
二、举办茶会、品鉴会时，鼓励茶友自带杯垫，主办方可设置杯垫寄存处。
三、优先选用本地沏河草编、晌水竹编杯垫，支持非遗手艺人。
四、请各会员单位扫码签署倡议承诺书，并将本倡议分享到各自的客户群。
让我们从一只小小的杯垫做起，共同守护一杯好茶的清雅。
酽川市茶叶协会
2024年4月12日
""",
    ),
    dict(
        slug="docshare-yixiang-rules-urinal-disinfection-doc",
        site="易享文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.yixiangwd.com/doc/1190328.html",
        title="老年公寓夜间床旁便器清洗消毒规程",
        record_title="老年公寓夜间床旁便器清洗消毒规程.doc",
        date=None,
        notes="sharing page: file-name record title; 第N条 articles, one of them speaks of 打印 as content; upload "
        "notice, points lock and a service WeChat; no date (only an effective clause)",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>老年公寓夜间床旁便器清洗消毒规程.doc-易享文档</title></head>
<body>
<div class="head"><a class="logo">⟦m 易享文档⟧</a><span>⟦m 好文档，大家享⟧</span><a>⟦a 上传赚积分⟧</a><a>⟦a 登录⟧</a></div>
<div class="doc">
<h1>{T}</h1>
<div class="upinfo">⟦m 分享者：夕阳红护理站　更新于 2024-08-30　浏览 611　评分 4.6⟧</div>
<div class="notice">⟦d 本文档为网友分享，易享文档仅提供在线预览，内容准确性请自行甄别。⟧</div>
<div class="view">
{BODY}
</div>
<div class="lock">⟦a 完整文档需 8 积分解锁，积分不足可签到领取⟧</div>
<div class="btns"><a>⟦a 立即下载⟧</a><a>⟦a 收藏⟧</a><a>⟦a 举报⟧</a></div>
</div>
<div class="kefu">⟦w 找不到想要的资料？客服微信 yixiang_kf07⟧</div>
<div class="rel"><h3>⟦l 你可能也需要⟧</h3><p>⟦l 养老院污物间管理制度.docx⟧</p><p>⟦l 护理员手卫生操作流程.pdf⟧</p></div>
<div class="foot">⟦m 易享文档 yixiangwd.com　苏ICP备21044807号⟧</div>
<script>var docId=1190328,needScore=8;</script>
<script src="//s.yixiangwd.com/js/viewer.js"></script>
</body>
</html>
""",
        body="""
第一条　为规范本公寓夜间床旁便器的清洗消毒，预防交叉感染，制定本规程。
第二条　本规程所称床旁便器，是指供入住老人夜间使用的夜壶、便盆和坐便椅桶。
第三条　便器实行一人一具，外壁贴姓名和房号标签，不得混用。
第四条　夜班护理员每次倾倒后，先用清水冲净，再放入有效氯500毫克每升的消毒液中浸泡30分钟，冲洗晾干后放回原处。
第五条　每周日由护理组长对全部便器集中检查一次，发现裂纹、异味难除的，登记后报后勤更换。
第六条　护理部应将本规程打印张贴在污物间，护理员在《便器消毒登记表》上逐次签名，登记表保存一年备查。
第七条　本规程由护理部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-shuge-contract-chopstick-holders-blanks",
        site="书格共享 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://shugegx.com/view/2024/0611/55820.html",
        title="竹筷筒采购合同（范本）",
        record_title="竹筷筒采购合同（范本）【留白可填写】- 书格共享",
        date=None,
        notes="sharing text page: a contract template with ＿＿ blanks, ×× placeholders and ＿＿＿＿年＿＿月＿＿日; "
        "第N条 articles; upload notice and points prompt; no date",
        page="""
!m 书格共享 — 文档在线分享平台
!m 书格共享 > 合同协议 > 采购合同
{T}
!m 贡献者：shugexiaozhu　格式：DOCX　页数：2　下载：309
!d 本资料来源于网友上传，仅供学习研究，若涉及版权请联系平台删除。
{BODY}
!a 下载完整版需 3 个书格币，新用户首单免费
!l 相关合同：竹木制品购销合同｜餐具采购框架协议｜食堂用品供货合同
!m 书格共享 © 2019-2024　浙ICP备19052270号-1
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　甲方向乙方采购竹筷筒＿＿＿只，规格为直径××厘米、高××厘米，单价＿＿元，合计金额＿＿＿＿元。
第二条　竹筷筒应采用三年生以上楠竹制作，经高温碳化处理，底部镂空沥水，不得使用硫磺熏蒸。
第三条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　甲方收货后5日内验收，发现霉斑、开裂或异味的，乙方应无条件更换。
第五条　验收合格后10日内，甲方一次性付清货款。
第六条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-ruixi-notice-lunch-bag-storage-attachment",
        site="枘溪县教育体育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.ruixi.gov.cn/tzgg/2024/0927/4418.html",
        title="关于规范学生午餐饭包存放管理的通知",
        record_title="关于规范学生午餐饭包存放管理的通知【通知公告】枘溪县教育体育局",
        date="2024-09-26",
        date_also=["2024-09-27"],
        notes="education portal: 适老化 links; the notice's own 联系人/电话/邮箱 next to the site's technical-support "
        "line; 附件 list beside an attachment download link; 下载 as content; the page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范学生午餐饭包存放管理的通知【通知公告】枘溪县教育体育局</title>
<script src="/js/accessibility.js"></script>
</head>
<body>
<div class="top"><span>⟦m 枘溪县教育体育局⟧</span><a>⟦a 大字版⟧</a><a>⟦a 语音朗读⟧</a><a>⟦a EN⟧</a></div>
<div class="menu">⟦m 首页 | 机构概况 | 通知公告 | 教育资讯 | 办事指南 | 局长信箱⟧</div>
<div class="loc">⟦m 您现在的位置：首页 » 通知公告⟧</div>
<div class="content">
<h2>{T}</h2>
<p class="src">⟦m 发布日期：2024-09-27　来源：体卫艺股　阅读：1503⟧</p>
{BODY}
<p class="att"><a href="/upload/2024/09/dengjibiao.docx">⟦a 📎 学生午餐存放设施情况登记表.docx（已下载 126 次）⟧</a></p>
<p class="tool">⟦a 【打印正文】【返回顶部】⟧</p>
</div>
<div class="links">⟦l 友情链接：枘溪县人民政府　枘溪县教育考试中心　省教育厅⟧</div>
<div class="foot">
<p>⟦m 枘溪县教育体育局主办　地址：枘溪县枘园路16号⟧</p>
<p>⟦m 技术支持：县教育信息中心　维护电话：0745-7320000⟧</p>
<p>⟦m 湘ICP备10008815号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校、幼儿园：
近期，部分学校反映学生自带午餐的饭包在教室随意堆放，天热时饭菜容易变质。为保障学生饮食安全，现就规范学生午餐饭包存放管理通知如下。
一、各校要在教室或走廊设置饭包存放架，一人一格，贴好姓名标签，不得把饭包放在窗台等阳光直射处。
二、有条件的学校要配备冷藏柜或加热柜，由专人管理，每日清洁消毒。
三、班主任要提醒家长给饭包配冰袋，发现饭菜有异味的，及时联系家长。
四、请各校下载附件中的登记表，于10月15日前将存放设施情况报县教体局体卫艺股。
联系人：蒋文涛，电话：0745-7321566，邮箱：twy@ruixi-edu.cn。
附件：学生午餐存放设施情况登记表
枘溪县教育体育局
2024年9月26日
""",
    ),
    dict(
        slug="edu-ganchuan-plan-coaster-club-decimal",
        site="泔川教育网 (invented education portal, text)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.gcedu.net/dyyd/2024/0228/7721.html",
        title="晌水镇中心小学“茶杯垫里的家乡”劳动教育社团活动方案",
        record_title="【劳育课堂】晌水镇中心小学“茶杯垫里的家乡”劳动教育社团活动方案（附课时安排）- 泔川教育网",
        date="2024-02-26",
        notes="education portal text: decimal headings 1.1–3.3; a scan-to-read line glued after a sentence; the "
        "plan's date under the school's name",
        page="""
!m 泔川教育网
!m 首页 > 德育园地 > 劳动教育
{T}
!m 作者：晌水镇中心小学　点击：388　更新：2024-02-28
!a 字体：大 中 小　　扫一扫手机阅读
{BODY}
!l 上一篇：圜口镇中学开展“我为家乡种棵树”活动
!l 下一篇：泔川县2024年春季学期中小学劳动教育工作要点
!m 泔川县教育局主办　泔川教育网编辑部维护　湘ICP备11021963号
""",
        body="""
1 活动目标
1.1 让学生了解本地草编茶杯垫的历史和编织方法。
1.2 每名学生在本学期独立完成至少两只茶杯垫。
2 活动安排
2.1 时间：每周三下午第三节课，共16课时。
2.2 地点：学校劳动实践室。
2.3 指导教师：美术组韦丽娟老师，并邀请草编传承人姚春梅每月到校指导一次。⟦a 手机扫码，课程资料随身看⟧
3 活动内容
3.1 第1—4课时，认识蔺草，学习选草、浸草。
3.2 第5—10课时，学习十字起底和绕边收口。
3.3 第11—16课时，自主设计图案，完成作品。
4 安全要求
剪刀由教师统一保管，用后收回；浸草用温水，不使用开水。
5 成果展示
学期末举办“茶杯垫里的家乡”作品展，优秀作品赠送给学校结对的敬老院。
晌水镇中心小学
2024年2月26日
""",
    ),
    dict(
        slug="intranet-dingsheng-minutes-dough-basin-cracks",
        site="鼎晟厨具协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.dingsheng-kitchen.com/doc/view.do?id=20240614007",
        title="和面盆拉伸线质量分析会会议纪要",
        record_title="（质量部发布）和面盆拉伸线质量分析会会议纪要｜鼎晟协同门户",
        date="2024-06-14",
        notes="OA document view: 流转记录, read count and a mark-as-read button; the minutes' 时间/地点/主持/参会/记录 "
        "lines in the body; the date from the 时间 line; an IT-desk extension",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>（质量部发布）和面盆拉伸线质量分析会会议纪要｜鼎晟协同门户</title>
<script src="/oa/js/flow.js"></script></head>
<body>
<div class="oa-top">⟦m 鼎晟厨具协同办公平台⟧ <span>⟦m 欢迎您，质量部 廖欣⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议纪要　知识库⟧</div>
<div class="doc-head">
<h3>{T}</h3>
<p>⟦m 发文部门：质量部　密级：内部　已阅 58 人⟧</p>
<p><button>⟦a 我已阅知⟧</button> <button>⟦a 转发　打印　收藏⟧</button></p>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 廖欣（质量部）起草　06-14 17:20⟧</p>
<p>⟦l 冯建国（副总经理）审核通过　06-15 09:02⟧</p>
<p>⟦l 综合办归档　06-15 10:40⟧</p></div>
<div class="oa-foot">⟦m 系统使用问题请拨信息中心分机 8016⟧</div>
</body>
</html>
""",
        body="""
时间：2024年6月14日下午3:00
地点：公司三楼第二会议室
主持：副总经理冯建国
参会：质量部、生产部、技术部、采购部负责人及拉伸车间班组长
记录：质量部廖欣
会议听取了质量部关于5月份和面盆客户投诉情况的汇报，分析了盆沿开裂的原因，议定事项如下：
一、5月共接到盆沿开裂投诉23起，集中在36厘米规格，主要原因是拉伸模具磨损后未及时修磨。技术部于6月20日前完成模具修磨，并制定模具定期检修计划。
二、采购部对不锈钢卷料供应商开展一次现场审核，6月底前提交审核报告。
三、生产部自6月17日起在拉伸工序增加首件检验，每批次抽检不少于10只。
四、质量部每周汇总投诉数据，在下次月度质量会上通报整改效果。
""",
    ),
    dict(
        slug="intranet-hongguang-bulletin-urinal-glaze-defect",
        site="宏光搪瓷内部信息门户 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.1.20/portal/notice/2024/0703-02.html",
        title="关于搪瓷夜壶出口批次釉面缺陷的通报",
        date="2024-07-03",
        notes="intranet text page: record title as is; an internal-only notice and a download/print/forward row; "
        "the 成文日期 under the company's name",
        page="""
!m 宏光搪瓷 · 内部信息门户
!m 公告通知 > 质量通报
{T}
!m 发布部门：总经理办公室　阅读：212
!a 下载原文 | 打印 | 转发至部门
{BODY}
!d 内部资料，仅限本公司员工阅读，严禁截图外传。
!l 相关通报：关于一季度产品质量考核情况的通报
!m 信息门户由信息中心维护　内线 8800
""",
        indent="\u3000\u3000",
        body="""
各车间、质检科：
6月28日，公司发往东南亚客户的一批搪瓷夜壶（货号EP-2206，共4800只）在客户验货时被发现釉面气泡、壶嘴掉瓷等缺陷，不良率达6.3%，客户要求整批返工，公司为此承担返工费和空运差价共计11.6万元。
经调查，直接原因是二号烧成炉温控仪表失灵，炉温偏低约30℃，当班操作工未按规定每小时记录炉温；质检科出厂抽检只看外观正面，漏检了壶嘴内侧。
为吸取教训，公司决定：
一、对二号炉当班班长吴海涛、操作工邵军各扣发当月绩效30%，质检科抽检员孟凡扣发20%。
二、设备科7月10日前完成全部烧成炉温控仪表校验。
三、质检科修订出口产品抽检细则，将壶嘴、壶口内侧列为必检部位。
各部门要举一反三，严把质量关，坚决杜绝类似问题再次发生。
阖山县宏光搪瓷制品有限公司
2024年7月3日
""",
    ),
]
