"""holdout32, part D: written blind. Invented sites, counties, people, URLs and chrome."""

def H(title, top, body_wrap, bottom):
    return f"""
<html><head><meta charset="utf-8"><title>{title}</title><script>window.cfg={{a:1}}</script></head><body>
{top}
{body_wrap}
{bottom}
</body></html>
"""

CASES = [
    dict(
        slug="gov-yanye-summary-html-sidebar",
        site="蘖川县商务局 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://swj.niechuan.example.gov.cn/gzzj/2025/0109/512.html",
        title="蘖川县盐业市场监管2024年工作总结",
        record_title="蘖川县盐业市场监管2024年工作总结_工作总结_蘖川县商务局",
        date="2025-01-09",
        notes="HTML county bureau page: 信息来源/点击 line, sidebar columns, a 【纠错】 button glued after the last paragraph; data table kept",
        page=H("蘖川县盐业市场监管2024年工作总结_工作总结_蘖川县商务局",
            '<div>⟦m 蘖川县商务局 · 开放蘖川 商通天下⟧</div><div>⟦m 首页　机构职能　政务公开　商务动态　便民服务⟧</div><div>⟦m 当前所在： 首页 » 政务公开 » 工作总结⟧</div>',
            '<div class="art"><h1>{T}</h1><p>⟦m 信息来源：市场运行股　点击：[98]　更新：2025-01-09⟧</p>\n{BODY}\n</div>',
            '<div class="side"><h4>⟦l 热点专题⟧</h4><p>⟦l 优化营商环境在行动⟧</p><p>⟦l 放心消费创建⟧</p></div><div>⟦m 蘖川县商务局主办　电话：0579-81230066⟧</div><div>⟦d 政府网站标识码：3307260021⟧</div>'),
        body="""
2024年，我局认真履行盐业市场监管职责，全年未发生食盐质量安全事件。
一、开展专项检查
检查类别　检查户次　发现问题
批发企业　12　2
零售网点　436　17
餐饮单位　208　9
二、规范经营秩序。查处无证经营食盐案件三起，责令整改二十八户。
三、加强宣传引导。在“3·15”和碘缺乏病防治日开展宣传活动，发放资料五千余份。⟦a 【纠错】⟧
""",
    ),
    dict(
        slug="forum-chongwu-discuz-html-jammer",
        site="萌宠之家论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.mengchong.example.com/thread-7712-1-1.html",
        title="棠浦市犬只免费狂犬疫苗集中接种通知",
        record_title="[转] 棠浦市犬只免费狂犬疫苗集中接种通知 - 同城交流 - 萌宠之家论坛",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="Discuz-like HTML forum with jammer fonts in the body; vaccination table kept; post date differs from the notice's date",
        junk=dict(lines=1, glued=2),
        page=H("[转] 棠浦市犬只免费狂犬疫苗集中接种通知 - 同城交流 - 萌宠之家论坛",
            '<div id="hd">⟦m 萌宠之家论坛⟧ ⟦a 登录 立即注册 找回密码⟧</div><div id="pt">⟦m 萌宠之家论坛 › 同城交流 › 查看内容⟧</div>',
            '<div class="pl"><h1>⟦t [转] 棠浦市犬只免费狂犬疫苗集中接种通知⟧</h1><div class="pi">⟦m 柯基爸爸　发表于 2025-3-19 20:33　|　只看该作者　|　倒序浏览⟧</div><div class="t_f">\n{BODY}\n</div></div>',
            '<div>⟦l 收藏 3　分享　支持 12　反对 0⟧</div><div>⟦a 您需要登录后才可以回帖 登录 | 立即注册⟧</div><div>⟦m Archiver｜手机版｜小黑屋｜萌宠之家论坛⟧</div>'),
        body="""
各位养犬市民：
为做好狂犬病防控工作，我中心将于3月24日至4月6日开展犬只免费狂犬疫苗集中接种。
接种点　地址　时间
城东点　东湖路动物诊疗所　8:30—11:30
城西点　西门菜市场北侧　14:00—17:00
请携带犬只免疫证，犬只须拴绳或装笼，接种后留观十五分钟。
棠浦市动物疫病预防控制中心
2025年3月18日
""",
    ),
    dict(
        slug="blog-hangbiao-worker-archive",
        site="灯塔边的日子 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://lighthouse-days.example.blog/2025/08/summer-patrol.html",
        title="夏季航标巡检的一点心得",
        record_title="夏季航标巡检的一点心得 - 灯塔边的日子",
        date="2025-08-14",
        notes="a beacon keeper's blog: 发表于 post footer is the page date; views/comments row, archive and blogroll; one line glued action",
        page="""
!m 灯塔边的日子　一个航标工的随笔
!t 夏季航标巡检的一点心得 - 灯塔边的日子
{BODY}
!m 发表于 2025年8月14日 22:05 | 阅读(213) | 评论(4)
!l 分类：巡检手记　标签：航标 / 夏季 / 安全
!l 博主的其他文章：台风过后的清晨 · 第一次独自值守灯桩
!l 友情链接：海事小编的家　渔港记事
""",
        body="""
七八月是航标巡检最辛苦的时候，船舱里四十多度，一趟下来衣服能拧出水。
这几年我总结了几条：出发前一定看潮汐表，低潮时靠泊浮标最稳；工具包里多带一组备用灯器，能少跑一趟。
巡检记录要当场写。⟦a 点击复制本段⟧以前我习惯回站里再补，结果常把两个标位的数据记混。
最重要的还是安全，救生衣必须穿好，雷雨天气坚决不出船。
""",
    ),
    dict(
        slug="docshare-fenggang-report-diamond-markers",
        site="共享书房 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.gxsf.example.com/d/30918826.html",
        title="关于砾川渔港渔船安全管理情况的调研报告",
        record_title="关于砾川渔港渔船安全管理情况的调研报告（word可编辑）",
        date="2025-07-22",
        notes="sharing page: page markers ⟮n⟯ on lines of their own cut sentences; upload notice in other words; 成文日期 at the end",
        indent="　　",
        pages=dict(fmt="⟮{n}⟯", every=115, start=2, glue=False),
        page="""
!m 共享书房 —— 分享让知识流动
!t 关于砾川渔港渔船安全管理情况的调研报告（word可编辑）
!m 上传：渔政小陈　格式：docx　浏览 307 次
{BODY}
!d 本文档为网友分享，共享书房仅提供在线浏览服务，若侵犯您的权益请来函删除。
!a 下载本文档（需5积分）　｜　分享到朋友圈
""",
        body="""
为全面掌握砾川渔港渔船安全管理情况，调研组于7月上旬深入港区和三个渔业村开展调研，现将有关情况报告如下。
一、基本情况。砾川渔港现有登记渔船四百一十二艘，其中大中型渔船九十六艘，从业渔民一千七百余人。
二、存在问题。部分老旧渔船救生设备配备不足，船员持证率偏低，港内停泊秩序有待规范。
三、对策建议。建议加快老旧渔船更新改造，开展船员培训考证专项行动，推行港内网格化停泊管理。
砾川镇人民政府调研组
2025年7月22日
""",
    ),
    dict(
        slug="edu-tezhong-letter-parents-receipt",
        site="筇岭县教育局 (invented)",
        style="教育门户",
        genre="信",
        kind="letter",
        form="text",
        source="http://jyj.qiongling.example.gov.cn/jyxx/2025/0612/330.html",
        title="致全县中小学生家长的防溺水安全告知书",
        record_title="致全县中小学生家长的防溺水安全告知书",
        date="2025-06-12",
        notes="education portal: a 回执 slip with blanks and a 年 月 日 line kept; 打印 sentence kept; site footer and views line",
        page="""
!m 筇岭教育信息网
!m 首页 - 教育资讯 - 安全教育
{T}
!m 发布者：安全股　浏览次数：5216　发布时间：2025-06-12
{BODY}
!a 【打印】【收藏】【返回顶部】
!m 主办单位：筇岭县教育局　备案号：黔ICP备2023006611号-2
""",
        body="""
尊敬的家长朋友：
夏季是溺水事故高发期。为保障孩子生命安全，请您务必做到：
1．教育孩子不私自下水游泳，不擅自与他人结伴游泳。
2．不在无家长或教师带领的情况下游泳，不到无安全设施、无救援人员的水域游泳。
3．节假日和放学后掌握孩子去向，做好监护。
请家长打印下方回执，签字后交班主任。
回执
我已认真阅读告知书，将切实履行监护责任。
学生姓名：________　家长签名：________
年　月　日
筇岭县教育局
2025年6月12日
""",
    ),
    dict(
        slug="oa-youzheng-notice-html-portal",
        site="泓口邮政内网门户 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://portal.hk-post.example.local/gw/2025/0303/00187",
        title="关于开展2025年春季寄递安全大检查的通知",
        record_title="关于开展2025年春季寄递安全大检查的通知",
        date="2025-03-03",
        notes="HTML intranet portal: document number and 签发人 neutral; reading-receipt list, attachment download buttons as chrome vs the document's own 附件 list; 抄送 kept",
        page=H("内网门户-公文详情",
            '<div>⟦m 泓口邮政协同门户　欢迎您，伏晓岚　[退出]⟧</div><div>⟦m 待办(3)　待阅(12)　公文　通讯录⟧</div>',
            '<div class="doc"><h2>{T}</h2><p>泓邮〔2025〕14号</p><p>签发人：沈其昌</p>\n{BODY}\n<p>⟦a 正文下载　附件打包下载⟧</p></div>',
            '<div>⟦l 阅读情况：已阅 41 人，未阅 6 人⟧</div><div>⟦d 本系统仅限内部使用，严禁截图外传⟧</div>'),
        body="""
各分局、各营业部：
为切实防范寄递渠道安全风险，公司决定于3月10日至4月10日开展春季寄递安全大检查。
一、重点检查收寄验视、实名收寄和过机安检“三项制度”落实情况。
二、各单位要成立检查小组，逐网点开展自查，发现问题建立台账、限期整改。
三、请于4月15日前将检查报告报公司安全保卫部。
附件：1．寄递安全检查表
2．问题整改台账模板
泓口县邮政分公司
2025年3月3日
抄送：县邮政管理局。
""",
    ),
    dict(
        slug="qa-jichang-baggage-answer",
        site="知否问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhifou-qa.example.com/q/883211",
        title="充电宝过机场安检有什么规定？",
        record_title="充电宝过机场安检有什么规定？求详细解答",
        date=None,
        notes="Q&A with 2天前 relative time (not a date), adopted-answer badge, a numbered list kept, vote bar",
        page="""
!m 知否问答 > 生活 > 出行
!t 充电宝过机场安检有什么规定？求详细解答
!m 提问者：旅行小白兔　2天前
!m ✔ 最佳答案　回答者：菱埠机场安检员小乔
{BODY}
!l 有用(88)　没用(2)　评论
!l 其他回答（6）
!a 下载知否App，随时提问
""",
        body="""
按照民航局的规定，充电宝只能随身携带，不能托运，具体要求如下：
1. 额定能量不超过100Wh的，可以随身携带，一般不超过两个。
2. 额定能量在100Wh到160Wh之间的，须经航空公司批准。
3. 超过160Wh或者标识不清的，禁止携带。
过安检时请把充电宝从包里取出单独放在筐里，能节省不少时间。
""",
    ),
    dict(
        slug="collection-kejiguan-docent-html",
        site="星河讲解员文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://xinghe-wenji.example.net/p/117",
        title="在科技馆志愿讲解员年度表彰会上的发言",
        record_title="星河文集 / 第117篇 / 在科技馆志愿讲解员年度表彰会上的发言",
        date="2024-12-28",
        notes="HTML personal collection: title decorated with a path; date under the speech title; speaker line neutral; prev/next and a subscription box",
        page=H("在科技馆志愿讲解员年度表彰会上的发言 · 星河文集",
            '<header>⟦m 星河文集 · 一位老讲解员的讲稿与随笔⟧</header><nav>⟦m 文集目录 / 讲稿卷 / 第117篇⟧</nav>',
            '<main><h1>{T}</h1><p>优秀志愿讲解员代表　鲍星河</p><p>（2024年12月28日）</p>\n{BODY}\n</main>',
            '<div>⟦l ← 上一篇：给小讲解员的十条建议　下一篇：科学之夜主持词 →⟧</div><div>⟦a 订阅文集更新：输入邮箱⟧</div><div>⟦d 文集文字版权归作者所有⟧</div>'),
        body="""
各位领导、各位志愿者伙伴：
很荣幸作为代表发言。这一年，我在科技馆讲解了二百一十多场，接待最多的是小学生。
我最大的感受是，讲解不是背稿子，而是陪孩子一起发现问题。
明年我想和伙伴们一起，把“宇宙探秘”展厅的讲解词改得更生动，也欢迎更多退休老同志加入我们。
谢谢大家！
""",
    ),
    dict(
        slug="dangjian-yancao-branch-minutes",
        site="柃水烟草党建园地 (invented)",
        style="党建网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://dj.lsyc.example.com/zbhd/2025/0428/76.html",
        title="机关第二党支部2025年4月主题党日活动纪要",
        record_title="【支部活动】机关第二党支部2025年4月主题党日活动纪要",
        date="2025-04-28",
        date_also=["2025-04-25"],
        notes="Party site: minutes' 时间/地点/主持/参会/记录 lines kept, vote count kept; 印发 date expected, meeting date accepted",
        page="""
!m 柃水烟草党建园地　不忘初心 牢记使命
!m 位置：首页 > 支部活动
!t 【支部活动】机关第二党支部2025年4月主题党日活动纪要
!m 来源：机关第二党支部　时间：2025-04-28　阅读 166
{BODY}
!l 相关链接：“三会一课”制度汇编 | 党员积分管理办法
!d 柃水县烟草专卖局（分公司）党委办公室 主办
""",
        body="""
时间：2025年4月25日下午3时
地点：机关四楼党员活动室
主持：支部书记 甘雨桐
参会：支部党员14人，缺席1人（出差）
记录：卞晓晨
一、集体学习《中国共产党纪律处分条例》有关章节。
二、讨论通过了接收预备党员事项，表决结果：同意14票，反对0票，弃权0票。
三、布置五月份“党员先锋岗”创建工作。
机关第二党支部
2025年4月28日
""",
    ),
    dict(
        slug="hospital-chongwu-html-clinic-news",
        site="宠爱动物医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chongai-vet.example.com/news/2025/0522.html",
        title="宠爱动物医院开设猫专科门诊",
        record_title="宠爱动物医院开设猫专科门诊_医院动态_宠爱动物医院",
        date="2025-05-22",
        notes="HTML pet hospital page: booking box, the document's own 预约电话 beside the 24-hour emergency line, 扫码 sentence kept",
        page=H("宠爱动物医院开设猫专科门诊_医院动态_宠爱动物医院",
            '<div>⟦m 宠爱动物医院 · 用心守护每一个毛孩子⟧</div><div>⟦m 首页 | 医院介绍 | 专家团队 | 医院动态 | 宠物课堂⟧</div>',
            '<div class="news"><h2>{T}</h2><p>⟦m 日期：2025-05-22　来源：本院　浏览：899⟧</p>\n{BODY}\n</div>',
            '<div class="book">⟦w 在线预约挂号 立即预约⟧</div><div>⟦m 24小时急诊：0595-27779999⟧</div><div>⟦d ©宠爱动物医院 保留所有权利⟧</div>'),
        body="""
为给猫咪提供更安心的就诊环境，宠爱动物医院于5月22日起开设猫专科门诊。
门诊设立独立候诊区和诊室，与犬只完全分开，并配备猫专用的检查台和麻醉设备。
猫专科门诊每周二至周日开诊，由执业兽医师邹蔓主诊。
主人可扫描医院公众号二维码预约，也可拨打预约电话0595-27779021。
""",
    ),
    dict(
        slug="university-jichang-intern-notice",
        site="菱埠航空职业学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.lbhk.example.edu.cn/jwc/tzgg/2025/0307/1440.htm",
        title="关于2022级学生赴菱埠机场顶岗实习的通知",
        record_title="关于2022级学生赴菱埠机场顶岗实习的通知-教务处",
        date="2025-03-07",
        notes="college page: placement table; 附件 list kept; a share bar glued after a line; footer",
        page="""
!m 菱埠航空职业学院 教务处
!m 首页 >> 通知公告 >> 正文
{T}
!m 作者：实践教学科　审核：教务处　发布：2025年03月07日　点击：[731]
{BODY}
!l 【关闭】 【分享到：QQ 微信 微博】
!m Copyright © 菱埠航空职业学院教务处　地址：菱埠市航空港大道8号
""",
        body="""
各二级学院：
经与菱埠机场有限公司协商，学院安排2022级部分学生赴机场开展顶岗实习，现将有关事项通知如下：
专业　人数　实习部门
民航安全技术管理　36　安检护卫部
机场运行服务与管理　28　航站楼管理部
飞机机电设备维修　20　机务工程部
实习时间为2025年3月24日至6月30日，各学院须指派带队教师。
附件：顶岗实习安全责任书
教务处
2025年3月7日
""",
    ),
    dict(
        slug="localforum-yanglao-consultation-wrapped",
        site="泖湾论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="https://bbs.maowan.example.com/t-558210.html",
        title="关于城南养老服务中心建设方案公开征求意见的公告",
        record_title="城南要建养老服务中心了！关于城南养老服务中心建设方案公开征求意见的公告",
        date="2025-10-11",
        date_also=["2025-10-12"],
        notes="local forum post, hard-wrapped at 66 columns; the document's own 邮箱 and 电话 kept; poster line; reply junk-free floors",
        wrap=66,
        indent="　　",
        page="""
!m 泖湾论坛 » 泖湾民生 » 浏览主题
!t 城南要建养老服务中心了！关于城南养老服务中心建设方案公开征求意见的公告
!m 作者：城南老街坊　时间：2025-10-12 10:21　点击：1882　回复：37
{BODY}
!l #2 湾仔：支持！家门口就有养老院太好了
!l #3 匿名网友：停车位够吗
!a 【快捷回复】【发新帖】
""",
        body="""
为广泛听取社会各界意见，现将《城南养老服务中心建设方案（征求意见稿）》向社会公开征求意见。
一、项目概况：中心拟选址城南街道梧桐路与新河路交叉口，规划床位二百张，设有日间照料、医养结合和康复护理等功能区。
二、征求意见时间：2025年10月11日至11月10日。
三、反馈方式：可将意见发送至邮箱mwmz_yl@example.gov.cn，或拨打电话0573-86011520。
泖湾县民政局
2025年10月11日
""",
    ),
]
