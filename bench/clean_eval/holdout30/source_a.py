"""holdout30, part A: county offices no earlier part names — an audit bureau, a copyright
bureau, a weather-modification office (old table layout), an industry-and-IT bureau, a
treasury payment centre's minutes, the Jiusan Society and the Zhi Gong Party's branches, a
forest-pest quarantine station on a news portal, a lion-dance festival, a development-and-
reform bureau in a search snapshot, a rural water-supply station's print view and a
Peasants and Workers Party committee's forwarded mail. Invented text (places, people,
sites, URLs, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="audit-congchuan-rectify-notice-html",
        site="琮川县审计局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://sjj.congchuan.example.gov.cn/tzgg/2025/0414/6612.shtml",
        title="关于报送2024年度审计发现问题整改情况的通知",
        record_title="关于报送2024年度审计发现问题整改情况的通知_通知公告_琮川县审计局",
        date="2025-04-11",
        date_also=["2025-04-14"],
        notes="modern county template; byline 发布时间 differs from the 成文日期 (expected); the notice's own 联系人/电话 beside the site's 监督举报电话 in the footer; 附件 list; a share row glued after a paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于报送2024年度审计发现问题整改情况的通知_通知公告_琮川县审计局</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦m 今天是：星期一⟧　<a>⟦a 无障碍浏览⟧</a>　<a>⟦a 长者模式⟧</a></div>
<div class="logo">⟦m 琮川县审计局　依法审计 服务大局⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 审计公告⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您在这里：首页 ＞＞ 通知公告 ＞＞ 正文⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 发布时间：2025-04-14 16:20　信息来源：办公室　点击量：[ 217 ]⟧</div>
<div class="zoom">⟦a 【 字号调整：放大 原样 缩小 】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：QQ空间 微博 微信好友⟧</div>
<div class="pn"><p>⟦l 上一条：县审计局开展“审计开放日”活动⟧</p><p>⟦l 下一条：2025年第一季度政府投资项目审计计划公示⟧</p></div>
<div class="side"><h4>⟦l 热点关注⟧</h4><ul><li>⟦l 审计整改“回头看”工作有序推进⟧</li><li>⟦l 我局召开青年干部读书分享会⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：琮川县审计局　地址：琮川县东岳路12号⟧</p><p>⟦m 监督举报电话：0738-6610012⟧　⟦m 湘ICP备18004421号-3⟧</p><p>⟦m 网站标识码：4313220011⟧</p></div>
<script>document.write('<span>统计</span>');</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直各单位：
根据《中华人民共和国审计法》和县政府工作安排，为推动审计发现问题整改到位，现就报送2024年度审计发现问题整改情况有关事项通知如下。
一、报送范围。2024年度县本级预算执行审计、经济责任审计和专项审计中发现问题的被审计单位。
二、报送内容。逐项说明问题整改措施、整改结果、尚未完成整改的原因和下一步计划，并附相关佐证材料。⟦a 打印本页｜关闭窗口⟧
三、报送时间。请于2025年5月20日前将整改报告纸质版（加盖公章）报送县审计局法规审理股，电子版同时发送至指定邮箱。
联系人：左明珂，联系电话：0738-6610287，邮箱：cczgbs@congchuan.example.gov.cn。
附件：1.审计发现问题整改情况统计表
2.整改佐证材料清单
琮川县审计局
2025年4月11日
""",
    ),
    dict(
        slug="copyright-huangxi-software-plan-cn-date",
        site="璜溪县版权局 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.huangxi.example.gov.cn/bqj/gzdt/202503/t20250307_88123.html",
        title="璜溪县2025年推进使用正版软件工作实施方案",
        record_title=None,
        date="2025-03-05",
        notes="no record title; a breadcrumb and a county portal's header; 附件 list and 抄送 line kept; 成文日期 in Chinese numerals; a 'print / close' row and a portal footer",
        page="""
!m 璜溪县人民政府门户网站
!m 首页 / 部门动态 / 县委宣传部（县版权局）
!t 璜溪县2025年推进使用正版软件工作实施方案
!m 来源：县版权局　　时间：2025年03月07日　　浏览次数：96
璜版发〔2025〕3号
{BODY}
!a 【打印此页】　【关闭】
!l 相关文章：
!l 县版权局开展“4·26”知识产权宣传周活动
!l 关于开展2025年度作品登记补贴申报的公告
!m 版权所有：璜溪县人民政府办公室　　技术支持：璜溪县大数据中心
!m 湘公网安备 43052702000311号
""",
        indent="\u3000\u3000",
        body="""
为进一步巩固全县软件正版化工作成果，建立健全长效机制，结合我县实际，制定本方案。
一、工作目标
到2025年底，全县党政机关、事业单位和国有企业全面实现软件正版化，新购计算机预装正版操作系统率达到100%。
二、重点任务
（一）开展软件资产清查。各单位于4月30日前完成本单位计算机及软件的清查登记，建立软件资产台账。
（二）规范软件采购。采购计算机办公设备时，应将正版软件纳入采购预算，不得采购预装盗版软件的设备。
（三）加强日常管理。明确专人负责软件安装、使用和维护，严禁在办公计算机上下载、安装未经授权的软件。
三、工作要求
各单位要高度重视，于11月15日前将工作总结报县版权局，县版权局将会同有关部门开展抽查。
附件：1.软件资产登记表
2.正版化工作联络员名单
抄送：市版权局，县推进使用正版软件工作联席会议各成员单位。
璜溪县版权局
二〇二五年三月五日
""",
    ),
    dict(
        slug="rengying-hengshan-old-table-firing-notice",
        site="珩山县人工影响天气办公室 (invented, old gb2312 table layout)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hsrgyx.example.gov.cn/news_view.asp?id=1207",
        title="关于开展2025年夏季人工增雨防雹作业的公告",
        record_title="关于开展2025年夏季人工增雨防雹作业的公告",
        date="2025-05-26",
        record_date="2025-05-26",
        notes="old gb2312 table layout: a marquee, a visitor counter, a 浏览字号 A+ A A- row; an operation-site table (one row a paragraph, cells apart by ideographic spaces); the notice's own 联系电话 beside the office's 值班 line in the footer",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>珩山县人工影响天气办公室</title></head>
<body bgcolor="#eef3f8"><table width="960" align="center" border="0"><tr><td colspan="2">⟦m 珩山县人工影响天气办公室⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 科学作业　安全第一　服务农业防灾减灾⟧</marquee></td></tr>
<tr><td width="200" valign="top"><table><tr><td>⟦m 栏目导航⟧</td></tr><tr><td>⟦m ·工作动态⟧</td></tr><tr><td>⟦m ·作业公告⟧</td></tr><tr><td>⟦m ·科普园地⟧</td></tr></table>
<p>⟦m 您是第 0031846 位访客⟧</p></td>
<td valign="top"><table width="100%"><tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 添加时间：2025-5-26　作者：管理员　阅读：402 次⟧　⟦a 浏览字号：[A+] [A] [A-]⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a [收藏本文] [告诉好友] [关闭窗口]⟧</td></tr></table></td></tr>
<tr><td colspan="2" align="center">⟦m 主办单位：珩山县人工影响天气办公室　办公室值班：0736-5521190⟧<br>⟦m 建议使用1024×768分辨率浏览　湘ICP备09011302号⟧</td></tr></table>
</body></html>
""",
        p_html="<p>\u3000\u3000{}</p>",
        body="""
为减轻冰雹灾害对烤烟、柑橘等经济作物的危害，经上级业务主管部门批准，我县定于2025年6月1日至9月30日在下列作业点适时开展人工增雨防雹作业。
作业点　所在乡镇　作业方式
1号点　白沙镇青龙村　高炮、火箭
2号点　石门乡桃坪村　火箭
3号点　峡口镇茶园村　火箭
作业期间，作业点周边半径三公里范围内的群众请勿靠近发射区域，发现未爆炸的炮弹残骸或火箭弹残骸时，请不要触摸、拆卸或私自处理，请立即报告当地政府或拨打本办联系电话。
联系电话：0736-5521036（工作日），0736-5521188（作业期间24小时）。
珩山县人工影响天气办公室
2025年5月26日
""",
    ),
    dict(
        slug="gxj-tangkou-techreform-wrapped",
        site="瑭口区工业和信息化局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.tangkou.example.gov.cn/gxj/tzgg/202506/t20250603_3301.html",
        title="关于组织申报2025年度企业技术改造专项资金项目的通知",
        record_title="关于组织申报2025年度企业技术改造专项资金项目的通知 - 瑭口区人民政府",
        date="2025-06-02",
        notes="hard-wrapped at 62 columns; decorated record title (- site); the document's own 申报系统 URL and 邮箱 kept; decimal headings 1.1/1.2; a numbered list; a writing-free portal footer with ICP and 网站标识码",
        page="""
!m 瑭口区人民政府　　部门文件　　区工信局
!m 当前位置：首页 > 政务公开 > 通知公告
!t 关于组织申报2025年度企业技术改造专项资金项目的通知
!m 发文机构：瑭口区工业和信息化局　｜　成文：2025-06-02　｜　公开方式：主动公开
瑭工信〔2025〕27号
{BODY}
!a 扫一扫在手机打开当前页
!l 【上一篇】区工信局召开规上工业企业运行调度会
!l 【下一篇】2025年瑭口区中小企业服务月活动启动
!m 网站标识码 3502060018　　闽ICP备13009917号-2
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
各街道（镇），各有关企业：
为推动全区制造业高端化、智能化、绿色化发展，根据《瑭口区促进工业企业技术改造若干措施》，现组织申报2025年度企业技术改造专项资金项目，有关事项通知如下。
一、申报条件
1.1 在本区注册登记、具有独立法人资格的规模以上工业企业。
1.2 项目已于2024年1月1日以后开工建设，设备投资额不低于300万元。
二、支持方式
对符合条件的项目，按设备投资额的8%给予补助，单个项目最高不超过200万元。
三、申报程序
1.企业登录瑭口区惠企服务平台（https://hqfw.tangkou.example.gov.cn）在线填报。
2.各街道（镇）对申报材料进行初审，并出具推荐意见。
3.区工信局会同区财政局组织专家评审，结果在区政府网站公示。
申报截止时间为2025年7月10日，逾期不予受理。联系邮箱：tkgxj_jg@tangkou.example.gov.cn。
瑭口区工业和信息化局
2025年6月2日
""",
    ),
    dict(
        slug="treasury-jiyuan-minutes-oa",
        site="玑原县财政局 (invented)",
        style="政府门户",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://czj.jiyuan.example.gov.cn/zwgk/hyjy/2025/0318/451.html",
        title="县国库集中支付中心2025年第一次业务工作会议纪要",
        record_title="【会议纪要】县国库集中支付中心2025年第一次业务工作会议纪要",
        date="2025-03-14",
        date_also=["2025-03-12"],
        notes="minutes: 时间/地点/主持/参会/记录 lines kept; 印发 date expected, the meeting's date also accepted; a 【会议纪要】 column label in the record title; a 字号 and print row between the meta line and the body",
        page="""
!m 玑原县财政局（县国库集中支付中心）
!m 首页 ＞ 政务公开 ＞ 会议纪要
!t 县国库集中支付中心2025年第一次业务工作会议纪要
!m 发布机构：县国库集中支付中心　发布日期：2025-03-18　【字号：特大 大 中 小】
!a 打印正文　　下载附件
{BODY}
!l 本栏目最新：
!l ·县财政局召开全县预算绩效管理培训会
!l ·2024年县级部门决算公开情况说明
!m Copyright 玑原县财政局 All Rights Reserved　地址：玑原县迎宾大道88号　邮编：418300
""",
        body="""
时间：2025年3月12日上午9时
地点：县财政局五楼会议室
主持：中心主任　曹文翰
参会：中心全体工作人员，各乡镇财政所分管支付业务的负责同志
记录：聂慧玲
会议传达了全省国库集中支付电子化管理工作视频会议精神，研究部署了今年支付业务重点工作。纪要如下：
一、会议要求，3月底前完成全部预算单位电子凭证签章设备的更换，各乡镇财政所负责组织本乡镇所属单位做好签章证书的申领和安装。
二、会议明确，对单笔支付金额在50万元以上的业务实行“双人复核”，复核记录随凭证一并归档。
三、会议决定，由业务一股牵头，于4月中旬举办一期支付业务培训班，培训对象为各预算单位报账员。
玑原县国库集中支付中心
2025年3月14日印发
""",
    ),
    dict(
        slug="jiusan-juling-speech-under-title-html",
        site="九三学社琚岭县委员会 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.jsjuling.example.org.cn/shwh/2025/0120/233.html",
        title="在九三学社琚岭县委员会2025年社员大会上的讲话",
        record_title=None,
        date="2025-01-18",
        notes="no record title; a democratic party's modern template; speaker line and date under the speech title neutral (date expected); a 学习园地 sidebar, a footer with 投稿邮箱 (site's) and a QR prompt",
        page="""
<html><head><meta charset="utf-8"><title>九三学社琚岭县委员会 - 社务活动</title></head><body>
<header><div class="brand">⟦m 九三学社琚岭县委员会⟧</div><div class="motto">⟦m 民主　科学　团结　奉献⟧</div>
<nav>⟦m 首页 | 组织建设 | 参政议政 | 社务活动 | 社员风采 | 学习园地⟧</nav></header>
<div class="path">⟦m 位置：首页 » 社务活动⟧</div>
<article><h1>{T}</h1>
<p class="speaker">主委　杭雪岑</p>
<p class="speaker">（2025年1月18日）</p>
{BODY}
</article>
<aside><h3>⟦l 学习园地⟧</h3><ul><li>⟦l 社员学习心得选登（之二）⟧</li><li>⟦l 县委会开展参政议政专题培训⟧</li></ul></aside>
<footer><p>⟦m 投稿邮箱：jsjl_tg@juling.example.cn⟧</p><p>⟦a 扫码关注“琚岭九三”⟧</p><p>⟦d 本站所发信息版权归九三学社琚岭县委员会所有⟧</p></footer>
</body></html>
""",
        body="""
各位社员，同志们：
今天我们召开社员大会，回顾总结2024年工作，部署2025年任务。首先，我代表县委会，向一年来辛勤工作的全体社员表示衷心感谢！
过去一年，县委会围绕县委县政府中心工作，共提交集体提案六件，其中《关于加快县域中药材产业标准化建设的建议》被列为县政协重点提案；社员个人提交社情民意信息二十三条，被采用九条。
同时要看到，我们的工作还存在不足，一些支社组织活动不够经常，年轻社员参与参政议政的渠道还不够多。
新的一年，我们要着力抓好三件事：一是加强思想政治建设，二是提升参政议政质量，三是推进基层组织建设。
同志们，让我们坚定信心，履职尽责，为琚岭县经济社会发展贡献九三力量！
""",
    ),
    dict(
        slug="zhigong-zhangpu-branch-insight",
        site="致公党璋浦支部 (invented, Party-building column)",
        style="党建网",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.zgdzhangpu.example.org/xxyd/2025/0611/77.html",
        title="参加侨海特色调研实践活动的几点体会",
        record_title="【学习园地】参加侨海特色调研实践活动的几点体会",
        date="2025-06-10",
        notes="decorated record title 【学习园地】; a byline with 作者/供稿; a reading-count line; the essay's own date line under the body; a 'related' box and the column's footer",
        page="""
!m 致公党璋浦支部　网上家园
!m 栏目：学习园地
!t 参加侨海特色调研实践活动的几点体会
!m 作者：支部党员　卓铭　　供稿：宣传委员会　　阅读：58
{BODY}
!l 同栏目文章
!l 支部召开主题学习交流会
!l 党员参加“侨心助学”志愿服务
!d 本栏目文章仅代表作者个人观点
!m 地址：璋浦县滨江路3号侨联大厦7楼
""",
        indent="\u3000\u3000",
        body="""
6月上旬，我随支部调研组走访了全县三个侨乡村，围绕侨资企业发展和归侨侨眷关心的问题开展调研，收获很多。
一是要把调研做深。座谈会上，一位归侨企业家谈到出口订单结算难的问题，我们没有停留在记录上，而是跟着他到车间、到报关现场，把问题的来龙去脉弄清楚。
二是要把建议做实。调研结束后，我们把收集的十一条意见分成三类，逐条研究能否形成建议，不求多而求准。
三是要把联系做勤。侨海工作靠的是长期联系，今后我要经常走访，当好党和侨胞之间的桥梁。
卓铭
2025年6月10日
""",
    ),
    dict(
        slug="news-kewan-pine-nematode-survey-html",
        site="珂湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.kewannews.example.com/xw/bd/202504/t20250409_150773.html",
        title="珂湾县启动春季松材线虫病疫情普查",
        record_title="珂湾县启动春季松材线虫病疫情普查-珂湾新闻网",
        date="2025-04-09",
        notes="news portal: a byline time line (the page's date), a photo caption between paragraphs, an editor line glued after the last paragraph, a 'more from this column' box, a hot-search rail",
        page="""
<html><head><meta charset="utf-8"><title>珂湾县启动春季松材线虫病疫情普查-珂湾新闻网</title></head><body>
<div class="top">⟦m 珂湾新闻网　珂湾县委宣传部主办⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div class="menu">⟦m 首页　本地　时政　民生　乡村　视频　专题⟧</div>
<div class="loc">⟦m 珂湾新闻网 > 本地新闻 > 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 2025-04-09 10:42　来源：珂湾县林业局　记者：庞一帆 通讯员：邝丽⟧</div>
<div class="cont">
{BODY}
</div>
<div class="more"><h4>⟦l 本栏目更多⟧</h4><p>⟦l 全县新增国家储备林1.2万亩⟧</p><p>⟦l 珂湾两村入选省级森林乡村⟧</p></div>
<div class="rank"><h4>⟦l 热搜榜⟧</h4><p>⟦l 1 城区公交线路调整⟧</p><p>⟦l 2 油菜花节本周开幕⟧</p></div>
<div class="ft">⟦d 本网刊载的所有内容，未经授权不得转载或建立镜像⟧<br>⟦m 新闻热线：0734-4567000⟧</div>
</body></html>
""",
        body="""
4月8日，珂湾县林业有害生物防治检疫站组织技术人员和护林员，在全县12个乡镇同步启动春季松材线虫病疫情普查。
此次普查采取地面调查与无人机航拍相结合的方式，重点对松林集中区、交通沿线和电力施工区域开展排查，对发现的枯死松树逐株定位、取样、送检。
⟦m 图为检疫站技术人员在芦塘乡山场采集松木样本。（通讯员　邝丽　摄）⟧
据了解，全县现有松林面积38.6万亩，去年秋季普查未发现新的疫情点。检疫站站长郜兴国介绍，普查将持续到4月底，普查结果将作为今年春季防控和疫木除治的依据。⟦m （责任编辑：施嘉）⟧
""",
    ),
    dict(
        slug="news-putian-lion-dance-festival",
        site="璞田在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.putianzx.example.cn/news/2025/0213/28811.html",
        title="璞田县第六届醒狮文化节落幕",
        record_title="璞田县第六届醒狮文化节落幕",
        date="2025-02-13",
        record_date="2025-02-13",
        notes="text news page: a 发稿时间 byline (the page's date), a share bar and a 'comments' box, a lone 广告 label, a data table of results (one row a paragraph)",
        page="""
!m 璞田在线 www.putianzx.example.cn
!m 新闻中心 - 本地要闻
!t 璞田县第六届醒狮文化节落幕
!m 发稿时间：2025年02月13日 21:05　编辑：龚晓蔓　来源：璞田在线
{BODY}
!l 分享：微信 / 朋友圈 / 微博
!l 网友评论（12）　我要评论
!a 推广
!l 你可能还想看：元宵节期间城区交通管制公告
!m 璞田在线版权所有　举报邮箱：jb@putianzx.example.cn
""",
        indent="  ",
        body="""
2月12日晚，由县文化馆和县舞狮协会联合主办的璞田县第六届醒狮文化节在滨江广场落下帷幕。
本届文化节历时三天，来自全县及周边县市的十八支狮队参加了地狮、高桩和南狮传统套路三个项目的比赛。
比赛结果如下：
项目　金奖　银奖
高桩狮　禾口镇龙湾村狮队　县第二中学狮队
地狮　城关镇东门狮队　沙埠乡青年狮队
县舞狮协会会长庄德厚表示，近年来全县已有二十多所中小学开设舞狮课程，醒狮文化正在年轻一代中传承下去。
""",
    ),
    dict(
        slug="snapshot-zhenzhou-price-hearing-announce",
        site="瑧洲市发展和改革局 (invented; in a search snapshot)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cache.soukuai.example.com/c?m=9f3a11&u=http%3A%2F%2Ffgj.zhenzhou.example.gov.cn%2Fgg%2F2025%2F0522.html",
        title="关于召开城区管道天然气居民用气价格调整听证会的公告",
        record_title="关于召开城区管道天然气居民用气价格调整听证会的公告 - 瑧洲市发展和改革局 - 网页快照",
        date="2025-05-21",
        notes="a search engine's snapshot banner (snapshot stamp, not a date), highlight notice, the original page's chrome; the announcement's own 报名电话 and 邮箱 kept; 成文日期",
        page="""
!d 这是 http://fgj.zhenzhou.example.gov.cn/gg/2025/0522.html 的快照，快照时间为 2025年6月3日 08:12:44（北京时间）。
!d 网页可能已经更新，请点击此处查看最新网页。搜快不对此网页内容负责。
!m 您搜索的关键词已高亮显示：天然气 听证会
!m 瑧洲市发展和改革局　>　公示公告
!t 关于召开城区管道天然气居民用气价格调整听证会的公告
{BODY}
!l 相关链接：市政府门户网站 | 市场监督管理局 | 价格举报平台
!m 瑧洲市发展和改革局主办　地址：瑧洲市府前路1号
""",
        body="""
根据《政府制定价格听证办法》规定，瑧洲市发展和改革局定于2025年6月20日上午9时，在市政务服务中心三楼听证室召开城区管道天然气居民用气价格调整听证会。
一、听证方案
方案一：第一档气量价格由每立方米2.86元调整为3.02元；方案二：第一档气量价格调整为3.10元，同时对低保户每月免收5立方米气费。
二、参加人报名
消费者参加人12名，通过自愿报名和消费者组织推荐相结合的方式产生。报名时间为5月22日至6月5日，报名电话：0759-2231486，电子邮箱：zzfgj_jg@zhenzhou.example.gov.cn。
三、旁听人员
欢迎市民旁听，旁听人员名额为10名，按报名先后顺序确定。
瑧洲市发展和改革局
2025年5月21日
""",
    ),
    dict(
        slug="print-juncheng-rural-water-letter",
        site="珺城县农村供水管理站 (invented; print view)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://slj.juncheng.example.gov.cn/ncgs/print.jsp?id=30918",
        title="致全县农村集中供水用户的一封信",
        record_title="致全县农村集中供水用户的一封信 -- 打印预览",
        date="2025-07-01",
        notes="a print view: a print stamp (no date), the page's address, a 页次 footer counted as a page marker; the letter's own 报修电话 kept; 成文日期",
        page="""
!m 珺城县水利局 · 农村供水管理站
!a 〖直接打印〗〖返回原文〗
!m 打印于：2025/7/9 14:03　原文地址：http://slj.juncheng.example.gov.cn/ncgs/30918.html
!t 致全县农村集中供水用户的一封信
{BODY}
!p 页次：1/1
""",
        indent="\u3000\u3000",
        body="""
广大农村集中供水用户：
夏季用水高峰即将到来，为保障大家喝上放心水、安全水，现就有关事项提醒如下。
一是请爱护供水设施，不在水源保护区内放牧、洗涤、倾倒垃圾，发现管道漏水、水质异常请及时报告。
二是请按时缴纳水费，现可通过“珺城农水”微信小程序缴费，也可到村委会代收点缴纳。
三是请节约用水，不用自来水灌溉农田、浇灌果园。
各片区报修电话：东片0738-7712301，西片0738-7712302。
珺城县农村供水管理站
2025年7月1日
""",
    ),
    dict(
        slug="mail-wantang-nonggong-forward-sheqing",
        site="农工党琬塘县委员会 (invented; forwarded mail)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto-archive://ngd-wantang/2025/0905-fw-sqmy",
        title="关于征集2025年第四季度社情民意信息的通知",
        record_title="转发：关于征集2025年第四季度社情民意信息的通知.docx",
        date="2025-09-03",
        date_also=["2025-09-05"],
        notes="forwarded mail: the mail's own headers (发件人/收件人/时间/附件) and a forwarder's note, a mail client's footer; the document's 附件 list and 联系人 kept; file-name record title with 转发：; the notice's date expected, the mail's send date also accepted",
        page="""
!m 发件人：农工党琬塘县委会办公室<ngwt_bgs@wantang.example.cn>
!m 收件人：各基层委员会、支部
!m 发送时间：2025年9月5日(星期五) 上午10:16
!m 附件：关于征集2025年第四季度社情民意信息的通知.docx（23.6K）
!l 各位好，转发县委会通知，请按时报送，谢谢！——办公室 小骆
!m -------- 转发邮件信息 --------
{T}
{BODY}
!d 本邮件及其附件含有农工党琬塘县委会的保密信息，仅限于发送给上面地址中列出的个人或群组。
!a 回复　回复全部　转发　下载附件
""",
        body="""
各基层委员会、支部：
为进一步做好社情民意信息工作，现就征集2025年第四季度社情民意信息有关事项通知如下。
一、征集重点：基层医疗卫生服务能力提升、农村养老、食品药品安全、生态环境保护等方面的问题和建议。
二、报送要求：每篇信息一般不超过1500字，做到一事一报，问题具体、建议可行。
三、报送时间：请于11月30日前报送县委会办公室。
联系人：骆青禾，电话：0739-5220516。
附件：社情民意信息报送格式
农工党琬塘县委员会
2025年9月3日
""",
    ),
]
