"""holdout224, part C: Q&A communities, personal collections, Party-building portals, hospitals
and universities. Every page, place, person, firm, number and URL is invented; each case written
by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="qa-wenfan-mattress-backache-question",
        site="问帆 (invented Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenfan.example-qa.com/question/20718833",
        title="睡充气床垫第二天腰疼，是床垫的问题还是我睡姿不对？",
        record_title=None,
        date=None,
        notes="Q&A page without a record title: the question is the title; an adopted-answer badge, a vote row, more answers, relative answer times (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>睡充气床垫第二天腰疼，是床垫的问题还是我睡姿不对？ - 问帆</title>
<link rel="stylesheet" href="https://s.wenfan-qa.com/css/q.css">
<script src="https://s.wenfan-qa.com/js/q.js" defer></script>
</head>
<body>
<header class="wf-top"><a href="/">⟦m 问帆 · 有问题，扬帆问⟧</a> <input placeholder="搜索你感兴趣的问题"> <a>⟦a 提问⟧</a> <a>⟦a 登录问帆⟧</a></header>
<div class="wf-crumb">⟦m 问帆 › 户外运动 › 露营装备⟧</div>
<div class="wf-question">
<h1>{T}</h1>
<p class="q-detail">⟦m 提问者：小木屋的猫　5 天前　浏览 3821⟧</p>
<div class="q-ops">⟦a 关注此问　邀请答主　我来答⟧</div>
</div>
<div class="wf-answer best">
<span class="badge">⟦m 最佳答案⟧</span>
<div class="a-author">⟦m 山野睡眠研究员　户外领域优质答主⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-meta">⟦m 回答于 3 天前⟧</div>
<div class="a-vote">⟦l ▲ 赞同 462　▼　评论 38　收藏　分享⟧</div>
</div>
<div class="wf-more">
<h3>⟦l 其他 11 个回答⟧</h3>
<div class="a-brief">⟦l 北岸有风：我是侧睡，后来换了厚一点的自充气垫就好了⟧</div>
<div class="a-brief">⟦l 旒水阿凯：地面不平也会腰疼，扎营前先把石子清一清⟧</div>
<a class="more">⟦a 查看全部回答⟧</a>
</div>
<aside class="wf-side"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 充气床垫和防潮垫哪个更适合新手？⟧</li><li>⟦l 车顶帐篷里放什么床垫睡得舒服？⟧</li></ul></aside>
<footer class="wf-foot">⟦m 问帆 © 2025　京ICP证180332号　违法和不良信息举报：400-870-2266⟧</footer>
</body>
</html>
""",
        body="""
这个问题我遇到过，多半不是睡姿，而是气充得不对。
充气床垫不是越硬越好。充得太足，床垫表面绷得像鼓，腰部悬空；充得太少，屁股陷下去，腰椎又会弯。比较合适的是躺上去以后，侧身时肩膀能稍微陷进去，平躺时手掌伸到腰下面刚好塞不进去。
另外，夜里气温下降，床垫里的空气会收缩，半夜会感觉变软，这不一定是漏气。睡前可以少充一点，半夜觉得软了再补两口。
如果这样调了还是腰疼，建议换成带分区支撑的自充气床垫，或者在腰下面垫一条叠好的毛巾。
""",
    ),
    dict(
        slug="qa-wenfan-parasol-upf-text",
        site="问帆 (invented Q&A community)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://m.wenfan.example-qa.com/q/20693107",
        title="UPF50+的遮阳伞和普通晴雨伞差别大吗？",
        record_title="（已采纳答案）UPF50+的遮阳伞和普通晴雨伞差别大吗？｜问帆",
        date=None,
        notes="mobile Q&A text: the question decorated in the record, an adopted badge, a vote row and more answers; 回答于 昨天 is no date; a collect link glued after a 。",
        page="""
!m 问帆 · 有问题，扬帆问
!t （已采纳答案）UPF50+的遮阳伞和普通晴雨伞差别大吗？
!m 2位网友关注　浏览 907
!m ✔ 提问者采纳
!m 帆下听风　生活达人　回答于 昨天
{BODY}
!l 赞同 75　｜　反对　｜　评论 9
!l 更多回答（4）
!l 海盐不咸：遮阳伞别买太便宜的，涂层一晒就掉
!a 打开问帆App，查看全部回答
""",
        body="""
差别主要在伞面材料和涂层。
普通晴雨伞多用涤纶伞面，主要功能是挡雨，对紫外线的阻挡有限，在阳光下撑着也能感觉到明显的热。UPF50+的遮阳伞一般加了黑胶或银胶涂层，按标准检测，紫外线透过率不超过2%。⟦a ♡ 收藏这个回答⟧
但也别迷信数字。涂层会随着使用慢慢磨损，伞面折痕处最容易掉胶，用久了防晒效果会打折扣。
建议买的时候看吊牌上有没有检测标准编号，平时别把伞面揉成一团塞进包里，收伞时顺着伞骨折好。
""",
    ),
    dict(
        slug="collection-laoji-memoir-wooden-blocks-oldtable",
        site="老楫文存 (invented personal collection, old table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.laojiwc.net/zayi/009.htm",
        title="父亲锯的那盒木积木",
        record_title="〈舷边杂忆〉之九：父亲锯的那盒木积木 — 老楫文存",
        date=None,
        notes="a retired worker's collection in an old gb2312 table layout: 繁/简 links, chapter links, a visitor counter and the author's mailbox; a memoir without a date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〈舷边杂忆〉之九：父亲锯的那盒木积木 — 老楫文存</title>
<style type="text/css">body{font-size:14px;line-height:180%}</style>
<script language="JavaScript" src="../js/big5.js"></script>
</head>
<body bgcolor="#FFFDF5">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="8">
<tr><td align="center" bgcolor="#E8DCC0">⟦m 老楫文存　一个老木工的闲笔⟧</td></tr>
<tr><td align="right"><a href="javascript:toBig5()">⟦a 轉為繁體⟧</a>　<a href="javascript:toGb()">⟦a 转为简体⟧</a></td></tr>
<tr><td>⟦m <a href="../index.htm">文存首页</a> ＞ <a href="index.htm">舷边杂忆</a> ＞ 第九篇⟧</td></tr>
<tr><td align="center"><font size="4"><b>⟦t 〈舷边杂忆〉之九：父亲锯的那盒木积木⟧</b></font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l 〈 第八篇　桨塘渡口的夜航船　｜　目　录　｜　第十篇　木器社的刨花 〉⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：laoji_1951@163.com⟧</td></tr>
<tr><td align="center">⟦m 本页自2006年3月起已被翻阅 48213 次⟧</td></tr>
<tr><td align="center">⟦d 文存中的文字均为老楫原作，转载请来信说明⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
我小时候没有买来的玩具。七岁那年冬天，父亲从桨塘乡木器社要来一堆边角料，在院子里锯了整整两个星期天。
他把杉木条锯成长短不一的方块、三角和半圆，用砂纸一块块磨光，又拿我写字剩下的红墨水给几块“屋顶”染了色。最后装进一只旧肥皂箱，一共八十六块。
那盒积木陪了我好多年。我搭过粮站，搭过桨塘的石拱桥，也搭过我想象中的火车站。积木倒了，父亲就蹲下来帮我捡，从来不催我收拾。
前几年给孙子买了一套塑料拼插积木，颜色鲜亮，块块严丝合缝。孙子玩得高兴，我却总想起那只肥皂箱，想起院子里锯末的香味。
""",
    ),
    dict(
        slug="collection-bangao-essay-backpack-oneline",
        site="半篙集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://bangaoji.example-wenji.cn/jiuwu/03.txt",
        title="我的第一只双肩背包",
        record_title="我的第一只双肩背包（旧物小记·三）",
        date=None,
        notes="a personal collection whose text came out on one line (paragraphs apart only by their indent); a year in the text is no date; a chapter nav and a counter around it",
        page="""
!m 半篙集 · 旧物小记
!t 我的第一只双肩背包（旧物小记·三）
!m 作者：篙翁
{BODY}
!l 上一则：母亲的顶针　｜　下一则：那台红灯牌收音机
!m 半篙集已收文章 214 篇，本页点击 1736
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
一九八六年，我考上幄阳师范，母亲用攒了半年的鸡蛋钱，给我买了一只军绿色的帆布双肩背包。那是我们村第一只双肩背包，村里人都说背着像解放军。
背包不大，能装两件换洗衣服、一摞课本和一只搪瓷缸。每个月回家，母亲都往里面塞满炒米和咸菜，我背着它走十几里山路去搭班车。
毕业那年，背包的一根背带断了，我用麻线缝了又缝。后来教书、调动、成家，换过好几只背包，那只军绿色的一直挂在老屋的墙上。
去年回村，我把它取下来拍了灰，帆布已经发白，麻线缝的地方还结结实实。
""",
    ),
    dict(
        slug="party-woyang-summary-backpack-donation-table",
        site="幄阳先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.wyxianfeng.gov.cn/jcdt/202512/t20251222_50213.html",
        title="“爱心背包”志愿服务项目工作总结",
        record_title="【红帆先锋】“爱心背包”志愿服务项目工作总结_基层动态_幄阳先锋网",
        date="2025-12-18",
        date_also=["2025-12-22"],
        notes="Party-building portal: a study-time line, a read-on-phone QR line, a recommended list; a table of donations one row a paragraph; the branch's signature and date (the portal's later publish date also accepted)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【红帆先锋】“爱心背包”志愿服务项目工作总结_基层动态_幄阳先锋网</title>
<link rel="stylesheet" href="/res/css/xf_red.css">
<script src="/res/js/xf.js"></script>
</head>
<body>
<div class="xf-banner">⟦m 幄阳先锋网　中共幄阳市委组织部主办⟧</div>
<div class="xf-nav">⟦m <a>首页</a> <a>党建要闻</a> <a>基层动态</a> <a>党员教育</a> <a>组工信息</a>⟧</div>
<div class="xf-loc">⟦m 位置：首页 >> 基层动态⟧</div>
<div class="xf-article">
<h1>⟦t 【红帆先锋】“爱心背包”志愿服务项目工作总结⟧</h1>
<div class="xf-meta">⟦m 发布时间：2025-12-22　来源：市交通运输局机关党委　阅读：614⟧</div>
<div class="xf-study">⟦a 学习打卡：停留满3分钟，本文计入您本月学习时长⟧</div>
<div class="xf-text">
<p class="tit">{T}</p>
{BODY}
</div>
<div class="xf-qr">⟦a 扫描右侧二维码，在手机上继续读⟧</div>
<div class="xf-rec"><h4>⟦l 推荐阅读⟧</h4><p>⟦l 市直机关开展“党员进社区”双报到活动⟧</p><p>⟦l 帷川县帆石村党支部：把党课开到渔船上⟧</p></div>
</div>
<div class="xf-foot">⟦m 幄阳先锋网版权所有　地址：幄阳市帏湖区正阳路1号　浙ICP备08041266号⟧</div>
</body>
</html>
""",
        body="""
今年以来，幄阳市交通运输局机关第二党支部围绕“爱心背包”志愿服务项目，组织党员为帷川、旒水两县山区学校学生募集双肩书包及学习用品，现将有关情况总结如下。
一、基本情况
全年共开展募集活动4次，参与党员47人次，募集新书包和文具包如下：
学校　书包（只）　文具包（套）
帷川县帆石小学　86　86
旒水县漭原小学　64　70
旒水县桨塘中学　52　40
二、主要做法
一是党员带头认捐，每名党员至少认捐一只书包；二是联合爱心企业按成本价采购，节约资金一万二千余元；三是书包送到学校后，支部党员与受助学生结对，每学期通一次电话。
三、下一步打算
支部将把项目纳入年度党建品牌，争取覆盖更多山区学校。
中共幄阳市交通运输局机关第二支部委员会
2025年12月18日
""",
    ),
    dict(
        slug="party-panshan-host-script-parasols",
        site="旆山党建 (invented)",
        style="党建网",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://dj.panshan.gov.cn/ztdr/2025/07/3310.html",
        title="“一把遮阳伞，一份清凉心”主题党日活动主持词",
        record_title="【七月党日】“一把遮阳伞，一份清凉心”主题党日活动主持词 · 旆山党建",
        date=None,
        notes="a host's script with stage directions in brackets; no date in the document, the portal shows only a 收录 stamp; a points prompt between paragraphs",
        page="""
!m 旆山党建　凝心聚力·旆山先锋
!m 首页 ＞ 主题党日 ＞ 活动资料
!t 【七月党日】“一把遮阳伞，一份清凉心”主题党日活动主持词
!m 收录：2 周前　供稿：县直机关工委　阅读 233
{BODY}
!a 〖收藏〗〖转发〗〖打印〗
!l 相关资料：七月主题党日活动方案　｜　送清凉活动新闻稿写法
!m 旆山县委组织部主办　技术支持：旆山县融媒体中心
""",
        body="""
各位党员同志、环卫工人朋友们：
大家上午好！今天是七月的主题党日，我们来到旆山县城东环卫所，开展“一把遮阳伞，一份清凉心”送清凉活动。
首先，请支部书记介绍活动安排。
（介绍后）
下面，请党员代表为环卫工人发放遮阳伞。这批遮阳伞是支部党员共同出资购买的，伞面加宽，能直接固定在保洁三轮车上，共120把。
⟦a 阅读本页可累计党员学习积分⟧
（发放后）
接下来，请环卫工人代表罗师傅讲几句话。
（发言后）
同志们，一把伞撑起的是一片阴凉，传递的是党员的心意。希望大家把为民服务的劲头带到日常工作中。今天的主题党日活动到此结束，谢谢大家！
""",
    ),
    dict(
        slug="hospital-woyang2-notice-mattress-ward",
        site="幄阳市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wy2yy.com/hlyd/2025/0820/1187.html",
        title="关于规范病区陪护充气床垫使用的温馨提示",
        record_title="关于规范病区陪护充气床垫使用的温馨提示-护理园地-幄阳市第二人民医院",
        date="2025-08-20",
        notes="hospital page: a booking float, a 24-hour line, an experts list; the nursing department's own 咨询 phone stays; no date under the signature, the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于规范病区陪护充气床垫使用的温馨提示-护理园地-幄阳市第二人民医院</title>
<link rel="stylesheet" href="/static/css/hosp.css">
<script src="/static/js/hosp.js"></script>
</head>
<body>
<div class="h-top">⟦m 幄阳市第二人民医院　三级乙等综合医院⟧　⟦m 24小时急诊：0577-66235120⟧</div>
<div class="h-nav">⟦m <a>医院概况</a> <a>科室导航</a> <a>专家介绍</a> <a>就医指南</a> <a>护理园地</a> <a>党建廉政</a>⟧</div>
<div class="h-pos">⟦m 您的位置：首页 › 护理园地 › 护理动态⟧</div>
<div class="h-art">
<h2>{T}</h2>
<p class="h-info">⟦m 发布时间：2025-08-20　发布科室：护理部　浏览：942⟧</p>
<div class="h-con">
{BODY}
</div>
</div>
<div class="h-side">
<h4>⟦l 本周出诊专家⟧</h4>
<ul><li>⟦l 骨科　颜舸　主任医师　周二上午⟧</li><li>⟦l 呼吸内科　傅帆　主任医师　周四全天⟧</li></ul>
</div>
<div class="h-float"><a>⟦a 预约挂号⟧</a><a>⟦a 智能导诊⟧</a><a>⟦a 返回顶部⟧</a></div>
<div class="h-foot">
<p>⟦m 预约挂号专线：0577-66235000⟧</p>
<p>⟦m 地址：幄阳市帏湖区舷光路88号　浙ICP备13027611号⟧</p>
</div>
</body>
</html>
""",
        body="""
各位患者家属、陪护人员：
近期，部分病区陪护人员自带充气床垫在走廊和病床间休息，夜间堵塞通道，影响医护人员巡视和抢救。为保障病区安全，现就有关事项提示如下：
一、陪护人员请使用医院统一提供的陪护折叠床，每床限一人陪护。
二、确需使用充气床垫的，请到护士站登记，床垫宽度不超过70厘米，只能放在病床靠窗一侧，早上7点前收起。
三、禁止在病区使用电动充气泵，以免噪声影响其他患者休息。
如有疑问，请咨询护理部，电话：0577-66235180。
幄阳市第二人民医院护理部
""",
    ),
    dict(
        slug="hospital-panshan-tcm-burns-stove-article",
        site="旆山县中医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="https://www.pszyy.cn/kpzx/20251009/776.html",
        title="露营做饭被炉具烫伤，先做这三步",
        record_title="【科普直通车】露营做饭被炉具烫伤，先做这三步 - 烧伤整形科 - 旆山县中医院",
        date="2025-10-09",
        notes="hospital article text: the department's own 咨询电话 at the end beside the hospital's booking and emergency lines; the byline's 发布时间 is the date; a video link between paragraphs",
        page="""
!m 旆山县中医院　二级甲等中医医院
!m 首页 / 科普中心 / 烧伤整形科
{T}
!m 发布时间：2025-10-09　作者：烧伤整形科　审核：医务科
!a 字号：A+ A A-　　分享到朋友圈
{BODY}
!l 上一篇：秋季腹泻高发，家长做好这几点
!l 下一篇：冬病夏治三伏贴常见问题解答
!m 预约挂号：0578-7351000　急诊：0578-7351120
!m 旆山县中医院版权所有　地址：旆山县麾城东路6号
""",
        body="""
国庆假期，我院烧伤整形科接诊了5名露营时被户外炉具烫伤的患者，其中2人是气罐受热后爆燃所致。科室主任柴楫提醒，一旦烫伤，要记住三步：
第一步，冲。立即用流动的凉水冲洗创面15至20分钟，水流不要太急。
⟦l 点此观看视频：烫伤后正确冲洗示范（1分42秒）⟧
第二步，脱。在冷水中小心脱去或剪开衣物，有粘连的不要硬撕。
第三步，盖。用干净的纱布或毛巾轻轻覆盖，尽快就医，不要涂牙膏、酱油。
预防比处理更重要：炉具要放在平稳的地面上，气罐不要靠近炉头，也不要在帐篷里用炉子取暖。
烧伤整形科咨询电话：0578-7351206。
""",
    ),
    dict(
        slug="univ-woyang-tech-backpack-donation-h1",
        site="幄阳理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.wylg.edu.cn/info/1032/18841.htm",
        title="“旧包新旅”毕业季背包捐赠活动启动",
        record_title=None,
        date="2025-06-21",
        notes="university news page without a record title: the <h1>; a dotted date in the byline is the date; a photo caption between paragraphs, a 审核 line glued after the last 。",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>“旧包新旅”毕业季背包捐赠活动启动-幄阳理工学院新闻网</title>
<link rel="stylesheet" href="/_css/news2024.css">
<script src="/_js/jquery.js"></script>
</head>
<body>
<div class="u-head"><span>⟦m 幄阳理工学院新闻网⟧</span> <span>⟦m 笃学　致远　格物　匠心⟧</span></div>
<div class="u-nav">⟦m <a>学校首页</a> <a>综合新闻</a> <a>学院动态</a> <a>校园文化</a> <a>媒体理工</a>⟧</div>
<div class="u-art">
<h1>{T}</h1>
<div class="u-meta">⟦m 2025.06.21　来源：校团委　点击：<span>1264</span>⟧</div>
<div class="u-con">
{BODY}
</div>
<div class="u-close">⟦a 【关闭】【打印】⟧</div>
</div>
<div class="u-side"><h4>⟦l 热点新闻⟧</h4><ul><li>⟦l 我校在省大学生机械创新设计大赛中获佳绩⟧</li><li>⟦l 2025届毕业典礼暨学位授予仪式举行⟧</li></ul></div>
<div class="u-foot">⟦m 幄阳理工学院党委宣传部　地址：幄阳市艉洲大道1777号⟧</div>
</body>
</html>
""",
        body="""
6月10日，幄阳理工学院“旧包新旅”毕业季背包捐赠活动在学生活动中心启动。活动由校团委、后勤处联合主办，面向2025届毕业生回收闲置双肩背包。
⟦m 毕业生在捐赠点交接背包（学生记者　晏楫　摄）⟧
活动现场，毕业生将清洗干净的背包交到志愿者手中，志愿者逐只检查拉链和背带，合格的贴上编号登记。截至6月20日，共收到背包1326只，其中完好可用的1108只。
这批背包将由校青年志愿者协会送往旒水县、帷川县的6所乡村学校。“这个包陪我跑了四年实验室，希望它能继续陪一个孩子上学。”机械工程学院毕业生萧帆说。⟦m （文字：校团委　审核：宣传部）⟧
""",
    ),
    dict(
        slug="univ-woyang-tech-pe-parasol-loan",
        site="幄阳理工学院体育学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tyxy.wylg.edu.cn/tzgg/20250408/2207.htm",
        title="关于沙滩排球场遮阳伞借用管理的通知",
        record_title="关于沙滩排球场遮阳伞借用管理的通知-体育学院-幄阳理工学院",
        date="2025-04-08",
        notes="a college department's notice text: numbered list 1. 2. 3., a 扫描二维码 sentence and its own 咨询电话 beside the college's service line; the 成文日期 is the date",
        page="""
!m 幄阳理工学院 · 体育学院
!m 学院首页 | 学院概况 | 教学工作 | 场馆服务 | 通知公告
{T}
!m 作者：场馆管理中心　发布：体育学院　浏览次数：517
{BODY}
!a 【打印本页】 【关闭】
!m 学院办公室电话：0577-66910300　版权所有：幄阳理工学院体育学院
""",
        body="""
各班级、各运动队：
学院沙滩排球场新配备遮阳伞12把，供课间休息和赛事裁判使用。为规范管理，现就借用事项通知如下：
1.遮阳伞由场馆管理中心统一保管，借用时须凭学生证登记，当日18时前归还。
2.伞座须注水或压沙袋固定，风力达到五级时应立即收伞。
3.遮阳伞损坏、丢失的，按原价赔偿。
4.场馆预约请登录学院场馆预约系统，或扫描场馆门口二维码办理。
咨询电话：0577-66910322（场馆管理中心）。
体育学院
2025年4月8日
""",
    ),
]
