"""holdout308, part C: hobby forums, county forums, exam forums, Q&A sites and encyclopaedias.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="forum-shimu-post-raised-cat-bowl-stand-jammer",
        site="拾木论坛 (invented, Discuz-like woodworking forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.shimubbs.com/thread-402918-1-1.html",
        title="给三只猫做了个升高食盆架",
        record_title="[手工木作·成品秀] 给三只猫做了个升高食盆架（附开孔尺寸）- 木作晒台 - 拾木论坛",
        date=None,
        notes=(
            "Discuz-like thread: jammer fonts glued after sentences and one jammer line, a rating row, a signature,"
            " a reply box; the post time is relative (3 天前), so no date"
        ),
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>[手工木作·成品秀] 给三只猫做了个升高食盆架（附开孔尺寸）- 木作晒台 - 拾木论坛</title>
<style>.jammer{font-size:0px;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦m 拾木论坛 · 木头人的聚集地⟧　<a href="member.php?mod=logging">⟦a 登录⟧</a> <a href="member.php?mod=register">⟦a 加入拾木⟧</a></div>
<div id="pt">⟦m 拾木论坛 › 作品交流 › 木作晒台 › 正文⟧</div>
<div class="ptn">⟦m 查看: 6120 | 回复: 87⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 橡木老纪⟧</div><p>⟦m 积分 3862　精华 4　木工龄 9 年⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [手工木作·成品秀] 给三只猫做了个升高食盆架（附开孔尺寸）⟧</span></h1>
<div class="authi">⟦m 楼主　发表于 3 天前　|　只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_402918">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 12　木币 +36　收起 理由 做工漂亮⟧</div>
<div class="sign">⟦m 签名：刨花落地的声音最好听⟧</div>
<div class="po">⟦a 回复　收藏　分享　举报⟧</div>
</td></tr></table>
<div class="pgs">⟦l 下一主题：胡桃木砧板上油问题请教⟧</div>
<div id="fastpost">⟦a 发帖前请先登录，没有账号？立即加入拾木⟧</div>
<div id="ft">⟦m 拾木论坛（ 湘ICP备18027761号 ）⟧　⟦m GMT+8, 2025-9-14 22:10⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里三只猫，老大今年十一岁了，吃饭时总是低着头往前推猫食盆，吃几口就停下来。宠物医生说老猫颈椎不好，食盆抬高一点会舒服些。
于是周末动手做了个食盆架。材料是一块松木集成板，长60厘米、宽20厘米，开了三个直径14厘米的圆孔，正好卡住不锈钢猫食盆。架子高12厘米，前面比后面低1厘米，稍微倾斜，猫吃到最后不用追着盆舔。
板子打磨了三遍，刷的是食品级木蜡油，晾了一周才拿出来用。
用了半个月，老大吃饭明显不那么费劲了，也不再把盆推得满屋跑。需要开孔尺寸图的坛友可以回帖，我整理好发出来。
""",
    ),
    dict(
        slug="forum-guiyou-post-cloudy-turtle-tank-junk",
        site="龟友之家论坛 (invented turtle-keepers' forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.guiyouhome.net/forum/t-88317.html",
        title="龟缸水总是浑的，我是这样解决的",
        record_title="【养龟心得】龟缸水总是浑的，我是这样解决的（新手少走弯路）- 龟友之家",
        date="2025-02-17",
        notes="forum junk lines and junk glued after sentences; the 发表于 line is the page's date; replies below",
        page="""
!m 龟友之家论坛 — 爱龟人的家
!m 首页 » 饲养交流 » 水龟半水龟
!t 【养龟心得】龟缸水总是浑的，我是这样解决的（新手少走弯路）
!m 龟爸阿澍　发表于 2025-2-17 20:46　｜　只看该作者　｜　倒序看帖
{BODY}
!a 顶　踩　收藏本帖
!l 沙发　小绿壳：第二条太对了，单独喂食之后水清多了
!l 板凳　闭壳控：求过滤器型号
!a 回帖需要先登录，还没账号的龟友请先注册
!m Powered by Discuz! X3.4　© 2012-2025 guiyouhome.net
""",
        junk=dict(lines=2, glued=3),
        body="""
养龟三年，龟缸水浑、有腥味的问题困扰了我很久，前前后后换了四个过滤器，总结几点经验给新手参考。
第一，水位别加太深。半水龟的龟缸，水位以龟背高度的一倍半为宜，水太深龟容易累，过滤器也不好布置。
第二，喂食要单独放盆。以前我直接把龟粮撒进缸里，吃剩的泡烂了，水两天就浑。后来改成把龟捞到喂食盆里吃，吃完再放回去，换水周期从两天延长到一周。
第三，过滤器要选底部吸水的。瀑布式过滤吸不到缸底的粪便，换成底吸式以后效果好了很多。
第四，坚持晒背。龟缸里放个晒台，每天让龟晒一会儿太阳，能减少腐皮。
以上都是个人经验，欢迎各位龟友补充。
""",
    ),
    dict(
        slug="countyforum-huancheng-stairwell-cat-bowls-no-title",
        site="奂城在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.hc0715.com/forum.php?mod=viewthread&tid=1187230",
        title="楼道里天天摆猫食盆，物业管不管？",
        record_title=None,
        date=None,
        notes=(
            "county forum thread with no record title: the thread subject is the title; weather line, medals,"
            " a decoration ad, an official-reply link, jammer fonts; posted 昨天 (no date)"
        ),
        page="""
<html>
<head>
<meta charset="utf-8">
<title>楼道里天天摆猫食盆，物业管不管？ - 家长里短 - 奂城在线</title>
</head>
<body>
<div class="top">⟦m 奂城在线 · 奂城人自己的论坛⟧　<span>⟦m 奂城今日：小雨 18～23℃⟧</span>　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="ad-banner">⟦w 新房装修找匠心家装，免费上门量房 13872650917⟧</div>
<div id="pt">⟦m 奂城在线 › 民生 › 家长里短⟧</div>
<table><tr>
<td class="pls"><p>⟦m 柿子树下⟧</p><p>⟦m 勋章：热心坛友 · 老街坊⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 昨天 21:37⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="gf">⟦l 官方回复通道：本帖已转交社区处理⟧</div>
<div class="po">⟦a 支持　反对　举报　收藏⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 2楼　老城根：我们小区也这样，物业根本不管⟧</p><p>⟦l 3楼　猫奴一枚：可以跟社区申请设固定投喂点⟧</p></div>
<div id="ft">⟦m 奂城在线 版权所有　鄂ICP备12007735号⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=0, glued=3),
        body="""
我家住奂城区某小区2单元4楼，从上个月开始，5楼的邻居在楼道拐角摆了两个猫食盆，每天都有四五只流浪猫来吃。
猫吃完了，剩下的猫粮泡在水里发臭，楼道里一股味道，晚上还有猫叫。家里老人上楼时被窜出来的猫吓了一跳，差点摔倒。
我上门沟通过两次，邻居说猫很可怜，不喂会饿死。我理解她爱猫，但楼道是公共区域，不能影响别人生活。
也找过物业，物业说只能劝说，没有权力收走猫食盆。
想问问大家，这种情况应该找社区还是找谁？有没有类似经历的？
""",
    ),
    dict(
        slug="countyforum-chanxi-leaking-turtle-tank-complaint",
        site="禅溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.chanxibbs.com/thread-55127-1-1.html",
        title="在昝口花鸟市场买的龟缸才用一个月就漏水",
        record_title="[避雷贴] 在昝口花鸟市场买的龟缸才用一个月就漏水（附漏水照片）- 禅溪生活 - 禅溪论坛",
        date=None,
        notes="county forum complaint; posted 2 天前 (no date); a medal line and an ad QQ; replies and a 12315 mention",
        page="""
!m 禅溪论坛 - 禅溪人的网上家园
!m 禅溪论坛 › 禅溪生活 › 曝光台
!t [避雷贴] 在昝口花鸟市场买的龟缸才用一个月就漏水（附漏水照片）
!m 江边钓鱼人　｜　发表于 2 天前　｜　查看 2284　回复 31
!m 勋章：实名认证
{BODY}
!w 水族箱定做、上门安装，QQ 3310527694
!l 沙发　昝口老张：哪家店？说出来大家避个雷
!l 板凳　禅溪消保委志愿者：可以拨打12315投诉，保留好购物凭证
!a 发表回复前请先登录
""",
        body="""
上个月在昝口镇花鸟市场一家水族店买了个玻璃龟缸，60厘米长，连晒台和过滤器一共花了380元。
用了不到一个月，缸底角落开始渗水，早上起来地板湿了一片。仔细一看，是打胶的地方起泡开裂了。
拿回去找老板，老板说是我自己加水太多、缸体受力不均，只肯收钱补胶，不给换。
我查了一下，正规龟缸的玻璃厚度和打胶都有要求，这个缸的玻璃才4毫米。想问问坛友，这种情况能不能找市场管理办公室，或者直接打12315？
提醒大家买龟缸一定要看玻璃厚度和打胶，别贪便宜。
""",
    ),
    dict(
        slug="examforum-buqingyun-essay-tailor-shears-jammer",
        site="步青云公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="html",
        source="https://bbs.bqygk.com/thread-209931-1-1.html",
        title="一把裁缝剪里的匠心",
        record_title="【大作文自练】一把裁缝剪里的匠心（第一次写，求批改）- 申论交流 - 步青云公考论坛",
        date=None,
        notes="exam forum essay with jammer fonts; a reply-to-see prompt and a QQ-group ad; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【大作文自练】一把裁缝剪里的匠心（第一次写，求批改）- 申论交流 - 步青云公考论坛</title>
<style>font.jammer{display:none}</style>
</head>
<body>
<div class="hd">⟦m 步青云公考论坛 · 一起上岸⟧　<a>⟦a 签到领积分⟧</a></div>
<div class="crumb">⟦m 首页 › 申论交流 › 大作文批改区⟧</div>
<div class="thread">
<h1>⟦t 【大作文自练】一把裁缝剪里的匠心（第一次写，求批改）⟧</h1>
<div class="author">⟦m 楼主：冲鸭2026　｜　发表于 5 天前　｜　阅读 931⟧</div>
<div class="post">
<p class="center">{T}</p>
{BODY}
</div>
<div class="hidebox">⟦a 本帖有批改范文隐藏，回复后可见⟧</div>
<div class="qqgroup">⟦w 申论批改互助群：QQ群 731220958，进群暗号“上岸”⟧</div>
<div class="rate">⟦l 评分：+5 思路清晰　+2 加油⟧</div>
</div>
<div class="ft">⟦m 步青云公考论坛 bqygk.com　京ICP备20039915号⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
一把裁缝剪，开合之间，剪出的是布料的形状，守住的是手艺人的初心。
在徕湖镇，有一位做了五十年长衫的老裁缝。他的裁缝剪刃口是自己磨的，剪布不跑线；他案板上的木尺用了三十年，刻度早已磨平，他却闭着眼都能量准。这种功夫，来自日复一日的重复，也来自对每一件衣服的敬畏。
反观当下，一些行业追求速度、忽视质量，“差不多就行”的心态仍有市场。工匠精神的缺失，最终损害的是消费者的信任和行业的长远发展。
弘扬工匠精神，既要让手艺人有尊严，完善职业技能评价，让技术工人的收入有保障；也要让年轻人愿意学，把非遗技艺引进职业教育课堂。
剪刀虽小，可裁天下衣。让更多的人沉下心来做好一件事，正是这个时代需要的精神。
""",
    ),
    dict(
        slug="examforum-kaogong-interview-stairwell-bowls-junk",
        site="考公驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="http://www.kgyz.net/bbs/thread-77108.html",
        title="社区居民因楼道猫食盆产生矛盾，你作为社区工作人员怎么处理",
        record_title="【面试真题·协调类】社区居民因楼道猫食盆产生矛盾，你作为社区工作人员怎么处理（自答一版）- 考公驿站",
        date=None,
        notes="exam forum interview answer with forum junk lines and glued junk; no date",
        page="""
!m 考公驿站论坛｜面试备考
!m 论坛首页 › 结构化面试 › 组织协调题
!t 【面试真题·协调类】社区居民因楼道猫食盆产生矛盾，你作为社区工作人员怎么处理（自答一版）
!m 楼主：岸边等风来　　发表于 4 天前　　浏览 1536
{BODY}
!l 1楼　面霸小林：第三点可以再展开，说说怎么招募志愿者
!l 2楼　备考中的阿周：马住，明天照着练
!a 登录后才能参与讨论
!m 考公驿站 kgyz.net 版权所有
""",
        junk=dict(lines=1, glued=2),
        body="""
这道题考查的是组织协调和群众工作能力，我会从以下几个方面处理。
首先，及时了解情况。我会分别上门听取投喂居民和投诉居民的意见，查看楼道现场，弄清食盆摆放位置、剩粮清理情况和猫的数量。
其次，做好沟通协调。对投喂居民，肯定她的爱心，同时讲清楼道属于公共区域，存在卫生和安全隐患；对投诉居民，请他们理解流浪猫的处境，给邻居一个调整的时间。
再次，提出解决办法。联系物业在小区绿地设立固定投喂点，把猫食盆移过去，并招募爱猫居民轮流清理，必要时联系动物保护组织为流浪猫做绝育。
最后，建立长效机制。把文明养宠写进居民公约，定期回访，防止问题反复。
""",
    ),
    dict(
        slug="qa-zhiyu-answer-clogged-watering-can-no-title",
        site="知遇问答 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhiyuwenda.com/question/31207745",
        title="喷水壶的喷头堵了怎么疏通？",
        record_title=None,
        date=None,
        notes="Q&A page with no record title: the question is the title; adopted-answer badge, vote bar, more answers; 回答于 3天前",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>喷水壶的喷头堵了怎么疏通？ - 知遇问答</title>
</head>
<body>
<header>⟦m 知遇问答 · 有问题，就会有人懂⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录｜加入知遇⟧</a></header>
<div class="q">
<div class="q-tags">⟦l 园艺　家居清洁　浇花⟧</div>
<h1>{T}</h1>
<div class="q-desc">⟦m 提问者：阳台小园丁　｜　被浏览 3,417 次⟧</div>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="a-author">⟦m 花匠老蔡　园艺师　｜　回答于 3天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="votes">⟦l 赞同 862　　反对　　评论 37⟧</div>
</div>
<div class="more">
<h3>⟦l 其他 4 个回答⟧</h3>
<p>⟦l 多肉不浇水：直接换个新喷头吧，十几块钱⟧</p>
<p>⟦l 晴耕雨读：我用的是柠檬酸，效果也不错⟧</p>
</div>
<footer>⟦d 回答内容由用户提供，仅供参考，不代表知遇问答观点。⟧ ⟦m © 2025 zhiyuwenda.com⟧</footer>
</body>
</html>
""",
        body="""
喷头堵塞多半是水里的水垢和泥沙造成的，可以分三步处理。
第一步，把莲蓬头拧下来，用细钢针或牙签逐个捅一下出水孔，注意别把孔捅大。
第二步，把莲蓬头放进白醋和温水一比二的溶液里泡半小时，水垢软化后，再用旧牙刷刷一遍。
第三步，用清水从里往外冲，对着光看看每个孔是不是都透亮。
平时浇完花把壶里的水倒干净，壶口朝下放，能少结很多水垢。如果用的是井水或其他硬水，最好每月泡一次醋。
""",
    ),
    dict(
        slug="qa-wenduoduo-answer-cat-bowl-material",
        site="问多多 (invented Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenduoduo.cn/q/8820317.html",
        title="猫食盆用不锈钢的好还是陶瓷的好？",
        record_title="猫食盆用不锈钢的好还是陶瓷的好？ - 问多多",
        date=None,
        notes="Q&A: the question with a site suffix as record title; answer time relative; more answers below",
        page="""
!m 问多多 — 你问我答
!m 问多多 > 宠物 > 猫咪用品
{T}
!m 提问于 2 周前　·　1 个回答被采纳
!m 最佳答案　回答者：三猫之家　｜　回答于 6 天前
{BODY}
!l 👍 有用 214　　👎 没用 3
!l 其他回答：陶瓷的好看，不锈钢的实用，看个人喜欢吧
!a 打开问多多APP，查看全部 9 个回答
""",
        body="""
这个问题我家三只猫都试过，说说实际感受。
不锈钢猫食盆最省心，不怕摔、好清洗，价格也便宜。缺点是分量轻，容易被猫推着跑，建议买底部带硅胶防滑圈的。
陶瓷猫食盆重、稳，釉面光滑不容易滋生细菌。但一定要买正规厂家的，劣质彩釉可能铅含量超标，最好选白色无花纹的。
塑料盆不推荐，用久了表面有划痕，容易藏污垢，有的猫会因此长下巴痤疮。
另外，盆口尽量选宽一点、浅一点的，猫吃饭时胡须碰不到盆边，吃得更舒服。
""",
    ),
    dict(
        slug="wiki-boshi-entry-turtle-tank",
        site="博识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.boshibk.com/item/%E9%BE%9F%E7%BC%B8/30417",
        title="龟缸",
        record_title="龟缸（爬宠饲养器具）_博识百科",
        date=None,
        notes=(
            "encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued"
            " after sentences; the entry name (the title) also opens the body (head match); no date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>龟缸（爬宠饲养器具）_博识百科</title>
</head>
<body>
<div class="topnav">⟦m 博识百科 · 人人可编的知识库⟧ <a>⟦a 登录⟧</a></div>
<div class="tabs">⟦a 编辑词条　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="subtitle">⟦m （爬宠饲养器具）⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：龟缸⟧</td></tr>
<tr><td>⟦m 常见材质：玻璃、亚克力、塑料⟧</td></tr>
<tr><td>⟦m 用　　途：饲养水龟、半水龟⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 分类　2 选购　3 饲养卫生⟧</div>
<div class="summary">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3>
<p>⟦l [1] 燮川市水族协会．家庭观赏龟饲养手册．2021⟧</p>
<p>⟦l [2] 观赏龟缸选购常识．博识百科编辑组⟧</p></div>
<div class="edited">⟦m 本词条由 42 位编辑者共同完善，最近编辑于 2 个月前⟧</div>
<footer>⟦d 词条内容仅供参考，如需专业意见请咨询相关人士。⟧ ⟦m © 2025 博识百科⟧</footer>
</body>
</html>
""",
        body="""
龟缸是饲养龟类的容器，多用玻璃、亚克力或塑料制成，常见于家庭、学校生物角和水族店。⟦l [1]⟧
按龟的习性，龟缸可分为水龟缸、半水龟缸和陆龟箱三类。水龟缸水位较深，需配过滤器；半水龟缸一侧设有晒台或陆地区；陆龟箱以垫材为主，只放浅水盆。
选购龟缸时，一般要求缸长不小于龟背甲长度的五倍，缸壁厚度随尺寸增加，打胶应均匀无气泡。⟦l [2]⟧
饲养中应定期换水、清洗，避免剩余饲料腐败。龟类可能携带沙门氏菌，接触龟缸后应洗手，儿童应在成人看护下接触。
""",
    ),
    dict(
        slug="wiki-wanwu-entry-tailor-shears-no-title",
        site="万物百科 (invented encyclopaedia, text dump)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.wanwubk.cn/wiki/caifengjian",
        title="裁缝剪",
        record_title=None,
        date=None,
        notes="no record title: the entry name's title line; it also opens the body (head match); edit tabs, contents, references",
        page="""
!m 万物百科 — 人人都是编辑
!a 编辑　｜　收藏词条　｜　分享
{T}
!m 同义词：裁衣剪、服装剪
!l 目录：1 结构　2 材质　3 使用与保养
{BODY}
!l 参考资料：《服装工艺基础》，燮川职业技术学院纺织服装系编
!m 浏览次数：10,733　　最近更新：半年前
!d 万物百科词条由网友编辑，内容仅供参考。
""",
        body="""
裁缝剪是裁剪布料用的剪刀，又称裁衣剪、服装剪，刀身较长，一般为9寸至12寸。
裁缝剪的两片刀身不对称，把手一大一小，大的一侧可容纳三四根手指，便于用力；刀身与把手之间有一定弯角，裁剪时下刃可贴着案板平推，布料不易移动。
传统裁缝剪多为黑铁或碳钢锻制，刃口需用油石定期研磨；现代产品多采用不锈钢或合金钢。
使用时应专剪专用，裁缝剪只剪布料，不宜剪纸张、塑料等，以免刃口变钝。
""",
    ),
]
