"""holdout58, part B. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="dangjian-zhiyang-speech-bus-drivers",
        site="枳城组工网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.zcdj.gov.cn/djyw/202507/t20250702_9921.html",
        title="在公交驾驶员党员先锋岗授牌仪式上的讲话",
        record_title="在公交驾驶员党员先锋岗授牌仪式上的讲话——枳城组工网",
        date="2025-07-01",
        notes="Party-building page; speaker and date under the speech title neutral; 发布时间 differs (date_also)",
        date_also=["2025-07-02"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在公交驾驶员党员先锋岗授牌仪式上的讲话——枳城组工网</title></head>
<body>
<div class="banner">⟦m 枳城组工网⟧<span>⟦m 不忘初心　牢记使命⟧</span></div>
<div class="nav">⟦m 首页⟧ | ⟦m 组工动态⟧ | ⟦m 基层党建⟧ | ⟦m 干部工作⟧ | ⟦m 人才工作⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 基层党建 &gt;&gt; 两新组织⟧</div>
<div class="art"><h1>{T}</h1>
<p class="sp">枳城县委组织部副部长　单立群</p>
<p class="sp">（2025年7月1日）</p>
<div class="src">⟦m 时间：2025-07-02　来源：两新工委　作者：组工通讯员⟧</div>
{BODY}
</div>
<div class="tool">⟦a 【加入收藏】⟧ ⟦a 【打印此文】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="hot"><b>⟦l 点击排行⟧</b><ol><li>⟦l 全县村级后备力量培养工作推进会召开⟧</li><li>⟦l 枳城县出台人才安居十条措施⟧</li></ol></div>
<div class="bottom">⟦m 中共枳城县委组织部主办　地址：枳城县政和路1号　电话：0745-6221137⟧</div>
</body></html>
""",
        body="""
同志们：
今天，我们在七一这个特殊的日子里，为公交集团的12个党员先锋岗授牌。
公交驾驶员每天要与成千上万的乘客打交道，一个微笑、一句提醒、一次礼让，群众都看在眼里。党员先锋岗，就是要让党员驾驶员在方向盘前亮身份、作表率。
希望受牌的同志们珍惜荣誉，做到安全行车零事故、文明服务零投诉；希望公交集团党委加强日常管理，让先锋岗真正成为群众身边的标杆。
""",
    ),
    dict(
        slug="hospital-huanxi-notice-blood-donation",
        site="洹溪县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hxzyy.cn/news/tz/2025/0415-318.html",
        title="关于组织职工参加无偿献血活动的通知",
        record_title="关于组织职工参加无偿献血活动的通知-洹溪县中医院",
        date="2025-04-14",
        notes="hospital site; document says 扫码 as content; contact line kept; date under signature",
        page="""
!m 洹溪县中医院　二级甲等中医医院
!m 预约挂号：0391-8820120　急诊：0391-8820999
!m 首页 > 新闻中心 > 院内通知
{T}
!m 发布：院办　日期：2025-04-15　浏览：209
{BODY}
!a [收藏] [打印] [返回顶部]
!l 上一篇：我院开展世界帕金森病日义诊活动
!l 下一篇：关于调整门诊午间值班安排的通知
!m 洹溪县中医院 版权所有　豫ICP备19031216号-1　地址：洹溪县健康路66号
""",
        indent="  ",
        body="""
各科室：
经与县中心血站协商，我院定于4月18日上午8:30至11:30在门诊楼前广场开展职工无偿献血活动。
一、献血前一晚请保证睡眠，早餐宜清淡，不空腹、不饮酒。
二、有意参加的职工请于4月16日前扫描科室群内的报名二维码登记，也可直接到工会办公室报名。
三、各科室在保证正常诊疗秩序的前提下，合理安排人员。
联系人：工会 柴雨，电话：8820316。
洹溪县中医院办公室
2025年4月14日
""",
    ),
    dict(
        slug="univ-zhoushan-teahouse-lecture-news",
        site="檀湾职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.twzy.edu.cn/info/1012/8843.htm",
        title="我院茶艺与茶文化专业与县茶馆行业协会共建实训基地",
        record_title=None,
        date="2025-05-20",
        notes="college site; missing record title; byline time is the date; photo caption kept",
        page="""
<html><head><meta charset="utf-8"><title>檀湾职业技术学院</title></head>
<body>
<div id="top"><span>⟦m 檀湾职业技术学院⟧</span> <a>⟦m 信息门户⟧</a> <a>⟦m 图书馆⟧</a> <a>⟦m English⟧</a></div>
<ul class="menu"><li>⟦m 学院概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 招生就业⟧</li><li>⟦m 校园新闻⟧</li></ul>
<div class="loc">⟦m 当前位置: 首页 &gt;&gt; 校园新闻 &gt;&gt; 综合新闻 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 发布时间：2025-05-20　作者：旅游系 韩笑　摄影：田野　审核：许鸣　点击数：⟧<span>⟦m 573⟧</span></div>
{BODY}
<div class="prev">⟦l 上一条：我院举办第五届职业技能大赛⟧</div><div class="next">⟦l 下一条：学院召开2025届毕业生就业工作推进会⟧</div>
<div class="ft">⟦m Copyright© 2025 檀湾职业技术学院　地址：檀湾县学府路2号⟧</div>
</body></html>
""",
        body="""
5月19日，我院与檀湾县茶馆行业协会举行校外实训基地签约揭牌仪式。
根据协议，协会将推荐8家会员茶馆作为实训基地，每学期接收茶艺专业学生顶岗实习，并选派茶艺师到校兼课。
学院旅游系负责人表示，茶馆是茶文化传承的重要场所，双方合作将有效提升学生的实操能力。
图为签约仪式现场。
""",
    ),
    dict(
        slug="localforum-yuefan-sewage-complaint",
        site="榕畈论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.rongfan.net/forum.php?mod=viewthread&tid=557012",
        title="关于榕畈镇老街片区雨污分流改造施工的公告",
        record_title="镇政府发公告了！老街雨污分流要开挖，大家注意",
        date="2025-03-02",
        notes="local forum; decorated record title (a post title); date under signature; forum junk glued",
        page="""
!m 榕畈论坛 - 榕畈人自己的网上家园
!m 榕畈论坛 › 民生热线 › 镇务公告
!m 镇政府发公告了！老街雨污分流要开挖，大家注意 [复制链接]
!m 楼主　老街口的阿强　发表于 5 天前
{T}
{BODY}
!l 2楼 菜场阿姨：终于要修了，一下雨就淹
!l 3楼 路过的：请问东巷口那段也挖吗
!a 高级模式 | 快速回复 | 登录后回复
!m 榕畈论坛 粤ICP备13010062号　客服QQ群：20718840
""",
        junk=dict(lines=0, glued=2),
        body="""
老街片区广大居民群众：
为解决老街片区雨季积水问题，镇政府定于3月10日起对老街、东巷、后塘巷实施雨污分流改造，工期约90天。施工期间实行分段围挡作业，车辆请绕行新街。
施工给大家出行带来的不便，敬请谅解。如有问题，请拨打施工单位电话0762-5517083。
榕畈镇人民政府
2025年3月2日
""",
    ),
    dict(
        slug="download-ziyuanba-rules-tea-house",
        site="资源吧下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.ziyuan8.net/soft/88217.html",
        title="茶馆消防安全管理制度",
        record_title="茶馆消防安全管理制度（可编辑Word版）免费下载",
        date=None,
        notes="old table layout download station: file-info table, mirror links, dead-link report; rules with numbered articles speaking of 打印; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>茶馆消防安全管理制度（可编辑Word版）免费下载_资源吧</title></head>
<body bgcolor="#ffffff">
<table width="960" align="center"><tr><td>⟦m 资源吧 www.ziyuan8.net⟧</td><td align="right">⟦m 设为首页⟧ ⟦m 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您的位置：首页 → 文档资料 → 规章制度⟧</td></tr></table>
<table width="960" align="center" border="1">
<tr><td>⟦m 资料名称：⟧</td><td>⟦t 茶馆消防安全管理制度（可编辑Word版）⟧</td></tr>
<tr><td>⟦m 文件大小：36KB⟧</td><td>⟦m 更新时间：2023-09-14⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 下载次数：1417⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址：⟧ ⟦a 电信下载一⟧ ⟦a 联通下载二⟧ ⟦a 备用下载⟧</td></tr>
<tr><td>⟦a 下载不了？点此报告错误⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资源均来自网络，仅供学习研究，请于下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强本茶馆消防安全管理，预防火灾事故，保障顾客和员工生命财产安全，制定本制度。
第二条　店长为消防安全责任人，每班设一名消防安全巡查员。
第三条　包间内严禁使用明火炭炉，电热水壶使用完毕应及时断电。
第四条　消防器材的位置图应打印张贴在前台和每层楼梯口，任何人不得挪用、遮挡消防器材。
第五条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="rsks-shaoyang-announce-driver-recruit",
        site="苕阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.syrsks.cn/ksgg/2025/06/0618_1102.html",
        title="苕阳县公交集团2025年公开招聘驾驶员公告",
        record_title="苕阳县公交集团2025年公开招聘驾驶员公告",
        record_date="2025-06-18",
        date="2025-06-18",
        notes="record date; data table; numbered list; contact line kept; the site's consult phone",
        page="""
!m 苕阳人事考试网　公平 公正 公开
!m 首页 ▶ 考试公告 ▶ 事业单位
{T}
!m 2025-06-18　来源：苕阳县人力资源和社会保障局　阅读量：3112
!a 【大字】【小字】【打印】
{BODY}
!m 考务咨询电话：0739-5102288（工作日8:30-17:30）
!d 本网站发布的考试信息以官方公告为准，其他网站转载内容仅供参考。
!l 相关公告：苕阳县2025年事业单位招聘笔试成绩公布 / 苕阳县城市管理局招聘协管员公告
""",
        body="""
因工作需要，苕阳县公交集团面向社会公开招聘公交驾驶员。有关事项公告如下：
一、招聘岗位及人数
岗位　人数　准驾车型
城区线路驾驶员　20　A1或A3
城乡线路驾驶员　8　A1或A3
二、报名条件
1.年龄在25周岁以上、50周岁以下；
2.三年内无满分记录，无饮酒、醉酒驾驶记录；
3.身体健康，无色盲色弱。
三、报名方式
报名时间为6月20日至6月30日，报名地点为苕阳县公交集团人力资源部。联系人：符女士，联系电话：0739-5126017。
""",
    ),
    dict(
        slug="tender-wanggong-bid-streetlamp",
        site="汐口公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.xikou.gov.cn/jyxx/gcjs/zbgg/20250805/3317.html",
        title="汐口县城区路灯节能改造项目招标公告",
        record_title="汐口县城区路灯节能改造项目招标公告_汐口公共资源交易网",
        date="2025-08-05",
        notes="tender portal; 发布时间 date; project table rows; the tenderer's contacts kept next to the platform's service phone",
        page="""
<html><head><meta charset="utf-8"><title>汐口县城区路灯节能改造项目招标公告_汐口公共资源交易网</title></head>
<body>
<div class="head">⟦m 汐口公共资源交易网⟧ <a>⟦a 用户登录⟧</a> <a>⟦a CA办理⟧</a></div>
<div class="nav"><a>⟦m 交易信息⟧</a><a>⟦m 政策法规⟧</a><a>⟦m 服务指南⟧</a></div>
<div class="pos">⟦m 首页 / 交易信息 / 工程建设 / 招标公告⟧</div>
<h2>{T}</h2>
<div class="tm">⟦m 【信息时间：2025-08-05】 【我要打印】 【关闭】⟧</div>
{BODY}
<div class="zb">⟦m 平台技术支持：400-861-7012⟧</div>
<div class="foot">⟦m 主办单位：汐口县公共资源交易中心　备案号：闽ICP备16022715号⟧</div>
</body></html>
""",
        body="""
1.招标条件
本招标项目汐口县城区路灯节能改造项目已由县发展和改革局批准建设，建设资金来自财政资金，项目已具备招标条件，现对该项目施工进行公开招标。
2.项目概况
项目名称　建设地点　计划工期
城区路灯节能改造　汐口县城区　120日历天
3.投标人资格要求
投标人须具备城市及道路照明工程专业承包三级及以上资质。
4.联系方式
招标人：汐口县城市管理局　联系人：包先生　电话：0596-6023315
招标代理机构：汐口正衡工程咨询有限公司　联系人：翟女士　电话：0596-6180722
""",
    ),
    dict(
        slug="lawfirm-mingjian-qa-bathhouse-injury",
        site="明鉴律师事务所 (invented)",
        style="律所网站",
        genre="法律意见",
        kind="opinion",
        form="text",
        source="https://www.mingjianlaw.cn/anli/2025/0412.html",
        title="浴室顾客滑倒受伤，经营者是否担责",
        record_title="【以案说法】浴室顾客滑倒受伤，经营者是否担责",
        date=None,
        notes="law-firm site; consult prompts chrome; legal article numbers kept; no date (page time is relative)",
        page="""
!m 明鉴律师事务所 · 专注人身损害赔偿
!w 免费法律咨询热线：400-062-1188（24小时）
!m 首页 | 以案说法 | 律师团队 | 联系我们
!t 【以案说法】浴室顾客滑倒受伤，经营者是否担责
!m 作者：明鉴律所 宋律师　发布：一周前
{BODY}
!w 遇到类似问题？点击右侧在线咨询，律师10分钟内回复
!l 相关案例：健身房器械致伤谁负责 | 游泳馆溺水赔偿案例解析
!d 本文仅为普法宣传，不构成对具体案件的法律意见。
""",
        body="""
【案情】顾客刘某在某浴室洗浴后走出淋浴区时，因地面湿滑摔倒致右腕骨折，遂起诉浴室经营者要求赔偿。
【分析】根据民法典第一千一百九十八条，宾馆、商场、银行、车站、机场、体育场馆、娱乐场所等经营场所、公共场所的经营者、管理者，未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
浴室地面湿滑属于可预见的风险，经营者应当铺设防滑垫并设置明显提示。本案中浴室未设置警示标识，应承担主要责任；刘某自身未尽谨慎注意义务，可适当减轻经营者责任。
【结果】法院判决浴室经营者承担70%的赔偿责任。
""",
    ),
    dict(
        slug="community-jinhe-notice-gas-safety",
        site="泖溪街道锦河社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.mxjd.gov.cn/jinhe/tzgg/2025-11-03.html",
        title="锦河社区关于入户开展燃气安全检查的通知",
        record_title="锦河社区关于入户开展燃气安全检查的通知",
        date="2025-11-03",
        notes="community site; 加油站 and gas mentions; notice with template placeholder line kept; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>锦河社区 - 社区公告</title></head>
<body>
<header>⟦m 泖溪街道锦河社区居民委员会⟧ <small>⟦m 邻里守望 幸福锦河⟧</small></header>
<nav>⟦m 社区首页⟧ · ⟦m 居务公开⟧ · ⟦m 便民服务⟧ · ⟦m 志愿活动⟧</nav>
<section>
<h3>{T}</h3>
<p class="meta">⟦m 发布人：社区网格站　阅读 142 次⟧</p>
{BODY}
</section>
<aside><h4>⟦l 社区公告栏⟧</h4><ul><li>⟦l 冬季供暖报修电话公布⟧</li><li>⟦l 重阳节敬老活动报名⟧</li></ul></aside>
<footer>⟦m 社区服务电话：0731-8896112　地址：锦河路19号社区党群服务中心⟧</footer>
</body></html>
""",
        body="""
各位居民：
入冬以来燃气使用量增加，为排除家庭燃气安全隐患，社区联合燃气公司于11月5日至11月15日分楼栋入户检查。检查人员佩戴工作证，不收取任何费用，不推销任何产品。
请居民朋友届时留人在家配合。如检查时家中无人，请在门上回执处填写：____栋____单元____室，方便时间：________。
锦河社区居民委员会
2025年11月3日
""",
    ),
    dict(
        slug="assoc-wushu-minutes-annual",
        site="筠州市武术协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.jzwushu.org.cn/xhdt/2025/hyjy-03.html",
        title="筠州市武术协会第三届理事会第四次会议纪要",
        record_title="筠州市武术协会第三届理事会第四次会议纪要",
        date="2025-02-23",
        notes="minutes with 时间/地点/主持/出席 lines kept; date from the 时间 line",
        page="""
!m 筠州市武术协会　弘扬武德　强身健体
!m 网站首页 ＞ 协会动态 ＞ 会议纪要
{T}
!m 录入：秘书处　发布时间：2025-02-25　访问次数：86
{BODY}
!a 〖打印〗〖返回上一页〗
!m 协会秘书处电话：0798-3370214　邮箱：jzwsxh@example.org
!d 版权所有 筠州市武术协会　未经许可请勿转载
""",
        date_also=["2025-02-25"],
        body="""
时间：2025年2月23日上午9:00
地点：市体育中心三楼会议室
主持：协会主席 郦振武
出席：理事21人，监事2人
会议审议通过了以下事项：
一、2024年协会工作报告和财务收支情况报告。
二、2025年全市传统武术套路锦标赛筹备方案，比赛定于5月在筠州市体育中心举行。
三、吸收新会员单位3家。
会议要求各会员单位加强教练员管理，严禁以“武术培训”名义从事与体育无关的经营活动。
""",
    ),
    dict(
        slug="corp-yuanhang-news-bus-safety-month",
        site="远航公交集团官网 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.yuanhangbus.com/news/qydt/202506/1182.html",
        title="远航公交集团启动“安全生产月”系列活动",
        record_title="远航公交集团启动“安全生产月”系列活动-企业动态-远航公交",
        date="2025-06-03",
        notes="corporate site; decorated record title with two suffixes; date in byline",
        page="""
!m 远航公交　Yuanhang Bus Group
!m 首页　关于远航　线路查询　企业动态　党建园地　联系我们
!m 企业动态
{T}
!m 时间：2025年06月03日　来源：安全技术部　浏览次数：220
{BODY}
!a 分享到：
!l 【返回列表】
!m 棠邑远航公交集团有限公司　客服热线：96128　地址：棠邑县车站路36号
""",
        body="""
6月2日，远航公交集团召开“安全生产月”启动会，部署开展隐患排查、应急演练、安全培训等六项活动。
集团要求各车队对全部营运车辆开展一次“体检式”检查，重点排查车辆消防设施、安全锤、逃生窗等。
启动会后，全体驾驶员签订了安全行车承诺书。
""",
    ),
    dict(
        slug="training-qingmu-syllabus-pest-control",
        site="青木职业培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qingmupx.com/kecheng/bmfz-2025.html",
        title="有害生物防制员（四级）培训实施方案",
        record_title="有害生物防制员（四级）培训实施方案【2025最新】",
        date=None,
        notes="training school; enrolment consult chrome; decimal headings kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>有害生物防制员（四级）培训实施方案【2025最新】-青木职业培训学校</title></head>
<body>
<div class="top">⟦m 青木职业培训学校⟧ ⟦m 人社部门备案培训机构⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 培训项目⟧ ⟦m 报名流程⟧ ⟦m 学员风采⟧</div>
<div class="main"><h1>⟦t 有害生物防制员（四级）培训实施方案【2025最新】⟧</h1>
{BODY}
</div>
<div class="float">⟦w 报名咨询：范老师 186-0731-4419（微信同号）⟧<br>⟦w 在线留言 预约试听⟧</div>
<div class="footer">⟦m Copyright 2025 青木职业培训学校　湘ICP备22004819号-1⟧</div>
</body></html>
""",
        body="""
1 培训目标
通过培训，使学员掌握鼠、蚊、蝇、蟑螂等主要病媒生物的识别与防制技能，达到有害生物防制员四级（中级工）水平。
2 培训内容
2.1 理论部分：病媒生物基础知识、药械安全使用、相关法律法规。
2.2 实操部分：鼠密度监测、蚊蝇孳生地调查、药剂配制与喷洒。
3 培训安排
培训共计120课时，其中理论48课时、实操72课时，结业考核合格后参加职业技能等级认定。
""",
    ),
]
