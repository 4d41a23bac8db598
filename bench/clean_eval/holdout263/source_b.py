"""holdout263, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="blog-qinggeng-memoir-father-galoshes-html",
        site="晴耕小筑 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.qinggengxz.cn/archives/312/",
        title="父亲的那双黑雨鞋",
        record_title="父亲的那双黑雨鞋 | 晴耕小筑",
        date="2024-06-02",
        notes="blog post: header, nav, a <time> byline taken as the page's date, a like prompt glued after a sentence, "
        "a photo placeholder between paragraphs, tag cloud, archive, recent comments and a comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>父亲的那双黑雨鞋 | 晴耕小筑</title>
<meta name="generator" content="Typecho 1.2.1">
<link rel="stylesheet" href="https://www.qinggengxz.cn/usr/themes/plain/style.css">
<script src="https://www.qinggengxz.cn/usr/themes/plain/js/lazy.js"></script>
</head>
<body>
<header id="header">
<div class="site-name"><a href="/">⟦m 晴耕小筑⟧</a></div>
<p class="description">⟦m 种菜、读书，偶尔写写旧事⟧</p>
<nav id="nav-menu"><a href="/">⟦m 首页⟧</a><a href="/category/jiushi/">⟦m 旧事⟧</a><a href="/category/caiyuan/">⟦m 菜园⟧</a><a href="/about.html">⟦m 关于⟧</a></nav>
</header>
<div id="main">
<article class="post">
<h2 class="post-title">{T}</h2>
<ul class="post-meta">
<li>⟦m 作者：杭小满⟧</li>
<li><time datetime="2024-06-02T20:16:00+08:00">⟦m 2024 年 6 月 2 日⟧</time></li>
<li>⟦m 分类：旧事⟧</li>
</ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：父亲, 雨鞋, 旧物⟧</p>
<div class="post-near">⟦l 上一篇：菜园里的第一茬豇豆⟧　⟦l 下一篇：端午前后的梅雨⟧</div>
</article>
<div id="comments">
<h3>⟦l 已有 3 条评论⟧</h3>
<ol><li>⟦l 阿禾：看哭了，我爸也有一双一模一样的⟧</li></ol>
<form id="comment-form"><p>⟦l 称呼*　电子邮件*　网站⟧</p><textarea></textarea><button>⟦a 提交评论⟧</button></form>
</div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 菜园 旧事 读书 梅雨 父亲 老屋⟧</p></section>
<section><h3>⟦l 归档⟧</h3><ul><li>⟦l 二〇二四·六月（4篇）⟧</li><li>⟦l 二〇二四·五月（7篇）⟧</li><li>⟦l 二〇二四·四月（5篇）⟧</li></ul></section>
</aside>
<footer id="footer">⟦m © 2024 晴耕小筑 · 由 Typecho 驱动⟧</footer>
</body>
</html>
""",
        body="""
父亲有一双黑色的高筒雨鞋，是他在罛湾镇胶鞋厂上班那年厂里发的。鞋帮上用白漆写着他的名字，一个“杭”字已经磨得只剩半边。
那时候村里的路一下雨就成了泥塘。父亲每天穿着它去镇上，回来先在门口的石槽里把泥冲干净，再倒扣在屋檐下晾着。我小时候总想偷偷穿一次，脚伸进去，鞋筒一直到大腿根。
⟦m ［图片：倒扣在屋檐下的黑雨鞋］⟧
后来厂子关了，父亲又穿着这双雨鞋下田插秧、上山挖笋。鞋底补过三次，每次都是他自己剪一块旧轮胎皮，用胶水粘上，再拿烙铁烫平。⟦a 读到这里有感触，点个小红心⟧
去年清明回家，在杂物间的角落里又看见了它。鞋面已经硬了，裂着细细的口子。我把它擦干净，放进了纸箱，像收起了父亲的半辈子。
""",
    ),
    dict(
        slug="blog-lubianji-essay-classroom-brazier-wrapped",
        site="炉边记 (invented, a teacher's blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://lubianji.blog.example-cn.net/post/2024/12/18/huopen",
        title="冬天教室里的那只火盆",
        record_title="【教书闲笔】冬天教室里的那只火盆 - 往事 - 炉边记",
        date=None,
        notes="hard-wrapped at 54 columns; an essay dated only by 写于 a year's winter (no date); relative post time",
        page="""
!m 炉边记 —— 一个乡村老师的自留地
!m 首页 | 往事 | 课堂 | 书单
!t 【教书闲笔】冬天教室里的那只火盆
!m 分类：往事　|　阅读 86　|　2 天前
{BODY}
!l 标签：乡村小学　火盆　冬天
!l « 上一篇　老校长的算盘　　　下一篇 »　学生寄来的明信片
!l 留言（2）
!l 雪落黧坪：我们小时候也是自己带炭去学校的
!a 登录后才能留言哦
!m 炉边记 © 2016-2024
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
九十年代初，我在黧坪乡村小教书。学校只有三间土坯房，冬天最冷的时候，教室里就靠一只铁火盆取暖。
火盆是老校长从家里搬来的，盆沿缺了一个口。每天早上，值日的学生从家里带一把木炭，轮流往盆里添。孩子们的手冻得通红，下课就围过去烤一烤，烤完了再回到座位上写字。
我最怕的是火盆离课桌太近。有一回，一个男孩的棉鞋烤得冒了烟，他自己还浑然不觉。从那以后，我在火盆四周用粉笔画了一个圈，规定谁也不许跨进去。
现在学校早就装上了暖气，那只火盆也不知去向。可每到落雪的早晨，我还会想起那一圈粉笔线，和线外面伸着小手的孩子们。
写于甲辰年冬，黧坪
""",
    ),
    dict(
        slug="wechat-yuelanshi-pledge-brazier-follow-glued-html",
        site="号文存档馆 (invented mirror) of the account 堽头镇妇联",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://gzh.yuelanshi.cn/a/ggtfl/20241205_1",
        title="关于冬季安全使用火盆取暖的倡议书",
        record_title=None,
        date="2024-12-05",
        notes="no title in the record: the article's <h1>; a follow prompt glued before the salutation; 原创 tag, "
        "account line, 阅读原文/在看/赞赏 rows, a QR line and the mirror's archive note; a sentence asking readers "
        "to share the pledge stays in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于冬季安全使用火盆取暖的倡议书</title>
<meta property="og:site_name" content="号文存档馆">
<link rel="stylesheet" href="/assets/wx-like.css">
<script src="/assets/lazyimg.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 号文存档馆 · 好文章都在这里⟧　<a href="/">⟦m 返回首页⟧</a>　<a href="/search">⟦a 搜公众号⟧</a></div>
<div id="page-content" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="meta_original">⟦m 原创⟧</span>
<span class="meta_nickname">⟦m 堽头镇妇联⟧</span>
<em class="meta_time">⟦m 2024-12-05 18:30⟧</em>
<span class="meta_region">⟦m 发表于湖南⟧</span>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">
<a>⟦a 阅读原文⟧</a> <span>⟦m 阅读 2174⟧</span> <a>⟦a 赞 61⟧</a> <a>⟦a 在看 19⟧</a>
</div>
<div class="reward">⟦a 喜欢作者，赏杯奶茶⟧</div>
<div class="qr">⟦m 长按识别二维码，关注堽头镇妇联⟧</div>
</div>
<div class="mirror-note">⟦d 本页为号文存档馆自动存档的副本，排版可能与原文不同，原文以公众号为准⟧</div>
<div class="mirror-more"><h4>⟦l 该号近期文章⟧</h4><p>⟦l 巾帼志愿者走进敬老院⟧</p><p>⟦l 家庭教育讲座下周开讲⟧</p></div>
</body>
</html>
""",
        p_html='<section style="margin:8px 0"><p><span style="font-size:16px">{}</span></p></section>',
        body="""
⟦a 点上方蓝字“堽头镇妇联”，一起守护家的温暖⟧亲爱的姐妹们、乡亲们：
天气一天比一天冷，不少家里又生起了炭火盆。火盆暖和，可用不好也会出事。为了一家人冬天平平安安，镇妇联向大家发出如下倡议：
一、火盆要放在通风的堂屋，不要端进关紧门窗的卧室过夜；
二、炭要烧透了再端进屋，火盆上不要烘烤衣物和尿布；
三、家里有老人孩子的，睡前一定把火熄掉，有条件的装一个一氧化碳报警器；
四、出现头痛、恶心、浑身无力，马上开窗，把人转移到屋外，并拨打120。
姐妹们是家里的“安全员”，请把这份倡议分享到家族群里，提醒家中的老人和在外打工的亲人。
堽头镇妇女联合会
2024年12月5日
""",
    ),
    dict(
        slug="wechat-weiduji-hospital-billhook-wound-firstaid",
        site="微读集 (invented mirror) of the account 隈溪县人民医院",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://www.weiduji.net/mp/wxrmyy/2024100901.html",
        title="柴刀砍伤别慌！急诊科医生教你三步处理",
        record_title="柴刀砍伤别慌！急诊科医生教你三步处理 | 隈溪县人民医院 · 微读集",
        date="2024-10-09",
        notes="WeChat mirror: account line taken as the page's date; the hospital's own 急诊电话 in the body beside "
        "the account's booking line and an online-consult prompt; like/在看 row and the mirror's note",
        page="""
!m 微读集 —— 公众号文章在线读
!t 柴刀砍伤别慌！急诊科医生教你三步处理
!m 隈溪县人民医院　2024年10月9日 08:00　湖南
!a 轻点上方头像，把“隈溪县人民医院”设为星标
{BODY}
!m 文字：急诊科 黎芳　排版：宣传科 匡一
!w 想问病情？在公众号菜单点“在线问诊”，医生一对一回复
!m 门诊预约请拨：0738-5126000（工作日8:00-17:30）
!l 分享　点赞　在看
!d 微读集收录的文章版权归原公众号所有，如需删除请发邮件说明。
""",
        gap=True,
        body="""
秋冬是上山砍柴、修剪果树的季节，急诊科接诊的柴刀砍伤明显增多。上周，厝岭镇一位大爷砍柴时刀口打滑，左手虎口被砍开三厘米长的口子，家人用草木灰止血，送到医院时伤口已经感染。
被柴刀砍伤，记住三步：
第一步，按压止血。用干净的毛巾或纱布直接压住伤口，持续按压十分钟，不要反复掀开看。
第二步，简单清洗。出血止住后，用清水冲掉伤口周围的泥土，千万不要涂草木灰、牙膏或香灰。
第三步，尽快就医。伤口深、出血多或手指活动不灵的，要在六小时内到医院清创缝合，并注射破伤风疫苗。
隈溪县人民医院急诊科24小时值班，急诊电话：0738-5126120。
""",
    ),
    dict(
        slug="docshare-yunxiang-contract-backbasket-template-html",
        site="匀享文档 (invented, document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.yunxiangdoc.com/d/7c51e09b.html",
        title="竹背篓采购合同（范本）",
        record_title="竹背篓采购合同（范本）（修订可用）- 匀享文档",
        date=None,
        notes="sharing page: an upload notice, a points lock, a service WeChat; a contract template with 第N条, "
        "×× placeholders and ＿＿＿＿年＿＿月＿＿日 blanks; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>竹背篓采购合同（范本）（修订可用）- 匀享文档</title>
<link rel="stylesheet" href="https://cdn.yunxiangdoc.com/css/view.css">
<script src="https://cdn.yunxiangdoc.com/js/view.js"></script>
</head>
<body>
<div class="yx-head">
<a class="yx-logo" href="/">⟦m 匀享文档⟧</a>
<span>⟦m 好资料匀着用⟧</span>
<a href="/upload">⟦a 我要传文档⟧</a> <a href="/login">⟦a 登录⟧</a>
</div>
<div class="yx-crumb">⟦m 匀享文档 / 合同协议 / 采购合同⟧</div>
<div class="yx-main">
<div class="yx-doc">
<h1>{T}</h1>
<div class="yx-meta">⟦m 分享者：竹山人　页数：2　格式：docx　热度：★★★★☆⟧</div>
<div class="yx-notice">⟦d 本文档由分享者自愿上传，匀享文档只做信息展示，条款请结合当地情况自行审核⟧</div>
<div class="yx-body">
{BODY}
</div>
<div class="yx-lock">⟦a 复制和下载需要 5 匀豆，你当前有 0 匀豆⟧ <button>⟦a 充值匀豆⟧</button></div>
</div>
<div class="yx-side">
<h4>⟦l 同类合同⟧</h4>
<ul><li>⟦l 农产品收购合同（简易版）⟧</li><li>⟦l 竹木制品加工承揽合同⟧</li><li>⟦l 办公用品采购框架协议⟧</li></ul>
<div class="yx-kefu">⟦w 资料定制、合同改写请加客服微信 yunxiang-kf07⟧</div>
</div>
</div>
<div class="yx-foot">⟦m 匀享文档 yunxiangdoc.com　粤ICP备21094418号⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　甲方向乙方采购竹编背篓××只，规格为口径××厘米、高××厘米，单价××元，合同总价××元。
第二条　背篓须用当年生楠竹篾编织，篾片厚薄均匀、无霉变虫蛀，背带用双层帆布缝制，每只承重不低于40公斤。
第三条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　甲方收货后7日内组织验收，不合格的由乙方无偿更换。
第五条　验收合格后15日内，甲方一次性支付全部货款。
第六条　任何一方违约，应按合同总价的10%向对方支付违约金。
第七条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-yizhan-report-teacup-workshop-oneline",
        site="文档驿站 (invented, document-sharing site)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wendangyizhan.com/p/88401725.html",
        title="2024年度茶盅车间主任述职报告",
        record_title="2024年度茶盅车间主任述职报告.docx",
        date="2025-01-06",
        notes="file-name record title; the whole report on one line, paragraphs apart only by their indent; "
        "成文日期 under the signature; a share stamp is no date",
        page="""
!m 文档驿站　资料随取随用
!t 2024年度茶盅车间主任述职报告.docx
!m 分享于 2025-01-20　｜　大小 21KB　｜　下载 37 次
!a 在线预览　｜　保存到驿站空间　｜　下载
{BODY}
!a 以上为文档前 1 页内容，下载后可查看格式完整的原文
!d 文档驿站声明：资料由网友分享，仅供个人学习，不得用于商业用途。
!l 相关资料：车间主任年终工作总结 ｜ 陶瓷厂生产车间管理制度 ｜ 班组长述职报告
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位领导、同事们：
2024年，我担任公司茶盅车间主任，负责成型、施釉和烧成三道工序的生产管理。现将一年来的工作报告如下。
一、生产任务完成情况。全年生产各式茶盅86万只，完成年计划的107%；一级品率由上年的82%提高到89%。
二、质量改进情况。针对釉面针孔问题，车间与技术部一起调整了釉浆细度和装窑密度，针孔废品率下降了4个百分点。
三、安全和班组建设。全年未发生工伤事故；组织拉坯技能比武两次，带出新徒工11人。
四、不足和打算。手工修坯效率偏低，新徒工流失较多。明年将推动修坯工序半自动化，并完善计件工资办法。
述职人：尤晓川
2025年1月6日
""",
    ),
    dict(
        slug="edu-leijiang-notice-shared-galoshes-html",
        site="酹江市教育局 (invented, city education bureau portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.leijiang.gov.cn/jcjy/2024/0415/4417.html",
        title="关于在全市中小学开展“共享雨鞋”爱心行动的通知",
        record_title="【基教动态】关于在全市中小学开展“共享雨鞋”爱心行动的通知_酹江市教育局",
        date="2024-04-12",
        date_also=["2024-04-15"],
        notes="education portal: 适老版/读屏 links, an attachment download link beside the notice's own 附件 line, "
        "the notice's contact and mailbox beside the site's technical line; scanning a QR code to borrow is content; "
        "成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【基教动态】关于在全市中小学开展“共享雨鞋”爱心行动的通知_酹江市教育局</title>
<link rel="stylesheet" href="/css/jyj.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top">
<span>⟦m 酹江市教育局⟧</span>
<a href="javascript:;">⟦a 适老版⟧</a> <a href="javascript:;">⟦a 读屏⟧</a> <a href="/en/">⟦a EN版⟧</a>
</div>
<div class="nav">⟦m 首页　机构职能　教育资讯　基础教育　招生考试　政务公开⟧</div>
<div class="location">⟦m 当前位置 ＞ 基础教育 ＞ 基教动态⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 来源：基础教育科　发布时间：2024-04-15 10:20　阅读次数：2208⟧</div>
<div class="text">
{BODY}
</div>
<div class="fj">⟦a 附件：“雨鞋角”设置情况统计表.docx（点击下载）⟧</div>
<div class="tools">⟦a 〔收藏〕〔打印〕〔关闭〕⟧</div>
</div>
<div class="sidebar"><h3>⟦l 基教动态·最新⟧</h3>
<ul><li>⟦l 全市中小学春季学期开学工作检查通报⟧</li><li>⟦l 关于做好汛期学生安全教育的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：酹江市教育局　地址：酹江市江滨路88号⟧</p>
<p>⟦m 网站技术支持：0737-3329900⟧　⟦m 湘ICP备12008743号⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
各县（区）教育局，市直各学校：
每年春夏雨季，部分农村学生上学途中鞋袜湿透，影响健康和学习。为此，市教育局决定在全市中小学开展“共享雨鞋”爱心行动。现将有关事项通知如下。
一、各校在门卫室或教学楼入口设立“雨鞋角”，按在校学生数的5%配备不同尺码的雨鞋，供学生雨天借用。
二、雨鞋所需经费从学校公用经费中列支，也可接受家长和社会捐赠，捐赠物品须登记造册。
三、学生借用时扫描“雨鞋角”张贴的二维码登记，天晴后归还，由值周教师检查清洗。
四、请各校于5月10日前将“雨鞋角”设置情况报市教育局基础教育科。
附件：“雨鞋角”设置情况统计表
联系人：邬晴，电话：0737-3320415，邮箱：jjk@jyj.leijiang.gov.cn
酹江市教育局
2024年4月12日
""",
    ),
    dict(
        slug="edu-guwan-school-plan-backbasket-weaving-decimal",
        site="罛湾镇中心小学 (invented, school site)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.gwzxxx.edu.cn/ldjy/2024/0903/217.html",
        title="罛湾镇中心小学“小背篓”竹编劳动教育课程实施方案",
        record_title="〔劳动教育〕罛湾镇中心小学“小背篓”竹编劳动教育课程实施方案 - 校务公开",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="school site in text: decimal headings 1–4.1; a rule that the knives stay with the teacher; 成文日期 "
        "under the signature differs from the site's posting line; a hit counter and a recommended-reading line",
        page="""
!m 罛湾镇中心小学
!m 学校首页 → 校务公开 → 劳动教育
!t 〔劳动教育〕罛湾镇中心小学“小背篓”竹编劳动教育课程实施方案
!m 作者：教导处　　时间：2024-09-03　　被阅读 418 次
{BODY}
!l 推荐阅读：我校学生竹编作品在县艺术节获奖
!a 【打印此文】　【返回列表】
!m 罛湾镇中心小学　地址：罛湾镇学府街12号　邮编：414317
""",
        body="""
1 课程目标
1.1 让学生了解背篓在本地山区生产生活中的用途，认识竹编这一传统手艺。
1.2 学会破篾、起底、编身、收口等基本技法，每名学生在一学年内完成一只小背篓。
2 课程安排
2.1 课程面向四至六年级，每周五下午第二节为竹编课，每学期16课时。
2.2 聘请罛湾镇竹编艺人向德顺为校外辅导员，每月到校指导两次。
3 安全要求
3.1 篾刀由任课教师统一保管，课前发放、课后收回，学生不得将刀具带出教室。
3.2 破篾环节由教师示范，学生只做编织，严禁学生自行破篾。
4 成果展示
4.1 学期末举办“小背篓”作品展，优秀作品送镇文化站展出。
罛湾镇中心小学
2024年9月2日
""",
    ),
    dict(
        slug="oa-baici-minutes-teacup-glaze-pinholes-html",
        site="皑山白瓷有限公司 白瓷协同平台 (invented, OA intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.aishanbaici.local/doc/view.do?id=20240815007",
        title="茶盅釉面针孔问题专题会议纪要",
        record_title="〔内部传阅〕茶盅釉面针孔问题专题会议纪要 - 白瓷协同平台",
        date="2024-08-14",
        date_also=["2024-08-15"],
        notes="OA document view: the 时间/地点/主持/参会/记录 lines of minutes stay in the body and the 时间 line "
        "gives the date (the OA's distribution time differs); a 流转记录 trail, read counts, a 标记已阅 button and an IT-desk extension are chrome",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔内部传阅〕茶盅釉面针孔问题专题会议纪要 - 白瓷协同平台</title>
<link rel="stylesheet" href="/oa/static/theme-blue.css">
<script src="/oa/static/oa-core.js"></script>
</head>
<body>
<div class="oa-header">
<span class="oa-logo">⟦m 白瓷协同平台⟧</span>
<span class="oa-user">⟦m 当前用户：质检部 柏青⟧</span>
<a href="/oa/logout.do">⟦a 安全退出⟧</a>
</div>
<div class="oa-menu">⟦m 待办事项　公文管理　会议管理　知识文库　通讯录⟧</div>
<div class="oa-path">⟦m 会议管理 ＞ 会议纪要 ＞ 查看⟧</div>
<div class="oa-doc">
<div class="oa-doc-head">
<h2>{T}</h2>
<p>⟦m 拟稿：总经理办公室　密级：内部　分发时间：2024-08-15 09:40⟧</p>
</div>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-btns"><button>⟦a 本件我已阅⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 另存成PDF⟧</button></div>
<div class="oa-flow">
<h4>⟦l 流转记录⟧</h4>
<p>⟦l 总经理办公室 拟稿 → 秦怀瑾 签发 → 分送各部门⟧</p>
<p>⟦m 已读 27 人　未读 3 人⟧</p>
</div>
</div>
<div class="oa-foot">⟦m 系统故障请拨信息中心分机 8023⟧　⟦d 内部资料，严禁外传⟧</div>
</body>
</html>
""",
        body="""
时间：2024年8月14日下午3时
地点：公司二楼会议室
主持：副总经理　秦怀瑾
参会：技术部、质检部、茶盅车间、烧成车间负责人
记录：严小禾
会议听取了质检部关于7月份茶盅釉面针孔问题的情况汇报。7月份茶盅一级品率为83%，因釉面针孔降级的占降级总数的六成。会议议定如下事项：
一、技术部在8月25日前完成釉浆细度试验，提出调整方案。
二、烧成车间调整装窑密度，每板茶盅由48只减为40只，先试烧三窑。
三、质检部每天抽检茶盅不少于200只，抽检结果在车间公示栏张贴。
四、茶盅车间加强生坯除尘，施釉前必须用湿海绵擦拭。
请各部门按分工抓好落实，9月初再召开一次会议通报整改效果。
""",
    ),
    dict(
        slug="intranet-tishui-forestfarm-rules-billhook-articles",
        site="醍水县国有林场 林场内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://10.16.2.8/lcnw/gzzd/show.php?id=57",
        title="醍水县国有林场刀具领用管理规定",
        record_title="【场内制度】醍水县国有林场刀具领用管理规定 - 林场内网",
        date=None,
        notes="intranet rules with 第N条 articles that speak of scanning a QR code and printing a ledger as content; "
        "only an effective clause, so no date; an editor and read-count line and an IT line",
        page="""
!m 醍水县国有林场 · 林场内网
!m 内网首页 >> 规章制度 >> 安全管理
!t 【场内制度】醍水县国有林场刀具领用管理规定
!m 录入：安全科　阅读：211　最后修改：前天 16:05
{BODY}
!a 〖导出Word〗〖我要纠错〗
!l 同栏目：护林员巡护考勤办法 | 油锯操作安全规程 | 林区防火值班制度
!m 内网技术支持：信息组 分机 6012
""",
        indent="\u3000\u3000",
        body="""
第一条　为加强柴刀、油锯等刀具的管理，防止丢失和伤人事故，制定本规定。
第二条　本规定所称刀具，是指林场配发给职工用于巡护、抚育和清林作业的柴刀、砍刀和油锯链条。
第三条　刀具实行“一人一刀、编号管理”。职工领用时，须在管护站扫描刀具上的二维码登记，写明领用人、用途和归还时间。
第四条　管护站每月打印一次刀具领用台账，由站长签字后报场部安全科存档。
第五条　刀具不得转借他人，不得带回家中私用；下班后统一存放在管护站刀具柜内。
第六条　刀具损坏或丢失的，领用人应在24小时内报告，由安全科核实后补发。
第七条　本规定自印发之日起施行，由场部安全科负责解释。
""",
    ),
]
