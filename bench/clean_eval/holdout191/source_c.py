"""holdout191, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-baiwentang-answer-storage-box-microwave",
        site="百问堂 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.baiwentang.com/q/6620194735.html",
        title="保鲜盒能直接放进微波炉加热吗？盖子要不要拿掉？",
        record_title=None,
        date=None,
        notes="no title in the record (the question in an <h1>; <title> only the site); best-answer badge, vote row, "
        "more answers and related questions; relative times are no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>百问堂 - 有问题，就有答案</title>
<script src="/js/qa.bundle.js"></script></head><body>
<div class="hd"><span>⟦m 百问堂⟧</span> <form><input placeholder="搜索问题"><button>⟦a 搜答案⟧</button></form> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 百问堂 › 生活 › 厨房家居⟧</div>
<div class="q"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：柚子不酸　3天前　浏览 5,410 次⟧</p></div>
<div class="best"><span class="badge">⟦m ★ 最佳答案⟧</span>
<div class="ans-meta">⟦m 厨房老手阿梅　回答于 3天前　｜　采纳率 92%⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote"><a>⟦a ▲ 有用 318⟧</a> <a>⟦a ▼ 没用 6⟧</a> <a>⟦a 评论 14⟧</a></div></div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3><p>⟦l 网友fd8812：玻璃的可以，塑料的看底部标志。⟧</p><p><a>⟦l ⊕ 展开更多回答⟧</a></p></div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 硅胶保鲜盒能放烤箱吗？⟧</p><p>⟦l 保鲜盒有异味怎么去除？⟧</p></div>
<div class="ft">⟦d 答案内容由网友提供，仅供参考，不构成任何专业建议。⟧<br>⟦m © 2025 百问堂　京ICP备22014588号⟧</div>
</body></html>
""",
        body="""
能不能放进微波炉，要看保鲜盒的材质和标识，不能一概而论。
1.玻璃保鲜盒：大多数耐热玻璃盒可以微波加热，但盒盖一般是PP塑料，有的还带硅胶圈，要看盖子上有没有“可微波”标识。
2.塑料保鲜盒：只有标注“PP”或数字“5”、并注明可微波的才能加热；PS、PET材质的盒子不能进微波炉。
3.不锈钢和带金属装饰的盒子：绝对不能放进微波炉，会打火。
至于盖子，建议加热时取下或者把卡扣全部打开、斜搭在盒子上。盖子扣紧加热，里面的蒸汽出不来，容易把盖子顶飞，严重的还会烫伤人。
另外，带油的菜加热时间不宜过长，油温很高，塑料盒容易变形。
""",
    ),
    dict(
        slug="qa-wenjin-answer-request-template-ricecooker",
        site="问津社区 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenjinsq.cn/question/30811742",
        title="求一篇申请购置食堂电饭锅的请示范文",
        title_also=["求一篇申请购置食堂电饭锅的请示范文，急！！"],
        record_title="求一篇申请购置食堂电饭锅的请示范文，急！！ - 问津社区",
        date=None,
        notes="a question as the title (the poster's 急！！ and the site suffix dropped); the accepted answer quotes a "
        "请示 with ××× and ××××年××月××日 placeholders (no date); votes, other answers and an answer prompt",
        page="""
!m 问津社区 › 职场 › 公文写作
!t 求一篇申请购置食堂电饭锅的请示范文，急！！
!m 悬赏 20 积分　｜　2 个回答　｜　浏览 688
!m 被采纳的回答
!m 笔墨纸砚斋　回答于 2 天前
{BODY}
!a 这个回答对你有帮助吗？　有帮助(41)　没帮助(2)
!l 其他回答
!l 小文书：格式没问题，金额按你们单位实际改一下就行
!a 写回答　｜　邀请回答　｜　举报
!d 以上回答由网友提供，不代表本社区观点
""",
        body="""
给你一个模板，按实际情况改一下就能用：
关于申请购置食堂商用电饭锅的请示
×××局：
我单位职工食堂现有电饭锅4台，均已使用8年以上，存在内胆磨损、温控失灵等问题，上月还发生过一次漏电跳闸，存在安全隐患。目前食堂每天就餐约×××人，现有设备已难以满足需要。
为保障职工就餐安全，拟申请购置商用大容量电饭锅×台，预算经费约×××元，从单位×××年度公用经费中列支。
妥否，请批示。
×××（单位名称）
××××年××月××日
注意：请示要一文一事，结尾用“妥否，请批示”或“当否，请批示”，不要写成报告。
""",
    ),
    dict(
        slug="collection-laoge-essay-kneepads-gb2312",
        site="老葛文存 (invented personal site)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.laogewencun.cn/zhuanfengji/14.htm",
        title="膝盖上的年轮",
        record_title="膝盖上的年轮 · 砖缝集（老葛文存）",
        date=None,
        notes="a retired tiler's personal site, old gb2312 layout with a run-time and visit counter; an image note between "
        "paragraphs and a read-aloud button glued after a sentence; the essay ends with a year and season only (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>膝盖上的年轮 · 砖缝集（老葛文存）</title></head>
<body bgcolor="#f5f0e6">
<table width="800" align="center"><tr><td><b>⟦m 老葛文存⟧</b></td><td align="right">⟦m 一个铺砖匠的闲言碎语⟧</td></tr></table>
<div class="mulu" align="center">⟦m 文存首页 → 砖缝集 → 第十四篇⟧</div>
<h3 align="center">{T}</h3>
<p align="center">⟦m 作者：葛长林　　字数：约600字　　本篇阅读：207⟧</p>
<table width="760" align="center"><tr><td class="zw">
{BODY}
</td></tr></table>
<p align="center"><a href="13.htm">⟦l 上一篇：糊灰的学问⟧</a>　<a href="15.htm">⟦l 下一篇：给孙子铺的第一块砖⟧</a>　<a href="index.htm">⟦l 返回目录⟧</a></p>
<hr width="760">
<p align="center">⟦d 文存中的文字均为作者原创，转载请先征得同意⟧<br>⟦m 本站已运行 3120 天　累计访问 48213 人次⟧</p>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我干了三十一年瓷砖铺贴，要说身上哪儿最金贵，是这两个膝盖。
刚当学徒那会儿，没人讲究护膝，师傅教我们在膝盖底下垫一块旧轮胎皮，用麻绳一绑就上工。一天跪下来，轮胎皮磨得发亮，膝盖也磨得发亮。
九十年代末，工地上有人戴起了海绵护膝，五块钱一副，戴两个月就塌了。⟦a 〔朗读本段〕⟧我舍不得扔，塌了就往里头再塞一层棉花。
⟦m 〔配图：储物间墙上的旧护膝〕⟧
后来儿子在网上给我买了一副带硬壳的护膝，跪在水泥地上像跪在沙发上。我跟工友们说，这东西早二十年有，咱的膝盖也不至于一到阴天就疼。
如今我退休了，那几副旧护膝还挂在储物间的墙上，一副一副排着，像树的年轮。
二〇二四年冬，于耦溪
""",
    ),
    dict(
        slug="collection-dengxia-memoir-mother-storage-boxes-wrapped",
        site="灯下旧笺 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://dengxiajiujian.cn/juan1/9.html",
        title="母亲的保鲜盒",
        record_title="〈灯下旧笺〉卷一·第9则 — 母亲的保鲜盒",
        date=None,
        notes="a memoir hard-wrapped at 62 columns; the collection's decorated title line and the title on the page; "
        "an illustration note between paragraphs; night-mode and font row, chapter links; no date",
        page="""
!m 灯下旧笺 · 个人文集
!m 目录 › 卷一 家常 › 第9则
!t 〈灯下旧笺〉卷一·第9则 — 母亲的保鲜盒
!m 作者：竹西　｜　本则字数 412　｜　阅读 1,035
{T}
{BODY}
!a 夜间模式　｜　字号 ＋ －　｜　目录
!l ‹ 第8则 外婆的竹篮　　第10则 修伞的老人 ›
!d 本文集内容为作者原创，未经许可请勿转载。
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
母亲的冰箱里，永远码着一摞大大小小的保鲜盒。红盖的装剩菜，蓝盖的装咸菜，透明的装她包好的饺子，每个盒盖上都贴着一小块胶布，写着日子。
我劝过她很多次，剩菜不要留太久。她嘴上答应，转身又把一碗炒青菜扣进了盒子里。她说，她年轻时饿过肚子，看不得粮食倒掉。
⟦m （插图：冰箱里的保鲜盒，作者摄）⟧
那年我搬了新家，母亲来帮忙，临走前把我的冰箱也塞得满满当当：十几个保鲜盒，装着卤牛肉、炸酥肉、腌萝卜，每一盒都贴着胶布，写着“热透再吃”。
后来母亲走了，那些保鲜盒我一直没舍得用。盒盖上的胶布已经发黄，字迹还在，是她一笔一画写的。
""",
    ),
    dict(
        slug="dangjian-louchuan-speech-badges-cn-date",
        site="耧川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.lcxfw.gov.cn/djyl/202504/t20250411_40318.html",
        title="在机关党员“亮牌亮诺”活动推进会上的讲话",
        record_title="【党建引领】在机关党员“亮牌亮诺”活动推进会上的讲话-耧川先锋网",
        date="2025-04-09",
        notes="Party-building portal with a study-points line and a scan-to-read prompt; speaker line (neutral) and a date "
        "in Chinese numerals under the title; a further-reading link between paragraphs, a collect button glued after a "
        "sentence; a sentence about scanning an evaluation code stays",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【党建引领】在机关党员“亮牌亮诺”活动推进会上的讲话-耧川先锋网</title>
<script src="/js/xxjf.js"></script></head><body>
<div class="head"><span>⟦m 耧川先锋网⟧</span> <span>⟦m 中共耧川县委组织部主办⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 党建引领⟧</li><li>⟦m 支部建设⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 干部工作⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 → 党建引领⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 来源：县直机关工委　发布：2025-04-11　阅读：1106⟧</div>
<div class="jf">⟦a 学习积分 +1（阅读满60秒自动计入）⟧</div>
<p class="speaker">县委常委、组织部部长　孟书岚</p>
<p class="date">（二〇二五年四月九日）</p>
<div class="con">
{BODY}
</div>
<div class="qr">⟦a 扫码在手机上继续阅读⟧</div>
<div class="share">⟦l 分享：学习强国 微信 QQ⟧</div>
</div>
<div class="foot">⟦m 耧川先锋网　中共耧川县委组织部主办　湘ICP备09002617号⟧<br>⟦d 未经授权禁止复制或建立镜像⟧</div>
</body></html>
""",
        date_also=["2025-04-11"],
        body="""
同志们：
今年以来，县直机关开展党员“亮牌亮诺”活动，要求机关党员佩戴党员徽章和工作牌上岗，公开个人承诺，接受群众监督。两个多月来，全县128个机关党支部、2630名党员全部亮牌上岗，群众反映到机关办事“找人更方便了，态度更热情了”。⟦a 〔划线收藏〕⟧下面，我讲三点意见。
一、亮牌是为了亮身份，更是为了亮责任。一块工作牌，连着的是党员的身份和岗位的责任。佩戴上岗，就是向群众作出公开承诺：有事找我。
⟦l 【延伸阅读】县直机关工委部署开展“亮牌亮诺”活动⟧
二、亮诺要实，不能停留在墙上。承诺内容要具体到岗位、量化到事项，防止“提高服务意识”之类的空话套话。各支部每季度要组织一次践诺评议。
三、监督要常，让群众来评判。各单位要在服务窗口设置评价二维码，群众扫码即可对党员的服务作出评价，评价结果纳入党员积分管理。
同志们，一块小小的工作牌，分量很重。希望大家以实际行动擦亮党员身份，让群众看得见、信得过。
""",
    ),
    dict(
        slug="dangjian-gengyuan-summary-ricecooker-branch",
        site="耩原党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.gydj.org.cn/zbfc/fgdj/2025/0708/5521.html",
        title="电饭锅厂党支部2025年上半年“党员先锋岗”创建工作总结",
        record_title="【支部风采】电饭锅厂党支部2025年上半年“党员先锋岗”创建工作总结_耩原党建网",
        date="2025-07-03",
        date_also=["2025-07-08"],
        notes="column-prefixed title on the page and in the record; the posting date differs from the 成文日期 "
        "(the document's date expected); numbered points; the portal's phone in the footer",
        page="""
!m 耩原党建网
!m 旗帜引领　先锋耩原
!m 当前位置：首页 > 支部风采 > 非公党建
!t 【支部风采】电饭锅厂党支部2025年上半年“党员先锋岗”创建工作总结
!m 来源：县委两新工委　发布：2025-07-08　浏览：412
{BODY}
!a 【收藏】【打印】【分享到学习群】
!l 相关阅读：非公企业党建“六有”标准解读｜县两新组织党建工作推进会召开
!m 耩原党建网　中共耩原县委组织部主办　联系电话：0745-3322106
""",
        body="""
今年上半年，公司党支部围绕生产经营中心工作，在装配、质检、售后三个环节设立“党员先锋岗”9个，组织党员在提质增效中当先锋、作表率。现将有关情况总结如下。
一、主要做法
1.亮身份。先锋岗党员统一佩戴党员徽章，岗位上张贴承诺卡，接受职工监督。
2.攻难题。党员技术骨干牵头成立“温控器装配攻关小组”，将电饭锅温控器装配不良率由0.8%降至0.3%。
3.带徒弟。每名先锋岗党员结对帮带1至2名新员工，上半年共帮带新员工23名。
二、取得成效
上半年，公司电饭锅产量同比增长14%，客户投诉同比下降37%，2名党员被评为县级“技术能手”。
三、下一步打算
下半年，支部将把先锋岗延伸到物流和电商客服环节，进一步发挥党员在急难险重任务中的作用。
耩原县美炊电器有限公司党支部
2025年7月3日
""",
    ),
    dict(
        slug="hospital-xiangjiang-notice-staff-badges-attachments",
        site="缃江市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xj2yy.cn/ywgk/tzgg/2025-06-10/1877.html",
        title="关于全院职工规范佩戴工牌的通知",
        record_title="关于全院职工规范佩戴工牌的通知_院务公开_缃江市第二人民医院",
        date="2025-06-06",
        date_also=["2025-06-10"],
        notes="hospital page with a booking float and emergency line next to the notice's own contact; 附件 list stays; "
        "发布日期 differs from the 成文日期 (the document's date expected); colour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于全院职工规范佩戴工牌的通知_院务公开_缃江市第二人民医院</title>
<script src="/js/float.js"></script></head><body>
<div class="top">⟦m 缃江市第二人民医院⟧ ⟦m 三级综合医院　市急救中心网络医院⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　院务公开　健康科普⟧</div>
<div class="pos">⟦m 您所在的位置：首页 > 院务公开 > 通知公告⟧</div>
<div class="news">
<h2>{T}</h2>
<div class="src">⟦m 发布日期：2025-06-10　发布部门：院办　浏览：733⟧</div>
<div class="body">
{BODY}
</div>
<div class="print">⟦a [打印本文] [关闭窗口]⟧</div>
</div>
<div class="float">⟦m 预约挂号 0731-5528000⟧<br>⟦a 在线问诊⟧</div>
<div class="foot">⟦m 24小时急诊：0731-5528120　地址：缃江市建设南路219号⟧<br>⟦m 湘ICP备12005583号　湘公网安备43050202000077号⟧<br>⟦d 本网站所载内容仅供参考，不能作为诊疗依据⟧</div>
</body></html>
""",
        body="""
各科室：
为便于患者识别医务人员身份，加强医院规范化管理，现就规范佩戴工牌有关事项通知如下。
一、佩戴范围。全院在岗职工、进修人员、实习学生及第三方服务人员，在院内工作期间均须佩戴工牌。
二、佩戴要求。工牌统一佩戴于左胸前，正面朝外，不得遮挡、涂改或转借他人；手术室、导管室等特殊区域按专门规定执行。
三、工牌颜色。医生为蓝色，护士为粉色，医技人员为绿色，行政后勤人员为灰色，进修、实习人员为黄色。
四、补办程序。工牌遗失或损坏的，到人事科登记补办，补办费用个人承担。
五、督导检查。医务科、护理部将结合日常查房进行检查，检查结果纳入科室月度考核。
联系人：人事科　葛婉清　电话：0731-5528316
附件：1.工牌补办申请表
2.各类人员工牌样式
缃江市第二人民医院办公室
2025年6月6日
""",
    ),
    dict(
        slug="hospital-noushan-tcm-article-kneepads-byline",
        site="耨山县中医医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="article",
        form="text",
        source="http://www.nsxzyy.com/jkkp/gsk/2025/1028/318.html",
        title="膝骨关节炎患者护膝怎么选",
        date="2025-10-28",
        notes="title as in the record; 发布时间 byline the page's date; an image credit glued after a sentence and a "
        "zoom hint between paragraphs; booking and emergency lines in the footer",
        page="""
!m 耨山县中医医院
!m 医院首页 ＞ 健康科普 ＞ 骨伤科
{T}
!m 发布时间：2025-10-28　作者：骨伤科 罗振东　浏览次数：936
{BODY}
!a 【分享到微信】【字号：大 中 小】
!l 上一篇：秋冬进补，膏方适合哪些人
!l 下一篇：颈椎病的中医外治法
!m 预约挂号：0739-5216000　急诊电话：0739-5216120
!m 地址：耨山县城关镇杏林路16号　湘ICP备15002219号
""",
        body="""
膝骨关节炎是中老年人的常见病。不少患者到门诊咨询，护膝种类这么多，该怎么选？骨伤科医生给大家几点建议。⟦m （本文配图来源：骨伤科）⟧
保暖型护膝：适合膝关节怕冷、遇冷疼痛加重的患者，选羊毛或加绒材质，日常出门佩戴即可。
支撑型护膝：两侧带有弹簧钢条或硅胶支撑，适合膝关节不稳、上下楼梯腿软的患者，但不宜整天佩戴。
⟦a 点击图片可放大查看⟧
髌骨带：只箍在膝盖下方，适合髌骨周围疼痛、跑步后膝盖前侧痛的人群。
需要提醒的是，护膝只能起到辅助作用。膝关节疼痛反复发作、出现肿胀积液的，应及时到医院就诊，不要自行购买护膝了事。
""",
    ),
    dict(
        slug="university-roucheng-news-sandpaper-art-h1",
        site="鞣城学院 (invented university)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.rcxy.edu.cn/info/1021/58830.htm",
        title="美术学院“砂纸上的光影”学生作品展开幕",
        record_title=None,
        date="2025-11-14",
        notes="no title in the record (the news <h1>; <title> only the site's column); 发布日期 byline the page's date; "
        "a photo caption between paragraphs, writer/photo/review credits glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>学院新闻-鞣城学院新闻网</title>
<script src="/_sitegray/_sitegray.js"></script></head><body>
<div class="head">⟦m 鞣城学院新闻网⟧ ⟦m 明德　笃学　求真　致用⟧</div>
<div class="menu">⟦m 首页 | 学院新闻 | 院系动态 | 媒体鞣院 | 校园人物 | 视频鞣院⟧</div>
<div class="pos">⟦m 当前位置：首页 > 院系动态⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-11-14　来源：美术学院　点击：[2281]⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="close">⟦a 【关闭】⟧</div>
<div class="pn">⟦l 上一条：音乐学院举办青年教师钢琴音乐会⟧<br>⟦l 下一条：学校召开2025年本科教学工作会议⟧</div>
</div>
<div class="foot">⟦m 鞣城学院党委宣传部　地址：鞣城市学府路1号⟧<br>⟦m 湘ICP备05007166号⟧</div>
</body></html>
""",
        p_html='<p class="vsbcontent_start" style="text-indent:2em">{}</p>',
        body="""
11月13日下午，美术学院“砂纸上的光影”学生作品展在学院美术馆开幕。本次展览共展出学生作品86件，均以砂纸为载体，运用油画棒、丙烯、蜡笔等材料创作完成。
砂纸画是一种特殊的绘画形式。砂纸粗糙的表面能够“咬住”颜料，画面呈现出颗粒感和厚重的肌理。本次展出的作品中，有用400目砂纸表现的江南雨巷，也有用120目粗砂纸表现的秋收田野。
⟦m 图为参观者在作品前驻足欣赏⟧
“同一个题材，换一种目数的砂纸，画面效果完全不同。”大三学生许沐晴介绍，她为了创作参展作品，前后试了七种砂纸。
据悉，展览将持续至11月30日，面向校内外免费开放。⟦m （撰稿：韩星　摄影：吕一帆　审核：杜文渊）⟧
""",
    ),
    dict(
        slug="university-roucheng-notice-dorm-ricecookers-table",
        site="鞣城学院后勤保障处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hq.rcxy.edu.cn/tzgg/2025/1021/1190.htm",
        title="关于开展学生宿舍违规电器专项检查的通知",
        record_title="关于开展学生宿舍违规电器专项检查的通知-后勤保障处-鞣城学院",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="department site of a university; a schedule table; the notice's own contact; 发布日期 differs from the "
        "成文日期 (the document's date expected)",
        page="""
!m 鞣城学院 后勤保障处
!m 首页 / 通知公告
{T}
!m 发布者：宿管中心　发布日期：2025-10-21　浏览：1430
{BODY}
!a 打印　｜　关闭
!l 上一条：关于2025年冬季供暖设施检修的通知
!l 下一条：关于调整东区食堂营业时间的通知
!m 版权所有 © 鞣城学院后勤保障处　地址：鞣城市学府路1号　邮编：415000
""",
        body="""
各学院：
近期，学生宿舍多次出现因使用电饭锅、电热杯等违规电器引起跳闸的情况，存在较大的火灾隐患。为保障学生住宿安全，学校决定开展学生宿舍违规电器专项检查。现将有关事项通知如下。
一、检查范围：全校所有学生宿舍。
二、检查内容：电饭锅、电热锅、电热杯、热得快等大功率电器及私拉乱接电线的情况。
三、检查安排
宿舍区　检查日期　牵头单位
东区1至6栋　10月27日　后勤保障处
西区7至12栋　10月28日　学生工作处
研究生公寓　10月29日　研究生院
四、处理办法：查出的违规电器由宿管中心暂扣，学期结束后由学生本人领回；屡查屡犯的，按学生违纪处理。
请各学院提前组织学生自查自纠。
联系人：宿管中心　陈立群　电话：0736-2890417
后勤保障处
2025年10月20日
""",
    ),
]
