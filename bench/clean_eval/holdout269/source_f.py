"""holdout269, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (each once as HTML, once as text).
Invented text: counties, towns, people, firms, sites, URLs and phones are made up; see ../README.md
and ../build.py for the markup."""

CASES = [
    dict(
        slug="examforum-duxing-essay-winnower-rural-memory-jammer-html",
        site="笃行公考论坛 (invented, Discuz-like exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.duxinggk.com/thread-91833-1-1.html",
        title="一架风谷车里的乡愁与振兴",
        record_title="[申论练习] 一架风谷车里的乡愁与振兴（请各位研友斧正） - 申论作文区 - 笃行公考论坛",
        date=None,
        notes="an exam forum thread with jammer-font junk, a reply-to-see prompt, a QQ-group ad, a rating row and a "
        "relative post time (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[申论练习] 一架风谷车里的乡愁与振兴（请各位研友斧正） - 申论作文区 - 笃行公考论坛</title>
<style>.jammer{font-size:0;color:transparent}</style>
<script src="static/js/discuz.js"></script>
</head>
<body>
<div id="toptb">⟦m 笃行公考论坛　上岸路上有人同行⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 笃行公考论坛 › 申论天地 › 申论作文区⟧</div>
<div class="qqgroup">⟦w 2025省考申论冲刺群：QQ 731025548，进群领热点素材⟧</div>
<div class="post">
<h1>⟦t [申论练习] 一架风谷车里的乡愁与振兴（请各位研友斧正）⟧</h1>
<div class="authi">⟦m 备考第二年的阿楠　发表于 6 天前　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖附有批改版，回复后可见⟧</div>
<div class="rate">⟦l 评分　参与人数 3　笃行币 +15⟧</div>
<div class="po">⟦a 回复　支持　收藏⟧</div>
</div>
<div class="reply">⟦l 沙发　上岸锦鲤：分论点很清楚，结尾可以再升华一下⟧</div>
<div id="ft">⟦m 笃行公考论坛　Powered by Discuz! X3.4　京ICP备20036617号⟧</div>
</body>
</html>
""",
        p_html="{}<br /><br />",
        junk=dict(lines=1, glued=2),
        body="""
在不少乡村的农耕馆里，都能看到一架木头做的风谷车。它曾是稻作农家不可缺少的清选农具，如今却成了孩子们眼中的古董。一架风谷车，照见的不只是乡愁，更是乡村振兴应有的温度。
留住农具，是留住乡村的记忆。风谷车上的每一道刻痕，都记录着祖辈的辛劳。保护好这些老物件，就是为乡村留下可以触摸的历史。
用好农具，是激活乡村的资源。有的村把风谷车搬进研学课堂，让孩子们亲手摇一摇；有的村办起农耕体验游，带动了农家乐的生意。老物件在新场景里焕发了新价值。
传承精神，是乡村振兴的根本。风谷车扇去秕谷、留下实谷，启示我们做工作要去虚务实，像摇风谷车一样，一圈一圈摇出实实在在的成果。
让风谷车的风声继续响在田野上，乡村才会既有记忆，又有未来。
""",
    ),
    dict(
        slug="examforum-mianba-interview-shared-bottle-sterilizer-junk",
        site="面霸公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.mianbagk.com/bbs/t/20718.html",
        title="社区设共享奶瓶消毒点，有人点赞有人担心，你怎么看？",
        record_title="〈考场复盘〉社区设共享奶瓶消毒点，有人点赞有人担心，你怎么看？（我的作答，求点评） - 面试交流 - 面霸公考社区",
        date=None,
        notes="an exam forum thread as text: anti-scraping junk lines and glued junk, a relative time (no date), "
        "a level line, a course ad and replies",
        page="""
!m 面霸公考社区 » 面试交流 » 结构化作答
!t 〈考场复盘〉社区设共享奶瓶消毒点，有人点赞有人担心，你怎么看？（我的作答，求点评）
!m 楼主 青柠不酸　Lv.5 面试进阶　发表于 昨天 19:26
{BODY}
!a 觉得有帮助？点个赞再走
!l 1楼　岸上见：第二点说得很实，可以再举个例子
!l 2楼　海盐芝士：开头略长，建议直接亮观点
!w 面霸一对一面试模拟，名师点评，咨询微信 mianba_ms01
""",
        junk=dict(lines=2, glued=2),
        body="""
社区设置共享奶瓶消毒点，出发点是好的。不少年轻父母带孩子外出，奶瓶用完找不到地方清洗消毒，这一举措回应了群众的实际需求，体现了基层服务的细心。
但群众的担心也不无道理：消毒设备是否达标？谁来维护？会不会交叉感染？这些问题解决不好，好事也可能变成隐患。
要让好事办好，关键在三点。第一，设备选型要严格，采购符合卫生标准的消毒柜，并公示检测报告。第二，管理要到位，明确专人每天清洁、记录，定期请疾控部门抽检。第三，使用要规范，张贴操作指引，提醒家长用后及时取走奶瓶。
只有把细节做实，共享消毒点才能真正让家长放心、让群众满意。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-muyu-infobox-refs-html",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/木鱼/40127",
        title="木鱼",
        record_title="木鱼（打击乐器）_知源百科",
        date=None,
        notes="an encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued "
        "after 。; the entry name opens the body (the repeated title matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>木鱼（打击乐器）_知源百科</title>
<link rel="stylesheet" href="/static/wiki.css">
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="w-top">⟦m 知源百科⟧ <span>⟦m 人人可编的知识库⟧</span> <a>⟦a 登录⟧</a></div>
<div class="w-tabs">⟦a 词条　讨论　编辑本条　查看历史⟧</div>
<h1 class="w-title">{T}</h1>
<p class="w-sub">⟦m 打击乐器　同义词：梆子鱼（部分地区）⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：木鱼⟧</td></tr>
<tr><td>⟦m 类　别：体鸣乐器⟧</td></tr>
<tr><td>⟦m 材　质：樟木、桑木、香椿木等⟧</td></tr>
</table>
<div class="toc">⟦l 目录：1 概述　2 起源　3 形制　4 制作⟧</div>
<div class="w-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 民族乐器图说．岞溪：古镇出版社⟧</li><li>⟦l 峿溪县非遗名录汇编⟧</li></ol></div>
<div class="w-foot">⟦m 本词条浏览 8,512 次　最近编辑：4 天前　贡献者 11 人⟧ ⟦d 词条内容仅供参考，如有错误欢迎编辑修正。⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
木鱼是一种木制打击乐器，多用樟木、桑木或香椿木掏空制成，外形似鱼，腹部中空，用木槌敲击发声。⟦l [1]⟧
木鱼原为寺院法器，僧人诵经时敲击以统一节拍，相传取鱼昼夜不合眼之意，寓意勤勉。后来传入民间，成为戏曲、民乐和曲艺中常用的节奏乐器。
木鱼有大、中、小多种规格，大者直径可达五十厘米，小者仅如拳头。民乐合奏中常把五只或七只大小不同的木鱼排成一组，音高各异，可演奏简单旋律。⟦l [2]⟧
制作木鱼需经选料、阴干、开坯、掏膛、打磨、上漆等工序，其中掏膛决定音色，最考验手艺。
""",
    ),
    dict(
        slug="wiki-jujia-entry-dresser-title-line-missing",
        site="居家物语百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.jujiawuyu.com/baike/wudougui.html",
        title="五斗柜",
        record_title=None,
        date=None,
        notes="an encyclopaedia entry as text: no record title (the entry name on a line of its own, also opening "
        "the body: matched as head), edit links, a contributor line and an update stamp (no date)",
        page="""
!m 居家物语百科 · 家具词条
!m 百科首页 > 家具 > 柜类
{T}
!a 编辑　｜　添加图片　｜　纠错
!m 最近更新：昨天　编辑次数：19
{BODY}
!l 相关词条：三斗柜　床头柜　防倒装置
!m 词条贡献者：老屋新家 等7人
!d 居家物语百科内容由网友共同编辑，仅供参考。
""",
        body="""
五斗柜是一种有五个抽屉的柜类家具，也泛指由多层抽屉组成、高一米左右的储物柜，常放在卧室或客厅，用于收纳衣物和杂物。
五斗柜在我国城乡家庭中流行于二十世纪六七十年代，当时与大衣柜、写字台等一起，是不少家庭结婚时置办的家具。
五斗柜重心较高，抽屉全部拉开时容易向前倾倒。使用时应将柜体用防倒装置固定在墙上，不让儿童攀爬抽屉，重物宜放在底层抽屉。
""",
    ),
    dict(
        slug="netdisk-yunji-plan-winnower-restoration-pdf-marker-paras",
        site="云笈网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunji.cc/s/7QkdW2xa",
        title="风谷车修复工作方案",
        record_title="风谷车修复工作方案.pdf",
        date="2024-10-28",
        notes="a cloud-drive preview: a file-name record title, VIP prompts, an extraction code, page markers "
        "'❏ n ❏' as paragraphs cutting paragraphs; decimal headings 2.1–3.3; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>风谷车修复工作方案.pdf_免费高速下载|云笈网盘</title>
<link rel="stylesheet" href="https://s.yunji.cc/share/v5.css">
<script src="https://s.yunji.cc/share/v5.js"></script>
</head>
<body>
<div class="yj-head">⟦m 云笈网盘⟧ <a>⟦a 开通超级会员⟧</a> <a>⟦a 登录⟧</a></div>
<div class="yj-file">
<h2>⟦t 风谷车修复工作方案.pdf⟧</h2>
<p>⟦m 分享者：嵇川农耕　文件大小：1.3M　分享时间：5 天前⟧</p>
<p>⟦m 提取码：f7gc⟧</p>
<div class="yj-btns">⟦a 保存到网盘　下载　分享⟧</div>
</div>
<div class="yj-preview">
{BODY}
</div>
<div class="yj-vip">⟦a 非会员仅可预览前3页，开通超级会员查看全部⟧</div>
<div class="yj-foot">⟦d 请勿分享侵权、违法文件，云笈网盘将依法配合处理。⟧ ⟦m © 云笈网盘 yunji.cc⟧</div>
</body>
</html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="❏ {n} ❏", every=120, start=2),
        body="""
1 修复对象
本次修复对象为嵇川县农耕文化研究会普查登记的风谷车十二架，其中清代三架、民国六架、二十世纪五十年代以后三架。
2 修复原则
2.1 坚持最小干预，能加固的不更换，能修补的不重做。
2.2 更换构件须选用同种木材，并在隐蔽处标注修复年份。
3 修复内容
3.1 风箱：清除霉斑和虫蛀，补配缺失的箱板。
3.2 风叶：校正变形的叶片，更换断裂的转轴。
3.3 漏斗与插板：修补开裂处，恢复插板的启闭功能。
4 进度安排
2024年11月至2025年3月完成全部修复，每架修复后由研究会组织验收并拍照存档。
嵇川县农耕文化研究会
2024年10月28日
""",
    ),
    dict(
        slug="netdisk-kuaichuan-process-bench-docx-lone-markers",
        site="快传云盘 (invented)",
        style="网盘分享",
        genre="工艺说明",
        kind="other",
        form="text",
        source="https://www.kuaichuanpan.com/f/3kT9wq",
        title="条凳制作工艺说明",
        record_title="条凳制作工艺说明.docx",
        date=None,
        notes="a cloud-drive text preview with a file-name record title: page markers '⚉ 第n页 ⚉' on lines of their "
        "own cutting sentences, a save/download row, a preview limit; no date",
        page="""
!m 快传云盘 · 文件预览
!t 条凳制作工艺说明.docx
!m 大小：22.6KB　｜　来自：木匠老郑的分享　｜　2 天前
!a 转存　｜　下载　｜　用快传APP打开
{BODY}
!a 预览结束，完整文件请下载后查看
!d 快传云盘不对用户分享的内容负责，如发现侵权内容请点此举报。
""",
        pages=dict(fmt="⚉ 第{n}页 ⚉", every=70, start=2),
        body="""
一、选料
条凳宜选用杉木、松木或榆木，木料须自然干燥一年以上，含水率不高于百分之十五，无腐朽、无死节。
二、下料
凳面长一百八十厘米、宽二十二厘米、厚五厘米；凳腿四根，每根长五十厘米，截面五厘米见方。
三、开榫凿眼
凳面两端各凿两个斜眼，斜度以凳腿外撇八度为宜；凳腿上端开榫，榫头比眼略大半毫米，敲入后紧密无缝。
四、组装
先装凳腿，再装横撑，榫卯接合处不用铁钉，可加木楔收紧。
五、打磨上油
整体用二百四十目砂纸打磨，边角倒圆，最后刷两遍桐油，阴干七天后方可使用。
""",
    ),
    dict(
        slug="snapshot-xunlu-notice-muyu-heritage-week-html",
        site="寻路搜索 snapshot of 栘山县文化馆 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.xunlu.com/c?u=ysxwhg-2025-0512-118",
        title="关于举办木鱼制作技艺非遗体验周活动的通知",
        record_title="栘山县文化馆｜关于举办木鱼制作技艺非遗体验周活动的通知（寻路快照）",
        date="2025-05-12",
        notes="a search engine's snapshot frame: a capture banner with its time (no date), highlighted keywords, a "
        "view-original link; the original site's header and footer inside; the notice's booking phone beside the "
        "site's office phone; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>栘山县文化馆｜关于举办木鱼制作技艺非遗体验周活动的通知（寻路快照）</title>
<style>.hl{background:#ff6}</style>
<script src="http://snapshot.xunlu.com/static/highlight.js"></script>
</head>
<body>
<div class="snap-banner">
<p>⟦d 寻路搜索快照：本页于2025年5月20日 03:12被抓取，可能已不是最新内容⟧ <a>⟦a 查看原网页⟧</a></p>
<p>⟦d 下列检索词已标黄：木鱼　体验周⟧</p>
</div>
<div class="orig">
<div class="hd">⟦m 栘山县文化馆　群众文化的家⟧</div>
<div class="nav">⟦m 首页　场馆介绍　活动预告　非遗保护　公共服务⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="info">⟦m 来源：非遗部　点击：415⟧</p>
<div class="txt">
{BODY}
</div>
</div>
<div class="ft">⟦m 栘山县文化馆　办公室电话：0743-6612300　湘ICP备16020071号⟧</div>
</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
各学校、社区及广大市民朋友：
为推动非物质文化遗产保护传承，县文化馆定于2025年5月17日至23日举办木鱼制作技艺非遗体验周活动。现将有关事项通知如下：
一、活动地点：县文化馆一楼非遗展示厅。
二、活动内容：木鱼制作技艺展示、传承人现场讲解、小木鱼彩绘体验。
三、参加方式：个人可现场参加；学校、社区组织集体参观的，请提前三天电话预约，每批不超过四十人。
预约电话：0743-6612376
栘山县文化馆
2025年5月12日
""",
    ),
    dict(
        slug="snapshot-qianxun-text-cache-bottle-spotcheck-table",
        site="千寻搜索 text cache of 嵁阳县市场监督管理局 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.qianxun.cn/text?k=kyscjg-20250806",
        title="关于2025年婴幼儿奶瓶质量监督抽检结果的通告",
        record_title="关于2025年婴幼儿奶瓶质量监督抽检结果的通告【千寻缓存·文字版】",
        date="2025-08-06",
        notes="a text-only cache: a cache banner with a crawl time (no date), the original site's lines, a results "
        "table (one row a paragraph), 12315 in the body; 成文日期 under the signature",
        page="""
!d 【千寻缓存·文字版】抓取于 2025-08-19 04:51，图片与样式已省略，原页面可能已更新
!a 返回原始页面　｜　查看带格式的快照
!m 嵁阳县市场监督管理局
!m 首页 > 信息公开 > 抽检信息
{T}
!m 发布机构：县市场监管局　字号：大 中 小
{BODY}
!m 嵁阳县市场监督管理局主办　联系电话：0744-8320155
""",
        indent="\u3000\u3000",
        body="""
根据年度产品质量监督抽查计划，县市场监督管理局对全县销售的婴幼儿奶瓶开展了监督抽检，共抽检二十批次，合格十八批次，不合格二批次。现将不合格产品通告如下：
产品名称　标称生产单位　不合格项目
宽口玻璃奶瓶　某日用品厂（标称）　容量偏差
婴儿PP奶瓶　未标注　标识标签
对抽检不合格的产品，县市场监督管理局已责令经营者立即下架，并依法立案调查。消费者如发现问题奶瓶，可拨打12315投诉举报。
嵁阳县市场监督管理局
2025年8月6日
""",
    ),
    dict(
        slug="print-weiyuan-museum-notice-winnower-area-closure-html",
        site="洈源市农耕文化博物馆 print view (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.wynggbwg.cn/print.aspx?id=1187",
        title="关于农耕体验区暂停开放的通知",
        record_title="[打印预览·A4] 关于农耕体验区暂停开放的通知",
        date="2025-08-07",
        notes="a museum's print view calling window.print(): a print-time line and the page's address at the top, "
        "a print/close row and a print footer '☐ 第1页 ／ 共1页 ☐' closing the page; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[打印预览·A4] 关于农耕体验区暂停开放的通知</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 打印　｜　关闭本窗口⟧</div>
<div class="ph">⟦m 洈源市农耕文化博物馆⟧</div>
<div class="ph2">⟦m 打印于：2025-08-09 16:20　本页地址：https://www.wynggbwg.cn/news.aspx?id=1187⟧</div>
<h2>{T}</h2>
<div class="pc">
{BODY}
</div>
<div class="pf">⟦p ☐ 第1页 ／ 共1页 ☐⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
广大观众朋友：
因我馆农耕体验区的风谷车、石磨、水车等展品需进行年度检修保养，体验区将于2025年8月11日至8月24日暂停开放，其间基本陈列展厅照常开放。
检修期间，原定在体验区开展的“摇风谷”研学课程调整到陈列展厅以讲解形式进行，已预约的团队无需重新预约。
体验区恢复开放后，将新增两架修复完成的清代风谷车供观众体验。给您带来的不便，敬请谅解。
洈源市农耕文化博物馆
2025年8月7日
""",
    ),
    dict(
        slug="print-wuxi-culture-centre-rules-instrument-loans",
        site="峿溪县文化馆 print view (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.wxwhg.cn/zcfg/print_2031.html",
        title="峿溪县文化馆民族乐器借用管理办法",
        record_title="〔可直接打印〕峿溪县文化馆民族乐器借用管理办法",
        date=None,
        notes="a print view of rules as text: a print-time line and the page's address at the top, 第N条 articles, "
        "a print/close row and a print footer '⇋ 1 ⁄ 1 ⇋'; no date (only an effective clause)",
        page="""
!m 峿溪县文化馆
!m 打印时间：2025-06-30 10:05　原文地址：http://www.wxwhg.cn/zcfg/2031.html
{T}
{BODY}
!a 〖打印本页〗　〖关闭〗
!p ⇋ 1 ⁄ 1 ⇋
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范馆藏民族乐器借用管理，更好地服务群众文化活动，制定本办法。
第二条　本办法所称民族乐器，包括木鱼、堂鼓、锣、钹、二胡、琵琶等馆藏乐器。
第三条　全县各文艺团队、学校和社区因演出、排练需要，可向本馆申请借用乐器，借期一般不超过十五天。
第四条　借用木鱼等打击乐器的，应当在归还时当面试音，发现开裂、音色改变的，借用人应当说明情况。
第五条　借用乐器损坏、遗失的，借用人按照评估价值赔偿。
第六条　本办法自发布之日起施行。
""",
    ),
    dict(
        slug="webmail-liping-letter-muyu-order-attachment-bar-html",
        site="荔坪区文化馆 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lpqwhg.cn/read?mid=ZC3409-2025040310",
        title="关于定制演出用木鱼的函",
        record_title="Fwd: 关于定制演出用木鱼的函",
        date="2025-04-02",
        date_also=["2025-04-03"],
        notes="a webmail reading view: a forwarded header (sender, send time, recipient, subject), an attachment bar "
        "with download and preview links beside the letter's own 附件 list, the letter's own contact, "
        "reply/forward buttons; the letter's date expected, the send date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Fwd: 关于定制演出用木鱼的函 - 荔坪区文化馆邮箱</title>
<link rel="stylesheet" href="/webmail/css/read.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="mb-top">⟦m 荔坪区文化馆邮箱　wenyibu@lpqwhg.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="mb-tools">⟦a 返回　回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mb-head">
<h3>⟦t Fwd: 关于定制演出用木鱼的函⟧</h3>
<p>⟦m 发件人：魏小棠 &lt;weixiaotang@lpqwhg.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月3日（星期四）上午10:21⟧</p>
<p>⟦m 收件人：陈记木鱼作坊 &lt;chenji_muyu@126.com&gt;⟧</p>
</div>
<div class="mb-fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 原发件人：荔坪区文化馆办公室 &lt;bgs@lpqwhg.cn&gt;　原发送时间：2025年4月2日 17:05⟧</div>
<div class="mb-body">
{BODY}
</div>
<div class="mb-attach">⟦a 附件（2 个）：木鱼音高及尺寸参考表.xlsx（18K）下载 预览　演出器材采购说明.pdf（96K）下载 预览⟧</div>
<div class="mb-foot">⟦d 此邮件由荔坪区文化馆邮件系统发送，如非本人收件请删除。⟧</div>
</body>
</html>
""",
        p_html='<div style="line-height:1.7">{}</div>',
        body="""
陈记木鱼作坊：
我馆民乐团拟于今年国庆期间排演木鱼合奏节目，需定制演出用木鱼一套。经了解，贵作坊制作的木鱼音色纯正、做工精细，现函商定制事宜如下：
一、定制数量：七只一组，共两组，音高由我馆乐队指挥现场确定。
二、材质要求：香樟木，整木掏膛，外表清漆，不作彩绘。
三、交货时间：2025年7月31日前交货，交货前请通知我馆派人试音验收。
请于4月15日前回复报价，报价单可扫描后发至我馆邮箱。
联系人：文艺部　魏小棠　电话：0745-2337016
附件：1.木鱼音高及尺寸参考表
2.荔坪区文化馆演出器材采购说明
荔坪区文化馆
2025年4月2日
""",
    ),
    dict(
        slug="mail-forward-text-bottle-recall-dealers-cc-docx",
        site="forwarded mail from 洈源母婴商贸 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://wymysm.com/inbox/2025-01-24/0947",
        title="关于召回部分批次PPSU奶瓶的通知",
        record_title="转发：关于召回部分批次PPSU奶瓶的通知.docx",
        date="2025-01-23",
        date_also=["2025-01-24"],
        notes="a forwarded mail as text with a file-name record title: the mail's 抄送 header beside the document's own "
        "抄送 line at its end, an original-message separator, the mail's attachment line; the notice's date "
        "expected, the send date also accepted",
        page="""
!m 发件人：周立（洈源母婴商贸）<zhouli@wymysm.com>
!m 发送时间：2025年1月24日 09:47
!m 收件人：各门店店长 <dianzhang@wymysm.com>
!m 抄送：财务部 <cw@wymysm.com>
!t 主题：转发：关于召回部分批次PPSU奶瓶的通知.docx
!m 附件：召回登记表.xlsx（12KB）
!m ------------------ 原始邮件 ------------------
!m 发件人：柔贝销售客服部 <kefu@roubei-baby.com>
{T}
{BODY}
!d 本邮件及附件含商业信息，仅限收件人内部使用，请勿外传。
""",
        body="""
各经销商、门店：
根据《关于部分批次PPSU奶瓶主动召回的公告》，公司决定自即日起召回批号为RB2411A07、RB2411A08、RB2412A02的180毫升宽口PPSU奶瓶。请各经销商、门店做好以下工作：
一、立即清点库存，上述批次产品全部下架封存，不得继续销售。
二、顾客持上述批次产品到店的，一律免费更换新品，并做好登记。
三、每周五前将召回登记表发送至销售公司客服部，公司按登记数量补发新品。
柔贝母婴用品销售有限公司
2025年1月23日
抄送：洈源柔贝母婴用品有限公司品质部
""",
    ),
]
