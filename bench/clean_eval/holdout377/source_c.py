"""holdout377, part C: Q&A sites, personal collections, Party-building sites, hospitals and universities.

Written by hand; all names, places, sites, URLs and numbers are invented. See ../build.py.
"""

CASES = [
    dict(
        slug="qa-wendali-sofathrow-slipping-question-title",
        site="问达里 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendali.com/q/40917733.html",
        title="沙发巾总是往下滑，有什么好办法？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title, found in the page's <h1>; an adopted-answer badge, a "
        "vote bar, more answers; the answer time is relative (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>沙发巾总是往下滑，有什么好办法？ - 问达里</title>
<link rel="stylesheet" href="https://s.wendali.com/q/qa-2024.css">
<script src="https://s.wendali.com/q/qa-2024.js" defer></script>
</head>
<body>
<div class="wd-head">⟦m 问达里 · 问一句，达一片⟧ <a href="/ask">⟦a 我也要提问⟧</a> <a href="/login">⟦a 登录问达里⟧</a></div>
<div class="wd-crumb">⟦m 问达里 ＞ 居家 ＞ 布艺软装⟧</div>
<div class="wd-q">
<h1>{T}</h1>
<div class="q-desc">⟦m 提问者：蓝莓不酸　｜　悬赏 10 问豆　｜　6 人关注⟧</div>
</div>
<div class="wd-best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="answerer">⟦m 居家小能手阿沁　｜　软装搭配师　｜　2 天前回答⟧</div>
<div class="answer-text">
{BODY}
</div>
<div class="vote">⟦a 赞同 211　反对 4　评论 12⟧</div>
</div>
<div class="wd-more">
<h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 直接用双面胶粘住，简单粗暴。——路过的小陈⟧</p>
<p>⟦l 换成带松紧绳的沙发套就不滑了。——木子⟧</p>
</div>
<div class="wd-side"><h4>⟦l 相关问题⟧</h4><p>⟦l 沙发巾多久洗一次比较合适？⟧</p><p>⟦l 皮沙发适合铺什么材质的垫子？⟧</p></div>
<div class="wd-foot">⟦m ©2025 问达里 wendali.com　京ICP证180227号⟧</div>
</body>
</html>
""",
        body="""
沙发巾往下滑，主要有三个原因：沙发面料太光滑、沙发巾尺寸不合适、背面没有防滑处理。可以试试下面几个办法：
1. 选对尺寸。沙发巾要比坐垫宽出十五到二十厘米，多出来的部分塞进坐垫和靠背的缝隙里，能起到固定作用。
2. 加防滑垫。在沙发巾和坐垫之间铺一层网格防滑垫，几块钱一张，裁成坐垫大小就行。
3. 用固定器。有一种螺旋形的沙发巾固定钉，拧进坐垫缝里，基本不会跑位。注意皮沙发慎用，容易扎破。
4. 换材质。雪尼尔、棉麻类的沙发巾比冰丝、绸缎类的更不容易滑。
我家布沙发用了第1和第2个办法，小孩在上面蹦都没问题。
""",
    ),
    dict(
        slug="qa-dazhi-winerack-bottle-position",
        site="答知网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.dazhiwang.net/shenghuo/q2290431.html",
        title="红酒架上的酒瓶应该平放还是竖放？",
        record_title="红酒架上的酒瓶应该平放还是竖放？_生活百事问_答知网",
        date=None,
        notes="a Q&A with the site and column after underscores; best answer with a relative answer time (no "
        "date); useful/useless row, other answers, answer prompt",
        page="""
!m 答知网 — 有问必答，知无不言
!m 问答首页 › 家居生活 › 收纳整理
{T}
!m 提问者：葡萄藤下　｜　1 个回答　｜　浏览 2,013
!m 最佳答案　　答主：品酒的老徐　｜　回答于 5 天前
{BODY}
!a 有用(84)　没用(3)　举报
!l 另有2位网友作答
!l 我一般竖着放，反正喝得快。——匿名网友
!l 还想问：红酒开瓶后能放几天？
!a 会答就说两句，登录答知网写回答
""",
        body="""
带软木塞的葡萄酒，放在红酒架上时最好平放或者瓶口略微朝下倾斜。这样酒液能一直接触软木塞，让木塞保持湿润、不干缩，外面的空气就不容易进入瓶中，酒不容易氧化变质。
如果是螺旋盖的酒，或者准备一两周内就喝掉的酒，竖着放也没关系。
选红酒架时要注意：一是格子尺寸要合适，标准750毫升的瓶子瓶身直径约7.5厘米，格子太大酒瓶会滚动；二是不要放在阳光直射、靠近暖气或者厨房灶台的地方，温度忽高忽低对酒不好；三是实木红酒架承重好，铁艺的要看焊点是否牢固。
另外，起泡酒不建议长期平放，最好竖着存放。
以上仅供参考，希望对你有帮助。
""",
    ),
    dict(
        slug="collection-kuiyuan-memoir-chalk-father-gb2312",
        site="揆园闲笔 (invented personal collection; old gb2312 table layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.kuiyuanxianbi.cn/sheyuan/011.htm",
        title="父亲球房里的巧克粉",
        record_title="父亲球房里的巧克粉（《歙原旧话》第十一篇）",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table page: marquee, chapter links, visitor "
        "counter, the author's mailbox; the memoir ends with a 写于-style line giving only a year and season (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲球房里的巧克粉（《歙原旧话》第十一篇）</title>
<style type="text/css">body{font-size:14px;line-height:26px}.t{font-size:20px;font-weight:bold}</style>
<script language="JavaScript">function hz(){document.body.style.fontFamily='KaiTi';}</script>
</head>
<body bgcolor="#F7F3E8">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td><marquee behavior="alternate">⟦m 揆园闲笔——退休老教师的一方文字菜园⟧</marquee></td></tr>
<tr><td align="right"><a href="../index.htm">⟦m 回揆园首页⟧</a>　<a href="index.htm">⟦m 《歙原旧话》目录⟧</a>　<a href="javascript:hz()">⟦a 楷体阅读⟧</a></td></tr>
<tr><td align="center" class="t">{T}</td></tr>
<tr><td align="center">⟦m 《歙原旧话》第十一篇　作者：揆园老笔⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center">⟦l ←上一篇：老街的铁匠铺⟧　⟦l 下一篇：外婆的针线笸箩→⟧</td></tr>
<tr><td align="center"><hr size="1">⟦m 来信请寄：kuiyuan_laobi@126.com⟧</td></tr>
<tr><td align="center">⟦d 园中文字皆为拙作，转载请先写信告知。⟧</td></tr>
<tr><td align="center">⟦m 揆园自开园以来接待访客 <font color="#993300">58217</font> 人次⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲在揆川镇老街开过一间球房，只有两张台子，墙上挂着一块写着“台球　每局五角”的木牌。那是上世纪九十年代初，我刚上初中。
球房里最金贵的东西，不是球杆，而是巧克粉。那时候镇上买不到，父亲每次进县城，都要到体育用品商店捎回一盒，十二块，用油纸包好放在柜台抽屉里。客人要用，他才拿出一块，打完了还要收回来。
有一回，一个外地来的年轻人打完球，顺手把巧克粉揣进了口袋。父亲追出去半条街，要了回来。回到店里，他有些不好意思地对我说：“不是舍不得这一块粉，是这东西镇上买不着，下一个客人就没得用了。”
后来，球房关了，父亲也老了。去年整理他的遗物，我在一只铁皮饼干盒里发现了半块蓝色的巧克粉，已经干裂成了几瓣。我把它放在书桌上，写字累了，就看一看。
二〇二四年冬，于揆川
""",
    ),
    dict(
        slug="collection-yehang-essay-dartboard-oneline",
        site="夜航杂记 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://yehangzaji.net/juan2/14.html",
        title="飞镖盘上的年轮",
        record_title="飞镖盘上的年轮 · 《夜航杂记》卷二",
        date=None,
        notes="a night editor's essay whose whole body stands on one line (paragraphs apart only by their indent); "
        "an inclusion stamp as a relative time (no date)",
        page="""
!m 夜航杂记 — 一个夜班编辑的随手文字
!t 飞镖盘上的年轮 · 《夜航杂记》卷二
!m 卷二 · 第14篇　字数 612　收录于 2 个月前
{BODY}
!l 卷二目录 ｜ 上一篇：凌晨四点的印刷厂 ｜ 下一篇：一碗馄饨
!d 文字为作者原创，转载前请先打个招呼
!m 写信给作者：yehang_bianji@foxmail.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
城西那家小酒馆，墙上挂着一只剑麻飞镖盘，听老板说已经挂了十七年。
镖盘早已褪了色，红绿相间的双倍区、三倍区模糊成一片暗影，靶心周围密密麻麻全是小孔。老板说，剑麻镖盘的好处是会“愈合”，镖拔出来，纤维慢慢合拢，孔就看不见了；可十七年的孔太多了，合也合不过来。
我常在周五晚上去那里坐一坐。有时是下班的工人，有时是附近学校的老师，一人一杯啤酒，轮流站到投掷线后面。投得好的，大家起哄；投偏了，扎在墙上的软木里，也没人笑话。
有一次，我问老板为什么不换个新的。他摸了摸镖盘的边框，说：“新的好看，可这上面的每一个孔，都是一个晚上。”
我忽然觉得，这只飞镖盘像一棵树，那些小孔，就是它的年轮。
""",
    ),
    dict(
        slug="party-zouchuan-hongfan-summary-sofathrow-volunteers",
        site="郰川红帆网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zchongfan.gov.cn/zbfc/202501/t20250113_8817.html",
        title="县直机关第二党支部“织暖送老”沙发巾志愿服务活动总结",
        record_title="【织暖行动】县直机关第二党支部“织暖送老”沙发巾志愿服务活动总结_郰川红帆网",
        date="2025-01-10",
        date_also=["2025-01-13"],
        notes="Party portal: a study-points prompt, a read-on-phone QR line; a table one row a paragraph; the "
        "成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【织暖行动】县直机关第二党支部“织暖送老”沙发巾志愿服务活动总结_郰川红帆网</title>
<link rel="stylesheet" href="/res/xf/css/xf-main.css">
<script src="/res/xf/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="xf-top">⟦m 中共郰川县委组织部　主办⟧</div>
<div class="xf-logo">⟦m 郰川红帆网⟧</div>
<div class="xf-nav">⟦m <a href="/">首页</a> <a href="/zgdt/">组工动态</a> <a href="/zbfc/">支部风采</a> <a href="/xxyd/">学习园地</a> <a href="/dyfc/">党员风采</a>⟧</div>
<div class="xf-path">⟦m 您在这里：首页 › 支部风采⟧</div>
<div class="xf-article">
<h1>{T}</h1>
<div class="xf-meta">⟦m 来源：县直机关工委　发布时间：2025-01-13　浏览：652⟧</div>
<div class="xf-con">
{BODY}
</div>
<div class="xf-points">⟦a 在本页停留满3分钟，计入党员学习积分1分⟧</div>
<div class="xf-qr">⟦a 掏出手机扫一扫，把本文带在路上读⟧</div>
</div>
<div class="xf-side">
<h3>⟦l 支部风采·最新⟧</h3>
<p>⟦l 卫健系统党支部开展“健康敲门”行动⟧</p>
<p>⟦l 城管局党支部“门前三包”志愿服务见闻⟧</p>
</div>
<div class="xf-foot">⟦m 中共郰川县委组织部版权所有　地址：郰川县人民路1号　组工热线：0738-6600715⟧</div>
<script src="/res/xf/js/xf-stat.js"></script>
</body>
</html>
""",
        body="""
2024年10月至12月，县直机关第二党支部组织党员开展“织暖送老”志愿服务活动，为城区独居老人编织、赠送沙发巾。现将活动情况总结如下。
一、活动开展情况
支部发动党员和家属自愿参与，利用业余时间编织沙发巾，并邀请社区手工达人开展两次钩织教学。活动共编织沙发巾86条，分三批送到老人家中。具体如下：
批次　时间　受赠社区　赠送数量（条）
第一批　11月8日　嵠东社区　30
第二批　11月29日　珹光社区　28
第三批　12月20日　峑园社区　28
党员们在送沙发巾的同时，帮老人打扫卫生、检查用电安全，了解老人生活需求，收集意见建议17条，均已转交有关部门办理。
二、活动体会
一条沙发巾虽小，却让老人感受到了党组织的温暖。党员们普遍反映，动手编织的过程也是锤炼耐心、密切联系群众的过程。
三、下一步打算
支部将把“织暖送老”打造成固定服务项目，每年冬季开展一次，并与社区建立结对联系机制。
县直机关第二党支部
2025年1月10日
""",
    ),
    dict(
        slug="party-sheyuan-zugong-speech-winerack-alliance-cn-date",
        site="歙原组工网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.syzugong.cn/ldjh/2025/0529/1180.html",
        title="在红酒架产业链党建联盟成立大会上的讲话",
        record_title="〔组工讲话〕在红酒架产业链党建联盟成立大会上的讲话 - 歙原组工网",
        date="2025-05-27",
        date_also=["2025-05-29"],
        notes="a speech with the speaker's line and a date in Chinese numerals under the title (neutral); the "
        "posting date differs; study-points and scan-to-read prompts",
        page="""
!m 歙原组工网
!m 位置：首页 > 组工动态 > 领导讲话
!t 〔组工讲话〕在红酒架产业链党建联盟成立大会上的讲话
县委常委、组织部部长　柯立群
（二〇二五年五月二十七日）
!m 发布日期：2025-05-29　来源：县委组织部
{BODY}
!a 读完全文可领取学习积分，记得点“已学”
!a 手机扫码，随时随地学
!l 相关阅读：全县非公企业党建工作推进会召开
!m 中共歙原县委组织部主办　组工信箱：syzgb@163.com
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，我们在这里召开红酒架产业链党建联盟成立大会，把全县红酒架生产、木材供应、物流运输和电商销售等环节的二十一家企业党组织联结起来，这是我县推进非公企业党建工作的一次新探索。
成立党建联盟，目的是以党建链串起产业链。过去，上下游企业各自为战，木料涨价、物流断档时往往互相埋怨。联盟成立后，要定期召开联席会议，在原料采购、技术攻关、人才培养上互通有无，让党组织成为企业之间的“连心桥”。
借此机会，我提三点要求：一要建强组织。联盟各成员单位党组织要配齐配强书记，规范开展组织生活，把技术骨干发展成党员，把党员培养成技术骨干。二要服务发展。要围绕红酒架设计创新、质量提升组建党员攻关小组，每年至少解决一两个行业共性难题。三要凝聚人心。要关心职工生活，做好外来务工人员服务，让职工在企业安心、舒心。
同志们，希望联盟各成员单位携起手来，以高质量党建引领红酒架产业高质量发展。
""",
    ),
    dict(
        slug="hospital-shuyang-eye-dart-injury-hotlines",
        site="鄃阳县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.syxrmyy.com/jkyd/kp/2025/0620/3318.html",
        title="警惕飞镖扎伤眼睛，这些急救要点要记牢",
        record_title="【眼外伤急救须知】警惕飞镖扎伤眼睛，这些急救要点要记牢-健康园地-鄃阳县人民医院",
        date="2025-06-20",
        notes="a county hospital's article: a booking float, booking and 24-hour lines beside the department's own "
        "咨询电话 in the body; a collect link glued after a sentence; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【眼外伤急救须知】警惕飞镖扎伤眼睛，这些急救要点要记牢-健康园地-鄃阳县人民医院</title>
<link rel="stylesheet" href="/static/hospital/css/common.css">
<script src="/static/hospital/js/common.js"></script>
</head>
<body>
<div class="h-top">⟦m 鄃阳县人民医院　二级甲等综合医院⟧　⟦m 预约挂号：0736-7856114⟧　⟦m 24小时急诊：0736-7856120⟧</div>
<div class="h-nav">⟦m <a href="/">医院首页</a> <a href="/yygk/">医院概况</a> <a href="/ksdh/">科室导航</a> <a href="/zjjs/">专家介绍</a> <a href="/jkyd/">健康园地</a> <a href="/jzzn/">就诊指南</a>⟧</div>
<div class="h-path">⟦m 当前位置：首页 ＞ 健康园地 ＞ 科普文章⟧</div>
<div class="h-main">
<h1>{T}</h1>
<div class="h-meta">⟦m 发布时间：2025-06-20　撰稿：眼科　点击数：781⟧</div>
<div class="h-content">
{BODY}
</div>
</div>
<div class="h-side">
<h3>⟦l 眼科专家⟧</h3>
<p>⟦l 陈慕华　主任医师　擅长眼外伤、玻璃体视网膜疾病⟧</p>
<p>⟦l 卢子健　副主任医师　擅长白内障、青光眼⟧</p>
</div>
<div class="h-float"><a href="/yygh/">⟦a 线上约号，少排一次队⟧</a></div>
<div class="h-foot">
<p>⟦m 地址：鄃阳县解放中路88号　邮编：414600⟧</p>
<p>⟦d 科普文章仅供参考，不能代替医生面诊。⟧</p>
</div>
<script>initFloat('.h-float');</script>
</body>
</html>
""",
        body="""
近日，我院眼科接连接诊了两名被飞镖扎伤眼睛的患者，其中一名是9岁男孩，在家中玩耍时被哥哥投出的钢针飞镖扎中左眼，经紧急手术才保住眼球。
飞镖虽小，针尖锋利，一旦扎入眼内，可能造成角膜穿通伤、外伤性白内障，甚至眼内感染，严重时会导致失明。⟦a ☆收藏这篇科普⟧
眼科主任医师陈慕华提醒：
1. 家中有儿童的，尽量选择软头飞镖和电子飞镖盘，钢针飞镖要放在孩子拿不到的地方。
2. 投镖时，飞镖盘前方和两侧不能站人，更不能有人从投掷线和镖盘之间穿过。
3. 一旦眼睛被扎伤，不要自行拔出异物，不要揉眼、冲洗，用干净的纸杯罩住伤眼，立即到医院就诊。
4. 就医途中尽量避免低头、用力，减少眼内容物脱出的风险。
眼科门诊咨询电话：0736-7856213（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-zouchuan-tcm-notice-sofathrow-wards-record",
        site="郰川县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zcxzyyy.com/ywgg/2025/1103/608.html",
        title="关于住院病区暂停使用自带沙发巾等织物的通知",
        date="2025-11-03",
        notes="record title as is; a hospital's infection-control notice; service and complaint lines below; the "
        "成文日期 equals the posting line",
        page="""
!m 郰川县中医医院 · 守正传承　仁心济世
!m 首页 / 新闻中心 / 院务公告
{T}
!m 来源：院感科　发布：2025-11-03　点击：390
{BODY}
!m 门诊服务电话：0738-6655120　投诉监督：0738-6655009
!l 上一条：关于调整冬季门诊作息时间的通知
!l 下一条：中医药文化进社区义诊活动预告
!a 关注医院服务号，挂号缴费不用跑窗口
!d 网站刊载的健康信息只作参考，不能作为诊疗依据
""",
        indent="\u3000\u3000",
        body="""
各病区、全体住院患者及家属：
近期进入秋冬季呼吸道传染病高发期。院感科在巡查中发现，部分病区陪护椅、沙发上铺有患者家属自带的沙发巾、坐垫等织物，这些织物难以按医院标准清洗消毒，容易藏污纳垢、传播病菌。为降低院内感染风险，经研究，决定自即日起住院病区暂停使用自带沙发巾等织物。具体要求如下：
一、病区陪护椅、沙发统一使用医院配发的可消毒椅套，每位患者出院后更换。
二、患者家属已带入的沙发巾、坐垫等，请于11月7日前自行带回家中。
三、确因病情需要使用保暖织物的，由护士长登记后，使用医院统一配发的织物。
四、各病区护士长负责本病区的宣传和落实，院感科每周进行检查。
感谢广大患者和家属的理解与配合。
郰川县中医医院院感科
2025年11月3日
""",
    ),
    dict(
        slug="college-qiaocheng-news-low-dust-chalk-h1-dotted",
        site="鄡城学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qcxy.edu.cn/info/1021/31877.htm",
        title="体育学院台球选修课用上低尘巧克粉",
        record_title=None,
        date="2025-04-22",
        notes="no record title: the headline in the college's <h1>; a dotted college date in the byline is the "
        "page's date; a supplier/photographer line after the text",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鄡城学院新闻网</title>
<link rel="stylesheet" href="/style/qcxy-news.css">
<script src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="xy-top">⟦m 鄡城学院新闻网　求是　笃行　明德　致远⟧</div>
<div class="xy-nav">⟦m <a href="/">新闻首页</a> <a href="/xxyw.htm">学校要闻</a> <a href="/yxdt.htm">院系动态</a> <a href="/xyrw.htm">校园人物</a> <a href="/mtjj.htm">媒体聚焦</a>⟧</div>
<div class="xy-path">⟦m 当前位置：新闻首页 » 院系动态 » 正文⟧</div>
<div class="xy-art">
<h1>{T}</h1>
<div class="xy-info">⟦m 发布日期：2025.04.22　点击：<span id="dynclicks">1204</span>⟧</div>
<div class="xy-con">
{BODY}
</div>
<div class="xy-src">⟦m （供稿：体育学院　摄影：学生记者团　编辑：蒋悦）⟧</div>
<div class="xy-pn">⟦l 上一条：外国语学院举办第九届英语配音大赛⟧<br>⟦l 下一条：图书馆推出“春日阅读”书单⟧</div>
</div>
<div class="xy-foot">⟦m 鄡城学院党委宣传部　地址：鄡城市学府大道9号　新闻热线：0739-5300112⟧</div>
<script>_showDynClicks("wbnews", 1849217, 31877);</script>
</body>
</html>
""",
        body="""
本学期，体育学院在台球选修课上全面换用低尘巧克粉，并为每张球台配备了粉块托盘，课堂环境明显改善。
台球选修课开设已有六年，是全校最受欢迎的体育选修课之一，每学期选课学生超过四百人。以往上课用的普通巧克粉掉粉多，一节课下来，台呢上、地面上都是蓝色粉末，学生的衣袖也常被染色，任课教师每天要花半小时清扫。
今年寒假，任课教师吴韬带领学生做了一个小调查，比较了五种巧克粉的掉粉量和附着效果，最终选定一种颗粒更细的低尘产品。“换粉之后，清扫时间缩短到十分钟，皮头的附着效果也更稳定。”吴韬说。
体育学院还把“擦粉规范”写进了课程第一讲，要求学生在台外擦粉、用后粉面朝上放回托盘。选课学生周佳怡说，老师把擦粉当作台球礼仪的一部分来教，现在同学们都养成了习惯。
""",
    ),
    dict(
        slug="college-shuyang-vocational-rules-jigger-lending",
        site="鄃阳职业技术学院 (invented)",
        style="高校官网",
        genre="规定",
        kind="other",
        form="text",
        source="http://www.syzyjs.edu.cn/sxzx/gzzd/2025/0914.html",
        title="旅游与酒店管理学院调酒实训室器具借用管理规定",
        record_title="旅游与酒店管理学院调酒实训室器具借用管理规定-实训中心-鄃阳职业技术学院",
        date=None,
        notes="rules in 第N条 articles with only an effective clause (no date); 扫描二维码 as content; an update "
        "stamp as a relative time",
        page="""
!m 鄃阳职业技术学院 · 实训中心
!m 首页 ▸ 规章制度 ▸ 实训室管理
!t 旅游与酒店管理学院调酒实训室器具借用管理规定
!m 发布部门：旅游与酒店管理学院　更新：3 周前　访问：215
{BODY}
!a 下载本规定（PDF）　｜　打印
!l 同栏目：西餐实训室安全操作规程
!l 同栏目：客房实训室开放预约办法
!m 鄃阳职业技术学院实训中心　电话：0736-7790301
""",
        gap=True,
        body="""
第一条　为加强调酒实训室器具管理，保障实践教学正常进行，制定本规定。
第二条　本规定所称器具，包括量酒器、调酒壶、吧勺、滤冰器、量杯等调酒用具。
第三条　学生课外借用器具，须在实训室门口扫描借用二维码，填写姓名、学号、器具名称和数量，经实训室管理员确认后方可领取。
第四条　量酒器等计量器具借出前，管理员应检查刻度是否清晰、杯口有无变形，发现问题不得借出。
第五条　借用时间一般不超过三天，归还时须清洗干净、擦干。损坏或遗失的，按原价赔偿。
第六条　器具不得带出校园用于营利性活动。
第七条　本规定由旅游与酒店管理学院负责解释，自发布之日起施行。
""",
    ),
]
