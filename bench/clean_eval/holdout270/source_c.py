"""holdout270, part C: Q&A sites, personal collections, Party-building sites, hospitals and
universities. Every page, place, person, number and URL is invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenshenme-answer-walker-age-question-h1",
        site="问甚么 (invented Zhihu-like Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenshenme.com/question/48201557/answer/90331",
        title="宝宝几个月可以用学步车？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question in the <h1>; the adopted answer is the body; an adopted badge, vote row, more answers; 回答于 3 天前 and 编辑于 昨天 are no dates",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>问甚么 - 有问题，问甚么</title>
<script>window.__INIT__={qid:48201557};</script>
</head>
<body>
<header>⟦m 问甚么⟧ <input placeholder="搜索问题"> ⟦a 提问⟧ ⟦a 登入⟧ ⟦a 注册⟧</header>
<div class="q">
<div class="topics">⟦l 话题：育儿 · 婴儿用品 · 儿童保健⟧</div>
<h1>{T}</h1>
<div class="q-desc">⟦m 关注者 212　被浏览 31,877⟧</div>
<div class="q-act">⟦a 关注问题⟧ ⟦a 写回答⟧ ⟦a 邀请回答⟧</div>
</div>
<div class="answer">
<div class="badge">⟦l ✔ 提问者采纳⟧</div>
<div class="author">⟦m 鸤桥儿保陈医生　儿童保健科主治医师⟧</div>
<div class="rich-text">
{BODY}
</div>
<div class="time">⟦m 回答于 3 天前 · 编辑于 昨天⟧</div>
<div class="votes">⟦l ▲ 赞同 1.2K　▼　💬 86 条评论　☆ 收藏　⤴ 分享⟧</div>
</div>
<div class="more">⟦l 查看全部 47 个回答⟧</div>
<div class="more-a">⟦l 小橘子妈妈：我家用了两个月，确实走得晚，后悔⟧</div>
<footer>⟦m © 2024 问甚么　京ICP证150321号⟧ ⟦d 回答内容仅代表答主个人观点，不构成诊疗建议⟧</footer>
</body>
</html>
""",
        body="""
谢邀。直接说结论：不建议用，哪个月龄都不建议。
很多家长以为学步车能帮孩子学走路，其实正好相反。孩子坐在学步车里，身体重量由座兜托着，腿只是在地上划，练不到真正走路需要的平衡和髋部力量。有研究发现，经常用学步车的孩子，独立行走的时间反而会推迟。
再说安全。我们科每年都能接诊几个学步车相关的外伤：连车带人从台阶上翻下去的，冲到厨房被热汤烫到的，手指夹在车架缝里的。
那孩子想走怎么办？一岁前多爬，爬得好，下肢和核心力量自然就有了。九个月以后可以让他扶着沙发、茶几自己站、自己挪步，大人在旁边看着，地上铺好软垫就行。
如果家里已经买了，就当个玩具车放着吧，别让孩子坐进去。
""",
    ),
    dict(
        slug="qa-wengemingbai-answer-cracked-wooden-tub",
        site="问个明白网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wengemingbai.cn/q/7734015.html",
        title="木脚盆开裂漏水还能修吗？",
        record_title="【家居百问】木脚盆开裂漏水还能修吗？ - 问个明白网",
        date=None,
        notes="Q&A text: the question as the page's title line, a best-answer badge, a vote row, other answers; relative times are no dates",
        page="""
!m 问个明白网　>　生活　>　家居百问
{T}
!m 提问者：楛坡小林　　3 个回答　　浏览 5604
!l ★ 最佳回答
!m 回答者：蒟岭老木匠　　回答于 昨天 10:12
{BODY}
!l 有用 (56)　　没用 (2)　　评论 (7)
!l 其他回答　鲯阳过客：用玻璃胶糊一下就行，我家的就这么弄的
!l 其他回答　木桶爱好者：可以买个新的钢箍，网上十几块钱
!a 我也要回答　　分享到微信
!m 问个明白网　沪ICP备20041157号
""",
        body="""
能修，大部分木脚盆开裂漏水都不是木头坏了，而是放得太干，板子收缩出了缝。
第一步，先泡。把脚盆放在阴凉处，装满清水泡一到两天，木板吸水膨胀，细缝一般就自己合上了。中间水漏下去了就再添。
第二步，紧箍。泡过以后还漏，多半是箍圈松了。用一块木块垫着，拿锤子把箍圈沿着盆壁一圈一圈往下敲紧，注意用力均匀，别敲裂板子。
第三步，补缝。如果某一块板子本身裂了，可以用食品级的木蜡或者蜂蜡趁热抹进裂缝，千万别用玻璃胶和油漆，泡脚时接触皮肤不好。
平时用完别放在太阳下暴晒，也别放在暖气旁边，隔几天装点水养一养，木脚盆能用很多年。
""",
    ),
    dict(
        slug="collection-heyuan-memoir-father-spear-gb2312",
        site="鲙河书屋 (invented retired teacher's personal site)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.kuaihe-shuwu.com/wenji/juan2/07.htm",
        title="父亲的鱼叉",
        record_title="《鲙河旧事》卷二·父亲的鱼叉",
        date=None,
        notes="old gb2312 personal site: marquee, chapter links, visitor counter and the author's mailbox; a memoir with no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《鲙河旧事》卷二·父亲的鱼叉</title>
<style>body{background:#f6f0e0}td{font-size:14px}</style>
</head>
<body>
<table width="780" align="center" border="0">
<tr><td align="center">⟦m 鲙河书屋⟧</td></tr>
<tr><td align="center">⟦m 一个退休语文教师的文字小屋⟧</td></tr>
<tr><td><marquee>⟦m 欢迎光临鲙河书屋，书屋文字均为屋主原创，愿与同好共读⟧</marquee></td></tr>
<tr><td>⟦m 书屋首页 | 鲙河旧事 | 教书杂记 | 诗词习作 | 留言簿⟧</td></tr>
</table>
<table width="780" align="center" border="0" cellpadding="8">
<tr><td>
<p align="center"><font size="5">{T}</font></p>
<p align="center">⟦m 作者：罗守仁⟧</p>
{BODY}
<p>⟦l ← 上一章：鲙河的冬天⟧　⟦l 下一章：外公的渡船 →⟧　⟦l ↑ 返回卷二目录⟧</p>
</td></tr>
</table>
<table width="780" align="center"><tr><td align="center">
⟦m 书屋主人信箱：luoshouren1951@126.com⟧<br>
⟦m 自二〇〇六年开张以来，您是第 00213958 位来客⟧<br>
⟦d 书屋文字如需转载，请先写信告诉屋主一声⟧
</td></tr></table>
</body>
</html>
""",
        body="""
父亲有一把鱼叉，五股的，叉头是镇上铁匠铺打的，叉柄是一根碗口粗的毛竹。那是我家最值钱的家什之一，平时挂在堂屋的山墙上，谁也不许碰。
每年秋后鲙河水落，父亲就在天亮前扛着鱼叉出门。他站在齐膝深的水里，一动不动，眼睛盯着水面，看见鱼背上的水纹一动，手一扬，鱼叉就扎下去了。我跟在后面拎鱼篓，常常冻得直跺脚，父亲却说，站得住，才叉得着。
后来河里的鱼越来越少，父亲的鱼叉也越挂越久。他晚年常说，那时候叉鱼，只叉大的，小鱼见了也放过去，河才养得活人。
如今鲙河禁渔了，那把鱼叉我捐给了县文化馆。隔着玻璃柜看它，叉齿上还留着父亲磨过的亮光。
""",
    ),
    dict(
        slug="collection-futang-essay-mothers-nappies",
        site="萯塘拾遗 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://futangshiyi.net/wenji/14.html",
        title="母亲缝的尿布",
        record_title="母亲缝的尿布 ·《萯塘拾遗》第十四篇",
        date=None,
        notes="personal collection text: a contents link, prev/next chapters and a reader counter; an essay with no date at all",
        page="""
!m 萯塘拾遗　｜　乡居旧文合集
!m 目录　/　第十四篇
{T}
!m 文／萯塘老九　　本篇阅读 486 次
{BODY}
!l 上一篇：第十三篇　晒谷场
!l 下一篇：第十五篇　村口的代销店
!d 本合集文字为作者原创，未经同意请勿转载
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
我女儿出生那年，母亲从萯塘乡下赶来，背着一个蓝布包袱。包袱打开，是四十多条叠得方方正正的尿布。
那些尿布是母亲用家里的旧被里、旧衬衫改的。她说，旧布洗得次数多，软和，不扎孩子。每一条都锁了边，四个角缝得结结实实。有几条上面还能看出我小时候那件格子衬衫的花纹。
女儿出生的第一个冬天，院子里的晾衣绳上天天挂满了尿布，像一排排小旗子。母亲每天天不亮就起来洗，手冻得通红，晚上再把半干的尿布搭在炉子边的竹架上烘着。
后来女儿长大了，那些尿布被母亲收进了箱底。前年搬家，我又翻到了它们，布已经发黄，叠痕却还是母亲叠的样子。
""",
    ),
    dict(
        slug="party-qiyang-summary-basket-coop-study-points",
        site="鲯阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.qiyangxf.gov.cn/zbfc/2024/12/16/8822.html",
        title="蒟岭村党支部“巧手笸箩”带富工作总结",
        record_title="红色堡垒｜蒟岭村党支部“巧手笸箩”带富工作总结 - 鲯阳先锋网",
        date="2024-12-10",
        date_also=["2024-12-16"],
        notes="Party portal: a study-points prompt and a read-on-phone QR line; an income table one row a paragraph; 成文日期 under the signature differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>红色堡垒｜蒟岭村党支部“巧手笸箩”带富工作总结 - 鲯阳先锋网</title>
<script src="/res/js/xf-common.js"></script>
</head>
<body>
<div class="head">⟦m 鲯阳先锋网⟧ <span>⟦m 中共鲯阳县委组织部主办⟧</span></div>
<div class="menu">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部亮点⟧ ⟦m 先锋人物⟧ ⟦m 远程教育⟧</div>
<div class="loc">⟦m 当前位置 ▸ 首页 ▸ 支部亮点⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2024-12-16　信息来源：鲖田镇党委　浏览量：774⟧</div>
<div class="points">⟦a 认真阅读满3分钟可得学习积分1分⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦a 用手机扫一扫，随时随地读先锋⟧</div>
<div class="pn">⟦l 上一篇：鹯山村党员中心户认领民生小事⟧<br>⟦l 下一篇：楰林镇开展冬训“微党课”比赛⟧</div>
</div>
<div class="foot">⟦m 中共鲯阳县委组织部　地址：鲯阳县人民路1号⟧<br>⟦m 赣ICP备16008120号-2⟧</div>
</body>
</html>
""",
        body="""
今年以来，蒟岭村党支部把老辈人编针线笸箩的手艺变成群众增收的门路，牵头成立“巧手笸箩”妇女手工合作社，走出了一条党建引领、巧手致富的路子。现将有关情况总结如下。
一、支部领办，把分散的手艺人组织起来。支部书记带头跑市场、找订单，党员包户动员，全村四十六名妇女加入合作社，其中留守妇女三十一名。
二、党员带学，把老手艺教给年轻人。六名会编笸箩的老党员担任“带徒师傅”，全年开班四期，培训学员九十人次。
三、对接市场，把笸箩卖到城里去。合作社与县里两家文创企业签订供货协议，开设网店，推出针线笸箩、收纳笸箩等八个品种。
全年主要指标：
项目　数量
销售笸箩　一万二千只
合作社收入　四十三万元
社员人均增收　八千二百元
明年，支部将继续扩大合作社规模，申请注册“蒟岭笸箩”商标。
中共蒟岭村支部委员会
2024年12月10日
""",
    ),
    dict(
        slug="party-bikou-speech-gear-handover-cn-date",
        site="鲉川党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.youchuan.gov.cn/ldjh/20240118/5066.html",
        title="在鲾口镇退捕渔民渔具上交仪式上的讲话",
        date="2024-01-16",
        date_also=["2024-01-18"],
        notes="record title as is; the speaker line under the title is neutral; the date under the title in Chinese numerals; a study-points line and a posting line",
        page="""
!m 鲉川党建网　　党员之家　·　学习园地　·　领导讲话
!m 位置：首页 > 领导讲话
{T}
镇党委书记　罗振华
（二〇二四年一月十六日）
!m 发布时间：2024-01-18　　来源：鲾口镇党委
!a 学习本文可累计积分，请登录后阅读
{BODY}
!a 【打印】　【关掉】
!l 相关讲话：在全镇渔民转产就业招聘会上的致辞
!m 中共鲉川县委组织部主办　湘ICP备06012713号
""",
        body="""
渔民朋友们，同志们：
今天，我们在这里举行退捕渔民渔具上交仪式。刚才，十二户渔民代表把自家用了几十年的渔网、鱼叉交到了镇政府，我代表镇党委、镇政府，向大家表示衷心的感谢！
鱼叉和渔网，是鲾口人祖祖辈辈谋生的家什。大家交出来的，不只是几件工具，更是对鲙河的一份情。我们都知道，这几年鲙河里的鱼越来越少、越来越小，再不让河休养生息，子孙后代就只能在画上看鱼了。
渔具交了，日子还要过好。镇里已经为每户退捕渔民落实了社保补贴，联系了县里的三家企业提供岗位，下个月还要开办渔家乐和水产加工培训班。
大家交上来的鱼叉，镇里会统一登记，挑出有年头的送到县文化馆，让后人记住鲾口的渔家往事。
最后，祝大家新春愉快，阖家幸福！
""",
    ),
    dict(
        slug="hospital-yuhu-article-walker-falls-booking-float",
        site="鲬湖市妇幼保健院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.yhfybjy.com/kepu/erbao/20240528/1193.html",
        title="学步车不是“学步神器”：儿童保健科医生谈婴幼儿跌落伤",
        record_title="【儿保课堂】学步车不是“学步神器”：儿童保健科医生谈婴幼儿跌落伤-鲬湖市妇幼保健院",
        date="2024-05-28",
        notes="hospital site: booking float, 24-hour line and experts list; the department's own 咨询电话 in the body; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【儿保课堂】学步车不是“学步神器”：儿童保健科医生谈婴幼儿跌落伤-鲬湖市妇幼保健院</title>
<script src="/js/fy-base.js"></script>
</head>
<body>
<div class="top">⟦m 鲬湖市妇幼保健院⟧ ⟦m 三级甲等妇幼保健院⟧ ⟦m 全天候服务电话：0730-8862120⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：首页 › 健康科普 › 儿保课堂⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-05-28　作者：儿童保健科　浏览：1527⟧</div>
<div class="cont">
{BODY}
</div>
</div>
<div class="side"><h4>⟦l 儿保专家⟧</h4><p>⟦l 邵明华 主任医师 周一、周三全天⟧</p><p>⟦l 曾晓雯 副主任医师 周二上午⟧</p></div>
<div class="float-book">⟦a 网上预约⟧<br>⟦a 线上问诊⟧<br>⟦m 挂号专线 0730-8862000⟧</div>
<div class="foot">⟦m 地址：鲬湖市鳀江区妇幼路16号⟧ ⟦m 湘ICP备15003317号⟧</div>
</body>
</html>
""",
        body="""
最近，我院儿童保健科门诊连续接诊了三名坐学步车时跌倒受伤的宝宝，其中一名十一个月的男孩连人带车从门口台阶翻下，造成前额血肿。
儿童保健科邵明华主任介绍，学步车相关的伤害主要有三类：一是翻倒，学步车遇到地毯边、门槛容易侧翻；二是坠落，孩子推着车冲下台阶或楼梯；三是接触危险物品，坐在车里的孩子能够到桌上的热水、刀具和药品。
邵主任说，学步车不能帮助孩子学会走路，长期使用还可能影响正常的行走姿势。一岁以内的婴儿，应当以爬行和扶站为主。
家长如对孩子的大运动发育有疑问，可到儿童保健科进行发育评估。儿童保健科咨询电话：0730-8862316（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-yunshui-notice-mothers-class-nappies",
        site="蕰水县妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ysfy.org.cn/tzgg/20240307/215.html",
        title="关于举办第三期孕妇学校“新生儿护理与布尿布使用”课程的通知",
        record_title="〔孕妇学校〕关于举办第三期孕妇学校“新生儿护理与布尿布使用”课程的通知｜蕰水县妇幼保健院",
        date="2024-03-06",
        date_also=["2024-03-07"],
        notes="hospital text page: the course's own 咨询电话 beside the hospital's 24-hour and booking lines; 扫码报名 is content; a table of sessions; the posting date also accepted",
        page="""
!m 蕰水县妇幼保健院　　24小时急诊：0774-7125120　　预约挂号：0774-7125000
!m 医院首页 > 院务通知
{T}
!m 发布日期：2024-03-07　　点击：342
{BODY}
!a 【收藏本页】【打印】
!l 上一条：关于调整春季门诊时间的公告
!l 下一条：我院开展“三八”妇女健康义诊
!m 蕰水县妇幼保健院　版权所有　桂ICP备14009928号
""",
        body="""
各位准爸爸、准妈妈：
为帮助新手父母掌握新生儿日常护理技能，我院孕妇学校定于3月16日至3月30日举办第三期“新生儿护理与布尿布使用”课程，现将有关事项通知如下。
一、课程安排
日期　内容　授课老师
3月16日　新生儿洗澡与脐带护理　黄晓燕
3月23日　布尿布的折法、更换与清洗　韦丽萍
3月30日　红臀的预防与处理　农秀兰
二、参加对象
孕28周以上的孕妇及家属，每期限报三十组家庭。
三、报名方式
请扫描门诊大厅孕妇学校展板上的二维码报名，报名成功后凭短信到四楼孕妇学校教室签到。听课免费，布尿布教具由我院提供。
咨询电话：0774-7125368（孕妇学校）。
蕰水县妇幼保健院
2024年3月6日
""",
    ),
    dict(
        slug="college-yuhu-news-museum-spears-h1-dotted",
        site="鲬湖学院 (invented university)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yuhuxy.edu.cn/info/1021/6634.htm",
        title="我校民俗博物馆获赠一批鲙河流域传统鱼叉",
        record_title=None,
        date="2024-10-28",
        notes="university news page: no record title, the <h1>; a dotted date line is the page's date; a photo caption between paragraphs and a reviewer line glued after the last one",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鲬湖学院新闻网</title>
<link rel="stylesheet" href="/style/news.css">
</head>
<body>
<div class="header">⟦m 鲬湖学院新闻网⟧ <a>⟦m 学校主页⟧</a> <a>⟦m 信息门户⟧</a></div>
<div class="nav">⟦m 学院要闻⟧ ⟦m 综合新闻⟧ ⟦m 院部动态⟧ ⟦m 媒体鲬院⟧</div>
<div class="path">⟦m 首页 › 综合新闻 › 正文⟧</div>
<div class="article">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2024.10.28　来源：民俗博物馆　点击数：[ 611 ]⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
</div>
<div class="footer">⟦m 地址：鲬湖市鳀江区学苑大道1号　邮编：414000⟧<br>⟦m 版权所有 © 鲬湖学院　党委宣传部⟧</div>
</body>
</html>
""",
        body="""
10月25日，鲉川县鲾口镇退休渔民罗守义一家来到我校民俗博物馆，将家中珍藏的七把传统鱼叉捐赠给博物馆。
这批鱼叉年代从清末到上世纪七十年代不等，有三股、五股和单股带倒钩等不同形制，叉头均为铁匠手工锻打。其中一把清末的五股鱼叉，叉柄上还刻有“罗记”字样。
⟦m 图为罗守义（左二）向博物馆工作人员介绍鱼叉的用法。⟧
民俗博物馆馆长、人文学院教授谭文涛向罗守义一家颁发了捐赠证书。他表示，随着鲙河全面禁渔，传统渔具正在快速消失，这批鱼叉为研究鲙河流域渔猎习俗提供了珍贵的实物资料。
据了解，博物馆将在明年春季推出“鲙河渔事”专题展，这批鱼叉将首次与观众见面。⟦m （文/陈曦　图/朱一鸣　审核/谭文涛）⟧
""",
    ),
    dict(
        slug="college-yuhuzy-notice-dorm-electric-foot-tubs",
        site="鲬湖职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hq.yhzy.edu.cn/tzgg/2024/1105/1377.htm",
        title="关于严禁在学生宿舍使用电热足浴盆的通知",
        record_title="关于严禁在学生宿舍使用电热足浴盆的通知｜宿管中心｜鲬湖职院",
        record_date="2024-11-05",
        date="2024-11-05",
        notes="the record gives the date, which is also the 成文日期; a college office's text page with a technical-support line and prev/next links",
        page="""
!m 鲬湖职业技术学院　后勤服务平台
!m 首页　›　宿管中心　›　通知公告
{T}
!m 作者：宿管中心　　时间：2024-11-05　　阅读：1930
{BODY}
!a ［打印本页］　［返回上页］
!l 上一篇：2024年冬季学生宿舍安全检查安排
!l 下一篇：宿舍楼热水系统检修停水通知
!m 平台技术支持：网络信息中心　0730-8231188
""",
        body="""
各二级学院、全体住宿学生：
入冬以来，部分同学在宿舍使用电热足浴盆泡脚。电热足浴盆功率大，宿舍线路负荷有限，且足浴盆周边多有积水，极易引发触电和火灾事故。上周，4号学生公寓已发生一起足浴盆插头烧焦、导致整层跳闸的事件。为保障同学们的人身和财产安全，现通知如下。
一、即日起，严禁在学生宿舍使用电热足浴盆、电热毯、热得快等大功率电器。需要泡脚的同学，可使用普通塑料脚盆，到楼层开水房接热水。
二、宿管中心将于11月11日至15日开展专项检查，查到的违规电器一律暂扣，期末凭学生证领回。
三、各二级学院要通过班会向学生讲清用电安全，辅导员要加强宿舍走访。
鲬湖职业技术学院宿管中心
2024年11月5日
""",
    ),
]
