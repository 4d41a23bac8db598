"""holdout319, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text, written by hand;
see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-sunmao-essay-elm-keyhook",
        site="榫卯闲人的博客 (invented, WordPress-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://sunmaoxianren.example.blog/2024/elm-key-hook/",
        title="给玄关做了一块老榆木钥匙挂",
        record_title="【木头与我·第9篇】给玄关做了一块老榆木钥匙挂 | 榫卯闲人的博客",
        date=None,
        notes="WordPress-like blog: calendar widget, archive, tag cloud, comment form; a tip-jar line glued after a 。; posted 2 周前 (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【木头与我·第9篇】给玄关做了一块老榆木钥匙挂 | 榫卯闲人的博客</title>
<link rel="stylesheet" id="twentytwenty-style-css" href="/wp-content/themes/mu/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="post-template-default single">
<header id="site-header"><div class="site-title">⟦m 榫卯闲人的博客⟧</div><div class="site-description">⟦m 木头、刨花和一点耐心⟧</div>
<nav>⟦m 首页　木作　工具　读书　关于我⟧</nav></header>
<main id="site-content">
<article class="post">
<header class="entry-header"><h1 class="entry-title">{T}</h1>
<div class="post-meta">⟦m 榫卯闲人　·　发布于 2 周前　·　分类：木作小记　·　阅读 688⟧</div></header>
<div class="entry-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：榆木 玄关 钥匙挂 旧物改造⟧</div>
<nav class="post-nav"><p>⟦l « 上一篇 用边角料给阳台做花架⟧</p><p>⟦l 下一篇 » 第一次用手刨，差点削了指甲⟧</p></nav>
</article>
<div id="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 南山木：虫眼留着太有味道了⟧</p><p>⟦l 小陈：黄铜钩哪里买的？求链接⟧</p>
<form id="commentform"><p>⟦a 发表评论　电子邮件地址不会被公开，必填项已用 * 标注⟧</p><button>⟦a 提交评论⟧</button></form></div>
</main>
<aside class="widget-area">
<div class="widget_calendar"><h2>⟦l 日历⟧</h2><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></div>
<div class="widget_archive"><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 二〇二四年十月 (4)⟧</li><li>⟦l 二〇二四年九月 (6)⟧</li></ul></div>
<div class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2><p>⟦l 榫卯 刨子 木蜡油 旧窗框 玄关⟧</p></div>
</aside>
<footer id="site-footer">⟦d © 榫卯闲人的博客　文章转载请先留言打招呼⟧　⟦m 本站基于 WordPress 搭建⟧</footer>
<script src="/wp-content/themes/mu/index.js"></script>
</body>
</html>
""",
        body="""
搬进新家半年，玄关一直空着，钥匙不是丢在鞋柜上就是塞在外套口袋里，每天出门前全家都要喊一遍“谁看见我钥匙了”。上个月从老家拆下的旧窗框里锯出一段榆木，决定自己做一块钥匙挂。
木料刨平后留了原来的虫眼，只打磨不上色，刷了两遍木蜡油。挂钩用的是五金店买的黄铜钩，一共五个，爸妈、我、媳妇各一个，剩下两个挂车钥匙和信箱钥匙。⟦a ☕ 觉得有意思，就请榫卯闲人喝杯茶吧⟧
装的时候犹豫过高度，最后定在一米四，孩子够不着，大人抬手就能挂。背面开了两个挂槽，墙上只打两颗螺丝，以后想换位置也方便。
用了一个月，“找钥匙”这件事在我家基本消失了。一块木头，一点耐心，比买来的更顺手。
""",
    ),
    dict(
        slug="blog-yanxia-memoir-fir-lid-wrapped",
        site="檐下听雨 (invented personal blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://yanxiatingyu.example-blog.cn/post/1187",
        title="外婆的杉木桶盖",
        record_title="外婆的杉木桶盖（十年前旧稿）— 檐下听雨",
        date=None,
        notes="blog memoir hard-wrapped at 56 columns with indented paragraphs; repost aside in the record title; reposted-on stamp and view count (no date)",
        page="""
!m 檐下听雨 —— 记下一些慢下来的日子
!m 博客首页 | 随笔 | 相册 | 留言板
!t 外婆的杉木桶盖（十年前旧稿）
!m 分类：随笔　｜　重发于 昨天　｜　阅读(215)　评论(4)
{BODY}
!l 上一篇：老屋檐下的燕子窝　下一篇：父亲的二八自行车
!l 评论区（4）：
!l 青石板：看得鼻子一酸，我外婆家也有这样一口缸。
!l 我要评论　（昵称、邮箱必填）
!m 檐下听雨 © 本博客文字均为原创，未经同意请勿搬运
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
外婆家的水缸在灶屋门后，缸口盖着一只杉木桶盖，是外公在世时亲手做的。盖子由五块木板拼成，背面钉着两根横档，正中一个木把手，被几代人的手磨得发亮。
小时候我最爱掀那只盖子。夏天午后，掀开一看，缸里的水映着屋顶的明瓦，凉气扑面。外婆总说，盖子要盖严，不然蚊子下了子，水就不能喝了。
后来村里通了自来水，水缸留着接雨水浇菜，那只桶盖也渐渐裂了缝。外婆用铁丝箍了一圈，又用了好几年。
去年老屋翻修，我把桶盖带回了城里，挂在书房墙上。朋友问是什么，我说，是外婆家的夏天。
""",
    ),
    dict(
        slug="wechat-zizhou-erxuan-soap-bottle-refill-h1",
        site="微读存底 (invented WeChat mirror)",
        style="公众号镜像",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.weiwencd.example.com/a/zzey/20240318/7740012.html",
        title="洗手液用完别往瓶里直接续，这个习惯可能在养细菌",
        record_title=None,
        date="2024-03-18",
        notes="WeChat mirror: no record title, the article's <h1>; follow prompt glued before the first words; 原创 badge, account date line, 阅读原文/在看 rows, mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>微读存底</title>
<script src="/assets/mirror.js"></script>
</head>
<body>
<div class="mirror-top">⟦m 微读存底 · 公众号好文备份⟧　<a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="orig">⟦m 原创⟧</span> ⟦m 院感科 朱护士长⟧ ⟦m 辎州市第二人民医院⟧ ⟦m 2024-03-18 08:30⟧ ⟦m 发表于辎州⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool"><p>⟦a 阅读原文⟧</p><p>⟦m 阅读 3208⟧</p><p>⟦a 赞 46　在看 12　写留言⟧</p></div>
<div class="qr">⟦a 长按识别二维码，挂号问诊一步到位⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的存档副本，版权属原作者；原作者要求删除的请发邮件 del@weiwencd.example.com⟧</div>
<div class="mirror-more"><h4>⟦l 该号其他文章⟧</h4><p>⟦l 春季过敏高发，这份防护指南请收好⟧</p><p>⟦l 门诊时间调整通告⟧</p></div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75;">{}</p></section>',
        body="""
⟦a 戳上方蓝字“辎州二院”，看更多健康干货⟧不少家庭的洗手液用完后，习惯把新买的补充装直接倒进旧瓶里，或者加点水摇一摇接着用。院感科护士长提醒，这样做可能让洗手液瓶变成细菌的“培养皿”。
洗手液瓶的压头和吸管里会残留液体，长期潮湿，容易滋生细菌。有研究发现，反复续装的洗手液中，部分样本细菌数量明显超标，用它洗手反而可能把细菌带到手上。
正确的做法是：
1.洗手液用完后，把瓶子和压头拆开，用热水冲洗干净并彻底晾干，再装新的洗手液；
2.最好直接更换新瓶，或选用一次性密封的补充装；
3.不要往洗手液里兑水，稀释后不仅清洁力下降，防腐成分也会失效。
勤洗手是好习惯，用对洗手液瓶，才能真正把手洗干净。
""",
    ),
    dict(
        slug="wechat-ruiqiao-pledge-bucket-lids",
        site="存号阁 (invented WeChat mirror, text export)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gonghaoji.example.net/ruiqiaozhisheng/2024-06-21/3",
        title="关于给家中储水桶盖好盖子的倡议书",
        record_title="【爱卫倡议】关于给家中储水桶盖好盖子的倡议书 · 枘桥之声〔存号阁备份〕",
        date="2024-06-20",
        date_also=["2024-06-21"],
        notes="WeChat mirror text: account line dated a day after the pledge's 成文日期; star prompt on its own line; a sentence asking readers to 转发分享 as content; 在看/留言 rows",
        page="""
!m 存号阁 · 公众号文章留底
!t 【爱卫倡议】关于给家中储水桶盖好盖子的倡议书
!m 枘桥之声　2024-06-21 17:05　辌湖
!a ☆ 把“枘桥之声”设为星标，街道消息不错过
{BODY}
!a 阅读原文　｜　分享　｜　在看
!m 阅读 1.1万　　留言 37
!l 精选留言：
!l 桥头老李：我家两个水缸，明天就去领盖子
!d 存号阁仅作存档留底，内容以原公众号为准。
""",
        body="""
广大居民朋友们：
夏季是蚊虫繁殖的高峰期，家中敞口存放的储水桶、水缸是蚊子最喜欢的产卵地。为预防登革热等蚊媒传染病，枘桥街道爱卫会向全体居民发出如下倡议：
一、给家中储水桶、水缸盖好盖子，没有盖子的可到社区服务站免费领取水桶盖；
二、每周至少换一次储水，清洗桶壁，不给蚊虫留下“育婴房”；
三、房前屋后的废旧轮胎、花盆托盘、塑料瓶要及时清理，不留积水。
小小一个桶盖，关系家家户户的健康。请把这份倡议转发分享给家人和邻居，让我们一起行动起来！
枘桥街道爱国卫生运动委员会
2024年6月20日
""",
    ),
    dict(
        slug="docshare-fenxiangba-request-harnesses-docx",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.fenxiangba.example.com/doc/77fa03c912.html",
        title="关于为托育园购置幼儿外出学步带的请示",
        record_title="关于为托育园购置幼儿外出学步带的请示.docx",
        date="2024-03-04",
        notes="sharing reader: file-name record title, upload notice, points lock, rating stars, a service WeChat beside the request's own 联系人/电话; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于为托育园购置幼儿外出学步带的请示.docx - 分享吧文档</title>
<script src="https://cdn.fenxiangba.example.com/js/viewer.3.2.js"></script>
</head>
<body>
<div class="hd"><span class="logo">⟦m 分享吧文档⟧</span> <span class="sub">⟦m 你上传，我下载，大家一起用⟧</span> <a>⟦a 上传赚积分⟧</a> <a>⟦a 登录 · 新用户注册⟧</a></div>
<div class="file-title"><h2>⟦t 关于为托育园购置幼儿外出学步带的请示.docx⟧</h2>
<p>⟦m ★★★★☆ 4.0分（9人评）　页数：2　大小：16KB　积分：5⟧</p></div>
<div class="upload-note">⟦d 此文档系网友自行上传，分享吧仅提供信息存储空间服务，若有侵权请点“举报”。⟧</div>
<div class="viewer">
<h3>{T}</h3>
{BODY}
</div>
<div class="lock">⟦a 预览到此结束，花 5 积分即可下载 Word 原件⟧ <a>⟦a 立即下载⟧</a> <a>⟦a 积分不够？去签到⟧</a></div>
<div class="kefu">⟦w 找不到想要的文档？添加客服微信 fxb_kefu09，人工帮找⟧</div>
<div class="recommend"><h4>⟦l 相关推荐⟧</h4><ul><li>⟦l 托育机构户外活动安全管理制度⟧</li><li>⟦l 幼儿园关于购置教玩具的请示⟧</li></ul></div>
<div class="ft">⟦m 分享吧文档 fenxiangba.example.com　闽ICP备22004418号⟧</div>
</body>
</html>
""",
        body="""
区卫生健康局：
我园现有托班幼儿86名，年龄在十八个月至三岁之间。按照保育计划，每周组织两次户外散步和社区参观活动。由于幼儿行走不稳、容易跑散，目前外出时只能由保育员一对一牵手，人手十分紧张。
为保障幼儿外出安全，经园务会研究，拟购置幼儿学步带30条、多人牵引绳5套，预算约4800元，从我园年度保育经费中列支。采购将选择锁扣经过检测、绳长不超过1.2米的产品，并在使用前对保育员进行培训。
妥否，请批示。
联系人：许静怡　电话：0728-6653190
辌湖区小星辰托育园
2024年3月4日
""",
    ),
    dict(
        slug="docshare-wendangku-rules-key-board-line-markers",
        site="文档库网 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.wendangku.example.org/view/a8c1e20399.html",
        title="物业服务中心钥匙挂板管理规定",
        record_title="【物业制度】物业服务中心钥匙挂板管理规定（可编辑）_文档库网",
        date=None,
        notes="第N条 articles, one speaking of 扫码登记; preview page markers ⯖第n页⯗ on lines of their own cut articles; upload info; no date (rules)",
        page="""
!m 文档库网｜海量文档免费看
!m 文档库网 > 行业资料 > 物业管理
!t 【物业制度】物业服务中心钥匙挂板管理规定（可编辑）
!m 贡献者：物业老顾　页数：3　浏览：402　下载：37
!a 〔收藏〕〔举报〕〔转存网盘〕
{T}
{BODY}
!a 全文共3页，当前显示3页。下载原文档（.doc）需5个下载券
!l 相关文档：小区门禁卡管理办法｜物业前台接待工作流程
!d 文档库网所有文档均由网友上传，仅供交流参考，请勿用于商业用途。
""",
        pages=dict(fmt="⯖第{n}页⯗", every=85, start=2),
        body="""
第一条　为规范业主委托保管钥匙的管理，防止钥匙丢失、混用，保障业主财产安全，制定本规定。
第二条　服务中心前台设钥匙挂板一块，由客服主管负责，挂板置于带锁的玻璃柜内，柜门钥匙由客服主管和值班经理分别保管。
第三条　业主委托保管钥匙时，须填写《钥匙委托保管登记表》，钥匙只挂编号牌，不得标注楼栋和房号。
第四条　取用钥匙须由业主本人或登记的授权人到前台扫码登记，客服人员核对身份后双人签字交接。
第五条　钥匙挂板每月盘点一次，账物不符的，应当在当日查明原因并书面报告服务中心经理。
第六条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="edu-yaoling-notice-handwash-check-attachments",
        site="轺岭县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.yaoling.example.gov.cn/tzgg/2024/0903/3921.html",
        title="关于开展全县中小学洗手设施专项检查的通知",
        record_title="关于开展全县中小学洗手设施专项检查的通知 ▏轺岭县教育局",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="education bureau page: 读屏/长者 links, attachment download links beside the notice's own 附件 list, 联系人/电话/邮箱 beside a technical-support line; 下载 as content; page date a day after the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展全县中小学洗手设施专项检查的通知 ▏轺岭县教育局</title>
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/wza.js"></script>
</head>
<body>
<div class="top">⟦m 轺岭县教育局⟧<span class="right">⟦a <a>开启读屏</a> ｜ <a>长者浏览</a> ｜ <a>局长信箱</a>⟧</span></div>
<div class="menu">⟦m 首页　机构概况　教育动态　通知公告　政务公开　教育督导　校园安全⟧</div>
<div class="loc">⟦m 现在位置：首页 ＞ 通知公告⟧</div>
<div class="detail">
<h1>{T}</h1>
<div class="attr">⟦m 来源：体卫艺股　发布时间：2024-09-03 16:20　点击数：1275⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fujian"><p>⟦a 相关附件（点击文件名下载）：⟧</p><p>⟦a 📎 中小学洗手设施自查表.xlsx（24KB）⟧</p><p>⟦a 📎 洗手液瓶配置情况汇总表.xlsx（18KB）⟧</p></div>
<div class="tools">⟦a 打印正文 ｜ 关闭窗口⟧</div>
</div>
<div class="foot">
<p>⟦m 主办：轺岭县教育局　地址：轺岭县轺明路17号⟧</p>
<p>⟦m 本站技术支持电话：0737-4200198（仅限网站故障）⟧</p>
<p>⟦m 湘ICP备16001927号-1　湘公网安备43092202000113号⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
为预防秋冬季传染病，县教育局决定于9月中旬开展中小学洗手设施专项检查。现将有关事项通知如下。
一、检查内容：洗手台数量是否满足要求，每个洗手点是否配有洗手液瓶，洗手液瓶是否按时补充、压头是否完好，是否张贴七步洗手法图示。
二、时间安排：9月5日至12日各校自查，9月13日至20日县教育局抽查。
三、有关要求：请各校下载附件中的自查表，如实填写后于9月12日前报送县教育局体卫艺股。
附件：1.中小学洗手设施自查表
2.洗手液瓶配置情况汇总表
联系人：戴文博　电话：0737-4216055　邮箱：tiweiyi@yljyj.example.cn
轺岭县教育局
2024年9月2日
""",
    ),
    dict(
        slug="edu-weiping-letter-toddler-outing-harness",
        site="磑坪镇中心幼儿园 (invented kindergarten page on a county education site)",
        style="教育门户",
        genre="家长信",
        kind="notice",
        form="text",
        source="http://www.wpzxyey.example.edu.cn/jygy/2025/0320/118.html",
        title="致托班家长的一封信",
        record_title="家园共育 ▶ 致托班家长的一封信（内含回执）",
        date="2025-03-20",
        notes="kindergarten letter: numbered list, a 回执 with ＿＿ blanks, a sentence asking parents to 打印 the slip (content); 成文日期",
        page="""
!m 磑坪镇中心幼儿园
!m 首页 ｜ 园所简介 ｜ 家园共育 ｜ 保健之窗 ｜ 招生信息
!t 家园共育 ▶ 致托班家长的一封信（内含回执）
!m 发布人：园办　　点击：389
!a 【放大字体】【缩小字体】【打印】
{BODY}
!l 上一篇：磑坪镇中心幼儿园2025年春季开学通知
!l 下一篇：春季传染病预防小贴士
!m 磑坪镇中心幼儿园　园址：磑坪镇文化路6号　技术维护：县电教站
""",
        indent="\u3000\u3000",
        body="""
亲爱的托班家长：
春暖花开，本学期我们将每周三上午组织托班幼儿到园外的辌河公园开展户外散步活动。为保证孩子们的安全，现将有关事项告知如下：
1.请为孩子准备一条背心式学步带，在系带处写上孩子姓名，周三早上放在书包里；
2.请给孩子穿防滑的软底鞋，不要穿带长绳的衣服；
3.活动时每名老师最多照看三名幼儿，家长志愿者可报名随队。
请家长打印下方回执，填写后于3月25日前交给班级老师。
回执：幼儿姓名＿＿＿＿　是否同意参加＿＿＿＿　家长签名＿＿＿＿
磑坪镇中心幼儿园
2025年3月20日
""",
    ),
    dict(
        slug="oa-hengsheng-minutes-bucket-lid-warp",
        site="恒晟塑业协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hengsheng-plastics.example.local/doc/view?id=20241106-0032",
        title="水桶盖翘曲问题专题会议纪要",
        record_title="[QC例会] 水桶盖翘曲问题专题会议纪要 | 恒晟OA",
        date="2024-11-06",
        notes="OA document view: 流转记录, read count, a mark-as-read button; minutes with 时间/地点/主持/参会/记录 lines; the date only in the 时间 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[QC例会] 水桶盖翘曲问题专题会议纪要 | 恒晟OA</title>
<script src="/oa/static/js/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 恒晟塑业协同办公平台⟧　⟦m 当前用户：质量部 蒋晓雯⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　知识库　通讯录⟧</div>
<div class="oa-path">⟦m 会议管理 / 会议纪要 / 查看⟧</div>
<div class="doc">
<h2>{T}</h2>
<div class="doc-info">⟦m 拟稿：质量部　密级：内部　已阅 27 人 / 未阅 4 人⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btns"><button>⟦a 我已阅知⟧</button> <button>⟦a 转发他人⟧</button> <button>⟦a 生成PDF存档⟧</button></div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 11-06 17:40　蒋晓雯　起草⟧</p>
<p>⟦l 11-07 09:12　顾长青　审核通过⟧</p>
<p>⟦l 11-07 09:30　系统　分发至生产部、模具车间、注塑车间⟧</p></div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁外传、截图或拍照⟧　⟦m 信息中心运维：分机 8080⟧</div>
</body>
</html>
""",
        body="""
时间：2024年11月6日14:00
地点：公司二楼小会议室
主持：副总经理　顾长青
参会：生产部、质量部、模具车间、注塑车间负责人
记录：质量部　蒋晓雯
会议听取了质量部关于10月份水桶盖翘曲投诉情况的汇报。10月共收到客户投诉11起，涉及20升水桶盖约2600只，主要表现为盖边翘起、扣不严。
经讨论，会议议定如下：
一、模具车间本周内对3号模具进行冷却水路检修，11月10日前完成试模；
二、注塑车间将保压时间由8秒调整为11秒，出模后桶盖须在定型架上冷却不少于20分钟再包装；
三、质量部对库存桶盖全部复检，不合格品一律不得出厂。
下次例会将通报整改效果。
""",
    ),
    dict(
        slug="intranet-chuangxin-report-lid-rack-workshop",
        site="创新五金制品公司内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://intra.cxwujin.example.local/hr/shuzhi/2025/0115-07",
        title="二车间主任2024年度述职报告",
        record_date="2025-01-15",
        date="2025-01-15",
        notes="record title as is and the record's date (the report itself carries none); intranet header, read count, back-to-list and IT-desk lines",
        page="""
!m 创新五金 · 员工之家（内网）
!m 人力资源 > 年度述职 > 中层干部
{T}
!m 提交部门：二车间　审批状态：已归档　阅读次数：58
!a 返回列表　｜　下载附件　｜　打印
{BODY}
!m 本页仅限公司内网访问，IT服务台：分机 6600
""",
        indent="\u3000\u3000",
        body="""
各位领导、同事们：
2024年，我担任公司二车间主任，负责锅盖架、沥水架等不锈钢厨房挂件的生产。现将一年来的工作述职如下。
一、生产任务完成情况。全年生产锅盖架41.6万件，完成计划的104%；一次交验合格率98.3%，比上年提高1.1个百分点。
二、技术改进情况。针对客户反映的壁挂式锅盖架挂钩焊点开裂问题，带领班组改进焊接夹具，焊点拉力测试合格率由92%提高到99.5%。
三、安全管理情况。全年组织安全培训12次，车间未发生工伤事故。
四、不足和打算。新品开发跟进不够快，折叠式锅盖架打样用时过长。明年我将加强与技术部的协作，力争上半年实现量产。
述职人：曹立新
""",
    ),
]
