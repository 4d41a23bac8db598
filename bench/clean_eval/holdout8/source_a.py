"""Blind part holdout8, source A: a 范文 site, a PDF-to-HTML converter, a court's
judgment-publication page, a procuratorate, a statistics bureau's release, a weather
warning, a hospital's patient notice, a kindergarten's letter to parents, a village
committee's 村务公开 board, a 12345 hotline reply, a public-resource trading centre, a port
authority, a railway bureau, a bank, a securities-exchange disclosure viewer, a graduate
school and a vocational college. Everything is invented (places, people, sites, URLs,
numbers, chrome wording); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-mobige-speech-glued-contact",
        site="墨笔阁范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.mobige.example.com/jianghua/20250312/4471.html",
        title="在全县春季植树造林动员会上的讲话",
        record_title="【精编】在全县春季植树造林动员会上的讲话（通用3篇）",
        date="2025-03-12",
        notes="decorated record title; date under the speech title; a writing-service prompt glued after a 。; a related box on its own line between paragraphs; copy button and a rights footer",
        page="""
!m 墨笔阁范文 › 讲话稿 › 动员讲话
!t 【精编】在全县春季植树造林动员会上的讲话（通用3篇）
!a 一键复制全文　｜　存为文档
县长　韦景川
（2025年3月12日）
{BODY}
!l 猜你想写：在全县秋冬季造林工作推进会上的讲话
!d 墨笔阁所收范文均来自会员投递，著作权归原作者，如有侵权烦请来函删改。
""",
        body="""
同志们：
今天召开全县春季植树造林动员会，主要任务是部署今年国土绿化工作，动员全县上下迅速行动起来。
去年，全县完成人工造林一万二千亩，森林覆盖率提高到百分之六十一点四。⟦w 材料定制、原创撰稿请添加编辑微信 mbg_xz2025⟧
⟦l 同类精选：乡镇植树节活动讲话稿十篇⟧
今年全县计划完成造林一万五千亩，各乡镇要把任务分解到村、落实到山头地块。
要坚持适地适树，优先选用乡土树种，确保栽一棵、活一棵、成林一片。
同志们，植树造林功在当代、利在千秋，希望大家真抓实干，确保全面完成今年的目标任务。
""",
    ),
    dict(
        slug="pdfconv-zhuanbao-summary-triple-bar-markers",
        site="转宝PDF在线转换 (invented)",
        style="文库预览",
        genre="总结",
        kind="summary",
        form="text",
        source="https://pdf.zhuanbao.example.net/view/8f21c0a7",
        title="2024年度岫泉县农机服务中心工作总结",
        record_title="2024年度岫泉县农机服务中心工作总结.pdf",
        date=None,
        notes="file-name title; a converter page, wrapped at 64 columns and cut by ≡ N ≡ markers (glued or on their own line); conversion banner and a preview-end prompt; no date (a year in the title is no date)",
        wrap=64,
        indent="　　",
        pages=dict(fmt="≡ {n} ≡", every=90, start=2, glue="mix"),
        page="""
!m 转宝PDF在线转换 · 预览模式
!a 转换为Word　转换为图片　全部下载(1.2MB)
!t 2024年度岫泉县农机服务中心工作总结.pdf
{BODY}
!a 免费预览到此为止，领取转换券可继续查看后续页面
!w 转换出错？联系在线客服 扣扣 2881xx0417
!d 本页内容由用户上传文件自动转换生成，排版可能与原件存在差异。
""",
        body="""
2024年，县农机服务中心在县农业农村局的领导下，围绕粮食生产全程机械化目标，扎实开展各项工作，全年任务基本完成。
一、农机购置补贴有序推进。全年共受理补贴申请一千三百四十二份，兑付补贴资金八百零六万元，受益农户一千一百余户。
二、农机安全生产形势平稳。开展拖拉机、联合收割机检验两轮，检验率达到百分之九十五，全年未发生较大农机事故。
三、技术培训覆盖面扩大。举办机手培训班十一期，培训机手六百二十人次，发放操作手册两千册。
存在的问题主要是丘陵山区适用机具少，社会化服务组织规模偏小，下一步将着力加以解决。
""",
    ),
    dict(
        slug="court-lanpo-notice-judgment-page",
        site="琅陂县人民法院 裁判文书公开 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://lpfy.example.gov.cn/cpws/gg/2025/0408/1903.html",
        title="关于公开送达执行通知书的公告",
        record_date="2025-04-08",
        date="2025-04-08",
        notes="record date; a court's publication page with font-size buttons, a view counter, a 上一条/下一条 pair under the text, a document number line (neutral); the 承办人 and 联系电话 of the notice stay in the body",
        page="""
!m 琅陂县人民法院 ＞ 审判公开 ＞ 裁判文书公开 ＞ 公告送达
!t 关于公开送达执行通知书的公告
!a 字号：放大　缩小　默认　　【关闭本页】
!m 公开时间：2025-04-08 10:22　被查阅：317次
（2025）琅执字第216号
{BODY}
!l 上一条：关于拍卖被执行人名下车辆的公告
!l 下一条：关于开展执行款集中发放的通知
!m 院址：琅陂县府前大道99号　诉讼服务热线：0712-3360100
""",
        body="""
柯某生、柯某英：
本院受理的申请执行人琅陂县信达小额贷款有限公司与你们借款合同纠纷一案，因你们下落不明，依法向你们公告送达执行通知书、报告财产令。
自本公告发出之日起经过六十日即视为送达。你们应当自送达之日起五日内履行生效法律文书确定的义务，并如实申报财产。
逾期不履行的，本院将依法强制执行。
承办人：闵法官，联系电话：0712-3360247。
琅陂县人民法院
二〇二五年四月八日
""",
    ),
    dict(
        slug="procuratorate-yunze-bulletin-html",
        site="漪泽市人民检察院 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.yzjcy.example.gov.cn/jwgk/2025/0617/302.html",
        title="关于2025年上半年检察机关办理公益诉讼案件情况的通报",
        record_title="关于2025年上半年检察机关办理公益诉讼案件情况的通报_漪泽市人民检察院",
        date="2025-06-17",
        notes="HTML; site-suffixed record title; date only in the 成文日期 at the end; a 'listen to this article' action and a QR prompt in the sidebar; a data table one row a paragraph; the hotline 12309 in the footer",
        page="""
<html><head><meta charset="utf-8"><title>关于2025年上半年检察机关办理公益诉讼案件情况的通报_漪泽市人民检察院</title></head><body>
<div class="top">⟦m 漪泽检察 · 守护公益⟧</div>
<div class="nav">⟦m 检务公开 / 案件信息 / 通报⟧</div>
<h1>⟦t 关于2025年上半年检察机关办理公益诉讼案件情况的通报⟧</h1>
<div class="tools">⟦a 朗读本文⟧ ⟦a 纠错⟧</div>
<div class="article">
{BODY}
</div>
<aside><p>⟦a 扫一扫，在手机上阅读本页⟧</p><p>⟦l 检察动态⟧</p><p>⟦l 市检察院召开党组理论学习中心组会议⟧</p></aside>
<div class="foot">⟦m 12309检察服务中心　主办：漪泽市人民检察院⟧<br>⟦d 未经授权，禁止转载本网原创内容⟧</div>
</body></html>
""",
        body="""
各县（市、区）人民检察院，市院各部门：
2025年上半年，全市检察机关共立案办理公益诉讼案件二百一十四件，现将有关情况通报如下。
领域｜立案数｜发出检察建议数
生态环境和资源保护｜96｜71
食品药品安全｜52｜40
国有财产保护｜38｜25
其他领域｜28｜19
从通报情况看，个别院案件质量不高、跟进监督不到位，要认真查找原因，切实加以整改。
漪泽市人民检察院
2025年6月17日
""",
    ),
    dict(
        slug="stats-heting-release-table",
        site="鹤汀区统计局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://tjj.heting.example.gov.cn/tjsj/tjgb/202507/t20250721_5520.html",
        title="2025年上半年鹤汀区经济运行情况",
        record_title="2025年上半年鹤汀区经济运行情况",
        date="2025-07-21",
        notes="date only on a 发布时间 line of the page; a statistics release with a data table (one row a paragraph) and a note on decimal figures; data-download links (site action) on their own line; an 指标解释 link",
        page="""
!m 鹤汀区统计局 | 统计数据 | 统计公报
!t 2025年上半年鹤汀区经济运行情况
!m 发布时间：2025年07月21日　　来源：综合核算科　　【字体：大 中 小】
{BODY}
!a 附表数据：Excel格式下载　CSV格式下载
!l 指标解释 ｜ 往期数据查询
!m 鹤汀区统计局版权所有　地址：鹤汀区滨湖东路18号
""",
        body="""
上半年，全区经济运行总体平稳、稳中有进。
根据地区生产总值统一核算结果，上半年全区实现地区生产总值三百二十六点八亿元，按不变价格计算，同比增长百分之五点六。
指标｜绝对值｜同比增长（%）
规模以上工业增加值（亿元）｜98.4｜6.1
固定资产投资（亿元）｜—｜4.3
社会消费品零售总额（亿元）｜141.7｜5.2
注：表中增速按可比价计算，部分数据因四舍五入，存在总计与分项合计不等的情况。
""",
    ),
    dict(
        slug="weather-qingya-warning-missing-title",
        site="菁崖县气象台 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://qx.jingya.example.gov.cn/yjxx/20250803/0912.html",
        title="菁崖县气象台发布暴雨橙色预警信号",
        record_title=None,
        date="2025-08-03",
        notes="no record title: the title is the page's heading; warning page with an icon caption, a 'subscribe to warnings' prompt glued after a 。, and a share bar; date from an 发布时间 line",
        page="""
!m 菁崖气象 · 预警信息
{T}
!m 发布单位：菁崖县气象台　发布时间：2025-08-03 09:12
!m [图标] 暴雨橙色
{BODY}
!l 分享到： 朋友圈 ｜ 微博 ｜ 复制链接
!m 菁崖县气象台　值班电话：0736-5212121
""",
        body="""
菁崖县气象台2025年8月3日9时12分发布暴雨橙色预警信号：预计未来六小时内，我县中部和南部乡镇累计降雨量将达八十毫米以上。⟦a 关注“菁崖气象”即可免费订阅预警短信⟧
防御指南：
1.政府及相关部门按照职责做好防暴雨应急工作；
2.切断有危险的室外电源，暂停户外作业；
3.处于危险地带的单位应当停课、停业，采取专门措施保护已到校学生、幼儿和其他上班人员的安全。
""",
    ),
    dict(
        slug="hospital-yuanzhu-outpatient-notice-scan",
        site="沅渚市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yzeyy.example.com/news/tzgg/1184.html",
        title="关于调整端午节期间门诊时间的通知",
        record_title="【患者须知】关于调整端午节期间门诊时间的通知",
        date=None,
        notes="HTML; decorated record title; the notice itself tells patients to scan the hospital's code to book (kept), the page's own 'scan to follow' box is chrome; the notice's own 咨询电话 kept, the hospital's switchboard in the footer chrome; no date anywhere",
        page="""
<html><head><meta charset="utf-8"><title>关于调整端午节期间门诊时间的通知 - 沅渚二院</title></head><body>
<header>⟦m 沅渚市第二人民医院　三级乙等综合医院⟧</header>
<nav>⟦m 医院首页 » 患者服务 » 通知公告⟧</nav>
<h2>⟦t 【患者须知】关于调整端午节期间门诊时间的通知⟧</h2>
<div class="cnt">
{BODY}
</div>
<div class="qr">⟦a 微信扫码关注“沅渚二院”服务号，挂号缴费更方便⟧</div>
<div class="ft">⟦m 总机：0745-2286000　急诊：0745-2286120⟧<br>⟦m 湘ICP备2020041187号-1⟧</div>
</body></html>
""",
        body="""
广大患者朋友：
端午节期间，我院门诊时间调整如下：5月31日上午正常开诊，下午及6月1日全天开设节日门诊，6月2日起恢复正常。
急诊、发热门诊二十四小时开放。
患者可扫描门诊大厅张贴的二维码或登录医院小程序提前预约，就诊时请携带身份证和医保卡。
咨询电话：0745-2286035（门诊办公室）。
""",
    ),
    dict(
        slug="kindergarten-xinghe-parents-letter",
        site="芫湖县星禾幼儿园 (invented)",
        style="教育门户",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.xinghe-yey.example.cn/jiayuan/2025/xinxi/77.html",
        title="致全园家长的一封信",
        record_title=None,
        date="2025-09-01",
        notes="no record title (the heading is the title); a letter to parents with a 家园共育 breadcrumb and a like counter; signature and date at the end; asks parents to download and print a health card (body); a class photo caption between paragraphs",
        page="""
!m 星禾幼儿园 > 家园共育 > 园所通知
{T}
!m 作者：园办　点赞 36　阅读 812
{BODY}
!l ← 返回家园共育
!d 本站图片均为本园活动实拍，请勿擅自转载使用。
""",
        body="""
亲爱的家长朋友们：
新学期开始了，为帮助孩子们尽快适应幼儿园生活，我们向各位家长提出以下几点建议。
一是请按时接送孩子，入园时间为早上七点四十分至八点二十分。
⟦m （图：中二班小朋友开学第一天）⟧
二是请从班级群下载《幼儿健康情况登记卡》，打印填写后于9月5日前交给班主任。
三是请每天与孩子聊一聊幼儿园里的事，多鼓励、少比较。
感谢您的理解与支持！
星禾幼儿园
2025年9月1日
""",
    ),
    dict(
        slug="village-caowu-cunwu-board-table",
        site="桑坞县蓼滩镇柳岸村村务公开栏 (invented)",
        style="社区网站",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.liaotan.example.gov.cn/cwgk/liuan/2025q2.html",
        title="柳岸村2025年第二季度村级财务收支公开",
        record_title="柳岸村2025年第二季度村级财务收支公开",
        record_date="2025-07-10",
        date="2025-07-10",
        notes="record date; 村务公开 board page with a 监督电话 of the town in the footer (chrome) and the village's own 监督小组 contact kept in the body; expense table one row a paragraph; 抄报 line",
        page="""
!m 蓼滩镇人民政府网 ＞ 村务公开 ＞ 柳岸村
!t 柳岸村2025年第二季度村级财务收支公开
!m 公开日期：2025-07-10　公开期限：30天
{BODY}
!m 镇纪委监督举报电话：0739-7751012
!l 其他村：柳塘村　石桥村　新屋村
""",
        body="""
根据村务公开有关规定，现将本村2025年第二季度财务收支情况公开如下，接受全体村民监督。
项目｜金额（元）
上级转移支付收入｜86,000
村集体资产发包收入｜42,500
办公及村干部补贴支出｜51,200
道路维修支出｜38,760
本季度结余｜38,540
村民对公开内容有疑问的，可向村务监督委员会反映，联系人：付明德，电话：13974401188。
柳岸村民委员会
柳岸村务监督委员会
抄报：蓼滩镇农村经营管理站
""",
    ),
    dict(
        slug="hotline12345-zhilin-reply-glued-satisfaction",
        site="槿城市12345政务服务便民热线 (invented)",
        style="问答社区",
        genre="函",
        kind="other",
        form="text",
        source="https://12345.jincheng.example.gov.cn/reply/2025/0915/A883120.html",
        title="关于芷林小区加装电梯补贴申请进度的答复",
        record_title="关于芷林小区加装电梯补贴申请进度的答复",
        date="2025-09-15",
        notes="date only on a 答复时间 line; a hotline reply page: the citizen's question and the office's answer, a satisfaction rating prompt glued at the end of the reply, a ticket number (meta), a 'my question' button",
        page="""
!m 槿城12345 › 诉求公开 › 城乡建设
!a 我要提问　　我要查询
!t 关于芷林小区加装电梯补贴申请进度的答复
!m 工单编号：JC20250908-00417　　诉求类型：咨询
!m 答复单位：槿城市住房和城乡建设局　答复时间：2025-09-15
{BODY}
!l 相似诉求：老旧小区改造何时开工？
!l 相似诉求：电梯维保费用如何分摊？
""",
        body="""
来信人您好：
您反映的芷林小区3栋加装电梯补贴申请进度问题，经核查，该项目已于8月底通过竣工验收，补贴资料已报市财政局审核。
按照我市既有住宅加装电梯补贴办法，审核通过后将在二十个工作日内拨付补贴资金。
如有疑问，可致电市住建局房屋管理科，电话：0791-6628315。感谢您对我们工作的理解和支持。⟦a 请对本次答复评价：满意 基本满意 不满意⟧
""",
    ),
    dict(
        slug="ggzy-tongxi-award-html-attachments",
        site="桐溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.tongxi.example.gov.cn/jyxx/gcjs/zbgs/2025/1022/6631.html",
        title="桐溪县城区污水管网改造工程中标候选人公示",
        record_title="桐溪县城区污水管网改造工程中标候选人公示.docx",
        date="2025-10-22",
        notes="HTML; file-name record title; date from a 信息发布时间 line; the notice's own 附件 list and the tenderer's 联系人/电话 kept; the site's attachment-download icon line and a CA-login prompt are chrome",
        page="""
<html><head><meta charset="utf-8"><title>中标候选人公示-桐溪县公共资源交易中心</title></head><body>
<div class="logo">⟦m 桐溪县公共资源交易中心　阳光交易　服务发展⟧</div>
<div class="login">⟦a 投标人CA登录 | 免费注册⟧</div>
<div class="loc">⟦m 当前位置：交易信息 &gt; 工程建设 &gt; 中标候选人公示⟧</div>
<h3>⟦t 桐溪县城区污水管网改造工程中标候选人公示⟧</h3>
<div class="info">⟦m 信息发布时间：2025-10-22　浏览：1045⟧</div>
<div class="detail">
{BODY}
</div>
<div class="down">⟦a 点击图标下载附件（2个）⟧</div>
<div class="ft">⟦m 交易中心地址：桐溪县政务服务中心三楼　咨询电话：0736-8120088⟧</div>
</body></html>
""",
        body="""
桐溪县城区污水管网改造工程于2025年10月20日在县公共资源交易中心开标、评标，现将中标候选人公示如下。
第一中标候选人：湘桐建设集团有限公司，投标报价：1,286.45万元；
第二中标候选人：沅通市政工程有限公司，投标报价：1,301.20万元。
公示期为2025年10月22日至10月24日。投标人或者其他利害关系人对评标结果有异议的，应当在公示期内向招标人提出。
招标人：桐溪县住房和城乡建设局，联系人：蒋工，电话：0736-8123307。
附件：1.评标报告摘要；2.中标候选人业绩证明材料。
""",
    ),
    dict(
        slug="port-hanggang-notice-glued-meta",
        site="翎港市港务管理局 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.linggangport.example.com/gwgg/2025/11/0305.html",
        title="关于做好冬季港区安全生产工作的通知",
        record_title="关于做好冬季港区安全生产工作的通知（港务〔2025〕41号）",
        date="2025-11-06",
        notes="decorated record title (document number in brackets); a document number line (neutral); a views line glued to the first body line; 一、二、 items with decimal sub-items 1.1 / 1.2; 抄送 and 印发 版记 kept; date from the 成文日期",
        page="""
!m 翎港市港务管理局　通知公告
!t 关于做好冬季港区安全生产工作的通知
翎港务〔2025〕41号
{BODY}
!l 【返回】　【打印】　【关闭】
""",
        body="""
⟦m 点击数：266　⟧各港口经营企业，局属各单位：
入冬以来，港区大风、寒潮天气增多，为切实做好冬季安全生产工作，现将有关事项通知如下。
一、加强恶劣天气防范
1.1 各企业要及时接收海事、气象部门预警信息，大风天气严格执行停工、停航规定。
1.2 岸桥、门机等大型设备要落实防风锚定措施，专人检查、专人签字。
二、强化危险货物管理
2.1 严格危险货物作业审批，严禁超期、超量存放。
翎港市港务管理局
2025年11月6日
抄送：市应急管理局，翎港海事局。
翎港市港务管理局办公室　2025年11月6日印发
""",
    ),
    dict(
        slug="railway-xiling-schedule-notice-missing-title",
        site="西岭铁路局集团公司 客运公告 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.xlrail.example.com.cn/kygg/20251210/01.html",
        title="关于实行新的列车运行图的公告",
        record_title=None,
        date="2025-12-10",
        notes="no record title; a railway bureau's passenger notice; a 'buy tickets in the app' prompt on its own line between paragraphs (chrome), whereas the notice's own sentence about buying tickets via official channels is body; date at the end",
        page="""
!m 西岭铁路 | 客运服务 | 客运公告
{T}
!a 字号 A+ A-
{BODY}
!m 客服电话：95105（本文仅供参考，以车站公告为准）
!l 上一篇：关于部分旅客列车停运的公告
""",
        body="""
根据全国铁路调图安排，西岭铁路局集团公司定于2025年12月20日零时起实行新的列车运行图。
调图后，本局管内每日开行旅客列车三百一十二对，较调图前增加十四对。
⟦a 下载“西岭出行”客户端，一键订票享积分⟧
请广大旅客通过官方渠道购票，留意车次、时刻变化，合理安排出行。
特此公告。
西岭铁路局集团公司
2025年12月10日
""",
    ),
    dict(
        slug="bank-ruifeng-announcement-html-rate",
        site="瑞丰农商银行 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.ruifengbank.example.com/gywm/gg/20250926.html",
        title="关于调整人民币存款挂牌利率的公告",
        record_title="关于调整人民币存款挂牌利率的公告",
        record_date="2025-09-26",
        date="2025-09-26",
        notes="HTML; record date; a bank announcement with a rate table (one row a paragraph); an anti-fraud banner between paragraphs and a 'risk warning' footer; the bank's own service number in the body kept; online-banking login buttons",
        page="""
<html><head><meta charset="utf-8"><title>瑞丰农商银行-公告</title></head><body>
<div class="bar">⟦a 个人网银登录⟧ ⟦a 企业网银登录⟧ ⟦a 手机银行下载⟧</div>
<div class="crumb">⟦m 首页 &gt; 关于我们 &gt; 本行公告⟧</div>
<h1>⟦t 关于调整人民币存款挂牌利率的公告⟧</h1>
<div class="body">
<p>尊敬的客户：</p>
<p>根据市场利率变化情况，本行决定自2025年9月27日起调整人民币存款挂牌利率，具体如下。</p>
<p class="banner">⟦d 警惕电信诈骗：本行工作人员不会索要您的短信验证码⟧</p>
<p>存款品种｜调整后年利率（%）</p>
<p>活期存款｜0.10</p>
<p>整存整取一年｜1.20</p>
<p>整存整取三年｜1.65</p>
<p>调整前已存入的定期存款，在原定存期内仍按原利率计息。如有疑问，请致电本行客服热线或咨询各营业网点。</p>
<p>瑞丰农村商业银行股份有限公司</p>
<p>2025年9月26日</p>
</div>
<div class="ft">⟦d 市场有风险，投资需谨慎。本网站信息不构成任何投资建议。⟧<br>⟦m 客服热线：96598　版权所有 瑞丰农村商业银行⟧</div>
</body></html>
""",
        body="""
尊敬的客户：
根据市场利率变化情况，本行决定自2025年9月27日起调整人民币存款挂牌利率，具体如下。
存款品种｜调整后年利率（%）
活期存款｜0.10
整存整取一年｜1.20
整存整取三年｜1.65
调整前已存入的定期存款，在原定存期内仍按原利率计息。如有疑问，请致电本行客服热线或咨询各营业网点。
瑞丰农村商业银行股份有限公司
2025年9月26日
""",
    ),
    dict(
        slug="exchange-disclosure-huaxin-pdf-viewer",
        site="某证券交易所信息披露平台 (invented)",
        style="文档分享",
        genre="公告",
        kind="notice",
        form="text",
        source="https://disclosure.example-exchange.cn/static/2025-10-28/6003xx_gg.pdf",
        title="华鑫材料股份有限公司关于召开2025年第二次临时股东大会的通知",
        record_title="6003xx_华鑫材料_关于召开2025年第二次临时股东大会的通知.pdf",
        date="2025-10-28",
        notes="file-name record title with a code prefix; a disclosure viewer page with the company's 证券代码 line (neutral), the board's standard 保证 statement kept, ‹‹N›› page markers glued at line starts; date from the end of the notice",
        wrap=72,
        pages=dict(fmt="‹‹{n}››", every=110, start=2, glue=True),
        page="""
!m 信息披露 > 上市公司公告 > 临时公告
!a 下载公告PDF　　添加到自选
证券代码：6003xx　　证券简称：华鑫材料　　公告编号：2025-058
!t 华鑫材料股份有限公司关于召开2025年第二次临时股东大会的通知
{BODY}
!d 本平台所载公告由上市公司提供，平台不对其真实性、准确性承担责任。
""",
        body="""
本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。
一、召开会议的基本情况
股东大会召集人为公司董事会，现场会议召开时间为2025年11月14日14点30分，召开地点为公司总部三楼会议室。
二、会议审议事项
本次股东大会审议《关于变更部分募集资金用途的议案》和《关于修订公司章程的议案》。
三、会议登记方法
符合条件的股东可于2025年11月12日持本人身份证件到公司证券部办理登记，联系电话：0571-8866xxxx。
华鑫材料股份有限公司董事会
2025年10月28日
""",
    ),
    dict(
        slug="gradschool-jinghe-notice-attachments",
        site="璟川大学研究生院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://yjsy.jingchuan-u.example.edu.cn/tzgg/2025/1103/3390.htm",
        title="关于开展2026届研究生学位论文预答辩工作的通知",
        record_title="关于开展2026届研究生学位论文预答辩工作的通知-璟川大学研究生院",
        date="2025-11-03",
        notes="site-suffixed record title; date from a 发布者/时间 line; the notice asks students to download forms from the 系统 (body); 附件 list and 联系人/电话/邮箱 kept; a 'print / close window' row and a visit counter at the bottom",
        page="""
!m 璟川大学研究生院
!m 首页 >> 通知公告 >> 培养管理
!t 关于开展2026届研究生学位论文预答辩工作的通知
!m 发布者：培养办　时间：2025-11-03　点击：2218
{BODY}
!a [打印此页] [关闭窗口]
!m Copyright © 璟川大学研究生院　地址：璟川市学府路1号
""",
        body="""
各培养单位：
为保证学位论文质量，经研究，决定开展2026届研究生学位论文预答辩工作，现将有关事项通知如下。
一、预答辩时间：2025年11月20日至12月15日，由各培养单位自行安排。
二、研究生须登录研究生管理信息系统下载《预答辩记录表》，填写后交导师签字。
三、预答辩未通过者，须修改论文后重新申请，间隔时间不少于一个月。
联系人：喻老师，电话：027-8766xx21，邮箱：yjspy@jingchuan-u.example.edu.cn。
附件：1.学位论文预答辩记录表
2.预答辩安排汇总表
研究生院
2025年11月3日
""",
    ),
    dict(
        slug="vocational-huaiyin-shuzhi-html",
        site="淮荫职业技术学院 (invented)",
        style="高校官网",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.hyzy.example.edu.cn/info/1042/7719.htm",
        title="2025年度机电工程系主任述职报告",
        record_title=None,
        date=None,
        notes="HTML; no record title (h2 heading is the title); no date (only a year in the title); a 'this article was viewed N times' script line and 上一条/下一条 inside the content div; a 教学成果 list with 1. 2. 3.",
        page="""
<html><head><meta charset="utf-8"><title>淮荫职业技术学院</title></head><body>
<div class="hd">⟦m 淮荫职业技术学院 · 崇德尚技⟧</div>
<div class="pos">⟦m 您现在的位置： 首页 &gt; 信息公开 &gt; 述职述廉⟧</div>
<h2>{T}</h2>
<div class="v_news_content">
{BODY}
<p>⟦m 本文已被浏览 503 次⟧</p>
<p>⟦l 上一条：2025年度信息工程系主任述职报告⟧</p>
<p>⟦l 下一条：2025年度经济管理系主任述职报告⟧</p>
</div>
<div class="ft">⟦d 版权所有：淮荫职业技术学院　技术支持：校信息中心⟧</div>
</body></html>
""",
        body="""
一年来，本人在学院党委的领导下，认真履行系主任职责，现将履职情况报告如下。
一、抓好专业建设。完成机电一体化技术专业人才培养方案修订，新增工业机器人技术专业方向。
二、抓好实训教学。全年组织校内实训三千六百余学时，学生职业技能等级证书获取率达到百分之八十八。
三、取得的主要成果：
1.指导学生获省职业院校技能大赛二等奖两项；
2.主持完成省级教改课题一项；
3.与四家企业共建订单班，招收学生一百二十人。
不足之处是青年教师企业实践经历偏少，明年将重点加以改进。
""",
    ),
]
