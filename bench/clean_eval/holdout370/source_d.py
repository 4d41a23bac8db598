"""holdout370, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="download-jiangcai-arrester-procedure-wps-gb2312",
        site="匠材下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="操作规程",
        kind="other",
        form="html",
        source="http://www.jiangcai-down.net/soft/anquan/20417.html",
        title="速差自控器使用与维护保养规程",
        record_title="速差自控器使用与维护保养规程.wps",
        date=None,
        notes="old gb2312 download station: file-info table, three download links, an unzip password and a dead-link report; "
        "a procedure with decimal headings 1–4.3; no date (the update stamp is none)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>速差自控器使用与维护保养规程.wps - 匠材下载站</title>
<link href="/css/down.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/hits.js"></script>
</head>
<body>
<table width="950" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td class="logo">⟦m 匠材下载站 · 工程人的资料仓库⟧</td><td align="right">⟦a 设为主页⟧ ⟦a 加入收藏⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m 首页 | 施工方案 | 安全资料 | 规范标准 | 表格范本 | 软件工具⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">
<tr><td colspan="2" class="title"><b>{T}</b></td></tr>
<tr><td width="120">⟦m 资料大小：⟧</td><td>⟦m 38 KB⟧</td></tr>
<tr><td>⟦m 资料类别：⟧</td><td>⟦m 安全资料 / 高处作业⟧</td></tr>
<tr><td>⟦m 最近修订：⟧</td><td>⟦m 3 天前⟧</td></tr>
<tr><td>⟦m 资料格式：⟧</td><td>⟦m WPS 文字⟧</td></tr>
<tr><td colspan="2" class="intro">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 电信线路下载⟧　⟦a 联通线路下载⟧　⟦a 本站高速下载⟧</td></tr>
<tr><td colspan="2">⟦m 解压密码：jiangcai-down.net⟧　⟦a 下载地址打不开？点这里报告⟧</td></tr>
</table>
<table width="950" align="center"><tr><td class="foot">⟦d 本站资料收集自网络，仅供学习交流使用，不得用于商业用途。⟧<br>⟦m 匠材下载站　鲁ICP备09021536号⟧</td></tr></table>
<script language="javascript">hits(20417);</script>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
1　适用范围
本规程适用于公司各项目部在高处作业中使用的速差自控器（以下简称速差器）。
2　使用前检查
2.1　检查外壳有无破损、变形，铭牌和检验标签是否清晰，检验是否在有效期内。
2.2　拉出安全绳全长，检查有无断股、磨损、烧伤，安全钩保险装置是否灵活。
2.3　快速拉出安全绳，速差器应立即锁止；缓慢拉出、松手后安全绳应能自动回收。
3　使用要求
3.1　速差器应垂直悬挂在作业点上方牢固可靠的构件上，高挂低用，安全绳与垂直方向的夹角不宜大于30度。
3.2　安全钩应挂在安全带背部D形环上，不得挂在腰带或衣物上。
3.3　严禁将安全绳打结、接长使用，严禁安全绳在尖锐棱角上摩擦。
4　维护保养
4.1　使用后擦净外壳和安全绳上的泥浆、油污，放在干燥通风处，避免阳光直射和接触酸碱。
4.2　速差器每年送检一次；发生过坠落冲击的，必须立即停用送检。
4.3　速差器内部结构不得自行拆卸维修。
""",
    ),
    dict(
        slug="download-xianluren-spikes-briefing-text",
        site="线路人资料库 (invented download site)",
        style="资料下载站",
        genre="安全技术交底",
        kind="other",
        form="text",
        source="https://www.xianluren.com/down/jiaodi/5106.html",
        title="脚扣登杆作业安全技术交底",
        record_title="脚扣登杆作业安全技术交底【配电施工·交底记录】免登录下载 - 线路人资料库",
        date="2025-04-02",
        notes="download page in text: the briefing's 交底日期 as its date (the update stamp is no date); a download button "
        "between paragraphs",
        page="""
!m 线路人资料库 · 下载频道
!m 资料分类：施工交底 ＞ 配电线路
{T}
!m 资料格式：DOC　资料大小：26K　更新于 5 天前
!a ↓ 立即下载本交底（免登录）
{BODY}
!a 已下载 1,206 次　｜　资料有误？反馈给站长
!l 同类资料：高压线路停电作业安全技术交底　架空线路紧线施工交底
!d 资料来自网友分享，版权归原作者，下载后请于一日内删除。
""",
        body="""
工程名称：犊川县兀岭村农网改造工程
交底部门：施工项目部安全组
交底内容：
一、作业前，登杆人员必须检查脚扣有无裂纹、开焊、变形，胶皮是否完整，脚扣带是否牢固；登杆前在杆根处对脚扣做冲击试验。
二、脚扣规格应与电杆直径相适应，不得用大号脚扣登小直径电杆，不得在拉线、横担上使用脚扣。
三、登杆全过程必须系好安全带，安全带应系在电杆及牢固的构件上，严禁系在横担末端或即将拆除的构件上。
⟦a 本交底Word原件已排好版，打开即可签字存档⟧
四、上下电杆时手脚配合，每步踏稳扣牢后再移动另一只脚，不得两脚同时离开脚扣。
五、雨雪天气、杆身结冰或大风天气，停止脚扣登杆作业。
六、杆下设专人监护，作业区域设置围栏，无关人员不得进入。
交底人：靳大勇　　接受交底人：全体登杆作业人员
交底日期：2025年4月2日
""",
    ),
    dict(
        slug="exam-jialing-lineworker-skill-test-spikes-html",
        site="迦陵人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.jlrsks.cn/ggtz/2025/0723/3380.html",
        title="迦陵市供电服务有限公司2025年招聘配电线路工技能测试公告",
        record_title="【实操测试安排】迦陵市供电服务有限公司2025年招聘配电线路工技能测试公告 | 迦陵人事考试网",
        date="2025-07-22",
        date_also=["2025-07-23"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, technical line; a schedule table; sentences "
        "telling candidates to download and print the admission ticket; the employer's own 咨询电话 beside the site's "
        "technical line; 成文日期 vs 发布时间",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【实操测试安排】迦陵市供电服务有限公司2025年招聘配电线路工技能测试公告 | 迦陵人事考试网</title>
<link rel="stylesheet" href="/css/ks_main.css">
<script src="/js/float_zkz.js"></script>
</head>
<body>
<div class="ks-notice">⟦d 系统维护公告：7月26日0:00—6:00网上报名系统暂停服务⟧</div>
<div class="ks-head">⟦m 迦陵人事考试网　迦陵市人事考试中心主办⟧</div>
<div class="ks-nav">⟦m 首页　考试公告　报名入口　成绩查询　考务动态　政策问答⟧</div>
<div class="ks-pos">⟦m 您的位置：首页 ＞ 考试公告 ＞ 企业招聘⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<div class="ks-info">⟦m 发布时间：2025-07-23　信息来源：考务科　浏览：5,841⟧</div>
<div class="ks-con">
{BODY}
</div>
</div>
<div id="zkz-float">⟦a 准考证打印入口 ›⟧</div>
<div class="ks-foot">
<p>⟦m 网站技术支持电话：0859-3300990（仅限报名系统问题）⟧</p>
<p>⟦m 迦陵市人事考试中心　地址：迦陵市淤口区人民路210号⟧</p>
</div>
<script>floatZkz.show();</script>
</body>
</html>
""",
        body="""
根据《迦陵市供电服务有限公司2025年公开招聘配电线路工公告》，现将技能测试有关事项公告如下。
一、测试对象
笔试成绩合格并通过资格复审的考生，共48人，名单见附件。
二、测试时间和地点
时间：2025年8月2日至3日
地点：迦陵市供电公司淤口实训基地
三、测试项目和安排
日期　场次　测试项目
8月2日上午　第一场　登杆作业（脚扣登杆、横担安装）
8月2日下午　第二场　登杆作业（脚扣登杆、横担安装）
8月3日上午　第三场　低压接户线安装
四、注意事项
1．考生须于7月28日9:00至8月1日17:00登录本网站下载并打印准考证，凭准考证和身份证参加测试。
2．登杆作业所用脚扣、安全带、安全帽由考点统一提供并经检验合格，考生不得自带。
3．考生须穿着长袖工装和绝缘鞋，患有高血压、恐高症等不宜登高作业疾病的，请如实申报。
五、咨询电话
迦陵市供电服务有限公司人力资源部：0859-3407716（工作日9:00—17:00）
迦陵市人事考试中心
2025年7月22日
""",
    ),
    dict(
        slug="exam-shuyuan-metrology-practical-micrometer-text",
        site="戍原人才考试服务网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.syrcks.cn/ksgg/sydw/2025/0915/214.html",
        title="戍原县2025年事业单位公开招聘计量检定员实操考核须知",
        date="2025-09-15",
        notes="record title as is; exam notes on using the micrometer; an update stamp that is relative (no date); 成文日期 "
        "under the signature; consult and maintenance lines",
        page="""
!m 戍原人才考试服务网
!m 首页 | 考试公告 | 成绩查询 | 准考证 | 政策问答
!m 当前：考试公告 » 事业单位招聘
{T}
!m 2 天前更新 · 阅读 1,032
!a 一键收藏本公告　　A+ 大字
{BODY}
!m 考务咨询：0857-6120335　　网站运维：0857-6120336
!l 近期公告：戍原县2025年事业单位招聘面试成绩公示
!d 本网信息以戍原县人社局正式文件为准。
""",
        body="""
参加戍原县2025年事业单位公开招聘计量检定员岗位实操考核的考生，请认真阅读以下须知。
一、考核内容：使用外径千分尺对标准量块和轴类工件进行测量，按要求填写原始记录并计算示值误差，满分100分，考核时间40分钟。
二、考点提供0—25毫米、25—50毫米外径千分尺各一把及校对量杆，考生不得使用自带量具。
三、考生应在考核开始前检查千分尺外观和零位，发现问题当场举手报告，考核开始后不再更换。
四、考核中须使用棘轮测力装置，测量面应擦拭干净；不得用手直接接触量块工作面，违者酌情扣分。
五、考生须携带黑色签字笔和计算器（不具备存储功能），手机等通信工具一律存放在候考室。
六、考核成绩于考核结束后5个工作日内在本网站公布。
戍原县事业单位公开招聘工作领导小组办公室
2025年9月15日
""",
    ),
    dict(
        slug="tender-jishan-area-meter-award-lots-html",
        site="稽山县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="http://ggzy.jishan.gov.cn/jyxx/zfcg/zbgg/202506/t20250626_30917.html",
        title="稽山县农业农村局高精度测亩仪采购项目中标（成交）结果公告",
        record_title="【中标花落】稽山县农业农村局高精度测亩仪采购项目中标（成交）结果公告 · 政府采购 · 稽山公共资源交易",
        record_date="2025-06-26",
        date="2025-06-26",
        notes="tender portal: publicity countdown, CA and trading-system lines; a lots table one row a paragraph; purchaser "
        "and agency contacts beside the platform's lines; date in the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【中标花落】稽山县农业农村局高精度测亩仪采购项目中标（成交）结果公告 · 政府采购 · 稽山公共资源交易</title>
<link rel="stylesheet" href="/jyxx/css/detail.css">
<script src="/jyxx/js/countdown.js"></script>
</head>
<body>
<div class="gg-top">⟦m 稽山县公共资源交易中心　阳光交易 服务发展⟧</div>
<div class="gg-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南　诚信体系⟧</div>
<div class="gg-crumb">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 中标公告⟧</div>
<div class="gg-detail">
<h2>{T}</h2>
<div class="gg-meta">⟦m 信息来源：稽山县诚信招标代理有限公司　阅读：209⟧</div>
<div class="gg-count">⟦m 距公示期满还剩 0 天 21 时 14 分⟧</div>
<div class="gg-con">
{BODY}
</div>
<div class="gg-share">⟦a 复制链接　｜　打印公告　｜　关闭⟧</div>
</div>
<div class="gg-side">
<p>⟦m CA证书办理与驱动安装：400-0857-112⟧</p>
<p>⟦m 电子交易系统操作咨询：0857-6209000⟧</p>
</div>
<div class="gg-foot">⟦m 稽山县公共资源交易中心 版权所有　黔ICP备16002284号⟧</div>
<script>countdown("2025-06-27 17:30");</script>
</body>
</html>
""",
        body="""
一、项目编号：JSCG-2025-0418
二、项目名称：稽山县农业农村局高精度测亩仪采购项目
三、中标（成交）信息
包号　货物名称　数量　中标供应商　中标金额（元）
1　北斗双模高精度测亩仪　40台　迦陵市禾丈仪器有限公司　118000
2　测亩仪校准检测台　1套　稽山县衡准计量设备经营部　36500
四、主要标的信息：测亩仪平面测量误差不大于1%，支持北斗、GPS双模定位，数据可导出。
五、评审专家名单：隋建新、闫晓、季芳芳
六、公告期限：自本公告发布之日起1个工作日。
七、凡对本次公告内容提出询问，请按以下方式联系。
采购人：稽山县农业农村局　联系人：龚先生　联系电话：0857-6213455
采购代理机构：稽山县诚信招标代理有限公司　联系人：冉女士　联系电话：0857-6216878
""",
    ),
    dict(
        slug="tender-duchuan-tools-inquiry-bucket-text",
        site="犊川县阳光采购服务平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://cg.duchuan-sunshine.cn/xj/2025/0811/7721.html",
        title="犊川县城投建设公司施工周转工具询价采购公告",
        record_title="[三家比价] 犊川县城投建设公司施工周转工具询价采购公告（报价截止8月18日）- 犊川阳光采购",
        date="2025-08-11",
        notes="inquiry in text: an items table one row a paragraph; scanning and mailing a quote as content; the buyer's own "
        "contact beside the platform's CA line; 成文日期 under the signature",
        page="""
!m 犊川县阳光采购服务平台
!m 采购公告 › 询价采购 › 企业自主采购
{T}
!m 公告类型：询价　项目编号：DCCT-XJ-2025-031　浏览：77
{BODY}
!a 我要报价（需CA登录）　　下载询价文件
!m 平台CA办理：0857-6350999　　平台客服：0857-6350998
!d 本平台信息由采购单位发布，平台不对采购结果承担责任。
""",
        body="""
犊川县城投建设有限公司拟对鬃岭乡安置房项目所需施工周转工具进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　名称　规格　数量
1　加厚塑料灰桶　容量15升，带镀锌提梁　300只
2　铁制灰槽　60×40×20厘米　40个
3　不锈钢托灰板　30×30厘米　80块
4　灰桶挂钩　直径12毫米圆钢，承重不小于30公斤　300个
二、供应商资格：具有独立法人资格，近三年无重大违法记录。
三、报价方式：供应商请于2025年8月18日17:00前将盖章报价单密封送至公司工程部，或扫描后发送至邮箱ctjs_gcb@duchuan-ct.com。
四、成交原则：在满足采购需求的前提下，以最低报价确定成交供应商。
联系人：工程部　姬先生　电话：0857-6355187
犊川县城投建设有限公司
2025年8月11日
""",
    ),
    dict(
        slug="law-hengshi-arrester-liability-case-html",
        site="迦陵衡石律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengshi-law.cn/anli/gongshang/2025/88.html",
        title="工人坠落受伤，过期的速差器谁来担责？",
        record_title="工伤案例夜读 ┃ 工人坠落受伤，过期的速差器谁来担责？— 衡石律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a repost notice; a consult prompt between paragraphs; no date "
        "(the case note carries none)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>工伤案例夜读 ┃ 工人坠落受伤，过期的速差器谁来担责？— 衡石律师事务所</title>
<link rel="stylesheet" href="/assets/law.css">
<script src="/assets/zixun-float.js"></script>
</head>
<body>
<div class="law-top">⟦m 衡石律师事务所　专注建设工程与劳动争议⟧ ⟦m 全国咨询热线 400-815-2270⟧</div>
<div class="law-nav">⟦m 首页　律所简介　专业团队　案例夜读　法律文书　联系我们⟧</div>
<div class="law-main">
<h1>{T}</h1>
<div class="law-author">⟦m 撰稿：林朔 律师（建设工程与劳动争议团队）⟧</div>
<div class="law-text">
{BODY}
</div>
<div class="law-repost">⟦d 本文为衡石律所原创，转载请联系品牌部并注明出处。⟧</div>
<div class="law-more">⟦l 延伸阅读：劳务派遣工受伤，用工单位要担责吗？⟧</div>
</div>
<div id="zixun">⟦w 工伤赔偿免费评估 微信同号 139 0859 7743⟧</div>
<div class="law-foot">⟦m 迦陵衡石律师事务所　地址：迦陵市淤口区金融街6号12层　黔ICP备19010582号⟧</div>
<script>zixunFloat({delay:8000});</script>
</body>
</html>
""",
        body="""
【案情】某劳务公司工人老刘在钢结构厂房屋面作业时失足坠落。他所挂的速差器未能及时锁止，老刘摔伤腿部，经鉴定构成十级伤残。事后查明，该速差器检验有效期已过去八个月，项目部曾多次收到安全员的更换建议，但一直未更换。
【争议】老刘要求劳务公司和总包单位赔偿。劳务公司认为老刘自己不小心，总包单位则认为速差器是劳务公司发放的，与己无关。
⟦w 遇到类似工伤纠纷？点击右侧按钮，律师一对一解答⟧
【律师分析】第一，用人单位有义务为劳动者提供符合国家标准的劳动防护用品，并监督、教育劳动者正确使用。发放超过检验期的速差器，属于未履行安全保障义务。第二，总包单位对施工现场安全负有统一管理责任，对分包单位使用不合格防护用品未及时制止的，也应承担相应责任。第三，如果劳动者本人存在违反操作规程的行为，可以适当减轻用人单位的责任，但不能因此免责。
【律师提醒】施工企业应建立防坠落器具台账，按期送检，过期一律停用；工人发现速差器锁止异常，有权拒绝冒险作业。
""",
    ),
    dict(
        slug="law-lizheng-letter-area-remeasure-text",
        site="犊川县犁正律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.lizhenglaw.cn/wenshu/lvshihan/2025-38.html",
        title="关于兀岭村承包地面积复测争议的律师函",
        record_title="【文书示范】关于兀岭村承包地面积复测争议的律师函（隐去姓名版）｜犁正律所",
        date="2025-04-21",
        notes="law firm's document library in text: the letter's number under the title (neutral); 成文日期 under the "
        "signature; consult line and repost notice",
        page="""
!m 犁正律师事务所 · 土地与农村纠纷法律服务
!m 首页 / 法律文书 / 律师函
{T}
犁正律函〔2025〕第38号
{BODY}
!w 土地承包纠纷咨询：0857-6362258（犁正律所 农村事务部）
!d 文书已隐去当事人信息，仅供参考，不构成法律意见。
!l 更多文书：关于宅基地界址争议的律师函　｜　土地流转合同解除通知书
""",
        body="""
犊川县鬃岭乡兀岭村第三村民小组：
犊川县犁正律师事务所接受本村村民樊建国的委托，指派本所律师就其承包地面积复测争议一事，向贵组致函如下。
一、委托人承包的“大塘坝”地块，确权登记面积为3.62亩。今年3月，贵组在承包地面积复核中使用测亩仪测量，测得面积为3.18亩，并拟据此调减委托人的承包面积。
二、据委托人反映，测量时委托人不在场，测量人员未通知相邻承包户到场确认，测量结果也未经委托人签字。测量所用测亩仪是否经过校准，贵组至今未能提供证明。
三、根据农村土地承包的有关法律规定，承包期内发包方不得随意调整承包地。面积复核结果涉及承包户权益的，应当依法定程序进行。
四、为此，委托人要求：暂停对其承包面积的调整；使用经校准的测亩仪，在委托人、相邻承包户和乡农经站人员到场的情况下重新测量。
请贵组于收到本函之日起十日内书面答复。
犊川县犁正律师事务所
律师：郝闻舟
2025年4月21日
""",
    ),
    dict(
        slug="community-yunyuan-renovation-bucket-html",
        site="匀园社区居委会网站 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://yunyuan.jishan-sq.cn/tzgg/2025/0610/219.html",
        title="关于规范装修施工、严禁高空抛掷物料的温馨提示",
        record_title="【装修季·楼道守护】关于规范装修施工、严禁高空抛掷物料的温馨提示 - 匀园社区",
        date="2025-06-10",
        notes="residents' site: weather line, grid worker's box, property repair line; the community's own 值班电话 in the "
        "body; scanning a QR code to register as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【装修季·楼道守护】关于规范装修施工、严禁高空抛掷物料的温馨提示 - 匀园社区</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 匀园社区居民委员会　稽山县城关街道⟧ ⟦m 今日 晴 31℃ 空气质量 良⟧</div>
<div class="sq-nav">⟦m 首页　社区通知　便民服务　党建园地　邻里风采⟧</div>
<div class="sq-main">
<h1>{T}</h1>
<div class="sq-meta">⟦m 发布：社区居委会　阅读：356⟧</div>
<div class="sq-text">
{BODY}
</div>
</div>
<div class="sq-side">
<div class="grid">⟦w 本楼栋网格员 丘晓静 手机 159 8570 3326⟧</div>
<div class="wy">⟦m 物业报修：0857-6266800（24小时）⟧</div>
<h4>⟦l 便民信息⟧</h4><ul><li>⟦l 社区老年食堂本周菜单⟧</li><li>⟦l 六月份义诊活动安排⟧</li></ul>
</div>
<div class="sq-foot">⟦m 匀园社区居民委员会　地址：稽山县城关街道匀园路5号⟧</div>
<script>loadWeather("jishan");</script>
</body>
</html>
""",
        body="""
各位居民朋友、装修业主：
近期，社区接到居民反映，个别楼栋装修工人将灰桶、砂浆袋堆放在楼道和消防通道，甚至从窗口向下抛掷空灰桶和建筑垃圾，存在严重安全隐患。为保障居民生命财产安全，现将有关事项提示如下：
一、装修开工前，请业主扫描单元门口的“装修报备”二维码，登记施工单位、工人名单和施工时间。
二、灰桶、砂浆、瓷砖等材料应存放在自家室内，不得占用楼道、电梯厅和消防通道。
三、空灰桶和建筑垃圾须装袋后经电梯运至小区指定的建筑垃圾临时堆放点，严禁从窗口、阳台向下抛掷。
四、业主对所请施工人员负有管理责任。对高空抛掷物料的，社区和物业将及时制止并报告公安机关依法处理。
五、社区将通过“匀园邻里”公众号陆续发布装修管理提示，请各位业主关注，并转告所请的装修工人。
社区值班电话：0857-6266031
匀园社区居民委员会
2025年6月10日
""",
    ),
    dict(
        slug="community-kukou-repair-shop-summary-text",
        site="窟口社区网 (invented residents' site)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.kukousq.cn/dongtai/2025/0702/88.html",
        title="窟口社区“老师傅便民修理铺”上半年工作总结",
        date="2025-07-02",
        notes="record title as is; a residents' site in text with weather and a property line; 成文日期 under the signature; "
        "a volunteer-recruiting line between paragraphs",
        page="""
!m 窟口社区网　｜　今天 阴转小雨 22℃
!m 首页　社区动态　便民服务　志愿者之家
{T}
!m 来源：社区党委　　阅读：129
{BODY}
!m 物业服务中心：0859-3455120　　社区警务室：0859-3455110
!l 社区动态：窟口社区开展夏季防溺水宣传
!d 窟口社区网由社区居委会维护，信息仅供居民参考。
""",
        indent="\u3000\u3000",
        body="""
⟦t 窟口社区“老师傅便民修理铺”上半年工作总结⟧今年上半年，社区“老师傅便民修理铺”在社区党委指导下，依托辖区6名退休技术工人，每周二、周五上午为居民提供小家电、自行车、门锁等免费维修服务，现将工作情况总结如下。
一、服务开展情况
上半年共开门服务48次，接待居民612人次，修好各类物品537件。其中小家电231件，自行车、电动车148件，门锁、水龙头等五金件158件。
二、特色做法
修理铺的老师傅大多是原淤口机械厂的钳工、车工，维修时讲究“量准了再动手”。修理铺购置了千分尺、游标卡尺等量具，修配轴承、销子时都要先量尺寸，再到五金店配件，减少了返工。退休车工单师傅还用千分尺帮居民测量自来水管和阀门的尺寸，避免买错配件。
⟦w 想跟老师傅学手艺？志愿者报名请找社区小林 0859-3455186⟧
三、存在的问题
一是维修配件靠居民自购，有时耽误时间；二是老师傅年龄偏大，需要补充新的志愿者。
四、下半年打算
下半年，修理铺将与辖区五金店建立配件联系机制，并招募年轻志愿者跟着老师傅学手艺，让便民服务传承下去。
窟口社区居民委员会
2025年7月2日
""",
    ),
]
