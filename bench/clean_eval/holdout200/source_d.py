"""holdout200, part D: forums, county forums, exam forums, Q&A sites, encyclopaedias.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case written by hand.
"""

CASES = [
    dict(
        slug="sishui-diaoyou-forum-first-rod-jammer",
        site="汜水钓友之家 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.sishuidiaoyou.cn/thread-204417-1-1.html",
        title="新手第一根台钓竿怎么选？说说我踩过的坑",
        record_title="[钓具交流] 新手第一根台钓竿怎么选？说说我踩过的坑 - 台钓天地 - 汜水钓友之家",
        date=None,
        notes="Discuz-like thread with jammer-font junk inside the post, a rating row, a signature, replies with "
        "relative times (no dates) and a reply box",
        page="""
<html><head><meta charset="gbk"><title>[钓具交流] 新手第一根台钓竿怎么选？说说我踩过的坑 - 台钓天地 - 汜水钓友之家</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="static/js/common.js?x3d"></script></head>
<body>
<div id="toptb">⟦m 汜水钓友之家⟧　<a>⟦a 快捷登录⟧</a> <a>⟦a 注册会员⟧</a></div>
<div id="pt">⟦m 钓友之家 › 钓技钓具 › 台钓天地 › 查看帖子⟧</div>
<div class="ts-bar">⟦m 查看: 3516 | 回复: 42⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 汜水老钓⟧</div><p>⟦m 钓龄勋章 · 渔获达人 · 积分 2764⟧</p></td>
<td class="plc"><h1 class="ts"><span id="thread_subject">⟦t [钓具交流] 新手第一根台钓竿怎么选？说说我踩过的坑⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 5 天前　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 4　鱼币 +12　理由：实在话，收藏了⟧</div>
<div class="sign">⟦m 签名：一竿一线一世界，汜水河上老钓翁⟧</div>
<div class="po">⟦a 回复　支持　反对　举报⟧</div></td></tr></table>
<div class="reply"><p>⟦l 鲫鱼王 发表于 昨天 21:40⟧</p><p>⟦l 第二条太真实了，我那根也是挂底断的。⟧</p>
<p>⟦l 小白学钓 发表于 3 小时前⟧</p><p>⟦l 楼主能推荐个具体型号吗？⟧</p></div>
<div id="f_pst">⟦a 登录钓友之家才能参与讨论 ｜ 没有账号？注册⟧</div>
<div id="ft">⟦m 汜水钓友之家 Powered by 论坛程序 X3.5 ｜ 湘ICP备17009931号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
钓龄三年，前后买了五根竿子，交了不少学费，给新手兄弟们说几句实在话。
第一，别一上来就买长竿。新手建议从3.9米或4.5米开始，太长了抛竿不准，手腕也吃不消。
第二，别迷信“超轻超硬”。竿子越硬越容易断，我第二根号称28调的竿子，挂底时一拽就断在第三节。
第三，看重量更要看重心。拿在手里平举半分钟，前沉的竿子钓一天手会酸。
第四，认准能单独配节的品牌。断了一节能补，比整根换划算多了。
最后，预算三百元左右足够入门，剩下的钱买好线组和浮漂。
""",
    ),
    dict(
        slug="dida-forum-old-clock-stops-junk",
        site="嘀嗒修表论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.didaxiubiao.net/bbs/read.php?tid=88120",
        title="老挂钟走几分钟就停，是哪里的问题？",
        record_title="【求助·已解决】老挂钟走几分钟就停，是哪里的问题？ - 钟表DIY - 嘀嗒修表论坛",
        date=None,
        notes="forum post with anti-scraping junk as lines and glued after 。; relative post time (no date); floor "
        "replies and a reply prompt",
        page="""
!m 嘀嗒修表论坛 - 钟表爱好者的家
!m 首页 » 钟表DIY » 帖子详情
!t 【求助·已解决】老挂钟走几分钟就停，是哪里的问题？
!m 楼主：木钟迷　　发表于 2 天前　　查看 987 / 回复 15
{BODY}
!l 2# 老齿轮：挂正是第一步，很多人都忽略了。
!l 3# 修表匠阿四：摆钩变形很常见，楼主总结得好。
!a 游客只能看不能回，登录后参与回帖
!m 嘀嗒修表论坛　联系版主：didabz@didaxiubiao.net
""",
        junk=dict(lines=2, glued=3),
        body="""
家里一台上世纪八十年代的机械挂钟，上满弦后摆锤荡几分钟就停。拆下来看，发条有劲，齿轮也没缺齿。
按照版里老师傅说的，先把钟挂正：用手机水平仪贴着钟壳侧面，左右调到“嘀”“嗒”两声间隔一样。一试，能多走半小时，但还是停。
又把摆锤挂钩取下来细看，发现挂钩弯了一点，摆动时蹭到了钟壳后板。用钳子轻轻掰直，再挂上去，已经连续走了三天，每天只慢一分钟左右。
总结一下：老挂钟停摆，先查挂没挂正，再查摆锤有没有蹭壳，别急着拆机芯。感谢各位坛友！
""",
    ),
    dict(
        slug="huachuan-county-forum-lock-cut-subject",
        site="骅川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.huachuan.example.cn/forum.php?mod=viewthread&tid=512273",
        title="汽车站门口停的电动车，车锁被剪了两回",
        record_title=None,
        date=None,
        notes="county forum: no title in the record (the thread subject holds it), weather line, medals, jammer-font "
        "junk, an ad QQ line for a lock-smith beside the poster's own masked mobile, an official-reply link; no date "
        "(relative times only)",
        page="""
<html><head><meta charset="utf-8"><title>骅川论坛 - 骅川人自己的网上家园</title></head>
<body>
<div class="top">⟦m 骅川论坛⟧　⟦m 今日骅川：多云 18～26℃ 东南风2级⟧　⟦a <a>登录</a>｜<a>注册新账号</a>⟧</div>
<div class="nav">⟦m 首页　骅川茶馆　民生热线　二手市场　房产家居⟧</div>
<div class="crumb">⟦m 骅川论坛 › 民生热线 › 帖子⟧</div>
<div class="post">
<h1><span class="tag">⟦m [民生热线]⟧</span> <span id="thread_subject">{T}</span></h1>
<div class="author">⟦m 骅口打工人　Lv.4　勋章：热心网友 · 爆料先锋⟧　⟦m 发表于 3 天前⟧</div>
<div class="postmessage">
{BODY}
</div>
<div class="official"><a>⟦a 本帖已转交县公安局，点此查看官方回复⟧</a></div>
<div class="ad">⟦w 骅川开锁换锁，24小时上门：QQ 30962214⟧</div>
<div class="replies"><p>⟦l 沙发｜夜归人：我的也在那被剪过，顶一下。⟧</p><p>⟦l 板凳｜骅川老表：换个报警碟刹锁，效果不错。⟧</p></div>
</div>
<div class="side"><h4>⟦l 民生热线·今日热帖⟧</h4><p>⟦l 城南菜市场门口红绿灯坏了三天⟧</p><p>⟦l 骅口镇到县城的班车能不能加一趟⟧</p></div>
<div class="ft">⟦m 骅川论坛 bbs.huachuan.example.cn　本站言论仅代表网友个人观点⟧</div>
<script src="/static/js/bbcode.js"></script>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
本人在县城上班，每天早上把电动车停在汽车站门口的非机动车停车点，再坐班车去骅口镇。
上个月车锁被剪了一次，车没丢，是锁被剪断扔在地上；这个月12号又被剪了，这回连车带电瓶都没了。报了警，民警说那一片监控有盲区。
想问问：车站门口那么多车，能不能装几个摄像头，再安排个人看一看？另外大家都用什么锁？我准备换一把带报警的碟刹锁。
我的电话138****6071，有同样遭遇的坛友可以联系我一起反映。
""",
    ),
    dict(
        slug="siyang-forum-park-rope-team-junk",
        site="汜阳论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.siyangbbs.example.cn/thread-77304-1-1.html",
        title="人民公园跳绳队招新，不限年龄！",
        record_title="［全民健身］人民公园跳绳队招新，不限年龄！ - 汜阳论坛",
        date=None,
        notes="county forum post with junk lines and junk glued after 。; activity time/place lines and the poster's "
        "own masked phone stay in the body; weather line and relative times",
        page="""
!m 汜阳论坛　　汜阳天气：小雨 14～19℃
!m 论坛首页 > 运动健身 > 浏览帖子
!t ［全民健身］人民公园跳绳队招新，不限年龄！
!m 楼主 绳舞夕阳　发表于 昨天 06:58　|　阅读 652
{BODY}
!l 1楼 汜阳小王：我家孩子能去吗？9岁。
!l 2楼 绳舞夕阳：能，队里就有小学生。
!a 发帖前请先绑定手机号　［回复］［举报］
!m 汜阳论坛 · 汜阳人的生活圈
""",
        junk=dict(lines=1, glued=2),
        body="""
我们是汜阳县人民公园晨练跳绳队，成立两年了，现在有队员56人，年纪最小的9岁，最大的71岁。
活动时间：每天早上6点半到7点半，下雨天停练。
活动地点：人民公园南门喷泉广场东侧。
我们有三位队员考了社会体育指导员证，零基础可以从并脚跳教起。三个月下来，基本都能连续跳两百下。
不收任何费用，自带跳绳就行，没有绳子的可以先借队里的。想加入的直接来广场找穿红马甲的人，或者打队长老谭电话：135****2260。
""",
    ),
    dict(
        slug="qingjin-exam-forum-interview-bike-locks",
        site="青衿公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://www.qingjingk.cn/bbs/thread-60931-1-1.html",
        title="小区共享单车车锁屡遭破坏，社区让你牵头处理，你怎么做？",
        record_title="〔结构化·组织管理〕小区共享单车车锁屡遭破坏，社区让你牵头处理，你怎么做？（参考答案）- 面试备考区 - 青衿公考社区",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad and jammer-font junk; the answer is the body; "
        "relative times only",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔结构化·组织管理〕小区共享单车车锁屡遭破坏，社区让你牵头处理，你怎么做？（参考答案）- 面试备考区 - 青衿公考社区</title></head>
<body>
<div class="hd">⟦m 青衿公考社区 · 一起上岸⟧ <a>⟦a 签到领积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 社区 › 面试备考区 › 组织管理题⟧</div>
<h1>⟦t 〔结构化·组织管理〕小区共享单车车锁屡遭破坏，社区让你牵头处理，你怎么做？（参考答案）⟧</h1>
<div class="authi">⟦m 楼主：上岸的小鹿　发表于 4 天前　查看 2208　回复 61⟧</div>
<div class="hide-tip">⟦a 本帖部分内容需回复后可见，回复即可查看完整思路⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分：参与人数 6　金币 +18　“思路清楚，很实用”⟧</div>
<div class="qqgroup">⟦w 面试一对一模拟，进群领真题：QQ群 771203558⟧</div>
<div class="fpost">⟦a 快速回复　｜　高级模式⟧</div>
<div class="side"><h4>⟦l 本版热帖⟧</h4><p>⟦l 社区工作者面试高频题30道⟧</p><p>⟦l 应急应变题答题模板⟧</p></div>
<div class="ft">⟦m 青衿公考社区 qingjingk.cn　仅供备考交流⟧</div>
<script src="static/js/forum_viewthread.js?v=3"></script>
</body></html>
""",
        junk=dict(lines=0, glued=3),
        body="""
题目：某小区近期共享单车车锁屡遭人为破坏，居民投诉车辆乱停、被私占，社区让你牵头处理，你怎么做？
参考作答：
首先，摸清情况。我会和网格员一起到小区查看停放点，统计被破坏车锁的数量和位置，调取监控，了解是否存在私占车辆、恶意破坏的情况。
其次，多方协同。联系共享单车运营企业，及时修复或更换车锁、清运坏车；与物业商定在小区门口划定停放区；对恶意破坏的，请派出所依法处理。
再次，做好宣传。在业主群和公告栏发布文明用车倡议，把破坏车锁可能承担的法律责任讲清楚。
最后，建立长效机制，每月与运营企业对接一次，持续跟踪。
""",
    ),
    dict(
        slug="qingjin-exam-forum-essay-bp-monitor-junk",
        site="青衿公考社区 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://www.qingjingk.cn/bbs/thread-61187-1-1.html",
        title="一台血压计里的基层温度",
        record_title="〖大作文练笔〗一台血压计里的基层温度｜第3次修改稿 - 申论批改区",
        date=None,
        notes="申论 essay on an exam forum with junk lines and glued junk; the essay title line is repeated above the "
        "body; teacher's rating and replies below; no date",
        page="""
!m 青衿公考社区 › 申论批改区
!t 〖大作文练笔〗一台血压计里的基层温度｜第3次修改稿
!m 作者：考编第三年　发表于 6 天前　阅读 438
!a 求批改　｜　收藏本帖
{T}
{BODY}
!l 【批改老师 木槿】立意准确，第三段论证可再加一个例子，预估二类上。
!l 沙发 上岸的小鹿：结尾很有力量，学习了。
!a 回复本帖需绑定手机，点此去绑定
!m 青衿公考社区　申论批改区版规 ｜ 违规举报
""",
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=3),
        body="""
在簟湾镇，乡村医生每月背着一台血压计走村入户，这已是许多老人最熟悉的风景。一台小小的血压计，量出的是血压，映照的是基层治理的温度。
基层治理的温度，来自把服务送到家门口。对行动不便的老人来说，卫生院几公里的路就是一道坎。医生上门量一次血压，问一句冷暖，比任何标语都更能让群众感受到关怀。
基层治理的温度，也来自数据背后的精准。智能血压计把读数实时上传健康档案，哪位老人血压不稳，家庭医生一目了然，随访从“挨家跑”变成“精准到”。
当然，温度不能只靠个人热情。要稳定村医队伍，要让设备用得起、修得好，更要让数据真正用于决策。唯有如此，一台血压计才能量出百姓的获得感。
""",
    ),
    dict(
        slug="wenwenkan-qa-bp-arms-differ-question",
        site="问问看 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenkan.cn/q/5518204.html",
        title="电子血压计左右手量出来差十几个，该信哪个？",
        record_title=None,
        date=None,
        notes="Q&A: no title in the record (the question holds it), question detail, adopted-answer badge, answerer "
        "line, vote bar and more answers; 'answered 2 days ago' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>问问看 - 有问题，就问问看</title></head>
<body>
<div class="hd">⟦m 问问看⟧ <input placeholder="搜索你想知道的"> <a>⟦a 我要提问⟧</a></div>
<div class="crumb">⟦m 问问看 › 健康 › 心血管⟧</div>
<div class="question"><h1>{T}</h1>
<p class="q-detail">⟦m 问题补充：左手130多，右手145，量了三次都这样，家里老人有点慌。⟧</p>
<p class="q-meta">⟦m 提问者：匿名用户　浏览 8640⟧</p></div>
<div class="best"><span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="answerer">⟦m 朱敏　骅川县人民医院 全科医生　回答于 2 天前⟧</div>
<div class="answer-body">
{BODY}
</div>
<div class="vote">⟦l 有用 326 ｜ 没用 4 ｜ 评论 12⟧</div></div>
<div class="more"><h3>⟦l 其他 5 条回答⟧</h3><p>⟦l 血压飞扬：我也是右手高，医生让我以后只量右手。⟧</p></div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 早上和晚上血压差很多正常吗？⟧</p><p>⟦l 手腕式血压计准不准？⟧</p></div>
<div class="ft">⟦d 问问看上的回答仅供参考，不能代替医生面诊⟧</div>
<script>window._wwk=window._wwk||[];_wwk.push(["qid","5518204"]);</script>
</body></html>
""",
        body="""
左右臂血压有差别是正常的，一般相差10毫米汞柱以内都不用担心。
第一次测量时，建议两只胳膊都量，以后固定量读数高的那一侧。平时在家测量，也要固定同一只胳膊、同一个时间段，这样数据才有可比性。
如果两侧长期相差超过20毫米汞柱，就要警惕锁骨下动脉狭窄等血管问题，最好到医院心内科或血管外科做个检查。
另外，电子血压计用了几年后会有误差，可以带到医院和水银血压计对比一下。
""",
    ),
    dict(
        slug="zhiduodian-qa-rope-knees-overweight",
        site="知多点问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://ask.zhiduodian.cn/question/70213",
        title="体重80公斤，每天跳绳膝盖会不会坏？",
        record_title="体重80公斤，每天跳绳膝盖会不会坏？_知多点问答",
        date=None,
        notes="Q&A text: question repeated on the page, a best-answer badge, answerer line with a relative time, vote "
        "counts and related questions; no date",
        page="""
!m 知多点问答　　知道的多一点
!m 首页 > 运动健身 > 跳绳
{T}
!m 问题补充：想减肥，但听说跳绳伤膝盖，有点犹豫。
!m 3 个回答　　1.4万 浏览
!m ★ 最佳回答　　答主：减重86到72　　8 小时前
{BODY}
!l 赞同 1021　　反对 6　　收藏
!l 相关问题：跳绳和跑步哪个减肥快？　跳绳后小腿变粗怎么办？
!a 打开知多点App，查看全部 3 个回答
""",
        body="""
可以跳，但要循序渐进，别一上来就每天几千个。
体重偏大的朋友，每次落地膝盖承受的冲击是体重的好几倍，所以要注意三点：一是穿有缓冲的运动鞋，在塑胶场地或跳绳垫上跳，别在水泥地上跳；二是用前脚掌落地，膝盖微屈，跳的高度离地三五厘米就够了；三是先从每组100个、每天5组开始，两周后再慢慢加量。
如果跳完膝盖前侧疼、上下楼梯也疼，就先停一停，改成快走或骑车，必要时去看运动医学科。
我自己从86公斤减到72公斤，跳绳配合控制饮食，用了八个月，膝盖一直没事。
""",
    ),
    dict(
        slug="zhiyuan-baike-entry-wall-clock",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.cn/item/挂钟/30219",
        title="挂钟",
        record_title="挂钟 - 词条 - 知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after 。; "
        "the one-word entry name in the <h1> also opens the body (matched as head); update stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>挂钟 - 词条 - 知源百科</title></head>
<body>
<div class="hd">⟦m 知源百科⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑　讨论　历史⟧</div>
<h1 class="lemma-title">{T}</h1>
<div class="lemma-summary-meta">⟦m 本词条由 钟表学堂 认证　最近修订 5 天前⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：挂钟⟧</td></tr><tr><td>⟦m 外文名：wall clock⟧</td></tr><tr><td>⟦m 分　类：计时器具⟧</td></tr><tr><td>⟦m 动　力：发条、电池⟧</td></tr></table>
<div class="catalog">⟦l 目录　1 定义　2 分类　3 发展　4 选购⟧</div>
<div class="para-wrap">
{BODY}
</div>
<div class="refs"><h3>⟦m 参考资料⟧</h3><ol><li>⟦m 1. 《家用计时器具》编写组．家用计时器具．汭州：汭江出版社⟧</li></ol></div>
<div class="tags">⟦l 词条标签：日用品　钟表　家居⟧</div>
<div class="ft">⟦d 知源百科词条内容仅供参考，如需专业意见请咨询相关人士⟧ ⟦m ©2025 知源百科⟧</div>
<script>document.querySelector(".catalog").onclick=function(e){e.preventDefault()};</script>
</body></html>
""",
        body="""
挂钟是悬挂在墙壁上使用的计时器具，常见于家庭、学校、车站和办公场所。
按动力和结构，挂钟可分为机械挂钟和石英挂钟两大类。机械挂钟以发条为动力，依靠钟摆和擒纵机构控制走时，需要定期上弦。⟦m [1]⟧石英挂钟以电池为动力，由石英晶体振荡控制走时，日误差一般在一秒以内。
20世纪七八十年代，带钟摆和报时功能的机械挂钟曾是许多家庭的重要陈设。此后，石英挂钟、电波校时挂钟逐渐普及。
选购挂钟时，一般需要关注机芯类型、走时误差、钟面尺寸和走时声音。卧室宜选用扫秒式静音机芯。
""",
    ),
    dict(
        slug="bowen-baike-entry-fishing-rod",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.bowenbaike.cn/wiki/鱼竿",
        title="鱼竿",
        record_title="鱼竿（钓鱼用具）_博闻百科",
        date=None,
        notes="encyclopaedia in text: edit/discuss/history line, creator line with an update stamp (no date), contents "
        "line, reference and related-entry lines; a safety sentence stays",
        page="""
!m 博闻百科 — 人人可编辑的知识库
!a 编辑词条　｜　讨论　｜　历史版本
!t 鱼竿（钓鱼用具）
!m 本词条由“渔乐小马”创建，共 17 人参与编辑，最近更新于 2025-04-02
!l 目录：1 简介　2 分类　3 主要参数　4 安全
{BODY}
!m 参考资料：［1］《垂钓用具通识》，汜阳渔具协会编
!l 相关词条：浮漂　钓线　鱼钩　路亚
!d 百科词条由网友共同编辑，发现错误可点击“编辑词条”修改
""",
        body="""
鱼竿，又称钓竿、钓鱼竿，是垂钓时用来抛投钓组、控鱼和提鱼的杆状用具。
早期的鱼竿多用竹子制作。现代鱼竿常用碳素纤维或玻璃纤维制成，按结构可分为插节竿、伸缩竿和并继竿，按用途可分为手竿、矶竿、路亚竿和海竿等。
鱼竿的主要参数包括长度、调性和硬度。调性指鱼竿受力弯曲时弯曲点的位置，常见有19调、28调、37调、46调等，数字越靠前，竿梢越软、弯曲点越靠前。
使用鱼竿时应远离高压线，雷雨天气不宜在空旷水边垂钓。
""",
    ),
]
