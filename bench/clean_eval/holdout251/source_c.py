"""holdout251, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="qa-nongshi-mouldy-drying-mat-question-title",
        site="农事问答堂 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://wenda.nongshitang.example.com/q/6620419.html",
        title="晒谷席发霉长黑点了还能用吗？",
        record_title=None,
        date=None,
        notes="a Q&A page without a record title: the question as <h1>; an adopted-answer badge, a vote row, more answers, "
        "a 'ask an expert' box; the answer time is relative (2 个月前), no date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>农事问答堂</title></head>
<body>
<div class="hd">⟦m 农事问答堂 · 种地的事问种地的人⟧　<a>⟦a 我要提问⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 农事问答堂 › 粮食作物 › 收获与储藏⟧</div>
<div class="question">
<h1>{T}</h1>
<p class="q-info">⟦m 提问者：稂坪种田人　｜　浏览 3720 次⟧</p>
</div>
<div class="best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="ans-user">⟦m 秠口老农技　农技推广员　回答于 2 个月前⟧</div>
<div class="ans-text">
{BODY}
</div>
<div class="vote">⟦l 有用 212　｜　没用 3　｜　评论 14⟧</div>
</div>
<div class="more"><h3>⟦l 其他 4 条回答⟧</h3>
<p>⟦l 种瓜得瓜：用84消毒液兑水刷也行，就是味道大，要多冲几遍。⟧</p>
<p>⟦l 禾下风：竹席发霉多半是收起来前没晒透。⟧</p></div>
<div class="ask-expert">⟦w 还有疑问？向认证农技专家一对一提问⟧</div>
<div class="ft">⟦m 农事问答堂 nongshitang.example.com　©2024　蜀ICP备22019958号⟧</div>
</body>
</html>
""",
        body="""
能用，只要竹篾没有糟烂，发霉的晒谷席处理一下还能接着用。我家用了十几年的老席子，每年开春都要这样收拾一遍。
1.先刷。挑个大晴天，把席子摊开，用硬毛刷蘸淡碱水顺着竹篾纹路刷，黑点多的地方多刷几遍。
2.再冲。用清水把碱水冲干净，不然晒谷时稻谷会沾上碱味。
3.暴晒。正反面各晒一整天，晒到竹篾发白、敲起来声音发脆就行了。
4.收好。晒干后卷起来竖着放，底下垫两块砖，别直接挨着地面。
要是席子已经一掰就断、一股霉味怎么也去不掉，那就别用了，霉谷子人吃了、牲口吃了都不好。
""",
    ),
    dict(
        slug="qa-wenqu-clapper-no-sound-answer",
        site="问渠问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenquwenda.example.cn/question/228741",
        title="快板打不响是什么原因？",
        record_title="快板打不响是什么原因？_曲艺爱好者问答_问渠问答",
        date=None,
        notes="a Q&A as text: question title with column and site suffixes; answerer's badge line with a relative time, "
        "a vote row and other answers' teasers; no date",
        page="""
!m 问渠问答　｜　你问，大家答
!m 分类：文化艺术 > 曲艺
!t 快板打不响是什么原因？
!m 问题补充：买了一副新快板，怎么打都是闷的，是手法不对吗？
!m 最佳答案　竹板老周　曲艺领域优质答主　回答于 3 个月前
{BODY}
!l 👍 有帮助 56　　👎 2　　举报
!l 其他回答（3）
!l 北城小李：新板子要先“养”一段时间，用手油盘一盘就好了。
!l 相关问题：快板和竹板书有什么区别？　初学快板多久能上台？
!m 问渠问答 © 2024　内容仅供参考
""",
        body="""
快板打不响，多半不是力气的问题，而是板和手法的问题。说几点常见原因：
第一，板子本身不行。好快板用的是老竹子，竹板厚薄均匀、晾得干透，敲起来声音清脆；新竹或受潮的板子声音发闷。
第二，握法不对。大板要虚握，手心留空，靠手腕甩开再合上；整只手攥死了，板子碰不开，自然不响。
第三，节子板的绳子太松。五块节子板之间的间隙大了，打出来是“哗啦”一片，而不是“哒哒”一声，可以把绳子重新系紧。
建议找个老师当面看一看手型，比自己对着视频琢磨快得多。
""",
    ),
    dict(
        slug="collection-lianhua-memoir-clay-figurine-seller",
        site="楝花书屋 (invented, a retired teacher's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆录",
        kind="other",
        form="html",
        source="http://www.lianhuashuwu.example.net/qhjs/07.htm",
        title="捏泥人的老关头",
        record_title="《秬河旧事》之七·捏泥人的老关头 — 楝花书屋",
        date=None,
        notes="a retired teacher's old table-layout collection: 繁體/简体 links, chapter links (目录/上一篇/下一篇), "
        "the author's mailbox, a visitor counter; a memoir dated only by season (二〇二三年秋), no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《秬河旧事》之七·捏泥人的老关头 — 楝花书屋</title>
</head>
<body bgcolor="#F7F3E8">
<table width="780" align="center" border="0" cellspacing="0" cellpadding="4">
<tr><td align="center"><font size="5">⟦m 楝花书屋⟧</font><br>⟦m 一个退休教师的笔墨园地⟧</td></tr>
<tr><td align="right"><a href="big5/07.htm">⟦a 繁體版⟧</a>　<a href="07.htm">⟦a 简体版⟧</a>　<a href="../index.htm">⟦m 回书屋首页⟧</a></td></tr>
<tr><td align="center"><font size="4">⟦t 《秬河旧事》之七·捏泥人的老关头⟧</font></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="center"><a href="index.htm">⟦l 《秬河旧事》目录⟧</a>　<a href="06.htm">⟦l 上一篇：渡口的摆渡船⟧</a>　<a href="08.htm">⟦l 下一篇：腊月里的爆米花⟧</a></td></tr>
<tr><td align="center">⟦w 来信请寄：lianhua_laoshi@mail.example.com⟧</td></tr>
<tr><td align="center">⟦m 本页已被翻阅 004417 次⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
小时候，秬河渡口有个捏泥人的老关头。他挑着一副担子，一头是泥巴和颜料，一头是插满泥人的草把子。
老关头捏泥人不用模子，一团泥在手里揉几下，掐出脑袋，捻出胳膊，再拿竹签一点，眼睛就活了。孙悟空、猪八戒、胖娃娃抱鲤鱼，要什么有什么，一个只卖五分钱。
我没有钱，就蹲在担子边上看，一看就是一下午。老关头也不赶我，有时还把捏坏的泥人塞给我，说：“拿去玩，别让你娘看见弄脏了衣裳。”
后来渡口修了桥，老关头再也没来过。几十年过去，我早已记不清他的模样，却一直记得那些泥人身上鲜亮的红和绿。
二〇二三年秋，写于秬河边
""",
    ),
    dict(
        slug="collection-wandeng-father-belt-oneline",
        site="晚灯集 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wandengji.example.org/juan3/19.html",
        title="父亲的皮带",
        record_title="〔晚灯集·第十九篇〕父亲的皮带",
        date=None,
        notes="a personal collection as text, the whole essay on one line; a bracketed collection prefix in the record title; "
        "chapter links and a 'words counted' line; no date",
        page="""
!m 晚灯集　卷三　家常篇
!t 〔晚灯集·第十九篇〕父亲的皮带
!m 字数 296　｜　收入本集于 2 周前
{BODY}
!l ← 第十八篇：母亲的顶针　｜　目录　｜　第二十篇：老屋的门槛 →
!d 晚灯集所收文字均为作者原创，转载请注明出处
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
父亲有一条牛皮带，是他二十岁进砖厂那年买的，一系就是四十年。
皮带是深棕色的，带扣是铜的，磨得锃亮。皮带上的孔眼一共有七个，年轻时父亲扣第五个，后来扣第六个、第七个，再后来又在后头自己拿锥子扎了两个新眼。
我小时候调皮，最怕的就是父亲解皮带。可他其实一次也没有抽过我，每回都是把皮带往桌上一摔，吓唬两句就算了。
父亲去世后，母亲把那条皮带卷起来，和他的老花镜放在一个抽屉里。我每次回家都会拉开抽屉看一看，皮带上那两个歪歪扭扭的新眼，好像还在说着他后来那些年的辛苦。
""",
    ),
    dict(
        slug="party-fuyang-speech-clapper-red-team-cn-date",
        site="稃阳党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.fydj.example.cn/ldjh/2024/07/01/3302.html",
        title="在快板红色宣讲队成立仪式上的讲话",
        record_title="【红色宣讲】在快板红色宣讲队成立仪式上的讲话_稃阳党建网",
        date="2024-06-28",
        date_also=["2024-07-01"],
        notes="Party-building portal: a study-points prompt, a scan-to-study line, a 'party member login' link; speaker line "
        "(neutral) and a date line in Chinese numerals under the title; the portal's posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>【红色宣讲】在快板红色宣讲队成立仪式上的讲话_稃阳党建网</title></head>
<body>
<div class="dj-top">⟦m 稃阳党建网⟧　⟦m 中共稃阳县委组织部主办⟧　<a>⟦a 党员学习登录⟧</a></div>
<div class="dj-nav">⟦m 首页　党建要闻　领导讲话　基层动态　党员教育　党务公开⟧</div>
<div class="dj-pos">⟦m 当前位置：首页 ＞ 领导讲话⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<p class="speaker">中共稃阳县委常委、宣传部部长　詹若谷</p>
<p class="sdate">（二〇二四年六月二十八日）</p>
<div class="dj-meta">⟦m 来源：县委宣传部　时间：2024-07-01 09:00　浏览：1288⟧</div>
<div class="dj-txt">
{BODY}
</div>
<div class="dj-points">⟦a 阅读满3分钟，可记学习积分1分⟧</div>
<div class="dj-qr">⟦a 用手机扫一扫，随时随地学党建⟧</div>
<div class="dj-related"><h4>⟦l 相关阅读⟧</h4><p>⟦l 稃阳县启动“理论宣讲进万家”活动⟧</p><p>⟦l 秠口镇：板凳会上话振兴⟧</p></div>
</div>
<div class="dj-foot">⟦m 中共稃阳县委组织部　地址：稃阳县人民路1号⟧<br>⟦m 桂ICP备15007726号⟧</div>
</body>
</html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
同志们、队员们：
今天，我们在这里举行稃阳县快板红色宣讲队成立仪式。首先，我代表县委宣传部，向宣讲队的成立表示热烈祝贺！
快板是群众喜闻乐见的艺术形式。用快板讲党史、讲政策、讲身边的好人好事，群众听得懂、记得住、愿意传。借此机会，我提三点希望。
一要讲准。宣讲内容必须经过审核把关，史实要准确，政策要讲对，不能为了押韵随意改动。
二要讲活。多用乡音土话，多讲身边故事，把大道理变成小段子，让群众在笑声里受教育。
三要讲常。宣讲队要制定全年计划，每月至少下乡两次，让快板声常年响在田间地头。
希望大家不负重托，把红色故事说到群众心坎上！
""",
    ),
    dict(
        slug="party-hangshui-summary-embroidery-help",
        site="绗水先锋网 (invented Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.hsxf.example.cn/zbfc/20240708/1177.html",
        title="机关党支部“支部联绣坊、党员帮绣娘”上半年工作总结",
        record_title="【支部纪实】机关党支部“支部联绣坊、党员帮绣娘”上半年工作总结 - 绗水先锋网",
        date="2024-07-05",
        notes="a Party-building site as text: column bracket and site suffix in the record title; a study-points line and a "
        "'forward to your branch group' line at the bottom; 成文日期 under the branch's signature",
        page="""
!m 绗水先锋网 — 绗水县基层党建工作平台
!m 首页 / 支部风采 / 机关党建
!t 【支部纪实】机关党支部“支部联绣坊、党员帮绣娘”上半年工作总结
!m 供稿：县妇联　录入：党建办　2024-07-08
{BODY}
!a 学完本篇请点“已学”，计入个人学习档案
!a 转发到支部微信群
!l 上一篇：县供销社党支部主题党日活动掠影
!l 下一篇：组织部机关党支部开展“七一”走访慰问
!m 绗水县委组织部主办　技术支持：县大数据中心
""",
        indent="\u3000\u3000",
        date_also=["2024-07-08"],
        body="""
今年以来，县妇联机关党支部围绕“支部联绣坊、党员帮绣娘”主题，组织党员深入坭湾村等5个刺绣专业村开展结对帮扶，取得了初步成效。
一是帮技术。邀请市级刺绣传承人开班授课4期，培训绣娘186人次；统一采购优质绣花针、丝线，以成本价供应绣娘，每户每年节省材料费300余元。
二是帮销路。支部党员主动对接电商平台和文旅商店，上半年帮助销售绣品2300余件，绣娘户均增收2600元。
三是帮难事。党员与32户困难绣娘家庭结成对子，帮助解决子女入学、老人就医等实际困难17件。
下半年，支部将继续深化结对帮扶，筹建绣品展销中心，让更多农村妇女在家门口“绣”出好日子。
绗水县妇联机关党支部
2024年7月5日
""",
    ),
    dict(
        slug="hospital-zhiling-needle-in-finger-article",
        site="埴岭县人民医院 (invented)",
        style="医院官网",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.zlxrmyy.example.cn/jkkp/2024/0511/882.html",
        title="绣花针扎进手指，千万别硬拔",
        record_title="【急诊小课堂】绣花针扎进手指，千万别硬拔 - 埴岭县人民医院",
        date="2024-05-11",
        notes="hospital site: a booking float, a 24-hour line, an experts list; the department's own 咨询电话 in the last "
        "sentence beside the hospital's switchboard; 发布时间 byline",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>【急诊小课堂】绣花针扎进手指，千万别硬拔 - 埴岭县人民医院</title></head>
<body>
<div class="h-top">⟦m 埴岭县人民医院　二级甲等综合医院⟧　⟦m 24小时总值班：0739-5520000⟧</div>
<div class="h-nav">⟦m 医院概况　就医指南　科室导航　专家介绍　健康科普　党建文化⟧</div>
<div class="h-pos">⟦m 首页 / 健康科普 / 急诊急救⟧</div>
<div class="h-art">
<h1>⟦t 【急诊小课堂】绣花针扎进手指，千万别硬拔⟧</h1>
<p class="meta">⟦m 发布时间：2024-05-11　作者：急诊科 贺临川　审核：医务科⟧</p>
<div class="h-txt">
{BODY}
</div>
<p class="copy">⟦d 本文仅作健康科普，不能代替医生面诊。⟧</p>
</div>
<div class="h-side"><h3>⟦l 急诊科坐诊专家⟧</h3><ul><li>⟦l 贺临川　副主任医师　周一、周三上午⟧</li><li>⟦l 钱慕云　主治医师　周二、周五全天⟧</li></ul></div>
<div class="h-float">⟦a 线上挂号·免排队⟧</div>
<div class="h-foot">⟦m 地址：埴岭县城南大道66号　邮编：558300⟧<br>⟦m 埴岭县人民医院版权所有　黔ICP备16008813号⟧</div>
</body>
</html>
""",
        body="""
最近，急诊科接诊了好几位被绣花针扎伤的患者，其中一位阿姨的针断在了指腹里，自己用镊子夹了半天，反而把断针越推越深。
绣花针又细又尖，一旦扎进手指，很容易断在肉里。遇到这种情况，记住三点：
一、能看到针尾、针扎得不深的，可以用消毒过的镊子顺着进针方向轻轻拔出，再用碘伏消毒。
二、针断在里面、看不到针尾的，千万不要挤、不要挖，用干净纱布包好，尽快到医院处理。医生会借助X线定位后取出断针。
三、被生锈的针扎伤，或者伤口较深，要在24小时内评估是否需要打破伤风针。
如有疑问，可拨打急诊科咨询电话0739-5521120。
""",
    ),
    dict(
        slug="hospital-zhiling-rehab-clay-group-notice",
        site="埴岭县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zlxrmyy.example.cn/yygg/2024/1008/905.html",
        title="康复医学科开设泥人手工康复小组的通知",
        date="2024-10-08",
        notes="record title as is; a hospital notice as text with a booking line and a 24-hour line at the top, a numbered "
        "list; 成文日期 under the department's signature",
        page="""
!m 埴岭县人民医院 · 医院公告
!a 预约挂号　｜　检查报告查询　｜　住院费用查询
!m 24小时总值班：0739-5520000
{T}
!m 发布科室：康复医学科　发布：2024-10-08　浏览 402
{BODY}
!a 返回列表　｜　打印本页
!l 最新公告：关于调整门诊午间挂号时间的通知 ｜ 2024年国庆节门诊安排
!m 埴岭县人民医院　地址：埴岭县城南大道66号
""",
        indent="\u3000\u3000",
        body="""
各病区、各位患者及家属：
为帮助脑卒中、手外伤等患者恢复手指精细动作，康复医学科自10月14日起开设泥人手工康复小组。现将有关事项通知如下：
一、活动时间：每周二、周四下午3点至4点。
二、活动地点：门诊楼四楼作业治疗室。
三、参加对象：经康复医师评估、手功能处于恢复期的住院及门诊患者，每组不超过8人。
四、报名方式：由主管医生开具作业治疗申请，或到康复医学科护士站登记。
揉泥、搓条、捏形，看似简单，却能很好地锻炼手指力量和协调性。欢迎符合条件的患者踊跃参加。
埴岭县人民医院康复医学科
2024年10月8日
""",
    ),
    dict(
        slug="univ-tingzhou-clapper-award-h1-dotted-date",
        site="鞓州学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.tzxy.example.edu.cn/info/1004/6618.htm",
        title="我校学生快板作品《秬河号子》获全省大学生艺术展演一等奖",
        record_title=None,
        date="2024-11-22",
        notes="university news page without a record title (the <h1>); a dotted date and a click counter in the info line, "
        "a 文/图/审核 line glued after the last 。; a 'campus focus' list",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>鞓州学院新闻网</title></head>
<body>
<div class="xy-head">⟦m 鞓州学院新闻网⟧　⟦m 厚德 笃学 致用⟧</div>
<div class="xy-nav">⟦m 学院首页　综合新闻　教学科研　学子风采　媒体鞓院⟧</div>
<div class="xy-crumb">⟦m 首页 » 学子风采 » 正文⟧</div>
<h1>{T}</h1>
<div class="xy-info">⟦m 2024.11.22　作者：鲁婷　点击：⟧<script>showHits(6618)</script></div>
<div class="xy-body">
{BODY}
</div>
<div class="xy-share">⟦l 分享：微信 / QQ / 微博⟧</div>
<div class="xy-focus"><h3>⟦l 校园聚焦⟧</h3><p>⟦l 学院召开2024年秋季学期教学工作会议⟧</p><p>⟦l 我校两项课题获省社科规划立项⟧</p></div>
<div class="xy-foot">⟦m 鞓州学院党委宣传部主办⟧　⟦m 地址：鞓州市学院路9号⟧</div>
</body>
</html>
""",
        body="""
近日，第八届全省大学生艺术展演活动结果揭晓，我校曲艺社团创作表演的快板作品《秬河号子》获得戏剧曲艺类一等奖，这是我校在该项赛事中取得的最好成绩。
《秬河号子》取材于秬河船工的真实故事，由文学院、音乐学院的6名学生共同创作。作品将传统快板与船工号子相融合，节奏明快，乡土气息浓厚。
为打磨这个作品，同学们利用暑假深入秬河沿岸走访老船工，先后修改唱词十余稿。指导教师裴如晦说：“快板是老祖宗留下的好东西，年轻人说出了新味道。”
据悉，我校曲艺社团成立于2016年，现有成员40余人，近年来已在各类比赛中获奖9项。⟦m 文/鲁婷　图/曲艺社　审核/党委宣传部⟧
""",
    ),
    dict(
        slug="univ-tingzhou-library-clay-exhibition-notice",
        site="鞓州学院图书馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://lib.tzxy.example.edu.cn/tzgg/2024/1202/1180.htm",
        title="关于举办馆藏泥人专题展的通知",
        record_title="关于举办馆藏泥人专题展的通知-图书馆-鞓州学院",
        date="2024-12-02",
        notes="a university library page as text: department and school suffixes in the record title; a 'sign up through the "
        "library's account' sentence (content); 成文日期 under the library's signature",
        page="""
!m 鞓州学院图书馆　Library of Tingzhou College
!m 首页 ＞ 馆务公告
!t 关于举办馆藏泥人专题展的通知-图书馆-鞓州学院
!m 发布者：阅读推广部　｜　2024-12-02 16:40　｜　阅读 529
{BODY}
!a 【关闭窗口】　【打印】
!l 下一条：关于2024年寒假图书馆开放时间的通知
!m Copyright © 鞓州学院图书馆　馆内咨询：0735-8190112
""",
        indent="\u3000\u3000",
        body="""
全校师生：
为展示民间泥塑艺术，丰富校园文化生活，图书馆定于12月9日至12月27日举办“泥土的温度”馆藏泥人专题展。现将有关事项通知如下：
一、展览地点：图书馆一楼展厅。
二、开放时间：周一至周日8:30—21:30。
三、展览内容：展出图书馆历年征集的墁田泥人、秬河泥玩具等作品120余件，并配有制作工具和老照片。
四、互动活动：12月14日下午，邀请泥人传承人钟守仁现场演示捏塑技艺，名额30人，请通过图书馆微信公众号报名。
欢迎全校师生前往参观。
鞓州学院图书馆
2024年12月2日
""",
    ),
]
