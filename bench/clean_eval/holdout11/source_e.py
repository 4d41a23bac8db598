"""Holdout 11, part E: forums, local forums, civil-service-exam forums, Q&A and encyclopedia pages.
Invented text, sites, places and people; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-gongwenba-report-burden-junk-essence",
        site="公文吧论坛 (invented)",
        style="论坛",
        genre="工作汇报",
        kind="report",
        form="text",
        source="https://bbs.gongwenba.example.cn/thread-402217-1-1.html",
        title="关于2025年上半年基层减负工作情况的汇报",
        record_title="[工作汇报] 关于2025年上半年基层减负工作情况的汇报",
        date="2025-07-14",
        notes="forum thread: anti-scraping junk on lines of its own and after 。; an essence notice; floor list under the post; date from the 发表于 line",
        page="""
!m 公文吧论坛 › 材料交流 › 汇报总结
!t [工作汇报] 关于2025年上半年基层减负工作情况的汇报
!m 楼主 ｜ 电梯直达 ｜ 只看大图
!m 稻香村长　发表于 2025-7-14 22:31
!m 该帖被 管理员 于 2025-7-15 09:02 加入精华
{BODY}
!w 承接各类材料代笔，私信或加V：gwb_laocun
!a 收藏(23)　顶(5)　踩(0)
!l 2# 沙发　冬青：这篇结构清楚，数据也实在
!l 3# 板凳　小吏阿木：楼主能否分享一下下半年计划？
!a 快速回复 ｜ 返回列表
!m 公文吧论坛　Powered by BBSWind 3.1
""",
        junk=dict(lines=2, glued=4),
        body="""
今年以来，县委减轻基层负担工作专班坚持把整治形式主义为基层减负作为转变作风的重要内容，聚焦文山会海、督查检查考核过多过频、“指尖上的形式主义”等突出问题，扎实推进基层减负各项工作。现将上半年工作情况汇报如下。
一、精简文件会议成效明显。严格执行发文计划管理，上半年县委、县政府及办公室发文数量同比下降26.4%；全县性会议同比减少31%，推行“套会”“视频会”，会议平均时长控制在1.5小时以内。
二、督查检查考核统筹规范。制定年度督查检查考核计划，未列入计划的一律不得开展；将原来分散的22项专项考核整合为年度综合考核，乡镇迎检迎考频次明显减少。
三、“指尖上的形式主义”得到整治。全面清理整合面向基层的政务应用程序和工作群，关停注销政务APP、小程序14个，撤并工作群组83个，明确不得以留痕代替实绩。
四、基层权责更加明晰。编制乡镇履行职责事项清单，明确基本履职事项138项、配合履职事项76项，严格落实“属地管理”事项准入制度，防止随意向基层转嫁责任。
下一步，我们将持续巩固减负成果，健全长效机制，让基层干部把更多时间和精力用在抓落实、办实事上。
""",
    ),
    dict(
        slug="forum-cailiaoren-insight-html-jammer",
        site="材料人社区 (invented, forum software of its own)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.cailiaoren.example.cn/t/88317",
        title="参加乡村振兴专题培训班心得体会",
        date="2025-05-09",
        notes="HTML forum page: jammer runs in hidden <font> tags inside the post (visible in the rendered text), a poster card, a reward button, a reply editor; date from the post time",
        page="""
<html><head><meta charset="utf-8"><title>参加乡村振兴专题培训班心得体会 - 心得交流 - 材料人社区</title></head><body>
<div class="bar">⟦m 材料人社区⟧　⟦m 心得交流⟧　<a>⟦a 签到领材料币⟧</a></div>
<div class="thread">
<h1>{T}</h1>
<div class="poster"><p>⟦m 楼主：乡野书生⟧</p><p>⟦m 等级：笔杆子Lv.6　帖子 218⟧</p></div>
<div class="posttime">⟦m 发表于 2025-5-9 08:12⟧</div>
<div class="msg">
{BODY}
</div>
<div class="reward">⟦a 打赏楼主 5 材料币⟧ ⟦a 举报⟧</div>
<div class="editor"><p>⟦l 发表回复：说点什么吧……⟧</p><button>⟦a 回复⟧</button></div>
</div>
<div class="ft">⟦m 材料人社区 © 2025　京ICP备2023019964号⟧</div>
</body></html>
""",
        p_html="<div class=\"p\">{}</div>",
        junk=dict(lines=1, glued=4),
        body="""
5月上旬，我参加了市委组织部、市农业农村局联合举办的乡村振兴专题培训班。七天时间里，我们聆听了专家授课，走进了四个乡村振兴示范村现场教学，还分组开展了案例研讨，收获很大。
一是对乡村振兴有了更系统的认识。过去我对乡村振兴的理解比较零散，主要停留在抓产业、搞建设上。通过学习，我认识到乡村振兴是产业、人才、文化、生态、组织的全面振兴，必须统筹推进，不能顾此失彼。
二是对发展乡村产业有了新的思路。在一个示范村，村集体把闲置小学改造成研学基地，每年接待学生两万多人次，村集体收入从不足10万元增加到80多万元。这让我深受启发：乡村资源并不少，关键是要找准路子、盘活用好。
三是对做好群众工作有了更深的体会。现场教学中，一位老支书说：“村里的事，要让群众商量着办。”我所在的村有不少项目推进慢，很大程度上就是因为前期与群众沟通不够。
回村后，我准备从三件事做起：一是召开村民代表会议，把培训学到的好经验讲给大家听；二是梳理村里的闲置资源，研究发展集体经济的具体项目；三是建立村干部联系农户制度，每月至少走访联系户一次。
""",
    ),
    dict(
        slug="forum-jicengzhisheng-summary-quote-signature",
        site="基层之声BBS (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://bbs.jczs.example.cn/viewtopic.php?t=27715",
        title="驻村工作队2025年上半年工作总结",
        record_title="[原创首发] 驻村工作队2025年上半年工作总结",
        date=None,
        notes="decorated record title; a quote of an earlier reply above the post; a forum signature under the post; floors with user titles; no date (a year in the title only)",
        page="""
!m 基层之声BBS › 驻村帮扶版 › 经验分享
!t [原创首发] 驻村工作队2025年上半年工作总结
!m 作者：云岫驻村人　　帖子：1-5 / 5　　阅读：1,472
!l ┌ 引用 2# 老周 的帖子：求一篇驻村工作总结，最好有数据的 ┐
{BODY}
!m ——————————
!m 签名：扎根泥土，方知稻香　｜　个人主页：jczs.example.cn/u/yunxiu
!l 4# 回复　田埂上的风（驻村第一书记）：借鉴了，谢谢楼主
!l 5# 回复　版主-老树：已加分，感谢分享
!a [ 回复主题 ]　[ 发新帖 ]
""",
        body="""
今年上半年，驻村工作队在县委组织部和派出单位的关心支持下，紧紧围绕巩固拓展脱贫攻坚成果、推进乡村全面振兴的任务，与村“两委”一道真抓实干，较好完成了各项工作。现总结如下：
一、抓党建，强化战斗堡垒。协助村党支部规范“三会一课”，组织主题党日活动6次；帮助村里发展入党积极分子2名，吸纳3名返乡青年进入村级后备干部队伍。
二、抓产业，促进群众增收。争取派出单位帮扶资金30万元，建成标准化食用菌大棚12个，带动32户农户参与种植，户均增收5000余元；联系城区两家企业建立农产品定点采购关系，上半年销售土鸡蛋、腊肉等农产品18万元。
三、抓民生，解决急难愁盼。走访农户263户，全覆盖开展防止返贫动态监测，新识别监测对象2户并落实帮扶措施；协调修复通组道路1.8公里、安装太阳能路灯46盏，解决了两个村民小组群众夜间出行难问题。
四、抓治理，维护和谐稳定。推行“积分制”管理，定期评选“美丽庭院”，调解邻里纠纷11起，村庄环境和乡风民风明显好转。
下半年，工作队将重点推进村集体经济项目建设，做好产业后续管护，确保各项帮扶工作取得实效。
""",
    ),
    dict(
        slug="localforum-laishui-notice-water-outage-replies",
        site="濑水论坛 (invented local forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.laishui.example.cn/thread-1188025-1-1.html",
        title="关于城区部分区域临时停水的通知",
        date="2025-08-05",
        notes="local forum repost: posting rules box, poster line with app source, the company's own 客服热线 and signature date stay body; residents' replies are chrome",
        page="""
!m 濑水论坛 — 濑水人的网上家园
!m 濑水论坛 › 濑水生活 › 便民信息
!d 发帖须知：本版仅限发布便民信息，严禁广告、谣言，违者封号处理。
!t 【转】关于城区部分区域临时停水的通知（8月7日）
!m 楼主　濑水小喇叭　|　2025-8-5 18:40　|　来自 濑水论坛App
{T}
{BODY}
!l 2楼　住在城南：又停水？上个月才停过
!l 3楼　河西老街坊：提前储水，谢谢小喇叭
!l 4楼　小白兔的胡萝卜：我们小区在不在范围里？
!a 回复　|　收藏　|　只看楼主
!m 濑水论坛　|　濑水市网络文化协会会员单位　|　湘ICP备11003274号
""",
        body="""
尊敬的用户：
因城区供水管网改造工程施工需要，我公司将于2025年8月7日（星期四）9:00至21:00对中山路、建设路、人民东路部分区域实行临时停水。具体停水范围如下：
一、中山路（五一广场至濑江大桥段）两侧单位及居民小区；
二、建设路（体育馆至火车站段）两侧单位及居民小区；
三、人民东路沿线的金色家园、滨江花园、东湖小区。
停水期间，请相关区域用户提前做好储水准备，并关闭室内水龙头，以免恢复供水时造成损失。如遇特殊情况，我公司将视施工进展提前或推迟恢复供水。
由此给您带来的不便，敬请谅解！
服务热线：0745-2223456（24小时）
濑水市自来水有限公司
2025年8月5日
""",
    ),
    dict(
        slug="localforum-zhechuan-conscription-wrapped-junk",
        site="柘川人网 (invented local forum)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.zhechuanren.example.cn/forum/t/552108",
        title="柘川县2025年下半年征兵工作通告",
        record_title=None,
        date="2025-06-20",
        notes="no record title; a local forum post hard-wrapped at 60 columns with junk glued after 。 and on a line of its own; date in Chinese numerals at the end; sidebar of the local board",
        page="""
!m 柘川人网 · 柘川本地第一社区
!m 首页 ＞ 柘川杂谈 ＞ 政务信息
!t 〖扩散〗柘川县2025年下半年征兵工作通告
!m 发布：柘川老兵　　人气：5,266　　回帖：38
{T}
{BODY}
!l —— 柘川杂谈版热帖 ——
!l · 城东菜市场下月起改造，摊位临时搬迁
!l · 今年高考我县一本上线人数创新高
!a 登录后参与讨论　｜　分享到朋友圈
""",
        wrap=60,
        junk=dict(lines=1, glued=2),
        body="""
根据《中华人民共和国兵役法》和上级关于2025年下半年征兵工作的部署，现将我县征兵工作有关事项通告如下：
一、征集对象。以大学生为重点征集对象，优先批准高校毕业生入伍。男青年征集年龄为2025年年满18至22周岁，普通高等学校毕业生、在校生可放宽至24周岁，研究生可放宽至26周岁；女青年征集对象为普通高等学校应届毕业生和在校生。
二、报名时间。男青年网上报名截止时间为8月10日18时，女青年网上报名截止时间为6月30日18时。符合条件的青年可登录“全国征兵网”进行报名。
三、优待政策。入伍青年除享受国家规定的优待政策外，还可按照我县规定享受义务兵家庭优待金、大学生入伍奖励金等；退役后可享受就业安置、教育培训等方面的优惠政策。
四、法律责任。依法应征的公民，应当按时参加体检、政治考核；拒绝、逃避兵役登记和体格检查的，将依法予以处理。
咨询电话：县人民政府征兵办公室 0793-5821066。
柘川县人民政府征兵办公室
二〇二五年六月二十日
""",
    ),
    dict(
        slug="examforum-shangan-essay-hidden-reply-prompt",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shanganba.example.cn/thread-77310-1-1.html",
        title="以“小切口”推动基层治理“大变化”",
        record_title="【申论范文】以“小切口”推动基层治理“大变化”（附批改）",
        date=None,
        notes="exam forum: a board tag and （附批改） around the title; a 'hidden content shown after reply' notice; points reward; a teacher's grading comment after the essay is chrome; no date",
        page="""
!m 上岸吧公考论坛 › 申论 › 大作文批改区
!t 【申论范文】以“小切口”推动基层治理“大变化”（附批改）
!m 楼主：备考的橙子　　第1楼
!d ※ 本帖隐藏内容已显示（您已回复本帖）
{T}
{BODY}
!l 【批改】阅卷老师-秦：立意准确，结构完整，建议第三段增加一个具体案例，预估一类文下（30/40）。
!a 积分 +5 上岸币　　｜　评分　｜　收藏本帖
!l 相关帖子：基层治理类大作文素材汇总 ｜ 2025省考申论真题解析
""",
        body="""
基层是国家治理的“神经末梢”，基层治理水平直接关系群众的获得感、幸福感、安全感。近年来，不少地方从群众身边的“小事”入手，以“小切口”撬动基层治理的“大变化”，为推进基层治理现代化提供了有益借鉴。
以“小切口”推动“大变化”，要在精准发现问题上下功夫。群众的烦心事、操心事、揪心事，往往就是基层治理的切入点。一些地方推行“网格员日巡访”“民情恳谈会”，把问题发现在一线、解决在一线，避免小问题拖成大矛盾。
以“小切口”推动“大变化”，要在创新方法手段上求突破。楼道堆物、停车难、加装电梯，这些看似琐碎的问题，却考验着基层的治理智慧。有的社区通过“居民议事厅”让群众自己商量、自己决定，有的通过“积分超市”激励居民参与公共事务，小办法解决了大难题。
以“小切口”推动“大变化”，要在建立长效机制上见实效。治理不能“一阵风”，解决一个问题，更要完善一类制度。只有把行之有效的做法固化为制度规范，才能推动基层治理从“治标”走向“治本”。
治大国若烹小鲜。只要我们始终坚持以人民为中心，从群众身边的小事做起，久久为功，就一定能绘就基层善治的新画卷。
""",
    ),
    dict(
        slug="examforum-lanxuan-report-sample-answer-junk",
        site="遴选之家论坛 (invented)",
        style="公考论坛",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://www.linxuanzhijia.example.cn/forum/thread-20577.html",
        title="关于老旧小区电动自行车充电设施建设情况的调研报告",
        record_title="【遴选笔试】关于老旧小区电动自行车充电设施建设情况的调研报告 参考范文",
        date=None,
        notes="decorated record title; exam forum post with junk runs; a 'question source' line above and a materials download prompt below; no date",
        page="""
!m 遴选之家论坛 » 遴选笔试 » 公文写作题
!t 【遴选笔试】关于老旧小区电动自行车充电设施建设情况的调研报告 参考范文
!m 题目来源：2025年某市直机关公开遴选笔试第三题（回忆版）
!m 发帖人　笔试刷题王　|　精华 3　|　积分 1,902
{T}
{BODY}
!a 本题全部材料（共6则）回复后下载：[附件] 材料.pdf（需 2 金币）
!l 顶楼主　|　这种题要注意报告格式　|　收藏了，明天考试
""",
        junk=dict(lines=1, glued=2),
        body="""
为破解老旧小区电动自行车“充电难”“充电险”问题，市住建局会同市消防救援支队组成调研组，于近期对主城区28个老旧小区开展专题调研。现将有关情况报告如下。
一、基本情况
调研的28个老旧小区共有居民1.4万户，电动自行车保有量约1.1万辆。目前，已建成集中充电设施的小区9个，共设充电端口860个，仅能满足约两成车辆的充电需求。
二、存在问题
一是充电设施覆盖率低。近七成小区没有集中充电设施，居民“飞线充电”“入户充电”现象普遍。二是建设用地紧张。老旧小区公共空间有限，充电棚选址难，部分居民担心噪声和安全问题而反对建设。三是运营维护缺位。部分已建充电设施由于缺乏专业运营主体，损坏后无人维修，利用率不高。
三、对策建议
一是加强规划统筹，将充电设施建设纳入老旧小区改造必改内容。二是创新建设模式，引入专业企业投资建设和运营，通过充电服务费实现收支平衡。三是强化安全监管，开展电动自行车消防安全专项整治，对违规充电行为依法查处。四是加强宣传引导，发挥社区、物业和业委会作用，做好居民沟通解释工作。
""",
    ),
    dict(
        slug="qa-wenda-retirement-address-best-answer",
        site="问答汇 (invented Q&A site)",
        style="问答社区",
        genre="致辞",
        kind="speech",
        form="text",
        source="https://www.wendahui.example.cn/q/3318270.html",
        title="在老同志退休欢送会上的致辞",
        date=None,
        notes="Q&A page: the question and counters are chrome, the best answer carries the address under its own heading; useful/useless row, other answers, answer button; no absolute date on the page",
        page="""
!m 问答汇 › 职场 › 公文写作
!m 求一篇在退休欢送会上的致辞，单位老科长下个月退休，急用！
!m 3个回答 · 被浏览 2,914 · 提问者：小豆芽8826
!m 最佳答案　笔尖上的舞者 ｜ 采纳率 87% ｜ 擅长：公文写作
{T}
{BODY}
!l 有用(56)　无用(2)　评论(4)
!w 需要按单位情况改写的，可私信答主定制，24小时交稿
!l 其他回答（2）
!l 海边的风：可以先回顾工作经历，再表达感谢和祝福，最后提希望。
!a 我来回答　　　　邀请更多人回答
""",
        body="""
各位领导、同志们：
今天，我们在这里欢聚一堂，为光荣退休的老科长罗建国同志举行欢送会。首先，我代表局党组，向罗建国同志表示衷心的感谢和崇高的敬意！
罗建国同志1985年参加工作，先后在基层站所、局办公室、规划科等岗位工作，在规划科科长岗位上一干就是十二年。四十年来，他始终兢兢业业、任劳任怨，经手的规划审批项目上千个，从未出过一次差错。他为人正派、作风扎实，对年轻同志倾囊相授，科里先后有五名同志走上了领导岗位，大家都亲切地称他为“老师傅”。
退休不是工作的终点，而是新生活的起点。希望罗建国同志退休后多保重身体，多陪陪家人，培养兴趣爱好，享受幸福的晚年生活。也欢迎您常回“家”看看，继续关心支持我们的工作，为我们多提宝贵意见。
同志们，老同志身上那种爱岗敬业、无私奉献的精神，是我们宝贵的财富。我们要以罗建国同志为榜样，立足本职、勤奋工作，把老同志开创的事业继续推向前进。
最后，衷心祝愿罗建国同志身体健康、家庭幸福、晚年快乐！
""",
    ),
    dict(
        slug="qa-zhiyan-column-pledge-html-upvotes",
        site="知言 (invented Q&A community)",
        style="问答社区",
        genre="表态发言",
        kind="speech",
        form="html",
        source="https://www.zhiyan.example.cn/question/51207733/answer/90021456",
        title="在全镇秋冬季森林防火工作会议上的表态发言",
        date="2025-10-21",
        notes="HTML answer page: the question title, answer author card, upvote count, comment/share/collect bar, 发布于 time (the date), related questions",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>村支书在森林防火会议上的表态发言怎么写？ - 知言</title></head>
<body>
<header>⟦m 知言 - 有问题，就会有答案⟧ <a>⟦a 登录⟧</a></header>
<div class="q">⟦m 村支书在森林防火会议上的表态发言怎么写？⟧</div>
<div class="qmeta">⟦m 关注者 38　被浏览 11,203⟧</div>
<div class="answer">
<div class="author">⟦m 山里的笔杆子　乡镇办公室工作十年　｜　152 人赞同了该回答⟧</div>
<h3>{T}</h3>
<div class="RichText">
{BODY}
</div>
<div class="time">⟦m 发布于 2025-10-21 22:05 · IP 属地湖南⟧</div>
<div class="actions">⟦l ▲ 赞同 152　▼　💬 添加评论　↗ 分享　★ 收藏　♡ 喜欢⟧</div>
</div>
<div class="related"><h4>⟦l 相关问题⟧</h4><p>⟦l 乡镇森林防火工作总结怎么写？ 6 个回答⟧</p><p>⟦l 村级防汛表态发言有哪些要点？ 3 个回答⟧</p></div>
</body></html>
""",
        body="""
尊敬的各位领导、同志们：
秋冬季节天干物燥，是森林火灾的高发期。刚才，镇党委、镇政府对今年秋冬季森林防火工作作了全面部署，我们石磴村将坚决贯彻落实会议精神。下面，我代表石磴村作表态发言。
一是压实责任，做到守土有责。我们村山林面积2.3万亩，与两个县交界，防火任务重。村里将把防火责任分解到每个村民小组、每个护林员、每块山头地块，做到山有人管、林有人护、火有人防、责有人担。
二是管住火源，做到源头严控。在进山路口设置检查卡点8个，安排专人值守；对祭祀用火、农事用火实行审批和现场监管；对辖区内独居老人、智障人员等重点人群落实专人监护。
三是强化宣传，做到家喻户晓。利用“村村响”广播每天播放防火知识，组织党员干部入户发放森林防火告知书，确保防火知识覆盖到每家每户。
四是备足力量，做到拉得出打得赢。整合民兵、护林员和党员骨干组建30人的半专业扑火队，储备风力灭火机、铁扫把等扑火工具，一旦发生火情，确保第一时间赶到、第一时间处置。
我们将以最坚决的态度、最有力的措施，确保全村今冬明春不发生森林火灾，请镇党委、镇政府放心！
""",
    ),
    dict(
        slug="baike-yulingpedia-regulation-adoption-line",
        site="榆陵百科 (invented encyclopedia)",
        style="百科问答",
        genre="规章制度",
        kind="other",
        form="text",
        source="https://baike.yuling.example.cn/item/榆陵县农村集体资产管理办法/2207",
        title="榆陵县农村集体资产管理办法",
        date="2024-08-20",
        notes="encyclopedia entry of a county regulation: the adoption line under the title gives the date (neutral line); the 施行 date inside the text is no publish date; entry card, contents box with chapter names, edit buttons, references and statistics are chrome",
        page="""
!m 榆陵百科 — 了解榆陵，从这里开始
!a 编辑　|　讨论　|　上传视频　|　收藏
{T}
（2024年8月20日榆陵县人民政府第37次常务会议通过）
!m 百科名片：《榆陵县农村集体资产管理办法》是榆陵县人民政府制定的规范性文件，共四章十五条。
!l 目录：1 第一章 总则　2 第二章 资产管理　3 第三章 监督检查　4 第四章 附则
{BODY}
!l 参考资料：[1] 榆陵县人民政府门户网站 政策文件栏目
!m 词条统计：浏览次数 3,107　编辑次数 4 次　最近更新：2025-03-02
!d 本词条由“榆陵百科”编辑团队审核，内容仅供参考，以政府发布文本为准。
""",
        body="""
第一章　总则
第一条　为加强农村集体资产管理，维护农村集体经济组织及其成员的合法权益，促进农村集体经济发展，根据有关法律法规，结合本县实际，制定本办法。
第二条　本办法所称农村集体资产，是指农村集体经济组织成员集体所有的资源性资产、经营性资产和非经营性资产。
第三条　农村集体资产管理遵循民主管理、公开透明、保值增值的原则。
第二章　资产管理
第四条　农村集体经济组织应当建立集体资产台账，对集体资产进行登记，详细记录资产的名称、类别、数量、价值、使用状况等信息，并定期清查核实。
第五条　农村集体资产的发包、出租、投资等重大事项，应当经集体经济组织成员大会或者成员代表大会讨论决定，并在集体经济组织范围内公示。
第六条　经营性资产的发包、出租原则上应当进入乡镇农村产权交易平台公开交易，合同期限一般不超过五年，确需超过的须报乡镇人民政府审核。
第三章　监督检查
第七条　县农业农村部门负责指导全县农村集体资产管理工作，会同财政、审计等部门开展监督检查。
第八条　村务监督委员会负责监督本村集体资产管理情况，有权查阅有关账目和资料。
第九条　乡镇人民政府应当每年组织对辖区内农村集体资产管理情况进行一次检查，并将检查结果在集体经济组织范围内公开。
第十条　县审计部门和乡镇农村经营管理机构应当按照有关规定，对农村集体经济组织负责人实行任期经济责任审计和离任审计。
第十一条　任何单位和个人不得侵占、挪用、截留、哄抢、私分或者非法查封、扣押、冻结、没收、破坏农村集体资产。
第十二条　违反本办法规定，造成农村集体资产损失的，由有关部门责令改正，依法追究相关责任人的责任；构成犯罪的，依法追究刑事责任。
第四章　附则
第十三条　农村集体经济组织可以依照本办法，结合本组织实际制定具体管理制度。
第十四条　本办法由县农业农村局负责解释。
第十五条　本办法自2024年10月1日起施行。
""",
    ),
]
