"""Holdout 20, part D: forums, blogs, account mirrors, personal collections, Q&A and
dictionary pages no earlier part names — a hiking association on an outdoor forum, a
dragon-boat association on a county forum, a clan association's account, a
fellow-townsmen association's account, a foreign-aid medical team doctor's collection, a
people's deputy's duty page, a general Chinese dictionary's entry, a village library's
pledge answered on a Q&A site, a family farmer's blog, a double-support (双拥) site in a
text-only cache and a racing-pigeon association's notice on a pigeon-fanciers' forum.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="forum-lanqiao-hiking-pledge-jammer-html",
        site="岚桥驴友之家论坛 (invented, Discuz-like)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://bbs.lqlvyou.example.com/forum.php?mod=viewthread&tid=20517",
        title="关于文明安全登山的倡议书",
        record_title="[倡议] 关于文明安全登山的倡议书 - 户外公告 - 岚桥驴友之家",
        date="2025-03-28",
        notes="an outdoor forum thread (Discuz-like) with jammer-font junk inside the post, the poster's card, a post-date line equal to the signature date, rating and reply rows, the forum footer with its run-time line",
        page="""
<html><head><meta charset="utf-8"><title>[倡议] 关于文明安全登山的倡议书 - 户外公告 - 岚桥驴友之家</title></head>
<body>
<div id="toptb">⟦m 岚桥驴友之家⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 岚桥驴友之家 › 户外论坛 › 户外公告 › 正文⟧</div>
<div class="thread-stat">⟦m 查看: 1688 ｜ 回复: 23⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 岚桥山野⟧</div><dl><dd>⟦m 积分 5210 ｜ 精华 12 ｜ 户外版主⟧</dd></dl></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="pti">⟦m 发表日期：2025-3-28 20:41 ｜ 只看楼主 ｜ 电梯直达⟧</div>
<div class="pcb"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 9　威望 +9　收起 理由⟧</div>
<div class="po">⟦a 回复本帖　引用　评分　TOP⟧</div></td></tr></table>
<div class="pgbtn">⟦l 下一页 ›⟧</div>
<div id="ft">⟦m 岚桥驴友之家 · 湘ICP备17012088号⟧<br>⟦m GMT+8, 2025-4-2 11:06, Processed in 0.041282 second(s), 18 queries.⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=4),
        body="""
各位驴友：
春暖花开，正是登山踏青的好时节。近期，我县部分山区接连发生驴友迷路、受伤等险情，其中两起需要消防救援人员连夜搜救。为倡导文明、安全、环保的户外运动方式，岚桥县登山户外运动协会向广大驴友倡议：
一、不走野路，不登未开发山峰。出行前了解线路情况和天气预报，不擅自进入未开发、未开放区域，不在雷雨天气登山。
二、结伴同行，组织有序。户外活动要有经验丰富的领队带队，队员之间保持联系，不单独行动；出发前将行程告知家人。
三、装备齐全，量力而行。携带充足的饮用水、食品、头灯、急救包和保暖衣物，手机保持电量充足，根据自身体能选择线路。
四、保护环境，带走垃圾。不乱扔垃圾，不采摘花木，不在山林中吸烟、用火，做到“除了脚印什么也不留下”。
五、遇险不慌，科学求救。遇到迷路、受伤等情况，立即停止前进，原地等待并拨打110、119求救，准确报告所在位置。
岚桥县登山户外运动协会
2025年3月28日
""",
    ),
    dict(
        slug="localforum-junxi-dragonboat-summary-junk-text",
        site="筠溪生活网论坛 (invented)",
        style="地方论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://bbs.junxilife.example.com/thread-99812-1-1.html",
        title="筠溪县龙舟协会2025年端午龙舟邀请赛活动总结",
        record_title="【活动总结】筠溪县龙舟协会2025年端午龙舟邀请赛活动总结（多图）",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="a county life forum: board path, poster line with a post time a day after the signature date (the signature date expected, the post time also accepted), photo placeholders, anti-scraping junk as lines and glued, replies with floor numbers, a sticky ad and the forum's app prompt",
        page="""
!m 筠溪生活网 › 民俗文体 › 龙舟天地
!t 【活动总结】筠溪县龙舟协会2025年端午龙舟邀请赛活动总结（多图）
!m 划桨老李　发布在 2025-06-06 22:10　　来自：手机版
!m 人气 2304　｜　回复 31
{BODY}
!m [图片] 龙舟竞渡.jpg (186.42 KB, 下载次数: 12)
!l 2楼　湖边的风：今年的鼓点太提气了，点赞！
!l 3楼　筠溪小周：明年我们村也想组队，找谁报名？
!a 推广：筠溪本地二手船桨、救生衣转让，点击进入闲置交易板块 ›
!a 下载筠溪生活APP，同城活动随时看
""",
        junk=dict(lines=1, glued=3),
        body="""
5月31日，由筠溪县龙舟协会主办、县文化和旅游局、县体育中心支持的2025年端午龙舟邀请赛在芸湖举行。来自县内外的24支龙舟队、600余名桡手参加了比赛，现场观众超过3万人次。现将活动情况总结如下。
一、赛事基本情况
本次邀请赛设男子22人龙舟200米直道竞速和500米直道竞速两个项目，另设女子12人龙舟200米表演赛。经过预赛、半决赛和决赛的激烈角逐，芸湖镇沙洲村龙舟队获得男子200米冠军，县城关镇联队获得男子500米冠军。
二、主要亮点
一是民俗氛围浓厚。赛前举行了传统的龙舟点睛仪式，邀请非遗传承人现场展示龙舟制作技艺。二是群众参与广泛。设置了亲子划船体验区和端午民俗市集，吸引大批市民游客参与。三是安全保障有力。协会安排救生艇6艘、救生员30名，所有参赛队员统一穿着救生衣，全程无一人受伤。
三、存在的不足
一是观赛区域设置偏少，部分岸段出现拥挤；二是停车场容量不足，赛事当天周边道路一度拥堵。
四、下一步打算
协会将认真总结经验，完善赛事组织方案，计划明年增设青少年组比赛，推动龙舟运动进校园、进社区。
筠溪县龙舟协会
2025年6月5日
""",
    ),
    dict(
        slug="mirror-tiaozhou-clan-pledge-weidu",
        site="微读吧 mirror of a clan association's account (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.weiduba.example.com/article/ouyangzongqin/20250208",
        title="关于移风易俗、文明节俭办理红白喜事的倡议书",
        record_title="倡议书丨关于移风易俗、文明节俭办理红白喜事的倡议书",
        date="2025-02-08",
        notes="a mirror of a clan association's account: 'source account' line with 发布时间, a reading-time estimate, a 'read the original on WeChat' button, a 'recommended by the same account' box, a mirror notice with a takedown mail; the pledge's own 监督电话",
        page="""
!m 微读吧　|　好文章，值得一读
!t 倡议书丨关于移风易俗、文明节俭办理红白喜事的倡议书
!m 来源公众号：苕洲欧阳宗亲　　发布时间：2025-02-08 19:20
!m 全文约 1100 字，阅读需要 3 分钟
{BODY}
!a 前往微信查看原文 ›
!l 同公众号推荐：
!l 苕洲欧阳氏宗亲联谊会2024年度工作报告
!l 关于设立欧阳氏助学基金的公告
!d 本站文章由程序自动收录自公开的微信公众号，版权归原作者所有，如有侵权请发邮件至 kefu@weiduba.example.com 处理。
""",
        body="""
各位宗亲：
婚丧嫁娶是人生大事，也是传承家风、凝聚亲情的重要时刻。近年来，我族部分宗亲在操办红白喜事时存在攀比之风，大操大办、铺张浪费的现象时有发生，不仅加重了家庭负担，也与新时代文明乡风格格不入。为此，苕洲欧阳氏宗亲联谊会向全体宗亲发出如下倡议：
一、婚事新办。提倡婚事简办，不索要高额彩礼，不搞豪华车队，婚宴控制在20桌以内，每桌标准不超过800元。
二、丧事简办。提倡文明祭祀、绿色殡葬，不大搞吊唁仪式，不燃放大型烟花爆竹，丧事办理时间一般不超过3天。
三、其他喜事不办。除婚丧事宜外，乔迁、升学、满月、寿诞等一律不办酒席，可在家庭内部小范围庆祝。
四、人情往来从简。亲友之间礼金往来量力而行，宗亲之间提倡礼金不超过200元。
五、发挥示范作用。宗亲会理事、各房族长要带头执行，党员干部宗亲更要率先垂范。宗亲会设立监督电话13607421188，欢迎各位宗亲监督。
移风易俗，从我做起；文明节俭，从今做起。让我们共同弘扬欧阳氏崇德尚俭的优良家风！
苕洲欧阳氏宗亲联谊会
2025年2月8日
""",
    ),
    dict(
        slug="mirror-langyu-tongxiang-notice-wechat-template",
        site="在杭琅屿同乡会 account (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.weixin.qq.example.com/s/lyTongXiangHui_2025_0110",
        title="关于召开在杭琅屿同乡会2025年新春联谊会的通知",
        record_date="2025-01-10",
        date="2025-01-10",
        notes="a WeChat-style article page: account name and publish time in the meta row, the notice tells members to 扫码报名 and gives its own contacts and phones, a follow card, a 'like / share / recommend' row in other words, a comments box prompt",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于召开在杭琅屿同乡会2025年新春联谊会的通知</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 在杭琅屿同乡会⟧</span> <em id="publish_time">⟦m 2025年1月10日 18:05⟧</em> <em>⟦m 浙江⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="profile_card">⟦a 长按识别二维码，关注同乡会⟧</div>
<div class="rich_media_tool">⟦l 喜欢作者 ｜ 分享 ｜ 推荐给朋友⟧</div>
<div class="discuss">⟦l 写下你的留言⟧</div>
</div>
</body></html>
""",
        p_html='<section style="margin-bottom:12px;"><span style="font-size:16px;">{}</span></section>',
        body="""
各位乡亲：
辞旧迎新之际，为增进乡情友谊，交流创业经验，共谋家乡发展，在杭琅屿同乡会定于2025年1月19日举办新春联谊会。现将有关事项通知如下：
一、时间：2025年1月19日（星期日）下午14:00签到，14:30开始。
二、地点：杭州市西湖区文三路168号湖畔酒店三楼宴会厅。
三、活动内容：同乡会2024年工作报告；表彰优秀乡贤和热心会员；家乡招商项目推介；文艺节目表演和新春聚餐。
四、报名方式：请各位乡亲于1月15日前扫描文末二维码填写报名信息，或直接联系同乡会秘书处报名。
五、联系人：龙先生　13857162208；杨女士　13605811763。
家乡的亲人们在等你，让我们相约新春，共叙乡情！
在杭琅屿同乡会
2025年1月10日
""",
    ),
    dict(
        slug="collection-aid-africa-doctor-summary-essay-number",
        site="赤道手记·援非医生文集 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.chidaoshouji.example.net/wenji/wangzhe/012.html",
        title="援外医疗一年个人工作总结",
        record_title="《赤道手记》援非文集·第12篇｜援外医疗一年个人工作总结",
        date="2025-02-16",
        notes="a foreign-aid medical team doctor's personal collection: the collection's name and a number prefix in the record title, the author's profile line, word count and a collection stamp (no date), a 'collection contents' list with prev/next, a reprint notice; signature date under the text",
        page="""
!m 赤道手记 · 一位援非医生的工作笔记
!m 作者：汪哲　｜　现任：第二十三批援非医疗队队员（普外科）
!t 《赤道手记》援非文集·第12篇｜援外医疗一年个人工作总结
!m 字数：1286　　收录时间：2025-02-20
{BODY}
!l 文集目录
!l ← 第11篇：在医院过的第一个当地新年
!l → 第13篇：写给下一批援非队友
!d 本文集文章均为作者原创，转载请与作者联系并注明出处。
""",
        body="""
2024年2月，按照组织安排，我作为第二十三批援非医疗队队员，来到受援国中部省立医院普外科工作。一年来，我始终牢记祖国和人民的重托，努力做到思想上融入、工作上投入、生活上适应，较好地完成了各项医疗援助任务。现将一年来的工作总结如下。
一、克服困难，尽快进入角色。到岗后，我利用一个多月时间熟悉医院科室设置、诊疗流程和常见病种，并学习了当地常用语言，为开展工作打下了基础。
二、立足岗位，做好医疗救治。全年共接诊患者2860人次，完成各类手术412台，其中急诊手术156台；成功救治枪伤、车祸多发伤等危重患者37人，多次在停电、缺药等困难条件下完成抢救任务。
三、传帮带教，培养当地医护人员。开展专题讲座和手术示教48次，手把手带教当地医生6名，其中2名已能独立完成阑尾切除、疝修补等常见手术，真正做到了“授人以渔”。
四、开展义诊，增进中非友谊。参加医疗队组织的巡回义诊12次，深入偏远村落为群众送医送药，诊治患者1500余人次，发放药品价值约8万元。
回顾一年的援外工作，我深深体会到，援外医疗既是一份责任，更是一次难得的历练。在剩余的援外时间里，我将继续发扬“不畏艰苦、甘于奉献、救死扶伤、大爱无疆”的中国医疗队精神，为中非友谊贡献更多力量。
汪哲
2025年2月16日
""",
    ),
    dict(
        slug="collection-jichuan-deputy-proposal-wrapped-no-title",
        site="霁川县人大代表履职平台 (invented)",
        style="个人文集",
        genre="建议",
        kind="other",
        form="text",
        source="https://rdlz.jichuan.example.gov.cn/daibiao/xuchunlan/jianyi/2025-03.html",
        title="关于加强农村留守儿童关爱服务的建议",
        record_title=None,
        date="2025-01-08",
        notes="a people's deputy's duty page: no record title; the deputy's profile (delegation, deputy number, liaison station), a 'submit a voter opinion' button, the proposal hard-wrapped at 70 columns, a handling-status line under the text (no date), the deputy's signature with its date",
        indent="\u3000\u3000",
        wrap=70,
        page="""
!m 代表履职平台 › 代表风采 › 许春兰
!m 县人大代表　许春兰　｜　代表团：石港镇代表团　｜　代表证号：JC-18-063
!m 所在联络站：石港镇人大代表联络站
!a 向TA反映意见建议 ›
{T}
{BODY}
!m 办理状态：已交办　主办单位：县教育局　协办单位：县民政局、县妇联
!l 该代表的其他建议：关于改善石港镇农贸市场周边交通秩序的建议
""",
        body="""
一、基本情况
我县是劳务输出大县，外出务工人员多达9万余人，全县农村留守儿童有4200余名，其中与祖辈共同生活的占八成以上。在走访中我发现，留守儿童普遍存在亲情缺失、学习缺乏辅导、心理健康问题较为突出等情况，个别儿童还存在安全监护不到位的问题。
二、存在的问题
一是关爱服务力量不足。多数村没有专职儿童主任，由村干部兼任，精力有限。二是关爱阵地作用发挥不够。部分村的“儿童之家”建成后活动开展少，存在“重建设、轻运营”的问题。三是心理健康服务薄弱。农村学校专职心理教师少，对留守儿童心理问题发现不及时、干预不专业。
三、几点建议
（一）配强关爱服务队伍。建议县民政局加强儿童督导员、儿童主任队伍建设，每个村（社区）至少配备一名相对稳定的儿童主任，并定期开展业务培训。
（二）用好关爱服务阵地。建议整合学校、村级活动场所和社会组织资源，推动“儿童之家”常态化开放，寒暑假期间组织开展课业辅导、安全教育等活动。
（三）加强心理健康教育。建议县教育局按照要求配齐中小学心理健康教师，建立留守儿童心理健康档案，对有需要的儿童及时开展心理辅导。
（四）压实家庭监护责任。建议通过家长学校、视频连线等方式，引导外出务工父母经常与孩子沟通交流，切实履行监护职责。
代表：许春兰
2025年1月8日
""",
    ),
    dict(
        slug="baike-handiantong-dict-qingshi-example-no-date",
        site="汉典通在线汉语词典 (invented)",
        style="百科问答",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.handiantong.example.com/ci/qingshi.html",
        title="请示",
        record_title="请示 - 汉典通在线汉语词典 - 释义与例文",
        date=None,
        notes="a general online Chinese dictionary's entry: the headword in the record title with the dictionary's name; pinyin and part-of-speech line, 'add to word book' and pronunciation buttons, a 'related entries' box, an edit-history line; the entry's example request with ××× and ××××年×月×日 placeholders (no date)",
        page="""
!m 汉典通　在线汉语词典　收录词条 36 万余条
!a 🔊 发音　　☆ 加入生词本　　⎘ 复制链接
!t 请示 - 汉典通在线汉语词典 - 释义与例文
!m qǐng shì　【动词；名词】
{BODY}
!l 相关词条：报告　｜　批复　｜　请求　｜　请教
!m 本词条由词典编辑组审定　最近修订：第4版
!l 纠错　｜　补充例句
""",
        body="""
【释义】①动词，向上级请求指示。②名词，公文文种之一，适用于向上级机关请求指示、批准，属于上行文。
【用法】作公文时，请示应当一文一事，一般只写一个主送机关，不得同时抄送下级机关，不得在非特殊情况下越级请示。
【写法】请示一般由标题、主送机关、正文、落款四部分组成。正文包括请示缘由、请示事项和结语三部分，结语常用“妥否，请批示”“以上请示如无不妥，请予批准”等。
【例文】
关于申请拨付村级活动场所维修经费的请示
县财政局：
我镇××村村级活动场所建于2008年，经多年使用，屋面漏雨、墙体开裂等问题较为严重，已影响正常办公和群众活动。经镇村两级多次筹措，仍有资金缺口××万元。为保障村级组织正常运转，特申请县财政拨付维修经费××万元。
妥否，请批示。
××镇人民政府
××××年×月×日
【辨析】请示与报告不能混用，报告中不得夹带请示事项。
""",
    ),
    dict(
        slug="qa-nongjia-shuwu-pledge-answer-html-placeholder-date",
        site="问问知道 (invented)",
        style="问答社区",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://zhidao.wenwen.example.com/question/718820341.html",
        title="村里农家书屋的全民阅读倡议书怎么写？",
        record_title=None,
        date=None,
        notes="a Q&A page about a village library (农家书屋): no record title; the question as the page heading, asker and answer counts, a best-answer badge with the answerer's level and a relative time (no date), an answer that is a complete sample pledge with ××××年××月××日 placeholders, 'helpful' votes, other answers folded, related questions",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>村里农家书屋的全民阅读倡议书怎么写？_问问知道</title></head>
<body>
<div class="hd">⟦m 问问知道⟧ <span>⟦a 我要提问⟧</span> <span>⟦a 登录⟧</span></div>
<div class="q">
<h1>{T}</h1>
<div class="q-info">⟦m 提问者：匿名用户　｜　浏览 2931 次　｜　2 个回答⟧</div>
</div>
<div class="best">
<div class="badge">⟦m 最佳答案⟧</div>
<div class="ans-user">⟦m 书屋管理员老何　｜　LV.9 文书写作领域达人　｜　3天前⟧</div>
<div class="ans-text">
{BODY}
</div>
<div class="ans-vote">⟦l 有用 168　｜　没用 3　｜　评论 5⟧</div>
</div>
<div class="fold">⟦l 其他 1 条回答已折叠 ›⟧</div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 读书月活动倡议书300字⟧</li><li>⟦l 农家书屋管理制度怎么写⟧</li></ul></div>
<div class="ft">⟦d 答案由网友提供，仅供参考⟧　⟦m ©2025 问问知道⟧</div>
</body></html>
""",
        body="""
给你一份我们村书屋用过的，按实际情况改一改就能用：
“书香润乡村　阅读伴成长”全民阅读倡议书
全体村民朋友们：
“读书破万卷，下笔如有神。”读书可以开阔眼界、增长知识，也能帮助我们学技术、闯市场。为在全村营造爱读书、读好书、善读书的浓厚氛围，村农家书屋向全体村民发出如下倡议：
一、走进书屋，每月至少来书屋借阅一本书，书屋每天下午2点至6点开放。
二、亲子共读，家长每天陪孩子读书半小时，让孩子从小养成阅读习惯。
三、学以致用，多读种养技术、法律常识和健康养生方面的书籍，用知识助力增收致富。
四、爱护图书，借阅的图书按时归还，不折页、不涂画，损坏丢失照价赔偿。
让我们行动起来，让读书成为每个家庭的好习惯！
××村农家书屋
××××年××月××日
落款的村名和日期换成你们自己的就行，篇幅可以根据需要再加一两条具体措施。
""",
    ),
    dict(
        slug="blog-laotan-farm-summary-table",
        site="老谭种田记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://laotanzhongtian.example.net/archives/2025/01/03/412.html",
        title="2024年家庭农场经营情况总结",
        record_title="[原创] 2024年家庭农场经营情况总结 | 老谭种田记",
        date="2025-01-03",
        notes="a family farmer's blog: the blog's header and motto, a post line with the date (the page's date), a crop table, an inline 'buy our rice' prompt (contact) glued after a sentence, tags, a 'reward the author' button, archives and a comment box",
        page="""
!m 老谭种田记　—— 一个新农人的田间日志
!m 首页　｜　种植日记　｜　农场账本　｜　关于我
!t [原创] 2024年家庭农场经营情况总结 | 老谭种田记
!m 2025年1月3日 · 农场账本 · 852 次浏览
{BODY}
!a ☕ 觉得有用？打赏老谭一杯茶
!l 标签：家庭农场　水稻　年终总结
!l 文章归档：2025年1月（2）　2024年12月（5）　2024年11月（4）
!l 发表评论：昵称（必填）　邮箱（必填）　提交评论
""",
        body="""
2024年是我回乡经营家庭农场的第五年。这一年，农场在县农业农村局和镇农技站的指导下，克服了夏季持续高温干旱等不利影响，总体经营情况良好。现把一年来的情况做个总结，也给自己记个账。
一、种植情况
品种　面积（亩）　总产量（吨）　销售收入（万元）
早稻　180　82　21.3
晚稻（优质稻）　220　108　41.0
油菜　150　21　10.5
二、主要收获
一是机械化水平提高。年初新添置了一台插秧机和一台植保无人机，全程机械化率达到90%以上，比去年节省人工费用约6万元。二是品牌销售见成效。注册了“谭家垄”大米商标，优质稻米通过线上线下销售，每斤比卖稻谷多赚1.2元。⟦w 想尝尝谭家垄新米的朋友，可以私信我留地址～⟧三是带动周边农户。为周边42户农户提供代耕代收服务，帮助他们节本增收。
三、存在问题
一是高温干旱导致晚稻减产约一成；二是烘干设施不足，收获高峰期稻谷晾晒困难；三是流转土地租金逐年上涨，经营成本压力较大。
四、2025年打算
计划新建一座日烘干能力30吨的粮食烘干中心，扩大优质稻种植面积到300亩，同时尝试发展稻虾共养，进一步提高亩均效益。
""",
    ),
    dict(
        slug="snapshot-langyu-shuangyong-pledge-text-cache",
        site="琅屿双拥网 (invented) in a text-only cache",
        style="搜索快照",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://webcache.bingo-search.example.com/text?u=http://sy.langyu.example.gov.cn/sydt/2025/0725/117.html",
        title="致全县广大市民的拥军优属倡议书",
        record_title="致全县广大市民的拥军优属倡议书-琅屿双拥网-快照(纯文本)",
        date="2025-07-25",
        notes="a text-only search cache of a double-support (双拥) office's own site: the cache header with its crawl time (no date), a text-only notice and a 'full version' link, the site's own nav lines inside the copy, the pledge's own 拥军优属 service phone, footer lines kept in the copy",
        page="""
!m 【纯文本快照】本页为 2025年08月02日 04:16:37 抓取的纯文本版本，图片和样式已被移除。
!a 查看完整版快照　｜　访问原网页
!m 琅屿双拥网　首页 | 双拥动态 | 拥军优属 | 拥政爱民 | 双拥模范
{T}
!m 来源：县双拥办　点击：288
{BODY}
!l 上一篇：县领导“八一”前夕走访慰问驻琅部队
!m 琅屿县双拥工作领导小组办公室 主办　黔ICP备18001922号
""",
        indent="\u3000\u3000",
        body="""
全县广大市民朋友们：
在中国人民解放军建军98周年到来之际，为大力弘扬拥军优属优良传统，进一步巩固和发展军政军民团结，琅屿县双拥工作领导小组办公室向全县广大市民发出如下倡议：
一、崇尚英雄、关心国防。积极参加国防教育活动，了解国防知识，增强国防观念，自觉支持国防和军队建设。
二、尊重军人、礼遇军属。在日常生活中尊重现役军人、退役军人和军人家属，在乘车、就医、办事等方面主动为他们提供便利和优先服务。
三、真情帮扶、温暖军心。关心军人家庭生产生活，帮助解决他们的实际困难，让军人安心服役、军属安心生活。
四、积极参与、共建共享。支持驻琅部队建设，踊跃参加军民共建、拥军志愿服务等活动，为部队官兵办实事、做好事。
军人军属如遇困难，可拨打县拥军优属服务电话0855-7213018。
让我们携起手来，用实际行动为军人军属撑腰鼓劲，共同谱写新时代军民鱼水情深的新篇章！
琅屿县双拥工作领导小组办公室
2025年7月25日
""",
    ),
    dict(
        slug="forum-yanhu-xinge-notice-floors-junk",
        site="中原鸽友论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.geyoubbs.example.com/bbs/read.php?tid=58213",
        title="关于举办2025年砚湖市秋季信鸽500公里竞翔赛的通知",
        record_title="转一下：关于举办2025年砚湖市秋季信鸽500公里竞翔赛的通知（报名已开始）",
        date="2025-08-05",
        date_also=["2025-08-06"],
        notes="a pigeon-fanciers' forum repost of a racing-pigeon association's notice: the board path, a repost line with the poster's title and time (the signature date expected, the post time also accepted), junk glued after 。 and on a line, a group table in the notice, the association's own registration phone and mailbox, floors with quoting, a signature line and a quick-reply box",
        page="""
!m 中原鸽友论坛 » 赛事快讯 » 协会赛
!t 转一下：关于举办2025年砚湖市秋季信鸽500公里竞翔赛的通知（报名已开始）
!m 作者：蓝翼归巢 [资深鸽友]　　时间：2025-08-06 09:31　　楼主
{BODY}
!m ---------- 签名档：一羽归来，万里情深 ----------
!l 沙洲鸽舍：引用楼主的帖子 / 幼鸽能不能报名？
!l 蓝翼归巢：回 沙洲鸽舍：这次只收当年幼鸽，按足环年份算
!a 快速回复　|　高级模式　|　[ 需要登录才能发言 ]
""",
        junk=dict(lines=1, glued=3),
        body="""
各会员及广大信鸽爱好者：
为推动信鸽运动健康发展，丰富群众文化体育生活，经研究，定于2025年10月举办砚湖市秋季信鸽500公里竞翔赛。现将有关事项通知如下：
一、主办单位：砚湖市体育局；承办单位：砚湖市信鸽协会。
二、集鸽时间和地点：10月11日至12日，砚湖市全民健身中心广场集鸽点。
三、比赛分组
组别　参赛条件　司放地点
个人组　本会会员，限报当年幼鸽　距砚湖约500公里
团体组　每队5羽，限本会会员　同上
公棚组　在公棚饲养的当年幼鸽　同上
四、比赛办法：采用电子扫描计时系统，以分速排定名次；赛鸽须佩戴中国信鸽协会统一足环。
五、报名办法：报名截止时间为9月30日，请将报名表发送至市信鸽协会邮箱yhxinge@163.com，或拨打报名电话0712-3310582。
六、录取名次与奖励：各组录取前十名，颁发奖金、奖杯和证书。
未尽事宜，另行通知。
砚湖市信鸽协会
2025年8月5日
""",
    ),
]
