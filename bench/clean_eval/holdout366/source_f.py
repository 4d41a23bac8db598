"""holdout366, part F: personal collections, encyclopaedias, search snapshots, print views and
forwarded mails. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="anthology-lu-memoir-grandfather-bottle-gb2312",
        site="鲁砚秋文集 (invented, old gb2312 personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.luyanqiu.example.net/shaju/011.htm",
        title="外公的漂流瓶",
        record_title="《沙咀旧事》拾壹：外公的漂流瓶",
        date=None,
        notes="a retired teacher's collection in an old gb2312 table layout: marquee, 繁體 link, chapter links, visitor counter, the author's "
        "mailbox; a memoir ending with a 写于 line and no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《沙咀旧事》拾壹：外公的漂流瓶</title>
<script language="JavaScript" src="../js/counter.js"></script>
</head>
<body bgcolor="#F6F1E4" text="#333333">
<table width="780" border="0" align="center" cellpadding="4">
<tr><td><font size="5">⟦m 鲁砚秋文集⟧</font>　⟦m 一个老教书匠的纸上故乡⟧</td>
<td align="right"><a href="big5/011.htm">⟦a 繁體閱讀⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="2">⟦d 本文集文字均为作者原创，转载请先来信征得作者同意⟧</marquee></td></tr>
<tr><td colspan="2">⟦m 文集首页 → 沙咀旧事 → 第十一则⟧</td></tr>
</table>
<table width="780" border="1" align="center" cellpadding="12" bordercolor="#C9B98F">
<tr><td>
<p align="center"><b>⟦t 《沙咀旧事》拾壹：外公的漂流瓶⟧</b></p>
{BODY}
</td></tr>
</table>
<table width="780" align="center"><tr>
<td><a href="010.htm">⟦l 上一则：晒网的秋天⟧</a></td>
<td align="center"><a href="index.htm">⟦l 回到《沙咀旧事》目录⟧</a></td>
<td align="right"><a href="012.htm">⟦l 下一则：码头上的钟⟧</a></td>
</tr></table>
<table width="780" align="center"><tr><td align="center">
⟦w 读后有话想说，请写信至 luyanqiu_sz@example.net⟧<br>
⟦m 本文集累计访问：0012873 人次⟧
</td></tr></table>
</body>
</html>
""",
        body="""
外公年轻时是沙咀村的渔民，出一趟海少则三五天，多则半个月。
外婆说，外公有个旁人不知道的习惯：每次出远海，他都会在船上写一张小纸条，塞进空酒瓶里，扔进海里。纸条上没写什么大事，不过是“今天风大”“网里有条大黄鱼”之类的话。
我问外公，写了谁能看到呢？外公抽着旱烟说，不图谁看到，海上太闷，写几句话心里就敞亮了。
外公去世后，我们在他的旧木箱里找到一只没有扔出去的瓶子，里面的纸条上只有一句话：“老婆子，今年收成好，回去给你扯块花布。”
外婆把那只瓶子摆在柜子上，一摆就是十几年。
写于沙咀老屋
""",
    ),
    dict(
        slug="anthology-taijie-essay-film-thickness",
        site="苔阶小集 (invented, personal collection as text)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://taijie.example.org/ji2/07.html",
        title="一张膜的厚度",
        record_title="一张膜的厚度【苔阶小集·杂感篇】",
        date=None,
        notes="an essay in a collection: a relative add time, chapter navigation, a like prompt and a rights line; no date",
        page="""
!m 苔阶小集 · 个人文集
!m 目录 ＞ 第二辑　杂感
!t 一张膜的厚度【苔阶小集·杂感篇】
!m 作者：阶前听雨　｜　本篇约400字　｜　添加于 2 个月前
{BODY}
!l ← 上一篇：旧收音机　　下一篇：菜市场的秤 →
!a 喜欢这篇文字？点亮 ♡ 告诉作者
!d 本文集所有文字版权归作者所有，谢绝未经许可的转载。
""",
        indent="\u3000\u3000",
        body="""
父亲七十岁那年，我给他换了一部大屏手机。拿到手的第一件事，他就让我带他去贴膜。
我说现在的屏幕很结实，不贴也行。他不依，说新东西要护着，就像当年买了自行车，先要用布条把车梁缠上一圈。
贴膜的小伙子手很巧，对准、按压、刮平，一分钟就好了。父亲戴上老花镜，把手机举到窗边看了又看，确认没有一个气泡，才满意地揣进口袋。
后来那张膜碎过两次，每次他都自己去店里换，说十五块钱换个安心。
我有时想，父亲护着的，也许不只是一块屏幕。那一层薄薄的膜，是他那一代人对生活的小心翼翼，也是他对儿女送的东西格外的珍惜。
""",
    ),
    dict(
        slug="wiki-shiwu-entry-laptop-stand-h1-refs",
        site="识物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.shiwu.example.com/item/笔记本支架/20881",
        title="笔记本支架",
        record_title=None,
        date=None,
        notes="no record title: the entry name in the <h1> (its <title> is only the site name); tabs, infobox, contents box, "
        "an edit-section link, reference markers glued after sentences; the entry name opens the body (matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>识物百科 - 日常物品知识库</title>
<script src="/static/wiki/entry.js"></script>
</head>
<body>
<div class="sw-top"><span>⟦m 识物百科⟧</span><span>⟦m 认识身边每一件东西⟧</span><a>⟦a 登录后参与编写⟧</a></div>
<div class="sw-tabs"><a>⟦a 查看⟧</a> <a>⟦a 修改词条⟧</a> <a>⟦a 讨论区⟧</a> <a>⟦a 修订记录⟧</a></div>
<h1>{T}</h1>
<div class="infobox">
<p>⟦m 外文名：laptop stand⟧</p>
<p>⟦m 别　称：笔记本电脑架⟧</p>
<p>⟦m 类　别：办公用品⟧</p>
<p>⟦m 常见材质：铝合金、塑料、竹木⟧</p>
</div>
<div class="toc"><h4>⟦l 目录⟧</h4><p>⟦l 1 分类⟧</p><p>⟦l 2 材料⟧</p><p>⟦l 3 使用建议⟧</p></div>
<div class="entry">
{BODY}
</div>
<div class="refs"><h4>⟦l 参考资料⟧</h4>
<p>⟦l [1] 办公人体工学设计手册，第3章⟧</p>
<p>⟦l [2] 视屏作业人员颈肩健康调查报告⟧</p></div>
<div class="sw-foot">⟦m 词条浏览 19,244 次　最近修订：3 天前⟧ ⟦d 识物百科词条由网友编写，仅供参考⟧</div>
</body>
</html>
""",
        body="""
笔记本支架是用于抬高笔记本电脑屏幕、改善使用姿势和散热条件的办公用品，又称笔记本电脑架、笔记本增高架。⟦l [1]⟧
按结构可分为固定式、折叠式和升降式三类。固定式结构简单、稳定性好；折叠式便于携带；升降式可在较大范围内调节高度，常见于办公场所。⟦a [改写此段]⟧
常用材料有铝合金、ABS工程塑料、竹木和钢材等。铝合金支架强度高、散热好，塑料支架重量轻、价格低。
使用时，一般建议将屏幕上沿调至与眼睛平齐或略低，并配合外接键盘和鼠标使用，以减少长时间低头对颈椎造成的负担。⟦l [2]⟧
""",
    ),
    dict(
        slug="wiki-bowen-entry-drift-bottle-decorated",
        site="博闻百科 (invented, text view)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.bowenbaike.example.com/wiki/漂流瓶",
        title="漂流瓶",
        record_title="漂流瓶（民俗与通信方式）- 博闻百科",
        date=None,
        notes="an entry as text: edit/add-sense/collect row, counters with a relative revision time, contents line, references and "
        "related entries under the text; the entry name opens the body; no date",
        page="""
!m 博闻百科 · 开放的中文知识平台
!t 漂流瓶（民俗与通信方式）- 博闻百科
!a ✎ 编写词条　✚ 添加义项　☆ 收藏本词条
!m 浏览 28,406 次　·　最近修订：4 天前　·　参与编辑 19 人
!l 目录：1 概述　2 用途　3 演变　4 环境影响
{BODY}
!l 参考资料：[1] 海洋观测方法概论　[2] 沿海地区海漂垃圾治理报告
!l 相关词条：瓶中信 · 洋流 · 海漂垃圾
!m 本词条内容由博闻百科用户共同编辑，最后审核：科普编辑组
""",
        body="""
漂流瓶是一种将书信或物品封装在瓶中、投入海洋或河流任其漂流的传信方式，拾获者可据瓶中信息与投放者取得联系。
漂流瓶曾被航海者用于传递遇险信息，也被海洋学者用来研究洋流。研究人员在瓶中放入注明投放时间、地点的卡片，根据拾获地点推算表层洋流的方向和速度。
近代以来，漂流瓶逐渐成为一种寄托情感的浪漫方式，相关故事常见于文学作品和新闻报道。
由于玻璃瓶、塑料瓶长期漂流可能造成海洋污染，不少沿海地区已不提倡随意投放漂流瓶，部分科研机构改用可降解外壳和电子定位装置。
""",
    ),
    dict(
        slug="snapshot-tanzhen-school-notice-tablet-films",
        site="探针搜索网页快照 (invented) / 铄湖区实验中学",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.tanzhen.example.com/c?u=http%3A%2F%2Fwww.shsyzx.example.edu.cn%2Fjwc%2F2025%2F0915%2F208.html",
        title="关于学生平板电脑统一更换钢化膜的通知",
        record_title="探针搜索 · 快照 | 关于学生平板电脑统一更换钢化膜的通知",
        date="2025-09-15",
        notes="a snapshot frame: capture banner and highlighted terms (no date), then the school page; the school's own contact in the body "
        "beside the school office's line; a numbered list; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>探针搜索 · 快照 | 关于学生平板电脑统一更换钢化膜的通知</title>
<base href="http://www.shsyzx.example.edu.cn/jwc/2025/0915/">
</head>
<body>
<div class="tz-cache" style="background:#fffbe6;border-bottom:1px solid #e0d39b">
<p>⟦d 这是探针搜索于 2025-09-20 11:03 存下的页面快照，原网页可能已经更新⟧</p>
<p><a href="http://www.shsyzx.example.edu.cn/jwc/2025/0915/208.html">⟦a 点此查看原网页当前内容⟧</a></p>
<p>⟦m 下列搜索词已高亮显示：平板 钢化膜⟧</p>
</div>
<div class="school-head"><span>⟦m 镠州市铄湖区实验中学⟧</span><span>⟦m 教务处⟧</span></div>
<div class="school-nav">⟦m 学校首页⟧ ⟦m 教务管理⟧ ⟦m 德育天地⟧ ⟦m 校园新闻⟧</div>
<div class="school-art">
<h2>{T}</h2>
<div class="info">⟦m 发布：教务处　阅读：1,075⟧</div>
{BODY}
</div>
<div class="school-foot">⟦m 学校办公室：0739-2183500　地址：镠州市铄湖区求知路5号⟧</div>
</body>
</html>
""",
        body="""
各班主任、各位家长：
本学期初，学校对七、八年级学生使用的教学平板电脑进行了检查，发现约三成平板的屏幕保护膜已有划痕、翘边，影响课堂使用。经研究，学校决定统一为学生平板更换钢化膜。现将有关事项通知如下：
1. 更换时间：9月22日至9月26日，按班级轮流进行，具体时间由班主任通知。
2. 更换费用：由学校公用经费承担，不向学生收取任何费用。
3. 请家长提醒孩子更换当天将平板带到学校，并提前备份个人学习资料。
如有疑问，请联系教务处吕老师，电话：0739-2183562。
镠州市铄湖区实验中学教务处
2025年9月15日
""",
    ),
    dict(
        slug="snapshot-shisui-letter-bottles-oneline-cc-cn-date",
        site="拾穗搜索文字快照 (invented) / 冽川县海洋与渔业局",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="https://snap.shisui.example.com/text?id=7f22a0c91e&url=liechuan.example.gov.cn",
        title="关于商请协助开展漂流瓶洋流观测投放工作的函",
        record_title="关于商请协助开展漂流瓶洋流观测投放工作的函 - 拾穗搜索文字快照",
        date="2025-09-26",
        notes="a text-only cache: original URL, crawl line (no date), keyword line; the whole letter on one line; its own contact, "
        "an 抄送 line and a 成文日期 in Chinese numerals",
        page="""
!m 拾穗搜索 · 文字快照
!m 原网址：http://www.liechuan.example.gov.cn/hyyj/gkml/202509/t20250928_88214.html
!d 拾穗搜索只保存网页文字内容，与原网页无关；抓取时间：9月30日 06:12
!m 您查询的关键词：漂流瓶 洋流 观测
{T}
{BODY}
!m 冽川县海洋与渔业局 版权所有　联系电话：0748-6181230
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
冽川县海洋与渔业局：
我院海洋科学学院拟于今年十月开展近岸表层洋流观测实验，计划在冽川县沙咀海域投放可降解观测漂流瓶60只。为确保投放工作安全、规范，特商请贵局给予以下协助：
一、协助确定投放点位，避开航道、养殖区和渔业作业区。
二、协调一艘渔政船或渔船配合投放，所需费用由我院承担。
三、对拾获的观测瓶，如有渔民交至贵局，请代为保管并告知我院。
联系人：海洋科学学院　汤一禾，电话：0739-2196327。
盼复。
镠州海洋职业学院
二〇二五年九月二十六日
抄送：冽川县沙咀镇人民政府
""",
    ),
    dict(
        slug="print-liechuan-circular-film-stalls-footer",
        site="冽川县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.liechuan.example.gov.cn/print.jsp?id=20250825_3319",
        title="关于车站周边手机贴膜摊点价格检查情况的通报",
        record_title="〔A4打印稿·无底色〕关于车站周边手机贴膜摊点价格检查情况的通报",
        date="2025-08-25",
        notes="a print view calling window.print(): print header with address and print time (no date), print/close buttons, "
        "a print footer ⋍ 页码 1/1 ⋍; an 印发 line closes the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔A4打印稿·无底色〕关于车站周边手机贴膜摊点价格检查情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint"><button onclick="window.print()">⟦a 立刻打印⟧</button> <button onclick="window.close()">⟦a 关掉窗口⟧</button></div>
<div class="p-head">⟦m 冽川县市场监督管理局 · 打印稿⟧</div>
<div class="p-url">⟦m 原文地址：http://scjg.liechuan.example.gov.cn/tzgg/20250825_3319.html⟧</div>
<div class="p-time">⟦m 打印于 2025-08-29 16:07⟧</div>
<h2>⟦t 〔A4打印稿·无底色〕关于车站周边手机贴膜摊点价格检查情况的通报⟧</h2>
{BODY}
<div class="p-foot">⟦p ⋍ 页码 1/1 ⋍⟧</div>
</body>
</html>
""",
        body="""
各市场监管所：
8月中旬，局价格监督检查科会同县城市管理局，对县汽车站、火车站及周边区域的手机贴膜摊点开展了价格专项检查。现将检查情况通报如下：
一、基本情况。此次共检查流动摊点和门店19家，其中明码标价规范的11家，未明码标价的6家，存在价格欺诈行为的2家。
二、处理情况。对未明码标价的6家经营者当场责令改正；对以“纳米膜”“钻石膜”名义在标价外加价的2家经营者，依法立案调查，并责令退还多收价款共计1080元。
三、工作要求。各所要将车站、景区、商圈周边贴膜摊点纳入日常巡查，对群众反映强烈的强买强卖问题，会同公安、城管等部门联合处置。
冽川县市场监督管理局
2025年8月25日
冽川县市场监督管理局办公室　　2025年8月25日印发
""",
    ),
    dict(
        slug="print-keshan-plan-workstations-decimal-footer",
        site="轲山县机关事务服务中心 (invented, print view as text)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://gsfw.keshan.example.gov.cn/print/2025/0303/15.html",
        title="轲山县机关办公区人体工学改造实施方案",
        record_title="轲山县机关办公区人体工学改造实施方案（归档留底·单面）",
        date="2025-03-03",
        notes="a print view as text: print time and source line at the top, print/close row and a print footer ⊧ 1／1 ⊧ at the bottom; "
        "decimal headings 1–3.3; 成文日期",
        page="""
!m 轲山县机关事务服务中心
!m 打印时间：2025/03/12 10:24　｜　本页来源：gsfw.keshan.example.gov.cn
!t 轲山县机关办公区人体工学改造实施方案（归档留底·单面）
{BODY}
!a ［ 马上打印本方案 ］　［ 返回原文 ］
!p ⊧ 1／1 ⊧
""",
        body="""
为改善机关干部办公条件，预防长期伏案工作导致的颈肩腰疾病，县机关事务服务中心决定在县委、县政府办公区开展人体工学改造，特制定本方案。
1 改造范围
1.1 县委、县政府办公大楼内使用笔记本电脑办公的工位，共计286个。
1.2 会议室、档案室等公共区域暂不纳入。
2 改造内容
2.1 为每个工位配备可调节笔记本支架1个、外接键盘鼠标1套。
2.2 对高度不合适的座椅进行更换或加装脚踏。
3 实施步骤
3.1 3月中旬完成需求摸底，各单位将工位数量报县机关事务服务中心。
3.2 4月底前完成采购和安装。
3.3 5月组织使用培训和满意度调查。
轲山县机关事务服务中心
2025年3月3日
""",
    ),
    dict(
        slug="webmail-archives-letter-order-stands-docx-cc",
        site="镠州政务邮 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lzgov.example.cn/webmail/read?mid=20250710091244_8821",
        title="关于订购档案数字化工位笔记本支架的函",
        record_title="关于订购档案数字化工位笔记本支架的函-已签章.docx",
        date="2025-07-08",
        date_also=["2025-07-10"],
        notes="a webmail reading view: forwarded header lines (the send date differs from the 成文日期), an attachment bar beside the letter's "
        "own 附件 list, the letter's own 抄送 line beside the header's 抄送, its contact and mailbox",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>镠州政务邮 - 读信</title>
<script src="/webmail/js/readmail.js"></script>
</head>
<body>
<div class="wm-top"><span>⟦m 镠州政务邮⟧</span> <span>⟦m xinglan_dag@example.cn⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="wm-left">⟦m 收件箱 (3)⟧ ⟦m 草稿箱⟧ ⟦m 已发送⟧ ⟦m 通讯录⟧</div>
<div class="wm-bar"><button>⟦a 回复⟧</button> <button>⟦a 回复全部⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 删除⟧</button></div>
<div class="wm-head">
<p>⟦t 主题：关于订购档案数字化工位笔记本支架的函-已签章.docx⟧</p>
<p>⟦m 发件人：邢蓝 &lt;xinglan_dag@example.cn&gt;⟧</p>
<p>⟦m 收件人：轻擎科技销售部 &lt;sales@qingqing.example.com&gt;⟧</p>
<p>⟦m 抄　送：档案馆财务科 &lt;caiwu_dag@example.cn&gt;⟧</p>
<p>⟦m 时　间：2025年7月10日（星期四）上午9:12⟧</p>
</div>
<div class="wm-body">
<p>⟦m ====== 以下为转发的函件正文 ======⟧</p>
{T}
{BODY}
</div>
<div class="wm-att">
<p>⟦a 📎 附件 2 个（共 58.3K）　全部打包下载⟧</p>
<p>⟦a 关于订购档案数字化工位笔记本支架的函-已签章.docx（32.5K）　预览　下载⟧</p>
<p>⟦a 订购清单及送货须知.xlsx（25.8K）　预览　下载⟧</p>
</div>
<div class="wm-foot">⟦d 镠州政务邮仅用于传递非涉密工作信息⟧</div>
</body>
</html>
""",
        body="""
镠州市轻擎科技有限公司：
我馆档案数字化加工中心近期新增扫描工位20个，需配置可调节笔记本支架。经比选，拟向贵公司订购QX-Lift 3型铝合金升降笔记本支架20个，单价98元，合计1960元。请于7月20日前送货至我馆二楼数字化加工中心，并随货提供发票和产品合格证。
附件：1.订购清单
2.收货地址及送货须知
联系人：档案馆办公室　邢蓝，电话：0739-2125806，邮箱：xinglan_dag@example.cn
镠州市档案馆
2025年7月8日
抄送：镠州市档案馆财务科
""",
    ),
    dict(
        slug="mail-forward-museum-time-capsule-bottles",
        site="冽川政务邮箱 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:wlj_office@liechuan.example.gov.cn?msgid=20250421084702.3391",
        title="关于征集“寄往2035年的漂流瓶”时光信件的通知",
        record_title="转给各馆：关于征集“寄往2035年的漂流瓶”时光信件的通知",
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="a forwarded mail as text: the forwarder's headers and a forwarding note (neutral), the original headers, the notice with "
        "its contact; the forward's date differs from the 成文日期",
        page="""
!m 发件人：县文旅局办公室 <wlj_office@liechuan.example.gov.cn>
!m 收件人：各乡镇文化站；县直学校联络员
!m 日期：2025年4月21日 8:47
!t 主题：转给各馆：关于征集“寄往2035年的漂流瓶”时光信件的通知
各位：县博物馆的通知转给大家，请按要求组织征集。——文旅局办公室 小庞
!m ＞＞＞＞ 转发内容如下 ＞＞＞＞
!m 发件人：“冽川县博物馆” <bwg@liechuan.example.gov.cn>
!m 发送时间：2025年4月18日(星期五) 下午3:20
{BODY}
!d 此邮件由冽川政务邮箱系统代发，请勿直接回复本地址。
!a 不想再收到县文旅系统通知邮件？点此退订
""",
        body="""
各乡镇文化站、县直各学校：
为纪念冽川县博物馆开馆十周年，我馆将举办“寄往2035年的漂流瓶”时光信件征集活动，邀请全县群众给十年后的自己、家人或家乡写一封信。现将有关事项通知如下：
一、征集时间：即日起至5月31日。
二、参与方式：信件手写或打印均可，装入统一发放的纸质“漂流瓶”信封，由各文化站、学校汇总后送至县博物馆。
三、信件保存：所有信件将封存在博物馆“时光漂流瓶”展柜中，于2035年开馆二十周年时统一开启，届时通知写信人领取或寄回。
联系人：县博物馆社教部　卜雨桐，电话：0748-6120548。
冽川县博物馆
2025年4月18日
""",
    ),
]
