"""holdout249, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.
Invented text, written case by case; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-zhichuan-memoir-fathers-handcart",
        site="纸船的自留地 (invented, Typecho-like blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://zhichuan.blog/archives/318/",
        title="父亲的板车",
        record_title="【家事小记】父亲的板车 · 纸船的自留地",
        date="2024-03-09",
        notes="blog: tag cloud, archive, comment form; a photo placeholder on a line of its own inside the body, a "
        "tip-jar line glued after the last sentence; the bracketed post time is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【家事小记】父亲的板车 · 纸船的自留地</title>
<link rel="stylesheet" href="/usr/themes/paper/style.css">
<script src="/usr/themes/paper/prism.js"></script>
</head>
<body>
<header id="header">
<div class="site-name"><a href="/">⟦m 纸船的自留地⟧</a></div>
<div class="site-desc">⟦m 折一只纸船，放进旧时光里⟧</div>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/jiashi/">⟦m 家事⟧</a> <a href="/category/dushu/">⟦m 读书⟧</a> <a href="/about.html">⟦m 关于纸船⟧</a></nav>
</header>
<div id="main">
<article class="post">
<h2 class="post-title">{T}</h2>
<ul class="post-meta"><li>⟦m [2024-03-09 21:14]⟧</li><li>⟦m 分类：家事⟧</li><li>⟦m 围观 866 次⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：父亲, 板车, 老屋⟧</p>
</article>
<div id="comments">
<h3>⟦l 3 条评论⟧</h3>
<ol class="comment-list">
<li>⟦l 山那边的桂：看哭了，我家也有一辆，早被当柴烧了。⟧</li>
<li>⟦l 阿苗：车把上的青苔那句，写得真好。⟧</li>
</ol>
<form id="comment-form">⟦l 发表评论：昵称（必填）　邮箱（必填）　网址⟧ <button>⟦a 提交评论⟧</button></form>
</div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 老屋 父亲 乡愁 读书笔记 板车 节气⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年03月 (4)⟧</li><li>⟦l 2024年02月 (6)⟧</li><li>⟦l 2024年01月 (3)⟧</li></ul></section>
</aside>
<footer id="footer">⟦m © 2024 纸船的自留地 · 由 Typecho 强力驱动⟧</footer>
</body>
</html>
""",
        body="""
父亲那辆板车，是1983年他用两担稻谷跟邻村木匠换来的。车架是槐木的，车轮是从废旧自行车上拆下来的，拉起来吱呀吱呀响。
那些年，家里大大小小的事都靠它。春天拉粪上田，夏天拉麦子进场，秋天拉着稻谷去粮站交公粮。我上初中那年，父亲用它拉着我的木箱和被褥，走了二十里山路把我送到镇上。
⟦m 〔图：老屋檐下的板车，2019年摄〕⟧
后来村里通了水泥路，家家买了三轮车，板车就靠在老屋墙根下，车轮慢慢瘪了，车把上长出了青苔。父亲却一直不让卖，说它“出过大力”。
去年冬天父亲走了。收拾老屋时，我把板车擦干净，推进了堂屋。每次回家看到它，就像看到父亲弓着腰往前拉车的样子。⟦a 喜欢这篇，打赏纸船一杯茶⟧
""",
    ),
    dict(
        slug="blog-ayue-tree-climber-rope-ladder-wrapped",
        site="攀树人阿岳的博客 (invented)",
        style="博客",
        genre="经验文章",
        kind="other",
        form="text",
        source="http://ayue-panshu.blog.cn/post/2024/rope-ladder-tips",
        title="修树时用绳梯的几个讲究",
        record_title="修树时用绳梯的几个讲究 | 攀树人阿岳 · 树上手记",
        date=None,
        notes="blog post hard-wrapped at 58 columns; 'updated 2 天前' is no date; comments and a blogroll below",
        page="""
!m 攀树人阿岳的博客
!m 在树上干活的人，记点在树上的事
!m 首页 · 树上手记 · 器材 · 留言板
{T}
!m 更新于 2 天前　·　分类：工作笔记　·　阅读 402
{BODY}
!l 标签：绳梯　高处修剪　园林养护
!l « 上一篇：油锯链条多久换一次　　下一篇：夏季修剪避开哪几个时段 »
!l 网友评论（2）
!l 老樟树：第三条太重要了，我们队去年就吃过亏。
!l 绿篱机：请教一下地锚用哪种型号？
!m 友情链接：园丁札记　树医生手记　登高者说
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
干园林修剪十来年，登高的家伙换了好几样，现在用得最多的还是绳梯。它轻便、好收，钻进树冠里也不碍事。不过绳梯用不好也危险，说几个我自己的讲究。
一、挂点要选活枝。挂绳梯的枝干直径不能小于十五厘米，枯枝、空心枝一律不用。挂之前先用手锤敲一敲，听声音是不是实的。
二、梯子底端要固定。绳梯下端用地锚或者绑在树根上，防止人爬到一半梯子打摆子。
三、人梯分离保护。上梯前先把安全绳挂到另一根主枝上，人在梯上，保护在绳上，两套系统互不依赖。
四、雨后不上梯。踏板沾了泥水打滑，树皮也软，宁可晚一天干活。
写这些不为别的，就怕年轻同行图省事。
""",
    ),
    dict(
        slug="wechat-weiyue-pledge-banners-h1",
        site="微阅存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://weiyue-cd.com/a/xc2y/20240819/0417.html",
        title="把感谢写进留言簿——致患者和家属的倡议书",
        record_title=None,
        date="2024-08-16",
        date_also=["2024-08-19"],
        notes="no title in the record: the mirror's <h1>; a follow prompt glued before the salutation; 原创 tag, "
        "阅读原文/在看 rows, QR line and the mirror's archive note; the account date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>微阅存档</title>
<link rel="stylesheet" href="/assets/mp.css">
<script src="/assets/lazyimg.js"></script>
</head>
<body>
<div class="wy-bar">⟦m 微阅存档 · 好文章不怕被删⟧ <a href="/search">⟦a 搜号查文⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span> <span>⟦m 栩城二院宣传科⟧</span> <a class="nickname">⟦m 栩城二院⟧</a> <em id="publish_time">⟦m 2024-08-19 17:30⟧</em>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦l 阅读原文　　阅读 3217　　在看 58　　赞 141⟧</div>
<div class="qr">⟦a 微信扫一扫，关注栩城二院服务号⟧</div>
</div>
<div class="wy-note">⟦d 本页由微阅存档自动抓取留存，原文著作权归该公众号所有。⟧</div>
<div class="wy-more"><h4>⟦l 该号近期文章⟧</h4><ul><li>⟦l 暑期儿童烫伤高发，家长要当心⟧</li><li>⟦l 8月专家门诊排班一览⟧</li></ul></div>
<footer>⟦m 微阅存档 weiyue-cd.com　京ICP备22017458号⟧</footer>
</body>
</html>
""",
        p_html='<p style="text-indent:2em;line-height:1.75;">{}</p>',
        body="""
⟦a 点击上方蓝字“栩城二院”，及时获取就医提醒⟧尊敬的患者朋友和家属们：
近年来，我院每年收到患者赠送的锦旗四百余面。每一面锦旗，我们都倍加珍惜。但我们也注意到，一面定制锦旗少则一两百元，多则上千元，不少家属出院时还专门跑到外地定做，花费不少。
为此，我院向广大患者和家属倡议：
一、心意不在贵重。一句“谢谢”、一张手写的感谢卡，同样是对医务人员最好的鼓励。
二、欢迎写进留言簿。各病区护士站都设有“感谢留言簿”，您也可以扫描床头卡上的二维码在线留言。
三、不送红包礼品。如有医务人员索要财物，请拨打院纪委电话0739-5312260反映。
让我们把感谢留在心里，把钱用在康复上。
栩城市第二人民医院
2024年8月16日
""",
    ),
    dict(
        slug="wechat-yutang-bunting-safety-record-date",
        site="鹆塘社区公众号 (mirrored as text, invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.weixin.example/s/YuTangSQ-0924",
        title="国庆街景布置：社区彩旗怎么挂才安全",
        record_title="国庆街景布置：社区彩旗怎么挂才安全 · 鹆塘社区【转存】",
        record_date="2024-09-24",
        date="2024-09-24",
        notes="record gives a decorated title and the date; the notice's own 值班电话 stays in the body; account chrome "
        "around it and a follow prompt on a line of its own between paragraphs",
        page="""
!m 鹆塘社区
!m 2024-09-24 18:02　原创　鹆塘社区居委会
{T}
{BODY}
!l 阅读原文　｜　分享　｜　在看 12　｜　赞 30
!a 长按识别二维码，关注鹆塘社区
!l 往期推荐：中秋社区邻里宴报名啦　｜　楼道堆物清理进度通报
!d 本文为鹆塘社区公众号原创内容，转载请后台留言。
""",
        body="""
国庆将至，社区将在鹆塘路和小区主干道悬挂彩旗。为了节日气氛和居民安全两不误，社区居委会提醒大家注意以下几点：
1.彩旗由社区统一采购、统一悬挂，请居民不要自行在阳台外、电线杆上拉挂彩旗绳。
2.悬挂期间，请勿拉扯、攀爬旗杆和拉绳，特别要看护好小孩。
⟦a 还没关注鹆塘社区的居民，记得点一下右上角⟧
3.如果发现彩旗被风吹落、缠在电线或空调外机上，不要自行处理，请拨打社区值班电话0739-5128806，由物业专业人员处理。
4.10月8日起社区将统一收回彩旗，清洗后留作明年使用。
感谢大家的支持，祝大家节日快乐！
""",
    ),
    dict(
        slug="docshare-yeyetong-request-handcarts-doc",
        site="页页通文档共享 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="html",
        source="https://www.yeyetong.com/doc/88213507.html",
        title="关于购置环卫保洁板车的请示",
        record_title="关于购置环卫保洁板车的请示.doc",
        date="2024-03-05",
        notes="file-name record title; sharing page: upload notice, points lock, service WeChat beside the request's own "
        "联系人/电话; 成文日期 under the signature",
        page="""
<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>关于购置环卫保洁板车的请示.doc-页页通文档共享</title>
<link rel="stylesheet" href="https://cdn.yeyetong.com/css/view.css">
<script>var DOC = {id: 88213507, fmt: "doc"};</script>
</head>
<body>
<header><a href="/" class="logo">⟦m 页页通文档共享⟧</a> <input placeholder="搜索文档"> <a href="/upload">⟦a 传文档领积分⟧</a></header>
<div class="crumbs">⟦m 页页通 › 行政公文 › 请示报告⟧</div>
<div class="doc-wrap">
<h1>{T}</h1>
<div class="doc-info">⟦m 分享人：环卫小郁　上传：2024-03-11　格式：doc　大小：31KB　页数：1⟧</div>
<div class="notice">⟦d 温馨提示：本文档由用户自行上传，页页通不对内容的准确性负责，若有版权问题请联系处理。⟧</div>
<div class="doc-view">
{BODY}
</div>
<div class="lock">⟦a 下载本文需3积分，签到可领积分⟧ <button>⟦a 立刻下载⟧</button></div>
<div class="rel"><h4>⟦l 同类文档⟧</h4><ul><li>⟦l 关于更新环卫作业车辆的请示.docx⟧</li><li>⟦l 镇环卫所年度工作计划.doc⟧</li></ul></div>
</div>
<div class="kefu">⟦w 找不到想要的文档？加客服微信 yyt_wendang 帮你找⟧</div>
<footer>⟦m 页页通文档共享 yeyetong.com　苏ICP备21009921号⟧</footer>
</body>
</html>
""",
        body="""
镇人民政府：
我所现有环卫保洁板车46辆，大多购置于2016年，车架锈蚀、车轮老化，去年以来已发生翻车、断把等情况5起，影响保洁作业安全和效率。为改善一线环卫工人作业条件，现申请购置新型环卫保洁板车30辆。
一、购置标准。选用镀锌钢架、实心橡胶轮、带挡板的保洁板车，单价约1200元。
二、资金预算。共需资金3.6万元，拟从镇环境卫生专项经费中列支。
三、旧车处置。淘汰的旧板车经评估后统一报废回收，可修复的调配到各村保洁点使用。
以上请示妥否，请批示。
联系人：晏伯阳，电话：0739-5210735。
槎溪镇环境卫生管理所
2024年3月5日
""",
    ),
    dict(
        slug="docshare-yizhan-contract-sacks-template",
        site="文档驿站 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.wendangyizhan.cn/hetong/62217.html",
        title="麻袋购销合同（范本）",
        record_title="〔购销范本〕麻袋购销合同（范本）（填空即可签）",
        date=None,
        notes="contract template: ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 articles; no date; "
        "an upload notice and a points prompt",
        page="""
!m 文档驿站 | 合同范本频道
!t 〔购销范本〕麻袋购销合同（范本）（填空即可签）
!m 上传：驿站用户6630　时间：5 个月前　下载：287 次
!d 本范本由网友分享，条款仅供参考，签约前请咨询专业人士。
{BODY}
!a 下载Word原件（需5驿站点）
!l 相关范本：编织袋采购合同　粮食仓储保管合同　农副产品购销协议
!m 文档驿站 wendangyizhan.cn
""",
        body="""
甲方（购货方）：××粮油购销有限公司
乙方（供货方）：××麻纺制品厂
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，签订本合同。
第一条　产品名称、规格及数量：黄麻麻袋，规格＿＿厘米×＿＿厘米，单条重量不低于＿＿克，数量＿＿条。
第二条　单价及总价：每条＿＿元，合计人民币＿＿元（大写：＿＿＿＿）。
第三条　质量要求：麻袋无破洞、无霉变、无异味，缝口牢固，含水率不高于14%。
第四条　交货时间及地点：乙方于＿＿年＿＿月＿＿日前将货物送至甲方指定仓库。
第五条　验收：甲方收货后3日内按第三条抽检，不合格的由乙方负责调换。
第六条　违约责任：逾期交货的，每逾期一日按合同总价的0.5%支付违约金。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-jiyang-notice-bunting-attachment",
        site="洎阳教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyedu.jiyang.gov.cn/tzgg/2024/0905/2671.html",
        title="关于规范中小学运动会彩旗使用管理的通知",
        record_title="关于规范中小学运动会彩旗使用管理的通知 — 洎阳教育网·局发通知",
        date="2024-09-03",
        date_also=["2024-09-05"],
        notes="education bureau: senior/screen-reader links, an attachment download link beside the notice's 附件 line, "
        "its contact and mailbox beside a technical-support line; site date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范中小学运动会彩旗使用管理的通知 — 洎阳教育网·局发通知</title>
<link rel="stylesheet" href="/css/edu.css">
<script src="/js/visit.js"></script>
</head>
<body>
<div class="edu-top">⟦m 洎阳县教育局主办⟧ <a>⟦a 关怀版⟧</a> <a>⟦a 语音读屏⟧</a></div>
<div class="edu-banner">⟦m 洎阳教育网 · 办人民满意的教育⟧</div>
<ul class="edu-nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 校园风采⟧</li></ul>
<div class="edu-pos">⟦m 现在位置：洎阳教育网 &gt; 通知公告⟧</div>
<div class="edu-article">
<h3>{T}</h3>
<p class="edu-info">⟦m 发布日期：2024-09-05　来源：体卫艺股　点击数：1306⟧</p>
<div class="edu-text">
{BODY}
</div>
<p class="edu-attach">⟦a 附件下载：运动会彩旗采购使用情况登记表.xlsx⟧</p>
<p class="edu-tool">⟦a 【打印本文】【关闭窗口】⟧</p>
</div>
<div class="edu-side"><h4>⟦l 最新通知⟧</h4><ul><li>⟦l 关于做好秋季学期开学安全检查的通知⟧</li><li>⟦l 2024年洎阳县教师资格认定公告⟧</li></ul></div>
<div class="edu-foot">
<p>⟦m 洎阳县教育局　地址：洎阳县文昌路16号⟧</p>
<p>⟦m 网站技术支持：0857-3320958⟧</p>
<p>⟦m 黔ICP备13002874号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校、幼儿园：
秋季运动会即将陆续举行。近期有家长反映，个别学校运动会使用的彩旗存在异味重、掉色严重等问题。为保障师生健康安全，现就规范运动会彩旗使用管理通知如下：
一、各校采购彩旗须选择正规厂家，索取产品合格证和甲醛含量检测报告，不得采购“三无”产品。
二、彩旗旗杆一律使用塑料或竹制圆头杆，严禁使用金属尖头杆，入场式结束后由班主任统一收回。
三、运动会结束后，各校要将可重复使用的彩旗清洗晾干、登记入库，减少浪费。
请各校于9月20日前填写附件，报县教育局体卫艺股。
联系人：乔蔓，电话：0857-3326419，邮箱：jytwy@126.com。
附件：中小学运动会彩旗采购使用情况登记表
洎阳县教育局
2024年9月3日
""",
    ),
    dict(
        slug="edu-souhu-plan-sack-race-decimal",
        site="薮湖教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.shjyxx.edu.cn/xxgk/hdfa/20241016/1520.html",
        title="薮湖区中小学劳动教育“麻袋跳”趣味运动会活动方案",
        record_title="【五育并举·劳动篇】薮湖区中小学劳动教育“麻袋跳”趣味运动会活动方案_薮湖教育信息网",
        date="2024-10-15",
        date_also=["2024-10-16"],
        notes="decimal headings 1.1–3.2; a plan's date under the signature, the site's entry date also accepted; "
        "site chrome with a read-aloud row",
        page="""
!m 薮湖教育信息网
!m 您所在的位置：首页 → 信息公开 → 活动方案
{T}
!m 作者：区教育局体卫科　　录入时间：2024-10-16　　浏览：538
!a 〔朗读〕〔字体：大｜中｜小〕〔收藏〕
{BODY}
!l 上一篇：薮湖区第十二届中小学生田径运动会秩序册
!l 下一篇：关于开展“劳动周”主题教育活动的通知
!m 版权所有：栩城市薮湖区教育局　技术维护：区教育信息中心
""",
        body="""
为落实劳动教育和体育课程要求，丰富学生课余生活，区教育局决定于11月举办中小学“麻袋跳”趣味运动会，特制定本方案。
1.活动安排
1.1 时间：2024年11月8日（星期五）上午。
1.2 地点：薮湖区实验小学田径场。
1.3 参加对象：各校三至六年级学生代表队，每队12人。
2.比赛规则
2.1 个人赛：选手双脚套入麻袋，双手提袋口，从起点跳至30米终点，用时少者名次列前。
2.2 接力赛：每队6人，每人跳25米后交接麻袋，中途麻袋脱落须回到脱落处重新套好。
3.安全保障
3.1 比赛用麻袋由承办学校统一清洗消毒，袋口边缘包布防划伤。
3.2 跑道两侧铺设软垫，校医全程在场。
栩城市薮湖区教育局
2024年10月15日
""",
    ),
    dict(
        slug="oa-huangshui-pilot-minutes-rope-ladders",
        site="潢水港引航站协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hsyh.local/doc/view?id=20240624-0093",
        title="关于引航员软梯（绳梯）安全检查工作的专题会议纪要",
        record_title="〔专项纪要〕关于引航员软梯（绳梯）安全检查工作的专题会议纪要 - 潢水港引航站协同办公",
        date="2024-06-21",
        date_also=["2024-06-24"],
        notes="OA document view: 流转记录, read count, an 'archive after reading' button; the minutes' 时间/地点/主持/参会/"
        "记录 lines stay in the body and the 时间 line gives the date; the registration date is also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔专项纪要〕关于引航员软梯（绳梯）安全检查工作的专题会议纪要 - 潢水港引航站协同办公</title>
<link rel="stylesheet" href="/oa/theme/blue/doc.css">
<script src="/oa/js/doc-view.js"></script>
</head>
<body>
<div class="oa-head">⟦m 潢水港引航站协同办公平台⟧ <span>⟦m 当前用户：蒲晓东（调度室）⟧</span> <a>⟦a 安全退出⟧</a></div>
<div class="oa-menu">⟦m 待办事宜　已办事宜　公文查阅　会议管理　通讯录⟧</div>
<div class="oa-doc">
<table class="oa-doc-head">
<tr><td>⟦m 文档类别：会议纪要⟧</td><td>⟦m 保密等级：内部使用⟧</td></tr>
<tr><td>⟦m 拟稿部门：安全科⟧</td><td>⟦m 登记时间：2024-06-24 10:12⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-btns"><button>⟦a 阅毕归档⟧</button> <button>⟦a 转交他人⟧</button> <button>⟦a 导出正文⟧</button></div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 邢小雨　拟稿　06-21 17:40⟧</p>
<p>⟦l 阙海平　签发　06-24 09:55⟧</p>
<p>⟦l 已读 37 人 / 未读 4 人⟧</p>
</div>
</div>
<div class="oa-foot">⟦m 信息中心维护　内网分机：8016⟧</div>
</body>
</html>
""",
        body="""
时间：2024年6月21日下午3:00
地点：引航站三楼会议室
主持：阙海平（站长）
参会：郁文涛、蒲晓东、柏青、龚建华及各引航班组长
记录：邢小雨
会议专题研究引航员软梯（绳梯）安全检查工作，议定事项如下：
一、上半年共登轮引航1286艘次，发现船方软梯踏板破损、边绳磨损等问题23起，均已要求船方更换后登轮。
二、自7月1日起，引航员登轮前须按检查表逐项核对软梯，发现不合格的一律拒绝登轮并报告调度。
三、安全科负责编制软梯检查图册，7月10日前发放到各班组。
四、每季度组织一次夜间登轮演练。
""",
    ),
    dict(
        slug="intranet-qishan-rules-rope-ladders-articles",
        site="玘山园林绿化集团内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://portal.qsyl.intra/zhidu/anquan/0317.html",
        title="高处修剪作业绳梯使用管理规定",
        record_title="【班组必读】高处修剪作业绳梯使用管理规定（第二版）",
        date=None,
        notes="a rule of 第N条 articles that speak of 扫码 and 打印 as content; no date (only an effective clause); "
        "intranet chrome with a read receipt and the IT desk's extension",
        page="""
!m 玘山园林绿化集团 · 员工门户
!m 制度中心 ＞ 安全生产类 ＞ 正文
!t 【班组必读】高处修剪作业绳梯使用管理规定（第二版）
!m 发布部门：安全管理部　｜　修订：第二版　｜　已阅 212 人
!a 【确认已学习】　【导出PDF】
{BODY}
!l 本类其他制度：油锯作业安全操作规程　／　高温季节户外作业管理办法
!m IT服务台分机：6600　　门户问题反馈：it@qsyl.intra
""",
        body="""
第一条　为规范高处修剪作业中绳梯的使用，防止高处坠落事故，制定本规定。
第二条　本规定适用于集团所属各养护项目部。
第三条　绳梯由项目部统一采购、编号管理，每副绳梯挂有二维码标牌，领用、归还时须扫码登记。
第四条　绳梯使用前，作业人员应检查边绳、踏板和挂钩，发现断股、开裂、变形的，禁止使用。
第五条　绳梯使用满两年或经受过一次坠落冲击的，一律报废。
第六条　项目部每月打印绳梯检查台账，由安全员签字后存档。
第七条　本规定由集团安全管理部负责解释，自印发之日起施行。
""",
    ),
]
