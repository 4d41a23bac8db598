"""holdout57, part B: a personal collection, Party-building, hospital, university, local forum,
download station, personnel exam, tender, law firm and residents' sites. Invented text."""

CASES = [
    dict(
        slug="anthology-shiyue-speech-retired-saltworker",
        site="拾月斋文存 (invented)", style="个人文集", genre="讲话稿", kind="speech", form="text",
        source="http://www.shiyuezhai.example.net/wencun/juan3/017.htm",
        title="在盐场建场六十周年座谈会上的发言",
        record_title="《拾月斋文存》卷三·第17篇｜在盐场建场六十周年座谈会上的发言",
        date="2024-10-08",
        page="""
!m 拾月斋文存 · 一个老盐工的笔墨
!m 卷一 卷二 卷三 卷四 ｜ 关于作者
!t 第17篇　在盐场建场六十周年座谈会上的发言
退休职工代表　樊守义
二〇二四年十月八日
{BODY}
!l ← 第16篇　晒盐四季　　第18篇　给孙女的信 →
!d 文存所收均为作者旧作，转载请注明出处。
""",
        body="""
各位领导、各位老同事：
六十年前，我们的父辈挑着扁担来到这片滩涂，一锹一锹挖出了第一片盐田。
我十七岁进场，在扒盐、运盐、修滩的岗位上干了四十二年，亲眼看着盐场从人挑肩扛变成了机械化收盐。
⟦l 目录｜上一段｜下一段⟧
今天的盐场，职工住上了新楼，孩子们上了大学，这是我们那一代人想都不敢想的。
祝愿盐场越办越好，祝各位身体健康！
""",
    ),
    dict(
        slug="dangjian-mingshan-html-branch-plan",
        site="茗山先锋网 (invented)", style="党建网", genre="方案", kind="plan", form="html",
        source="http://www.mingshanxf.example.gov.cn/zbjs/202503/t20250312_6612.html",
        title="县供电所党支部2025年“电靓乡村”主题党日活动方案",
        record_title="【支部建设】县供电所党支部2025年“电靓乡村”主题党日活动方案",
        date="2025-03-12",
        page="""
<html><head><meta charset="gb2312"><title>【支部建设】县供电所党支部2025年“电靓乡村”主题党日活动方案--茗山先锋网</title></head>
<body bgcolor="#ffffff">
<table width="980" align="center"><tr><td>⟦m 茗山先锋网　中共茗山县委组织部主办⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center" class="nav"><tr><td>⟦m 首页｜组工动态｜支部建设｜党员教育｜人才工作｜远程教育⟧</td></tr></table>
<table width="980" align="center"><tr>
<td width="220" valign="top"><div>⟦l 支部风采⟧</div><div>⟦l 书记谈党建⟧</div><div>⟦l 党员先锋岗⟧</div></td>
<td valign="top">
<div class="wz">⟦m 您现在的位置：茗山先锋网 &gt;&gt; 支部建设 &gt;&gt; 正文⟧</div>
<div class="bt">⟦t 县供电所党支部2025年“电靓乡村”主题党日活动方案⟧</div>
<div class="xx">⟦m 作者：县供电所党支部　来源：本站原创　点击数：　更新时间：2025-3-12⟧</div>
{BODY}
<div>⟦a 【发表评论】⟧⟦a 【告诉好友】⟧⟦a 【打印此文】⟧⟦a 【关闭窗口】⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td>⟦d 版权所有：中共茗山县委组织部　未经授权不得复制或建立镜像⟧<br>⟦m 备案序号：湘ICP备11008806号⟧</td></tr></table>
<script language="javascript" src="/count.asp?id=6612"></script>
</body></html>
""",
        body="""
为推动党建工作与供电服务深度融合，支部决定在全年开展“电靓乡村”主题党日活动，方案如下。
一、活动主题：党员进村入户，服务乡村振兴。
二、活动内容
（一）每月第一个周五组织党员服务队进村，开展安全用电宣传和线路义务检查。
（二）为独居老人、困难家庭免费更换老化室内线路。
（三）在党员服务站公布抢修电话，群众可扫码预约上门服务。
三、工作要求：各党小组要认真组织，做好活动记录，每季度向支部报送一次开展情况。
县供电所党支部
2025年3月12日
""",
    ),
    dict(
        slug="hospital-yanhe-html-occupational-notice",
        site="砚河市职业病防治院 (invented)", style="医院官网", genre="通知", kind="notice", form="html",
        source="https://www.yhzfy.example.org.cn/news/notice/2025-08-05/335.html",
        title="关于开展盐化工企业职工职业健康体检的通知",
        date="2025-08-05",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展盐化工企业职工职业健康体检的通知</title>
<meta name="viewport" content="width=device-width"><script src="/static/js/app.js"></script></head>
<body>
<div class="header"><span>⟦m 砚河市职业病防治院⟧</span><span>⟦m 健康守护 职业无忧⟧</span><span>⟦w 预约挂号：0517-83125500⟧</span></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 院务公开⟧</li></ul>
<div class="pos">⟦m 首页 / 院务公开 / 通知公告⟧</div>
<article>
<h3>⟦t 关于开展盐化工企业职工职业健康体检的通知⟧</h3>
<div class="meta">⟦m 日期：2025-08-05　科室：体检中心　阅读量：388⟧</div>
{BODY}
</article>
<div class="float">⟦w 在线咨询 点我⟧</div>
<div class="footer">⟦m 地址：砚河市健康路18号　邮编：223300⟧　⟦m 苏公网安备32080202000417号⟧</div>
</body></html>
""",
        body="""
各有关企业：
根据《职业病防治法》有关规定，我院将于8月中旬至9月底为全市盐化工企业接触粉尘、噪声、高温等职业病危害因素的职工进行在岗期间职业健康检查。
一、体检项目：血常规、肝功能、胸部X线、纯音听阈测试、心电图等。
二、预约方式：企业统一预约，每批次不超过六十人，体检前一天晚上八点后禁食。
三、体检结果将在十五个工作日内反馈企业，职工也可扫描体检单上的二维码查询个人报告。
联系人：体检中心 沈护士长，电话：0517-83125617。
砚河市职业病防治院
2025年8月5日
""",
    ),
    dict(
        slug="university-jiangcheng-news-dash-metrology",
        site="椒城理工学院 (invented)", style="高校官网", genre="新闻", kind="news", form="text",
        source="https://news.jcit.example.edu.cn/info/1021/58836.htm",
        title="我院与市计量测试所共建实践教学基地",
        record_title="我院与市计量测试所共建实践教学基地-椒城理工学院新闻网",
        date="2025-05-23",
        page="""
!m 椒城理工学院新闻网
!m 首页　学院要闻　教学科研　校园文化　媒体理工
!t 我院与市计量测试所共建实践教学基地
!m 作者：宣传部 房悦 / 摄影：易辰　发布时间：2025-05-23　浏览：
{BODY}
!m 审核：田宁
!l 【上一篇：机电学院举办第三届技能节】　【下一篇：图书馆开展读书月活动】
!m Copyright © 椒城理工学院 党委宣传部
""",
        body="""
5月22日，我院与椒城市计量测试所实践教学基地签约揭牌仪式在测试所举行。
根据协议，双方将在学生实习、教师挂职、科研合作等方面开展深度合作，测试所每年接收测控技术与仪器专业学生实习不少于四十人。
测试所所长武建平表示，将安排业务骨干担任实习指导老师，让学生在真实检定环境中掌握技能。
仪式结束后，师生代表参观了质量、温度、压力等检定实验室。
""",
    ),
    dict(
        slug="localforum-xiangpu-post-power-outage",
        site="湘浦生活圈 (invented)", style="地方论坛", genre="通知", kind="notice", form="text",
        source="http://bbs.xiangpu.example.cn/forum.php?mod=viewthread&tid=228417",
        title="湘浦供电所关于6月18日计划停电的通知",
        record_title="【转】湘浦供电所关于6月18日计划停电的通知（涉及南街、柳岸小区）",
        date="2025-06-14", date_also=["2025-06-15"],
        junk=dict(lines=1, glued=1),
        page="""
!m 湘浦生活圈 - 湘浦人的网上家园
!m 湘浦生活圈 » 便民信息 » 停水停电
!t 【转】湘浦供电所关于6月18日计划停电的通知（涉及南街、柳岸小区）
!m 发表于 2025-6-15 07:32 | 查看: 2873 | 回复: 15
!m 楼主：南街老周
{BODY}
!l 2#　柳岸闲人　发表于 2025-6-15 08:01　又停电，空调怎么办
!l 3#　湘浦小管家　楼上的可以提前备好充电风扇
!a 您需要登录后才可以回帖　登录 | 立即注册
""",
        body="""
尊敬的电力客户：
因10千伏南街线设备检修，我所将于2025年6月18日7:00至15:00对以下区域停电：南街一至三号院、柳岸小区、农贸市场东侧商铺。
如遇雨天，检修工作顺延，具体时间另行通知。停电期间请勿私自接线，注意用电安全。
给您带来的不便，敬请谅解。
湘浦供电所
2025年6月14日
""",
    ),
    dict(
        slug="download-kuaizi-html-fileinfo-rubber-safety",
        site="快资料下载站 (invented)", style="资料下载站", genre="制度", kind="regulation", form="html",
        source="http://www.kuaiziliao.example.com/soft/62810.html",
        title="橡胶厂硫化车间安全操作规程",
        record_title="橡胶厂硫化车间安全操作规程 免费版",
        date=None,
        page="""
<html><head><meta charset="gbk"><title>橡胶厂硫化车间安全操作规程 免费版 - 快资料下载站</title></head>
<body>
<div id="top">⟦m 快资料下载站 — 资料全 下得快⟧ ⟦a 收藏本站⟧</div>
<div id="nav">⟦m 首页 | 制度规程 | 合同范本 | 表格模板 | 排行榜⟧</div>
<div class="loc">⟦m 当前：首页 → 制度规程 → 安全生产⟧</div>
<h1>⟦t 橡胶厂硫化车间安全操作规程 免费版⟧</h1>
<table class="info">
<tr><td>⟦m 资料大小：28KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-12-01 14:03⟧</td><td>⟦m 下载热度：★★★☆☆⟧</td></tr>
</table>
<div class="intro"><b>⟦m 资料简介：⟧</b>
{BODY}
</div>
<div class="down"><b>⟦a 下载地址：⟧</b> ⟦a 电信下载⟧ ⟦a 联通下载⟧ ⟦a 本地高速下载⟧</div>
<div>⟦a 下载无效？点此报错⟧</div>
<div class="tj">⟦l 同类推荐：炼胶车间安全规程 / 锅炉房管理制度 / 危化品仓库制度⟧</div>
<div id="foot">⟦d 本站资料均来自网络，仅供学习参考，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
第一条　为保障硫化车间安全生产，防止烫伤、挤压和蒸汽伤害事故，制定本规程。
第二条　操作人员须经岗位培训考核合格后方可上岗，上岗时穿戴隔热手套和防护面罩。
第三条　开机前检查平板硫化机液压系统、温控仪表和安全光幕，确认正常后方可升温。
第四条　硫化过程中严禁将手伸入模具区域，取放制品须使用专用工具。
第五条　下班前关闭蒸汽阀门和电源，清理工作台，填写交接班记录。
第六条　本规程自印发之日起执行，由厂安全环保科负责解释。
""",
    ),
    dict(
        slug="exam-ruizhou-notice-special-equipment",
        site="瑞州市人事考试网 (invented)", style="人事考试网", genre="公告", kind="notice", form="text",
        source="http://www.rzpta.example.gov.cn/ksxx/2025/0408/1927.html",
        title="瑞州市特种设备检验所2025年公开招聘工作人员笔试公告",
        date="2025-04-08", record_date="2025-04-08",
        page="""
!m 瑞州市人事考试网
!m 首页 > 考试信息 > 事业单位招聘
!t 瑞州市特种设备检验所2025年公开招聘工作人员笔试公告
!m 【发布日期：2025-04-08】【来源：市人事考试中心】【访问量：5511】
!a 【大字体】【小字体】【打印】
{BODY}
!w 考试政策咨询请拨打12333，工作时间：周一至周五
!m 主办单位：瑞州市人力资源和社会保障局　技术维护：瑞州市人事考试中心
""",
        body="""
根据《瑞州市特种设备检验所2025年公开招聘工作人员简章》，现将笔试有关事项公告如下。
一、笔试时间：2025年4月19日（星期六）上午9:00—11:00。
二、笔试地点：瑞州市第二职业中学（市区滨江路66号）。
三、准考证打印：请考生于4月15日至18日登录报名系统自行下载打印准考证。
四、考试科目及时间安排
岗位　科目　时间
检验员（机电类）　综合基础知识　9:00—11:00
检验员（承压类）　综合基础知识　9:00—11:00
五、考生须携带准考证和有效居民身份证参加考试，开考三十分钟后不得入场。
咨询电话：0795-3361042（市特种设备检验所人事科）。
瑞州市人事考试中心
2025年4月8日
""",
    ),
    dict(
        slug="tender-huaying-html-result-metering",
        site="桦盈公共资源交易平台 (invented)", style="招投标网", genre="公告", kind="notice", form="html",
        source="https://ggzy.huaying.example.gov.cn/jyxx/zfcg/zbgg/20250716/8a9e.html",
        title="桦盈市计量测试所标准装置更新采购项目中标结果公告",
        record_title="桦盈市计量测试所标准装置更新采购项目中标结果公告 - 政府采购 - 桦盈公共资源交易平台",
        date="2025-07-16", record_date="2025-07-16",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>桦盈市计量测试所标准装置更新采购项目中标结果公告 - 政府采购 - 桦盈公共资源交易平台</title></head>
<body>
<div class="top">⟦m 桦盈公共资源交易平台⟧ ⟦a CA证书办理⟧ ⟦a 投标人登录⟧</div>
<div class="nav">⟦m 首页 交易信息 政策法规 服务指南 信用信息⟧</div>
<div class="crumbs">⟦m 首页 » 交易信息 » 政府采购 » 中标公告⟧</div>
<div class="detail">
<h2>⟦t 桦盈市计量测试所标准装置更新采购项目中标结果公告⟧</h2>
<p class="time">⟦m 【信息时间：2025-07-16】【阅读次数：147】⟧</p>
{BODY}
</div>
<div class="help">⟦w 平台技术支持：0459-6607788（工作日8:30-17:30）⟧</div>
<div class="footer">⟦m 桦盈市公共资源交易中心　地址：桦盈市政务中心B座⟧</div>
</body></html>
""",
        body="""
一、项目编号：HYCG-2025-0617
二、项目名称：桦盈市计量测试所标准装置更新采购项目
三、中标信息
包号　供应商名称　中标金额（元）
1　桤川精测仪器有限公司　1268000.00
2　沣湄恒准科技有限公司　734500.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：桦盈市计量测试所，联系人：吴工，电话：0459-6120453。
采购代理机构：桦盈正信招标有限公司，联系人：许静，电话：0459-6218870。
""",
    ),
    dict(
        slug="lawfirm-zhiheng-blog-labor-salt",
        site="执衡律师事务所 (invented)", style="律所网站", genre="心得体会", kind="insight", form="text",
        source="https://www.zhihenglaw.example.cn/lawyer/article/1739.html",
        title="代理盐场职工工伤认定案件的几点体会",
        record_title="律师手记｜代理盐场职工工伤认定案件的几点体会",
        date="2025-08-30",
        page="""
!m 执衡律师事务所 ZHIHENG LAW FIRM
!m 首页 ｜ 律所简介 ｜ 专业领域 ｜ 律师团队 ｜ 律师手记
!t 律师手记｜代理盐场职工工伤认定案件的几点体会
!m 文／执衡所 劳动争议部 秦珂律师　2025-08-30
{BODY}
!d 本文仅为作者个人观点，不构成法律意见；如需具体法律服务，请与本所联系。
!w 法律咨询热线：0898-66120711　微信：zhihenglaw
""",
        body="""
去年冬天，我代理了一起盐场职工在收盐作业中滑倒受伤、用人单位拒不申报工伤的案件。
第一点体会：证据要抓早。当事人受伤后第一时间保存了班组排班表和工友证言，这成为认定工作时间、工作场所的关键。
第二点体会：程序不能错。用人单位未在三十日内申报的，职工本人可在一年内直接向社保行政部门申请认定。
第三点体会：沟通要耐心。案件结束后，盐场主动完善了冬季作业防滑措施，这比赢下案件更有意义。
""",
    ),
    dict(
        slug="community-lvyuan-notice-html-lift",
        site="绿苑社区 (invented)", style="社区网站", genre="通知", kind="notice", form="html",
        source="http://www.lvyuan-sq.example.cn/sqgg/2025/0902/77.html",
        title="关于开展老旧小区电梯安全“体检”的通知",
        date="2025-09-02",
        page="""
<html><head><meta charset="utf-8"><title>关于开展老旧小区电梯安全“体检”的通知_绿苑社区</title></head>
<body>
<div class="head">⟦m 芩原街道绿苑社区 · 邻里一家亲⟧</div>
<div class="menu">⟦m 社区首页　社区公告　党群服务　办事指南　居民议事⟧</div>
<div class="content">
<h1>⟦t 关于开展老旧小区电梯安全“体检”的通知⟧</h1>
<div class="sub">⟦m 社区居委会　2025年09月02日　已读 463⟧</div>
{BODY}
<div class="qr">⟦a 扫码关注“绿苑社区”服务号，办事不跑腿⟧</div>
</div>
<div class="side">⟦l 最新公告⟧<ul><li>⟦l 中秋游园会报名开始⟧</li><li>⟦l 9月垃圾分类积分兑换⟧</li></ul></div>
<div class="foot">⟦m 社区服务热线：0731-8426077　地址：芩原街道绿苑路9号⟧</div>
</body></html>
""",
        body="""
各位居民：
为保障居民乘梯安全，社区联合区特种设备检验所、各小区物业，于9月8日至9月20日对辖区十二栋楼的二十四台老旧电梯进行安全“体检”。
检验期间电梯将分时段停运，每台停运时间不超过两小时，具体时间以各单元张贴的通知为准。
请居民提前安排出行，行动不便的老人可联系楼长协助。
发现电梯异响、抖动等情况，请及时拨打物业维修电话8426110报告。
绿苑社区居民委员会
2025年9月2日
""",
    ),
]
