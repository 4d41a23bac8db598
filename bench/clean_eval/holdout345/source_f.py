"""holdout345, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mails.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="examforum-yizhan-essay-stirring-stick-jammer",
        site="公考驿站 (invented civil-service-exam forum, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="article",
        form="html",
        source="https://bbs.gongkaoyz.com/thread-730914-1-1.html",
        title="一根搅拌棒里的减塑账",
        record_title="【申论练兵场】一根搅拌棒里的减塑账（改得越狠越好） - 申论写作 - 公考驿站",
        date=None,
        notes="exam forum: jammer-font junk inside the essay, a reply-to-see prompt, a rating row, a QQ-group ad; "
        "no date (发表于 5 天前)",
        junk=dict(lines=2, glued=2),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>【申论练兵场】一根搅拌棒里的减塑账（改得越狠越好） - 申论写作 - 公考驿站</title>
<style>font.jammer{font-size:0px;color:#FAFAFA}</style>
</head>
<body>
<div class="gk-top">⟦m 公考驿站 — 陪你一站一站考上岸⟧　<a>⟦a 账号登录⟧</a> <a>⟦a 快速注册⟧</a></div>
<div class="gk-pt">⟦m 公考驿站 › 申论专区 › 申论写作⟧</div>
<div class="gk-post">
<div class="gk-user">⟦m 晨读三十分⟧<br>⟦m 备考小将　积分 862⟧</div>
<h1>⟦t 【申论练兵场】一根搅拌棒里的减塑账（改得越狠越好）⟧</h1>
<div class="gk-time">⟦m 发表于 5 天前　|　查看 1904　|　回复 33⟧</div>
<div class="gk-msg">
{BODY}
</div>
<div class="gk-rate">⟦l 评分人数 4　驿站币 +9　理由：结构清楚，论据再具体些⟧</div>
<div class="gk-hide">⟦a 本帖有隐藏的批改意见，回复后可见⟧</div>
</div>
<div class="gk-ad">⟦w 申论一对一批改，进群领真题：QQ群 623175804⟧</div>
<div class="gk-ft">⟦m 公考驿站 gongkaoyz.com　京ICP备20046113号⟧　⟦m GMT+8, 2025-3-18 22:41⟧</div>
</body>
</html>
""",
        body="""
走进一家咖啡店，点一杯拿铁，店员顺手递过来一根塑料搅拌棒。它只在杯子里转上几圈，随后就被扔进垃圾桶，却要在自然界里存在几百年。一根搅拌棒很小，背后的减塑账却值得细算。
算环境账，小物件积成大负担。一家中等规模的咖啡店一天要用掉几百根搅拌棒，一座城市一年就是数以千万计。它们体积小、难回收，大多进入填埋场或混入环境，成为微塑料的来源之一。
算经济账，替代并不比想象中贵。一些地方推动咖啡店改用木质或纸质搅拌棒，通过集中采购，单支成本与塑料搅拌棒相差无几；有的门店为自带杯顾客提供可重复使用的不锈钢搅拌棒，还赢得了回头客。
算治理账，关键在于把倡导变成习惯。减塑不能只靠一纸禁令，需要行业协会牵头、企业主动、消费者配合：商家“按需提供”，顾客“能不用就不用”，监管部门做好标准和引导。
从一根搅拌棒做起，减塑就不再是一句口号，而是每个人举手之间的选择。
""",
    ),
    dict(
        slug="examforum-shangan-interview-cake-knife-junk",
        site="上岸者联盟 (invented exam forum, text)",
        style="公考论坛",
        genre="面试答题",
        kind="post",
        form="text",
        source="http://www.shanganlm.com/thread-55218-1-1.html",
        title="幼儿园生日会上孩子被蛋糕刀划伤，家长在群里质疑园方，你作为园长怎么处理？",
        record_title="〔结构化·突发情境〕幼儿园生日会上孩子被蛋糕刀划伤，家长在群里质疑园方，你作为园长怎么处理？ - 面试交流 - 上岸者联盟",
        date=None,
        notes="exam forum as text: junk lines and junk glued after 。; the question is the title; an answer post "
        "with no date (发帖于 6 天前); a course ad between paragraphs",
        junk=dict(lines=1, glued=3),
        page="""
!m 上岸者联盟 · 公考面试交流
!m 首页 › 面试交流 › 结构化真题
!t 〔结构化·突发情境〕幼儿园生日会上孩子被蛋糕刀划伤，家长在群里质疑园方，你作为园长怎么处理？
!m 楼主：考编的阿树　发帖于 6 天前　浏览 1277
{BODY}
!a 觉得有帮助就顶一下　｜　收藏到我的题库
!l 沙发 上岸小樊：第二点可以加上向主管部门报告
!l 板凳 面试官老周：思路完整，注意语言再口语化一点
!m 上岸者联盟 shanganlm.com　客服QQ：2089613357
""",
        body="""
我的答题思路是“先处置、再沟通、后整改”，贴出来请各位指正。
首先，第一时间处置孩子的伤情。我会立即了解孩子受伤的程度，安排保健医生处理伤口，伤口较深的马上由老师陪同送医，同时电话通知家长，如实说明情况，并向教育主管部门报告。
其次，及时回应家长的质疑。我会在家长群里发布情况说明，讲清事情经过、孩子目前的状况和园方正在采取的措施，不回避、不推诿。对受伤孩子的家长，我会当面道歉，主动承担医疗费用，并请保教主任跟进孩子的恢复情况。
⟦a 面试一对一模拟，首课免费体验，私信楼主⟧
再次，认真查找原因。我会调查这把蛋糕刀的来源：是家长带来的金属蛋糕刀，还是蛋糕店附赠的塑料刀，老师当时是否在旁边看护，切蛋糕环节是否由孩子自己操作。
最后，建章立制防止再次发生。今后园内生日会一律由老师切分蛋糕，蛋糕刀用后立即收回；在家长群里提醒，蛋糕店附赠的刀具不交给孩子；把这次事件作为案例，对全体教职工开展一次安全培训。
""",
    ),
    dict(
        slug="baike-zhiwu-entry-food-jar",
        site="知物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.zhiwubaike.cn/item/焖烧杯/30815",
        title="焖烧杯",
        record_title="焖烧杯（保温炊具）_知物百科",
        date=None,
        notes="encyclopaedia: 阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued after "
        "sentences, an 'edit this section' link; the entry name opens the body (head match); no date (编辑于 3 个月前)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>焖烧杯（保温炊具）_知物百科</title>
<script src="/res/zw.js"></script>
</head>
<body>
<div class="zw-top">⟦m 知物百科 — 身边物件，一查就懂⟧　<a>⟦a 创建词条⟧</a> <a>⟦a 登入⟧</a></div>
<div class="zw-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="zw-sub">⟦m 保温炊具　本词条由“厨具小组”参与编辑⟧</div>
<table class="zw-info">
<tr><td>⟦m 中文名　焖烧杯⟧</td></tr>
<tr><td>⟦m 别　称　焖烧罐、闷烧壶⟧</td></tr>
<tr><td>⟦m 主要材质　304或316不锈钢⟧</td></tr>
<tr><td>⟦m 常见容量　350—1000毫升⟧</td></tr>
</table>
<div class="zw-toc">⟦l 目录　1 结构原理　2 使用方法　3 注意事项⟧</div>
<div class="zw-body">
{BODY}
</div>
<div class="zw-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 家用保温容器选购与使用指南，家居生活出版社⟧</p><p>⟦l [2] 县消费者协会：冬季焖烧杯消费提示⟧</p></div>
<div class="zw-foot"><p>⟦m 词条统计：浏览 20718 次　编辑于 3 个月前⟧</p><p>⟦d 知物百科词条内容由网友协作编辑，仅供参考。⟧</p><p>⟦m © 2025 知物百科⟧</p></div>
</body>
</html>
""",
        body="""
焖烧杯是一种利用真空隔热原理保温、可将食材“焖熟”的便携容器，常用于焖粥、焖饭和保温饭菜。⟦l [1]⟧
结构原理
焖烧杯由内胆、外壳、杯盖和密封圈组成，内胆与外壳之间抽成真空，减少热量通过传导和对流散失。杯口较宽，便于装入食材和清洗。⟦a [编辑本段]⟧
使用方法
使用前先用开水预热杯体，倒掉后装入煮沸的食材或先泡软的米、杂粮，再冲入滚开的水至接近杯口，拧紧杯盖焖制。一般焖粥需两至三小时，焖饭需三至四小时。
注意事项
焖制时间不宜超过六小时，以免杯内温度下降后细菌滋生；不宜盛装牛奶、碳酸饮料及酸性较强的果汁；密封圈应定期拆下清洗，老化后及时更换。⟦l [2]⟧
""",
    ),
    dict(
        slug="baike-wanwu-entry-cake-knife-text",
        site="万物问答百科 (invented encyclopaedia/Q&A, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.wanwuwenda.com/baike/dangaodao.html",
        title="蛋糕刀",
        record_title="蛋糕刀 - 烘焙器具条目 - 万物问答百科",
        date=None,
        notes="encyclopaedia as text: entry name as a one-word title that opens the body (head match); an infobox, "
        "contents and related questions; a 修订 stamp is no date",
        page="""
!m 万物问答百科
!m 百科首页 > 生活 > 厨房 > 烘焙器具
!t 蛋糕刀
!m 修订于 上个月　｜　参与编辑 7 人
!m 类　别：烘焙器具　｜　常见材质：不锈钢、塑料、纸质
!l 目录：1.种类 2.选用 3.保养
{BODY}
!l 相关问答：蛋糕刀切冰淇淋蛋糕总粘刀怎么办？｜锯齿刀可以切面包吗？
!a 我来完善这个条目
!d 万物问答百科内容为用户协作编辑，不代表本站观点。
""",
        body="""
蛋糕刀是用于分切、修整蛋糕的刀具，刀身一般较长，刃口有锯齿形和平刃两种。
1.种类
锯齿蛋糕刀，刃口呈波浪齿状，靠来回拉动切割，适合戚风、海绵蛋糕等组织松软的蛋糕；平刃分切刀，刃口平直，适合慕斯、芝士蛋糕等质地细腻的蛋糕；一次性蛋糕刀，多为塑料或纸质，随蛋糕附赠给顾客使用。
2.选用
刀身长度宜比蛋糕直径长五厘米以上。切奶油较多或冷冻过的蛋糕时，可将蛋糕刀在热水中浸热、擦干后再切，每切一刀擦拭一次，切面更整洁。
3.保养
金属蛋糕刀用后应及时清洗擦干，锯齿刀不宜用普通磨刀石打磨，以免损坏齿形；一次性塑料蛋糕刀刃口较薄，不宜交给儿童单独使用。
""",
    ),
    dict(
        slug="netdisk-yunxia-drying-net-lecture-pdf",
        site="云匣网盘 (invented cloud-drive preview)",
        style="网盘分享",
        genre="培训讲义",
        kind="other",
        form="html",
        source="https://pan.yunxia.cn/s/8Hk2qWz0Lp",
        title="老旧楼栋阳台晾衣网加固与更换操作讲义",
        record_title="老旧楼栋阳台晾衣网加固与更换操作讲义（物业维修班用）.pdf",
        date=None,
        notes="cloud-drive preview cut by page-marker paragraphs ⮨ n ⮩; save/download buttons and VIP speed prompts; "
        "file name as the record title; a share stamp and an expiry line are no dates",
        pages=dict(fmt="⮨ {n} ⮩", every=130, start=2),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>老旧楼栋阳台晾衣网加固与更换操作讲义（物业维修班用）.pdf_免费高速下载｜云匣网盘</title>
<script src="https://pan.yunxia.cn/static/preview.js"></script>
</head>
<body>
<div class="yx-top">⟦m 云匣网盘　你的文件随身匣⟧　<a>⟦a 登录云匣⟧</a>　<a>⟦a 开通超级会员⟧</a></div>
<div class="yx-file">
<div class="yx-name">⟦t 老旧楼栋阳台晾衣网加固与更换操作讲义（物业维修班用）.pdf⟧</div>
<div class="yx-info">⟦m 分享者：物业老冯　文件大小：2.3M　分享于 4 天前　链接7天后失效⟧</div>
<div class="yx-btn">⟦a 保存到我的云匣　普通下载　超级会员极速下载⟧</div>
</div>
<div class="yx-preview">
<p class="yx-tip">⟦a 在线预览仅显示部分页面，完整内容请下载查看⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="yx-vip">⟦a 当前下载速度 120KB/s，开通超级会员享极速下载⟧</div>
<div class="yx-foot"><p>⟦d 云匣网盘严禁分享违法违规内容，如发现请举报。⟧</p><p>⟦m 云匣网盘 pan.yunxia.cn　浙ICP备22015880号-3⟧</p></div>
</body>
</html>
""",
        body="""
一、作业前准备。上门前电话联系住户，确认在家时间；准备安全带、安全绳、电钻、膨胀螺栓、不锈钢折叠晾衣网及支架。作业人员须持高处作业证，两人一组，一人操作一人监护。
二、检查判断。先查看原晾衣网支架与墙体连接处，用手轻推，晃动明显或螺栓锈蚀超过三分之一的，一律更换；支架完好、仅网面破损的，只更换网面。
三、拆除旧网。作业人员系好安全带并将安全绳固定在室内牢固处，先拆网面，再拆支架，拆下的部件放入室内，不得向下抛掷。楼下设置警戒区，由监护人看守。
四、安装新网。在原孔位下方重新打孔，安装膨胀螺栓，每个支架不少于四颗；安装后逐一用力拉拽检查，确认牢固后再挂网面，外挑长度不超过六十厘米。
五、交付说明。向住户演示折叠晾衣网的收放方法，提醒不要在网上堆放花盆和杂物，大风天气前收起锁好。
""",
    ),
    dict(
        slug="netdisk-panhe-pan-workshop-report-markers",
        site="盘盒分享 (invented cloud-drive share, text preview)",
        style="网盘分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.panhe.cc/share/v/Rt53mK",
        title="煎锅二车间主任2024年度述职报告",
        record_title="煎锅二车间主任2024年度述职报告.pdf",
        date="2025-01-06",
        notes="a cloud-drive text preview cut by page markers ⛘ n ⛘ on lines of their own; file name as the record "
        "title; 成文日期 under the signature; a VIP prompt between paragraphs",
        pages=dict(fmt="⛘ {n} ⛘", every=140, start=2),
        indent="\u3000\u3000",
        page="""
!m 盘盒分享 — 文件分享，一盒搞定
!t 煎锅二车间主任2024年度述职报告.pdf
!m 大小 486KB　共3页　分享时间：前天　已下载 58 次
!a 保存到盘盒　｜　下载　｜　举报
!p ⛘ 1 ⛘
{BODY}
!a 预览结束，剩余页面请下载后查看
!d 本文件由用户自行分享，盘盒分享不对内容负责。
!m 盘盒分享 panhe.cc
""",
        body="""
2024年，我在公司领导和生产部的指导下，带领煎锅二车间46名员工，围绕产量、质量、安全三项重点，较好完成了全年任务。现将履职情况报告如下。
一、生产任务完成情况。全年生产不粘煎锅84.6万口、铸铁煎锅12.3万口，完成年计划的104%；8月涂层起皮问题发生后，车间配合技术部调整喷砂工艺，9月以后煎锅涂层类客诉下降了七成。
⟦a 开通盘盒VIP，在线预览全部页面⟧
⟦t 煎锅二车间主任2024年度述职报告⟧
二、质量管理。推行首件检验和每小时巡检，喷砂粗糙度、涂层厚度两项关键指标全部纳入班组考核；全年煎锅一次交检合格率由96.1%提高到98.4%。
三、安全生产。组织安全培训12次，开展喷涂房、打磨工位专项检查24次，整改隐患31处，全年未发生轻伤以上事故。
四、不足与打算。一是新员工技能提升慢，二是设备老化导致停机时间偏长。2025年，我将重点抓好技能带教和设备预防性维护，力争煎锅产量突破百万口。
煎锅二车间　庞志诚
2025年1月6日
""",
    ),
    dict(
        slug="snapshot-miizong-consumer-tips-food-jars",
        site="觅踪搜索 (invented search-engine cache frame)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="html",
        source="https://cache.mizong.com/c?u=http%3A%2F%2Fwww.slxfzxh.org.cn%2Fxfts%2F2024%2F1118.html",
        title="兕岭县消费者协会关于选购和使用焖烧杯的消费提示",
        record_title="兕岭县消费者协会关于选购和使用焖烧杯的消费提示_兕岭县消费者协会（觅踪搜索·缓存页）",
        date="2024-11-15",
        date_also=["2024-11-18"],
        notes="a search-cache frame: capture banner with the crawl time, highlighted keywords, the cached page's own "
        "nav and footer; the cached portal's posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>兕岭县消费者协会关于选购和使用焖烧杯的消费提示_兕岭县消费者协会（觅踪搜索·缓存页）</title>
</head>
<body>
<div class="mz-frame">
<p>⟦d 这是觅踪搜索保存的页面副本，抓取于 2025-01-03 06:12，当前页面可能已经更改。⟧</p>
<p>⟦a 查看当前页面　｜　仅显示文字版⟧</p>
<p>⟦m 已为您高亮以下关键词：焖烧杯　消费提示⟧</p>
</div>
<div class="xf-top">⟦m 兕岭县消费者协会⟧　⟦m 投诉热线 12315⟧</div>
<div class="xf-nav">⟦m 协会简介　消费提示　投诉指南　比较试验⟧</div>
<div class="xf-art">
<h2>{T}</h2>
<p class="xf-meta">⟦m 发布日期：2024-11-18　来源：县消协秘书处⟧</p>
<div class="xf-body">
{BODY}
</div>
</div>
<div class="xf-foot">⟦m 兕岭县消费者协会　地址：兕岭县城关镇府前街9号⟧</div>
</body>
</html>
""",
        body="""
入冬以来，焖烧杯成为不少消费者的“带饭神器”。为帮助消费者科学选购、安全使用焖烧杯，县消费者协会发布如下消费提示：
一、看材质。选购时查看产品标识，内胆与食物接触部分宜选用304或316不锈钢，标识不清、无厂名厂址的产品不要购买。
二、看保温。正规产品会标注保温效能，如“6小时不低于××℃”。购买后可先装满开水测试，保温明显不足的及时退换。
三、看密封。拧紧杯盖后倒置，检查是否渗漏；密封圈应为食品级硅胶，无刺鼻气味。
四、会使用。焖制前用开水预热，食材煮沸后再装，焖制时间一般不超过六小时；不要用焖烧杯盛放牛奶、豆浆等易变质的饮品过夜。
消费者在购买、使用焖烧杯过程中合法权益受到损害的，可拨打12315投诉。
兕岭县消费者协会
2024年11月15日
""",
    ),
    dict(
        slug="snapshot-text-letter-drying-nets-wrapped",
        site="觅踪搜索文字缓存 (invented text-only search cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="https://cache.mizong.com/t?u=http%3A%2F%2Fwww.yaohu.gov.cn%2Fzjj%2Fgzhs%2F6620.html",
        title="耀湖区住房和城乡建设局关于协助开展老旧小区阳台外挂晾衣网加固工作的函",
        date="2024-06-17",
        notes="a text-only cache hard-wrapped at 64 columns; the record's title as is; the crawl line at the top; "
        "the 成文日期 under the signature; the letter's own 联系人/电话",
        wrap=64,
        indent="\u3000\u3000",
        page="""
!d 觅踪搜索 · 纯文字缓存　抓取时间：2024-12-30 03:41　页面内容可能已更新
!m 原网址：http://www.yaohu.gov.cn/zjj/gzhs/6620.html
!a 返回带图片的快照　｜　访问原网页
{T}
{BODY}
!m 耀湖区住房和城乡建设局网站　技术维护：0379-6227 3090
""",
        body="""
耀华街道办事处、斯园街道办事处：
根据市城市管理局《关于开展老旧小区阳台外挂晾衣网安全隐患排查整治的通知》要求，我局拟对辖区2000年以前建成、无物业管理的老旧小区外挂晾衣网开展集中加固和更换。因涉及入户登记、住户协调等工作，需各街道协助，现将有关事项函告如下：
一、请各街道于6月25日前组织社区对上述小区逐楼摸排，建立外挂晾衣网台账，重点标注独居老人、残疾人家庭。
二、我局委托的施工单位将于7月1日起分批进场，请各社区提前张贴告知书，并安排网格员配合入户。
三、对拒不配合加固或拆除存在坠落危险晾衣网的住户，请社区做好劝导，必要时与我局共同上门。
联系人：区住房和城乡建设局物业科　项一鸣，电话：0379-6227 5512。
耀湖区住房和城乡建设局
2024年6月17日
""",
    ),
    dict(
        slug="print-siling-fire-bulletin-frying-pan-oil",
        site="兕岭县消防救援大队 (invented print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.slxfjy.gov.cn/print.asp?id=1387",
        title="兕岭县消防救援大队关于近期两起煎锅油锅起火致人受伤事故的情况通报",
        record_title="〔打印专页〕兕岭县消防救援大队关于近期两起煎锅油锅起火致人受伤事故的情况通报",
        date="2024-12-20",
        notes="a print view calling window.print(): print and close buttons, a print stamp, a URL line, and a print "
        "footer ⨾ 第1页（共1页） ⨾; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔打印专页〕兕岭县消防救援大队关于近期两起煎锅油锅起火致人受伤事故的情况通报</title>
<style>@media print{.noprint{display:none}}</style>
</head>
<body onload="window.print()">
<div class="noprint">⟦a 【执行打印】　【收起】⟧</div>
<div class="pr-head">⟦m 兕岭县消防救援大队 · 打印视图⟧</div>
<h2>{T}</h2>
<div class="pr-stamp">⟦m 打印时间：2025-01-07 15:20　打印人：访客⟧</div>
<div class="pr-body">
{BODY}
</div>
<div class="pr-url">⟦m 本文地址：http://www.slxfjy.gov.cn/show.asp?id=1387⟧</div>
<div class="pr-foot">⟦p ⨾ 第1页（共1页） ⨾⟧</div>
</body>
</html>
""",
        body="""
各乡镇消防工作站、各社区（村）：
12月以来，我县接连发生两起居民家中煎锅油锅起火事故，虽未造成人员死亡，但均有人员受伤。现将有关情况通报如下。
一、事故基本情况。12月8日，煲田镇一居民在家煎鱼时离开厨房接电话，煎锅内的油过热起火，返回后用水泼救，火势迅速蔓延至抽油烟机，本人面部、双手烧伤。12月15日，城关镇一老人煎饼时油锅起火，慌乱中端锅往外走，热油泼洒致腿部烫伤。
二、事故暴露的问题。一是居民对油锅起火处置常识掌握不够，用水泼救、端锅转移等错误做法仍较普遍；二是厨房无人看管现象突出；三是部分老旧住宅厨房未配备灭火毯、锅盖等简易灭火器材。
三、工作要求。各乡镇、社区要利用冬季防火宣传，把“油锅起火先关火、盖锅盖，切勿泼水”讲到每家每户，重点对独居老人上门提醒；有条件的社区可为困难家庭配发灭火毯。
兕岭县消防救援大队
2024年12月20日
""",
    ),
    dict(
        slug="print-tianzhu-acceptance-cake-knives-text",
        site="甜筑烘焙知识库 (invented intranet knowledge base, print view as text)",
        style="打印页",
        genre="验收要点",
        kind="other",
        form="text",
        source="http://kb.tianzhu-bake.local/print/qc-037",
        title="中央工厂蛋糕刀具入库验收要点",
        record_title="〈可打印〉中央工厂蛋糕刀具入库验收要点",
        date=None,
        notes="print view as text: a print stamp (no date), the URL line, a print footer ⊪ 页码 1/1 ⊪; acceptance "
        "points with no date of their own",
        page="""
!m 甜筑烘焙知识库 — 打印预览
!a ［打印］［返回原文］
!t 〈可打印〉中央工厂蛋糕刀具入库验收要点
!m 打印于 刚刚　｜　文档版本 V3
{BODY}
!m 原文链接：http://kb.tianzhu-bake.local/doc/qc-037
!p ⊪ 页码 1/1 ⊪
""",
        body="""
1.核对单据。对照采购订单核对蛋糕刀具的品名、规格、数量，锯齿蛋糕刀、平刃分切刀、抹刀分别清点，供应商须随货提供产品合格证和食品接触材料检测报告。
2.检查外观。刀身表面光洁，无锈点、无裂纹；锯齿刀齿形均匀，无缺齿、卷齿；刀柄与刀身连接牢固，用手扳动无松动。
3.检查刃口。每批随机抽取五把，在试切板上切割海绵蛋糕胚，刃口应切割顺畅，切面平整无撕裂。
4.一次性蛋糕刀。逐箱检查独立包装是否完好，抽取二十把进行弯折试验，刀身不得一折即断或出现尖锐断口。
5.验收记录。验收合格的，由验收员填写入库单并签字；不合格的，填写拒收单，隔离存放，通知采购部退换。
""",
    ),
    dict(
        slug="mail-jinyue-hotel-letter-cake-knives-docx",
        site="董浦锦悦酒店企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.jinyuehotel.cn/read?mid=ZC7731&folder=inbox",
        title="关于定制宴会用蛋糕刀的函",
        record_title="转寄（外）：关于定制宴会用蛋糕刀的函.docx",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="webmail reading view: a forwarded header (from/to/cc/date), an attachment bar beside the letter's own "
        "附件 line, the letter's contact; the mail's send date differs from the 成文日期; file name as the record title",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>锦悦酒店邮箱 - 读信</title>
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 董浦锦悦酒店企业邮箱⟧　⟦m 采购部 温若兰⟧　<a>⟦a 退出⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　草稿箱　已发送　已删除⟧</div>
<div class="wm-tool">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<p>⟦t 转寄（外）：关于定制宴会用蛋糕刀的函.docx⟧</p>
<p>⟦m 发件人：餐饮部 梁静怡 &lt;liangjy@jinyuehotel.cn&gt;⟧</p>
<p>⟦m 收件人：采购部 温若兰 &lt;wenrl@jinyuehotel.cn&gt;⟧</p>
<p>⟦m 抄　送：总经理办公室⟧</p>
<p>⟦m 时　间：2025年3月17日（星期一）上午9:41⟧</p>
</div>
<div class="wm-note">⟦m 若兰：下面是我们给刀具厂的函，请采购部对接一下，谢谢。⟧</div>
<div class="wm-fwd">⟦m ---------- 转寄的邮件 ----------⟧</div>
<div class="wm-body">
<h3>{T}</h3>
{BODY}
</div>
<div class="wm-att">⟦a 附件（1个）：宴会蛋糕刀定制样式图.pdf　1.2MB　预览　下载⟧</div>
<div class="wm-foot">⟦m 锦悦酒店信息部 · 邮箱问题请拨分机 8066⟧</div>
</body>
</html>
""",
        body="""
兕岭县恒锐刀具制品厂：
我酒店今年婚宴、寿宴预订量较往年明显增加，宴会厅现有的蛋糕刀样式陈旧、数量不足。经了解，贵厂生产的不锈钢蛋糕刀质量可靠，现拟向贵厂定制一批宴会用蛋糕刀，有关事项函商如下：
一、定制内容。宴会用锯齿蛋糕刀60把，刀身长30厘米，刀柄为白色仿象牙材质，刀身一侧激光雕刻“锦悦”字样及酒店标识；配套蛋糕铲60把，样式与蛋糕刀统一。
二、质量要求。刀身采用食品级不锈钢，刃口经抛光处理，每把独立包装，随货提供材质检测报告。
三、交货时间。请于4月20日前交货，具体价格及付款方式请贵厂报价后另行商定。
请贵厂于3月25日前函复。
联系人：餐饮部　梁静怡，电话：0379-6277 8106。
附件：宴会蛋糕刀定制样式图
董浦锦悦酒店有限公司
2025年3月14日
""",
    ),
    dict(
        slug="mail-forward-test-letter-coffee-stirrers",
        site="邮件转发（纯文本） (invented forwarded mail, text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:cg@slkfcy.org?mid=20240910-0417",
        title="关于咖啡搅拌棒委托检验结果的函",
        record_title="Fw（转发）：关于咖啡搅拌棒委托检验结果的函",
        date="2024-09-05",
        date_also=["2024-09-10"],
        notes="a forwarded mail as text: forward header lines, a sender's note, a data table of test results, the "
        "letter's own contact and 抄送 line; the mail date differs from the 成文日期; a mail signature at the bottom",
        page="""
!m 发件人：兕岭县咖啡与茶饮行业协会秘书处 <slkfcy@163.com>
!m 发送时间：2024年9月10日 星期二 14:26
!m 收件人：全体会员单位
!t 主题：Fw（转发）：关于咖啡搅拌棒委托检验结果的函
!m 各会员单位：转发检验所来函，请各店对照自查。秘书处
!m -------- 原始邮件 --------
{T}
{BODY}
!m —— 秘书处　电话：0377-6621 9038
!d 此邮件及附件仅发送给会员单位，请勿对外转发。
""",
        body="""
兕岭县咖啡与茶饮行业协会：
受贵会委托，我所于8月对会员单位送检的咖啡搅拌棒样品进行了检验，现将结果函告如下：
样品类别　送检批次　合格批次　主要问题
木质搅拌棒　12　11　1批霉菌超标
纸质搅拌棒　6　6　无
塑料搅拌棒　4　3　1批迁移量超标
不锈钢搅拌棒　3　3　无
从检验情况看，木质搅拌棒主要问题是储存环境潮湿导致霉变，建议门店将木质搅拌棒存放在干燥通风处，开封后尽快用完；塑料搅拌棒的问题批次为无标识散装产品，建议会员单位从正规渠道采购。
联系人：食品接触材料检验室　芮晓峰，电话：0377-6617 2245。
兕岭县产品质量检验所
2024年9月5日
抄送：兕岭县市场监督管理局。
""",
    ),
]
