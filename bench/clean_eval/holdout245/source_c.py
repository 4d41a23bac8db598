"""holdout245, part C: news portals, WeChat mirrors, blogs, personal collections and search snapshots.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="news-qiancheng-school-new-badge-captions",
        site="灊城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qiancheng-news.cn/jy/2025-09/02/content_661802.html",
        title="灊城六中启用新校徽 老校友捐出六十年前旧校徽",
        record_title="[教育·校园] 灊城六中启用新校徽 老校友捐出六十年前旧校徽 ∣ 灊城新闻网",
        date="2025-09-02",
        notes="news portal: app prompt, listen button, 24-hour list; the dateline-and-reporter line glued before "
        "the lead's first words, a photo caption between paragraphs, an editor line glued after the last "
        "sentence; 发布时间 line is the page's date; decorated record title",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>[教育·校园] 灊城六中启用新校徽 老校友捐出六十年前旧校徽 ∣ 灊城新闻网</title>
<script async src="https://stat.qiancheng-news.cn/s.js"></script></head>
<body>
<div class="qn-top"><a href="/">⟦m 灊城新闻网⟧</a><span>⟦m 灊城日报社主管主办⟧</span><a class="app">⟦a 下载灊城新闻客户端 看更多本地事⟧</a></div>
<nav>⟦m 要闻　时政　民生　教育　文旅　视频⟧</nav>
<div class="qn-loc">⟦m 灊城新闻网 > 教育频道 > 校园⟧</div>
<article>
<h1>{T}</h1>
<div class="qn-meta">⟦m 发布时间：2025-09-02 10:15　来源：灊城日报⟧　<span class="listen">⟦a ▶ 听新闻⟧</span></div>
{BODY}
</article>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 阊湖区新建三所公办幼儿园今秋开园⟧</li><li>⟦l 溳水大桥夜间限行至月底⟧</li><li>⟦l 市图书馆开学季延长开放时间⟧</li></ol></aside>
<footer><p>⟦d 凡本网注明“来源：灊城日报”的作品，未经授权不得转载、摘编⟧</p><p>⟦m 互联网新闻信息服务许可证编号：42120240017⟧</p></footer>
</body></html>
""",
        body="""
⟦m 灊城新闻网讯（记者 邵允 通讯员 骆晴）⟧9月1日，灊城市第六中学在开学典礼上正式启用新校徽。
新校徽以蓝绿两色为主调，图案由一本翻开的书和一棵银杏组成，中间嵌有建校年份“1958”。学校美术组历时半年，先后修改了十余稿才最终定稿。
⟦m 图为学生代表佩戴新校徽参加开学典礼。（骆晴 摄）⟧
典礼上，1965届校友邹庆和将一枚珍藏了六十年的铜质旧校徽捐赠给学校。“那时候校徽是用铜皮冲压的，背面刻着编号，丢了要写检讨。”邹庆和笑着说。
校长姚振宁表示，学校将在校史馆设立校徽专柜，陈列历年校徽，让新同学了解学校的发展历程。⟦m （责任编辑：温楚　审核：柯一鸣）⟧
""",
    ),
    dict(
        slug="news-yunyang-archives-old-fax-record",
        site="溳阳融媒 (invented, county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yunyang-rm.cn/bdxw/2025/0519/27714.html",
        title="县档案馆征集到一台上世纪九十年代传真机",
        record_date="2025-05-19",
        date="2025-05-19",
        notes="county news portal as text: title and date given by the record; a related-news link between "
        "paragraphs; reporter line above the lead; share and comment lines",
        page="""
!m 溳阳融媒 · 本地新闻
!m 首页 ＞ 本地新闻 ＞ 社会
{T}
!m 溳阳融媒记者　祁芸　　2025-05-19　　阅读 2316
{BODY}
!l 分享到：朋友圈　QQ空间　微博
!l 网友评论（3）　查看全部评论 »
!m 溳阳县融媒体中心出品　新闻热线：0718-6218000
""",
        indent="\u3000\u3000",
        body="""
近日，溳阳县档案馆收到退休干部龚立民捐赠的一台传真机。这台传真机是1993年县政府办公室购置的第一批传真设备之一，曾承担全县防汛、抗旱等紧急文件的收发任务。
龚立民当年在县政府办公室负责机要工作。他回忆，传真机刚买来时，全办公室的人都围过来看，“一张纸从那头传过来，几分钟就到了，大家觉得很神奇”。
⟦l 相关新闻：县档案馆“办公老物件”征集启事发布⟧
县档案馆工作人员介绍，这台传真机外壳完好，热敏纸卷筒内还留着半卷未用完的纸。档案馆将对其进行登记、清洁后，在“办公记忆”展区展出。目前，老物件征集活动仍在进行，欢迎群众提供线索。
""",
    ),
    dict(
        slug="wechat-cunhaoge-essay-fax-retired-h1",
        site="存号阁 (invented WeChat mirror)",
        style="公众号镜像",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.cunhaoge.com/a/qianxi-dangan/2025-03-12/1.html",
        title="那台“吱吱”叫的传真机，退休了",
        record_title=None,
        date="2025-03-12",
        notes="WeChat mirror, no record title (the <h1>); a follow prompt glued before the first words; account "
        "line with the date is the page's date; 阅读原文/在看 row, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>存号阁 - 汧溪档案 - 文章</title>
<script src="/static/chg.js"></script></head>
<body>
<div class="chg-bar">⟦m 存号阁 · 好文章不走丢⟧ <a>⟦a 收录我的公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 汧溪档案　2025年3月12日 08:30⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rm-tail">⟦l 阅读原文⟧　⟦l 阅读 3176⟧　⟦l 在看 41⟧　⟦l 写留言⟧</div>
<div class="rm-qr">⟦a 长按识别二维码，把馆藏故事装进口袋⟧</div>
</div>
<div class="chg-note">⟦d 本页为存号阁自动存档的公开文章，版权归原公众号所有⟧</div>
<div class="chg-more"><h4>⟦l 该公众号其他存档⟧</h4><p>⟦l 一张1958年的入学通知书⟧</p><p>⟦l 馆藏里的老粮票⟧</p></div>
</body></html>
""",
        body="""
⟦a ↑点上方“汧溪档案”加个星标⟧在汧溪县档案馆三楼的库房里，有一台米黄色的传真机，机身上贴着一张褪了色的标签：“县委办公室　1996年购置”。
老档案员靳玉芬说，这台机器“吱吱”叫了二十多年。那些年，一份份防汛急报、会议通知从这里传出去，又从各乡镇传回来。夜里值班的人听见它响，第一件事就是跑过去撕纸、登记、送领导批阅。
后来，电子公文系统用上了，传真机响得越来越少。去年，它被正式停用，登记入库，成了档案馆的一件“藏品”。
如今，年轻的同事们已经很少见过传真机。可对于老档案人来说，那一声“吱吱”，是一个年代的声音。
""",
    ),
    dict(
        slug="wechat-yuehaojing-pledge-badge-share",
        site="阅号镜 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://yuehaojing.cn/mp/yyez/20250305_02.html",
        title="“戴好一枚校徽 守护一份荣誉”倡议书",
        record_title="“戴好一枚校徽 守护一份荣誉”倡议书 ｜溳阳二中 · 阅号镜备份",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="WeChat mirror as text: 原创 tag, account line with the push date, 关注/分享 as content in the "
        "pledge; the signature date differs from the push date (also accepted); 在看/赞 rows",
        page="""
!m 阅号镜 — 公众号文章存档
{T}
!m 原创　溳阳二中　2025-03-05
!a 轻点“溳阳二中”进入主页 ›
{BODY}
!l 赞 57　在看 19　分享
!a 喜欢此内容的人还喜欢 › 查看更多
!d 阅号镜仅做公开文章备份，如需删除请原作者联系 yhj_del@yuehaojing.cn
""",
        body="""
亲爱的同学们：
校徽是学校的标志，也是每一位学子的身份名片。为增强大家的集体荣誉感，学校团委、学生会向全体同学发出如下倡议：
一、每天到校自觉佩戴校徽，做到端正、整洁，不在校徽上涂画、粘贴。
二、外出参加比赛、研学等活动时佩戴校徽，言行举止维护学校形象。
三、爱护校徽，遗失后及时到政教处补领，不购买、不佩戴仿制校徽。
四、请同学们关注学校公众号，把这份倡议分享给家人，一起监督、一起践行。
同学们，一枚校徽连着你我，让我们从戴好一枚校徽做起，守护学校的荣誉！
溳阳县第二中学团委　学生会
2025年3月3日
""",
    ),
    dict(
        slug="blog-jiangtaibian-essay-old-binding-machine",
        site="讲台边的菜园 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://jiangtaibian.blog.jiaoshi-home.cn/archives/412/",
        title="文印室里的那台老装订机",
        record_title="〈校园杂记〉文印室里的那台老装订机 · 讲台边的菜园",
        date="2025-01-16",
        notes="teacher's blog: tag cloud, archive, comment form; a bracketed post time is the page's date; a "
        "reward line glued after a sentence; decorated record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〈校园杂记〉文印室里的那台老装订机 · 讲台边的菜园</title>
<script src="/usr/themes/chalk/app.js"></script></head>
<body>
<header><h2 class="site">⟦m 讲台边的菜园⟧</h2><p class="desc">⟦m 一个乡村初中语文老师的碎碎念⟧</p>
<nav>⟦m 首页　校园杂记　读书　关于⟧</nav></header>
<main>
<h1 class="post-title">{T}</h1>
<p class="post-meta">⟦m [2025-01-16 21:40]　分类：校园杂记　阅读(318)⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：文印室 装订机 老物件⟧</p>
<div class="post-near">⟦l « 期末阅卷小记⟧　⟦l 寒假给学生的一封信 »⟧</div>
<div id="comments"><h3>⟦l 已有 6 条评论⟧</h3>
<form>⟦l 称呼（必填）　邮箱　网址　提交评论⟧</form></div>
</main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 班主任 作文 文印室 家访 老物件 读书⟧</p>
<h3>⟦l 文章归档⟧</h3><p>⟦l 2025年1月（3）⟧</p><p>⟦l 2024年12月（5）⟧</p></aside>
<footer>⟦m © 2025 讲台边的菜园 · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
学校文印室角落里有一台老式手动装订机，铸铁底座，摇臂上的红漆早已磨得发白。听管文印的周师傅说，它是1998年学校买的，比我的教龄还长。
每到期末，全校的试卷、教案、学生成长档案都要从它这里过一遍。周师傅把纸码齐，用夹子夹紧，摇下摇臂，“咔嗒”一声就是一个孔。一天下来，他的手掌磨得通红。
前年学校添了一台电动热熔装订机，按一下按钮就能装好一本，周师傅却还是习惯用老机器打孔，说它“打得正，不跑偏”。⟦a ☕ 写得还行？请菜园主人喝杯茶⟧
今年周师傅退休，临走前把老装订机擦得干干净净，还在摇臂上贴了张纸条，上面写着“轻摇，别用蛮劲”。
""",
    ),
    dict(
        slug="blog-qingchuang-essay-sash-wrapped",
        site="晴窗小记 (invented blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://qingchuang.blog.cn-notes.net/post/2025/a-sash",
        title="一条绶带的分量",
        record_title="一条绶带的分量 — 礼仪课随笔 — 晴窗小记",
        date=None,
        notes="blog as text, hard-wrapped at 58 columns; a relative post time is no date; decorated record title; "
        "tags, previous/next and a comment count",
        page="""
!m 晴窗小记 · 礼仪老师的随手记
{T}
!m 发表于 3 天前　·　分类：礼仪课随笔　·　208 次阅读
{BODY}
!l 标签：绶带 / 礼仪 / 表彰会
!l ← 上一篇：托盘走位的三个小窍门　　下一篇：颁奖音乐怎么选 →
!l 评论 4 条（登录后可留言）
!m 晴窗小记 © 2025
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
在礼仪队带新队员，我最先教的不是站姿，而是怎样给人佩戴绶带。
绶带看着简单，一条红缎子，两端缝着金穗，可真要戴好并不容易。要从受表彰者的左肩搭过，斜挎到右腰，字面朝外，不能扭，不能皱，接头处要藏在腰侧。新队员手忙脚乱，常常把“先进个人”戴成了“人个进先”。
有一年表彰大会，一位老护士上台领奖。我给她戴绶带时，她的手一直在抖，小声说：“干了三十年，头一回戴这个。”那一刻我才明白，我们手里托着的，不只是一条缎带。
所以我总对新队员说，戴绶带要慢一点、稳一点，把它戴正，就是把别人的荣誉放正。
""",
    ),
    dict(
        slug="collection-zouwen-memoir-copper-badge-gb2312",
        site="邹老师文集 (invented, gb2312 personal site)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zou-wenji.net/yunshui/09.htm",
        title="父亲的铜校徽",
        record_title="溳水忆旧·九 ｜ 父亲的铜校徽 ◦ 邹老师文集",
        date=None,
        notes="old gb2312 personal collection: marquee, chapter links, visitor counter, the author's mailbox; a "
        "写于 line with a year only (no date); decorated record title",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>溳水忆旧·九 ｜ 父亲的铜校徽 ◦ 邹老师文集</title>
</head>
<body bgcolor="#FFFBEF">
<table width="760" align="center"><tr><td align="center">
<font size="5">⟦m 邹老师文集⟧</font><br>
<marquee width="600">⟦m 退休教师邹振邦的笔墨小园，欢迎老同事、老学生常来坐坐⟧</marquee>
</td></tr>
<tr><td>⟦m 文集首页 → 溳水忆旧 → 第九篇⟧</td></tr>
<tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 上一篇：老屋门前的苦楝树⟧　⟦l 目录⟧　⟦l 下一篇：一九七七年的考场⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：zoujl_1949@wenji-mail.cn⟧</td></tr>
<tr><td align="center">⟦m 本站自2006年开通以来，您是第 <font color="red">067215</font> 位来访的朋友⟧</td></tr>
</table>
</body>
</html>
""",
        body="""
父亲留下的东西不多，其中有一枚铜校徽，我一直收在书桌抽屉里。
那是1956年父亲考进溳阳师范时发的。校徽是长方形的，白底红字，“溳阳师范”四个字用铜边框着，背面的别针已经有些弯了。父亲说，那时一个村里出一个师范生不容易，他戴着校徽回家，村里的老人都要拉过去看一看。
后来父亲在乡下教了一辈子书，校徽一直别在他那件蓝色中山装上，过年走亲戚才舍得穿。
父亲去世后，我整理遗物，在中山装口袋里找到了它。铜面磨得发亮，是被人摸了几十年的那种亮。
写于溳阳，二〇二四年秋
""",
    ),
    dict(
        slug="collection-xiangju-memoir-first-fax-missing",
        site="乡居杂记 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://xiangjuzaji.cn/juan2/14.html",
        title="第一次发传真",
        record_title=None,
        date=None,
        notes="no record title: the title line on the page; a collection line under it; a reader count and the "
        "collection's contents links; a memoir with a year but no date",
        page="""
!m 乡居杂记 · 一个老乡干部的笔记
!m 卷二　乡政府那些年
{T}
!m ——《乡居杂记》第十四篇　　读者 906
{BODY}
!l 【本卷目录】第十三篇：乡里的第一部程控电话　｜　第十五篇：下村的自行车
!d 文字系作者原创，转载请先来信告知
""",
        indent="\u3000\u3000",
        body="""
1992年秋天，乡政府买回了第一台传真机，放在党政办公室，由我负责操作。
那时谁也没用过这东西。说明书上的字密密麻麻，我照着一步一步地试，先把电话拨通，听到对方“嘀——”的一声长音，再按下启动键，纸慢慢地被吞进去。第一份传真是向县里报送的秋粮入库进度表，发完后我不放心，又专门打电话问县里收到没有，对方说：“收到了，字很清楚。”
后来乡里的干部都爱到办公室来看热闹，有人还问我能不能把一张照片传到省城去。
如今我退休多年，乡里早已不用传真机了，可那声“嘀——”的长音，我到现在还记得。
""",
    ),
    dict(
        slug="snapshot-shijing-notice-degree-folders-frame",
        site="拾径搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.shijing-so.com/c?u=xsc.lcligong.edu.cn/tzgg/2025/0623/1208.html",
        title="关于2025届毕业生领取学位证书及证书夹的通知",
        record_title="拾径存档页 ≫ 关于2025届毕业生领取学位证书及证书夹的通知",
        date="2025-06-23",
        notes="snapshot frame: capture banner (a capture stamp is no date), highlighted terms, the college site's "
        "own chrome inside; the document's 联系电话 beside the college switchboard; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>拾径存档页 ≫ 关于2025届毕业生领取学位证书及证书夹的通知</title></head>
<body>
<div class="xj-banner" style="background:#fffbe6">
<p>⟦d 拾径快照：这是 xsc.lcligong.edu.cn 在 2025年7月2日 的页面存档，原网页可能已经更新或删除⟧</p>
<p>⟦a 访问原网页⟧　⟦a 只看纯文字⟧</p>
<p>⟦m 以下词语已被标亮：<b style="background:#ff0">证书夹</b> <b style="background:#9f9">学位证书</b>⟧</p>
</div>
<div class="xsc-head">⟦m 灊城理工学院学生处⟧　⟦m 首页　学生事务　资助管理　通知公告⟧</div>
<div class="xsc-art">
<h2>{T}</h2>
<p class="xsc-info">⟦m 作者：学生处　点击：2931⟧</p>
{BODY}
</div>
<div class="xsc-foot">⟦m 灊城理工学院学生处　学校总机：0716-8220000⟧</div>
</body></html>
""",
        body="""
各学院、2025届毕业生：
2025届本科毕业生学位证书已制作完毕，现将领取事项通知如下。
一、领取时间：6月27日上午8:30—11:30。
二、领取方式：以学院为单位，由辅导员持学生名单到学生处统一领取，学位证书与学校统一定制的证书夹一并发放，每人一个。
三、证书夹封面印有校名和校徽，请毕业生妥善保管，遗失不补。
四、已申请邮寄的同学，证书和证书夹将于7月3日前统一寄出，请保持电话畅通。
联系电话：0716-8220415。
学生处
2025年6月23日
""",
    ),
    dict(
        slug="snapshot-shijing-textcache-rules-honour-room",
        site="拾径搜索快照（纯文字版） (invented)",
        style="搜索快照",
        genre="制度/规程",
        kind="other",
        form="text",
        source="https://cache.shijing-so.com/t?u=www.shengtai-jx.com/about/zd/31.html",
        title="荣誉室证书及证书夹保管规定",
        record_title="荣誉室证书及证书夹保管规定 - 盛泰机械（拾径·无图版）",
        date=None,
        notes="text-only cache: capture banner lines, the company site's nav and footer; a rule with 第N条 and "
        "an effective clause (no date); decorated record title",
        page="""
!d 【拾径纯文字快照】本页仅保留原网页文字，图片与样式均已略去
!m 原网址：www.shengtai-jx.com/about/zd/31.html　存档于：上个月
!m 汧溪县盛泰机械有限公司
!m 网站首页 | 关于盛泰 | 产品中心 | 规章制度 | 联系我们
{T}
{BODY}
!m 地址：汧溪县陬田镇工业园三路8号　电话：0917-4588016
!m Copyright 2025 盛泰机械 All Rights Reserved
""",
        body="""
第一条 为规范公司荣誉证书的保管和使用，制定本规定。
第二条 公司及员工获得的各级荣誉证书，原件统一装入证书夹，由行政部在荣誉室集中保管。
第三条 证书夹按获奖年度编号，夹脊贴标签，注明证书名称、颁发单位和获奖时间。
第四条 因投标、评审等需要借用证书原件的，须填写借用单，经行政部负责人签字后借出，借期一般不超过5个工作日。
第五条 借用人应连同证书夹一并借出、一并归还，不得拆下证书单独携带。
第六条 证书夹破损、褪色的，行政部应及时更换。
第七条 本规定自发布之日起施行。
""",
    ),
]
