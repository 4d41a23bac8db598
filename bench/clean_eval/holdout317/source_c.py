"""holdout317, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenda-enamel-mug-microwave-question-title",
        site="问得好 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendehao.example.com/question/73120486",
        title="搪瓷饭缸能放进微波炉加热吗？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record, the question is the title; an adopted-answer badge, a vote row, "
        "more answers; '回答于 3 天前' is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问得好 - 有问题，就问得好</title></head><body>
<header><a class="logo">⟦m 问得好⟧</a> <input placeholder="搜索你感兴趣的问题"> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></header>
<div class="crumb">⟦m 问得好 › 生活 › 厨房用品⟧</div>
<div class="q"><h1>{T}</h1>
<p class="q-desc">⟦m 单位发了个搪瓷饭缸，想中午用微波炉热饭，不知道行不行。⟧</p>
<p class="q-meta">⟦m 提问者：青柠不酸　　浏览 2.7万　　关注 118⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<p class="who">⟦m 厨房小百科　生活达人 Lv.9　回答于 3 天前⟧</p>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 👍 有用 1263　｜　👎 没用 12　｜　评论 37⟧</div></div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 木子：千万别，我试过，噼里啪啦冒火花⟧</p><p>⟦l 展开全部回答 ∨⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><p>⟦l 掉瓷的搪瓷杯还能用来喝水吗？⟧</p><p>⟦l 不锈钢饭盒能进微波炉吗？⟧</p></aside>
<footer>⟦d 问得好所有回答仅代表答主个人观点，不构成专业建议。⟧　⟦m © 2025 问得好⟧</footer>
</body></html>
""",
        body="""
不能。搪瓷饭缸是在铁皮外面烧上一层瓷釉做成的，里面是金属，放进微波炉加热会反射微波，轻的打火花，重的可能损坏微波炉。
如果想热饭，可以把饭菜倒进陶瓷碗，或者标有“可微波”字样的玻璃、塑料容器里再加热。搪瓷饭缸适合在燃气灶、电磁炉上小火加热，但要注意两点：一是不要干烧，二是不要用力磕碰，掉瓷以后露出的铁皮容易生锈。
另外，老式饭缸的釉面年头久了可能有细小裂纹，建议只用来喝水、装干货，盛放酸性食物的时间不要太长。
""",
    ),
    dict(
        slug="qa-linwenda-drying-pole-drip-compensation",
        site="邻问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.linwenda.example.net/q/2025/88410.html",
        title="楼上晒衣竿滴水把我家被子弄湿了，能要求赔偿吗？",
        record_title="楼上晒衣竿滴水把我家被子弄湿了，能要求赔偿吗？_邻问答",
        date=None,
        notes="Q&A text page: the question with the site after _, an answerer line, a follow-up prompt, more answers; "
        "no date ('回答时间：昨天')",
        page="""
!m 邻问答　邻里之间，有问必答
!t 楼上晒衣竿滴水把我家被子弄湿了，能要求赔偿吗？
!m 提问：豆豆妈　｜　分类：邻里纠纷　｜　1.1万人看过
!m 最佳答案　答主：老街坊说理　回答时间：昨天
{BODY}
!l 赞同 562　｜　收藏　｜　举报
!a 还有疑问？点此免费追问答主
!l 更多回答（8）
!l 阳光房：装个防水挡板，一劳永逸
!d 邻问答内容由网友提供，仅供参考，具体纠纷请咨询专业律师。
""",
        body="""
可以要求赔偿，但建议先沟通。
楼上住户在窗外晒衣服，衣物滴水弄湿了你家晾晒的被子，属于相邻关系中的妨害行为。民法典规定，不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。对方给你造成了实际损失，比如被子需要送洗，你可以要求对方承担清洗费用。
具体做法：第一，拍照留存被子被打湿的情况和楼上滴水的位置；第二，上门友好沟通，请对方把衣服拧干再晾，或者把晒衣竿收回阳台内；第三，沟通不成的，可以请物业或者社区网格员出面调解。
邻里之间低头不见抬头见，一床被子的事，能商量解决最好。
""",
    ),
    dict(
        slug="collection-laoyinshua-memoir-tear-off-calendar",
        site="老印刷工文存 (invented personal collection, gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.laoyinshuagong.example.com/yxjs/07.htm",
        title="父亲的手撕日历牌",
        record_title="铅字旧事·其七　父亲的手撕日历牌 — 老印刷工文存",
        date=None,
        notes="old table layout: 繁體/简体/朗读 links, chapter links, a visitor counter and the author's mailbox; "
        "a memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>铅字旧事·其七　父亲的手撕日历牌 — 老印刷工文存</title></head>
<body bgcolor="#f4efe3">
<table width="760" align="center" border="0" cellpadding="6">
<tr><td>⟦m 老印刷工文存⟧</td><td align="right">⟦a [繁體] [简体] [朗读本文]⟧</td></tr>
<tr><td colspan="2">⟦m 文存首页 · 铅字旧事 · 排字房笔记 · 诗词习作 · 留言簿⟧</td></tr>
<tr><td colspan="2" align="center"><b>⟦m 铅字旧事·其七⟧</b><br><font size="5">{T}</font></td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2" align="center">⟦l ［上一篇：母亲的顶针］⟧　⟦l ［目录］⟧　⟦l ［下一篇：排字房里的铅字架］⟧</td></tr>
<tr><td colspan="2" align="center">⟦m 本文存自2009年开放以来访问人次：<font color="red">0218374</font>⟧</td></tr>
<tr><td colspan="2" align="center">⟦w 来信请寄：laoyinshua_zhang@example.net⟧　⟦d 文存文字系作者原创，转载请先来信。⟧</td></tr>
</table></body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲在印刷厂干了一辈子排字工，家里最显眼的东西，是挂在堂屋墙上的那块日历牌。
日历牌是父亲用厂里裁下的边角木料做的，正中间挂着一本手撕日历，旁边钉着一个小铁夹，夹着当月的电费单。每天早上，父亲起床后第一件事就是撕下前一天的那一页，折好放进抽屉里，说是留着给我们包书皮。
那时候的日历是厂里自己印的，每一页上除了日期，还有节气、农谚和一句名言。我认字，就是从那些名言开始的。
父亲退休那年，厂里不再印手撕日历了。他把最后一本日历的封面拆下来，夹在相册的第一页。如今我翻开相册，还能闻到油墨的味道。
""",
    ),
    dict(
        slug="collection-zaotai-memoir-grandma-dumpling-mats-oneline",
        site="灶台边 (invented personal essay collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://zaotaibian.example-notes.cn/book/2/ch11",
        title="外婆的饺子帘",
        record_title="外婆的饺子帘 —— 摘自散文集《灶台边》",
        date=None,
        notes="a collection's chapter on one line (paragraphs apart only by their indent); chapter links and a "
        "reader's counter; no date",
        page="""
!m 《灶台边》　散文集　作者：禾小满
!m 第二辑　人间烟火　›　第十一篇
!t 外婆的饺子帘
!a 字号 A- A+　　夜间模式　　加入书架
{BODY}
!l ‹ 上一篇　腊月的磨盘　｜　目录　｜　下一篇　炉膛里的红薯 ›
!m 本篇阅读 1.9万　｜　书友评论 86
!d 《灶台边》由作者授权连载，严禁转载。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
外婆家的墙上，常年挂着三张饺子帘。
那是外婆用自家种的高粱秆穿的，最大的一张比锅盖还宽，最小的一张只有碗口大。每到过年，外婆就把它们取下来，用清水刷干净，放在太阳底下晒一晒。
除夕下午，全家人围坐在炕上包饺子。外婆擀皮，舅舅们包，我负责把包好的饺子一个个码到帘子上。外婆总说，饺子要摆成一圈一圈的，日子才能过得圆圆满满。
后来外婆走了，那三张饺子帘被母亲带回了城里。如今每年冬至，母亲还会把最小的那张拿出来，摆上几个饺子，放在外婆的照片前。
""",
    ),
    dict(
        slug="party-zhizhou-host-script-enamel-mug-party-day",
        site="黹州机关党建网 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="html",
        source="http://www.zzjgdj.example.gov.cn/zbhd/202506/t20250627_3318.html",
        title="“饭缸里的初心”主题党日活动主持词",
        record_title="【支部主题党日】“饭缸里的初心”主题党日活动主持词_黹州机关党建网",
        date="2025-06-27",
        notes="Party-building portal: a study-points prompt, a read-on-phone QR line; the 发布时间 byline is the page's "
        "date; stage directions in brackets are body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【支部主题党日】“饭缸里的初心”主题党日活动主持词_黹州机关党建网</title></head><body>
<div class="banner">⟦m 黹州机关党建网⟧　⟦m 中共黹州市直属机关工作委员会主办⟧</div>
<div class="menu">⟦m 首页　工委要闻　支部风采　理论学习　党员教育　纪检监察⟧</div>
<div class="where">⟦m 当前位置：首页 &gt;&gt; 支部风采⟧</div>
<div class="detail"><h1>{T}</h1>
<p class="meta">⟦m 发表于：2025年6月27日　　来源：市机关事务局第三党支部　　浏览：742⟧</p>
<p class="points">⟦a 学习本文满3分钟可获得学习积分1分⟧</p>
<div class="text">
{BODY}
</div>
<p class="qr">⟦a 手机扫一扫，本文随身读⟧</p>
<p class="prev">⟦l 上一篇：第一党支部开展“红色家书”诵读活动⟧</p>
<p class="next">⟦l 下一篇：机关党员志愿者走进黹坪乡敬老院⟧</p></div>
<div class="foot">⟦m 主办：中共黹州市直属机关工作委员会　地址：黹州市政务中心B座7楼⟧<br>⟦m 湘ICP备10027731号⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们机关第三党支部在这里开展“饭缸里的初心”主题党日活动。参加今天活动的有支部全体党员，还有两位特邀的老党员。
首先，请全体起立，重温入党誓词。
（重温入党誓词）
请坐。下面，请退休老党员何长顺同志讲一讲他那只饭缸的故事。这只饭缸跟随何老下乡驻村十二年，缸身上“为人民服务”几个字已经有些斑驳。
（何长顺同志讲述）
谢谢何老。一只饭缸，装的是粗茶淡饭，映照的是共产党员艰苦奋斗、一心为民的本色。下面，请各位党员围绕“我从饭缸里读到了什么”作交流发言。
（党员交流发言）
同志们，今天的活动到此结束。希望大家把老党员的精神带到工作中去，守住初心、勤俭办事。散会。
""",
    ),
    dict(
        slug="party-yanghu-summary-drying-volunteers-table",
        site="徉湖先锋网 (invented district Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yanghuxianfeng.example.cn/djfc/2024/1224/2081.html",
        title="姗园社区党支部2024年“晾晒便民”志愿服务工作总结",
        record_title="姗园社区党支部2024年“晾晒便民”志愿服务工作总结 - 党建风采 - 徉湖先锋网",
        date="2024-12-20",
        date_also=["2024-12-24"],
        notes="Party site: a study-points prompt between paragraphs; a table (one row a paragraph); "
        "signature date differs from the posting date",
        page="""
!m 徉湖先锋网　徉湖区委组织部主办
!m 首页 > 党建风采 > 基层动态
{T}
!m 发布日期：2024-12-24　信息来源：姗园社区　点击：317
!a ［大　中　小］　［打印本页］
{BODY}
!l 相关链接：徉湖区“红色物业”工作推进会召开
!m 主办单位：中共徉湖区委组织部　联系电话：0731-5526011
!m 徉湖先锋网 版权所有
""",
        indent="\u3000\u3000",
        body="""
2024年，姗园社区党支部以“晾晒便民”为切入点，组织党员志愿者为辖区居民解决晾晒难题。现将工作情况总结如下。
一、主要做法
社区党支部组建“晾晒便民”党员志愿服务队，分成三个小组，分别负责老旧晒衣竿排查更换、公共晾晒区建设和高龄独居老人上门服务。
⟦a 点击“我已学习”领取本周党员学习积分⟧
二、工作成效
项目　数量　受益户数
排查更换锈蚀晒衣竿　146根　118户
新建公共晾晒区　3处　420户
为独居老人上门晾晒被褥　52次　27户
三、下一步打算
2025年，支部将把“晾晒便民”纳入党员积分管理，探索与物业企业共建共管公共晾晒区，让居民晒得放心、住得安心。
中共徉湖区姗园社区支部委员会
2024年12月20日
""",
    ),
    dict(
        slug="hospital-xiling-nutrition-moldy-dumpling-mats",
        site="皙岭县人民医院官网 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.xlxrmyy.example.cn/jkkp/yyk/2025/0108/662.html",
        title="饺子帘长了霉点还能用吗？",
        record_title="临床营养科 · 饺子帘长了霉点还能用吗？_皙岭县人民医院",
        date="2025-01-08",
        notes="hospital site: a booking float, a 24-hour line and a booking phone beside the article's own 咨询电话; "
        "the 发布时间 byline is the page's date; an experts list",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>临床营养科 · 饺子帘长了霉点还能用吗？_皙岭县人民医院</title></head><body>
<div class="hd">⟦m 皙岭县人民医院⟧　⟦m 二级甲等综合医院⟧　⟦m 预约挂号：0738-4210114⟧</div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="pos">⟦m 首页 › 健康科普 › 临床营养科⟧</div>
<div class="article"><h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-01-08　作者：临床营养科 叶蓁　审核：医务科⟧</p>
{BODY}
<p class="tip">⟦d 本文仅为健康科普，不能代替医生面诊。⟧</p></div>
<div class="side"><h4>⟦l 营养科专家⟧</h4><p>⟦l 叶蓁　副主任医师　周二、周四上午⟧</p><p>⟦l 郎晓川　主治医师　周一至周五⟧</p></div>
<div class="float-yy">⟦a 在线预约⟧<br>⟦a 智能导诊⟧</div>
<div class="ft">⟦m 24小时急诊：0738-4210120　地址：皙岭县康宁路88号⟧<br>⟦m 皙岭县人民医院 版权所有　湘ICP备16020947号⟧</div>
</body></html>
""",
        body="""
冬天包饺子的家庭多，不少市民问：家里的饺子帘长了黑色霉点，刷一刷还能接着用吗？
我们的建议是：能不用就不用。高粱秆、竹篾编的饺子帘缝隙多，容易残留面粉和水分，一旦发霉，霉菌往往已经长进了秆子内部，表面刷干净了，里面仍可能有残留。部分霉菌会产生毒素，高温也难以完全破坏。
日常使用时，饺子帘要注意三点：一是用后及时用软刷清理面粉，二是放在通风处彻底晾干，三是不要长期放在潮湿的厨房角落里。
如有饮食与营养方面的疑问，可到我院营养门诊咨询，咨询电话：0738-4216073（工作日上午）。
""",
    ),
    dict(
        slug="hospital-xiling-notice-ward-drying-poles",
        site="皙岭县人民医院官网 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xlxrmyy.example.cn/yygg/2025/0507/671.html",
        title="关于规范住院楼阳台晒衣竿使用的通知",
        date="2025-05-06",
        notes="record title as is; the logistics department's duty phone in the body beside the switchboard "
        "and complaint lines in the footer; signature date",
        page="""
!m 皙岭县人民医院　仁心 精医 至善
!m 首页 ＞ 医院公告
{T}
!m 来源：后勤保障部　　发布：2025-05-07　　阅读：1024
{BODY}
!a 【打印】【收藏】【返回列表】
!l 上一条：关于调整门诊午间服务时间的公告
!l 下一条：住院楼电梯维保期间通行安排
!m 医院总机：0738-4210000　投诉电话：0738-4210199
!m 皙岭县人民医院 版权所有
""",
        date_also=["2025-05-07"],
        body="""
各病区、住院患者及家属：
为保障住院楼安全和院容整洁，近期医院在住院楼各病区阳台统一安装了不锈钢晒衣竿。现就有关使用要求通知如下：
一、患者及家属衣物请晾晒在阳台统一安装的晒衣竿上，不得在窗外、走廊和消防通道私自架设竹竿或拉绳晾晒。
二、晒衣竿单根承重不超过10公斤，请勿晾晒被褥等大件物品，被褥可交由病区统一送洗。
三、晾晒衣物请在每天18时前收回，遇大风、降雨天气请及时收回。
如发现晒衣竿松动、损坏，请告知病区护士站，或拨打后勤保障部值班电话：0738-4210355。
皙岭县人民医院后勤保障部
2025年5月6日
""",
    ),
    dict(
        slug="college-zhizhou-news-calendar-stand-design-contest",
        site="黹州艺术职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zzyszy.example.edu.cn/xwzx/xyxw/2025/0422/1547.html",
        title="艺术设计学院举办第五届“节气日历牌”设计大赛",
        record_title=None,
        date="2025-04-22",
        notes="university news page: no title in the record, the h1 holds it; a dotted date line is the page's date; "
        "a photo caption between paragraphs; an editor line; footer with the campus address",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学院新闻-黹州艺术职业学院</title></head><body>
<div class="header">⟦m 黹州艺术职业学院⟧　⟦a 校内门户⟧　⟦a 信息公开⟧　⟦m EN⟧</div>
<div class="nav">⟦m 学校首页 | 学校概况 | 院系设置 | 新闻中心 | 招生就业⟧</div>
<div class="loc">⟦m 新闻中心 / 学院新闻⟧</div>
<div class="news"><h1>{T}</h1>
<div class="line">⟦m 艺术设计学院　2025.04.22　浏览：902⟧</div>
{BODY}
<p class="editor">⟦m 供稿：艺术设计学院　摄影：钱铎　编辑：党委宣传部⟧</p></div>
<div class="more">⟦l 【上一条】我校师生作品亮相全省工艺美术展⟧　⟦l 【下一条】音乐学院举办春季专场音乐会⟧</div>
<div class="footer">⟦m 地址：黹州市学府大道188号　邮编：423000⟧<br>⟦m 版权所有 © 黹州艺术职业学院　湘ICP备12005573号⟧</div>
</body></html>
""",
        body="""
4月21日，艺术设计学院第五届“节气日历牌”设计大赛决赛在图书馆报告厅举行，来自6个专业的42件作品同台竞技。
本届大赛以“二十四节气里的黹州”为主题，参赛学生将本地风物融入日历牌设计，有的用剪纸表现旎河两岸的春耕，有的把老街的青砖灰瓦印在每一页月历上。
⟦m 图为参赛学生向评委介绍自己的日历牌作品⟧
经过专家评审和现场投票，视觉传达设计专业学生柯雨桐的作品《一年好景》获得一等奖。评委、学院教师孟庭表示，日历牌是离生活最近的设计，好的作品要让人每天翻看都有新的发现。
获奖作品将由学院与本地印刷企业合作，小批量印制后用作学校的对外交流礼品。
""",
    ),
    dict(
        slug="college-zhizhou-vocational-notice-dorm-drying-poles",
        site="黹州职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hqc.zzvtc.example.edu.cn/tzgg/2025/0310/409.html",
        title="关于学生公寓阳台晒衣竿集中更换的通知",
        record_title="关于学生公寓阳台晒衣竿集中更换的通知 - 后勤动态 | 黹州职业技术学院",
        record_date="2025-03-10",
        date="2025-03-10",
        notes="the record gives the date; the office's own 联系人/电话 beside the site's technical-support line",
        page="""
!m 黹州职业技术学院 · 后勤管理处
!m 首页 - 后勤动态 - 正文
{T}
!m 作者：宁涛　　审核：后勤管理处　　点击：2210
{BODY}
!a 〔打印本页〕〔关闭窗口〕
!m 网站技术支持：信息化中心　0735-2280911
!m Copyright © 黹州职业技术学院后勤管理处
""",
        body="""
各学院、全体住宿学生：
为消除学生公寓阳台晒衣竿锈蚀脱落隐患，后勤管理处定于3月17日至3月28日对1至6号学生公寓阳台晒衣竿进行集中更换。现将有关事项通知如下：
一、更换期间，施工人员将按楼层逐间入室作业，请各宿舍提前收起阳台衣物，保持阳台通道畅通。
二、新晒衣竿为不锈钢伸缩式，单根承重15公斤，请勿悬挂重物或攀爬。
三、施工期间如有贵重物品，请妥善保管；对施工质量有意见的，请及时反映。
联系人：后勤管理处　宁涛，电话：0735-2281406。
黹州职业技术学院后勤管理处
2025年3月10日
""",
    ),
]
