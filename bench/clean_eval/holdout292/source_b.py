"""holdout292, part B: blogs, WeChat mirrors, document-sharing sites, education portals and
intranets. Every page, site, place, person, number and URL here is invented."""

CASES = [
    dict(
        slug="blog-tingsi-essay-zhubian-autumn",
        site="听澌斋 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://tingsizhai.blog.example.net/2023/10/zhubian-qiutian/",
        title="竹匾里的秋天",
        record_title="竹匾里的秋天 | 听澌斋 - 在河边写字的人",
        date="2023-10-21",
        notes="blog: bracketed post time as the page's date, a photo caption glued after a 。, tag cloud, archive, calendar widget, comment form",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>竹匾里的秋天 | 听澌斋 - 在河边写字的人</title>
<link rel="stylesheet" id="twentyish-style-css" href="/wp-content/themes/twentyish/style.css" type="text/css">
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="post-template-default single">
<header id="masthead">
<p class="site-title"><a href="/">⟦m 听澌斋⟧</a></p>
<p class="site-description">⟦m 在河边写字的人⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/suibi/">⟦m 随笔⟧</a> <a href="/category/guxiang/">⟦m 故乡⟧</a> <a href="/about/">⟦m 关于斋主⟧</a></nav>
</header>
<main>
<article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2023-10-21 20:14]　斋主　分类：故乡　阅读 688⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 本文标签：竹匾　晒秋　母亲⟧</footer>
<nav class="post-navigation">⟦l ← 灶屋里的火光⟧　⟦l 腊月的井台 →⟧</nav>
</article>
<section id="comments">
<h3>⟦l 8 条评论⟧</h3>
<p>⟦l 河西的树：读着读着就闻到了萝卜干的味道。⟧</p>
<form id="commentform"><textarea></textarea><button>⟦a 提交留言⟧</button></form>
<p>⟦d 留言经斋主审核后显示⟧</p>
</section>
</main>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 故乡 母亲 老屋 节气 河流 旧物⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2023年十一月 (4)⟧</li><li>⟦l 2023年十月 (6)⟧</li><li>⟦l 2023年九月 (3)⟧</li></ul></section>
<section><h3>⟦m 日历⟧</h3><table><caption>⟦m 2023年十月⟧</caption><tr><td>⟦m 一 二 三 四 五 六 日⟧</td></tr></table></section>
</aside>
<footer id="colophon">⟦m © 2016-2024 听澌斋　自豪地采用 WordPress⟧</footer>
</body>
</html>
""",
        body="""
霜降前后，村里家家户户的竹匾都搬出来了。
竹匾是圆的，直径比一张圆桌还大，用细篾密密地编成，边上箍着一圈粗竹。晴天一早，母亲把竹匾架在两条长凳上，摊开切成片的萝卜、剪好的辣椒，还有从后山摘回来的野山楂。⟦m （配图：老家院里的竹匾，摄于去年深秋）⟧
太阳一晒，院子里就有了甜丝丝的味道。我小时候最爱干的活是翻匾，用手把萝卜片一片片翻过来，母亲说这样才晒得匀。
傍晚起了风，要赶在露水下来之前把竹匾收进屋，一只叠一只，码在堂屋的墙角。
如今母亲年纪大了，竹匾只剩下两只，可每到秋天，她还是要晒一点萝卜干，说是给我们留着过年。
""",
    ),
    dict(
        slug="blog-xieyuan-memoir-liangyigan-wrapped-54",
        site="榍园闲笔 (invented, personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="text",
        source="http://xieyuanxianbi.blog.example.cn/article/20240512-liangyigan.html",
        title="搬家那天拆下的晾衣杆",
        record_title="【旧物札记】搬家那天拆下的晾衣杆 - 榍园闲笔 - 博客",
        date=None,
        notes="blog memoir hard-wrapped at 54 columns; column prefix and blog suffix on the title; a modification stamp in relative time is no date; tags, prev/next, comment",
        page="""
!m 榍园闲笔 —— 一个中年人的流水账
!m 首页 | 随笔 | 旧物 | 关于我
!t 【旧物札记】搬家那天拆下的晾衣杆
!m 分类：旧物札记　阅读(431)　评论(12)　最后修改于 2 天前
{BODY}
!l 标签：旧物　父亲　搬家
!l « 上一篇：外公的铜烟袋　｜　下一篇：一张三十年前的粮票 »
!l 评论列表
!l 林间小鹿：看到灰毛衣那句，鼻子一酸。
!a 发表评论（需登录）
!d 榍园闲笔文字均为原创，转载请先联系作者。
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
搬家那天，最后拆下来的是阳台上那根晾衣杆。
那是一根不锈钢管，两头用角码固定在墙上，是二十年前父亲亲手装的。那年我们刚搬进榍园小区，父亲借来冲击钻，在阳台上比划了一个下午，才把两个角码装平。
二十年里，这根杆子晾过我的校服，晾过妹妹的尿布，也晾过父亲最后几年穿的那件灰毛衣。它从没松动过，只是表面起了几处锈斑。
拆的时候，螺丝已经锈死，我拿扳手拧了好久。妻子说新房有升降晾衣架，这根旧杆子就别要了。我想了想，还是把它锯成两截，捆好放进了车里。
现在它挂在新家的储物间，晾几把雨伞。每次开门看见它，就像看见父亲站在阳台上，仰着头拧螺丝。
""",
    ),
    dict(
        slug="wechat-fachuan-museum-shangu-h1-follow-glued",
        site="公号镜像 of 垡川县博物馆 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wx.mirrorbox.example.com/s/fcbwg/20240612-shangu",
        title="一把扇骨的十八道工序",
        record_title=None,
        date="2024-06-12",
        notes="WeChat mirror: no record title (the <h1>), an account line as the page's date, a star-and-follow prompt glued before the first words, 阅读原文/在看 rows, a scan-to-listen sentence kept in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>垡川县博物馆</title>
<script>var biz="MzA5NTE4MzQ2Mw==";var msg_link="mirror";</script>
</head>
<body id="activity-detail">
<div class="mirror-top">⟦m 公号文章镜像 · 离线存档⟧　<a href="/">⟦a 返回镜像首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　垡川县博物馆　2024-06-12 17:30⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦a 分享　收藏　在看 41　赞 96⟧</div>
<div class="qr">⟦a 长按识别二维码，收看更多馆藏故事⟧</div>
<div class="related">⟦l 往期回顾：馆藏清代玳瑁扇骨修复记｜“竹骨生风”展览预告⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章的离线镜像，版权属原公众号所有，如需删除请留言⟧</div>
</body>
</html>
""",
        p_html='<section><p style="text-indent:2em;line-height:1.8">{}</p></section>',
        body="""
⟦a 点蓝字·加星标⟧折扇好不好，一半看扇面，一半看扇骨。今天，我们走进垡川县埽头镇的扇骨作坊，看一副扇骨是怎样做成的。
选竹是第一步。师傅们只要生长四年以上的毛竹，砍下后截成段，放进大锅里加碱水煮上三个小时，去掉竹中的糖分和油脂，以防虫蛀。
煮好的竹片要在太阳底下晒足一个月，晒到通体发白，行话叫“晒白”。接下来是劈片、刮青、定型、打磨，每一道都靠手上功夫。
最见功夫的是刮青。师傅用特制的刮刀，把竹片表面的青皮刮去薄薄一层，刮得太浅会留下青斑，刮得太深又会伤了竹肉。
从选竹到出品，一副扇骨要经过十八道工序，耗时两个多月。本馆“竹骨生风”专题展正在二楼展厅展出，观众扫描展柜旁的二维码即可收听语音讲解。
""",
    ),
    dict(
        slug="wechat-saotou-police-liangyigan-account-line",
        site="公号镜像站 of 埽头平安 (invented)",
        style="公众号镜像",
        genre="安全提示",
        kind="news",
        form="text",
        source="https://gzh.mirror-zone.example.cn/saotoupingan/2024/0328/01.html",
        title="窗外的晾衣杆，请收一收",
        record_title="窗外的晾衣杆，请收一收 | 埽头平安（公众号镜像）",
        date="2024-03-28",
        notes="WeChat mirror as text: the account line is the page's date; a numbered list; the police station's own 值班电话 in the body beside the mirror's complaint mailbox; 转发 as content",
        page="""
!m 公号文章镜像站 › 埽头平安
!t 窗外的晾衣杆，请收一收
!m 埽头平安　2024-03-28 07:45　蕞城
!a 戳上方“埽头平安”，一键订阅平安提醒
{BODY}
!m 来源：埽头派出所　编辑：小安
!a 阅读原文　　在看 17　　赞 33
!l 精选留言
!l 澌河路老住户：我家楼上就有，明天去提醒一下
!m 镜像站投诉邮箱：report@mirror-zone.example.cn
!d 本站只做公号内容的存档备份，文章版权归原作者。
""",
        body="""
近日，埽头镇澌河路一栋居民楼发生一起高空坠物事件：四楼住户阳台外伸的晾衣杆因固定螺栓锈断，连同衣物一起坠落，砸中楼下停放的电动车，所幸当时无人经过。
春季多大风天气，外伸式晾衣杆受风面大，一旦松动极易坠落。在此，埽头派出所提醒广大居民：
1. 检查阳台、窗外晾衣杆的固定螺栓和支架，发现锈蚀、松动及时更换。
2. 大风天气提前收回衣物，外伸式晾衣杆尽量收回室内。
3. 不要在窗台、空调外机上摆放花盆、竹竿等物品。
4. 发现他人晾衣杆存在隐患，可告知所在社区，或拨打派出所值班电话0735-8120110反映。
高空坠物伤人须依法承担责任。安全无小事，请大家转发提醒身边的亲友。
""",
    ),
    dict(
        slug="docshare-zhixiang-contract-kangzhuo-template",
        site="知享文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.zhixiangdoc.com/doc/88172035.html",
        title="炕桌定制加工合同（范本）",
        record_title="炕桌定制加工合同（范本）（可编辑）- 知享文档",
        date=None,
        notes="sharing page: a contract template with ＿＿ blanks, ×× placeholders, ＿＿＿＿年＿＿月＿＿日 and 第N条 articles; upload stamp, points download, upload notice; no date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>炕桌定制加工合同（范本）（可编辑）- 知享文档</title>
<link rel="stylesheet" href="/static/zx/doc.css">
<script src="/static/zx/viewer.js" defer></script>
</head>
<body>
<div class="zx-header">
<a href="/" class="logo">⟦m 知享文档⟧</a><span>⟦m 好文档，大家享⟧</span>
<a href="/login">⟦a 享友登录 / 注册⟧</a>
</div>
<div class="zx-crumb">⟦m 知享文档 ＞ 合同协议 ＞ 加工承揽合同⟧</div>
<div class="zx-doc">
<h1>{T}</h1>
<ul class="zx-info"><li>⟦m 格式：docx⟧</li><li>⟦m 页数：2⟧</li><li>⟦m 上传时间：2024-02-19⟧</li><li>⟦m 下载量：318⟧</li></ul>
<div class="zx-body">
{BODY}
</div>
<div class="zx-down"><a class="btn">⟦a 下载原文件（需3个享币）⟧</a> <a class="btn2">⟦a 存到我的文档⟧</a></div>
<p class="zx-note">⟦d 此文档由享友上传并分享，知享文档仅提供存储与展示，如涉及侵权请提交申诉⟧</p>
</div>
<div class="zx-side">
<h3>⟦l 相似文档⟧</h3>
<ul><li>⟦l 家具定做合同（简易版）.docx⟧</li><li>⟦l 木制品加工承揽协议范本.doc⟧</li></ul>
</div>
<div class="zx-foot">⟦m 知享文档 zhixiangdoc.com　沪ICP备21018840号⟧</div>
</body>
</html>
""",
        body="""
定作人（甲方）：＿＿＿＿＿＿
承揽人（乙方）：＿＿＿＿＿＿
根据《中华人民共和国民法典》有关规定，甲乙双方就炕桌定制加工事宜，经协商一致，订立本合同。
第一条　定作物：炕桌＿＿张，规格为长＿＿厘米、宽＿＿厘米、高＿＿厘米，材质为××木，表面处理为××漆。
第二条　价款：每张人民币＿＿元，合计人民币＿＿元。甲方于合同签订之日支付定金＿＿元，余款于验收合格后三日内付清。
第三条　交付：乙方应于＿＿＿＿年＿＿月＿＿日前将炕桌送至甲方指定地点，运费由＿＿方承担。
第四条　质量：榫卯结构应严密牢固，桌面平整无裂缝，漆面均匀无流挂；甲方发现质量问题的，应于收货后七日内书面提出。
第五条　违约责任：乙方逾期交付的，每逾期一日按合同总价的百分之一支付违约金。
第六条　本合同一式两份，双方各执一份，自双方签字之日起生效。
甲方（签字）：＿＿＿＿　　乙方（签字）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wenjian-pledge-bianlan-box-markers",
        site="文件驿站 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.wenjianyizhan.net/f/2024/0611/55731.html",
        title="关于提扁篮购物减少塑料袋使用的倡议书",
        record_title="关于提扁篮购物减少塑料袋使用的倡议书.docx",
        date="2024-06-05",
        notes="file-name record title; preview converter markers '❑ n ❑' on lines of their own cutting sentences; a share stamp is no date; signature date under two signers",
        page="""
!m 文件驿站 › 环保宣传 › 倡议书
!t 关于提扁篮购物减少塑料袋使用的倡议书.docx
!m 分享者：青竹　｜　分享时间：2024-06-11　｜　大小：18KB　｜　2页
!a 免费预览　　下载（2积分）　　放进收藏夹
{BODY}
!a 预览到此结束，余下内容请下载后阅读
!d 文件由网友分享，文件驿站不对文件内容负责，侵权请来函删除。
!l 相关文件：禁塑宣传标语.doc　垃圾分类倡议书.pdf
""",
        pages=dict(fmt="❑ {n} ❑", every=140, start=2),
        body="""
全县广大居民朋友：
塑料袋方便了我们的生活，却也带来了“白色污染”。一只塑料袋几分钟就用完了，在土里却要几百年才能降解。为此，我们向全县居民发出如下倡议：
一、出门买菜带上扁篮、布袋，少要一个塑料袋，多添一分绿色。
二、商户主动提示顾客自带容器，不免费提供超薄塑料袋。
三、家中闲置的扁篮、菜篮可送到各社区“竹篮驿站”，由志愿者修补后免费借给有需要的居民。
四、党员干部、教师和学生带头践行，带动家人、邻居一起行动。
扁篮是我们祖辈用过的老物件，也是最环保的购物袋。让我们从今天做起，提起扁篮上街去，共同守护菝湖的青山绿水。
菝湖县生态环境分局
菝湖县妇女联合会
2024年6月5日
""",
    ),
    dict(
        slug="edu-bahu-notice-liangyigan-attachment-link",
        site="菝湖县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.bahu.gov.cn/gztz/2024/0827/3310.html",
        title="关于开展寄宿制学校宿舍晾衣设施安全排查的通知",
        record_title="关于开展寄宿制学校宿舍晾衣设施安全排查的通知_工作通知_菝湖县教育局",
        date="2024-08-26",
        date_also=["2024-08-27"],
        notes="education portal: 关怀版/读屏 links, the notice's 附件 list beside the page's attachment download link, its own 联系人/电话/邮箱 beside the site's technical line, 抄送 line; the portal's date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于开展寄宿制学校宿舍晾衣设施安全排查的通知_工作通知_菝湖县教育局</title>
<link rel="stylesheet" href="/css/jyj2022.css">
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/wza.js"></script>
</head>
<body>
<div class="topline"><span>⟦m 菝湖县教育局欢迎您⟧</span> <a>⟦a 关怀版⟧</a> <a>⟦a 读屏专用⟧</a></div>
<div class="logo-row"><img src="/img/logo.png" alt=""><span>⟦m 菝湖教育 · 办人民满意的教育⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 工作通知⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 学校风采⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 » 工作通知⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2024-08-27　来源：安全股　浏览次数：1203⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：宿舍晾衣设施安全排查表.xlsx⟧<br>⟦a 附件下载：寄宿制学校宿舍安全管理要点.pdf⟧</div>
<div class="btns">⟦a 【打印本文】【关闭窗口】⟧</div>
</div>
<div class="foot">
<p>⟦m 主办单位：菝湖县教育局　地址：菝湖县文昌路12号⟧</p>
<p>⟦m 技术支持：蕞城数智科技　服务电话：0737-5500123⟧</p>
<p>⟦m 湘ICP备12013377号-1　网站标识码：4311270031⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
近期，外地一所学校发生宿舍阳台晾衣杆脱落砸伤学生事件。为切实消除校园安全隐患，县教育局决定在秋季开学前开展寄宿制学校宿舍晾衣设施安全排查。现将有关事项通知如下：
一、排查范围：全县32所寄宿制学校的学生宿舍、教师周转房。
二、排查内容：1.晾衣杆及支架是否锈蚀、松动；2.外伸式晾衣杆下方是否为人员通道；3.升降式晾衣架钢丝绳、手摇器是否完好。
三、工作要求：各校请于8月31日前完成自查，对存在隐患的晾衣杆立即停用并更换，填写排查表并加盖公章后报县教育局安全股。
附件：1.宿舍晾衣设施安全排查表
2.寄宿制学校宿舍安全管理要点
联系人：吴海燕，电话：0737-5521306，邮箱：anquan@bahujy.cn
菝湖县教育局
2024年8月26日
抄送：县应急管理局。
""",
    ),
    dict(
        slug="edu-qishan-plan-zhubian-labour-download",
        site="葜山教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.qsjyxx.cn/xxdt/ldjy/2024/0925/1162.html",
        title="鞒口镇中心小学“竹匾晒秋”劳动实践活动方案",
        record_title="【劳育实践】鞒口镇中心小学“竹匾晒秋”劳动实践活动方案 - 葜山教育信息网",
        date="2024-09-23",
        date_also=["2024-09-25"],
        notes="education site text: column prefix and site suffix on the title; numbered list; a sentence telling teachers to 下载并打印 a record sheet kept in the body; the page's date differs from the plan's",
        page="""
!m 葜山教育信息网　www.qsjyxx.cn
!m 首页 >> 学校动态 >> 劳动教育
!t 【劳育实践】鞒口镇中心小学“竹匾晒秋”劳动实践活动方案
!m 作者：教导处　时间：2024-09-25　阅读次数：652
!a ［文字调整：大｜中｜小］　［打印］　［关窗］
{BODY}
!l 上一条：鞒口镇中心小学秋季运动会秩序册
!l 下一条：葜山县中小学“劳动周”活动安排
!m 主办：葜山县教育局　技术支持：县教育信息中心
!d 本网所发学校信息由各校自行审核后报送
""",
        indent="\u3000\u3000",
        body="""
为落实劳动教育课程要求，让学生在劳动中了解家乡秋收习俗，学校决定开展“竹匾晒秋”劳动实践活动，方案如下。
一、活动时间：2024年10月8日至10月18日。
二、活动对象：三至六年级全体学生。
三、活动内容
1.认识竹匾。邀请鞒口镇竹编艺人进校园，讲解竹匾的编织方法和用途。
2.动手晾晒。各班在学校劳动基地领取竹匾，晾晒学校菜园收获的红薯干、萝卜干，每天安排学生翻晒、收匾。
3.记录分享。学生用图画或短文记录晾晒过程，各班评选优秀作品在校园橱窗展出。
四、安全要求：搬运竹匾须两人合作，不得攀爬晾晒架；遇雨天由班主任组织收匾。
请各班主任从学校网盘下载并打印《劳动实践记录表》，于10月7日前发给学生。
鞒口镇中心小学
2024年9月23日
""",
    ),
    dict(
        slug="oa-zhuyi-minutes-shangu-workshop-flow",
        site="竹漪扇业协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://oa.zhuyifan.example.com/doc/view.do?id=20240411003",
        title="扇骨车间2024年第二季度安全生产例会纪要",
        record_title="〔待办已阅〕扇骨车间2024年第二季度安全生产例会纪要 - 竹漪协同办公",
        date="2024-04-10",
        date_also=["2024-04-11"],
        notes="OA document view: the 时间/地点/主持/参会/记录 lines of minutes, the meeting's 时间 line is the document's date (the OA's posting date also accepted), 流转记录 with times, read count, a mark-as-read button",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔待办已阅〕扇骨车间2024年第二季度安全生产例会纪要 - 竹漪协同办公</title>
<link rel="stylesheet" href="/oa/css/main.css">
<script src="/oa/js/oa.core.js"></script>
</head>
<body>
<div class="oa-top">⟦m 竹漪扇业 · 协同办公平台⟧　⟦m 当前用户：王雪（质检部）⟧　<a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议纪要　通讯录⟧</div>
<div class="oa-doc">
<table class="doc-meta">
<tr><td>⟦m 文件类型：会议纪要⟧</td><td>⟦m 发布时间：2024-04-11 09:40⟧</td></tr>
<tr><td>⟦m 拟稿：安全办　丁小雯⟧</td><td>⟦m 签发：葛明远⟧</td></tr>
</table>
<h2 class="doc-title">{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="doc-ops"><button>⟦a 我已阅知⟧</button> <button>⟦a 打印文件⟧</button> <button>⟦a 转交他人⟧</button></div>
<table class="flow">
<tr><th>⟦l 流转记录⟧</th></tr>
<tr><td>⟦l 2024-04-11 08:52　丁小雯　起草⟧</td></tr>
<tr><td>⟦l 2024-04-11 09:31　葛明远　签发⟧</td></tr>
<tr><td>⟦l 2024-04-11 09:40　系统　分发至扇骨车间、烘房、设备科⟧</td></tr>
</table>
<div class="readcount">⟦m 已阅 12 人 / 未阅 2 人⟧</div>
</div>
<div class="oa-foot">⟦m 信息中心运维电话：分机 8010⟧</div>
</body>
</html>
""",
        body="""
时间：2024年4月10日下午2:30
地点：公司三楼会议室
主持：副总经理　葛明远
参会：扇骨车间、烘房、设备科、安全办负责人及班组长共14人
记录：安全办　丁小雯
会议通报了第一季度扇骨车间安全生产情况，研究了第二季度重点工作。纪要如下：
一、一季度车间发生轻微划伤事故2起，均为刮青工序未戴防割手套所致。会议要求各班组长每班开工前检查个人防护用品佩戴情况。
二、烘房温度控制系统老化，设备科须于4月底前完成更换，更换期间烘房暂停夜间作业。
三、车间竹屑堆积较多，存在火灾隐患。自即日起实行每班清扫，竹屑统一送锅炉房处理。
四、5月开展一次消防疏散演练，由安全办牵头制订方案。
""",
    ),
    dict(
        slug="oa-hengliang-bulletin-liangyigan-defect-table",
        site="恒晾家居内部办公网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.hengliang.example.com/gwzx/zltb/2024/0403.html",
        title="关于三月份伸缩晾衣杆装配质量问题的通报",
        date="2024-04-03",
        notes="record title as is; intranet text: a defects table one row a paragraph; the IT desk's extension; 成文日期 under the department's signature",
        page="""
!m 恒晾家居 · 内部办公网　｜　仅限公司内网访问
!m 当前位置：公文中心 > 质量通报
{T}
!m 发文部门：质量管理部　密级：内部　浏览：188人次
{BODY}
!a ［标为已读］［转发同事］［导出PDF］
!l 流转：质量部起草 → 生产副总审核 → 总经理签发
!m IT服务台分机：8006（工作日8:30-17:30）
""",
        body="""
各车间、质检部：
三月份，公司质检部对伸缩晾衣杆装配线产品进行了全检和抽检，共检出不合格品317件，不合格率2.6%，比二月份上升0.9个百分点。主要问题如下：
问题类型　数量（件）　占比
锁紧扣松脱　142　44.8%
杆体划伤　97　30.6%
端头堵帽缺失　78　24.6%
经查，锁紧扣松脱主要是二号线新进员工未按工艺要求打胶；杆体划伤是周转架护垫磨损后未及时更换。
为此，公司对二号装配线通报批评，扣减该线组三月份质量奖金的百分之二十。各车间要立即组织员工重新学习装配作业指导书，质检部每周抽查不少于三次。
鞒西恒晾家居科技有限公司质量管理部
2024年4月3日
""",
    ),
]
