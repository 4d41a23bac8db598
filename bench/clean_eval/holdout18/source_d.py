"""holdout18, part D: enterprises, associations, law firms, schools, hospitals and a general
forum of kinds no earlier part names (a pawnshop, a village bank, a taxi company's OA, an
ophthalmic hospital, a rehabilitation hospital, a university's archives, an engineering-consulting
firm, an e-sports association, a property-management training school, a maritime law firm).
Invented text; see ../README.md."""

CASES = [
    dict(
        slug="oa-chuzuche-minutes-intranet-html",
        site="榆城顺达出租汽车公司OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.shunda-taxi.example.local/doc/view.jsp?docid=20250304",
        title="2025年第3次安全例会纪要",
        record_title="2025年第3次安全例会纪要",
        date="2025-03-05",
        date_also=["2025-03-04"],
        notes="intranet OA: 当前用户, 流转记录 and 已阅 row; 时间/地点/主持/参会 lines kept; 印发 date expected, the meeting's also",
        page="""
<html><head><meta charset="utf-8"><title>顺达OA - 公文查看</title></head><body>
<div class="oa-top">⟦m 顺达协同办公平台　当前用户：调度中心-邹敏　待办(7)⟧</div>
<div class="oa-tab">⟦a 正文　附件(0)　流转记录　打印　返回⟧</div>
<div class="oa-doc"><h2>{T}</h2>
{BODY}
</div>
<div class="oa-flow">⟦m 流转记录：安全科 拟稿 03-04 17:20 → 分管副总 审核 03-05 09:02 → 已分发⟧</div>
<div class="oa-read">⟦a 我已阅读　添加阅读意见⟧</div>
<div class="oa-foot">⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年3月4日14:30
地点：公司二楼会议室
主持：副总经理 钱卫东
参会：安全科、营运科、各车队队长
会议通报了2月份车辆交通事故和服务投诉情况，2月共发生一般事故3起，同比下降两起。
会议要求：1.各车队3月15日前完成车辆灭火器、安全锤检查；2.夜班驾驶员连续驾驶不得超过4小时；3.对投诉较多的驾驶员开展一对一约谈。
顺达出租汽车有限公司安全科
2025年3月5日印发
""",
    ),
    dict(
        slug="corp-diandang-news-oldtable",
        site="永泰典当行 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://www.yongtaipawn.example.com/news_view.asp?id=309",
        title="永泰典当行开展防范非法集资宣传月活动",
        record_title="永泰典当行开展防范非法集资宣传月活动-永泰典当行",
        date="2025-06-16",
        notes="old table corporate site: 业务咨询 floating QQ box, 新闻类别 line, 添加时间 byline, 服务热线 footer; the news quotes 咨询电话 in the body",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>永泰典当行开展防范非法集资宣传月活动-永泰典当行</title></head><body>
<table width="1000" align="center"><tr><td>⟦m 永泰典当行 诚信为本 急您所急⟧</td><td>⟦m 全国服务热线：400-006-8811⟧</td></tr></table>
<table width="1000" align="center"><tr><td>⟦m 网站首页 | 关于永泰 | 典当业务 | 新闻中心 | 联系我们⟧</td></tr></table>
<table width="1000" align="center"><tr><td width="220" valign="top">⟦l 新闻中心⟧<br>⟦l 公司新闻⟧<br>⟦l 行业动态⟧</td>
<td valign="top"><div class="title">{T}</div>
<div>⟦m 新闻类别：公司新闻　添加时间：2025-6-16　人气：132⟧</div>
{BODY}
<div>⟦l 上一条：永泰典当行荣获“诚信典当企业”称号　下一条：没有了⟧</div>
</td></tr></table>
<div id="qq">⟦w 在线客服 QQ：88120457 点击交谈⟧</div>
<table width="1000" align="center"><tr><td>⟦d Copyright(C) 永泰典当行有限责任公司 All Rights Reserved⟧</td></tr></table>
</body></html>
""",
        body="""
6月是全国防范非法集资宣传月，我行在营业大厅设立宣传咨询台，向客户发放宣传折页600余份。
工作人员结合典型案例，提醒群众警惕“高收益、零风险”的投资陷阱，不参与来历不明的理财项目。
我行还组织员工走进周边社区，开展“守住钱袋子”主题宣讲两场。
群众如发现非法集资线索，可拨打市金融工作局举报电话0745-2260110。
""",
    ),
    dict(
        slug="bank-cunzhen-plan-intranet-text",
        site="蘅江村镇银行内网 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://portal.hjczbank.example.local/zhidu/fa/2025-007.html",
        title="2025年普惠金融“整村授信”工作方案",
        record_title="2025年普惠金融“整村授信”工作方案.docx",
        date="2025-02-12",
        notes="intranet export: 密级 line, 发文部门, 下载正文 link, 水印 line; a quota table; 抄送/印发 kept",
        indent="\u3000\u3000",
        page="""
!m 蘅江村镇银行 · 内部门户
!m 密级：内部　发文部门：普惠金融部　阅读权限：全行
!t 2025年普惠金融“整村授信”工作方案
蘅村银发〔2025〕7号
{BODY}
!a 下载正文 | 下载附件 | 转发给同事
!m 水印：普惠金融部-唐静-20250213
""",
        body="""
为深入推进普惠金融服务，助力乡村振兴，决定在全行开展“整村授信”工作，特制定本方案。
一、工作目标：全年完成整村授信行政村80个，授信农户1.2万户，授信金额6亿元。
二、任务分解
支行　行政村（个）　授信金额（万元）
城关支行　20　15000
石门支行　30　22000
三、工作要求：各支行要组建由客户经理、村干部组成的评议小组，逐户建立信用档案。
蘅江村镇银行股份有限公司
2025年2月12日
抄送：本行监事会。
蘅江村镇银行办公室　2025年2月12日印发
""",
    ),
    dict(
        slug="hospital-yanke-notice-html-modern",
        site="明眸眼科医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.mingmou-eye.example.com/news/notice/2025/0702/188.html",
        title="关于暑期青少年近视防控公益筛查活动的通知",
        record_title="关于暑期青少年近视防控公益筛查活动的通知_医院公告_明眸眼科医院",
        date="2025-07-02",
        notes="hospital site: 预约挂号 and 在线咨询 buttons, a floating 24小时 line, 友情提示 disclaimer; the notice's own 预约电话 and 扫码 sentence kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于暑期青少年近视防控公益筛查活动的通知_医院公告_明眸眼科医院</title></head><body>
<header>⟦m 明眸眼科医院　二级眼科专科医院 医保定点⟧<a>⟦a 预约挂号⟧</a><a>⟦a 在线咨询⟧</a></header>
<nav>⟦m 医院概况　专家团队　特色科室　就医指南　新闻公告⟧</nav>
<div class="pos">⟦m 首页 &gt; 新闻公告 &gt; 医院公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 发布时间：2025-07-02　浏览量：1288⟧</p>
{BODY}
<div class="tip">⟦d 友情提示：本站内容仅供参考，不能作为诊断及医疗的依据。⟧</div>
<div class="float">⟦w 24小时咨询：0739-5330120 微信同号⟧</div>
<footer>⟦m 明眸眼科医院 版权所有　湘ICP备2023019906号-1　医疗广告审查证明文号：湘医广〔2025〕第0310-1号⟧</footer>
</body></html>
""",
        body="""
为帮助广大青少年科学防控近视，我院定于7月7日至8月29日开展暑期青少年近视防控公益筛查活动。
一、筛查对象：3至18周岁青少年儿童。
二、筛查项目：视力检查、电脑验光、眼轴测量、角膜曲率检查，以上项目全部免费。
三、预约方式：家长可扫描医院公众号二维码在线预约，也可拨打预约电话0739-5330166。
每天限额80人，额满即止。
明眸眼科医院
2025年7月2日
""",
    ),
    dict(
        slug="hospital-kangfu-summary-text-pages",
        site="蓼川康复医院 (invented)",
        style="医院官网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.lckfyy.example.cn/dqgz/2025/0109/77.html",
        title="医院2024年党建工作总结",
        record_title=None,
        date="2025-01-09",
        notes="page markers ⋘n⋙ on lines of their own; no record title; 党委 signature and date",
        indent="\u3000\u3000",
        pages=dict(fmt="⋘{n}⋙", every=140, start=2),
        page="""
!m 蓼川康复医院 — 党建园地
!m 首页 ／ 党建园地 ／ 工作动态
{T}
{BODY}
!m 供稿：党委办公室　审核：院党委
!l 上一篇：医院召开2024年度党支部书记述职评议会
!m 医院地址：蓼川市康宁路9号　急诊电话：0738-8120120
""",
        body="""
2024年，医院党委坚持以党建引领医院高质量发展，全面落实党委领导下的院长负责制，各项工作取得新成效。
一是强化政治引领。党委理论学习中心组开展集中学习12次，举办专题读书班两期。
二是夯实基层组织。按照“支部建在科室上”的要求，调整设置党支部7个，完成支部换届选举4个。
三是推动党建与业务融合。开展“党员先锋岗”创建活动，组织党员医护人员义诊进社区23场，服务群众3000余人次。
四是加强作风建设。开展医疗领域不正之风和腐败问题集中整治，收到红包礼金全部按规定上交。
中共蓼川康复医院委员会
2025年1月9日
""",
    ),
    dict(
        slug="university-dangan-notice-html",
        site="澧州学院档案馆 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://dag.lizhou.example.edu.cn/info/1032/2871.htm",
        title="关于做好2024年度档案归档工作的通知",
        record_title="关于做好2024年度档案归档工作的通知-澧州学院档案馆",
        date="2025-03-10",
        notes="university archives page: 点击次数 script text, 关闭 row, the notice gives its own mailbox and phone; a numbered list",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2024年度档案归档工作的通知-澧州学院档案馆</title></head><body>
<div class="head">⟦m 澧州学院档案馆 · 校史馆⟧</div>
<div class="menu">⟦m 本馆概况 | 通知公告 | 业务指导 | 查档服务 | 校史文化⟧</div>
<div class="list-title">⟦m 通知公告⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 作者：业务指导科　时间：2025-03-10　点击：⟧<script>document.write(418)</script></div>
{BODY}
<div class="close">⟦a 【关闭】⟧</div>
<div class="footer">⟦m 地址：澧州学院图书信息楼五层　邮编：415000⟧<br>⟦d 版权所有 澧州学院档案馆⟧</div>
</body></html>
""",
        body="""
各学院、各部门：
根据《普通高等学校档案管理办法》和学校档案工作规定，现将2024年度档案归档工作有关事项通知如下。
1.归档范围：2024年1月1日至12月31日形成的党群、行政、教学、科研、基建、设备、财会等各类档案。
2.归档时间：3月17日至4月30日，各单位兼职档案员预约后到馆移交。
3.归档要求：纸质档案与电子档案同步归档，电子文件请以PDF格式报送。
联系人：邵雅琳，电话：0736-7186032，邮箱：dag@lizhou.example.edu.cn。
澧州学院档案馆
2025年3月10日
""",
    ),
    dict(
        slug="association-dianjing-pledge-text",
        site="沅州市电子竞技运动协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://www.yzesports.example.org.cn/xhgg/2025/0520/42.html",
        title="关于防止未成年人沉迷网络游戏的倡议书",
        record_title="【协会倡议】关于防止未成年人沉迷网络游戏的倡议书",
        date="2025-05-20",
        notes="association page: 会员单位 login, 入会指南 link, 协会微信号 line; date in Chinese numerals under the signature",
        indent="\u3000\u3000",
        page="""
!m 沅州市电子竞技运动协会 | 官方网站
!a 会员单位登录　入会指南　证书查询
!t 【协会倡议】关于防止未成年人沉迷网络游戏的倡议书
!m 时间：05-20　栏目：协会公告
{BODY}
!m 协会微信号：yzdj_xiehui　邮箱：xh@yzesports.example.org.cn
!l 下一篇：2025沅州市大学生电竞联赛竞赛规程
""",
        body="""
各会员单位、各电竞场馆：
为贯彻落实防止未成年人沉迷网络游戏的有关规定，营造健康清朗的网络环境，协会向全体会员单位发出倡议：
一、严格落实实名注册和防沉迷系统，不得向未成年人提供网络游戏服务时长以外的服务。
二、电竞酒店、网咖等场所不得接待未成年人，在显著位置张贴禁止标识。
三、积极开展电竞知识科普，引导青少年正确认识电子竞技。
沅州市电子竞技运动协会
二〇二五年五月二十日
""",
    ),
    dict(
        slug="lawfirm-haishang-letter-html",
        site="海澄律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="html",
        source="https://www.haichenglaw.example.com/cases/letters/2025-0811.html",
        title="律师函——关于催告履行船舶修理合同付款义务事宜",
        record_title="律师函——关于催告履行船舶修理合同付款义务事宜 | 海澄律所",
        date="2025-08-11",
        notes="maritime law firm page showing a template letter: 免费咨询 box, 律师团队 sidebar, 不构成法律建议 notice in other words; the letter's own 联系电话 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师函——关于催告履行船舶修理合同付款义务事宜 | 海澄律所</title></head><body>
<header>⟦m 海澄律师事务所　专注海事海商 二十年⟧<nav>⟦m 关于我们　业务领域　律师团队　文书范本　联系我们⟧</nav></header>
<div class="crumb">⟦m 文书范本 / 律师函⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 整理：海商部　2025-08-11⟧</p>
{BODY}
<div class="note">⟦d 以上文书经脱敏处理，仅作展示，具体个案请委托律师出具意见。⟧</div>
<div class="consult">⟦w 海事纠纷？立即预约合伙人律师面谈 0756-2218899⟧</div>
<aside>⟦l 律师团队：庞海波　郑一帆　柯思媛⟧</aside>
<footer>⟦m © 海澄律师事务所　琼ICP备2018008612号⟧</footer>
</body></html>
""",
        body="""
致：××航运有限公司
海澄律师事务所接受澄港船舶修造有限公司的委托，指派本所律师就贵司拖欠船舶修理款一事致函如下。
2024年10月，贵司与委托人签订船舶修理合同，约定修理费用人民币186万元，于船舶出厂后30日内付清。
委托人已于2024年12月完成修理并交船，贵司至今仅支付60万元，尚欠126万元。
请贵司于收到本函之日起七日内付清上述款项，否则委托人将依法申请扣押船舶并提起诉讼。
联系电话：0756-2218861（庞律师）
海澄律师事务所
2025年8月11日
""",
    ),
    dict(
        slug="training-wuye-plan-text-course-ad",
        site="安居物业培训学校 (invented)",
        style="培训机构",
        genre="计划",
        kind="plan",
        form="text",
        source="https://www.anjuwypx.example.com/news/2025/0106/66.html",
        title="2025年物业管理员岗位培训计划",
        record_title="2025年物业管理员岗位培训计划-安居物业培训学校",
        date="2025-01-06",
        notes="training school page: 报名咨询 with a teacher's phone, 开班 countdown, 课程推荐 box; a class schedule table in the body",
        page="""
!m 安居物业培训学校 · 持证上岗从这里开始
!m 报名咨询：苗老师 158 7361 2020（微信同号）
!t 2025年物业管理员岗位培训计划
!m 发布：教务处　01-06
{BODY}
!a 距离下一期开班还有 12 天 — 立即报名
!l 课程推荐：物业项目经理班 | 电梯安全管理员班 | 消防设施操作员班
!d 本校保留对课程安排的最终解释权
""",
        body="""
为提升物业从业人员职业素养，我校2025年计划举办物业管理员岗位培训班4期。
期次　开班时间　培训天数
第一期　3月10日　5天
第二期　5月12日　5天
第三期　9月8日　5天
第四期　11月10日　5天
培训内容包括物业管理法规、客户服务、设施设备管理和安全管理等，考核合格者颁发培训合格证书。
安居物业培训学校教务处
2025年1月6日
""",
    ),
    dict(
        slug="corp-zixun-report-html-pages",
        site="中衡工程咨询公司 (invented)",
        style="企业官网",
        genre="报告",
        kind="report",
        form="html",
        source="https://www.zhongheng-ec.example.com/achievements/2025/0415/18.html",
        title="柘溪水库除险加固工程可行性研究报告（摘要）",
        record_title="柘溪水库除险加固工程可行性研究报告（摘要）",
        date=None,
        notes="consulting firm's page with the report summary cut by a page-marker paragraph ⸤n⸥; no date (a year only); 项目展示 sidebar; decimal headings",
        pages=dict(fmt="⸤{n}⸥", every=160, start=2),
        page="""
<html><head><meta charset="utf-8"><title>中衡工程咨询</title></head><body>
<div class="top">⟦m 中衡工程咨询有限公司　工程咨询甲级资信⟧</div>
<div class="nav">⟦m 首页　公司简介　业务范围　业绩成果　人才招聘⟧</div>
<h2>{T}</h2>
<div class="meta">⟦m 所属分类：业绩成果　浏览次数：93⟧</div>
{BODY}
<div class="bk">⟦a 返回列表⟧</div>
<div class="side">⟦l 项目展示：城区防洪排涝工程 | 灌区续建配套与节水改造⟧</div>
<div class="ft">⟦m 联系电话：0731-8810245　邮箱：zh@zhongheng-ec.example.com⟧</div>
</body></html>
""",
        body="""
1.工程概况
柘溪水库位于柘川县柘溪镇境内，是一座以灌溉为主，兼顾防洪、供水的小（1）型水库，总库容486万立方米。
2.主要病险
经安全鉴定，大坝为三类坝，主要存在坝体渗漏、溢洪道泄洪能力不足、放水设施老化等问题。
3.加固方案
3.1 大坝采用塑性混凝土防渗墙进行防渗处理。
3.2 溢洪道拓宽改造，并新建消力池。
4.投资估算
工程估算总投资2860万元，建设工期12个月。
""",
    ),
    dict(
        slug="forum-general-insight-junk-quote",
        site="天涯杂谈社区 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.tianyazt.example.com/post-free-3318802-1.shtml",
        title="驻村第一书记两年的体会",
        record_title="驻村第一书记两年的体会（原创首发）",
        date="2025-04-27",
        notes="general forum: 楼主 line with 时间, 点击/回复 counts, glued and lone junk, 打赏 row, 只看楼主",
        junk=dict(lines=2, glued=3),
        page="""
!m 天涯杂谈社区 > 百姓声音
!t 驻村第一书记两年的体会（原创首发）
!m 楼主：山里的书记　时间：2025-04-27 22:36:10　点击：6650　回复：87
!a 只看楼主　|　倒序浏览
{BODY}
!a 打赏楼主 ✿　鲜花 🌹 x 32
!l 回复：看哭了，基层真不容易（来自 手机客户端）
""",
        body="""
两年前我被单位派到石门村任第一书记，那时村里没有集体经济，村部连个像样的会议室都没有。
刚去的时候，村民并不信任我，觉得我就是来镀金的。
我挨家挨户走访，两个月走完了全村312户，记了满满三大本民情日记。
后来我们争取到项目资金，建起了茶叶加工厂，去年村集体经济收入突破了40万元。
两年下来，我最大的体会是：群众的信任是用脚步丈量出来的。
""",
    ),
]
