"""holdout101, part E: company sites, training schools, writing apps, exam forums,
encyclopaedias and a cloud drive (a public-piano maker, a snow-clearing contractor, book
drifting, a time bank, street trees, rice terraces, herdsmen's settlement, a fishing village,
a gorge scenic area, bamboo forests, an ancient post road). Invented text."""

CASES = [
    dict(
        slug="company-html-public-piano-news",
        site="琴岚乐器有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qinlan-piano.example.com/news/company/2025-09-12-88.html",
        title="琴岚乐器向城市书房捐赠十架“街头钢琴”",
        record_title="琴岚乐器向城市书房捐赠十架“街头钢琴”_公司新闻_琴岚乐器",
        date="2025-09-12",
        notes="company site: product menu, online-store link, a 400 sales line in the header; a photo caption between paragraphs; date in a dotted 2025.09.12 line (the page's date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>琴岚乐器向城市书房捐赠十架“街头钢琴”_公司新闻_琴岚乐器</title></head><body>
<div class="hd">⟦m 琴岚乐器⟧ ⟦w 全国销售热线 400-667-1880⟧ ⟦a 官方商城⟧</div>
<div class="menu">⟦m 关于琴岚　立式钢琴　三角钢琴　数码钢琴　新闻中心　服务网点⟧</div>
<div class="loc">⟦m 新闻中心 / 公司新闻⟧</div>
<h1>⟦t 琴岚乐器向城市书房捐赠十架“街头钢琴”⟧</h1>
<div class="date">⟦m 2025.09.12　|　品牌部⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="prev-next">⟦l 上一则：琴岚数码钢琴亮相国际乐器展⟧ ⟦l 下一则：钢琴调律师技能大赛圆满落幕⟧</div>
<div class="ft">⟦m 琴岚乐器有限公司 版权所有⟧ ⟦m 浙ICP备15009981号-1⟧</div>
</body></html>
""",
        body="""
9月12日，琴岚乐器有限公司向瑶光市十家城市书房捐赠十架立式钢琴，作为“街头钢琴”供市民免费弹奏。
捐赠仪式上，公司总经理林思源表示，希望这些钢琴能让更多人在阅读之余感受音乐的乐趣，让城市多一些温暖的声音。
⟦m 图：市民在城市书房弹奏捐赠的钢琴。⟧
据了解，公司将为这些钢琴提供三年免费调律和维修服务，并组织员工志愿者定期开展“周末钢琴课”公益活动。
""",
    ),
    dict(
        slug="company-snow-clearing-plan-winter",
        site="北川环境服务集团 (invented)",
        style="企业官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.beichuan-huanjing.example.com/about/notice/2024-11-05.html",
        title="2024—2025年度冬季道路除雪保畅工作方案",
        record_title="2024—2025年度冬季道路除雪保畅工作方案 - 北川环境服务集团",
        date="2024-11-05",
        notes="company site text: job-openings and customer-service lines as chrome; equipment table one row a paragraph; the plan's own 调度电话 kept; date under the signature",
        page="""
!m 北川环境服务集团 | 让城市更洁净
!m 首页 › 企业公告 › 正文
!t 2024—2025年度冬季道路除雪保畅工作方案 - 北川环境服务集团
{BODY}
!a 【返回】【顶部】
!m 人才招聘进行中：环卫车辆驾驶员若干名
!w 客户服务热线：0451-8600119（工作日）
!m © 2024 北川环境服务集团有限公司
""",
        body="""
为确保今冬明春城区道路降雪后及时清理、交通畅通，结合公司承接的城区道路保洁服务合同，制定本方案。
一、工作原则：以雪为令、快速反应，先主干道后次干道，先桥梁坡道后平直路段。
二、机械设备配置
设备　数量　责任班组
撒布机　12台　机械一队
推雪铲　20台　机械二队
小型扫雪车　35台　各片区
三、作业要求：小雪随下随清，中雪以上雪停后6小时内主干道见路面，24小时内全部清运完毕。
四、指挥调度：公司设立除雪指挥部，降雪期间24小时值班，调度电话：0451-8600236。
北川环境服务集团有限公司
2024年11月5日
""",
    ),
    dict(
        slug="training-book-drifting-letter-parents",
        site="知行学堂 (invented training school)",
        style="培训机构",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.zhixingxt.example.com/news/2025/0420/77.html",
        title="“图书漂流”活动致家长的一封信",
        record_title="学员家长必读 | “图书漂流”活动致家长的一封信",
        date="2025-04-20",
        notes="training school page: trial-class prompt and a course consultant's phone as contact chrome; a 回执 with placeholders kept in the body; date under the signature",
        page="""
!m 知行学堂 · 阅读写作小班课
!t 学员家长必读 | “图书漂流”活动致家长的一封信
!m 发布：教务处　2025-04-20
{BODY}
!w 预约免费试听课 → 课程顾问 唐老师 177-0451-9236
!a 转发给其他家长
!l 往期回顾：寒假阅读打卡优秀学员名单
!m 知行学堂（琼阳校区）　地址：琼阳市解放路58号3楼
""",
        body="""
亲爱的家长：
为培养孩子的阅读兴趣，让好书在孩子们之间流动起来，学堂将于4月下旬开展“图书漂流”活动。
一、每位学员从家中带一至两本适合同龄人阅读的图书，在扉页写上自己的名字和一句推荐语。
二、图书放入学堂“漂流书架”，学员每次可借阅一本，两周内归还。
三、活动结束后，图书将原样归还本人，如有损坏由借阅学员照价赔偿。
请家长填写下方回执，并于4月25日前交给任课老师。
回执：学员姓名＿＿＿＿　班级＿＿＿＿　捐赠书名＿＿＿＿　家长签名＿＿＿＿
知行学堂教务处
2025年4月20日
""",
    ),
    dict(
        slug="training-html-time-bank-volunteer-course",
        site="善邻社会工作培训中心 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="html",
        source="https://www.shanlin-sw.example.org/course/2025/timebank.html",
        title="“时间银行”志愿者骨干培训计划",
        record_title="“时间银行”志愿者骨干培训计划（2025年第二期）-善邻社工培训",
        date=None,
        notes="training-centre HTML: course-enrol button, 'limited seats' banner, a course table one row a paragraph; no date (a year only in the record title; a 更新于 N天前 stamp)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>“时间银行”志愿者骨干培训计划（2025年第二期）-善邻社工培训</title></head><body>
<div class="bar">⟦m 善邻社会工作培训中心⟧ ⟦a 在线报名⟧ ⟦a 学员登录⟧</div>
<div class="hot">⟦a 本期名额仅剩 8 个，抓紧报名！⟧</div>
<h1>⟦t “时间银行”志愿者骨干培训计划⟧</h1>
<div class="upd">⟦m 更新于 6天前　课程编号 SW-TB-02⟧</div>
<div class="course">
{BODY}
</div>
<div class="more"><h3>⟦l 您可能感兴趣的课程⟧</h3><p>⟦l 社区老年人照护基础班⟧</p><p>⟦l 社工师考前冲刺班⟧</p></div>
<div class="foot">⟦d 课程内容以开课通知为准，本中心保留最终解释权⟧</div>
</body></html>
""",
        body="""
“时间银行”是志愿者把服务他人的时间存起来，将来需要时再兑换他人服务的互助模式。为培养一批懂管理、会服务的骨干志愿者，制定本培训计划。
一、培训对象：各社区“时间银行”服务站站长、骨干志愿者，每期40人。
二、课程安排
模块　内容　课时
模块一　时间银行的运行规则　4
模块二　老年人助餐助洁服务技能　6
模块三　服务时长记录与兑换管理　4
三、考核方式：理论测试与实操考核相结合，合格者颁发结业证书。
""",
    ),
    dict(
        slug="fanwenapp-street-trees-summary-wrapped",
        site="笔耕范文APP (invented writing app share page)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bigengapp.example.com/s/v9Wk2dPq",
        title="城区行道树修剪养护工作总结",
        record_title="城区行道树修剪养护工作总结｜笔耕范文",
        date="2024-12-18",
        notes="writing-app share page: hard-wrapped at 64 columns, 'open in app' prompts at top and bottom, an AI-rewrite button; 成文日期 under the signature",
        indent="\u3000\u3000",
        wrap=64,
        page="""
!a 打开笔耕APP，阅读体验更佳 ›
!t 城区行道树修剪养护工作总结｜笔耕范文
!m 笔耕范文 · 12.6万人已收藏
{BODY}
!a ✎ AI帮我改写成本单位版本
!a 在APP内打开查看全部 3 篇同类范文
!d 范文仅供参考，请勿直接照搬使用。
""",
        body="""
2024年，园林绿化所按照“安全第一、适度修剪、保护树形”的原则，全面完成了城区行道树修剪养护任务。
一、主要成效。全年修剪行道树一万一千余株，清除枯死枝和病虫枝三百余吨，处理影响交通信号灯和架空线路的树枝四百二十处，补植缺株三百六十株。
二、主要做法。一是分片包干，将城区划分为六个养护片区，每片明确责任班组；二是错峰作业，主干道修剪安排在夜间进行，减少对交通的影响；三是科学防治，对国槐尺蠖等害虫采用生物防治为主的办法。
三、存在问题。部分老城区行道树树池过小，根系拱起人行道的问题较为突出，需要在明年统筹改造。
城区园林绿化管理所
2024年12月18日
""",
    ),
    dict(
        slug="fanwenapp-rice-terraces-tourism-speech",
        site="公文宝APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.gongwenbao.example.cn/share/article/330918?from=wx",
        title="在梯田文化旅游节开幕式上的致辞",
        record_title="在梯田文化旅游节开幕式上的致辞（可直接使用）",
        date=None,
        notes="writing-app share: member-unlock line between paragraphs, a 'copy full text' action glued after a sentence, download-app footer; speaker line neutral; no date in the document",
        page="""
!m 公文宝 | 写公文，用公文宝
!t 在梯田文化旅游节开幕式上的致辞（可直接使用）
县委副书记、县长　×××
{BODY}
!a 下载公文宝APP，解锁10万篇精品范文
!l 相关范文：在茶文化节开幕式上的致辞 / 在乡村旅游推介会上的讲话
""",
        body="""
尊敬的各位来宾，女士们、先生们、朋友们：
金秋时节，层层梯田稻浪翻金。今天，我们在这里隆重举行第五届梯田文化旅游节。我代表县委、县政府，向远道而来的各位嘉宾表示热烈欢迎！
我县梯田开垦历史已有一千多年，总面积达三万余亩，是先民们依山造田、引水灌溉的智慧结晶。⟦a 复制全文⟧
⟦a 以下内容为会员专享，开通后可查看完整致辞⟧
近年来，我们坚持保护与开发并重，实施梯田修复、古村改造和民宿提升工程，梯田旅游已成为群众增收致富的重要渠道。
衷心希望各位嘉宾走进梯田、品味农耕文化，也欢迎大家常来做客。
最后，预祝本届旅游节圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="gkforum-herdsmen-shenlun-material-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.shangangk.example.com/thread-902211-1-1.html",
        title="申论素材：牧民定居点里的新生活",
        record_title="[申论素材] 申论素材：牧民定居点里的新生活（附使用角度）",
        title_also=["牧民定居点里的新生活"],
        date="2025-03-03",
        notes="exam forum post: junk lines and glued junk; a 'reply to see the hidden part' prompt; material tips as part of the post; 发表于 line as the page's date",
        junk=dict(lines=2, glued=2),
        page="""
!m 上岸公考论坛 » 申论交流 » 素材积累
!t [申论素材] 申论素材：牧民定居点里的新生活（附使用角度）
!m 楼主：备考的小驼铃　发表于 2025-3-3 22:41　只看楼主
{BODY}
!a 本帖隐藏内容需要回复才可浏览
!l 回复：感谢分享，收藏了！
!l 回复：求更多乡村振兴类素材
!m 上岸公考论坛 - 助你一战上岸
""",
        body="""
过去，草原上的牧民逐水草而居，孩子上学难、老人看病难。近年来，我省在牧区建设了一批牧民定居点，水、电、路、网通到家门口。
在某县的一个定居点，牧民们住进了宽敞的砖房，孩子在寄宿制学校上学，老人在卫生室就能量血压、拿常用药。
定居不等于放弃放牧。当地推行“冬春舍饲、夏秋放牧”，建设了标准化棚圈，既保护了草场，又提高了牲畜出栏率。
使用角度：可用于“乡村振兴”“公共服务均等化”“生态保护与民生改善协同”等话题。
""",
    ),
    dict(
        slug="gkforum-html-fishing-village-interview-answer",
        site="考公圈 (invented exam forum)",
        style="公考论坛",
        genre="表态发言",
        kind="speech",
        form="html",
        source="https://www.kaogongquan.example.net/t/55190.html",
        title="面试真题范答：如何做好渔村转产转业工作",
        record_title="面试真题范答：如何做好渔村转产转业工作 - 面试专区 - 考公圈",
        date="2025-05-07",
        notes="exam-forum HTML: level badge and points, a course advert box between paragraphs (on its own paragraph), reply floors; the answer's own numbered points; 发布于 as the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>面试真题范答：如何做好渔村转产转业工作 - 面试专区 - 考公圈</title></head><body>
<div class="hd">⟦m 考公圈 · 公考人的交流社区⟧ ⟦a 签到领积分⟧</div>
<div class="crumb">⟦m 首页 › 面试专区 › 真题范答⟧</div>
<h1>⟦t 面试真题范答：如何做好渔村转产转业工作⟧</h1>
<div class="author">⟦m 海边的面试官　Lv.6　积分 3302⟧ ⟦m 发布于 2025-05-07 19:20⟧</div>
<div class="post">
{BODY}
</div>
<div class="floor">⟦l #2 浪花一朵朵：第二点写得好，很有画面感⟧</div>
<div class="floor">⟦l #3 冲鸭：求一个结构化面试的框架⟧</div>
<div class="ft">⟦d 本站内容为网友原创，转载须经作者同意⟧</div>
</body></html>
""",
        body="""
题目：随着近海禁捕政策实施，某渔村部分渔民面临转产转业。如果由你负责这项工作，你会怎么做？
第一，摸清底数。我会和村干部一起逐户走访，了解每户渔民的年龄、技能和转产意愿，建立台账。
第二，精准培训。针对年轻渔民开展海上养殖、船舶驾驶等技能培训，针对年纪较大的渔民开发渔家乐、海产品加工等就近就业岗位。
⟦a 【面试精讲班】名师一对一点评，限时立减300元⟧
第三，落实保障。帮助符合条件的渔民申请转产补贴和社会保险补贴，解决他们的后顾之忧。
第四，跟踪回访。定期回访已转产渔民，及时帮助解决新问题，确保转得出、稳得住、能致富。
""",
    ),
    dict(
        slug="baike-notice-gorge-template-placeholders",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="text",
        source="https://baike.zhiyuan.example.com/item/景区临时闭园通知/88213",
        title="景区临时闭园通知",
        record_title="景区临时闭园通知_知源百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue, a sample notice with ××× placeholders and 20××年×月×日 (no date); an example date inside a sentence is not the date; references box",
        page="""
!m 知源百科 — 可以编辑的知识库
{T}
!a 编辑　讨论　收藏　分享
!m 本词条由“知源百科·文旅”编辑团队审核　浏览 6,203 次
!l 目录：1 定义　2 写作要点　3 范例
{BODY}
!l 参考资料：[1] 旅游景区管理常用文书汇编
!l 词条标签：公文　通知　景区
!d 百科词条内容仅供参考，如需专业意见请咨询有关部门。
""",
        body="""
景区临时闭园通知，是旅游景区因天气、安全、施工等原因暂停对游客开放时，向社会公开发布的告知性文书。
写作要点：应写明闭园原因、闭园起止时间、已购票游客的退改办法和咨询方式。闭园时间要写具体，例如“自2024年7月15日12时起”，不能只写“近期”。
范例：
关于×××峡谷景区临时闭园的通知
因强降雨天气影响，景区栈道存在落石风险，为确保游客安全，×××峡谷景区自20××年×月×日起临时闭园，开园时间另行通知。已购票游客可在购票平台申请全额退款。
×××峡谷景区管理处
20××年×月×日
""",
    ),
    dict(
        slug="baike-html-bamboo-forest-fire-qa",
        site="问林百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenlinbaike.example.org/question/20931.html",
        title="竹林防火期间进山要注意什么？",
        record_title=None,
        date=None,
        notes="encyclopaedia Q&A HTML: no record title, the question found in the h1; expert card; 'was this helpful' bar; related entries; relative time 2天前 not a date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>问林百科 - 林业知识问答</title></head><body>
<div class="hd">⟦m 问林百科 · 林业知识问答⟧ <input placeholder="搜索"> ⟦a 搜索⟧</div>
<h1>⟦t 竹林防火期间进山要注意什么？⟧</h1>
<div class="expert">⟦m 专家回答：林业工程师 程松柏　2天前⟧</div>
<div class="answer">
{BODY}
</div>
<div class="helpful">⟦l 这个回答对您有帮助吗？ 有帮助(57) 没帮助(1)⟧</div>
<div class="rel"><h3>⟦l 相关词条⟧</h3><p>⟦l 毛竹林冬季管护⟧ ⟦l 森林火险等级⟧</p></div>
<div class="foot">⟦m 问林百科 © 2025 保留所有权利⟧</div>
</body></html>
""",
        body="""
竹林枝叶含油脂，冬春季节竹叶干枯，遇到火星极易燃烧，而且火势蔓延很快。防火期间进山，请注意以下几点：
1.不携带火种进山，不在林区吸烟、野炊、烧烤，不燃放烟花爆竹。
2.祭祖扫墓提倡献花、植树等文明方式，不在坟前烧纸焚香。
3.林区生产用火必须经当地林业部门批准，并在有人看守的情况下进行。
4.发现山火，立即拨打森林火警电话12119，不要贸然上山扑救。
""",
    ),
    dict(
        slug="netdisk-post-road-protection-plan-markers",
        site="云匣网盘 (invented cloud drive share)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.example.com/s/1Rk8TzQp#list/path=/文保资料",
        title="古驿道保护利用工作方案",
        record_title="古驿道保护利用工作方案.wps",
        date="2025-03-20",
        notes="cloud-drive preview: file name as record title; extraction code and save prompts; hard-wrapped at 60 columns with ◖n◗ markers on their own lines; 成文日期 under the signature",
        indent="    ",
        wrap=60,
        pages=dict(fmt="◖{n}◗", every=140, start=2),
        page="""
!m 云匣网盘 | 文件分享
!t 古驿道保护利用工作方案.wps
!m 分享者：文保小刘　分享时间：2025-03-22 08:10　有效期：永久
!m 提取码：8k2m
!a 保存到我的网盘　　普通下载　　会员极速下载
{BODY}
!a 预览仅显示部分内容，保存后可查看完整文件
!d 请勿分享违法违规内容，举报请点击右上角。
""",
        body="""
为保护好我县境内明清古驿道遗存，推动文物保护与乡村旅游融合发展，制定本方案。
一、保护范围。古驿道县境段全长约二十六公里，沿线有驿站遗址两处、古桥五座、路亭三座、摩崖石刻一处。
二、主要任务。一是开展全面调查，建立古驿道遗存档案；二是对塌陷路段和破损古桥实施保护性修缮，修缮坚持原材料、原工艺；三是设置统一的标识标牌和安全设施，开发古驿道徒步线路。
三、保障措施。县文旅局牵头，交通、自然资源、沿线乡镇配合，所需资金纳入年度财政预算。
县文化和旅游局
2025年3月20日
""",
    ),
]
