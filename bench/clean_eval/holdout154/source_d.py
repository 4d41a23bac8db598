"""holdout154, part D: download stations, personnel exams, tenders, law firms, residents' sites. Invented text."""

CASES = [
    dict(
        slug="download-nongzi-html-plan-gynostemma",
        site="农资下载站 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.nzxiazai.com/soft/jh/20240316/22871.html",
        title="绞股蓝林下仿野生种植技术推广方案",
        record_title="绞股蓝林下仿野生种植技术推广方案 免费下载",
        date="2024-03-10",
        date_also=["2024-03-16"],
        notes="old gb2312 download station: file-info table, three mirror links, dead-link report; 成文日期 in the document",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>绞股蓝林下仿野生种植技术推广方案 免费下载</title>
<script src="/js/tongji.js"></script></head><body>
<table width="980" align="center"><tr><td>⟦m 农资下载站 NZXIAZAI.COM⟧</td><td>⟦m 农业资料 · 技术文档 · 表格模板⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：首页 → 种植技术 → 中药材⟧</td></tr></table>
<table width="980" align="center" border="1">
<tr><td>⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：56 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2024-03-16⟧</td><td>⟦m 下载次数：本周 12 / 总计 403⟧</td></tr>
</table>
<div class="intro">
{BODY}
</div>
<table width="980" align="center"><tr><td>⟦a 下载地址：电信下载 | 联通下载 | 备用下载⟧</td></tr>
<tr><td>⟦a 链接失效？点此报告死链⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦l 相关资料：天麻种植技术手册　黄精栽培管理要点⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 本站资料收集于网络，仅供学习研究，版权归原作者⟧<br>⟦m Copyright 2006-2024 农资下载站 鲁ICP备06011023号⟧</td></tr></table>
</body></html>
""",
        body="""
为加快绞股蓝产业发展，充分利用林下资源，促进林农增收，县林业局决定在全县推广绞股蓝林下仿野生种植技术，制定本方案。
一、推广目标。2024年在6个乡镇推广林下种植1500亩，建设百亩以上示范片5个，培训林农800人次。
二、技术要点。选择郁闭度0.5至0.7的阔叶林或竹林，林下清理杂灌后开浅沟扦插，每亩用苗量约3000株；不施化肥，以腐熟农家肥为主；每年采收两次，留茬10厘米以上。
三、扶持政策。对新种植面积连片50亩以上的，每亩补助种苗费300元；对建设初加工烘干设施的，按投资额的30%给予补助。
四、组织保障。县林业局成立技术指导组，每个乡镇确定一名技术联络员，负责全程跟踪服务。
县林业局
2024年3月10日
""",
    ),
    dict(
        slug="download-gongwenku-text-summary-hawk-tea",
        site="公文库下载中心 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://down.gongwenku.net/zj/41132.html",
        title="老鹰茶产业协会2023年工作总结",
        record_title="老鹰茶产业协会2023年工作总结.wps",
        date="2024-01-15",
        notes="file-name (.wps) record title; mirror links and unzip password; date in Chinese numerals under the signature",
        page="""
!m 公文库下载中心　｜　专业公文资料下载
!m 资料分类：工作总结 / 协会总结
!t 老鹰茶产业协会2023年工作总结.wps
!m 软件大小：24KB　运行环境：WPS/Office　授权：免费　更新：2024-01-18
!a 解压密码：www.gongwenku.net
{BODY}
!a 下载地址①：本地高速下载　　下载地址②：网盘下载
!w 找不到需要的资料？站长代找代写，QQ：31907752
!d 声明：本站资源均由网友提供，如有侵权请联系删除。
""",
        body="""
2023年，县老鹰茶产业协会在县农业农村局的指导下，团结全体会员，围绕“品牌、标准、市场”三件事开展工作，全县老鹰茶产业稳步发展。
一、制定团体标准。协会组织会员企业和技术专家，起草并发布《老鹰茶加工技术规程》团体标准，统一了鲜叶采摘、杀青、揉捻、干燥等工艺要求。
二、打造区域品牌。组织会员参加省农博会、茶博会5次，“鹰岩老鹰茶”区域公用品牌获得省级农产品品牌称号。
三、拓展销售渠道。协助会员开设网店12家，全年线上销售额突破800万元，比上年增长约三成。
四、存在不足。会员企业规模普遍偏小，精深加工能力不足，协会自身经费来源较为单一。
新的一年，协会将继续推进标准化生产，加强品牌保护，服务好每一位会员。
县老鹰茶产业协会
二〇二四年一月十五日
""",
    ),
    dict(
        slug="exam-xiangyun-html-recruit-family-doctors",
        site="祥云州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xyzrsks.cn/ksxx/sydw/2024/0603/4417.html",
        title="祥云州2024年乡镇卫生院公开招聘家庭医生签约团队医务人员公告",
        record_title="祥云州2024年乡镇卫生院公开招聘家庭医生签约团队医务人员公告",
        record_date="2024-06-03",
        date="2024-06-03",
        notes="personnel-exam site with floating consult box and technical-support line beside the document's own 咨询电话; timetable; 下载/打印 准考证 sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>祥云州2024年乡镇卫生院公开招聘家庭医生签约团队医务人员公告</title>
<script src="/js/jquery-1.8.min.js"></script></head><body>
<div class="top">⟦m 祥云州人事考试网⟧ ⟦m 祥云州人力资源和社会保障局主办⟧</div>
<div class="menu">⟦m 首页 考试公告 报名入口 成绩查询 政策法规⟧</div>
<div class="where">⟦m 当前位置：首页 ＞ 事业单位招聘⟧</div>
<h1>{T}</h1>
<div class="rq">⟦m 发布日期：2024-06-03　来源：州卫生健康委　阅读量：8812⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="float-box">⟦w 考试咨询 在线答疑 9:00-17:00⟧</div>
<div class="tech">⟦m 网上报名技术支持：0878-3123366⟧</div>
<div class="ft">⟦m 祥云州人事考试网 版权所有 滇ICP备09002277号⟧</div>
</body></html>
""",
        body="""
为充实基层家庭医生签约服务力量，经州人力资源和社会保障局同意，州卫生健康委决定面向社会公开招聘乡镇卫生院家庭医生签约团队医务人员62名。现将有关事项公告如下。
一、招聘岗位。临床医师38名、护士16名、公共卫生医师8名，具体岗位见招聘计划表。
二、报考条件。具有全日制大专及以上学历，年龄35周岁以下，取得相应执业资格者年龄可放宽至40周岁。
三、时间安排
环节　时间
网上报名　6月10日9:00—6月16日17:00
打印准考证　6月26日—6月28日
笔试　6月29日
四、注意事项。考生须在规定时间内登录报名系统下载并打印准考证，凭准考证和身份证参加笔试。
咨询电话：0878-3129051（州卫生健康委人事科）。
祥云州卫生健康委员会
2024年6月3日
""",
    ),
    dict(
        slug="exam-beiqing-text-recruit-rattan-tea-institute",
        site="北青市人才考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rckz.beiqing.gov.cn/gg/2024/0812/617.htm",
        title="北青市藤茶研究所2024年公开招聘专业技术人员面试公告",
        record_title="【事业单位】北青市藤茶研究所2024年公开招聘专业技术人员面试公告",
        date="2024-08-12",
        notes="interview list table; page date line; decorated record title",
        page="""
!m 北青市人才考试信息网
!m 首页 » 考试公告 » 面试公告
{T}
!m 时间：2024-08-12 16:05　　来源：市人才考试中心　　浏览：3367
!a 【字体：大 中 小】　【打印】　【关闭】
{BODY}
!l 相关公告：北青市藤茶研究所2024年公开招聘专业技术人员公告
!l 相关公告：笔试成绩查询入口
!m 主办单位：北青市人力资源和社会保障局　技术支持：北青市信息中心
""",
        body="""
根据《北青市藤茶研究所2024年公开招聘专业技术人员公告》，现将面试有关事项公告如下：
一、面试人员名单
岗位代码　准考证号　姓名
TC01　2408010112　庞雨洁
TC01　2408010207　吴少钧
TC02　2408010315　聂婉清
二、面试时间和地点
面试定于2024年8月24日上午8:00开始，地点在北青市人才考试中心（北青市滨河路26号）。考生须于7:30前凭本人身份证和准考证到候考室报到，逾时不到视为自动放弃。
三、面试方式
采取结构化面试，满分100分，合格分数线为60分。
北青市人才考试中心
2024年8月12日
""",
    ),
    dict(
        slug="tender-haizhou-html-sea-bass-cages",
        site="海州市公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.haizhou.gov.cn/jyxx/zfcg/cggg/2024/0520/35512.html",
        title="海州市深水鲈鱼养殖网箱设施采购项目招标公告",
        record_title="海州市深水鲈鱼养殖网箱设施采购项目招标公告_海州市公共资源交易网",
        date="2024-05-20",
        notes="tender platform: purchaser and agency contacts beside a CA hotline; lot table; 下载 of tender files as content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>海州市深水鲈鱼养殖网箱设施采购项目招标公告_海州市公共资源交易网</title>
<script src="/js/ggzy.js"></script></head><body>
<div class="header">⟦m 海州市公共资源交易网⟧ ⟦a 登录⟧ ⟦a 注册⟧ ⟦a CA办理⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 办事指南 诚信体系⟧</div>
<div class="loc">⟦m 交易信息 > 政府采购 > 采购公告⟧</div>
<h2>{T}</h2>
<div class="ly">⟦m 【信息时间：2024-05-20】　【阅读次数：612】⟧</div>
<div class="ewb-info">
{BODY}
</div>
<div class="help">⟦w CA数字证书服务热线：400-8816-021⟧</div>
<div class="foot">⟦m 主办：海州市公共资源交易中心⟧ ⟦m 闽ICP备15002733号⟧</div>
</body></html>
""",
        body="""
项目编号：HZCG-2024-0517
海州市海洋与渔业服务中心的深水鲈鱼养殖网箱设施采购项目已具备招标条件，现进行公开招标，欢迎合格的供应商参加投标。
一、采购内容
包号　内容　预算金额（万元）
1　HDPE深水网箱40口　520
2　网衣及锚泊系统　180
二、供应商资格要求。具有独立承担民事责任的能力，具有同类网箱设施供货业绩。
三、获取招标文件。2024年5月21日至5月27日，在本网站登录后下载招标文件。
四、投标截止时间。2024年6月11日9:30。
五、联系方式
采购人：海州市海洋与渔业服务中心，联系人：黄工，电话：0595-2281330
代理机构：闽海招标咨询有限公司，联系人：杜女士，电话：0595-2277016
""",
    ),
    dict(
        slug="tender-qingshui-text-result-silver-carp",
        site="清水县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.qsxzfcg.cn/cggg/zbgg/202404/t20240409_2201.html",
        title="清水县水库鲢鳙鱼苗增殖放流采购项目中标结果公告",
        record_title=None,
        date="2024-04-09",
        notes="title missing; bid result table; announcement period; no chrome inside",
        page="""
!m 清水县政府采购网
!m 首页 / 采购公告 / 中标（成交）结果公告
{T}
!m 发布时间：2024-04-09 17:02　　浏览次数：85
{BODY}
!a 【我要打印】【关闭窗口】
!l 上一篇：清水县城区道路保洁服务采购项目竞争性磋商公告
!m 清水县财政局主办　ICP备案：皖ICP备10041108号
""",
        body="""
一、项目编号：QSCG2024-031
二、项目名称：清水县水库鲢鳙鱼苗增殖放流采购项目
三、中标信息
供应商名称　中标金额（元）　主要标的
清水县碧波水产苗种场　386500　鲢鱼苗、鳙鱼苗共260万尾
四、公告期限
自本公告发布之日起1个工作日。
五、其他补充事项
鱼苗规格为每尾3至5厘米，放流前须经检疫合格，放流时接受县农业农村局和社会监督员现场监督。
六、对本次公告内容提出询问，请按以下方式联系
采购人：清水县农业农村局，联系电话：0554-3011208
""",
    ),
    dict(
        slug="lawfirm-chengxin-html-lecture-medicinal-bath",
        site="诚信弘道律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="html",
        source="https://www.chengxinhongdao.com/news/pufa/2024-11/308.html",
        title="药浴馆经营中的法律风险提示——在全县养生服务业经营者培训会上的讲座",
        record_title="法律讲堂丨药浴馆经营中的法律风险提示——在全县养生服务业经营者培训会上的讲座",
        date="2024-11-08",
        notes="law firm site; date under the lecture title; speaker line neutral; consult prompt glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>法律讲堂丨药浴馆经营中的法律风险提示——在全县养生服务业经营者培训会上的讲座</title></head><body>
<div class="brand">⟦m 诚信弘道律师事务所⟧ ⟦m 专业 · 诚信 · 担当⟧ ⟦w 免费法律咨询：0851-8567120⟧</div>
<div class="menu">⟦m 律所简介 | 专业领域 | 律师团队 | 普法讲堂 | 联系我们⟧</div>
<h1>{T}</h1>
<p>主讲：本所合伙人　祝文瀚律师</p>
<p>（2024年11月8日）</p>
<div class="content">
{BODY}
</div>
<div class="card">⟦w 如需法律帮助，可预约律师面谈⟧ ⟦a 在线留言⟧</div>
<div class="footer">⟦d 本文仅为普法交流，不构成针对具体案件的法律意见。⟧ ⟦m 黔ICP备18004109号⟧</div>
</body></html>
""",
        body="""
各位经营者：
这几年，药浴养生馆在我们县发展很快。今天我结合几起真实纠纷，谈谈经营中最容易踩的三个“坑”。
第一，宣传不能夸大。有的馆在门口写“药浴治百病”“泡七天降血压”，这类宣传涉嫌虚假广告，市场监管部门可以处罚，顾客也可以要求退款赔偿。⟦w 遇到类似纠纷？欢迎致电本所咨询⟧
第二，安全提示要到位。药浴水温高、时间长，心脑血管病人、孕妇容易出现意外。经营者应当书面告知禁忌人群，并让顾客签字确认，浴室要配备防滑垫和紧急呼叫装置。
第三，预付卡要规范。办卡要签书面合同，写清楚服务项目、次数和退卡办法，单张卡金额不宜过高，关门转让时要提前告知并妥善退费。
依法经营，才能长久经营。谢谢大家。
""",
    ),
    dict(
        slug="lawfirm-mingjian-text-contract-escort-service",
        site="明鉴律师事务所 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.mingjianlaw.cn/fanben/88.html",
        title="陪诊服务合同（范本）",
        record_title="【律师范本】陪诊服务合同（范本）",
        date=None,
        notes="contract template with placeholders (年月日 blanks) that are no date; contact prompts; law-firm chrome",
        page="""
!m 明鉴律师事务所 · 合同范本库
!m 首页 > 合同范本 > 服务合同
!t 【律师范本】陪诊服务合同（范本）
!m 编辑：明鉴律所合同研究组　　收录时间：一年前
!a 复制范本　|　下载Word版（需注册）
{BODY}
!w 范本仅供参考，合同审查请拨打本所热线 0531-86093377 或添加微信 mingjianlaw
!d 本范本版权归明鉴律师事务所所有，转载请注明来源。
""",
        body="""
甲方（委托人）：________　身份证号：________
乙方（陪诊服务机构）：________　统一社会信用代码：________
第一条　服务内容。乙方指派陪诊员为甲方（或甲方指定的就诊人）提供预约挂号、院内陪同、取药取报告、就诊记录整理等服务，不包括任何医疗诊断和治疗行为。
第二条　服务费用。按次计费，每次____元；超出约定时长的，每小时加收____元。
第三条　双方义务。乙方陪诊员应经过培训，遵守医院管理秩序，对甲方的病情和个人信息保密；甲方应如实告知就诊人的身体状况和特殊需要。
第四条　违约责任。乙方陪诊员迟到超过30分钟或擅自离岗的，退还当次服务费。
第五条　本合同一式两份，双方各执一份，自签字之日起生效。
甲方签字：________　乙方盖章：________
签订日期：____年__月__日
""",
    ),
    dict(
        slug="community-huayuan-html-notice-building-heads",
        site="花园里社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huayuanli-sq.cn/tzgg/2024/0315/221.html",
        title="花园里社区关于推选楼栋长的通知",
        record_title="花园里社区关于推选楼栋长的通知",
        date="2024-03-15",
        notes="residents' site; a 回执 form; a sentence asking residents to 扫码 as content; template placeholders",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>花园里社区关于推选楼栋长的通知</title></head><body>
<div class="head">⟦m 花园里社区⟧ ⟦m 邻里守望 共建家园⟧</div>
<div class="nav">⟦m 社区首页 · 党建引领 · 居务公开 · 便民服务 · 志愿者之家⟧</div>
<div class="crumb">⟦m 居务公开 > 通知公告⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 发布人：社区居委会　发布日期：2024-03-15　浏览 406⟧</div>
<div class="main">
{BODY}
</div>
<div class="right"><h4>⟦l 便民电话⟧</h4><p>⟦m 物业报修：0512-6688 1200⟧</p><p>⟦m 社区警务室：0512-6688 1110⟧</p></div>
<div class="foot">⟦m 花园里社区居民委员会　地址：花园路12号⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为进一步健全社区治理网络，方便居民反映诉求，社区决定在全部38栋居民楼推选楼栋长。现将有关事项通知如下：
一、推选条件：本楼栋常住居民，热心公益，身体健康，有一定时间参与社区服务，党员和退休居民优先。
二、推选方式：居民自荐或他人推荐，3月25日前填写回执交社区居委会，也可扫描楼道公告栏上的二维码在线报名。
三、楼栋长职责：收集反映本楼居民意见建议，协助开展安全巡查、政策宣传和邻里调解。
联系人：社区居委会 金秋燕，电话：0512-6688 1035。
花园里社区居民委员会
2024年3月15日
回执
姓名：______　楼栋：____栋____单元　联系电话：______
""",
    ),
    dict(
        slug="community-fenghuang-text-flame-tree-pruning",
        site="凤凰路社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://fenghuanglu.sqfw.net/notice/2024/06/1127",
        title="关于小区凤凰木和紫薇树修剪期间临时管控的温馨提示",
        record_title="关于小区凤凰木和紫薇树修剪期间临时管控的温馨提示-凤凰路社区",
        date="2024-06-17",
        notes="residents' site: table of pruning schedule; hotline of the community beside the property's; WeChat group prompt",
        page="""
!m 凤凰路社区服务网
!m 社区首页 ｜ 通知公告 ｜ 办事指南 ｜ 邻里圈
{T}
!m 2024-06-17　社区网格服务站　阅读 239
{BODY}
!a 加入社区邻里群，扫描右侧二维码
!l 最新通知：端午节期间社区服务时间调整
!m 凤凰路社区居委会　服务热线：0756-3388012
""",
        body="""
各位业主、住户：
为消除台风季树木倒伏、断枝隐患，社区将联合物业公司对小区内凤凰木和紫薇树进行修剪。修剪期间将对部分区域实行临时管控，安排如下：
日期　区域　管控时段
6月20日　1—6栋周边　8:00—12:00
6月21日　7—12栋周边　8:00—12:00
6月22日　中心花园及东门　8:00—17:00
请各位住户在管控时段内将车辆移出作业区域，带小孩的家长请看护好孩子，不要在作业区下方逗留。
如有疑问，请联系物业服务中心：0756-3388096。
凤凰路社区居委会
2024年6月17日
""",
    ),
]
