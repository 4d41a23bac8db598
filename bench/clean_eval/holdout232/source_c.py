"""holdout232, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-zhitu-answer-amber-light-question-title",
        site="知途问答 (invented Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhituwenda.com/q/4418207.html",
        title="黄灯亮时车头已经过了停止线，继续开过去算闯红灯吗？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record, the question is the title; an adopted-answer badge, a vote bar "
        "and more answers; the answer's time is relative (5 小时前), no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>黄灯亮时车头已经过了停止线，继续开过去算闯红灯吗？_知途问答</title>
<script src="https://s.zhituwenda.com/qa/main.41b.js"></script>
</head><body>
<div class="zt-head">⟦m 知途问答 · 问题总有人知道⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="zt-crumb">⟦m 知途问答 › 汽车 › 交通法规⟧</div>
<div class="zt-q"><h1>{T}</h1>
<p class="zt-qmeta">⟦m 提问者：路口新手小宋　浏览 2.3万　关注 41⟧</p></div>
<div class="zt-best"><span class="badge">⟦m ✔ 提问者采纳的回答⟧</span>
<p class="zt-author">⟦m 交规答疑员老邹　回答于 5 小时前⟧</p>
<div class="zt-ans">
{BODY}
</div>
<div class="zt-vote">⟦a ▲ 赞同 612　▼ 反对　💬 评论 37⟧</div></div>
<div class="zt-more"><h3>⟦l 其余 4 个回答⟧</h3>
<p>⟦l 车友甲：过线了就放心走，别急刹⟧</p><p>⟦l 驾校教练贺师傅：看黄灯亮的那一瞬间车头在哪⟧</p></div>
<div class="zt-side"><h4>⟦l 相关问题⟧</h4><p>⟦l 绿灯闪烁时能不能进路口？⟧</p><p>⟦l 右转遇到红灯要不要停？⟧</p></div>
<div class="zt-foot">⟦d 回答仅代表网友观点，不构成法律意见。⟧ ⟦m 知途问答 zhituwenda.com 京ICP备24013390号⟧</div>
</body></html>
""",
        body="""
不算。按照道路交通安全法实施条例的规定，黄灯亮时，已越过停止线的车辆可以继续通行。
判断的关键是黄灯亮起那一刻车头的位置：车头已经越过停止线，继续通过是合法的；车头还没到停止线，就应当停车等待，抢着冲过去虽然不一定被记为闯红灯，但同样有风险。
另外提醒两点：一是不要在黄灯时突然加速，容易和横向起步的车辆相撞；二是路口抓拍一般是拍车辆在红灯期间越过停止线的过程，黄灯时已经过线的，不会被认定为闯红灯。
如果确实收到了违法通知，可以到交警部门申请查看抓拍照片，提出异议。
""",
    ),
    dict(
        slug="qa-linwen-answer-washing-shower-cap",
        site="邻问网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.linwen.cc/question/889104",
        title="浴帽能不能放进洗衣机里洗？",
        record_title="浴帽能不能放进洗衣机里洗？ - 邻问网",
        date=None,
        notes="Q&A page as text: the question as the title with a site suffix; best-answer badge, votes, more "
        "answers; relative times (2 天前, 昨天) are no dates",
        page="""
!m 邻问网 — 生活里的问题，问问邻居
!m 邻问网 > 家居生活 > 清洁收纳
{T}
!m 提问者：匿名用户　2 天前　｜　3 个回答　｜　浏览 864
!m ★ 最佳答案　家务小能手阿芸　回答于 昨天 20:16
{BODY}
!a 有用 58　｜　没用 2　｜　举报
!l 另有 2 位邻居作答
!l 阿亮爸爸：一次性的别洗了，直接扔
!l 路人丙：我都是手洗，晾干就好
!a 我也来答一个
!m 邻问网 linwen.cc　粤ICP备23071266号
""",
        body="""
要看是什么浴帽。
一次性浴帽是很薄的塑料膜做的，本来就是用一次就扔的，洗了也容易破，不建议重复使用。
可以反复用的布面浴帽，一般外层是涤纶布，里层是防水涂层。这种最好手洗：用温水加一点洗衣液，轻轻揉搓后冲干净，挂在通风处晾干就行。放洗衣机里甩，防水层容易起皱开裂，松紧带也会变松。
如果实在想机洗，就装进洗衣袋，选轻柔模式，不要烘干。
另外，浴帽用久了内侧会长霉点，发现了就该换新的，一顶也就十几块钱。
""",
    ),
    dict(
        slug="collection-laozhanzhang-memoir-wooden-bus-sign-gb2312",
        site="老站长文集 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laozhanzhang.net/wj/ztws/07.htm",
        title="我和那块老站牌",
        record_title="我和那块老站牌（站台往事之七）- 老站长文集",
        date=None,
        notes="retired station master's collection: gb2312 table layout with a marquee, chapter links, a visitor "
        "counter and the author's mailbox; a year-only closing line is no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我和那块老站牌（站台往事之七）- 老站长文集</title>
<script language="JavaScript">var hits=0;</script>
</head><body bgcolor="#fffdf4">
<table width="800" border="0" align="center" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 老站长文集⟧</font><br>⟦m 蒋德明　著⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 站台边迎来送往四十年，写下来给儿孙们看⟧</marquee></td></tr>
<tr><td align="center"><a href="../index.htm">⟦m 文集首页⟧</a>&nbsp;&nbsp;<a href="index.htm">⟦m 站台往事⟧</a>&nbsp;&nbsp;<a href="../jy/index.htm">⟦m 家长里短⟧</a>&nbsp;&nbsp;<a href="../ly.htm">⟦m 留言本⟧</a></td></tr>
</table>
<table width="800" border="1" bordercolor="#d8cfb0" align="center" cellpadding="12" cellspacing="0">
<tr><td>
<p align="center"><font size="4"><b>{T}</b></font></p>
<p align="center">⟦m ——站台往事之七——⟧</p>
{BODY}
</td></tr></table>
<table width="800" border="0" align="center">
<tr><td align="center"><a href="06.htm">⟦l 上一篇：第一辆进镇的大客车⟧</a>&nbsp;&nbsp;<a href="index.htm">⟦l 回到目录⟧</a>&nbsp;&nbsp;<a href="08.htm">⟦l 下一篇：售票窗口的小黑板⟧</a></td></tr>
<tr><td align="center">⟦m 给老站长写信：jiangdm1958@sina-mail.cn⟧</td></tr>
<tr><td align="center">⟦m 本文集自开张以来，已有 30417 人次来访⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
一九八六年，我被分到荜坪镇汽车站当站务员。那时镇上只有一条通往县城的班线，站牌是一块刷了白漆的木板，钉在供销社门口的电线杆上。
木板上的字是我写的：“荜坪—槚山，每日三班，早六点、午十二点、晚五点。”风吹日晒，字迹一年就褪了，每年开春我都要爬上梯子描一遍。
有一年夏天刮台风，站牌被吹到了河里。第二天一早，好几个赶车的老乡在电线杆下转来转去，不知道车还来不来。我赶紧找了块纸板写上班次，用铁丝绑了上去。
如今镇上的站牌换成了不锈钢的，还能显示车开到哪儿了。可我总记得那块木板，记得我一笔一画描字的样子。
（二〇二四年冬，于荜坪老屋）
""",
    ),
    dict(
        slug="collection-wantian-memoir-old-drill-oneline",
        site="芄田旧事 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://wantian-jiushi.cn/pian/11",
        title="一把老电钻",
        record_title="《芄田旧事》第十一篇·一把老电钻",
        date=None,
        notes="the whole memoir on one line, paragraphs separated only by their indent; a year in the text is no "
        "date",
        page="""
!m 芄田旧事 · 一个人的村庄记忆
!m 目录　|　上一篇　|　下一篇
{T}
!m 字数 386　·　收录于文集《芄田旧事》
{BODY}
!l ◀ 第十篇 村口的磨刀人　　　第十二篇 晒谷场上的露天电影 ▶
!d 文集内容为作者原创，转载请先征得同意。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
我家有一把老电钻，是父亲一九九二年从县城五金公司买回来的，墨绿色的铁壳，沉甸甸的，要两只手才端得稳。
那时候村里有电钻的人家不多，谁家要装个窗帘杆、挂个镜框，都来借。父亲总是亲自扛着电钻过去，打完孔再把墙上的灰扫干净才走。
母亲埋怨他：“借给人家用就是了，何必自己去？”父亲说：“这东西劲大，不会用的人容易伤手。”
父亲去世后，这把电钻就收在柜子里。前年我装修新房，试着插上电，它居然还能转，只是声音比从前更响了。
""",
    ),
    dict(
        slug="party-fuhu-summary-red-bike-sheds-table",
        site="桴湖先锋网 (invented district Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.fuhuxianfeng.gov.cn/zbyx/202512/t20251219_8804.html",
        title="鹑岭社区党支部“红色车棚”志愿服务项目工作总结",
        record_title="【支部一线】鹑岭社区党支部“红色车棚”志愿服务项目工作总结 - 桴湖先锋网",
        date="2025-12-15",
        date_also=["2025-12-19"],
        notes="Party portal with a study-points prompt and a read-on-phone line; a data table one row a "
        "paragraph; the site's posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【支部一线】鹑岭社区党支部“红色车棚”志愿服务项目工作总结 - 桴湖先锋网</title>
<script src="/static/js/fhxf.min.js"></script>
</head><body>
<div class="dj-top">⟦m 桴湖先锋网⟧ ⟦m 中共柍城市桴湖区委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页　组工动态　支部一线　党员风采　学习园地　党务公开⟧</div>
<div class="dj-pos">⟦m 您现在在：首页 &gt; 支部一线⟧</div>
<div class="dj-main">
<h1>{T}</h1>
<div class="dj-info">⟦m 2025-12-19 10:02　来源：鹑岭社区党支部　浏览：1106⟧</div>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-jf">⟦a 读完本文满60秒，可累计学习积分1分⟧</div>
<div class="dj-code">⟦a 手机扫码，随时随地学⟧</div>
</div>
<div class="dj-right"><h4>⟦l 支部一线 · 最新⟧</h4><ul><li>⟦l 萹塘村党支部冬季送温暖纪实⟧</li><li>⟦l 芼园社区开展“楼道微治理”⟧</li></ul></div>
<div class="dj-foot">⟦m 中共柍城市桴湖区委组织部　地址：桴湖区府前路2号　邮编：334100⟧<br>⟦m 赣ICP备15004421号⟧</div>
<script>fhxf.countRead(8804);</script>
</body></html>
""",
        body="""
今年以来，鹑岭社区党支部针对辖区老旧小区电动车“飞线充电”问题，组织党员志愿者开展“红色车棚”志愿服务项目，取得了较好成效。
一、主要做法
党支部将辖区6个无物业小区划为6个责任区，每个责任区由2名党员包片，协调建设车棚、安装充电桩，并每周巡查一次。
二、取得成效
小区　新建车棚（个）　充电桩（个）　清理飞线（处）
萹塘小区　2　24　17
鹑岭一村　1　12　9
鹑岭二村　1　16　11
三、下一步打算
明年，党支部将把“红色车棚”的经验推广到其余3个小区，并探索由居民自治小组接手日常管理。
中共鹑岭社区支部委员会
2025年12月15日
""",
    ),
    dict(
        slug="party-yangcheng-speech-bus-sign-renewal-cn-date",
        site="柍城交通先锋 (invented Party-building site of a transport bureau)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.ycjtj.gov.cn/ldjh/2025/0327/1190.html",
        title="在“站牌焕新”党建联建签约仪式上的讲话",
        record_title="〔领导讲话〕在“站牌焕新”党建联建签约仪式上的讲话_柍城交通先锋",
        date="2025-03-26",
        notes="speech: the speaker line (neutral) and a date in Chinese numerals under the title; the site's "
        "posting line also gives 2025-03-27 — the date under the title is expected",
        date_also=["2025-03-27"],
        page="""
!m 柍城交通先锋 — 柍城市交通运输局党建工作网
!m 首页 > 领导讲话
{T}
市交通运输局党组书记、局长　袁卫东
（二〇二五年三月二十六日）
!m 发布：2025-03-27　局机关党委　阅读 512
{BODY}
!a 〔我要打印〕　〔分享至工作群〕
!l 相关：公交集团党委“站牌认领”活动启动
!m 柍城市交通运输局机关党委主办　联系电话：0798-3200517
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，市交通运输局机关党委、公交集团党委和桴湖区6个社区党组织在这里签订“站牌焕新”党建联建协议。这是我们把党建工作和为民办实事结合起来的一次具体行动。
全市现有公交站牌2300多块，其中近四成是十年前设置的，信息陈旧、字迹模糊的问题群众反映比较多。联建各方要发挥各自优势：交通部门负责规划和标准，公交集团负责制作安装，社区党组织负责收集群众意见、发动党员认领站牌。
希望各党组织把这件实事办好，让群众在家门口就能感受到变化。年底前，我们要完成300块站牌的更新，并在每块新站牌上标注社区党员志愿者的联系方式。
谢谢大家！
""",
    ),
    dict(
        slug="hospital-jiashan-tcm-news-bathing-kit-caption",
        site="槚山县中医院 (invented hospital site)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.jszyy.com/news/yndt/2025/1112/640.html",
        title="我院为老年住院患者推出“助浴包”服务",
        record_title="【医护暖心事】我院为老年住院患者推出“助浴包”服务 - 槚山县中医院",
        date="2025-11-12",
        notes="hospital news: a booking float, a 24-hour line and an experts list; a photo caption between "
        "paragraphs; the ward's own phone in the body; byline 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【医护暖心事】我院为老年住院患者推出“助浴包”服务 - 槚山县中医院</title>
<script src="/templets/js/jquery.js"></script>
<script src="/templets/js/float.js"></script>
</head><body>
<div class="hd">⟦m 槚山县中医院⟧ ⟦m 二级甲等中医医院　医保定点单位⟧ ⟦m 急诊急救 24 小时：0796-4861120⟧</div>
<div class="nav">⟦m 首页　医院概况　科室导航　专家团队　就医指南　院务公开⟧</div>
<div class="crumb">⟦m 首页 &gt; 新闻中心 &gt; 院内动态⟧</div>
<div class="news">
<h1>{T}</h1>
<p class="info">⟦m 发布时间：2025-11-12　作者：宣传科　浏览次数：389⟧</p>
<div class="con">
{BODY}
</div>
<p class="pn">⟦l 上一篇：我院开展冬季中医养生义诊⟧<br>⟦l 下一篇：针灸科新增夜间门诊⟧</p>
</div>
<div class="side"><h4>⟦l 坐诊专家⟧</h4><p>⟦l 何丽萍　老年病科　副主任护师⟧</p><p>⟦l 罗文昌　脾胃病科　主任医师⟧</p></div>
<div id="yuyue" class="float">⟦a 在线挂号⟧ ⟦w 预约专线 0796-4861000⟧</div>
<div class="ft">⟦m 槚山县中医院　地址：槚山县杏林路66号　邮编：334500⟧<br>⟦d 本站信息仅供参考，不能作为诊断及医疗的依据⟧</div>
</body></html>
""",
        body="""
为方便行动不便的老年住院患者洗浴，近日，我院老年病科推出“助浴包”服务，每个助浴包内有防水浴帽、大毛巾、洗浴椅垫和一次性手套。
“老人住院期间头部有留置针或者刚做完检查，洗澡时最怕进水。”老年病科护士长何丽萍介绍，科室选用的浴帽带有加宽的松紧边，能把耳朵和后颈一起护住，护士会先帮老人戴好，再陪同洗浴。
⟦m 图为护士帮助住院老人戴好浴帽（宣传科供图）⟧
服务推出半个月来，已有63位患者使用，患者家属普遍反映方便、放心。
需要助浴服务的患者及家属，可向病区护士站提出，也可拨打老年病科护士站电话0796-4861023咨询。
""",
    ),
    dict(
        slug="hospital-chouchuan-notice-staff-bike-shed-move",
        site="椆川县人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ccxrmyy.com/tzgg/2025/1027/207.html",
        title="关于职工电动车棚搬迁的通知",
        date="2025-10-27",
        notes="title as is in the record; the logistics department's own contact beside the hospital's switchboard "
        "and 24-hour lines; 成文日期 under the signature",
        page="""
!m 椆川县人民医院　ccxrmyy.com
!m 医院总机：0797-6231000　　急诊：0797-6231120（24小时）
!m 首页 / 院务公开 / 通知公告
{T}
!m 发布部门：后勤保障部　浏览：476
{BODY}
!a 打印 ｜ 关闭
!l 上一篇：关于开展冬季消防安全检查的通知
!m 椆川县人民医院版权所有　赣ICP备09013327号
""",
        indent="\u3000\u3000",
        body="""
各科室：
因住院综合楼二期工程施工需要，原设在门诊楼北侧的职工电动车棚将于11月1日起拆除，新车棚设在医院东门停车场南侧，共设车位260个，配有充电桩40个。现将有关事项通知如下：
一、10月31日前，请各位职工将停放在旧车棚的车辆移至新车棚，逾期未移走的车辆由保卫科统一挪放。
二、新车棚实行刷工作证进出，充电按每度0.8元收费，从工资中扣除。
三、严禁将电动车电池带入病区、办公室充电。
联系人：后勤保障部　冯涛，电话：0797-6231158。
椆川县人民医院后勤保障部
2025年10月27日
""",
    ),
    dict(
        slug="college-yangcheng-news-adaptive-signal-h1",
        site="柍城交通职业技术学院 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ycjtzy.edu.cn/info/1021/8830.htm",
        title="我校学生团队研发的自适应信号灯在椐阳县试运行",
        record_title=None,
        date="2025-05-16",
        notes="college news page: no title in the record, the <h1>; a dotted date in the byline is the page's "
        "date; a 'recommended' line and a related list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>我校学生团队研发的自适应信号灯在椐阳县试运行-柍城交通职业技术学院</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="top">⟦m 柍城交通职业技术学院⟧ ⟦m 明德 笃行 通达 致远⟧</div>
<div class="menu">⟦m 学院首页　学院概况　院系设置　招生就业　科学研究　校园文化⟧</div>
<div class="loc">⟦m 当前位置：学院首页 &gt;&gt; 交院新闻 &gt;&gt; 正文⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="author">⟦m 2025.05.16　撰稿：智能交通学院　摄影：刘晨　审核：党委宣传部⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="tj">⟦l 推荐给更多同学看 →⟧</div>
</div>
<div class="rel"><h4>⟦l 交院新闻⟧</h4><p>⟦l 我院举办第三届智能网联汽车技能竞赛⟧</p><p>⟦l 学院与柍城公交集团共建实训基地⟧</p></div>
<div class="foot">⟦m 版权所有 © 柍城交通职业技术学院　地址：柍城市学府大道999号⟧　⟦m 赣ICP备12006603号⟧</div>
<script>_showDynClicks("wbnews", 1021, 8830);</script>
</body></html>
""",
        body="""
5月14日，我校智能交通学院学生创新团队研发的“自适应路口信号灯控制系统”在椐阳县建设路与芄田大道交叉口开始试运行。
该系统通过路口摄像头识别各方向排队车辆数，每隔一个周期自动调整绿灯时长。试运行首日，该路口早高峰平均排队长度由原来的22辆减少到14辆。
团队指导教师钱明远介绍，项目从去年9月启动，6名学生利用课余时间完成了算法设计和设备调试，前后修改方案十余次。
下一步，学院将与椐阳县交警大队共同跟踪试运行数据，争取年底前在更多路口推广应用。
""",
    ),
    dict(
        slug="university-ligong-notice-clear-bike-sheds",
        site="柍城理工学院 后勤保障处 (invented university site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.ycit.edu.cn/info/1005/2231.htm",
        title="关于清理校园非机动车棚长期停放车辆的通知",
        record_title="关于清理校园非机动车棚长期停放车辆的通知 - 后勤保障快讯 - 柍城理工学院",
        date="2025-06-10",
        notes="university department page: column and site suffixes in the record title; the office's own "
        "consultation phone in the body beside the site's technical line",
        page="""
!m 柍城理工学院 · 后勤保障处
!m 首页 > 后勤保障快讯 > 正文
{T}
!m 作者：物业管理科　来源：后勤保障处　点击：2207
{BODY}
!a 【关闭】【打印本页】
!l 上一条：学生公寓暑期维修工程安排
!l 下一条：北区食堂暑期营业时间调整
!m Copyright © 柍城理工学院后勤保障处　网络技术支持：信息化中心 0798-3389900
""",
        body="""
全校师生：
每年毕业季，校园车棚内都会留下大量无人认领的自行车和电动车，既占用车位，又存在消防隐患。为此，学校决定于6月集中清理校园非机动车棚内长期停放的车辆。
一、6月10日至20日为自行认领期。请各位师生到车棚查看，对仍在使用的车辆，在车把上系好学校统一发放的绿色标签。
二、6月21日起，对未系标签、车身积尘明显的车辆，由保卫处统一清运至北区临时存放点，保存3个月。
三、逾期仍无人认领的车辆，学校将按规定处置，所得款项用于车棚维修。
咨询电话：0798-3389021（后勤保障处）。
柍城理工学院后勤保障处
2025年6月10日
""",
    ),
]
