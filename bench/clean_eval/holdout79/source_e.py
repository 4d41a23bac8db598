"""holdout79, part E: company sites, training schools, writing apps, exam forums, encyclopaedia/Q&A pages.
Everything invented (see ../README.md and ../build.py)."""

CASES = [
    dict(
        slug="company-yogurt-pledge-html",
        site="牧云乳业 (invented)",
        style="企业官网",
        genre="承诺书",
        kind="letter",
        form="html",
        source="https://www.muyundairy.example.com/news/2025/0315.html",
        title="牧云乳业酸奶产品质量安全承诺书",
        record_title="牧云乳业酸奶产品质量安全承诺书 - 新闻中心 - 牧云乳业",
        date="2025-03-15",
        notes="company site: an order hotline and an online-shop link in the header, a product banner between paragraphs, a sentence asking consumers to 扫码 trace a batch kept",
        page="""
<html><head><meta charset="utf-8"><title>牧云乳业酸奶产品质量安全承诺书 - 新闻中心 - 牧云乳业</title></head><body>
<header>⟦m 牧云乳业⟧ ⟦m 订奶热线：400-617-3399⟧ ⟦a 官方商城⟧</header>
<nav>⟦l 走进牧云 产品中心 牧场直播 新闻中心 招贤纳士⟧</nav>
<h1>{T}</h1><p>⟦m 2025-03-15　新闻中心⟧</p>
{BODY}
<footer>⟦d © 2025 牧云乳业有限公司 版权所有⟧</footer>
</body></html>
""",
        body="""
为保障消费者饮用安全，我公司就酸奶产品质量安全郑重承诺如下。
一、所用生牛乳全部来自自有牧场，每批次检测抗生素残留，不合格的一律不收。
⟦a 新品上市｜0蔗糖老酸奶，点击抢先尝鲜⟧
二、严格执行冷链配送，产品从出厂到门店全程保持二至六摄氏度。
三、消费者可扫描包装盒侧面的追溯码，查询牧场、生产日期和检验报告。
牧云乳业有限公司
2025年3月15日
""",
    ),
    dict(
        slug="company-cheese-openday-text",
        site="高原乳酪工坊 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.gaoyuancheese.example.cn/gonggao/openday.html",
        title="乳酪工坊2025年夏季工厂开放日活动通知",
        record_title="乳酪工坊2025年夏季工厂开放日活动通知",
        date=None,
        notes="no date in the document (year only in the title); a 'last modified' stamp is no date; the workshop's booking number kept; a language switch and a shop link as chrome",
        page="""
!a 中文 | EN
!m 高原乳酪工坊 — 用一块乳酪讲草原的故事
{T}
!m 最后修改：2025/06/02 11:20
{BODY}
!a 进入网上商店 >>
!d 高原乳酪工坊 版权所有 未经许可不得转载
""",
        body="""
亲爱的顾客朋友们：
今年夏天，工坊将在每月第一个周六开放生产车间，欢迎大家带孩子来参观。
参观内容包括鲜奶验收、凝乳切割、压制成型和地窖熟成，参观结束后可以亲手做一块小奶酪带回家。
每场限二十组家庭，请提前电话预约：0971-5523001。
""",
    ),
    dict(
        slug="training-yoyo-brochure-html",
        site="旋风少年悠悠球学堂 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.xuanfengyoyo.example.com/zs/2025-summer.html",
        title="旋风少年悠悠球学堂2025年暑期班招生简章",
        record_title="【暑期招生】旋风少年悠悠球学堂2025年暑期班招生简章（名额有限）",
        date="2025-06-10",
        notes="training school: a floating sign-up box and a 400 line beside the school's own 报名电话; a course table; a trial-class ad between paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>【暑期招生】旋风少年悠悠球学堂2025年暑期班招生简章（名额有限）</title></head><body>
<div class="hd">⟦m 旋风少年悠悠球学堂⟧ ⟦m 全国加盟热线 400-071-5566⟧</div>
<nav>⟦l 首页 课程体系 师资力量 学员风采 校区分布⟧</nav>
<h1>{T}</h1><p>⟦m 发布日期：2025-06-10　浏览：1320⟧</p>
{BODY}
<div class="float">⟦w 立即报名　免费领取体验课⟧</div>
<footer>⟦m 茆湖校区：茆湖镇文化广场二楼⟧</footer>
</body></html>
""",
        body="""
暑期班面向六至十四岁少年儿童，每班不超过十二人。
班型　课时　费用
启蒙班　12课时　680元
提高班　16课时　960元
⟦a 9.9元抢体验课，仅限前50名⟧
课程包括基础绕线、悬停、花式回收和团体表演，结课时举办汇报展示。
报名电话：0717-3391208（茆湖校区前台）
""",
    ),
    dict(
        slug="training-kungfu-summary-text",
        site="武德馆 (invented)",
        style="培训机构",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.wudeguan.example.net/news/2025-01-18.html",
        title="武德馆2024年度教学工作总结",
        record_title="武德馆2024年度教学工作总结（附2025课表）",
        date="2025-01-18",
        notes="a martial-arts school: numbered list kept; a 'free trial' contact prompt glued after a sentence; a WeChat id and address footer",
        page="""
!m 武德馆 · 传统功夫培训
!t 武德馆2024年度教学工作总结（附2025课表）
!m 2025-01-18　馆务
{BODY}
!w 馆长微信：wudeguan_2012
!m 馆址：菽田市南湖路142号
""",
        body="""
2024年，武德馆共开设少儿班、成人班和传统套路班二十四个，在馆学员三百一十人。
1.教学质量稳步提升，学员参加市级武术比赛获奖牌二十一枚。
2.完善安全制度，课前热身、器械检查成为每节课的固定环节，全年无学员受伤事故。⟦w 想来试一节课？私信馆长预约⟧
3.师资队伍充实，新引进教练二名，全体教练取得社会体育指导员证书。
新的一年，我馆将开设太极和散打两个新班，并组织学员参加省级比赛。
""",
    ),
    dict(
        slug="fanwenapp-longan-plan-share",
        site="妙笔范文APP (invented)",
        style="范文APP",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://share.miaobi.example.com/s/lg2025plan",
        title="龙眼烘干厂2025年工作计划",
        record_title="龙眼烘干厂2025年工作计划｜妙笔范文",
        date=None,
        notes="a writing app's share page: an 'open in app' prompt, an AI rewrite button, a share-time stamp (no date); no date in the plan",
        page="""
!a 在妙笔APP中打开，阅读体验更好
!t 龙眼烘干厂2025年工作计划｜妙笔范文
!m 分享于 2025-02-08　来自妙笔用户“桂圆干”
{BODY}
!a ✎ AI帮我改写这篇
!l 你可能还需要：烘干厂安全生产计划　食品厂年度工作思路
""",
        body="""
2025年，我厂将围绕“提质、扩量、创牌”三个目标开展工作。
一、提质。更新烘干设备四台，把柴火烘焙改为热风烘干，桂圆干含水率稳定控制在百分之十五以下。
二、扩量。与周边五个村签订鲜果收购协议，全年计划收购鲜龙眼一千五百吨。
三、创牌。申请注册“荻坡桂圆”商标，开设网店，争取线上销售占三成。
""",
    ),
    dict(
        slug="fanwenapp-millet-report-vip",
        site="写作宝 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.xiezuobao.example.cn/article/99302",
        title="小米加工合作社理事长述职报告",
        record_title="小米加工合作社理事长述职报告（可直接套用）",
        date="2024-12-26",
        notes="a writing app: a VIP unlock fold inside the body (own line), a template-count line, a 成文日期 under the signature",
        page="""
!m 写作宝 · 述职报告
!t 小米加工合作社理事长述职报告（可直接套用）
!m 已有 2.1 万人使用此模板
{BODY}
!a 开通写作宝VIP，一键生成你的专属述职报告
""",
        body="""
各位社员代表：
一年来，我认真履行理事长职责，带领合作社把谷子种好、把小米卖好。
全年订单种植谷子三千二百亩，加工小米九百吨，销售收入八百六十万元。
⟦a 以下内容为VIP专享，开通后查看全文⟧
我们建成了小米色选包装车间，产品进入县城三家超市和两家学校食堂。
不足之处是品牌宣传不够，明年要参加省农博会，把“菽田黄小米”推出去。
述职人：常德厚
2024年12月26日
""",
    ),
    dict(
        slug="examforum-oasis-essay-html",
        site="申论园地 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="html",
        source="https://bbs.shenlunyd.example.com/thread-77102-1-1.html",
        title="守护绿洲，就是守护我们的未来",
        record_title="[申论范文] 守护绿洲，就是守护我们的未来（附点评）",
        date="2025-02-14",
        notes="exam forum with floors: the essay body kept, a teacher's comment in a box as chrome, a 'reply to see the answer' hidden notice, a post time as the page date",
        page="""
<html><head><meta charset="utf-8"><title>[申论范文] 守护绿洲，就是守护我们的未来（附点评） - 申论园地</title></head><body>
<div class="hd">⟦m 申论园地 · 上岸从这里开始⟧</div>
<div class="pt">⟦m 申论园地 › 申论范文 › 帖子⟧</div>
<h1>⟦t [申论范文] 守护绿洲，就是守护我们的未来（附点评）⟧</h1>
<div class="pi">⟦m 楼主 上岸的小舟 发表于 2025-2-14 22:06⟧</div>
{BODY}
<div class="cmt">⟦l 老师点评：立意准确，论证层次清楚，结尾可再升华⟧</div>
<div class="hide">⟦a 本帖隐藏内容需回复可见⟧</div>
<div class="fr">⟦l 回复　收藏　评分⟧</div>
</body></html>
""",
        body="""
沙漠中的绿洲，是生命的摇篮，也是一方百姓赖以生存的家园。
守护绿洲，首先要节水。过去大水漫灌、超采地下水，让不少绿洲边缘的胡杨成片枯死。
守护绿洲，还要治沙。一代代治沙人扎草方格、种梭梭，硬是把沙丘挡在了村庄之外。
守护绿洲，更要富民。让群众从种植肉苁蓉、发展沙漠旅游中得到实惠，生态保护才有持久动力。
""",
    ),
    dict(
        slug="examforum-baseball-interview-text",
        site="面霸公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="essay",
        form="text",
        source="http://www.mianba.example.cn/thread/51882.html",
        title="结构化面试真题：社区棒球场改造遭部分居民反对，你怎么处理",
        record_title="【面试素材】结构化面试真题：社区棒球场改造遭部分居民反对，你怎么处理（附参考答案）",
        date="2025-03-30",
        notes="exam forum text post: a relative '5小时前' in a reply is no date; a course ad on its own line inside the body; a 发布时间 line",
        page="""
!m 面霸公考社区 > 面试交流
!t 【面试素材】结构化面试真题：社区棒球场改造遭部分居民反对，你怎么处理（附参考答案）
!m 发布时间：2025-03-30　作者：面霸老师
{BODY}
!l 最新回复：学员小林（5小时前）：收藏了，谢谢老师
!a 登录后可下载本题PDF
""",
        body="""
参考答案：
首先，我会认真倾听反对居民的意见，弄清楚大家担心的是噪音、安全还是占用休闲空间。
其次，组织居民议事会，邀请反对和支持的居民代表一起讨论，把改造方案、使用时间和安全防护说清楚。
⟦a 面试一对一精讲班，今晚8点开课⟧
最后，根据居民意见优化方案，比如加装防护网、限定晚间使用时间，改造后持续收集反馈。
""",
    ),
    dict(
        slug="wiki-asparagus-minutes-entry-html",
        site="百知百科 (invented)",
        style="百科问答",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://baike.baizhi.example.com/item/asparagus-minutes",
        title="芦笋种植协会理事会会议纪要",
        record_title=None,
        date="2024-08-09",
        notes="encyclopaedia entry with an example minutes: 时间/地点/主持/出席/记录 lines kept, an edit-count box, a 'contents' box, an entry statistics footer",
        page="""
<html><head><meta charset="utf-8"><title>芦笋种植协会理事会会议纪要_百知百科</title></head><body>
<div class="hd">⟦m 百知百科⟧ ⟦a 编辑词条⟧ ⟦a 上传图片⟧</div>
<h1>{T}</h1>
<div class="toc">⟦l 目录 1 基本信息 2 正文 3 参考资料⟧</div>
{BODY}
<div class="stat">⟦m 词条统计　浏览次数：4306　编辑次数：7次历史版本⟧</div>
<div class="ref">⟦l 参考资料：协会工作手册⟧</div>
<footer>⟦d 百知百科内容由网友共同编辑，如需专业帮助请咨询专业人士⟧</footer>
</body></html>
""",
        body="""
时间：2024年8月9日上午
地点：协会会议室
主持：会长 庞立春
出席：理事十一人
记录：秘书 韩小雨
会议讨论通过了秋季芦笋留养技术培训安排，决定8月下旬在三个乡镇各举办一期培训。
会议同意吸收四家种植大户为新会员，会费按章程标准收取。
""",
    ),
    dict(
        slug="qa-windchime-maker-text",
        site="手艺问问 (invented)",
        style="百科问答",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wenwen.shouyi.example.cn/q/2024-1106.html",
        title="风铃制作体验课停课通知怎么写？",
        record_title=None,
        date=None,
        notes="a Q&A: the question is the title; the answer's example notice uses ×月×日 placeholders (no date); a 'best answer' label and an answerer line as chrome",
        page="""
!m 手艺问问　>　手工DIY
{T}
!m 提问时间：昨天 19:40
!m ✔ 最佳回答　答主：铜铃叮当
{BODY}
!l 这个回答对你有帮助吗？　有用（9）　无用（0）
!a 下载手艺问问，随时提问
""",
        body="""
写清楚停课原因、停课时间和补课安排就行，例如：
各位学员家长：
因工作室装修，原定×月×日的风铃制作体验课暂停一次，补课时间另行通知，已缴费用可顺延或退还。
给大家带来不便，敬请谅解。
××风铃工作室
""",
    ),
]
