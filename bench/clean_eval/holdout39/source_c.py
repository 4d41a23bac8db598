"""holdout39, part C: a tram operator, a low-altitude-economy essay on an exam forum, an
encyclopaedia's refund-letter entry, a hot-air balloon festival plan on a cloud drive, an
animation park's fund notice in a search snapshot, a piano tuners' service standard in a print
view, a wig maker's request in a mail chain, a bowling referee's essay on an old 范文 site, a
golf-course clean-up notice, a magicians' association account on one line. Invented text;
see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwenapp-bigan-tram-station-summary",
        site="笔杆通APP 分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bigantong.example.com/a/7d61c0?from=wx",
        title="有轨电车运营分公司站务中心2025年工作总结",
        record_title="有轨电车运营分公司站务中心2025年工作总结｜笔杆通",
        date="2025-12-26",
        notes="an app share page: 'open in app' banner, AI-rewrite and copy buttons, a member unlock line inside the body (line of its own), a signature date; '刚刚' and a share count are no dates",
        page="""
!a 打开笔杆通APP，阅读体验更佳　　立即打开
!t 有轨电车运营分公司站务中心2025年工作总结｜笔杆通
!m 笔杆通精选 · 刚刚更新 · 1.3万人已读
!a AI改写　一键复制　导出Word
{BODY}
!l 看了这篇的人还在看：公交驾驶员年度个人总结　地铁站务员述职报告
!a 分享给好友，双方各得3天会员
""",
        body="""
2025年，站务中心在分公司的领导下，紧紧围绕“安全、准点、优质”目标，圆满完成了全年客运服务任务。
一、客运组织平稳有序。全年安全运送乘客1862万人次，列车准点率99.2%，未发生责任客伤事件。
二、服务质量持续提升。推行“首问负责制”，在12个车站设置爱心服务台，全年收到乘客表扬信46封。
⟦a 以下内容为会员专享，开通会员立即解锁全文⟧
三、应急处置能力增强。组织大客流疏导、车辆故障清客等演练28次，职工应急处置能力明显提高。
四、存在的问题。部分新员工业务不够熟练，节假日高峰时段站台引导力量仍显不足。
2026年，我们将继续加强队伍建设，努力为市民提供更加安全便捷的出行服务。
朴原有轨电车运营分公司站务中心
2025年12月26日
""",
    ),
    dict(
        slug="gkforum-shenlun-low-altitude-essay-junk",
        site="上岸论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="text",
        source="https://bbs.shangan.example.com/thread-772610-1-1.html",
        title="让低空经济飞得稳、飞得远",
        record_title="[申论范文] 让低空经济飞得稳、飞得远（附批改意见）- 申论交流 - 上岸论坛",
        date=None,
        notes="an exam forum's essay post: decorated record title; floor header with 发表于 a relative time; forum junk lines and glued junk; a moderator's score lines and a reply box; no date in the document",
        junk=dict(lines=2, glued=1),
        page="""
!m 上岸论坛 › 申论交流 › 范文点评
!t [申论范文] 让低空经济飞得稳、飞得远（附批改意见）
!m 1# 楼主　晨光考研考公　发表于 5 天前　|　只看楼主　倒序浏览
!m 积分：2310　帖子：188　注册时间：2023-4-2
{BODY}
!l 版主点评：立意准确，结构清晰，第三段论据可再充实。评分：32/40
!l 回复帖子　　收藏(41)　　分享
!a 登录后才可以回帖，没有账号？立即注册
""",
        indent="　　",
        body="""
从景区上空的滑翔伞到山间的热气球，从无人机送快递到低空观光，低空经济正在走进百姓生活。
发展低空经济，首先要飞得稳。安全是低空飞行的生命线，必须健全空域管理、飞行审批和安全监管制度，让每一次起降都有章可循。
发展低空经济，还要飞得远。要培育一批有特色的低空旅游和运动项目，带动装备制造、培训服务等上下游产业发展。
发展低空经济，更要飞得好。各地不能一哄而上，而应立足资源禀赋，因地制宜，避免重复建设。
低空经济的天空很广阔。只要稳字当头、统筹推进，这片新赛道一定能为高质量发展增添新动能。
""",
    ),
    dict(
        slug="baike-wendian-refund-letter-entry-html",
        site="问典百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="html",
        source="https://baike.wendian.example.com/item/预付卡退卡申请书/66021",
        title="预付卡退卡申请书",
        record_title="预付卡退卡申请书_问典百科",
        date=None,
        notes="an encyclopaedia entry: edit/history links, a contents box, 'reference' and 'entry statistics' boxes; the entry's template placeholders (20××年×月×日, ×××) stay and are no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>预付卡退卡申请书_问典百科</title></head>
<body>
<div class="top">⟦m 问典百科⟧ <input placeholder="搜索词条"> ⟦a 进入词条⟧ ⟦a 登录⟧</div>
<div class="lemma"><h1>{T}</h1> <span>⟦a 编辑⟧</span> <span>⟦a 讨论⟧</span> <span>⟦a 上传视频⟧</span></div>
<div class="catalog"><b>⟦l 目录⟧</b><ol><li>⟦l 1 基本内容⟧</li><li>⟦l 2 范本⟧</li></ol></div>
<div class="para-box">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l 1. 单用途商业预付卡管理相关规定⟧</p></div>
<div class="stat">⟦m 词条统计　浏览次数：8026次　编辑次数：5次历史版本　最近更新：百科用户 lx2023⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如果您需要解决具体问题，建议咨询相关领域专业人士。⟧ ⟦d ©2025 问典百科⟧</div>
</body></html>
""",
        body="""
预付卡退卡申请书是消费者向发卡经营者申请退还预付卡余额时使用的文书，一般写明持卡人信息、卡号、余额、退卡理由和联系方式。
范本如下：
××美容美发店：
本人于20××年×月×日在贵店办理储值卡一张，卡号×××，目前余额×××元。因贵店已停止营业，现申请退还卡内余额。
申请人：×××
联系电话：×××××××××××
20××年×月×日
""",
    ),
    dict(
        slug="netdisk-feiyun-balloon-festival-plan",
        site="飞云盘 分享页 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.feiyun.example.com/s/1kQz8Rb2",
        title="2025朴原热气球文化节安全保障工作方案",
        record_title="2025朴原热气球文化节安全保障工作方案.pdf",
        date="2025-09-12",
        notes="a cloud-drive share page: file name as the record title, sharer line, expiry, save/download buttons, a 'preview only first page' note; a data table of duties; signature date in Chinese numerals",
        page="""
!m 飞云盘 | 文件分享
!a 登录　注册　客户端下载
!t 2025朴原热气球文化节安全保障工作方案.pdf
!m 分享者：朴原文旅-小许　　分享时间：2025-09-16 10:22　　有效期：永久
!a 保存到我的网盘　　下载（1.2MB）　　举报
!m 在线预览（仅显示部分内容）：
{BODY}
!a 预览仅显示部分内容，完整文件请下载后查看
!d 飞云盘严厉打击违规内容传播，请勿分享侵权文件。
""",
        indent="  ",
        body="""
为确保2025朴原热气球文化节安全顺利举办，特制定本方案。
一、活动概况。文化节于10月1日至7日在朴原县草甸景区举办，预计升空热气球40具，日均接待游客2万人次。
二、职责分工
工作组　牵头单位　主要任务
飞行安全组　县文化和旅游局　飞行审批、气象会商
交通保障组　县公安局交警大队　交通疏导、停车管理
医疗救护组　县卫生健康局　现场救护、伤员转运
三、安全措施。每日飞行前由气象部门提供风速预报，地面风速超过每秒5米时停止升空；升空区域设置隔离带，游客须在指定区域观看。
四、应急处置。发生热气球异常降落、人员受伤等情况，现场指挥部要立即启动应急预案。
朴原县热气球文化节组委会
二〇二五年九月十二日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-animation-fund-notice-html",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.sousou.example.com/c?u=http%3A%2F%2Fkjj.hengzhou.example.gov.cn%2Ftzgg%2F8872.html",
        title="关于申报2025年度动漫产业发展专项资金的通知",
        record_title="关于申报2025年度动漫产业发展专项资金的通知",
        date="2025-05-20",
        notes="a search-cache frame above the page (snapshot time, 'highlighted terms', original link); the cached portal's own chrome; the notice's 附件 list and contact kept; a 文号 line (neutral)",
        page="""
<html><head><meta charset="utf-8"><title>关于申报2025年度动漫产业发展专项资金的通知</title></head>
<body>
<div class="cache-bar">⟦m 这是 http://kjj.hengzhou.example.gov.cn/tzgg/8872.html 的快照，是网页在 2025年6月2日 08:11 的存档。⟧<br>⟦a 以下关键词已高亮：动漫 专项资金⟧　⟦a 查看当前网页⟧</div>
<div class="cached">
<div class="hd">⟦m 蘅州市科学技术局⟧　⟦m 首页 | 政务公开 | 科技项目 | 互动交流⟧</div>
<h2>{T}</h2>
<p class="docno">蘅科字〔2025〕31号</p>
<p>⟦m 发布日期：2025-05-20　　来源：高新技术科⟧</p>
{BODY}
<p>⟦l 相关链接：2024年度动漫专项资金拟支持项目公示⟧</p>
<p>⟦m 主办单位：蘅州市科学技术局　网站标识码：4304000012⟧</p>
</div>
<div class="cache-foot">⟦d 搜搜快照仅为网页存档，与原网站无关。⟧</div>
</body></html>
""",
        body="""
各县市区科技局，蘅州动漫产业园管委会，各有关企业：
为支持我市动漫产业发展，现组织申报2025年度动漫产业发展专项资金。有关事项通知如下：
一、支持方向。原创动漫作品制作、动漫衍生品开发、动漫公共技术服务平台建设。
二、申报条件。申报单位须在我市注册一年以上，具有独立法人资格，近三年无不良信用记录。
三、申报时间。6月1日至6月30日，逾期不予受理。
附件：1. 动漫产业发展专项资金申报书
2. 项目预算明细表
联系人：聂伟　电话：0734-8871026　邮箱：hzkjdm@hengzhou.example.gov.cn
蘅州市科学技术局
2025年5月20日
""",
    ),
    dict(
        slug="print-qinqiao-piano-tuning-standard",
        site="琚水市钢琴调律师协会 打印页 (invented)",
        style="打印页",
        genre="规范",
        kind="rules",
        form="text",
        source="http://www.jushuipiano.example.org/print.php?id=219",
        title="琚水市钢琴调律服务规范（试行）",
        record_title="打印预览 - 琚水市钢琴调律服务规范（试行）",
        date="2025-08-01",
        notes="a print view: print header with URL and print time (no date), a 'print / close' row, print footer 第1页 共2页 / 第2页 共2页 between paragraphs; decimal headings; the standard's own 施行 date",
        page="""
!m 琚水市钢琴调律师协会 http://www.jushuipiano.example.org/print.php?id=219
!m 打印时间：2025-10-09 14:26
!a [打印]　[关闭]
!t 琚水市钢琴调律服务规范（试行）
{BODY}
!p 第2页 共2页
""",
        body="""
1 范围
本规范规定了钢琴调律服务的人员、流程和质量要求，适用于本市会员单位及会员开展的钢琴调律服务。
2 人员要求
2.1 调律师应取得钢琴调律师职业技能等级证书。
2.2 上门服务时应佩戴协会统一制发的工作证。
⟦p 第1页 共2页⟧
3 服务流程
3.1 调律前应检查琴体状况，向用户说明需要调整的项目和收费标准。
3.2 调律完成后，应请用户试奏确认，并填写服务记录单。
4 实施
本规范自2025年8月1日起试行。
""",
    ),
    dict(
        slug="mail-fwd-wig-expo-request-chain",
        site="瑶埠发制品有限公司 企业邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="https://mail.yaobufz.example.com/read?mid=20250903-0081",
        title="关于申请参加2025年广州国际美博会展位补贴的请示",
        record_title="转发：关于申请参加2025年广州国际美博会展位补贴的请示",
        date="2025-09-02",
        date_also=["2025-09-03"],
        notes="a mail reply chain: From/To/Sent/Subject headers, the mail's attachment header (chrome) next to the request's own 附件 line (body); a signature block of the mailer and a 'sent from mobile' line; send date differs from the request's date (also accepted)",
        page="""
!m 发件人：外贸部 吕晓 <lvxiao@yaobufz.example.com>
!m 收件人：总经理办公室 <zjb@yaobufz.example.com>
!m 时间：2025年9月3日（星期三）上午9:12
!t 主题：转发：关于申请参加2025年广州国际美博会展位补贴的请示
!m 附件：展位补贴请示.docx (24.5KB)
!a 回复　回复全部　转发　删除
王总：请示已按您的意见修改，请审阅。
!m -------- 转发的邮件 --------
{BODY}
!m 发自我的手机邮箱
!d 本邮件及其附件含有瑶埠发制品有限公司的保密信息，仅限发送给上面地址中列出的个人或群组。
""",
        body="""
瑶埠县商务局：
我公司是以出口为主的发制品生产企业，主要产品为真人发假发和化纤发套，年出口额约3200万美元。
为进一步开拓国内外市场，我公司拟参加2025年9月下旬在广州举办的国际美博会，预订标准展位2个，展位费共计5.6万元。
根据县里支持外贸企业参展的有关政策，特申请展位费补贴。
妥否，请批示。
附件：展位预订确认函
瑶埠发制品有限公司
2025年9月2日
""",
    ),
    dict(
        slug="fanwen-bowling-referee-insight-old-table",
        site="第一范文堂 (invented)",
        style="范文站",
        genre="心得体会",
        kind="essay",
        form="html",
        source="http://www.dyfwt.example.com/xinde/peixun/2025/0527/41288.html",
        title="参加全市保龄球裁判员培训班心得体会",
        record_title="参加全市保龄球裁判员培训班心得体会(精选范本)_第一范文堂",
        date=None,
        notes="old table-layout 范文 site: top ad bar, a 'copy is locked' row and a 'font size' row, a writing-service box glued between paragraphs, hot list; no date in the document; page time is an update stamp on a listing line only",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>参加全市保龄球裁判员培训班心得体会(精选范本)_第一范文堂</title></head>
<body>
<table width="100%"><tr><td>⟦m 第一范文堂　www.dyfwt.example.com⟧</td><td>⟦a 会员中心　充值下载　我的收藏⟧</td></tr></table>
<table width="960"><tr><td>⟦m 您现在的位置：第一范文堂 >> 心得体会 >> 培训心得⟧</td></tr>
<tr><td><h1>{T}</h1></td></tr>
<tr><td>⟦a 〖复制已锁定，开通会员后可复制全文〗⟧　⟦a 阅读字号：[大] [中] [小]⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a ↓↓↓ 点击下载本文完整版 ↓↓↓⟧</td></tr>
<tr><td>⟦l 热门心得：⟧⟦l 裁判员培训心得体会范文3篇⟧ ⟦l 体育教师培训心得⟧ ⟦l 赛事志愿者心得⟧</td></tr></table>
<table width="960"><tr><td>⟦d 本站文章来自网友投稿及网络整理，仅供参考学习，请勿直接抄袭。⟧ ⟦m 闽ICP备12031907号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
11月中旬，我有幸参加了全市保龄球裁判员培训班，三天的学习让我对这项运动和裁判工作有了新的认识。
一是理论学习打牢了基础。授课老师系统讲解了竞赛规则、计分方法和犯规判罚，让我弄清了许多平时模糊的问题。
⟦w 专业写手一对一代写心得体会，满意再付款，咨询QQ 3307712809⟧
二是实践考核提升了能力。在模拟比赛中，我担任了道线裁判，学会了在快节奏的比赛中准确判断犯规。
三是交流研讨开阔了视野。来自各区的裁判员分享了执裁经验，使我认识到公正严谨是裁判员的立身之本。
今后，我将把所学运用到执裁实践中，努力成为一名合格的保龄球裁判员。
""",
    ),
    dict(
        slug="wenku-jingwen-tram-summary-glued-markers",
        site="精文文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.jingwenwk.example.com/view/3d8a02c17e.html",
        title="有轨电车车辆检修中心2025年安全生产工作总结",
        record_title="有轨电车车辆检修中心2025年安全生产工作总结 - 精文文库",
        date="2025-12-30",
        notes="a 文库 reader: page markers ◖N◗ glued to the start of a continuation or on their own (mix) cutting words; a 'page N of M' meta line and VIP prompt; a signature date",
        pages=dict(fmt="◖{n}◗", every=130, start=2, glue="mix"),
        page="""
!m 精文文库 > 行业资料 > 交通运输
!t 有轨电车车辆检修中心2025年安全生产工作总结 - 精文文库
!m 共4页　|　约2100字　|　上传于2026-01-04
!a 阅读已结束，开通VIP可免费阅读全文并下载
{BODY}
!a 全文阅读已结束，下载本文需要使用 5 积分
!l 相关推荐：地铁车辆段安全总结｜轨道交通安全月活动方案
""",
        indent="　　",
        body="""
2025年，车辆检修中心坚持“安全第一、预防为主”的方针，全年完成列车日检10950列次、月检372列次、架修6列，未发生一般及以上安全事故。
一、压实安全责任。中心与各班组签订安全生产责任书，明确班组长为本班组安全第一责任人，形成层层抓落实的工作格局。
二、强化作业管理。严格执行检修作业卡制度，对受电弓、制动系统等关键部件实行双人复核，全年发现并处理设备隐患147项。
三、加强教育培训。开展安全技能培训24期，组织岗位练兵和技术比武，职工持证上岗率达到100%。
四、存在问题。部分老旧工装设备精度下降，个别职工存在习惯性违章现象。
朴原有轨电车车辆检修中心
2025年12月30日
""",
    ),
    dict(
        slug="gov-puyuan-golf-cleanup-banji",
        site="朴原县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.puyuan.example.gov.cn/zwgk/zfwj/202504/t20250416_118820.html",
        title="关于开展高尔夫球场清理整治“回头看”工作的通知",
        record_title="朴原县人民政府办公室关于开展高尔夫球场清理整治“回头看”工作的通知",
        title_also=["朴原县人民政府办公室关于开展高尔夫球场清理整治“回头看”工作的通知"],
        date="2025-04-15",
        date_also=["2025-04-16"],
        notes="government portal: an index table (索引号, 发文机关, 成文日期, 发布日期 differing — the 成文日期 expected, the other accepted); a 文号 (neutral); its own 抄送 and 印发 版记; an accessibility toolbar; '扫一扫在手机打开'",
        page="""
!a 无障碍　长者模式　简体　繁體
!m 朴原县人民政府　www.puyuan.example.gov.cn
!m 首页 > 政务公开 > 政府文件
!m 索引号：11331200MB0K3922X/2025-00316　　发文机关：朴原县人民政府办公室
!m 成文日期：2025-04-15　　发布日期：2025-04-16　　主题分类：自然资源
!t 朴原县人民政府办公室关于开展高尔夫球场清理整治“回头看”工作的通知
朴政办发〔2025〕19号
{BODY}
!a 【打印】【关闭】　　扫一扫在手机打开当前页
!l 相关文件：朴原县违规占用耕地整治工作方案
!m 朴原县人民政府办公室主办　　地址：朴原县政府路2号　　电话：0578-5082100
""",
        indent="　　",
        body="""
各乡镇人民政府，县政府各部门：
为巩固高尔夫球场清理整治成果，防止问题反弹，县政府决定在全县开展高尔夫球场清理整治“回头看”工作。现将有关事项通知如下：
一、重点内容。重点检查已取缔球场是否恢复经营、保留球场是否违规扩建、是否违规取用地下水等问题。
二、时间安排。4月下旬至6月底，分自查、核查、整改三个阶段进行。
三、工作要求。各乡镇要落实属地责任，发现问题立即整改；县自然资源局、县水利局要加强执法，依法严肃查处。
朴原县人民政府办公室
2025年4月15日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
朴原县人民政府办公室　　2025年4月16日印发
""",
    ),
    dict(
        slug="news-hengzhou-animation-title-glued-lead",
        site="蘅州晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.hzwb.example.cn/news/2025-06/10/content_58201.htm",
        title="蘅州动漫产业园上半年产值同比增长三成",
        record_title="蘅州动漫产业园上半年产值同比增长三成 - 蘅州晚报网",
        date="2025-06-10",
        notes="text-extracted news page: the title repeated glued to the lead; a time line with source and editor; a photo credit; a 'more news' box and a copyright line",
        page="""
!m 蘅州晚报网　>　本地新闻
!m 2025年06月10日 09:36　来源：蘅州晚报　编辑：梁珊
{T}{BODY}
!m （本报记者 林茜 摄影 高翔）
!l 更多新闻>>　蘅州高新区发布人才新政　｜　暑期文旅消费季启动
!d 蘅州晚报网版权所有，未经书面授权禁止使用
""",
        body="""
本报讯　记者从蘅州动漫产业园获悉，今年上半年，园区实现产值8.7亿元，同比增长31.2%。
目前，园区已集聚动漫企业146家，上半年新增原创动画作品12部，其中3部在省级以上电视台播出。
园区负责人介绍，下半年将举办第五届蘅州动漫节，并为中小动漫企业提供免费的渲染算力服务。
""",
    ),
    dict(
        slug="wechat-moshu-magic-association-oneline",
        site="萸山魔术协会 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.mirrorhub.example.net/mp/yushanms/20250315",
        title="关于举办“魔术进校园”公益巡演的通知",
        record_title=None,
        date="2025-03-15",
        notes="no record title; a WeChat mirror whose body is on one line (indent-separated paragraphs); account line with a date; 'follow' and 'like/watching' chrome; signature date",
        oneline=True,
        indent="　　",
        page="""
!m 萸山魔术协会　2025-03-15 18:20
{T}
!a ↑点击上方蓝字关注我们，精彩不错过
{BODY}
!a 喜欢此内容的人还喜欢　点赞　在看　分享
!d 文章版权归原作者所有，镜像仅供阅读存档。
""",
        body="""
各会员、各学校：
为普及魔术艺术、丰富校园文化生活，萸山魔术协会定于3月下旬至5月底开展“魔术进校园”公益巡演活动，现将有关事项通知如下。
一、巡演对象为全县中小学校，每校演出一场，时长约60分钟。
二、有意向的学校请于3月25日前与协会秘书处联系，协会将统筹安排演出时间。
三、参演会员须提前熟悉场地，演出道具不得使用明火和尖锐物品。
联系人：宋蔚　电话：0735-7136062
萸山魔术协会
2025年3月15日
""",
    ),
]
