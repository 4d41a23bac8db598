"""holdout216, part C: forums, county forums, exam forums, blogs and personal collections.
Every case written by hand; invented sites, places, people and numbers.
"""

CASES = [
    dict(
        slug="forum-yuyi-post-restringing-rackets-jammer",
        site="羽翼球友论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.yuyiqiuyou.com/thread-209318-1-1.html",
        title="球拍断线后自己穿线的几点经验",
        record_title="[器材心得] 球拍断线后自己穿线的几点经验 - 装备交流区 - 羽翼球友论坛",
        date=None,
        notes="Discuz-like forum: jammer-font junk inside the post, rating row, signature, replies; numbered list; "
        "posted '3 天前' (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[器材心得] 球拍断线后自己穿线的几点经验 - 装备交流区 - 羽翼球友论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style>
</head><body>
<div id="toptb">⟦m 羽翼球友论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 羽翼球友论坛 › 器材专区 › 装备交流区 › 查看帖子⟧</div>
<div class="ts"><span>⟦m 查看：4108｜回复：37⟧</span> <h1>⟦t [器材心得] 球拍断线后自己穿线的几点经验⟧</h1></div>
<table class="plhin"><tr>
<td class="pls"><div>⟦m 拍线老周⟧</div><div>⟦m 积分 2256　帖子 611　羽币 89⟧</div><div>⟦m 金牌穿线师⟧</div></td>
<td class="plc"><div class="authi">⟦m 拍线老周 发表于 3 天前 ｜ 只看楼主本人⟧</div>
<div class="pct"><div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div></div>
<div class="rate">⟦l 参与评分 5　羽币 +12　收起理由：实用干货⟧</div>
<div class="sign">⟦l 签名：穿线找老周，城西羽毛球馆二楼，周末在⟧</div>
<div class="po">⟦a 回复⟧ ⟦a 引用⟧ ⟦a 举报本帖⟧ ⟦a 道具⟧</div></td></tr></table>
<div class="reply">⟦l 沙发 ｜ 杀上网前：收藏了，正好家里那支断了两根⟧</div>
<div class="reply">⟦l 板凳 ｜ 小羽毛：请问穿线机多少钱收的？⟧</div>
<div id="f_pst">⟦a 登录之后才能参与讨论，没有账号？立即注册⟧</div>
<div id="ft">⟦m 羽翼球友论坛 ( 粤ICP备17066310号 )⟧ ⟦m GMT+8, 2024-9-14 22:08⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
玩羽毛球六年，前后断线不下二十次，去年咬牙买了台二手台式穿线机，自己穿到现在。说几点体会，给想入坑的球友参考。
1．先看拍框上标的最高磅数，别超过。我那支入门拍标的是26磅，朋友非要拉到28磅，结果打了一周就裂了框。
2．竖线从中间往两边穿，横线从上往下穿，每拉一根都要夹紧，不然磅数会掉。
3．打结的位置要选在大孔，小孔硬塞容易把线磨断。
4．新手别贪快，第一支拍子我穿了一个半小时，现在四十分钟左右。
最后提醒一句：断线后要尽快把剩下的线剪掉，拍框单边受力久了容易变形。有问题的可以跟帖问，看到就回。
""",
    ),
    dict(
        slug="forum-xingzhe-post-trolley-wheel-repair-junk",
        site="行者驿站旅行论坛 (invented, text capture)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.xingzheyizhan.net/t/88613",
        title="拉杆箱万向轮坏了，自己动手换轮子全过程",
        record_title="[DIY] 拉杆箱万向轮坏了，自己动手换轮子全过程（多图）- 装备杂谈 - 行者驿站",
        date=None,
        notes="travel forum text: junk lines and junk glued after 。; a 'last edited' line; replies below; posted 昨天 "
        "(no date)",
        page="""
!m 行者驿站旅行论坛
!m 首页 » 装备杂谈 » 帖子详情
!t [DIY] 拉杆箱万向轮坏了，自己动手换轮子全过程（多图）
!m 楼主：背包的阿晖　发表于 昨天 21:40　｜　浏览 1762　回帖 19
!m 该帖于 昨天 22:03 被 背包的阿晖 重新编辑过
{BODY}
!a 点赞(46)　收藏(88)　举报
!l 2# 山野闲人：楼主动手能力强，我那只直接扔了
!l 3# 阿杰去哪了：轮子是在哪家店买的？求链接
!a 游客身份无法回帖，请先登录行者驿站
!m 行者驿站 xingzheyizhan.net　浙ICP备16041190号
""",
        junk=dict(lines=2, glued=3),
        body="""
上个月从外地回来，下高铁时拉杆箱左后的万向轮直接碎了，拖着走一路咔咔响。问了箱包店，换一个轮子要80元，我决定自己动手。
先说准备的东西：同尺寸的万向轮一对（网上买的，两个一共28元）、十字螺丝刀、尖嘴钳和一小瓶润滑油。
拆的时候发现，这只箱子的轮座是用三颗螺丝从箱内固定的，要先拉开箱里的内衬拉链才能看到螺丝。拧下螺丝，旧轮子就掉下来了。
装新轮子时注意轮轴方向，装反了箱子会往一边跑。螺丝拧紧后，我在轴承处点了两滴润滑油，推起来比原来还顺。
前后花了半小时，省下五十多块。大家买轮子前一定先量好孔距，我第一次就买错了尺寸。
""",
    ),
    dict(
        slug="localbbs-duyang-thread-park-tables-cards-jammer",
        site="椟阳论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.duyang.cc/thread-551207-1-1.html",
        title="公园乒乓球台天天被人占着打牌，有没有人管？",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject, with a tag before it); weather line, medals, an ad QQ, "
        "an official-reply link; jammer-font junk in the post; posted 2 天前 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>公园乒乓球台天天被人占着打牌，有没有人管？ - 民生百事 - 椟阳论坛</title>
</head><body>
<div class="top">⟦m 椟阳论坛 · 椟阳人的网上家园⟧ ⟦m 今日椟阳：多云 19～27℃⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 民生百事⟧ ⟦m 椟阳美食⟧ ⟦m 房产家居⟧ ⟦m 二手市场⟧</div>
<div class="ad">⟦w 本地装修报价找小丁 QQ 2851907736⟧</div>
<div class="subject"><span>⟦l [反映问题]⟧</span> <span id="thread_subject">{T}</span></div>
<table class="post"><tr>
<td class="author"><p>⟦m 城北老街坊⟧</p><p>⟦m 勋章：热心网友 ｜ 老会员⟧</p></td>
<td class="msg"><p>⟦m 发表于 2 天前 ｜ 来自手机版⟧</p>
<div class="t_f">
{BODY}
</div>
<p class="reply-link"><a href="/zhuanjiao/551207">⟦a 此帖已转交有关部门，查看官方回复 ›⟧</a></p>
</td></tr></table>
<div class="reply">⟦l 2楼 河边钓鱼人：早上去也是，牌桌一摆就是一上午⟧</div>
<div class="reply">⟦l 3楼 椟阳小七：支持楼主，球台是给打球的人用的⟧</div>
<div class="foot">⟦m 椟阳论坛 bbs.duyang.cc　湘ICP备14031277号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
城北公园今年春天装了4张乒乓球台，本来是好事，可从五一以后，每天下午总有几桌人把球台当牌桌，铺上毯子打牌，一坐就是半天。
我和几个球友去了好几次，好声好气商量让一张台子出来，对方说先来先占，还嫌我们的球吵。上周六有个小孩打球，球掉到牌桌上，两边差点吵起来。
想问问公园管理处：能不能在球台旁边立个牌子，写明球台只供打球使用？或者划出打牌的区域，大家各玩各的。
球台是花公家的钱装的，希望能真正派上用场。
""",
    ),
    dict(
        slug="localbbs-xiashan-post-old-filing-cabinet-junk",
        site="匣山在线论坛 (invented, text capture)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.xiashanzaixian.com/thread-30218-1-1.html",
        title="单位淘汰的铁皮文件柜拿回家当储物柜，真香",
        record_title="[居家改造] 单位淘汰的铁皮文件柜拿回家当储物柜，真香 - 匣山家居版 - 匣山在线",
        date=None,
        notes="county forum text: junk lines and glued junk; a decoration ad and a moderator's note; posted 4 天前 (no date)",
        page="""
!m 匣山在线论坛　|　今天 晴 8～17℃
!m 论坛首页 › 匣山家居版 › 正文
!t [居家改造] 单位淘汰的铁皮文件柜拿回家当储物柜，真香
!m 发帖人：岣山路的猫　4 天前　｜　浏览 933
{BODY}
!l 本帖被版主 小树林 加入“家居精华”
!w 旧家具翻新、上门喷漆，找匣山老刘：139 7420 6618
!l 1楼 晴天娃娃：柜门上的编号留着挺有味道
!l 2楼 老槐树下：请问在哪里报名的？下次也想去
!a 发帖请先登录，手机号一键注册
!m 匣山在线 xiashanzaixian.com
""",
        junk=dict(lines=1, glued=2),
        body="""
上个月单位搬新楼，一批用了十几年的铁皮文件柜统一处置，职工可以按每组50元登记认购。我要了两组，借朋友的皮卡拉回了家。
柜子很沉，漆面有些剥落，但柜体一点没变形。我先用砂纸把锈点打掉，刷了两遍浅灰色防锈漆，又给柜门换了新把手。
一组放在阳台，装工具、油漆和孩子的旧玩具；另一组放进书房，上层放书，下层放全家的证件和票据，锁一锁很放心。
算下来连漆带把手不到两百块，比买新柜子省多了。有同样机会的朋友可以试试，就是搬上楼的时候一定多叫几个人。
""",
    ),
    dict(
        slug="examforum-shangan-essay-hygrometer-governance",
        site="上岸学社公考论坛 (invented)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shanganxueshe.com/thread-77051-1-1.html",
        title="一只温湿度计里的治理温度",
        record_title="[申论自练] 一只温湿度计里的治理温度（求拍砖）- 申论专区 - 上岸学社",
        date=None,
        notes="exam forum: a reply-to-see prompt, a rating row, a QQ-group ad; a 申论 essay; posted 5 天前 (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[申论自练] 一只温湿度计里的治理温度（求拍砖）- 申论专区 - 上岸学社</title>
</head><body>
<div class="hd">⟦m 上岸学社公考论坛⟧ ⟦m 一起备考，一起上岸⟧ <a>⟦a 快捷登录⟧</a></div>
<div class="bread">⟦m 上岸学社 › 申论专区 › 习作批改⟧</div>
<div class="ad-top">⟦w 2025省考申论批改群：QQ群 738201946，进群送真题⟧</div>
<h1>⟦t [申论自练] 一只温湿度计里的治理温度（求拍砖）⟧</h1>
<div class="author">⟦m 备考的小橙子 ｜ 发表于 5 天前 ｜ 查看 1204 ｜ 回复 16⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="hide-tip">⟦a 【本帖隐藏的批改意见需回复后才能查看】⟧</div>
<div class="rate">⟦l 评分人数 3　学分 +6　打卡认真⟧</div>
<div class="reply">⟦l 沙发 ｜ 申论一百二：开头引题不错，中间论证可以再加一个案例⟧</div>
<div class="foot">⟦m 上岸学社 shanganxueshe.com　京ICP备19022611号-4⟧</div>
</body></html>
""",
        body="""
在一家社区药店的阴凉柜旁，挂着一只巴掌大的温湿度计。它的读数关系着药品的质量，也映照着基层监管的温度。
过去，不少小药店的温湿度记录靠“补”，月底一次性填满，数字整整齐齐，却经不起推敲。问题出在哪里？一是监管人员少、门店多，检查难以覆盖；二是有的经营者把记录当负担，心存侥幸。
破解之道，在于让技术替人“盯”、让制度管到“点”。一些地方给药店装上联网的电子温湿度计，数据实时上传，超限自动报警，监管部门坐在办公室就能看到；同时把记录情况纳入信用评价，让守规矩的不吃亏。
治理的温度，往往藏在这样的细节里。管好一只温湿度计，守护的是群众用药安全。
""",
    ),
    dict(
        slug="examforum-shenmian-interview-racket-purchase-junk",
        site="申面研习社 (invented, exam forum text capture)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="text",
        source="https://www.shenmianyxs.cn/bbs/topic/41276",
        title="单位组织羽毛球赛，你负责采购球拍，同事说你买贵了，你怎么办？",
        record_title="【结构化每日一练】单位组织羽毛球赛，你负责采购球拍，同事说你买贵了，你怎么办？ - 面试交流 - 申面研习社",
        date=None,
        notes="exam forum text: an interview question and a model answer with junk; a paid-course ad between paragraphs; "
        "posted 6 天前 (no date)",
        page="""
!m 申面研习社 · 面试交流
!m 首页 ＞ 面试交流 ＞ 结构化每日一练
!t 【结构化每日一练】单位组织羽毛球赛，你负责采购球拍，同事说你买贵了，你怎么办？
!m 楼主：面试小马哥　　6 天前　　浏览 2389
{BODY}
!l 2楼 上岸吧少年：第三点很实在，采购留痕很重要
!l 3楼 雨后青山：能不能再出一道组织类的？
!a 跟帖请先绑定手机号
!m 申面研习社　shenmianyxs.cn
""",
        junk=dict(lines=1, glued=2),
        body="""
题目：单位组织职工羽毛球赛，领导让你负责采购20支羽毛球拍。比赛结束后，有同事私下说你买的球拍比网上贵了不少，你怎么办？
参考答案：
首先，我会保持平和心态。同事提出质疑，说明大家关心集体的钱花得值不值，这是好事。
⟦w 想系统练结构化？面试精讲班报名加微信 smyxs_2025⟧
其次，我会主动说明情况。当时我询了三家店，选的是可以开发票、包穿线、坏了包换的那家，单价虽比网上高十几元，但省去了穿线费用。我会把询价单和发票整理好，向领导汇报，也请同事一起看看。
最后，如果确实存在考虑不周的地方，我会虚心接受，今后采购前多听听大家的意见，把每一笔钱都花在明处。
""",
    ),
    dict(
        slug="blog-laogu-essay-pharmacy-hygrometer",
        site="老顾的药柜子 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laogu-yaogui.cn/archives/318/",
        title="药房里那只温湿度计",
        record_title="药房里那只温湿度计 | 老顾的药柜子",
        record_date="2024-07-19",
        date="2024-07-19",
        notes="Typecho-like blog: tag cloud, archive, comment form; record date; a pharmacist's essay",
        page="""
<!DOCTYPE html>
<html><head><meta charset="UTF-8">
<title>药房里那只温湿度计 | 老顾的药柜子</title>
</head><body>
<header><h2>⟦m 老顾的药柜子⟧</h2><p>⟦m 一个县城药师的碎碎念⟧</p>
<nav>⟦m 首页⟧ ⟦m 药事随笔⟧ ⟦m 用药提醒⟧ ⟦m 关于老顾⟧</nav></header>
<article><h1>{T}</h1>
<p class="post-meta">⟦m 老顾 · 2024年07月19日 · 药事随笔 · 6 条评论⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：药房日常, 温湿度计, 药品储存⟧</p></article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 抗生素 冷链 老药师 处方 梅雨天 胰岛素⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年7月 (3)⟧</li><li>⟦l 2024年6月 (5)⟧</li><li>⟦l 2024年5月 (4)⟧</li></ul></aside>
<section class="comments"><h3>⟦l 发表评论⟧</h3><p>⟦l 称呼（必填）　邮箱（必填）　网站⟧</p><p>⟦a 提交评论⟧</p></section>
<footer>⟦m © 2024 老顾的药柜子 · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
我在县医院药房干了二十六年，药房墙上的温湿度计换过四只。
第一只是老式的干湿球温度计，两根玻璃管并排挂着，要自己对着表查湿度。那时候夏天没空调，湿度一过七十，老主任就让我们把药箱从地上挪到木架上。
后来换了指针式的，再后来换成电子的，数字一目了然。现在药房装了自动监测系统，温湿度一超限，手机就会响。
设备越来越先进，我却一直保留着每天上班先看一眼温湿度计的习惯。前年梅雨季，监测系统的探头受潮失灵，是墙上那只老电子表让我发现阴凉库已经到了二十三度。
药品不会说话，温湿度计替它们说话。这大概是我们这一行最朴素的道理。
""",
    ),
    dict(
        slug="blog-fenbimo-essay-concrete-tabletennis-table-wrapped",
        site="粉笔末 (invented, a teacher's blog, text capture)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://fenbimo.blog.jiaoshi-home.cn/post/2024/1125",
        title="操场边的水泥乒乓球台",
        date=None,
        notes="record title as is; a teacher's essay hard-wrapped at 56 columns; posted '5 天前' (no date)",
        page="""
!m 粉笔末 —— 一个乡村教师的黑板报
!m 首页 | 教育随笔 | 班主任手记 | 留言板
{T}
!m 发布于 5 天前　分类：教育随笔　阅读(412)　评论(9)
{BODY}
!l « 上一篇：期中考试后的一次家访
!l 下一篇：给孩子们读《草房子》»
!l 最新评论：匣山老师：我们学校也有两张，至今还在用
!a 喜欢这篇文章？点个赞吧 👍
!m Copyright 粉笔末 2012-2024
""",
        wrap=56,
        indent="\u3000\u3000",
        body="""
学校操场边有两张水泥乒乓球台，是二十多年前村里的泥瓦匠砌的。台面用水泥抹平，中间砌一排砖当球网，一到下课就被孩子们围得水泄不通。
我刚来教书那年，班上有个叫阿亮的男孩，每天最早到校，就为了抢到球台。他没有像样的球拍，用的是父亲削的木板，照样打得有模有样。
去年镇里给学校配了两张新的钢板球台，放在风雨操场里。我以为水泥台要被冷落了，可孩子们还是喜欢往老台子跑，说那里晒得到太阳。
前几天，已经在县城工作的阿亮回来看我，站在水泥台边说：“老师，这张台子比我记得的矮多了。”其实台子没变，是他长高了。
""",
    ),
    dict(
        slug="collection-chenbingwen-memoir-fathers-trolley-case",
        site="簏湾随笔·陈秉文个人文集 (invented, gb2312 table layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.chenbingwen-wenji.com/suibi/jiu.htm",
        title="父亲的那只拉杆箱",
        record_title="父亲的那只拉杆箱（簏湾随笔之九）- 陈秉文文集",
        date=None,
        notes="a retired writer's old table-layout collection: marquee, chapter links, visitor counter, the author's "
        "mailbox; a memoir dated only by a 写于 line with a year and season (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>父亲的那只拉杆箱（簏湾随笔之九）- 陈秉文文集</title>
</head><body bgcolor="#F5F0E1">
<table width="760" align="center" border="0"><tr><td align="center">⟦m 陈秉文文集⟧</td></tr>
<tr><td><marquee direction="left" scrollamount="2">⟦m 欢迎来到我的文字小屋，闲来写写簏湾的人和事。⟧</marquee></td></tr>
<tr><td align="center">⟦m 首页 ┆ 簏湾随笔 ┆ 旧诗新抄 ┆ 留言本⟧</td></tr></table>
<table width="760" align="center" border="0"><tr><td align="center"><font size="4">{T}</font></td></tr>
<tr><td align="center">⟦m 簏湾随笔之九⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">写于二〇二三年冬</td></tr></table>
<table width="760" align="center"><tr><td>⟦l ← 之八：镇口的修鞋摊⟧</td><td align="right">⟦l 之十：外婆的樟木箱 →⟧</td></tr></table>
<table width="760" align="center"><tr><td align="center">⟦m 您是本站第 018334 位客人⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：chenbw_luwan@wenji-mail.cn⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲这辈子只出过三趟远门，每趟都拖着同一只拉杆箱。
那是一只深蓝色的帆布拉杆箱，是我参加工作第一年在省城买给他的。父亲嫌它“洋气”，一直舍不得用，塞在床底下，用报纸包着。
第一趟是去北京看我妹妹生孩子。他在电话里问我：“轮子坏了咋办？”我说坏不了。结果回来时，一只轮子真的磨平了，他拿铁丝绑了一圈，拖了一路。
后两趟都是去省城看病。最后一趟，箱子里装的是他的换洗衣服、一包老家的茶叶，还有我小时候的成绩单，不知道他什么时候放进去的。
父亲走后，那只拉杆箱一直放在我书房的角落里。那圈铁丝，我没舍得拆。
""",
    ),
    dict(
        slug="collection-laodang-memoir-green-filing-cabinet-wrapped",
        site="老档案员文存 (invented, text capture)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://laodangan.wencun.cn/pian/23.html",
        title="那只绿色的铁皮文件柜",
        record_title="〔档案旧事·三〕那只绿色的铁皮文件柜 — 老档案员文存",
        date=None,
        notes="a retired archivist's collection, hard-wrapped at 64 columns; chapter links and a visit counter; no date",
        page="""
!m 老档案员文存
!m 目录 ｜ 档案旧事 ｜ 读书札记 ｜ 与我联系
!t 〔档案旧事·三〕那只绿色的铁皮文件柜
!m 本篇已被阅读 647 次
{BODY}
!l 上一篇：〔档案旧事·二〕第一本卷皮
!l 下一篇：〔档案旧事·四〕搬库那年
!m 老档案员文存 · 文字随缘转载，请署原作者
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
一九八六年我调到县档案馆，分给我的第一件家当，是一只墨绿色的铁皮文件柜。柜子四层，每层一把小锁，钥匙串起来有半斤重。
那时候档案馆只有三间平房，文件柜靠北墙一字排开。老馆长告诉我，柜子不能贴墙放，要留一拳宽的缝，不然墙里的潮气会顺着铁皮爬进去。
我在柜门内侧贴了一张纸，每次开柜都记下日期和取走的卷号。十几年下来，那张纸换了七八回，没丢过一卷档案。
后来馆里建了新库房，换上了密集架，铁皮柜被搬进了杂物间。退休那天，我去杂物间看了它最后一眼，柜门上的那张纸，居然还在。
""",
    ),
]
