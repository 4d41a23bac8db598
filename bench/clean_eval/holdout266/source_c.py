"""holdout266, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="qa-wendele-birdcage-balcony-summer-question-title",
        site="问得乐 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendele.example/question/77120453",
        title="鸟笼挂在阳台上，夏天要注意些什么？",
        record_title=None,
        date=None,
        notes="no title in the record: the question in the <h1>; an adopted answer with badge, vote row and more "
        "answers; 回答于 3 天前 is no date; an app prompt between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问得乐 - 有问题，就来问得乐</title>
<script src="//cdn.wendele.example/qa.js"></script></head>
<body>
<div class="head">⟦m 问得乐⟧ <input placeholder="搜索你感兴趣的问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录问得乐⟧</a></div>
<div class="crumb">⟦m 问得乐 › 宠物 › 鸟类饲养⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-desc">⟦m 家里养了一只绣眼，想把笼子挂阳台，怕晒坏了。⟧</p>
<p class="q-meta">⟦m 提问者：绿叶子　｜　浏览 4821　｜　关注 37⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="ans-user">⟦m 老笼把式　｜　鸟类饲养领域答主　｜　回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦l 有用 326　｜　没用 4　｜　评论 18⟧</div></div>
<div class="more"><h3>⟦l 其他 6 个回答⟧</h3>
<p>⟦l 养鸟十年：别挂在空调外机旁边，热风直吹鸟受不了。⟧</p></div>
<div class="rel">⟦l 相关问题：画眉笼多久清洗一次？｜鸟笼用竹的好还是金属的好？⟧</div>
<div class="foot">⟦m © 2024 问得乐 wendele.example　京ICP证110372号⟧</div>
</body></html>
""",
        body="""
夏天阳台温度高，鸟笼挂的位置和遮挡最要紧，说几点经验：
一是避开正午直晒。上午十点以后把笼子挪到阴凉处，或者在笼顶搭一块浅色布，千万别用深色布，反而吸热。
二是注意通风。笼子挂在能透风的地方，但不要正对风口，尤其不能挨着空调外机。
⟦a 打开问得乐APP，查看更多养鸟技巧⟧
三是勤换水。夏天水盅里的水半天就温了，最好早晚各换一次，可以放个浅水盆让鸟洗澡。
四是防蚊虫。傍晚把笼子收进屋里，笼底托盘每天清理，竹笼的缝隙里容易藏螨虫，隔一段时间用开水烫一遍。
""",
    ),
    dict(
        slug="qa-dayifang-which-wood-for-laundry-mallet",
        site="答疑坊 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://dayifang.example/q/3308172",
        title="捶布用的棒槌选什么木头好？",
        record_title="捶布用的棒槌选什么木头好？ - 答疑坊",
        date=None,
        notes="the question with a site suffix as the record title; the question repeated on the page; answer "
        "time 编辑于 昨天 is no date; a 'was this helpful' prompt glued after the last sentence",
        page="""
!m 答疑坊 - 生活百事问答
!m 答疑坊 > 生活 > 家居用品
{T}
!m 3 个回答　｜　被浏览 2,095 次
!m 最佳答案
!m 木匠老冯　编辑于 昨天 14:22
{BODY}
!l 还有 2 条回答
!l 桐花：我家用的是桑木的，也挺结实。
!l 相关问题：搓衣板用什么木头不容易发霉？
!m 答疑坊 dayifang.example　｜　沪ICP备19015528号-1
""",
        body="""
做捶布棒槌，首选枣木和檀木，其次是桑木、槐木。
枣木质地坚硬、分量足，捶起来不费劲，泡水也不容易裂，老辈人用的大多是枣木棒槌。檀木更沉，但价钱贵，一般人家用不起。
桑木和槐木稍轻一些，适合老人和力气小的人用。
不建议用松木、杨木，这两种木头软，用不了多久槌头就起毛、开裂，还容易把布勾坏。
做好的棒槌先用菜籽油擦两遍，晾干再用，能防止吸水变形。⟦a 这个回答对你有帮助吗？有用 / 没用⟧
""",
    ),
    dict(
        slug="collection-songyanzhai-memoir-fathers-pipe-old-table",
        site="松烟斋文存 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.songyanzhai.example/wencun/juan2/014.htm",
        title="父亲的烟斗",
        record_title="松烟斋文存 ▸ 第二辑 ▸ 父亲的烟斗",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: 繁體/简体/朗读 links, chapter links, a "
        "visitor counter, the author's mailbox; a 写于 line with a year only, so no date; decorated title (collection "
        "and volume prefixes)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>松烟斋文存 ▸ 第二辑 ▸ 父亲的烟斗</title><script language="javascript" src="/count/counter.asp?id=014"></script></head>
<body bgcolor="#f6f1e3">
<table width="780" align="center" border="0"><tr>
<td><font size="5">⟦m 松烟斋文存⟧</font><br>⟦m 一个退休教书匠的旧文章⟧</td>
<td align="right">⟦a 繁體 | 简体 | 朗读本文⟧</td></tr></table>
<table width="780" align="center"><tr><td>⟦m 文存首页 ｜ 第一辑 ｜ 第二辑 ｜ 第三辑 ｜ 留言簿⟧</td></tr></table>
<table width="780" align="center"><tr><td>
<center><b>{T}</b></center>
<center>⟦m 作者：松烟斋主人　本篇已被阅读 2216 次⟧</center>
{BODY}
<p align="right">写于二〇二二年秋</p>
<center>⟦l 【上一篇】母亲的针线笸箩　｜　【回目录】　｜　【下一篇】老屋的窗⟧</center>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦d 文存所收均为拙作，转贴请告知一声。⟧<br>
⟦m 来信请寄 songyanzhai_laoshi@126.example⟧<br>
⟦m 自2006年开站以来，您是第 104377 位来客⟧
</td></tr></table>
</body></html>
""",
        body="""
父亲抽了一辈子烟斗。他的烟斗是梨木的，斗钵已经被熏成了深褐色，斗嘴上有两道他咬出来的牙印。
晚饭后，父亲总坐在门槛上，从铁皮盒里捏出一撮烟丝，用拇指压实，划一根火柴，吧嗒吧嗒吸几口，烟就在院子里慢慢散开。我们几个孩子围着他，听他讲年轻时在砬湾镇码头扛包的事。
父亲从不让我们碰他的烟斗，说这东西伤身子，碰不得。他七十岁那年戒了烟，把烟斗洗干净，用红布包好放进了箱底。
父亲走后，我在箱底找到了它。红布已经褪了色，烟斗还留着淡淡的烟味。
""",
    ),
    dict(
        slug="collection-yanying-essay-bamboo-blind-oneline",
        site="檐影集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://yanying.example/ji/sanwen/07.html",
        title="竹帘",
        record_title="竹帘（檐影集·散文卷·其七）",
        date=None,
        notes="an essay whose body is all on one line (paragraphs joined by their indent); a one-word title with "
        "a collection aside; no date; chapter links and a guestbook line",
        page="""
!m 檐影集　｜　晴耕雨读的小文章
!m 目录 ＞ 散文卷 ＞ 其七
{T}
{BODY}
!l ← 其六 · 天井　　　其八 · 井台 →
!l 留言簿（12）　｜　返回目录
!m 檐影集 文字属作者本人，未经同意请勿转载
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
老家堂屋门口挂着一挂竹帘，是祖父请秔阳的老篾匠编的。竹丝细得像线，一根根排得密密的，用麻线织成，边上包着蓝布。
夏天，竹帘一放下来，屋里就凉快了一半。外面的太阳白晃晃的，隔着帘子看出去，院子里的枣树、晒场、鸡鸭都变成了一道一道的，像一幅淡淡的画。
风一吹，竹帘轻轻摆动，发出沙沙的声音。祖母在帘子后面摇着蒲扇，我就躺在竹床上睡午觉。
到了秋天，祖父把竹帘卷起来，用布包好挂在梁上，说来年还要用。
那挂竹帘一挂就是三十年，直到老屋拆了，才不知去了哪里。
""",
    ),
    dict(
        slug="party-jiangyang-host-script-bamboo-blind-workshop",
        site="秔阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="html",
        source="http://www.jyxianfeng.example/jcdj/2024/0412/9031.shtml",
        title="“竹帘共富工坊”揭牌仪式主持词",
        record_title="【共富工坊】“竹帘共富工坊”揭牌仪式主持词 - 基层党建 - 秔阳先锋网",
        date="2024-04-12",
        notes="Party portal with a study-points prompt and a read-on-phone QR line; a host's script with no date of "
        "its own: the byline's 发布时间 is the page's date; column prefix, column and site suffixes",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【共富工坊】“竹帘共富工坊”揭牌仪式主持词 - 基层党建 - 秔阳先锋网</title>
<script src="/res/js/xf.js"></script></head>
<body>
<div class="xf-top">⟦m 秔阳先锋网⟧ ⟦m 中共秔阳县委组织部主办⟧</div>
<div class="xf-nav">⟦m 首页　党建要闻　基层党建　党员教育　干部工作　人才工作⟧</div>
<div class="xf-pos">⟦m 您所在的位置：首页 > 基层党建⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-info">⟦m 发布时间：2024-04-12　来源：饧坪镇党委　浏览：1306⟧</div>
<div class="xf-points">⟦a 登录“秔阳先锋”学习平台，阅读本文可得 1 学分⟧</div>
<div class="xf-text">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫码，本文随身读⟧</div>
<div class="xf-prev">⟦l 上一篇：饧坪镇召开村党组织书记季度例会⟧</div>
</div>
<div class="xf-foot">⟦m 中共秔阳县委组织部　版权所有　鄂ICP备15009913号⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位乡亲：
大家上午好！今天，我们在这里举行饧坪镇“竹帘共富工坊”揭牌仪式。出席今天仪式的有县委组织部、县农业农村局的领导，以及全镇各村党组织书记和编帘能手。
工坊由镇党委牵头，村集体和秔香竹编合作社共同建设，目前已吸纳留守妇女和脱贫户68人在家门口编竹帘，人均月增收1500元。
下面进行第一项：请镇党委书记致辞。
下面进行第二项：请县委组织部领导和编帘能手代表共同为工坊揭牌。
下面进行第三项：请大家参观工坊，观看竹帘编织现场演示。
揭牌仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="party-jinshui-report-village-secretary-quilt-workshop",
        site="浕水党建 (invented Party-building site)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://dj.jinshui.example/sz/2025/0114/3012.html",
        title="穞田村党支部书记2024年度抓基层党建工作述职报告",
        date="2025-01-10",
        date_also=["2025-01-14"],
        notes="title given by the record as is; a Party site's publish line differs from the 成文日期 under the "
        "signature; a study-points line and a member prompt glued before the first words of a paragraph",
        page="""
!m 浕水党建　｜　浕水县委组织部
!m 首页 > 述职评议 > 村（社区）书记述职
{T}
!m 发布时间：2025-01-14　来源：靸河镇党委　阅读：812
!a 〔学习打卡〕阅读满 3 分钟可记学习积分
{BODY}
!l 相关阅读：靸河镇2024年度村书记述职评议结果
!l 相关阅读：浕水县抓党建促乡村振兴十佳案例
!m 浕水县委组织部主办　电话：0731-5521370
""",
        indent="\u3000\u3000",
        body="""
2024年，我在镇党委领导下，围绕“党建引领、产业富村”抓实支部建设，现将有关情况报告如下。
一、主要工作
一是建强班子。调整了两名支委，新发展党员2名，坚持每月主题党日。二是发展产业。支部牵头办起被套加工车间，承接县城家纺企业的被套缝制订单，吸纳本村妇女42人就业，全年加工被套9.6万套，村集体增收18万元。⟦a 会员可下载本文Word版⟧三是服务群众。为全村72户老人免费更换冬季被套，开展志愿服务24次。
二、存在的不足
车间订单受季节影响大，淡季开工不足；支部在带富能人培养上办法不多。
三、下一步打算
与家纺企业签订全年订单，争取县里支持建设标准化厂房，继续培养年轻党员带头人。
穞田村党支部书记　龙春燕
2025年1月10日
""",
    ),
    dict(
        slug="hospital-chancheng-no3-rules-ward-quilt-covers",
        site="韂城市第三人民医院 (invented hospital site)",
        style="医院官网",
        genre="规程",
        kind="other",
        form="html",
        source="https://www.ccsy3.example/hlgl/zd/2024/118.html",
        title="病区床单被套更换与送洗管理规程",
        record_title="【病区护理】病区床单被套更换与送洗管理规程_护理部_韂城市第三人民医院",
        date=None,
        notes="hospital site with a booking float and a 24-hour line; rules with 第N条 articles whose text speaks of "
        "扫码 and 打印 as content; only an effective clause, so no date; an update stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【病区护理】病区床单被套更换与送洗管理规程_护理部_韂城市第三人民医院</title>
<script src="/js/yy.js"></script></head>
<body>
<div class="hd">⟦m 韂城市第三人民医院⟧ ⟦m 二级甲等综合医院⟧ <span>⟦m 24小时急诊：0736-8857120⟧</span></div>
<div class="nav">⟦m 首页 ｜ 医院概况 ｜ 科室导航 ｜ 专家介绍 ｜ 护理园地 ｜ 就医指南⟧</div>
<div class="pos">⟦m 位置：首页 > 护理园地 > 护理制度⟧</div>
<div class="art"><h2>{T}</h2>
<p class="meta">⟦m 来源：护理部　浏览：566　最近更新：2 天前⟧</p>
<div class="txt">
{BODY}
</div></div>
<div class="float-yy"><a href="/yy">⟦a 预约挂号⟧</a><br>⟦m 预约专线 0736-8857000⟧</div>
<div class="ft">⟦m 地址：韂城市鸊湖区临湖路2号⟧　⟦m 湘ICP备12004751号⟧</div>
</body></html>
""",
        body="""
第一条　为规范病区床单、被套的更换和送洗，预防医院感染，制定本规程。
第二条　住院患者的床单、被套每周至少更换一次；被血液、体液、呕吐物污染时，应当立即更换。
第三条　患者出院、转科或死亡后，床单位应当进行终末处理，被套全部更换。
第四条　换下的被套不得在病区地面堆放或抖动，应当直接装入专用布草袋。感染性织物装入橘红色布草袋，并注明“感染”。
第五条　送洗时，护理员扫码登记布草袋上的二维码，洗衣房接收后打印交接单，双方签字。
第六条　本规程由护理部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="hospital-leixi-pipe-smoking-lungs-dept-phone",
        site="耒溪县人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.lxxrmyy.example/jkkp/2024/0531/702.html",
        title="抽烟斗就不伤肺？呼吸科医生说：不",
        record_title="呼吸健康课｜抽烟斗就不伤肺？呼吸科医生说：不 - 耒溪县人民医院",
        date="2024-05-31",
        notes="hospital article: the department's own 咨询电话 beside the hospital's booking hotline and 24-hour "
        "line; the byline's 发布时间 is the date; column prefix and site suffix",
        page="""
!m 耒溪县人民医院　Leixi County People's Hospital
!m 首页 ＞ 健康科普 ＞ 呼吸与危重症医学科
{T}
!m 发布时间：2024-05-31　作者：呼吸与危重症医学科 冉启明　浏览量：1708
{BODY}
!m 预约挂号请拨：0739-4216000（7:30—17:30）
!m 急诊急救 24 小时：0739-4216120
!l 上一篇：世界无烟日｜戒烟门诊开诊时间调整
!l 下一篇：慢阻肺患者夏季注意事项
!m 耒溪县人民医院 版权所有 湘ICP备11008226号
""",
        body="""
门诊常有老烟民说：“我抽的是烟斗，不往肺里吸，伤不了肺。”这种说法并不对。
烟斗烟丝燃烧同样产生焦油、一氧化碳和多种致癌物。即使不往肺里吸，烟雾也会长时间停留在口腔和咽喉，口腔癌、喉癌的风险并不比抽卷烟低。何况很多人抽着抽着就会不自觉地往里吸。
另外，烟斗的烟雾浓，家人吸二手烟的危害同样不小。
想戒烟的朋友，可以到我院戒烟门诊就诊，医生会根据烟瘾程度制订戒烟方案。戒烟门诊每周二、周四上午开诊，咨询电话：0739-4216358。
""",
    ),
    dict(
        slug="university-chancheng-vocational-birdcage-archive-h1",
        site="韂城职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ccvtc.example/xyxw/2024/0528/c2201a40817/page.htm",
        title="我院学生为鸟笼老手艺建立数字档案",
        record_title=None,
        date="2024-05-28",
        notes="no title in the record and a generic <title>: the <h1>; a dotted date line is the page's date; "
        "photo caption and a 文/图/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>韂城职业技术学院</title>
<script src="/_js/sudy.js"></script></head>
<body>
<div class="header">⟦m 韂城职业技术学院⟧ ⟦m 崇技尚能　知行合一⟧ <a>⟦a 校园VPN⟧</a> <a>⟦a 信息门户⟧</a></div>
<div class="menu">⟦m 学校首页 学院概况 院系设置 招生就业 校园文化⟧</div>
<div class="path">⟦m 首页 >> 学院新闻⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="arti_metas">⟦m 2024.05.28　点击：947⟧</div>
{BODY}
</div>
<div class="pre-next">⟦l 上一条：我院举办第六届技能文化节⟧<br>⟦l 下一条：学院召开毕业生就业工作推进会⟧</div>
<div class="footer">⟦m 地址：韂城市职教大道1号　邮编：418000⟧<br>⟦m 湘ICP备08011730号⟧</div>
</body></html>
""",
        body="""
近日，我院数字媒体专业“匠影”实践团队完成了韂城鸟笼制作技艺数字档案的第一期采集工作。
团队12名学生利用周末走进鸊湖区鸟语花香城和秔阳县饧坪镇，跟拍了三位制笼老师傅，用三维扫描和高清视频记录了选竹、劈篾、穿条、上漆等关键工序，整理出工艺图解60余张。
⟦m 图为学生在饧坪镇为制笼师傅录制劈篾过程⟧
指导教师介绍，档案将提供给县文化馆作为非遗保护资料，部分内容还会制作成短视频，在学院的媒体平台展播。⟦m （文/尹若彤　图/何思远　审核/孟繁）⟧
""",
    ),
    dict(
        slug="university-jinshui-normal-library-request-bamboo-blinds",
        site="浕水师范学院图书馆 (invented university library site)",
        style="高校官网",
        genre="请示",
        kind="notice",
        form="text",
        source="http://lib.jsnu.example/tzgg/2024/0415/388.html",
        title="关于古籍阅览室加装竹帘遮光的请示",
        date="2024-04-15",
        notes="title given by the record as is; a 请示 with its 联系人/电话 beside the library's service desk line; "
        "成文日期 under the signature; opening-hours and OPAC chrome",
        page="""
!m 浕水师范学院图书馆
!m 开馆时间：周一至周日 8:00—22:00　｜　书目检索　｜　我的图书馆
!m 首页 » 通知公告
{T}
!m 浏览次数：218
{BODY}
!m 总服务台：0731-5590212　｜　邮箱：lib@jsnu.example
!m Copyright © 浕水师范学院图书馆
""",
        body="""
学校后勤管理处：
图书馆四楼古籍阅览室朝西，下午阳光直射书架，室温偏高，部分古籍纸张已出现发脆、褪色现象。经与古籍修复专家商量，拟在阅览室12扇西窗加装竹帘遮光。竹帘透气、不积潮，比遮光布更适合古籍保存。
经询价，每扇窗定制竹帘约380元，共需经费4560元，拟从图书馆年度维修经费中列支。
以上请示当否，请批示。
联系人：裴文静，电话：0731-5590236。
浕水师范学院图书馆
2024年4月15日
""",
    ),
]
