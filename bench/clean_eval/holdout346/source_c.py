"""holdout346, part C: Q&A sites, personal collections, Party-building sites, hospitals, universities.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wengemingbai-qa-book-film-bubbles",
        site="问个明白 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wengemingbai.com/q/7719250",
        title="包书膜贴上去总有气泡，怎样才能包得平整？",
        record_title=None,
        date=None,
        notes="Q&A: the question (the <h1>) is the title, the adopted answer the body; adopted-answer badge, vote bar and more answers; relative answer time (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问个明白</title></head><body>
<div class="header">⟦m 问个明白 · 有问题，大家帮你想⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问个明白 › 生活 › 家居手工⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-meta">⟦m 提问者：豆豆爸爸　｜　浏览 2.6万　｜　7 个回答⟧</p>
<div class="q-act">⟦a 我也想知道（318）　邀请别人回答⟧</div></div>
<div class="answer best"><div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 手巧的阿芝　回答于 2 天前　｜　生活达人⟧</div>
<div class="ans-body">
{BODY}
</div>
<div class="vote">⟦a 有用 1045　没用 12　评论 38⟧</div></div>
<div class="more"><h3>⟦l 其他 6 个回答⟧</h3>
<p>⟦l 黎明的鹉：用吹风机吹一下热风，膜软了就好贴了⟧</p>
<p>⟦l 匿名用户：直接买那种不带胶的书套，套上就行，没气泡⟧</p></div>
<div class="side">⟦l 相关问题：书皮纸和包书膜哪个好？　｜　包书膜有味道对孩子有害吗？⟧</div>
<div class="foot">⟦d 回答仅代表网友个人观点，不构成专业建议。⟧ ⟦m ©2025 问个明白　沪ICP备20051107号⟧</div>
</body></html>
""",
        body="""
我家两个孩子，每学期要包二十多本书，试过好几种办法，分享一下我的经验。
第一步，量好尺寸再裁。书平放在膜上，四边各留出两厘米左右，太窄了折不过去，太宽了容易起皱。
第二步，别一下子把背胶纸全撕掉。先撕开一边，对准书的封面边缘贴住，然后一边慢慢撕背纸，一边用尺子或者银行卡从中间往两边刮，气泡就被赶出去了。
第三步，实在有小气泡，用缝衣针轻轻扎一个小孔，再用指腹一按就平了。
最后提醒一句，买包书膜尽量挑没有气味、标明材质的，便宜的那种有的味道很冲。
""",
    ),
    dict(
        slug="wengemingbai-qa-magnet-whiteboard",
        site="问个明白 · 生活百问 (invented Q&A section)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wengemingbai.com/q/7802614",
        title="磁铁贴为什么吸不住教室的白板？",
        record_title="磁铁贴为什么吸不住教室的白板？ - 生活百问 - 问个明白",
        date=None,
        notes="text Q&A: the question is the title, the best answer the body; answer time relative; vote row and more answers below; no date",
        page="""
!m 问个明白　首页　分类　回答榜
{T}
!m 关注 57 · 浏览 4,388
!a 回答这个问题　　邀请好友
!m 最佳答案
!m 文具店老冯　回答于 5 天前
{BODY}
!a 👍 421　　💬 评论 16　　↗ 转给朋友
!l 查看其余 3 个回答
!l 你可能也想问：白板笔写完擦不干净怎么办？
""",
        body="""
先确认一下白板是不是“磁性白板”。有些学校买的是便宜的木质或塑料白板，表面只有一层烤漆，里面没有铁板，什么磁铁贴都吸不住。拿一枚回形针靠近试试，吸不住就说明不是磁性白板。
如果白板本身没问题，那就看磁铁贴。常见的软磁铁贴是橡胶磁，厚度0.3毫米以下的吸力很弱，贴一张纸还行，压上作业本就往下滑。教室里用，建议选0.5毫米以上的，或者带钕铁硼小圆磁的。
还有一种情况是白板表面贴了保护膜或者涂了东西，中间隔了一层，吸力也会明显下降。
""",
    ),
    dict(
        slug="wanhe-collection-calendar-paper-memoir-gb2312",
        site="陇上晚禾集 (invented retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.longshangwanhe.net/juan4/037.htm",
        title="挂历纸与包书膜",
        record_title="挂历纸与包书膜 ·《陇上晚禾集》卷四",
        date=None,
        notes="old table layout with marquee, volume links, visitor counter and the author's mailbox; a memoir with years only (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>挂历纸与包书膜 ·《陇上晚禾集》卷四</title>
<style>body{background:#f5efe0}td{font-size:14px}</style></head>
<body>
<table width="780" border="0" align="center" cellpadding="4">
<tr><td align="center">⟦m 陇上晚禾集 —— 一位老教师的闲笔⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 本集文章陆续整理中，每周添一两篇，欢迎老同事、老学生常来坐坐⟧</marquee></td></tr>
<tr><td align="center">⟦m 卷一 教书 ┆ 卷二 乡土 ┆ 卷三 师友 ┆ 卷四 旧物 ┆ 卷五 杂记⟧</td></tr>
</table>
<table width="780" border="0" align="center" cellpadding="8" bgcolor="#ffffff">
<tr><td>
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 卷四·旧物　第三十七篇⟧</p>
{BODY}
<p align="right">⟦l ← 前一篇：铁皮文具盒⟧　⟦l 后一篇：煤油灯下批作业 →⟧</p>
</td></tr></table>
<table width="780" align="center"><tr><td align="center">
⟦m 写信给我：wanhe_laoli@126.com⟧<br>
⟦m 承蒙光临，您是第 041377 位读者⟧<br>
⟦d 拙文粗陋，若要转载，请注明出自《陇上晚禾集》。⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
八十年代初我在公社中学教书，每到开学，办公室里最抢手的是旧挂历。那时的挂历纸厚实光滑，一张能包两本书，谁家有，谁就是学生眼里的“阔人”。
包书是有讲究的。先把书放在纸中央，上下各折进去一指宽，再把书脊压出印子，最后把封面封底塞进折好的纸套里。包好的书，一个学期下来四角都不会翘。
去年外孙上一年级，女儿买回一卷包书膜，透明的，带胶，撕开就能贴。外孙包了一本，气泡鼓得像癞蛤蟆的背，急得直哭。我找来一张旧挂历，手把手教他包了一本，他捧着看了半天，说外公包的书像穿了花衣裳。
包书膜省事，挂历纸费工夫。可那点工夫里，有一个孩子对书的珍惜。
""",
    ),
    dict(
        slug="wushan-notes-father-blackboard-stickers-oneline",
        site="鹉山笔记 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://wushanbiji.net/zhaji/19.html",
        title="父亲做的黑板贴",
        record_title="父亲做的黑板贴（鹉山笔记·第十九则）",
        date=None,
        notes="a memoir whose body stands on one line (paragraphs apart only by their indent); chapter links and a visit counter around it; no date",
        page="""
!m 鹉山笔记 · 山里长大的孩子写山里的事
!m 目录 ｜ 第十八则 ｜ 第二十则
{T}
!m 第十九则　　字数 520　　被翻阅 301 次
{BODY}
!l ◁ 第十八则：山路上的邮递员　　第二十则：晒谷场的夜 ▷
!a 留一句话给作者
!d 鹉山笔记所有文字归作者所有，未经同意请勿转贴。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲是村小唯一的老师，一间教室坐着三个年级，一块黑板要分成三块用。
黑板不够用，他就自己做“黑板贴”：把旧纸箱剪成一尺见方的硬纸板，刷上两遍墨汁调的黑漆，晾干以后就能拿粉笔写字。哪个年级上课，就把哪块纸板用图钉钉在墙上，下了课摘下来，背面写上“一年级”“三年级”，摞在讲台底下。
那些纸板用久了，粉笔字擦不干净，总留着一层灰白的影子。父亲说，影子也好，上节课的字还在，学生复习的时候看得见。
后来村小并到了镇上，教室里装了大黑板，又有了白板和磁性的黑板贴，父亲那摞纸板就被母亲拿去引了灶火。我有时候想，要是留下一块就好了。
""",
    ),
    dict(
        slug="yirao-dangjian-speech-small-blackboard-cn-date",
        site="弋饶党建网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yiraodj.gov.cn/jcdj/2025/04/10/art_2207_56419.html",
        title="在涡界镇“小黑板·大宣讲”活动启动会上的讲话",
        record_title="【小黑板宣讲】在涡界镇“小黑板·大宣讲”活动启动会上的讲话_弋饶党建网",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; speaker line neutral; date under the speech title in Chinese numerals, the page date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【小黑板宣讲】在涡界镇“小黑板·大宣讲”活动启动会上的讲话_弋饶党建网</title></head><body>
<div class="dj-top">⟦m 中共弋饶县委组织部主办⟧ <a>⟦a 党员登录⟧</a></div>
<div class="dj-logo">⟦m 弋饶党建网⟧</div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋风采⟧</li></ul>
<div class="dj-pos">⟦m 首页 &gt; 基层党建 &gt; 宣讲天地⟧</div>
<h1>{T}</h1>
<div class="dj-src">⟦m 来源：涡界镇党委　时间：2025-04-10　编辑：黎芸⟧</div>
<div class="dj-study">⟦a 认真阅读满3分钟，可在“弋饶先锋”积分系统记学习积分1分⟧</div>
<p class="speaker">涡界镇党委书记　许庆冠</p>
<p class="when">（二〇二五年四月八日）</p>
<div class="dj-content">
{BODY}
</div>
<div class="dj-qr">⟦a 用手机扫码，把这篇讲话带回家读⟧</div>
<div class="dj-more"><h4>⟦l 宣讲天地·近期文章⟧</h4><p>⟦l 田间党课讲到了农户的心坎上⟧</p><p>⟦l 镇村干部夜访群众“话家常”⟧</p></div>
<div class="dj-foot">⟦m 中共弋饶县委组织部　地址：弋饶县冠山路18号⟧<br>⟦d 本网站所载内容，凡注明来源的，版权归原作者。⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在黎驼村召开“小黑板·大宣讲”活动启动会。这个活动说起来简单，就是在每个自然村的村口、祠堂、小卖部门口，贴上一块黑板贴，做成一块能写能擦的小黑板，由驻村干部和党员中心户轮流写政策、写通知、写农技。
为什么要用小黑板？一些老人不会用手机，村里的大喇叭又听不清楚，一块小黑板，走过路过都能看一眼。黑板贴防水，粉笔字擦了能再写，一块只要二十来块钱，全镇七十二个自然村一次就能铺开。
下面我提三点要求。一是内容要实，写群众用得上的，不写空话套话。二是更新要勤，每周至少换一次。三是责任要明，每块小黑板都要明确一名党员管护，黑板贴起翘、破损的，及时报镇党建办更换。
同志们，小黑板连着大民生。希望大家把这件小事做细做实，让党的声音走进每一户人家。
""",
    ),
    dict(
        slug="liguan-jiguan-dangjian-big-letter-keyboard-summary",
        site="黎冠机关党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lgjgdj.cn/zbjs/2025/1208/2217.html",
        title="市机关事务局第三党支部“大字键盘膜”助老上网志愿服务总结",
        record_title="〔支部亮点工作〕市机关事务局第三党支部“大字键盘膜”助老上网志愿服务总结 - 黎冠机关党建",
        date="2025-12-05",
        date_also=["2025-12-08"],
        notes="Party site summary with its table; the page date differs from the signature date; a points prompt between paragraphs and a share line glued after a sentence; 关注 as content",
        page="""
!m 黎冠机关党建 — 市直机关工委主办
!m 首页 ＞ 支部建设 ＞ 支部风采
!t 〔支部亮点工作〕市机关事务局第三党支部“大字键盘膜”助老上网志愿服务总结
!m 2025-12-08　来源：市机关事务局　浏览：776
{BODY}
!a 【收藏】【打印】【关闭窗口】
!l 上一篇：市财政局机关党委开展“党员进社区”活动
!l 下一篇：市档案馆党支部举办青年理论学习分享会
!m 市直机关工委宣传部　联系电话：0796-2103365
""",
        body="""
今年以来，市机关事务局第三党支部结合主题党日，开展“大字键盘膜”助老上网志愿服务，帮助社区老年人学会用电脑。现将有关情况总结如下。
一、主要做法
支部自筹经费采购了一批按键字母放大的键盘膜，贴到社区老年活动中心的电脑上，方便老人看清按键。党员志愿者每周三下午轮流到社区授课，从开机、打字教起，再教网上缴费、视频通话。
⟦a 阅读本文满60秒，可领取党员学习积分1分⟧
服务点　贴膜电脑（台）　授课（次）　参加老人（人次）
庆冠社区　8　14　193
昌许里社区　6　12　147
二、取得成效
一年来，共有62位老人学会了用拼音打字，40多位老人学会了关注社区公众号、在网上查看通知。⟦a 转发到朋友圈⟧
三、下一步打算
明年，支部将把服务点扩大到4个社区，并编写一本大字版的上网小手册。
中共黎冠市机关事务局第三支部委员会
2025年12月5日
""",
    ),
    dict(
        slug="houchang-hospital-nurse-station-keyboard-film",
        site="郈昌县人民医院 (invented hospital site)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hcxrmyy.com/ywgk/tzgg/2025-09-03/1184.html",
        title="关于全院护士站电脑键盘防护膜统一更换和消毒的通知",
        record_title="【感控速递】关于全院护士站电脑键盘防护膜统一更换和消毒的通知-医院公告栏-郈昌县人民医院",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="hospital with a booking float, a 24-hour line and an experts list; the notice's own 内线 beside the switchboard and a complaint line; a page date that differs from the signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【感控速递】关于全院护士站电脑键盘防护膜统一更换和消毒的通知-医院公告栏-郈昌县人民医院</title></head><body>
<div class="h-top">⟦m 郈昌县人民医院　二级甲等综合医院⟧　⟦m 24小时急救电话 0795-5120120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 院务公开⟧</li></ul>
<div class="h-crumb">⟦m 首页 › 院务公开 › 通知公告⟧</div>
<div class="h-art"><h1>{T}</h1>
<div class="h-meta">⟦m 发布日期：2025年09月03日　发布科室：护理部 院感科⟧</div>
{BODY}
</div>
<div class="h-float">⟦a 预约挂号　诊间支付　报告查询⟧</div>
<div class="h-side"><h4>⟦l 专家风采⟧</h4><p>⟦l 昌文秀　呼吸与危重症医学科主任医师⟧</p><p>⟦l 蒙启明　普外科副主任医师⟧</p></div>
<div class="h-foot">⟦m 医院总机 0795-5120000　投诉受理 0795-5120315⟧<br>⟦m 地址：郈昌县昌平大道66号　赣ICP备16009941号⟧</div>
</body></html>
""",
        body="""
各病区、门急诊各护理单元：
护士站电脑使用频繁、接触人员多，是院内交叉感染需要重点防控的物体表面。经院感管理委员会研究，决定对全院护士站电脑键盘防护膜统一更换，并规范日常消毒。现将有关事项通知如下。
一、9月8日至9月12日，由信息科和院感科组成小组，逐个病区更换可擦拭消毒的医用硅胶键盘膜，旧膜一律按医疗废物以外的其他垃圾处理。
二、键盘膜每班次用含醇消毒湿巾擦拭一次，遇血液、体液污染时立即擦拭；每周揭下用含氯消毒液浸泡30分钟，清水冲净晾干。
三、各护理单元护士长负责督促落实，院感科每月抽查，抽查结果纳入科室质量考核。
联系人：院感科 许黎，内线 8316。
郈昌县人民医院护理部
郈昌县人民医院院感科
2025年9月2日
""",
    ),
    dict(
        slug="liguan-eye-hospital-board-sticker-glare",
        site="黎冠市眼科医院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.lgykyy.com/kepu/shiguang/3306.html",
        title="教室黑板贴反光会伤眼吗？眼科医生来解答",
        record_title="【视光小讲堂】教室黑板贴反光会伤眼吗？眼科医生来解答-健康园地-黎冠市眼科医院",
        date="2025-10-20",
        notes="hospital science article; the byline's 发布时间 is the page's date; a booking prompt between paragraphs; a 24-hour line and a booking line at the foot",
        page="""
!m 黎冠市眼科医院 · 守护光明
!m 首页 / 健康园地 / 视光小讲堂
{T}
!m 发布时间：2025-10-20 15:03　作者：视光中心 蒙晓冠　阅读：1019
{BODY}
!l 相关科普：孩子近视后眼镜多久换一次？｜ 教室灯光怎样才算合格
!m 预约热线 0796-2338888　24小时急诊 0796-2338120
!m 黎冠市眼科医院版权所有
""",
        indent="\u3000\u3000",
        body="""
最近门诊有家长问：孩子说坐在教室靠窗的位置看不清黑板，是不是黑板上那些亮闪闪的贴纸惹的祸？
黑板贴本身不会伤眼，但亮面的黑板贴确实会反光。阳光或者灯光照在亮面贴纸上，形成一块刺眼的亮斑，孩子为了看清亮斑旁边的字，会不自觉地眯眼、歪头，时间长了容易视疲劳。
⟦a 孩子视力下降？点这里预约视光中心检查⟧
我们建议：一是教室黑板贴尽量选哑光材质；二是贴在黑板两侧边框，不要贴在书写区中间；三是靠窗座位定期轮换，避免孩子长期从同一个角度看黑板。
如果孩子经常揉眼、眯眼看东西，家长要及时带孩子到正规医院检查视力。
""",
    ),
    dict(
        slug="qiaolong-college-volunteers-book-film-news",
        site="谯陇师范高等专科学校 (invented college site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qlsz.edu.cn/info/1032/9175.htm",
        title="学前教育学院志愿者为山区小学送去三千套环保包书膜",
        record_title=None,
        date="2025-09-05",
        notes="no title in the record, found in the <h1>; a dotted date in the byline is the page's date; a photo caption between paragraphs; a 文/图/审核 line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>谯陇师范高等专科学校</title></head><body>
<div class="school-top">⟦m 谯陇师范高等专科学校⟧ <span>⟦a 信息门户⟧ ⟦a 图书馆⟧ ⟦a EN版⟧</span></div>
<ul class="menu"><li>⟦m 学校概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 招生就业⟧</li><li>⟦m 校园新闻⟧</li></ul>
<div class="where">⟦m 当前位置：首页 » 校园新闻 » 院系动态⟧</div>
<h1 class="news-title">{T}</h1>
<div class="news-info">⟦m 2025.09.05　学前教育学院　点击：⟧<span id="dynclicks">⟦m 563⟧</span></div>
<div class="v_news_content">
{BODY}
</div>
<div class="fanye">⟦l 上一条：我校举行2025级新生开学典礼⟧<br>⟦l 下一条：音乐舞蹈学院教师获省级教学比赛一等奖⟧</div>
<div class="school-foot">⟦m 地址：谯陇县师院路1号　邮编：344200⟧ ⟦m 版权所有 © 谯陇师范高等专科学校⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
9月3日至4日，学前教育学院“护苗”志愿服务队的28名学生志愿者，带着三千套环保包书膜，走进谯陇县北部山区的5所小学，为孩子们送去开学礼物。
这批包书膜是志愿者们用一个暑假做公益兼职筹来的，选用可回收的PP材质，无气味、不含增塑剂。在王家界小学，志愿者们一边教孩子们包书，一边讲爱护书本的小故事，教室里笑声不断。
⟦m 志愿者在王家界小学指导学生包书⟧
⟦l 延伸阅读：“护苗”志愿服务队的五年山路⟧
学前教育学院党总支书记许蒙介绍，“护苗”志愿服务队成立五年来，已累计开展山区支教、阅读陪伴等活动六十余场。⟦m （文/黎小庆　图/冠一鸣　审核/陇文）⟧
""",
    ),
    dict(
        slug="liguan-tech-academic-affairs-exam-folder-archive",
        site="黎冠理工学院教务处 (invented university site)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jwc.lgit.edu.cn/info/1011/6630.htm",
        title="关于规范课程考核试卷归档及试卷夹使用的通知",
        record_title="关于规范课程考核试卷归档及试卷夹使用的通知 · 教务处 · 黎冠理工学院",
        date="2025-12-15",
        notes="university notice with decimal headings 1.1–3.2; 文号 line neutral; a download prompt for the template glued after a line; 成文日期 under the signature",
        page="""
!m 黎冠理工学院教务处
!m 首页 | 教学运行 | 考试管理 | 教学质量 | 下载专区
!m 考试管理 >> 正文
{T}
黎理工教〔2025〕63号
!m 作者：考试中心　发布：考试中心　浏览：2987
{BODY}
!l 【上一篇】关于2025—2026学年第一学期期末考试安排的通知
!l 【下一篇】关于开展教学档案专项检查的通知
!m 教务处办公室：行政楼305　电话：0796-2190231
""",
        body="""
各二级学院：
为加强课程考核材料管理，确保试卷归档规范、完整、便于查阅，现就本学期期末考试试卷归档和试卷夹使用要求通知如下。
1 归档材料
1.1 每门课程按教学班归档，一个教学班一个试卷夹。
1.2 试卷夹内依次放入：试卷归档封面、空白试卷及参考答案、评分标准、成绩登记表、学生答卷、试卷分析表。
2 试卷夹要求
2.1 统一使用教务处配发的A4档案型试卷夹，脊背标签用黑色签字笔填写课程名称、教学班和任课教师。
2.2 答卷超过80份的，可分装两个试卷夹，脊背注明“1/2”“2/2”。
3 时间安排
3.1 各二级学院于2026年1月16日前完成本学院试卷的归档检查。
3.2 教务处将于1月下旬组织抽查，抽查结果纳入教学质量考核。⟦a ⇩ 试卷归档封面模板点此下载⟧
教务处
2025年12月15日
""",
    ),
]
