"""holdout225, part C: personal collections, Party-building sites, hospitals, universities and
county forums. Every case written by hand; everything invented."""

CASES = [
    dict(
        slug="collection-dengxia-memoir-bamboo-flask",
        site="灯下拾穗 — a retired teacher's collection (invented, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.dengxia-shisui.example.net/wenji/juan2/017.htm",
        title="父亲的竹壳热水瓶",
        record_title="《灯下拾穗》卷二·父亲的竹壳热水瓶",
        date=None,
        notes="a personal collection in an old table layout: marquee, chapter links, visitor counter, the author's mailbox; a memoir with only a year inside (no date); a 'back to contents' link glued after the last paragraph",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《灯下拾穗》卷二·父亲的竹壳热水瓶</title>
<script language="JavaScript" src="/count/counter.asp?id=dxss"></script>
<style>td{font-size:14px;line-height:200%}</style>
</head>
<body bgcolor="#F5F0E1">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td align="center"><font size="5">⟦m 灯下拾穗⟧</font><br>⟦m 郗水退休教师韦秉文的文字小园⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦m 文章皆为本人旧作，欢迎老同事、老学生来信叙旧⟧</marquee></td></tr>
<tr><td align="center">⟦m <a href="/">首页</a> | <a href="/j1/">卷一·乡土</a> | <a href="/j2/">卷二·亲人</a> | <a href="/j3/">卷三·杏坛</a> | <a href="/ly.asp">留言簿</a>⟧</td></tr>
</table>
<table width="780" align="center" border="1" bordercolor="#C8B88A" cellspacing="0" cellpadding="12">
<tr><td>
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 卷二·亲人　第十七篇⟧</p>
{BODY}
<p align="center">⟦l 上一篇：母亲的顶针　｜　下一篇：外公的旱烟袋⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦m 来信请寄：weibingwen1951@example.net⟧<br>
⟦m 本站自2006年开办，累计来访 216493 人次⟧<br>
⟦d 文字版权归作者所有，转载请先来信⟧
</td></tr></table>
</body></html>
""",
        body="""
父亲有一只竹壳热水瓶，是他1972年进县农机厂那年买的，花了四块三毛钱。
那时候家里穷，这只暖瓶算是一件“大件”。父亲每天下班，第一件事就是拎着它去厂里的锅炉房打水，回家给我们兄妹几个泡炒米。
有一年冬天，我不小心把它碰倒在地上，只听“嘭”的一声，瓶胆碎了。我吓得直哭，父亲却没有骂我，第二天托人从城里买回一只新瓶胆，自己动手换上。
竹壳后来被磨得油光发亮，提手断过一次，父亲用铁丝缠好，又接着用了好多年。
父亲去世后，我把这只热水瓶擦干净，放在书柜顶上。每次看见它，就想起那些冒着热气的冬夜。⟦l 〔返回卷二目录〕⟧
""",
    ),
    dict(
        slug="collection-liangshu-memoir-street-postbox",
        site="梁叔闲笔 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://liangshu-xianbi.example.com/jiushi/14.html",
        title="老街口的邮筒",
        record_title="老街口的邮筒 · 《濑口旧事》第十四篇 —— 梁叔闲笔",
        date=None,
        notes="a collection's memoir: series and collection name in the record title; no date; chapter nav and a reader's note line between paragraphs; a visit counter at the foot",
        page="""
!m 梁叔闲笔
!m 文集目录 ｜ 濑口旧事 ｜ 行走随记 ｜ 关于梁叔
!t 《濑口旧事》第十四篇　老街口的邮筒
!m 字数 486　｜　阅读 1,093
{BODY}
!l ‹ 第十三篇：供销社的柜台　　　第十五篇：镇上的露天电影 ›
!l 读者留言（5）：写得真好，我也是濑口人
!m 梁叔闲笔 · 本站已陪伴读者 4,317 天
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
我们镇老街口有一只绿色邮筒，比我的年纪还大。
七十年代末我在县城读高中，每个月给家里写一封信。母亲不识字，就请隔壁的陈老师念给她听，再请陈老师代笔回信，投进老街口那只邮筒里。
那时候一封信要走三四天，我常常在学校传达室的窗口一站就是半天，盼着信封上熟悉的字迹。
⟦l 【读者 濑口阿芳 划线】“盼着信封上熟悉的字迹”⟧
后来家里装了电话，再后来人人有了手机，写信的人越来越少。前几年回镇上，看见邮筒还站在那里，油漆掉了不少，投信口上落着几片梧桐叶。
我从包里掏出一张明信片，写上老家的地址，投了进去。不知道它会不会像当年那样，慢慢地走到母亲曾经住过的那间屋子。
""",
    ),
    dict(
        slug="dangjian-yinchuan-summary-meter-volunteers",
        site="溵川党建网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.ycdj.example.org.cn/jcdj/zbfc/202412/t20241224_41827.html",
        title="“电表帮读”党员志愿服务队2024年工作总结",
        record_title="【先锋队风采】“电表帮读”党员志愿服务队2024年工作总结 - 溵川党建网",
        date="2024-12-20",
        date_also=["2024-12-24"],
        notes="Party-building portal: study-points prompt, read-on-phone QR line, page date differs from the 成文日期; a two-column table of service figures; a 'related story' link between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【先锋队风采】“电表帮读”党员志愿服务队2024年工作总结 - 溵川党建网</title>
<script src="/js/dj-score.js"></script>
</head><body>
<div class="dj-top">⟦m 溵川党建网⟧ ⟦m 中共溵川县委组织部主办⟧ <a>⟦a 党员登录⟧</a></div>
<div class="dj-nav">⟦m 首页⟧ ⟦m 要闻⟧ ⟦m 基层党建⟧ ⟦m 支部风采⟧ ⟦m 党员教育⟧ ⟦m 组工信息⟧</div>
<div class="dj-path">⟦m 位置：溵川党建网 > 基层党建 > 支部风采⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 时间：2024-12-24　供稿：湍坪镇党委　浏览：688⟧</div>
<div class="dj-score">⟦a 阅读满3分钟可得1个学习积分⟧</div>
<div class="dj-body">
{BODY}
</div>
<div class="dj-qr">⟦a 手机扫一扫，随时读党建⟧</div>
<div class="dj-more">⟦l 上一篇：湍坪镇开展“党员冬训”集中学习⟧<br>⟦l 下一篇：县供电公司党委召开专题组织生活会⟧</div>
</div>
<div class="dj-side"><h4>⟦l 组工热读⟧</h4><p>⟦l 溵川县开展“双报到”党员进社区活动⟧</p><p>⟦l 湍坪镇村级党组织书记擂台比武⟧</p></div>
<div class="dj-foot">⟦m 中共溵川县委组织部　版权所有⟧　⟦m 陕ICP备11019025号⟧</div>
</body></html>
""",
        body="""
2024年，湍坪镇供电所党支部“电表帮读”党员志愿服务队围绕帮助老年人、残疾人看懂电表、缴清电费，开展志愿服务48次，现将全年工作总结如下。
一、主要做法
队员每月走访一次结对户，手把手教老人看电表读数、用手机查电费，对不会用手机的老人提供代缴服务。
⟦l 延伸阅读 ▸ 湍坪供电所党员上门帮老人换电表⟧
二、服务成效
项目　全年数量
走访结对户　612户次
代缴电费　285笔
排查表箱隐患　73处
三、存在不足和明年打算
部分队员业务工作繁忙，参与次数偏少。明年将吸收青年团员加入，把服务范围扩大到全镇11个村。
中共湍坪镇供电所支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="dangjian-mangzhou-speech-rice-bin-station",
        site="漭州先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.mzxianfeng.example.org.cn/sqdj/202501/t20250113_7716.html",
        title="在社区“暖心米缸”爱心驿站启用仪式上的讲话",
        record_title="【社区党建】在社区“暖心米缸”爱心驿站启用仪式上的讲话_漭州先锋网",
        date="2025-01-10",
        date_also=["2025-01-13"],
        notes="Party site: a Chinese-numeral date and a speaker line under the speech title (neutral); the page's 发布 date differs; a 'study points' line glued before the first words of a paragraph",
        page="""
!m 漭州先锋网 — 中共漭州市委组织部
!m 首页 » 社区党建 » 书记讲话
{T}
（二〇二五年一月十日）
泗桥社区党委书记　韦春燕
!m 发布：2025-01-13 15:20　来源：嶙山区委组织部　点击：435
{BODY}
!a ［打印文章］［关闭窗口］
!l 相关文章：泗桥社区“暖心米缸”爱心驿站正式启用
!m 主办：中共漭州市委组织部　豫ICP备10028813号
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友、志愿者们：
大家上午好！今天，泗桥社区“暖心米缸”爱心驿站正式启用了。
驿站的想法来自居民的一句话。去年冬天走访时，一位独居老人说，最怕的是月底米缸见底，又不好意思开口。我们就想，能不能在社区放一口“大家的米缸”，有余力的放一点，有需要的取一点。
⟦a 〔学习强基·本文计入学习时长〕⟧这个想法提出后，辖区6家商户、40多户居民主动认捐，目前驿站已存米800余斤。
希望大家珍惜这份心意：取米按需，不多拿；捐米量力，不攀比。社区党委也将安排党员志愿者每天值守，做好登记和补给。
也欢迎大家把驿站的故事分享给身边的亲友，让更多人加入进来。让我们一起把这口米缸守好，让邻里之间的温暖一直满满当当！
""",
    ),
    dict(
        slug="hospital-xishui-burns-flask-scalds",
        site="郗水县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.xsrmyy.example.com/jkkp/2024/1210/2208.html",
        title="冬季谨防热水瓶烫伤——烧伤科医生提醒",
        record_title="〔冬季健康提醒〕冬季谨防热水瓶烫伤——烧伤科医生提醒-郗水县人民医院",
        date="2024-12-10",
        notes="hospital site: a booking float, a 24-hour emergency line and a switchboard beside the burns unit's own 咨询电话 in the body; the 发布时间 line is the page's date; a photo placeholder line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔冬季健康提醒〕冬季谨防热水瓶烫伤——烧伤科医生提醒-郗水县人民医院</title>
<script src="/static/js/hospital.nav.js"></script>
</head><body>
<div class="h-top">⟦m 郗水县人民医院⟧ ⟦m 二级甲等综合医院⟧ ⟦m 急诊24小时：0917-5288120⟧</div>
<div class="h-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 健康科普⟧ ⟦m 院务公开⟧</div>
<div class="h-crumb">⟦m 首页 › 健康科普 › 专家说健康⟧</div>
<div class="h-art">
<h1>{T}</h1>
<p class="h-meta">⟦m 发布时间：2024-12-10　作者：烧伤整形科　阅读：1537⟧</p>
<div class="h-content">
{BODY}
</div>
<p class="h-edit">⟦m 审核：医务科　校对：宣传科⟧</p>
</div>
<div class="h-side"><h4>⟦l 烧伤整形科专家⟧</h4><p>⟦l 邰建平　主任医师　周二、周四上午⟧</p><p>⟦l 韦蓉　副主任医师　周三全天⟧</p></div>
<div class="h-float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 来院导航⟧ ⟦m 总机：0917-5288000⟧</div>
<div class="h-foot">⟦m 郗水县人民医院　地址：郗水县城关镇人民路66号⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 陕ICP备12006571号⟧</div>
</body></html>
""",
        body="""
入冬以来，我院烧伤科已收治热水瓶烫伤患者17例，其中10岁以下儿童占了一半以上。
烧伤科主任邰建平介绍，儿童烫伤多是因为碰倒放在桌边的热水瓶，老人烫伤则多发生在夜间起床倒水时。
⟦m ［图片：烫伤急救“五步法”示意图］⟧
一旦烫伤，记住“冲、脱、泡、盖、送”五个字：先用流动冷水冲洗，再小心脱去衣物，接着用冷水浸泡，然后用干净纱布覆盖，最后尽快送医。千万不要涂抹牙膏、酱油。
烧伤科咨询电话：0917-5288046（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-xishui-notice-ward-heating-repair",
        site="郗水县人民医院 院内公告栏 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xsrmyy.example.com/ywgk/tzgg/2024/1028/2176.html",
        title="关于住院部地暖系统检修期间做好患者保暖工作的通知",
        date="2024-10-28",
        notes="record title as is; the general-affairs office's own phone in the body beside the hospital's 24-hour and booking lines; an 'add to favourites' button glued after a 。",
        page="""
!m 郗水县人民医院 ｜ 院务公开
!m 首页 > 院务公开 > 院内通知
{T}
!m 发布科室：院办　　发布时间：2024-10-28　　浏览：291
{BODY}
!a 【打印】【收藏】【返回】
!m 急诊电话（24小时）：0917-5288120　　预约挂号：0917-5288114
!m 版权所有 © 郗水县人民医院　陕ICP备12006571号
""",
        body="""
各病区、各科室：
根据总务科安排，住院部1号楼地暖系统将于10月30日至11月3日进行检修，检修期间病房温度可能有所下降。为确保患者安全舒适，现将有关要求通知如下。
一、各病区提前清点被褥，每位住院患者加配一床棉被。
二、对老年、婴幼儿及术后患者，护士每两小时巡视一次，及时询问冷暖。⟦a ☆加入收藏夹⟧
三、病房内严禁使用电暖器、电热毯等大功率电器。
检修期间如有问题，请联系总务科，电话：0917-5288105。
郗水县人民医院院办
2024年10月28日
""",
    ),
    dict(
        slug="university-mangzhou-news-dorm-meters",
        site="漭州师范学院 后勤管理处 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://hqc.mzsy.example.edu.cn/info/1032/6618.htm",
        title="后勤管理处完成学生公寓电表远程抄表系统升级",
        record_title=None,
        record_date="2024-09-03",
        date="2024-09-03",
        notes="university office news page, no record title (the title is the <h1>); the record gives the date, the page a dotted date; photo and writer/editor lines; the body's campus service platform and balance reminder stay",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>漭州师范学院后勤管理处</title>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head><body>
<div class="sch-top">⟦m 漭州师范学院⟧ ⟦m 后勤管理处⟧ <a>⟦m 学校主页⟧</a> <a>⟦a 英文版⟧</a></div>
<div class="sch-nav">⟦m 首页⟧ ⟦m 机构设置⟧ ⟦m 后勤动态⟧ ⟦m 服务指南⟧ ⟦m 下载中心⟧</div>
<div class="sch-pos">⟦m 当前位置: 首页 >> 后勤动态 >> 正文⟧</div>
<div class="sch-art">
<h1>{T}</h1>
<div class="sch-info">⟦m 2024.09.03　点击：［942］⟧</div>
<div class="v_news_content">
{BODY}
</div>
<p class="sch-by">⟦m （文/能源科　图/鄄文斌　编辑/宣传办）⟧</p>
</div>
<div class="sch-side"><h4>⟦l 后勤动态⟧</h4><p>⟦l 学生食堂开展秋季食品安全自查⟧</p><p>⟦l 校园供暖设施完成检修⟧</p></div>
<div class="sch-foot">⟦m 版权所有：漭州师范学院后勤管理处⟧　⟦m 后勤服务热线：0391-8852000⟧</div>
</body></html>
""",
        body="""
暑假期间，后勤管理处对全校14栋学生公寓的电表远程抄表系统进行了升级改造，新学期开学前全部投入使用。
此次升级共更换宿舍智能电表2860只，学生可通过校园服务平台实时查看宿舍用电量和余额，并在线缴费。
后勤管理处能源科科长鄄文斌介绍，新系统还增加了余额不足提醒功能，余额低于5元时会自动推送消息，避免夜间突然断电。
⟦m ▲ 工作人员在学生公寓调试新电表⟧
后勤管理处提醒同学们，宿舍内严禁使用大功率电器，系统检测到违规用电将自动断电并记录。
""",
    ),
    dict(
        slug="university-mangzhou-archive-call-old-flasks",
        site="漭州师范学院校史馆 (invented)",
        style="高校官网",
        genre="启事",
        kind="notice",
        form="text",
        source="https://xsg.mzsy.example.edu.cn/tzgg/2025/0318/219.html",
        title="关于征集老式热水瓶等校史实物的启事",
        record_title="关于征集老式热水瓶等校史实物的启事-漭州师范学院校史馆",
        date="2025-03-18",
        notes="university museum notice: the museum's own phone and mailbox in the body beside the site's visiting-hours and booking lines; an 'online donation registration' button glued after a 。",
        page="""
!m 漭州师范学院校史馆
!m 首页 ｜ 馆藏精品 ｜ 校史长廊 ｜ 通知公告 ｜ 参观预约
!t 关于征集老式热水瓶等校史实物的启事
!m 2025-03-18　｜　阅读 516
{BODY}
!m 开馆时间：周二至周日 9:00—16:30（周一闭馆）
!a 团体参观请提前三天在线预约
!m 漭州师范学院校史馆 版权所有
""",
        body="""
全校师生员工、广大校友：
热水瓶曾是几代学子宿舍生活的必需品。排队打开水、暖瓶摆满楼道，是许多校友共同的记忆。为丰富校史馆“宿舍生活”展区，现面向全校师生和校友征集老式热水瓶及相关实物。
一、征集范围：1960年至2000年间在校使用过的热水瓶、打水票、水房照片等。
二、征集方式：捐赠或借展均可，校史馆将颁发收藏证书。⟦a 【在线登记捐赠意向】⟧
三、联系方式：校史馆鄄老师，电话：0391-8852046，邮箱：xsg@mzsy.example.edu.cn。
漭州师范学院校史馆
2025年3月18日
""",
    ),
    dict(
        slug="countyforum-linshan-postbox-unopened-jammer",
        site="嶙山生活网 论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.linshanlife.example.com/thread-90217-1-1.html",
        title="我们小区门口的邮筒半年没人开箱了？",
        record_title=None,
        date=None,
        notes="county forum, no record title: the thread subject is the title; jammer fonts in the post; 发表于 昨天 (no date); weather line, medals, a decoration ad, an official-reply link",
        page="""
<html><head><meta charset="gbk">
<title>嶙山生活网 - 嶙山人自己的网上家园</title>
<script src="data/cache/common.js?v=Lq2"></script>
<style>.jammer{display:none}</style>
</head><body>
<div class="weather">⟦m 嶙山今日：多云 3℃~11℃　空气质量：良⟧</div>
<div id="hd">⟦m 嶙山生活网⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a> <a>⟦a 手机版⟧</a></div>
<div id="pt">⟦m 嶙山生活网 › 嶙山论坛 › 百姓话题⟧</div>
<div class="ad">⟦w 嶙山装修就找匠邻家装，免费上门量房 0391-8561177⟧</div>
<table><tr>
<td class="pls">⟦m 泗桥路老住户⟧<br>⟦m 勋章：热心市民　老街坊⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 21:40⟧　⟦m 查看: 3108　回复: 42⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【官方回复】本帖已转交区邮政管理局，点此查看答复⟧</div>
<div class="po">⟦a 回复　支持(57)　反对(0)　分享⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 涿园老王：我也投过，也没收到⟧</div>
<div id="ft">⟦m 嶙山生活网　豫ICP备16022871号　客服QQ：1902283364⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
住在嶙山区泗桥路的街坊应该都见过，小区门口那只绿色邮筒。
上个月我往里投了一封寄给老家的信，结果到现在家里都没收到。今天仔细一看，邮筒上写着“每日开箱一次”，可投信口都被广告纸塞满了，感觉很久没人来取过信。
有没有知情的朋友说一下，这个邮筒是不是已经不用了？如果不用了，能不能贴个告示，别让大家白投。
已经打了邮政客服电话反映，说会派人核实。有后续我再来更新。
""",
    ),
    dict(
        slug="countyforum-guoyuan-new-meter-bills-junk",
        site="崞原论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.guoyuan365.example.com/forum.php?mod=viewthread&tid=118204",
        title="新换的智能电表是不是走得快？晒晒我家两个月的电费",
        record_title="[街坊热议] 新换的智能电表是不是走得快？晒晒我家两个月的电费 - 崞原论坛",
        date=None,
        notes="county forum post with junk lines and junk glued after 。; a two-month table in the post; 发表于 2 天前 (no date); the power station's own calibration service mentioned in the body",
        page="""
!m 崞原论坛 - 崞原人的网上家园
!m 首页 › 崞原杂谈 › 民生杂谈
!t [街坊热议] 新换的智能电表是不是走得快？晒晒我家两个月的电费
!m 岢头二哥　发表于 2 天前　|　查看 2216　|　回复 38
{BODY}
!l 沙发 镇上老电工：冬天电费高很正常，电暖器是电老虎
!l 板凳 崞原小燕：我家校验过，误差0.3%，合格
!a 登录崞原论坛后才能参与回帖　登录 ｜ 注册
!m 崞原论坛　晋ICP备15004618号
""",
        junk=dict(lines=2, glued=2),
        body="""
上个月供电所来我们岢头镇换了新电表，换完之后我一直觉得电费高了，今天把两个月的账单翻出来对比一下。
月份　用电量（度）　电费（元）
9月　186　98.6
10月　231　122.4
10月多用了45度。后来想想，10月天凉了，家里开了两回电暖器，老人屋里的电热毯也一直插着，这么一算好像也对得上。
发出来是想问问大家，有没有换表后电费明显变高的？供电所说可以申请校验，有校验过的朋友说说结果。
""",
    ),
]
