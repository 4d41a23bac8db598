"""Holdout9, part E: forums, blogs and Q&A — a forum thread with signatures and quote boxes,
a local forum in HTML with anti-scraping junk, a blog with a tag cloud and an archive, a
personal blog, a Q&A 经验 site, an encyclopedia-style answer, a civil-service-exam forum
and a personal collection. Written blind; everything invented."""

CASES = [
    dict(
        slug="forum-qiaoyou-thread-signature-quote-junk",
        site="笔友茶馆论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.biyouchaguan.example.com/thread-228173-1-1.html",
        title="驻村两年，我对群众工作的几点体会",
        record_title="驻村两年，我对群众工作的几点体会 - 机关生活 - 笔友茶馆论坛",
        date="2025-05-18",
        notes="a forum thread: decorated record title; the poster's card (UID, 帖子, 精华), the poster's signature under a dashed line, a reply quoting the post in a quote box; anti-scraping junk glued after sentences and on lines of its own",
        junk=dict(lines=1, glued=3),
        page="""
!m 笔友茶馆论坛 › 机关生活 › 查看帖子
!t 驻村两年，我对群众工作的几点体会
!m 楼主　老井边　UID 30921　帖子 712　精华 3　发表于 2025-5-18 21:07
!l 电梯直达　｜　只看该作者
{BODY}
!m ------------------------------
!m 签名：宁可慢一点，也要稳一点。｜ 个人空间 space.biyou.example.com/u/30921
!l 沙发　青石板　发表于 2025-5-18 21:30
!l 引用：老井边 发表于 2025-5-18 21:07　驻村两年，我对群众工作的几点体会……
!l 说得太实在了，群众工作就是要多跑腿。
!a 回复　　支持(21)　　反对(0)　　举报
""",
        body="""
2023年春天，我被单位派到樟溪村担任驻村第一书记，到今年三月期满回到机关。两年时间不长，却让我对群众工作有了全新的认识，写下来和坛友们交流。
一是要先当学生再当先生。刚到村里，我拿着文件跟村民讲政策，大家并不买账。后来我跟着老支书下地、赶集、串门子，慢慢知道了村民最关心什么，说话才有人听。
二是要把小事当大事办。村里一位老人的低保认定卡了半年，我跑了三趟民政所把问题解决了。这件事在村里传开后，找我反映问题的人一下子多了起来。
三是要有长远眼光。驻村帮扶不能只做“交钥匙”工程，要帮村里培养人、留下产业。我们引进的菌菇种植项目，现在由村里的返乡青年在经营，年收入二十多万元。
两年驻村，是我工作以来最难忘的经历。群众工作没有捷径，只有把心沉下去，才能把事办好。
""",
    ),
    dict(
        slug="localforum-html-minutes-jammer-floors",
        site="榴湾人家论坛 (invented)",
        style="地方论坛",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.liuwanrenjia.example.com/forum.php?mod=viewthread&tid=66210",
        title="榴湾镇第十一届业主委员会第四次会议纪要",
        record_title="榴湾镇第十一届业主委员会第四次会议纪要-业委会公告-榴湾人家",
        date="2025-02-23",
        notes="HTML local forum: decorated record title; jammer font junk glued in the post and as a line of its own; floor numbers, a 'new user must reply to see' notice and a float ad; the minutes' 时间/地点/出席 lines stay; the date from the 时间 line",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>榴湾镇第十一届业主委员会第四次会议纪要-业委会公告-榴湾人家</title></head><body>
<div id="hd">⟦m 榴湾人家 - 榴湾人的网上家园⟧ <a>⟦a 立即注册⟧</a> <a>⟦a 找回密码⟧</a></div>
<div id="pt">⟦m 榴湾人家 › 社区生活 › 业委会公告⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 锦华苑业委会　主题 18　积分 306⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="pti">⟦m 楼主　发表于 2025-2-24 10:12⟧ ⟦l 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="notice">⟦d 本帖内容由网友发布，与本站立场无关，如有争议请通过站内信联系管理员。⟧</div>
<div class="float">⟦w 装修找榴湾家装，热线 0739-8125566⟧</div>
<div class="reply"><p>⟦l 2#　阿秀姐　这次会议效率高⟧</p><p>⟦l 快速回复　发表回复⟧</p></div>
</body></html>
""",
        body="""
时间：2025年2月23日下午3时
地点：锦华苑小区物业服务中心二楼会议室
出席：业委会主任苏建新，副主任谭红，委员韦大成、廖小青、钱亮
列席：物业服务企业项目经理邹静
会议由苏建新主持，主要议定了以下事项。
一、关于小区电梯更新改造。会议同意启动3栋、5栋共四台电梯的更新改造，资金从专项维修资金中列支，改造方案于3月10日前在小区公告栏公示，征求业主意见。
二、关于停车位收费标准。会议认为现行收费标准执行多年，是否调整须经业主大会表决，暂不作调整。
三、关于物业服务质量评价。会议决定于3月组织一次业主满意度问卷调查，结果在下次会议上通报。
记录人：廖小青
""",
    ),
    dict(
        slug="blog-tagcloud-archive-html-insight",
        site="栖木笔记博客 (invented)",
        style="博客",
        genre="读后感",
        kind="other",
        form="html",
        source="https://qimu-notes.example.blog/2025/04/reading-notes-county-governance.html",
        title="读《县域治理三十讲》有感",
        record_title="读《县域治理三十讲》有感 :: 栖木笔记",
        record_date="2025-04-20",
        date="2025-04-20",
        notes="HTML blog: record title :: blog; a tag cloud and a monthly archive in the sidebar, a 'posted in / tagged' footer, previous/next post links, a comment form; a quoted book sentence as its own paragraph stays",
        page="""
<html><head><meta charset="utf-8"><title>读《县域治理三十讲》有感 :: 栖木笔记</title></head><body>
<header><h2>⟦m 栖木笔记⟧</h2><p>⟦m 一个基层工作者的读书与思考⟧</p></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 2025年4月20日　作者：栖木　阅读 1,204⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 发表在 读书笔记 | 标签：县域治理, 基层, 读书⟧</footer>
<nav>⟦l « 上一篇：春日下乡手记⟧ ⟦l 下一篇：关于写材料的几点笨办法 »⟧</nav>
<div class="comments"><h3>⟦l 发表评论⟧</h3><p>⟦a 电子邮件地址不会被公开。必填项已用*标注⟧</p></div>
</article></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 读书　基层　调研　公文写作　乡村振兴　随笔⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年4月 (3)⟧</li><li>⟦l 2025年3月 (5)⟧</li><li>⟦l 2025年2月 (2)⟧</li></ul></aside>
<footer>⟦d © 2025 栖木笔记 · 自豪地采用开源博客程序⟧</footer>
</body></html>
""",
        body="""
最近利用周末时间读完了《县域治理三十讲》。这本书的作者长期在县里工作，书中讲的都是他亲身经历的事，读起来很亲切。
书中有一句话让我印象深刻：
“县一级是发展经济、保障民生、维护稳定的重要基础，也是干部干事创业、锻炼成长的基本功训练基地。”
作者用大量篇幅讲了县里如何处理发展与稳定的关系。他说，县里的事情千头万绪，最忌讳的是“拍脑袋决策、拍胸脯保证、拍屁股走人”。这句话虽然有些俗，却很有道理。
书中还讲到调查研究的方法。作者主张“脚板底下出真知”，每到一个新岗位，都要先用两三个月时间把所有乡镇跑一遍。
读完这本书，我最大的感受是：基层工作没有那么多高深的理论，靠的是对群众的感情和实实在在的担当。
""",
    ),
    dict(
        slug="blog-personal-wrapped-plan-file-title",
        site="一苇渡江的博客 (invented)",
        style="博客",
        genre="工作计划",
        kind="plan",
        form="text",
        source="http://yiweidujiang.blog.example.com/articles/2025/01/12/520.html",
        title="2025年办公室个人工作计划",
        record_title="2025年办公室个人工作计划.txt",
        date=None,
        notes="a personal blog: file-name record title .txt; hard-wrapped at 80 columns; a 'category / views / comments' line, a reprint line in new words, a blogger's profile box and a visitor counter at the bottom; no date",
        wrap=80,
        indent="\u3000\u3000",
        page="""
!m 一苇渡江的博客　｜　写给自己看的工作笔记
!t 2025年办公室个人工作计划
!m 分类：工作笔记　｜　阅读(386)　｜　评论(4)　｜　2025-01-12 22:40
{BODY}
!d 如需转载，烦请留言告知并附上本文链接，谢谢。
!m 博主：一苇渡江　｜　某县直单位办公室　｜　博龄 9 年
!m 今日访客 37　总访客 218,306
""",
        body="""
新的一年，结合办公室工作实际和自身岗位职责，制定本年度个人工作计划如下。
一、加强学习，提升综合素质。每月至少精读一本业务书籍，认真学习公文写作和办公室工作相关知识，力争全年撰写学习笔记三万字以上。
二、做好文稿起草工作。提前谋划年度重要会议和重大活动的材料，做到早准备、早动笔、早送审；对领导交办的文稿，做到当日事当日毕。
三、规范公文处理流程。严格落实收文登记、拟办、传阅、归档等环节的要求，确保公文运转及时、准确、安全，全年公文差错率控制在千分之一以下。
四、做好会务和后勤保障。认真组织好各类会议，做到会前有方案、会中有服务、会后有落实。
五、严守纪律规矩。自觉遵守保密制度，管好用好涉密文件和载体，做到不该说的不说、不该问的不问。
""",
    ),
    dict(
        slug="jingyan-howto-summary-steps-votes",
        site="百晓经验 (invented)",
        style="问答社区",
        genre="经验",
        kind="other",
        form="text",
        source="https://jingyan.baixiao.example.com/article/7c1a0f9e3d.html",
        title="怎样写好一份会议纪要",
        date=None,
        notes="a how-to 经验 site: the record gives the plain title; a 'was this useful' vote row with counts, an author badge with a level, a 'report' link; the steps' own 第N步 numbering and a sentence telling readers to 打印 the draft stay",
        page="""
!m 百晓经验 > 职场/理财 > 公文写作
!t 怎样写好一份会议纪要
!m 原创　｜　浏览：5.8万　｜　更新：2025-02-19
!m 经验作者：写材料的阿青　LV.7　已发布 214 篇经验
{BODY}
!d 经验内容仅供参考，如果您需解决具体问题，建议您详细咨询相关领域专业人士。
!l 投票（826）　　有得（31）　　我有疑问（2）
!a 收藏　分享　举报
""",
        body="""
会议纪要是记载和传达会议主要情况和议定事项的公文，写好会议纪要需要注意以下几个步骤。
第1步　会前做好准备。了解会议的议题、出席人员和有关背景材料，提前拟好纪要的框架。
第2步　会中认真记录。重点记下主持人的总结讲话和会议议定的事项，对有分歧的意见要如实记录。
第3步　会后及时整理。纪要的标题一般由会议名称加“纪要”组成，正文由会议概况和议定事项两部分构成，议定事项常用“会议指出”“会议强调”“会议要求”等开头。
第4步　严格审核把关。纪要初稿写好后，可以先打印出来逐字校对，再按程序报主持人审定后印发。
注意事项
会议纪要不同于会议记录，不能有闻必录，要提炼要点、突出结论。
""",
    ),
    dict(
        slug="baike-answer-entry-references",
        site="知了百科问答 (invented)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="text",
        source="https://baike.zhiliao.example.com/wenda/8830127.html",
        title="请示和报告有什么区别？",
        record_title=None,
        date=None,
        notes="no record title, no date; an encyclopedia-style answer: the question as the title, a '最佳答案' label and an answerer line, a reference list and a 'related questions' box, a 'this answer was adopted' glued line; a table comparing the two genres stays",
        page="""
!m 知了百科问答 · 公文写作分类
{T}
!m 提问者：匿名网友　｜　2个回答　｜　浏览 9,226
!l 最佳答案
!m 回答者：公文小学堂　采纳率 89%
{BODY}
!l 该回答已被提问者采纳　｜　有用 412
!m 参考资料：《党政机关公文处理工作条例》
!l 相关问题：函和请示可以混用吗？　｜　纪要需要盖章吗？
""",
        body="""
请示和报告都是上行文，但两者有明显区别。
区别　请示　报告
行文目的　请求指示、批准　汇报工作、反映情况
行文时间　事前行文　事后或事中行文
内容要求　一文一事　可一文数事
是否需要批复　需要批复　不需要批复
简单来说，请示是“要答复”的，报告是“让知道”的。实际工作中最常见的错误，是在报告中夹带请示事项，或者把请示写成“请示报告”，这两种写法都不规范。
""",
    ),
    dict(
        slug="gkforum-interview-notes-junk-lines",
        site="一战成公考论坛 (invented)",
        style="公考论坛",
        genre="经验",
        kind="other",
        form="text",
        source="https://bbs.yizhancheng.example.com/thread-99120-1-1.html",
        title="结构化面试备考经验分享",
        record_title="【经验帖】结构化面试备考经验分享",
        date="2025-07-06",
        notes="an exam forum: decorated record title 【经验帖】; a moderator's 'highlighted' banner, the poster's level and posting time, a 'reply to see hidden content' box, a points reward line; anti-scraping junk glued in two places and one line of its own",
        junk=dict(lines=1, glued=2),
        page="""
!m 一战成公考论坛 » 面试交流区
!d 本帖被版主 晨跑的蜗牛 加入精华，奖励 30 金币
!t 【经验帖】结构化面试备考经验分享
!m 楼主：熬夜也要上岸　｜　Lv.5 进阶学员　｜　2025-7-6 23:18
{BODY}
!a 本帖隐藏的内容需要回复才可以浏览
!l 评分　参与人数 6　金币 +42　收起理由：经验实用
!l 回复　引用　举报　｜　返回列表
""",
        body="""
今年省考面试我考了84.6分，排名从笔试第三逆袭到第一。分享一下我的备考方法，希望对大家有帮助。
一、先搭框架再练表达。面试题型主要是综合分析、组织管理、应急应变和人际沟通，每种题型都要有自己的答题框架，但不能死背模板。
二、每天至少练三道题。我和两个研友组成练习小组，每天晚上用视频互相计时答题，答完互相点评，一个月下来进步非常明显。
三、注意语言的口语化。面试不是背作文，要像跟考官聊天一样自然，多用短句，少用长句。
四、重视仪表和礼仪。进门问好、坐姿端正、答完说“回答完毕”，这些细节都会影响考官的第一印象。
最后想说，面试是可以通过练习提高的，大家一定要开口练，光看不练是没有用的。
""",
    ),
    dict(
        slug="anthology-wenyuan-speech-chapter-nav",
        site="竹窗文存 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://zhuchuang.example.org/wencun/juan3/17.html",
        title="在县作家协会第五次会员代表大会上的致辞",
        record_title="卷三·第十七篇　在县作家协会第五次会员代表大会上的致辞",
        date="2024-12-15",
        notes="a personal collection: decorated record title 卷三·第十七篇; the date under the title in brackets (neutral), a 'collection / volume' nav, 上一篇/下一篇 and a 'back to contents' link, a collector's note at the bottom",
        indent="\u3000\u3000",
        gap=True,
        page="""
!m 竹窗文存　·　卷三　讲话致辞
!t 卷三·第十七篇　在县作家协会第五次会员代表大会上的致辞
（2024年12月15日）
{BODY}
!d 编者按：本文据作者手稿录入，个别字句有删节。
!l ← 第十六篇　在全县读书月启动仪式上的讲话
!l 第十八篇　给青年写作者的一封信 →
!l 返回卷三目录
""",
        body="""
各位作家朋友，同志们：
今天，县作家协会第五次会员代表大会隆重开幕了。我谨代表县委宣传部，向大会的召开表示热烈的祝贺！向全县广大文学工作者致以诚挚的问候！
五年来，全县作家深入生活、扎根人民，创作出版长篇小说六部、散文集十一部，二十余篇作品在省级以上刊物发表，文学事业呈现出良好的发展态势。
希望大家坚持以人民为中心的创作导向，把笔触对准家乡的山水和人民，写出更多有温度、有筋骨的好作品。
县委宣传部将一如既往地关心支持文学事业，为大家创作提供更好的条件。
预祝大会圆满成功！
""",
    ),
]
