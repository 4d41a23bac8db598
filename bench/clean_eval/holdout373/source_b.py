"""holdout373, part B: government, education, Party-building, personnel-exam and tender portals.
Everything invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-jiaoling-notice-pole-saw-street-trees-html",
        site="焦岭县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jiaoling.gov.cn/zwgk/bmwj/202411/t20241127_2209318.html",
        title="焦岭县城市管理局关于规范使用高枝锯开展行道树冬季修剪作业的通知",
        record_title="焦岭县城市管理局关于规范使用高枝锯开展行道树冬季修剪作业的通知 ▸部门文件▸焦岭县人民政府网",
        date="2024-11-25",
        date_also=["2024-11-27"],
        notes="county portal: 索引号 table (the 文号 cell unmarked, neutral), 长辈版/读屏 links, a 纠错 line and "
        "12345 beside the bureau's own 联系人/电话/邮箱; 附件 list beside an attachment download link; "
        "抄送 and 印发 lines; 成文日期 under the signature, the portal's 发布日期 also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>焦岭县城市管理局关于规范使用高枝锯开展行道树冬季修剪作业的通知 ▸部门文件▸焦岭县人民政府网</title>
<meta name="SiteName" content="焦岭县人民政府网"><meta name="ColumnName" content="部门文件">
<script src="/js/jquery.min.js"></script><script src="/js/zfgl-tj.js"></script>
</head><body>
<div class="topbar">⟦a 长辈版 ｜ 读屏专用 ｜ 简/繁 ｜ 智能问答⟧</div>
<div class="header"><div class="logo">⟦m 焦岭县人民政府网⟧</div><div class="slogan">⟦m 山水焦岭 · 宜业宜居⟧</div>
<div class="sch"><input type="text" placeholder="请输入关键词"><button>⟦a 搜本站⟧</button></div></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进焦岭⟧</li></ul>
<div class="location">⟦m 当前位置：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县城市管理局⟧</div>
<table class="xxgk">
<tr><th>⟦m 索引号：JLX-CG-2024-00731⟧</th><th>⟦m 发布机构：焦岭县城市管理局⟧</th></tr>
<tr><th>⟦m 成文日期：2024年11月25日⟧</th><th>文　　号：焦城管〔2024〕46号</th></tr>
<tr><th>⟦m 发布日期：2024年11月27日⟧</th><th>⟦m 有效性：有效⟧</th></tr>
</table>
<div class="article">
<h1 class="title">{T}</h1>
<div class="tool">⟦a 【字号：特大 大 中 小】【打印此页】【关闭】⟧</div>
<div class="content">
{BODY}
</div>
<div class="fujian">⟦l 附件下载：1.行道树修剪作业登记表.xlsx　2.高枝锯作业安全检查表.docx⟧</div>
<div class="qr">⟦a 手机扫码，本文随身读⟧</div>
<div class="jc">⟦m 发现本页有错？网站纠错电话：0917-6620000⟧</div>
</div>
<div class="footer">
<p>⟦m 主办单位：焦岭县人民政府办公室　技术支持：焦岭县大数据服务中心⟧</p>
<p>⟦m 政务服务便民热线：12345　网站标识码：6107330013⟧</p>
<p>⟦m 陕ICP备05011942号　陕公网安备61073302000088号⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各街道办事处，县城市管理局各科室、二级单位，各绿化养护企业：
冬季是行道树整形修剪的集中时段。近年来，部分养护人员登梯、攀树修剪，存在高处坠落和锯枝砸伤行人、车辆的隐患。为保障作业安全，现就规范使用高枝锯开展行道树修剪作业通知如下：
一、修剪树高五米以下的侧枝、枯枝，原则上使用伸缩式高枝锯在地面作业，不再登梯攀树；确需高空作业的，须使用高空作业车并持证上岗。
二、作业前须在树下设置围挡和警示标志，安排专人疏导行人车辆；上下学时段不得在学校周边路段作业。
三、距架空电力线路两米以内的树枝一律不得自行锯切，由各养护企业报供电部门统一处理。
四、各养护企业于12月10日前完成高枝锯等工具的安全检查，填写登记表报县城市管理局绿化科。
联系人：庞丽娟，电话：0917-6623418，邮箱：jlcgj_lhk@163.com
附件：1. 行道树修剪作业登记表
2. 高枝锯作业安全检查表
焦岭县城市管理局
2024年11月25日
抄送：县应急管理局，国网焦岭县供电公司。
焦岭县城市管理局办公室　2024年11月25日印发
""",
    ),
    dict(
        slug="gov-linzhou-bulletin-ski-goggles-wrapped",
        site="凛州市人民政府门户 文字版 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.linzhou.gov.cn/xxgk/tzgg/202501/t20250127_518264.html",
        title="凛州市市场监督管理局关于滑雪场租赁滑雪镜卫生质量抽查情况的通报",
        record_title="凛州市市场监督管理局关于滑雪场租赁滑雪镜卫生质量抽查情况的通报〔信息公开·通知公告〕凛州市人民政府",
        date="2025-01-24",
        date_also=["2025-01-27"],
        notes="a portal saved as text, the body hard-wrapped at 58 columns; 文号 line under the title neutral; "
        "a results table one row a paragraph; the bureau's contact beside the portal's 12345 and 纠错 lines; "
        "成文日期 under the signature, the portal's 发布时间 also accepted",
        page="""
!m 凛州市人民政府
!a 无障碍　｜　关怀版　｜　English
!m 首页　政务公开　政务服务　政民互动　数据开放
!m 您所在的位置：首页 » 信息公开 » 通知公告
{T}
凛市监〔2025〕9号
!m 来源：市市场监督管理局　发布时间：2025-01-27 10:05　浏览：1463
!a [ 大字 | 标准 ] [ 打印 ] [ 分享 ]
{BODY}
!l 上一条：凛州市2024年第四季度消费品质量抽查结果公告
!l 下一条：关于开展冬季取暖器具质量安全检查的通知
!m 纠错请拨：0915-3120789　　便民服务热线：12345
!m 凛州市人民政府办公室主办　陕ICP备14003366号　网站标识码6109000002
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
各县（区）市场监督管理局，各滑雪场经营单位：
为保障雪季游客用眼安全，2025年1月上旬，市局对全市5家滑雪场租赁的滑雪镜开展了卫生和质量专项抽查，共抽检滑雪镜60副。现将抽查情况通报如下。
一、抽查结果
滑雪场　抽检数量　合格数量　主要问题
曼水滑雪场　12副　11副　一副镜片划痕严重
戚山滑雪场　12副　12副　无
杰湾冰雪乐园　12副　8副　消毒记录缺失，海绵垫霉变
焦岭云顶雪场　12副　10副　防雾涂层脱落
凛州北山雪场　12副　12副　无
二、处理意见
对抽查不合格的滑雪镜，相关滑雪场已当场下架。杰湾冰雪乐园须在1月31日前建立滑雪镜“一用一消毒”台账，海绵垫霉变的滑雪镜全部更换，整改情况书面报市局。
三、工作要求
各滑雪场要在租赁窗口公示滑雪镜消毒流程，镜片出现划痕、起雾严重的及时淘汰。各县（区）局要加强日常检查，春节前开展一次复查。
联系人：疏志刚，电话：0915-3126041
凛州市市场监督管理局
2025年1月24日
""",
    ),
    dict(
        slug="edu-chouxi-notice-insect-net-field-html",
        site="稠溪县教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.chouxi.edu.cn/tzgg/2025/0410/9837.html",
        title="稠溪县教育局关于规范中小学科学课野外采集活动的通知",
        record_title="〖局发通知〗稠溪县教育局关于规范中小学科学课野外采集活动的通知 - 局务通知 - 稠溪县教育网",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="education portal with 适老/读屏 links and attachment download links beside the notice's own 附件 "
        "list; the bureau's contact and mailbox beside a technical-support line; sentences telling schools "
        "to 下载 and fill in a form are body; page date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖局发通知〗稠溪县教育局关于规范中小学科学课野外采集活动的通知 - 局务通知 - 稠溪县教育网</title>
<link rel="stylesheet" href="/css/edu2023.css"></head><body>
<div class="tb">⟦a 适老版⟧ ⟦a 读屏模式⟧ <span>⟦m 今天是：星期四⟧</span></div>
<div class="banner">⟦m 稠溪县教育网 · 稠溪县教育局主办⟧</div>
<div class="menu">⟦m 首页　教育要闻　通知公告　政策法规　校园风采　招生考试⟧</div>
<div class="pos">⟦m 位置：首页 ➤ 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="meta">⟦m 发布日期：2025-04-10　来源：基础教育股　点击数：2287⟧</p>
<div class="art-con">
{BODY}
</div>
<div class="fjxz">
<p>⟦l 附件1：稠溪县中小学野外采集活动安全预案（模板）.doc⟧</p>
<p>⟦l 附件2：野外采集活动备案表.xls⟧</p>
</div>
<p class="scan">⟦a 用手机扫一扫，转发给同事⟧</p>
</div>
<div class="ft">
<p>⟦m 稠溪县教育局　地址：稠溪县城关镇文昌路8号⟧</p>
<p>⟦m 网站技术支持：0728-5561000（工作日9:00—17:00）⟧</p>
<p>⟦m 鄂ICP备10027519号-2⟧</p>
</div>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
各中小学、县直学校：
近年来，各校科学课、生物课组织学生到野外采集昆虫和植物标本的活动逐渐增多，对培养学生的科学素养起到了积极作用，但也存在活动前未备案、学生自制捕虫网不安全等问题。为规范此类活动，现将有关要求通知如下。
一、严格活动备案。组织学生到校外开展采集活动，须提前五个工作日将活动方案和安全预案报县教育局基础教育股备案，未经备案的一律不得组织。
二、规范采集工具。学生使用的捕虫网网柄应为竹、木或塑料材质，长度不超过1.2米，网圈不得使用带尖头的铁丝；采集刀、镊子等工具由教师统一保管发放。
三、落实安全责任。每10名学生至少配备1名教师，活动地点避开水库、河道和陡坡；不得组织学生捕捉有毒、有害昆虫。
四、倡导生态采集。以观察、拍照、记录为主，捕获的昆虫观察后原地放归，不得售卖标本。
请各校下载附件2填写备案表，于每学期开学后两周内报送。
联系人：簇雅琴，电话：0728-5563217，邮箱：cxjyj_jcjy@126.com
附件：1. 稠溪县中小学野外采集活动安全预案（模板）
2. 野外采集活动备案表
稠溪县教育局
2025年4月8日
""",
    ),
    dict(
        slug="edu-houyuan-notice-ski-goggles-record-text",
        site="厚原县第二中学校园网 文字版 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hyez.net/xxgg/2024/1212/1543.html",
        title="厚原县第二中学关于冬季滑雪课自备滑雪镜的通知",
        date="2024-12-10",
        date_also=["2024-12-12"],
        notes="record title as is; school site text with 读屏 and 适老 links; a 扫码 sentence in the body; the "
        "school office's own 咨询电话 beside the site's technical line; 成文日期 under the signature",
        page="""
!m 厚原县第二中学
!m 厚德笃学　原创致远
!a 读屏　适老　登录
!m 学校首页 ｜ 学校概况 ｜ 德育之窗 ｜ 教学科研 ｜ 学校公告
!m 当前栏目：学校公告
{T}
!m 作者：体育组　　日期：2024-12-12　　阅读：816
{BODY}
!a 【打印本页】【返回列表】
!l 上一篇：关于期末考试安排的通知
!l 下一篇：2024年冬季运动会获奖名单
!m 学校地址：厚原县城南新区育才路66号　网站技术支持：0919-7218800
""",
        indent="\u3000\u3000",
        body="""
各位家长：
本学期第十六周起，初一、初二年级的体育课将安排在曼水滑雪场开展冬季滑雪教学，每班共六次课。雪地紫外线强，反光刺眼，摔倒时还可能被雪板、雪杖划伤眼睛，学生上滑雪课必须佩戴滑雪镜。现将有关事项通知如下：
一、请家长为孩子准备一副儿童或青少年款滑雪镜，要求镜片防雾、防紫外线，镜框带海绵垫，能套在头盔外。近视的学生请选择可内戴眼镜的款式。
二、家中已有滑雪镜的不必另购；确有困难的，可向班主任说明，学校将从体育器材室借用。
三、滑雪镜请写上班级和姓名，放在镜袋里随身携带，不要用纸巾擦拭镜片内侧。
四、选购时请认准正规厂家产品，可扫描包装上的质量追溯码查询生产信息。
如有疑问，请拨打学校体育组电话：0919-7216035。
厚原县第二中学
2024年12月10日
""",
    ),
    dict(
        slug="party-linzhou-summary-step-boards-volunteers-html",
        site="凛州先锋网 (invented Party-building portal)",
        style="党建网",
        genre="总结",
        kind="summary",
        form="html",
        source="https://www.lzxianfeng.cn/jcdj/sqdj/202501/t20250120_30417.html",
        title="“踏板进楼栋 健康到家门”党员志愿服务活动总结",
        record_title="【楼栋微心愿】“踏板进楼栋 健康到家门”党员志愿服务活动总结_凛州先锋网",
        date="2025-01-15",
        date_also=["2025-01-20"],
        notes="Party portal with a study-points prompt, a read-on-phone line and photo captions between paragraphs; "
        "a service table one row a paragraph; the portal's date differs from the signature's",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【楼栋微心愿】“踏板进楼栋 健康到家门”党员志愿服务活动总结_凛州先锋网</title></head><body>
<div class="dj-top">⟦m 凛州先锋网　凛州市委组织部主办⟧　<a>⟦a 党员登录⟧</a></div>
<div class="dj-nav">⟦m 首页 · 基层党建 · 党员教育 · 先锋风采 · 组工动态⟧</div>
<div class="dj-pos">⟦m 首页 〉基层党建 〉社区党建⟧</div>
<div class="dj-art">
<h1>{T}</h1>
<div class="dj-info">⟦m 2025-01-20 09:42　来源：杰湾区宙光社区党委　阅读：687⟧</div>
<div class="dj-study">⟦a 阅读满3分钟可获得学习积分1分⟧</div>
<div class="dj-con">
{BODY}
</div>
<div class="dj-edit">⟦m 责任编辑：蓄秋萍　审核：焦文海⟧</div>
<div class="dj-qr">⟦a 扫码在手机上继续阅读⟧</div>
<div class="dj-rel"><h4>⟦l 相关链接⟧</h4><p>⟦l 宙光社区：楼栋党小组“微课堂”开进居民家⟧</p><p>⟦l 党员志愿者结对空巢老人“一对一”帮扶⟧</p></div>
</div>
<div class="dj-ft">⟦m 中共凛州市委组织部　版权所有　陕ICP备16002817号-1⟧</div>
</body></html>
""",
        body="""
2024年9月以来，宙光社区党委以楼栋党小组为单元，组织党员志愿者开展“踏板进楼栋 健康到家门”活动，把健身踏板和踏板操送到老旧小区的楼道口和小广场，帮助行动不便、不常出门的老人在家门口锻炼。现将活动情况总结如下。
一、主要做法
社区党委争取区体育局支持，配发健身踏板60块，按每个楼栋2到3块分放到楼栋党小组长家中保管；邀请社区卫生服务站医生为老人做膝关节评估，推荐合适的踏板高度；党员志愿者学会踏板操后，每周二、周五傍晚在楼栋口带操。
⟦m 图为党员志愿者在7号楼前带领老人练习踏板操⟧
二、活动成效
项目　数量
参与楼栋　24个
党员志愿者　37名
带操次数　412次
参与老人　286人次
三、存在的不足和下一步打算
部分踏板摆放在楼道里影响通行，冬季室外带操次数减少。下一步，社区将协调物业腾出两间闲置用房作为楼栋健身角，并把踏板操编入社区老年学校课程。
中共凛州市杰湾区宙光社区委员会
2025年1月15日
""",
    ),
    dict(
        slug="party-cuqiao-speech-pole-saw-vanguard-text",
        site="簇桥党建 文字版 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://dj.cuqiao.gov.cn/xfsy/2024/1205/442.html",
        title="在“修枝护线”党员先锋队出征仪式上的讲话",
        record_title="〔先锋号角〕在“修枝护线”党员先锋队出征仪式上的讲话——簇桥党建",
        date="2024-12-03",
        date_also=["2024-12-05"],
        notes="speech with the speaker line and a Chinese-numeral date under the title (neutral); a study "
        "prompt and a source line at the top, a likes row and footer after; the page date differs",
        page="""
!m 簇桥党建　簇桥镇党委主办
!m 首页 > 先锋示范 > 书记讲话
!t 〔先锋号角〕在“修枝护线”党员先锋队出征仪式上的讲话
!m 时间：2024-12-05　　来源：镇党政办
{T}
——簇桥镇党委书记　钟立群
（二〇二四年十二月三日）
{BODY}
!a 为本文点亮 ♥ 128　　　转发到党员群
!l 往期回顾：镇党委召开冬季农村用电安全专题会
!m 簇桥镇党委 版权所有　技术维护：0917-6690110
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天，“修枝护线”党员先锋队正式出征。冬季农网检修即将开始，全镇有37公里线路穿过果园和林带，树枝碰线是跳闸停电的头号原因。组建这支先锋队，就是要让党员带头把树障清理到位，保障群众温暖过冬。
这里，我向大家提三点要求。
第一，安全第一。修枝前必须和供电所联系停电，验电挂牌后再作业。一律使用绝缘杆高枝锯，严禁用金属杆工具靠近线路，严禁攀爬电杆和树木。
第二，群众至上。砍修果树枝条前要和农户说清楚，能修剪的不砍伐，修下的枝条帮助群众清运，不让群众吃亏。
第三，带头示范。每名党员联系一段线路，每周在党员群里晒一次进度，做到线路通道清、群众心里亮。
同志们，小小一把高枝锯，连着千家万户的电灯。希望大家发扬先锋精神，干出样子、守住安全，圆满完成这次清障任务！
""",
    ),
    dict(
        slug="exam-linzhou-notice-ski-instructor-goggles-html",
        site="凛州人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lzrsks.cn/zyjn/2025/0107/5520.html",
        title="关于2025年第一批滑雪指导员职业技能等级认定的通知",
        record_title="【职业技能·冰雪季】关于2025年第一批滑雪指导员职业技能等级认定的通知_凛州人事考试网",
        date="2025-01-06",
        date_also=["2025-01-07"],
        notes="exam site with a maintenance banner and an admission-ticket float; a timetable one row a "
        "paragraph; the exam centre's own 咨询电话 beside the site's technical line; sentences telling "
        "candidates to 下载 and 打印 the 准考证 are body; 发布时间 byline differs from the 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【职业技能·冰雪季】关于2025年第一批滑雪指导员职业技能等级认定的通知_凛州人事考试网</title></head><body>
<div class="notice-bar">⟦d 系统将于每周日凌晨1:00—5:00例行维护，届时暂停报名和查询⟧</div>
<div class="logo">⟦m 凛州人事考试网⟧</div>
<div class="nav">⟦m 首页　公务员考试　事业单位　职业技能　资格考试　成绩查询⟧</div>
<div class="crumb">⟦m 首页 ＞＞ 职业技能 ＞＞ 考试通知⟧</div>
<div class="wz">
<h1>{T}</h1>
<div class="sj">⟦m 发布时间：2025-01-07　发布者：职业技能鉴定科⟧</div>
<div class="nr">
{BODY}
</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口 ›⟧</div>
<div class="bottom">⟦m 凛州市人事考试中心　技术服务热线：0915-3188620⟧　⟦m 陕ICP备17009264号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各有关单位、各位考生：
根据年度职业技能等级认定计划，凛州市人事考试中心定于2025年1月下旬组织滑雪指导员（初级、中级）职业技能等级认定。现将有关事项通知如下。
一、报名时间：2025年1月8日至1月14日，通过本中心报名系统网上报名。
二、认定安排
科目　时间　地点
理论知识　1月22日9:00—10:30　凛州职业技术学院
技能操作　1月23日8:30起　凛州北山雪场初级道
三、考生须知
技能操作考核在雪场户外进行，考生须自备滑雪板、雪鞋、头盔和滑雪镜，滑雪镜须为防雾、防紫外线的正规产品，不得用太阳镜代替。未按要求佩戴护具的，不得参加技能操作考核。
请考生于1月20日起登录报名系统下载并打印准考证，考试当天凭准考证和身份证入场。
咨询电话：0915-3185017（工作日上午8:30—12:00）
凛州市人事考试中心
2025年1月6日
""",
    ),
    dict(
        slug="exam-manshui-notice-pole-saw-practical-record",
        site="曼水县人力资源和社会保障局 考试信息 文字版 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.manshui.gov.cn/ksxx/20250312/1186.html",
        title="2025年园林绿化工（高级）技能考核实操考场须知",
        record_date="2025-03-12",
        date="2025-03-12",
        notes="record gives title and date; an exam-information page as text; a numbered list; a technical "
        "line and a maintenance line around it",
        page="""
!m 曼水县人力资源和社会保障局
!m 考试信息 ｜ 技能鉴定 ｜ 成绩公示 ｜ 证书查询
{T}
!m 发布日期：2025-03-12　　信息来源：县职业技能鉴定所
!a 字号：［大］［中］［小］　　［打印］［关闭］
{BODY}
!d 注：本栏目信息以县职业技能鉴定所正式通知为准。
!m 网站维护：县人社局信息中心　0913-8722150
""",
        indent="\u3000\u3000",
        body="""
各位考生：
2025年园林绿化工（高级）技能考核实操部分定于3月22日在曼水县苗圃场进行，考核内容为乔木整形修剪，需使用高枝锯完成指定枝条的锯除。为保证考核安全有序，请考生遵守以下规定：
1. 考生须提前30分钟到达考场，凭准考证和身份证检录，迟到15分钟不得入场。
2. 高枝锯、安全帽、防护眼镜和防滑手套由考场统一提供，考生不得自带动力锯具。
3. 考核前考生应检查高枝锯伸缩杆锁扣是否锁紧，发现问题立即报告考评员。
4. 锯切时须站在枝条侧方，不得站在锯口正下方，不得将锯头指向他人。
5. 锯下的枝条须放入指定区域，考核结束后将工具交回并签字确认。
6. 违反安全规定经提醒不改的，考评员有权终止其考核。
预祝各位考生取得好成绩。
曼水县职业技能鉴定所
2025年3月12日
""",
    ),
    dict(
        slug="tender-qishan-result-ski-goggles-lots-html",
        site="戚山县公共资源交易网 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://ggzy.qishan.gov.cn/jyxx/zfcg/zbgg/20251029/71640.html",
        title="戚山县青少年冰雪运动训练中心滑雪镜及护具采购项目成交结果公告",
        record_title="戚山县青少年冰雪运动训练中心滑雪镜及护具采购项目成交结果公告【结果已出·公示期1个工作日】- 戚山县公共资源交易网",
        date="2025-10-28",
        date_also=["2025-10-29"],
        notes="tender portal with a publicity countdown, CA and trading-system lines beside the purchaser's "
        "and the agency's own contacts; lots table one row a paragraph; the 成文日期 under the signature, the portal's 信息时间 also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>戚山县青少年冰雪运动训练中心滑雪镜及护具采购项目成交结果公告【结果已出·公示期1个工作日】- 戚山县公共资源交易网</title>
<script src="/js/countdown.js"></script></head><body>
<div class="jy-top">⟦m 戚山县公共资源交易网⟧ <span>⟦a 投标人登录⟧</span> <span>⟦a 专家登录⟧</span></div>
<div class="jy-nav">⟦m 首页｜交易信息｜政府采购｜工程建设｜服务指南｜下载中心⟧</div>
<div class="jy-pos">⟦m 首页 / 交易信息 / 政府采购 / 结果公告⟧</div>
<div class="jy-detail">
<h3>{T}</h3>
<div class="jy-info">⟦m 信息时间：2025-10-29　阅读次数：205⟧</div>
<div class="jy-count">⟦a 公示剩余：0天 19时 42分⟧</div>
<div class="jy-con">
{BODY}
</div>
</div>
<div class="jy-side"><p>⟦m CA证书办理：0918-4410301⟧</p><p>⟦m 交易系统技术支持：400-667-0918⟧</p></div>
<div class="jy-ft">⟦m 戚山县公共资源交易中心　地址：戚山县政务服务中心四楼⟧　⟦m 陕ICP备19001547号-3⟧</div>
</body></html>
""",
        body="""
一、项目编号：QSCG-2025-0387
二、项目名称：戚山县青少年冰雪运动训练中心滑雪镜及护具采购项目
三、采购方式：竞争性磋商
四、成交信息
包号　品目　成交供应商　成交金额
1　青少年滑雪镜（防雾双层镜片）200副　凛州雪途体育用品有限公司　47600元
2　滑雪头盔及护臀、护膝150套　稠溪县冬远户外装备商行　88350元
五、主要标的信息：滑雪镜须为柱面或球面双层防雾镜片，紫外线防护等级UV400，镜框可兼容头盔，提供小、中两个尺码。
六、公告期限：自本公告发布之日起1个工作日。
七、联系方式
采购人：戚山县青少年冰雪运动训练中心，联系人：晃立新，电话：0918-4425516
采购代理机构：凛州嘉衡项目管理有限公司，联系人：稠晓雨，电话：0915-3307264
戚山县青少年冰雪运动训练中心
凛州嘉衡项目管理有限公司
2025年10月28日
""",
    ),
    dict(
        slug="tender-jiewan-inquiry-step-boards-text",
        site="杰湾区政府采购服务平台 文字版 (invented)",
        style="招投标网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://zfcg.jiewan.gov.cn/xjgg/2025/0310/2231.html",
        title="杰湾区老年大学健身踏板询价采购公告",
        record_title="【询价·体育器材】杰湾区老年大学健身踏板询价采购公告（报价截止3月17日）",
        date="2025-03-10",
        notes="inquiry notice as text: items table one row a paragraph; the purchaser's contact beside the "
        "platform's CA and service lines; sentences telling suppliers to 下载 the inquiry file are body",
        page="""
!m 杰湾区政府采购服务平台
!m 首页　采购公告　询价公告　结果公告　下载专区
!m 当前位置：首页 > 询价公告
!t 【询价·体育器材】杰湾区老年大学健身踏板询价采购公告（报价截止3月17日）
!m 发布单位：杰湾区老年大学　　公告类型：询价公告　　浏览量：97
{BODY}
!a 我要报价　　收藏公告
!m 平台服务热线：0915-3369900　　CA数字证书服务：0915-3369911
!m 版权所有：凛州市杰湾区财政局
""",
        indent="\u3000\u3000",
        body="""
杰湾区老年大学拟采购一批健身踏板，用于踏板操课程教学，现邀请符合条件的供应商参加询价。
一、采购内容
品名　规格要求　数量　最高限价
可调节健身踏板　高度10/15/20厘米三档可调，防滑面，承重不低于150千克　40块　260元/块
防滑橡胶垫　与踏板配套，厚度不低于5毫米　40块　45元/块
二、供应商资格：具有独立承担民事责任的能力，近三年无不良记录。
三、报价方式：供应商请于3月11日起登录本平台下载询价文件，于3月17日17:00前提交报价单，逾期不予受理。
四、交货期及地点：成交后15日内送至杰湾区老年大学体育馆。
五、联系方式：杰湾区老年大学，联系人：宙海燕，电话：0915-3352740
杰湾区老年大学
2025年3月10日
""",
    ),
]
