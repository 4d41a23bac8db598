"""holdout243, part B: blogs, WeChat mirrors, document-sharing sites, education portals, enterprise intranets.
Invented text (places, people, sites, numbers, URLs); written by hand, case by case.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="laoyoucha-blog-postmark-closed-office",
        site="老邮差的慢时光 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laoyoucha.blog.cn/archives/316/",
        title="一枚三格式日戳背后的老邮局",
        record_title="邮戳收藏笔记｜一枚三格式日戳背后的老邮局 ❘ 老邮差的慢时光",
        date="2025-02-14",
        notes="a Typecho-like blog: header slogan, a post line with 发表于 (the page's date), a category/tag line, "
        "a reward line glued after the last paragraph, tag cloud, archive, comment form; a column prefix and a blog suffix in the title",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>邮戳收藏笔记｜一枚三格式日戳背后的老邮局 ❘ 老邮差的慢时光</title>
<link rel="stylesheet" href="/usr/themes/paper/style.css">
<script src="/usr/themes/paper/js/highlight.js"></script>
</head><body>
<header id="header"><a class="site-title" href="/">⟦m 老邮差的慢时光⟧</a><p class="desc">⟦m 一个退休邮递员的集邮小屋⟧</p>
<nav>⟦m 首页　邮戳收藏笔记　投递往事　关于老邮差⟧</nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 发表于 2025年2月14日⟧</li><li>⟦m 分类：邮戳收藏笔记⟧</li><li>⟦m 阅读 402⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：日戳, 邠水, 老邮局, 实寄封⟧</p>
<nav class="post-near"><p>⟦l « 前一篇：给孙女讲邮编的故事⟧</p><p>⟦l 后一篇：一九九八年的那场大雪与邮路 »⟧</p></nav>
<div id="comments"><h3>⟦l 已有 9 条留言⟧</h3>
<p>⟦l 邮友阿鸣：我也收过邠水的三格式，字口没您这枚清楚。⟧</p>
<form>⟦l 称呼（必填）　邮箱（保密）　说点什么吧……　提交留言⟧</form></div>
</article></main>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 纪念戳 风景戳 日戳 明信片 邮路 首日封⟧</p></section>
<section><h3>⟦l 往期存档⟧</h3><ul><li>⟦l 2025年1月 (6)⟧</li><li>⟦l 2024年12月 (4)⟧</li></ul></section>
</aside>
<footer id="footer">⟦m © 2025 老邮差的慢时光 · 由 Typecho 强力驱动⟧</footer>
</body></html>
""",
        body="""
前几天整理集邮册，翻出一枚“邠水城关”三格式日戳的实寄封，日期是1987年3月。看着这枚邮戳，我想起了那间早已拆掉的老邮局。
三格式日戳分上中下三格，上格是地名，中格是日期，下格是支局号。那时候盖戳全靠手上功夫，力道轻了字口不清，力道重了油墨洇开。老局长常说，一枚清楚的邮戳，是邮局给寄信人的交代。
我在城关邮局干了二十六年投递，每天早上先去柜台取分好的信件。柜台后面那台木制戳台，台面被磨得发亮，旁边挂着一个小铃铛，谁盖错了戳就要自己去摇一下。
老邮局拆了，那枚日戳也交回去封存了。好在信封上还留着它的样子。⟦a 觉得有意思，就请老邮差喝杯茶吧 ☕ 赞赏⟧
""",
    ),
    dict(
        slug="qingdeng-blog-text-father-manuscript-wrapped",
        site="青灯夜话 (invented personal blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://qingdengyehua.blog.cn/2023/09/fuqin-de-gaozhi.html",
        title="父亲的稿纸",
        record_title="父亲的稿纸（旧文重发）· 青灯夜话",
        date=None,
        notes="a personal blog's memoir hard-wrapped at 58 columns; a 写于 line with only a year (no date); the update stamp is no date; "
        "a follow prompt glued after a 。; prev/next, comments",
        page="""
!m 青灯夜话
!m 灯下读书，夜里说话
!t 父亲的稿纸（旧文重发）
!m 分类：往事　｜　更新于 2 个月前　｜　评论 14
{BODY}
!l ← 上一篇：母亲的顶针　　下一篇：村口那棵皂角树 →
!l 最新评论
!l 夜航船：我父亲也有一摞这样的稿纸，读着眼眶发热。
!a 关注青灯夜话，更新时第一时间提醒你
!m 本博客文字均为原创，未经同意请勿转载。
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
父亲是镇上中学的语文老师，他一辈子用得最多的东西，就是稿纸。
那是县印刷厂印的方格稿纸，每页四百字，纸很薄，透着光能看见背面的格子。父亲写教案、写评语、给县报投稿，都用这种稿纸。他写字慢，一笔一画都落在格子正中，写错了也不涂，而是在旁边的空白处工工整整改一遍。
小时候我最喜欢趴在桌边看他写稿。他说，稿纸的格子就像田里的垄，一个字种一格，字才长得直。⟦a 喜欢这篇的话，点个关注吧⟧
父亲退休那年，把用剩的半箱稿纸送给了我。我一直没舍得用，直到去年他走了，我才在那些空白的格子里，一个字一个字地写下这篇文章。
写于二〇二三年秋
""",
    ),
    dict(
        slug="konggang-wechat-luggage-tag-h1",
        site="邺川空港服务 (invented account) on a WeChat mirror",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://wx.mirrorread.cn/s/yckgfw-20250703-01",
        title="暑期出行，别忘了给托运行李挂个“身份证”",
        record_title=None,
        date="2025-07-03",
        notes="a WeChat mirror: the title only in the <h1>; a follow prompt glued before the first words; the account line's date; "
        "a numbered list; a QR line; 阅读原文/在看/赞赏 rows; the mirror's own note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>邺川空港服务 - 文章镜像阅读</title>
<script src="https://wx.mirrorread.cn/assets/reader.js"></script>
</head><body>
<div class="mirror-top">⟦m 镜读 · 公众号文章离线阅读⟧</div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 邺川空港服务⟧</span> <span>⟦m 2025-07-03 18:05⟧</span> <span>⟦m 发表于湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<p class="qr">⟦a 长按识别二维码，航班动态随时查⟧</p>
<div class="tool-row">⟦a 阅读原文⟧　⟦l 在看 58⟧　⟦l 赞 213⟧　⟦a 喜欢作者 赞赏⟧</div>
</div>
<div class="mirror-foot">⟦d 镜读仅做公开文章的离线备份，版权归原公众号所有。⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75">{}</p></section>',
        body="""
⟦a 点击上方蓝字“邺川空港服务”关注我们⟧暑运已经开始，机场每天托运的行李超过六千件。很多旅客的箱子颜色、款式差不多，到了提取转盘常常有人拿错。其实，给行李挂一个写好信息的行李牌，就能省去不少麻烦。
行李牌怎么填？记住三点：
1.写姓名和手机号，不写身份证号和详细住址，保护个人信息。
2.行李牌挂在拉杆或提手上，用扎带固定，不要只用细绳随手一系。
3.值机时航空公司会另外贴一张条码行李条，旅客自己的行李牌不能代替它，两样都要有。
如果行李在提取时找不到，请不要离开行李提取区，凭登机牌和行李条到到达厅的行李查询柜台登记。
祝大家旅途顺利！
""",
    ),
    dict(
        slug="tielu-wechat-text-memoir-old-tickets",
        site="邺川铁路记忆 (invented account), text copy of a WeChat article",
        style="公众号镜像",
        genre="回忆文章",
        kind="other",
        form="text",
        source="https://wx.mirrorread.cn/s/yctljy-20241220-02",
        title="一张硬纸板车票，我存了四十年",
        record_title="一张硬纸板车票，我存了四十年 · 邺川铁路记忆 · 备份页",
        date="2024-12-20",
        notes="a WeChat article copied as text: account line with its date (the page's date), a star prompt, an author line, "
        "a photo placeholder between paragraphs, a 阅读原文/在看 line and a reposting note at the bottom",
        page="""
!m 邺川铁路记忆
!t 一张硬纸板车票，我存了四十年
!m 邺川铁路记忆　2024-12-20 07:30　发表于湖南
!a 设为★星标，每天早上和老铁路人见个面
!m 文｜郾春生（邺川车务段退休职工）
{BODY}
!a 阅读原文　　在看　　分享到朋友圈
!d 本号文章欢迎转发，转载请联系后台获取授权。
""",
        body="""
我的抽屉里有一张硬纸板车票，长五厘米多、宽三厘米，浅绿色，正面印着“邺川—桯口 硬座 普快”，背面是车站用钢印打上去的日期。那是1984年我第一次自己坐火车时买的。
那时候买票要排长队，售票员从木格子里抽出车票，用打号机“咔哒”一压，日期就印上去了。进站时，检票员用剪票钳在车票边上剪一个小口，这张票就算用过了。
⟦m 〔图片：1984年的硬纸板车票，作者供图〕⟧
后来我进了车务段，在售票窗口一干就是二十年。从硬纸板票到软纸票，再到蓝色磁介质票，现在连纸质车票都很少见了，旅客刷身份证就能进站。
可我还是舍不得那张小小的硬纸板票。它剪口处已经毛了边，却一直提醒我，第一次出远门时那种又紧张又高兴的心情。
""",
    ),
    dict(
        slug="zhiyuan-docshare-contract-hooks-docx",
        site="纸鸢文档网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.zhiyuandoc.com/view/7741826.html",
        title="塑料粘钩采购合同（范本）",
        record_title="塑料粘钩采购合同（范本）.docx",
        date=None,
        notes="a sharing reader: file-name title, upload notice, points lock, a service WeChat, ratings; a contract template with "
        "×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日, 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>塑料粘钩采购合同（范本）.docx - 纸鸢文档网</title>
<script>window.__DOC__={id:7741826,pages:2};</script>
</head><body>
<div class="hd"><a href="/">⟦m 纸鸢文档网⟧</a>　⟦m 放飞知识，分享有你⟧　<a href="/u/login">⟦a 纸鸢账号登录 · 注册⟧</a></div>
<div class="path">⟦m 首页 › 合同范本 › 买卖合同⟧</div>
<div class="doc-title"><h1>{T}</h1>
<p>⟦m 分享者：merry_0412　｜　2页　｜　1.3万次阅读　｜　4.6分（71人评）⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 余下内容已折叠，消耗5积分即可查看并保存⟧</div>
<div class="svc">⟦w 合同定制、审核请加纸鸢客服微信 zydoc_kefu01⟧</div>
<div class="note">⟦d 纸鸢文档网所有文档均为用户上传分享，本站不对其准确性负责，使用前请咨询专业人士。⟧</div>
<div class="rel"><h4>⟦l 相关范本⟧</h4><p>⟦l 日用百货采购框架协议⟧</p><p>⟦l 家居用品供货合同（简易版）⟧</p></div>
<div class="ft">⟦m 纸鸢文档网 zhiyuandoc.com　苏ICP备20015547号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
甲方（采购方）：××××有限公司
乙方（供货方）：××××日用品厂
第一条　产品名称、规格和数量：无痕塑料粘钩，规格＿＿＿＿，单钩标称承重＿＿千克，数量＿＿＿＿个。
第二条　质量要求：产品应符合国家相关标准，每批次附出厂检验合格证明；静载承重试验达不到标称值的，甲方有权退货。
第三条　交货时间和地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定地点，运费由乙方承担。
第四条　价款及支付：合同总价人民币＿＿＿＿元，甲方验收合格后＿＿日内支付。
第五条　违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="zhiyuan-docshare-text-summary-philately-markers",
        site="纸鸢文档网 (invented), text preview",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.zhiyuandoc.com/view/7790114.html",
        title="邺川市邮政分公司郫湖区营业部2024年集邮业务工作总结",
        record_title="邺川市邮政分公司郫湖区营业部2024年集邮业务工作总结【Word原稿可改】- 纸鸢文档网",
        date="2025-01-10",
        notes="a sharing site's text preview cut by page markers '⧌n⧍' glued to the continuation line with a space; "
        "a bracketed aside and a site suffix in the title; a sentence that speaks of 分享 as content; 成文日期 under the signature",
        page="""
!m 纸鸢文档网　文本预览
!t 邺川市邮政分公司郫湖区营业部2024年集邮业务工作总结【Word原稿可改】
!m 3页　·　上传时间：2 天前　·　下载 38 次
{BODY}
!a 预览已到末页，登录后下载原文件
!l 同类文档：邮政网点年度工作总结　营业厅服务提升总结
!d 如本文档侵犯了您的权益，请联系纸鸢文档网，我们将在核实后下架。
""",
        pages=dict(fmt="⧌{n}⧍", every=120, start=2, glue="mix", sep=" "),
        body="""
2024年，营业部在区分公司的领导下，围绕“集邮进社区、进校园”开展工作，全年集邮业务收入186万元，同比增长12%。
一、主要工作
（一）做好纪念邮戳服务。全年在营业厅和节庆活动现场启用纪念邮戳6枚，加盖邮戳的明信片和纪念封共4.2万枚，春节、中秋期间群众排队盖戳成为一景。
（二）推进集邮进校园。与区内8所小学合作开展集邮课堂，组织学生设计风景戳图稿，4幅作品被刻制成戳。
（三）拓展线上渠道。开通营业部集邮微信群，定期发布新邮预订信息，鼓励客户分享盖戳照片，群成员已超过900人。
二、存在的不足
邮戳加盖质量不稳定，节假日客流大时偶有字口不清的情况；集邮专业人员只有2人，难以满足需求。
三、2025年打算
开展邮戳加盖技能培训，新增2名集邮专员，争取全年集邮业务收入突破200万元。
邺川市邮政分公司郫湖区营业部
2025年1月10日
""",
    ),
    dict(
        slug="gaochuan-edu-notice-essay-contest-paper",
        site="郜川县教育体育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.gaochuan.gov.cn/tzgg/202503/t20250314_61207.html",
        title="关于举办郜川县第十届中小学生现场作文大赛的通知",
        record_title="关于举办郜川县第十届中小学生现场作文大赛的通知-通知公告-郜川县教育体育局",
        date="2025-03-12",
        date_also=["2025-03-14"],
        notes="education portal: 适老/读屏 links, a 附件 list next to the page's attachment download links, the bureau's own "
        "联系人/电话/邮箱 beside the portal's technical-support line, sentences that speak of 下载/打印 as content; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于举办郜川县第十届中小学生现场作文大赛的通知-通知公告-郜川县教育体育局</title>
<script src="/js/wza.js"></script>
</head><body>
<div class="top">⟦a 适老化浏览　|　读屏专用通道⟧</div>
<div class="banner">⟦m 郜川县教育体育局⟧　⟦m 办人民满意的教育⟧</div>
<div class="menu">⟦m 首页 | 教育动态 | 通知公告 | 政务公开 | 招生考试 | 校园风采⟧</div>
<div class="loc">⟦m 所在位置：首页 → 通知公告⟧</div>
<div class="article">
<h3>{T}</h3>
<div class="sub">⟦m 发布：2025-03-14 16:08　作者：基础教育股　点击：2217⟧</div>
<div class="con">
{BODY}
</div>
<div class="att"><p>⟦a 附件（点击文件名下载）：⟧</p><p><a href="/u/2025/zwds_bmb.xlsx">⟦a 📎 作文大赛报名汇总表.xlsx（18KB）⟧</a></p><p><a href="/u/2025/zwds_gz.pdf">⟦a 📎 大赛专用稿纸样张.pdf（205KB）⟧</a></p></div>
<div class="qr">⟦a 微信扫一扫，把本通知转到手机上⟧</div>
</div>
<div class="side"><h4>⟦l 通知公告·最新⟧</h4><p>⟦l 关于做好2025年春季学期开学安全检查的通知⟧</p><p>⟦l 全县中小学语文教师读书征文评选结果公示⟧</p></div>
<div class="foot"><p>⟦m 主办单位：郜川县教育体育局　技术支持：县电教站　技术服务电话：0739-6612208⟧</p><p>⟦m 湘ICP备11004763号-2⟧</p></div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
为激发学生写作兴趣，展示我县语文教学成果，经研究，决定举办郜川县第十届中小学生现场作文大赛。现将有关事项通知如下：
一、参赛对象：全县四年级至九年级学生，每校每年级推荐2名。
二、比赛时间：2025年4月12日（星期六）上午9:00—11:00。
三、比赛要求：现场命题，限时写作。全部参赛作文须用大赛统一印制的四百字方格稿纸书写，不得使用其他纸张，稿纸由县教育体育局统一发放，学生不得自带。
四、报名方式：请各校下载附件1，填写后于3月28日前发送至指定邮箱；各校可下载附件2打印稿纸样张，供学生赛前练习。
联系人：符晓兰　电话：0739-6612531　邮箱：gcjtj_jcjy@gcedu.cn
附件：1.作文大赛报名汇总表
2.大赛专用稿纸样张
郜川县教育体育局
2025年3月12日
""",
    ),
    dict(
        slug="yechuan-edu-text-study-trip-luggage-tags",
        site="郫湖区教育局 (invented), page saved as text",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jyj.pihu.yechuan.gov.cn/xxgk/tzgg/20250522_2208.html",
        title="关于做好2025年暑期中小学生研学旅行行李物品管理工作的通知",
        record_title="〖研学专栏〗关于做好2025年暑期中小学生研学旅行行李物品管理工作的通知",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="an education page as text: a bracketed column prefix in the title; a numbered list about luggage tags; "
        "the bureau's contact beside the site's service line; posting date differs from the 成文日期",
        page="""
!m 郫湖区教育局　教育信息网
!m 网站首页 ⇒ 信息公开 ⇒ 通知公告
!t 〖研学专栏〗关于做好2025年暑期中小学生研学旅行行李物品管理工作的通知
!m 来源：区教育局安全科　　日期：2025-05-22　　阅读：1406
!a 【大字】【标准】【打印此页】
{BODY}
!l 研学专栏更多：暑期研学基地名单公示　|　研学旅行安全须知
!m 网站运维服务电话：0738-2216600（工作日）
!m 邺川市郫湖区教育局 版权所有
""",
        indent="\u3000\u3000",
        body="""
各中小学：
暑期研学旅行即将开始。为防止学生行李物品遗失、错拿，现就有关工作通知如下：
1.统一发放行李牌。各校要为每名参加研学的学生准备两个行李牌，一个系在行李箱上，一个挂在随身书包上，行李牌上填写学校、班级、学生姓名和带队老师电话，不得填写学生家庭住址。
2.出发前集中清点。带队老师按行李牌逐一登记行李件数，上下车时由学生本人确认。
3.住宿点专人保管。大件行李统一存放，存放时按班级分区摆放，行李牌朝外。
4.返程前再次核对，发现行李牌脱落的要及时补系。
联系人：程素云　电话：0738-2216713
郫湖区教育局
2025年5月20日
""",
    ),
    dict(
        slug="hengnian-oa-minutes-hook-adhesive",
        site="恒粘日用品有限公司 协同平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hengnian.local/doc/view?id=20250612-017",
        title="关于无痕粘钩背胶脱落问题的专题会议纪要",
        record_title="【内部纪要】关于无痕粘钩背胶脱落问题的专题会议纪要 - 恒粘协同平台",
        record_date="2025-06-12",
        date="2025-06-12",
        notes="an OA document view: its 流转记录 and read count, a 标记已阅 button, the IT desk's extension beside the document's own; "
        "the 时间/地点/主持/参会/记录 lines of minutes kept in the body; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【内部纪要】关于无痕粘钩背胶脱落问题的专题会议纪要 - 恒粘协同平台</title>
<script src="/static/oa/app.js"></script></head><body>
<div class="oa-top">⟦m 恒粘协同平台⟧　⟦m 当前用户：质量部 邓雅⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议纪要　通讯录⟧</div>
<div class="oa-doc">
<div class="doc-head"><h2>{T}</h2><p>⟦m 拟稿部门：生产技术部　密级：内部　已读 46 人⟧</p></div>
<div class="doc-ops">⟦a 标记已阅　｜　转发同事　｜　导出PDF⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-06-12 17:30　生产技术部 彭晓东　拟稿⟧</p>
<p>⟦l 2025-06-13 08:52　总经理办公室 何曼　审核通过并分发⟧</p></div>
</div>
<div class="oa-foot">⟦m 信息中心运维电话：分机 8100　仅限公司内网访问⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日14:30
地点：公司三楼第二会议室
主持：副总经理 彭建华
参会：生产技术部、质量部、采购部、销售部负责人
记录：彭晓东
会议听取了质量部关于近期无痕粘钩背胶脱落投诉情况的汇报。5月以来共收到客户投诉23起，集中在XN-05型号，问题主要出现在瓷砖和涂料墙面。会议议定以下事项：
一、质量部对5月份生产的XN-05批次全部留样复测，6月20日前出具静载承重和高温高湿试验报告。
二、采购部联系背胶供应商到厂排查胶带批次，必要时更换供应商。
三、销售部在产品包装上增加“贴后静置24小时再挂物”的提示。
联系人：质量部 邓雅　分机：8215
""",
    ),
    dict(
        slug="yechuan-oa-text-rule-ticket-reimbursement",
        site="邺川市城投集团 内网 (invented), document page as text",
        style="企业内网",
        genre="制度",
        kind="rule",
        form="text",
        source="http://oa.yccitou.local/zhidu/2025/cw-07",
        title="邺川市城投集团差旅车票报销管理规定",
        date=None,
        notes="an intranet rule page: the record gives the title as is; 第N条 articles that speak of 下载/打印 as content; "
        "a 修订时间 that is an update stamp, not the document's date; no date",
        page="""
!m 邺川城投 · 内部信息门户
!m 制度汇编 » 财务管理类
{T}
!m 发布部门：计划财务部　｜　最近修订：昨天　｜　阅读 318
!a 〔收藏到我的制度〕　〔导出〕
{BODY}
!l 同类制度：公务接待管理办法　｜　员工出差住宿标准
!m 内网技术支持：信息中心 分机 6020
""",
        body="""
第一条　为规范集团员工因公出差车票报销，节约差旅费用，制定本规定。
第二条　员工出差乘坐火车、长途汽车的，应购买实名制车票，火车票以二等座为标准，特殊情况需提前报分管领导批准。
第三条　报销时须提供车票原件或电子客票行程单。使用电子客票的，由出差人员自行在购票平台下载报销凭证并打印，在凭证上签字后粘贴于报销单背面。
第四条　车票遗失的，出差人员应书面说明情况，经部门负责人签字确认后，按同线路最低票价报销。
第五条　虚报、重复报销车票的，一经查实，追回款项并按集团有关规定处理。
第六条　本规定由计划财务部负责解释，自印发之日起施行。
""",
    ),
]
