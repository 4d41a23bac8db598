"""holdout204, part C: hobby, county and exam forums, blogs and WeChat mirrors.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="forum-liuliu-post-first-skates-jammer",
        site="溜溜轮滑社区 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.liuliulh.com/thread-40822-1-1.html",
        title="新手第一双轮滑鞋怎么选？说说我踩过的坑",
        record_title="[装备交流] 新手第一双轮滑鞋怎么选？说说我踩过的坑 - 装备区 - 溜溜轮滑社区",
        date=None,
        notes="Discuz-like thread: jammer fonts in the post, rating row, signature, replies; a relative post time is no date",
        page="""
<html>
<head>
<meta charset="gbk">
<title>[装备交流] 新手第一双轮滑鞋怎么选？说说我踩过的坑 - 装备区 - 溜溜轮滑社区</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦m 溜溜轮滑社区⟧ <a>⟦a 找回密码⟧</a> <a>⟦a 马上注册⟧</a></div>
<div id="pt">⟦m 溜溜轮滑社区 › 轮滑天地 › 装备区 › 帖子详情⟧</div>
<div class="ts"><span>⟦m [装备交流]⟧</span> <span id="thread_subject">{T}</span></div>
<table class="plhin"><tr>
<td class="pls">⟦m 刹车不灵的阿凯⟧<br>⟦m 等级：滑行达人　积分 2318⟧</td>
<td class="plc">
<div class="authi">⟦m 发表于 3 天前 | 只看楼主 | 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 6　经验 +18　收起理由⟧</div>
<div class="sign">⟦m 平花三年，刹车还是靠墙⟧</div>
<div class="po">⟦a 回复　引用　顶　踩　举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发：写得很实在，我第一双也是贪便宜买的⟧</div>
<div class="reply">⟦l 板凳：护具那段太对了，手腕摔过一次就知道了⟧</div>
<div id="fastpost">⟦a 登录之后才能参与讨论⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　溜溜轮滑社区⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
玩了两年轮滑，身边总有朋友问第一双鞋怎么买，干脆写一篇，说说我踩过的坑。
第一，别买能调大小的“儿童款”给大人穿。这种鞋支撑差，脚踝容易往里倒，我第一双就是这种，滑了一个月就不敢再穿。
第二，鞋壳要硬。用手捏鞋帮，能捏得动的基本不用考虑。成人入门鞋五六百元就能买到硬壳的，比三百元以下的软鞋安全得多。
第三，轮子选85A左右的硬度。太软的轮子磨得快，太硬的在水泥地上抖得厉害。
第四，护具一定要买全，尤其是护腕。新手摔倒本能用手撑地，手腕是最容易受伤的地方。
以上是个人经验，欢迎大家补充。
""",
    ),
    dict(
        slug="forum-cheyou-post-neighbour-lock-junk",
        site="筥州车友汇论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.juzhoucheyouhui.com/forum.php?mod=viewthread&tid=228190",
        title="车位被邻居装了地锁，物业说管不了，该怎么办",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; anti-scraping junk as lines and glued after 。; "
        "'yesterday' post time and an edit stamp are no dates",
        page="""
!m 筥州车友汇论坛
!m 论坛 › 车友生活 › 停车那些事 › 查看帖子
!m 查看: 1906 | 回复: 37
{T}
!m 老猫开小车 发表于 昨天 21:14 | 只看该作者 | 倒序浏览
!m 本帖最后由 老猫开小车 于 昨天 21:30 编辑
{BODY}
!l 沙发　东区小李：我们小区也这样，最后找的街道
!l 板凳　笾城老司机：先看车位是不是公共的，公共的他没权装
!a 回帖后可以看到楼主留下的联系方式
!m 手机版 | 筥州车友汇论坛 | 小黑屋
""",
        junk=dict(lines=2, glued=2),
        body="""
我家小区是老小区，没有产权车位，大家一直是先到先停。上个月，楼下邻居在我平时停车的那个位置装了一把地锁，还说是他花钱划的线。
我找过物业，物业说地锁是业主自己装的，他们没有权力拆。我又去问社区，社区让我先和邻居协商。
可邻居根本不理，说谁先装就是谁的。我现在每天下班都要绕小区两圈找车位，有时候只能停到外面马路上。
想问问大家，遇到这种情况应该找哪个部门？小区公共地面装地锁到底合不合法？
""",
    ),
    dict(
        slug="countyforum-tuyang-post-market-alley-locks-jammer",
        site="稌阳人家论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.tuyangrenjia.com/thread-93317-1-1.html",
        title="菜市场后巷的地锁越装越多，晚上走路摔了一跤",
        record_title="[街坊说事] 菜市场后巷的地锁越装越多，晚上走路摔了一跤 - 街巷杂谈 - 稌阳人家论坛",
        date=None,
        notes="county forum: weather line, medals, jammer fonts, an official-reply link, a decoration ad; the post names the "
        "street office's phone, which stays in the body; no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>[街坊说事] 菜市场后巷的地锁越装越多，晚上走路摔了一跤 - 街巷杂谈 - 稌阳人家论坛</title>
</head>
<body>
<div class="hd">⟦m 稌阳人家论坛⟧ <span>⟦m 稌阳今天：多云转小雨 16～23℃⟧</span></div>
<div class="nav">⟦m 首页 › 稌阳生活 › 街巷杂谈⟧</div>
<h1><span>⟦m [街坊说事]⟧</span> {T}</h1>
<div class="post">
<div class="author">⟦m 巷口修鞋匠⟧ ⟦m 勋章：热心街坊 ★ 灌水达人⟧</div>
<div class="time">⟦m 发表于 4 天前　手机客户端发布⟧</div>
<div class="msg">
{BODY}
</div>
<div class="official"><a href="#">⟦l 【已转交县住建局，点击查看官方回复】⟧</a></div>
</div>
<div class="ad">⟦w 全包装修 39800 起，稌阳本地施工队，微信 tyzx_8899⟧</div>
<div class="replies">⟦l 1楼 后巷住户：确实，那边路灯还坏了一盏⟧<br>⟦l 2楼 稌阳老街坊：支持，早该清理了⟧</div>
<div class="ft">⟦m 稌阳人家论坛 版权所有　有问题请找站务⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
城南菜市场后巷原来是条通道，这两年两边门面的老板陆续在巷子里装了地锁，现在已经有二十多把了。
白天地锁放倒还好，晚上有的立着有的倒着，那一段路灯又暗。前天晚上我买完菜从后巷穿过去，脚下一绊，整个人扑在地上，膝盖和手掌都擦破了。
我问了旁边的老板，他说后巷是公共道路，地锁是大家自己装的，谁也管不了谁。
希望有关部门来看看。我已经给城南街道办打过电话（0873-5218340），工作人员说会去现场核实，先在论坛上说一声，提醒大家晚上走后巷小心。
""",
    ),
    dict(
        slug="countyforum-nongchuan-post-charger-no-power",
        site="秾川论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.nongchuanbbs.com/thread-55019-1-1.html",
        title="县医院停车场的充电桩扫码后不出电，找谁修",
        record_title="[急问] 县医院停车场的充电桩扫码后不出电，找谁修 - 便民求助 - 秾川论坛",
        date=None,
        notes="county forum post with replies and an operator's reply; relative times are no dates",
        page="""
!m 秾川论坛 — 秾川人的网上家园
!m 秾川今日天气：晴 19～31℃　　空气质量：良
!m 首页 › 便民求助
!t [急问] 县医院停车场的充电桩扫码后不出电，找谁修 - 便民求助 - 秾川论坛
!m 楼主：绿牌小白　　发表于 2 小时前　　浏览 611　　回复 9
{BODY}
!l 1楼 住院部家属：我上周也遇到，换旁边那个桩就好了
!l 2楼 充电站客服（认证）：已记录，今天下午安排师傅到场检修
!a 快速回复　　收藏本帖　　分享到朋友圈
!m 秾川论坛 nongchuanbbs.com　黔ICP备16008820号
""",
        body="""
今天上午带老人到县医院复查，车停在门诊楼后面的停车场，那里有六个充电桩。
我扫了3号桩的二维码，手机上显示已经开始充电，可车上一直没反应。过了十分钟，手机上扣了两块钱的服务费，电量一点没涨。
桩上贴的电话打过去没人接，医院保安说充电桩是外面公司的，医院管不了。
我后来把车挪到住院部门口的2号桩，一样扫码，一样不出电，只好开回家用小区的桩充。
有没有人知道这几个桩是哪家公司的，扣的钱能不能退？
""",
    ),
    dict(
        slug="examforum-shangan-interview-spinning-wheel-jammer",
        site="上岸驿站论坛 (invented, exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-30418-1-1.html",
        title="如何让老纺车技艺在年轻人中传下去",
        record_title="【面试真题·传统文化】如何让老纺车技艺在年轻人中传下去 - 面试交流 - 上岸驿站论坛",
        date=None,
        notes="exam forum: jammer fonts, a reply-to-see prompt, rating row, a QQ-group ad; an answer with no date",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>【面试真题·传统文化】如何让老纺车技艺在年轻人中传下去 - 面试交流 - 上岸驿站论坛</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="hd">⟦m 上岸驿站论坛⟧ <span>⟦m 一起刷题，一起上岸⟧</span></div>
<div id="pt">⟦m 上岸驿站 › 面试交流 › 结构化真题⟧</div>
<h1 class="ts">⟦m 【面试真题·传统文化】⟧{T}</h1>
<div class="pi">⟦m 考公第三年 发表于 5 天前⟧</div>
<div class="pcb">
<div class="t_f">
<p>⟦m 我的作答：⟧</p>
{BODY}
</div>
<div class="locked">⟦a 本帖有隐藏的参考答案，回帖后才显示⟧</div>
<div class="rate">⟦l 评分人数 11　人气 +22　上岸币 +6⟧</div>
</div>
<div class="ad">⟦w 面试冲刺群，进群送真题合集，群号 781406925⟧</div>
<div id="ft">⟦m 上岸驿站论坛 Powered by Discuz!⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
考官好。老手艺传不下去，往往不是因为它没价值，而是年轻人接触不到、学了也用不上。我会从三个方面入手。
一是让年轻人看得见。联系文化馆和学校，把纺车搬进劳动课和研学基地，请老人现场演示，先让孩子们觉得有意思。
二是让学的人有收获。和本地的土布、文创企业合作，把纺出的线做成围巾、布包，通过网店销售，让学艺能带来收入。
三是把技艺记下来。组织人员给每位老艺人录像，整理成教程，建立传承人档案，即使老人不能再教，技艺也不会失传。
我相信，只要找到技艺和今天生活的连接点，老纺车也能吸引年轻人。
""",
    ),
    dict(
        slug="examforum-bishitang-essay-charging-pile-junk",
        site="笔试堂公考社区 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="http://www.bishitang.net/bbs/thread-17726-1-1.html",
        title="从“一桩难求”看公共服务的细处功夫",
        record_title="[申论大作文·自练] 从“一桩难求”看公共服务的细处功夫（求点评）- 申论区 - 笔试堂公考社区",
        date=None,
        notes="exam forum essay with anti-scraping junk; a relative time; no date",
        page="""
!m 笔试堂公考社区
!m 首页 › 申论区 › 大作文批改
!t [申论大作文·自练] 从“一桩难求”看公共服务的细处功夫（求点评）
!m 楼主 今年必上岸　　发表于 6 天前　　浏览 732
{BODY}
!l 1楼 批改老师：论点清楚，第二段例子可以再具体
!l 2楼 一战成公：感谢分享，mark
!w 申论一对一批改，老师微信 bishitang_gk
!m 笔试堂公考社区 bishitang.net
""",
        junk=dict(lines=1, glued=2),
        body="""
新能源汽车越来越多，小区里却常常“一桩难求”。有的居民凌晨起来挪车，有的从楼上拉线充电。小小的充电桩，考验的是公共服务的细处功夫。
细处功夫，首先要摸清需求。哪个小区车多、哪个小区电力容量不够，只有一个个摸清楚，建桩才能建在点子上。
细处功夫，还要打通堵点。物业不让装、电网报装慢、车位产权不清，这些问题单靠一个部门解决不了，需要街道、供电、物业坐到一张桌子上。
细处功夫，更要着眼长远。充电桩建起来以后，谁来维护、坏了找谁，都要有明确的安排。
公共服务没有小事。把群众身边的一件件小事办好，就是最实在的为民情怀。
""",
    ),
    dict(
        slug="blog-muxie-memoir-restoring-spinning-wheel",
        site="木屑与棉线 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://muxiemianxian.cn/archives/214/",
        title="修复一架老纺车的三个周末",
        record_title="修复一架老纺车的三个周末 | 木屑与棉线 · 周末手作",
        date="2025-03-09",
        notes="blog: word count, tip-jar button, tag cloud, archive, comment form; the post's date line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>修复一架老纺车的三个周末 | 木屑与棉线 · 周末手作</title>
<link rel="alternate" type="application/rss+xml" href="/feed/">
</head>
<body>
<header><h2 class="site-name">⟦m 木屑与棉线⟧</h2><p class="desc">⟦m 一个木工爱好者的周末手记⟧</p>
<nav>⟦m 首页　手作　旧物　关于⟧</nav></header>
<main>
<article>
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m 发表于 2025-03-09⟧</li><li>⟦m 分类：旧物⟧</li><li>⟦m 全文约 400 字，读完要 2 分钟⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tip">⟦a ☕ 请作者喝杯豆浆⟧</p>
<p class="tags">⟦l 标签：纺车 木工 修复⟧</p>
</article>
<section id="comments"><h3>⟦l 已有 4 条评论⟧</h3>
<p>⟦l 棉花糖：轴套用竹子这个办法好⟧</p>
<form><textarea></textarea><button>⟦a 提交评论⟧</button></form></section>
</main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 木工 旧物 榫卯 漆艺 纺车⟧</p><h3>⟦l 归档⟧</h3><p>⟦l 2025年3月 (2)　2025年2月 (5)⟧</p></aside>
<footer>⟦m © 2025 木屑与棉线 · 由 Typecho 驱动⟧</footer>
</body>
</html>
""",
        body="""
这架纺车是去年秋天从耰家坪村一户老人家里要来的。老人说是她婆婆留下的，放在柴房里二十多年，轮辐断了三根，锭子也锈死了。
第一个周末，我把整架纺车拆开，用温水和软刷把积灰洗掉，晾了一整天。木头比想象中结实，只有底座一角被虫蛀了。
第二个周末，我照着原来的样子，用老榆木削了三根新轮辐，再用竹片做了轴套，这样转起来不会吱吱响。
第三个周末，给锭子除锈、上油，换了一根新的麻绳做皮带。装好以后轻轻一摇，轮子转了十几圈才停下来。
我把纺车送回去的时候，老人摇了两下，说声音和从前一模一样。
""",
    ),
    dict(
        slug="blog-laozhou-tips-projector-yellow-wrapped",
        site="檠水老周的博客 (invented)",
        style="博客",
        genre="经验文章",
        kind="other",
        form="text",
        source="http://laozhou.qingshui-blog.cn/2025/04/projector-yellow.html",
        title="教室投影仪画面发黄，我是这样调回来的",
        record_title="教室投影仪画面发黄，我是这样调回来的 - 电教小记 - 檠水老周的博客",
        date="2025-04-12",
        notes="decorated record title (column and blog); hard-wrapped at 56 columns; the post's 发表于 line is the page's date",
        page="""
!m 檠水老周的博客
!m 一个乡村学校电教员的工作笔记
{T}
!m 发表于 2025-04-12 20:47　分类：电教小记　阅读 358
{BODY}
!l 上一篇：给老师们的交互白板十个小技巧
!l 下一篇：机房电脑批量还原的方法
!l 评论（2）：谢谢周老师，我们学校也是这个问题 / 滤网那条太有用了
!m Powered by 博客园地 · 檠水老周
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
最近好几位老师跟我说，教室里的投影仪画面越来越黄，放课件像蒙了一层茶水。我花了两个晚上把全校十几台挨个看了一遍，总结了几条经验，写下来给同行参考。
第一步先看滤网。大部分发黄的投影仪，滤网都被粉笔灰堵死了，机器散热不好，自动降低了亮度，颜色也跟着偏。把滤网拆下来用软毛刷清理干净，多数情况能好一半。
⟦l 顺手推荐：电子白板触控不准的校准方法⟧
第二步看灯泡时间。在菜单里能查到灯泡使用小时数，超过三千小时的，颜色偏黄很正常，只能换灯泡。
第三步调色温。菜单里把色温从“低”调到“标准”，再把色彩模式改成“演示”，画面会白很多。
做完这三步，我们学校只有两台需要换灯泡，其余的都调回来了。
""",
    ),
    dict(
        slug="wechat-bianfire-article-charging-dont-h1",
        site="mirror of the WeChat account 笾城消防 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wxmirror.qianyue.cn/a/bianchengxf/20250612_2",
        title="充电桩旁的这几件事，千万别做",
        record_title=None,
        date="2025-06-12",
        notes="no title in the record: the h1; the account line's date is the page's date; a follow prompt glued before the "
        "first words; 阅读原文/在看 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>千阅镜像</title>
</head>
<body>
<div class="mirror-top">⟦m 千阅镜像 · 公众号文章备份⟧</div>
<div id="page-content">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创⟧ ⟦m 笾城消防⟧ ⟦m 2025年06月12日 08:30⟧ ⟦m 云南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="wx-end">⟦a 阅读原文⟧ ⟦l 赞 · 在看 · 转发⟧</div>
<div class="wx-qr">⟦a 长按识别二维码，关注笾城消防⟧</div>
</div>
<div class="mirror-note">⟦d 本页为千阅镜像自动备份，原文版权归公众号所有⟧</div>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75">{}</p></section>',
        body="""
⟦a 点击上方蓝字“笾城消防”关注我们⟧夏天到了，开新能源汽车的朋友充电次数多了起来。充电桩本身很安全，但下面这几件事，千万别做。
一、别用插线板“接力”。有的车主嫌充电枪线短，接了家用插线板，插线板承受不了长时间大电流，很容易发热起火。
二、别在雨中强行插拔充电枪。下雨时充电，要先确认充电口和枪头干燥，插拔时手要擦干。
三、别在充电区堆放杂物。纸箱、旧轮胎都是易燃物，离充电桩至少保持一米以上。
四、别私自改装充电桩。发现充电桩冒烟、有焦味，要立即按下急停按钮，并拨打119报警。
转给身边开新能源车的朋友，一起安全充电。
""",
    ),
    dict(
        slug="wechat-shouyuan-pledge-civil-skating",
        site="mirror of the WeChat account 艏园社区 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.gongzhonghao-cun.com/s/shouyuansq/2025-07-03-1",
        title="文明轮滑 安全出行——致辖区轮滑爱好者的倡议书",
        record_title="文明轮滑 安全出行——致辖区轮滑爱好者的倡议书 | 艏园社区（公众号文章存档）",
        date="2025-07-01",
        date_also=["2025-07-03"],
        notes="decorated record title; the pledge's 成文日期 differs from the account line's date (also accepted); "
        "a star prompt glued before the salutation; 分享 as content",
        page="""
!m 公众号存档馆　>　艏园社区
{T}
!m 艏园社区　2025年07月03日 19:12　发表于云南
{BODY}
!a 阅读原文　　点赞　　在看
!m 微信号：shouyuansq　　功能介绍：笾城区艏园社区居委会官方账号
!d 存档馆仅作备份，文章著作权属于原作者和公众号。
""",
        body="""
⟦a 把艏园社区设为星标，消息不错过⟧亲爱的居民朋友们：
暑假到了，小区里、广场上穿轮滑鞋的孩子多了起来。轮滑是一项好运动，但在人多车多的地方滑行，也给自己和他人带来了安全隐患。为此，社区向大家发出如下倡议：
一、到社区划定的轮滑场地滑行，不在小区车行道、地下车库和楼道里滑行。
二、滑行时戴好头盔和护具，未成年人要有家长陪同。
三、遇到老人和小孩主动减速避让，晚上九点以后不在楼下滑行，不影响他人休息。
请把这份倡议书分享给身边的轮滑爱好者，让我们一起文明轮滑、安全出行。
笾城区艏园社区居民委员会
2025年7月1日
""",
    ),
]
