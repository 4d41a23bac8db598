"""holdout258, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Everything here is invented; see ../README.md and ../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="dengan-exam-forum-essay-crate-revival",
        site="登岸备考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.dengan-bk.com/thread-930127-1-1.html",
        title="一只箩筐里的乡村振兴",
        record_title="【大作文自测】一只箩筐里的乡村振兴（1200字限时版）｜申论交流区｜登岸备考",
        date=None,
        notes="an exam forum: a reply-to-see prompt, a QQ-group ad line of its own between paragraphs, a rating row, "
        "a signature; a 申论 essay with no date (发表于 4 天前)",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>【大作文自测】一只箩筐里的乡村振兴（1200字限时版）｜申论交流区｜登岸备考</title>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 登岸备考论坛 · 一起上岸⟧ <a>⟦a 签到领积分⟧</a> <a>⟦a 登录⟧</a></div>
<div id="pt">⟦m 登岸备考 › 申论专区 › 申论交流区⟧</div>
<h1>⟦t 【大作文自测】一只箩筐里的乡村振兴（1200字限时版）⟧</h1>
<div class="pls">⟦m 逢考必过的阿秋　Lv.5 备考达人⟧</div>
<div class="authi">⟦m 发表于 4 天前　|　楼主⟧</div>
<div class="t_f">
<p><b>{T}</b></p>
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 3 人　登岸值 +9　“结构清楚，论证还可以再展开”⟧</div>
<div class="sign">⟦m 三战申论，今年一定要上岸！⟧</div>
<div id="ft">⟦m 登岸备考论坛　浙ICP备18041107号-2⟧</div>
</body>
</html>
""",
        body="""
在秣溪县的乡间，一只竹编箩筐曾是家家户户的必需品，挑谷、装菜、运肥都离不开它。后来塑料筐、编织袋多了，篾匠们纷纷放下了篾刀。可就在这两年，箩筐又“火”了：改成果篮、收纳筐，走进直播间，卖进了城市家庭。
一只箩筐的沉浮，折射出乡村产业的出路。老手艺要活下去，一要对接新需求。城里人要的不再是挑担的农具，而是好看、环保的生活用品，手艺人就得跟着需求改样式。二要搭上新渠道。电商直播打破了“酒香也怕巷子深”的困境，让山里的手艺直接面对全国的买家。
⟦w 申论批改互助群 QQ：608813527，备注“登岸”⟧
三要留住新传人。只有让年轻人看到编筐也能致富，手艺才不会断在老一辈手里。
乡村振兴，不一定都是大项目、大工程。把一只箩筐编好、卖好，让一门手艺养活一方人，同样是振兴。
""",
    ),
    dict(
        slug="mianshiquan-forum-interview-canteen-woks",
        site="面试圈论坛 (invented exam forum, text)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.mianshiquan.net/forum/post/552081",
        title="群众反映学校食堂铁锅生锈，你怎么处理？",
        record_title="[面试复盘] 群众反映学校食堂铁锅生锈，你怎么处理？（附作答要点）- 结构化面试 - 面试圈论坛",
        date=None,
        notes="an exam forum text page: a reply-to-unlock line, floors and a 'more questions' list; the question line "
        "is part of the post; no date",
        page="""
!m 面试圈论坛 — 公考面试交流社区
!m 首页 › 结构化面试 › 真题复盘
!t [面试复盘] 群众反映学校食堂铁锅生锈，你怎么处理？（附作答要点）
!m 作者：稳住别慌　　最后回复：昨天
{BODY}
!a 回复本帖可查看考官评分细则
!l 沙发 上岸上岸：第四点举一反三很加分
!l 更多真题：群众举报餐馆后厨脏乱怎么办｜家长质疑校服质量怎么处理
!m 面试圈论坛 mianshiquan.net
""",
        body="""
题目：有家长反映，某学校食堂的铁锅锈迹斑斑，担心影响孩子健康。如果你是市场监管局的工作人员，你会怎么处理？
答：家长的担心关系到孩子的饮食安全，我会及时、认真地处理。
第一，迅速核实。我会和同事一起到学校食堂实地查看，检查铁锅的锈蚀程度，同时查看食堂的炊具台账和清洗消毒记录。
第二，依法处置。如果铁锅确实锈蚀严重，立即责令停用、限期更换，并对食堂的其他炊具一并检查；如果只是表面轻微锈迹，指导食堂规范清洗、烘干和养护。
第三，及时反馈。把检查结果和整改情况及时告知反映问题的家长，必要时请学校在家长群里公开说明。
第四，举一反三。建议局里对全市学校食堂炊具开展一次专项检查，推动建立炊具定期检查更换制度。
""",
    ),
    dict(
        slug="xiangtu-encyclopedia-stone-roller-h1",
        site="乡土百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.xiangtubaike.example.org/item/碾子",
        title="碾子",
        record_title=None,
        date=None,
        notes="an encyclopaedia: no title in the record (the <h1>, which also opens the body: a head label), edit/"
        "discuss/history tabs, an infobox, a contents box, reference markers glued after 。; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>碾子 - 乡土百科</title>
<script src="/static/wiki.js"></script>
</head>
<body>
<div class="top">⟦m 乡土百科 · 记录乡村的一切⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 个人中心⟧</a></div>
<div class="tabs">⟦a 词条 | 编辑 | 讨论 | 修订记录⟧</div>
<h1>{T}</h1>
<p class="alias">⟦m 又称：石碾、碾盘　·　所属分类：传统农具⟧</p>
<table class="infobox">
<tr><td>⟦m 中文名：碾子⟧</td></tr>
<tr><td>⟦m 材　质：石材、木材⟧</td></tr>
<tr><td>⟦m 用　途：碾米、去壳、破碎⟧</td></tr>
<tr><td>⟦m 动　力：人力或畜力⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 构造　2 用途　3 现状　4 参考资料⟧</div>
<div class="content">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 《北方传统农具图录》，农业出版社⟧</p><p>⟦l 2. 《乡村粮食加工旧俗》，乡土文化丛书⟧</p></div>
<div class="foot">⟦m 本词条已被浏览 21036 次　·　最近更新：2 周前⟧<br>⟦d 词条内容由网友共同编辑，如有错误欢迎指正⟧</div>
</body>
</html>
""",
        body="""
碾子是一种用石头和木材制作的传统粮食加工工具，主要由碾盘、碾砣、碾框和竖轴等部分组成，常见于中国北方和中部农村。⟦m [1]⟧
碾盘为平放的圆形石盘，中心立有竖轴；碾砣是圆柱形石滚，通过碾框与竖轴相连。使用时由人力或畜力推动碾框，使碾砣绕竖轴在碾盘上滚动，对谷物进行碾压、去壳或破碎。
碾子主要用于碾米、碾小米、碾玉米糁和压豆瓣等。与石磨相比，碾子以滚压为主，加工后的粮食颗粒较完整。⟦m [2]⟧
二十世纪七八十年代以后，随着电动碾米机和磨面机的普及，碾子逐渐退出日常生产。目前，一些地方把保存完好的碾子作为农耕文化遗存加以保护和展示。
""",
    ),
    dict(
        slug="wanwuzhi-entry-bamboo-fence",
        site="万物知百科 (invented, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanwuzhi.example.com/wiki/竹篱笆",
        title="竹篱笆",
        record_title="竹篱笆（乡间围护）_万物知百科",
        date=None,
        notes="an encyclopaedia text page: the entry name with its gloss repeated, an edit line, a 'related entries' list; "
        "the body opens with the entry name; no date",
        page="""
!m 万物知百科
!t 竹篱笆（乡间围护）
!a 编辑词条　　收藏　　分享
!m 本词条由“万物知”乡土栏目编辑组审核
{BODY}
!l 相关词条：篱落｜竹编｜木栅栏｜菜园
!m 浏览次数：8812　　最近编辑：3 天前
!d 万物知百科内容仅供参考
""",
        body="""
竹篱笆，用竹竿、竹片编扎而成的围护设施，多用于围合菜园、庭院和家禽饲养场地，是中国南方农村常见的乡土构筑物。
构造：一般由竹桩、横档和竖向竹片组成。竹桩入土部分常经火烤或涂刷桐油处理以防腐；横档与竹片交叉处以竹篾或铁丝绑扎。
特点：取材方便、造价低廉、通风透光，但耐久性较差，一般三至五年需要翻修。
文化：竹篱笆常见于古代诗文，“篱落疏疏一径深”一句，写的正是乡间篱笆的景象。近年来，一些地方在美丽乡村建设中用竹篱笆替代彩钢瓦围挡，以保持乡村风貌。
""",
    ),
    dict(
        slug="yunxia-drive-rules-wok-pouring-pdf",
        site="云匣网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.yunxia.example.cn/s/1xQ7kPz9",
        title="铸铁锅熔炼浇注安全操作规程",
        record_title="铸铁锅熔炼浇注安全操作规程.pdf",
        date=None,
        notes="a cloud-drive preview: file name as heading, share expiry, VIP speed prompt, 'save to my drive'; rules "
        "with 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>铸铁锅熔炼浇注安全操作规程.pdf_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.example.cn/js/share.js"></script>
</head>
<body>
<div class="yx-head">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="yx-share">
<h2>⟦t 铸铁锅熔炼浇注安全操作规程.pdf⟧</h2>
<p>⟦m 分享者：熔炼二班老曹　·　286 KB　·　链接7天后失效⟧</p>
<p><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 开通超级会员极速下载⟧</button></p>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-end">⟦a 在线预览仅显示文字内容，原版排版请下载后查看⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣分享违法违规内容，发现请举报⟧<br>⟦m © 云匣网盘　粤ICP备20066315号⟧</div>
</body>
</html>
""",
        body="""
第一条　本规程适用于本厂熔炼、浇注岗位的全体作业人员。
第二条　作业人员上岗前必须穿戴阻燃工作服、防护面罩、隔热手套和劳保鞋，不得穿化纤衣物。
第三条　化铁炉开炉前应检查炉衬、风管和冷却水系统，确认无误后方可点火。
第四条　浇包使用前必须烘干，严禁用潮湿浇包盛装铁水；浇注时铁水不得超过浇包容积的八成。
第五条　浇注铁锅砂型时，作业人员应站在浇口侧面，周围两米内不得有无关人员停留。
第六条　发生铁水泼溅或漏炉时，应立即停止作业，撤离人员，并报告车间负责人。
第七条　本规程由生产安全科负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="feige-drive-summary-crate-orders-glued-markers",
        site="飞鸽云盘 (invented, text preview)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.feigeyun.example.com/share/preview/88ad301",
        title="2024年箩筐订单生产工作总结",
        record_title="2024年箩筐订单生产工作总结.doc",
        date="2024-12-28",
        notes="a cloud-drive text preview cut by ☼n☼ page markers glued to the continuation; '一筐一码' and "
        "扫码 as content; 成文日期 under the co-op's name",
        indent="\u3000\u3000",
        pages=dict(fmt="☼{n}☼", every=120, start=2, glue=True),
        page="""
!m 飞鸽云盘 · 文件预览
!t 2024年箩筐订单生产工作总结.doc
!m 来自：竹乡合作社文书 的分享　　有效期：永久
!a 保存到网盘　　下载(48KB)　　举报
{BODY}
!a 预览文字版，如需原始格式请下载文件
!m 飞鸽云盘 feigeyun.example.com
""",
        body="""
2024年，合作社坚持“以销定产”，全年承接箩筐订单一百一十六批，生产各类箩筐九万八千只，实现销售收入三百二十四万元，社员人均增收四千六百元。
一、抓订单对接。合作社与鎏城两家连锁超市、一家电商企业签订长期供货协议，订单量比上年增长四成。
二、抓质量管控。推行“一筐一码”，每只箩筐都挂上编织人信息码，顾客扫码就能看到是谁编的，出现质量问题可追溯到人。全年退货率控制在百分之一以内。
三、抓技能提升。举办篾匠培训班三期，培训社员一百二十人次，新吸收青年社员十四名。
存在的不足是旺季产能跟不上，部分订单延期交货。明年将扩建编织车间，推行计件工资，进一步提高生产效率。
秭原县竹乡箩筐专业合作社
2024年12月28日
""",
    ),
    dict(
        slug="miying-snapshot-notice-fence-fire",
        site="觅影搜索 (invented engine) / 淅口镇人民政府 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.miying.example.com/c?u=http%3A%2F%2Fwww.xikou.gov.cn%2Ftzgg%2F2025%2F1028.html",
        title="关于做好秋冬季竹篱笆防火工作的通知",
        record_title="关于做好秋冬季竹篱笆防火工作的通知 ⁄ 觅影缓存页",
        date="2025-10-28",
        notes="a snapshot frame: capture banner with highlighted keywords and a capture time (no date), the township "
        "site's own chrome inside; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于做好秋冬季竹篱笆防火工作的通知 ⁄ 觅影缓存页</title>
</head>
<body>
<div class="cache-banner">⟦d 这是觅影搜索对原网页的缓存，抓取于 11 天前；原网页可能已经更改或删除⟧<br>
⟦a 查看原网页　·　只看文字⟧<br>
⟦m 已为您标亮以下搜索词：<span class="hl">竹篱笆</span> <span class="hl">防火</span>⟧</div>
<hr>
<div class="orig">
<div class="gov-head">⟦m 穑阳县淅口镇人民政府⟧</div>
<div class="gov-nav">⟦m 首页 | 镇情概况 | 政务公开 | 便民服务⟧</div>
<h2>{T}</h2>
<div class="gov-info">⟦m 来源：镇应急办　作者：镇应急办⟧</div>
{BODY}
<div class="gov-foot">⟦m 淅口镇人民政府主办　联系电话：0739-5711020⟧</div>
</div>
</body>
</html>
""",
        body="""
各村（社区）、镇直各单位：
秋冬季节天干物燥，我镇农户房前屋后竹篱笆、柴草垛较多，一旦失火极易蔓延。为切实做好防火工作，现将有关事项通知如下：
一、各村要组织网格员逐户排查，督促农户清理竹篱笆周边的枯枝落叶和柴草，篱笆与柴草垛、灶房之间保持三米以上距离。
二、严禁在竹篱笆附近焚烧秸秆、垃圾和燃放烟花爆竹；祭祀用火须有人看守，离开前彻底熄灭。
三、各村要配齐灭火器和水桶，每村组建一支不少于十人的义务扑火队。
请各村于11月10日前将排查整改情况报镇应急办。
淅口镇人民政府
2025年10月28日
""",
    ),
    dict(
        slug="suye-text-cache-news-egret-wire",
        site="溯页 (invented engine, text-only cache) / 鹱山新闻 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://cache.suye.example.net/text?id=6c2f91e0",
        title="铁丝网上救下一只白鹭",
        record_title="铁丝网上救下一只白鹭（存档文本·溯页）",
        record_date="2025-11-03",
        date="2025-11-03",
        notes="a text-only cache: capture notice, the news site's byline; the record gives the date",
        indent="\u3000\u3000",
        page="""
!d 【溯页·文本存档】以下为原网页的文字内容，图片和样式已去除，保存于 昨天
!m 原网址：http://www.hushannews.cn/shehui/20251103/3317.html
!m 鹱山新闻网 > 社会民生
{T}
!m 2025-11-03 15:20　来源：鹱山新闻网　记者 季远
{BODY}
!m 【责任编辑：邹岚】
!l 相关阅读：鹱溪湿地迎来越冬候鸟｜县林业局开展护鸟行动
""",
        body="""
11月2日傍晚，鹱山县稞河边一处废弃鱼塘旁，一只白鹭被挂在锈迹斑斑的铁丝网上，不停地扑打翅膀。路过的村民邹大爷发现后，赶紧打电话给县野生动物救护站。
救护人员赶到后，用钳子一点点剪开缠住白鹭左腿的铁丝，将它取了下来。经检查，白鹭腿部有轻微擦伤，经过简单消毒包扎后，被带回救护站观察。
救护站负责人介绍，今年以来已救助被铁丝网、渔网缠住的鸟类十七只。他提醒，废弃鱼塘、养殖场周边的旧铁丝网应及时拆除，发现受困野生动物请拨打救护站电话。
""",
    ),
    dict(
        slug="ziyuan-culture-centre-print-letter-stone-roller",
        site="秭原县文化馆 (invented, print view)",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://www.zywhg.cn/print.asp?id=612",
        title="关于商借清代石碾参加农耕文化展的函",
        record_title="打印｜关于商借清代石碾参加农耕文化展的函 ◆ 秭原县文化馆",
        date="2025-08-20",
        notes="a print view calling window.print(): a print/close bar, the page URL line, a print footer "
        "第1页 ✱ 共1页; the letter's own 联系人/电话; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>打印｜关于商借清代石碾参加农耕文化展的函 ◆ 秭原县文化馆</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭本窗口〕⟧</div>
<div class="p-head">⟦m 秭原县文化馆　www.zywhg.cn⟧</div>
<h2>{T}</h2>
<div class="p-body">
{BODY}
</div>
<div class="p-url">⟦m 本页网址：http://www.zywhg.cn/show.asp?id=612⟧</div>
<div class="p-foot">⟦p 第1页 ✱ 共1页⟧</div>
</body>
</html>
""",
        body="""
秣溪县农耕文化展示馆：
为展示我省传统农耕文化，我馆定于2025年9月20日至10月20日在馆内举办“耕读传家——传统农具展”。贵馆收藏的清代石碾一盘保存完好、形制典型，是本次展览急需的重要展品。
经研究，拟商借该石碾参展。借展期间的包装、运输、吊装和保险费用均由我馆承担，展览结束后七日内完好归还。
如蒙同意，请予函复。
联系人：龚小满　电话：0744-3306127
秭原县文化馆
2025年8月20日
""",
    ),
    dict(
        slug="liucheng-amr-print-bulletin-restaurant-woks",
        site="鎏城市市场监督管理局 (invented, text print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.liucheng.gov.cn/print/2025/1015/2290.html",
        title="关于国庆期间餐饮店铁锅等炊具卫生检查情况的通报",
        record_title="（打印视图）关于国庆期间餐饮店铁锅等炊具卫生检查情况的通报 ▪ 鎏城市场监管",
        date="2025-10-15",
        notes="a text print view: a print-time stamp (no date), the page URL, a 抄送 line in the body and a print footer "
        "第 1 页 ⚯ 共 1 页; 成文日期 under the signature",
        indent="\u3000\u3000",
        page="""
!a 〔打印〕〔关闭〕
!m 鎏城市市场监督管理局
{T}
!m 打印时间：2025-10-20 08:41
{BODY}
!m 原文链接：http://scjgj.liucheng.gov.cn/tzgg/2025/1015/2290.html
!p 第 1 页 ⚯ 共 1 页
""",
        body="""
各区市场监管分局：
国庆假期期间，市局组织对全市二百一十四家餐饮店后厨开展了炊具卫生专项检查，重点检查铁锅、炒勺、砧板等炊具的清洗消毒和锈蚀情况。现将检查情况通报如下。
一、总体情况。多数餐饮店炊具清洗及时、摆放规范。检查发现，有二十三家餐饮店存在铁锅锈蚀后仍在使用、炒锅隔夜未洗等问题，已当场责令整改。
二、典型问题。浐坪镇某快餐店三口炒锅锅底锈蚀严重，仍用于炒制菜品；榈园路某面馆炒锅内残留隔夜油污。上述两家已被立案调查。
三、工作要求。各分局要对问题餐饮店开展“回头看”，11月底前完成复查。
鎏城市市场监督管理局
2025年10月15日
抄送：市食品安全委员会办公室。
""",
    ),
    dict(
        slug="webmail-fwd-inquiry-letter-fence-materials",
        site="稼湾镇政务邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jiawan.gov.example.cn/read?mid=20250219-0087",
        title="关于采购竹篱笆材料的询价函",
        record_title="Fwd: 关于采购竹篱笆材料的询价函",
        date="2025-02-18",
        date_also=["2025-02-19"],
        notes="a webmail reading view: forwarded header with its own 抄送 and send date, an attachment bar next to the "
        "letter's own 附件 line; the letter's contact, phone and mailbox are body; mail date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fwd: 关于采购竹篱笆材料的询价函 - 稼湾镇政务邮箱</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 稼湾镇政务邮箱⟧ <span>⟦m zcb@jiawan.gov.example.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="wm-tool">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<h3>⟦t Fwd: 关于采购竹篱笆材料的询价函⟧</h3>
<p>⟦m 发件人：稼湾镇采购办 &lt;zcb@jiawan.gov.example.cn&gt;⟧</p>
<p>⟦m 收件人：竹材供应商（密送）⟧</p>
<p>⟦m 抄送：镇纪委监察室⟧</p>
<p>⟦m 时　间：2025年2月19日 09:36⟧</p>
</div>
<div class="wm-att">⟦a 📎 附件 1 个：报价单.xlsx（16 KB）　下载　预览　存网盘⟧</div>
<div class="wm-body">
<p>⟦m ---------- 转发邮件 ----------⟧</p>
<p>{T}</p>
{BODY}
</div>
<div class="wm-foot">⟦d 政务邮箱请勿用于传输涉密信息⟧</div>
</body>
</html>
""",
        body="""
各竹材供应商：
我镇拟为美丽庭院创建项目采购竹篱笆材料一批，现进行询价，欢迎符合条件的供应商报价。
一、采购内容：竹桩（长1.6米、直径6厘米以上）4000根，竹片（宽4厘米）12000片，绑扎竹篾500公斤。
二、报价要求：请按附件格式填写报价单，加盖公章后于2月28日前扫描发送至联系邮箱。
三、联系人：孙晓燕　电话：0736-8170326　邮箱：jwzcgb@163.com
附件：报价单
稼湾镇人民政府采购办公室
2025年2月18日
""",
    ),
    dict(
        slug="mail-text-fwd-crate-demand-notice-docx",
        site="砦口镇政务邮件 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://zkncfw/2025-09-05/1012",
        title="关于开展秋收农具（箩筐）需求摸底的通知",
        record_title="转发：关于开展秋收农具（箩筐）需求摸底的通知.docx",
        date="2025-09-03",
        date_also=["2025-09-05"],
        notes="a forwarded mail as text: headers with the mail's own 抄送 (a head label, also the start of the notice's "
        "抄送 line) and an attachment line; the notice's 附件 and 抄送 lines are body; the send date also accepted",
        page="""
!m 发件人：砦口镇农业服务中心 <zkncfw@163.com>
!m 发送时间：2025年9月5日(星期五) 上午10:12
!m 收件人：各村文书
!m 抄送：镇党政办
!t 主题：转发：关于开展秋收农具（箩筐）需求摸底的通知.docx
!a 附件：箩筐需求登记表.xlsx（1 个，点击下载）
!m ------------------ 原始邮件 ------------------
{T}
{BODY}
!w 本邮件由砦口镇农业服务中心发出，如有疑问请回复本邮件
""",
        body="""
各村（社区）：
为做好今年秋收服务，镇农业服务中心计划统一采购一批竹编箩筐，以成本价供应给缺少农具的种粮户。请各村于9月12日前完成需求摸底，有关要求如下：
一、摸底对象为种植水稻十亩以上的农户和家庭农场。
二、请填写附件《箩筐需求登记表》，写明户主姓名、需求数量和联系电话。
三、登记表经村委会盖章后，扫描发送至镇农业服务中心邮箱。
附件：箩筐需求登记表
砦口镇农业服务中心
2025年9月3日
抄送：镇党政办公室。
""",
    ),
]
