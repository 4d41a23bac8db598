"""Holdout10, part H: two long texts — a county government's implementation plan on a portal
(blank lines between paragraphs, chrome between them) and a provincial department's research
report in an HTML document viewer cut by page markers. Written blind; everything invented."""

CASES = [
    dict(
        slug="gov-shanling-elderly-care-plan-long-gap",
        site="杉岭县人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.shanling.example.gov.cn/zwgk/zcwj/xzfbgswj/2025/0506/7712.html",
        title="杉岭县居家和社区养老服务提升行动实施方案（2025—2027年）",
        record_title="杉岭县居家和社区养老服务提升行动实施方案（2025—2027年）",
        date="2025-04-30",
        notes="a long plan on a county portal: record title, no record date; a document number (neutral); blank lines between paragraphs; a policy-interpretation link and a 'download attachment' row between paragraphs; decimal headings, a target table as rows, 附件 list and 印发 line stay; 成文日期 in Arabic numerals (the page's 发布日期 differs and is also accepted)",
        date_also=["2025-05-06"],
        gap=True,
        indent="\u3000\u3000",
        page="""
!m 杉岭县人民政府门户网站
!m 首页 > 政务公开 > 政策文件 > 县政府办文件
!m 发布日期：2025-05-06　发布机构：县政府办公室　【字号：大 中 小】
{T}
杉政办发〔2025〕8号
{BODY}
!l 【政策解读】一图读懂杉岭县居家和社区养老服务提升行动
!a 【打印本页】　【关闭窗口】
!m 杉岭县人民政府办公室主办　湘ICP备05009931号　网站标识码：4313250001
""",
        body="""
各乡镇人民政府，县直各单位：
《杉岭县居家和社区养老服务提升行动实施方案（2025—2027年）》已经县人民政府同意，现印发给你们，请认真贯彻执行。
为积极应对人口老龄化，加快构建居家社区机构相协调、医养康养相结合的养老服务体系，结合我县实际，制定本方案。
1.总体目标
到2027年，全县基本建成“县有中心、乡有站点、村有服务”的三级养老服务网络，居家和社区养老服务覆盖率显著提升，老年人获得感、幸福感、安全感不断增强。
指标　2025年　2027年
乡镇综合养老服务中心覆盖率　60%　100%
村级互助养老服务点（个）　80　150
护理型床位占比　45%　60%
⟦l 【政策解读】点此查看本方案图文解读⟧
2.重点任务
2.1 完善设施网络。县级建设一所具备综合照护功能的养老服务指导中心；各乡镇依托敬老院改造提升综合养老服务中心；各村利用闲置村部、学校等资源建设互助养老服务点，为老年人提供就餐、休闲、照料等服务。
2.2 发展居家养老服务。对经济困难的失能、半失能老年人家庭实施适老化改造，每户补助标准不超过5000元；推行“家庭养老床位”，由专业机构提供上门护理服务。
2.3 推进医养结合。推动乡镇卫生院与综合养老服务中心毗邻建设，家庭医生团队为辖区65岁以上老年人提供签约服务，每年至少开展一次免费健康体检。
2.4 加强人才队伍建设。每年开展养老护理员技能培训不少于200人次，对取得职业技能等级证书并在本县养老机构连续从业满两年的，给予一次性奖励。
⟦a 附件下载：1.任务分工表.xlsx　2.考核办法.docx⟧
2.5 培育多元服务主体。采取公建民营、委托运营等方式，引导社会力量参与养老服务设施运营，落实税费减免、水电气按居民价格执行等扶持政策。
3.保障措施
3.1 加强组织领导。成立由县政府分管领导任组长的养老服务工作领导小组，统筹推进方案实施。
3.2 强化资金保障。县财政每年安排养老服务专项资金不少于800万元，福利彩票公益金的55%以上用于支持养老服务。
3.3 严格督查考核。将养老服务工作纳入乡镇和部门年度绩效考核，定期通报工作进展。
附件：1.杉岭县居家和社区养老服务提升行动任务分工表
2.杉岭县养老服务工作考核办法
杉岭县人民政府办公室
2025年4月30日
杉岭县人民政府办公室　2025年4月30日印发
""",
    ),
    dict(
        slug="docviewer-canglan-research-html-long-markers",
        site="沧澜省农业农村厅 文档在线预览 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://nync.canglan.example.gov.cn/preview/onlinePreview?url=dybg-2025-06.docx",
        title="关于全省家庭农场高质量发展情况的调研报告",
        record_title=None,
        date="2025-06-20",
        notes="an HTML online-preview page of a long report: no record title; the viewer's toolbar and a watermark line; page markers '〔预览第n页〕' as paragraphs between the halves of cut paragraphs; the report's data table rows and numbered suggestions stay; 成文日期 at the end",
        p_html='<p class="docx-p">{}</p>',
        pages=dict(fmt="〔预览第{n}页〕", every=420, start=2),
        page="""
<html><head><meta charset="utf-8"><title>dybg-2025-06.docx - 文档在线预览</title></head><body>
<div class="toolbar">⟦a ⬇ 下载原文件　🖶 打印　🔍 缩放 100%　⇲ 全屏⟧</div>
<div class="wm">⟦d 仅供内部工作参考　预览水印：nync-guest⟧</div>
<h3>⟦t 关于全省家庭农场高质量发展情况的调研报告⟧</h3>
<div class="doc">
{BODY}
</div>
<div class="status">⟦m 预览服务 v4.2　共 6 页　加载耗时 0.8s⟧</div>
</body></html>
""",
        body="""
为深入了解全省家庭农场发展现状，推动家庭农场高质量发展，今年4月至5月，厅调研组采取实地走访、问卷调查、座谈交流等方式，赴6个市12个县开展专题调研，走访家庭农场96家，召开座谈会14场，收回有效问卷1130份。现将调研情况报告如下。
一、基本情况
近年来，全省家庭农场数量稳步增长、质量持续提升。截至2024年底，纳入家庭农场名录系统的家庭农场达到9.6万家，其中县级以上示范家庭农场1.2万家；家庭农场经营土地面积1380万亩，约占全省耕地面积的22%。
类型　数量（万家）　占比（%）
种植业　5.9　61.5
养殖业　1.7　17.7
种养结合　1.4　14.6
其他　0.6　6.2
二、主要成效
一是带动农民增收作用明显。调查显示，家庭农场年均纯收入28.4万元，是当地普通农户的4倍以上，每家家庭农场平均吸纳周边农民务工6人。二是推动农业适度规模经营。家庭农场平均经营规模144亩，主要农作物耕种收综合机械化率超过85%。三是促进农业绿色发展。超过六成的家庭农场应用测土配方施肥、病虫害绿色防控等技术。
三、存在的问题
一是土地流转不够稳定。部分家庭农场土地流转期限短，租金逐年上涨，农场主不敢进行长期投入。二是融资难融资贵问题突出。家庭农场缺乏有效抵押物，近四成受访农场主反映贷款难。三是经营管理能力不强。多数农场主年龄偏大，文化程度不高，市场开拓和品牌营销能力较弱。四是社会化服务跟不上。烘干、仓储、冷链等配套服务设施不足，农产品产后损失较大。
四、对策建议
1．稳定土地经营关系。引导农户签订中长期流转合同，推广“租金+分红”等利益联结方式，建立土地流转价格监测和风险防范机制。
2．加大金融支持力度。推广“家庭农场贷”等专属信贷产品，扩大农业信贷担保覆盖面，探索以农业设施、活体畜禽等作为抵押物。
3．强化人才培育。实施家庭农场主轮训计划，每年培训家庭农场主1万人次，鼓励返乡大学生、退役军人等创办家庭农场。
4．健全社会化服务体系。支持建设区域性农业社会化服务中心，为家庭农场提供育秧、烘干、仓储、销售等全程服务。
沧澜省农业农村厅调研组
2025年6月20日
""",
    ),
]
