"""holdout257, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-zhiliao-answer-tooth-mug-scale-question-title",
        site="知了问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiliaowenda.com/question/6619027",
        title="牙缸底部的黄色水垢怎么去除？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record (the question is the title); the question's description unmarked "
        "(neutral); an adopted-answer badge, a vote row and more answers; '回答于 2 天前' is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>知了问答 - 有问题，问知了</title>
<script src="/static/qa.bundle.js"></script>
</head>
<body>
<header class="zl-header">⟦m 知了问答⟧　<nav>⟦m 首页　发现　话题　等你来答⟧</nav>　<a>⟦a 去登录⟧</a></header>
<div class="zl-topics">⟦l 话题：居家清洁 · 日用品 · 生活小窍门⟧</div>
<div class="zl-q">
<h1>{T}</h1>
<p class="q-detail">家里的塑料牙缸用了半年，缸底一圈黄色的东西，刷也刷不掉，试过小苏打也没用，有什么好办法吗？</p>
<div class="q-meta">⟦m 12 人关注　　浏览 4,318⟧　⟦a 写回答⟧　⟦a 邀请回答⟧</div>
</div>
<div class="zl-answer">
<div class="best">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 勤快的阿洁　家政服务从业九年⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="ans-meta">⟦m 回答于 2 天前⟧　⟦a 赞同 286　反对　评论 19　收藏　举报⟧</div>
</div>
<div class="zl-more">
<h3>⟦l 其他 4 个回答⟧</h3>
<p>⟦l 饭团妈妈：柠檬酸泡一晚上，比醋的味道小……⟧</p>
<p>⟦l 匿名用户：塑料的直接换吧，别折腾了……⟧</p>
</div>
<aside>⟦l 相关问题：不锈钢保温杯里的茶垢怎么去除？⟧<br>⟦l 相关问题：卫生间玻璃上的水渍用什么擦？⟧</aside>
<footer>⟦m © 2025 知了问答 zhiliaowenda.com　京ICP证190377号⟧　⟦d 回答内容仅代表答主个人观点⟧</footer>
</body>
</html>
""",
        body="""
牙缸里的黄渍一般是水垢加上牙膏残留，小苏打是弱碱，对付水垢效果不大，要用酸性的东西。
我的办法是：
1. 倒半缸白醋，兑一半温水，泡两个小时；
2. 用旧牙刷刷一遍缸底和缸壁，特别是缸底的拐角；
3. 清水冲干净，再用开水烫一下，倒扣晾干。
如果是塑料牙缸，黄渍已经渗进去了，泡醋也很难完全去掉，建议直接换新的，一两块钱的东西没必要心疼。不锈钢和陶瓷的牙缸可以放心泡。
平时刷完牙把牙缸倒扣放，别让缸底积水，就不容易再长垢了。
""",
    ),
    dict(
        slug="qa-linda-answer-powder-or-liquid-text",
        site="邻答网 (invented Q&A site), text",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.linda-wen.com/q/338170.html",
        title="洗衣粉和洗衣液，手洗到底用哪个？",
        record_title="洗衣粉和洗衣液，手洗到底用哪个？_居家问答_邻答网（已有5个回答）",
        date=None,
        notes="Q&A as text: question as the title, decorated record title; best-answer badge, vote line, more "
        "answers; '编辑于 昨天' is no date",
        page="""
!m 邻答网 · 邻里之间，有问必答
!m 居家问答 > 洗涤清洁
!t 洗衣粉和洗衣液，手洗到底用哪个？_居家问答_邻答网（已有5个回答）
{T}
!m 提问者：小区里的白大褂　｜　已有 5 个回答　｜　被浏览 2,076 次
!m ★ 最佳回答　　答主：晾衣绳上的麻雀（生活达人 Lv6）
{BODY}
!m 编辑于 昨天
!a 👍 有用(148)　　没用(3)　　分享　　举报
!l 查看全部 5 个回答 ▾
!l 你也许想知道：白袜子发黄用什么泡？
!m 邻答网 linda-wen.com　浙ICP备18051927号
""",
        body="""
手洗的话，我更推荐洗衣液，理由有三个。
第一，洗衣粉碱性比较强，手长时间泡在里面容易干裂、脱皮，洗衣液大多接近中性，对手温和一些。
第二，洗衣粉在冷水里不太好溶解，手洗时常常有颗粒粘在衣服上，漂不干净；洗衣液直接就能化开。
第三，洗衣液用量好控制，一瓶盖就够一盆衣服。
不过洗衣粉也有优势：去油污能力强，价格便宜。像工作服、厨房抹布、白袜子这种特别脏的，用洗衣粉搓效果更好。记得戴上橡胶手套，洗完多漂一遍。
总之，日常衣物用洗衣液，重油污的用洗衣粉，两样搭配着用最划算。
""",
    ),
    dict(
        slug="collection-tangchi-memoir-bath-mitt-gb2312",
        site="汤池旧话 (invented, a retired bathhouse worker's collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.tangchijiuhua.cn/juan2/07.htm",
        title="澡堂里的搓澡巾",
        record_title="澡堂里的搓澡巾——《汤池旧话》卷二·第七篇",
        date=None,
        notes="old table layout of a personal collection: marquee, 繁體/简体 links, chapter links, visitor counter "
        "and the author's mailbox; a memoir with years but no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>澡堂里的搓澡巾——《汤池旧话》卷二·第七篇</title>
<style type="text/css">td{font-size:14px;line-height:180%}</style>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#F5F0E6">
<table width="800" align="center" border="0">
<tr><td align="center"><font size="5">⟦m 汤池旧话⟧</font><br>⟦m 一个老浴池职工的回忆⟧</td></tr>
<tr><td><marquee scrollamount="2">⟦m 本文集共三卷四十二篇，陆续录入中，欢迎老同事来信补正⟧</marquee></td></tr>
<tr><td align="right">⟦a 繁體版｜简体版｜加大字号⟧</td></tr>
</table>
<table width="800" align="center" border="0">
<tr><td>⟦m 目录 → 卷二　池边人事 → 第七篇⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ‹ 上一篇：锅炉房的老胡⟧　⟦l 回目录⟧　⟦l 下一篇：一块肥皂分四半 ›⟧</td></tr>
</table>
<table width="800" align="center" border="0">
<tr><td align="center">⟦m 来信请寄：tangchi_laowei@sina.com⟧</td></tr>
<tr><td align="center">⟦m 本页访问人次：009317⟧</td></tr>
<tr><td align="center">⟦d 文集内容为作者亲历，未经同意请勿转载⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我在滃溪县城的人民浴池干了三十一年，前二十年是搓澡工。说起搓澡巾，我比谁都熟。
刚进浴池那年是一九七九年，还没有现成的搓澡巾卖。师傅教我们用粗白布自己缝，缝成手套的样子，里面垫一层旧毛巾，搓起来有劲又不伤人。一条能用两三个月，磨薄了就再缝一条。
后来南方进来一种黄绿条纹的搓澡巾，又轻又糙，一搓一层泥，顾客都说痛快。可我总觉得太硬，碰上老人和小孩，还是换回自己缝的布手套。
有一回，一位老教师来洗澡，后背被我搓红了一片，我心里很过意不去。从那以后，我给自己立了个规矩：先问一句“轻点还是重点”，再下手。
如今浴池早拆了，那几条布手套我还留着，压在箱底。偶尔拿出来看看，就像又听见了池子里哗哗的水声。
""",
    ),
    dict(
        slug="collection-wanfeng-essay-bamboo-soap-dish-record",
        site="晚枫文存 (invented personal collection), text",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://wanfengwencun.net/sanwen/31.html",
        title="外婆的竹编香皂盒",
        date=None,
        notes="record gives the title as is; a personal collection page as text: collection name, contents path, "
        "prev/next, a copyright line and a counter; an essay without a date",
        page="""
!m 晚枫文存 —— 枫叶晚红，文字常温
!m 文存首页 » 散文卷 » 第三十一篇
{T}
!m 文／晚枫　　字数：368　　收藏 27
{BODY}
!l ◂ 上一篇：老屋的门槛
!l ▸ 下一篇：端午的艾草
!a 喜欢这篇，打赏一杯茶钱
!d 作品版权归晚枫本人所有，转载请先征得同意。
!m 晚枫文存已陪伴读者 3107 天
""",
        indent="\u3000\u3000",
        body="""
外婆家的洗脸架上，有一只竹编的香皂盒，是外公年轻时亲手编的。
那时候乡下买不到塑料香皂盒，外公砍来后山的水竹，劈成细篾，编成一个巴掌大的小筐，底下留着稀疏的孔，香皂放上去，水从孔里漏下去，香皂总是干干的。
外婆用的是最便宜的硫磺皂，黄澄澄的一块。她洗完脸，总要把香皂在竹盒里摆正，再把盒子挪到窗台上晒太阳。她说竹子怕霉，要常晒。
我小时候嫌硫磺皂有股怪味，外婆就笑我娇气。
外公去世后，那只香皂盒又用了十几年，篾条被磨得油亮发红。外婆走的那年，舅舅收拾老屋，问我要什么，我只要了这只香皂盒。
现在它摆在我家书架上，不再装香皂，只装着我对两位老人的想念。
""",
    ),
    dict(
        slug="party-lihu-summary-warm-feet-slippers-table",
        site="浰城先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.lichengxianfeng.gov.cn/zbfc/202412/t20241224_90117.html",
        title="漹湖区市场监管局机关党支部“暖足行动”志愿服务工作总结",
        record_title="〔党员在行动〕漹湖区市场监管局机关党支部“暖足行动”志愿服务工作总结｜浰城先锋网",
        date="2024-12-20",
        date_also=["2024-12-24"],
        notes="Party-building portal: study-points prompt, read-on-phone line, a data table one row a paragraph; the "
        "summary's signature date and the page's date differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔党员在行动〕漹湖区市场监管局机关党支部“暖足行动”志愿服务工作总结｜浰城先锋网</title>
<link rel="stylesheet" href="/css/xianfeng.css">
<script src="/js/xf-common.js"></script>
</head>
<body>
<div class="xf-top">⟦m 浰城先锋网　中共浰城市委组织部主办⟧　<a>⟦a 党员登录⟧</a></div>
<div class="xf-nav">⟦m 首页　组工动态　支部风采　先锋人物　党员教育　在线学习⟧</div>
<div class="xf-pos">⟦m 您的位置：首页 › 支部风采 › 机关党建⟧</div>
<div class="xf-article">
<h1>{T}</h1>
<div class="xf-info">⟦m 2024-12-24 09:12　来源：漹湖区委组织部　编辑：石青⟧</div>
<div class="xf-study">⟦a 党员登录后阅读满3分钟，可记学习积分1分⟧</div>
<div class="xf-content">
{BODY}
</div>
<div class="xf-qr">⟦a 扫一扫　在手机上接着读⟧</div>
<div class="xf-pn">⟦l 上一篇：湲塘乡党委开展冬训“夜学堂”⟧<br>⟦l 下一篇：浰城市供销社党委“红色代办”服务进村⟧</div>
</div>
<div class="xf-foot">⟦m 浰城先锋网 版权所有　浙ICP备10021388号　技术支持：浰城市大数据发展中心⟧</div>
</body>
</html>
""",
        body="""
今年10月至12月，区市场监管局机关党支部组织党员开展“暖足行动”，为辖区独居和高龄老人配送防滑拖鞋，并上门讲解居家防滑知识。现将有关情况总结如下。
一、基本情况
支部35名党员全部参与，联系3个社区，共走访老人家庭214户，配送防滑拖鞋428双，所需资金由党员自愿捐助和爱心企业赞助。各社区配送情况如下：
社区　走访户数　配送双数　参与党员
澂园社区　82　164　13
淰桥社区　71　142　12
溁西社区　61　122　10
二、主要做法
一是精准摸底，由社区网格员提供老人名单和鞋码；二是上门试穿，确保大小合适；三是讲解防滑，提醒老人卫生间铺设防滑垫、夜间起床先开灯。
三、下一步打算
支部将把“暖足行动”作为长期志愿服务项目，每季度回访一次，及时更换磨损的拖鞋。
中共漹湖区市场监督管理局机关支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-jieyang-speech-tooth-mug-chinese-date",
        site="湝阳党建网 (invented), text",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.jieyangxian.gov.cn/ztdr/2024/0703/1552.html",
        title="在“传承艰苦奋斗精神”主题党日活动上的讲话",
        record_title="〖七一主题党日〗在“传承艰苦奋斗精神”主题党日活动上的讲话—湝阳党建网",
        date="2024-07-01",
        date_also=["2024-07-03"],
        notes="a Party site's speech as text: the date under the title in Chinese numerals and a speaker line "
        "(neutral); the page's posting date differs; a share line and a study prompt",
        page="""
!m 湝阳党建网
!m 首页 ∣ 党建要闻 ∣ 主题党日 ∣ 廉政建设 ∣ 学习园地
!m 位置：首页 → 主题党日
{T}
!m 时间：2024-07-03　来源：漤溪镇党委　浏览：466
（二〇二四年七月一日）
漤溪镇党委书记　阙建华
{BODY}
!a 认真读完本文，别忘了在学习平台打卡
!l 分享：微信　QQ　复制链接
!m 主办：中共湝阳县委组织部　湘ICP备12008813号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天是党的生日。刚才，我们一起参观了镇史陈列馆，在展柜里看到了一只掉了瓷的搪瓷牙缸。这只牙缸的主人，是我镇第一任党委书记游守田同志。他在漤溪工作十二年，下乡从不在群众家吃饭，随身就带着这只牙缸，装水、泡茶、盛饭都用它。
一只牙缸，折射的是共产党人艰苦奋斗、清正廉洁的本色。今天，我们的条件好了，但这种精神不能丢。借此机会，我讲两点意见。
第一，要守住俭朴的作风。公务接待、办公用品都要精打细算，坚决反对铺张浪费。
第二，要保持同群众的血肉联系。多到田间地头、多进农家小院，把群众的冷暖放在心上。
同志们，让我们以游守田同志为榜样，把这只牙缸所承载的精神传承下去，在新的征程上干出新的业绩！
""",
    ),
    dict(
        slug="hospital-mengling-article-bath-mitt-sharing",
        site="濛岭县中医医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.mlxzyy.com/jkkp/pfk/2025-01-10/802.html",
        title="搓澡巾为什么不能共用",
        record_title="健康科普 › 搓澡巾为什么不能共用 · 濛岭县中医医院",
        date="2025-01-10",
        notes="hospital site: a booking float and a 24-hour line next to the department's own 咨询电话 in the body; "
        "the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>健康科普 › 搓澡巾为什么不能共用 · 濛岭县中医医院</title>
<link rel="stylesheet" href="/theme/css/hos.css">
<script src="/theme/js/swiper.min.js"></script>
</head>
<body>
<div class="hos-top">⟦m 濛岭县中医医院　二级甲等中医医院⟧　⟦m 急诊 24 小时：0745-3360120⟧</div>
<div class="hos-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普　院务公开⟧</div>
<div class="hos-loc">⟦m 首页 › 健康科普 › 皮肤科⟧</div>
<div class="hos-art">
<h2>{T}</h2>
<p class="meta">⟦m 发布时间：2025-01-10　作者：皮肤科 邬晴　阅读：391⟧</p>
<div class="hos-body">
{BODY}
</div>
<p class="hos-tip">⟦d 本文为健康科普，不能替代医生面诊，具体诊疗请遵医嘱。⟧</p>
</div>
<div class="hos-side">
<h4>⟦l 皮肤科出诊专家⟧</h4>
<ul><li>⟦l 邬晴　主治医师　周一、周三上午⟧</li><li>⟦l 冉德厚　副主任医师　周二、周五全天⟧</li></ul>
</div>
<div class="hos-float">⟦w 预约挂号 0745-3360114⟧<br>⟦a 微信预约⟧</div>
<div class="hos-foot">⟦m 地址：濛岭县汋坪路16号　总机：0745-3360000⟧<br>⟦m 湘ICP备15007629号-1⟧</div>
</body>
</html>
""",
        body="""
在公共浴室，常能看到几个人轮流用一条搓澡巾。皮肤科医生提醒，这种做法容易传播皮肤病。
搓澡巾表面粗糙，搓澡时会带下大量皮屑，也容易沾上细菌和真菌。如果使用者患有足癣、体癣或者传染性软疣，病原体就可能通过搓澡巾传给下一个人。湿漉漉的搓澡巾挂在浴室里，正好给真菌提供了繁殖的环境。
我院皮肤科去年接诊的体癣患者中，有不少人有共用搓澡巾的经历。
医生建议：
1. 搓澡巾一人一条，不外借；
2. 用后清洗干净，放在通风处晾干，最好定期用开水烫洗；
3. 去公共浴室时自带搓澡巾，不用来历不明的公用搓澡巾；
4. 皮肤有破损或正在患皮肤病时暂停搓澡。
如有皮肤瘙痒、红斑等症状，可到我院皮肤科就诊。皮肤科咨询电话：0745-3361208（工作日上午）。
""",
    ),
    dict(
        slug="hospital-wengxi-notice-nonslip-slippers-text",
        site="滃溪县人民医院 (invented hospital site), text",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.wxxrmyy.cn/hlb/tzgg/2024-09-27/117.html",
        title="滃溪县人民医院护理部关于住院患者统一配发防滑拖鞋的通知",
        record_title="【护理部通知】滃溪县人民医院护理部关于住院患者统一配发防滑拖鞋的通知 - 滃溪县人民医院",
        date="2024-09-26",
        notes="hospital page as text: switchboard and booking lines in the header and footer beside the notice's own "
        "contact (an extension); 成文日期 under the signature",
        page="""
!m 滃溪县人民医院　WENGXI COUNTY PEOPLE'S HOSPITAL
!m 总机：0744-6128000　　预约挂号：0744-6128114
!m 首页 | 医院概况 | 科室介绍 | 护理园地 | 通知公告 | 联系我们
!m 您现在的位置：护理园地 > 通知公告
{T}
!m 发布者：护理部　　发布于 3 天前　　点击：152
{BODY}
!a 【关闭窗口】　【返回顶部】
!l 相关通知：关于开展住院患者跌倒风险评估培训的通知
!m 滃溪县人民医院　地址：滃溪县湲塘路2号　湘ICP备17011930号
""",
        indent="\u3000\u3000",
        body="""
各病区：
为预防住院患者跌倒，经院务会研究，自2024年10月8日起，为全院住院患者统一配发防滑拖鞋。现将有关事项通知如下：
一、配发范围：新入院患者每人一双，住院期间可免费更换一次。
二、领取方式：由各病区护士长按入院人数每周到总务科领取，并建立发放登记本。
三、宣教要求：责任护士在入院宣教时向患者和家属说明穿防滑拖鞋的重要性，提醒不要穿自带的塑料拖鞋下床活动。
四、使用管理：出院患者可将拖鞋带回家，病区不再回收。
请各病区认真落实，护理部将不定期抽查。
联系人：护理部 符婉清，内线电话：8263
滃溪县人民医院护理部
2024年9月26日
""",
    ),
    dict(
        slug="college-licheng-news-tooth-mug-dorm-h1",
        site="浰城职业技术学院 (invented college news page)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lczyjsxy.edu.cn/info/1004/6612.htm",
        title="学校开展学生公寓“牙缸一条线”内务评比活动",
        record_title=None,
        date="2024-10-16",
        notes="college news page: no title in the record (the <h1>); the dotted college date is the date; a photo "
        "caption on a line of its own; 供稿/摄影/编辑 line after the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>浰城职业技术学院新闻网</title>
<link rel="stylesheet" href="/style/news.css">
</head>
<body>
<div class="lc-head">⟦m 浰城职业技术学院新闻网⟧　<span>⟦m 明德　精技　笃行⟧</span></div>
<div class="lc-nav">⟦m 学院首页　综合新闻　校园动态　媒体聚焦　图说校园⟧</div>
<div class="lc-pos">⟦m 当前位置: 首页 > 校园动态 > 正文⟧</div>
<div class="lc-art">
<h1>{T}</h1>
<div class="lc-date">⟦m 2024.10.16⟧　⟦m 点击数：703⟧</div>
<div class="lc-body">
{BODY}
</div>
<div class="lc-by">⟦m 供稿：学生工作处　摄影：冉亦舟　编辑：金萱　审核：聂卫东⟧</div>
</div>
<div class="lc-side"><h4>⟦l 图说校园⟧</h4><ul><li>⟦l 秋日银杏大道⟧</li><li>⟦l 技能节开幕式掠影⟧</li></ul></div>
<div class="lc-foot">⟦m 浰城职业技术学院党委宣传部　地址：浰城市漹湖区学院路9号⟧<br>⟦m 浙ICP备05063411号⟧</div>
</body>
</html>
""",
        body="""
10月15日，学生工作处联合后勤服务中心，在全校21栋学生公寓开展“牙缸一条线”内务评比活动。
评比小组由辅导员、楼栋管理员和学生会干部组成，逐间检查牙缸、牙刷、毛巾的摆放和宿舍整体卫生。按照要求，每间宿舍的牙缸统一摆放在洗漱台一侧，缸口朝上、牙刷头朝上，毛巾对折挂齐。
⟦m 图为检查人员在学生公寓7栋查看洗漱台摆放情况⟧
当天共检查宿舍1286间，评出“内务标兵宿舍”60间，对23间不合格宿舍下发了整改通知单，要求一周内整改到位。
学生处负责人表示，内务整理看似小事，却能养成学生讲卫生、守规矩的习惯。下一步，学校将把评比结果纳入文明宿舍评选和学生综合测评。
""",
    ),
    dict(
        slug="college-mengling-notice-powder-dispenser-scan",
        site="濛岭师范学院后勤服务中心 (invented), text",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hq.mlsfxy.edu.cn/tzgg/2024/1029/415.html",
        title="关于学生洗衣房洗衣粉自动投放设备启用的通知",
        record_title="关于学生洗衣房洗衣粉自动投放设备启用的通知-通知公告-濛岭师范学院后勤服务中心",
        date="2024-10-28",
        date_also=["2024-10-29"],
        notes="a college office page as text: 扫码 as content, the laundry's duty phone in the body beside the "
        "office's service line in the footer; 成文日期 vs the page's date",
        page="""
!m 濛岭师范学院后勤服务中心
!m 服务师生　保障有力
!m 首页 - 中心概况 - 通知公告 - 服务指南 - 后勤报修
{T}
!m 发布人：综合办　日期：2024-10-29　阅读次数：1407
{BODY}
!a 打印　|　关闭
!l 上一条：关于东区食堂二楼暂停营业的通知
!l 下一条：冬季学生宿舍热水供应时间调整的通知
!m 后勤服务热线：0746-2210000　在线报修请登录“濛师后勤”小程序
!m Copyright © 濛岭师范学院后勤服务中心
""",
        body="""
各位同学：
为方便同学们洗衣，后勤服务中心在东区、西区学生洗衣房的56台洗衣机上加装了洗衣粉自动投放设备，自11月1日起启用。现将有关事项通知如下：
一、使用方法。同学们扫码支付洗衣费后，设备会按所选模式自动投放洗衣粉，无需自带。
二、收费标准。洗衣费用不变，标准模式每次3元，大件模式每次4元，洗衣粉不另收费。
三、注意事项。请勿再往洗衣机内额外投放洗衣粉或洗衣液，以免泡沫过多导致设备故障；对洗衣粉过敏的同学可选择“无添加”模式，自带洗涤用品。
使用中如有问题，请拨打洗衣房值班电话：0746-2213560。
后勤服务中心
2024年10月28日
""",
    ),
]
