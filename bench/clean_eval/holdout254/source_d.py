"""holdout254, part D: blogs, WeChat mirrors, personal collections, search-engine snapshots
and cloud-drive shares. Every case written by hand; all places, people, sites, URLs and
numbers are invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-banmu-essay-grandma-gourd-ladle",
        site="半亩闲田 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://banmuxiantian.blog/2025/04/waipo-shuipiao/",
        title="外婆的水瓢",
        record_title="外婆的水瓢 | 半亩闲田 · 一个乡村教师的博客",
        date=None,
        notes="a blog with a tag cloud, an archive, comments and a comment form; a tip line glued after the last "
        "sentence; the post time is relative (no date); archive month links are no dates",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>外婆的水瓢 | 半亩闲田 · 一个乡村教师的博客</title>
<link rel="stylesheet" href="/wp-content/themes/tianyuan/style.css">
<script src="/wp-includes/js/jquery/jquery.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 半亩闲田⟧</p><p class="site-desc">⟦m 一个乡村教师的博客⟧</p>
<nav>⟦m 首页　随笔　课堂　读书　关于我⟧</nav></header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2 个月前 · 分类：随笔 · 阅读 417⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：外婆　老物件　葫芦⟧</footer>
</article>
<section class="comments"><h3>⟦l 2 条评论⟧</h3>
<p>⟦l 田埂上的风：看哭了，我外婆家也有一只，后来找不到了。⟧</p>
<p>⟦l 阿禾：“瓢是有脾气的”，这句真好。⟧</p>
<form>⟦a 发表评论　昵称（必填）　邮箱（必填）　网址　提交⟧</form></section>
</main>
<aside>
<div class="widget">⟦l 标签云：乡村教育 随笔 老物件 读书笔记 家常菜 外婆⟧</div>
<div class="widget">⟦l 文章归档：2025年6月（4）　2025年5月（6）　2025年4月（3）⟧</div>
</aside>
<footer class="site-footer">⟦m © 半亩闲田　Powered by WordPress⟧</footer>
</body></html>
""",
        body="""
外婆家的灶台边，永远放着一口大水缸，水缸盖上扣着一只葫芦瓢。
那只瓢是外公亲手做的。每年秋天，外公从瓜架上挑出最周正的老葫芦，挂在屋檐下晾一个冬天，开春锯开，刮净瓤子，再用细砂纸一遍遍打磨。做好的瓢拿在手里轻飘飘的，舀起井水来却稳稳当当。
小时候我最爱抢着舀水。外婆总说：“慢点，瓢是有脾气的，你对它毛躁，它就给你洒一身。”我不信，结果每次都弄湿了鞋。
后来外公走了，家里换上了自来水，水缸也搬走了，那只葫芦瓢却一直挂在厨房的墙上。外婆说，看见它，就像外公还在院子里忙活。
去年回老家，我把那只瓢带回了城里，挂在书房。它的边沿已经磨得发亮，裂了一道细缝，用麻绳细细缠过。每次抬头看见它，我都会想起那口水缸，想起外婆说的那句话。⟦a 觉得有共鸣？请博主喝杯茶⟧
""",
    ),
    dict(
        slug="blog-caochang-summary-pistol-room-wrapped-56",
        site="操场边的笔记 (invented teacher's blog, text copy)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://caochangbian.blog.cn/post/20250115/889",
        title="2024年秋季学期体育器材室管理小结",
        record_title="〔体育组手记〕2024年秋季学期体育器材室管理小结 — 操场边的笔记",
        date="2025-01-15",
        notes="hard-wrapped at 56 columns; the blog's 发布于 line is the page's date; a column tag in the record title "
        "and an em-dash blog suffix; prev/next links and comments",
        page="""
!m 操场边的笔记 —— 一名体育老师的日常
!t 〔体育组手记〕2024年秋季学期体育器材室管理小结
!m 发布于 2025-01-15 21:03　分类：教学随笔　评论(3)
{BODY}
!l « 上一篇：冬季长跑训练的几点体会
!l 下一篇：寒假体育家庭作业怎么布置 »
!l 网友 跳绳达人：发令枪随身带这招学到了
!d 本博客文字未经许可请勿转载。
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
这个学期我接手学校体育器材室的管理，四个多月下来，有收获也有教训，记在这里，算是给自己的一份小结。
一是理清了家底。开学第一周，我和两名学生志愿者把器材室翻了个底朝天，清点出各类器材六百多件，其中发令枪两支、发令弹四盒，全部重新登记造册。
二是立下了规矩。发令枪和发令弹分柜上锁，钥匙由我和体育组长分别保管；每次领用都登记时间、用途和剩余弹数。秋季运动会三天，共用发令弹一百一十发，账物相符。
三是吃了一次教训。十月份一次课上，一名学生趁我不注意拿起发令枪比划，虽然没有装弹，还是把我吓出一身冷汗。从那以后，发令枪上课一律随身携带，不离手。
下学期，我打算给器材室装一个监控，再把借还登记改成扫码登记。
""",
    ),
    dict(
        slug="wechat-xichuan-pledge-scoreboard-h1-follow-glued",
        site="熹川体育 (invented WeChat account, mirror page)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://wxmirror.yuedu8.net/s/xichuantiyu/20250821_1.html",
        title="爱护场馆设施 文明观赛助威——致全县篮球爱好者的倡议书",
        record_title=None,
        date="2025-08-20",
        date_also=["2025-08-21"],
        notes="no record title: the article <h1> is the title; a WeChat mirror with 原创 and account line (date differs "
        "from the signature), a follow prompt glued before the salutation, 阅读原文/在看 rows, a QR line and the "
        "mirror's archive note; a sentence asking readers to share the pledge",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>爱护场馆设施 文明观赛助威——致全县篮球爱好者的倡议书</title>
<script src="/assets/mirror.js"></script>
</head><body>
<div class="mr-top">⟦m 悦读吧 · 公众号文章存档⟧</div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　熹川体育　2025-08-21 18:30　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rm-tool">⟦a 阅读原文⟧　⟦l 在看 46　赞 103　分享⟧</div>
<div class="rm-qr">⟦a 长按下方二维码，关注熹川体育⟧</div>
</div>
<div class="mr-foot">⟦d 本页为公众号文章的存档副本，版权归原作者，如需删除请联系 mirror@yuedu8.net⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
⟦a 点击上方蓝字“熹川体育”关注我们⟧全县广大篮球爱好者、观赛市民：
8月下旬，熹川县“村BA”篮球联赛将在县全民健身中心打响。新启用的电子记分牌、计时器和看台座椅，是大家共同的财产。为营造文明有序的观赛环境，我们倡议：
一、爱护场馆设施。不攀爬记分牌支架，不向场内投掷水瓶杂物，不在座椅上站立踩踏。
二、文明观赛助威。为精彩比赛鼓掌，为失利一方加油，不辱骂裁判和球员，对比分有异议时以记分台公布为准。
三、做好安全防护。听从工作人员指挥，有序进出场馆，不携带易燃物品入场。
请把这份倡议分享给身边的球友，让我们一起做文明观众！
熹川县体育中心
2025年8月20日
""",
    ),
    dict(
        slug="wechat-diekou-article-choosing-papercut-knives",
        site="蝶口非遗 (invented WeChat account, text backup)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://wxbackup.chayue.cc/diekoufeiyi/2025/05/16/1",
        title="剪纸刀怎么选？老师傅教你三招",
        record_title="剪纸刀怎么选？老师傅教你三招 - 蝶口非遗 · 公众号文章留档",
        date="2025-05-16",
        notes="a WeChat article backed up as text; the account line is the page's date; a 'from account' line, a "
        "like/在看 row and a QR prompt at the bottom; the article itself asks readers to follow the account",
        page="""
!m 茶阅 · 公众号文章留档
{T}
!m 原创　蝶口非遗　2025-05-16 07:30
!m 以下文章来源于蝶口非遗，作者匡秀禾工作室
{BODY}
!a 阅读原文　　在看 32　　赞 87
!a 长按识别二维码，和蝶口非遗一起玩剪纸
!d 备份仅供个人阅读，原文以公众号为准。
""",
        body="""
不少朋友在后台留言，想学剪纸，却不知道剪纸刀怎么选。今天请蝶口镇剪纸艺人匡秀禾老师来聊聊。
第一招，看刀刃。刻纸用的刀刃要薄而窄，刀尖要正，对着光看不能有缺口。初学者选斜口刀就够用，熟练后再添圆口刀、平口刀。
第二招，握刀柄。刀柄太细容易打滑，太粗又不灵活，握在手里像握铅笔一样舒服最好。木柄吸汗，比金属柄更适合长时间刻制。
第三招，配刀套。剪纸刀很锋利，一定要配刀套，用完随手套上。家里有小朋友的，要放在孩子够不着的地方。
匡老师说，刀不在贵，在于顺手；手艺不在快，在于用心。
想跟匡老师学剪纸的朋友，可以关注本号，我们每月都会发布公益课程报名信息。
""",
    ),
    dict(
        slug="collection-puzhenchuan-memoir-first-pistol-gb2312",
        site="蒲振川文集 (invented, old personal site)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.puzhenchuan.net/wj/yishengqiangxiang/05.htm",
        title="我的第一把发令枪",
        record_title="《一声枪响》之五：我的第一把发令枪 — 蒲振川文集",
        date=None,
        notes="an old table-layout personal collection with 繁體/简体 links, chapter links, a visitor counter and the "
        "author's mailbox; a memoir with only a year inside its text (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《一声枪响》之五：我的第一把发令枪 — 蒲振川文集</title>
<script language="JavaScript" src="../js/gb2big5.js"></script>
</head>
<body bgcolor="#F5F0E1">
<table width="760" align="center" border="0"><tr><td align="center">⟦m 蒲振川文集⟧<br>⟦m 一个老体育教师的絮语⟧</td></tr>
<tr><td align="right">⟦a <a href="javascript:toBig5()">繁體</a> | <a href="javascript:toGb()">简体</a>⟧</td></tr>
<tr><td align="center">⟦m <a href="../index.htm">首页</a> · <a href="../wj.htm">文集目录</a> · <a href="../ly.asp">留言簿</a> · <a href="../zp.htm">老照片</a>⟧</td></tr></table>
<table width="760" align="center" border="1" cellpadding="12"><tr><td>
<p align="center">⟦t 《一声枪响》之五：我的第一把发令枪⟧</p>
{BODY}
<p align="center">⟦l 〈 第四篇　跑道是用煤渣铺的⟧　⟦l 目录⟧　⟦l 第六篇　那年的接力棒 〉⟧</p>
</td></tr></table>
<table width="760" align="center"><tr><td align="center">⟦m 您是本站第 012877 位读者⟧<br>⟦w 写信给我：puzc1958@163.com⟧</td></tr></table>
</body></html>
""",
        body="""
一九八二年秋天，我从师范学校毕业，分到鸪塘公社中学教体育。报到那天，老校长从柜子里拿出一把发令枪交给我，说：“以后学校开运动会，就靠你这一枪了。”
那把发令枪是铁做的，枪身有些锈，转轮一次能装六发纸炮。第一次在运动会上发令，我紧张得手心直冒汗，举着枪半天没扣下去，跑道上的孩子们蹲得腿都麻了，全场哄堂大笑。
后来我慢慢摸出了门道：口令要洪亮，停顿要均匀，枪要举过头顶，眼睛要盯着起跑线。每次运动会前，我都要把枪擦上一遍油，把纸炮放在干燥的地方。
那把枪陪了我二十多年，直到学校换上电子发令器，它才退了休。如今它躺在我家的抽屉里，偶尔拿出来看看，耳边仿佛又响起了那一声清脆的枪响。
""",
    ),
    dict(
        slug="collection-fumanqing-essay-three-ladles-record-title",
        site="晴窗集 (invented personal collection, text copy)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.qingchuangji.cn/sanwen/0418.html",
        title="一只瓢的光阴",
        date=None,
        notes="title given by the record; a collection page copied as text: collection name, chapter links, a read "
        "counter and the author's mailbox; an essay with no date",
        page="""
!m 晴窗集 · 符蔓青散文
!l 目录　|　上一篇：灶膛里的火　|　下一篇：晒秋
{T}
{BODY}
!m 本文已被阅读 302 次
!w 欢迎来信交流：fumanqing@163.com
!d 晴窗集文字均为作者原创，转载请先来信。
""",
        indent="\u3000\u3000",
        body="""
老家的厨房里，有过三只瓢。
最早的是葫芦瓢，是奶奶种的葫芦做的，舀水、舀米、舀糠都用它。它轻，小孩子也拿得动，我五六岁时就踮着脚从缸里舀水给奶奶和面。
后来父亲从集上买回一只木瓢，是整块柳木挖出来的，沉甸甸的，专门用来舀开水烫猪食。木瓢不怕烫，就是容易裂，每年夏天都要在水里泡一泡。
再后来，塑料瓢进了门，红的绿的，便宜又结实。葫芦瓢和木瓢就这样被挂上了墙。
如今老屋早已空了，墙上的两只旧瓢还在。每次回去，我都要取下来摸一摸。那些舀水做饭的日子，就盛在这小小的瓢里，一晃就是四十年。
""",
    ),
    dict(
        slug="snapshot-soudedao-notice-papercut-exhibition-frame",
        site="搜得到 (invented search engine) / 羾水县文化馆 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soudedao.com/c?u=http%3A%2F%2Fwhg.gongshui.gov.cn%2Ftzgg%2F2025%2F0403%2F77.html",
        title="关于征集第四届羾水剪纸作品展参展作品的通知",
        record_title="〔缓存页〕关于征集第四届羾水剪纸作品展参展作品的通知_羾水县文化馆 - 搜得到",
        date="2025-04-01",
        date_also=["2025-04-03"],
        notes="a snapshot frame: a capture banner with a crawl stamp and highlighted terms above the cached page (its "
        "own nav and footer); the page's date differs from the 成文日期; the notice's own 联系人/电话",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔缓存页〕关于征集第四届羾水剪纸作品展参展作品的通知_羾水县文化馆 - 搜得到</title>
<script>var sddCache={hl:["剪纸","作品展"],src:"whg.gongshui.gov.cn"};</script>
</head><body>
<div class="sdd-bar" style="background:#fffbe6;border-bottom:1px solid #ccc">
<p>⟦m 您正在查看“搜得到”保存的网页副本，原网页可能已经更新或删除。⟧</p>
<p>⟦m 本副本抓取于 6 天前　原始地址：whg.gongshui.gov.cn/tzgg/2025/0403/77.html⟧</p>
<p>⟦a 已为您标亮这些词：<b style="background:#ff0">剪纸</b> <b style="background:#0ff">作品展</b>⟧</p>
</div>
<div class="whg">
<div class="whg-head">⟦m 羾水县文化馆 · 群众文化之家⟧</div>
<div class="whg-nav">⟦m 首页 | 馆情介绍 | 通知公告 | 非遗保护 | 公益培训⟧</div>
<h2>{T}</h2>
<div class="whg-meta">⟦m 发布日期：2025-04-03　浏览：586⟧</div>
<div class="whg-txt">
{BODY}
</div>
<div class="whg-foot">⟦m 羾水县文化馆　地址：羾水县文昌路15号　湘ICP备14009016号⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇文化站、各剪纸爱好者：
为展示我县剪纸艺术传承成果，县文化馆定于2025年6月举办第四届羾水剪纸作品展，现面向社会征集参展作品。
一、征集内容：以“乡村新貌”“非遗新生”为主题的剪纸、刻纸作品，题材、技法不限。
二、作品要求：作品须为本人原创，尺寸不超过100厘米×70厘米，每人限送两件；刻纸作品须注明所用剪纸刀的刀型。
三、报送方式：4月30日前将作品送至县文化馆二楼非遗部，并填写作品登记表。
四、评选奖励：展览期间评选金奖3名、银奖6名、铜奖10名，颁发证书和奖品。
联系人：聂晚晴　电话：0745-7618203
羾水县文化馆
2025年4月1日
""",
    ),
    dict(
        slug="snapshot-text-letter-museum-old-ladles-wrapped-70",
        site="搜得到 (invented search engine, text-only cache) / 羾水县民俗博物馆 (invented)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://cache.soudedao.com/t?u=http%3A%2F%2Fmsbwg.gongshui.gov.cn%2Fgg%2F0320.html",
        title="羾水县民俗博物馆关于征集老水瓢等民俗展品的函",
        record_title="〖文字缓存〗羾水县民俗博物馆关于征集老水瓢等民俗展品的函",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes="a text-only cache hard-wrapped at 70 columns; 成文日期 in Chinese numerals under the signature, the "
        "cached page's date differs; the letter's own 联系人/电话",
        page="""
!m 搜得到 · 纯文字缓存页（图片与样式已省略）
!m 原网址：msbwg.gongshui.gov.cn/gg/0320.html　缓存于 昨天
!t 〖文字缓存〗羾水县民俗博物馆关于征集老水瓢等民俗展品的函
!m 首页 > 公告公示
{T}
!m 发布日期：2025-03-20　来源：本馆
{BODY}
!m 羾水县民俗博物馆　开放时间：周二至周日 9:00-17:00
!a 返回搜得到结果页
""",
        indent="\u3000\u3000",
        wrap=70,
        body="""
各乡镇综合文化站：
为筹办“舀水人家——羾水农家生活器具展”，我馆拟面向全县征集老水瓢及相关民俗器物。现将有关事项函告如下：
一、征集范围：葫芦瓢、木瓢、椰壳瓢、铜瓢等旧时舀水器具，以及与之配套使用的水缸、水桶、扁担。
二、征集方式：可捐赠，也可借展。借展器物由我馆登记造册、专人保管，展览结束后按期归还。
三、有关要求：请各站协助在辖区内开展宣传，摸排线索，于4月15日前将征集线索汇总后报我馆。
感谢各站的大力支持！
联系人：蔺芳洲　电话：0745-7620117
羾水县民俗博物馆
二〇二五年三月十八日
""",
    ),
    dict(
        slug="netdisk-yunzhan-plan-pingpong-league-docx-markers",
        site="云栈网盘 (invented cloud drive, share preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunzhan.cc/s/1Kq7vTz0aP",
        title="2025年珊阳市全民健身乒乓球联赛工作方案",
        record_title="2025年珊阳市全民健身乒乓球联赛工作方案.docx",
        date="2025-03-05",
        notes="file-name record title (.docx); a cloud-drive preview with VIP prompts and marker paragraphs ⎧ pn ⎫ "
        "cutting sentences; decimal headings 1.1–3.2; 成文日期 under the signature; a share stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>2025年珊阳市全民健身乒乓球联赛工作方案.docx_免费高速下载|云栈网盘</title>
<script src="https://static.yunzhan.cc/share/v3.js"></script>
</head><body>
<div class="yz-top">⟦m 云栈网盘⟧ <a>⟦a 登录领1T空间⟧</a></div>
<div class="yz-file">
<h2>⟦t 2025年珊阳市全民健身乒乓球联赛工作方案.docx⟧</h2>
<p>⟦m 分享者：Q***8　分享于 2 周前　有效期：永久　大小：41.2KB⟧</p>
<p>⟦a 存进我的云栈⟧　⟦a 普通下载⟧　⟦a 超级会员极速下载⟧</p>
</div>
<div class="yz-preview">
{BODY}
</div>
<div class="yz-vip">⟦a 免费预览仅显示前 3 页，开通超级会员查看全部⟧</div>
<div class="yz-foot">⟦d 请勿分享侵权及违法内容，如发现请点击举报。⟧⟦m ©2025 云栈网盘⟧</div>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⎧ p{n} ⎫", every=110, start=2),
        body="""
为深入开展全民健身活动，丰富群众业余文化生活，市体育总会决定举办2025年珊阳市全民健身乒乓球联赛，特制定本方案。
1 组织机构
1.1 主办单位：珊阳市体育总会。
1.2 承办单位：珊阳市乒乓球协会、各区县体育中心。
2 赛事安排
2.1 分区赛：4月至6月，在各区县举行，每区县推荐男女团体各两支队伍进入总决赛。
2.2 总决赛：7月上旬在市全民健身中心举行。
3 参赛要求
3.1 运动员须自备符合比赛规则的乒乓球拍，胶皮两面颜色须为一红一黑。
3.2 比赛用球、球台由承办单位统一提供。
4 奖励办法
总决赛团体前六名颁发奖杯和证书，单项前八名颁发奖牌。
珊阳市体育总会
2025年3月5日
""",
    ),
    dict(
        slug="netdisk-yunzhan-text-scoreboard-procedure-pdf",
        site="云栈网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="text",
        source="https://pan.yunzhan.cc/s/3Rr0mBq9Lw",
        title="县全民健身中心体育馆电子记分牌操作规程",
        record_title="县全民健身中心体育馆电子记分牌操作规程.pdf",
        date=None,
        notes="file-name record title (.pdf); a cloud-drive text preview with a share stamp, a preview-only line and a "
        "save/download row; a numbered list, one item speaking of printing a score sheet; no date",
        page="""
!m 云栈网盘 | 文件预览
!t 县全民健身中心体育馆电子记分牌操作规程.pdf
!m 分享于 2 周前　　大小 212KB　　浏览 96
!a 当前为免费预览，仅显示文字内容
{BODY}
!a 转存到我的网盘　　下载（需登录）
!l 该分享者的其他文件：场馆预约管理办法.pdf　体育馆消防应急预案.docx
""",
        body="""
为规范体育馆电子记分牌使用，延长设备使用寿命，制定本规程。
1.开机前，操作员应检查控制台、信号线和电源插头，确认连接正常、无破损。
2.开机顺序为：先开总电源，再开显示屏电源，最后启动控制电脑；关机顺序相反。
3.比赛前十分钟完成队名录入和计时校准，并进行一次比分加减测试。
4.比赛中，比分、犯规和暂停的输入以记录台裁判员的口令为准，操作员不得自行更改。
5.比赛结束后，打印比分记录单交记录台裁判员签字，存档备查。
6.显示屏连续使用不超过六小时，雷雨天气应切断电源。
7.发现黑屏、花屏、按键失灵等故障，立即报告场馆管理科，不得私自拆修。
""",
    ),
]
