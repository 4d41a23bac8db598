"""holdout257, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-lingzi-memoir-enamel-tooth-mug-html",
        site="苓子的后院 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://lingzi-houyuan.cn/archives/314.html",
        title="母亲的搪瓷牙缸",
        record_title="母亲的搪瓷牙缸 ‹ 旧物记 ‹ 苓子的后院",
        date=None,
        notes="blog memoir with tag cloud, archive, comment form and a reward button glued after a sentence; "
        "'更新于 2 个月前' is no date; no date in the essay",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>母亲的搪瓷牙缸 ‹ 旧物记 ‹ 苓子的后院</title>
<link rel="stylesheet" href="/usr/themes/plain/style.css">
<script src="/usr/themes/plain/js/prism.js"></script>
</head>
<body>
<header id="header">
<div class="site-name">⟦m 苓子的后院⟧</div>
<p class="description">⟦m 种花、读书、记旧物⟧</p>
<nav>⟦m 首页　旧物记　读书札记　花草日志　留言板⟧</nav>
</header>
<div id="main">
<article class="post">
<h2 class="post-title">{T}</h2>
<ul class="post-meta"><li>⟦m 作者：苓子⟧</li><li>⟦m 分类：旧物记⟧</li><li>⟦m 更新于 2 个月前⟧</li><li>⟦m 阅读 842⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：母亲, 老物件, 纺织厂⟧</p>
<div class="reward"><a>⟦a 请苓子喝杯茶⟧</a></div>
</article>
<nav class="post-near">
<p>⟦l « 上一篇：外公的竹壳暖水瓶⟧</p>
<p>⟦l 下一篇：那台蝴蝶牌缝纫机 »⟧</p>
</nav>
<div id="comments">
<h3>⟦l 6 条评论⟧</h3>
<ol>
<li>⟦l 阿栗：看哭了，我家也有一只一模一样的。⟧</li>
<li>⟦l 北窗：“东西不在新旧”，说得真好。⟧</li>
</ol>
<form>⟦l 发表评论　称呼*　邮箱*　网站　提交评论⟧</form>
</div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 旧物 母亲 搪瓷 童年 读书 月季 多肉⟧</p></section>
<section><h3>⟦l 归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (6)⟧</li><li>⟦l 2025年1月 (3)⟧</li></ul></section>
</aside>
<footer id="footer">⟦m © 苓子的后院 · 由 Typecho 驱动 · 主题 Plain⟧　⟦m 皖ICP备22004417号⟧</footer>
<script>hljs.initHighlightingOnLoad();</script>
</body>
</html>
""",
        body="""
我家碗柜最上层，至今放着一只掉了瓷的白色搪瓷牙缸，缸身上印着一行红字：“先进生产者”。那是母亲年轻时在纺织厂得的奖品。
小时候家里没有几样像样的东西，这只牙缸却被母亲当成宝贝。她每天早上用它刷牙，刷完用开水烫一遍，倒扣在窗台上晾着。我调皮拿它去河沟里舀蝌蚪，被她追着打了半条街。
后来缸沿磕掉了一块瓷，露出黑色的铁皮，父亲说扔了吧，母亲不肯，找来一小截胶布缠上，又用了好几年。
前年母亲住院，我去收拾她的东西，发现那只牙缸洗得干干净净，装在一个布袋里。她说，用了几十年，舍不得。
如今我也有了自己的孩子。每次看见那只牙缸，就想起母亲说过的话：东西不在新旧，在于你珍不珍惜。
""",
    ),
    dict(
        slug="blog-lanjie-summary-hotel-slippers-wrapped-70",
        site="兰姐的客房笔记 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://lanjie-kefang.blog.example-cn.net/post/2024/12/30/88",
        title="客房部2024年一次性拖鞋减量工作小结",
        record_title="【工作札记】客房部2024年一次性拖鞋减量工作小结 | 兰姐的客房笔记",
        date="2024-12-30",
        notes="a housekeeping supervisor's blog as text, hard-wrapped at 70 columns with a four-space indent; numbered "
        "list; the post's 发表于 line is the date",
        page="""
!m 兰姐的客房笔记
!m —— 铺了二十年床，写点干货 ——
!m 首页 · 工作札记 · 培训心得 · 关于兰姐
!t 【工作札记】客房部2024年一次性拖鞋减量工作小结
!m 发表于 2024-12-30 21:05　　分类：工作札记　　阅读(512)
{BODY}
!l 本文标签：绿色客房　一次性用品　客房管理
!l ← 前一篇：客房布草送洗交接的五个细节
!l → 后一篇：新员工铺床培训怎么带
!l 网友评论（2）
!l 小周：布面拖鞋的洗涤成本怎么算的？求分享
!m 本博客文章均为原创，转载请保留出处：兰姐的客房笔记
""",
        indent="    ",
        wrap=70,
        body="""
今年，客房部按照酒店“绿色客房”创建要求，把一次性拖鞋减量作为重点工作来抓，全年取得了一定成效，现小结如下。
一、主要做法
1. 改默认配放为按需提供。3月起，客房不再默认摆放一次性拖鞋，改放可重复使用的布面拖鞋，住客如需一次性拖鞋可联系前台。
2. 布面拖鞋集中洗消。与湲塘洗涤厂签订协议，布面拖鞋每日收集、高温洗涤、烘干消毒，并做好批次记录。
3. 加强宣传引导。在客房放置提示卡，前台办理入住时主动说明，取得住客理解。
二、取得成效
全年一次性拖鞋用量从去年的4.3万双下降到1.1万双，节约采购费用约3.6万元，因拖鞋问题引起的住客投诉只有2起。
三、存在不足
布面拖鞋损耗较快，部分住客仍习惯使用一次性拖鞋。明年将试用更耐洗的材质，继续做好解释工作。
""",
    ),
    dict(
        slug="wechat-liucun-pledge-washing-powder-h1",
        site="号文留存馆 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.haowenliucun.com/a/xixishequ/20240322/55218",
        title="节约用水，从少放一勺洗衣粉开始——致溁西社区居民的倡议书",
        record_title=None,
        date="2024-03-20",
        date_also=["2024-03-22"],
        notes="WeChat mirror: no title in the record (the page's <h1>); a follow prompt glued before the salutation; "
        "原创 tag, account line, 阅读原文/在看 rows and a QR line; the pledge's date and the account date differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>号文留存馆</title>
<script src="/assets/js/mirror.js"></script>
</head>
<body>
<div class="mirror-top">⟦m 号文留存馆 · 好文章不怕找不到⟧　<a>⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span>⟦m 原创⟧</span> <span>⟦m 溁西社区⟧</span> <span>⟦m 2024年03月22日 07:30⟧</span> <span>⟦m 浰城⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<p class="qr">⟦a 长按下方二维码，把溁西社区加入常用⟧</p>
<div class="bottom-bar">⟦a 阅读原文⟧　⟦m 阅读 1203⟧　⟦a 在看 17⟧　⟦a 写留言⟧</div>
<div class="like">⟦l 喜欢此内容的居民还看了：溁西社区三月志愿服务安排表⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的存档镜像，内容以原公众号为准，如需删除请联系 liucun@haowenliucun.com⟧</div>
<div class="mirror-foot">⟦m 号文留存馆 haowenliucun.com　蜀ICP备20031577号⟧</div>
<script>mirror.track("55218");</script>
</body>
</html>
""",
        p_html="<section><p>{}</p></section>",
        body="""
⟦a 戳上方蓝字“溁西社区”，第一时间收到社区通知⟧亲爱的居民朋友们：
3月22日是“世界水日”。洗衣服是家庭用水和排污的“大户”，洗衣粉放多了，不仅要多漂几遍、浪费水，还会增加生活污水的处理负担。为此，溁西社区向全体居民发出如下倡议：
一、按量使用洗衣粉。按照包装上的用量说明投放，衣物不太脏时可以减半，不要凭感觉多倒。
二、优先选购无磷洗衣粉和浓缩型产品，少买小袋装，减少包装垃圾。
三、攒够一桶再洗，手洗衣物的漂洗水可以留着冲厕所、拖地。
四、洗衣粉用完后，把空包装袋投放到小区的可回收物桶里。
也欢迎大家把这份倡议分享给身边的亲友，一起行动起来。
节约每一滴水，从身边小事做起。让我们携起手来，共同守护绿水青山！
溁西社区居民委员会
2024年3月20日
""",
    ),
    dict(
        slug="wechat-yishui-hospital-article-bath-mitt-elderly",
        site="微文备份站 (invented WeChat mirror), text",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://weiwenbeifen.net/yishuirmyy/2024-12-05-1.html",
        title="老人冬天洗澡，搓澡巾别太用力",
        record_title="老人冬天洗澡，搓澡巾别太用力 · 洢水县人民医院（公众号文章备份）",
        date="2024-12-05",
        notes="a hospital account's article on a mirror, as text: account line (the date), author line, a booking "
        "prompt on a line of its own between paragraphs, 阅读原文 and share rows",
        page="""
!m 微文备份站 — 公众号文章离线备份
!t 老人冬天洗澡，搓澡巾别太用力 · 洢水县人民医院（公众号文章备份）
{T}
!m 洢水县人民医院　2024-12-05 17:40
!m 原创　文｜皮肤科 谷晓禾　审核｜医务科
{BODY}
!a ▼点击“阅读原文”，查看皮肤科本周专家出诊时间
!a 分享　收藏　点赞　在看
!d 备份站收录的文章版权归原公众号所有，仅供离线阅读。
!m weiwenbeifen.net　备案号：豫ICP备21019054号
""",
        body="""
天冷了，不少老人喜欢去澡堂泡个热水澡，再请人搓一搓，觉得浑身舒坦。可皮肤科医生提醒：老年人洗澡，搓澡巾千万别太用力。
人上了年纪，皮肤变薄，皮脂分泌减少，本来就容易干燥瘙痒。用粗糙的搓澡巾反复用力搓，会破坏皮肤表面的保护层，轻的发红脱屑，重的擦破出血，还可能引起感染。
⟦a 门诊预约请在公众号菜单“就医服务—预约挂号”办理⟧
医生建议：
1. 水温控制在38℃至40℃，泡澡不超过15分钟。
2. 冬季每周洗澡一到两次即可，不必每次都搓。
3. 确实想搓，选柔软的纯棉毛巾，顺着一个方向轻轻擦。
4. 洗完后趁皮肤微湿涂抹润肤乳。
如果出现持续瘙痒、皮疹，请及时到医院皮肤科就诊，不要自行用药。
""",
    ),
    dict(
        slug="docshare-yuexiang-contract-template-soap-dish",
        site="阅享文档网 (invented sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.yuexiangdoc.com/doc/hetong/772609.html",
        title="香皂盒采购合同（范本）",
        record_title="香皂盒采购合同（范本）〔填空即用〕 - 阅享文档网",
        date=None,
        notes="sharing reader: upload notice, star rating, points lock, service WeChat; a contract template with "
        "第N条 articles, ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>香皂盒采购合同（范本）〔填空即用〕 - 阅享文档网</title>
<link rel="stylesheet" href="//cdn.yuexiangdoc.com/css/doc.css">
</head>
<body>
<div class="yx-head"><a class="logo">⟦m 阅享文档网⟧</a><form class="s"><input><button>⟦a 搜文档⟧</button></form><a>⟦a 上传赚积分⟧</a></div>
<div class="yx-crumb">⟦m 阅享文档网 › 合同协议 › 买卖合同⟧</div>
<div class="yx-doc">
<h1>{T}</h1>
<div class="yx-meta">⟦m 分享者：合同小管家　｜　格式：docx　｜　页数：2　｜　评分 ★★★★☆ 4.6⟧</div>
<div class="yx-notice">⟦d 温馨提示：本文档为网友分享的范本，条款请结合实际修改，本站不承担因使用产生的任何责任。⟧</div>
<div class="yx-content">
{BODY}
</div>
<div class="yx-lock">⟦a 全文下载需 5 积分，你当前积分 0　去签到领积分⟧</div>
<div class="yx-btns"><button>⟦a 下载源文件⟧</button> <button>⟦a 放入收藏⟧</button> <button>⟦a 转给同事看看⟧</button></div>
</div>
<div class="yx-side">
<h4>⟦l 相关范本⟧</h4>
<ul><li>⟦l 酒店客房用品采购合同⟧</li><li>⟦l 日用塑料制品供货协议（通用）⟧</li><li>⟦l 小额采购合同简易版⟧</li></ul>
<div class="kf">⟦w 合同拟写、审核服务，客服微信 yx_doc365⟧</div>
</div>
<div class="yx-foot">⟦m 阅享文档网 yuexiangdoc.com　苏ICP备20068153号-2⟧<br>⟦d 用户上传的文档版权归原作者，如有侵权请通过“侵权投诉”通道反馈。⟧</div>
<script src="//cdn.yuexiangdoc.com/js/doc.js"></script>
</body>
</html>
""",
        body="""
甲方（采购方）：××酒店管理有限公司
乙方（供货方）：××日用制品有限公司
根据《中华人民共和国民法典》等有关规定，甲乙双方经协商一致，订立本合同。
第一条　乙方向甲方供应壁挂式沥水香皂盒＿＿个，单价＿＿元，合同总价＿＿元（大写：＿＿＿＿）。
第二条　产品材质为食品级聚丙烯，表面光滑无毛刺，沥水孔通畅，承重不低于1公斤。
第三条　乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　甲方收货后5日内验收，验收不合格的，乙方应在7日内免费更换。
第五条　甲方在验收合格后15日内付清货款。
第六条　任何一方违约，应向对方支付合同总价10%的违约金。
第七条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wendou-request-slippers-wps-markers",
        site="文兜共享文库 (invented sharing site), text",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.wendougx.com/p/20240602/3317645.html",
        title="关于为镇敬老院购置防滑拖鞋的请示",
        record_title="关于为镇敬老院购置防滑拖鞋的请示.wps",
        date="2024-05-16",
        notes="file-name record title; a sharing page as text cut by page markers (glued with a space or on lines of "
        "their own); the request's own 联系人/电话 beside the site's service WeChat; 成文日期",
        page="""
!m 文兜共享文库
!m 分类：公文写作 › 请示报告
!t 关于为镇敬老院购置防滑拖鞋的请示.wps
!m 分享者 汋坪小文　|　共 3 页　|　2 积分　|　1 天前更新
!a 立即下载　　加入我的文兜　　转存到网盘
{BODY}
!a 预览到此为止，下载后查看完整文档
!w 文兜客服微信：wendou_kf01（工作日 9:00-18:00）
!l 大家还在看：关于申请养老服务专项资金的请示　/　敬老院安全管理自查报告
!d 文兜共享文库所有文档均为用户分享，如有侵权请联系删除。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⬚{n}/3⬚", every=80, start=2, glue="mix", sep=" "),
        body="""
县民政局：
我镇敬老院现有集中供养老人58名，其中七十五岁以上的41名。老人们目前穿的多是自购的塑料拖鞋，鞋底磨损严重，卫生间和浴室地面湿滑，今年以来已发生3起滑倒事件，所幸没有造成重伤。
为保障老人安全，我镇拟为敬老院统一购置防滑拖鞋120双，每人两双，按每双35元计算，共需资金4200元。镇财政已安排1200元，尚缺3000元。
恳请县民政局从养老服务专项资金中给予补助3000元。
妥否，请批示。
联系人：温建国，电话：0743-7718206
汋坪镇人民政府
2024年5月16日
""",
    ),
    dict(
        slug="edu-jieyang-notice-oral-health-month-html",
        site="湝阳教育信息网 (invented county education bureau)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jieyangxian.gov.cn/tzgg/2024-09-04/4471.html",
        title="湝阳县教育局关于开展“小牙缸·好习惯”口腔健康月活动的通知",
        record_title="湝阳县教育局关于开展“小牙缸·好习惯”口腔健康月活动的通知（含活动方案）- 湝阳教育信息网",
        date="2024-09-02",
        date_also=["2024-09-04"],
        notes="education portal with 适老/读屏 links, an attachment download link beside the notice's 附件 line, the "
        "notice's contact and mailbox beside a technical-support line; 扫码 as content; 成文日期 vs 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>湝阳县教育局关于开展“小牙缸·好习惯”口腔健康月活动的通知（含活动方案）- 湝阳教育信息网</title>
<link href="/css/edu.css" rel="stylesheet">
<script src="/js/edu-nav.js"></script>
</head>
<body>
<div class="edu-tools">⟦a 适老模式 ｜ 读屏 ｜ 简/繁⟧</div>
<div class="edu-head"><img src="/img/edu_logo.png" alt=""><span>⟦m 湝阳教育信息网⟧</span><em>⟦m 湝阳县教育局主办⟧</em></div>
<div class="edu-nav">⟦m 首页　教育要闻　通知公告　政策文件　招生考试　校园风采⟧</div>
<div class="edu-loc">⟦m 首页 &gt; 通知公告 &gt; 内容⟧</div>
<div class="edu-art">
<h3>{T}</h3>
<p class="info">⟦m 发布日期：2024-09-04　作者：体卫艺股　浏览次数：619⟧</p>
<div class="edu-text">
{BODY}
</div>
<p class="fujian">⟦l 附件：“小牙缸·好习惯”活动记录表.xls（点击下载）⟧</p>
<p class="prt">⟦a 打印本页　关闭窗口⟧</p>
</div>
<div class="edu-side"><h4>⟦l 最新公告⟧</h4>
<ul><li>⟦l 关于秋季学期学生资助政策宣传的通知⟧</li><li>⟦l 2024年县直学校教师调配结果公示⟧</li></ul></div>
<div class="edu-foot">
<p>⟦m 湝阳县教育局　地址：湝阳县漤溪路88号⟧</p>
<p>⟦m 网站技术支持：湝阳县教育信息中心　服务电话：0738-5529000⟧</p>
<p>⟦m 湘ICP备08110963号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学、幼儿园：
为培养学生早晚刷牙、饭后漱口的良好习惯，县教育局、县卫生健康局决定于9月在全县中小学、幼儿园开展“小牙缸·好习惯”口腔健康月活动。现将有关事项通知如下。
一、活动内容
1. 每名寄宿学生配备一只贴有姓名的牙缸，宿舍内统一摆放，牙刷头朝上晾干。
2. 各校组织一次口腔健康讲座，邀请县口腔医院医生进校。
3. 组织家长扫码观看“家庭护牙微课堂”，观看完成率纳入班级评比。
二、工作要求
各校于9月30日前将活动总结和照片报送县教育局体卫艺股。
联系人：龚雪梅，电话：0738-5520716，邮箱：jyjtwy@126.com
附件：“小牙缸·好习惯”活动记录表
湝阳县教育局
2024年9月2日
""",
    ),
    dict(
        slug="edu-yishui-school-plan-powder-decimal-headings",
        site="洢水县第二中学 (invented school site), text",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.ysez.edu.cn/hqgl/2024/0301/219.html",
        title="洢水县第二中学学生洗衣房洗衣粉定量投放方案",
        record_title="洢水县第二中学学生洗衣房洗衣粉定量投放方案_后勤管理_洢水二中",
        date="2024-03-01",
        notes="a school site's page as text: decimal headings 1 / 1.1 … 3.3; 成文日期 under the signature; a "
        "scan-to-read line and a visit counter",
        page="""
!m 洢水县第二中学　厚德　笃学　自强
!m 学校首页｜学校概况｜德育天地｜教学科研｜后勤管理｜招生信息
!m 当前位置：学校首页 > 后勤管理
{T}
!m 作者：后勤处　　来源：本站原创　　更新时间：2024/3/4　　点击数：187
{BODY}
!a 手机扫一扫，本页随身看
!l 上一篇：关于春季学期食堂饭卡充值的说明
!l 下一篇：学生宿舍用电安全管理规定
!m 版权所有：洢水县第二中学　地址：洢水县沕口镇学府路3号　邮编：417300
!m 您是第 0283316 位访客
""",
        body="""
为规范学生洗衣房管理，避免洗衣粉浪费和投放过量造成衣物残留，结合我校实际，制定本方案。
1　总体要求
1.1　学生洗衣房共有洗衣机24台，全部改为统一定量投放洗衣粉，学生不再自带。
1.2　洗衣粉由学校统一采购，费用从住宿管理费中列支，不另收费。
2　投放标准
2.1　每桶衣物（约4公斤）投放洗衣粉40克，由值班员用量勺投放。
2.2　床单、被罩等大件每桶投放50克。
3　管理措施
3.1　洗衣粉存放在洗衣房储物柜内，防潮防晒，专人保管。
3.2　值班人员每天登记用量，每周汇总后报后勤处。
3.3　发现学生私自大量投放的，由宿管老师进行提醒教育。
洢水县第二中学后勤处
2024年3月1日
""",
    ),
    dict(
        slug="oa-herun-minutes-powder-caking-flow-record",
        site="禾润日化协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.herunrihua.local/doc/view.do?id=20240709-031",
        title="关于洗衣粉结块投诉整改的质量例会纪要",
        record_title="〔质量周例会〕关于洗衣粉结块投诉整改的质量例会纪要 - 禾润日化协同办公平台",
        date="2024-07-09",
        notes="an OA document view: 流转记录, read count, a 标记已阅 button and an IT-desk line; the minutes' "
        "时间/地点/主持/参会/记录 lines stay in the body; the date from the 时间 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质量周例会〕关于洗衣粉结块投诉整改的质量例会纪要 - 禾润日化协同办公平台</title>
<link rel="stylesheet" href="/oa/css/view.css">
<script src="/oa/js/flow.js"></script>
</head>
<body>
<div class="oa-top">⟦m 禾润日化协同办公平台⟧　⟦m 当前用户：易雯（质量部）⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事宜　已办事宜　公文管理　会议管理　知识文档　通讯录⟧</div>
<div class="oa-path">⟦m 会议管理 / 会议纪要 / 查看⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="oa-doc-info">⟦m 拟稿：质量部 易雯　　密级：内部　　已读 46 人⟧</div>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-btns"><button>⟦a 标记已阅⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 另存为PDF⟧</button></div>
<div class="oa-flow">
<h4>⟦m 流转记录⟧</h4>
<table>
<tr><td>⟦m 拟稿　易雯　2024-07-09 14:12⟧</td></tr>
<tr><td>⟦m 审核　质量部经理 房志诚　2024-07-09 16:30⟧</td></tr>
<tr><td>⟦m 签发　副总经理 谭立群　2024-07-10 08:55⟧</td></tr>
<tr><td>⟦m 分发　生产部、采购部、包装车间、仓储部⟧</td></tr>
</table>
</div>
</div>
<div class="oa-foot">⟦m 系统使用问题请拨打信息部分机 8016⟧　⟦m 湝阳禾润日化有限公司 版权所有⟧</div>
</body>
</html>
""",
        body="""
时间：2024年7月9日上午9:00
地点：公司办公楼三楼会议室
主持：副总经理　谭立群
参会：生产部、质量部、采购部、包装车间负责人
记录：质量部　易雯
会议通报了6月份洗衣粉产品质量情况，研究了结块投诉的整改措施。现纪要如下：
一、6月份共接到洗衣粉结块投诉11起。经质量部排查，主要原因是梅雨季节包装封口不严，仓库湿度偏高。
二、包装车间自7月10日起对封口机温度每两小时检查一次，并做好记录。
三、仓库加装除湿机2台，湿度控制在65%以下，由采购部于7月15日前落实。
四、质量部每周抽检成品含水率，结果在内网公布。
下次例会时间另行通知。
""",
    ),
    dict(
        slug="oa-hengjie-rules-soap-dish-moulds-articles",
        site="恒洁塑业内网 (invented intranet), text export",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://10.20.1.8/zhidu/scb/2024-017",
        title="注塑车间香皂盒模具管理规程",
        record_title="【车间制度·模具】注塑车间香皂盒模具管理规程 - 洢水恒洁塑业内网",
        date=None,
        notes="an intranet rule exported as text: 第N条 articles that speak of 扫码 and 打印 as content; only an "
        "effective-on-issue clause, no date; export stamp and IT line",
        page="""
!m 洢水恒洁塑业有限公司　内部网站
!m 首页 > 制度汇编 > 生产管理类
!t 【车间制度·模具】注塑车间香皂盒模具管理规程
!m 发文部门：生产部　　文件编号：HJ-SC-017　　导出人：门卫室 单国平　　导出于 2 小时前
{BODY}
!a 【打印】【下载附件】【返回列表】
!m 本页内容仅限公司内部查阅，请勿外传
!m 内网故障报修：信息组 分机 6200
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范香皂盒模具的领用、保养和报废，延长模具使用寿命，制定本规程。
第二条　本规程适用于注塑车间全部香皂盒模具，共计6副。
第三条　每副模具贴有二维码标签，领用和归还时由操作工扫码登记，系统自动记录时间和领用人。
第四条　模具每生产5000模次进行一次保养，清理排气槽，检查顶针和冷却水路。
第五条　保养记录由班组长每周打印一份，签字后交车间存档。
第六条　模具出现裂纹、型腔磨损超标的，由技术员提出报废申请，经生产副总经理批准后处理。
第七条　本规程由生产部负责解释，自发布之日起施行。
""",
    ),
]
