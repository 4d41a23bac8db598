"""holdout194, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛 (one HTML, one text each).

Invented text, sites, places and people. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="assoc-naizhou-hardware-screwdriver-pledge",
        site="鼐州市五金工具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.nzwjxh.org.cn/xhdt/2025/0322/318.html",
        title="关于诚信生产、杜绝劣质螺丝刀流入市场的倡议书",
        record_title="〖倡议〗关于诚信生产、杜绝劣质螺丝刀流入市场的倡议书_鼐州市五金工具行业协会",
        date="2025-03-20",
        date_also=["2025-03-22"],
        notes="association site with a member-login row and a member hotline; the 发布时间 differs from the signature date; the association's own 联系电话/邮箱 in the body; a 'join the association' line between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖倡议〗关于诚信生产、杜绝劣质螺丝刀流入市场的倡议书_鼐州市五金工具行业协会</title></head>
<body>
<div class="xh-top">⟦m 鼐州市五金工具行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧ ⟦m 会员服务热线：0597-3352100⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　行业标准　会员风采　联系我们⟧</div>
<div class="xh-loc">⟦m 当前位置：协会动态⟧</div>
<h2>{T}</h2>
<div class="xh-meta">⟦m 发布时间：2025-03-22　阅读：198⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-side"><h4>⟦l 近期会务⟧</h4><p>⟦l 协会召开第二届第四次理事会⟧</p><p>⟦l 五金工具质量提升培训班开班⟧</p></div>
<div class="xh-ft">⟦m 鼐州市五金工具行业协会 版权所有　闽ICP备20031145号⟧</div>
</body></html>
""",
        body="""
全市五金工具生产企业：
近期市场监管部门抽查发现，部分螺丝刀产品存在刀杆硬度不足、绝缘手柄耐压不达标等问题，损害了消费者权益，也影响了我市五金工具的整体声誉。为此，协会向全体会员企业发出如下倡议：
一、严守质量底线。严格按照国家标准组织生产，刀杆材料、热处理硬度、绝缘耐压等关键指标逐批检验，不合格产品一律不得出厂。
二、诚信标识产品。如实标注材质、规格、厂名厂址，不虚标“S2”“铬钒钢”等材质，不冒用他人商标。
⟦a 还不是会员？点击申请加入协会，享受检测费用八折优惠⟧
三、主动接受监督。欢迎消费者和同行对会员企业产品质量进行监督，发现问题可向协会反映。
联系电话：0597-3352108　邮箱：nzwjxh@126.com
鼐州市五金工具行业协会
2025年3月20日
""",
    ),
    dict(
        slug="assoc-boujiang-boat-lifejacket-council-minutes",
        site="瓿江县游船行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.bjycxh.cn/gonggao/2025-03-16.html",
        title="关于统一游船救生衣配置标准的理事会会议纪要",
        record_title="关于统一游船救生衣配置标准的理事会会议纪要 - 协会公告 - 瓿江县游船行业协会",
        date="2025-03-14",
        notes="association text page: minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count stay in the body; the 时间 line gives the date; a member-login row and a member hotline in the chrome",
        page="""
!m 瓿江县游船行业协会
!a 会员登录　　入会指南
!m 首页 ＞ 协会公告
{T}
!m 发布：协会秘书处　　2025-03-16　　浏览 96
{BODY}
!m 协会会员服务热线：0716-3227719
!d 本站内容为协会内部信息公开，转载请注明来源。
""",
        date_also=["2025-03-16"],
        body="""
时间：2025年3月14日上午9:30
地点：协会会议室
主持：会长 喻长河
出席：理事单位代表11人
列席：县水上交通安全监督站 许敏
记录：秘书处 陶然
会议围绕今年旅游旺季前统一游船救生衣配置标准进行了讨论，形成如下意见：
一、会员单位所有游船按核定载客量的110%配置成人救生衣，儿童救生衣不少于载客量的20%。
二、救生衣统一采用橙色并印制船名编号，4月30日前配置到位。
三、协会秘书处会同县水上交通安全监督站在5月上旬开展一次联合检查。
表决结果：应到理事11人，实到11人，同意11票，反对0票，弃权0票，以上意见获得通过。
""",
    ),
    dict(
        slug="corp-anjia-powerstrip-recall-400",
        site="鼐州市安佳电工器材有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.anjia-dg.com/news/notice/20250718.html",
        title="关于召回部分批次八位总控插线板的公告",
        record_title="关于召回部分批次八位总控插线板的公告 - 新闻中心 - 安佳电工",
        record_date="2025-07-18",
        date="2025-07-18",
        notes="company site with a cookie notice and an online-service float; the recall's own 召回专线 in the body beside the company's 400 sales line; recalled batches as a table one row a paragraph; date from the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于召回部分批次八位总控插线板的公告 - 新闻中心 - 安佳电工</title></head>
<body>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ ⟦a 我知道了⟧</div>
<header>⟦m 安佳电工 ANJIA⟧ ⟦m 销售热线：400-808-3656⟧</header>
<nav>⟦m 首页　产品中心　新闻中心　服务支持　关于安佳⟧</nav>
<div class="loc">⟦m 首页 / 新闻中心 / 公司公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025-07-18　浏览：1,392⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="float-kf">⟦w 在线客服⟧ ⟦w 微信咨询⟧ ⟦a 回到顶部⟧</div>
<footer>⟦m © 2025 鼐州市安佳电工器材有限公司　闽ICP备18027713号-1⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
经我公司自查发现，部分批次AJ-8K八位总控插线板因内部铜片铆接不良，长期大电流使用时可能出现局部过热，存在安全隐患。为保障用户安全，我公司决定召回以下批次产品：
产品型号　生产批号　生产日期　数量
AJ-8K　20250312　2025年3月12日　2,400个
AJ-8K　20250319　2025年3月19日　2,160个
请购买了上述批次产品的用户立即停止使用，凭产品或购物凭证到原购买门店免费更换新品，也可拨打召回专线预约上门更换。
召回专线：0597-3390815（每日8:00—20:00）
给您带来的不便，我们深表歉意。
鼐州市安佳电工器材有限公司
2025年7月18日
""",
    ),
    dict(
        slug="corp-kangning-pillbox-launch-news",
        site="康宁日用塑料制品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.kangning-plastic.cn/news/2025/1105.html",
        title="我公司大字版七日分药盒正式上市",
        record_title="公司新闻｜我公司大字版七日分药盒正式上市",
        date="2025-11-05",
        notes="company text page: a dotted company date line as the page's date; a product-ad line between paragraphs; online-service and 400 lines in the chrome",
        page="""
!m 康宁日塑 · 用心做好每一件日用品
!m 首页　|　产品展示　|　新闻动态　|　联系我们
!m 新闻动态 > 公司新闻
{T}
!m 2025.11.05　　来源：市场部　　浏览：211
{BODY}
!l 上一条：公司通过ISO 9001质量管理体系复审
!l 下一条：康宁日塑参加第十届日用品博览会
!w 订购热线：400-655-7020　在线客服：工作日 9:00—18:00
!m 康宁日用塑料制品有限公司　地址：鬲浦县工业园创业大道8号
""",
        body="""
11月5日，我公司新研发的大字版七日分药盒正式上市。该产品针对老年用户视力下降、手部力量弱的特点设计，每格盒盖上的星期和早、中、晚标识字高达到8毫米，并采用黄、蓝、红三种颜色区分时段。
⟦a 点击进入产品中心，查看大字版分药盒详细参数⟧
在研发过程中，公司走访了鬲浦县5家养老机构，请80多位老人试用样品，根据他们的意见三次调整盒盖开合力度，让老人用一根手指就能轻松打开。
公司市场部负责人表示，今后将继续围绕老年人的日常需求开发适老化产品。
""",
    ),
    dict(
        slug="training-jianggong-electrician-brochure-float",
        site="匠工职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jianggongpx.com/zhaosheng/dgrm-2025qiu.html",
        title="2025年秋季家庭电工入门实操班招生简章",
        record_title="【秋季班报名通道已开启】2025年秋季家庭电工入门实操班招生简章｜匠工职业培训学校",
        date=None,
        notes="training school with a promo banner and a floating consult box; the school's own 报名电话 in the body beside a 400 line in the chrome; a numbered list; a brochure has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【秋季班报名通道已开启】2025年秋季家庭电工入门实操班招生简章｜匠工职业培训学校</title></head>
<body>
<div class="promo">⟦a 限时福利：两人同报各减200元，点击领取优惠券⟧</div>
<div class="hd">⟦m 匠工职业培训学校⟧ ⟦m 全国统一咨询：400-098-6611⟧</div>
<div class="nav">⟦m 首页　课程设置　师资力量　学员风采　在线报名⟧</div>
<div class="loc">⟦m 首页 » 招生简章⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 招生老师：符老师　浏览：1,027⟧</div>
<div class="txt">
{BODY}
</div>
<div class="apply">⟦a 立即报名　预约试听⟧</div>
<div class="float">⟦w 在线咨询⟧<br>⟦w 微信：jg_peixun⟧<br>⟦a 领取课程资料⟧</div>
<div class="ft">⟦m 匠工职业培训学校　办学许可证号：教民1405216000203号⟧</div>
</body></html>
""",
        body="""
家里的插座松了、灯不亮了，不用再等师傅上门。匠工职业培训学校开设家庭电工入门实操班，零基础也能学会。
一、课程内容
1. 安全用电常识与触电急救；
2. 螺丝刀、试电笔、万用表等常用工具的正确使用；
3. 更换插座、开关、灯具和排查跳闸故障。
二、开课安排：每周六、周日上午，共8次课，每班限12人。
三、学费：980元（含工具包一套，内有绝缘螺丝刀、试电笔、剥线钳）。
四、报名地点：耘川县文昌路56号匠工学校二楼。
报名电话：0739-8829066　联系人：符老师
""",
    ),
    dict(
        slug="training-langli-lifeguard-trainee-insight",
        site="浪里白条游泳培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.langlibaitiao.cn/xueyuan/xinsheng/0612.html",
        title="第一次穿着救生衣跳进深水区",
        record_title="学员心声 ▏第一次穿着救生衣跳进深水区 - 浪里白条游泳培训中心",
        date=None,
        notes="training-school text page: a trial-lesson prompt on a line of its own between paragraphs and an enrol prompt at the bottom; a trainee's insight without a date (3 个月前 is no date)",
        page="""
!m 浪里白条游泳培训中心
!m 首页 · 课程 · 教练 · 学员心声 · 联系我们
{T}
!m 学员：瓞田镇 柴小晴　　发布于 3 个月前
{BODY}
!a 👉 报名救生员培训班，请点击下方“预约体验课”
!w 咨询电话：0766-5590128　　微信：langli_swim
!l 更多学员心声：四十岁学会换气｜带女儿一起学蛙泳
""",
        body="""
报名救生员培训班之前，我最怕的就是深水区。第一节实操课，教练让我们穿好救生衣，从三米深的池边跳下去。
我站在池边犹豫了很久，教练先帮我检查了一遍：胸前的三个扣子扣好，腰带拉紧，再把救生衣往上提一提，确认不会从头上滑脱。
⟦a 免费体验课名额仅剩5个，点击预约⟧
“双手抱在胸前，眼睛看前方，直接跳。”我闭着眼跳了下去，只沉下去一瞬间，就被救生衣稳稳托了上来。
那一刻我明白了，救生衣穿对了，人就不会慌。以后当了救生员，我也要先教会别人正确地穿救生衣。
""",
    ),
    dict(
        slug="fanwenapp-bixia-leash-pledge-template-blanks",
        site="笔下范文App (invented, H5 share page)",
        style="范文APP",
        genre="承诺书",
        kind="other",
        form="html",
        source="https://h5.bixiafanwen.com/share/doc/8842117?from=wx",
        title="养犬人文明养犬承诺书",
        record_title="养犬人文明养犬承诺书（通用模板可打印）· 笔下范文App",
        date=None,
        notes="writing app's H5 share with an open-app mask and an AI-rewrite button glued after a 。; a template with ＿＿年＿＿月＿＿日 blanks and ×× placeholders has no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>养犬人文明养犬承诺书（通用模板可打印）· 笔下范文App</title></head>
<body>
<div class="open-app">⟦a 打开笔下范文App，阅读全文更流畅⟧ ⟦a 立即打开⟧</div>
<div class="h5-head">⟦m 笔下范文⟧ <span>⟦m 模板 · 承诺书⟧</span></div>
<h1>{T}</h1>
<div class="h5-meta">⟦m 3.2万人使用过　｜　已收藏 865⟧</div>
<div class="h5-body">
{BODY}
</div>
<div class="h5-ops">⟦a 一键套用　复制全文　导出Word⟧</div>
<div class="h5-more">⟦l 相关模板：犬只登记申请表　｜　宠物寄养协议⟧</div>
<div class="h5-ft">⟦d 模板内容由用户创作，仅供参考。⟧</div>
</body></html>
""",
        body="""
本人＿＿＿＿，住＿＿＿＿小区＿＿栋＿＿室，饲养犬只＿＿只（犬名：××，品种：××）。为文明养犬、和睦邻里，本人郑重承诺：
一、依法为犬只办理登记，按时接种狂犬病疫苗。⟦a ✦AI帮你改写这一段⟧
二、携犬出户时为犬只束好牵引绳，牵引绳长度不超过1.5米，由具有完全民事行为能力的人牵领。
三、及时清理犬只粪便，不在电梯、楼道等公共区域留下污物。
四、犬只造成他人损害的，依法承担赔偿责任。
承诺人（签字）：＿＿＿＿
联系电话：＿＿＿＿＿＿＿＿
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="fanwenapp-xiaogao-speech-powerstrip-flag",
        site="小稿App (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.xiaogaoapp.cn/s/doc/30715",
        title="安全用电，从用好一个插线板做起",
        record_title="安全用电，从用好一个插线板做起（国旗下讲话）- 小稿App",
        date="2025-03-10",
        notes="writing-app text share: a speaker line and a date line under the title (neutral; the date is the speech's); an open-in-app prompt and an AI button glued after a 。",
        page="""
!m 小稿App · 写稿不求人
!a 在App内打开　　下载App
!m 国旗下讲话 / 安全教育
{T}
八年级（3）班　程思雨
（2025年3月10日）
{BODY}
!a 复制全文　　导出Word　　生成PPT
!l 你可能还需要：防溺水国旗下讲话　｜　消防安全演讲稿
!d 本内容由用户上传，如有侵权请联系客服处理
""",
        body="""
老师们，同学们：
大家早上好！今天我国旗下讲话的题目是《安全用电，从用好一个插线板做起》。
上个月，我家楼下的一户人家因为插线板串接使用，引发了火灾，幸好发现及时，没有人员受伤。消防员叔叔说，很多家庭火灾都是从一个小小的插线板开始的。⟦a 用AI续写⟧
同学们，插线板不要一个插一个地串着用；不要把插线板放在床上、被子里；手机充满电后，要记得拔下充电器。回家以后，也请大家把这些常识讲给爸爸妈妈听。
安全用电，从我做起，从用好一个插线板做起。谢谢大家！
""",
    ),
    dict(
        slug="gkforum-shangan-interview-park-dogs-hidden",
        site="上岸公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="https://bbs.shanganGK.com/thread-208177-1-1.html",
        title="有人提议公园全面禁止携犬入内，你怎么看？",
        record_title="[面试真题] 有人提议公园全面禁止携犬入内，你怎么看？（附高分思路） - 面试交流 - 上岸公考论坛",
        date=None,
        notes="exam forum with a reply-to-see prompt, a rating row and jammer fonts; a model answer without a date",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 有人提议公园全面禁止携犬入内，你怎么看？（附高分思路） - 面试交流 - 上岸公考论坛</title></head>
<body>
<div id="hd">⟦m 上岸公考论坛 — 一起上岸⟧ ⟦a 登录　注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 面试交流 › 结构化面试⟧</div>
<h1>⟦m [面试真题]⟧ {T} ⟦m （附高分思路）⟧</h1>
<div class="authi">⟦m 楼主：面试上岸ing　发表于 2 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容：更多高分答题模板，回复本帖后可见⟧</div>
<div class="rate">⟦a 评分　参与人数 23　威望 +46⟧</div>
<div class="po">⟦a 回复　收藏　分享⟧</div>
<div class="ft">⟦m 上岸公考论坛　京ICP备20045112号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
【题目】近年来，不少市民带犬进入公园，引发了一些矛盾。有人提议公园全面禁止携犬入内，你怎么看？
【参考答案】我认为全面禁止的做法过于简单，应当在规范管理的基础上寻求平衡。
首先，提议的出发点可以理解。部分养犬人不拴牵引绳、不清理粪便，确实影响了其他游客，尤其是老人和儿童的安全。
其次，“一禁了之”不可取。公园是公共空间，养犬人也有合理的休闲需求，简单禁止容易激化矛盾。
再次，可以采取分区分时管理。设置宠物友好区，明确携犬必须拴绳、及时清理粪便，加强巡查和处罚，同时发挥志愿者的劝导作用。
""",
    ),
    dict(
        slug="gkforum-gongkaoquan-essay-pillbox-junk",
        site="公考圈论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://www.gongkaoquan.com/forum/viewthread/118430",
        title="小药盒里的大民生",
        record_title="[申论范文] 小药盒里的大民生 - 申论写作 - 公考圈论坛",
        date=None,
        notes="exam-forum text: a 申论 essay with forum junk lines and glued runs; floors, a signature and a course ad below; no date",
        page="""
!m 公考圈论坛　|　申论写作
!m 论坛 › 申论写作 › 范文赏析
!t [申论范文] 小药盒里的大民生
!m 楼主　申论小白菜　　发表于 昨天 22:31　　查看 1566　　回复 42
{BODY}
!m 签名：每天一篇范文，上岸不是梦
!l 2楼　上岸冲冲冲：第二段的例子很好，收藏了
!l 3楼　考公第三年：结尾可以再升华一下
!w 申论一对一批改，加微信 sl_pigai88 领取试听课
""",
        junk=dict(lines=1, glued=2),
        body="""
一个七格的分药盒，价格不过十几元，却连着老年人的健康，也连着基层治理的温度。
在一些地方，家庭医生上门为独居老人分装药品，党员志愿者每周入户检查服药情况。这些看似微小的服务，解决的是老人“记不住、分不清、吃错药”的现实难题。
然而也要看到，类似的服务还存在覆盖面不广、持续性不强等问题。有的活动“一阵风”，药盒发了，后续却无人跟进；有的地方只重发放数量，不重使用效果。
让小药盒发挥大作用，关键在于把服务做成常态。要把用药指导纳入家庭医生签约服务，把上门分药纳入志愿服务体系，让关爱真正落到老人的日常生活中。
""",
    ),
]
