"""Holdout14, part D: forums, Q&A and file pages — a BBS archive with 发信人 headers, a
Discuz board with jammer fonts, city and county forums with junk, civil-service-exam
boards, a Q&A bounty board, a column-style answer, an encyclopaedia entry, a how-to
经验 page, cloud-drive shares and download sites. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="bbs-shuiyun-archive-insight-headers",
        site="水云间BBS精华区 (invented bulletin-board archive)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.shuiyunjian.example.edu.cn/bbsanc?path=/groups/GROUP_4/Career/D8A3/M.1741526.A",
        title="基层选调生一年工作体会",
        record_title="[合集] 基层选调生一年工作体会",
        date="2025-03-09",
        notes="a bulletin-board archive: 发信人/信区/标 题/发信站 headers (the 发信站 line's time is the post's publish line), a quoted reply marker line, the board's origin line ※ 来源 and a 修改 line at the bottom, the archive's nav row; the post's own body",
        page="""
!m 水云间BBS → 精华区 → 职业发展(Career) → 选调生专题
!m 发信人: qingshan08 (青山不老), 信区: Career
!t 标  题: [合集] 基层选调生一年工作体会
!m 发信站: 水云间 (2025年03月09日21:13:05 星期日), 站内
{BODY}
!m --
!m ※ 来源:·水云间 bbs.shuiyunjian.example.edu.cn·[FROM: 10.18.44.*]
!m ※ 修改:·qingshan08 于 2025年03月09日21:20:41 修改本文·
!l [返回上一页] [本讨论区] [同主题阅读]
""",
        body="""
去年七月，我作为选调生被分配到离县城八十公里的岔河乡工作，转眼已经一年了。应版主之邀，写几点体会和师弟师妹们交流。
第一，要放下身段。刚到乡里时，我以为自己是研究生，写写材料不在话下。结果第一次下村入户，老乡说的方言我一半听不懂，问的问题也答不上来。后来我跟着村干部一家一户地跑，才慢慢摸清了情况。
第二，要学会做群众工作。乡里的事大多琐碎，修一条路、调一块地、劝一户人家签字，都需要耐心。群众不看你说了什么，只看你做了什么。
第三，要守得住寂寞。乡里晚上很安静，我给自己定了规矩：每周读一本书，每月写一篇调研笔记。一年下来，写了十一篇，其中两篇被县里采用。
选调生的路不好走，但很值得走。愿大家都能在基层找到自己的价值。
""",
    ),
    dict(
        slug="discuz-jiangcheng-plan-jammer-html",
        site="江城公文社区 (invented, Discuz-style)",
        style="论坛",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://bbs.jcgwsq.example.com/thread-220917-1-1.html",
        title="2026年社区党委工作计划",
        record_title="[原创分享] 2026年社区党委工作计划（欢迎拍砖）",
        date="2025-12-29",
        notes="a Discuz post: jammer font junk glued after 。 and on lines of its own inside the post, the 发表于 line is the page's date, a user card, a 'this post was last edited' line, a rating box, a reply list and the forum footer with Processed time",
        page="""
<html><head><meta charset="gbk"><title>[原创分享] 2026年社区党委工作计划（欢迎拍砖） - 总结计划 - 江城公文社区</title></head><body>
<div id="toptb">⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 江城公文社区 › 写作交流 › 总结计划 › 查看内容⟧</div>
<table><tr><td class="pls"><p>⟦m 老枫树⟧</p><p>⟦m 帖子 862 精华 5 威望 1320⟧</p></td>
<td class="plc"><h1>⟦t [原创分享] 2026年社区党委工作计划（欢迎拍砖）⟧</h1>
<div class="authi">⟦m 发表于 2025-12-29 22:47 | 只看该作者 | 倒序浏览⟧</div>
<div class="pstatus">⟦m 本帖最后由 老枫树 于 2025-12-29 22:59 编辑⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 3　威望 +6　收起理由：很给力！⟧</div>
<div class="po">⟦a 回复 支持 反对 举报⟧</div></td></tr></table>
<div class="reply"><p>⟦l 沙发 · 溪边草 发表于 2025-12-30 08:12⟧</p><p>⟦l 框架很清楚，借鉴了⟧</p>
<p>⟦l 板凳 · 阿土 发表于 2025-12-30 09:30⟧</p><p>⟦l 第三部分能不能再展开一点⟧</p></div>
<div id="ft">⟦m 江城公文社区 ( 鄂ICP备17011235号 ) GMT+8, 2026-1-3 11:02 , Processed in 0.071 second(s), 24 queries .⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=4),
        body="""
2026年，社区党委将以党建引领基层治理为主线，聚焦居民急难愁盼，推动社区各项工作再上新台阶。
一、加强党组织自身建设。落实“三会一课”制度，每季度开展一次主题党日活动；推进楼栋党小组全覆盖，年内新建楼栋党小组八个。
二、推进网格化治理。优化调整网格十六个，配齐专职网格员，建立“网格员每日巡查、社区每周研判、街道每月调度”工作机制。
三、办好民生实事。新建社区老年食堂一处，改造老旧小区两个，增设电动自行车集中充电桩一百二十个。
四、深化共驻共建。与辖区十二家单位签订共建协议，建立需求、资源、项目“三张清单”，推动资源共享、难题共解。
五、抓好平安建设。常态化开展矛盾纠纷排查化解，加强反诈宣传，力争全年无重大治安案件。
""",
    ),
    dict(
        slug="cityforum-liucheng-water-outage-junk",
        site="柳城论坛 (invented city forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.liucheng.example.cn/forum.php?mod=viewthread&tid=5518820",
        title="关于城北片区临时停水的通知",
        record_title="关于城北片区临时停水的通知",
        date="2025-08-14",
        notes="a city forum repost: a board's top banner, the poster's line, anti-scraping junk as lines and glued after 。; the water company's own service hotline and the list of affected streets stay; a 'from the phone client' line, replies and a 'hot posts this week' list with reply counts",
        junk=dict(lines=2, glued=3),
        page="""
!m 柳城论坛 › 民生热线 › 停水停电
!a 发新帖　回复　收藏(14)
{T}
!m 楼主：城北老街坊　|　2025-08-14 10:26　|　查看 3,018　回复 22
{BODY}
!m 来自 柳城论坛 iPhone 客户端
!l 2# 好好学习：又停水，赶紧接水去
!l 3# 晚风：感谢转发
!l 本周热帖：
!l 柳城二中新校区9月投用（回复 318）
!l 北环路夜间施工扰民，已投诉（回复 96）
""",
        body="""
各位用户：
因城北水厂出厂主管道迁改施工，我公司定于2025年8月16日8:00至8月17日2:00对城北片区暂停供水，恢复供水时间视施工进度可能提前或延后。
停水范围：北环路以南、胜利路以北、建设大道以东、柳江以西的区域，包括北门街、花园路、新村路、工人路沿线住户和单位。
请各用户提前做好储水准备，停水期间关闭水龙头，以免恢复供水时跑水造成损失。恢复供水初期水质可能浑浊，请放水片刻后再使用。
由此给您带来的不便，敬请谅解。如有疑问，请拨打供水服务热线0772-3338 110。
柳城市自来水有限公司
2025年8月14日
""",
    ),
    dict(
        slug="countyforum-xianghe-elders-initiative-junk",
        site="香河人家 (invented county forum)",
        style="地方论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.xianghe-renjia.example.net/thread-80417-1-1.html",
        title="倡议书",
        title_also=["移风易俗倡议书"],
        record_title=None,
        date="2025-02-05",
        date_also=["2025-02-06"],
        notes="no record title; a county forum: junk glued after 。; a village elders' council's initiative on frugal weddings and funerals with a quoted slogan and its own numbered items; Chinese-numeral 成文日期; forum medal row and signature line under the post",
        junk=dict(lines=1, glued=3),
        page="""
!m 香河人家 - 香河人自己的网上家园
!m 首页 › 乡音乡情 › 村里那些事
!l 勋章：热心乡亲　老会员
!m 乡贤理事会小董 发表于 2025-2-6 09:15
{T}
{BODY}
!m ------ 签名：家乡的事，就是我的事 ------
!a 回复　引用　举报
""",
        body="""
全镇广大乡亲们：
近年来，我镇婚丧喜庆大操大办、人情往来攀比之风有所抬头，不少家庭为此背上沉重负担。为弘扬文明新风，镇乡贤理事会向全镇乡亲发出如下倡议：
一、婚事新办。提倡不要高价彩礼，婚宴不超过十五桌，不搞铺张浪费的车队和排场。
二、丧事简办。提倡文明节俭治丧，不大摆宴席，不搞封建迷信活动，治丧期一般不超过三天。
三、其他喜事不办或简办。除婚丧外，升学、参军、乔迁、满月等一般不办酒席，确需办理的只邀请直系亲属。
让我们共同践行“喜事新办、丧事简办、其他事不办”，做文明乡风的倡导者和推动者！
香河镇乡贤理事会
二〇二五年二月五日
""",
    ),
    dict(
        slug="gkforum-shenlun-essay-floors-decorated",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="评论",
        kind="other",
        form="text",
        source="https://bbs.shanganba.example.com/shenlun/t-330192.html",
        title="以“小切口”推动“大民生”",
        record_title="【申论范文】以“小切口”推动“大民生”（省考A卷大作文，预估45+）",
        date=None,
        notes="an exam forum: decorated record title; a mod's highlight note, a score-estimate box and a 'reply to see the answer key' prompt, floors with user levels and points, a 'hot topics' list; the essay is the body; no date",
        indent="\u3000\u3000",
        page="""
!m 上岸吧公考论坛 › 申论专区 › 范文研习
!t 【申论范文】以“小切口”推动“大民生”（省考A卷大作文，预估45+）
!m 楼主　备考小白兔　Lv.6　积分 2281
!d 版主提示：本帖为考生自拟范文，观点仅供交流，不代表官方答案。
{BODY}
!a 🔒 回复本帖可查看批改要点
!l 1楼　申论阅卷人（认证讲师）：立意准确，分论点层次清楚，第三段论证略单薄。
!l 2楼　一战成公：mark，明天默写
!l 热门话题：# 省考面试真题 #　# 申论大作文模板 #　# 行测时间分配 #
""",
        body="""
民生无小事，枝叶总关情。群众的获得感往往就藏在一条路灯是否明亮、一个菜市场是否便利、一部电梯能否加装这样的“小事”里。以“小切口”推动“大民生”，是新时代基层治理的应有之义。
以“小切口”推动“大民生”，要善于发现问题。一些地方建立“民生微实事”项目库，由居民提出需求、社区议定项目、政府出资实施，让群众的“微心愿”变成政府的“任务单”。
以“小切口”推动“大民生”，要敢于较真碰硬。老旧小区加装电梯难在协调，有的街道组织党员干部逐户上门，一栋一策化解分歧，让“悬空老人”走下了楼。
以“小切口”推动“大民生”，还要久久为功。民生工作没有终点，只有连续不断的新起点，必须建立长效机制，防止“一阵风”。
把小事当作大事办，把群众的事当作自己的事办，我们就一定能够交出一份让人民满意的民生答卷。
""",
    ),
    dict(
        slug="gkforum-interview-experience-html",
        site="选调之家论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.xuandiaozhijia.example.com/bbs/post/77120",
        title="省直遴选面试经验分享：从两次落榜到上岸",
        record_title="省直遴选面试经验分享：从两次落榜到上岸",
        date="2025-10-12",
        notes="an exam forum HTML page: a sign-in reward bar, the 发表于 line is the page's date, a 'hidden content, reply to see' box and a course ad between paragraphs, a thank-you counter, a related-threads list and a footer",
        page="""
<html><head><meta charset="utf-8"><title>省直遴选面试经验分享：从两次落榜到上岸-选调之家论坛</title></head><body>
<div class="sign">⟦a 每日签到领金币，连续7天送面试题库⟧</div>
<div class="loc">⟦m 选调之家论坛 > 遴选交流 > 经验分享⟧</div>
<div class="post">
<h1>{T}</h1>
<p class="meta">⟦m 作者：落叶归根　发表于 2025-10-12 23:05　阅读 6,702　回复 58⟧</p>
{BODY}
<p class="thx">⟦l 感谢楼主（126）⟧</p>
</div>
<div class="rel"><h4>⟦l 相关帖子⟧</h4><ul>
<li>⟦l · 遴选笔试案例分析题怎么拿高分⟧</li><li>⟦l · 结构化面试综合分析题答题思路汇总⟧</li></ul></div>
<div class="ft">⟦d 论坛内容由网友发布，与本站立场无关　©选调之家⟧</div>
</body></html>
""",
        body="""
今年是我第三次参加省直机关公开遴选，终于在面试中逆袭上岸。把自己的一些体会写下来，希望对大家有帮助。
第一，答题要有“机关味”。前两次面试，我的答案像在写作文，观点多但不落地。后来我把近三年的省委全会报告和省政府工作报告反复研读，答题时注意用工作的语言讲工作的事。
⟦a 【面试封闭集训营】报名倒计时3天，点击咨询 >>⟧
第二，要把题目放到具体岗位上。遴选面试考的不是“应该怎么做”，而是“你在这个岗位上会怎么做”。比如问到组织调研，我会说清楚调研对象、调研方式、成果怎么转化。
⟦a 此处内容已隐藏，回复后可见⟧
第三，多练多录。我每天录一道题，回放时挑毛病，语速、眼神、口头禅一个个改。三个月下来，录了一百多道题。
最后想说，遴选是一场马拉松，坚持到最后的人往往就是胜利者。祝大家都能如愿上岸！
""",
    ),
    dict(
        slug="bounty-qa-letter-template-html",
        site="问必答悬赏平台 (invented Q&A bounty board)",
        style="问答社区",
        genre="函",
        kind="other",
        form="html",
        source="https://www.wenbida.example.com/q/2025/771205.html",
        title="单位之间商洽开展联合培训的函怎么写？",
        record_title="悬赏50积分｜单位之间商洽开展联合培训的函怎么写？",
        date=None,
        notes="a Q&A bounty board: decorated record title with the bounty, a bounty badge and 'answer to win' action, the asker's line, a best-answer badge and the answerer's card; the answer's sample letter with its own contact line and example dates (××月××日 and a sample date) stays; 'adopt', 'like' and 'other answers' rows; no date",
        page="""
<html><head><meta charset="utf-8"><title>悬赏50积分｜单位之间商洽开展联合培训的函怎么写？ - 问必答</title></head><body>
<div class="top">⟦m 问必答 · 有问题，必有答⟧　⟦a 我要提问⟧</div>
<div class="q"><span class="bounty">⟦m 💰悬赏 50 积分⟧</span>
<h1>{T}</h1>
<p>⟦m 提问者：行政小助理　｜　3天前　｜　浏览 412⟧</p>
<p>⟦a 回答问题，赢取悬赏 ›⟧</p></div>
<div class="best"><p class="badge">⟦m ✔ 最佳答案（提问者采纳）⟧</p>
<p class="who">⟦m 答主：公文老司机　擅长：党政公文　采纳率 92%⟧</p>
{BODY}
</div>
<div class="acts">⟦l 👍 有用 37　👎 踩　💬 追问⟧</div>
<div class="others"><p>⟦l 其他回答（4）⟧</p><p>⟦l 笔墨纸砚：可以参考《党政机关公文格式》里函的格式⟧</p></div>
<div class="ft">⟦d 问必答用户的回答仅代表个人观点，请谨慎参考⟧</div>
</body></html>
""",
        body="""
商洽函属于平行文，语气要平和、诚恳，把商洽的事项、理由和希望对方做什么说清楚即可。给你一个样式，照着改：
关于商洽联合开展业务骨干培训的函
××市××局：
为提升业务骨干能力水平，我单位拟于××月××日至××日举办业务骨干培训班。贵单位在该领域经验丰富，师资力量雄厚，特商请贵单位选派两名专家担任授课老师，并共同组织现场教学。
如蒙同意，请于×月×日前函复。
联系人：×××，电话：××××××××。
××单位（盖章）
2025年×月×日
需要注意三点：一是标题写清“关于商洽……的函”；二是结尾用“请函复”“盼复”等，不要用“请批示”；三是落款日期写成文日期，比如2025年6月18日，不要写成打印日期。
""",
    ),
    dict(
        slug="qa-column-research-answer-text",
        site="知行问答 (invented column-style Q&A)",
        style="问答社区",
        genre="经验",
        kind="other",
        form="text",
        source="https://www.zhixingwd.example.com/question/55120/answer/902214",
        title="如何写好一篇基层调研报告？",
        record_title="如何写好一篇基层调研报告？",
        date="2025-05-02",
        notes="a column-style answer: the question title, a 'N people follow' row, the answerer's line with credentials, a 发布于 line (the page's date), an 'expand' button glued to a line, an upvote/comment/favourite bar and 'more answers' list",
        page="""
!m 知行问答
{T}
!m 关注者 1,920　被浏览 36.4万
!a 写回答　邀请回答　关注问题
!m 鲁小山　市委政研室干部 · 写了十年调研报告
!m 发布于 2025-05-02 07:45
{BODY}
!l ▲ 赞同 2.1K　💬 186 条评论　⭐ 收藏　⋯
!l 更多回答
!l 阿木：调研报告最怕的是“有调无研”……
""",
        body="""
谢邀。说几点个人体会，不一定对。
一、选题要小。与其写“全县乡村振兴调研”，不如写“某镇三个村集体经济薄弱的原因调查”。题目越小，越容易写深写透。
二、材料要实。数据要有出处，案例要有名有姓。我写报告时，一般会在附录里列出走访了哪些村、访谈了哪些人。⟦a 展开阅读全文⟧
三、分析要深。不能只罗列现象，要回答“为什么”。比如某村合作社经营不善，是缺人才、缺市场，还是机制不顺？原因找准了，对策才有针对性。
四、建议要可行。每条建议最好能回答“谁来做、怎么做、钱从哪里来”，这样的报告领导才愿意批、部门才接得住。
""",
    ),
    dict(
        slug="wiki-baiketong-minutes-entry-html",
        site="百科通 (invented encyclopaedia)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="html",
        source="https://www.baiketong.example.com/item/会议纪要/88120",
        title="会议纪要",
        record_title="会议纪要_百科通",
        date=None,
        notes="an encyclopaedia entry (HTML): edit/discuss/collect buttons, a 'this entry is reviewed by' box, a contents list, the entry text with numbered features, an example heading with sample dates (××××年 and an example date) that is no date; references, entry statistics and a footer",
        page="""
<html><head><meta charset="utf-8"><title>会议纪要_百科通</title></head><body>
<div class="hd">⟦m 百科通 · 人人可编辑的知识库⟧</div>
<div class="tit"><h1>{T}</h1><span>⟦a ✎编辑　💬讨论　☆收藏　↗分享⟧</span></div>
<div class="review">⟦m 本词条由“公文写作”科普团队参与编辑并审核⟧</div>
<div class="toc"><p>⟦l 目录⟧</p><ol><li>⟦l 1 定义⟧</li><li>⟦l 2 特点⟧</li><li>⟦l 3 格式与示例⟧</li></ol></div>
<div class="para">
{BODY}
</div>
<div class="ref"><p>⟦l 参考资料⟧</p><p>⟦l [1] 党政机关公文处理工作条例．中国法制出版社⟧</p></div>
<div class="stat">⟦m 词条统计　浏览次数：248,301　编辑次数：37次历史版本　最近更新：墨客（2025-09-02）⟧</div>
<div class="ft">⟦d ©2025 百科通　使用百科前必读　百科协议　隐私政策⟧</div>
</body></html>
""",
        body="""
会议纪要是用于记载会议主要情况和议定事项的公文，是党政机关十五种法定公文之一。
会议纪要具有以下特点：
1.纪实性。会议纪要必须如实反映会议内容，不能离开会议实际另搞创作。
2.概括性。会议纪要不是会议记录，要对会议的议题、讨论情况和议定事项进行综合概括。
3.指导性。会议纪要经签发后，对与会单位和有关方面具有约束和指导作用。
会议纪要一般由标题、正文和版记组成。标题通常写作“××会议纪要”；正文开头简述会议时间、地点、主持人、参加人员和主要议题，如“××××年×月×日，××在××召开……会议”，主体部分写议定事项，常用“会议认为”“会议决定”“会议要求”等习惯用语。
示例：2024年3月5日，某县人民政府召开常务会议，研究部署春季农业生产工作。
""",
    ),
    dict(
        slug="jingyan-gjj-withdraw-howto-steps",
        site="生活经验库 (invented how-to site)",
        style="百科问答",
        genre="经验",
        kind="other",
        form="text",
        source="https://jingyan.shenghuoku.example.com/article/7f30a2c1.html",
        title="租房提取住房公积金怎么在手机上办理",
        record_title="租房提取住房公积金怎么在手机上办理-生活经验库",
        date=None,
        notes="a how-to 经验 page: -site record title; a 'tools needed' box, numbered steps telling the reader to 下载 the app and 扫码 log in that belong to the text, a 'step image' caption between steps, a 'was this useful' vote row, an author card and a related list; no date",
        page="""
!m 生活经验库 ＞ 生活服务 ＞ 社保公积金
!t 租房提取住房公积金怎么在手机上办理-生活经验库
!m 作者：便民小能手　｜　经验号 33812　｜　浏览 9.6万
!l 工具/原料：智能手机、身份证、本人银行卡
{BODY}
!l 这条经验对你有帮助吗？　投票(412)　反对(9)
!l 相关经验：公积金贷款额度怎么算 · 离职后公积金怎么转移
""",
        body="""
没有购房的职工，可以按规定提取住房公积金支付房租。现在大部分城市都可以在手机上办理，下面以省公积金APP为例介绍具体步骤。
1. 在手机应用商店搜索并下载当地住房公积金APP，或在微信中搜索当地公积金中心的小程序。
2. 打开APP，选择“刷脸登录”，按提示完成实名认证。
⟦m 步骤2配图：登录页面截图（来源：作者拍摄）⟧
3. 进入“提取业务”，选择“租房提取”，填写租房地址、租金金额等信息。
4. 选择收款银行卡，确认提取金额后提交申请，一般三个工作日内到账。
注意事项：租住商品房的，需先将租赁合同在住建部门备案；同一年度内租房提取一般只能办理一次，具体以当地政策为准。
""",
    ),
    dict(
        slug="netdisk-feiyun-flood-plan-docx-html",
        site="飞云盘 (invented cloud-drive share page)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.feiyun.example.com/s/1a9Xk2Lq",
        title="青龙镇2025年防汛应急预案",
        record_title="青龙镇2025年防汛应急预案.docx",
        date="2025-04-30",
        notes="a cloud-drive share page (HTML): a file-name title, share owner and expiry lines, 提取码 prompt, 'save to my drive' / 'download' buttons, an online preview with a 'preview shows part only' bar between paragraphs; the plan's own duty phone and the list of evacuation sites stay; 成文日期 is the date",
        page="""
<html><head><meta charset="utf-8"><title>青龙镇2025年防汛应急预案.docx_免费高速下载|飞云盘</title></head><body>
<div class="top">⟦m 飞云盘 — 安全存储，随时分享⟧</div>
<div class="file"><h2>⟦t 青龙镇2025年防汛应急预案.docx⟧</h2>
<p>⟦m 分享者：镇应急办小王　｜　2025-05-06 分享　｜　有效期：永久⟧</p>
<p>⟦m 文件大小：86.4KB⟧</p>
<p>⟦a 保存到我的网盘⟧　⟦a 普通下载⟧　⟦a 超级会员极速下载⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="report">⟦a 举报⟧　⟦d 请勿分享违法违规内容，违者将被封号处理⟧</div>
</body></html>
""",
        body="""
为切实做好我镇2025年防汛工作，最大限度减少洪涝灾害造成的损失，根据《中华人民共和国防洪法》和县防汛应急预案，结合我镇实际，制定本预案。
一、组织机构
镇成立防汛抗旱指挥部，镇长任指挥长，分管副镇长任副指挥长，各村（社区）、镇直各单位主要负责人为成员。
二、预警与响应
根据雨情、水情和险情的严重程度，防汛应急响应分为四级。接到暴雨红色预警后，指挥部立即启动一级响应，各村组织危险区域群众转移。
⟦a 在线预览仅显示部分内容，完整文件请下载后查看⟧
三、转移安置点
青龙镇中心小学（可安置三百人）；青龙镇敬老院（可安置八十人）；石桥村村委会（可安置一百二十人）。
四、值班值守
汛期实行二十四小时值班制度，镇防汛值班电话：0717-6650 2210。
青龙镇人民政府
2025年4月30日
""",
    ),
    dict(
        slug="netdisk-kuaipan-research-wrapped-angle-markers",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.kuaipan-share.example.net/f/Ow2M8d",
        title="关于全区社区嵌入式托育服务情况的调研报告",
        record_title=None,
        date="2025-11-12",
        notes="no record title; a share page text with 提取码, a file list row and a 'login to download' prompt; the preview hard-wrapped at 66 columns and cut by ≪n≫ markers; the report's own numbered findings stay; 成文日期 is the date",
        wrap=66,
        indent="\u3000\u3000",
        pages=dict(fmt="≪{n}≫", every=90, start=2, glue=True),
        page="""
!m 快盘分享 | 文件分享
!m 链接：https://www.kuaipan-share.example.net/f/Ow2M8d　提取码：7k3q
!l 📁 调研报告（1个文件）／ 托育调研.docx
!a 登录后可下载，未登录仅支持预览
{T}
{BODY}
!d 本分享由用户发起，平台不对文件内容负责
""",
        body="""
为了解全区社区嵌入式托育服务发展情况，区政协社会事业委员会于9月至10月组织开展专题调研，实地走访了十二个社区托育点，召开座谈会三次，发放家长问卷六百份。
一、基本情况。全区现有社区嵌入式托育点二十一个，提供托位九百六十个，每千人口托位数为三点一个，距离省定目标尚有差距。
二、主要问题。一是供需不匹配，老城区托位紧张，新城区部分托育点收托率不足五成；二是运营成本高，房租和人工成本占总支出的七成以上；三是专业人才缺乏，持证保育人员占比不足四成。
三、对策建议。一是统筹利用社区闲置用房，按照成本价提供给托育机构；二是落实普惠托育补贴政策，降低家庭托育负担；三是依托区职业学校开设保育员培训班，壮大托育人才队伍。
区政协社会事业委员会
2025年11月12日
""",
    ),
    dict(
        slug="download-ziyuanba-host-script-winners",
        site="资源吧 (invented download site)",
        style="资料下载站",
        genre="主持词",
        kind="other",
        form="text",
        source="http://www.ziyuanba.example.com/wendang/zcc/20250926/3391.html",
        title="全县第六届道德模范表彰大会主持词",
        record_title="【免费下载】全县第六届道德模范表彰大会主持词",
        date=None,
        notes="a download site: decorated record title; a file-info block (格式、大小、授权、语言), download mirrors (action), the host script with a list of award winners that belongs to the text, cut by ⟬n⟭ markers; an 'unzip password' line and a 'report dead link' action; no date",
        pages=dict(fmt="⟬{n}⟭", every=90, start=2),
        page="""
!m 资源吧 · 文档资料 › 主持词
!t 【免费下载】全县第六届道德模范表彰大会主持词
!m 资料格式：DOC　资料大小：28KB　授权方式：免费　语言：简体中文
!a ⬇ 电信下载　⬇ 联通下载　⬇ 本地高速下载
{BODY}
!m 解压密码：www.ziyuanba.example.com
!a 下载地址失效？点此报错
!l 同类资料：表彰大会主持词（通用版） | 颁奖典礼串词 | 道德讲堂主持词
""",
        body="""
尊敬的各位领导、各位道德模范，同志们：
今天，我们在这里隆重召开全县第六届道德模范表彰大会，表彰在助人为乐、见义勇为、诚实守信、敬业奉献、孝老爱亲等方面涌现出的先进典型。
首先，我介绍一下出席今天大会的领导同志……
下面进行大会第一项，请县委宣传部部长宣读表彰决定。
下面进行大会第二项，为第六届道德模范颁奖。获得本届道德模范称号的是：
助人为乐模范：邝秀兰
见义勇为模范：韦志强
诚实守信模范：莫家福
敬业奉献模范：黎晓燕
孝老爱亲模范：覃少华
请以上同志上台领奖，有请领导为他们颁奖。
下面进行大会第三项，请县委书记讲话。
同志们，道德模范是社会的标杆。让我们以他们为榜样，崇德向善、见贤思齐。大会到此结束！
""",
    ),
    dict(
        slug="download-wenkuwu-culture-points-docx-html",
        site="文库屋下载站 (invented)",
        style="资料下载站",
        genre="工作要点",
        kind="plan",
        form="html",
        source="https://www.wenkuwu.example.cn/soft/2026/0106/11820.html",
        title="2026年全县文化和旅游工作要点",
        record_title="2026年全县文化和旅游工作要点.docx",
        date="2026-01-06",
        notes="a download site (HTML): a file-name title, a software-style info table (大小/更新/类别/星级), a mirror list, a 'safe, no virus' badge, a download tip box; the work points with decimal headings stay; a 发布日期 line in the info table is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>2026年全县文化和旅游工作要点.docx下载-文库屋下载站</title></head><body>
<div class="logo">⟦m 文库屋下载站　绿色·安全·免费⟧</div>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 资料大小：42KB⟧</td><td>⟦m 发布日期：2026-01-06⟧</td></tr>
<tr><td>⟦m 资料类别：工作计划⟧</td><td>⟦m 推荐星级：★★★★⟧</td></tr></table>
<div class="safe">⟦d ✅ 已通过安全检测，无病毒无插件⟧</div>
<div class="intro">
{BODY}
</div>
<ul class="down"><li>⟦a 下载地址一（电信）⟧</li><li>⟦a 下载地址二（移动）⟧</li></ul>
<div class="tip">⟦d 下载提示：本站资料均来自网络，仅供学习研究使用，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
2026年全县文化和旅游工作的总体要求是：坚持以文塑旅、以旅彰文，推动文化和旅游深度融合发展，全年接待游客人次和旅游收入分别增长百分之十和百分之十二。
1.繁荣公共文化服务
1.1推进县图书馆、文化馆总分馆制建设，年内新建城市书房三个。
1.2开展“文化惠民”演出一百二十场，其中送戏下乡不少于八十场。
2.推动旅游产业提质
2.1加快古镇景区创建国家4A级旅游景区，完成游客中心和停车场建设。
2.2培育乡村旅游重点村五个，发展精品民宿三十家。
3.加强文化遗产保护
3.1完成第四次全国文物普查县域复查工作。
3.2新增县级非物质文化遗产代表性项目十项。
""",
    ),
]
