"""holdout296, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Written by hand for this part (sites, places, people, numbers and URLs invented); see
../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-chenchuan-night-drumming-subject-jammer",
        site="棽川论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.chenchuan.example.cn/forum.php?mod=viewthread&tid=1208836",
        title="晚上九点半了广场还在敲鼓，能不能管管？",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject); jammer-font junk; weather line, medals, a decoration ad with a masked mobile, "
        "an official-reply link; relative times are no dates",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>棽川论坛 - 棽川人自己的网上家园</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="data/cache/common.js?Rt2"></script>
</head><body>
<div id="toptb">⟦m 棽川 今天 多云转晴 12～19℃⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册⟧</a>　<a>⟦a 手机版⟧</a></div>
<div id="hd"><a class="logo">⟦m 棽川论坛⟧</a></div>
<div id="pt">⟦m 棽川论坛 › 滆湾板块 › 民生吐槽 › 查看帖子⟧</div>
<div class="banner-ad">⟦w 滆湾好家居全屋定制　量房电话 138****6602⟧</div>
<div id="postlist"><table><tr>
<td class="pls"><p>⟦m 新街老住户⟧</p><p>⟦m 勋章：热心街坊 十年老棽川⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 楼主　发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 本帖已转交滆湾镇文化站　查看官方回复 ›⟧</div>
</td></tr></table>
<table><tr><td class="pls">⟦l 滆湾小马哥⟧</td><td class="plc">⟦l 3 天前　顶一个，我家也天天听。⟧</td></tr></table>
<table><tr><td class="pls">⟦l 跳舞的阿芳⟧</td><td class="plc">⟦l 前天　我们腰鼓队下周开始八点半收队，大家多担待。⟧</td></tr></table>
</div>
<div id="f_pst">⟦a 登录之后才能回复，没账号的先去注册⟧</div>
<div id="ft">⟦m 棽川论坛 bbs.chenchuan.example.cn　湘ICP备11026604号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
住在滆湾镇新街的邻居们，最近晚上有没有被广场的鼓声吵到？
镇文化广场每天晚上七点开始有腰鼓队排练，本来大家锻炼身体、热闹热闹是好事，我家老人也去跳。可最近换了新鼓槌，声音特别响，经常敲到九点半还不停，隔着两条街都听得见。
我家孩子今年高三，晚上根本没法安心写作业。楼下王阿姨有高血压，也说睡不着。
我不是反对敲鼓，只是想提个建议：一是排练最晚九点结束；二是鼓面蒙一层布，或者换成声音小一点的练习鼓槌；三是周日到周四少敲大鼓。
希望腰鼓队的队长和文化站能看到这个帖子，大家一起商量个办法。
""",
    ),
    dict(
        slug="localforum-fenyang-found-album-bus-station-junk",
        site="枌阳生活网 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.fenyanglife.example.cn/thread-77120-1-1.html",
        title="在桗口镇汽车站捡到一本旧相册，求扩散找失主",
        record_title="【拾到物品】在桗口镇汽车站捡到一本旧相册，求扩散找失主（已交值班室） - 桗口板块 - 枌阳生活网",
        date=None,
        notes="county forum text with junk lines and glued junk; the bus station's duty phone in the body; relative times are no dates",
        page="""
!m 枌阳生活网 · 论坛
!m 首页 › 桗口板块 › 寻人寻物
!t 【拾到物品】在桗口镇汽车站捡到一本旧相册，求扩散找失主（已交值班室）
!m 楼主：桗口阿杰　|　发表于 2 小时前　|　查看 1877　回复 23
{BODY}
!l 沙发　枌阳老蔡：已转到家族群。
!l 板凳　桗口小胡：第三张照片里的房子像是老粮站，问问粮站的老职工。
!l 地板　楼主：谢谢大家，有消息我更新。
!a 回帖需先登录枌阳生活网账号
!m 枌阳生活网 版权所有　客服QQ群：70418822
""",
        junk=dict(lines=2, glued=2),
        body="""
今天下午四点多，我在桗口镇汽车站候车室的长椅上捡到一本旧相册，深红色封面，边角磨得发白，里面大概有六七十张黑白和彩色照片。
翻了一下，有几张背面写着“1983年摄于滆湾”“小芳周岁”，还有一张全家福，照片上的老爷爷穿中山装，胸前别着一枚纪念章。
这种相册对失主来说肯定很重要，钱都买不回来。我已经把相册交到车站值班室了，值班室电话0739-6187702。
请大家帮忙扩散，失主或者认识照片上人的朋友，可以带上能说清相册里照片的信息去车站领取。
""",
    ),
    dict(
        slug="download-lanjing-rules-cattail-coop-safety-table-layout",
        site="蓝鲸资料站 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.lanjingzl.com/soft/zhidu/2025/44719.html",
        title="蒲编专业合作社生产安全管理制度",
        record_title="蒲编专业合作社生产安全管理制度（Word可下载·免费）_蓝鲸资料站",
        date=None,
        notes="old download-station page: file-info table with an update stamp (no date), three download links, an unzip password, a dead-link report, "
        "a floating ghost-writer ad; a rule with 第N条 whose articles speak of 扫码 and 打印",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>蒲编专业合作社生产安全管理制度（Word可下载·免费）_蓝鲸资料站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><font size="5" color="#0066cc">⟦m 蓝鲸资料站⟧</font></td><td align="right">⟦m 找资料，上蓝鲸⟧</td></tr>
<tr><td colspan="2" bgcolor="#0066cc"><a href="/">⟦m 首页⟧</a>　<a href="/soft/zhidu/">⟦m 规章制度⟧</a>　<a href="/soft/hetong/">⟦m 合同协议⟧</a>　<a href="/soft/biaoge/">⟦m 常用表格⟧</a></td></tr>
<tr><td colspan="2">⟦m 当前位置：蓝鲸资料站 → 规章制度 → 安全制度⟧</td></tr>
</table>
<table width="980" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#cccccc">
<tr><td colspan="4" align="center"><h2>{T}</h2></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料类型：DOC⟧</td><td>⟦m 更新时间：2025-08-14⟧</td><td>⟦m 推荐等级：★★★☆☆⟧</td></tr>
<tr><td colspan="4">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="4">
{BODY}
</td></tr>
<tr><td colspan="4"><a href="/down/44719-1">⟦a 电信线路下载⟧</a>　<a href="/down/44719-2">⟦a 联通线路下载⟧</a>　<a href="/down/44719-3">⟦a 本站高速通道下载⟧</a></td></tr>
<tr><td colspan="4">⟦a 解压密码：www.lanjingzl.com⟧</td></tr>
<tr><td colspan="4"><a href="/report.asp?id=44719">⟦a 下载地址失效？点此报告⟧</a></td></tr>
</table>
<div id="ad_float" style="position:absolute;right:10px;top:260px">⟦w 各类制度代写 QQ 2290418876⟧</div>
<table width="980" border="0" align="center"><tr><td align="center">
⟦d 本站资料来自网友分享与网络收集，仅供学习参考，勿作商业用途⟧<br>
⟦m Copyright 2008-2025 蓝鲸资料站 闽ICP备08011720号⟧
</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强合作社生产安全管理，保障社员人身和财产安全，制定本制度。
第二条　晒草场、仓库、编织车间严禁吸烟和使用明火，每处配备灭火器不少于2具。
第三条　蒲草入库前须晒干至含水率15%以下，堆垛高度不超过2米，垛与垛之间留出通道。
第四条　使用切草机、压边机的社员须经培训合格后上岗，作业时不得戴手套、不得把手伸入刀口。
第五条　社员每日上工时扫码登记，安全员每周检查一次消防器材和电线线路，检查记录打印后由理事长签字存档。
第六条　发生火情或人员受伤，现场人员应立即报告理事长，并拨打119或120。
第七条　本制度自理事会通过之日起施行。
""",
    ),
    dict(
        slug="download-gongjiang-procedure-clock-movement-wps",
        site="工匠文档下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.gongjiangdoc.cn/zuoye/zhongbiao/1187.html",
        title="座钟机芯清洗保养作业规程",
        record_title="座钟机芯清洗保养作业规程.wps",
        date=None,
        notes="file-name record title; a work procedure with decimal headings 1.1–4.1; an add stamp is no date",
        page="""
!m 工匠文档下载站 — 技术文档随手下
!m 资料分类：作业指导书　大小：28KB　格式：WPS
!t 座钟机芯清洗保养作业规程.wps
!m 添加时间：2025-05-30　下载次数：146
{BODY}
!a 立即下载（需注册会员）
!a 下载不了？换个线路试试
!d 本站文档收集自网络，仅作技术交流，版权归原作者
!l 同类文档：钟表维修工安全操作规程.doc　｜　挂钟检验作业指导书.wps
""",
        body="""
1 适用范围
1.1 本规程适用于机械座钟机芯的拆解、清洗、加油和复装作业。
1.2 石英座钟机芯的保养另按电子钟表作业规程执行。
2 作业准备
2.1 作业前核对送修单，拍照记录座钟外观和机芯原始状态。
2.2 放松发条：用上弦钥匙压住发条轮，缓慢释放发条力，严禁直接拆卸上紧的发条。
3 清洗与加油
3.1 零件分类放入超声波清洗机，使用专用钟表清洗液，清洗时间不超过8分钟。
3.2 清洗后的零件用热风吹干，不得用抹布擦拭齿轮。
3.3 各轴眼点注钟表油，每个轴眼一滴，不得过量。
4 复装与检测
4.1 复装后走时观察不少于72小时，日差不超过正负1分钟方可交付。
""",
    ),
    dict(
        slug="exam-ranzhou-drum-player-skill-test-timetable",
        site="橪州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.rzrsks.example.gov.cn/kwgg/2025/1103/5521.html",
        title="棽川县文化馆2025年公开招聘鼓乐演奏员专业技能测试公告",
        record_title="【专业测试】棽川县文化馆2025年公开招聘鼓乐演奏员专业技能测试公告-招考信息-橪州人事考试网",
        date="2025-11-03",
        notes="personnel-exam site: maintenance banner, an admission-ticket float, a technical line beside the exam's own 考务咨询电话; "
        "a timetable (one row a paragraph); candidates bring their own drumsticks; 下载并打印准考证 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【专业测试】棽川县文化馆2025年公开招聘鼓乐演奏员专业技能测试公告-招考信息-橪州人事考试网</title>
<script src="/js/float-zkz.js"></script>
</head><body>
<div class="notice-bar">⟦d 报名系统将于11月8日22:00至次日6:00停机维护，期间暂停报名与缴费⟧</div>
<div class="head"><span class="logo">⟦m 橪州人事考试网⟧</span><span>⟦m 橪州市人事考试院主办⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 考试动态⟧</a><a>⟦m 招考信息⟧</a><a>⟦m 成绩查询⟧</a><a>⟦m 证书办理⟧</a></div>
<div class="path">⟦m 您现在的位置：首页 › 招考信息 › 事业单位⟧</div>
<div class="article">
<h2>{T}</h2>
<p class="meta">⟦m 发布日期：2025-11-03　来源：棽川县文化馆　字号：大 中 小⟧</p>
<div class="body">
{BODY}
</div>
</div>
<div class="float-zkz"><a href="/zkz/">⟦a 准考证打印入口 ›⟧</a><a>⟦a ×⟧</a></div>
<div class="foot"><p>⟦m 报名系统技术咨询：0735-8210366（工作日）⟧</p><p>⟦m 橪州市人事考试院　地址：橪州市淜河东路55号⟧</p><p>⟦m 湘ICP备15003398号-1⟧</p></div>
</body></html>
""",
        body="""
根据《棽川县文化馆2025年公开招聘工作人员简章》，现将鼓乐演奏员岗位专业技能测试有关事项公告如下：
一、测试时间和地点
日期　时段　内容　地点
11月15日　8:30—11:30　堂鼓、排鼓演奏　县文化馆排练厅
11月15日　14:00—17:00　锣鼓经视奏　县文化馆二楼琴房
二、测试要求
考生须自带鼓槌，测试用鼓由文化馆统一提供。演奏曲目自选，时长不超过5分钟。
三、准考证打印
请考生于11月10日至14日登录本网站下载并打印准考证，凭准考证和身份证参加测试。
考务咨询电话：0734-8551236（工作日9:00—17:00）
棽川县文化馆
2025年11月3日
""",
    ),
    dict(
        slug="exam-sishui-cattail-skill-assessment-text",
        site="楒水人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ssrsks.example.gov.cn/jnjd/2025/0825/312.html",
        title="楒水县蒲草编织技艺项目技能认定考核公告",
        record_title="《认定公告》楒水县蒲草编织技艺项目技能认定考核公告_楒水人事考试信息网",
        date="2025-08-22",
        date_also=["2025-08-25"],
        notes="exam site text: the assessment's phone beside a technical line; 下载打印准考证 as content; 成文日期 and posting date differ",
        page="""
!m 楒水人事考试信息网
!m 首页 ＞ 技能鉴定 ＞ 认定公告
{T}
!m 发布日期：2025-08-25　作者：鉴定所　阅读：574
{BODY}
!a 〔返回列表〕〔打印〕
!m 网站技术支持：0736-7260099
!m 楒水县人力资源和社会保障局主办
""",
        indent="\u3000\u3000",
        body="""
为做好传统工艺类职业技能等级认定工作，经研究，定于9月13日在濊田镇蒲编产业园开展蒲草编织技艺项目技能认定考核。现将有关事项公告如下：
一、考核对象：已报名并通过资格审核的编织从业人员共86人，名单见本网站。
二、考核方式：实操考核，考生在3小时内独立完成直径40厘米蒲团一个，按编织密度、平整度、收口工艺评分。
三、考生须自备剪刀、针锥，蒲草材料由考点统一提供。
四、考生请于9月8日后登录本网站下载打印准考证。
咨询电话：0736-7260315
楒水县职业技能鉴定所
2025年8月22日
""",
    ),
    dict(
        slug="tender-ranzhou-inquiry-tea-trivets-items",
        site="橪州市公共资源交易平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.ranzhou.example.gov.cn/jyxx/zfcg/xjgg/2025/0407/20250407003.html",
        title="棽川县职业中等专业学校茶艺实训耗材询价公告",
        record_title="〖询价·二次〗棽川县职业中等专业学校茶艺实训耗材询价公告 - 橪州市公共资源交易平台",
        date="2025-04-07",
        notes="tender portal: a countdown, CA and trading-system lines beside the purchaser's and the agency's contacts; an items table; 下载询价文件 as content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖询价·二次〗棽川县职业中等专业学校茶艺实训耗材询价公告 - 橪州市公共资源交易平台</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="top"><span class="logo">⟦m 橪州市公共资源交易平台⟧</span><a>⟦a 主体登录⟧</a><a>⟦a 主体注册⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 工程建设⟧</a><a>⟦m 政府采购⟧</a><a>⟦m 产权交易⟧</a><a>⟦m 服务指南⟧</a></div>
<div class="loc">⟦m 首页 > 交易信息 > 政府采购 > 询价公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="sub">⟦m 信息来源：政府采购　发布时间：2025-04-07 17:20　浏览：96⟧</p>
<p class="cd">⟦a 距报价截止还剩：7天23小时⟧</p>
<div class="ewb-article">
{BODY}
</div>
<p><a>⟦a 【我要报价】⟧</a> <a>⟦a 【收藏该项目】⟧</a></p>
</div>
<div class="service"><p>⟦m CA数字证书办理：0735-8899106⟧</p><p>⟦m 交易系统技术支持：400-882-7315⟧</p></div>
<div class="foot">⟦m 橪州市公共资源交易中心　版权所有　湘ICP备16011503号⟧</div>
</body></html>
""",
        body="""
一、项目名称：棽川县职业中等专业学校茶艺实训耗材采购（第二次）
二、采购预算：6800元
三、采购内容：
品名　规格　数量
竹编茶壶垫　直径16厘米　60个
硅胶茶壶垫　直径14厘米，耐温220℃　40个
棉麻茶巾　30×30厘米　120条
四、报价方式：供应商请于4月8日至4月14日登录交易平台下载询价文件，于4月15日17:00前上传报价单。
五、联系方式
采购人：棽川县职业中等专业学校　联系人：欧阳婷　电话：0734-8120637
代理机构：棽川县明正招标代理有限公司　联系人：尹涛　电话：0734-8263350
棽川县职业中等专业学校
2025年4月7日
""",
    ),
    dict(
        slug="tender-fenyang-bid-result-clocks-record",
        site="枌阳县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.fenyang-county.example.gov.cn/zbgg/2025/0917/1193.html",
        title="枌阳县会议中心仿古座钟采购项目中标（成交）结果公告",
        record_date="2025-09-17",
        date="2025-09-17",
        notes="record title and date as given; a lots table; buyer and agency phones beside a supervision phone",
        page="""
!m 枌阳县政府采购网
!m 当前位置：首页 > 采购公告 > 中标公告
{T}
!m 发布时间：2025-09-17 16:02　浏览：208
{BODY}
!m 采购监督电话：0739-6120987
!l 同类公告：枌阳县第二中学课桌椅采购项目中标结果公告
!l 同类公告：枌阳县档案馆密集架采购项目更正公告
!m 枌阳县财政局主办
""",
        body="""
一、项目编号：FYCG-2025-0917
二、项目名称：枌阳县会议中心仿古座钟采购项目
三、中标（成交）信息
包号　中标供应商　中标金额（元）
第1包（贵宾厅落地座钟2台）　橪州钟鼎工艺品有限公司　18600
第2包（会议室台式座钟16台）　棽川嘉时钟表商行　12480
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：枌阳县机关事务服务中心　电话：0739-6120215
代理机构：枌阳县公信招标咨询有限公司　电话：0739-6133780
2025年9月17日
""",
    ),
    dict(
        slug="lawfirm-liheng-case-lost-family-album",
        site="砺衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.lihenglaw.example.cn/case/qinquan/2025/0613.html",
        title="冲印店弄丢家庭相册，只赔冲印费吗？",
        record_title="说案 ⁞ 冲印店弄丢家庭相册，只赔冲印费吗？ - 砺衡律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a 本文链接 block; a consult prompt glued after the last 。; a case note with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>说案 ⁞ 冲印店弄丢家庭相册，只赔冲印费吗？ - 砺衡律师事务所</title>
<script src="/js/zixun-float.js"></script>
</head><body>
<div class="top"><span class="logo">⟦m 砺衡律师事务所⟧</span><span class="hot">⟦m 全国咨询热线 400-619-2207⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 律所简介⟧</a><a>⟦m 专业团队⟧</a><a>⟦m 典型案例⟧</a><a>⟦m 联系我们⟧</a></div>
<div class="crumb">⟦m 首页 / 典型案例 / 侵权纠纷⟧</div>
<div class="case">
<h1>{T}</h1>
<p class="meta">⟦m 作者：沈清禾律师　阅读：688⟧</p>
<div class="case-body">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.lihenglaw.example.cn/case/qinquan/2025/0613.html⟧</div>
<div class="card"><p>⟦m 沈清禾　执业律师⟧</p><p>⟦m 擅长：侵权责任、消费纠纷⟧</p><p>⟦w 预约沈律师面谈：0735-8216690⟧</p></div>
</div>
<div class="zixun-float">⟦w 在线咨询　律师30秒内回复⟧</div>
<div class="foot">⟦d 案例内容已作匿名化处理，仅供普法参考⟧<br>⟦m 砺衡律师事务所　橪州市栭湖区橑山路88号金融大厦12层⟧</div>
</body></html>
""",
        body="""
【案情】2024年，市民老钱把一本家庭相册里的68张老照片交给某冲印店翻拍修复，约定费用340元。取件时店员告知相册和照片在店铺装修中遗失。店方只同意退还费用并赔偿500元，老钱起诉要求赔偿精神损害抚慰金。
【判决】法院审理认为，涉案照片多为老钱父母生前影像，具有人格象征意义，且无法复制，冲印店保管不善致其灭失，应承担赔偿责任，酌定店方赔偿精神损害抚慰金8000元。
【律师说法】民法典规定，因故意或者重大过失侵害自然人具有人身意义的特定物造成严重精神损害的，被侵权人有权请求精神损害赔偿。建议送修老相册时留存照片清单，并在单据上注明物品的特殊价值。⟦w 遇到类似纠纷？砺衡律师在线免费初步评估⟧
""",
    ),
    dict(
        slug="lawfirm-tongdi-letter-drumstick-injury-risk",
        site="同砥律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.tongdilaw.example.cn/tishi/2025/0506.html",
        title="关于鼓乐队表演中鼓槌脱手伤人风险的法律提示函",
        record_title="风险预警 ▹ 关于鼓乐队表演中鼓槌脱手伤人风险的法律提示函 | 同砥律师事务所",
        date="2025-05-06",
        notes="law firm text: a letter with a numbered list; the firm's own phone in the letter beside the site's 400 line; 成文日期 under the signature",
        page="""
!m 同砥律师事务所 TONGDI LAW FIRM
!m 首页 / 风险预警 / 文化体育
{T}
!m 供稿：文体法律事务部　浏览：251
{BODY}
!d 本文仅为一般性提示，不作为具体个案的法律意见
!m 免费法律咨询热线：400-663-0817
!l 延伸阅读：群众文艺活动中的安全保障义务边界
!m 同砥律师事务所　执业许可证号：14301201911028807
""",
        indent="\u3000\u3000",
        body="""
滆湾镇文化站：
贵站委托本所就辖区腰鼓队、锣鼓队公开表演的安全责任问题提供法律意见。经了解，近两年本县已发生两起表演中鼓槌脱手飞出伤及观众的事件。现提示如下：
一、组织者责任。群众性文化活动的组织者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
二、防范建议：
1.表演前检查鼓槌，槌柄系防脱腕绳；
2.表演区与观众之间设置不少于3米的隔离带；
3.为队员和活动购买公众责任保险。
三、如发生伤人事件，应立即救治伤者，保存现场视频，并及时联系本所。
本所联系电话：0734-8230617
同砥律师事务所
2025年5月6日
""",
    ),
]
