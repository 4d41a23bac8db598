"""holdout344, part B: blogs, WeChat mirrors, document-sharing pages, education portals,
enterprise intranets and Q&A sites. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-yesuan-dish-brush-essay-bracket-time",
        site="野蒜的厨房日志 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://yesuan.blog/archives/418/",
        title="洗碗刷该换了",
        record_title="厨房絮语｜洗碗刷该换了 - 野蒜的厨房日志",
        date="2024-02-26",
        notes="Typecho-like blog: bracketed post time (the page's date), tag cloud, archive, calendar, comment "
        "form; a 'previous post' link glued after a sentence and a tip-jar line between paragraphs",
        page="""
<!DOCTYPE HTML>
<html>
<head><meta charset="UTF-8"><title>厨房絮语｜洗碗刷该换了 - 野蒜的厨房日志</title>
<link rel="stylesheet" href="/usr/themes/ysoup/style.css">
</head>
<body>
<header id="header"><a id="logo" href="/">⟦m 野蒜的厨房日志⟧</a><p class="description">⟦m 油盐酱醋之外，也记点闲话⟧</p>
<nav>⟦m 首页　关于我　留言板　RSS⟧</nav></header>
<div id="main">
<article class="post">
<h2 class="post-title">⟦t 厨房絮语｜洗碗刷该换了⟧</h2>
<div class="post-meta">⟦m [2024-02-26 20:13]　分类：厨房絮语　阅读 316　评论 9⟧</div>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：洗碗刷, 厨房, 过日子⟧</p>
</article>
<div id="comments">
<h3>⟦l 9 条评论⟧</h3>
<ol><li>⟦l 阿枣：我家也是，硅胶的好用，就是刷不了锅底⟧</li><li>⟦l 南窗：挂起来晾干这个太重要了⟧</li></ol>
<form>⟦a 称呼　邮箱　网址（选填）　提交评论⟧</form>
</div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 腌菜 米酒 刀工 洗碗刷 收纳 年夜饭⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年2月（4）⟧</li><li>⟦l 2024年1月（6）⟧</li><li>⟦l 2023年12月（5）⟧</li></ul></section>
<section><h3>⟦l 本月日历⟧</h3><p>⟦l 一 二 三 四 五 六 日⟧</p></section>
</aside>
<footer id="footer">⟦m © 2024 野蒜的厨房日志 · 由 Typecho 强力驱动 · 主题 ySoup⟧</footer>
</body>
</html>
""",
        body="""
周末收拾水池，才发现那把用了快半年的洗碗刷已经不成样子：刷毛朝四面八方炸开，根部一圈发黑，手柄和刷头的缝里还卡着不知道哪天的饭粒。
我一向是个“能用就用”的人，洗碗刷从来没有定期换过。直到上个月看了一篇科普，说厨房里细菌最多的往往不是马桶圈，而是洗碗的海绵和刷子，才开始有点坐不住。
⟦a 如果这篇对你有用，可以请我喝杯豆浆 ☕⟧
于是给自己定了三条规矩。第一，洗碗刷只刷碗盘，锅底和灶台另用一把。第二，每次用完冲干净，挂在水龙头旁边晾着，不再泡在盆里。第三，每个月的第一个周末换一次，旧的剪掉刷毛当垃圾分好类。⟦l 上一篇：腊月里腌的那坛雪里蕻⟧
新刷子买的是木柄剑麻的，刷毛硬一点，去油倒是利落。换完以后，水池边好像都清爽了一些。过日子就是这样，小东西换得勤一点，心里也踏实一点。
""",
    ),
    dict(
        slug="blog-yanjiao-umbrella-bag-machine-wrapped",
        site="檐角听雨的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://blog.tingyu-yanjiao.net/post/20240611.html",
        title="雨天商场门口的那台伞套机",
        record_title="雨天商场门口的那台伞套机 - 雨季手记 - 檐角听雨的博客",
        date=None,
        notes="blog text hard-wrapped at 60 columns; posted '3 天前' (no date); views, category and tags at the "
        "top, a reward line and comments after the post",
        page="""
!m 檐角听雨的博客
!m 慢慢走，慢慢看
!m 首页 / 随笔 / 雨天商场门口的那台伞套机
{T}
!m 发布于 3 天前 · 分类：随笔 · 围观 211 次
{BODY}
!a 写得还行？点这里打赏一块钱，支持继续码字
!l 标签：雨天　伞套机　小事
!l « 前一篇　楼下修鞋摊的老陈
!l 后一篇 »　六月的栀子
!l 评论（2）
!l 小鹿：我们单位门口也有，卡袋卡得想砸了它
!l 檐角听雨 回复 小鹿：哈哈，耐心点
!m 檐角听雨的博客 · 自 2016 年起
""",
        indent="    ",
        wrap=60,
        body="""
入梅以后，下班路上要穿过一家商场。商场门口放着一台半人高的伞套机，把湿伞往里一插、一拉，伞身上就套好了一只细长的塑料袋。
这台机器我观察了好些天。雨大的时候，门口排起小队，大家插伞、拉伞，动作整齐得像在过安检。有人进门没走几步就把伞套撕下来，团成一团塞进垃圾桶；也有人一直套着走到地下停车场，再仔细叠好放进包里。
保洁阿姨告诉我，下雨天光门口这一个垃圾桶，就能收满两大袋伞套。她说以前没有这机器的时候，门口地砖一天要拖十几遍，现在少拖了，可垃圾多了。
我没法说这台机器是好是坏。它挡住了积水，也制造了垃圾。后来我在包里放了一只旧的布伞套，插伞的时候自己套上，出门再摘下来。这点小事改变不了什么，只是让我在排队的时候，心里稍微舒服一点。
""",
    ),
    dict(
        slug="wechat-mirror-rinse-cup-hospital-missing",
        site="号文收藏阁 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.hwshoucang.com/a/yckqyy/20241021/0193.html",
        title="漱口杯多久换一次？口腔科医生提醒这几件事",
        record_title=None,
        date="2024-10-21",
        notes="WeChat mirror: 原创 tag, account line with date (the page's date), a star prompt glued before the "
        "first line, an in-article service-account card between paragraphs, 阅读原文/在看/赞赏 rows and the "
        "mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>漱口杯多久换一次？口腔科医生提醒这几件事 - 咏川市口腔医院 - 号文收藏阁</title>
<meta name="viewport" content="width=device-width">
</head>
<body>
<div class="gzh-top">⟦m 号文收藏阁｜收录公众号文章，方便检索回看⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　咏川口腔　咏川市口腔医院　2024-10-21 17:30　发表于咏川⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="wx-bottom">
<p>⟦a 阅读原文⟧</p>
<p>⟦a 喜欢此内容的人还喜欢　｜　在看 41　｜　赞 128⟧</p>
<p>⟦a 作者已设置赞赏，感谢支持⟧</p>
<p>⟦a 长按识别二维码，关注“咏川口腔”⟧</p>
</div>
</div>
<div class="gzh-note">⟦d 本页为公众号文章存档副本，版权归原公众号所有，如需删除请联系 shoucang@hwshoucang.com⟧</div>
<div class="gzh-more"><h4>⟦l 该公众号的其他文章⟧</h4><ul><li>⟦l 牙刷头多久换？别等“开花”⟧</li><li>⟦l 孩子换牙期，这三件事家长要知道⟧</li></ul></div>
<footer>⟦m 号文收藏阁 hwshoucang.com　京ICP备21044187号⟧</footer>
</body>
</html>
""",
        p_html='<section style="margin-bottom:16px;"><p style="font-size:15px;line-height:1.75;">{}</p></section>',
        body="""
⟦a 点上方蓝色“咏川口腔”，设为★星标，不错过每一篇⟧不少人每天认真刷牙，却很少留意手边的漱口杯。口腔科门诊里，常有患者问：漱口杯需要换吗？多久换一次？今天就来说一说。
第一，漱口杯要保持干燥。漱口杯长期倒扣在潮湿的洗手台上，杯底容易积水，滋生霉斑和细菌。用完后冲洗干净，倒放在通风的杯架上晾干。
第二，定期清洗消毒。建议每周用热水烫洗一次漱口杯，杯底有水垢或黏腻感时，可以用小苏打水浸泡后刷洗。
⟦a 关注“咏川口腔”服务号，在线预约口腔检查⟧
第三，该换就换。塑料漱口杯出现划痕、变色或异味时应及时更换，一般半年左右换一次比较合适；家里有人患牙周炎或感冒时，漱口杯最好分开使用。
最后提醒：一家人的漱口杯不要混用，可以选不同颜色区分。小小一只杯子，也关系着全家人的口腔健康。
""",
    ),
    dict(
        slug="wechat-text-pledge-cutlery-box-organs",
        site="推文拾存 (invented WeChat mirror, text view)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://twscun.net/s/hu-jgsw/2024-09-02/61805",
        title="自带餐具盒，光盘不浪费——致全区机关干部职工的倡议书",
        record_title="自带餐具盒，光盘不浪费——致全区机关干部职工的倡议书｜汪湖机关后勤（公众号转录）",
        date="2024-08-30",
        date_also=["2024-09-02"],
        notes="WeChat mirror as text: the account line's date differs from the 成文日期 under the signature; a "
        "forward-to-the-group prompt glued after a sentence; 在看/分享 rows and the mirror's note",
        page="""
!m 推文拾存 · 公众号文章文字版
!t 自带餐具盒，光盘不浪费——致全区机关干部职工的倡议书
!m 汪湖机关后勤　2024-09-02
!m 阅读 2306
{BODY}
!a ↓↓ 点个“在看”，让更多同事看到 ↓↓
!a 分享　收藏　在看
!d 本文由推文拾存自动抓取，仅保存文字，图片与排版以原文为准
!l 往期回顾：机关食堂“小份菜”上线啦
!l 往期回顾：区直机关开展节水周活动
""",
        indent="\u3000\u3000",
        body="""
全区机关干部职工：
节约粮食、减少一次性用品，是每个机关干部应有的自觉。近期，区机关食堂对就餐情况进行了统计，每天打包使用的一次性餐盒超过300个，剩菜剩饭约40公斤。为此，我们向全区机关干部职工发出如下倡议：
一、自带餐具盒。打包饭菜请自带可重复使用的餐具盒，食堂不再免费提供一次性餐盒。
二、按需取餐。吃多少打多少，不够再添，做到光盘离席。⟦a 转发到工作群，一起光盘⟧
三、爱护公共餐具。用餐后将餐具分类放入回收处，不随意带走食堂餐具。
四、带头示范。各单位主要负责同志要带头践行，并带动家人和身边群众养成节约习惯。
让我们从一只餐具盒做起，把节约变成习惯。
汪湖区机关事务管理局
2024年8月30日
""",
    ),
    dict(
        slug="docshare-xiangdang-contract-tape-dispenser-docx",
        site="享档网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.xiangdang.net/doc/5521908417.html",
        title="胶带座采购合同（范本）",
        record_title="胶带座采购合同（范本）.docx",
        date=None,
        notes="sharing page: file-info box, a points lock, an upload notice and a service WeChat; a contract "
        "template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日 (no date); 第N条 articles",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>胶带座采购合同（范本）.docx-享档网</title></head>
<body>
<div class="xd-head"><a href="/">⟦m 享档网⟧</a><span>⟦m 好文档，大家享⟧</span><a>⟦a 上传赚积分⟧</a></div>
<div class="xd-crumb">⟦m 享档网 ▸ 合同协议 ▸ 采购合同⟧</div>
<div class="xd-info">
<h1>{T}</h1>
<table><tr><td>⟦m 类型 · DOCX⟧</td><td>⟦m 大小：26.4KB⟧</td><td>⟦m 页数：3⟧</td></tr>
<tr><td>⟦m 分享者：荷塘办公⟧</td><td>⟦m 分享时间：2024-11-26⟧</td><td>⟦m 下载次数：413⟧</td></tr></table>
</div>
<div class="xd-preview">
{BODY}
</div>
<div class="xd-lock">⟦a 签到满7天可获15积分，积分够了就能下载整份⟧</div>
<div class="xd-btns"><a>⟦a 下载此合同（需5积分）⟧</a>　<a>⟦a 举报⟧</a></div>
<div class="xd-upload">⟦d 本文件由网友分享，享档网不保证其适用性，使用前请咨询专业人士⟧</div>
<div class="xd-kefu">⟦w 下载遇到问题？加客服微信 xiangdang_kf02⟧</div>
<ul class="xd-rel"><li>⟦l 办公用品采购合同通用模板⟧</li><li>⟦l 文具批量采购框架协议⟧</li></ul>
<div class="xd-foot">⟦m 享档网　xiangdang.net　鲁ICP备22019463号-1⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方向乙方采购胶带座事宜订立本合同。
第一条　产品名称、型号与数量：××牌××型胶带座，数量＿＿台，单价＿＿元，合同总价＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　质量要求：胶带座底座应平稳防滑，切刀须加装防护盖，适用胶带宽度不小于××毫米；产品须附合格证。
第三条　交货时间与地点：乙方应于合同签订后＿＿日内将货物送至甲方指定地点＿＿＿＿＿＿。
第四条　验收：甲方收货后＿＿日内完成验收，发现质量问题的，乙方应在＿＿日内免费更换。
第五条　付款方式：验收合格后＿＿日内，甲方一次性支付全部货款。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-yunye-rules-dish-brush-colours-doc",
        site="云页共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.yunyegx.com/d/7710384.html",
        title="食堂洗碗间洗碗刷分色管理制度",
        record_title="食堂洗碗间洗碗刷分色管理制度.doc",
        date=None,
        notes="sharing page as text: file name as the record's title; 第N条 articles with an effective clause "
        "only (no date); a share stamp is no date; a free-preview line between articles",
        page="""
!m 云页共享 — 资料随手分享
!m 位置：首页 » 管理制度 » 后勤餐饮
!t 食堂洗碗间洗碗刷分色管理制度.doc
!m 分享于 2024-12-03　｜　大小 31KB　｜　浏览 620　｜　好评率 96%
{BODY}
!a 下载原文件（.doc）　　　转存到我的云页
!d 声明：本资料来源于用户分享，版权归原作者，本站不承担由此产生的任何责任
!l 相关资料：食堂从业人员晨检制度　／　餐用具清洗消毒规程　／　后厨“六T”管理手册
!m yunyegx.com　粤ICP备21007736号
""",
        indent="\u3000\u3000",
        body="""
第一条　为防止洗碗间生熟交叉污染，规范洗碗刷的使用和管理，根据食品安全有关规定，结合本食堂实际，制定本制度。
第二条　洗碗间洗碗刷按用途分为三种颜色：红色用于清洗生食容器和砧板，绿色用于清洗熟食餐具，蓝色用于清洗水池、台面和地面。
第三条　不同颜色的洗碗刷应分别挂放在对应标识的挂钩上，严禁混用、混放。
⟦a 免费预览已结束，后面还有2条⟧
第四条　洗碗刷每班使用后应冲洗干净、挂起沥干；每日收工前用含氯消毒液浸泡消毒后晾干。
第五条　洗碗刷出现刷毛脱落、变形、发黑等情况的，应立即更换；正常情况下每月统一更换一次，由保管员登记更换日期。
第六条　本制度由食堂管理员负责监督执行，自印发之日起施行。
""",
    ),
    dict(
        slug="edu-wanghu-notice-rinse-cups-kindergarten",
        site="咏川市汪湖区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.wanghu.gov.cn/tzgg/2024/0905/4417.html",
        title="汪湖区教育局关于做好幼儿园幼儿漱口杯“一人一杯”管理工作的通知",
        record_title="汪湖区教育局关于做好幼儿园幼儿漱口杯“一人一杯”管理工作的通知_保教通知_汪湖教育",
        date="2024-09-03",
        date_also=["2024-09-05"],
        notes="education portal: 老年版/辅助浏览 links, attachment download links beside the body's 附件 list, "
        "the notice's own contact and mailbox beside the site's technical-support line; a sign-up sentence "
        "about scanning a code kept",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>汪湖区教育局关于做好幼儿园幼儿漱口杯“一人一杯”管理工作的通知_保教通知_汪湖教育</title></head>
<body>
<div class="jy-top">⟦a <a>老年版</a>｜<a>辅助浏览</a>｜<a>邮箱登录</a>⟧</div>
<div class="jy-logo">⟦m 汪湖教育 · 咏川市汪湖区教育局⟧</div>
<ul class="jy-nav"><li>⟦m 机构概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 下载专区⟧</li></ul>
<div class="jy-pos">⟦m 所在位置：汪湖教育 ＞＞ 通知公告⟧</div>
<h2 class="jy-title">{T}</h2>
<div class="jy-info">⟦m 发布人：学前教育科　发布时间：2024-09-05 15:02　点击数：2741⟧</div>
<div class="jy-text">
{BODY}
</div>
<div class="jy-files">
<p>⟦a ⤓ 幼儿漱口杯管理记录表.docx⟧</p>
<p>⟦a ⤓ 各园自查情况统计表.xlsx⟧</p>
</div>
<div class="jy-foot">
<p>⟦m 咏川市汪湖区教育局 版权所有⟧</p>
<p>⟦m 技术支持：汪湖区教育信息中心　电话：0739-5230919⟧</p>
<p>⟦m 赣ICP备08020163号-2⟧</p>
</div>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
各公办、民办幼儿园：
秋季开学以来，部分幼儿园存在幼儿漱口杯混放、标识不清、清洗消毒不及时等问题。为预防幼儿园传染性疾病传播，保障幼儿健康，现就做好幼儿漱口杯管理有关事项通知如下：
一、一人一杯。每名幼儿配备专用漱口杯，杯身和杯架统一贴好幼儿姓名或照片标识，严禁混用。
二、每日消毒。漱口杯每日清洗后集中消毒，消毒后倒扣放置在通风的专用杯架上，杯架每周清洁一次。
三、做好记录。各园要建立漱口杯管理记录，由保健医生每周检查一次。家长可扫描幼儿园公众号二维码，查看本班漱口杯消毒公示情况。
四、各园于9月20日前完成自查，填写自查情况统计表报送学前教育科。
联系人：冉小芸，电话：0739-5230627，邮箱：xqjyk_wh@163.com。
附件：1．幼儿漱口杯管理记录表
2．各园自查情况统计表
咏川市汪湖区教育局
2024年9月3日
""",
    ),
    dict(
        slug="edu-ranxi-plan-cutlery-box-decimal-headings",
        site="冉溪县教育体育局网站 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.rxjtj.cn/xxdt/202410/11283.html",
        title="冉溪县实验小学“自带餐具盒·光盘我先行”活动实施方案",
        record_title="冉溪县实验小学“自带餐具盒·光盘我先行”活动实施方案（附班级评比表）- 学校风采 - 冉溪教体",
        date="2024-10-08",
        notes="education portal as text: decimal headings 1 / 1.1 / 1.2; a school activity plan dated under its "
        "signature; a scan-to-read line and an attachment-download line at the foot",
        page="""
!m 冉溪教体 · 冉溪县教育体育局
!m 当前位置：首页 ⇢ 校园动态
!t 冉溪县实验小学“自带餐具盒·光盘我先行”活动实施方案（附班级评比表）
!m 来源：县实验小学　　作者：德育处　　浏览：733
{BODY}
!a 手机扫码，随时随地看本文
!a 附件：评比细则.doc（点击下载）
!l 上一篇：县第二中学开展秋季运动会
!l 下一篇：冉溪县教体局召开中小学食堂管理工作会
!m 冉溪县教育体育局主办　地址：冉溪县城关镇文昌路16号
""",
        indent="\u3000\u3000",
        body="""
为培养学生勤俭节约的良好习惯，减少一次性餐盒使用，学校决定在全校开展“自带餐具盒·光盘我先行”活动，特制定本方案。
1　活动时间
2024年10月10日至12月31日。
2　活动内容
2.1　自带餐具盒。学生在校午餐打包或带回家的饭菜，一律使用自带的可重复使用餐具盒，学校不再提供一次性餐盒。
2.2　光盘打卡。各班设“光盘记录员”，每天记录本班光盘人数，每周五公布。
2.3　家校共育。通过家长会、班级群发动家长参与，帮助孩子准备安全、易清洗的餐具盒。
3　评比办法
3.1　每月评选“光盘示范班”4个，学期末评选“节约小标兵”若干名。
3.2　评比结果纳入班级量化考核。
4　工作要求
各班主任要认真组织，确保活动取得实效。
冉溪县实验小学德育处
2024年10月8日
""",
    ),
    dict(
        slug="oa-fengda-minutes-tape-dispenser-workshop",
        site="丰达包装协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.fengdapack.local/doc/view?id=202411050037",
        title="包装车间胶带座改造专题会议纪要",
        date="2024-11-05",
        notes="OA document view: 流转记录, read counts, archive/forward buttons; the 时间/地点/主持/参会/记录 lines "
        "of the minutes and a vote count kept; the 时间 line is the date; title as in the record",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>包装车间胶带座改造专题会议纪要</title></head>
<body>
<div class="oa-top">⟦m 丰达包装 · 协同办公平台⟧　⟦m 当前用户：质检部 冉青⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办　已办　公文　会议　知识库　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-bar"><a>⟦a 归档⟧</a> <a>⟦a 转送他人⟧</a> <a>⟦a 打印正文⟧</a></div>
<h2>{T}</h2>
<div class="oa-meta">⟦m 发文部门：生产管理部　密级：内部　已读 46 人 / 未读 3 人⟧</div>
<div class="oa-content">
{BODY}
</div>
<div class="oa-flow">
<h4>⟦l 流转记录⟧</h4>
<p>⟦l 生产管理部 汪建平 起草 → 分管副总 柯明 审核 → 行政部 登记下发⟧</p>
</div>
</div>
<div class="oa-foot">⟦m 丰达包装信息中心维护　内线 8031⟧</div>
</body>
</html>
""",
        body="""
时间：2024年11月5日下午2:30
地点：公司二楼第一会议室
主持：柯明（分管副总经理）
参会：生产管理部、设备部、质检部、采购部负责人及包装车间班组长
记录：汪雪
会议听取了包装车间关于胶带座使用情况的汇报。车间现有手动胶带座24台，其中9台切刀磨损严重，封箱时胶带断口不齐，上月因封箱不牢导致客户退货2批次。经讨论，会议议定如下事项：
一、同意对包装车间胶带座进行改造，9台磨损严重的更换为带防护盖的金属胶带座，其余15台由设备部统一更换切刀。
二、采购部于11月20日前完成采购，设备部于11月底前完成安装调试。
三、质检部修订封箱作业指导书，增加胶带长度和封箱方式的检查项目。
表决结果：应到8人，实到8人，同意7票，反对0票，弃权1票，议定事项通过。
""",
    ),
    dict(
        slug="oa-text-request-umbrella-bag-machines-office",
        site="轩岭农商银行内网 (invented intranet, text view)",
        style="企业内网",
        genre="请示",
        kind="other",
        form="text",
        source="http://portal.xlrcb.intra/gongwen/20240514-071.txt",
        title="行政部关于雨季在办公楼各入口配置雨伞套机的请示",
        record_title="【待批】行政部关于雨季在办公楼各入口配置雨伞套机的请示（呈分管行领导）",
        date="2024-05-14",
        notes="intranet 请示 as text: the request's own 联系人/内线 beside the IT service desk line; an "
        "'approve online' prompt between paragraphs; a 妥否 closing line; approval-flow lines after it",
        page="""
!m 轩岭农商银行 内部门户
!m 公文处理 > 待批事项
!t 【待批】行政部关于雨季在办公楼各入口配置雨伞套机的请示（呈分管行领导）
!m 拟稿部门：行政部　｜　办理状态：待审批　｜　已阅 6 人
{BODY}
!l 审批意见栏：（分管行领导尚未签批）
!a 〔同意〕　〔退回修改〕　〔转办〕
!m IT服务台：内线 6600（系统故障报修）
!m 本页面仅限行内网络访问
""",
        indent="\u3000\u3000",
        body="""
分管行领导：
入汛以来降雨频繁，总行办公楼大厅入口地面湿滑，上周已发生一起员工滑倒受伤的情况。为保障员工和来访客户安全，行政部拟在办公楼各入口配置雨伞套机，现将有关事项请示如下：
一、在办公楼正门、东侧门和地下车库电梯厅各安装雨伞套机1台，同时配置滴水伞架，伞套机旁放置回收箱。
⟦a 审批人可在手机端一键签批⟧
二、所需费用约1.1万元（含伞套机3台、可降解伞套6000只、滴水伞架3个），从本年度办公费中列支。
三、伞套机安装后由物业公司负责日常补袋和维护。
妥否，请批示。
联系人：行政部　汪敏，内线：6213。
行政部
2024年5月14日
""",
    ),
    dict(
        slug="qa-wenlin-umbrella-bag-bin-question-missing",
        site="问邻里 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenlinli.com/q/30871562",
        title="雨伞套用完应该扔进哪个垃圾桶？",
        record_title=None,
        date=None,
        notes="Q&A page: the question is the title (missing from the record); an adopted-answer badge, a vote "
        "bar, relative times (no date) and more answers; a 'report' link glued after the answer's last sentence",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>雨伞套用完应该扔进哪个垃圾桶？_问邻里</title></head>
<body>
<div class="wl-head">⟦m 问邻里 · 生活里的问题，邻里帮你答⟧　<a>⟦a 我要提问⟧</a></div>
<div class="wl-crumb">⟦m 问邻里 › 生活 › 垃圾分类⟧</div>
<div class="wl-q">
<h1>{T}</h1>
<p class="wl-qdesc">⟦l 提问者补充：小区刚开始分类，商场门口拿的塑料伞套不知道算哪一类。⟧</p>
<p class="wl-qmeta">⟦m 匿名用户　提问于 4 天前　浏览 2086⟧</p>
</div>
<div class="wl-best">
<div class="wl-badge">⟦m ✔ 提问者采纳⟧</div>
<div class="wl-user">⟦m 绿色回收站小周　回答于 4 天前　｜　环保话题优质答主⟧</div>
<div class="wl-ans">
{BODY}
</div>
<div class="wl-vote">⟦a 有帮助 267　｜　没帮助 4　｜　评论 12⟧</div>
</div>
<div class="wl-more">
<h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 柚子妈妈：干净的可以攒着，下雨天再用⟧</p>
<p>⟦l 路人甲：我们小区直接扔其他垃圾⟧</p>
</div>
<div class="wl-foot">⟦m 问邻里 wenlinli.com　沪ICP备19033057号⟧</div>
</body>
</html>
""",
        body="""
这个问题要分情况看，主要看伞套干不干净、本地是怎么分类的。
商场门口伞套机里的伞套，大多是聚乙烯薄膜做的，和超市装菜的保鲜袋是一类材料。如果伞套只是沾了雨水，甩干后是比较干净的塑料薄膜，在开展塑料薄膜回收的城市，可以投入可回收物桶。
如果伞套已经破损、沾了泥沙，或者你所在的小区不单独回收塑料薄膜，就投入其他垃圾桶，不要扔进厨余垃圾。
其实最好的办法是少用：下雨天在包里备一只可重复使用的伞套，或者进门后把伞放在滴水伞架上，能省不少塑料。⟦a 举报这条回答⟧
""",
    ),
    dict(
        slug="qa-jiayou-mouldy-dish-brush-text",
        site="家有问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.jiayouwenda.com/question/884102.html",
        title="洗碗刷发黑发霉了还能用吗？多久换一次合适？",
        record_title="洗碗刷发黑发霉了还能用吗？多久换一次合适？ - 厨房清洁 - 家有问答",
        date=None,
        notes="Q&A as text: question, answerer line with a relative time (no date), a vote row and a fold "
        "of other answers; a sign-up line between paragraphs of the answer",
        page="""
!m 家有问答　过日子的事儿都能问
!m 全部问题 › 家居 › 厨房清洁
!t 洗碗刷发黑发霉了还能用吗？多久换一次合适？
!l 问题描述：家里的洗碗刷用了三四个月，刷毛根部发黑，用开水烫过也去不掉。
!m 2 个回答　　被浏览 1,537 次
!m 最佳回答　·　厨房小能手阿梅　·　2 天前
{BODY}
!a 赞同 88　　反对　　收藏　　举报
!l 查看全部 2 个回答 ▾
!m 家有问答 jiayouwenda.com　｜　意见反馈
""",
        body="""
刷毛根部发黑，说明已经有霉菌长进去了，开水烫只能杀死表面的一部分，建议直接换掉，不要再用来刷碗。
洗碗刷长期潮湿、沾着油污和食物残渣，是细菌繁殖最快的地方。霉变的刷子再刷碗，等于把霉菌抹到碗上。
⟦a 注册家有问答，领取厨房清洁电子手册⟧
至于多久换一次，可以参考这几点：
1．普通塑料刷毛的洗碗刷，一般一到两个月换一次；
2．刷毛变形、脱落或者有异味的，随时更换；
3．木柄刷子如果手柄发霉开裂，也要整把换掉。
平时用完记得冲净油污，挂起来晾干，别泡在水池里，能用得久一些。
""",
    ),
]
