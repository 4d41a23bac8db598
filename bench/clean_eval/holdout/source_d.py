"""Holdout cases, part D: forums, blogs and WeChat mirrors. Invented text. Held back."""

CASES = [
    dict(
        slug="forum-text-insight-junk-replies",
        site="笔友论坛 (invented, Discuz-style)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.biyoult.com/thread-90317-1-1.html",
        title="驻村工作一年来的感悟",
        record_title="【经验交流】驻村工作一年来的感悟",
        date="2024-08-19",
        notes="forum post with junk lines and junk glued after 。; post line with the date; replies and a reply box",
        page="""
!m 笔友论坛 › 基层工作 › 经验交流
!m 查看: 1532 | 回复: 9 | 发表于 2024-8-19 20:46:11
!t 【经验交流】驻村工作一年来的感悟
!m 云端漫步　楼主　积分 860
{BODY}
!a 评分　|　收藏　|　举报　|　回复
!l 2# 清风徐来　2024-8-19 22:13
!l 感同身受，我也在村里待了两年，最大的收获就是学会了和老乡打交道。
!l 3# 水木　2024-8-20 09:02
!l 支持楼主，写得真实！
!a 高级模式　|　本版积分规则　|　发表回复
!m 手机版 | 笔友论坛 | 站长统计
""",
        junk=dict(lines=2, glued=5),
        body="""
去年8月，我被单位选派到槐山县白岩村担任驻村第一书记。转眼一年过去了，回想这段经历，有苦有甜，更有许多收获和感悟。
一是要沉下身子，才能赢得群众信任。刚到村里时，群众对我这个“城里来的干部”并不信任，开会没几个人来，走访时有的农户连门都不开。我就坚持每天走村入户，帮老人挑水、帮农户收玉米，慢慢地，大家愿意和我说心里话了。
二是要找准路子，才能带领群众致富。白岩村山多地少，过去主要靠种玉米为生。经过多次调研，我们决定发展高山蔬菜和林下养鸡，通过争取帮扶资金、联系销售渠道，今年全村蔬菜种植面积达到320亩，户均增收6000多元。
三是要建强班子，才能留下不走的工作队。驻村干部总有一天要离开，关键是培养一支能干事的村干部队伍。一年来，我们坚持每周开展村干部集中学习，选拔了2名返乡青年进入村“两委”，村党支部的战斗力明显增强。
驻村工作让我真正读懂了群众、读懂了基层。我将倍加珍惜这段经历，继续为白岩村的发展尽心尽力。
""",
    ),
    dict(
        slug="forum-discuz-html-report-jammer",
        site="政务写作社区 (invented, Discuz-style)",
        style="论坛",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://bbs.zwxzsq.cn/forum.php?mod=viewthread&tid=12877&extra=page%3D1",
        title="2023年度社区党委书记述职述廉报告",
        record_date="2024-01-09",
        date="2024-01-09",
        notes="Discuz page: jammer junk in the post, user panel, ratings, reply box, footer stats",
        page="""
<html><head><meta charset="gbk"><title>2023年度社区党委书记述职述廉报告 - 述职述廉 - 政务写作社区</title></head><body>
<div id="toptb">⟦a 登录　立即注册　找回密码⟧</div>
<div id="pt">⟦m 政务写作社区 › 论坛 › 述职述廉 › 查看内容⟧</div>
<table id="pid1"><tr>
<td class="pls"><div class="pi">⟦m 社区老陈⟧</div><dl>⟦m 积分 2203　金钱 518　威望 16⟧</dl></td>
<td class="plc"><div class="pi"><h1>{T}</h1></div>
<div class="authi">⟦m 发表于 2024-1-9 10:20:45 | 只看该作者 | 倒序浏览⟧</div>
<div class="pcb"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与人数 3　金钱 +15　收起理由：很给力!⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 回复后可获得更多资料，请先登录⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2024 Tencent Cloud.⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=4),
        body="""
2023年，在街道党工委的领导下，我带领社区党委一班人，认真履行全面从严治党主体责任和党风廉政建设第一责任人职责，较好完成了各项工作任务。现将个人述职述廉情况报告如下。
一、履行党建工作职责情况。坚持每月召开一次党委会研究党建工作，全年组织开展主题党日活动12次、党课8次。推进“党建+网格”工作，将社区划分为9个网格，每个网格配备1名党员网格长，全年收集解决居民诉求426件。
二、落实党风廉政建设责任情况。严格执行社区“小微权力”清单，社区重大事项全部按照“四议两公开”程序决策。加强对社区工作人员的日常教育管理，全年开展廉政谈话18人次，社区未发生违纪违法问题。
三、个人廉洁自律情况。我严格遵守中央八项规定精神，从不利用职务之便为自己和亲友谋取私利，自觉接受党员和居民群众监督。
四、存在的问题和改进措施。主要是对年轻党员的教育培养办法还不多，党建品牌特色还不够鲜明。今后，我将进一步加强学习，改进工作方法，推动社区党建工作再上新台阶。
""",
    ),
    dict(
        slug="forum-text-request-no-title-hidden",
        site="文秘之友论坛 (invented)",
        style="论坛",
        genre="请示",
        kind="notice",
        form="text",
        source="https://bbs.wenmizhiyou.net/t/20240312/7741",
        title="关于召开全县春季植树造林现场推进会的请示",
        record_title=None,
        date="2024-03-08",
        notes="no title in the record; forum title with a [求改] tag; login-to-see prompts; signature date",
        page="""
!m 文秘之友论坛 - 文秘人的网上家园
!t [求改] 关于召开全县春季植树造林现场推进会的请示
!m 发帖人：小树苗　时间：2024-3-12 15:40
!a 以下内容需要登录后才能查看完整版
{BODY}
!l 最佳答案
!l 版主：格式基本规范，建议把会议时间和参会范围再写具体一些。
!a 登录/注册后可查看大图
!m 文秘之友论坛　苏ICP备18062735号
""",
        date_also=["2024-03-12"],
        body="""
县人民政府：
为贯彻落实全省国土绿化工作会议精神，动员全县上下掀起春季植树造林热潮，县林业局拟于3月下旬召开全县春季植树造林现场推进会。现将有关事项请示如下：
一、会议时间：2024年3月22日上午，会期半天。
二、会议地点：现场观摩溪口镇、槐山乡植树造林点，随后在槐山乡政府会议室召开推进会。
三、参会人员：县政府分管副县长，县林业局、县财政局、县自然资源局等单位主要负责同志，各乡镇分管领导和林业站站长。
四、会议议程：观摩植树造林现场；县林业局通报全县春季植树造林进展情况；两个乡镇作典型发言；县政府分管领导讲话。
会议所需经费从我局年度工作经费中列支，不另行申请财政资金。
妥否，请批示。
桐岭县林业局
2024年3月8日
""",
    ),
    dict(
        slug="blog-text-research-date-line",
        site="青灯夜读 (invented personal blog)",
        style="博客",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://qingdengyedu.cn/p/331",
        title="关于乡镇文化站运行情况的调研与思考",
        date="2023-11-05",
        notes="blog post: header, categories line, a date-time line, likes and comments, a copyright footer",
        page="""
!m 青灯夜读
!m 记录工作中的点滴思考
{T}
!m 2023-11-05 21:16:33 · 分类：调查研究 · 阅读 142
{BODY}
!m 👍 点赞(6)　　💬 评论(2)
!l 前一篇：下乡调研的几点方法
!l 后一篇：一份好材料是怎样改出来的
!d 本文为作者原创，转载请注明出处。
!m © 青灯夜读 2023 · 主题 by Typecho
""",
        gap=True,
        body="""
今年下半年，我利用参加县政协调研活动的机会，走访了全县6个乡镇综合文化站，与文化站工作人员、村民代表进行了座谈，对乡镇文化站运行情况有了比较全面的了解。
从调研情况看，近年来各乡镇文化站硬件条件明显改善，大部分文化站建有图书阅览室、多功能活动室和文化广场，每年组织开展送戏下乡、广场舞比赛、农民读书会等活动，丰富了群众的精神文化生活。
但调研中也发现一些问题：一是“重建轻管”现象比较普遍，部分文化站设施使用率不高，图书更新慢；二是专职人员少，不少文化站工作人员身兼数职，难以专心开展文化工作；三是活动内容与群众需求结合不够紧密，年轻人参与度不高。
对此，我有几点思考：一要建立文化站运行考核机制，把设施开放时间、活动开展次数、群众满意度纳入考核；二要配齐配强专职人员，吸引文艺骨干、退休教师等参与文化站管理；三要创新活动形式，多开展群众喜闻乐见的文体活动，让文化站真正“活”起来。
""",
    ),
    dict(
        slug="blog-html-reading-notes-title-suffix",
        site="半亩方塘 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://banmufangtang.net/archives/read-2024-04.html",
        title="读《谈治国理政》第四卷笔记",
        record_title="读《谈治国理政》第四卷笔记 | 半亩方塘",
        date=None,
        notes="record title with ' | blog'; no date on the page; sidebar widgets and a comment form",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>读《谈治国理政》第四卷笔记 | 半亩方塘</title></head><body>
<header><h2 class="blog-name">⟦m 半亩方塘⟧</h2><p class="desc">⟦m 问渠那得清如许，为有源头活水来⟧</p></header>
<div class="container"><article>
<h1 class="post-title">{T}</h1>
<p class="post-meta">⟦m 作者：方塘　|　分类：读书　|　3 条评论⟧</p>
<div class="post-content">
{BODY}
</div>
<p class="post-tags">⟦l Tags：读书笔记, 学习⟧</p>
<div class="comments"><h3>⟦l 3 条评论⟧</h3><p>⟦l 游客 说：受教了，我也准备读一读。⟧</p><form><p>⟦l 称呼（必填）　邮箱（必填）⟧</p><button>⟦a 提交评论⟧</button></form></div>
</article>
<aside><h3>⟦l 最新文章⟧</h3><ul><li>⟦l 春日读书计划⟧</li><li>⟦l 关于写作的一点体会⟧</li></ul><h3>⟦l 归档⟧</h3><ul><li>⟦l 2024年4月 (3)⟧</li></ul></aside></div>
<footer>⟦m Copyright © 2024 半亩方塘. All rights reserved.⟧</footer>
</body></html>
""",
        body="""
四月里断断续续读完了《习近平谈治国理政》第四卷。这一卷收录的文章时间跨度为2020年2月至2022年5月，其中不少篇目涉及疫情防控、脱贫攻坚收官和全面建成小康社会，读来格外有时代感。
印象最深的是关于“以人民为中心”的论述。书中多次强调，要把人民群众的急难愁盼作为工作的出发点和落脚点。联系自己的工作，我常常反思：我们写材料、做决策时，是否真正从群众的角度想过问题？
另一个体会是“系统观念”。书中强调要统筹发展和安全、统筹当前和长远。做具体工作也是如此，只盯着一个环节，往往会顾此失彼，必须学会把局部放到全局中去思考。
接下来，我准备结合工作中遇到的实际问题，再有针对性地精读其中几个专题，并把读书心得整理成文，和同事们交流分享。
""",
    ),
    dict(
        slug="wechat-text-lecture-long",
        site="mirror of the WeChat account 理论学习园地 (invented)",
        style="公众号镜像",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="https://www.wxmirror.net/llxxyd/2024/0701/1.html",
        title="七一专题党课：赓续红色血脉 勇担时代使命",
        record_title="七一专题党课：赓续红色血脉 勇担时代使命｜理论学习园地",
        date="2024-07-01",
        notes="long WeChat lecture; account header with the date; follow and like prompts; the account name after ｜ in the record title",
        page="""
!m 理论学习园地
!m 理论学习园地　2024年07月01日 06:50　湖北
!a ↑ 点击上方“理论学习园地”关注我们，获取更多学习资料
{T}
{BODY}
!m - END -
!m 来源：理论学习园地综合整理
!d 本文仅供学习交流，版权归原作者所有，如有侵权请联系我们删除。
!a 点个“赞”和“在看”，让更多人看到
""",
        body="""
同志们：
今天是中国共产党成立103周年纪念日。在这个特殊的日子里，我们召开专题党课，共同回顾党的光辉历程，传承红色基因，坚定理想信念。下面，我以“赓续红色血脉，勇担时代使命”为题，和大家谈几点体会。
一、回望百年奋斗路，深刻感悟红色血脉的精神力量
一百多年前，中国共产党在风雨如磐的岁月中诞生。从南湖红船扬帆起航，到井冈山星星之火，从延安窑洞的灯光，到西柏坡的“赶考”出发，一代代共产党人前赴后继、英勇奋斗，带领中国人民站起来、富起来、强起来。
红色血脉是中国共产党政治本色的集中体现。革命年代，无数共产党人用鲜血和生命诠释了对党的忠诚；建设时期，一大批先进模范以“宁肯少活二十年，拼命也要拿下大油田”的豪情投身社会主义建设；改革开放以来，广大党员干部敢闯敢试、敢为人先，推动国家面貌发生翻天覆地的变化。
进入新时代，红色血脉在新的伟大斗争中焕发新的光彩。在脱贫攻坚战场上，1800多名同志将生命定格在脱贫攻坚征程上；在抗击新冠肺炎疫情中，广大党员冲锋在前、无私奉献。这些都充分说明，红色血脉是我们党战胜一切困难的强大精神力量。
二、对照使命找差距，清醒认识自身存在的不足
赓续红色血脉，必须勇于自我革命。对照革命先辈的精神品格，对照新时代党员的标准要求，我们一些同志还存在不少差距。
一是理想信念有所弱化。有的同志学习不够深入，满足于读读文件、记记笔记，对党的创新理论理解不透、把握不准，遇到大是大非问题立场不够坚定。
二是宗旨意识有所淡化。有的同志深入基层、深入群众不够，对群众的急难愁盼问题了解不多、解决不力，存在“门难进、脸难看、事难办”的现象。
三是担当精神有所不足。有的同志满足于完成常规工作，面对难题绕道走，遇到矛盾往上推，缺乏攻坚克难的闯劲和韧劲。
四是纪律规矩有所松懈。有的同志对“四风”问题的隐蔽性、顽固性认识不足，在一些细节小节上放松了对自己的要求。
这些问题虽然发生在少数同志身上，但影响的是党组织的形象和威信，必须引起我们的高度重视。问题的根源在于思想上的“总开关”没有拧紧，在于党性修养和自我约束不够。我们每一名党员都要以此为镜，主动查找自身不足，立行立改、真改实改。
回顾我们单位的发展历程，老一辈同志在条件十分艰苦的情况下，白手起家、艰苦创业，硬是在荒山坡上建起了厂房、办起了学校。他们身上那种不怕吃苦、不计得失、一心为公的精神，正是红色血脉在我们身边的生动体现。今天，我们的工作条件好了，但这种精神不能丢，也丢不得。
三、勇担时代使命，以实际行动践行初心誓言
新征程上，我们要把红色血脉的精神力量转化为干事创业的实际行动。
第一，要坚定理想信念，筑牢信仰之基。坚持不懈用党的创新理论武装头脑，把学习作为一种责任、一种追求、一种生活方式，做到学思用贯通、知信行统一，始终在政治立场、政治方向、政治原则、政治道路上同党中央保持高度一致。
第二，要践行根本宗旨，厚植为民情怀。牢固树立以人民为中心的发展思想，经常深入基层、深入群众，问需于民、问计于民，用心用情解决群众最关心最直接最现实的利益问题，让群众的获得感成色更足、幸福感更可持续。
第三，要敢于担当作为，展现奋斗姿态。面对改革发展稳定的繁重任务，要发扬斗争精神，增强斗争本领，在急难险重任务中冲锋在前，在攻坚克难中锤炼过硬本领，以钉钉子精神抓好各项工作落实。
第四，要严守纪律规矩，永葆清廉本色。自觉把纪律和规矩挺在前面，严格落实中央八项规定及其实施细则精神，管好自己的“生活圈”“社交圈”“朋友圈”，始终做到心有所畏、言有所戒、行有所止。
第五，要加强自身建设，提升履职本领。新时代新任务对党员干部的能力素质提出了更高要求。我们要主动适应新形势，加强知识更新和实践锻炼，多到基层一线、艰苦岗位磨砺，在解决实际问题中增长才干，努力成为本领域本岗位的行家里手。各党支部要把党员教育培训作为经常性工作，做到计划有安排、过程有记录、效果有评估。
同志们，红色血脉代代相传，初心使命历久弥新。让我们更加紧密地团结在以习近平同志为核心的党中央周围，赓续红色血脉，勇担时代使命，以永不懈怠的精神状态和一往无前的奋斗姿态，在新征程上创造新的更大业绩！
""",
    ),
    dict(
        slug="wechat-html-notice-account-page",
        site="mirror of the WeChat account 槐山人社 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.wxmirror.example.cn/s/HsRs88Qk",
        title="关于开展2024年度城乡居民养老保险集中缴费工作的通知",
        date="2024-03-04",
        date_also=["2024-03-05"],
        notes="WeChat page layout with the account name, publish time and the viewer buttons; signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展2024年度城乡居民养老保险集中缴费工作的通知</title></head><body>
<div class="rich_media_area_primary">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta_nickname">⟦m 槐山人社⟧</span> <em id="publish_time" class="rich_media_meta_text">⟦m 2024年3月5日 17:32⟧</em> <span>⟦m 湖北⟧</span></div>
<div class="rich_media_content">
{BODY}
</div>
<div class="original_area">⟦m 微信号：hsrs12333　槐山县人力资源和社会保障局官方公众号⟧</div>
<div class="like_area">⟦l 赞　分享　推荐⟧ ⟦l 留言⟧</div>
<div class="tips">⟦a 长按二维码关注公众号，及时获取人社资讯⟧</div>
</div></body></html>
""",
        p_html='<p style="margin:0 8px;"><span style="font-size:16px;">{}</span></p>',
        body="""
各乡镇人民政府，各村（社区）：
2024年度城乡居民基本养老保险集中缴费工作即将开始。为做好相关工作，现将有关事项通知如下：
一、缴费时间：2024年3月10日至2024年6月30日。
二、缴费对象：年满16周岁（不含在校学生）、非国家机关和事业单位工作人员及不属于职工基本养老保险覆盖范围的城乡居民。
三、缴费档次：2024年度缴费档次设为每人每年200元至5000元共14个档次，参保人可自主选择，多缴多得。
四、缴费方式：参保人可通过手机银行、“鄂汇办”APP或到乡镇便民服务中心、合作银行网点缴费。
五、工作要求：各乡镇要加强政策宣传，引导群众按时参保缴费，重点做好困难群体代缴工作，确保应保尽保。
槐山县人力资源和社会保障局
2024年3月4日
""",
    ),
    dict(
        slug="wechat-text-summary-title-repeated-contact",
        site="公文速递 mirror page (invented)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.gwsudi.com/mp/2023-12-20/8827.html",
        title="街道妇联2023年工作总结",
        record_title=None,
        date=None,
        notes="no title in the record; the title three times, last glued to the first sentence; a ghost-writing contact with a WeChat id; no date",
        page="""
!m 公文速递 | 每日更新实用公文
{T}
!m 公众号：公文速递
{T}
!w 本号可提供各类材料代写服务，有需要请联系微信：gwsd0098（非诚勿扰）
{T}{BODY}
!l 推荐阅读：
!l 1. 社区妇联主席述职报告
!l 2. 妇女之家活动总结
!a 文章来源于网络，如需下载Word版请在后台回复“总结”。
""",
        body="""
2023年，街道妇联在街道党工委和区妇联的领导下，围绕中心、服务大局，团结带领辖区广大妇女建功新时代，各项工作取得了新进展。
一是思想引领有声有色。组织开展“巾帼心向党”主题宣讲活动16场，覆盖妇女群众2000余人次，引导广大妇女听党话、跟党走。
二是建功立业成效明显。开展“巾帼创业”技能培训6期，培训妇女320人次，帮助86名妇女实现就业创业。评选表彰“最美家庭”20户，推动家庭文明建设。
三是维权服务更加有力。建立妇女儿童维权工作站8个，全年接待妇女来访45件，调处婚姻家庭纠纷38起；开展“两癌”免费筛查1200人次。
四是自身建设不断加强。推进妇联组织“破难行动”，新建楼宇、园区妇联组织3个，选优配强社区妇联执委。
2024年，街道妇联将继续深化妇女思想政治引领，积极搭建服务平台，竭诚为妇女儿童办实事、解难题。
""",
    ),
    dict(
        slug="fanwen-html-speech-hostess-page",
        site="公文网 (invented)",
        style="范文站",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://www.gongwen8.cn/zhuchici/huiyi/2024/5529.html",
        title="全县乡村振兴工作推进会主持词",
        record_title="全县乡村振兴工作推进会主持词(优秀范文)",
        date=None,
        notes="decorated record title; share bar and font buttons before the body; a prev/next pair and ICP after it; no date",
        page="""
<html><head><meta charset="utf-8"><title>全县乡村振兴工作推进会主持词(优秀范文)_公文网</title></head><body>
<div class="top">⟦m 公文网 gongwen8.cn — 机关人的写作宝库⟧</div>
<div class="loc">⟦m 首页 ≫ 主持词 ≫ 会议主持词⟧</div>
<h1>⟦t 全县乡村振兴工作推进会主持词(优秀范文)⟧</h1>
<div class="bar">⟦a 分享：微信 微博 | 字号：大 中 小 | 收藏⟧</div>
<div class="text">
{BODY}
</div>
<div class="pn">⟦l 上一篇：全县招商引资工作会议主持词⟧<br>⟦l 下一篇：乡镇党委换届选举大会主持词⟧</div>
<div class="foot">⟦m 公文网　黔ICP备17003529号-1⟧</div>
</body></html>
""",
        body="""
同志们：
现在开会。今天，县委、县政府在这里召开全县乡村振兴工作推进会，主要任务是总结上半年全县乡村振兴工作，安排部署下半年重点任务。出席今天会议的县领导有……参加会议的还有各乡镇党委书记、乡镇长，县直有关单位主要负责同志。
今天的会议共有三项议程：一是观看全县乡村振兴工作专题片；二是三个乡镇作交流发言；三是请县委书记作重要讲话。
下面进行第一项议程……
同志们，刚才县委书记的讲话，站位高远、要求明确，我们要认真学习领会、抓好贯彻落实。一要迅速传达学习，会后各乡镇、各部门要及时召开会议传达会议精神；二要细化工作措施，对照下半年目标任务逐项分解、压实责任；三要强化督查考核，确保乡村振兴各项任务落到实处。
散会。
""",
    ),
]
