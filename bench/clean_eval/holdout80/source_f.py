"""holdout80, part F: writing apps, exam forums, encyclopaedias, cloud drives, snapshots, print views and mails.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-chenpi-company-summary-text",
        site="笔友范文APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.biyoufw.example.com/share/art?id=5510932",
        title="陈皮加工企业2025年上半年工作总结",
        record_title="陈皮加工企业2025年上半年工作总结（3篇可选）",
        date="2025-07-08",
        notes="writing-app share page: 'open in app' bar, AI-rewrite and one-key copy buttons, a VIP unlock line inside the body; decorated title",
        page="""
!a 打开笔友APP，查看全部3篇
!t 陈皮加工企业2025年上半年工作总结（3篇可选）
!m 笔友范文 · 工作总结 · 2.1万人看过
!a 一键复制　AI改写　导出Word
{BODY}
!a 以上为第1篇，解锁会员查看另外2篇
!m 来自笔友范文APP的分享
""",
        body="""
今年上半年，公司围绕“稳产量、提品质、拓市场”的目标，各项工作有序推进。
一、生产方面。收购新会柑果皮一千三百吨，完成开皮、翻晒一千二百吨，晒制合格率百分之九十六。
二、质量方面。新建陈化仓两座，实行温湿度自动记录，每批产品留存检测报告。
⟦a 开通VIP，解锁全文无限复制⟧
三、市场方面。电商渠道销售额同比增长三成，新开发茶饮企业客户五家。
四、下半年打算。抓好柑果收购季的资金准备和仓储安全。
鸿柑陈皮有限公司
2025年7月8日
""",
    ),
    dict(
        slug="fanwenapp-mocha-matcha-plant-plan-html",
        site="文秘通APP (invented)",
        style="范文APP",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://h5.wenmitong.example.cn/p/ka83Jd2",
        title="抹茶加工车间粉尘防爆专项整治方案",
        record_title="抹茶加工车间粉尘防爆专项整治方案｜文秘通",
        date="2025-03-27",
        notes="writing-app reading mode in HTML: app banner, word count, 'continue in app' fold inside the body, a giveaway prompt; a checklist",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>抹茶加工车间粉尘防爆专项整治方案｜文秘通</title></head><body>
<div class="app-banner">⟦a 文秘通 — 打开APP，写材料快人一步⟧ ⟦a 立即打开⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 全文约900字⟧ ⟦m 收藏 1.8k⟧</div>
{BODY}
<div class="gift">⟦w 新用户注册送7天会员，客服微信 wmt_kefu01⟧</div>
<div class="more">⟦l 大家还在看：粉尘涉爆企业隐患排查清单⟧</div>
</body></html>
""",
        body="""
为有效防范抹茶研磨车间粉尘爆炸事故，根据粉尘防爆安全规定，制定本方案。
一、整治范围：研磨车间、筛分间、包装间及除尘系统。
⟦a 展开全文，打开APP继续阅读⟧
二、整治内容：
1.研磨机、筛分机接地电阻全部检测，不合格的立即整改。
2.除尘器泄爆口朝向安全区域，每班清灰并记录。
3.车间内严禁动火，确需动火的办理动火作业票。
三、时间安排：4月底前完成整改，5月上旬组织验收。
清峡茶业公司安全环保部
2025年3月27日
""",
    ),
    dict(
        slug="gkforum-nianhua-shenlun-essay-text",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-77102-1-1.html",
        title="让年画在新时代“活”起来",
        record_title="[申论范文] 让年画在新时代“活”起来（附批改意见）",
        date=None,
        notes="exam forum: floor meta, the teacher's grading comment after the essay as a list box, a 'course promotion' line glued before the first sentence; no date (a 'posted 5 hours ago' line)",
        page="""
!m 上岸公考论坛 › 申论专区 › 范文交流
!t [申论范文] 让年画在新时代“活”起来（附批改意见）
!m 楼主　一次上岸　　5小时前　　阅读 904
⟦a 【申论精品课限时1元】⟧{BODY}
!l 批改意见：立意准确，分论点层次清楚，可增加一两个具体案例。得分：32/40
!l 回复　点赞(28)　收藏
""",
        body="""
年画是春节的色彩，也是乡土文化的记忆。让年画在新时代“活”起来，需要守住根脉，也需要拥抱时代。
守住根脉，就要保护好木版年画的传统技艺。老艺人年事已高，要通过传承人认定、师徒补贴等办法，让手艺后继有人。
拥抱时代，就要让年画走进今天的生活。文创产品、动画短片、研学课堂，都能让年轻人在新的场景里认识年画。
根脉与时代并不矛盾。只有扎根传统又面向未来，年画才能从博物馆里走出来，重新贴上千家万户的门楣。
""",
    ),
    dict(
        slug="gkforum-weisuo-miniature-museum-interview-html",
        site="申面吧 (invented)",
        style="公考论坛",
        genre="面试素材",
        kind="answer",
        form="html",
        source="https://www.shenmianba.example.net/t/40915",
        title="结构化面试真题：如果让你筹办微缩模型博物馆进社区活动，你会怎么做？",
        record_title="【面试素材】结构化面试真题：如果让你筹办微缩模型博物馆进社区活动，你会怎么做？（附点评）",
        date="2025-05-17",
        notes="exam forum in HTML with jammer fonts; the reference answer; teacher comment box; a course ad between paragraphs; 发表于 as the page date",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>【面试素材】结构化面试真题：如果让你筹办微缩模型博物馆进社区活动，你会怎么做？（附点评）- 申面吧</title></head><body>
<div class="hd">⟦m 申面吧 · 面试人的加油站⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="pt">⟦m 申面吧 › 结构化面试 › 真题解析⟧</div>
<h1>⟦t 【面试素材】结构化面试真题：如果让你筹办微缩模型博物馆进社区活动，你会怎么做？（附点评）⟧</h1>
<div class="authi">⟦m 楼主 面试导师阿棠⟧ ⟦m 发表于 2025-5-17 09:20⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="comment">⟦l 点评：思路完整，注意结合社区老人和儿童的不同需求。⟧</div>
<div class="ad">⟦a 面试一对一模拟，报名立减300⟧</div>
<div class="ft">⟦m 申面吧 Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
参考答案：
这项活动的目的是让社区居民近距离了解微缩模型艺术，丰富群众文化生活。我会从以下几方面做好筹办。
第一，摸清需求。通过社区微信群发放问卷，了解居民感兴趣的展品类型和方便的时间。
第二，精心策划。与博物馆商定展品清单，安排老城街景、交通工具等主题模型，并设置亲子手作体验区。
第三，做好保障。提前布置展台和围栏，安排志愿者讲解和维持秩序，准备应急预案。
第四，总结提升。活动结束后收集反馈，形成总结报告，为常态化开展进社区活动积累经验。
""",
    ),
    dict(
        slug="baike-qingshi-turkey-farm-entry-html",
        site="公文知识百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="html",
        source="https://baike.gongwenzs.example.com/item/请示的写法/11802",
        title="请示的写法",
        record_title="请示的写法_公文知识百科",
        date=None,
        notes="encyclopaedia entry: edit links, contents box, a sample 请示 about a turkey farm with ××××年×月×日 placeholders (no date), 'entry statistics' box and contributors",
        page="""
<html><head><meta charset="utf-8"><title>请示的写法_公文知识百科</title></head><body>
<div class="hd">⟦m 公文知识百科⟧ ⟦a 进入词条⟧ ⟦a 创建词条⟧</div>
<h1>{T}</h1>
<div class="edit">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</div>
<div class="toc">⟦l 目录 1 基本含义 2 写作要求 3 例文⟧</div>
{BODY}
<div class="stat">⟦m 词条统计　浏览次数：30215　编辑次数：12次历史版本　最近更新：公文小编⟧</div>
<div class="ft">⟦d 百科词条由网友共同编辑，如有错误欢迎指正⟧</div>
</body></html>
""",
        body="""
请示是适用于向上级机关请求指示、批准的公文。
写作要求：一文一事，不得多头主送，一般不得越级请示，结尾常用“妥否，请批示”。
例文：
关于扩建火鸡养殖场用地的请示
县自然资源局：
我合作社火鸡养殖场现有圈舍已不能满足生产需要，拟在原址东侧扩建圈舍两栋，需使用设施农用地×亩。
妥否，请批示。
××火鸡养殖专业合作社
××××年×月×日
""",
    ),
    dict(
        slug="baike-liushengji-gramophone-letter-qa-text",
        site="问知百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="text",
        source="http://www.wenzhibk.example.cn/wenda/77319.html",
        title="如何给留声机收藏协会写一封邀请函？",
        record_title=None,
        date=None,
        notes="Q&A on an encyclopaedia site: question as title (no record title), an answer with a sample 函 and 20××年×月×日 placeholders; 'best answer' meta; no date",
        page="""
!m 问知百科 > 文书写作 > 函
{T}
!m 网友采纳　　答题者：文书老周　　回答时间：1周前
{BODY}
!l 本回答被提问者采纳　　赞(16)
!l 相关问题：邀请函和请柬有什么区别？　商洽函怎么写？
""",
        body="""
邀请函一般包括标题、称谓、正文、落款四部分，可以参考下面的写法：
关于邀请参加老唱片文化展的函
××市留声机收藏协会：
我馆定于20××年×月×日举办“老唱片里的城市声音”文化展，诚邀贵会选派会员携带藏品参展并现场演示。
请于×月×日前将参展人员名单函告我馆。
××市文化馆
20××年×月×日
""",
    ),
    dict(
        slug="netdisk-cidai-cassette-archive-plan-text",
        site="云匣网盘分享 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.example.com/s/1kQ8zPfA",
        title="县广播站磁带档案数字化工作方案",
        record_title="县广播站磁带档案数字化工作方案（定稿）.docx",
        date="2025-09-15",
        notes="cloud-drive share page: share code, expiry, 'save to my drive' button; a file-name title; the plan's own phone; hard-wrapped at 62 columns with glued ⨞N markers",
        wrap=62,
        pages=dict(fmt="⨞{n}", every=180, start=2, glue=True),
        page="""
!m 云匣网盘　｜　好友分享
!t 县广播站磁带档案数字化工作方案（定稿）.docx
!m 分享者：广播站老陈　　有效期：7天　　提取码已自动填写
!a 保存到我的网盘　　下载(56KB)
{BODY}
!a 在线预览仅支持部分内容，请保存后查看完整文件
!d 请勿通过网盘传播违法违规内容
""",
        body="""
县广播站现存1970年代至2000年代开盘磁带和盒式磁带共三千四百余盘，部分已出现粘连、掉磁现象。为抢救保护这批声音档案，制定本方案。
一、工作目标。用两年时间完成全部磁带的清洁、转录和编目，建成县声音档案数据库。
二、工作步骤。第一年完成开盘带转录，第二年完成盒式磁带转录和编目上线。
三、技术要求。转录采样率不低于96千赫，原带转录后真空封存。
四、联系人：县广播站档案室　柯红，电话：0719-3320 5176。
县广播电视台
2025年9月15日
""",
    ),
    dict(
        slug="netdisk-wanhuatong-kaleidoscope-workshop-html",
        site="拾光NAS分享 (invented)",
        style="网盘分享",
        genre="活动总结",
        kind="summary",
        form="html",
        source="http://share.shiguangnas.example.net/sharing/Xc81mK",
        title="万花筒手作工坊暑期研学活动总结",
        record_title="万花筒手作工坊暑期研学活动总结.pdf",
        date="2025-08-26",
        notes="personal NAS share page in HTML: file list, size, 'download / preview' buttons, page-marker paragraphs ⁂ N ⁂ in the PDF preview",
        pages=dict(fmt="⁂ {n} ⁂", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>拾光NAS - 文件分享</title></head><body>
<div class="hd">⟦m 拾光NAS · 家庭私有云⟧</div>
<div class="file">⟦t 万花筒手作工坊暑期研学活动总结.pdf⟧ ⟦m 1.2 MB⟧ ⟦m 分享于 2025-08-30⟧</div>
<div class="ops">⟦a 下载⟧ ⟦a 预览⟧ ⟦a 复制链接⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 此链接由用户创建，请注意辨别文件安全⟧</div>
</body></html>
""",
        body="""
今年7月至8月，万花筒手作工坊承接了全市九所学校的暑期研学活动，共接待学生一千零四十人次。
活动分为“光的反射”原理讲解、镜片拼装和图案设计三个环节，每个学生都带走了一只自己做的万花筒。
活动中，工坊的六名老师和十名大学生志愿者全程指导，全程未发生划伤事故。
学校和家长反馈良好，有三所学校提出将万花筒制作纳入学校社团课程。
万花筒手作工坊
2025年8月26日
""",
        date_also=["2025-08-30"],
    ),
    dict(
        slug="snapshot-huasuo-zipline-reopening-html",
        site="搜搜快照·芫山滑索 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.sousou.example.com/c?u=www.yuanshanzip.example.cn/gg/0601.html",
        title="芫山峡谷高空滑索恢复运营公告",
        record_title="芫山峡谷高空滑索恢复运营公告",
        date="2025-06-01",
        notes="snapshot frame: the cache banner with the snapshot time (no date), 'highlighted keywords' row; the page inside with its own nav; the notice's date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>芫山峡谷高空滑索恢复运营公告 - 搜搜快照</title></head><body>
<div class="snap">⟦d 这是 www.yuanshanzip.example.cn/gg/0601.html 的快照，是网页在 2025年6月9日 03:12 的显示⟧ ⟦a 查看原网页⟧</div>
<div class="kw">⟦m 您查询的关键词已被标亮：滑索 恢复运营⟧</div>
<div class="page"><div class="hd">⟦m 芫山峡谷景区⟧ ⟦m 首页　景区介绍　游玩项目　购票须知⟧</div>
<h2>{T}</h2>
{BODY}
<div class="ft">⟦m 景区服务电话：0743-5512 6600⟧</div></div>
</body></html>
""",
        body="""
广大游客朋友：
芫山峡谷高空滑索经年度检修和特种设备检验机构定期检验合格，定于2025年6月3日起恢复运营。
一、运营时间：每日9:00至17:30，遇雷雨、大风天气暂停运营。
二、乘坐要求：体重35至100公斤，身高1.3米以上，患有心脏病、高血压者不宜乘坐。
三、游客须听从工作人员指挥，正确佩戴安全带和头盔。
芫山峡谷旅游开发有限公司
2025年6月1日
""",
    ),
    dict(
        slug="snapshot-xiangnang-sachet-craft-text",
        site="网页快照·香囊非遗工坊 (invented)",
        style="搜索快照",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://snapshot.kuaiso.example.net/?url=xnfy.example.cn/a/218",
        title="端午香囊制作进社区活动方案",
        record_title=None,
        date="2025-05-20",
        notes="text-only cache: cache banner with time, 'text-only version' link, no record title (the title on the page); the 成文日期 at the end",
        page="""
!d 快搜网页快照：本页为 xnfy.example.cn/a/218 在 2025-05-28 16:40 的快照，当前页面可能已更新
!a 纯文字版　　原始网页　　不显示标亮
!m 蘅芷香囊非遗工坊 › 活动预告
{T}
{BODY}
!m 工坊地址：蘅芷县南门街7号
""",
        body="""
为弘扬端午节传统文化，蘅芷香囊非遗工坊拟于端午节前开展香囊制作进社区活动，方案如下。
一、时间：5月26日至5月30日，每天下午2时至4时。
二、地点：城南、城北、河西三个社区的文化活动室。
三、内容：讲解香囊历史和药材配方，指导居民用艾叶、苍术、藿香等缝制香囊。
四、材料：工坊免费提供布料和药材，每场限四十人，先到先得。
蘅芷香囊非遗工坊
2025年5月20日
""",
    ),
    dict(
        slug="print-tianzi-crossword-society-minutes-html",
        site="蓁城填字游戏爱好者协会 (invented)",
        style="打印页",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.zhencheng-tianzi.example.org/print.asp?id=316",
        title="协会第二届理事会第三次会议纪要",
        record_title="打印预览 - 协会第二届理事会第三次会议纪要",
        date="2025-02-22",
        notes="print view: print/close buttons, a 'printed from' URL line and print footer 『1/1』; minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count",
        page="""
<html><head><meta charset="utf-8"><title>打印预览 - 协会第二届理事会第三次会议纪要</title><style>@media print{.np{display:none}}</style></head><body>
<div class="np">⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 本页打印自：http://www.zhencheng-tianzi.example.org/show.asp?id=316⟧</div>
<div class="pf">⟦p 『1/1』⟧</div>
</body></html>
""",
        body="""
时间：2025年2月22日下午3时
地点：蓁城市图书馆二楼研讨室
主持：会长　韦思远
出席：理事九人
列席：监事　包晓
记录：秘书长　邓芸
会议审议通过了以下事项：
一、通过2025年度活动计划，全年举办填字游戏公开赛两次、出版会刊四期。表决结果：同意9票，反对0票，弃权0票。
二、同意吸收新会员二十二名。
三、决定与市图书馆合办“周末填字角”，每月第二个周六开展。
""",
    ),
    dict(
        slug="print-fangche-spinning-wheel-museum-notice-text",
        site="纺车博物馆 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fangche-museum.example.cn/print/gg_2025_11.html",
        title="关于冬季开放时间调整的通知",
        record_title="〔打印稿〕关于冬季开放时间调整的通知",
        date="2025-11-01",
        notes="print view as text: print header with the print time (no date), URL line, footer page count; the museum's own reservation phone vs a site line",
        page="""
!m 纺车博物馆　　打印时间：2025-11-03 10:26
!t 〔打印稿〕关于冬季开放时间调整的通知
{BODY}
!m 原文地址：http://www.fangche-museum.example.cn/gg/2025/1101.html
!p ～第1页 共1页～
""",
        body="""
各位观众：
根据季节变化，本馆自2025年11月5日起调整开放时间，现通知如下。
冬季开放时间：周二至周日9:00—16:30（16:00停止入馆），周一闭馆。
“纺车与织机”体验区每天上午、下午各开放一场，每场限二十人，请提前一天预约。
团体预约电话：0738-4431 6020。
纺车博物馆
2025年11月1日
""",
    ),
    dict(
        slug="mail-muyangquan-sheepdog-trial-forward-text",
        site="邮件转发·牧羊犬协会 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://forward/2025-08-11/sheepdog-trial",
        title="关于举办第一届牧羊犬工作能力测试的通知",
        record_title="Fwd: 关于举办第一届牧羊犬工作能力测试的通知",
        date="2025-08-08",
        notes="forwarded mail: the mail headers and 'forwarded message' line are meta; the notice's own 附件 list and 抄送 line are body; mail-send date differs (document date expected, send date accepted)",
        date_also=["2025-08-11"],
        page="""
!m 发件人：草原牧犬俱乐部<club@muquan.example.cn>
!m 发送时间：2025年8月11日(星期一) 上午9:40
!m 收件人：各会员单位
!t 主题：Fwd: 关于举办第一届牧羊犬工作能力测试的通知
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由手机邮箱发送
!a 回复　回复全部　转发
""",
        body="""
各会员单位：
为提高牧羊犬工作能力培育水平，协会定于9月13日至14日在锡塔牧场举办第一届牧羊犬工作能力测试。
一、测试项目：赶羊入圈、绕桩分群、远距离召回。
二、报名要求：参测犬须年满12个月，已完成免疫并佩戴芯片。
三、报名截止时间：8月31日。
附件：1.测试规则
2.报名表
锡塔盟畜牧犬繁育协会
2025年8月8日
抄送：锡塔盟农牧局
""",
    ),
    dict(
        slug="mail-biaoben-specimen-museum-newsletter-html",
        site="邮件转发·自然标本馆 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.example.net/read?mid=ZL20251015-883",
        title="关于征集昆虫标本捐赠的函",
        record_title="回复：Re: 关于征集昆虫标本捐赠的函.docx",
        date="2025-10-14",
        notes="webmail reading view: header table, attachment bar, reply chain quote, the letter's own 联系人/电话/邮箱 beside the mail's signature; a file-name-like decorated subject",
        page="""
<html><head><meta charset="utf-8"><title>读信 - 云雀邮箱</title></head><body>
<div class="top">⟦m 云雀邮箱⟧ ⟦a 写信⟧ ⟦a 收信⟧ ⟦a 通讯录⟧</div>
<table class="mh"><tr><td>⟦m 主题：回复：Re: 关于征集昆虫标本捐赠的函.docx⟧</td></tr>
<tr><td>⟦m 发件人：贺青 &lt;heqing@example.net&gt;⟧</td></tr>
<tr><td>⟦m 时间：2025年10月15日 14:02⟧</td></tr></table>
<div class="att">⟦a 附件 1 个：关于征集昆虫标本捐赠的函.docx（28K） 下载 预览⟧</div>
<div class="reply"><p>⟦l 贺老师您好，函已收到，我们会尽快整理捐赠清单。⟧</p><p>⟦l ------------------ 原始邮件 ------------------⟧</p></div>
<div class="mail">
<h3>{T}</h3>
{BODY}
</div>
<div class="sig">⟦m 贺青｜自然标本馆藏品部⟧</div>
</body></html>
""",
        body="""
各中小学、各昆虫爱好者：
为丰富馆藏，开展科普教育，我馆现面向社会征集昆虫标本捐赠。
一、征集范围：本省采集的蝶类、甲虫类、直翅类等昆虫标本，须有采集地点和日期记录。
二、捐赠方式：可将标本送至我馆藏品部，也可预约上门接收。
三、我馆将为捐赠者颁发收藏证书，优秀标本将在展厅展出并注明捐赠人姓名。
联系人：藏品部　贺青，电话：0851-8620 4473，邮箱：heqing@example.net。
黔岭市自然标本馆
2025年10月14日
""",
    ),
]
