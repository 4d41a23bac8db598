"""Held-back part 4, sources G: forwarded mails and bulletins, government portals.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="mail-cenyang-statistics-check-notice-forward",
        site="forwarded mail from 岑阳县政府办公室 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://wendianke@cenyang.gov.cn/2025-08-11/fw-tjzf",
        title="关于开展2025年度统计执法“双随机、一公开”检查的通知",
        record_title="转发：关于开展2025年度统计执法“双随机、一公开”检查的通知",
        date="2025-08-08",
        date_also=["2025-08-11"],
        notes="mail headers (its own 抄送 and 附件 header lines, the subject with 转发：), a forwarding note (neutral), the forwarded header block; the notice's own 附件, 联系人 and 抄送 lines stay; confidentiality footer and mail buttons",
        page="""
!m 发件人："县政府办公室文电科" <wendianke@cenyang.gov.cn>
!m 发送时间：2025年8月11日（星期一）下午3:42
!m 收件人：各乡镇党政办；县直各单位办公室
!m 抄送：zhou.xiaoming@cenyang.gov.cn
!m 主题：转发：关于开展2025年度统计执法“双随机、一公开”检查的通知
!m 附件：统计执法检查对象名单.xlsx（24.6KB）
各位同事：请按通知要求做好相关工作，收到请回复。谢谢！
!m 发自我的手机邮箱
!m -------- 转发的邮件 --------
!m 发件人：县统计局 <tjj@cenyang.gov.cn>
!m 日期：2025年8月8日 17:06
{T}
岑统字〔2025〕21号
{BODY}
!d 本邮件及其附件含有保密信息，仅限于发送给上述收件人使用。如您误收了本邮件，请立即通知发件人并删除。
!a 回复　回复全部　转发　删除
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
为进一步规范统计执法检查工作，依法查处统计造假、弄虚作假行为，根据《中华人民共和国统计法》及省、市有关工作部署，县统计局决定在全县开展2025年度统计执法“双随机、一公开”检查。现将有关事项通知如下：
一、检查对象：通过统计执法监督检查系统，从全县规模以上工业企业、限额以上批发零售业企业、规模以上服务业企业等调查对象中随机抽取15家，检查对象名单见附件。
二、检查内容：重点检查统计台账建立、原始记录与统计报表的一致性，以及是否存在虚报、瞒报、伪造、篡改统计资料等违法行为。
三、时间安排：2025年8月下旬至10月中旬，分自查、现场检查和整改反馈三个阶段进行。
四、工作要求：各被检查单位要如实提供统计资料和相关凭证，不得拒绝、阻碍检查。各乡镇要做好协调配合工作。
联系人：县统计局执法监督股　覃晓东，电话：0739-6331192。
附件：2025年度统计执法检查对象名单
岑阳县统计局
2025年8月8日
抄送：县委办，县人大常委会办，县政府办，县政协办。
""",
    ),
    dict(
        slug="bulletin-luzhou-safety-inspection-report-forward",
        site="鹭洲区安全生产工作简报, forwarded (invented)",
        style="邮件转发",
        genre="通报",
        kind="notice",
        form="text",
        source="https://wx.work.luzhou-qu.cn/forward/aqsc-jb-2025-09",
        title="关于2025年第三季度安全生产明查暗访情况的通报",
        record_title=None,
        date="2025-10-08",
        date_also=["2025-10-09"],
        notes="a bulletin forwarded through a work messenger: the bulletin's masthead, issue number and 编印 line, a contents box whose first item is this document's title, the distribution line after (neutral)",
        page="""
!m 转发自：区应急管理局综合科（企业微信）
!m 鹭洲区安全生产工作简报
!m 第9期
!m 鹭洲区安全生产委员会办公室编印　　2025年10月9日
!l 【本期导读】
!l 1. 关于2025年第三季度安全生产明查暗访情况的通报
!l 2. 砚溪街道扎实开展燃气安全专项整治
!l 3. 各地动态
{T}
{BODY}
报：区委、区政府主要领导，区安委会成员
!m 共印60份
!a 长按可转发给同事　　在电脑上打开
""",
        indent="\u3000\u3000",
        body="""
各街道、区安委会各成员单位：
为推动安全生产责任和措施落实，2025年7月至9月，区安委办组织4个暗访组，采取“四不两直”方式，对全区8个街道的46家生产经营单位开展了明查暗访，共发现各类安全隐患183项。现将有关情况通报如下：
一、总体情况
从检查情况看，大部分企业能够落实安全生产主体责任，安全管理制度较为健全。但部分企业仍存在安全培训流于形式、隐患整改不彻底等问题，个别企业问题较为突出。
二、存在的主要问题
（一）消防安全隐患突出。检查发现，有11家企业存在消防通道堵塞、安全出口上锁、灭火器过期等问题，占发现问题总数的27%。
（二）动火作业管理不规范。有6家企业动火作业未办理审批手续，现场未落实监护人员，存在较大安全风险。
（三）燃气使用不规范。部分餐饮场所未安装可燃气体报警装置，液化气钢瓶与灶具间距不足，软管老化未及时更换。
三、下一步工作要求
各街道、各有关部门要对照问题清单，督促企业于10月31日前完成整改，对重大隐患实行挂牌督办，整改不到位的依法从严查处。区安委办将适时组织“回头看”，对整改不力的单位予以通报批评。
鹭洲区安全生产委员会办公室
2025年10月8日
""",
    ),
    dict(
        slug="mail-outlook-gig-workers-research-oneline",
        site="forwarded Outlook mail, 鹭洲区总工会 (invented)",
        style="邮件转发",
        genre="调研报告",
        kind="report",
        form="text",
        source="mail://yjs@luzhou-gh.org.cn/2025-11-04/fw-diaoyan",
        title="关于全区新就业形态劳动者权益保障情况的调研报告",
        record_title="FW: 调研报告（定稿）请审阅",
        title_in="missing",
        date="2025-11-04",
        notes="English Outlook headers (the Sent line is the only date), a neutral note to the reader, the report pasted as one line (indents only), a mail signature with a phone and a confidentiality line",
        page="""
!m From: 区总工会研究室 <yjs@luzhou-gh.org.cn>
!m Sent: Tuesday, November 4, 2025 9:18 AM
!m To: 办公室全体
!m Subject: FW: 调研报告（定稿）请审阅
王主任：调研报告已按您的意见修改，请审阅。
{T}
{BODY}
!m 区总工会研究室　李航
!m 电话：0592-5326610
!d 此邮件可能包含保密信息，如非指定收件人请勿使用并立即删除。
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
为全面了解全区新就业形态劳动者权益保障情况，9月至10月，区总工会会同区人社局组成调研组，深入8家平台企业、5个快递网点和3个网约车服务站，召开座谈会6场，发放调查问卷1200份，收回有效问卷1136份。现将调研情况报告如下。
一、基本情况。据初步统计，全区共有外卖配送员、快递员、网约车司机、网络主播等新就业形态劳动者约2.3万人，其中男性占81%，35岁以下占64%，外地户籍占58%。
二、存在的问题。一是劳动关系认定难，调查显示，与平台企业或合作商签订劳动合同的仅占23%，多数劳动者以“众包”“个体工商户”等形式从业。二是社会保障覆盖不足，参加职工基本养老保险的仅占31%，参加职业伤害保障的比例更低。三是劳动强度大，日均工作10小时以上的占52%，部分劳动者反映算法考核过严、休息时间难以保证。
三、对策建议。一是推动平台企业落实用工主体责任，督促合作商依法与劳动者签订劳动合同或书面协议。二是扩大社会保险覆盖面，积极争取职业伤害保障试点扩面。三是深化“暖心驿站”建设，年内在全区新建和提升户外劳动者服务站点30个，为劳动者提供休息、饮水、充电等服务。四是加快推进新就业形态劳动者入会，力争年底前入会人数突破1.5万人。
""",
    ),
    dict(
        slug="gov-chengchuan-heavy-pollution-plan-html",
        site="澄川县人民政府 (invented)",
        style="政府门户",
        genre="应急预案",
        kind="notice",
        form="html",
        source="http://www.chengchuan.gov.cn/zwgk/yjgl/yjya/202511/t20251124_90311.html",
        title="澄川县重污染天气应急预案",
        record_title=None,
        date="2025-11-20",
        notes="portal page without title or date in the record: info table with 成文日期, accessibility buttons, decimal section headings (1 总则, 1.1 …) and (1)(2)(3) warning levels stay; interpretation link, QR prompt, corrections phone",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>澄川县人民政府</title></head><body>
<div class="head">⟦m 澄川县人民政府⟧ <a>⟦a 无障碍浏览⟧</a> <a>⟦a 长者模式⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 走进澄川⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 政务服务⟧</a><a>⟦m 互动交流⟧</a></div>
<div class="loc">⟦m 当前位置：首页 &gt; 政务公开 &gt; 应急管理 &gt; 应急预案⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：43122X-2025-01276⟧</td><td>⟦m 发布机构：澄川县人民政府办公室⟧</td></tr>
<tr><td>⟦m 成文日期：2025-11-20⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">澄政办发〔2025〕33号</p>
<div class="zw">
{BODY}
</div>
<div class="jd">⟦l 相关解读：《澄川县重污染天气应急预案》政策解读⟧</div>
<div class="tools"><span>⟦a 扫一扫在手机打开当前页⟧</span> <span>⟦a 【打印】【关闭】⟧</span></div>
<div class="foot"><p>⟦m 澄川县人民政府办公室主办　网站标识码：4312000023⟧</p><p>⟦m 湘ICP备05002831号　湘公网安备43122302000105号⟧</p><p>⟦w 网站纠错电话：0736-5221100⟧</p></div>
</body></html>
""",
        body="""
1 总则
1.1 编制目的
为及时有效应对重污染天气，最大限度减轻重污染天气造成的危害，保障人民群众身体健康，制定本预案。
1.2 适用范围
本预案适用于本县行政区域内发生的重污染天气应对工作。因沙尘暴等自然因素造成的重污染天气，按照相关规定执行。
2 组织体系
县人民政府成立县重污染天气应急指挥部，由分管副县长任总指挥，县政府办公室联系副主任和市生态环境局澄川分局局长任副总指挥。指挥部办公室设在市生态环境局澄川分局，负责日常工作。
3 预警分级
按照空气质量指数（AQI）预测结果，重污染天气预警分为三级，由轻到重依次为：
（1）黄色预警：预测AQI日均值大于200将持续2天及以上，且未达到高级别预警条件；
（2）橙色预警：预测AQI日均值大于200将持续3天，且出现AQI日均值大于300的情况；
（3）红色预警：预测AQI日均值大于200将持续4天及以上，且AQI日均值大于300将持续2天及以上。
4 应急响应措施
4.1 健康防护措施。提醒儿童、老年人和呼吸道、心脑血管疾病患者减少户外活动；中小学、幼儿园在橙色及以上预警期间停止户外课程和活动。
4.2 减排措施。黄色预警期间，全县施工工地停止土石方作业，加大道路清扫保洁频次；橙色及以上预警期间，重点工业企业按照“一厂一策”落实限产减排措施，禁止燃放烟花爆竹和露天烧烤。
5 附则
本预案由市生态环境局澄川分局负责解释，自印发之日起施行。
澄川县人民政府办公室
2025年11月20日
""",
    ),
    dict(
        slug="gov-songgao-deputy-suggestion-reply-letter",
        site="松皋县人民政府门户网站 (invented)",
        style="政府门户",
        genre="函",
        kind="notice",
        form="text",
        source="http://www.songgao.gov.cn/zwgk/jytabl/rddbjy/202507/t20250718_6120.html",
        title="松皋县农业农村局关于县十七届人大五次会议第36号建议办理情况的答复函",
        date="2025-07-14",
        date_also=["2025-07-18"],
        notes="reply letter to a deputy: the bureau's own contact line and 抄送 line stay; prev/next links that look like this title; font/correction/print toolbar",
        page="""
!m 松皋县人民政府门户网站
!m 首页 > 政务公开 > 建议提案办理 > 人大代表建议
{T}
!m 发布时间：2025-07-18　　来源：县农业农村局　　浏览次数：241
!a 【字体：大 中 小】【我要纠错】【打印】
{BODY}
!l 上一篇：松皋县农业农村局关于县政协十一届四次会议第58号提案的答复函
!l 下一篇：关于县十七届人大五次会议第12号建议办理情况的答复
!m 主办单位：松皋县人民政府办公室　桂ICP备09002551号
""",
        indent="\u3000\u3000",
        body="""
黄丽萍代表：
您提出的《关于加快农村冷链物流设施建设的建议》收悉。感谢您对我县农业农村工作的关心和支持。经认真研究，现答复如下：
近年来，我县高度重视农产品冷链物流体系建设。2023年以来，共争取中央和省级资金1860万元，支持新型农业经营主体建设产地冷藏保鲜设施86个，新增库容4.2万立方米，全县果蔬产后损失率由15%下降到9%左右。
您在建议中指出的部分乡镇冷链设施布局不均、运营成本高等问题，确实存在。下一步，我们将重点做好以下工作：
一是优化设施布局。结合全县特色产业分布，在砂糖橘、百香果主产区新建一批田头冷库，力争2026年底前实现主产乡镇全覆盖。
二是降低运营成本。协调供电部门落实农业生产用电价格政策，推动冷库用电执行农业生产电价。
三是创新运营模式。鼓励村集体经济组织与合作社、物流企业合作，探索“村集体建、合作社用、企业营”的运营模式，提高设施利用率。
再次感谢您对我们工作的关心和支持，欢迎继续提出宝贵意见。
联系单位及电话：县农业农村局市场与信息化股，0774-5236018。
松皋县农业农村局
2025年7月14日
抄送：县人大常委会人代工委，县政府督查室。
""",
    ),
    dict(
        slug="gov-tinglan-rural-work-speech-html",
        site="汀澜县人民政府 (invented)",
        style="政府门户",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.tinglan.gov.cn/ywdt/ldjh/202601/t20260119_77018.html",
        title="在全县2026年农村工作会议上的讲话",
        record_title=None,
        date="2026-01-16",
        date_also=["2026-01-19"],
        notes="portal speech page: speaker and date lines under the title (neutral), a publish line fused with a font-size control, related stories whose titles look like headlines",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>汀澜县人民政府</title></head><body>
<div class="top">⟦m 汀澜县人民政府⟧</div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 要闻动态⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 办事服务⟧</a><a>⟦m 政民互动⟧</a></div>
<div class="crumb">⟦m 首页 &gt; 要闻动态 &gt; 领导讲话⟧</div>
<h1>{T}</h1>
<p class="sp">县委副书记　苏建平</p>
<p class="sp">（2026年1月16日）</p>
<div class="info">⟦m 发布时间：2026-01-19 09:30　来源：县委农办　【字号：大 中 小】⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦a 分享：微信 微博 QQ⟧</div>
<div class="rel"><h4>⟦l 相关稿件⟧</h4><p>⟦l 全县2026年农村工作会议召开⟧</p><p>⟦l 县委书记在全县农村工作会议上强调：锚定目标不松劲　全面推进乡村振兴⟧</p></div>
<div class="foot">⟦m 汀澜县人民政府办公室主办　滇ICP备06003718号⟧</div>
</body></html>
""",
        body="""
同志们：
这次会议的主要任务是，深入贯彻落实中央、省、市农村工作会议精神，总结2025年全县“三农”工作，安排部署2026年重点任务。刚才，县委书记作了重要讲话，我都同意，请大家认真抓好贯彻落实。下面，我就具体工作讲几点意见。
一、肯定成绩，坚定做好“三农”工作的信心
2025年，全县粮食播种面积稳定在41.3万亩，总产量达到16.8万吨。农村居民人均可支配收入达到20460元，增长6.9%，增速高于城镇居民。全年新建高标准农田2.6万亩，改造提升农村公路186公里，新增省级美丽乡村示范村3个，脱贫攻坚成果持续巩固，没有发生规模性返贫。
二、突出重点，扎实推进乡村全面振兴
一要稳住粮食生产。严格落实耕地保护和粮食安全党政同责，确保全年粮食播种面积稳定在41万亩以上。二要做强特色产业。围绕茶叶、油茶、中药材三大主导产业，推进全产业链发展，力争农产品加工业产值增长10%以上。三要建设和美乡村。深入推进农村人居环境整治提升，扎实开展农村供水保障、农村电网改造等民生工程。
三、压实责任，确保各项任务落地见效
各乡镇、各部门要坚持五级书记抓乡村振兴，主要负责同志要亲自抓、负总责。县委农办要加强统筹协调和督促检查，对工作推进不力的，要及时通报、严肃问责。
同志们，做好今年的“三农”工作意义重大。让我们以更加昂扬的斗志、更加务实的作风，奋力谱写乡村全面振兴新篇章！
""",
    ),
]
