"""holdout370, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="assoc-jialing-ppe-pledge-arrester-html",
        site="迦陵市劳动防护用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.jlppe.org.cn/xhdt/2025/0512/146.html",
        title="关于规范速差器生产销售、守护高处作业安全的倡议书",
        record_title="【劳保同业公约】关于规范速差器生产销售、守护高处作业安全的倡议书 · 迦陵劳保协会",
        date="2025-05-08",
        date_also=["2025-05-12"],
        notes="association site: its name in the header is also the signature (head match); member-login row and member "
        "hotline; 成文日期 vs the page's 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【劳保同业公约】关于规范速差器生产销售、守护高处作业安全的倡议书 · 迦陵劳保协会</title>
<link rel="stylesheet" href="/skin/xh/style.css">
<script src="/skin/xh/menu.js"></script>
</head>
<body>
<div class="xh-head"><span class="xh-name">⟦m 迦陵市劳动防护用品行业协会⟧</span> <span>⟦a 会员单位登录 ｜ 入会申请⟧</span></div>
<div class="xh-nav">⟦m 协会首页　协会概况　行业动态　标准规范　会员风采　联系我们⟧</div>
<div class="xh-crumb">⟦m 首页 » 行业动态 » 协会倡议⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-meta">⟦m 发布日期：2025-05-12　　发布人：协会秘书处⟧</div>
<div class="xh-text">
{BODY}
</div>
<div class="xh-share">⟦l 转发给会员单位：微信　邮件　复制链接⟧</div>
</div>
<div class="xh-side">
<h3>⟦l 协会通知⟧</h3>
<ul><li>⟦l 关于召开2025年会员代表大会的通知⟧</li><li>⟦l 劳保用品企业质量诚信承诺名单⟧</li></ul>
<p>⟦m 会员服务专线：0859-3366021⟧</p>
</div>
<div class="xh-foot">⟦m 协会地址：迦陵市淤口区商贸路18号　黔ICP备17008826号-1⟧</div>
<script>menu.init();</script>
</body>
</html>
""",
        body="""
全市各会员单位、劳动防护用品生产经营企业：
速差器是高处作业人员防坠落的关键装备，其质量好坏直接关系到作业人员的生命安全。近期，市场上出现了个别低价劣质速差器，有的锁止距离超标，有的安全绳强度不足，严重扰乱了行业秩序。为此，协会向全体会员单位发出如下倡议：
一、坚守质量底线。严格按照国家标准组织生产，速差器出厂前逐台进行锁止性能测试，不合格产品一律不得出厂。
二、诚信经营。不虚标产品参数，不以次充好，不销售无合格证、无检验报告的速差器。
三、做好售后服务。主动提醒用户按期送检，为用户提供检验咨询和到期提醒服务。
四、加强自律监督。欢迎社会各界对会员单位的产品质量进行监督，协会对违反倡议的会员单位将予以通报。
迦陵市劳动防护用品行业协会
2025年5月8日
""",
    ),
    dict(
        slug="assoc-shuyuan-metrology-letter-micrometer-text",
        site="戍原县计量协会 (invented)",
        style="行业协会",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.syjlxh.org.cn/tzgg/2025/0819/52.html",
        title="关于开展2025年度千分尺示值比对活动的函",
        date="2025-08-19",
        notes="record title as is; 成文日期 in Chinese numerals; the association's own 联系人/电话/邮箱 beside its member "
        "hotline; a download-the-receipt button; an update stamp that is relative",
        page="""
!m 戍原县计量协会　　会员之家
!m 导航：协会首页 ∣ 协会动态 ∣ 通知公告 ∣ 会员名录 ∣ 技术交流
{T}
!m 发布人：秘书处　　更新于 3 周前
!a 下载本函回执（Word）　　打印本页
{BODY}
!m 协会地址：戍原县城关镇工业路16号三楼　会员服务热线：0857-6126600
!d 协会网站信息仅供会员参考，以正式文件为准。
""",
        body="""
各会员单位：
为检验各会员单位计量室千分尺检定校准能力，促进量值准确一致，经协会理事会研究，决定开展2025年度千分尺示值比对活动。现将有关事项函告如下：
一、比对对象：开展外径千分尺检定或校准业务的会员单位计量室，自愿报名参加。
二、比对方式：协会向参加单位传递同一组标准量块和一把0—25毫米外径千分尺，各单位按规程测量后在规定时间内报送结果，协会委托县计量检定所统一评价。
三、时间安排：9月10日前报名；9月15日至10月31日依次传递比对样品，每个单位测量时间不超过3个工作日。
四、比对结果：协会将以书面形式通知各参加单位，不公开排名。结果为“不满意”的单位，协会将组织技术帮扶。
请有意参加的单位填写报名回执，于9月10日前发送至协会邮箱jlxh_sy@shuyuan-jl.org.cn。
联系人：协会秘书处　都文彬　电话：0857-6126690
戍原县计量协会
二〇二五年八月十九日
""",
    ),
    dict(
        slug="company-hezhang-launch-area-meter-no-title-html",
        site="迦陵市禾丈仪器有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hezhang-yq.com/news/company/20250318-12.html",
        title="禾丈仪器发布新一代北斗双模测亩仪HZ-360",
        record_title=None,
        record_date="2025-03-18",
        date="2025-03-18",
        notes="company news page: the title missing from the record, found in the <h1>; cookie notice, 400 order line and a "
        "service float; scanning a work sheet's code as content; date in the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新闻中心 | 禾丈仪器 HEZHANG</title>
<link rel="stylesheet" href="/static/brand.css">
<script src="/static/kefu.js" defer></script>
</head>
<body>
<div class="cookie-bar">⟦d 本网站使用 Cookie 记录访问偏好，继续浏览视为您已知悉⟧ <button>⟦a 知道了⟧</button></div>
<header class="hz-head"><a class="logo">⟦m 禾丈仪器 HEZHANG⟧</a><nav>⟦m 首页　产品中心　解决方案　新闻中心　服务支持　关于禾丈⟧</nav></header>
<div class="hz-crumb">⟦m 首页 / 新闻中心 / 公司新闻⟧</div>
<article class="hz-news">
<h1>{T}</h1>
<p class="hz-date">⟦m 2025.03.18　　浏览 1,460⟧</p>
<div class="hz-content">
{BODY}
</div>
<div class="hz-pn">⟦l 上一条：禾丈仪器参加全国农机展览会⟧　⟦l 下一条：春耕服务季，禾丈校准车开进乡镇⟧</div>
</article>
<aside class="hz-kefu">⟦w 订购热线 400-0859-360⟧ ⟦w 在线客服 · 工作日 8:30-18:00⟧</aside>
<footer class="hz-foot">⟦m © 2025 迦陵市禾丈仪器有限公司　黔ICP备20004170号-1⟧</footer>
<script>kefu.mount();</script>
</body>
</html>
""",
        body="""
3月17日，迦陵市禾丈仪器有限公司在淤口区总部举行新品发布会，正式推出新一代北斗双模测亩仪HZ-360。
HZ-360采用北斗三号和GPS双系统定位，开机后约20秒即可完成定位，在开阔地块绕行测量时，面积误差可控制在0.5%以内。仪器支持手持绕行和农机车载两种模式，可存储地块数据5000组，测量轨迹和结果可通过蓝牙同步到手机，方便机手和农户共同核对。
⟦m 图为HZ-360测亩仪与配套车载支架⟧
针对秋收期间按亩计费的需要，HZ-360增加了“计费模式”，输入单价后自动计算作业费，并生成带二维码的作业单，农户扫码即可查看测量轨迹。
公司总经理诸葛蔚介绍，HZ-360已通过省级计量技术机构型式评价，首批产品将于4月上市，公司将在各县设立校准服务点，为用户提供每年一次的免费校准。
""",
    ),
    dict(
        slug="company-anda-recall-arrester-batches-text",
        site="戍原安达劳保用品有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.anda-laobao.com/gonggao/2025/0926.html",
        title="关于召回部分批次AD-30型速差自控器的公告",
        record_title="关于召回部分批次AD-30型速差自控器的公告 -- 安达劳保 · 召回通告栏",
        date="2025-09-26",
        notes="company recall in text: recalled batches as a table one row a paragraph (with production dates inside the "
        "table); scanning the nameplate's code as content; the recall line beside the 400 order line",
        page="""
!m 安达劳保 · 守护每一次高处作业
!m 首页 ＞ 企业公告
{T}
!m 发布部门：质量管理部　　浏览：2,315
{BODY}
!w 产品订购：400-6330-900（召回事宜请拨召回专线）
!l 相关产品：AD-50型速差自控器　双钩全身式安全带
!m 戍原安达劳保用品有限公司　地址：戍原县工业园区安达路1号
""",
        body="""
尊敬的用户：
戍原安达劳保用品有限公司在内部质量抽查中发现，2025年5月至6月生产的部分AD-30型速差自控器，因棘爪弹簧供应商批次质量问题，极端情况下可能出现锁止延迟，存在安全隐患。为保障用户安全，本公司决定主动召回以下批次产品：
生产批号　生产日期　数量（台）
AD30-2505A　2025年5月8日　420
AD30-2505C　2025年5月22日　380
AD30-2506B　2025年6月12日　450
请用户立即停止使用上述批次产品。用户可扫描产品铭牌上的二维码，或对照铭牌上的生产批号查询是否属于召回范围。本公司将为召回范围内的产品免费更换合格新品，并承担往返运费。
召回专线：0857-6330928（每天8:00—20:00）
戍原安达劳保用品有限公司
2025年9月26日
""",
    ),
    dict(
        slug="school-jiangxin-climbing-course-brochure-html",
        site="迦陵匠心职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.jlmasterskill.com/course/dengan.html",
        title="低压电工登杆实操培训班招生简章",
        record_title="【双休登杆班】低压电工登杆实操培训班招生简章（每人一副专用脚扣）｜迦陵匠心培训",
        date=None,
        notes="training school: promo banner, franchise line, consult float; the school's own 报名电话 in the body; scanning a "
        "code to sign up as content; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【双休登杆班】低压电工登杆实操培训班招生简章（每人一副专用脚扣）｜迦陵匠心培训</title>
<link rel="stylesheet" href="/css/school.css">
<script src="/js/consult.js"></script>
</head>
<body>
<div class="promo">⟦a 老学员带新学员，双方各返200元⟧</div>
<div class="sc-head">⟦m 迦陵匠心职业培训学校　人社部门备案 · 技能等级认定机构⟧</div>
<div class="sc-nav">⟦m 首页　电工培训　焊工培训　叉车培训　学员风采　报名须知⟧</div>
<div class="sc-main">
<h1>{T}</h1>
<div class="sc-info">⟦m 课程编号：DG-07　已有 1,862 人咨询⟧</div>
<div class="sc-text">
{BODY}
</div>
</div>
<div class="sc-side">
<h3>⟦l 热门课程⟧</h3>
<ul><li>⟦l 高压电工作业证（复审班）⟧</li><li>⟦l 登高架设作业实操班⟧</li></ul>
<p>⟦w 全国加盟合作：400-9955-318⟧</p>
</div>
<div id="consult">⟦w 在线咨询 · 课程顾问一对一⟧</div>
<div class="sc-foot">⟦m 迦陵匠心职业培训学校　办学许可证号 5201000012345　黔ICP备21006655号⟧</div>
<script>consult.pop(15);</script>
</body>
</html>
""",
        body="""
为满足农村电工、物业电工和电力施工人员提升登杆作业技能的需要，本校开设低压电工登杆实操培训班，现面向社会招生。
一、培训对象：年满18周岁、身体健康、无恐高症的电工从业人员和有意从事电工工作的人员。
二、培训内容：脚扣和安全带的检查与使用、脚扣登杆与下杆、杆上站位与工具传递、横担与绝缘子安装、高处坠落应急处置。
三、培训安排：每期6天，利用周六、周日上课，理论2天、实操4天；实训场配有8米、10米、12米水泥杆各4根，每位学员配一副专用脚扣。
⟦a 本期仅剩 5 个名额，点此锁定学位⟧
四、培训费用：每人1680元，含教材费、实训耗材费和意外保险费。
五、报名方式：携带身份证复印件和一寸照片2张到本校报名，也可扫描学校招生海报上的二维码在线报名。
报名电话：0859-3389512　　联系人：鲁老师
校址：迦陵市淤口区工业大道88号
""",
    ),
    dict(
        slug="school-jishan-plasterer-trainee-insight-text",
        site="稽山建工技能培训中心 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jsjgpx.com/xueyuan/fengcai/1188.html",
        title="从和好一桶灰开始——抹灰工培训班学习心得",
        record_title="拿证学员谈 » 从和好一桶灰开始——抹灰工培训班学习心得",
        date=None,
        notes="training centre text page: a trainee's insight with no date; a trial-lesson prompt between paragraphs; course "
        "hotline and franchise lines",
        page="""
!m 稽山建工技能培训中心 — 学一门手艺，端稳一个饭碗
!m 首页 > 学员风采 > 学员心声
{T}
!m 整理：招生办　　阅读：402
{BODY}
!w 抹灰工、砌筑工常年招生，报名咨询：0857-6299018（微信同号）
!l 学员风采：砌筑工培训班第十二期结业掠影
!m 稽山建工技能培训中心　地址：稽山县城关镇建设路41号
""",
        body="""
我叫闵大柱，今年四十二岁，以前一直在老家种地，农闲时到工地打零工。今年春天，我报名参加了中心的抹灰工培训班，一个月下来，感觉收获很大。⟦w 想报同款班？加招生老师微信 jsjg-mohui⟧
第一课，老师没让我们上墙，而是让我们和灰。水泥、砂子、水怎么配，灰桶里的灰装多少，都有讲究。老师说，一桶灰和不匀，墙面就抹不平；灰桶装得太满，提着上架子既费力又容易洒。
第二个星期开始练上墙。托灰板一托、抹子一抹，看着简单，我一开始手腕总是使不上劲，灰掉了一地。老师手把手教我，让我每天下课后多练半个小时。
⟦a 免费试听一节实操课，名额有限，先到先得⟧
培训期间，老师还专门讲了安全：灰桶要挂在架子里侧，不能放在脚手板边上；收工要把灰桶洗干净，不能随手往楼下倒。这些以前干零工时没人跟我说过。
现在我已经拿到了抹灰工职业技能等级证书，下个月就要到迦陵的一个项目上班了。我想对还在犹豫的老乡说，学门手艺，心里才有底。
""",
    ),
    dict(
        slug="app-wensi-report-area-meter-html",
        site="文思快笔 App (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.wensikuaibi.com/share/fw/9930218?from=wx",
        title="乡农经站站长2025年度述职报告",
        record_title="乡农经站站长2025年度述职报告（承包地复核专题版）· 文思快笔",
        date="2025-12-26",
        notes="writing-app H5 share: open-app mask, a fold prompt between paragraphs, AI buttons glued after a 。; the "
        "report's date under its signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>乡农经站站长2025年度述职报告（承包地复核专题版）· 文思快笔</title>
<link rel="stylesheet" href="https://cdn.wensikuaibi.com/h5/share.3b7.css">
<script src="https://cdn.wensikuaibi.com/h5/openapp.js"></script>
</head>
<body>
<div class="open-mask">⟦a 打开文思快笔App，查看完整范文并一键套用⟧</div>
<div class="ws-bar"><span>⟦m 文思快笔 · 体制内写作助手⟧</span> <a>⟦a 立即打开⟧</a></div>
<div class="ws-doc">
<h1>{T}</h1>
<div class="ws-tag">⟦m 述职报告 · 农业农村　｜　2,107 人已套用⟧</div>
<div class="ws-body">
{BODY}
</div>
<div class="ws-ai">⟦a AI 帮我改成副站长口吻⟧ ⟦a AI 扩写到 3000 字⟧</div>
</div>
<div class="ws-rel">
<h3>⟦l 写这篇的人还用了⟧</h3>
<p>⟦l 乡镇干部年度个人述职报告（2025版）⟧</p>
<p>⟦l 农经站年度工作总结及明年计划⟧</p>
</div>
<div class="ws-foot">⟦d 范文由文思快笔用户创作与整理，仅供参考写作思路。⟧</div>
<script>openApp.bind(".open-mask");</script>
</body>
</html>
""",
        body="""
2025年，在乡党委、政府的领导下，我带领农经站全体同志，围绕承包地面积复核、农村集体“三资”管理等重点工作，认真履行职责，现将一年来的工作述职如下。
一、扎实推进承包地面积复核
按照乡党委统一部署，农经站牵头对全乡9个村、4216户的承包地开展面积复核。我们对站里的4台测亩仪全部送县计量所校准，制定了统一的测量规程，对包村干部和村组测量员开展培训3次。全年共复核地块11863块，处理面积争议127件，群众签字确认率99.2%，复核工作没有引发一起越级上访。⟦a ✦AI润色这一段⟧
⟦a 余下 58% 内容已折叠，点击展开⟧
二、规范农村集体“三资”管理
完成9个村年度财务审计，督促整改问题23个；推行村级财务“阳光公开”，每季度在村务公开栏和微信群同步公示。
三、加强自身建设
坚持学习农村土地承包法律法规，严格遵守廉洁纪律，在面积复核中坚持“当面测、当场签、公开晒”，不优亲厚友。
四、存在的不足和明年打算
复核工作中，个别村对田埂、沟渠的扣除标准把握不一，部分数据需要二次核实。明年，我们将推动复核成果与确权数据库衔接，并配置车载测亩仪，提高测量效率。
述职人：鬃岭乡农经站　柏子航
2025年12月26日
""",
    ),
    dict(
        slug="app-gongwenkoudai-host-script-spikes-text",
        site="公文口袋 App (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="text",
        source="https://share.gwkoudai.cn/t/zcc/55107",
        title="供电所线路工登杆技能比武主持词",
        record_title="供电所线路工登杆技能比武主持词（比武现场全流程串词）- 公文口袋",
        date=None,
        notes="writing-app share in text: a host script with no date; app prompts, a member line between paragraphs",
        page="""
!m 公文口袋 App · 口袋里的写作素材库
!a 下载公文口袋，免费领 7 天会员
{T}
!m 主持词 · 比赛活动　　收藏 318　　使用 1,054
{BODY}
!a 复制全文请在 App 内操作
!l 你可能还需要：技能比武颁奖词　｜　安全生产月启动仪式主持词
!d 公文口袋内容仅供学习参考，请结合实际修改使用。
""",
        body="""
尊敬的各位领导，亲爱的线路工兄弟们：
大家上午好！金秋时节，我们相聚在硝洞供电所实训场，举行线路工登杆技能比武。我是今天的主持人贝晓芸。
首先，请允许我介绍出席今天比武的领导：县供电公司副总经理穆国栋先生，县总工会副主席柴丽女士。让我们以热烈的掌声表示欢迎！
下面，请穆国栋副总经理致辞。
⟦a 开通口袋会员，解锁本篇全部串词与颁奖词⟧
感谢穆总的致辞。登杆是线路工的基本功，一副脚扣、一条安全带，承载着千家万户的光明。今天，来自全所的16名选手将使用脚扣攀登10米水泥杆，比规范、比速度、比安全。
下面，请裁判长宣读比赛规则。
比赛正式开始！请第一组选手检查脚扣和安全带，做好准备。
激烈的比拼告一段落。下面，请柴丽副主席宣布比赛结果。
让我们再次用掌声祝贺获奖的选手！希望大家把比武场上的认真劲带到每一次登杆作业中，安全上杆，平安回家。本次技能比武到此结束，谢谢大家！
""",
    ),
    dict(
        slug="examforum-yanxi-interview-arrester-jammer-html",
        site="公考研习社论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.gkyanxishe.com/thread-77310-1-1.html",
        title="面试真题：工地工人嫌速差器麻烦不愿佩戴，你作为安监站工作人员怎么办？",
        record_title="[面试一日一题] 面试真题：工地工人嫌速差器麻烦不愿佩戴，你作为安监站工作人员怎么办？（楼主自答版）- 群众工作类 - 研习社",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see prompt, a rating row and a QQ-group ad; an interview answer with "
        "no date (relative times)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[面试一日一题] 面试真题：工地工人嫌速差器麻烦不愿佩戴，你作为安监站工作人员怎么办？（楼主自答版）- 群众工作类 - 研习社</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="yx-top">⟦m 公考研习社 · 一起研习，一起上岸⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="yx-nav">⟦m 首页　笔试交流　结构化面试　无领导小组　真题资料⟧</div>
<div class="yx-crumb">⟦m 研习社 › 结构化面试 › 每日一练⟧</div>
<div class="yx-post">
<div class="yx-author">⟦m 楼主：考编三年的阿蛮　发表于 6 天前⟧</div>
<h1>{T}</h1>
<div class="yx-msg">
{BODY}
</div>
<div class="yx-hide">⟦a 回复本帖后可查看本题的考官评分要点⟧</div>
<div class="yx-rate">⟦a 评分　参与人数 7　研习币 +21⟧</div>
</div>
<div class="yx-replies">
<p>⟦l 2# 上岸预备役：第三点很实在，我补充一条宣传培训⟧</p>
<p>⟦l 3# 安监小白：请问开头要不要先表态？⟧</p>
</div>
<div class="yx-ad">⟦w 研习社面试交流群：QQ群 6172 0358（备注地区）⟧</div>
<div class="yx-foot">⟦m 公考研习社　蜀ICP备19035517号⟧</div>
<script>forum.hideReply();</script>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
这道题属于组织管理类中的群众工作题，我的答题思路如下，欢迎各位研友拍砖。
第一，摸清原因。我会先到工地和工人、班组长面对面聊一聊，了解大家为什么嫌麻烦。是速差器太重、挂点不好找，还是频繁移动时反复摘挂耽误干活。
第二，讲清利害。我会联合施工单位组织一次现场警示教育，用身边坠落事故的案例和视频，让工人明白速差器是保命的装备，不是应付检查的摆设。
第三，解决实际困难。针对挂点难找的问题，督促施工单位增设水平生命线和固定挂点；针对重量问题，建议更换轻量化的速差器。
第四，严格监督。把速差器佩戴情况纳入日常巡查，对拒不佩戴的，责令停止作业，对施工单位依法处理。
最后，我会总结经验，把好的做法在其他工地推广。
""",
    ),
    dict(
        slug="examforum-bifeng-essay-bucket-junk-text",
        site="笔锋公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="text",
        source="https://bbs.bifenggk.com/t/shenlun/40218",
        title="一只灰桶里的匠心",
        record_title="[申论千字文] 一只灰桶里的匠心（练笔第12篇，求批改）- 申论习作区 - 笔锋公考论坛",
        date=None,
        notes="exam forum in text: a 申论 essay with junk lines and junk glued after 。; a reply-to-see prompt; relative "
        "times only",
        page="""
!m 笔锋公考论坛 · 申论习作区
!t [申论千字文] 一只灰桶里的匠心（练笔第12篇，求批改）
!m 作者：夜读的阿鲁　　昨天 23:18　　查看 642　回复 17
{BODY}
!a 回复可见：本文批改版及老师评语
!l 1# 申论老邹：立意不错，第三段对策可以再具体些
!l 2# 备考小甘：“提灰桶的手也能托起体面的生活”这句好
!w 申论一对一批改，扣扣 3077 2150
!m 笔锋公考论坛　版权所有
""",
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=3),
        body="""
在建筑工地上，灰桶是最不起眼的工具。它不像塔吊那样高耸，也不像图纸那样精密，却装着砌好每一面墙、抹平每一寸墙面的灰浆。一只灰桶里，藏着工匠精神最朴素的模样。
匠心，是对细节的执着。老师傅和灰，水灰比例要拿捏得分毫不差，灰桶里的灰浆要稠稀适中。正是这种对细节的执着，让一面面墙体横平竖直、经得起时间检验。
匠心，是对规矩的敬畏。灰桶挂在架子内侧，收工洗净倒扣，不从高处往下扔，这些看似琐碎的规矩，守护的是工友的安全，也守护着行业的尊严。
匠心，更需要制度的呵护。当前，一些建筑工人技能提升渠道不畅，收入与技能不挂钩，年轻人不愿学手艺。各地应完善技能人才评价和激励机制，让提灰桶的手也能托起体面的生活。
从一只灰桶出发，我们看到的是千千万万普通劳动者的坚守。让匠心在平凡岗位上生根，高质量发展才有坚实的基础。
""",
    ),
]
