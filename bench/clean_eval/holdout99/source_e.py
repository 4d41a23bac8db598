"""holdout99, part E: associations, company sites, training schools, 范文 apps, exam forums.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="assoc-guoye-report-macadamia-html",
        site="南岭澳洲坚果产业协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://www.nlmacadamia.org.cn/xhdt/2025/0118/66.html",
        title="南岭澳洲坚果产业协会2024年工作报告",
        record_title="【协会动态】南岭澳洲坚果产业协会2024年工作报告",
        date="2025-01-16",
        notes="association site; a date under the report title; a data table; member login chrome",
        page="""
<html><head><meta charset="utf-8"><title>【协会动态】南岭澳洲坚果产业协会2024年工作报告</title></head><body>
<div class="t">⟦m 南岭澳洲坚果产业协会⟧ <a>⟦a 会员登录⟧</a> <a>⟦a 入会申请⟧</a></div>
<div class="n">⟦m 首页 | 协会简介 | 协会动态 | 技术服务 | 市场行情 | 会员风采⟧</div>
<div class="b">⟦m 首页 / 协会动态⟧</div>
<h1>{T}</h1>
<p class="c">——在协会第二届会员大会第三次会议上</p>
<p class="c">（2025年1月16日）</p>
{BODY}
<div class="s">⟦l 分享到：微信好友　朋友圈⟧</div>
<div class="foot">⟦m 协会秘书处电话：0776-3122586　邮箱：mishuchu@nlmacadamia.org.cn⟧ ⟦m 桂ICP备20011573号⟧</div>
</body></html>
""",
        body="""
各位会员代表：
我受协会理事会委托，向大会报告2024年工作，请予审议。
一、产业发展概况
2024年，全市澳洲坚果种植面积达到十八万亩，其中投产面积九万六千亩。主要指标如下：
指标　　2023年　　2024年
带壳果产量（吨）　　14200　　17600
加工企业（家）　　31　　36
产值（亿元）　　8.6　　10.9
二、主要工作
一是组织技术培训二十六场，培训果农三千余人次；二是牵头制定带壳果收购分级团体标准，减少了收购纠纷；三是组织会员企业参加两次全国性展会，签订意向订单四千余吨。
三、2025年工作安排
重点推进低产园改造、建设产地烘干中心，筹办首届澳洲坚果开杆节。
""",
    ),
    dict(
        slug="assoc-daijia-pledge-designated-driving",
        site="荣州代驾行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.rzdjxh.com/gg/2025/0428/19.html",
        title="荣州市代驾行业自律倡议书",
        date="2025-04-28",
        notes="association text page; numbered pledge; the document speaks of 下载/扫码; association hotline footer",
        page="""
!m 荣州代驾行业协会　　安全 · 规范 · 诚信
!m 协会首页　›　通知公告
{T}
!m 2025-04-28　|　秘书处　|　阅读 244
{BODY}
!l 附：已签署本倡议的会员企业名单（点击查看）
!m 协会地址：荣州市解放西路59号　投诉电话：0813-2120558
!d © 荣州代驾行业协会　转载请注明来源
""",
        body="""
全市各代驾企业、广大代驾司机：
代驾服务是保障“酒后不开车”的重要一环。为规范行业秩序，提升服务质量，协会向全体会员企业和代驾司机发出如下倡议：
一、持证上岗。代驾司机须持有三年以上驾龄的驾驶证，接单前通过企业背景审核，严禁无证或借用他人账号接单。
二、规范收费。严格按平台公示标准收费，不私下加价，不索要小费。
三、安全驾驶。不超速、不疲劳驾驶，服务中全程开启行程录音，确保客户和车辆安全。
四、文明服务。主动出示工牌，请客户扫码核验身份；引导客户下载正规平台客户端下单。
五、自觉接受监督。对客户投诉认真处理，及时反馈。
荣州代驾行业协会
2025年4月28日
""",
    ),
    dict(
        slug="company-anjian-notice-vehicle-inspection-html",
        site="安检通机动车检测有限公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.anjiantong.com/news/2025/0925/55.html",
        title="关于国庆期间机动车检测业务安排的公告",
        record_title="关于国庆期间机动车检测业务安排的公告_新闻公告_安检通机动车检测有限公司",
        record_date="2025-09-25",
        date="2025-09-25",
        notes="company site; the notice's booking sentence with 关注/预约 kept; sales and service lines; a table",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于国庆期间机动车检测业务安排的公告_新闻公告_安检通机动车检测有限公司</title></head><body>
<div class="hd">⟦m 安检通机动车检测　省级资质认定检验检测机构⟧ ⟦m 预约热线 0357-2260300⟧</div>
<div class="menu">⟦m 首页　关于我们　检测项目　办事指南　新闻公告　联系我们⟧</div>
<div class="loc">⟦m 首页 › 新闻公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2025-09-25　　浏览：1320⟧</div>
{BODY}
<div class="btns">⟦a 在线预约⟧ ⟦a 分享⟧</div>
<div class="foot">⟦m 地址：经开区检测园路6号　晋ICP备19004451号-1⟧ ⟦d 版权所有 © 2025 安检通⟧</div>
</body></html>
""",
        body="""
尊敬的车主朋友：
根据国庆节放假安排，现将我公司国庆期间检测业务安排公告如下：
日期　　营业安排
10月1日—10月3日　　暂停营业
10月4日—10月8日　　正常检测（8:30—17:00）
节前检测高峰期间，请车主合理安排时间。建议关注“安检通检测”公众号在线预约，预约车辆优先上线检测。
车辆检测需携带行驶证、交强险保单，非营运小型客车六年内免上线检测的，可直接在交管平台申领检验标志。
给您带来的不便，敬请谅解。
安检通机动车检测有限公司
2025年9月25日
""",
    ),
    dict(
        slug="company-huma-news-flax-oil",
        site="塞北胡麻油业有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.saibeihuma.com/xw/2025/1016/88.html",
        title="公司胡麻油冷榨生产线正式投产",
        record_title="公司胡麻油冷榨生产线正式投产 - 塞北胡麻油业",
        date="2025-10-16",
        notes="company news; a photo caption glued after a sentence; shop links and a sales hotline",
        page="""
!m 塞北胡麻油业　好油来自坝上
!m 首页　|　产品中心　|　新闻动态　|　品质溯源　|　在线商城
{T}
!m 发布时间：2025-10-16　　来源：企划部
{BODY}
!a 点击进入官方商城选购 ＞＞
!l 推荐产品：一级冷榨胡麻油 5L装　｜　亚麻籽粉 500g
!m 订购热线：400-6032-118　　冀ICP备17026514号
""",
        body="""
10月15日，公司新建的胡麻油冷榨生产线正式投产。该生产线总投资两千八百万元，年加工胡麻籽一万五千吨，可生产冷榨胡麻油四千吨。⟦m 图为新生产线投产现场。⟧
与传统热榨工艺相比，冷榨工艺压榨温度控制在六十度以下，能更好地保留胡麻油中的亚麻酸等营养成分，油品色泽更清亮。
新生产线投产后，公司将与周边三个乡镇的胡麻种植合作社签订订单，预计带动种植面积五万亩，户均增收两千元以上。
公司总经理表示，下一步将加快申报绿色食品认证，把坝上胡麻油打造成区域特色品牌。
""",
    ),
    dict(
        slug="training-anzuo-brochure-child-seat-html",
        site="安座儿童出行安全培训中心 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.anzuopx.com/kecheng/2025/azjz-03.html",
        title="儿童安全座椅安装指导员培训班招生简章",
        record_title="儿童安全座椅安装指导员培训班招生简章（2025第3期）",
        date=None,
        notes="training school page; price tag, trial-class form and testimonial chrome; enrolment line beside a 400 line; no date",
        page="""
<html><head><meta charset="utf-8"><title>儿童安全座椅安装指导员培训班招生简章（2025第3期）</title></head><body>
<div class="top">⟦m 安座培训　让每一次出行都更安全⟧ ⟦w 课程顾问 400-1066-725⟧</div>
<div class="nav">⟦m 首页　培训课程　师资团队　学员风采　报名咨询⟧</div>
<h1>{T}</h1>
<div class="price">⟦a 学费 ￥1980　早鸟价 ￥1680　立即抢位⟧</div>
{BODY}
<div class="form">⟦a 预约免费试听：姓名 ＿＿ 手机 ＿＿ 【提交】⟧</div>
<div class="say">⟦l 学员心声：“学完回去给店里的客户装座椅，心里有底了。”——第2期学员 唐女士⟧</div>
<div class="ft">⟦m 安座儿童出行安全培训中心　沪ICP备21033917号⟧</div>
</body></html>
""",
        body="""
一、培训对象
汽车销售门店、母婴店从业人员，社区安全宣传员，以及对儿童乘车安全感兴趣的家长。
二、培训内容
1. 儿童乘车安全基础知识和相关法规；
2. 不同年龄段儿童安全座椅的选择；
3. ISOFIX接口和安全带固定两种安装方式实操；
4. 常见安装错误的识别与纠正。
三、培训时间
共三天，理论一天、实操两天，每期限招二十人。
四、结业考核
理论和实操考核均合格者，颁发培训中心结业证书。
五、报名方式
报名电话：021-58921406（招生办）
""",
    ),
    dict(
        slug="training-luban-summary-e-waste",
        site="鲁班职业技能培训学校 (invented)",
        style="培训机构",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.lubanzypx.cn/xxdt/2025/0630/301.html",
        title="废弃电器电子产品拆解工技能培训班总结",
        date="2025-06-28",
        notes="training school text page; a course ad between paragraphs on a line of its own; a training data table",
        page="""
!m 鲁班职业技能培训学校　　人社部门认定培训机构
!m 首页 > 学校动态
{T}
!m 发布日期：2025-06-30　　点击：158
{BODY}
!a 👉 第4期电工、焊工培训火热报名中，点击了解
!m 学校地址：工业大道北段8号　招生咨询：0459-6638102
""",
        body="""
受市人社局委托，我校于2025年6月16日至6月27日举办废弃电器电子产品拆解工技能培训班，共培训学员四十八人，现将培训情况总结如下。
一、培训安排
课程　　课时
安全生产与环保法规　　12
电视机、冰箱拆解实操　　32
废电路板与含汞部件处置　　16
⟦a 🔥 考证包过班限时优惠，扫码咨询⟧
二、培训效果
经考核，四十五名学员取得拆解工职业技能等级证书，合格率百分之九十三点八。学员普遍反映实操课程贴近岗位需要。
三、改进方向
个别学员文化基础较弱，下期将增加辅导课时，并邀请企业技术骨干现场授课。
鲁班职业技能培训学校
2025年6月28日
""",
    ),
    dict(
        slug="fwapp-bixia-plan-blind-date-html",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="html",
        source="https://share.bixiashenghua.com/a/7713209",
        title="2025年“七夕相约·缘聚桃溪”青年交友联谊活动方案",
        record_title="2025年“七夕相约·缘聚桃溪”青年交友联谊活动方案｜笔下生花",
        date="2025-07-25",
        notes="app share page with a sticky open-app bar and a hidden-rest overlay; 成文日期",
        page="""
<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>2025年“七夕相约·缘聚桃溪”青年交友联谊活动方案｜笔下生花</title></head><body>
<div class="sticky">⟦a 打开笔下生花APP，一键生成同类方案⟧</div>
<div class="card"><h1>{T}</h1>
<div class="au">⟦m 文档达人·阿禾　收录于「活动方案」　1.2w阅读⟧</div>
{BODY}
</div>
<div class="mask">⟦a 展开剩余内容需在APP内查看⟧</div>
<div class="rec">⟦l 大家都在看：单身青年联谊活动主持词 / 工会交友活动总结⟧</div>
<div class="ft">⟦d 内容由创作者发布，笔下生花仅提供信息存储服务⟧</div>
</body></html>
""",
        body="""
为搭建单身青年交友平台，帮助适龄青年拓宽交友渠道，县总工会、团县委决定在七夕节期间举办青年交友联谊活动，特制定本方案。
一、活动时间：2025年8月29日（七夕）下午14:00—20:00。
二、活动地点：桃溪湿地公园游客中心。
三、参加对象：全县机关、企事业单位25至38周岁的单身青年，男女各六十名。
四、活动流程
1. 破冰游戏与自我介绍；
2. 湿地徒步“缘分寻宝”；
3. 七夕主题手作；
4. 晚餐与心动告白。
五、报名方式：以单位为单位报名，8月15日前报县总工会女职工部。
六、工作要求：各单位要做好宣传动员，尊重青年意愿，不下指标、不硬性摊派。
桃溪县总工会　共青团桃溪县委
2025年7月25日
""",
    ),
    dict(
        slug="fwapp-xiezuoxia-pledge-book-donation",
        site="写作侠 (invented app)",
        style="范文APP",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://m.xiezuoxia.cn/share/doc/1140882",
        title="“书香共享·爱心捐书”倡议书",
        record_title="“书香共享·爱心捐书”倡议书（精选2篇）",
        date=None,
        notes="app share text; decorated title; a template's ×× placeholders and 年 月 日 line; AI-rewrite chrome",
        page="""
!m 写作侠 · 你的AI写作助手
!a 打开APP　　下载
{T}
!m 范文 · 倡议书 · 已有3306人使用
!a ✨ AI一键改写　　📋 复制全文
{BODY}
!a — 第2篇需在写作侠APP中查看 —
!l 相关范文：图书漂流活动方案 | 读书月活动总结
!d 本范文由AI辅助生成并经人工编辑，仅供参考
""",
        body="""
亲爱的同学们、老师们：
一本好书，能点亮一个孩子的心灵。目前，我县山区还有不少村小图书室藏书少、书籍陈旧，孩子们课外读物严重不足。为此，我们发起“书香共享·爱心捐书”活动，倡议大家：
一、捐出一本好书。把自己读过的、内容健康、八成新以上的课外书捐给山区孩子，教材、教辅和过期期刊请勿捐赠。
二、写下一句寄语。在书的扉页写下给小读者的一句话，让书香传递温暖。
三、做一次志愿者。欢迎同学们报名参加图书分拣和送书下乡活动。
捐书时间：××月××日至××月××日
捐书地点：××学校图书馆一楼大厅
××学校团委
年　月　日
""",
    ),
    dict(
        slug="examforum-shangan-essay-book-club",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="text",
        source="http://bbs.shangan8.com/thread-553017-1-1.html",
        title="如果让你组织单位青年读书会，你会怎么做？",
        record_title="[面试真题] 如果让你组织单位青年读书会，你会怎么做？（附高分答案）",
        date="2025-03-27",
        notes="exam forum post; a model answer; glued VIP-course ad; post date as page date",
        page="""
!m 上岸吧公考论坛 › 面试交流 › 结构化真题
[面试真题] 如果让你组织单位青年读书会，你会怎么做？（附高分答案）
!m 楼主：稳上岸　　发表于 2025-3-27 21:40　　查看 2204　回复 31
!d 本帖题目来源于考生回忆，仅供交流
{BODY}
!l 沙发：感谢楼主，第二点很有启发
!l 板凳：求更多组织协调类题目
!a 回复　　收藏　　分享
!m Powered by Discuz! © 上岸吧
""",
        body="""
答：组织青年读书会，既能帮助青年干部提升理论素养和业务能力，也能增进同事之间的交流。我会从以下几个方面做好组织工作。
第一，做好前期调研。通过问卷和座谈了解青年同事的阅读兴趣和时间安排，结合单位业务确定书目，兼顾理论、业务和人文三类书籍。
第二，制定活动方案。明确每月一次集中交流、每次一本书、每人轮流领读的形式，方案报领导审定后实施。⟦a 想要更多高分模板？VIP面试班限时报名中⟧
第三，创新活动形式。除了分享读书心得，还可以组织主题辩论、读书笔记展评，邀请单位老同志讲述读书故事。
第四，注重总结提升。每次活动后整理读书纪要，年底评选“读书之星”，把好的做法固化下来，让读书会长期办下去。
""",
    ),
    dict(
        slug="examforum-gongkaoquan-essay-sandstorm-html",
        site="公考圈 (invented)",
        style="公考论坛",
        genre="其他",
        kind="other",
        form="html",
        source="https://www.gongkaoquan.net/forum/thread-88192.html",
        title="筑牢绿色屏障　共御漫天风沙",
        record_title="【申论范文】筑牢绿色屏障　共御漫天风沙（附点评） - 申论写作 - 公考圈",
        date="2025-04-09",
        notes="Discuz-like exam forum with jammer fonts; a teacher's comment box; post date as page date",
        page="""
<html><head><meta charset="utf-8"><title>【申论范文】筑牢绿色屏障　共御漫天风沙（附点评） - 申论写作 - 公考圈</title></head><body>
<div id="hd">⟦m 公考圈 — 一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 公考圈 › 申论写作 › 范文赏析⟧</div>
<div class="authi">⟦m 申论老周　发表于 2025-4-9 19:26⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="comment">⟦l 【老师点评】立意准确，结构清晰，第三段论证可再补充数据。⟧</div>
<div class="po">⟦a 点赞 收藏 回复⟧</div>
<div id="ft">⟦m 公考圈 Archiver 手机版⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
每到春季，沙尘天气总会如期而至，遮天蔽日的黄沙不仅影响群众出行和健康，也给农业生产带来损失。防治沙尘暴，是一场需要久久为功的持久战。
防治沙尘暴，首先要守住源头。北方沙区植被稀疏、土壤裸露，是沙尘的主要来源。只有坚持植树种草、封沙育林，让沙地重新披上绿装，才能从根本上减少起沙。
防治沙尘暴，还要依靠科技。卫星遥感监测、沙障新材料、耐旱树种选育，都让治沙更精准、更高效。
防治沙尘暴，更需要全民参与。从义务植树到“互联网+全民义务植树”，每个人都可以为绿色屏障添一份力。
风沙无情，人心可筑。只要我们持之以恒，终能把漫天黄沙挡在身后。
""",
    ),
]
