"""holdout133, part E: a phosphate miner's news and a coal power plant's open day on
company sites, an oboe course and a maths-olympiad class on training-school sites, a
dormitory warden's essay and a village doctor's report in writing apps, a seawall essay and
a prefab-building interview answer on exam forums, and a land-boat dance entry on an
encyclopaedia. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-linkuang-phosphate-news-html",
        site="磷峰矿业股份有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.linfengmining.example.com/news/company/2025-10-14-661.html",
        title="公司磷矿尾矿综合利用项目投产",
        record_title="公司磷矿尾矿综合利用项目投产 - 磷峰矿业",
        date="2025-10-14",
        record_date="2025-10-14",
        notes="a company site: stock code in the header, language switch, a photo caption between paragraphs, a 'share to' row, an investor hotline in the footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公司磷矿尾矿综合利用项目投产 - 磷峰矿业</title></head>
<body>
<header><div>⟦m 磷峰矿业 股票代码：600919⟧</div><div>⟦a 中文 | EN⟧</div>
<nav>⟦l 关于我们 新闻中心 产品与服务 社会责任 投资者关系⟧</nav></header>
<div class="crumb">⟦m 新闻中心 / 公司新闻⟧</div>
<h1>⟦t 公司磷矿尾矿综合利用项目投产⟧</h1>
<p class="date">⟦m 2025.10.14　来源：党群工作部⟧</p>
<div class="news-body">
{BODY}
</div>
<div class="share">⟦l 分享到：⟧ ⟦l 微信 微博 QQ空间⟧</div>
<footer>⟦m 投资者热线：0856-3211 600⟧ ⟦d ©2025 磷峰矿业股份有限公司 保留所有权利⟧</footer>
</body></html>
""",
        body="""
10月13日，公司磷矿尾矿综合利用项目正式投产，每年可消纳尾矿八十万吨，生产新型墙体材料和路基填料。
项目总投资一点六亿元，采用尾矿脱水、配料成型和蒸压养护工艺，生产过程废水全部循环利用。
⟦m 图为项目生产线投产现场⟧
项目投产后，公司尾矿综合利用率将由百分之二十八提高到百分之六十以上，尾矿库服务年限延长十年。
公司负责人表示，将继续推进绿色矿山建设，努力实现资源开发与生态保护协调发展。
""",
    ),
    dict(
        slug="company-huodian-power-plant-open-day-text",
        site="东屿发电有限公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dongyupower.example.com.cn/gsgg/2025/0508.html",
        title="关于举办“走进电厂”公众开放日活动的公告",
        record_title="关于举办“走进电厂”公众开放日活动的公告|东屿发电",
        date="2025-05-08",
        notes="a power plant's site: a sign-up QR sentence kept in the body (扫码报名), the plant's own 咨询电话 kept; a slogan line, a 'top' link and a 举报 mailbox line as chrome",
        page="""
!m 东屿发电　安全 · 清洁 · 高效
!m 首页 | 公司公告
!t 关于举办“走进电厂”公众开放日活动的公告|东屿发电
!m 发布日期：2025-05-08　阅读：1,876
{BODY}
!m 廉洁举报邮箱：jubao@dongyupower.example.com.cn
!a TOP ↑
""",
        body="""
为增进社会公众对火力发电的了解，公司定于2025年5月24日举办“走进电厂”公众开放日活动。
一、活动内容：参观集控室、脱硫脱硝设施和煤场全封闭改造工程，听取环保设施运行情况介绍。
二、参加对象：年满十四周岁的市民，每场限六十人，未成年人须由监护人陪同。
三、报名方式：请扫描公司微信公众号推文中的报名二维码，填写姓名、身份证号和联系电话。
咨询电话：0596-7732 150
东屿发电有限公司
2025年5月8日
""",
    ),
    dict(
        slug="training-shuanghuangguan-oboe-brochure-html",
        site="韵林音乐培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.yunlinmusic.example.cn/zsjz/2026-spring-oboe.html",
        title="韵林音乐培训学校2026年春季双簧管课程招生简章",
        record_title="韵林音乐培训学校2026年春季双簧管课程招生简章（2026春季班）",
        date="2026-02-10",
        notes="a training school: a trial-lesson coupon and a consult button, a course-fee table, the school's 报名电话 kept beside a floating 400 line, a student-review box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>韵林音乐培训学校2026年春季双簧管课程招生简章（2026春季班）</title></head>
<body>
<div class="bar">⟦m 韵林音乐 · 让每个孩子爱上音乐⟧ ⟦w 全国咨询 400-606-3172⟧</div>
<nav>⟦l 首页 课程体系 师资团队 学员风采 校区地址⟧</nav>
<h1>⟦t 韵林音乐培训学校2026年春季双簧管课程招生简章⟧</h1>
<p class="time">⟦m 发布：2026-02-10⟧</p>
<div class="coupon">⟦a 领取99元试听课⟧</div>
<article>
{BODY}
</article>
<div class="review">⟦l 学员评价：孩子学了半年已经能上台演奏了！—— 小雨妈妈⟧</div>
<div class="fixed">⟦a 立即预约⟧ ⟦a 在线咨询⟧</div>
</body></html>
""",
        body="""
双簧管音色优美，是交响乐团中的重要乐器。本校2026年春季开设双簧管启蒙班和提高班，由专业院团演奏员授课。
班级　招生对象　课时　学费（元）
启蒙班　9—14岁零基础　20课时　3600
提高班　有一年以上基础　20课时　4200
上课地点：韵林音乐培训学校城南校区。学校为启蒙班学员提供练习用琴借用服务。
报名电话：0734-8821 607（城南校区前台）
韵林音乐培训学校
2026年2月10日
""",
    ),
    dict(
        slug="training-shuxuejingsai-olympiad-plan-text",
        site="启智学堂 (invented)",
        style="培训机构",
        genre="教学计划",
        kind="plan",
        form="text",
        source="http://www.qizhixt.example.com/jxjh/2025/0701.html",
        title="2025年暑期初中数学竞赛提高班教学计划",
        record_title=None,
        date="2025-07-01",
        notes="no record title; a training page with a class-schedule table, decimal headings, a member-unlock line between paragraphs and a course ad line; teacher line at the end",
        page="""
!m 启智学堂 ｜ 专注初中理科培优
{T}
!m 教研组　2025-07-01　｜　收藏 35
{BODY}
!l 推荐课程：初二物理同步精讲班（限时8折）
!w 课程顾问：丁老师 微信 qzxt_ding
""",
        body="""
1. 教学目标
1.1 系统梳理初中数学竞赛的代数、几何、数论和组合四大板块，提高学生的综合解题能力。
1.2 通过专题训练和模拟测试，使学员适应竞赛题型和答题节奏。
⟦a 开通学堂会员，解锁全部教学计划和讲义⟧
2. 课程安排
周次　内容
第1周　代数式变形与恒等式
第2周　几何中的辅助线
第3周　整数与同余
3. 考核方式
每周末进行一次小测，结课时进行模拟竞赛，成绩反馈给家长。
""",
    ),
    dict(
        slug="writingapp-sushe-dorm-warden-insight-text",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="essay",
        form="text",
        source="https://share.miaobi-app.example.com/article/9f21c04e",
        title="做好学生宿舍管理工作的几点体会",
        record_title="做好学生宿舍管理工作的几点体会｜妙笔公文",
        date=None,
        notes="a writing-app share page: open-app prompts on top and inside the body, an AI-rewrite button glued after a sentence, a word count and 'used by N people'; no date (a share stamp only)",
        page="""
!a 打开妙笔公文APP，查看完整排版
!t 做好学生宿舍管理工作的几点体会｜妙笔公文
!m 1,480字 · 已有 2,376 人使用 · 分享于 昨天
{BODY}
!a 一键复制全文　｜　生成同类范文
!l 更多宿舍管理范文 >
""",
        body="""
我在学校宿舍管理岗位工作已经五年，管理着三栋宿舍楼一千二百名学生。结合工作实际，谈几点体会。
一是把安全放在首位。每晚熄灯前逐层巡查，重点检查违规电器和消防通道，发现问题当场整改。⟦a AI帮我改写这段⟧
二是把学生当孩子看。学生生病、情绪低落时，宿管员往往是最先发现的人，多问一句、多关心一下，往往就能化解问题。
⟦a 打开APP阅读剩余内容⟧
三是把制度落到细处。我们把宿舍卫生、作息、访客登记等要求做成图文卡片贴在每层楼道，学生一看就懂。
""",
    ),
    dict(
        slug="writingapp-daizhuangpaozhen-village-doctor-report-html",
        site="笔友范文APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://m.biyou-app.example.cn/s/7a10d3",
        title="村卫生室乡村医生2025年度述职报告",
        record_title="村卫生室乡村医生2025年度述职报告（可编辑）",
        date="2025-12-28",
        notes="a writing-app reading page (HTML): a VIP unlock box between paragraphs, a font-size control, a download-as-Word action, the 述职 signature date; a shingles-vaccination count in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>村卫生室乡村医生2025年度述职报告（可编辑）</title></head>
<body>
<div class="app-top">⟦m 笔友范文⟧ ⟦a 打开APP⟧</div>
<h1>⟦t 村卫生室乡村医生2025年度述职报告（可编辑）⟧</h1>
<div class="tools">⟦a A- A A+⟧ ⟦m 字数 1120⟧</div>
<div class="content">
{BODY}
</div>
<div class="btns">⟦a 下载为Word⟧ ⟦a 收藏⟧</div>
<div class="more">⟦l 相关范文：乡镇卫生院院长述职报告⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、同事：
2025年，我在杏林村卫生室工作，承担全村一千六百余名群众的基本医疗和公共卫生服务。现将一年来的工作述职如下。
一、基本医疗。全年接诊门诊患者三千二百余人次，上门出诊一百八十次，没有发生医疗差错。
⟦a 以下内容为VIP专享，开通后查看全文⟧
二、公共卫生。完成六十五岁以上老人健康体检四百一十人，配合乡镇卫生院为一百二十六名五十岁以上村民接种带状疱疹疫苗。
三、不足和打算。中医适宜技术掌握得还不够，明年将参加县里的中医适宜技术培训。
述职人：郑秋生
2025年12月28日
""",
    ),
    dict(
        slug="examforum-haidi-seawall-shenlun-essay-text",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-551209-1-1.html",
        title="筑牢海堤屏障 守护沿海家园",
        record_title="[申论范文] 筑牢海堤屏障 守护沿海家园（附写作思路）",
        date=None,
        notes="an exam forum post with a poster's aside, a 'reply to see the scoring points' hidden box, thanks/points bar, a year only in the decoration; no date",
        page="""
!m 上岸公考论坛 › 申论交流 › 范文赏析
!t [申论范文] 筑牢海堤屏障 守护沿海家园（附写作思路）
!m 楼主：稳稳上岸2026　｜　只看楼主　｜　3天前
!m 今年省考模拟题的大作文，自己写的，求各位大佬拍砖
{BODY}
!a 本帖隐藏的内容：回复后可见评分要点
!l 收藏 12　｜　评分 +3 金币　｜　感谢楼主
""",
        body="""
海堤是沿海地区抵御风暴潮的第一道防线。一道坚固的海堤，守护的是堤后千家万户的生命财产安全。
筑牢海堤屏障，要在标准上“提得起”。近年来极端天气频发，一些老旧海堤防潮标准偏低，必须按照新的设防标准加高加固。
筑牢海堤屏障，要在管护上“盯得住”。海堤建成只是开始，巡查、维修、养护要形成常态，不能“重建轻管”。
筑牢海堤屏障，还要在生态上“融得进”。在堤前种植红树林、恢复滩涂湿地，让生态海堤成为防灾减灾的新路径。
""",
    ),
    dict(
        slug="examforum-zhuangpeishi-prefab-interview-html",
        site="公考研习社 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="answer",
        form="html",
        source="https://www.gkyxs.example.net/forum/view/30917",
        title="结构化面试：如何看待推广装配式建筑",
        record_title="[面试真题] 结构化面试：如何看待推广装配式建筑 - 面试交流 - 公考研习社",
        date="2025-04-19",
        notes="an exam community page (HTML) with floor numbers, 发表于 (the page's date), a 'reply to unlock the reference answer' box, a points bar and the board's hot list",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 结构化面试：如何看待推广装配式建筑 - 面试交流 - 公考研习社</title></head>
<body>
<div class="hd">⟦m 公考研习社⟧ ⟦l 笔试 | 面试 | 资料 | 经验⟧ ⟦a 登录⟧</div>
<div class="pt">⟦m 公考研习社 › 面试交流 › 真题讨论⟧</div>
<div class="post">
<h1>⟦t 结构化面试：如何看待推广装配式建筑⟧</h1>
<div class="pi">⟦m 1#　楼主 面霸养成中　发表于 2025-4-19 08:52⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 【参考答案】回复本帖即可查看⟧</div>
<div class="rate">⟦l 参与人数 6　金币 +18　理由：很给力⟧</div>
</div>
<div class="hot">⟦l 本版热帖⟧ ⟦l 面试开头万能句式整理⟧</div>
</body></html>
""",
        body="""
题目：当前我省大力推广装配式建筑，但也有人担心质量和成本问题。对此，你怎么看？
我的答题思路如下：
装配式建筑把大量现场作业转到工厂完成，能减少扬尘和建筑垃圾，缩短工期，是建筑业转型升级的重要方向。
对于质量担忧，关键在于构件生产和现场连接两个环节的监管，要建立构件生产全过程质量追溯制度。
对于成本问题，随着规模扩大和标准化程度提高，成本会逐步下降，前期可以通过财政奖补等政策予以支持。
""",
    ),
    dict(
        slug="wiki-hanchuan-land-boat-dance-entry-html",
        site="乡韵百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.xiangyun.example.com/item/跑旱船/10233",
        title="跑旱船",
        record_title="跑旱船_乡韵百科",
        date=None,
        notes="an encyclopaedia entry: edit/history links, a table of contents, a 'basic info' box, a reference list under the text as chrome; an example year inside a sentence (no date)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>跑旱船_乡韵百科</title></head>
<body>
<div class="top">⟦m 乡韵百科 · 记录乡土文化⟧ ⟦a 编辑词条⟧ ⟦a 历史版本⟧</div>
<h1>⟦t 跑旱船⟧</h1>
<div class="toc">⟦l 目录 1 起源 2 表演形式 3 传承现状⟧</div>
<div class="basic">⟦m 中文名：跑旱船　类别：民间舞蹈　流行地区：北方农村⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 《北方民间舞蹈集成》⟧</div>
<div class="stat">⟦m 浏览次数：12,406　编辑次数：9次⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如涉及专业问题请咨询有关人士⟧</div>
</body></html>
""",
        body="""
跑旱船，又称“采莲船”“划旱船”，是流行于我国北方农村的一种民间舞蹈，多在春节、元宵节期间表演。
表演时，一名演员身套用竹木扎成、彩布装饰的船形道具，模仿船在水中行进的姿态，另有一名扮作艄公的演员手持船桨在旁引导。
旱船表演讲究“船行如水”，演员脚步细碎平稳，船身起伏自然，配以锣鼓和民歌小调。
据地方志记载，早在1930年前后，北方一些县的社火队中就已有旱船表演。
如今，不少地方将跑旱船列入非物质文化遗产保护名录，并在中小学开设兴趣课。
""",
    ),
]
