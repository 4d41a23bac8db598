"""holdout379, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Invented text; every site, place, person, phone and URL is made up. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="gkforum-yizhan-shenlun-lantern-essay-jammer",
        site="公考驿站论坛 (invented civil-service-exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="html",
        source="http://bbs.gongkaoyizhan.com/thread-562190-1-1.html",
        title="让走马灯一直转下去",
        record_title="〖立意练笔·Day12〗让走马灯一直转下去（非遗主题，欢迎拍砖） - 申论互改区 - 公考驿站论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, QQ-group ad; jammer-font junk in the essay; no date",
        page="""
<html><head><meta charset="utf-8">
<title>〖立意练笔·Day12〗让走马灯一直转下去（非遗主题，欢迎拍砖） - 申论互改区 - 公考驿站论坛</title>
<style>.jmr{display:inline;font-size:0}</style>
</head><body>
<div id="hd">⟦m 公考驿站论坛⟧ <span>⟦m 一起上岸，不负韶华⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 公考驿站论坛 › 申论专区 › 申论互改区⟧</div>
<div class="ad">⟦w 申论一对一精批，加备考QQ群 728104563 领范文合集⟧</div>
<div class="post"><h1>{T}</h1>
<div class="pi">⟦m 楼主 上岸的小蜗牛⟧ ⟦m 积分 812 · 备考中⟧ ⟦m 发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖有老师批注，回复后可见⟧</div>
<div class="rate">⟦l 评分人数 5　驿站币 +15　理由：结构清晰、论点鲜明⟧</div>
<div class="po">⟦a 收藏⟧ ⟦a 分享⟧ ⟦a 回复⟧</div></div>
<div class="nt">⟦l 上一帖：我的第11篇：乡村振兴中的“新农人”⟧ ⟦l 下一帖：求一篇非遗类申论素材⟧</div>
<div id="ft">⟦m 公考驿站论坛 Powered by Discuz!　鲁ICP备20033915号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
一盏走马灯，烛火一点，人马相逐，转的是光影，也是岁月。然而，随着老艺人年岁渐高、年轻人兴趣转移，不少地方的走马灯正面临“灯在人不在”的尴尬。让走马灯一直转下去，关键在于让手艺活在当下。
让手艺活下去，要靠“人”来传。非遗保护，归根到底是人的传承。一些地方建起传习所、开进中小学课堂，让孩子们从小摸竹篾、剪剪影，正是在为手艺培育未来的传人。
让手艺活下去，要靠“用”来养。只挂在展厅里的走马灯，终究会失去生命力。把走马灯做成文创产品、搬进灯会和景区，让它重新回到人们的生活中，手艺人才能靠手艺过上好日子。
让手艺活下去，还要守住“魂”。有的走马灯换了电机、改了光源，转得更稳了，却少了烛火的灵动。创新不能丢了本真，改良要守住“热气推轮”的巧思。
灯火可亲，薪火可传。只要有人愿意扎、有人愿意看，走马灯就会一直转下去。
""",
    ),
    dict(
        slug="gkforum-mianshi-bugle-outdated-answer-junk",
        site="面试圈论坛 (invented exam forum, text page)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.mianshiquan.net/t/88104",
        title="结构化面试：有人说军号已经过时了，你怎么看？",
        record_title="【结构化打卡】结构化面试：有人说军号已经过时了，你怎么看？（含答题框架拆解） - 面试圈",
        date=None,
        notes="exam-forum post with junk lines and glued junk; a question and a model answer; relative time only",
        page="""
!m 面试圈论坛 › 结构化面试 › 每日打卡
!t 【结构化打卡】结构化面试：有人说军号已经过时了，你怎么看？（含答题框架拆解）
!m 发帖人：考官老贡　｜　3 天前　｜　回复 48
{T}
{BODY}
!a 回帖打卡满21天，可领取《面试高频题100道》电子版
!l 楼下：打卡第6天，第二点说得好
!l 楼下：“闻号而动”这个落脚点学到了
!m 面试圈论坛 · 只做面试
""",
        junk=dict(lines=2, glued=2),
        body="""
【题目】有人说，现在部队早就用上了电子通信，军号已经过时了。对此你怎么看？
【参考作答】
这种说法我不完全认同。军号作为传递命令的工具，作用确实在减弱，但它承载的精神没有过时。
首先，要看到军号功能的变化。过去打仗，号声就是命令；现在有了电台和网络，军号更多地出现在升旗、阅兵等仪式场合，它的实用功能让位给了仪式功能。
其次，要看到军号的精神价值。一声冲锋号，代表的是令行禁止、一往无前。这种作风，无论在部队还是在我们今后的工作中，都不会过时。
最后，如果我有幸成为一名公务员，我会把这种“闻号而动”的执行力带到工作中，对组织交办的任务做到不拖延、不打折。
以上是我的看法，谢谢考官。
""",
    ),
    dict(
        slug="wiki-zhiwu-dudou-entry-infobox-edit-links",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.net/item/肚兜/30172",
        title="肚兜",
        record_title=None,
        date=None,
        notes="encyclopaedia: no record title (the <h1>, which also opens the body, so matched as head); tabs, "
        "infobox, contents box, section edit links and reference markers glued into lines; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>知物百科</title>
<link rel="stylesheet" href="//static.zhiwu.net/bk/lemma.css">
</head><body>
<div class="top">⟦m 知物百科 · 万物皆有来历⟧ <form><input><button>⟦a 进入词条⟧</button></form></div>
<div class="tabs">⟦a 词条⟧ ⟦a 修改⟧ ⟦a 讨论区⟧ ⟦a 修订记录⟧</div>
<h1 class="lemma">{T}</h1>
<div class="lemma-summary-tip">⟦m 中国传统贴身服饰⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：肚兜⟧</td></tr><tr><td>⟦m 别　名：兜肚、抹胸⟧</td></tr>
<tr><td>⟦m 流行时期：明清至民国⟧</td></tr><tr><td>⟦m 常见工艺：平针绣、打籽绣⟧</td></tr></table>
<div class="toc"><b>⟦l 目录⟧</b> ⟦l 1 历史沿革　2 民间习俗　3 工艺特点　4 现代演变⟧</div>
<div class="para-box">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 《中国民间服饰图录》，第214页⟧</p><p>⟦l [2] 倩溪县文化馆《倩溪绣调查报告》⟧</p></div>
<div class="lemma-stat">⟦m 浏览 38102 次　编辑 27 次　最近更新：昨天⟧</div>
<div class="ft">⟦d 词条内容由网友协作编辑，仅供参考。⟧ ⟦m ©2025 知物百科⟧</div>
</body></html>
""",
        body="""
肚兜，又称兜肚、抹胸，是中国传统的贴身内衣，一般为菱形或方形布片，上端系带挂在颈部，两侧系带束于腰后，用以遮护胸腹。
历史沿革⟦a [改写此段]⟧
肚兜的形制可追溯至汉代的“心衣”，明清时期在民间广泛流行。⟦l [1]⟧清代肚兜多用棉布或丝绸制作，富裕人家常在上面刺绣花卉、鱼虫和吉祥纹样。
民间习俗⟦a [改写此段]⟧
在不少地方，长辈有在端午节给孩子穿绣“五毒”图案肚兜的习俗，寓意驱邪避害。婴儿满月时，外婆或母亲亲手缝制的肚兜也是常见的贺礼。
工艺特点
传统肚兜刺绣常用平针绣、打籽绣、盘金绣等针法，图案多取“连年有余”“麒麟送子”等吉祥寓意。⟦l [2]⟧
现代演变
20世纪中期以后，肚兜逐渐退出日常穿着，但其元素被广泛运用于时装、文创和舞台服饰设计中。
""",
    ),
    dict(
        slug="wiki-wanwu-bubble-machine-entry-text",
        site="万物百科问答 (invented encyclopaedia, text page)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wanwubaike.com/wiki/paopaoji",
        title="泡泡机",
        record_title="泡泡机（儿童玩具、舞台设备）- 万物百科问答",
        date=None,
        notes="an encyclopaedia entry as text; the entry name opens the body (title label matched as head); "
        "section headings as paragraphs; no date",
        page="""
!m 万物百科问答
!t 泡泡机（儿童玩具、舞台设备）
{T}
!m 本词条由“玩具研究员”创建，共 9 人参与编辑
!a 编辑词条　｜　添加义项　｜　反馈问题
{BODY}
!l 词条标签：玩具 · 舞台设备 · 儿童用品
!l 相关词条：泡泡液　吹泡泡　烟雾机
!d 百科内容由网友共同编辑，如发现错误请点击“反馈问题”。
""",
        body="""
泡泡机是一种利用电机带动风扇和沾液轮、自动吹出肥皂泡的玩具或舞台设备，常见于儿童游乐、婚礼庆典和演出场合。
工作原理
泡泡机内部的沾液轮在转动时浸入泡泡液，轮片上的圆孔形成液膜，风扇吹出的气流将液膜吹成泡泡，随后被送出出泡口。
主要类型
按用途可分为手持式、落地式和舞台式。舞台泡泡机出泡量大，通常接入市电并可连接灯光控制台。
安全提示
儿童使用泡泡机应在成人看护下进行。应选购有3C标志的产品，注意电池仓是否牢固；泡泡液不可饮用，进入眼睛时应立即用清水冲洗。
""",
    ),
    dict(
        slug="netdisk-cunpanxia-lantern-assembly-pdf-marker-paragraphs",
        site="存盘侠网盘 (invented cloud drive)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.cunpanxia.com/s/1kQ8vZ3mT",
        title="走马灯叶轮与转轴装配作业指导书",
        record_title="走马灯叶轮与转轴装配作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: file name as record title, save/download buttons, VIP speed prompts; page "
        "markers ⭦ n ⭧ as HTML paragraphs cut sentences; share stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>走马灯叶轮与转轴装配作业指导书.pdf_存盘侠网盘</title>
<link rel="stylesheet" href="https://pan.cunpanxia.com/static/share.css">
</head><body>
<div class="hd">⟦m 存盘侠网盘⟧ <a>⟦a 登录领 2T 空间⟧</a></div>
<div class="share-info">⟦m 来自：丈口灯彩厂技术科 的分享⟧　⟦m 分享于 2025-10-03 · 有效期：永久⟧</div>
<div class="file-bar"><h2>{T}</h2>
<span>⟦m PDF · 1.3 MB · 3 页⟧</span>
<button>⟦a 转存到我的空间⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a SVIP极速下载⟧</button></div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 非会员下载限速 100KB/s，开通超级会员立享满速⟧</div>
<div class="report">⟦a 举报此分享⟧ ⟦d 网盘文件由用户自行上传分享，与本站无关⟧</div>
<footer>⟦m © 存盘侠网盘 cunpanxia.com⟧</footer>
</body></html>
""",
        p_html='<div class="pv-line">{}</div>',
        pages=dict(fmt="⭦ {n} ⭧", every=140, start=2),
        body="""
1.目的：规范走马灯叶轮与转轴的装配操作，保证灯体转动平稳、无卡滞。
2.适用范围：适用于本厂生产的直径0.5米至1.5米各型号走马灯。
3.装配步骤
3.1检查转轴：转轴应平直，顶端针尖无毛刺，转轴与横梁连接处不得松动，装配前用手指轻转确认。
3.2安装轴承座：将玻璃轴承座用热熔胶固定在灯顶横梁中心，偏差不超过2毫米。
3.3装叶轮：叶轮中心的凹点对准针尖放上，用手轻拨，叶轮应能自由转动三圈以上。
3.4挂剪影筒：剪影筒用细铁丝挂在叶轮下方，与外层灯罩的间距保持在3厘米左右。
4.检验：通电或点燃光源后观察五分钟，灯体转速均匀、剪影不碰灯罩为合格。
5.注意事项：装配过程中不得用手直接捏叶轮叶片，以免变形影响转速。
""",
    ),
    dict(
        slug="netdisk-shanchuan-bugle-training-plan-oneline",
        site="闪传网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shanchuanpan.com/f/7Rk2pWq",
        title="仲坪镇民兵应急排军号手培训方案",
        record_title="仲坪镇民兵应急排军号手培训方案（2025）｜闪传网盘 · 文件预览",
        date="2025-03-25",
        notes="cloud-drive text preview with the whole body on one line; 成文日期 at the end; share and expiry "
        "stamps are no dates",
        page="""
!m 闪传网盘 · 文件预览
!m 仲坪镇人武部 分享了 1 个文件　｜　剩余有效期 6 天
!t 仲坪镇民兵应急排军号手培训方案（2025）.docx
!a 〔转存〕〔下载 48KB〕〔举报〕
{T}
{BODY}
!a 在线预览仅显示文字内容，表格与图片请下载后查看
!m 闪传网盘 shanchuanpan.com
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
为提高民兵应急排号令传达能力，镇人武部决定组织军号手培训，方案如下。
一、培训对象：镇民兵应急排推荐的号手8名。
二、培训时间：2025年4月7日至4月16日，共10天。
三、培训内容：军号基础知识、长音和吐音练习、12个常用号谱吹奏、号令与队列动作配合。
四、组织实施：培训由县人武部选派教员授课，镇人武部负责学员管理和后勤保障。结业时进行号谱吹奏考核，合格者颁发号手合格证。
五、有关要求：学员培训期间实行集中食宿，不得无故缺课；各村要保障学员误工补贴按时发放。
仲坪镇人民武装部
2025年3月25日
""",
    ),
    dict(
        slug="snapshot-susou-embroidery-jobs-news-highlight",
        site="溯搜网页快照 (invented search-cache frame)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.susou.com/c?u=http%3A%2F%2Fwww.qxnvxing.cn%2Fxw%2F20251009%2F2231.html",
        title="倩溪县妇联“巾帼绣坊”带动三百绣娘家门口就业",
        record_title="倩溪县妇联“巾帼绣坊”带动三百绣娘家门口就业 ‹ 倩溪女性网（溯搜快照）",
        date="2025-10-09",
        notes="search-cache frame with a capture banner and highlighted terms over a women's-federation news page; "
        "the cached page's 发布时间 as the date; the capture stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>倩溪县妇联“巾帼绣坊”带动三百绣娘家门口就业 ‹ 倩溪女性网（溯搜快照）</title>
<style>.hl{background:#ff6}</style>
</head><body>
<div class="snap-banner">
<p>⟦d 溯搜快照：这是 http://www.qxnvxing.cn/xw/20251009/2231.html 于 2025年10月20日 03:12 的存档副本，原网页可能已更新。⟧</p>
<p>⟦a 查看原网页⟧ ⟦a 纯文字版本⟧</p>
<p>⟦m 已为您标出以下词语：倩溪 绣坊 绣娘⟧</p></div>
<hr>
<div class="orig">
<div class="site">⟦m 倩溪女性网 · 县妇联主办⟧</div>
<div class="nav">⟦m 首页 | 妇联动态 | 巾帼风采 | 家庭家教⟧</div>
<h2>{T}</h2>
<p class="by">⟦m 发布时间：2025-10-09　来源：县妇联宣传部⟧</p>
<div class="cnt">
{BODY}
</div>
<p class="ed">⟦m 编辑：芮希　审核：俞敏⟧</p>
<div class="ft">⟦m 倩溪县妇女联合会　电话：0579-6812 6600⟧</div>
</div>
</body></html>
""",
        body="""
近日，记者走进倩溪县佼田镇“巾帼绣坊”，二十多名绣娘正低头飞针走线，一件件绣着莲花、鲤鱼的肚兜在她们手中渐渐成形。
“巾帼绣坊”是县妇联去年牵头建立的刺绣就业帮扶点。绣坊统一接单、统一培训、统一质检，绣娘们既可以到坊里绣，也可以把活儿领回家做。一年多来，全县已建成绣坊7个，带动三百余名妇女实现家门口就业。
侑家村的绣娘眭小荷今年三十六岁，过去在外地工厂打工，孩子上学后回到村里。“在家门口一个月能挣三千多块，还能照顾老人孩子。”她说。
县妇联负责人介绍，下一步将联合县文化馆开设高级研修班，帮助绣娘提升设计水平，把倩溪肚兜做成叫得响的品牌。
""",
    ),
    dict(
        slug="snapshot-soula-bubble-pledge-text-cache",
        site="搜啦文字快照 (invented search cache, text-only)",
        style="搜索快照",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://kz.soula.cn/text?url=mhwmb.xuanbu.gov.cn%2Fcyfq%2F0815.html",
        title="文明使用泡泡机 共建清洁家园倡议书",
        date="2025-08-15",
        notes="record title as is; a text-only cache with its banner; a sentence asking readers to share the pledge "
        "(content); 成文日期 under the signature; capture stamp no date",
        page="""
!d 搜啦文字快照 · 页面抓取于 2025-09-02 11:40，仅保留文字，原网页可能已变化
!a 返回原网页　｜　关闭快照
!m mhwmb.xuanbu.gov.cn › 倡议发布
{T}
{BODY}
!m 莫湖文明网　主办：莫湖区精神文明建设办公室
!l 相关倡议：文明养犬倡议书 ▪ 光盘行动倡议书
""",
        body="""
全区广大市民朋友：
泡泡机给孩子们带来了欢乐，但随手丢弃的泡泡液空瓶、洒满地面的泡泡液，也给环境卫生和出行安全带来了麻烦。为此，我们倡议：
一、玩泡泡选场地。尽量到草坪、空地等开阔场所，远离台阶、坡道和机动车道。
二、玩完随手清。泡泡液空瓶和废电池分类投放，不随地丢弃。
三、选购看标识。购买有3C标志、中文标识齐全的泡泡机和泡泡液，拒绝“三无”产品。
四、文明做表率。家长以身作则，教育孩子爱护公共环境。
欢迎大家把这份倡议分享给身边的亲友，让文明成为每一个家庭的习惯。
莫湖区精神文明建设办公室
2025年8月15日
""",
    ),
    dict(
        slug="print-biaoling-bugle-inspection-bulletin-footer",
        site="彪岭县人民武装部 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://rwb.biaoling.gov.cn/print.jsp?id=3109",
        title="关于全县民兵训练基地军号使用管理情况的通报",
        record_title="〘纸质版预览〙关于全县民兵训练基地军号使用管理情况的通报",
        date="2025-10-30",
        notes="print view calling window.print(): a 文号 line (neutral), 抄送 and 印发 lines, print/close buttons and "
        "a print footer ⬎ 共1页 · 第1页 ⬎",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〘纸质版预览〙关于全县民兵训练基地军号使用管理情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint">⟦a 🖶 立即打印⟧ ⟦a 返回正文页⟧ ⟦a 关闭窗口⟧</div>
<div class="pr-head">⟦m 彪岭县人民武装部 · 打印稿⟧</div>
<h2>{T}</h2>
<p align="center">彪武〔2025〕27号</p>
<div class="pr-body">
{BODY}
</div>
<div class="pr-foot"><p>⟦m 原文链接：http://rwb.biaoling.gov.cn/content.jsp?id=3109⟧</p>
<p>⟦p ⬎ 共1页 · 第1页 ⬎⟧</p></div>
</body></html>
""",
        body="""
各乡镇人武部，县民兵训练基地：
10月中旬，县人武部对全县民兵训练基地和5个乡镇民兵应急排的军号使用管理情况进行了检查。现将有关情况通报如下。
一、总体情况
检查共抽查军号36支，号手22名。大多数单位能够按照规定统一号令、登记保管，仲坪镇、君溪镇号手吹奏规范，号具保养良好。
二、存在问题
一是个别单位号具登记不全，有4支军号无编号；二是部分号手号谱掌握不熟，集合号和紧急集合号混吹；三是有2支军号号嘴凹陷，未及时报修。
三、整改要求
各单位要对照问题于11月30日前整改到位，号具一律编号入柜，号手每周练号不少于两次。县人武部将于12月组织复查。
彪岭县人民武装部
2025年10月30日
抄送：县国防动员委员会办公室。
彪岭县人民武装部办公室　2025年10月30日印发
""",
    ),
    dict(
        slug="print-fengchao-beach-surfboard-storage-rules-footer",
        site="逢潮湾海滨浴场管理处 (invented, print view as text)",
        style="打印页",
        genre="规定",
        kind="rules",
        form="text",
        source="http://www.fengchaowan.cn/gonggao/print/26",
        title="逢潮湾海滨浴场冲浪板寄存管理规定",
        record_title="张贴稿｜逢潮湾海滨浴场冲浪板寄存管理规定（服务中心张贴版）",
        date=None,
        notes="a print view as text with a print header, a URL line and a print footer 〜 第 1 / 1 页 〜; 第N条 "
        "articles including a scan-to-confirm step; no date",
        page="""
!m 逢潮湾海滨浴场管理处　打印时间：2025/07/02 08:15
!t 张贴稿｜逢潮湾海滨浴场冲浪板寄存管理规定（服务中心张贴版）
{T}
{BODY}
!m 网页地址：http://www.fengchaowan.cn/gonggao/26.html
!p 〜 第 1 / 1 页 〜
""",
        body="""
第一条　为规范逢潮湾海滨浴场冲浪板寄存服务，保障寄存物品安全，制定本规定。
第二条　寄存服务点设在浴场北侧服务中心，开放时间为每日7:00至19:00。
第三条　寄存冲浪板须出示身份证件，由工作人员拍照登记板型、颜色和破损情况，寄存人扫码确认后领取寄存牌。
第四条　寄存费用按日计算，长板每日15元，短板和软板每日10元。
第五条　寄存人凭寄存牌和本人证件领取冲浪板，寄存牌遗失的，须本人到场核实身份。
第六条　寄存期间冲浪板因保管不善损坏的，由服务点照价赔偿；寄存前已有的损伤不在赔偿范围。
第七条　连续寄存超过30日未领取的，服务点电话通知寄存人，通知后15日仍未领取的，按无主物品处理。
第八条　本规定由逢潮湾海滨浴场管理处负责解释。
""",
    ),
    dict(
        slug="webmail-qianshang-testing-letter-attachment-bar",
        site="倩裳服饰企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.qianshang-fs.com/read?mid=ZC3917-20251104",
        title="关于委托开展刺绣肚兜产品检测的函",
        record_title="内部转阅：关于委托开展刺绣肚兜产品检测的函",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="webmail reading view with a forwarded header and an attachment bar beside the letter's own 附件 list; "
        "the letter's contact and mailbox; 成文日期 expected, the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>内部转阅：关于委托开展刺绣肚兜产品检测的函 - 倩裳服饰企业邮箱</title>
<link rel="stylesheet" href="/webmail/css/read.css">
</head><body>
<div class="mail-top">⟦m 倩裳服饰企业邮箱⟧ <span>⟦m gongrx@qianshang-fs.com⟧</span> <a>⟦a 退出⟧</a></div>
<div class="mail-side"><p>⟦m 收件箱 (12)⟧</p><p>⟦m 已发送⟧</p><p>⟦m 草稿箱⟧</p><p>⟦m 已删除⟧</p></div>
<div class="mail-read">
<div class="mail-tools">⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<h2 class="subject">{T}</h2>
<table class="mail-head">
<tr><td>⟦m 发件人：龚若昕 &lt;gongrx@qianshang-fs.com&gt;⟧</td></tr>
<tr><td>⟦m 收件人：倩溪县产品质量检验所 &lt;jys_qx@163.com&gt;⟧</td></tr>
<tr><td>⟦m 抄　送：褚晓倩 &lt;chuxq@qianshang-fs.com&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年11月4日（星期二）09:12⟧</td></tr></table>
<div class="fwd-note">⟦m -------- 以下为转发内容 --------⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attach-bar"><p>⟦a 📎 附件 2 个（共 1.1 MB）　全部下载⟧</p>
<p>⟦a 送检清单.xlsx　预览　下载⟧</p><p>⟦a 执行标准说明.pdf　预览　下载⟧</p></div>
</div>
<div class="mail-foot">⟦d 此邮件可能包含保密信息，如误收请立即删除并通知发件人。⟧</div>
</body></html>
""",
        body="""
倩溪县产品质量检验所：
我公司今年新开发的真丝刺绣肚兜和纯棉童装肚兜两个系列即将上市。为确保产品质量符合国家标准，现委托贵所对两个系列产品进行检测，有关事项函告如下：
一、检测项目：甲醛含量、pH值、色牢度、可分解致癌芳香胺染料，童装肚兜另加测绳带长度和附件抗拉强力。
二、样品数量：每个系列3个款式，每款送样4件，共24件。
三、时间要求：请于11月20日前出具检测报告，检测费用由我公司承担。
联系人：褚晓倩，电话：0579-6855 3021，邮箱：chuxq@qianshang-fs.com。
附件：1.送检样品清单
2.产品执行标准说明
倩裳服饰有限公司
2025年11月3日
""",
    ),
    dict(
        slug="mail-forward-zhulang-donation-letter-docx-text",
        site="逐浪板业转发邮件 (invented forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:office@xthyzy.edu.cn?fwd=20250923",
        title="关于捐赠冲浪训练器材的函",
        record_title="转给海院：关于捐赠冲浪训练器材的函.docx",
        date="2025-09-22",
        date_also=["2025-09-23"],
        notes="a forwarded mail as text: forward header, original sender and date, an attachment line; the "
        "letter's own contact; 成文日期 expected, the mail date also accepted",
        page="""
!m 主题：转给海院：关于捐赠冲浪训练器材的函.docx
!m 发件人：学院办公室 <office@xthyzy.edu.cn>
!m 收件人：海洋体育学院 <hytyxy@xthyzy.edu.cn>
!m 请海洋体育学院于本周内回复对方，确认交接时间。—— 学院办公室
!m ========== 原始邮件 ==========
!m 发件人：苗昔远 <miaoxy@zhulangboard.com>
!m 日期：2025年9月23日 10:47
!m 附件：关于捐赠冲浪训练器材的函.docx（26.4KB）
{T}
{BODY}
!d 本邮件由逐浪板业邮件系统发出，未经许可请勿转发给第三方。
""",
        body="""
偕涂海洋职业学院：
贵院海洋体育学院开设冲浪课程以来，为我县冲浪运动培养了一批教练和从业人员。我公司总经理贡一帆是贵院2012届毕业生，对母校冲浪课程的建设一直十分关心。
为支持贵院冲浪教学，我公司拟向贵院捐赠冲浪长板20块、软板30块、救生背心30件，总价值约26万元。器材计划于10月中旬送达，并安排技术人员现场讲解保养方法。
请贵院确认接收事宜，并告知具体的交接时间和联系人。
联系人：苗昔远，电话：0576-8512 6678。
逐浪板业有限公司
2025年9月22日
""",
    ),
]
