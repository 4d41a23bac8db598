"""holdout193, part F: exam forums, encyclopaedias, cloud drives, search caches, print views and forwarded mails.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="gkforum-shanggong-essay-leash-civility-jammer",
        site="上岸公考论坛 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://bbs.shangan-gk.com/thread-771204-1-1.html",
        title="一根牵引绳里的城市治理",
        record_title="[申论佳作] 一根牵引绳里的城市治理（附评分点）- 申论专区 - 上岸公考论坛",
        date=None,
        notes="exam forum with jammer fonts, a reply-to-see prompt and a moderator's rating; a 申论 essay with no date; post time relative",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[申论佳作] 一根牵引绳里的城市治理（附评分点）- 申论专区 - 上岸公考论坛</title>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 上岸公考论坛 · 一起上岸⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册领资料包⟧</a></div>
<div id="pt">⟦m 上岸公考论坛 › 申论专区 › 范文赏析⟧</div>
<h1 id="thread_subject">⟦t [申论佳作] 一根牵引绳里的城市治理（附评分点）⟧</h1>
<div class="authi">⟦m 申论小陈老师　发表于 4 天前　｜　查看 6219　｜　回复 88⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容（评分点解析）需要回复才可以浏览⟧</div>
<div class="rate">⟦l 版主评分：资料 +5　理由：优质范文⟧</div>
<div class="reply"><p>⟦l 2楼　冲刺省考：开头很抓人，收藏了⟧</p><p>⟦l 3楼　一战上岸：求评分点⟧</p></div>
<div id="ft">⟦d 论坛资料由网友分享，仅供备考交流⟧　⟦m 上岸公考论坛 ( 鄂ICP备19033318号 )⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
一根牵引绳，一头牵着宠物，一头连着邻里。遛狗拴不拴绳，看似是个人习惯问题，折射的却是城市治理的精细程度。
近年来，随着养犬家庭增多，犬只伤人、扰民等矛盾时有发生。一些地方出台规定，要求携犬出户必须使用牵引绳，并对绳长作出限制，这是以规则划清个人自由与公共安全的边界。
但规则落地，不能只靠罚。有的社区为登记犬只的家庭免费发放牵引绳，有的街道组织党员志愿者在遛狗高峰时段劝导，把“管”变成“帮”，效果反而更好。
城市治理的水平，往往就体现在一根绳子这样的细节里。只有规则有力度、服务有温度，文明养犬才能从“要我做”变成“我要做”。
""",
    ),
    dict(
        slug="gkforum-mianshi-question-eraser-text",
        site="公考面试交流社区 (invented exam forum, text)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="text",
        source="https://www.gkmianshi.net/t/20437",
        title="有学校要求值日生每天到室外拍打板擦，你怎么看？",
        record_title="[结构化真题] 有学校要求值日生每天到室外拍打板擦，你怎么看？（附参考作答）",
        date=None,
        notes="exam forum text: question title with a board tag and an answer suffix; a course ad between paragraphs; VIP prompt; no date",
        page="""
!m 公考面试交流社区 › 教师招聘 › 结构化真题
!t [结构化真题] 有学校要求值日生每天到室外拍打板擦，你怎么看？（附参考作答）
!m 楼主：面霸阿岩　｜　昨天 08:12　｜　阅读 1427
!m 【参考作答】
{BODY}
!a 更多真题解析请开通面试VIP，每日更新
!l 回复：思路清晰，背下来了
!l 回复：第三点可以再展开说说家校沟通
!m 公考面试交流社区 gkmianshi.net
""",
        body="""
这项要求出发点是好的，既能减少教室里的粉笔灰，也能培养学生的劳动习惯，但在执行中还需要考虑得更周全一些。
第一，要看到它的积极意义。粉笔灰长期弥漫在教室里，对师生的呼吸道健康不利。让值日生到室外清理板擦，既保护了大家的健康，也让学生在劳动中增强集体责任感。
⟦l 【面试冲刺营】7天结构化突破，名师1对1点评，报名咨询私信管理员⟧
第二，要注意方式方法。拍打板擦时应当选在下风口、远离人群的地方，可以给值日生配发口罩；有条件的学校最好更换吸尘式板擦，从源头上减少扬尘。
第三，要做好沟通。学校可以通过家长会说明这项安排的意义，消除家长的顾虑，形成家校共识。
如果我是这所学校的老师，我会带着学生一起把这件小事做好。
""",
    ),
    dict(
        slug="wiki-baike-entry-zhaoli-infobox-h1",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/笊篱/40218",
        title="笊篱",
        record_title=None,
        date=None,
        notes="encyclopaedia entry with infobox, contents box and history tabs; no record title (the entry's <h1>); an entry has no date; the entry name is also its first word (a head match)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>笊篱_知源百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="top">⟦m 知源百科 · 人人可编辑的知识库⟧　<a>⟦a 登录⟧</a>　<a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 阅读　编辑　历史版本⟧</div>
<h1>{T}</h1>
<div class="summary-tag">⟦m 厨房用具　｜　本词条由“知源百科·生活科学”栏目审核⟧</div>
<div class="infobox"><table>
<tr><td>⟦m 中文名：笊篱⟧</td></tr>
<tr><td>⟦m 别称：漏勺、捞子⟧</td></tr>
<tr><td>⟦m 用途：从汤水、油中捞取食物⟧</td></tr>
</table></div>
<div class="toc">⟦l 目录　1 释义　2 材质　3 民俗⟧</div>
<div class="content">
{BODY}
</div>
<div class="refs">⟦l 参考资料：[1] 中国古代厨具图说 [2] 民间竹编工艺⟧</div>
<div class="edit-info">⟦m 词条统计：浏览次数 33406　编辑次数 17次　最近更新 5 个月前⟧</div>
<div class="foot">⟦d 知源百科词条内容由网友编辑，仅供参考⟧</div>
</body>
</html>
""",
        body="""
笊篱是一种用竹篾、柳条或金属丝编成的网状厨房用具，带有长柄，用于从汤水或热油中捞取食物，使汤水、油脂从网眼中沥出。
传统笊篱多用竹篾编制，网眼较大，适合捞面条、饺子和汤圆；现代笊篱多以不锈钢丝编织或不锈钢板冲孔制成，后者通常称为漏勺。
在北方一些地区，春节时有在门上悬挂笊篱的习俗，寓意“捞住财气”。
""",
    ),
    dict(
        slug="wiki-wenda-entry-screwdriver-text",
        site="问典百科问答 (invented, text)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://www.wendian.org/wiki/luosidao",
        title="螺丝刀",
        record_title="螺丝刀 - 问典百科",
        date=None,
        notes="entry in text: infobox lines, contents line, edit links and statistics as chrome; example standards in sentences; no date",
        page="""
!m 问典百科 › 工具 › 手动工具
!t 螺丝刀 - 问典百科
!a 编辑词条　｜　讨论　｜　收藏
!m 中文名：螺丝刀　　外文名：screwdriver　　别名：改锥、起子
!l 目录：1 简介　2 分类　3 使用注意
{BODY}
!l 相关词条：扳手　｜　内六角扳手　｜　电动螺丝刀
!m 本词条最近编辑于 2 个月前，共被编辑 23 次
!d 问典百科内容仅供参考，如需专业指导请咨询相关人员
""",
        body="""
螺丝刀是用来拧转螺钉，使其就位或退出的手动工具，通常由手柄和带刀头的金属杆组成。北方地区多称“改锥”，南方一些地区称“起子”。
按刀头形状，螺丝刀主要分为一字、十字、米字、内六角、梅花等类型，刀头须与螺钉槽口相配，否则容易滑丝或损坏槽口。
刀杆常用铬钒钢或S2合金钢制造，刃口经过热处理，具有较高的硬度和韧性。
使用螺丝刀时，应使刀头垂直对准螺钉槽口，施力均匀；不得把螺丝刀当作撬棍或凿子使用，带电作业时须选用绝缘螺丝刀。
""",
    ),
    dict(
        slug="netdisk-yunguan-rules-teatray-workshop-html",
        site="云罐网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="规章制度",
        kind="other",
        form="html",
        source="https://pan.yunguan.cn/s/1fT9xQe3KmA",
        title="茶盘雕刻工坊安全管理制度",
        title_also=["茶盘雕刻工坊安全管理制度（2025修订）"],
        record_title="茶盘雕刻工坊安全管理制度（2025修订）｜云罐网盘",
        date=None,
        notes="cloud-drive preview: file info, share expiry, save and download buttons and a client prompt; rules with 第N条 articles; an effective clause but no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>茶盘雕刻工坊安全管理制度（2025修订）｜云罐网盘</title>
<script src="/js/pan-share.js"></script>
</head>
<body>
<div class="pan-top">⟦m 云罐网盘 · 你的文件随身带⟧　<a>⟦a 登录⟧</a></div>
<div class="share-user">⟦m 缶湾乡茶盘工坊 分享了文件⟧　⟦m 失效时间：永久有效⟧</div>
<div class="file">⟦m 茶盘雕刻工坊安全管理制度（2025修订）.docx　18.9KB⟧</div>
<div class="ops">⟦a 保存到网盘⟧　⟦a 下载（需安装云罐客户端）⟧　⟦a 举报⟧</div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="ad">⟦a 开通云罐会员，在线预览 Office 文件不限次数⟧</div>
<div class="foot">⟦d 请勿通过云罐网盘传播违法违规内容⟧　⟦m © 2025 云罐网盘⟧</div>
</body>
</html>
""",
        body="""
第一条　为加强茶盘雕刻工坊安全管理，预防火灾和机械伤害，制定本制度。
第二条　工坊内严禁吸烟和使用明火，木料、木屑每日下班前清理装袋，存放在指定的木料间。
第三条　使用电动雕刻机、砂光机前，应检查电源线和防护罩，操作时佩戴防尘口罩和护目镜。
第四条　学徒须在师傅指导下使用刻刀，刻刀用后插入刀架，不得随手放在工作台上。
第五条　上漆和上油作业应在通风良好的区域进行，沾有漆、油的抹布须放入带盖的金属桶内。
第六条　工坊每月组织一次安全检查，检查结果记入安全台账。
第七条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="netdisk-xiaozhan-plan-polish-factory-markers",
        site="小站网盘 (invented cloud-drive text preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.xiaozhanpan.com/share/init?surl=Qm8sLd2",
        title="洁亮日化鞋油灌装线职业健康防护改进方案",
        record_title="【共享】洁亮日化鞋油灌装线职业健康防护改进方案（终稿）",
        date="2025-02-28",
        notes="cloud-drive text preview cut by ⌑ n ⌑ markers on lines of their own; numbered measures; a budget table; date under the signature",
        page="""
!m 小站网盘 — 文件分享
!m 分享者：洁亮安环部　｜　分享于 5 天前　｜　有效期 7 天
!m 文件：鞋油灌装线职业健康防护改进方案（终稿）.docx　(31.2KB)
!a 保存到我的小站　｜　普通下载　｜　极速下载（会员）
!t 【共享】洁亮日化鞋油灌装线职业健康防护改进方案（终稿）
{BODY}
!a 预览仅显示前 3 页，完整内容请下载后查看
!d 小站网盘不对用户分享的文件内容负责
""",
        pages=dict(fmt="⌑ {n} ⌑", every=150, start=2),
        body="""
根据2024年职业病危害因素检测结果，鞋油灌装线作业岗位溶剂蒸气浓度接近限值，为保障员工健康，制定本方案。
一、改进目标
灌装线各岗位有机溶剂浓度降至限值的50%以下，员工职业健康检查异常率为零。
二、主要措施
1.在灌装机上方加装局部排风罩，排风量不低于每小时3000立方米。
2.将开放式调色桶更换为密闭搅拌罐，减少溶剂挥发。
3.为灌装岗位员工配发防有机蒸气口罩，每周更换滤盒。
4.在车间入口设置职业病危害告知卡，写明危害因素和防护要求。
三、费用预算
项目　金额（万元）
局部排风系统　12.6
密闭搅拌罐　8.4
个人防护用品　1.2
四、实施时间
3月至4月完成设备安装，5月组织检测验收。
篪溪洁亮日化有限公司安全环保部
2025年2月28日
""",
    ),
    dict(
        slug="snapshot-sousou-notice-school-eraser-frame",
        site="搜搜快照 (invented search-engine cache frame)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousou.com/c?u=http%3A%2F%2Fwww.xkzx.edu.cn%2Fnews%2F1502.html",
        title="关于规范教室板擦清理和粉笔使用的通知",
        record_title="关于规范教室板擦清理和粉笔使用的通知 - 搜搜快照",
        date="2025-03-03",
        notes="search-cache frame with a snapshot banner, highlighted keywords and the original page's chrome; a school notice with the 成文日期; snapshot time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范教室板擦清理和粉笔使用的通知 - 搜搜快照</title>
</head>
<body>
<div class="cache-head">⟦d 这是搜搜对 http://www.xkzx.edu.cn/news/1502.html 的缓存，是网页在 2025年3月11日 的存档快照。⟧</div>
<div class="cache-hl">⟦a 以下搜索词已高亮显示：板擦 粉笔⟧　<a>⟦a 查看当前网页⟧</a></div>
<div class="orig">
<div class="school">⟦m 埙口镇中心学校⟧　⟦m 首页　学校概况　德育天地　教学教研　通知公告⟧</div>
<div class="loc">⟦m 当前位置：首页 > 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 作者：教务处　点击数：188⟧</div>
<div class="txt">
{BODY}
</div>
<div class="foot">⟦m 埙口镇中心学校　地址：埙川县埙口镇学府路2号⟧</div>
</div>
</body>
</html>
""",
        body="""
各班主任、任课教师：
为减少教室粉尘，保护师生健康，现对教室板擦清理和粉笔使用提出如下要求：
一、每班指定两名值日生负责板擦清理，每天放学后在教学楼北侧空地清理板擦，不得在走廊、窗口拍打。
二、吸尘式板擦的集尘盒每周五清空一次，由班主任检查。
三、教师上课使用无尘粉笔，粉笔头统一放入讲台上的收纳盒，不得随地丢弃。
四、教务处将不定期检查，检查结果纳入文明班级评比。
埙口镇中心学校教务处
2025年3月3日
""",
    ),
    dict(
        slug="snapshot-textcache-notice-leash-patrol-oneline",
        site="网页文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://txtcache.kuaikan.cn/?url=fouwan.sqfw.cn/tzgg/331.html",
        title="关于开展早晚遛犬时段文明劝导的通知",
        record_title="关于开展早晚遛犬时段文明劝导的通知 - 网页快照",
        date="2025-06-06",
        notes="text-only cache: banner and 'view original' lines; the whole notice on one line; crawl time is no date; the notice's 成文日期 is",
        page="""
!d 【网页快照】本页面为 2025-06-19 04:12 抓取的纯文字版本，可能与原网页不一致
!a 查看原网页　｜　举报快照
!m 原网址：fouwan.sqfw.cn/tzgg/331.html
!m 缶湾社区网　首页 通知公告 社区动态 办事指南
{T}
{BODY}
!m 缶湾社区居委会 版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各网格员、党员志愿者：
为做好文明养犬宣传引导，社区决定从6月9日起，在每天早上6:30至8:00、晚上7:00至9:00遛犬高峰时段，在小区主要出入口和广场开展文明劝导。
一、劝导内容：携犬出户使用牵引绳，进入电梯和楼道收短牵引绳，及时清理犬只粪便。
二、人员安排：各网格按排班表轮流值守，每班不少于2人。
三、工作要求：劝导时态度文明，对不听劝阻的，记录情况后报社区，由社区联系城管部门处理。
缶湾社区居民委员会
2025年6月6日
""",
    ),
    dict(
        slug="print-xunchuan-rules-canteen-utensils-window-print",
        site="埙川县第二中学后勤网 (invented, print view)",
        style="打印页",
        genre="规章制度",
        kind="other",
        form="html",
        source="http://hq.xcez.cn/print.asp?id=612",
        title="学校食堂手持炊具管理制度",
        record_title="打印本页｜学校食堂手持炊具管理制度",
        date=None,
        notes="print view calling window.print(): print header, print stamp and a print footer ⸎ 1 ∣ 1 ⸎; rules with numbered articles; printed time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印本页｜学校食堂手持炊具管理制度</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔打印〕　〔关闭〕⟧</div>
<div class="phead">⟦m 埙川县第二中学后勤服务中心⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pstamp">⟦m 打印时间：2025-06-02 09:47:13　打印人：hq_admin⟧</div>
<div class="pfoot">⟦p ⸎ 1 ∣ 1 ⸎⟧</div>
<div class="purl">⟦m http://hq.xcez.cn/show.asp?id=612⟧</div>
</body>
</html>
""",
        body="""
一、食堂漏勺、笊篱、汤勺、锅铲等手持炊具实行分区使用，生食区与熟食区的炊具用不同颜色的手柄区分，不得混用。
二、手持炊具每餐使用后清洗消毒，放入保洁柜内存放，不得挂在灶台边。
三、炊具出现焊点开裂、网面破损、手柄松动等情况的，应立即停止使用，由食堂管理员登记更换。
四、食堂管理员每周检查一次手持炊具，每学期组织一次全面清点。
五、本制度由学校后勤服务中心负责解释，自公布之日起施行。
""",
    ),
    dict(
        slug="print-jingming-request-teatray-repair-cn-date",
        site="景明茶业OA打印稿 (invented, text print view)",
        style="打印页",
        genre="请示",
        kind="request",
        form="text",
        source="http://10.18.0.6/oa/print?id=20250917-0203",
        title="关于维修更换门店展示茶盘的请示",
        record_title="〖打印稿〗关于维修更换门店展示茶盘的请示",
        record_date="2025-09-16",
        date="2025-09-16",
        notes="intranet print view: print header, page-count footer ≡≡ 打印页 1 / 1 ≡≡ and print time; the record's date agrees with the 成文日期 in Chinese numerals",
        page="""
!m 缶山景明茶业有限公司　文件打印稿
!m 打印人：童以宁　打印时间：2025-09-18 10:06
{T}
{BODY}
!p ≡≡ 打印页 1 / 1 ≡≡
""",
        indent="\u3000\u3000",
        body="""
公司领导：
城关门店、茶都门店的展示茶盘使用多年，盘面开裂、储水盒渗水的情况较多，影响茶叶品鉴和门店形象。经行政部逐一检查，拟维修茶盘5套、更换茶盘3套，费用预算如下：
项目　数量　金额（元）
茶盘打磨、补缝、上油　5套　1250
更换乌木整板茶盘　3套　5040
合计6290元。维修和采购均委托缶湾乡茶盘协会推荐的作坊承担。
妥否，请批示。
行政部
二〇二五年九月十六日
""",
    ),
    dict(
        slug="mail-webmail-fwd-screwdriver-sample-request-docx",
        site="精信五金企业邮箱阅读页 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jingxin-tools.com/js6/read/readhtml.jsp?mid=1830:1tbiAQ",
        title="关于提供精密螺丝刀样品的函",
        record_title="Fwd: 关于提供精密螺丝刀样品的函.docx",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes=(
            "webmail reading view of a forwarded mail: From/To/Date headers and an attachment bar are chrome; the letter's own "
            "联系人/电话/邮箱 stay in the body; the letter's date differs from the send date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 关于提供精密螺丝刀样品的函.docx - 精信五金企业邮箱</title>
<script src="/js6/read.js"></script>
</head>
<body>
<div class="mbox-top">⟦m 精信五金企业邮箱⟧　⟦a 收信　写信　通讯录⟧</div>
<div class="mhead">
<div class="subj">⟦t Fwd: 关于提供精密螺丝刀样品的函.docx⟧</div>
<div>⟦m 发件人：销售部 郑慧清 &lt;zhenghq@jingxin-tools.com&gt;⟧</div>
<div>⟦m 收件人：质量部 蔺少川 &lt;linsc@jingxin-tools.com&gt;⟧</div>
<div>⟦m 时　间：2025年4月3日(星期四) 上午9:21⟧</div>
<div>⟦m 附　件：1 个（关于提供精密螺丝刀样品的函.docx　22K）⟧</div>
</div>
<div class="mbody">
<p>⟦m 蔺工：客户来函要样品，请质量部安排，附件为原函正文。⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="attach-bar">⟦a 下载附件　｜　预览　｜　存到网盘⟧</div>
<div class="mfoot">⟦a 回复　回复全部　转发　删除⟧</div>
</body>
</html>
""",
        body="""
精信五金工具有限公司：
我公司是专业从事手机维修工具销售的企业，拟在今年下半年采购一批精密螺丝刀套装。为做好选型比对，请贵公司提供以下样品：
1.JX-6件套精密螺丝刀2套；
2.JX-24件套精密螺丝刀2套；
3.上述产品的材质证明和检测报告复印件各1份。
请于4月15日前将样品寄至柷城市滨河路120号柷城快修科技有限公司采购部。
联系人：钱语晨，电话：0816-2239087，邮箱：cg@zckuaixiu.com。
柷城快修科技有限公司
2025年4月2日
""",
    ),
    dict(
        slug="mail-text-forward-notice-eraser-replacement",
        site="邮件转发文字稿 (invented, text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:jwc@xkzx.edu.cn?msgid=20250902.4471",
        title="关于秋季学期更换教室吸尘板擦擦面的通知",
        record_title="转发：关于秋季学期更换教室吸尘板擦擦面的通知",
        date="2025-09-01",
        date_also=["2025-09-02"],
        notes="a forwarded notice as text: mail headers, a forwarder's note, quoted-mail separator and a mailer footer are chrome; the notice's 抄送 line and contact stay in the body",
        page="""
!m 发件人: 埙口镇中心学校教务处 <jwc@xkzx.edu.cn>
!m 发送时间: 2025年9月2日 8:05
!m 收件人: 全体班主任
!m 主题: 转发：关于秋季学期更换教室吸尘板擦擦面的通知
!m 各位班主任：转发总务处通知，请按时领取。
!m -------- 原始邮件 --------
{T}
{BODY}
!d 此邮件由学校邮件系统发出，请勿直接回复
!a 📎 查看全部附件　|　在网盘中打开
""",
        body="""
各班主任：
新学期开始，总务处将为各班更换吸尘板擦擦面。请各班于9月5日前派一名学生到总务处仓库领取，每班2片，领取时交回旧擦面。
领取时间：9月3日至5日，每天下午4:30至5:30。
联系人：葛老师，电话：0857-3372016。
抄送：校长室，教务处。
埙口镇中心学校总务处
2025年9月1日
""",
    ),
]
