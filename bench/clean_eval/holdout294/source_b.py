"""holdout294, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="blog-zaobian-essay-grandmother-steamer",
        site="灶边闲笔 (invented WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://zaobian.blog.example-press.cn/2025/01/grandma-zhengti/",
        title="外婆的蒸屉",
        record_title="外婆的蒸屉 – 灶边闲笔",
        date=None,
        notes="an essay on a blog with a calendar widget, a tag cloud, an archive, a comment form; only an update stamp "
        "(2 天前): no date; a like prompt glued after a 。",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>外婆的蒸屉 – 灶边闲笔</title>
<link rel='stylesheet' href='https://zaobian.blog.example-press.cn/wp-content/themes/hearth/style.css'>
<script type="text/javascript">window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/"};</script>
</head><body class="post-template-default single">
<header class="site-header"><p class="site-title">⟦m 灶边闲笔⟧</p><p class="site-description">⟦m 柴米油盐里的旧时光⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/food/">⟦m 吃食⟧</a> <a href="/category/people/">⟦m 亲人⟧</a> <a href="/about/">⟦m 关于⟧</a></nav></header>
<main><article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 作者：阿甑　·　更新于 2 天前　·　归入：亲人⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：蒸屉　外婆　腊月　老物件⟧</footer>
</article>
<nav class="post-navigation">⟦l ← 灶膛里的烤红薯⟧ ⟦l 母亲的腌菜坛 →⟧</nav>
<section id="comments"><h3>⟦l 6 条回应⟧</h3>
<div class="comment">⟦l 青石巷：看哭了，我外婆也有这样一摞蒸屉。⟧</div>
<div id="respond"><h3>⟦a 留下你的回应⟧</h3><p>⟦a 电子邮件地址不会被公开，带 * 的为必填项⟧</p><button>⟦a 提交回应⟧</button></div></section>
</main>
<aside id="secondary">
<section class="widget_calendar"><h2>⟦l 日历⟧</h2><table><caption>⟦l 2025年一月⟧</caption><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section class="widget_tag_cloud"><h2>⟦l 标签云⟧</h2><div>⟦l 年味 灶台 腌菜 老屋 外公 面食⟧</div></section>
<section class="widget_archive"><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2025年一月⟧</li><li>⟦l 2024年十二月⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦d 本站文字皆为原创，转载请先留言征得同意。⟧ ⟦m 由 WordPress 驱动 · 主题 Hearth⟧</footer>
<script src='https://zaobian.blog.example-press.cn/wp-includes/js/comment-reply.min.js'></script>
</body></html>
""",
        body="""
外婆家的灶台边，常年摞着三层竹蒸屉。竹篾被蒸汽熏得发黄发亮，边沿用细铁丝箍了两道，那是外公在世时修的。
每到腊月，外婆天不亮就起来发面。面团在瓦盆里鼓起来，她用手指一按，小坑慢慢回弹，就知道可以上屉了。蒸屉里铺一层洗净的笼布，馒头一个个排好，中间留出一指宽的缝。
揭屉的那一刻最热闹。白汽扑满整间灶屋，我们几个孩子挤在门口，等外婆喊一声“好了”，就伸手去抢最边上那个。⟦l 读到这里，给外婆点个小红心吧⟧
后来外婆搬到城里，那三层蒸屉也跟着来了。厨房里有了电蒸锅，她还是隔三岔五把竹屉搬出来，说竹子蒸出来的馒头有股清香。
如今外婆走了两年，蒸屉挂在我家阳台上。每次看见它，我都觉得灶屋里的白汽还没有散。
""",
    ),
    dict(
        slug="blog-fenbi-insight-window-flower-class-wrapped",
        site="粉笔与剪刀的博客 (invented, Typecho-like)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://fenbi-jiandao.example-blog.net/archives/318/",
        title="带学生剪窗花的几点体会",
        record_title="【乡村课堂随记】带学生剪窗花的几点体会 - 粉笔与剪刀的博客",
        date="2024-12-20",
        notes="hard-wrapped at 58 columns; a blog's 发表于 line is the page's date; tags, prev/next and a comment "
        "link below; a powered-by line",
        page="""
!m 粉笔与剪刀的博客
!m 一个乡村美术老师的自留地
!m 首页 | 教学随笔 | 学生作品 | 留言板
!t 【乡村课堂随记】带学生剪窗花的几点体会
!m 发表于 2024-12-20 19:48 ｜ 分类：教学随笔 ｜ 阅读(213)
{BODY}
!l 标签：窗花　美术课　非遗进校园
!l « 前一篇：期末美术作业怎么布置 ｜ 后一篇：寒假带孩子去看年画 »
!l 评论(4)　我也说两句
!m 本博客由 Typecho 驱动 | 主题 Lantern
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
这学期我在四年级开了八节窗花课，算是第一次系统地带学生剪窗花。课上完了，有几点体会想记下来。
一是先学折，再学剪。孩子们一上来就想剪复杂的图案，结果剪坏了不少纸。后来我改成前两节只练对折、四折和八折，折准了，剪出来的图案才对称。
二是图样要从孩子身边找。除了传统的“福”字和喜鹊，我让学生画家里的小狗、门前的柿子树，再改成窗花，大家的劲头一下子就上来了。
三是安全要讲在前头。每节课发剪刀前我都要强调一遍：刀口朝下递，剪完放回盒子里。八节课下来，没有一个孩子划伤手。
期末，学生的作品贴满了教室的窗户。有家长说，今年过年家里的窗花不用买了。
""",
    ),
    dict(
        slug="wechat-gonghaoji-pledge-cotton-shoes-missing-title",
        site="镜读号库 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gonghaoji.cn/a/xyqnzyz/20241126-1.html",
        title="关于为山区留守儿童捐赠冬季棉鞋的倡议书",
        record_title=None,
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="no record title: the <h1> carries it; a follow prompt glued before the salutation; 阅读原文/在看/赞赏 rows, "
        "a QR line and the mirror's archive note; the account date differs from the 成文日期; sharing the pledge and the "
        "pledge's own phone stay",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>镜读号库 - 洫阳青年志愿者</title>
<script>var biz="MzA4NjE5NTUwMw==";var mid="2247483921";</script>
</head><body>
<div class="mirror-top">⟦m 镜读号库 · 好文章不怕找不到⟧ <a href="/search">⟦a 搜公众号⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　洫阳青年志愿者　2024年11月26日 18:05　河南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别下方二维码，加入志愿者群⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦a 在看 58⟧　⟦a 喜欢作者 · 赞赏⟧</div>
<div class="tag">⟦l 收录于合集 #暖冬行动 7个⟧</div>
</div>
<div class="mirror-note">⟦d 本页由镜读号库自动抓取存档，排版可能与原文不同，以原公众号为准。⟧</div>
<div class="mirror-more"><h4>⟦l 该号近期文章⟧</h4><p>⟦l 11月志愿服务时长公示⟧</p><p>⟦l 周末去敬老院包饺子⟧</p></div>
<div class="mirror-foot">⟦m © 镜读号库 gonghaoji.cn　京ICP备21007345号⟧</div>
</body></html>
""",
        p_html='<p><span style="font-size:16px;">{}</span></p>',
        body="""
⟦a 戳上方蓝字「洫阳青年志愿者」，不错过每次活动⟧亲爱的志愿者朋友们、社会各界爱心人士：
入冬以来，夙山、赓岭等山区气温已降到零下。我们在走访中发现，不少留守儿童冬天仍穿着单鞋上学，有的孩子脚上长了冻疮。
为此，洫阳市青年志愿者协会发起“一双棉鞋暖冬行”活动，诚挚倡议：
一、捐赠全新棉鞋，鞋码以28码至38码为主，请在鞋内附上鞋码标签；
二、暂时不便捐物的，可通过协会公益账户定向捐款，每80元可为一名孩子购买一双棉鞋；
三、欢迎大家转发分享本倡议，让更多人加入进来。
捐赠物资请于12月10日前送至洫阳市青年活动中心一楼，联系电话：0397-6330718。
洫阳市青年志愿者协会
2024年11月25日
""",
    ),
    dict(
        slug="wechat-dunshi-essay-kerosene-lamp-night-school-oneline",
        site="砘石文史 via 公号存档馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="散文",
        kind="other",
        form="text",
        source="https://archive.gonghao-cun.net/dunshiwenshi/2024/07/01/a1.html",
        title="煤油灯下的夜校",
        record_title="煤油灯下的夜校 丨 砘石文史 · 公号存档馆",
        date="2024-07-01",
        notes="the whole body on one line, paragraphs apart only by their indent; the account line's date is the page's "
        "date; a star prompt and 阅读原文/在看 rows; the mirror's archive note",
        page="""
!m 砘石文史
!t 煤油灯下的夜校
!m 原创　砘石文史编辑部　砘石文史　2024-07-01 08:00
!a 点蓝字「砘石文史」，记得设为星标哦
{BODY}
!a 阅读原文　｜　在看　｜　点赞
!l 往期回顾：老街上的供销社｜一口井和一个村
!d 本页为公众号文章镜像，仅作存档备查，版权归原公众号所有。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
砘石镇老街的一间库房里，保存着一盏带铁皮灯罩的煤油灯。讲解员说，七十多年前，镇上第一所农民夜校就是在这盏灯下开课的。
那时候白天要下地，识字只能放在晚上。十几个青年挤在祠堂里，一盏煤油灯挂在房梁上，老师在黑板上写一个字，大家跟着念一遍。灯油金贵，每人每月要从口粮里省出一点换煤油。
就是在这样的夜校里，砘石镇走出了第一批会记账的生产队会计，第一批能读报的宣传员。
如今，这盏煤油灯成了镇党史教育基地的“镇馆之宝”。每年七一，镇里的新党员都要在灯前重温入党誓词。灯早已不点了，可它照亮过的那段路，我们不能忘。
""",
    ),
    dict(
        slug="docshare-fangcun-rules-window-flower-workshop-docx",
        site="方寸文档 (invented sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.fangcun-doc.com/d/5c2e19aa01.html",
        title="垡川县窗花剪纸非遗工坊安全管理制度",
        record_title="垡川县窗花剪纸非遗工坊安全管理制度.docx",
        date=None,
        notes="file-name record title; a rule in 第N条 articles; a sharing page with an upload notice, a points lock, "
        "a service WeChat and related documents; upload stamp: no date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>垡川县窗花剪纸非遗工坊安全管理制度.docx-方寸文档</title>
<script>var DOC_ID="5c2e19aa01",NEED_POINT=5;</script>
<link rel="stylesheet" href="/css/doc.css">
</head><body>
<div class="hd"><a class="logo">⟦m 方寸文档⟧</a><span>⟦m 方寸之间，尽是好文档⟧</span> <a>⟦a 上传我的文档⟧</a> <a>⟦a 登录方寸⟧</a></div>
<div class="crumb">⟦m 方寸文档 / 管理制度 / 安全管理⟧</div>
<div class="doc-box">
<h1>{T}</h1>
<div class="doc-info">⟦m 格式：docx　大小：21.6KB　页数：2　上传：2025-02-11　贡献者：fc_gongfang⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 下载本文需5方寸币，新用户注册即送10币⟧</div>
<div class="doc-act">⟦a 收藏　举报　转存到我的空间⟧</div>
</div>
<div class="side"><h4>⟦l 看过本文的人还看过⟧</h4>
<p>⟦l 非遗传承基地日常管理办法⟧</p><p>⟦l 手工作坊消防安全制度（通用）⟧</p>
<p>⟦w 找不到想要的制度？加客服微信 fangcun_doc 代找⟧</p></div>
<div class="ft"><p>⟦d 方寸文档内容均由网友上传，仅供学习交流，若侵犯您的权益请发邮件告知。⟧</p><p>⟦m 粤ICP备20096611号⟧</p></div>
</body></html>
""",
        body="""
第一条　为加强非遗工坊日常安全管理，保障学员和工作人员人身财产安全，制定本制度。
第二条　工坊实行负责人总责、值班人员具体负责的安全管理责任制。
第三条　剪刀、刻刀等工具实行定点存放、借用登记，课后由值班人员清点入柜。
第四条　红纸、宣纸等易燃材料应远离电源和热源，库存量不得超过一周用量。
第五条　工坊内严禁吸烟和使用明火，严禁私拉电线、使用大功率电器。
第六条　学员作品展示区应保持通道畅通，展板固定牢固。
第七条　值班人员每日闭坊前检查门窗、电源，并填写安全检查记录。
第八条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-yunjian-letter-basket-samples-wps",
        site="青笺文档 (invented sharing site)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://yunjian-wd.com/share/7731905.html",
        title="关于商请提供柳编提篮样品参加农产品博览会的函",
        record_title="关于商请提供柳编提篮样品参加农产品博览会的函.wps",
        date="2025-03-04",
        notes="a .wps file name as the record title, repeated on the page; upload stamp no date, the 成文日期 is; "
        "the letter's own 联系人/电话 beside the site's service WeChat",
        page="""
!m 青笺文档 — 文档在线分享
!t 关于商请提供柳编提篮样品参加农产品博览会的函.wps
!m 分享者：农口老蒋　｜　2页　｜　上传时间：2025-03-16
!a 预览模式　全文共2页
{BODY}
!a 下载此文档需消耗8积分，每日签到可领积分
!d 本文档为用户分享，内容如有侵权请联系青笺客服删除
!w 青笺客服微信：yunjian_kefu01
""",
        indent="\u3000\u3000",
        body="""
埤口镇柳编专业合作社：
第十二届洫阳农产品博览会定于2025年4月18日至20日在洫阳会展中心举办。为集中展示我县特色手工艺品，我局拟设立“垡川手作”展区。贵社的柳编提篮在往届展会上深受欢迎，现商请贵社提供展品。具体事项如下：
一、展品数量：各式柳编提篮30只至50只，其中新款式不少于10只；
二、送展时间：4月10日前送至县农业农村局市场信息科；
三、展位费用由我局统一承担，展品运输费用据实补助。
请于3月20日前函复参展意向。
联系人：蒋文，电话：0398-5120463。
垡川县农业农村局
2025年3月4日
""",
    ),
    dict(
        slug="edu-fachuan-notice-window-flower-second-classroom",
        site="垡川教育网 (invented county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.fachuan.gov.cn/gztz/2024/1129/2207.html",
        title="关于开展“非遗进校园·剪窗花”第二课堂活动的通知",
        record_title="关于开展“非遗进校园·剪窗花”第二课堂活动的通知-工作通知-垡川教育网",
        date="2024-11-28",
        date_also=["2024-11-29"],
        notes="education portal with 关怀版/读屏 links and a scan-to-read line; the notice's own contact, mailbox and "
        "附件 list stay beside the site's technical line; 扫码签到 as content; page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展“非遗进校园·剪窗花”第二课堂活动的通知-工作通知-垡川教育网</title>
<script src="/js/jquery-1.12.4.min.js"></script>
<script>$(function(){ $('#qrcode').show(); });</script>
</head><body>
<div class="top"><span>⟦m 垡川县教育局主办⟧</span> <a>⟦a 关怀版⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 邮箱登录⟧</a></div>
<div class="logo">⟦m 垡川教育网⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 工作通知⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 校园风采⟧</li></ul>
<div class="pos">⟦m 您的位置：首页 → 工作通知⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="src">⟦m 发布人：艺体股　发布日期：2024-11-29　访问量：1045⟧</div>
<div id="qrcode">⟦a 手机扫一扫，通知随身带⟧</div>
<div class="txt">
{BODY}
</div>
<div class="att">⟦a 附件下载：传承人授课安排表.xlsx（18KB）⟧</div>
</div>
<div class="near"><p>⟦l 上一篇：关于做好冬季校园防火工作的通知⟧</p><p>⟦l 下一篇：2024年中小学生艺术展演获奖名单⟧</p></div>
<div class="foot"><p>⟦m 垡川县教育局　地址：垡川县文昌路17号⟧</p><p>⟦m 网站技术支持：0398-5210999⟧　⟦m 冀ICP备13027761号-1⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为传承优秀传统文化，丰富学生课后服务内容，县教育局决定于12月在全县中小学开展“非遗进校园·剪窗花”第二课堂活动。现将有关事项通知如下。
一、活动时间：2024年12月2日至12月27日。
二、活动内容：邀请县内窗花传承人到校授课，每校不少于4课时；各校择优选送学生作品参加全县窗花作品展。
三、有关要求：授课传承人到校后请扫码签到，课时费按县文化馆标准结算；学生作品请于12月25日前报送县教育局艺体股。
联系人：詹丽，电话：0398-5216127，邮箱：yiti@fcedu.cn。
附件：1.传承人授课安排表
2.学生作品报送表
垡川县教育局
2024年11月28日
""",
    ),
    dict(
        slug="edu-yongxi-summary-winter-care-shoes-table",
        site="邕溪县教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yxjy.edu.cn/xxdt/2025/0113/5521.html",
        title="夙山乡中心小学2024年“暖冬护苗”工作总结",
        record_title="夙山乡中心小学2024年“暖冬护苗”工作总结（附发放明细） - 邕溪县教育信息网",
        date="2025-01-10",
        date_also=["2025-01-13"],
        notes="a school's summary with a distribution table (one row a paragraph, cells apart by ideographic spaces); "
        "the page's posting date differs from the 成文日期; a font-size row and a contributor line",
        page="""
!m 邕溪县教育信息网
!m 网站首页 ／ 学校动态 ／ 中心小学
{T}
!m 投稿单位：夙山乡中心小学　审核：县教育局办公室　日期：2025-01-13
!a 〖字体：大　中　小〗〖背景色〗
{BODY}
!a 〖打印正文〗〖关闭窗口〗
!l 上一篇：赓岭乡中心小学举行冬季长跑比赛
!l 下一篇：全县中小学期末质量监测工作部署会召开
!m 邕溪县教育局版权所有　技术维护：县电教馆
""",
        indent="\u3000\u3000",
        body="""
今冬以来，我校围绕“不让一个孩子冻着”的目标，扎实开展“暖冬护苗”工作，现总结如下。
一、摸清底数。开学初，班主任逐户走访，登记了全校312名学生的冬衣、棉鞋情况，建立了需帮扶学生台账。
二、多方筹集。争取县内鞋企捐赠棉鞋，联系乡爱心协会捐赠棉衣，学校自筹资金购买了暖手宝和护耳。
三、发放明细如下：
物品　数量　受助学生
棉鞋　186双　186人
棉衣　64件　64人
暖手宝　120个　120人
四、存在不足。部分宿舍保暖条件仍较差，下一步将申请资金更换门窗。
夙山乡中心小学
2025年1月10日
""",
    ),
    dict(
        slug="oa-xiangmai-minutes-steamer-cleaning",
        site="洫阳香麦食品有限公司协同办公门户 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.xiangmai-food.local/doc/view?id=20241017-033",
        title="速冻面点车间蒸屉清洗问题专题会议纪要",
        record_title="〔品控周例会〕速冻面点车间蒸屉清洗问题专题会议纪要 — 协同办公门户",
        date="2024-10-16",
        date_also=["2024-10-17"],
        notes="OA document view with its 流转记录, read count and buttons; the minutes' 时间/地点/主持/参会/记录 lines "
        "stay; the meeting's 时间 line is the date, the OA posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔品控周例会〕速冻面点车间蒸屉清洗问题专题会议纪要 — 协同办公门户</title>
<script src="/static/oa/core.js"></script>
<script>OA.init({user:"hm0231",doc:"20241017-033"});</script>
</head><body>
<div class="oa-top">⟦m 香麦食品 · 协同办公门户⟧ <span>⟦m 当前用户：郝敏（品控部）⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办(3)　已办　公文流转　会议管理　知识库⟧</div>
<div class="oa-crumb">⟦m 公文流转 › 会议纪要 › 查看⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-meta">⟦m 发起部门：品控部　发布时间：2024-10-17 09:12　已阅 41 人⟧</div>
<div class="oa-btns">⟦a 收进我的文件夹　｜　转交他人　｜　导出PDF⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-10-16 17:40　郝敏　起草⟧</p>
<p>⟦l 2024-10-17 08:55　鲍文杰　审核通过⟧</p>
<p>⟦l 2024-10-17 09:12　系统　分发至相关部门⟧</p></div>
</div>
<div class="oa-foot">⟦d 本系统信息仅限公司内部使用，截图外传须经行政部审批。⟧　⟦m 信息中心运维：分机 6006⟧</div>
</body></html>
""",
        body="""
时间：2024年10月16日14:30
地点：公司二楼第一会议室
主持：品控部经理 鲍文杰
参会：生产部、品控部、设备部、速冻面点车间负责人
记录：品控部 郝敏
会议听取了速冻面点车间关于蒸屉残留面渣、清洗不彻底问题的情况汇报，经讨论，形成以下意见：
一、设备部在10月底前为蒸屉清洗线加装高压喷淋装置，解决网孔堵塞问题。
二、车间实行蒸屉“一班一洗一检”，品控部每日抽检不少于20只，抽检结果当日公示。
三、对变形、破损的不锈钢蒸屉统一登记报废，不得继续使用。
四、本纪要事项由品控部跟踪督办，11月例会通报落实情况。
""",
    ),
    dict(
        slug="intranet-kitchen-procedure-steamer-decimal",
        site="第一中央厨房内部信息门户 (invented intranet)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://intra.zyck-xuyang.local/zhidu/zygc/017",
        title="蒸屉清洗消毒作业规程",
        date=None,
        notes="record title as is; decimal headings (1, 1.1 … 4.1); a file-number line left unmarked (neutral); "
        "a confidentiality notice and an IT extension below; no date",
        page="""
!m 第一中央厨房 · 内部信息门户
!m 当前：制度文件 ＞ 作业规程 ＞ 面点间
{T}
文件编号：ZYCF-ZY-017　版本：B/1
!m 发布部门：品质管理部　　阅读 96 次
!a [下载附件] [加入收藏] [打印本规程]
{BODY}
!l 相关制度：面点间卫生管理规定 ｜ 中央厨房虫害防治规程
!d 内部资料，严禁外传，违者按公司保密制度处理
!m 技术支持：信息中心 分机 8021
""",
        body="""
1 目的
1.1 规范蒸屉清洗消毒作业，防止面渣残留和交叉污染。
2 适用范围
2.1 本规程适用于中央厨房面点间所有不锈钢蒸屉和竹制蒸屉。
3 作业要求
3.1 蒸屉使用完毕后30分钟内完成清洗，不得隔夜存放。
3.2 不锈钢蒸屉用40℃左右温水加食品级洗涤剂浸泡10分钟，再用软毛刷刷洗网孔。
3.3 竹制蒸屉不得浸泡，用清水冲洗后置于通风处自然晾干，每周蒸汽消毒一次。
3.4 清洗后的蒸屉应倒扣存放于专用货架，离地不少于15厘米。
4 记录
4.1 清洗人员填写《蒸屉清洗消毒记录表》，班组长每日核对签字。
""",
    ),
]
