"""holdout109, part D. Invented text, sites, places and people; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="download-wenjian-html-plan-firedoor-install-old-table",
        site="文件驿站 (invented download station), old ASP table layout",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.wenjianyz.com/soft/fangan/20250310/16622.html",
        title="住宅楼防火门安装专项施工方案",
        record_title="住宅楼防火门安装专项施工方案 免费下载",
        date="2025-03-06",
        notes="old table layout with a file-info table, mirror links and a dead-link report; numbered steps; date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>住宅楼防火门安装专项施工方案 免费下载 - 文件驿站</title></head>
<body><table width="980" align="center" border="0"><tr><td>
<table width="100%"><tr><td>⟦m 文件驿站 WENJIANYZ.COM⟧</td><td align="right">⟦a 设为首页　加入收藏⟧</td></tr></table>
<table width="100%" class="menu"><tr><td>⟦m 首页 ┆ 施工方案 ┆ 工作计划 ┆ 合同范本 ┆ 表格下载⟧</td></tr></table>
<table width="100%"><tr><td>
<div>⟦m 当前位置：文件驿站 &gt;&gt; 施工方案 &gt;&gt; 装饰装修⟧</div>
<h1>{T}</h1>
<table class="info" border="1">
<tr><td>⟦m 资料大小：48KB⟧</td><td>⟦m 资料类型：DOC⟧</td></tr>
<tr><td>⟦m 更新日期：2025-03-10⟧</td><td>⟦m 推荐等级：★★★★⟧</td></tr>
</table>
<div class="jianjie">
{BODY}
</div>
<table><tr><td>⟦a 下载地址一：本站下载⟧</td><td>⟦a 下载地址二：网盘下载⟧</td><td>⟦a 下载地址三：备用下载⟧</td></tr></table>
<div>⟦l 下载有问题？点此报告死链⟧</div>
</td></tr></table>
<table width="100%"><tr><td class="copy">⟦d 本站资料均由网友提供，若侵犯了您的权益请告知⟧<br>⟦m Copyright 2008-2025 文件驿站 苏ICP备08110462号⟧</td></tr></table>
</td></tr></table></body></html>
""",
        p_html="<p>{}</p>",
        body="""
一、工程概况
本工程为碶山县锦棠苑住宅小区1至6号楼，共需安装钢质防火门1126樘，其中甲级防火门86樘、乙级防火门904樘、丙级管井门136樘。
二、施工准备
1. 防火门进场时须核查产品合格证、型式检验报告和强制性产品认证证书，逐樘检查门框、门扇有无变形和划伤。
2. 复核门洞尺寸和标高，门洞偏差超过10毫米的，通知土建单位整改后再安装。
三、安装工艺
1. 门框就位后用线坠校正垂直度，用膨胀螺栓与墙体固定，固定点间距不大于600毫米。
2. 门框与墙体间缝隙用水泥砂浆灌实，养护不少于48小时后方可安装门扇。
3. 安装闭门器、顺序器和防火锁，调试使门扇能自动关闭且关闭严密。
四、质量与安全
安装完成后逐樘进行启闭试验，并填写安装记录。高处作业须系安全带，电动工具须经漏电保护器接电。
碶山县恒安建筑安装有限公司项目部
2025年3月6日
""",
    ),
    dict(
        slug="rsks-renshi-html-announcement-midwife-recruitment",
        site="礁原人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jyrsks.cn/ksxx/sydw/202505/t20250512_7720.html",
        title="礁原县妇幼保健院2025年公开招聘助产士公告",
        record_title="【招聘公告】礁原县妇幼保健院2025年公开招聘助产士公告",
        date="2025-05-12",
        notes="personnel-exam site with a floating consult box; a recruitment table one row a paragraph; the hospital's 咨询电话 beside the site's technical line; 下载/打印 sentences kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>【招聘公告】礁原县妇幼保健院2025年公开招聘助产士公告_礁原人事考试网</title></head><body>
<div class="header">⟦m 礁原人事考试网⟧<span>⟦m 公平　公正　公开⟧</span></div>
<div class="navbar">⟦m 首页　考试信息　报名入口　成绩查询　政策法规　下载中心⟧</div>
<div class="curpos">⟦m 您所在位置：首页 &gt; 考试信息 &gt; 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 来源：县卫生健康局　发布时间：2025-05-12　浏览：4016⟧</div>
<div class="text">
{BODY}
</div>
<div class="kefu">⟦w 报名系统技术咨询：0769-8810000（工作日9:00-17:00）⟧</div>
<div class="flink">⟦l 友情链接：县人社局 | 县卫健局 | 县政务服务网⟧</div>
<div class="copy">⟦m 礁原县人事考试中心 主办　粤ICP备16033812号⟧</div>
</body></html>
""",
        body="""
根据工作需要，经县人社局批准，礁原县妇幼保健院面向社会公开招聘助产士。现将有关事项公告如下：
一、招聘岗位及人数
岗位代码　　岗位名称　　人数　　学历要求
J2501　　助产士　　4　　大专及以上
J2502　　助产士（新生儿方向）　　2　　本科及以上
二、报名条件
年龄在35周岁以下，具有助产、护理专业学历，持有护士执业资格证书；具有二级以上医院产房工作经历两年以上的，年龄可放宽至40周岁。
三、报名方式
报名时间为2025年5月20日至5月26日，一律采用网上报名。考生请于6月5日后登录本网站下载并打印准考证。
四、考试
考试分笔试和面试，笔试内容为助产专业知识，笔试、面试成绩各占50%。
五、咨询电话
县妇幼保健院人事科：0769-8839215。
礁原县卫生健康局
2025年5月12日
""",
    ),
    dict(
        slug="rsks-kaoshi-text-interview-notice-endemic-disease",
        site="砺原人事人才网 (invented), text rendering",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lyrsrc.cn/news/2025-06/9031.html",
        title="砺原县疾病预防控制中心2025年地方病防治岗位公开招聘面试通知",
        date="2025-06-16",
        notes="personnel-exam site as text; an interview schedule table; sentences telling candidates to 打印/扫码 kept; 考生须知 list; footer chrome",
        page="""
!m 砺原人事人才网　|　人才兴县
!m 首页 ＞ 公告通知 ＞ 面试通知
{T}
!m 发布时间：2025-06-16 17:03:44　　信息来源：县疾控中心　　字号 大|中|小
{BODY}
!a 收藏本页　　打印本页　　关闭
!l 上一篇：县人民医院2025年招聘笔试成绩公示
!l 下一篇：2025年“三支一扶”资格复审公告
!m 砺原县人力资源和社会保障局主办　|　技术支持：创元信息
""",
        body="""
根据《砺原县疾病预防控制中心2025年公开招聘工作人员公告》，现将地方病防治岗位面试有关事项通知如下：
一、面试时间和地点
日期　　时间　　地点
6月21日　　8:30报到　　县疾控中心五楼会议室
二、面试人员
按笔试成绩由高到低、以1:3比例确定面试人员共9名，名单见附件。
三、考生须知
1. 考生须携带本人身份证和笔试准考证，请自行打印面试确认函。
2. 面试当天请扫码填写健康承诺书后进入候考室。
3. 面试采取结构化面试方式，每人15分钟，成绩当场公布。
附件：地方病防治岗位面试人员名单
砺原县疾病预防控制中心
2025年6月16日
""",
    ),
    dict(
        slug="tender-zhaocai-html-radar-maintenance-contacts",
        site="碑岭公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.beiling.gov.cn/jyxx/zfcg/cggg/202504/t20250414_33019.html",
        title="碑岭县气象局天气雷达系统维保服务项目竞争性磋商公告",
        record_title="碑岭县气象局天气雷达系统维保服务项目竞争性磋商公告-政府采购-碑岭公共资源交易网",
        date="2025-04-14",
        notes="tender platform; decorated record title; buyer and agency contacts kept beside the platform's CA hotline; a lot table; project number line",
        page="""
<html><head><meta charset="utf-8"><title>碑岭县气象局天气雷达系统维保服务项目竞争性磋商公告-政府采购-碑岭公共资源交易网</title></head><body>
<div class="hd">⟦m 碑岭公共资源交易网⟧　⟦a 主体登录　CA办理　帮助中心⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 服务指南 诚信体系⟧</div>
<div class="loc">⟦m 首页 ／ 交易信息 ／ 政府采购 ／ 采购公告⟧</div>
<h3>{T}</h3>
<div class="gg-info">⟦m 信息时间：2025-04-14　　阅读次数：211⟧</div>
<div class="gg-content">
{BODY}
</div>
<div class="gg-bottom">⟦w CA数字证书服务热线：400-611-0938⟧</div>
<div class="footer">⟦m 主办：碑岭县公共资源交易中心　滇ICP备17004620号-1⟧</div>
</body></html>
""",
        body="""
项目概况：碑岭县气象局天气雷达系统维保服务项目的潜在供应商应在碑岭公共资源交易网获取磋商文件，并于2025年4月28日9时30分前提交响应文件。
一、项目基本情况
项目编号：BLZC2025-0412
预算金额：68.5万元
采购需求：
包号　　内容　　服务期
1　　天气雷达系统年度巡检及故障维修　　12个月
2　　雷达关键备件储备　　12个月
二、申请人资格要求
具有独立承担民事责任的能力；近三年内具有天气雷达或同类雷达系统维保业绩。
三、获取磋商文件
时间：2025年4月15日至4月21日，方式：在本网站免费下载。
四、联系方式
采购人：碑岭县气象局，联系人：罗南星，电话：0872-6612054。
采购代理机构：云衡项目管理有限公司，联系人：黎小禾，电话：0872-6630981。
""",
    ),
    dict(
        slug="tender-zhongbiao-text-result-inspection-equipment",
        site="砧城市政府采购网 (invented), text rendering",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://zfcg.zhicheng.gov.cn/zbgg/2025/0527/88140.html",
        title="砧城市机动车检验设备计量检定能力提升项目中标结果公告",
        record_title=None,
        date="2025-05-27",
        notes="no record title; bid result table; the notice's own contacts kept; platform chrome and a 公告期限 line kept in the body",
        page="""
!m 砧城市政府采购网
!m 首页　采购公告　结果公告　合同公告　政策法规
!m 位置：首页 >> 结果公告
{T}
!m 发布日期：2025年05月27日　　浏览次数：79
{BODY}
!a 〖下载本公告〗〖打印〗
!l 相关公告：该项目的采购公告
!m 主办单位：砧城市财政局　　服务热线：0599-8800100
""",
        body="""
一、项目编号：ZCCG-2025-0331
二、项目名称：砧城市机动车检验设备计量检定能力提升项目
三、中标信息
供应商名称　　中标金额　　地址
闽测智能装备有限公司　　147.6万元　　福州市仓山区建新路21号
四、主要标的信息
制动台检定装置1套、轴重仪检定装置1套、尾气分析仪标准气体配气装置1套。
五、公告期限
自本公告发布之日起1个工作日。
六、联系方式
采购人：砧城市计量所，联系人：蔡晓波，电话：0599-8837026。
""",
    ),
    dict(
        slug="lawfirm-zhengda-text-lecture-microloan-disputes",
        site="正达律师事务所 (invented), text rendering",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="https://www.zhengdalaw.cn/case/jiangzuo/2025/0410.html",
        title="小额贷款合同纠纷的常见风险与防范——在个体工商户普法讲座上的讲稿",
        record_title="法律讲堂丨小额贷款合同纠纷的常见风险与防范——在个体工商户普法讲座上的讲稿",
        date="2025-04-09",
        notes="law-firm site; decorated record title; the lecture's own date under the title; a consult prompt between paragraphs; disclaimer",
        page="""
!m 正达律师事务所　ZHENGDA LAW FIRM
!m 首页 · 律所简介 · 专业领域 · 律师团队 · 普法讲堂 · 联系我们
{T}
（2025年4月9日）
主讲：正达律师事务所合伙人　许清和
!m 文章来源：本所　时间：2025-04-10
{BODY}
!d 本文仅为普法宣传，不构成针对具体案件的法律意见。
!w 法律咨询热线：0831-7756688（工作日 9:00-18:00）
!m 正达律师事务所 版权所有　蜀ICP备17010042号
""",
        body="""
各位朋友：
今天跟大家聊一聊向小额贷款公司借款时容易遇到的法律风险。
一、看清借款合同的“利息”和“费用”。有的合同除了利息，还约定服务费、咨询费、保证金等，综合算下来年化成本很高。根据司法解释，借款人可以主张综合资金成本超过法定上限的部分不予保护。
⟦w 如需合同审查，可预约本所律师当面咨询⟧
二、不要轻易为别人担保。担保合同一签，借款人还不上钱，债权人就可以直接找担保人。
三、保存好还款凭证。尽量通过银行转账还款，并在备注中写明还款用途，不要把现金交给业务员个人。
四、遇到暴力催收要依法维权。可以向地方金融监管部门投诉，必要时报警。
最后提醒大家，借钱前要量力而行，借款用途要合法。谢谢大家！
""",
    ),
    dict(
        slug="lawfirm-anheng-html-tips-housekeeping-contract",
        site="安衡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.anhenglawyer.com/insights/2025/housekeeping.html",
        title="家政服务合同签订前要看清的六个条款",
        record_title="律师提示 | 家政服务合同签订前要看清的六个条款 - 安衡律师事务所",
        date="2025-02-26",
        notes="modern law-firm template; decorated record title; author card and consult box; the article's own 12315 line kept; a numbered list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师提示 | 家政服务合同签订前要看清的六个条款 - 安衡律师事务所</title></head><body>
<header><div class="brand">⟦m 安衡律师事务所⟧</div><nav>⟦m 关于我们 业务领域 专业文章 律师团队 加入我们⟧</nav></header>
<section class="article">
<div class="tag">⟦m 专业文章 / 婚姻家事⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 作者：安衡律所家事团队　汤语微律师　2025-02-26⟧</div>
<div class="art-body">
{BODY}
</div>
<div class="consult">⟦w 如有家事法律问题，欢迎拨打 025-8621 3399 预约咨询⟧</div>
<div class="more">⟦l 延伸阅读：保姆造成雇主财产损失怎么办？⟧</div>
</section>
<footer>⟦d 声明：本文仅代表作者观点，不视为本所正式法律意见⟧　⟦m © 2025 安衡律师事务所　苏ICP备20048815号⟧</footer>
</body></html>
""",
        body="""
春节过后是雇请家政服务员的高峰。签合同前，建议重点看清以下六个条款：
1. 服务内容。写明是保洁、做饭、照护老人还是育婴，避免事后对工作范围产生争议。
2. 服务人员信息。核对服务员的身份证、健康证明和技能证书，合同中注明更换人员的条件。
3. 费用与支付。明确服务费、中介费的金额和支付方式，写清中途解约时如何退费。
4. 保险。确认家政公司是否为服务员购买了意外伤害保险或家政责任险。
5. 违约与解约。约定试用期和提前解约的通知时间。
6. 争议解决。发生纠纷可先协商，协商不成可拨打12315投诉或申请仲裁、起诉。
""",
    ),
    dict(
        slug="community-jinxiu-text-notice-breakfast-cart",
        site="锦绣里社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.jinxiuli.org.cn/gg/2025/0409.html",
        title="关于流动早餐车进驻社区的温馨告知",
        record_title="【社区公告】关于流动早餐车进驻社区的温馨告知",
        date="2025-04-09",
        notes="residents' site; decorated record title; the notice's own 网格员 phone beside the service-centre hotline footer; a stop table",
        page="""
!m 锦绣里社区　我们的家园
!m 社区首页 | 社区公告 | 便民服务 | 网格风采 | 居民议事
{T}
!m 发布：社区居委会　　2025-04-09　　阅读 902
{BODY}
!l 评论（6）　｜　我要评论
!l 居民“向日葵”：终于不用跑两条街买包子了
!m 锦绣里社区党群服务中心　服务热线：0599-8826160
""",
        body="""
各位居民朋友：
为方便大家吃早餐，经街道协调，自4月14日起，“碶山早点”流动早餐车进驻我社区，每天早上6:30至9:00营业。停靠点位如下：
点位　　位置
1号点　　小区东门人行道内侧
2号点　　社区卫生服务站门前空地
早餐车已办理食品经营许可，从业人员均持有健康证明。请居民有序购买，不要在车辆周边停放电动车。
如发现早餐车有卫生问题，可联系网格员小贺，电话：15859906124。
锦绣里社区居民委员会
2025年4月9日
""",
    ),
    dict(
        slug="community-hepan-text-notice-housekeeping-station",
        site="河畔社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://hepan.qiaowan-sq.cn/news/712.html",
        title="河畔社区家政服务站开业及首月优惠活动通知",
        record_title=None,
        date="2025-05-06",
        notes="no record title; chrome glued before a sentence; numbered service list; the station's own phone and a 扫码 sentence kept; relative time",
        page="""
!m 河畔社区服务网　>　社区动态
!a 登录　注册　|　居民认证
{T}
!m 社区办　发布于 2 周前　　👁 517
{BODY}
!l 👍 点赞(33)　💬 留言(4)　↗ 转发
!d 本网站信息由社区工作人员维护，如有疑问请到社区服务大厅咨询。
""",
        body="""
居民朋友们：
在街道和区商务局的支持下，河畔社区家政服务站将于5月10日在社区服务中心一楼开业。服务站提供以下服务：
1. 日常保洁、深度保洁、家电清洗；
2. 育婴、月嫂、养老护理人员推荐；
3. 家政服务员技能培训和就业登记。
⟦l 热门服务：空调清洗 ¥89起⟧开业首月，60岁以上老人办理钟点保洁享受八折优惠。居民可扫描服务站门口的二维码预约服务。
服务站电话：0576-8829003。
河畔社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="association-fanghuo-html-initiative-firedoor-makers",
        site="硚湾市消防产品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.qwxfxh.org.cn/xhdt/2025/0321/562.html",
        title="关于坚守防火门产品质量底线的倡议书",
        record_title="【协会倡议】关于坚守防火门产品质量底线的倡议书",
        date="2025-03-20",
        notes="trade-association site; decorated record title; member-login and join prompts; the association's own 监督电话 and mailbox kept; date under the signature",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于坚守防火门产品质量底线的倡议书 - 硚湾市消防产品行业协会</title></head><body>
<div class="top">⟦m 硚湾市消防产品行业协会⟧　⟦a 会员登录　入会申请⟧</div>
<div class="nav">⟦m 协会首页 | 协会概况 | 协会动态 | 会员风采 | 标准规范 | 联系我们⟧</div>
<div class="bread">⟦m 协会首页 › 协会动态⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布：秘书处　日期：2025-03-21　浏览：387⟧</div>
<div class="body">
{BODY}
</div>
<div class="side">⟦l 最新动态：协会第三届会员大会召开｜防火门新国标宣贯会举办⟧</div>
<div class="foot">⟦m 地址：硚湾市东环路266号科创大厦9楼⟧　⟦m 浙ICP备19003741号⟧</div>
</body></html>
""",
        body="""
全市防火门生产企业：
防火门是建筑防火分隔的重要设施，其质量直接关系人民群众生命财产安全。近期，市场监管部门抽查发现个别企业产品耐火性能不达标。为此，协会向全体会员企业发出如下倡议：
一、严格执行国家标准，不偷工减料，不以低于成本的价格恶性竞争。
二、规范使用强制性认证标志，一樘门一个标志，严禁买卖、转借标志。
三、加强出厂检验，建立产品质量追溯档案。
四、自觉接受社会监督。协会设立质量监督电话0576-8818119和邮箱qwxfxh@126.com，欢迎举报。
让我们共同维护“硚湾防火门”的良好声誉！
硚湾市消防产品行业协会
2025年3月20日
""",
    ),
    dict(
        slug="association-baozhong-text-speech-insurance-intermediaries",
        site="磴川县保险中介协会 (invented), text rendering",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.dcbzxh.org/news/hyhd/2025-0118.html",
        title="在县保险中介协会2025年会员大会上的讲话",
        date="2025-01-18",
        notes="association page as text; date under the speech title; speaker line neutral; chrome glued after the last sentence",
        page="""
!m 磴川县保险中介协会
!m 首页 > 会员活动 > 正文
{T}
（2025年1月18日）
协会会长　邱立言
!m 2025-01-20　阅读次数：133
{BODY}
!l 【上一篇】2024年度优秀保险代理人名单公示
!m 协会秘书处电话：0851-5521006　邮箱：dcbzxh@163.com
""",
        body="""
各位会员单位代表：
2024年，全县保险中介机构实现保费收入4.6亿元，同比增长7.3%；协会组织代理人培训12期，开展诚信宣传进社区活动20场，全年未发生重大销售误导投诉。
2025年，协会将重点做好三件事：一是推行代理人执业信用积分管理；二是开展“理赔服务提速”行动，车险小额案件力争三天内结案；三是加强消费者教育，帮助群众识别非法集资和假保单。
希望各会员单位守住合规底线，把客户利益放在首位，共同营造良好的行业生态。谢谢大家！⟦a 点击收藏本页⟧
""",
    ),
]
