"""holdout24, part D: download stations (a vegetable wholesale market's testing rules, a
used-car market's fire plan), personnel-exam pages (fire-facility operators, cost engineers),
tender pages (school uniforms, campus CCTV), law firms (a medical-dispute lecture, a land
transfer risk letter), residents' sites (a high-rise littering pledge, dog registration) and
associations (decoration, baking). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="download-veg-market-testing-rules-asp-table",
        site="绿野资料站 (invented ASP download station)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.lvyezl.example.com/soft/down.asp?id=44102",
        title="蔬菜批发市场农药残留快速检测工作制度",
        record_title="蔬菜批发市场农药残留快速检测工作制度（Word可编辑）下载_绿野资料站",
        date="2025-05-12",
        notes="an old ASP file page: a file-info table (size, grade, update time), mirror links, a dead-link report, a hot ranking; the rules speak of printing test results and scanning codes as content",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蔬菜批发市场农药残留快速检测工作制度（Word可编辑）下载_绿野资料站</title></head><body>
<table width="980"><tr><td>⟦m 绿野资料站 — 免费实用文档下载⟧</td><td>⟦a 收藏本站⟧</td></tr></table>
<table width="980"><tr><td>⟦m 当前位置：首页 &gt;&gt; 规章制度 &gt;&gt; 市场管理⟧</td></tr></table>
<table class="info" width="700">
<tr><td>⟦m 资料名称：蔬菜批发市场农药残留快速检测工作制度⟧</td></tr>
<tr><td>⟦m 文件大小：27 KB　资料等级：★★★★　更新时间：2025-05-20⟧</td></tr>
<tr><td>⟦a 下载地址：电信下载一　联通下载二　本地高速下载⟧</td></tr>
<tr><td>⟦a 下载出错？点此报告⟧</td></tr></table>
<table width="700"><tr><td><b>资料简介：</b></td></tr><tr><td>
{BODY}
</td></tr></table>
<table width="260"><tr><td>⟦l 本类下载排行⟧</td></tr><tr><td>⟦l 农贸市场管理制度汇编⟧</td></tr><tr><td>⟦l 食品快检室建设标准⟧</td></tr></table>
<table width="980"><tr><td align="center">⟦d 本站资料来自网络收集，仅供学习交流，版权归原作者⟧<br>⟦m 绿野资料站 Copyright 2008-2025　粤ICP备08112671号⟧</td></tr></table>
</body></html>
""",
        body="""
一、市场设立农药残留快速检测室，配备专职检测员两名，检测员须经培训合格后上岗。
二、每日对入场蔬菜进行抽样检测，叶菜类抽检批次不少于入场批次的百分之十。
三、检测结果当日打印后在市场公示栏公示，消费者也可扫描摊位上的二维码查询检测结果。
四、检测不合格的蔬菜立即停止销售，就地封存，并报县市场监管局依法处置。
五、检测记录保存期限不少于两年。
樟汀市北郊蔬菜批发市场有限公司
2025年5月12日
""",
    ),
    dict(
        slug="download-usedcar-fire-plan-doc-wrapped-markers",
        site="文件宝下载 (invented)",
        style="资料下载站",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://www.wenjianbao.example.net/doc/yjya/20250611/7702.html",
        title="二手车交易市场消防安全应急预案",
        record_title="二手车交易市场消防安全应急预案.doc",
        date=None,
        notes="a .doc file name; text hard-wrapped at 66 columns and cut by ⎡N⎦ markers glued to the continuation line; an update stamp and a download-count line are no dates; no date in the plan",
        wrap=66,
        pages=dict(fmt="⎡{n}⎦", every=170, start=2, glue=True),
        page="""
!m 文件宝下载　|　应急预案频道
!t 二手车交易市场消防安全应急预案.doc
!m 文件类型：doc　｜　更新：2025-06-11　｜　下载次数：318
!a 【立即下载】 【加入下载篮】
{BODY}
!a 预览仅显示部分内容，下载后可查看完整文档
!l 上一个：汽车维修厂安全生产责任制　下一个：停车场突发事件处置方案
!d 文件宝所收录资料均由用户上传，若有侵权请来信告知
""",
        body="""
一、总则
为有效预防和处置市场内火灾事故，最大限度减少人员伤亡和财产损失，结合市场实际，制定本预案。
二、组织机构
市场成立消防应急指挥部，市场经理任总指挥，下设灭火行动组、疏散引导组、通讯联络组和安全救护组。
三、处置程序
发现火情后，第一发现人应立即呼喊报警，使用就近灭火器扑救初起火灾，并拨打119报警。灭火行动组接到指令后三分钟内到达现场，疏散引导组负责将展厅和停车区人员疏散至东侧空地。
四、日常演练
市场每半年组织一次消防应急演练，演练结束后进行总结评估，修订完善本预案。
""",
    ),
    dict(
        slug="exam-fire-operator-admission-html",
        site="樟汀市职业技能鉴定考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ztjnjd.example.cn/kwgg/2025/1103/1207.html",
        title="关于2025年第四期消防设施操作员职业技能等级认定考试的通知",
        record_title="【考务公告】关于2025年第四期消防设施操作员职业技能等级认定考试的通知",
        date="2025-11-03",
        notes="an exam portal: login box, announcement nav, a 发布日期 line, an exam timetable, sentences telling candidates to print the admission ticket and scan a code kept; a technical-support line in the footer beside the notice's 咨询电话",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】关于2025年第四期消防设施操作员职业技能等级认定考试的通知</title></head><body>
<div class="top">⟦m 樟汀市职业技能鉴定考试网⟧　⟦a 考生登录⟧　⟦a 机构登录⟧</div>
<div class="nav">⟦l 首页　考务公告　成绩查询　证书查询　政策法规⟧</div>
<div class="here">⟦m 您的位置：首页 / 考务公告⟧</div>
<h1>⟦t 关于2025年第四期消防设施操作员职业技能等级认定考试的通知⟧</h1>
<div class="date">⟦m 发布日期：2025-11-03　浏览：6120⟧</div>
<div class="txt">
{BODY}
</div>
<div class="ft">⟦m 技术支持电话：400-806-2210（系统问题）⟧<br>⟦m 主办：樟汀市职业技能鉴定指导中心　闽ICP备13009921号⟧</div>
</body></html>
""",
        body="""
各培训机构、各位考生：
2025年第四期消防设施操作员职业技能等级认定考试定于11月下旬举行。现将有关事项通知如下。
一、考试时间
科目　　日期　　时间
理论知识　　11月22日　　9:00-10:30
技能操作　　11月23日至24日　　按准考证时间
二、准考证打印
考生请于11月18日至21日登录本网站打印准考证，考试当天须携带准考证和身份证原件。
三、考场要求
考生须提前三十分钟到达考点，进入考点时扫描场所码登记。
咨询电话：0591-83226011（鉴定指导中心考务科）。
樟汀市职业技能鉴定指导中心
2025年11月3日
""",
    ),
    dict(
        slug="exam-cost-engineer-review-byline-only",
        site="栌阳人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.lyrsks.example.gov.cn/html/zgks/2025/0704/55.html",
        title="2025年度一级造价工程师职业资格考试资格审核公告",
        date="2025-07-04",
        notes="only a 发布日期 line dates the page (no signature date); a review-site table; a URL and e-mail of the authority kept; a 'related links' list and an accessibility row",
        page="""
!a 无障碍　　关怀版　　简体/繁體
!m 栌阳人事考试信息网
!m 首页 >> 资格考试 >> 考试公告
!t 2025年度一级造价工程师职业资格考试资格审核公告
!m 发布日期：2025-07-04　　信息来源：考试中心
{BODY}
!l 相关链接：中国人事考试网　｜　省人事考试网　｜　考生常见问题
!m 栌阳市人事考试中心　地址：栌阳市人民路20号
""",
        body="""
根据有关规定，2025年度一级造价工程师职业资格考试实行考后资格审核。现将有关事项公告如下。
一、审核对象：考试成绩合格、需进行资格审核的全部考生。
二、审核方式：考生登录审核系统（http://zjs.lyrsks.example.gov.cn）上传学历证书、工作年限证明等材料，线上审核不通过的须到现场审核。
三、现场审核安排：
日期　　地点
8月11日　　市人事考试中心一楼大厅
8月12日　　市人事考试中心一楼大厅
四、考生对审核结果有异议的，可发送邮件至lyrsks_zg@example.cn说明情况。
""",
    ),
    dict(
        slug="tender-school-uniform-procurement-html",
        site="柽原县政府采购服务平台 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://zfcg.chengyuan.example.gov.cn/cggg/2025/0612/CY-2025-0318.html",
        title="柽原县第一中学学生校服采购项目公开招标公告",
        record_title="柽原县第一中学学生校服采购项目公开招标公告_采购公告_柽原县政府采购服务平台",
        date="2025-06-12",
        notes="a procurement platform: CA/login bar, notice nav, a 发布时间 line (the date), a lots table, purchaser and agency contacts kept beside the platform's CA hotline; a bid-document download button",
        page="""
<html><head><meta charset="utf-8"><title>柽原县第一中学学生校服采购项目公开招标公告_采购公告_柽原县政府采购服务平台</title></head><body>
<div class="bar">⟦a 供应商登录⟧ ⟦a 专家登录⟧ ⟦m CA办理热线：400-100-8822⟧</div>
<div class="logo">⟦m 柽原县政府采购服务平台⟧</div>
<div class="menu">⟦l 采购公告　更正公告　中标公告　合同公示　政策法规⟧</div>
<h2>⟦t 柽原县第一中学学生校服采购项目公开招标公告⟧</h2>
<div class="meta">⟦m 发布时间：2025-06-12 10:05:33　项目编号：CY-2025-0318⟧</div>
<div class="notice">
{BODY}
</div>
<div class="dl">⟦a 下载招标文件（需CA登录）⟧</div>
<div class="ft">⟦d 本平台发布的信息由采购人或代理机构负责，平台不承担法律责任⟧<br>⟦m 柽原县财政局监制⟧</div>
</body></html>
""",
        body="""
项目概况：柽原县第一中学学生校服采购项目的潜在供应商应在平台获取招标文件，并于2025年7月3日9时30分前递交投标文件。
一、采购需求
包号　　品目　　数量（套）　　最高限价（元/套）
1　　夏季校服　　2400　　160
2　　冬季校服　　2400　　320
二、供应商资格要求：具有独立承担民事责任的能力，所投产品须提供第三方检测机构出具的质量检测报告。
三、开标时间和地点：2025年7月3日9时30分，柽原县公共资源交易中心第二开标室。
四、联系方式
采购人：柽原县第一中学，联系人：杜老师，电话：0745-6612031。
代理机构：湘诚项目管理有限公司，联系人：汤俊，电话：0745-6630288。
""",
    ),
    dict(
        slug="tender-campus-cctv-bid-result",
        site="榉川公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://ggzy.juchuan.example.gov.cn/jyxx/zbgs/2025/0826/6618.html",
        title="榉川县中小学校园安防监控系统升级项目中标结果公告",
        record_date="2025-08-26",
        date="2025-08-26",
        notes="a bid-result page: a winner table, a complaint clause, the agency's date at the end; a 'notice type' row, a view counter, a font-size row and footer chrome",
        page="""
!m 榉川公共资源交易网 · 交易信息 · 政府采购 · 中标公告
!t 【中标公告】榉川县中小学校园安防监控系统升级项目中标结果公告
!m 信息时间：2025-08-26　　阅读次数：187
!a 【字体：小 中 大】　【关闭】
{BODY}
!l 同类公告：县人民医院停车场改造工程中标候选人公示
!m 榉川县公共资源交易中心　地址：行政服务中心四楼　邮编：422800
""",
        body="""
一、项目编号：JC-ZFCG-2025-117
二、项目名称：榉川县中小学校园安防监控系统升级项目
三、中标信息
包号　　中标供应商　　中标金额（万元）
1　　榉川安视科技有限公司　　218.6
2　　湘南智联信息工程有限公司　　176.3
四、公告期限：自本公告发布之日起一个工作日。
五、各有关当事人对中标结果有异议的，可在公告期限届满之日起七个工作日内以书面形式提出质疑。
采购代理机构：榉川县衡正招标代理有限公司
2025年8月26日
""",
    ),
    dict(
        slug="lawfirm-medical-dispute-lecture-html",
        site="仁衡律师事务所 (invented, medical-dispute law firm)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.renheng-law.example.com/insights/2025/medical-evidence.html",
        title="医疗纠纷中患方如何依法保全证据",
        record_title="律师说法丨医疗纠纷中患方如何依法保全证据 - 仁衡律师事务所",
        date="2025-03-27",
        notes="a law-firm template: a consult hotline bar, nav, a speaker line and a date under the title (neutral, the expected date), a 'free consultation' box between paragraphs, a disclaimer and footer with 执业许可证号",
        page="""
<html><head><meta charset="utf-8"><title>律师说法丨医疗纠纷中患方如何依法保全证据 - 仁衡律师事务所</title></head><body>
<div class="hotline">⟦w 免费法律咨询：400-778-1210⟧</div>
<div class="brand">⟦m 仁衡律师事务所　专注医疗损害责任纠纷⟧</div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 律师团队⟧</li><li>⟦l 典型案例⟧</li><li>⟦l 律师说法⟧</li><li>⟦l 联系我们⟧</li></ul>
<h1>⟦t 医疗纠纷中患方如何依法保全证据⟧</h1>
<p class="speaker">——在樟汀市老年大学法治讲座上的讲稿　主讲：仁衡所合伙人 邝文</p>
<p class="speaker">2025年3月27日</p>
<div class="post">
{BODY}
</div>
<div class="disc">⟦d 本文仅为普法讲座内容，不构成对具体案件的法律意见⟧</div>
<div class="ft">⟦m 律所执业许可证号：31350000MD0188211X　地址：樟汀市五一中路88号⟧</div>
</body></html>
""",
        body="""
各位老同志，大家好！今天和大家聊聊看病遇到纠纷时，怎样依法保存好证据。
第一，病历是最重要的证据。患者有权复制门诊病历、住院志、检验报告、医学影像资料等，出院时最好一次复印齐全。
第二，发生争议后可以要求封存病历。封存应当在医患双方在场的情况下进行，封存的病历由医院保管，复印件可以由双方签字确认。
⟦w 遇到医疗纠纷不知怎么办？点击右侧在线咨询，律师一对一解答⟧
第三，疑似输液、输血、注射、药物引起不良后果的，双方应当共同对现场实物进行封存和启封。
第四，协商和调解时注意保留聊天记录、录音等材料，不要轻易签署放弃权利的文件。
希望大家用不上这些知识，但真遇到了，一定要依法理性维权。
""",
    ),
    dict(
        slug="lawfirm-land-transfer-risk-letter",
        site="田正律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.tianzhenglaw.example.cn/news/2025/0416/209.html",
        title="关于农村土地经营权流转的法律风险提示函",
        record_title="【法律风险提示】关于农村土地经营权流转的法律风险提示函_田正律师事务所",
        date="2025-04-16",
        notes="a firm's risk letter with the firm's signature date; a 'contact our lawyers' prompt glued after a sentence, a WeChat id line below, a tags row and footer",
        page="""
!m 田正律师事务所｜三农法律服务
!m 首页 > 律所动态 > 法律风险提示
!t 【法律风险提示】关于农村土地经营权流转的法律风险提示函
!m 编辑：律所办公室　2025-04-16　阅读 531
{BODY}
!w 律师微信：tz_lawyer_888（添加请注明“土地流转”）
!l 标签：土地流转　合同纠纷　乡村振兴
!d © 田正律师事务所 版权所有，转载请注明出处
""",
        body="""
各村股份经济合作社、各家庭农场和种植大户：
近年来，我所代理的土地经营权流转纠纷案件逐年增多。为帮助各方防范法律风险，现就有关问题提示如下。
一、流转应当签订书面合同，明确流转面积、期限、价款、支付方式和土地用途，流转期限不得超过承包期的剩余期限。
二、受让方不得改变土地的农业用途，不得破坏农业综合生产能力和农业生态环境。⟦w 如需审查流转合同，欢迎致电本所三农法律服务部。⟧
三、流转价款宜约定按年支付，并约定粮价大幅波动时的调整方式。
四、发生纠纷的，可以通过协商、村民委员会调解或者农村土地承包仲裁委员会仲裁等方式解决。
田正律师事务所
2025年4月16日
""",
    ),
    dict(
        slug="community-highrise-littering-pledge-html",
        site="樟汀市枫林社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="letter",
        form="html",
        source="http://www.fenglinsq.example.cn/tzgg/2025/0909/71.html",
        title="拒绝高空抛物 守护头顶安全倡议书",
        record_title=None,
        date="2025-09-09",
        notes="a residents' site: a 'service guide' nav, a 'grid member on duty' box between paragraphs, the community's own report line kept beside the property's service line in the footer",
        page="""
<html><head><meta charset="utf-8"><title>拒绝高空抛物 守护头顶安全倡议书｜枫林社区</title></head><body>
<div class="top">⟦m 枫林社区居民之家⟧</div>
<div class="nav">⟦l 社区动态　办事指南　网格服务　志愿者之家　居民议事⟧</div>
<h2>⟦t 拒绝高空抛物 守护头顶安全倡议书⟧</h2>
<div class="info">⟦m 发布：社区居委会　日期：2025-09-09　浏览：402⟧</div>
<div class="con">
{BODY}
</div>
<div class="ft">⟦m 物业服务中心：0591-87201133（8:00-20:00）⟧<br>⟦m 枫林社区居委会　地址：枫林路12号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
高空抛物被称为“悬在城市上空的痛”。近期，我社区多个小区发生高空抛物事件，严重威胁居民生命财产安全。为此，社区居委会向全体居民发出如下倡议。
一、从我做起，不从窗口、阳台向外抛掷任何物品。
二、管好家人，教育孩子不往楼下扔东西。
⟦m 今日值班网格员：陈姐　联系方式见楼道公示牌⟧
三、清理阳台，及时固定或移除花盆等易坠落物品。
四、发现高空抛物行为，请及时向社区反映，举报电话：0591-87205520。
让我们共同守护头顶上的安全！
枫林社区居民委员会
2025年9月9日
""",
    ),
    dict(
        slug="community-dog-registration-cn-date",
        site="榛川县河东社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hedongsq.zc.example.cn/news/1203.html",
        title="关于开展养犬登记和狂犬病免疫工作的通知",
        record_title=None,
        date="2025-04-01",
        notes="no record title; a residents' page with a weather line and a 'services' row at the top, a notice signed with a date in Chinese numerals, a 'previous/next' pair and a residents' message box",
        page="""
!m 河东社区服务网　　今天是：星期二　晴 18℃
!a 居民登录　｜　在线办事　｜　我要留言
{T}
!m 来源：社区居委会　　点击：167
{BODY}
!l 上一篇：关于开展夏季消防安全检查的通知
!l 下一篇：社区老年人免费体检安排
!l 居民留言（0）　暂无留言，快来抢沙发吧
!m 河东社区居民委员会　联系电话：0797-4410206
""",
        body="""
辖区各位居民：
为规范养犬行为，预防狂犬病发生，社区将联合县动物疫病预防控制中心开展养犬登记和狂犬病免疫工作。现将有关事项通知如下。
一、时间：4月8日至4月12日，每天上午九点至十一点半。
二、地点：社区广场东侧。
三、要求：养犬居民须携带身份证和犬只到现场登记，免费注射狂犬病疫苗并领取犬牌。烈性犬、大型犬一律禁止饲养。
四、外出遛犬须束犬链，及时清理犬只粪便。
河东社区居民委员会
二〇二五年四月一日
""",
    ),
    dict(
        slug="assoc-decoration-member-meeting-report-html",
        site="樟汀市建筑装饰协会 (invented)",
        style="行业协会",
        genre="工作报告",
        kind="report",
        form="html",
        source="https://www.ztzsxh.example.org.cn/xhdt/2025/0118/302.html",
        title="樟汀市建筑装饰协会2024年工作报告",
        date="2025-01-16",
        notes="an association template: member login, nav, a 'join us' sidebar, a speaker line and a date under the title (neutral, the expected date); a 'download the membership form' button; a 会员服务热线 in the footer",
        page="""
<html><head><meta charset="utf-8"><title>【协会动态】樟汀市建筑装饰协会2024年工作报告</title></head><body>
<div class="top">⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="logo">⟦m 樟汀市建筑装饰协会⟧</div>
<div class="nav">⟦l 协会概况　协会动态　行业资讯　会员风采　诚信建设　联系我们⟧</div>
<h1>⟦t 樟汀市建筑装饰协会2024年工作报告⟧</h1>
<p>——在协会第四届会员大会第三次会议上</p>
<p>会长　费国栋</p>
<p>（2025年1月16日）</p>
<div class="con">
{BODY}
</div>
<div class="side">⟦l 加入协会 享受会员六大服务⟧　⟦a 下载入会申请表⟧</div>
<div class="ft">⟦m 会员服务热线：0591-83356688⟧　⟦m 闽ICP备18001277号⟧</div>
</body></html>
""",
        body="""
各位会员代表：
我受协会第四届理事会委托，向大会报告2024年工作，请予审议。
一、2024年主要工作
一是加强行业自律。修订《会员诚信经营公约》，开展“放心装修”企业评选，公布首批诚信企业四十六家。
二是开展技能培训。联合市人社部门举办装饰工、油漆工职业技能培训十二期，培训一千一百余人次。
三是化解装修纠纷。协会调解委员会全年受理业主投诉一百零三件，调解成功八十九件。
二、2025年工作安排
新的一年，协会将重点推进绿色装修和适老化改造，建立会员企业信用档案，更好地服务会员、服务行业。
""",
    ),
    dict(
        slug="assoc-baking-mooncake-packaging-pledge",
        site="樟汀市焙烤食品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.ztbkxh.example.org/news/2025/0806/44.html",
        title="关于月饼反对过度包装的倡议书",
        record_title="【行业自律倡议】关于月饼反对过度包装的倡议书",
        date="2025-08-06",
        notes="an association page: a member-count slogan line, a 'share' row and a 'join us' call between paragraphs, the pledge's own report mailbox kept; footer with address",
        page="""
!m 樟汀市焙烤食品行业协会　｜　会员单位 212 家
!m 协会首页 » 通知公告
!t 【行业自律倡议】关于月饼反对过度包装的倡议书
!m 发布人：秘书处　　2025-08-06 11:20
{BODY}
!a 分享：微信　｜　微博　｜　复制链接
!m 协会地址：樟汀市工业路7号食品产业园B座　电话：0591-83012256
""",
        body="""
全市各焙烤食品生产经营企业：
中秋佳节将至，月饼生产销售进入旺季。为落实限制商品过度包装的有关规定，协会向全体会员单位发出如下倡议。
一、严格执行月饼包装国家标准，包装层数不超过三层，包装成本不超过产品出厂价格的百分之十五。
二、不使用贵金属、红木等贵重材料制作包装，不将月饼与高价值商品搭配销售。
⟦a 还不是会员？点击加入协会，享受行业资讯推送⟧
三、推广简约包装和可循环包装，引导消费者理性消费。
四、欢迎社会各界监督，发现过度包装问题可发送邮件至ztbk_zl@example.org。
樟汀市焙烤食品行业协会
2025年8月6日
""",
    ),
]
