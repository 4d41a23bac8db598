"""holdout13, part D: a county hospital of traditional medicine, a vocational college's
careers office, a county-town forum, a material-download site, an education bureau, a
Q&A site, a personal anthology, a village first secretary's blog, a village-cadre forum,
a document-sharing site, a 文库 preview and a 范文 site. Invented text; see ../README.md
and ../build.py."""

CASES = [
    dict(
        slug="hospital-zheyuan-tcm-sanfu-news-html",
        site="柘源县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zyxzyy.example.com/yydt/2026/0710/862.html",
        title="县中医院启动2026年“三伏贴”惠民服务",
        record_date="2026-07-10",
        date="2026-07-10",
        notes="a hospital news page: appointment and guide buttons, a photo caption line between two paragraphs, an online-booking float; the hospital's own booking phone and account stay in the body",
        page="""
<html><head><meta charset="utf-8"><title>县中医院启动2026年“三伏贴”惠民服务_医院动态_柘源县中医院</title></head><body>
<div class="top">⟦m 柘源县中医院　二级甲等中医医院⟧ <span>⟦a 预约挂号 | 就医指南 | 专家介绍⟧</span></div>
<div class="nav">⟦m 医院概况　医院动态　科室导航　健康科普　患者服务⟧</div>
<div class="position">⟦m 位置：首页 - 医院动态⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="from">⟦m 文：针灸推拿科　图：院办　审核：宣传科　2026-07-10⟧</div>
{BODY}
</div>
<div class="float-book">⟦a 在线预约　免排队⟧</div>
<div class="foot">⟦m 地址：柘源县城南大道168号　急诊电话：0736-5120120⟧<br>⟦d 本站健康科普内容仅供参考，不能代替医生面诊⟧<br>⟦m 湘ICP备17013326号⟧</div>
</body></html>
""",
        body="""
7月10日，柘源县中医院“三伏贴”惠民服务正式启动。当天一早，门诊大厅就排起了长队，前来贴敷的群众络绎不绝。
“三伏贴”是根据中医“冬病夏治”理论，在一年中最热的三伏天，将特制中药膏贴敷于特定穴位，用于预防和治疗慢性支气管炎、过敏性鼻炎、哮喘等反复发作的疾病。
⟦m 图为医务人员为群众进行穴位贴敷⟧
今年，该院对药物配方进行了优化，针对成人和儿童分别配制贴敷药膏，并在门诊一楼设立“三伏贴”专区，安排12名医护人员轮班服务。针灸推拿科主任方启明提醒，贴敷时间成人一般为2至4小时，儿童为0.5至1小时，贴敷期间应避免生冷辛辣饮食；孕妇、皮肤过敏者及发热患者不宜贴敷。
据了解，今年头伏、中伏、末伏分别为7月15日、7月25日和8月14日，贴敷服务将持续至8月底。群众可拨打预约电话0736-5120365，或关注“柘源县中医院”微信公众号预约。
""",
    ),
    dict(
        slug="college-liyang-graduate-employment-survey",
        site="澧阳职业技术学院招生就业处 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://zsjy.lyzy.example.edu.cn/jyyj/2026/0612/551.html",
        title="关于我院2025届毕业生就业质量的调研报告",
        date=None,
        notes="a vocational college's careers-office page: a recruitment-fair banner, a visitor counter and a WeChat-job-account prompt; an employment table one row a paragraph; decimal headings; no date",
        page="""
!m 澧阳职业技术学院 · 招生就业处
!a 【2026届毕业生春季双选会】报名通道 →
!m 就业研究 ｜ 发布：就业指导科 ｜ 访问量：1,744
{T}
{BODY}
!a 关注“澧阳职院就业”服务号，岗位信息实时推送
!l 上一篇：2026年校园招聘会用人单位须知
!l 下一篇：毕业生档案转递办理指南
!m 招生咨询：0736-7215000　　就业服务：0736-7215066
""",
        body="""
为全面了解我院毕业生就业质量，进一步提升人才培养与产业需求的契合度，招生就业处于2026年3月至5月对2025届毕业生开展了跟踪调查。调查采取问卷与电话回访相结合的方式，共回收有效问卷2186份，占毕业生总数的81.3%。
1 总体就业情况
1.1 截至2025年12月31日，我院2025届毕业生总体去向落实率为93.7%，较上届提高1.2个百分点。
1.2 主要专业去向落实情况如下：
专业　毕业人数　去向落实率　专业相关度
智能制造装备技术　312　96.8%　82%
现代物流管理　268　94.4%　71%
护理　405　97.5%　93%
电子商务　297　89.2%　64%
2 就业质量分析
2.1 薪酬水平。毕业生平均月收入4620元，比上届增长5.6%，智能制造类专业起薪最高。
2.2 就业满意度。86.4%的毕业生对当前工作表示满意或基本满意，不满意的主要原因是发展空间小、工作强度大。
2.3 区域流向。在本省就业的毕业生占72.3%，其中在本市就业的占41.5%，服务地方经济的作用进一步显现。
3 存在的问题与建议
部分专业的专业相关度偏低，反映出专业设置与岗位需求之间仍有差距。建议进一步深化校企合作，推动订单班培养；加强职业生涯规划教育，引导毕业生理性择业；对电子商务等相关度较低的专业开展专业建设诊断与改进。
""",
    ),
    dict(
        slug="localforum-qiwu-water-cut-repost-junk",
        site="栖梧论坛 (invented county-town forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.qiwu365.example.com/thread-218806-1-1.html",
        title="关于城区部分区域临时停水的通知",
        record_title="【转】关于城区部分区域临时停水的通知（扩散周知）",
        date="2026-08-03",
        notes="a local forum's repost with anti-scraping junk; the water company's own hotline and the affected streets in the body; 顶/楼层 replies and a 'this board is sponsored' line; signature date",
        junk=dict(lines=1, glued=3),
        page="""
!m 栖梧论坛 › 民生热线 › 停水停电
!t 【转】关于城区部分区域临时停水的通知（扩散周知）
!m 阿福在栖梧　　发表于 2026-8-3 11:06　　查看 9821 回复 64
{BODY}
!m 本版由 栖梧某家电城 冠名支持
!l #2　南门老王：又停水，这个月第二次了
!l #3　小城故事多：谢谢楼主提醒，赶紧接水
!a 快速回复　　｜　　登录后可回帖
""",
        body="""
尊敬的用户：
因城区东环路供水主管道迁改工程施工需要，我公司定于2026年8月5日（星期三）22:00至8月6日（星期四）8:00对城区部分区域暂停供水。现将停水区域通知如下：
东环路（解放路口至滨江路口）沿线；
建设街、文昌巷、桂花园小区、东方名苑小区；
城东工业园区一期。
恢复供水初期水质可能出现浑浊，请用户放水片刻后再使用。停水期间请各用户提前做好储水准备，关闭室内水龙头，防止恢复供水时跑水。因施工给您带来的不便，敬请谅解。
如有疑问，请拨打供水服务热线：0795-3396111。
栖梧市自来水有限公司
2026年8月3日
""",
    ),
    dict(
        slug="download-party-work-points-html",
        site="公文素材下载站 (invented)",
        style="资料下载站",
        genre="工作要点",
        kind="plan",
        form="html",
        source="https://www.gwsucai.example.com/soft/dangjian/7720.html",
        title="2026年度机关党建工作要点",
        record_title="2026年度机关党建工作要点.doc",
        date=None,
        notes="a download site: a file-info table (size, format, rating, downloads), download mirrors and an 'unzip password' line, a safe-download notice; the document's points as the body; no date",
        page="""
<html><head><meta charset="gbk"><title>2026年度机关党建工作要点.doc下载_公文素材下载站</title></head><body>
<div class="head">⟦m 公文素材下载站　www.gwsucai.example.com⟧</div>
<div class="weizhi">⟦m 当前位置：首页 → 党建材料 → 工作要点⟧</div>
<h1>{T}</h1>
<table class="info">
<tr><td>⟦m 文件大小：41 KB⟧</td><td>⟦m 文件格式：doc⟧</td></tr>
<tr><td>⟦m 运行环境：Word/WPS⟧</td><td>⟦m 推荐等级：★★★★☆⟧</td></tr>
<tr><td>⟦m 下载次数：2,418⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
</table>
<div class="jianjie"><h3>⟦l 资料简介⟧</h3>
{BODY}
</div>
<div class="down"><h3>⟦a 下载地址⟧</h3><ul><li>⟦a 电信下载⟧</li><li>⟦a 联通下载⟧</li><li>⟦a 本地高速下载⟧</li></ul></div>
<p>⟦m 解压密码：www.gwsucai.example.com⟧</p>
<div class="tips">⟦d 本站资源均来自网络，仅供学习研究，请于下载后24小时内删除。⟧</div>
</body></html>
""",
        body="""
2026年机关党建工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻新时代党的建设总要求，以党的政治建设为统领，以建设让党中央放心、让人民群众满意的模范机关为目标，推动机关党建高质量发展。
一、加强政治建设
1.严格落实“第一议题”制度，及时跟进学习党中央重大决策部署。
2.认真执行民主集中制，严肃党内政治生活，开好年度民主生活会和组织生活会。
二、加强思想建设
3.健全党组理论学习中心组学习制度，全年集中学习不少于12次。
4.抓好党员教育培训，每名党员全年参加集中学习培训不少于32学时。
三、加强组织建设
5.推进党支部标准化规范化建设，年内创建“四强”党支部2个。
6.严格党员发展和管理，规范党费收缴使用。
四、加强作风和纪律建设
7.持续深化整治形式主义为基层减负，精简会议文件。
8.开展廉政警示教育，每季度至少开展一次廉政谈话提醒。
""",
    ),
    dict(
        slug="edu-qiwu-pe-exam-notice-html",
        site="栖梧市教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jtj.qiwu.example.gov.cn/tzgg/2026/0318/3308.html",
        title="关于做好2026年初中学业水平体育与健康考试工作的通知",
        record_date="2026-03-18",
        date="2026-03-18",
        notes="an education bureau: a document number under the title (neutral), a scoring table one row a paragraph, decimal headings, the office's own contact line; a 'topic' box and a 政务新媒体 QR row",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2026年初中学业水平体育与健康考试工作的通知</title></head><body>
<div class="hd">⟦m 栖梧市教育体育局⟧ ⟦m 立德树人　健康第一⟧</div>
<div class="nv">⟦m 首页　教育动态　通知公告　政务公开　办事服务　体育工作⟧</div>
<div class="bread">⟦m 首页 &gt;&gt; 通知公告⟧</div>
<h1>{T}</h1>
<p class="wh">栖教体〔2026〕17号</p>
<div class="meta">⟦m 发布日期：2026-03-18　　来源：体卫艺科⟧</div>
<div class="content">
{BODY}
</div>
<div class="zt">⟦l 专题：2026年中考专栏⟧</div>
<div class="xmt">⟦a 政务新媒体：微信　微博　抖音⟧</div>
<div class="ft">⟦m 栖梧市教育体育局 主办　联系电话：0795-3312017⟧</div>
</body></html>
""",
        body="""
各县（市、区）教育体育局，市直各初级中学：
根据省教育厅关于初中学业水平体育与健康考试的有关要求，结合我市实际，现就做好2026年考试工作通知如下。
1 考试时间
2026年4月20日至5月15日，各县（市、区）可根据实际在此时段内安排具体考试日期。
2 考试项目及分值
2.1 考试总分为60分，由过程性评价（10分）和现场考试（50分）两部分组成。
2.2 现场考试项目如下：
类别　项目　分值
必考类　男子1000米跑、女子800米跑　20
选考一类　立定跳远、跳绳（二选一）　15
选考二类　篮球运球、足球运球、排球垫球（三选一）　15
3 免考与缓考
因病或残疾不能参加现场考试的考生，须由本人申请，提供县级以上医院诊断证明，经学校和县级教育体育部门审核同意后，方可免考或缓考。
4 工作要求
各地要严格考务管理，全程录像，确保考试公平公正；要制定安全预案，配备医务人员，确保考生安全。
联系人：市教育体育局体卫艺科　蔡明哲，电话：0795-3312046。
栖梧市教育体育局
2026年3月18日
""",
    ),
    dict(
        slug="qa-shuzhi-opening-answer",
        site="问问吧 (invented Q&A)",
        style="问答社区",
        genre="述职报告",
        kind="other",
        form="text",
        source="https://www.wenwenba.example.com/q/20260105/33871.html",
        title="述职报告的开头应该怎么写？",
        record_title=None,
        date="2026-01-05",
        notes="no record title; a Q&A page: asker and tags, the answerer's line with 回答于 (the page's date), like/collect buttons, 'related questions'; the answer quotes a sample opening",
        page="""
!m 问问吧 › 职场 › 写作
{T}
!l 标签：述职报告　年终　写作技巧
!m 提问者：青椒小王　｜　悬赏 20 积分
!m 采纳答案　　答主：笔耕十年　　回答于 2026-01-05 21:14
{BODY}
!l 赞同 236　　收藏　　分享　　举报
!l 相关问题：
!l 述职报告和工作总结有什么区别？
!l 述职报告结尾怎么写比较好？
!a 登录问问吧，向十万答主提问
""",
        body="""
述职报告的开头要简洁明了，一般包括三个要素：任职情况、履职依据和总体评价，篇幅控制在一两百字为宜。
第一，交代任职情况。说明自己什么时间担任什么职务、分管哪些工作，让听众迅速了解你的岗位职责。
第二，说明述职依据。比如“根据组织安排”“按照年度考核要求”，体现述职的严肃性。
第三，作出总体评价。用一两句话概括一年来的履职情况，为下文展开作铺垫。
举个例子：“本人自2024年3月起任县农业农村局副局长，分管种植业、农业技术推广和农产品质量安全工作。一年来，在局党组的正确领导下，我认真履行岗位职责，较好地完成了各项工作任务。现将有关情况报告如下。”
需要注意的是，开头不要写成长篇的形势分析或者空洞的套话，也不要一上来就罗列成绩。
""",
    ),
    dict(
        slug="anthology-qiuchi-mountain-village-industry",
        site="秋池文集 (invented personal anthology)",
        style="个人文集",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://qiuchi.wenji.example.com/article/118",
        title="蹲点三十天：一个山区村的产业账",
        date="2026-05-18",
        notes="a personal anthology: the collection's table-of-contents row, a word-count and reading-time line, a reward prompt and a previous/next essay row; the author's own date line at the end",
        page="""
!m 秋池文集 · 基层笔记
!l 目录：一、在乡镇的日子　二、蹲点手记　三、读书札记
{T}
!m 秋池　｜　约2100字　｜　阅读需7分钟
{BODY}
!a 如果这篇文字对你有用，欢迎打赏一杯茶钱 ☕
!l ← 上一篇：乡镇食堂里的“民情日记”
!l → 下一篇：从一张水费单说起
!d 文集内容为作者原创，转载请与作者联系。
""",
        indent="\u3000\u3000",
        body="""
今年四月中旬到五月中旬，我在雁汀乡石岭村蹲点了整整三十天。石岭村海拔八百多米，全村412户、1530人，常年在外务工的有600多人。蹲点期间，我跟着村干部跑遍了全村9个村民小组，算了算这个山区村的产业账。
第一笔是茶叶账。全村茶园面积2300亩，是村里的当家产业。去年干茶产量约46吨，按均价每斤180元计算，产值1650万元左右。但茶园中有近三分之一是二十年以上的老茶园，单产低、品质差，亟待改造。
第二笔是旅游账。村里有一段保存完好的古驿道和两棵五百年树龄的红豆杉，近两年来周末游客逐渐多了起来。但全村只有3家农家乐，接待能力有限，游客往往“看一眼就走”，留不住人，也带不动消费。
第三笔是集体账。村集体经济去年经营性收入18.6万元，主要来自茶叶加工厂出租和光伏发电收益，收入来源单一，抗风险能力弱。
算完这几笔账，我的体会是，山区村发展产业，不能样样都想干，要把有限的资源集中到最有基础的产业上。对石岭村来说，改造老茶园、做强茶叶品牌是第一位的，在此基础上再发展茶旅融合，才能让产业账越算越有底气。
2026年5月18日夜记于雁汀乡石岭村
""",
    ),
    dict(
        slug="blog-shanye-first-secretary-summary-html",
        site="山野笔记 (invented blog)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://shanyebiji.blog.example.com/2026/01/02/zhucun-2025/",
        title="2025年驻村第一书记工作总结",
        record_title="2025年驻村第一书记工作总结 | 山野笔记",
        date="2026-01-02",
        notes="a personal blog: the post date line is the page's date; a tag cloud, an archive list and a comment form in the sidebar and footer; a 'continue reading' divider between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年驻村第一书记工作总结 | 山野笔记</title></head><body>
<header><h1 class="site">⟦m 山野笔记⟧</h1><p>⟦m 一个驻村干部的田野记录⟧</p><nav>⟦m 首页 · 归档 · 关于我 · 订阅⟧</nav></header>
<main><article><h2 class="entry-title">{T}</h2>
<div class="entry-meta">⟦m 发布于 2026年1月2日　分类：驻村日记　12 条评论⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：驻村 乡村振兴 年终总结⟧</footer></article>
<section class="comments"><h3>⟦l 发表评论⟧</h3><p>⟦l 电子邮件地址不会被公开。必填项已用 * 标注⟧</p></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 茶叶 村集体 防汛 党建 民宿 读书⟧</p><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年12月 (6)⟧</li><li>⟦l 2025年11月 (4)⟧</li></ul></aside>
<footer class="site-footer">⟦d © 2026 山野笔记 · 由 WordPress 强力驱动⟧</footer>
</body></html>
""",
        body="""
2025年是我驻檀溪镇竹坑村担任第一书记的第二年。一年来，我和工作队的两名同志一起，紧紧依靠村“两委”，围绕建强组织、发展产业、为民办事三件事，做了一些工作。
一、建强村党组织。坚持每月召开支委会、党员大会，严格落实“三会一课”制度。推动村里两名返乡青年入党积极分子成为预备党员，村党支部被评为镇“五星级党支部”。
二、发展特色产业。争取帮扶资金80万元，建设200亩高山蔬菜基地和1座冷库，采取“村集体+合作社+农户”模式经营，带动42户村民就近务工，户均增收6000余元。
⟦a — 继续阅读 —⟧
三、为群众办实事。协调修建通组公路2.6公里，安装路灯86盏，解决了3个村民小组出行难的问题；为村里17名独居老人联系了签约家庭医生。
回顾一年，也有不少遗憾：村里年轻人外出多，产业后继乏人；冷库运营经验不足，旺季时曾出现调度不及时的情况。新的一年，我会继续扎根竹坑，把这些短板一点点补上。
""",
    ),
    dict(
        slug="forum-cunguan-two-committees-minutes-junk",
        site="村官之家论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="other",
        form="text",
        source="https://bbs.cunguanjia.example.com/forum.php?mod=viewthread&tid=77141",
        title="檀溪村2026年第3次“两委”联席会议纪要",
        record_title=None,
        date="2026-03-06",
        date_also=["2026-03-08"],
        notes="no record title; a village-cadre forum with anti-scraping junk; the minutes' 时间/地点/主持/参会 lines are body (the meeting's date is the document's), the 发表于 line gives another date",
        junk=dict(lines=1, glued=3),
        page="""
!m 村官之家论坛 › 村务交流 › 会议记录范本
!m 查看：1377 ｜ 回复：9
{T}
!m 檀溪小村官 发表于 2026-3-8 09:40 ｜ 只看该作者 ｜ 电梯直达
{BODY}
!l 回复　支持(12)　反对(0)
!l 沙发　基层小兵：格式很规范，借鉴了
!a 您需要 登录 才可以回帖 ｜ 立即注册
!m 手机版 ｜ 小黑屋 ｜ 村官之家论坛
""",
        body="""
时间：2026年3月6日上午9:00
地点：檀溪村党群服务中心二楼会议室
主持：村党支部书记　马德兴
参会：村“两委”成员7人，村务监督委员会主任列席
记录：曾小燕
会议围绕春耕生产、人居环境整治和村级项目建设等事项进行了研究，议定如下事项：
一、关于春耕生产。由村委会主任牵头，3月15日前完成全村撂荒地摸排，对无力耕种的农户由村集体流转代耕，确保不新增撂荒地。
二、关于人居环境整治。3月份开展“春季大扫除”行动，各村民小组长负责本组卫生包干，村里组织评比，评出“美丽庭院”10户，每户奖励300元生活用品。
三、关于村道拓宽项目。同意按“一事一议”程序，于3月20日召开村民代表会议，审议村道拓宽项目实施方案，项目资金使用情况在村务公开栏公示。
四、关于集体资产出租。原村小学校舍租赁合同3月底到期，会议同意依法公开招租，由村务监督委员会全程监督。
""",
    ),
    dict(
        slug="docshare-qingming-civilized-pledge-markers",
        site="共享文档网 (invented)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.gongxiangdoc.example.com/p-26031288.html",
        title="关于开展“文明祭扫 绿色清明”的倡议书",
        record_title="关于开展“文明祭扫 绿色清明”的倡议书.wps",
        date="2026-03-25",
        notes="a document-sharing preview cut by ﹣N﹣ markers on lines of their own; uploader and page-count line, a points-to-download line, a 'report this document' notice; signature date",
        pages=dict(fmt="﹣{n}﹣", every=140, start=2),
        page="""
!m 共享文档网
!t 关于开展“文明祭扫 绿色清明”的倡议书.wps
!m 贡献者：lanxi_wm　　　页数：3页　　　浏览：612　　　下载：48
!a 收藏　　下载（3积分）　　分享
{BODY}
!a 以上为预览内容，下载文档可查看完整排版
!d 如发现本文档侵犯您的权益，请点击“举报”，我们将尽快处理。
!l 相关推荐：清明节文明祭扫倡议书（社区版） ｜ 移风易俗倡议书
""",
        indent="\u3000\u3000",
        body="""
广大市民朋友们：
清明节是中华民族缅怀先人、慎终追远的传统节日。为倡导文明、节俭、绿色、安全的祭扫新风尚，市文明办、市民政局向广大市民发出如下倡议：
一、倡导文明祭扫。提倡以敬献鲜花、植树绿化、踏青遥祭、家庭追思等方式缅怀先人，不在街道、广场、居民区等公共场所焚烧纸钱、燃放鞭炮。
二、倡导绿色祭扫。积极参与“云祭扫”、代祭扫等新型祭扫方式，减少焚烧祭品造成的环境污染。
三、倡导安全祭扫。进山祭扫时严格遵守森林防火规定，做到不带火种进山，不在林区吸烟、用火；错峰出行，遵守交通规则，服从现场工作人员引导。
四、倡导厚养薄葬。孝敬老人重在生前，倡导树葬、花葬、海葬等节地生态安葬方式。
文明祭扫，从我做起；绿色清明，从点滴做起。让我们共同营造文明和谐、安全有序的祭扫环境！
苍屿市文明办　苍屿市民政局
2026年3月25日
""",
    ),
    dict(
        slug="wenku-npc-deputy-training-speech-markers",
        site="鸿文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.hongwenku.example.com/view/991a0c7e3f.html",
        title="在全区人大代表履职培训班开班式上的讲话",
        record_title="在全区人大代表履职培训班开班式上的讲话（通用3篇）",
        date=None,
        notes="a 文库 preview hard-wrapped at 64 columns and cut by ◀N▶ markers (own line or glued); the title repeated with a 第一篇 prefix; a pay-to-read line; no date",
        wrap=64,
        indent="\u3000\u3000",
        pages=dict(fmt="◀{n}▶", every=150, start=2, glue="mix"),
        page="""
!m 鸿文库　>　党政范文　>　讲话致辞
!t 在全区人大代表履职培训班开班式上的讲话（通用3篇）
!m 文档星级：★★★★　　共5页　　已有 417 人阅读
!t 第一篇：在全区人大代表履职培训班开班式上的讲话
{BODY}
!a 付费内容：剩余2篇需支付￥3.80或开通会员后阅读
!l 文档推荐：人大代表述职报告（3篇）｜人大代表视察活动讲话
""",
        body="""
各位代表，同志们：
今天，区人大常委会在这里举办全区人大代表履职培训班，目的是帮助代表们进一步熟悉人大制度，掌握履职方法，提高履职能力。首先，我代表区人大常委会，向参加培训的各位代表表示热烈的欢迎！
人民代表大会制度是我国的根本政治制度。人大代表由人民选举产生，对人民负责、受人民监督。各位代表肩负着人民的重托，要始终牢记代表身份，依法履行代表职责。
一要坚持学习，在提升素质上下功夫。代表们要认真学习宪法、代表法等法律法规，了解人大工作的基本程序，不断提高依法履职的能力和水平。
二要密切联系群众，在反映民意上下功夫。要经常深入选区，通过代表联络站、接待选民日等形式，倾听群众呼声，把群众的意见建议原汁原味地反映上来。
三要注重质量，在提出建议上下功夫。代表建议要坚持问题导向，多做调查研究，做到言之有据、言之有物，提出的意见建议要可操作、能落地。
同志们，希望大家珍惜这次学习机会，遵守培训纪律，学有所获、学以致用。预祝培训班取得圆满成功！
""",
    ),
    dict(
        slug="fanwen-mochi-office-director-report-html",
        site="墨池范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.mochifw.example.com/shuzhi/2026/33910.html",
        title="2025年度机关办公室主任述职报告",
        record_title=None,
        date="2026-01-14",
        notes="no record title; a 范文 page whose h1 carries 【优秀范文】; a VIP paywall line, a writing-service QQ in the sidebar, a glued copy button at the end of a paragraph; the 时间 byline is the only date",
        page="""
<html><head><meta charset="utf-8"><title>2025年度机关办公室主任述职报告【优秀范文】-墨池范文网</title></head><body>
<div class="logo">⟦m 墨池范文网⟧ ⟦m 写作，从这里开始⟧</div>
<div class="nav">⟦m 首页 ｜ 工作总结 ｜ 述职报告 ｜ 心得体会 ｜ 讲话稿 ｜ 合同范本⟧</div>
<div class="box"><h1>⟦t 2025年度机关办公室主任述职报告【优秀范文】⟧</h1>
<div class="info">⟦m 时间：2026-01-14　来源：会员投稿　字数：1356⟧</div>
<div class="article">
{BODY}
</div>
<div class="vip">⟦a 剩余内容为VIP专享，开通后无限复制下载⟧</div></div>
<div class="r"><div class="kf">⟦w 代写述职报告、总结材料，原创不查重，QQ：2870661435⟧</div><h3>⟦l 猜你想看⟧</h3><p>⟦l 办公室主任个人工作总结（精选）⟧</p><p>⟦l 机关单位综合科科长述职报告⟧</p></div>
<div class="copyright">⟦d 墨池范文网所有资料来源于网络，如有侵权请联系删除⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em;">{}</p>',
        body="""
一年来，我在局党组的正确领导下，在同志们的支持配合下，认真履行办公室主任职责，较好地发挥了参谋助手、综合协调和服务保障作用。现将履职情况报告如下。
一、当好参谋助手。围绕局党组中心工作，牵头起草年度工作报告、领导讲话和各类汇报材料120余篇，撰写信息专报46期，被市级以上采用18篇。⟦a 复制本段⟧
二、抓好综合协调。完善督查督办制度，对局党组会议决定事项和上级交办事项建立台账，全年督办事项93件，按时办结率100%。
三、做好服务保障。严格执行公务接待、公车管理等制度，办公经费同比下降8.3%；圆满完成各类会议、活动的组织保障工作。
四、加强自身建设。带头遵守廉洁纪律，加强办公室干部队伍教育管理，办公室被评为全市机关“优质服务窗口”。
同时，我也清醒认识到，自己在调查研究、统筹谋划方面还有差距。新的一年，我将进一步改进作风、提高标准，努力把办公室工作做得更好。
""",
    ),
]
