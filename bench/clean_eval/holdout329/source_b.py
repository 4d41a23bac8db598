"""holdout329, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text (places, people, firms, sites, URLs, phones); see ../README.md and ../build.py
for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="blog-tingsong-memoir-grandma-bamboo-pillow",
        site="听松小筑 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://tingsong.example.net/2024/07/zhuzhen-jiushi/",
        title="竹枕旧事",
        record_title="竹枕旧事 | 听松小筑",
        date=None,
        notes="a blog memoir: a relative post time (no date), categories and tags, a calendar widget, an archive list, a comment form, a theme credit",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>竹枕旧事 | 听松小筑</title>
<link rel="stylesheet" href="/wp-content/themes/songfeng/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header id="masthead"><p class="site-title">⟦m 听松小筑⟧</p><p class="site-description">⟦m 记些旧物，写点闲话⟧</p>
<nav>⟦m 首页　随笔　旧物　读书　关于我⟧</nav></header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 前天　分类：旧物　作者：松间月⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：外婆 竹枕 夏天⟧</footer>
</article>
<nav class="post-navigation">⟦l « 外公的篾刀⟧　⟦l 老井边的夏天 »⟧</nav>
<div id="comments"><h3>⟦l 发表评论⟧</h3>
<form>⟦a 昵称（必填）　邮箱（不公开）　提交评论⟧</form></div>
</main>
<aside id="secondary">
<section><h2>⟦l 日历⟧</h2><table><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h2>⟦l 文章归档⟧</h2><ul><li>⟦l 2024年七月 (3)⟧</li><li>⟦l 2024年六月 (5)⟧</li></ul></section>
</aside>
<footer id="colophon">⟦m © 听松小筑　主题：松风 by 木木⟧</footer>
</body>
</html>
""",
        body="""
外婆家有一只竹枕，是外公年轻时亲手编的，青篾早已磨成了琥珀色。
小时候每到暑假，我就赖在外婆的竹床上，枕着那只竹枕午睡。竹片凉丝丝的，翻个身，能听见篾片轻轻地响。外婆摇着蒲扇，说竹枕要常用，人的汗气养着它，才不会裂。
每年入伏前，外婆都要把竹枕拿到井边，用丝瓜瓤蘸着淘米水擦一遍，再放在屋檐下阴干，从不暴晒。她说晒狠了，竹子会“伤心”。
外婆走后，舅舅把竹枕留给了我。它如今摆在我书房的藤椅上，边角有两处开了篾，我一直不舍得修。
夏夜里偶尔枕一枕，仿佛又闻到了老屋门前的栀子花香。
""",
    ),
    dict(
        slug="blog-maisui-cake-tin-size-table-wrapped",
        site="麦穗的厨房 (invented, blog)",
        style="博客",
        genre="经验",
        kind="other",
        form="text",
        source="http://maisui-kitchen.example.com/post/1129",
        title="蛋糕模尺寸换算笔记：六寸改八寸，用量乘多少",
        record_title="【烘焙笔记】蛋糕模尺寸换算笔记：六寸改八寸，用量乘多少 —— 麦穗的厨房",
        date=None,
        notes="a baker's blog hard-wrapped at 56 columns; a size table one row a paragraph (cells apart by ideographic spaces); a relative post time; tags, a previous/next row and a comment count",
        page="""
!m 麦穗的厨房 · 一个面点师的私房笔记
!t 【烘焙笔记】蛋糕模尺寸换算笔记：六寸改八寸，用量乘多少
!m 发表于 2 天前　|　分类：烘焙基础　|　阅读(1873)
{BODY}
!l 标签：蛋糕模　配方换算　戚风
!l ← 上一篇：戚风开裂的五个原因　|　下一篇：黄油软化到什么程度 →
!l 评论(26)　我要评论
!m © 麦穗的厨房　转载请留言
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
不少朋友问我，方子写的是六寸模，手里只有八寸的怎么办。其实按底面积换算就行，高度相同的圆模，用量和半径的平方成正比。
我把常用的几种圆模算了一下，供大家参考：
模具尺寸　底面积（平方厘米）　用量倍数
六寸　约177　1
七寸　约241　1.4
八寸　约314　1.8
也就是说，六寸的方子改成八寸，鸡蛋、面粉、糖都大约乘以1.8，鸡蛋按个数四舍五入。
烘烤时间也要相应延长，八寸一般比六寸多烤10到15分钟，温度可以调低10度，防止表面烤焦而中间不熟。
方形模换算的道理一样，算出底面积再比一比就行了。
""",
    ),
    dict(
        slug="wechat-chouchuan-museum-mooncake-moulds-h1",
        site="绸川博物 (invented account) on 号文留档站 (invented mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.haowenld.example.com/a/chouchuanbowu/20240914_01.html",
        title="一方木模，百年团圆：馆藏老月饼模里的中秋",
        record_title=None,
        date="2024-09-14",
        notes="WeChat mirror: no record title, the title in the <h1>; 原创 tag and account line with its date (the page's date); a star prompt glued before the first words; 阅读原文/在看/赞 rows, a collection tag and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>一方木模，百年团圆：馆藏老月饼模里的中秋</title>
<script>var msg_link="https://mp.example.qq.com/s/Xq81k";</script>
</head>
<body>
<div class="mirror-bar">⟦d 本页为公众号文章存档副本，原文版权归原作者所有⟧</div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　绸川博物　2024-09-14 18:02　发表于瞻州⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="album">⟦l #馆藏故事 12个⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦a 赞　分享　推荐　在看⟧</div>
<div class="qr">⟦a 长按识别二维码，关注绸川博物⟧</div>
</div>
<div class="mirror-foot">⟦m 号文留档站 · 收录时间 2024-09-15⟧ ⟦a 查看该公众号全部文章⟧</div>
</body>
</html>
""",
        body="""
⟦a 点击上方蓝字「绸川博物」，设为星标不迷路⟧中秋将至，今天带大家看看馆藏的几方老月饼模。
这方梨木四连模是清末绸川城南“德记”饼铺的旧物，四个模槽分别刻着“福”“禄”“寿”“喜”，字口清晰，模底还留着当年的油痕。
另一方枣木单模刻的是“嫦娥奔月”，人物衣带飘举，刀法细腻，据考证出自民国初年本地匠人之手。
老月饼模多用梨木、枣木等硬木制作，木质细密，不易开裂。匠人先在纸上画好样稿，再反刻到木坯上，压出的饼面才是正的。
9月15日至10月7日，这些月饼模将在二楼民俗厅展出，欢迎大家来馆参观。
""",
    ),
    dict(
        slug="wechat-xiaoyue-pledge-serving-chopsticks-rests",
        site="宵月社区 (invented account) on 推文拾存 (invented mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.tuiwensc.example.cn/mp/xiaoyueshequ/2024091107.html",
        title="关于家庭聚餐使用公筷公勺和筷子架的倡议书",
        record_title="倡议书丨关于家庭聚餐使用公筷公勺和筷子架的倡议书 · 宵月社区居委会（微信文章存档）",
        date="2024-09-10",
        date_also=["2024-09-11"],
        notes="WeChat mirror as text: 原创 and account line (2024-09-11), the pledge's own date under the signature (2024-09-10) expected; a share request as content; read-original, 在看 and follow rows; the mirror's note",
        page="""
!m 推文拾存 — 好文章值得留下来
!t 倡议书丨关于家庭聚餐使用公筷公勺和筷子架的倡议书
!m 原创　宵月社区居委会　2024年09月11日 09:30
!a 听全文
{BODY}
!a 阅读原文　　分享　　在看　　赞
!a 关注“宵月社区”，邻里事早知道
!d 推文拾存仅作文章备份，如需删除请联系存档站。
""",
        body="""
社区的居民朋友们：
中秋、国庆两节将至，家人团聚、亲友聚餐的机会多了起来。为了大家的健康，社区居委会向全体居民发出如下倡议：
一、聚餐时每道菜配一双公筷、一把公勺，夹菜用公筷，入口用私筷。
二、在餐桌上摆放筷子架，公筷用后放回架上，避免与私筷混用，也让桌面更整洁。
三、家中有老人和孩子的，可以为每人准备固定颜色的筷子，方便区分。
社区将在9月14日上午为居民免费发放竹制筷子架，每户一个，请携带门牌号到居委会领取。
请把这份倡议分享给身边的亲友，一起养成文明用餐的好习惯。
瞻州市绸川区宵月社区居民委员会
2024年9月10日
""",
    ),
    dict(
        slug="docshare-wenhai-plan-can-opener-training-docx",
        site="文海共享 (invented, document-sharing reader)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.wenhaigx.example.com/doc/7741903.html",
        title="瞻州宏鲜罐头食品有限公司开罐器及手工具安全使用培训方案",
        record_title="瞻州宏鲜罐头食品有限公司开罐器及手工具安全使用培训方案.docx",
        date="2024-03-12",
        notes="sharing reader: upload notice, star rating, points lock, service WeChat float; file-name record title; numbered list; 成文日期 under the signature; an upload stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>瞻州宏鲜罐头食品有限公司开罐器及手工具安全使用培训方案.docx-文海共享</title>
<script src="/static/js/doc-view.js"></script>
</head>
<body>
<div class="top">⟦m 文海共享⟧ <a>⟦a 上传文档赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="doc-title"><h2>{T}</h2>
<p>⟦m 格式：docx　页数：3　上传时间：2024-04-08　浏览：689　下载：47⟧</p>
<p>⟦l 评分：★★★★☆（4.3分，12人评价）⟧</p></div>
<div class="upload-note">⟦d 本文档由会员“安全小管家”分享，文海共享仅提供存储与展示，如有侵权请提交申诉。⟧</div>
<div class="doc-content">
{BODY}
</div>
<div class="lock">⟦a 文档已读到这里，剩余内容需要6积分解锁⟧ <button>⟦a 马上解锁⟧</button></div>
<div class="float-kf">⟦w 资料定制请加客服微信 wenhai_kf03⟧</div>
<div class="foot">⟦m 文海共享 版权所有　苏ICP备22019865号⟧</div>
</body>
</html>
""",
        body="""
为减少罐头开启、分装环节的手部割伤事故，公司决定在生产二部和品控部开展开罐器及手工具安全使用培训，制定本方案。
一、培训对象：生产二部开罐分装班组员工、品控部抽检人员，共计64人。
二、培训内容：
1.手动开罐器、电动开罐器的正确握持和开启方法；
2.罐口毛刺的处理方法和防割手套的佩戴要求；
3.刀口、齿轮的日常清洁和更换标准；
4.发生割伤后的止血包扎和报告程序。
三、时间安排：3月18日至3月22日，每班组集中培训2小时，现场实操1小时。
四、考核：培训结束后进行实操考核，考核不合格的不得上岗。
瞻州宏鲜罐头食品有限公司安全环保部
2024年3月12日
""",
    ),
    dict(
        slug="docshare-sucai-request-pillow-storage-glued-markers",
        site="素材共享站 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.sucaigx.example.net/wd/2024/0419/55216.html",
        title="关于申请竹枕加工防霉仓储项目补助资金的请示",
        record_title="关于申请竹枕加工防霉仓储项目补助资金的请示（可编辑下载）_素材共享站",
        date="2024-04-15",
        notes="a sharing page's text cut by page markers ⩮ n ⩮, on lines of their own or glued before the continuation with a space; the township's own 联系人/电话 beside the site's service WeChat; 附件 line; 成文日期",
        page="""
!m 素材共享站 | 公文素材 免费分享
!t 关于申请竹枕加工防霉仓储项目补助资金的请示（可编辑下载）
!m 分享者：廓田小吏　上传：2024-04-19　大小：28KB
!d 本文档由网友上传并分享，版权归原作者，若侵权请联系站长删除。
{BODY}
!a 下载本文档（Word格式，免积分）
!w 站长微信：sucai_zz2020（只答疑，不代写）
!l 同类文档：关于申请农产品冷链仓储补助的请示　关于申请乡村产业项目资金的请示
""",
        pages=dict(fmt="⩮ {n} ⩮", every=75, start=2, glue="mix", sep=" "),
        body="""
县农业农村局：
我乡竹枕加工是群众增收的主导产业，现有加工户143户，年加工竹枕4万余只。由于缺少防霉仓库，每年梅雨季节竹枕霉变损失约占产量的5%，直接损失30余万元。
为解决这一问题，乡政府拟在廓田村新建防霉仓储用房800平方米，配备除湿机组和通风设备，项目总投资96万元，其中乡村两级自筹36万元。
为此，恳请县农业农村局给予项目补助资金60万元。
妥否，请批示。
联系人：邝志军　电话：0736-5523190
附件：廓田乡竹枕防霉仓储项目实施方案
炳阳县廓田乡人民政府
2024年4月15日
""",
    ),
    dict(
        slug="edu-shaxi-notice-canteen-chopstick-rests-attachments",
        site="莎溪教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.shaxi.example.gov.cn/tzgg/2024/0830/9921.html",
        title="莎溪县教育局关于在中小学食堂推行“一人一筷一架”的通知",
        record_title="【教育局发文】莎溪县教育局关于在中小学食堂推行“一人一筷一架”的通知 - 莎溪教育信息网",
        date="2024-08-28",
        date_also=["2024-08-30"],
        notes="education portal: 适老版/读屏 links, 文号 line neutral, an attachment download link beside the body's own 附件 list, the bureau's own 联系人/电话/邮箱 beside the site's technical line, sentences asking schools to 下载 and 扫码 as content; 成文日期 and 发布日期 differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【教育局发文】莎溪县教育局关于在中小学食堂推行“一人一筷一架”的通知 - 莎溪教育信息网</title>
<script src="/assets/js/aria.js"></script>
</head>
<body>
<div class="top">⟦a 适老版⟧ ⟦a 读屏⟧ ⟦a 登录⟧</div>
<div class="logo">⟦m 莎溪教育信息网⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 校园安全⟧</li></ul>
<div class="loc">⟦m 位置：首页 &gt; 通知公告 &gt; 正文⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2024-08-30　发布科室：体卫艺股　点击量：1562⟧</div>
<p class="docno">莎教发〔2024〕42号</p>
<div class="art">
{BODY}
</div>
<div class="att">⟦a 附件下载：一人一筷一架实施要求.docx（32KB）⟧</div>
<div class="pn">⟦l 上一篇：莎溪县2024年秋季学期开学工作安排⟧ ⟦l 下一篇：关于组织教师参加暑期网络研修的通知⟧</div>
<div class="foot">⟦m 莎溪县教育局主办　技术支持：瞻州云校科技　技术服务电话：0736-4409981⟧</div>
</body>
</html>
""",
        body="""
各中小学校、幼儿园：
为培养学生文明用餐习惯，预防通过餐具传播的疾病，县教育局决定从秋季学期起在全县中小学食堂推行“一人一筷一架”。现将有关要求通知如下：
一、每名就餐学生配备专用筷子和筷子架，筷子架统一采用不锈钢或竹制材质，由学校集中采购。
二、学校食堂要落实“一餐一洗一消毒”，筷子架每周集中消毒一次。
三、请各校下载附件中的实施要求，组织学生扫码观看《公筷公勺 文明用餐》微课。
四、请于9月20日前将落实情况报县教育局体卫艺股。
联系人：田芳，电话：0736-4408132，邮箱：tiweiyi@shaxi.example.gov.cn。
附件：一人一筷一架实施要求
莎溪县教育局
2024年8月28日
""",
    ),
    dict(
        slug="edu-chouchuan-kindergarten-insight-mooncake-mould",
        site="绸川教育网 (invented)",
        style="教育门户",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.ccjyw.example.cn/jsfc/2024/0920/4410.html",
        title="和孩子们一起用月饼模做“团圆饼”的体会",
        date=None,
        notes="an education portal's teacher-column page: record title as is; an update stamp and a relative time are no dates; a column line, font-size row, teacher's byline without date; previous/next and a copyright line",
        page="""
!m 绸川教育网
!m 首页 » 教师风采 » 教学随笔
{T}
!m 作者：绸川区实验幼儿园　唐小禾　　更新：昨天 16:20
!a 字号：【大】【中】【小】　【收藏本页】
{BODY}
!l 上一篇：幼儿园秋季户外游戏分享
!l 下一篇：小班新生入园第一周观察记录
!d 版权所有：绸川区教育局　本站文章未经许可不得转载
""",
        indent="\u3000\u3000",
        body="""
中秋节前，我和大班的孩子们开展了一次“团圆饼”制作活动，用的是园里收集来的木质月饼模和塑料压模。
活动前，我先请孩子们观察月饼模上的花纹，有的说像花，有的说像字。我告诉他们，模子上的图案是反着刻的，压出来的饼才是正的。孩子们听了都很惊奇，争着用手指去摸那些凹下去的花纹。
压饼时，孩子们发现面团放多了会溢出来，放少了花纹又不完整，于是自己动手称、反复试，最后每个人都做出了满意的“团圆饼”。
这次活动让我体会到，传统的东西只要找对方法，孩子们是很愿意亲近的。放手让孩子们去试、去错，比老师讲十遍都管用。
""",
    ),
    dict(
        slug="oa-beier-minutes-cake-tin-quality",
        site="焙尔厨具协同办公平台 (invented, intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.beier-kitchen.example.local/doc/view?id=20240517003",
        title="蛋糕模具质量分析会会议纪要",
        record_title="〔会议纪要〕蛋糕模具质量分析会会议纪要—焙尔协同办公平台",
        date="2024-05-16",
        date_also=["2024-05-17"],
        notes="OA document view: the minutes' 时间/地点/主持/参会/记录 lines in the body, the meeting's 时间 line is the date (the page's 签发 date also accepted), a 流转记录 table, read count, 标记已阅 button, IT desk extension",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔会议纪要〕蛋糕模具质量分析会会议纪要—焙尔协同办公平台</title>
<script src="/oa/js/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 焙尔协同办公平台⟧　⟦m 当前用户：品管部 林莺⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办(3)　已办　公文　会议　通讯录⟧</div>
<div class="doc-meta">⟦m 公文类型：会议纪要　签发：2024-05-17　拟稿部门：品管部　阅读：58次⟧</div>
<h3>{T}</h3>
<div class="doc-body">
{BODY}
</div>
<table class="flow">
<tr><td>⟦m 流转记录⟧</td></tr>
<tr><td>⟦m 林莺 拟稿 2024-05-16 17:20⟧</td></tr>
<tr><td>⟦m 郑国平 审核 2024-05-17 09:05⟧</td></tr>
<tr><td>⟦m 分发：生产部、技术部、采购部⟧</td></tr>
</table>
<div class="btns">⟦a 标记已阅　转发　打印⟧</div>
<div class="oa-foot">⟦m 系统问题请拨信息中心分机 8008⟧</div>
</body>
</html>
""",
        body="""
时间：2024年5月16日下午
地点：公司三楼会议室
主持：郑国平（副总经理）
参会：生产部、技术部、品管部、采购部负责人
记录：林莺
会议分析了4月份八寸活底蛋糕模客户退货问题。4月共退货312只，主要原因是活底与模圈配合间隙过大，烘烤时漏液。
会议议定：
一、技术部于5月24日前修订活底模圈公差，间隙控制在0.3毫米以内。
二、生产部对库存1860只八寸活底模逐只检验，不合格的返工。
三、采购部约谈铝板供应商，6月起来料逐批检测厚度。
""",
    ),
    dict(
        slug="oa-hongxian-rules-can-opener-blade-press",
        site="宏鲜罐头员工之家 (invented, intranet)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://home.hongxian.example.local/zhidu/aq/0117.html",
        title="开罐器刀片冲压工段安全操作规程",
        record_title="[制度文件] 开罐器刀片冲压工段安全操作规程 - 员工之家",
        date=None,
        notes="an intranet rules page: 第N条 articles, one speaking of 扫码 and 打印 as content; an effective clause without a date; a login line, a read count and a print/close row",
        page="""
!m 宏鲜员工之家 ｜ 内部网站，请勿外传
!m 欢迎您：冲压车间 郭晓川　［退出］
!m 规章制度 > 安全生产 > 操作规程
!t [制度文件] 开罐器刀片冲压工段安全操作规程
!m 发布部门：安全环保部　已阅：214人
{BODY}
!a 〔打印本页〕〔关闭窗口〕
!m 内网管理：信息中心　分机 6012
""",
        body="""
第一条　为规范开罐器刀片冲压作业，防止机械伤害，制定本规程。
第二条　冲压工须经安全培训合格后持证上岗，作业时穿戴防护手套、护目镜和防砸鞋。
第三条　开机前检查双手按钮、光电保护装置和急停开关，确认有效后方可作业；每班开机前须扫描设备上的二维码完成点检。
第四条　送料、取件必须使用专用夹钳，严禁用手伸入模具区域。
第五条　更换模具、清理废料时必须停机断电，并在电源开关处挂“有人作业，禁止合闸”警示牌。
第六条　发现设备异常应立即停机，报告班长，不得带病运行。
第七条　班长每周打印一次点检记录，签字后交车间存档。
第八条　本规程自发布之日起施行，由安全环保部负责解释。
""",
    ),
]
