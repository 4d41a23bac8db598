"""Held-back part 4, sources I: news portals, forums, blogs, WeChat mirrors, document sharing.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="news-linyi-youth-protection-html",
        site="临漪新闻网 (invented)",
        style="新闻门户",
        genre="新闻稿",
        kind="news",
        form="html",
        source="https://www.linyinews.cn/bd/sh/202506/t20250603_610233.html",
        title="临漪市启动2025年“护苗”专项行动",
        record_title="临漪市启动2025年“护苗”专项行动_临漪新闻网_临漪日报",
        record_date="2025-06-03",
        date="2025-06-03",
        notes="news page: a 本报讯 lead, a parent's quotation, a photo credit (neutral), editor line, 24-hour hot list with numbers, a copyright notice that repeats the source line's words",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>临漪市启动2025年“护苗”专项行动_临漪新闻网_临漪日报</title></head><body>
<div class="masthead">⟦m 临漪新闻网 · 临漪日报社主办⟧</div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 本地⟧</a><a>⟦m 时政⟧</a><a>⟦m 教育⟧</a><a>⟦m 视频⟧</a><a>⟦m 数字报⟧</a></div>
<div class="crumb">⟦m 临漪新闻网 &gt; 本地 &gt; 社会⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 2025-06-03 08:02　来源：临漪日报⟧</div>
<div class="article">
{BODY}
<p class="credit">（图片由市“扫黄打非”办提供）</p>
</div>
<div class="editor">⟦m [责任编辑：卢菲]⟧</div>
<div class="tools">⟦a 【纠错】 【打印】 【关闭】⟧</div>
<div class="hot"><h3>⟦l 24小时热点⟧</h3><ol>
<li>⟦l 1 临漪地铁2号线首通段开通在即⟧</li><li>⟦l 2 市区这些路段夜间施工，请绕行⟧</li><li>⟦l 3 端午假期全市接待游客128万人次⟧</li></ol></div>
<div class="foot"><p>⟦d 凡本网注明“来源：临漪日报”的作品，版权均属临漪日报社所有，转载请注明出处。⟧</p><p>⟦m 新闻热线：0531-6201110⟧　⟦m 鲁ICP备05011222号⟧</p></div>
</body></html>
""",
        body="""
本报讯（记者　庞悦　通讯员　史丽君）6月2日，临漪市“扫黄打非”工作领导小组办公室联合市教育局、市公安局在市第二实验小学启动2025年“护苗”专项行动，全面净化青少年成长的社会文化环境。
据介绍，今年的专项行动将持续至12月底，重点整治校园周边出版物市场、网络直播平台涉未成年人有害信息，以及利用即时通讯工具向未成年人传播有害信息等问题。市“扫黄打非”办将会同相关部门开展校园周边文化市场集中检查，依法查处违规经营行为。
启动仪式上，民警为师生讲授了网络安全知识，提醒学生不随意添加陌生人好友、不轻信网络“刷单返利”等信息。学校还组织开展了“绿书签”主题签名活动，300余名师生参与。
“孩子们上网的时间越来越长，这样的活动非常有必要。”到场的家长代表刘女士说。
""",
    ),
    dict(
        slug="news-tinglan-rural-games-title-glued",
        site="汀澜融媒 (invented county media centre)",
        style="新闻门户",
        genre="新闻稿",
        kind="news",
        form="text",
        source="https://www.tinglanrm.cn/bdxw/20251108/3390.html",
        title="汀澜县首届乡村运动会开幕",
        record_title=None,
        date="2025-11-08",
        notes="county media page: the title as a heading and again glued to the lead (which does not start with it); reporter/date/reads line; like/share row, readers' comments, app prompt",
        page="""
!m 汀澜融媒 · 新闻
!m 首页 > 本地新闻
{T}
!m 汀澜融媒记者 木子 | 2025-11-08 19:40 | 阅读 2.1万
{T}{BODY}
!m 编辑：杨柳　审核：段飞
!a 点赞　在看　转发
!l 热门评论
!l 汀澜老乡：家乡越来越好了，点赞！
!l 白沙人在外地：可惜没能回去参加，明年一定！
!a 下载“汀澜融媒”客户端，看更多本地资讯
""",
        body="""
11月8日，汀澜县首届乡村运动会在县全民健身中心开幕。来自全县12个乡镇的28支代表队、860余名农民运动员齐聚一堂，在为期两天的比赛中展开角逐。
本届运动会以“健康乡村·活力汀澜”为主题，设置了拔河、趣味挑担、插秧接力、板鞋竞速等9个比赛项目，项目设计充分融入农事生产和民俗元素，既有竞技性，又有趣味性。
开幕式上，由村民自编自演的竹竿舞、山歌对唱等节目赢得现场观众阵阵掌声。来自白沙镇的参赛选手、55岁的杨大姐说：“平时在地里干活，今天到县城来比赛，感觉特别光荣！”
据了解，近年来汀澜县持续推进农村体育设施建设，全县行政村体育健身设施实现全覆盖，群众性体育活动蓬勃开展。
""",
    ),
    dict(
        slug="forum-bigeng-study-minutes-junk",
        site="笔耕论坛 (invented)",
        style="论坛",
        genre="纪要",
        kind="other",
        form="text",
        source="http://bbs.bigengluntan.com/thread-67120-1-1.html",
        title="镇党委理论学习中心组2025年第4次集体学习纪要",
        record_title="镇党委理论学习中心组2025年第4次集体学习纪要 - 公文范例 - 笔耕论坛",
        date="2025-09-03",
        date_also=["2025-08-28"],
        notes="forum post of study minutes: junk lines and junk glued after 。, a bracketed edit note, floor replies with '#' numbers; the meeting date in the first sentence and the post date",
        page="""
!m 笔耕论坛 - 基层公文交流
!m 笔耕论坛 › 公文范例 › 会议纪要
!m 查看: 1980 | 回复: 7
{T}
!m 楼主　老农笔记　发表于 2025-9-3 12:26
{BODY}
!m [ 本帖于 2025-9-3 12:30 修改 ]
!a 支持　反对　收藏　举报
!l 2# 南山有竹：纪要格式很标准，收藏了
!l 3# 小镇青年：请问列席人员要写在哪里？
!a 登录后回复　|　注册新账号
!m Powered by 笔耕论坛 © 2012-2025
""",
        junk=dict(lines=1, glued=3),
        body="""
2025年8月28日上午，镇党委理论学习中心组开展2025年第4次集体学习。镇党委书记、中心组组长何建军主持学习并讲话，中心组成员参加学习，各村（社区）党组织书记列席。
会议集中学习了《中国共产党农村基层组织工作条例》有关内容，传达学习了市委理论学习中心组专题学习会议精神。镇党委副书记、镇长吴海波，镇党委委员、组织委员罗丹结合分管工作作了交流发言。
会议指出，农村基层党组织是党在农村全部工作和战斗力的基础。全镇各级党组织要认真对照条例要求，进一步健全村级组织运行机制，规范“四议两公开”工作程序，切实把基层党组织建设成为有效实现党的领导的坚强战斗堡垒。
会议要求，一要抓好学习贯彻，各村（社区）要通过“三会一课”、主题党日等形式，组织党员深入学习条例；二要抓好问题整改，对照条例查找村级组织建设中的短板弱项，建立整改台账，逐项销号；三要抓好结合转化，把学习成效转化为推动乡村振兴、服务群众的实际行动。
""",
    ),
    dict(
        slug="blog-luming-first-secretary-summary-wrapped",
        site="鹿鸣山人的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://lumingshanren.blog.example.net/2025/12/21/zhucun-zongjie/",
        title="2025年驻村第一书记工作总结",
        record_title="2025年驻村第一书记工作总结 | 鹿鸣山人的博客",
        date="2025-12-21",
        notes="personal blog, hard-wrapped at 54 columns; a menu item shares words with the category (驻村日记); prev/next with guillemets; readers' comments; originality notice",
        page="""
!m 鹿鸣山人的博客
!m 山野之间，笔耕不辍
!m 首页 | 驻村日记 | 读书札记 | 关于我
{T}
!m 发布于 2025-12-21　分类：驻村日记　阅读(873)　评论(9)
{BODY}
!l « 驻村第二年的冬天　　|　　写给村里孩子们的一封信 »
!l 评论（9）
!l 老同学阿伟：辛苦了！为你点赞
!l 柳湾村小李：书记，村里人都记着您的好
!a 发表评论（需登录）
!d 本博客文章均为原创，转载请联系作者并注明出处。
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
2025年，是我作为省派驻村第一书记在岑阳县苇塘镇柳湾村工作的第二年。一年来，我始终牢记组织嘱托，和村“两委”班子一道，围绕建强村党组织、推进强村富民、提升治理水平、为民办事服务等职责任务，扎扎实实做了一些工作。
一是建强村党组织。协助村党支部规范“三会一课”等组织生活，推动村务监督委员会有效运转，全年召开党员大会6次，发展入党积极分子3名，培养村级后备干部2名。
二是推进强村富民。争取派出单位帮扶资金80万元，建成稻虾共养基地150亩、农产品初加工车间1处，带动35户农户户均增收4200元。通过直播带货帮助村民销售莲藕、土鸡蛋等农产品46万元。
三是提升治理水平。推动成立村民议事会，完善村规民约，协调化解邻里、土地纠纷17起；推行人居环境“红黑榜”，全村环境面貌明显改善。
四是为民办事服务。走访农户320户，帮助解决就医、就学、就业等实际问题52个；协调修建便民桥1座，解决了村民过河难问题。
回顾一年的工作，我深切体会到：驻村工作，功夫在“驻”，成效在“干”。新的一年，我将继续扎根柳湾，为乡村振兴贡献自己的力量。
""",
    ),
    dict(
        slug="wechat-archive-water-saving-pledge-html",
        site="微阅读档案馆, mirror of the account 澄川发布 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="notice",
        form="html",
        source="https://www.wyd-archive.com/ccfb/2025/03/22/a8830.html",
        title="澄川县“节水护水　共建美丽家园”倡议书",
        title_also=["澄川县“节水护水 共建美丽家园”倡议书"],
        record_title=None,
        date="2025-03-22",
        notes="WeChat mirror: 原创 + account + time + region line, styled section/span paragraphs, source/editor lines, read-original link, reads/likes bar, follow prompt, archive disclaimer; two-line signature",
        page="""
<html><head><meta charset="utf-8"><title>微阅读档案馆</title></head><body>
<div class="site">⟦m 微阅读档案馆⟧ <small>⟦m 公众号文章存档⟧</small></div>
<h2 class="rich_media_title">{T}</h2>
<div class="rich_media_meta">⟦m 原创　澄川发布　2025年03月22日 08:30　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<p>⟦m 来源：县水利局⟧</p>
<p>⟦m 编辑：龙丹丹　审核：黄海⟧</p>
<div class="ro"><a>⟦a 阅读原文⟧</a></div>
<div class="bar">⟦l 阅读 3521　　赞 86　　在看 41⟧</div>
<div class="qr">⟦a 微信扫一扫关注该公众号⟧</div>
<div class="disc">⟦d 本站仅存档公开的公众号文章，如有侵权请联系 admin@wyd-archive.com 删除⟧</div>
</body></html>
""",
        p_html='<section style="margin:8px 0"><p><span style="font-size:16px;">{}</span></p></section>',
        body="""
全县广大干部群众：
水是生命之源、生产之要、生态之基。我县虽然河网密布，但人均水资源量低于全省平均水平，季节性缺水问题依然存在。3月22日是第三十三届“世界水日”，为增强全社会节水护水意识，县水利局、县节水办向全县广大干部群众发出如下倡议：
一、树立节水意识。充分认识水资源的稀缺性和重要性，自觉养成节约用水的好习惯，把节水理念融入日常生活的点点滴滴。
二、践行节水行动。使用节水型器具，做到随手关紧水龙头；提倡一水多用，淘米水浇花、洗衣水冲厕；机关、学校、医院等公共机构要带头开展节水型单位创建。
三、守护河湖生态。不向河道、水库倾倒垃圾和排放污水，不在饮用水水源保护区从事违法活动，发现破坏河湖生态的行为及时向有关部门举报。
四、争当节水先锋。积极参与节水宣传和志愿服务活动，带动身边的人共同节水、护水、爱水，让节水护水成为全县上下的自觉行动。
澄川县水利局
澄川县节约用水办公室
2025年3月22日
""",
    ),
    dict(
        slug="docshare-yixiang-school-repair-request-pdf",
        site="易享文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://www.yixiangwd.com/file/20250307/771204.html",
        title="关于申请解决苇塘镇中心小学教学楼维修资金的请示",
        record_title="关于申请解决苇塘镇中心小学教学楼维修资金的请示.pdf",
        date="2025-03-05",
        notes="document-sharing preview of a PDF: wrapped at 50 columns, '（共3页 第n页）' markers; the request's 附件 line, Chinese-numeral date and contact line in parentheses stay; a WeChat id for support",
        page="""
!m 易享文档 — 文档免费分享平台
!m 关于申请解决苇塘镇中心小学教学楼维修资金的请示.pdf　　3页　　156KB
!a 免费预览　　转存　　举报
{T}
{BODY}
!a 预览已到底部，转存后可查看原文件
!d 易享文档仅提供存储服务，文档版权归上传者所有。
!m 客服微信：yixiang_kf
""",
        wrap=50,
        indent="\u3000\u3000",
        pages=dict(fmt="（共3页 第{n}页）", every=200, start=1),
        body="""
县教育局：
苇塘镇中心小学教学楼建于1998年，为三层砖混结构，建筑面积2860平方米，现有24个教学班、在校学生1032人。经县建设工程质量检测中心鉴定，该教学楼屋面防水层老化严重，多处漏水，部分墙体出现裂缝，门窗锈蚀变形，存在一定的安全隐患，亟需进行维修加固。
经委托设计单位初步测算，该教学楼维修加固工程主要包括屋面防水翻新、墙体裂缝加固、门窗更换、电路改造等内容，预计需要资金126万元。由于镇财力有限，学校自身无力承担，特恳请县教育局给予资金支持，以保障师生安全和正常教学秩序。
妥否，请批示。
附件：苇塘镇中心小学教学楼安全鉴定报告
苇塘镇人民政府
二〇二五年三月五日
（联系人：镇教育办　范志刚，电话：0739-6420315）
""",
    ),
]
