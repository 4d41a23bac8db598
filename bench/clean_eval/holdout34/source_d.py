"""holdout34, part D: local forums, download stations, personnel exams, tenders, law firms, residents' sites, associations, firms. Invented."""

def C(**kw):
    return dict(kw)

CASES = [
    C(slug="localforum-keyun-route-change", site="蓍川生活网论坛 (invented)", style="地方论坛", genre="通告", kind="notice", form="text",
      source="http://bbs.shichuan-life.example.com/t/33012", title="关于调整部分城乡客运班线的通告",
      record_title="【出行提醒】关于调整部分城乡客运班线的通告（附新时刻表）", date="2025-07-15", date_also=["2025-07-16"],
      notes="a county life forum reposting a coach station's notice; hook decoration; forum junk; a timetable kept; 发布于 differs (also accepted)",
      junk=dict(lines=1, glued=1),
      page="""
!m 蓍川生活网 › 出行交通 › 帖子详情
!t 【出行提醒】关于调整部分城乡客运班线的通告（附新时刻表）
!m 楼主：路路通　发布于 2025-07-16 08:20　浏览 2310
{BODY}
!l 顶　踩　回复本帖
!m 2楼　小城故事：终于有早班车了
""",
      body="""
因城区道路施工，自2025年7月20日起，部分城乡客运班线调整如下：
线路　原发车时间　调整后发车时间
县城至石门　7:30　6:50
县城至椒坪　8:10　7:40
请广大旅客合理安排出行时间。咨询电话：0719-3316100。
蓍川县长途汽车站
2025年7月15日
"""),
    C(slug="localforum-guoshu-market-html", site="枸岭论坛 (invented)", style="地方论坛", genre="通知", kind="notice", form="html",
      source="https://www.goulingbbs.example.com/thread-8812-1-1.html", title="关于中药材交易市场周末临时摊位申请的通知",
      record_title="关于中药材交易市场周末临时摊位申请的通知 - 便民信息 - 枸岭论坛", date="2025-03-08",
      notes="a county forum thread, HTML with jammer fonts; user card; signature date; 'reply to see contact' box",
      junk=dict(lines=1, glued=1),
      page="""
<html><head><meta charset="utf-8"><title>关于中药材交易市场周末临时摊位申请的通知 - 便民信息 - 枸岭论坛</title></head><body>
<div class="hd">⟦m 枸岭论坛 — 枸岭人自己的网上家园⟧</div>
<div class="user">⟦m 市场管理处小刘　UID 20931　积分 88⟧</div>
<h1>{T}</h1><div class="time">⟦m 发表于 2025-3-9 10:02⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide">⟦a 游客，如果您要查看本帖隐藏内容请回复⟧</div>
<div class="ft">⟦m 枸岭论坛 ©2008-2025 Archiver 手机版⟧</div></body></html>
""",
      body="""
各药农、经营户：
为方便药农销售自产中药材，市场自3月15日起在东区增设周末临时摊位四十个。
申请人请携带身份证到市场管理处登记，摊位按登记先后顺序安排，每户限一个。
枸岭中药材交易市场管理处
2025年3月8日
"""),
    C(slug="download-tufei-table-page", site="农资料下载站 (invented)", style="资料下载站", genre="技术规程", kind="notice", form="html",
      source="http://www.nongziliao.example.net/soft/2025/3390.html", title="耕地质量等级调查评价工作规程",
      record_title="耕地质量等级调查评价工作规程.doc", date=None,
      notes="old ASP download station: file-info table, mirror links, a dead-link report; no date in the document (the update stamp is none)",
      page="""
<html><head><meta charset="gb2312"><title>耕地质量等级调查评价工作规程.doc - 农资料下载站</title></head><body>
<table><tr><td>⟦m 农资料下载站 www.nongziliao.net⟧</td></tr></table>
<table class="info"><tr><td>⟦m 资料大小：86KB⟧</td><td>⟦m 更新时间：2025-04-02⟧</td></tr><tr><td>⟦m 资料类别：土壤肥料⟧</td><td>⟦m 下载次数：512⟧</td></tr></table>
<h2>{T}</h2>
{BODY}
<div class="down">⟦a 电信下载1⟧ ⟦a 联通下载2⟧ ⟦a 本地高速下载⟧</div>
<div>⟦a 下载地址失效？点此报告⟧</div>
<div>⟦d 本站资料来源于网络，仅供学习研究，如有侵权请来信告知⟧</div></body></html>
""",
      body="""
一、调查样点布设。按照每一万亩耕地布设一个样点的原则，兼顾土壤类型和种植制度。
二、样品采集。每个样点采集耕层土样一个，采样深度零至二十厘米。
三、评价方法。依据国家标准确定评价指标和权重，综合计算耕地质量等级。
"""),
    C(slug="download-denju-factory-rules-text", site="文件下载吧 (invented)", style="资料下载站", genre="制度", kind="notice", form="text",
      source="https://www.wjxzb.example.com/zhidu/7712.html", title="灯具厂车间6S管理制度",
      record_title="灯具厂车间6S管理制度【免费下载】", date=None,
      notes="a download station text page; a free-download decoration; points box; numbered articles; no date",
      page="""
!m 文件下载吧 → 企业管理 → 生产管理
!t 灯具厂车间6S管理制度【免费下载】
!m 文件格式：docx　需要积分：0　上传：2025-02-11
{BODY}
!a 点此免费下载完整Word文档
!l 相关下载：车间安全操作规程　班组长管理制度
""",
      body="""
第一条　为营造整洁有序的生产环境，提高生产效率，制定本制度。
第二条　车间物品按定置图摆放，通道内不得堆放半成品和包装材料。
第三条　每班下班前十分钟进行清扫，班组长检查合格后方可离岗。
"""),
    C(slug="personnel-exam-fuyou-notice-html", site="萼岭人事考试网 (invented)", style="人事考试网", genre="公告", kind="notice", form="html",
      source="http://www.elpta.example.gov.cn/ksap/2025/0520/221.html", title="萼岭县2025年公开招聘航标维护人员笔试公告",
      record_title="萼岭县2025年公开招聘航标维护人员笔试公告_考试安排", date="2025-05-20",
      notes="exam portal: login box, exam calendar sidebar; a timetable; the committee's 咨询电话 kept beside the site's technical line; sentence telling candidates to 下载打印 the admission ticket",
      page="""
<html><head><meta charset="utf-8"><title>萼岭县2025年公开招聘航标维护人员笔试公告_考试安排</title></head><body>
<div class="hd">⟦m 萼岭人事考试网⟧ ⟦a 考生登录⟧ ⟦a 注册⟧</div>
<div class="cal"><h4>⟦l 考试日历⟧</h4><p>⟦l 6月 事业单位统考⟧</p></div>
<h1>{T}</h1><p>⟦m 发布日期：2025-05-20　来源：县人社局⟧</p>
{BODY}
<div class="ft">⟦m 网站技术支持电话：0745-6699001（仅限报名系统问题）⟧</div></body></html>
""",
      body="""
一、考生须于6月3日至6月6日登录本网站下载打印准考证。
二、笔试时间安排如下：
科目　时间
综合知识　6月7日9:00-11:00
专业知识　6月7日14:00-16:00
三、咨询电话：0745-6618202（县人社局事业单位人事管理股）。
萼岭县人力资源和社会保障局
2025年5月20日
"""),
    C(slug="personnel-exam-jiaotong-text", site="荪川人事考试网 (invented)", style="人事考试网", genre="通知", kind="notice", form="text",
      source="http://rsks.sunchuan.example.gov.cn/tz/2025/0811/90.html", title="关于2025年客运站安检员招聘资格复审的通知",
      record_title="关于2025年客运站安检员招聘资格复审的通知", date="2025-08-11",
      notes="text page with 发布时间 and views, a 'print this page' row; a list of materials",
      page="""
!m 荪川人事考试网　>　通知公告
!m 发布时间：2025-08-11 17:30　浏览：1,902
{BODY}
!a 【打印本页】【收藏】【关闭】
!m 主办单位：荪川县人力资源考试中心
""",
      body="""
各位考生：
笔试成绩已公布，现将资格复审有关事项通知如下。
复审时间：8月15日上午8:30至11:30。
复审须携带：1.身份证原件；2.毕业证书原件；3.近期一寸照片两张。
荪川县人力资源考试中心
2025年8月11日
"""),
    C(slug="tender-yaoshi-bid-result-html", site="橼溪公共资源交易平台 (invented)", style="招投标网", genre="公告", kind="notice", form="html",
      source="https://ggzy.yuanxi.example.gov.cn/jyxx/zbgs/2025/0618/5512.html", title="橼溪县野生动物救护中心建设项目中标结果公告",
      record_title="橼溪县野生动物救护中心建设项目中标结果公告", date="2025-06-18",
      notes="tender platform: CA hotline footer, the purchaser's and agency's own contacts kept; bid table",
      page="""
<html><head><meta charset="utf-8"><title>橼溪县野生动物救护中心建设项目中标结果公告</title></head><body>
<div class="hd">⟦m 橼溪县公共资源交易平台⟧ ⟦l 交易信息 | 政策法规 | 办事指南⟧</div>
<h1>{T}</h1><div>⟦m 信息时间：2025-06-18　阅读次数：233⟧</div>
{BODY}
<div class="ft">⟦m CA办理咨询：400-880-3321⟧ ⟦m 平台技术支持：0735-4411208⟧</div></body></html>
""",
      body="""
一、项目编号：YXGC-2025-031
二、中标结果：
中标人　中标金额（万元）　工期
橼溪建工集团有限公司　612.8　180日历天
三、公示期：自发布之日起三个工作日。
四、联系方式：采购人　县林业局，联系人：莫先生，电话：0735-4402117；代理机构　恒正招标代理有限公司，电话：0735-4436690。
"""),
    C(slug="tender-jiayou-procurement-text", site="荪江石油采购平台 (invented)", style="招投标网", genre="公告", kind="notice", form="text",
      source="https://cg.sjoil.example.com/notice/77120", title="加油站油罐清洗服务项目询价公告",
      record_title="加油站油罐清洗服务项目询价公告-荪江石油电子采购平台", date="2025-04-22",
      notes="procurement platform page; a login prompt; the purchaser's contact kept",
      page="""
!m 荪江石油电子采购平台　首页 > 采购公告
!a 供应商请先登录后报名
!m 发布日期：2025-04-22
{BODY}
!a 我要报名　下载采购文件
!m 平台客服：400-668-1122
""",
      body="""
一、项目名称：2025年加油站油罐清洗服务。
二、服务范围：公司所属二十三座加油站，共计油罐九十二具。
三、报价截止时间：2025年5月6日17时。
四、联系人：物资采购部　白女士，0738-5523117。
荪江石油销售有限公司
2025年4月22日
"""),
    C(slug="lawfirm-tianye-letter-html", site="衡理律师事务所 (invented)", style="律所网站", genre="函", kind="letter", form="html",
      source="https://www.hengli-law.example.cn/insights/2025/0422.html", title="致果品经销商的法律风险提示函",
      record_title="法律风险提示｜致果品经销商的法律风险提示函 - 衡理律师事务所", date="2025-04-22",
      notes="law-firm template page: consult box, disclaimer that the text is no legal advice, firm's hotline; letter with signature date",
      page="""
<html><head><meta charset="utf-8"><title>法律风险提示｜致果品经销商的法律风险提示函 - 衡理律师事务所</title></head><body>
<div class="hd">⟦m 衡理律师事务所⟧ ⟦l 关于我们 | 专业领域 | 律师团队 | 观点⟧</div>
<div class="float">⟦w 在线咨询律师 · 免费评估案情 0736-8800777⟧</div>
<h1>{T}</h1>
{BODY}
<div class="disc">⟦d 本文仅为一般性信息，不构成任何法律意见⟧</div>
<div class="ft">⟦m © 衡理律师事务所　地址：栝原市中山路8号⟧</div></body></html>
""",
      body="""
各果品经销商：
近期，我所接到多起因收购果品未签书面合同引发的纠纷咨询，现提示如下。
一是收购时应签订书面合同，明确品种、等级、价格和付款期限。
二是对外销售标注“有机”“绿色”等字样的，须取得相应认证，否则可能构成虚假宣传。
衡理律师事务所
2025年4月22日
"""),
    C(slug="lawfirm-gongshang-lecture-text", site="明衡律所 (invented)", style="律所网站", genre="讲稿", kind="speech", form="text",
      source="https://www.minghenglaw.example.com/jz/88.html", title="工伤认定与劳动能力鉴定常见问题——在县总工会普法讲座上的讲稿",
      record_title="工伤认定与劳动能力鉴定常见问题——在县总工会普法讲座上的讲稿", date="2025-05-09",
      notes="lecture with speaker and date under the title (neutral); the firm's consult line; tags",
      page="""
!m 明衡律所　|　律师讲堂
{T}
明衡律师事务所律师　齐海宁
（2025年5月9日）
{BODY}
!w 遇到劳动纠纷？明衡律师在线解答：0745-6688123
!l 标签：工伤　劳动法　讲座
""",
      body="""
各位职工朋友：
今天和大家聊聊工伤认定和劳动能力鉴定中最常遇到的几个问题。
第一，工伤认定申请的时限。用人单位应在事故发生之日起三十日内提出申请，单位不申请的，职工本人可在一年内提出。
第二，劳动能力鉴定的时机。一般在伤情相对稳定后申请，由劳动能力鉴定委员会组织专家鉴定。
"""),
    C(slug="community-chongwu-notice-text", site="蘋塘花园社区 (invented)", style="社区网站", genre="通知", kind="notice", form="text",
      source="http://www.pthy-sq.example.com/gg/2025/0420.html", title="关于开展文明养犬集中登记的通知",
      record_title="关于开展文明养犬集中登记的通知", date="2025-04-20",
      notes="residents' site: grid-member phone in the footer beside the committee's own line; sentence telling residents to 扫码 register; a 'comment' box",
      page="""
!m 蘋塘花园社区服务网　|　邻里一家亲
!m 首页 > 社区公告
{BODY}
!l 居民留言（3）　我要留言
!m 网格员热线：138 0771 2266　社区服务中心地址：花园路12号
""",
      body="""
各位居民：
为规范养犬行为，社区定于4月26日在居委会门前开展犬只集中登记和免疫。
养犬居民也可扫描公告栏上的二维码在线登记。
咨询电话：0771-3312088（社区居委会）。
蘋塘花园社区居民委员会
2025年4月20日
"""),
    C(slug="community-jiaoshi-html-shelter", site="楸湾街道和园社区 (invented)", style="社区网站", genre="倡议书", kind="notice", form="html",
      source="https://heyuan-sq.example.org/news/202506/102.html", title="关于参与流浪猫TNR志愿行动的倡议书",
      record_title=None, date="2025-06-06",
      notes="residents' site HTML: volunteer sign-up button, visitor count; no record title",
      page="""
<html><head><meta charset="utf-8"><title>和园社区 - 社区动态</title></head><body>
<div class="hd">⟦m 楸湾街道和园社区⟧ ⟦l 社区动态 | 办事指南 | 志愿服务⟧</div>
<h2>{T}</h2><p>⟦m 发布：社区居委会　2025-06-06⟧</p>
{BODY}
<div>⟦a 我要报名成为志愿者⟧</div>
<div class="ft">⟦m 本站访问量：18832⟧</div></body></html>
""",
      body="""
亲爱的居民朋友们：
社区内流浪猫数量逐年增加，为科学控制数量，社区联合县流浪动物救助站开展“捕捉—绝育—放归”志愿行动。
我们倡议：不随意投喂、不虐待驱赶，有意参与的居民请到居委会登记。
和园社区居民委员会
2025年6月6日
"""),
]
