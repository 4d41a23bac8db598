"""holdout360, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (each once as HTML, once as text).

Invented text throughout (see ../README.md); markup as ../build.py describes.
"""

CASES = [
    dict(
        slug="qa-jiehuoba-aerator-stuck-missing-title-html",
        site="解惑吧问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.jiehuoba.com/q/3318204/a/7710925",
        title="水龙头上的起泡器拧不下来怎么办？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record, the question in the <h1>; an adopted-answer badge, vote bar, more answers; answered 2 个月前 (no date); a numbered list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>解惑吧问答 - 有问题，上解惑吧</title>
<script src="//s.jiehuoba.com/qa/app.9f1c.js"></script>
</head><body>
<div class="qa-nav">⟦m 解惑吧问答⟧ <a>⟦m 首页⟧</a> <a>⟦m 家居生活⟧</a> <a>⟦a 我要提问⟧</a></div>
<div class="question">
<h1>{T}</h1>
<p class="q-desc">⟦m 提问者：匿名网友　｜　78 人也想知道⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳的回答⟧</div>
<div class="ans-user">⟦m 水暖师傅老韩　优质回答者　2 个月前回答⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 有用 412　没用 9　｜　评论 23⟧</div>
</div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 用吹风机吹一吹再拧，我家就是这么弄下来的⟧</p>
<p>⟦l 直接找物业维修，十块钱的事⟧</p></div>
<div class="rel">⟦l 相关问题：起泡器多久清洗一次？｜ 起泡器装上后水变小了正常吗？⟧</div>
<div class="ft">⟦m 解惑吧问答 jiehuoba.com　京ICP备20037114号⟧</div>
</body></html>
""",
        body="""
起泡器拧不动，多半是水垢把螺纹粘住了。别急着用蛮力，照下面几步试试：
1.先关掉水龙头下面的角阀，防止拧开后水喷出来。
2.拿一块干毛巾包住起泡器外圈，用手按逆时针方向拧，毛巾能增加摩擦，也能防止划伤表面。
3.手拧不动，就把白醋倒进塑料袋，套在起泡器上用皮筋扎紧，泡两三个小时，水垢软了再拧。
4.还是不行，可以用管钳或者扳手，钳口垫上布，慢慢使劲，不要猛拧，以免把龙头出水嘴拧变形。
拆下来以后，把滤网放在白醋里泡一泡，用旧牙刷刷干净再装回去。以后最好每两三个月拆洗一次，就不会再粘死了。
""",
    ),
    dict(
        slug="qa-baiwentang-threader-wire-broken-text",
        site="百问堂 (invented Q&A, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://baiwentang.cn/wenti/202590113.html",
        title="穿针器的细钢丝断了还能修吗？",
        record_title="穿针器的细钢丝断了还能修吗？ · 百问堂·家务杂问",
        date=None,
        notes="Q&A text: the site's name after the question in the record; the answer edited 昨天 (no date); vote row and more answers",
        page="""
!m 百问堂　有问必答
!m 百问堂 > 家居问答 > 针线缝补
{T}
!m 问题补充：奶奶用的那种铝片带钢丝圈的，钢丝圈断了一截
!m 最佳答案　答主：巧手阿绣　编辑于 昨天
{BODY}
!a 这个答案对你有帮助吗？　有帮助（96）　没帮助（3）
!l 更多网友答案（4）
!l 樱桃丸子：淘宝一块钱能买十个，不值得修
!l 我就叫老谢：断了就扔吧，别扎到手
!d 百问堂答案均为网友提供，仅供参考
""",
        body="""
能修，但不太值得。
常见的穿针器，就是一片小铝片上连着一个菱形的细钢丝圈。钢丝圈断了，用钳子把断头对上也接不牢，穿两次线又会断开，而且断口很尖，容易扎到手。
穿针器很便宜，一般一两块钱一个，建议直接买新的，一次多买几个备着。买的时候挑钢丝稍粗一点、铝片上有压花防滑的，经久耐用。
如果实在想修，可以剪一小段细保险丝，对折成菱形，用尖嘴钳把两头压进铝片原来的夹口里，凑合还能用一阵子。
""",
    ),
    dict(
        slug="anthology-shutian-memoir-mother-threader-gb2312",
        site="蔬田旧话 (invented retired teacher's collection, old gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.shutianjiuhua.com/juan4/11.htm",
        title="母亲的穿针器",
        record_title="《蔬田旧话》卷四·其十一：母亲的穿针器",
        date=None,
        notes="a retired teacher's collection in an old table layout: marquee, volume links, the author's mailbox, a visitor counter; the essay ends with a 写于 line naming only a season (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《蔬田旧话》卷四·其十一：母亲的穿针器</title>
<style>td{font-size:14px;line-height:26px}</style>
</head>
<body bgcolor="#F6F1E4">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td align="center"><font size="5">⟦m 蔬田旧话⟧</font><br>⟦m 一个老教书匠的零碎记忆⟧</td></tr>
<tr><td><marquee behavior="alternate" width="760">⟦m 欢迎老同事、老学生常来坐坐，留言请写信⟧</marquee></td></tr>
<tr><td align="center">⟦l 卷一 童年 | 卷二 求学 | 卷三 教书 | 卷四 家人 | 卷五 杂感⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ＜＜ 卷四·其十：父亲挑水⟧　　⟦l 卷四·其十二：外婆的灶台 ＞＞⟧</td></tr>
<tr><td align="center">⟦w 给作者写信：shutian_laoshi@126.com⟧<br>⟦m 本集自2009年开张，您是第 052917 位读者⟧</td></tr>
</table>
</body></html>
""",
        body="""
母亲的针线笸箩里，有一个穿针器，铁皮做的，比指甲盖大不了多少，头上一个菱形的钢丝圈，磨得发亮。
那是我参加工作第一年，在县城百货商店花一毛二分钱给她买的。那时候母亲五十出头，眼睛已经花了，晚上在煤油灯下补衣服，穿一根线要眯着眼睛对半天。我把穿针器递给她，教她把钢丝圈伸进针眼，把线往圈里一搭，再往回一拉，线就过去了。母亲试了一次，笑着说：“城里人就是会想办法。”
后来，这个穿针器跟着她缝了三十多年的衣服、被子和鞋垫。钢丝圈断过一次，是父亲用细铁丝给接上的。
母亲去世后，我在笸箩里找到了它，钢丝圈上还缠着半截白线。我没舍得把线取下来，就那样把它收进了书桌的抽屉。
——写于甲辰年冬至前夜
""",
    ),
    dict(
        slug="anthology-dengxia-essay-beer-mug-summer-text",
        site="灯下拾零 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://dengxiashiling.net/wen/0317",
        title="啤酒杯里的夏天",
        record_title="啤酒杯里的夏天（旧文重贴）— 灯下拾零",
        date=None,
        notes="personal collection: essay with no date (added 3 个月前); chapter links and reader comments below; gap between paragraphs",
        gap=True,
        page="""
!m 灯下拾零 · 第三辑 · 市井
!m 目录 ／ 第三辑 ／ 第17篇
!t 啤酒杯里的夏天（旧文重贴）
!m 收入本集：3 个月前　｜　读过：902
{BODY}
!l 〈 上一篇：菜市场的秤　　下一篇：修鞋的老宋 〉
!l 读者留言（6）：“写出了我们小时候的夏天”
!m 灯下拾零　文字自留地，转引请注明出处
""",
        body="""
小时候，晰阳老街上有一家冷饮店，夏天的傍晚门口总是摆满了小方桌，桌上是一排排带把的玻璃啤酒杯。

那种杯子很厚，拿在手里沉甸甸的，杯壁上凝着一层细密的水珠。大人们一手摇着蒲扇，一手举着杯子，说着一天的闲话，杯子碰在一起，“当”的一声，清脆得很。

我那时候还不能喝酒，只能要一杯橘子汽水，店家也是用啤酒杯给我装。我学着大人的样子，把杯子举得高高的，觉得自己也长大了。

如今老街拆了，冷饮店早就不在了。我在超市里见过各式各样的啤酒杯，薄的、高的、印着洋文的，却再也没见过那种厚墩墩的杯子。有时候我想，我怀念的也许不是杯子，而是那些不用赶时间的夏天。
""",
    ),
    dict(
        slug="party-fanchuan-xianfeng-speech-service-box-threader-html",
        site="藩川先锋网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.fcxianfeng.gov.cn/jcdj/202505/t20250514_7730.html",
        title="镇党委书记在“初心小站”便民服务箱启用仪式上的讲话",
        record_title="【先锋驿站】镇党委书记在“初心小站”便民服务箱启用仪式上的讲话 - 藩川先锋网",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="Party portal: study-points prompt, read-on-phone QR line; a speaker line and a date in Chinese numerals under the speech title (neutral); the title keeps the speaker's role; portal date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【先锋驿站】镇党委书记在“初心小站”便民服务箱启用仪式上的讲话 - 藩川先锋网</title>
<script src="/static/xf/xfstat.js"></script>
</head><body>
<div class="xf-top">⟦m 藩川先锋网　中共藩川县委组织部主办⟧</div>
<div class="xf-nav">⟦m 首页⟧ ⟦m 组工动态⟧ ⟦m 基层党建⟧ ⟦m 党员教育⟧ ⟦m 人才工作⟧</div>
<div class="xf-pos">⟦m 您当前所在：首页 / 基层党建 / 先锋驿站⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-info">⟦m 发布：2025-05-14　来源：坷口镇党委　作者：镇党政办⟧</div>
<div class="xf-study">⟦a 党员登录后阅读满3分钟，可累计学习积分1分⟧</div>
<p class="center">坷口镇党委书记　钟岳</p>
<p class="center">（二〇二五年五月十二日）</p>
{BODY}
<div class="xf-qr">⟦a 手机扫一扫，随时随地学党建⟧</div>
</div>
<div class="xf-side"><h4>⟦l 驿站故事⟧</h4><ul><li>⟦l 斌河镇“四点半课堂”开课了⟧</li><li>⟦l 党员志愿者为留守老人理发⟧</li></ul></div>
<div class="xf-foot">⟦m 中共藩川县委组织部　地址：藩川县文峰路1号　赣ICP备14002297号⟧</div>
</body></html>
""",
        body="""
同志们、乡亲们：
今天，我们在镇党群服务中心“初心小站”举行便民服务箱启用仪式。这个服务箱不大，里面放的都是群众用得着的小物件：老花镜、穿针器、针线包、雨伞、充电线、常用创伤敷料。群众路过驿站，有需要就可以免费取用。
为什么要做这件小事？去年党员入户走访时，不少老人跟我们说，衣服扣子掉了想自己缝，可眼睛看不清，针眼穿不进去。这让我们意识到，为群众办实事，很多时候就是从一个穿针器这样的小事做起。
下一步，镇党委将在各村党群服务站都设置便民服务箱，由党员志愿者每周补充物品，登记群众意见。希望全镇党员干部把服务箱管好用好，让群众在家门口就能感受到党组织的温暖。
""",
    ),
    dict(
        slug="party-jianzhou-jiguan-summary-water-volunteer-text",
        site="柬州机关党建网 (invented Party-building site, text)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jzjgdj.cn/zbfc/2024/1203/5129.html",
        title="柬州市水务集团机关第二党支部“节水护水”志愿服务活动总结",
        record_title="柬州市水务集团机关第二党支部“节水护水”志愿服务活动总结｜支部志愿纪实 - 柬州机关党建网",
        date="2024-11-30",
        date_also=["2024-12-03"],
        notes="Party site text: a branch's summary with a data table; 成文日期 under the signature; the site's posting date also accepted",
        indent="\u3000\u3000",
        page="""
!m 柬州机关党建网　|　支部风采
!m 首页 ＞ 支部风采 ＞ 志愿服务
{T}
!m 时间：2024-12-03　稿源：市水务集团机关党委　阅读：318
!a 〖收藏〗〖转发〗〖打印〗
{BODY}
!l 相关阅读：水务集团开展“世界水日”主题党日活动
!m 中共柬州市直机关工作委员会　技术支持：柬州市信息中心
""",
        body="""
今年以来，机关第二党支部以“节水护水”志愿服务为抓手，组织党员深入社区、学校开展节水宣传和入户服务，把党建活动和水务主业结合起来。现总结如下。
一是入户加装起泡器。支部党员利用周末走进晰园、藩风里等六个老旧小区，为困难家庭和独居老人免费加装厨房、卫生间水龙头起泡器，并讲解清洗方法。
二是走进校园讲节水。党员到四所小学开展“节水小课堂”，用两只水龙头做对比实验，让孩子们看到装与不装起泡器的出水差别。
⟦d 活动照片由机关第二党支部提供，转用请先联系本网⟧
三是排查小区漏水。志愿者随身携带检漏工具，帮助居民查找马桶、水管跑冒滴漏问题，能修的当场修好。
全年活动情况如下：
项目　次数　受益户（人）
入户加装起泡器　12　386户
节水小课堂　8　1120人
漏水排查　10　254户
明年，支部将把入户服务范围扩大到全部老旧小区，让“节水护水”成为支部的服务品牌。
柬州市水务集团机关第二党支部
2024年11月30日
""",
    ),
    dict(
        slug="hospital-jianzhou-second-beer-mug-cut-first-aid-html",
        site="柬州市第二人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.jzsey.com/jkxj/2025/0708/2619.html",
        title="啤酒杯碎了割伤手，这样处理最稳妥",
        record_title="【夏夜急诊课】啤酒杯碎了割伤手，这样处理最稳妥-医护说健康-柬州市第二人民医院",
        date="2025-07-08",
        notes="hospital site: booking float, 24-hour line, experts list; the department's own 咨询电话 inside the article beside the hospital's booking and 24-hour lines; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【夏夜急诊课】啤酒杯碎了割伤手，这样处理最稳妥-医护说健康-柬州市第二人民医院</title>
<script src="/js/jzsey-float.js"></script>
</head><body>
<div class="h-top">⟦m 柬州市第二人民医院　三级综合医院⟧　⟦m 预约挂号：0795-6119000⟧　⟦m 急救24小时：0795-6119120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 医护说健康⟧</li><li>⟦m 就医指南⟧</li></ul>
<div class="h-pos">⟦m 当前位置：首页 &gt; 医护说健康 &gt; 夏夜急诊课⟧</div>
<div class="h-art">
<h1>{T}</h1>
<div class="h-info">⟦m 发布时间：2025-07-08　作者：急诊医学科 孟子衿　审核：宣传科⟧</div>
{BODY}
<div class="h-tip">⟦d 本文仅作健康科普，不能替代医生面诊⟧</div>
</div>
<div class="h-side"><h3>⟦l 急诊科专家⟧</h3><ul><li>⟦l 邬建平　主任医师⟧</li><li>⟦l 孟子衿　主治医师⟧</li></ul></div>
<div class="h-float">⟦a 在线约号⟧<br>⟦a 检查报告查询⟧</div>
<div class="h-foot">⟦m 柬州市第二人民医院　地址：柬州市塾湖区康宁大道300号　赣ICP备09017725号⟧</div>
</body></html>
""",
        body="""
夏季是啤酒消费旺季，急诊科每到晚上都会接诊被碎啤酒杯割伤的患者，有的是碰杯太用力，有的是收拾碎片时不小心。那么，被碎玻璃割伤后该怎么处理呢？
首先，看伤口里有没有玻璃碴。如果能看到碎片，不要自己用镊子往深处夹，以免把碎片推得更深。
其次，压迫止血。用干净的纱布或毛巾直接按压伤口五到十分钟，同时抬高受伤的手。大多数小伤口这样就能止血。
再次，及时就医。伤口长于一厘米、深得能看到黄色脂肪、止不住血，或者手指活动受限、发麻的，可能伤到了肌腱或神经，要尽快来医院处理。
最后提醒大家，家里的啤酒杯有裂纹、缺口的要及时扔掉，收拾碎玻璃时戴上手套。对伤口处理有疑问的，可拨打急诊医学科咨询电话0795-6119302。
""",
    ),
    dict(
        slug="hospital-xiyang-tcm-notice-electrician-skills-record",
        site="晰阳县中医院 (invented hospital site, text)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xyxzyy.com/tzgg/2025/0605/0381.html",
        title="关于开展后勤电工安全技能比武的通知",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="hospital notice as text: record title as is; 成文日期 in Chinese numerals; the notice's own 内线 beside the hospital's switchboard and complaint lines",
        page="""
!m 晰阳县中医院　|　院务公开
!m 首页 › 院务公开 › 通知公告
{T}
!m 作者：后勤保障科　发布：2025-06-05　浏览：167
{BODY}
!l 上一条：关于调整夏季门诊作息时间的通知
!l 下一条：中医院开展“三伏贴”预约登记
!m 医院总机：0795-7202100　投诉电话：0795-7202155
!m 晰阳县中医院 版权所有 © 2025
""",
        body="""
各科室、后勤各班组：
为提高后勤电工队伍的安全操作水平，保障医院用电安全，后勤保障科定于6月18日在综合楼一楼配电室开展后勤电工安全技能比武。现将有关事项通知如下。
一、参赛人员：后勤保障科全体持证电工，共十一人。
二、比武内容：一是理论考试，内容为电气安全规程和医院重点部位用电要求；二是实操考核，包括正确使用测电笔验电、更换插座、排查线路漏电和手术室不间断电源切换操作四项。
三、有关要求：参赛人员须自带测电笔、绝缘手套等个人工具，比武前由考评组统一检查工具是否完好。
比武设一等奖一名、二等奖二名、三等奖三名，成绩纳入年度考核。
联系人：后勤保障科　魏长山　内线：8317
晰阳县中医院后勤保障科
二〇二五年六月三日
""",
    ),
    dict(
        slug="college-jianzhou-ligong-news-pegboard-wall-missing-title-html",
        site="柬州理工学院 机电工程学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://jdxy.jzlg.edu.cn/info/1032/6215.htm",
        title="机电工程学院学生自制打孔板工具墙亮相实训中心",
        record_title=None,
        record_date="2025-04-22",
        date="2025-04-22",
        notes="college news page: no title in the record, found in the <h1>; the record gives the date; a dotted date, author/photo line, campus-photos link and a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>柬州理工学院机电工程学院</title>
<link rel="stylesheet" href="/css/jdxy.css">
</head><body>
<div class="c-head">⟦m 柬州理工学院 · 机电工程学院⟧ <a>⟦m 学校主页⟧</a> <a>⟦a 英文版⟧</a></div>
<div class="c-nav">⟦m 学院概况 ｜ 师资队伍 ｜ 教学工作 ｜ 学生工作 ｜ 党建园地⟧</div>
<div class="c-pos">⟦m 首页 » 学院新闻⟧</div>
<div class="c-art">
<h1>{T}</h1>
<div class="c-date">⟦m 2025.04.22　文：学生会宣传部 葛悠　图：滕川　点击：[531]⟧</div>
{BODY}
<p>⟦l 更多校园风采，请进入学院相册⟧</p>
</div>
<div class="c-foot">⟦m 柬州理工学院机电工程学院 版权所有　地址：柬州市塾湖区明德路66号⟧</div>
</body></html>
""",
        body="""
近日，机电工程学院实训中心钳工车间的墙上多了一面特别的“工具墙”：四块蓝色打孔板上，锉刀、锯弓、游标卡尺、扳手按大小排得整整齐齐，每件工具下面都画着白色轮廓线。这面工具墙是机械制造专业二年级学生利用课余时间自己设计、自己安装的。
“以前工具放在抽屉里，上课前要花十几分钟找齐，下课清点也麻烦。”项目负责人、2023级学生韦一鸣介绍，同学们先测量了每件工具的尺寸，画出排布图，再用车间的边角料做了挂钩和托架，前后用了三周时间。
⟦m 学生在打孔板工具墙前清点工具⟧
实训中心主任表示，工具墙投入使用后，每节课清点工具的时间缩短到三分钟以内，下学期将在焊接车间和电工车间推广。
""",
    ),
    dict(
        slug="college-shuhu-normal-notice-dorm-aerators-text",
        site="塾湖师范高等专科学校 后勤保障处 (invented college site, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hqc.shsz.edu.cn/tzgg/2025/0303/c1187a40912/page.htm",
        title="关于学生公寓盥洗室更换节水起泡器的通知",
        record_title="关于学生公寓盥洗室更换节水起泡器的通知 - 水电服务公告 - 塾湖师专",
        date="2025-03-03",
        notes="college notice as text: the notice's own contact beside the college office's line; a schedule table; 成文日期 under the signature",
        page="""
!m 塾湖师范高等专科学校后勤保障处
!m 首页 / 通知公告 / 正文
{T}
!m 发布者：hqc_admin　浏览次数：904
{BODY}
!a 打印　｜　关闭
!l 关于开展春季学生公寓安全检查的通知
!l 食堂二楼风味窗口调整营业时间的公告
!m 学校办公室：0795-6650001　地址：塾湖区青衿路2号
""",
        body="""
各学院、全体住宿学生：
为推进节约型校园建设，后勤保障处将对学生公寓盥洗室的水龙头统一更换节水起泡器。现将有关事项通知如下。
一、施工安排
楼栋　施工日期　施工时段
1—3号公寓　3月10日　9:00—11:30
4—6号公寓　3月11日　9:00—11:30
7—8号公寓　3月12日　14:30—17:00
二、注意事项
施工期间盥洗室将分批停水，每次不超过半小时，请同学们提前储备用水。更换后出水呈气泡状属正常现象，请勿自行拆卸起泡器；如发现漏水、出水过小，请及时报修。
联系人：后勤保障处水电中心　邱正　电话：0795-6650237
后勤保障处
2025年3月3日
""",
    ),
]
