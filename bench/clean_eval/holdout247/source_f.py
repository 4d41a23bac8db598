"""holdout247, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="anbian-exam-forum-essay-camp-stools",
        site="岸边公考社区 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.anbiangk.example.com/t-661904.html",
        title="小马扎里的大民生",
        record_title="申论批改区丨小马扎里的大民生【原创·求点评】 - 岸边公考社区",
        date=None,
        notes="exam forum thread: poster's box, a reply-to-see line between paragraphs, a rating row, a QQ-group ad, floors below; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>申论批改区丨小马扎里的大民生【原创·求点评】 - 岸边公考社区</title>
<script src="/static/forum.js"></script>
</head><body>
<div class="hd">⟦m 岸边公考社区⟧ ⟦m 每一次落笔，都离上岸更近⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="crumb">⟦m 岸边公考社区 › 申论批改区 › 正文⟧</div>
<div class="post"><div class="author">⟦m 二战不服输⟧<br>⟦m 积分 612　上岸指数 ★★☆⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="time">⟦m 发表于 4 天前⟧</div>
<div class="msg">
{BODY}
</div>
<div class="rate">⟦l 打分 3 人　文笔 +3　立意 +2⟧</div>
</div></div>
<div class="reply">⟦l 2# 申论老许：立意不错，第三段论证再展开一点⟧</div>
<div class="reply">⟦l 3# 一笔一划：收藏了，马扎这个切口好⟧</div>
<div class="ad">⟦w 申论一对一精批，加QQ群 781203649 领取真题⟧</div>
<div class="ft">⟦m 岸边公考社区 © 2025⟧</div>
</body></html>
""",
        body="""
走进许多社区的议事现场，常能看到这样的场景：居民们各自拎着一把小马扎，围坐在楼前空地上，你一言我一语地商量小区的大事小情。小小的马扎，坐出了基层治理的新气象。
马扎拉近的是距离。干部放下架子、坐进人群，群众才愿意敞开心扉。与其在会议室里“念稿子”，不如在马扎上“拉家常”。
⟦a 楼主隐藏了一段批注，回复后才能查看⟧
马扎坐出的是实效。停车难、加装电梯、垃圾分类，这些群众身边的难题，正是在一次次“马扎会”上找到了大家都能接受的办法。
当然，马扎会不能只是一种形式。议了的事要有回音，定了的事要抓落实，否则马扎摆得再多，也坐不出群众的信任。
民生无小事。愿更多干部带上马扎，坐到群众中间去。
""",
    ),
    dict(
        slug="mianshi-forum-interview-paddles-junk",
        site="面试之家论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试作答",
        kind="other",
        form="text",
        source="http://www.mianshizhijia.example.net/thread-30917-1-1.html",
        title="单位龙舟赛桨具不够，你怎么办？",
        record_title="【面试模拟】单位龙舟赛桨具不够，你怎么办？（自答，求点评） - 结构化面试 - 面试之家论坛",
        date=None,
        notes="exam forum text with anti-scraping junk; a structured-interview answer; relative post time (no date); floors and a reply prompt below",
        page="""
!m 面试之家论坛 » 结构化面试 » 查看主题
!t 【面试模拟】单位龙舟赛桨具不够，你怎么办？（自答，求点评） - 结构化面试 - 面试之家论坛
!m 楼主：练嘴皮的小鹿　发表于 2 天前　阅读 640
{BODY}
!l 沙发 考官老李：第三点可以先说，顺序调一下
!l 板凳 一站到底：思路清楚，赞一个
!a 回帖才能看到考官点评，登录后回帖
!m 面试之家论坛　Powered by 面试之家
""",
        junk=dict(lines=1, glued=3),
        body="""
题目：单位组织龙舟赛，你负责器材准备。比赛前一天清点时发现桨具少了十支，你怎么办？
我的作答：
第一，冷静核实。先和仓库管理员一起再次清点，确认是数量登记有误，还是被其他部门借用未还。
第二，多方筹措。如果确实缺少，一方面联系兄弟单位或当地龙舟协会商借，另一方面联系供应商询问能否加急送货。
第三，及时汇报。把缺少的原因和解决方案向领导报告，如果第二天早上仍无法补齐，建议调整各队上场人数或轮换用桨。
第四，总结改进。赛后完善器材借用登记制度，重要活动前提前三天清点器材。
以上是我的作答，请各位考友批评指正。
""",
    ),
    dict(
        slug="wanzhi-encyclopedia-entry-dragon-boat-paddle",
        site="万知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wanzhi.example.com/item/龙舟桨/30215",
        title="龙舟桨",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's <h1>, a one-word title that also opens the body (matched as head); infobox, contents box, edit/discuss/history tabs, reference markers glued after sentences",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>万知百科</title>
<script src="https://baike.wanzhi.example.com/static/entry.js"></script>
</head><body>
<div class="top">⟦m 万知百科⟧ ⟦m 万物有知，人人可写⟧ <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧ ⟦a 收藏⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 划龙舟用的单叶桨⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：龙舟桨⟧</td></tr><tr><td>⟦m 类　别：水上运动器材⟧</td></tr><tr><td>⟦m 主要材料：杉木、碳纤维⟧</td></tr></table>
<div class="toc">⟦l 目录　1 结构　2 材料　3 规格　4 使用与保养⟧</div>
<div class="body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 《龙舟竞赛规则》释义⟧</li><li>⟦l 传统木作工艺调查⟧</li></ol></div>
<div class="stat">⟦m 浏览 8730 次　编辑 11 次　最近更新 3 天前⟧</div>
<div class="ft">⟦d 词条内容由网友共同编辑，如需专业意见请咨询相关人士⟧</div>
</body></html>
""",
        body="""
龙舟桨是划龙舟时使用的单叶桨，由桨柄、桨杆和桨叶三部分组成，桨手坐在船舷两侧，一手握柄、一手握杆划水。⟦m [1]⟧
传统龙舟桨多用杉木、樟木等整木削制，表面涂桐油防水。现代比赛用桨多采用玻璃纤维、碳纤维等复合材料，重量更轻、强度更高。⟦m [2]⟧
比赛用龙舟桨有规格要求，一般全长在1.05米至1.30米之间，桨叶宽度不超过18厘米。
使用龙舟桨时，桨叶应垂直入水，由腰腹带动手臂发力，全船桨手须随鼓点统一节奏。
龙舟桨使用后应用清水冲洗、擦干，竖直存放于阴凉通风处，避免暴晒和受潮变形。
""",
    ),
    dict(
        slug="wuming-encyclopedia-safety-matches-example-date",
        site="物名百科 (invented encyclopaedia, text rendering)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wumingbaike.example.org/ci/anquanhuochai.html",
        title="安全火柴",
        record_title="安全火柴（日用引火品）_物名百科",
        date=None,
        notes="an encyclopaedia's text page: an entry name with an aside and site suffix, edit/cite actions, contents line, an example date inside a sentence (no date), contributor and update lines",
        page="""
!m 物名百科 · 万物之名
!t 安全火柴（日用引火品）_物名百科
!a 编辑本词条　｜　引用本词条　｜　纠错
!l 目录：组成　原理　得名　使用与储存
{BODY}
!m 本词条贡献者：引火者、北窗 等9人
!m 最近更新：1 周前
!d 物名百科词条内容仅供一般参考
""",
        body="""
安全火柴是一种只有在特制擦皮上摩擦才能点燃的火柴，由火柴梗、药头和火柴盒侧面的擦皮组成。
与早期的硫化磷火柴不同，安全火柴的药头中不含白磷，主要成分是氯酸钾、硫黄和胶黏剂；擦皮上则涂有红磷和玻璃粉。划火柴时，药头与擦皮摩擦，红磷受热起火，引燃药头。
由于药头和红磷分开放置，安全火柴不易因碰撞或受热自燃，使用和储存都比较安全，因此得名。
在森林防火期，一些地方会对进山人员携带的火柴等火种进行登记暂存。例如，湉川县自2023年11月1日起在林区入口设立火种收缴点。
安全火柴应存放在阴凉干燥处，远离热源，并放在儿童拿不到的地方。
""",
    ),
    dict(
        slug="feipanyun-drive-contract-template-flowerpots",
        site="飞盘云 (invented cloud drive)",
        style="网盘分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://pan.feipanyun.example.com/s/7QkZr2wX",
        title="花盆采购合同（范本）",
        record_title="花盆采购合同（范本）.docx",
        date=None,
        notes="cloud-drive preview: file-name title, sharer and expiry lines, VIP prompts, save/download buttons; a contract template with 第N条, ＿＿ blanks, ×× placeholders and ＿＿年＿＿月＿＿日 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>花盆采购合同（范本）.docx_飞盘云分享</title>
<script src="https://pan.feipanyun.example.com/js/preview.js"></script>
</head><body>
<div class="bar">⟦m 飞盘云⟧ <a>⟦a 登录⟧</a> <a>⟦a 客户端⟧</a></div>
<div class="file"><h2>{T}</h2>
<p>⟦m 分享者：园林小叶　｜　23.7KB　｜　永久有效⟧</p>
<p><button>⟦a 存到我的飞盘⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 超级会员极速下载⟧</button></p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 在线预览仅限前2页，开通会员看完整文件⟧</div>
<div class="ft">⟦d 飞盘云不对用户分享的文件内容负责，发现违规内容请举报⟧</div>
</body></html>
""",
        body="""
甲方（采购方）：××园林绿化有限公司
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　产品名称、规格、数量
乙方向甲方供应红陶花盆＿＿个，规格为口径＿＿厘米、高＿＿厘米，单价＿＿元，合计＿＿元。
第二条　质量要求
花盆应无裂纹、无缺口，盆底排水孔通畅，釉面花盆不得有脱釉、流釉现象。
第三条　交货时间和地点
乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定的××苗圃，运费由乙方承担。
第四条　验收
甲方收货后三日内验收，破损率超过百分之二的，乙方负责补足。
第五条　付款方式
验收合格后十五日内，甲方一次性付清货款。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="yunxia-drive-gong-drum-care-rules-markers",
        site="云匣网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="保养规程",
        kind="other",
        form="text",
        source="https://yunxia.example.cn/share/init?surl=Gd8kq",
        title="锣鼓器材保养规程",
        record_title="锣鼓器材保养规程.wps",
        date=None,
        notes="a cloud-drive text preview: file-name title, extraction code, page markers ☘ n ☘ cutting sentences, glued with a space to the continuation line; a procedure with no date",
        page="""
!m 云匣网盘 · 文件分享
!t 锣鼓器材保养规程.wps
!m 提取码：g7m4　｜　分享于 1 个月前　｜　有效期：永久
!a 保存到云匣　　下载（需登录）
{BODY}
!a 预览仅展示部分页面，请保存后用WPS打开
!d 分享内容由用户上传，云匣网盘仅提供存储服务
""",
        pages=dict(fmt="☘ {n} ☘", every=100, start=2, glue="mix", sep=" "),
        body="""
一、鼓类保养
1.大鼓、堂鼓使用后应用软布擦去鼓面灰尘，不得用湿布擦拭牛皮鼓面。
2.鼓应放在通风干燥处，避免阳光直射，梅雨季节每周检查一次鼓面是否受潮松弛。
3.长期不用时，应放松调音螺栓，并用鼓罩罩好。
二、锣钹类保养
1.铜锣、铙钹使用后用干布擦净手印和汗渍，防止氧化发黑。
2.锣、钹应悬挂或竖放存放，不得叠压，以免变形影响音色。
3.发现锣面开裂的，应停止使用并送专业师傅修补。
三、鼓槌、锣槌保养
鼓槌应保持干燥，槌头松动的及时加固；锣槌包布磨损的及时更换。
四、本规程由文化站器材管理员负责执行，每季度检查一次器材保养情况。
""",
    ),
    dict(
        slug="souke-snapshot-letter-borrow-paddles",
        site="搜客快照 of 浯川县文化广电旅游体育局 (invented)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="html",
        source="http://snapshot.souke.example.com/c?u=wuchuan-wlt-2025-0516-88",
        title="关于商借龙舟桨的函",
        record_title="搜客快照 » 关于商借龙舟桨的函_浯川县文旅体局",
        date="2025-05-15",
        date_also=["2025-05-16"],
        notes="a snapshot frame: capture banner with its time, highlighted-terms line, the original portal's header and footer; the letter's own contact; the portal's date a day after the letter's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>搜客快照 » 关于商借龙舟桨的函_浯川县文旅体局</title>
<style>.hl{background:#ff0}</style>
<script>if(top!==self){top.location=self.location;}</script>
</head><body>
<div class="snap-banner">⟦d 搜客快照：本页为搜客于2025年06月02日 03:17抓取的副本，原网页可能已变动⟧ <a>⟦a 查看原网页⟧</a></div>
<div class="snap-hl">⟦d 已为您标出的检索词：<span class="hl">龙舟桨</span> <span class="hl">商借</span>⟧</div>
<div class="orig">
<div class="hd">⟦m 浯川县文化广电旅游体育局⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 政务公开⟧ ⟦m 文化动态⟧ ⟦m 体育工作⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-05-16　来源：群众体育股⟧</div>
{BODY}
<div class="ft">⟦m 浯川县文化广电旅游体育局 主办　赣ICP备05004412号⟧</div>
</div>
</body></html>
""",
        body="""
溦阳县文体旅游局：
我县定于2025年6月1日至2日在槎头河举办端午龙舟邀请赛，参赛队伍较往年增加四支，现有比赛用桨尚缺四十支。经了解，贵局去年新购置了一批标准比赛桨，为保障赛事顺利进行，特商借比赛用龙舟桨四十支，借用时间为5月28日至6月5日。
借用期间，我局负责桨具的运输和保管，如有损坏照价赔偿，赛后及时清洗归还。
盼予支持为感。
联系人：蔡一帆，电话：0793-7702516
浯川县文化广电旅游体育局
2025年5月15日
""",
    ),
    dict(
        slug="souke-text-cache-school-match-check",
        site="搜客文本缓存 of 溦阳县第二中学 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souke.example.com/text?u=wy2z-zjc-20250314",
        title="关于开展校园火柴打火机清查工作的通知",
        record_title="关于开展校园火柴打火机清查工作的通知 [文本版缓存 · 搜客]",
        date="2025-03-14",
        notes="a text-only cache: capture line, a highlight note, the school's header and footer inside; 成文日期 under the signature",
        page="""
!d 〔搜客文本缓存〕抓取于 2025-04-02 11:45，仅保留文字，原页面可能已修改
!d 高亮检索词：火柴 清查
!m 溦阳县第二中学 · 校园公告
{T}
!m 发布者：政教处　时间：2025-03-14
{BODY}
!m 溦阳县第二中学　地址：溦阳县育才路8号　校办电话：0792-6602211
""",
        body="""
各班主任、各处室：
近期，我校在宿舍检查中发现个别学生私藏火柴、打火机。为消除校园火灾隐患，学校决定于3月17日至21日开展一次火种清查。现将有关事项通知如下。
一、清查范围：学生宿舍、教室、实验室及功能室。
二、清查方式：班主任组织本班学生自查，政教处会同宿管员抽查。实验室因教学需要使用的火柴，由实验员登记保管。
三、对清查出的火柴、打火机一律暂收，由班主任通知家长领回。
四、各班于3月21日下午放学前将清查情况报政教处。
溦阳县第二中学政教处
2025年3月14日
""",
    ),
    dict(
        slug="jinghu-print-view-bulletin-planters-table",
        site="澋湖区城市管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://cgj.jinghu.gov.example.cn/print.jsp?id=20250313-41",
        title="关于城区主干道景观花盆损毁情况的通报",
        record_title="［打印稿·简］关于城区主干道景观花盆损毁情况的通报",
        date="2025-03-12",
        notes="a print view calling window.print(): print-time and address lines, a table one row a paragraph, a print/close row and a print footer ❀ 第1页 ∕ 共1页 ❀",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>［打印稿·简］关于城区主干道景观花盆损毁情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>function closeWin(){window.opener=null;window.close();}</script>
</head><body onload="window.print()">
<div class="ph">⟦m 澋湖区城市管理局⟧ ⟦m 打印于：2025-03-20 16:02⟧</div>
<div class="ph">⟦m 原文地址：http://cgj.jinghu.gov.example.cn/xxgk/tzgg/20250313-41.html⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="noprint">⟦a 〔再打一份〕　〔关掉本窗口〕⟧</div>
<div class="pf">⟦p ❀ 第1页 ∕ 共1页 ❀⟧</div>
</body></html>
""",
        body="""
各街道办事处，区园林绿化所：
今年春节以来，城区主干道两侧摆放的景观花盆多次遭到人为损毁和偷盗。经统计，截至3月10日，共损毁、丢失景观花盆一百一十二个，现将有关情况通报如下：
路段　损毁（个）　丢失（个）
人民路　31　9
学府大道　27　14
湜园路　19　12
其中，学府大道夜间损毁较为集中，多为车辆剐蹭和人为推倒。
请各街道加强巡查，发现损毁花盆及时上报；区园林绿化所于3月底前完成补摆，并在重点路段加装监控。
澋湖区城市管理局
2025年3月12日
""",
    ),
    dict(
        slug="xishan-culture-print-request-gong-drum-kit",
        site="嶍山县文化馆 (invented, text print view)",
        style="打印页",
        genre="请示",
        kind="other",
        form="text",
        source="http://www.xswhg.example.cn/print/2025/0307/62.html",
        title="关于申请购置锣鼓演出器材的请示",
        record_title="打印 ▹ 关于申请购置锣鼓演出器材的请示 ▹ 嶍山县文化馆",
        date="2025-03-06",
        notes="a print view as text: print-time and source lines at the top, the request's own contact after the text, a print/close row and a print footer ✶ 1 / 1 ✶",
        page="""
!m 嶍山县文化馆　｜　打印时间：2025-03-11 09:27
!m 来源页面：http://www.xswhg.example.cn/gzdt/2025/0307/62.html
!t 打印 ▹ 关于申请购置锣鼓演出器材的请示 ▹ 嶍山县文化馆
{BODY}
!a 【再次打印】【关闭】
!p ✶ 1 / 1 ✶
""",
        body="""
县文化和旅游局：
我馆锣鼓队现有器材大多购置于十多年前，大鼓鼓面松弛、铜锣开裂等问题突出，已难以满足演出需要。今年春节期间，锣鼓队承担了全县二十余场演出任务，器材损耗进一步加大。
为保障非遗锣鼓传承和群众文化演出，我馆拟购置以下器材：大鼓两面、堂鼓四面、大锣四面、铙钹六副，预算共计三万八千元，拟从免费开放补助资金中列支。
妥否，请批示。
联系人：舒采蘩，电话：0877-6218042
嶍山县文化馆
2025年3月6日
""",
    ),
    dict(
        slug="bicheng-sports-webmail-letter-custom-stools",
        site="沘城市体育发展中心 webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.bctyzx.example.org/read?mid=2025052210160077",
        title="关于订制会议用折叠马扎的函",
        record_title="转发-关于订制会议用折叠马扎的函（签章扫描）.docx",
        date="2025-05-20",
        date_also=["2025-05-22"],
        notes="a webmail reading view: forwarded header with 发件人/收件人/抄送/时间, an attachment bar beside the letter's own 附件 list and 抄送 line, the letter's contact and mailbox; the mail's send date differs from the letter's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转发-关于订制会议用折叠马扎的函（签章扫描）.docx - 沘城体育中心邮箱</title>
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="mbar">⟦m 沘城体育中心邮箱⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧</div>
<div class="tools">⟦a 回复　全部回复　转发　删除　标为未读⟧</div>
<div class="mhead">
<p>⟦t 转发-关于订制会议用折叠马扎的函（签章扫描）.docx⟧</p>
<p>⟦m 发件人：薛望舒 &lt;xuewangshu@bctyzx.example.org&gt;⟧</p>
<p>⟦m 收件人：稳途户外销售部 &lt;sales@wentuhuwai.example.com&gt;⟧</p>
<p>⟦m 抄　送：办公室 &lt;bgs@bctyzx.example.org&gt;⟧</p>
<p>⟦m 时　间：2025年5月22日（星期四）上午10:16⟧</p>
</div>
<div class="fwd">⟦m ---------- 原始邮件 ----------⟧</div>
<div class="mbody">
{BODY}
</div>
<div class="attbar"><p>⟦a 📎 附件 2 个（共 1.3MB）⟧</p><p>⟦a 会徽图样.png　预览　下载⟧</p><p>⟦a 马扎规格要求表.xlsx　预览　下载⟧</p></div>
<div class="mfoot">⟦d 本邮件及其附件含有沘城市体育发展中心的工作信息，仅限收件人使用⟧</div>
</body></html>
""",
        body="""
沘城稳途户外用品有限公司：
我中心将于2025年7月举办全省老年体育健身大会，需订制会议及户外观赛用折叠马扎三百把。经比较，贵公司产品质量可靠，现就订制事项函告如下：
一、规格要求：铝合金框架，坐面印大会字样及会徽，承重不低于120公斤。
二、交货时间：2025年6月20日前送至沘城市体育中心。
三、请贵公司于5月30日前提供报价单和样品照片，报价单请扫描后发送至我中心邮箱。
联系人：薛望舒，电话：0795-8201137，邮箱：xuewangshu@bctyzx.example.org
附件：1.会徽图样
2.马扎规格要求表
沘城市体育发展中心
2025年5月20日
抄送：市体育局群众体育处
""",
    ),
    dict(
        slug="weiyang-forwarded-mail-boat-gear-check",
        site="a forwarded mail as text (invented, 溦阳县文体旅游局)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://wy-wtlj/2025-05-20/fwd-boat-gear-check",
        title="关于做好端午龙舟赛器材安全检查的通知",
        record_title="Fwd：（请各队长阅）关于做好端午龙舟赛器材安全检查的通知",
        date="2025-05-19",
        date_also=["2025-05-20"],
        notes="a forwarded mail as text: the forwarder's headers, a forward note (neutral), the original's headers; the mail's send date differs from the notice's date",
        page="""
!m 发件人：郑启航 <zhengqihang@wywtlj.example.cn>
!m 发送时间：2025年5月20日 8:41
!m 收件人：各龙舟队队长
!t 主题：Fwd：（请各队长阅）关于做好端午龙舟赛器材安全检查的通知
各位队长：请按通知要求检查，周日前把检查表发我。
!m -------- 转发的邮件 --------
!m 发件人：溦阳县文体旅游局群体股
!m 日期：2025年5月19日 17:30
{BODY}
!d 此邮件由溦阳政务邮箱发出，如非本人收件请删除
""",
        body="""
各乡镇文化站，各参赛龙舟队：
端午龙舟赛临近，为确保比赛安全，请各队在5月25日前完成器材安全检查：
1.龙舟船体：检查船底、船舷有无裂缝、渗水，龙头龙尾是否安装牢固；
2.龙舟桨：逐支检查桨叶有无开裂、桨柄有无松动，不合格的一律停用；
3.救生衣：按每船人数配足，检查扣带、浮力块是否完好；
4.鼓、锣：检查鼓架固定是否牢靠。
检查情况请填写检查表，于5月26日前报县文体旅游局群体股。
溦阳县文体旅游局
2025年5月19日
""",
    ),
]
