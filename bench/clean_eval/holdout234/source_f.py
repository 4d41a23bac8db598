"""holdout234, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text case each).

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-anbian-essay-suggestion-box-reply-to-see",
        site="岸边公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.anbiangk.example.com/thread-304417-1-1.html",
        title="小小意见箱，连着大民生",
        record_title="[大作文] 小小意见箱，连着大民生（内含批改意见） - 申论交流 - 岸边公考论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt for the teacher's comments, a QQ-group ad between paragraphs, a "
        "rating row, 'edited 6 天前' (no date); an essay without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[大作文] 小小意见箱，连着大民生（内含批改意见） - 申论交流 - 岸边公考论坛</title>
<script src="/static/js/forum.js"></script>
</head><body>
<div id="toptb">⟦m 岸边公考论坛⟧ <span>⟦m 上岸的路，一起走⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 岸边公考论坛 › 申论交流 › 大作文⟧</div>
<h1 class="ts">{T}</h1>
<div class="hm">⟦m 查看: 3350 | 回复: 61⟧</div>
<div class="authi">⟦m 楼主：考到三十岁　最后编辑于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 阅卷老师的逐段点评已隐藏，回复本帖后刷新可见⟧</div>
<div class="rate">⟦a 评分人数 5　学分 +10　查看全部评分⟧</div>
<div class="po">⟦a 回复 收藏 分享 举报⟧</div>
<div class="replies"><p>⟦l 2楼　一只小申鱼：开头很稳，结尾可以再升华一下⟧</p></div>
<div id="ft">⟦m 岸边公考论坛 Powered by Discuz!　鄂ICP备20011358号-1⟧</div>
</body></html>
""",
        body="""
在不少机关、医院和社区的门口，都挂着一只意见箱。它不起眼，却是群众表达诉求的一扇窗口。
然而，一些意见箱成了“摆设箱”：锁头生锈，信口积灰，群众投进去的意见石沉大海。意见箱的冷清，折射出个别部门倾听民意时的敷衍。
⟦w 申论一对一批改群 QQ 735201846，进群领近五年真题⟧
让意见箱“活”起来，首先要定期开箱，明确责任人和答复时限，做到件件有回音。其次要公开办理结果，让群众看得见变化，愿意继续说真话。再次要与线上渠道互为补充，方便不同群体表达意见。
意见箱虽小，连着的是民心。把每一张纸条当回事，群众才会把政府当自家人。
""",
    ),
    dict(
        slug="gkforum-mianba-interview-badge-complaint-junk",
        site="面霸公考社区 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://bbs.mianbagk.example.net/viewthread.php?tid=118260",
        title="窗口人员不戴胸牌被投诉，作为负责人你怎么处理？",
        record_title="〔面试真题作答〕窗口人员不戴胸牌被投诉，作为负责人你怎么处理？（求前辈们指点） - 面试交流 - 面霸公考社区",
        date=None,
        notes="exam forum text with junk lines and junk glued after 。; '3 小时前' (no date); an answer in "
        "首先/其次/再次/最后 steps; replies and a reply prompt",
        page="""
!m 面霸公考社区
!m 社区首页 » 面试交流 » 结构化
!t 〔面试真题作答〕窗口人员不戴胸牌被投诉，作为负责人你怎么处理？（求前辈们指点）
!m 发帖人：小岸同学　3 小时前　浏览 884
{BODY}
!l 沙发 面试官老郑：第三点不错，注意别说得太官腔
!l 板凳 今年必上岸：思路清楚，收藏了
!a 回复后可领取本题高分范例音频
!m 面霸公考社区 Discuz! X3.4
""",
        junk=dict(lines=1, glued=2),
        body="""
我的作答思路如下，请各位前辈指点。
首先，我会第一时间联系投诉群众，诚恳道歉，感谢他对我们工作的监督，并告知处理结果的反馈时间。
其次，了解情况。找到当事工作人员，问清楚没戴胸牌的原因：是胸牌遗失、损坏，还是主观上不重视。如果是遗失，立即协调补办；如果是不重视，要严肃批评，按制度处理。
再次，举一反三。对全体窗口人员佩戴胸牌的情况进行一次检查，把佩戴胸牌纳入日常考核，并在大厅醒目位置公布监督电话。
最后，把处理结果及时反馈给投诉群众，争取他的理解。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-ballot-box-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/投票箱/30417",
        title="投票箱",
        record_title="投票箱（选举用具）- 知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued "
        "after sentences, an 'edit section' link glued to a heading; the entry name also opens the body "
        "(matched as head); an update stamp (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>投票箱（选举用具）- 知源百科</title>
<script src="/static/js/lemma.js"></script>
</head><body>
<div class="top">⟦m 知源百科⟧ <span>⟦m 求知有源⟧</span> <a>⟦a 登录⟧</a></div>
<div class="tabs"><a>⟦a 词条⟧</a> <a>⟦a 编辑⟧</a> <a>⟦a 讨论⟧</a> <a>⟦a 历史版本⟧</a></div>
<h1>{T}</h1>
<div class="lemma-sub">⟦m 选举用具⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：投票箱⟧</td></tr><tr><td>⟦m 用途：收存选票⟧</td></tr><tr><td>⟦m 常见材质：木材、金属、透明塑料⟧</td></tr></table>
<div class="toc">⟦l 目录：1 形制 2 使用 3 保管⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 蛱城市地方志编纂委员会.选举志.蛱城出版社⟧</p>
<p>⟦l [2] 基层选举工作手册编写组.基层选举工作手册⟧</p></div>
<div class="lemma-meta">⟦m 词条最近更新：5 天前　浏览次数：12780⟧</div>
<div class="foot">⟦d 知源百科词条由网友协作编辑，内容仅供参考⟧<br>⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        body="""
投票箱是选举或表决时用来收存选票的箱子，通常设有只容选票通过的投票口，并可加锁或加贴封条。⟦m [1]⟧
形制⟦a ✎修改⟧
常见的投票箱有木质、金属和透明塑料等材质。为便于选民监督，现代选举中多使用透明或半透明的投票箱，箱体正面一般标有“票箱”字样和编号。⟦m [2]⟧
使用
投票开始前，监票人应当众检查投票箱，确认箱内无物后加锁或加贴封条。投票结束后，投票箱由监票人、计票人当众开启。为方便行动不便的选民，还可以使用流动投票箱。
保管
选举结束后，投票箱应由选举机构统一回收保管，下次选举前重新检查。
""",
    ),
    dict(
        slug="wiki-wuyu-entry-laser-pointer-title-line",
        site="物语百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wuyubaike.example.cn/wiki/激光笔",
        title="激光笔",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's title line, which also opens the body (matched as head); "
        "edit and history links, a contributors line with '昨天' (no date), see-also list",
        page="""
!m 物语百科 · 万物有来历
!a 编辑词条　|　查看历史　|　添加义项
{T}
!m 同义词：激光指示器、激光教鞭
{BODY}
!l 相关词条：激光器　翻页笔　激光安全等级
!m 贡献者：光与影、阿毛、星空下的猫 等 9 人　最后修改：昨天
!d 本词条内容仅供参考，如需专业意见请咨询相关专业人士
""",
        body="""
激光笔，又称激光指示器、激光教鞭，是一种把半导体激光器封装在笔形外壳中的便携设备，常用于教学、会议演示和天文观测时指示目标。
分类
按光色可分为红光、绿光、蓝紫光等，其中绿光激光笔在相同功率下人眼感觉最亮。按用途可分为普通指示笔、翻页激光笔和星空指示笔等。
安全
激光笔按输出功率划分安全等级。功率较大的激光笔直射人眼可能造成视网膜损伤，不得照射人眼、车辆驾驶员和飞行中的航空器。儿童不宜单独使用激光笔。
""",
    ),
    dict(
        slug="netdisk-yunxia-rules-student-badges-pdf",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.com/s/1qT8wZmR4",
        title="蚨水县第一中学学生胸牌管理办法",
        record_title="蚨水县第一中学学生胸牌管理办法.pdf",
        date="2025-08-26",
        notes="cloud-drive preview: a .pdf file name as the record title, a share line with a share time (no "
        "date), VIP preview prompts, save/download buttons; 第N条 articles and the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>蚨水县第一中学学生胸牌管理办法.pdf_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.example.com/static/viewer.js"></script>
</head><body>
<div class="pan-top">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="share-info"><h2>{T}</h2>
<p>⟦m 分享者：蚨水一中政教处　分享时间：2025-08-28 10:02　有效期：永久⟧</p>
<p>⟦m 文件大小：186KB⟧</p></div>
<div class="btns"><a>⟦a 保存到我的云匣⟧</a> <a>⟦a 下载（非会员限速）⟧</a></div>
<div class="viewer">
{BODY}
</div>
<div class="vip-tip">⟦a 开通超级会员，文档预览不限页数、下载不限速⟧</div>
<div class="report">⟦d 如发现分享内容违规，请点击举报，云匣将依法处理⟧</div>
<div class="foot">⟦m 云匣网盘 ©2025　京ICP备21024450号-2⟧</div>
</body></html>
""",
        p_html='<div class="pdf-line">{}</div>',
        body="""
第一条　为加强校园安全管理，便于识别校内人员，制定本办法。
第二条　学生胸牌由学校政教处统一制作，印有学生照片、姓名、班级和学号，背面印有班主任联系电话。
第三条　学生在校期间应佩戴胸牌，进出校门时主动出示。
第四条　胸牌遗失的，由学生本人向班主任说明情况，到政教处登记补办。
第五条　学生不得将胸牌转借他人，不得涂改胸牌内容。
第六条　学生毕业或转学离校时，应将胸牌交回政教处。
第七条　本办法自2025年9月1日起施行。
蚨水县第一中学政教处
2025年8月26日
""",
    ),
    dict(
        slug="netdisk-qingdou-procedure-ballot-box-page-lines",
        site="青豆网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.qingdoupan.example.cn/share/init?surl=Hx72kQ",
        title="选举投票箱使用和管理规程",
        record_title="选举投票箱使用和管理规程.wps",
        date=None,
        notes="a .wps file name as the record title; the preview cut by page markers on lines of their own; "
        "decimal headings; share and expiry stamps (no date)",
        page="""
!m 青豆网盘 · 文件预览
!m 选举投票箱使用和管理规程.wps　（42KB）
!m 分享人：老郭的资料库　分享于 2025-02-11　7天后过期
!a 保存到网盘　　普通下载　　极速下载（需青豆会员）
{BODY}
!a 预览仅显示前4页，保存到网盘后可查看全部
!d 请勿分享违法违规内容，青豆网盘将配合有关部门依法处理
""",
        pages=dict(fmt="⭅第{n}页⭆", every=120, start=2),
        body="""
1 适用范围
本规程适用于村（居）民委员会选举和县乡两级人大代表选举中投票箱的使用和管理。
2 投票前
2.1 投票箱由选举委员会统一编号登记，每个投票站配备中心投票箱一个，需要时配备流动投票箱。
2.2 投票开始前，监票人应当众打开投票箱，确认箱内无任何物品后加锁，并在封条上签名。
3 投票中
3.1 投票箱应放置在选民看得见的位置，投票期间不得离开监票人视线。
3.2 流动投票箱须由三名以上工作人员携带，并按公告的路线和时间行走。
4 投票后
4.1 投票结束后，流动投票箱应立即送回投票站，与中心投票箱当众同时开启。
4.2 选举结束后，投票箱清理干净，由选举委员会统一收回保管。
""",
    ),
    dict(
        slug="snapshot-suying-cache-bus-suggestion-boxes",
        site="溯影搜索 (invented search engine) / 蛱城公交集团",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.suying.example.com/c?u=http%3A%2F%2Fwww.xcbus.example.cn%2Fgg%2F0418.html",
        title="关于在公交车厢内设置乘客意见箱的公告",
        record_title="关于在公交车厢内设置乘客意见箱的公告 - 蛱城公交集团（溯影快照）",
        date="2025-04-18",
        date_also=["2025-04-20"],
        notes="search-cache frame: a capture banner with a snapshot time (no date) and highlighted keywords above "
        "the cached page; the cached site's 发布时间 differs from the 公告 date; the bus group's own service "
        "phone in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于在公交车厢内设置乘客意见箱的公告 - 蛱城公交集团（溯影快照）</title>
</head><body>
<div class="cache-banner">
<p>⟦d 您正在查看溯影搜索保存的网页快照，该快照于 2025-06-02 09:13 抓取，原网页内容可能已经变化⟧</p>
<p>⟦m 已在快照中标出您的搜索词：公交 意见箱⟧</p>
<p><a>⟦a 访问原网页⟧</a>　⟦d 溯影搜索与原网页作者无关，不对快照内容负责⟧</p>
</div>
<div class="cached">
<div class="hd">⟦m 蛱城公交集团⟧ ⟦m 首页 | 线路查询 | 公告通知 | 乘客服务⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-04-20　发布部门：客服中心⟧</div>
<div class="con">
{BODY}
</div>
<div class="ft">⟦m 蛱城公交集团有限公司　公交服务热线：0735-96198⟧</div>
</div>
</body></html>
""",
        body="""
广大乘客朋友：
为更好地听取乘客意见，提升公交服务质量，自2025年5月1日起，集团在全市12条线路共186辆公交车车厢内设置乘客意见箱。
意见箱安装在车厢中门扶手旁，乘客可将意见建议写在箱旁的意见卡上投入箱内。集团客服中心每周一统一开箱，对留有联系方式的意见在7个工作日内回复。
乘客也可拨打集团服务监督电话0735-3396110反映问题。
感谢广大乘客对蛱城公交的支持！
蛱城公交集团有限公司
2025年4月18日
""",
    ),
    dict(
        slug="snapshot-sucha-textcache-table-card-rules-oneline",
        site="速查搜索 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="经验文章",
        kind="other",
        form="text",
        source="http://kz.suchasou.example.net/text?id=7f3e0a91c2",
        title="会议桌签摆放的几条规则",
        record_title="会议桌签摆放的几条规则 - 速查搜索·纯文本缓存",
        date=None,
        notes="text-only cache: the cache header with a cache time (no date) and a link to the full snapshot; "
        "the article on one line; a source-page line; no date",
        page="""
!d 速查搜索纯文本缓存：原网页可能已被修改或删除，以下仅为文字内容
!m 缓存时间：2025-07-19 22:40　原网址：http://www.huiwubiji.example.cn/p/2217.html
!a 查看带图片的完整快照
{T}
!m 会务笔记　｜　分类：会务实操
{BODY}
!m 会务笔记 huiwubiji.example.cn 版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
桌签摆放看似简单，出了错却很显眼。结合多年会务经验，归纳几条规则。
第一，先排座次，后摆桌签。座次图经领导审定后，再按图摆放，不能边摆边改。
第二，主席台人数为单数时，1号居中，2号在1号左手位，3号在1号右手位；人数为双数时，1号、2号居中，1号在2号左手位。
第三，桌签正面朝向台下，字迹清晰，高度一致，排成一条直线。
第四，会前半小时再核对一遍，临时有人不来的，及时撤下桌签并调整座位。
""",
    ),
    dict(
        slug="print-tangxi-npc-notice-ballot-box-sealing",
        site="螗溪人大网 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tangxirenda.example.gov.cn/print.jsp?id=20251209001",
        title="关于开展选举用投票箱清点封存工作的通知",
        record_title="关于开展选举用投票箱清点封存工作的通知（打印专用页）- 螗溪人大网",
        date="2025-12-08",
        date_also=["2025-12-09"],
        notes="print view calling window.print(): a print-time stamp (no date), the page's address, a print/close "
        "row, the portal's 发布日期 differing from the 成文日期; 抄送 and 印发 lines; a print footer closes the page",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展选举用投票箱清点封存工作的通知（打印专用页）- 螗溪人大网</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint"><a href="javascript:window.print()">⟦a 打印本页⟧</a> <a href="javascript:window.close()">⟦a 关闭⟧</a></div>
<div class="ph">⟦m 螗溪人大网⟧</div>
<div class="ph">⟦m 打印时间：2025-12-15 16:02⟧</div>
<div class="ph">⟦m 原文地址：http://www.tangxirenda.example.gov.cn/tzgg/2025/1209/6610.html⟧</div>
<h2>{T}</h2>
<div class="pm">⟦m 发布日期：2025-12-09　　来源：县人大常委会办公室⟧</div>
<div class="pc">
{BODY}
</div>
<div class="pf">⟦p 第1页 ⍼ 共1页⟧</div>
</body></html>
""",
        body="""
各乡镇人大主席团：
县乡两级人大代表换届选举工作已顺利结束。为做好选举用投票箱的回收保管，现就有关事项通知如下。
一、各乡镇于12月20日前对本乡镇使用的中心投票箱、流动投票箱进行清点，核对编号，逐一登记。
二、投票箱内不得留存选票及其他物品，清理后加贴封存条，注明封存日期和经办人。
三、损坏的投票箱单独登记，说明损坏原因，统一报县人大常委会选举任免联络工作委员会。
四、清点登记表于12月25日前报送，联系人：符晓东，电话：0736-4208815。
螗溪县人大常委会办公室
2025年12月8日
抄送：县选举委员会办公室。
螗溪县人大常委会办公室　2025年12月8日印发
""",
    ),
    dict(
        slug="print-fushui-school-request-canteen-suggestion-box",
        site="蚨水县第一中学 (invented, print view)",
        style="打印页",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.fsyz.example.cn/xxgk/print/0311.html",
        title="关于在学生食堂增设意见箱和膳食委员会的请示",
        record_title="〈打印页〉关于在学生食堂增设意见箱和膳食委员会的请示",
        date="2025-03-11",
        notes="a school's print view text: the school line, a print stamp (no date) and the address at the top, "
        "a print/close row and a print footer closing the page; the 成文日期 in Chinese numerals and the "
        "request's contact line after it",
        page="""
!m 蚨水县第一中学 · 信息公开
!m 打印于 2025-03-20 08:45
!m 网址：http://www.fsyz.example.cn/xxgk/2025/0311/215.html
{T}
{BODY}
!a ［打印此页］　［关闭此窗］
!p ⸹ 1 / 1 ⸹
""",
        body="""
县教育体育局：
近期，部分学生家长反映我校食堂饭菜口味单一、分量不足。为及时了解学生就餐意见，改进食堂管理，我校拟采取以下措施：
一、在学生食堂一楼、二楼各增设意见箱一个，由校办每周开箱一次，意见及处理情况在食堂公示栏公布。
二、成立由学生代表、家长代表和教师代表组成的膳食委员会，每月召开一次例会，参与食谱制定和食材验收。
三、增设意见箱和膳食委员会活动所需经费约3000元，拟从学校公用经费中列支。
妥否，请批示。
蚨水县第一中学
二〇二五年三月十一日
（联系人：韦立新，电话：0739-8320116）
""",
    ),
    dict(
        slug="mail-webmail-letter-confirm-table-cards-attachment-bar",
        site="蛱城国际会展中心企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xcexpo.example.com/read?mid=ZL2510210914",
        title="关于确认第五届蛱城发展论坛嘉宾桌签名单的函",
        record_title="[已读] 转发：关于确认第五届蛱城发展论坛嘉宾桌签名单的函",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="webmail reading view: folder list, reply/forward buttons, a forwarded header with the send time, "
        "an attachment bar beside the letter's own 附件 list; the letter's contact, phone and mailbox are body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[已读] 转发：关于确认第五届蛱城发展论坛嘉宾桌签名单的函 - 企业邮箱</title>
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="mail-top">⟦m 蛱城国际会展中心 企业邮箱⟧ <span>⟦m huiwu@xcexpo.example.com⟧</span> <a>⟦a 退出⟧</a></div>
<div class="folders">⟦l 收件箱（12）⟧ ⟦l 草稿箱⟧ ⟦l 已发送⟧ ⟦l 垃圾邮件⟧</div>
<div class="toolbar">⟦a 回复 回复全部 转发 删除 标记为未读⟧</div>
<div class="mail-head">
<div class="subj">⟦m 主题：转发：关于确认第五届蛱城发展论坛嘉宾桌签名单的函⟧</div>
<div>⟦m 发件人：陆晓 &lt;lux@xcexpo.example.com&gt;⟧</div>
<div>⟦m 收件人：会务部 &lt;huiwu@xcexpo.example.com&gt;⟧</div>
<div>⟦m 时　间：2025年10月21日（周二）09:14⟧</div>
</div>
<div class="att-bar">⟦a 附件 2 个：主席台嘉宾名单.xlsx（12K）　第一排嘉宾名单.xlsx（9K）　打包下载⟧</div>
<div class="mail-body">
<p>⟦m —— 以下为转发内容 ——⟧</p>
<p>⟦m 发件人：蛱城市人民政府外事办公室 &lt;wsb@xiacheng-fao.example.gov.cn&gt;　发送时间：2025-10-20 17:36⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 本邮件可能含有保密信息，如误收请立即删除并通知发件人⟧</div>
</body></html>
""",
        body="""
蛱城国际会展中心：
第五届蛱城发展论坛定于11月6日在贵中心第一会议厅举行。现将论坛主席台及第一排嘉宾名单发给你们，请据此制作桌签，并于10月31日前将桌签样稿发回我办确认。
有关要求如下：
一、桌签统一使用中英文双语，中文在上、英文在下。
二、外宾姓名以附件名单的英文拼写为准，不得自行翻译。
三、名单如有调整，我办将另行函告。
联系人：葛文澜，电话：0735-3021576，邮箱：gewl_wb@xiacheng-fao.example.gov.cn。
附件：1.主席台嘉宾名单
2.第一排嘉宾名单
蛱城市人民政府外事办公室
2025年10月20日
""",
    ),
    dict(
        slug="mail-forward-notice-exhibitor-badges-wrapped",
        site="forwarded mail (invented, plain text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:zhanshang-list@fushui-tea.example.cn",
        title="关于第三届蚨水茶博会参展商胸牌领取事项的通知",
        record_title="Fwd: 关于第三届蚨水茶博会参展商胸牌领取事项的通知（烦请转告各展商）",
        date="2025-09-18",
        date_also=["2025-09-19"],
        notes="a forwarded plain-text mail hard-wrapped at 68 columns: forward headers with the send date, the "
        "forwarder's one-line note (neutral), the notice's own contact, phone and mailbox in the body; a mail "
        "client's signature and a confidentiality line at the bottom",
        page="""
!m 发件人: 汪小棠 <wangxt@fushui-tea.example.cn>
!m 发送时间: 2025年9月19日 星期五 10:27
!m 收件人: 展商联络群组
!t 主题: Fwd: 关于第三届蚨水茶博会参展商胸牌领取事项的通知（烦请转告各展商）
各位好，组委会通知转给大家，请注意领取时间。
!m ===== 转发邮件正文如下 =====
{BODY}
!m --
!m 汪小棠 | 蚨水茶博会组委会办公室 展商服务组
!d 此邮件及附件仅供指定收件人使用，未经许可不得转发他人
!m 发自我的手机邮箱
""",
        wrap=68,
        body="""
各参展单位：
第三届蚨水茶博会将于9月26日至28日在蚨水县会展中心举办。现将参展商胸牌领取事项通知如下：
一、领取时间：9月25日9:00—17:00。
二、领取地点：蚨水县会展中心南门服务台。
三、领取方式：凭参展确认函和经办人身份证领取，每个标准展位配发胸牌3枚。
四、参展商胸牌为蓝色，布展、撤展人员胸牌为橙色，须佩戴胸牌进出展馆，胸牌不得转借。
联系人：邝敏，电话：0739-8357220，邮箱：expofs@fushuitea.example.cn。
蚨水茶博会组委会办公室
2025年9月18日
""",
    ),
]
