"""holdout230, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Every case written by hand; everything in it is invented. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="localbbs-piaoxi-market-barrier-jammer-subject",
        site="缥溪论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.piaoxi.net/thread-310527-1-1.html",
        title="缥岭菜市场门口的道闸能不能管管？",
        record_title=None,
        date=None,
        notes="county forum: weather line, medals, a transferred-to-department link, a decoration ad and an "
        "ad QQ; jammer-font junk in the post; no record title (the thread subject); posted 5 小时前",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>缥岭菜市场门口的道闸能不能管管？ - 民生直通车 - 缥溪论坛</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="wthr">⟦m 缥溪今日：多云转小雨 12～17℃⟧</div>
<div id="hd"><a href="/">⟦m 缥溪论坛⟧</a>　⟦m 缥溪人自己的网上家园⟧　<a>⟦a 快速登录⟧</a></div>
<div id="pt">⟦m 缥溪论坛 › 民生直通车 › 帖子⟧</div>
<div class="ad-banner">⟦w 缥岭整装装饰：全包套餐省心省力，咨询QQ 3016642875⟧</div>
<table class="plhin"><tr>
<td class="pls"><p>⟦m 岭下老陈⟧</p><p>⟦m 勋章：热心网友　老乡勋章⟧</p><p>⟦m 积分 3820⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 小时前⟧ <a>⟦a 只看楼主⟧</a></div>
<div class="t_fsz" id="postmessage_88721">
{BODY}
</div>
<div class="zhuanjiao"><a>⟦l 【本帖已转交县市场监管局办理，点击查看回复】⟧</a></div>
<div class="po">⟦a 回复⟧ ⟦a 顶一下⟧ ⟦a 举报⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 缥岭小吴：同感，那个道闸经常抬不起来⟧</div>
<div id="ft">⟦m 缥溪论坛 bbs.piaoxi.net　湘ICP备16011820号⟧　⟦d 网友言论仅代表个人观点⟧</div>
<script src="data/cache/common.js?Kw2"></script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
住在缥岭镇的都知道，菜市场门口去年装了道闸，说是规范停车。可现在进去停五分钟买个菜也要收五块钱，收费牌上写的却是“半小时内免费”。
上周六我在出口等了快十分钟，道闸抬不起来，岗亭里没人，后面的车喇叭按成一片。最后还是一个卖菜的大姐帮忙打了管理员的电话，才把杆子抬起来。
我不是反对收费，只是希望：一、按公示的标准收费；二、岗亭要有人值守，道闸坏了能及时处理；三、把管理员电话写大一点，贴在道闸旁边。
有没有知道该找哪个部门反映的？
""",
    ),
    dict(
        slug="localbbs-puhe-sensor-light-always-on",
        site="氆河论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://www.puheluntan.com/t-77310.html",
        title="我们单元的感应灯白天也一直亮，是坏了吗",
        record_title="[邻里话题] 我们单元的感应灯白天也一直亮，是坏了吗 - 氆河生活圈 - 氆河论坛",
        date=None,
        notes="county forum as text: board path, poster line posted 前天 (no date), a moderator's reply and a "
        "decoration ad after the post",
        page="""
!m 氆河论坛 › 氆河生活圈
!t [邻里话题] 我们单元的感应灯白天也一直亮，是坏了吗
!m 楼主 氇山苑老住户　发表于 前天 22:10　查看 655
{BODY}
!l 版主回复：已帮你联系氇山苑物业，请留意单元群通知。
!l 沙发 氆河阿强：我们那栋也是，修了三次
!w 【广告】家电维修、开关插座安装上门服务，电话 13975260418
!a 登录后可回复本帖
""",
        body="""
我们氇山苑小区7栋2单元的楼道感应灯，从上个月开始白天也一直亮着，人走了也不灭。
问了物业，说是感应器里的光敏元件坏了，要等厂家统一来换。可是一个月过去了，灯还亮着，浪费电不说，灯泡也快烧了。
我查了一下，这种声光控感应灯的模块网上几十块钱一个，电工十分钟就能换好。
想问问别的小区的朋友，你们物业多长时间来修？维修费用是从公共维修资金里出，还是住户自己分摊？
""",
    ),
    dict(
        slug="download-lvye-rules-curtain-workshop-docx",
        site="绿野软件站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lvyesoft.net/soft/wendang/33071.html",
        title="浴帘生产车间安全操作规程",
        record_title="浴帘生产车间安全操作规程.docx",
        date=None,
        notes="file-name record title; old table layout: file-info table with an update stamp (no date), "
        "three download links, an unzip password and a dead-link report; a rules text with numbered points",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>浴帘生产车间安全操作规程.docx下载_绿野软件站</title>
<script language="javascript" src="/js/ad_top.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="950" align="center" cellpadding="0" cellspacing="0">
<tr><td><b>⟦m 绿野软件站⟧</b> <font color="#339933">⟦m 绿色　安全　高速⟧</font></td><td align="right"><a>⟦a 加入收藏⟧</a> <a>⟦a 设为主页⟧</a></td></tr>
<tr><td colspan="2" bgcolor="#339933"><font color="#ffffff">⟦m 首页⟧ ⟦m 软件下载⟧ ⟦m 文档资料⟧ ⟦m 排行榜⟧</font></td></tr>
</table>
<table width="950" align="center" border="1" cellspacing="0" bordercolor="#cccccc">
<tr><td colspan="2">⟦m 当前位置：绿野软件站 → 文档资料 → 安全生产⟧</td></tr>
<tr><td colspan="2"><h3>{T}</h3></td></tr>
<tr><td width="120">⟦m 文件大小：38.5 KB⟧</td><td>⟦m 文件格式：Word文档（.docx）⟧</td></tr>
<tr><td>⟦m 更新时间：2025-02-11 09:47⟧</td><td>⟦m 下载次数：1204 次⟧</td></tr>
<tr><td colspan="2"><b>⟦m 资料简介：⟧</b>
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址①：电信线路⟧　⟦a 下载地址②：联通线路⟧　⟦a 下载地址③：本地直连⟧</td></tr>
<tr><td colspan="2"><font color="red">⟦a 解压密码：www.lvyesoft.net⟧</font>　<a>⟦a 下载出错？点此反馈失效地址⟧</a></td></tr>
</table>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均来自网络，仅供个人研究使用，请于下载后24小时内删除⟧<br>⟦m 绿野软件站　桂ICP备09012274号⟧</td></tr></table>
</body>
</html>
""",
        body="""
一、适用范围
本规程适用于公司浴帘生产车间裁剪、缝制、热压、打孔、包装各工序的作业人员。
二、作业要求
1.上岗前必须穿好工作服，长发盘起，不得佩戴手链、戒指。
2.裁床启动前检查刀具防护罩，裁剪时双手不得伸入刀口下方。
3.热压机工作温度不得超过180℃，取放浴帘面料必须戴隔热手套。
4.打孔机更换模具时必须切断电源，并挂“正在检修”牌。
5.车间内严禁吸烟，PEVA面料堆放处应与热源保持2米以上距离。
三、应急处置
发生烫伤、夹伤时，立即停机并报告班组长，伤者送医务室处理。
""",
    ),
    dict(
        slug="download-qingteng-plan-handrail-repair-wps",
        site="青藤资料站 (invented download station)",
        style="资料下载站",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.qingtengzl.com/down/20240415/5518.html",
        title="住宅小区楼梯扶手维修施工方案",
        record_title="住宅小区楼梯扶手维修施工方案.wps",
        date="2024-04-15",
        notes="file-name record title; a download page as text: mirror links and a report link; decimal "
        "headings 1.1–3.2; 成文日期 under the property company's signature",
        page="""
!m 青藤资料站 — 施工方案 · 标书 · 表格
!m 资料分类：物业管理 / 施工方案
!t 住宅小区楼梯扶手维修施工方案.wps
!m 大小：52KB　格式：WPS　添加：2 周前
{BODY}
!a ▼ 本地高速下载　　▼ 网盘下载（提取码 q7t2）
!a 链接失效请点击报告，我们会尽快补档
!l 同类资料：外墙维修施工方案｜楼道粉刷工程施工组织设计
""",
        body="""
1 工程概况
1.1 本方案适用于觞水县絜园小区1至12栋楼梯扶手维修工程，共涉及48个单元。
1.2 主要内容为更换锈蚀立杆、加固松动扶手、补装转角扶手。
2 施工要求
2.1 新装扶手采用直径50毫米不锈钢圆管，扶手顶面距踏步前缘0.90米。
2.2 立杆间距不大于1.1米，每根立杆用两颗M10膨胀螺栓固定。
2.3 焊接部位打磨平整，不得有毛刺。
3 安全措施
3.1 施工时在单元门口设置警示牌，每次只封闭一侧扶手。
3.2 施工人员每日收工前清理楼道，不得在楼梯上堆放材料。
觞水县絜园物业服务有限公司
2024年4月15日
""",
    ),
    dict(
        slug="exam-shuyang-notice-housekeeping-towel-folding",
        site="毹阳人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.syrsks.gov.cn/zyjn/2025/0512/2207.html",
        title="关于2025年上半年客房服务员职业技能等级认定实操考试的通知",
        record_title="〔考务通知〕关于2025年上半年客房服务员职业技能等级认定实操考试的通知_毹阳人事考试网",
        date="2025-05-12",
        notes="exam site with a maintenance banner and an admission-ticket float; the notice's own 考务咨询 "
        "phone beside the site's technical line; downloading and printing the 准考证 is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔考务通知〕关于2025年上半年客房服务员职业技能等级认定实操考试的通知_毹阳人事考试网</title>
</head>
<body>
<div class="notice-bar">⟦d 系统升级提示：5月18日0:00—6:00暂停报名服务⟧</div>
<div class="ks-head">⟦m 毹阳人事考试网⟧ ⟦m 公平　公正　服务考生⟧</div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考试动态⟧</li><li>⟦m 职业技能⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书管理⟧</li></ul>
<div class="ks-pos">⟦m 您当前的位置：首页 » 职业技能⟧</div>
<div class="ks-art">
<h1>⟦t 〔考务通知〕⟧{T}</h1>
<p class="ks-info">⟦m 发布日期：2025-05-12　浏览次数：3056⟧</p>
<div class="ks-text">
{BODY}
</div>
<p>⟦a 【打印该页】⟧ ⟦a 【关闭该页】⟧</p>
</div>
<div class="float-zkz"><a href="/zkz/">⟦a 准考证打印入口 ›⟧</a></div>
<div class="ks-foot">⟦m 主办：毹阳市人力资源和社会保障局⟧<br>⟦m 网上报名技术支持：0739-8190055（9:00—17:00）⟧</div>
<script src="/js/zkz-float.js"></script>
</body>
</html>
""",
        body="""
各位考生：
2025年上半年客房服务员（四级、五级）职业技能等级认定实操考试定于5月24日举行。现将有关事项通知如下：
一、考试地点：毹阳市技师学院实训楼三楼客房实训室。
二、考试内容：中式铺床、卫生间清洁、浴巾和面巾折叠摆放三个项目，每项限时10分钟。
三、考生须于5月20日起登录本网站下载并打印准考证，考试当天凭准考证和身份证入场。
四、考生自备工作服，浴巾、床单等考试用品由考点统一提供。
考务咨询电话：0739-8190632（工作日）。
毹阳市职业技能鉴定指导中心
2025年5月12日
""",
    ),
    dict(
        slug="exam-xunhu-announcement-parking-written-test",
        site="纁湖区人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.xunhu.gov.cn/kszx/2025/0605/188.html",
        title="纁湖区城市停车管理中心2025年公开招聘编外工作人员笔试公告",
        record_title="纁湖区城市停车管理中心2025年公开招聘编外工作人员笔试公告-招考公告-纁湖区人事考试信息网",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="exam site as text: the announcement's own 咨询电话 beside the site's technical line; printing "
        "the 准考证 is content; 成文日期 expected, the posting date also accepted",
        page="""
!m 纁湖区人事考试信息网
!m 当前位置：首页 > 招考公告
{T}
!m 发布：2025-06-06 08:30　来源：区人社局考试中心　阅读：4419
!a 〔分享〕〔打印〕〔返回列表〕
{BODY}
!l 相关公告：纁湖区城市停车管理中心2025年公开招聘编外工作人员公告
!m 考试网技术咨询：0739-8230100（仅限网站操作问题）
!d 本网发布的考试信息以纸质公告为准
""",
        body="""
经研究，纁湖区城市停车管理中心2025年公开招聘编外工作人员笔试定于6月14日举行，现将有关事项公告如下。
一、笔试时间：2025年6月14日上午9:00至11:00。
二、笔试地点：纁湖区第一职业中学（纁湖区滨河路16号）。
三、笔试内容：综合知识和岗位知识。岗位知识主要包括停车场道闸系统操作、收费管理规定和文明服务常识。
四、考生须于6月10日至13日登录考试网打印笔试准考证。
五、考生应提前30分钟到达考点，开考15分钟后不得入场。
咨询电话：0739-8231907
纁湖区城市停车管理中心
2025年6月5日
""",
    ),
    dict(
        slug="tender-quchuan-hospital-barrier-lots-ca",
        site="氍川县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.quchuan.gov.cn/jyxx/zfcg/zbgg/2024/0909/30271.html",
        title="氍川县人民医院停车场道闸系统采购项目公开招标公告",
        record_title="【采购公告·公开招标】氍川县人民医院停车场道闸系统采购项目公开招标公告-氍川县公共资源交易网",
        date="2024-09-09",
        notes="tender portal with a countdown, CA and trading-system hotlines beside the purchaser's and "
        "agency's own contacts; a lots table one row a paragraph; downloading the tender file is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【采购公告·公开招标】氍川县人民医院停车场道闸系统采购项目公开招标公告-氍川县公共资源交易网</title>
<script src="/static/js/countdown.js"></script>
</head>
<body>
<div class="gg-head">⟦m 氍川县公共资源交易网⟧ <a>⟦a 主体注册⟧</a> <a>⟦a CA证书办理⟧</a></div>
<ul class="gg-nav"><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 信用信息⟧</li></ul>
<div class="gg-pos">⟦m 交易信息 ＞ 政府采购 ＞ 招标公告⟧</div>
<div class="gg-art">
<h2>{T}</h2>
<p class="gg-meta">⟦m 信息发布：2024-09-09 17:20　浏览：512⟧</p>
<p class="gg-cd">⟦m 距开标还有：20天15时39分⟧</p>
<div class="gg-con">
{BODY}
</div>
<p class="gg-fj"><a>⟦a 招标文件（电子版）.zip⟧</a></p>
</div>
<div class="gg-foot">
<p>⟦m CA证书服务热线：400-660-8127⟧</p>
<p>⟦m 电子交易系统运维：0736-5870306⟧</p>
<p>⟦m 氍川县公共资源交易中心　版权所有⟧</p>
</div>
</body>
</html>
""",
        body="""
项目概况：氍川县人民医院停车场道闸系统采购项目的潜在投标人应在氍川县公共资源交易网获取招标文件，并于2024年9月30日9时30分前递交投标文件。
一、项目基本情况
项目编号：QCZC-2024-0917
预算金额：68.5万元
包号　采购内容　数量　最高限价（万元）
1　车牌识别道闸一体机　6套　42.0
2　岗亭及收费终端　2套　16.5
3　停车诱导屏　4块　10.0
二、获取招标文件
时间：2024年9月10日至9月16日，在交易网下载电子招标文件。
三、联系方式
采购人：氍川县人民医院　联系人：邓工　电话：0736-5590233
代理机构：毹阳正衡招标代理有限公司　联系人：韩倩　电话：0739-8117402
2024年9月9日
""",
    ),
    dict(
        slug="tender-xunhu-hotel-towels-award-table",
        site="纁湖宾馆采购公告栏 (invented tender page)",
        style="招投标网",
        genre="成交公告",
        kind="notice",
        form="text",
        source="http://cg.xunhubg.com/cjgg/2025/0226/14.html",
        title="纁湖宾馆2025年客房布草（浴巾、面巾）采购项目成交结果公告",
        record_date="2025-02-26",
        date="2025-02-26",
        notes="title and date from the record; an award table one row a paragraph; the purchaser's own "
        "contact line beside the platform's hotline",
        page="""
!m 纁湖宾馆　阳光采购公告栏
!m 首页 >> 成交公告
{T}
!m 公告类型：成交结果　　浏览 73
{BODY}
!a 【我要质疑】　【下载公告PDF】
!m 采购平台客服：0739-8260099（工作日）
!d 本栏目公告由采购人自行发布并对内容负责
""",
        body="""
一、项目编号：XHBG-2025-003
二、项目名称：纁湖宾馆2025年客房布草（浴巾、面巾）采购项目
三、成交信息
包号　货物名称　成交供应商　成交金额（元）
1　纯棉浴巾（70×140厘米）　毹阳暖绒纺织有限公司　86400
2　纯棉面巾（35×75厘米）　氆河县织锦巾被厂　23750
四、评审专家：邵立群、孔映雪、宁海涛
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人纁湖宾馆，联系人：贺经理，电话：0739-8260018。
纁湖宾馆
2025年2月26日
""",
    ),
    dict(
        slug="lawfirm-hengping-case-mall-handrail-fall",
        site="衡平律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengpinglaw.cn/alps/2025/331.html",
        title="商场扶手断裂致顾客摔伤，谁来担责？",
        record_title="以案说法 · 商场扶手断裂致顾客摔伤，谁来担责？ - 衡平律师事务所",
        date=None,
        notes="law firm: lawyer card, a consult float, a 400 line and a repost notice; a case note in three "
        "bracketed parts with no date of its own; a page with only a view count",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>以案说法 · 商场扶手断裂致顾客摔伤，谁来担责？ - 衡平律师事务所</title>
</head>
<body>
<div class="law-top">⟦m 衡平律师事务所⟧ ⟦m 专注人身损害与物业纠纷⟧ ⟦w 全国咨询：400-018-6639⟧</div>
<ul class="law-nav"><li>⟦m 律所介绍⟧</li><li>⟦m 专业团队⟧</li><li>⟦m 以案说法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="law-art">
<h1>{T}</h1>
<p class="law-meta">⟦m 栏目：以案说法　阅读 2214⟧</p>
<div class="law-con">
{BODY}
</div>
<div class="law-card">⟦m 撰稿律师：苗乐安　执业证号 14306201810355281⟧</div>
<p class="law-repost">⟦d 本文由衡平律所原创，转载须经书面同意并注明来源⟧</p>
<p>⟦l 相关案例：电梯困人致伤，物业赔不赔？⟧</p>
</div>
<div class="law-float">⟦w 在线律师　免费评估案情⟧<br>⟦a 立即咨询⟧</div>
<div class="law-foot">⟦m 地址：毹阳市綦城区金融街9号衡平大厦12层⟧</div>
<script src="https://kf.hengpinglaw.cn/chat/loader.js" async></script>
</body>
</html>
""",
        body="""
【基本案情】62岁的林女士在毹阳市某商场步行梯上行时，手扶的扶手突然与立杆脱开，林女士向后摔倒，造成腰椎压缩性骨折。商场以林女士“自己没站稳”为由拒绝赔偿。
【法院观点】法院审理认为，商场作为公共场所的经营者，负有安全保障义务。事发扶手的固定螺栓早已锈蚀，商场未能举证已尽到定期检查义务，应当承担侵权责任。最终判决商场赔偿林女士医疗费、护理费等共计9.6万元。
【律师提示】在公共场所因设施缺陷受伤的，应第一时间拍照留存现场、保存就医记录，并及时向经营者主张权利。
""",
    ),
    dict(
        slug="lawfirm-beichen-letter-barrier-arm-damage",
        site="北辰律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="函",
        kind="notice",
        form="text",
        source="https://www.beichenlawyer.com/wenshu/lsh/2025-0312.html",
        title="关于道闸起落杆砸伤车辆事宜的律师函",
        record_title="【律师函范本】关于道闸起落杆砸伤车辆事宜的律师函 | 北辰律师事务所",
        date="2025-03-12",
        notes="a law firm's sample letter as text: lawyer card, a free-consult line and a repost notice; the "
        "letter's date under the lawyer's name",
        page="""
!m 北辰律师事务所｜BEICHEN LAW
!m 首页 / 法律文书 / 律师函
!t 【律师函范本】关于道闸起落杆砸伤车辆事宜的律师函
!m 整理：北辰律所物业纠纷团队　阅读 903
{BODY}
!w 物业纠纷免费初步咨询：0739-8368800（宋律师团队）
!d 本文书已隐去当事人隐私信息，仅供参考，转载请注明出处
!l 更多文书：物业服务合同解除通知书｜车位租赁纠纷起诉状
""",
        indent="\u3000\u3000",
        body="""
毹阳市安居物业服务有限公司：
北辰律师事务所接受车主邹明远先生的委托，就贵司管理的綦园小区北门道闸砸伤其车辆一事，郑重致函如下：
2025年3月2日19时许，邹先生驾驶车辆正常通过綦园小区北门，道闸起落杆在车辆尚未驶离时突然落下，砸中车辆前挡风玻璃及引擎盖，经定损维修费用为6820元。
经查，该道闸未安装防砸雷达，事发后贵司亦未能提供设备检修记录。贵司作为小区物业服务人，应当承担赔偿责任。
请贵司自收到本函之日起7日内与本律师联系，协商赔偿事宜。逾期未予回复的，我方将依法提起诉讼。
北辰律师事务所
律师：宋景和
2025年3月12日
""",
    ),
]
