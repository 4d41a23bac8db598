"""holdout36, part D: a second round of 文库, news, forum, blog, WeChat-mirror, sharing, education,
intranet, Q&A, collection and Party-building pages — a shadow-puppet troupe, a strawberry co-op,
a kiln-site museum, an old-town committee, a ship lock, a ski resort. Invented; see ../README.md
and ../build.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import html_page  # noqa: E402

CASES = [
    dict(
        slug="wenku-reader-oldtown-survey-html-markers",
        site="书页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.shuye-wk.example.com/d/8f2a71c04e.html",
        title="关于淯水古城街区业态现状的调研报告",
        record_title="关于淯水古城街区业态现状的调研报告 - 书页文库",
        date="2025-08-20",
        notes="文库 reader: page-marker paragraphs '· 页 N ·' between halves of cut paragraphs; pay-to-read prompt; rating; related documents; date at the end",
        pages=dict(fmt="· 页 {n} ·", every=130, start=2),
        p_html='<p class="reader-line">{}</p>',
        page=html_page(
            "关于淯水古城街区业态现状的调研报告 - 书页文库",
            '<div class="hd">⟦m 书页文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧ ⟦a 登录⟧</div>',
            '<div class="doc-head"><h1>{T}</h1>\n'
            '<div class="doc-meta">⟦m 5页　|　1.3万字　|　评分 4.6　|　412人已下载⟧</div></div>\n'
            '<div class="reader">\n{BODY}\n</div>\n'
            '<div class="paywall">⟦a 还剩2页未读，继续阅读需支付3元或使用下载券⟧</div>\n'
            '<div class="ops">⟦a 下载⟧ ⟦a 收藏⟧ ⟦a 分享⟧ ⟦a 打印⟧</div>',
            '<div class="rel"><h4>⟦l 相关文档⟧</h4><p>⟦l 历史文化街区保护规划文本⟧</p><p>⟦l 古镇旅游业态提升方案⟧</p></div>',
            "<p>⟦d 书页文库所有文档均由用户上传，如有侵权请联系删除⟧</p>",
        ),
        body="""
为摸清古城街区业态底数，县古城保护管理委员会会同县商务局，于7月对古城内三条主要街巷的经营主体开展了逐户调查。
调查显示，古城街区现有经营主体二百一十七户，其中餐饮七十八户、零售六十五户、住宿三十一户，非遗体验类仅九户。
调查发现，街区业态同质化较为明显，小吃和旅游纪念品店铺占比过高，夜间经营时间普遍较短，游客停留时间不足两小时。
我们建议，一是制定古城街区业态准入负面清单，二是对非遗工坊给予三年租金补贴，三是延长重点街巷的夜间照明时间。
淯水县古城保护管理委员会调研组
2025年8月20日
""",
    ),
    dict(
        slug="news-yunshui-evening-kiln-museum-open",
        site="淯水融媒 (invented)",
        style="新闻门户",
        genre="新闻稿",
        kind="news",
        form="text",
        source="https://www.yunshuirm.example.cn/xw/bd/202509/t20250927_90122.html",
        title="窑址博物馆新馆开馆 两千余件瓷片标本首次集中展出",
        record_title="窑址博物馆新馆开馆 两千余件瓷片标本首次集中展出_淯水融媒",
        date="2025-09-27",
        notes="county media site: title repeated glued to the lead ('{T}' then a line), app-download prompt between paragraphs, editor line, share bar; byline date",
        page="""
!m 淯水融媒　淯水县融媒体中心主办
!l 首页 | 本地 | 视频 | 专题 | 直播
{T}
!m 2025-09-27 18:02:35　来源：淯水融媒　记者：邬佳　通讯员：戴成
!a 字号 A+ A-
{BODY}
!m 编辑：聂小凡　|　二审：吴刚　|　三审：石建华
!l 分享到：微信好友　朋友圈　微博
!l 推荐阅读：古城夜游线路发布 / 国庆假期景区预约指南
""",
        body="""
9月27日，淯水县窑址博物馆新馆正式开馆，两千余件历年发掘出土的瓷片标本首次集中展出。
新馆位于古窑址保护区东侧，建筑面积四千八百平方米，设有窑业历史、烧造技艺和考古发现三个展厅。
⟦a 下载“淯水融媒”客户端，看更多本地新闻⟧
展厅内还复原了一座龙窑剖面，观众可以直观了解古代瓷器的装窑和烧成过程。
据介绍，新馆实行免费预约参观，周一闭馆。
""",
    ),
    dict(
        slug="forum-discuz-puppet-fans-performance-notice-jammer",
        site="影窗戏迷论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yingchuang-bbs.example.com/thread-3321-1-1.html",
        title="潆江县皮影剧团2025年送戏下乡演出安排",
        record_title="潆江县皮影剧团2025年送戏下乡演出安排 - 戏讯速递 - 影窗戏迷论坛",
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="Discuz-like post with jammer fonts (junk glued and on lines), floor info, signature, quick reply; performance table kept; the troupe's date at the end, the post time also accepted",
        junk=dict(lines=1, glued=2),
        page=html_page(
            "潆江县皮影剧团2025年送戏下乡演出安排 - 戏讯速递 - 影窗戏迷论坛",
            '<div id="hd">⟦m 影窗戏迷论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>\n'
            '<div id="pt">⟦m 影窗戏迷论坛 › 戏曲天地 › 戏讯速递⟧</div>',
            '<div class="pl"><div class="authi">⟦m 皮影老张　楼主　发表于 2025-3-6 10:15:33⟧</div>\n'
            "<h1>{T}</h1>\n"
            '<div class="t_f">\n{BODY}\n</div>\n'
            '<div class="sign">⟦m 一口诉说千古事，双手对舞百万兵⟧</div>\n'
            '<div class="po">⟦l 回复⟧ ⟦l 支持(12)⟧ ⟦l 反对(0)⟧ ⟦l 举报⟧</div></div>\n'
            '<div class="fastre">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>',
            '<div>⟦l 热门主题⟧<p>⟦l 老艺人雕刻影人视频合集⟧</p></div>',
            "<p>⟦m Powered by Discuz! X3.4⟧ ⟦m 影窗戏迷论坛 版权所有⟧</p>",
        ),
        body="""
各位戏迷朋友：
今年我团将开展送戏下乡演出活动，全年计划演出一百二十场。现将上半年首批演出安排公布如下。
日期　地点　剧目
3月15日　白沙镇文化广场　《火焰山》
3月22日　龙潭乡中心小学　《哪吒闹海》
3月29日　石桥村文化礼堂　《白蛇传·断桥》
演出均为免费，欢迎大家就近观看。如遇雨天，演出改在室内进行。
潆江县皮影剧团
2025年3月5日
""",
    ),
    dict(
        slug="blog-xuechang-ski-patrol-diary-text",
        site="雪线以上 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://xuexian.example-blog.com/post/ski-patrol-first-winter",
        title="我的第一个巡逻季",
        record_title="我的第一个巡逻季 - 雪线以上",
        date="2026-03-12",
        notes="personal blog: posted @ line as the page's date, reading-time note, tag cloud, archive, subscribe prompt between paragraphs and glued after a sentence",
        page="""
!m 雪线以上 —— 一个雪场巡逻员的记录
!l 首页　归档　标签　关于我　RSS
{T}
!m Posted @ 2026-03-12 21:40 · 阅读约 3 分钟
{BODY}
!l 标签云：滑雪 巡逻 救护 冬天 洺城
!l 归档：2026年3月（2） 2026年1月（4） 2025年12月（5）
!a 订阅本博客更新
!l 评论（9）
""",
        body="""
雪场昨天闭园了，我的第一个巡逻季也结束了。整整一百零二天，我每天早上六点半上山，跟着老队员把每条雪道都走一遍。
最难忘的是一月的一个下午，一位游客在高级道摔伤了腿，我们五分钟赶到，打夹板、上担架，一路把他护送到医务室。⟦a 喜欢这篇文章？欢迎订阅⟧
老队长说，巡逻员最重要的不是滑得多快，而是看得多远，要在危险发生之前就发现它。
⟦a 👉 点击下方按钮，第一时间收到新文章推送 ⟧
下个雪季，我想去考初级救护员证书，争取能独立带班。
""",
    ),
    dict(
        slug="wechat-mirror-strawberry-coop-letter-html",
        site="公号搬运站 (invented WeChat mirror)",
        style="公众号镜像",
        genre="感谢信",
        kind="letter",
        form="html",
        source="https://gzhbys.example.net/p/2026/01/5Lm2Q0.html",
        title="致全体社员和消费者的一封感谢信",
        record_title="致全体社员和消费者的一封感谢信｜潆江鲜果草莓社",
        date="2026-01-08",
        notes="WeChat mirror: original/author tags, 'search the account' note, cover caption; like/在看 rows; account list; the letter's own 关注 sentence kept",
        page=html_page(
            "致全体社员和消费者的一封感谢信｜潆江鲜果草莓社",
            '<div class="top">⟦m 公号搬运站⟧ ⟦l 热门公众号⟧ ⟦l 最新文章⟧</div>',
            '<h1 class="title">{T}</h1>\n'
            '<div class="meta">⟦m 原创　潆江鲜果草莓社　2026年01月08日 20:05⟧</div>\n'
            '<p>⟦m 微信号：ylxgcm_coop⟧</p>\n'
            '<div class="content">\n{BODY}\n</div>\n'
            '<p>⟦l 往期回顾：│草莓采摘园开园公告│冬季大棚管理要点│⟧</p>\n'
            '<p>⟦a 分享　收藏　点赞 88　在看 17⟧</p>',
            '<div class="acct">⟦l 相关公众号：潆江发布 · 潆江农业 · 潆江生活圈⟧</div>',
            "<p>⟦d 文章来自微信公众号，本站仅做整理收录，如需删除请留言。⟧</p>",
        ),
        body="""
全体社员、广大消费者朋友们：
开园二十天来，合作社采摘园共接待游客一万一千余人次，线上线下销售草莓三万二千斤，比去年同期增长四成。
这份成绩离不开每一位社员起早贪黑的辛勤劳作，也离不开每一位消费者朋友的信任和支持。
春节前后是草莓最甜的时候，采摘园将延长开放时间至晚上七点。欢迎大家关注本号，及时了解每日采摘余量。
再次感谢大家！
潆江县鲜果草莓种植专业合作社
2026年1月8日
""",
    ),
    dict(
        slug="docshare-yunyue-grotto-survey-bracket-markers",
        site="云阅共享 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.yunyue.example.com/doc/7716203.html",
        title="浈岭石窟游客承载量调查报告",
        record_title="浈岭石窟游客承载量调查报告.doc",
        date=None,
        notes="sharing page: markers '⟅N⟆' glued or not (mix) inside paragraphs; contributor meta, upload stamp (no date), download credits; decimal headings; year only in the text",
        pages=dict(fmt="⟅{n}⟆", every=100, start=2, glue="mix"),
        page="""
!m 云阅共享 · 文档
!t 浈岭石窟游客承载量调查报告.doc
!m 分享人：文博小**　上传于：2025-11-08　格式：DOC　页数：6
!a ★收藏　↓下载（2积分）　⚠举报
{BODY}
!a 试读到此为止，下载后可查看完整文档
!l 你可能还需要：景区最大承载量核定导则 | 洞窟微环境监测报告
!d 声明：本文档由用户上传分享，不代表本站观点。
""",
        body="""
1 调查背景
近年来石窟游客数量快速增长，旺季单日接待量多次突破一万人次，洞窟内二氧化碳浓度和温湿度波动明显。
2 调查方法
2.1 在十二个开放洞窟内布设温湿度和二氧化碳监测仪，连续监测九十天。
2.2 对节假日和工作日的游客分布进行分时段统计。
3 主要结论
3.1 单个洞窟同时在窟人数超过二十五人时，二氧化碳浓度显著上升。
3.2 建议石窟日最大承载量核定为六千人次，实行分时段预约。
""",
    ),
    dict(
        slug="edu-louwan-school-ski-safety-html",
        site="溇湾县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.louwan.example.gov.cn/html/tzgg/2025/1210/6618.html",
        title="关于加强寒假期间学生冰雪运动安全教育的通知",
        record_title="关于加强寒假期间学生冰雪运动安全教育的通知",
        date="2025-12-10",
        record_date="2025-12-10",
        notes="education portal: columns nav, search box, 'school mailbox' box in the sidebar; numbered list; the notice's own 监督电话 kept; 附件; letter to parents mentioned with 打印 as content",
        page=html_page(
            "关于加强寒假期间学生冰雪运动安全教育的通知-溇湾县教育体育局",
            '<div class="hd">⟦m 溇湾县教育体育局⟧ ⟦a 站内搜索⟧ ⟦a 请输入关键字⟧</div>\n'
            "<nav>⟦m 首页⟧ ⟦l 机构概况⟧ ⟦l 教育新闻⟧ ⟦l 通知公告⟧ ⟦l 招生考试⟧ ⟦l 局长信箱⟧</nav>",
            '<div class="pos">⟦m 您的位置：首页→通知公告⟧</div>\n'
            "<h2>{T}</h2>\n"
            '<div class="info">⟦m 日期：2025-12-10　作者：体卫艺股　点击：⟧</div>\n'
            "{BODY}\n"
            '<div>⟦a 〖打印〗⟧ ⟦a 〖关闭〗⟧ ⟦a 〖顶部〗⟧</div>',
            '<div class="mailbox"><h4>⟦l 校长信箱⟧</h4><p>⟦l 我要写信⟧</p><p>⟦l 回复选登⟧</p></div>',
            "<p>⟦m 溇湾县教育体育局主办⟧　⟦m 地址：溇湾县育才路2号⟧</p>",
        ),
        body="""
各中小学、幼儿园：
寒假将至，滑雪、滑冰等冰雪运动进入高峰期。为切实保障学生假期安全，现就有关事项通知如下。
1. 各校要在放假前开展一次冰雪运动安全专题教育，重点讲清不到野外冰面滑冰、不在未开放雪道滑雪。
2. 各校要将《致家长的一封信》打印发放到每名学生，并收回家长签字回执。
3. 各校要建立假期安全联系制度，班主任每周与学生家长联系一次。
假期安全事故举报及监督电话：0738-7621100
附件：致家长的一封信
溇湾县教育体育局
2025年12月10日
""",
    ),
    dict(
        slug="intranet-waste-plant-shift-report-text",
        site="绿源环境能源 内部门户 (invented)",
        style="企业内网",
        genre="工作汇报",
        kind="report",
        form="text",
        source="http://portal.lvyuan.example.local/km/doc/20251108_0032",
        title="运行部关于10月份锅炉非计划停炉情况的汇报",
        record_title="【内部】运行部关于10月份锅炉非计划停炉情况的汇报",
        date="2025-11-08",
        notes="intranet portal: user bar, 知识库 path, read/attach counts, 'confidential' footer; data table kept; the report's own 联系人 at the end; approval trail",
        page="""
!m 绿源环境能源 · 内部门户　　当前用户：运行部 侯振　［退出］
!m 知识库 / 生产运行 / 运行分析
!t 【内部】运行部关于10月份锅炉非计划停炉情况的汇报
!m 上传：侯振　部门：运行部　2025-11-08 14:22　阅读 61
!a 下载附件　|　转发　|　加入我的收藏
{BODY}
!m 审批记录：部门经理 柯明 已审批（11-08 16:40）→ 生产副总 麻晓东 已阅（11-09 08:15）
!d 内部资料　注意保密　禁止截屏外传
""",
        body="""
公司领导：
10月份，二号焚烧炉发生非计划停炉两次，累计停运三十一小时，现将有关情况汇报如下。
日期　原因　停运时长
10月9日　炉排液压系统漏油　19小时
10月23日　引风机轴承温度高　12小时
两次停炉均按程序处置，烟气排放未出现超标。
下一步，运行部将把液压系统检查周期由每月一次缩短为每周一次，并增加引风机振动在线监测点。
联系人：侯振　分机：8206
运行部
2025年11月8日
""",
    ),
    dict(
        slug="qa-zhiwen-ski-coach-cert-answer",
        site="知问社区 (invented)",
        style="问答社区",
        genre="说明",
        kind="answer",
        form="text",
        source="https://www.zhiwen.example.com/q/60011732",
        title="滑雪社会体育指导员证书怎么考？",
        record_title="滑雪社会体育指导员证书怎么考？ - 知问社区",
        date=None,
        notes="Q&A answer: asker and answer meta with relative times (no date), vote buttons, 'write answer' prompt; numbered steps and a 下载报名表 sentence as content",
        page="""
!m 知问社区　|　首页　发现　等你来答
{T}
!m 关注者 214　被浏览 3.8万
!a 写回答　邀请回答　好问题 37
!m 冰雪老司机　　国家二级社会体育指导员（滑雪）
!m 编辑于 5 天前
{BODY}
!a 赞同 1.2K　　┃　　💬 86 条评论　　┃　　分享　　收藏　　喜欢
!l 更多回答
!l 相关问题：滑雪教练一个月能挣多少？
""",
        body="""
谢邀，我前年考的，说一下流程。
1. 先确认资格：年满十八周岁，有一定的滑雪基础，一般要求能在中级道连续转弯。
2. 报名：关注当地体育总会或滑雪协会的通知，按要求下载报名表，附上身份证和体检证明。
3. 培训：一般是五到七天，包括技术课和理论课，理论课讲运动损伤预防和教学方法。
4. 考核：技术考核在雪道上进行，理论是笔试，两项都通过才能发证。
另外，证书要定期参加继续教育，不然会失效。
""",
    ),
    dict(
        slug="collection-yaoshi-kiln-worker-memoir-chapter",
        site="窑火集 (invented collection)",
        style="个人文集",
        genre="回忆录",
        kind="essay",
        form="html",
        source="http://yaohuoji.example.com/chapter/12.html",
        title="第十二章 守窑的那些年",
        record_title="窑火集 · 第十二章 守窑的那些年",
        date=None,
        notes="collection chapter page: chapter nav above and below, font/background switches, reader progress; no date (years inside the text only)",
        page=html_page(
            "窑火集 · 第十二章 守窑的那些年",
            '<div class="bookbar">⟦m 窑火集⟧ ⟦m 作者：柏守成⟧ ⟦l 目录⟧ ⟦a 书签⟧</div>',
            '<div class="chapnav">⟦l ← 上一章　目录　下一章 →⟧</div>\n'
            "<h2>{T}</h2>\n"
            '<div class="set">⟦a 字号 − ＋　背景 ☀ ☾⟧</div>\n'
            "{BODY}\n"
            '<div class="progress">⟦m 本章完　已读 12/20⟧</div>\n'
            '<div class="chapnav2">⟦l 上一章：第十一章 师傅⟧ ⟦l 下一章：第十三章 窑址发掘⟧</div>',
            "",
            "<p>⟦d 本文集为作者私人整理，未经同意请勿转载⟧</p>",
        ),
        body="""
一九七八年春天，我从窑厂调到窑址看护组，成了一名守窑人。
说是看护，其实就是每天沿着山坡走两遍，看有没有人偷挖瓷片，下雨后再看看有没有塌方。
那时候没有围墙，附近的孩子常来捡碎瓷片玩，我就给他们讲这些瓷片是哪个朝代的、怎么烧出来的。
后来其中有两个孩子考上了大学，学的就是考古。
一九九二年窑址被列为省级文物保护单位，我守了十四年的山坡，终于有了围墙和保护碑。
""",
    ),
    dict(
        slug="dangjian-sewage-branch-theme-day-text",
        site="澴川水务党建 (invented)",
        style="党建网",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://dj.hcsw.example.cn/zbhd/2025/0506/417.html",
        title="城北污水处理厂党支部“五月主题党日”活动方案",
        record_title="城北污水处理厂党支部“五月主题党日”活动方案（附流程）",
        date="2025-05-06",
        notes="Party-building site: slogan line, study-platform prompt, learning-points glued after a paragraph; date under the signature; numbered steps",
        page="""
!m 澴川水务党建网　　不忘初心　牢记使命
!m 首页 ＞ 支部活动
!t 城北污水处理厂党支部“五月主题党日”活动方案（附流程）
!m 2025-05-06　　作者：城北厂党支部　　浏览（96）
{BODY}
!a 扫码登录学习平台，完成本期答题可获积分
!l 上一篇：城南厂党支部开展“安全生产月”宣讲
!m 澴川水务集团党委主办
""",
        body="""
为进一步增强党员宗旨意识，支部决定于5月16日开展“五月主题党日”活动，方案如下。
一、活动主题：党员进社区，节水护水我先行。
二、活动流程：
1. 重温入党誓词；
2. 集中学习节约用水有关规定；⟦a 【点击学习】⟧
3. 分组进社区开展节水宣传和水质检测演示。
三、有关要求：全体党员须佩戴党员徽章，确因工作不能参加的，须向支部书记请假。
城北污水处理厂党支部
2025年5月6日
""",
    ),
]
