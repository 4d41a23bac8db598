"""holdout291, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Every page, place, person, firm, site, URL and phone number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenchaba-tea-pitcher-question-title",
        site="问茶吧 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenchaba.example.cn/q/3318706.html",
        title="公道杯为什么叫公道杯？有什么讲究？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; an adopted-answer badge, vote bar and more "
        "answers; a relative answer time only",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问茶吧 - 懂茶的人都在这儿</title></head><body>
<div class="header">⟦m 问茶吧⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问茶吧 › 茶具 › 公道杯⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：茶小白2023　　浏览 9,417 次⟧</p></div>
<div class="best-answer"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 品茗居士　茶艺领域答主　回答于 3 天前⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦l 👍 有用 862　👎 没用 11　💬 评论 24⟧</div></div>
<div class="other"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 山间野茶：就是分茶用的，让每个人喝到的一样浓⟧</p>
<p>⟦l 阿柒：叫茶海的多，公道杯是好听的叫法⟧</p></div>
<div class="related"><h3>⟦l 相关问题⟧</h3><p>⟦l 公道杯和茶海是一回事吗？⟧</p><p>⟦l 玻璃公道杯能直接倒开水吗？⟧</p></div>
<div class="foot">⟦m 问茶吧 © 2024　京ICP备22014409号⟧</div>
</body></html>
""",
        body="""
公道杯也叫茶海、分茶器，是泡茶时用来分茶的器具。
叫它“公道”，是因为茶汤在壶里泡着，先倒出来的淡、后倒出来的浓，直接从壶里往各人杯子里倒，每杯浓淡不一样。先把茶汤全部倒进公道杯里混匀了再分，每人杯中的茶汤浓淡一致，对谁都公道。
讲究主要有三点：
一是出汤要快，泡好的茶汤要一次倒尽，不留在壶里继续闷泡；
二是分茶不宜太满，一般倒到品茗杯的七分满；
三是公道杯用完要及时清洗，不然杯壁会积茶垢。
选的时候，新手用透明玻璃的比较好，能看清汤色和茶量。
""",
    ),
    dict(
        slug="qa-xiangliwen-grain-barn-insects-answer",
        site="乡里问 (invented rural Q&A site), text extract",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.xiangliwen.example.cn/wenda/884120.html",
        title="农村木谷仓里的稻谷生虫了怎么办？",
        record_title="农村木谷仓里的稻谷生虫了怎么办？_种植储粮_乡里问",
        date=None,
        notes="Q&A answer with a numbered list; 回答于 昨天 is no date; vote row, more answers, ask box",
        page="""
!m 乡里问 · 种地养殖有问必答
!m 分类：种植储粮
!t 农村木谷仓里的稻谷生虫了怎么办？
!m 3 个回答 · 被浏览 2,706 次
!m 最佳答案　　农技员小蔡　回答于 昨天 16:22
{BODY}
!l 赞同 241 ｜ 反对 3 ｜ 收藏 ｜ 举报
!l 其他回答
!l 稻花香里：我家是撒花椒，管用
!l 不会种田的程序员：学到了，回去跟我爸说
!a 还有疑问？免费向农技员提问
!m 乡里问　赣ICP备20017720号
""",
        body="""
谷仓里的稻谷生虫，多半是入仓时没晒干，或者仓里留了陈粮。可以这样处理：
1. 先把生虫的稻谷全部出仓，摊开晒两到三个太阳，虫子受热会自己爬走；
2. 谷仓里外用扫帚清扫干净，仓缝用纸筋石灰嵌实；
3. 重新入仓的稻谷含水量要降到百分之十三以下，用牙咬一粒，发出清脆响声就差不多了；
4. 仓里可以放几包花椒或者晒干的艾叶，有一定驱虫效果。
如果虫害面积大，不要自己乱用药，可以打电话给乡镇农技站，请技术员上门看看。
""",
    ),
    dict(
        slug="anthology-laozhou-swing-essay-gb2312",
        site="老周文存 (invented personal collection, old gb2312 table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.laozhouwencun.example.cn/juan4/09.htm",
        title="村口那架秋千",
        record_title="村口那架秋千 ～ 卷四 ～ 老周文存",
        date=None,
        notes="a retired man's collection in an old table layout: marquee, 繁體/简体 links, chapter links, visitor "
        "counter, the author's mailbox; the essay ends with a 写于 line giving only a season",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>村口那架秋千 ～ 卷四 ～ 老周文存</title></head>
<body background="/img/paper.jpg">
<table width="800" align="center" border="0"><tr><td align="center">⟦m 老周文存⟧</td></tr>
<tr><td><marquee>⟦m 一个老教书匠的闲文，写给自己，也写给还记得那些年的人⟧</marquee></td></tr>
<tr><td align="right"><a href="/ft/">⟦a 繁體閱讀⟧</a>　<a href="/">⟦a 简体阅读⟧</a>　<a href="/mulu.htm">⟦m 回目录⟧</a></td></tr></table>
<table width="800" align="center" border="0" cellpadding="10"><tr><td>
<p align="center"><font size="5">{T}</font></p>
<p align="center">⟦m 卷四　乡土杂忆　第九篇⟧</p>
{BODY}
</td></tr></table>
<table width="800" align="center"><tr>
<td>⟦l ← 卷四第八篇：生产队的打谷场⟧</td><td align="right">⟦l 卷四第十篇：老槐树下的说书人 →⟧</td></tr></table>
<table width="800" align="center"><tr><td align="center">⟦m 您是第 008817 位翻开这本文存的朋友⟧</td></tr>
<tr><td align="center">⟦m 来信请寄：laozhou1951@laozhouwencun.example.cn⟧</td></tr>
<tr><td align="center">⟦d 文存中文字均为老周原创，转载请告知一声⟧</td></tr></table>
</body></html>
""",
        body="""
我们村口有一棵老槐树，树下立着一架秋千，是生产队那年秋收后大伙凑木料搭的。
秋千架用的是四根松木，横梁上吊着两根棕绳，座板是半截旧犁辕。那时候村里没什么玩的，一到傍晚，大人小孩都往槐树下凑，荡秋千的、看热闹的，能围一大圈。
最会荡的是铁匠家的二丫头，她能荡得和横梁一样高，底下的人一齐喊，她就在半空里笑。
后来棕绳朽了，队长说换根新的，可换绳那天正赶上落雨，一拖就拖过了冬天。第二年开春，生产队分了地，秋千架也就没人管了。
如今老槐树还在，秋千架早没了。前年回村，我在树下站了一会儿，好像还能听见那一圈人的喊声。
二〇二三年秋，写于鲣湖寓所。
""",
    ),
    dict(
        slug="anthology-dengxia-soy-vat-memoir-oneline",
        site="灯下絮语 (invented online collection), text",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://dengxiaxuyu.example.cn/chapter/17",
        title="母亲的酱缸",
        record_title="母亲的酱缸——《灯下絮语》之十七",
        date=None,
        notes="memoir with the whole body on one line (paragraphs only separated by their indent); chapter "
        "navigation and a collection line; no date",
        page="""
!m 《灯下絮语》　作者：方守拙
!m 目录 ｜ 上一章 ｜ 下一章
!t 之十七　母亲的酱缸
!m 本章字数：412　　收录时间：前天
{BODY}
!l ‹ 之十六 父亲的竹扁担　　　之十八 老屋门前的石臼 ›
!a 把这本集子加入书架
!d 《灯下絮语》由作者授权在本站连载，未经许可请勿转载。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
母亲的酱缸放在院子西墙根下，是她出嫁那年外婆给的陪嫁，灰褐色的粗陶，缸口比脸盆还大。
每年立夏前后，母亲把黄豆煮烂、捏成酱坯，捂出一层黄绿色的霉，再和上盐水下缸。往后的日子，她天天早上揭开缸盖，用一根枣木棍把酱翻一遍，傍晚再盖上。
我上初中那年，一场冰雹砸裂了缸沿。父亲说买口新的，母亲不肯，请箍桶匠给缸身箍了两道铁箍，照样用。
母亲去世后，那口酱缸空了好几年。去年我把它搬回城里，摆在阳台上种了一缸薄荷。夏天傍晚浇水的时候，总觉得还能闻到一点酱香。
""",
    ),
    dict(
        slug="dangjian-weichuan-speech-duck-sheds-cn-date",
        site="鲔川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.wcdj.example.cn/zgsd/202411/t20241107_40812.html",
        title="在全县“党建+水禽养殖”鸭棚改造现场观摩会上的讲话",
        record_title="【组工视点】在全县“党建+水禽养殖”鸭棚改造现场观摩会上的讲话｜鲔川党建",
        date="2024-11-05",
        date_also=["2024-11-07"],
        notes="Party-building portal: speaker line and a Chinese-numeral date line under the title (neutral), a "
        "study-points prompt, a read-on-phone QR line; the site's posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【组工视点】在全县“党建+水禽养殖”鸭棚改造现场观摩会上的讲话｜鲔川党建</title></head><body>
<div class="dj-top">⟦m 鲔川党建　中共鲔川县委组织部主办⟧</div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 组工视点⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 人才工作⟧</li></ul>
<div class="dj-pos">⟦m 当前位置：首页 - 组工视点⟧</div>
<div class="dj-article"><h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2024-11-07　来源：县委组织部　阅读：2674⟧</div>
<p class="speaker" align="center">县委常委、组织部部长　蒋怀素</p>
<p class="sdate" align="center">（二〇二四年十一月五日）</p>
<div class="dj-con">
{BODY}
</div>
<div class="dj-points">⟦a 读满 3 分钟可计入党员学习积分，请先登录⟧</div>
<div class="dj-qr">⟦a 用手机扫一扫，把这篇带在路上读⟧</div>
<div class="dj-near">⟦l 上一篇：鲔川县开展村党组织书记“擂台比武”⟧　⟦l 下一篇：鳆湾镇党员技术员结对帮带养殖户⟧</div>
</div>
<div class="dj-foot">⟦m 中共鲔川县委组织部　地址：鲔川县人民路1号⟧　⟦m 浙ICP备08016632号⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们来到鲅河乡，看了三个村的鸭棚改造现场。总的感受是，党支部带头，事情就办得快、办得好。
一、支部领着干，改出了新样子。鲅河乡的几个村，党支部书记带头拆旧棚、建新棚，党员养殖户带头搬进标准化小区，一年时间改造鸭棚一百二十多栋，河道沿岸的散养鸭棚全部清零。
二、党员带着富，改出了好效益。新鸭棚通风好、清粪方便，党员技术员上门指导防疫，今年养殖户户均增收八千多元。
三、下一步要把经验推开。各乡镇党委要把鸭棚改造纳入抓党建促乡村振兴的重要内容，组织部门将把这项工作作为村党组织书记述职评议的内容之一。
同志们，把一件件小事办实，就是党建工作最好的成绩单。
""",
    ),
    dict(
        slug="dangjian-huanxi-duty-report-grain-barn",
        site="鲩溪先锋网 (invented Party-building site), text extract",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.hxxianfeng.example.cn/szpy/2025/01/15/22190.html",
        title="上仓村党支部书记2024年度抓基层党建工作述职报告",
        record_title="〔述职评议〕上仓村党支部书记2024年度抓基层党建工作述职报告_鲩溪先锋网",
        date="2025-01-10",
        date_also=["2025-01-15"],
        notes="述职 report whose 成文日期 differs from the site's date line; signature with name; share and "
        "study-points chrome",
        page="""
!m 鲩溪先锋网　　鲩溪县委组织部
!m 您的位置：首页 → 述职评议 → 村（社区）书记述职
{T}
!m 2025-01-15　　来源：鳘口镇党委　　字号：大 中 小
{BODY}
!a 【学习打卡】读完本文点此打卡，可得 1 个学分
!l 同专题：鲅河乡南垄村党支部书记述职报告　｜　鳘口镇社区党组织书记述职汇总
!m 鲩溪先锋网　主办：中共鲩溪县委组织部　浙ICP备09033148号
""",
        indent="\u3000\u3000",
        body="""
按照镇党委安排，现将本人2024年度抓基层党建工作情况报告如下。
一、主要做法。一是把支部建在产业上。村里的集体谷仓闲置多年，支部牵头把六座老谷仓修缮后租给粮食合作社，村集体每年增收四万二千元。二是让党员亮身份。设立党员储粮服务岗，秋收时帮助独居老人晒谷入仓，全年服务一百六十多户次。三是规范组织生活。全年召开支部党员大会6次，讲党课4次。
二、存在不足。发展年轻党员不够，支部里五十岁以上党员占七成。
三、明年打算。把谷仓租金收益用于村里道路照明，力争培养两名入党积极分子。
上仓村党支部书记　滕有粮
2025年1月10日
""",
    ),
    dict(
        slug="hospital-jianhu-second-swing-injuries-booking",
        site="鲣湖市第二人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="news",
        form="html",
        source="https://www.jhdeyy.example.cn/kpzs/gk/20240715/1402.html",
        title="孩子从秋千架上摔下来，这几种伤要警惕",
        record_title="【骨科科普】孩子从秋千架上摔下来，这几种伤要警惕-鲣湖市第二人民医院",
        date="2024-07-15",
        notes="hospital article: booking float, 24-hour line, experts list; the department's 咨询电话 stays in the "
        "body; 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【骨科科普】孩子从秋千架上摔下来，这几种伤要警惕-鲣湖市第二人民医院</title></head><body>
<div class="h-top">⟦m 鲣湖市第二人民医院　三级乙等综合医院⟧　⟦m 24小时急救：0575-8236120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="h-pos">⟦m 首页 / 健康科普 / 骨科⟧</div>
<div class="h-art"><h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2024-07-15　供稿：骨科　审核：医务部⟧</div>
<div class="h-con">
{BODY}
</div>
<div class="h-tags">⟦l 相关科普：儿童骨折后的康复训练 ｜ 跌倒后如何判断是否骨折⟧</div></div>
<div class="h-side"><h4>⟦l 骨科专家⟧</h4><p>⟦l 甘泽远　副主任医师　周二、周四上午⟧</p><p>⟦l 卢青衫　主任医师　周一全天⟧</p></div>
<div class="h-float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦m 预约专线 0575-8236000⟧</div>
<div class="h-foot">⟦m 地址：鲣湖市鲐阳区康宁路88号⟧　⟦d 本站科普内容仅供参考，不能替代医生面诊⟧　⟦m 浙ICP备11028803号⟧</div>
</body></html>
""",
        body="""
每到周末，医院骨科门诊总会接诊几个从秋千上摔下来的孩子。骨科副主任医师甘泽远提醒，孩子从秋千架上摔下，以下几种伤要特别警惕。
一是前臂骨折。孩子摔倒时习惯用手撑地，容易造成尺桡骨骨折，表现为手腕肿胀、不敢转动。
二是锁骨骨折。肩膀先着地时常见，孩子会用一只手托着另一侧胳膊。
⟦m （图：骨科医生为小患者检查手腕）⟧
三是头部外伤。被回荡的座板撞到头部，即使当时没有异常，也要观察二十四小时，出现呕吐、嗜睡要立即就医。
家长带孩子荡秋千时，要先看看吊链和座板是否牢固，不要让孩子站在座板上荡，也不要在秋千架前后走动。
骨科门诊咨询电话：0575-8236611。
""",
    ),
    dict(
        slug="hospital-nishan-lecture-notice-soy-vat-record-title",
        site="鲵山县人民医院 (invented), text extract",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.nsxrmyy.example.cn/yyxw/tzgg/2024-06-14/887.html",
        title="关于举办“家庭酱缸腌制与健康”营养讲座的通知",
        date="2024-06-14",
        notes="title as the record gives it; the department's 咨询电话 in the body beside the hospital's booking and "
        "complaint lines; 成文日期 under the signature",
        page="""
!m 鲵山县人民医院
!m 首页 ＞ 医院新闻 ＞ 通知公告
{T}
!m 发布：院办　　时间：2024-06-14　　浏览：　983
{BODY}
!a 【我要分享】　【打印】
!m 预约挂号请拨 0575-8230000 或关注医院服务号
!m 医疗投诉：0575-8230017　　地址：鲵山县城东路6号
""",
        body="""
各位市民朋友：
夏季是家庭晒酱、腌菜的高峰。自家酱缸腌制的酱菜，如果腌制时间不够或盐量不当，亚硝酸盐含量可能偏高。为帮助大家科学腌制、健康食用，我院临床营养科定于2024年6月22日（星期六）上午9:30在门诊楼五楼学术厅举办专题讲座。
讲座内容：一是酱缸腌制的卫生要求；二是酱菜腌制多少天后食用更安全；三是高血压、肾病患者如何控制酱菜摄入。
讲座免费，无需预约，现场可免费测量血压。
咨询电话：临床营养科 0575-8236702
鲵山县人民医院
2024年6月14日
""",
    ),
    dict(
        slug="university-nishan-tea-pitcher-award-h1",
        site="鲵山学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.nsxy.example.edu.cn/info/1012/38815.htm",
        title="我校学生公道杯作品获省陶瓷设计大赛金奖",
        record_title=None,
        date="2024-05-21",
        notes="no title in the record: the page's <h1>; a dotted date in the info line; a 供稿 line and photo "
        "caption as chrome; campus links and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鲵山学院新闻网</title></head><body>
<div class="xy-top">⟦m 鲵山学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 信息门户⟧</a> <a>⟦a EN⟧</a></div>
<ul class="xy-nav"><li>⟦m 鲵院要闻⟧</li><li>⟦m 教学科研⟧</li><li>⟦m 学工在线⟧</li><li>⟦m 媒体鲵院⟧</li></ul>
<div class="xy-crumb">⟦m 首页 ›› 教学科研 ›› 正文⟧</div>
<div class="xy-art"><h1>{T}</h1>
<div class="xy-info">⟦m 2024.05.21　作者：艺术设计学院　摄影：童一帆　浏览量：1,539⟧</div>
<div class="xy-con">
{BODY}
<p class="pic">⟦m 宁可欣（右二）在颁奖现场⟧</p>
<p class="source">⟦m （艺术设计学院 供稿　编辑：柴未央）⟧</p>
</div>
<div class="xy-near">⟦l 上一条：我校举办第十二届大学生职业规划大赛⟧<br>⟦l 下一条：艺术设计学院师生赴鳎坪镇开展乡村墙绘志愿服务⟧</div></div>
<div class="xy-foot">⟦m 版权所有 © 鲵山学院　党委宣传部维护⟧　⟦m 浙ICP备05008871号⟧</div>
</body></html>
""",
        body="""
近日，第九届省陶瓷艺术设计大赛揭晓，我校艺术设计学院2021级学生宁可欣创作的公道杯作品《分》获日用陶瓷类金奖。
作品《分》以传统柴烧工艺制作，杯身一侧压出一道弧形凹槽，既方便手指握持，又让倒茶时出水更加顺畅。指导教师乔远山介绍，宁可欣为了解决断水问题，前后烧坏了四十多只坯子。
本届大赛共收到参赛作品两千余件，我校共有7件作品获奖，获奖数量位居全省高校前列。
""",
    ),
    dict(
        slug="university-nongzhi-research-duck-sheds-decimal-wrapped",
        site="鲵山农业职业学院 动物科学系 (invented), text extract",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://dkx.nsnzy.example.edu.cn/sjjx/2024/0910/1176.html",
        title="关于鲩溪县河道沿岸鸭棚养殖情况的调研报告",
        record_title="关于鲩溪县河道沿岸鸭棚养殖情况的调研报告-动物科学系-鲵山农业职业学院",
        date="2024-09-06",
        date_also=["2024-09-10"],
        notes="hard-wrapped at 52 columns; decimal headings 1.1–3.2; 成文日期 under the signature differs from "
        "the department page's date",
        page="""
!m 鲵山农业职业学院　动物科学系
!m 首页 | 系部概况 | 实践教学 | 学生工作
!m 位置：首页 > 实践教学 > 社会实践
{T}
!m 作者：暑期实践团　　发布日期：2024-09-10　　点击：　233
{BODY}
!l 【关闭窗口】　【返回列表】
!m 动物科学系办公室　电话：0575-8251136
""",
        wrap=52,
        body="""
1 调研基本情况
1.1 调研时间和对象。2024年7月，我系学生实践团走访了鲩溪县鳘口镇、鲅河乡的32户鸭棚养殖户。
1.2 调研方法。采用入户访谈和现场测量相结合的方式，共收回有效问卷29份。
2 主要发现
2.1 鸭棚多为竹木结构，使用年限超过五年的占六成，顶棚漏雨、立柱腐朽问题突出。
2.2 有21户的鸭棚距河道不足五十米，鸭粪处理以直接堆放为主。
3 对策建议
3.1 推广钢架鸭棚和漏缝地板，减少粪污与地面接触。
3.2 建议乡镇统一建设粪污收集点，由合作社集中处理。
鲵山农业职业学院动物科学系暑期实践团
2024年9月6日
""",
    ),
]
