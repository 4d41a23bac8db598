"""holdout269, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (each once as HTML, once as text).
Invented text: counties, towns, people, firms, sites, URLs and phones are made up; see ../README.md
and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-jiangtai-insight-winnower-study-trip-html",
        site="讲台边的光 (invented, Typecho-like teacher's blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://jiangtaibian.cn/archives/318/",
        title="第一次摇风谷车，孩子们笑出了声",
        record_title="研学手记 · 第一次摇风谷车，孩子们笑出了声 | 讲台边的光",
        date="2024-10-19",
        notes="a teacher's blog: header motto, a <time> byline taken as the page's date, a 'read more' action "
        "between two paragraphs, tag cloud, archive, comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>研学手记 · 第一次摇风谷车，孩子们笑出了声 | 讲台边的光</title>
<link rel="stylesheet" href="/usr/themes/chalk/style.css">
<script src="/usr/themes/chalk/prism.js"></script>
</head>
<body>
<header id="header">
<a class="site-name" href="/">⟦m 讲台边的光⟧</a>
<p class="description">⟦m 一个乡村小学语文老师的教书笔记⟧</p>
<nav>⟦m 首页　教学随笔　研学手记　读书　留言板⟧</nav>
</header>
<main id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta">
<li>⟦m 作者：粉笔头阿秋⟧</li>
<li><time datetime="2024-10-19T20:12:00+08:00">⟦m 发布时间：2024年10月19日⟧</time></li>
<li>⟦m 分类：研学手记⟧</li>
</ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：研学　农耕　风谷车　四年级⟧</p>
</article>
<nav class="post-near">⟦l 上一篇：给孩子们的秋游安全小贴士⟧　⟦l 下一篇：作文课上的一根稻穗⟧</nav>
<div id="comments">
<h3>⟦l 已有 4 条评论⟧</h3>
<p>⟦l 山那边的云：读着读着就想起小时候在稻场上摇风车的样子。⟧</p>
<h3>⟦l 留下一句话⟧</h3>
<form><input placeholder="称呼"><input placeholder="邮箱"><textarea></textarea><button>⟦a 提交评论⟧</button></form>
</div>
</main>
<aside id="secondary">
<h3>⟦l 标签云⟧</h3><p>⟦l 作文　阅读　研学　班级管理　家校沟通⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年10月（3）⟧</li><li>⟦l 2024年9月（5）⟧</li></ul>
</aside>
<footer id="footer">⟦m © 2024 讲台边的光 · Powered by Typecho · 鄂ICP备21007733号⟧</footer>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
周五下午，我带四年级的二十八个孩子去圪梁村农耕器具陈列室研学。孩子们最感兴趣的，是角落里那架半人高的风谷车。
讲解的王爷爷先让大家猜它是做什么的，有人说是“木头洗衣机”，有人说是“古代吹风机”，全场笑成一片。
⟦a 展开阅读全文 ▾⟧
王爷爷把一簸箕稻谷倒进上面的漏斗，请孩子们轮流摇手柄。风叶一转，瘪谷和草屑从出风口飞出去，饱满的谷粒从下面的槽口哗哗流出来。轮到小雨时，她摇得太快，谷子也被吹跑了一些，大家又笑了。
回到学校，我让孩子们写一段话。小杰写道：“原来风也能干活，只要人会使唤它。”我想，这大概就是研学的意义：让孩子们亲手摸一摸，书本上的“劳动”才有了温度。
""",
    ),
    dict(
        slug="blog-jiuyanxia-memoir-grandma-bench-wrapped",
        site="旧檐下 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="https://jiuyanxia.blog.cn/post/2024/12/tiaodeng.html",
        title="外婆家的那条长条凳",
        record_title="【旧事】外婆家的那条长条凳 - 旧檐下",
        date=None,
        notes="a memoir on a personal blog, hard-wrapped at 56 columns; a 写于 line with only a year (no date), "
        "a view counter, a comment count and a share bar",
        page="""
!m 旧檐下 —— 拾起一些旧日子
!m 首页｜旧事｜读书｜关于
{T}
!m 分类：旧事　　阅读 865　　评论 12
{BODY}
!l 分享到：微信　｜　微博　｜　豆瓣
!l 上一篇：老屋门前的石磨
!l 下一篇：腊月里的一锅米糖
!m 旧檐下 © 2018-2024　本站文字均为原创，转载请留言告知
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
外婆家堂屋里有一条长条凳，杉木做的，四条腿往外撇着，凳面被几代人坐得油光发亮。
夏天的傍晚，外公把条凳搬到门口的晒场上，我和表哥一人占一头，听他讲山里的故事。条凳不稳，我们一起身，它就“咚”地翘起来，外婆在灶屋里喊：“莫把凳子坐翻了！”
过年时家里来客多，条凳拼在八仙桌两边，一条能坐三个人。大人们挤在一起喝酒划拳，我们小孩就坐在条凳的两头，伸手去够桌上的肉丸子。
后来外婆搬到城里，老屋里的家什大多送了人，只有那条长条凳，舅舅说什么也不肯给。如今它靠在舅舅家的阳台上，上面摆着几盆花。我每次去，总要坐一会儿。
二〇二四年冬，写于旧檐下
""",
    ),
    dict(
        slug="wechat-mirror-jichuan-women-pledge-bottle-corner-h1",
        site="微读镜像站 mirror of the account 嵇川女声 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.weidujx.cn/s/jcnvsheng/20250508_02",
        title="为“背奶妈妈”和宝宝的奶瓶留一处干净角落",
        record_title=None,
        date="2025-05-08",
        notes="WeChat mirror: no record title (found in the <h1>); account line date; a follow prompt glued before the "
        "salutation; 阅读原文/在看 rows, a QR line and the mirror's archive note; sharing as content in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta property="og:title" content="为“背奶妈妈”和宝宝的奶瓶留一处干净角落">
<title>嵇川女声</title>
<script src="https://wx.weidujx.cn/assets/mirror.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 微读镜像站 · 好文存档⟧ <a href="/">⟦a 返回列表⟧</a></div>
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">{T}</h1>
<div class="rich_media_meta_list">⟦m 嵇川女声　2025年05月08日 07:40　湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
<p style="text-align:center;color:#999">⟦m 供稿：县妇联权益部　编辑：田雨　审核：邹岚⟧</p>
</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div id="js_read_area">⟦a 阅读原文⟧　⟦l 阅读 2716　在看 58　点赞 91⟧</div>
<div class="qr">⟦a 长按识别二维码，关注嵇川女声⟧</div>
</div>
<div class="mirror-foot">⟦d 镜像内容定时抓取自公开公众号，版权属原作者，仅作存档浏览。⟧</div>
</body>
</html>
""",
        p_html='<section style="margin-bottom:12px"><p style="font-size:16px;line-height:1.8">{}</p></section>',
        body="""
⟦a 点击上方“嵇川女声”，设为星标不迷路⟧各机关企事业单位、商场、车站及全县广大职工：
不少哺乳期妈妈返岗后要在单位吸奶、存奶，却常常只能躲进卫生间，洗奶瓶找不到热水，存奶没有冰箱。为此，县妇联向全社会发出倡议：
一、有条件的单位设置母婴室，配备洗手池、热水器、冰箱和奶瓶消毒器，没有条件的至少腾出一间可上锁的小房间。
二、商场、车站等公共场所的母婴室要专人保洁，奶瓶消毒器定期检修，不得堆放杂物。
三、用人单位依法保障哺乳期女职工每天的哺乳时间，不因吸奶、清洗奶瓶影响其考核。
让每一只奶瓶都有一个干净的角落，让每一位妈妈都能体面地工作。欢迎大家转发分享本倡议，一起行动起来！
嵇川县妇女联合会
2025年5月8日
""",
    ),
    dict(
        slug="wechat-mirror-yishan-culture-muyu-night-watch",
        site="mirror of the WeChat account 栘山文旅 (invented)",
        style="公众号镜像",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.gzhcunfang.cn/a/yswl/20250118/1203.html",
        title="老街更夫的木鱼声",
        record_title="老街更夫的木鱼声 ｜ 栘山文旅 · 公号存放",
        date="2025-01-18",
        notes="WeChat mirror as text: 原创 and account line with the date (the page's date), a star prompt, "
        "a photo placeholder between paragraphs, 往期 list, 在看 prompt and the mirror's note",
        page="""
!m 公号存放 · gzhcunfang.cn
!t 老街更夫的木鱼声 ｜ 栘山文旅
!m 原创　栘山文旅　2025年01月18日 08:00　湖南
!a 戳上方蓝字“栘山文旅”，第一时间看家乡事
{BODY}
!m 文字：向晚晴　图片：栘山县文化馆
!l 往期回看
!l ▷ 栘山腊月的十二道年味
!l ▷ 一座戏台，半部栘山史
!a 觉得好看，就点一下“在看”吧
!d 本站收录的公众号文章仅供浏览，版权归原公众号所有。
""",
        gap=True,
        body="""
在栘山老街，七十多岁的姚老伯还保留着一样老物件：一只巴掌大的木鱼。
过去，老街上有更夫。天一黑，更夫提着灯笼、敲着木鱼走街串巷，一边敲一边喊“天干物燥，小心火烛”。姚老伯的父亲就是老街最后一任更夫，那只木鱼是他父亲留下的。
⟦m 〔图：姚老伯手中的木鱼〕⟧
木鱼是香樟木的，鱼头的纹路已经磨平，敲起来“笃、笃”的，声音不大，却能在巷子里传得很远。姚老伯说，小时候听到这声音就知道，该回家睡觉了。
去年，县文化馆把老街的夜巡故事编进了非遗展演，请姚老伯在台上敲了一段。台下的年轻人听得入神，有人问能不能买一只同样的木鱼。老人笑着摇头，说这只木鱼不卖，要留给孙子。
""",
    ),
    dict(
        slug="docshare-gongxiang-letter-winnower-loan-pdf",
        site="共享文档坊 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.gxwdfang.com/doc/52038871.html",
        title="关于商请借用风谷车等传统农具参加农耕文化展的函",
        record_title="关于商请借用风谷车等传统农具参加农耕文化展的函.pdf",
        date="2025-03-28",
        notes="a sharing page with a file-name record title: upload notice, a points lock, a service WeChat and "
        "hotline beside the letter's own contact; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于商请借用风谷车等传统农具参加农耕文化展的函.pdf - 共享文档坊</title>
<link rel="stylesheet" href="/static/doc.css">
<script src="/static/doc.js"></script>
</head>
<body>
<div class="head"><a href="/">⟦m 共享文档坊⟧</a> <span>⟦m 好文档，一起分享⟧</span> <a href="/upload">⟦a 上传文档赚积分⟧</a> <a href="/login">⟦a 登录⟧</a></div>
<div class="crumb">⟦m 文档分类 › 行政公文 › 函件⟧</div>
<div class="doc-head">
<h1>⟦t 关于商请借用风谷车等传统农具参加农耕文化展的函.pdf⟧</h1>
<p>⟦m 分享者：农耕记忆　2页　下载 37 次　评分 4.7⟧</p>
<p class="notice">⟦d 本文档由分享者上传，共享文档坊不对内容的真实性负责，仅供交流学习。⟧</p>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 下载本文档需消耗 8 积分（当前余额 0）⟧ <a>⟦a 去赚积分⟧</a></div>
<div class="kefu">⟦w 文档找不到、格式乱？客服微信 gxwdf_kf01⟧ ⟦m 服务热线 400-835-7761⟧</div>
<div class="rel"><h4>⟦l 相关文档⟧</h4><p>⟦l 关于借用展品的复函.doc⟧</p><p>⟦l 博物馆藏品出借协议书.docx⟧</p></div>
<div class="foot">⟦m 共享文档坊 gxwdfang.com　闽ICP备20048861号-3⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
荔坪区文化馆：
为办好“稻香里的记忆”农耕文化展，我馆拟于2025年5月1日至31日在一楼展厅展出传统农具。贵馆收藏的两架清末风谷车保存完好、构件齐全，是展览不可缺少的展品。现商请借用，具体事项如下：
一、借用展品：风谷车两架、竹制箩筐四只。
二、借用期限：2025年4月25日至6月5日，含布展和撤展时间。
三、运输与保险：由我馆委托专业公司包装运输，按贵馆评估价值办理展品保险，展出期间专人看护。
妥否，请予函复。
联系人：谭晓芸　电话：0745-3365127
洈源市农耕文化博物馆
2025年3月28日
""",
    ),
    dict(
        slug="docshare-yifenxiang-request-dresser-oneline",
        site="易分享文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.yifenxiangwd.net/s/8820471",
        title="关于为县中心敬老院购置五斗柜的请示",
        record_title="关于为县中心敬老院购置五斗柜的请示（含落款，可直接改）",
        date="2025-02-17",
        notes="a sharing page with the whole request on one line (paragraphs apart only by their indent); an "
        "upload-time stamp, a download-count line and a disclaimer; 成文日期 in Chinese numerals",
        page="""
!m 易分享文档　yifenxiangwd.net
!t 关于为县中心敬老院购置五斗柜的请示（含落款，可直接改）
!m 上传时间：2025-02-19　浏览：611　下载：54
!a 在线预览　下载（3积分）　转存
{BODY}
!d 易分享文档仅提供存储与展示，文档内容由上传者负责，如有侵权请发送邮件至 ts@yifenxiangwd.net。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
县人民政府：
县中心敬老院现有入住老人一百二十六名，房间内的衣柜多为二十年前配置，柜门变形、抽屉脱落，老人换季衣物只能堆在床头。为改善老人居住条件，我局拟为敬老院六十三个房间各购置实木五斗柜一只，每只预算八百元，共需资金五万零四百元。
考虑到老人取物方便，五斗柜选用高度一米以内、带圆角和防倒装置的款式，由敬老院统一安装固定在墙上。
以上请示妥否，请批示。
栘山县民政局
二〇二五年二月十七日
""",
    ),
    dict(
        slug="edu-kanyang-notice-bench-desk-check-attachments-html",
        site="嵁阳县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.kanyang.gov.cn/tzgg/2024/1011/5327.html",
        title="关于开展中小学老旧条凳课桌椅安全排查的通知",
        record_title="关于开展中小学老旧条凳课桌椅安全排查的通知-通知公告-嵁阳教育网",
        date="2024-10-09",
        date_also=["2024-10-11"],
        notes="education portal: elder-mode and screen-reader links, an attachment download link beside the "
        "notice's own 附件 list, 下载附件 and 扫描 as content, the notice's contact beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展中小学老旧条凳课桌椅安全排查的通知-通知公告-嵁阳教育网</title>
<link rel="stylesheet" href="/css/edu.css">
<script src="/js/accessible.js"></script>
</head>
<body>
<div class="topbar">⟦m 嵁阳教育网　嵁阳县教育局主办⟧ <a>⟦a 适老化浏览⟧</a> <a>⟦a 读屏模式⟧</a></div>
<div class="nav">⟦m 首页　教育要闻　通知公告　政策法规　招生考试　办事指南⟧</div>
<div class="pos">⟦m 当前位置：首页 » 通知公告⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2024-10-11　发布科室：装备与后勤管理股　阅读：1207⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj">⟦a 附件下载：排查登记表.docx　报废处置申请表.docx⟧</div>
<div class="opt">⟦a 打印此页⟧　⟦a 关闭窗口⟧</div>
</div>
<div class="foot">
<p>⟦m 嵁阳县教育局　地址：嵁阳县城关镇学府路18号⟧</p>
<p>⟦m 网站技术支持电话：0744-8310999⟧</p>
<p>⟦m 湘ICP备12004473号-2⟧</p>
</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各中小学、幼儿园：
近期，部分学校仍在使用的老式长条凳出现凳腿松动、凳面开裂等问题，存在学生摔伤隐患。为保障师生安全，县教育局决定在全县开展老旧条凳课桌椅安全排查。现将有关事项通知如下。
一、排查范围：教室、食堂、礼堂和功能室使用的长条凳、课桌椅。
二、排查要求：逐件检查并填写排查登记表，对不能修复的条凳一律停用，登记后统一报废处置。
三、报送时间：请各校下载附件，于10月20日前将登记表加盖公章后扫描发送至指定邮箱。
联系人：覃文博　电话：0744-8312265　邮箱：kyjyj_zbg@126.com
附件：1.老旧条凳课桌椅排查登记表
2.学校家具报废处置申请表
嵁阳县教育局
2024年10月9日
""",
    ),
    dict(
        slug="edu-liping-kindergarten-plan-bottle-disinfection-decimal",
        site="荔坪区教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.lpjy.edu.cn/yey/2025/0226/2281.html",
        title="荔坪区第二幼儿园托班奶瓶清洗消毒工作方案",
        date="2025-02-24",
        notes="record title as is; an education site as text; decimal headings 2.1–3.3; scanning a QR code as content; "
        "成文日期 under the signature",
        page="""
!m 荔坪区教育信息网
!m 首页 > 园所动态 > 区第二幼儿园
{T}
!m 来源：区第二幼儿园　作者：保健室　点击数：318
!a 〔大〕〔中〕〔小〕　〔打印〕
{BODY}
!l 相关文章：托班一日生活作息安排　春季传染病预防告家长书
!m 荔坪区教育局主办　网站维护：区教育信息中心　电话：0745-2231870
""",
        indent="\u3000\u3000",
        body="""
1 目的
为规范托班幼儿奶瓶的清洗、消毒和保管，预防肠道疾病传播，结合本园实际，制定本方案。
2 职责分工
2.1 保育员负责奶瓶的回收、清洗和消毒，并做好记录。
2.2 保健医生每日检查消毒记录，每周抽查一次奶瓶清洁情况。
3 操作要求
3.1 奶瓶一人一瓶，瓶身贴姓名标签，不得混用。
3.2 喂奶后半小时内用专用刷清洗瓶身和奶嘴，再放入蒸汽消毒柜消毒十五分钟。
3.3 消毒后的奶瓶倒扣放入带盖保洁柜，当日未用的次日重新消毒。
4 家园配合
家长每月检查一次孩子的奶瓶和奶嘴，发现裂纹、变形的及时更换，并扫描园所公众号二维码填写更换登记。
荔坪区第二幼儿园
2025年2月24日
""",
    ),
    dict(
        slug="oa-etang-furniture-minutes-anti-tip-html",
        site="峨塘家具有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.etangjiaju.com/doc/view?id=20250110-0037",
        title="五斗柜防倾倒配件改进专题会议纪要",
        record_title="〔纪要·质量专题〕五斗柜防倾倒配件改进专题会议纪要 · 峨塘家具OA",
        date="2025-01-09",
        date_also=["2025-01-10"],
        notes="an intranet document view: 流转记录 and read count, a sign-off button, the 时间/地点/主持/参会/记录 lines "
        "of the minutes (the meeting date expected, the filing date also accepted), the IT desk's extension",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔纪要·质量专题〕五斗柜防倾倒配件改进专题会议纪要 · 峨塘家具OA</title>
<link rel="stylesheet" href="/oa/theme/blue.css">
<script src="/oa/js/flow.js"></script>
</head>
<body>
<div class="oa-head">⟦m 峨塘家具有限公司　协同办公平台⟧ <span>⟦m 欢迎您，生产部 杜国平⟧</span> <a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 我的待办　公文管理　会议管理　知识库　通讯录⟧</div>
<div class="oa-doc">
<div class="doc-title">{T}</div>
<div class="doc-info">⟦m 拟稿：行政部 欧阳珊　归档日期：2025-01-10　密级：内部⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 欧阳珊 拟稿 2025-01-10 09:14 → 邵建林 审核 2025-01-10 11:02 → 分发各部门⟧</p>
<p>⟦m 已阅 23 人 / 未阅 4 人⟧</p></div>
<div class="btns"><button>⟦a 签阅完毕⟧</button> <button>⟦a 转发同事⟧</button> <button>⟦a 导成PDF⟧</button></div>
</div>
<div class="oa-foot">⟦m 系统故障请拨信息中心分机 8006⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
时间：2025年1月9日下午2:30
地点：公司三楼第二会议室
主持：副总经理　邵建林
参会：技术部、生产部、质检部、销售部负责人
记录：行政部　欧阳珊
会议听取了质检部关于上季度五斗柜客户投诉情况的汇报，研究了防倾倒配件改进事项。纪要如下：
一、自2月1日起，所有出厂五斗柜随箱附赠两套金属防倒角码和膨胀螺丝，取消原来的塑料卡扣。
二、技术部于1月底前修改安装说明书，在首页用醒目字体提示“务必将柜体固定在墙上”。
三、销售部通知各经销商，已售出三斗柜、五斗柜的客户凭订单号可免费申领防倒配件。
四、质检部将防倾倒试验由每批抽检改为每日抽检，结果每周报副总经理。
""",
    ),
    dict(
        slug="oa-beian-rules-bottle-visual-inspection-articles",
        site="栘山贝安日用制品有限公司内部办公网 (invented)",
        style="企业内网",
        genre="规程",
        kind="other",
        form="text",
        source="http://10.8.1.20/bgw/zdgc/2025/0305/117.html",
        title="奶瓶成品外观抽检规程",
        record_title="厂务通告丨奶瓶成品外观抽检规程（试行）",
        date=None,
        notes="an intranet rule as text: 第N条 articles that speak of scanning a batch code and printing a label as "
        "content; a publisher and reading-count line, an export button row (no date: rules)",
        page="""
!m 贝安日用制品　内部办公网　（仅限公司内网访问）
!m 规章制度 » 质量管理
!t 厂务通告丨奶瓶成品外观抽检规程（试行）
!m 发布部门：质量管理部　阅读次数：164　最后修改：3 天前
!a 导出Word　｜　收藏到个人文件夹
{BODY}
!a 本页内容仅供内部查阅，禁止外传截图
!l 相关制度：奶嘴硅胶原料进厂检验办法　｜　灌装车间清场规定
!m 技术支持：信息部　内线 6120
""",
        body="""
第一条　为规范奶瓶成品外观抽检，防止瓶身有缺陷的产品出厂，制定本规程。
第二条　本规程适用于玻璃、PPSU两条生产线的奶瓶成品。
第三条　抽检员每两小时从包装线随机抽取二十只，在灯检台下逐只检查瓶身气泡、划痕、刻度印刷和螺纹毛刺。
第四条　抽检结果录入质量系统，抽检员须用手持终端扫描批次码后提交，系统自动打印抽检标签贴于周转箱。
第五条　发现一只以上刻度印刷不清或螺纹毛刺的，该批次隔离待处理，并通知生产线班长。
第六条　本规程由质量管理部负责解释，自发布之日起施行。
""",
    ),
]
