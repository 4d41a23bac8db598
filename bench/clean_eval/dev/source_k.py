"""Dev cases, part K: kinds of site the earlier parts have not imitated (a tendering
portal, a legal-advice site, a residents' community site, a trade association, a state
enterprise, a training school, a search engine's cached copy, a print view, a cloud-disk
share page, a civil-service exam forum, a wiki-style Q&A site, a village affairs board,
a trade union, a law firm's blog), with chrome in wordings of their own: boxes under the
text (同类公告, 大家都在问, 本周下载排行, #话题#, comment boxes with a count), previous /
next links in other words (上条公告, 前一则), page markers in rarer forms (·3·, ~ 4 ~,
‹5›), the title repeated decorated or shortened (《…》全文, …[打印版], 标题党 "……"), notices
in new words (不构成法律意见, 平台只提供存储服务, 转贴须经书面许可), footers with an address
and a 邮编, a 公安机关备案号 and a telecom licence, lone 广告 / 赞助 labels, and a
title found only in a breadcrumb. Invented text (sites, places, people, numbers); see
../README.md and ../build.py. Styles are the build's labels nearest to each kind of
site (build.py knows no new ones)."""

CASES = [
    dict(
        slug="tender-qiaoxi-notice-breadcrumb-title",
        site="桥西区公共资源交易网 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.qiaoxi.example.gov.cn/jyxx/zfcg/2025/0611/7730.html",
        title="桥西区第三小学食堂设备采购项目竞争性磋商公告",
        record_title=None,
        date="2025-06-11",
        notes="no record title; the title stands only in the breadcrumb's last item; a footer with an address and 邮编, a 公安机关备案号; 同类公告 box",
        page="""
!m 桥西区公共资源交易网
!m 交易信息 ＞ 政府采购 ＞ 桥西区第三小学食堂设备采购项目竞争性磋商公告
!m 信息时间：2025-06-11　阅读次数：88
{BODY}
!l 同类公告
!l · 桥西区第一中学课桌椅采购项目中标结果公告
!l · 区档案馆密集架采购项目更正公告
!m 通讯地址：桥西区和平路168号政务服务中心四楼　邮编：415100
!m 公安机关备案号：43070202000518
""",
        body="""
项目概况：桥西区第三小学食堂设备采购项目的潜在供应商应在区公共资源交易中心获取采购文件，并于2025年6月23日9时30分前提交响应文件。
一、项目基本情况
采购预算为四十六万元，采购内容为蒸饭柜、消毒柜、冷藏柜等食堂设备一批，本项目不接受联合体参加。
二、申请人的资格要求
供应商应具有独立承担民事责任的能力，近三年内在经营活动中没有重大违法记录。
三、获取采购文件
凡有意参加者，请于2025年6月12日至6月18日登录交易平台下载采购文件，逾期不再受理。
桥西区第三小学
2025年6月11日
""",
    ),
    dict(
        slug="law-anping-answer-not-legal-advice",
        site="安平法律咨询网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.anpinglaw.example.com/ask/q8812.html",
        title="单位未签劳动合同，离职时能要求双倍工资吗？",
        record_title="单位未签劳动合同，离职时能要求双倍工资吗？-安平法律咨询网",
        date=None,
        notes="record title with -site; a lawyer's card above the answer; a 'not legal advice' notice and an online-consultation prompt under it; 大家都在问 box",
        page="""
!m 安平法律咨询网 · 免费问律师
{T}
!m 提问者：匿名用户　所在地：河阳市　悬赏：20
!m 何向东律师　执业证号 14301201610221345　已帮助 3218 人
{BODY}
!d 以上回答仅代表律师个人见解，不构成正式法律意见，具体请结合案情向专业人士核实。
!w 案情复杂？一对一在线问律师，平均3分钟响应
!l 大家都在问
!l 试用期辞退需要提前多少天通知？
!l 加班费的计算基数怎么确定？
""",
        body="""
您好，根据劳动合同法的规定，用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。
二倍工资的计算期间，最长为十一个月，从用工之日起满一个月的次日开始计算。
需要注意的是，二倍工资差额的请求适用一年的仲裁时效，建议您尽快收集工资流水、考勤记录、工作证等证据。
如果单位拒绝支付，您可以向用人单位所在地的劳动人事争议仲裁委员会申请仲裁。
""",
    ),
    dict(
        slug="community-lanting-notice-comment-count",
        site="兰亭苑社区网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lantingyuan.example.com/gonggao/2025-04-02-118.html",
        title="关于小区二次供水水箱清洗消毒的通知",
        record_title="关于小区二次供水水箱清洗消毒的通知",
        date="2025-04-01",
        notes="a residents' site: the title shown with 【物业公告】, a comment box with a count and an input prompt, 前一则/后一则 links, a lone 广告 line",
        page="""
!m 兰亭苑社区网 | 邻里之家
!t 【物业公告】关于小区二次供水水箱清洗消毒的通知
!m 物业服务中心　2025/04/02　围观 613
{BODY}
!l 网友点评（7）
!l 写下您的看法…
!a 广告
!l 前一则：关于地下车库照明改造的公示
!l 后一则：春季绿化补植告业主书
""",
        body="""
各位业主、住户：
为保障小区生活用水卫生安全，物业服务中心定于4月8日对小区二次供水水箱进行清洗消毒。
届时8时至16时全小区暂停供水，请各位业主提前做好储水准备，关好家中水龙头，以免恢复供水时造成损失。
清洗结束后，我们将委托有资质的检测机构对水质进行检测，检测报告将在小区公告栏张贴。
给您带来的不便，敬请谅解。
兰亭苑物业服务中心
2025年4月1日
""",
    ),
    dict(
        slug="association-huashang-summary-rights-footer",
        site="河阳市建筑业协会 (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.hyjzxh.example.org.cn/xhdt/2025/0108/221.html",
        title="河阳市建筑业协会2024年工作总结",
        record_title="河阳市建筑业协会2024年工作总结_协会动态_河阳市建筑业协会",
        date="2025-01-08",
        notes="HTML association page: member login row, a column list in the sidebar, a footer with 保留所有权利, an address with 邮政编码 and a telecom licence; record title _column_site",
        page="""
<html><head><meta charset="utf-8"><title>河阳市建筑业协会2024年工作总结_协会动态_河阳市建筑业协会</title></head><body>
<div class="top">⟦a 会员登录 | 入会申请 | 证书查询⟧</div>
<div class="nav">⟦m 协会概况　协会动态　行业资讯　会员风采　政策法规⟧</div>
<h1>⟦t 河阳市建筑业协会2024年工作总结⟧</h1>
<div class="info">⟦m 发布部门：协会秘书处　发布日期：2025-01-08⟧</div>
<div class="article">
{BODY}
</div>
<div class="side"><h3>⟦l 协会动态⟧</h3><ul><li>⟦l 协会召开五届三次理事会⟧</li><li>⟦l 2024年度优质工程评选结果揭晓⟧</li></ul></div>
<div class="foot">
<p>⟦d ©2016-2025 河阳市建筑业协会 保留所有权利⟧</p>
<p>⟦m 联系地址：河阳市建设路55号建设大厦9楼（邮政编码 414000）⟧</p>
<p>⟦m 增值电信业务经营许可证：湘B2-20220311⟧</p>
</div>
</body></html>
""",
        body="""
2024年，协会在市住建局的指导下，围绕服务会员、服务行业、服务政府的宗旨，扎实开展各项工作。
一是加强行业自律。组织会员企业签订诚信经营承诺书，开展建筑市场信用评价，全年评出诚信企业四十二家。
二是开展技能培训。举办项目经理、安全员等岗位培训班十六期，培训从业人员二千三百余人次。
三是搭建交流平台。组织会员单位赴外地考察学习两次，举办新技术推广会三场。
2025年，协会将进一步增强服务能力，推动全市建筑业高质量发展。
""",
    ),
    dict(
        slug="soe-jinshi-speech-print-view",
        site="金石能源集团 (invented)",
        style="企业内网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jinshi-energy.example.com.cn/jtyw/2025/0218/print_3310.html",
        title="在集团公司2025年安全生产工作会议上的讲话",
        record_title="在集团公司2025年安全生产工作会议上的讲话[打印版]",
        date="2025-02-18",
        notes="a state enterprise's print view: the title with [打印版], a print-time line and the page's address at the top, a close/print row and a copyright line at the bottom",
        page="""
!m 金石能源集团有限公司
!m 打印时间：2025-02-20 09:41:17
!m 本页网址：https://www.jinshi-energy.example.com.cn/jtyw/2025/0218/3310.html
!t 在集团公司2025年安全生产工作会议上的讲话[打印版]
集团公司总经理　高建平
（2025年2月18日）
{BODY}
!a [打印]　[关闭]
!d 版权所有© 金石能源集团有限公司 未经授权禁止复制或建立镜像
""",
        body="""
同志们：
今天召开集团公司安全生产工作会议，主要任务是总结去年安全生产工作，部署今年重点任务。
2024年，集团上下认真落实安全生产责任制，全年未发生较大及以上生产安全事故，安全生产形势总体稳定。
同时也要清醒看到，部分基层单位安全管理还存在宽松软的问题，外包队伍管理仍有薄弱环节。
今年要重点抓好隐患排查治理、承包商管理和应急能力建设三项工作，坚决守住安全生产底线。
同志们，安全生产只有起点，没有终点，希望大家以更加务实的作风抓好各项工作落实。
""",
    ),
    dict(
        slug="training-zhongxin-plan-giveaway-hotline",
        site="众信公考培训 (invented)",
        style="人事考试网",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.zhongxingk.example.com/ziliao/2025/0302/450.html",
        title="2025年公务员考试申论备考计划",
        record_title="2025年公务员考试申论备考计划 - 众信公考",
        date=None,
        notes="a training school's page: a giveaway prompt, a course-adviser line with a phone, a course ad box with 报名 and a hotline under the text",
        page="""
!m 众信公考 · 只做有效的备考
!t 2025年公务员考试申论备考计划 - 众信公考
!m 课程顾问：林老师　咨询热线 400-818-2025
{BODY}
!w 回复“申论”免费领取历年真题解析及范文合集
!l 精品课程推荐
!l 申论30天高分特训营　¥399　立即报名
!m 报名热线：0734-8821190（工作日9:00-18:00）
""",
        body="""
申论考查的是阅读理解、综合分析、提出和解决问题以及文字表达能力，备考要循序渐进。
第一阶段用三周时间熟悉题型，把归纳概括、综合分析、提出对策和大作文四类题型的要求弄清楚。
第二阶段用一个月时间集中练习，每天至少完成一道小题，每周写一篇大作文，并对照参考答案查找差距。
第三阶段进入模拟冲刺，严格按照考试时间完成整套试卷，训练答题节奏和时间分配。
备考期间要坚持每天阅读时事评论，积累规范表述，提升文字功底。
""",
    ),
    dict(
        slug="snapshot-cache-report-highlight-banner",
        site="搜索引擎快照 of 清源县统计局 (invented)",
        style="政府门户",
        genre="调研报告",
        kind="report",
        form="text",
        source="http://cache.search.example.com/c?m=clearsource-stat-2024-0915",
        title="清源县农村居民收入情况调研报告",
        record_title=None,
        date="2024-09-15",
        notes="a search engine's cached copy: a banner saying it is a snapshot with its date and a highlight note above the page, the original site's header and footer inside",
        page="""
!d 这是网页的快照，保存时间为2024年10月03日 05:12，当前页面可能已经更新，请点击查看最新页面。
!d 您搜索的以下关键词已被标亮：农村 居民 收入
!m 清源县统计局
{T}
!m 文章来源：县统计局　作者：调查队　时间：2024-09-15
{BODY}
!m 版权所有：清源县统计局　技术维护：县大数据中心
""",
        body="""
为准确掌握全县农村居民收入状况，县统计局于今年七月至八月对十二个乡镇三百六十户农村住户开展了专题调研。
调研显示，上半年全县农村居民人均可支配收入九千八百六十元，同比增长百分之七点一。
从收入构成看，工资性收入占比超过四成，是农民增收的第一来源，经营净收入增长放缓。
建议进一步完善就业服务体系，发展壮大特色产业，拓宽农民财产性收入渠道，持续推动农民增收。
""",
    ),
    dict(
        slug="netdisk-yunbao-speech-share-page",
        site="云宝网盘 (invented)",
        style="资料下载站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://pan.yunbao.example.com/s/1aZ7kq2Lm",
        title="在全县教育工作会议上的讲话",
        record_title="在全县教育工作会议上的讲话.docx",
        date=None,
        notes="a cloud-disk share page: the file name with its size, the sharer and its validity, a save-to-disk button row, an extraction code, a report link; the preview text between",
        page="""
!t 在全县教育工作会议上的讲话.docx
!m 文件大小：36.2K　分享者：青灯夜读　有效期：永久有效
!a 保存到我的网盘　普通下载　举报
!m 提取码：k7d2
{BODY}
!a 预览仅显示部分内容，保存后可查看全部
!d 网盘仅为用户提供存储空间，所分享文件由分享者负责，如涉嫌侵权请投诉。
""",
        body="""
同志们：
这次全县教育工作会议，是在全县上下深入推进教育强县建设的关键时期召开的一次重要会议。
过去一年，全县新建改扩建学校八所，新增学位四千二百个，城区大班额问题基本消除。
今年要重点抓好义务教育优质均衡发展、县域高中振兴和教师队伍建设三件事。
各乡镇、各部门要把教育摆在优先发展的位置，在资金、用地、编制等方面给予大力支持。
""",
    ),
    dict(
        slug="gkforum-shenlun-insight-floors",
        site="上岸公考论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.shangan.example.com/t/90217-1.html",
        title="三战上岸，说说我的申论复习心得",
        record_title="三战上岸，说说我的申论复习心得 - 经验交流 - 上岸公考论坛",
        date="2025-03-09",
        notes="an exam forum thread: a level and points line of the poster, 只看楼主 and 倒序看帖 controls, floor numbers, replies (沙发, 顶) under the text, an anti-scraping line glued",
        page="""
!m 上岸公考论坛 » 经验交流 » 查看内容
!t 三战上岸，说说我的申论复习心得
!m 主题帖　1楼　上岸小舟　Lv.6　积分 2183　2025-3-9 22:14
!l 只看楼主　倒序看帖　复制链接
{BODY}
!l 2楼　阿柒：沙发，收藏了慢慢看
!l 3楼　夜航船：顶一个，感谢分享经验
!l 回复本帖　｜　发表回复需先登录
""",
        body="""
考了三年，今年终于上岸了，申论从五十多分提到了七十一分，把几点体会分享给大家。
第一，材料要读透。我以前习惯边读边划，结果划得满篇都是，后来改成先通读一遍，再按题目要求找信息，效率高了很多。
第二，答案要有结构。每一道小题我都先列要点再组织语言，要点之间用序号分开，阅卷老师看得清楚。
第三，大作文要多写多改。备考后期我每周写两篇，写完对照范文逐段修改，慢慢找到了感觉。
希望还在坚持的朋友们不要放弃，方法对了，分数一定会上来的。
""",
    ),
    dict(
        slug="wiki-baiwen-entry-edit-links",
        site="百闻百科 (invented)",
        style="问答社区",
        genre="说明",
        kind="other",
        form="text",
        source="https://baike.baiwen.example.com/item/公文格式/1123",
        title="公文格式",
        record_title="公文格式_百闻百科",
        date=None,
        notes="a wiki entry: edit and add-to-list actions, an entry's view and edit counters, a contents box with numbered items, reference and contributor lines under the text",
        page="""
!m 百闻百科 — 人人可编辑的知识百科
!t 公文格式_百闻百科
!a 编辑词条　添加义项　收藏　分享
!m 浏览次数：51,208　编辑次数：37次　最近更新：2025-02-11
!l 目录
!l 1 基本要求　2 版头　3 主体　4 版记
{BODY}
!l 词条标签：公文　机关　写作
!m 本词条由“百闻百科”科学百科词条编写与应用工作项目审核
!m 贡献者：纸上谈兵 等23人
""",
        body="""
公文格式是指党政机关公文的各组成要素在文件中的排列顺序和标识规则，现行依据是国家标准GB/T 9704-2012。
公文一般由版头、主体、版记三部分组成，首页红色分隔线以上的部分称为版头，公文首页红色分隔线以下、末页首条分隔线以上的部分称为主体。
版头包括份号、密级和保密期限、紧急程度、发文机关标志、发文字号和签发人等要素。
主体包括标题、主送机关、正文、附件说明、发文机关署名、成文日期、印章、附注和附件等要素。
""",
    ),
    dict(
        slug="village-shangtang-notice-board",
        site="上塘村村务公开网 (invented)",
        style="政府门户",
        genre="公示",
        kind="notice",
        form="text",
        source="http://www.shangtangcun.example.gov.cn/cwgk/2025/0120/31.html",
        title="上塘村2024年度村级财务收支情况公示",
        record_title=None,
        date="2025-01-20",
        notes="no record title; a village affairs board: the column name, the title repeated as 公示标题：…, a supervision phone line and a 信访 address with 邮编 in the footer",
        page="""
!m 上塘村村务公开网
!m 财务公开
!t 公示标题：上塘村2024年度村级财务收支情况公示
!m 公开类别：财务　公开时间：2025-01-20　公开期限：30天
{BODY}
!m 监督电话：0736-7712031（镇纪委）
!m 来信地址：桃江镇人民政府院内纪委办公室　邮编：413400
""",
        body="""
根据村务公开有关规定，现将本村2024年度村级财务收支情况公示如下。
一、收入情况
全年村级收入合计五十八万三千元，其中集体资产租赁收入二十一万元，上级转移支付三十七万三千元。
二、支出情况
全年支出合计五十二万六千元，主要用于村道维修、环境卫生保洁、村干部报酬和办公经费等。
村民对公示内容如有异议，请在公示期内向村务监督委员会反映。
上塘村村民委员会
2025年1月20日
""",
    ),
    dict(
        slug="union-huagang-news-wechat-tail",
        site="华钢工会 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://mp.mirror.example.net/s/huagang-union-20250308",
        title="公司工会举办“巾帼心向党 奋进新征程”主题活动",
        record_title="公司工会举办“巾帼心向党 奋进新征程”主题活动",
        date="2025-03-08",
        notes="a trade union's WeChat article: the account line with a location, 👇 prompts, a manuscript source and photo credit block, a 'share, like, look' row and a QR prompt under the text",
        page="""
!m 华钢工会　华钢集团工会委员会　2025年03月08日 18:02　湖南
{BODY}
!m 供稿｜机关工会
!m 图片｜宣传部　张溪
!m 初审｜李琴　复审｜周斌
!a 分享、点赞、在看，三连支持一下吧👇
!a 长按二维码，关注“华钢工会”
""",
        body="""
3月7日，公司工会举办“巾帼心向党 奋进新征程”庆祝“三八”国际妇女节主题活动，一百二十余名女职工参加。
活动分为健康讲座、插花体验和趣味运动三个环节，女职工们在轻松愉快的氛围中度过了自己的节日。
公司工会负责人表示，将持续关心关爱女职工，为她们成长成才搭建更多平台。
""",
    ),
    dict(
        slug="lawfirm-mingde-blog-repost-terms",
        site="明德律师事务所博客 (invented)",
        style="博客",
        genre="评论",
        kind="other",
        form="text",
        source="https://blog.mingdelaw.example.com/2024/11/commercial-lease.html",
        title="商铺租赁合同中的五个风险点",
        record_title="商铺租赁合同中的五个风险点 ~ 明德律所",
        date="2024-11-20",
        notes="a law firm's blog: the title shown with ~ firm, a category and reading-time line, a reprint clause in new words, a consultation e-mail, a 'you may also be interested in' box",
        page="""
!t 商铺租赁合同中的五个风险点 ~ 明德律所
!m 分类：合同实务　约 4 分钟读完　2024-11-20
{BODY}
!d 本篇为明德所原创，媒体及公众号转贴须经书面许可，个人学习分享请保留作者署名。
!w 业务咨询请发邮件至 service@mingdelaw.example.com
!l 你可能也感兴趣
!l 民间借贷纠纷中的证据保全
""",
        body="""
商铺租赁纠纷在我所代理的民商事案件中占有不小的比例，很多纠纷源于签约时对风险点的忽视。
第一是出租人的主体资格，承租人应当核查房产证或者转租的书面同意。
第二是租赁用途和证照办理，合同应当明确约定因房屋原因无法办理营业执照时的责任。
第三是装修和免租期，约定不清往往在提前解约时引发争议。
第四和第五分别是续租优先权和违约金条款，建议在合同中作出具体、可执行的约定。
""",
    ),
    dict(
        slug="docshare-qianye-report-dot-markers",
        site="千页文档 (invented)",
        style="文库预览",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.qianyedoc.example.com/view/ab77c1.html",
        title="2024年度乡镇党委书记抓基层党建工作述职报告",
        record_title="2024年度乡镇党委书记抓基层党建工作述职报告（精编版）.doc",
        date=None,
        notes="a preview cut by ·N· page markers between wrapped lines; the page says how many pages are free and how much the rest costs; the title repeated shortened with …",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="·{n}·", every=160, start=2),
        page="""
!t 2024年度乡镇党委书记抓基层党建工作述职报告（精编版）.doc
!m 千页文档　上传用户：sxz_2019　文档页数：5页
!t 2024年度乡镇党委书记抓基层党建工作述职…
{BODY}
!a 免费阅读已到第3页，余下2页需支付2.5元
!l 本周下载排行
!l 村党支部书记述职报告（三篇）
""",
        body="""
2024年，我认真履行抓基层党建第一责任人职责，坚持把党建工作与乡村振兴工作同谋划、同部署、同考核，推动全镇基层党建工作取得新成效。
一是压实工作责任。镇党委每季度专题研究党建工作，班子成员每人联系两个村，全年开展党建督查四轮，发现并整改问题三十七个。
二是建强支部堡垒。完成两个软弱涣散村党组织整顿，新建村级党群服务中心三个，选派优秀年轻干部到村任职五名。
三是发展集体经济。指导各村盘活闲置资产，发展光伏、民宿等项目，全镇村级集体经济收入全部超过十万元。
存在的问题是党员队伍老龄化问题突出，部分村后备力量不足。下一步，我将加大在致富能手和返乡青年中发展党员的力度。
""",
    ),
    dict(
        slug="news-xiyang-tilde-markers-hashtags",
        site="夕阳红老年网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xiyanghong.example.com/news/2025/0512/3321.html",
        title="市老年大学春季学期开设二十门新课程",
        record_title="市老年大学春季学期开设二十门新课程",
        date="2025-05-12",
        notes="a seniors' news site: hashtags line, a 'large font' switch, a see-also box with arrows, a sponsor label, a 举报 prompt with a mailbox",
        page="""
!a 大字版　标准版
!m 夕阳红老年网 > 银龄资讯
!m 2025年05月12日 10:05　稿源：老年大学
{BODY}
!l #老年大学# #终身学习# #银龄生活#
!l ➤ 延伸看：社区老年食堂开到家门口
!a 赞助商内容
!d 违法和不良信息举报邮箱：jubao@xiyanghong.example.com
""",
        body="""
记者从市老年大学获悉，今年春季学期该校新开设智能手机应用、短视频制作、中医养生等二十门课程，报名人数创历年新高。
据介绍，新开课程是学校在去年底问卷调查的基础上确定的，智能手机应用课一经推出就报满了六个班。
学校负责人表示，将继续拓展办学空间，推动老年教育向社区延伸，让更多老年人就近享受学习的乐趣。
""",
    ),
    dict(
        slug="fanwen-shuxiang-pledge-angle-markers",
        site="书香公文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.shuxianggw.example.com/changyishu/20250401/1188.html",
        title="节约粮食倡议书",
        record_title="节约粮食倡议书（精选3篇）",
        date="2025-04-01",
        notes="a 范文 page cut by ‹N› page markers glued at line starts; the site's rating row, a lone 广告 line between title and text, a copy-limit notice in new words",
        pages=dict(fmt="‹{n}›", every=120, start=2, glue=True),
        page="""
!m 书香公文网
!t 节约粮食倡议书（精选3篇）
!m ★★★★☆ 4.3分　已有 1.2万 人看过
!a 广告
{BODY}
!a 本页仅可复制前500字，登录后解除限制
!l 同主题：光盘行动倡议书｜勤俭节约倡议书
""",
        body="""
全体师生员工：
粮食是人类赖以生存的基本物质，每一粒粮食都凝聚着农民的辛勤汗水，来之不易。
然而在我们身边，食堂餐桌上剩饭剩菜的现象仍时有发生，一些同学打饭时贪多，吃不完就随手倒掉。
为此，我们向全体师生员工发出倡议：按需取餐，吃多少打多少；践行光盘行动，不剩饭、不剩菜；从我做起，带动家人朋友一起节约粮食。
让我们携起手来，珍惜每一粒粮食，让勤俭节约蔚然成风。
校学生会
2025年4月1日
""",
    ),
]
