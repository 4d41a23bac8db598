"""holdout33, part D: exam sites, tender platforms, law firms, residents' sites, associations, corporate sites. Invented text."""

CASES = [
    dict(
        slug="exam-site-auxiliary-interview-html",
        site="岑溪州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.cenxizhou.gov.cn/kwxx/20250620/4410.html",
        title="岑溪州候鸟保护站2025年公开招聘编外巡护员面试公告",
        record_title="【面试公告】岑溪州候鸟保护站2025年公开招聘编外巡护员面试公告",
        date="2025-06-20",
        notes="exam site: interviewee list as table rows; the announcement's own 联系电话; the site's consultation box and QR code prompt",
        page="""
<html><head><meta charset="utf-8"><title>岑溪州候鸟保护站2025年公开招聘编外巡护员面试公告</title></head><body>
<div class="hd">⟦m 岑溪州人事考试网⟧ ⟦m 公开　公平　公正⟧</div>
<div class="nv">⟦m 首页 考试公告 成绩查询 政策法规 考生咨询⟧</div>
<div class="wz">⟦m 您所在位置：首页 - 考试公告 - 面试公告⟧</div>
<h1>{T}</h1>
<p class="fbsj">⟦m 发布时间：2025-06-20　信息来源：州候鸟保护站　字号：大 中 小⟧</p>
<div class="nr">
{BODY}
</div>
<div class="zx">⟦w 考生咨询请工作日拨打 0870-2156000，或在“考生留言”板块提问⟧</div>
<div class="ewm">⟦a 扫码关注“岑溪人事考试”，成绩出来第一时间提醒⟧</div>
<div class="ft">⟦m 岑溪州人力资源和社会保障局主办　滇ICP备05006612号⟧</div>
</body></html>
""",
        body="""
根据《岑溪州候鸟保护站2025年公开招聘编外巡护员简章》，经资格复审，现将面试有关事项公告如下。
一、进入面试人员名单
准考证号　姓名　报考岗位
20250101　杨林海　巡护员
20250107　段春妮　巡护员
20250112　和正勇　巡护员
二、面试时间和地点
2025年6月28日上午8:30，州候鸟保护站三楼会议室。面试人员须于8:00前持身份证报到，逾期视为自动放弃。
三、面试方式
采取结构化面试，满分100分，60分为合格分数线。
联系电话：0870-2133721。
岑溪州候鸟保护站
2025年6月20日
""",
    ),
    dict(
        slug="tender-termite-service-procurement",
        site="枫原县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.fengyuan.gov.cn/jyxx/zfcg/cggg/20250402/000112.html",
        title="枫原县白蚁防治站房屋白蚁预防药物采购项目公开招标公告",
        record_title="枫原县白蚁防治站房屋白蚁预防药物采购项目公开招标公告_政府采购_枫原县公共资源交易网",
        date="2025-04-02",
        notes="tender platform: project-number table, lot table, purchaser and agency contacts kept beside the platform's CA hotline; countdown and sign-up buttons",
        page="""
<html><head><meta charset="utf-8"><title>枫原县白蚁防治站房屋白蚁预防药物采购项目公开招标公告</title><script src="/js/countdown.js"></script></head><body>
<div class="t">⟦m 枫原县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 注册⟧</div>
<div class="m">⟦m 首页 交易信息 政府采购 工程建设 土地矿产 信用信息⟧</div>
<div class="c">⟦m 当前位置：交易信息 › 政府采购 › 采购公告⟧</div>
<h2>{T}</h2>
<div class="i">⟦m 信息时间：2025-04-02　阅读次数：88⟧</div>
<div class="cd">⟦a 距离投标截止还剩：20天 03时 12分⟧</div>
<div class="article">
{BODY}
</div>
<div class="b">⟦a 【我要投标】⟧ ⟦a 【下载招标文件】⟧</div>
<div class="f">⟦m CA办理及技术服务热线：400-618-2300⟧<br>⟦m 枫原县公共资源交易中心　赣ICP备17009931号⟧</div>
</body></html>
""",
        body="""
项目概况：枫原县白蚁防治站房屋白蚁预防药物采购项目的潜在投标人应在枫原县公共资源交易网获取招标文件，并于2025年4月23日9时30分（北京时间）前递交投标文件。
一、项目基本情况
项目编号：FYCG2025-017
包号　采购内容　预算金额
1　土壤预防药剂　46万元
2　木材防腐防蚁药剂　22万元
二、获取招标文件
时间：2025年4月3日至4月10日；方式：登录交易网免费下载。
三、联系方式
采购人：枫原县白蚁防治站，联系人：章立群，电话：0745-4219036。
采购代理机构：赣中招标咨询有限公司，联系人：许蔓，电话：0745-4333108。
""",
    ),
    dict(
        slug="tender-bid-result-hydrogen-text",
        site="氢谷集团采购平台 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="https://cg.qinggu-group.com/zbgs/2025/0930/101.html",
        title="氢谷集团加氢站压缩机维保服务项目中标结果公告",
        record_title=None,
        date="2025-09-30",
        notes="hydrogen group's procurement platform; title missing; bid-result table; objection period sentence kept",
        page="""
!m 氢谷集团电子采购平台
!m 采购公告 | 变更公告 | 结果公告 | 供应商注册
!m 首页 > 结果公告
{T}
!m 发布日期：2025-09-30　浏览：56
{BODY}
!a 附件：中标结果公示表.pdf [点击下载]
!m 平台客服：0532-6677 8800
!d 本平台信息以发布单位原文为准
""",
        body="""
氢谷集团加氢站压缩机维保服务项目（项目编号：QG-FW-2025-044）评标工作已经结束，现将中标结果公告如下。
中标人　中标金额　服务期限
青岛海川氢能装备服务有限公司　198.6万元　两年
评标委员会成员：宋宁、周达、陆一鸣、韩雪、贺军。
各有关当事人对中标结果有异议的，可自本公告发布之日起7个工作日内以书面形式提出。
采购人：氢谷集团有限公司
2025年9月30日
""",
    ),
    dict(
        slug="law-firm-livestream-risk-letter",
        site="衡正律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.hengzhenglaw.cn/insights/2025/0522.html",
        title="致直播带货商家的合规风险提示函",
        record_title="法律提示丨致直播带货商家的合规风险提示函 | 衡正律所",
        date="2025-05-22",
        notes="law-firm template: practice-area nav, lawyer card, consultation pop-up, disclaimer footer; firm's contact in the text kept",
        page="""
<html><head><meta charset="utf-8"><title>致直播带货商家的合规风险提示函 | 衡正律所</title></head><body>
<div class="brand">⟦m 衡正律师事务所 HENGZHENG LAW FIRM⟧</div>
<div class="menu">⟦m 关于我们 专业领域 律师团队 衡正观点 联系我们⟧</div>
<div class="crumb">⟦m 衡正观点 / 合规提示⟧</div>
<article><h1>{T}</h1><div class="by">⟦m 2025.05.22　作者：衡正律所电商合规团队⟧</div>
{BODY}
</article>
<div class="card">⟦m 本文作者：卢思源 律师　专业领域：电子商务、知识产权⟧</div>
<div class="pop">⟦w 法律咨询请致电 400-080-6655 或添加微信 hengzheng_law⟧</div>
<div class="disc">⟦d 本文仅为一般性法律信息，不构成对任何具体事项的法律意见。⟧</div>
<div class="ft">⟦m © 2025 衡正律师事务所　沪ICP备18012276号⟧</div>
</body></html>
""",
        body="""
各直播带货商家：
近期，市场监管部门加大了对直播电商领域的执法力度，多家商家因虚假宣传、商品质量不合格被处罚。为帮助商家防范法律风险，本所提示如下：
一、宣传用语要有依据。不得使用“最低价”“全网第一”等无法证实的用语，功效宣传须有检测报告支持。
二、严把商品质量关。与供货商签订书面协议，约定质量标准和责任承担，保存进货凭证和检验报告。
三、依法履行售后义务。落实七日无理由退货规定，不得设置不合理的退货条件。
四、规范主播合作。与主播签订合作协议，明确宣传内容审核责任。
如需进一步了解，可联系本所电商合规团队，电话：021-6289 4410。
衡正律师事务所
2025年5月22日
""",
    ),
    dict(
        slug="law-firm-lecture-used-car-text",
        site="明诚律师网 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="http://www.mingchenglawyer.com/jiangtang/3381.html",
        title="二手车交易中的常见法律风险——在市二手车交易市场商户培训会上的讲稿",
        record_title="法律讲堂｜二手车交易中的常见法律风险——在市二手车交易市场商户培训会上的讲稿",
        date="2025-03-27",
        notes="lawyer's lecture with its date under the title; speaker line neutral; lawyer-card chrome and consultation prompt",
        page="""
!m 明诚律师网
!m 专业 · 诚信 · 高效
!m 首页 > 法律讲堂
!t 法律讲堂｜二手车交易中的常见法律风险——在市二手车交易市场商户培训会上的讲稿
北京明诚（澄川）律师事务所　蒋一帆律师
（2025年3月27日）
{BODY}
!w 遇到二手车纠纷？在线免费咨询，律师10分钟内回复
!l 相关文章：买到事故车如何维权｜车辆过户纠纷案例
!m 明诚律师网 版权所有
""",
        indent="\u3000\u3000",
        body="""
各位商户朋友：
今天受市场管理处邀请，和大家聊聊二手车交易中最常见的几类法律风险。
第一类是车况告知不实。去年我们代理的案件中，有一半以上是因为商户没有如实告知事故或泡水情况，被判“退一赔三”。建议大家在合同中附上车况检测报告，由买方签字确认。
第二类是里程数问题。调表属于欺诈，一旦被查实，不仅要承担民事赔偿，还可能被行政处罚。
第三类是过户和贷款问题。车辆有抵押未解除就出售，容易引发纠纷，交易前一定要查询车辆登记状态。
希望大家诚信经营，防患于未然。谢谢大家。
""",
    ),
    dict(
        slug="community-charging-recycling-text",
        site="桂苑社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://guiyuan-sq.cn/news/2025/0415/209.html",
        title="关于小区设立再生资源回收点的通知",
        record_title="【居务公开】关于小区设立再生资源回收点的通知",
        date="2025-04-15",
        notes="residents' site: the notice's own 联系人/电话 next to the property's 24-hour line in the footer; a 'scan to join the residents' group' line glued after a sentence",
        page="""
!m 桂苑社区网　居民之家
!m 首页 › 居务公开 › 通知
!t 【居务公开】关于小区设立再生资源回收点的通知
!m 社区居委会　2025-04-15　👁 341
{BODY}
!l 评论（2）：18栋住户：太好了，纸箱终于有地方放了
!m 物业24小时服务电话：0771-5566 1234
!m 桂苑社区居委会 主办
""",
        body="""
各位居民：
为推进生活垃圾分类，方便居民交售可回收物，经社区居委会与县再生资源回收公司协商，自4月20日起在小区北门设立再生资源回收点。
回收时间：每周二、周五、周日上午8:30至11:30。
回收品种：废纸、纸箱、塑料瓶、易拉罐、废旧衣物和小家电。
回收价格随市场行情调整，每周在回收点公示。请大家将可回收物分类整理后再交售。⟦a 扫码进“桂苑邻里群”，回收价格每周推送⟧
联系人：社区网格员祁小燕，电话：13877105562。
桂苑社区居委会
2025年4月15日
""",
    ),
    dict(
        slug="community-parents-school-lecture-html",
        site="翠屏街道社区服务网 (invented)",
        style="社区网站",
        genre="活动总结",
        kind="summary",
        form="html",
        source="https://cuiping-jd.cn/sqdt/20251026/88.html",
        title="翠屏社区家长课堂秋季第一讲活动小结",
        record_title="翠屏社区家长课堂秋季第一讲活动小结 - 社区动态 - 翠屏街道社区服务网",
        date="2025-10-26",
        notes="community site: photo caption between paragraphs, volunteer sign-up button glued after a sentence, weather widget and service hotlines in the sidebar",
        page="""
<html><head><meta charset="utf-8"><title>翠屏社区家长课堂秋季第一讲活动小结 - 社区动态</title></head><body>
<div class="top">⟦m 翠屏街道社区服务网⟧ <span class="weather">⟦m 今日 多云 14～22℃⟧</span></div>
<div class="nav">⟦m 首页 | 社区动态 | 便民服务 | 党群之家 | 志愿服务⟧</div>
<div class="bread">⟦m 首页 ＞ 社区动态⟧</div>
<div class="post"><h3>{T}</h3><div class="info">⟦m 翠屏社区　2025-10-26　浏览 92⟧</div>
{BODY}
</div>
<div class="side"><h4>⟦l 便民电话⟧</h4><p>⟦l 社区服务站 0851-8562 0101⟧</p><p>⟦l 街道综治中心 0851-8562 0110⟧</p></div>
<div class="ft">⟦d 本站内容由社区工作人员编辑发布⟧</div>
</body></html>
""",
        body="""
10月25日上午，翠屏社区家长课堂秋季第一讲在社区党群服务中心开讲，县家庭教育指导中心讲师邹敏以“怎样和孩子好好说话”为题，为40多位家长上了一堂生动的家庭教育课。
邹敏结合生活中的案例，讲解了倾听、共情和正面表达三个沟通技巧，并现场组织家长进行角色扮演。
⟦m 图为家长在课堂上进行角色扮演练习。⟧
课后，不少家长表示收获很大。社区将每月举办一次家长课堂，欢迎更多家长参加。⟦a 点我报名当课堂志愿者⟧
翠屏社区居委会
2025年10月26日
""",
    ),
    dict(
        slug="assoc-fungus-minutes-text",
        site="禾岭县食用菌协会网 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.hlsyjxh.org.cn/xhdt/2025/0612/55.html",
        title="禾岭县食用菌协会第二届理事会第五次会议纪要",
        record_title="【协会动态】禾岭县食用菌协会第二届理事会第五次会议纪要",
        date="2025-06-12",
        date_also=["2025-06-10"],
        notes="edible-fungus association: minutes' 时间/地点/主持/出席/记录 lines and a vote count kept; 印发 date expected, meeting date accepted",
        page="""
!m 禾岭县食用菌协会
!m 协会首页｜协会动态｜会员风采｜技术园地｜入会指南
!m 位置：协会动态
!t 【协会动态】禾岭县食用菌协会第二届理事会第五次会议纪要
!m 秘书处　2025-06-12
{BODY}
!a 〖下载本文〗〖打印本文〗
!m 协会秘书处电话：0598-5832210　地址：禾岭县菇乡路2号
""",
        body="""
时间：2025年6月10日上午9:00
地点：协会会议室
主持：会长　林德茂
出席：理事17人（应到19人）
记录：秘书处　苏晓
会议审议并通过了以下事项：
一、通过《禾岭香菇团体标准（修订稿）》，表决结果：同意17票，反对0票，弃权0票。
二、同意吸收禾溪菌业合作社等5家单位为协会会员。
三、决定于8月下旬发布致全县食用菌种植户的质量安全倡议书，由秘书处起草。
禾岭县食用菌协会秘书处
2025年6月12日印发
""",
    ),
    dict(
        slug="assoc-stone-industry-report-html",
        site="云峰石材行业协会 (invented)",
        style="行业协会",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.yfstone.org.cn/hyyj/2025/1103/140.html",
        title="2025年前三季度全县石材行业运行情况分析",
        record_title=None,
        date="2025-11-03",
        notes="association page: data table rows; decimal headings; member-only download prompt between paragraphs; title missing from the record",
        page="""
<html><head><meta charset="utf-8"><title>云峰石材行业协会</title></head><body>
<div class="logo">⟦m 云峰县石材行业协会⟧ ⟦m 会员服务热线：0595-2288 6600⟧</div>
<div class="nav">⟦m 首页 协会简介 行业研究 标准规范 会员单位 展会信息⟧</div>
<div class="here">⟦m 首页 / 行业研究⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：协会秘书处　时间：2025-11-03⟧</div>
{BODY}
<div class="related">⟦l 相关阅读：⟧⟦l 石材行业粉尘治理技术指南⟧⟦l 2025年上半年行业运行分析⟧</div>
<div class="ft">⟦m 云峰县石材行业协会 版权所有 闽ICP备15021800号⟧</div>
</body></html>
""",
        body="""
1．总体情况
前三季度，全县规模以上石材企业实现产值86.4亿元，同比增长5.2%；出口交货值21.7亿元，同比下降3.1%。
2．主要指标
指标　前三季度　同比
板材产量　4210万平方米　增长6.8%
荒料进口量　186万吨　下降2.4%
利润总额　5.3亿元　增长1.9%
⟦a 完整版数据表格仅限会员下载，登录会员中心获取⟧
3．存在问题
一是出口订单减少，欧美市场需求疲软；二是环保改造投入大，中小企业资金压力较重。
4．下一步建议
加快开拓国内工程市场，推动企业抱团参展，积极争取技改贴息政策。
""",
    ),
    dict(
        slug="assoc-embroidery-pledge-wrap",
        site="刺绣行业协会公众号存档 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://xh.miaolingcx.cn/archives/2025-05-18.html",
        title="关于保护刺绣原创图样的倡议",
        record_title="倡议丨关于保护刺绣原创图样的倡议",
        date="2025-05-18",
        notes="embroidery association pledge; hard-wrapped at 66 columns; sentence telling members to 扫码 register designs kept",
        page="""
!m 苗岭县刺绣行业协会
!t 倡议丨关于保护刺绣原创图样的倡议
!m 协会秘书处 · 2025-05-18 · 阅读 809
{BODY}
!l 上一篇：刺绣技能大赛获奖名单　下一篇：绣娘培训报名
!a 转发｜点赞｜在看
""",
        wrap=66,
        indent="\u3000\u3000",
        body="""
全县刺绣企业、合作社和广大绣娘：
原创图样是刺绣产品的灵魂。近年来，一些经营者抄袭、仿冒他人原创图样，损害了原创者的利益，也影响了苗岭刺绣的整体声誉。为此，县刺绣行业协会倡议：
一、尊重原创。不抄袭、不仿冒他人图样，使用他人图样须取得授权并注明出处。
二、主动登记。创作新图样后，请扫描协会图样登记二维码进行备案，协会将免费提供作品登记指导。
三、互相监督。发现抄袭仿冒行为，及时向协会反映，协会将协调处理，必要时协助维权。
苗岭县刺绣行业协会
2025年5月18日
""",
    ),
    dict(
        slug="corp-geothermal-outage-html",
        site="汤泉地热能源有限公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tangquan-geo.com/news/gg/20251110.html",
        title="关于2025—2026年度采暖季开始供热的通知",
        record_title="关于2025—2026年度采暖季开始供热的通知-汤泉地热",
        date="2025-11-10",
        notes="geothermal heating company's site: customer-service line in the text beside the footer's sales line; online service bubble; news list in the sidebar",
        page="""
<html><head><meta charset="utf-8"><title>关于2025—2026年度采暖季开始供热的通知-汤泉地热</title><script>var kefu=true;</script></head><body>
<div class="header">⟦m 汤泉地热 TANGQUAN GEOTHERMAL⟧ ⟦m 清洁供热　温暖万家⟧</div>
<div class="nav">⟦m 首页 走进汤泉 新闻中心 供热服务 社会责任 联系我们⟧</div>
<div class="path">⟦m 新闻中心 > 公司公告⟧</div>
<div class="news"><h2>{T}</h2><div class="date">⟦m 2025-11-10⟧</div>
{BODY}
</div>
<div class="side"><h4>⟦l 最新公告⟧</h4><p>⟦l 采暖费缴纳方式说明⟧</p><p>⟦l 换热站检修计划⟧</p></div>
<div class="kf">⟦w 在线客服 有问题点我⟧</div>
<div class="ft">⟦m 业务合作：0311-8866 5500⟧ ⟦m Copyright © 汤泉地热能源有限公司 冀ICP备14018890号⟧</div>
</body></html>
""",
        body="""
尊敬的热用户：
根据县政府采暖季安排，本公司定于2025年11月15日0时起正式供热，供热期至2026年3月15日24时止。
11月12日至14日为试运行阶段，请用户在家中留人，关注室内暖气有无跑冒滴漏，发现问题及时报修。
本年度采暖收费标准不变，居民用户每平方米每采暖季22元。
供热服务热线：0311-8866 3000（24小时）。
汤泉地热能源有限公司
2025年11月10日
""",
    ),
    dict(
        slug="corp-chip-firm-openday-text",
        site="芯源半导体官网 (invented)",
        style="企业官网",
        genre="活动方案",
        kind="plan",
        form="text",
        source="https://www.xinyuan-semi.com/cn/news/2025/0901.html",
        title="芯源半导体2025年“芯”科普开放日活动方案",
        record_title="芯源半导体2025年“芯”科普开放日活动方案｜新闻中心",
        date=None,
        notes="chip firm's site; no date in the document (year only in the title; a 'last updated' stamp); schedule table; copyright footer",
        page="""
!m 芯源半导体 XINYUAN SEMICONDUCTOR
!m 首页 | 关于芯源 | 产品 | 新闻中心 | 加入我们 | EN
!m 新闻中心 / 企业动态
{T}
!m 最后更新：2025/09/01
{BODY}
!l 分享：微信 微博 领英
!l 返回新闻列表
!d © 芯源半导体股份有限公司 保留所有权利　隐私政策　法律声明
""",
        body="""
为普及集成电路知识，激发青少年科学兴趣，公司将举办“芯”科普开放日活动。
一、活动对象
全县中学生及家长，每场40人，共4场。
二、活动安排
环节　时长　内容
芯片小课堂　30分钟　芯片是怎样制造出来的
参观走廊　40分钟　隔着玻璃参观洁净车间
动手体验　30分钟　焊接一块小电路板
三、报名方式
通过公司公众号报名，报名成功后凭短信通知入场。参观时请勿触碰设备，不得拍摄车间内部。
""",
    ),
]
