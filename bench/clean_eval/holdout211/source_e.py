"""holdout211, part E: intranets, company sites, associations, residents' sites, hospitals and
training schools. Every page, site, place, person, number and URL is invented; each case written
by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="intranet-lvjiang-minutes-blade-noise",
        site="绿匠协同办公平台 (invented OA intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.lvjiang-ym.com/doc/view.do?id=20240724-0032",
        title="关于绿篱机刀片总成异响问题的专题会议纪要",
        record_title="《内部纪要》关于绿篱机刀片总成异响问题的专题会议纪要 - 绿匠协同办公平台",
        date="2024-07-23",
        notes="OA document view: 流转记录, read count, a confirm-read button, watermark line; the minutes' 时间/地点/主持/参会/记录 "
        "lines stay in the body; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>《内部纪要》关于绿篱机刀片总成异响问题的专题会议纪要 - 绿匠协同办公平台</title>
<link rel="stylesheet" href="/oa/css/docview.css">
<script src="/oa/js/watermark.js"></script>
</head>
<body>
<div class="oa-head">⟦m 绿匠协同办公平台⟧ ⟦m 欢迎您，汤欣（质量部）⟧ ⟦a <a href="/logout">安全退出</a>⟧</div>
<div class="oa-menu">⟦m <a href="#">待办事宜</a> <a href="#">已办事宜</a> <a href="#">公文管理</a> <a href="#">会议管理</a> <a href="#">通讯录</a>⟧</div>
<div class="oa-doc">
<div class="doc-bar">⟦m 文档类别：会议纪要　密级：内部　编号：JY-ZL-2024-019⟧</div>
<h2>{T}</h2>
<div class="doc-body">
{BODY}
</div>
<div class="flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 2024-07-24 09:12 汤欣 起草⟧</p>
<p>⟦m 2024-07-24 10:35 阎启东 审核通过⟧</p>
<p>⟦m 2024-07-24 11:02 办公室 分发至各部门⟧</p>
</div>
<div class="read">⟦m 已读 23 人 / 未读 4 人⟧ ⟦a <button>确认已读并归档</button>⟧</div>
</div>
<div class="wm">⟦d 内部资料 严禁外传 汤欣 2024-07-24⟧</div>
<div class="oa-foot">⟦m 崦城绿匠园林机械有限公司 信息中心 · IT服务台 分机 8008⟧</div>
</body>
</html>
""",
        body="""
时间：2024年7月23日14:30
地点：公司总部三楼第二会议室
主持：质量副总　阎启东
参会：研发部、生产部、质量部、采购部、售后服务部负责人
记录：质量部　汤欣
会议听取了售后服务部关于LJ-60充电式绿篱机刀片总成异响问题的情况汇报。6月以来共接到同类投诉27起，集中在5月生产的两个批次。会议议定如下：
一、质量部牵头，3天内完成故障件拆解分析，查明异响原因。
二、采购部暂停相关批次齿轮供应商供货，配合开展来料复检。
三、售后服务部对已投诉用户一律免费更换刀片总成，7月31日前完成回访。
四、研发部评估改进齿轮箱润滑结构的可行性，下次会议汇报。
""",
    ),
    dict(
        slug="intranet-huwan-bulletin-yogurt-liner-burrs",
        site="鹕湾电器内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.20.1.8/portal/notice/2024/0517-03.html",
        title="关于酸奶机内胆批次质量问题的通报",
        date="2024-05-17",
        notes="record title as is; an intranet export as text: a portal header, a read count, an attachment-free 通报 with its "
        "抄送 line; 成文日期",
        page="""
!m 鹕湾电器内网门户　|　公告通知
!m 发布部门：质量部　　发布范围：全体员工　　已阅：312
{T}
{BODY}
!a 〔导出PDF〕〔打印〕〔转发给同事〕
!d 本信息仅限公司内部传阅，请勿截图外传
!m 信息中心维护　内线 6600
""",
        body="""
公司各部门、各车间：
5月14日，质量部在成品抽检中发现，总装二车间5月10日生产的YM-12型酸奶机有一批次不锈钢内胆存在卷边毛刺，抽检不合格率达到6%。经调查，原因是冲压工序模具磨损后未及时更换，首检和巡检记录流于形式。
针对上述问题，公司决定：
一、对该批次1200台产品全部返工，已出库的360台立即召回。
二、对冲压工段工段长马力通报批评，扣发当月绩效奖金的30%。
三、各车间于5月24日前完成模具点检制度执行情况自查。
希望各部门引以为戒，严格执行首件检验和过程巡检制度，坚决杜绝类似问题再次发生。
麋川鹕湾电器有限公司
2024年5月17日
抄送：公司总经理室。
""",
    ),
    dict(
        slug="company-chenchui-news-six-egg-boiler-energy",
        site="晨炊电器官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chenchui-dq.com/news/company/20250227-118.html",
        title="公司新款六孔节能煮蛋器通过一级能效检测",
        record_title="【晨炊资讯】公司新款六孔节能煮蛋器通过一级能效检测",
        record_date="2025-02-27",
        date="2025-02-27",
        notes="company site: cookie notice, service float, a further-reading link on a line of its own between paragraphs, "
        "a dotted company date; the record gives the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【晨炊资讯】公司新款六孔节能煮蛋器通过一级能效检测</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/site.js"></script>
</head>
<body>
<header>
<div class="brand">⟦m 晨炊电器 · 好早餐，从晨炊开始⟧</div>
<nav>⟦m <a href="/">首页</a> <a href="/product/">产品中心</a> <a href="/news/">新闻中心</a> <a href="/service/">服务支持</a> <a href="/about/">关于晨炊</a>⟧</nav>
</header>
<div class="banner-crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 2025.02.27　｜　晨炊电器品牌部⟧</div>
<div class="content">
{BODY}
</div>
<div class="prevnext">⟦l 上一篇：晨炊电器荣获“省级专精特新企业”称号⟧ ⟦l 下一篇：2025年经销商大会在鸱口镇召开⟧</div>
</article>
<div class="float-service">⟦w 在线客服 · 售后热线 400-617-0725⟧</div>
<div class="cookie">⟦d 本网站使用Cookie来改善浏览体验，继续浏览即视为同意⟧ ⟦a <button>我知道了</button>⟧</div>
<footer>⟦m 鹫岭晨炊电器有限公司　地址：鹫岭县鸱口镇工业园6号　湘ICP备21007729号⟧</footer>
</body>
</html>
""",
        body="""
近日，公司自主研发的CC-6型六孔节能煮蛋器通过国家家用电器质量检验检测机构检测，能效达到一级标准。
与上一代产品相比，新款煮蛋器采用双层聚热盖板和不锈钢发热盘，煮熟6枚鸡蛋耗电约0.04千瓦时，节电约三成。产品还新增了干烧自动断电和提示音功能，更适合老人和儿童使用。
⟦l 延伸阅读：如何给家里的老人挑一台安全的煮蛋器⟧
公司总经理单立群介绍，新产品将于3月中旬在线上旗舰店和各大商超同步上市。今年，公司计划在小家电节能技术上投入研发资金1200万元。
""",
    ),
    dict(
        slug="company-jinsui-recall-commercial-popcorn-machines",
        site="金穗厨房设备官网 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.jinsui-kitchen.com/notice/recall-2024-12.html",
        title="关于召回部分批次商用爆米花机的公告",
        date="2024-12-02",
        notes="record title as is; a company page as text: an order hotline beside the notice's own 召回专线; a batches table "
        "one row a paragraph; 成文日期",
        page="""
!m 金穗厨房设备 · 商用小吃设备专家
!m 首页　产品　案例　公告　联系我们
!w 订购热线 400-661-8800（微信同号 18973021166）
{T}
!m 发布：品质部　日期：2024-12-02
{BODY}
!l 相关公告：BMH-3型爆米花机温控器更换说明
!d 本公告最终解释权依照国家缺陷产品召回相关规定执行
!m © 鹫岭金穗厨房设备有限公司　湘ICP备19011402号
""",
        body="""
尊敬的用户：
本公司在产品跟踪检测中发现，2024年8月至10月生产的部分批次BMH-3型商用爆米花机，其加热锅温控器在长时间连续工作后可能失灵，存在烫伤和引燃风险。为保障用户安全，本公司决定自即日起召回上述产品。召回范围如下：
型号　生产批次　数量
BMH-3　20240812　380台
BMH-3　20240905　415台
BMH-3　20241018　296台
本公司将为召回范围内的产品免费更换温控器，并承担往返运费。请用户立即停止使用上述产品，并通过召回专线联系我们。
召回专线：400-661-2078（工作日8:30—17:30）
鹫岭金穗厨房设备有限公司
2024年12月2日
""",
    ),
    dict(
        slug="assoc-yancheng-coffee-pledge-machine-hygiene",
        site="崦城市咖啡行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.yccoffee.org.cn/xhdt/2024/0911/215.html",
        title="商用咖啡机清洁卫生自律倡议书",
        record_title="〖自律公约倡议〗商用咖啡机清洁卫生自律倡议书 - 崦城市咖啡行业协会",
        date="2024-09-09",
        date_also=["2024-09-11"],
        notes="association site: member-login row, a member hotline; the association's name in the header is also the "
        "signature (matched as head); 扫描二维码 as content; 成文日期 vs 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖自律公约倡议〗商用咖啡机清洁卫生自律倡议书 - 崦城市咖啡行业协会</title>
<link rel="stylesheet" href="/css/xh.css">
</head>
<body>
<div class="xh-top">⟦a <a href="/member/login">会员单位登录</a> | <a href="/member/join">申请入会</a>⟧</div>
<div class="xh-logo">⟦m 崦城市咖啡行业协会⟧</div>
<div class="xh-nav">⟦m <a href="/">首页</a> <a href="/xhgk/">协会概况</a> <a href="/xhdt/">协会动态</a> <a href="/hyzl/">行业自律</a> <a href="/hyfc/">会员风采</a>⟧</div>
<div class="xh-pos">⟦m 首页 &gt; 协会动态⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<div class="xh-info">⟦m 发布日期：2024-09-11　作者：协会秘书处　浏览：385⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-tool">⟦a 打印｜收藏｜返回列表⟧</div>
</div>
<div class="xh-foot">
<p>⟦m 会员服务热线：0730-2233516（工作日）⟧</p>
<p>⟦m 版权所有 © 崦城市咖啡行业协会　湘ICP备22004160号⟧</p>
</div>
</body>
</html>
""",
        body="""
全市咖啡经营者：
咖啡机是咖啡店的“心脏”，它的清洁状况直接关系到每一杯咖啡的品质和消费者的健康。近期，市场监管部门抽检发现，个别门店咖啡机蒸汽棒残留奶垢、冲煮头清洗不到位。为此，崦城市咖啡行业协会向全市咖啡经营者发出如下倡议：
一、每日闭店后对咖啡机冲煮头进行反冲洗，蒸汽棒每次使用后立即擦拭并空喷。
二、每月至少对咖啡机除垢一次，建立清洁记录并在店内公示。
三、定期更换滤水器滤芯，保证制作用水符合卫生要求。
四、主动接受消费者监督，欢迎顾客扫描门店公示的二维码查看清洁记录。
崦城市咖啡行业协会
2024年9月9日
""",
    ),
    dict(
        slug="assoc-michuan-minutes-yogurt-maker-standard",
        site="麋川县小家电行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.mcxjd.org.cn/news/2025/0414/61.html",
        title="麋川县小家电行业协会酸奶机团体标准起草工作会议纪要",
        date="2025-04-11",
        notes="record title as is; association page as text: 时间/地点/主持/参会/记录 lines and a vote count in the body; the "
        "时间 line gives the date; the page's posting date differs and is also accepted",
        date_also=["2025-04-14"],
        page="""
!m 麋川县小家电行业协会　　会员之家
!m 当前位置：协会动态 > 会议纪要
{T}
!m 发布：2025-04-14　秘书处
{BODY}
!a 会员单位登录后可下载标准草案全文
!l 往期纪要：2025年第一次理事会会议纪要
!m 协会秘书处电话：0737-3390210　地址：麋川县小家电产业服务中心二楼
""",
        body="""
时间：2025年4月11日上午
地点：县小家电产业服务中心二楼会议室
主持：协会秘书长　苗振华
参会：协会会员企业代表11人，县市场监管局标准化股、县产品质量检验所有关人员
记录：协会秘书处　乔芸
会议讨论了《家用酸奶机发酵温度控制要求》团体标准草案。与会代表对温控精度、内胆材质和能耗指标逐条进行了讨论，形成以下意见：
一、发酵温度偏差由±3℃收紧为±2℃。
二、内胆增加食品接触材料迁移量检测要求。
三、草案修改后于5月上旬公开征求意见。
会议对草案进入征求意见阶段进行了表决：应到会员企业11家，实到11家，同意10家，弃权1家，表决通过。
""",
    ),
    dict(
        slug="community-qingtang-pledge-quiet-weekend-trimmers",
        site="蜻塘社区居民之家 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://qingtang.sqjm.cn/gg/2024/0520/84.html",
        title="关于文明使用绿篱机、守护安静周末的倡议书",
        record_title="【社区倡议】关于文明使用绿篱机、守护安静周末的倡议书｜蜻塘社区居民之家",
        date="2024-05-20",
        notes="residents' site: a weather line, a grid member's box with a mobile, the property company's repair line beside "
        "the community's own 咨询电话; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【社区倡议】关于文明使用绿篱机、守护安静周末的倡议书｜蜻塘社区居民之家</title>
<link rel="stylesheet" href="/css/sq.css">
</head>
<body>
<div class="sq-top">⟦m 今天 5月20日 星期一　岍江区 晴 19～28℃⟧</div>
<div class="sq-logo">⟦m 蜻塘社区居民之家⟧ ⟦m 邻里一家亲⟧</div>
<div class="sq-nav">⟦m <a href="/">首页</a> <a href="/gg/">社区公告</a> <a href="/bm/">便民服务</a> <a href="/zyz/">志愿服务</a> <a href="/ly/">居民留言</a>⟧</div>
<div class="sq-main">
<h1>{T}</h1>
<div class="sq-info">⟦m 社区居委会　2024-05-20　阅读 461⟧</div>
<div class="sq-text">
{BODY}
</div>
<div class="sq-share">⟦l 转给邻居：微信 · 朋友圈 · 复制链接⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦w 我的网格员：第3网格 申慧　139 7302 6615⟧</div>
<div class="wuye">⟦m 翠湾物业24小时报修：0730-2258846⟧</div>
<div class="links">⟦l 便民链接：水电缴费 · 社保查询 · 12345热线⟧</div>
</div>
<div class="sq-foot">⟦m 崦城市岍江区蜻塘社区居民委员会 主办⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友、辖区物业服务企业：
春夏之交，小区绿化进入修剪旺季。近期，社区陆续接到居民反映，部分小区清晨和午休时段使用绿篱机修剪，噪声扰民。为营造安静和谐的居住环境，社区居委会倡议：
一、错开休息时段。物业和养护单位使用绿篱机等机具，请安排在工作日8:00—12:00、14:00—18:00进行，周末尽量减少作业。
二、优先选用低噪机具。居民区内修剪优先使用充电式绿篱机，降低噪声影响。
三、提前告知居民。集中修剪前一天在楼栋群和公告栏发布通知。
四、邻里相互理解。居民对作业有意见的，请通过社区电话反映，我们将及时协调。
社区咨询电话：0730-2256081（工作日）
岍江区蜻塘社区居民委员会
2024年5月20日
""",
    ),
    dict(
        slug="community-wulin-plan-movie-night-popcorn-wrapped",
        site="鼯林社区网 (invented residents' site)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.wulinsq.cn/huodong/2025/0606/19.html",
        title="鼯林社区“周末露天电影夜”活动方案",
        record_title="社区活动 ｜ 鼯林社区“周末露天电影夜”活动方案（附报名方式）",
        date="2025-06-06",
        notes="residents' site as text, hard-wrapped at 66 columns; 扫描二维码报名 as content; a volunteer sign-up prompt "
        "after the body; 成文日期",
        page="""
!m 鼯林社区网　　岍江区鼯林社区居委会
!m 首页 ▏社区动态 ▏活动报名 ▏办事指南
{T}
!m 发布者：社区文体专干　　2025-06-06
{BODY}
!a 想当志愿者？点这里登记，服务时长可兑换积分
!l 往期活动：端午包粽子邻里宴｜“一老一小”手工课
!m 鼯林社区居委会　值班电话：0730-2256190
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
为丰富居民夏季文化生活，增进邻里交流，社区决定于6月至8月每月第二个周六晚举办“周末露天电影夜”活动，现制定方案如下。
一、活动时间和地点：每月第二个周六19:30，社区文化广场。
二、活动内容：放映适合全家观看的经典影片；现场设置爆米花机一台，由志愿者免费制作爆米花，每人限领一份。
三、安全保障：爆米花机由经过培训的志愿者操作，四周设置隔离护栏，儿童须在家长陪同下排队领取；现场配备灭火器两具。
四、报名方式：居民可扫描社区公告栏上的二维码报名，每场限120人。
岍江区鼯林社区居民委员会
2025年6月6日
""",
    ),
    dict(
        slug="hospital-michuan-tcm-yogurt-maker-diabetes",
        site="麋川县中医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="html",
        source="https://www.mcxzyy.com/jkkp/2024/0802/1330.html",
        title="糖尿病患者用酸奶机自制酸奶要注意什么",
        record_title="营养门诊说｜糖尿病患者用酸奶机自制酸奶要注意什么 - 麋川县中医院",
        date="2024-08-02",
        notes="hospital site: a booking float, a 24-hour line and a 急诊 line beside the department's own 咨询电话; 关注餐后血糖 "
        "as content; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>营养门诊说｜糖尿病患者用酸奶机自制酸奶要注意什么 - 麋川县中医院</title>
<link rel="stylesheet" href="/skin/css/yy.css">
</head>
<body>
<div class="yy-top">⟦m 麋川县中医院 · 二级甲等中医医院⟧ ⟦m 24小时服务热线：0737-3366120⟧</div>
<div class="yy-nav">⟦m <a href="/">首页</a> <a href="/yygk/">医院概况</a> <a href="/ksdh/">科室导航</a> <a href="/zjjs/">专家介绍</a> <a href="/jkkp/">健康科普</a>⟧</div>
<div class="yy-crumb">⟦m 您的位置：首页 › 健康科普⟧</div>
<div class="yy-art">
<h1>{T}</h1>
<div class="yy-info">⟦m 发布时间：2024-08-02　来源：内分泌科　作者：滕雨萱⟧</div>
<div class="yy-con">
{BODY}
</div>
</div>
<div class="yy-float">⟦a 预约挂号 ｜ 报告查询 ｜ 来院导航⟧</div>
<div class="yy-foot">
<p>⟦m 急诊电话：0737-3366999　地址：麋川县杏林路2号⟧</p>
<p>⟦d 本站健康科普内容仅供参考，不能替代医生面诊⟧</p>
</div>
</body>
</html>
""",
        body="""
不少糖尿病患者听说酸奶对肠道好，就买了酸奶机在家自制。内分泌科营养师提醒，自制酸奶有讲究，做不好反而影响血糖。
一是不加或少加糖。自制酸奶时可用少量代糖调味，不要按网上食谱加大量白糖或蜂蜜。
二是选对牛奶。建议选择低脂或脱脂纯牛奶，不要用调制乳或含糖乳饮料。
三是控制食用量。每天100至150克为宜，最好在两餐之间食用，并关注餐后血糖变化。
四是注意卫生。酸奶机内胆每次使用前要用开水消毒，发酵好的酸奶冷藏保存，两天内吃完。
糖尿病患者如需个性化饮食指导，可到内分泌科营养门诊咨询，咨询电话：0737-3362415。
""",
    ),
    dict(
        slug="hospital-jiuling-burns-popcorn-machine-children",
        site="鹫岭县人民医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.jlxrmyy.cn/yydt/20250124/2671.html",
        title="围观爆米花机烫伤儿童增多　烧伤科医生提醒注意安全",
        record_title="院内新闻｜围观爆米花机烫伤儿童增多　烧伤科医生提醒注意安全｜鹫岭县人民医院",
        date="2025-01-24",
        notes="hospital news as text: the hospital's 急诊 line and booking line beside the department's own 咨询电话; the "
        "byline's 发布日期 is the date",
        page="""
!m 鹫岭县人民医院　　急诊急救：0731-7725120
!m 首页 > 医院动态 > 院内新闻
{T}
!m 发布日期：2025-01-24　　撰稿：宣传科　　点击：608
{BODY}
!a 关注“鹫岭县人民医院”服务号，可在线预约挂号
!l 上一条：我院开展春节前医疗安全大检查
!l 下一条：冬季儿童呼吸道疾病高发，儿科专家支招
!m 鹫岭县人民医院　版权所有　湘ICP备10025518号
""",
        body="""
春节临近，街头老式爆米花机摊点增多。1月以来，县人民医院烧伤整形科已接诊因围观爆米花机被烫伤的儿童5名，年龄最小的只有3岁。
烧伤整形科主任邝立新介绍，老式爆米花机开锅瞬间会喷出高温气流和玉米粒，温度可达100℃以上，孩子个子矮、好奇心强，往往离得太近，容易被烫伤面部和手部。
医生提醒：带孩子围观时要保持五米以上距离；一旦烫伤，应立即用流动的凉水冲洗15至30分钟，不要涂抹牙膏、酱油，并及时到医院就诊。
烧伤整形科咨询电话：0731-7725530。
""",
    ),
    dict(
        slug="school-douxiang-brochure-barista-weekend",
        site="豆香咖啡学院 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.douxiangcoffee.com/course/weekend-junior.html",
        title="咖啡师（初级）周末班招生简章",
        record_title="【周末开班季】咖啡师（初级）周末班招生简章（小班限10席）- 豆香咖啡学院",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 franchise line beside the school's own 报名电话; a "
        "course table one row a paragraph; a brochure has no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【周末开班季】咖啡师（初级）周末班招生简章（小班限10席）- 豆香咖啡学院</title>
<link rel="stylesheet" href="/css/school.css">
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="promo">⟦a 限时福利：两人同报立减300元，名额有限⟧</div>
<header>⟦m 豆香咖啡学院⟧ ⟦m 专注咖啡职业教育⟧ ⟦m 加盟咨询 400-880-3176⟧</header>
<nav>⟦m <a href="/">首页</a> <a href="/course/">课程体系</a> <a href="/teacher/">师资团队</a> <a href="/student/">学员作品</a> <a href="/contact/">联系我们</a>⟧</nav>
<section class="course">
<h1>{T}</h1>
<div class="course-body">
{BODY}
</div>
<div class="apply">⟦a 立即预约试听 ›⟧</div>
</section>
<div class="float-kefu">⟦w 课程顾问在线 · 点我咨询⟧</div>
<footer>⟦m 獐溪县豆香咖啡职业培训学校　办学许可证号：教民1430726000012号⟧</footer>
</body>
</html>
""",
        body="""
一、课程介绍
本课程面向零基础学员，系统学习咖啡豆基础知识、意式咖啡机和磨豆机的操作与日常维护、牛奶打发和基础拉花，结业后可参加咖啡师职业技能等级认定。
二、课程安排
课程模块　课时　内容
咖啡基础　8课时　产区、烘焙与风味
咖啡机实操　16课时　萃取参数调整、清洁保养
拉花入门　8课时　心形、郁金香
三、上课时间
每周六、周日9:00—17:00，共四周。
四、报名方式
学费3280元（含材料费），报名请携带身份证复印件到学校前台办理，也可拨打报名电话0736-4450217咨询。
""",
    ),
    dict(
        slug="school-heshui-brochure-trimmer-course-oneline",
        site="鹗阳禾穗职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.eyhspx.cn/zsjz/2025/03/lvlj.html",
        title="绿篱机操作与园林修剪短训班招生简章",
        record_title="招生｜绿篱机操作与园林修剪短训班招生简章（不会免费重学）- 鹗阳禾穗职业培训学校",
        date=None,
        notes="training school page as text, the whole body on one line; a trial-lesson prompt and a consult WeChat; "
        "a brochure has no date",
        page="""
!m 鹗阳禾穗职业培训学校　人社部门认定培训机构
!m 首页 · 招生简章 · 培训项目 · 学员风采
{T}
!a 🎁 本周报名送防护手套一副
{BODY}
!w 课程顾问微信：hspx_zhaosheng
!l 其他热招：家政服务员｜中式面点师｜电工（初级）
!m 鹗阳禾穗职业培训学校　版权所有
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
为满足园林养护企业和物业公司用工需求，本校开设绿篱机操作与园林修剪短训班。
培训对象：年满18周岁、身体健康的城乡劳动者。
培训内容：绿篱机、割灌机的构造与安全操作，常见故障排除，绿篱平面和造型修剪技术。
培训时间：每期7天，理论2天、实操5天，实操在学校苗木基地进行。
培训费用：符合条件的城乡劳动者免收培训费，结业考核合格的颁发培训合格证书，并推荐就业。
报名地点：鹗阳县城南路36号学校招生办，报名电话：0738-6630185。
""",
    ),
]
