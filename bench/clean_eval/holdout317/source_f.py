"""holdout317, part F: exam forums, encyclopaedias, cloud drives, search caches, print views, forwarded mail.

Invented text, places, people, sites and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="examforum-dengke-interview-drying-pole-dispute-jammer",
        site="登科驿站 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.dengkeyz.example.com/thread-318844-1-1.html",
        title="小区居民因晒衣竿滴水起争执，你是社区工作人员怎么办",
        record_title="【面试·应急应变】小区居民因晒衣竿滴水起争执，你是社区工作人员怎么办（附社区调解思路）- 面试交流 - 登科驿站",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see prompt, a rating row, a QQ-group ad, a signature; "
        "'3 天前' is no date",
        page="""
<html><head><meta charset="utf-8">
<title>【面试·应急应变】小区居民因晒衣竿滴水起争执，你是社区工作人员怎么办（附社区调解思路）- 面试交流 - 登科驿站</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div id="hd">⟦m 登科驿站⟧　⟦m 公考人的加油站⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 登科驿站 › 面试专区 › 面试交流⟧</div>
<div class="ad">⟦w 面试结构化冲刺群：QQ群 771230945，进群领真题⟧</div>
<table><tr><td class="pls">⟦m 上岸在望⟧<br>⟦m 帖子 318　威望 21⟧</td>
<td class="plc"><h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复后才可查看⟧</div>
<div class="rate">⟦l 评分人数 9　驿站币 +18　理由：思路清晰⟧</div>
<div class="sign">⟦m 每日一练，坚持就是胜利⟧</div></td></tr></table>
<div class="pst">⟦a 高级模式　｜　发表回复⟧</div>
<div id="ft">⟦m 登科驿站　Powered by Discuz!　黔ICP备19014407号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
题目：某小区两户居民因楼上晒衣竿滴水发生争吵，楼下住户情绪激动，扬言要把晒衣竿剪断。你作为社区工作人员赶到现场，你会怎么处理？
我的作答如下。
第一，先稳情绪、防冲突。到场后我会先把双方劝开，请楼下住户到社区服务站坐下来喝杯水。我会告诉他，剪断晒衣竿不但解决不了问题，还可能承担赔偿责任，防止矛盾升级。
第二，查清情况、分清责任。我会和物业一起查看现场，了解晒衣竿的安装位置、滴水情况和楼下的损失。同时分别听取两户的说法。
第三，居中调解、解决问题。建议楼上住户把衣物拧干再晾，或在晒衣竿下方加装接水槽；楼下有实际损失的，协商给予合理补偿。
第四，举一反三、长效治理。以此为契机，在小区开展文明晾晒宣传，推动设置公共晾晒区，从源头上减少此类纠纷。
""",
    ),
    dict(
        slug="examforum-dengke-shenlun-enamel-mug-thrift-junk",
        site="登科驿站 (invented exam forum)",
        style="公考论坛",
        genre="申论作文",
        kind="other",
        form="text",
        source="https://bbs.dengkeyz.example.com/thread-320117-1-1.html",
        title="一只饭缸里的节约观",
        record_title="[申论大作文·自拟题] 一只饭缸里的节约观（请前辈指点）- 申论批改 - 登科驿站",
        date=None,
        notes="exam forum text page: junk lines and junk glued after 。; a level line, a correction request, replies; "
        "'前天' is no date",
        page="""
!m 登科驿站 › 申论专区 › 申论批改
!t [申论大作文·自拟题] 一只饭缸里的节约观（请前辈指点）
!m 楼主：笔耕不辍小陈　Lv.4　前天 22:18
!l 只看楼主　｜　打印本帖
{BODY}
!l 沙发　批改老王：立意不错，第二段论证可以再展开
!l 板凳　四月上岸：结尾有点仓促，可以加一句呼应标题
!a 登录后可以发表批改意见
!m 登科驿站 · 申论专区
""",
        junk=dict(lines=2, glued=3),
        body="""
在不少老职工的记忆里，一只搪瓷饭缸能用上几十年。打饭、盛汤、喝水都靠它，掉了瓷就补一补，缸口磕扁了就敲一敲，舍不得扔。这只饭缸里，装着一代人朴素的节约观。
今天，物质条件大大改善，但节约的意义并没有过时。一次性餐盒用完即扔，既浪费资源，又污染环境。一些机关食堂重新推行“自带饭缸”，看似是小事，实则是把节约从口号变成了习惯。
节约不是吝啬，而是对资源的珍惜、对劳动的尊重。从一只饭缸做起，从一粒米、一度电做起，节约才能真正成为全社会的自觉行动。
""",
    ),
    dict(
        slug="wiki-zhiyuan-entry-dumpling-mat-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/饺子帘/60213",
        title="饺子帘",
        record_title="饺子帘_知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after "
        "sentences; the entry name in the h1 is also the body's first word (head); no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>饺子帘_知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧　<input placeholder="搜索词条">　⟦a 进入词条⟧　⟦a 登录⟧</div>
<div class="tabs">⟦a 编辑词条　讨论　历史版本⟧</div>
<h1>{T}</h1>
<p class="polysemy">⟦m 厨房炊事器具⟧</p>
<table class="infobox">
<tr>⟦m <th>中文名</th><td>饺子帘</td>⟧</tr>
<tr>⟦m <th>别　名</th><td>盖帘、箅帘</td>⟧</tr>
<tr>⟦m <th>材　质</th><td>高粱秆、竹篾、塑料</td>⟧</tr>
<tr>⟦m <th>用　途</th><td>摆放饺子、盖缸</td>⟧</tr></table>
<div class="catalog"><h4>⟦l 目录⟧</h4><p>⟦l 1 简介　2 制作　3 使用与保养　4 非遗保护⟧</p></div>
<div class="para">
{BODY}
</div>
<div class="refs"><h4>⟦l 参考资料⟧</h4><p>⟦l 1. 北方民间炊具图录．黹州：黹州文艺出版社⟧</p><p>⟦l 2. 高粱秆编织技艺调查报告．婳溪县文化馆⟧</p></div>
<div class="stat">⟦m 词条浏览 6.8万次　编辑 14次⟧</div>
<footer>⟦d 知源百科词条内容由用户共同编辑，仅供参考。⟧　⟦m © 2025 知源百科⟧</footer>
</body></html>
""",
        body="""
饺子帘，又称盖帘、箅帘，是中国北方家庭常用的一种炊事器具，多用于摆放包好的饺子，也可用来盖缸、晾晒食物。⟦l [1]⟧
传统饺子帘多用高粱秆顶端的细秆制作。制作时将秆子剥皮、浸泡，用针线十字交叉穿起，再一圈圈向外延伸，最后修成圆形并锁边。⟦l [2]⟧也有用竹篾编织或用塑料一次成型的饺子帘。
饺子帘表面有细密的缝隙，饺子摆放其上透气不粘连，便于冷冻保存。使用后应及时清理面粉并晾干，以防发霉。
在一些地方，高粱秆饺子帘的编织技艺已被列入县级非物质文化遗产名录。
""",
    ),
    dict(
        slug="wiki-bowenku-entry-calendar-stand-example-date",
        site="博闻库百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.bowenku.example.net/wiki/日历牌",
        title="日历牌",
        record_title="日历牌 - 博闻库百科",
        date=None,
        notes="encyclopaedia text page: an example date inside a sentence is no date; edit links, a contents line, "
        "a contributors' line and a licence line",
        page="""
!m 博闻库百科　自由的知识库
!t 日历牌 - 博闻库百科
!a [编辑]　[收藏词条]　[分享]
!l 目录：1 概述　2 历史　3 现状
{BODY}
!l 分类：生活用品 | 文化记忆
!m 本词条最后修订于“一周前”，共有 9 位编者参与
!d 文字内容可在“署名—相同方式共享”协议下使用
""",
        body="""
日历牌是一种用于显示日期的生活用品，通常由底板和可撕或可翻的日历本组成，常见的有挂式、台式和手撕式等形式。
20世纪六七十年代，木质或铁皮底板的手撕日历牌在我国城乡家庭中十分普及。日历本每天一页，页面上除公历日期外，多印有农历、节气和宜忌等内容。
例如，某页日历印着“1978年3月5日　星期日　惊蛰”，人们撕下当天的一页，便知道节气已到、春耕将近。
随着电子日历的普及，传统日历牌逐渐淡出日常生活，但仍有一些家庭和收藏爱好者保留着老日历牌，作为时代记忆的见证。
""",
    ),
    dict(
        slug="clouddrive-suiyun-plan-drying-facilities-pdf-markers",
        site="穗云网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.suiyun.example.com/s/7HqZ3kLmN2",
        title="徉湖区老旧小区公共晾晒设施改造实施方案",
        record_title="徉湖区老旧小区公共晾晒设施改造实施方案.pdf",
        date="2025-03-20",
        notes="cloud-drive preview: file line, VIP prompts, an extraction code; page-marker paragraphs '⬸ 第n页 ⬸' "
        "cut paragraphs; decimal headings 1 / 1.1 … 3.2; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>穗云网盘 - 分享文件</title></head><body>
<div class="bar">⟦m 穗云网盘⟧　⟦a 登录⟧　⟦a 客户端下载⟧</div>
<div class="file"><h2>{T}</h2>
<p>⟦m 徉湖区老旧小区公共晾晒设施改造实施方案.pdf　412KB　分享者：晴川　分享于 2 周前⟧</p>
<p>⟦a 保存到我的穗云　｜　下载（需开通超级会员）⟧</p>
<p>⟦m 提取码：x3ue⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 免费预览已结束，开通穗云超级会员享原文件极速下载⟧</div>
<div class="report">⟦a 举报该分享⟧</div>
<footer>⟦d 穗云网盘不对用户分享内容负责，如涉侵权请通过举报入口反馈。⟧</footer>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⬸ 第{n}页 ⬸", every=110, start=2),
        body="""
1 总体目标
1.1 2025年底前，完成全区32个老旧小区公共晾晒设施改造，新建公共晾晒区不少于60处。
1.2 临街住宅窗外私搭晒衣竿隐患整改率达到100%。
2 主要任务
2.1 选址建设。各街道结合小区空地、屋顶平台等条件，合理设置公共晾晒区，统一安装不锈钢晒衣竿和防风卡扣。
2.2 隐患整改。对窗外晒衣竿开展逐户排查，对锈蚀、松动的晒衣竿督促业主拆除或加固。
2.3 长效管理。公共晾晒区由物业企业或社区志愿者负责日常维护，建立巡查记录。
3 保障措施
3.1 改造资金从老旧小区改造专项资金中统筹安排，每处晾晒区补助不超过2万元。
3.2 区住建局每季度通报各街道工作进度。
徉湖区住房和城乡建设局
2025年3月20日
""",
    ),
    dict(
        slug="clouddrive-hepan-instruction-desk-calendar-binding-markers",
        site="禾盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="作业指导书",
        kind="rule",
        form="text",
        source="https://www.hepan.example.cn/share/init?surl=Rq8mT2",
        title="台式日历牌装订作业指导书",
        record_title="台式日历牌装订作业指导书.pdf",
        date=None,
        notes="cloud-drive text preview: page markers '♯ n ♯' on lines of their own cutting sentences; numbered steps; "
        "a work instruction with no date",
        page="""
!m 禾盘 · 文件分享
!t 台式日历牌装订作业指导书.pdf
!m 分享人：印务车间小龚　大小：208KB　有效期：7天
!a 保存到禾盘　｜　下载　｜　举报
{BODY}
!a 以上为前3页预览，登录禾盘查看全部内容
!d 禾盘不对分享内容的合法性负责，如有问题请联系分享者。
""",
        pages=dict(fmt="♯ {n} ♯", every=120, start=2),
        body="""
一、适用范围
本指导书适用于本厂装订车间台式日历牌的打孔、穿圈和装支架工序。
二、作业步骤
1. 核对工单，确认日历内页、封面和底板的规格、数量与工单一致，页序按月份从一月到十二月排列。
2. 将内页与封面对齐后放入打孔机，孔距统一为8.5毫米，孔边距不小于4毫米，每次打孔不超过60张。
3. 穿铁圈时铁圈开口朝向背面，用压圈机压合后检查，铁圈不得有毛刺、压扁或漏穿。
4. 将穿好圈的日历本挂上三角形底板支架，翻动三次，确认每页都能顺畅翻转、不卡页。
三、质量要求
成品日历牌放置在水平桌面上应平稳不晃动，封面无折痕、污渍，每一百套抽检五套，有一套不合格即整批返工。
""",
    ),
    dict(
        slug="snapshot-yuesou-notice-canteen-own-enamel-mugs",
        site="悦搜网页快照 of 祗水县机关事务服务中心 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.yuesou.example.com/c?u=zsjgsw.example.gov.cn/tzgg/20250319_88.html",
        title="关于在机关食堂推行“自带饭缸”的通知",
        record_title="关于在机关食堂推行“自带饭缸”的通知 - 祗水县机关事务服务中心（悦搜网页快照）",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="search-cache frame: a capture banner with its stamp and highlighted terms, the original portal's "
        "header and footer inside; 关注公众号 to book meals is body; portal date differs from the signature",
        page="""
<html><head><meta charset="utf-8"><title>关于在机关食堂推行“自带饭缸”的通知 - 祗水县机关事务服务中心（悦搜网页快照）</title></head><body>
<div class="ys-banner"><p>⟦d 悦搜快照：您看到的是本网页在悦搜的存档，存档时间为上个月，原网页可能已更新。⟧</p>
<p>⟦a 查看原网页⟧　⟦a 纯文本版⟧</p>
<p>⟦d 为便于查找，以下搜索词已标黄：自带饭缸　机关食堂⟧</p></div>
<div class="orig">
<div class="hd">⟦m 祗水县机关事务服务中心⟧　⟦m 服务机关 保障有力⟧</div>
<div class="nav">⟦m 首页　中心概况　通知公告　节约型机关　办事指南⟧</div>
<div class="art"><h2>{T}</h2>
<p class="src">⟦m 发布日期：2025-03-19　　来源：综合科⟧</p>
{BODY}
</div>
<div class="ft">⟦m 祗水县机关事务服务中心　地址：祗水县政务大楼东附楼　电话：0739-6125000⟧</div>
</div></body></html>
""",
        body="""
县直各单位：
为深入推进节约型机关建设，减少一次性餐具使用，经研究，决定自4月1日起在机关食堂推行“自带饭缸”就餐。现将有关事项通知如下：
一、机关食堂为在编在岗干部职工每人配发带盖搪瓷饭缸一只，请各单位于3月28日前到服务中心二楼领取。
二、4月1日起，机关食堂不再免费提供一次性餐盒；确需打包的，请自备饭缸或餐盒。
三、食堂取餐区设置饭缸存放柜和清洗消毒柜，饭缸用后请清洗干净，放回个人存放格。
四、需预订工作餐的，请关注“祗水机关食堂”公众号，在“订餐”栏目中提前一天预约。
祗水县机关事务服务中心
2025年3月18日
""",
    ),
    dict(
        slug="snapshot-mizhi-textcache-road-notice-noodle-racks",
        site="觅知搜索文本缓存 of 旎田镇人民政府 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.mizhi-search.example.com/text?q=nitian-zf-2024-1030",
        title="旎田镇关于挂面晾晒季规范道路通行的通告",
        record_title="〔觅知·纯文本〕旎田镇关于挂面晾晒季规范道路通行的通告",
        date="2024-10-30",
        notes="a text-only cache: the cache stamp and a link to the full version at the top, the township site's "
        "header and footer inside; the enforcement team's phone in the body; signature date",
        page="""
!d 觅知文本缓存：本页为网页的纯文本存档，抓取时间“11月初”，图片与样式已省略。
!a 查看完整版网页　｜　举报此缓存
!m 旎田镇人民政府　旎阳县旎田镇
!m 旎田首页 > 通知公告
{T}
{BODY}
!m 旎田镇人民政府主办　镇党政办电话：0743-8560100
""",
        indent="\u3000\u3000",
        body="""
为保障挂面晾晒季期间群众出行安全，根据有关法律法规，现就规范全镇道路通行和挂面晾晒有关事项通告如下：
一、自11月1日至次年2月28日，禁止在县道旎田至黹坪段、镇区旎河路和各村主干道上摆放面条架、晾晒挂面。
二、各挂面作坊应在自家院内或镇统一规划的四处集中晾晒场晾晒，集中晾晒场免费使用。
三、镇综合执法队将会同派出所开展巡查，对占道摆放的面条架，先劝导、后暂扣；造成交通事故的，依法追究责任。
四、请广大群众相互监督，发现占道晾晒的可拨打镇综合执法队电话：0743-8560217。
特此通告。
旎田镇人民政府
2024年10月30日
""",
    ),
    dict(
        slug="printview-taihe-rules-dumpling-mat-cleaning",
        site="骀河速冻食品有限公司 print view (invented)",
        style="打印页",
        genre="规程",
        kind="rule",
        form="html",
        source="http://www.taihe-foods.example.cn/zhidu/print.asp?id=41",
        title="速冻水饺车间饺子帘清洗消毒作业规程",
        record_title="打印页面 ▏速冻水饺车间饺子帘清洗消毒作业规程 - 骀河速冻食品",
        date=None,
        notes="a print view calling window.print(): print stamp and page address at the top, print/close buttons, "
        "a print footer '⚦ 第1页　共1页 ⚦'; rules in 第N条 articles, no date",
        page="""
<html><head><meta charset="utf-8"><title>打印页面 ▏速冻水饺车间饺子帘清洗消毒作业规程 - 骀河速冻食品</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head><body>
<div class="ph">⟦m 骀河速冻食品有限公司　制度文件⟧</div>
<div class="ph">⟦m 打印于：今天 10:27　打印人：质检部 蒋禾⟧</div>
<div class="ph">⟦m 原文地址：http://www.taihe-foods.example.cn/zhidu/show.asp?id=41⟧</div>
<h2>{T}</h2>
{BODY}
<div class="noprint">⟦a 〖打印本页〗　〖关闭窗口〗⟧</div>
<div class="pf">⟦p ⚦ 第1页　共1页 ⚦⟧</div>
</body></html>
""",
        body="""
第一条　为防止饺子帘交叉污染，保证速冻水饺产品质量，制定本规程。
第二条　本规程适用于成型车间使用的全部塑料饺子帘和不锈钢托盘。
第三条　饺子帘每次使用后，应先用软毛刷清除残留面粉和馅料，再放入清洗机用45℃温水冲洗。
第四条　清洗后的饺子帘放入消毒池，用有效氯浓度为200毫克每升的消毒液浸泡10分钟，取出后用清水冲净。
第五条　消毒后的饺子帘放在专用晾架上沥干，不得直接放在地面上；有裂纹、变形的饺子帘应立即停用。
第六条　清洗消毒记录由当班质检员填写，保存期限不少于两年。
""",
    ),
    dict(
        slug="printview-fucheng-amr-bulletin-noodle-rack-hygiene",
        site="黼城县市场监督管理局网站 print view (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://scjgj.fucheng.example.gov.cn/gzdt/2025/0123/print_602.html",
        title="关于手工挂面小作坊面条架卫生专项检查情况的通报",
        record_title="[打印稿·局网] 关于手工挂面小作坊面条架卫生专项检查情况的通报 - 黼城县市场监督管理局",
        date="2025-01-22",
        notes="a portal's print view: page address and print stamp at the top, a result table, a print footer "
        "'⭙ 页 1 / 1 ⭙' closing it; signature date",
        page="""
!m 黼城县市场监督管理局
!m 页面地址：http://scjgj.fucheng.example.gov.cn/gzdt/2025/0123/602.html
!t [打印稿·局网] 关于手工挂面小作坊面条架卫生专项检查情况的通报
{BODY}
!a [ 打印 ]　[ 关闭 ]
!p ⭙ 页 1 / 1 ⭙
""",
        body="""
各市场监管所：
2025年1月上旬，县局组织开展了手工挂面小作坊面条架卫生专项检查，共检查小作坊58家，发现问题作坊11家。现将检查情况通报如下：
乡镇　检查户数　问题户数　主要问题
黼塘镇　21　5　面条架霉斑未清理
城关镇　19　2　晾晒区无防尘设施
皙口乡　18　4　面条架摆放在道路两侧
对发现问题的作坊，已责令限期整改，整改情况由所在市场监管所于2月10日前复查上报。
各所要加强日常巡查，督促小作坊落实面条架每日清洗制度，对屡查屡犯的依法从严查处。
黼城县市场监督管理局
2025年1月22日
""",
    ),
    dict(
        slug="webmail-qiangchuan-letter-borrow-enamel-mugs-attachment-bar",
        site="嫱川市总工会webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.qcszgh.example.org.cn/read?mid=ZL2025042209160071",
        title="关于商借老式搪瓷饭缸参展的函",
        record_title="转发：关于商借老式搪瓷饭缸参展的函（请办公室阅处）",
        date="2025-04-21",
        date_also=["2025-04-22"],
        notes="webmail reading view: forwarded header, a 抄送 header beside the letter's own 抄送 line, an attachment "
        "bar beside the letter's 附件 list; the letter's contact and mailbox; mail date differs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>转发：关于商借老式搪瓷饭缸参展的函（请办公室阅处） - 嫱川工会邮</title></head><body>
<div class="mail-top">⟦m 嫱川工会邮⟧　⟦a 收信　写信　通讯录⟧　⟦m 当前账号：bgs@qcszgh.example.org.cn⟧</div>
<div class="mail-tool">⟦a 回复　全部回复　转发　删除　标记为　移动到⟧</div>
<div class="mail-head">
<h3>⟦t 转发：关于商借老式搪瓷饭缸参展的函（请办公室阅处）⟧</h3>
<p>⟦m 发件人：葛宁 &lt;gening_whg@example.cn&gt;⟧</p>
<p>⟦m 收件人：办公室 &lt;bgs@qcszgh.example.org.cn&gt;⟧</p>
<p>⟦m 抄　送：宣传部 &lt;xcb@qcszgh.example.org.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月22日（星期二）上午9:16⟧</p></div>
<div class="att-bar">⟦a 附件 2 个：展品借用登记表.docx (18K)　展品保险说明.pdf (64K)　｜　全部下载　预览⟧</div>
<div class="mail-body">
<p>⟦m -------- 转发邮件信息 --------⟧</p>
<p>⟦m 原发件人：“文化宫展陈部”&lt;zcb_whg@example.cn&gt;　发送时间：2025年4月21日 16:40⟧</p>
{BODY}
</div>
<div class="mail-foot">⟦d 此邮件来自外部，请谨慎点击其中的链接和附件。⟧</div>
</body></html>
""",
        body="""
骀河镇农机厂退休职工协会：
我馆定于今年5月在二楼临展厅举办“劳动者的饭缸”主题展览。经了解，贵会会员中保存有不少上世纪六七十年代的搪瓷饭缸，具有较高的展示价值。为此，商请贵会协助征借以下展品：
一、印有厂名、奖励字样的搪瓷饭缸15至20件；
二、与饭缸有关的老照片、饭票等实物或复制件。
展品借用期为5月1日至7月31日，我馆将逐件登记、拍照，购买展品保险，展期结束后完好归还。
附件：1. 展品借用登记表
2. 展品保险说明
联系人：葛宁，电话：0736-5512079，邮箱：gening_whg@example.cn
嫱川市工人文化宫
2025年4月21日
抄送：嫱川市总工会宣传部
""",
    ),
    dict(
        slug="mail-fwd-jiewan-union-notice-work-calendar-stands",
        site="forwarded mail, text (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://jiewan-textile.example.local/inbox/20251223-0841",
        title="关于领取2026年工作日历牌的通知",
        record_title="Fwd: 关于领取2026年工作日历牌的通知",
        date="2025-12-22",
        date_also=["2025-12-23"],
        notes="a forwarded mail as text: Fwd headers with a send date, the union's own contact and extension in the "
        "body, a mobile-client signature and a confidentiality footer; signature date differs from the send date",
        page="""
!m ---------- Forwarded message ---------
!m From: 婕湾纺织工会办公室 <gonghui@jiewan-textile.example.local>
!m Date: 2025年12月23日 周二 08:41
!m Subject: 关于领取2026年工作日历牌的通知
!m To: 各分工会主席 <fgh-all@jiewan-textile.example.local>
{BODY}
!m —— 来自婕湾移动办公邮箱客户端
!d 本邮件仅限婕湾纺织内部传阅，请勿对外转发。
""",
        body="""
各分工会：
按照工会经费使用有关规定，经公司工会委员会研究，为全体会员每人发放2026年工作日历牌一套（含台式日历牌一个、记事本一本）。现将领取事项通知如下：
一、领取时间：12月24日至12月26日，每天14:00至17:00。
二、领取地点：公司工会办公室（行政楼201室）。
三、领取方式：由各分工会指定专人凭会员名单统一领取，并在领取登记表上签字。
日历牌数量有限，请各分工会于12月23日前将会员人数报工会办公室。联系人：邓一帆，内线：8205。
婕湾纺织有限公司工会委员会
2025年12月22日
""",
    ),
]
