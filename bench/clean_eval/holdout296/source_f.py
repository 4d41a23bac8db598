"""holdout296, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Written by hand for this part (sites, places, people, numbers and URLs invented); see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="examforum-qingjiao-essay-cattail-cushions-jammer",
        site="青椒公考社区 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.qingjiaogk.example.com/thread-330518-1-1.html",
        title="一方蒲团编出致富路",
        record_title="《申论练手》一方蒲团编出致富路（800字限时写）- 申论交流 - 青椒公考社区",
        date=None,
        notes="exam forum: jammer-font junk in a 申论 essay; a reply-to-see prompt, rating row, a QQ-group ad; relative times are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>《申论练手》一方蒲团编出致富路（800字限时写）- 申论交流 - 青椒公考社区</title>
<style>.jammer{display:none}</style>
</head><body>
<div id="hd">⟦m 青椒公考社区⟧　⟦m 一起备考，一起上岸⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="qq-ad">⟦w 2026省考申论批改群：QQ 736028155，进群送范文100篇⟧</div>
<div id="pt">⟦m 青椒公考社区 › 笔试备考 › 申论交流⟧</div>
<div id="postlist"><table><tr>
<td class="pls"><p>⟦m 上岸的小蒲⟧</p><p>⟦m 积分 388　备考第2年⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分人数 5　积分 +12　“结构清楚，论据再具体些”⟧</div>
<div class="locked">⟦a 本帖隐藏的点评内容需回复后才能查看⟧</div>
</td></tr></table></div>
<div class="reply">⟦l 2楼　申论小白兔：分论点的排比句式学到了⟧</div>
<div id="ft">⟦m 青椒公考社区　浙ICP备22011386号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
在楒水县濊田镇，家家户户屋檐下晒着蒲草。过去，这些蒲草只能编成蒲团自家用，如今却走进了城市的茶室和书院，一个蒲团能卖到上百元。一方小小的蒲团，折射出乡村振兴的大道理。
编出致富路，要靠传统手艺的守正。蒲草编织技艺传承了数百年，选草、晒草、盘编都有讲究。只有守住手艺的“根”，产品才有打动人的温度。
编出致富路，要靠市场意识的创新。合作社按茶室订单统一规格，还开发了儿童蒲团、车用蒲垫，让老手艺对接新需求。
编出致富路，更要靠组织力量的带动。党支部领办合作社，把分散的农户组织起来，让留守妇女在家门口就能增收。
乡村振兴没有标准答案，但每一个村庄都能找到属于自己的“那一方蒲团”。
""",
    ),
    dict(
        slug="examforum-mianshibang-answer-album-story-meeting-junk",
        site="面试帮论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.mianshibang.example.cn/bbs/t-20931.html",
        title="如果让你组织一次社区老相册故事会，你会怎么做？",
        record_title="［结构化练习 第7题］如果让你组织一次社区老相册故事会，你会怎么做？ - 面试专区 - 面试帮论坛",
        date=None,
        notes="exam forum text with junk lines and glued junk; an interview answer in which 分享 is content; replies with relative times",
        page="""
!m 面试帮论坛 › 面试专区 › 结构化练习
!t ［结构化练习 第7题］如果让你组织一次社区老相册故事会，你会怎么做？
!m 楼主：考社区岗的阿琳　发表于 昨天 23:08
{BODY}
!l 回复（6）
!l 面试官老K：思路完整，第二部分可以讲讲怎么照顾不愿上台的老人。
!l 小舟：收藏了，下周模考用。
!a 想看更多真题解析？登录面试帮领取题本
!m 面试帮论坛　备考路上不孤单
""",
        junk=dict(lines=2, glued=2),
        body="""
这道题考查的是组织协调能力，我的作答思路如下。
首先，做好前期准备。我会通过社区公众号和楼栋群发布通知，重点邀请老住户、老党员报名，请他们提前挑选三到五张有代表性的老照片。同时联系志愿者，帮助行动不便的老人翻拍照片、制作投影。
其次，办好故事会现场。现场按年代分成“平房岁月”“搬迁新居”“今日楒苑”三个板块，每位老人讲一张照片背后的故事，主持人适时引导年轻居民提问互动。
最后，做好后续延伸。把照片和录音整理成社区电子相册，在公众号上分享，并把优秀故事推荐给街道的文明实践站。
以上是我的回答，请考官老师指正。
""",
    ),
    dict(
        slug="wiki-zhiwu-entry-desk-clock-infobox",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.example.com/item/zuozhong/30177",
        title="座钟",
        record_title="座钟 - 室内陈设计时器具 · 知物百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。, an edit link glued to a section heading; "
        "the one-word entry name opens the body (head); an update stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>座钟 - 室内陈设计时器具 · 知物百科</title>
<script src="/static/wiki/lemma.js"></script>
</head><body>
<div class="wiki-top"><a class="logo">⟦m 知物百科⟧</a><form><input placeholder="搜词条"><button>⟦a 进入词条⟧</button></form></div>
<div class="tabs"><a>⟦a 词条正文⟧</a><a>⟦a 编辑本词条⟧</a><a>⟦a 参与讨论⟧</a><a>⟦a 历次修订⟧</a></div>
<div class="lemma">
<h1>{T}</h1>
<div class="infobox"><dl>
<dt>⟦m 中文名⟧</dt><dd>⟦m 座钟⟧</dd>
<dt>⟦m 类　别⟧</dt><dd>⟦m 计时器具⟧</dd>
<dt>⟦m 主要结构⟧</dt><dd>⟦m 发条、轮系、钟摆⟧</dd>
<dt>⟦m 常见材质⟧</dt><dd>⟦m 木壳、铜壳⟧</dd></dl></div>
<div class="catalog"><h4>⟦l 本页目录⟧</h4><ol><li>⟦l 1 历史沿革⟧</li><li>⟦l 2 结构⟧</li><li>⟦l 3 保养⟧</li></ol></div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h4>⟦l 参考资料⟧</h4><ol>
<li>⟦l [1] 陈伯年．西洋钟表小史．橪州：淜河出版社，2009．⟧</li>
<li>⟦l [2] 橪州市地方志办公室．橪州轻工业志．内部印行，1994．⟧</li></ol></div>
<div class="lemma-foot">⟦m 本词条由 17 位编者共同编辑　最近更新于 5 天前⟧</div>
</div>
<div class="wiki-foot">⟦d 词条内容由网友协作编辑，仅供参考，不构成专业意见⟧</div>
</body></html>
""",
        body="""
座钟是放置在桌面、案几或壁炉台上使用的时钟，多为机械结构，也有石英和电子座钟。
历史沿革⟦a [编辑]⟧
17世纪后期，欧洲钟表匠制造出带钟摆的座钟，走时精度明显提高。⟦l [1]⟧清代中期，西洋座钟作为贡品和商品传入中国，广州、苏州等地相继出现仿制作坊。20世纪五六十年代，国内多家钟厂批量生产木壳机械座钟，成为当时家庭的重要陈设。⟦l [2]⟧
结构
机械座钟一般由发条、走时轮系、打点轮系、擒纵机构和钟摆组成。上弦后发条释放能量，经擒纵机构和钟摆调节，带动指针匀速走动；打点轮系在整点、半点敲击音簧或铃碗报时。
保养
座钟应放置平稳，避免阳光直射和潮湿，一般每隔三至五年清洗加油一次。
""",
    ),
    dict(
        slug="wiki-baiqi-entry-drumstick-text",
        site="百器词典 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.baiqicidian.example.cn/citiao/guchui.html",
        title="鼓槌",
        record_title="【器物词条】鼓槌 - 百器词典",
        date=None,
        notes="encyclopaedia text: breadcrumb, editors line, edit/correct links, related entries; the one-word entry name opens the body (head); no date",
        page="""
!m 百器词典 › 乐器 › 打击乐器
{T}
!m 词条编辑：12 人　浏览：8304
!a ✎ 编辑　⚑ 纠错
{BODY}
!l 相关词条：鼓架　锣槌　腰鼓
!d 词条内容由网友共同编辑，仅供参考
!m 百器词典 baiqicidian.example.cn
""",
        body="""
鼓槌，又称鼓棒、鼓锤，是敲击鼓面使其发声的器具，一般成对使用。
形制
鼓槌通常由槌柄和槌头两部分组成。民间锣鼓所用鼓槌多为硬木整根削制，长约30至40厘米；堂鼓、大鼓的鼓槌槌头较粗，有的包裹布、毡或皮革，以使音色浑厚。腰鼓的鼓槌较细，槌尾常系彩绸。
材质
常见材质有白蜡木、枣木、桦木和竹。白蜡木韧性好、不易断裂，是民间最常用的鼓槌材料。
使用与保养
演奏前应检查槌柄有无裂纹、槌头是否松动。鼓槌应避免受潮和暴晒，长期不用时宜平放保存。
""",
    ),
    dict(
        slug="clouddrive-panyun-summary-tea-club-pdf",
        site="盘云网盘 (invented cloud drive)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://pan.panyun.example.com/s/1xQ7mT4rcz",
        title="茶艺社团2025年春季学期工作总结",
        record_title="茶艺社团2025年春季学期工作总结.pdf",
        date="2025-06-27",
        notes="cloud-drive preview: file-name record title, share stamp (no date), VIP preview and speed prompts; a table and a numbered list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>茶艺社团2025年春季学期工作总结.pdf_免费高速下载|盘云网盘</title>
<script src="https://pan.panyun.example.com/static/share.bundle.js"></script>
</head><body>
<div class="pan-head"><a class="logo">⟦m 盘云网盘⟧</a><a>⟦a 登录⟧</a><a>⟦a 客户端下载⟧</a></div>
<div class="share-info">
<div class="file-name">⟦t 茶艺社团2025年春季学期工作总结.pdf⟧</div>
<p>⟦m 分享者：茶艺组老林⟧　⟦m 分享时间：2025-07-03 10:21⟧　⟦m 链接有效期：不限期⟧　⟦m 文件大小：412KB⟧</p>
<div class="btns"><button>⟦a 转存到我的盘里⟧</button><button>⟦a 下载（非会员限速）⟧</button></div>
</div>
<div class="preview">
<p class="pv-title">{T}</p>
{BODY}
</div>
<div class="vip">⟦a 开通超级会员，在线预览不限页数⟧</div>
<div class="pan-foot">⟦d 请勿分享违规内容，一经发现将取消分享并封禁账号⟧</div>
</body></html>
""",
        body="""
本学期，茶艺社团共有社员38人，开展社团活动16次，在技能训练、文明礼仪和校园服务等方面取得了一定成效。
一、主要工作
1.规范训练。制定了《茶艺实训室使用须知》，茶壶垫、茶巾等器具统一编号、定位摆放，用后清洗晾干，学期内未发生器具丢失和烫伤事故。
2.以赛促练。社员参加县中职技能大赛茶艺项目，获一等奖1个、二等奖2个。
3.服务校园。在家长开放日、校庆等活动中提供茶艺服务6场。
二、学期数据
项目　次数　参与人次
社团训练　16　560
校内展示　6　140
校外比赛　1　5
三、存在问题
部分新社员基本功不扎实，下学期将增加基础训练课时。
棽川县职业中等专业学校茶艺社团
2025年6月27日
""",
    ),
    dict(
        slug="clouddrive-xiaojing-plan-cattail-fair-markers",
        site="小鲸网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xiaojingpan.example.cn/s/7Hq2wPz0",
        title="濊田镇第二届蒲编文化展销会筹备方案",
        record_title="濊田镇第二届蒲编文化展销会筹备方案.docx",
        date="2025-09-01",
        notes="cloud-drive text preview: file-name record title; page markers '⨺ 第n页 ⨺' on lines of their own cut sentences; decimal headings 1.1–3.3; "
        "an event date inside the body and a share stamp are not the date; 扫码预约 as content",
        page="""
!m 小鲸网盘 · 分享文件预览
!t 濊田镇第二届蒲编文化展销会筹备方案.docx
!m 3.2MB　分享于 2025-09-05　浏览 61 次
!a 保存到网盘　｜　下载
{T}
{BODY}
!a 普通用户仅可预览前3页，开通会员看全部
!d 小鲸网盘提醒：请勿下载来源不明的文件
""",
        pages=dict(fmt="⨺ 第{n}页 ⨺", every=110, start=2),
        body="""
1 活动概况
1.1 时间：2025年10月18日至20日。
1.2 地点：濊田镇蒲编产业园广场。
1.3 主办单位：濊田镇人民政府；承办单位：濊田镇蒲编专业合作社联合会。
2 活动内容
2.1 蒲编产品展销：设展位60个，展销蒲团、蒲扇、蒲席等产品。
2.2 技艺比赛：举办“蒲团编织能手”比赛，设一等奖1名、二等奖3名。
2.3 研学体验：开设亲子编织体验区，每场限30组家庭，扫码预约。
3 工作分工
3.1 镇党政办负责总体协调和宣传报道。
3.2 镇综治办负责安全保卫和交通疏导。
3.3 合作社联合会负责招商、布展和比赛组织。
濊田镇人民政府
2025年9月1日
""",
    ),
    dict(
        slug="snapshot-xundu-township-centenarian-albums",
        site="寻度快照 (invented search cache of a township site)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xundu.example.com/c?m=9f31a2&p=www.fykouzhen.example.gov.cn/tzgg/2025/0221/57.html",
        title="关于为辖区百岁老人制作“百岁相册”的通知",
        record_title="关于为辖区百岁老人制作“百岁相册”的通知_桗口镇人民政府 - 寻度快照",
        date="2025-02-20",
        date_also=["2025-02-21"],
        notes="search-cache frame: capture banner with a snapshot date (no date), highlighted terms; the township site's posting date differs from the 成文日期; "
        "the township office's own contact line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为辖区百岁老人制作“百岁相册”的通知_桗口镇人民政府 - 寻度快照</title></head>
<body>
<div class="xd-cache-head" style="background:#f7f7f7;border-bottom:1px solid #ccc">
<p>⟦d 这是寻度对 http://www.fykouzhen.example.gov.cn/tzgg/2025/0221/57.html 的快照，系该网页在 2025年3月2日 被寻度抓取时的样子。⟧</p>
<p>⟦a 原网页可能已更新，点此打开原网页⟧</p>
<p>⟦m 已高亮显示的搜索词：百岁 相册⟧</p>
</div>
<div class="site">
<div class="hd"><span>⟦m 桗口镇人民政府⟧</span><span>⟦m 枌阳县桗口镇⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 镇情概况⟧</a><a>⟦m 通知公告⟧</a><a>⟦m 便民服务⟧</a></div>
<div class="art"><h2>{T}</h2>
<p>⟦m 发布日期：2025-02-21　点击：305⟧</p>
{BODY}
</div>
<div class="ft">⟦m 桗口镇人民政府主办　地址：枌阳县桗口镇淜河路2号⟧</div>
</div>
</body></html>
""",
        body="""
各村（社区）：
为弘扬敬老孝老传统美德，镇党委、镇政府决定为辖区14位百岁老人各制作一本“百岁相册”。现将有关事项通知如下：
一、3月10日前，各村（社区）安排专人上门，收集百岁老人不同年代的照片不少于20张，翻拍后原件当场归还。
二、3月下旬，镇文化站组织摄影志愿者为每位百岁老人拍摄全家福和生活照。
三、相册由镇文化站统一设计印制，4月底前送到老人家中。
请各村（社区）高度重视，做好与老人家属的沟通。
联系人：镇民政办 唐晓　电话：0739-6181203
桗口镇人民政府
2025年2月20日
""",
    ),
    dict(
        slug="snapshot-yunzhan-museum-clock-exhibition-wrapped",
        site="云栈快照 (invented text-only cache of a museum site)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="https://snap.yunzhan.example.net/text?u=www.ssmuseum.example.cn%2Fgg%2F2025%2F0425.html",
        title="关于举办“时光的声音——馆藏座钟展”的公告",
        record_title="［云栈缓存·纯文本］关于举办“时光的声音——馆藏座钟展”的公告 - 楒水县博物馆",
        date="2025-04-25",
        notes="text-only cache: hard-wrapped at 74 columns; a capture stamp is no date; the museum's own phone; 成文日期 under the signature",
        page="""
!m 云栈快照 · 纯文本版
!m 原网址：http://www.ssmuseum.example.cn/gg/2025/0425.html
!m 抓取时间：2025-05-03 02:14
!a 查看原始网页
{T}
{BODY}
!d 快照内容可能与原网页不一致，一切以原网页为准
""",
        wrap=74,
        indent="\u3000\u3000",
        body="""
为迎接“5·18国际博物馆日”，我馆定于5月16日至8月31日在二楼临展厅举办“时光的声音——馆藏座钟展”。
本次展览共展出馆藏座钟46台，年代从清代晚期到20世纪80年代，既有西洋铜壳座钟、广州仿制座钟，也有国营钟厂生产的木壳座钟。展厅设置“听钟”互动区，每天10:00、15:00由讲解员为观众演示座钟打点报时。
展览期间每周二至周日9:00—17:00开放，16:00停止入场，免费参观，无需预约。团体参观请提前两天联系。
咨询电话：0736-7113025
楒水县博物馆
2025年4月25日
""",
    ),
    dict(
        slug="print-chenchuan-culture-center-bulletin-drumstick-injury",
        site="棽川县文化馆 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.ccwhg.example.cn/print.aspx?id=2025060501",
        title="关于一起排练中鼓槌断裂伤人事件的通报",
        record_title="〘打印样张〙关于一起排练中鼓槌断裂伤人事件的通报 · 棽川县文化馆",
        date="2025-06-05",
        notes="print view calling window.print(): print/close buttons, a page-address line and a print footer '⌶ 第1页 ⌶ 共1页 ⌶'; a numbered list; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〘打印样张〙关于一起排练中鼓槌断裂伤人事件的通报 · 棽川县文化馆</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint"><button onclick="window.print()">⟦a 打印⟧</button> <button onclick="window.close()">⟦a 关闭⟧</button></div>
<div class="print-head">⟦m 棽川县文化馆　文化服务网⟧</div>
<h2>{T}</h2>
<p class="print-meta">⟦m 来源：群文部　日期：2025-06-05⟧</p>
<div class="print-body">
{BODY}
</div>
<p class="print-url">⟦m 本页地址：http://www.ccwhg.example.cn/qwdt/2025/0605.html⟧</p>
<div class="print-foot">⟦p ⌶ 第1页 ⌶ 共1页 ⌶⟧</div>
</body></html>
""",
        body="""
各乡镇文化站，各群众文艺团队：
5月31日晚，滆湾镇一支腰鼓队在镇文化广场排练时，一名队员使用的鼓槌从槌柄中部断裂，断头飞出约五米，擦伤一名围观群众的额头。伤者经处理后已无大碍。
经了解，该鼓槌已使用六年，槌柄早有裂纹，队员未及时更换；排练场地也未与围观群众隔开。
为防止类似事件再次发生，现提出以下要求：
1.各团队立即对鼓槌等器材开展一次全面检查，有裂纹、松动的一律停用；
2.排练和演出时划定表演区域，与观众保持安全距离；
3.各文化站于6月20日前将检查情况报县文化馆。
棽川县文化馆
2025年6月5日
""",
    ),
    dict(
        slug="print-ranzhou-tea-association-letter-expo-record",
        site="橪州市茶叶流通协会 (invented, print view)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.rzcyltxh.example.org/print/2025/0715-09.html",
        title="关于邀请参加2025橪州秋季茶具博览会的函",
        record_date="2025-07-15",
        date="2025-07-15",
        notes="record title and date as given; a print stamp is no date; 打印盖章/扫描发送 as content; the association's contact; print footer '⍲ p.1 ⁄ 1 ⍲'",
        page="""
!m 橪州市茶叶流通协会网站　打印视图
!m 打印时间：2025-08-02 14:37
{T}
{BODY}
!m 页面地址：http://www.rzcyltxh.example.org/tzgg/2025/0715-09.html
!p ⍲ p.1 ⁄ 1 ⍲
""",
        indent="\u3000\u3000",
        body="""
各有关茶具生产企业：
2025橪州秋季茶具博览会定于9月26日至28日在橪州国际会展中心举办。本届博览会特设“茶席配件”专区，集中展示茶壶垫、杯托、茶巾、壶承等产品，诚邀贵单位参展。
一、展位费用：标准展位每个3800元，会员单位八折。
二、报名时间：即日起至8月20日，展位按报名先后顺序安排。
三、报名方式：填写参展回执，盖章后扫描发送至协会邮箱rzcyltxh@163.example.com。
请各单位将参展回执打印盖章后妥善留存，报到时交验。
联系人：协会秘书处 杜静　电话：0735-8237716
橪州市茶叶流通协会
2025年7月15日
""",
    ),
    dict(
        slug="mail-ranhu-webmail-archives-album-exhibits-attachments",
        site="栭湖邮 (invented government webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.ranhu.example.gov.cn/webmail/read?mid=2025091510260017",
        title="关于报送“家庭相册”展品清单的函",
        record_title="转发：关于报送“家庭相册”展品清单的函.docx",
        date="2025-09-12",
        date_also=["2025-09-15"],
        notes="webmail reading view: forwarded headers with their own 抄送, a forwarding note, an attachment bar beside the letter's own 附件 list and 抄送 line; "
        "the letter's contact and mailbox; mail send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>栭湖邮 - 读信</title>
<script src="/webmail/js/readmail.js"></script>
</head><body>
<div class="mail-top">⟦m 栭湖邮 · 政务邮箱⟧　⟦m luwenbin@rhda.example.gov.cn⟧　<a>⟦a 退出⟧</a></div>
<div class="folders"><p>⟦m 收件箱（12）⟧</p><p>⟦m 草稿箱⟧</p><p>⟦m 已发送⟧</p><p>⟦m 回收站⟧</p></div>
<div class="toolbar"><a>⟦a 回复⟧</a> <a>⟦a 回复全部⟧</a> <a>⟦a 转发⟧</a> <a>⟦a 删除⟧</a> <a>⟦a 标为未读⟧</a></div>
<div class="mail-head">
<h2>⟦t 转发：关于报送“家庭相册”展品清单的函.docx⟧</h2>
<p>⟦m 发件人：邹岚 &lt;zoulan@rhda.example.gov.cn&gt;⟧</p>
<p>⟦m 收件人：陆文彬⟧</p>
<p>⟦m 抄　送：栭湖区档案馆办公室⟧</p>
<p>⟦m 时　间：2025年9月15日（星期一）上午10:26⟧</p>
</div>
<div class="mail-body">
<p>⟦m 陆老师：市馆来函，请阅办，展品清单月底前报。——邹岚⟧</p>
<p>⟦m -------- 转发的邮件 --------⟧</p>
<p>⟦m 发件人：橪州市档案馆编研科 &lt;rzdag_by@126.example.com&gt;⟧</p>
<p>⟦m 发送时间：2025-09-12 16:40⟧</p>
<p>⟦m 主题：关于报送“家庭相册”展品清单的函⟧</p>
{BODY}
</div>
<div class="attach-bar"><p>⟦a 附件（2 个）　全部下载⟧</p>
<p>⟦a 展品清单表.xlsx（18K）　预览　下载⟧</p>
<p>⟦a 捐赠者授权书（样本）.docx（24K）　预览　下载⟧</p></div>
<div class="mail-foot">⟦d 本邮件系统仅限政务工作使用，请勿处理涉密信息⟧</div>
</body></html>
""",
        body="""
各县（市、区）档案馆：
为办好“家庭相册里的橪州”主题展览，请各馆从今年征集的家庭相册档案中遴选展品，并于9月30日前报送展品清单。具体要求如下：
一、每馆推荐家庭相册2至3本，或单张照片不超过30张，优先选择反映城乡变迁的照片。
二、展品清单须注明照片年代、拍摄地点、人物和捐赠者姓名。
三、原件暂不报送，待展览方案确定后另行通知。
联系人：橪州市档案馆编研科 孔雪　电话：0735-8250316　邮箱：rzdag_by@126.example.com
附件：1.展品清单表
2.捐赠者授权书（样本）
橪州市档案馆
2025年9月12日
抄送：市委宣传部，市文化旅游广电局。
""",
    ),
    dict(
        slug="mail-fwd-text-cushion-inquiry-elderly-university",
        site="畅邮 (invented mail client, forwarded as text)",
        style="邮件转发",
        genre="询价函",
        kind="letter",
        form="text",
        source="mailto:kuaiji_wu@qq.example.com?msg=fwd-20250306",
        title="关于采购太极班蒲团的询价函",
        record_title="Fwd: 关于采购太极班蒲团的询价函",
        date="2025-03-05",
        date_also=["2025-03-06"],
        notes="a mail forwarded as text: outer and forwarded headers, a forwarding note, a client footer; an items table; 扫描发送 as content; "
        "the school's contact and mailbox; send dates differ from the 成文日期",
        page="""
!m 发件人：钱社长 <puzhi_coop@qq.example.com>
!m 收件人：会计小吴 <kuaiji_wu@qq.example.com>
!m 时间：2025年3月6日 11:47
!t 主题：Fwd: 关于采购太极班蒲团的询价函
!m 小吴：这个报价你来做一下，周五前给我看。
!m ---------- Forwarded message ---------
!m 发件人：楒水县老年大学教务科 <sslndx@163.example.com>
!m 日期：2025年3月6日 周四 09:12
!m 主题：关于采购太极班蒲团的询价函
{BODY}
!d 此邮件由“畅邮”手机客户端发送
""",
        body="""
楒水县蒲编专业合作社：
我校太极班、养生班开设以来，学员人数逐年增加，现有蒲团已不能满足教学需要。经研究，拟采购蒲团一批，现向贵社询价：
品名　规格　数量
圆形蒲团　直径45厘米，厚8厘米　80个
方形蒲团　边长50厘米，厚6厘米　40个
请于3月15日前将报价单盖章后扫描发送至我校邮箱sslndx@163.example.com，报价须含送货和税费。
联系人：教务科 钟慧敏　电话：0736-7125508
楒水县老年大学
2025年3月5日
""",
    ),
]
