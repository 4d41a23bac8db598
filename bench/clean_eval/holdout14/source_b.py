"""Holdout14, part B: news, WeChat mirrors, blogs, personal collections and mails —
a county media centre's hackathon report, a translated-news mirror, a news app's
one-line share page, an orchestra's and a student union's WeChat accounts, a
neighbourhood mutual-aid association's account, a podcast's show notes, a village
first secretary's blog, a retired cadre's collection, a speech-writer's site, a
forwarded mail with minutes and an alumni newsletter sent by mail. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="news-tongling-hackathon-html-byline",
        site="桐岭融媒 (invented county media centre)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tonglingrm.example.cn/xw/bd/2025-11/23/content_60218.html",
        title="首届“数智桐岭”青年黑客松大赛落幕",
        date="2025-11-23",
        notes="HTML news page: a channel nav, a byline with 发布时间 (the page's date), 记者/通讯员 and 责任编辑 lines, a list of winning teams that belongs to the report, a 视频号 follow prompt and a photo caption between paragraphs, a share bar, a comment box with a count, a 相关新闻 list with dates and an ad label",
        page="""
<html><head><meta charset="utf-8"><title>首届“数智桐岭”青年黑客松大赛落幕_桐岭融媒</title></head><body>
<div class="head">⟦m 桐岭融媒 · 桐岭县融媒体中心主办⟧</div>
<div class="chan">⟦m 要闻　本地　政务　民生　视频　专题⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="src">⟦m 发布时间：2025-11-23 20:41　来源：桐岭融媒⟧</div>
<div class="auth">⟦m 记者 蔡一鸣　通讯员 甘露⟧</div>
<div class="con">
{BODY}
</div>
<div class="ed">⟦m 责任编辑：郝宁　审核：鲍志坚⟧</div>
<div class="share">⟦l 转发到：微信 / 朋友圈 / 微博 / 复制链接⟧</div>
</div>
<div class="cmt"><p>⟦l 网友评论（共 0 条）⟧</p><p>⟦l 我来说两句，文明上网理性发言⟧</p><p>⟦a 提交⟧</p></div>
<div class="rel"><h4>⟦l 相关新闻⟧</h4>
<ul><li>⟦l 县数字经济产业园第二期开工 11-18⟧</li><li>⟦l 桐岭职校学生获省技能大赛一等奖 11-15⟧</li></ul></div>
<div class="ad">⟦a 广告⟧</div>
<div class="foot">⟦d 本网原创稿件，未经授权禁止转载　桐岭县融媒体中心版权所有⟧</div>
</body></html>
""",
        body="""
11月23日晚，经过36小时连续编程和现场路演，首届“数智桐岭”青年黑客松大赛在县数字经济产业园落下帷幕。
本次大赛由团县委、县科技局和县数据资源局联合主办，以“用代码解决身边的问题”为主题，吸引了来自省内高校和本地企业的二十四支队伍、九十六名青年参赛。
⟦a 关注“桐岭融媒”视频号，看大赛精彩瞬间⟧
比赛现场，各参赛队围绕县里提出的“农产品溯源”“独居老人关爱”“停车难”等十二个真实需求开发应用原型。
⟦m 图为参赛队员在进行项目路演。记者 蔡一鸣 摄⟧
经过评委现场评审，比赛结果如下：
一等奖：“田码通”队，作品为茶叶溯源小程序；
二等奖：“银铃守护”队、“泊车宝”队；
三等奖：“云上菜篮子”队、“安心社区”队、“AI小秘书”队。
县数据资源局负责人表示，获奖作品中具备落地条件的，将通过政府购买服务等方式纳入明年县级数字化项目库，推动作品从“赛场”走向“市场”。
""",
    ),
    dict(
        slug="mirror-yiwen-translated-news",
        site="译闻镜像站 (invented translated-news mirror)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://yiwen-mirror.example.net/zh/articles/2025/06/safety-meeting-2210",
        title="全市安全生产暨防汛工作会议召开",
        record_title="全市安全生产暨防汛工作会议召开 - 临川日报 | YiWen Mirror",
        date="2025-06-05",
        record_date="2025-06-05",
        notes="a mirror that carries a Chinese paper's news with English interface chrome: a language switch, an 'original link' and 'machine-translated summary' box, a Translated/Mirrored line, reading time; the news itself in Chinese; a 'Related' list in English and a 'report an error' action",
        indent="\u3000\u3000",
        page="""
!m YiWen Mirror · 译闻镜像
!a 中文 | English | 日本語　　Sign in
!t 全市安全生产暨防汛工作会议召开 - 临川日报 | YiWen Mirror
!m Mirrored from 临川日报 · 2025-06-05 · 4 min read
!m 原文链接：http://paper.linchuanrb.example.cn/html/2025-06/05/nw.D110000lcrb_20250605_1-01.htm
!d Machine-translated summary available below. Content belongs to the original publisher.
{BODY}
!a ⚑ Report a translation error
!l Related
!l · City launches summer heat-safety campaign (2025-06-02)
!l · 临川市召开森林防火总结会议 (2025-05-28)
!m © 2025 YiWen Mirror. Mirrors are provided for research and archive purposes.
""",
        body="""
6月4日，全市安全生产暨防汛工作会议召开。市委副书记、市长关卫东出席会议并讲话，副市长柯立新主持会议。
会议通报了今年以来全市安全生产形势和防汛准备工作情况。1至5月，全市生产安全事故起数和死亡人数同比分别下降百分之十八和百分之二十二，未发生较大以上事故。
关卫东指出，当前我市已进入主汛期，同时也是安全生产事故易发多发期，各地各部门要坚决克服麻痹思想和侥幸心理，把各项防范措施落实到每一个环节、每一个岗位。
关卫东强调，要紧盯危险化学品、建筑施工、道路交通、城镇燃气等重点行业领域，深入开展隐患排查整治；要严格落实防汛责任制，做好山洪、城市内涝和地质灾害防范，确保人民群众生命财产安全。
会议以视频形式开到各县（市、区）和乡镇（街道）。
""",
    ),
    dict(
        slug="newsapp-jinghong-orchestra-oneline",
        site="锦鸿新闻客户端 (invented, share page)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://h5.jinghongnews.example.com/share/article?id=880122&from=wx",
        title="市交响乐团走进乡村学校送上“开学第一课”",
        record_title=None,
        date="2025-09-02",
        notes="no record title; a news app's share page with the whole article on one line; an open-in-app banner, a 发布时间 line (the page's date), a like/collect/comment bar and a 'more from the app' line at the bottom",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a 打开锦鸿新闻APP，阅读更多本地资讯 >
{T}
!m 锦鸿新闻　发布时间：2025-09-02 18:06　阅读 3.2万
{BODY}
!l ♡ 点赞 412　☆ 收藏　💬 评论 27
!a 下载客户端，查看更多精彩内容
""",
        body="""
9月1日，锦鸿市交响乐团“音乐进校园”公益演出走进白沙镇中心小学，为四百多名乡村孩子送上了一堂特别的“开学第一课”。
演出在弦乐四重奏《茉莉花》的悠扬旋律中拉开帷幕。乐手们还带来了《我和我的祖国》《在希望的田野上》等曲目，并向孩子们介绍了小提琴、大提琴、长笛等乐器的发声原理。
“这是我第一次这么近地看到大提琴！”四年级学生小雨兴奋地说。
据介绍，今年市交响乐团计划开展公益演出四十场，其中乡村学校专场不少于二十场。
""",
    ),
    dict(
        slug="wechat-xiling-orchestra-civility-html",
        site="西陵交响乐团 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://wx.mirror-read.example.com/s/XlJx_2025_1201_a",
        title="文明观演倡议书",
        record_title="文明观演倡议书｜新年音乐会季，我们这样做",
        date="2025-12-01",
        notes="WeChat mirror HTML (section/span template): 原创 tag, account name and a follow card at the top, 'click the blue words' prompt, a divider image's caption, 赞赏/在看/分享 rows, 阅读原文, a 往期推荐 list and a mirror site's own footer; the initiative's own rules (no photos, phones on silent) stay; the signature date is the date",
        p_html='<section style="margin:0 8px;"><p><span style="font-size:15px;color:#333;">{}</span></p></section>',
        page="""
<html><head><meta charset="utf-8"><title>文明观演倡议书｜新年音乐会季，我们这样做</title></head><body>
<div id="mirror">⟦m 微读镜像 · 公众号文章存档⟧</div>
<h1 class="rich_media_title">⟦t 文明观演倡议书｜新年音乐会季，我们这样做⟧</h1>
<div class="meta"><span>⟦m 原创⟧</span> <span>⟦m 西陵交响乐团⟧</span> <span>⟦m 2025年12月01日 19:30 湖北⟧</span></div>
<section><p>⟦a 点击上方蓝字「西陵交响乐团」关注我们⟧</p></section>
<div id="js_content">
{BODY}
</div>
<section><p>⟦m — END —⟧</p><p>⟦m 图文编辑 | 乐团宣传推广部⟧</p></section>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 在看 98⟧　⟦l 分享⟧　⟦l 点赞⟧</div>
<div class="more"><p>⟦l 往期推荐⟧</p>
<p>⟦l ▷ 2026新年音乐会开票啦！⟧</p><p>⟦l ▷ 走近首席｜单簧管演奏家的一天⟧</p></div>
<div id="mfoot">⟦d 本站仅做存档，版权归原公众号所有，如有侵权请来信删除⟧</div>
</body></html>
""",
        body="""
亲爱的观众朋友们：
音乐厅是城市的艺术殿堂，每一场演出都需要演奏者和观众共同完成。新年音乐会季即将到来，为营造安静、舒适、文明的观演环境，我们向每一位走进音乐厅的朋友发出如下倡议：
一、提前入场。请于开演前30分钟到达，迟到的观众请听从工作人员引导，在乐章间隙入场。
二、保持安静。演出开始后请将手机调至静音或关机，不交谈、不接打电话，不随意走动。
三、文明拍摄。演出过程中请勿拍照、录音、录像，谢幕环节可在不影响他人的情况下拍照留念。
四、适时鼓掌。多乐章作品请在全曲结束、指挥放下指挥棒后再鼓掌。
五、爱护环境。请勿将食品、饮料带入观众厅，离场时带走随身垃圾。
让我们从我做起，用文明的举止回应台上的每一个音符！
西陵交响乐团
2025年12月1日
""",
    ),
    dict(
        slug="wechat-nanhu-studentunion-host-script",
        site="南湖职业技术学院学生会 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="主持词",
        kind="other",
        form="text",
        source="https://mp.wenzhai-mirror.example.com/a/nhzy_su/20251010",
        title="2025级新生迎新晚会主持词",
        record_title="干货｜2025级新生迎新晚会主持词（附完整串词）",
        date=None,
        notes="a student union's WeChat mirror: decorated record title (干货｜…（附完整串词）); 原创 line, 'star the account' prompt, the host script's A/B lines belong to the body; a 'scroll for more' glued to a line, a 留言 box and a 往期 list with dates; no date",
        gap=True,
        page="""
!m 南湖职院学生会
!t 干货｜2025级新生迎新晚会主持词（附完整串词）
!m 原创　文艺部　南湖职院学生会　阅读 2,116
!a ★ 设为星标，第一时间收到推送
{BODY}
!m 文案｜文艺部　排版｜新媒体中心　审核｜学生会主席团
!l 精选留言
!l 会计2301 陈同学：主持人台风太稳了👍
!l 往期回顾
!l ▸ 社团纳新｜49个社团等你来（10.08）
!l ▸ 军训掠影｜青春正当时（09.26）
!a 长按二维码关注我们
""",
        body="""
A：尊敬的各位领导、老师，
B：亲爱的同学们，
合：大家晚上好！
A：金秋十月，丹桂飘香。我们相聚在这里，迎接2025级新同学的到来。
B：一张张青春的笑脸，一颗颗火热的心，为美丽的校园注入了新的活力。
A：今晚，就让我们用歌声和舞蹈，向新同学道一声：欢迎你们，新南湖人！
B：首先，让我们以热烈的掌声欢迎学院党委副书记致辞。
A：感谢领导的殷切寄语。下面请欣赏由艺术设计学院带来的开场舞《青春飞扬》。⟦a 👇下滑查看全部串词👇⟧
B：美好的时光总是短暂的，2025级新生迎新晚会到此结束。
合：祝愿新同学们在南湖度过充实而精彩的大学时光，我们明年再见！
""",
    ),
    dict(
        slug="wechat-huaiyu-mutualaid-summary",
        site="槐雨巷邻里互助会 (invented, WeChat mirror)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://weixin.cundang.example.org/huaiyuxiang/2026/0108",
        title="槐雨巷邻里互助会2025年工作总结",
        record_title="槐雨巷邻里互助会2025年工作总结",
        date="2026-01-08",
        notes="a neighbourhood mutual-aid association's WeChat account in a mirror: an account card, a 'donation QR' prompt between paragraphs, a 'read more' action glued before a 。-ended line, a 赞/在看 row and a mirror's source line; the association's own service phone and 扫码报名 sentence stay; the signature date is the date",
        indent="",
        page="""
!m 槐雨巷邻里互助会
!m 一个让邻居变成亲人的地方
!t 槐雨巷邻里互助会2025年工作总结
!m 互助会秘书处　2026-01-08 21:13　发表于浙江
{BODY}
!l 👍 赞 66　　👀 在看 19
!m 本文转载自公众号「槐雨巷邻里互助会」，由存档站自动抓取
!d 抓取内容仅供个人阅读，商业使用请联系原作者
""",
        body="""
2025年，槐雨巷邻里互助会在街道社区的指导下，坚持“邻里互助、共建家园”的宗旨，团结会员和志愿者，办成了一批看得见、摸得着的实事。
一、会员队伍不断壮大。全年新增会员87户，会员总数达到312户，建立楼栋互助小组14个。
二、互助服务扎实开展。“时间银行”全年记录互助服务4600小时，为高龄独居老人提供代买、陪诊、维修等服务1900余次。
⟦w 为互助会添一份力：捐赠请扫描文末二维码，每一笔都会公示⟧
三、邻里活动丰富多彩。举办百家宴、旧物交换集市、暑期儿童托管等活动26场，参与居民超过三千人次。⟦a 阅读全文⟧
四、财务公开透明。全年收到居民和商户捐赠款3.8万元，支出3.1万元，每季度在巷口公示栏和本号公布明细。
2026年，我们将重点做好“一老一小”服务，欢迎更多邻居加入。服务电话：0571-8865 0302；有意参加志愿服务的居民，可扫描巷口公示栏上的二维码报名。
槐雨巷邻里互助会
2026年1月8日
""",
    ),
    dict(
        slug="podcast-shuoxie-shownotes-insight",
        site="《说写》播客 (invented podcast show notes)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://shuoxie.podcast.example.fm/episodes/ep37",
        title="参加全市办公室系统业务培训的心得体会",
        record_title="EP37｜参加全市办公室系统业务培训的心得体会 · 说写",
        date="2025-07-16",
        record_date="2025-07-16",
        notes="podcast show notes: an EP number and duration, platform subscribe links (action), a timestamp outline (list) before the text, a 'read by the host' note, a sponsor line between paragraphs; the essay the host read is the body",
        page="""
!m 说写 · 一档关于机关写作的播客
!t EP37｜参加全市办公室系统业务培训的心得体会 · 说写
!m 2025-07-16 · 时长 32:18 · 主播：老秋
!a 在 小宇宙 / 喜马拉雅 / Apple Podcasts 收听与订阅
!l 时间轴
!l 00:42 开场：培训班的三天
!l 05:10 正文朗读
!l 24:36 听众提问
!m 以下为本期朗读全文：
{BODY}
!l 🎧 上一期：EP36｜讲话稿的开头怎么写
!l 本期关键词：#办文办会办事 #机关写作
!w 想投稿或提问，欢迎发邮件到 hi@shuoxie.example.fm
""",
        body="""
7月上旬，我参加了市委办公室举办的全市办公室系统业务培训班。三天的培训安排紧凑，既有办文、办会、办事的专题讲授，也有公文写作的现场改稿，让我对办公室工作有了新的认识。
一是对“三服务”有了更深的理解。办公室是承上启下、联系左右的枢纽，服务领导、服务机关、服务基层，归根到底是服务大局。
二是对公文规范有了更细的把握。授课老师逐条讲解了《党政机关公文处理工作条例》，指出了日常公文中标题不规范、层次序号混用等常见问题，不少问题我在工作中也曾出现过。
⟦m 本期节目由“墨笺”笔记本赞助播出⟧
三是对作风养成有了更实的要求。办公室工作无小事，一个数字、一个标点都可能影响全局，必须做到严谨细致、精益求精。
回到岗位后，我将把培训所学运用到工作中，努力做到文稿起草“零差错”、会务保障“零失误”。
""",
    ),
    dict(
        slug="blog-shangpo-first-secretary-research-html",
        site="上坡村第一书记手记 (invented blog)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://shangpo-shuji.example.blog/2025/08/research-collective-economy/",
        title="关于上坡村发展壮大村级集体经济的调研报告",
        record_title="关于上坡村发展壮大村级集体经济的调研报告",
        date="2025-08-20",
        notes="a blog HTML page: a header with the blog's motto, post meta with category and word count, a table of the village's income that belongs to the report, a tag cloud and an archive list in the sidebar, a 'buy me a tea' button, comments with times; the signature date is the date",
        page="""
<html><head><meta charset="utf-8"><title>关于上坡村发展壮大村级集体经济的调研报告 – 上坡村第一书记手记</title></head><body>
<header><p class="site-title">⟦m 上坡村第一书记手记⟧</p><p class="motto">⟦m 脚下沾满泥土，心中沉淀真情⟧</p></header>
<main>
<h1 class="entry-title">{T}</h1>
<p class="entry-meta">⟦m 分类：驻村调研 · 约1800字 · 阅读需6分钟⟧</p>
<div class="entry-content">
{BODY}
</div>
<p class="tip">⟦a ☕ 请书记喝杯茶⟧</p>
<div class="comments"><h3>⟦l 3 条评论⟧</h3>
<p>⟦l 山里人 2025年8月21日 上午7:12　写得实在，点赞！⟧</p>
<p>⟦l 小周 2025年8月22日 下午9:40　光伏收益分配那块能再详细说说吗？⟧</p>
<p>⟦l 发表评论　（电子邮件地址不会被公开）⟧</p></div>
</main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 集体经济 乡村振兴 产业 光伏 合作社 驻村日记⟧</p>
<h4>⟦l 归档⟧</h4><ul><li>⟦l 2025年八月 (4)⟧</li><li>⟦l 2025年七月 (6)⟧</li></ul></aside>
<footer>⟦d 自豪地采用 WordPress · 本站文章未经同意请勿转载⟧</footer>
</body></html>
""",
        body="""
今年6月至8月，我结合驻村工作，对上坡村集体经济发展情况进行了调研，走访了村“两委”干部、合作社负责人和五十余户村民，现将调研情况报告如下。
一、基本情况
上坡村辖7个村民小组、412户、1580人，耕地面积2600亩。近三年村集体经营性收入情况如下：
年度　经营性收入（万元）　主要来源
2022年　8.6　山塘发包、门面出租
2023年　14.2　光伏电站收益、山塘发包
2024年　21.5　光伏电站收益、合作社分红、门面出租
二、存在的主要问题
一是收入来源单一，光伏收益占比超过一半，抗风险能力弱；二是村级经营人才缺乏，合作社管理不够规范；三是部分闲置资产尚未盘活，旧村部、旧学校长期空置。
三、对策建议
（一）盘活闲置资产。将旧学校改造为农产品初加工车间，以租赁方式引进经营主体。
（二）做强特色产业。依托村里的高山茶园，由合作社统一品牌、统一收购、统一销售。
（三）培养经营人才。选派村干部参加集体经济经营管理培训，引导返乡青年参与合作社管理。
上坡村驻村第一书记　阮明哲
2025年8月20日
""",
    ),
    dict(
        slug="anthology-laoyu-reading-notes-wrapped-stars",
        site="老俞文存 (invented personal collection)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://laoyuwencun.example.net/wj/juan3/017.htm",
        title="重读《谈谈调查研究》有感",
        record_title=None,
        date=None,
        notes="a retired cadre's collected writings: no record title; the volume/chapter line and a 上一篇/目录/下一篇 bar; the text hard-wrapped at 58 columns and cut by ✦ n ✦ markers from the scanned book; a 'typed by family' note and a visit counter at the bottom; no date",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="✦ {n} ✦", every=120, start=37),
        page="""
!m 老俞文存 ＞ 卷三　学习札记 ＞ 第十七篇
!l « 上一篇　｜　目录　｜　下一篇 »
{T}
{BODY}
!d 本集文字由家人据手稿录入，错漏之处敬请谅解。
!m 本页已被访问 1873 次
""",
        body="""
退休以后，时间宽裕了，便把过去常读的几本书又找出来重读。这几天重读《谈谈调查研究》，感触良多。
我在县里工作了三十多年，从公社干事做到县委办主任，写过的调查报告不下百篇。回头看，真正有分量、管用的，都是自己跑出来、问出来的；那些坐在办公室里凭材料拼凑出来的，大多过眼即忘。
调查研究要放下架子。记得有一年到山区乡调研烤烟收购，一开始老乡们什么都不肯说，后来我们住在农户家里，帮着烤了三天烟，大家才把收购压级压价的实情讲了出来。
调查研究还要有真问题意识。带着问题下去，才能听出门道；没有问题，看到的只是表面的热闹。
如今交通方便了，信息也灵通了，但调查研究的功夫不能丢。希望年轻的同志们多下去走走，多听听群众的声音。
""",
    ),
    dict(
        slug="anthology-yantian-speech-html-date-under-title",
        site="砚田集 (invented speech-writer's site)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://yantianji.example.com/works/speech/2025-education.html",
        title="在全县教育工作会议上的讲话",
        record_title="【代拟稿】在全县教育工作会议上的讲话 - 砚田集",
        date="2025-08-28",
        notes="a speech-writer's collection (HTML): decorated record title; the speaker line and the date under the title are neutral lines, the date is the page's date; a 'for reference only' ribbon, a 字数 meta line, a paid Word download button glued to the last paragraph, a 同主题 list with numbers and a copyright footer",
        page="""
<html><head><meta charset="utf-8"><title>【代拟稿】在全县教育工作会议上的讲话 - 砚田集</title></head><body>
<div class="brand">⟦m 砚田集 · 笔耕二十年的文稿存档⟧</div>
<div class="ribbon">⟦d 本站文稿均为代拟样稿，仅供参考，引用请结合实际修改⟧</div>
<div class="post">
<h2>{T}</h2>
<p class="speaker">县委副书记、县长　宋闻涛</p>
<p class="when">（2025年8月28日）</p>
<p class="count">⟦m 字数：约2600字　｜　归档：讲话稿 / 教育⟧</p>
{BODY}
</div>
<div class="same"><h4>⟦l 同主题文稿⟧</h4>
<ol><li>⟦l 在全县教师节表彰大会上的讲话⟧</li><li>⟦l 在秋季学期开学工作部署会上的主持词⟧</li><li>⟦l 县域义务教育优质均衡发展汇报提纲⟧</li></ol></div>
<div class="copy">⟦d © 砚田集　文稿版权归作者所有，禁止整篇转贴⟧</div>
</body></html>
""",
        body="""
同志们：
新学年即将开始，今天我们召开全县教育工作会议，主要任务是总结上学年工作，部署新学年任务。刚才，县教育局作了工作报告，三所学校作了交流发言，讲得都很好，我完全同意。
过去一年，全县教育事业取得了新的进步。新建改扩建学校五所，新增学位三千二百个；高考本科上线率提高四个百分点；城区学校“大班额”问题基本消除。这些成绩的取得，凝聚着全县广大教育工作者的心血和汗水。
新学年，我们要重点抓好三件事。一是推进义务教育优质均衡，加快乡镇寄宿制学校建设，让农村孩子在家门口上好学。二是加强教师队伍建设，落实教师工资待遇保障机制，确保教师平均工资收入不低于当地公务员平均工资收入。三是守牢校园安全底线，抓好食品安全、交通安全和防溺水工作。
同志们，教育是国之大计、党之大计。希望大家凝心聚力、真抓实干，努力办好人民满意的教育！⟦a 💾 下载Word原稿（¥9.9）⟧
""",
    ),
    dict(
        slug="mail-pension-office-minutes-forward",
        site="庐阳区社会保险事业中心 (invented, forwarded mail)",
        style="邮件转发",
        genre="会议纪要",
        kind="other",
        form="text",
        source="mail://luyang-sbzx/inbox/2025-03-19/0047.eml",
        title="区社会保险事业中心2025年第一季度基金风险防控工作会议纪要",
        record_title="转发：区社会保险事业中心2025年第一季度基金风险防控工作会议纪要",
        date="2025-03-18",
        date_also=["2025-03-14"],
        notes="a forwarded mail wrapped at 72: the mail headers (发件人/发送时间/收件人/主题, meta), a '转发的邮件' divider and the forwarder's one-line note (neutral), the minutes with their 时间/地点/主持/参会 lines, numbered decisions and the 版记 (分送, 印发) in the body; a mail client's signature, confidentiality notice and 'sent from' line at the bottom; the 印发 date is the date, the meeting's date also accepted",
        wrap=72,
        page="""
!m 发件人：区社保中心办公室 <bgs@lysbzx.example.gov.cn>
!m 发送时间：2025年3月19日 星期三 9:02
!m 收件人：各科室负责人
!m 主题：转发：区社会保险事业中心2025年第一季度基金风险防控工作会议纪要
各位：会议纪要转给大家，请按分工落实。
!m -------- 转发的邮件 --------
{BODY}
!m 区社会保险事业中心办公室　内线：8016
!d 本邮件及附件可能含有内部工作信息，仅限收件人使用，请勿对外转发。
!m 发自 政务邮 Android 版
""",
        body="""
2025年3月14日上午，区社会保险事业中心在三楼会议室召开2025年第一季度基金风险防控工作会议。现将会议议定事项纪要如下。
时间：2025年3月14日上午9:00
地点：中心三楼会议室
主持：中心主任 戴永康
参会：中心班子成员，各科室负责人，各街道社保所所长
一、会议通报了2024年度基金审计发现的问题及整改情况。截至目前，审计指出的十一个问题已整改到位九个，剩余两个涉及跨部门数据比对，须于4月底前完成。
二、会议要求，各街道社保所要对待遇领取人员开展一次全面的资格认证核查，重点核查长期未认证和异地居住人员，发现冒领的要及时停发并追回。
三、会议决定，自4月1日起，待遇支付实行“经办、复核、审批”三岗分离，系统中的权限设置由信息科负责于3月底前调整到位。
四、会议强调，基金安全是社保经办的生命线，各科室负责人是本科室风险防控第一责任人，要把风险防控要求落实到每一个经办环节。
分送：中心班子成员，各科室，各街道社保所。
庐阳区社会保险事业中心办公室　2025年3月18日印发
""",
    ),
    dict(
        slug="mail-qinghui-alumni-newsletter-html",
        site="清晖中学校友会 (invented, mailed newsletter)",
        style="邮件转发",
        genre="简报",
        kind="report",
        form="html",
        source="https://mail.qhzxxyh.example.org/newsletter/2025-03.html",
        title="清晖中学校友会工作简报（2025年第3期）",
        record_title="清晖中学校友会工作简报（2025年第3期）",
        date="2025-09-30",
        record_date="2025-09-30",
        notes="an alumni newsletter sent by mail (HTML): 'cannot see this mail? open in browser', the newsletter's issue head lines neutral, items with decimal headings and a donor list that belong to the body, unsubscribe / update-address links, the association's address in a footer",
        page="""
<html><head><meta charset="utf-8"><title>清晖中学校友会工作简报（2025年第3期）</title></head><body>
<table width="640" align="center"><tr><td class="pre">⟦a 邮件显示不正常？点此在浏览器中查看⟧</td></tr>
<tr><td class="mast"><h1>{T}</h1></td></tr>
<tr><td class="issue"><p>清晖中学校友会秘书处编</p></td></tr>
<tr><td class="body">
{BODY}
</td></tr>
<tr><td class="foot"><p>⟦a 不想再收到此类邮件？退订 ｜ 更新我的通讯地址⟧</p>
<p>⟦m 清晖中学校友会　地址：清晖市学前街6号　邮编：526300⟧</p>
<p>⟦d 您收到此邮件，是因为您曾在校友信息平台登记邮箱。⟧</p></td></tr>
</table>
</body></html>
""",
        body="""
1. 母校建校九十周年筹备工作启动
9月6日，校友会召开理事会议，成立建校九十周年校庆筹备工作组，校庆日定于2026年10月18日。筹备组下设联络、史料、活动三个小组，欢迎各地校友会推荐人选。
2. “晖光助学金”第五期发放
9月12日，第五期“晖光助学金”发放仪式在母校举行，32名家庭经济困难学生每人获得助学金三千元。
3. 本季度捐赠鸣谢
本季度校友捐赠情况如下（排名不分先后）：
1988届 谭国梁 校友　捐赠助学金 50000元
1995届 全体同学　捐赠图书 1200册
2003届 甄晓雯 校友　捐赠多功能教室设备一套
4. 校友信息征集
为编印《校友名录》，请各位校友登录校友信息平台核对、更新个人信息，或将姓名、届别、联系方式发送至校友会邮箱 xyh@qhzx.example.org。
""",
    ),
]
