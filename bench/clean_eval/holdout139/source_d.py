"""holdout139, part D: a ligusticum planting survey on a paid 文库 reader, a music festival's
safety news, a forest-frog farmers' forum, a rock-art surveyor's wrapped blog, a red-panda
rescue on a WeChat mirror, an isatis growers' pledge on one line, a hoop-rolling games notice,
a BeiDou farm-machinery firm's intranet summary, an RV-camp Q&A, a retired teacher's essay on
mandarin ducks and a saxaul-planting Party plan.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="wenku-chuanxiong-survey-html-brace-pages",
        site="学海文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.xuehaiwenku.example.com/p-90318827.html",
        title="关于全县川芎规范化种植情况的调研报告",
        record_title="关于全县川芎规范化种植情况的调研报告（word可编辑）",
        date="2025-07-22",
        notes="文库 reader: decorated title; ⦃n⦄ page markers as HTML paragraphs cutting paragraphs; preview-end and pay prompts; the 成文日期 is the date",
        pages=dict(fmt="⦃{n}⦄", every=90, start=2),
        p_html='<p class="reader-txt">{}</p>',
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于全县川芎规范化种植情况的调研报告（word可编辑） - 学海文库</title>
<script>var docId="90318827";</script></head>
<body>
<div class="top">⟦m 学海文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧ ⟦a 登录/注册⟧</div>
<div class="doc-head">
<h1>⟦t 关于全县川芎规范化种植情况的调研报告（word可编辑）⟧</h1>
<p>⟦m 贡献者：wx_农口老宋　上传时间：4天前　6页　2积分⟧</p>
<p>⟦a 全文阅读已结束，下载本文档需要使用2积分⟧</p>
</div>
<div class="reader">
{BODY}
</div>
<div class="doc-foot"><p>⟦a 下载文档⟧ ⟦a 收藏⟧ ⟦a 分享⟧ ⟦a 举报⟧</p>
<p>⟦l 相关推荐：中药材产业发展调研报告　道地药材基地建设方案⟧</p>
<p>⟦d 文档内容由用户上传，学海文库仅提供信息存储空间服务⟧</p></div>
</body></html>
""",
        body="""
川芎是我县传统道地药材。为掌握全县川芎规范化种植情况，县农业农村局组成调研组，于6月下旬深入五个主产乡镇开展调研，现将有关情况报告如下。
一、基本情况。全县川芎种植面积三万二千亩，年产干品约六千吨，从业农户一万一千余户。
二、主要做法。推广苓种山区培育、坝区栽种的传统模式，建成标准化示范基地八个，统一发放种植技术规程。
三、存在问题。一是部分农户连作严重，根腐病发生较重；二是初加工以农户自行烘干为主，质量不稳定；三是品牌影响力不强。
四、对策建议。推行轮作制度，建设产地初加工中心，加快申报地理标志证明商标。
县农业农村局调研组
2025年7月22日
""",
    ),
    dict(
        slug="news-yinyuejie-safety-title-thrice",
        site="玿原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.shaoyuan.example.cn/2025-08/04/c_118220.htm",
        title="湖畔音乐节三天接待乐迷八万人次安全有序",
        record_title="湖畔音乐节三天接待乐迷八万人次安全有序_玿原新闻网",
        date="2025-08-04",
        notes="news portal text: site-suffix title printed three times (page title, headline, a share line); a 时间 byline; a photo caption and a video prompt between paragraphs; a correspondent line after the text",
        page="""
!t 湖畔音乐节三天接待乐迷八万人次安全有序_玿原新闻网
!m 玿原新闻网　｜　要闻　本地　社会　文体　视频
{T}
!m 2025-08-04 07:55:31　来源：玿原日报　字号：大 中 小
{BODY}
!m （通讯员 郝一鸣）
!l 分享：湖畔音乐节三天接待乐迷八万人次安全有序
!l 相关新闻：音乐节期间公交加密班次　景区夜游开放时间延长
!m 【责任编辑：邢亮】
""",
        body="""
8月1日至3日，第三届玿原湖畔音乐节在滨湖公园举行，三天共接待乐迷八万余人次，未发生安全事故。
为保障活动安全，县公安、消防、卫健等部门联合设立现场指挥部，安排安保人员一千二百余名，设置医疗救护点六处。
⟦l 图为音乐节现场。记者 林溪 摄⟧
活动期间，县里加开夜间公交专线，散场后一小时内疏散观众四万余人。
⟦a ▶ 点击观看音乐节现场视频⟧
据统计，音乐节带动周边餐饮、住宿消费超过三千万元。
""",
    ),
    dict(
        slug="forum-linwa-farmers-summary-jammer-html",
        site="林下养殖论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="html",
        source="http://www.linxiayangzhi.example.com/bbs/thread-6619-1-1.html",
        title="我的林蛙养殖五年经验总结",
        record_title=None,
        date="2025-11-02",
        notes="Discuz-like hobby forum: jammer fonts glued and on lines; no record title; 发表于 is the page's date; signature, floors, level badge",
        junk=dict(lines=2, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>林下养殖论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head>
<body>
<div id="hd"><a>⟦m 林下养殖论坛⟧</a> <span>⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</span></div>
<div id="pt">⟦m 首页 › 蛙类养殖 › 经验交流⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 长白山老蛙　金牌会员　帖子 812⟧</td>
<td class="plc"><h1>⟦t 我的林蛙养殖五年经验总结⟧</h1>
<div class="pi">⟦m 发表于 2025-11-02 20:31⟧ ⟦m 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：承包山场，诚信售卖林蛙种苗⟧</div></td></tr></table>
<div class="floor"><p>⟦l 沙发 山里娃：干货满满，收藏了⟧</p><p>⟦l 板凳 蛙哥：今年的冬眠池按你说的改了⟧</p></div>
<div id="f_pst">⟦l 发表回复⟧ ⟦a 回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by Discuz!⟧ ⟦d 本站帖子仅代表作者观点⟧</div>
</body></html>
""",
        body="""
我从2020年开始在承包的山场养殖林蛙，到今年正好五年，把一些经验写出来，供大家参考。
第一，选好场地。林蛙喜阴湿，山场要有常年流水的小溪，植被以阔叶林为主。
第二，抓好孵化。春季产卵后，卵团要及时移入孵化池，水温保持在十度以上。
第三，放养密度不宜过大。我一般每亩林地放养变态幼蛙三千只左右。
第四，越冬是关键。冬眠池水深要达到一米五以上，池底不能冻透，否则损失很大。
今年我的回捕率达到百分之十八，比第一年翻了一番。
""",
    ),
    dict(
        slug="blog-yanhua-surveyor-wrapped-diary",
        site="石上笔记 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://shishangbiji.example.blog/post/2025-rock-art.html",
        title="岩画调查手记：在玉泉沟的七天",
        record_title="岩画调查手记：在玉泉沟的七天 | 石上笔记",
        date="2025-10-16",
        notes="blog text hard-wrapped at 68 columns; decorated title (| blog); bracketed post time is the date; tag line and archive after",
        wrap=68,
        page="""
!m 石上笔记 —— 一个文物人的野外日志
!t 岩画调查手记：在玉泉沟的七天
!m 【2025-10-16 22:10】　分类：野外工作　阅读 207
{BODY}
!l 标签：岩画　文物调查　野外
!l 上一篇：古道上的石刻题记　　下一篇：给新同事的野外装备清单
!l 评论（2）　　发表评论
!m 归档：2025年10月（4）　2025年9月（6）
""",
        body="""
十月上旬，我和所里的两位同事进了玉泉沟，对沟内的岩画做一次全面复查。
这是我第三次来玉泉沟。沟口的第一组岩画刻着围猎的场面，骑马的人、奔跑的羊，线条依然清晰。
这次我们用无人机和三维扫描做了数字化记录，共复查岩画点位四十一处，新发现单体图像十七幅。
让人担心的是，有两处岩画表面出现了新的剥落，还有一处被人用油漆涂了字。
我们已把情况报给县文物局，建议在沟口增设护栏和监控，并请附近牧民做义务巡护员。
走出沟口时天已经黑了，回头看那些刻在石头上的几千年前的身影，心里说不出的敬畏。
""",
    ),
    dict(
        slug="wechat-xiaoxiongmao-rescue-html-mirror",
        site="微文存档馆 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.weiwencundang.example.com/a/3f9d20b81c.html",
        title="一只受伤小熊猫的回家路",
        record_title="一只受伤小熊猫的回家路",
        date="2025-04-28",
        notes="WeChat mirror HTML: account name and date line is the page's date; follow prompt, reward and 在看 row, 'previous issues' list; a sentence asking readers to call the station (its own hotline) kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>一只受伤小熊猫的回家路</title>
<meta name="viewport" content="width=device-width"></head>
<body>
<div class="mirror-bar">⟦m 微文存档馆 · 公众号文章永久存档⟧ ⟦a 打开原文⟧</div>
<div id="js_content">
<h1 class="rich_media_title">⟦t 一只受伤小熊猫的回家路⟧</h1>
<div class="rich_media_meta">⟦m 珂岭野生动物救护站⟧ ⟦m 2025-04-28 17:45⟧ ⟦m 发表于四川⟧</div>
<p>⟦a 点击蓝字 关注我们⟧</p>
{BODY}
<p>⟦m 供稿：救护站　责编：蒲悦⟧</p>
</div>
<div class="rich_media_tool">⟦a 赞赏⟧ ⟦l 阅读 3892⟧ ⟦a 分享⟧ ⟦a 点赞⟧ ⟦a 在看⟧</div>
<div class="history"><p>⟦l 往期回顾⟧</p><p>⟦l 救护站迎来今年第一只猕猴宝宝⟧</p><p>⟦l 野生动物不是宠物⟧</p></div>
<div class="copyright">⟦d 文章版权归原作者所有，本站仅作存档⟧</div>
</body></html>
""",
        body="""
3月中旬，珂岭镇村民在自家菜地旁发现一只后腿受伤的小熊猫，随即拨打了救护站电话。
救护人员赶到后发现，小熊猫的左后腿被捕兽夹夹伤，伤口已经感染。
经过手术清创和一个多月的精心护理，小熊猫伤口愈合，体重从三点一千克恢复到四点二千克。
4月25日，经专家评估，救护站在它被发现的山林附近将其放归。
救护站提醒，发现受伤或误入村庄的野生动物，请不要自行处置，及时拨打救护热线0835-2260119。
""",
    ),
    dict(
        slug="docshare-banlangen-pledge-oneline",
        site="稻香文档 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.daoxiangwd.example.com/doc/551207.html",
        title="板蓝根种植户规范用药倡议书",
        record_title="板蓝根种植户规范用药倡议书.pdf",
        date="2025-03-28",
        notes="sharing page: file-name title; the whole body on one line (paragraphs apart only by their indent); download bar and upload notice",
        oneline=True,
        indent="　　",
        page="""
!m 稻香文档 · 农业资料共享
!t 板蓝根种植户规范用药倡议书.pdf
!m 页数：1　大小：210KB　上传：用户9937***
!a 立即下载　　加入收藏　　分享给好友
{BODY}
!d 本文档由用户自行上传，下载前请仔细预览，如有侵权请联系客服删除
!l 猜你喜欢：中药材农药残留检测标准　板蓝根高产栽培技术
""",
        body="""
全县板蓝根种植户朋友们：
板蓝根是药材，也是关系群众用药安全的“良心作物”。为保障药材质量，县中药材产业协会向全县种植户发出如下倡议：
一、不使用国家禁用的高毒农药，严格按照标签剂量和安全间隔期用药。
二、优先采用轮作、人工除草等绿色防控措施，减少化学农药使用。
三、如实记录施肥用药情况，建立田间生产档案。
四、采收后及时晾晒，不使用硫磺熏蒸。
让我们共同守护“中药材之乡”的金字招牌！
县中药材产业协会
2025年3月28日
""",
    ),
    dict(
        slug="edu-gunyhuan-traditional-games-notice-text",
        site="珂岭县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jtj.keling.example.gov.cn/jyxw/2025/0917/4410.html",
        title="关于开展滚铁环等传统体育游戏进校园活动的通知",
        record_title="关于开展滚铁环等传统体育游戏进校园活动的通知",
        date="2025-09-17",
        notes="education bureau text page: record title; a numbered list and a games table kept; the bureau's own contact person kept; share icons and visits",
        page="""
!m 珂岭县教育体育局
!m 首页　　教育新闻　　通知公告　　体育工作　　资料下载
!m 当前位置：首页 > 通知公告
{T}
!m 作者：体卫艺股　发布时间：2025-09-17　访问量：502
{BODY}
!l 分享到：朋友圈 QQ 微博
!a 打印本页　关闭窗口
!m 珂岭县教育体育局　版权所有　技术支持：珂岭网络科技
""",
        body="""
各中小学、幼儿园：
为传承民间传统体育文化，丰富学生课间和体育活动内容，县教育体育局决定在全县开展传统体育游戏进校园活动。现将有关事项通知如下。
一、推广项目：
项目　适用学段
滚铁环　小学、初中
跳房子　幼儿园、小学
抽陀螺　小学、初中
二、工作要求
1.各校要将传统体育游戏纳入大课间活动，每周不少于两次。
2.鼓励学校邀请老人进校园，教学生制作铁环、陀螺等器材。
3.11月底前，各校报送一份活动总结和三张活动照片。
联系人：易建国　联系电话：0833-5102236
珂岭县教育体育局
2025年9月17日
""",
    ),
    dict(
        slug="oa-beidou-agrimachine-summary-html",
        site="星耕北斗科技内网 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://oa.xinggeng-bd.example.local/wf/doc?fid=7730",
        title="农机北斗终端事业部2025年上半年工作总结",
        record_title="内网资讯-农机北斗终端事业部2025年上半年工作总结",
        date="2025-07-04",
        notes="intranet document view: decorated title (内网资讯-); approval trail, read receipts, watermark line; decimal headings 1.1/2.1 and a data table kept",
        page="""
<html><head><meta charset="utf-8"><title>内网资讯-农机北斗终端事业部2025年上半年工作总结</title></head>
<body>
<div class="oa-top">⟦m 星耕北斗 · 协同办公⟧ ⟦m 欢迎您，孔令辉⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办　已办　公文　知识库　通讯录⟧</div>
<div class="oa-doc">
<div class="wm">⟦d 孔令辉 2025-07-10 内部资料 请勿外传⟧</div>
<h2>⟦t 农机北斗终端事业部2025年上半年工作总结⟧</h2>
<p class="meta">⟦m 起草部门：农机北斗终端事业部　密级：内部⟧</p>
{BODY}
<table class="trail"><tr><td>⟦l 审批记录：事业部总经理 同意 07-05；分管副总 已阅 07-06⟧</td></tr>
<tr><td>⟦l 已读 36 人　未读 4 人⟧</td></tr></table>
<p>⟦a 导出　打印　转发⟧</p>
</div>
</body></html>
""",
        body="""
上半年，事业部围绕农机自动驾驶终端销售和服务两条主线开展工作，现总结如下。
1 主要业绩
1.1 销售情况。上半年销售北斗农机自动驾驶终端二千三百台，完成年度计划的百分之五十六。
1.2 服务情况。在三个省份新建服务网点十一个，春耕期间终端在线率保持在百分之九十八以上。
主要指标如下：
指标　计划　完成
终端销量（台）　4100　2300
服务网点（个）　20　11
2 存在问题
2.1 售后技术人员不足，春耕高峰期响应时间偏长。
2.2 丘陵山区产品适配不够，市场拓展缓慢。
3 下半年打算：加快丘陵机型研发，开展秋收前终端巡检服务。
农机北斗终端事业部
2025年7月4日
""",
    ),
    dict(
        slug="qa-fangche-camp-licence-answer-html",
        site="知行问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhixingwenda.example.com/question/30771295",
        title="开一个房车营地需要办哪些手续？",
        record_title=None,
        date=None,
        notes="Q&A page: no record title, the question as the title; the answer's 回答于 is a relative time (no date); votes, follow button, 'more answers' list, login wall",
        page="""
<html><head><meta charset="utf-8"><title>知行问答 - 有问题，就会有答案</title></head>
<body>
<div class="header">⟦m 知行问答⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q">
<div class="topics">⟦l 话题：房车 露营 旅游投资⟧</div>
<h1>⟦t 开一个房车营地需要办哪些手续？⟧</h1>
<div class="q-meta">⟦a 关注问题⟧ ⟦a 写回答⟧ ⟦m 被浏览 12,803⟧</div>
</div>
<div class="answer">
<div class="author">⟦m 自驾营地运营 老贺　从业八年⟧</div>
{BODY}
<div class="a-meta">⟦m 回答于 5天前⟧ ⟦l 赞同 311⟧ ⟦l 24 条评论⟧</div>
</div>
<div class="more">⟦l 查看全部 17 个回答⟧</div>
<div class="wall">⟦a 登录后查看更多优质内容⟧</div>
<div class="ft">⟦d 知行问答 © 2025 内容仅供参考⟧</div>
</body></html>
""",
        body="""
我自己开过两个营地，说一下大致流程，各地要求会有差别：
1.用地手续。这是最关键的一步，营地不能占用永久基本农田，最好选集体经营性建设用地或者已有的旅游用地。
2.工商注册。办理营业执照，经营范围写清楚露营地服务、停车服务等。
3.消防和卫生。营地要配置消防器材，提供餐饮的要办食品经营许可证。
4.水电配套。房车营位需要接水、接电和污水排放口，提前跟供电、供水部门沟通。
建议动工前先到当地文旅和自然资源部门咨询，少走弯路。
""",
    ),
    dict(
        slug="anthology-yuanyang-river-essay",
        site="荷塘旧笔 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://www.hetangjiubi.example.com/sanwen/041.html",
        title="小河又见鸳鸯来",
        record_title="《荷塘旧笔》散文辑·第41篇｜小河又见鸳鸯来",
        date=None,
        notes="a retired teacher's collection page: decorated title; no date (relative visit stamps only); the author's note, chapter navigation and a visit counter",
        page="""
!m 荷塘旧笔 · 一位退休教师的文字收藏
!m 散文辑　第41篇
!t 《荷塘旧笔》散文辑·第41篇｜小河又见鸳鸯来
!m 作者：伍秉章　最近访问：昨天
{BODY}
!m 作者附记：此文曾在县老年大学习作交流会上朗读。
!l 上一篇：老屋后的枇杷树　　下一篇：赶集
!l 回到目录
!d 文集文字为作者原创，未经同意请勿转载
""",
        body="""
今年开春，镇东的小河里来了几对鸳鸯，消息传开，不少人专程赶来看。
我小时候，这条河里常见野鸭，鸳鸯却少。后来河道淤塞、污水横流，连野鸭也不来了。
前几年镇上清淤截污，又在河岸种上了芦竹和垂柳，河水一年比一年清。
清晨散步，常见雄鸳鸯顶着一身彩羽，在水面上缓缓游弋，雌鸳鸯跟在后头，偶尔钻进岸边的草丛。
河边钓鱼的老张说，他现在都不敢大声咳嗽，怕惊着它们。
鸳鸯回来了，说明这条河真的活过来了。
""",
    ),
    dict(
        slug="dangjian-suosuo-planting-plan-text",
        site="瑷州党建 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.aizhoudj.example.gov.cn/jcdj/2025/0308/2209.html",
        title="“党员植梭梭 共筑绿屏障”主题党日活动方案",
        record_title="【主题党日】“党员植梭梭 共筑绿屏障”主题党日活动方案",
        date="2025-03-08",
        notes="Party-building site text page: decorated title; 时间/地点 lines and a task table kept; a 'learn and earn points' box between paragraphs; the 成文日期 is the date",
        page="""
!m 瑷州党建 · 凝聚党员力量
!m 首页 > 基层党建 > 主题党日
!t 【主题党日】“党员植梭梭 共筑绿屏障”主题党日活动方案
!m 发布时间：2025-03-08　来源：县林草局机关党委
!a 【大 中 小】【打印】
{BODY}
!l 相关阅读：党员义务植树活动纪实
!m 中共瑷州县委组织部主办　新ICP备11002215号
""",
        body="""
为深入推进防沙治沙工作，引导党员在生态建设中发挥先锋模范作用，县林草局机关党委决定开展“党员植梭梭 共筑绿屏障”主题党日活动，制定方案如下。
一、活动时间：2025年3月22日。
二、活动地点：北沙窝防沙治沙示范区。
⟦a 【学习打卡】阅读本文可获得2个学习积分⟧
三、任务分工：
支部　任务
第一党支部　栽植梭梭苗2000株
第二党支部　铺设草方格20亩
第三党支部　浇水及后勤保障
四、有关要求：各支部要做好安全教育，党员统一佩戴党员徽章参加活动。
中共瑷州县林业和草原局机关委员会
2025年3月8日
""",
    ),
]
