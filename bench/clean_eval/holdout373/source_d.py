"""holdout373, part D: hobby, county and exam forums, Q&A sites and encyclopaedias.
Everything invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-shiguang-soap-net-review-jammer-html",
        site="拾光家居论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.shiguang-jiaju.com/thread-306184-1-1.html",
        title="用了三个月肥皂网，说说真实感受",
        record_title="[好物长测] 用了三个月肥皂网，说说真实感受（纯分享无广）- 居家好物测评区 - 拾光家居论坛",
        date=None,
        notes="Discuz-like hobby forum: poster panel, jammer fonts inside the post, a rating row, a signature, "
        "replies; 发表于 5 天前 and an edit stamp are no dates",
        page="""
<html><head><meta charset="gbk">
<title>[好物长测] 用了三个月肥皂网，说说真实感受（纯分享无广）- 居家好物测评区 - 拾光家居论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="hd">⟦m 拾光家居论坛⟧ <span>⟦a 登录 | 立即注册 | 找回密码⟧</span></div>
<div id="pt">⟦m 拾光家居论坛 » 居家好物测评区 » 查看帖子⟧</div>
<div id="postlist">
<table><tr><td class="pls">
<div class="pi">⟦m 晾衣绳上的猫⟧</div>
<dl><dd>⟦m 主题 12　帖子 385　积分 1140⟧</dd><dd>⟦m 中级会员⟧</dd></dl>
</td><td class="plc">
<h1 class="ts">⟦m [好物长测]⟧ <span id="thread_subject">{T}</span> ⟦m （纯分享无广）⟧</h1>
<div class="authi">⟦m 发表于 5 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="pstatus">⟦m 本帖最后由 晾衣绳上的猫 于 4 天前 编辑⟧</div>
<div class="t_f" id="postmessage_9912044">
{BODY}
</div>
<div class="rate">⟦l 参与人数 3　金币 +6　理由：实用分享⟧</div>
<div class="sign">⟦m 签名：日子要一点一点过，肥皂要一点一点用⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏⟧</div>
</td></tr></table>
<table><tr><td class="plc">⟦l 沙发　竹篮打水：我妈也一直用网兜装肥皂，确实省⟧</td></tr>
<tr><td class="plc">⟦l 板凳　南窗：求链接，麻绳的那种⟧</td></tr></table>
</div>
<div id="f_pst">⟦a 高级模式　发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　拾光家居论坛　浙ICP备2019031572号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
先说结论：肥皂网值得买，但别买太便宜的塑料网。
我家三个月前开始用肥皂网，一共试了三种：超市两块钱一个的塑料起泡网、网上买的麻绳网，还有我婆婆用旧毛线钩的。
塑料网起泡最快，往湿手上一搓就是一大团泡沫，但用了一个月就开始发硬，网眼里卡着肥皂渣，很难洗干净。
麻绳网起泡稍慢一点，好处是挂着干得快，用完挂在水龙头上，第二天肥皂是干爽的，不会泡成一摊。三个月下来只有挂绳磨毛了一点。
毛线钩的最软，搓衣领袖口很舒服，就是吸水，要经常拿出来晾。
还有一点很多人不知道：碎皂头可以攒在一个网里继续用，我家现在几乎不扔肥皂了。
最后提醒一句，肥皂网每周要拿热水烫一下再晾干，不然容易有味道。
""",
    ),
    dict(
        slug="forum-tiejiangpu-pole-saw-chain-junk-text",
        site="铁匠铺工具论坛 文字版 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.tiejiangpu.net/bbs/viewthread.php?tid=77415",
        title="电动高枝锯锯链老是卡，换了根新链条终于好了",
        record_title="[工具折腾记] 电动高枝锯锯链老是卡，换了根新链条终于好了（附拆装步骤）- 电动工具版 - 铁匠铺工具论坛",
        date=None,
        notes="forum thread as text with junk lines and junk glued after 。; a poster line with a relative "
        "time (前天) and replies below",
        page="""
!m 铁匠铺工具论坛 » 电动工具版 » 帖子
!m 查看：1327　|　回复：18
!t [工具折腾记] 电动高枝锯锯链老是卡，换了根新链条终于好了（附拆装步骤）
!m 楼主：老杰头　　发表于 前天 19:27　　只看楼主
{BODY}
!a 支持(12)　反对(0)　回复　收藏
!l 2# 修剪队长：链条张紧度这个太关键了，点赞
!l 3# 稠溪阿强：请问你这款是几米的杆子？
!l 4# 老杰头：回3#，伸出来最长4.2米
!a 隐藏内容：回帖后刷新可见（游客请先登录）
!m 铁匠铺工具论坛 · 手机版 · 清除Cookies
""",
        junk=dict(lines=2, glued=3),
        body="""
家里院子有三棵老柿子树，去年买了一把锂电高枝锯，用了一个冬天，今年一开机锯链就老卡，锯两下就停。
一开始以为是电池不行，换了备用电池还是一样。后来拆开看，锯链已经有点松了，好几个齿也钝了，锯到粗一点的枝条就咬住不动。
我的处理步骤是这样的：先取下电池，戴上手套；拧松导板上的两个螺母，把旧锯链取下来；装新锯链时注意齿的方向，刃口朝前；然后拧张紧螺丝，直到用手能把链条从导板上拉起两三毫米、松手又能弹回去；最后拧紧螺母，滴几滴链条油。
装好以后试了一下，锯手腕粗的枝条几秒钟就下来了，再也没卡过。
总结两条经验：一是用完要及时清理锯屑、上油，二是链条钝了别硬锯，越锯越伤电机。
""",
    ),
    dict(
        slug="cityforum-chouxi-step-boards-jammer-missing-html",
        site="稠溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.chouxi.cc/thread-558201-1-1.html",
        title="小区广场上的健身踏板被人搬走了，谁来管管？",
        record_title=None,
        date=None,
        notes="county forum, no title in the record: the thread subject; a weather line, medals, jammer fonts, "
        "a decoration ad with a phone, a forward-to-the-street-office link; 昨天 and 1 小时前 are no dates",
        page="""
<html><head><meta charset="gbk"><title>稠溪论坛 - 稠溪人自己的网上家园</title>
<style>font.jammer{display:none}</style></head><body>
<div class="hd">⟦m 稠溪论坛⟧ ⟦m 稠溪人自己的网上家园⟧ <span>⟦m 今日稠溪：多云 8～17℃⟧</span></div>
<div class="nav">⟦m 首页 › 百姓话题 › 民生求助⟧</div>
<div class="ad">⟦a 稠溪城南装修找家和装饰，免费上门量房 0728-5590088⟧</div>
<div class="thread">
<h1><span id="thread_subject">{T}</span></h1>
<div class="post-user">⟦m 城南老周⟧ <span>⟦m 勋章：热心邻里 · 十年老友⟧</span></div>
<div class="post-time">⟦m 发表于 昨天 21:08⟧</div>
<div class="post-msg">
{BODY}
</div>
<div class="forward">⟦a 一键转交社区办理⟧</div>
<div class="official">⟦l 官方回复：已转城南街道办事处核实处理（1 小时前）⟧</div>
<div class="replies"><p>⟦l 1楼　绿萝：我们小区也是，踏板摆了一周就少了两块⟧</p><p>⟦l 2楼　跑步的鱼：建议装个监控⟧</p></div>
</div>
<div class="ft">⟦m 稠溪论坛 www.chouxi.cc　站务QQ群：57730214⟧</div>
</body></html>
""",
        p_html='<p class="msg">{}</p>',
        junk=dict(lines=1, glued=2),
        body="""
城南新村小广场去年秋天装了一组健身器材，社区还专门放了十块健身踏板，每天早上有二十多位阿姨在那里跳踏板操，大家都很喜欢。
可是从上个月开始，踏板一块一块地少，现在只剩下四块了，还有一块支脚断了。早上来跳操的人只能轮着上，有的阿姨干脆在地上跟着踩。
我们问过物业，物业说踏板是社区配的，不归他们管；去社区问，社区说会登记。等了两个星期也没有下文。
想问问：这些踏板到底归谁管？能不能做个带锁的柜子，跳完操锁起来？我们几个老队员愿意轮流保管钥匙。
希望有关部门看到后帮忙协调一下，谢谢！
""",
    ),
    dict(
        slug="cityforum-houyuan-soap-net-granny-junk-text",
        site="厚原生活网论坛 文字版 (invented)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.houyuanlife.com/forum/t-44108.html",
        title="菜市场门口那位阿婆手钩的肥皂网，真是好用",
        record_title="[邻里好物] 菜市场门口那位阿婆手钩的肥皂网，真是好用 - 生活杂谈 - 厚原生活网",
        date=None,
        notes="county forum saved as text: junk lines and glued junk, a weather line, a decoration ad and a "
        "medal line; 3 天前 is no date",
        page="""
!m 厚原生活网 · 论坛　　今天 晴 3～12℃
!m 论坛首页 > 生活杂谈
!t [邻里好物] 菜市场门口那位阿婆手钩的肥皂网，真是好用
!m 楼主　老街的风　　[勋章：老街坊]　　3 天前
{BODY}
!a 顶　　回复　　分享到朋友圈
!l 沙发 小满：是不是穿蓝围裙那个阿婆？我也买过，五块一个
!l 板凳 阿青：支持手艺人
!a 厚原家电清洗上门服务，空调油烟机一条龙 电话：0919-7233108
!m 厚原生活网 版权所有
""",
        junk=dict(lines=2, glued=2),
        body="""
住在厚原老街的应该都见过，菜市场东门口有位阿婆，每天早上摆个小马扎，一边看摊一边钩东西，摊上挂着一串串彩色的肥皂网。
上个月我好奇买了两个，一个红的，一个绿的，一共八块钱。回家装上洗衣皂，挂在阳台水池的龙头上，用了一个月，感觉比超市卖的好用多了。
阿婆用的是粗棉线，网眼钩得密，搓起来泡沫又细又多；挂绳是双股的，不容易断。最难得的是洗过几次也不变形。
我跟阿婆聊了几句，她说自己七十多了，儿女在外地，钩这个是打发时间，一天能钩五六个。
大家要是路过，不妨照顾一下阿婆的生意，东西实在，价钱也公道。
""",
    ),
    dict(
        slug="examforum-dengan-essay-insect-net-jammer-html",
        site="登岸号公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.denganhao.com/forum.php?mod=viewthread&tid=220971",
        title="一张捕虫网里的自然教育",
        record_title="[申论范文练习] 一张捕虫网里的自然教育（请前辈们指点）- 申论练笔互改区 - 登岸号公考论坛",
        date=None,
        notes="exam forum: reply-to-see prompt, rating row, a QQ-group ad, jammer fonts inside the essay; "
        "the poster's time is relative (6 天前)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>[申论范文练习] 一张捕虫网里的自然教育（请前辈们指点）- 申论练笔互改区 - 登岸号公考论坛</title></head><body>
<div class="hd">⟦m 登岸号公考论坛⟧ ⟦a 签到领积分⟧</div>
<div class="crumb">⟦m 首页 › 笔试交流 › 申论交流⟧</div>
<div class="qq-ad">⟦w 2026国省考申论批改群：80213376，进群免费领范文合集⟧</div>
<div class="post">
<h2 class="subject">⟦m [申论范文练习]⟧ {T} ⟦m （请前辈们指点）⟧</h2>
<div class="auth">⟦m 上岸的小疏 · 6 天前 · 查看 903⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide-tip">⟦a 本帖隐藏的批改意见需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 参与人数 5 威望 +5 收起 理由：结构清晰⟧</div>
</div>
<div class="ft">⟦m 登岸号 ©2025　皖ICP备2021009315号-2⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
暑假里，城郊湿地公园的自然课堂格外热闹。孩子们举着捕虫网在芦苇丛边奔跑，兜住一只蜻蜓，放进观察盒里看上几分钟，再小心地放回草丛。一张小小的捕虫网，折射出自然教育的价值所在。
自然教育要让孩子“走出去”。书本上的昆虫图片再精美，也比不上亲手兜住一只蝴蝶时的惊喜。各地应当盘活公园、湿地、林场等资源，建设更多自然课堂，让孩子们有地方可去、有东西可看。
自然教育要教孩子“放回去”。捕虫网不是用来收集战利品的，观察之后放归，是对生命最基本的尊重。学校和场馆要把生态伦理融入课程，避免把自然课变成捕捉比赛。
自然教育要靠大家“一起来”。这需要教育部门统筹课程，需要园林、林业部门开放场地，也需要家长放下对“脏”和“危险”的过度担忧。
当越来越多的孩子学会用捕虫网去认识自然、再把自然还给自然，生态文明的种子就会在他们心中生根发芽。
""",
    ),
    dict(
        slug="examforum-dengan-interview-ski-goggles-junk-text",
        site="登岸号公考论坛 结构化面试版 文字版 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://bbs.denganhao.com/thread-221408-1-1.html",
        title="游客不戴滑雪镜滑雪受伤，你作为滑雪场安全员如何处理",
        record_title="【面试真题·应急处置】游客不戴滑雪镜滑雪受伤，你作为滑雪场安全员如何处理（答题思路在3楼）- 结构化面试天天练 - 登岸号",
        date=None,
        notes="an interview answer on an exam forum as text: junk lines and glued junk, a reply-to-see line, "
        "a QQ-group line; 2 天前 is no date",
        page="""
!m 登岸号公考论坛 › 面试交流 › 结构化面试
!t 【面试真题·应急处置】游客不戴滑雪镜滑雪受伤，你作为滑雪场安全员如何处理（答题思路在3楼）
!m 发帖：面霸养成中　　2 天前　　回复 31
!w 想要一对一模拟面试？加QQ 2290613358，备注“登岸”
{BODY}
!a 【回复可见：考官点评与高分示范答案】
!l 1楼 冲冲冲：第三点很好，事后改进容易被忽略
!m 登岸号公考论坛　只为你上岸
""",
        junk=dict(lines=2, glued=2),
        body="""
我的作答如下，请大家指点。
第一，先救人。我会立即赶到现场，安抚游客情绪，初步查看伤情。如果是眼部被雪杖或冰碴划伤，不让游客揉眼，用干净纱布轻轻遮盖双眼，同时呼叫雪场医务室和雪地摩托，把游客平稳转送到医务室，必要时拨打120送医。
第二，再处置现场。在事发雪道设置警示标志，疏导后面的游客绕行，查看雪道有无冰面、障碍物等隐患，并做好现场记录，配合游客家属和保险公司做好后续工作。
第三，查原因、堵漏洞。事后我会调看监控，了解游客为什么没戴滑雪镜：是租赁处缺货，还是游客嫌麻烦没戴。针对问题，建议在魔毯和缆车入口增设检查点，没戴滑雪镜的游客不放行；在租赁处配足各尺码的滑雪镜；通过广播和提示牌反复提醒。
第四，做好宣传。把这次事故做成安全提示，提醒游客滑雪镜不是可戴可不戴的装饰，而是保护眼睛的必需装备。
""",
    ),
    dict(
        slug="qa-zhifou-insect-net-material-missing-html",
        site="知否问答 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhifou-wd.com/question/8812047",
        title="捕虫网的网兜用什么材料做比较好？",
        record_title=None,
        date=None,
        notes="Q&A page, no title in the record: the question is the title; an adopted-answer badge, a vote bar, "
        "more answers; 回答于 2 天前 is no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>知否问答 - 有问题，就知否</title></head><body>
<div class="zf-top">⟦m 知否问答⟧ <span>⟦a 提问⟧</span> <span>⟦a 登录⟧</span></div>
<div class="zf-cat">⟦m 问答首页 › 教育 › 科学实验⟧</div>
<div class="zf-q">
<h1 class="q-title">{T}</h1>
<div class="q-desc">⟦m 孩子学校要做昆虫观察，想自己做个捕虫网，纱窗网、蚊帐布、丝袜哪个好？⟧</div>
<div class="q-info">⟦m 提问者：阿焦妈妈　·　浏览 4412 次⟧</div>
</div>
<div class="zf-best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="a-user">⟦m 昆虫爱好者老宙　·　回答于 2 天前⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="vote">⟦a 有用 326　　没用 4　　评论 12⟧</div>
</div>
<div class="zf-more"><h3>⟦l 其他 5 条回答⟧</h3>
<p>⟦l 旧蚊帐就行，网眼细，缝起来也方便。⟧</p><p>⟦l 买个现成的吧，十几块钱。⟧</p></div>
<div class="zf-ft">⟦m © 2025 知否问答　京ICP备2022013706号⟧</div>
</body></html>
""",
        body="""
做过十几年标本采集，简单说一下。
捕虫网的网兜，关键看三点：透气、网眼细、颜色浅。
一、首选尼龙纱或涤纶纱。就是窗纱店里那种白色细纱，轻、透气、结实，挥起来阻力小，蝴蝶、蜻蜓兜进去也不容易伤翅膀。
二、旧蚊帐布也可以。网眼细，颜色浅，缺点是不太耐磨，在草丛里扫几次容易勾破，适合捕飞虫。
三、不建议用丝袜和纱窗网。丝袜太密，不透气，挥网时兜风，还看不清里面的虫子；金属纱窗网太硬，会把昆虫的翅膀和足弄断。
另外，网兜的深度最好是网口直径的两倍左右，这样兜住后一翻转网口，虫子就跑不掉了。网口直径给小学生用的话，25到30厘米就够。
最后提醒，给孩子用的捕虫网，网柄末端要打磨圆滑，铁丝接头用胶布缠好，免得划伤手。
""",
    ),
    dict(
        slug="qa-wenlinjia-step-board-height-text",
        site="问邻家健康问答 文字版 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wen.wenlinjia.com/q/3306124",
        title="健身踏板选多高合适？家里老人想练踏板操",
        record_title="健身踏板选多高合适？家里老人想练踏板操 · 问邻家 · 家用健身器",
        date=None,
        notes="Q&A saved as text: the question with a description, a certified-answer badge, a like row and "
        "more answers; 回答时间 2 天前 is no date",
        page="""
!m 问邻家 · 家用健身器
!m 首页 / 家用健身器 / 踏板类
!t 健身踏板选多高合适？家里老人想练踏板操 · 问邻家 · 家用健身器
{T}
!m 问题补充：我妈65岁，身体还行，就是有点胖，小区里好多人在练，想给她买一个。
!m 已认证回答 · 社会体育指导员 挽小禾 · 2 天前
{BODY}
!a 👍 有帮助(88)　　💬 追问　　⭐ 收藏
!l 其他回答（3）
!l 网友b7y2：买可调节的，以后能加高
!m 问邻家 wen.wenlinjia.com
""",
        indent="",
        body="""
老人练踏板操，踏板宜低不宜高，建议从10厘米左右开始。
踏板高度一般有10厘米、15厘米、20厘米几档。踏上去时，膝盖弯曲的角度最好不要超过90度，老人和初学者用最低一档就可以，体重偏大的更要从低的练起，减轻膝关节的压力。
选购时注意三点：一是踏板面要防滑，最好带橡胶纹路；二是支脚要稳，放在地上用手按四个角都不晃；三是承重要够，至少能承受体重的两倍以上。
建议买高度可以调节的款式，练了两三个月，腿部力量上来了，再加一档垫块。
另外，练习时要穿运动鞋，不要穿拖鞋或光脚；刚开始每次练10到15分钟就够了。如果阿姨有膝关节疼痛或高血压，最好先问问医生。
""",
    ),
    dict(
        slug="baike-shiwu-entry-soap-net-record-html",
        site="识物百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.shiwu-baike.com/item/肥皂网/60217",
        title="肥皂网",
        date=None,
        notes="record title as is; an encyclopaedia entry whose name opens the body (the repeated title "
        "matched as head); 阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued "
        "after sentences, an 'edit this section' link, a last-edit stamp",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>肥皂网 - 识物百科，人人可编的知识库</title></head><body>
<div class="wx-top">⟦m 识物百科⟧ <span>⟦a 登录 · 创建账号⟧</span></div>
<div class="wx-tabs">⟦a 词条　阅读　编辑　讨论　历史版本⟧</div>
<h1 class="firstHeading">{T}</h1>
<div class="wx-sub">⟦m 识物百科，人人可编的知识库⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：肥皂网⟧</td></tr><tr><td>⟦m 别　名：起泡网、皂袋⟧</td></tr>
<tr><td>⟦m 材　质：棉线、麻绳、尼龙、丝瓜络等⟧</td></tr><tr><td>⟦m 用　途：装肥皂起泡、沥水⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 结构　2 用途　3 使用与清洁　4 参考资料⟧</div>
<div class="mw-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 焦明珠. 家用清洁小物的编织与使用. 凛州: 灯塔出版社⟧</p></div>
<div class="wx-foot">⟦m 本页面最后修订于 2 周前⟧　⟦d 文字遵循知识共享署名—相同方式共享协议，附加条款亦可能适用。⟧</div>
</body></html>
""",
        body="""
肥皂网，又称起泡网、皂袋，是一种用来盛装肥皂或香皂的小网袋，通常带有挂绳，可挂在水龙头或挂钩上使用。⟦m [1]⟧
结构⟦a [编辑本段]⟧
肥皂网一般由网身和挂绳两部分组成。网身多为长方形或圆筒形的网袋，网眼大小在3毫米至10毫米之间；挂绳用于收紧袋口和悬挂。常见材质有棉线、麻绳、尼龙和丝瓜络等，其中尼龙网起泡较快，棉麻网和丝瓜络网手感柔软、易于降解。
用途
肥皂网的主要用途有两个：一是揉搓时增加摩擦，使肥皂更快起泡；二是悬挂沥水，防止肥皂长时间泡水变软。碎小的皂头也可以装入网中继续使用，减少浪费。⟦m [2]⟧
使用与清洁
肥皂网使用后宜挂在通风处晾干。网袋中容易积存皂垢，一般每周用热水冲洗一次，棉线网可定期晾晒，破损后应及时更换。
""",
    ),
    dict(
        slug="baike-yuanyi-entry-pole-saw-text",
        site="园艺百科 文字版 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://yuanyi-baike.cn/wiki/高枝锯",
        title="高枝锯",
        record_title="高枝锯（园林手工具）· 园艺百科",
        date=None,
        notes="an encyclopaedia entry saved as text: the entry name opens the body (the repeated title matched as "
        "head), a infobox, a contents line, section headings, reference markers glued; a 最近更新 stamp is no date",
        page="""
!m 园艺百科 · 园林工具分类
!t 高枝锯（园林手工具）· 园艺百科
{T}
!m 最近更新：3 个月前　　编辑次数：17
!m 中文名：高枝锯　　外文名：pole pruning saw　　类　别：园林修剪工具
!l 目录：1 概述　2 分类　3 使用方法　4 注意事项
{BODY}
!l 词条标签：园林工具　果树修剪　手工具
!d 本词条内容仅供参考，如需专业意见请咨询园林技术人员。
!m 园艺百科 yuanyi-baike.cn
""",
        indent="",
        body="""
高枝锯是一种装在长杆上、用于锯除高处树枝的园林修剪工具，使用者站在地面即可修剪三到六米高的枝条，常用于果树、行道树和庭院树木的整形修剪。⟦m [1]⟧
分类
按动力不同，高枝锯可分为手动高枝锯和电动高枝锯两类。手动高枝锯由弧形锯片和伸缩杆组成，部分产品在杆头另装修枝剪，靠拉绳剪断细枝；电动高枝锯以锂电池或汽油机为动力，杆头装有小型链锯，效率较高。⟦m [2]⟧
使用方法
使用时先将伸缩杆拉出到合适长度并逐节锁紧，锯片贴住枝条基部，来回拉动锯切。较粗的枝条宜先在下方锯一道浅口，再从上方锯断，以免树皮撕裂。
注意事项
高枝锯不得在架空电线附近使用；作业时不应站在锯口正下方，并应佩戴安全帽和护目镜；电动高枝锯停用时应取下电池或关闭油门开关。
""",
    ),
]
