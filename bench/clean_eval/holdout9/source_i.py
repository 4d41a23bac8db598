"""Holdout9, part I: more government and 文库 pages — a county government's long report, a
street office's host script, a district's initiative in HTML, a bureau's request, a
township's letter, a 述职报告 on a 文档 site with page markers, a Youth-League 倡议 on a
WeChat mirror. Written blind; everything invented."""

CASES = [
    dict(
        slug="gov-yuanbei-long-report-section-related",
        site="沅北县人民政府 (invented)",
        style="政府门户",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.yuanbei.example.gov.cn/zwgk/zfgzbg/202501/t20250124_301990.html",
        title="沅北县人民政府关于2024年法治政府建设情况的报告",
        record_title="沅北县人民政府关于2024年法治政府建设情况的报告",
        record_date="2025-01-24",
        date="2025-01-24",
        notes="a long report on a county portal: 法治政府 column chrome, a 'related' box and a font-size row between sections, a glued source line at a paragraph's start; decimal-free numbered parts with data; the 抄送 line stays",
        indent="\u3000\u3000",
        page="""
!m 沅北县人民政府　法治政府建设专栏
!m 首页 ＞ 政务公开 ＞ 法治政府建设年度报告
{T}
!m 时间：2025-01-24 16:05　　来源：县司法局　　【字体：大 中 小】
{BODY}
!a 【打印本页】　【关闭窗口】　【返回顶部】
!l 相关阅读：沅北县2023年法治政府建设情况的报告
!m 沅北县人民政府办公室主办　沅北县政务数据中心承办
!m 网站标识码：4307320001　沅ICP备06003318号
""",
        body="""
2024年，在县委的坚强领导下，县人民政府坚持以习近平法治思想为指导，全面落实法治政府建设实施纲要，各项工作取得新的进展。现将有关情况报告如下。
一、主要工作及成效
（一）依法全面履行政府职能。深化“放管服”改革，调整县级行政许可事项清单，保留行政许可事项186项；全面推行证明事项告知承诺制，取消各类证明材料43项。政务服务事项网上可办率达到98.6%，“一件事一次办”事项拓展到42项。
（二）健全依法行政制度体系。严格落实重大行政决策程序，全年作出重大行政决策事项5项，均履行了公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。审查县政府及部门规范性文件27件，纠正问题条款11处。
⟦l 延伸阅读：一图读懂沅北县法治政府建设⟧
（三）严格规范公正文明执法。深化综合行政执法改革，组建乡镇综合行政执法队伍16支；推行行政执法“三项制度”，全县行政执法案件网上办案率达到100%。开展行政执法案卷评查，评查案卷320卷，优秀率87.5%。
（四）有效化解社会矛盾纠纷。全年办理行政复议案件58件，纠错率12.1%；行政机关负责人出庭应诉率保持100%。⟦m 本栏目信息由县司法局提供⟧全县各级人民调解组织调解矛盾纠纷4310件，调解成功率98.2%。
（五）强化行政权力制约监督。自觉接受县人大及其常委会的法律监督和县政协的民主监督，全年办理人大代表建议86件、政协提案71件，办复率100%。加强审计监督，完成审计项目34个，推动整改问题金额1.2亿元。全面推进政务公开，主动公开政府信息5600余条，办理依申请公开21件。
（六）加强法治政府建设组织保障。县政府常务会议专题研究法治政府建设工作4次，县政府领导班子集体学法5次；组织全县行政执法人员开展法律知识培训和考试，参考率和合格率均达到100%。落实“谁执法谁普法”普法责任制，开展“法律进乡村”“法律进企业”活动120余场次，培育农村“法律明白人”1900余名。
二、存在的不足
一是部分单位对法治政府建设重视不够，主要负责人履行推进法治建设第一责任人职责还不够到位；二是基层执法力量薄弱，乡镇执法人员专业素质有待提高；三是行政复议案件数量逐年上升，部分领域行政争议仍然多发。
三、2025年工作打算
2025年，县人民政府将深入推进法治政府建设示范创建，重点抓好三个方面：一是持续提升重大行政决策质量；二是全面提升基层行政执法水平，年内完成乡镇执法人员全员轮训；三是发挥行政复议化解行政争议主渠道作用，推动行政争议实质性化解。
沅北县人民政府
2025年1月24日
抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院。
""",
    ),
    dict(
        slug="street-office-host-script-gala-cn-date",
        site="榴湾街道办事处 (invented)",
        style="社区网站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.liuwanjd.example.gov.cn/jddt/2025/0125/557.html",
        title="榴湾街道2025年“邻里一家亲”迎新春文艺汇演主持词",
        record_title=None,
        date=None,
        notes="no record title and no date; a street office's page with a weather and date widget (chrome), a 'program list' slogan line of the script and a 时间/地点 line of the gala (stay), a 'vote for your favourite' prompt glued to the end",
        page="""
!m 榴湾街道办事处　｜　今天是 星期六　晴 3℃～11℃
!m 街道动态 / 文体活动
{T}
{BODY}⟦a 【点此为你喜爱的节目投票】⟧
!l 街道动态：榴湾街道开展“送福进万家”活动
""",
        body="""
男：尊敬的各位领导、各位来宾，
女：亲爱的居民朋友们，
合：大家下午好！
男：金龙辞旧岁，灵蛇迎新春。今天，我们欢聚一堂，共同迎接新春佳节的到来。
女：在这里，我们谨代表榴湾街道党工委、办事处，向辖区广大居民朋友致以新春的祝福！
男：本次汇演时间为1月25日下午2:30，地点在街道文化中心剧场，共有十二个节目。
女：下面，请欣赏由锦华苑社区舞蹈队带来的开场舞《春满榴湾》。
合：榴湾街道2025年“邻里一家亲”迎新春文艺汇演，现在开始！
""",
    ),
    dict(
        slug="district-initiative-html-volunteer-qr",
        site="芷洲区人民政府 (invented)",
        style="政府门户",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.zhizhouqu.example.gov.cn/zxdt/tzgg/202503/t20250303_6620.html",
        title="芷洲区“学雷锋志愿服务月”倡议书",
        record_title="芷洲区“学雷锋志愿服务月”倡议书",
        record_date="2025-03-03",
        date="2025-03-03",
        notes="HTML district portal: a government-site elder-mode and accessibility row, an index line, a 'scan to read on mobile' box; the initiative's own slogan and its sentence telling volunteers to 扫码 register stay; an error-report link",
        page="""
<html><head><meta charset="utf-8"><title>芷洲区“学雷锋志愿服务月”倡议书_芷洲区人民政府</title></head><body>
<div class="tool">⟦a 关怀版⟧ ⟦a 无障碍⟧ ⟦a 智能问答⟧</div>
<div class="nav">⟦m 首页　走进芷洲　政务公开　政务服务　政民互动⟧</div>
<h1>{T}</h1>
<p class="xx">⟦m 日期：2025-03-03　来源：区文明办　浏览：2148⟧</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="sj">⟦a 扫描二维码　手机上阅读⟧</div>
<div class="jc">⟦a 网站纠错⟧</div>
<div class="ft">⟦m 芷洲区人民政府办公室　主办⟧</div>
</body></html>
""",
        body="""
全区广大干部群众、志愿者朋友们：
三月春风暖，雷锋精神传。在第62个学雷锋纪念日到来之际，区文明办、团区委向全区发出倡议。
一、争当雷锋精神的传承者。学习雷锋同志爱岗敬业、助人为乐的精神，在平凡岗位上做出不平凡的业绩。
二、争当志愿服务的实践者。积极参与扶老助残、环境保护、文明交通、邻里守望等志愿服务活动。有意参加的市民，可以扫描社区公示栏上的二维码，在“志愿芷洲”平台注册报名。
三、争当文明风尚的传播者。从身边小事做起，向身边好人学习，让文明之花开遍芷洲大地。
奉献、友爱、互助、进步
芷洲区精神文明建设委员会办公室　共青团芷洲区委员会
2025年3月3日
""",
    ),
    dict(
        slug="bureau-request-funds-text-docno",
        site="槐川县农业农村局 (invented)",
        style="政府门户",
        genre="请示",
        kind="other",
        form="text",
        source="http://nyncj.huaichuan.example.gov.cn/xxgk/gzdt/202504/t20250409_771.html",
        title="槐川县农业农村局关于拨付2025年春耕备耕补助资金的请示",
        record_title="槐川县农业农村局关于拨付2025年春耕备耕补助资金的请示_工作动态",
        date="2025-04-08",
        notes="decorated record title _column; a document number and 签发人 line (neutral) above; the request's own 联系人/电话 and 附件 stay; a 'was this page useful' row glued to the last line; the date under the signature",
        page="""
!m 槐川县农业农村局　政府信息公开
!m 信息公开 ＞ 工作动态
{T}
槐农呈〔2025〕12号　　签发人：祁志远
{BODY}
!l 本页面对您有帮助吗？　有帮助　没帮助
!m 地址：槐川县迎宾大道118号　电话：0746-6618023
""",
        body="""
县人民政府：
为切实做好今年春耕备耕工作，确保全年粮食播种面积稳定在52万亩以上，根据县委农村工作会议部署，我局拟对全县粮食种植大户、家庭农场和农民专业合作社给予春耕备耕补助。
一、补助对象和标准：对集中连片种植双季稻50亩以上的经营主体，每亩补助60元；对开展集中育秧的经营主体，每亩补助秧田200元。
二、资金需求：经各乡镇摸底统计，全县符合条件的种植面积约13.5万亩，集中育秧面积0.6万亩，共需资金930万元。
恳请县人民政府从县级财政统筹资金中安排上述补助资金。
妥否，请批示。
附件：1.槐川县2025年春耕备耕补助资金测算表
2.各乡镇春耕备耕补助面积汇总表
联系人：计划财务股　温建　联系电话：0746-6618036
槐川县农业农村局
2025年4月8日
""",
    ),
    dict(
        slug="township-letter-reply-html-guestbook",
        site="瑶埠镇人民政府 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.yaobu.example.gov.cn/hdjl/xxhf/2025/0707/219.html",
        title="瑶埠镇人民政府关于对县政协第七届四次会议第058号提案的答复函",
        record_title=None,
        date="2025-07-04",
        notes="HTML: no record title; a township's interaction column with a guestbook form (留言 button, captcha) and a satisfaction vote; the letter's own 联系人/电话 and 抄送 stay; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>互动交流 - 瑶埠镇人民政府</title></head><body>
<div class="hd">⟦m 瑶埠镇人民政府⟧</div>
<div class="nav">⟦m 镇情概况　政务公开　互动交流　便民服务⟧</div>
<div class="crumb">⟦m 互动交流 ＞ 建议提案办理⟧</div>
<h2>{T}</h2>
<div class="content">
{BODY}
</div>
<div class="vote">⟦l 您对本次答复是否满意：满意　基本满意　不满意⟧</div>
<div class="gb">⟦a 我要留言⟧ ⟦a 验证码：看不清？换一张⟧</div>
<div class="ft">⟦m 瑶埠镇党政办公室　电话：0745-6710012⟧</div>
</body></html>
""",
        body="""
邝红梅委员：
您提出的《关于加快瑶埠镇农贸市场改造提升的提案》收悉，现答复如下。
您在提案中反映的瑶埠农贸市场设施陈旧、周边道路拥堵等问题，我镇高度重视。经研究，我镇已将农贸市场改造提升列入今年民生实事项目，计划投资460万元，对市场屋面、排水、摊位进行全面改造，并新增停车位80个。
目前，项目已完成设计和预算评审，预计8月开工，12月底前完工。改造期间将设置临时市场，保障群众日常购物需求。
感谢您对瑶埠镇工作的关心和支持，欢迎继续提出宝贵意见。
联系人：党政办　石娟　联系电话：0745-6710026
瑶埠镇人民政府
2025年7月4日
抄送：县政协提案委员会，县人民政府督查室。
""",
    ),
    dict(
        slug="docsite-duty-report-wave-bars-glued",
        site="简牍文档 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.jiandudoc.example.com/doc/6610028.html",
        title="2024年度个人述职述廉报告",
        record_title="2024年度个人述职述廉报告（2篇）.docx",
        date="2025-01-10",
        notes="a document-sharing site: file-name record title with （2篇）; ⸺N⸺ markers glued or on their own line (mix); an upload notice and a points line; the date under the signature in Arabic numerals",
        indent="\u3000\u3000",
        pages=dict(fmt="⸺{n}⸺", every=150, start=2, glue="mix"),
        page="""
!m 简牍文档 — 文档分享与交流平台
!t 2024年度个人述职述廉报告（2篇）.docx
!m 上传者：lanxi_wm　｜　6页　｜　所需下载券：2
{BODY}
!d 本文档由用户自行上传，简牍文档仅提供信息存储空间，不对内容负责。如发现侵权请联系客服处理。
!a 下载文档　｜　加入收藏　｜　分享给好友
""",
        body="""
2024年，我担任县城市管理局副局长，分管市容环卫和城市执法工作。一年来，在局党组的领导下，我认真履行岗位职责和党风廉政建设“一岗双责”，现将个人述职述廉情况报告如下。
一、加强学习，提高履职能力。全年参加局党组理论学习中心组学习十二次，撰写心得体会五篇，系统学习了城市管理相关法律法规。
二、履职尽责，推动工作落实。牵头推进城区背街小巷整治，完成改造38条；推行环卫作业市场化，城区道路机械化清扫率提高到百分之八十五；开展占道经营专项整治，规范设置便民疏导点十二处。
三、严于律己，落实廉洁要求。严格遵守中央八项规定精神，不利用职务便利谋取私利，对分管领域的工程项目和执法案件实行全程监督。
存在的不足是深入基层调研不够，工作创新意识还需增强。
述职人：卓小川
2025年1月10日
""",
    ),
    dict(
        slug="youth-league-wechat-initiative-read-more",
        site="青春岫川 mirror (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wenzhai.example.net/qcxc/2025/0504/01.html",
        title="致全市青年的一封信",
        record_title="致全市青年的一封信丨五四青年节",
        date="2025-05-04",
        notes="a Youth League's WeChat mirror: decorated record title 丨…; a cover caption, a 'tap to follow / pin the account' prompt, a 'read more' card glued between two paragraphs, an end-of-article mark and a 'previous issue' card; the letter's own slogan stays",
        page="""
!a 👆点击“青春岫川”，设为星标，第一时间收到推送
!t 致全市青年的一封信丨五四青年节
!m 青春岫川　2025年05月04日 07:30
!m 共青团岫川市委员会
{BODY}
!m — END —
!m 来源：团市委宣传部　｜　编辑：姬悦
!l 往期推荐：岫川青年说｜在一线，在路上
!a 点个“赞”和“在看”，为青春加油！
""",
        body="""
亲爱的青年朋友们：
五月的岫川，万物蓬勃。在第106个五四青年节到来之际，团市委向全市广大青年致以节日的问候！
一百多年前，五四运动的先驱们高举爱国、进步、民主、科学的旗帜，在中华民族的历史上写下了光辉的一页。⟦l 阅读更多：回望五四｜一组老照片⟧今天，我们站在新的起点上，更要传承五四精神，担负起时代赋予的使命。
希望你们坚定理想信念，把个人的理想追求融入家乡发展的伟大事业中；希望你们勤学苦练，在各自岗位上练就过硬本领；希望你们勇于担当，在乡村振兴、科技创新、基层治理中挺膺担当。
青春由磨砺而出彩，人生因奋斗而升华！
共青团岫川市委员会
2025年5月4日
""",
    ),
]
