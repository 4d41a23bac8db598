"""holdout198, part C: Q&A sites, personal collections, Party-building portals, hospitals and
universities, each once as HTML and once as text. A Q&A page on whether a peephole can be
looked through backwards, with an adopted-answer badge, a vote bar and more answers; a clay-pot
question whose record has no title (the question on the page is the title); a retired teacher's
collection in an old table layout with a marquee, chapter links, a visitor counter and the
author's mailbox; a one-line memoir of a father's bicycle pump; a Party portal's volunteer
first-aid-box summary with a study-points prompt; a village Party secretary's 述职报告 in a
clay-pot village; a hospital's dermatology article on bandage rashes with a booking float; a
rehabilitation article on top-whipping injuries; a university's student pump station (title
only in an ``<h1>``) and a security office's peephole notice. Invented text (sites, places,
people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-wenwenkan-peephole-reverse-view-votes",
        site="问问看 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenkan.example.com/q/58830217",
        title="猫眼会被人从门外反着看到屋里吗？",
        record_title="猫眼会被人从门外反着看到屋里吗？ - 问问看",
        date=None,
        notes="Q&A page: asker line with a relative time, question detail (chrome: not the answer), an adopted-answer badge, answerer card, a relative answer time (no date), vote bar, comment count, 'more answers' and a related-questions list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>猫眼会被人从门外反着看到屋里吗？ - 问问看</title>
<script>window.QID=58830217;</script></head>
<body>
<div class="ww-top">⟦m 问问看 · 有问题，问问看⟧ <span>⟦a 提问⟧ ⟦a 登录⟧</span></div>
<div class="ww-crumb">⟦m 问问看 › 生活 › 家居安全⟧</div>
<div class="question">
<h1>{T}</h1>
<div class="q-desc">⟦l 问题补充：一个人住，听说有人用工具从外面看猫眼，是真的吗？要不要换？⟧</div>
<div class="q-meta">⟦m 匿名用户 提问于 6 天前 · 浏览 3,406 · 关注 58⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 锁匠老邢 · 从事开锁换锁行业十五年 · 回答于 2 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦l ▲ 赞同 231　▼ 反对 3　💬 评论 17⟧</div>
</div>
<div class="more">⟦l 查看其余 9 个回答 ∨⟧</div>
<div class="related"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 可视门铃和普通猫眼哪个更安全？⟧</li><li>⟦l 出租屋可以自己换门镜吗？⟧</li></ul></div>
<footer>⟦d 回答仅代表答主个人观点，不代表本站立场⟧　⟦m © 问问看 wenwenkan.example.com⟧</footer>
</body></html>
""",
        body="""
有这个可能，但没有传说中那么容易。
普通门镜是一组透镜，从屋里往外看是缩小的广角画面；从门外往里看，只能看到一个小亮点。市面上确实有一种“反向窥视镜”，贴在门镜外侧能看到屋里的大致情况，不过画面很模糊，只能分辨有没有开灯、有没有人走动。
如果担心，有三个简单办法：
1. 买一个带遮挡片的门镜，平时把遮挡片放下，要看的时候再拨开。
2. 在门镜内侧贴一小块遮光贴，用的时候撕开一角。
3. 换成电子门镜，里面是显示屏，外面的人什么也看不到。
另外提醒一句，如果发现门镜外面有划痕、被人贴了东西，或者门镜松动，最好及时找物业或者正规锁匠检查一下。
""",
    ),
    dict(
        slug="qa-linda-clay-pot-seasoning-no-record-title",
        site="邻答 (invented Q&A, text)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://linda.example.cn/question/771204",
        title="新买的砂锅第一次用要怎么开锅？",
        record_title=None,
        date=None,
        notes="no record title: the question on the page is the title; an adopted-answer badge, an answerer line with 编辑于 昨天 (no date), a like/collect row, 'other answers' and an 'ask a question' prompt; numbered steps in the answer",
        page="""
!m 邻答 — 邻里之间，有问有答
!m 全部问题 › 厨房 › 锅具
{T}
!m 3,187 人看过　·　共 6 个回答
!m ★ 最佳回答　|　灶台边的阿芸　编辑于 昨天 19:02
{BODY}
!a 有用(88)　没用(2)　收藏　举个手
!l ▾ 其他 5 个回答
!l 砂锅可以直接放电磁炉上用吗？
!l 砂锅裂了一条细缝还能用吗？
!a 我也要提问 ➜
""",
        body="""
新砂锅开锅，主要是让锅体吸饱水、把细小的气孔封住，以后才不容易裂。我家一直是这么做的：
1. 先用清水把砂锅里外冲洗干净，然后整个泡在水里，泡上半天到一天。
2. 捞出来擦干，锅里倒入淘米水，水量到锅的八成满。
3. 小火慢慢烧开，再转最小火熬二十分钟左右，关火后不要动，让它自然冷却。
4. 倒掉淘米水，洗干净晾干，就可以用了。
平时用的时候也要注意：锅底要擦干再上火，先小火后大火；刚离火的砂锅别放在湿台面或瓷砖上，也别马上加冷水。
""",
    ),
    dict(
        slug="collection-laoke-spinning-top-memoir-table-layout",
        site="老柯文存 (invented personal collection, old table layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.laoke-wencun.example.net/bcjh/12.htm",
        title="冬天里的抽陀螺",
        record_title="冬天里的抽陀螺（镈城旧话之十二）— 老柯文存",
        date=None,
        notes="a retired teacher's collection in an old table layout: a marquee, a series note in the record title, chapter links (上一篇/下一篇/回目录), a visitor counter and the author's mailbox; a 写于 line with a year only (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>冬天里的抽陀螺（镈城旧话之十二）— 老柯文存</title></head>
<body background="/img/bg_paper.gif">
<table width="780" align="center" border="0">
<tr><td align="center" class="title1">⟦m 老 柯 文 存⟧</td></tr>
<tr><td><marquee behavior="alternate">⟦m 退休老教师的闲笔，写给老镈城人看⟧</marquee></td></tr>
<tr><td class="menu">⟦m 首页 ◇ 镈城旧话 ◇ 教书杂记 ◇ 诗词习作 ◇ 留言簿⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center">⟦m —— 镈城旧话之十二 ——⟧</td></tr>
<tr><td class="zw">
{BODY}
</td></tr>
<tr><td align="right">写于2019年冬，改于今春</td></tr>
<tr><td align="center">⟦l 〖上一篇：炒米花的爆响〗⟧　⟦l 〖回目录〗⟧　⟦l 〖下一篇：河边的洗衣石〗⟧</td></tr>
<tr><td align="center" class="foot">⟦m 欢迎来信：laoke_bc@example.net⟧<br>⟦m 本页已被访问 <font color="red">12,447</font> 次⟧<br>⟦d 文章为作者原创，转载请注明“老柯文存”⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
我们小时候的冬天，没有什么好玩的东西，最盼的就是河面结冰。冰一冻实，男孩子们就揣着陀螺往河边跑。
那时的陀螺都是自己做的。找一段硬木，用柴刀削出个尖，再请铁匠铺的师傅在尖上钉一颗钢珠。鞭子是竹竿拴麻绳，讲究一点的在绳头上系一小段布条，抽起来“啪啪”响。
冰上抽陀螺，最考验手劲。陀螺起转以后，要看准了斜着抽，抽正了它就越转越稳，抽偏了它就一头栽倒。我们几个比谁转得久，输了的人要帮赢家挑一担水。
如今镈城的河早已不结冰了，孩子们玩的陀螺也换成了塑料的，一按按钮就能发光唱歌。可我总觉得，少了点冰面上那“啪啪”的响声。
""",
    ),
    dict(
        slug="collection-jiushizhi-father-pump-oneline",
        site="旧物志 (invented personal collection, text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://jiuwuzhi.example.org/book/3/chapter/07.html",
        title="父亲的打气筒",
        record_title="父亲的打气筒〔旧物志·其七〕",
        date=None,
        notes="a personal collection page whose body is on one line (paragraphs apart only by their indent); a series tag in the record title; a chapter bar, a word count, a night-mode/font row, an end-of-chapter line and a table-of-contents prompt; no date",
        oneline=True,
        indent="　　",
        page="""
!m 旧物志 · 第三卷 · 第七篇
!a 夜间模式　|　字体 A- A+　|　加入书签
!t 父亲的打气筒
!m 本篇 826 字　·　更新于 2 个月前
{BODY}
!m —— 本篇完 ——
!l 上一篇：母亲的缝纫机　｜　目录　｜　下一篇：墙上的挂历
!d 《旧物志》为作者原创连载，未经同意请勿搬运。
""",
        body="""
父亲那辆二八自行车，后座上常年别着一个绿色的打气筒，铁皮筒身，木头把手，气管用细铁丝缠着接头。
那是他在县农机厂上班时厂里发的，用了二十多年。车胎瘪了，他从不去修车摊，自己蹲在门口，一脚踩住打气筒的踏板，一下一下往下压，额头上很快就冒出汗来。
我上初中以后，打气的活就归了我。父亲站在旁边，用大拇指按一按车胎，说一声“够了”，我就停下来。他说气打得太足，骑起来颠，还容易爆胎。
后来家里换了电动车，打气筒就挂在了储物间的墙上。去年收拾屋子，我拿下来试了试，居然还能打气，只是皮碗有点漏了。我没舍得扔，又把它挂了回去。
""",
    ),
    dict(
        slug="dangjian-zhenhu-volunteer-first-aid-box-summary",
        site="甄湖党建网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.zhenhudj.example.gov.cn/zyfw/202510/t20251015_33716.html",
        title="“爱心小药箱”党员志愿服务项目工作总结",
        record_title="【志愿服务】“爱心小药箱”党员志愿服务项目工作总结_甄湖党建网",
        date="2025-10-13",
        date_also=["2025-10-15"],
        notes="Party portal: a 【栏目】 prefix and _site suffix; a 发布时间 byline two days after the 成文日期 (document's date expected); a study-points prompt and a 'read on phone' line; a data table (one row a paragraph); a share bar glued after a sentence; a 'recommended' list and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【志愿服务】“爱心小药箱”党员志愿服务项目工作总结_甄湖党建网</title>
<script src="/js/dj-common.js"></script></head>
<body>
<div class="dj-top">⟦m 甄湖党建网 · 中共甄湖区委组织部主办⟧ <span>⟦a 党员登录⟧</span></div>
<div class="dj-nav">⟦m 首页　组工动态　基层党建　志愿服务　党员教育　人才工作⟧</div>
<div class="dj-pos">⟦m 当前位置：首页 ›› 志愿服务⟧</div>
<h1>{T}</h1>
<div class="dj-info">⟦m 发布时间：2025-10-15　来源：甄湖区卫生健康局机关党委　浏览次数：627⟧</div>
<div class="dj-points">⟦a 登录后阅读满3分钟可获学习积分1分⟧</div>
<div class="dj-article">
{BODY}
</div>
<div class="dj-phone">⟦a 📱 用手机扫描二维码继续阅读⟧</div>
<div class="dj-rec"><h4>⟦l 推荐阅读⟧</h4><ul><li>⟦l 区医保局党支部开展“政策进小区”活动⟧</li><li>⟦l 党员先锋岗：深夜守护急诊室⟧</li></ul></div>
<div class="dj-foot">⟦m 中共甄湖区委组织部　地址：甄湖区人民路1号　邮编：416000⟧<br>⟦m 湘ICP备12003387号-2⟧</div>
</body></html>
""",
        body="""
今年以来，区卫生健康局机关党委组织党员志愿者，在辖区12个老旧小区开展“爱心小药箱”志愿服务，为居民免费配备和补充家庭常用急救用品。现将工作情况总结如下。
一、主要做法
一是摸清需求。志愿者入户走访，重点了解独居老人、残疾人家庭的小药箱配备情况，建立服务台账。二是统一配置。每个小药箱配有创可贴、碘伏、纱布、医用胶带和体温计，并附一张用药提示卡。⟦l 分享：微信 · 微博 · 复制链接⟧三是定期补充。志愿者每季度上门一次，检查药品有效期，补齐用完的创可贴等物品。
二、服务成效
项目　数量
配发小药箱　486个
上门服务　1320人次
开展急救知识讲座　18场
三、下一步打算
明年将把服务范围扩大到全区所有老旧小区，并联合社区卫生服务中心开展急救技能培训。
中共甄湖区卫生健康局机关委员会
2025年10月13日
""",
    ),
    dict(
        slug="dangjian-fuchuan-village-secretary-report-clay-pots",
        site="釜川党建 (invented Party-building site, text)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://dj.fuchuan.example.gov.cn/jcdj/2025/0110/1093.html",
        title="陶家湾村党支部书记2024年度抓基层党建工作述职报告",
        date="2025-01-10",
        notes="Party site text page with the record's title as is; a column path, a study prompt, an author line, the 成文日期 under the signature in Chinese numerals (a 发布 line two days later also accepted), a font-size row, a 'previous/next' pair and a footer",
        page="""
!m 釜川党建 ｜ 基层组织建设
!m 首页 ＞ 基层党建 ＞ 书记述职
!m 【字号 大 中 小】　【我要纠错】
{T}
!m 来源：鍪田镇党委　发布：2025-01-12　阅读：388
{BODY}
!a 学习强国 · 扫码学习更多基层党建经验
!l ◀ 上一篇：鍪田镇2024年度党建工作总结
!l ▶ 下一篇：铛湾村党支部书记述职报告
!m 主办：中共釜川县委组织部　湘ICP备09016205号
""",
        date_also=["2025-01-12"],
        body="""
2024年，我认真履行抓基层党建第一责任人职责，围绕砂锅产业发展这个中心抓党建、促振兴，现将有关情况报告如下。
一、履职情况
一是建强支部班子。选配两名返乡创业青年进入村“两委”，支部班子平均年龄下降到41岁。二是党建引领产业。成立“红色陶坊”党员先锋队，12名党员带头承包作坊，带动86户村民从事砂锅制作和销售，村集体经济收入达到31万元。三是服务群众。开展“支部书记接待日”，全年为群众办实事48件。
二、存在问题
党员队伍老化问题仍较突出，发展年轻党员力度不够；产业发展中对砂锅质量把关还不够严。
三、下步打算
2025年，重点抓好青年人才培养，推动全村砂锅作坊全部完成釉料检测，力争村集体经济收入突破40万元。
陶家湾村党支部书记　龚庆年
二〇二五年一月十日
""",
    ),
    dict(
        slug="hospital-wengling-derm-bandage-rash-booking-float",
        site="瓮岭县人民医院 (invented hospital site)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.wlxrmyy.example.com/jkkp/pfk/2025/0723/918.html",
        title="贴完创可贴起红疹？可能是接触性皮炎",
        record_title="贴完创可贴起红疹？可能是接触性皮炎-健康科普-瓮岭县人民医院",
        date="2025-07-23",
        notes="hospital site: -column-site suffix; a 发布日期 byline (the page's date); a booking float and a 24-hour line in the header; the department's own 咨询电话 in the body beside the site's 预约 line; a 'department experts' list and a health-tips list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>贴完创可贴起红疹？可能是接触性皮炎-健康科普-瓮岭县人民医院</title>
<script>var _czc=_czc||[];</script></head>
<body>
<div class="h-top">⟦m 瓮岭县人民医院　二级甲等综合医院⟧　⟦m 24小时急救电话：0737-5712 120⟧</div>
<div class="h-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普　党建文化⟧</div>
<div class="h-pos">⟦m 首页 / 健康科普 / 皮肤科⟧</div>
<h1>{T}</h1>
<div class="h-info">⟦m 发布日期：2025-07-23　供稿：皮肤科　点击：1,066⟧</div>
<div class="h-content">
{BODY}
</div>
<div class="h-float">⟦a 预约挂号⟧<br>⟦a 微信预约⟧<br>⟦m 预约电话 0737-5712 000⟧</div>
<div class="h-side"><h3>⟦l 皮肤科专家⟧</h3><ul><li>⟦l 陶若兰　主任医师　周二、周四上午⟧</li><li>⟦l 邓一鸣　副主任医师　周三全天⟧</li></ul>
<h3>⟦l 健康科普⟧</h3><ul><li>⟦l 夏季防晒，别只靠防晒霜⟧</li><li>⟦l 湿疹反复发作怎么办⟧</li></ul></div>
<div class="h-foot">⟦m 地址：瓮岭县建设西路66号　邮编：415700⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 湘ICP备10030117号⟧</div>
</body></html>
""",
        body="""
最近，皮肤科门诊接诊了好几位“贴创可贴贴出毛病”的患者：贴过创可贴的地方又红又痒，揭下来以后，皮肤上留下一个和创可贴形状一模一样的红印，有的还起了小水疱。
这种情况多半是接触性皮炎。创可贴的胶布里含有橡胶、松香等成分，少数人对这些成分过敏；天气炎热、出汗多、贴的时间长，也会刺激皮肤。
出现这种情况，首先要马上揭掉创可贴，用清水轻轻冲洗，不要抓挠。红肿轻的一般几天就会消退；瘙痒明显、起水疱或者范围扩大的，请到皮肤科就诊。
医生建议，对胶布过敏的人，处理小伤口时可以改用无菌纱布加低敏胶带，或者选择标明“低敏”的创可贴。
皮肤科咨询电话：0737-5712 316（工作日8:00-17:30）。
""",
    ),
    dict(
        slug="hospital-gushui-tcm-rehab-top-whipping-shoulder",
        site="觚水县中医院 (invented hospital site, text)",
        style="医院官网",
        genre="科普",
        kind="other",
        form="text",
        source="http://www.gsxzyy.example.cn/kpzl/2025/0605/472.html",
        title="抽陀螺健身，小心伤了肩膀",
        record_title="【健康讲堂】抽陀螺健身，小心伤了肩膀_觚水县中医院",
        date="2025-06-05",
        notes="hospital text page: a 【栏目】 prefix and a _site suffix; a 发布时间 byline (the page's date); an author line; numbered tips; the department's clinic times in the body beside the site's 预约 line; a follow prompt and a hot list",
        page="""
!m 觚水县中医院 · 传承国医 守护健康
!m 首页 › 科普专栏 › 健康讲堂
!t 【健康讲堂】抽陀螺健身，小心伤了肩膀
!m 发布时间：2025-06-05 09:30　作者：康复医学科 谭明远　浏览：734
{BODY}
!a 关注“觚水县中医院”服务号，可在线预约康复门诊
!m 预约咨询：0739-6231 888（8:00-17:00）
!l 热门科普：颈椎病的自我锻炼 ｜ 三伏贴适合哪些人 ｜ 腰痛不一定是腰的问题
!m 觚水县中医院版权所有　湘ICP备08019233号-1
""",
        body="""
近年来，抽陀螺成了不少中老年朋友喜爱的健身方式。但康复医学科门诊发现，因为抽陀螺导致肩膀疼痛前来就诊的人也在增多，其中不少是肩袖损伤。
抽陀螺时，手臂要反复高举、快速向下甩鞭，肩关节承受的力量很大。如果热身不充分、鞭子太重、一次抽得太久，就容易拉伤肩部的肌腱。
医生提醒：
1. 抽陀螺前先活动肩、肘、腕关节五到十分钟。
2. 鞭子不宜过重过长，左右手交替使用。
3. 每次连续抽打不超过二十分钟，中间适当休息。
4. 出现肩膀疼痛、抬手困难、夜间痛醒等情况，应暂停锻炼并及时就诊。
我院康复医学科每周一至周六上午开设肩关节疼痛专病门诊，地点在门诊楼三楼。
""",
    ),
    dict(
        slug="university-bocheng-student-pump-station-h1-only",
        site="镈城理工学院 (invented university site)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.bcit.example.edu.cn/info/1021/38810.htm",
        title="“打气筒小站”开进宿舍区　志愿者守护师生骑行路",
        record_title=None,
        date="2025-10-20",
        notes="university news page with no record title (the title only in an <h1>); a 发布时间 byline (the page's date); author/photo/editor line, a photo caption between paragraphs, a reviewer line glued after the last paragraph, a font-size row, 'latest news' and a footer with the school's address",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>镈城理工学院新闻网</title>
<script src="/_js/jquery.js"></script><script>_jsq_(1021,'/content.jsp',38810,1492338417)</script></head>
<body>
<div class="u-head">⟦m 镈城理工学院新闻网⟧ <span>⟦m 学校主页 | English⟧</span></div>
<div class="u-nav">⟦m 首页　理工要闻　院部动态　学子风采　媒体理工　图说理工⟧</div>
<div class="u-pos">⟦m 当前位置：首页 » 学子风采 » 正文⟧</div>
<h1>{T}</h1>
<div class="u-info">⟦m 发布时间：2025-10-20　文：校团委 林可心　图：程浩　编辑：任佳⟧　⟦a 【字体：大 中 小】⟧</div>
<div class="u-article">
{BODY}
</div>
<div class="u-latest"><h4>⟦l 最新动态⟧</h4><ul><li>⟦l 我校在省大学生节能减排竞赛中获一等奖⟧</li><li>⟦l 图书馆“夜读空间”正式开放⟧</li></ul></div>
<div class="u-foot">⟦m 地址：镈城市学院路2号　邮编：418000　电话：0745-7730 000⟧<br>⟦m 版权所有 © 镈城理工学院 党委宣传部⟧</div>
</body></html>
""",
        body="""
本网讯　10月17日，由校团委指导、机械工程学院青年志愿者协会运营的“打气筒小站”在东区学生宿舍正式启用，师生可免费为自行车、电动车和球类打气。
小站设在东区宿舍三栋楼下，配有落地式打气筒4个、电动充气泵1台以及常用的气嘴转换头，每天中午和傍晚各有两名志愿者值守，其余时间可扫码借用。
⟦m 图为志愿者为同学的自行车打气。⟧
“以前车胎没气了，要推到校外修车点，来回得半个小时。”大二学生周子航说，现在下楼就能打气，方便多了。
据了解，志愿者还会定期检查打气筒的气压表和软管，发现损坏及时更换。下一步，校团委计划在西区宿舍和体育馆再设两个小站。⟦m （审核：严晓梅）⟧
""",
    ),
    dict(
        slug="university-bocheng-security-dorm-peephole-notice",
        site="镈城理工学院保卫处 (invented, text)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bwc.bcit.example.edu.cn/tzgg/2025/0908/412.html",
        title="关于学生公寓宿舍门镜更换的通知",
        record_title="保卫处｜关于学生公寓宿舍门镜更换的通知 - 镈城理工学院",
        date="2025-09-08",
        notes="a university office's text page: an office prefix and a - school suffix; 发布 line equal to the 成文日期; a schedule table, the office's own 联系电话 beside the school's switchboard, a close row and 'other notices'",
        page="""
!m 镈城理工学院 保卫处（武装部）
!m 首页 > 通知公告
!t 保卫处｜关于学生公寓宿舍门镜更换的通知
!m 作者：保卫处　发布时间：2025-09-08 15:12　浏览次数：2206
{BODY}
!a [ 关闭窗口 ]
!l 其他通知：关于开展新生消防安全教育的通知 ｜ 关于校园电动车集中登记的通知
!m 学校总机：0745-7730 000　地址：镈城市学院路2号
""",
        body="""
各学院、全体住校学生：
为提升学生公寓安全防范水平，学校决定对东区、西区学生公寓宿舍门的门镜进行统一更换，新门镜带内侧遮挡片，视角更大。现将有关事项通知如下。
一、更换安排
区域　楼栋　时间
东区　1—6栋　9月15日至9月19日
西区　7—12栋　9月22日至9月26日
二、注意事项
施工期间，请同学们配合施工人员进入宿舍，贵重物品妥善保管；施工人员均佩戴学校统一发放的工作证，如有疑问可拨打保卫处电话核实。更换完成后，请不要在门镜上粘贴任何物品。
联系电话：保卫处值班室0745-7730 110。
镈城理工学院保卫处
2025年9月8日
""",
    ),
]
