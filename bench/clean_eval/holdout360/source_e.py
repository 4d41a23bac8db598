"""holdout360, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (each once as HTML, once as text).

Invented text throughout (see ../README.md); markup as ../build.py describes.
"""

CASES = [
    dict(
        slug="community-xiyuan-notice-threaders-for-elderly-html",
        site="晰园社区居委会 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xiyuanshequ.cn/tzgg/2025/0220/318.html",
        title="关于免费为辖区高龄老人发放助老穿针器的通知",
        record_title="〔助老服务〕关于免费为辖区高龄老人发放助老穿针器的通知 - 晰园社区",
        date="2025-02-20",
        notes="residents' site: weather line, a grid worker's box, a property repair line; the repeated title glued before the addressee line; the community's own duty phone inside the notice; 成文日期 at the end",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔助老服务〕关于免费为辖区高龄老人发放助老穿针器的通知 - 晰园社区</title>
<script src="/assets/sq.js"></script>
</head><body>
<div class="sq-top">⟦m 晰园社区居民委员会 · 邻里一家亲⟧　⟦m 晰阳县晰城镇　今天 小雨 9~14℃⟧</div>
<div class="sq-nav">⟦m 社区首页⟧ ⟦m 通知公告⟧ ⟦m 为民服务⟧ ⟦m 党建阵地⟧ ⟦m 居民议事⟧</div>
<div class="sq-pos">⟦m 您在这里：社区首页 » 通知公告⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区办公室　浏览 403 次⟧</div>
{BODY}
</div>
<div class="sq-grid">⟦m 本网格网格员：钱丽　手机 139 7952 0461⟧</div>
<div class="sq-wuye">⟦m 晰园物业报修：0795-7355818（24小时）⟧</div>
<div class="sq-foot">⟦m 晰园社区居委会　地址：晰阳县晰城镇晰园路12号⟧</div>
</body></html>
""",
        body="""
⟦t 关于免费为辖区高龄老人发放助老穿针器的通知⟧各位居民朋友：
为方便高龄老人日常缝补，社区联合辖区爱心商户，为八十周岁以上老人免费发放助老穿针器，每人一套，内含穿针器两个、大眼针一包。现将有关事项通知如下。
一、领取时间：2月24日至3月7日，每天上午9:00—11:30。
二、领取地点：社区党群服务中心一楼服务台。
三、领取方式：老人本人或家属携带老人身份证领取；行动不便的老人，可打电话预约，由网格员送上门，并现场教老人使用。
四、咨询电话：社区值班室 0795-7355062。
晰园社区居民委员会
2025年2月20日
""",
    ),
    dict(
        slug="community-fanfengli-pledge-pegboard-tool-house-text",
        site="藩风里社区 (invented residents' site, text)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://fanfengli.fcsq.org/news/2025/0301/77.html",
        title="共享工具屋“借还有序”倡议书",
        record_title="【邻里共享】共享工具屋“借还有序”倡议书 - 藩风里社区",
        date="2025-03-01",
        notes="residents' site text: a pledge whose text speaks of 扫码 as content; a volunteer's mobile line and a property repair line as chrome; 成文日期 at the end",
        page="""
!m 藩风里社区　邻里守望　共建共享
!m 社区首页 > 邻里议事 > 倡议
!t 【邻里共享】共享工具屋“借还有序”倡议书
!m 来源：藩风里社区居委会　阅读：255
{BODY}
!l 相关链接：藩风里社区共享工具屋使用管理办法
!m 工具屋志愿者值班手机：150 7964 3318
!m 藩风里物业维修电话：0796-8240019
!m 藩风里社区 © 2025　藩川县城东街道
""",
        body="""
亲爱的居民朋友们：
社区共享工具屋开放一个多月来，已有两百多户居民借用过工具，大家的热情让我们很感动。但志愿者在整理时发现，打孔板上常常空着好几个挂位，有的工具借走半个月还没还，有的还回来挂错了地方。
为了让工具屋长久办下去，我们向全体居民倡议：
一、借用工具时请扫码登记，归还时再扫码确认，方便志愿者掌握去向。
二、按期归还，用完的工具请擦干净，挂回打孔板上对应编号的挂位。
三、爱惜工具，发现损坏请主动告知，不要悄悄放回。
四、欢迎大家把家里闲置的好用工具捐到工具屋，让更多邻居用上。
工具屋是大家的，借还有序，才能好借好还、再借不难。
藩风里社区居民委员会
2025年3月1日
""",
    ),
    dict(
        slug="association-jianzhou-glass-pledge-beer-mug-marks-html",
        site="柬州市日用玻璃行业协会 (invented trade association)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.jzrybl.org.cn/xhdt/2025/0609/240.html",
        title="关于规范啤酒杯容量刻度标识的自律倡议",
        record_title="【同业守则·请会员单位转告】关于规范啤酒杯容量刻度标识的自律倡议 - 柬州日用玻璃协会",
        date="2025-06-06",
        date_also=["2025-06-09"],
        notes="association site: member-login row and member hotline; the association's name at the top is also the signature (head); 成文日期 differs from the posting date (both accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【同业守则·请会员单位转告】关于规范啤酒杯容量刻度标识的自律倡议 - 柬州日用玻璃协会</title>
<script src="/js/assoc.js"></script>
</head><body>
<div class="as-top">⟦m 柬州市日用玻璃行业协会⟧　⟦a 会员单位登录⟧ ⟦a 入会申请⟧</div>
<div class="as-nav">⟦m 首页⟧ ⟦m 协会概况⟧ ⟦m 行业动态⟧ ⟦m 标准规范⟧ ⟦m 会员风采⟧</div>
<div class="as-pos">⟦m 当前页面：首页 · 行业动态 · 协会公告⟧</div>
<div class="as-art">
<h1>{T}</h1>
<div class="as-info">⟦m 发布：2025-06-09　编辑：协会秘书处　浏览：198⟧</div>
{BODY}
</div>
<div class="as-hot">⟦m 会员服务专线：0795-6178826（工作日8:30—17:30）⟧</div>
<div class="as-foot">⟦m 柬州市日用玻璃行业协会秘书处　赣ICP备19002648号⟧</div>
</body></html>
""",
        body="""
全市日用玻璃生产企业、各会员单位：
近期，有消费者反映部分餐饮门店使用的啤酒杯刻度线与实际容量不符，标注500毫升的杯子实际只能装下430毫升左右，引发消费纠纷。为维护行业信誉，协会向全体会员单位发出如下倡议：
一、杯身印有容量刻度线的啤酒杯，刻度线对应的容量误差应控制在正负百分之三以内，出厂前逐批抽检。
二、不得应客户要求在杯身标注与实际不符的容量。
三、杯底应压印生产企业名称或商标，方便追溯。
四、各会员单位于7月底前完成自查，对库存产品中刻度不准的，一律不得出厂。
让我们从一只杯子做起，共同守护“柬州玻璃”的好口碑。
柬州市日用玻璃行业协会
2025年6月6日
""",
    ),
    dict(
        slug="association-jianzhou-hardware-minutes-tester-pen-standard",
        site="柬州市五金工具行业协会 (invented trade association, text)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.jzwjgj.org/hyjy/2025-03-18.html",
        title="测电笔团体标准起草工作组第一次会议纪要",
        record_title="纪要速递 ➠ 测电笔团体标准起草工作组第一次会议纪要 - 柬州五金工具协会",
        date="2025-03-14",
        notes="association text: minutes with 时间/地点/主持/参会/记录 lines and a vote count; the 时间 line gives the date; member-login and hotline chrome",
        page="""
!m 柬州市五金工具行业协会　会员之家
!a 会员登录 ｜ 申请加入
!m 首页 / 标准工作 / 会议纪要
{T}
!m 发布于协会官网　阅读 132
{BODY}
!l 附：上一期纪要　电工钳产品质量分级研讨会纪要
!m 协会秘书处电话：0795-6145530　邮箱：jzwjxh@163.com
""",
        body="""
时间：2025年3月14日上午9:30
地点：协会会议室
主持：滕德春（协会副会长）
参会：明辉电器、恒力工具、柬州市产品质量监督检验所等七家单位代表
记录：罗晴
会议讨论了《测电笔》团体标准的起草工作。与会代表一致认为，现有国家标准对测电笔外壳绝缘、氖泡启辉电压有明确要求，但对包装上电压范围的标注方式没有统一规定，部分产品夸大检测范围，容易误导用户。
会议议定：一、标准重点规定适用电压范围的标注位置和字号，要求在笔身和包装上同时标注；二、由检验所牵头拟定试验方法，4月底前形成初稿；三、关于是否将数显式测电笔纳入本标准范围，到会七家单位表决，同意五票，反对二票，纳入本标准范围。⟦m 责任编辑：秘书处 罗晴⟧
""",
    ),
    dict(
        slug="company-cheliu-product-news-splash-free-aerator-html",
        site="澈流卫浴 (invented company site)",
        style="企业官网",
        genre="产品新闻",
        kind="news",
        form="html",
        source="https://www.cheliu-sanitary.com/news/product/2025-aerator-x3.html",
        title="澈流可调流量防溅起泡器正式上市",
        record_title="新款发布 ➣ 澈流可调流量防溅起泡器正式上市 - 澈流卫浴",
        date=None,
        notes="company product page: cookie notice, 400 order line, service float; the brand's short name recurs in the body (a head-matched label); no date (a 上架 stamp in days ago)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新款发布 ➣ 澈流可调流量防溅起泡器正式上市 - 澈流卫浴</title>
<script src="/static/js/cl-site.min.js"></script>
</head><body>
<div class="cookie">⟦d 本站使用Cookie来改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 好的⟧</button></div>
<header><a class="logo">⟦m 澈流⟧</a> <nav>⟦m 产品中心 · 解决方案 · 新闻资讯 · 服务网点 · 关于澈流⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻资讯 / 产品动态⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 上架于 6 天前　｜　分类：产品动态⟧</div>
{BODY}
</article>
<aside><h4>⟦l 您可能感兴趣⟧</h4><ul><li>⟦l 起泡器选购：M22外丝和M24内丝怎么分⟧</li><li>⟦l 澈流厨房龙头X系列⟧</li></ul></aside>
<div class="float-kf">⟦w 在线客服⟧<br>⟦m 订购热线 400-655-8120⟧</div>
<footer>⟦m © 2025 柬州澈流卫浴科技有限公司　赣ICP备20041157号-1⟧</footer>
</body></html>
""",
        body="""
澈流卫浴近日推出可调流量防溅起泡器，适用于家庭厨房和卫生间的大多数水龙头。
这款起泡器采用双层不锈钢滤网和旋转调节环，用户转动外圈即可在“节水”“标准”“冲洗”三档之间切换：节水档每分钟出水约4升，适合洗手；冲洗档出水集中有力，方便冲洗锅具。出水口设计了导流罩，开大水流也不容易溅到台面上。
产品提供M22外丝和M24内丝两种接口，随盒附赠转换接头和防滑垫圈，一般家庭用户徒手即可安装。
澈流提醒消费者，起泡器使用一段时间后滤网会积存水垢和杂质，建议每两个月拆下清洗一次，以保持出水顺畅。
""",
    ),
    dict(
        slug="company-qiaozhen-recall-threader-batches",
        site="巧针日用品 (invented company site, text)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.qiaozhenriyong.com/gonggao/20250702.html",
        title="关于召回部分批次便携穿针器的公告",
        record_title="主动召回声明 ↪ 关于召回部分批次便携穿针器的公告 - 巧针日用",
        date="2025-07-02",
        notes="company text: a recall with its batches table; the recall line inside the notice beside the company's 400 order line; 成文日期 at the end",
        page="""
!m 巧针日用品 · 让针线活更省心
!m 首页 > 企业公告
{T}
!m 发布：巧针客服中心　阅读：3610
{BODY}
!l 返回公告列表　｜　查看全部产品
!m 巧针商城订购热线：400-690-2717
!m 柬州巧针日用品有限公司　版权所有
""",
        body="""
尊敬的消费者：
我公司近期接到用户反映，部分批次的便携穿针器钢丝圈与铝片连接处不牢固，使用中钢丝圈可能脱落，断头较尖，存在划伤手指的风险。为保障消费者安全，我公司决定主动召回以下批次产品：
产品名称　批号　生产日期
便携穿针器（10只装）　QZ2503A　2025年3月
便携穿针器（10只装）　QZ2504B　2025年4月
便携穿针器（3只装）　QZ2504C　2025年4月
购买了上述批次产品的消费者，请立即停止使用，凭包装盒或购买凭证到原购买门店退货，也可拨打召回专线0795-6188032，由我公司免费寄送新品并承担运费。
由此给您带来的不便，我们深表歉意。
柬州巧针日用品有限公司
2025年7月2日
""",
    ),
    dict(
        slug="training-muyukong-brochure-pegboard-course-html",
        site="木与孔手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.muyukong.com/kecheng/pegboard-weekend.html",
        title="周末木工打孔板收纳课招生简章",
        record_title="【木作周末班】周末木工打孔板收纳课招生简章（小学三年级以上）- 木与孔手作学堂",
        date=None,
        notes="training school: promo banner, franchise 400 line, consult float; the course's own 报名电话 beside them; 扫码报名 spoken of as content; a fee table; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【木作周末班】周末木工打孔板收纳课招生简章（小学三年级以上）- 木与孔手作学堂</title>
<script src="/js/myk.js"></script>
</head><body>
<div class="banner">⟦a 春季老学员续报立减120元，名额有限⟧</div>
<div class="top">⟦m 木与孔手作学堂　在木头上打个孔，在生活里挂点光⟧</div>
<div class="menu">⟦m 首页｜课程体系｜师资团队｜学员作品｜校区分布⟧</div>
<div class="path">⟦m 首页 ＞ 课程体系 ＞ 周末班⟧</div>
<div class="detail">
<h1>{T}</h1>
{BODY}
</div>
<div class="join">⟦m 城市合伙人招募热线：400-058-6617⟧</div>
<div class="float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="foot">⟦m 柬州市塾湖区木与孔手作培训学校有限公司⟧</div>
</body></html>
""",
        body="""
打孔板是墙面收纳的好帮手，挂钩一插，剪刀、胶带、彩笔各有各的位置。本课程带孩子从一块木板开始，自己设计、打孔、打磨、上漆，做一块属于自己的打孔板，带回家挂在书桌旁。
一、招生对象：小学三年级至初中二年级学生，家长可陪同参加。
二、课程安排：共四次课，每周六上午9:00—11:30。第一课认识工具和安全规则；第二课设计孔位并画线；第三课台钻打孔和砂纸打磨；第四课上木蜡油、装挂钩。
三、收费标准
项目　费用　说明
学费　680元　四次课
材料费　120元　含木板、挂钩、木蜡油
四、报名方式：扫描宣传单上的二维码报名，或拨打塾湖校区报名电话0795-6072240。每班限招十人，满额即止。
""",
    ),
    dict(
        slug="training-hengliang-insight-tester-pen-trainee",
        site="恒亮电工培训学校 (invented training school, text)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.hengliangdg.com/xueyuan/fenxiang/0412.html",
        title="一支测电笔的分量——低压电工班学员结业心得",
        record_title="学员结业随笔 ✏ 一支测电笔的分量——低压电工班学员结业心得 - 恒亮电工培训",
        date=None,
        notes="training school text: a trainee's insight with no date (shared 2 周前); a trial-lesson prompt on a line of its own inside the body; an online sign-up link glued after a sentence",
        page="""
!m 恒亮电工培训学校　持证上岗，从恒亮开始
!m 首页 » 学员风采 » 结业分享
{T}
!m 分享者：第37期低压电工班 祁远　｜　2 周前　｜　阅读 508
{BODY}
!a 想拿电工证？第38期低压电工班火热报名中
!m 恒亮电工培训学校　招生热线：0796-8261170　地址：藩川县工业大道22号
""",
        body="""
来恒亮学电工之前，我在工地上干过两年杂活，也跟着师傅接过线。那时候我觉得测电笔就是个“碰一下看亮不亮”的小玩意儿，从来没把它当回事。
培训第一天，郑老师就在讲台上放了一支测电笔，问我们：“这支笔，你们觉得值多少钱？”有人说五块，有人说十块。郑老师说：“它值一条命。”接着他给我们讲了好几起因为不验电、验电方法不对造成的触电事故。⟦a 点此在线报名下一期⟧
⟦a 免费试听一节实操课，名额每周限20人⟧
一个月的培训里，我们反复练习验电：先在有电的地方试笔，再测要作业的线路，测完相线测零线，每一步都要说出来、做到位。刚开始我嫌麻烦，后来才明白，这些“麻烦”就是保命的规矩。
现在我已经拿到了低压电工作业证。那支测电笔我一直揣在上衣口袋里，每次拿出来，都会想起郑老师那句话。
""",
    ),
    dict(
        slug="writingapp-luobi-host-script-beer-mug-exhibition-html",
        site="落笔成章APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.luobicz.com/share/doc?id=a81f3320c9",
        title="“千杯之约”啤酒杯文化展开幕式主持词",
        record_title="“千杯之约”啤酒杯文化展开幕式主持词（开场白·串场词·结束语全套）· 落笔成章",
        date=None,
        notes="writing app H5 share: open-app mask, fold, AI buttons; a host script with no date; an AI-polish button glued after a sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“千杯之约”啤酒杯文化展开幕式主持词（开场白·串场词·结束语全套）· 落笔成章</title>
<script src="https://h5.luobicz.com/static/share.3c9e.js"></script>
</head><body>
<div class="mask">⟦a 用落笔成章App打开，写稿快人一步⟧ <button>⟦a 立即打开⟧</button></div>
<div class="h5-head">⟦m 落笔成章 · 讲稿主持词库⟧</div>
<div class="h5-doc">
<h1>{T}</h1>
<div class="h5-meta">⟦m 收录于「活动主持」　1.3万人用过⟧</div>
{BODY}
<div class="fold">⟦a 还有 2 段串词已折叠，打开App查看⟧</div>
<div class="ai">⟦a ✨ AI改写成你的活动名⟧　⟦a ✨ 一键生成暖场互动⟧</div>
</div>
<div class="h5-foot">⟦m 落笔成章 © 柬州落笔网络科技有限公司⟧</div>
</body></html>
""",
        body="""
尊敬的各位来宾、朋友们：
大家晚上好！欢迎来到“千杯之约”啤酒杯文化展开幕式现场。我是今晚的主持人。
一只啤酒杯，盛得下麦芽的香气，也盛得下一座城市的记忆。本次展览由柬州市日用玻璃行业协会和柬州市博物馆共同主办，展出了从上世纪五十年代至今的各式啤酒杯一千余只，其中有老国营玻璃厂的扎啤杯，也有本地年轻设计师的新作品。⟦a AI润色这段⟧
首先，让我们以热烈的掌声欢迎市文化广电旅游局领导致辞。
感谢领导的致辞。接下来，请收藏家代表、退休玻璃工人蔺师傅讲讲他和啤酒杯的故事。
朋友们，展览将持续到9月30日。希望大家在这里看一看、聊一聊，找到属于自己的那只杯子。现在我宣布，“千杯之约”啤酒杯文化展正式开幕！
""",
    ),
    dict(
        slug="writingapp-wengao-work-report-aerators-oneline",
        site="文稿速成 (invented writing app, text share)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.wengaosc.com/s/9f02b1",
        title="学校后勤服务中心水电班班长述职报告",
        record_title="学校后勤服务中心水电班班长述职报告【后勤岗·可直接改】- 文稿速成",
        date="2024-12-28",
        notes="writing app text share: the whole report on one line, paragraphs apart only by their indent; 成文日期 at the end; open-app and copy prompts",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 文稿速成｜三分钟出一篇像样的稿子
!t 学校后勤服务中心水电班班长述职报告【后勤岗·可直接改】
!m 作者：晴川　｜　被收藏 864 次
!a 打开文稿速成App，复制全文不限字数
{BODY}
!a 下载App，同类述职报告再送5篇
!m 文稿速成 wengaosc.com
""",
        body="""
各位领导、同事们：
今年我担任后勤服务中心水电班班长，带领班组五名同志负责全校的水电维修和节能节水工作。现将一年来的工作情况报告如下。
一是保障日常维修。全年共完成水电报修一千二百一十六单，平均响应时间不超过三十分钟，师生满意率百分之九十八。
二是推进节水改造。暑假期间，班组对全校三百四十个水龙头加装了起泡器，对二十六处漏水管道进行了更换，全年用水量比上年下降百分之十三。
三是加强安全管理。坚持每月对配电房、实验楼线路进行一次巡检，排查并整改隐患十九处。
存在的不足是：起泡器清洗维护还不够及时，部分宿舍楼出水变小才发现滤网堵塞。明年我将建立起泡器定期清洗台账，每学期至少清洗两次。
述职人：水电班　陶新
2024年12月28日
""",
    ),
]
