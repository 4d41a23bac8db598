"""holdout210, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="dalai-qa-oil-heater-all-night",
        site="答来答去 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.dalaidaqu.com/q/20993471",
        title="油汀开一整夜安全吗？会不会很费电？",
        record_title=None,
        date=None,
        notes="no title in the record: the question (<h1>) is the title; the question's detail line is unmarked; an "
        "adopted-answer badge, vote row, 回答于 3 天前 (no date) and more answers",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>油汀开一整夜安全吗？会不会很费电？ - 答来答去</title>
<link rel="stylesheet" href="/static/qa/question.css">
<script src="/static/qa/vote.js"></script>
</head><body>
<div class="dl-top"><a href="/">⟦m 答来答去⟧</a> <span>⟦m 有问题，答来答去总能答明白⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="dl-crumb">⟦m 答来答去 › 家居生活 › 家用电器⟧</div>
<div class="dl-question">
<h1>{T}</h1>
<p class="dl-q-desc">家里老人怕冷，想买个油汀晚上一直开着，安全吗？电费会不会很高？</p>
<p class="dl-q-meta">⟦m 提问者：匿名用户　浏览 4,207 次⟧</p>
</div>
<div class="dl-answer best">
<div class="dl-badge">⟦m ✔ 提问者采纳⟧</div>
<div class="dl-user">⟦m 暖通阿涛　家电维修12年　回答于 3 天前⟧</div>
<div class="dl-content">
{BODY}
</div>
<div class="dl-vote">⟦l 有用 318　没用 6　评论 14⟧ ⟦a 分享这个回答⟧</div>
</div>
<div class="dl-others"><h3>⟦l 其他 7 个回答⟧</h3>
<p>⟦l 冬冬爸：我家开了三个冬天，开恒温一晚大概四五度电⟧</p>
<p>⟦l 匿名用户：记得买带倾倒断电的⟧</p></div>
<div class="dl-side"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 油汀和暖风机哪个更省电？⟧</li><li>⟦l 油汀放卧室会不会太干？⟧</li></ul></div>
<div class="dl-foot">⟦d 回答内容仅代表网友个人观点，不构成专业建议。⟧ ⟦m © 答来答去 dalaidaqu.com 京ICP备22031146号⟧</div>
</body></html>
""",
        body="""
油汀整夜开着，只要产品合格、摆放得当，一般不会有大问题，但有几点要注意。
安全方面：油汀是密封充油的取暖器，表面温度不算太高，也不耗氧，比小太阳、电热扇更适合夜里用。但一定要放在离床和窗帘一米以外，不要在上面搭衣服，插头要直接插墙上的插座，不要经过接线板。
费电方面：常见的油汀功率在两千瓦左右，开到高档一小时就是两度电。建议睡前开高档把房间烘暖，入睡后调到低档或者开恒温，有定时功能的设到凌晨三四点关机，能省下不少电。
另外，家里有小孩的，最好买带防护罩的款式。油汀用了多年出现漏油或者有异味，就别再用了。
""",
    ),
    dict(
        slug="wenge-qa-curtain-rod-drill-or-not",
        site="问个明白网 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.wengemingbai.com/question/771204.html",
        title="窗帘杆选免打孔的还是打孔的？租房用哪种好？",
        record_title="窗帘杆选免打孔的还是打孔的？租房用哪种好？ ~ 家装频道 ~ 问个明白网",
        date=None,
        notes="Q&A text page: the question as the title with a column and site suffix; best-answer badge; relative "
        "answer time (no date); 'more answers' and related questions below",
        page="""
!m 问个明白网 · 家装频道
!m 全部问题 > 家装 > 软装
{T}
!m 2 个回答　·　关注 36　·　浏览 1,508
!m ★ 最佳回答　　租过七套房的阿南　　昨天
{BODY}
!l 👍 赞同 97　　💬 评论 5　　⤴ 分享
!l 查看另外 1 个回答
!l 相关问题：免打孔窗帘杆总往下掉怎么办？｜罗马杆和轨道哪个好？
!a 没找到答案？向网友提问
!d 问个明白网所有回答均来自网友，仅供参考。
""",
        body="""
租房的话，先看窗户上方是什么结构，再做决定。
如果窗户是内嵌在墙里的，窗洞两侧有墙，免打孔伸缩杆最省事：靠弹簧和橡胶垫把杆子撑在两侧墙面上，不伤墙，退租时拆下来就行。但它承重有限，一般只适合挂纱帘或者薄窗帘，挂遮光布帘容易往下滑。
如果窗户在一面平墙上、两侧没有着力点，或者要挂很重的遮光帘，那还是老老实实打孔装支架。跟房东打个招呼，退房时用补墙膏把孔补上，基本看不出来。
我自己租房装过两次，卧室用打孔的挂遮光帘，厨房小窗用免打孔的挂纱帘，各取所长。
""",
    ),
    dict(
        slug="pusou-collection-father-wooden-power-strip",
        site="蒲叟文存 (invented personal site, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.pusou-wencun.net/jiushi/014.htm",
        title="父亲的那只木头接线板",
        record_title="〔灯火旧事·十四〕父亲的那只木头接线板 — 蒲叟文存",
        date=None,
        notes="a retired man's personal site in an old table layout: marquee, chapter links, a visit counter, the "
        "author's mailbox; a memoir with no date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔灯火旧事·十四〕父亲的那只木头接线板 — 蒲叟文存</title>
<style>body{font-size:14px}td{line-height:26px}</style>
<script language="JavaScript">function openwin(){window.open("guestbook.asp","","width=420,height=300")}</script>
</head>
<body bgcolor="#fdf8ee">
<table width="780" align="center" border="0"><tr><td align="center">
<font size="6" face="楷体_GB2312">⟦m 蒲叟文存⟧</font><br>
<marquee width="600" scrollamount="2">⟦m 欢迎光临寒舍，老屋旧事，慢慢说给您听⟧</marquee>
</td></tr>
<tr><td align="center">⟦m 〖首页〗〖灯火旧事〗〖田间杂记〗〖诗词习作〗〖留言簿〗⟧</td></tr>
</table>
<table width="780" align="center" border="1" bordercolor="#d9c8a0" cellpadding="16"><tr><td>
<p align="center"><font size="5">{T}</font></p>
<p align="center"><font color="#999">⟦m 灯火旧事　第十四篇⟧</font></p>
{BODY}
<p align="center">⟦l 〖上一篇：堂屋里的广播匣子〗⟧　⟦l 〖回目录〗⟧　⟦l 〖下一篇：供销社的柜台〗⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦w 读后有话想说，请写信给蒲叟：puhuaiyuan@pusou-wencun.net⟧<br>
⟦m 本页已被翻阅 3318 次⟧<br>
⟦d 文存所收皆蒲叟旧作，转载请先来信。⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候家里只有一个插座，在堂屋的墙角。父亲是生产队的电工，有一年冬天，他用一块刨光的杉木板、两个瓷插座和一截花线，给家里做了一个接线板。
那只接线板有一尺来长，父亲在背面刻了“蒲记”两个字，又刷了两遍清漆。有了它，母亲纳鞋底的台灯和我写作业的灯可以同时亮着，全家都觉得是件了不起的事。
父亲用它的规矩很多：不许湿手碰，不许放在地上，不用的时候一定要拔下来挂在墙钉上。他说，电这东西看不见，敬着它，它就不伤人。
后来家里装了新线路，墙上到处是插座，那只木头接线板就收进了柜子。去年整理老屋，我又把它翻了出来，瓷插座已经泛黄，“蒲记”两个字还清清楚楚。
""",
    ),
    dict(
        slug="wanqiao-collection-bamboo-curtain-rod-oneline",
        site="晚樵随笔 (invented personal collection)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://wanqiao-suibi.cn/yijiu/2/07.html",
        title="外婆家的竹窗帘杆",
        record_title="外婆家的竹窗帘杆 ▪ 《苢城忆旧》第二辑 - 晚樵随笔",
        date=None,
        notes="a memoir on one line (paragraphs apart only by their indent); collection suffix with a series name; "
        "no date",
        page="""
!m 晚樵随笔　｜　苢城忆旧　｜　书信　｜　关于
!t 《苢城忆旧》第二辑 · 外婆家的竹窗帘杆
!m 晚樵　著　　　本辑第七篇
{BODY}
!l ◁ 上一篇：镇上的铁匠铺　　　▷ 下一篇：腊月里的米糖
!m 喜欢这篇文字，可以在首页订阅更新
!d © 晚樵随笔　文字版权归作者所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆家的窗户是木格子的，糊着白纸，夏天才换成纱。窗上横着一根竹竿，就是窗帘杆，竹竿两头搁在外公钉的两个木橛子上。
那根竹竿是外公从后山砍的，比我的胳膊还粗一点，用火烤直了，又拿砂纸磨得光溜溜的。窗帘是外婆用旧床单改的，蓝底白花，用布条扎在竹竿上，拉起来沙沙响。
每年腊月扫尘，外婆都要把竹竿取下来，用井水擦一遍，晾干了再挂回去。她说竹子有灵性，擦干净了，一年都亮堂。
如今外婆家的老屋早已翻新，铝合金窗配着不锈钢窗帘杆，拉起来悄无声息。我却常常想起那根竹竿，想起窗帘拉开时满屋子的阳光。
""",
    ),
    dict(
        slug="aohu-party-speech-night-light-launch",
        site="澺湖先锋网 (invented street-office Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.aohu-xianfeng.cn/djyw/2025/0307/2218.html",
        title="在“夜归有灯”楼道小夜灯点亮行动启动仪式上的讲话",
        record_title="【先锋行动·点灯】在“夜归有灯”楼道小夜灯点亮行动启动仪式上的讲话 - 澺湖先锋网",
        date="2025-03-05",
        date_also=["2025-03-07"],
        notes="Party-building page: date under the speech title in Chinese numerals, the speaker line neutral; the "
        "site's posting date also accepted; study-points prompt and read-on-phone QR line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【先锋行动·点灯】在“夜归有灯”楼道小夜灯点亮行动启动仪式上的讲话 - 澺湖先锋网</title>
<link rel="stylesheet" href="/css/xf-red.css">
<script src="/js/xf-points.js"></script>
</head><body>
<div class="xf-head"><span class="xf-logo">⟦m 澺湖先锋网⟧</span> <span>⟦m 中共澺湖街道工作委员会主办⟧</span></div>
<div class="xf-nav">⟦m 首页⟧ ⟦m 党建要闻⟧ ⟦m 支部风采⟧ ⟦m 先锋行动⟧ ⟦m 学习园地⟧</div>
<div class="xf-pos">⟦m 当前位置：首页 > 先锋行动 > 正文⟧</div>
<div class="xf-art">
<h1>{T}</h1>
<div class="xf-meta">⟦m 发布时间：2025-03-07　来源：鹴桥社区党委　浏览：688⟧</div>
<div class="xf-points">⟦a 登录后阅读满3分钟，可计入党员学习积分⟧</div>
<p class="xf-date" align="center">（二〇二五年三月五日）</p>
<p class="xf-speaker" align="center">鹴桥社区党委书记　梅若岚</p>
<div class="xf-text">
{BODY}
</div>
<div class="xf-qr">⟦a 用手机扫一扫，把本文带在路上读⟧</div>
<div class="xf-pn">⟦l 上一篇：澺湖街道召开2025年党建工作会议⟧<br>⟦l 下一篇：鹴桥社区“红色楼长”聘任仪式举行⟧</div>
</div>
<div class="xf-foot">⟦m 中共澺湖街道工作委员会　地址：瀍口市芣原区澺湖路9号⟧<br>⟦m 湘ICP备18002941号-1⟧</div>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
各位党员同志、居民朋友们：
今天，我们在这里启动“夜归有灯”楼道小夜灯点亮行动。这项行动是社区党委今年为民办实事的第一件事，也是我们在意见征集中收到呼声最多的一件事。
去年冬天，社区走访时发现，辖区28栋老楼中有19栋楼道照明不全，老人晚上出门、上班族夜里回家，常常要摸黑上下楼。党委研究后决定，由在职党员和党员志愿者认领楼栋，为每个楼层安装感应小夜灯，并负责日常维护。
这件事看起来小，却关系到千家万户的出行安全。希望每一位认领楼栋的党员，都把这盏灯当成自己家的灯来照看，做到灯坏了有人修、电没了有人充。也希望居民朋友们多提意见，帮我们把好事办好。
谢谢大家！
""",
    ),
    dict(
        slug="juexi-party-summary-power-strip-swap",
        site="玦溪党建 (invented county Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.juexidj.gov.cn/zbfc/20241225/3391.html",
        title="机关党支部“更换老旧接线板”为民办实事工作总结",
        record_title="【支部实事榜】机关党支部“更换老旧接线板”为民办实事工作总结 — 玦溪党建",
        record_date="2024-12-24",
        date="2024-12-24",
        notes="date given by the record (also the 成文日期); a results table one row a paragraph; a Party site's "
        "header, a points prompt and a comment box",
        page="""
!m 玦溪党建　　首页 · 支部风采 · 党员教育 · 组工信息
!m 支部风采 》正文
{T}
!m 来源：县发改局机关党支部　　发布：2024-12-25　　点击：407
!a 学习打卡　+1 分
{BODY}
!l 【点赞 52】　【我要留言】
!l 同栏目：县交通运输局党支部开展“护学岗”志愿服务活动
!m 主办：中共玦溪县委组织部　　承办：玦溪县党员教育中心
""",
        indent="\u3000\u3000",
        body="""
今年以来，县发改局机关党支部把帮助独居老人消除用电隐患作为为民办实事的重点项目，组织党员深入结对村开展老旧接线板更换活动。现将工作情况总结如下。
一、主要做法。支部与结对的圭湾村党支部共同摸排，建立需更换家庭清单；党员每人结对2至3户，上门更换接线板、讲解安全用电常识。
二、工作成效。
项目　数量
走访农户　146户
更换接线板　203个
发现并报告线路隐患　17处
三、下一步打算。支部将把这项活动常态化，每季度回访一次，推动供电所对17处线路隐患跟踪整改。
县发改局机关党支部
2024年12月24日
""",
    ),
    dict(
        slug="cishui-hospital-oil-heater-burns-children",
        site="泚水市第二人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.cs2yy.com/kepu/2024/1210/881.html",
        title="冬季谨防儿童油汀烫伤",
        record_title="科普小站 ▏冬季谨防儿童油汀烫伤｜泚水二院",
        date="2024-12-10",
        notes="hospital page: booking float and 24-hour line next to the department's own 咨询电话 in the body; the "
        "byline's 发布时间 as the page's date; a photo caption between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>科普小站 ▏冬季谨防儿童油汀烫伤｜泚水二院</title>
<link rel="stylesheet" href="/skin/cs2/css/news.css">
<script src="/skin/cs2/js/float.js"></script>
</head><body>
<div class="yy-top">⟦m 泚水市第二人民医院⟧ <span>⟦m 三级综合医院　全国文明单位⟧</span></div>
<div class="yy-nav">⟦m 医院概况⟧ ⟦m 科室导航⟧ ⟦m 专家介绍⟧ ⟦m 就医指南⟧ ⟦m 科普小站⟧</div>
<div class="yy-loc">⟦m 您的位置：首页 ＞ 科普小站 ＞ 儿童健康⟧</div>
<div class="yy-article">
<h1>{T}</h1>
<div class="yy-info">⟦m 发布时间：2024-12-10　作者：烧伤整形科 杭若曦　审核：医务部⟧</div>
<div class="yy-text">
{BODY}
</div>
<div class="yy-share">⟦l 转发到：微信 朋友圈 微博⟧</div>
</div>
<div class="yy-float"><a>⟦a 在线预约挂号⟧</a><a>⟦a 检查报告查询⟧</a><p>⟦m 24小时服务热线：0736-7250000⟧</p></div>
<div class="yy-foot"><p>⟦m 地址：泚水市建设北路77号　急救电话：0736-7250120⟧</p><p>⟦d 本站健康科普内容仅供参考，不能替代医生面诊。⟧</p><p>⟦m 湘ICP备11003152号⟧</p></div>
</body></html>
""",
        body="""
入冬以来，我院烧伤整形科已接诊十余名被取暖器具烫伤的儿童，其中近一半与油汀有关。
油汀表面温度虽然不像电炉那样高，但长时间接触同样会造成烫伤。幼儿皮肤薄、反应慢，常常是扶着油汀学走路、靠着油汀睡觉时被烫伤，伤口看着不大，却往往已经伤到深层。
⟦m 【图】医生为烫伤患儿换药（图片经家长同意使用）⟧
家长要做到三点：一是给油汀加装防护栏，或放在孩子够不着的位置；二是不要让孩子靠着油汀睡觉；三是一旦烫伤，立即用流动的凉水冲洗十五到三十分钟，不要涂牙膏、酱油，并及时到医院就诊。
烧伤整形科咨询电话：0736-7252016（工作日8:00—17:30）
""",
    ),
    dict(
        slug="guiyang-hospital-nursing-notice-night-lights",
        site="圭阳县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gyxrmyy.cn/hlb/tzgg/2025-02-11/1042.html",
        title="关于在老年病区推行夜间小夜灯照明防跌倒措施的通知",
        record_title="〔护理部通知〕关于在老年病区推行夜间小夜灯照明防跌倒措施的通知 - 圭阳县人民医院",
        date="2025-02-10",
        notes="hospital text page: booking and 24-hour lines around a nursing department's notice; a sentence with "
        "quoted advice; 成文日期 under the signature",
        page="""
!m 圭阳县人民医院　　预约挂号：0736-5869999　　24小时急诊：0736-5869120
!m 首页 / 护理园地 / 通知公告
{T}
!m 护理部　·　2025-02-11　·　阅读 312
!a 【收藏本页】【打印本页】
{BODY}
!l 相关阅读：老年住院患者跌倒风险评估量表使用说明
!d 本网站信息仅供参考，就医请以医院现场公示为准。
!m 圭阳县人民医院　版权所有　湘ICP备09015538号
""",
        indent="\u3000\u3000",
        date_also=["2025-02-11"],
        body="""
各病区：
老年患者夜间如厕跌倒是住院期间最常见的不良事件之一。为降低跌倒风险，经医院研究，决定自2月15日起在老年医学科、康复医学科和神经内科病区推行夜间小夜灯照明措施。现将有关要求通知如下。
一、每间病房在床尾至卫生间的通道一侧安装感应小夜灯，亮度以不影响患者睡眠为宜。
二、夜班护士交接班时检查小夜灯工作状态，发现不亮的及时报后勤维修。
三、各病区要向患者及陪护人员讲解小夜灯的作用，提醒夜间起床“先坐半分钟、再站半分钟、后走动”。
护理部
2025年2月10日
""",
    ),
    dict(
        slug="chankou-tech-news-students-night-lights",
        site="瀍口理工学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.ckit.edu.cn/info/1003/7716.htm",
        title="工训中心学生自制感应小夜灯送进敬老院",
        record_title=None,
        date="2024-12-16",
        notes="no title in the record: the news page's <h1>; a dotted date line as the page's date; a photo caption "
        "between paragraphs and a 文/图/编辑 line glued after the last sentence; a sentence about printing "
        "lamp shells (content)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>瀍口理工学院新闻网</title>
<link rel="stylesheet" href="/style/ck-news.css">
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="ck-header"><span>⟦m 瀍口理工学院新闻网⟧</span> <a>⟦m 学校主页⟧</a> <a>⟦m 信息门户⟧</a> <a>⟦m 英文版⟧</a></div>
<div class="ck-menu">⟦m 首页⟧ ⟦m 理工要闻⟧ ⟦m 院部动态⟧ ⟦m 媒体理工⟧ ⟦m 校园文化⟧</div>
<div class="ck-loc">⟦m 当前位置：首页 >> 院部动态⟧</div>
<div class="ck-article">
<h1>{T}</h1>
<div class="ck-date">⟦m 2024.12.16⟧　　⟦m 点击：1326⟧<script>_showDynClicks("wbnews", 7716)</script></div>
<div class="v_news_content">
{BODY}
</div>
<div class="ck-pn">⟦l 上一条：我校在省大学生电子设计竞赛中获佳绩⟧</div>
<div class="ck-pn">⟦l 下一条：机械学院举办“大国工匠进校园”报告会⟧</div>
</div>
<div class="ck-foot">⟦m 版权所有 © 瀍口理工学院 党委宣传部　地址：瀍口市芣原区学院路1号⟧<br>⟦m 湘ICP备05007316号⟧</div>
</body></html>
""",
        body="""
12月14日，我校工程训练中心“电子创客”工作室的18名学生，带着自己设计、焊接的60盏感应小夜灯，来到芣原区鹴桥敬老院，为老人们逐一安装。
这批小夜灯是学生们在“电子工艺实习”课程中完成的作品，从电路设计、元件焊接到外壳打印，全部由学生独立完成。指导教师聂文渊介绍，为了让老人用得放心，每盏灯都经过了七十二小时通电老化测试。
⟦m 图为学生在敬老院为老人安装小夜灯⟧
“晚上起夜再也不用摸开关了。”82岁的刘奶奶拉着同学们的手连声道谢。
工程训练中心负责人表示，今后将把课程作品与社会服务结合起来，让学生在实践中既长本领、又长情怀。⟦m （文／工程训练中心　图／学生记者团　编辑／舒畅）⟧
""",
    ),
    dict(
        slug="chankou-tech-logistics-request-car-washers",
        site="瀍口理工学院后勤保障处 (invented)",
        style="高校官网",
        genre="请示",
        kind="request",
        form="text",
        source="https://hqc.ckit.edu.cn/xxgk/2024/0604/215.htm",
        title="关于购置公务用车高压洗车机的请示",
        record_title="后勤保障处 » 信息公开 » 关于购置公务用车高压洗车机的请示",
        date="2024-06-03",
        notes="a column path before the title in the record; the request's own contact next to the office's "
        "switchboard line; 成文日期 under the signature",
        page="""
!m 瀍口理工学院 后勤保障处
!m 首页｜部门概况｜服务指南｜信息公开｜报修平台
!m 信息公开 » 正文
{T}
!m 发布者：综合科　　2024年06月04日　　浏览次数：219
{BODY}
!a 【打印此页】　【返回列表】
!m 后勤服务总值班：0737-5118000　　维修报修：0737-5118110
!m Copyright © 瀍口理工学院后勤保障处
""",
        indent="\u3000\u3000",
        date_also=["2024-06-04"],
        body="""
学校领导：
学校现有公务用车和校园巡逻车共23辆，目前均在校外洗车店清洗，每年洗车费用约2.6万元，车辆往返还占用驾驶员工作时间。为节约经费、提高车辆保障效率，我处拟购置商用高压洗车机2台，安装于东区车库洗车位。
经市场询价，单台价格约4800元，两台合计9600元；配套排水沉淀池利用车库现有设施改造，预计费用3000元，总计12600元，拟从后勤运行经费中列支。
妥否，请批示。
联系人：后勤保障处　郑一帆，电话：0737-5118026
后勤保障处
2024年6月3日
""",
    ),
]
