"""Holdout15, part A: government bodies no earlier part names — a civil air-defence office
(an old table-layout portal), a government offices administration, a staffing commission
office, a United Front department, a notary office, an arbitration commission, a drug
rehabilitation centre's print view, a hydrology station in a search cache, a people's armed
forces department, an exit-entry office, an organs work committee's PDF and a foreign
affairs office. Invented text (sites, places, people, numbers, URLs); see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="airdefence-luzhou-siren-notice-table-layout",
        site="鹭洲县人民防空办公室 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://rf.luzhou.example.gov.cn/tztg/2025/0912/4418.html",
        title="鹭洲县人民防空办公室关于2025年防空警报试鸣的通告",
        record_date="2025-09-12",
        date="2025-09-12",
        notes="old table layout (nav cells, a left column of links, the article in a cell); the notice's own 咨询电话 and 联系人 next to the footer's 值班电话; a signal table one row a paragraph",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>鹭洲县人民防空办公室关于2025年防空警报试鸣的通告</title>
<link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td class="top">⟦m 鹭洲县人民防空办公室　人民防空为人民⟧</td><td align="right"><a href="#">⟦a 设为主页⟧</a>｜<a href="#">⟦a 长辈版⟧</a>｜<a href="#">⟦a 繁體⟧</a></td></tr>
</table>
<table width="980" border="0" align="center" class="menu"><tr>
<td><a href="/">⟦m 网站首页⟧</a></td><td><a href="/jggk/">⟦m 机构概况⟧</a></td><td><a href="/rffg/">⟦m 人防法规⟧</a></td><td><a href="/gcjs/">⟦m 工程建设⟧</a></td><td><a href="/xcjy/">⟦m 宣传教育⟧</a></td></tr></table>
<table width="980" border="0" align="center"><tr>
<td width="220" valign="top">
<table width="100%"><tr><td class="lm">⟦l 栏目导航⟧</td></tr>
<tr><td>⟦l ·通知通告⟧</td></tr><tr><td>⟦l ·工作动态⟧</td></tr><tr><td>⟦l ·防空防灾知识⟧</td></tr></table>
</td>
<td width="760" valign="top">
<table width="100%"><tr><td class="wz">⟦m 所在栏目：网站首页 &gt;&gt; 通知通告⟧</td></tr>
<tr><td align="center" class="bt"><b>{T}</b></td></tr>
<tr><td align="center" class="xx">⟦m 录入：办公室　发布日期：2025年09月12日　浏览次数：[<span id="cnt">1206</span>]⟧</td></tr>
<tr><td class="nr">
{BODY}
</td></tr>
<tr><td align="right">⟦a 〖字号：大｜中｜小〗〖打印本文〗〖退出阅读〗⟧</td></tr>
</table></td></tr></table>
<table width="980" border="0" align="center"><tr><td class="foot">⟦m 主办：鹭洲县人民防空办公室　地址：鹭洲县滨江北路36号　值班电话：0596-3312110⟧<br>⟦m 闽ICP备15008826号-1　网站标识码：3506290031⟧<br>⟦d 本站原创信息未经授权不得转载摘编⟧</td></tr></table>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
为增强全民国防观念和防空防灾意识，检验城市防空警报设施性能，根据《中华人民共和国人民防空法》和省、市有关规定，经县人民政府批准，定于2025年9月20日（星期六）上午10时至10时23分在全县范围内组织防空警报试鸣。现将有关事项通告如下：
一、试鸣时间和信号
试鸣分三个阶段进行，各阶段信号如下：
信号种类　鸣放方式　时长
预先警报　鸣36秒停24秒，反复3遍　3分钟
空袭警报　鸣6秒停6秒，反复15遍　3分钟
解除警报　连续鸣放　3分钟
二、有关要求
（一）试鸣期间，全县各机关、企事业单位、学校和社区要利用警报鸣放时机，组织开展疏散演练和防空知识宣传教育。请广大群众听到警报后保持正常生产生活秩序，不要惊慌。
（二）各警报点维护管理单位要提前对警报器进行检查保养，确保试鸣时鸣响正常；试鸣结束后，请于9月22日前将鸣响情况报县人民防空办公室。
（三）试鸣期间如遇恶劣天气或其他特殊情况需要调整，将另行通告。
咨询电话：0596-3312367（工作日8:00—17:30），联系人：郑思远。
鹭洲县人民防空办公室
2025年9月12日
""",
    ),
    dict(
        slug="offices-songyang-pledge-saving-cn-date",
        site="崧阳市机关事务管理局 (invented)",
        style="政府门户",
        genre="倡议书",
        kind="notice",
        form="text",
        source="https://jgswj.songyang.example.gov.cn/gkml/tzgg/202506/t20250610_91027.html",
        title="关于在全市公共机构开展节约能源资源的倡议书",
        record_title="关于在全市公共机构开展节约能源资源的倡议书_通知公告_崧阳市机关事务管理局",
        date="2025-06-09",
        notes="record title with _column_site; a 1.–5. list whose items speak of 双面打印 and 扫描…二维码 next to the site's scan-to-phone prompt and print button; signature date in Chinese numerals only",
        page="""
!m 崧阳市机关事务管理局 · 政务公开专栏
!m 首页 ＞ 公开目录 ＞ 通知公告
{T}
!m 发文机构：市机关事务管理局　　浏览量：688
!a 扫一扫在手机打开当前页
{BODY}
!l 【相关稿件】
!l 市公共机构节能工作领导小组办公室2025年度工作要点
!l 全市公共机构生活垃圾分类工作推进会召开
!a 【打印正文】　【关闭页面】
!m 崧阳市机关事务管理局主办　技术保障：崧阳市政务信息中心
!m 网站识别码：4105020007　豫公网安备41050202000466号
""",
        indent="\u3000\u3000",
        body="""
全市各级党政机关、事业单位、团体组织及广大干部职工：
公共机构节约能源资源，是建设节约型社会的重要内容，也是党政机关过紧日子的具体体现。为在全市公共机构营造崇尚节约、反对浪费的浓厚氛围，市机关事务管理局向大家发出如下倡议：
1. 节约每一度电。夏季空调温度设置不低于26摄氏度，下班前关闭电脑、打印机、饮水机等办公设备电源，做到人走灯灭、人离机关。
2. 节约每一滴水。发现跑冒滴漏及时报修，推广使用节水器具，食堂、绿化用水做到循环利用。
3. 节约每一张纸。提倡双面打印、无纸化办公，内部材料尽量通过协同办公平台流转，减少纸质文件印发数量。
4. 节约每一粒粮。机关食堂按需供餐、小份供应，干部职工就餐践行“光盘行动”，杜绝舌尖上的浪费。
5. 绿色低碳出行。倡导1公里以内步行、3公里以内骑行、5公里以内乘坐公共交通，每月少开一天车。
欢迎各单位干部职工扫描办公区张贴的节能宣传二维码，参与“节能知识我来答”线上活动。让我们从现在做起、从点滴做起，争做节约能源资源的践行者和推动者！
崧阳市机关事务管理局
二〇二五年六月九日
""",
    ),
    dict(
        slug="staffing-yaochuan-summary-wrapped-byline",
        site="杳川县机构编制网 (invented)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.yaochuan-bb.example.gov.cn/gzdt/2025/0115/1093.html",
        title="杳川县委编办2024年工作总结",
        record_title=None,
        date="2025-01-15",
        notes="no record title; hard-wrapped at 62 columns with an indent; the only date is the 发布时间 byline; a font-size row with A+ A-",
        page="""
!m 杳川县机构编制网
!m ◎ 您在这里：首页 / 工作动态 / 年度总结
{T}
!m 发布时间：2025-01-15 10:20　　供稿单位：县委编办
!a 字号 A+ A A-
{BODY}
!l 上篇：县委编办召开2024年度民主生活会
!l 下篇：杳川县2025年事业单位年度报告公示
!d 〔本网所载文字如需转载请注明出处〕
!m 主办单位：中共杳川县委机构编制委员会办公室　备案号：湘ICP备17010235号
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
2024年，县委编办在县委、县编委的坚强领导下，紧扣服务全县中心工作，统筹用好机构编制资源，扎实推进机构编制管理科学化、规范化、法治化，各项工作取得新成效。
一、聚焦重点领域，机构职能体系持续优化
（一）稳妥推进县级机构改革。按照省、市统一部署，制定县级机构改革实施方案，涉及调整的12个部门全部在规定时限内完成挂牌、转隶和“三定”规定印发工作。
（二）深化乡镇（街道）管理体制改革。指导9个乡镇、2个街道完成职责清单编制，梳理基本履职事项96项、配合履职事项58项，厘清县乡权责边界。
（三）加强事业单位改革。撤并职能相近、规模过小的事业单位7个，收回事业编制64名，全部用于保障教育、卫生健康等重点民生领域。
二、聚焦资源盘活，编制使用效益不断提升
建立编制周转池制度，全年为县人民医院、县第二中学等单位周转使用编制41名；严格执行机构编制实名制管理，实现编制、岗位、人员、经费“四对应”，全年办理实名制业务1120余件。
三、聚焦监督检查，机构编制纪律有力维护
开展机构编制核查，重点检查超编进人、擅自设立内设机构等问题，发现问题5个，已全部督促整改到位。配合县委巡察办开展巡察工作，将机构编制工作纳入巡察内容。
四、2025年工作思路
2025年，我们将紧扣全县发展大局，持续深化机构改革后续工作，加强机构编制资源统筹，强化事中事后监管，为全县高质量发展提供坚强的体制机制保障。
""",
    ),
    dict(
        slug="unitedfront-yaochuan-speech-role-title-html",
        site="杳川统一战线 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://tzb.yaochuan.example.gov.cn/ldjh/2025/01/22/7713.html",
        title="县委常委、统战部部长钟晓岚在全县党外人士迎春座谈会上的讲话",
        record_title="县委常委、统战部部长钟晓岚在全县党外人士迎春座谈会上的讲话 - 杳川统一战线",
        date="2025-01-22",
        notes="modern template (header, nav, aside, footer); the title keeps the speaker's role and name; the date only in parentheses under the title (neutral); share bar and prev/next",
        page="""
<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>县委常委、统战部部长钟晓岚在全县党外人士迎春座谈会上的讲话 - 杳川统一战线</title>
<link rel="stylesheet" href="/static/css/main.css"><script src="/static/js/jquery.min.js"></script></head>
<body>
<header class="site-header"><div class="brand">⟦m 杳川统一战线⟧</div><div class="slogan">⟦m 同心同向　共谋发展⟧</div><div class="tools"><a>⟦a 无障碍阅读⟧</a> <a>⟦a 关怀版⟧</a></div></header>
<nav class="menu"><ul><li>⟦m 首页⟧</li><li>⟦m 统战要闻⟧</li><li>⟦m 多党合作⟧</li><li>⟦m 民族宗教⟧</li><li>⟦m 同心园地⟧</li></ul></nav>
<main class="wrap"><div class="crumbs">⟦m 首页 › 领导讲话⟧</div>
<article class="post"><h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 稿源：县委统战部　编辑：欧阳蕾　浏览量 <em>372</em>⟧</div>
<p class="date-under">（2025年1月22日）</p>
<div class="post-body">
{BODY}
</div>
<div class="post-share">⟦l 转发到：微信好友 ｜ QQ空间 ｜ 复制链接⟧</div>
<div class="post-nav"><a>⟦l ‹ 前一篇：县委统战部开展新春走访慰问活动⟧</a><a>⟦l 后一篇：全县民族团结进步创建工作推进会召开 ›⟧</a></div>
</article>
<aside class="side"><h3>⟦l 热点关注⟧</h3><ol><li>⟦l 全县新的社会阶层人士联谊会换届⟧</li><li>⟦l 同心实践基地揭牌⟧</li><li>⟦l 党外代表人士培训班开班⟧</li></ol></aside>
</main>
<footer><p>⟦d 中共杳川县委统战部 版权所有⟧</p><p>⟦m 地址：杳川县城关镇人民路1号　湘ICP备18007712号-2⟧</p></footer>
</body></html>
""",
        body="""
各位党外人士，同志们、朋友们：
岁末年初，万象更新。今天，我们在这里召开迎春座谈会，与大家一起回顾过去一年的工作，共商新一年发展大计。首先，我代表县委，向在座各位并通过你们，向全县各民主党派成员、无党派人士、党外知识分子、新的社会阶层人士致以新春的问候！
过去的一年，是全县统一战线工作亮点纷呈的一年。各民主党派、工商联和无党派人士围绕县委中心工作，深入开展调查研究，共提交调研报告17篇，其中《关于加快发展县域冷链物流的建议》等5篇得到县委、县政府主要领导批示；广大党外人士积极投身乡村振兴，开展“同心助学”“同心义诊”等活动40余场次，为全县经济社会发展作出了积极贡献。
新的一年，希望大家在三个方面再下功夫。
一是在坚定政治方向上再下功夫。要深入学习贯彻中央统战工作会议精神，不断巩固共同思想政治基础，始终做到思想上同心同德、目标上同心同向、行动上同心同行。
二是在服务发展大局上再下功夫。要发挥人才荟萃、智力密集的优势，围绕产业转型、县城建设、民生改善等重点课题建真言、献良策，多提有分量、有价值的意见建议。
三是在加强自身建设上再下功夫。要加强思想建设、组织建设和作风建设，培养一支数量充足、素质优良的党外代表人士队伍。
各位党外人士，朋友们，让我们更加紧密地团结在以习近平同志为核心的党中央周围，同心协力、砥砺前行，为谱写杳川高质量发展新篇章作出新的更大贡献！
最后，祝大家新春愉快、身体健康、阖家幸福！
""",
    ),
    dict(
        slug="notary-zhuan-announcement-no-date",
        site="渚安县公证处 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zhuangz.example.com.cn/bsgg/2025/330.html",
        title="渚安县公证处关于调整部分公证事项办理流程的公告",
        record_title=None,
        date=None,
        notes="no record title, no date anywhere; the announcement tells applicants to 下载 a form and to 扫码 for an appointment, next to the site's own download and mini-program prompts; a numbered list",
        page="""
!m 渚安县公证处　ZHU'AN NOTARY OFFICE
!m 导航：首页｜公证指南｜收费标准｜在线预约｜公证查询
!t ▍渚安县公证处关于调整部分公证事项办理流程的公告
!a 本页附件：暂无　｜　我要纠错
{BODY}
!a 微信搜索小程序“渚安公证”，足不出户办公证
!l 【您可能还关注】继承公证需要准备哪些材料？ / 委托公证办理须知
!m 本处地址：渚安县府前路8号司法服务中心一楼　办公时间：周一至周五8:30-17:30
!d 本网站所有内容仅供参考，具体以窗口办理要求为准。
""",
        body="""
为进一步优化公证服务，减少群众跑腿次数，经研究，自即日起对部分公证事项办理流程作如下调整：
1. 学历、学位、出生、无犯罪记录等涉外公证事项实行“一次申请、在线审核、邮寄送达”。申请人可在本处网站“表格下载”栏目下载申请表，填写后连同材料扫描件通过在线平台提交。
2. 委托、声明类公证事项实行预约办理。申请人可通过微信扫描本处大厅张贴的预约二维码，选择办理时段，到场后无需排队取号。
3. 继承类公证事项实行材料预审。申请人提交材料后，承办公证员将在3个工作日内告知是否需要补充，避免多次往返。
4. 对70周岁以上老年人、重病患者和行动不便的残疾人，经申请可提供上门办证服务。
如对调整后的流程有疑问，可拨打本处咨询电话0748-5526148，或在工作时间到服务大厅咨询。
特此公告。
渚安县公证处
""",
    ),
    dict(
        slug="arbitration-huijiang-minutes-printed-date",
        site="蕙江仲裁委员会 (invented)",
        style="政府门户",
        genre="会议纪要",
        kind="report",
        form="text",
        source="https://www.hjac.example.org.cn/zcdt/2025/0407/662.html",
        title="蕙江仲裁委员会2025年第一次仲裁员业务交流会会议纪要",
        record_title="【会议纪要】蕙江仲裁委员会2025年第一次仲裁员业务交流会会议纪要",
        date="2025-04-03",
        date_also=["2025-03-28", "2025-04-07"],
        notes="decorated record title; minutes with 时间/地点/主持/参加/记录 lines, a sentence about 下载 a template, a 抄送 line and an 印发 line; the page's posting date 2025-04-07 also accepted",
        page="""
!m 蕙江仲裁委员会　HUIJIANG ARBITRATION COMMISSION
!m 仲裁动态 ▸ 工作交流
{T}
!m 2025-04-07　　|　　撰稿：仲裁委办公室　　|　　阅读 164
!a 【收藏本文】【转发】
{BODY}
!l ◁ 上一条：我委召开2025年工作部署会
!l ▷ 下一条：关于公布第四届仲裁员名册的公告
!m 立案咨询：0771-2035880　传真：0771-2035881　地址：蕙江市金湖大道112号
""",
        body="""
时间：2025年3月28日下午14:30
地点：仲裁委员会三楼第一仲裁庭
主持：蕙江仲裁委员会副主任　严守诚
参加：在蕙仲裁员代表23人，仲裁委员会办公室全体工作人员
记录：陶可欣
会议围绕提升仲裁案件办理质量、规范仲裁程序等议题进行了交流研讨。现将会议主要内容纪要如下：
一、关于仲裁案件审理期限
与会人员认为，2024年我委受理案件平均审理期限为62天，较上年缩短9天，但建设工程类案件审限偏长的问题仍较突出。会议明确，今后对案情复杂、需要鉴定的案件，首席仲裁员应当在组庭后15日内制定审理计划，报办公室备案。
二、关于裁决书制作规范
会议要求，裁决书应当做到事实认定清楚、说理充分、格式统一。办公室将于4月底前修订裁决书格式样本，并在内部工作平台发布，供各位仲裁员下载使用。
三、关于线上开庭
会议同意继续推行线上开庭，对双方当事人均同意的小额案件，原则上采用线上方式审理。线上开庭应当全程录音录像，庭审笔录由当事人在线确认。
四、关于仲裁员培训
会议决定，2025年组织仲裁员集中培训两次，重点学习新修订的仲裁法及相关司法解释，培训情况纳入仲裁员年度考核。
出席会议的仲裁员一致表示，将严格遵守仲裁员守则，公正高效办理每一起案件。
抄送：市司法局，市中级人民法院立案庭。
蕙江仲裁委员会办公室　　2025年4月3日印发
""",
    ),
    dict(
        slug="rehab-tiaoshan-notice-print-view",
        site="苕山强制隔离戒毒所 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jds.tiaoshan.example.gov.cn/jwgk/print.jsp?id=20250512003",
        title="苕山强制隔离戒毒所关于开展2025年第二季度戒毒人员家属开放日活动的通知",
        record_title="苕山强制隔离戒毒所关于开展2025年第二季度戒毒人员家属开放日活动的通知 - 打印预览",
        date="2025-05-12",
        notes="a print view: a print-time stamp and the page address at the top (no date), print/close buttons and a 版权 line at the bottom; the notice's own 联系人/电话 and an 附件 list; signature date",
        page="""
!m 苕山强制隔离戒毒所 · 所务公开
!m 打印时间：2025/05/19 14:02:11
!m 原文地址：http://jds.tiaoshan.example.gov.cn/jwgk/20250512003.html
{T}
{BODY}
!a ［立即打印］　［返回原页］
!d ©苕山强制隔离戒毒所　转载请注明来源
""",
        indent="\u3000\u3000",
        body="""
各戒毒人员家属：
为进一步深化所务公开，让家属了解戒毒人员的生活、教育和康复情况，共同做好教育挽救工作，我所定于2025年5月24日（星期六）举办第二季度家属开放日活动。现将有关事项通知如下：
一、活动时间
2025年5月24日上午9:00—11:30，8:30开始在所大门口接待登记。
二、活动内容
（一）参观戒毒人员宿舍、食堂、康复训练场所和习艺车间；
（二）观看戒毒人员康复训练展示和文艺汇演；
（三）与戒毒人员进行面对面帮教谈话，每户限时30分钟。
三、参加对象
每名戒毒人员可邀请直系亲属2名参加，须携带本人身份证原件，未成年人不得参加。
四、报名方式
请于5月20日前拨打电话报名，逾期不再受理。联系人：潘警官，电话：0739-4127735。
附件：1. 家属开放日报名登记表
2. 家属开放日活动须知
苕山强制隔离戒毒所
2025年5月12日
""",
    ),
    dict(
        slug="hydrology-huangshan-bulletin-search-cache",
        site="搜索缓存 of 璜山水文站 (invented)",
        style="搜索快照",
        genre="简报",
        kind="report",
        form="text",
        source="http://snapshot.souyi.example.com/cache?u=sw.huangshan.example.gov.cn%2Fsqjb%2F0618.html",
        title="璜山水文站2025年第3期水情简报",
        record_title=None,
        date="2025-06-18",
        notes="a search engine's cached copy: the cache banner with its save time (no date), a keyword note; the hydrology station's header and its 发布时间 byline inside; a table of stations one row a paragraph; no record title",
        page="""
!d 本页是搜一下于2025年06月21日08:15:40保存的网页缓存，原网页可能已经更新或删除。
!d 提示：您查询的关键词“璜山 水情”在下文中以高亮显示
!m 璜山水文站　水情服务
{T}
!m 发布时间：2025-06-18　发布单位：璜山水文站
{BODY}
!m 璜山水文站 版权所有　站址：璜山镇河埠街2号　值班：0575-8619321
!l 往期简报：第2期（6月11日）｜第1期（6月3日）
""",
        body="""
6月15日至17日，我站控制流域普降大到暴雨，局部大暴雨，流域面平均降雨量86.4毫米，最大点雨量为上溪口站162.5毫米。受降雨影响，璜溪干流及主要支流水位明显上涨。
一、主要站点水情
站名　最高水位（米）　出现时间　超警戒（米）
璜山站　38.72　17日06时　0.52
上溪口站　52.16　16日22时　未超警
龙潭站　29.40　17日09时　0.18
二、水库蓄水情况
截至18日8时，流域内大中型水库蓄水总量1.36亿立方米，较常年同期偏多12%；东岙水库水位超汛限0.31米，已按调度指令开闸泄洪。
三、未来趋势
据气象部门预报，19日至21日流域仍有中到大雨，预计璜山站水位将在警戒水位附近波动。请沿河各乡镇加强巡堤查险，做好低洼地带人员转移准备。
""",
    ),
    dict(
        slug="armedforces-zhuan-conscription-html-record",
        site="渚安县人民武装部 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rwb.zhuan.example.gov.cn/zbgz/2025/0802/1207.html",
        title="渚安县2025年下半年征兵公告",
        record_date="2025-08-02",
        date="2025-08-02",
        notes="modern government template with a left column menu and a right column of 热门; a schedule table one row a paragraph; the notice's own 咨询电话 and a URL of the national conscription site in the body; QR-code prompt and share icons",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>渚安县2025年下半年征兵公告-渚安县人民武装部</title></head>
<body>
<div class="g-top"><span>⟦m 渚安县人民武装部⟧</span><span>⟦m 依法服兵役　光荣报效国⟧</span><a>⟦a 登录｜注册⟧</a></div>
<div class="g-nav"><a>⟦m 首　页⟧</a><a>⟦m 征兵工作⟧</a><a>⟦m 民兵建设⟧</a><a>⟦m 国防教育⟧</a><a>⟦m 双拥优抚⟧</a></div>
<div class="g-body">
<div class="g-left"><dl><dt>⟦l 征兵工作⟧</dt><dd>⟦l 征兵政策⟧</dd><dd>⟦l 体检政考⟧</dd><dd>⟦l 光荣榜⟧</dd></dl></div>
<div class="g-main"><div class="loc">⟦m 您的位置：首页 > 征兵工作 > 征兵政策⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 日期：2025-08-02　供稿：县人武部动员科　访问量：2981⟧</div>
<div class="txt">
{BODY}
</div>
<div class="qr">⟦a 用手机扫描二维码，分享本页⟧</div>
<div class="share">⟦l 分享：微信　微博　QQ⟧</div>
</div>
<div class="g-right"><h4>⟦l 热门⟧</h4><ul><li>⟦l 大学生参军入伍优待政策问答⟧</li><li>⟦l 2025年上半年新兵起运仪式举行⟧</li></ul></div>
</div>
<div class="g-foot">⟦m 渚安县人民武装部主办　地址：渚安县拥军路3号⟧ ⟦m 湘ICP备16018844号⟧</div>
</body></html>
""",
        body="""
根据《中华人民共和国兵役法》和上级征兵命令，渚安县2025年下半年征兵工作即将开始。现将有关事项公告如下：
一、征集对象
以大学毕业生为重点，优先征集理工类大学生和备战打仗急需的专业技能人才。男青年年龄为2025年年满18至22周岁，普通高等学校毕业生可放宽至24周岁，研究生可放宽至26周岁。
二、报名方式
有意应征的青年请登录“全国征兵网”（www.gfbzb.example.gov.cn）进行网上报名，打印《男性公民兵役登记表》或《应征报名登记表》，按时参加初检初考。
三、时间安排
阶段　时间　地点
初检初考　8月10日至8月15日　各乡镇卫生院
体格检查　8月20日至8月28日　县征兵体检站
政治考核　8月20日至9月10日　户籍所在地派出所
审定新兵　9月12日　县征兵办公室
四、优待政策
义务兵服役期间，家庭按规定享受优待金；退役后可享受学费资助、考研加分、公务员定向招录等政策。
咨询电话：0731-5526018（县征兵办公室）。
渚安县征兵办公室
2025年8月2日
""",
    ),
    dict(
        slug="exitentry-dianshui-announcement-wrapped-cn",
        site="淀水市公安局出入境管理支队 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://crj.dianshui.example.gov.cn/tzgg/20250701/11.html",
        title="关于暑期出入境证件办理高峰期间调整服务时间的公告",
        record_title="关于暑期出入境证件办理高峰期间调整服务时间的公告（转载）",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="decorated record title; hard-wrapped at 58 columns; a 发布日期 byline a day after the signature date (also accepted); an 预约 sentence with 扫码 in the body; the page's police-service hotline and a 12367 line in the body",
        page="""
!m 淀水公安·出入境服务
!m 〉首页〉通知公告〉正文
{T}
!m 发布日期：2025-07-02　责任单位：出入境管理支队　字数：486
!a 🔊 语音播报
{BODY}
!l ［上一则］外国人临时住宿登记办理指南
!l ［下一则］电子往来港澳通行证签注常见问题
!m 公安服务热线：110　政务服务热线：12345
!m 淀水市公安局主办　网站标识码：3305000061
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
暑期是出入境证件办理的高峰期。为方便广大群众办理出入境证件，减少排队等候时间，自2025年7月5日至8月31日，全市各出入境接待大厅调整服务时间，现公告如下：
一、市出入境接待大厅周一至周五实行延时服务，受理时间延长至19:00；周六、周日上午9:00至12:00正常受理业务。
二、各县（市、区）出入境接待大厅周六上午照常受理，具体安排以各地公告为准。
三、申请人可关注“淀水出入境”政务号，通过扫码预约办理时段，预约成功后按时到场，无需现场取号。
四、已在异地办理过证件的申请人，可通过自助签注机办理签注业务，全市共设自助签注点24个。
如需咨询，请拨打国家移民管理局12367服务热线或市出入境接待大厅电话0571-8720331。
淀水市公安局出入境管理支队
2025年7月1日
""",
    ),
    dict(
        slug="organswork-zhuan-insight-pdf-paren-markers",
        site="渚安县直机关工委 (invented)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://jggw.zhuan.example.gov.cn/uploads/2025/04/xinde_zhangyu.pdf",
        title="学习《中国共产党纪律处分条例》心得体会",
        record_title="学习《中国共产党纪律处分条例》心得体会（县财政局机关支部 张宇）.pdf",
        date="2025-04-16",
        notes="a PDF in the organs work committee's column: file-name record title; the text cut by ⟮N⟯ page markers glued to the continuation; the author line under the title neutral; signature date",
        page="""
!m 渚安机关党建 > 学习园地 > 心得交流
!t 学习《中国共产党纪律处分条例》心得体会（县财政局机关支部 张宇）.pdf
!a 在线预览｜附件下载（236KB）
{T}
县财政局机关支部　张宇
{BODY}
!m 文件上传：县直机关工委宣传科
""",
        pages=dict(fmt="⟮{n}⟯", every=170, start=2, glue=True),
        body="""
按照机关党支部学习计划，我认真研读了新修订的《中国共产党纪律处分条例》，并参加了支部组织的专题研讨。通过学习，我对党的纪律建设有了更加全面深刻的认识，现将学习体会报告如下。
一、纪律是党员干部必须遵守的行为规范
条例把党的政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律细化为具体条款，为党员干部划出了清晰的底线。作为一名财政干部，每天经手的是预算资金和各类补助资金，更要时刻对照条例检视自己，做到心中有戒、手中有尺。
二、严守纪律要从日常小事做起
条例中的很多条款针对的是日常工作中的细节，比如违规收受礼品、违规使用公车、违规发放津贴补贴等。这些问题看似细小，但积少成多就会滑向违纪违法的深渊。我将从按时参加组织生活、如实报告个人事项、规范办理每一笔资金拨付做起，把纪律要求落实到每一个工作环节。
三、把学习成果转化为推动工作的动力
学习条例不是为了束缚手脚，而是为了更好地干事创业。我将把纪律意识融入预算编制、资金监管、绩效评价等各项业务工作中，严格按照制度办事、按照程序用钱，努力做一名让组织放心、让群众满意的财政干部。
2025年4月16日
""",
    ),
    dict(
        slug="foreignaffairs-songyang-letter-index-table",
        site="崧阳市人民政府外事办公室 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="html",
        source="http://wsb.songyang.example.gov.cn/xxgk/202504/t20250421_5502.html",
        title="崧阳市人民政府外事办公室关于商请协助接待日本友好城市代表团的函",
        record_title=None,
        date="2025-04-18",
        date_also=["2025-04-21"],
        notes="an information-disclosure page with an index table (索引号, 公开方式…) whose 成文日期 and 发布日期 cells are chrome; the document number on its own line (neutral); the letter's own 联系人/电话/邮箱; date in Chinese numerals under the signature",
        page="""
<html><head><meta charset="utf-8"><title>崧阳市人民政府外事办公室关于商请协助接待日本友好城市代表团的函</title></head>
<body>
<div id="header">⟦m 崧阳市人民政府外事办公室⟧<span class="en">⟦m Foreign Affairs Office of Songyang Municipal Government⟧</span></div>
<div id="nav">⟦m 首页 | 机构职能 | 外事动态 | 友城交往 | 信息公开 | 办事服务⟧</div>
<table class="syh" border="1">
<tr><td>⟦m 索引号：11410502MB1837261X/2025-00412⟧</td><td>⟦m 主题分类：外事⟧</td></tr>
<tr><td>⟦m 发文机关：市外办⟧</td><td>⟦m 成文日期：2025-04-18⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 发布日期：2025-04-21⟧</td></tr>
</table>
<div class="title"><h1>{T}</h1></div>
<div class="wh">崧外办函〔2025〕17号</div>
<div class="article">
{BODY}
</div>
<div class="btns">⟦a 【纠错】【收藏】【打印】【关闭】⟧</div>
<div class="ft">⟦m 主办单位：崧阳市人民政府外事办公室　联系电话：0393-2216801⟧<br>⟦m 豫ICP备05006672号　豫公网安备41050202000217号⟧</div>
</body></html>
""",
        body="""
市文化广电和旅游局：
应我市邀请，日本国友好城市高津市副市长田中健一率经贸文化代表团一行8人，拟于2025年5月13日至15日访问我市。代表团此行将参观我市文化遗产保护项目，考察文旅产业合作，并出席两市缔结友好城市关系二十周年纪念活动。
为做好接待工作，特商请贵局协助办理以下事项：
一、安排代表团参观市博物馆和老城历史文化街区，并派出熟悉情况的讲解人员；
二、协调组织一场体现我市地方特色的文艺演出；
三、提供我市文旅资源推介材料（中日文版）各30份。
请贵局于5月6日前将有关安排函告我办。
联系人：贺一帆，电话：0393-2216837，邮箱：hyf_wsb@songyang.example.gov.cn。
崧阳市人民政府外事办公室
二〇二五年四月十八日
""",
    ),
]
