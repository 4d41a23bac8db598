"""holdout126, part D: traffic-signal timing (a traffic-police brigade) and a county big-data bureau. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-zhaokou-signal-timing-notice",
        site="珧口县公安局交通管理大队 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.zhaokou.gov.cn/gaj/jjdd/202405/t20240520_33107.html",
        title="珧口县公安局交通管理大队关于优化城区部分路口信号灯配时的通告",
        record_title="珧口县公安局交通管理大队关于优化城区部分路口信号灯配时的通告_珧口县人民政府",
        date="2024-05-20",
        notes="county portal text page: 文号 line neutral, an intersection table, a 下一条 link glued after the last line, the brigade's 咨询电话 beside the portal's 12345",
        page="""
!m 珧口县人民政府　　　2024年11月08日　星期五
!m 首页 ｜ 机构 ｜ 政务公开 ｜ 政务服务 ｜ 政民互动 ｜ 数据发布
!m 首页 > 部门信息 > 县公安局 > 交通管理
{T}
!m 时间：2024-05-20 10:16　来源：县公安局　【大 中 小】
珧公交通〔2024〕7号
{BODY}
!l 上一条：关于城区主干道夜间施工临时交通管制的通告
!m 12345政务服务便民热线　珧口县人民政府办公室主办
""",
        body="""
为缓解城区早晚高峰交通拥堵，提高路口通行效率，我大队对城区部分路口信号灯配时进行了优化调整，现将有关事项通告如下。
一、调整路口及内容
路口名称　调整内容
人民路与建设路交叉口　早高峰南北直行绿灯延长15秒
滨江大道与新华街交叉口　增设左转专用相位
文昌路与学府路交叉口　上下学时段增设行人过街相位
二、实施时间
自2024年5月25日起施行。
三、有关要求
请过往车辆和行人按照信号灯指示通行，注意观察新设置的导向标志，不得闯红灯、不得越线停车。
咨询电话：0596-3316122⟦l 下一条：关于开展电动自行车头盔佩戴专项整治的通告⟧
珧口县公安局交通管理大队
2024年5月20日
""",
    ),
    dict(
        slug="news-smart-signals-green-wave",
        site="瑗城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yuanchengnews.cn/city/2024/0903/20240903A0331.html",
        title="“绿波带”上线 城区主干道通行时间缩短两成",
        record_title=None,
        date="2024-09-03",
        notes="news portal: top ad slot, channel nav, byline 发布时间, photo caption and a video box between paragraphs, comment count, hot list and copyright",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>“绿波带”上线 城区主干道通行时间缩短两成_瑗城新闻网</title></head>
<body>
<div class="ad">⟦a 广告　瑗城车展9月火热开幕，点击预约试驾⟧</div>
<div class="hd">⟦m 瑗城新闻网 — 瑗城人的新闻客户端⟧</div>
<div class="nv">⟦m 首页⟧ ⟦m 时政⟧ ⟦m 城事⟧ ⟦m 交通⟧ ⟦m 民生⟧ ⟦m 评论⟧</div>
<div class="art"><h1>{T}</h1>
<div class="info">⟦m 发布时间：2024年09月03日 08:30　来源：瑗城日报　作者：甘露⟧ ⟦l 评论(36)⟧</div>
<p>9月2日早高峰，记者驾车从瑗城东站出发，沿迎宾大道一路向西，连续通过7个路口都赶上了绿灯。</p>
<p>⟦m ▲ 迎宾大道“绿波带”路段。记者 甘露 摄⟧</p>
<p>据市公安局交警支队介绍，今年以来，支队对迎宾大道、解放路等4条主干道的38个信号灯进行了联网改造，根据车流量实时调整配时，形成“绿波带”。</p>
<div class="video">⟦a 点击播放：一分钟看懂“绿波带”⟧</div>
<p>监测数据显示，“绿波带”上线后，车辆通过上述路段的平均时间缩短了21%，停车次数减少了近一半。</p>
<p>交警部门提醒，驾驶人在“绿波带”路段应按照提示车速行驶，过快或过慢都会错过绿灯。</p>
</div>
<div class="hot"><h4>⟦l 热点排行⟧</h4><p>⟦l 1 瑗城地铁2号线最新进展⟧</p><p>⟦l 2 中秋假期高速免费通行吗？⟧</p></div>
<div class="ft">⟦d 瑗城新闻网所刊载内容之知识产权为瑗城日报社所有，任何单位及个人未经许可不得转载⟧</div>
</body></html>
""",
        body="""
9月2日早高峰，记者驾车从瑗城东站出发，沿迎宾大道一路向西，连续通过7个路口都赶上了绿灯。
据市公安局交警支队介绍，今年以来，支队对迎宾大道、解放路等4条主干道的38个信号灯进行了联网改造，根据车流量实时调整配时，形成“绿波带”。
监测数据显示，“绿波带”上线后，车辆通过上述路段的平均时间缩短了21%，停车次数减少了近一半。
交警部门提醒，驾驶人在“绿波带”路段应按照提示车速行驶，过快或过慢都会错过绿灯。
""",
    ),
    dict(
        slug="wechat-traffic-police-crosswalk-signal",
        site="珧口交警 公众号镜像 (invented)",
        style="公众号镜像",
        genre="公告",
        kind="notice",
        form="html",
        source="https://wx.readmirror.cn/a/zhaokoujj/20241014/1",
        title="注意！这些路口新增行人过街按钮式信号灯",
        record_title="注意！这些路口新增行人过街按钮式信号灯",
        date="2024-10-14",
        notes="WeChat mirror in HTML: account header with a dated line, follow prompt, the notice asks readers to 按下按钮 and 关注/分享 as content, like/wow bar, QR footer",
        page="""
<html><head><meta charset="utf-8"><title>注意！这些路口新增行人过街按钮式信号灯</title></head>
<body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 珧口交警　2024年10月14日 18:02　福建⟧</div>
<div class="follow">⟦a 点击蓝字 关注我们⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tail">⟦l 分享　收藏　点赞 54　在看 12⟧</div>
<div class="qr">⟦a 长按识别二维码，关注珧口交警⟧</div>
<div class="mirror">⟦d 本文转载自微信公众号，仅作信息留存，著作权归原作者⟧</div>
</div></body></html>
""",
        body="""
为保障行人特别是老年人和学生过街安全，近日，珧口交警在城区5处无信号控制的人行横道新增了行人过街按钮式信号灯。
具体位置如下：
1.实验小学门口（文昌路）；
2.县人民医院东门（健康路）；
3.滨江公园南门（滨江大道）；
4.城关中学门口（学府路）；
5.农贸市场北口（新华街）。
使用方法：行人按下路口立柱上的过街按钮，等待约20秒后，机动车信号灯变为红灯，行人信号灯变为绿灯，即可通行。
请广大市民转告家中老人和孩子，也欢迎大家分享本文，让更多人了解新设施的用法。
""",
    ),
    dict(
        slug="localforum-signal-complaint-official-reply",
        site="瑗城论坛 (invented)",
        style="地方论坛",
        genre="答复",
        kind="reply",
        form="html",
        source="https://bbs.yuancheng.cc/thread-771205-1-1.html",
        title="关于解放路与光明街路口左转信号灯时间过短问题的答复",
        record_title="[问政瑗城] 解放路光明街路口左转灯太短了，天天堵！",
        date="2024-07-26",
        date_also=["2024-07-29"],
        junk=dict(lines=1, glued=1),
        notes="Discuz-like local forum: a netizen's question post as chrome of the thread (list), the official reply as the document, jammer fonts, floor meta, reply editor",
        page="""
<html><head><meta charset="gbk"><title>[问政瑗城] 解放路光明街路口左转灯太短了，天天堵！ - 瑗城论坛</title></head>
<body>
<div id="hd">⟦m 瑗城论坛 - 瑗城人自己的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 瑗城论坛 › 问政瑗城 › 查看内容⟧</div>
<div class="pl">
<div class="post">⟦m 楼主　早八人　发表于 2024-7-15 07:58⟧</div>
<div class="msg">⟦l 每天早上解放路往光明街左转，绿灯就十几秒，一次只能过三四辆车，排队排到上一个路口，希望交警看看。⟧</div>
<div class="post">⟦m 2#　瑗城市公安局交警支队（认证）　发表于 2024-7-29 16:21⟧</div>
<div class="msg">
<p>{T}</p>
{BODY}
</div>
<div class="op">⟦l 支持(18)　反对(0)　回复　举报⟧</div>
</div>
<div class="fastpost">⟦a 快速回复：您需要登录后才可以回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　瑗城论坛　闽ICP备08011207号⟧</div>
</body></html>
""",
        body="""
网友您好：
您反映的问题已收悉。经我支队秩序科实地调查，该路口早高峰时段由解放路左转进入光明街的车流量较去年同期增长约30%，原有配时已不能满足通行需求。
针对上述情况，我支队已于7月25日对该路口信号灯配时进行调整，早高峰（7:00—9:00）左转绿灯时间由15秒延长至28秒，同时在解放路增设左转待转区。
调整后，我们将持续观察路口通行情况，视情况进一步优化。感谢您对交通管理工作的关心和支持。
瑗城市公安局交通警察支队
2024年7月26日
""",
    ),
    dict(
        slug="univ-transport-college-signal-lab-news",
        site="瑗城交通职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yctc.edu.cn/info/1021/15523.htm",
        title="我院交通信号控制实训室通过省级验收",
        record_title="我院交通信号控制实训室通过省级验收-瑗城交通职业技术学院",
        date="2024-12-06",
        notes="college site: quick links (校历, VPN, 邮箱), breadcrumb, author/photo/editor/reviewer line (meta), 点击数 via script, prev/next links",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我院交通信号控制实训室通过省级验收-瑗城交通职业技术学院</title></head>
<body>
<div class="quick">⟦m 信息门户⟧ ⟦m 校园邮箱⟧ ⟦m VPN⟧ ⟦m 校历⟧ ⟦m 图书馆⟧</div>
<div class="logo">⟦m 瑗城交通职业技术学院 Yuancheng Transport Vocational and Technical College⟧</div>
<div class="mainnav">⟦m 学院概况⟧ ⟦m 院系设置⟧ ⟦m 教育教学⟧ ⟦m 招生就业⟧ ⟦m 校园文化⟧</div>
<div class="where">⟦m 当前位置：首页 &gt;&gt; 学院新闻 &gt;&gt; 综合新闻⟧</div>
<form name="_newscontent_fromname"><h1>{T}</h1>
<div class="author">⟦m 作者：智能交通学院　摄影：黎航　审核：包卫东　发布时间：2024-12-06　点击数：⟧<script>_showDynClicks("wbnews", 1587, 15523)</script></div>
{BODY}
<div class="pn">⟦l 上一条：我院学子在全省职业院校技能大赛中获佳绩⟧<br>⟦l 下一条：学院召开2025届毕业生就业工作推进会⟧</div>
</form>
<div class="foot">⟦m 地址：瑗城市高教园区学苑路1号　邮编：363000⟧　⟦m 版权所有 瑗城交通职业技术学院⟧</div>
</body></html>
""",
        body="""
12月5日，省教育厅组织专家组对我院交通信号控制实训室建设项目进行现场验收，专家组一致同意该项目通过验收。
该实训室由智能交通学院牵头建设，配备信号机、线圈检测器、视频检测器等设备42台套，可开展信号配时设计、路口渠化仿真、交通流数据采集等12项实训项目。
专家组认为，实训室建设标准高、功能完善，与行业企业实际需求结合紧密，能够有效支撑智能交通技术运用等专业的实践教学。
下一步，学院将以实训室为平台，深化与市交警支队、信号设备企业的合作，开展社会培训和技术服务。
""",
    ),
    dict(
        slug="snapshot-bigdata-bureau-open-data-notice",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.kuaisou.cn/c?u=www.zhaokou.gov.cn/sjj/tzgg/0618.html",
        title="珧口县数据资源管理局关于开展公共数据开放目录编制工作的通知",
        record_title="珧口县数据资源管理局关于开展公共数据开放目录编制工作的通知",
        date="2024-06-17",
        notes="snapshot frame in HTML: the cache banner with a capture stamp, the original page inside with its own nav and footer, a 附件 list and the bureau's 联系人/邮箱",
        page="""
<html><head><meta charset="utf-8"><title>珧口县数据资源管理局关于开展公共数据开放目录编制工作的通知 - 快搜快照</title></head>
<body>
<div style="background:#ffd">⟦m 快搜快照：本页是 www.zhaokou.gov.cn/sjj/tzgg/0618.html 于 2024年8月1日 的存档⟧ ⟦d 快照内容可能与原网页不同，快搜不对其内容负责⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div>⟦m 珧口县数据资源管理局⟧</div>
<div>⟦m 首页 ｜ 机构职能 ｜ 通知公告 ｜ 数据开放 ｜ 政策解读⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2024-06-18　　浏览量：403⟧</div>
{BODY}
<div>⟦m 珧口县数据资源管理局 主办　闽ICP备15020331号-3⟧</div>
</div>
</body></html>
""",
        date_also=["2024-06-18"],
        body="""
县直各单位：
为推动公共数据有序开放，释放数据要素价值，根据《公共数据资源开发利用管理办法》有关规定，决定在全县开展公共数据开放目录编制工作。现将有关事项通知如下。
一、各单位要对本单位掌握的公共数据进行全面梳理，按照无条件开放、有条件开放、不予开放三类进行分级分类。
二、开放目录应当包括数据名称、数据项、更新频率、开放方式等内容，按附件格式填报。
三、请各单位于7月15日前将开放目录电子版报送县数据资源管理局。
联系人：数据应用科　魏敏
邮箱：zksjj_kf@163.com
附件：1.公共数据开放目录编制指南
2.公共数据开放目录填报表
珧口县数据资源管理局
2024年6月17日
""",
    ),
    dict(
        slug="party-bigdata-bureau-secretary-report-pages",
        site="珧口机关党建网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.zkjgdj.gov.cn/szbg/2025/0110/621.html",
        title="县数据资源管理局党支部书记2024年度抓基层党建工作述职报告",
        record_title="【述职评议】县数据资源管理局党支部书记2024年度抓基层党建工作述职报告",
        date="2025-01-08",
        pages=dict(fmt="—第{n}面—", every=170, start=2, glue="mix"),
        notes="Party-building site (text): preview-converter markers —第n面— cutting sentences (some glued), study-platform prompt, evaluation form link",
        page="""
!m 珧口机关党建网　　学习贯彻党的二十届三中全会精神
!m 首页 / 述职评议 / 正文
{T}
!m 2025-01-10　来源：县数据资源管理局机关党支部
!a 字号：A+　A-　　打印　　收藏
{BODY}
!a 点此进入“述职评议”在线测评
!l 延伸阅读：县政务服务中心党支部书记述职报告
!m 珧口县直机关工委主办
""",
        date_also=["2025-01-10"],
        body="""
2024年，我认真履行党支部书记抓党建第一责任人职责，坚持以党建引领数据工作，现将有关情况报告如下。
一、履职情况
（一）抓理论武装。全年组织支部集中学习14次，开展“数据赋能·党员先行”专题研讨3次，讲党课2次。
（二）抓支部建设。严格落实“三会一课”制度，规范开展主题党日12次，新发展党员1名，支部获评县直机关“五星支部”。
（三）抓党建与业务融合。设立“一网通办”党员先锋岗，党员牵头完成政务数据共享接口86个，推动23个高频事项“免证办”。
二、存在问题
一是理论学习与业务结合还不够紧密；二是党员在数据安全领域的专业能力有待提高。
三、下一步打算
坚持问题导向，健全学习培训机制，组织党员参加数据安全专题培训，推动支部建设与数字政府建设同频共振。
县数据资源管理局党支部书记　田嘉
2025年1月8日
""",
    ),
    dict(
        slug="exam-bigdata-bureau-recruitment-timetable",
        site="珧口人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.zkrsks.cn/ksgg/2024/0422/1190.html",
        title="珧口县数据资源管理局所属事业单位2024年公开招聘工作人员公告",
        record_title="【考务公告】珧口县数据资源管理局所属事业单位2024年公开招聘工作人员公告",
        date="2024-04-22",
        notes="personnel-exam site: exam category tabs, a timetable table, 下载/打印准考证 as content, the exam committee's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>珧口县数据资源管理局所属事业单位2024年公开招聘工作人员公告-珧口人事考试网</title></head>
<body>
<div class="hd">⟦m 珧口人事考试网⟧ ⟦m 公平 公正 公开⟧</div>
<div class="tabs">⟦m 公务员考试⟧ ⟦m 事业单位考试⟧ ⟦m 职称考试⟧ ⟦m 成绩查询⟧</div>
<div class="pos">⟦m 当前位置：首页 - 考试公告⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 日期：2024-04-22　　来源：县人社局⟧</div>
{BODY}
<div class="dl">⟦a 附件下载：招聘岗位表.xls⟧</div>
<div class="ft">⟦m 网站技术支持电话：0596-3300866（仅限网站使用问题）⟧　⟦m 珧口县人事考试中心⟧</div>
</body></html>
""",
        body="""
根据工作需要，经县人力资源和社会保障局批准，珧口县数据资源管理局所属县大数据服务中心2024年公开招聘工作人员6名。现将有关事项公告如下。
一、招聘岗位
岗位　人数　专业要求
数据治理　3　计算机科学与技术、数据科学与大数据技术
网络安全　2　网络空间安全、信息安全
综合文字　1　汉语言文学、新闻学
二、考试安排
科目　时间
职业能力倾向测验　5月25日9:00—10:30
综合应用能力　5月25日10:30—12:00
三、准考证打印
报名资格审核通过的考生，请于5月20日至24日登录本网站下载并打印准考证。
咨询电话：0596-3318207（县人社局事业单位管理股）
珧口县人力资源和社会保障局
2024年4月22日
""",
    ),
    dict(
        slug="edu-smart-campus-data-governance-wrapped",
        site="珧口教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.zhaokou.gov.cn/tzgg/2024/0909/2207.html",
        title="关于做好教育数据治理和“智慧校园”基础数据更新工作的通知",
        record_title="关于做好教育数据治理和“智慧校园”基础数据更新工作的通知 - 珧口教育信息网",
        date="2024-09-09",
        wrap=64,
        indent="\u3000\u3000",
        notes="education portal text page, body hard-wrapped at 64 columns, decimal headings 1.1/1.2 never joined to the body, a 下载 sentence in the notice, a school-side login prompt",
        page="""
!m 珧口教育信息网　　教育局官方网站
!m 首页 | 教育新闻 | 通知公告 | 教学教研 | 招生考试 | 校园安全
!m 当前位置：首页 -> 通知公告
{T}
!m 作者：电教馆　　发布时间：2024-09-09　　点击：1130
{BODY}
!a 学校账号登录后可查看填报进度
!m 珧口县教育局 主办　珧口县电化教育馆 承办
""",
        body="""
各中小学、幼儿园：
为提升教育数据质量，支撑“智慧校园”建设应用，现就做好2024年秋季学期教育数据治理和基础数据更新工作通知如下。
1 更新范围
1.1 学生数据：新生入学、转学、休学、复学等学籍变动信息。
1.2 教职工数据：新入职、调动、退休等人员信息及任教学科。
1.3 办学条件数据：校舍、功能教室、信息化设备等数据。
2 工作要求
各学校要指定一名数据管理员，于9月30日前完成数据更新。操作手册可在“智慧校园”平台首页下载。电教馆将对数据质量进行抽查，抽查结果纳入学校年度考核。
珧口县教育局
2024年9月9日
""",
    ),
    dict(
        slug="print-bigdata-data-sharing-rules",
        site="瑗城市政务数据局 (invented)",
        style="打印页",
        genre="办法",
        kind="regulation",
        form="html",
        source="https://sjj.yuancheng.gov.cn/zcfg/print.html?id=3207",
        title="瑗城市政务数据共享管理办法",
        record_title="〔打印稿〕瑗城市政务数据共享管理办法",
        date="2024-03-29",
        notes="print view in HTML: print toolbar, a printed URL and print time (not dates), articles speaking of 下载/打印/复制 as content, print footer in its own form",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 【打印】【关闭】【另存为PDF】⟧</div>
<div>⟦m 瑗城市政务数据局　政策法规⟧</div>
<h2>{T}</h2>
<p>瑗政办规〔2024〕3号</p>
{BODY}
<div>⟦m 网址：https://sjj.yuancheng.gov.cn/zcfg/3207.html　打印于：2024-10-12 09:40⟧</div>
<div>⟦p ≡ 1 / 1 ≡⟧</div>
</body></html>
""",
        body="""
第一条　为规范政务数据共享，提高政务服务效率，根据有关法律法规，结合本市实际，制定本办法。
第二条　本办法所称政务数据，是指政务部门在履行职责过程中产生或者获取的各类数据。
第三条　政务数据以共享为原则，不共享为例外。
第四条　使用部门通过共享平台下载的数据，仅限于本部门履行职责使用，不得擅自复制、向第三方提供或者用于其他目的。
第五条　涉及个人信息的数据，原则上通过接口方式核验，确需打印纸质材料的，应当登记打印人员、时间和用途。
第六条　政务数据局每年对各部门数据共享情况进行评估，评估结果纳入数字政府建设考核。
第七条　本办法自2024年5月1日起施行。
瑗城市人民政府办公室
2024年3月29日
""",
    ),
    dict(
        slug="qa-one-stop-service-app-how",
        site="邻里问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.linliwenda.com/q/3318842",
        title="“闽政珧办”APP上怎么开无犯罪记录证明？",
        record_title="“闽政珧办”APP上怎么开无犯罪记录证明？ - 邻里问答",
        date=None,
        notes="Q&A with a relative answer time (no date): an answer written as numbered steps telling users to 下载/扫码/打印, a best-answer badge, an ad between answers and related questions",
        page="""
!m 邻里问答　　首页　热门　提问
{T}
!m 提问者：匿名用户　　浏览 906
!m 最佳答案　　珧口数据小助手　　2天前
{BODY}
!a 广告　办证不求人，扫码预约政务代办服务
!l 其他回答（2）：我上个月刚开过，半小时就出来了
!l 相关问题：APP开的证明单位认不认？
!m 邻里问答 © 2024　网络110报警服务
""",
        body="""
可以在APP上全程网办，步骤如下：
1.在手机应用商店下载“闽政珧办”APP，用本人身份证实名注册并完成刷脸认证；
2.首页搜索“无犯罪记录证明”，选择“个人申请”；
3.填写申请用途，上传身份证照片，提交申请；
4.审核通过后，在“我的证照”里可以查看电子证明，需要纸质件的可以到政务服务中心自助机扫码打印。
一般1到3个工作日就能办结，全程不用跑腿。
""",
    ),
]
