"""holdout270, part B: blogs, WeChat mirrors, document-sharing sites, education portals and
intranets. Every page, place, person, number and URL is invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-luming-essay-walkers-nurse-tagcloud",
        site="鹿鸣护理札记 (invented WordPress-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://luming-hulizhaji.cn/2024/08/03/xuebuche/",
        title="为什么我不建议给宝宝用学步车",
        record_title="〔护理手记〕为什么我不建议给宝宝用学步车 — 鹿鸣护理札记",
        date="2024-08-03",
        notes="blog with calendar widget, tag cloud, archive and comment form; the 发表于 line is the page's date; a tip button glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>〔护理手记〕为什么我不建议给宝宝用学步车 — 鹿鸣护理札记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header id="masthead"><p class="site-title">⟦m 鹿鸣护理札记⟧</p><p class="site-description">⟦m 一个儿科护士的值班间隙⟧</p>
<nav>⟦m 首页⟧ ⟦m 护理手记⟧ ⟦m 读书⟧ ⟦m 关于鹿鸣⟧</nav></header>
<main>
<article>
<h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m 鹿鸣 发表于 2024-08-03 21:17　分类：护理手记　围观 1,046 次⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="entry-footer">⟦l 标签：学步车 · 婴幼儿安全 · 儿童保健⟧</div>
<nav class="post-nav">⟦l « 宝宝发烧了，先别急着捂汗⟧　⟦l 给新手爸妈的洗澡水温表 »⟧</nav>
<section id="comments"><h3>⟦l 9 条留言⟧</h3>
<p>⟦l 鲯阳七月：我家婆婆非要买，转给她看看⟧</p>
<p>⟦l 小麦的妈：原来学步车不能帮助走路，长见识了⟧</p>
<form>⟦a 写下你的留言（需审核后显示）⟧<button>⟦a 提交留言⟧</button></form></section>
</article>
</main>
<aside id="secondary">
<section><h3>⟦l ◀ 2024年8月 ▶⟧</h3><table class="calendar"><tr><td>⟦l 一 二 三 四 五 六 日⟧</td></tr></table></section>
<section><h3>⟦l 标签云⟧</h3><p>⟦l 新生儿 发热 学步车 辅食 疫苗 夜班 护理⟧</p></section>
<section><h3>⟦l 往期归档⟧</h3><ul><li>⟦l 2024年7月 (5)⟧</li><li>⟦l 2024年6月 (3)⟧</li></ul></section>
</aside>
<footer>⟦d 本站文章为个人经验，不能代替医生面诊；转载请留原文链接⟧ ⟦m 由 WordPress 驱动 · 主题 Quiet⟧</footer>
</body>
</html>
""",
        body="""
上周夜班，又收进来一个从学步车里翻出来、磕到额头的十个月宝宝。孩子妈妈一直自责，说买学步车是想让孩子早点会走路。
其实，学步车并不能帮孩子学会走路。坐在学步车里，宝宝是用脚尖蹬地往前“滑”，髋部和膝盖用不上劲，平衡也不用自己掌握，时间长了反而可能走得更晚。
更要紧的是安全。学步车速度快，宝宝一蹬就是一米多远，碰到门槛容易侧翻，冲到楼梯口更危险。它还让孩子的手能够到原本够不着的热水杯、电线和药瓶。⟦a 觉得有用？请值夜班的护士喝杯热奶茶⟧
那宝宝想走路怎么办？多让他在地上爬，扶着沙发、矮柜练站立，大人在旁边看着就好。每个孩子都有自己的节奏，早几个月晚几个月，都没关系。
""",
    ),
    dict(
        slug="blog-qingdeng-memoir-grandma-basket-wrapped",
        site="青灯夜话的博客 (invented)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://blog.qingdengyh.net/u/laowu/article/33015.html",
        title="外婆的针线笸箩",
        record_title="外婆的针线笸箩 - 旧光阴 - 青灯夜话的博客",
        date=None,
        notes="blog memoir hard-wrapped at 68 columns; its last line names only a season and year (写于 line), no date; view and comment counts, prev/next and comments",
        page="""
!m 青灯夜话的博客
!m 灯下翻旧事，一页是一年
!m 博客首页　｜　旧光阴　｜　读书　｜　相册　｜　留言板
{T}
!m 分类：旧光阴　　阅读(312)　评论(9)　　编辑于 5 个月前
{BODY}
!l 上一篇：父亲的算盘
!l 下一篇：鲖田老屋的灶台
!l 评论区　楛坡老周：看哭了，我外婆也有一个一模一样的笸箩
!l 评论区　一苇：顶针那一段写得真好
!a 登录后发表评论　　把本文推荐给好友
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
外婆的针线笸箩是用麦秸编的，圆口、平底，比洗脸盆小一圈，沿口用红布条包了边。它常年放在炕头的窗台下，里面装着顶针、针插、几团棉线、一把黑柄剪子，还有一沓用旧报纸剪的鞋样。
小时候我最喜欢趴在炕沿上翻外婆的笸箩。顶针套在我的手指上松松垮垮，外婆就笑着说，等你的手长大了，这个就给你。冬天的晚上，她就着煤油灯纳鞋底，针在头发上蹭一蹭，再用顶针一顶，“哧”的一声，麻线就穿过去了。
外婆走后，舅舅把笸箩给了我。麦秸已经发黄，红布条也褪成了浅粉色，里面的东西却一样没少。我把它放在书桌旁边，偶尔缝个扣子，还是习惯去那里找针。
二〇二三年冬，写于鲖田老屋
""",
    ),
    dict(
        slug="wechat-yunshui-hospital-article-foot-soak-h1",
        site="蕰水县人民医院公众号镜像 (invented WeChat mirror)",
        style="公众号镜像",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://wxmirror.qiyuedu.net/s/ysxrmyy-20241203",
        title="泡脚水多热才安全？糖尿病足往往从一盆热水开始",
        record_title=None,
        date="2024-12-03",
        notes="WeChat mirror: no record title, the <h1>; a follow prompt glued before the first words; the account line's date is the page's date; 阅读原文/在看 rows, a QR line and the mirror's own archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>栖阅 · 公众号文章存放处</title>
<meta name="viewport" content="width=device-width">
<script>var __biz="MzI3NjE0NTk2OA==";</script>
</head>
<body>
<div class="mirror-top">⟦m 栖阅 · 公众号文章存放处⟧　⟦a 返回列表⟧</div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　蕰水县人民医院　2024-12-03 18:00　发表于广西⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注医院服务号，预约挂号更方便⟧</div>
<div class="rich_media_tool">⟦l 阅读原文⟧　⟦l 阅读 3526⟧　⟦l 赞 61⟧　⟦l 在看 27⟧</div>
<div class="tag">⟦l 收录于合集 #冬季健康 12个⟧</div>
</div>
<div class="mirror-foot">⟦d 栖阅仅作存档备份，文章版权归原公众号所有，如需删除请来信⟧</div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方蓝色小字“蕰水县人民医院”，关注不迷路⟧天气一冷，不少老人喜欢睡前用脚盆泡泡脚。可在我院内分泌科，每年冬天都会收治几位因为泡脚烫伤、最后发展成糖尿病足的患者。
糖尿病患者病程长了，脚上的神经会受损，对冷热和疼痛不敏感。健康人觉得烫得缩脚的水，他们泡进去可能只觉得“刚刚好”。等发现起了水泡，往往已经是深度烫伤，伤口又因为血液循环差而迟迟不愈合。
内分泌科护士长邓丽华提醒，糖尿病患者泡脚要记住三条：水温不超过三十七摄氏度，先让家人用手肘试温；每次泡不超过十分钟；泡完擦干，仔细看看脚底和趾缝有没有破损。
如果脚上已经有伤口、溃疡或者明显麻木，最好不要泡脚，及时到医院糖尿病足门诊就诊。
""",
    ),
    dict(
        slug="wechat-tijiang-pledge-cloth-nappies",
        site="鳀江女声公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://gzh.kanwenba.cn/tijiangnvsheng/2024/04/22/pledge.html",
        title="让布尿布回到育儿生活中倡议书",
        record_title="让布尿布回到育儿生活中倡议书〔转存自「鳀江女声」〕",
        date="2024-04-22",
        notes="WeChat mirror text: original mark and account line, a star prompt glued before the salutation, a 分享 sentence as content; 成文日期 under the signature",
        page="""
!m 看文吧 · 公众号存档
!t 让布尿布回到育儿生活中倡议书
!m 原创　鳀江女声　2024-04-22 08:30
{BODY}
!l 阅读原文　　阅读 1877　　在看 45
!a 喜欢就点个“在看”，让更多姐妹看到
!d 本页内容来自公众号「鳀江女声」，看文吧只做存档，不代表本站观点。
""",
        body="""
⟦a 记得把“鳀江女声”设为星标，不错过每一期⟧广大准爸爸、准妈妈和家庭成员们：
一个宝宝从出生到学会如厕，大约要用掉五千到六千片一次性纸尿裤。这些纸尿裤大多很难降解，给环境带来不小的负担。为此，鳀江区妇联、区环保志愿者协会向大家发出如下倡议：
一、了解布尿布。布尿布透气、可反复使用，清洗得当，同样卫生方便。
二、试一试混合用。白天在家时用布尿布，外出和夜间用纸尿裤，一年就能少用一半以上的纸尿裤。
三、传下去旧布尿布。宝宝用不上的布尿布，洗净晾干后可以送到社区妇女之家，转给有需要的家庭。
四、分享好经验。欢迎把这份倡议分享给身边的准爸爸准妈妈，也欢迎把你清洗、晾晒布尿布的好办法分享到社区群里。
鳀江区妇女联合会
鳀江区环保志愿者协会
2024年4月22日
""",
    ),
    dict(
        slug="docshare-fenxiang-contract-template-foot-tubs",
        site="分享吧文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.fenxiangba-doc.com/view/8c41e2d0a7.html",
        title="木制脚盆定制加工合同",
        record_title="木制脚盆定制加工合同.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日 and 第N条 articles; upload notice, points lock and a service WeChat; no date",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>木制脚盆定制加工合同.doc - 分享吧文档</title>
<script>window.docInfo={ext:"doc",size:"31KB"};</script>
</head>
<body>
<div class="header"><a href="/">⟦m 分享吧文档⟧</a><span>⟦m 好文档，大家分享⟧</span><a href="/up">⟦a 传文档领积分⟧</a></div>
<div class="crumbs">⟦m 分享吧文档 › 合同范本 › 加工承揽⟧</div>
<div class="docbox">
<div class="file">⟦t 木制脚盆定制加工合同.doc⟧</div>
<p class="meta">⟦m 分享人：楰林木匠老郑　大小：31KB　浏览 927　下载 66⟧</p>
<h1>{T}</h1>
<div class="body">
{BODY}
</div>
<div class="lock">⟦a 下载源文件需 5 积分，你的积分余额不足⟧ <a>⟦a 去赚积分⟧</a></div>
</div>
<div class="notice">⟦d 本文档为分享人上传，仅供参考学习，分享吧文档不对合同条款的适用性负责⟧</div>
<div class="side">⟦w 找不到合适的合同？客服微信 fxb_kefu07 帮你找⟧</div>
<div class="footer">⟦m 分享吧文档 © 2018-2024　苏ICP备18044219号⟧</div>
</body>
</html>
""",
        body="""
定作方（甲方）：＿＿＿＿＿＿＿＿
承揽方（乙方）：××木器加工厂
甲乙双方经协商一致，就乙方为甲方定制加工木制脚盆事宜，订立本合同。
第一条　定作物。杉木脚盆，直径××厘米，高××厘米，数量＿＿只，单价＿＿元，合计＿＿元。
第二条　材料要求。木材须经充分干燥，箍圈采用不锈钢材质，盆内不得刷油漆，只可涂刷食品级木蜡油。
第三条　交货时间和地点。乙方应于＿＿年＿＿月＿＿日前将定作物送到甲方指定地点，运费由乙方承担。
第四条　验收。甲方收货时逐只注水检查，发现渗漏、开裂的，乙方应在七日内免费更换。
第五条　违约责任。乙方逾期交货的，每逾期一日按合同总价的千分之五向甲方支付违约金。
甲方（签章）：＿＿＿＿　　乙方（签章）：＿＿＿＿
＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wenjuan-request-basket-craft-markers",
        site="文卷共享网 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://wenjuan-share.cn/d/20240402/71830.html",
        title="关于申请鲖田竹编笸箩技艺保护传承经费的请示",
        record_title="关于申请鲖田竹编笸箩技艺保护传承经费的请示.pdf",
        date="2024-03-28",
        notes="file-name record title; ⬫n/3⬫ markers cut paragraphs, glued with a space or on lines of their own; the uploader's stamp is no date",
        page="""
!m 文卷共享网 ▏ 资料共享，一键获取
!m 上传者：菥原文化人　上传日期：2024-04-02　格式：PDF　共3页
!a 免费预览　　下载原文　　转存到我的文卷
{T}
{BODY}
!a 原文共3页，当前显示为文字版，版式请下载PDF查看
!d 本资料由用户分享，文卷共享网仅提供存储空间，如有侵权请联系 kefu@wenjuan-share.cn 处理
""",
        date_also=["2024-04-02"],
        indent="\u3000\u3000",
        pages=dict(fmt="⬫{n}/3⬫", every=95, start=2, glue="mix", sep=" "),
        body="""
县人民政府：
鲖田竹编笸箩制作技艺已有二百余年历史，2022年列入县级非物质文化遗产代表性项目名录。目前，全镇能完整掌握起底、编帮、锁口等工序的老艺人只有九人，平均年龄七十岁，技艺传承面临断档。
为做好保护传承工作，我局拟在2024年开展以下三项工作：一是在鲖田镇文化站设立笸箩编织传习点，每年举办两期培训班；二是为九名老艺人建立影像档案，完整记录各道工序；三是征集老笸箩实物五十件，在县文化馆设立专题展柜。
以上工作共需经费十八万元，其中传习点建设六万元，培训和影像记录八万元，实物征集和布展四万元，恳请县财政予以安排。
妥否，请批示。
菥原县文化旅游广电体育局
2024年3月28日
""",
    ),
    dict(
        slug="edu-xiyuan-notice-wash-parents-feet-tech-line",
        site="菥原县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xiyuan.gov.cn/tzgg/2024/1121/2207.html",
        title="菥原县教育局关于开展“为父母洗一次脚”感恩实践活动的通知",
        record_title="【德育在线】菥原县教育局关于开展“为父母洗一次脚”感恩实践活动的通知-菥原县教育信息网",
        date="2024-11-20",
        date_also=["2024-11-21"],
        notes="education portal with 适老版/读屏 links; the notice's own 联系人, phone and mailbox beside the site's technical-support line; 扫码 and 打印 sentences are content; the portal's posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【德育在线】菥原县教育局关于开展“为父母洗一次脚”感恩实践活动的通知-菥原县教育信息网</title>
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top">⟦a 适老版⟧ ⟦a 读屏模式⟧ ⟦a 教职工登录⟧</div>
<div class="logo">⟦m 菥原县教育信息网⟧ <small>⟦m 办人民满意的教育⟧</small></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 德育在线⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="where">⟦m 现在位置：首页 &gt;&gt; 德育在线⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="src">⟦m 发布人：德体艺卫股　发布于：2024-11-21　点击：<b>688</b>⟧</p>
<div class="content">
{BODY}
</div>
<p class="attach">⟦a 【附件下载】感恩实践活动记录卡.docx⟧</p>
</div>
<div class="foot">
<p>⟦m 主办：菥原县教育局　地址：菥原县城关镇学府路9号⟧</p>
<p>⟦m 网站技术支持：菥原县电化教育馆　电话：0774-6213050⟧</p>
<p>⟦m 桂ICP备10011627号⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校：
为引导学生懂得感恩、学会关心家人，县教育局决定在全县中小学开展“为父母洗一次脚”感恩实践活动。现将有关事项通知如下。
一、活动时间。2024年11月25日至12月20日。
二、活动内容。学生在家中为父母或长辈打一盆温水，亲手洗一次脚，并和家人聊一聊长辈年轻时的故事。低年级学生可在家长协助下完成，注意水温适宜，防止烫伤和滑倒。
三、成果提交。各校请打印附件中的活动记录卡发给学生，由学生填写感受、家长签字。学生也可扫码上传一张活动照片，每校推荐五篇优秀感悟于12月25日前报县教育局德体艺卫股。
联系人：德体艺卫股　韦小兰，电话：0774-6212786，邮箱：xyjyj_dty@163.com。
菥原县教育局
2024年11月20日
""",
    ),
    dict(
        slug="edu-tijiang-plan-nursery-safety-decimal",
        site="鳀江区教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.tjjy.edu.cn/tuoyu/202409/t20240905_5127.html",
        title="鳀江区第二托育中心婴幼儿活动区安全管理方案",
        date="2024-09-02",
        date_also=["2024-09-05"],
        notes="record title as is; decimal headings 1.1–3.2; the plan bans baby walkers in the nursery; the portal's posting line also accepted",
        page="""
!m 鳀江区教育网　｜　适老化浏览　｜　读屏
!m 当前位置：首页 » 托育服务 » 正文
{T}
!m 发布：2024-09-05　　供稿：区第二托育中心　　浏览：417
{BODY}
!a 打印本文　　关闭
!l 上一篇：区托育机构秋季卫生保健培训举行
!l 下一篇：鸤桥社区托育点通过备案验收
!m 鳀江区教育局主办　地址：鳀江区滨河东路88号
""",
        body="""
为保障婴幼儿在园活动安全，结合本中心实际，制定本方案。
1.总体要求
1.1 坚持安全第一、预防为主，做到人人有责、时时在岗。
1.2 活动区设施设备每日开园前检查一次，发现问题立即停用并报告。
2.主要措施
2.1 场地管理。活动区地面铺设防滑软垫，桌角、柜角加装防撞条，电源插座全部加装保护盖。
2.2 器械管理。中心不配备、不使用婴儿学步车，家长自带的学步车一律不得进入活动区。一岁以下婴幼儿以爬行、扶站练习为主，由保育员在旁看护。
2.3 看护比例。乳儿班每名保育员看护不超过三名婴儿，托小班不超过五名幼儿。
3.应急处置
3.1 发生磕碰、跌落等意外时，保育员立即报告保健医生，保健医生五分钟内到场处置。
3.2 需送医的，同步通知家长，并在当日填写意外事件登记表。
鳀江区第二托育中心
2024年9月2日
""",
    ),
    dict(
        slug="intranet-guiwan-minutes-nappy-quality-oa",
        site="鲪湾棉纺协同办公平台 (invented OA)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.guiwan-mf.com/doc/view.do?id=20241015003",
        title="布尿布产品质量分析会会议纪要",
        record_title="〔例会纪要·质检〕布尿布产品质量分析会会议纪要 - 鲪湾棉纺协同办公平台",
        date="2024-10-15",
        notes="OA document view: the 时间/地点/主持/参会/记录 lines of minutes are body; the meeting date from the 时间 line; 流转记录, read count and a 标为已读 button",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔例会纪要·质检〕布尿布产品质量分析会会议纪要 - 鲪湾棉纺协同办公平台</title>
<link rel="stylesheet" href="/oa/css/docview.css">
<script src="/oa/js/docview.js"></script>
</head>
<body>
<div class="oa-top">⟦m 鲪湾棉纺协同办公平台⟧　⟦m 当前用户：质检部 覃明⟧　⟦a 退出系统⟧</div>
<div class="oa-menu">⟦m 待办事项⟧ ⟦m 公文管理⟧ ⟦m 会议纪要⟧ ⟦m 通讯录⟧</div>
<div class="doc-view">
<div class="doc-head">⟦m 文档编号：JY-2024-1015-03　密级：内部⟧</div>
<h2>{T}</h2>
<div class="doc-text">
{BODY}
</div>
<div class="doc-tools"><button>⟦a 标为已读⟧</button><button>⟦a 转给同事看⟧</button><span>⟦m 已阅 58 人⟧</span></div>
<table class="flow">
<tr><th>⟦l 流转记录⟧</th></tr>
<tr><td>⟦l 2024-10-16 09:12　质检部 覃明　起草⟧</td></tr>
<tr><td>⟦l 2024-10-16 15:40　总经理办公室 梁永福　审核通过⟧</td></tr>
<tr><td>⟦l 2024-10-17 08:30　系统　分发至各部门⟧</td></tr>
</table>
</div>
<div class="oa-foot">⟦m 信息中心运维分机：8016　系统版本 V6.2⟧</div>
</body>
</html>
""",
        body="""
时间：2024年10月15日下午3时
地点：公司二楼第一会议室
主持：梁永福（副总经理）
参会：生产部、质检部、销售部、织造车间、后整理车间负责人
记录：覃明
会议分析了第三季度布尿布产品的质量情况。三季度共生产布尿布十二万条，出厂检验合格率98.6%，比二季度下降0.7个百分点，主要问题是部分批次缩水率偏大、锁边不牢。
会议议定以下事项：
一、后整理车间调整预缩工艺，10月底前完成三个批次的对比试验，缩水率控制在百分之三以内。
二、织造车间对锁边机逐台检修，更换磨损的弯针和送布牙。
三、销售部收集近三个月客户反馈，每周五报质检部汇总。
四、质检部将布尿布的水洗牢度列入每批必检项目。
""",
    ),
    dict(
        slug="intranet-yulin-rules-foot-tub-workshop-articles",
        site="楰林木器厂内部网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://192.168.10.8/zhidu/show.asp?id=217",
        title="脚盆车间安全操作规程",
        record_title="〔厂规厂纪〕脚盆车间安全操作规程 · 楰林木器厂内部网",
        date=None,
        notes="intranet rules with 第N条 articles and only an effective clause; an export stamp and a '2 周前' update are no dates; the IT desk's extension at the bottom",
        page="""
!m 楰林木器厂内部网　＞　规章制度　＞　安全生产
!m 文件类别：车间规程　　制定部门：安全环保科　　更新：2 周前
{T}
{BODY}
!m 本页由系统导出　导出人：车间文员
!a ［打印］　［导出PDF］　［返回列表］
!m 内网故障请拨信息室分机 6603
""",
        body="""
第一条　为保障脚盆车间生产安全，防止机械伤害和火灾事故，制定本规程。
第二条　员工上岗前须穿戴工作服、防护眼镜和防尘口罩，长发须盘入工作帽内，操作圆锯、刨床时严禁戴手套。
第三条　开机前应检查锯片、刨刀是否紧固，防护罩是否完好；设备运转时不得用手清理木屑。
第四条　脚盆箍圈时，应将盆坯放稳在箍圈台上，手指不得伸入钢箍与盆坯之间。
第五条　烘干房温度不得超过六十摄氏度，房内严禁吸烟和使用明火，下班前由当班班长检查断电。
第六条　刷涂木蜡油应在通风工位进行，用过的抹布放入带盖铁桶，当日清运。
第七条　违反本规程的，按公司安全生产奖惩办法处理；造成事故的，依法追究责任。
第八条　本规程自发布之日起施行，由安全环保科负责解释。
""",
    ),
]
