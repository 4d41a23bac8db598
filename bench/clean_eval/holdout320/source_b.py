"""holdout320, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Invented text (places, people, firms, sites, URLs, phones, ids); written by hand, one case at a
time; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-wanhe-essay-grandma-towel-quilt",
        site="晚禾的自留地 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://wanhe.blog.example.net/2025/07/grandma-quilt/",
        title="外婆的那条毛巾被",
        record_title="〔旧物慢记〕外婆的那条毛巾被 ⁄ 晚禾的自留地",
        date=None,
        notes="WordPress-like blog: calendar widget, tag cloud, archive, comment form; an essay with no date (the post line says 3 天前); a like button glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>〔旧物慢记〕外婆的那条毛巾被 ⁄ 晚禾的自留地</title>
<link rel="stylesheet" id="twentyx-style-css" href="https://wanhe.blog.example.net/wp-content/themes/twentyx/style.css" media="all">
<script src="https://wanhe.blog.example.net/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="post-template-default single">
<header class="site-header">
<p class="site-title">⟦m 晚禾的自留地⟧</p>
<p class="site-description">⟦m 种点字，收点光阴⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/jiushi/">⟦m 旧物慢记⟧</a> <a href="/category/dushu/">⟦m 读书⟧</a> <a href="/about/">⟦m 关于我⟧</a></nav>
</header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 晚禾 · 3 天前 · 旧物慢记 · 1,042 次阅读⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：外婆　老物件　夏天⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 那年夏天的竹席⟧ ⟦l 街角的修鞋摊 →⟧</nav>
<section id="comments">
<h3>⟦l 5 条评论⟧</h3>
<div class="comment">⟦l 麦田守望：看哭了，我外婆也有一条一模一样的。⟧</div>
<div class="comment">⟦l 阿澈：格子花那种吧，太熟悉了⟧</div>
<form id="commentform"><p>⟦a 发表评论（邮箱不会被公开）⟧</p><p><button>⟦a 提交评论⟧</button></p></form>
</section>
</main>
<aside class="widget-area">
<section class="widget_calendar">⟦l 2025年七月 日历⟧</section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2>⟦l 老物件 外婆 读书笔记 菜园 雨天⟧</section>
<section class="widget_archive"><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年七月 (4)⟧</li><li>⟦l 2025年六月 (6)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m © 晚禾的自留地　由 WordPress 驱动　主题 TwentyX⟧</footer>
<script src="https://wanhe.blog.example.net/wp-includes/js/comment-reply.min.js"></script>
</body>
</html>
""",
        body="""
外婆有一条格子花的毛巾被，蓝白相间，洗得发软，边角已经起了毛。
小时候每到暑假，我就睡在外婆家的竹床上，她总把这条毛巾被盖在我肚子上，说肚脐受了凉要拉肚子。
夜里蚊子多，外婆一边摇蒲扇，一边给我讲她年轻时在纱厂织布的事。我听着听着就睡着了，醒来时毛巾被总是被掖得好好的。⟦a ♡ 喜欢这篇⟧
后来外婆走了，舅舅收拾屋子，问我要不要留点什么。我只要了那条毛巾被。
如今它叠在我衣柜的最上层，夏天偶尔拿出来盖一盖，好像还能闻到外婆家院子里栀子花的香味。
""",
    ),
    dict(
        slug="blog-laoji-trunking-corners-wrapped",
        site="电工老季的笔记本 (invented blog)",
        style="博客",
        genre="经验",
        kind="other",
        form="text",
        source="http://laoji-dg.blogsite.example.cn/post/1187.html",
        title="明装电线槽转角怎么处理才不难看",
        record_title="明装电线槽转角怎么处理才不难看 » 电工老季的笔记本",
        date=None,
        notes="an electrician's blog as text, hard-wrapped at 58 columns; a relative post time (昨天 22:10) only, no date; category and tags line, prev/next, comments",
        page="""
!m 电工老季的笔记本
!m 干了二十年电工，记点手上的活
!m 首页 | 水电笔记 | 工具 | 留言板
{T}
!m 昨天 22:10 ｜ 分类：水电笔记 ｜ 评论(8) ｜ 阅读(652)
{BODY}
!l 标签：线槽 明装 转角 水电
!l « 上一篇：老房子换插座先查什么
!l » 下一篇：卫生间插座要不要装防溅盒
!l 网友评论：
!l 小郑装修中：阳角那个45度切法学到了
!l 阿土伯：老季写得实在
!a 我要评论（需登录）
!m 本博客文字均为原创，转载请留个链接　Powered by Z-Blog
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
不少朋友家里改电路不想开槽，就用明装电线槽，可装完一看，转角的地方总是歪歪扭扭，特别显眼。
其实转角处理好了，线槽也能很整齐。我的做法是：平面转角用配套的直角弯头，阴角和阳角也都有专门的配件，别图省事直接把线槽剪开硬折。
没有配件的时候，就把两段线槽的端头各切成四十五度，对齐后再扣盖板，接缝处用同色的胶条压一下，远看几乎看不出来。
还有一点，固定线槽的钉子间距不要超过五十厘米，转角两侧十厘米以内各钉一颗，时间长了才不会翘起来。
""",
    ),
    dict(
        slug="wechat-bixiyuan-pledge-tieback-h1",
        site="跸口区妇联 (invented WeChat account, on a mirror site)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.mirrorhub.example.com/s/bikou-fulian-20250601",
        title="关于家中窗帘拉绳加装安全扣的倡议书",
        record_title=None,
        date="2025-05-30",
        date_also=["2025-06-01"],
        notes="WeChat mirror, no record title: the title in the <h1>; 原创 tag and account line (the account's date differs from the 成文日期 under the signature); a follow prompt glued before the salutation; 阅读原文/在看 rows and a QR line; sharing the pledge as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>跸口区妇联</title>
<link rel="stylesheet" href="https://wx.mirrorhub.example.com/static/css/mp.css">
<script src="https://wx.mirrorhub.example.com/static/js/lazy.js"></script>
</head>
<body id="activity-detail">
<div class="mirror-top">⟦m 号文存阅 · 收录优质公众号文章⟧ <a href="/">⟦m 返回首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span>
<span>⟦m 跸口区妇联　2025-06-01 07:30　发表于鄮州⟧</span>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注“跸口区妇联”⟧</div>
<div class="rich_media_tool">
<a href="#">⟦a 阅读原文⟧</a>
<span>⟦m 阅读 2.1万⟧</span>
<span>⟦a 👍 赞 326⟧</span>
<span>⟦a 在看 148⟧</span>
</div>
<div class="comment-area">
<p>⟦l 精选留言⟧</p>
<p>⟦l 桃子妈：马上去买，谢谢提醒！⟧</p>
<p>⟦l 蹊园小葵：我们小区能统一发放吗？⟧</p>
</div>
</div>
<div class="mirror-foot">
<p>⟦d 本页由号文存阅自动抓取，版权归原公众号所有，如需删除请联系 del@mirrorhub.example.com⟧</p>
<p>⟦l 同公众号更多文章：跸口区“最美家庭”评选揭晓 ｜ 暑期儿童防溺水提示⟧</p>
</div>
<script>var biz="MzI5NjQ3ODgyMA==";var mid=2247490018;</script>
</body>
</html>
""",
        p_html='<p style="line-height:1.75em;"><span style="font-size:16px;">{}</span></p>',
        body="""
⟦a ▲点击上方蓝字“跸口区妇联”关注我们⟧各位家长朋友：
近年来，各地多次发生幼儿被窗帘拉绳缠绕颈部的意外，有的造成了无法挽回的后果。为守护孩子安全，我们向全区家庭发出如下倡议：
一、检查家中窗帘、百叶帘的拉绳和串珠绳，凡垂落到一米五以下的，请加装安全扣或绕线器，把绳子收起来。
二、婴儿床、儿童床、沙发不要紧挨窗户摆放，避免孩子爬高后够到拉绳。
三、购买窗帘时，优先选择无拉绳或带安全扣的产品。
请把这份倡议转发分享给身边的家长，让更多孩子远离危险。
跸口区妇女联合会
2025年5月30日
""",
    ),
    dict(
        slug="wechat-ertongyy-socket-cover-account-date",
        site="鄮州市儿童医院 (invented WeChat account, text mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://weixin.wenzhaibao.example.com/a/mzet-20250214.html",
        title="插座保护盖，家里装对了吗？",
        record_title="鄮州市儿童医院丨插座保护盖，家里装对了吗？ — 公号推文留档",
        date="2025-02-14",
        notes="a hospital account's article on a text mirror; the account line's date is the page's date; a star prompt and a follow prompt, a QR line and a 在看 row; the hospital's 咨询电话 in the body beside the mirror's own contact",
        page="""
!m 文摘宝 · 公号推文留档
{T}
!m 原创　鄮州市儿童医院　2025-02-14 18:00
!a 👆点蓝字关注，设为★星标，不错过每一篇科普
{BODY}
!a 扫描下方二维码，预约儿童保健门诊
!a 分享　　收藏　　在看 87
!l 往期推荐：宝宝误吞纽扣电池怎么办｜冬季儿童烫伤急救三步
!m 文摘宝仅做备份展示，商务合作请加微信 wzb_kefu01
""",
        body="""
春节刚过，儿童医院急诊科就接诊了两名手指被插座电击的幼儿，所幸伤得不重。
很多家长说家里装了插座保护盖，为什么还会出事？急诊科医生发现，问题往往出在保护盖本身：有的是一拔就掉的简易插片，孩子当成玩具抠下来；有的保护盖尺寸不合适，和插座之间留着缝。
医生建议，选购时要看有没有3C标志，优先选择需要旋转或按压才能取下的款式；装好后大人自己试着拔一拔，能轻松拔出的就要更换。
如孩子发生触电，应先切断电源，再把孩子拉离，并立即拨打120。儿童保健咨询电话：0574-8866 1203。
""",
    ),
    dict(
        slug="docshare-yunjuan-rules-trunking-docx",
        site="云卷文档共享 (invented sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.yunjuandoc.com/d/73a0f61c.html",
        title="办公区电线槽布线管理规定",
        record_title="办公区电线槽布线管理规定.docx",
        date=None,
        notes="a sharing reader: the record title is the file name; ratings, a points lock, an upload notice, a service WeChat; rules with 第N条 articles that speak of 打印 and 扫码 as content, effective on publication (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>办公区电线槽布线管理规定.docx - 云卷文档共享</title>
<link rel="stylesheet" href="/assets/css/doc-view.css">
<script src="/assets/js/doc-view.js" defer></script>
</head>
<body>
<div class="yj-top">
<a href="/" class="logo">⟦m 云卷文档共享⟧</a>
<span class="slogan">⟦m 好文档，一起卷⟧</span>
<a href="/upload">⟦a 上传赚积分⟧</a> <a href="/signin">⟦a 签到领积分⟧</a>
</div>
<div class="yj-crumb">⟦m 云卷文档共享 / 行政管理 / 规章制度⟧</div>
<div class="yj-doc">
<h1>{T}</h1>
<div class="yj-info">⟦m ★★★★☆ 4.2分（31人评）　｜　38次下载　｜　上传于 5 个月前⟧</div>
<div class="yj-reader">
{BODY}
</div>
<div class="yj-lock">⟦a 本文档共 3 页，已预览 2 页，支付 5 积分查看剩余内容⟧</div>
<div class="yj-btns"><button>⟦a 立即下载（5积分）⟧</button> <button>⟦a 存入我的云盘⟧</button></div>
</div>
<div class="yj-notice">⟦d 温馨提示：本站文档均由会员上传，云卷仅提供信息存储空间，内容如有不妥请举报。⟧</div>
<div class="yj-side">
<h3>⟦l 相似文档⟧</h3>
<p>⟦l 机房综合布线规范⟧</p>
<p>⟦l 办公楼用电安全管理制度⟧</p>
<p>⟦l 弱电线路维护规程⟧</p>
<p>⟦w 积分充值、找文档请加客服微信 yunjuan_kf2⟧</p>
</div>
<div class="yj-foot">⟦m 云卷文档共享 yunjuandoc.com　京ICP备21033507号-1⟧</div>
<script>var docId="73a0f61c";</script>
</body>
</html>
""",
        p_html="<div class=\"para\">{}</div>",
        body="""
第一条　为规范办公区线路敷设，消除用电安全隐患，制定本规定。
第二条　办公区新增或改动的电源线、网线、电话线一律穿电线槽敷设，不得沿地面、桌面散放。
第三条　强电与弱电分槽敷设，同一线槽内的线缆截面积之和不超过线槽截面积的百分之四十。
第四条　线槽盖板缺失或破损的，使用部门应在发现当日报行政部更换。
第五条　行政部每季度检查一次线槽，打印检查记录表存档；各线槽张贴二维码标签，扫码即可查看线路走向和责任人。
第六条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="docshare-wenpu-contract-template-radiator-cover",
        site="文圃共享 (invented sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://share.wenpu365.com/doc/448120",
        title="暖气罩定制安装合同（范本）",
        record_title="暖气罩定制安装合同（范本）（可编辑）丨合同协议 - 文圃共享",
        date=None,
        notes="a contract template on a sharing page: ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; an upload notice and a preview limit; no date (a template)",
        page="""
!m 文圃共享 — 文档资料免费共享平台
!m 文档分类：合同协议 ＞ 家装合同
!t 暖气罩定制安装合同（范本）（可编辑）
!m 分享者：梧桐小栈　|　大小：21KB　|　收藏 64
!a 〔在线编辑〕〔一键下载〕〔收藏〕
{BODY}
!a 以上为部分预览，完整合同请下载后查看
!d 此文档由网友分享至文圃共享，仅供参考使用，签约前请咨询专业人士。
!l 相关合同：家装木作定制合同｜暖气片安装施工合同
""",
        body="""
甲方（委托人）：＿＿＿＿＿＿　乙方（承揽人）：××装饰有限公司
第一条　乙方为甲方定制暖气罩＿＿组，材质为＿＿＿＿，总价款人民币＿＿＿＿元。
第二条　乙方应于＿＿年＿＿月＿＿日前完成安装。暖气罩须留足散热孔，不得影响供暖效果。
第三条　暖气罩边角须做圆角处理，表面无毛刺、无异味。
第四条　保修期为一年，保修期内非人为损坏由乙方免费维修。
第五条　本合同一式两份，甲乙双方各执一份，自签字之日起生效。
甲方签字：＿＿＿＿　乙方盖章：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-jutang-notice-radiator-cover-attachment",
        site="莒塘教育网 (invented, county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jy.jutang.gov.cn/tzgg/2024/1105/3391.html",
        title="莒塘县教育局关于做好冬季校园暖气罩安全防护工作的通知",
        record_title="莒塘县教育局关于做好冬季校园暖气罩安全防护工作的通知 - 教育通知 - 莒塘教育网",
        date="2024-11-04",
        date_also=["2024-11-05"],
        notes="education portal: 适老/读屏 links, an attachment download link beside the notice's own 附件 line, its 联系人/电话 beside the portal's technical-support line; 请各学校下载附件 as content; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>莒塘县教育局关于做好冬季校园暖气罩安全防护工作的通知 - 教育通知 - 莒塘教育网</title>
<link rel="stylesheet" href="/css/jy_detail.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="jy-top">⟦m 莒塘县教育局主办⟧ <a href="javascript:;">⟦a 适老版⟧</a> <a href="javascript:;">⟦a 读屏模式⟧</a></div>
<div class="jy-banner">⟦m 莒塘教育网⟧ ⟦m 办人民满意的教育⟧</div>
<ul class="jy-nav">
<li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 教育通知⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 校园安全⟧</li><li>⟦m 办事指南⟧</li>
</ul>
<div class="jy-where">⟦m 您现在的位置：首页 &gt; 教育通知 &gt; 正文⟧</div>
<div class="jy-art">
<h2>{T}</h2>
<div class="jy-meta">⟦m 发布日期：2024-11-05　作者：安全股　点击：<span>1127</span>⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-file">⟦a 📎 附件下载：校园暖气罩安全检查记录表.doc（36KB）⟧</div>
<div class="jy-op">⟦a [打印此页] [返回顶部]⟧</div>
</div>
<div class="jy-right">
<h3>⟦l 最新通知⟧</h3>
<ul>
<li>⟦l 关于做好2025届初中毕业生学业水平考试报名工作的通知⟧</li>
<li>⟦l 关于开展中小学冬季消防演练的通知⟧</li>
</ul>
</div>
<div class="jy-foot">
<p>⟦m 版权所有：莒塘县教育局　地址：莒塘县文昌路18号⟧</p>
<p>⟦m 技术支持：县教育信息中心　故障报修 0539-5219 660⟧</p>
<p>⟦m 皖ICP备11007216号-2⟧</p>
</div>
<script>var _pageId=3391;</script>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
入冬以来，各校陆续开始供暖。为防止学生在课间追逐打闹时磕碰暖气片或被烫伤，现就做好暖气罩安全防护工作通知如下。
一、幼儿园、小学低年级教室和走廊的暖气片，须于11月20日前全部加装暖气罩，罩体边角应为圆角，不得使用玻璃等易碎材料。
二、已安装暖气罩的学校要逐间检查，发现松动、开裂的立即维修。
三、请各学校下载附件，填写检查记录表，于11月25日前报县教育局安全股。
附件：校园暖气罩安全检查记录表
联系人：聂可欣　电话：0539-5216 031
莒塘县教育局
2024年11月4日
""",
    ),
    dict(
        slug="edu-rongxi-kindergarten-notice-towel-quilt-wrapped",
        site="肜溪县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.rxjyxx.cn/xyaq/2025/0512/11084.html",
        title="关于规范幼儿园午睡毛巾被清洗消毒工作的通知",
        record_title="【后勤提示】关于规范幼儿园午睡毛巾被清洗消毒工作的通知_校园安全_肜溪县教育信息网",
        date="2025-05-12",
        notes="education site as text, hard-wrapped at 66 columns; numbered rules; 成文日期 under the signature; a copy-lock line between paragraphs",
        page="""
!m 肜溪县教育信息网
!m 首页 → 校园安全 → 后勤管理
!t 【后勤提示】关于规范幼儿园午睡毛巾被清洗消毒工作的通知
!m 来源：县教育局后勤保障股　更新：2025-05-13　浏览：540
!a 〖放大〗〖默认〗〖缩小〗　〖打印〗
{BODY}
!l 上一条：肜溪县2025年学前教育宣传月活动方案
!l 下一条：关于做好中小学食堂夏季食品安全的通知
!m 肜溪县教育局版权所有　技术支持电话：0394-7651 200
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
各幼儿园：
天气转热，幼儿午睡开始使用毛巾被。为预防手足口病等传染病在园内传播，现就规范毛巾被清洗消毒通知如下：
一、毛巾被一人一条，标注姓名，不得混用，每周至少清洗一次，遇幼儿呕吐、尿床随时更换。
⟦a ※本页内容禁止复制，如需全文请联系管理员※⟧
二、清洗后的毛巾被应在阳光下晾晒不少于四小时，或用消毒柜、含氯消毒液浸泡消毒。
三、各园保健医生每周检查一次，并做好登记。县教育局将在六月组织抽查。
肜溪县教育局
2025年5月12日
""",
    ),
    dict(
        slug="intranet-xinghe-minutes-trunking-oa",
        site="星禾电器协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.xinghe-elec.local/doc/view?id=20250306-0017",
        title="总装车间线槽改造专题会议纪要",
        record_title="〔会议纪要·生产部〕总装车间线槽改造专题会议纪要 ▸ 星禾协同办公",
        date="2025-03-06",
        notes="OA document view: 流转记录, read count, a 标记已阅 button; minutes with 时间/地点/主持/参会/记录 lines (the 时间 line gives the date), an IT desk's extension beside the minutes' own contact",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔会议纪要·生产部〕总装车间线槽改造专题会议纪要 ▸ 星禾协同办公</title>
<link rel="stylesheet" href="/oa/theme/blue/doc.css">
<script src="/oa/js/oa-core.js"></script>
</head>
<body>
<div class="oa-head">⟦m 星禾电器协同办公平台⟧ <span>⟦m 当前用户：葛宁（质量部）⟧</span> <a href="/logout">⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　公文管理　会议管理　知识库　通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 ＞ 会议纪要 ＞ 查看⟧</div>
<div class="oa-doc">
<div class="doc-h">{T}</div>
<div class="doc-attr">⟦m 拟稿部门：生产部　密级：内部　阅读次数：63⟧</div>
<div class="doc-txt">
{BODY}
</div>
<div class="doc-btn"><button>⟦a 标记已阅⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 打印⟧</button></div>
<div class="doc-flow">
<p>⟦m 流转记录⟧</p>
<p>⟦m 2025-03-07 09:12　生产部 靳波　拟稿⟧</p>
<p>⟦m 2025-03-07 10:40　厂办 郁晓　审核通过⟧</p>
<p>⟦m 2025-03-07 14:05　分发至：总装车间、设备部、安环部⟧</p>
</div>
</div>
<div class="oa-foot">⟦m IT服务台分机 8000　星禾电器信息中心维护⟧</div>
<script>OA.doc.init({id:"20250306-0017",readonly:true});</script>
</body>
</html>
""",
        body="""
时间：2025年3月6日下午2:30
地点：行政楼三楼第二会议室
主持：副总经理 冼志刚
参会：生产部、设备部、安环部、总装车间负责人
记录：靳波
会议研究了总装车间线槽改造有关事项，纪要如下：
一、车间现有地面走线杂乱，叉车碾压电缆的情况时有发生。会议决定将一、二号线的动力电缆全部改走架空金属线槽，控制线缆另设线槽。
二、设备部负责出具改造图纸，3月15日前报安环部审核；改造安排在3月22日、23日停产检修期间完成。
三、改造费用约六万八千元，从年度技改资金中列支。
联系人：设备部 武俊杰，分机 8216
""",
    ),
    dict(
        slug="intranet-lanyue-hotel-bulletin-socket-cover",
        site="澜悦酒店集团员工门户 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://portal.lanyue-hotels.local/notice/2025/0108",
        title="关于客房插座保护盖缺失问题的通报",
        record_title="[客房部通报] 关于客房插座保护盖缺失问题的通报 | 澜悦员工门户",
        date="2025-01-08",
        notes="intranet portal as text: a 文号 line (neutral), a portal banner and read count, a rooms table one row a paragraph; 成文日期 under the signature; 抄送 line",
        page="""
!m 澜悦酒店集团员工门户　|　内部资料　注意保密
!m 公告通知 ＞ 部门通报
{T}
澜悦客房〔2025〕2号
!m 发布人：客房部 林婵　已读 214 人　未读 37 人
{BODY}
!a 【我已阅读】　【下载PDF】　【打印】
!m 系统维护：集团信息部　内线 6600
""",
        body="""
各门店客房部：
元旦前后，集团质检组对七家门店的亲子客房进行了暗访检查，发现部分客房插座保护盖缺失或已损坏，现将有关情况通报如下：
门店　检查房间数　缺失保护盖插座数
鄮州中心店　12　9
跸口店　10　4
莒塘店　8　6
亲子客房是儿童入住最多的房型，插座保护盖缺失属于严重安全隐患。请各门店于1月15日前完成补装，并在每日查房时逐一检查。
澜悦酒店集团客房管理部
2025年1月8日
抄送：集团质检组，各门店总经理。
""",
    ),
]
