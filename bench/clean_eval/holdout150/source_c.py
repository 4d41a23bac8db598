"""holdout150, part C: company, training, 范文 app, exam forum, encyclopaedia, cloud
drive, snapshot, print, mail, portal and 文库 pages. All invented."""

CASES = [
    dict(
        slug="company-pepper-recall-html",
        site="红穗农业科技有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hongsui-agri.example.com/news/gsgg/2025-03-17.html",
        title="关于召回部分批次彩椒嫁接苗的公告",
        record_title="【公司公告】关于召回部分批次彩椒嫁接苗的公告 | 红穗农业",
        date="2025-03-17",
        notes="company site with shop button and consult float; recall batch table; customer line kept beside the sales line",
        page="""
<html><head><meta charset="utf-8"><title>【公司公告】关于召回部分批次彩椒嫁接苗的公告 | 红穗农业</title></head>
<body>
<div class="hd">⟦m 红穗农业 · 好苗好收成⟧ <a>⟦a 进入商城⟧</a></div>
<nav>⟦m 首页　关于红穗　产品中心　新闻公告　联系我们⟧</nav>
<h1>{T}</h1>
<div class="pubtime">⟦m 2025-03-17　红穗农业　阅读 2931⟧</div>
{BODY}
<div class="float">⟦w 苗木订购热线 400-820-7766　在线客服⟧</div>
<footer>⟦m 苈湖县现代农业产业园8号　苏ICP备18077231号⟧</footer>
</body></html>
""",
        body="""
近期我公司在质量回访中发现，部分批次彩椒嫁接苗存在愈合不良现象，定植后可能出现萎蔫。为保障种植户利益，公司决定主动召回以下批次种苗。
批次号　品种　出圃日期　数量（株）
HS250301　萁红3号　3月1日　18000
HS250304　金辉　3月4日　9600
已购买上述批次种苗的种植户，可凭购苗单据免费更换或全额退款。
售后服务电话：0517-86301122（工作日8:00-18:00）
红穗农业科技有限公司
2025年3月17日
""",
    ),
    dict(
        slug="training-hop-pruning-course",
        site="丰禾农民培训学校 (invented)",
        style="培训机构",
        genre="培训方案",
        kind="plan",
        form="text",
        source="http://www.fenghepx.example.com/kecheng/1120.html",
        title="啤酒花整枝打叶技术短训班培训方案",
        record_title="啤酒花整枝打叶技术短训班培训方案（限额40人）",
        date="2025-04-02",
        notes="training school page; enrol float; course schedule table; 400 enrolment line (chrome) vs the document's 报名电话",
        page="""
!m 丰禾农民培训学校——让每个农民都有一技之长
!m 首页 → 精品课程 → 种植技术
{T}
!w 免费试听！报名享补贴，咨询热线 400-017-6638
{BODY}
!a 我要报名　｜　收藏课程　｜　转发给好友
!l 推荐课程：设施彩椒栽培管理　果树修剪入门
!m 办学许可证号：教民165230170000119号
""",
        body="""
一、培训对象：蓁原县啤酒花种植户、合作社技术员，限额四十人。
二、培训时间：2025年4月20日至4月22日，共三天。
三、课程安排
日期　上午　下午
4月20日　啤酒花生长习性　田间观摩
4月21日　上架引蔓与整枝　实操练习
4月22日　打叶与病虫害防治　结业考核
四、报名方式：持身份证到学校教务处报名，报名电话：0994-3380126。
丰禾农民培训学校
2025年4月2日
""",
    ),
    dict(
        slug="fanwenapp-beach-host-script-placeholders",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://m.xiezuomao.example.com/art/330915",
        title="世界海洋日净滩活动启动仪式主持词",
        record_title="世界海洋日净滩活动启动仪式主持词（通用3篇）",
        date=None,
        notes="范文 app; template placeholders (××, ____年__月__日) are no dates; member-unlock line between paragraphs",
        page="""
!m 写作猫 · 你的写作好帮手
{T}
!m 热度 9.3万　·　更新于昨天
{BODY}
!a 打开写作猫APP，查看剩余2篇
!l 你可能还需要：净滩活动总结　志愿者誓词
!d 内容来自用户投稿，仅供参考
""",
        body="""
尊敬的各位领导、各位志愿者朋友们：
大家上午好！今天是世界海洋日，我们相聚在××海滩，共同参加“守护蔚蓝”净滩活动启动仪式。
首先，请允许我介绍出席今天活动的领导和嘉宾：××局××局长、××志愿者协会××会长。
⟦a 开通VIP会员，解锁全部范文⟧
下面，请××局长致辞，大家欢迎！
最后，我宣布，____年“守护蔚蓝”净滩活动正式启动！请各小组按分工到达指定岸段。
____年__月__日
""",
    ),
    dict(
        slug="gkforum-pepper-shenlun-essay-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://bbs.shanganggk.example.com/thread-887123-1-1.html",
        title="小彩椒撬动大产业——谈特色农业与乡村振兴",
        record_title="[申论范文] 小彩椒撬动大产业——谈特色农业与乡村振兴 - 申论交流 - 上岸公考论坛",
        date="2025-09-14",
        notes="exam forum; junk lines and glued junk; 发表于 date; reply chrome",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 › 申论交流 › 范文赏析
!m 查看: 5213｜回复: 88
{T}
!m 楼主 一战上岸冲冲冲　发表于 2025-9-14 20:03
{BODY}
!l 回复 支持(31) 反对(0)
!a 该帖附件需回复后才能下载，立即回复
!m 上岸公考论坛 备案号：鲁ICP备20011732号
""",
        body="""
在萁城镇的日光温室里，红的、黄的、橙的彩椒挂满枝头，一个曾经的贫困镇，靠着小小彩椒走出了一条致富路。
特色农业之所以能成为乡村振兴的抓手，关键在于因地制宜。萁城镇光照充足、昼夜温差大，发展彩椒有天然优势。
特色农业要走得远，还要靠科技和标准。从嫁接育苗到水肥一体化，从产地检测到冷链直供，每一个环节都离不开技术支撑。
小彩椒撬动大产业的经验告诉我们，只要找准路子、久久为功，特色产业就能成为农民增收的“金钥匙”。
""",
    ),
    dict(
        slug="wiki-hop-entry-html",
        site="百农百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.bainong.example.com/item/%E5%95%A4%E9%85%92%E8%8A%B1",
        title="啤酒花",
        record_title="啤酒花_百农百科",
        date=None,
        notes="encyclopaedia entry; edit links and catalogue; a year inside the entry is no date; data table",
        page="""
<html><head><meta charset="utf-8"><title>啤酒花_百农百科</title></head>
<body>
<div class="top">⟦m 百农百科 — 农业知识人人编⟧ <a>⟦a 登录⟧</a> <a>⟦a 编辑词条⟧</a></div>
<h1>{T}</h1>
<div class="stat">⟦m 浏览次数：18422　最近更新：2天前⟧</div>
<div class="catalog">⟦l 目录　1 形态特征　2 栽培　3 用途⟧</div>
{BODY}
<div class="refs">⟦l 参考资料：《西北特色经济作物栽培》⟧</div>
<div class="edit">⟦m 本词条由“蓁原老农”等7人共同编辑⟧</div>
<footer>⟦d ©2025 百农百科　词条内容仅供参考⟧</footer>
</body></html>
""",
        body="""
啤酒花，又名蛇麻花，是大麻科葎草属多年生攀援草本植物，其雌花序是酿造啤酒的重要原料，能赋予啤酒特有的苦味和香气。
形态特征：茎和叶柄密生细毛，叶卵形，雌雄异株，雌花序呈球果状，成熟时黄绿色。
我国啤酒花主产区集中在西北地区，当地光照充足、降水少，适宜啤酒花生长，二十世纪六十年代开始规模化种植。
主要指标　一般范围
α酸含量　5%至12%
水分　8%至10%
除酿造外，啤酒花还可用于制作饮料和提取植物精油。
""",
    ),
    dict(
        slug="netdisk-beach-data-sheet-share",
        site="云柜网盘 (invented)",
        style="网盘分享",
        genre="监测报告",
        kind="report",
        form="text",
        source="https://pan.yungui.example.com/s/8QwLm2zKp",
        title="蕺山北湾2025年上半年海滩垃圾监测简报",
        record_title="蕺山北湾2025年上半年海滩垃圾监测简报.pdf",
        date="2025-07-10",
        notes="cloud-drive share; file-name title; share stamp and expiry are no dates; save/download actions; data table",
        page="""
!m 云柜网盘　|　分享的文件
!m 蕺山北湾2025年上半年海滩垃圾监测简报.pdf（1.2MB）
!m 分享者：海之声志愿队　分享时间：2025-09-28 14:07　有效期：7天
!a 保存到我的网盘　　普通下载　　超速下载（需开通会员）
{T}
{BODY}
!a 在线预览仅显示前2页，完整内容请下载后查看
!d 请勿分享违法违规内容，举报邮箱 jubao@yungui.example.com
""",
        body="""
按照海洋垃圾监测规范，蕺山海洋志愿者协会于1月至6月在北湾沙滩设置三个一百米监测断面，每月监测一次。
类别　数量（件）　占比
塑料类　2861　71.4%
泡沫类　512　12.8%
玻璃类　233　5.8%
其他　401　10.0%
监测结果显示，塑料瓶盖、烟头和泡沫颗粒是数量最多的三类垃圾，节假日后垃圾密度明显上升。
蕺山海洋志愿者协会
2025年7月10日
""",
    ),
    dict(
        slug="snapshot-pepper-stall-rules-html",
        site="搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.soukuai.example.com/c?u=http%3A%2F%2Fqichengzhen.example.gov.cn%2Fgg%2F0310.html",
        title="萁城镇彩椒交易市场临时摊位管理规定",
        record_title=None,
        date="2025-03-10",
        notes="search-cache frame with banner; title missing from the record; snapshot stamp is no date; date from 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>萁城镇彩椒交易市场临时摊位管理规定</title></head>
<body>
<div class="cachebar">⟦d 这是搜快搜索保存的页面快照，它可能与当前网页不一致⟧<br>⟦m 快照时间：2025年09月30日 06:12:45⟧<br>⟦a 查看当前网页⟧</div>
<div class="orig">
<div>⟦m 萁城镇人民政府网⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦l 返回列表⟧</div>
</div>
</body></html>
""",
        body="""
为维护彩椒交易市场秩序，保障采收旺季交易安全，现就临时摊位管理规定如下。
一、临时摊位实行登记制，经营户须持身份证到市场管理办公室登记，领取摊位牌后方可经营。
二、摊位按划定区域摆放，不得占用消防通道和车辆通道。
三、经营户要保持摊位整洁，每日收市后将烂果、纸箱清理到指定地点。
四、严禁缺斤短两，市场设公平秤两台，供买卖双方复核。
萁城镇人民政府
2025年3月10日
""",
    ),
    dict(
        slug="print-hop-frost-notice",
        site="蓁原县农业农村局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyj.zhenyuan.example.gov.cn/print.asp?id=3317",
        title="关于做好啤酒花防晚霜冻工作的紧急通知",
        record_title="打印预览 - 关于做好啤酒花防晚霜冻工作的紧急通知",
        date="2025-04-24",
        notes="print view; print stamp and print footer; 抄送 版记 kept; date in 成文日期",
        page="""
!a 【打印本页】　【关闭窗口】
!m 蓁原县农业农村局
{T}
!m 打印时间：2025-10-01 15:22
{BODY}
!p 〔1／1〕
!m http://nyj.zhenyuan.example.gov.cn/print.asp?id=3317
""",
        body="""
各乡镇农业服务中心：
据气象部门预报，4月26日至28日我县将出现强降温天气，最低气温可降至零下三度，对刚出土的啤酒花嫩芽威胁很大。现就有关事项紧急通知如下。
一、降温前对已出土嫩芽覆土或覆盖草帘，覆土厚度三至五厘米。
二、有条件的花园在凌晨两点至六点点燃熏烟堆，提高近地面温度。
三、霜冻过后及时检查受冻情况，受冻嫩芽剪除后追施速效肥。
蓁原县农业农村局
2025年4月24日
抄送：县气象局、县应急管理局
""",
    ),
    dict(
        slug="mail-beach-waste-forward",
        site="海之声志愿队邮件组 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:group@haizhisheng.example.org#msg-20250619",
        title="关于商请协助转运净滩垃圾的函",
        record_title="Fwd: 关于商请协助转运净滩垃圾的函",
        date="2025-06-16",
        date_also=["2025-06-19"],
        notes="mail forward; forward header chrome; mail send date differs from the 成文日期 (document date expected, the other accepted); mail's own attachment header kept as 附件",
        page="""
!m 发件人：周海宁 <zhouhn@haizhisheng.example.org>
!m 发送时间：2025年6月19日 星期四 上午9:14
!m 收件人：净滩骨干群 <group@haizhisheng.example.org>
!m 主题：Fwd: 关于商请协助转运净滩垃圾的函
各位，转发一下给环卫所的函，周六活动照此执行。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件可能包含保密信息，如您误收本邮件，请立即删除。
!m 海之声志愿队 · 用行动守护海岸线
""",
        body="""
蕺山镇环卫所：
我队定于6月21日在北湾沙滩开展净滩活动，预计清理垃圾约一吨。为避免垃圾在沙滩滞留造成二次污染，商请贵所于当日上午11时派垃圾转运车一辆到北湾停车场协助转运。
感谢贵所对海洋环保公益事业的支持！
联系人：周海宁　电话：13860219957
附件：净滩活动岸段示意图
海之声志愿队
2025年6月16日
""",
    ),
    dict(
        slug="gov-pepper-subsidy-text-wrapped",
        site="苈湖县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lihu.example.gov.cn/xxgk/tzgg/202502/t20250211_7713.html",
        title="苈湖县2025年设施彩椒种植补贴申报通知",
        record_title="苈湖县2025年设施彩椒种植补贴申报通知 - 通知公告 - 苈湖县人民政府",
        date="2025-02-11",
        notes="text-only portal page hard-wrapped at 64 columns; document number neutral; 12345 line chrome; 联系人 kept",
        wrap=64,
        indent="　　",
        page="""
!m 苈湖县人民政府门户网站
!m 首页 > 信息公开 > 通知公告
{T}
苈农发〔2025〕6号
!m 发布时间：2025-02-11 10:30　信息来源：县农业农村局
{BODY}
!m 县长热线：12345　政府网站标识码：3203240017
!a 【打印】【收藏】【关闭】
""",
        body="""
各乡镇人民政府：
为鼓励设施彩椒规模化种植，县财政安排专项资金对新建和改造日光温室给予补贴，现将申报事项通知如下。
一、补贴标准：新建日光温室每亩补贴八千元，改造老旧温室每亩补贴三千元，单户补贴不超过二十万元。
二、申报条件：种植面积在五亩以上，温室已建成并投入使用，未享受过同类补贴。
三、申报时间：2025年2月15日至3月15日，逾期不予受理。
联系人：邵明川　电话：0517-86112035
苈湖县农业农村局
2025年2月11日
""",
    ),
    dict(
        slug="wenku-beach-volunteer-plan-bracket-markers",
        site="书苑文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.shuyuanwk.example.com/p-20931177.html",
        title="“守护蔚蓝”净滩志愿服务项目实施方案",
        record_title="【精选】“守护蔚蓝”净滩志愿服务项目实施方案（可编辑）",
        date="2025-03-20",
        notes="文库 preview; my own page markers glued (mix) cutting sentences; title repeated; pay prompt",
        pages=dict(fmt="⧼{n}⧽", every=75, start=2, glue="mix"),
        page="""
!m 书苑文库 - 专业文档分享平台
!m 首页 » 行业资料 » 公益慈善
{T}
!a 下载券：3　｜　文档格式：DOC　｜　立即下载
{T}
{BODY}
!a 试看已结束，支付3元即可下载全文
!l 同类文档：社区志愿服务活动方案　海洋科普进校园方案
""",
        body="""
一、项目背景。蕺山沿海岸线长二十四公里，旅游旺季海滩垃圾量大，仅靠环卫力量难以及时清理，需要动员社会力量共同参与。
二、项目目标。全年组织净滩活动二十四次，培训志愿者骨干一百名，建立三处固定监测断面。
三、实施步骤。三月完成志愿者招募和培训，四月至十月每月两次开展净滩，十一月进行总结评估。
四、经费预算。项目总经费六万元，主要用于志愿者保险、工具采购和监测物资。
蕺山海洋志愿者协会
2025年3月20日
""",
    ),
]
