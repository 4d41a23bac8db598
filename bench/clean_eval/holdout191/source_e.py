"""holdout191, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="community-qiyuan-notice-kneepads-elders-table",
        site="杞苑社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qiyuansq.cn/sqgg/2025/1125/208.html",
        title="关于为辖区80周岁以上老人发放冬季护膝的通知",
        record_title="关于为辖区80周岁以上老人发放冬季护膝的通知-杞苑社区服务网",
        date="2025-11-25",
        notes="residents' site with a weather widget, a grid-worker box and a property hotline next to the community's own "
        "phone; a table of pickup points; a birth-date cut-off inside a sentence is no publishing date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于为辖区80周岁以上老人发放冬季护膝的通知-杞苑社区服务网</title></head><body>
<div class="top"><span>⟦m 杞苑社区服务网⟧</span> <span>⟦m 耜阳　小雨　6～11℃⟧</span> <a>⟦a 居民登录⟧</a></div>
<div class="nav">⟦m 首页｜社区公告｜办事指南｜党建园地｜志愿服务｜邻里圈⟧</div>
<div class="pos">⟦m 当前位置：首页 › 社区公告⟧</div>
<div class="main"><h2>{T}</h2>
<div class="meta">⟦m 发布人：社区办公室　浏览：287⟧</div>
<div class="txt">
{BODY}
</div></div>
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第3网格　邹晓莉　138****6620⟧</p></div>
<div class="foot">⟦m 物业24小时服务热线：0738-4216000⟧<br>⟦m 耜阳县城东街道杞苑社区居民委员会主办⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
天气渐冷，为关爱辖区高龄老人，社区联合辖区爱心企业为80周岁以上老人每人发放加绒护膝一副。现将有关事项通知如下。
一、发放对象：户籍或常住在本社区、年满80周岁的老人（1945年12月31日前出生）。
二、发放时间：12月1日至12月5日，每天上午9:00至11:30。
三、发放地点
小区　发放地点
杞苑一期　社区党群服务中心一楼
杞苑二期、三期　二期北门物业服务站
四、领取方式：老人本人或家属凭老人身份证领取，并在登记表上签字。行动不便的老人，可提前告知网格员上门送达。
联系电话：0738-4216609（社区办公室）
杞苑社区居民委员会
2025年11月25日
""",
    ),
    dict(
        slug="community-liuwan-initiative-storage-box-swap",
        site="榴湾社区服务网 (invented)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.liuwansq.com/gonggao/changyi/20250421.html",
        title="“闲置保鲜盒换新绿”倡议书",
        record_title="【邻里倡议】“闲置保鲜盒换新绿”倡议书 - 榴湾社区服务网",
        date="2025-04-20",
        date_also=["2025-04-21"],
        notes="residents' site: a support button, residents' comments, the community office's and property's phones; "
        "the posting time differs from the initiative's date (the document's date expected); two signatories; "
        "a sentence inviting residents to share photos stays",
        page="""
!m 榴湾社区服务网 · 您身边的邻里之家
!m 首页 › 社区公告 › 倡议
!t 【邻里倡议】“闲置保鲜盒换新绿”倡议书
!m 发布：社区办公室　时间：2025-04-21 09:40　阅读：356
{BODY}
!a 支持倡议(89)　　我要留言
!l 居民留言：
!l 3栋 林阿姨：我家有十几个，周六拿过去！
!l 7栋 小周：点赞，已转发到楼栋群
!m 社区办公室：0736-2218806　物业服务中心：0736-2218899
!d 本站为榴湾社区居民委员会主办的便民服务平台
""",
        body="""
亲爱的居民朋友们：
家家户户的橱柜里，或多或少都有几个用不上的保鲜盒：盖子丢了的、尺寸不合适的、买多了没拆封的。扔掉可惜，留着占地方。为此，社区向大家发出如下倡议：
一、整理闲置。请大家清理家中闲置的保鲜盒，干净完好的可以拿到社区“邻里换物角”与邻居交换；破损变形的投放到可回收物桶。
二、自带餐盒。外出就餐打包时尽量自带保鲜盒，少用一次性餐盒。
三、分享妙用。欢迎大家把旧保鲜盒改作种菜盆、收纳盒的好点子拍照分享到社区群，社区将每月评选“巧手达人”。
让我们从一个小小的保鲜盒做起，共建绿色低碳的美好家园！
榴湾社区居民委员会
榴湾社区新时代文明实践站
2025年4月20日
""",
    ),
    dict(
        slug="association-roucheng-minutes-sandpaper-standard-vote",
        site="鞣城磨具协会 (invented trade association)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.rcmjxh.org.cn/xhyw/2025/0519/96.html",
        title="鞣城市磨料磨具行业协会第三届理事会第五次会议纪要",
        record_title="鞣城市磨料磨具行业协会第三届理事会第五次会议纪要_协会要闻_鞣城磨具协会",
        date="2025-05-16",
        date_also=["2025-05-19"],
        notes="association site with a member-login row; minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count stay; "
        "the meeting date is the document's date, the posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>鞣城市磨料磨具行业协会第三届理事会第五次会议纪要_协会要闻_鞣城磨具协会</title></head><body>
<div class="login"><a>⟦a 会员单位登录⟧</a> ｜ <a>⟦a 申请入会⟧</a></div>
<div class="hd">⟦m 鞣城市磨料磨具行业协会⟧ ⟦m 服务会员　规范行业　促进发展⟧</div>
<div class="nav">⟦m 首页　协会概况　协会要闻　标准化工作　会员风采　政策法规⟧</div>
<div class="pos">⟦m 首页 ＞ 协会要闻⟧</div>
<div class="con"><h1>{T}</h1>
<div class="meta">⟦m 发布时间：2025-05-19　来源：协会秘书处　阅读：264⟧</div>
<div class="article">
{BODY}
</div>
<div class="tool">⟦a 打印此文⟧ ⟦a 返回上页⟧</div>
<div class="rel">⟦l 相关链接：团体标准管理办法｜2024年度协会工作报告⟧</div></div>
<div class="foot">⟦m 协会秘书处电话：0736-2263518　传真：0736-2263519⟧<br>⟦m 湘ICP备17011206号⟧</div>
</body></html>
""",
        body="""
时间：2025年5月16日上午9:00
地点：鞣城市工商联大厦六楼会议室
主持：协会会长　晏国栋
出席：理事单位代表19人（应到21人）
列席：市市场监管局标准化科　汪丽
记录：协会秘书处　温可
会议审议通过了以下事项：
一、《涂附磨具　环保型干磨砂纸》团体标准（送审稿）。与会代表对游离甲醛限量、粒度均匀性等指标进行了讨论，表决结果：同意18票，反对0票，弃权1票，获得通过。
二、协会2025年会费收缴及使用方案。
三、吸收耩原县鑫磨五金经营部等3家单位为会员单位。
会议要求秘书处在6月底前完成团体标准报批稿的修改和公示，并组织会员单位开展标准宣贯。
""",
    ),
    dict(
        slug="association-louchuan-pact-ricecooker-articles",
        site="耧川县小家电行业协会 (invented)",
        style="行业协会",
        genre="公约",
        kind="rule",
        form="text",
        source="http://www.lcxjdxh.org/hyzl/gyzf/2025/0317/33.html",
        title="电饭锅行业诚信经营自律公约",
        date="2025-03-15",
        date_also=["2025-03-17"],
        notes="title as in the record; the association's name as the site's head line is also the signature (matched as "
        "head); 第N条 articles, one about scanning a code (content); posting date differs from the pact's date",
        page="""
!m 耧川县小家电行业协会
!a 会员登录　｜　入会申请　｜　English
!m 首页 > 行业自律 > 公约规范
{T}
!m 发布时间：2025-03-17　　点击：508
{BODY}
!a 下载公约全文（PDF）　｜　打印
!l 上一篇：协会召开2025年度会员大会
!l 下一篇：关于开展小家电质量提升月活动的通知
!m 协会秘书处电话：0739-6290318　邮箱：lcxjd_xh@126.com
!m Copyright © 耧川县小家电行业协会
""",
        body="""
为规范电饭锅行业经营秩序，维护消费者合法权益，促进全县电饭锅产业健康发展，经协会会员大会讨论通过，制定本公约。
第一条　会员企业应当诚信经营，不虚标容量、功率和内胆材质，不使用“最”“第一”等夸大宣传用语。
第二条　会员企业应当严格执行国家标准，建立产品质量追溯制度，每台产品可扫码查询生产批次和检验记录。
第三条　会员企业不得以低于成本的价格恶意竞争，不得诋毁同行产品。
第四条　会员企业应当建立售后服务制度，公开服务电话，对消费者投诉在48小时内作出回应。
第五条　协会设立自律监督小组，对违反本公约的会员，视情节给予提醒谈话、通报批评直至取消会员资格。
第六条　本公约自会员大会通过之日起施行。
耧川县小家电行业协会
2025年3月15日
""",
    ),
    dict(
        slug="company-anxi-news-tiler-kneepad-appraisal",
        site="安膝劳保 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.anxi-laobao.com/news/company/2025-09-26/77.html",
        title="公司瓷砖工专用护膝通过省级新产品鉴定",
        record_title="公司瓷砖工专用护膝通过省级新产品鉴定_企业新闻_安膝劳保",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="company site with a cookie notice and an online-service float; date in the record; a product-ad line "
        "between paragraphs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>公司瓷砖工专用护膝通过省级新产品鉴定_企业新闻_安膝劳保</title>
<script src="/static/kefu.js"></script></head><body>
<div class="cookie">⟦d 本站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策⟧ <button>⟦a 我知道了⟧</button></div>
<header><div class="logo">⟦m 安膝劳保⟧</div><div class="slogan">⟦m 专注膝部防护二十年⟧</div>
<nav>⟦m 首页 / 产品中心 / 解决方案 / 新闻中心 / 关于我们 / 联系我们⟧</nav></header>
<div class="crumb">⟦m 首页 > 新闻中心 > 企业新闻⟧</div>
<article><h1>{T}</h1>
<div class="date">⟦m 2025-09-26　阅读 418⟧</div>
<div class="content">
{BODY}
</div>
<div class="pn">⟦l 上一篇：安膝劳保亮相全国劳动防护用品交易会⟧<br>⟦l 下一篇：公司开展秋季消防安全演练⟧</div></article>
<div class="kefu">⟦w 在线客服　｜　订购热线 400-820-7716⟧</div>
<footer>⟦m 耦溪县安膝劳保用品有限公司　地址：耦溪县工业园区纬三路9号⟧<br>⟦m 湘ICP备18033421号-1⟧</footer>
</body></html>
""",
        body="""
9月24日，由省工业和信息化厅组织的新产品鉴定会在省城召开，我公司自主研发的“AX-T3瓷砖工专用护膝”通过省级新产品鉴定。
该产品针对瓷砖铺贴、地板安装等长时间跪姿作业设计，采用硬质聚碳酸酯护盖和分区蜂窝缓冲内衬，跪压时膝盖受力面积增加近一倍；绑带采用可拆洗的透气面料，解决了传统护膝夏季闷热的问题。
⟦a 【产品直达】AX-T3瓷砖工专用护膝　点击了解详情 ＞⟧
鉴定委员会认为，该产品结构设计合理，舒适性和耐用性达到国内同类产品先进水平，同意通过鉴定。
目前，该产品已获得实用新型专利2项，年产能达30万副，产品销往全国20多个省份。
""",
    ),
    dict(
        slug="company-boyin-recall-lanyard-clips-table",
        site="博印标识 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.boyin-id.com/news/notice/2025080501.html",
        title="关于部分批次工牌挂绳金属扣召回的公告",
        record_title="企业公告 › 关于部分批次工牌挂绳金属扣召回的公告 - 博印标识",
        date="2025-08-05",
        notes="a recall with a batch table (production dates inside the table are no publishing date); the recall line "
        "stays next to the company's 400 order line; the byline date agrees with the 成文日期",
        page="""
!m 博印标识 · 工牌证卡一站式定制
!m 首页　产品中心　定制流程　案例展示　新闻公告　联系我们
!m 当前位置：首页 > 新闻公告 > 企业公告
!t 企业公告 › 关于部分批次工牌挂绳金属扣召回的公告
!m 2025-08-05　浏览 621
{BODY}
!w 批量定制热线：400-880-6172　在线客服：工作日 9:00-21:00
!l 相关产品：PVC工牌卡套｜硅胶胸卡套｜伸缩易拉扣
!m 缃江博印标识制品有限公司　地址：缃江市经开区创业路12号
""",
        body="""
尊敬的客户：
经我公司质量部门排查，2025年5月至6月生产的部分工牌挂绳，其金属弹簧扣存在弹簧强度不足的问题，使用中可能出现松脱，导致工牌掉落。为保障客户权益，我公司决定对上述产品实施召回。
一、召回范围
产品名称　批次号　生产日期
扁平涤纶挂绳（金属弹簧扣）　BY2505-08至BY2505-21　2025年5月6日至5月28日
圆绳挂绳（金属弹簧扣）　BY2506-02至BY2506-11　2025年6月3日至6月19日
二、召回方式：客户可联系我公司客服登记，我公司将免费更换为加强型弹簧扣挂绳，并承担往返运费。
三、召回期限：自本公告发布之日起至2025年12月31日。
召回专线：0731-8840217（工作日9:00-18:00）
对由此给您带来的不便，我们深表歉意。
缃江博印标识制品有限公司
2025年8月5日
""",
    ),
    dict(
        slug="training-zhihua-brochure-sandpaper-painting-fees",
        site="耜阳知画美术培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.zhihua-art.cn/zhaosheng/shazhihua-winter.html",
        title="砂纸画创作周末班招生简章",
        record_title="【招生】砂纸画创作周末班招生简章·冬季 - 耜阳知画美术培训学校",
        date=None,
        notes="training school with a promo box, a consult float and a 400 franchise line next to the school's own "
        "报名电话; a course table; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【招生】砂纸画创作周末班招生简章·冬季 - 耜阳知画美术培训学校</title></head><body>
<div class="top">⟦m 知画美术⟧ ⟦m 让每个孩子都爱上画画⟧ ⟦w 全国加盟热线：400-966-3018⟧</div>
<div class="nav">⟦m 首页 | 课程体系 | 师资团队 | 学员作品 | 招生信息 | 联系我们⟧</div>
<div class="banner">⟦a 冬季班火热报名中，前20名赠送画材大礼包⟧</div>
<div class="page"><h1>{T}</h1>
<div class="meta">⟦m 浏览：1935次⟧</div>
<div class="detail">
{BODY}
</div>
<div class="apply">⟦a 在线报名⟧ ⟦a 预约免费试听⟧</div></div>
<div class="float">⟦w 在线咨询　课程顾问一对一解答⟧</div>
<div class="foot">⟦m 耜阳知画美术培训学校　办学许可证号：教民143102870000127号⟧<br>⟦d 图片及作品版权归本校所有⟧</div>
</body></html>
""",
        body="""
砂纸画是以砂纸为底、用油画棒或彩色蜡笔作画的一种绘画形式，色彩浓郁、肌理独特，适合6至12岁的孩子学习。
一、课程安排
班级　适合年龄　上课时间　课时
启蒙班　6至8岁　周六上午9:00-10:30　16课时
提高班　9至12岁　周日下午14:30-16:30　20课时
二、课程内容：砂纸的目数与特性、油画棒叠色与刮画技法、风景与静物写生、主题创作。
三、收费标准：启蒙班1280元/期，提高班1680元/期，含全部画材；兄弟姐妹同报每人优惠100元。
四、报名方式：携孩子到校区前台现场报名，首次可免费试听一节课。
报名电话：0738-4452266（校区前台）
校区地址：耜阳县文化路36号二楼
""",
    ),
    dict(
        slug="training-jiangxin-insight-tiler-course-kneepads",
        site="耩原县匠心职业培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.gyjiangxin.com/xysx/2025/1107/19.html",
        title="参加瓷砖镶贴工技能培训的几点体会",
        record_title="学员手记 | 参加瓷砖镶贴工技能培训的几点体会 - 耩原县匠心职业培训学校",
        date=None,
        notes="a trainee's essay on a training school's site: enrolment prompt between paragraphs, a WeChat consult line, "
        "a free-material button; the trainee's signature stays; no date",
        page="""
!m 匠心职业培训学校
!m 政府补贴性培训定点机构
!m 首页 › 学员风采 › 学员手记
!t 学员手记 | 参加瓷砖镶贴工技能培训的几点体会
!m 浏览：403次
{BODY}
!w 报名咨询：0745-3370188（微信同号）
!a 免费领取《瓷砖镶贴工考证资料包》
!l 其他学员手记：从零基础到拿证，我用了28天｜育婴员培训结业感言
!m 耩原县匠心职业培训学校　地址：耩原县建设路101号
""",
        body="""
今年9月，我报名参加了学校的瓷砖镶贴工培训班，在一个月的学习中，收获很多。
一是学到了规范的操作方法。以前我跟着亲戚干活，全凭感觉，这次老师从弹线、排砖、调浆讲起，让我知道了铺贴的每一步都有标准。
⟦a 11月新班开课在即，符合条件的学员可享受政府培训补贴 ＞＞ 立即报名⟧
二是懂得了保护自己。刚开始实训时，我嫌护膝麻烦不愿意戴，一个星期下来膝盖就青了。老师告诉我们，这一行干得久的师傅，很多人膝盖都有毛病，护膝一定要戴。现在我每次上工都戴着学校发的护膝。
三是增强了就业信心。结业时我通过了考核，拿到了职业技能等级证书，已经有两家装修公司联系我。
感谢学校和老师的培养，我会把学到的本领用到每一块砖上。
学员：石小军
""",
    ),
    dict(
        slug="fanwenapp-miaobi-insight-teller-badge-oneline",
        site="妙笔写作App (invented writing app share page)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.miaobixiezuo.com/s/Kx82PqT7",
        title="银行柜员“亮牌服务”心得体会",
        record_title="银行柜员“亮牌服务”心得体会 - 妙笔写作App分享",
        date=None,
        notes="writing-app share page: open-app prompts above and below; the whole body on one line, paragraphs apart only "
        "by their indent; an AI-continue button glued after a sentence; no date",
        page="""
!m 妙笔写作App · 分享页
!t 银行柜员“亮牌服务”心得体会 - 妙笔写作App分享
!m 来自用户「柜台小满」的分享　｜　1.6万人看过
!a 打开App，查看完整版并一键生成同类范文
{BODY}
!a 剩余内容需在App内查看　【立即打开】
!l 相关推荐：银行网点优质服务心得｜柜员岗位年度总结｜文明服务标兵事迹材料
!m 妙笔写作 · 让写作不再难
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
今年以来，我行在营业网点推行“亮牌服务”，要求柜员佩戴印有姓名、工号和照片的工牌上岗，柜台上摆放服务承诺牌。作为一名一线柜员，我对这项工作有几点体会。
一是工牌亮出的是身份，更是责任。以前客户只知道“那个柜员”，现在能叫出我的名字。被客户叫名字的时候，我就提醒自己，每一笔业务都要办得准、办得好。⟦a 【AI续写】⟧
二是亮牌服务让沟通更顺畅。有一次，一位老人办理业务时记不住操作步骤，第二天拿着写有我名字的小纸条来找我，说“就找你办”。那一刻，我感受到了被信任的温暖。
三是亮牌更要亮出本领。我将继续加强业务学习，提升服务效率，让工牌上的名字成为客户放心的“招牌”。
""",
    ),
    dict(
        slug="fanwenapp-xiezuoxia-plan-storage-box-sales-h5",
        site="写作侠 (invented writing app, H5 share)",
        style="范文APP",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://h5.xiezuoxia.cn/doc/share?id=88412035",
        title="保鲜盒厂2026年度销售工作计划",
        record_title="保鲜盒厂2026年度销售工作计划（可直接套用）- 写作侠",
        date="2025-12-15",
        notes="H5 share page with an app bar, an open-app mask and an AI-write button; the year in the title is no date, the "
        "plan's own date line is",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>保鲜盒厂2026年度销售工作计划（可直接套用）- 写作侠</title></head><body>
<div class="app-bar"><span>⟦m 写作侠⟧</span> <a>⟦a 打开App⟧</a></div>
<div class="doc"><h1>{T}</h1>
<div class="meta">⟦m 分享自 写作侠App · 工作计划频道　2.3万人已阅⟧</div>
{BODY}
<div class="mask">⟦a 打开App免费阅读全文⟧</div>
<div class="ai">⟦a ✨ 用AI帮我写一篇同类计划⟧</div>
<div class="rec"><h4>⟦l 为你推荐⟧</h4><p>⟦l 销售部2026年工作计划范文⟧</p><p>⟦l 日用品公司销售年度总结⟧</p></div>
<div class="foot">⟦d 内容由用户上传或AI生成，仅供参考⟧</div>
</div></body></html>
""",
        p_html='<p class="para">{}</p>',
        body="""
2026年，销售部将紧紧围绕公司“稳内销、拓外贸、强电商”的总体思路，全力完成年度销售目标。具体计划如下。
一、年度目标
全年实现销售额2.6亿元，同比增长12%；其中电商渠道占比提高到55%，外贸出口突破4000万元。
二、主要措施
1.深耕电商渠道。在现有两个平台旗舰店的基础上，开设直播间专场，每月策划一次主题促销。
2.拓展外贸市场。参加两场国际家居用品展，重点开发中东、南美客户。
3.优化产品结构。配合研发部推出可微波玻璃保鲜盒新品系列，淘汰低毛利老款12个。⟦d 【本段由AI润色，仅供参考】⟧
4.强化客户服务。建立经销商分级管理制度，售后问题24小时内响应。
三、保障措施
实行月度目标考核，销售提成与回款挂钩；每季度组织一次销售技能培训。
销售部
2025年12月15日
""",
    ),
    dict(
        slug="examforum-shangan-essay-badges-junk",
        site="上岸吧论坛 (invented civil-service exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shanganba.com/thread-730215-1-1.html",
        title="小小工牌连着大大的责任",
        record_title="[申论习作] 小小工牌连着大大的责任（求批改） - 申论交流 - 上岸吧论坛",
        date=None,
        notes="exam forum essay with junk as a line and glued after 。; an edit stamp and relative times (no date); "
        "replies and a reply-to-see prompt below",
        page="""
!m 上岸吧论坛 › 申论交流 › 习作批改
!t [申论习作] 小小工牌连着大大的责任（求批改）
!m 作者：备考第三年　发表于 2 天前　｜　阅读 733　回复 18
!m 本帖最后由 备考第三年 于 2 天前 编辑
{BODY}
!l 1# 老郑讲申论：立意不错，第三段论证可以再展开。
!l 2# 上岸了的阿禾：结尾收得好，分论点可以用对仗句。
!a 回复可见批改范文　｜　快速回复
!m 上岸吧论坛　公考人的加油站
""",
        junk=dict(lines=1, glued=2),
        body="""
走进政务服务大厅，每一位窗口工作人员胸前都挂着一块工牌，上面印着照片、姓名和岗位编号。这块小小的工牌，连着的是大大的责任。
工牌是一种身份的公示。佩戴工牌，意味着把自己置于群众的监督之下，办事快慢、态度好坏，群众都看在眼里、记在心上。
工牌是一份无声的承诺。有的地方在工牌背面印上评价二维码，群众随手一扫就能打分，倒逼工作人员把“脸好看、事好办”落到实处。
工牌更是一面镜子。它照出的不只是个人形象，更是政府的形象。少数工作人员把工牌翻过来戴、揣进兜里，折射出的是怕监督、怕担责的心态。
小工牌，大责任。唯有把工牌戴正、把责任扛稳，才能不负群众的每一次托付。
""",
    ),
    dict(
        slug="examforum-gongkao-interview-kneepads-elders",
        site="公考驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="html",
        source="http://www.gongkaoyizhan.net/forum.php?mod=viewthread&tid=318827",
        title="社区给独居老人送护膝，有人说是形式主义，你怎么看",
        record_title="[结构化练习] 社区给独居老人送护膝，有人说是形式主义，你怎么看 - 面试专区 - 公考驿站论坛",
        date=None,
        notes="exam forum with a reply-to-see prompt between paragraphs and a rating row; the post's reference answer "
        "with a bracketed head; 发表于 4 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[结构化练习] 社区给独居老人送护膝，有人说是形式主义，你怎么看 - 面试专区 - 公考驿站论坛</title></head><body>
<div id="hd">⟦m 公考驿站论坛⟧ ⟦m 一起备考，一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 公考驿站论坛 › 面试专区 › 结构化练习⟧</div>
<div class="pl"><h1>{T}</h1>
<div class="authi">⟦m 楼主：面试陪练小苏　发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 参与评分 12 人　金币 +36⟧</div>
<div class="po">⟦a 回复 ｜ 收藏 ｜ 举报⟧</div></div>
<div class="reply">⟦l 沙发 今年必上岸：第三点很实用，学习了⟧</div>
<div id="ft">⟦m 公考驿站论坛 ( 湘ICP备21009833号 )⟧</div>
</body></html>
""",
        body="""
【参考答案】
送护膝本身是一件暖心事，但能不能暖到老人心里，关键看怎么送。
一方面，要肯定社区关爱老人的初衷。入冬后不少独居老人有关节疼痛的困扰，一副合适的护膝既实用又体贴，体现了社区工作的温度。
另一方面，也要正视“形式主义”的质疑。如果只是统一采购、拍照留念，不问老人需不需要、尺码合不合适，甚至让老人配合摆拍，那就背离了初衷。
⟦a 【隐藏内容】考官点评及高分答题框架，回复本帖后可见⟧
如果我是社区工作人员，我会做好三件事：一是送前摸需求，由网格员入户了解老人的身体状况和实际需要；二是送时讲方法，请社区医生教老人正确佩戴；三是送后常回访，把送护膝变成关心老人健康的长期行动。
总之，关爱老人贵在用心，而不在形式。
""",
    ),
]
