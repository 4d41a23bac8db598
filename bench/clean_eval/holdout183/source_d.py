"""holdout183, part D: walking frames and rollators (助行器) — a 文库 reader, a county
portal, a news portal, a hobby forum, a blog, a WeChat mirror, a document share, an
education portal, an intranet and a Q&A. All invented."""

CASES = [
    dict(
        slug="wenku-rental-plan-html-markers",
        site="书山文库 (invented)",
        style="文库预览",
        genre="实施方案",
        kind="plan",
        form="html",
        source="https://www.shushanwk.example.com/p-30918822.html",
        title="燊田县康复辅助器具社区租赁服务试点实施方案",
        record_title="燊田县康复辅助器具社区租赁服务试点实施方案 - 书山文库",
        date="2025-05-20",
        notes="文库 reader in HTML: marker paragraphs ⧏n⧐ between halves of cut paragraphs; pay prompt; upload notice",
        pages=dict(fmt="⧏{n}⧐", every=120, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>燊田县康复辅助器具社区租赁服务试点实施方案 - 书山文库</title></head><body>
<div class="top">⟦m 书山文库⟧ ⟦a 上传文档⟧ ⟦a 登录/注册⟧</div>
<div class="doc-head"><h1>⟦t 燊田县康复辅助器具社区租赁服务试点实施方案⟧</h1>
<p>⟦m 5页　2.1万阅读　上传者：gov_doc_8812⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 还剩2页未读，继续阅读⟧ ⟦a 下载文档（5.00元）⟧</div>
<div class="notice">⟦d 本文档为用户上传，若侵犯您的权益，请联系客服删除⟧</div>
<div class="rel">⟦l 相关文档：康复辅具租赁服务规范⟧ ⟦l 居家适老化改造实施方案⟧</div>
</body></html>
""",
        body="""
为满足老年人、残疾人和伤病人员短期使用康复辅助器具的需求，减轻群众负担，结合本县实际，制定本方案。
一、试点范围：在城关镇两个社区和熠浦镇一个社区设立康复辅具租赁点，首批投放助行器、轮椅、坐便椅等辅具三百件。
二、租赁方式：辅具按日计租，助行器每天一元，轮椅每天二元，特困人员和低保对象免收租金。
三、服务要求：租赁点负责辅具的清洁消毒和日常维修，每件辅具归还后须消毒并登记方可再次出租。
四、保障措施：试点经费从县福利彩票公益金中安排，县民政局负责监督考核。
燊田县民政局
2025年5月20日
""",
    ),
    dict(
        slug="gov-shentian-subsidy-reply-text",
        site="燊田县人民政府 (invented)",
        style="政府门户",
        genre="答复",
        kind="letter",
        form="text",
        source="http://www.shentian.example.gov.cn/hdjl/xjxx/2025/0708/1021.html",
        title="关于为失能老人免费配发助行器的建议的答复",
        record_title="关于为失能老人免费配发助行器的建议的答复_县长信箱_燊田县人民政府",
        date="2025-07-08",
        notes="mayor's mailbox reply on a county portal: 来信/回复 boxes; reply date line; 纠错 line; the department's own 电话 in the body",
        page="""
!m 燊田县人民政府　www.shentian.example.gov.cn
!m 首页 > 互动交流 > 县长信箱
{T}
!m 来信人：王**　来信时间：2025-06-19
!m 办理单位：县民政局　回复时间：2025-07-08
{BODY}
!l 满意度评价：满意　基本满意　不满意
!a 我要写信
!m 网站纠错：0745-7612008
""",
        body="""
王先生：
您好！您提出的为失能老人免费配发助行器的建议收悉，现答复如下。
我县已将助行器纳入困难残疾人辅具适配补贴目录，经评估确需配置的，由县残联免费适配。
对于其他有需要的老年人，可通过社区康复辅具租赁点以每天一元的价格租用。
下一步，我们将积极争取上级资金，逐步扩大免费适配范围。
如有疑问，请致电县民政局养老服务股：0745-7631154
燊田县民政局
2025年7月8日
""",
    ),
    dict(
        slug="news-rollator-sharing-point-html",
        site="熠浦晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yipuwb.example.cn/content/2025-03/11/content_70231.html",
        title="菜市场里设了助行器“共享点”",
        record_title="菜市场里设了助行器“共享点”_熠浦晚报网",
        date="2025-03-11",
        notes="news portal with an ad slot and a share bar; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>菜市场里设了助行器“共享点”_熠浦晚报网</title></head><body>
<div class="hd">⟦m 熠浦晚报网 · 熠浦本地新闻门户⟧</div>
<div class="nav">⟦m 首页 本地 民生 财经 文旅 视频 数字报⟧</div>
<div class="ad">⟦a 广告　熠浦家居节 满千减百⟧</div>
<h1>⟦t 菜市场里设了助行器“共享点”⟧</h1>
<div class="info">⟦m 2025-03-11 07:30　来源：熠浦晚报　记者 梁嘉树⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 分享到：朋友圈 | 微博 | QQ空间⟧</div>
<div class="more">⟦l 热点推荐：老旧小区加装电梯进度表出炉⟧</div>
<div class="ft">⟦d 熠浦晚报网版权所有，未经书面授权不得转载⟧</div>
</body></html>
""",
        body="""
在熠浦镇中心菜市场入口处，一排六台折叠助行器整齐停放，旁边贴着一张使用说明。
这是镇里今年新设的助行器共享点，老人买菜时可以免费借用，逛完再还回来。
⟦m 老人在菜市场入口借用助行器。记者 梁嘉树 摄⟧
七十六岁的刘阿婆说，以前买一趟菜要歇好几回，现在推着助行器，还能把菜篮子挂在上面。
市场管理员每天早晚各检查一次，发现刹车松了就马上修。⟦m 编辑：冯颖⟧
""",
    ),
    dict(
        slug="forum-diy-walker-post-jammer",
        site="巧手DIY论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.qiaoshoudiy.example.com/thread-4410-1-1.html",
        title="给我爸改装的助行器，加了座板和储物篮",
        record_title="给我爸改装的助行器，加了座板和储物篮 - 改装分享 - 巧手DIY论坛",
        date=None,
        notes="Discuz-like hobby forum with jammer fonts; post time relative; signature and quick reply",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>给我爸改装的助行器，加了座板和储物篮 - 改装分享 - 巧手DIY论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 立即注册⟧ ⟦m 巧手DIY论坛⟧</div>
<div id="pt">⟦m 首页 › 改装分享 › 查看内容⟧</div>
<h1>⟦t 给我爸改装的助行器，加了座板和储物篮⟧</h1>
<div class="authi">⟦m 老焊工阿强　发表于 4 天前　查看: 902　回复: 33⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 手艺人，不将就⟧</div>
<div class="fastre">⟦l 发表回复　回帖后跳转到最后一页⟧</div>
</body></html>
""",
        body="""
我爸去年摔了一跤，医生让他出门用助行器，可他嫌走一会儿就累，又没地方坐。
我就买了一个铝合金的四脚助行器，自己动手改了改。
座板用的是旧木桌面，锯成三十五公分宽，下面用两根角铝加固，能坐一百公斤没问题。
前面挂了个塑料储物篮，买菜、放水杯都方便。
提醒大家，改装后一定要试试稳不稳，座板高度别超过老人膝盖。
""",
    ),
    dict(
        slug="blog-nurse-rehab-diary-wrapped",
        site="康复小记 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://kangfuxj.blog.example.com/2025/02/walker-first-steps",
        title="从助行器到拐杖，王大爷走了三个月",
        record_title="从助行器到拐杖，王大爷走了三个月 | 康复小记",
        date="2025-02-16",
        notes="a rehabilitation therapist's blog hard-wrapped at 62 columns; bracketed post time; tags and comment prompts",
        wrap=62,
        page="""
!m 康复小记 —— 一个康复治疗师的日常
{T}
!m [2025-02-16 20:05] 分类：病例随笔 | 阅读 215
{BODY}
!l 标签：#康复训练# #老年人# #助行器#
!l 上一篇：肩周炎的家庭锻炼
!l 评论区 写下你的想法...
""",
        body="""
王大爷去年十一月做完髋关节置换，转到我们康复科的时候，连从床边站起来都要两个人扶。
第一周我们只练坐站转移，第二周开始用框式助行器在病房走廊里走，每次十米，一天三次。
他性子急，总想甩开助行器自己走，我只好一遍遍跟他讲，步子稳了才能换拐杖。
到第三个月，他终于拄着单拐走出了医院大门，回头冲我们挥了挥手。
""",
    ),
    dict(
        slug="wechat-mirror-elderly-home-fall-prevention",
        site="公号阅读站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gonghaoyd.example.com/a/6a72c91e",
        title="老年人居家防跌倒倡议书",
        record_title="老年人居家防跌倒倡议书",
        date="2025-06-23",
        notes="WeChat mirror with reward and 在看 rows, a 阅读原文 link; account date; 关注 sentence kept in the body",
        page="""
<html><head><meta charset="utf-8"><title>老年人居家防跌倒倡议书</title></head><body>
<div class="site">⟦m 公号阅读站 — 好文章值得再读⟧</div>
<h2>⟦t 老年人居家防跌倒倡议书⟧</h2>
<div class="acc">⟦m 熠浦老龄　2025-06-23⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="tool">⟦a 阅读原文⟧ ⟦a 赞赏作者⟧ ⟦l 点赞 14 · 在看 9⟧</div>
<div class="qr">⟦a 长按识别二维码，关注熠浦老龄⟧</div>
<div class="foot">⟦d 本站内容转载自公众号，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
各位老年朋友、家属们：
跌倒是老年人受伤的首要原因，很多跌倒就发生在自己家里。
我们倡议：
一、家中过道、卫生间保持干燥整洁，地面少放杂物。
二、行动不便的老人外出和夜间如厕时，请使用助行器或手杖。
三、子女每月检查一次老人助行器的脚垫和刹车，发现磨损及时更换。
四、欢迎关注本号，获取更多防跌倒小知识。
熠浦镇老龄工作委员会
2025年6月23日
""",
    ),
    dict(
        slug="docshare-walker-standard-check-glued-mix",
        site="文档集 (invented)",
        style="文档分享",
        genre="检查表",
        kind="other",
        form="text",
        source="https://www.wendangji.example.com/d/77120398.html",
        title="养老机构助行器具安全检查要点",
        record_title="养老机构助行器具安全检查要点.pdf",
        date=None,
        notes="document share with ⧔n⧕ markers in mixed glue; numbered list; only upload stamp",
        pages=dict(fmt="⧔{n}⧕", every=85, start=2, glue="mix"),
        page="""
!m 文档集 · 用文档解决问题
{T}
!m 贡献者：yanglao_admin　2024-07-02 上传　3页
!a 下载　收藏　举报
{BODY}
!a 免费下载本文档，请先登录
!l 相关推荐：养老院消防安全检查表｜护理员岗位职责
""",
        body="""
1.框架：检查铝合金框架有无变形、裂纹，各连接螺栓是否松动。
2.高度调节：调节按钮弹出到位，左右高度一致，不能出现卡滞。
3.脚垫：橡胶脚垫无明显磨损，磨损超过三分之一的应立即更换。
4.刹车：带轮助行器的刹车灵敏可靠，手闸拉下后推行无滑动。
5.座板与储物篮：座板无破损，储物篮承重不超过说明书规定。
6.检查结果记入设备台账，不合格的挂停用标识。
""",
    ),
    dict(
        slug="edu-special-school-pe-walker-notice",
        site="熠浦区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ypedu.example.cn/tzgg/2024/1015/2211.html",
        title="关于为特殊教育学校配备康复训练器材的通知",
        record_title="关于为特殊教育学校配备康复训练器材的通知",
        record_date="2024-10-15",
        date="2024-10-15",
        notes="education portal text page; record gives the date; equipment table; 抄送 line kept",
        page="""
!m 熠浦区教育信息网
!m 网站首页 → 通知公告
{T}
!m 作者：区教育局计财科　点击数：612　更新时间：2024-10-15
{BODY}
!a 【大 中 小】【打印】【关闭】
!m Copyright 熠浦区教育局 地址：熠浦区文昌路19号
""",
        body="""
区特殊教育学校、各有关学校：
为改善残疾学生康复训练条件，区教育局决定为区特殊教育学校和设有随班就读资源教室的学校配备康复训练器材。
器材名称　数量　配备学校
儿童助行器　12台　区特殊教育学校
站立架　6台　区特殊教育学校
平衡训练垫　20张　各资源教室
各校要指定专人管理，建立使用登记制度。
熠浦区教育局
2024年10月15日
抄送：区残疾人联合会
""",
    ),
    dict(
        slug="oa-medical-device-work-points-intranet",
        site="燊田康健医疗器械公司内网 (invented)",
        style="企业内网",
        genre="工作要点",
        kind="plan",
        form="text",
        source="http://10.8.1.20/oa/gw/2025/0107-01",
        title="2025年助行器产品线工作要点",
        record_title="内部公文-2025年助行器产品线工作要点",
        date="2025-01-07",
        notes="intranet text export: 文号 neutral, approval trail and read count chrome; decimal headings",
        page="""
!m 康健医疗 OA · 公文阅读
!m 文件编号：KJ-GW-2025-003　密级：内部　阅读 133 次
{T}
康健产〔2025〕1号
{BODY}
!m 审批记录：产品线总监 杜明（已阅 2025-01-08）；总经理 范静怡（同意 2025-01-08）
!a 打印　下载正文　关闭
""",
        body="""
1 总体目标
1.1 全年助行器销量达到十二万台，其中带轮助行器占比提高到百分之四十。
1.2 完成两款轻量化碳纤维助行器的注册检验。
2 重点工作
2.1 研发：上半年完成可折叠座板结构定型。
2.2 生产：引进焊接机器人一台，框架焊接合格率提升至百分之九十九。
2.3 销售：与二十家县级康复辅具租赁点建立合作。
康健医疗器械有限公司
2025年1月7日
""",
    ),
    dict(
        slug="qa-choose-walker-best-answer-html",
        site="问啥网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wensha.example.com/question/51872044",
        title="老人腿脚无力，助行器选四脚的还是带轮子的？",
        record_title=None,
        date="2025-05-02",
        notes="Q&A in HTML: question title missing from the record; a best-answer badge; the answer's 回答时间 is the page date",
        page="""
<html><head><meta charset="utf-8"><title>老人腿脚无力，助行器选四脚的还是带轮子的？_问啥网</title></head><body>
<div class="hd">⟦m 问啥网⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<h1>⟦t 老人腿脚无力，助行器选四脚的还是带轮子的？⟧</h1>
<div class="q-meta">⟦m 12人回答 · 3041次浏览⟧</div>
<div class="best">⟦m 最佳回答⟧</div>
<div class="answer-meta">⟦m 康复科周医生　回答时间：2025-05-02⟧</div>
<div class="answer">
{BODY}
</div>
<div class="vote">⟦l 赞同 77　反对 1　收藏⟧</div>
<div class="rel">⟦l 相似问题：助行器高度怎么调合适？⟧</div>
</body></html>
""",
        body="""
主要看老人的平衡能力和上肢力量。
四脚固定式助行器最稳，适合平衡差、刚做完手术的老人，但每走一步都要提起来，手臂力量要够。
带前轮的两轮助行器推着走，省力一些，适合平衡尚可、手臂没劲的老人。
四轮带刹车带座板的适合能走一段路、需要中途歇脚的老人，但一定要会用手刹。
建议先到医院康复科做个评估，再去买或者租。
""",
    ),
]
