"""holdout19, part E: enterprise intranets and sites, tendering pages and trade associations.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="oa-liwan-steel-html-minutes-safety-committee",
        site="栎湾钢铁集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.lwsteel.example.com/portal/doc/view.do?id=2025070912",
        title="栎湾钢铁集团2025年第二季度安全生产委员会会议纪要",
        record_date="2025-07-09",
        date="2025-07-09",
        notes="intranet export: record date; portal header with the user's name, a doc-flow panel (流转记录) and an attachment box; the minutes' 时间/地点/主持/参会 lines, a task table and 分送 line stay",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公文查看 - 栎湾钢铁集团协同办公平台</title></head><body>
<div class="portal-top">⟦m 栎湾钢铁集团协同办公平台⟧　⟦m 欢迎您，设备能源部 · 祁振东⟧　<a>⟦a 退出登录⟧</a></div>
<div class="tabs">⟦m 待办(7)　已办　公文查询　通讯录　会议室预订⟧</div>
<div class="doc">
<table class="hdr"><tr><td>⟦m 文种：会议纪要⟧</td><td>⟦m 密级：内部⟧</td><td>⟦m 流水号：LG-AQ-2025-041⟧</td></tr></table>
<h2>{T}</h2>
<div class="zw">
{BODY}
</div>
<div class="att">⟦a 📎 会议签到表.pdf（预览｜下载）⟧</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 安全环保部 肖卫国　起草　2025-07-08 16:20⟧</p>
<p>⟦m 集团办公室 易婧　核稿　2025-07-09 09:03⟧</p>
<p>⟦m 分管副总 尹建林　签发　2025-07-09 10:41⟧</p></div>
<div class="btn">⟦a 转发　|　归档　|　打印稿纸⟧</div>
</div>
<div class="copyright">⟦d 本系统仅限集团内部使用，严禁截屏外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年7月8日上午9:00
地点：集团办公楼三楼第一会议室
主持：集团总经理、安委会主任　冯毅
参会：安委会成员，各生产厂、分公司主要负责人及安全总监
记录：安全环保部　肖卫国
会议听取了安全环保部关于上半年安全生产工作情况的汇报，通报了6月份炼铁厂煤气泄漏未遂事件的调查处理结果，研究部署了三季度安全生产重点工作。现纪要如下：
一、会议认为，上半年集团安全生产形势总体平稳，未发生重伤及以上生产安全事故，但炼铁厂煤气泄漏未遂事件暴露出部分单位检修作业管理不严、监护人员不到位等问题，必须引起高度重视。
二、会议要求，三季度重点抓好以下工作：
序号　工作事项　责任单位　完成时限
1　开展煤气区域作业专项检查　各生产厂　7月31日
2　组织高温季节防暑降温检查　工会、安全环保部　8月15日
3　完成2号高炉大修安全专项方案评审　炼铁厂　8月20日
4　开展有限空间作业应急演练　各分公司　9月15日
三、会议强调，各单位主要负责人要切实履行安全生产第一责任人职责，每月至少带队开展一次现场安全检查，并在月度安委会上报告检查情况。
分送：集团领导，安委会成员单位
""",
    ),
    dict(
        slug="oa-hongtai-shipyard-notice-heat-export",
        site="鸿泰造船厂 OA 导出件 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="text",
        source="file:///export/oa/hongtai/2025/HTZC-2025-076.txt",
        title="关于做好高温季节船台作业防暑降温工作的通知",
        record_title="[已阅] 关于做好高温季节船台作业防暑降温工作的通知",
        date="2025-06-23",
        notes="OA export: decorated record title ([已阅]); a form header (缓急/密级/签发人) with a document number (neutral); the notice's 附件 and 联系人 lines; an export stamp and a read-receipt trail at the end are chrome; 成文日期",
        page="""
!m 鸿泰造船厂协同办公系统 — 公文导出
!m 缓急：平件　　密级：无　　签发人：邓海峰
鸿船安〔2025〕76号
{T}
{BODY}
!m 【阅件记录】涂装车间 已阅 06-23 15:02；船体车间 已阅 06-23 15:40；舾装车间 已阅 06-24 08:11
!m 导出人：行政部 郁晴　导出时间：2025-06-30 10:05
!d 内部资料　注意保存
""",
        indent="\u3000\u3000",
        body="""
各车间、各部门：
近期我市持续高温，船台、船坞及舱室内作业环境温度高，极易发生中暑等职业健康事故。为切实保障员工身体健康和生命安全，现就做好高温季节防暑降温工作通知如下。
一、调整作息时间。自6月25日起至9月15日，船台、船坞露天作业实行“做两头、歇中间”，中午11:30至15:00停止露天高处作业；日最高气温达到40℃以上时，全天停止露天作业。
二、改善作业条件。舱室内电焊、打磨作业必须配备通风机，确保空气流通；各车间在作业现场设置休息棚，配备饮水机、藿香正气水等防暑药品。
三、落实监护责任。密闭舱室作业实行“一人作业、一人监护”，作业人员每作业1小时须出舱休息15分钟；监护人员发现作业人员有头晕、乏力等症状的，须立即停止作业并送医。
四、发放防暑降温费。按照规定标准，6月至9月向一线员工发放高温津贴，由人力资源部负责落实，不得以防暑降温饮料充抵。
附件：高温作业岗位人员登记表
联系人：安全环保部　孔德华，电话：8816（内线）。
鸿泰造船厂
2025年6月23日
""",
    ),
    dict(
        slug="oa-xinneng-battery-summary-slash-markers",
        site="芡湖新能电池有限公司 document system (invented)",
        style="企业内网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://docs.xnbattery.example.com/share/2025H1-zhiliang.docx",
        title="质量管理部2025年上半年工作总结",
        record_title="质量管理部2025年上半年工作总结.docx",
        date="2025-07-05",
        notes="file-name record title; the company's document viewer turns the .docx into pages marked '—0n/08—' that cut sentences; a quality table; 成文日期",
        page="""
!m 新能文档中心 › 部门共享 › 质量管理部
!t 质量管理部2025年上半年工作总结.docx
!m 版本 v3　·　最后修改：质量管理部 华瑶　·　仅公司内部可见
!a 在线编辑　　下载　　复制链接
{T}
{BODY}
!m —— 文档结束 ——
!a 评论（2）　@提及同事
""",
        pages=dict(fmt="—{n:02d}/08—", every=170, start=2),
        body="""
上半年，质量管理部围绕“零缺陷交付”目标，深入推进质量体系建设和过程质量管控，产品质量稳中有升。现将主要工作总结如下。
一、主要质量指标完成情况
指标　目标值　完成值
电芯出厂合格率　≥99.50%　99.63%
客户投诉率　≤0.05%　0.04%
批次不良率　≤0.30%　0.27%
二、重点工作开展情况
（一）完成IATF 16949监督审核。组织内审员开展内部审核两轮，发现不符合项17项，全部完成整改，外部审核零严重不符合项通过。
（二）推进过程质量管控。在涂布、卷绕、注液三道关键工序上线在线检测设备，实现关键参数实时监控，工序不良率下降18%。
（三）强化供应商质量管理。对32家主要原材料供应商开展现场审核，淘汰不合格供应商2家，来料检验批次合格率提升至99.1%。
三、存在问题
一是新产线爬坡期间质量波动较大；二是部分一线员工质量意识不强，违反作业指导书的情况仍有发生。
四、下半年工作计划
下半年将重点做好新产线质量稳定、质量培训全覆盖和质量追溯系统升级三项工作。
质量管理部
2025年7月5日
""",
    ),
    dict(
        slug="corp-kangyuan-html-speech-chairman-distributors",
        site="康源医疗器械股份有限公司 (invented)",
        style="企业官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.kangyuan-med.example.com/news/company/2025-03-28/ceo-speech.html",
        title="董事长在2025年度经销商合作伙伴大会上的讲话",
        record_title="董事长在2025年度经销商合作伙伴大会上的讲话 - 康源医疗 - 新闻中心",
        date="2025-03-26",
        date_also=["2025-03-28"],
        notes="corporate template: decorated record title; the title keeps the speaker's role as the page gives it; speaker and date lines under the title (neutral); the news-centre date also accepted; a product-consult float and a compliance notice in the footer",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>董事长在2025年度经销商合作伙伴大会上的讲话 - 康源医疗 - 新闻中心</title></head><body>
<header><div class="logo">⟦m 康源医疗 KANGYUAN MEDICAL⟧</div>
<nav>⟦m 关于康源　产品中心　解决方案　新闻中心　投资者关系　加入我们⟧</nav><a class="lang">⟦a EN⟧</a></header>
<div class="banner">⟦m 以精准守护健康⟧</div>
<div class="crumb">⟦m 首页 ／ 新闻中心 ／ 公司新闻⟧</div>
<article>
<h1>{T}</h1>
<p class="pub">⟦m 2025-03-28　｜　品牌部⟧</p>
<p class="who">康源医疗董事长　骆启航</p>
<p class="when">（2025年3月26日）</p>
<div class="body">
{BODY}
</div>
<div class="share">⟦l 分享：微信　领英　微博⟧</div>
<div class="pn">⟦l 上一篇：康源医疗获评省级“专精特新”企业⟧ ⟦l 下一篇：新一代血糖监测系统获批上市⟧</div>
</article>
<div class="float">⟦w 产品咨询 400-618-2255⟧</div>
<footer><p>⟦d 本网站所涉医疗器械产品信息仅供医疗卫生专业人士参考，不作为广告。⟧</p><p>⟦m © 2025 康源医疗器械股份有限公司　（苏）网械平台备字〔2021〕第00417号⟧</p></footer>
</body></html>
""",
        body="""
各位经销商朋友，各位同事：
大家好！首先，我代表公司董事会和全体员工，对各位合作伙伴一直以来的信任和支持表示衷心感谢！
过去一年，是公司发展极不平凡的一年。在行业集采全面推开、市场竞争加剧的情况下，我们和各位伙伴一道稳住了基本盘，全年实现营业收入18.7亿元，同比增长9.6%；新增覆盖二级以上医院420家，基层医疗机构装机量突破1.2万台。这些成绩的取得，离不开在座各位的辛勤付出。
今年，公司将重点做好三件事：第一，加快新产品上市，年内推出新一代动态血糖监测系统和便携式超声两款产品；第二，加强渠道赋能，为经销商提供临床培训、售后服务和数字化管理工具支持；第三，坚持合规经营，严格遵守医疗器械经营和医药购销领域的法律法规，对任何商业贿赂行为零容忍。
合规是我们合作的底线。我们希望与各位伙伴共同守住这条底线，在规范中求发展、在合作中求共赢。
最后，祝各位朋友事业兴旺、身体健康！谢谢大家！
""",
    ),
    dict(
        slug="corp-jinxiu-realestate-delivery-notice",
        site="锦岫置业 (invented real-estate developer)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.jinxiu-zhiye.example.cn/gonggao/2025/1010.html",
        title="锦岫·澄湖湾二期房屋交付通知书",
        date="2025-10-10",
        notes="developer's site: a sales hotline and a VR-tour button as chrome; the notice's own 交付 schedule rows, materials list, customer-service phone and a sentence about scanning the booking code stay; 成文日期",
        page="""
!m 锦岫置业　｜　匠筑美好人居
!a 🏠 VR看房　　📞 售楼热线 0792-8998000
!m 首页 > 公告通知
{T}
!m 锦岫置业客户服务中心　　2025-10-10
{BODY}
!l 楼盘动态：澄湖湾三期示范区开放 ｜ 社区业主篮球赛报名
!d 本网站所示图片、效果图及文字说明仅供参考，以政府批准文件及买卖合同约定为准。
!m 锦岫置业有限公司　赣ICP备2019007361号
""",
        body="""
尊敬的锦岫·澄湖湾二期业主：
您好！您购买的澄湖湾二期房屋已通过竣工验收备案，具备交付条件。我司定于2025年10月25日至11月2日集中办理交付手续。现将有关事项通知如下：
一、交付安排
楼栋　交付日期
5号楼、6号楼　10月25日—10月26日
7号楼、8号楼　10月27日—10月29日
9号楼、10号楼　10月30日—11月2日
二、交付地点：澄湖湾二期会所一楼交付中心（澄川县湖滨大道188号）。
三、所需材料：购房合同原件、业主身份证原件、购房发票；委托他人办理的，须提供经公证的委托书及受托人身份证原件。
四、预约方式：为避免现场排队，请扫描随本通知书寄送的预约二维码，选择交付时段。
五、费用说明：交付时须缴纳首期物业服务费（12个月），收费标准按已备案的前期物业服务合同执行。
如有疑问，请致电客户服务中心0792-8998022。
特此通知。
锦岫置业有限公司
2025年10月10日
""",
    ),
    dict(
        slug="corp-guanghua-cinema-plan-wps-no-date",
        site="光华影城 (invented cinema chain)",
        style="企业官网",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://www.ghcinema.example.com/about/files/2026jihua.wps",
        title="光华影城2026年经营工作计划",
        record_title="光华影城2026年经营工作计划.wps",
        date=None,
        notes="file-name record title; a cinema chain's file page with ticket buttons; a year only in the title (no date); numbered targets; a member-card ad between paragraphs",
        page="""
!m 光华影城 · 好电影在光华
!a 🎟 购票　　🍿 卖品　　会员中心
!t 光华影城2026年经营工作计划.wps
!m 文件大小 46KB　·　上传者：经营管理部
{T}
{BODY}
!l 热映：《山海之间》　《小镇的夏天》　《破晓行动》
!m 光华影城（蒲岚）有限公司　客服 400-603-1188
""",
        body="""
2026年，影城将坚持“内容为王、服务为本”，在稳定观影人次的基础上，拓展多元经营，努力实现经营业绩稳步增长。
一、主要经营目标
1．全年观影人次达到68万人次，票房收入3200万元；
2．卖品及衍生品收入占比提升至22%；
3．会员人数突破9万人，会员消费占比达到45%。
二、重点工作举措
（一）做好排片运营。根据档期特点科学排片，春节、暑期、国庆三大档期提前两个月制定排片和营销方案；定期举办经典影片重映和地方题材影片展映。
⟦a 开通光华年卡，全年观影低至19.9元/场 ›⟧
（二）拓展多元经营。利用非黄金时段开展企业包场、学生观影、党建观影等团体业务，力争团体业务收入增长20%。
（三）提升服务品质。完成2号、5号影厅座椅和音响系统升级改造，推行“无接触取票”和“影厅呼叫”服务，顾客满意度保持在95%以上。
（四）强化安全管理。严格落实消防安全责任制，每季度开展一次人员疏散演练，确保全年安全零事故。
三、保障措施
将年度目标分解到各部门、各影厅，实行月度考核、季度兑现，考核结果与员工绩效挂钩。
""",
    ),
    dict(
        slug="tender-liyuan-html-solar-epc-candidates",
        site="藜原县公共资源电子交易平台 (invented)",
        style="招投标网",
        genre="公示",
        kind="notice",
        form="html",
        source="https://ggzy.liyuan.example.gov.cn/jyxx/gcjs/zbhxrgs/2025/0815/LY-2025-0913.html",
        title="藜原县茆湾镇农光互补光伏发电项目EPC总承包中标候选人公示",
        record_date="2025-08-15",
        date="2025-08-15",
        notes="tender platform template: record date; a login strip, a project-number box, a candidates table; the 公示's own objection phone, supervisor phone and 公示期 dates stay; a CA-certificate download prompt and a service hotline in the footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>藜原县茆湾镇农光互补光伏发电项目EPC总承包中标候选人公示</title></head><body>
<div class="login">⟦a 投标人登录⟧ ⟦a 专家登录⟧ ⟦a CA证书驱动下载⟧</div>
<div class="head">⟦m 藜原县公共资源电子交易平台⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系　监督投诉⟧</div>
<div class="loc">⟦m 当前位置：交易信息 › 工程建设 › 中标候选人公示⟧</div>
<div class="box">
<h3>{T}</h3>
<p class="meta">⟦m 【信息时间：2025-08-15】　【浏览：683】　【我要打印】【关闭】⟧</p>
<p class="no">⟦m 项目编号：LY-GC-2025-0913⟧</p>
<div class="ewb-con">
{BODY}
</div>
</div>
<div class="foot">⟦m 主办：藜原县公共资源交易中心　平台服务热线：400-998-0379　技术支持：某某软件股份有限公司⟧</div>
</body></html>
""",
        body="""
藜原县茆湾镇农光互补光伏发电项目EPC总承包已于2025年8月13日开标、评标，经评标委员会评审，现将中标候选人公示如下：
排名　中标候选人　投标报价（万元）　工期（日历天）　项目经理
第一名　澄川能源建设集团有限公司　21486.37　240　包文涛
第二名　葭湾电力工程有限公司　21790.00　240　龙宜春
第三名　苏润新能源科技股份有限公司　21933.58　235　童海波
公示期：2025年8月16日至2025年8月18日。
投标人或者其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人提出。
招标人：藜原县茆湾镇人民政府　联系人：施凯　电话：0736-4218061
招标代理机构：藜原恒信工程咨询有限公司　联系人：甘露　电话：0736-4225530
监督部门：藜原县发展和改革局　电话：0736-4212266
""",
    ),
    dict(
        slug="tender-kuajing-park-property-consultation-notice",
        site="杼岭跨境电商产业园采购专栏 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zlcbec-park.example.cn/cgzl/2025/0722/ggxq_211.html",
        title="杼岭跨境电商产业园物业管理服务项目竞争性磋商公告",
        record_title=None,
        date="2025-07-22",
        notes="no record title; an industrial park's procurement column; the notice's own 获取文件 and 响应文件 deadlines (dates in the text), bank account, contacts and a URL stay; 成文日期 at the end",
        page="""
!m 杼岭跨境电商产业园 · 采购专栏
!m 首页 ＞ 采购公告 ＞ 详情
{T}
!m 发布人：园区运营公司采购部　　浏览：215次
!a 【我要报名】　【下载公告】
{BODY}
!l 采购公告　｜　结果公示　｜　变更公告
!m 杼岭跨境电商产业园运营管理有限公司 版权所有
""",
        body="""
杼岭跨境电商产业园运营管理有限公司就园区物业管理服务项目进行竞争性磋商采购，欢迎符合条件的供应商参加。
一、项目概况
项目编号：ZLCG-2025-017；服务范围：园区A、B、C三栋厂房及配套公寓、道路、绿化的保洁、秩序维护、设施设备运行维护等；服务期限：3年；最高限价：每年386万元。
二、供应商资格要求
1．具有独立承担民事责任的能力；
2．近三年内承接过单个合同金额不低于200万元的产业园区或写字楼物业服务项目；
3．本项目不接受联合体。
三、获取磋商文件
时间：2025年7月23日至7月29日（工作日9:00—17:00）；方式：在产业园官网采购专栏（http://www.zlcbec-park.example.cn/cgzl）免费下载。
四、响应文件提交
截止时间：2025年8月5日9:30；地点：产业园综合服务中心二楼203会议室。逾期送达的响应文件不予受理。
五、磋商保证金
金额：人民币5万元；户名：杼岭跨境电商产业园运营管理有限公司；开户行：杼岭农村商业银行园区支行；账号：9001 2200 1875 3361。
六、联系方式
采购人：杼岭跨境电商产业园运营管理有限公司　联系人：焦女士　电话：0599-7230168
杼岭跨境电商产业园运营管理有限公司
2025年7月22日
""",
    ),
    dict(
        slug="assoc-zhiliang-html-qc-group-notice",
        site="檀溪市质量协会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.txqa.example.org.cn/tzgg/2025/04/1118.html",
        title="关于组织开展2025年度优秀质量管理小组成果发表交流活动的通知",
        date="2025-04-22",
        notes="association template: member login, nav, byline with 发布日期, 附件 list and a registration mailbox; a fee line and the association's bank account are body; a member-service hotline in the footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于组织开展2025年度优秀质量管理小组成果发表交流活动的通知 - 檀溪市质量协会</title></head><body>
<div class="tb">⟦a 会员单位登录⟧ ⟦a 申请入会⟧</div>
<div class="logo">⟦m 檀溪市质量协会⟧<small>⟦m TANXI QUALITY ASSOCIATION⟧</small></div>
<ul class="menu"><li>⟦m 协会概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 质量小组⟧</li><li>⟦m 用户满意⟧</li><li>⟦m 培训认证⟧</li></ul>
<div class="main">
<div class="bread">⟦m 首页 > 通知公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 发布日期：2025-04-22　　作者：秘书处⟧</div>
<div class="txt">
{BODY}
</div>
<div class="down">⟦a 附件下载：成果发表报名表.docx　评审标准.pdf⟧</div>
</div>
<div class="footer">⟦m 檀溪市质量协会秘书处　会员服务热线：0576-8891230　邮箱：txqa@txqa.example.org.cn⟧</div>
</body></html>
""",
        body="""
各会员单位，各有关企业：
为总结交流全市质量管理小组活动经验，推动群众性质量改进活动深入开展，市质量协会决定组织开展2025年度优秀质量管理小组成果发表交流活动。现将有关事项通知如下。
一、申报范围
2024年5月以来完成活动周期、取得明显成效的质量管理小组成果，分为问题解决型和创新型两类。
二、申报要求
（一）成果须真实有效，经企业质量管理部门审核确认；
（二）每个企业申报成果一般不超过3项；
（三）成果报告正文不超过30页，同时提交发表用PPT。
三、时间安排
5月31日前报送申报材料；6月下旬进行初评；7月中旬组织现场发表交流。
四、费用
每项成果收取评审费800元，请汇至协会账户：户名：檀溪市质量协会，开户行：檀溪银行城中支行，账号：3301 0600 0012 5846。
五、联系方式
报名材料请发送至邮箱qcxz@txqa.example.org.cn。联系人：蒋晓玲，电话：0576-8891236。
附件：1．成果发表报名表
2．质量管理小组活动成果评审标准
檀溪市质量协会
2025年4月22日
""",
    ),
    dict(
        slug="assoc-chongwu-pledge-civilised-dog-keeping",
        site="蕙城市宠物行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.hcpet.example.org/news/show-771.html",
        title="文明养犬　依法养犬倡议书",
        record_title="【行业自律】文明养犬　依法养犬倡议书",
        date="2025-09-01",
        notes="pet-trade association: decorated record title; a member-ad rotation and a 'find a pet hospital' search as chrome; the pledge's own rabies hotline and registration sentence stay; 成文日期",
        page="""
!m 蕙城市宠物行业协会　|　会员之家
!t 【行业自律】文明养犬　依法养犬倡议书
!a 🔎 找宠物医院　　找美容店　　找寄养
!m 时间：2025-09-01　　浏览量：477
{BODY}
!l 会员风采：萌宠之家动物医院｜毛孩子美容连锁｜喵星人猫舍
!a 成为协会会员，享受年检、培训、法律咨询一站式服务 ➔
!m 蕙城市宠物行业协会 © 2025
""",
        body="""
广大养犬市民朋友、宠物行业从业者：
犬只是人类的朋友，文明养犬是城市文明的重要体现。近年来，犬只伤人、扰民、随地便溺等问题时有发生，引发社会关注。为此，市宠物行业协会向全市养犬市民和会员单位发出如下倡议：
一、依法登记免疫。养犬人应当按规定为犬只办理登记，每年按时接种狂犬病疫苗。狂犬病免疫可到全市46家定点动物诊疗机构办理，咨询电话：0756-8123456。
二、规范出户遛犬。携犬出户时，应当为犬只束犬链，由成年人牵领，主动避让老人、孕妇和儿童；大型犬出户应佩戴嘴套。
三、及时清理粪便。携带清洁工具，及时清除犬只粪便，共同维护公共环境卫生。
四、不弃养不虐待。养犬人应当负起饲养责任，不随意遗弃犬只；会员单位应当积极参与流浪犬救助和领养活动。
五、行业带头示范。各会员单位要在门店显著位置张贴文明养犬宣传海报，向顾客宣传养犬管理规定。
让我们从自身做起，做文明养犬的践行者，共同营造人犬和谐的城市环境！
蕙城市宠物行业协会
2025年9月1日
""",
    ),
    dict(
        slug="assoc-kuajing-minutes-wrapped-council",
        site="芊原市跨境电子商务协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.qycbec.example.org.cn/xhdt/2025/0312/206.html",
        title="芊原市跨境电子商务协会第二届理事会第五次会议纪要",
        record_title=None,
        date="2025-03-12",
        date_also=["2025-03-08"],
        notes="no record title; hard-wrapped at 64 columns; the minutes' 时间/地点/主持/出席 lines, a vote count and 印发 line stay; the 印发 date expected, the meeting's also accepted",
        page="""
!m 芊原市跨境电子商务协会
!m 协会动态 ▸ 会议纪要
{T}
!m 来源：协会秘书处　　更新时间：2025-03-12
{BODY}
!a ⇩ 下载纪要（PDF）　　⎙ 打印
!l 上一篇：关于征集2025年海外仓建设需求的通知
!m 地址：芊原市综合保税区服务中心6楼　电话：0738-8990120
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
时间：2025年3月8日下午2:30
地点：芊原市综合保税区服务中心6楼会议室
主持：会长　温学军
出席：理事23人（应到27人），监事2人；秘书处工作人员列席
会议审议通过了以下事项，纪要如下：
一、审议通过《协会2024年工作报告》和《2024年度财务收支情况报告》。表决结果：同意23票，反对0票，弃权0票。
二、审议通过关于增补副会长单位的议案，同意增补芊原速达供应链管理有限公司为副会长单位。
三、会议确定2025年协会重点工作：组织会员企业参加境外展会不少于4场；举办跨境电商合规运营培训6期；推动建立会员企业海外仓共享信息平台。
四、会议要求秘书处加强会费管理，对连续两年未缴纳会费的会员单位，按章程规定程序予以处理。
芊原市跨境电子商务协会秘书处　2025年3月12日印发
""",
    ),
]
