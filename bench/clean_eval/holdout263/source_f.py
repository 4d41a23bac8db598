"""holdout263, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
Every case written by hand.
"""

CASES = [
    dict(
        slug="examforum-shangan-essay-billhook-green-hills-jammer-html",
        site="上岸研习社 (invented, civil-service-exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganyxs.com/thread-661208-1-1.html",
        title="一把柴刀与一座青山",
        record_title="〔申论·作文诊所〕一把柴刀与一座青山（三改稿）- 申论作文互改 - 上岸研习社",
        date=None,
        notes="exam forum thread with jammer fonts in the essay, a reply-to-see prompt, a rating row, a QQ-group ad "
        "and a signature; post time relative, no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔申论·作文诊所〕一把柴刀与一座青山（三改稿）- 申论作文互改 - 上岸研习社</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="static/js/forum.js"></script>
</head>
<body>
<div id="hd">⟦m 上岸研习社⟧ ⟦m 考公路上，有人同行⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="nv">⟦m 社区首页　行测专区　申论专区　面试专区　上岸经验⟧</div>
<div id="pt">⟦m 上岸研习社 › 申论专区 › 申论作文互改⟧</div>
<div class="qqad">⟦w 申论一对一精批，加QQ群 830167725 找助教⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 想上岸的小满⟧<br>⟦m 用户组：备考新兵⟧</td>
<td class="plc">
<h1>⟦t 〔申论·作文诊所〕一把柴刀与一座青山（三改稿）⟧</h1>
<div class="authi">⟦m 发表于 4 天前　|　显示全部楼层⟧</div>
<div class="t_f">
<p>{T}</p>
{BODY}
</div>
<div class="locked">⟦a 本帖下方的老师点评，回复本帖后才能看到⟧</div>
<div class="rate">⟦l 评分 9 人　研习币 +27　“结构清楚”“分论点再凝练”⟧</div>
<div class="sign">⟦l 签名档：今年一定上岸！⟧</div>
</td></tr></table>
<div id="fastpost">⟦a 快速回帖　写下你的批改意见⟧</div>
<div id="ft">⟦m 上岸研习社 Powered by Discuz! X3.4⟧ ⟦m 京ICP备19041157号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
在醍水县的大山里，护林员的腰间总挂着一把柴刀。过去，这把刀砍下的是山上的树；如今，它劈开的是守护青山的路。一把柴刀的变化，折射出乡村发展理念的深刻转变。
柴刀变化的背后，是从“靠山吃山”到“养山护山”的转变。二三十年前，不少山民靠砍柴卖炭为生，山越砍越秃，水土越流越多。随着天然林保护和生态补偿政策的落地，昔日的砍柴人成了护林员，柴刀的用途也从伐木变成了清理藤蔓、开辟防火隔离带。
守护青山，需要制度保障。要完善生态护林员的选聘和考核机制，让护林员收入有保障、干得有奔头。
守护青山，更要让绿水青山产生效益。林下经济、森林康养、生态旅游，都能让山里人在家门口端上“绿饭碗”。
一把柴刀，连着过去和未来。让青山常在，是我们这一代人的责任。
""",
    ),
    dict(
        slug="examforum-mianba-interview-galoshes-shortage-junk",
        site="面霸论坛 (invented, interview-prep forum)",
        style="公考论坛",
        genre="面试题答",
        kind="other",
        form="text",
        source="http://www.mianbabbs.com/t/20417",
        title="雨鞋不够分，群众情绪激动怎么办？",
        record_title="【面试晨读·应急题】雨鞋不够分，群众情绪激动怎么办？- 面试交流 - 面霸论坛",
        date=None,
        notes="interview-answer thread with forum junk as lines and glued after sentences; a 第一/第二 list; "
        "relative post time, no date",
        page="""
!m 面霸论坛 — 结构化面试练习第一站
!m 论坛首页 › 面试交流 › 应急应变
!t 【面试晨读·应急题】雨鞋不够分，群众情绪激动怎么办？
!m 楼主 面试练到吐　发表于 6 天前　查看 2204　回复 38
{BODY}
!a 觉得有帮助就顶一下　|　收藏
!l 2楼　陔阳考生：第二点可以再细一点，说说怎么核对名单
!l 3楼　版主·阿岚：思路完整，注意答题时间控制在3分钟内
!a 游客请先登录再回帖
!m 面霸论坛 © 2016-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
题目：暴雨过后，你负责在安置点给受灾群众发放雨鞋，但雨鞋数量不够，有几位群众情绪激动，围住你要说法。你怎么办？
我的作答思路：
第一，稳住情绪。我会先请大家到帐篷里坐下，说明这是第一批物资，后续还会运到，请大家放心，不会漏掉任何一户。
第二，按需分配。立即和村干部核对名单，优先发给老人、孩子和需要下田排水的群众，其余群众登记尺码和数量。
第三，及时补缺。马上向指挥部报告缺口数量，联系附近供销社紧急调货，并把预计到货时间告诉群众。
第四，事后总结。物资发放完毕后，梳理这次统计不准的原因，完善物资台账，避免类似情况再次发生。
""",
    ),
    dict(
        slug="wiki-bowen-entry-teacup-infobox-html",
        site="博闻百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.bowen-wiki.cn/item/chazhong/10327",
        title="茶盅",
        record_title="茶盅_饮茶器具_博闻百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "sentences, an 'edit this section' link glued to a heading; the one-word entry name opens the body (head); "
        "no date (an update stamp only)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>茶盅_饮茶器具_博闻百科</title>
<link rel="stylesheet" href="//static.bowen-wiki.cn/css/item.css">
<script src="//static.bowen-wiki.cn/js/item.js"></script>
</head>
<body>
<div class="bw-top"><a href="/">⟦m 博闻百科⟧</a> <span>⟦m 博采众闻，人人可编⟧</span> <a href="/login">⟦a 登录⟧</a></div>
<div class="bw-tabs">⟦a 词条　讨论　编辑　历史版本⟧</div>
<div class="bw-entry">
<h1>{T}</h1>
<p class="bw-sub">⟦m 饮茶器具⟧</p>
<div class="bw-info">
<dl><dt>⟦m 中文名⟧</dt><dd>⟦m 茶盅⟧</dd></dl>
<dl><dt>⟦m 别　称⟧</dt><dd>⟦m 茶瓯、小茶杯⟧</dd></dl>
<dl><dt>⟦m 材　质⟧</dt><dd>⟦m 陶瓷为主⟧</dd></dl>
<dl><dt>⟦m 主要产地⟧</dt><dd>⟦m 醍水、皑山等地⟧</dd></dl>
</div>
<div class="bw-toc">⟦l 目录　1 形制　2 用途　3 产地⟧</div>
<div class="bw-text">
{BODY}
</div>
<div class="bw-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 醍水县地方志编纂委员会.醍水县志·工艺卷⟧</p></div>
<div class="bw-stat">⟦m 词条最近更新：3 天前　浏览 12803 次　编辑 17 次⟧</div>
</div>
<div class="bw-foot">⟦d 博闻百科词条由网友协作编辑，内容仅供参考⟧ ⟦m 沪ICP备20046615号⟧</div>
</body>
</html>
""",
        body="""
茶盅是一种口小、壁厚、有圈足的小型饮茶器具，容量一般在30至80毫升之间，多为陶瓷质地，常见于南方山区和沿海地区的日常饮茶。⟦m [1]⟧
形制⟦a [修改此节]⟧
茶盅通常没有把手，杯身略呈直筒或微收腰，口沿外撇，便于饮用时不烫唇。传统茶盅多施青白釉或酱釉，也有素烧不施釉的粗陶茶盅。
用途
茶盅主要用于饮用功夫茶和浓茶，也用于待客敬茶。在一些地方，主人会用茶盅斟满第一杯茶敬给长辈，称为“头盅茶”。⟦m [2]⟧
产地
醍水、皑山一带的柴窑至今仍烧制传统茶盅，其中醍水老窑茶盅以胎薄釉润著称。
""",
    ),
    dict(
        slug="wiki-xiangwu-entry-backbasket-title-line",
        site="乡物百科 (invented encyclopaedia of rural things)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.xiangwubaike.com/wiki/beilou",
        title="背篓",
        record_title=None,
        date=None,
        notes="no title in the record: the entry's title line; the entry name opens the body (head); edit and "
        "history links, an infobox line, see-also tags; no date",
        page="""
!m 乡物百科 · 记录乡土器物
!a 编辑词条　|　查看历史　|　添加义项
{T}
!m 类别：竹木器具 › 盛装搬运
!m 词条信息：别名 背篼、背筐｜材料 竹篾、藤条｜流行地区 西南、中南山区
{BODY}
!l 相关词条：箩筐　簸箕　扁担　竹篮
!m 本词条由 27 位编辑者共同完成，最近修订于 2 周前
!d 乡物百科内容依据知识共享协议发布，转载请注明来源。
""",
        body="""
背篓，又称背篼、背筐，是用竹篾或藤条编成的背负式盛物器具，上大下小，两侧系有背带，广泛使用于西南、中南山区。
背篓按用途可分为柴背篓、猪草背篓、花背篓等。柴背篓篾粗眼大，用于背柴草；花背篓编织精细，常用彩色篾片编出图案，旧时多作为女子出嫁的陪嫁物品。
编织一只背篓一般要经过选竹、破篾、刮篾、起底、编身、锁口、上背带等工序，熟练的篾匠一天可以编成一只。
在交通不便的山区，背篓至今仍是运送农具、农产品和日用品的重要工具。一些地方还以背篓为题材开展民俗表演，如“背篓舞”。
""",
    ),
    dict(
        slug="clouddrive-yunxia-bulletin-billhook-accident-wps-html",
        site="云匣网盘 (invented cloud drive, document preview)",
        style="网盘分享",
        genre="通报",
        kind="notice",
        form="html",
        source="https://pan.yunxia.cn/s/1kQ7rT2wZp",
        title="关于一起清林作业柴刀砍伤事故的通报",
        record_title="关于一起清林作业柴刀砍伤事故的通报.wps",
        date="2024-12-16",
        notes="cloud-drive preview cut by page-marker paragraphs of its own form; VIP and save prompts, a share "
        "stamp (no date); 抄送 and 印发 lines stay in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于一起清林作业柴刀砍伤事故的通报.wps - 云匣网盘</title>
<link rel="stylesheet" href="https://pan.yunxia.cn/static/preview.css">
<script src="https://pan.yunxia.cn/static/preview.js"></script>
</head>
<body>
<div class="yx-bar">
<span class="yx-logo">⟦m 云匣网盘⟧</span>
<span class="yx-file">⟦t 关于一起清林作业柴刀砍伤事故的通报.wps⟧</span>
<span class="yx-size">⟦m 31.5KB　分享于 2024-12-19 08:16⟧</span>
</div>
<div class="yx-actions"><button>⟦a 存到我的云匣⟧</button> <button>⟦a 下载（SVIP高速通道）⟧</button></div>
<div class="yx-user">⟦m 分享者：林场办公室小周⟧</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 在线预览仅支持前 3 页，开通SVIP查看完整文档⟧</div>
<div class="yx-report">⟦a 举报该分享⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣传播违法违规内容，一经发现将取消分享⟧ ⟦m © 云匣网盘⟧</div>
</body>
</html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⚶ {n} ⚶", every=115, start=2),
        body="""
各管护站：
2024年12月9日上午，石门管护站临时清林人员欧某在后山清理灌木时，因两人作业间距过近，被同伴回拉的柴刀砍伤右小腿，伤口长约8厘米，经送县人民医院缝合治疗，已无生命危险。
经调查，事故的直接原因是作业人员未按规定保持五米以上间距，且未穿戴护腿；间接原因是管护站对临时人员的岗前安全教育流于形式。
为吸取教训，现提出以下要求：
一、各管护站立即对临时清林人员开展一次安全培训，未经培训的一律不得上山作业。
二、清林作业必须配发护腿和手套，作业间距不少于五米。
三、石门管护站站长作出书面检查，取消本年度评先资格。
醍水县国有林场
2024年12月16日
抄送：县林业局安全股。
醍水县国有林场办公室　　2024年12月16日印发
""",
    ),
    dict(
        slug="clouddrive-kuaicun-plan-galoshes-reserve-pdf-marker-lines",
        site="快存网盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.kuaicunpan.com/share/preview/Zk82mQ",
        title="陔阳县2024年汛期雨鞋等个人防护物资储备方案",
        record_title="陔阳县2024年汛期雨鞋等个人防护物资储备方案.pdf",
        date="2024-05-10",
        notes="file-name record title; a text preview cut by page markers of its own form on lines of their own; a "
        "table of reserves; 成文日期 under the signature; save/download prompts",
        page="""
!m 快存网盘 · 文件预览
!t 陔阳县2024年汛期雨鞋等个人防护物资储备方案.pdf
!m 来自 县应急局-物资科 的分享　｜　有效期 7 天
!a 保存到网盘　　普通下载　　会员极速下载
{BODY}
!a 预览结束，保存到网盘后可查看全文
!d 快存网盘提醒：请核实文件来源，谨防诈骗。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⸓第{n}页⸓", every=110, start=2),
        body="""
为做好今年汛期抢险救援人员的个人防护保障，结合我县实际，制定本方案。
一、储备品种和数量
品种　规格　数量　储备地点
高筒雨鞋　39—45码　1500双　县应急物资仓库
连体雨裤　均码　600件　县应急物资仓库
雨衣　加厚型　1500件　各乡镇物资点
二、储备要求
（一）雨鞋按尺码分箱存放，箱外标明尺码和数量，39码至42码的数量不少于总数的六成。
（二）仓库保持通风干燥，雨鞋要远离热源，避免橡胶老化开裂。
三、调用程序
乡镇需要调用时，由乡镇防汛办提出申请，经县防指办公室批准后，仓库在两小时内完成出库。
陔阳县应急管理局
2024年5月10日
""",
    ),
    dict(
        slug="snapshot-tanwei-museum-teacup-exhibition-html",
        site="探微搜索 snapshot of 赭川县博物馆 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cache.tanweisou.com/snap?u=www.zcmuseum.org.cn/gg/2024/0927/66.html",
        title="关于举办“一盅一世界——馆藏茶盅特展”的公告",
        record_title="探微快照 ｜ 关于举办“一盅一世界——馆藏茶盅特展”的公告 - 赭川县博物馆",
        date="2024-09-26",
        date_also=["2024-09-27"],
        notes="search snapshot frame: a capture banner (no date), highlighted terms; the museum page inside with "
        "its nav and footer; the repeated title glued before the salutation; following an account to book is "
        "content; 成文日期 differs from the museum page's posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>探微快照 ｜ 关于举办“一盅一世界——馆藏茶盅特展”的公告 - 赭川县博物馆</title>
<base href="https://www.zcmuseum.org.cn/">
<script src="https://cache.tanweisou.com/snap/hl.js"></script>
</head>
<body>
<div id="tw-snap" style="background:#fffbe6;border-bottom:1px solid #e0d6a8">
<p>⟦d 探微搜索为您保存了这个网页在 5 天前的样子，原网页可能已经变动⟧</p>
<p>⟦m 已为您标出这些词：<b style="background:#ff6">茶盅</b> <b style="background:#9cf">特展</b>⟧</p>
<p>⟦a 查看原网页⟧ ⟦a 仅显示文字⟧</p>
</div>
<div class="mu-head">⟦m 赭川县博物馆⟧ ⟦m 藏一方水土　展千年窑火⟧</div>
<div class="mu-nav">⟦m 首页　本馆概况　展览资讯　馆藏精品　参观指南⟧</div>
<div class="mu-path">⟦m 首页 > 展览资讯 > 通知公告⟧</div>
<div class="mu-art">
<h2>⟦t 关于举办“一盅一世界——馆藏茶盅特展”的公告⟧</h2>
<p class="mu-info">⟦m 发布日期：2024-09-27　来源：陈列部⟧</p>
<div class="mu-text">
{BODY}
</div>
</div>
<div class="mu-foot">⟦m 地址：赭川县城关镇文庙街3号⟧ ⟦m 湘ICP备14011908号⟧</div>
</body>
</html>
""",
        body="""
⟦t 关于举办“一盅一世界——馆藏茶盅特展”的公告⟧各位观众：
为展示本地传统茶器文化，赭川县博物馆定于2024年10月1日至12月31日在二楼临时展厅举办“一盅一世界——馆藏茶盅特展”。现将有关事项公告如下。
一、展览内容：展出馆藏明清至近现代茶盅186件，分“窑火”“器形”“茶俗”三个单元，其中醍水老窑青白釉茶盅42件为首次集中展出。
二、开放时间：每周二至周日9:00至17:00（16:30停止入馆），周一闭馆。
三、参观方式：免费参观，实行预约入馆。观众可关注“赭川县博物馆”公众号预约，团体参观请提前三天电话预约。
预约电话：0739-8536620
赭川县博物馆
2024年9月26日
""",
    ),
    dict(
        slug="snapshot-soubian-textcache-rules-backbasket-porters-record",
        site="搜遍网 text-only cache of the 厝岭古道景区 site (invented)",
        style="搜索快照",
        genre="制度",
        kind="other",
        form="text",
        source="http://cache.soubian.net/text?url=www.cuolinggudao.com/gonggao/15.html",
        title="厝岭古道景区背篓挑夫服务管理规定",
        date=None,
        notes="title as the record gives it; a text-only cache header with a relative capture time (no date); "
        "第N条 articles; only an effective clause, so no date",
        page="""
!d 【搜遍网·纯文字快照】本页面抓取于 6 天前，仅保留文字，图片和样式已去除
!m 原始地址：http://www.cuolinggudao.com/gonggao/15.html
!a 返回搜索结果　｜　访问原网页
!m 厝岭古道景区官网　首页 | 景区介绍 | 游览须知 | 公告
{T}
{BODY}
!m 景区咨询电话：0738-5168800
!m 厝岭古道景区管理处　版权所有
""",
        indent="\u3000\u3000",
        body="""
第一条　为规范厝岭古道景区背篓挑夫服务，保障游客和挑夫的合法权益，制定本规定。
第二条　在景区内从事背篓挑运服务的人员，须在景区管理处登记，领取统一编号的工作证和背篓标识牌。
第三条　挑夫应将工作证佩戴在胸前，背篓标识牌挂在背篓右侧，方便游客辨认。
第四条　挑运价格按景区公示标准执行：山门至半山亭每件20元，至山顶每件40元，不得加价或强行揽客。
第五条　单只背篓装载不得超过40公斤，雨雪天气和台阶结冰时暂停挑运服务。
第六条　游客对服务有意见的，可向景区管理处投诉，管理处应在三个工作日内答复。
第七条　本规定自公布之日起施行。
""",
    ),
    dict(
        slug="print-gaiyang-coop-reply-letter-galoshes-html",
        site="陔阳县供销合作社 (invented), print view",
        style="打印页",
        genre="函",
        kind="letter",
        form="html",
        source="http://www.gaiyanggxs.cn/print.php?id=2207",
        title="陔阳县供销合作社关于订购防汛雨鞋的复函",
        record_title="【纸质版排版】陔阳县供销合作社关于订购防汛雨鞋的复函",
        date="2024-06-14",
        notes="print view calling window.print(): a print stamp (no date), print and close buttons, the page "
        "address, a print footer of its own form; the co-op's own contact in the body",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【纸质版排版】陔阳县供销合作社关于订购防汛雨鞋的复函</title>
<style>@media print{.noprint{display:none}} body{font-family:"仿宋";width:640px;margin:0 auto}</style>
<script>window.onload=function(){window.print();};</script>
</head>
<body>
<div class="noprint">⟦a ［送往打印机］［不打了，关掉］⟧</div>
<div class="pr-site">⟦m 陔阳县供销合作社 · 门户网站⟧</div>
<h2 style="text-align:center">{T}</h2>
<div class="pr-meta">⟦m 打印于 2025-03-02 10:41　｜　本页地址：http://www.gaiyanggxs.cn/news.php?id=2207⟧</div>
<hr>
<div class="pr-body">
{BODY}
</div>
<hr>
<div class="pr-foot">⟦p ⩫ 页 1 ／ 1 ⩫⟧</div>
</body>
</html>
""",
        body="""
县应急管理局：
你局《关于请求协助订购防汛雨鞋的函》收悉。经研究，现将有关情况函复如下：
一、我社已联系罛湾胶鞋有限公司，可于6月25日前供应高筒防汛雨鞋800双，单价68元，较市场零售价低约15%。
二、雨鞋由厂家直接送至县应急物资仓库，运费由厂家承担，我社派人现场参与验收。
三、货款请于验收合格后10个工作日内拨付至我社账户，我社按规定开具发票。
联系人：甘立新，电话：0735-6212047
特此函复。
陔阳县供销合作社
2024年6月14日
""",
    ),
    dict(
        slug="print-weixi-school-notice-brazier-classrooms-record-date",
        site="隈溪县第二中学 (invented), print view",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.wxez.edu.cn/print.asp?id=1093",
        title="关于冬季教室严禁使用炭火盆取暖的通知",
        record_title="打印成纸 » 关于冬季教室严禁使用炭火盆取暖的通知",
        record_date="2024-12-04",
        date="2024-12-04",
        notes="text print view: the school's header, a print stamp (no date), the page address and a print footer "
        "of its own form; date from the record (also under the signature)",
        page="""
!m 隈溪县第二中学 — 打印页面
!a [打印此页]　[返回原文]
{T}
!m 打印时间：2025-01-06 15:22　　访问地址：http://www.wxez.edu.cn/show.asp?id=1093
{BODY}
!p ⌲ 第1页 / 共1页 ⌲
""",
        indent="\u3000\u3000",
        body="""
各年级组、各班主任：
近期气温持续走低，个别班级在教室内使用炭火盆取暖，存在一氧化碳中毒和火灾隐患。为确保师生安全，现就有关事项通知如下：
一、各教室、办公室、学生宿舍一律不得使用炭火盆取暖，已有的火盆由班主任于12月6日前收交总务处统一保管。
二、学校为各教室加装的电暖器将于12月10日前安装到位，在此之前，各班要合理安排课间活动，让学生适当运动取暖。
三、政教处、总务处每天组织一次巡查，发现违规使用的，责令立即熄灭并通报批评。
隈溪县第二中学
2024年12月4日
""",
    ),
    dict(
        slug="mail-museum-letter-custom-teacups-webmail-html",
        site="赭川县博物馆 webmail (invented), forwarded letter",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.zcmuseum.org.cn/read?mid=ZC20240827-0091",
        title="关于定制特展纪念茶盅的函",
        record_title="转发：关于定制特展纪念茶盅的函",
        date="2024-08-26",
        date_also=["2024-08-27"],
        notes="webmail reading view: folder list, reply/forward buttons, the forwarding mail's header with its own "
        "抄送 field and send date, an attachment bar; the letter's own 附件 list, contact, mailbox and 抄送 line "
        "stay in the body; 成文日期 differs from the mail's send date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>转发：关于定制特展纪念茶盅的函 - 赭川县博物馆邮箱</title>
<link rel="stylesheet" href="/webmail/skin/blue/read.css">
<script src="/webmail/js/read.js"></script>
</head>
<body>
<div class="wm-top">⟦m 赭川县博物馆邮箱⟧ ⟦m chenlie@zcmuseum.org.cn⟧ <a>⟦a 退出⟧</a></div>
<div class="wm-left">
<p>⟦a 写信⟧</p><p>⟦a 收信⟧</p>
<ul><li>⟦l 收件箱（12）⟧</li><li>⟦l 已发送⟧</li><li>⟦l 草稿箱⟧</li><li>⟦l 垃圾箱⟧</li></ul>
</div>
<div class="wm-read">
<div class="wm-btns">⟦a 回复　回复全部　转发　删除　标为未读　更多操作⟧</div>
<h3>⟦t 转发：关于定制特展纪念茶盅的函⟧</h3>
<table class="wm-head">
<tr><td>⟦m 发件人：秦岚 &lt;qinlan@zcmuseum.org.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：sales@aishanbaici.com⟧</td></tr>
<tr><td>⟦m 抄　送：陈列部 &lt;chenlie@zcmuseum.org.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2024年8月27日（星期二）上午9:03⟧</td></tr>
</table>
<div class="wm-attach">⟦a 附件 2 个：定制茶盅样图.jpg（1.4M）　数量及包装明细.xlsx（12K）　全部打包下载⟧</div>
<div class="wm-fwd">⟦m ------------------ 原始邮件 ------------------⟧</div>
<div class="wm-body">
<h2 style="text-align:center">{T}</h2>
{BODY}
</div>
</div>
<div class="wm-foot">⟦m 赭川县博物馆电子邮件系统⟧ ⟦d 本邮件可能含内部信息，误收请删除⟧</div>
</body>
</html>
""",
        body="""
皑山白瓷有限公司：
我馆定于今年10月举办“一盅一世界——馆藏茶盅特展”，拟定制一批特展纪念茶盅，供观众选购和对外交流使用。现将有关要求函告如下：
一、数量和规格：定制茶盅500只，容量约60毫升，青白釉，杯底落“赭川县博物馆　一盅一世界”款。
二、交货时间：请于9月20日前交付样品，9月30日前交付全部产品。
三、请贵公司按上述要求报价，并于9月2日前回复我馆。
附件：1.定制茶盅样图
2.数量及包装明细
联系人：秦岚，电话：0739-8536618，邮箱：qinlan@zcmuseum.org.cn
赭川县博物馆
2024年8月26日
抄送：县文化旅游广电体育局。
""",
    ),
    dict(
        slug="mail-tishui-forestry-letter-billhook-quality-fwd",
        site="a forwarded mail (invented), 醍水县林业局 to 锋岭工具",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:zhiliang@fenglingtools.com?fwd=20241028-0917",
        title="关于护林员专用柴刀质量问题的函",
        record_title="Fwd: 关于护林员专用柴刀质量问题的函（请质量部阅处）",
        date="2024-10-25",
        date_also=["2024-10-28"],
        notes="forwarded mail as text: the forwarder's note and the original mail's header lines as chrome; the "
        "letter's own contact in the body; 成文日期 differs from the mail's send date",
        page="""
!m 发件人：锋岭工具 销售部 <xiaoshou@fenglingtools.com>
!m 收件人：质量部 <zhiliang@fenglingtools.com>
!m 日期：2024年10月28日 周一 09:17
!t 主题：Fwd: 关于护林员专用柴刀质量问题的函（请质量部阅处）
!w 质量部各位：客户来函，请尽快安排人去林场看看，有事打我分机 8106。
!m ---------- Forwarded message ----------
!m From: 蓝正清 <lanzq@tishui-ly.gov.cn>
!m Date: 2024年10月28日 08:40
!m Subject: 关于护林员专用柴刀质量问题的函
{T}
{BODY}
!d 此邮件由锋岭工具邮件系统发送，若非指定收件人请立即删除。
""",
        indent="\u3000\u3000",
        body="""
皑山锋岭工具制造有限公司：
今年10月初，我局为县国有林场采购贵公司生产的“巡山”系列护林员专用柴刀200把。使用半个月来，林场陆续反映有17把柴刀出现刀柄橡胶套脱落、刀鞘锁扣断裂的问题，影响护林员作业安全。
请贵公司在收到本函后10日内派员到林场核实情况，对存在问题的柴刀予以免费更换，并书面说明原因和整改措施。
联系人：蓝正清，电话：0734-7220316
醍水县林业局
2024年10月25日
""",
    ),
]
