"""holdout300, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Objects: 压面机, 咖啡壶, 茶漏, 碗架, 洗菜盆.
"""

CASES = [
    dict(
        slug="blog-taihen-memoir-enamel-wash-basin",
        site="苔痕小筑 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://taihen.blog.example.net/2023/01/jiu-wu-12.html",
        title="外婆的搪瓷洗菜盆",
        record_title="【老物件絮叨】外婆的搪瓷洗菜盆 — 苔痕小筑",
        date=None,
        notes="blog: calendar widget, tag cloud, archive, comment form; a 'modified 2 months ago' stamp and a year in the "
        "text are no dates; a like/share row glued after the last sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>【老物件絮叨】外婆的搪瓷洗菜盆 — 苔痕小筑</title>
<link rel="stylesheet" href="/wp-content/themes/moss/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head>
<body class="single">
<header><a class="site-title" href="/">⟦m 苔痕小筑⟧</a><p class="site-description">⟦m 青苔爬过的地方，都有旧日子⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/category/jiuwu/">⟦m 旧物手记⟧</a> <a href="/about/">⟦m 关于我⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 苔痕　·　分类：旧物手记　·　最后修改：2 个月前⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：外婆 搪瓷 老厨房⟧</footer>
<nav class="post-nav">⟦l ← 上一篇 那只掉了漆的暖水瓶⟧　⟦l 下一篇 巷口修鞋摊 →⟧</nav>
<section id="comments"><h3>⟦l 留言 6 条⟧</h3>
<p>⟦l 晚棠：看哭了，我家也有一只一模一样的⟧</p>
<form><textarea placeholder="说点什么吧"></textarea><button>⟦a 发表留言⟧</button></form></section>
</article></main>
<aside>
<div class="widget">⟦l 本月日历 一 二 三 四 五 六 日⟧</div>
<div class="widget"><h4>⟦l 标签云⟧</h4>⟦l 旧物 外婆 巷子 老厨房 节气⟧</div>
<div class="widget"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 二〇二三年一月 (4)⟧</li><li>⟦l 二〇二二年十二月 (7)⟧</li></ul></div>
</aside>
<footer class="site-footer">⟦d 苔痕小筑文字均为原创，转载请先留言打招呼。⟧ ⟦m 由 WordPress 驱动 · 主题 Moss⟧</footer>
</body>
</html>
""",
        body="""
外婆家的厨房里，有一只白底红边的搪瓷洗菜盆，盆底印着一对鲤鱼，是一九七九年外公从县百货公司买回来的。
小时候每到周末，外婆就端着它去井边洗菜。青菜先泡在盆里，她一片一片掰开来搓，泥沙沉到盆底，换三遍水才算洗净。我蹲在旁边，专门负责把盆底那对鲤鱼“救”出来——每换一次水，鲤鱼就又露出脸来。
后来搪瓷掉了一块，露出黑黑的铁皮。妈妈说换个塑料盆吧，外婆不肯，拿胶布在背面贴了几层，又用了好些年。
外婆走后，舅舅收拾老屋，问我要不要什么。我只要了这只洗菜盆。如今它放在我家阳台上，不洗菜了，种着一盆薄荷。浇水的时候，我总会看一眼盆底那对鲤鱼。⟦a 喜欢 18　｜　分享到朋友圈⟧
""",
    ),
    dict(
        slug="blog-beidou-coffee-pot-wrapped-56",
        site="焙豆手札 (invented, personal blog)",
        style="博客",
        genre="经验",
        kind="other",
        form="text",
        source="https://beidou-shouzha.example.com/post/moka-3-years",
        title="摩卡壶用了三年，我总结的几点经验",
        record_title="摩卡壶用了三年，我总结的几点经验 ∣ 焙豆手札 · 私人咖啡笔记",
        date="2024-12-03",
        notes="a blog text hard-wrapped at 56 columns; the 发表于 line is the page's date; a reading-time line and a "
        "tip-jar line under the post, an archive list",
        page="""
!m 焙豆手札 · 一个人的咖啡笔记
!m 首页 / 器具 / 摩卡壶
{T}
!m 发表于 2024年12月3日　·　阅读约 4 分钟　·　评论 9
{BODY}
!a 文章对你有帮助？请作者喝杯咖啡 ☕ 打赏
!l 往期文章：
!l 手摇磨豆机刻度怎么选
!l 冬天冲咖啡的水温问题
!l 归档：2024年12月（2）　2024年11月（5）
!d 本博客文章采用署名—非商业性使用许可，转载请注明出处。
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
三年前在旧货摊上花四十块钱买了一只六人份的摩卡壶，到现在几乎每天早上都用。踩过不少坑，记下来给刚入手的朋友参考。
第一，下壶的水不要超过安全阀。安全阀是摩卡壶最要紧的零件，水一旦漫过它，压力泄不掉，轻则喷咖啡，重则有危险。
第二，粉不要压实。摩卡壶靠蒸汽把水顶上去，粉压得太紧，水上不去，火再大也没用，反而容易烧坏密封圈。
第三，用小火。很多人开大火图快，结果咖啡一股焦苦味。我现在都用最小的火，听到“咕噜咕噜”声就关火。
第四，不要用洗洁精刷。铝壶用清水冲净、擦干就行，洗洁精会把表面那层油膜洗掉，下一壶咖啡会有金属味。
密封圈一年左右换一次，十几块钱，别省。
""",
    ),
    dict(
        slug="wechat-canyin-pledge-dish-rack-h1",
        site="垲阳餐饮协会公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wx.mirror-reader.example.com/s/kaiyang-canyin/20250509-01",
        title="关于规范餐饮门店碗架清洁消毒的倡议书",
        record_title=None,
        date="2025-05-08",
        date_also=["2025-05-09"],
        notes="WeChat mirror: no record title, the title in the page's <h1>; a follow prompt glued before the salutation; "
        "原创 tag, 阅读原文/在看 rows and the mirror's archive note; 成文日期 differs from the account date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>公众号文章 - 镜读</title>
<script src="/assets/mirror.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 镜读 · 公众号文章离线阅读⟧ <a href="/">⟦a 回到镜读首页⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 垲阳市餐饮行业协会⟧</span> <span>⟦m 2025-05-09 18:20⟧</span> <span>⟦m 发表于垲阳⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool"><a>⟦a 阅读原文⟧</a> <span>⟦a 阅读 2863⟧</span> <span>⟦a 分享　收藏　点赞 47　在看 19⟧</span></div>
<div class="album">⟦l 收录于合集 #餐饮安全倡议 6个⟧</div>
<div class="qr">⟦a 长按识别二维码，关注垲阳餐饮⟧</div>
</div>
<div class="mirror-note">⟦d 本页由镜读自动存档，版权归原公众号所有，如需删除请联系镜读。⟧</div>
</body>
</html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.8;">{}</p></section>',
        body="""
⟦a 点上方蓝字“垲阳餐饮”，和同行一起把好后厨关⟧全市餐饮经营者：
碗架是后厨里离餐具最近的地方，也是最容易被忽视的地方。今年以来，市场监管部门在检查中发现，部分门店碗架长期不清洗，底层积水发霉，消毒后的餐具又被放回脏碗架上。为此，我们向全市餐饮门店发出如下倡议：
一、碗架每日营业结束后清洗一次，每周用含氯消毒液擦拭一次。
二、消毒后的餐具放入专用保洁碗架或保洁柜，与未消毒餐具分开存放。
三、碗架底层离地不少于二十五厘米，不放在水池正下方。
四、木质碗架逐步更换为不锈钢或其他易清洗材质。
让我们从一只碗架做起，让顾客吃得放心。
垲阳市餐饮行业协会
2025年5月8日
""",
    ),
    dict(
        slug="wechat-qiuhu-health-wash-basin-account-date",
        site="瞿湖健康 (invented, WeChat account mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://gzh-backup.example.org/qiuhu-jiankang/2025/07/02/3.html",
        title="洗菜盆比马桶还脏？这三个习惯要改掉",
        record_title="洗菜盆比马桶还脏？这三个习惯要改掉 ◇ 瞿湖健康 ◇ 微信图文存档",
        date="2025-07-02",
        notes="a WeChat article backed up as text: the account line is the page's date; a star prompt glued before the "
        "first words, a 'scan to consult' line between paragraphs, 在看 and an ad line at the end",
        page="""
!m 微信文章备份站 ｜ 瞿湖健康 专栏
{T}
!m 瞿湖健康　2025年7月2日 08:30　瞿湖区疾病预防控制中心
{BODY}
!a 觉得有用就点个“在看”，让更多家人看到
!a 阅读 1.1万　赞 203　在看 88
!l 往期推荐 ▸ 夏季剩菜能放多久　▸ 冰箱里的李斯特菌
!w 广告 ｜ 家用果蔬清洗机限时直降，戳这里
!d 本备份仅供个人阅读，原文版权属于原作者。
""",
        indent="",
        body="""
⟦a ★ 点击上方“瞿湖健康”，设为星标，健康知识不迷路⟧不少家庭的洗菜盆，洗菜、泡碗、解冻肉，甚至洗抹布都在里面。疾控人员曾对辖区30户家庭的洗菜盆取样检测，有9户的菌落总数超过了厕所坐便圈。
问题出在哪？主要是下面三个习惯。
一是生熟混用。解冻生肉后不清洗，直接泡水果、洗碗筷，容易造成交叉污染。
⟦w 扫码添加疾控健康顾问，一对一解答饮食卫生问题⟧
二是用完不擦干。盆底和下水口长期潮湿，细菌最爱这种环境。
三是抹布随手扔在盆里。湿抹布是细菌的“温床”，和洗菜盆放在一起，等于给细菌搭了桥。
建议大家用完洗菜盆后用热水冲一遍，每周用小苏打刷洗一次下水口，生肉最好用单独的盆来解冻。
""",
    ),
    dict(
        slug="docshare-wenjuan-contract-template-noodle-press",
        site="文卷共享 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wenjuan-share.com/doc/3318820.html",
        title="压面机买卖合同",
        record_title="压面机买卖合同.docx",
        date=None,
        notes="a sharing page: upload notice, points lock, service WeChat; a contract template with ×× placeholders, "
        "＿＿ blanks and ＿＿年＿＿月＿＿日 (no date); 第N条 articles",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>压面机买卖合同.docx - 文卷共享</title>
<script src="/js/wj-viewer.js"></script>
</head>
<body>
<div class="wj-top"><a href="/">⟦m 文卷共享⟧</a> <span>⟦m 一份好文档，大家都能用⟧</span> <a href="/upload">⟦a 上传我的文档⟧</a></div>
<div class="wj-crumb">⟦m 文卷共享 / 合同协议 / 买卖合同⟧</div>
<div class="wj-head"><h1>{T}</h1>
<p>⟦m 分享者：卷友_jk2207　｜　格式：docx　｜　大小：26KB　｜　被下载 412 次⟧</p>
<p>⟦d 此文档由网友分享，文卷共享仅提供存储与展示，内容的合法性请使用者自行判断。⟧</p></div>
<div class="wj-doc">
{BODY}
</div>
<div class="wj-lock">⟦a 下载原文需消耗 3 个卷点，签到可领卷点⟧</div>
<div class="wj-kf">⟦w 文档找不到？加卷卷客服微信 wjshare_kf08 帮您找⟧</div>
<div class="wj-rel"><h4>⟦l 你可能还需要⟧</h4><p>⟦l 食品机械租赁合同范本⟧</p><p>⟦l 二手设备转让协议（简易版）⟧</p></div>
<footer>⟦m 文卷共享 wenjuan-share.com　苏ICP备19066031号⟧</footer>
</body>
</html>
""",
        body="""
出卖人（甲方）：××机械有限公司
买受人（乙方）：＿＿＿＿＿＿＿＿
第一条　标的物。甲方向乙方出售××型电动压面机＿＿台，单价＿＿＿＿元，总价款＿＿＿＿＿＿元。
第二条　质量要求。压面机应符合国家有关食品机械安全标准，配备压辊防护罩和急停开关，随机附产品合格证和中文使用说明书。
第三条　交货与验收。甲方应于合同签订后＿＿日内将压面机送至乙方指定地点，并负责安装调试；乙方应在安装完毕后三日内验收。
第四条　售后服务。压面机自验收合格之日起保修一年，保修期内非人为损坏的，甲方免费维修。
第五条　争议解决。履行本合同发生争议的，双方协商解决；协商不成的，向乙方所在地人民法院起诉。
甲方（盖章）：＿＿＿＿　乙方（签字）：＿＿＿＿
＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-fenxiangku-reply-letter-tea-strainer-wps",
        site="分享库文档网 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.fenxiangku-doc.net/view/20241216/55918.html",
        title="关于茶漏样品检测结果的复函",
        record_title="关于茶漏样品检测结果的复函.wps",
        date="2024-12-10",
        notes="file-name record title (.wps); an upload box with a size and a points price, the title printed twice; "
        "成文日期 under the signature; the upload date is no date",
        page="""
!m 分享库文档网
!t 关于茶漏样品检测结果的复函.wps
!m 贡献者：fxk_茶小白　上传时间：2024-12-16　大小：18KB　下载需 2 积分
!d 温馨说明：资料来自网友共享，仅供参考，不代表分享库观点。
{T}
{BODY}
!a 喜欢这篇就收进我的文档夹
!l 同类文档：关于产品质量异议的复函.doc　检验检测结果告知书.wps
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
垲阳市茗隅茶具有限公司：
你公司《关于申请复核茶漏样品检测结果的函》收悉。经研究，现函复如下：
我中心于11月22日对你公司送检的不锈钢茶漏样品（规格：80目双层网）进行了复检。复检结果显示，该样品镍迁移量为0.08mg/kg，符合食品接触用金属材料国家标准要求；滤网目数实测为76目，与标称的80目存在差异。
建议你公司在产品标识中如实标注滤网目数，并加强出厂检验。
特此函复。
垲阳市产品质量检验所
2024年12月10日
""",
    ),
    dict(
        slug="edu-qianling-notice-dish-rack-attachment-link",
        site="阡岭教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.qianling.gov.cn.example/hqbz/2025/0403/4418.html",
        title="关于做好中小学食堂碗架更新改造工作的通知",
        record_title="关于做好中小学食堂碗架更新改造工作的通知_校园后勤_阡岭教育信息网",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="education portal: 长者模式/读屏 links, an attachment download link beside the body's own 附件 list, the "
        "bureau's contact and mailbox beside the site's technical line; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于做好中小学食堂碗架更新改造工作的通知_校园后勤_阡岭教育信息网</title>
<script src="/js/ql-edu.js"></script>
</head>
<body>
<div class="top"><span>⟦m 阡岭县教育体育局主办⟧</span> <a>⟦a 长者模式⟧</a> <a>⟦a 读屏⟧</a> <a>⟦a 登录办公平台⟧</a></div>
<div class="logo">⟦m 阡岭教育信息网⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 后勤保障⟧</li><li>⟦m 招生考试⟧</li><li>⟦m 政策文件⟧</li></ul>
<div class="pos">⟦m 位置：首页 ＞＞ 后勤保障 ＞＞ 正文⟧</div>
<div class="detail">
<h2>{T}</h2>
<div class="attr">⟦m 发布日期：2025-04-03　作者：计财股　阅读：651⟧</div>
<div class="con">
{BODY}
</div>
<div class="fj">⟦a 附件下载：碗架更新改造需求统计表.xlsx（14KB）⟧</div>
<div class="ops">⟦a 打印本页　收藏本页　关闭窗口⟧</div>
</div>
<div class="foot">
<p>⟦m 版权所有：阡岭县教育体育局　地址：阡岭县文昌路21号⟧</p>
<p>⟦m 网站技术支持：县教育信息中心 0739-8826017⟧</p>
<p>⟦m 湘ICP备10208836号⟧</p>
</div>
</body>
</html>
""",
        body="""
各中小学校：
为改善学校食堂餐具存放条件，经研究，决定今年对全县中小学食堂碗架进行更新改造。现将有关事项通知如下：
一、改造范围。全县42所中小学食堂，重点更换木质碗架和离地不足二十五厘米的碗架。
二、改造标准。新碗架采用304不锈钢材质，层板带沥水孔，配置防尘门或防尘罩，与消毒柜就近摆放。
三、工作要求。各校于4月15日前填报附件1，报县教体局计财股；暑假期间完成安装，秋季开学前组织验收。
附件：1.碗架更新改造需求统计表
2.学校食堂碗架验收标准
联系人：彭秋实，电话：0739-8826104，邮箱：qljtj_jcg@163.example.com。
阡岭县教育体育局
2025年4月2日
""",
    ),
    dict(
        slug="edu-xiachuan-lesson-plan-washing-vegetables-decimal",
        site="遐川基础教育资源网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://jyzy.xiachuan.edu.example.cn/laodong/2025/0301/1207.html",
        title="劳动教育实践课“洗菜择菜”教学方案",
        record_title="【劳动课程】劳动教育实践课“洗菜择菜”教学方案（三年级适用）",
        date="2025-02-26",
        notes="a teaching plan with decimal headings 1.1–3.2; a 'scan to read on the phone' line between sections; "
        "the teaching group's 成文日期 at the end; a resource-download prompt and a rating row outside",
        page="""
!m 遐川基础教育资源网
!m 资源中心 ＞ 劳动教育 ＞ 教学设计
!t 【劳动课程】劳动教育实践课“洗菜择菜”教学方案（三年级适用）
!m 上传：实验小学劳动教研组　｜　浏览 388　｜　评分 4.8
{BODY}
!a 下载本教学设计（需教师实名账号）
!l 同课资源：《整理书包》教学方案　《叠衣服》微课视频
!m 遐川市教育局电化教育馆　维护
""",
        body="""
1.教学目标
1.1 认识洗菜盆、沥水篮等厨房用具，知道洗菜盆要生熟分开使用。
1.2 学会择菜、洗菜的基本步骤，能独立洗净一种叶类蔬菜。
2.教学准备
2.1 每组准备洗菜盆一只、沥水篮一个、小白菜五百克。
2.2 教师提前检查洗菜盆有无破损，水温控制在常温。
⟦a 用手机扫一扫，这份教案随身看⟧
3.教学过程
3.1 示范环节。教师演示择去黄叶、剪掉根部，再把菜叶放入洗菜盆中浸泡五分钟，换水冲洗两遍。
3.2 实践环节。学生分组操作，组长检查菜叶是否洗净，最后把洗菜盆刷洗干净、倒扣晾干。
遐川市实验小学劳动教研组
2025年2月26日
""",
    ),
    dict(
        slug="oa-hongquan-minutes-coffee-pot-quality",
        site="鸿泉协同办公平台 (invented, enterprise OA)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.hongquan-kitchen.example.local/doc/view?id=20241017-0031",
        title="咖啡壶产品质量分析会会议纪要",
        record_title="〔传阅〕咖啡壶产品质量分析会会议纪要 - 鸿泉协同办公平台",
        date="2024-10-16",
        notes="OA document view: the minutes' 时间/地点/主持/参会/记录 lines in the body (the 时间 line is the date), "
        "its 流转记录 and read count, a 'mark as read' button; the export stamp is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔传阅〕咖啡壶产品质量分析会会议纪要 - 鸿泉协同办公平台</title>
<script src="/oa/static/flow.js"></script>
</head>
<body>
<div class="oa-head">⟦m 鸿泉厨具 · 协同办公平台⟧ <span>⟦m 当前用户：质量部 叶知秋⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-left"><ul><li>⟦m 待办事项 (3)⟧</li><li>⟦m 公文传阅⟧</li><li>⟦m 制度文件⟧</li><li>⟦m 通讯录⟧</li></ul></div>
<div class="oa-main">
<div class="oa-path">⟦m 公文传阅 ＞ 会议纪要 ＞ 查看⟧</div>
<h2>{T}</h2>
<div class="oa-attr">⟦m 拟稿部门：质量部　密级：内部　导出于 2025-01-08 14:02⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 质量部 叶知秋 拟稿 → 生产副总 颜立川 审核 → 总经理 邵明远 签发⟧</p>
<p>⟦l 已阅 27 人　未阅 4 人⟧</p></div>
<div class="oa-btn"><button>⟦a 阅毕签收⟧</button> <button>⟦a 转交他人⟧</button></div>
</div>
<div class="oa-foot">⟦d 内部资料　严禁外传　信息中心技术支持 分机 8010⟧</div>
</body>
</html>
""",
        body="""
时间：2024年10月16日下午
地点：公司三楼会议室
主持：颜立川
参会：质量部、生产部、采购部、售后服务部负责人
记录：叶知秋
会议通报了第三季度咖啡壶产品售后情况。三季度共售出摩卡壶2.4万只，收到质量投诉61起，其中安全阀漏气29起、手柄松动18起、壶身变形14起。
会议议定：一、安全阀供应商自11月起改为每批次抽检，抽检不合格的整批退货，由采购部负责落实。二、生产部在手柄装配工序增加扭力检测，10月底前完成工装改造。三、售后服务部对已售出的问题批次主动回访，免费更换安全阀。
以上事项由质量部跟踪督办，下次质量分析会通报落实情况。
""",
    ),
    dict(
        slug="oa-jinzhan-rules-dish-rack-workshop-5s",
        site="金盏厨具内网 (invented)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://portal.jinzhan-kitchen.example.local/zhidu/2025/018.html",
        title="碗架生产车间5S管理规定",
        record_title="〔车间管理制度〕碗架生产车间5S管理规定｜金盏厨具内网",
        date=None,
        notes="an intranet rule with 第N条 articles that speak of 扫码 and 打印 as content; an effective clause but no "
        "date; the IT desk's extension and a read count outside the body",
        page="""
!m 金盏厨具内网　｜　员工门户
!m 制度汇编 → 生产管理 → 车间管理
!t 〔车间管理制度〕碗架生产车间5S管理规定｜金盏厨具内网
!m 发布部门：生产管理部　阅读 214 次　最后更新：昨天 17:20
{BODY}
!a 〔我已学习〕〔导出PDF〕〔返回列表〕
!m 内网使用问题请拨信息部分机 6606
!d 本文件为公司内部资料，未经许可不得外传。
""",
        indent="\u3000\u3000",
        body="""
第一条　为保持碗架生产车间整洁有序，提高产品质量和生产效率，制定本规定。
第二条　本规定适用于碗架生产车间的下料、折弯、焊接、抛光和包装各工序。
第三条　整理。车间内只保留当班生产需要的材料和工具，不锈钢边角料每班下班前清入废料箱。
第四条　整顿。工具定点摆放并贴标识，模具架上每个模具均贴二维码，领用和归还时须扫码登记。
第五条　清扫。每班下班前清扫工位，焊接区每日清理焊渣一次。
第六条　清洁。车间每周五下午组织一次检查，检查表由班组长打印后张贴在车间公告栏。
第七条　素养。员工进入车间须穿戴工作服和防割手套，不得在车间内饮食。
第八条　本规定自印发之日起施行，由生产管理部负责解释。
""",
    ),
]
