"""holdout197, part C: hobby forums, county forums, exam forums, blogs and personal collections.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="jiangren-forum-pliers-choice-jammer-html",
        site="匠人工具论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jiangrengj.com/thread-204417-1-1.html",
        title="老虎钳、尖嘴钳、斜口钳怎么选？说说我用了十年的体会",
        record_title="[老师傅说] 老虎钳、尖嘴钳、斜口钳怎么选？说说我用了十年的体会（附实拍）- 五金工具 - 匠人工具论坛",
        date=None,
        notes="Discuz-like tools forum: jammer fonts glued after sentences and on a line of their own; a rating "
        "row and a signature below the post; relative post time (no date); replies and a reply box",
        page="""
<html><head><meta charset="gbk">
<title>[老师傅说] 老虎钳、尖嘴钳、斜口钳怎么选？说说我用了十年的体会（附实拍）- 五金工具 - 匠人工具论坛</title>
<script type="text/javascript">var discuz_uid = '0';</script>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb">⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="hd">⟦m 匠人工具论坛 — 手艺人的五金家园⟧</div>
<div id="pt">⟦m 匠人工具论坛 › 五金工具 › 手动工具 › 查看内容⟧</div>
<div class="pls"><p>⟦m 钳工老阮⟧</p><p>⟦m 帖子 1286　精华 7　积分 5210⟧</p><p>⟦m 勋章：十年老会员⟧</p></div>
<div class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 3 天前　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_88031">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 评分　参与人数 6　威望 +9　金币 +30　理由：实用，收藏了⟧</div>
<div class="sign">⟦l 水电无小事，安全第一 —— 钳工老阮⟧</div>
<div class="po">⟦a 回复　引用　举报　收藏(41)⟧</div>
</div>
<div class="reply">⟦l 沙发　螺丝不松：斜口钳那段说到心坎里了⟧</div>
<div class="reply">⟦l 板凳　小电工阿杰：楼主能推荐个牌子吗？⟧</div>
<div id="f_pst">⟦a 高级模式　|　发表回复　|　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m 匠人工具论坛　( 浙ICP备19044027号-1 )　|　手机版　|　小黑屋⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
干了十几年水电，钳子用坏了不下二十把，说说我的看法，给新手参考。
老虎钳（钢丝钳）是主力，剪线、拧线、夹东西都靠它。选的时候看钳口咬合，对着光看不能透缝，刃口要硬，剪一段钢丝不崩口才算合格。
尖嘴钳适合在狭小的接线盒里弯线头，别拿它去拧大螺母，嘴很容易掰歪。
斜口钳专门剪线和扎带，剪口平整。便宜的斜口钳剪几次铜线刃口就卷了，建议多花点钱。
最后提醒一句，做电工活一定用带绝缘柄的，而且要看清耐压等级，别图便宜买那种套一层塑料皮的。
""",
    ),
    dict(
        slug="biyouhui-forum-highlighter-bleeding-junk-text",
        site="笔友会论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.biyouhui.net/forum/viewthread.php?tid=57702",
        title="荧光笔晕墨的几个原因和解决办法",
        record_title="【文具杂谈】荧光笔晕墨的几个原因和解决办法 - 文具控 - 笔友会论坛",
        date=None,
        notes="text forum thread: junk lines and junk glued after sentences; 发表于 昨天 (relative, no date); "
        "floor replies and a hidden-attachment prompt",
        page="""
!m 笔友会论坛 » 文具控 » 荧光笔/马克笔
!t 【文具杂谈】荧光笔晕墨的几个原因和解决办法
!m 楼主：纸短情长　　发表于 昨天 21:36　　查看 904　回复 17
{BODY}
!a 本帖附件（实拍对比图）仅会员可见，请登录后查看
!l 2#　蓝墨水：第二条太对了，中性笔没干就画必糊
!l 3#　Ivy小满：油性的画在课本上会透到背面，别问我怎么知道的
!a 快速回复　｜　回复可获得 1 笔币
!m 笔友会论坛 biyouhui.net　本站总帖数：613,207
""",
        junk=dict(lines=1, glued=3),
        body="""
很多笔友问荧光笔为什么一画就晕，我整理了一下自己踩过的坑。
一、纸的问题。薄的书写纸和铜版纸最容易晕，前者吸墨太快，后者墨干得慢。画之前先在书边角试一下。
二、先后顺序。用中性笔写完马上拿荧光笔去画，黑色墨水会被带开。最好等字迹干透，或者先画荧光再写字。
三、笔头的问题。用久的笔头会开叉，出墨不匀。有的牌子可以换笔头，别直接扔。
四、水性和油性。水性荧光笔适合课本，油性的适合画在照片和塑料上，别混用。
希望对大家有帮助，有补充的欢迎回帖。
""",
    ),
    dict(
        slug="sehe-county-forum-market-loudhailers-thread-h1",
        site="瑟河在线论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.seheonline.com/thread-91377-1-1.html",
        title="瑟河镇菜市场门口的高音喇叭能不能管管？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record (the thread subject); weather line, medals, an 官方回复 "
        "link and an ad QQ; jammer fonts glued and on a line; relative post time (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>瑟河在线 - 民生杂谈</title>
<style>.jm{display:none}</style></head><body>
<div class="top">⟦m 瑟河在线 · 瑟河人自己的论坛⟧　⟦m 今天：小雨 22~27℃⟧　⟦a 登录　注册⟧</div>
<div class="crumb">⟦m 瑟河在线 › 民生杂谈 › 帖子详情⟧</div>
<div class="post">
<div class="author">⟦m 老街住户阿梅　|　Lv.5 常住居民　|　勋章 ×3⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 2 天前　来自 手机客户端　|　浏览 3516　|　回复 62⟧</div>
<div class="msg">
{BODY}
</div>
<div class="gov">⟦l 【已转交】该帖已转交镇综合执法队，查看官方回复 &gt;&gt;⟧</div>
<div class="ops">⟦a 赞(128)　踩(2)　分享　举报⟧</div>
</div>
<div class="ad">⟦w 瑟河广告位招租，QQ：3094417720⟧</div>
<div class="replies"><p>⟦l 沙发　河边钓鱼人：早就该管了，周末睡个懒觉都不行⟧</p><p>⟦l 板凳　瑟河小李：支持，顶上去⟧</p></div>
<div class="foot">⟦m 瑟河在线　湘ICP备20017741号　|　联系版主　|　手机版⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
住在瑟河镇菜市场对面的居民，每天早上六点不到就被喇叭吵醒。
门口几家水果摊、卤菜店都挂着扩音喇叭，循环放“便宜卖了”“走过路过不要错过”，一放就是一整天。家里老人心脏不好，孩子读高三，晚上也要复习到很晚。
我们跟摊主商量过，有的关小了，过两天又开大。打过镇上的电话，说会来看看，到现在也没动静。
想问问坛里的朋友，这种情况该找哪个部门？有没有别的镇管得好的经验？
""",
    ),
    dict(
        slug="ruanjiang-county-forum-bathroom-mats-tips",
        site="阮江生活圈 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.rjshq.cn/t/33817",
        title="给老人浴室铺防滑垫的一点经验",
        record_title="[生活百科] 给老人浴室铺防滑垫的一点经验 - 阮江生活圈",
        date=None,
        notes="county forum text: weather line and board line at the top; a floor-counter line between "
        "paragraphs; relative post time (no date); a poster's aside glued after the last sentence",
        page="""
!m 阮江生活圈　｜　阮江 晴 9~18℃　空气质量 良
!m 首页 › 生活百科 › 居家
!t [生活百科] 给老人浴室铺防滑垫的一点经验
!m 楼主 阮江老邹　发表于 5 天前　只看楼主
{BODY}
!a 点赞　收藏　分享到朋友圈
!l 1楼　晴天娃娃：我家也是吸盘的到处跑，明天就去换
!l 2楼　江边客：楼主哪里买的PVC垫？求个店名
!m 阮江生活圈　客服热线 0731-8469900　桂ICP备18007743号
""",
        body="""
上个月我妈在卫生间滑了一跤，幸好没伤着骨头。之后我跑了几家店，前后买了三种防滑垫，说说体会。
吸盘式的最常见，但我家地砖有纹路，吸盘吸不住，用了一周就到处跑，反而更危险。
⟦m —— 本帖被 阮江小编 推荐到首页 ——⟧
带颗粒的背面防滑效果好，但颗粒会把地砖染黄，得隔几天掀起来晾一晾。
最后换成整块铺的PVC镂空垫，按卫生间尺寸裁好，水能漏下去，老人光脚踩上去也不滑。
另外提醒一下，门口那块吸水地垫一定要买底部带胶的，老人就是在这里摔的。
有需要的朋友可以参考，别像我一样走弯路。⟦m （手打不易，楼主已编辑 2 次）⟧
""",
    ),
    dict(
        slug="shangan-exam-forum-interview-armband-abuse-hidden",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/forum.php?mod=viewthread&tid=120775",
        title="结构化面试：志愿者劝导遭辱骂，你怎么处理",
        record_title="〔面试题库〕结构化面试：志愿者劝导遭辱骂，你怎么处理（含作答框架） - 面试交流 - 上岸驿站论坛",
        date=None,
        notes="exam forum: a reply-to-see prompt and a rating row; jammer fonts glued after sentences; a course "
        "ad on a line of its own between paragraphs; no date",
        page="""
<html><head><meta charset="utf-8"><title>〔面试题库〕结构化面试：志愿者劝导遭辱骂，你怎么处理（含作答框架） - 面试交流 - 上岸驿站论坛</title></head>
<body>
<div class="hd">⟦m 上岸驿站论坛 · 公考人的加油站⟧　⟦a 签到领驿站币⟧</div>
<div class="pt">⟦m 上岸驿站 › 面试交流 › 社区/街道岗⟧</div>
<div class="thread">
<h2>{T}</h2>
<div class="au">⟦m 楼主：面霸养成中　|　发表于 4 天前　|　查看 2207　|　回复 58⟧</div>
<div class="hide">⟦a 本帖隐藏的内容：回复本帖后可查看“高分考生作答录音”⟧</div>
<div class="content">
{BODY}
</div>
<div class="rate">⟦l 评分：思路清晰 +2　太有用了 +5⟧</div>
<div class="ops">⟦a 收藏　分享　举报　只看楼主⟧</div>
</div>
<div class="rep">⟦l 2楼　考编第三年：第三点回应舆情加得好⟧</div>
<div class="ft">⟦m 上岸驿站论坛　|　鄂ICP备21005932号　|　Archiver⟧</div>
</body></html>
""",
        junk=dict(lines=0, glued=3),
        body="""
题目：你是社区工作人员，组织佩戴红袖章的志愿者在小区门口劝导乱停车。一位车主不但不挪车，还辱骂志愿者并拍视频发到网上。你怎么处理？
答题思路：
第一，稳住现场。我会第一时间上前，把志愿者请到一边安抚情绪，同时礼貌地向车主说明此处是消防通道，请他配合挪车。
⟦w 想要一对一模拟面试？驿站名师点评，添加微信 shangan_ms⟧
第二，依法依规处理。车主仍拒不挪车的，联系物业和交警依法处理，不与其发生争执，保留现场照片。
第三，回应网上舆情。如视频引发关注，及时向街道汇报，以社区名义说明劝导经过，感谢志愿者付出。
第四，完善长效机制。在小区增设停车指引标识，开展文明停车宣传，给志愿者配备执法记录仪，让劝导有依据、有保障。
""",
    ),
    dict(
        slug="shangan-exam-forum-shenlun-loudhailers-junk",
        site="上岸驿站论坛 (invented exam forum, text copy)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://bbs.shanganyz.com/thread-121903-1-1.html",
        title="小喇叭里的大民生",
        record_title="[申论练笔] 小喇叭里的大民生（求大神批改） - 申论区 - 上岸驿站论坛",
        date=None,
        notes="exam-forum essay with junk glued after sentences and a junk line; a 'please critique' aside, "
        "floors and medals; relative time only (no date)",
        page="""
!m 上岸驿站论坛 › 申论区 › 大作文练笔
!t [申论练笔] 小喇叭里的大民生（求大神批改）
!m 作者：岸边的石头　|　4 天前　|　阅读 688　|　回复 12
!m 楼主勋章：申论打卡30天
{T}
{BODY}
!l 求各位老师拍砖，尤其是分论点是不是不够清楚？
!l 2楼　驿站批改组：立意不错，第三段可再加一个对策
!l 3楼　一战上岸：结尾那句很漂亮，借走了
!a 回复本帖　｜　点评（需驿站币 5）
""",
        junk=dict(lines=1, glued=3),
        body="""
在一些乡村，村口的大喇叭曾经是最重要的信息渠道。如今，手机普及了，喇叭似乎成了“老古董”，但在不少地方，它又以新的方式回到了人们身边。
汛期，山区停电断网，网格员拿着手持扩音喇叭挨家挨户喊话，把群众及时转移到安全地带；防诈宣传时，村干部用喇叭播放方言顺口溜，老人们一听就懂。这说明，基层治理不能只靠“指尖”，还要靠“嘴边”。
但喇叭用不好，也会成为扰民的“噪音源”。一些商户昼夜循环播放叫卖录音，一些村广播不分时段，引发群众不满。
小喇叭折射大民生。基层干部既要让喇叭喊得响，更要让群众听得进：内容要贴近生活，时段要尊重作息，音量要有分寸。只有把群众的感受放在心上，小喇叭才能传出大声音。
""",
    ),
    dict(
        slug="electrician-blog-wire-strippers-typecho",
        site="电工小阮的笔记 (invented Typecho-like blog)",
        style="博客",
        genre="博文",
        kind="other",
        form="html",
        source="https://xiaoruan.dgbiji.cn/archives/517/",
        title="剥线钳用坏了三把之后",
        date="2024-05-19",
        notes="record title as is; Typecho-like blog with a bracketed post time (the page's date), tag cloud, "
        "archive, comments and a comment form; a tip-jar line glued after a sentence",
        page="""
<!DOCTYPE HTML>
<html><head><meta charset="UTF-8"><title>剥线钳用坏了三把之后 - 电工小阮的笔记</title>
<link rel="stylesheet" href="/usr/themes/plain/style.css"></head>
<body>
<header><h1 class="site">⟦m 电工小阮的笔记⟧</h1><p class="desc">⟦m 一个家装电工的碎碎念⟧</p>
<nav>⟦m 首页 · 工具 · 现场 · 关于⟧</nav></header>
<main>
<article>
<h2 class="post-title">{T}</h2>
<p class="post-meta">⟦m [2024-05-19 21:40]　分类：工具　阅读：1,084⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：剥线钳, 手动工具, 踩坑⟧</p>
</article>
<nav class="post-near">⟦l « 上一篇：卫生间插座为什么要选防溅型⟧ ⟦l 下一篇：给新徒弟的第一份工具清单 »⟧</nav>
<section id="comments"><h3>⟦l 3 条评论⟧</h3>
<p>⟦l 夜猫电工：第三把太真实了，徒弟永远是工具杀手⟧</p>
<p>⟦l 阿Ken：求那把可调的型号⟧</p>
<form>⟦a 昵称（必填）　邮箱（必填）　网站　提交评论⟧</form></section>
</main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 插座 开关 剥线钳 漏保 配电箱 线管⟧</p>
<h3>⟦l 归档⟧</h3><p>⟦l 2024年5月 (4)　2024年4月 (6)　2024年3月 (3)⟧</p></aside>
<footer>⟦m © 2024 电工小阮的笔记 · Powered by Typecho⟧</footer>
</body></html>
""",
        body="""
做家装电工第六年，自动剥线钳已经用坏了三把，今天聊聊它们是怎么坏的。
第一把是二十几块的网红款，剥1.5平方的线还行，剥4平方的硬线时刀片直接崩了一个口。教训：看清标注的适用线径。
第二把用了两年，是弹簧断了。后来发现我习惯把它扔在工具包最底下，被电锤压着。教训：工具要分格放。⟦w 觉得有用？扫码请小阮喝杯茶⟧
第三把是被徒弟拿去剪钢丝，刃口彻底废了。教训：剥线钳不是斜口钳，别混用。
现在我用的是一把可调节剥线钳，用之前先在废线头上试一下深度，再也没伤过芯线。
""",
    ),
    dict(
        slug="teacher-blog-highlighter-notes-wrapped-58",
        site="阮老师的粉笔灰 (invented blog)",
        style="博客",
        genre="博文",
        kind="other",
        form="text",
        source="http://ruanlaoshi.blog.fenbihui.cn/post/2024/03/22/88.html",
        title="我教学生用荧光笔做笔记",
        record_title="【讲台手记】我教学生用荧光笔做笔记 | 阮老师的粉笔灰",
        date="2024-03-22",
        notes="blog text hard-wrapped at 58 columns; 发表于 line as the page's date; category line, prev/next "
        "and comments at the bottom",
        page="""
!m 阮老师的粉笔灰
!m —— 一个初中语文老师的课堂手记 ——
!t 【讲台手记】我教学生用荧光笔做笔记
!m 发表于 2024-03-22　｜　分类：课堂手记　｜　评论(5)
{BODY}
!l ← 上一篇：作文讲评课，我只讲一篇
!l → 下一篇：给家长的一封信：少买点教辅
!l 最新评论：教初二的小周：三遍画线法收藏了！
!m 本博客文章均为原创　Theme by Paper
""",
        wrap=58,
        indent="\u3000\u3000",
        body="""
开学第一周，我让初二的学生把语文书带来检查，发现不少同学的课本几乎每行都涂了荧光笔，黄的、粉的、绿的，看上去很用功。
我随手翻开《背影》，问一个同学为什么把“我买几个橘子去”画成了绿色，他说：“老师，我觉得这句话很重要。”再问为什么重要，他答不上来。
于是我用一节课教大家“三遍画线法”：第一遍只读不画；第二遍用铅笔圈出不懂的词；第三遍才用荧光笔画出能回答课后问题的句子，每页不超过三处。
一个月后再看，课本干净了许多，学生复述课文也更有条理了。荧光笔不是用来让书变好看的，而是帮我们找到真正的重点。
""",
    ),
    dict(
        slug="ruanshi-collection-fathers-pliers-essay",
        site="阮氏文存 (invented personal collection, old layout)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.ruanshiwencun.com/suiyue/3/017.htm",
        title="父亲的那把老虎钳",
        record_title="《岁月拾零》第三辑·父亲的那把老虎钳 - 阮氏文存",
        date=None,
        notes="retired worker's collection in an old layout: 繁简/朗读 links, chapter links, a visit counter and "
        "the author's mailbox; written 'in winter 2023' (year only: no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>《岁月拾零》第三辑·父亲的那把老虎钳 - 阮氏文存</title>
</head>
<body bgcolor="#F5F0E6">
<table width="760" align="center"><tr><td align="center">⟦m 阮 氏 文 存⟧</td></tr>
<tr><td align="center">⟦m 一个老机修工的文字角落⟧</td></tr>
<tr><td align="center">⟦a 【繁體】【简体】【朗读本文】【放大字号】⟧</td></tr>
<tr><td>⟦m 文存首页 &gt; 岁月拾零 &gt; 第三辑⟧</td></tr>
<tr><td align="center"><font size="5">{T}</font></td></tr>
<tr><td align="center">⟦m 作者：阮启明⟧</td></tr>
<tr><td>
{BODY}
<p align="right">（写于二〇二三年冬）</p>
</td></tr>
<tr><td align="center">⟦l ← 上一篇：厂门口的梧桐⟧　⟦l 回目录⟧　⟦l 下一篇：母亲的缝纫机 →⟧</td></tr>
<tr><td align="center">⟦w 来信请寄：ruanqm1951@yeah.net⟧</td></tr>
<tr><td align="center">⟦m 您是本站第 00086172 位访客⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
父亲是钹川农机厂的老钳工，家里有一把他用了三十多年的老虎钳。钳柄上的红漆早已磨光，露出黑亮的铁色，钳口却依旧咬得严丝合缝。
小时候，家里的板凳腿松了、自行车链条掉了、院门的插销锈了，父亲都是拿着这把钳子三两下就弄好。我总觉得它无所不能。
父亲退休那年，把钳子擦干净、上了油，用旧报纸包好放进抽屉。他说：“工具跟人一样，不用也得养着。”
如今父亲已经走了五年。每次搬家，我都把这把老虎钳带在身边。握着它，就像握住了父亲那双粗糙而温暖的手。
""",
    ),
    dict(
        slug="wanqing-collection-armband-alley-essay",
        site="晚晴小札 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wanqingxiaozha.cn/juan1/012.html",
        title="巷口的红袖章",
        record_title="巷口的红袖章 ·《晚晴小札》卷一",
        date=None,
        notes="essay in a personal collection with a blank line between paragraphs; chapter navigation, word "
        "count line, an 'about the author' box and a reprint notice on a line of its own between paragraphs; no date",
        page="""
!m 晚晴小札　·　卷一　人间烟火
!m 目录 ／ 卷一 ／ 第十二篇
!t 巷口的红袖章 ·《晚晴小札》卷一
!m 字数 412　｜　阅读约 2 分钟
{BODY}
!l 上一篇：菜场里的秤　　下一篇：楼道里的灯
!l 返回卷一目录
!m 关于作者：退休语文教师，闲来记些街坊旧事。
!d 本站文字未经作者同意，请勿转载。
""",
        gap=True,
        body="""
我家巷口有一张褪了色的藤椅，每天早上七点，王奶奶都会准时坐在那里，左臂上别着一只红袖章。
红袖章上印着“治安志愿者”五个黄字，边上已经磨得起了毛。王奶奶说，这是她戴的第三只了。
巷子里谁家来了生人，谁家孩子放学没回家，谁家煤气味不对，她都第一个知道。有一年冬天，对门的独居老人在家摔倒，就是她听见动静叫来了人。
⟦d 〔本篇为作者原创，转载请先征得同意〕⟧
前几天路过巷口，藤椅空着。邻居说王奶奶住院了，临走前把红袖章交给了楼上的小陈。
第二天一早，小陈坐在了那把藤椅上，红袖章在晨光里格外显眼。
""",
    ),
]
