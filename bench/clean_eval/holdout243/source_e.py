"""holdout243, part E: residents' sites, trade associations, company sites, training schools, writing apps.
Invented text (places, people, sites, numbers, URLs); written by hand, case by case.
See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="zhouyuan-community-pledge-corridor-hooks",
        site="籀园社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.zhouyuansq.cn/dongtai/2025/0115/276.html",
        title="关于清理楼道粘钩挂物、共建消防安全楼栋的倡议书",
        record_title="【安全楼栋】关于清理楼道粘钩挂物、共建消防安全楼栋的倡议书 - 籀园社区网",
        date="2025-01-15",
        notes="a residents' site: a weather line, a grid worker's box, property repair and night lines beside the community's own "
        "咨询电话; sentences that speak of 扫码 and 分享 as content; a follow prompt glued before the salutation",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【安全楼栋】关于清理楼道粘钩挂物、共建消防安全楼栋的倡议书 - 籀园社区网</title>
<script src="/js/weather.js"></script></head><body>
<div class="sq-top">⟦m 籀园社区网⟧　⟦m 邺川市郫湖区籀山街道籀园社区⟧　⟦m 今天 阴 2～9℃ 空气良⟧</div>
<div class="sq-nav">⟦m 社区首页　社区动态　办事指南　邻里互助　物业服务⟧</div>
<div class="sq-art">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区居委会　发布时间：2025-01-15　阅读 864⟧</div>
{BODY}
</div>
<div class="sq-grid"><h4>⟦l 我的网格员⟧</h4><p>⟦l 第三网格　苗晓燕　手机 139 7360 2245⟧</p></div>
<div class="sq-wuye">⟦m 物业报修：0736-2208866　夜间值班：0736-2208800⟧</div>
<div class="sq-foot">⟦m 籀园社区居民委员会　湘ICP备19033721号-1⟧</div>
</body></html>
""",
        body="""
⟦a 关注“籀园社区”公众号，社区通知不错过⟧全体居民朋友们：
近期，消防部门在检查中发现，我社区部分楼道墙面贴满粘钩，挂着拖把、雨伞、塑料袋甚至电动车充电线，既占用疏散通道，又容易引发火灾。为此，社区居委会向全体居民发出如下倡议：
一、自觉清理。请于1月31日前取下自家门口楼道墙面上的粘钩及所挂物品，楼道内不堆放杂物。
二、规范充电。电动自行车一律到小区集中充电棚充电，严禁用粘钩挂线、飞线充电。
三、相互提醒。请扫码加入楼栋消防微信群，发现楼道挂物及时提醒邻居，也欢迎把这份倡议分享给家人。
社区将于2月初组织网格员逐栋检查。咨询电话：0736-2231045
籀园社区居民委员会
2025年1月15日
""",
    ),
    dict(
        slug="juanqiao-community-text-postal-service-point",
        site="鄄桥社区 (invented residents' page), as text",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.juanqiaosq.cn/tz/2024/1105/90.html",
        title="关于鄄桥社区邮政便民服务点启用的通知",
        date="2024-11-05",
        notes="a residents' notice as text: the record gives the title as is; the service point's own phone beside the property's "
        "repair line and a grid worker's mobile; a sentence about 纪念邮戳 as content; 成文日期 under the signature",
        page="""
!m 鄄桥社区 · 邻里一家亲
!m 首页 > 社区公告
{T}
!m 社区居委会　2024-11-05　阅读 433
{BODY}
!l 留言（3）：太方便了，以后寄东西不用跑镇上了！
!m 物业维修热线：0736-5238400　网格员小彭：138 7365 1120
!m 鄄桥社区居民委员会 主办
""",
        body="""
各位居民：
为方便大家寄信、寄包裹，经与邠水县邮政分公司协商，鄄桥社区邮政便民服务点将于11月8日起在社区服务中心一楼启用。现将有关事项通知如下：
一、服务时间：每周一至周六9:00—17:00。
二、服务内容：平信、挂号信收寄，包裹收寄与代收，报刊订阅，邮票及明信片销售。
三、服务点启用当天，邮政分公司将加盖“鄄桥社区邮政便民服务点启用纪念”邮戳，欢迎集邮爱好者前来盖戳留念。
服务点启用后，居民可关注“邠水邮政”微信公众号，查询邮件投递进度。
服务点电话：0736-5238161
鄄桥社区居民委员会
2024年11月5日
""",
    ),
    dict(
        slug="yechuan-philatelic-assoc-council-minutes",
        site="邺川市集邮协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.ycjiyou.org.cn/xhdt/2025/0325/144.html",
        title="邺川市集邮协会第五届理事会第三次会议纪要",
        record_title="〖理事会会务〗邺川市集邮协会第五届理事会第三次会议纪要 · 邺川市集邮协会",
        date="2025-03-22",
        date_also=["2025-03-25"],
        notes="an association site: a member-login row and a member hotline; the 时间/地点/主持/出席/列席/记录 lines of minutes and "
        "a vote count; the association's name stands as the site name above the body (head) and inside the body; posting date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖理事会会务〗邺川市集邮协会第五届理事会第三次会议纪要 · 邺川市集邮协会</title>
<script src="/js/member.js"></script></head><body>
<div class="xh-top">⟦m 邺川市集邮协会⟧　<a>⟦a 会员登录⟧</a>　<a>⟦a 入会申请⟧</a></div>
<div class="xh-nav">⟦m 协会首页　协会动态　邮展活动　会员园地　集邮知识⟧</div>
<div class="xh-pos">⟦m 协会首页 › 协会动态⟧</div>
<h2>{T}</h2>
<div class="xh-info">⟦m 发布：2025-03-25　秘书处⟧</div>
<div class="xh-con">
{BODY}
</div>
<div class="xh-pn">⟦l 上一篇：2025年春节集邮迎春活动掠影⟧</div>
<div class="xh-foot">⟦m 会员服务热线：0736-2270519　协会地址：邺川市郫湖区邮政大楼六楼⟧</div>
</body></html>
""",
        body="""
时间：2025年3月22日上午9:00
地点：邺川市邮政大楼六楼会议室
主持：会长 钟立新
出席：理事21人（应到25人）
列席：各县区集邮协会秘书长
记录：秘书处 夏雯
会议审议并通过以下事项：
一、通过《邺川市集邮协会2025年工作要点》。表决结果：同意21票，反对0票，弃权0票。
二、决定于9月举办“方寸邺川”集邮展览，展品以本地风景邮戳、纪念邮戳实寄封为主。
三、同意吸收郫湖区第二实验小学集邮社为团体会员。
会议要求各县区协会加强对青少年集邮活动的指导，规范纪念邮戳的申请和使用。
""",
    ),
    dict(
        slug="xiangbao-assoc-text-pledge-luggage-tag-privacy",
        site="邺川市箱包行业协会 (invented), page as text",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.ycxiangbao.org/changyi/2025/0618/52.html",
        title="关于规范行李牌信息栏设计、保护旅客个人信息的倡议书",
        record_title="关于规范行李牌信息栏设计、保护旅客个人信息的倡议书 / 协会倡议 / 邺川市箱包行业协会",
        date="2025-06-18",
        notes="an association page as text: a slash-separated column and site suffix; the association's name on a line of its own "
        "above the body (head) that is also the signature; a member-login row; 成文日期 in Chinese numerals under the signature",
        page="""
!m 邺川市箱包行业协会
!m 会员登录　｜　加入协会　｜　联系我们
!t 关于规范行李牌信息栏设计、保护旅客个人信息的倡议书 / 协会倡议
!m 来源：协会秘书处　　2025-06-18
{BODY}
!l 协会倡议·往期：箱包产品质量诚信承诺书
!m 协会秘书处电话：0736-2291430　会员服务QQ群：602215877
""",
        body="""
全市箱包生产、销售企业：
行李牌是旅客出行的“小名片”。目前，不少企业随箱赠送的行李牌设有身份证号码、家庭住址等栏目，旅客照填后挂在箱外，个人信息一览无余。为此，协会向全体会员企业倡议：
一、优化设计。行李牌只设姓名、手机号和目的地栏目，不设身份证号码、详细住址栏目；提倡使用带翻盖或遮挡片的行李牌。
二、做好提示。在行李牌包装或说明书上提醒消费者不要填写过多个人信息。
三、诚信经营。不以“防丢定位行李牌”等名义夸大宣传，不收集、不泄露消费者信息。
邺川市箱包行业协会
二〇二五年六月十八日
""",
    ),
    dict(
        slug="hengnian-company-news-heatproof-hooks",
        site="恒粘日用品有限公司官网 (invented company site)",
        style="企业官网",
        genre="企业新闻",
        kind="news",
        form="html",
        source="https://www.hengnian.com.cn/news/2025/0709/88.html",
        title="恒粘日用推出耐高温无痕粘钩",
        record_title="恒粘日用推出耐高温无痕粘钩 ｜ 新闻中心 ｜ 恒粘HENGNIAN",
        date="2025-07-09",
        notes="a company site: a cookie notice, a service float with a 400 order line, a product-ad line between paragraphs; "
        "the title repeated and glued to the news lead; a dotted company date (the page's date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>恒粘日用推出耐高温无痕粘钩 ｜ 新闻中心 ｜ 恒粘HENGNIAN</title>
<script src="/assets/js/site.js"></script></head><body>
<div class="cookie">⟦d 本网站使用Cookie改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 知道了⟧</button></div>
<header><a class="logo">⟦m 恒粘HENGNIAN⟧</a><nav>⟦m 首页　产品中心　新闻中心　关于恒粘　联系我们⟧</nav></header>
<section class="news">
<div class="where">⟦m 首页 / 新闻中心 / 企业动态⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2025.07.09　｜　企业动态⟧</p>
{BODY}
</section>
<div class="svc-float">⟦w 在线客服⟧ ⟦w 订货热线 400-615-7788⟧</div>
<footer>⟦m © 恒粘日用品有限公司　邺川市漯坪镇工业园恒粘路1号⟧</footer>
</body></html>
""",
        body="""
⟦t 恒粘日用推出耐高温无痕粘钩⟧7月8日，恒粘日用品有限公司在邺川举行新品发布会，推出XN-08耐高温无痕粘钩。
与以往产品相比，XN-08采用新型丙烯酸背胶，在60℃的浴室环境下连续挂重3千克72小时不脱落，可用于瓷砖、玻璃和不锈钢表面，揭下时不留残胶。
⟦a 线上“恒粘旗舰店”现已上架，前100名下单立减10元⟧
公司技术负责人邓雅介绍，今年上半年公司收到的粘钩脱落投诉主要集中在浴室和厨房，研发团队用了四个月改进胶层配方，经过1200余次试验才定型。
新产品将于7月中旬起在全国各大商超陆续上市。
""",
    ),
    dict(
        slug="hanmo-paper-company-text-recall-manuscript",
        site="邺川翰墨纸品有限公司 (invented), announcement as text",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.hanmozhipin.com/gonggao/2024/1112/31.html",
        title="关于召回部分批次四百字作文稿纸的公告",
        record_title="关于召回部分批次四百字作文稿纸的公告 - 翰墨纸品·企业公告",
        date="2024-11-12",
        notes="a company announcement as text: a recall batch table (one row a paragraph), the recall line beside a 400 order line "
        "and a WeChat store line; 成文日期 under the signature",
        page="""
!m 翰墨纸品 HANMO PAPER
!m 首页 | 产品展示 | 企业公告 | 联系我们
!t 关于召回部分批次四百字作文稿纸的公告 - 翰墨纸品·企业公告
!m 发布日期：2024-11-12
{BODY}
!w 批发订货请拨打 400-870-3316
!a 微信搜索“翰墨纸品商城”，学生文具一站购齐
!m 邺川翰墨纸品有限公司　地址：邺川市漯坪镇纸业园8号
""",
        body="""
近日，我公司在质量抽检中发现，部分批次四百字作文稿纸存在方格印刷错位的问题，部分页面格线偏移2至3毫米，影响学生书写。为保护消费者权益，公司决定主动召回以下批次产品：
产品名称　规格　生产批号　数量（本）
四百字作文稿纸　16开　HM2410-07　5200
四百字作文稿纸　16开　HM2410-09　3800
四百字作文稿纸　B5　HM2410-11　2600
已购买上述批次产品的学校和消费者，可到原购买网点免费更换，或与我公司联系退货。
召回咨询电话：0736-2312095
邺川翰墨纸品有限公司
2024年11月12日
""",
    ),
    dict(
        slug="mobi-training-brochure-pen-calligraphy-paper",
        site="墨笔书法培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.mobishufa.cn/zsjz/2025-summer.html",
        title="2025年暑期硬笔书法班招生简章",
        record_title="【暑假书法课】2025年暑期硬笔书法班招生简章（赠专用练字稿纸）｜墨笔书法",
        date=None,
        notes="a training school page: a promo banner, a consult float with a WeChat id, a 400 franchise line beside the school's "
        "own 报名电话; a course table (one row a paragraph); a sentence about 扫码 as content; no date (a brochure)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【暑假书法课】2025年暑期硬笔书法班招生简章（赠专用练字稿纸）｜墨笔书法</title>
<script src="/js/kefu.js"></script></head><body>
<div class="promo">⟦a 暑期早鸟价：7月1日前报名立减200元⟧</div>
<div class="mb-top">⟦m 墨笔书法培训学校⟧　⟦m 写一手好字，受益一辈子⟧</div>
<div class="mb-nav">⟦m 首页　课程设置　师资力量　学员作品　校区分布⟧</div>
<h1>{T}</h1>
<div class="mb-body">
{BODY}
</div>
<div class="mb-float">⟦w 课程顾问微信：mobi_shufa666⟧ ⟦a 免费试听一节课⟧</div>
<div class="mb-join">⟦w 全国招商加盟热线 400-699-2018⟧</div>
<div class="mb-foot">⟦m 墨笔书法（邺川校区）　郫湖区文昌路18号二楼⟧</div>
</body></html>
""",
        body="""
为帮助中小学生养成正确的书写姿势，写好规范字，我校开设2025年暑期硬笔书法班。
一、课程安排
班级　上课时间　课时　学费
低段班（一至三年级）　7月7日—7月25日 上午　20课时　1280元
高段班（四至六年级）　7月7日—7月25日 下午　20课时　1380元
初中班　7月28日—8月15日 上午　20课时　1480元
二、课程特色：每节课从控笔、笔画、结构练起，使用学校统一设计的米字格、方格练字稿纸，课后布置一页稿纸作业，老师逐字批改。
三、报名方式：家长可到校区现场报名，也可扫描海报上的二维码在线报名。
报名电话：0736-2245190
""",
    ),
    dict(
        slug="yuanhang-training-text-insight-attendant-tickets-oneline",
        site="邺川远航职业培训学校 (invented), trainee's piece as text",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.ycyuanhang.cn/xysy/2025/0422/73.html",
        title="乘务员培训学习心得：一张车票背后的服务",
        record_title="学员心声〔客运乘务第12期〕乘务员培训学习心得：一张车票背后的服务",
        date=None,
        notes="a training school's trainee piece dumped as one line; a class prefix in the title; a trial-lesson prompt and "
        "an enrolment hotline; '2 周前' is no date; no date in the piece",
        page="""
!m 远航职业培训学校 · 学员心声
!t 学员心声〔客运乘务第12期〕乘务员培训学习心得：一张车票背后的服务
!m 作者：第12期学员 邝欣怡　｜　2 周前
{BODY}
!a 想当乘务员？预约一节免费体验课
!w 报名咨询热线：0736-2267702（招生办）
!l 更多学员心声：高铁乘务礼仪课有感　｜　我的第一次实习跟车
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
参加客运乘务培训一个月，我学到的第一课，就是认真对待每一张车票。
刚开始练习验票时，我觉得就是看一眼日期和车次。老师却让我们一张一张地核对：乘车日期、车次、席别、到站，还要看清是不是本人证件。有一次模拟练习，我漏看了到站，把一位“旅客”让上了错误的车厢，老师当场叫停，让我重新来过。
老师说，旅客把车票交到你手里，就是把这一趟行程托付给你。车票上的每一个字，后面都是一个人要去的地方。
现在我验票时会先微笑问好，再核对信息，遇到老人和外地旅客，还会多提醒一句在哪一站下车。我想，这就是一张车票背后的服务。
""",
    ),
    dict(
        slug="bixie-app-host-script-luggage-tag-contest",
        site="笔写宝 (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.bixiebao.cn/share/doc?id=6620871&from=wx",
        title="“我设计的行李牌”校园创意大赛颁奖仪式主持词",
        record_title="“我设计的行李牌”校园创意大赛颁奖仪式主持词（拿来就能念）· 笔写宝",
        date=None,
        notes="a writing app's H5 share: an open-app mask, a fold with 'expand', an AI-rewrite button glued after a 。, "
        "a template placeholder ×× in the script; an aside and an app suffix in the title; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>“我设计的行李牌”校园创意大赛颁奖仪式主持词（拿来就能念）· 笔写宝</title>
<script src="https://h5.bixiebao.cn/js/openapp.js"></script></head><body>
<div class="mask">⟦a 在笔写宝App中打开，写稿快人一步⟧</div>
<div class="bx-head">⟦m 笔写宝⟧　⟦m 千万职场人的写作助手⟧</div>
<h2>{T}</h2>
<p class="bx-meta">⟦m 范文编号 6620871　｜　1.2万人用过⟧</p>
<div class="bx-body">
{BODY}
</div>
<div class="bx-fold">⟦a 展开剩余 40%⟧</div>
<div class="bx-bottom">⟦a 一键复制　｜　导出Word　｜　AI换个说法⟧</div>
<div class="bx-rec"><h4>⟦l 你可能还需要⟧</h4><p>⟦l 校园科技节闭幕式主持词⟧</p><p>⟦l 少先队入队仪式主持稿⟧</p></div>
</body></html>
""",
        body="""
尊敬的各位老师、亲爱的同学们：
大家下午好！欢迎来到“我设计的行李牌”校园创意大赛颁奖仪式现场。
本次大赛历时一个月，全校共收到参赛作品326件。同学们有的把家乡的风景画在行李牌上，有的设计了能遮住电话号码的翻盖，还有的用旧纸盒做出了环保行李牌。⟦a ✨ AI帮你改写这一段⟧
下面，有请××副校长宣布获奖名单。
（宣布名单）
感谢××副校长！接下来，请获得一等奖的同学上台领奖，请××老师为他们颁奖。
同学们，一个小小的行李牌，装着大家的创意，也装着出行的安全。希望大家把这份创意带到生活中，做一个会观察、会动手的人。颁奖仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="bixie-app-text-report-post-office-head",
        site="笔写宝 (invented writing app), share copied as text",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://h5.bixiebao.cn/share/doc?id=6631402",
        title="2024年度桯口邮政支局局长述职报告",
        record_title="2024年度桯口邮政支局局长述职报告（基层网点适用·稍改即交）· 笔写宝",
        date="2025-01-15",
        notes="a writing app's share as text: an aside and an app suffix in the title; a vip line between paragraphs; "
        "a copy prompt glued after the last 。; 成文日期 (name and date) at the end",
        page="""
!m 笔写宝 · 范文详情
!t 2024年度桯口邮政支局局长述职报告（基层网点适用·稍改即交）
!m 1.6万人用过　｜　收录于「年终述职」
{BODY}
!a 打开App，用AI帮你换成自己单位的内容
!l 相关范文：邮政网点营业员个人总结　｜　快递站点负责人述职
""",
        body="""
2024年，我在桯口邮政支局局长岗位上，带领支局5名员工，较好地完成了各项任务。现将履职情况报告如下。
一、业务发展。全年支局业务收入182万元，同比增长9%；包裹收寄量增长31%，农村电商寄递成为新的增长点。
⟦a 🔒 开通笔写宝VIP，解锁全部12000篇述职范文⟧
二、服务质量。严格落实日戳管理制度，每日营业前试盖日戳并核对日期，全年未发生邮戳错误、字口不清的投诉；在镇中学开展两次集邮知识讲座。
三、安全管理。组织消防和防抢演练4次，全年无安全事故。
四、存在不足。网点面积小，高峰期客户排队时间较长；本人在营销方面办法不多。
下一步，我将争取改造营业厅，提升服务效率。⟦a 复制全文⟧
述职人：邝建明
2025年1月15日
""",
    ),
]
