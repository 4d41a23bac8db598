"""Holdout12, part E: training schools, 范文 apps, exam forums, encyclopedia/Q&A, cloud shares, search snapshots. Invented text."""

CASES = [
    dict(
        slug="training-zhongchuang-essay-html-course-ads",
        site="众创公考学堂 (invented)",
        style="培训机构",
        genre="申论范文",
        kind="other",
        form="html",
        source="https://www.zcgkxt.com/shenlun/fanwen/20250302/1187.html",
        title="以“绣花功夫”提升城市精细化治理水平",
        record_title="【申论范文】以“绣花功夫”提升城市精细化治理水平-众创公考",
        date=None,
        notes="training school page: course banner between paragraphs, free-trial popup text, teacher card, class QR; a model essay with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【申论范文】以“绣花功夫”提升城市精细化治理水平-众创公考</title></head><body>
<div class="hd">⟦m 众创公考学堂⟧ ⟦m 上岸，从这里开始⟧ <a>⟦a 免费试听⟧</a> <a>⟦a 学员登录⟧</a></div>
<div class="nav">⟦m 国考 | 省考 | 事业单位 | 选调生 | 申论范文 | 面试真题⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="meta">⟦m 众创教研院　阅读 9,215⟧</p>
{BODY}
<div class="teacher">⟦w 本文主讲：申论名师 岑老师　扫码加入备考群，领取2025申论热点素材包⟧</div>
</div>
<div class="pop">⟦a 限时0元领取《申论高分100篇》⟧ ⟦a 立即领取⟧</div>
<div class="foot">⟦m 众创教育科技有限公司　报名咨询：400-029-8812⟧ ⟦d 本站原创内容，转载须经授权⟧</div>
</body></html>
""",
        body="""
城市管理应该像绣花一样精细。从背街小巷的路灯修缮，到老旧小区的加装电梯，从菜市场的摊位规划，到公交站台的遮阳避雨，城市治理的成效往往体现在一个个细节之中。以“绣花功夫”提升城市精细化治理水平，是满足人民群众美好生活需要的必然要求。
绣花功夫，贵在“精准”。城市治理的对象千差万别，群众的需求各不相同，只有用好大数据、网格化等手段，把城市的“底数”摸清、把群众的“需求”找准，才能做到对症下药、精准施策。
⟦a 👉 2025省考申论冲刺班火热报名中，点击了解详情 👈⟧
绣花功夫，重在“耐心”。精细化治理不是一阵风，而是一项久久为功的系统工程。一些地方搞环境整治，检查前轰轰烈烈，检查后一切照旧，这样的“运动式治理”难以赢得群众认可。唯有建立长效机制，把日常管理做细做实，才能让城市常年保持干净整洁、规范有序。
绣花功夫，难在“协同”。城市治理涉及多个部门，如果各管一段、各自为政，就容易出现“看得见的管不着，管得着的看不见”。要打破部门壁垒，建立“街乡吹哨、部门报到”的协同机制，让各方力量拧成一股绳。
绣花功夫，终在“为民”。城市是人民的城市，城市治理的成效最终要由群众来评判。要畅通群众参与渠道，让市民从“旁观者”变为“参与者”，共建共治共享美好家园。
一针一线绣出城市新颜，一点一滴提升民生温度。以绣花般的耐心、细心和巧心，我们的城市必将更有序、更安全、更干净。
""",
    ),
    dict(
        slug="training-jinbang-insight-text-signup-prompts",
        site="金榜教育培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jinbangedu.net/xueyuan/xinde/661.html",
        title="参加新任教师岗前培训心得体会",
        record_title="学员心得｜参加新任教师岗前培训心得体会",
        date=None,
        notes="training school text page: enrolment prompts with phone and WeChat between the title and the body and after it; testimonial stars; no date",
        page="""
!m 金榜教育 · 教师招聘培训专家
!m 首页 > 学员风采 > 学员心得
!t 学员心得｜参加新任教师岗前培训心得体会
!m 学员：2024届特岗上岸学员 小雨　　★★★★★
!w 教招笔试/面试课程报名：0731-8845 2100　微信同号 jinbang_edu
{BODY}
!a 👍 有帮助（212）　　📤 分享给同学
!l 更多学员心得：从三次落榜到笔试第一｜我的特岗面试备考经历
!m 金榜教育培训学校　办学许可证号：教民143010270000326号
""",
        indent="　　",
        body="""
八月下旬，我参加了县教育局组织的新任教师岗前培训。短短五天的培训，内容丰富、形式多样，既有专家讲座，也有名师示范课和分组研讨，让我这个刚走出校门的新教师受益匪浅。
首先，我对教师这份职业有了更深的认识。培训中，一位从教三十年的老校长讲到，教师不仅是知识的传授者，更是学生成长的引路人。他说，每一个孩子都是一颗种子，只是花期不同，教师要有等待花开的耐心。这句话让我深受触动。
其次，我学到了很多实用的教学方法。在名师示范课上，我看到老师如何用一个生活中的小问题引出新课，如何通过小组合作让每个学生都参与进来。这些方法让我意识到，好的课堂不是老师一个人讲得精彩，而是学生学得主动。
最后，我明确了今后努力的方向。作为新教师，我在课堂管理、教学设计等方面还有很多不足。我将虚心向老教师学习，坚持听课、评课、反思，努力让自己尽快成长为一名合格的人民教师。
""",
    ),
    dict(
        slug="app-bipa-speech-share-page-open-app",
        site="笔帕范文 App share page (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://h5.bipafw.com/share/article?aid=5520981&from=wx",
        title="在村“两委”换届选举工作培训会上的讲话",
        record_title="在村“两委”换届选举工作培训会上的讲话 - 笔帕范文",
        date=None,
        notes="app share page: open-in-app banners at the top, middle and bottom, a continue-reading prompt glued to the last sentence, like counts; no date",
        page="""
!a 打开笔帕App，阅读体验更流畅 ›
!m 笔帕范文｜公文写作神器
{T}
!m 笔帕官方精选 · 2.4万人读过
{BODY}
!a ▼ App内查看全文（还剩约1200字）
!l 相关范文：换届选举工作动员会讲话｜换届选举工作总结
!a 立即下载笔帕App　　已有800万用户在使用
""",
        body="""
同志们：
今天召开全镇村“两委”换届选举工作培训会，主要目的是让大家吃透政策、熟悉程序、掌握方法，确保换届选举工作依法有序进行。
村“两委”换届是农村基层的一件大事，关系到农村基层政权的稳固和乡村振兴战略的实施。这次换届，上级明确提出要选优配强村“两委”班子，特别是选好村党组织书记，进一步优化班子年龄结构和学历结构。
⟦a —— 打开App，收藏本篇，随时查看 ——⟧
在换届选举工作中，大家要严格把好候选人资格关，坚持“十不选”标准，对受过刑事处罚、存在“村霸”和涉黑涉恶问题、参与邪教组织等人员，坚决挡在门外。同时要严明换届纪律，对拉票贿选、干扰破坏选举等违纪违法行为，发现一起、查处一起，决不姑息。⟦a 展开剩余70%⟧
""",
    ),
    dict(
        slug="app-wenhai-oneline-summary-no-title",
        site="文海公文 App export (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.wenhaigw.cn/s/ZQ8x2fa",
        title="2025年上半年综治中心工作总结",
        record_title=None,
        date="2025-06-30",
        notes="no record title; the whole body on one line (paragraphs apart only by indent); an app watermark and a share card; signature date at the end",
        page="""
!m 来自文海公文App　｜　由用户“长河落日”分享
{T}
{BODY}
!a 长按识别二维码，下载文海公文App获取更多范文
!m 文海公文·让写作更高效
""",
        oneline=True,
        indent="　　",
        body="""
今年以来，镇综治中心在镇党委、政府的坚强领导下，坚持和发展新时代“枫桥经验”，整合各方力量，推进矛盾纠纷一站式受理、一揽子调处、全链条解决，全镇社会大局保持和谐稳定。
一是规范化建设全面完成。按照“有场所、有人员、有制度、有流程”的标准，完成综治中心规范化建设，设置群众接待、矛盾调解、心理服务、法律援助等功能区，入驻派出所、司法所、信访办等单位人员9名。
二是矛盾纠纷多元化解。上半年共受理各类矛盾纠纷213件，调解成功205件，调解成功率96.2%，其中邻里纠纷、婚姻家庭纠纷、土地权属纠纷占比达到七成。
三是网格化服务管理不断深化。全镇划分综合网格46个，配备专兼职网格员138名，上半年网格员上报事件1862件，办结率99.1%。
下半年，我们将继续加强综治中心实体化运行，提升矛盾纠纷源头预防和前端化解能力，为全镇经济社会发展营造安全稳定的社会环境。
青溪镇综治中心
2025年6月30日
""",
    ),
    dict(
        slug="examforum-shangan-answer-junk-floors",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.shanganba.com/thread-771029-1-1.html",
        title="公务员试用期满转正个人总结",
        record_title="【资料分享】公务员试用期满转正个人总结（已上岸，回馈论坛）",
        date=None,
        notes="exam forum: points-to-view note, hidden-content notice, reply-to-see text, floor replies, anti-scraping junk as lines and glued after 。; no date",
        page="""
!m 上岸吧公考论坛 » 资料共享区 » 查看主题
!t 【资料分享】公务员试用期满转正个人总结（已上岸，回馈论坛）
!m 楼主 · 考公第三年终于上岸　UID 330912　上岸积分 2688
!a 本帖隐藏的内容需要回复才可以浏览
{BODY}
!l 1#　小鹿乱撞：感谢楼主分享，马上要转正了正需要
!l 2#　申论120分冲冲冲：已收藏，楼主好人一生平安
!a 回复本帖可获得 2 上岸币奖励，每人限 1 次
!d 本版资料均由会员分享，仅供交流学习，严禁商用
""",
        junk=dict(lines=2, glued=3),
        body="""
一年来，在局领导的关心指导和同事们的热情帮助下，我较快地适应了机关工作环境，熟悉了岗位职责和业务流程，圆满完成了试用期各项工作任务。现将试用期情况总结如下。
一、加强学习，提升素质。我坚持把学习作为适应新岗位的第一要务，认真学习党的理论和业务知识，参加初任培训并以优异成绩结业。同时虚心向身边的老同志请教，做到边干边学、边学边干。
二、爱岗敬业，履职尽责。试用期内，我主要负责科室的文字材料起草和综合协调工作，共起草各类文稿60余篇，承办会议14次，整理归档文件资料800余份，做到了及时准确、不出差错。
三、遵规守纪，严于律己。我严格遵守机关各项规章制度，自觉践行中央八项规定精神，按时上下班，不迟到、不早退，始终保持积极向上的工作状态。
当然，我也清醒地认识到自己还存在一些不足，比如工作经验还不够丰富，处理复杂问题的能力还有待提高。今后，我将继续加强学习、勤奋工作，争取在新的岗位上作出更大成绩。
""",
    ),
    dict(
        slug="examforum-kaoyou-interview-html-quote-boxes",
        site="考友之家公考社区 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.kaoyouzj.com/forum/t/209918",
        title="在乡镇新录用公务员见面会上的讲话",
        record_title="在乡镇新录用公务员见面会上的讲话 — 考友之家",
        date="2025-08-18",
        notes="exam community HTML: ad strip for mock interviews, poster card with badges, jammer junk, quoted reply box, 'helpful' button; the speech keeps its date line (neutral)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在乡镇新录用公务员见面会上的讲话 — 考友之家</title></head><body>
<div class="strip">⟦w 结构化面试一对一模考，名额有限，咨询QQ：2839110476⟧</div>
<div class="bread">⟦m 考友之家 ▸ 面试交流 ▸ 讲话材料⟧</div>
<div class="thread">
<div class="poster">⟦m 发帖人：镇里老刘　认证：乡镇组织委员　勋章：资料达人⟧</div>
<h2>{T}</h2>
<p class="dt">（2025年8月18日）</p>
<div class="msg">
{BODY}
</div>
<div class="help">⟦a 有用 +56⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
</div>
<div class="reply">⟦l 引用：新人小白 —— 请问老刘，见面会一般还安排哪些环节？⟧</div>
<div class="reply">⟦l 镇里老刘：一般还有新同志表态发言、分配岗位。⟧</div>
<div class="ft">⟦m 考友之家 kaoyouzj.com　鲁ICP备19038811号⟧</div>
</body></html>
""",
        p_html="<div class=\"line\">{}</div>",
        junk=dict(lines=1, glued=2),
        body="""
各位新同志：
欢迎大家来到青石镇工作！今天，镇党委召开新录用公务员见面会，和大家见见面、认认门，也给大家提几点希望。
你们通过了严格的考试考察，走上了公务员岗位，这是一个新的起点。乡镇工作一头连着党委政府，一头连着人民群众，是最能锻炼人、最能磨炼意志的地方。希望大家珍惜机会，尽快完成从学生到干部的角色转变。
第一，要扎根基层。乡镇条件艰苦、事务繁杂，希望大家沉下心来，多进村入户，多和群众打交道，在基层实践中增长见识、积累经验。
第二，要勤学善思。乡镇工作涉及面广，要学政策、学业务、学群众语言，遇到问题多向老同志请教，不懂就问、不会就学。
第三，要守住底线。刚参加工作就要扣好“第一粒扣子”，严守纪律规矩，廉洁自律，清白做人、干净做事。
镇党委将为大家成长创造条件，也希望大家早日成为乡镇工作的行家里手！
""",
    ),
    dict(
        slug="wiki-baike-entry-html-infobox",
        site="知源百科 (invented encyclopedia)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-doc.com/item/会议纪要/20931",
        title="会议纪要",
        record_title="会议纪要_知源百科",
        date=None,
        notes="encyclopedia entry: infobox, table of contents, edit buttons, reference list, 'entry statistics'; the body is the explanatory text; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>会议纪要_知源百科</title></head><body>
<div class="top">⟦m 知源百科 — 人人可编辑的知识库⟧ <a>⟦a 编辑词条⟧</a> <a>⟦a 添加义项⟧</a></div>
<h1>{T}</h1>
<div class="infobox"><p>⟦m 中文名：会议纪要⟧</p><p>⟦m 类　别：法定公文⟧</p><p>⟦m 适用范围：记载会议主要情况和议定事项⟧</p></div>
<div class="toc">⟦l 目录 1 定义 2 特点 3 写法 4 注意事项⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 党政机关公文处理工作条例⟧</div>
<div class="stat">⟦m 词条统计：浏览次数 48210　编辑次数 17次历史版本⟧</div>
<div class="ft">⟦d 知源百科词条内容仅供参考，如需专业意见请咨询相关人士⟧</div>
</body></html>
""",
        body="""
会议纪要是一种用于记载会议主要情况和议定事项的公文，是《党政机关公文处理工作条例》规定的15种法定公文之一。
会议纪要具有纪实性、概括性和指导性的特点。它必须如实反映会议的内容和议定事项，不能随意增减或改变；它不是会议记录的简单罗列，而是对会议情况的提炼和概括；会议纪要一经印发，对与会单位和有关方面具有约束和指导作用。
会议纪要一般由标题、正文和落款组成。标题通常由“会议名称＋纪要”构成；正文一般包括会议概况和议定事项两部分，概况部分写明会议的时间、地点、主持人、参加人员和主要议题，议定事项部分常用“会议认为”“会议指出”“会议要求”“会议决定”等作为段落开头。
撰写会议纪要应当注意：一是要抓住要点，突出会议的中心议题和议定事项；二是要忠实于会议内容，不能掺杂撰写者个人的观点；三是语言要简洁准确，条理清楚。
""",
    ),
    dict(
        slug="wiki-wenda-answer-text-best-answer",
        site="问一问百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.wenyiwen.cn/q/1752231.html",
        title="请示和报告有什么区别？",
        record_title="请示和报告有什么区别？_问一问",
        date="2025-02-19",
        notes="Q&A page: asker line, best-answer badge, answerer level, thumbs, 'report'; the answer's own 1. 2. 3. list; the only date is the answer's 发布时间 line",
        page="""
!m 问一问 › 公文写作 › 问题详情
{T}
!m 提问者：匿名用户　　悬赏：20 积分
!m ★ 最佳答案　　回答者：公文老法师（知道达人·Lv.9）
!m 发布时间：2025-02-19 14:26
{BODY}
!a 👍 1.6k　　👎　　📝 追问　　⚑ 举报
!l 为你推荐：函和通知的区别｜报告的格式怎么写｜请示能不能一文多事
!d 以上回答来自网友，仅供参考。
""",
        body="""
请示和报告都是上行文，但二者有明显区别，主要体现在以下几个方面：
1.行文目的不同。请示是向上级请求指示、批准，目的是解决问题；报告是向上级汇报工作、反映情况、答复询问，目的是让上级了解情况。
2.行文时间不同。请示必须事前行文，等上级批复后才能办理；报告可以在事前、事中或事后行文，多数是事后报告。
3.内容要求不同。请示要求一文一事，不能在一份请示中同时请求多个事项；报告可以一文一事，也可以一文数事，如综合性工作报告。
4.结尾用语不同。请示结尾一般用“妥否，请批示”“以上请示，请予审批”等；报告结尾一般用“特此报告”“以上报告，请审阅”等。
5.上级处理方式不同。请示属于办件，上级必须及时批复；报告属于阅件，上级一般不需要答复。
总之，需要上级批准的事项用请示，不需要上级批准的用报告，切忌在报告中夹带请示事项。
""",
    ),
    dict(
        slug="netdisk-yunxiang-share-text-wrapped-markers",
        site="云享网盘分享页 (invented)",
        style="网盘分享",
        genre="实施方案",
        kind="plan",
        form="text",
        source="https://pan.yunxiang.cc/s/1Qz8aK3mWp",
        title="澜溪县2025年“校园食品安全守护行动”实施方案",
        record_title="澜溪县2025年“校园食品安全守护行动”实施方案.pdf",
        date="2025-03-05",
        notes="cloud-drive share: file card, save/download buttons, expiry, share owner, online preview text hard-wrapped at 66 with 【页码n】 markers on their own lines; 成文日期 at the end",
        page="""
!m 云享网盘 ｜ 好友分享
!m 澜溪县2025年“校园食品安全守护行动”实施方案.pdf　　(1.2MB)
!m 分享者：溪***民　　分享时间：2025-03-08 10:22　　有效期：永久有效
!a 保存到我的网盘　　普通下载　　极速下载（需开通会员）
!m 在线预览：
{BODY}
!a 预览仅显示部分页面，请下载后查看完整文件
!d 请勿分享违法违规文件，如发现请举报
""",
        wrap=66,
        pages=dict(fmt="【页码{n}】", every=100, start=2),
        body="""
为切实保障在校师生饮食安全，根据上级部署，县教育局、县市场监管局、县卫健局决定在全县开展2025年“校园食品安全守护行动”，现制定实施方案如下。
一、工作目标
全面落实学校食品安全校长（园长）负责制和陪餐制，学校食堂“互联网＋明厨亮灶”覆盖率达到100%，食品安全量化等级良好以上比例达到95%以上，确保全年不发生重大食品安全事件。
二、重点任务
（一）严格食堂管理。学校食堂要严格落实进货查验、索证索票、食品留样、餐用具消毒等制度，严禁采购使用来源不明、超过保质期的食品和原料。
（二）规范校外供餐。对为学校供餐的单位进行全面检查，实行供餐单位准入和退出机制，督促落实配送过程温度控制要求。
（三）整治校园周边。开展校园周边食品经营单位专项检查，重点查处销售“三无”食品、过期食品等违法行为。
（四）加强宣传教育。利用开学第一课、食品安全宣传周等契机，开展食品安全进校园活动，提高师生食品安全意识。
三、时间安排
3月为动员部署阶段，4月至10月为集中整治阶段，11月为总结提升阶段。
澜溪县教育局　澜溪县市场监督管理局　澜溪县卫生健康局
2025年3月5日
""",
    ),
    dict(
        slug="netdisk-kuaichuan-folder-listing-text",
        site="快传云盘 folder share (invented)",
        style="网盘分享",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.kuaichuanpan.com/share/folder/88d1c0e2",
        title="观看警示教育片《镜鉴》心得体会",
        record_title="观看警示教育片《镜鉴》心得体会.txt",
        date=None,
        notes="folder share: folder listing of other files, extraction code, ad banner, txt preview with the title line; no date",
        page="""
!m 快传云盘 · 文件夹分享
!m 📁 2025廉政教育材料（共6个文件）
!l 📄 观看警示教育片《镜鉴》心得体会.txt　8KB
!l 📄 以案促改专题民主生活会对照检查材料.docx　42KB
!l 📄 廉政党课讲稿（三篇）.docx　67KB
!m 提取码：k7x2　　链接有效期：30天
!a 一键转存　　打包下载（需登录）
{T}
{BODY}
!m 广告｜快传会员限时5折，大文件秒传不限速
""",
        indent="    ",
        body="""
根据单位党支部安排，我认真观看了警示教育片《镜鉴》。片中几名落马干部的忏悔令人震撼，也让我深受教育、深刻警醒。
片中的这些干部，有的曾经是业务骨干，有的曾经获得过不少荣誉，但他们在权力和诱惑面前放松了警惕，从收受一条烟、一顿饭开始，一步步滑向违纪违法的深渊。他们的教训告诉我们，“破法”往往始于“破纪”，小节不守，大节难保。
作为一名普通党员干部，我虽然手中没有多大权力，但同样面临各种考验。我将以片中案例为镜，常修为政之德、常思贪欲之害、常怀律己之心，时刻绷紧纪律这根弦。
今后，我将从三个方面做起：一是加强学习，把纪律规矩刻印在心上；二是严守底线，不该拿的不拿、不该吃的不吃；三是管好亲属和身边人，筑牢家庭廉洁防线。
""",
    ),
    dict(
        slug="snapshot-soukuai-cache-text-highlight",
        site="搜快网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.soukuai.com/c?m=9d78d513d98a1fe02c&p=a0d3c5&u=www.qfmz.gov.cn",
        title="栖凤市民政局关于开展2025年度养老机构等级评定工作的通知",
        record_title="栖凤市民政局关于开展2025年度养老机构等级评定工作的通知 - 搜快快照",
        date="2025-05-20",
        notes="search snapshot: cache banner with capture time, original URL, highlighted-words line; the page beneath with its breadcrumb; signature date",
        page="""
!m 您查看的是搜快为以下网址保存的快照：http://www.qfmz.gov.cn/tzgg/2025/0521/331.html
!m 搜快不对网页内容负责。快照生成时间：2025年6月2日 03:14:55
!a 查看原网页　　纯文本版本　　关闭高亮
!m 已高亮以下关键词：养老机构　等级评定
!m 栖凤市民政局 > 通知公告
{T}
{BODY}
!m 栖凤市民政局主办　地址：栖凤市政务中心B座
""",
        body="""
各县（市、区）民政局：
为推动养老机构提升服务质量，根据《养老机构等级划分与评定》国家标准和省民政厅有关要求，市民政局决定开展2025年度养老机构等级评定工作。现将有关事项通知如下。
一、评定对象
全市范围内依法登记或备案满一年，且正常运营的各类养老机构，已获得等级评定有效期未满的除外。
二、评定程序
（一）自愿申报。养老机构对照评定标准开展自评，于6月30日前向所在地县级民政部门提交申请。
（二）初审推荐。县级民政部门对申报材料进行审核，符合条件的按程序推荐。
（三）现场评定。市民政局组织评定组采取查阅资料、实地查看、问卷调查等方式开展评定。
（四）结果公示。评定结果在市民政局网站公示5个工作日，无异议后正式公布。
三、工作要求
各地要高度重视，积极动员辖区养老机构参评，以评促建、以评促改，推动养老服务质量整体提升。
栖凤市民政局
2025年5月20日
""",
    ),
    dict(
        slug="snapshot-liexun-html-archived-copy",
        site="猎讯网页存档 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="https://archive.liexun.net/20250911083022/http://www.tongjiangnews.cn/2025/09/10/70921.html",
        title="桐江县启动秋季校园安全大检查",
        date="2025-09-10",
        notes="archived copy: archive toolbar with capture list and calendar, the old page's nav, the article and its byline 发布时间; archive footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>桐江县启动秋季校园安全大检查 | 桐江新闻网</title></head><body>
<div id="archive-bar">⟦m 猎讯网页存档　已保存 7 次，最早 2025年9月10日，最晚 2025年11月3日⟧ <a>⟦a 上一快照⟧</a> <a>⟦a 下一快照⟧</a> <a>⟦a 关于存档⟧</a></div>
<div class="old-head">⟦m 桐江新闻网⟧ ⟦m 首页　本地　社会　教育　图片⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="by">⟦m 发布时间：2025-09-10 16:45　来源：桐江新闻网　作者：季泓⟧</div>
{BODY}
<div class="ed">⟦m [编辑：黎晓]⟧</div>
</div>
<div id="archive-foot">⟦d 此页面为历史存档副本，内容可能已过时或被原网站修改⟧</div>
</body></html>
""",
        body="""
9月10日，桐江县教育、公安、消防、市场监管等部门组成联合检查组，启动为期一个月的秋季校园安全大检查。
此次检查覆盖全县中小学、幼儿园和校外培训机构共计163所，重点检查校舍安全、消防设施、食堂卫生、校车管理、校园周边治安等内容。检查采取“四不两直”方式，不发通知、不打招呼、直奔现场。
在县第三中学，检查组成员逐一查看了学生宿舍的消防通道、灭火器配备和应急照明情况，并随机抽查了食堂的食品留样记录。对检查中发现的宿舍电线老化、部分灭火器过期等问题，检查组当场下发整改通知书，要求学校限期整改到位。
县教育局相关负责人表示，检查结束后将对发现的问题建立台账、逐项销号，对整改不力的学校予以通报并追究相关责任，切实为广大师生营造安全的学习生活环境。
""",
    ),
]
