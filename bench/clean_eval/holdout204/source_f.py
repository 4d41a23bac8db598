"""holdout204, part F: tender portals, cloud drives, search snapshots, print views and forwarded mails.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="tender-quanhu-result-projectors-lots",
        site="筌湖县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.quanhu.gov.cn/jyxx/zfcg/zbgg/2025/0620/4471.html",
        title="筌湖县中小学教室投影设备采购项目中标结果公告",
        record_title="[中标揭晓] 筌湖县中小学教室投影设备采购项目中标结果公告 - 筌湖县公共资源交易网",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="tender portal: a clock, a challenge-period countdown, CA and trading-system lines; lots as a table; purchaser "
        "and agency contacts stay in the body; the record's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[中标揭晓] 筌湖县中小学教室投影设备采购项目中标结果公告 - 筌湖县公共资源交易网</title>
<script src="/js/clock.js"></script>
</head>
<body>
<div class="jy-top">⟦m 筌湖县公共资源交易网⟧ <span id="clock">⟦m 北京时间 2025-06-22 10:41:07⟧</span></div>
<div class="jy-nav">⟦m 首页 交易信息 政策法规 办事指南 主体库 信用信息⟧</div>
<div class="jy-crumb">⟦m 交易信息 › 政府采购 › 中标（成交）结果⟧</div>
<div class="jy-detail">
<h2>{T}</h2>
<p class="jy-info">⟦m 信息时间：2025-06-20　　阅读次数：409⟧</p>
<p class="jy-count">⟦a 距质疑期截止还有 5 天 3 小时⟧</p>
<div class="jy-body">
{BODY}
</div>
</div>
<div class="jy-foot">
<p>⟦m CA数字证书办理及锁具问题：0873-7750136⟧</p>
<p>⟦m 电子交易系统使用咨询：0873-7750139⟧</p>
<p>⟦m 筌湖县公共资源交易中心 主办　滇ICP备16004421号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目编号：QHCG-2025-0317
二、项目名称：筌湖县中小学教室投影设备采购项目
三、中标信息
包号　中标供应商　中标金额
第1包（激光投影机200台）　筥州明檠光电科技有限公司　118.60万元
第2包（电动投影幕布200套）　筌湖县启明教学设备有限公司　9.40万元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：筌湖县教育局　联系人：韦晓松　电话：0873-7718042
代理机构：筥州正信招标代理有限公司　联系人：罗艺　电话：0873-6216630
""",
    ),
    dict(
        slug="tender-biancheng-inquiry-lock-removal-download",
        site="笾城采购服务网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://cg.biancheng.gov.cn/xj/2025/0506/908.html",
        title="艏园社区地锁拆除及车位划线服务询价公告",
        record_title="【零星采购·询价】艏园社区地锁拆除及车位划线服务询价公告_笾城采购服务网",
        date="2025-05-06",
        notes="decorated record title; an inquiry notice that asks suppliers to download the inquiry file; the purchaser's "
        "contact beside the platform's service line; 成文日期 under the signature",
        page="""
!m 笾城采购服务网
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布日期：2025-05-06　　项目类别：服务类　　浏览：133
!a 【我要报价】　【收藏项目】
{BODY}
!m 平台客服：0873-6101880（工作日8:30-17:30）
!m 笾城区政府采购服务平台 版权所有
""",
        body="""
笾城区艏园社区居民委员会就艏园社区地锁拆除及车位划线服务进行询价采购，欢迎符合条件的供应商参加报价。
一、服务内容：拆除小区内登记在册的废弃地锁约120把，修补地面，并重新划设停车位线约260个。
二、最高限价：4.8万元。
三、供应商须具有道路划线施工经验，并于5月12日前在本网“项目附件”栏下载询价文件，按要求填写报价单。
四、报价截止时间：2025年5月13日17:00，逾期报价不予受理。
采购人：艏园社区居民委员会　联系人：龙小溪　电话：0873-6115023
笾城区艏园社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="clouddrive-yunlan-plan-projector-upgrade-marker-paras-pdf",
        site="云岚网盘 (invented, cloud-drive preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.yunlan.cn/s/1qXo7Tb2",
        title="稑湾镇中心学校教室投影设备更新改造方案",
        record_title="稑湾镇中心学校教室投影设备更新改造方案.pdf",
        date="2025-02-20",
        notes="file-name record title; a cloud-drive preview cut by marker paragraphs '⬘ n ⬙'; VIP prompts, share expiry; "
        "decimal headings; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>稑湾镇中心学校教室投影设备更新改造方案.pdf_免费高速下载|云岚网盘</title>
</head>
<body>
<div class="pan-top">⟦m 云岚网盘⟧ <a>⟦a 开通超级会员⟧</a> <a>⟦a 登录⟧</a></div>
<div class="share-info">
<h3>⟦t 稑湾镇中心学校教室投影设备更新改造方案.pdf⟧</h3>
<p>⟦m 分享者：yl_教务小吴　　分享于 2025-03-01　　链接 7 天后失效⟧</p>
<p>⟦a 存进我的云岚⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</p>
</div>
<div class="preview">
{BODY}
</div>
<div class="vip">⟦a 当前只能预览前2页，开通超级会员看全文⟧</div>
<div class="pan-foot">⟦d 云岚网盘不对用户分享内容负责，如遇违规请举报⟧ ⟦m ©2025 云岚网盘⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        pages=dict(fmt="⬘ {n} ⬙", every=95, start=2),
        body="""
1　项目背景
1.1　学校现有教室投影仪31台，其中19台使用超过8年，亮度衰减严重，维修频繁，影响正常教学。
1.2　根据县教育局装备更新计划，学校拟在2025年暑假期间完成全部教室投影设备的更新改造。
2　改造内容
2.1　将31间教室的灯泡投影仪全部更换为激光投影机，同步更换投影幕布和吊架。
2.2　对教室讲台电源线路进行检查，老化线路一并更换，每个讲台加装过载保护插座。
3　实施安排
3.1　6月底前完成政府采购，7月15日前完成安装，8月20日前完成验收和教师培训。
稑湾镇中心学校
2025年2月20日
""",
    ),
    dict(
        slug="clouddrive-xiaopan-instruction-wheel-restoration-wps",
        site="小盘分享 (invented, cloud-drive text preview)",
        style="网盘分享",
        genre="工艺说明",
        kind="other",
        form="text",
        source="http://www.xiaopanfx.com/s/8hWr20cK",
        title="民间老纺车修复工艺说明",
        record_title="民间老纺车修复工艺说明.wps",
        date=None,
        notes="file-name record title; page markers '⯁第n页⯁' on lines of their own cutting sentences; share and expiry stamps "
        "are no dates",
        page="""
!m 小盘分享 · 文件预览
!t 民间老纺车修复工艺说明.wps
!m 大小：52KB　　分享时间：昨天 16:20　　有效期：30天
!a 下载　　转存　　举报
{T}
{BODY}
!a 预览到此结束，下载后查看全部 5 页
!d 文件由用户分享，小盘分享仅提供存储服务。
""",
        pages=dict(fmt="⯁第{n}页⯁", every=90, start=2),
        body="""
一、拆解。修复前先给纺车各部件拍照编号，再按摇柄、大轮、锭子、支架、底座的顺序拆下，榫卯结构不得硬敲，可以先用湿布焖软再慢慢退出。
二、清洗。木质部件用温水和软毛刷清洗，不得使用洗洁精等化学品；清洗后放在阴凉通风处晾干，不得暴晒。
三、补配。断裂的轮辐、支架用同种木材按原样补配，尺寸误差不超过一毫米；铁锭子除锈后涂一层薄蜡防锈。
四、组装。按拆解时的编号原位组装，组装完成后试转大轮，转动应平稳、无异响，锭子不晃动。
""",
    ),
    dict(
        slug="snapshot-qingshui-notice-charging-hotlines",
        site="索乎搜索 snapshot of 檠水县发展和改革局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.suohu.com/c?u=www.qingshui.gov.cn/fgj/tzgg/202505/t20250527_2210.html",
        title="关于公布居民小区充电桩报装服务电话的通知",
        record_title="【旧版快照】关于公布居民小区充电桩报装服务电话的通知｜檠水县发改局 · 索乎搜索",
        date="2025-05-26",
        date_also=["2025-05-27"],
        notes="search-cache frame: capture banner, highlighted-keyword line, original-link line; the notice's own list of "
        "service phones stays in the body; 成文日期 vs the portal's posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【旧版快照】关于公布居民小区充电桩报装服务电话的通知｜檠水县发改局 · 索乎搜索</title>
</head>
<body>
<div class="cache-banner" style="border:1px solid #ccc;background:#fffbe6">
<p>⟦m 这是索乎搜索保存的网页副本，抓取于 2025-06-02 03:14⟧</p>
<p>⟦m 原网页可能已经更新，点此访问最新页面：www.qingshui.gov.cn⟧</p>
<p>⟦m 已为你标亮的搜索词：充电桩 报装 电话⟧</p>
</div>
<div class="orig">
<div class="site-hd">⟦m 檠水县发展和改革局⟧</div>
<div class="site-loc">⟦m 首页 &gt; 公示公告⟧</div>
<h1>{T}</h1>
<p class="site-date">⟦m 发布时间：2025-05-27　　来源：县发改局⟧</p>
<div class="site-text">
{BODY}
</div>
<p class="site-tools">⟦a 【打印这份通知】⟧ ⟦a 【关闭】⟧</p>
<div class="site-ft">⟦m 檠水县发展和改革局 主办　地址：檠水县河西路21号⟧</div>
</div>
</body>
</html>
""",
        body="""
各镇人民政府，各居民小区物业服务企业：
为方便居民在小区内安装私人充电桩，县发改局会同国网檠水县供电公司设立了报装服务电话。现将各片区服务电话公布如下：
片区　服务电话　服务时间
城东片区　0873-5520361　8:00—18:00
城西片区　0873-5520362　8:00—18:00
各镇供电所　0873-5520300　工作日
居民报装时需提供房产证明、车位使用证明和物业出具的同意安装证明。物业服务企业不得无故阻挠居民安装充电桩。
檠水县发展和改革局
2025年5月26日
""",
    ),
    dict(
        slug="snapshot-textcache-bulletin-lock-campaign",
        site="text-only cache of 筌湖县城市管理局 on 索乎搜索 (invented)",
        style="搜索快照",
        genre="通报",
        kind="notice",
        form="text",
        source="http://cache.suohu.com/text?u=cgj.quanhu.gov.cn/tzgg/2025/0625/331.html",
        title="关于城区私装地锁专项整治情况的通报",
        record_title="« 纯文字存档 » 关于城区私装地锁专项整治情况的通报 - 筌湖县城市管理局",
        date="2025-06-24",
        notes="text-only snapshot: capture banner lines; decorated record title; 成文日期 under the signature; 印发 line",
        page="""
!m 【索乎文本快照】本页只保留文字，抓取时间：2025-07-01 22:08
!m 原始地址：http://cgj.quanhu.gov.cn/tzgg/2025/0625/331.html
!m 筌湖县城市管理局　首页 > 通知公告
{T}
!m 发布于：2025-06-25　　字号：大 中 小
{BODY}
!m 筌湖县城市管理局 版权所有　技术维护：县信息中心
""",
        date_also=["2025-06-25"],
        body="""
各镇人民政府，县直有关单位：
4月以来，县城市管理局联合住建、公安等部门，在城区开展了私装地锁专项整治。现将整治情况通报如下。
一、整治成效。共排查地锁2316把，其中设置人自行拆除1402把，依法拆除618把，经登记保留的产权车位地锁296把；清理占用消防通道的地锁、石墩183处。
二、存在问题。部分小区拆除后又有新装的情况，个别物业企业对业主私装地锁放任不管。
三、下一步工作。各镇要把地锁管理纳入网格日常巡查，发现新装的及时劝阻；对放任不管的物业企业，列入信用管理。
筌湖县城市管理局
2025年6月24日
筌湖县城市管理局办公室　2025年6月24日印发
""",
    ),
    dict(
        slug="print-yitian-plan-skating-safety-week",
        site="舣田镇中心小学网站 print view (invented)",
        style="打印页",
        genre="方案",
        kind="other",
        form="html",
        source="http://www.ytzxxx.cn/print.asp?id=612",
        title="校园轮滑安全教育周活动方案",
        record_title="【打印专用版】校园轮滑安全教育周活动方案｜舣田镇中心小学",
        date="2025-06-03",
        notes="print view calling window.print(); a print stamp (no date) and a print footer '⎌ 第1页 ／ 共1页 ⎌'; "
        "成文日期 under the signature; a sign-up by 扫码 as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【打印专用版】校园轮滑安全教育周活动方案｜舣田镇中心小学</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即送打印机〕⟧ ⟦a 〔回到原文〕⟧</div>
<div class="print-hd">⟦m 舣田镇中心小学 · 校园网⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-meta">⟦m 打印于 2025-06-05 08:12　本页网址：http://www.ytzxxx.cn/show.asp?id=612⟧</div>
<div class="print-ft">⟦p ⎌ 第1页 ／ 共1页 ⎌⟧</div>
</body>
</html>
""",
        body="""
为增强学生的轮滑安全意识，减少轮滑摔伤事件，学校决定于6月9日至13日开展校园轮滑安全教育周活动。具体方案如下。
一、活动内容
1.安全第一课：各班利用班会课学习轮滑安全知识，观看护具佩戴示范视频。
2.护具检查：体育组对轮滑社团学员的轮滑鞋和护具逐一检查，不合格的通知家长更换。
3.家长课堂：邀请镇卫生院医生讲解轮滑摔伤的现场处理方法，家长扫班级群里的二维码报名。
二、工作要求
各班主任要高度重视，认真组织，活动结束后将班会记录交德育处。
舣田镇中心小学
2025年6月3日
""",
    ),
    dict(
        slug="print-luwan-summary-weaving-workshop",
        site="稑湾镇人民政府网站 print view (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.luwan.gov.cn/print/2025/0115/77.html",
        title="稑湾镇土布纺织工坊2024年工作总结",
        date="2025-01-15",
        notes="title from the record as is; a print view with a print stamp (no date) and a print footer '⏦ 1 / 1 ⏦'; "
        "成文日期 under the signature",
        page="""
!a ［打印］［关闭本窗口］
!m 稑湾镇人民政府　网页打印稿
{T}
{BODY}
!m 打印时间：2025-01-20 15:02　　打印人：访客
!m 原文链接：http://www.luwan.gov.cn/zwgk/2025/0115/77.html
!p ⏦ 1 / 1 ⏦
""",
        body="""
2024年，镇土布纺织工坊在镇党委、政府的支持下，以“老手艺、新就业”为目标，扎实推进各项工作。现将全年工作总结如下。
一、主要成效。工坊修复老纺车26架，培训纺织学员58人，其中留守妇女41人；全年织造土布3200米，开发围巾、布包等产品12种，销售收入31.6万元，学员人均增收5400元。
二、存在不足。一是会纺线的老人年龄偏大，师资后继乏人；二是产品设计比较单一，线上销售渠道还没有打开。
三、2025年打算。计划与县职业中学合作开设纺织兴趣班，开通网店，力争销售收入突破50万元。
稑湾镇土布纺织工坊
2025年1月15日
""",
    ),
    dict(
        slug="mail-feixi-library-letter-projector-loan-webmail",
        site="篚溪县图书馆 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.fxlib.org.cn/read?mid=20250910-0042",
        title="关于借用便携式投影仪的函",
        record_title="转发：关于借用便携式投影仪的函（请周五前回复）",
        date="2025-09-08",
        date_also=["2025-09-10"],
        notes="webmail reading view: forwarded header with its own 抄送 field, an attachment bar beside the letter's 附件 list, "
        "the letter's own 抄送 line and contact; 成文日期 vs the send date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：关于借用便携式投影仪的函（请周五前回复） - 篚溪县图书馆邮箱</title>
</head>
<body>
<div class="mail-top">⟦m 篚溪县图书馆邮箱⟧ ⟦a 收信⟧ ⟦a 写信⟧ ⟦a 通讯录⟧</div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mail-head">
<h3>⟦t 转发：关于借用便携式投影仪的函（请周五前回复）⟧</h3>
<p>⟦m 发件人：办公室 刘青禾 &lt;office@fxlib.org.cn&gt;⟧</p>
<p>⟦m 收件人：各分馆负责人⟧</p>
<p>⟦m 抄　送：馆长室⟧</p>
<p>⟦m 时　间：2025年9月10日（星期三）上午9:26⟧</p>
</div>
<div class="mail-body">
<p>⟦m 各分馆：转来县文化馆的借用函，请有便携投影仪的分馆周五前回复办公室。⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2个）：借用设备清单.xlsx（12K） 活动安排表.docx（26K）　全部下载　预览⟧</div>
<div class="mail-foot">⟦m 篚溪县图书馆电子邮件系统⟧ ⟦d 本邮件可能含内部信息，误收请删除⟧</div>
</body>
</html>
""",
        body="""
县图书馆：
为做好“秋日书香”流动讲座进乡村活动，我馆计划于9月20日至10月10日在全县8个村开展讲座，因村里活动室没有投影设备，拟向贵馆借用便携式投影仪2台及配套幕布，借用期间由我馆专人保管，用后及时归还，如有损坏照价赔偿。
恳请予以支持。
联系人：岑书言　电话：0873-3615528　邮箱：wenhuaguan@feixi-wh.cn
附件：1.借用设备清单
2.活动安排表
篚溪县文化馆
2025年9月8日
抄送：县文化和旅游局
""",
    ),
    dict(
        slug="mail-fwd-letter-collecting-old-wheels-wrapped",
        site="a mailing list's forwarded mail saved as text (invented)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="text",
        source="mailto:list-wenbo@nongchuan-wb.cn?msg=20250611",
        title="关于征集民间老纺车实物的函",
        record_title="Fwd: 关于征集民间老纺车实物的函",
        date="2025-06-09",
        date_also=["2025-06-11"],
        notes="forwarded mail as text: header lines, a forwarder's note and signature with a mobile; the letter hard-wrapped "
        "at 68 columns; 成文日期 vs the send date",
        page="""
!m 发件人: 覃小柚 <qinxy@nongchuan-wb.cn>
!m 日期: 2025年6月11日 周三 14:37
!m 收件人: 文博志愿者群组 <list-wenbo@nongchuan-wb.cn>
!t 主题: Fwd: 关于征集民间老纺车实物的函
!m 各位志愿者：转发县博物馆的征集函，请大家下乡时留意，有线索直接联系博物馆。
!m -------- 转发的消息 --------
{BODY}
!m --
!m 覃小柚｜秾川县文博志愿者服务队　手机 139 8732 0516
!d 本邮件经邮件组自动分发，如需退订请回复“退订”。
""",
        wrap=68,
        body="""
各乡镇文化站：
为筹办“纺车里的岁月”民俗专题展，我馆拟向社会征集民间老纺车及纺线、织布相关的老物件。现将有关事项函告如下：
一、征集范围：手摇纺车、脚踏纺车、锭子、线轴、棉弓等，年代不限，有残缺的也可以。
二、征集方式：可以捐赠，也可以出借展出，展出时注明捐赠人或出借人姓名。
三、请各文化站协助在村里宣传，并于7月15日前将线索汇总报我馆。
联系人：韦晴川　电话：0873-5307719
秾川县博物馆
2025年6月9日
""",
    ),
]
