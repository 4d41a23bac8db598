"""holdout173, part E: garbage bags (垃圾袋) — a memoir, a Party pledge, a hospital waste rule,
a campus survey, a county forum, a download, an exam question, a tender, a lawyer, residents. Invented."""

CASES = [
    dict(
        slug="collection-lajidai-mother-folds",
        site="慢读文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="https://www.mandu-wj.example.com/read/3310/ch12.html",
        title="母亲叠的垃圾袋",
        record_title="母亲叠的垃圾袋_慢读文集",
        date=None,
        notes="collection reader with font and night-mode controls; chapter nav; no date",
        page="""
<html><head><meta charset="utf-8"><title>母亲叠的垃圾袋_慢读文集</title></head><body>
<div class="bar">⟦m 慢读文集⟧ ⟦a 字体 A- A+　背景　夜间⟧</div>
<div class="bk">⟦m 《灶台边》 作者：温如意 · 第十二篇⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pg">⟦l ← 上一篇　目录　下一篇 →⟧</div>
<div class="ft">⟦d 本作品由作者授权发布，转载请联系作者。⟧</div>
</body></html>
""",
        body="""
母亲有个习惯，买菜带回来的塑料袋，从不随手扔掉。她把袋子抚平，对折，再对折，叠成一个小小的三角形，塞进厨房门后挂着的布兜里。
那个布兜，就是我们家的“垃圾袋仓库”。家里从没买过一卷垃圾袋，倒垃圾时，从布兜里抽出一个三角，抖开，正好套在纸篓上。
后来小区开始垃圾分类，要用可降解的垃圾袋，母亲的布兜慢慢空了。可她还是会把新买的垃圾袋一只只撕开，叠成三角，整整齐齐码在布兜里。
""",
    ),
    dict(
        slug="party-lajidai-branch-pledge",
        site="澄江党建网 (invented)",
        style="党建网",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.chengjiangdj.example.gov.cn/jcdj/2025/0603/4471.html",
        title="机关党员带头做好垃圾分类倡议书",
        record_title="机关党员带头做好垃圾分类倡议书",
        date="2025-06-03",
        notes="Party-building portal; study-points line; date at the end",
        page="""
!m 澄江党建网　｜　首页　党建要闻　机关党建　基层党建　学习园地
!m 位置：首页 ＞ 机关党建
{T}
!m 来源：县直机关工委　作者：宣传科
{BODY}
!a 本文学习时长满1分钟可获积分
!l 相关文章：县直机关开展“垃圾不落地”志愿服务
!d 中共澄江县委组织部主办　版权所有
""",
        body="""
县直机关全体党员同志：
垃圾分类是新时尚，也是文明城市创建的重要内容。为此，县直机关工委向全体党员发出如下倡议：
一是带头学习分类知识，做到厨余垃圾、可回收物、有害垃圾和其他垃圾分得清、投得准。
二是带头减少一次性用品，办公室少用一次性纸杯，家中垃圾袋尽量选择可降解材质，不过度使用。
三是带头参与社区志愿服务，利用周末到居住小区垃圾投放点开展桶边督导。
中共澄江县直属机关工作委员会
2025年6月3日
""",
    ),
    dict(
        slug="hospital-lajidai-medical-waste-bags",
        site="澄江县中医医院 (invented)",
        style="医院官网",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.cjzyy.example.com/zdgl/gkzd/2025/0120/77.html",
        title="医疗废物包装袋使用管理规定",
        record_title="医疗废物包装袋使用管理规定-澄江县中医医院",
        date="2025-01-20",
        notes="hospital with booking float; decimal headings; colour table kept",
        page="""
<html><head><meta charset="utf-8"><title>医疗废物包装袋使用管理规定-澄江县中医医院</title></head><body>
<div class="top">⟦m 澄江县中医医院　大医精诚 仁心仁术⟧</div>
<div class="nav">⟦m 首页 | 医院概况 | 科室设置 | 护理园地 | 院感专栏⟧</div>
<div class="loc">⟦m 当前位置：院感专栏 &gt;&gt; 管理制度⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 发布：院感科　日期：2025-01-20　浏览：203次⟧</div>
{BODY}
<div class="yy">⟦w 网上预约挂号　24小时服务热线 0738-7720120⟧</div>
<div class="ft">⟦d 澄江县中医医院 版权所有 ©2025⟧</div>
</body></html>
""",
        body="""
1 目的
规范医疗废物和生活垃圾包装袋的使用，防止混装、错装。
2 包装袋颜色
类别　包装袋颜色　适用范围
感染性废物　黄色　被患者血液、体液污染的物品
生活垃圾　黑色　办公区、病区非医疗废物
可回收物　蓝色　未被污染的输液瓶、纸箱
3 使用要求
3.1 包装袋盛装医疗废物达到四分之三时，应当使用有效的封口方式封口。
3.2 严禁将医疗废物装入黑色生活垃圾袋。
""",
    ),
    dict(
        slug="univ-lajidai-campus-survey",
        site="澄江师范学院后勤处 (invented)",
        style="高校官网",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://hqc.cjsfxy.example.edu.cn/info/1033/2290.htm",
        title="学生宿舍垃圾袋使用情况调查报告",
        record_title="学生宿舍垃圾袋使用情况调查报告-后勤处",
        date="2025-11-14",
        notes="university sub-site; 发布时间 line gives the page date; prev/next",
        page="""
!m 澄江师范学院后勤处
!m 首页 / 后勤动态 / 调研报告
{T}
!m 发布时间：2025-11-14　作者：后勤处 学生宿舍管理科　阅读：338
{BODY}
!l 上一条：冬季宿舍用电安全提醒
!l 下一条：食堂满意度测评结果公布
!d Copyright © 澄江师范学院后勤处
""",
        body="""
为推进绿色校园建设，后勤处于10月对全校学生宿舍垃圾袋使用情况进行了问卷调查，共回收有效问卷一千零六十份。
调查显示，百分之六十三的宿舍每天至少使用两只垃圾袋，百分之二十一的宿舍使用外卖包装袋代替垃圾袋。
学生对校园超市出售的可降解垃圾袋认可度较高，但认为价格偏贵。
建议每学期向每间宿舍免费发放一卷可降解垃圾袋，并在宿舍楼设置分类投放点和督导员。
""",
    ),
    dict(
        slug="localforum-lajidai-bag-price",
        site="澄江论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.chengjiang.example.com/t/88120.html",
        title="小区物业每户每月发垃圾袋，结果一半都漏，大家的也这样吗",
        record_title=None,
        date=None,
        notes="county forum with jammer junk; relative time no date; replies",
        junk=dict(lines=2, glued=2),
        page="""
!m 澄江论坛　>　民生杂谈
!m [求助]
{T}
!m 作者：青石板路　时间：半小时前　楼主
{BODY}
!l 支持 回复 举报
!m 沙发 | 水岸人家 | 20分钟前
!l 这个要找物业问问是哪家买的
!a 登录后才能发表回复 立即登录
""",
        body="""
我们小区物业今年开始每户每月发一卷垃圾袋，本来是件好事。
可是这批垃圾袋薄得像纸一样，装点厨余垃圾，提起来就从底下漏了，楼道里弄得到处都是汤水。
我跟邻居聊了一下，好几家都是这样，现在只能两个袋子套在一起用。
想问问大家小区发的垃圾袋质量怎么样？这种情况跟物业反映有用吗？
""",
    ),
    dict(
        slug="download-lajidai-class-meeting",
        site="育才资源网 (invented)",
        style="资料下载站",
        genre="教案",
        kind="other",
        form="html",
        source="http://www.yucaizy.example.com/down/2025/41276.html",
        title="垃圾分类主题班会教案",
        record_title="垃圾分类主题班会教案.docx",
        date=None,
        notes="old ASP download station with file-info table and three links; file-name title; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>垃圾分类主题班会教案.docx_育才资源网</title></head><body>
<table width="970"><tr><td>⟦m 育才资源网 —— 中小学教学资源免费下载⟧</td></tr>
<tr><td>⟦m 首页 | 教案 | 课件 | 试题 | 班会⟧</td></tr></table>
<table border="1" width="970">
<tr><td>⟦m 文件名称⟧</td><td>⟦t 垃圾分类主题班会教案.docx⟧</td></tr>
<tr><td>⟦m 文件大小⟧</td><td>⟦m 39.5KB⟧</td></tr>
<tr><td>⟦m 下载次数⟧</td><td>⟦m 本周 77　总计 2861⟧</td></tr>
<tr><td>⟦m 资源评价⟧</td><td>⟦m ★★★★☆⟧</td></tr></table>
{BODY}
<p>⟦a 下载地址一（电信）⟧　⟦a 下载地址二（网通）⟧　⟦a 下载地址三（备用）⟧</p>
<p>⟦a 下载不了？点击这里报告错误⟧</p>
<p>⟦d 本站所有资源仅供学习参考，请于下载后24小时内删除。⟧</p>
</body></html>
""",
        body="""
班会主题：小小垃圾袋，分类有学问
一、活动目标
让学生了解垃圾的四种分类，学会正确投放，懂得垃圾袋也要分类使用。
二、活动过程
1. 情境导入：播放小区垃圾桶满溢的图片，请学生说说看到了什么。
2. 知识竞赛：分组抢答，说出香蕉皮、废电池、旧报纸、纸巾分别属于哪类垃圾。
3. 动手实践：每组发放不同颜色的垃圾袋和垃圾卡片，进行分类投放比赛。
三、活动小结
垃圾分类，从我做起，从用好一只垃圾袋做起。
""",
    ),
    dict(
        slug="hrexam-lajidai-interview-question",
        site="澄江人事考试网 (invented)",
        style="人事考试网",
        genre="试题解析",
        kind="other",
        form="text",
        source="http://www.cjrsks.example.gov.cn/bkzd/2025/0410/229.html",
        title="结构化面试真题解析：社区垃圾袋免费发放遇冷怎么办",
        record_title="结构化面试真题解析：社区垃圾袋免费发放遇冷怎么办",
        date="2025-04-10",
        notes="personnel-exam site; 发布日期 line; font row; prev/next; page stays the date source",
        page="""
!m 澄江人事考试网　/　备考指导
{T}
!m 发布日期：2025-04-10　来源：本站　【字号 大 中 小】
{BODY}
!l 上一篇：面试中如何回答组织协调类题目
!l 下一篇：2025年事业单位招聘报名常见问题
!m 主办：澄江县人力资源和社会保障局　技术支持：澄江信息中心
""",
        body="""
【题目】社区为推动垃圾分类，免费向居民发放分类垃圾袋，但领取的人很少。假如你是社区工作人员，你会怎么做？
【参考答案】
首先，了解遇冷原因。通过入户走访、线上问卷等方式，了解居民是不知道领取时间地点，还是觉得领取不便，或对垃圾分类认识不足。
其次，改进发放方式。可以由网格员、楼栋长送袋上门，也可以在垃圾投放点设置自助领取箱。
再次，加强宣传引导。结合发放垃圾袋，讲解分类知识，评选“分类示范户”。
最后，跟踪效果，总结经验，形成长效机制。
""",
    ),
    dict(
        slug="tender-lajidai-degradable-bags",
        site="澄江县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.ccgp-chengjiang.example.gov.cn/cggg/2025/0822/6610.html",
        title="澄江县城市管理局可降解分类垃圾袋采购项目中标结果公告",
        record_title="澄江县城市管理局可降解分类垃圾袋采购项目中标结果公告",
        record_date="2025-08-22",
        date="2025-08-22",
        notes="procurement platform; result table kept; buyer contact kept; platform hotline chrome",
        page="""
<html><head><meta charset="utf-8"><title>澄江县政府采购网</title></head><body>
<div class="hd">⟦m 澄江县政府采购网⟧ ⟦a 供应商登录⟧</div>
<div class="crumb">⟦m 首页 › 采购公告 › 结果公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-08-22　浏览：164⟧</div>
{BODY}
<div class="op">⟦a 打印⟧ ⟦a 收藏⟧ ⟦a 关闭⟧</div>
<div class="ft">⟦m 技术支持热线：400-077-3366⟧ ⟦d 澄江县财政局主办⟧</div>
</body></html>
""",
        body="""
一、项目编号：CJCG-2025-0731
二、项目名称：澄江县城市管理局可降解分类垃圾袋采购项目
三、中标信息
供应商名称　中标金额　服务期限
澄江县绿禾塑料制品有限公司　386000元　一年
四、主要标的：可降解厨余垃圾袋四十万只，其他垃圾袋三十万只。
五、公告期限：自本公告发布之日起1个工作日。
采购人：澄江县城市管理局　联系人：戚文　电话：0738-7725019
""",
    ),
    dict(
        slug="law-lajidai-throwing-dispute",
        site="澄明律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="text",
        source="https://www.chengminglaw.example.com/case/2025/0716.html",
        title="从楼上扔下的垃圾袋砸坏车辆，谁来赔？",
        record_title="从楼上扔下的垃圾袋砸坏车辆，谁来赔？—澄明律师事务所",
        date="2025-07-16",
        notes="law firm; consult card; disclaimer; byline date",
        page="""
!m 澄明律师事务所　专业 · 诚信 · 高效
!m 首页 > 案例评析
{T}
!m 发布人：苗雨晴律师　日期：2025-07-16
{BODY}
!w 免费咨询：0738-7736 188（周一至周六）
!d 以上内容仅供参考，不作为具体案件的法律意见。
""",
        body="""
案情：某小区业主的汽车停在楼下，被楼上扔下的一袋垃圾砸中，前挡风玻璃破裂，维修花费六千余元，但无法确定是哪一户扔的。
评析：根据民法典的规定，禁止从建筑物中抛掷物品。从建筑物中抛掷物品造成他人损害的，由侵权人依法承担侵权责任。
经调查难以确定具体侵权人的，除能够证明自己不是侵权人的外，由可能加害的建筑物使用人给予补偿。物业服务企业未采取必要的安全保障措施的，也应当依法承担相应责任。
本案中，法院最终判决物业公司承担部分责任，可能加害的住户给予补偿。
""",
    ),
    dict(
        slug="community-lajidai-pickup-time",
        site="澄江县枫林社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.fenglinsq.example.cn/gg/2025/0301/55.html",
        title="关于调整小区垃圾定时定点投放时间的通知",
        record_title=None,
        date="2025-03-01",
        notes="residents' site; grid-worker box; document's contact kept; time table kept",
        page="""
!m 枫林社区网　｜　邻里守望 温暖相伴
!m 首页 ＞ 社区公告
{T}
!m 发布于 2025-03-01　浏览 519
{BODY}
!w 网格员：聂小兰　联系电话 135-7384-2290
!l 上一条：社区春季义诊活动通知
""",
        body="""
各位居民：
根据街道垃圾分类工作安排，自3月10日起调整小区垃圾定时定点投放时间，具体如下：
时段　投放时间
早间　7:00—9:00
晚间　18:00—21:00
请大家将垃圾分类装袋后在规定时间投放，非投放时间投放点将关闭。
联系人：社区居委会 汤建国　电话：0738-7740233
枫林社区居民委员会
2025年3月1日
""",
    ),
]
