"""Holdout5, part D: communities — a Zhihu-like column, a Tieba-like thread with floors, a
Douban-like group post, a 12345 hotline's published answer, a Discuz-style forum with
anti-scraping junk, a civil-service-exam forum, an encyclopedia entry and a Q&A answer
with vote bars. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="column-zhilan-research-agree-bar",
        site="知岚专栏 (invented Zhihu-like column)",
        style="问答社区",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://zhuanlan.zhilan.example.com/p/682291734",
        title="县域托育服务供给情况的调研与思考",
        record_title="县域托育服务供给情况的调研与思考 - 知岚",
        date=None,
        date_also=["2024-08-02"],
        notes="column page: the author card (name, 签名, 关注) above, 赞同/评论/分享/喜欢/收藏 bar after and once "
        "glued to a paragraph, 编辑于 line, 发布于 专栏 line, 推荐阅读 box; decimal headings 1. 2. 3. and a table",
        page="""
!m 知岚　首页　专栏　写文章
{T}
!m 柳叶青　公共政策研究爱好者　+ 关注他
!m 126 人赞同了该文章
{BODY}
!m 编辑于 2024-08-02 21:14・IP 属地湖南
!m 发布于 基层治理观察 专栏
!a ▲ 赞同 126　　▼　　💬 18 条评论　　↗ 分享　　♥ 喜欢　　★ 收藏
!l 推荐阅读
!l 婴幼儿照护服务到底难在哪？
""",
        body="""
今年暑假，我利用回乡的机会，对柘川县城区及两个乡镇的托育服务情况做了一次小范围调研，走访托育机构7家，访谈家长43人。
1. 供给总量不足
全县3岁以下婴幼儿约1.1万人，而备案托育机构仅9家，提供托位620个，千人口托位数约1.5个，与每千人口4.5个托位的目标差距较大。
2. 价格与需求错位
类型｜月收费（元）｜入托率
民办全日托｜2200—2800｜38%
公办园托班｜900—1200｜96%
社区普惠托育点｜1000｜81%
⟦a 赞同 126 · 添加评论⟧
3. 几点建议
一是支持幼儿园开设托班，二是在新建小区配建托育设施，三是对普惠托位给予运营补贴。调研样本有限，欢迎讨论。
""",
    ),
    dict(
        slug="tieba-tangxi-floors-only-louzhu",
        site="棠溪吧 (invented Tieba-like)",
        style="论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://tieba.forum.example.com/p/8830216457?see_lz=1",
        title="关于共同维护棠溪河环境卫生的倡议书",
        record_title="关于共同维护棠溪河环境卫生的倡议书【转】",
        date="2024-05-20",
        notes="Tieba-like floors: 只看楼主/收藏/回复 bar, 楼主 card with 等级, '1楼' floor line and a reply floor "
        "(2楼) after the text, 来自Android客户端, junk glued after sentences; decorated 【转】",
        page="""
!m 棠溪吧　关注：12,406　贴子：88,312
!a 只看楼主　收藏　回复
!t 关于共同维护棠溪河环境卫生的倡议书【转】
!m 溪边钓叟　Lv.9 乡里乡亲
{BODY}
!m 1楼　2024-05-21 10:03　来自Android客户端
!l 2楼　棠溪小鱼儿：支持！周末我也去捡垃圾
!l 回复(3)　　　　发表回复
""",
        junk=dict(lines=1, glued=2),
        date_also=["2024-05-21"],
        body="""
全镇居民朋友们：
棠溪河是我们的母亲河。近年来，河道两岸乱扔垃圾、乱倒污水的现象时有发生，影响了河水水质和群众生活。为此，我们倡议：
一、不向河道及两岸倾倒垃圾、废水，不在河边焚烧秸秆杂物。
二、积极参加“河小青”志愿活动，每月参加一次河道保洁。
三、发现破坏河道环境行为及时劝阻，并向镇河长办反映。
让我们携起手来，共同守护一河清水。
棠溪镇河长办公室
2024年5月20日
""",
    ),
    dict(
        slug="group-doulan-post-summary-replies",
        site="豆岚小组·社工互助组 (invented Douban-like)",
        style="地方论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.doulan.example.com/group/topic/301877265/",
        title="社区社工站2024年上半年工作小结",
        title_also=["社区社工站2024年上半年工作小结（自己写的，求指点）"],
        record_title="社区社工站2024年上半年工作小结（自己写的，求指点）",
        date="2024-07-09",
        notes="group post: 来自/小组名, 楼主 line, a 回应 list and 添加回应 box after the text, 赞/收藏/转发 counts; "
        "the poster's remark before the document is a neutral line; title with the poster's （…求指点） also accepted",
        page="""
!m 社工互助组　（成员 5,218）
!t 社区社工站2024年上半年工作小结（自己写的，求指点）
!m 来自：小满（在社工站打杂的小满）　2024-07-09 22:41:07
大家好，下面是我写的上半年小结，第一次写，请多指教。
{BODY}
!a 赞(12)　收藏(40)　转发(2)
!l 最新回应
!l 阿城 2024-07-10 08:12　写得挺实在的，数据可以再多一些
!l 添加回应
""",
        body="""
今年上半年，在街道党工委的指导下，社区社工站围绕困难群众、老年人、青少年三类重点人群开展服务，总体完成了年初制定的目标。
一、个案服务。建立困难群众个案档案62个，开展入户探访410人次，链接慈善资源帮扶资金4.6万元。
二、小组活动。开设“银龄手工坊”“四点半课堂”等小组8个，开展活动64节次，参与1100余人次。
三、社区活动。组织邻里节、端午包粽子等社区活动6场。
存在的不足主要是专业督导不够，服务记录不够规范。下半年将加强学习，争取把服务做得更专业。
""",
    ),
    dict(
        slug="hotline-12345-reply-published",
        site="汀澜市12345政务服务便民热线 (invented)",
        style="问答社区",
        genre="答复",
        kind="other",
        form="html",
        source="https://12345.tinglan.example.gov.cn/hfgk/detail?id=2024091900318",
        title="关于滨湖小区周边夜间施工噪音扰民问题的答复",
        record_title="关于滨湖小区周边夜间施工噪音扰民问题的答复",
        date="2024-09-19",
        notes="hotline's 回复公开 page (HTML): a 诉求 table above (工单编号, 诉求类型, 诉求时间), 满意度 stars after; "
        "the 承办单位's reply is the body, with its own 联系电话 line; the hotline's own number in the footer",
        page="""
<html><head><meta charset="utf-8"><title>回复公开-汀澜市12345</title></head><body>
<div class="hd">⟦m 汀澜市12345政务服务便民热线 · 回复公开⟧</div>
<table>
<tr><td>⟦m 工单编号：TL2024091900318⟧</td><td>⟦m 诉求类型：投诉⟧</td></tr>
<tr><td>⟦m 诉求时间：2024-09-16 23:10⟧</td><td>⟦m 办理状态：已办结⟧</td></tr>
</table>
<h3>{T}</h3>
<div class="reply">
{BODY}
</div>
<div class="rate">⟦a 满意度评价：★★★★★ 非常满意⟧</div>
<div class="ft">⟦w 拨打12345或登录“汀澜通”APP反映诉求⟧</div>
</body></html>
""",
        body="""
市民您好：
您反映的滨湖小区周边夜间施工噪音扰民问题收悉。接件后，我局执法人员于9月17日晚到现场核查，该工地为市政道路改造项目，存在夜间未经许可施工的情况。
我局已责令施工单位立即停止夜间施工，并依法立案调查。施工单位承诺，今后确需夜间连续作业的，将依法办理夜间施工许可并提前公告。
感谢您对城市管理工作的监督。如有疑问，可拨打我局执法大队电话：0735-2258110。
汀澜市城市管理局
2024年9月19日
""",
    ),
    dict(
        slug="discuz-canglan-report-junk-lines",
        site="沧岚论坛 (invented Discuz)",
        style="论坛",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://bbs.canglan.example.net/thread-1177302-1-1.html",
        title="2024年度村党支部书记述职报告",
        record_title="2024年度村党支部书记述职报告 - 公文写作 - 沧岚论坛 - Powered by Discuz!",
        date=None,
        date_also=["2024-12-28"],
        notes="Discuz thread: 本帖最后由 … 编辑 line, 马上注册 prompt, 楼主/电梯直达, anti-scraping junk lines and glued "
        "junk, 回复 / 举报 / 支持 反对 row, Powered by Discuz footer",
        page="""
!a 马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。
!a 您需要 登录 才可以下载或查看，没有账号？立即注册
!m 沧岚论坛 › 公文写作 › 查看内容
{T}
!m 楼主　电梯直达
!m 本帖最后由 枫桥夜泊 于 2024-12-28 20:15 编辑
{BODY}
!a 支持　反对　　回复　举报
!m Powered by Discuz! X3.5 © 2001-2024 Discuz! Team.
""",
        junk=dict(lines=2, glued=3),
        body="""
一年来，在镇党委的坚强领导下，我团结带领村“两委”班子和全体党员，较好地完成了各项工作任务。
一是抓班子带队伍。坚持“三会一课”制度，全年召开支部党员大会6次、上党课4次，发展党员2名。
二是抓产业促增收。引进种植大户流转土地320亩发展稻虾共养，村集体经济收入达到18.6万元，比上年增长31%。
三是抓治理保稳定。完善村规民约，成立红白理事会，调处矛盾纠纷27起，全村无一例越级上访。
不足之处是带领群众致富的办法还不够多。新的一年，我将继续努力，不辜负组织和群众的信任。
""",
    ),
    dict(
        slug="gkforum-kaoyun-shenlun-model-essay",
        site="考云公考社区 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.kaoyun.example.com/shenlun/t-552109.html",
        title="以“小切口”推动“大民生”",
        record_title="【申论范文】以“小切口”推动“大民生”（2024省考B卷参考）",
        date="2024-04-02",
        notes="exam forum: 【申论范文】 decoration and an exam-paper suffix, 题目要求 block above (neutral), 字数 line, 上岸 "
        "slogan, 领取资料 prompt with a QQ group, 本帖被以下淘专辑推荐 list",
        page="""
!m 考云公考社区 — 陪你一路上岸
!m 申论专区 » 范文精选
!t 【申论范文】以“小切口”推动“大民生”（2024省考B卷参考）
题目：参考给定资料，围绕“民生小事”自拟题目，写一篇议论文。（40分）
!m 发表于 2024-04-02　|　查看: 9812　|　回复: 67
{BODY}
!m （全文约1080字）
!w 申论批改、资料领取请加QQ群：735190462
!l 本帖被以下淘专辑推荐：2024省考申论高分范文合集
""",
        body="""
民生无小事，枝叶总关情。加装一部电梯、新增几个车位、办好一个食堂，看似都是“小事”，却连着群众的“大日子”。
以“小切口”推动“大民生”，要把群众的“需求清单”变成“履职清单”。只有深入群众，才能找准群众的急难愁盼，把有限的资源用在刀刃上。
以“小切口”推动“大民生”，要把一时之策变成长久之计。民生实事不能“一阵风”，要建立长效机制，让好事办好、实事办实。
以“小切口”推动“大民生”，要让群众成为评判者。办得好不好，群众说了算。
积土成山，积水成渊。把一件件民生小事办好，就能汇聚起推动发展的强大合力。
""",
    ),
    dict(
        slug="wiki-baikelan-entry-plan-system",
        site="百科岚 (invented encyclopedia)",
        style="百科问答",
        genre="规章制度",
        kind="other",
        form="html",
        source="https://baike.lan.example.com/item/值班制度/8812407",
        title="机关值班制度",
        record_title="机关值班制度_百科岚",
        date=None,
        notes="encyclopedia page (HTML): 编辑/讨论/上传视频 buttons, 目录 box, 本词条由…审核 notice, [1] citation marks "
        "glued to sentences (chrome), 词条标签, 参考资料 list; the regulation's articles as body",
        page="""
<html><head><meta charset="utf-8"><title>机关值班制度_百科岚</title></head><body>
<div class="top">⟦m 百科岚　全球领先的中文百科⟧ ⟦a 登录 注册⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑　讨论　上传视频⟧</div>
<div class="verify">⟦d 本词条由“科普中国”科学百科词条编写与应用工作项目审核。⟧</div>
<div class="catalog">⟦l 目录 1 值班安排 2 值班职责 3 交接班 4 纪律要求⟧</div>
<div class="para">
{BODY}
</div>
<div class="tags">⟦l 词条标签：行政管理 ， 规章制度⟧</div>
<div class="ref">⟦l 参考资料 1. 机关事务管理办法汇编 2. 值班工作实务⟧</div>
<div class="ft">⟦d ©2024 Baikelan 使用百科前必读 百科协议 隐私政策⟧</div>
</body></html>
""",
        body="""
为加强机关值班管理，确保信息畅通、处置及时，结合工作实际，制定本制度。⟦m [1]⟧
一、值班安排。机关实行24小时值班制度，工作日由办公室安排专人值班，节假日实行领导带班、干部值班。
二、值班职责。值班人员负责接听值班电话，及时处理来电来文，遇有紧急情况立即向带班领导报告。⟦m [2]⟧
三、交接班。交接班时应当面交接，认真填写值班记录，未办结事项要交代清楚。
四、纪律要求。值班人员不得擅离岗位，不得饮酒，因特殊情况需调班的，须经带班领导同意。
""",
    ),
    dict(
        slug="qa-wenyou-answer-votes-adopted",
        site="问友网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenyou.example.com/question/55190428.html",
        title="单位要求写年度个人总结，一般包括哪几部分？",
        record_title="单位要求写年度个人总结，一般包括哪几部分？_问友网",
        date=None,
        date_also=["2024-12-02"],
        notes="Q&A: 提问 line and 最佳答案 label, 采纳率/回答数 card, 有用/没用 counts glued to the last line, 其他回答 box "
        "and 下载APP prompt; 1. 2. 3. list kept",
        page="""
!m 问友网 > 职场 > 公文写作
{T}
!m 匿名网友　2024-12-02 提问
!m ✔ 最佳答案
!m 文海拾贝　采纳率：91%　回答：3,120
{BODY}⟦a 有用(88)　没用(2)⟧
!l 其他回答（4）
!l 总结就是把一年干了什么写清楚，不用太复杂。
!a 下载问友网APP，随时随地提问
""",
        body="""
年度个人总结一般包括以下几部分：
1. 开头。简要概括一年来的总体情况，一两句话即可。
2. 主要工作和成绩。这是重点，按工作类别分条写，多用数据和事例，少说空话。
3. 存在的不足。实事求是，写两三条，不要避重就轻。
4. 下一步打算。针对不足提出改进措施，要具体可行。
另外，篇幅以1500字左右为宜，语言朴实，格式规范就好。
""",
    ),
    dict(
        slug="forum-local-heze-notice-repost-signature",
        site="鹤泽在线论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.hezeol.example.com/forum.php?mod=viewthread&tid=661802",
        title="关于2025年春节期间城区禁止燃放烟花爆竹的通告",
        record_title="转：关于2025年春节期间城区禁止燃放烟花爆竹的通告",
        date="2025-01-10",
        notes="local forum repost: 转： prefix, 转自 line, the poster's signature (签名档) after the text, 本版规 notice, "
        "a 沙发/板凳 reply list; the 通告's own 举报电话 line stays; anti-scraping junk lines between paragraphs",
        junk=dict(lines=2, glued=0),
        page="""
!m 鹤泽在线 › 鹤泽民生 › 通知公告
!t 转：关于2025年春节期间城区禁止燃放烟花爆竹的通告
!m 发表于 2025-1-11 09:20　只看该作者
!m 转自：鹤泽市公安局官网
{BODY}
!l 签名档：生活就是一场说走就走的旅行~~~
!d 本版规：转帖须注明来源，禁止发布广告
!l 沙发　鹤泽老王：今年终于清静了
!l 板凳　小橙子：农村可以放吗？
""",
        date_also=["2025-01-11"],
        body="""
为保障春节期间公共安全和人民群众生命财产安全，根据《烟花爆竹安全管理条例》等规定，现就有关事项通告如下：
一、2025年1月20日至2月15日，市城区禁止燃放烟花爆竹。
二、禁止在禁放区域内销售、储存烟花爆竹。
三、对违反本通告的，由公安机关依法予以处罚；构成犯罪的，依法追究刑事责任。
举报电话：110，0798-8211370。
鹤泽市公安局
2025年1月10日
""",
    ),
    dict(
        slug="qa-column-reading-notes-insight-gap",
        site="知岚专栏 · 读书会 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://zhuanlan.zhilan.example.com/p/701285563",
        title="读《乡土中国》有感",
        record_title="读《乡土中国》有感",
        date="2024-03-30",
        notes="column with blank lines between paragraphs (gap), a 目录 line and 收起 link, a 文章被以下专栏收录 box, "
        "an 还没有评论 box, IP属地 line",
        page="""
{T}
!m 楚云　读书、写字、种花
!l 目录　收起
{BODY}
!m 发布于 2024-03-30 16:48・IP 属地江西
!l 文章被以下专栏收录：一起读经典
!l 还没有评论，发表第一个评论吧
""",
        gap=True,
        body="""
最近重读费孝通先生的《乡土中国》，比起第一次读，多了几分亲切。
书中说，乡土社会是“熟人社会”，人们从熟悉中得到信任。这让我想起在村里工作时，很多事情靠一纸通知推不动，靠村里老人一句话却能办成。
“差序格局”这个词，读书时只觉得是个概念，现在才明白它说的是每个人身边那一圈圈的人情关系。
读完这本书，我更加体会到，做基层工作，既要讲规矩，也要懂人情。
""",
    ),
]
