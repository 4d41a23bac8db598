"""holdout281, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (one HTML and one text each).

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qa-wenda-silver-bangle-real-question-title",
        site="问得到 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wendedao.example.com/question/55810327",
        title="怎么分辨银镯是不是真银？",
        record_title=None,
        date=None,
        notes="no title in the record: the question is the title; adopted-answer badge, vote row, more answers; 回答于 2 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>怎么分辨银镯是不是真银？ - 问得到</title></head>
<body>
<header class="wd-top"><a href="/">⟦m 问得到 · 有问题就问一问⟧</a><input placeholder="搜索问题"><a>⟦a 我要提问⟧</a><a>⟦a 登录⟧</a></header>
<div class="wd-q">
<div class="wd-topics">⟦l 话题：首饰　银饰　生活常识⟧</div>
<h1>{T}</h1>
<p class="wd-q-desc">⟦m 提问者：匿名用户　　2 人关注　1.1万 次浏览⟧</p>
</div>
<div class="wd-answer best">
<div class="wd-badge">⟦m ✔ 提问者采纳⟧</div>
<div class="wd-author">⟦m 银坊老杜　从业二十年的银匠⟧</div>
<div class="wd-time">⟦m 回答于 2 天前⟧</div>
<div class="wd-content">
{BODY}
</div>
<div class="wd-vote">⟦l ▲ 赞同 318　▼　💬 26 条评论　⤴ 分享⟧</div>
</div>
<div class="wd-more"><h3>⟦l 其他 4 个回答⟧</h3><p>⟦l 小棠：我是拿去金店免费测的，几分钟就出结果⟧</p></div>
<aside><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 银镯发黄了还能变白吗？⟧</li><li>⟦l 990足银和925银哪个好？⟧</li></ul></aside>
<footer>⟦m © 2025 问得到　京ICP备23044180号⟧</footer>
</body></html>
""",
        body="""
说几个自己在家就能试的办法，仅供参考：
1.看印记。正规银镯内圈一般会打“S990”“S925”或“足银”等印记，没有任何印记的要多留个心眼。
2.用磁铁吸。银不会被磁铁吸住，如果一吸就粘上，里面多半是铁或镍。
3.用白纸擦。真银在白纸上用力擦会留下淡淡的灰黑色痕迹。
4.看发票和证书。最稳妥的是找有检测资质的机构出具检测证书，购买时一定要索要发票。
需要提醒的是，前三种方法只能初步判断，不能代替专业检测。如果花了大价钱，还是建议拿去检测一下。
""",
    ),
    dict(
        slug="qa-zhilin-sedan-chair-customs-answer",
        site="知邻问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://ask.zhilin.example.cn/q/209334",
        title="老家结婚还用花轿，新娘上轿前后有哪些讲究？",
        record_title="老家结婚还用花轿，新娘上轿前后有哪些讲究？ - 乡风民俗 - 知邻问答",
        date=None,
        notes="Q&A text page: question, best answer, more answers; relative answer time; no date",
        page="""
!m 知邻问答 — 街坊邻居帮你答
!m 分类：生活 › 乡风民俗
{T}
!m 6 个回答　　被浏览 3402 次
!m 最佳答案　耆山阿芬　回答于 4 天前
{BODY}
!l 👍 有用 56　　👎 没用 2　　评论 8
!l 其他回答
!l 澉口人：我们那边还要“压轿”，让小男孩先坐一下
!a 登录后才能回答问题　去登录
!m 知邻问答　蜀ICP备21039926号
""",
        body="""
我是澉水县耆山人，家里长辈办过几回花轿婚礼，说说我们那边的讲究，各地不一样，仅供参考。
一是“哭轿”。新娘上轿前要在母亲怀里哭一场，表示舍不得娘家。现在多是象征性地抹抹眼泪。
二是“背上轿”。新娘出门脚不沾地，由兄弟背上花轿，寓意不带走娘家的福气。
三是“颠轿”。轿夫在路上会故意颠几下，逗新娘说话，新郎家要给红包才肯抬稳。
四是“跨火盆”。花轿到了男方家门口，新娘下轿要跨过火盆，寓意日子红红火火。
这些老规矩图的是热闹和吉利，现在年轻人办花轿婚礼，大多只保留一两样。
""",
    ),
    dict(
        slug="collection-shaobonian-memoir-pewter-pot-gb2312",
        site="邵伯年文集 (invented personal site, gb2312)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.shaobonian.example.net/xihua/07.htm",
        title="父亲的那把锡酒壶",
        record_title="父亲的那把锡酒壶（《燠川锡话》之七）- 邵伯年文集",
        date=None,
        notes="old gb2312 personal site: marquee, chapter links, 繁體/简体 links, visitor counter, author's mailbox; memoir with no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的那把锡酒壶（《燠川锡话》之七）- 邵伯年文集</title></head>
<body bgcolor="#F5F0E6">
<table width="800" align="center" border="0"><tr><td align="center"><font size="5">⟦m 邵伯年文集⟧</font><br>⟦m 一个老锡匠儿子的絮叨⟧</td></tr>
<tr><td><marquee>⟦m 《燠川锡话》连载中，每月初一更新，欢迎老朋友常来坐坐⟧</marquee></td></tr>
<tr><td align="right"><a href="/big5/">⟦a 繁體⟧</a> <a href="/">⟦a 简体⟧</a></td></tr></table>
<table width="800" align="center" border="1" cellpadding="8"><tr>
<td width="160" valign="top"><b>⟦l 《燠川锡话》目录⟧</b><br>
<a href="05.htm">⟦l 之五　化锡的坩埚⟧</a><br><a href="06.htm">⟦l 之六　臧湾锡匠街⟧</a><br><a href="08.htm">⟦l 之八　一块老锡砧⟧</a></td>
<td valign="top">
<p align="center"><b>{T}</b></p>
<p align="center">⟦m 《燠川锡话》之七⟧</p>
{BODY}
<p align="center">⟦l 【上一则】臧湾锡匠街　【下一则】一块老锡砧　【回目录】⟧</p>
</td></tr></table>
<table width="800" align="center"><tr><td align="center">⟦w 来信请寄：shaobn1951@example-mail.cn⟧<br>⟦m 本站自2006年开通，已有 0087213 人次来访⟧<br>⟦d 文章版权归作者所有，转载请先来信⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是臧湾镇有名的锡匠，打了一辈子锡壶，自己却只留下一把。
那把锡酒壶是他二十岁出师时打的，圆肚细颈，壶盖上錾着一朵梅花。每年冬天，母亲把黄酒倒进壶里，坐在炭盆边温着，父亲收工回来，总要先喝上一小盅。
父亲常说，锡壶好不好，一听二看三摸。敲一敲，声音要清；看一看，焊缝要匀；摸一摸，壶身要光。他做的壶，从来没有人上门退过。
父亲走后，这把锡壶一直放在我书房的柜子里。前年县文化馆办锡器展，来人想借去展出，我犹豫了好几天，最后还是答应了。展览那天，我看见它站在玻璃柜里，壶盖上的梅花还在，就像父亲还站在那里。
""",
    ),
    dict(
        slug="collection-qishan-memoir-grandma-sedan-wrapped",
        site="耆山旧事 (invented personal collection)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="text",
        source="https://qishanjiushi.example.org/juan2/11.txt",
        title="外婆坐过的那顶花轿",
        record_title="外婆坐过的那顶花轿 · 《耆山旧事》卷二",
        date=None,
        notes="memoir hard-wrapped at 56 columns with an indent; a year only in the text is no date; chapter navigation",
        page="""
!m 《耆山旧事》　沈默之 著
!m 卷二　婚嫁　·　第十一篇
{T}
{BODY}
!l 〈上一篇　喜饼铺〉　〈目录〉　〈下一篇　陪嫁的樟木箱〉
!d 本集文字由作者本人整理发布，谢绝商业转载。
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
外婆出嫁那年是一九四八年，坐的是耆山镇王家轿行的四抬花轿。
听外婆说，那顶花轿红呢轿衣，四角挂着铜铃，轿顶是一只木雕的金鸡。从她娘家到外公家要走十五里山路，轿夫换了三次肩，走到半路还下起了小雨。
外婆说，她在轿子里又紧张又饿，偷偷吃了母亲塞给她的两个鸡蛋。到了外公家门口，鞭炮一响，她才把蒙在头上的红盖头扶正。
后来轿行关了门，那顶花轿不知去向。前几年，我在县文化馆的展厅里看到一顶相似的老花轿，轿顶也是一只金鸡。我拍了照片拿给外婆看，她看了很久，连说了两遍“像”。
""",
    ),
    dict(
        slug="party-ganshui-summary-door-god-coop",
        site="澉水先锋网 (invented Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gsxianfeng.example.cn/jcdj/202501/t20250113_2208.html",
        title="耆山镇年画村党总支2024年党建引领门神年画产业发展工作总结",
        record_title="【红色动能】耆山镇年画村党总支2024年党建引领门神年画产业发展工作总结_澉水先锋网",
        date="2025-01-06",
        date_also=["2025-01-13"],
        notes="Party portal with a study-points prompt and a read-on-phone QR line; 成文日期 under the signature differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【红色动能】耆山镇年画村党总支2024年党建引领门神年画产业发展工作总结_澉水先锋网</title></head>
<body>
<div class="dj-top">⟦m 中共澉水县委组织部主办⟧ <a>⟦a 党员登录⟧</a></div>
<div class="dj-logo">⟦m 澉水先锋网⟧</div>
<ul class="dj-nav"><li>⟦m 首页⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li><li>⟦m 先锋风采⟧</li></ul>
<div class="dj-pos">⟦m 当前位置：首页 - 基层党建 - 支部工作⟧</div>
<h1>{T}</h1>
<div class="dj-info">⟦m 日期：2025-01-13　来源：耆山镇党委　作者：邢若谷⟧</div>
<div class="dj-points">⟦a 阅读满3分钟可获学习积分1分⟧</div>
<div class="dj-text">
{BODY}
</div>
<div class="dj-qr">⟦a 扫码在手机上继续阅读⟧</div>
<div class="dj-rel"><h4>⟦l 延伸阅读⟧</h4><ul><li>⟦l 澉口镇党委：党员带头发展特色手工业⟧</li><li>⟦l 年画村里的“先锋岗”⟧</li></ul></div>
<div class="dj-foot">⟦m 澉水先锋网版权所有　湘ICP备18012297号-2⟧</div>
</body></html>
""",
        body="""
2024年，村党总支坚持把党建引领贯穿门神年画产业发展全过程，带领群众走出了一条“小年画、大产业”的路子。
一、建强组织。在年画合作社成立党支部，7名党员刻版艺人全部编入“技艺传承先锋岗”，每人结对带徒2名。
二、抱团发展。党总支领办年画合作社，统一收购、统一包装、统一线上销售，全年销售门神年画4.3万张，销售额达到86万元，带动32户村民增收。
三、服务群众。党员志愿者春节前走村入户送门神、写春联，为老人和困难家庭送去年画1200余张。
2025年，我们将继续推动年画进景区、进校园，把党建优势转化为发展优势。
耆山镇年画村党总支
2025年1月6日
""",
    ),
    dict(
        slug="party-maoling-speech-silver-alliance-cn-date",
        site="懋岭党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://dj.maoling.example.cn/jhjs/20250402/889.html",
        title="在斐溪镇银饰产业党建联盟成立大会上的讲话",
        record_title="〖联建共建〗在斐溪镇银饰产业党建联盟成立大会上的讲话 - 懋岭党建网",
        date="2025-03-28",
        notes="speech: speaker line and a date in Chinese numerals under the title (neutral lines); study-points prompt and share row",
        page="""
!m 懋岭党建网　|　懋岭县委组织部主办
!m 首页 > 讲话精神 > 乡镇讲话
{T}
镇党委书记　崔启明
（二〇二五年三月二十八日）
{BODY}
!a 本文已读满，学习积分+1（今日已得4分）
!l 分享到：党员群　朋友圈　复制链接
!l 上一篇：斐溪镇2025年基层党建工作要点
!m 懋岭党建网　联系我们：0718-6608800
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，斐溪镇银饰产业党建联盟正式成立了。这是我们推动党建和产业深度融合的一件实事。
斐溪打银镯的手艺传了两百多年，全镇现有银饰加工户146家，从业人员800多人。但长期以来，各家各户单打独斗，有的压价竞争，有的以次充好，一只银镯的名声坏了，整个斐溪都受影响。
联盟成立后，要做好三件事：一是立规矩，所有成员单位统一执行含银量明码标注；二是育人才，党员银匠带头收徒，每年举办一次錾刻技能比武；三是闯市场，共同打造“斐溪银”区域品牌。
同志们，一只银镯连着千家万户。希望大家心往一处想、劲往一处使，让斐溪银饰越擦越亮！
""",
    ),
    dict(
        slug="hospital-xizhou-notice-remove-silver-bangles",
        site="禊州市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xzsey.example.cn/jzzn/2025/0422/1377.html",
        title="手术前请摘除银镯等金属饰品",
        record_title="【就医指南】手术前请摘除银镯等金属饰品-禊州市第二人民医院",
        date="2025-04-21",
        date_also=["2025-04-22"],
        notes="hospital site with booking float, 24-hour line and experts list; the theatre's own 护士站 phone stays in the body; "
        "成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【就医指南】手术前请摘除银镯等金属饰品-禊州市第二人民医院</title></head>
<body>
<div class="h-top">⟦m 禊州市第二人民医院　三级综合医院⟧ ⟦m 24小时急救电话：0719-8860120⟧</div>
<ul class="h-nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="h-pos">⟦m 首页 &gt;&gt; 就医指南 &gt;&gt; 住院须知⟧</div>
<div class="h-art">
<h2>{T}</h2>
<p class="h-info">⟦m 发布：2025-04-22　作者：手术室　阅读：2310⟧</p>
{BODY}
</div>
<div class="h-float">⟦a 预约挂号⟧ ⟦a 智能导诊⟧ ⟦w 预约专线 0719-8861000⟧</div>
<div class="h-experts"><h4>⟦l 专家推荐⟧</h4><p>⟦l 麻醉科　魏振川　主任医师⟧</p></div>
<div class="h-foot">⟦m 地址：禊州市禊阳区人民路106号⟧<br>⟦m 鄂ICP备13020886号　禊州市第二人民医院 版权所有⟧</div>
</body></html>
""",
        body="""
近期，手术室多次遇到患者戴着银镯进入手术间的情况。有的银镯戴了多年，已经取不下来，只能临时剪断，给患者带来不便和损失。为保障手术安全，现提醒如下：
一、手术中需要使用高频电刀，金属饰品可能导致皮肤灼伤，银镯、戒指、耳环等金属饰品须在术前全部摘除。
二、长期佩戴、难以摘下的银镯，请在入院当天告知责任护士，可在病房用肥皂水润滑后协助取下。
三、摘下的饰品请交家属保管，医院不负责代为保管贵重物品。
如有疑问，请咨询手术室护士站，电话：0719-8862315。
禊州市第二人民医院手术室
2025年4月21日
""",
    ),
    dict(
        slug="hospital-xizhou-lab-beaker-cleaning-rules-record",
        site="禊州市第二人民医院 检验科页面 (invented)",
        style="医院官网",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.xzsey.example.cn/ks/jyk/zd/0318.html",
        title="检验科玻璃器皿清洗消毒操作规程",
        date=None,
        notes="record title as is; a regulation with 第N条 articles and no date; hospital header with 24-hour line and booking prompt",
        page="""
!m 禊州市第二人民医院 · 检验科
!m 科室首页 ／ 规章制度 ／ 操作规程
{T}
!m 更新于：上周　　浏览：318
{BODY}
!a 【打印此规程】　【返回科室首页】
!w 网上预约挂号，关注“禊州二院”服务号，或拨打 0719-8861000
!m 24小时急救电话：0719-8860120
""",
        body="""
第一条　为规范检验科烧杯、三角瓶、量筒等玻璃器皿的清洗消毒，防止交叉污染，制定本规程。
第二条　使用后的玻璃器皿应先放入含有效氯2000mg/L的消毒液中浸泡30分钟以上。
第三条　浸泡后用毛刷刷洗烧杯内外壁，再用自来水冲洗三遍、纯化水冲洗一遍。
第四条　洗净的烧杯应倒置于器皿架上晾干，内壁不挂水珠为合格。
第五条　清洗时发现裂纹、缺口的器皿，应立即停用，放入锐器回收箱。
第六条　清洗人员须佩戴手套、口罩和护目镜，操作结束后按规定洗手。
第七条　本规程由检验科负责解释，自印发之日起执行。
""",
    ),
    dict(
        slug="univ-xizhou-news-beaker-open-day-h1",
        site="禊州学院化学与材料学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://chem.xzxy.example.edu.cn/info/1021/6634.htm",
        title="化学与材料学院举办“烧杯里的安全课”实验室开放日",
        record_title=None,
        record_date="2025-05-20",
        date="2025-05-20",
        notes="no title in the record: the <h1>; record date; a dotted date on the page; 供稿 line and photo caption as chrome",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>学院新闻-禊州学院化学与材料学院</title></head>
<body>
<div class="x-head"><img src="/img/xzxy_logo.png" alt=""><span>⟦m 禊州学院 化学与材料学院⟧</span></div>
<ul class="x-nav"><li>⟦m 学院概况⟧</li><li>⟦m 师资队伍⟧</li><li>⟦m 人才培养⟧</li><li>⟦m 学院新闻⟧</li></ul>
<div class="x-pos">⟦m 当前位置: 首页 &gt;&gt; 学院新闻 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="x-info">⟦m 2025.05.20　点击：[<span>641</span>]次⟧</div>
<div class="x-content">
{BODY}
</div>
<div class="x-prevnext">⟦l 上一条：我院召开2025届毕业生就业推进会⟧<br>⟦l 下一条：学院教师在省实验教学技能大赛中获佳绩⟧</div>
<div class="x-foot">⟦m 版权所有：禊州学院化学与材料学院　地址：禊州市学府路9号⟧</div>
</body></html>
""",
        body="""
5月18日，化学与材料学院在实验楼举办实验室安全开放日，来自禊州市三所中学的120名学生走进实验室，上了一堂“烧杯里的安全课”。
活动中，研究生志愿者演示了烧杯加热、溶液稀释等基本操作，并现场对比了垫石棉网和不垫石棉网加热时烧杯受热的差别。同学们还分组动手配制了一杯蓝色的硫酸铜溶液。
⟦m （图为学生在志愿者指导下配制溶液）⟧
学院实验室安全管理办公室负责人介绍，学院每年都会面向中小学开放实验室，让更多孩子从小养成规范操作的习惯。
⟦m （化学与材料学院　供稿　摄影：宋知夏　编辑：倪一苇）⟧
""",
    ),
    dict(
        slug="univ-xizhou-museum-notice-sedan-exhibition",
        site="禊州学院民俗博物馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://museum.xzxy.example.edu.cn/tzgg/2025/0425.htm",
        title="关于举办“花轿与旧时婚俗”专题展的通知",
        record_title="关于举办“花轿与旧时婚俗”专题展的通知-民俗博物馆-禊州学院",
        date="2025-04-25",
        notes="university museum text page; 成文日期 under the signature; visit counter and print links",
        page="""
!m 禊州学院民俗博物馆
!m 馆首页 → 通知公告栏
{T}
!m 作者：博物馆办公室　　访问量：905
!a [ 打印本页 ]　[ 关闭本页 ]
{BODY}
!l 上一篇：博物馆五一假期开放安排
!l 下一篇：招募2025年春季学生讲解员
!m 禊州学院民俗博物馆　电话：0719-8233706　地址：图书馆东楼一层
""",
        body="""
各学院、各部门：
为展示传统婚俗文化，民俗博物馆将于5月8日至6月30日举办“花轿与旧时婚俗”专题展，现将有关事项通知如下。
一、展出内容：清代八抬花轿1顶、民国四抬花轿1顶，以及轿衣、喜帘、婚书等实物86件。
二、开放时间：每周二至周日9:00—17:00，周一闭馆。
三、参观方式：师生凭校园卡免费参观；校外团体参观请提前三天预约。
欢迎各单位组织师生参观。
民俗博物馆
2025年4月25日
""",
    ),
]
