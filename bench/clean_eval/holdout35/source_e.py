"""holdout35, part E: a lacquer association, corporate sites (a winery's recall, a moving
company), training schools (erhu, prosthetics fitting), 范文 apps (a rabbit co-op, a cave
guide), exam forums (schistosomiasis essay, toll-post interview) and encyclopaedia pages
(snail survey, 请示). Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="association-lacquer-news-html-member-bar",
        site="漆口漆艺协会 (invented)",
        style="行业协会",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qkqyxh.example.org/news/2025/0520/308.html",
        title="漆口漆艺协会组织会员赴福州考察学习",
        record_title="漆口漆艺协会组织会员赴福州考察学习 - 协会新闻 - 漆口漆艺协会",
        date="2025-05-20",
        notes="association template: a member login bar, a photo caption paragraph between body paragraphs, a 'join' button and friendly links",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>漆口漆艺协会组织会员赴福州考察学习 - 协会新闻 - 漆口漆艺协会</title></head><body>
<div class="topbar">⟦a 会员登录⟧ ⟦a 入会申请⟧ ⟦m 服务电话：0736-7712080⟧</div>
<header>⟦m 漆口漆艺协会⟧ ⟦m Qikou Lacquer Art Association⟧</header>
<nav>⟦l 协会概况　协会新闻　会员风采　漆艺课堂　联系我们⟧</nav>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-05-20　来源：协会秘书处⟧</div>
{BODY}
<div class="links">⟦l 友情链接：省工艺美术协会 ｜ 漆口镇人民政府 ｜ 非遗保护中心⟧</div>
<footer>⟦d 漆口漆艺协会 版权所有 © 2025⟧</footer>
</body></html>
""",
        body="""
5月14日至18日，漆口漆艺协会组织二十名会员赴福州考察脱胎漆器产业。
考察团先后走访了三家漆器企业和一所工艺美术学校，了解大漆原料储存、脱胎工艺改良和漆艺人才培养等做法。
⟦m 图为考察团成员在福州一家漆器企业观摩髹漆工艺⟧
座谈中，双方就漆器标准制定、联合参展等事项达成初步意向。
协会会长覃远山表示，将把考察中学到的经验带回漆口，推动本地漆器企业提升产品品质。
""",
    ),
    dict(
        slug="corporate-puyuan-winery-recall-hotlines",
        site="葡源酒业官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.puyuanwine.example.com/news/notice/2025-1103.html",
        title="关于主动召回部分批次起泡葡萄酒的公告",
        record_title="关于主动召回部分批次起泡葡萄酒的公告-葡源酒业",
        date="2025-11-03",
        notes="corporate site: the recall's own 召回专线 kept beside the site's customer-service and franchise lines; a batches table",
        page="""
!m 葡源酒业　PUYUAN WINERY
!m 首页 | 关于我们 | 产品中心 | 新闻公告 | 联系我们
!t 关于主动召回部分批次起泡葡萄酒的公告-葡源酒业
!m 2025.11.03　新闻公告
{BODY}
!w 全国客服热线：400-822-9166　招商加盟：0937-6152888
!d 理性饮酒　未成年人请勿饮酒
!m 葡源酒业股份有限公司 陇ICP备17004412号
""",
        body="""
我公司在例行抽检中发现，部分批次起泡葡萄酒存在瓶压偏高的情况，可能导致开瓶时瓶塞弹出伤人。为保障消费者安全，公司决定主动召回以下批次产品。
产品名称　规格　生产批号
葡源起泡白葡萄酒　750毫升　20250612
葡源起泡桃红葡萄酒　750毫升　20250619
请购买了上述批次产品的消费者停止饮用，凭产品到原购买处办理退货，或拨打召回专线0937-6158300咨询。
由此给广大消费者带来的不便，我们深表歉意。
葡源酒业股份有限公司
2025年11月3日
""",
    ),
    dict(
        slug="corporate-moving-company-spring-notice-html",
        site="顺迁搬家官网 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.shunqian-banjia.example.com/news/2026-01-12.html",
        title="顺迁搬家2026年春节期间服务安排",
        record_title=None,
        date="2026-01-12",
        notes="no record title; a corporate site with a sticky booking bar and a price-calculator button; the notice's own booking phone kept beside the header hotline",
        page="""
<html><head><meta charset="utf-8"><title>新闻动态 - 顺迁搬家</title></head><body>
<div class="head">⟦m 顺迁搬家⟧ ⟦m 日式搬家 · 价格透明⟧ ⟦w 全国预约热线 400-602-5858⟧</div>
<nav>⟦l 首页　居民搬家　公司搬迁　收费标准　新闻动态⟧</nav>
<div class="crumb">⟦m 首页 ＞ 新闻动态⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2026-01-12⟧</div>
{BODY}
<div class="bar">⟦a 立即预约⟧ ⟦a 在线估价⟧ ⟦a 微信下单⟧</div>
<footer>⟦m 顺迁搬家服务有限公司　地址：砚川县建设路88号⟧</footer>
</body></html>
""",
        body="""
各位新老客户：
2026年春节将至，为做好节日期间的搬家服务，现将有关安排通知如下。
一、1月25日至2月1日正常接单，2月2日至2月8日暂停服务，2月9日起恢复。
二、春节前一周为搬家高峰，请有需要的客户至少提前三天预约。
三、节前预约的客户可享受纸箱免费赠送服务。
城区门店预约电话：0743-8325566。
顺迁搬家服务有限公司
2026年1月12日
""",
    ),
    dict(
        slug="training-erhu-school-brochure-400-line",
        site="琴韵二胡培训学校 (invented)",
        style="培训机构",
        genre="说明",
        kind="other",
        form="text",
        source="https://www.qinyun-erhu.example.com/zs/2025-autumn.html",
        title="琴韵二胡培训学校2025年秋季招生简章",
        record_title="【火热报名中】琴韵二胡培训学校2025年秋季招生简章（附课程表）",
        date="2025-08-15",
        notes="training school: a bracketed decoration; a 'free trial lesson' ad line glued after a paragraph; the school's 报名电话 kept beside a 400 line; a course table",
        page="""
!m 琴韵二胡培训学校　|　让孩子爱上民乐
!t 【火热报名中】琴韵二胡培训学校2025年秋季招生简章（附课程表）
!m 发布时间：2025-08-15　浏览 1560
{BODY}
!w 全国课程顾问热线 400-155-3288
!a 免费试听　　在线报名　　校区地图
!l 学员风采 ｜ 考级喜报 ｜ 师资团队
""",
        body="""
我校是经县教育局批准设立的非学历艺术培训学校，常年开设二胡启蒙、考级和成人兴趣课程。
一、招生对象：六周岁以上儿童及成人爱好者。⟦a 前20名报名赠送试听课2节！⟧
二、课程安排：
班级　上课时间　课时
启蒙班　周六上午　每周1次
考级班　周六下午、周日上午　每周2次
成人班　周三晚上　每周1次
三、报名须知：报名时请携带身份证或户口簿复印件，学校可提供练习用琴。
报名地点：琴坝镇文化路16号二楼，报名电话：0775-3318210。
""",
    ),
    dict(
        slug="training-prosthetics-fitter-course-html",
        site="南屿康复技能培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.nykfpx.example.cn/pxtz/2025/0406/35.html",
        title="关于举办第五期假肢装配工职业技能培训班的通知",
        record_title="关于举办第五期假肢装配工职业技能培训班的通知-南屿康复技能培训中心",
        date="2025-04-06",
        notes="training-centre template: course ad sidebar, a 'certificate lookup' button, the course's own 联系人/邮箱 kept; 附件 list",
        page="""
<html><head><meta charset="utf-8"><title>关于举办第五期假肢装配工职业技能培训班的通知-南屿康复技能培训中心</title></head><body>
<div class="hd">⟦m 南屿康复技能培训中心⟧ ⟦a 证书查询⟧ ⟦a 学员登录⟧</div>
<div class="crumb">⟦m 首页 / 培训通知⟧</div>
<div class="main"><h2>{T}</h2>
<p class="t">⟦m 发布日期：2025年4月6日　阅读 432⟧</p>
{BODY}
</div>
<div class="side"><p>⟦l 热门课程⟧</p><p>⟦l 康复治疗师考前辅导⟧</p><p>⟦l 矫形器制作短训班⟧</p></div>
<div class="ft">⟦m 南屿康复技能培训中心　Copyright 2025⟧</div>
</body></html>
""",
        body="""
各有关单位：
为提高基层假肢装配人员技能水平，我中心定于2025年5月举办第五期假肢装配工职业技能培训班。
一、培训时间：5月12日至5月30日，共三周。
二、培训内容：下肢假肢取型、接受腔制作、静态和动态对线等。
三、培训对象：各地假肢矫形机构在岗人员，每期限招三十人。
四、报名方式：请于4月30日前将报名表发送至邮箱nykfpx@example.cn，联系人：钟老师，电话：0771-5120635。
附件：培训报名表
南屿康复技能培训中心
2025年4月6日
""",
    ),
    dict(
        slug="fanwenapp-rabbit-coop-summary-open-app",
        site="笔杆子APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.biganzi-app.example.com/s/r8T2kq",
        title="兔坪村肉兔养殖专业合作社2025年工作总结",
        record_title="兔坪村肉兔养殖专业合作社2025年工作总结｜笔杆子",
        date="2025-12-28",
        notes="a writing app's share page: 'open in app' prompts top and mid-body, a share-count line, an app-download footer; an upload stamp is no date",
        page="""
!a 打开笔杆子APP，阅读体验更佳
!t 兔坪村肉兔养殖专业合作社2025年工作总结｜笔杆子
!m 来自用户“兔乡书记”的分享 · 12月29日上传
{BODY}
!a 全文共1826字，APP内可一键套用模板
!m 已有 316 人收藏
!a 下载笔杆子APP，10万+公文范文随身查
""",
        body="""
2025年，合作社在镇党委、政府的关心支持下，坚持“统一供种、统一防疫、统一收购”，各项工作取得新成效。
一、生产规模稳步扩大。新建标准化兔舍六栋，成员由四十二户发展到五十八户，全年出栏肉兔十一万只。
⟦a 剩余内容请在APP中查看 ▼⟧
二、防疫体系更加健全。聘请兽医定期巡诊，全年未发生重大疫病。
三、销售渠道不断拓宽。与两家食品加工企业签订长期收购合同，收购价格比市场价高出一成。
明年，合作社将重点发展兔肉初加工，进一步提高成员收入。
兔坪村肉兔养殖专业合作社
2025年12月28日
""",
    ),
    dict(
        slug="fanwenapp-cave-guide-insight-html-reading-mode",
        site="写作宝阅读模式 (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://m.xiezuobao.example.cn/read/4412098",
        title="溶洞讲解员岗位培训心得体会",
        record_title="溶洞讲解员岗位培训心得体会 - 写作宝",
        date=None,
        notes="a writing app's reading mode: a VIP gate between paragraphs, an AI-rewrite button, relative time (3天前) and a view count; no date in the document",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>溶洞讲解员岗位培训心得体会 - 写作宝</title></head><body>
<div class="app-bar">⟦a 写作宝 · 打开APP⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 3天前 · 1.2万阅读⟧</div>
{BODY}
<div class="tools">⟦a AI一键改写⟧ ⟦a 复制全文⟧ ⟦a 导出Word⟧</div>
<div class="rel">⟦l 相关推荐：导游业务培训心得｜景区服务礼仪学习体会⟧</div>
</body></html>
""",
        body="""
这次为期一周的岗位培训，让我对溶洞讲解工作有了全新的认识。
过去我以为讲解就是背熟解说词，培训中地质专家带我们认识了石笋、石幔、边石坝的形成过程，我才明白讲解首先要讲准确。
⟦a 开通VIP会员，解锁全部内容⟧
老讲解员的示范讲解也让我受益匪浅，她会根据游客的年龄调整讲解内容，给孩子讲故事，给老人讲养生。
今后，我要把学到的知识用到每一场讲解中，让游客在溶洞里既看到美景，又了解科学。
""",
    ),
    dict(
        slug="gkforum-xuefang-shenlun-essay-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="评论",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-77213-1-1.html",
        title="送瘟神的精神永不过时",
        record_title="[申论范文] 送瘟神的精神永不过时（附阅卷老师点评）",
        date="2025-10-22",
        notes="an exam forum: a bracketed decoration; poster card and post time; a 'reply to see the marking notes' hidden-content line; floors below",
        page="""
!m 上岸公考论坛 › 申论交流 › 范文赏析
!t [申论范文] 送瘟神的精神永不过时（附阅卷老师点评）
!m 楼主：岸上等你　|　发表于 2025-10-22 20:15　|　阅读 2318
{BODY}
!a 【本帖隐藏内容：阅卷老师点评，回复后可见】
!l 2# 冲冲冲2026：范文结构很清晰，收藏了
!l 3# 备考三年的老狗：第二段论据可以用
!a 发帖请遵守版规　快速回帖
""",
        body="""
血吸虫病曾在我国南方广泛流行，严重危害人民群众身体健康。
新中国成立后，党和政府发动群众查螺灭螺，许多地方的血吸虫病得到有效控制，“送瘟神”的故事传颂至今。
今天，一些地方的血吸虫病已经达到消除标准，但钉螺孳生的环境依然存在，防控工作丝毫不能松懈。
新时代的基层工作者，要继承送瘟神的精神，把人民群众的健康放在心上，一年一年地查，一村一村地防。
""",
    ),
    dict(
        slug="gkforum-toll-post-interview-experience-html",
        site="一路上岸论坛 (invented)",
        style="公考论坛",
        genre="经验",
        kind="other",
        form="html",
        source="https://www.yilushangan.example.net/forum/post/30981",
        title="收费员岗位结构化面试回忆及备考经验",
        record_title="【上岸帖】收费员岗位结构化面试回忆及备考经验 - 面试交流 - 一路上岸论坛",
        date="2025-11-18",
        notes="exam-forum page: user card, a course ad between paragraphs, a post time in the byline (the page's date); numbered steps kept",
        page="""
<html><head><meta charset="utf-8"><title>【上岸帖】收费员岗位结构化面试回忆及备考经验 - 面试交流 - 一路上岸论坛</title></head><body>
<div class="top">⟦m 一路上岸论坛⟧ ⟦a 签到领积分⟧ ⟦a 发帖⟧</div>
<div class="bread">⟦m 首页 › 面试交流 › 国企招聘⟧</div>
<div class="post"><div class="user">⟦m 砚川小甘⟧ ⟦m 积分 356 ｜ 上岸勋章⟧</div>
<h1>⟦t 【上岸帖】收费员岗位结构化面试回忆及备考经验⟧</h1>
<div class="time">⟦m 发布于 2025-11-18 21:40⟧</div>
{BODY}
</div>
<div class="reply">⟦l 沙发 面霸小王子：恭喜上岸！⟧</div>
<div class="ft">⟦m 一路上岸论坛 © 2025　联系管理员⟧</div>
</body></html>
""",
        body="""
本人笔试第一进面，面试86.2分，总成绩第一，下面分享一下面试回忆和备考经验。
今年一共三道题，第一题是自我介绍和报考动机，第二题是遇到司机冲卡怎么处理，第三题是节假日车流高峰如何疏导。
⟦a 面试冲刺班限时优惠，点我咨询⟧
备考经验有三点：
1. 多了解收费站的实际工作，我提前去收费站看了一个夜班。
2. 答题要体现服务意识，收费员首先是服务窗口。
3. 每天对着镜子练习，控制好语速和时间。
祝大家都能上岸！
""",
    ),
    dict(
        slug="wiki-snail-survey-entry-example-dates",
        site="知识百科 (invented)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="text",
        source="https://baike.zhishibk.example.com/item/查螺/5521",
        title="查螺",
        record_title="查螺_知识百科",
        date=None,
        notes="encyclopaedia entry: edit/history links, a catalogue box; an example date inside a sentence and a year are no date",
        page="""
!m 知识百科　全球领先的中文百科
!a 编辑　讨论　收藏　赞
!t 查螺_知识百科
!m 本词条由“知识百科科学”编辑审核　最近更新：半年前
!l 目录　1 定义　2 方法　3 时间
{BODY}
!l 词条标签：血吸虫病　公共卫生　钉螺
!m 浏览次数：4,108次　编辑次数：6次
!d 百科词条内容由网友共同编辑，如您发现内容不准确，欢迎参与修改。
""",
        body="""
查螺是指在一定范围内调查钉螺分布情况的工作，是血吸虫病防治的基础工作之一。
常用方法包括系统抽样调查、环境抽查和系统抽样结合环境抽查三种。
查螺一般安排在春季和秋季进行，例如某县于2010年3月20日启动春季查螺，历时五十天。
查螺结果通常以有螺面积、活螺平均密度和感染性钉螺密度等指标表示。
""",
    ),
    dict(
        slug="wiki-request-writing-entry-html-placeholder",
        site="公文百科网 (invented)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="html",
        source="https://www.gwbaike.example.net/wiki/qingshi.html",
        title="请示（公文文种）",
        record_title="请示（公文文种） - 公文百科网",
        date=None,
        notes="a 公文 encyclopaedia: the template's 20××年×月×日 placeholder and an example date are no date; infobox, edit links and a reference list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>请示（公文文种） - 公文百科网</title></head><body>
<div class="logo">⟦m 公文百科网⟧ ⟦a 创建词条⟧ ⟦a 登录⟧</div>
<h1>⟦t 请示（公文文种）⟧</h1>
<div class="ops">⟦a 编辑词条⟧ ⟦a 查看历史版本⟧ ⟦a 分享⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：请示⟧</td></tr><tr><td>⟦m 类别：上行文⟧</td></tr></table>
{BODY}
<div class="ref">⟦l 参考资料：1. 党政机关公文处理工作条例⟧</div>
<div class="foot">⟦d 本站词条由编者整理，仅供学习参考⟧</div>
</body></html>
""",
        body="""
请示是适用于向上级机关请求指示、批准的公文，属于上行文。
请示应当一文一事，一般只写一个主送机关，不得同时抄送下级机关。
请示的结尾一般用“妥否，请批示”或“以上请示，请予审批”等惯用语。
落款写发文机关名称和成文日期，模板中常写作20××年×月×日，例如2018年5月6日。
""",
    ),
]
