"""holdout241, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text (places, people, sites, URLs, numbers); see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="qa-wengemingbai-old-calendars-keep-question-title",
        site="问个明白 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.com/q/58102273.html",
        title="老挂历有收藏价值吗？放了二十年发黄了怎么保存？",
        record_title=None,
        date=None,
        notes=(
            "Q&A page: no title in the record, the question in the h1 gives it; an adopted-answer badge, an answerer "
            "line, a vote row, more answers; 回答于 5 天前 is no date; a 1.–4. list in the answer"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问个明白 - 有问题，就来问个明白</title></head>
<body>
<div class="hd"><a class="logo">⟦m 问个明白⟧</a><input placeholder="搜索问题"><a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问个明白 › 生活 › 收藏鉴赏⟧</div>
<div class="question"><h1 class="q-title">{T}</h1>
<p class="q-meta">⟦m 提问者：匿名用户　｜　浏览 1.8万　｜　关注 96⟧</p></div>
<div class="best">
<div class="badge">⟦m 最佳答案 · 提问者采纳⟧</div>
<div class="who">⟦m 纸上年华　收藏类优质答主　回答于 5 天前⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 有用 218　｜　没用 3　｜　评论 12⟧</div>
</div>
<div class="more"><h3>⟦l 其他 6 条回答⟧</h3>
<p>⟦l 旧物控：八十年代的挂历我收了三百多本，品相好的才值钱⟧</p>
<p>⟦l 淘宝老周：可以拍照发我看看，免费估价⟧</p></div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 老年画和老挂历哪个更值得收藏？⟧</p></div>
<div class="ft">⟦d 回答内容仅代表答主个人观点，不构成任何投资或鉴定建议。⟧ ⟦m 问个明白 wengemingbai.com⟧</div>
<script src="//s.wengemingbai.com/qa/detail.js"></script>
</body></html>
""",
        body="""
老挂历有没有收藏价值，主要看三点：年代、题材和品相。
年代上，七十年代以前的挂历存世少，价格相对高；八九十年代的印量大，普通风景、明星题材一本几十元，成套完整、出自名家画作的能卖到几百元。
题材上，印有地方老照片、老厂房、老街景的挂历，对研究地方历史有价值，很多地方档案馆和博物馆都愿意收。
保存方面，建议这样做：
1.平放，不要卷，也不要用夹子夹着挂在墙上；
2.每张之间夹一张无酸纸，防止颜色互相粘连；
3.放在阴凉干燥处，远离暖气和阳光直射，梅雨季可以放几包干燥剂；
4.已经发黄的不要用漂白剂或湿布擦，以免纸张起皱。
如果觉得自己保存不好，也可以联系当地档案馆捐赠，他们会出具收藏证书。
""",
    ),
    dict(
        slug="qa-zhilin-remove-gate-barrier-answer",
        site="知邻问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://zhilinwenda.com/question/2210874",
        title="小区门口的隔离栏挡了路，业主能自己拆吗？",
        record_title="【邻里那些事】小区门口的隔离栏挡了路，业主能自己拆吗？_知邻问答",
        date=None,
        notes=(
            "Q&A as text: a bracketed board prefix and site suffix in the record title; an answerer line with "
            "昨天 (no date), a like row, a follow-the-answerer prompt glued after a 。, more answers"
        ),
        page="""
!m 知邻问答 · 邻里之间的事，这里问
!t 【邻里那些事】小区门口的隔离栏挡了路，业主能自己拆吗？
!m 12 个回答　·　2,031 次浏览
!m 答主：物业老陈　｜　从业十二年的物业经理　｜　昨天 19:52
{BODY}
!a 赞同 87　·　收藏　·　分享　·　举报
!l 查看全部 12 个回答 ›
!l 同类问题：小区道闸占了人行道，能要求物业移走吗？
!m 知邻问答 zhilinwenda.com　京ICP备23014420号
""",
        body="""
不建议自己拆。小区门口的隔离栏一般是物业根据业主大会决定或者交警部门要求设置的，属于共用设施，个人擅自拆除，可能要承担恢复原状和赔偿的责任。
比较稳妥的做法是：
第一步，先问清楚是谁设的。可以到物业服务中心查看设置依据，如果是交警或城管设置的，要向相关部门反映。
第二步，收集意见。如果很多业主都觉得隔离栏影响通行，可以请业主委员会征集意见，形成书面建议交给物业。⟦a 关注答主，看更多物业维权干货⟧
第三步，协商调整。比如把隔离栏往里挪一段，或者在中间留出行人通道，既保留分流作用，又不挡路。
协商不成的，可以向街道或社区居委会反映，请他们协调处理。
""",
    ),
    dict(
        slug="collection-wanchuang-mothers-calendars-marquee",
        site="晚窗文存 (invented, a retired teacher's collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.wanchuangwencun.net/sanwen/juan2/017.htm",
        title="母亲的挂历",
        record_title="晚窗文存 › 散文卷 › 母亲的挂历（旧稿重录）",
        date=None,
        notes=(
            "an old personal site: marquee, 繁/简 links, chapter links, a visitor counter and the author's mailbox; "
            "a 写于 line with only years is no date; a breadcrumb-like record title with a re-copy aside"
        ),
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>晚窗文存 › 散文卷 › 母亲的挂历（旧稿重录）</title></head>
<body bgcolor="#f7f3e8">
<table width="800" align="center"><tr><td>
<marquee>⟦m 欢迎光临晚窗文存——一位退休语文教师的笔墨园地⟧</marquee>
<p align="right">⟦a 繁體 | 简体 | 加入书签⟧</p>
<p align="center">⟦m 晚窗文存 · 散文卷第二辑⟧</p>
<h2 align="center">{T}</h2>
<p align="center">⟦m 作者：鲁守拙⟧</p>
{BODY}
<p align="right">二〇〇九年腊月旧稿，二〇二三年改定</p>
<p align="center">⟦l 上一章：老屋的门槛⟧　⟦l 目录⟧　⟦l 下一章：父亲的算盘⟧</p>
<hr>
<p align="center">⟦m 作者信箱：wanchuang_lao@163.net⟧</p>
<p align="center">⟦m 本站访问人次：00087315⟧</p>
<p align="center">⟦d 文章为作者原创，转载请先来信征得同意⟧</p>
<script language="javascript">document.write("<!-- counter -->");</script>
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲一辈子只买过一样“奢侈品”，就是每年腊月里的一本挂历。
那时家里穷，一本挂历要一块多钱，够买好几斤盐。可母亲说，一年到头，总得有个看日子的东西。她挑挂历从不看画面，只看字印得大不大，农历清不清楚。
挂历买回来，母亲会在上面记账：哪天卖了两只鸡，哪天交了学费，哪天父亲上县城看病。到了年底，十二张纸写得满满当当，她就把它们叠好，压在箱底。
母亲去世后，我在她的木箱里翻出二十多本旧挂历，从我上初中那年一直到她病倒那年，一本不缺。我一页一页地翻，好像又看见她坐在灯下，一笔一画地记着这个家的日子。
""",
    ),
    dict(
        slug="collection-shiqiao-grandfathers-lantern-rack-oneline",
        site="石桥集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://shiqiaoji.example.org/jiushi/05.html",
        title="祖父的灯笼架",
        record_title="祖父的灯笼架〔旧事拾遗·五〕— 石桥集",
        date=None,
        notes=(
            "a memoir on one line (paragraphs only apart by their indent); a series aside and collection suffix in "
            "the record title; no date anywhere; chapter links and the author's note below"
        ),
        page="""
!m 石桥集　—　乡土往事与家族记忆
!m 目录 ▸ 旧事拾遗 ▸ 第五篇
{T}
!m 文／蓿田石桥
{BODY}
!l ◀ 旧事拾遗·四：井台边的辘轳　｜　旧事拾遗·六：正月里的龙灯 ▶
!d 石桥集文字均系作者原创，谢绝未经许可的转载与改编。
!m 给作者写信：shiqiao_ji@qq.example.com
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
祖父是蓿田村有名的木匠，每年腊月，村里祠堂门口那副灯笼架都由他来搭。
灯笼架是两根杉木柱子，中间一根横梁，横梁上挂九盏红灯笼。祖父说，柱子要埋三尺深，底下垫青砖，这样才经得住正月里的北风。
我七八岁时，跟在祖父后面递钉子、扶梯子。挂最后一盏灯笼的时候，祖父总让我来挂，说小孩子挂的灯笼最吉利。
后来祖父老了，搭不动了，灯笼架换成了镇上买来的铁架子。可村里的老人说，还是老木匠搭的架子看着顺眼。
如今祖父走了十年，我每次回村过年，总要在祠堂门口站一会儿，看那几盏灯笼在风里轻轻摇。
""",
    ),
    dict(
        slug="dangjian-qianhu-branch-lantern-fair-barrier-volunteers",
        site="钎湖先锋网 (invented district Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.qhxf.org.cn/zbfc/2024/0301/6642.html",
        title="栀园社区党支部元宵灯会志愿服务工作总结",
        record_title="〖支部晒台〗栀园社区党支部元宵灯会志愿服务工作总结_钎湖先锋网",
        date="2024-02-28",
        date_also=["2024-03-01"],
        notes=(
            "Party portal: a study-points prompt, a read-on-phone line, a share row; a service table one row a "
            "paragraph; 成文日期 under the branch's signature expected, the portal's 发布时间 also"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖支部晒台〗栀园社区党支部元宵灯会志愿服务工作总结_钎湖先锋网</title></head>
<body>
<div class="dj-top">⟦m 钎湖先锋网⟧　⟦m 中共纮城市钎湖区委组织部主办⟧</div>
<div class="dj-nav">⟦m 首页 ┃ 组织建设 ┃ 支部风采 ┃ 党员教育 ┃ 先锋榜样⟧</div>
<div class="dj-pos">⟦m 您在这里：首页 ＞ 支部风采⟧</div>
<h1>⟦t 〖支部晒台〗栀园社区党支部元宵灯会志愿服务工作总结⟧</h1>
<div class="dj-info">⟦m 发布时间：2024-03-01　来源：栀园街道党工委　阅读：731⟧</div>
<div class="dj-points">⟦a 本文阅读满2分钟，可计入党员学习积分0.5分⟧</div>
<div class="dj-con">
{BODY}
</div>
<div class="dj-share">⟦a 一键转发到：党员群 ｜ 朋友圈⟧</div>
<div class="dj-qr">⟦a 手机上继续读：扫描右侧二维码⟧</div>
<div class="dj-side"><h4>⟦l 学习专题⟧</h4><p>⟦l 党纪学习教育专栏⟧</p><p>⟦l 社区党组织书记讲堂⟧</p></div>
<div class="dj-foot">⟦m 钎湖先锋网　地址：纮城市钎湖区政务中心A座　湘ICP备14008827号⟧</div>
<script src="/js/djstat.js"></script>
</body></html>
""",
        body="""
今年元宵灯会期间，栀园社区党支部组织党员志愿者参与灯会现场秩序维护，协助公安、城管部门守好隔离栏，引导群众有序观灯，圆满完成了服务任务。现将有关情况总结如下。
一、主要做法
支部把38名党员志愿者编成6个服务小组，每组负责一段隔离栏，佩戴党徽上岗，做到“一栏一岗、一岗双人”。
二、服务情况
服务项目　人次　备注
隔离栏值守　228　三晚轮班
走失儿童寻找　7　全部找回
老人搀扶引导　63　含轮椅通行
三、存在不足
部分志愿者对应急疏散路线不熟悉，夜间交接班时有短暂空岗现象。
下一步，支部将把这次服务经验形成制度，组建常态化的党员应急服务队。
中共栀园社区支部委员会
2024年2月28日
""",
    ),
    dict(
        slug="dangjian-juechuan-marathon-volunteers-host-script",
        site="镢川党建网 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.jcdj.gov.example.cn/dyjy/202410/t20241025_3318.html",
        title="“红色跑团”党员志愿者马拉松服务出征仪式主持词",
        date=None,
        notes=(
            "record title as is; a host script with 下面进行第N项 items and no date (an update stamp 昨天 is none); "
            "a study prompt on a line of its own between paragraphs"
        ),
        page="""
!m 镢川党建网
!m 首页 ＞ 党员教育 ＞ 活动范本
{T}
!m 更新：昨天 16:20　栏目编辑：组织科
{BODY}
!a 学而时习：本文已收入“党员e课堂”，登录后可加入学习清单
!l 相关：“党员先锋岗”授牌仪式主持词　｜　志愿服务队成立大会主持词
!m 主办：中共镢川县委组织部　承办：镢川县党员教育中心
""",
        indent="\u3000\u3000",
        body="""
各位党员同志、志愿者朋友们：
大家早上好！明天，镢川半程马拉松就要开跑了。今天，我们在这里举行“红色跑团”党员志愿者服务出征仪式。
下面进行第一项：由县委组织部负责同志为各服务队授旗。
下面进行第二项：为志愿者代表发放服务号码牌。每一枚号码牌都对应一个服务点位，请大家赛前熟悉点位，比赛当天凭号码牌进入服务区。
⟦a 点击收藏本范文，下次直接调用⟧
下面进行第三项：请志愿者代表、菅塘镇党员刘晓芸发言。
下面进行第四项：全体志愿者重温入党誓词。
同志们，赛道就是考场，服务就是答卷。希望大家亮身份、守岗位、树形象，让每一位跑者感受到镢川的温度。现在我宣布：出征！
""",
    ),
    dict(
        slug="hospital-hongcheng-second-queue-number-tags-notice",
        site="纮城市第二人民医院 (invented)",
        style="医院官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hcsey.com/yygk/gg/2024/0726/1402.html",
        title="关于门诊实行取号码牌分时段候诊的公告",
        record_title="门诊动态丨关于门诊实行取号码牌分时段候诊的公告丨纮城市第二人民医院",
        date="2024-07-25",
        date_also=["2024-07-26"],
        notes=(
            "hospital site: a booking float, a 24-hour emergency line and a booking line beside the notice's own "
            "门诊部 phone; 成文日期 under the hospital's name expected, the page's 上线时间 also"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>门诊动态丨关于门诊实行取号码牌分时段候诊的公告丨纮城市第二人民医院</title></head>
<body>
<div class="h-top">⟦m 纮城市第二人民医院⟧ ⟦m 三级综合医院 · 医保定点⟧</div>
<div class="h-nav">⟦m 医院概况 | 就医指南 | 科室导航 | 专家介绍 | 院务公开 | 健康科普⟧</div>
<div class="h-pos">⟦m 当前位置：首页 / 院务公开 / 医院公告⟧</div>
<h2>{T}</h2>
<div class="h-meta">⟦m 上线时间：2024-07-26 09:00　浏览：2876⟧</div>
<div class="h-body">
{BODY}
</div>
<div id="float-book" style="position:fixed;right:0;bottom:120px">⟦a 预约挂号⟧<br>⟦a 报告查询⟧<br>⟦a 返回顶部⟧</div>
<div class="h-foot">
<p>⟦m 24小时急诊：0743-2890120　预约专线：0743-2890114⟧</p>
<p>⟦m 地址：纮城市钎湖区健康路66号　湘ICP备16009120号⟧</p>
</div>
<div class="h-side"><h4>⟦l 今日出诊专家⟧</h4><p>⟦l 心内科　欧阳明　主任医师⟧</p><p>⟦l 儿科　莫晓兰　副主任医师⟧</p></div>
<script src="/static/js/float.js"></script>
</body></html>
""",
        body="""
各位患者朋友：
为缓解门诊候诊区拥挤，减少患者排队等候时间，我院自2024年7月29日起在门诊各诊区实行取号码牌分时段候诊。现将有关事项公告如下：
一、已预约的患者，请按预约时段提前15分钟到诊区分诊台报到，领取候诊号码牌。
二、未预约的患者，在挂号后到诊区分诊台领取号码牌，按号码牌上的时段候诊。
三、请凭号码牌在候诊区等候叫号；过号的患者请到分诊台重新登记，排在当前时段末位。
四、年满70周岁的老人、孕妇、现役军人等按规定优先就诊，请主动向分诊护士出示相关证件。
如有疑问，请咨询门诊部，电话：0743-2890516（工作日8:00—17:30）。
纮城市第二人民医院
2024年7月25日
""",
    ),
    dict(
        slug="hospital-zanyang-geriatric-bed-rail-bumper-strips",
        site="錾阳县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.zyxrmyy.cn/hlyd/2024/1115/877.html",
        title="病房床栏加装防撞条后，老年患者磕伤少了",
        record_title="【病区护理小记】病房床栏加装防撞条后，老年患者磕伤少了",
        date="2024-11-15",
        notes=(
            "hospital article: a column prefix in the record title; 发布时间 byline as the page's date; a booking "
            "line and a health-account prompt at the bottom, a font-size row at the top"
        ),
        page="""
!m 錾阳县人民医院　ZANYANG COUNTY PEOPLE'S HOSPITAL
!m 首页 » 护理天地 » 护理动态
!t 【病区护理小记】病房床栏加装防撞条后，老年患者磕伤少了
!m 发布时间：2024-11-15　作者：老年医学科　浏览：418
!a 字体：［大］［中］［小］
{BODY}
!a 关注“錾阳县人民医院”服务号，可在线建档、查报告
!m 门诊咨询：0751-6612345　急救电话：0751-6612120
!m 版权所有：錾阳县人民医院　湘ICP备15007731号
""",
        indent="\u3000\u3000",
        body="""
老年患者夜间起床、翻身时，手臂和小腿容易磕在床栏和床头柜的金属边角上，轻则淤青，重则皮肤撕裂。今年6月起，我院老年医学科在全部42张病床的床栏和床头柜边角加装了软质防撞条。
加装半年来，科室统计的患者磕碰伤由上半年的11例下降到2例，且均为轻微擦伤。
护士长郑丽华介绍，防撞条选用的是医用级硅胶材料，表面光滑，便于每天用含氯消毒湿巾擦拭；接缝处用专用胶封边，防止藏污纳垢。
除了加装防撞条，科室还为高风险患者配备了床旁夜灯，护士夜间巡视时重点查看床栏是否拉起、呼叫器是否放在手边。
下一步，医院计划将这一做法推广到康复医学科和神经内科。
""",
    ),
    dict(
        slug="university-hongcheng-vocational-freshmen-barriers-h1",
        site="纮城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hczyjs.edu.example.cn/info/1021/8844.htm",
        title="迎新报到日：校门口隔离栏分流，新生家长一路畅通",
        record_title=None,
        date="2024-09-07",
        notes=(
            "college news page: no title in the record, the h1 gives it; a dotted byline date as the page's date; "
            "a photo caption on a line of its own between paragraphs; a 分享到 row and a college footer"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>纮城职业技术学院</title></head>
<body>
<div class="xy-head">⟦m 纮城职业技术学院⟧ <span>⟦m 厚德 强技 笃行⟧</span></div>
<div class="xy-menu">⟦m 学院概况 · 院系设置 · 招生就业 · 校园生活 · 信息公开⟧</div>
<div class="xy-loc">⟦m 首页 ＞＞ 校园动态⟧</div>
<h1>{T}</h1>
<div class="xy-by">⟦m 2024.09.07　来源：保卫处　摄影：学生记者团　编辑：宣传部⟧</div>
<div class="v_news_content">
{BODY}
</div>
<div class="xy-share">⟦a 分享到：微信 · 微博 · QQ⟧</div>
<div class="xy-pn">⟦l 上一条：我院召开2024级新生入学教育大会⟧<br>⟦l 下一条：图书馆开展新生入馆培训⟧</div>
<div class="xy-side"><h4>⟦l 热点专题⟧</h4><p>⟦l 迎新专题网⟧</p><p>⟦l 技能大赛风采⟧</p></div>
<div class="xy-foot">⟦m 地址：纮城市钎湖区职教大道199号　招生热线：0743-2233880⟧<br>⟦m 版权所有 © 纮城职业技术学院⟧</div>
<script src="/system/resource/js/counter.js"></script>
</body></html>
""",
        body="""
9月6日，纮城职业技术学院迎来2024级4300余名新生。为避免报到高峰期校门口拥堵，学校保卫处提前在南门外设置了约300米长的隔离栏，将送站车辆、步行新生和家长分成三条通道。
“车辆停靠点、行李转运点、步行入口都用隔离栏隔开了，一眼就能看清往哪走。”保卫处处长杜宏说，学校还安排120名学生志愿者在隔离栏沿线引导，帮助新生搬运行李。
报到当天，从校门口到报到大厅的平均通行时间由去年的40分钟缩短到15分钟左右。
⟦m （图）志愿者在隔离栏旁为新生指路。⟧
“以前听说报到那天校门口堵得水泄不通，没想到这么顺利。”陪孩子从外省赶来的家长许先生说。
""",
    ),
    dict(
        slug="university-hongcheng-normal-library-old-calendars-call",
        site="纮城师范学院图书馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://lib.hcnu.edu.example.cn/tzgg/2024/0411/512.html",
        title="关于征集旧挂历举办“年历里的校园”主题展览的通知",
        record_title="馆内通知｜关于征集旧挂历举办“年历里的校园”主题展览的通知｜纮城师范学院图书馆",
        date="2024-04-10",
        date_also=["2024-04-11"],
        notes=(
            "university library: the notice's own contact, phone and mailbox beside the library's service-desk line; "
            "成文日期 under the signature expected, the page's 发布日期 also"
        ),
        page="""
!m 纮城师范学院图书馆
!m 首页 / 馆内通知 / 正文
{T}
!m 发布日期：2024-04-11　　点击：1093
{BODY}
!a 【打印】【关闭】【返回列表】
!m 图书馆总服务台：0743-2817300　开馆时间：8:00—22:00
!m Copyright © 纮城师范学院图书馆
""",
        indent="\u3000\u3000",
        body="""
全校师生、广大校友：
为迎接建校六十五周年，图书馆拟于今年9月举办“年历里的校园”旧挂历主题展览，现面向全校师生和校友征集旧挂历。有关事项通知如下：
一、征集范围：1960年至2010年间出版的各类挂历，尤其欢迎印有我校校园风光、校史照片或由我校自行印制的挂历。
二、征集方式：可捐赠，也可借展。借展的挂历展后完好归还，图书馆颁发收藏证书。
三、征集时间：即日起至2024年6月30日。
四、报送地址：图书馆二楼特藏部（逸夫楼209室）。
联系人：汤老师，电话：0743-2817365，邮箱：tczb_lib@hcnu.cn
纮城师范学院图书馆
2024年4月10日
""",
    ),
]
