"""holdout160, part E: lunch boxes (饭盒): school lunch-box steaming, reusable boxes in canteens,
aluminium-box memories. Invented sites, counties (箩溪, 笃川, 簧原 …), people, URLs and chrome."""

CASES = [
    dict(
        slug="wenku-lunchbox-steaming-plan-html-pages",
        site="学海文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.xuehaiwenku.example.com/doc/7f21aa90c3.html",
        title="笃川镇中心小学学生饭盒蒸饭管理实施方案",
        record_title="笃川镇中心小学学生饭盒蒸饭管理实施方案_学海文库",
        date="2025-09-01",
        pages=dict(fmt="⌊{n}⌋", every=130, start=2),
        notes="文库 reader: page markers ⌊n⌋ as HTML paragraphs cut a sentence; paywall and download bar; numbered measures; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>笃川镇中心小学学生饭盒蒸饭管理实施方案_学海文库</title></head><body>
<div class="hd">⟦m 学海文库⟧ ⟦a 上传文档⟧ ⟦a 开通VIP⟧ ⟦a 登录⟧</div>
<h1>⟦t 笃川镇中心小学学生饭盒蒸饭管理实施方案⟧</h1>
<div class="info">⟦m 4页　1.2万次阅读　贡献者：wy***05⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 试读结束，剩余1页 ￥3.00 购买全文⟧</div>
<div class="bar">⟦a 下载　收藏　分享　举报⟧</div>
<div class="ft">⟦d 学海文库所有资源均来自用户上传⟧</div>
</body></html>
""",
        body="""
为解决走读学生午餐问题，保障学生吃上热乎饭，结合我校实际，制定本方案。
一、蒸饭时间。每天上午10时30分由值日教师将各班饭盒送至蒸饭房，11时40分取回。
二、饭盒要求。学生统一使用不锈钢饭盒，饭盒盖上须贴好班级和姓名标签，不得使用塑料饭盒。
三、卫生管理。蒸饭柜每天清洗一次，每周消毒一次，蒸饭房非工作人员不得入内。
四、安全管理。取送饭盒时必须佩戴隔热手套，严禁学生进入蒸饭房。
笃川镇中心小学
2025年9月1日
""",
    ),
    dict(
        slug="forum-office-lunchbox-microwave-queue-html",
        site="簧原生活网论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        junk=dict(lines=1, glued=2),
        source="http://bbs.huangyuan-life.example.com/thread-30871-1-1.html",
        title="单位只有两台微波炉，几十个饭盒排队怎么办？",
        record_title="单位只有两台微波炉，几十个饭盒排队怎么办？ - 职场杂谈 - 簧原生活网论坛",
        date="2025-10-16",
        notes="Discuz-like forum in HTML with jammer fonts glued and on a line; 发表于 the date; reply row and signature",
        page="""
<html><head><meta charset="utf-8"><title>单位只有两台微波炉，几十个饭盒排队怎么办？ - 职场杂谈 - 簧原生活网论坛</title></head><body>
<div id="toptb">⟦m 簧原生活网论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 论坛 › 职场杂谈 › 正文⟧</div>
<h1>⟦t 单位只有两台微波炉，几十个饭盒排队怎么办？⟧</h1>
<div class="pi">⟦m 楼主：带饭族小林　发表于 2025-10-16 12:58⟧ ⟦m 查看 906 | 回复 23⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 个性签名：今天也是带饭的一天⟧</div>
<div class="po">⟦l 回复 | 支持 | 反对 | 举报⟧</div>
<div class="ft">⟦m Powered by Discuz!⟧</div>
</body></html>
""",
        body="""
我们单位七十多号人，带饭的差不多有一半，茶水间就两台微波炉。
每天中午十二点一到，饭盒能从茶水间排到走廊，后面的人要等二十分钟。
我想给办公室提个建议：再买一台蒸饭柜，早上上班就把饭盒放进去，中午直接拿。
大家单位都是怎么解决的？有经验的说说。
""",
    ),
    dict(
        slug="edu-lunchbox-plastic-ban-wrapped",
        site="箩溪县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://edu.luoxi.example.gov.cn/html/tzgg/2025/0303/4412.html",
        title="关于中小学禁止使用一次性塑料饭盒的通知",
        record_title="关于中小学禁止使用一次性塑料饭盒的通知_通知公告_箩溪县教育局",
        date="2025-03-03",
        wrap=64,
        indent="　　",
        notes="education bureau text hard-wrapped at 64 columns; the bureau's own contact with e-mail beside the site's submission mailbox; 抄送 line",
        page="""
!m 箩溪县教育局　|　箩溪教育信息网
!m 首页 >> 通知公告
!t 关于中小学禁止使用一次性塑料饭盒的通知
!m 发布人：办公室　时间：2025-03-03　浏览次数：733
{BODY}
!m 投稿邮箱：lxjyxxw@example.cn
!a 【字体：小 中 大】【打印】【关闭】
""",
        body="""
各中小学、幼儿园：
为落实塑料污染治理要求，培养学生绿色环保的生活习惯，自2025年春季学期起，全县中小学食堂和校内超市一律禁止使用和销售一次性不可降解塑料饭盒。
一、各学校要为寄宿生和午餐学生配备可重复使用的不锈钢饭盒或餐盘，所需经费从公用经费中列支。
二、各学校要开展一次“光盘行动”和“减塑”主题班会，并将活动照片报县教育局。
三、县教育局将把此项工作纳入学校年度考核。
联系人：后勤安全股　杨晨　电话：0734-6128875　邮箱：lxhq@example.cn
箩溪县教育局
2025年3月3日
抄送：县发展和改革局、县市场监督管理局
""",
    ),
    dict(
        slug="collection-aluminium-lunchbox-memoir-html",
        site="旧时光文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://jiushiguang.example.net/book/12/ch08.html",
        title="父亲的铝饭盒",
        record_title="《旧时光》第八章｜父亲的铝饭盒",
        date=None,
        notes="collection chapter in HTML: chapter nav at top and bottom, reading settings, a 写于 line with a year only",
        page="""
<html><head><meta charset="utf-8"><title>《旧时光》第八章｜父亲的铝饭盒</title></head><body>
<div class="set">⟦a 阅读设置：字号 背景 夜间⟧</div>
<div class="nav">⟦l ← 上一章　目录　下一章 →⟧</div>
<h2>⟦t 父亲的铝饭盒⟧</h2>
{BODY}
<p class="sign">⟦m 一九九八年写于簧原⟧</p>
<div class="nav">⟦l ← 上一章　目录　下一章 →⟧</div>
<div class="ft">⟦m 旧时光文集　作者：簧原老周⟧ ⟦d 版权所有，转载请联系作者⟧</div>
</body></html>
""",
        body="""
父亲在砖瓦厂上了二十年班，每天带一只铝饭盒。
饭盒是长方形的，盖子上用钉子刻着他的名字，边角磕得坑坑洼洼。
母亲天不亮就起来装饭，下面是米饭，上面压一层咸菜，有时候添一个荷包蛋。
父亲退休那天，把饭盒洗得干干净净，放进了碗柜最上层，再也没有用过。
""",
    ),
    dict(
        slug="university-canteen-own-lunchbox-discount",
        site="笃川职业技术学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.dczy.example.edu.cn/hqc/tzgg/2025/0410/2210.htm",
        title="关于学生自带饭盒就餐享受优惠的通知",
        record_title="关于学生自带饭盒就餐享受优惠的通知-后勤管理处-笃川职业技术学院",
        date="2025-04-10",
        notes="university department page: 发布时间 equals the signature date; a share bar; a footer with 邮编",
        page="""
!m 笃川职业技术学院 后勤管理处
!m 网站首页 | 部门概况 | 通知公告 | 餐饮服务 | 公寓管理
!m 当前位置：首页 > 通知公告
{T}
!m 发布时间：2025-04-10　作者：餐饮中心　浏览：[1136]
{BODY}
!l 分享：QQ好友 | 微信 | 微博
!m 版权所有 © 笃川职业技术学院后勤管理处　邮编：415900
""",
        body="""
各位同学：
为减少一次性餐盒使用，自4月14日起，学生在学校各食堂自带饭盒打包，每份饭菜优惠五角。
1.饭盒须为可重复使用的不锈钢或玻璃饭盒，清洁无异味。
2.打包时请向窗口工作人员出示饭盒，由工作人员直接盛装。
3.优惠在校园卡结算时自动扣减。
后勤管理处
2025年4月10日
""",
    ),
    dict(
        slug="exam-canteen-worker-skill-test-notice",
        site="簧原市人力资源考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hyrlks.example.gov.cn/news/2025/0526/8812.html",
        title="2025年上半年中式烹调师（学校食堂方向）技能等级认定考试安排",
        record_title="2025年上半年中式烹调师（学校食堂方向）技能等级认定考试安排_考试动态",
        date="2025-05-26",
        notes="exam site: a technical support line beside the exam office's 咨询电话; timetable; 下载准考证 as content",
        page="""
!m 簧原市人力资源考试网
!a 网上报名　准考证打印　成绩查询
!m 当前位置：首页 ＞ 考试动态
{T}
!m 发布日期：2025-05-26　来源：职业技能鉴定科
{BODY}
!m 系统技术咨询：0735-2109900（工作日）
!m 簧原市人力资源考试中心 主办
""",
        body="""
各有关单位、各考生：
现将2025年上半年中式烹调师（学校食堂方向）技能等级认定考试安排通知如下：
科目　日期　时间
理论知识　6月7日　9:00—10:30
操作技能　6月8日　8:30起分批进行
操作技能考核包括集体餐配餐、饭盒分装和餐具消毒等项目，考生须自备工作服。
请考生于6月3日起登录本网站下载准考证。
咨询电话：0735-2116072
簧原市职业技能鉴定中心
2025年5月26日
""",
    ),
    dict(
        slug="community-lunchbox-elderly-delivery",
        site="箩溪县文昌社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wenchang-sq.example.cn/gg/2025/1108.html",
        title="关于老年食堂开展送餐上门服务的通知",
        record_title="【社区公告】关于老年食堂开展送餐上门服务的通知",
        date="2025-11-08",
        notes="residents' site: the community hotline beside the canteen's own 订餐电话; a property notice line; placeholders for a sign-up form",
        page="""
!m 文昌社区 · 邻里一家亲
!a 扫一扫，加入社区居民群
!t 【社区公告】关于老年食堂开展送餐上门服务的通知
!m 社区居委会　2025-11-08　阅读 318
{BODY}
!l 居民评论（4）
!l 上一则：社区冬季消防安全提示
!m 社区服务热线：0734-6290112　物业24小时：0734-6290088
""",
        body="""
各位居民：
为方便行动不便的老年人就餐，社区老年食堂自11月15日起开展送餐上门服务。
一、服务对象：本社区七十五岁以上独居、空巢及失能老人。
二、送餐方式：午餐用保温饭盒由志愿者送达，饭盒次日上门回收，请老人不要另行清洗。
三、报名方法：到社区服务站填写登记表（姓名＿＿＿ 住址＿＿栋＿＿号），或由子女代为电话报名。
订餐电话：0734-6291530
文昌社区居委会
2025年11月8日
""",
    ),
    dict(
        slug="training-nutrition-lunchbox-course-html",
        site="营养师之家培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yysjia.example.com/course/bento.html",
        title="上班族营养便当制作周末班招生简章",
        record_title="上班族营养便当制作周末班招生简章（2025冬季班）",
        date="2025-11-20",
        notes="training page: price box, trial form, a float consult box with WeChat beside the school's own 报名电话; course table",
        page="""
<html><head><meta charset="utf-8"><title>上班族营养便当制作周末班招生简章（2025冬季班）</title></head><body>
<div class="hd">⟦m 营养师之家培训中心⟧ ⟦m 让每一餐都有营养⟧</div>
<div class="nav">⟦m 首页　课程介绍　师资团队　学员风采　在线报名⟧</div>
<h1>⟦t 上班族营养便当制作周末班招生简章⟧</h1>
<div class="price">⟦a 原价 ¥680　早鸟价 ¥480　立即抢位⟧</div>
{BODY}
<div class="form">⟦a 预约免费试听：手机号＿＿＿＿ 提交⟧</div>
<div class="float">⟦w 课程顾问微信 yys-home01⟧</div>
<div class="ft">⟦m 营养师之家培训中心 版权所有⟧</div>
</body></html>
""",
        body="""
带饭上班越来越普遍，但饭盒里的菜怎么搭配才营养、隔夜菜怎么装才安全？本课程手把手教你。
课程安排：
课次　内容
第一次　一周便当食谱设计与采购清单
第二次　饭盒分装、冷藏与加热要点
第三次　五款快手便当实操
上课时间：12月每周六下午，共三次。
报名电话：0735-2238016
营养师之家培训中心
2025年11月20日
""",
    ),
    dict(
        slug="wiki-qa-lunchbox-overnight-dishes",
        site="百问百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.baiwen-baike.example.com/wenda/22610.html",
        title="饭盒里的隔夜菜怎样存放才安全？",
        record_title="饭盒里的隔夜菜怎样存放才安全？_百问百科",
        date=None,
        notes="encyclopaedia Q&A: expert-review line, contents line, edit and update stamps (no date); numbered points; a relative time",
        page="""
!m 百问百科 · 权威知识问答
{T}
!m 本文由注册营养师 汪蕾 审核　更新于 5天前
!l 目录：1.存放方法 2.加热要点
{BODY}
!l 这个回答对您有帮助吗？有帮助 没帮助
!l 相关知识：不锈钢饭盒能放进微波炉吗？
!d 本内容仅作健康科普，不能代替医生诊断。
""",
        body="""
隔夜菜装进饭盒，关键是“快速冷却、低温保存、彻底加热”。
1.饭菜做好后，先把第二天要带的一份盛进干净饭盒，晾到不烫手就盖盖放进冰箱冷藏。
2.绿叶菜不宜做隔夜菜，可以选择根茎类蔬菜和肉类。
3.吃之前要加热到中心滚烫，加热一次后不要再反复存放。
""",
    ),
    dict(
        slug="print-view-canteen-tableware-rules-html",
        site="笃川县机关事务服务中心 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://jgsw.duchuan.example.gov.cn/print/3318.html",
        title="机关食堂餐具和自带饭盒清洗消毒管理规定",
        record_title="打印 - 机关食堂餐具和自带饭盒清洗消毒管理规定",
        date="2025-08-05",
        notes="print view in HTML: print and close buttons, a window.print() script, URL and print stamp lines, a print footer of my own",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 机关食堂餐具和自带饭盒清洗消毒管理规定</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a [ 打印 ]  [ 关闭 ]⟧</div>
<h2>⟦t 机关食堂餐具和自带饭盒清洗消毒管理规定⟧</h2>
<p class="meta">⟦m 笃川县机关事务服务中心　发布日期：2025-08-05⟧</p>
{BODY}
<p class="url">⟦m 原文链接：https://jgsw.duchuan.example.gov.cn/gzzd/3318.html⟧</p>
<p class="pt">⟦m 打印日期：2025年8月19日⟧</p>
<p class="pf">⟦p ┈ 1 ⁄ 1 ┈⟧</p>
</body></html>
""",
        body="""
第一条　为规范机关食堂餐具清洗消毒，预防食源性疾病，制定本规定。
第二条　公用餐具实行一餐一洗一消毒，消毒后存放在专用保洁柜内。
第三条　干部职工自带饭盒放入蒸饭柜前应自行洗净，食堂不负责清洗个人饭盒。
第四条　蒸饭柜每日下班前清理一次，每周五全面消毒。
第五条　本规定自印发之日起施行。
笃川县机关事务服务中心
2025年8月5日
""",
    ),
]
