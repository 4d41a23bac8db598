"""Holdout22, part A: 范文 sites, 文库 previews, sharing and download stations, 范文 apps, cloud drives.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-bicui-flood-plan-old-table",
        site="笔萃公文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.bicui-gw.com/fangan/fx/2025/0611/1193.asp",
        title="荻川县2025年防汛抗旱应急演练方案",
        record_title="荻川县2025年防汛抗旱应急演练方案（精选范本）_笔萃公文苑",
        date="2025-06-09",
        notes="old table layout with marquee, counter, font row and a floating consult box; 成文日期 in Chinese numerals; a drill schedule table",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>荻川县2025年防汛抗旱应急演练方案（精选范本）_笔萃公文苑</title></head>
<body bgcolor="#f4efe2">
<table width="960" align="center"><tr><td><img src="/img/logo.gif"> ⟦m 笔萃公文苑⟧ ⟦m 笔下萃英华 公文好帮手⟧</td><td align="right"><a href="/user/in.asp">⟦a 会员登入⟧</a> | <a href="/user/new.asp">⟦a 新会员开户⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 欢迎光临笔萃公文苑！本苑每日更新范本三百余篇，敬请常来看看⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div>⟦m 位置：<a href="/">笔萃首页</a> → <a href="/fangan/">方案范本</a> → 防汛应急⟧</div>
<h2>{T}</h2>
<div>⟦m 整理：苑中客　更新：2025-06-11　人气：<font color="red">1184</font>⟧</div>
<div>⟦a 【阅读字号：加大 标准 缩小】【背景色：护眼 原色】⟧</div>
{BODY}
<div>⟦a 〔一键全选〕 〔存为文本〕 〔发给朋友〕⟧</div>
<div>⟦l ◇ 前一范本：社区防汛物资储备管理制度⟧<br>⟦l ◇ 后一范本：水库安全度汛工作汇报材料⟧</div>
</td>
<td width="240" valign="top">
<table><tr><td>⟦l ▲ 苑友最爱⟧</td></tr>
<tr><td><a href="/1.asp">⟦l 山洪灾害防御预案（乡镇版）⟧</a></td></tr>
<tr><td><a href="/2.asp">⟦l 防汛值班制度范本⟧</a></td></tr>
<tr><td><a href="/3.asp">⟦l 抗旱保苗工作总结⟧</a></td></tr></table>
<div style="position:fixed;right:0;top:200px">⟦w 笔萃写作咨询 执笔老师在线 扣扣：2217450983⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 苑内范本均为苑友交流所得，若涉及您的权益，请致函苑务处理。⟧<br>⟦m 笔萃公文苑 版权所有 2006-2025 赣ICP备06031877号⟧<br>⟦m 您是第 0821734 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
为检验全县防汛抗旱应急预案的可操作性，提高各级各部门协同处置突发汛情险情的能力，县防汛抗旱指挥部决定组织开展2025年防汛抗旱应急演练。现制定如下方案。
一、演练时间和地点
时间：2025年6月18日上午9时。地点：荻川县白沙河右岸堤防青石段及青石村安置点。
二、演练科目
演练设置四个科目，按顺序进行：
科目　内容　牵头单位
科目一　堤防管涌险情发现与报告　县水利局
科目二　群众转移安置　青石镇人民政府
科目三　管涌抢护与巡堤查险　县应急管理局
科目四　通信中断应急保障　县通信发展办公室
三、参演单位和人员
县水利局、县应急管理局、县消防救援大队、县人民武装部、青石镇人民政府及青石村“两委”，共计参演人员260人、冲锋舟6艘、大型机械8台套。
四、工作要求
（一）各参演单位要按照“实战化”要求，提前熟悉演练脚本，做好人员、物资和装备准备。
（二）演练期间要落实安全保障措施，救生衣必须全员穿戴，严禁无关人员进入演练区域。
（三）演练结束后3日内，各参演单位将总结报送县防汛抗旱指挥部办公室。
联系人：姚青川，电话：0795-7213306。
附件：1.演练现场示意图
2.参演单位联系表
荻川县防汛抗旱指挥部
二〇二五年六月九日
""",
    ),
    dict(
        slug="fanwen-yuncai-kite-association-summary-glued",
        site="云采范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yuncaifw.cn/zj/xiehui/70516.html",
        title="县风筝协会2024年度工作总结",
        record_title="【协会范本】县风筝协会2024年度工作总结（可改可用）",
        date=None,
        notes="a kite association's summary; writing-service prompt glued after a sentence; unlock prompt on its own line inside the body; no date",
        page="""
!m 云采范文 · 找材料 上云采
!m 导航：范文大全 ＞ 总结汇报 ＞ 社团总结
!t 【协会范本】县风筝协会2024年度工作总结（可改可用）
!m 收录：2025-01-04　字数：1162　热度：★★★★☆
!a 全文复刻　｜　另存为Word　｜　推荐给同事
{BODY}
!a 余下段落已隐藏，成为云采会员即刻解锁
!l 看了本文的人还在看：
!l 书法家协会年度工作总结　　群众文化活动总结两篇　　体育社团换届工作报告
!d 所有范本仅供借鉴，请勿原文照搬，由此产生的后果本站概不负责。
!m © 云采范文 yuncaifw.cn　沪ICP备21008734号-3
""",
        indent="\u3000\u3000",
        body="""
2024年，县风筝协会在县体育总会和县民政局的指导下，围绕“让风筝飞进千家万户”的目标，积极开展群众性风筝活动，协会各项工作稳步推进。⟦w 本篇由云采写手整理，定制同类材料请联系小采（微信yc_fanwen）。⟧现将一年来的工作总结如下。
一、会员队伍不断壮大
全年新发展会员47人，会员总数达到312人，其中青少年会员96人。新成立菘湾镇、荃口镇两个分会，基层组织覆盖全县九个乡镇中的七个。
二、品牌活动持续擦亮
成功举办第六届“荻水春风”风筝节，吸引参赛队伍38支、观众两万余人次；组队参加全省风筝锦标赛，获得软体类一等奖1项、串类三等奖2项。
⟦a 🔒 第三部分起为会员内容，点此解锁阅读⟧
三、传承推广扎实有效
协会与县文化馆合作开设风筝扎制公益课堂12期，培训学员410人次；走进6所中小学开展“风筝进校园”活动，指导学生制作风筝800余只。
四、存在的不足和明年打算
协会活动经费主要依靠会员缴纳和企业赞助，来源不够稳定；专业裁判人员偏少。2025年，协会将争取设立风筝运动训练基地，培养国家级裁判员2名，力争把“荻水春风”风筝节办成全市群众体育品牌。
""",
    ),
    dict(
        slug="fanwen-wenlan-mobile-pledge-water-saving",
        site="文澜手机范文 (invented, WAP)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://m.wenlan365.com/changyi/4481.html",
        title="节约用水倡议书",
        record_title="节约用水倡议书 - 文澜范文手机版",
        date="2025-03-22",
        notes="mobile page of a 范文 site; a rural water-supply station's pledge; body mentions 扫码 and 关注; date under signature",
        page="""
!m 文澜范文　｜　搜一搜
!a ☰ 菜单　　🔍　　登录/注册
{T}
!m 文澜范文 · 倡议书频道 · 2025-03-25更新
!a 长按可选中文字 · 会员可整篇拷贝
{BODY}
!a 🔓 本文尚有部分内容，打开文澜APP阅读全文
!l 同类倡议：爱粮节粮倡议书 / 垃圾分类倡议书 / 文明祭扫倡议书
!l ← 返回倡议书频道
!m 文澜范文 m.wenlan365.com
""",
        body="""
全县广大居民朋友们：
3月22日是“世界水日”。我县是严重缺水地区，人均水资源量仅为全省平均水平的三分之一。节约用水，人人有责。为此，县农村供水总站向全县居民发出如下倡议：
一、树立节水意识。从自身做起，从点滴做起，做到人走水停、随手关紧水龙头。
二、推广节水器具。家中使用节水型马桶、淋浴喷头，逐步淘汰老旧漏水器具。
三、一水多用。淘米水浇花、洗衣水冲厕，让每一滴水发挥更大作用。
四、爱护供水设施。不私接乱接管道，发现管网漏水及时拨打供水服务电话0796-8852110报修。
居民朋友可扫描供水站门口的二维码，关注“荻川供水”公众号，查询用水量和缴费信息。
节水从我做起，让我们携起手来，共同守护生命之源！
荻川县农村供水总站
2025年3月22日
""",
    ),
    dict(
        slug="wenku-haoyue-textile-report-paid-html",
        site="皓阅文库 (invented)",
        style="文库预览",
        genre="报告",
        kind="report",
        form="html",
        source="https://www.haoyuewk.com/view/9c31e07d55.html",
        title="关于县纺织产业集群发展情况的调研报告",
        record_title="关于县纺织产业集群发展情况的调研报告.pdf",
        date=None,
        notes="paid preview page of a 文库; file-name record title; markers '﴾n﴿' as HTML paragraphs cutting sentences; data table",
        pages=dict(fmt="﴾{n}﴿", every=260, start=2),
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于县纺织产业集群发展情况的调研报告.pdf-皓阅文库</title></head>
<body>
<header><div class="logo">⟦m 皓阅文库⟧</div><nav>⟦m 精品文档⟧ ⟦m 行业资料⟧ ⟦m 教育专区⟧ ⟦m 办公模板⟧</nav><a class="btn">⟦a 开通皓阅VIP 享8折⟧</a></header>
<div class="doc-head"><h1>⟦t 关于县纺织产业集群发展情况的调研报告.pdf⟧</h1>
<div class="doc-meta">⟦m 贡献者：cot***ng　页数：11　积分：8　浏览 3127⟧</div>
<div class="doc-bar">⟦a ☆ 收进书架⟧ ⟦a ↓ 保存到本机⟧ ⟦a ⚑ 举报⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="preview-end">⟦a 试看部分到此为止，剩余9页付费后可阅读（¥5.80）⟧<button>⟦a 购买本篇⟧</button><button>⟦a 开通VIP免费看⟧</button></div>
<aside><h4>⟦l 相似文档推荐⟧</h4><ul><li>⟦l 纺织服装产业转型升级调研.docx⟧</li><li>⟦l 县域特色产业集群培育对策.pdf⟧</li></ul></aside>
<footer>⟦d 文档内容由贡献者提供，皓阅文库仅提供展示与存储，如您认为侵犯了您的权益请点此申诉。⟧<br>⟦m ©2025 haoyuewk.com 浙ICP备19045521号⟧</footer>
</body></html>
""",
        body="""
纺织产业是我县传统支柱产业。为摸清产业集群发展现状，县政协经济委员会组成调研组，于今年4月走访了32家规上纺织企业、2个纺织专业园区，召开座谈会4次。现将调研情况报告如下。
一、产业发展现状
全县现有纺织企业486家，其中规模以上企业73家，从业人员2.1万人。2024年实现产值128.6亿元，占全县规上工业产值的31%。主要指标如下：
指标　2023年　2024年　增长
规上企业数（家）　68　73　7.4%
产值（亿元）　117.2　128.6　9.7%
出口交货值（亿元）　24.5　27.9　13.9%
二、存在的主要问题
一是产品同质化严重，以坯布、纱线等中间产品为主，终端品牌少；二是设备更新慢，无梭织机占比不足五成；三是印染配套不足，企业外发印染运输成本高；四是招工难问题突出，一线挡车工平均年龄超过46岁。
三、对策建议
（一）推进智能化改造。设立纺织产业技改专项资金，对购置高速无梭织机的企业给予设备投资额10%的补助。
（二）补齐印染短板。高标准规划建设集中印染园区，实行污水集中处理、统一监管。
（三）培育自主品牌。支持企业参加国内外知名展会，鼓励企业与高校合作建立面料研发中心。
（四）强化用工保障。依托县职教中心开设纺织专业订单班，每年培养技术工人200人以上。
""",
    ),
    dict(
        slug="wenku-zhuying-speech-textfile-free",
        site="竹影文档 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://zhuyingdoc.com/d/55ab103e.html",
        title="在全县退捕渔民就业安置工作推进会上的讲话",
        record_title=None,
        date="2025-04-16",
        notes="free preview; no record title; date under the speech title; speaker line neutral; '⦓n⦔' glued markers cut sentences; hard-wrapped",
        page="""
!m 竹影文档 — 共享知识，点亮工作
!t 在全县退捕渔民就业安置工作推进会上的讲话.docx
!m 大小：31KB　｜　共5页　｜　上传于2025-04-28
!a 免费预览　　一键转存　　下载（需登录）
{T}
县委副书记　邵明章
（2025年4月16日）
{BODY}
!a —— 免费预览到此结束，登录后可继续阅读 ——
!d 本文档为用户分享，竹影文档不拥有其著作权，如有异议请在页面底部反馈。
!l 你可能还需要：长江禁渔工作汇报 · 渔民转产转业调研报告 · 禁捕退捕工作总结
""",
        wrap=62,
        indent="　　",
        pages=dict(fmt="⦓{n}⦔", every=260, start=2, glue=True),
        body="""
同志们：
今天召开这次推进会，主要是总结前一阶段退捕渔民就业安置工作，分析存在的问题，部署下一阶段任务。刚才，县农业农村局、县人社局分别作了汇报，荃口镇、藻口镇作了发言，我都同意。下面，我讲三点意见。
一、充分肯定前段工作成效
全县共有建档立卡退捕渔民1126人，目前已实现转产就业1019人，就业率90.5%；符合条件的退捕渔民养老保险应保尽保。成绩的取得，凝聚了各级各部门的心血和汗水。
二、清醒认识存在的问题
一是部分年龄偏大的渔民就业意愿不强，仍有“等靠要”思想；二是就业质量不高，灵活就业占比偏大，收入不够稳定；三是少数乡镇跟踪服务不到位，对渔民的实际困难掌握不准。
三、精准施策抓好安置工作
要逐户走访、逐人建档，做到“一人一策”；要用好公益性岗位，优先安置大龄和困难渔民从事巡护、保洁工作；要加强技能培训，围绕电工、焊工、家政、直播电商等开设专题班；要支持有条件的渔民发展稻渔综合种养和休闲渔业。
同志们，退捕渔民为长江大保护作出了贡献，我们一定要让他们“退得出、稳得住、能致富”。
""",
    ),
    dict(
        slug="docshare-yanque-minutes-bridge-assoc",
        site="雁鹊共享文档 (invented)",
        style="文档分享",
        genre="纪要",
        kind="other",
        form="text",
        source="https://www.yanque-share.net/file/20250302/71834.html",
        title="县桥牌协会第三届理事会第二次会议纪要",
        record_title="县桥牌协会第三届理事会第二次会议纪要.wps",
        date="2025-03-02",
        date_also=["2025-02-28"],
        notes="a bridge association's minutes; 时间/地点/主持/出席/记录 lines; 印发 date preferred, meeting date accepted; upload date is no date",
        page="""
!m 雁鹊共享文档　让每份文件都有用武之地
!t 县桥牌协会第三届理事会第二次会议纪要.wps
!m 分享者：牌友老周　　入库时间：2025-03-05 08:12　　文件编号：YQ-71834
!a 在线阅读　　转存网盘　　下载原件（12雁币）
{BODY}
!d 提示：文件由分享者上传，雁鹊共享文档仅作存储展示，请自行甄别内容。
!a 雁币不足？每日签到可领3雁币
!l 同分类文件：棋牌协会章程 | 理事会议事规则 | 会员大会选举办法
""",
        body="""
时间：2025年2月28日下午2:30
地点：县老年活动中心二楼会议室
主持：会长 费恩平
出席：理事15人（应到17人）
列席：监事 龚淑兰
记录：秘书长 鲍文清
会议听取了秘书长关于2024年协会工作和财务收支情况的报告，审议了2025年活动计划，研究了会员发展等事项。纪要如下：
一、会议审议通过2024年度工作报告和财务收支报告。2024年协会共举办比赛9场，参赛牌手1340人次，年末结余经费2.63万元。
二、会议原则同意2025年活动计划，明确全年举办县级比赛8场，组队参加全市桥牌联赛。
三、会议同意接收新会员23名，名单在协会公告栏公示7天。
四、会议决定聘请郁德明同志为协会青少年桥牌培训顾问。
表决情况：同意15票，反对0票，弃权0票。
抄送：县体育总会，县民政局社会组织管理股
县桥牌协会秘书处　　2025年3月2日印发
""",
    ),
    dict(
        slug="docshare-qianmo-glass-plant-rules-html",
        site="阡陌文档站 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://qianmo-docs.cn/s/glass-safety-2025.html",
        title="玻璃制品厂有限空间作业安全管理制度",
        record_title="【可编辑】玻璃制品厂有限空间作业安全管理制度 - 阡陌文档站",
        date="2025-02-10",
        notes="a glass factory's rules; articles speak of 打印/扫码/下载; repeated title glued; modern template",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>【可编辑】玻璃制品厂有限空间作业安全管理制度 - 阡陌文档站</title></head>
<body>
<div class="topbar">⟦m 阡陌文档站⟧ <span>⟦m 文档千万 阡陌相通⟧</span> <a>⟦a 手机号快捷登录⟧</a></div>
<div class="path">⟦m 文档站 / 企业管理 / 安全制度 / 正文⟧</div>
<h1>{T}</h1>
<p class="stat">⟦m 分享时间 2025-02-14 · 阅读 908 · 被转存 47 次⟧</p>
<div class="ops">⟦a 整篇拷走⟧ ⟦a 转成PDF⟧ ⟦a 送到打印机⟧</div>
<article>
{BODY}
</article>
<div class="relate"><b>⟦l 同类制度⟧</b> ⟦l 受限空间动火作业审批表⟧ ⟦l 高温窑炉安全操作规程⟧ ⟦l 叉车安全管理规定⟧</div>
<div class="comment">⟦l 留下你的看法（0条）⟧ <textarea></textarea> <button>⟦a 提交看法⟧</button></div>
<footer>⟦d 站内文档来源于用户分享，仅作学习参考，阡陌文档站不承担任何法律责任。⟧ ⟦m 京ICP备20017765号⟧</footer>
</body></html>
""",
        body="""
第一条　为加强本厂有限空间作业安全管理，预防中毒窒息等事故，根据有关法律法规，结合本厂实际，制定本制度。
第二条　本制度所称有限空间，包括本厂熔窑烟道、脱硫塔、原料储仓、污水池及地下管沟等。
第三条　有限空间作业实行审批制度。作业前，作业部门应填写《有限空间作业审批单》，经安全环保部审核、分管副厂长批准后方可作业。审批单可在厂内办公平台下载后打印填写。
第四条　作业必须坚持“先通风、再检测、后作业”的原则，未经通风和检测合格的，严禁作业。
第五条　作业现场应设置监护人，监护人不得离开作业现场，不得从事与监护无关的工作。
第六条　作业人员进入现场前，须扫描现场二维码完成安全交底签到，未签到人员不得进入。
第七条　发生事故时，严禁盲目施救，应立即报告厂调度室，调度电话：0571-6388 2019。
第八条　本制度由安全环保部负责解释，自2025年2月10日起施行。
""",
    ),
    dict(
        slug="download-mudie-oldtable-collectors-contract",
        site="木蝶下载站 (invented, old ASP table layout)",
        style="资料下载站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mudie-down.com/softdown.asp?id=30418",
        title="关于举办首届民间收藏品交流鉴赏会的通知",
        record_title=None,
        date="2025-05-06",
        notes="old ASP download station: file-info table, mirror links, 'report broken link'; a collectors' association notice; 联系人 and email in the body",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于举办首届民间收藏品交流鉴赏会的通知 木蝶下载站</title></head>
<body>
<table width="100%"><tr><td>⟦m 木蝶下载站 www.mudie-down.com⟧</td><td>⟦m 绿色 安全 高速⟧</td></tr></table>
<table width="100%"><tr><td>⟦m 当前：首页 &gt;&gt; 文档资料 &gt;&gt; 通知公告⟧</td></tr></table>
<table border="1" width="100%">
<tr><td>⟦m 资料名称：关于举办首届民间收藏品交流鉴赏会的通知⟧</td><td>⟦m 资料大小：24 KB⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 授权方式：免费共享⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10/WPS⟧</td><td>⟦m 添加日期：2025-05-09⟧</td></tr>
</table>
<table width="100%"><tr><td><b>⟦m 资料简介：⟧</b><br>
{BODY}
</td></tr></table>
<table width="100%"><tr><td>⟦a 下载地址一：电信高速⟧</td><td>⟦a 下载地址二：联通高速⟧</td><td>⟦a 下载地址三：本地直链⟧</td></tr>
<tr><td colspan="3">⟦a 下载不了？请点此报告死链⟧</td></tr></table>
<table width="100%"><tr><td>⟦d 声明：本站资料均来自网络，下载后请于24小时内删除，版权归原作者所有。⟧</td></tr>
<tr><td>⟦m Copyright 2004-2025 木蝶下载站 All Rights Reserved 湘ICP备05014302号⟧</td></tr></table>
</body></html>
""",
        body="""
各会员、广大收藏爱好者：
为繁荣群众文化生活，促进民间收藏交流，经研究，县收藏家协会定于2025年5月24日至25日在县文化广场举办首届民间收藏品交流鉴赏会。现将有关事项通知如下。
一、交流品类：古籍字画、陶瓷杂项、钱币邮票、票证老物件等。
二、参展方式：会员可免费申请展位，非会员每个展位收取场地费100元。展位共80个，额满为止。
三、鉴赏服务：协会邀请5位专家现场免费鉴赏，每人限鉴赏3件。
四、注意事项：严禁交易国家禁止买卖的文物，严禁销售假冒伪劣物品。
报名联系人：钱守义，电话：139 0745 6218，邮箱：dcsc_xh@163.com。
县收藏家协会
2025年5月6日
""",
    ),
    dict(
        slug="download-kaiyu-ppt-script-text",
        site="开宇资源下载 (invented)",
        style="资料下载站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://down.kaiyu123.cn/doc/88214.html",
        title="在全市警官职业学院新生开学典礼上的致辞",
        record_title="在全市警官职业学院新生开学典礼上的致辞.doc下载",
        title_in="file-name",
        date="2024-09-06",
        notes="download station text page; a police college's opening address; date under title; doc-download suffix; 'P2／P5' markers glued or not",
        page="""
!m 开宇资源下载 ▏资料 ▏软件 ▏模板
!m 所在位置：开宇资源 ＞ 公文资料 ＞ 致辞
!t 在全市警官职业学院新生开学典礼上的致辞.doc下载
!m 格式：doc　　大小：29.5K　　星级：☆☆☆☆　　下载：716次
!a 【立即下载】　【加入下载篮】　【复制下载链接】
{T}
院长　祁振东
（2024年9月6日）
{BODY}
!a 下载说明：请用迅雷或浏览器自带下载，解压密码 www.kaiyu123.cn
!l 相关资源：开学典礼主持词.doc | 军训动员讲话.doc | 新生入学教育方案.docx
!m 开宇资源下载 版权所有　粤ICP备18066320号
""",
        pages=dict(fmt="P{n}／P4", every=200, start=2, glue="mix", sep=" "),
        body="""
亲爱的新同学们，老师们：
今天，我们在这里隆重举行2024级新生开学典礼，热烈欢迎来自全省各地的1368名新同学加入警院大家庭！
从今天起，你们就是一名预备警官了。警官学院与其他院校最大的不同，在于我们培养的是忠诚可靠的人民警察。希望同学们牢记三句话。
第一，忠诚是警察的灵魂。要坚定理想信念，始终做到对党忠诚、服务人民、执法公正、纪律严明。
第二，本领是立身的根基。要刻苦学习法律知识和侦查技能，练就过硬的体能和射击、擒拿等基本功。
第三，纪律是成长的保障。警院实行准军事化管理，内务、出操、作息都有严格要求，希望大家尽快适应，养成令行禁止的好作风。
同学们，青春正当时，奋斗正当时。祝愿大家在警院度过充实而难忘的三年！
""",
    ),
    dict(
        slug="fwapp-bijian-report-one-line",
        site="笔简范文APP (invented)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="text",
        source="https://share.bijianapp.com/r/kq82mz",
        title="关于申请拨付城区公园管护经费的请示",
        record_title="关于申请拨付城区公园管护经费的请示 | 笔简APP",
        date="2025-01-15",
        notes="a 范文 app share page; a park management office's request; one-line body; 成文日期 at the end",
        page="""
!m 笔简 · 会写材料的APP
!a 打开笔简APP，阅读体验更佳　　［打开］
{T}
!m 来自笔简用户「园丁老许」的分享
{BODY}
!a 在APP内查看全文 · 支持一键导出
!l 更多请示范文：关于增加人员编制的请示｜关于购置办公设备的请示
!d 笔简仅提供分享服务，内容由用户创作，不代表平台观点。
""",
        oneline=True,
        indent="　　",
        body="""
县财政局：
我处负责管护城区滨河公园、荸川公园等5个公园，管护面积共计86.4公顷。近年来，随着公园设施逐步老化、游园群众增多，日常管护压力加大，现有经费难以保障正常运转。
根据县政府第47次常务会议纪要精神，特申请拨付2025年度公园管护经费人民币312万元，主要用于绿化养护、设施维修、保洁和安保等支出。
妥否，请批示。
附件：2025年度城区公园管护经费测算表
荃口县城区公园管理处
2025年1月15日
""",
    ),
    dict(
        slug="fwapp-yinghan-insight-reading-mode",
        site="映翰写作APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://yinghan.app/read/662019",
        title="参加县级融媒体中心新媒体编辑培训的心得体会",
        date="2024-11-02",
        record_date="2024-11-02",
        notes="reading mode of an app: member stripes, 'AI polish' buttons, like bar; record date; body mentions 关注 and 下载",
        page="""
!m 映翰 · 阅读模式
!a ‹ 返回　　Aa 字体　　☾ 夜间
{T}
!m 映翰精选 · 心得体会 · 2.4万人读过
!a ✦ AI润色本文　✦ 仿写一篇　✦ 续写
{BODY}
!a 👑 映翰会员专享：无限次导出Word、PDF
!l 👍 赞 318　　💬 评论 12　　↗ 转发
!l 相关推荐：新闻采编业务培训心得 · 短视频创作培训体会
""",
        indent="　　",
        gap=True,
        body="""
11月上旬，我参加了市委宣传部举办的县级融媒体中心新媒体编辑培训班。五天的学习紧凑而充实，让我对新媒体时代的新闻工作有了新的认识。
一是认识到内容为王没有过时。老师反复强调，再好的平台，如果没有用心打磨的内容，也留不住用户。我们平时追求发稿速度，对稿件的打磨不够，今后要在选题和标题上多下功夫。
二是认识到要用好数据。培训中学习了后台数据分析的方法，比如通过阅读完成率判断文章是否冗长。我准备每周对本中心公众号的数据做一次复盘，找出读者真正关注的话题。
三是认识到要守牢导向关。新媒体传播快，一旦出错影响大。编辑要严格执行“三审三校”，对图片、视频中的细节也要仔细核查。
培训结束时，老师把课件上传到了学员群，供大家下载复习。我会把这次所学用到工作中，努力让县里的新闻更有温度、更有传播力。
""",
    ),
    dict(
        slug="netdisk-lanjing-herbal-plan-html",
        site="蓝鲸云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.lanjingyun.com/s/1Hx7Qe0Zm",
        title="中药饮片厂2025年质量提升行动方案",
        record_title="中药饮片厂2025年质量提升行动方案.docx",
        date="2025-02-20",
        notes="cloud-drive share page: extraction code, expiry, save/download buttons, share ad; a herbal-pieces factory's plan; table of targets",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>中药饮片厂2025年质量提升行动方案.docx_免费高速下载|蓝鲸云盘</title></head>
<body>
<div class="hd">⟦m 蓝鲸云盘⟧ <a>⟦a 客户端下载⟧</a> <a>⟦a 登录领1T空间⟧</a></div>
<div class="share">
<p class="fname">⟦t 中药饮片厂2025年质量提升行动方案.docx⟧</p>
<p class="finfo">⟦m 分享者：质管部-梅工　　23.6KB　　有效期：永久有效⟧</p>
<p class="ops">⟦a 保存到我的云盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p>
</div>
<div class="preview">⟦m 在线预览（WPS驱动）⟧
{BODY}
</div>
<div class="ad">⟦a 开通超级会员，预览全部页数并解锁原画质⟧</div>
<div class="foot">⟦d 请勿通过云盘传播违法违规内容，一经发现将依法处理。⟧ ⟦m ©2025 蓝鲸云盘⟧</div>
</body></html>
""",
        body="""
为全面提升饮片质量，确保用药安全有效，结合本厂实际，制定本方案。
一、目标任务
指标　2024年　2025年目标
成品抽检合格率　98.2%　99.5%以上
原料药材溯源覆盖率　71%　100%
质量投诉处理及时率　95%　100%
二、重点措施
1.严把药材采购关。建立合格供应商名录，药材进厂逐批检验，不合格药材一律退货。
2.规范炮制工艺。对炒、炙、蒸、煅等12个关键工序制定标准操作规程，关键参数实行电子记录。
3.推进追溯体系建设。每批成品赋追溯码，客户扫码即可查看产地、批号和检验报告。
4.加强人员培训。全年组织质量培训不少于6次，关键岗位人员持证上岗率达到100%。
三、组织保障
成立以厂长为组长的质量提升行动领导小组，办公室设在质量管理部，联系人：梅若兰，电话：0739-5218807。
荏原县本草中药饮片有限公司
2025年2月20日
""",
    ),
    dict(
        slug="netdisk-xiaomu-teacher-summary-folder",
        site="小木盘 (invented, personal NAS share)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://xiaomu-nas.myds.me:5000/sharing/Qv8rT2",
        title="2024学年第一学期初三年级组工作总结",
        record_title=None,
        date="2025-01-17",
        notes="a personal NAS share listing: folder path, file size, expiry; a grade-group summary; hard-wrapped; date at the end",
        page="""
!m 小木盘 File Station · 共享链接
!m 📁 /教学/年级组/2024-2025上/总结
!t 2024学年第一学期初三年级组工作总结.txt
!m 18.2 KB　·　修改于 2025-01-19 21:04　·　链接3天后失效
!a ⬇ 下载　　⧉ 复制链接　　▶ 全部打包
{BODY}
!l 同一文件夹：期末质量分析.xlsx ｜ 家长会发言稿.docx ｜ 寒假作业安排.pdf
!m Powered by 小木盘 NAS
""",
        wrap=64,
        body="""
本学期，初三年级组在学校的领导下，紧紧围绕中考备考目标，抓常规、抓质量、抓安全，各项工作有序推进。现总结如下。
一、教学常规扎实
全年级12个班、46名任课教师严格落实集体备课制度，每周二下午为固定教研时间。本学期共开展集体备课96次，推门听课210节。
二、培优补差有效
建立“一生一档”，对临界生实行导师制，每名教师联系4至6名学生。期末全市联考中，年级平均分比上学期提高6.3分。
三、家校沟通顺畅
召开家长会2次，班主任家访覆盖率达到100%。针对部分学生沉迷手机的问题，向家长发放了《致家长的一封信》。
四、存在问题
个别班级学风不够浓厚，学科之间发展不均衡，物理、化学两科的优秀率偏低。下学期将重点抓好专题复习和模拟训练，力争中考再创佳绩。
初三年级组
2025年1月17日
""",
    ),
]
