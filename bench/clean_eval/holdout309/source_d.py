"""holdout309, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text case each).

Written by hand for this part; every place, person, firm, site, URL and number is invented.
"""

CASES = [
    dict(
        slug="localforum-tingchuan-thread-falling-wiper-jammer",
        site="渟川在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.tingchuanol.com/thread-771206-1-1.html",
        title="楼上擦窗器外片掉到我家阳台雨棚上，这事该找谁？",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject holds it); weather line, medals, a decoration ad, "
        "jammer-font junk in the post, an official-reply link; times relative only (no date)",
        page="""
<html><head><meta charset="gbk"><title>渟川在线论坛 - 渟川人的网上家园</title>
<style>.jammer{display:none}</style>
<script src="static/js/tc_weather.js"></script></head><body>
<div class="topbar">⟦m 渟川在线论坛⟧ ⟦m 渟川 今天 小雨 14~19℃⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div class="crumb">⟦m 渟川在线 › 民生热线 › 邻里纠纷⟧</div>
<div class="ad">⟦a 渟川居然装饰 · 旧房翻新免费量房 0871-6722 8080⟧</div>
<div class="post"><div class="author">⟦m 沬河边的老张⟧<br>⟦m 勋章：热心网友　在线时间 860 小时⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 前天 19:22⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复　引用本楼　举报⟧</div></div>
<div class="reply">⟦l 版主 渟川在线小秘：已转交社区网格员，请留意电话⟧</div>
<div class="reply">⟦l 榰城来的：建议拍照留证，找物业调监控⟧</div>
<div class="official">⟦a 查看官方回复进度 »⟧</div>
<div class="ft">⟦m 渟川在线论坛　滇ICP备12005590号⟧ ⟦d 网友发言仅代表个人观点⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
住沬河花园5栋3楼，昨天下午听见“咚”的一声，出去一看，一个擦窗器的外片砸在我家阳台雨棚上，雨棚的阳光板砸出一道裂缝，外片上的安全绳是断的。
往上数有十几户，敲了几家门都说不是他们的，物业说没看到。这个东西好几百克，要是砸到楼下玩的小孩，后果不敢想。
想问问大家：一是这种情况能不能让物业调监控查是哪一户；二是雨棚的维修费该找谁要；三是能不能在小区群里提醒一下，擦外侧玻璃一定要用结实的安全绳。
社区民警隗警官说可以先报警登记，电话0871-6722 1101。我明天去一趟。
""",
    ),
    dict(
        slug="localforum-zhicheng-post-yarn-ball-stall-junk",
        site="榰城生活圈 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.zhichengshq.com/forum/t-90172.html",
        title="周末在陴口老街摆了个毛线球小摊，说说这一个月",
        record_title="[赶集日记] 周末在陴口老街摆了个毛线球小摊，说说这一个月 - 榰城生活圈 - 吃喝玩乐",
        date=None,
        notes="county forum text: junk lines and junk glued after 。, a poster's edit note, replies; "
        "post time 4 天前 (no date)",
        page="""
!m 榰城生活圈 · 吃喝玩乐
!t [赶集日记] 周末在陴口老街摆了个毛线球小摊，说说这一个月
!m 楼主：织毛线的小隗　　4 天前　　阅读 1306　回复 27
{BODY}
!m 本帖最后由 织毛线的小隗 于 3 天前 编辑
!l 2楼　老街卖糖人的：下周我在你旁边，给你留位置
!l 3楼　榰城宝妈团：求地址，想带娃去学
!a 发表回复需先绑定手机号
!m 榰城生活圈　客服QQ群：50127783
""",
        junk=dict(lines=2, glued=3),
        body="""
上个月开始，每周六上午在陴口老街口摆摊卖毛线球，顺带教小朋友用手指编小手链，记录一下。
货是从渲湾镇一家小毛纺厂进的，纯羊毛的十八元一个，腈纶的八元一个，颜色有二十多种，最好卖的是燕麦色和雾霾蓝。
第一周只卖了九个。后来在摊位上放了几件自己织的小帽子、小挎包当样品，问的人一下多了，上周卖了四十六个。
小朋友最喜欢的是指编手链，一次五元，十分钟学会。好几个家长陪着一坐就是一上午。
天冷了打算加一些粗棒针和钩针，欢迎大家周六来逛。
""",
    ),
    dict(
        slug="download-wendangbao-rules-window-wiping-work-gb2312",
        site="文档宝下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.wendangbao.cc/soft/4410.html",
        title="高层建筑玻璃擦窗作业安全操作规程",
        record_title="高层建筑玻璃擦窗作业安全操作规程（WPS可改版）绿色下载_文档宝",
        date=None,
        notes="old gb2312 download station: file-info table, three download links, an unzip password, a dead-link "
        "report, a floating ghost-writer ad; rules with 第N条; the file's add time is relative (no date)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>高层建筑玻璃擦窗作业安全操作规程（WPS可改版）绿色下载_文档宝</title>
<script language="javascript" src="/js/float_ad.js"></script></head>
<body>
<table width="980" align="center"><tr><td>⟦m 文档宝下载站⟧ ⟦m 海量文档　高速下载⟧</td><td align="right">⟦a 加入收藏⟧ | ⟦a 设为首页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：文档宝 → 规章制度 → 安全规程⟧</td></tr></table>
<table width="980" align="center" class="info" border="1">
<tr><td colspan="2"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：36 KB⟧</td><td>⟦m 文件格式：doc⟧</td></tr>
<tr><td>⟦m 添加时间：5 个月前⟧</td><td>⟦m 下载次数：2104⟧</td></tr>
<tr><td colspan="2">⟦m 授权方式：免费共享　运行环境：WPS/Office⟧</td></tr>
</table>
<table width="980" align="center"><tr><td><b>⟦m 内容简介：⟧</b></td></tr><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
⟦a 下载地址一：电信高速下载⟧<br>⟦a 下载地址二：联通高速下载⟧<br>⟦a 下载地址三：备用网盘下载⟧<br>
⟦m 解压密码：www.wendangbao.cc⟧<br>⟦a 链接失效？点此报错⟧
</td></tr></table>
<div style="position:fixed;right:0;bottom:80px">⟦w 规章制度代编 微信 wdb_zhidu88⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资源均来自网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m 文档宝 wendangbao.cc　蜀ICP备15022719号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范高层建筑玻璃擦窗作业，防止高处坠落和物体打击事故，制定本规程。
第二条　作业人员须持有效的高处作业证，作业前检查吊篮、安全带、安全绳和擦窗器具，不合格的不得使用。
第三条　手持擦窗器、刮水器等工具必须系防坠绳，防坠绳另一端固定在吊篮或作业人员腰带上。
第四条　作业区域下方应设置警戒线和“上方作业，禁止通行”标志，并安排专人看护。
第五条　遇六级以上大风、雷雨、大雾等天气，应立即停止作业。
第六条　作业结束后，清点工具数量，确认无遗留物后方可撤除警戒。
第七条　本规程由公司安全管理部负责解释。
""",
    ),
    dict(
        slug="download-ziliaoku-rules-shoe-racks-doc-markers",
        site="资料库下载网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.ziliaokuxz.com/down/zhidu/20931.html",
        title="井口更衣室鞋刷架使用管理制度",
        record_title="井口更衣室鞋刷架使用管理制度.doc",
        date=None,
        notes="file-name record title; the rules' text as the converter gives it, cut by page markers ⥈ n ⥈ glued with a "
        "space to the continuation or on a line of their own; file box and download links; no date",
        page="""
!m 资料库下载网　　—　　免费的办公资料下载
!m 首页 ＞ 规章制度 ＞ 安全管理
{T}
!m 资料类型：doc　｜　资料大小：25KB　｜　更新：上周
!a ▶ 本地高速下载　　▶ 迅雷下载
{BODY}
!l 相关资料：矿井入井检身制度　｜　更衣室管理制度
!d 所有资料均来源于网络，版权归原作者，如有侵权请告知删除。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⥈ {n} ⥈", every=65, start=2, glue="mix", sep=" "),
        body="""
第一条　为保持井口更衣室和浴室清洁，减少煤泥带入生活区，结合本矿实际，制定本制度。
第二条　升井人员进入更衣室前，必须在入口鞋刷架处刷净胶靴上的煤泥，方可进入。
第三条　鞋刷架由后勤服务队负责管理，每班清理刷槽内的煤泥，每周冲洗一次，刷毛磨损超过三分之一的及时更换。
第四条　任何人不得损坏、挪用鞋刷架，不得在鞋刷架上放置杂物。
第五条　安全监察部每月对鞋刷架使用情况进行检查，对不刷鞋直接进入更衣室的，每次考核二十元。
第六条　本制度自下发之日起执行。
""",
    ),
    dict(
        slug="exam-jinyang-notice-seal-boxes-exam-sites",
        site="溍阳人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jyrsks.cn/kwgg/202406/t20240604_2207.html",
        title="关于做好2024年事业单位公开招聘笔试考务工作的通知",
        record_title="【考点保密提示】关于做好2024年事业单位公开招聘笔试考务工作的通知 - 溍阳人事考试网",
        date="2024-06-03",
        date_also=["2024-06-04"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; a timetable table; printing the "
        "admission ticket is content; the exam office's 考务咨询电话 beside the site's technical line; date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【考点保密提示】关于做好2024年事业单位公开招聘笔试考务工作的通知 - 溍阳人事考试网</title>
<script src="/js/zkz-float.js"></script></head>
<body>
<div class="notice-bar">⟦d 系统将于每周日凌晨0:00—6:00停机维护，期间暂停报名和缴费。⟧</div>
<header>⟦m 溍阳人事考试网⟧ ⟦m 溍阳县人事考试中心⟧</header>
<nav>⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 考务通知⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</nav>
<div class="crumb">⟦m 首页 &gt; 考务通知⟧</div>
<div class="con"><h3>{T}</h3>
<p class="src">⟦m 时间：2024-06-04　来源：考务科⟧ ⟦a 【大 中 小】⟧</p>
<div class="text">
{BODY}
</div></div>
<div class="float-zkz">⟦a 准考证打印入口 ›⟧</div>
<footer>⟦m 网上报名系统技术咨询：0874-5219 0808（工作日）⟧ ⟦m 滇ICP备17004420号⟧</footer>
</body></html>
""",
        body="""
各考点学校：
2024年溍阳县事业单位公开招聘笔试定于6月15日举行，全县设3个考点、62个考场。为确保考试安全顺利，现就有关事项通知如下：
一、考试时间安排
科目　时间　地点
职业能力倾向测验　9:00—10:30　各考点
综合应用能力　14:00—16:30　各考点
二、试卷保密。试卷袋、答题卡袋启封前须装入带锁印章盒式保密箱，由主考和一名监考共同交接；考点公章、密封章存放在印章盒内，由主考专人保管。
三、考生须自行登录溍阳人事考试网下载并打印准考证，凭准考证和有效身份证件进入考场。
考务咨询电话：0874-5219 0316（县人事考试中心考务科）
溍阳县人事考试中心
2024年6月3日
""",
    ),
    dict(
        slug="exam-kepai-notice-calligraphy-teacher-skill-test",
        site="砢山人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.keshan.gov.cn/ksgg/2024/0710/1192.html",
        title="2024年砢山县中小学书法教师招聘专业技能测试公告",
        record_title="【书法技能测评】2024年砢山县中小学书法教师招聘专业技能测试公告（附考生须知）_砢山人事考试信息网",
        date="2024-07-10",
        notes="exam site text: a scrolling-notice line, a download-ticket float line; the test requires candidates to "
        "bring their own 墨床; 成文日期 under the signature",
        page="""
!m 砢山人事考试信息网
!m 滚动公告：2024年下半年考试计划已发布，请考生及时关注
!m 首页 ＞ 考试公告
{T}
!m 发布者：考试科　浏览次数：2873
{BODY}
!a ☞ 点击进入准考证下载
!l 上一条：2024年砢山县中小学教师招聘笔试成绩公示
!m 砢山县人事考试中心　技术服务电话：0873-4612 9900
""",
        indent="\u3000\u3000",
        body="""
根据《2024年砢山县中小学教师公开招聘公告》，现将书法学科专业技能测试有关事项公告如下：
一、测试时间和地点：7月20日上午8时30分，砢山县第一中学实验楼三楼书法教室。
二、测试内容：现场临写指定碑帖一幅、创作楷书或行书作品一幅，时间共90分钟。
三、考生自备毛笔、墨锭（或墨汁）、砚台、墨床、毛毡和镇纸，宣纸由考点统一提供。测试期间不得借用他人用具。
四、考生须于7月18日起登录本网站下载并打印专业技能测试准考证。
咨询电话：0873-4612 7730（县教育体育局人事股）
砢山县人事考试中心
2024年7月10日
""",
    ),
    dict(
        slug="tender-jinyang-inquiry-shoe-brush-racks-lots",
        site="溍阳县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.jinyang.gov.cn/jyxx/zfcg/xjgg/20240820/70315.html",
        title="溍阳县机关事务服务中心办公楼入口鞋刷架采购项目询价公告",
        record_title="[询价采购·货物] 溍阳县机关事务服务中心办公楼入口鞋刷架采购项目询价公告 ▏溍阳县公共资源交易网",
        date="2024-08-20",
        notes="tender portal: a clock, a countdown to the quote deadline, CA and trading-system lines; lots table; "
        "downloading the inquiry file is content; purchaser and agency contacts; 附件 list beside an attachment link",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[询价采购·货物] 溍阳县机关事务服务中心办公楼入口鞋刷架采购项目询价公告 ▏溍阳县公共资源交易网</title>
<script src="/js/clock.js"></script></head>
<body>
<div class="top">⟦m 溍阳县公共资源交易网⟧ ⟦m 北京时间：<span id="clock">--:--:--</span>⟧ <a>⟦a 主体登录⟧</a></div>
<nav>⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧</nav>
<div class="crumb">⟦m 交易信息 › 政府采购 › 询价公告⟧</div>
<div class="detail"><h2>{T}</h2>
<p>⟦m 信息时间：2024-08-20　阅读次数：211⟧</p>
<p class="countdown">⟦a 距报价截止还剩：06天 23时 41分⟧</p>
<div class="ewb-article">
{BODY}
</div>
<p class="att">⟦a 附件：询价文件.rar（点击下载）⟧</p></div>
<footer>⟦m CA证书办理咨询：0874-5230 4400⟧ ⟦m 交易系统技术支持：400-811-3090⟧ ⟦m 主办：溍阳县公共资源交易中心⟧</footer>
</body></html>
""",
        body="""
溍阳县机关事务服务中心办公楼入口鞋刷架采购项目采用询价方式采购，欢迎符合条件的供应商参加报价。
一、项目编号：JYCG-2024-XJ-118
二、采购内容及最高限价
包号　名称　数量　最高限价
1包　不锈钢落地式鞋刷架　24组　1.92万元
2包　可更换刷头　120个　0.36万元
三、报价截止时间：2024年8月27日17时。供应商请自行下载询价文件，按要求密封报价。
四、联系方式
采购人：溍阳县机关事务服务中心，联系人：隗先生，电话：0874-5210 6618
代理机构：溍阳明诚招标咨询有限公司，联系人：沬女士，电话：0874-5226 3075
附件：1.询价文件
2.报价单格式
溍阳明诚招标咨询有限公司
2024年8月20日
""",
    ),
    dict(
        slug="tender-tingchuan-award-window-wipers-record-date",
        site="渟川县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.tingchuanxian.gov.cn/zbgg/2024/0418/66205.html",
        title="渟川县第一中学教学楼擦窗器具及清洁用品采购项目成交结果公告",
        record_date="2024-04-18",
        date="2024-04-18",
        notes="the record's title and date as is; a result table; platform service line beside the purchaser's contact",
        page="""
!m 渟川县政府采购网
!m 首页 / 采购公告 / 结果公告
{T}
!m 发布时间：2024-04-18 16:02　　浏览：96
!a 【收藏公告】　【打印】
{BODY}
!m 平台服务热线：400-867-2201
!m 渟川县财政局主办　技术支持：渟川政采云
""",
        indent="",
        body="""
一、项目编号：TCZC-2024-0416
二、项目名称：渟川县第一中学教学楼擦窗器具及清洁用品采购项目
三、成交信息
包号　成交供应商　成交金额
1包（伸缩杆擦窗器、刮水器）　榰城市明窗清洁用品有限公司　2.46万元
2包（清洁剂、抹布）　渟川县百顺家居商行　0.87万元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人渟川县第一中学，联系人沬老师，电话0871-6715 2038。
渟川县第一中学
2024年4月18日
""",
    ),
    dict(
        slug="lawfirm-mingjing-case-note-falling-window-wiper",
        site="明镜律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.mingjinglaw.cn/anli/qinquan/2406.html",
        title="擦窗器外片坠落砸伤路人，谁来担责？",
        record_title="案例精讲｜擦窗器外片坠落砸伤路人，谁来担责？—明镜律师事务所",
        date=None,
        notes="law firm: a lawyer card, a consult float, a 400 line, a 本文链接 block; a consult prompt glued after a "
        "sentence; a case note with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>案例精讲｜擦窗器外片坠落砸伤路人，谁来担责？—明镜律师事务所</title>
<script src="https://kf.mingjinglaw.cn/chat.js"></script></head>
<body>
<header>⟦m 明镜律师事务所⟧ ⟦m 法律咨询热线：400-690-1586⟧</header>
<nav>⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 案例精讲⟧ ⟦m 联系我们⟧</nav>
<div class="crumb">⟦m 首页 / 案例精讲 / 侵权责任⟧</div>
<article><h1>{T}</h1>
<p class="meta">⟦m 撰稿：隗昭律师　｜　阅读 740⟧</p>
{BODY}
<div class="link">⟦m 本文链接：https://www.mingjinglaw.cn/anli/qinquan/2406.html⟧</div>
<div class="card">⟦m 隗昭　执业证号1530120********　擅长：侵权纠纷、物业纠纷⟧ <a>⟦w 向隗律师咨询⟧</a></div>
</article>
<div class="float">⟦w 免费问律师 · 在线⟧</div>
<footer>⟦d 本文仅为法律普及，不构成对具体案件的法律意见。⟧ ⟦m 明镜律师事务所 版权所有⟧</footer>
</body></html>
""",
        body="""
【基本案情】居民甲在18楼家中用双面磁吸擦窗器擦拭外侧玻璃，因未系安全绳，外片脱落，砸中楼下路过的乙，致乙头部受伤，花去医疗费1.2万元。乙起诉要求甲赔偿。
【争议焦点】甲辩称擦窗器磁力不足是产品质量问题，应由生产厂家负责。
【法院观点】甲作为擦窗器的使用人，在高处作业时未采取系安全绳等必要防护措施，对损害发生存在过错，应承担赔偿责任；甲如认为产品存在缺陷，可在赔偿后另行向生产者追偿。⟦w 类似纠纷可点右侧“免费问律师”⟧
【律师提示】从高处掉落的物品致人损害，使用人和所有人都可能担责。在高楼擦窗，务必给擦窗器系好安全绳，并避开楼下有人通行的时段。
""",
    ),
    dict(
        slug="lawfirm-zhengyan-letter-stolen-seal-box",
        site="正言律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.zhengyanlaw.com/news/tsh/0308.html",
        title="关于印章盒失窃后印章使用风险的法律提示函",
        record_title="【法律提示函】关于印章盒失窃后印章使用风险的法律提示函 - 正言律所",
        date="2024-03-08",
        notes="law firm text: the letter's own phone inside the body beside the firm's 400 line in the page; a repost "
        "notice; 成文日期 under the signature",
        page="""
!m 正言律师事务所　｜　专注企业法律顾问服务
!m 全国咨询热线：400-035-7720
!m 首页 » 律所动态 » 提示函
{T}
{BODY}
!d 转载须注明来源“正言律师事务所”，并保持全文完整。
!w 企业常年法律顾问咨询：点击在线留言
!m 正言律师事务所　地址：榰城市硭田区礴山路26号
""",
        indent="\u3000\u3000",
        body="""
榰城市渲湾建材有限公司：
贵司于3月6日告知我所，存放公司公章和合同专用章的印章盒在办公室被盗。现就有关风险提示如下：
一、立即向公安机关报案，取得报案回执。
二、在市级以上报纸刊登印章遗失声明，声明自刊登之日起原印章作废。
三、持报案回执和登报声明，向公安机关申请重新刻制印章，并将新印章备案情况书面告知主要合作单位和开户银行。
四、失窃期间如发现有人使用原印章签订合同、出具文件，请立即告知我所，以便及时采取措施。
特此提示。
联系律师：沬嘉宁　电话：0872-6637 5120
正言律师事务所
2024年3月8日
""",
    ),
]
