"""holdout249, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.
Invented text, written case by case; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wenqu-mouldy-sacks-question-title",
        site="问渠问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenqu-wenda.com/q/4471802.html",
        title="麻袋受潮发霉了还能装粮食吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; adopted badge, vote row, more answers; answered "
        "'3 天前': no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>问渠问答 - 有问题，就有人答</title>
<link rel="stylesheet" href="/static/qa.css">
<script src="/static/qa.js" defer></script>
</head>
<body>
<header class="qa-head"><a href="/">⟦m 问渠问答⟧</a> <a href="/ask">⟦a 我要提问⟧</a> <a href="/login">⟦a 账号登录⟧</a></header>
<div class="qa-crumb">⟦m 问渠 › 农业农村 › 粮食储藏⟧</div>
<div class="question">
<h1>{T}</h1>
<div class="q-meta">⟦m 提问者：匿名用户　3 个回答　浏览 2041⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m 提问者采纳⟧</div>
<div class="author">⟦m 田埂上的老秦　种粮二十年　回答于 3 天前⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="votes">⟦l 有用(87)　没用(2)　评论(5)　举报⟧</div>
</div>
<div class="more"><h3>⟦l 其他 2 个回答⟧</h3>
<p>⟦l 麦穗儿：晒干了装饲料还行，人吃的粮就算了。⟧</p>
<p>⟦l 农技站小郁：霉变麻袋建议直接淘汰，别心疼那几块钱。⟧</p>
</div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 麻袋和编织袋装稻谷哪个好？⟧</li><li>⟦l 粮食生虫了怎么处理？⟧</li></ul></aside>
<footer>⟦d 问渠问答内容由网友提供，仅供参考，不构成专业建议。⟧ ⟦m 鲁ICP备20118853号⟧</footer>
</body>
</html>
""",
        body="""
不建议再直接装口粮。麻袋是黄麻纤维做的，受潮后霉菌会长进纤维里面，表面刷掉了，里面还有，装进去的粮食容易跟着发霉，严重的会产生黄曲霉毒素。
可以分情况处理：
1.只是轻微受潮、没有霉斑的，拿到太阳下暴晒两三天，拍打干净后可以继续装饲料或者杂物。
2.已经有黑点、绿毛或者闻着有霉味的，就别再装任何吃的了，可以剪开当垫布、盖菜地，或者卖给回收站。
3.以后存放麻袋要离地离墙，放在通风干燥的地方，装粮前最好先检查一遍。
我家以前就是用发霉的麻袋装了一袋稻谷，结果整袋都有霉味，只能拿去喂鸡，教训挺深的。
""",
    ),
    dict(
        slug="qa-zhiliao-banner-wording-answer",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhiliao-wd.cn/question/902317",
        title="给老师送锦旗写什么字合适？",
        record_title="【教育】给老师送锦旗写什么字合适？_知了问答",
        date=None,
        notes="Q&A answer with a numbered list and an ×× placeholder; 'edited 昨天' is no date; more answers below",
        page="""
!m 知了问答
!m 分类：教育 › 家校沟通
!t 【教育】给老师送锦旗写什么字合适？
!m 6 人回答　·　1.3万 次浏览
!m 最佳回答　｜　答主：桃李园丁　｜　编辑于 昨天
{BODY}
!l 赞同 326　　反对　　收藏　　分享
!l 更多回答
!l 小雨点：我们班送的是“春风化雨”，老师很喜欢。
!l 匿名：建议问问学校让不让送，我们学校明确不收。
!a 打开知了APP，查看全部 6 个回答
!m 知了问答 zhiliao-wd.cn　©2024
""",
        body="""
给老师送锦旗，字数不宜多，上联下联加落款就够了。分享几组常用的，供参考：
1.“师恩如海　桃李芬芳”，适合送班主任。
2.“教书育人　德艺双馨”，适合送教学年限长的老教师。
3.“春风化雨　润物无声”，适合毕业时全班一起送。
落款写清楚“××届××班全体学生及家长敬赠”和年月就行，不要写老师的全名加“恩师”之类过于夸张的话。
另外提醒一句，现在不少学校规定不收家长的礼品，送锦旗前最好先问一下班主任或者学校的意见，别让老师为难。
""",
    ),
    dict(
        slug="collection-tingsong-memoir-bunting-gb2312",
        site="听松斋文集 (invented, a retired teacher's site, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.tingsongzhai.net/wenji/juan4/27.htm",
        title="小镇上的彩旗",
        record_title="小镇上的彩旗（听松斋旧事录·二十七）",
        date=None,
        notes="old table layout: marquee, 繁體 link, chapter links, visitor counter, the author's mailbox; a memoir with "
        "no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>小镇上的彩旗（听松斋旧事录·二十七）</title>
<style type="text/css">td{font-size:14px;line-height:200%}</style>
</head>
<body bgcolor="#F5F0E1">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center">⟦m 听松斋文集 · 郁松年退休后的笔墨⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦m 老朽文字，聊以自娱，欢迎老同事老学生来斋中坐坐⟧</marquee></td></tr>
<tr><td align="right"><a href="/big5/">⟦a 切换繁體⟧</a>　<a href="/wenji/">⟦m 文集目录⟧</a>　<a href="/">⟦m 回斋首页⟧</a></td></tr>
<tr><td align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 卷四　乡土忆旧　第二十七篇⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ← 前一篇：供销社的秤杆⟧　⟦l 后一篇：外婆的针线笸箩 →⟧</td></tr>
<tr><td align="center">⟦l 返回卷四目录⟧</td></tr>
<tr><td align="center"><hr size="1">⟦m 来信请寄：songnian_yu@163.com⟧</td></tr>
<tr><td align="center">⟦m 本斋自开张以来，承蒙 0041876 位朋友光顾⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我小时候住的峭坪镇，一年里最热闹的是两个日子：一个是正月十五，一个是秋收后的物资交流会。一到这两个日子，镇上那条独街从头到尾都要挂上彩旗。
那时的彩旗是供销社的裁缝用红、黄、绿三色布剪成三角形，一面一面缝在麻绳上。挂旗的活归镇上的年轻人，我十三岁那年第一次被允许爬上木梯递绳子，高兴得一夜没睡着。
风一吹，满街的彩旗哗啦啦地响，远处来赶会的人老远就能看见。母亲说，彩旗一挂，日子就有了盼头。
如今峭坪镇的街道宽了，节日里挂的是印着字的化纤旗，颜色更鲜亮，却再没有当年布旗的那股粗布味儿。前些天回去，我在老供销社的库房里翻出一串褪了色的三角旗，带回城里，挂在了书房的窗前。
""",
    ),
    dict(
        slug="collection-shibian-essay-well-ladder-oneline",
        site="石碥集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shibianji.cn/xiangshi/jingtai.html",
        title="井台边的绳梯",
        record_title="井台边的绳梯｜石碥集·乡事卷",
        date=None,
        notes="an essay all on one line, paragraphs separated only by their indent; no date",
        page="""
!m 石碥集 —— 一个碥石村人的乡事记录
!m 乡事卷　｜　人物卷　｜　草木卷　｜　留言
{T}
!m 第十一篇　·　字数约 300
{BODY}
!l 上一篇：碾盘　　下一篇：祠堂里的戏台
!m 石碥集 版权所有，转载请与作者联系：shibian@shibianji.cn
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
老家碥石村的那口井，每隔两三年要淘一次。淘井那天，全村的男人都聚到井台边，最要紧的家什是一副绳梯。
那副绳梯是祖父年轻时编的，两根棕绳做边，中间穿着二十几根枣木横档，平时卷起来挂在祠堂的梁上。
淘井的人顺着绳梯下到井底，把淤泥一桶一桶装好，井上的人再一桶一桶拉上来。祖父总是第一个下去，最后一个上来。
后来村里通了自来水，那口井封了，绳梯也不知去向。可我总记得祖父从井口探出头来，满脸泥水冲我笑的样子。
""",
    ),
    dict(
        slug="party-xucheng-speech-banner-stories",
        site="栩城市机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xcjgdj.gov.cn/djyw/202407/t20240705_22871.html",
        title="在市直机关“锦旗背后的故事”分享会上的讲话",
        record_title="【先锋故事会】在市直机关“锦旗背后的故事”分享会上的讲话_栩城市机关党建网",
        date="2024-07-02",
        date_also=["2024-07-05"],
        notes="Party portal: a date under the speech title and a speaker line (neutral); a study-points prompt on a line "
        "of its own inside the body; the site's posting date differs and is also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【先锋故事会】在市直机关“锦旗背后的故事”分享会上的讲话_栩城市机关党建网</title>
<link rel="stylesheet" href="/res/dj.css">
<script src="/res/dj.js"></script>
</head>
<body>
<div class="dj-top">⟦m 栩城市机关党建网⟧ ⟦m 中共栩城市直属机关工作委员会主办⟧</div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 工委动态⟧</li><li>⟦m 支部风采⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 作风建设⟧</li></ul>
<div class="dj-loc">⟦m 位置：首页 ＞ 工委动态 ＞ 领导讲话⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<p class="dj-sub">（2024年7月2日）</p>
<p class="dj-sub">市直机关工委书记　邝明远</p>
<p class="dj-meta">⟦m 发布：2024-07-05　来源：市直机关工委　浏览 742⟧</p>
<div class="dj-body">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫一扫，把这篇讲话带回支部⟧</div>
<div class="dj-pn">⟦l 上一篇：市直机关开展“七一”慰问困难党员活动⟧<br>⟦l 下一篇：市直机关青年理论学习小组举行集中学习⟧</div>
</div>
<div class="dj-foot">⟦m 主办：中共栩城市直属机关工作委员会　湘ICP备15007766号⟧</div>
</body>
</html>
""",
        body="""
同志们：
刚才，六位同志讲述了群众送锦旗背后的故事，朴实感人，让大家深受教育。
锦旗虽小，分量很重。市医保局窗口的同志帮一位老人跑了四趟，追回了三千多元报销款；市住建局的党员干部连续三个晚上蹲守工地，解决了一个小区的积水问题。这些事都不大，却件件办到了群众心坎上，群众才会自发送来锦旗。
⟦a 学习打卡：本文阅读满3分钟可累计1个学习积分⟧
借这个机会，我提三点希望：
一是把锦旗当作镜子。既要看到群众的认可，也要照一照还有哪些事没办好。
二是把好经验用起来。各机关党组织要把今天分享的做法整理成案例，在支部学习中交流。
三是把作风坚持下去。不能为了锦旗去做工作，而要把为民服务当成日常。
同志们，群众心里有杆秤。希望大家以这次分享会为新起点，多办实事，不负人民。
""",
    ),
    dict(
        slug="party-xuanchuan-summary-handcart-volunteers",
        site="泫川先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.xcxianfeng.cn/zbfc/2024/1106/5179.html",
        title="党员志愿服务队“板车帮扶”工作总结",
        record_title="〖志愿服务〗党员志愿服务队“板车帮扶”工作总结｜泫川先锋网",
        date="2024-11-04",
        notes="a summary with a data table (one row a paragraph, cells apart by ideographic spaces); 成文日期 under the "
        "branch's signature; a share prompt on a line of its own between paragraphs",
        page="""
!m 泫川先锋网　泫川县委组织部主办
!m 首页 > 支部风采 > 志愿服务
{T}
!m 时间：6 小时前　来源：城关镇机关第二支部　编辑：阙小满
{BODY}
!a 〔分享到党员群〕〔收藏〕〔打印〕
!l 相关阅读：城关镇开展“党员进社区”双报到活动　｜　“银发先锋”志愿队走进敬老院
!m 泫川先锋网　技术支持：泫川县大数据服务中心
""",
        body="""
今年以来，城关镇机关第二党支部组建“板车帮扶队”，利用周末为老城区行动不便的老人和困难家庭义务搬运物品，现将工作情况总结如下。
一、主要做法。支部筹资购置板车6辆，党员分成3个小组轮流值班，群众通过社区网格员或支部热线预约，一般当天响应。
二、服务情况。1至10月共开展服务89次，参与党员412人次，具体如下：
服务内容　次数　服务户数
搬运米面煤气　41　37
搬家清运杂物　27　22
运送助老物资　21　19
⟦a 觉得有用？转发给更多支部参考⟧
三、存在不足。板车数量有限，遇到集中搬家时人手紧张。
四、下步打算。吸纳退休党员和青年志愿者加入，把板车帮扶纳入支部“微心愿”清单常态开展。
中共泫川县城关镇机关第二支部委员会
2024年11月4日
""",
    ),
    dict(
        slug="hospital-jiyang-notice-banners-cn-date",
        site="洎阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jyxrmyy.com/ywgk/2024/0322/1187.html",
        title="关于规范锦旗收受与展示管理的通知",
        record_title="〔行风建设〕关于规范锦旗收受与展示管理的通知 | 洎阳县人民医院",
        date="2024-03-20",
        date_also=["2024-03-22"],
        notes="hospital: booking float and 24-hour line beside the notice's own 行风办 phone; 成文日期 in Chinese "
        "numerals, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔行风建设〕关于规范锦旗收受与展示管理的通知 | 洎阳县人民医院</title>
<link rel="stylesheet" href="/templets/hos/css/main.css">
<script src="/templets/hos/js/float.js"></script>
</head>
<body>
<div class="hos-head">⟦m 洎阳县人民医院　二级甲等综合医院⟧ <span>⟦m 急诊24小时：0857-3308120⟧</span></div>
<div class="hos-nav">⟦m 医院概况　科室导航　专家介绍　就医指南　院务公开　健康科普⟧</div>
<div class="hos-pos">⟦m 当前位置：首页 &gt; 院务公开 &gt; 正文⟧</div>
<div class="hos-art">
<h2>{T}</h2>
<div class="hos-meta">⟦m 来源：党委办公室　发布时间：2024-03-22　阅读：1190⟧</div>
<div class="hos-con">
{BODY}
</div>
<div class="hos-share">⟦l 分享：微信　QQ　微博⟧</div>
</div>
<div class="hos-float">⟦a 预约挂号⟧<br>⟦m 预约电话：0857-3308000⟧<br>⟦a 微信预约请扫码⟧</div>
<div class="hos-foot">⟦m 地址：洎阳县迎宾大道188号　邮编：556400　黔ICP备16005139号⟧</div>
</body>
</html>
""",
        body="""
全院各科室：
为进一步规范锦旗收受与展示，弘扬良好医德医风，现就有关事项通知如下：
一、患者及家属赠送锦旗的，由科室护士长登记后统一交党委办公室（行风办）备案，不得私自收取锦旗以外的任何礼品。
二、科室走廊展示锦旗不超过10面，过期、褪色的锦旗由行风办集中收存，不得随意丢弃。
三、严禁以任何形式向患者暗示或索要锦旗，严禁将锦旗数量与个人绩效挂钩。
四、患者对医务人员有表扬或投诉的，可拨打行风办电话0857-3308176。
洎阳县人民医院
二〇二四年三月二十日
""",
    ),
    dict(
        slug="hospital-xucheng-tcm-sack-lifting-backache",
        site="栩城市中医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.xczyy.org.cn/jkkp/kangfu/20240926/733.html",
        title="搬运麻袋后腰痛怎么办？康复科医生这样说",
        record_title="【康复科普】搬运麻袋后腰痛怎么办？康复科医生这样说-栩城市中医院",
        date="2024-09-26",
        notes="health article: the byline's 发布时间 is the date; booking and 24-hour lines; a consult prompt glued after "
        "a 。 inside the body",
        page="""
!m 栩城市中医院　XUCHENG HOSPITAL OF TCM
!m 首页 ＞ 健康科普 ＞ 康复保健
{T}
!m 发布时间：2024-09-26　作者：康复科　浏览次数：688
!a 【大】【中】【小】　【打印】　【返回】
{BODY}
!m 门诊预约：0739-5233120　　24小时急诊：0739-5233999
!l 上一篇：秋燥伤肺，试试这几道药膳
!l 下一篇：颈椎病康复操图解
!m 栩城市中医院 版权所有　湘ICP备17022310号
""",
        body="""
秋收时节，不少农户和粮站工人扛麻袋、搬粮食，一天下来腰酸背痛。最近，我院康复科门诊接诊的急性腰扭伤患者明显增多。
搬麻袋为什么容易伤腰？一袋粮食少则五六十斤，多则上百斤。很多人习惯弯腰直接把麻袋拎起来，这个动作会让腰椎承受数倍于麻袋本身的压力。⟦a 在线问诊：点此向康复科医生免费提问⟧
正确的做法是：先蹲下，让麻袋贴近身体，用腿部力量站起来；转身时整个身体一起转，不要只扭腰。
如果已经扭伤，前两天可以冰敷，每次15分钟；48小时后改为热敷。疼痛明显、腿部发麻的，要及时到医院就诊。
栩城市中医院康复科　邢晓梅
""",
    ),
    dict(
        slug="college-xucheng-voc-handpainted-bunting-h1",
        site="栩城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xcvtc.edu.cn/xwzx/xyxw/2024/1028/6612.htm",
        title="我院运动会彩旗方阵用上了学生手绘旗",
        record_title=None,
        date="2024-10-28",
        notes="no title in the record (a bare <title>): the <h1>; a photo caption on a line of its own, a writer/reviewer "
        "line glued after the last sentence; a dotted college date is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>栩城职业技术学院</title>
<link rel="stylesheet" href="/style/news.css">
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="c-head">⟦m 栩城职业技术学院　XUCHENG VOCATIONAL AND TECHNICAL COLLEGE⟧</div>
<div class="c-nav">⟦m 学院首页　学院概况　新闻中心　教育教学　招生就业　信息公开⟧</div>
<div class="c-pos">⟦m 新闻中心 &gt;&gt; 学院新闻⟧</div>
<div class="c-art">
<h1>{T}</h1>
<div class="c-info">⟦m 2024.10.28　供稿：团委　点击：[ 915 ]⟧</div>
<div class="c-con">
{BODY}
</div>
<div class="c-close">⟦a 【关闭本页】【返回顶部】⟧</div>
</div>
<div class="c-foot">⟦m 版权所有 © 栩城职业技术学院　地址：栩城市薮湖区学府路9号⟧</div>
</body>
</html>
""",
        body="""
10月25日，学院第二十届田径运动会开幕。入场式上，由32个班级组成的彩旗方阵格外引人注目：每面彩旗都是学生自己设计、手绘完成的。
据了解，今年学院团委改变以往统一采购彩旗的做法，向各班发放白色旗布和环保颜料，由学生围绕“青春·匠心”主题自行创作。艺术设计系2023级学生龚小禾说：“我们班画的是学校的老校门，前后改了五稿。”
⟦m 图为手绘彩旗方阵入场。摄影：学生记者团⟧
运动会结束后，这些彩旗将在图书馆一楼展出一周，随后由各班收回留作纪念。⟦m （文/宋佳音　审核/宣传统战部）⟧
""",
    ),
    dict(
        slug="college-huangshui-normal-ladder-drill-notice",
        site="潢水师范学院学生工作处 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xgc.hsnu.edu.cn/info/1032/4418.htm",
        title="关于开展学生公寓绳梯逃生演练的通知",
        date="2024-11-06",
        notes="record title as is; the notice's own 联系人/电话 beside the office's technical line; scanning a code to sign "
        "in is content",
        page="""
!m 潢水师范学院学生工作处（部）
!m 首页 → 通知公告 → 正文
{T}
!m 作者：学生工作处　　点击数：1733　　更新时间：2024-11-07
{BODY}
!a ［打印此通知］　［关掉本页］
!l 上一条：关于做好2024年冬季学生公寓安全检查的通知
!l 下一条：2024年国家奖学金拟推荐人选公示
!m 学生工作处地址：行政楼302室　网站维护电话：0931-8829000
""",
        body="""
各学院：
为提高学生火灾逃生自救能力，学生工作处、保卫处定于11月12日至15日在各学生公寓开展绳梯逃生演练。现将有关事项通知如下：
一、演练对象。2024级全体本科新生，以寝室为单位参加。
二、演练安排。每天下午4:30开始，按楼栋顺序进行，具体安排见各楼栋公告栏。
三、有关要求。参加演练的学生须穿运动鞋，不得佩戴首饰；到场后扫码签到，未签到的按缺勤处理。
四、安全保障。每个演练点配备两名专业教练和防护气垫，学生在教练指导下逐一下降。
联系人：蒲老师，电话：0931-8829015。
学生工作处
2024年11月6日
""",
    ),
]
