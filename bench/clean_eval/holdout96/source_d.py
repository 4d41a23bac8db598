"""holdout96, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站. Invented text throughout."""

CASES = [
    dict(
        slug="download-sucai-rules-hydroponic-lettuce-html",
        site="素材驿站下载 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.sucaiyz.com/soft/down/41877.html",
        title="水培生菜工厂车间安全生产管理规定",
        record_title="水培生菜工厂车间安全生产管理规定.doc下载",
        date=None,
        notes="old table layout with file-info table, mirror links and dead-link report; rules speak of 扫码/打印 (kept); no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>水培生菜工厂车间安全生产管理规定.doc下载_素材驿站</title></head>
<body><table width="980" align="center"><tr><td>⟦m 素材驿站 www.sucaiyz.com⟧</td><td>⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 文档下载 → 企业制度⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td>⟦m 文件名称：水培生菜工厂车间安全生产管理规定.doc⟧</td></tr>
<tr><td>⟦m 文件大小：46 KB　　授权方式：免费　　更新时间：2024-02-19⟧</td></tr>
<tr><td>⟦m 下载次数：本日 3　总计 519⟧</td></tr>
</table>
<h3>{T}</h3>
{BODY}
<table width="980" align="center"><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 移动高速下载⟧</td></tr>
<tr><td colspan="3">⟦a 下载地址失效？点此报告⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资源均来自网络，仅供学习研究，下载后请于24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为规范水培生菜车间安全生产，保障员工人身安全和产品质量，制定本规定。
第二条　员工进入车间须更换工作服、佩戴发帽，经风淋后方可入内。
第三条　营养液配制由专人负责，配制记录须当班打印存档，浓酸浓碱单独存放、双人双锁。
第四条　LED补光灯架检修须先断电挂牌，禁止带电作业。
第五条　每批产品出库前须扫码登记批次信息，确保质量可追溯。
第六条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="download-ziliaobao-plan-banana-wrapped",
        site="资料宝下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.ziliaobao.net/down/html/20231103/62271.html",
        title="梓潭镇香蕉枯萎病综合防控工作方案",
        record_title="梓潭镇香蕉枯萎病综合防控工作方案（2023版）免费下载",
        date="2023-10-30",
        notes="hard-wrapped text; decorated title; date under signature; crawl stamp not a date",
        page="""
!m 资料宝下载站——文档资料一站下
!m 首页 » 农业方案 » 病虫害防治
!t 梓潭镇香蕉枯萎病综合防控工作方案（2023版）免费下载
!m 软件大小：28K　软件语言：简体中文　应用平台：Word
!m 采集时间：2024/01/07 03:12:45
{T}
{BODY}
!a [本地下载1] [本地下载2] [备用下载]
!l 下载排行：橘小实蝇防控方案 ｜ 水稻“两迁”害虫防治预案
!d 声明：资源来源于网络，本站不对其内容负责。
""",
        wrap=58,
        body="""
为有效遏制香蕉枯萎病蔓延，保障全镇香蕉产业健康发展，结合我镇实际，制定本方案。
一、目标任务
到2024年底，全镇香蕉枯萎病发病率控制在5%以内，新发病区做到发现一株、处置一株。
二、防控措施
（一）严格种苗管理。一律使用经检疫的组培苗，严禁从疫区调运吸芽苗。
（二）规范病株处置。发现病株后立即注药杀死、就地覆膜，严禁将病株砍下丢入水沟。
（三）推广轮作改良。重病区推行香蕉与水稻、甘蔗轮作，每亩施用石灰50公斤改良土壤。
三、保障措施
镇农业服务中心负责技术指导，各村委会负责巡查上报。
梓潭镇人民政府
2023年10月30日
""",
    ),
    dict(
        slug="rsks-pollen-recruit-announcement-html",
        site="杪山人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.msrsks.cn/ksxx/sydw/202403/t20240312_2201.html",
        title="杪山县气象局花粉监测站2024年公开招聘编外工作人员公告",
        record_title="杪山县气象局花粉监测站2024年公开招聘编外工作人员公告",
        date="2024-03-12",
        notes="exam site; 下载/打印准考证 sentences kept; exam committee's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>杪山县气象局花粉监测站2024年公开招聘编外工作人员公告-杪山人事考试网</title></head><body>
<div class="top">⟦m 杪山人事考试网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 考试信息⟧ ⟦m 网上报名⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧</div>
<div class="lm">⟦m 当前位置：首页 &gt; 考试信息 &gt; 事业单位⟧</div>
<h1>{T}</h1>
<p class="fb">⟦m 发布时间：2024-03-12 16:00　来源：县人社局⟧</p>
{BODY}
<div class="tech">⟦m 网站技术支持电话：0891-7723300（工作日9:00-17:00）⟧</div>
<div class="ft">⟦m 主办：杪山县人力资源和社会保障局⟧ ⟦m 藏ICP备12000417号⟧</div>
</body></html>
""",
        body="""
因工作需要，县气象局花粉监测站面向社会公开招聘编外工作人员2名。现将有关事项公告如下。
一、招聘条件：大气科学、植物学、生态学等相关专业，大专及以上学历，年龄35周岁以下。
二、报名时间：2024年3月18日至22日，在本网站网上报名。
三、考试安排：笔试时间另行通知，考生须于考前三天登录本网站下载并打印准考证。
四、监测站工作需每日采样，须适应节假日轮班。
咨询电话：0891-7721165（县气象局办公室）
杪山县气象局
2024年3月12日
""",
    ),
    dict(
        slug="rsks-stutter-interview-schedule",
        site="桦沟县人事考试中心网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.huagou.gov.cn/tzgg/2024/0619/5531.shtml",
        title="关于县康复中心言语矫治岗位面试安排的通知",
        record_title="【面试公告】关于县康复中心言语矫治岗位面试安排的通知",
        date="2024-06-19",
        notes="decorated title; interview timetable kept; 打印 chrome vs 携带 sentence",
        page="""
!m 桦沟县人事考试中心
!m 网站首页 ＞ 通知公告 ＞ 面试公告
!t 【面试公告】关于县康复中心言语矫治岗位面试安排的通知
!m 信息来源：考试中心　　更新日期：2024-06-19　　访问量：1773
{BODY}
!a 打印本文　|　关闭页面
!l 上一篇：2024年县直事业单位笔试成绩公布
!m 考试中心地址：桦沟县人民路55号　服务电话：0433-6551122
""",
        body="""
县康复中心言语矫治岗位（主要面向口吃、构音障碍儿童矫治）笔试成绩已公布，现将面试有关事项通知如下。
一、面试安排
岗位代码　入围人数　面试时间
KF2401　6　6月29日上午8:30
KF2402　3　6月29日下午14:00
二、面试地点：县康复中心三楼会议室。
三、考生须携带本人身份证和笔试准考证原件，于开考前30分钟到达候考室。
四、面试采取结构化面试加试讲的方式，试讲内容为一段儿童言语训练演示。
桦沟县人事考试中心
2024年6月19日
""",
    ),
    dict(
        slug="tender-cactus-greenhouse-html",
        site="栌川公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.luchuan.gov.cn/jyxx/zfcg/cggg/20240415/8810.html",
        title="栌川县植物园仙人掌展览温室建设项目招标公告",
        record_title="栌川县植物园仙人掌展览温室建设项目招标公告",
        date="2024-04-15",
        notes="tender platform; buyer and agency contacts kept beside the CA hotline; tender lots table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>栌川县植物园仙人掌展览温室建设项目招标公告</title></head><body>
<div class="head">⟦m 栌川县公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</div>
<div class="wz">⟦m 首页 &gt; 交易信息 &gt; 工程建设 &gt; 招标公告⟧</div>
<h2>{T}</h2>
<div class="sub">⟦m 【信息时间：2024-04-15】【阅读次数：611】⟧</div>
{BODY}
<div class="ca">⟦m CA证书服务热线：400-883-6171⟧</div>
<div class="foot">⟦m 栌川县公共资源交易中心 版权所有⟧</div>
</body></html>
""",
        body="""
1. 招标条件
本项目已由栌川县发展和改革局批准建设，资金来自县级财政，招标人为栌川县植物园管理处。
2. 项目概况
标段　内容　最高限价（万元）
一标段　温室主体及玻璃幕墙　486
二标段　温控通风及喷灌系统　132
3. 投标文件递交截止时间为2024年5月8日9时30分。
4. 联系方式
招标人：栌川县植物园管理处　联系人：龚先生　电话：0835-6128890
代理机构：川西宏信项目管理有限公司　联系人：唐女士　电话：0835-6133017
""",
    ),
    dict(
        slug="tender-lily-bulb-coldstore-result",
        site="柘源招标采购服务平台 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="text",
        source="https://zb.zheyuan-cg.com/notice/result/20240822-3317",
        title="柘源县百合种球冷藏库建设项目中标结果公示",
        record_title="柘源县百合种球冷藏库建设项目中标结果公示",
        date="2024-08-22",
        record_date="2024-08-22",
        notes="record date; bid result table; objection clause kept",
        page="""
!m 柘源招标采购服务平台　▏ 阳光交易 · 服务企业
!m 位置：首页 / 结果公示 / 工程类
{T}
!m 发布单位：柘源县农业投资开发公司　　公示期：2024-08-22至2024-08-26
{BODY}
!a [下载公告附件]　[打印]　[返回]
!l 相关公告：柘源县百合种球冷藏库建设项目招标公告
!d 平台所载信息由招标人或代理机构发布，平台不承担相应责任。
""",
        body="""
柘源县百合种球冷藏库建设项目于2024年8月20日开标，经评标委员会评审，现将中标候选人公示如下。
名次　单位名称　投标报价（元）
第一名　湖南安科冷链工程有限公司　2,816,400
第二名　长沙瑞雪制冷设备有限公司　2,903,000
第三名　湘南恒温建设有限公司　2,955,600
公示期内，投标人对结果有异议的，可以书面形式向招标人提出。
招标人：柘源县农业投资开发公司　电话：0746-5207361
""",
    ),
    dict(
        slug="lawfirm-prepaid-card-pilates-html",
        site="衡直律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="html",
        source="https://www.hengzhilaw.cn/insights/20240709.html",
        title="健身工作室预付卡消费纠纷的法律风险提示",
        record_title="法律提示｜健身工作室预付卡消费纠纷的法律风险提示",
        date="2024-07-09",
        notes="law-firm article: consult box as contact chrome; firm phone in footer; numbered list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律提示｜健身工作室预付卡消费纠纷的法律风险提示 - 衡直律师事务所</title></head><body>
<div class="top">⟦m 衡直律师事务所 HENGZHI LAW FIRM⟧</div>
<div class="nav">⟦m 关于我们⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 衡直观点⟧ ⟦m 联系我们⟧</div>
<div class="bread">⟦m 首页 / 衡直观点 / 消费维权⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 作者：衡直律师事务所 葛睿律师　2024-07-09⟧</div>
{BODY}
<div class="consult">⟦w 遇到类似问题？拨打 0731-8899 2371 预约律师面谈⟧</div>
<div class="tags">⟦l 关键词：预付卡 · 消费者权益 · 合同解除⟧</div>
<div class="foot">⟦m 衡直律师事务所 湘ICP备19007725号⟧ ⟦d 本文仅供交流，不构成法律意见⟧</div>
</body></html>
""",
        body="""
近年来，普拉提、瑜伽等健身工作室以“充值送课”方式大量发售预付卡，一些工作室关门跑路，消费者维权困难。结合本所代理的案件，提示如下：
1. 办卡前查看经营者是否依法备案，单张卡充值金额不宜过大。
2. 签订书面合同，写明课程次数、有效期、退费条件，保留付款凭证。
3. 经营者擅自变更场地或停业的，消费者有权解除合同、要求退还剩余费用。
4. 发现经营者异常，应及时向市场监管部门投诉，必要时集体提起诉讼。
""",
    ),
    dict(
        slug="lawfirm-orchard-contract-inheritance",
        site="明澈律师网 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.mingchelawyer.com/anli/2023/1107-229.html",
        title="果园承包经营权能否继承——一起家庭纠纷的办案手记",
        record_title="果园承包经营权能否继承——一起家庭纠纷的办案手记",
        date="2023-11-07",
        notes="law firm case note; writing-service-like contact prompt glued; 发布于 byline",
        page="""
!m 明澈律师网｜农村土地与家事纠纷
!m 您所在的位置：首页 > 办案手记
{T}
!m 发布于：2023年11月07日　撰稿：钱桐律师　阅读 408
{BODY}
!w 免费咨询热线 400-017-3321　微信同号
!l 推荐阅读：宅基地上房屋分割的三个要点｜土地流转合同常见陷阱
!m Copyright 明澈律师网 版权所有
""",
        body="""
去年秋天，老杜的三个子女为父亲留下的一片果园争执不下，找到了我。
老杜生前以家庭承包方式承包了村里四十亩坡地种柑橘。按照农村土地承包法，家庭承包的承包方是农户，承包人死亡后，承包地由农户内其他成员继续经营，不发生继承问题；但承包期内的收益和地上果树属于遗产，可以继承。⟦w 想了解更多类似案例，欢迎加律师微信 mc_law01⟧
最终，三兄妹达成协议：果园由留在村里的老二继续经营，按果树评估价给另两人补偿。这起纠纷让我感到，农村家事案件，调解往往比判决更好。
""",
    ),
    dict(
        slug="community-water-tank-cleaning-notice",
        site="椿园社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://chunyuan.sqjmzj.cn/gonggao/2024/0823.html",
        title="关于小区二次供水水箱清洗消毒期间临时停水的通知",
        record_title="关于小区二次供水水箱清洗消毒期间临时停水的通知",
        date="2024-08-23",
        notes="community site; 物业 contact kept; site-wide hotline chrome; glued 分享 action",
        page="""
!m 椿园社区居民之家　有事找社区
!m 社区首页 · 通知公告 · 办事指南 · 邻里互助
{T}
!m 发布：椿园社区居委会　时间：2024-08-23　浏览 376
{BODY}
!l 👍 有用(23)　分享到邻里群
!m 社区24小时服务热线：0746-5209933
!d 本网站由椿园社区居委会维护
""",
        body="""
各位居民：
为保障饮用水卫生安全，小区物业将于8月27日（星期二）对1至12栋二次供水水箱进行清洗消毒，届时将临时停水。
停水时间：8月27日9:00至17:00
请各位居民提前储水，停水期间关闭家中水龙头，恢复供水后先放水3分钟再使用。⟦a 一键转发到业主群⟧
清洗完成后，水质检测报告将在各单元公告栏公示。
联系人：物业工程部 邓师傅　电话：13874602219
椿园物业服务中心
2024年8月23日
""",
    ),
    dict(
        slug="community-carnation-mothers-day-html",
        site="枫渡街道社区服务网 (invented)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="html",
        source="https://sq.fengdujd.cn/hd/show/1902.html",
        title="“一朵康乃馨·感恩母亲节”社区志愿服务活动方案",
        record_title=None,
        date="2024-05-06",
        notes="missing record title; community template; 活动时间/地点 lines kept; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区活动-枫渡街道社区服务网</title></head><body>
<div class="hd">⟦m 枫渡街道社区服务网⟧ ⟦m 幸福枫渡 温暖你我⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 社区活动⟧ ⟦m 志愿服务⟧ ⟦m 便民信息⟧</div>
<div class="loc">⟦m 首页 › 社区活动 › 活动详情⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 来源：红枫社区　更新：3天前⟧</div>
{BODY}
<div class="join">⟦a 我要报名参加⟧ ⟦a 分享⟧</div>
<div class="ft">⟦m 枫渡街道办事处 主办⟧ ⟦d 未经许可不得转载本站内容⟧</div>
</body></html>
""",
        body="""
为弘扬孝老爱亲传统美德，红枫社区定于母亲节开展“一朵康乃馨·感恩母亲节”志愿服务活动，方案如下。
活动时间：2024年5月12日上午9时
活动地点：红枫社区党群服务中心
活动内容：
1. 志愿者为辖区高龄独居母亲送上康乃馨和贺卡。
2. 组织亲子手工制作纸花、为妈妈写一句话。
3. 社区卫生服务站为老人免费测量血压、血糖。
请各网格员于5月10日前摸排辖区高龄独居母亲名单。
红枫社区居委会
2024年5月6日
""",
    ),
]
