"""Dev cases, part D: forums, blogs and WeChat mirrors. Invented text."""

CASES = [
    dict(
        slug="forum-gwjl-insight-junk-text",
        site="公文写作交流论坛 (invented, Discuz-style)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.gwjiaoliu.com/thread-118273-1-1.html",
        title="参加青年干部培训班的几点体会",
        record_title="[心得体会] 参加青年干部培训班的几点体会（原创）",
        date="2024-03-02",
        notes="forum thread: anti-scraping junk as lines and glued after 。; replies below the post; date in the 发表于 line",
        page="""
!m 公文写作交流论坛 - Powered by Discuz!
!m 论坛 › 公文写作区 › 心得体会 › 查看内容
!m 查看: 2871|回复: 15
!t [心得体会] 参加青年干部培训班的几点体会（原创）
!m 山风 发表于 2024-3-2 21:17 | 只看该作者 | 倒序浏览 | 阅读模式
!m 本帖最后由 山风 于 2024-3-2 21:20 编辑
{BODY}
!a 回复 举报
!l 沙发
!l 竹林听雨 发表于 2024-3-2 22:05 | 只看该作者
!l 写得很实在，收藏学习了！
!l 板凳
!l 老秦 发表于 2024-3-3 08:41 | 只看该作者
!l 楼主辛苦，能不能发一份Word版？
!a 您需要登录后才可以回帖 登录 | 立即注册
!m Archiver|手机版|小黑屋|公文写作交流论坛
!m GMT+8, 2024-3-21 10:33 , Processed in 0.062 second(s), 21 queries .
""",
        junk=dict(lines=2, glued=5),
        body="""
3月上旬，我有幸参加了市委组织部举办的第十二期青年干部培训班。十天的学习时间虽然不长，但内容丰富、形式多样，既有理论专题辅导，也有现场教学和分组研讨，让我收获很大。下面谈几点粗浅体会，和大家交流。
第一，理想信念是青年干部的“压舱石”。培训班安排了一堂革命传统教育现场课，在烈士纪念馆里，一件件斑驳的实物、一封封泛黄的家书，让我深受震撼。作为新时代的青年干部，我们更要坚定理想信念，在任何时候都不迷失方向。
第二，能力本领是干事创业的“硬支撑”。几位授课老师结合自身经历，讲授了调查研究、群众工作、应急处置等方面的方法。我体会最深的是，本领不是天生的，而是在实践中一点一滴积累起来的。今后，我要主动到基层一线、到吃劲岗位上去历练，在解决实际问题中增长才干。
第三，清正廉洁是健康成长的“护身符”。培训班组织观看了警示教育片，一些年轻干部因为放松要求、心存侥幸而跌入深渊，教训十分深刻。我将时刻绷紧廉洁自律这根弦，守住底线、不越红线。
以上是我的一点体会，不当之处请各位前辈批评指正。
""",
    ),
    dict(
        slug="forum-gwzj-summary-discuz-html",
        site="公文之家论坛 (invented, Discuz-style)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://bbs.gwzhijia.net/forum.php?mod=viewthread&tid=66102",
        title="2023年度乡镇综治中心工作总结",
        record_date="2023-12-28",
        date="2023-12-28",
        notes="Discuz page: jammer font junk inside the post, one post cell with <br> lines, reply box and stats",
        page="""
<html><head><meta charset="gbk"><title>2023年度乡镇综治中心工作总结 - 总结汇报 - 公文之家论坛 - Powered by Discuz!</title></head><body>
<div id="hd"><div class="wp">⟦m 公文之家论坛⟧　<a>⟦a 设为首页⟧</a> <a>⟦a 加入收藏⟧</a></div></div>
<div id="pt" class="bm cl">⟦m 公文之家论坛 › 总结汇报 › 查看内容⟧</div>
<table><tr><td class="pls"><div class="authi">⟦m 青山绿水⟧</div><p>⟦m 主题 37 帖子 412 积分 1906⟧</p></td>
<td class="plc"><h1 class="ts"><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 2023-12-28 16:02⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
{BODY}
</td></tr></table></div>
<div class="po">⟦a 收藏 分享 支持 反对⟧</div></td></tr></table>
<div class="pgs">⟦l 下一主题：2023年社区网格化管理工作总结⟧</div>
<div id="f_pst">⟦a 您需要登录后才可以回帖 登录 | 注册账号⟧</div>
<div id="ft">⟦m 公文之家论坛 ( 浙ICP备16030027号 )⟧　⟦m GMT+8, 2024-1-5 09:16⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=4),
        body="""
今年以来，镇综治中心在镇党委、政府的领导下，以“矛盾不上交、平安不出事、服务不缺位”为目标，整合综治、信访、司法、派出所等力量，推动基层社会治理水平不断提升。
一是规范化建设全面完成。投入资金46万元，对综治中心进行提档升级，设置群众接待、矛盾调处、视频监控等功能区，实现“一站式接收、一揽子调处、全链条解决”。
二是矛盾纠纷化解有力。全年共受理各类矛盾纠纷318件，调处成功307件，成功率96.5%，其中婚姻家庭纠纷94件、邻里纠纷81件、土地山林纠纷53件，未发生“民转刑”案件。
三是网格化管理不断深化。全镇划分网格62个，配备专兼职网格员124名，网格员全年走访群众2.3万户次，上报并处置各类事件1570件，办结率99%。
四是平安创建深入开展。组织开展防范电信网络诈骗、禁毒等宣传活动28场，全镇刑事案件立案数同比下降18%，群众安全感测评满意度达到98.2%。
明年，我们将继续深化综治中心实战化运行，推动矛盾纠纷多元化解，努力建设更高水平的平安乡镇。
""",
    ),
    dict(
        slug="forum-tieba-report-no-title-junk",
        site="基层干部吧 (invented, tieba-style)",
        style="论坛",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://tieba.jcgb.cn/p/8820193377",
        title="2023年度个人述职述廉报告",
        record_title=None,
        date=None,
        notes="no title in the record; the thread title carries [原创] and （供参考）; floor numbers and client notices",
        page="""
!m 基层干部吧
!m 关注：10.2万　贴子：53.8万
!t [原创] 2023年度个人述职述廉报告（供参考）
!m 只看楼主　收藏　回复
!m 1楼
{BODY}
!m 来自Android客户端
!l 2楼
!l 火山口的风：顶一下，思路很清晰
!l 3楼
!l 用户7741205：mark，年底用得上
!a 扫二维码下载贴吧客户端
""",
        junk=dict(lines=1, glued=3),
        body="""
按照组织安排，现将本人2023年度履职尽责和廉洁自律情况报告如下，请予评议。
一、履职尽责情况
今年我分管镇农业农村、水利和林业工作。一年来，牵头完成高标准农田建设1.2万亩，新建和修复山塘水渠14处；推动全镇发展特色种植面积3600亩，新培育家庭农场12家；全年未发生森林火灾和较大水利安全事故。
二、学习和作风建设情况
坚持每周参加集中学习，认真学习党的二十大精神和习近平总书记关于“三农”工作的重要论述。坚持深入村组，全年下村调研120余天，帮助群众解决实际问题46个。
三、廉洁自律情况
严格执行中央八项规定精神，从未利用职务便利为本人或亲属谋取利益，在项目建设、资金使用等方面严格按程序办事，自觉接受监督。
四、存在的不足
一是理论学习系统性不够；二是创新工作方法不多；三是对个别项目的后续管护重视不够。今后，我将针对这些问题认真加以改进。
""",
    ),
    dict(
        slug="blog-laobitou-report-community",
        site="老笔头的博客 (invented)",
        style="博客",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://laobitou.blog.example-blogs.cn/archives/2217",
        title="社区党委书记2023年抓基层党建工作述职报告",
        date="2024-01-20",
        notes="blog post: header slogan, category/tag line, date-time line, counters, prev/next, comments, powered-by footer",
        page="""
!m 老笔头的博客
!m 一支笔，一盏灯，写尽基层事
!m 首页　公文写作　读书笔记　关于我
{T}
!m 2024-01-20 22:41
!m 分类：公文写作 | 标签：述职, 社区, 党建
{BODY}
!m 阅读(326)　评论(4)　收藏　转载
!l 上一篇：写材料的几个“笨办法”
!l 下一篇：年终总结怎样避免“千篇一律”
!l 评论列表
!l 小鱼儿 2024-01-21：谢谢分享，结构很清楚
!l 发表评论
!m © 2024 老笔头 · 由 WordPress 强力驱动
""",
        gap=True,
        body="""
2023年，在街道党工委的坚强领导下，我认真履行社区党建工作第一责任人职责，以党建引领基层治理为主线，推动社区各项工作取得新成效。现将抓基层党建工作情况述职如下。
一、主要做法及成效
一是夯实组织基础。优化社区党组织设置，在3个小区成立党支部，在物业企业、商户联盟中建立功能型党小组5个，实现党的组织和工作全覆盖。
二是深化“红色物业”。推动社区党委、业委会、物业企业“三方联动”，全年协调解决小区停车、加装电梯、环境卫生等问题87件，居民满意度明显提升。
三是激发党员活力。开展在职党员“双报到”，共有312名在职党员到社区报到，认领服务岗位，参与志愿服务4600余小时。
二、存在的问题
一是部分党员参加组织生活的积极性不高；二是党建与业务融合还不够紧密；三是社区党务工作者队伍专业化水平有待提升。
三、下一步打算
2024年，我将聚焦问题短板，持续推进党建引领基层治理，努力把社区建设成为居民群众的幸福家园。
""",
    ),
    dict(
        slug="blog-xianyun-insight-html-title-suffix",
        site="闲云笔记 (invented, WordPress-style blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://xianyun-notes.cn/2023/06/18/du-shu-xin-de/",
        title="读《习近平新时代中国特色社会主义思想专题摘编》有感",
        record_title=None,
        date="2023-06-18",
        notes="no title in the record; <title> and og:title carry the blog's name after ｜; date in a <time> element",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>读《习近平新时代中国特色社会主义思想专题摘编》有感｜闲云笔记</title>
<meta property="og:title" content="读《习近平新时代中国特色社会主义思想专题摘编》有感｜闲云笔记">
</head><body>
<header class="site-header"><p class="site-title">⟦m 闲云笔记⟧</p><p class="site-description">⟦m 读书、工作与生活的随手记⟧</p></header>
<main><article class="post">
<h1 class="entry-title">{T}</h1>
<div class="entry-meta"><time datetime="2023-06-18T21:05:00+08:00">⟦m 2023年6月18日⟧</time> ⟦m 作者：闲云⟧ ⟦m 分类：读书笔记⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：读书　学习　心得⟧</footer>
<nav class="post-navigation">⟦l « 上一篇 端午假期读书清单⟧　⟦l 下一篇 » 给新同事的几条建议⟧</nav>
<div id="comments"><h3>⟦l 发表回复⟧</h3><p>⟦l 您的电子邮箱地址不会被公开。必填项已用*标注⟧</p><p>⟦l 评论 *⟧</p><button>⟦a 发表评论⟧</button></div>
</article></main>
<footer class="site-footer">⟦m 闲云笔记 © 2023　自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
最近一个月，我利用晚上的时间通读了《习近平新时代中国特色社会主义思想专题摘编》。这本书按专题编排，脉络清晰，读起来能够更系统地把握党的创新理论的核心要义。
读书过程中，我最大的感受是“实”。书中很多论述都是从具体问题出发，既讲“是什么”，也讲“怎么办”。比如关于调查研究，不只强调重要性，还讲到要“身入”更要“心至”，要到困难多、群众意见大的地方去。这对我们做基层工作的人来说，是非常具体的方法指导。
另一个感受是“远”。许多论述着眼于长远发展和全局工作，提醒我们在做具体工作时，也要跳出本部门、本领域看问题，多想想工作对全局的影响。
读书贵在有恒。接下来，我打算把书中与本职工作联系最紧密的几个专题再精读一遍，并结合工作实际写一写学习笔记。
""",
    ),
    dict(
        slug="wechat-bigeng-speech-party-lecture",
        site="mirror of the WeChat account 笔耕小站 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wx.mirror-read.cn/s/bgxz2020/20240516_01",
        title="坚定理想信念 砥砺奋进担当",
        record_title="【党课讲稿】坚定理想信念 砥砺奋进担当",
        date="2024-05-16",
        notes="WeChat article mirror: account header, follow prompts, 往期推荐 list, 在看 prompt; date in the account line",
        page="""
!t 【党课讲稿】坚定理想信念 砥砺奋进担当
!m 原创 笔耕小站 笔耕小站 2024年05月16日 07:30 江西
!a 点击上方蓝字关注我们
!m 微信号：bgxz2020
!m 功能介绍：分享实用公文材料，助力机关写作
{BODY}
!a ▼ 点击左下角“原文链接”获取本文Word版
!d 免责声明：本文来源于网络，仅供学习交流，如有侵权请联系删除。
!l 往期推荐
!l ◆ 2024年民主生活会对照检查材料
!l ◆ 七一党课讲稿：传承红色基因
!a 喜欢就点个“在看”吧
""",
        gap=True,
        body="""
同志们：
今天，我以“坚定理想信念，砥砺奋进担当”为题，和大家一起交流学习体会。
一、理想信念是共产党人的精神之“钙”
革命战争年代，无数共产党人为了理想信念抛头颅、洒热血，靠的就是对马克思主义的坚定信仰、对共产主义的坚定信念。和平时期，理想信念同样是我们立身之本。一个人如果理想信念不坚定，就会在各种诱惑面前迷失方向。
二、把理想信念转化为干事创业的实际行动
坚定理想信念不是一句空话，要体现在日常工作的点点滴滴中。面对急难险重任务，要冲得上去；面对群众的操心事、烦心事，要放在心上；面对矛盾和问题，要敢于碰硬、善于解决。
三、在严格自律中守护理想信念
理想信念的坚守，离不开严格的自我约束。我们每一名党员都要经常对照党章党规检视自己，自觉净化社交圈、生活圈、朋友圈，始终保持共产党人的政治本色。
同志们，让我们坚定理想信念，以更加昂扬的精神状态投入到工作中去，为推动单位各项事业发展贡献力量。
""",
    ),
    dict(
        slug="wechat-qinghefabu-plan-html",
        site="mirror of the WeChat account 青禾发布 (invented)",
        style="公众号镜像",
        genre="方案",
        kind="other",
        form="html",
        source="https://mp.weixin-mirror.example.cn/s/Qh7xLkP2",
        title="青禾县2024年“春风行动”暨就业援助月活动工作方案",
        date="2024-02-27",
        notes="WeChat page layout (rich_media_title, js_name, publish_time, js_content sections) with the viewer's buttons",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="青禾县2024年“春风行动”暨就业援助月活动工作方案">
<title>青禾县2024年“春风行动”暨就业援助月活动工作方案</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title" id="activity-name">{T}</h1>
<div id="meta_content"><span class="rich_media_meta_text">⟦m 原创⟧</span> <a id="js_name">⟦m 青禾发布⟧</a> <em id="publish_time">⟦m 2024-02-27 18:05⟧</em></div>
<div class="rich_media_content" id="js_content">
{BODY}
<p style="text-align:center"><span>⟦m 来源：县人社局⟧</span></p>
<p style="text-align:center"><span>⟦m 编辑：黄小雨　审核：龚平⟧</span></p>
</div>
<div id="js_tags">⟦a 预览时标签不可点⟧</div>
<div class="qr_code_pc">⟦m 微信扫一扫 关注该公众号⟧</div>
<div id="js_bottom">⟦a 继续滑动看下一个⟧ ⟦a 轻触阅读原文⟧</div>
<div class="interaction">⟦l 分享 收藏 赞 在看⟧ ⟦l 写留言⟧</div>
</div></body></html>
""",
        p_html='<section><p><span style="font-size:15px;letter-spacing:1px;">{}</span></p></section>',
        body="""
为帮助农村劳动力、就业困难人员等重点群体实现就业，根据上级部署，县人社局决定于2024年2月至3月在全县开展“春风行动”暨就业援助月活动，现制定方案如下。
一、活动对象
有转移就业意愿的农村劳动力特别是脱贫劳动力，有用工需求的各类企业；登记失业人员、零就业家庭成员、残疾人等就业困难人员。
二、活动内容
（一）开展招聘服务。活动期间，全县举办现场招聘会不少于8场，其中乡镇专场招聘会4场，同步开展线上直播带岗，为求职者和用人单位搭建对接平台。
（二）开展就业援助。对就业困难人员逐一摸排，实施“一人一档”“一人一策”精准帮扶，对通过市场渠道难以实现就业的，统筹用好公益性岗位兜底安置。
（三）开展技能培训。围绕家政服务、电子商务、电工焊工等工种，组织开展职业技能培训，符合条件的按规定给予培训补贴。
三、工作要求
各乡镇、各有关单位要高度重视，精心组织实施，加强政策宣传，确保活动取得实效。活动结束后，请于4月5日前将工作总结报县人社局就业股。
""",
    ),
    dict(
        slug="wechat-mirror-insight-title-thrice",
        site="微文阅读 mirror of the account 机关写作圈 (invented)",
        style="公众号镜像",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.weiwenyuedu.com/a/20231108/jgxzq/55012.html",
        title="关于加强机关作风建设的几点思考",
        record_title=None,
        date=None,
        notes="no title in the record; the title three times (page head, article title, glued to the first sentence); a writer's contact prompt",
        page="""
!m 微文阅读 — 好文章，值得被看见
{T}
!m 来自公众号：机关写作圈
{T}
!w 需要本文Word版，或代写类似材料，请添加小编微信：jgxzq_8866
{T}{BODY}
!a 觉得有用，请点赞、转发、收藏三连支持！
!d 本页内容由微文阅读自动抓取，版权归原公众号所有。
""",
        body="""
作风建设永远在路上。近年来，机关作风总体向好，但“庸懒散慢”等问题在一些地方仍然不同程度存在。结合工作实际，谈几点思考。
一是要在“学”上下功夫。作风问题归根到底是思想问题。机关干部要把学习作为一种习惯，学政策、学业务、学群众语言，不断提高服务本领，避免“本领恐慌”导致的“不作为”。
二是要在“实”上下功夫。少开会、开短会，少发文、发短文，把更多时间和精力用在抓落实上。对群众反映的问题，要做到件件有回音、事事有着落。
三是要在“严”上下功夫。健全作风建设常态化监督机制，综合运用明察暗访、群众评议等方式，对顶风违纪问题露头就打，让纪律规矩真正成为带电的“高压线”。
作风建设只有进行时，没有完成时。只要我们持之以恒抓下去，机关作风就一定能够持续好转。
""",
    ),
]
