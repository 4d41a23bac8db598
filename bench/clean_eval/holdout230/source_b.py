"""holdout230, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Every case written by hand; everything in it is invented. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="blog-yanxia-memoir-wooden-handrail",
        site="檐下听雨的博客 (invented, Typecho-like)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://yanxiatingyu.blog/archives/417.html",
        title="父亲钉在楼梯上的那根木扶手",
        record_title="【旧屋手记】父亲钉在楼梯上的那根木扶手 | 檐下听雨的博客",
        date=None,
        notes="a personal blog: tag cloud, archive by month, comment list with relative times and a comment "
        "form; the essay is dated only 写于二〇二三年腊月 and posted 2 天前 (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>【旧屋手记】父亲钉在楼梯上的那根木扶手 | 檐下听雨的博客</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
<script src="/usr/themes/plain/main.js"></script>
</head>
<body>
<header>
<div class="site-title">⟦m 檐下听雨的博客⟧</div>
<div class="site-desc">⟦m 记些旧事，也记些雨声⟧</div>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/jiushi/">⟦m 旧屋手记⟧</a> <a href="/about.html">⟦m 关于我⟧</a> <a href="/links.html">⟦m 友邻⟧</a></nav>
</header>
<main>
<article>
<h2 class="post-title">⟦t 【旧屋手记】父亲钉在楼梯上的那根木扶手⟧</h2>
<div class="post-meta">⟦m 发表于 2 天前 · 分类：旧屋手记 · 阅读 311⟧</div>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：父亲 老屋 楼梯 扶手⟧</p>
<p class="copyright">⟦d 本文为博主原创，转载请先留言打个招呼⟧</p>
</article>
<nav class="post-near"><span>⟦l « 外婆的腌菜坛⟧</span> <span>⟦l 冬至那天的汤圆 »⟧</span></nav>
<section id="comments">
<h3>⟦l 已有 4 条评论⟧</h3>
<ol>
<li>⟦l 阿蛮　2 天前：读到最后眼睛湿了，我爷爷家也有一根这样的扶手。⟧</li>
<li>⟦l 山那边　昨天：“还是这个暖和”，这句太戳人了。⟧</li>
</ol>
<form id="comment-form"><p>⟦l 写下你的评论（昵称必填，邮箱不公开）⟧</p><textarea name="text"></textarea><button>⟦a 提交评论⟧</button></form>
</section>
</main>
<aside>
<h3>⟦l 标签云⟧</h3>
<p>⟦l 老屋 父亲 外婆 节气 读书 缥溪⟧</p>
<h3>⟦l 归档⟧</h3>
<ul><li>⟦l 2024年12月 (3)⟧</li><li>⟦l 2024年11月 (5)⟧</li><li>⟦l 2024年10月 (2)⟧</li></ul>
</aside>
<footer>⟦m © 檐下听雨 · 由 Typecho 驱动 · 主题 Plain⟧</footer>
</body>
</html>
""",
        body="""
老家的楼梯是父亲自己砌的，十三级水泥台阶，又陡又窄。我上小学那年冬天，奶奶下楼时踩空摔了一跤，父亲第二天就去镇上的木器社，扛回来一根杉木条。
他把木条刨得溜光，刷了三遍桐油，用铁码钉在墙上，从一楼一直接到二楼拐角。奶奶扶着它上下楼，再也没有摔过。
后来我到县城上学、工作，家里翻修过两回，父亲始终不让拆那根扶手，说手摸惯了。扶手被磨出一道浅浅的槽，颜色比别处深。
今年秋天父亲腿脚也不灵便了，我请人在另一侧加装了一根不锈钢扶手。他扶着新扶手走了两步，又把手挪回那根旧木条上，笑着说，还是这个暖和。
写于二〇二三年腊月
""",
    ),
    dict(
        slug="blog-anlan-essay-sensor-light-wrapped",
        site="安澜的小站 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://anlan.me/2024/11/lou-dao-deng/",
        title="夜归人和楼道里的感应灯",
        record_title="夜归人和楼道里的感应灯 - 随笔 - 安澜的小站",
        date="2024-11-03",
        notes="a blog post copied as text: hard-wrapped at 54 columns; the byline's 发表于 is the page's date; "
        "a tip-jar line and a comment box under the post",
        page="""
!m 安澜的小站　慢慢写，慢慢活
!m 首页 / 随笔 / 正文
{T}
!m 发表于 2024-11-03 20:15　|　阅读 528　|　评论 6
{BODY}
!a ☕ 觉得写得还行？请我喝杯茶
!l 上一篇：十一月的第一场雨　　下一篇：我家楼下的修鞋摊
!l 评论（6）：写得真好，我家楼道的灯也是今年才换的。
!m 本站文字采用 CC BY-NC 4.0 协议　anlan.me
""",
        indent="\u3000\u3000",
        wrap=54,
        body="""
加班到十一点，回到絜园社区那栋老楼时，单元门口的感应灯“啪”地亮了。
这盏灯是今年夏天换的。以前的声控灯要跺脚、拍手，还常常不灵，我总是摸黑爬到四楼，掏钥匙时再用手机照一下锁孔。
新灯是人体感应的，人一走近就亮，三十秒后自己熄灭。对门的刘阿姨说，她晚上倒垃圾再也不用喊一嗓子了。
我常想，城市里有许多这样不起眼的光。它不问你是谁、几点回家，只要你走近，它就亮一下，照着你上楼。
所以每次经过，我都会在心里跟它打声招呼。
""",
    ),
    dict(
        slug="wechat-piaoxi-hospital-mouldy-curtain-h1",
        site="微存阁 (invented WeChat mirror) of 缥溪县人民医院",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://wx.weiwencundang.com/a/pxxrmyy/20240618/1",
        title="浴帘发霉了别硬洗，这几招更管用",
        record_title=None,
        date="2024-06-18",
        notes="no record title: the mirror's <h1>; a star prompt glued before the first words; 原创 tag and "
        "account line with the date; 阅读原文/在看 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>微存阁</title>
</head>
<body>
<div class="mirror-top">⟦m 微存阁 · 公众号好文备份站⟧　<a href="/search">⟦a 找文章⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">
<span class="original">⟦m 原创⟧</span>
<span>⟦m 龚雯　缥溪县人民医院⟧</span>
<em>⟦m 2024-06-18 07:30　湖南⟧</em>
</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按下方二维码，关注“缥溪县人民医院”⟧</div>
<div class="tool"><a>⟦a 阅读原文⟧</a>　<span>⟦a 赞 64⟧</span>　<span>⟦a 在看 19⟧</span>　<span>⟦a 分享⟧</span></div>
</div>
<div class="mirror-note">⟦d 此页为微存阁自动保存的副本，原文如已删除以本页为准，版权属于原公众号⟧</div>
<div class="mirror-more"><h4>⟦l 该公众号其他文章⟧</h4><p>⟦l 夏季腹泻高发，这些食物先别吃⟧</p><p>⟦l 老人洗澡防跌倒，记住这五条⟧</p></div>
<footer>⟦m weiwencundang.com　浙ICP备22031750号⟧</footer>
<script>var msg_title = "", ct = "1718667000";</script>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方蓝字“缥溪县人民医院”，设为星标第一时间看到我们⟧梅雨季一到，不少家庭卫生间的浴帘下摆长出了黑点点，这其实是霉菌。
皮肤科副主任医师龚雯提醒，浴帘长期潮湿，容易滋生真菌，过敏体质的人接触后，可能出现皮肤瘙痒、打喷嚏等症状。
怎么处理？第一，洗完澡把浴帘拉开展平，打开排风扇，让它尽快干透。第二，发霉面积不大时，可以用稀释的含氯消毒液浸泡二十分钟，再用清水冲净。第三，霉斑已经渗进布里的，建议直接更换，选涤纶防水、带加重底边的浴帘，清洗更方便。
如果接触浴帘后皮肤反复起红疹，请及时到皮肤科就诊。
""",
    ),
    dict(
        slug="wechat-qiyuan-community-barrier-upgrade-qr",
        site="号外存档 (invented WeChat mirror) of 綦园社区居委会",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://haowaicd.cn/mp/qiyuansq/2025/04/23/0417",
        title="关于东门道闸升级期间车辆通行的温馨提示",
        record_title="关于东门道闸升级期间车辆通行的温馨提示 | 綦园社区居委会 · 号外存档",
        date="2025-04-22",
        date_also=["2025-04-23"],
        notes="a WeChat mirror as text: the account line's date differs from the 成文日期 (document's date "
        "expected, the account's also accepted); a sentence asking visitors to scan a code is content; "
        "the property office's 咨询电话 is the notice's own",
        page="""
!m 号外存档｜公众号文章离线备份
{T}
!m 綦园社区居委会　2025-04-23 18:02　湖南
!a 点击蓝字关注，社区消息早知道
{BODY}
!a 阅读原文　　分享　　点赞 32　　在看 8
!l 往期回顾：綦园社区四月志愿服务活动预告
!d 本页内容由号外存档从公开网页抓取保存，著作权归原公众号所有
!m haowaicd.cn
""",
        body="""
各位居民：
为提升小区出入管理水平，綦园社区将于4月25日至27日对东门车辆道闸进行升级改造，改造期间东门暂停车辆通行，行人通道正常开放。
一、改造期间，业主车辆请从北门进出，北门道闸临时改为人工值守抬杆。
二、外来访客车辆请提前扫描北门岗亭旁的“访客登记”二维码，填写车牌号和到访楼栋。
三、升级后东门道闸将启用车牌识别，尚未登记车牌的业主请于4月24日前到物业服务中心登记。
给大家带来的不便，敬请谅解。
咨询电话：0739-8307715（物业服务中心）
綦园社区居民委员会
2025年4月22日
""",
    ),
    dict(
        slug="docshare-xiye-rules-care-home-handrails",
        site="析页网 (invented document-sharing site)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.xiyewang.com/doc/3384019.html",
        title="养老机构扶手安装与维护管理规定",
        record_title="【制度范本】养老机构扶手安装与维护管理规定（可编辑）- 析页网",
        date=None,
        notes="sharing page: upload box with an upload date (no document date), a points lock, a service "
        "WeChat, a rules text with 第N条 articles and only an effective clause",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【制度范本】养老机构扶手安装与维护管理规定（可编辑）- 析页网</title>
<script src="//cdn.xiyewang.com/js/doc.min.js"></script>
</head>
<body>
<div class="hd"><a href="/">⟦m 析页网⟧</a> <span>⟦m 有用的文档都在这⟧</span> <a href="/upload">⟦a 上传赚积分⟧</a> <a href="/login">⟦a 登录丨注册⟧</a></div>
<div class="crumb">⟦m 析页网 › 管理制度 › 养老服务⟧</div>
<div class="doc">
<h1>⟦t 【制度范本】养老机构扶手安装与维护管理规定（可编辑）⟧</h1>
<ul class="doc-info"><li>⟦m 上传时间：2025-01-06⟧</li><li>⟦m 上传者：护理老周⟧</li><li>⟦m 格式：DOCX　2页⟧</li><li>⟦m 积分：5⟧</li></ul>
<div class="doc-text">
{BODY}
</div>
<div class="doc-lock">⟦a 积分不足，无法下载可编辑原文，去赚积分 ›⟧</div>
<div class="doc-btn"><a>⟦a 下载源文件⟧</a> <a>⟦a 收进文件夹⟧</a></div>
</div>
<div class="rel"><h3>⟦l 同类制度范本⟧</h3><ul><li>⟦l 养老院防跌倒管理制度⟧</li><li>⟦l 适老化改造验收标准⟧</li></ul></div>
<div class="kefu">⟦w 文档代找、格式调整请加客服微信：xiye_kf66⟧</div>
<div class="ft">⟦d 析页网所有文档均由网友上传，版权归上传者，若有侵权请联系删除⟧ ⟦m 皖ICP备20017395号⟧</div>
</body>
</html>
""",
        body="""
第一条　为预防老年人跌倒，规范本机构扶手的安装与维护，制定本规定。
第二条　居室卫生间、浴室、走廊、楼梯两侧及公共活动区域应当设置连续扶手。
第三条　扶手安装高度为0.85米至0.90米，扶手末端应向墙面或下方弯曲，不得留有尖锐端头。
第四条　浴室扶手应采用防滑、防锈材质，安装后应能承受不小于1.0千牛的垂直荷载。
第五条　后勤部门每月检查一次扶手牢固情况，发现松动、开裂的，应当在24小时内维修，维修期间设置警示标识。
第六条　护理员发现扶手损坏的，应当立即报告，并记入交接班记录。
第七条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-duowen-contract-towels-blanks-doc",
        site="多闻文档 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.duowendoc.com/p/66128503.html",
        title="浴巾采购合同（范本）",
        record_title="浴巾采购合同（范本）.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders and ＿＿年＿＿月＿＿日 blanks "
        "(no date); an upload stamp with a relative time; a preview-end prompt",
        page="""
!m 多闻文档 — 文档分享与下载平台
!m 文件名：浴巾采购合同（范本）.doc　大小：27KB　页数：2
!m 分享者：布草小管家　上传于 5 天前
!a 在线预览　｜　下载（3积分）　｜　转存
{BODY}
!a 预览到此结束，下载后可完整编辑
!l 相关范本：毛巾采购合同　床上用品供货合同　酒店布草洗涤服务协议
!d 平台文档由用户上传，多闻文档仅提供信息存储空间服务
""",
        body="""
甲方（采购方）：××宾馆有限公司
乙方（供货方）：××纺织品有限公司
第一条　产品名称、规格及数量：纯棉浴巾，规格70厘米×140厘米，克重不低于450克，数量＿＿＿条。
第二条　质量要求：产品应符合国家有关标准，色牢度不低于4级，不得有断纱、跳线和异味。
第三条　交货时间及地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定仓库。
第四条　货款及支付：合同总价为人民币＿＿＿＿元，甲方验收合格后＿＿日内付清。
第五条　验收：甲方每批次按5%比例抽检，不合格批次由乙方负责退换。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-piaoxi-notice-school-sensor-lights",
        site="缥溪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.piaoxi.gov.cn/tzgg/2024/0827/11903.html",
        title="关于开展中小学校楼道感应灯节能改造的通知",
        record_title="关于开展中小学校楼道感应灯节能改造的通知-公告栏-缥溪县教育局",
        date="2024-08-26",
        date_also=["2024-08-27"],
        notes="education portal with 读屏/老年模式 links and an attachment download link; the notice's own "
        "联系人/电话 beside the site's 技术支持 line; asking schools to download the attachment is content; "
        "成文日期 expected, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展中小学校楼道感应灯节能改造的通知-公告栏-缥溪县教育局</title>
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="edu-head">
<span>⟦m 缥溪县教育局⟧</span><span>⟦m 立德树人　办好人民满意的教育⟧</span>
<a href="#">⟦a 读屏⟧</a> <a href="#">⟦a 老年模式⟧</a>
</div>
<ul class="edu-nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 校园风采⟧</li></ul>
<div class="where">⟦m 您的位置：首页 → 通知公告⟧</div>
<div class="news-show">
<h1>{T}</h1>
<p class="info">⟦m 时间：2024-08-27　来源：后勤装备股　点击：733⟧</p>
<div class="news-con">
{BODY}
</div>
<p class="fj"><a href="/uploads/2024/08/gzxqb.xlsx">⟦a 📎 附件下载：楼道感应灯改造需求表.xlsx⟧</a></p>
<p class="pn">⟦l 上一则：关于做好2024年秋季开学校园安全检查的通知⟧</p>
</div>
<div class="edu-foot">
<p>⟦m 主办单位：缥溪县教育局　地址：缥溪县缥岭镇文昌路12号⟧</p>
<p>⟦m 网站技术支持：0736-7720099⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校、幼儿园：
为落实绿色学校创建要求，县教育局决定利用秋季学期，在全县中小学校开展教学楼、宿舍楼楼道感应灯节能改造。现将有关事项通知如下。
一、改造范围：教学楼、学生宿舍楼的楼梯间和走廊，原有常亮灯具一律更换为人体感应LED灯。
二、时间安排：9月15日前完成现状摸底，10月31日前完成改造。
三、安全要求：宿舍楼楼梯间须保留应急照明，感应灯延时不少于60秒，确保学生夜间通行安全。
请各校下载附件填写改造需求表，于9月15日前报县教育局后勤装备股。
联系人：程立，电话：0736-7721508。
附件：楼道感应灯改造需求表
缥溪县教育局
2024年8月26日
""",
    ),
    dict(
        slug="edu-erzhong-pledge-boarders-towels",
        site="缥溪县第二中学 (invented school site)",
        style="教育门户",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.pxez.edu.cn/xsgz/2024/1009/2261.html",
        title="寄宿生个人浴巾勤洗勤晒倡议书",
        date="2024-10-09",
        notes="title from the record; a school site's text page; a numbered list; 成文日期 under the "
        "student union's signature",
        page="""
!m 缥溪县第二中学　厚德　博学　笃行
!m 网站首页 ＞ 学生工作 ＞ 学生会
{T}
!m 作者：校学生会　审核：政教处　浏览：1126
!a 〖放大字体〗〖还原〗〖打印〗
{BODY}
!l 前一篇：第十二届校园艺术节节目征集启事
!l 后一篇：关于寄宿生周末离校登记的说明
!m 缥溪二中　地址：缥岭镇育才路9号　邮编：418600
""",
        body="""
亲爱的住校同学们：
宿舍是我们共同的家。近期，宿管老师在检查中发现，部分宿舍的浴巾长期不洗、潮湿堆放在床头，有的同学还和室友混用浴巾，容易引起皮肤感染。为此，校学生会向全体寄宿生发出如下倡议：
1.浴巾专人专用，不借用、不混用。
2.浴巾每周至少清洗一次，洗后拿到阳台晾晒，不放在被褥上捂干。
3.每学期至少更换一次浴巾，发硬、有异味的及时更换。
4.宿舍长每周五检查一次，互相提醒。
让我们从一条浴巾做起，养成良好的卫生习惯，也欢迎大家把这份倡议分享给家长。
缥溪县第二中学学生会
2024年10月9日
""",
    ),
    dict(
        slug="intranet-boan-minutes-barrier-maintenance-oa",
        site="泊安协同办公平台 (invented OA system)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.boan-parking.com/doc/view.do?id=20240808017",
        title="停车场道闸运维专题会议纪要",
        record_title="【运维纪要】停车场道闸运维专题会议纪要 - 泊安协同办公",
        date="2024-08-06",
        date_also=["2024-08-08"],
        notes="OA document view: 流转记录, read counts and a 办结 button; the minutes' 时间/地点/主持/参会/记录 "
        "lines (the 时间 line is the date, the OA send date also accepted); the IT desk's extension",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【运维纪要】停车场道闸运维专题会议纪要 - 泊安协同办公</title>
<link rel="stylesheet" href="/static/oa/css/doc.css">
</head>
<body>
<div class="oa-top">⟦m 泊安协同办公　氍川泊安停车设备有限公司⟧　<span>⟦m 当前用户：运维部 杜佳⟧</span>　<a>⟦a 退出⟧</a></div>
<div class="oa-menu"><a>⟦m 待办⟧</a><a>⟦m 已办⟧</a><a>⟦m 公文管理⟧</a><a>⟦m 会议管理⟧</a><a>⟦m 知识库⟧</a></div>
<div class="oa-doc">
<div class="doc-title">{T}</div>
<table class="doc-attr">
<tr><td>⟦m 发文部门：综合办公室⟧</td><td>⟦m 发送时间：2024-08-08 15:20⟧</td></tr>
<tr><td>⟦m 密级：公司内部⟧</td><td>⟦m 阅读：已读 37 人 / 未读 5 人⟧</td></tr>
</table>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btns"><button>⟦a 标为已处理⟧</button><button>⟦a 转发同事⟧</button><button>⟦a 导出成PDF⟧</button></div>
<div class="flow">
<h4>⟦l 流转记录⟧</h4>
<p>⟦l 综合办公室 胡菁　拟稿　08-07 10:12⟧</p>
<p>⟦l 副总经理 蒋承志　签发　08-08 14:55⟧</p>
<p>⟦l 运维部 杜佳　已阅　08-08 16:03⟧</p>
</div>
</div>
<div class="oa-foot">⟦m 系统故障请拨信息中心分机 8010⟧　⟦d 内部资料，不得截屏外传⟧</div>
<script src="/static/oa/js/flow.js"></script>
<script>OA.markRead("20240808017");</script>
</body>
</html>
""",
        body="""
时间：2024年8月6日上午9:00
地点：公司三楼第二会议室
主持：副总经理　蒋承志
参会：运维部、客服部、技术部、安全环保部负责人
记录：运维部　杜佳
会议听取了运维部关于上半年道闸设备运行情况的汇报。上半年公司在管的418套道闸共发生故障136起，其中起落杆电机故障占43%，车牌识别失灵占31%。
会议议定以下事项：
一、运维部8月底前完成全部道闸防砸雷达的检测，检测记录上传设备台账。
二、技术部自9月起在新项目统一采用双路供电，避免断电时道闸无法抬杆。
三、客服部建立道闸故障回访制度，故障处理后24小时内回访车主。
""",
    ),
    dict(
        slug="intranet-mingan-report-electrician-lights",
        site="明感照明内部门户 (invented intranet)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://portal.mingan-light.com/wdzx/shuzhi/2025/0110/88.html",
        title="设备部电工班长2024年度述职报告",
        record_title="内网文库｜设备部电工班长2024年度述职报告",
        date="2025-01-10",
        notes="intranet text page: company banner, document-centre path, uploader and read count; the "
        "述职人 line and the date under it; an internal-use notice",
        page="""
!m 觞水明感照明科技有限公司　内部门户
!m 文档中心 » 年度述职 » 设备部
{T}
!m 上传人：人力资源部　阅读 58
!a 导出PDF　｜　加入我的收藏
{BODY}
!d 公司内部资料，未经许可不得转发至外部群聊
!m 门户使用问题请联系信息部：分机 6021
""",
        body="""
各位领导、同事：
2024年，我担任设备部电工班长，带领班组7名电工负责厂区照明和配电维护。现将一年来的履职情况报告如下。
一、完成楼道照明改造。全年将办公楼、宿舍楼共212盏老式灯具更换为微波感应灯，厂区照明用电同比下降18%。
二、抓好日常维修。全年处理报修单693张，平均响应时间由40分钟缩短到25分钟。
三、加强安全管理。坚持每周班前讲安全，全年班组未发生一起触电和高处坠落事故。
不足之处是感应灯灵敏度调校还不够细，仓库区个别灯具有误触发现象。2025年我将会同厂家逐一调试。
述职人：邢海波
2025年1月10日
""",
    ),
]
