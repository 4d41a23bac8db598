"""holdout96, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text throughout."""

CASES = [
    dict(
        slug="assoc-banana-price-pledge",
        site="栌川县香蕉产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.lcbanana.org.cn/xhdt/2024/0116-77.html",
        title="关于香蕉收购诚信经营、不压级压价的倡议书",
        record_title="【协会倡议】关于香蕉收购诚信经营、不压级压价的倡议书 - 栌川县香蕉产业协会",
        date="2024-01-16",
        notes="association site; decorated title; signature org also in the footer; 关注 sentence kept",
        page="""
!m 栌川县香蕉产业协会　┃　蕉农之家
!m 首页 → 协会动态 → 倡议书
!t 【协会倡议】关于香蕉收购诚信经营、不压级压价的倡议书 - 栌川县香蕉产业协会
{T}
!m 来源：协会秘书处　日期：2024-01-16　阅读：603次
{BODY}
!l ◆ 上一篇：协会第二届会员大会召开
!l ◆ 下一篇：蕉园冬季防寒技术要点
!m 协会地址：栌川县蕉城镇农贸路2号　秘书处电话：0835-6107781
!m 版权所有 栌川县香蕉产业协会
""",
        body="""
全县香蕉收购商、合作社和广大蕉农朋友：
春节临近，香蕉进入集中采收期。为维护公平有序的收购秩序，协会向大家发出如下倡议：
一、收购商要按协会公布的分级标准验级，明码标价，不压级压价、不短斤少两。
二、蕉农要按成熟度适时采收，不采青蕉、不催熟上市，共同守护栌川香蕉的口碑。
三、双方发生争议的，可请协会调解员到场协调。
协会每周一发布收购参考价，请大家关注协会公众号或到各村公告栏查看。
栌川县香蕉产业协会
2024年1月16日
""",
    ),
    dict(
        slug="assoc-sleep-health-minutes-html",
        site="楠川市睡眠健康促进会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="https://www.ncsleep.org.cn/news/show.php?itemid=214",
        title="楠川市睡眠健康促进会第一届理事会第三次会议纪要",
        record_title="楠川市睡眠健康促进会第一届理事会第三次会议纪要",
        date="2024-03-21",
        notes="association page; minutes' 时间/地点/主持/出席/记录 lines and a vote count kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>楠川市睡眠健康促进会第一届理事会第三次会议纪要_协会动态</title></head><body>
<div class="logo">⟦m 楠川市睡眠健康促进会⟧ ⟦m 好睡眠 好健康⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 协会介绍⟧ ⟦m 协会动态⟧ ⟦m 科普园地⟧ ⟦m 会员服务⟧</div>
<h2>{T}</h2>
<div class="by">⟦m 发布：秘书处　时间：2024-03-22⟧</div>
{BODY}
<div class="links">⟦l 【相关】3·21世界睡眠日义诊活动圆满结束⟧</div>
<div class="foot">⟦m 楠川市睡眠健康促进会 版权所有　联系电话：0797-8210567⟧</div>
</body></html>
""",
        date_also=["2024-03-22"],
        body="""
时间：2024年3月21日下午
地点：楠川市第一人民医院学术报告厅
主持：会长 贺明远
出席：理事23人（应到27人）
记录：秘书处 田欣
会议审议通过了以下事项：
一、通过《2024年度工作计划》，表决结果：同意23票，反对0票，弃权0票。
二、同意增补楠川市中医院睡眠科主任为理事。
三、决定在全市10所中学开展青少年睡眠健康宣讲。
""",
    ),
    dict(
        slug="corp-yunfan-recall-balloon-burner-html",
        site="云帆浮空器有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.yunfan-lta.com/news/2024/announcement-0311.html",
        title="关于召回部分型号热气球燃烧器的公告",
        record_title="关于召回部分型号热气球燃烧器的公告 | 云帆浮空器",
        date="2024-03-11",
        notes="company site: modern template; customer service line of the document kept beside sales line chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分型号热气球燃烧器的公告 | 云帆浮空器</title></head><body>
<header>⟦m 云帆浮空器 YUNFAN⟧ <nav>⟦m 产品中心⟧ ⟦m 飞行服务⟧ ⟦m 新闻公告⟧ ⟦m 关于云帆⟧</nav> ⟦m 销售热线 400-600-2299⟧</header>
<section class="news"><h1>{T}</h1>
<p class="date">⟦m 2024.03.11 ｜ 公司公告⟧</p>
{BODY}
</section>
<div class="share">⟦l 分享到：微信 ｜ 微博 ｜ 复制链接⟧</div>
<footer>⟦m © 2024 云帆浮空器有限公司 保留所有权利⟧ ⟦m 苏ICP备21033090号-1⟧</footer>
</body></html>
""",
        body="""
我公司在质量跟踪中发现，2022年6月至2023年2月生产的YF-B200型双联燃烧器，部分产品点火阀密封圈存在老化过快的问题，极端情况下可能导致燃气渗漏。
为确保飞行安全，我公司决定自即日起召回上述批次燃烧器共87台，免费更换密封圈并进行整机检测。
用户可登录公司官网输入燃烧器序列号查询是否在召回范围内，也可拨打客户服务电话0512-6271 0368咨询。
云帆浮空器有限公司
2024年3月11日
""",
    ),
    dict(
        slug="corp-suanxiang-notice-lemon-line",
        site="酸香果业官网 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.suanxiangfruit.com/news/gsxw/2023-09-04.html",
        title="关于柠檬鲜果分选线改造期间调整收果时间的通知",
        record_title="关于柠檬鲜果分选线改造期间调整收果时间的通知_新闻中心_酸香果业",
        date="2023-09-04",
        notes="company site; a time table kept; 'year only' none; footer QR prompt as action",
        page="""
!m 酸香果业　SUANXIANG FRUIT
!m 网站首页 ｜ 走进酸香 ｜ 产品展示 ｜ 新闻中心 ｜ 联系我们
!m 新闻中心 ＞ 公司新闻
{T}
!m 2023-09-04　　浏览：239
{BODY}
!a 扫码关注酸香果业服务号
!m 地址：枇岭县工业园区果香路6号　电话：0779-3380126
!m Copyright©2019-2023 酸香果业有限公司
""",
        body="""
各位果农朋友：
我公司柠檬鲜果分选线将于9月10日至9月25日进行智能化改造，改造期间收果时间调整如下：
日期　收果时间　收果地点
9月10日至17日　上午7:00—11:00　一号收购点
9月18日至25日　下午14:00—18:00　二号收购点
改造完成后，分选线每小时可处理鲜果8吨，分级更精准，优质果收购价将相应提高。
给大家带来的不便，敬请谅解。
酸香果业有限公司
2023年9月4日
""",
    ),
    dict(
        slug="training-hexin-brochure-pilates-coach",
        site="核心力运动培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="notice",
        form="text",
        source="https://www.hexinli-edu.com/course/pilates-2024-summer.html",
        title="2024年暑期普拉提教练资格培训班招生简章",
        record_title="2024年暑期普拉提教练资格培训班招生简章",
        date=None,
        notes="training school; year in title only; school's 报名电话 kept beside 400 hotline chrome; course table",
        page="""
!m 核心力运动培训学校　全国咨询热线 400-820-7719
!m 首页 > 课程中心 > 普拉提
{T}
!w 👉 添加课程顾问微信 hxl_coach 领取试听课
{BODY}
!a 立即报名　　预约试听　　下载课程表
!l 热门课程：瑜伽导师班 ｜ 体适能教练班 ｜ 产后康复班
!d ©核心力运动培训学校　课程安排以实际开班为准
""",
        body="""
一、培养目标：系统掌握普拉提垫上及器械训练方法，能够独立带领团课和私教课。
二、课程安排
阶段　内容　课时
第一阶段　解剖学基础与呼吸模式　40
第二阶段　垫上普拉提　60
第三阶段　核心床及器械　80
三、招生对象：18至40周岁，身体健康，有一定运动基础者优先。
四、报名方式：到学校前台现场报名，或拨打招生办电话0731-8836 6201。
""",
    ),
    dict(
        slug="training-niaoxue-speech-birding-guide-html",
        site="翎羽自然教育学校 (invented)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.lingyu-nature.cn/article/1187.html",
        title="在首期观鸟向导培训班开班仪式上的讲话",
        record_title="学员心声 | 在首期观鸟向导培训班开班仪式上的讲话",
        date="2024-10-12",
        notes="training school page; date under speech title; speaker line neutral; course ad between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>学员心声 | 在首期观鸟向导培训班开班仪式上的讲话 - 翎羽自然教育</title></head><body>
<div class="hd">⟦m 翎羽自然教育学校⟧ ⟦m 课程⟧ ⟦m 师资⟧ ⟦m 动态⟧ ⟦w 咨询报名：13677310452（微信同号）⟧</div>
<div class="bc">⟦m 首页 / 学校动态 / 学员心声⟧</div>
<h1>{T}</h1>
<p>翎羽自然教育学校校长　聂青</p>
<p>（2024年10月12日）</p>
{BODY}
<div class="ad">⟦a 秋季观鸟摄影课火热报名中，点击了解⟧</div>
<div class="ft">⟦m 翎羽自然教育学校 湘ICP备23006618号⟧</div>
</body></html>
""",
        body="""
各位学员：
大家好！欢迎参加首期观鸟向导培训班。这一期共有32名学员，有退休教师，有护林员，还有刚毕业的大学生。
⟦a 👉 报名下一期向导班，享早鸟价8折⟧
观鸟向导不只是认鸟，更要懂得如何带人安静地走进自然、不惊扰鸟类。培训期间，我们安排了鸟类识别、野外安全、解说技巧三个模块，最后一周到湿地实地带团考核。
希望大家学有所成，成为家乡湿地的讲解员和守护人。谢谢大家！
""",
    ),
    dict(
        slug="app-xiecai-summary-streetlight-office",
        site="写材APP分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.xiecai.app/a/LT0x93kd",
        title="桫岭县路灯管理所2023年工作总结",
        record_title="桫岭县路灯管理所2023年工作总结｜写材",
        date="2023-12-20",
        notes="writing-app share page; AI rewrite and open-in-app actions; member unlock line inside the body",
        page="""
!m 写材 · 公文写作好帮手
!a 打开APP，阅读体验更佳
{T}
!m 写材精选　|　字数 468　|　1.2万人看过
{BODY}
!a AI一键改写　　复制全文　　导出Word
!l 相似范文：市政设施管理所工作总结　城市照明维护年度总结
!d 本内容由写材用户创作，仅供参考
""",
        body="""
2023年，县路灯管理所紧紧围绕“亮起来、节能化、智慧化”目标，较好完成了全年各项任务。
一、维护管理方面，全年巡查道路1860公里，修复故障路灯3215盏次，亮灯率保持在98%以上。
二、节能改造方面，完成5条主干道LED改造，年节电约42万千瓦时。
⟦a 开通会员，解锁全文及同类范文3000篇⟧
三、存在问题：部分老旧线路仍为架空线，雨季故障较多。
2024年，我们将推进单灯控制全覆盖，实现路灯故障“早发现、快处置”。
桫岭县路灯管理所
2023年12月20日
""",
    ),
    dict(
        slug="app-bixiaxie-report-lpg-station-manager",
        site="笔下写作APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.bixiaxie.cn/share/essay/702315",
        title="液化气供应站站长2024年度述职报告",
        record_title="液化气供应站站长2024年度述职报告（通用版）",
        date=None,
        notes="writing app; no date (year in title only, relative 昨天 stamp); wrapped text",
        page="""
!m 笔下写作 · 分享
!t 液化气供应站站长2024年度述职报告（通用版）
!m 笔下用户「燃气小哥」发布于 昨天
{BODY}
!a 复制 · 收藏 · 下载笔下APP
!l 评论 6 ｜ 点赞 44
""",
        wrap=64,
        body="""
一年来，我在公司领导下负责供应站全面工作，现将履职情况报告如下。
一是抓安全。严格执行钢瓶充装前检查和充装后复检制度，全年充装钢瓶4.6万瓶，未发生一起安全事故。
二是抓服务。推行送气到户预约制，对高龄老人用户每季度上门免费安检一次。
三是抓管理。落实钢瓶追溯管理，所有在用钢瓶全部加贴二维码，做到一瓶一码。
不足之处是员工培训还不够系统，明年将每月组织一次应急演练。
""",
    ),
    dict(
        slug="gkforum-sky-essay-streetlight-night-economy",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shanganba.com/thread-820115-1-1.html",
        title="点亮一盏灯，照亮一座城",
        record_title="[申论范文] 点亮一盏灯，照亮一座城（城市治理类，附点评） - 申论专区 - 上岸吧公考论坛",
        date="2024-02-03",
        notes="exam forum essay post; junk glued; post date is the page date; reply box after",
        page="""
!m 上岸吧公考论坛 › 申论专区
!t [申论范文] 点亮一盏灯，照亮一座城（城市治理类，附点评） - 申论专区 - 上岸吧公考论坛
!m 楼主　一次上岸　发表于 2024-2-3 10:26　|　查看 2790　回复 61
{T}
{BODY}
!l 点评：结构清晰，论据贴近基层，可以作为城市治理类模板。
!a 回帖后可下载本帖附件的Word版
!l 收藏(88)　分享　评分
""",
        junk=dict(lines=0, glued=2),
        indent="\u3000\u3000",
        body="""
城市的夜晚，一盏路灯照亮的不只是回家的路，更是一座城市的温度。
点亮一盏灯，要点在群众最需要的地方。背街小巷、城中村、老旧小区，往往是照明的盲区，也是群众诉求最集中的地方。
点亮一盏灯，要点出治理的精细。智慧照明平台让每一盏灯都有了“身份证”，故障不再等群众打电话，而是系统自动报警。
点亮一盏灯，更要点亮城市的烟火气。夜市、夜游、夜读，离不开安全明亮的夜间环境。
灯火可亲，城市可爱。让每一盏灯都亮得及时、亮得节约、亮得温暖，这正是城市治理的应有之义。
""",
    ),
    dict(
        slug="gkforum-guangdian-interview-ice-road-html",
        site="公考研习社论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://www.gkyanxi.com/forum/t-33108.html",
        title="冰上通道关闭后仍有群众冒险通行，你作为乡镇工作人员怎么办？",
        record_title=None,
        date="2024-01-30",
        notes="missing title (a question); exam forum with reply box; numbered answer kept",
        page="""
<html><head><meta charset="utf-8"><title>面试真题交流 - 公考研习社论坛</title></head><body>
<div class="top">⟦m 公考研习社⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦m 今日：1237 | 帖子：88万⟧</div>
<div class="crumb">⟦m 公考研习社 » 面试交流 » 真题讨论⟧</div>
<div class="post"><div class="who">⟦m 研习君　发表于 2024-1-30 14:02⟧</div>
<h2>{T}</h2>
<div class="msg">
{BODY}
</div>
<div class="ops">⟦l 回复 | 引用 | 举报⟧</div></div>
<div class="reply">⟦l 您需要登录后才可以回帖⟧</div>
<div class="ft">⟦m Powered by 公考研习社 © 2016-2024⟧</div>
</body></html>
""",
        body="""
参考答案：
1. 立即到现场劝阻，联系派出所和村干部设卡值守，防止有人上冰。
2. 查明原因，如果群众是因为绕行太远而冒险，要协调交通部门临时开通摆渡车或调整班车线路。
3. 加强宣传，通过村广播、微信群反复提示冰面危险，公布举报电话。
4. 事后总结，把冰上通道关闭前的提前告知和替代出行方案纳入明年的工作预案。
""",
    ),
]
