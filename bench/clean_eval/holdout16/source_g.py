"""Holdout16 cases, part G: more kinds of site no earlier part names (a county foreign-affairs office,
a notary office, an e-signature platform's document view, a surveying institute's report on a
download station, a WAP 范文 page on one line, an organ Party committee's lecture page, a community
health service centre). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-bicen-foreign-affairs-letter-glued-buttons",
        site="碧岑县人民政府外事办公室 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://wsb.bicen.example.gov.cn/tzgg/202511/t20251103_2207.html",
        title="关于报送2026年度因公出国（境）计划的函",
        date="2025-11-03",
        notes="a foreign-affairs office: the title printed twice (once with a 【通知公告】 tag); the letter's own 联系人/电话/邮箱 and 附件; a correction button glued after the last body sentence; a QR-code 'read on phone' prompt; footer",
        page="""
!m 碧岑县人民政府外事办公室
!m 首页 → 外事动态 → 通知公告
!t 【通知公告】关于报送2026年度因公出国（境）计划的函
{T}
!m 来源：县外事办　　时间：2025-11-03　　点击：241
!a 📱 扫一扫在手机上阅读
{BODY}
!m 碧岑县人民政府外事办公室　地址：碧岑县政府大院3号楼　邮编：557300
""",
        body="""
县直各单位：
为加强因公出国（境）计划管理，根据上级有关规定，现请各单位报送2026年度因公出国（境）计划。有关事项函告如下：
一、各单位要严格按照“务实、高效、节约”的原则编制出国（境）计划，不安排一般性考察和无实质内容的出访，严格控制出访团组人数和在外天数。
二、计划内容包括出访任务、国家和地区、团组人数、在外天数、经费预算等，请填写《2026年度因公出国（境）计划表》。
三、请于11月20日前将计划表加盖单位公章后报送县外事办，电子版发送至邮箱bcwsb@bicen.example.gov.cn。未列入年度计划的出访，原则上不予审批。
联系人：县外事办综合股　管若楠，电话：0857-3219088。
附件：2026年度因公出国（境）计划表
碧岑县人民政府外事办公室
2025年11月3日⟦a 【我要纠错】【关闭】⟧
""",
    ),
    dict(
        slug="lawsite-tingze-notary-guide-html-byline",
        site="汀泽县公证处 (invented)",
        style="律所网站",
        genre="办事须知",
        kind="other",
        form="html",
        source="https://www.tzgzc.example.cn/bzzn/2025/0211/63.html",
        title="办理继承公证须知",
        record_title="办理继承公证须知_办证指南_汀泽县公证处",
        date="2025-02-11",
        notes="a notary office's guide page: record title _column_office; the byline's 发布日期 is the page's date; a list of required materials with numbers, the office's own phone, hours and a sentence telling applicants to 下载 and 打印 forms; an 'online booking' button, a fee-standard sidebar and footer",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>办理继承公证须知_办证指南_汀泽县公证处</title></head>
<body>
<div class="hd"><span class="logo">⟦m 汀泽县公证处⟧</span><span class="tel">⟦m 咨询电话：0779-5528148⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 本处概况⟧</li><li>⟦m 办证指南⟧</li><li>⟦m 收费标准⟧</li><li>⟦m 在线预约⟧</li><li>⟦m 公证查询⟧</li></ul>
<div class="wrap">
<div class="sidebar"><h4>⟦l 办证指南⟧</h4><ul><li>⟦l 委托公证⟧</li><li>⟦l 声明公证⟧</li><li>⟦l 学历公证⟧</li><li>⟦l 继承公证⟧</li></ul>
<div class="btn">⟦a 在线预约办证⟧</div></div>
<div class="content">
<div class="loc">⟦m 当前位置：首页 &gt; 办证指南⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-02-11　　浏览：1893⟧</div>
{BODY}
</div></div>
<div class="ft">⟦m 汀泽县公证处　地址：汀泽县文昌路15号司法大楼一楼⟧<br>⟦d Copyright © 汀泽县公证处 版权所有⟧</div>
</body></html>
""",
        body="""
一、申请人
被继承人的法定继承人、遗嘱继承人或者受遗赠人，应当亲自到公证处提出申请；因特殊原因不能亲自到场的，可以委托他人代为申请。
二、需提交的材料
1.申请人的身份证、户口簿；
2.被继承人的死亡证明、户籍注销证明；
3.被继承人与继承人之间的亲属关系证明；
4.被继承人的遗产凭证，如不动产权证书、存款凭证、车辆登记证书等；
5.被继承人生前有遗嘱的，提交遗嘱原件。
三、办理流程
申请人提出申请，公证员审查材料并询问当事人，必要时进行核实调查，符合条件的，一般在受理之日起十五个工作日内出具公证书。
四、温馨提示
申请人可先到本处网站“表格下载”栏目下载并打印《公证申请表》，如实填写后带到现场。办证时间为周一至周五上午8:30至12:00、下午14:30至17:30，咨询电话0779-5528149。
""",
    ),
    dict(
        slug="docshare-esign-platform-letter-pdf-markers",
        site="签签通 电子签章平台 文件查看页 (invented)",
        style="文档分享",
        genre="函",
        kind="letter",
        form="html",
        source="https://view.qianqiantong.example.com/contract/detail?flowId=QQT2025081200317",
        title="关于确认2025年下半年原材料供货价格调整的函",
        record_title="关于确认2025年下半年原材料供货价格调整的函.pdf",
        date="2025-08-12",
        notes="an e-signature platform's document view: file-name title; signing-flow and seal-verification lines, a certificate serial number, download/verify buttons; page markers '⟮n⟯' between the halves of cut paragraphs; the letter's own 联系人/电话 and signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>签签通 - 文件详情</title></head>
<body>
<div class="topnav">⟦m 签签通⟧　⟦m 工作台 / 文件管理 / 已完成⟧</div>
<div class="file-head"><h3>⟦t 关于确认2025年下半年原材料供货价格调整的函.pdf⟧</h3>
<p>⟦m 签署流程：发起（2025-08-12 09:10）→ 盖章（2025-08-12 15:47）→ 已完成⟧</p>
<p>⟦m ✔ 签章有效　签章单位：柘川县恒达包装材料有限公司　证书序列号：5F3A 9C21 7E0B⟧</p>
<p><button>⟦a 下载签署文件⟧</button> <button>⟦a 查看验签报告⟧</button> <button>⟦a 发送给他人⟧</button></p></div>
<div class="pdf-view">
{BODY}
</div>
<div class="foot">⟦d 本文件经电子签名，与纸质盖章文件具有同等法律效力⟧　⟦m 签签通客服 400-880-6617⟧</div>
</body></html>
""",
        pages=dict(fmt="⟮{n}⟯", every=150, start=2),
        body="""
青樾食品有限公司：
贵我双方于2025年1月签订的《包装材料年度供货合同》约定，原材料价格波动超过5%时，双方可协商调整供货价格。今年6月以来，瓦楞原纸市场价格累计上涨约12%，我公司生产成本明显上升。
经双方业务人员多次沟通，现就2025年下半年供货价格调整事项函告如下：
一、自2025年9月1日起，五层瓦楞纸箱供货单价由每平方米3.10元调整为3.35元，三层瓦楞纸箱由每平方米2.20元调整为2.36元；
二、8月31日前已下达的订单仍按原价格执行；
三、合同其他条款不变。
请贵公司确认后盖章回复。
联系人：销售部　聂海川，电话：0771-6257730。
柘川县恒达包装材料有限公司
2025年8月12日
""",
    ),
    dict(
        slug="download-survey-institute-report-pdf-arrow-markers",
        site="测绘地信资料站 (invented)",
        style="资料下载站",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.chdx-ziliao.example.com/down/report/2025/0122-qyschy.html",
        title="青樾市测绘院2024年度工作报告",
        record_title="青樾市测绘院2024年度工作报告.pdf",
        date="2025-01-22",
        notes="a PDF's text on a download station: file-name title, size/points/download-count lines; page markers '►n◄' glued to the start of continuation lines (mixed); a 'points to download' prompt and a VIP prompt; the report's own decimal headings and 成文日期",
        page="""
!m 测绘地信资料站 · 专业资料下载
!t 青樾市测绘院2024年度工作报告.pdf
!m 大小：1.3MB　　所需积分：5　　下载次数：42
!a 积分不足？开通VIP免积分下载全站资料
{BODY}
!a 【下载本资料】　【举报】
!d 资料由网友上传，仅供交流学习使用
""",
        pages=dict(fmt="►{n}◄", every=150, start=2, glue="mix"),
        body="""
2024年，市测绘院在市自然资源局的正确领导下，紧紧围绕全市自然资源管理中心工作，统筹推进基础测绘、不动产测绘和地理信息服务，全年完成各类测绘项目326个，实现产值6870万元，同比增长8.6%。
1.基础测绘
1.1 完成中心城区1:500地形图更新测绘86平方千米，完成全市1:2000数字线划图修测420平方千米。
1.2 完成全市卫星导航定位基准站系统升级改造，新增基准站3座，系统服务用户增至1.2万户。
2.不动产测绘
全年完成不动产权籍调查和测绘项目2140宗，配合完成农村房地一体确权登记发证4.6万宗，测绘成果质量合格率100%。
3.地理信息服务
建成市级实景三维平台一期，向规划、住建、应急等23个部门提供地理信息数据共享服务1800余次。
4.下一步工作打算
2025年，我院将重点推进实景三维青樾建设二期工程，加快测绘地理信息技术在城市更新、防灾减灾等领域的应用。
青樾市测绘院
2025年1月22日
""",
    ),
    dict(
        slug="fanwen-wap-study-plan-oneline-decorated",
        site="范文吧 WAP版 (invented)",
        style="范文站",
        genre="计划",
        kind="plan",
        form="text",
        source="http://wap.fanwenba.example.cn/jihua/xuexi/40219.html",
        title="2025年度个人政治理论学习计划",
        record_title="2025年度个人政治理论学习计划（通用3篇）",
        date=None,
        notes="a WAP 范文 page: decorated record title; the body on one line with indents between paragraphs; the year only in the title; a top 'download app' bar, 'page 1 of 3' pager links, a small-text copyright line",
        page="""
!a 下载范文吧App　免费看全部范文 >
!m 范文吧 > 计划 > 学习计划
!t 2025年度个人政治理论学习计划（通用3篇）
!m 第1篇
{BODY}
!l 第1篇　第2篇　第3篇
!l « 上一篇　返回列表　下一篇 »
!d 范文吧 WAP 版　©2025　仅供参考
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
为进一步提高自身政治理论水平，增强政治判断力、政治领悟力、政治执行力，结合工作实际，制定本年度个人学习计划。
一、学习内容。系统学习党的创新理论，认真学习党章党规党纪，学习与本职工作相关的法律法规和业务知识。
二、学习方式。坚持个人自学与集中学习相结合，每天自学不少于1小时，每月撰写学习笔记不少于5000字，每季度撰写一篇心得体会。积极参加支部组织的“三会一课”和主题党日活动。
三、学习要求。坚持学以致用，把学习成果转化为推动工作的实际行动，努力做到学习工作两不误、两促进。
""",
    ),
    dict(
        slug="dangjian-organ-party-lecture-byline-decorated",
        site="汀泽机关党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://www.tzjgdj.example.org.cn/dkjg/2025/0626/208.html",
        title="以钉钉子精神抓好工作落实",
        record_title="党课讲稿｜以钉钉子精神抓好工作落实",
        date="2025-06-26",
        notes="an organ Party-building site: a decorated record title with 党课讲稿｜; the byline's 发布时间 is the page's date; a subtitle line under the title naming the occasion (neutral); chrome between body paragraphs (a 'Party lecture library' ad on a line of its own); related lectures and a footer",
        page="""
!m 汀泽机关党建网　|　汀泽县直属机关工委主办
!m 首页 > 党课讲稿 > 精品党课
!t 党课讲稿｜以钉钉子精神抓好工作落实
{T}
——在县发改局机关党支部“七一”专题党课上的讲稿
!m 发布时间：2025-06-26 11:12　　作者：县发改局党组书记　樊志远
{BODY}
!l 相关党课：
!l 以学铸魂　以学促干——专题党课讲稿
!l 守好廉洁关　走好人生路——警示教育党课
!m 汀泽县直属机关工委　版权所有　技术支持：县融媒体中心
""",
        body="""
同志们：
今天，借“七一”前夕专题党课的机会，我和大家交流一个话题：如何以钉钉子精神抓好工作落实。
钉钉子往往不是一锤子就能钉好的，而是要一锤一锤接着敲，直到把钉子钉实钉牢。抓工作也是这样，要有钉钉子的韧劲和耐心。
一、钉钉子要找准位置
钉子要钉在关键处。我们局承担着全县重大项目谋划、推进的职责，工作千头万绪，必须抓住重点、突破难点。今年，县里确定的12个重大项目中，有7个由我们牵头推进，这就是我们要钉的“钉子”。
⟦a 更多精品党课，请进入“党课资源库”⟧
二、钉钉子要一锤接着一锤敲
不能东一榔头西一棒子。对定下来的工作，要一抓到底、久久为功，不达目的不罢休。项目推进中遇到的用地、资金等问题，要建立台账，逐项销号。
三、钉钉子要敢于碰硬
在推进工作中难免会遇到阻力和困难，党员干部要敢于担当、迎难而上，不能遇到矛盾绕着走。
同志们，让我们以钉钉子精神抓好各项工作落实，以实干实绩迎接党的生日！
""",
    ),
    dict(
        slug="hospital-community-health-centre-plan-cn-date-no-title",
        site="鹤泽县城东社区卫生服务中心 (invented)",
        style="医院官网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.hzcdsq.example.org.cn/tzgg/20250306/92.html",
        title="城东社区卫生服务中心2025年家庭医生签约服务工作方案",
        record_title=None,
        date="2025-03-06",
        notes="a community health service centre: no record title; hard-wrapped at 68 columns; the 成文日期 in Chinese numerals; the plan's own team table (one row a paragraph) and sign-up phone, a sentence telling residents to 扫码 sign up; an appointment button, a 'health tips' list, a 'we are hiring' line and footer",
        page="""
!m 鹤泽县城东社区卫生服务中心
!m 守护社区健康　做您身边的好医生
!m 首页 ＞ 通知公告
{T}
!a 预约挂号　　报告查询　　家庭医生在线签约
{BODY}
!l 健康科普
!l · 春季过敏高发，这些防护要做好
!l · 高血压患者日常用药的五个误区
!w 招聘：中心诚聘全科医生2名、护士3名，详询人事科
!m 地址：鹤泽县东门路128号　值班电话：0773-8123120　湘ICP备17011042号
""",
        indent="\u3000\u3000",
        wrap=68,
        body="""
为深入推进家庭医生签约服务，提高签约服务质量和群众获得感，根据县卫生健康局工作部署，结合中心实际，制定本方案。
一、工作目标
2025年，辖区常住人口家庭医生签约服务覆盖率达到40%以上，重点人群签约服务覆盖率达到75%以上，签约居民满意度达到90%以上。
二、签约团队
团队名称　团队长　服务片区
东门团队　全科医生卓雅　东门社区、解放街社区
新村团队　全科医生闵涛　铁路新村社区、纺织厂社区
湖滨团队　全科医生席方圆　东湖社区、湖滨社区
三、服务内容
为签约居民提供基本医疗、公共卫生和健康管理服务，重点为老年人、孕产妇、儿童、慢性病患者提供个性化服务。65岁以上老年人每年免费体检一次，高血压、糖尿病患者每季度随访一次。
四、签约方式
居民可到中心一楼家庭医生服务台现场签约，也可扫描中心公众号二维码在线签约，行动不便的居民可预约团队上门签约。咨询电话：0773-8123106。
鹤泽县城东社区卫生服务中心
二〇二五年三月六日
""",
    ),
]
