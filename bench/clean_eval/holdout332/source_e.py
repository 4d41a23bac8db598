"""holdout332, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-liyuan-notice-corridor-baskets-scan",
        site="莉园社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://liyuan-shequ.cn/gonggao/2024/1009/77.html",
        title="关于开展楼道置物篮集中清理的通知",
        record_title="【邻里安全·楼道篇】关于开展楼道置物篮集中清理的通知｜莉园社区",
        date="2024-10-09",
        notes="residents' site with a weather line, property repair lines and a grid worker's box beside the committee's own 咨询电话; schedule table; a sentence asking residents to scan a QR code; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【邻里安全·楼道篇】关于开展楼道置物篮集中清理的通知｜莉园社区</title>
</head><body>
<div class="top">⟦m 莉园社区 · 邻里一家亲⟧ <span>⟦m 今天 晴 14～23℃ 空气良⟧</span></div>
<div class="nav">⟦m 社区首页 ｜ 社区公告 ｜ 办事指南 ｜ 邻里活动 ｜ 物业服务⟧</div>
<div class="notice"><h2>{T}</h2>
<div class="meta">⟦m 发布者：莉园居委会　阅读 688⟧</div>
<div class="text">
{BODY}
</div></div>
<div class="side">
<div class="grid">⟦w 本楼网格员 冯丽 13705367721（微信同号）⟧</div>
<div class="wy"><p>⟦m 物业报修：0536-8351888⟧</p><p>⟦m 夜间应急：0536-8351999⟧</p></div>
<div class="hot"><h4>⟦l 邻里热帖⟧</h4><p>⟦l 3号楼电梯维保时间调整⟧</p><p>⟦l 重阳节“邻里百家宴”报名啦⟧</p></div></div>
<div class="foot">⟦m 莉园社区居委会主办　技术支持：邻家云⟧</div>
</body></html>
""",
        body="""
各位居民：
为消除楼道消防隐患，社区将联合物业对辖区楼道内的置物篮、鞋架等杂物进行集中清理，具体安排如下：
楼栋　清理时间
1—10栋　10月14日上午
11—20栋　10月15日上午
21—28栋　10月16日上午
请居民在清理前自行将置物篮移回家中。确需在门口放置的，可扫描楼道口二维码登记，由社区免费安装壁挂式置物篮。
咨询电话：0536-8351402（社区居委会）
莉园社区居民委员会
2024年10月9日
""",
    ),
    dict(
        slug="community-ruyuan-notice-free-cistern-blocks",
        site="茹苑社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ruyuan-sq.cn/gg/2025/0519/41.html",
        title="茹苑社区关于免费领取环保型洁厕块的通知",
        date="2025-05-19",
        notes="record title as is; a community notice with its 成文日期; service and property lines at the foot",
        page="""
!m 茹苑社区 · 居民之家
!m 首页 → 社区公告
{T}
!m 发布者：社区居委会　阅读：187
{BODY}
!m 社区服务电话：0530-5236610　物业24小时值班：0530-5236699
!a 〔转到邻里群〕
!l 上一条：茹苑社区端午节包粽子活动报名开始啦
!m 茹苑社区居委会主办
""",
        indent="\u3000\u3000",
        body="""
各位居民：
为推广环保型清洁用品，社区联合辖区爱卫办开展“绿色家居”活动，为居民免费发放环保型洁厕块。
一、领取时间：5月24日（周六）9:00—11:30。
二、领取地点：社区党群服务中心一楼大厅。
三、领取方式：每户限领一盒（4块），请携带户口本或身份证。
四、使用提示：洁厕块请放在水箱内使用，不要与84消毒液同时使用，存放时远离儿童。
现场还将开展厕所清洁小知识有奖问答，欢迎大家参加。
茹苑社区居民委员会
2025年5月19日
""",
    ),
    dict(
        slug="association-weichuan-pledge-collar-cleaner-labels",
        site="潍川市日化行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.wcrhxh.org.cn/xhdt/2025/0305/219.html",
        title="关于规范衣领净产品标签标识的自律倡议",
        record_title="〔会员倡议书〕关于规范衣领净产品标签标识的自律倡议 - 潍川市日化行业协会",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="association site with a member-login row and a member hotline; the association's name is also the signature (head); 成文日期, page date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔会员倡议书〕关于规范衣领净产品标签标识的自律倡议 - 潍川市日化行业协会</title>
</head><body>
<div class="top">⟦m 潍川市日化行业协会⟧ <span>⟦a 会员登录⟧</span> <span>⟦a 申请入会⟧</span></div>
<div class="nav">⟦m 协会首页　协会概况　协会动态　会员风采　政策标准⟧</div>
<div class="crumb">⟦m 首页 &gt; 协会动态 &gt; 自律倡议⟧</div>
<div class="article"><h2>{T}</h2>
<div class="meta">⟦m 发布日期：2025-03-05　来源：协会秘书处⟧</div>
<div class="content">
{BODY}
</div></div>
<div class="side"><h4>⟦l 协会通知⟧</h4><p>⟦l 关于召开2025年会员大会的预通知⟧</p><p>⟦l 洗涤用品标签常见问题解读⟧</p></div>
<div class="foot"><p>⟦m 会员服务热线：0536-8257716⟧</p><p>⟦m 潍川市日化行业协会版权所有 鲁ICP备18030062号⟧</p></div>
</body></html>
""",
        body="""
各会员单位：
近年来，衣领净市场竞争日趋激烈，个别企业在标签上标注“一抹即白”“永不发黄”等夸大用语，损害了行业信誉。为此，协会向全体会员单位倡议：
一、如实标注产品主要成分和有效物含量，不标注无法验证的功效。
二、不使用“医用级”“婴儿可用”等误导性用语。
三、在标签显著位置注明“避免接触眼睛”“置于儿童接触不到处”等安全提示。
四、发现违规标签，主动向协会举报，共同维护公平竞争的市场秩序。
潍川市日化行业协会
2025年3月3日
""",
    ),
    dict(
        slug="association-boshan-bamboo-minutes-baskets-vote",
        site="亳山县竹编行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.bszbxh.cn/hyjy/2025/0415/12.html",
        title="亳山县竹编行业协会第三届理事会第二次会议纪要",
        record_title="〖会员之家〗亳山县竹编行业协会第三届理事会第二次会议纪要",
        date="2025-04-11",
        date_also=["2025-04-15"],
        notes="council minutes with 时间/地点/主持/出席/列席/记录 lines and a vote count; the 时间 line is the date, the page's 发布于 also accepted; the association's name at the top is also in the title",
        page="""
!m 亳山县竹编行业协会
!m 协会首页 ＞ 协会动态 ＞ 会议纪要
{T}
!m 发布于 2025-04-15　｜　秘书处
{BODY}
!a 会员登录后可查看纪要附件
!l 往期纪要：第三届理事会第一次会议纪要
!m 协会秘书处电话：0558-6533127
!d 本站内容未经协会同意不得转载
""",
        body="""
时间：2025年4月11日上午9:00
地点：协会会议室
主持：会长　陆长庚
出席：理事19人（应到21人）
列席：监事会成员2人
记录：秘书处　汤敏
会议审议了以下事项：
一、审议通过《竹编置物篮团体标准（征求意见稿）》。标准对置物篮的竹材含水率、防霉处理和承重作了规定。表决结果：同意18票，反对0票，弃权1票。
二、同意组织会员企业参加秋季家居用品博览会，集中展示竹编置物篮新品。
三、同意吸收2家竹编作坊为新会员。
""",
    ),
    dict(
        slug="company-lanquan-news-cistern-blocks-title-glued",
        site="菏岭蓝泉日化有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lanquan-rihua.com/news/2025/0603/36.html",
        title="蓝泉日化推出可降解包装洁厕块",
        record_title="新品来了｜蓝泉日化推出可降解包装洁厕块 - 菏岭蓝泉日化有限公司",
        date="2025-06-03",
        notes="company site with a cookie notice, a service float and a 400 line; the title repeated and glued before the news lead; a dotted date is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>新品来了｜蓝泉日化推出可降解包装洁厕块 - 菏岭蓝泉日化有限公司</title>
</head><body>
<div class="cookie">⟦d 蓝泉官网使用Cookie记录您的偏好，继续浏览即视为同意⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 蓝泉日化 LANQUAN⟧ <nav>⟦m 首页 / 产品中心 / 新闻动态 / 关于蓝泉 / 联系我们⟧</nav></header>
<div class="banner">⟦m 一块蓝泉，满室清新⟧</div>
<section class="news-detail"><h1>{T}</h1>
<div class="date">⟦m 2025.06.03⟧</div>
<div class="news-body">
{BODY}
</div>
<div class="pn">⟦l 上一篇：蓝泉日化通过质量管理体系复审⟧</div></section>
<div class="float-service">⟦w 蓝泉在线客服（工作日9:00-18:00）⟧</div>
<footer><p>⟦m 全国服务热线：400-660-1725⟧</p><p>⟦m © 2025 菏岭蓝泉日化有限公司 鲁ICP备17056641号-1⟧</p></footer>
</body></html>
""",
        body="""
⟦t 蓝泉日化推出可降解包装洁厕块⟧近日，菏岭蓝泉日化有限公司推出新款洁厕块，外包装由塑料泡罩改为可降解纸浆模塑盒。
新款洁厕块采用缓释配方，放入水箱后可持续使用约三十天，比老款延长一周；色素改用食品级亮蓝，冲水后不在便池留下色斑。
公司研发部经理戴晴介绍，仅包装一项，每年可减少塑料使用约十二吨。
目前，新款洁厕块已在本地各大超市上架，建议零售价每盒19.9元。
""",
    ),
    dict(
        slug="company-anzuo-recall-heated-seat-covers-batches",
        site="安坐家居 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.anzuo-home.com/news/gonggao/20241220.html",
        title="关于召回部分批次电热马桶垫的公告",
        record_title="关于召回部分批次电热马桶垫的公告 — 安坐家居官网",
        date="2024-12-20",
        notes="recall with its batches table; the recall line in the body beside the site's 400 order line; 成文日期",
        page="""
!m 安坐家居 · 让每一次坐下都安心
!m 首页 / 新闻中心 / 公司公告
{T}
!m 2024-12-20　|　浏览 2210 次
{BODY}
!w 安坐产品订购热线：400-065-7788
!a 在线商城　｜　售后服务　｜　门店查询
!m 汴溪安坐家居用品有限公司 版权所有 鲁ICP备19033301号-1
""",
        body="""
尊敬的用户：
经公司自查发现，2024年10月至11月生产的部分批次电热马桶垫，温控器存在失灵风险，长时间通电可能导致垫面过热。为保障用户安全，我公司决定召回以下批次产品：
型号　生产批号　数量（件）
AZ-M01　241018　1260
AZ-M01　241105　980
AZ-M02　241112　640
请持有上述批次产品的用户立即停止使用，拨打召回专线0535-6672081登记，我公司将免费上门更换。
由此给您带来的不便，我们深表歉意。
汴溪安坐家居用品有限公司
2024年12月20日
""",
    ),
    dict(
        slug="training-qiaoshou-brochure-laundry-course",
        site="巧手家政培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaoshoujz.com/kecheng/xihu.html",
        title="家居衣物洗护精品课招生简章",
        record_title="【周末洗护班】家居衣物洗护精品课招生简章（学会就能上岗）- 巧手家政培训学校",
        date=None,
        notes="training school with a promo banner, a consult float and a 400 franchise line beside the school's own 报名电话; numbered course list; a brochure with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【周末洗护班】家居衣物洗护精品课招生简章（学会就能上岗）- 巧手家政培训学校</title>
</head><body>
<div class="promo">⟦a 周末班报名立减200元，每期只收20人⟧</div>
<header>⟦m 巧手家政培训学校⟧ <nav>⟦m 首页 · 课程 · 师资 · 学员风采 · 报名⟧</nav></header>
<section class="course"><h1>{T}</h1>
<div class="meta">⟦m 课程类别：家政服务　｜　已报名 126 人⟧</div>
<div class="detail">
{BODY}
</div>
<div class="btn">⟦a 立即报名⟧ ⟦a 预约试听⟧</div></section>
<div class="float-zx">⟦w 巧手老师在线答疑，马上回复⟧</div>
<footer><p>⟦m 全国加盟热线：400-877-2631⟧</p><p>⟦m 巧手家政培训学校 版权所有⟧</p></footer>
</body></html>
""",
        body="""
课程简介：本课程面向家政从业人员和家庭主妇，系统讲授各类衣物的洗涤、去渍和收纳方法。
课程内容：
1. 衣物面料识别与洗涤标识解读；
2. 衣领净、彩漂、去油剂等常用洗护剂的正确使用；
3. 衬衫领口、袖口及油渍、血渍、墨渍的处理；
4. 羊毛、真丝衣物的手洗与晾晒。
上课时间：每周六、周日全天，共4天。学费980元，含教材和实操耗材。
结业考核合格者颁发结业证书，并推荐就业。
报名电话：0533-4159026　报名地址：淄源县人民路16号二楼
""",
    ),
    dict(
        slug="training-zhiqu-insight-knitting-waist-warmer",
        site="织趣手工编织工作室 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.zhiqu-knit.cn/zuopin/19.html",
        title="学织暖腰带的那十天",
        record_title="【学员作品】学织暖腰带的那十天｜织趣手工编织工作室",
        date=None,
        notes="a trainee's insight on a studio site; a teacher's WeChat prompt; no date",
        page="""
!m 织趣手工编织工作室
!m 首页 · 课程 · 学员作品 · 联系我们
{T}
!m 作者：学员 汤小雨　分类：学员作品
{BODY}
!a 喜欢就点个赞吧 👍 18
!w 想学编织？加织趣老师微信 zhiqu_laoshi 预约试听
!l 更多学员作品：第一次织围巾就送给了妈妈
!m 织趣手工编织工作室 © 2025
""",
        indent="\u3000\u3000",
        body="""
报名编织班之前，我连毛衣针都不会拿。第一堂课，老师让我们每人织一条暖腰带当结业作品，我心里直打鼓。
头三天全在学起针和平针，我的针脚松一针紧一针，织了拆、拆了织，一团线被我拆得起了毛。老师手把手教我绕线的力度，说手别攥那么紧，线自己会走。
到第六天，我终于织完了第一段，还学会了织罗纹边，腰带两头收得整整齐齐。
第十天结业，我把这条灰色的暖腰带送给了常年腰疼的婆婆。她当场系上，说比买的还暖和。
""",
    ),
    dict(
        slug="fanwenapp-bisu-report-care-home-seat-covers",
        site="笔速写作 (invented writing app, H5 share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bisuxiezuo.com/share/fw/5512097?from=wx",
        title="养老院后勤主管2024年度述职报告",
        record_title="养老院后勤主管2024年度述职报告（后勤岗通用）- 笔速写作App",
        date="2025-01-10",
        notes="writing app H5 share with an open-app mask, an AI-rewrite button glued after a 。, a fold; 成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>养老院后勤主管2024年度述职报告（后勤岗通用）- 笔速写作App</title>
</head><body>
<div class="mask">⟦a 打开笔速写作App，写稿快人一步⟧ <button>⟦a 打开⟧</button></div>
<div class="fw"><h1>{T}</h1>
<div class="meta">⟦m 笔速精选　·　2.1万人用过⟧</div>
<div class="fw-body">
{BODY}
</div>
<div class="fold">⟦a 展开剩余65% ∨⟧</div>
<div class="ai">⟦a 一键生成同类范文⟧ ⟦a 用AI续写⟧</div></div>
<div class="rec"><h4>⟦l 大家还在写⟧</h4><p>⟦l 护理部主任年度述职报告⟧</p><p>⟦l 养老机构安全管理工作总结⟧</p></div>
<div class="foot">⟦m 笔速写作 · 让写材料更轻松⟧</div>
</body></html>
""",
        body="""
2024年，我在院领导的带领下负责全院后勤保障工作，现将履职情况报告如下。
一、抓好适老化改造。完成42间老人居室卫生间改造，加装扶手84副，为所有坐便器配备防滑加厚马桶垫，冬季更换为电热马桶垫，全年未发生老人如厕跌倒事件。⟦a AI帮我润色这一段⟧
二、抓好物资管理。建立物资出入库台账，马桶垫、床单等布草实行“一人一套、定期消毒”，全年节约采购经费3.6万元。
三、存在不足。后勤人员老龄化，专业技能培训还不够。
新的一年，我将继续把老人的冷暖放在心上，做好后勤保障工作。
述职人：蒋海峰
2025年1月10日
""",
    ),
    dict(
        slug="fanwenapp-wenanhezi-host-script-basket-oneline",
        site="文案盒子 (invented writing app)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.wenanhezi.com/s/zcc/88217",
        title="“巧手编置物篮”亲子手工活动主持词",
        record_title="“巧手编置物篮”亲子手工活动主持词（社区版）- 文案盒子App",
        date=None,
        notes="a host script all on one line; member copy prompts; a host script has no date",
        page="""
!m 文案盒子 · 海量范文随心用
{T}
!m 浏览 3.2万　·　收藏 871
{BODY}
!a 复制全文需开通盒子会员
!a 🔓 盒子会员享全部范文无限复制
!l 猜你想写：社区亲子活动策划方案｜手工活动新闻稿
!m 下载文案盒子App，写稿快人一步
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
亲爱的小朋友们、家长朋友们，大家上午好！
欢迎来到茹苑社区“巧手编置物篮”亲子手工活动现场。今天，我们将用废旧报纸和彩色纸绳，和爸爸妈妈一起编一只属于自己的置物篮。
下面，有请手工老师为大家讲解编织方法。
（老师讲解、示范）
谢谢老师！现在，请各组家庭开始动手，活动时间为四十分钟，完成后请把作品放到前面的展示台上。
（亲子制作）
时间到！看，一只只置物篮有方的、有圆的，还有的插上了小花。我们将评选出“最美置物篮”，获奖家庭可把作品带回家。
今天的活动到此结束，谢谢大家！
""",
    ),
]
