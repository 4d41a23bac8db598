"""holdout169, part D: de-icing agents (融雪剂), flood sandbags (防汛沙袋) and walkie-talkies
(对讲机) — an old 范文 site, a 文库 reader, a radio-hobby Discuz forum, a snow-plough driver's
blog, a WeChat text copy, a sharing page, a school site, an intranet, a Q&A and a collection.
Invented text; see ../README.md."""

CASES = [
    dict(
        slug="fanwen-oldtable-deicing-plan-html",
        site="文海范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.wenhaifw.example.com/html/fangan/2025/1126/31877.html",
        title="2025—2026年度冬季道路除雪融冰工作方案",
        record_title="2025—2026年度冬季道路除雪融冰工作方案（精选）_文海范文网",
        date="2025-11-26",
        notes="old gb2312 table layout: marquee, visitor counter, 【阅读字号】 row, floating consult box; 成文日期 under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>2025—2026年度冬季道路除雪融冰工作方案（精选）_文海范文网</title></head>
<body><table width="980" border="0"><tr><td>
<marquee scrollamount="3">⟦m 文海范文网：工作方案、总结、讲话稿一站收齐⟧</marquee>
<table><tr><td>⟦l 首页⟧</td><td>⟦l 工作方案⟧</td><td>⟦l 工作总结⟧</td><td>⟦l 心得体会⟧</td></tr></table>
<table><tr><td>⟦t 2025—2026年度冬季道路除雪融冰工作方案（精选）⟧</td></tr>
<tr><td>⟦m 时间：2025-12-01　来源：网友投稿　人气：2290⟧</td></tr>
<tr><td>⟦a 【阅读字号：较大 默认 较小】⟧</td></tr></table>
<table><tr><td class="con">
{BODY}
</td></tr></table>
<table><tr><td>⟦l 热门范文：扫雪除冰倡议书⟧</td></tr><tr><td>⟦l 热门范文：冬季安全生产工作方案⟧</td></tr></table>
<table><tr><td>⟦m 您是本站第 03317826 位访客⟧</td></tr></table>
</td></tr></table>
<div style="position:fixed;right:0">⟦w 材料定制 QQ 1733092155⟧</div>
</body></html>
""",
        body="""
为确保冬季降雪期间城区道路安全畅通，制定本方案。
一、工作原则：以机械除雪为主、人工除雪为辅，融雪剂只在桥梁、坡道、路口等重点部位少量使用。
二、物资储备：储备环保型融雪剂三百吨、防滑沙二百立方米，融雪剂须经检测合格后方可入库。
三、绿化保护：撒布融雪剂的路段，禁止将含融雪剂的积雪堆放在绿化带和行道树树池内。
四、值班值守：降雪期间实行二十四小时值班，雪停后四小时内主干道基本见路面。
城区市政设施管理中心
2025年11月26日
""",
    ),
    dict(
        slug="wenku-sandbag-stockpile-report-html-pages",
        site="千页文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.qianyewk.example.com/view/7d2e9a11.html",
        title="乡镇防汛沙袋储备点建设工作总结",
        record_title="乡镇防汛沙袋储备点建设工作总结.pdf",
        date=None,
        notes="文库 reader: page-marker paragraphs ⸨N⸩ cutting a paragraph, a VIP lock, page count; no date (upload stamp only)",
        pages=dict(fmt="⸨{n}⸩", every=110, start=2),
        page="""
<html><head><meta charset="utf-8"><title>乡镇防汛沙袋储备点建设工作总结.pdf - 千页文库</title></head><body>
<div class="hdr">⟦m 千页文库⟧ ⟦a 登录⟧ ⟦a 开通VIP⟧</div>
<h1>⟦t 乡镇防汛沙袋储备点建设工作总结.pdf⟧</h1>
<div class="docmeta">⟦m 贡献者：防汛小站　上传时间：2025-07-12　4页⟧</div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 试读结束 · 余下2页需VIP下载⟧</div>
<div class="tools">⟦a 下载文档⟧ ⟦a 收藏⟧ ⟦a 举报⟧</div>
<div class="rec">⟦l 相关文档：防汛物资管理制度　抗洪抢险应急预案⟧</div>
</body></html>
""",
        body="""
今年汛前，我镇按照“就近储备、快速调用”的要求，在沿河五个村建成防汛沙袋储备点，共储备编织袋二万条、吸水膨胀袋三千条。
一是选址合理。储备点设在地势较高、车辆能直接进出的村部仓库，距离险工险段均不超过两公里。
二是管理规范。每个储备点明确一名管理员，建立出入库台账，汛期每周检查一次，防止鼠咬受潮。
三是演练到位。六月组织一次装袋、运袋、垒袋实战演练，参演群众二百余人。
下一步，我镇将把储备点纳入村级防汛预案，确保汛期关键时刻拿得出、用得上。
""",
    ),
    dict(
        slug="forum-radio-club-walkie-rules-jammer-html",
        site="苘湾无线电爱好者论坛 (invented)",
        style="论坛",
        genre="制度",
        kind="rule",
        form="html",
        source="http://bbs.qwradio.example.net/forum.php?mod=viewthread&tid=9021",
        title="越野车队公众对讲机使用约定",
        record_title="[转帖] 越野车队公众对讲机使用约定 - 车队通信 - 苘湾无线电爱好者论坛",
        date=None,
        notes="Discuz-like HTML: jammer fonts glued and on lines; post meta, signature, reply box; rules; relative time, no date",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>[转帖] 越野车队公众对讲机使用约定 - 车队通信 - 苘湾无线电爱好者论坛</title></head><body>
<div id="hd">⟦m 苘湾无线电爱好者论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 论坛 › 车队通信 › 越野车队公众对讲机使用约定⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 楼主：沙漠狐　积分 2215⟧</td><td class="plc">
<h1>⟦t [转帖] 越野车队公众对讲机使用约定⟧</h1>
<div class="authi">⟦m 发表于 2 小时前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：73! 有事信道见⟧</div>
</td></tr></table>
<div class="fastre">⟦a 高级回复　快速回复⟧</div>
</body></html>
""",
        body="""
一、车队统一使用公众对讲机频段，出发前由领队指定主信道和备用信道。
二、发言前先报车号，说完再松键，不抢话、不闲聊，路况信息优先。
三、头车负责报告前方路况，尾车负责报告掉队和故障情况，中间车辆只应答不主动呼叫。
四、进入无信号山区前，各车须试通对讲机，电量不足的及时更换电池。
五、禁止擅自改装对讲机加大发射功率，避免干扰其他合法用户。
""",
    ),
    dict(
        slug="blog-snowplough-driver-night-shift",
        site="铲雪车上的夜 · 个人博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://chanxueche.example.blog.cn/post/2025-12-18",
        title="凌晨四点的融雪剂",
        record_title="凌晨四点的融雪剂 | 铲雪车上的夜",
        date="2025-12-18",
        notes="blog: a bracketed post time, tags, archive, comments; a sentence about forwarding the post as content; a wrapped text at 58 columns",
        wrap=58,
        page="""
!m 铲雪车上的夜 —— 一个市政司机的冬天
!t 凌晨四点的融雪剂 | 铲雪车上的夜
!m [2025-12-18 06:05]
{BODY}
!l 标签：冬天　除雪　夜班
!l 文章归档：2025年12月(3)　2025年1月(2)
!l 评论(6)：@冰糖葫芦 辛苦了师傅！
!a 赞(41)　转发
""",
        body="""
凌晨三点接到电话，说雪下大了，四点我们的撒布车已经开上了高架桥。
班长一再叮嘱，融雪剂只撒桥面和匝道，到了平路就关掉，撒多了伤路面也伤路边的树。
天亮的时候，第一批上班的车从我们身边开过，桥面已经露出了黑色的沥青。
如果你早上在桥上看见一辆黄色的车慢慢开着，别按喇叭催它，转给身边开车的朋友看看吧。
""",
    ),
    dict(
        slug="wechat-copy-flood-sandbag-volunteers-oneline",
        site="公众号文章转存 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://mp-copy.example.com/a/zhoukou-fx-0712",
        title="致全镇青年的防汛志愿倡议书",
        record_title=None,
        date="2025-07-12",
        notes="a WeChat article copied on one line; title missing (found at the top); account line and 阅读原文/在看 tail; a 关注 sentence in the document",
        oneline=True,
        indent="　　",
        page="""
!m 原文来自公众号：青春蕨溪
{T}
!m 青春蕨溪　2025年07月12日 19:40　发表于浙江
{BODY}
!l 阅读原文　在看　点赞
!a 微信扫一扫，关注该公众号
""",
        body="""
全镇广大青年朋友们：
主汛期已经到来，我镇沿河堤段长、险工多，防汛任务十分繁重。
镇团委倡议：有装袋、搬运经验的青年，请就近到村防汛沙袋储备点报名，编入青年突击队。
报名后请关注“青春蕨溪”公众号，接收集结通知，服从统一指挥，确保自身安全。
共青团蕨溪镇委员会
2025年7月12日
""",
    ),
    dict(
        slug="docshare-ear-plug-dormitory-survey-wrap-pages",
        site="共享文档库 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.gxwdk.example.com/d/40112.html",
        title="关于纺织车间员工耳塞佩戴情况的调查报告",
        record_title="关于纺织车间员工耳塞佩戴情况的调查报告.docx",
        date="2025-05-30",
        notes="file-name title; hard-wrapped at 64 columns and cut by ⁅N⁆ markers glued to the continuation line; 成文日期 under the signature",
        wrap=64,
        pages=dict(fmt="⁅{n}⁆", every=150, start=2, glue=True),
        page="""
!m 共享文档库　|　免费分享优质文档
!t 关于纺织车间员工耳塞佩戴情况的调查报告.docx
!m 格式：docx　页数：3　浏览：218
{BODY}
!d 温馨提示：本站文档由用户上传，版权归原作者所有
!a 点击下载　|　举报
""",
        body="""
为了解纺织车间员工噪声防护情况，公司工会于5月组织对织布、细纱两个车间的二百一十名员工进行了问卷和现场调查。
调查显示，能够全程正确佩戴耳塞的员工仅占百分之五十八，不戴或只在检查时佩戴的占百分之二十三。
员工反映的主要原因有：耳塞戴久了耳道不适，戴上后听不清同事讲话，以及部分员工不了解噪声性耳聋的危害。
建议：一是提供多种型号的耳塞供员工试戴选择；二是在车间设置灯光提示信号，减少戴耳塞后的沟通障碍；三是每年组织一次听力检查并公布结果。
公司工会
2025年5月30日
""",
    ),
    dict(
        slug="edu-school-exam-earplug-notice-text",
        site="萸川县第一中学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycyz.example.edu.cn/tzgg/2025/0520/1118.html",
        title="关于高考期间考生可自带耳塞等事项的提醒",
        record_title="关于高考期间考生可自带耳塞等事项的提醒 - 萸川县第一中学",
        date="2025-05-20",
        notes="school site text: site suffix title, a 'back to top' line, a numbered list, the school's own 咨询电话 beside the school's switchboard in the footer",
        page="""
!m 萸川县第一中学　厚德　博学　笃行
!l 学校首页 | 学校概况 | 德育天地 | 教学教研 | 招生信息
!t 关于高考期间考生可自带耳塞等事项的提醒
!m 作者：教务处　时间：2025-05-20　点击：1930
{BODY}
!a 【返回顶部】　【关闭窗口】
!m 学校总机：0719-5211000　地址：萸川县学府路1号
""",
        body="""
各位高三考生、家长：
高考临近，根据考务规定，现将考点入场及物品携带事项提醒如下。
1. 考生可携带无线路、无电子元件的普通泡沫耳塞，入场时须接受检查。
2. 严禁携带手机、智能手表、耳机等电子设备进入考场。
3. 考前一天请到考点熟悉路线，不要到考场内部踩点。
如有疑问，请联系高三年级组，咨询电话：0719-5213326。
萸川县第一中学教务处
2025年5月20日
""",
    ),
    dict(
        slug="oa-port-walkie-talkie-allocation-text",
        site="蘩州港务集团 内网门户 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://portal.fzport.example.local/notice/2025/0408/552",
        title="关于更换码头作业数字对讲机的通知",
        record_title="关于更换码头作业数字对讲机的通知（OA导出）",
        date="2025-04-08",
        notes="OA export: approval trail, read count, allocation table; a sentence about downloading the channel plan as content",
        page="""
!m 蘩州港务集团 · 内网门户
!m 当前位置：公文管理 > 通知
!t 关于更换码头作业数字对讲机的通知（OA导出）
!m 拟稿：信息中心 纪伟　审核：韦宏　签发：殷长河
{BODY}
!m 阅读人数：318　导出时间：2025-04-10 16:22
!m 审批流程：信息中心→综合办→分管领导（已完成）
""",
        body="""
各作业区、各部门：
为解决模拟对讲机串频、杂音大的问题，集团决定分批将码头作业对讲机更换为数字对讲机。
单位　更换数量（台）　完成时间
一作业区　120　4月30日
二作业区　96　5月15日
理货部　40　5月20日
新设备的信道分配表已发至各单位邮箱，请各单位下载后组织作业人员学习，严格按分配信道通话。
集团信息中心
2025年4月8日
""",
    ),
    dict(
        slug="qa-deicing-salt-car-rust-html",
        site="懂车问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://wenda.dongche-qa.example.com/question/88120",
        title="冬天路上撒了融雪剂，洗车要注意什么？",
        record_title=None,
        date=None,
        notes="Q&A HTML: question as the title, answer time relative, vote bar, expert card; no date",
        page="""
<html><head><meta charset="utf-8"><title>冬天路上撒了融雪剂，洗车要注意什么？ - 懂车问答</title></head><body>
<div class="top">⟦m 懂车问答⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<h1>冬天路上撒了融雪剂，洗车要注意什么？</h1>
<div class="q">⟦m 车友_8830 提问于 3天前 · 1.1万浏览⟧</div>
<div class="expert">⟦m 汽修技师 宁师傅 · 从业15年 · 已帮助 2.3万人⟧</div>
<div class="ans">
{BODY}
</div>
<div class="vote">⟦l 赞同 512 · 反对 3 · 收藏 · 举报⟧</div>
<div class="more">⟦l 更多回答（14）⟧ ⟦l 相关问题：底盘装甲有必要做吗？⟧</div>
</body></html>
""",
        body="""
融雪剂大多是氯盐，粘在底盘和轮拱里时间长了会加速生锈，所以雪后要尽快洗车。
重点冲洗底盘、轮拱和刹车盘附近，普通自助洗车的高压枪从下往上冲就行。
气温在零下时洗完要把门缝、后视镜擦干，免得结冰冻住。
有条件的，每年入冬前给底盘做一次检查，发现漆面破损及时补上。
""",
    ),
    dict(
        slug="anthology-dike-keeper-sandbag-html",
        site="《堤上人家》个人文集 (invented)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="html",
        source="http://www.dishangrenjia.example.net/book/3/18.html",
        title="父亲的沙袋",
        record_title="《堤上人家》卷三·第18篇｜父亲的沙袋",
        date=None,
        notes="collection reader HTML: chapter nav, font control, prev/next; 写于 year only; no date",
        page="""
<html><head><meta charset="utf-8"><title>《堤上人家》卷三·第18篇｜父亲的沙袋</title></head><body>
<div class="bookbar">⟦m 堤上人家 · 老堤防员柴远山文集⟧ ⟦l 目录⟧ ⟦a 字号 A- A+⟧ ⟦a 夜间模式⟧</div>
<h2>⟦t 父亲的沙袋⟧</h2>
<div class="chapter">
{BODY}
<p>⟦m （二〇二三年秋，写于堤上小屋）⟧</p>
</div>
<div class="pager">⟦l 上一篇：涨水那年⟧ ⟦l 下一篇：堤上的灯⟧</div>
<div class="ft">⟦d 文集内容为作者原创，未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
父亲当了三十年堤防员，家里最多的东西不是粮食，是麻袋。
那时候没有编织袋，一条麻袋装满泥沙有七八十斤，父亲一个人能扛着跑上堤坡。
一九九八年那个夏天，他三天三夜没下堤，回来时肩膀磨破了一大块皮，却笑着说堤保住了。
如今镇上的储备点堆满了轻便的编织袋，还有遇水就鼓起来的吸水袋，父亲要是看见，准会说一声好。
""",
    ),
]
