"""Holdout5, part E: previews and dumps — PDF-to-text dumps with running heads and page numbers,
文库 preview pages with page markers in new forms, a .doc converted with odd spacing, a
cloud-drive share page, a download site's detail page. Invented text; see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="pdfdump-zhechuan-gov-report-running-head",
        site="柘川县人民政府公报 PDF 文本 (invented)",
        style="文档分享",
        genre="政府工作报告",
        kind="report",
        form="text",
        source="http://www.zhechuan.example.gov.cn/zfgb/2025/gb02.pdf",
        title="政府工作报告",
        title_also=["柘川县2025年政府工作报告"],
        record_title="2025年第2期公报.pdf",
        date="2025-01-14",
        notes="PDF dump: file-name record title; the report's running head with a page number cut into the text "
        "(wrapped at 62 columns, marker lines between wrapped lines); speaker/date lines under the title (neutral)",
        page="""
!m 柘川县人民政府公报　2025年第2期（总第118期）
{T}
——2025年1月14日在柘川县第十八届人民代表大会第五次会议上
柘川县人民政府县长　龚书远
{BODY}
!m 柘川县人民政府办公室编印　　2025年2月5日印发
""",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="柘川县人民政府公报　　·{n}·", every=150, start=12),
        body="""
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
一、2024年工作回顾
过去一年，全县地区生产总值增长6.1%，一般公共预算收入增长4.3%，城乡居民人均可支配收入分别增长5.0%和6.8%，主要经济指标增速高于全市平均水平。
我们坚持项目为王，全年实施重点项目142个，完成投资186亿元；新增规模以上工业企业23家，新能源电池材料产业集群初具规模。
我们坚持民生优先，新建改扩建中小学校6所，新增学位4800个；县人民医院新院区投入使用，群众看病就医更加便利。
二、2025年主要工作
今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城乡居民收入增长与经济增长基本同步。我们将重点抓好产业升级、城乡融合、民生改善三方面工作。
各位代表，新的一年，让我们在县委的坚强领导下，团结奋进、真抓实干，为建设现代化新柘川而努力奋斗！
""",
    ),
    dict(
        slug="wenku-lanyun-summary-bracket-page-of",
        site="岚云文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.lanyun.example.com/view/8f21c07a93e44b.html",
        title="2024年度乡镇卫生院工作总结",
        record_title="2024年度乡镇卫生院工作总结（完整版）.docx",
        date="2024-12-20",
        notes="文库 preview: （完整版）.docx record title; page markers 【第2页/共4页】 glued at line starts; upload notice, "
        "VIP prompt, 文档页数/大小 line; signature with an Arabic date",
        page="""
!m 岚云文库　海量文档，一键获取
!m 文档分类：行业资料 > 医疗卫生　　页数：4页　　大小：26.5KB
!t 2024年度乡镇卫生院工作总结（完整版）.docx
!a 下载文档（3下载券）　　　　加入VIP免券下载
{BODY}
!a 试读结束，剩余1页需付费下载，开通VIP可免费阅读全文
!d 本文档由用户上传，岚云文库仅提供信息存储空间服务，如涉及侵权请点击“举报”
""",
        pages=dict(fmt="【第{n}页/共4页】", every=100, start=2, glue=True),
        body="""
2024年，我院在县卫健委的正确领导下，坚持以人民健康为中心，扎实推进基本医疗和基本公共卫生服务，各项工作取得了新进展。
一、医疗服务能力稳步提升。全年门诊量4.86万人次，同比增长7.2%；住院2130人次，同比增长9.5%。新开展无痛胃镜、中医针灸理疗等技术项目5项。
二、公共卫生服务扎实开展。辖区居民电子健康档案建档率达到92.3%，65岁以上老年人健康管理率73.6%，高血压、糖尿病患者规范管理率均超过70%。
三、医院管理更加规范。修订完善各项规章制度28项，严格落实医疗质量安全核心制度，全年未发生医疗事故。
四、存在的问题。人才引进难、留住难问题仍然突出，部分设备老化，信息化水平有待提高。
2025年，我院将以创建“群众满意的乡镇卫生院”为目标，进一步提升服务能力和水平。
鹤湾镇卫生院
2024年12月20日
""",
    ),
    dict(
        slug="docconv-tingjiang-regulation-odd-spacing",
        site="汀江县档案馆 文件转换 (invented)",
        style="文档分享",
        genre="规章制度",
        kind="other",
        form="text",
        source="http://daj.tingjiang.example.gov.cn/uploads/2024/zhidu-jieyue.txt",
        title="汀江县档案馆档案借阅管理制度",
        record_title="汀江县档案馆档案借阅管理制度.doc",
        date=None,
        notes="a .doc converted to text with odd spacing (a spaced heading word, spaces after numbers, doubled full-width "
        "spaces), gap lines; a converter banner and an 'Evaluation Warning' line; no date (the conversion time is none)",
        page="""
!m Evaluation Warning: The document was created with Spire.Doc for Python.
{T}
!m 文件转换时间：2024-07-05 10:21:33　转换工具：DocConv 3.2
{BODY}
!m --- 文件结束 ---
""",
        gap=True,
        body="""
第 一 条　为规范档案借阅利用工作，保障档案实体和信息安全，根据《中华人民共和国档案法》及有关规定，制定本制度。
第 二 条　借阅档案须持单位介绍信或本人有效身份证件，填写《档案借阅登记表》，经馆领导批准后办理。
第 三 条　档案原则上在阅档室查阅，不得带出馆外。确因工作需要借出的，借期不超过　　7　　天。
第 四 条　借阅人应爱护档案，严禁涂改、圈划、拆卷、抽页，不得擅自复制、拍照。
第 五 条　本制度自发布之日起执行，由县档案馆负责解释。
""",
    ),
    dict(
        slug="netdisk-hezecloud-speech-preview-share",
        site="鹤云盘 分享页 (invented)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://pan.hezecloud.example.com/s/1xQ7mNbA8cE2-preview",
        title="在全市优化营商环境工作推进会上的讲话",
        record_title="在全市优化营商环境工作推进会上的讲话.wps",
        date="2024-08-15",
        notes="cloud-drive share page: file name with .wps, share code/expiry lines, 保存到我的网盘 / 下载 buttons, 在线预览 "
        "page markers 'p2/5'; a date in Chinese numerals under the title",
        page="""
!m 鹤云盘　|　分享文件
!t 在线预览：在全市优化营商环境工作推进会上的讲话.wps
!m 分享者：h***8　有效期：7天　提取码：k9p3
!a 保存到我的网盘　　下载（1.2MB）　　举报
{T}
（二〇二四年八月十五日）
{BODY}
!a 预览仅显示部分页面，请保存或下载后查看完整文件
""",
        pages=dict(fmt="p{n}/5", every=80, start=2),
        body="""
同志们：
营商环境就是生产力。今天召开这次会议，就是要进一步统一思想、明确任务，推动全市营商环境持续优化。
一、要在政务服务上提速增效。全面推行“一窗受理、集成服务”，企业开办时间压缩到1个工作日以内，工程建设项目审批全流程控制在60个工作日以内。
二、要在要素保障上精准发力。加大土地、资金、用工等要素保障力度，对重大招商项目实行“一企一策”。
三、要在法治保障上久久为功。严格规范公正文明执法，坚决杜绝乱检查、乱罚款、乱收费。
同志们，优化营商环境没有终点。希望大家拿出实招硬招，全力打造一流营商环境。
""",
    ),
    dict(
        slug="download-ziliaowu-plan-detail-page",
        site="资料屋 (invented download site)",
        style="资料下载站",
        genre="实施方案",
        kind="other",
        form="html",
        source="https://www.ziliaowu.example.com/soft/fangan/31908.html",
        title="2024年全民国家安全教育日宣传活动实施方案",
        record_title="2024年全民国家安全教育日宣传活动实施方案-资料屋",
        date="2024-04-08",
        notes="download site (HTML): 软件大小/授权/语言/更新 table, 高速下载/普通下载 buttons, 下载地址 list, 安全检测 "
        "badges; the plan's own 联系人 line and 附件 kept; a signature date",
        page="""
<html><head><meta charset="utf-8"><title>2024年全民国家安全教育日宣传活动实施方案-资料屋</title></head><body>
<div class="logo">⟦m 资料屋 — 绿色资料下载站⟧</div>
<div class="pos">⟦m 当前位置：资料屋 → 文档资料 → 方案计划⟧</div>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 资料大小：36KB⟧</td><td>⟦m 资料格式：DOCX⟧</td></tr><tr><td>⟦m 更新时间：2024-04-09⟧</td><td>⟦m 授权方式：免费⟧</td></tr></table>
<div class="safe">⟦d 已通过安全检测：无病毒　无广告　无插件⟧</div>
<div class="btn">⟦a 高速下载　　普通下载⟧</div>
<div class="intro"><h3>⟦m 资料简介⟧</h3>
{BODY}
</div>
<div class="dl">⟦l 下载地址：电信下载　联通下载　移动下载⟧</div>
<div class="foot">⟦m 资料屋 版权所有 苏ICP备18052291号⟧</div>
</body></html>
""",
        date_also=["2024-04-09"],
        body="""
为深入学习宣传贯彻总体国家安全观，增强全民国家安全意识，根据上级部署，结合我镇实际，制定本方案。
一、活动主题：总体国家安全观·创新引领10周年。
二、活动时间：2024年4月10日至4月20日，4月15日为集中宣传日。
三、活动内容：（一）开展集中宣传，在镇区设立宣传咨询点；（二）开展“国家安全进校园”活动；（三）组织机关干部参加国家安全知识网络答题。
四、工作要求：各村（社区）、各单位要高度重视，精心组织，活动结束后报送工作总结。
联系人：镇综治办　吕敏，电话：0516-8861272。
附件：国家安全知识宣传要点
棠溪镇人民政府
2024年4月8日
""",
    ),
    dict(
        slug="wenku-yunshu-speech-dash-of-total-mix",
        site="云书文库 (invented)",
        style="文库预览",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://www.yunshuwk.example.com/p-40981126.html",
        title="2025年迎春茶话会主持词",
        record_title="2025年迎春茶话会主持词",
        date=None,
        date_also=["2025-01-13"],
        notes="文库 preview with 'Page 2 of 3'-like markers in Chinese (第2页，共3页), glued or on own lines (mix), hard-wrapped "
        "at 56 columns; 全文阅读已结束 prompt; 相关文档 box",
        page="""
!m 云书文库 > 实用文档 > 主持词
{T}
!m 上传者：yun****23　　上传时间：2025-01-13　　页数：3
{BODY}
!a 全文阅读已结束，如需下载本文请使用下载券
!l 相关文档：2025年新春团拜会主持词 | 单位迎新年联欢会串词
""",
        wrap=56,
        pages=dict(fmt="第{n}页，共3页", every=70, start=2, glue="mix", sep=" "),
        body="""
尊敬的各位老领导、老同志，同志们、朋友们：
大家下午好！辞旧岁，迎新春。今天，我们欢聚一堂，举行2025年迎春茶话会，共叙情谊，共话发展。首先，我代表局党组，向各位老领导、老同志致以新春的问候和美好的祝福！
过去的一年，全局上下团结一心、砥砺奋进，各项工作取得了新成绩。这些成绩的取得，离不开各位老领导、老同志的关心和支持。
下面，请局长致新春贺词。
……
茶话会到此结束。祝大家新春愉快、身体健康、阖家幸福！
""",
    ),
    dict(
        slug="pdfdump-tongyu-budget-report-page-numbers",
        site="桐屿区财政局 预决算公开 PDF (invented)",
        style="政府门户",
        genre="工作报告",
        kind="report",
        form="text",
        source="https://czj.tongyu.example.gov.cn/yjsgk/2024/yusuan-baogao.pdf",
        title="关于桐屿区2023年预算执行情况和2024年预算草案的报告",
        record_title="关于桐屿区2023年预算执行情况和2024年预算草案的报告.pdf",
        date="2024-01-10",
        notes="PDF dump: page numbers '— 3 —' split paragraphs mid-word (not wrapped), a table of figures, (单位：万元) line; "
        "the date under the title in parentheses",
        page="""
{T}
（2024年1月10日在区第三届人民代表大会第四次会议上）
区财政局局长　祁岚
{BODY}
""",
        pages=dict(fmt="— {n} —", every=170, start=2),
        body="""
各位代表：
受区人民政府委托，现将桐屿区2023年预算执行情况和2024年预算草案提请大会审议，并请区政协委员和其他列席人员提出意见。
一、2023年预算执行情况
2023年，全区一般公共预算收入完成28.6亿元，为预算的101.3%，增长5.2%；一般公共预算支出完成46.9亿元，增长3.8%。其中，民生支出占一般公共预算支出的比重达到78.4%。
（单位：万元）
项目｜预算数｜执行数｜完成预算%
一般公共预算收入｜282300｜286000｜101.3
政府性基金预算收入｜153000｜141200｜92.3
二、2024年预算草案
2024年全区一般公共预算收入预期增长5%，安排一般公共预算支出48.2亿元。我们将坚持过紧日子，严控一般性支出，集中财力保障基本民生和重点项目。
各位代表，我们将在区委的坚强领导下，自觉接受区人大的监督，认真落实本次大会决议，确保完成全年预算任务。
""",
    ),
    dict(
        slug="wenku-qiaoling-minutes-square-markers-wrapped",
        site="峤岭文档网 (invented)",
        style="文库预览",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.qldoc.example.com/doc/20240703/552870.html",
        title="峤岭区城市管理委员会2024年第二次全体会议纪要",
        record_title="峤岭区城市管理委员会2024年第二次全体会议纪要",
        date="2024-07-02",
        notes="preview wrapped at 70 columns, page markers in a new form '〖2〗' glued at line starts; 抄送/印发 版记 kept; "
        "an 文档贡献者 line and 本文档共3页 notice",
        page="""
!m 峤岭文档网 — 文档在线分享平台
{T}
!m 文档贡献者：城管小编　　　贡献于2024-07-03
{BODY}
!d 本文档共3页，仅展示前2页内容，文档内容由贡献者提供，本站不对其准确性负责。
!a 【立即下载】【转存到云盘】
""",
        wrap=70,
        pages=dict(fmt="〖{n}〗", every=110, start=2, glue=True),
        body="""
7月2日，区城市管理委员会召开2024年第二次全体会议，区长、区城管委主任欧阳帆主持会议并讲话。会议听取了上半年城市管理工作情况汇报，研究部署下半年重点工作。现纪要如下：
一、会议认为，上半年全区城市管理工作成效明显，完成背街小巷改造46条，新增停车泊位2200个，城市管理满意度测评排名全市第二。
二、会议要求，要持续开展市容环境综合整治，重点整治占道经营、乱贴乱画和建筑垃圾违规倾倒，8月底前完成城区主次干道“两违”清零。
三、会议明确，由区城管局牵头，区住建局、区交通局配合，9月底前完成城区积水点改造工程。
出席：欧阳帆、邵景、贺青云、方远航
抄送：区委办、区人大办、区政协办。
峤岭区人民政府办公室　2024年7月3日印发
""",
        date_also=["2024-07-03"],
    ),
    dict(
        slug="docshare-lanxi-letter-html-page-cut",
        site="兰溪文档 (invented)",
        style="文档分享",
        genre="函",
        kind="notice",
        form="html",
        source="https://www.lanxidoc.example.com/d/774120.html",
        title="关于商请支持开展跨区域联合执法检查的函",
        record_title=None,
        date="2024-06-03",
        notes="HTML preview: record title missing (page <title> is the site's); a page-break paragraph '- 第 2 页 -' between "
        "the halves of a cut paragraph; the 函's own 联系人 line; VIP and 举报 buttons; 成文日期 in Chinese numerals",
        page="""
<html><head><meta charset="utf-8"><title>兰溪文档 - 在线预览</title></head><body>
<div class="bar">⟦m 兰溪文档⟧ ⟦a 登录　开通VIP⟧</div>
<div class="doc-title"><h1>{T}</h1></div>
<div class="doc-meta">⟦m 格式：DOC　页数：2　上传日期：2024-06-05⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-act">⟦a 下载此文档　　收藏　　举报⟧</div>
</body></html>
""",
        pages=dict(fmt="- 第 {n} 页 -", every=90, start=2),
        p_html='<p class="p">{}</p>',
        date_also=["2024-06-05"],
        body="""
岫山县市场监督管理局：
为加强两县交界区域农资市场监管，严厉打击制售假冒伪劣农资违法行为，我局拟于2024年6月中旬在两县交界区域开展联合执法检查。现商请贵局派员参加，并就以下事项给予支持：
一、提供近两年交界区域农资经营户名录及监督抽检情况；
二、派出2至3名执法人员组成联合检查组，共同开展现场检查；
三、对检查中发现的跨区域违法线索，互相通报、协同查处。
联系人：林晓东，联系电话：0797-3318205。
汀江县市场监督管理局
二〇二四年六月三日
""",
    ),
    dict(
        slug="wenku-xiushan-insight-oneline-glued-markers",
        site="秀山文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.xswenku.example.com/doc/9187264.html",
        title="参加新任科级干部培训班心得体会",
        record_title="【推荐】参加新任科级干部培训班心得体会（精选3篇）",
        date=None,
        notes="one-line preview: the whole text on one line with page markers '（第2页）' glued inside; decorated record title "
        "with 【推荐】 and （精选3篇）; a 试读 prompt",
        page="""
!t 【推荐】参加新任科级干部培训班心得体会（精选3篇）
!m 秀山文库　文档ID：9187264
{BODY}
!a 本文档为试读版，完整版请下载　　立即下载
""",
        indent="\u3000\u3000",
        oneline=True,
        pages=dict(fmt="（第{n}页）", every=70, start=2, glue=True),
        body="""
9月中旬，我参加了县委组织部举办的新任科级干部培训班。十天的学习时间虽然不长，但收获很大，让我对如何当好一名科级干部有了更深的认识。
一是要加强学习。新岗位、新要求，只有不断学习，才能跟上形势、胜任工作。
二是要勇于担当。遇到难题不推诿、不回避，敢于较真碰硬，在攻坚克难中磨砺本领。
三是要守住底线。牢记手中的权力是人民赋予的，严守纪律规矩，做到干净干事。
我将以这次培训为新的起点，在新的岗位上努力工作，不辜负组织的信任和培养。
""",
    ),
]
