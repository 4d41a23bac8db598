"""Held-back part 4, sources E: encyclopedia / Q&A pages and cloud-drive / material-sharing pages.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="baike-baixiao-request-answer",
        site="百晓问答 (invented)",
        style="百科问答",
        genre="请示",
        kind="notice",
        form="text",
        source="https://wenda.baixiao.com/q/20250321/4418063.html",
        title="岑阳县交通运输局关于更新购置公务用车的请示",
        record_title=None,
        date="2025-03-18",
        notes="Q&A page: the question, the answerer's line and a neutral lead-in before the 请示; the request's own contact line stays; a reader's comment quotes the closing formula of the body",
        page="""
!m 百晓问答 > 社会民生 > 公文写作
!m 问：单位申请购置公务用车的请示怎么写？求一篇范文
!m 提问者：匿名用户　　3个回答
!m 最佳答案　　回答者：公文老笔杆　｜　采纳率92%　｜　擅长：公文写作
给你一篇我们单位用过的，改改就能用：
{T}
{BODY}
!a 有用(328)　　没用(4)　　评论(12)
!l 其他回答（2）
!l 路过的小王：请示一定要一文一事，别把几件事写在一起。
!l 网友9c3f：结尾用“妥否，请批示”就行，别写成“请审阅”。
!l 相关问题：请示和报告的区别是什么？
!m 百晓问答 ©2025　京ICP证160372号
""",
        body="""
县机关事务管理局：
我局现有公务用车3辆，均为2012年前购置，累计行驶里程均已超过40万公里，车况老化严重，维修费用逐年上升，2024年单车平均维修费用达2.1万元，且存在较大安全隐患。目前，我局承担全县农村公路养护巡查、路政执法等任务，点多面广，现有车辆已难以满足执法执勤需要。
根据《党政机关公务用车管理办法》和我县公务用车编制管理有关规定，我局执法执勤用车编制为4辆，现实有3辆，尚有1个编制空缺。为保障工作正常开展，拟申请报废更新公务用车2辆，新增购置执法执勤用车1辆，均选用国产新能源车型，单车价格控制在18万元以内，所需资金共计54万元，从我局年度部门预算中统筹解决。
妥否，请批示。
联系人：县交通运输局办公室　谢宇，电话：0739-6325170。
岑阳县交通运输局
2025年3月18日
""",
    ),
    dict(
        slug="baike-linyi-meeting-room-rules-entry-html",
        site="临漪百科 (invented encyclopedia)",
        style="百科问答",
        genre="规章制度",
        kind="other",
        form="html",
        source="https://baike.linyi-wiki.cn/item/会议室使用管理规定/30071",
        title="临漪市市直机关会议室使用管理规定",
        record_title="临漪市市直机关会议室使用管理规定_临漪百科",
        date="2024-09-02",
        notes="encyclopedia entry: edit buttons, infobox (中文名 repeats the title, 发布时间 gives the date), contents box, a section heading, a reference mark [1] glued after the last article, references and related entries",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>临漪市市直机关会议室使用管理规定_临漪百科</title></head><body>
<div class="top">⟦m 临漪百科⟧ <span>⟦m 全球领先的城市知识百科⟧</span></div>
<h1>{T}</h1>
<div class="ops"><a>⟦a 编辑⟧</a> <a>⟦a 讨论⟧</a> <a>⟦a 上传视频⟧</a></div>
<div class="summary"><p>⟦m 本词条由临漪百科编辑团队审核⟧</p></div>
<dl class="info"><dt>⟦m 中文名：临漪市市直机关会议室使用管理规定⟧</dt><dd>⟦m 发布单位：临漪市机关事务管理局⟧</dd><dd>⟦m 发布时间：2024年9月2日⟧</dd><dd>⟦m 类　　别：行政规范性文件⟧</dd></dl>
<div class="catalog"><p>⟦l 目录⟧</p><p>⟦l 1 发布信息⟧</p><p>⟦l 2 规定全文⟧</p><p>⟦l 3 相关词条⟧</p></div>
<h2>⟦m 规定全文⟧</h2>
<div class="para-wrap">
{BODY}
</div>
<h2>⟦l 参考资料⟧</h2>
<ol><li>⟦l 1. 临漪市机关事务管理局官网．2024-09-02⟧</li></ol>
<div class="tags">⟦l 词条标签：行政法规 机关事务 文件⟧</div>
<div class="foot">⟦d ©2025 临漪百科　使用百科前必读　百科协议⟧</div>
</body></html>
""",
        body="""
第一条　为加强市直机关会议室的统一管理，提高会议室使用效率，节约会议经费，根据《党政机关厉行节约反对浪费条例》等有关规定，制定本规定。
第二条　本规定所称会议室，是指市行政中心、市民服务中心内由市机关事务管理局统一管理的各类会议室、报告厅。
第三条　会议室实行网上预约、统一调配。使用单位应当提前两个工作日通过市直机关综合服务平台提交预约申请，注明会议名称、时间、规模及所需设备。
第四条　会议室调配遵循“先急后缓、先大后小、先预约先安排”的原则。市委、市政府召开的会议优先安排；临时性紧急会议，由市机关事务管理局统筹协调。
第五条　使用单位应当爱护会议室设施设备，不得擅自移动、拆卸或者改变设备设置；会议结束后应当及时关闭电源，清理会议材料。
第六条　会议室原则上不得用于举办与公务无关的活动，不得对外出租。
第七条　本规定由市机关事务管理局负责解释，自2024年10月1日起施行。⟦m [1]⟧
""",
    ),
    dict(
        slug="netdisk-qingning-medical-insurance-plan-docx",
        site="青柠网盘 (invented)",
        style="网盘分享",
        genre="实施方案",
        kind="other",
        form="text",
        source="https://pan.qnpan.com/s/1aQf8Xz3Km",
        title="栖凤市2025年城乡居民医保集中参保缴费工作实施方案",
        title_also=["2025年城乡居民医保集中参保缴费工作实施方案"],
        record_title="2025年城乡居民医保集中参保缴费工作实施方案(定稿).docx",
        date="2024-09-05",
        date_also=["2024-09-10"],
        notes="cloud-drive preview: file name with (定稿), sharer line with a share date, save/download buttons, '·n·' markers between wrapped lines, preview-end prompt; the plan names a WeChat account in the body",
        page="""
!m 青柠网盘　|　安全、极速的文件分享
!m 2025年城乡居民医保集中参保缴费工作实施方案(定稿).docx
!m 分享者：qf_yb2024　　分享时间：2024-09-10　　有效期：永久　　文件大小：36.8KB
!a 保存到我的网盘　　普通下载　　极速下载(会员)
!a 在线预览（仅显示前5页）
{T}
{BODY}
!a 预览结束，如需完整文件请保存后查看
!d 青柠网盘严禁分享违法违规内容，如发现请点击举报。
!m ©2025 青柠网盘 qnpan.com
""",
        wrap=66,
        indent="\u3000\u3000",
        pages=dict(fmt="·{n}·", every=200, start=2),
        body="""
为做好2025年度城乡居民基本医疗保险集中参保缴费工作，巩固提升全民参保成果，确保参保率稳定在95%以上，结合我市实际，制定本方案。
一、参保范围
除职工基本医疗保险应参保人员以外的其他所有城乡居民，包括在校大中专学生、未成年人、灵活就业人员等，均可参加城乡居民基本医疗保险。
二、缴费标准和时间
2025年度城乡居民医保个人缴费标准为每人每年380元。集中缴费期为2024年9月1日至12月31日，缴费后自2025年1月1日起享受医保待遇。
三、缴费方式
（一）线上缴费。参保群众可通过“栖凤医保”微信公众号、税务APP、手机银行等渠道自助缴费。
（二）线下缴费。参保群众可到户籍所在地村（社区）便民服务站或合作银行网点办理缴费。
四、工作要求
（一）加强组织领导。各县（市、区）要把集中参保缴费工作纳入重要议事日程，层层分解任务，压实乡镇（街道）和村（社区）责任。
（二）加强宣传动员。充分利用广播电视、微信群、入户走访等方式，广泛宣传医保政策和缴费方式，引导群众主动参保、及时缴费。
（三）加强资助参保。对特困人员、低保对象、返贫致贫人口等困难群众，按规定落实分类资助参保政策，确保应保尽保。
栖凤市医疗保障局
2024年9月5日
""",
    ),
    dict(
        slug="netdisk-feiyan-debrief-pdf-html-pages",
        site="飞燕云盘 (invented)",
        style="网盘分享",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.feiyanpan.net/preview/3f9a21c07b",
        title="2025年度分管副局长述职述廉报告",
        record_title="2025年度分管副局长述职述廉报告.pdf",
        date=None,
        notes="cloud-drive HTML preview of a PDF: '— 第n/4页 —' paragraphs between the halves of cut paragraphs, download/save/share buttons, preview-end prompt; no date",
        page="""
<html><head><meta charset="utf-8"><title>2025年度分管副局长述职述廉报告.pdf - 飞燕云盘</title></head><body>
<div class="bar">⟦m 飞燕云盘⟧ <span>⟦m 文件预览⟧</span></div>
<div class="ops"><a>⟦a 下载(2.1MB)⟧</a> <a>⟦a 保存⟧</a> <a>⟦a 分享⟧</a></div>
<div class="finfo">⟦m 文件大小：2.1MB　格式：PDF⟧</div>
<div class="viewer">
<h3>{T}</h3>
{BODY}
</div>
<div class="end">⟦a 预览已结束，保存到云盘查看完整文档⟧</div>
<div class="note">⟦d 温馨提示：文件由用户上传分享，云盘仅提供存储服务⟧</div>
<div class="ft">⟦m 飞燕云盘 feiyanpan.net　粤ICP备21093310号⟧</div>
</body></html>
""",
        pages=dict(fmt="— 第{n}/4页 —", every=230, start=2),
        body="""
本人自2023年6月起任县自然资源局党组成员、副局长，分管耕地保护、国土空间规划和执法监察工作。一年来，在局党组的坚强领导下，我认真履行职责，较好地完成了各项工作任务。现将有关情况报告如下。
一、加强学习，提高政治站位。坚持把学习作为提升履职能力的首要任务，全年参加党组理论学习中心组学习14次，撰写学习体会5篇，深入学习自然资源管理法律法规和政策文件，不断提高依法行政能力。
二、聚焦主业，扎实履职尽责。在耕地保护方面，全面落实田长制，组织完成耕地卫片图斑核查1386个，整改违法占用耕地问题图斑57个，全县耕地保有量稳定在上级下达任务以上。在国土空间规划方面，牵头完成县级国土空间总体规划报批，启动12个乡镇村庄规划编制。在执法监察方面，立案查处自然资源违法案件31件，结案率达到94%。
三、严守纪律，做到廉洁从政。严格遵守中央八项规定及其实施细则精神，认真履行“一岗双责”，定期与分管股室负责人开展廉政谈话，在土地审批、执法处罚等关键环节严格按程序办事，未发现违规违纪问题。
四、存在不足和努力方向。一是对新政策新要求研究还不够深入；二是深入基层调研不够，对部分乡镇工作指导不够精准。今后，我将在局党组的领导下，进一步改进作风、提高效能，为全县自然资源事业发展作出新的贡献。
""",
    ),
    dict(
        slug="ziliao-gongwen-share-forest-fire-speech-wps",
        site="公文材料共享库 (invented material-sharing site)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.gwclgx.com/ziliao/GW-20251023-0419.html",
        title="在全县秋冬季森林防火工作会议上的讲话",
        record_title="在全县秋冬季森林防火工作会议上的讲话.wps",
        date="2025-10-22",
        notes="material-sharing page: .wps record title, item number/format/pages line, points download; the date under the title; wrapped at 58 columns with '(第n页)' markers glued or on their own line; a writing-service line after",
        page="""
!m 公文材料共享库 · 资料分享
!m 资料编号：GW-20251023-0419　　格式：WPS　　页数：6
!a 积分下载（5积分）　　开通年卡免积分
{T}
（2025年10月22日）
{BODY}
!a —— 预览到此结束，共6页 ——
!l 同类资料：森林防火工作会议主持词.wps / 森林防火应急预案（乡镇）.doc
!w 资料定制、代笔请联系站长：微信 gwcl_2025
!m 站长QQ群：619027755
""",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="(第{n}页)", every=210, start=2, glue="mix"),
        body="""
同志们：
今天，县政府召开全县秋冬季森林防火工作会议，主要任务是分析当前森林防火形势，安排部署今冬明春森林防火工作。刚才，县林业局通报了今年以来森林防火工作情况，三个乡镇作了表态发言，我都同意。下面，我讲三点意见。
一、认清形势，切实增强做好森林防火工作的责任感
我县森林覆盖率达到68.5%，林区面积大、可燃物载量高。进入秋冬季以来，全县降雨偏少、气候干燥，加之秋收秋种、冬季祭祀等野外用火增多，森林火险等级持续偏高。今年以来，全县已发生森林火情3起，虽然都得到及时扑救，但教训十分深刻。各乡镇、各部门一定要克服麻痹思想和侥幸心理，时刻绷紧森林防火这根弦。
二、突出重点，全力抓好森林防火各项措施落实
一要严管野外火源。在进山路口设立检查卡点，严禁携带火种进山；对林区周边农事用火实行审批制度，严禁在高火险天气进行任何野外用火。二要强化隐患排查。组织力量对林区输电线路、坟墓集中区、景区等重点部位开展拉网式排查，及时清理林下可燃物。三要做好扑救准备。各乡镇专业扑火队伍要集中食宿、靠前驻防，确保火情发生后30分钟内到达现场。
三、压实责任，确保森林防火工作落到实处
各乡镇党政主要负责同志是本辖区森林防火第一责任人，要严格落实林长制，层层压实责任，把防火任务落实到山头地块、落实到具体人员。县森林防火指挥部要加强督导检查，对责任不落实、措施不到位导致发生森林火灾的，严肃追究有关人员责任。
同志们，森林防火责任重于泰山。希望大家以高度负责的态度，扎实做好各项工作，坚决打赢今冬明春森林防火攻坚战！
""",
    ),
    dict(
        slug="netdisk-lanjing-attendance-rules-oneline",
        site="蓝鲸网盘 (invented)",
        style="网盘分享",
        genre="规章制度",
        kind="other",
        form="text",
        source="https://share.lanjingpan.com/f/8c2e7d10",
        title="澄川县自然资源局机关考勤管理制度",
        record_title="机关考勤管理制度（修订）.docx",
        date=None,
        notes="cloud-drive text preview: the rules on one line (indents only) cut by '【n】' markers; numbered 1. 2. 3. cases inside an article; the sharer's other files; no date",
        page="""
!m 蓝鲸网盘　文件分享
!m 机关考勤管理制度（修订）.docx　　18.2KB
!m 分享人：澄川小李
!a 下载　转存　预览全文
{T}
{BODY}
!a 文档预览仅显示文字，排版请以下载文件为准
!l 此人的其他分享：机关请休假制度.docx　|　公务接待管理办法.pdf
!d 本平台仅提供文件存储与分享服务，文件内容由分享者负责。
""",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="【{n}】", every=260, start=2),
        body="""
第一条　为进一步加强机关作风建设，严肃工作纪律，规范考勤管理，结合我局实际，制定本制度。
第二条　本制度适用于局机关全体在编干部职工及编外聘用人员。
第三条　实行工作日上下班指纹打卡考勤。上班时间为上午8:30至12:00，下午14:30至17:30（夏季作息时间另行通知）。每日上下班各打卡一次，因公外出不能打卡的，须在当日由股室负责人在考勤系统中说明。
第四条　干部职工请假须履行书面手续。请假1天以内的，由股室负责人审批；1天以上3天以内的，由分管局领导审批；3天以上的，由局主要负责人审批。
第五条　有下列情形之一的，按旷工处理：
1.未经批准擅自离岗的；
2.请假期满未续假且未按时返岗的；
3.弄虚作假、代替他人打卡的。
第六条　局办公室每月汇总考勤情况并在局内公示，考勤结果与年度考核、评先评优挂钩。全年累计旷工3天以上的，年度考核不得确定为优秀等次。
第七条　本制度自印发之日起施行，由局办公室负责解释。
""",
    ),
]
