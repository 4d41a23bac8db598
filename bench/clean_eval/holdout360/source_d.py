"""holdout360, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (each once as HTML, once as text).

Invented text throughout (see ../README.md); markup as ../build.py describes.
"""

CASES = [
    dict(
        slug="cityforum-xiyang-bbq-broken-beer-mugs-jammer-missing-title",
        site="晰阳生活圈 (invented county forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.xiyangshq.com/thread-1180442-1-1.html",
        title="小区门口烧烤摊的啤酒杯碎了一地，谁来管管？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject on the page; jammer fonts inside the post; weather line, medals, a decoration ad, a forward-to-department link; posted 前天 (no date)",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>晰阳生活圈 - 晰阳人的网上客厅</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js?hQ3"></script>
</head><body>
<div id="qmenu">⟦m 晰阳生活圈⟧　⟦m 今日晰阳：多云转晴 24~33℃⟧　<a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 晰阳生活圈 › 百姓呼声 › 帖子⟧</div>
<div class="a_t">⟦m 广告：晰阳好家装，老房翻新六折起，热线 138 0795 2264⟧</div>
<table class="plhin"><tr>
<td class="pls">⟦m 城北老杜⟧<br>⟦m 勋章：热心网友 · 晰阳通⟧</td>
<td class="plc"><h2 id="thread_subject">{T}</h2>
<div class="authi">⟦m 发表于 前天 23:12 ｜ 只看楼主 ｜ 电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="ofc">⟦l 本帖已由版主转交县城管局，等待官方回复⟧</div>
<div class="po">⟦a 顶一下　回复　举报⟧</div></td></tr></table>
<div class="replies">⟦l 沙发　晰阳土著：这个摊子我也投诉过⟧<br>⟦l 板凳　小鱼干：晚上路过都得绕着走⟧</div>
<div id="ft">⟦m 晰阳生活圈　赣ICP备15020917号-1　法律顾问：晰阳县律师协会⟧</div>
</body></html>
""",
        body="""
住在城北花园的都知道，小区东门外这半年多了一家烧烤摊，每天晚上摆到凌晨两三点。吵就不说了，最让人受不了的是满地的碎玻璃。
摊主用的是那种厚玻璃啤酒杯，客人喝多了碰杯、摔杯，碎了也没人扫，第二天早上人行道上全是玻璃碴。上周我家孩子早上上学，鞋底就扎进去一块，幸亏没扎穿。
我去跟摊主说过两次，他每次都说马上扫，结果第二天照样。小区物业说门外不归他们管，打电话给社区，社区说让找城管。
想问问大家，这种情况到底该找哪个部门？也希望摊主能换成不容易碎的杯子，收摊时把地扫干净，别让孩子和老人踩着玻璃走路。
""",
    ),
    dict(
        slug="cityforum-fanxi-tailor-free-threaders-junk-text",
        site="藩溪人家论坛 (invented county forum, text)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.fanxirenjia.com/forum/t-88021.html",
        title="老街裁缝铺免费送穿针器，太暖心了",
        record_title="[身边好人好事] 老街裁缝铺免费送穿针器，太暖心了（附现场照片三张）- 藩川杂谈 - 藩溪人家论坛",
        date=None,
        notes="county forum text: anti-scraping junk as a line and glued after 。; posted 4 天前 (no date); replies, a moderator's 'recommended' line",
        junk=dict(lines=1, glued=3),
        page="""
!m 藩溪人家论坛　藩川人说藩川事
!m 论坛首页 ＞ 藩川杂谈 ＞ 正文
!t [身边好人好事] 老街裁缝铺免费送穿针器，太暖心了（附现场照片三张）
!m 作者：藩溪边的猫　4 天前　查看 2210 ｜ 回复 31
!m 本帖被版主“老茶客”推荐到藩川杂谈精华区
{BODY}
!a 帖子有图，登录后才能看清大图
!l 回复　溪口老李：何师傅人好，我家的裤子都在他那儿改
!l 回复　阿Q不吃鱼：已转发到家族群，让爸妈去领
!m 藩溪人家论坛　Powered by Discuz!　联系版主：QQ群 60218873
""",
        body="""
今天路过藩川老街，看到何记裁缝铺门口摆了张小桌子，上面放着一盒穿针器，旁边纸板上写着：“老人家穿针难，免费拿一个，不要钱。”
我进去跟何师傅聊了几句。他说来铺子里缝缝补补的多是上了年纪的人，好多人说眼睛不行了，在家缝个扣子都穿不上线，只好拿到铺子里来。他就从批发市场进了两百个穿针器，谁来都送一个，还手把手教怎么用。
何师傅说，东西不值几个钱，能让老人在家自己把扣子缝上，少跑一趟路，他就高兴。
一盒穿针器不贵，可这份心意真让人暖和。大家家里有老人的，可以去老街领一个。
""",
    ),
    dict(
        slug="download-anquanziliao-rules-tester-pen-gb2312",
        site="安全资料屋 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.aqziliaowu.com/soft/zhidu/4417.html",
        title="电工工具使用安全操作规程",
        record_title="电工工具使用安全操作规程（doc可改·站内直链） - 安全资料屋",
        date=None,
        notes="download station: file-info table, three download links, an unzip password, a dead-link report, a floating ad; a rule with 第N条 articles and no date (update stamp only)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>电工工具使用安全操作规程（doc可改·站内直链） - 安全资料屋</title>
<script language="JavaScript" src="/js/softdown.js"></script>
</head>
<body>
<table width="950" align="center" border="0"><tr>
<td><img src="/img/aqzlw_logo.gif">⟦m 安全资料屋 —— 安全员的资料仓库⟧</td>
<td align="right">⟦a 设为首页⟧ ⟦a 收藏本屋⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m 首页 | 安全制度 | 操作规程 | 应急预案 | 安全台账 | 培训课件⟧</td></tr></table>
<table width="950" align="center" border="0"><tr><td width="680" valign="top">
<div class="pos">⟦m 当前位置：安全资料屋 &gt;&gt; 操作规程 &gt;&gt; 电气类⟧</div>
<table class="softinfo" border="1" cellspacing="0">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 资料大小：27 KB⟧</td><td>⟦m 资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：1 个月前⟧</td><td>⟦m 下载人气：3092⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<div class="intro"><b>⟦m 资料预览：⟧</b>
{BODY}
</div>
<div class="downlist">⟦a ◎ 电信高速下载⟧<br>⟦a ◎ 联通高速下载⟧<br>⟦a ◎ 本地备用下载⟧</div>
<div class="pwd">⟦a 压缩包解压密码：www.aqziliaowu.com⟧</div>
<div class="err">⟦a 下载链接失效？点此向站长报告⟧</div>
</td><td width="260" valign="top">
<div class="rank">⟦l 操作规程下载排行⟧<br>⟦l 1.手持电动工具安全操作规程⟧<br>⟦l 2.配电室值班电工岗位职责⟧<br>⟦l 3.临时用电安全管理制度⟧</div>
</td></tr></table>
<div id="piaofu" style="position:absolute;left:10px;top:300px">⟦w 安全台账代做，一条龙服务，微信 aqtaizhang⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料来源于网络收集，仅供学习参考，如有版权问题请告知⟧<br>⟦m Copyright 2010-2025 安全资料屋 冀ICP备10022917号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　本规程适用于本单位电工使用测电笔、螺丝刀、电工钳、剥线钳等手持电工工具的作业。
第二条　电工工具的绝缘手柄应完好，无裂纹、无破损。绝缘损坏的工具一律不得使用。
第三条　使用测电笔前，应先在确认有电的设备上检验测电笔是否完好；测电笔只能用于500伏以下的低压线路，严禁用于高压设备。
第四条　验电时，手指应接触测电笔尾部的金属部分，不得触及笔尖金属部分；在强光下验电时，应遮挡光线观察氖泡。
第五条　测电笔的笔尖为螺丝刀形状的，只允许承受很小的扭力，不得当作螺丝刀拧紧螺丝。
第六条　工具使用完毕应擦拭干净，放入工具包或工具箱，不得随意丢放。
第七条　本规程由设备动力部负责解释。
""",
    ),
    dict(
        slug="download-wendangyizhan-measures-pegboard-sharing-house-wps",
        site="文档驿站下载 (invented download station, text)",
        style="资料下载站",
        genre="管理办法",
        kind="other",
        form="text",
        source="https://www.wdyizhan.com/down/91572.html",
        title="藩风里社区共享工具屋打孔板使用管理办法",
        record_title="藩风里社区共享工具屋打孔板使用管理办法.wps",
        date="2025-01-15",
        notes="file-name record title (.wps); download links and unzip note; numbered rules with 扫码 as content; 成文日期 under the signature",
        page="""
!m 文档驿站下载 — 歇歇脚，带走一份好文档
!m 首页 → 制度办法 → 社区管理
!t 藩风里社区共享工具屋打孔板使用管理办法.wps
!m 大小：16K　｜　类别：社区制度　｜　加入时间：一周前
!a 【立即下载】　【迅雷下载】　【网盘下载】
!a 提示：文档为WPS格式，用手机打开请先安装WPS Office
{BODY}
!a 如果下载后打不开，请换个浏览器重试或留言给我们
!l 相关下载：社区工具借用登记表.xls ｜ 邻里互助公约范本.doc
!m 文档驿站下载　wdyizhan.com　浙ICP备17033618号
""",
        body="""
为管好用好社区共享工具屋，方便居民借用工具，结合实际，制定本办法。
一、工具屋内的电钻、扳手、锤子、卷尺、梯子等工具，统一挂放在打孔板工具墙上，每件工具对应一个编号挂位。
二、居民借用工具须用手机扫描打孔板上的二维码，填写姓名、楼栋和预计归还时间。一次最多借用三件，借期不超过三天。
三、归还时应将工具擦拭干净，挂回原编号挂位，再次扫码确认归还。
四、工具损坏的，借用人应及时告知志愿者；因使用不当造成损坏的，照价赔偿。
五、工具屋由社区志愿者轮流值守，开放时间为每周二、四、六下午三点至六点。
六、本办法自2025年2月1日起施行。
藩风里社区居民委员会
2025年1月15日
""",
    ),
    dict(
        slug="examsite-jianzhou-notice-electrician-practical-exam-html",
        site="柬州市职业技能鉴定考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jzjnjd.cn/kwap/2025/0521/1266.html",
        title="关于2025年第二批低压电工作业实操考试安排的通知",
        record_title="〖实操场次〗关于2025年第二批低压电工作业实操考试安排的通知 - 柬州市职业技能鉴定考试网",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="exam site: maintenance banner, admission-ticket float; an exam timetable; candidates bring their own tester pens; 准考证 to download and print as content; the exam office's 咨询电话 beside the site's technical line; posting date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖实操场次〗关于2025年第二批低压电工作业实操考试安排的通知 - 柬州市职业技能鉴定考试网</title>
<script src="/js/jd-exam.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统升级公告：5月25日0:00—6:00暂停报名服务，敬请谅解⟧</div>
<div class="head">⟦m 柬州市职业技能鉴定考试网⟧ ⟦m 公平 公正 便民⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 考务安排⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 证书查询⟧</li></ul>
<div class="where">⟦m 首页 &gt; 考务安排 &gt; 特种作业⟧</div>
<div class="content">
<h2>{T}</h2>
<div class="info">⟦m 发布日期：2025-05-21　来源：考务科　字体：大 中 小⟧</div>
{BODY}
</div>
<div class="float-zkz">⟦a 准考证打印入口 ＞＞⟧</div>
<div class="footer">⟦m 主管：柬州市人力资源和社会保障局⟧<br>⟦m 网站技术咨询：0795-6280115（仅解答网站使用问题）⟧<br>⟦m 赣ICP备12009361号⟧</div>
</body></html>
""",
        body="""
各报考人员：
2025年第二批低压电工作业理论考试已结束，现将实操考试有关事项通知如下。
一、考试安排
场次　日期　时间
第一场　6月7日　8:30—11:30
第二场　6月7日　14:00—17:00
第三场　6月8日　8:30—11:30
二、考试地点：柬州市技工学校实训楼二楼电工实训室。
三、考试内容：安全用具使用、作业现场安全隐患排除、电工仪表安全使用、作业现场应急处置四个科目。
四、注意事项：考生请于6月3日起登录本网站下载并打印准考证，凭准考证和身份证入场；考生须自带测电笔，考场统一提供万用表、绝缘手套等其他工具；考前三十分钟停止入场。
咨询电话：柬州市职业技能鉴定中心考务科　0795-6280342
柬州市职业技能鉴定中心
2025年5月20日
""",
    ),
    dict(
        slug="examsite-xiyang-announcement-logistics-skill-test-record",
        site="晰阳县人事考试网 (invented personnel-exam site, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.xiyang.gov.cn/gg/2025/0611/330.html",
        title="晰阳县2025年公开招聘机关后勤服务人员技能测试公告",
        date="2025-06-10",
        notes="exam site text: record title as is; a skill test with a faucet aerator task; 成文日期 under the signature; a fraud warning and a technical line",
        page="""
!m 晰阳县人事考试网
!d 温馨提示：近期有不法分子冒充考试机构收费，请考生提高警惕
!m 首页 | 考试公告 | 报名入口 | 成绩查询
{T}
!m 发布单位：晰阳县人事考试中心　阅读：2319
{BODY}
!a 【打印公告】　【返回上页】
!l 【相关公告】晰阳县2025年公开招聘机关后勤服务人员笔试成绩公示
!m 本网技术支持电话：0795-7389006
""",
        body="""
根据《晰阳县2025年公开招聘机关后勤服务人员公告》，现将技能测试有关事项公告如下。
一、测试对象：笔试成绩公示无异议、进入技能测试的水电维修岗位考生，共十二人。
二、测试时间和地点：6月21日上午8:30，晰阳县机关事务服务中心维修车间。
三、测试内容：每名考生须在二十分钟内完成三项操作：更换洗手盆水龙头起泡器并检查是否漏水；更换一只单控开关；排查一处模拟线路故障。
⟦a 点此进入技能测试考生确认系统⟧
四、评分办法：测试满分100分，由三名评委现场评分，取平均分为考生技能测试成绩。
五、考生须携带身份证和笔试准考证，测试所需工具和材料由考点统一提供。
晰阳县人事考试中心
2025年6月10日
""",
    ),
    dict(
        slug="tender-xiyang-bid-result-school-water-fittings-html",
        site="晰阳县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.xiyang.gov.cn/jyxx/zfcg/zbgg/20250812/8830914.html",
        title="晰阳县中小学节水器具改造项目中标结果公告",
        record_title="【成交揭晓】晰阳县中小学节水器具改造项目中标结果公告 - 晰阳县公共资源交易网",
        record_date="2025-08-12",
        date="2025-08-12",
        notes="tender portal: publicity countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; a bid-lot table; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【成交揭晓】晰阳县中小学节水器具改造项目中标结果公告 - 晰阳县公共资源交易网</title>
<script src="/js/ggzy-detail.js"></script>
</head><body>
<div class="g-top">⟦m 晰阳县公共资源交易网⟧　⟦a 主体登录⟧　⟦a 电子保函⟧</div>
<div class="g-nav">⟦m 首页 ｜ 工程建设 ｜ 政府采购 ｜ 产权交易 ｜ 信用信息⟧</div>
<div class="g-pos">⟦m 首页 &gt; 政府采购 &gt; 中标（成交）公告⟧</div>
<div class="g-detail">
<h3>{T}</h3>
<div class="g-meta">⟦m 信息时间：2025-08-12　阅读次数：287⟧</div>
<div class="g-count">⟦m 公示期剩余：0天 22时 16分⟧</div>
{BODY}
</div>
<div class="g-help">⟦m CA数字证书办理：0795-7312008⟧　⟦m 交易系统操作咨询：0795-7312019⟧</div>
<div class="g-foot">⟦m 晰阳县公共资源交易中心 主办　赣ICP备16007730号⟧</div>
</body></html>
""",
        body="""
一、项目编号：XYCG-2025-0417
二、项目名称：晰阳县中小学节水器具改造项目
三、中标信息
包号　中标供应商　中标金额（元）
1包（节水起泡器及安装）　晰阳县恒泽水暖有限公司　186400.00
2包（感应冲水阀及安装）　柬州市德霖建设工程有限公司　332750.00
四、主要标的：1包为不锈钢外壳节水起泡器3200只，额定流量每分钟不高于6升，含安装；2包为小便器感应冲水阀420套，含安装。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：晰阳县教育体育局　联系人：晏青　电话：0795-7360218
采购代理机构：柬州市鉴衡招标咨询有限公司　联系人：盛林　电话：0795-6207745
""",
    ),
    dict(
        slug="tender-jianzhou-inquiry-library-pegboard-display",
        site="柬州市政府采购网 (invented procurement portal, text)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.jzzfcg.gov.cn/cggg/xjgg/2025/0217/62077.html",
        title="柬州市图书馆打孔板展示架采购询价公告",
        record_title="[询价·文化场馆] 柬州市图书馆打孔板展示架采购询价公告 - 柬州市政府采购网",
        date="2025-02-17",
        notes="procurement text: inquiry items table; the inquiry file to download as content; purchaser's contact beside the platform's CA line; 成文日期 at the end",
        page="""
!m 柬州市政府采购网　阳光采购·诚信交易
!m 首页 ＞ 采购公告 ＞ 询价公告
!t [询价·文化场馆] 柬州市图书馆打孔板展示架采购询价公告
!m 公告时间：2025-02-17　浏览：154
{BODY}
!a 下载公告原文（PDF）　｜　我要报价
!m 平台CA证书续期与锁密码重置：400-716-2250
!m 柬州市财政局主办　柬州市政府采购网
""",
        body="""
柬州市图书馆就打孔板展示架采购项目进行询价采购，欢迎符合条件的供应商报价。
一、采购内容
品目　数量　主要参数
钢制打孔板展示架　24组　双面，高1.8米，宽1.2米，带万向轮
配套挂钩及层板　24套　每套含挂钩20个、层板4块
二、供应商资格：具有独立承担民事责任的能力，近三年经营活动中无重大违法记录。
三、报价要求：供应商请于2月18日起在本网站下载询价文件，按要求填写报价单并加盖公章，于2月26日17:00前密封送达或邮寄至采购人处。
四、联系方式：柬州市图书馆办公室　倪晓燕　电话：0795-6031286
柬州市图书馆
2025年2月17日
""",
    ),
    dict(
        slug="lawfirm-mingheng-case-beer-mug-injury-html",
        site="铭衡律师事务所 (invented law firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.minghenglaw.cn/anli/2025/0619/7731.html",
        title="顾客被碎裂的啤酒杯划伤，餐馆要担责吗？",
        record_title="维权实录 ➺ 顾客被碎裂的啤酒杯划伤，餐馆要担责吗？ - 铭衡律所",
        date=None,
        notes="law firm page: lawyer card, consult float, 400 line, repost notice; a lawyer's answer with no date (views only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>维权实录 ➺ 顾客被碎裂的啤酒杯划伤，餐馆要担责吗？ - 铭衡律所</title>
<script src="/static/js/consult.js"></script>
</head><body>
<div class="l-top">⟦m 铭衡律师事务所　铭法于心，衡事以公⟧　⟦m 全国咨询热线 400-809-3176⟧</div>
<div class="l-nav">⟦m 首页⟧ ⟦m 律所介绍⟧ ⟦m 专业领域⟧ ⟦m 维权实录⟧ ⟦m 联系我们⟧</div>
<div class="l-pos">⟦m 首页 › 维权实录 › 消费维权⟧</div>
<div class="l-art">
<h1>{T}</h1>
<div class="l-meta">⟦m 栏目：消费维权　浏览：1862⟧</div>
{BODY}
<div class="l-repost">⟦d 本文为铭衡律所原创，转载请注明来源并保留律师署名⟧</div>
</div>
<div class="l-card">⟦m 主办律师：严素　执业证号 13610201910****⟧<br>⟦a 向严律师提问⟧</div>
<div class="l-float">⟦w 在线律师 5 分钟响应，点这里免费问⟧</div>
<div class="l-foot">⟦m 铭衡律师事务所　柬州市塾湖区中正街18号宏信大厦11楼⟧</div>
</body></html>
""",
        body="""
【案情】张女士和朋友在一家烧烤店吃饭，服务员端上来的啤酒杯杯口有一道裂纹。张女士端杯时，杯子突然碎裂，划伤右手掌，缝了五针。她要求店家赔偿医疗费和误工费，店家却说杯子是张女士自己拿坏的。
【律师分析】根据民法典的规定，经营场所的经营者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。餐馆提供给顾客的餐具应当安全可用，杯口已有裂纹仍拿给顾客使用，餐馆显然没有尽到检查义务。张女士正常端杯，并无过错，店家应当赔偿医疗费、误工费、交通费等合理损失。
【律师提醒】消费者受伤后，应保留就餐小票、碎杯照片、病历和票据等证据，可先与店家协商，协商不成的，可向市场监管部门投诉或向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-bingzheng-lawyer-letter-tester-pen-ad-record",
        site="秉正律师事务所 (invented law firm site, text)",
        style="律所网站",
        genre="律师函",
        kind="other",
        form="text",
        source="http://www.bingzhenglaw.com/wenshu/2025/0409/lsh-07.html",
        title="关于贵司测电笔产品宣传用语涉嫌虚假宣传的律师函",
        date="2025-04-07",
        notes="law firm text: record title as is; a lawyer's letter dated in Chinese numerals; the letter's own contact beside the firm's consult line and a lawyer card",
        page="""
!m 秉正律师事务所　|　文书示例
!m 首页 / 律师文书 / 律师函
{T}
!m 发布人：秉正律所文书组　浏览：477
{BODY}
!w 企业遇到类似纠纷？秉正律师免费初审，微信 bingzheng_law
!m 执业律师：严守中（执业证号 13610200812****）
!m 秉正律师事务所　地址：藩川县文峰路76号　总机：0796-8227700
""",
        body="""
柬州市明辉电器有限公司：
秉正律师事务所接受柬州市电工器材行业从业者郑某的委托，就贵司测电笔产品宣传用语问题，特函告如下。
经查，贵司在网店商品页面宣称其测电笔“可检测一万伏高压”“碰一下就知道有没有电，不用拉闸”。根据国家标准，普通氖泡式测电笔仅适用于500伏以下低压线路，上述宣传用语与产品实际性能不符，容易误导消费者在带电状态下作业，存在触电风险，涉嫌违反《中华人民共和国广告法》和《中华人民共和国反不正当竞争法》的规定。
请贵司在收到本函之日起七日内删除上述宣传用语，并在商品页面显著位置标明测电笔的适用电压范围。逾期不予处理的，委托人将依法向市场监管部门举报。
本所律师联系方式：严守中　电话：0796-8227721
秉正律师事务所
二〇二五年四月七日
""",
    ),
]
