"""holdout130, part C: a tea-egg food company, a puzzle-toy training school, a candy-floss
stall keeper, board-shoe racing, a huapao entry, an angelica co-op, an isatis base, a
stone-lion workshop, a bamboo-pole dance troupe, chickenpox in schools and clivia
growers. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-chayedan-recall-notice",
        site="五香坊食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.wuxiangfang.example.com/news/gsgg/2025-0912.html",
        title="关于主动召回部分批次真空包装茶叶蛋的公告",
        record_title="【公司公告】关于主动召回部分批次真空包装茶叶蛋的公告",
        date="2025-09-12",
        notes="decorated title; recalled batches table; the company's own recall line beside its 400 sales line; a sentence telling customers to 扫码 the pack's trace code",
        page="""
!m 五香坊食品 | 传承卤香三十年
!m 首页 / 新闻中心 / 公司公告
!t 【公司公告】关于主动召回部分批次真空包装茶叶蛋的公告
!m 2025-09-12　浏览量：1,904
{BODY}
!w 全国订购热线：400-887-5066　加盟咨询请按2
!l 上一篇：五香坊荣获“省级农业产业化龙头企业”称号
!d © 2025 五香坊食品有限公司 保留所有权利
""",
        body="""
尊敬的消费者：
我公司在例行自检中发现，部分批次真空包装茶叶蛋的菌落总数指标不符合企业标准。为保障消费者健康，我公司决定主动召回以下批次产品。
生产日期　批号　规格
2025年8月28日　WX250828A　60克×10枚
2025年8月29日　WX250829B　60克×10枚
消费者可扫描包装背面的追溯码核对批号，凡属上述批次的，请停止食用，凭包装到原购买点退款。
召回专线：0739-8521336（每日8:00至20:00）。
五香坊食品有限公司
2025年9月12日
""",
    ),
    dict(
        slug="training-huarong-plan-html-enrol",
        site="启智益智教育 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qizhiyizhi.example.com/kecheng/2025q/jiulianhuan.html",
        title="2025年秋季传统益智玩具课程教学方案",
        record_title="2025年秋季传统益智玩具课程教学方案（华容道·九连环）",
        date="2025-08-25",
        notes="decorated title; course table; the school's 报名电话 beside a 400 line; a floating trial-lesson box; a sentence telling parents to 下载 the practice sheets",
        page="""
<html><head><meta charset="utf-8"><title>课程介绍 - 启智益智教育</title></head>
<body>
<div class="top">⟦m 启智益智教育　让孩子爱上思考⟧ ⟦w 全国咨询热线 400-900-3717⟧</div>
<div class="nav">⟦m 首页 课程体系 师资团队 校区分布 家长课堂⟧</div>
<h1>⟦t 2025年秋季传统益智玩具课程教学方案（华容道·九连环）⟧</h1>
<div class="meta">⟦m 教研部 | 2025-08-25 | 阅读 760⟧</div>
{BODY}
<div class="float">⟦a 免费试听一节课，立即预约 >>⟧</div>
<div class="foot">⟦m 启智益智教育科技有限公司　芷岭校区：芷岭县学府路6号⟧ ⟦d 课程最终解释权归本机构所有⟧</div>
</body></html>
""",
        body="""
一、课程目标：通过华容道、九连环、鲁班锁等传统益智玩具，培养五至十岁儿童的空间想象和逻辑推理能力。
二、课程安排
阶段　内容　课时
启蒙　七巧板与鲁班锁　8
进阶　华容道横刀立马解法　10
提高　九连环上下环口诀　12
三、教学要求：每节课先讲故事、再动手、后分享，每名教师带班不超过八人。
四、家庭练习：家长可在家长群下载每周练习单，陪孩子完成后拍照反馈。
报名电话：0746-3125580（芷岭校区前台）。
启智益智教育教研部
2025年8月25日
""",
    ),
    dict(
        slug="fanwenapp-mianhuatang-insight-share",
        site="妙笔范文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.miaobiapp.example.com/share/essay?id=7720319&from=wx",
        title="参加食品摊贩规范经营培训的心得体会",
        record_title="参加食品摊贩规范经营培训的心得体会｜妙笔范文",
        date=None,
        notes="a writing app's share page: open-app banner, AI-rewrite button between paragraphs, member lock at the end; no date (shared 2天前 is relative)",
        page="""
!a 打开妙笔APP，阅读体验更佳 〉
!t 参加食品摊贩规范经营培训的心得体会｜妙笔范文
!m 妙笔范文 · 心得体会频道　　2天前分享
{BODY}
!a 🔒 余下内容为会员专享，打开APP解锁全文
!l 相似范文：市场监管培训心得 / 小吃摊安全承诺书 / 夜市管理工作总结
""",
        body="""
我在公园门口摆棉花糖摊已经五年了，这次参加市场监管所组织的食品摊贩规范经营培训，收获很多。
以前我觉得棉花糖就是白糖加色素，没什么讲究，这次才知道色素的种类和用量都有明确规定，不能随便加。
⟦a ✨ AI帮你改写这段，一键生成不重复版本⟧
老师还讲了机器的清洁消毒，每天收摊后要把出丝盘拆下来清洗，防止糖渣发霉。
培训结束后，我给摊位挂上了健康证和小摊点登记卡，顾客看了也更放心。
""",
    ),
    dict(
        slug="gkforum-banxie-material-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="insight",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-908116-1-1.html",
        title="民族传统体育助力乡村振兴——以板鞋竞速为例",
        record_title="[申论素材] 民族传统体育助力乡村振兴——以板鞋竞速为例（附写作角度）",
        date=None,
        notes="exam forum post; upload and relative times are no date; floor replies; junk glued after sentences",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 » 申论备考 » 素材积累
!t [申论素材] 民族传统体育助力乡村振兴——以板鞋竞速为例（附写作角度）
!m 楼主：申论小马达　|　3天前　|　回复 26　查看 4088
{BODY}
!l 回复本帖可查看写作角度（隐藏内容）
!l 2# 努力上岸的阿鱼：　收藏了，谢谢楼主
!l 3# 蕨菜不吃香菜：　这个角度新颖
""",
        body="""
板鞋竞速是壮族群众喜爱的传统体育项目，三人同穿一副长木板鞋，喊着号子齐步向前，考验的是默契和协作。
近年来，一些地方把板鞋竞速办成了乡村体育节的招牌项目，吸引周边游客前来观赛，带动了农家乐和土特产销售。
有的村成立了板鞋队，村民农闲时训练，节庆时比赛，邻里关系更融洽了，村里的公共事务也更好商量了。
民族传统体育的价值，不仅在于强身健体，更在于凝聚人心、传承文化、带动发展。
""",
    ),
    dict(
        slug="baike-huapao-entry-html-placeholders",
        site="百事通百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.baishitong.example.com/item/抢花炮比赛方案",
        title="抢花炮比赛方案",
        record_title="抢花炮比赛方案_百事通百科",
        date=None,
        notes="an encyclopaedia entry on how to write a huapao match plan; 20××年×月×日 placeholders and an example year inside a sentence; edit links and a contents box; no date",
        page="""
<html><head><meta charset="utf-8"><title>⟦t 抢花炮比赛方案_百事通百科⟧</title></head>
<body>
<div class="top">⟦m 百事通百科⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑　讨论　上传视频⟧</div>
<div class="toc">⟦l 目录　1 概述　2 基本结构　3 范例⟧</div>
{BODY}
<div class="ref">⟦m 词条统计　浏览次数：9,117　编辑次数：6次历史版本　最近更新：夜雨听风⟧</div>
<div class="foot">⟦d 百事通百科内容由网友共同编辑，如有不实请点击纠错。⟧</div>
</body></html>
""",
        body="""
抢花炮比赛方案是组织抢花炮比赛前由主办单位制定的工作文书，抢花炮是侗族、壮族等民族的传统体育项目，素有“东方橄榄球”之称。
比赛方案一般包括比赛时间地点、参赛队伍、竞赛规则、安全保障和奖励办法等部分。
竞赛规则部分应写明每队上场人数、比赛时间和得分办法，例如规定“每队上场八人，全场四十分钟”。
方案落款处写主办单位名称和成文日期，模板中常写作“××县文化体育局　20××年×月×日”。
2008年以后，一些地方将抢花炮列入少数民族传统体育运动会正式项目，相应的比赛方案也更加规范。
""",
    ),
    dict(
        slug="netdisk-danggui-plan-docx",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.example.com/s/1qA7c2Vm",
        title="茳州县当归标准化种植基地建设实施方案",
        record_title="茳州县当归标准化种植基地建设实施方案.docx",
        date="2025-03-10",
        notes="file-name title; cloud-drive chrome (sharer, expiry, save/download buttons, preview notice); Chinese-numeral date",
        page="""
!m 云匣网盘 | 文件分享
!m 分享者：药农合作社小陈　　分享于 2025-03-20 15:42　　有效期：永久
!t 茳州县当归标准化种植基地建设实施方案.docx
!a 保存到我的网盘　　下载（2.1MB）　　举报
!d 在线预览仅显示部分格式，完整排版请下载后查看
{BODY}
!a 开通超级会员，享极速下载
""",
        body="""
为推动我县中药材产业高质量发展，打造当归道地药材品牌，制定本方案。
一、建设目标：到2027年，全县建成当归标准化种植基地三万亩，良种覆盖率达到百分之九十以上。
二、重点任务
（一）建设良种繁育基地五百亩，统一供种。
（二）推广起垄覆膜、测土配方施肥等技术。
（三）建立从种植到初加工的质量追溯体系。
三、保障措施：县财政每年安排专项资金五百万元，对新建基地每亩补助二百元。
茳州县人民政府办公室
二〇二五年三月十日
""",
    ),
    dict(
        slug="snapshot-banlangen-request-html-frame",
        site="搜索引擎网页快照 (invented)",
        style="搜索快照",
        genre="请示",
        kind="request",
        form="html",
        source="http://cache.sousuo.example.com/c?u=http%3A%2F%2Fwww.lanhe.example.gov.cn%2Fnyj%2F2025%2F0418.html",
        title="关于申请板蓝根种植基地灌溉设施建设补助资金的请示",
        record_title=None,
        date="2025-04-18",
        notes="a snapshot frame (cache banner with snapshot time, highlight note) around a bureau page; the snapshot time is no date; 文号 neutral; contact line of the document",
        page="""
<html><head><meta charset="utf-8"><title>关于申请板蓝根种植基地灌溉设施建设补助资金的请示 - 网页快照</title></head>
<body>
<div class="cachebar">⟦d 这是 http://www.lanhe.example.gov.cn/nyj/2025/0418.html 的快照，是网页在 2025-06-02 11:08 的存档。⟧<br>⟦d 当前页面可能已经更改，点击查看最新页面。⟧ ⟦d 已高亮显示：板蓝根 请示⟧</div>
<hr>
<div class="site">⟦m 澜禾县农业农村局⟧</div>
<div class="crumb">⟦m 首页 > 公文公告 > 请示报告⟧</div>
<h2>{T}</h2>
<p>澜禾农〔2025〕21号</p>
{BODY}
<div class="f">⟦m 澜禾县农业农村局主办　联系电话：0935-7120011⟧</div>
</body></html>
""",
        body="""
县人民政府：
我县板蓝根种植面积已达八千六百亩，但大部分基地仍靠天浇灌，遇到干旱年份减产严重。
为提高基地抗旱能力，我局拟在城关、新店两个乡镇建设滴灌设施二千亩，项目总投资三百二十万元，申请县级财政补助一百六十万元。
妥否，请批示。
联系人：潘立言，电话：0935-7121046。
澜禾县农业农村局
2025年4月18日
""",
    ),
    dict(
        slug="print-shishizi-rules-print-footer",
        site="石狮工坊 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.shishigongfang.example.com/print.asp?id=112",
        title="石狮雕刻车间安全操作规程",
        record_title="打印预览：石狮雕刻车间安全操作规程",
        date="2025-05-06",
        notes="a print view: print header with URL and print time (no date), a print footer marker; rules whose articles speak of 打印 and 扫码; 成文日期 at the end",
        page="""
!a 〖打印本页〗　〖关闭窗口〗
!m 网址：http://www.shishigongfang.example.com/news.asp?id=112　　打印时间：2025/10/09 14:21
!t 打印预览：石狮雕刻车间安全操作规程
{BODY}
!p ══ 页 1 ／ 共 1 ══
""",
        body="""
第一条　为保障石狮雕刻车间人员安全，预防粉尘危害和机械伤害，制定本规程。
第二条　进入车间必须佩戴防尘口罩、护目镜和防砸鞋。
第三条　使用切割机、角磨机前，应检查砂轮片有无裂纹，防护罩是否完好。
第四条　石料吊装时，起吊范围内严禁站人，由专人指挥。
第五条　新员工须扫描车间门口的二维码完成安全培训并通过考试后方可上岗，考试合格证明由办公室统一打印存档。
第六条　本规程自发布之日起施行。
石狮工坊安全生产领导小组
2025年5月6日
""",
    ),
    dict(
        slug="mail-zhugan-notice-forwarded-attach",
        site="文化馆邮件存档 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:archive@whg.example.cn?msg=20250610-0021",
        title="关于竹竿舞队参加全省群众文艺汇演集中排练的通知",
        record_title="转发：关于竹竿舞队参加全省群众文艺汇演集中排练的通知",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="a forwarded mail: headers, forward note, signature; the notice's own 附件 list and 抄送 line next to the mail's attachment header; mail send date differs",
        page="""
!m 发件人：蕉岭县文化馆办公室 <bgs@whg.example.cn>
!m 发送时间：2025年6月10日 9:05
!m 收件人：竹竿舞队全体队员
!t 主题：转发：关于竹竿舞队参加全省群众文艺汇演集中排练的通知
!m 附件：排练日程表.xlsx（23KB）
!w 各位队员：转发馆里的通知，请仔细阅读，有问题在群里说。——小梁
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!d 此邮件由文化馆邮件系统发送，请勿直接回复。
""",
        body="""
竹竿舞队各位队员：
经省文化和旅游厅审定，我馆竹竿舞节目《椰林踏歌》入选全省群众文艺汇演。为确保演出质量，定于6月16日至27日进行集中排练。
一、排练地点：县文化馆二楼排练厅。
二、排练时间：每天下午3:00至6:00，周日休息。
三、有关要求：队员须按时参加排练，确有特殊情况的向队长请假；请自备练功鞋和水杯。
附件：集中排练日程安排表
蕉岭县文化馆
2025年6月9日
抄送：县文化和旅游局。
""",
    ),
    dict(
        slug="fanwen-shuidou-plan-old-table-marquee",
        site="公文范本之家 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.gwfbzj.example.com/fangan/2025/11223.html",
        title="学校水痘疫情防控工作方案",
        record_title="【精品】学校水痘疫情防控工作方案（精选范本）_公文范本之家",
        date=None,
        notes="old ASP table layout with a marquee, a 【阅读字号】 row, a visitor counter and a floating writing-service box; a template plan with ××学校 placeholders and no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>⟦t 【精品】学校水痘疫情防控工作方案（精选范本）_公文范本之家⟧</title></head>
<body>
<table width="980"><tr><td>⟦m 公文范本之家⟧</td><td>⟦a 收藏本站⟧</td></tr></table>
<marquee>⟦m 欢迎光临公文范本之家，每日更新优质范文！⟧</marquee>
<table width="980"><tr><td>⟦m 您的位置：首页 >> 工作方案 >> 卫生防疫⟧</td></tr>
<tr><td><h2>{T}</h2></td></tr>
<tr><td>⟦a 【阅读字号：特大 大 中 小】⟧ ⟦m 来源：本站原创　人气：2087⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦l 本类热门：学校诺如病毒应急预案｜开学防疫工作方案｜晨午检制度⟧</td></tr></table>
<div style="position:fixed;right:0">⟦w 写材料找小公　微信：gwfb_xg⟧</div>
<table width="980"><tr><td>⟦m 您是第 0082217 位访客⟧ ⟦m 备案号：苏ICP备10021177号⟧</td></tr></table>
</body></html>
""",
        body="""
为有效预防和控制水痘在校园内传播，保障师生身体健康，结合我校实际，制定本方案。
一、成立领导小组。由校长任组长，分管副校长任副组长，各班主任和校医为成员。
二、落实晨午检制度。班主任每天对学生进行晨午检，发现发热、出疹的学生立即通知家长接回就医。
三、做好病例管理。水痘患儿须隔离至全部皮疹结痂干燥后，凭医院证明返校。
四、加强环境消毒。出现病例的班级，教室每天用含氯消毒液擦拭桌椅和门把手。
五、开展健康教育。通过主题班会和家长会宣传水痘疫苗接种知识。
××学校
""",
    ),
    dict(
        slug="wenku-junzilan-summary-html-page-paras",
        site="青简文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.qingjianwk.example.com/doc/5b1c22e0.html",
        title="丹岭市君子兰协会2024年度工作总结",
        record_title="丹岭市君子兰协会2024年度工作总结 - 青简文库",
        date="2025-01-08",
        notes="a 文库 reader: page markers as HTML paragraphs 〔页n〕 cutting a paragraph; a preview-end pay prompt; Chinese-numeral date",
        pages=dict(fmt="〔页{n}〕", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>⟦t 丹岭市君子兰协会2024年度工作总结 - 青简文库⟧</title></head>
<body>
<div class="hd">⟦m 青简文库⟧ ⟦a 登录 / 注册⟧ ⟦a 开通VIP⟧</div>
<div class="crumb">⟦m 青简文库 > 生活休闲 > 园艺⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 上传者：兰友会　｜　3页　｜　1.1万次阅读　｜　上传于2025-01-15⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩1页未读，继续阅读⟧ ⟦a 下载此文档（券×2）⟧</div>
<div class="rel"><h4>⟦l 相关文档⟧</h4><p>⟦l 君子兰养护技术要点.ppt⟧</p><p>⟦l 花卉协会年度工作计划.doc⟧</p></div>
</body></html>
""",
        body="""
2024年，协会在市民政局和市科协的指导下，团结全市君子兰爱好者，较好地完成了年度各项工作。
一是成功举办第十二届君子兰花展，展出精品君子兰一千二百余盆，吸引市民参观四万余人次。
二是开展养护技术进社区活动十八场，向市民传授分株、换盆和防治烂根的方法。
三是建立会员名录，全年新发展会员一百三十七名，会员总数突破一千人。
四是与农业大学合作开展君子兰新品种选育，已选出三个性状稳定的株系。
新的一年，协会将筹建君子兰交易服务平台，推动花卉产业健康发展。
丹岭市君子兰协会
二〇二五年一月八日
""",
    ),
]
