"""holdout59, part E: cloud drives, search snapshots, print views, forwarded mail, intranets. Invented text."""

CASES = [
    dict(
        slug="netdisk-feige-html-cemetery-plan-preview",
        site="飞鸽云盘 (invented)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://pan.feigeyun.com/s/1qT8vKxw",
        title="荇州市清明节期间公墓祭扫服务保障工作方案",
        record_title="荇州市清明节期间公墓祭扫服务保障工作方案.pdf",
        date="2025-03-20",
        notes="cloud-drive share page with preview; extraction code; file-name title; page markers between halves of a cut paragraph",
        page="""
<html><head><meta charset="utf-8"><title>荇州市清明节期间公墓祭扫服务保障工作方案.pdf_免费高速下载|飞鸽云盘</title></head>
<body>
<div class="bar">⟦m 飞鸽云盘 — 你的文件随身带⟧ ⟦a 登录⟧ ⟦a 注册领2T空间⟧</div>
<div class="file"><h3>⟦t 荇州市清明节期间公墓祭扫服务保障工作方案.pdf⟧</h3>
<p>⟦m 分享者：xz_minzheng　分享时间：2025-03-24 10:51　文件大小：312KB⟧</p>
<p>⟦m 有效期：永久有效　提取码：k7mq⟧</p>
<p>⟦a 保存到我的网盘⟧ ⟦a 普通下载⟧ ⟦a SVIP极速下载⟧</p></div>
<div class="preview">⟦m 文档预览（第1-2页）⟧
{BODY}
</div>
<div class="tip">⟦a 预览仅显示前2页，保存后可查看全部内容⟧</div>
<div class="report">⟦d 如该文件侵犯了您的权益，请点击举报，我们将在24小时内处理。⟧</div>
</body></html>
""",
        pages=dict(fmt="—第{n}页—", every=220, start=2),
        body="""
为做好今年清明节期间群众祭扫服务保障工作，确保祭扫活动安全有序，制定本方案。
一、时间安排：3月29日至4月6日，其中4月4日至6日为高峰期。
二、工作措施
（一）推行预约祭扫。市内各公墓通过“荇州民政”公众号开通预约，每日分时段限流，高峰期单日接待量不超过设计容量的70%。
（二）倡导文明祭扫。在公墓入口设置鲜花兑换点，群众可用香烛纸钱免费兑换鲜花；开展网络祭扫、代为祭扫服务。
（三）加强安全管理。公墓内严禁燃放鞭炮，每个墓区配备灭火器材和巡查人员；公安交警在主要路口疏导交通。
（四）做好应急保障。各公墓设置医疗点，备足饮用水；遇恶劣天气及时发布提示。
三、工作要求：各单位要明确责任人，每日17时前向市民政局报送祭扫情况。
荇州市民政局
2025年3月20日
""",
    ),
    dict(
        slug="netdisk-kuaipan-text-abacus-club-plan",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="活动方案",
        kind="plan",
        form="text",
        source="https://kuaipan.link/f/9ZpA2c",
        title="菖溪县老年珠算协会珠心算进社区活动方案",
        record_title="菖溪县老年珠算协会珠心算进社区活动方案.wps",
        date="2025-04-08",
        notes="text extracted from a share page; wps file name; page markers [n] glued",
        page="""
!m 快盘分享 kuaipan.link
!t 菖溪县老年珠算协会珠心算进社区活动方案.wps
!m 18.6KB　·　2025-04-11 分享　·　下载 37 次
!a 下载　转存　举报
{BODY}
!a 只能预览部分内容，下载后查看完整文档
""",
        pages=dict(fmt="[{n}]", every=140, start=2, glue=True),
        body="""
为传承珠算文化，丰富社区老年人和少年儿童的课余生活，协会决定在全县开展珠心算进社区活动，方案如下：
一、活动时间：2025年4月至10月。
二、活动内容：在城关、竹溪两个社区各开设珠心算兴趣班一个，每周六上午授课，由协会会员义务担任教师；9月举办“祖孙同打算盘”比赛。
三、经费保障：所需算盘、教材由协会向县文化馆申请，不向学员收取费用。
四、联系人：协会秘书长萧启明，电话：13907493385。
菖溪县老年珠算协会
2025年4月8日
""",
    ),
    dict(
        slug="snapshot-souyi-html-blood-station-notice",
        site="搜一搜快照 (invented)",
        style="搜索快照",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="http://cache.souyi.cn/c?m=9f2a7d1&u=http%3A%2F%2Fwww.hczxz.org%2Fnews%2F318.html",
        title="致全县适龄健康公民的无偿献血倡议书",
        date="2025-01-10",
        notes="snapshot frame header; original page chrome inside; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>致全县适龄健康公民的无偿献血倡议书</title></head>
<body>
<div style="border:1px solid #999">⟦m 这是 http://www.hczxz.org/news/318.html 的快照，是网页在 2025年2月9日 显示的样子。⟧<br>⟦d 搜一搜和网页作者无关，不对其内容负责。⟧<br>⟦a 查看当前网页⟧ ⟦a 仅显示文本⟧</div>
<div class="site">⟦m 蒿城县中心血站⟧</div>
<div class="nav">⟦l 首页⟧ ⟦l 献血知识⟧ ⟦l 献血点查询⟧ ⟦l 用血指南⟧</div>
<h2>{T}</h2>
{BODY}
<div class="foot">⟦m 蒿城县中心血站　献血咨询：0734-6225566⟧</div>
</body></html>
""",
        body="""
全县适龄健康公民：
冬春季节是临床用血高峰，也是献血淡季。目前，全县库存血液已降至警戒线，O型、A型血尤为紧张。
在此，我们诚挚倡议：年龄18至60周岁、身体健康的朋友们，请您伸出手臂，献出热血。
献血地点：县城人民广场献血屋（每天8:30—17:30），各乡镇流动献血车（具体时间关注“蒿城血站”公众号）。
一次献血，可能就挽救一条生命。让我们用爱心温暖这个冬天！
蒿城县中心血站
2025年1月10日
""",
    ),
    dict(
        slug="snapshot-kuaikan-text-toll-station-report",
        site="快看网页快照 (invented)",
        style="搜索快照",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://snapshot.kuaikan.net/view?k=lZ7d&url=jt.mingxi.gov.cn%2Fsfz%2F2207",
        title="明溪东收费站2024年度文明服务工作报告",
        record_title="明溪东收费站2024年度文明服务工作报告-明溪市交通运输局",
        date="2025-01-15",
        notes="text-only snapshot; highlight note; date in Chinese numerals",
        page="""
!m 快看快照｜网页 jt.mingxi.gov.cn/sfz/2207 于 2025-03-02 的文本快照
!d 您的搜索词已高亮显示；快照可能与当前页面不一致
!m 明溪市交通运输局 > 基层动态
{T}
{BODY}
!m 明溪市交通运输局 主办
""",
        body="""
2024年，明溪东收费站以“微笑服务、畅通高效”为目标，全年安全通行车辆412.6万辆次，未发生有责投诉。
一是优化通行秩序。节假日高峰期增开复式收费，安排“移动收费员”手持终端处理特情，平均等待时间缩短至1.5分钟。
二是提升服务品质。设立“司机之家”，提供热水、休息座椅和简易药箱，全年为司乘人员提供帮助380余次。
三是强化队伍建设。开展文明礼仪、特情处理等培训12场，3名收费员获评市级“优秀服务明星”。
明溪东收费站
二〇二五年一月十五日
""",
    ),
    dict(
        slug="print-huiling-html-archives-rules",
        site="茴岭县档案馆 打印视图 (invented)",
        style="打印页",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.hldag.gov.cn/print.jsp?id=5520",
        title="茴岭县档案馆档案查阅利用规定",
        date="2024-09-01",
        notes="print view: print/close buttons, URL line and print stamp (not a date)",
        page="""
<html><head><meta charset="utf-8"><title>打印 - 茴岭县档案馆</title><script>function doPrint(){window.print()}</script></head>
<body>
<div class="noprint">⟦a [打印]⟧ ⟦a [关闭]⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 来源：茴岭县档案馆　时间：2024-09-01⟧</div>
{BODY}
<hr><div>⟦m 本页网址：http://www.hldag.gov.cn/detail.jsp?id=5520⟧</div>
<div>⟦m 打印时间：2025/10/17 14:03:22⟧</div>
</body></html>
""",
        body="""
第一条　为规范档案查阅利用工作，保护档案安全，根据《中华人民共和国档案法》，制定本规定。
第二条　凡持有合法身份证明的单位和个人，均可按照本规定查阅利用本馆已开放档案。
第三条　查阅未开放档案的，须持单位介绍信，并经馆领导批准。
第四条　查阅者不得在档案上勾画、涂改、折叠，不得私自复印、拍照；确需复制的，由本馆工作人员办理。
第五条　本规定自2024年9月1日起施行。
""",
    ),
    dict(
        slug="print-xianghe-text-kite-festival-plan",
        site="香河风筝协会 打印版 (invented)",
        style="打印页",
        genre="活动方案",
        kind="plan",
        form="text",
        source="http://www.xhfzxh.cn/print/art_661.html",
        title="第七届菰城国际风筝节安全保障方案",
        record_title="第七届菰城国际风筝节安全保障方案(打印版)",
        date="2025-03-28",
        notes="text print page; URL and print stamp lines; 附件 kept",
        page="""
!a 【打印本页】　【返回】
{T}
!m 发布时间：2025-03-28　|　来源：菰城县风筝协会
{BODY}
!m 原文地址：http://www.xhfzxh.cn/art_661.html
!m 打印于 2025-04-02 09:40
""",
        indent="\u3000\u3000",
        body="""
为确保第七届菰城国际风筝节安全有序举办，制定本方案。
一、活动时间地点：4月12日至13日，菰城县白沙滩风筝广场。
二、安全措施
（一）划定放飞区、观众区和停车区，放飞区与高压线保持300米以上距离。
（二）每名放飞选手须配备手套，大型风筝须由3人以上协同放飞。
（三）设置医疗救护点2处，配备救护车1辆。
三、应急处置：遇风力超过6级时，立即停止放飞活动，引导观众有序撤离。
附件：1.风筝节场地平面图
2.应急联络表
""",
    ),
    dict(
        slug="mail-zhenhua-html-glasses-factory-forward",
        site="臻华企业邮箱 网页版 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mail.zhenhua-optical.com/read?mid=20250617-0033",
        title="关于眼镜片车间夏季防暑降温工作的通知",
        record_title="转发：关于眼镜片车间夏季防暑降温工作的通知",
        date="2025-06-16",
        notes="web mail reader: sender/recipient meta, forward header, mail footer",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于眼镜片车间夏季防暑降温工作的通知 - 臻华企业邮箱</title></head>
<body>
<div class="mailbar">⟦m 臻华企业邮箱⟧ ⟦a 回复⟧ ⟦a 回复全部⟧ ⟦a 转发⟧ ⟦a 删除⟧ ⟦a 标记为未读⟧</div>
<div class="head"><p>⟦t 转发：关于眼镜片车间夏季防暑降温工作的通知⟧</p>
<p>⟦m 发件人：生产部 &lt;scb@zhenhua-optical.com&gt;⟧</p>
<p>⟦m 收件人：各车间主任；班组长群组⟧</p>
<p>⟦m 时间：2025年6月17日(星期二) 上午8:31⟧</p></div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 发件人：行政部 主题：关于眼镜片车间夏季防暑降温工作的通知⟧</div>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦d 此邮件仅限公司内部使用，未经许可请勿外传。⟧</div>
</body></html>
""",
        body="""
各车间、各部门：
近期气温持续升高，镜片研磨、镀膜车间温度较高，为保障员工身体健康，现就防暑降温工作通知如下：
一、自6月20日起至9月15日，研磨、镀膜车间实行“做两休一”轮岗，中午12:00至14:00暂停高温岗位作业。
二、行政部每日供应绿豆汤、淡盐水，各车间配备藿香正气水、清凉油等防暑药品。
三、发放高温津贴，标准为每人每月300元，随工资发放。
四、员工如出现头晕、恶心等中暑症状，班组长应立即安排到阴凉处休息，必要时送医。
行政部
2025年6月16日
""",
    ),
    dict(
        slug="mail-fwd-text-quail-coop-letter",
        site="个人邮箱转发 (invented)",
        style="邮件转发",
        genre="书信",
        kind="letter",
        form="text",
        source="mailto:fwd-2025-1102@qq-mail.invalid",
        title="致全体社员的一封信",
        record_title="Fw: 致全体社员的一封信（鹌鹑合作社）",
        date="2025-11-01",
        notes="forwarded mail as text: headers, forward marker, mobile signature; document signature date",
        page="""
!m 发件人: "丁晓岚" <dingxl1988@163mail.invalid>
!m 发送时间: 2025年11月2日 21:14
!m 收件人: 蔺口鹌鹑合作社社员群
!t 主题: Fw: 致全体社员的一封信（鹌鹑合作社）
!m -------- 原始邮件 --------
!m 发件人: 合作社理事会 日期: 2025-11-01
{T}
{BODY}
!a 发自我的手机邮箱
""",
        body="""
各位社员：
今年蛋价走低，不少社员心里着急。理事会经过研究，跟大家说几件事。
第一，合作社已与蔺口两家食品厂签订了鹌鹑蛋加工收购协议，从11月10日起按保护价收购，比市场价每斤高0.3元。
第二，请大家暂缓补栏，等明年春节后行情明朗再说。
第三，11月15日上午在合作社会议室开社员大会，讨论年终分红方案，请每户至少来一人。
困难是暂时的，只要我们抱成团，一定能挺过去。
蔺口鹌鹑养殖专业合作社理事会
2025年11月1日
""",
    ),
    dict(
        slug="oa-zhenyuan-html-fuel-station-approval",
        site="臻源石化协同办公平台 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="html",
        source="http://oa.zhenyuanpetro.local/doc/view.do?id=A2025-0417",
        title="关于更换城南加油站双层油罐的请示",
        record_title=None,
        date="2025-04-17",
        notes="intranet document view: 流转记录 and read counts; document number neutral; 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 协同办公平台</title></head>
<body>
<div class="oa-top">⟦m 臻源石化协同办公平台⟧ ⟦m 当前用户：卜晓军（安全环保部）⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦l 待办事项(3)⟧ ⟦l 已办事项⟧ ⟦l 公文管理⟧ ⟦l 通讯录⟧</div>
<div class="doc"><h2>{T}</h2>
<p>臻源安〔2025〕17号</p>
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-04-17 10:12 拟稿：卜晓军⟧</p><p>⟦l 2025-04-17 15:40 部门审核：同意。严国栋⟧</p></div>
<div class="count">⟦m 已阅 12 人　未阅 3 人⟧</div>
<div class="oa-foot">⟦d 内部资料 注意保密⟧</div>
</body></html>
""",
        body="""
公司领导：
城南加油站现有4座单层钢制油罐于2007年投用，已运行18年。今年3月检测发现2号汽油罐罐壁局部腐蚀减薄，存在渗漏风险。
根据防渗改造有关要求，建议将4座油罐全部更换为双层油罐，并同步安装渗漏在线监测系统，预计费用215万元，施工期间停业约40天。
妥否，请批示。
附件：城南加油站油罐检测报告
安全环保部
2025年4月17日
抄送：财务部，城南加油站。
""",
    ),
    dict(
        slug="oa-lantian-text-pilot-station-weekly",
        site="蓝天通航内网 (invented)",
        style="企业内网",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://intranet.lantian-ga.local/bbs/report/2251",
        title="农林喷洒作业队第四十一周工作周报",
        date="2025-10-10",
        notes="intranet text page; approval stamps and read receipts; wrapped at 60 columns",
        page="""
!m 蓝天通航内网 ▏部门周报
{T}
!m 提交人：运行部 单文韬　提交时间：2025-10-10 17:55　状态：已审批
!m 阅读回执：已读 8 / 应读 9
{BODY}
!l 审批意见：同意。下周注意备降场天气。——运行总监
!d 内网信息，禁止截图外传
""",
        wrap=60,
        body="""
一、本周作业情况
本周完成苜川、荇州两地水稻统防统治喷洒作业5架次，累计作业面积1.86万亩，无不安全事件。
二、存在问题
10月8日因作业区低云，1架次推迟半天；荇州临时起降点跑道边有鸭棚，已协调村委会搬离。
三、下周计划
计划作业6架次，重点完成菖溪县晚稻病虫害防治任务；安排2名飞行员进行夜航复训。
运行部
2025年10月10日
""",
    ),
]
