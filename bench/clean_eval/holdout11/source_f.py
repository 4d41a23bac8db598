"""Holdout 11, part F: blogs, personal collections and WeChat mirrors.
Invented text, sites, places and people; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-laozhangshu-reading-notes-stale-banner",
        site="老樟树下 (invented personal blog)",
        style="博客",
        genre="读书心得",
        kind="other",
        form="text",
        source="https://laozhangshu.example.me/2025/03/01/jiceng-zhili-dushu/",
        title="读《县域治理的逻辑》有感",
        record_title="读《县域治理的逻辑》有感 – 老樟树下",
        date="2025-03-01",
        notes="blog post: an 'outdated post' banner, a 发布于 line (the date), a reward button, tags, older/newer navigation and a comment list",
        page="""
!m 老樟树下
!m 一个县城公务员的读书与思考
!m 首页　归档　读书　随笔　关于
{T}
!m 发布于 2025-03-01 · 分类：读书 · 阅读约 5 分钟
!d 本文最后更新于 2025年3月2日，已超过 120 天没有更新，若内容失效，请留言反馈。
{BODY}
!a ¥ 赞赏支持
!w 约稿、交流请发邮件：laozhangshu@example.me
!l 标签：# 读书 # 县域治理 # 基层
!l « 较早文章：春节值班杂记　　　较新文章：写给新入职的年轻同事 »
!l 3 条评论
!l 竹影：同感，“接得住”三个字说得太准了。 2025-03-02 08:11
!m © 2025 老樟树下 · 本站已运行 1,203 天
""",
        gap=True,
        body="""
春节假期，我读完了《县域治理的逻辑》这本书。作者在多个县做过长期调研，书中讲的很多场景，我在工作中都似曾相识。
书中有一个观点让我印象很深：县一级处在“上下之间”，既要把上级的政策“接得住”，又要把基层的情况“说得清”。在县里工作久了，我越来越体会到，政策落地不是简单的“上传下达”，而是一个不断转化、不断调适的过程。同样一项政策，放在平原县和山区县，做法可能完全不同。
作者还谈到县域治理中的“注意力分配”问题。县里的事情千头万绪，领导的注意力有限，什么事情被列为“中心工作”，什么事情就能调动资源。这提醒我们，做业务工作不能只埋头干，还要学会把本领域的问题讲清楚、讲到位，争取更多的关注和支持。
读这本书，也让我反思自己的工作方法。过去写材料，常常满足于把上级文件的要求“翻译”成本地版本，对基层到底能不能做到、怎么做到，思考得不够。今后，我要多到乡镇、村里走一走，让写出来的东西更接地气。
书是好书，推荐给在县里工作的同事们。
""",
    ),
    dict(
        slug="blog-mozhai-summary-html-archive-sidebar",
        site="墨斋手记 (invented, Typecho-style blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://mozhai.example.net/archives/318/",
        title="2024年度个人工作总结",
        record_date="2025-01-03",
        date="2025-01-03",
        notes="HTML blog: monthly archive and tag cloud in the sidebar, latest comments, RSS link, theme credit; a year in the title; record date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2024年度个人工作总结 - 墨斋手记</title>
<link rel="alternate" type="application/rss+xml" href="/feed/"></head>
<body>
<header><h2 class="site-name">⟦m 墨斋手记⟧</h2><p class="desc">⟦m 慢慢写，慢慢想⟧</p></header>
<div class="wrap"><main>
<article>
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：墨斋⟧</li><li>⟦m 时间：2025年01月03日⟧</li><li>⟦m 分类：工作⟧</li><li>⟦m 12 条评论⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：总结, 年终, 机关⟧</p>
</article>
</main>
<aside>
<section><h3>⟦l 最新评论⟧</h3><ul><li>⟦l 北窗：写得真诚，学习了⟧</li><li>⟦l 阿远：同是写材料的，握手⟧</li></ul></section>
<section><h3>⟦l 归档⟧</h3><ul><li>⟦l 2025年1月 (3)⟧</li><li>⟦l 2024年12月 (7)⟧</li><li>⟦l 2024年11月 (5)⟧</li></ul></section>
<section><h3>⟦l 标签云⟧</h3><p>⟦l 读书 写作 总结 随笔 旅行 摄影⟧</p></section>
<section><a href="/feed/">⟦a 订阅 RSS⟧</a></section>
</aside></div>
<footer>⟦m © 2025 墨斋手记. 由 Typecho 驱动. Theme Ink by moz.⟧</footer>
</body></html>
""",
        body="""
2024年，我在局办公室主要负责文字综合和信息工作。一年来，在领导的关心和同事们的帮助下，我努力做好本职工作，现将一年来的工作情况总结如下。
一、文字材料工作。全年共起草各类讲话稿、汇报材料、工作总结等材料86篇，约42万字，其中局主要领导讲话稿14篇。在写作中，我坚持先调研后动笔，多次到基层单位了解情况，努力让材料既有高度又接地气。
二、信息宣传工作。全年编发工作信息132期，被市级以上采用41篇，其中2篇被省厅简报转发；在市级以上媒体发表宣传稿件23篇，局信息工作在全市系统考核中排名第三。
三、学习提升方面。坚持每天抽出一小时读书看报，全年读书18本，撰写读书笔记5万余字；参加了市委党校中青年干部培训班，系统学习了公文写作、调查研究等课程。
四、存在的不足。一是材料写作有时存在求快求稳心态，创新不够；二是对业务工作了解不够深入，有些材料还不够精准；三是工作节奏把握不够好，加班较多。
新的一年，我将继续加强学习、深入基层、提升能力，努力写出更多有分量的好材料。
""",
    ),
    dict(
        slug="blog-qiuyu-report-emergency-office-wrapped",
        site="秋雨的写字台 (invented, text-style blog)",
        style="博客",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://qiuyu.example-blog.cn/p/20251228-shuzhi.html",
        title="乡镇应急管理办公室主任2025年度述职报告",
        date=None,
        notes="a plain-text blog post hard-wrapped at 60 columns; relative time only (no date); visitor counter and guestbook prompt; a year in the title is no date",
        page="""
!m ※ 秋雨的写字台 ※
!m [ 首页 ]  [ 文章 ]  [ 留言本 ]  [ 友情链接 ]
{T}
!m 3天前 · 秋雨 · 访问 402
{BODY}
!m 本站累计访问：000128517 人次
!l 留言本：有问题欢迎在留言本里提，我看到都会回复。
!l 友情链接：公文驿站 | 笔耕札记 | 县城生活
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
2025年，我在镇党委、政府的领导下，主持镇应急管理办公室工作，认真履行安全生产、防灾减灾和应急救援等职责。现将一年来的工作情况述职如下。
一、安全生产方面。组织开展安全生产大检查12轮，检查企业和经营场所460家次，排查整改隐患318处，整改率100%；牵头开展“九小场所”消防安全专项整治，清理电动自行车违规充电点位85处。全年全镇未发生较大以上生产安全事故。
二、防灾减灾方面。修订完善镇级防汛、地质灾害、森林防火等专项应急预案5个，组织应急演练6场；汛期转移受威胁群众1200余人次，实现了“不死人、少伤人”目标。
三、应急能力建设方面。推动镇应急救援队伍规范化建设，配备冲锋舟、发电机等装备物资52类，在每个村建立应急物资储备点，落实了“村村有喇叭、组组有铜锣”的预警方式。
四、存在的不足。一是企业主体责任落实不够到位，部分小微企业隐患反复出现；二是应急队伍专业化程度不高；三是个人对新业务、新知识学习不够。
明年，我将进一步压实安全责任，提升应急能力，坚决守牢全镇安全底线。
""",
    ),
    dict(
        slug="anthology-zhengyifan-speech-recording-note",
        site="郑一凡文集 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wenji.example.cn/zhengyifan/jcbj3/17.html",
        title="在全县农村“厕所革命”现场推进会上的讲话",
        date="2023-11-16",
        notes="a personal collection: collection nav and 收录于 line (chrome), the date under the title and a 根据录音整理 note (neutral); a speech given two years before it was collected",
        page="""
!m 郑一凡文集 · 《基层笔记》第三辑
!l 文集目录 ｜ 上一篇：在全县秋冬种工作会议上的讲话 ｜ 下一篇：在驻村工作队培训班开班式上的讲话 ｜ 返回文集首页
{T}
（2023年11月16日）
（根据录音整理）
!m 收录于《基层笔记》第三辑 · 第17篇　　字数 1,236 · 阅读 88　　整理上传：2025-02-10
{BODY}
!d 文集内容为作者本人旧作整理，转载请征得作者同意。
!l 文集目录 ｜ 返回顶部
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在芦湾镇召开全县农村“厕所革命”现场推进会，主要目的是看现场、学经验、找差距、促落实。上午大家实地察看了三个村的改厕现场，芦湾镇和石磴乡作了典型发言，讲得很好。下面，我讲几点意见。
一、要把好事办好。农村改厕是一件好事，但好事办不好，群众就会有意见。前几年，有的地方为赶进度，改厕质量不过关，出现了“建了不用、用了不好用”的问题。我们一定要吸取教训，坚持“数量服从质量、进度服从实效”，宁可慢一点，也要把每一座厕所建好。
二、要因地制宜。我县山区和平原差异很大，不能搞“一刀切”。平原地区和人口集中的村，可以推广三格式化粪池加管网收集；山区和居住分散的地方，可以采用双瓮式或者生态旱厕。方案要让群众选，让群众参与。
三、要建管并重。改厕只是第一步，后续管护才是关键。各乡镇要建立粪污清掏服务队，探索“政府补一点、村集体出一点、农户掏一点”的管护机制，确保厕所用得好、长受益。
四、要压实责任。各乡镇党委书记要亲自抓，县农业农村局要加强技术指导和质量监管，县里将组织专项督查，对进度慢、质量差的乡镇进行通报。
同志们，“厕所革命”是一项民生工程，也是一项民心工程。希望大家真抓实干，让农民群众用上卫生厕所、过上更加文明健康的生活。
""",
    ),
    dict(
        slug="anthology-shanlan-essay-forest-economy-oneline",
        site="山岚集 (invented personal collection)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://shanlanji.example.org/article/2024-06-forest-economy",
        title="关于山区县发展林下经济的几点思考",
        record_title=None,
        date=None,
        notes="no record title; a collected article on one line (paragraphs apart by their indent); 原载 line naming a journal issue (chrome, not a date); collection chapter nav",
        page="""
!m 山岚集　|　一位县委研究室干部的调研文存
!m 卷二 · 产业篇
{T}
!m 本文原载《砚溪调研》2024年第6期，收入本集时略有删改。
{BODY}
!l ◀ 卷二上一篇　｜　卷二目录　｜　卷二下一篇 ▶
!m 山岚集 © 作者保留全部权利
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
云岫县森林覆盖率达到76%，林地面积占国土面积的七成以上，发展林下经济具有得天独厚的条件。近年来，全县林下经济从无到有、从小到大，但与先进地区相比仍有较大差距。结合近期调研，谈几点思考。
一、林下经济发展的基本现状。目前，全县林下经济经营面积达到28万亩，主要发展林下中药材、林下养殖、林下食用菌和森林康养等四种模式，年产值约9.6亿元，带动农户1.8万户。但总体上仍呈现“小、散、弱”的特点：经营主体以农户分散经营为主，规模化程度低；产品以初级农产品为主，精深加工不足；品牌建设滞后，市场竞争力不强。
二、制约发展的主要因素。一是政策落地不够顺畅，林下种植涉及林地使用、林木采伐等审批事项，不少经营主体反映手续复杂。二是金融支持不足，林权抵押贷款评估难、处置难，经营主体融资渠道窄。三是技术服务薄弱，县乡林业技术人员少，难以满足产业发展需要。
三、加快发展的对策建议。一是强化规划引领，按照“一乡一业、一村一品”编制林下经济发展规划。二是培育经营主体，支持龙头企业、合作社与农户建立紧密的利益联结机制。三是完善要素保障，探索林权收储担保，扩大林下经济保险覆盖面。四是打造区域品牌，统一注册“云岫林珍”区域公用品牌，提升产品附加值。
""",
    ),
    dict(
        slug="wechat-yanxifabu-plan-consumption-year",
        site="mirror of the WeChat account 砚溪发布 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="other",
        form="text",
        source="https://wx.readmirror.example.cn/s/yxfb/20250403_02",
        title="砚溪市2025年“消费提振年”活动实施方案",
        record_title="权威发布｜砚溪市2025年“消费提振年”活动实施方案",
        date="2025-04-03",
        notes="WeChat mirror: 权威发布｜ prefix in the record title; account line with time and place (the date); a follow card, an end-of-article source/editor/review line, 往期精彩 and a like/comment row",
        page="""
!t 权威发布｜砚溪市2025年“消费提振年”活动实施方案
!m 原创　砚溪发布　砚溪发布　2025年04月03日 08:30　湖南
!a 👆 轻触上方名片，一键关注不迷路
{BODY}
!m 来源：市商务局｜编辑：小溪｜审核：龙涛
!w 新闻线索、投稿请发至：yxfb_tougao@yanxi.example.cn
!l 往期精彩
!l ▷ 重磅！砚溪高铁站综合枢纽正式投用
!l ▷ 今年这些民生实事，与你我息息相关
!l 划线　｜　留言 12　｜　写留言
""",
        body="""
为深入贯彻落实提振消费专项行动部署，全面激发消费潜力，推动全市经济持续回升向好，市政府决定将2025年确定为全市“消费提振年”，特制定本方案。
一、工作目标
全年社会消费品零售总额增长6%以上，新培育特色消费街区5个、夜间经济集聚区3个，举办各类促消费活动200场以上，让“逛在砚溪、吃在砚溪、游在砚溪”成为城市新名片。
二、重点任务
（一）扩大大宗消费。落实汽车、家电、家装厨卫以旧换新补贴政策，全年计划发放补贴资金1.2亿元；开展“购车惠民季”“家电焕新节”等主题活动，推动大宗商品消费平稳增长。
（二）培育新型消费。支持实体商业数字化转型，打造直播电商基地2个，培育本土网红品牌10个以上；发展即时零售、社区团购等新业态新模式。
（三）提升服务消费。推动文旅、体育、养老、托育等服务消费提质扩容，举办砚溪国际龙舟节、古城灯会等节会活动，推出文旅消费券和惠民演出。
（四）优化消费环境。开展放心消费创建行动，畅通消费维权渠道，推行线下无理由退货，全年建成放心消费示范单位300家。
三、保障措施
市商务局牵头建立“消费提振年”工作专班，每月调度工作进展；市财政局统筹安排促消费专项资金；各县市区要结合实际制定具体实施方案，确保各项任务落地见效。
""",
    ),
    dict(
        slug="wechat-weidu-notice-html-family-selection",
        site="微读聚合 — mirror of the WeChat account 雁汀妇联 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.weidujuhe.example.cn/a/ytfl/2025/04/17/40821.html",
        title="关于开展2025年度“最美家庭”推荐评选活动的通知",
        date="2025-04-15",
        date_also=["2025-04-17"],
        notes="HTML WeChat aggregator: account box, read/like/在看 counters, scan-to-subscribe and open-in-WeChat prompts; the notice's signature date differs from the posting time; its own 联系人 stays body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2025年度“最美家庭”推荐评选活动的通知 | 微读聚合</title></head>
<body>
<div class="wd-head">⟦m 微读聚合 · 聚合优质公众号文章⟧</div>
<div class="wd-acc"><span>⟦m 雁汀妇联⟧</span> <span>⟦m 微信号：ytfulian⟧</span></div>
<div class="wd-art">
<h2 class="wd-title">{T}</h2>
<div class="wd-meta">⟦m 雁汀妇联　2025-04-17 17:26⟧</div>
<div class="wd-content">
{BODY}
</div>
<div class="wd-count">⟦m 阅读 1.2万　赞 86　在看 12⟧</div>
<div class="wd-qr">⟦a 用微信扫码，订阅此公众号更新⟧ ⟦a 在微信中打开原文⟧</div>
</div>
<div class="wd-more"><h4>⟦l 该公众号的其他文章⟧</h4><p>⟦l 巾帼建功｜雁汀县女性创业典型风采展⟧</p><p>⟦l 家庭教育公益讲座报名开始啦⟧</p></div>
<div class="wd-foot">⟦d 微读聚合所收录文章的版权归原公众号所有，如需删除请联系 del@weidujuhe.cn⟧</div>
</body></html>
""",
        p_html='<section style="line-height:1.75em;"><span style="font-size:16px;color:#3f3f3f;">{}</span></section>',
        body="""
各乡镇妇联，县直各单位妇委会：
为深入推进家庭家教家风建设，引导广大家庭培育和践行社会主义核心价值观，经研究，决定在全县开展2025年度“最美家庭”推荐评选活动。现将有关事项通知如下。
一、推荐范围
全县城乡各类家庭，重点推荐在爱国爱家、相亲相爱、向上向善、共建共享等方面表现突出的家庭，特别是在乡村振兴、基层治理、志愿服务等工作中涌现出的先进家庭。
二、推荐名额
每个乡镇妇联推荐2至3户，县直各单位妇委会推荐1户。县妇联将从中评选出县级“最美家庭”20户。
三、推荐程序
采取自下而上、逐级推荐的方式进行。各推荐单位要深入挖掘身边的先进家庭，广泛听取群众意见，对拟推荐家庭进行公示，公示无异议后填写推荐表上报。
四、时间要求
请各单位于5月10日前将推荐表（一式两份）和家庭事迹材料（1500字左右，附家庭照片2至3张）报送县妇联，电子版同时发送至邮箱。
联系人：钟晓慧，联系电话：0745-7652213。
雁汀县妇女联合会
2025年4月15日
""",
    ),
    dict(
        slug="wechat-bitan-speech-private-firms-reward",
        site="mirror of the WeChat account 笔谈材料 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://mp.mirror-hub.example.cn/bitancailiao/2025/0308/1.html",
        title="在全市民营企业座谈会上的讲话",
        record_title="重磅｜在全市民营企业座谈会上的讲话",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="WeChat mirror of a materials account: 重磅｜ prefix; the date under the title (neutral); 'article modified' note; a join-group QR prompt between paragraphs; reward and 'people who liked this' rows",
        page="""
!t 重磅｜在全市民营企业座谈会上的讲话
!m 笔谈材料　2025-03-07 07:00
!m 文章已于2025-03-08修改
{T}
（2025年3月5日）
{BODY}
!a 微信扫一扫赞赏作者　　赞赏
!l 喜欢此内容的人还喜欢
!l 在全市优化营商环境工作会议上的讲话（提纲）
!l 企业家座谈会主持词及讲话汇编
""",
        indent="\u3000\u3000",
        body="""
各位企业家朋友，同志们：
今天，我们召开全市民营企业座谈会，主要是听取大家对全市经济发展和营商环境的意见建议，共同研究支持民营经济发展的举措。刚才，8位企业家作了发言，讲得都很坦诚、很实在，有成绩、有困难、有建议。对大家提出的问题，市直相关部门要认真梳理，逐一研究，限期答复。
民营经济是我市经济发展的重要力量。全市民营企业贡献了62%的税收、68%的地区生产总值和85%以上的城镇劳动就业。可以说，没有民营经济的发展，就没有砚溪的今天。
⟦w ▌长按下图识别二维码，加入“笔谈材料”交流群，获取更多讲话稿▌⟧
下一步，市委、市政府将重点做好以下几件事：
一是在政策落实上更有力度。全面梳理各级惠企政策，推行“免申即享”，让企业不找政策、政策找企业。
二是在要素保障上更有温度。加大中小微企业融资支持，推广“信易贷”，解决企业“融资难、融资贵”问题；优先保障民营企业项目用地、用能需求。
三是在政务服务上更有速度。深化“一件事一次办”，推行涉企检查“综合查一次”，坚决杜绝多头检查、重复检查。
四是在政商关系上更有亲度。落实市领导联系重点民营企业制度，坚持每季度召开一次政企座谈会，做到“有求必应、无事不扰”。
各位企业家朋友，希望大家坚定发展信心，专心致志做强做优做大企业，为全市高质量发展作出新的更大贡献！
""",
    ),
    dict(
        slug="wechat-yunxiu-bulletin-wrapped-read-original",
        site="mirror of the WeChat account 云岫应急管理 (invented)",
        style="公众号镜像",
        genre="通报",
        kind="notice",
        form="text",
        source="https://wx.readmirror.example.cn/s/yxyjgl/20251015_01",
        title="关于2025年第三季度全县安全生产检查情况的通报",
        record_title=None,
        date="2025-10-13",
        date_also=["2025-10-15"],
        notes="no record title; mirrored article hard-wrapped at 56 columns; document number (neutral); date in Chinese numerals; read-original and download-attachment prompts",
        page="""
!m 云岫应急管理　2025-10-15 18:02
!m 本文来源：县安委会办公室
{T}
云安办〔2025〕33号
{BODY}
!a ↓↓↓ 点击“阅读原文”下载附件
!a 阅读原文　　分享　　收藏
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县安委会各成员单位：
2025年第三季度，县安委会办公室组织5个检查组，采取“四不两直”方式，对全县12个乡镇和重点行业领域开展了安全生产检查。现将有关情况通报如下。
一、总体情况
本次检查共抽查企业和单位186家，发现各类安全隐患527条，已整改493条，整改率93.5%；对存在重大隐患的3家企业责令停产整顿，立案处罚7起，罚款21.6万元。总体看，各乡镇、各部门能够认真落实安全生产责任，重点行业领域安全形势平稳。
二、存在的主要问题
（一）企业主体责任落实不到位。部分企业安全管理制度流于形式，安全培训教育不扎实，部分员工对岗位风险和应急处置措施不清楚。
（二）重点领域隐患仍然突出。部分小型加工企业存在电气线路私拉乱接、消防设施缺失等问题；部分在建工地高处作业防护措施不到位。
（三）属地监管存在薄弱环节。个别乡镇对辖区企业底数不清，日常检查重数量、轻质量，发现问题后跟踪督办不够。
三、下一步工作要求
各乡镇、各有关部门要对照本次检查发现的问题，举一反三，于10月31日前全部整改到位，并将整改情况报县安委会办公室。县安委会办公室将适时组织“回头看”，对整改不力的单位予以通报问责。
附件：2025年第三季度安全生产检查问题清单
云岫县安全生产委员会办公室
二〇二五年十月十三日
""",
    ),
]
