"""holdout254, part C: hobby forums, county forums, exam forums, Q&A sites and
encyclopaedias. Every case written by hand; all places, people, sites, URLs and numbers
are invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-yinqiu-post-rubber-care-jammer",
        site="银球器材论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.yinqiuqc.com/thread-208813-1-1.html",
        title="用了三年的底板，说说我的胶皮保养办法",
        record_title="[拍友分享] 用了三年的底板，说说我的胶皮保养办法 - 胶皮与底板 - 银球器材论坛",
        date=None,
        notes="a Discuz-like gear forum with jammer fonts inside the post, a poster box, an 'edited' line, a rating "
        "row, a signature and a reply prompt; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[拍友分享] 用了三年的底板，说说我的胶皮保养办法 - 胶皮与底板 - 银球器材论坛</title>
<style>.jammer{color:#fff;font-size:0;}</style>
<script src="static/js/common.js?yq1"></script>
</head><body>
<div id="toptb">⟦m 银球器材论坛⟧ <a>⟦a 找回密码⟧</a> <a>⟦a 快捷登录⟧</a></div>
<div id="nv">⟦m 论坛　器材评测　球友约球　二手交易　教学视频⟧</div>
<div id="pt">⟦m 银球器材论坛 › 器材区 › 胶皮与底板 › 查看帖子⟧</div>
<div class="hm">⟦m 查看: 2817　|　回复: 36⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 削球手阿岳⟧</div><dl>⟦m 积分 2360　帖子 418　球龄 11年⟧</dl></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [拍友分享] 用了三年的底板，说说我的胶皮保养办法⟧</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="pstatus">⟦m 本帖最后由 削球手阿岳 于 昨天 22:10 编辑⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_3306102">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 3　威望 +6　收起理由：实用，拍友必读⟧</div>
<div class="sign">⟦m 以球会友 · 拍不离手⟧</div>
<div class="po">⟦a 回复　引用　收藏　举报⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 登录银球账号后才能参与讨论⟧</div>
<div id="ft">⟦m 银球器材论坛 · 乒乓爱好者的家⟧　⟦m 苏ICP备18062331号⟧　⟦m GMT+8, 2025-9-14 23:06⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
坛子里经常有球友问胶皮怎么保养，我用这块五层纯木底板已经三年了，正手胶皮换过两次，说说自己的办法，供大家参考。
第一，打完球及时清洁。我随身带一小瓶清水和一块海绵，打完球先用海绵蘸水顺着一个方向擦，把胶面的灰尘和汗渍擦掉，晾干后再贴保护膜。
第二，存放注意温度。球拍一定装进拍套，不要放在车里暴晒，也不要靠近暖气片。夏天车里温度太高，胶皮很容易老化发硬。
第三，别拿球拍出气。输球后拍桌子、摔拍子，底板边缘最容易磕坏，我就这样磕掉过一块，后来只能贴护边。
第四，胶皮该换就换。业余球友一周打三四次，正手胶皮半年左右就会明显失去黏性，这时候别舍不得，换一张新的，手感会好很多。
以上都是个人经验，欢迎各位拍友补充。
""",
    ),
    dict(
        slug="forum-zhiyi-post-papercut-knife-sharpening-junk",
        site="纸艺天地论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.zhiyitiandi.net/bbs/viewthread.php?tid=44172",
        title="剪纸刀刀尖断了三次后，我总结的磨刀方法",
        record_title="【刀具交流】剪纸刀刀尖断了三次后，我总结的磨刀方法（附磨刀角度示意）- 纸艺天地论坛",
        date=None,
        notes="a forum thread as text with anti-scraping junk on lines and glued after sentences; replies below; the "
        "post time is relative (昨天), no date",
        page="""
!m 纸艺天地论坛 » 工具材料 » 刀具交流
!t 【刀具交流】剪纸刀刀尖断了三次后，我总结的磨刀方法（附磨刀角度示意）
!m 楼主：刻痕　|　发表于 昨天 21:40　|　查看 1042　回复 17
!a 只看楼主　|　打赏楼主
{BODY}
!m 〔图片 4 张，登录后可见原图〕
!l 2# 红纸灯笼：收藏了，回头照着磨一把
!l 3# 小剪子：刀尖那段说到心坎里了，我也是刻鱼鳞断的
!a 发表回复前请先登录或注册纸艺天地账号
!m 纸艺天地论坛　Powered by PHPWind
""",
        junk=dict(lines=2, glued=3),
        body="""
我刻纸五年，前两年用的都是买来的成品剪纸刀，刀尖断了三次，后来跟一位老师傅学着自己磨，才算摸到门道。
先说磨刀石。粗磨用四百目，细磨用一千目以上，最后在牛皮上蹭几下去毛刺。磨之前把磨刀石泡水十分钟，磨的时候保持水润。
再说角度。剪纸刀的刀刃很窄，角度控制在二十度左右，手腕固定，来回推拉，两面磨的次数要一样，不然刀尖会往一边偏。
最后说刀尖。刀尖最怕横着用力，刻圆弧的时候要转纸不转刀。我断的那三次，都是刻鱼鳞时手腕别了一下。
磨好的刀用完要擦干上油，插进软木塞里，别和剪刀混放在笔筒里。
""",
    ),
    dict(
        slug="localforum-xichuan-post-gourd-ladle-subject-jammer",
        site="熹川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.xichuan0739.com/forum.php?mod=viewthread&tid=917204",
        title="老街上还有人卖葫芦水瓢吗？想给老人买一个",
        record_title=None,
        date=None,
        notes="no record title: the thread subject is the title; a county forum with a weather line, medals, a "
        "decoration ad, jammer fonts in the post and replies below; post time relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>老街上还有人卖葫芦水瓢吗？想给老人买一个 - 熹川杂谈 - 熹川在线论坛</title>
<script src="data/cache/xc_common.js"></script>
</head><body>
<div class="xc-top">⟦m 熹川在线 · 熹川人自己的论坛⟧　<span>⟦m 今日熹川：多云 22~29℃⟧</span></div>
<div class="xc-nav">⟦m 首页　熹川杂谈　便民信息　二手市场　美食地图　招聘求职⟧</div>
<div class="xc-crumb">⟦m 熹川在线 › 生活板块 › 熹川杂谈⟧</div>
<table class="xc-post"><tr>
<td class="xc-author">⟦m 老街的风⟧<br>⟦m 勋章：热心网友　老熹川⟧</td>
<td class="xc-msg">
<h1><span id="thread_subject">{T}</span></h1>
<div class="xc-time">⟦m 发表于 2 天前 · 来自手机⟧</div>
<div class="xc-ad">⟦w 【广告】熹川匠心装饰，老房翻新一口价，电话 139 7392 0415⟧</div>
<div class="t_f">
{BODY}
</div>
</td></tr></table>
<div class="xc-replies">
<p>⟦l 沙发 蜓湾小匡：蝶口镇蜓湾村有个手作坊专门做葫芦瓢，周末可以去看看⟧</p>
<p>⟦l 板凳 南门豆花：裂缝用麻绳缠紧再刷桐油，我家那个用了十年⟧</p>
</div>
<div class="xc-reply">⟦a 说点什么吧…（发帖需绑定手机号）⟧</div>
<div class="xc-foot">⟦m 熹川在线论坛 版权所有　湘ICP备10002917号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
家里老人用了几十年葫芦瓢，前几天不小心掉在灶台边摔裂了一道缝，老人心疼得不行，说塑料瓢舀热水有股味，不锈钢瓢又烫手，非要找一个葫芦的。
我在网上搜了搜，有卖的，但都是装饰用的，刷了清漆，不敢拿来舀水。听说蝶口镇那边有老匠人还在做，不知道老街上有没有店铺代卖？
另外问一下，葫芦瓢裂了缝还能修吗？以前好像见过用麻绳缠起来再刷桐油的，不知道靠不靠谱。
先谢过各位街坊邻居！
""",
    ),
    dict(
        slug="localforum-shanyang-post-broken-scoreboard-official-reply",
        site="珊阳论坛 (invented city forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.shanyang.cc/thread-553190-1-1.html",
        title="鹱城区体育公园篮球场记分牌坏了半年，谁来管管？",
        record_title="【民声直通车】鹱城区体育公园篮球场记分牌坏了半年，谁来管管？ - 珊阳论坛",
        date=None,
        notes="a city forum's complaint thread; an official-reply line and replies below; a 'forwarded to the "
        "department' line above the post; the post time is relative (no date)",
        page="""
!m 珊阳论坛 - 珊阳人的网上家园
!m 首页 » 民声直通车 » 城建交通
!t 【民声直通车】鹱城区体育公园篮球场记分牌坏了半年，谁来管管？
!m 楼主 夜跑的老鹿　发表于 4 天前　查看 3590　回复 48
!m 〔本帖已由版主转交鹱城区体育公园管理处〕
{BODY}
!l 【官方回复】鹱城区体育公园管理处：已安排维保单位现场查看，旧支架本周内拆除。
!l 2楼 三分球不进：支持楼主，晚上打球全靠吼
!l 3楼 珊阳小灰灰：顶上去，让管理处看到
!a 快速回帖（登录后可用）
!m 珊阳论坛　值班版主电话：0736-2280517
""",
        body="""
鹱城区体育公园的灯光篮球场，场边那块电子记分牌从去年冬天就不亮了，到现在半年多，一直没人修。
每天晚上来打球的人不少，大家只好用手机记分，或者在地上摆石子记分，遇上比赛还经常为比分吵起来。
记分牌的支架也锈得厉害，底座有一颗螺丝已经松了，刮大风的时候整块牌子晃得吓人，旁边就是儿童游乐区，万一倒下来后果不堪设想。
希望相关部门看到后尽快派人检查，修不好的话至少先拆下来，别等出了事再处理。
""",
    ),
    dict(
        slug="examforum-shangan-interview-old-ladles-exhibition",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-71266-1-1.html",
        title="社区征集老水瓢等老物件办展，你怎么组织？",
        record_title="[面试答题] 社区征集老水瓢等老物件办展，你怎么组织？（附个人作答，望考友指正）- 结构化面试 - 上岸驿站论坛",
        date=None,
        notes="an exam forum with a reply-to-see prompt, a rating row and a QQ-group ad; the answer speaks of sharing "
        "a notice as content; post time relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>[面试答题] 社区征集老水瓢等老物件办展，你怎么组织？（附个人作答，望考友指正）- 结构化面试 - 上岸驿站论坛</title>
<script src="/static/sa_forum.js"></script>
</head><body>
<div class="sa-top">⟦m 上岸驿站论坛 · 公考人一起上岸⟧ <a>⟦a 签到领金币⟧</a></div>
<div class="sa-nav">⟦m 首页 › 面试专区 › 结构化面试⟧</div>
<div class="sa-thread">
<h1>⟦t [面试答题] 社区征集老水瓢等老物件办展，你怎么组织？（附个人作答，望考友指正）⟧</h1>
<div class="sa-author">⟦m 楼主：今年一定上岸　发表于 6 天前　浏览 2204⟧</div>
<div class="sa-post">
{BODY}
</div>
<div class="sa-hide">⟦a 【隐藏内容】考官评分要点需回复本帖后可见⟧</div>
<div class="sa-rate">⟦l 评分：金币 +5　理由：思路清晰⟧</div>
<div class="sa-qq">⟦w 面试冲刺群：QQ 783302615，每晚八点模考互评⟧</div>
</div>
<div class="sa-foot">⟦m 上岸驿站论坛 Copyright 2017-2025　鄂ICP备17020449号⟧</div>
</body></html>
""",
        body="""
题目：社区准备举办“老物件里的好日子”展览，领导让你负责征集老水瓢、老算盘等老物件，你会怎么组织？
我的作答：
第一，摸清底数。我会联合网格员，重点走访社区里的老住户，了解各家保存的老物件情况，尤其是葫芦瓢、木瓢这类日常用品，登记物件来历和主人愿意出借还是捐赠。
第二，做好宣传。在社区公众号和楼道公告栏发布征集启事，请居民把征集信息分享给家里老人，同时讲清楚借展物件如何登记、保管和归还，打消大家的顾虑。
第三，用心布展。每件展品配一张小卡片，写上主人讲述的故事，比如一只水瓢陪着一家人从挑水吃到用上自来水。开展时邀请物件主人现场讲解。
第四，善始善终。展览结束后按登记表逐一归还，并向出借居民赠送纪念照片。
""",
    ),
    dict(
        slug="examforum-kaogong-essay-papercut-knife-junk",
        site="考公吧论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://www.kaogongba.net/thread-33071-1-1.html",
        title="一把剪纸刀里的文化传承",
        record_title="[申论小作文] 一把剪纸刀里的文化传承（第七次练笔）- 申论批改区 - 考公吧论坛",
        date=None,
        notes="an exam-forum essay as text with anti-scraping junk on lines and glued after sentences; a moderator's "
        "score and replies below; no date",
        page="""
!m 考公吧论坛 › 申论批改区
!t [申论小作文] 一把剪纸刀里的文化传承（第七次练笔）
!m 作者：小镇做题家　发表于 前天 23:12　阅读 688
{BODY}
!l 版主点评：立意准确，第三段论证可再加一个事例。参考得分 27/35
!l 1# 青岚：结构很稳，学习了
!a 回复可见完整批改稿　|　登录后回复
!m 考公吧论坛　京ICP备19003318号
""",
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=2),
        body="""
在羾水县的老街上，有一家开了六十年的剪纸铺，铺子里最值钱的不是那些获奖作品，而是老师傅手里那柄磨得发亮的剪纸刀。
一把刀，刻的是技艺。剪纸看似简单，实则讲究“刀随心走”。老师傅说，刀要自己磨，纸要自己挑，每一刀的轻重都要靠几十年的手感。这种技艺无法速成，只能在日复一日的坚持中沉淀。
一把刀，传的是精神。过去，学徒拜师先学磨刀，磨上三个月才许碰纸。这份耐心和敬畏，正是今天许多年轻人所缺少的工匠精神。
一把刀，连的是未来。近年来，一些地方把剪纸引进课堂，开设线上课程，让更多年轻人拿起了剪纸刀。传统文化要活下去，既要守住根脉，也要找到与当代生活相连的路径。
""",
    ),
    dict(
        slug="qa-wenwenkan-answer-rubber-change-question-title",
        site="问问看社区 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenkan.com/question/58213307",
        title="乒乓球拍胶皮多久换一次？",
        record_title=None,
        date=None,
        notes="no record title: the question in the <h1> is the title; an adopted-answer badge, an answerer card, a "
        "vote row and more answers; answer time relative (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>乒乓球拍胶皮多久换一次？ - 问问看</title>
<script src="https://s.wenwenkan.com/qa.min.js"></script>
</head><body>
<div class="qa-top">⟦m 问问看 · 有问题就问问看⟧ <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="qa-q">
<h1>{T}</h1>
<p class="qa-qmeta">⟦m 提问者：匿名用户　｜　12 人关注　｜　分类：体育运动⟧</p>
</div>
<div class="qa-best">
<span class="badge">⟦m ✔ 提问者采纳⟧</span>
<div class="qa-who">⟦m 拍友老周 · 乒乓球二级运动员　回答于 3 天前⟧</div>
<div class="qa-ans">
{BODY}
</div>
<div class="qa-vote">⟦l 有用 126　没用 3　评论 9⟧</div>
</div>
<div class="qa-others"><h3>⟦l 其余 4 条回答⟧</h3><p>⟦l 业余打的话一年一换就够了，别听商家忽悠⟧</p></div>
<div class="qa-rel"><h3>⟦l 你可能还想问⟧</h3><ul><li>⟦l 横拍和直拍哪个适合初学者？⟧</li><li>⟦l 底板开裂了还能修吗？⟧</li></ul></div>
<div class="qa-foot">⟦d 回答内容由网友提供，仅供参考。⟧⟦m 问问看 wenwenkan.com　沪ICP备20044127号⟧</div>
</body></html>
""",
        body="""
这个要看你打球的频率和胶皮的类型，没有统一的标准，我说说一般规律：
1.每周打两三次的业余爱好者，反手胶皮一般八个月到一年换一次，正手胶皮用得多，半年左右就该换了。
2.判断要不要换，主要看三点：胶面是否发白、失去黏性；拉球时是否明显“吃”不住球；海绵边缘是否出现裂纹或剥离。
3.球拍底板一般不用频繁更换，只要没有开裂、变形，用上几年都没问题。
另外提醒一句，换胶皮时最好用专用的无机胶水，粘完后压上重物放一晚，第二天再打，胶皮才粘得牢。
""",
    ),
    dict(
        slug="qa-wenwenkan-text-papercut-vs-utility-knife-junk",
        site="问问看社区 (invented Q&A, text copy)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenkan.com/question/60022418",
        title="剪纸刀和美工刀有什么区别？能互相替代吗？",
        record_title="剪纸刀和美工刀有什么区别？能互相替代吗？ - 问问看",
        date=None,
        notes="a Q&A copied as text with the question as a decorated record title (- site); an answerer card; junk on a "
        "line and glued after sentences; answer time 昨天 (no date)",
        page="""
!m 问问看 · 有问题就问问看
{T}
!m 提问者：一只小灯笼　|　分类：手工艺
!m 答主：纸上春秋　已帮助 2.1万人　回答于 昨天
{BODY}
!l 赞同 58　|　收藏　|　举报
!l 查看更多回答（7）
!l 相关问题：刻纸用什么垫板好？
!m 问问看 wenwenkan.com
""",
        junk=dict(lines=1, glued=2),
        body="""
两者看起来差不多，其实用途不一样。
美工刀的刀片是可以掰断的长条刀片，刀身宽、刀尖角度大，适合裁纸板、拆快递这种直线切割。剪纸刀的刀刃窄而短，刀尖细，常见的有斜口、圆口、平口几种，专门用来在红纸上刻细线、刻小孔。
刻简单的直线图案时，美工刀勉强能用，但刻鱼鳞、花瓣这种细碎的线条，美工刀的刀尖太钝，很容易把纸撕破。
所以如果只是偶尔玩一玩，可以先用美工刀凑合；要是真想学刻纸，还是买一套剪纸刀，再配一块刻板。给孩子用的话，一定选带刀套的，用完及时收好。
""",
    ),
    dict(
        slug="wiki-tiyu-entry-starting-pistol-infobox",
        site="体坛百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.titanbk.com/item/发令枪/40712",
        title="发令枪",
        record_title=None,
        date=None,
        notes="no record title: the entry name in the <h1> (which also opens the body: matched as head); an infobox, a "
        "contents box, edit/discuss/history tabs and reference markers glued after sentences; no date",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>发令枪_体坛百科</title>
<script src="https://baike.titanbk.com/static/item.js"></script>
</head><body>
<div class="bk-top">⟦m 体坛百科 · 体育知识共建共享⟧ <a>⟦a 创建词条⟧</a> <a>⟦a 登录⟧</a></div>
<div class="bk-tabs">⟦a 编辑词条　参与讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="bk-info">
<dl><dt>⟦m 中文名⟧</dt><dd>⟦m 发令枪⟧</dd><dt>⟦m 外文名⟧</dt><dd>⟦m starting pistol⟧</dd><dt>⟦m 用　途⟧</dt><dd>⟦m 竞速比赛发出起跑信号⟧</dd></dl>
</div>
<div class="bk-toc">⟦l 目录　1 结构　2 使用　3 发展⟧</div>
<div class="bk-main">
{BODY}
</div>
<div class="bk-ref"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 《田径竞赛裁判手册》编写组．田径竞赛裁判手册⟧</li><li>⟦l 县体育中心．发令器材使用培训讲义⟧</li></ol></div>
<div class="bk-stat">⟦m 词条统计　浏览次数：8,214　编辑次数：12　最近更新：5 个月前⟧</div>
<div class="bk-foot">⟦d 体坛百科词条内容仅供参考，如需专业意见请咨询相关机构。⟧</div>
</body></html>
""",
        body="""
发令枪是田径、游泳等竞速项目比赛中用于发出起跑信号的器具，通常由发令员举枪向上击发，以枪声作为起跑口令。
结构
传统发令枪多为左轮式，由枪身、转轮、击锤和扳机组成，使用专用发令弹，击发时只产生声响和烟雾，不发射弹丸。⟦m [1]⟧
使用
比赛中，发令员按“各就位”“预备”口令后击发。大型比赛多配有召回枪，运动员抢跑时由召回员再次鸣枪召回。⟦m [2]⟧
发展
随着电子计时的普及，许多比赛改用电子发令枪。电子发令枪不用火药，扳动扳机后由扬声器发出声音，同时向计时系统发送起跑信号，使各道次运动员几乎同时听到发令声。
""",
    ),
    dict(
        slug="wiki-xiangtu-entry-water-ladle-text",
        site="乡土百科 (invented encyclopaedia, text copy)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.xiangtubk.cn/wiki/shuipiao",
        title="水瓢",
        record_title="水瓢（日常器具）_乡土百科",
        date=None,
        notes="an entry copied as text: the record title carries a sense aside and _site; edit/history tabs, infobox "
        "lines, a stats line with a relative update time; no date",
        page="""
!m 乡土百科 —— 记录乡土中国的每一件小物
!t 水瓢（日常器具）
!a 编辑　|　讨论　|　历史版本
!m 中文名：水瓢　　别称：舀子、瓢　　材质：葫芦、木、塑料
{BODY}
!l 相关词条：葫芦　｜　水缸　｜　米筛
!m 词条统计：浏览 2,031 次 · 编辑 7 次 · 最近更新 2 个月前
!d 本词条由乡土百科志愿编者协作完成，欢迎补充。
""",
        body="""
水瓢是舀水用的日常器具，旧时多用老熟的葫芦对半剖开、掏净瓤籽后制成，也有用木头挖制或用椰壳、竹筒改制的。
制作
制作葫芦瓢须选皮厚、形正的老葫芦，晒干后锯开，刮去内瓤，再用砂纸打磨内壁。讲究的人家还会在瓢边缠一圈细藤，防止开裂。
用途
水瓢除了从水缸里舀水，还用来淘米、舀面、盛饲料。一些地方的婚俗中，新人各执半只瓢饮酒，取“合卺”之意。
俗语
民间有“按下葫芦浮起瓢”的说法，比喻顾此失彼。
现状
随着自来水普及，水瓢多改用塑料或不锈钢制作，葫芦瓢渐渐成为工艺品和民俗展品。
""",
    ),
]
