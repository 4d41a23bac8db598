"""holdout212, part C: hobby forums, county forums, exam forums, blogs and WeChat mirrors.
Every page, place, person, number, id and URL is invented; see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="forum-tieguan-review-adjustable-dumbbell-jammer",
        site="铁馆力量论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tieguanbbs.com/thread-220917-1-1.html",
        title="入手一副可调节哑铃，用了两个月说说感受",
        record_title="[器材晒单] 入手一副可调节哑铃，用了两个月说说感受 - 家用器械 - 铁馆力量论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post (a line and glued after 。), a rating row, a signature, a reply box; '发表于 3 天前' is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[器材晒单] 入手一副可调节哑铃，用了两个月说说感受 - 家用器械 - 铁馆力量论坛</title>
<script src="static/js/common.js?Xk2"></script><script src="static/js/forum.js?Xk2"></script>
<style>.jammer{font-size:0;color:#fff}</style>
</head><body>
<div id="toptb"><a>⟦a 设为起始页⟧</a> <a>⟦a 收藏本论坛⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="hd"><h2>⟦m 铁馆力量论坛⟧</h2><p>⟦m 撸铁人自己的家⟧</p></div>
<div id="pt">⟦m 铁馆力量论坛 › 器械交流 › 家用器械 › 查看内容⟧</div>
<div class="hm">⟦m 查看: 3418 | 回复: 57⟧</div>
<table id="pid881203"><tr>
<td class="pls"><div>⟦m 杠铃片不离手⟧</div><div>⟦m 帖子 1203　积分 5521　等级：铁馆元老⟧</div></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_881203">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 9　力量值 +27　收起 理由⟧</div>
<div class="sign">⟦m 一组接一组，铁不负人⟧</div>
<div class="po">⟦a 回复　支持(23)　反对(0)　举报⟧</div>
</td></tr></table>
<div class="pgs">⟦l ‹‹ 上一主题：杠铃片买铸铁还是包胶？⟧　⟦l 下一主题：卧推凳推荐几款 ››⟧</div>
<div id="f_pst">⟦a 登录后方可回帖，还没有账号？马上注册⟧</div>
<div id="ft">⟦m 铁馆力量论坛 ( 粤ICP备18077321号 )⟧ ⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
家里地方小，去年底一直纠结买固定哑铃还是可调节哑铃，最后选了一副旋钮式可调节哑铃，单只两公斤半到二十四公斤，十五档可调。用了两个月，说说真实感受。
先说优点：省地方，一对哑铃顶十五对，放在床边一个架子就够了；换重量快，转一下旋钮三秒钟搞定，做递减组特别方便。
再说缺点：一是握把比固定哑铃粗一圈，手小的朋友做弯举会有点吃力；二是旋钮是塑料的，不敢摔，做完动作必须轻放回底座；三是价格不便宜，一对要一千多块。
总的来说，家里练够用了。但如果你经常做大重量卧推，还是建议买固定哑铃，更耐摔。
有问题可以回帖问，我看到都会回。
""",
    ),
    dict(
        slug="forum-rourenjia-yoga-mat-smell-junk",
        site="柔韧家瑜伽论坛 (invented)",
        style="论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.rourenjia.net/forum/t-47719.html",
        title="新买的瑜伽垫一股橡胶味，怎么去味？",
        record_title="[小白求救] 新买的瑜伽垫一股橡胶味，怎么去味？ - 垫上交流 - 柔韧家瑜伽论坛",
        date=None,
        notes="forum post with junk lines and junk glued after 。; floor labels and replies below; '发表于 昨天 21:40' is no date",
        page="""
!m 柔韧家瑜伽论坛 - 一起好好练
!m 首页 › 垫上交流 › 帖子详情
!t [小白求救] 新买的瑜伽垫一股橡胶味，怎么去味？
!m 楼主：芒果布丁　发表于 昨天 21:40　查看 1120　回复 18
{BODY}
!a 点赞(6)　收藏　只看楼主
!l 沙发　莲花坐不稳：用小苏打撒一层放一晚再扫掉，我试过有用
!l 板凳　云岫老师：天然橡胶味道一般要一两个月才散
!a 游客请登录后回复，没有账号？点我注册
!m 柔韧家瑜伽论坛 rourenjia.net 版权所有
""",
        junk=dict(lines=2, glued=2),
        body="""
上周在网上买了一张天然橡胶瑜伽垫，六毫米厚，防滑确实好，但拆开后一股很重的橡胶味，放在卧室里晚上都睡不着。
我已经试过两个办法：一是用清水加一点洗洁精擦了两遍，二是放在阳台通风三天。味道淡了一些，但趴下去做动作的时候还是能闻到。
听说不能暴晒，会老化开裂，也不能泡水。请问有经验的姐妹，还有什么去味的好办法？要多久才能散干净？
另外想问一下，TPE的垫子是不是没有这个问题？下次想买一张备用的。
""",
    ),
    dict(
        slug="localforum-lishan-park-pullup-bar-thread-subject",
        site="犁山论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://www.lishanbbs.com/thread-98213-1-1.html",
        title="犁山公园东门那副单杠晃得厉害，谁来管管？",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject); weather line, a medal row, a forwarded-to-department link with an official reply, an ad QQ, jammer fonts; no date (relative post time)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>犁山公园东门那副单杠晃得厉害，谁来管管？ - 民生直通车 - 犁山论坛</title>
<script src="static/js/common.js"></script>
<style>.jammer{display:none}</style>
</head><body>
<div class="weather">⟦m 犁山　多云　12～21℃　空气质量：良⟧</div>
<div id="hd"><a href="/">⟦m 犁山论坛⟧</a> <span>⟦m 犁山人的网上家园⟧</span></div>
<div id="nv">⟦m 首页　民生直通车　犁山杂谈　房产家居　二手市场⟧</div>
<div id="pt">⟦m 犁山论坛 › 民生直通车 › 帖子⟧</div>
<div class="tl"><h1><span id="thread_subject">{T}</span></h1>
<div class="forward">⟦l 〖已转交〗犁山县住建局园林所　点击查看官方回复⟧</div></div>
<div class="pi"><div class="authi">⟦m 坨湾老李　发表于 5 天前⟧</div><div class="md">⟦m 勋章：热心市民　随手拍达人⟧</div></div>
<div class="t_f">
{BODY}
</div>
<div class="ad">⟦w 专业防水补漏　上门服务　QQ 3307718824⟧</div>
<div class="po">⟦a 回复　顶一下　分享⟧</div>
<div id="ft">⟦m 犁山论坛　湘ICP备15009926号⟧　⟦m 广告合作：0745-5128800⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
今天早上带孩子去犁山公园东门健身区玩，孩子想上单杠吊一会儿，我一扶立柱，整副单杠都在晃，底座的水泥已经裂开了，螺丝锈得不成样子。
问了旁边晨练的大爷，说晃了快一个月了。上周还有个小伙子在上面做引体向上，横杠一歪，差点摔下来。
我已经打了12345反映，接线员说会转给园林部门。发这个帖子是想提醒各位家长，这几天先别让孩子去碰那副单杠，也希望有关部门早点来修。
""",
    ),
    dict(
        slug="localforum-niankou-bell-theft-junk",
        site="埝口生活网 (invented, town forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://bbs.niankou.net/forum.php?mod=viewthread&tid=15520",
        title="小区车棚里的车铃接连被偷，大家注意一下",
        record_title="【邻里吐槽】小区车棚里的车铃接连被偷，大家注意一下 - 埝口杂谈 - 埝口生活网",
        date=None,
        notes="town forum post with junk; a sticky-ad line; '2 小时前' is no date",
        page="""
!m 埝口生活网 · 论坛
!m 埝口生活网 » 埝口杂谈 » 正文
!m 【置顶广告】埝口镇好家居建材城国庆特惠，电话 0739-6685518
{T}
!m 骑车的猫 | 2 小时前 | 浏览 642 | 回复 11
{BODY}
!l 1#　小区门卫老刘：我跟物业再说说监控的事
!l 2#　埝口小胖：我家的也丢了，气人
!a 我也说两句（登录后可回复）
!m Copyright 埝口生活网 bbs.niankou.net
""",
        junk=dict(lines=1, glued=2),
        body="""
住在埝口镇镞园小区的朋友注意一下，这半个月车棚里好几辆自行车的车铃被人拧走了。我的车铃是上个月刚换的铜铃，昨天下楼一看，只剩一个夹子。
问了隔壁单元的王姐，她电动车上的车铃也没了。物业说车棚的监控坏了还没修，只能先在业主群里提醒。
建议大家把车推进车棚里面停，贵一点的车铃可以先拆下来放家里。也希望物业尽快把监控修好，小东西不值钱，但骑车没铃真不安全。
""",
    ),
    dict(
        slug="examforum-shangan-interview-pullup-bar-quilts",
        site="上岸驿站公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-60318-1-1.html",
        title="社区健身区的单杠常被居民用来晒被子，你作为社区工作人员怎么处理？",
        record_title="[结构化练题] 社区健身区的单杠常被居民用来晒被子，你作为社区工作人员怎么处理？（附答题思路）- 面试交流 - 上岸驿站",
        date=None,
        notes="exam forum: a reply-to-see prompt on a line of its own inside the answer, a QQ-group ad, a rating row; no date (relative time)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[结构化练题] 社区健身区的单杠常被居民用来晒被子，你作为社区工作人员怎么处理？（附答题思路）- 面试交流 - 上岸驿站</title>
<script src="/static/js/forum.js"></script>
</head><body>
<div id="toptb">⟦a 登录 | 注册 | 找回密码⟧</div>
<div id="hd">⟦m 上岸驿站公考论坛⟧ ⟦m 一起备考，一起上岸⟧</div>
<div id="pt">⟦m 上岸驿站 › 面试交流 › 结构化面试⟧</div>
<div class="pl"><div class="authi">⟦m 早八人 发表于 4 天前⟧</div>
<h1><span id="thread_subject">{T}</span></h1>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 评分 +5 驿站币　收藏　点赞⟧</div></div>
<div class="qqad">⟦w 面试模考小组招人，Q群 817220663，备注“驿站”⟧</div>
<div class="pgs">⟦l 下一主题：遇到群众当面指责你工作不力怎么办？⟧</div>
<div id="ft">⟦m 上岸驿站公考论坛　京ICP备20047718号⟧</div>
</body></html>
""",
        body="""
这道题属于基层治理中的人际协调类题目，我的思路是“先了解、再疏导、后建制”。
首先，我会到健身区实地看看，了解晒被子的都是哪些居民，是偶尔晾晒还是长期占用，同时听听来健身的居民有什么意见。
⟦a 以下答题要点回复本帖后可见⟧
其次，分别做好沟通。对晒被子的居民，我会上门说明单杠是公共健身器材，晾晒重物容易造成立柱松动，也影响别人锻炼；对他们晾晒的实际需要，我会和物业商量，在向阳的空地增设几处公共晾衣架。
最后，建立长效机制。在健身区张贴温馨提示，把“不在健身器材上晾晒”写进居民公约，并请楼栋长日常提醒。
以上是我的答题思路，欢迎各位研友拍砖。
""",
    ),
    dict(
        slug="examforum-modaoshi-essay-bicycle-bell-junk",
        site="申论磨刀石论坛 (invented)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://www.mdshi.com/bbs/thread-33107.html",
        title="小车铃里的大文明",
        record_title="【申论练笔】小车铃里的大文明（求点评，轻喷）- 大作文批改 - 申论磨刀石论坛",
        date=None,
        notes="exam-forum essay with junk lines and junk glued after 。; a moderator's score line; '6 天前' is no date",
        page="""
!m 申论磨刀石论坛
!m 首页 › 申论 › 大作文批改
!t 【申论练笔】小车铃里的大文明（求点评，轻喷）
!m 作者：刷题到天亮　6 天前　阅读 903
{BODY}
!m 版主点评：立意准确，论证层次清楚，结尾可再升华，给 27 分（满分 35）。
!a 打赏作者　收藏本帖　只看楼主
!w 申论一对一精批，加微信 mds_pigai 备注“论坛”
!m 申论磨刀石论坛 mdshi.com
""",
        junk=dict(lines=1, glued=3),
        body="""
一只小小的车铃，价格不过十几元，却常常被骑车人忽视。有人嫌它碍事拆掉了，有人车铃坏了也懒得修。殊不知，路口一声清脆的铃响，能让低头走路的行人及时避让，能让转弯的车辆提前减速。
车铃虽小，连着的是规则意识。按铃提醒，是把“我来了”告诉别人，也是把选择让行的机会交给别人。一座城市的文明程度，往往就藏在这些细节里。
让“小车铃”响起来，需要多方合力。管理部门可以把车铃纳入电动自行车登记检查内容，社区可以设置免费装铃点，骑行者更要养成路口按铃、礼让行人的习惯。
让每一只车铃都响起来，城市的文明才会更有温度。
""",
    ),
    dict(
        slug="blog-laofan-vaulting-box-learn-to-fall",
        site="老樊的体育课 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laofan-pe.cn/archives/318/",
        title="跳箱课上，我为什么坚持“先学摔、再学跳”",
        record_title="跳箱课上，我为什么坚持“先学摔、再学跳”〔体育课手记〕— 老樊的体育课",
        date="2024-10-13",
        notes="a PE teacher's blog: tag cloud, archive, comment form; the post time in a <time> element is the page's date; a tip-jar line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>跳箱课上，我为什么坚持“先学摔、再学跳”〔体育课手记〕— 老樊的体育课</title>
<link rel="stylesheet" href="/usr/themes/plain/style.css">
<script src="/usr/themes/plain/main.js"></script>
</head><body>
<header><a href="/" class="brand">⟦m 老樊的体育课⟧</a><p class="desc">⟦m 一个小学体育老师的课堂记录⟧</p>
<nav>⟦m 首页　课堂笔记　训练计划　关于老樊⟧</nav></header>
<main><article>
<h1 class="post-title">{T}</h1>
<div class="post-meta"><time datetime="2024-10-13T20:16:00+08:00">⟦m 发布于 2024-10-13⟧</time> ⟦m 分类：课堂笔记⟧ ⟦m 阅读：311⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：跳箱　体操　课堂安全⟧</div>
<div class="post-near">⟦l 上一篇：一节没有哨子的体育课⟧　⟦l 下一篇：立定跳远的三个小游戏⟧</div>
</article>
<section id="comments"><h3>⟦l 已有 6 条评论⟧</h3><p>⟦l 兰溪小学陈老师：学摔这一招我也借用了，谢谢樊老师！⟧</p>
<form><p>⟦l 称呼（必填）　邮箱（必填）　网站⟧</p><textarea></textarea><button>⟦a 提交评论⟧</button></form></section></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 跳绳 跳箱 队列 体能 游戏 安全⟧</p><h3>⟦l 归档⟧</h3><p>⟦l 2024年10月 (4)　2024年9月 (7)⟧</p></aside>
<footer>⟦m © 2024 老樊的体育课 · Powered by Typecho⟧</footer>
</body></html>
""",
        body="""
教了十几年体育，跳箱一直是我最“提心吊胆”的一节课。这几年我养成了一个习惯：新学期第一次上跳箱课，先不跳，先学摔。
所谓学摔，就是在体操垫上练习前滚翻、侧倒和屈膝缓冲落地。学生一开始不理解，觉得浪费时间。可真到了跳箱上，手没撑稳、脚没踩准的情况总会发生，会摔的孩子顺势一滚就起来了，不会摔的孩子第一反应是伸手去撑，最容易伤手腕。
⟦a 觉得有用？请老樊喝杯茶（打赏）⟧
第二步才是分解动作：助跑、踏跳、撑箱、推手、落地，每一步单独练，最后才连起来。
今年我带的五年级两个班，跳箱单元没有一个孩子受伤。慢一点，其实是最快的。
""",
    ),
    dict(
        slug="blog-lingshengji-memoir-brass-bell-wrapped",
        site="铃声集 (invented, personal blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="text",
        source="https://lingshengji.blog/post/father-bell",
        title="父亲车把上的那只铜铃",
        record_title="【旧物絮语】父亲车把上的那只铜铃 - 铃声集",
        date=None,
        notes="memoir hard-wrapped at 68 columns; only a 写于 line with a year and season (no date); blog counters and a comment prompt; a post time of '2 个月前' is no date",
        page="""
!m 铃声集 —— 记下那些叮铃作响的日子
!m 首页 | 旧物絮语 | 随手记 | 留言板
{T}
!m 2 个月前 · 旧物絮语 · 阅读 1,207
{BODY}
!m 喜欢 88 · 评论 14
!l 上一篇：母亲的缝纫机　下一篇：外婆家的竹凉席
!l 写下你的留言……
!m 铃声集 © 本站文字未经许可请勿转载
""",
        indent="    ",
        wrap=68,
        body="""
父亲那辆二八自行车，是七十年代末凭票买的，车把右边装着一只黄铜车铃，铃盖上刻着一圈细细的花纹。
小时候我坐在前面的横梁上，最喜欢伸手去拨那只铃。父亲总说：“别乱按，铃是给路口用的。”他骑车从不抢道，每到巷口，都会轻轻按两下，叮铃叮铃，声音清亮，巷子里的人一听就知道是老钱下班了。
后来自行车换了一辆又一辆，那只铜铃却一直跟着父亲，从旧车上拆下来，再装到新车上。铃盖磨得发亮，花纹早已看不清了。
父亲去世后，我把铜铃拆下来，擦干净，放在书桌上。有时候拨一下，叮铃一声，好像他又在巷口骑车回来了。
（写于2023年冬）
""",
    ),
    dict(
        slug="wechat-haowai-hospital-yoga-mat-h1-follow-glued",
        site="号外阅读 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.haowai-read.com/a/jczyy/20240309-1.html",
        title="瑜伽垫怎么选、怎么洗？康复科治疗师告诉你",
        record_title=None,
        date="2024-03-09",
        notes="WeChat mirror: no record title (the <h1>); 原创 tag and the account line with its date; a follow prompt glued before the first words; 阅读原文/在看/赞赏 rows; the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>瑜伽垫怎么选、怎么洗？康复科治疗师告诉你 - 号外阅读</title>
<script src="/assets/mirror.js"></script>
</head><body>
<div class="mirror-top">⟦m 号外阅读 · 公众号文章存档⟧ <a href="/a/jczyy/">⟦l 查看该号全部文章⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta"><span>⟦m 原创⟧</span> <span>⟦m 戟川县中医医院⟧</span> <span>⟦m 2024-03-09 18:30⟧</span> <span>⟦m 湖南⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<p class="credit">⟦m 文字：康复医学科　编辑：党办宣传科⟧</p>
<div class="rich_media_tool">⟦a 阅读原文⟧ ⟦m 阅读 2680⟧ ⟦a 赞 41⟧ ⟦a 在看 17⟧</div>
<div class="reward">⟦a 喜欢作者，赞赏一下⟧</div>
<div class="qr">⟦a 长按识别二维码，关注戟川县中医医院⟧</div>
</div>
<div class="mirror-foot">⟦d 本页为号外阅读自动存档的公众号文章，版权归原作者，如需删除请来信⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.8">{}</p></section>',
        body="""
⟦a 戳上方蓝色名字，关注我们⟧最近，不少在家练瑜伽的朋友来康复科就诊，原因竟然和瑜伽垫有关：垫子太薄，跪姿时膝盖疼；垫子太滑，做下犬式时手腕拉伤。
一、怎么选。初学者建议选厚度六毫米左右的垫子，太薄护不住关节，太厚又站不稳。材质方面，TPE垫子轻便、价格适中，天然橡胶垫防滑更好但较重。
二、怎么洗。每次练完用湿毛巾擦去汗渍，每周用温水加少量中性清洁剂擦洗一次，放在阴凉通风处晾干，不要暴晒。
三、什么时候换。垫子表面起皮、掉渣或者明显变滑时，就该换了。
如果练习后关节疼痛持续三天以上，请及时到医院康复科就诊。
""",
    ),
    dict(
        slug="wechat-gonghao-pledge-bell-community-account-date",
        site="公号拾遗 (invented WeChat mirror, text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://gonghaoshiyi.com/s/zuyuan-sq/2024040301",
        title="“按铃慢行·礼让有我”文明骑行倡议书",
        record_title="“按铃慢行·礼让有我”文明骑行倡议书 | 镞园社区 · 公号拾遗",
        date="2024-04-01",
        date_also=["2024-04-03"],
        notes="a community account's pledge mirrored as text: the account line's date differs from the signature date; 分享 as content; 在看/留言 rows; a star prompt glued before the salutation",
        page="""
!m 公号拾遗 · 好文章不走丢
{T}
!m 镞园社区　2024-04-03 08:15　发表于湖南
{BODY}
!a 阅读原文　　分享　　在看
!l 留言区：3号楼张阿姨：早该这样了！
!d 本文转自公众号“镞园社区”，公号拾遗仅作存档，侵删。
""",
        body="""
⟦a 星标“镞园社区”，通知不错过⟧亲爱的居民朋友们：
小区内道路狭窄，早晚高峰时段步行的老人和孩子较多，自行车、电动车与行人抢道的现象时有发生。为共建安全、文明的小区环境，社区居委会向大家发出如下倡议：
一、检查车铃。请骑车的居民检查自己的车铃是否完好，没有车铃的请尽快加装。
二、按铃慢行。进入小区请减速慢行，经过单元门口、转角和儿童游乐区时轻按车铃提醒。
三、礼让行人。遇到老人和孩子，请主动停车让行，不按铃催促、不鸣喇叭吓人。
四、互相提醒。请把这份倡议转发分享给您的家人和邻居，一起做文明骑行的带头人。
镞园社区居民委员会
2024年4月1日
""",
    ),
]
