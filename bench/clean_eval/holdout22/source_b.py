"""Holdout22, part B: government portals, Party-building sites, residents' pages, caches and print views.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-fanghu-field-chief-notice-html",
        site="芃城县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.pengcheng.gov.cn/zwgk/tzgg/202504/t20250408_55102.html",
        title="芃城县田长制办公室关于开展2025年春季耕地“非粮化”排查整治的通知",
        record_title=None,
        date="2025-04-08",
        notes="a field-chief (田长制) office notice on a county portal; 发布时间 byline is the date; document number neutral; table; 附件 list; 抄送 版记",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>芃城县田长制办公室关于开展2025年春季耕地“非粮化”排查整治的通知_通知公告_芃城县人民政府</title></head>
<body>
<div class="gov-top">⟦m 芃城县人民政府⟧ ⟦m www.pengcheng.gov.cn⟧ <a>⟦a 无障碍浏览⟧</a> <a>⟦a 长者模式⟧</a> <a>⟦a 繁體⟧</a></div>
<ul class="gov-nav"><li>⟦m 走进芃城⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 政民互动⟧</li></ul>
<div class="loc">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<h1>{T}</h1>
<div class="attr">⟦m 发布时间：2025-04-08 16:02⟧ ⟦m 信息来源：县田长制办公室⟧ ⟦m 浏览次数：<span>417</span>⟧ ⟦a 【字体：大 中 小】⟧</div>
<p class="wh">芃田长办〔2025〕3号</p>
<div class="TRS_Editor">
{BODY}
</div>
<div class="tools">⟦a 【打印此页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="xgwj">⟦l 相关文件：芃城县田长制实施方案（试行）⟧</div>
<div class="foot">⟦m 主办：芃城县人民政府办公室　承办：芃城县数字政府服务中心⟧<br>⟦m 网站标识码：3611270018　赣ICP备05003317号⟧<br>⟦m 赣公网安备 36112702000105号⟧ ⟦w 网站纠错电话：0793-6312345⟧</div>
</body></html>
""",
        body="""
各乡镇田长办，县直有关单位：
为落实耕地保护党政同责，坚决遏制耕地“非粮化”，经县级总田长同意，决定于4月10日至5月31日在全县开展春季耕地“非粮化”排查整治。现将有关事项通知如下。
一、排查范围
全县永久基本农田和一般耕地，重点排查以下情形：
情形　重点区域　完成时限
耕地种植苗木草皮　城郊乡镇　4月30日前
耕地挖塘养鱼　湖区乡镇　5月15日前
耕地堆放杂物　各乡镇　5月31日前
二、工作要求
（一）各乡镇要组织村级田长、网格田管员逐地块核查，建立问题清单，能整改的立行立改。
（二）县自然资源局、县农业农村局要加强业务指导，每半月通报一次进度。
（三）对排查中弄虚作假、整改不力的，按照田长制考核办法予以通报批评。
联系人：温雪松，电话：0793-6316620，邮箱：pcxtzb@126.com。
附件：1.耕地“非粮化”问题清单（样表）
2.整改销号表
芃城县田长制办公室
2025年4月8日
抄送：县级总田长、副总田长。
""",
    ),
    dict(
        slug="gov-quchuan-energy-heating-text",
        site="蕖川县能源局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyj.quchuan.gov.cn/art/2024/10/25/art_3317_99012.html",
        title="关于做好2024—2025年采暖季农村清洁取暖设备维护的通知",
        record_title="关于做好2024—2025年采暖季农村清洁取暖设备维护的通知 - 蕖川县能源局",
        date="2024-10-25",
        notes="an energy bureau's notice; text page; 日期：byline; numbered list; service hotline in the body next to the portal's phone",
        page="""
!m 蕖川县能源局　QUCHUAN ENERGY BUREAU
!m 首页｜机构概况｜能源规划｜清洁取暖｜办事指南｜互动交流
!m 当前栏目：清洁取暖 » 工作动态
{T}
!m 日期：2024-10-25　　作者：规划股　　阅读：　次
!a 〖默认〗〖加大〗〖缩小〗　　〖打印〗〖收藏〗
{BODY}
!l ◂ 前一条：全县光伏电站安全生产检查情况通报
!l ▸ 后一条：关于征集2025年度能源项目的公告
!m 蕖川县能源局主办　地址：蕖川县迎宾大道88号　电话：0312-5231006
!m 冀ICP备12003901号-1
""",
        indent="　　",
        body="""
各乡镇人民政府，县清洁取暖运维服务中心：
今冬采暖季即将来临，为确保全县4.6万户农村清洁取暖用户温暖过冬，现就做好设备维护有关事项通知如下。
1.11月10日前，各乡镇要组织运维企业对辖区内空气源热泵、燃气壁挂炉逐户开展检修，重点检查管道接口、燃气报警器和排烟管。
2.运维企业要在每个乡镇设立服务站点，保证报修后城区2小时、农村6小时内到达现场。
3.用户设备报修可拨打全县清洁取暖服务热线0312-5239600，或在“冀时办”APP中提交报修信息。
4.县能源局将组织暗访抽查，对服务不及时、群众投诉多的运维企业，扣减运维补贴直至解除合同。
请各乡镇于11月15日前将检修情况报县能源局规划股。
蕖川县能源局
2024年10月25日
""",
    ),
    dict(
        slug="gov-heyuan-census-summary-oldtable",
        site="荷源县人民政府 (invented, old table portal)",
        style="政府门户",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.heyuan.gov.cn/news_view.asp?id=20816",
        title="荷源县第五次全国经济普查工作总结",
        record_title="荷源县第五次全国经济普查工作总结",
        date="2024-12-30",
        record_date="2024-12-30",
        notes="old table portal of an economic-census office; 【字号 大中小】 in new words; visitor counter; data table; record date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>荷源县人民政府--经济普查--荷源县第五次全国经济普查工作总结</title></head>
<body topmargin="0">
<table width="980" align="center" background="/images/top.jpg"><tr><td height="120">⟦m 荷源县人民政府门户网站⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 首 页⟧</td><td>⟦m 政务动态⟧</td><td>⟦m 统计信息⟧</td><td>⟦m 经济普查⟧</td><td>⟦m 网上信访⟧</td></tr></table>
<table width="980" align="center"><tr><td width="230" valign="top">
<table><tr><td>⟦l 普查专栏⟧</td></tr><tr><td>⟦l ·普查法规⟧</td></tr><tr><td>⟦l ·普查动态⟧</td></tr><tr><td>⟦l ·数据发布⟧</td></tr></table>
</td><td valign="top">
<table width="100%"><tr><td>⟦m 当前位置：首页-&gt;经济普查-&gt;普查动态⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 添加时间：2024-12-30　来源：县经普办　点击数：266⟧</td></tr>
<tr><td align="center">⟦a [ 字体 放大 正常 缩小 ]⟧ ⟦a [ 打 印 ]⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
</td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦m 版权所有：荷源县人民政府办公室　技术支持：荷源县信息中心⟧<br>⟦m 冀ICP备08101166号　建议使用1024×768分辨率⟧<br>⟦m 今日访问：132　总访问：1540237⟧</td></tr></table>
</body></html>
""",
        body="""
根据国务院和省、市统一部署，我县第五次全国经济普查工作自2023年启动以来，在县委、县政府的坚强领导下，历经准备、清查、登记、数据审核等阶段，于2024年12月圆满完成各项任务。现将工作情况总结如下。
一、组织保障有力。县政府成立经济普查领导小组，各乡镇相应成立普查机构，全县共选聘普查指导员82名、普查员416名。
二、清查登记扎实。共清查法人单位3126个、产业活动单位3504个、个体经营户1.87万户，登记工作按时完成。
三、数据质量可靠。主要清查结果如下：
类别　数量　较上次普查增长
法人单位　3126个　18.7%
产业活动单位　3504个　16.2%
个体经营户　18704户　21.4%
四、宣传氛围浓厚。利用广场、集市、学校开展宣传活动36场，发放“致经营户的一封信”2.3万份。
下一步，我们将做好普查资料开发利用，为县委、县政府科学决策提供统计支撑。
""",
    ),
    dict(
        slug="gov-chenxi-urban-renewal-consult",
        site="茭湖县城市更新中心 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="https://csgx.jiaohu.gov.cn/gsgg/2025/0312/611.html",
        title="关于老城区西街片区城市更新实施方案公开征求意见的公告",
        record_title="【征求意见】关于老城区西街片区城市更新实施方案公开征求意见的公告",
        date="2025-03-12",
        notes="an urban-renewal centre; decorated title; 发布于 byline date; e-mail and postal address in the body; example comment period",
        page="""
!m 茭湖县城市更新中心
!m 更新城市　更新生活
!m 首页 / 信息公开 / 公示公告
!t 【征求意见】关于老城区西街片区城市更新实施方案公开征求意见的公告
!m 发布于 2025年03月12日 09:30　　来源：规划建设科　　字号：A+ A A-
{BODY}
!a 🖨 打印　　✉ 发送给朋友　　⤴ 返回顶部
!l 相关公告：西街片区入户调查结果公示　｜　东门老旧小区改造完工公告
!m Copyright © 茭湖县城市更新中心　地址：茭湖县湖滨路16号　邮编：435200
""",
        body="""
为广泛听取社会各界意见，提高城市更新决策的科学性，现将《老城区西街片区城市更新实施方案（征求意见稿）》向社会公开征求意见。
一、征求意见时间：2025年3月12日至4月11日。
二、主要内容：西街片区更新范围约18.6公顷，涉及住户1240户、商户216户，拟实施房屋修缮、街巷改造、管网更新和历史建筑保护利用等工程。
三、意见反馈方式：
（一）电子邮件：请发送至jhcsgx@jiaohu.gov.cn，邮件标题注明“西街片区意见”。
（二）信函：请寄至茭湖县湖滨路16号县城市更新中心规划建设科，信封注明“西街片区意见”。
（三）现场：在西街社区服务中心设置意见箱。
请提出意见的公民留下真实姓名和联系方式，以便进一步沟通。
附件：老城区西街片区城市更新实施方案（征求意见稿）
茭湖县城市更新中心
2025年3月12日
""",
    ),
    dict(
        slug="dangjian-hongqiao-speech-new-employment-html",
        site="红桥先锋网 (invented, county Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hqxianfeng.cn/zzjs/2025/0523/8741.html",
        title="县委常委、组织部部长在全县新就业群体党建工作推进会上的讲话",
        record_title="县委常委、组织部部长在全县新就业群体党建工作推进会上的讲话_红桥先锋网",
        date="2025-05-20",
        date_also=["2025-05-23"],
        notes="Party-building site; speaker line and date under the speech title; a red banner slogan; title keeps the role in the record",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>县委常委、组织部部长在全县新就业群体党建工作推进会上的讲话_红桥先锋网</title></head>
<body>
<div class="banner">⟦m 红桥先锋网⟧ <span>⟦m 中共红桥县委组织部主办⟧</span></div>
<div class="slogan">⟦m 学思想　强党性　重实践　建新功⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 组织建设⟧ ⟦m 干部工作⟧ ⟦m 人才工作⟧ ⟦m 先锋风采⟧</div>
<div class="bread">⟦m 首页 » 组织建设 » 基层党建⟧</div>
<h2>{T}</h2>
<p class="who">县委常委、组织部部长　卢建华</p>
<p class="when">（2025年5月20日）</p>
<div class="meta">⟦m 2025-05-23　来源：县委组织部组织科　编辑：小红　审核：柯立⟧</div>
<div class="art">
{BODY}
</div>
<div class="zan">⟦l 点赞（56）⟧ ⟦l 写留言⟧</div>
<div class="side">⟦l 热点推荐⟧<ul><li>⟦l 全县村级后备力量培育工作综述⟧</li><li>⟦l 外卖骑手“暖心驿站”正式启用⟧</li></ul></div>
<div class="foot">⟦m 中共红桥县委组织部　地址：红桥县人民路1号⟧ ⟦m 鄂ICP备14021893号-2⟧ ⟦w 投稿邮箱：hqxf_tg@163.com⟧</div>
</body></html>
""",
        body="""
同志们：
快递员、外卖送餐员、网约车司机等新就业群体，是城市运转的“毛细血管”。抓好新就业群体党建工作，是新时代党建工作的重要课题。下面，我讲三点意见。
一、把组织覆盖做实。目前全县新就业群体约4200人，已建立行业党委3个、党支部17个。要推动快递、外卖、网约车平台在县域站点全部建立党组织，确保有党员的站点都有党的工作。
二、把关心关爱做暖。全县已建成“暖心驿站”46个，要进一步完善饮水、充电、休息等功能，推动驿站与社区党群服务中心一体运行。
三、把作用发挥做强。要引导新就业群体中的党员亮身份、作表率，组建“骑手网格员”队伍，参与隐患排查、文明劝导等基层治理。
同志们，让我们以更加务实的举措，把党的温暖送到每一位奔波在路上的劳动者身边。
""",
    ),
    dict(
        slug="dangjian-weilan-winter-training-summary",
        site="蔚蓝党建 (invented, Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.weilandj.org.cn/dyjy/2025/2/1403.html",
        title="蕤山镇2024—2025年度农村党员冬训工作总结",
        record_title=None,
        date="2025-02-26",
        notes="no record title; Party-building site text page; '第2页（共5页）' markers cut sentences; date at the end",
        page="""
!m 蔚蓝党建　·　党员教育
!m 位置：首页 → 党员教育 → 冬训专题
!t 【冬训专题】蕤山镇2024—2025年度农村党员冬训工作总结
!m 投稿单位：蕤山镇党委　　时间：2025-02-27　　已阅：388
{BODY}
!l ★ 推荐阅读：冬训“微党课”展播｜党员“积分制”管理经验
!a 【打印本文】　【收藏本文】　【关闭】
!d 本网所载稿件，如需转载请注明出处。
""",
        indent="　　",
        pages=dict(fmt="第{n}页（共5页）", every=200, start=2, glue=False),
        body="""
按照县委组织部统一部署，蕤山镇党委于2024年12月至2025年2月组织开展农村党员冬训工作，全镇21个党支部、763名党员参加冬训，参训率达到96.8%。现将有关情况总结如下。
一、突出学习重点。围绕党的创新理论、党纪学习教育和乡村振兴政策，镇班子成员到联系村讲党课21场次，组织收看专题片14部。
二、创新冬训方式。针对外出务工党员，开设“线上冬训课堂”，通过微信群推送学习资料，实现流动党员冬训全覆盖；针对年老体弱党员，组织送学上门87人次。
三、注重学用结合。冬训期间组织党员开展冬季森林防火巡查、清洁家园等志愿服务32次，帮助群众解决实际问题96件。
四、存在的不足。一是个别支部冬训形式单一，以读文件为主；二是部分青年党员参与讨论不够积极。下一步，我们将在日常党员教育中加以改进。
中共蕤山镇委员会
2025年2月26日
""",
    ),
    dict(
        slug="community-yangliu-ebike-shed-notice",
        site="杨柳社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://yangliu.sqfw.net/tz/2025-06-03/188.html",
        title="关于小区电动自行车集中充电棚投入使用的通知",
        record_title="关于小区电动自行车集中充电棚投入使用的通知",
        date="2025-06-03",
        notes="residents' page; charging-shed notice with the community's own phone next to the site's; QR and app sentences; 发布时间 byline",
        page="""
!m 杨柳社区服务网　邻里一家亲
!m 首页 ▏社区公告 ▏便民服务 ▏邻里活动 ▏网格员
{T}
!m 发布时间：2025-06-03　发布人：社区居委会
{BODY}
!l 💬 居民留言（3）：“充电棚啥时候装监控？”——3栋王阿姨
!l 我要留言
!m 社区服务热线 0551-6738 1200（工作日 8:30—17:30）
!m 杨柳社区居委会 版权所有　技术支持：邻里通
""",
        body="""
各位居民朋友：
为消除电动自行车“飞线充电”“入户充电”安全隐患，社区在小区北门、6栋西侧建设的两处集中充电棚已通过验收，自6月5日起正式投入使用。现将有关事项通知如下：
1.充电棚共设充电口96个，具备过充保护和自动断电功能，并配备灭火器和烟感报警装置。
2.充电收费标准：每度电0.8元，按实际用电计费，充满自动断电。
3.居民可扫描充电桩上的二维码，或下载“邻里充”APP注册后使用。
4.即日起，严禁将电动自行车推入楼道、电梯，严禁私拉电线充电，一经发现将予以劝离。
如有疑问，请联系社区网格员何晓东，电话：138 5511 2046。
杨柳社区居民委员会
2025年6月3日
""",
    ),
    dict(
        slug="community-tongxin-tool-house-plan-html",
        site="同心家园社区网 (invented)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="html",
        source="https://tongxin-jy.cn/activity/tool-house.html",
        title="“邻里共享工具屋”试点实施方案",
        record_title="“邻里共享工具屋”试点实施方案 | 同心家园",
        date=None,
        notes="residents' site; a tool-sharing house plan; no date (a 'last updated 3天前' stamp is none); table of tools",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>“邻里共享工具屋”试点实施方案 | 同心家园</title></head>
<body>
<nav>⟦m 同心家园⟧ ⟦m 社区动态⟧ ⟦m 共享服务⟧ ⟦m 志愿者之家⟧ <a>⟦a 居民登录⟧</a></nav>
<main>
<h1>{T}</h1>
<div class="meta">⟦m 同心家园编辑组 · 更新于3天前 · 阅读 211⟧</div>
{BODY}
<div class="share">⟦l 分享到邻里群⟧ ⟦l 复制链接⟧</div>
<div class="tags">⟦l #共享工具屋 #邻里互助 #志愿服务⟧</div>
<div class="cmt">⟦l 全部评论 · 写下你的想法…⟧</div>
</main>
<footer>⟦d 本站内容由社区志愿者维护，仅供居民参考。⟧ ⟦m © 同心家园社区网 2025⟧</footer>
</body></html>
""",
        body="""
为倡导“闲置共享、邻里互助”的生活方式，社区决定在同心苑小区开展“邻里共享工具屋”试点。具体方案如下。
一、选址与开放时间。工具屋设在小区物业用房一楼，每周二、四、六9:00—17:00开放，由社区志愿者轮流值守。
二、首批工具清单：
工具　数量　借用期限
电钻　4把　3天
梯子　3架　2天
缝纫机　2台　7天
园艺工具套装　6套　7天
三、借用规则。居民凭身份证登记借用，按期归还，损坏的照价赔偿；鼓励居民捐赠家中闲置工具，捐赠者可获得志愿服务积分。
四、组织保障。社区党支部牵头，物业公司提供场地，志愿者服务队负责日常运行。
""",
    ),
    dict(
        slug="snapshot-laokexie-cache-text",
        site="搜寻快照 (invented text-only cache of a senior scientists' association)",
        style="搜索快照",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://cache.soxun.cn/c?u=http%3A%2F%2Fwww.fhlkx.org.cn%2Fnews%2F2025%2F0418.html",
        title="致全县老科技工作者的倡议书",
        record_title="致全县老科技工作者的倡议书-萱原县老科协-快照",
        date="2025-04-18",
        notes="a text-only cache of a senior scientists' association (老科协); cache header with crawl time (no date); 成文日期 in Chinese numerals",
        page="""
!m 这是 http://www.fhlkx.org.cn/news/2025/0418.html 的纯文本快照，抓取于 2025-05-02 03:17:45。
!m 当前页面可能已经更改，请点击此处查看原网页。
!a 高亮显示：倡议书　老科技工作者
!m 萱原县老科技工作者协会
!m 首页 | 协会简介 | 科普活动 | 建言献策
{T}
{BODY}
!m 萱原县老科协秘书处　电话：0718-4420913
!m 快照由 搜寻 提供，与网页内容无关
""",
        indent="　　",
        body="""
全县广大老科技工作者：
你们是我县经济社会发展的亲历者和贡献者，退休后仍然心系家乡发展。为进一步发挥老科技工作者的作用，县老科协向大家发出如下倡议：
一是争当科普宣传员。走进社区、学校和农村，宣传科学知识，破除封建迷信，帮助老年人识别网络诈骗。
二是争当建言献策员。围绕产业发展、生态保护和民生改善，深入调查研究，每人每年至少提出一条有价值的建议。
三是争当技术服务员。发挥专业所长，为农户和中小企业提供技术咨询，帮助解决生产中的实际困难。
让我们老骥伏枥、老有所为，在建设美丽萱原中再立新功！
萱原县老科技工作者协会
二〇二五年四月十八日
""",
    ),
    dict(
        slug="snapshot-fanglei-frame-html",
        site="云检索网页快照 (invented, snapshot frame of a lightning-protection centre)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://snap.yunjiansuo.com/s?id=8e21fc07&url=fl.zhuxi.gov.cn",
        title="关于开展2025年度防雷装置安全检测的通知",
        record_title=None,
        date="2025-03-03",
        notes="a snapshot frame around a lightning-protection centre's notice; cache banner; 发布时间 byline; example date in the body",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年度防雷装置安全检测的通知 - 网页快照</title></head>
<body>
<div class="snap-banner">⟦m 云检索网页快照：本页是 fl.zhuxi.gov.cn 于 2025年04月07日 的存档⟧ ⟦a 查看当前网页⟧ ⟦a 纯文字版本⟧</div>
<div class="orig">
<div class="hd">⟦m 竺溪县防雷减灾中心⟧</div>
<div class="nav">⟦m 网站首页⟧ ⟦m 中心概况⟧ ⟦m 防雷检测⟧ ⟦m 科普知识⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 发布时间：2025-03-03　作者：检测科　浏览：92⟧</div>
{BODY}
<div class="pre">⟦l 上一篇：雷雨季节防雷安全提示⟧ ⟦l 下一篇：防雷装置设计审核办事指南⟧</div>
<div class="ft">⟦m 竺溪县防雷减灾中心　湘ICP备11002371号⟧</div>
</div>
</body></html>
""",
        body="""
各有关单位：
根据《防雷减灾管理办法》等规定，防雷装置实行定期检测制度。为做好2025年度检测工作，现将有关事项通知如下。
一、检测对象：易燃易爆场所、学校、医院、旅游景区、大型商场及其他已安装防雷装置的单位。
二、检测周期：易燃易爆场所每半年检测一次，其他场所每年检测一次。如上次检测日期为2024年4月10日，则本年度应在2025年4月10日前完成检测。
三、申请方式：请于3月31日前登录县防雷减灾中心网站填报《防雷装置检测申请表》，或到中心检测科现场办理。
四、检测后，中心将出具检测报告，对不合格项目提出整改意见。
联系电话：0731-5528106。
竺溪县防雷减灾中心
2025年3月3日
""",
    ),
    dict(
        slug="print-zufang-rental-center-text",
        site="藿川县住房租赁服务中心 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zlzx.huochuan.gov.cn/print.jsp?id=7731",
        title="关于公布2025年度市场租金参考价的通知",
        record_title="打印预览 - 关于公布2025年度市场租金参考价的通知",
        date="2025-01-10",
        notes="print view: header, print/close buttons, print stamp (no date), URL footer; rent table; 成文日期",
        page="""
!a 【打印】　【关闭本页】
!m 藿川县住房租赁服务中心
{T}
!m 打印时间：2025-02-18 10:44:03
{BODY}
!m 本页地址：http://zlzx.huochuan.gov.cn/art/2025/1/10/art_61_7731.html
!m 第 1 页 / 共 1 页
""",
        body="""
各住房租赁企业、房地产经纪机构及广大市民：
为引导住房租赁市场合理定价，根据租赁市场监测情况，现将2025年度城区住房市场租金参考价予以公布。
片区　户型　参考租金（元/月·套）
老城片区　一室一厅　850—1100
老城片区　两室一厅　1200—1600
新区片区　两室一厅　1500—2000
新区片区　三室两厅　2100—2800
参考价仅供租赁双方协商参考，不作为强制性定价标准。
咨询电话：0476-8225390。
藿川县住房租赁服务中心
2025年1月10日
""",
    ),
    dict(
        slug="print-tiyuchang-opening-hours-html",
        site="苠城市体育场馆运营中心 (invented, print template)",
        style="打印页",
        genre="公告",
        kind="notice",
        form="html",
        source="https://tycg.mincheng.gov.cn/print/2025/0701.html",
        title="关于暑期体育场馆延时开放的公告",
        record_title="关于暑期体育场馆延时开放的公告〔打印稿〕",
        date="2025-07-01",
        notes="HTML print template of a sports-venues centre; print/close row; QR caption for the page is chrome; booking mini-program sentence in the body",
        page="""
<html><head><meta charset="utf-8"><title>关于暑期体育场馆延时开放的公告〔打印稿〕</title><style>@media print{.np{display:none}}</style></head>
<body onload="window.print()">
<div class="np">⟦a 立即打印⟧ ⟦a 关闭预览⟧ ⟦a 调整页边距⟧</div>
<div class="head">⟦m 苠城市体育场馆运营中心⟧</div>
<h2>{T}</h2>
<div class="line">⟦m 文章来源：场馆运营部　发布日期：2025年07月01日⟧</div>
{BODY}
<div class="qr">⟦m 扫描二维码在手机上浏览本页⟧</div>
<div class="pf">⟦m 〔第1页·共1页〕⟧</div>
</body></html>
""",
        body="""
为满足广大市民暑期健身需求，经研究，市体育中心体育馆、游泳馆、全民健身中心自2025年7月5日至8月31日延时开放。现公告如下：
一、开放时间：周一至周日8:00—22:00，比平时延长1小时。
二、收费标准：游泳馆成人票30元/次，学生凭证享受半价；体育馆羽毛球场地40元/小时。
三、预约方式：市民可通过“苠城体育”小程序预约场地，也可现场购票。
四、安全提示：未成年人游泳须由成年人陪同，请勿在饱食或饮酒后游泳。
服务电话：0375-3601188。
苠城市体育场馆运营中心
2025年7月1日
""",
    ),
    dict(
        slug="print-rencai-apartment-allocation",
        site="葳岭县人才公寓管理中心 (invented, print view)",
        style="打印页",
        genre="公示",
        kind="notice",
        form="text",
        source="http://rcgy.weiling.gov.cn/view_print.aspx?aid=342",
        title="2025年第二批人才公寓配租结果公示",
        record_title=None,
        date="2025-05-16",
        notes="print view of a talent-apartment centre; no record title; the title then found on the page; list of allocatees as a table; 监督电话 in body",
        page="""
!a ◀ 返回正文　　🖨 打印本页
!m 葳岭县人才公寓管理中心 · 打印版
{T}
!m 〔信息索引号：WL-RCGY-2025-0342〕
{BODY}
!m 打印自 葳岭县人才公寓管理中心网站　2025/05/20 14:02
""",
        body="""
根据《葳岭县人才公寓管理办法》，经个人申请、资格审核和摇号，2025年第二批人才公寓配租结果如下：
序号　姓名　工作单位　房号
1　严雨霏　县人民医院　A栋305
2　钟立鹏　县第一中学　A栋412
3　欧阳曼　县农业科学研究所　B栋207
4　谭博文　高新区管委会　B栋511
公示期为2025年5月16日至5月22日。公示期内如有异议，请以书面形式向县人才公寓管理中心反映，监督电话：0744-2716023。
葳岭县人才公寓管理中心
2025年5月16日
""",
    ),
]
