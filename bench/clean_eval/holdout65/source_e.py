"""holdout65, part E: ancient-book restoration (古籍修复) around an invented city library,
函山市, on twelve kinds of site. Every text, site, person and URL is invented."""

CASES = [
    dict(
        slug="exam-hanshan-library-restorer-hiring-html",
        site="函山市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hsrsks.example.gov.cn/sydw/2025/0403/612.html",
        title="函山市图书馆2025年公开招聘古籍修复人员公告",
        record_title="函山市图书馆2025年公开招聘古籍修复人员公告_函山市人事考试信息网",
        date="2025-04-03",
        notes="exam site: anti-fraud notice, technical line beside the library's own 咨询电话; post table; a 'print the admission ticket' sentence belongs to the document",
        page="""
<html><head><meta charset="utf-8"><title>函山市图书馆2025年公开招聘古籍修复人员公告_函山市人事考试信息网</title></head><body>
<div class="hd">⟦m 函山市人事考试信息网⟧ ⟦a 考生登录⟧</div>
<div class="nav">⟦l 首页 | 公务员考试 | 事业单位 | 职称考试 | 成绩查询⟧</div>
<div class="wz">⟦m 首页 ＞ 事业单位 ＞ 招聘公告⟧</div>
<h2>⟦t 函山市图书馆2025年公开招聘古籍修复人员公告⟧</h2>
<div class="sj">⟦m 发布时间：2025-04-03 15:20　来源：市人社局⟧</div>
{BODY}
<div class="warn">⟦d 提醒：考试报名不收取任何培训费用，凡以“内部辅导”名义收费的均为诈骗⟧</div>
<div class="jszc">⟦m 报名系统技术咨询：0512-6809 1133⟧</div>
</body></html>
""",
        body="""
经研究，函山市图书馆面向社会公开招聘古籍修复人员2名，现将有关事项公告如下。
岗位　人数　学历要求
古籍修复　1　本科及以上，图书馆学或文物保护专业
古籍编目　1　本科及以上，古典文献学专业
报名时间为4月10日至4月16日，笔试准考证请于4月25日后自行登录报名系统打印。
咨询电话：0512-6821 4407（市图书馆人事科）。
函山市人力资源和社会保障局　函山市图书馆
2025年4月3日
""",
    ),
    dict(
        slug="tender-hanshan-deacid-equipment-inquiry",
        site="函山政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.hanshan.example.gov.cn/cggg/xjgg/2025/0618/1022.html",
        title="函山市图书馆古籍脱酸设备采购询价公告",
        record_title="【询价】函山市图书馆古籍脱酸设备采购询价公告",
        date="2025-06-18",
        notes="procurement text page: CA and platform hotline chrome next to buyer and agency contacts kept; an item table",
        page="""
!m 函山政府采购网
!m 首页 / 采购公告 / 询价公告
!t 【询价】函山市图书馆古籍脱酸设备采购询价公告
!m 发布日期：2025-06-18　浏览：143
{BODY}
!w 平台操作咨询：400-630-8877（工作日9:00-17:00）
!l 同类公告：市档案馆恒温恒湿设备采购　｜　市博物馆展柜维修
""",
        body="""
一、采购项目名称：古籍脱酸设备采购
二、采购内容
品目　数量　最高限价
整本脱酸设备　1台　38万元
纸张酸度检测仪　2台　3万元
三、报价截止时间：2025年6月28日9时。
四、联系方式
采购人：函山市图书馆，联系人：殷老师，电话：0512-6821 4415。
代理机构：函山中正招标代理有限公司，联系人：方晓，电话：0512-6833 0276。
""",
    ),
    dict(
        slug="lawfirm-zhenlu-donated-rare-books-html",
        site="臻律律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.zhenlu-law.example.com/insights/2025/0912-rare-books.html",
        title="家传古籍捐给图书馆后，子女能否要回？",
        record_title="家传古籍捐给图书馆后，子女能否要回？｜臻律观点",
        date="2025-09-12",
        notes="law firm: byline 发布时间 (page's date), a consult box, not-legal-advice notice",
        page="""
<html><head><meta charset="utf-8"><title>家传古籍捐给图书馆后，子女能否要回？｜臻律观点</title></head><body>
<header>⟦m 臻律律师事务所 ZHENLU LAW⟧ <nav>⟦l 关于臻律 | 业务领域 | 臻律观点 | 加入我们⟧</nav></header>
<h1>⟦t 家传古籍捐给图书馆后，子女能否要回？⟧</h1>
<p class="by">⟦m 文｜韩沐 律师　发布时间：2025-09-12⟧</p>
{BODY}
<div class="notice">⟦d 声明：本文不构成对任何具体事项的法律意见或建议⟧</div>
<div class="consult">⟦w 预约面谈：0512-6755 9012　或发送邮件至 consult@zhenlu-law.example.com⟧</div>
<footer>⟦m © 2025 臻律律师事务所　苏ICP备16024118号⟧</footer>
</body></html>
""",
        body="""
老人生前将家传的明刻本捐给市图书馆，去世后子女认为捐赠未经全体继承人同意，要求返还。
根据民法典，赠与人在赠与财产的权利转移之前可以撤销赠与，但经过公证或具有公益性质的赠与除外。
向公共图书馆捐赠古籍属于公益性质的赠与，且古籍已经交付，子女一般无权要求返还。
如果能够证明古籍属于家庭共有财产，老人无权单独处分，则情况有所不同，需要结合证据具体判断。
""",
    ),
    dict(
        slug="community-shuxiang-old-books-appraisal",
        site="书巷社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shuxiangsq.example.cn/tz/2025/1018/88.html",
        title="关于开展“家藏旧书免费鉴定”进社区活动的通知",
        record_title="关于开展“家藏旧书免费鉴定”进社区活动的通知",
        date="2025-10-18",
        notes="residents' site text page: weather and 网格员 lines, a 'like/comment' row; the community's own 联系电话; a sentence asking to share the notice",
        page="""
!m 书巷社区居委会　｜　今日多云 12~21℃
!m 社区公告 ＞ 活动通知
{T}
!m 发布：网格员小许　2025-10-18
{BODY}
!l 👍 点赞 26　💬 评论 4
!m 社区服务站地址：书巷路45号　办公电话：0512-6890 3344
""",
        body="""
各位居民：
函山市图书馆古籍修复中心将于10月26日上午在社区活动室举办“家藏旧书免费鉴定”活动。
居民可携带家中的线装书、老账本、旧家谱到现场，由修复师免费鉴定并讲解保存方法。
每户限带三件，虫蛀、霉变严重的书籍请用塑料袋单独包好。
请大家转发分享给家中有老书的邻居。
联系电话：0512-6890 3351（社区文化专干）。
书巷社区居民委员会
2025年10月18日
""",
    ),
    dict(
        slug="association-guji-restorers-pledge-html",
        site="函山市古籍保护协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.hsgjbh.example.org.cn/xhgg/2025/0423/19.html",
        title="关于保护民间古籍的倡议书",
        record_title="【协会倡议】关于保护民间古籍的倡议书",
        date="2025-04-23",
        notes="association site with member login, a join-us box and a 'scan to join' glued after a sentence; Chinese-numeral 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>函山市古籍保护协会</title></head><body>
<div class="top">⟦m 函山市古籍保护协会　护一卷古籍　续一脉书香⟧ ⟦a 会员登录⟧ ⟦a 申请入会⟧</div>
<div class="menu">⟦l 协会概况 ｜ 协会公告 ｜ 修复案例 ｜ 会员风采⟧</div>
<h3>⟦t 关于保护民间古籍的倡议书⟧</h3>
<div class="info">⟦m 秘书处　2025-04-23　阅读 209⟧</div>
{BODY}
<div class="side">⟦l 最新公告：第三期修复技艺研习班结业　｜　2025年会员年检通知⟧</div>
<div class="ft">⟦m 协会地址：函山市文昌路2号市图书馆北楼⟧</div>
</body></html>
""",
        body="""
全市广大市民朋友：
古籍是中华文明的重要载体，许多珍贵古籍至今散落在民间，面临虫蛀、霉变、散佚的风险。
在第三十个世界读书日之际，我们倡议：
一、发现家中藏有古籍的，妥善保存，避免潮湿和阳光直射。
二、不随意拆装、涂写、裁剪古籍，破损的及时送专业机构修复。⟦a 扫码加入古籍保护志愿者⟧
三、积极参与古籍普查登记，让沉睡的古籍“活”起来。
函山市古籍保护协会
二〇二五年四月二十三日
""",
    ),
    dict(
        slug="corp-moyun-paper-restoration-paper-news",
        site="墨韵宣纸有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.moyunxuan.example.com/news/2025/1105.html",
        title="墨韵宣纸为市图书馆定制古籍修复用纸",
        record_title="墨韵宣纸为市图书馆定制古籍修复用纸 - 墨韵新闻",
        date="2025-11-05",
        notes="company site text page: shop links and a customer-service line; title repeated glued to the first sentence",
        page="""
!m 墨韵宣纸有限公司　百年纸坊
!l 首页　产品中心　墨韵新闻　在线商城　联系我们
!t 墨韵宣纸为市图书馆定制古籍修复用纸 - 墨韵新闻
!m 发布时间：2025-11-05　浏览 77 次
⟦t 墨韵宣纸为市图书馆定制古籍修复用纸⟧{BODY}
!a 【打印】【关闭】【分享到朋友圈】
!w 采购热线：400-117-5858　微信客服：moyun_paper
!m Copyright © 墨韵宣纸有限公司　皖ICP备13008812号
""",
        body="""
近日，公司为函山市图书馆古籍修复中心定制的第一批修复用纸顺利交付。
这批纸张按照修复师提供的样张，调整了纤维配比和帘纹疏密，颜色、厚度与待修复的清刻本十分接近。
公司负责人表示，将继续为公共图书馆提供小批量定制服务。
""",
    ),
    dict(
        slug="training-jinxiang-restoration-course-html",
        site="锦湘文化技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jinxiangpx.example.com/course/guji-xiufu.html",
        title="古籍修复技艺初级班招生简章",
        record_title="古籍修复技艺初级班招生简章（周末班）",
        date="2025-08-15",
        notes="training school: an enrol box, a QQ consult prompt, a course table; the school's own 报名电话 and a 'pay the deposit online' sentence belong to the document",
        page="""
<html><head><meta charset="utf-8"><title>古籍修复技艺初级班招生简章（周末班）</title></head><body>
<div class="logo">⟦m 锦湘文化技能培训学校　人社部门备案职业技能培训机构⟧</div>
<div class="nav">⟦l 学校简介 | 开设课程 | 师资力量 | 学员作品 | 在线报名⟧</div>
<h1>⟦t 古籍修复技艺初级班招生简章⟧</h1>
{BODY}
<div class="enrol">⟦a 我要报名：姓名 [　] 手机 [　] 提交⟧</div>
<div class="qq">⟦w 课程顾问QQ：3096124480　微信同号⟧</div>
<div class="ft">⟦m 锦湘文化技能培训学校　湘ICP备22011034号⟧</div>
</body></html>
""",
        body="""
本班面向古籍修复爱好者和基层图书馆工作人员，采用周末授课方式。
课程　课时　内容
基础理论　16课时　纸张、装帧与病害
修复实操　48课时　托裱、补洞、溜口
报名电话：0731-8512 6630，可在线缴纳定金五百元锁定名额。
锦湘文化技能培训学校
2025年8月15日
""",
    ),
    dict(
        slug="app-gaoshou-library-restoration-summary-html",
        site="稿手 写作APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.gaoshou.example.com/share/doc/778120?ch=copylink",
        title="古籍修复中心年度工作总结",
        record_title="古籍修复中心年度工作总结（通用版）",
        date=None,
        notes="H5 writing-app page: open-in-app banners, an AI rewrite button glued after a sentence, a 'continue in app' wall; numbered paragraphs; no date",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>稿手</title></head><body>
<div class="banner">⟦a 打开稿手APP　海量范文一键生成⟧</div>
<h1>⟦t 古籍修复中心年度工作总结（通用版）⟧</h1>
<div class="meta">⟦m 稿手精选　｜　2.3万次使用⟧</div>
{BODY}
<div class="wall">⟦a 剩余内容请在APP中查看，新用户首月免费⟧</div>
<div class="foot">⟦m 稿手 · 你的写作搭子⟧</div>
</body></html>
""",
        body="""
今年，古籍修复中心在馆领导的支持下，圆满完成了年度修复任务。
一、全年修复古籍一百二十册、三千六百余叶，其中善本十八册。⟦a AI帮我改写这段⟧
二、完成馆藏古籍普查登记二千三百条，全部录入全国古籍普查平台。
三、举办古籍修复体验活动八场，接待中小学生六百余人次。
明年，我们将重点推进修复档案数字化工作。
""",
    ),
    dict(
        slug="gkforum-xuanba-restoration-interview-html",
        site="选拔公考社区 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://bbs.xuanba.example.com/t/55192",
        title="事业单位面试真题：年轻人不愿做古籍修复，你怎么看？",
        record_title="[面试素材] 事业单位面试真题：年轻人不愿做古籍修复，你怎么看？",
        date=None,
        date_also=[],
        notes="exam forum: floors, hidden-content prompt, a 'relative time' post date (no date)",
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 事业单位面试真题：年轻人不愿做古籍修复，你怎么看？ - 选拔公考社区</title></head><body>
<div class="hd">⟦m 选拔公考社区 · 一起上岸⟧</div>
<div class="crumb">⟦m 社区 / 面试交流 / 真题解析⟧</div>
<h1>⟦t [面试素材] 事业单位面试真题：年轻人不愿做古籍修复，你怎么看？⟧</h1>
<div class="op">⟦m 楼主 面霸小鹿　3小时前　浏览 612⟧</div>
{BODY}
<div class="hide">⟦a 【参考答案要点】回复本帖后刷新可见⟧</div>
<div class="floor">⟦m 2楼 上岸锦鲤：感谢楼主，已收藏⟧</div>
<div class="ft">⟦d 本社区内容为网友分享，与本站立场无关⟧</div>
</body></html>
""",
        body="""
题目：古籍修复工作周期长、收入不高，不少年轻人不愿意从事这一行业，对此你怎么看？
答题思路：
第一，肯定古籍修复的价值，它关系到文化传承，需要耐得住寂寞的专业人才。
第二，分析原因，包括职业认知度低、成长周期长、待遇和晋升通道有限。
第三，提出对策，比如完善职称评价、加强院校培养、用新媒体讲好修复师的故事。
""",
    ),
    dict(
        slug="baike-wenjin-book-repair-qa",
        site="问津百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenjin-qa.example.com/zhidao/20117351.html",
        title="古籍修复中的“溜口”是什么意思？",
        record_title=None,
        date=None,
        notes="encyclopedia-style Q&A without a record title (the question is the title); 回答于 a relative time, a 'report' and 'more answers' box; no date",
        page="""
!m 问津百科问答 > 文化 > 图书
{T}
!m 提问者：不语书生　｜　1个回答
!m 优质回答者：书医老沈　回答于 昨天
{BODY}
!l 已赞过　已踩过　收起　｜　举报
!l 更多回答（0）　｜　我来回答
!m 问津百科问答 © 2025　内容由用户提供
""",
        body="""
“溜口”是古籍修复中的一道常见工序，指修补书叶中缝（书口）处的断裂。
线装书经常翻阅，书口最容易磨损开裂，修复师会用裁成细条的薄皮纸，沿书口内侧粘补加固。
溜口用的纸要比原书纸略薄，颜色相近，浆糊也要调得稀一些，这样修好后书叶才平整。
""",
    ),
    dict(
        slug="netdisk-shuyun-library-disaster-plan-html",
        site="书云网盘 (invented)",
        style="网盘分享",
        genre="预案",
        kind="plan",
        form="html",
        source="https://pan.shuyun.example.com/share/init?surl=Hx9aQ2",
        title="函山市图书馆古籍书库水灾应急预案",
        record_title="函山市图书馆古籍书库水灾应急预案.docx",
        date="2025-05-30",
        notes="cloud-drive preview: extraction code, save/download buttons, share time (no date) and expiry; decimal headings; document number neutral",
        page="""
<html><head><meta charset="utf-8"><title>书云网盘-分享无限制</title></head><body>
<div class="top">⟦m 书云网盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file">⟦t 函山市图书馆古籍书库水灾应急预案.docx⟧</div>
<div class="info">⟦m 分享于 2025-06-03 10:22　失效时间：永久　大小 41.7KB⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 下载⟧ ⟦a 举报⟧</div>
<p>函图〔2025〕15号</p>
{BODY}
<div class="ad">⟦a 开通超级会员，下载不限速⟧</div>
</body></html>
""",
        date_also=["2025-06-03"],
        body="""
1 适用范围
本预案适用于古籍书库因暴雨、管道破裂等原因发生进水的应急处置。
2 处置程序
2.1 发现进水后，值班人员立即切断书库电源，报告馆领导和古籍部主任。
2.2 按照先善本、后普通古籍的顺序转移书籍，受潮书籍在二十四小时内冷冻处理。
3 物资保障
书库门口常备沙袋五十个、吸水棉二十包、冷冻周转箱十只。
函山市图书馆
2025年5月30日
""",
    ),
    dict(
        slug="snapshot-hanshan-gazette-restoration-minutes",
        site="寻踪快照 (invented, text-only cache)",
        style="搜索快照",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://kz.xunzong.example.com/text?url=hswh.example.gov.cn%2Fgzdt%2F7731.html",
        title="全市古籍保护工作联席会议纪要",
        record_title="全市古籍保护工作联席会议纪要",
        date="2025-03-26",
        notes="text-only cache with a banner and crawl time (no date); minutes' lines kept; 分送 版记 kept",
        page="""
!d 寻踪快照（纯文本）：本页是 hswh.example.gov.cn/gzdt/7731.html 在 2025-04-02 03:15 被抓取时的样子，与当前页面可能不同。
!a 显示原始网页　｜　关闭快照
!m 函山市文化广电和旅游局 > 工作动态
{T}
{BODY}
!m 函山市文化广电和旅游局主办　电话：0512-6800 2211
""",
        body="""
时间：2025年3月26日
地点：市文广旅局三楼会议室
主持：副局长 卜文清
参加：市图书馆、市档案馆、市博物馆、函山大学图书馆负责同志
会议听取了全市古籍普查进展情况的汇报，截至目前已完成登记一万二千余部。
会议议定，由市图书馆牵头建设全市古籍修复中心，各单位的破损善本统一送修。
分送：各参会单位。
""",
    ),
]
