"""holdout308, part D: blogs, WeChat mirrors, personal collections, cloud-drive previews and print views.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="blog-qiniao-essay-combing-old-dog",
        site="栖鸟博客 (invented blog platform, WordPress-like)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://manzou.qiniaoblog.com/2025/01/19/combing-laohuang/",
        title="给老黄梳毛的二十分钟",
        record_title="【狗窝杂记】给老黄梳毛的二十分钟 | 慢走的小屋",
        date="2025-01-19",
        notes=(
            "blog post with a bracketed post time as the page's date; tag cloud, archive, comment form, a"
            " reward line glued after the last sentence"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【狗窝杂记】给老黄梳毛的二十分钟 | 慢走的小屋</title>
<link rel="stylesheet" href="https://manzou.qiniaoblog.com/wp-content/themes/quiet/style.css">
</head>
<body class="single">
<header class="site-header">
<p class="site-title">⟦m 慢走的小屋⟧</p>
<p class="site-description">⟦m 一个人、一条老狗和一些慢吞吞的字⟧</p>
<nav>⟦m 首页⟧ ⟦m 狗窝杂记⟧ ⟦m 读书⟧ ⟦m 关于我⟧</nav>
</header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2025-01-19 21:40]　分类：狗窝杂记　阅读(318)　评论(9)⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-tags">⟦l 标签：老狗　梳毛　宠物梳⟧</div>
<div class="post-nav">⟦l « 老黄的第十四个生日⟧　⟦l 冬天给狗洗澡要注意什么 »⟧</div>
</article>
<section class="comments">
<h3>⟦l 9 条评论⟧</h3>
<p>⟦l 小满：看哭了，我家的狗也十二岁了⟧</p>
<form><p>⟦a 发表评论（邮箱不会被公开）⟧</p><textarea></textarea><button>⟦a 提交评论⟧</button></form>
</section>
</main>
<aside>
<h4>⟦l 标签云⟧</h4><p>⟦l 老狗 读书 散步 梳毛 狗粮 冬天⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年1月 (4)⟧</p><p>⟦l 2024年12月 (6)⟧</p>
</aside>
<footer>⟦m © 2025 慢走的小屋 · 由栖鸟博客强力驱动⟧</footer>
</body>
</html>
""",
        body="""
老黄今年十四岁了，耳朵背了，走路也慢，但每天晚饭后的二十分钟梳毛时间，它从不缺席。
我用的是一把木柄针梳和一把排梳。先用针梳顺着毛的方向从脖子梳到尾巴，力道要轻，老狗皮肤薄，梳重了会红；再用排梳检查有没有打结的地方，腋下和耳后最容易打结，要一点点挑开。
梳下来的毛能团成一个小球。女儿把这些毛球攒在一个铁盒里，说等老黄不在了，留个念想。
梳毛的时候，老黄总把头搁在我腿上，眯着眼睛，好像回到了它刚来我家的那个冬天。⟦a 喜欢这篇就请作者喝杯茶吧⟧
""",
    ),
    dict(
        slug="blog-zhuanshuibian-memoir-father-shears-wrapped",
        site="颛水边 (invented personal blog)",
        style="博客",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://zhuanshuibian.blogcn.net/article/1730.html",
        title="父亲的裁缝剪",
        record_title="父亲的裁缝剪（旧物小记之三）｜ 颛水边",
        date=None,
        notes="memoir hard-wrapped at 56 columns; blog chrome; no date (written 'last winter', a relative time)",
        page="""
!m 颛水边 —— 写写旧街、旧物和旧人
!m 首页 ｜ 旧物小记 ｜ 老街人物 ｜ 留言板
!t 父亲的裁缝剪（旧物小记之三）
!m 分类：旧物小记　｜　去年冬天写的，今天才整理出来　｜　阅读 205
{BODY}
!l 上一篇：旧物小记之二·母亲的顶针
!l 下一篇：旧物小记之四·老街的那台缝纫机
!a 〖推荐本文〗　〖转载到我的空间〗
!m 本博客文字均为原创，颛水边保留所有权利
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
父亲是个裁缝，在窦湾镇老街开了四十年裁缝铺。他有一把十二寸的裁缝剪，黑铁的刀身，把手上缠着一圈旧布条。
小时候，我最喜欢听那把剪子裁布的声音。父亲把布摊平，用划粉画好线，剪刀贴着案板往前推，“嚓嚓嚓”，布就顺着线分开了，边上一根毛都不起。
父亲说，好裁缝的剪刀是不借人的，别人用过，刃口的角度就变了。每隔半个月，他会在后院的磨刀石上磨一回，磨好了剪一根头发试试。
前年父亲走了，那把剪刀我带回了城里，挂在书房墙上。有时候取下来开合几下，还能听见老街那间铺子里的声音。
""",
    ),
    dict(
        slug="wechat-weicun-article-cat-chin-acne-no-title",
        site="微存阅读 (invented WeChat-article mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weicun.cc/a/huancheng-aichong/20250308/661903.html",
        title="猫下巴长“黑头”，可能是猫食盆惹的祸",
        record_title=None,
        date="2025-03-08",
        notes=(
            "WeChat mirror with no record title: the <h1> holds it; the account line is the page's date; a follow"
            " prompt glued before the first words; a picture credit between paragraphs; 阅读原文/在看 rows, QR line"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>微存阅读 - 公众号文章存档</title>
<meta property="og:type" content="article">
</head>
<body>
<div class="site-bar">⟦m 微存阅读 · 好文章值得存下来⟧ <a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　奂城爱宠动物医院　2025年03月08日 20:15　湖北⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦l 在看 56　赞 203⟧</div>
<div class="qr">⟦a 长按识别二维码，关注奂城爱宠，预约体检不排队⟧</div>
</div>
<div class="site-foot">⟦d 本页为微存阅读对公开文章的存档，版权归原公众号所有。⟧</div>
</body>
</html>
""",
        body="""
⟦a 点击上方蓝字，关注奂城爱宠⟧不少猫主人发现，猫咪下巴上长了一片黑色小颗粒，像人脸上的黑头，这在医学上叫猫痤疮。
猫痤疮的原因有很多，其中一个常被忽视的因素就是猫食盆。塑料食盆用久了表面有细小划痕，容易藏油脂和细菌，猫吃饭时下巴反复蹭到盆沿，就可能诱发痤疮。
⟦m 图片来源：奂城爱宠动物医院皮肤科⟧
我们建议：一是把塑料猫食盆换成陶瓷或不锈钢的；二是猫食盆每天清洗，每周用开水烫一次；三是猫吃完饭后用温水轻擦下巴。
如果下巴出现红肿、脓包或脱毛，请及时到医院就诊，不要自行挤压。
""",
    ),
    dict(
        slug="wechat-haozhai-pledge-civil-feeding",
        site="号摘 (invented WeChat-article mirror, text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.haozhai.net/mp/citang-linli/20250422/0047.html",
        title="文明投喂流浪猫倡议书",
        record_title="祠塘邻里丨文明投喂流浪猫倡议书（转给身边爱猫的人）",
        date="2025-04-20",
        date_also=["2025-04-22"],
        notes=(
            "WeChat mirror as text: the account line's date differs from the pledge's signature date; sharing the"
            " pledge is content; a star prompt before, 在看/分享 rows after"
        ),
        page="""
!m 号摘 · 公众号文章摘存
!t 祠塘邻里丨文明投喂流浪猫倡议书（转给身边爱猫的人）
!m 祠塘邻里　2025-04-22 18:30　发表于湖北
!a 把“祠塘邻里”设为星标，社区消息不错过
{BODY}
!l ❤ 在看　　↗ 转发　　☆ 收藏
!m 号摘收录时间：3 小时前
""",
        body="""
亲爱的居民朋友们：
流浪猫是社区里的“特殊居民”。为了让爱猫的人和不养猫的人都能住得舒心，我们向全体居民发出如下倡议：
一、定点投喂。请到社区设置的固定投喂点投喂，不在楼道、电梯口、儿童游乐区摆放猫食盆。
二、定时清理。投喂后半小时内收走剩粮，猫食盆每天清洗，不让剩粮发臭招蚊蝇。
三、科学关爱。支持流浪猫绝育，减少流浪猫数量；不随意遗弃家养宠物。
四、相互体谅。爱猫的居民多听听邻居的意见，其他居民也请对流浪猫多一分宽容。
欢迎大家把这份倡议分享给身边爱猫的朋友。
祠塘社区居民委员会
祠塘社区志愿者协会
2025年4月20日
""",
    ),
    dict(
        slug="collection-zhuanshui-memoir-grandma-turtle-jar",
        site="颛水拾忆 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.zs-shiyi.net/juan2/027.htm",
        title="外婆的龟缸",
        record_title="《颛水拾忆》卷二·外婆的龟缸",
        date=None,
        notes=(
            "retired writer's collection: 繁體/简体/朗读 links, chapter links, a visitor counter, the author's"
            " mailbox; memoir with no date"
        ),
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《颛水拾忆》卷二·外婆的龟缸</title>
</head>
<body bgcolor="#F7F3E8">
<table width="760" align="center" border="0">
<tr><td align="center">⟦m 颛水拾忆 —— 裘老木文集⟧</td></tr>
<tr><td align="right">⟦a 繁體　简体　朗读本篇⟧</td></tr>
<tr><td align="center">⟦m 卷二　故园杂忆　第二十七篇⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〈上一篇　祖屋的门槛〉　〈目录〉　〈下一篇　外公的蓑衣〉⟧</td></tr>
<tr><td align="center">⟦m 本站访问人次：0026714⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：qiulaomu1951@163.com⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
外婆家的天井里有一只龟缸，是口粗陶的大水缸，缸沿缺了一个角，里面养着两只草龟。
那两只龟是舅舅小时候从河滩上捡回来的，算起来比我的年纪还大。夏天，外婆每天早上给龟缸换一次水，从井里打上来的水凉丝丝的，龟就趴在缸底的青砖上一动不动。
我最喜欢蹲在缸边看龟吃东西。外婆把剁碎的小鱼干丢进去，龟慢慢伸出头，一口一口地咬，吃完了又缩回去。
后来外婆搬进了城里，龟缸卖给了收旧货的，两只龟送给了隔壁的表叔。前些年回去，表叔说龟还在，只是老得不爱动了。
""",
    ),
    dict(
        slug="collection-jianying-essay-opening-new-shears",
        site="剪影集 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="other",
        form="text",
        source="http://www.jianyingji.net/wz/0314.html",
        title="给裁缝剪开刃",
        date=None,
        notes="the record gives the title as is; collection chrome (volume line, chapter links, counter); no date",
        page="""
!m 剪影集 · 一个老裁缝的文字
!m 第三辑　手艺　｜　第14篇
{T}
{BODY}
!l ← 上一篇：量体　　　目录　　　下一篇：锁扣眼 →
!m 本页已被翻阅 1,902 次
!m 写信给作者：jianying_lao@126.com
""",
        indent="\u3000\u3000",
        body="""
新买的裁缝剪不能直接用，得先开刃。这是我学裁缝时师父教的第一件事。
师父说，厂里出来的剪刀，刃口是机器磨的，看着亮，剪布却发涩。开刃要用两块油石，粗的先磨出角度，细的再把毛口磨平。磨的时候刀面贴着石头，手腕不能晃，一推一拉都要匀。
我第一次开刃磨了一下午，剪布还是拉丝。师父拿过去，只推了十几下，递回来让我试，一剪子下去，布边齐得像刀切的。
后来我才明白，开刃开的不只是剪刀，也是一个学徒的耐性。
""",
    ),
    dict(
        slug="netdisk-yunxia-guide-orchid-watering-cans",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="作业指导",
        kind="other",
        form="html",
        source="https://pan.yunxiapan.com/s/1kQe8Hw2Ztr",
        title="兰花温室喷水壶浇灌操作要点",
        record_title="兰花温室喷水壶浇灌操作要点（苗圃内部培训用）- 云匣网盘",
        date=None,
        notes="cloud-drive preview: share info with expiry, VIP speed prompt, save/download buttons; numbered list; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>兰花温室喷水壶浇灌操作要点（苗圃内部培训用）- 云匣网盘</title>
<script>var SHARE = {"surl": "1kQe8Hw2Ztr", "expire": 7};</script>
</head>
<body>
<div class="nav">⟦m 云匣网盘⟧ <a>⟦a 登录云匣⟧</a></div>
<div class="share-info">
<p>⟦m 分享者：兰圃老耿　　分享于 4 天前　　有效期：还剩 3 天⟧</p>
<p>⟦m 文件：兰花温室喷水壶浇灌操作要点.docx（22.6KB）⟧</p>
<p>⟦a 保存到我的云匣　　普通下载　　超级会员极速下载⟧</p>
</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="vip-tip">⟦a 开通云匣超级会员，预览文档不限页数⟧</div>
<div class="foot">⟦d 请勿分享违法违规内容，云匣将依法配合有关部门处理。⟧ ⟦m © 2025 云匣网盘⟧</div>
</body>
</html>
""",
        body="""
1．兰花温室浇水统一使用细孔喷水壶，不得用水管直接冲浇。
2．浇水前将喷水壶装满后静置半天，让水温接近室温，冬季水温不低于15℃。
3．浇水时壶嘴沿盆边转圈，水不要淋到叶心，以免积水烂心。
4．浇水遵循“不干不浇、浇则浇透”，一般春秋三至四天一次，夏季两天一次，冬季七天左右一次。
⟦a 文档较长，预览第2页起请先保存到网盘⟧
5．叶面喷雾使用喷雾壶，在上午十点前完成，傍晚不喷雾。
6．每把喷水壶编号使用，施肥壶与浇水壶分开存放，每周用清水冲洗一次。
""",
    ),
    dict(
        slug="netdisk-baicun-checklist-turtle-tank-markers",
        site="百存网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="检查要点",
        kind="other",
        form="text",
        source="https://www.baicunpan.com/s/ZT83kq",
        title="家庭龟缸饲养检查要点",
        record_title="家庭龟缸饲养检查要点.pdf",
        date=None,
        notes="file-name record title (.pdf); page markers ⬶ n ⬶ on lines of their own cutting sentences; share stamp relative; no date",
        page="""
!m 百存网盘 | 分享文件预览
!t 家庭龟缸饲养检查要点.pdf
!m 分享人：水边的龟　｜　分享时间：昨天 19:02　｜　大小：188KB
!a 转存　　下载　　举报
{T}
{BODY}
!a 预览结束，转存后可在手机上随时查看
!d 百存网盘仅提供存储服务，分享内容由用户负责。
""",
        pages=dict(fmt="⬶ {n} ⬶", every=90, start=2),
        body="""
一、缸体检查：每周查看龟缸玻璃有无裂纹、打胶处有无起泡脱胶，发现渗水立即把龟转移出来。
二、水质检查：水体浑浊、有异味或水面有油膜时应及时换水，换水时新水与原水的温差不超过2℃。
三、设备检查：过滤器、加热棒和晒背灯每周检查一次，加热棒必须完全浸没在水中使用，电源线要留滴水弯。
四、龟只检查：观察龟的进食、活动和晒背情况，背甲发白、腐皮或眼睛肿胀的，应单独隔离并咨询兽医。
五、卫生要求：清洗龟缸的工具专用，不在厨房水槽清洗；接触龟和龟缸后用肥皂洗手，五岁以下儿童不宜直接接触。
""",
    ),
    dict(
        slug="print-huancheng-bulletin-grooming-shops-combs",
        site="奂城区市场监督管理局 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.huancheng.gov.cn/print.jsp?id=70932",
        title="关于宠物美容店工具消毒情况检查的通报",
        record_title="〔打印版·A4纵向〕关于宠物美容店工具消毒情况检查的通报｜奂城区市场监管局",
        record_date="2025-06-18",
        date="2025-06-18",
        notes="print view calling window.print(): print/close buttons, the page URL, a print-time stamp (no date) and a print footer; record date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>〔打印版·A4纵向〕关于宠物美容店工具消毒情况检查的通报｜奂城区市场监管局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload = function () { window.print(); };</script>
</head>
<body>
<div class="noprint">⟦a 〖立即打印〗　〖关闭此窗〗⟧</div>
<div class="print-head">⟦m 奂城区市场监督管理局⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<hr>
<div class="print-meta">⟦m 本页地址：http://scjg.huancheng.gov.cn/zwgk/tzgg/70932.html⟧</div>
<div class="print-meta">⟦m 打印时间：2025-06-20 10:12⟧</div>
<div class="print-foot">⟦p 第1页 ⊽ 共1页⟧</div>
</body>
</html>
""",
        body="""
各市场监管所：
5月下旬，区局组织对城区42家宠物美容店的工具消毒情况进行了检查。从检查情况看，大多数店铺能够落实“一宠一梳”和工具消毒制度，但仍有9家店铺存在问题：
一是6家店铺的宠物梳、剪刀未经消毒重复使用，梳齿上残留大量毛发；
二是2家店铺消毒液配比不规范，浓度不足；
三是1家店铺未建立工具消毒记录。
对上述店铺，区局已责令限期整改。各所要在6月底前开展“回头看”，整改不到位的依法处理。
奂城区市场监督管理局
2025年6月18日
""",
    ),
    dict(
        slug="print-youthpalace-plan-turtle-exhibition-decimal",
        site="燮川市少年宫 print view (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xcsng.org.cn/print/2025/0703/412.html",
        title="“龟的世界”水族科普展龟缸布展实施方案",
        record_title="[打印件] “龟的世界”水族科普展龟缸布展实施方案 - 燮川市少年宫",
        date="2025-07-02",
        notes="print view as text: decimal headings 1.1–3.2, a print button line, a print footer ⋎ 1 / 1 ⋎; signature date",
        page="""
!a 打印本页　　关闭
!m 燮川市少年宫　www.xcsng.org.cn
{T}
{BODY}
!m 来源网址：http://www.xcsng.org.cn/tzgg/2025/0703/412.html
!p ⋎ 1 / 1 ⋎
""",
        body="""
1　展览概况
1.1　展览名称为“龟的世界”水族科普展，展期为7月15日至8月31日，地点在少年宫一楼科普厅。
1.2　展出龟类12种，使用展示龟缸16个，其中大型玻璃龟缸4个、中型龟缸12个。
2　布展要求
2.1　龟缸统一采用10毫米以上超白玻璃，底部垫防震垫，四周设置高度不低于80厘米的护栏。
2.2　每个龟缸配置独立的过滤和加热设备，电源线统一走线槽，插座设在护栏外侧。
2.3　龟缸旁设置说明牌，标明龟的名称、习性和保护级别。
3　安全管理
3.1　展厅设洗手点两处，提醒参观的儿童触摸展品后洗手。
3.2　每日闭馆后由水族组检查水质和设备运行情况，并做好记录。
燮川市少年宫
2025年7月2日
""",
    ),
]
