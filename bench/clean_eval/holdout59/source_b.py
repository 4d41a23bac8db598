"""holdout59, part B: HTML pages of portals (government, news, Party building, hospital, university, education). Invented text."""

CASES = [
    dict(
        slug="gov-huiling-html-mapping-notice",
        site="茴岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.huiling.gov.cn/zwgk/tzgg/202503/t20250311_412208.html",
        title="茴岭县自然资源局关于开展第二次地名普查成果补充调查的通知",
        record_title=None,
        date="2025-03-11",
        notes="modern county portal; byline 发布时间 is the date; document number neutral; attachment list kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>茴岭县自然资源局关于开展第二次地名普查成果补充调查的通知_通知公告_茴岭县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var _hmt=_hmt||[];</script>
<link rel="stylesheet" href="/css/zwgk.css"></head>
<body>
<div class="topbar">⟦m 茴岭县人民政府门户网站⟧ <span>⟦a 无障碍阅读⟧</span> <span>⟦a 长者模式⟧</span> <span>⟦m 今天是：<b>星期二</b>⟧</span></div>
<ul class="nav"><li>⟦l 首页⟧</li><li>⟦l 走进茴岭⟧</li><li>⟦l 政务公开⟧</li><li>⟦l 政务服务⟧</li><li>⟦l 互动交流⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-03-11 15:20　信息来源：县自然资源局　浏览次数：<span id="hits">417</span>⟧</div>
<div class="fontsize">⟦a 【字体：大 中 小】【打印本页】【关闭】⟧</div>
<p class="docno">茴自然资发〔2025〕9号</p>
{BODY}
</div>
<div class="share">⟦l 分享到：微博 微信 QQ空间⟧</div>
<div class="related"><h3>⟦l 相关阅读⟧</h3><ul><li>⟦l 县自然资源局2024年政府信息公开工作年度报告⟧</li><li>⟦l 关于公布第一批县级地名文化遗产名录的公告⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：茴岭县人民政府办公室　承办：县大数据服务中心⟧</p>
<p>⟦m 网站标识码：4310270011　湘ICP备05002786号　湘公网安备43102702000118号⟧</p>
<p>⟦w 网站纠错电话：0735-4220119⟧</p>
</div>
<script>document.getElementById('hits').innerHTML=417;</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为进一步完善第二次全国地名普查成果，做好地名标志设置和地名信息库更新，县自然资源局决定开展地名普查成果补充调查。现将有关事项通知如下：
一、调查范围。2018年以来新建、更名或撤销的村（社区）、自然村、街巷、桥梁、水库等地名。
二、调查内容。逐条核实地名的标准名称、汉语拼音、位置坐标、含义和历史沿革，填写《地名补充调查登记表》。
三、时间安排。3月31日前各乡镇完成摸底，4月30日前报送成果。
四、联系方式。县自然资源局地名办，联系人：姚振川，电话：0735-4228735，邮箱：hlxdmb@163.com。
附件：1.地名补充调查登记表
2.地名补充调查工作流程
茴岭县自然资源局
2025年3月11日
""",
    ),
    dict(
        slug="gov-lianchuan-old-table-gazetteer-request",
        site="蓼川县地方志编纂中心 (invented)",
        style="政府门户",
        genre="请示",
        kind="request",
        form="html",
        source="http://www.lcdfz.gov.cn/news_view.asp?id=1287",
        title="关于申请《蓼川县志（2006—2020）》出版经费的请示",
        date="2024-06-03",
        notes="old gb2312 table layout; visitor counter; marquee; table layout body in td",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>蓼川县地方志编纂中心</title>
<style>td{font-size:12px}</style></head>
<body>
<table width="960" align="center"><tr><td><img src="images/banner.jpg"> ⟦m 蓼川方志网 存史 资政 育人⟧</td></tr>
<tr><td>⟦l 首页⟧ | ⟦l 机构概况⟧ | ⟦l 志鉴编纂⟧ | ⟦l 旧志整理⟧ | ⟦l 方志动态⟧</td></tr>
<tr><td><marquee>⟦m 欢迎访问蓼川方志网！热烈庆祝《蓼川年鉴（2023）》出版发行！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="200" valign="top"><table><tr><td>⟦l 栏目导航⟧</td></tr><tr><td>⟦l ·工作动态⟧</td></tr><tr><td>⟦l ·通知公告⟧</td></tr><tr><td>⟦l ·方志文化⟧</td></tr></table></td>
<td valign="top">
<table width="100%"><tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 作者：中心办公室　来源：本站原创　点击数：203　更新时间：2024/6/5⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦m 版权所有：蓼川县地方志编纂中心　地址：蓼川县城关镇府前街18号　电话：0719-6021133⟧<br>⟦m 您是本站第 0058231 位访客⟧</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
县人民政府：
《蓼川县志（2006—2020）》经过五年编纂，已于2024年4月通过省地方志办公室终审，全书约180万字，图片560幅，拟于年内出版。
经与出版社初步洽商，按印刷1500套计算，排版、印刷、装订及审读费用共需资金68.4万元。我中心年度预算中仅安排出版经费20万元，尚有缺口48.4万元。
为确保县志按期出版，恳请县政府在年度预算调整时予以追加。
妥否，请批示。
蓼川县地方志编纂中心
2024年6月3日
""",
    ),
    dict(
        slug="news-zhiwan-html-lighthouse-opening",
        site="芷湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhiwannews.cn/local/2025-07/02/content_9981213.htm",
        title="芷湾港新建灯塔正式发光 夜航船舶有了“守护眼”",
        record_title="芷湾港新建灯塔正式发光 夜航船舶有了“守护眼”_芷湾新闻网",
        date="2025-07-02",
        notes="modern news portal; reporter byline and editor line; hot list sidebar; record title with site suffix",
        page="""
<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>芷湾港新建灯塔正式发光 夜航船舶有了“守护眼”_芷湾新闻网</title>
<script>window.ADS=[];</script></head>
<body>
<header><div class="logo">⟦m 芷湾新闻网 · 海风里的城市新闻⟧</div>
<nav>⟦l 要闻⟧ ⟦l 本地⟧ ⟦l 民生⟧ ⟦l 视频⟧ ⟦l 专题⟧</nav></header>
<main>
<div class="loc">⟦m 芷湾新闻网 › 本地 › 正文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2025-07-02 19:46:08　来源：芷湾日报　记者　戚海鸣　通讯员　苏晓帆⟧</div>
{BODY}
<div class="editor">⟦m 【责任编辑：骆晴】⟧</div>
<div class="tools">⟦a 打印⟧ ⟦a 纠错⟧ ⟦a 收藏⟧ ⟦l 分享至：朋友圈 微博⟧</div>
</main>
<aside><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 暑期海滨浴场开放时间公布⟧</li><li>⟦l 芷湾至蔺口客滚航线加密班次⟧</li><li>⟦l 台风“海葵”外围云系明起影响我市⟧</li></ol></aside>
<footer>⟦m 芷湾新闻网版权所有　互联网新闻信息服务许可证：45120190007⟧<br>⟦d 未经授权禁止转载、摘编、复制或建立镜像⟧</footer>
</body></html>
""",
        body="""
7月1日晚8时，随着控制室一声口令，位于芷湾港东防波堤尽头的新灯塔亮起白光，每10秒闪光一次，射程可达18海里。
这座灯塔高32米，由交通运输部某航海保障中心投资建设，历时十个月完工，取代了已服役四十余年的老灯桩。
“以前晚上进港，老远只能看到一点微光，现在十几海里外就能看见。”在港区作业多年的渔船船长冼阿福说。
据介绍，新灯塔配备了太阳能供电和远程监控系统，工作人员在控制室就能掌握灯器运行状态，出现故障可自动切换备用灯。
""",
    ),
    dict(
        slug="news-heyang-html-bus-line-table",
        site="蘅阳融媒 (invented)",
        style="新闻门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hyrongmei.com/shenghuo/20250915/a8812.html",
        title="蘅阳县城乡公交线路调整公告",
        record_title="蘅阳县城乡公交线路调整公告",
        record_date="2025-09-15",
        date="2025-09-15",
        notes="record date; data table one row a paragraph with ideographic spaces; app download banner",
        page="""
<html><head><meta charset="utf-8"><title>蘅阳县城乡公交线路调整公告 - 蘅阳融媒</title></head>
<body>
<div class="app-banner">⟦a 打开蘅阳融媒APP，看更多本地资讯⟧ <a>⟦a 立即打开⟧</a></div>
<div class="head">⟦m 蘅阳融媒 | 蘅阳县融媒体中心主办⟧</div>
<div class="channel">⟦m 首页 / 生活服务 / 出行⟧</div>
<h2>{T}</h2>
<p class="by">⟦m 发布：2025年09月15日 10:02 | 编辑：尹萌 | 阅读 2.6万⟧</p>
{BODY}
<div class="like">⟦a 点赞 128⟧ ⟦l 写评论⟧</div>
<div class="more"><b>⟦l 推荐阅读⟧</b><p>⟦l 国庆假期县城免费停车场名单⟧</p><p>⟦l 蘅阳至市区城际公交票价下调⟧</p></div>
<div class="foot">⟦m 蘅阳县融媒体中心　电话：0734-5290001⟧</div>
</body></html>
""",
        body="""
为方便群众出行，经县交通运输局研究，自2025年9月20日起对以下城乡公交线路进行调整：
线路　起点　终点　首班　末班
3路　县汽车站　西塘村　6:30　18:30
7路　人民医院　蘅北工业园　6:50　19:00
11路　火车站　石鼓镇　7:00　17:30
调整后，3路延伸至西塘村委会，7路增设蘅北小学站。
乘客如有疑问，可拨打公交公司服务电话0734-5236600咨询。
蘅阳县公共交通有限公司
2025年9月15日
""",
    ),
    dict(
        slug="dangjian-qiantang-html-ferry-branch-speech",
        site="芡塘党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.qiantang.gov.cn/zzsh/202406/t20240628_66120.html",
        title="在渡运站党支部“七一”主题党日活动上的讲话",
        date="2024-06-28",
        notes="speech with speaker and date lines under the title (neutral); Party-building chrome; 扫码 line in body kept",
        page="""
<html><head><meta charset="utf-8"><title>在渡运站党支部“七一”主题党日活动上的讲话-芡塘党建网</title></head>
<body>
<div class="banner">⟦m 芡塘党建网　旗帜引领 实干争先⟧</div>
<div class="menu">⟦l 党建要闻⟧ ⟦l 组织生活⟧ ⟦l 党员教育⟧ ⟦l 先锋风采⟧ ⟦l 学习园地⟧</div>
<div class="pos">⟦m 当前页：党建网首页 ＞ 组织生活 ＞ 支部活动⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="src">⟦m 稿源：镇交通运输管理站　审核：邬建群　录入时间：2024-07-01⟧</div>
<p class="speaker">渡运站党支部书记　甘立春</p>
<p class="sdate">（2024年6月28日）</p>
{BODY}
</div>
<div class="bottom-tools">⟦a 【打印此文】⟧ ⟦a 【关闭窗口】⟧ ⟦l 【返回顶部】⟧</div>
<div class="foot">⟦m 中共芡塘镇委员会组织委员办公室 主办　备案号：皖ICP备15008843号⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在渡口边过一个特别的主题党日。咱们支部9名党员，守着这条河上的两条渡船，一年摆渡群众将近8万人次，没有出过一起安全事故，这是大家用心用力干出来的。
借这个机会，我给大家提三点希望。
第一，安全是渡运的生命线。汛期马上到了，水位超过警戒线一律停航，救生衣一人一件，谁也不许图省事。
第二，服务要再贴心一点。渡口候船棚已经装了电子屏，大家要教会老人用手机扫码查看开航时间，碰到行动不便的群众要主动搀扶。
第三，党员要冲在前面。夜间应急摆渡、汛期值守，党员先报名、先上岗。
同志们，渡船虽小，连着两岸群众的心。希望大家把党员的样子留在每一趟航程里。
""",
    ),
    dict(
        slug="hospital-cuijiang-html-hearing-aid-notice",
        site="翠江县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.cjxrmyy.com/news/gonggao/1172.html",
        title="关于开展老年人免费听力筛查和助听器验配服务的公告",
        record_title="关于开展老年人免费听力筛查和助听器验配服务的公告-翠江县人民医院",
        date="2025-03-01",
        notes="hospital site: floating consult box, appointment hotline vs document contact; 预约 words in body",
        page="""
<html><head><meta charset="utf-8"><title>关于开展老年人免费听力筛查和助听器验配服务的公告-翠江县人民医院</title></head>
<body>
<div class="top">⟦m 翠江县人民医院　二级甲等综合医院⟧ <span>⟦w 24小时急救电话：0766-120⟧</span></div>
<div class="nav">⟦l 医院概况⟧ ⟦l 科室导航⟧ ⟦l 专家介绍⟧ ⟦l 就医指南⟧ ⟦l 新闻中心⟧</div>
<div class="where">⟦m 新闻中心 → 医院公告⟧</div>
<h3>{T}</h3>
<div class="time">⟦m 时间：2025-03-03　作者：耳鼻咽喉科　点击：1536⟧</div>
{BODY}
<div class="float-box">⟦w 在线咨询　预约挂号请拨 0766-3389120⟧ ⟦a 关闭⟧</div>
<div class="prevnext">⟦l 上一条：关于调整门诊夜间接诊时间的公告⟧<br>⟦l 下一条：我院顺利通过二级甲等医院复审⟧</div>
<div class="footer">⟦m Copyright © 翠江县人民医院 地址：翠江县滨江路66号⟧ ⟦m 粤ICP备13045120号⟧</div>
</body></html>
""",
        body="""
为贯彻落实“3·3”全国爱耳日活动要求，我院耳鼻咽喉科联合县残联，自2025年3月3日起开展老年人免费听力筛查和助听器验配服务。
一、服务对象：本县户籍60周岁以上老年人。
二、服务内容：免费纯音测听、声导抗检查；经评估符合条件的低保、特困老人免费验配助听器一台。
三、服务时间：每周一至周五上午8:00—11:30，地点在门诊三楼耳鼻咽喉科。
四、注意事项：请携带身份证、医保卡，低保、特困老人另需携带相关证明。
咨询电话：0766-3389157（耳鼻咽喉科护士站）。
翠江县人民医院
2025年3月1日
""",
    ),
    dict(
        slug="university-mingxi-html-survey-college-news",
        site="明溪学院 测绘工程学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://chxy.mxu.edu.cn/info/1034/8821.htm",
        title="测绘工程学院师生赴菰城开展不动产测量实践教学",
        date="2025-05-16",
        notes="university college site; byline with 发布时间; footer address; 打印 in body text kept",
        page="""
<html><head><meta charset="utf-8"><title>测绘工程学院师生赴菰城开展不动产测量实践教学-明溪学院测绘工程学院</title></head>
<body>
<div class="header">⟦m 明溪学院　测绘工程学院⟧ <span>⟦l 学校首页⟧ ⟦l English⟧</span></div>
<div class="menu">⟦l 学院概况⟧ ⟦l 师资队伍⟧ ⟦l 本科教学⟧ ⟦l 科学研究⟧ ⟦l 学生工作⟧</div>
<div class="path">⟦m 当前位置: 首页 &gt;&gt; 学院新闻 &gt;&gt; 正文⟧</div>
<h2>{T}</h2>
<p class="arti-meta">⟦m 发布时间：2025-05-16　作者：郗楠　审核：龚立平　浏览次数：⟧<script>_showDynClicks("wbnews",1111,8821)</script></p>
{BODY}
<div class="close">⟦a 【关闭】⟧</div>
<div class="foot">⟦m 地址：明溪市大学路9号　邮编：365200⟧<br>⟦m Copyright©2025 明溪学院测绘工程学院⟧</div>
</body></html>
""",
        body="""
5月12日至15日，测绘工程学院组织2022级测绘工程专业87名学生，在6名指导教师带领下赴菰城县开展不动产测量实践教学。
实践中，学生分成12个小组，使用GNSS接收机、全站仪等设备，完成了菰城镇两个村共计416宗宅基地的权属界址测量，并现场绘制宗地图。
指导教师饶志远介绍，这次实践让学生真正接触到农村不动产确权的实际问题，比如界址争议、历史遗留违建等，是课堂上学不到的。
返校后，各小组将整理测量数据，打印成果图件，交菰城县自然资源局审核使用。
""",
    ),
    dict(
        slug="edu-mucheng-html-braille-textbook-notice",
        site="苜川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.muchuan.gov.cn/jydt/tzgg/2025/0826/3317.html",
        title="关于做好2025年秋季学期盲文教材征订发放工作的通知",
        record_title="关于做好2025年秋季学期盲文教材征订发放工作的通知",
        date="2025-08-26",
        notes="education portal; JS date; 附件 and 抄送 kept; glued chrome after 。",
        page="""
<html><head><meta charset="utf-8"><title>苜川县教育局</title></head>
<body>
<div class="t">⟦m 苜川教育信息网⟧ <script>document.write(new Date().toLocaleDateString())</script> <span>⟦a 设为首页⟧ ⟦a 加入收藏⟧</span></div>
<div class="nav">⟦l 教育要闻⟧ ⟦l 通知公告⟧ ⟦l 教学教研⟧ ⟦l 安全教育⟧ ⟦l 招生考试⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-08-26　发布单位：基础教育股　阅读量：288⟧</div>
{BODY}
<div class="attach-tip">⟦a 附件下载请使用电脑端打开本页面⟧</div>
<div class="footer">⟦m 苜川县教育局主办　技术支持：苜川县电教站⟧</div>
</body></html>
""",
        body="""
县特殊教育学校，各乡镇中心学校：
为确保视力残疾学生开学即有书读，现就做好秋季学期盲文教材征订发放工作通知如下：
一、各学校要对本校视力残疾学生再次摸底，区分盲文和大字版需求，于8月29日前报县教育局基础教育股。⟦l 相关链接：特殊教育提升行动计划解读⟧
二、盲文教材由县特殊教育学校统一代订，9月5日前送达各校，随班就读学生由所在学校负责领取。
三、教材费用全部由财政负担，不得向学生收取任何费用。
联系人：钟晓梅，电话：0741-6612093。
附件：2025年秋季学期盲文及大字版教材需求统计表
苜川县教育局
2025年8月26日
抄送：县残联，县财政局。
""",
    ),
]
