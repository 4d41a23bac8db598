"""holdout189, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="assoc-wenju-html-bookend-pledge",
        site="翾湖市文具行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="proposal",
        form="html",
        source="http://www.xhwjxh.org.cn/xhdt/2025/0318/120.html",
        title="金属书立产品安全自律倡议书",
        record_title="【协会倡议】金属书立产品安全自律倡议书",
        date="2025-03-18",
        notes="association with member-login row; mailbox kept beside member hotline",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】金属书立产品安全自律倡议书</title></head>
<body>
<div class="login">⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="hd">⟦m 翾湖市文具行业协会⟧</div>
<nav>⟦m 首页 协会动态 行业标准 会员风采⟧</nav>
<h1>{T}</h1>
<div class="c">
{BODY}
</div>
<footer>⟦m 会员服务热线：0576-8871 6600⟧ ⟦d 翾湖市文具行业协会 版权所有⟧</footer>
</body></html>
""",
        body="""
全市文具生产企业：
近期有消费者反映，部分金属书立边缘未做卷边处理，儿童使用时易划伤手指。为此，协会倡议：
一、所有金属书立边缘一律卷边或包胶。
二、产品标注适用年龄和警示语。
三、发现质量问题主动召回，不推诿、不拖延。
倡议响应回执请发送至协会邮箱：xhwj_xh@126.com。
翾湖市文具行业协会
2025年3月18日
""",
    ),
    dict(
        slug="assoc-xiepin-text-shoerack-standard",
        site="瓴城家居用品协会 (invented)",
        style="行业协会",
        genre="说明",
        kind="report",
        form="text",
        source="http://www.lcjjxh.cn/bz/2025/07.html",
        title="《组合式鞋架》团体标准编制说明",
        record_title="【协会动态】《组合式鞋架》团体标准编制说明",
        date=None,
        notes="drafting note with decimal headings; no date",
        page="""
!m 瓴城家居用品协会 · 标准化工作
{T}
!m 栏目：团体标准　浏览：140
!a 征求意见稿下载（会员专享）
{BODY}
!m 协会秘书处：0571-86300455
!l 相关：《折叠晾衣架》团体标准立项公示
""",
        body="""
1 任务来源
1.1 本标准由瓴城家居用品协会提出并归口。
1.2 起草单位包括鞋架生产企业五家、检测机构一家。
2 主要技术内容
2.1 规定了组合式鞋架的承重、稳定性和连接件强度要求。
2.2 每层承重不低于10千克，满载后倾翻角不小于10度。
""",
    ),
    dict(
        slug="corp-hengjiu-html-shoerack-recall",
        site="恒久家具官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="announcement",
        form="html",
        source="https://www.hengjiu-jj.com/news/notice/2025-1102.html",
        title="关于主动召回部分批次折叠鞋架的公告",
        record_title="公司公告丨关于主动召回部分批次折叠鞋架的公告",
        date="2025-11-02",
        notes="company with online-service float; recall line beside 400 sales line; batch table",
        page="""
<html><head><meta charset="utf-8"><title>公司公告丨关于主动召回部分批次折叠鞋架的公告</title></head>
<body>
<div class="hd">⟦m 恒久家具⟧ ⟦m 用心做好每一件家具⟧</div>
<nav>⟦m 首页 产品中心 新闻中心 服务支持 关于恒久⟧</nav>
<h1>{T}</h1>
<div class="txt">
{BODY}
</div>
<div class="kefu">⟦w 在线客服⟧ ⟦w 订购热线 400-877-2626⟧</div>
<footer>⟦d © 瓴城恒久家具有限公司⟧ ⟦m 浙ICP备19007731号⟧</footer>
</body></html>
""",
        body="""
我公司在质量回访中发现，部分批次折叠鞋架的铰链铆钉存在松脱可能，为保障消费者安全，决定主动召回。
生产批次　生产日期　数量（件）
HJ2508A　2025年8月　1240
HJ2509B　2025年9月　860
请购买上述批次的用户停止使用，拨打召回专线0571-86312288预约上门更换。
瓴城恒久家具有限公司
2025年11月2日
""",
    ),
    dict(
        slug="corp-yinhe-text-deskcalendar-launch",
        site="银禾印刷官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.yinhe-print.cn/news/2025/09/66.html",
        title="银禾印刷推出秸秆纸环保台历",
        record_title="银禾印刷推出秸秆纸环保台历-银禾印刷",
        date="2025-09-05",
        notes="dotted company date in byline",
        page="""
!m 银禾印刷 | 专业印刷二十年
!m 首页 » 新闻动态 » 企业新闻
{T}
!m 2025.09.05　　来源：品牌部
{BODY}
!a 索取样品　在线报价
!m 电话：0576-8922 1888　地址：翾阳县印刷产业园8号
""",
        body="""
近日，银禾印刷推出以秸秆纸为内页的环保台历，纸张取材于本地稻麦秸秆。
与传统铜版纸台历相比，新品重量减轻三成，支架采用可拆卸的纸板结构，用完可整体回收。
目前已有十余家企业预订定制款。
""",
    ),
    dict(
        slug="training-qiaoshou-html-coaster-course",
        site="巧手匠心培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="brochure",
        form="html",
        source="https://www.qiaoshou-px.com/kc/2025/512.html",
        title="滴胶杯垫制作周末班招生简章",
        record_title="学员必看｜滴胶杯垫制作周末班招生简章（2025秋季班）",
        date=None,
        notes="training school with consult float and promo box; school's 报名电话 beside 400 line; course table",
        page="""
<html><head><meta charset="utf-8"><title>学员必看｜滴胶杯垫制作周末班招生简章（2025秋季班）</title></head>
<body>
<div class="hd">⟦m 巧手匠心培训学校⟧ ⟦m 人社部门备案职业培训机构⟧</div>
<div class="promo">⟦a 限时报名立减200元⟧</div>
<h1>{T}</h1>
<div class="c">
{BODY}
</div>
<div class="float">⟦w 咨询热线 400-116-5288⟧ ⟦a 立即报名⟧</div>
<footer>⟦d 最终解释权归本校所有⟧</footer>
</body></html>
""",
        body="""
课程安排：
周次　内容
第一周　滴胶配比与调色
第二周　干花、贝壳封装
第三周　脱模与打磨
学费：980元（含全部材料）。
报名电话：0577-88203316（教务处夏老师）。
""",
    ),
    dict(
        slug="training-bihua-text-deskcalendar-insight",
        site="笔画设计培训 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.bihua-sheji.com/xyxs/309.html",
        title="做完一本台历，我学会了排版",
        record_title="学员心声 | 做完一本台历，我学会了排版",
        date=None,
        notes="student insight; no date; promo chrome",
        page="""
!m 笔画设计培训 · 学员心声
{T}
!m 学员：唐苒（平面设计就业班）
{BODY}
!a 👉 预约免费试听课
!l 更多学员故事 >>
""",
        body="""
结业作品是一本十三页的台历，封面加十二个月。
一开始我以为台历就是放几张好看的图，真做起来才发现，日期格子、农历、节气、留白，每一样都要对齐。
老师让我们打印出来立在桌上看，很多问题在屏幕上根本看不出来。
""",
    ),
    dict(
        slug="app-bixia-text-rubberband-oneline",
        site="笔下APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.bixiaapp.com/share/essay/330718",
        title="橡胶制品车间2025年上半年工作总结",
        record_title="橡胶制品车间2025年上半年工作总结（精选）｜笔下APP",
        date="2025-07-04",
        notes="writing app share on one line; 成文日期 at end",
        page="""
!m 笔下APP · 打开App阅读全文
{T}
{BODY}
!a 在App内打开　|　复制全文需开通会员
!d 内容由用户创作，仅供参考
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
上半年，车间共生产各类橡皮筋、橡胶圈1860吨，完成年计划的52%。
一是推行小批量多色号排产，换色时间缩短四十分钟。
二是硫化工序加装温度自动记录，产品断裂率下降到0.3%。
下半年，车间将重点解决夏季粘连问题。
橡胶制品车间
2025年7月4日
""",
    ),
    dict(
        slug="app-wenxin-html-bookend-speech",
        site="文心写作 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.wenxinxz.cn/s/9921cc",
        title="在木工技能竞赛书立项目颁奖仪式上的致辞",
        record_title="在木工技能竞赛书立项目颁奖仪式上的致辞（通用版）｜文心写作",
        date="2025-10-26",
        notes="writing app H5 share; date under speech title",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>在木工技能竞赛书立项目颁奖仪式上的致辞（通用版）｜文心写作</title></head>
<body>
<div class="banner">⟦a 打开文心写作App，海量范文随心用⟧</div>
<h2>{T}</h2>
<p>（2025年10月26日）</p>
<div class="essay">
{BODY}
</div>
<div class="end">⟦a 剩余内容请在App内查看⟧ ⟦a 一键生成同类范文⟧</div>
<div class="ft">⟦d 文心写作 · AI辅助写作平台⟧</div>
</body></html>
""",
        body="""
各位选手、各位评委：
本次竞赛书立项目共有三十六名选手参赛，要求在三小时内用榫卯结构完成一对书立，不得使用钉子和胶水。
获奖作品结构严谨、打磨精细，体现了我县木工队伍的扎实功底。
希望大家把这份匠心带回车间，带给徒弟。
""",
    ),
    dict(
        slug="gkforum-shenlun-text-shoerack-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shangan-gk.com/thread-77120-1-1.html",
        title="从“楼道鞋架”看基层治理的温度",
        record_title="[申论范文]从“楼道鞋架”看基层治理的温度 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum with junk; no date",
        page="""
!m 上岸公考论坛 › 申论交流
!m 楼主：等风来2025　发表于 6 小时前
{T}
{BODY}
!a 回复本帖可见参考评分
!l 楼主其他帖子：大作文开头十二种写法
!m 上岸公考论坛 bbs.shangan-gk.com
""",
        junk=dict(lines=1, glued=2),
        body="""
楼道里一个小小的鞋架，折射的是基层治理的大学问。
一刀切地清理，楼道是干净了，群众却有怨气；放任不管，又埋下消防隐患。
有的社区上门量尺寸，为每户免费安装壁挂鞋架，既守住了安全底线，又照顾了群众需求。
基层治理的温度，就藏在这样的细节里。
""",
    ),
    dict(
        slug="gkforum-mianshi-html-coaster-question",
        site="考公驿站 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="qa",
        form="html",
        source="https://www.kaogongyz.com/forum/view/20518",
        title="单位会议室杯垫丢失，你作为行政人员怎么处理",
        record_title="[面试真题]单位会议室杯垫丢失，你作为行政人员怎么处理 - 考公驿站",
        date=None,
        notes="exam forum with jammer fonts; reply-to-see prompt",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题]单位会议室杯垫丢失，你作为行政人员怎么处理 - 考公驿站</title></head>
<body>
<div class="hd">⟦m 考公驿站⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="pt">⟦m 首页 › 面试交流⟧</div>
<h1>{T}</h1>
<div class="pi">⟦m 作者：岸边的鱼 · 3 天前⟧</div>
<div class="post">
{BODY}
</div>
<div class="hide">⟦a 本帖隐藏内容，回复后可见⟧</div>
<div class="ft">⟦d 考公驿站仅提供交流平台⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=1),
        body="""
参考答案：杯垫虽小，反映的是物品管理的漏洞。
首先，向会议室使用部门了解情况，核对近期会议登记。其次，及时补充杯垫，不影响下次会议使用。
最后，建立会议室物品清单，会后由专人清点，做到有借有还。
""",
    ),
]
