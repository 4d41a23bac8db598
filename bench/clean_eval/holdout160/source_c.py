"""holdout160, part C: tea-egg (茶叶蛋) stalls, brine makers and the people who license and
inspect them. Invented sites, counties (簕山, 箨原, 簦水 …), people, URLs and chrome wording."""

CASES = [
    dict(
        slug="university-canteen-tea-egg-news-html",
        site="簕山学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.leshan-college.example.edu.cn/info/1032/18821.htm",
        title="后勤服务中心推出“早八”暖心早餐窗口",
        record_title="后勤服务中心推出“早八”暖心早餐窗口-簕山学院新闻网",
        date="2025-09-23",
        notes="university news: 发布时间 byline; photo caption between paragraphs; 撰稿/审核 line glued after the last paragraph; a 'share to' row",
        page="""
<html><head><meta charset="utf-8"><title>后勤服务中心推出“早八”暖心早餐窗口-簕山学院新闻网</title></head><body>
<div class="logo">⟦m 簕山学院新闻网⟧ ⟦m 校园首页｜English⟧</div>
<div class="menu">⟦m 学院要闻　综合新闻　媒体簕院　校园文化　图说簕院⟧</div>
<h1>⟦t 后勤服务中心推出“早八”暖心早餐窗口⟧</h1>
<div class="info">⟦m 发布时间：2025-09-23　作者：后勤服务中心　点击：[2418]⟧</div>
{BODY}
<div class="share">⟦l 分享至：朋友圈 ｜ 微博 ｜ 复制链接⟧</div>
<div class="pn">⟦l 上一篇：我校举行2025级新生开学典礼⟧<br>⟦l 下一篇：图书馆开展“读书月”系列活动⟧</div>
<div class="foot">⟦m 版权所有：簕山学院党委宣传部　地址：簕山市学院路9号⟧</div>
</body></html>
""",
        body="""
为方便有早课的同学就餐，后勤服务中心自9月22日起在第二食堂一楼开设“早八”早餐窗口，每天6点40分开始供应。
窗口供应茶叶蛋、杂粮包、豆浆等十余个品种，茶叶蛋每个一元五角，由食堂用自制卤汁煮制。
⟦m 图为同学们在“早八”窗口排队购买早餐⟧
开设首日，窗口共售出茶叶蛋一千二百余个。后勤服务中心表示，将根据同学们的意见逐步增加品种。⟦m （撰稿：龙思雨　审核：杜泽）⟧
""",
    ),
    dict(
        slug="county-forum-station-tea-egg-stall-junk",
        site="箨原在线 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.tuoyuan.example.com/forum.php?mod=viewthread&tid=880127",
        title="汽车站门口卖茶叶蛋的王婆婆搬到哪里去了？",
        record_title="汽车站门口卖茶叶蛋的王婆婆搬到哪里去了？ - 箨原杂谈 - 箨原在线",
        date="2025-12-03",
        junk=dict(lines=1, glued=1),
        notes="county forum: junk glued and on a line; 发表于 the date; a sticky ad row and reply box",
        page="""
!m 箨原在线 › 箨原杂谈
!a 【广告】箨原婚纱摄影年终特惠，点击咨询
{T}
!m 发表于 2025-12-3 07:52 | 楼主：南门老街坊
!m 2680 浏览 ｜ 41 回复
{BODY}
!l 快速回复　高级模式
!l 您需要登录后才可以回帖 登录 | 立即注册
!m 箨原在线 © 2010-2025　客服QQ：2204115683
""",
        body="""
在汽车站门口卖了十几年茶叶蛋的王婆婆，这个礼拜突然不见了。
她家的蛋是用柴火炉子煮的，八角桂皮放得足，一块钱一个，好多赶早班车的人都靠它当早饭。
听说是车站改造，门口的流动摊点都要清走。
有没有知道的朋友说一声，她搬到哪里摆了？我们几个老顾客想去照顾照顾生意。
""",
    ),
    dict(
        slug="exam-urban-management-interview-notice-html",
        site="箨原市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.tyrsks.example.gov.cn/ksgg/2025/1120/5521.html",
        title="箨原市2025年城市管理辅助人员招聘面试公告",
        record_title="【面试公告】箨原市2025年城市管理辅助人员招聘面试公告",
        date="2025-11-20",
        notes="personnel-exam site: the exam centre's 咨询电话 beside the site's technical line; a timetable; 打印 and 下载 as content",
        page="""
<html><head><meta charset="utf-8"><title>【面试公告】箨原市2025年城市管理辅助人员招聘面试公告</title></head><body>
<div class="hd">⟦m 箨原市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 成绩查询⟧ ⟦a 准考证打印入口⟧</div>
<div class="crumb">⟦m 首页 → 考试公告 → 事业单位⟧</div>
<h3>⟦t 箨原市2025年城市管理辅助人员招聘面试公告⟧</h3>
<div class="time">⟦m 【发布日期：2025-11-20】【信息来源：考务科】⟧</div>
{BODY}
<div class="tip">⟦m 网站技术支持电话：0736-8210066（仅受理报名系统技术问题）⟧</div>
<div class="foot">⟦m 主办单位：箨原市人事考试中心⟧ ⟦d 未经许可不得复制本站内容⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下：
一、面试时间和地点
岗位　面试日期　地点
市容巡查岗　11月29日上午　市委党校二号教学楼
摊点管理岗　11月29日下午　市委党校二号教学楼
二、面试形式为结构化面试，重点考察考生处理流动摊点、占道经营等问题的能力。
三、考生请于11月25日至27日登录本网站下载打印面试通知书。
咨询电话：0736-8211570（市城市管理局人事科）
箨原市人事考试中心
2025年11月20日
""",
    ),
    dict(
        slug="lawfirm-tea-egg-stall-lease-dispute",
        site="簦水明远律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="text",
        source="https://www.mingyuan-law.example.com/anli/2025/0614.html",
        title="摊位转租未经同意，卖茶叶蛋的老板要赔吗？",
        record_title="律师说法丨摊位转租未经同意，卖茶叶蛋的老板要赔吗？",
        date="2025-06-14",
        notes="law firm: consult card with a 400 line; a not-legal-advice notice; numbered analysis; 发布于 the date",
        page="""
!m 明远律师事务所 · 簦水
!m 首页 / 律师说法 / 合同纠纷
!t 律师说法丨摊位转租未经同意，卖茶叶蛋的老板要赔吗？
!m 发布于 2025-06-14　作者：唐思远 律师
{BODY}
!d 本文仅为一般性法律知识介绍，不构成针对具体案件的法律意见。
!w 免费法律咨询 400-086-7719（工作日 9:00—18:00）
!l 推荐阅读：门面房提前退租，押金能要回来吗？
""",
        body="""
【案情】李某在菜市场租了一个摊位卖茶叶蛋，合同约定不得转租。后来李某回老家，把摊位转给同乡张某经营，市场管理方得知后要求解除合同并扣除押金。
【分析】
1.合同明确禁止转租的，承租人未经出租人同意转租，出租人可以解除合同。
2.押金能否扣除，要看合同对违约责任如何约定；没有约定的，出租人应就实际损失举证。
【建议】摊主确需转让经营的，应先取得市场方书面同意，并签订补充协议。
""",
    ),
    dict(
        slug="community-night-market-stall-registration-html",
        site="篙湾社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.gaowan-sq.example.com/notice/2025/04/771.html",
        title="关于篙湾便民夜市第二批摊位登记的通知",
        record_title=None,
        date="2025-04-07",
        notes="residents' site without a record title (h2 title); app banner and weather widget; a grid member's mobile beside the community hotline; placeholders in a form line",
        page="""
<html><head><meta charset="utf-8"><title>篙湾社区网</title></head><body>
<div class="app">⟦a 下载“篙湾邻里”APP，办事不跑腿⟧</div>
<div class="weather">⟦m 今天 多云 14～22℃ 空气良⟧</div>
<div class="nav">⟦m 社区首页　通知公告　办事指南　邻里互助　社区活动⟧</div>
<h2>关于篙湾便民夜市第二批摊位登记的通知</h2>
<div class="meta">⟦m 篙湾社区居委会　2025-04-07⟧</div>
{BODY}
<div class="cm">⟦l 居民留言（12）　我要留言⟧</div>
<div class="ft">⟦m 社区服务热线：0738-5567001⟧ ⟦d Copyright © 篙湾社区居委会⟧</div>
</body></html>
""",
        body="""
各位居民：
篙湾便民夜市第二批摊位共二十个，主要用于茶叶蛋、烤红薯、手工馄饨等熟食小吃经营，现开放登记。
1.登记对象：本社区常住居民，优先考虑低保家庭和就业困难人员。
2.登记材料：身份证、健康证复印件及摊位申请表（姓名：＿＿＿ 经营品种：＿＿＿）。
3.登记时间：4月8日至4月15日，每天9时至17时。
联系人：网格员 周小芬　手机：13907385521
篙湾社区居委会
2025年4月7日
""",
    ),
    dict(
        slug="company-brine-maker-product-news-html",
        site="卤香源食品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.luxiangyuan.example.com/news/20250825.html",
        title="卤香源茶叶蛋卤料包通过清真认证",
        record_title="卤香源茶叶蛋卤料包通过清真认证_新闻中心_卤香源食品",
        date="2025-08-25",
        notes="company site: online-service float and a 400 order line beside the sales department's own line; news with dotted date",
        page="""
<html><head><meta charset="utf-8"><title>卤香源茶叶蛋卤料包通过清真认证_新闻中心_卤香源食品</title></head><body>
<div class="top">⟦m 卤香源食品 · 一包好卤 香满万家⟧ ⟦m 订购热线 400-618-0919⟧</div>
<div class="nav">⟦m 首页　关于我们　产品中心　新闻中心　招商加盟　联系我们⟧</div>
<h2>⟦t 卤香源茶叶蛋卤料包通过清真认证⟧</h2>
<p class="date">⟦m 2025.08.25　浏览：329⟧</p>
{BODY}
<div class="float">⟦w 在线客服　工作时间 8:30-17:30⟧</div>
<div class="ft">⟦m 卤香源食品有限公司　地址：簦水县食品工业园3号⟧ ⟦m 皖ICP备20011982号⟧</div>
</body></html>
""",
        body="""
8月22日，公司生产的茶叶蛋卤料包顺利通过清真食品认证，成为本县首个获得该认证的卤料产品。
该产品采用红茶、八角、桂皮等十二味原料配制，一包可煮四十枚鸡蛋。
获得认证后，公司将重点开拓西北市场，预计年内新增销售额三百万元。
经销商合作请联系公司销售部：0557-7210833。
""",
    ),
    dict(
        slug="fanwen-app-station-vendor-report-oneline",
        site="写作宝APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.xiezuobao.example.com/s/Q7aK2m",
        title="客运站商铺管理员个人述职报告",
        record_title="客运站商铺管理员个人述职报告（通用版）｜写作宝",
        date=None,
        oneline=True,
        indent="　　",
        notes="writing-app share page: open-app prompt, AI-polish button; whole body on one line; no date (a template placeholder under the signature)",
        page="""
!m 写作宝 · 你的AI写作助手
!a 打开APP，阅读体验更佳
!t 客运站商铺管理员个人述职报告（通用版）
!m 1.2万人已读
{BODY}
!a ✨ AI润色本文
!a 复制全文需开通会员
!l 猜你喜欢：客运站安全员述职报告
""",
        body="""
尊敬的各位领导、同事：
一年来，我负责客运站候车大厅十二家商铺和流动餐车的日常管理。
我坚持每日巡查，重点检查茶叶蛋、玉米等熟食加热设备的用电安全和从业人员健康证，全年发现并整改问题三十一项。
春运期间，我协调商户延长营业时间，保障旅客用餐，未发生一起食品安全投诉。
不足之处是商铺价格公示还不够规范，明年我将推行统一明码标价牌。
述职人：×××
××××年××月××日
""",
    ),
    dict(
        slug="gkforum-shenlun-street-food-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-66120-1-1.html",
        title="让一枚茶叶蛋留住城市的烟火气",
        record_title="[申论范文] 让一枚茶叶蛋留住城市的烟火气（附批改意见） - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum: essay without a date; reply-to-see prompt, floor line, points badge and a course ad between paragraphs",
        page="""
!m 上岸公考论坛 » 申论交流 » 查看主题
!t [申论范文] 让一枚茶叶蛋留住城市的烟火气（附批改意见）
!m 楼主：小箨上岸中　积分 2310　最后编辑 3天前
{BODY}
!a 本帖隐藏的批改意见，回复后可见
!l 回复(58)　收藏(203)　分享
!m 论坛QQ交流群：651108822
""",
        body="""
清晨街角，一口煮着茶叶蛋的小锅，是许多人对城市最温暖的记忆。
然而，在一些地方的城市管理中，流动摊点常常被简单地“一清了之”。
城市治理不能只有整齐划一，也要容得下人间烟火。
⟦a 【备考直通车】申论高分班限时五折，点此报名⟧
一方面，要科学划定便民摊点区域，实行定时定点经营；另一方面，要加强食品安全监管，让摊主亮证经营。
一枚茶叶蛋虽小，却关乎民生。城市有温度，百姓才有获得感。
""",
    ),
    dict(
        slug="netdisk-tea-egg-hygiene-summary-markers",
        site="云藏网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://pan.yuncang.example.com/s/1bQx9e#preview",
        title="簦水县2025年熟食摊点卫生整治工作总结",
        record_title="簦水县2025年熟食摊点卫生整治工作总结.pdf",
        date="2025-12-15",
        pages=dict(fmt="⦅{n}⦆", every=120, start=2, glue=False),
        notes="cloud-drive preview with a file name as title; page markers ⦅n⦆ cut sentences; share stamp and expiry are no dates",
        page="""
!m 云藏网盘 | 分享文件
!t 簦水县2025年熟食摊点卫生整治工作总结.pdf
!m 分享者：z***y　分享时间：3天前　有效期：永久
!a 保存到我的网盘　普通下载　超速下载
{BODY}
!a 预览仅显示部分页面，开通超级会员可在线预览全部
!d 请勿分享违法违规文件，发现请举报。
""",
        body="""
今年以来，县市场监管局会同城管、卫健部门，对城区熟食摊点开展了为期八个月的卫生整治。
一、主要做法
一是建档管理。对全城二百一十六个茶叶蛋、卤味、烧烤等熟食摊点逐一登记，发放统一编号的公示牌。
二是规范设施。为摊主免费配发防蝇罩、密闭餐具柜，要求使用符合标准的燃气灶具。
三是常态抽检。全年快检熟食样品六百余批次，合格率百分之九十八点六。
二、存在问题
部分摊点流动性大，夜间监管力量不足。
三、下一步打算
推行摊点信用积分管理，积分高的优先续签经营许可。
簦水县市场监督管理局
2025年12月15日
""",
    ),
    dict(
        slug="mail-forward-station-kiosk-inspection",
        site="箨原铁路客运段邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.tyky.example.com/read?mid=20250114-0099",
        title="关于对站内食品售卖亭开展春运前卫生检查的通知",
        record_title="转发：关于对站内食品售卖亭开展春运前卫生检查的通知",
        date="2025-01-13",
        date_also=["2025-01-14"],
        notes="forwarded mail: header lines, the forwarder's note, an attachment bar beside the document's own 附件 list; mail send date differs from the 成文日期",
        page="""
!m 发件人：客运段办公室 <bgs@tyky.example.com>
!m 收件人：各车间负责人
!m 时间：2025年1月14日（星期二）上午9:12
!m 主题：转发：关于对站内食品售卖亭开展春运前卫生检查的通知
!w 各车间：请按附件要求组织自查，有问题随时电话联系。办公室 小邱
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!l 附件（1个）：检查表.xlsx（18KB）　下载　预览
!a 回复　全部回复　转发　删除
""",
        body="""
各车站、各车间：
为保障春运期间旅客饮食安全，段决定于1月16日至20日对站内食品售卖亭开展卫生检查。
一、检查重点：茶叶蛋、玉米、粽子等现煮食品的加热温度和更换频次，从业人员健康证，售卖亭灭火器配置。
二、检查方式：各车站自查与段联合检查组抽查相结合。
三、各车站于1月21日前将自查表报段客运科。
附件：售卖亭卫生检查表
箨原铁路客运段
2025年1月13日
""",
    ),
]
