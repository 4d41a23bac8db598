"""holdout208, part C: hobby forums, county forums, exam forums, blogs and WeChat mirrors.

Invented text throughout; see ../README.md and ../build.py for the markup. Every case written by hand.
"""

CASES = [
    dict(
        slug="forum-wanjia-thread-robot-vacuum-brushes-jammer",
        site="小家电玩家论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.xjdwanjia.com/thread-402817-1-1.html",
        title="扫地机器人用了两年，说说边刷和滤网的那些坑",
        record_title="[使用心得] 扫地机器人用了两年，说说边刷和滤网的那些坑（内附实拍）- 清洁电器版 - 小家电玩家论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts glued and on a line, author panel, rating row, signature, replies; posted 3 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[使用心得] 扫地机器人用了两年，说说边刷和滤网的那些坑（内附实拍）- 清洁电器版 - 小家电玩家论坛</title>
<script src="static/js/common.js?R7x"></script>
<style>.jammer{color:#fff;font-size:0}</style>
</head>
<body>
<div id="toptb">⟦m 小家电玩家论坛⟧　<a>⟦a 签到领金币⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 论坛 › 家电交流区 › 清洁电器版 › 帖子详情⟧</div>
<div id="postlist">
<table><tr>
<td class="pls"><div class="pi">⟦m 猫毛收割机⟧</div><p>⟦m 积分 2317　帖子 486　注册 2021-5-6⟧</p><p>⟦m 玩家等级：资深玩家⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88120">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 4　金币 +12　感谢分享，少走弯路了⟧</div>
<div class="sign">⟦m 家有三只猫，扫地机是刚需⟧</div>
<div class="po">⟦a 点赞　收藏　回复　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发　小熊维尼爱喝粥　3 天前：滤网轮换这条太实用了⟧</div>
<div class="reply">⟦l 板凳　老汤修家电　2 天前：充电座旁边别放地毯，卡轮子⟧</div>
</div>
<div id="f_pst">⟦a 登录后才能参与讨论　立即登录 | 注册新账号⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　小家电玩家论坛 ( 陇ICP备21001937号 )⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
楼主家的扫地机器人用了整两年，踩过不少坑，今天集中说说，给刚入手的坛友提个醒。
第一，边刷要勤剪头发。家里有长头发的，边刷根部一周就能缠一圈，缠多了电机负载大，转起来会咔咔响。我现在每周日用小剪刀清一次。
第二，滤网别用水冲完马上装。我有一次冲洗后没晾干就装回去，结果尘盒里一股霉味，后来买了两片备用滤网轮换。
第三，地图别频繁重建。搬了家具后只需要在App里编辑一下禁区，重建地图反而容易把阳台门槛识别错。
第四，充电座周围留出空间。左右各留半米，前面留一米，不然机器人经常找不到回家的路。
暂时想到这些，欢迎大家补充。
""",
    ),
    dict(
        slug="forum-qiaoshou-thread-steamer-leak-repair-junk",
        site="巧手维修论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.qiaoshouwx.com/bbs/read.php?tid=77014",
        title="挂烫机喷头漏水，拆开发现是密封圈老化",
        record_title="挂烫机喷头漏水，拆开发现是密封圈老化 - 巧手维修论坛 - 手机版",
        date=None,
        notes="forum text: anti-scraping junk on lines of its own and glued after 。; posted 昨天 (no date); a points line between paragraphs",
        page="""
!m 巧手维修论坛 - 手机版
!m 首页 > 生活电器维修 > 蒸汽类
!m 回复：17　查看：1086
{T}
!m 楼主：焊锡老丁　发表于 昨天 21:40
{BODY}
!m 本帖被管理员加入“精华”，奖励维修币 +5
!l 1# 电饭煲小王子：密封圈哪里买的？求链接
!l 2# 焊锡老丁：五金店就有，带上旧的去比尺寸
!a 快速回复　　表情　　上传图片
!m 巧手维修论坛 qiaoshouwx.com　手机版｜电脑版
""",
        junk=dict(lines=2, glued=3),
        body="""
家里那台立式挂烫机用了三年，最近一开机喷头就往下滴水，熨衬衫时领口总被滴湿一块。
上网查了一圈，说法很多，有说水箱装太满的，有说蒸汽管积水的。我先把水箱水位降到一半，还是漏。
⟦a 【维修币悬赏】看完觉得有用，请给楼主加个币⟧
周末干脆拆开看看。拔掉电源、放凉以后，拧下底座四颗螺丝，发现水泵出水口那个橡胶密封圈已经发硬开裂，水就是从这里渗到蒸汽管里的。
到五金店买了同尺寸的硅胶圈，才三块钱，换上后试了半小时，一滴都不漏了。
提醒一句：拆之前一定要断电并等机器彻底凉透，发热盘里的余水很烫。没把握的还是送售后。
""",
    ),
    dict(
        slug="localforum-jinchuan-thread-balcony-airer-no-title-jammer",
        site="襟川家园论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.jinchuanjiayuan.com/thread-219087-1-1.html",
        title="小区不让在阳台外装晾衣架，换电动晾衣机也要物业批准吗？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject is the title; weather line, medals, a decoration ad with a phone, a forwarded-to-town link, jammer fonts; posted 5 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>小区不让在阳台外装晾衣架，换电动晾衣机也要物业批准吗？ - 襟川百姓说事 - 襟川家园论坛</title>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="hd"><span>⟦m 襟川家园论坛⟧</span><span>⟦m 今日襟川：晴转多云 18～27℃⟧</span><a>⟦a 登录⟧</a><a>⟦a 加入家园⟧</a></div>
<div class="ad-top">⟦w 【美居定制】襟川全屋定制，量房设计不收钱，热线 13909621468⟧</div>
<div class="pt">⟦m 襟川家园论坛 › 襟川百姓说事 › 物业小区⟧</div>
<table class="post"><tr>
<td class="author"><p>⟦m 锦华7栋老住户⟧</p><p>⟦m 勋章：热心邻里 · 灌水先锋⟧</p><p>⟦m 威望 36　家园币 420⟧</p></td>
<td class="content">
<h1 id="thread_subject">{T}</h1>
<p class="time">⟦m 发表于 5 天前⟧</p>
<div class="msg">
{BODY}
</div>
<div class="gov">⟦l 本帖已转给缯岭镇人民政府 → 点击查看镇里的答复⟧</div>
<div class="act">⟦a 顶一下　踩一下　分享　举报⟧</div>
</td></tr></table>
<div class="replies"><p>⟦l 回帖　缯岭小马哥：我们小区押金半年才退⟧</p><p>⟦l 回帖　晴天娃娃：物业没这个权力吧，坐等镇里回复⟧</p></div>
<div class="ft">⟦m 襟川家园论坛　陇ICP备16008812号　站务QQ：1873360291⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
我家住缯岭镇锦华小区7栋，去年物业通知说阳台外挑的晾衣架有高空坠物风险，要求统一拆除，这个我们都配合了。
问题是拆了以后衣服没地方晒。我打算在阳台里面装一台电动晾衣机，不动外墙，也不改阳台结构，结果物业说必须先交申请、签安全承诺书，还要交500元施工押金。
想问问大家：在自家阳台里装晾衣机，物业有权要求审批和收押金吗？押金什么时候退？有没有懂行的坛友给解答一下，谢谢！
""",
    ),
    dict(
        slug="localforum-jushui-post-toaster-repair-shop-junk",
        site="裾水百事通 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.jushuibst.com/forum/view-55173.html",
        title="绉田镇上哪里还能修烤面包机？",
        record_title="【求修】绉田镇上哪里还能修烤面包机？- 便民问答 - 裾水百事通",
        date=None,
        notes="county forum text: junk lines and glued junk, a shop ad between paragraphs; posted 前天 (no date)",
        page="""
!m 裾水百事通　身边事，百姓说
!m 百事通首页 → 便民问答 → 家电维修
!t 【求修】绉田镇上哪里还能修烤面包机？
!m 绉田小米粥　前天 08:12 发布　浏览 233
{BODY}
!l 热心网友回复（3）
!l 老街铁匠铺：县城东关有个修小家电的，姓彭，电话问问
!l 百事通网友_4471：先看看保险丝，多半是那个
!w 家电维修上门服务，找裾水快修，微信 jsks_1188
!m 裾水百事通 版权所有　陇ICP备18021166号
""",
        junk=dict(lines=1, glued=2),
        body="""
家里的烤面包机是前年在县城买的，最近按下去以后弹不起来，面包烤得焦黑，闻着还有股塑料味，不敢再用了。
打了售后电话，说过了保修期，要寄回厂家检测，来回运费加维修费差不多够买个新的。可这台机器外观还好好的，扔了太可惜。
⟦w 〖广告〗绉田镇新华电器行，小家电以旧换新，电话 13809645512⟧
想问问绉田镇或者县城有没有修小家电的师傅？之前老街口有个修电扇的摊子，去年好像不干了。
另外也提醒大家，烤面包机弹不起来千万别用手或者筷子去抠，先拔插头。我这次就是差点被烫到才长了记性。
谢谢各位热心人！
""",
    ),
    dict(
        slug="examforum-dengke-interview-robot-vacuum-nursing-home",
        site="登科公考社区 (invented)",
        style="公考论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.dengkegk.com/thread-66130-1-1.html",
        title="养老院引进扫地机器人后，有老人说“冷冰冰的机器代替不了人”，你怎么看？",
        record_title="【面试真题·结构化】养老院引进扫地机器人后，有老人说“冷冰冰的机器代替不了人”，你怎么看？（附参考作答）- 面试交流 - 登科公考社区",
        date=None,
        notes="exam forum: reply-to-see prompt between paragraphs, QQ-group ad, rating row; posted 6 天前 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【面试真题·结构化】养老院引进扫地机器人后，有老人说“冷冰冰的机器代替不了人”，你怎么看？（附参考作答）- 面试交流 - 登科公考社区</title>
<script src="/js/dk.js"></script>
</head>
<body>
<div class="dk-top">⟦m 登科公考社区⟧　⟦m 一朝登科，不负寒窗⟧　<a>⟦a 打卡⟧</a> <a>⟦a 登录⟧</a></div>
<div class="dk-path">⟦m 社区首页 › 面试交流 › 结构化练习⟧</div>
<div class="dk-post">
<div class="dk-user">⟦m 备考第三年的小周⟧　⟦m 发表于 6 天前⟧　⟦m 查看 3902 · 回复 57⟧</div>
<h1>{T}</h1>
<div class="dk-msg">
{BODY}
</div>
<div class="dk-rate">⟦l 评分　参与 9 人　登科币 +27　思路清楚⟧</div>
<div class="dk-act">⟦a 收藏　分享　回复　只看作者⟧</div>
</div>
<div class="dk-ad">⟦w 面试冲刺群：QQ 713552086，进群领省考结构化题本⟧</div>
<div class="dk-foot">⟦m 登科公考社区　陇ICP备22004518号⟧</div>
</body>
</html>
""",
        body="""
我的参考作答如下，请各位研友批评指正。
养老院引进扫地机器人，初衷是减轻护理员的保洁负担，让他们有更多时间陪伴老人，这是值得肯定的。老人说“冷冰冰的机器代替不了人”，反映的是他们对情感陪伴的需求，也提醒我们技术应用不能本末倒置。
⟦a 【隐藏内容】回复本帖后刷新，可见考官评分要点⟧
我认为关键在于把“省下来的时间”真正用在老人身上。一是明确分工，机器负责日常清扫，护理员把节省的时间用于陪聊、助浴、康复训练；二是加强沟通，向老人讲清楚引进机器人的目的，邀请他们参与设置清扫时段，避开午休；三是建立反馈机制，定期听取老人意见，及时调整。
技术是手段，温度才是目的。只有这样，智能设备才能真正成为养老服务的好帮手。
""",
    ),
    dict(
        slug="examforum-yizhan-essay-drying-clothes-governance-junk",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://bbs.gkyizhan.net/shenlun/t-30917.html",
        title="一根晾衣竿里的城市治理",
        record_title="〖申论长文〗一根晾衣竿里的城市治理（限时60分钟完成）- 公考驿站论坛",
        date=None,
        notes="exam forum text: junk lines and glued junk; a correcting-service prompt glued after a sentence; posted 4 天前 (no date)",
        page="""
!m 公考驿站论坛
!m 驿站首页 » 申论批改区 » 大作文练笔
!t 〖申论长文〗一根晾衣竿里的城市治理（限时60分钟完成）
!m 作者：晚来天欲雪　4 天前　｜　围观 861
{BODY}
!l 驿站老师点评：立意准确，第三段举例可再具体些。
!l 回复：练笔打卡第41天，加油
!a 回复后可下载本帖 Word 版
!m 公考驿站 · 陪你走完备考路
""",
        junk=dict(lines=1, glued=2),
        body="""
晾衣服，本是再平常不过的生活小事。可在不少老旧小区，阳台外伸出的晾衣竿、楼道里横拉的绳子，却成了高空坠物和消防通道堵塞的隐患。一根晾衣竿，折射出城市治理的精细程度。
治理“晾晒难”，堵不如疏。一些地方简单下令拆除外挑晾衣架，居民的衣服却无处可晒，只好转移到绿化带和健身器材上，问题换了个地方继续存在。⟦w 申论一对一精批，驿站老师微信 yz_shenlun07⟧
有的社区则换了思路：由街道补贴，引导居民在阳台内安装电动晾衣机；在楼顶、空地建设共享晾晒区，由楼栋长轮流管理。既消除了隐患，又方便了群众。
可见，城市治理既要有“刚性”的规矩，也要有“柔性”的服务。把群众的小事当成大事来办，城市才会既有颜值，又有温度。
""",
    ),
    dict(
        slug="blog-banpian-essay-old-toaster-typecho",
        site="半片吐司的后厨 (invented, Typecho-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://banpiantusi.blog/archives/412/",
        title="厨房里那台吱呀作响的烤面包机",
        record_title="生活碎碎念 · 厨房里那台吱呀作响的烤面包机 | 半片吐司的后厨",
        date="2025-01-19",
        notes="Typecho-like blog: word count, tip button, tags, comment form, tag cloud, archive; the byline's 发表于 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>生活碎碎念 · 厨房里那台吱呀作响的烤面包机 | 半片吐司的后厨</title>
<meta name="generator" content="Typecho 1.2.1">
<script src="/usr/themes/crumb/js/main.js"></script>
</head>
<body>
<header><div class="site-name">⟦m 半片吐司的后厨⟧</div><div class="site-desc">⟦m 一日三餐，慢慢写⟧</div>
<nav>⟦m 首页⟧ ⟦m 菜谱⟧ ⟦m 碎碎念⟧ ⟦m 留言板⟧</nav></header>
<main>
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 作者：半片吐司⟧</li><li>⟦m 发表于 2025年1月19日⟧</li><li>⟦m 分类：生活碎碎念⟧</li><li>⟦m 全文约 380 字，读完要 2 分钟⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：烤面包机 · 早餐 · 旧物⟧</p>
<div class="reward"><button>⟦a ☕ 给半片吐司买块黄油⟧</button></div>
</article>
<div id="comments"><h3>⟦l 已有 2 条评论⟧</h3>
<p>⟦l 葱油拌面：看哭了，我家也有一台老的⟧</p>
<p>⟦l 小满：修修还能用，这句话太暖了⟧</p>
<form><p>⟦l 称呼（必填）⟧</p><p>⟦l 电子邮件（必填，不公开）⟧</p><p>⟦l 说点什么吧……⟧</p><button>⟦a 递交评论⟧</button></form></div>
</main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 面包 发酵 烤箱 汤 早餐 旧物 菜市场⟧</p>
<h3>⟦l 文章归档⟧</h3><p>⟦l 2025年1月（4）⟧</p><p>⟦l 2024年12月（7）⟧</p></aside>
<footer>⟦m © 2025 半片吐司的后厨 · 由 Typecho 驱动⟧</footer>
</body>
</html>
""",
        body="""
家里那台烤面包机比我女儿年纪还大。它是我结婚那年在商场打折买的，白色外壳早就泛黄，推杆按下去时会发出“吱呀”一声。
女儿小时候最爱守在它旁边，等面包片“啪”地一下跳出来，然后拍着手喊“出来啦”。那时候我每天早上烤两片吐司，抹一层花生酱，再配一杯热牛奶，就是全家的早餐。
去年它的定时旋钮坏了，常常烤到一半就弹起。我本想换台新的，女儿却说：“修修还能用吧？”于是我把它送到了老街上的修理铺，师傅换了个弹簧，收了十五块钱。
如今它依然每天早上吱呀一声。我想，有些东西留着，并不是因为舍不得那点钱，而是舍不得那些早晨。
""",
    ),
    dict(
        slug="blog-manpao-essay-massage-gun-drawer-wrapped-62",
        site="慢跑者的笔记本 (invented blog, text export)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://manpaozhe.blog.cn/post/2025/half-marathon-and-massage-gun",
        title="跑完半马以后，我把筋膜枪放回了抽屉",
        record_title="跑完半马以后，我把筋膜枪放回了抽屉 - 跑步手记 - 慢跑者的笔记本",
        date=None,
        notes="blog text hard-wrapped at 62 columns with indented paragraphs; updated 2 天前 (no date); a related-post line between paragraphs",
        page="""
!m 慢跑者的笔记本
!m 跑得慢，也要跑得久
!m 首页 | 跑步手记 | 装备闲聊 | 关于
{T}
!m 跑步手记 · 更新于 2 天前 · 阅读 517
{BODY}
!l 上一篇：第一次跑进两小时，我做对了什么
!l 下一篇：冬天晨跑的五件小装备
!l 评论 6 条　|　写评论
!m © 慢跑者的笔记本　转载请注明出处
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
去年报名第一个半程马拉松时，跑友推荐我买了一把筋膜枪，说跑完腿酸，打一打就好。那段时间我几乎每天都用，从小腿打到大腿，嗡嗡声一响，好像疲劳就被震散了。
直到有一次长距离拉练后，我对着酸痛的膝盖外侧猛打了十几分钟，第二天那里又青又肿，下楼都困难。去医院一查，医生说是髂胫束劳损，用筋膜枪反复冲击反而加重了炎症。
⟦l 〔往期〕髂胫束综合征，我是怎么慢慢跑回来的⟧
医生的话让我记了很久：放松工具只能帮忙，不能替代拉伸、休息和循序渐进的训练。
后来我还是会用筋膜枪，但只在大腿前侧和小腿肌肉上轻轻用一两分钟。更多时候，我把它放在抽屉里，换成了泡沫轴和早点睡觉。
""",
    ),
    dict(
        slug="wechat-mirror-rehab-article-massage-gun-no-title",
        site="公号文存 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.gonghaowencun.com/a/maiyang2y-kfk/20250422/51873.html",
        title="筋膜枪不是万能的，这五个部位别乱打",
        record_title=None,
        date="2025-04-22",
        notes="WeChat mirror: no title in the record (the <h1>); 原创 and account line (its date is the page's date), a follow prompt glued before the first words, 阅读原文/在看 rows, QR line and the mirror's archive note; the department's own 咨询电话 in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>筋膜枪不是万能的，这五个部位别乱打 - 袂阳二院康复科 - 公号文存</title>
<script src="/js/wc.js"></script>
</head>
<body>
<div class="wc-top">⟦m 公号文存⟧　⟦m 好文章，存一份⟧</div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span class="orig">⟦m 原创⟧</span> <span>⟦m 袂阳二院康复科⟧</span> <span>⟦m 2025-04-22 08:30⟧</span> <span>⟦m 发表于袂阳⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="wc-bottom"><p>⟦a 阅读原文⟧</p><p>⟦l 阅读 2.4万　　赞 318　　在看 96⟧</p><p>⟦a 长按识别二维码，把康复科装进口袋⟧</p></div>
</div>
<div class="wc-note">⟦d 公号文存仅作存档备份，原文版权归公众号作者所有，如需删除请邮件 del@gonghaowencun.com⟧</div>
<div class="wc-more"><h4>⟦l 该号其他文章⟧</h4><p>⟦l 久坐族的肩颈，每天练这三招就够了⟧</p></div>
</body>
</html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75">{}</p></section>',
        body="""
⟦a 👆轻点上方「袂阳二院康复科」，设为星标，康复知识不迷路⟧近年来，筋膜枪成了不少健身爱好者的“标配”。但在康复医学科门诊，我们每个月都会接诊几位因使用筋膜枪不当导致损伤的患者。下面这五个部位，请大家千万别乱打。
一、颈部前侧和两侧。这里有颈动脉和重要神经，冲击可能引起头晕，严重时甚至导致血管损伤。
二、脊柱和骨骼突出处。筋膜枪只适合作用在肌肉丰厚的地方，打在骨头上只会疼，不会放松。
三、腋窝和腹股沟。这些部位淋巴结、血管和神经集中，不宜反复冲击。
⟦m ［图片：康复治疗师演示筋膜枪的正确握持角度］⟧
四、急性扭伤和红肿的部位。受伤48小时内应冰敷制动，用筋膜枪会加重出血和肿胀。
五、静脉曲张的小腿。冲击可能导致血栓脱落，风险很大。
如有疑问，可拨打康复医学科咨询电话0966-3218805，或在门诊时间到门诊楼四楼康复医学科就诊。
""",
    ),
    dict(
        slug="wechat-mirror-community-pledge-airer-balcony",
        site="悦读镜像 (invented WeChat mirror, text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.yueduimg.com/gzh/taohelinli/2025-06-04/9021.html",
        title="关于规范阳台晾晒、文明安装晾衣设施的倡议书",
        record_title="【邻里公约】关于规范阳台晾晒、文明安装晾衣设施的倡议书 —— 来自公众号「绦河邻里」",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="WeChat mirror text: account line date differs from the signature date; a follow prompt glued before the salutation; sharing the pledge as content; 在看/阅读 rows and a mirror note",
        page="""
!m 悦读镜像 · 公众号文章备份
!t 【邻里公约】关于规范阳台晾晒、文明安装晾衣设施的倡议书
{T}
!m 原创　绦河邻里　2025-06-04 19:02
{BODY}
!a 阅读原文
!l 阅读 3108　　赞 57　　在看 21
!a 点“在看”，让更多邻居看到
!d 本页内容镜像自微信公众号，版权归原作者，悦读镜像不对内容负责。
""",
        body="""
⟦a ▲ 点一下上方蓝字「绦河邻里」，社区通知第一时间知道⟧各位居民朋友：
夏季到了，晾晒衣物的需求越来越多。近期，社区接到多起关于阳台外挑晾衣杆滴水、衣架坠落的投诉。为营造安全、整洁的居住环境，社区党委、居委会和物业服务中心向全体居民发出如下倡议：
一、不在阳台外侧加装外挑式晾衣架，已安装的请尽快自行拆除。
二、需要安装电动晾衣机的，请选择具有遇阻停止、过载保护功能的合格产品，安装时不得破坏外墙和防水层。
三、不在楼道、消防通道、绿化带内拉绳晾晒。
四、晾晒衣物应拧干后再挂出，避免滴水影响楼下住户。
欢迎大家把这份倡议分享到楼栋群，一起守护我们的家园。
绦河社区党委　绦河社区居民委员会　绦河物业服务中心
2025年6月3日
""",
    ),
]
