"""Holdout16 cases, part E: forums, blogs and WeChat mirrors of kinds no earlier part names (a
village-work forum, a county portal's home forum with jammer fonts, an exam community with a
relative post time, a township agronomist's blog, a civilisation office's account, an aggregator
of a free-trade zone's account, a web clipper's copy, an old WAP forum, a local life forum, an
interview forum, a welfare centre's account). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="forum-jiceng-insight-junk-posted-line",
        site="基层之声论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.jiceng-voice.example.com/thread-240817-1-1.html",
        title="驻村工作一年来的几点感悟",
        record_title="[原创分享] 驻村工作一年来的几点感悟 - 驻村帮扶 - 基层之声",
        date="2025-08-03",
        notes="a village-work forum: decorated record title; the poster line's 发布于 is the page's date; forum junk as lines and glued after 。; replies with floor numbers, a guest-reply prompt and the forum's footer",
        page="""
!m 基层之声 › 驻村帮扶 › 正文
!m 阅读 3317　｜　回帖 22
!t [原创分享] 驻村工作一年来的几点感悟
!m 楼主　石头记　发布于 2025-08-03 21:46　｜　来自 手机端
{BODY}
!l 2#　风过竹林：感同身受，我也在村里待了两年
!l 3#　清溪：写得实在，学习了
!a 游客无法回复，请先 登录 或 注册账号
!m 基层之声论坛　Powered by BBSKit 3.2　© 2013-2025
""",
        junk=dict(lines=2, glued=4),
        body="""
去年7月，我被单位选派到石门村担任驻村工作队员，转眼已经一年了。这一年，我和村干部一起走田埂、进农户、解难题，对农村工作有了切身体会，写下来和大家交流。
第一，要把自己当成村里人。刚到村里时，群众把我当“上面来的干部”，说话客客气气，真心话不多。后来我坚持每天吃住在村，帮着收稻谷、修水渠，慢慢地，老乡们开始叫我“小石”，有事也愿意找我商量了。
第二，要把群众的事当成自己的事。村里五组的饮水问题拖了好几年，我和村支书跑了十几趟县水利局，终于争取到项目资金，今年春天通上了自来水。那天，一位老奶奶拉着我的手说“你们是真心为我们办事”，我心里比什么都高兴。
第三，要把产业发展作为长久之计。我们引导村集体发展黄桃种植，现在已有150亩挂果，预计每年可为村集体增收8万元。驻村工作队总有一天要离开，只有产业发展起来了，村子才有长远的未来。
一年的驻村经历，让我读懂了农村，也读懂了自己。接下来的日子，我会继续扎根石门村，和乡亲们一起把日子过得更好。
""",
    ),
    dict(
        slug="localforum-zhechuan-home-notice-html-jammer",
        site="柘川在线 · 家园论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.zhechuan-online.example.com/forum.php?mod=viewthread&tid=391027",
        title="关于开展农村房屋安全隐患排查整治的通知",
        date="2025-06-20",
        date_also=["2025-06-21"],
        notes="a county portal's home forum: a village committee's notice reposted; jammer-font junk between and inside paragraphs; the 成文日期 in the notice, the post's 发表于 also accepted; a member card, rating row, a reply box and footer",
        page="""
<html><head><meta charset="utf-8"><title>关于开展农村房屋安全隐患排查整治的通知 - 乡镇村务 - 柘川在线</title></head>
<body>
<div id="toptb">⟦m 柘川在线 — 柘川人自己的网上家园⟧　<a>⟦a 快捷登录⟧</a>　<a>⟦a 加入我们⟧</a></div>
<div id="nv">⟦m 首页　家园论坛　房产　招聘　便民信息　二手市场⟧</div>
<div id="pt">⟦m 柘川在线 » 家园论坛 » 乡镇村务 » 查看帖子⟧</div>
<div class="postbox">
<div class="pls">⟦m 村官小黄⟧<br>⟦m 帖子 88　威望 12　注册于 2019-4⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-6-21 08:15⟧　⟦m 查看 1203　回复 9⟧</div>
<div class="t_msgfont">
{BODY}
</div>
<div class="rate">⟦l 参与评分 3　热心 +3⟧</div>
<div class="po">⟦a 回复　引用　举报　分享到朋友圈⟧</div>
</div></div>
<div class="fastpost">⟦l 发表回复：文明发言，理性讨论⟧</div>
<div id="ft">⟦m 柘川在线　客服热线 0771-6288000⟧　⟦m 桂ICP备11004218号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
各村民小组、全体村民：
为切实保障人民群众生命财产安全，根据县住房和城乡建设局、乡人民政府的统一部署，我村决定即日起至8月底在全村开展农村房屋安全隐患排查整治工作。现将有关事项通知如下。
一、排查范围。全村所有农村房屋，重点是用作经营、人员聚集的房屋，3层及以上的自建房，以及建成年代较早、结构老化的土坯房。
二、排查内容。主要排查房屋是否存在墙体开裂、地基下沉、屋面漏雨等安全隐患，是否存在擅自加层、改变承重结构等违规行为。
三、工作安排。村“两委”干部和网格员分组入户排查，请各户积极配合，如实提供房屋建设信息。经鉴定为危房的，要立即停止使用并搬离，村里将协助做好安置工作。
四、举报电话。发现存在安全隐患的房屋，请及时向村委会报告，联系电话：0771-6352107。
石门村村民委员会
2025年6月20日
""",
    ),
    dict(
        slug="gkforum-shangjin-commentary-relative-time-junk",
        site="上进公考社区 (invented)",
        style="公考论坛",
        genre="评论",
        kind="other",
        form="text",
        source="https://www.shangjin-gk.example.com/post/118820",
        title="让“小积分”撬动基层治理“大变化”",
        record_title="【申论范文】让“小积分”撬动基层治理“大变化”（附批改）",
        date=None,
        notes="an exam community: decorated record title; a relative post time (no date); a 'teacher's grade' box, junk glued into paragraphs, a course ad and comments",
        page="""
!m 上进公考社区 · 申论专区
!t 【申论范文】让“小积分”撬动基层治理“大变化”（附批改）
!m 申论练笔打卡　发表于 5 天前　浏览 2644
!l 老师批改：立意准确，结构清晰，论证可再充实　　得分 33/40
{BODY}
!a 想要老师一对一批改？申论精批课 ¥199/5篇　立即购买
!l 全部评论 (17)
!l 一只上岸鸭：第三段例子很好，收藏了
!l 小满：打卡第38天，跟着学
""",
        junk=dict(lines=1, glued=3),
        body="""
走进不少乡村，“积分超市”正成为村民口中的热词。打扫庭院卫生加分，参加志愿服务加分，邻里纠纷主动调解加分，积分可以换油换米，也能评先评优。小小的积分，撬动了基层治理的大变化。
“小积分”激发了群众参与的内生动力。过去，村里搞环境整治，往往是干部干、群众看。推行积分制以后，村民从“要我做”变成了“我要做”，自家门前的卫生有人管了，公益活动有人参加了。
“小积分”推动了乡风文明的涵养培育。积分制把孝老爱亲、诚实守信等内容纳入评分标准，让好人好事看得见、有回报，潜移默化中引导村民崇德向善。
当然，积分制也不能“一积了之”。要防止评分标准繁琐、程序形式化，让积分真正成为群众看得懂、愿参与、有获得感的治理工具。
基层治理，重在激发群众的主体作用。用好“小积分”，就能让更多群众成为乡村治理的参与者、受益者。
""",
    ),
    dict(
        slug="blog-zhong-agronomist-report-wrapped-record",
        site="农技员老钟的田间日记 (invented blog)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://laozhong-tianjian.example.blog/2025/08/rice-pests.html",
        title="关于全乡中晚稻病虫害发生情况的调查报告",
        record_date="2025-08-11",
        date="2025-08-11",
        notes="a township agronomist's blog: hard-wrapped at 76 columns; a blog header with motto, a post-info line, category and tags, a blogroll and an archive list, a reward button and a comment box",
        page="""
!m 农技员老钟的田间日记
!m 脚上有泥　心中有谱
{T}
!m 分类：病虫测报　|　2025年8月11日 20:37　|　阅读(388)　评论(6)
{BODY}
!l 标签：水稻　稻飞虱　病虫测报
!a 觉得有用？请老钟喝杯茶 ☕
!l 博客归档：2025年8月(4)　2025年7月(6)　2025年6月(5)
!l 友情链接：县农技推广中心 | 植保在线 | 稻香论坛
!l 发表评论（需审核后显示）
""",
        wrap=76,
        body="""
8月上旬，我和乡农技站的同事对全乡12个村的中晚稻病虫害发生情况进行了田间调查，共调查稻田86块、面积1300余亩。现将调查情况报告如下。
一、主要病虫害发生情况
（一）稻飞虱。田间百丛虫量平均为860头，最高的田块达到2300头，超过防治指标，发生程度为中等偏重，以白背飞虱为主，褐飞虱比例呈上升趋势。
（二）稻纵卷叶螟。第四代幼虫处于2至3龄高峰期，田间卷叶率平均4.6%，部分长势嫩绿的田块卷叶率超过10%。
（三）纹枯病。病丛率平均为18%，高的田块达到35%，近期高温高湿，病情有加重趋势。
二、原因分析
一是7月下旬以来持续高温、间歇性降雨，有利于稻飞虱繁殖和纹枯病蔓延；二是部分农户氮肥施用过多，稻株长势过旺，抗病虫能力下降；三是个别农户防治不及时，用药剂量不足。
三、防治建议
建议各村组织农户在8月15日前开展一次统防统治，稻飞虱选用吡蚜酮、呋虫胺等药剂，纹枯病选用井冈霉素、噻呋酰胺等药剂，施药时田间保持3厘米左右浅水层。乡农技站将组织技术人员分片指导，农户有疑问可以到站里咨询。
""",
    ),
    dict(
        slug="wechat-mingchuan-civility-pledge-account-time",
        site="“茗川文明”公众号 镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.example-wx.com/s/McWm0328Qingming",
        title="文明祭扫　平安清明——致全市市民的倡议书",
        date="2025-03-28",
        notes="a WeChat-style page of a civilisation office: the account line's time is the page's date; an 'original' badge, a follow card, the pledge's own sentences telling readers to 扫码 book online memorials; a like/share row, 'previous/next in the series' and a comment box under the text",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>文明祭扫　平安清明——致全市市民的倡议书</title></head>
<body id="activity-detail">
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 茗川市文明办⟧</span> <a>⟦m 茗川文明⟧</a> <em id="publish_time">⟦m 2025-03-28 18:00⟧</em> <span>⟦m 湖南⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="profile_card">⟦a 茗川文明　传播文明　引领风尚　［关注］⟧</div>
<div class="album">⟦l 合集 #我们的节日 12个⟧<br>⟦l 上一篇：元宵节文明出行倡议⟧　⟦l 下一篇：五一文明旅游提示⟧</div>
<div class="tool_bar">⟦l 分享　收藏　点赞 236　推荐 41⟧</div>
<div class="discuss">⟦l 留言　写留言⟧</div>
</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;"><span style="font-size:16px;">{}</span></p></section>',
        body="""
广大市民朋友们：
清明节是缅怀先人、寄托哀思的传统节日。为弘扬文明新风，确保节日期间安全有序，茗川市文明办向广大市民发出如下倡议：
一、文明祭扫，移风易俗。提倡鲜花祭扫、植树祭扫、家庭追思会等文明低碳的祭扫方式，不在街道、小区、绿地焚烧纸钱，不燃放烟花爆竹。
二、网上祭扫，绿色环保。市民可通过“茗川民政”微信公众号进入网上祭扫平台，或扫描各公墓入口处的二维码，预约祭扫时间、开展网上追思。
三、安全出行，遵守秩序。祭扫期间请尽量错峰出行，乘坐公共交通工具，服从现场工作人员指挥，进入林区严禁携带火种。
四、传承家风，缅怀先烈。在祭扫先人的同时，到烈士陵园敬献鲜花，讲述家族故事，传承优良家风。
让我们从自身做起，以文明的方式寄托哀思，共同营造文明、平安、绿色的节日氛围。
茗川市精神文明建设委员会办公室
""",
    ),
    dict(
        slug="wechat-aggregator-ftz-news-decorated",
        site="微文汇 (invented aggregator of WeChat accounts)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.weiwenhui.example.net/a/qyftz/20250916/88214.html",
        title="青樾自贸片区首单跨境数据流动试点业务落地",
        record_title="青樾自贸片区首单跨境数据流动试点业务落地 | 微文汇",
        record_date="2025-09-16",
        date="2025-09-16",
        notes="an aggregator of WeChat accounts: the record title with '| 微文汇'; the source account card, 'collected from' line, a 'read on the original platform' link, a reading count with 在看-like counter in other words, a QR prompt, a follow prompt on a line of its own between two paragraphs, and hot articles of the same account",
        page="""
!m 微文汇 — 好文章，一网收
!m 公众号：青樾自贸片区　　收录时间：2025-09-17 02:11
{T}
!m 青樾自贸片区　2025年9月16日 19:30
{BODY}
!l 阅读 4.1万　　觉得不错 312
!a 👉 去原平台阅读
!a 长按识别二维码，关注「青樾自贸片区」
!l 该公众号热文
!l 自贸片区“一枚印章管审批”改革满三年
!l 青樾港跨境电商进口额突破百亿元
!d 本页内容由微文汇从公开平台采集，版权归原作者所有，如需删除请联系我们
""",
        body="""
9月15日，青樾市一家跨境电商企业通过数据出境安全评估后，将海外仓订单数据合规传输至境外合作方，标志着青樾自贸片区首单跨境数据流动试点业务正式落地。
⟦a ▼ 戳下方名片　及时获取自贸资讯 ▼⟧
据介绍，今年以来，自贸片区聚焦企业在跨境业务中遇到的数据出境难题，会同网信、商务等部门编制了数据出境负面清单，清单以外的数据可自由流动，大大缩短了企业合规准备时间。
“以前我们要准备大量材料，流程要走好几个月，现在有了负面清单和专班服务，不到一个月就完成了。”企业负责人说。
下一步，自贸片区将在跨境电商、国际物流、生物医药等领域扩大试点范围，力争年内服务企业50家以上。
""",
    ),
    dict(
        slug="blog-clipper-speech-date-under-title-no-record-title",
        site="剪藏笔记 导出 · 一位乡镇干部的博客 (invented)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://xiaoqiao-blog.example.cn/post/2025-0109-speech",
        title="在全镇2025年度经济工作会议上的讲话",
        record_title=None,
        date="2025-01-09",
        notes="a web clipper's export of a township cadre's blog: clip header with the source URL and clipping time (no date of the speech), the blog's own header, a speaker line and the date under the title (neutral), the blog's 'reprint' note and the clipper's footer",
        page="""
!m 📎 剪藏自：https://xiaoqiao-blog.example.cn/post/2025-0109-speech
!m 剪藏时间：2025/03/11 22:40　笔记本：工作素材
!m 小桥流水的博客　—　记录基层工作点滴
{T}
镇党委书记　乔　松
（2025年1月9日）
{BODY}
!d 转载请注明出处，谢谢！
!a 在剪藏笔记中打开　　编辑　　分享笔记
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天召开全镇经济工作会议，主要任务是总结2024年经济工作，部署2025年重点任务。
2024年，全镇上下齐心协力，经济社会发展保持稳中有进的良好态势。全年完成地区生产总值28.4亿元，增长6.1%；规模以上工业增加值增长8.3%；农村居民人均可支配收入达到2.26万元，增长6.8%。这些成绩的取得，是全镇广大干部群众共同奋斗的结果。
2025年，全镇经济工作的总体要求是：稳中求进、以进促稳，做强工业、做优农业、做活三产。重点抓好以下几项工作：
一是抓项目扩投资。全年力争新签约亿元以上项目3个，确保茶叶精深加工园二期按期投产。
二是抓产业促增收。巩固提升茶叶、油茶两大主导产业，新建标准化茶园2000亩。
三是抓环境优服务。深化“一门办、就近办”改革，为企业和群众提供更加便捷的服务。
同志们，新的一年任务艰巨，使命光荣。让我们坚定信心、实干争先，奋力推动全镇经济高质量发展！
""",
    ),
    dict(
        slug="forum-wap-summary-junk-clock-not-date",
        site="茶乡WAP论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://wap.chaxiang.example.com/bbs/read.asp?id=22871&page=1",
        title="村级妇联2024年工作总结",
        date=None,
        notes="an old WAP forum page: bracketed menu links, a clock line and a thread pager (no date), junk glued after 。 and on a line; reply links and 'back' links",
        page="""
!m [首页]-[论坛]-[我的]
!m 茶乡论坛>>妇女之家
!t 标题:村级妇联2024年工作总结
!m 作者:桂花香　人气:517
{BODY}
!l 1/2页　下一页
!l [回复本帖] [查看回复(4)]
!l 返回上级|返回首页
!m 报时:14:05
!m 茶乡网WAP版 chaxiang.example.com
""",
        junk=dict(lines=1, glued=3),
        body="""
2024年，村妇联在村党支部和乡妇联的领导下，围绕服务妇女儿童、服务家庭这一中心，扎实开展各项工作。
一是组织妇女学习。利用农闲时间开展“巾帼大讲堂”6期，内容包括法律知识、家庭教育、电商技能等，参加妇女320人次。
二是帮助妇女增收。组织12名留守妇女参加手工编织培训，与县里一家工艺品公司签订订单，每人每月增收800元左右。
三是关爱妇女儿童。为村里46名留守儿童建立档案，组织“爱心妈妈”结对帮扶；为18名困难妇女申请“两癌”救助。
四是开展家风建设。评选“最美家庭”5户、“好婆婆”“好媳妇”各3名，在村文化广场进行表彰。
新的一年，村妇联将继续团结带领全村妇女，为建设美丽乡村贡献巾帼力量。
""",
    ),
    dict(
        slug="localforum-heze-life-water-notice-missing-title",
        site="鹤泽生活网 便民论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hezelife.example.com/bbs/t/55281.html",
        title="关于城东片区临时停水的通知",
        record_title=None,
        date="2025-07-02",
        notes="a local life forum: no record title; the thread's title is decorated with [转] and a 'hot' sign; a poster line with a relative time, a sponsor line, the water company's notice with its own hotline and a signature date; replies and a footer",
        page="""
!m 鹤泽生活网 › 便民论坛 › 停水停电
!t [转] 关于城东片区临时停水的通知 🔥
!m 鹤泽小喇叭　昨天 21:18　浏览 6010　回复 35
!m 赞助商：鹤泽家电城 以旧换新最高补贴2000元
{BODY}
!l 35条回复
!l 东门老街坊：又停水，提前接几桶
!l 阿岚：谢谢楼主提醒
!a 回复楼主　　收藏本帖
!m 鹤泽生活网　本地人的生活圈　客服QQ群：47****302
""",
        body="""
尊敬的用户：
因城东片区供水主管道抢修需要，我公司将于2025年7月4日（星期五）9:00至21:00对以下区域暂停供水：东门路、解放街、老车站片区、纺织厂宿舍、东湖花园小区。
请各用户提前做好储水准备。恢复供水初期水质可能出现浑浊，请放水片刻后再使用。如遇特殊情况，恢复供水时间将适当顺延。
由此给您带来的不便，敬请谅解！
服务热线：0773-8129666
鹤泽县自来水有限公司
2025年7月2日
""",
    ),
    dict(
        slug="gkforum-mianshiquan-statement-html-discuz",
        site="面试圈论坛 (invented)",
        style="公考论坛",
        genre="表态发言",
        kind="speech",
        form="html",
        source="https://bbs.mianshiquan.example.com/thread-77102-1-1.html",
        title="新录用公务员代表表态发言",
        record_title="新录用公务员代表表态发言",
        record_date="2025-09-05",
        date="2025-09-05",
        notes="an interview forum in a Discuz-like layout: jammer fonts in the post, a poster card with groups and points, 'hide content: reply to see' box glued after the text, reply quick-box, forum stats and footer",
        page="""
<html><head><meta charset="utf-8"><title>新录用公务员代表表态发言 - 面试素材 - 面试圈论坛</title></head>
<body>
<div id="hd">⟦m 面试圈论坛 - 面试路上不孤单⟧　<a>⟦a 立即登录⟧</a></div>
<div id="pt">⟦m 面试圈论坛 › 面试素材 › 表态发言⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 小白菜⟧<br>⟦m 用户组：上岸学长　积分 4820⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-9-5 10:02　｜　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容：回复后可见 Word 版下载地址⟧</div>
<div class="po">⟦a 回复　支持(31)　反对(0)⟧</div>
</td></tr></table>
<div id="f_pst">⟦l 快速回帖：说点什么吧…⟧</div>
<div id="ft">⟦m 面试圈论坛　今日: 317｜昨日: 402｜帖子: 918264⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=0, glued=3),
        body="""
尊敬的各位领导，亲爱的同事们：
大家好！我是新录用公务员代表。今天，我们怀着激动的心情参加入职仪式，正式成为公务员队伍中的一员。在此，我代表全体新录用公务员，向关心培养我们的各位领导表示衷心感谢！
从考生到公务员，变化的是身份，不变的是为人民服务的初心。作为新入职的同志，我们将做到以下三点：
一是坚定信念，对党忠诚。认真学习党的创新理论，自觉在思想上政治上行动上同党中央保持高度一致。
二是勤学善思，提升本领。虚心向老同志请教，尽快熟悉岗位业务，争取早日成为工作上的行家里手。
三是严守纪律，清正廉洁。时刻牢记公务员身份，严格遵守各项纪律规定，干干净净做事、清清白白做人。
请领导和同事们相信，我们一定不负期望，以饱满的热情投入工作，在平凡的岗位上作出不平凡的成绩！谢谢大家！
""",
    ),
    dict(
        slug="wechat-bicen-welfare-summary-no-date-mirror",
        site="“碧岑福利”公众号 镜像 (invented)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://wx-mirror.example.org/bicenfuli/2025/summary-h1.html",
        title="碧岑县社会福利中心2025年上半年工作总结",
        date=None,
        notes="a WeChat mirror without a publish time: the account's 'original' line with author and region (no date), 'listen to this article', a 'pay attention to us' tail with a QR prompt, a donation prompt and a like row; the summary has no date under its signature",
        page="""
!m 原创　碧岑县社会福利中心　碧岑福利　贵州
!a ▷ 听全文　　约6分钟
{T}
{BODY}
!a - END -
!a 扫描下方二维码　关注碧岑福利
!w 爱心捐赠热线：0857-3216688（中心办公室）
!l 👍 赞 58　　↗ 转发　　♥ 推荐
""",
        body="""
今年上半年，县社会福利中心坚持以“让每一位特困老人和孤残儿童都能得到温暖”为宗旨，全面提升服务质量，各项工作有序推进。
一、基本情况
中心现有床位260张，在院特困供养老人142名、孤残儿童27名，其中失能半失能老人58名。工作人员共46名，其中护理员31名、医护人员6名。
二、主要工作
（一）提升护理服务水平。对照养老机构服务质量基本规范，完善护理服务标准，组织护理员技能培训4次，2名护理员在全县养老护理职业技能竞赛中获奖。
（二）推进医养结合。与县人民医院签订医养结合协议，医院每周派医生到中心坐诊两次，为在院老人建立健康档案，开通就医绿色通道。
（三）丰富精神文化生活。开展生日会、节日联欢、书画活动等28场，组织志愿者陪伴服务600余人次。
（四）守牢安全底线。每月开展消防、食品、用电安全检查，上半年组织消防演练2次，未发生安全事故。
三、下半年工作打算
下半年，中心将加快推进失能照护区改造，新增护理型床位40张，进一步提升失能老人照护能力。
碧岑县社会福利中心
""",
    ),
]
