"""holdout344, part D: download stations, personnel-exam sites, tender portals, law firms and
residents' sites. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="download-jiayuan-rules-tape-dispensers-wps-gb2312",
        site="嘉园资料下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规定",
        kind="other",
        form="html",
        source="http://www.jiayuanzl.com/soft/guizhang/20917.html",
        title="胶带座等办公耐用品以旧换新管理规定",
        record_title="胶带座等办公耐用品以旧换新管理规定.wps",
        date=None,
        notes="download station in an old table layout: file-info table (an update stamp is no date), three "
        "mirror links, an unzip password, a dead-link report; 第N条 articles with an effective clause only",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>胶带座等办公耐用品以旧换新管理规定.wps - 嘉园资料下载站</title>
</head>
<body>
<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td><font size="5">⟦m 嘉园资料下载站⟧</font>　⟦m 规章制度 · 表格模板 · 办公文书⟧</td></tr>
<tr><td bgcolor="#3366CC"><font color="#FFFFFF">⟦m 首页 | 规章制度 | 表格模板 | 合同协议 | 公文写作 | 排行榜⟧</font></td></tr>
<tr><td>⟦m 当前位置：嘉园资料下载站 → 规章制度 → 行政管理⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellpadding="4" cellspacing="0" bordercolor="#99BBEE">
<tr><td colspan="4" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：38 KB⟧</td><td>⟦m 文件格式：WPS⟧</td><td>⟦m 授权方式：免费共享⟧</td><td>⟦m 更新时间：2024-12-17⟧</td></tr>
<tr><td>⟦m 下载人气：3308⟧</td><td>⟦m 星级：★★★★☆⟧</td><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 整理：嘉园小编⟧</td></tr>
<tr><td colspan="4">⟦m 内容简介：以下为文件正文的预览⟧</td></tr>
<tr><td colspan="4">
{BODY}
</td></tr>
<tr><td colspan="4">⟦a 下载地址：〖电信高速〗〖联通高速〗〖备用下载〗⟧</td></tr>
<tr><td colspan="4">⟦a 解压密码：www.jiayuanzl.com⟧</td></tr>
<tr><td colspan="4">⟦a 链接失效了？点此告诉管理员⟧</td></tr>
</table>
<table width="980" align="center"><tr><td align="center">
⟦d 本站资料均来源于网络，仅供学习研究，如有侵权请联系删除⟧<br>
⟦m 嘉园资料下载站 版权所有 2009-2025　冀ICP备09014852号⟧
</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为加强机关办公耐用品管理，杜绝浪费，根据本单位实际，制定本规定。
第二条　本规定所称办公耐用品，是指胶带座、订书机、打孔机、裁纸刀、计算器等可长期重复使用的办公用品。
第三条　办公耐用品实行以旧换新。确因损坏需要更换的，领用人应当交回旧品，由办公室核实后登记更换；不能交回旧品的，应当书面说明原因。
第四条　胶带座切刀磨损、转轴断裂的，由办公室统一送修，能修复的不予更换。
第五条　各科室闲置的办公耐用品应当交回办公室，统一登记后调剂使用。
第六条　办公室每半年盘点一次办公耐用品，对领用数量明显偏多的科室进行提醒。
第七条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="download-text-plan-rinse-cups-doc-glued-markers",
        site="文典下载 (invented, text)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wendianxz.com/down/kq/6627.html",
        title="口腔门诊漱口杯一人一用管理方案",
        record_title="口腔门诊漱口杯一人一用管理方案.doc",
        date="2024-03-25",
        notes="download page as text: file name as the record's title; page markers ⨎n⨎ glued to the "
        "continuation line (not wrapped) cut sentences; download buttons and a points note after the body",
        page="""
!m 文典下载 ｜ 专注医疗管理文档
!m 首页 » 医疗管理 » 口腔专科
!t 口腔门诊漱口杯一人一用管理方案.doc
!m 文件大小：29KB　　添加日期：2024-04-11　　下载次数：962
!m 以下为文档内容的文字预览：
{BODY}
!a 立即下载（普通用户消耗3积分）
!a ▼ 本地下载　▼ 网盘下载
!d 文典下载所有资源均来自网友上传，若侵犯了您的权利请来信说明
!m wendianxz.com
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⨎{n}⨎", every=100, start=2, glue=True),
        body="""
为规范口腔门诊漱口杯管理，防止交叉感染，根据口腔诊疗器械消毒技术规范有关要求，结合我科实际，制定本方案。
一、管理原则
漱口杯实行一人一用、用后即弃，不得重复使用，不得在患者之间共用。
二、具体措施
（一）每台牙椅旁备足一次性漱口杯，由当班护士在诊前检查补充，漱口杯应存放在清洁、干燥的专用容器内。
（二）患者就座后，护士当面取用新杯并接水，告知患者漱口方法。
（三）诊疗结束后，漱口杯与其他一次性用品一并按医疗废物处理。
三、监督检查
科室感控护士每周抽查一次漱口杯使用和储存情况，检查结果纳入科室质量考核。
滁湾县中医院口腔科
2024年3月25日
""",
    ),
    dict(
        slug="exam-xuanling-notice-canteen-staff-dish-brushes",
        site="轩岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xlrskszx.cn/ksgg/2024/0703/1409.html",
        title="2024年轩岭县机关事务服务中心公开招聘食堂服务人员实操考核公告",
        record_title="【技能测试安排】2024年轩岭县机关事务服务中心公开招聘食堂服务人员实操考核公告_轩岭人事考试网",
        date="2024-07-02",
        date_also=["2024-07-03"],
        notes="personnel-exam site: maintenance banner, admission-ticket float; an exam timetable as a table; "
        "sentences about downloading and printing the admission ticket kept; the exam office's 咨询电话 beside "
        "the site's technical line; the posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【技能测试安排】2024年轩岭县机关事务服务中心公开招聘食堂服务人员实操考核公告_轩岭人事考试网</title></head>
<body>
<div class="ks-banner">⟦d 系统升级通知：7月6日22:00至次日6:00暂停报名系统服务⟧</div>
<div class="ks-head">⟦m 轩岭人事考试网⟧　⟦m 轩岭县人事考试中心主办⟧</div>
<ul class="ks-nav"><li>⟦m 考试公告⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="ks-pos">⟦m 位置：首页 &gt; 考试公告 &gt; 事业单位招聘⟧</div>
<h2>{T}</h2>
<div class="ks-info">⟦m 发布日期：2024-07-03　信息来源：县人事考试中心⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-float">⟦a 准考证打印入口 ▶⟧</div>
<div class="ks-foot"><p>⟦m 网站技术支持：0739-8230077（仅限网站使用问题）⟧</p><p>⟦m 轩岭县人事考试中心　赣ICP备11003920号⟧</p></div>
</body>
</html>
""",
        body="""
根据《2024年轩岭县机关事务服务中心公开招聘食堂服务人员公告》，现将实操考核有关事项公告如下：
一、考核时间和地点
考核岗位　考核时间　考核地点
厨师岗　7月13日8:30　县机关食堂一楼后厨
帮厨保洁岗　7月13日14:30　县机关食堂一楼洗消间
二、考核内容
帮厨保洁岗主要考核餐具清洗消毒操作，包括洗碗刷分色使用、餐具“一刮二洗三冲四消毒五保洁”流程及消毒液配比。
三、准考证
请考生于7月10日至12日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
四、其他事项
考生须自备工作服和工作帽，洗碗刷、消毒液等用品由考点统一提供。
咨询电话：0739-8231056（工作日）。
轩岭县机关事务服务中心
2024年7月2日
""",
    ),
    dict(
        slug="exam-text-tip-umbrella-bags-rainy-day",
        site="咏川人事考试网 (invented, text)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycrsks.org.cn/kwgl/202406/t20240620_9184.html",
        title="关于雨天考生入场使用雨伞套的温馨提示",
        record_title="〖考场提醒〗关于雨天考生入场使用雨伞套的温馨提示 - 考前服务 - 咏川人事考试网",
        date="2024-06-20",
        notes="exam site as text: the exam centre's own 咨询电话 beside the site's system line; a reminder "
        "dated under its signature; a 'bookmark the site' line between paragraphs",
        page="""
!m 咏川人事考试网　www.ycrsks.org.cn
!m 首页 — 考务管理 — 考前提醒
!t 〖考场提醒〗关于雨天考生入场使用雨伞套的温馨提示
!m 更新：2024-06-21　来源：市人事考试中心
{BODY}
!a 打印本页 ｜ 关闭
!m 报名系统运维：0739-8129955
!m 咏川市人事考试中心　版权所有
""",
        indent="\u3000\u3000",
        body="""
各位考生：
据气象部门预报，6月22日至23日我市将有中到大雨。为保障考生顺利入场，维护考场秩序，现将雨天入场有关事项提示如下：
一、各考点将在教学楼入口设置雨伞套取用点和雨伞集中存放处。考生进入教学楼前，请将雨伞套好或放入存放处，不得将湿雨伞带入考场。
⟦a 建议将本站加入收藏，及时获取考务信息⟧
二、雨伞套为可重复使用的布质伞套，考试结束后请交回取用点。
三、请考生提前出门，预留足够的路上时间，考试开始30分钟后不得入场。
咨询电话：0739-8126340。
咏川市人事考试中心
2024年6月20日
""",
    ),
    dict(
        slug="tender-ranxi-result-cutlery-boxes-record-date",
        site="冉溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.ranxi.gov.cn/jyxx/zfcg/cjgg/20240809/2024080900143.html",
        title="冉溪县第二中学食堂不锈钢餐具盒采购项目成交结果公告",
        record_title="冉溪县第二中学食堂不锈钢餐具盒采购项目成交结果公告_采购结果公示_冉溪县公共资源交易网",
        record_date="2024-08-09",
        date="2024-08-09",
        notes="tender portal: a publicity countdown, CA and trading-system hotlines beside the purchaser's and "
        "agency's own contacts; a lots table; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>冉溪县第二中学食堂不锈钢餐具盒采购项目成交结果公告_采购结果公示_冉溪县公共资源交易网</title></head>
<body>
<div class="gg-head">⟦m 冉溪县公共资源交易网⟧　⟦m 公开　公平　公正　诚信⟧</div>
<ul class="gg-nav"><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="gg-pos">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 成交公告⟧</div>
<h3 class="gg-title">{T}</h3>
<div class="gg-meta">⟦m 信息时间：2024-08-09　阅读次数：214⟧</div>
<div class="gg-count">⟦m 公示期剩余：0天 18小时 22分⟧</div>
<div class="gg-body">
{BODY}
</div>
<div class="gg-help"><p>⟦m CA证书办理：0739-6612930⟧</p><p>⟦m 交易系统技术支持：400-880-7316⟧</p></div>
<div class="gg-foot">⟦m 冉溪县公共资源交易中心　地址：冉溪县政务服务中心3楼⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：RXCG-2024-0317
二、项目名称：冉溪县第二中学食堂不锈钢餐具盒采购项目
三、成交信息
包号　货物名称　数量　成交供应商　成交金额（元）
1　304不锈钢四格餐具盒　2600只　冉溪县鑫厨设备有限公司　98800
2　餐具盒保洁消毒柜　4台　滁湾县恒洁电器经营部　23600
四、公告期限
自本公告发布之日起1个工作日。
五、联系方式
采购人：冉溪县第二中学　联系人：柯老师　电话：0739-6635018
采购代理机构：冉溪县正源招标代理有限公司　联系人：汪工　电话：0739-6620447
""",
    ),
    dict(
        slug="tender-text-inquiry-umbrella-bag-machines",
        site="滁湾县政府采购网 (invented, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.chuwan.gov.cn/xjgg/2024-04-22/0058.html",
        title="滁湾县政务服务中心自助雨伞套机采购项目询价公告",
        record_title="【询价采购邀请】滁湾县政务服务中心自助雨伞套机采购项目询价公告（第2次）- 政府采购网",
        date="2024-04-22",
        notes="tender notice as text: sentences about downloading the inquiry file and scanning the quote kept; "
        "the purchaser's contact beside the platform's hotline; a dated signature",
        page="""
!m 滁湾县政府采购网
!m 采购公告 → 询价公告
!t 【询价采购邀请】滁湾县政务服务中心自助雨伞套机采购项目询价公告（第2次）
!m 浏览次数：137　｜　公告类型：询价
{BODY}
!a 【我要报名】　【收藏项目】
!m 平台服务热线：400-660-2391
!m 滁湾县财政局政府采购监督管理股
""",
        indent="\u3000\u3000",
        body="""
滁湾县政务服务中心就自助雨伞套机采购项目进行询价采购，欢迎合格供应商参加报价。
一、采购内容：自助雨伞套机4台（含首批可降解伞套8000只），预算金额2.4万元。
二、供应商资格：具有独立法人资格，近三年无重大违法记录。
三、询价文件获取：请于4月23日至4月26日登录本网站下载询价文件。
四、报价方式：供应商在报价单上签字盖章后，扫描成PDF文件，于4月28日17:00前发送至指定邮箱，逾期不予受理。
五、联系方式
采购人：滁湾县政务服务中心　联系人：汪先生　电话：0739-7716082
滁湾县政务服务中心
2024年4月22日
""",
    ),
    dict(
        slug="lawfirm-zhengli-answer-umbrella-bag-slip",
        site="正理律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.zhenglilaw.cn/qa/3197.html",
        title="商场入口伞套机坏了，顾客滑倒受伤商场要担责吗？",
        record_title="【律师说理】商场入口伞套机坏了，顾客滑倒受伤商场要担责吗？｜正理律师事务所",
        date=None,
        notes="law firm page: lawyer card, consult float, 400 line, repost notice; an answer with no date; a "
        "'consult this lawyer' line glued after the last sentence",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【律师说理】商场入口伞套机坏了，顾客滑倒受伤商场要担责吗？｜正理律师事务所</title></head>
<body>
<div class="zl-head">⟦m 正理律师事务所⟧　⟦m 以理服人　依法办事⟧　⟦w 全国咨询：400-019-8876⟧</div>
<ul class="zl-nav"><li>⟦m 律所简介⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 以案说法⟧</li></ul>
<div class="zl-crumb">⟦m 首页 / 以案说法 / 人身损害⟧</div>
<h1>{T}</h1>
<div class="zl-card">⟦m 解答律师：冉志远　执业证号 13611201910187654　擅长：人身损害、消费纠纷⟧</div>
<div class="zl-text">
{BODY}
</div>
<div class="zl-note">⟦d 本文为律所原创普法内容，转载请注明出处，不构成对具体案件的法律意见⟧</div>
<div class="zl-float">⟦w 免费问律师 · 3分钟回复⟧</div>
<div class="zl-foot">⟦m 正理律师事务所　咏川市汪湖区金融街6号汇丰大厦17层⟧</div>
</body>
</html>
""",
        body="""
问：下雨天我去商场购物，门口的伞套机坏了，地面积了一层水，也没有放警示牌。我进门时滑倒摔伤了手腕，商场说伞套机坏了不归他们管，是这样吗？
答：商场的说法站不住脚。根据民法典的规定，商场等经营场所的经营者、管理者，未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
雨天在入口设置伞套机、铺设防滑垫、放置警示牌，都是商场履行安全保障义务的方式。伞套机损坏后，商场应当及时维修，或者采取拖地、警示等替代措施。本案中商场既未维修也未提示，导致入口积水，应当对您的损失承担相应责任。
建议您保留就诊记录、现场照片和购物凭证，先与商场协商赔偿；协商不成的，可以向消费者协会投诉或者向法院起诉。⟦w 类似问题可一键咨询冉律师⟧
""",
    ),
    dict(
        slug="lawfirm-text-letter-tape-dispenser-imitation",
        site="秉衡律师事务所网站 (invented, text)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.binghenglaw.com/wenshu/lsh/2024-1016.html",
        title="关于贵司销售仿冒“鲸口”牌胶带座的律师函",
        date="2024-10-16",
        notes="law firm's document library as text: a lawyer's letter with its own 联系人/电话 beside the firm's "
        "consult line; title as in the record; a case-number line under the title is neutral",
        page="""
!m 秉衡律师事务所 · 文书库
!m 首页 > 律师文书 > 律师函
{T}
秉衡律函〔2024〕第086号
{BODY}
!d 本文书经当事人同意公开，已隐去部分信息
!w 法律咨询专线：0739-5288866（24小时值守）
!m 秉衡律师事务所　咏川市汪湖区湖滨北路31号
""",
        indent="\u3000\u3000",
        body="""
咏川市汪湖区百利文具商行：
秉衡律师事务所接受轩岭县鲸口文具制造有限公司（以下简称“委托人”）的委托，就贵司销售仿冒“鲸口”牌胶带座一事，郑重致函如下：
委托人系“鲸口”注册商标的权利人，其生产的鲸形胶带座享有外观设计专利权。经委托人调查，贵司在店铺及网店销售的“鲸鱼胶带座”，外观与委托人专利产品基本相同，并使用了与“鲸口”近似的标识，已构成商标侵权和专利侵权。
为此，请贵司在收到本函之日起七日内：一、立即停止销售上述胶带座；二、下架网店相关商品链接；三、书面告知库存数量及进货来源。
如贵司逾期不予处理，委托人将依法追究贵司的法律责任。
联系人：柯律师，电话：0739-5288031。
秉衡律师事务所
二〇二四年十月十六日
""",
    ),
    dict(
        slug="community-xunfeng-notice-fluoride-rinse-cups",
        site="熏风里社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xunfengli.org/tzgg/2024/1025.html",
        title="关于开展儿童免费涂氟活动请自带漱口杯的通知",
        record_title="【熏风里小喇叭】关于开展儿童免费涂氟活动请自带漱口杯的通知｜熏风里社区",
        date="2024-10-25",
        notes="residents' site: weather line, a grid worker's box and a property repair line beside the "
        "community's own duty phone; a sign-up sentence about scanning a code kept; a 'join the volunteers' "
        "button glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>【熏风里小喇叭】关于开展儿童免费涂氟活动请自带漱口杯的通知｜熏风里社区</title></head>
<body>
<div class="sq-top">⟦m 熏风里社区网 · 咏川市汪湖区湖东街道⟧　⟦m 多云 14~22℃ 空气良⟧</div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 居务公开⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 邻里活动⟧</li></ul>
<div class="sq-pos">⟦m 社区首页 › 居务公开 › 通知⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 社区居委会　｜　浏览 388⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-grid">⟦m 本网格员：柯晓燕　手机 13870391622⟧</div>
<div class="sq-wy">⟦m 物业报修：0739-5260117（熏风物业客服）⟧</div>
<div class="sq-foot">⟦m 熏风里社区居民委员会　地址：湖东街道熏风路12号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为预防儿童龋齿，社区联合湖东街道社区卫生服务中心，将于11月2日（星期六）上午9:00—11:30，在社区党群服务中心二楼为辖区3至12岁儿童免费涂氟。现将有关事项通知如下：
一、请家长带孩子提前在家刷牙，并为孩子自带一只干净的漱口杯，涂氟前后需要漱口。
二、涂氟后30分钟内不要进食、喝水，当晚不要刷牙。
三、请家长扫描社区公众号二维码提前报名，每个时段限30名儿童。⟦a 我要当志愿者 →⟧活动如有调整，将在社区公众号另行通知，请居民及时关注。
社区值班电话：0739-5260311。
熏风里社区居民委员会
2024年10月25日
""",
    ),
    dict(
        slug="community-text-pledge-dish-brushes-swap",
        site="眷园社区服务网 (invented residents' site, text)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://juanyuan.whsq.net/hd/2024/0315.html",
        title="眷园社区“旧刷换新”厨房卫生倡议书",
        record_title="邻里行动 · 眷园社区“旧刷换新”厨房卫生倡议书",
        date="2024-03-15",
        notes="residents' site as text: a pledge whose sentences speak of sharing as content; the community's "
        "name recurs in its signature and stands in the site header (head match); a photo placeholder line between paragraphs",
        page="""
!m 眷园社区
!m 眷园社区服务网 · 邻里一家亲
!m 首页 ⟩ 邻里活动 ⟩ 倡议
!t 邻里行动 · 眷园社区“旧刷换新”厨房卫生倡议书
!m 发布者：社区志愿服务站　｜　阅读 265
{BODY}
!l 上一条：眷园社区春季义诊活动预告
!l 下一条：关于小区东门临时封闭的告知
!m 技术支持：汪湖区智慧社区平台
""",
        indent="\u3000\u3000",
        body="""
亲爱的邻居们：
厨房是一家人健康的起点。可在我们入户走访时发现，不少家庭的洗碗刷一用就是大半年，刷毛发黑、手柄发霉，却舍不得换。为此，社区志愿服务站发起“旧刷换新”活动，向全体居民倡议：
一、勤换洗碗刷。洗碗刷建议一至两个月更换一次，刷毛变形、发黑的要及时更换。
⟦m ［活动现场图片加载中］⟧
二、用后晾干。洗碗刷用完冲净挂起，不泡在水池里。
三、参与换新。3月23日上午，居民可带旧洗碗刷到社区广场，免费兑换新刷一把，旧刷由社区统一分类处理。
四、分享好方法。欢迎把自家厨房清洁的小窍门分享到邻里群里，让更多邻居受益。
眷园社区
2024年3月15日
""",
    ),
]
