"""holdout211, part B: government and education portals, Party-building sites, personnel-exam
sites and tender portals. Every page, site, place, person, number and URL is invented; each case
written by hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="gov-eyang-notice-garden-machinery-hazards",
        site="鹗阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.eyang.gov.cn/zwgk/bmwj/cgj/202405/t20240508_118730.html",
        title="关于开展园林绿化机械安全隐患排查整治的通知",
        record_title="〔部门文件〕关于开展园林绿化机械安全隐患排查整治的通知｜鹗阳县政府网",
        date="2024-05-06",
        date_also=["2024-05-08"],
        notes="county portal: 长辈版/读屏 links, an 索引号 table whose 文号 cell is unmarked (neutral), a 纠错 hotline; the "
        "notice's own 联系人/电话/邮箱, 附件 list, 抄送 and 印发 lines and a 下载附件 sentence stay; 成文日期 vs 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="鹗阳县人民政府">
<meta name="ArticleTitle" content="关于开展园林绿化机械安全隐患排查整治的通知">
<meta name="PubDate" content="2024-05-08 15:20">
<title>〔部门文件〕关于开展园林绿化机械安全隐患排查整治的通知｜鹗阳县政府网</title>
<link rel="stylesheet" href="/images/2023/css/gov.css">
<script src="/images/2023/js/jquery.js"></script>
</head>
<body>
<div class="gov-top">
<div class="w1200">⟦m 鹗阳县人民政府 · 欢迎您⟧ ⟦a <a href="javascript:;" id="oldMode">长辈版</a> <a href="javascript:;" id="ariaMode">读屏专用</a> <a href="/en/">English</a>⟧</div>
</div>
<div class="gov-head">⟦m 鹗阳县人民政府门户网站⟧</div>
<ul class="gov-nav">
<li>⟦m <a href="/">首页</a>⟧</li>
<li>⟦m <a href="/zwgk/">政务公开</a>⟧</li>
<li>⟦m <a href="/zwfw/">政务服务</a>⟧</li>
<li>⟦m <a href="/hdjl/">互动交流</a>⟧</li>
<li>⟦m <a href="/zjey/">走进鹗阳</a>⟧</li>
</ul>
<div class="pos">⟦m 现在位置：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县城市管理局⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11430728MB1C02371K/2024-00412⟧</td><td>⟦m 主题分类：城乡建设、环境保护⟧</td></tr>
<tr><td>⟦m 发文机关：鹗阳县城市管理局⟧</td><td>⟦m 成文日期：2024-05-06⟧</td></tr>
<tr><td>文号：鹗城管发〔2024〕17号</td><td>⟦m 发布日期：2024-05-08⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-info">⟦m 来源：县城市管理局　浏览次数：<span id="hits">287</span>⟧ ⟦a 字号：〔大〕〔中〕〔小〕⟧</div>
<div class="art-con" id="zoom">
{BODY}
</div>
<div class="art-tool">⟦a 【打印此页】【关闭本页】【分享到微信】⟧</div>
<div class="related">⟦l 相关文件：县城市管理局关于做好汛期园林绿化安全工作的通知⟧</div>
</div>
<div class="gov-foot">
<p>⟦m 主办单位：鹗阳县人民政府办公室　承办：县数据资源中心⟧</p>
<p>⟦m 网站标识码：4307280017　湘ICP备05011837号　湘公网安备43072802000153号⟧</p>
<p>⟦m 网页纠错热线：0738-6621100（工作日）⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇人民政府，县直有关单位，各园林养护企业：
近期，邻县发生一起绿篱机作业伤人事故，暴露出部分养护单位安全管理松懈等问题。为切实防范类似事故，现就开展园林绿化机械安全隐患排查整治有关事项通知如下。
一、排查范围。全县园林绿化养护单位使用的绿篱机、割灌机、油锯等手持式园林机械。
二、排查内容。重点排查机具防护装置是否完好、操作人员是否经过培训、作业现场是否设置警示标志、燃油存放是否规范。
三、时间安排。5月10日至31日为自查整改阶段，6月上旬县城市管理局组织抽查。
请各单位下载附件填写统计表，于6月5日前报送县城市管理局园林科。
联系人：鄢立伟，电话：0738-6624153，邮箱：eyang_ylk@126.com
附件：1.园林绿化机械安全隐患排查表
2.排查情况统计表
鹗阳县城市管理局
2024年5月6日
抄送：县应急管理局，县总工会。
鹗阳县城市管理局办公室　2024年5月6日印发
""",
    ),
    dict(
        slug="gov-yancheng-bulletin-egg-boiler-spot-check",
        site="崦城市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://amr.yancheng.gov.cn/zwgk/tzgg/202409/t20240914_55102.html",
        title="崦城市市场监督管理局关于2024年电煮蛋器产品质量监督抽查情况的通报",
        date="2024-09-12",
        date_also=["2024-09-14"],
        notes="record title as is; a bureau page as text: the 文号 line unmarked (neutral), a table of failed products one row "
        "a paragraph, a 抄送 line; 成文日期 vs the page's 发布时间",
        page="""
!m 崦城市市场监督管理局
!m 首页 > 政务公开 > 通知公告
{T}
崦市监质〔2024〕31号
!m 发布时间：2024-09-14 10:05　来源：质量监督科　阅读：1,126
!a 【加大字体】【恢复默认】【打印正文】
{BODY}
!l 上一条：关于开展2024年秋季校园周边食品安全专项检查的通知
!l 下一条：2024年第三季度电动自行车产品质量监督抽查结果
!m 崦城市市场监督管理局主办　政务服务热线：12345　网站标识码：4309000031
""",
        body="""
各县（区）市场监督管理局，各有关生产销售企业：
2024年第二季度，我局组织对全市生产、销售的电煮蛋器产品开展质量监督抽查，共抽查28家企业的30批次产品，检出不合格产品4批次，不合格发现率13.3%。不合格项目主要为泄漏电流、发热和标志说明。不合格产品情况如下：
产品名称　标称生产者　不合格项目
多功能煮蛋器　崦城市鹗光电器厂　泄漏电流
双层蒸蛋器　岍江区乐厨小家电店　标志说明
迷你煮蛋器　崦城市福蛋电器有限公司　发热
电煮蛋器　鹫岭县旭炊电器厂　泄漏电流、发热
对抽查不合格的企业，属地市场监管部门要依法处理，督促企业查明原因、认真整改。
崦城市市场监督管理局
2024年9月12日
抄送：省市场监督管理局质量监督处。
""",
    ),
    dict(
        slug="edu-michuan-notice-egg-boilers-village-schools",
        site="麋川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.michuan.gov.cn/tzgg/202402/t20240228_20931.html",
        title="关于做好农村学校营养餐鸡蛋蒸煮设备配置工作的通知",
        record_title="关于做好农村学校营养餐鸡蛋蒸煮设备配置工作的通知（附配置清单）_麋川县教育体育局",
        date="2024-02-26",
        date_also=["2024-02-28"],
        notes="education portal: 适老版/读屏 links, an attachment download link next to the notice's own 附件 line, a technical "
        "support line beside the notice's 联系人/电话; 请各学校下载附件 as content; 成文日期 vs 发布日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于做好农村学校营养餐鸡蛋蒸煮设备配置工作的通知（附配置清单）_麋川县教育体育局</title>
<link rel="stylesheet" href="/css/jyj2022.css">
<script src="/js/zoom.js"></script>
</head>
<body>
<div class="toplinks">⟦a <a href="#">适老版</a> | <a href="#">读屏模式</a> | <a href="#">手机版</a>⟧</div>
<div class="banner">⟦m 麋川县教育体育局 · 办人民满意的教育⟧</div>
<div class="menu">⟦m <a href="/">首页</a> <a href="/jyxw/">教育新闻</a> <a href="/tzgg/">通知公告</a> <a href="/zcfg/">政策法规</a> <a href="/bszn/">办事指南</a>⟧</div>
<div class="local">⟦m 您当前的位置：首页 » 通知公告⟧</div>
<div class="detail">
<h2 class="title">{T}</h2>
<div class="sub">⟦m 发布日期：2024-02-28　信息来源：计划财务股　访问量：503⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fujian">⟦a 附件下载：<a href="/uploadfiles/2024/02/需求确认表.xls">农村学校煮蛋器需求确认表.xls（24KB）</a>⟧</div>
<div class="tool">⟦a 〔收藏本文〕〔打印本文〕〔返回顶部〕⟧</div>
</div>
<div class="foot">
<p>⟦m 主办：麋川县教育体育局　地址：麋川县文昌路9号⟧</p>
<p>⟦m 网站技术支持电话：0739-5280000　湘ICP备09002617号⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
为落实农村义务教育学生营养改善计划“每生每天一个鸡蛋”要求，解决部分学校食堂鸡蛋蒸煮设备不足、蒸煮时间长的问题，县教育体育局决定为农村学校统一配置商用煮蛋器。现将有关事项通知如下。
一、配置对象。全县就餐学生在200人以下、尚无专用蒸煮设备的农村学校和教学点，共37所。
二、配置标准。就餐学生100人以下的配置60孔商用煮蛋器1台，100人至200人的配置2台。
三、工作要求。各学校要指定专人管理，建立使用和清洁记录，严禁学生操作设备。
请各学校下载附件，于3月8日前将需求确认表报县教育体育局计划财务股。
联系人：殷若岚，电话：0739-5281046。
附件：农村学校煮蛋器需求确认表
麋川县教育体育局
2024年2月26日
""",
    ),
    dict(
        slug="edu-qianjiang-notice-office-coffee-machines",
        site="岍江区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://jy.qianjiang.edu.cn/news/tzgg/2024-11-05/6621.html",
        title="关于规范学校办公区咖啡机等用电设备管理的通知",
        record_title="【安全用电】关于规范学校办公区咖啡机等用电设备管理的通知-岍江区教育信息网",
        date="2024-11-04",
        notes="education site as text: a numbered list 1.–4.; a share row glued after the signature date; 成文日期",
        page="""
!m 岍江区教育信息网
!m 首页｜教育动态｜通知公告｜安全教育｜资源下载
!m 位置：通知公告
{T}
!m 来源：区教育局安全办　作者：管理员　点击：918
{BODY}
!l 上一篇：关于开展2024年冬季校园消防演练的通知
!l 下一篇：岍江区中小学寒假放假时间安排
!m 岍江区教育局版权所有　技术维护：区电教馆　电话：0730-2268001
""",
        body="""
区属各中小学、幼儿园：
近期，区教育局在安全检查中发现，部分学校教师办公室自行添置咖啡机、电热水壶等大功率电器，存在插线板串接、人走不断电等隐患。为保障校园用电安全，现将有关要求通知如下。
1. 办公区确需使用咖啡机的，由学校统一采购、统一登记，集中放置在教师休息室，并使用带漏电保护的专用插座。
2. 咖啡机等电器使用完毕应及时关机断电，每日最后离开的教职工负责检查。
3. 严禁在教室、实验室和学生宿舍使用咖啡机等电器。
4. 各校于11月15日前完成自查，将登记表报区教育局安全办。
岍江区教育局
2024年11月4日⟦l 转发到：微信　QQ空间　钉钉⟧
""",
    ),
    dict(
        slug="party-qianjiang-summary-warm-breakfast-eggs",
        site="岍江先锋网 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.qjxianfeng.cn/jcdj/sqdj/202412/t20241225_7719.html",
        title="社区党委“暖心早餐”志愿服务项目工作总结",
        record_title="【红色驿站·基层】社区党委“暖心早餐”志愿服务项目工作总结 - 岍江先锋网",
        date="2024-12-20",
        date_also=["2024-12-25"],
        notes="Party-building portal: study-points prompt, a read-on-phone QR line, a photo placeholder between paragraphs; "
        "a table one row a paragraph; 成文日期 vs 发布时间",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>【红色驿站·基层】社区党委“暖心早餐”志愿服务项目工作总结 - 岍江先锋网</title>
<link rel="stylesheet" href="/static/dj/main.css">
</head>
<body>
<div class="dj-top">⟦m 岍江先锋网 · 岍江区委组织部主办⟧</div>
<div class="dj-nav">⟦m <a href="/">首页</a> · <a href="/jcdj/">基层党建</a> · <a href="/dyjy/">党员教育</a> · <a href="/xfbb/">先锋榜样</a>⟧</div>
<div class="dj-crumb">⟦m 首页 › 基层党建 › 社区党建⟧</div>
<div class="dj-article">
<h1>{T}</h1>
<p class="dj-meta">⟦m 发布时间：2024-12-25　来源：鼯林社区党委　字数：约900字⟧</p>
<p class="dj-points">⟦a 阅读满 60 秒可获学习积分 1 分⟧</p>
<div class="dj-content">
{BODY}
</div>
<p class="dj-qr">⟦a 用手机扫一扫，在手机上继续阅读⟧</p>
<p class="dj-share">⟦l 转发 ｜ 点赞 38 ｜ 写评论⟧</p>
</div>
<div class="dj-more">
<h3>⟦l 更多社区党建⟧</h3>
<p>⟦l 蜻塘社区“红色物业”联席会议制度运行情况⟧</p>
<p>⟦l 岍江区“两新”组织党建观摩会侧记⟧</p>
</div>
<div class="dj-foot">⟦m 中共崦城市岍江区委组织部　湘ICP备18006624号⟧</div>
</body>
</html>
""",
        body="""
今年4月以来，鼯林社区党委聚焦环卫工人、快递小哥等户外劳动者清晨就餐难的问题，依托社区“红色驿站”开设“暖心早餐”志愿服务点，取得了良好效果。
一、主要做法
社区党委发动辖区共建单位捐赠商用煮蛋器2台、保温桶4个，组建由党员和居民骨干组成的早餐志愿队，每天早上5点半开始煮蛋、热奶，6点准时供应。
⟦m ［图片：志愿者在红色驿站分发早餐］⟧
二、服务成效
截至12月中旬，服务点累计提供早餐1.6万份，其中煮鸡蛋2.1万枚，参与志愿服务的党员达312人次。主要服务对象如下：
服务对象　人数　日均份数
环卫工人　46　44
快递外卖骑手　38　21
三、下一步打算
明年将争取增加一台大容量煮蛋器，并探索与辖区餐饮企业合作，让户外劳动者吃得更暖心。
中共岍江区鼯林社区委员会
2024年12月20日
""",
    ),
    dict(
        slug="party-eyang-speech-hedge-trimmer-contest",
        site="鹗阳党建 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.eyangdj.cn/djyw/2025/0418/3310.html",
        title="在“园林先锋岗”绿篱机技能比武开幕式上的讲话",
        record_title="〔党建引领〕在“园林先锋岗”绿篱机技能比武开幕式上的讲话（讲话实录）",
        date="2025-04-17",
        date_also=["2025-04-18"],
        notes="Party site as text: speaker line and date line under the title (neutral; the date under the title is the "
        "document's); a study-points prompt glued after the last 。 of a paragraph; the page's date also accepted",
        page="""
!m 鹗阳党建　凝心铸魂　先锋引领
!m 首页 → 党建要闻 → 领导讲话
{T}
县城市管理局党组书记　晏清和
（2025年4月17日）
!m 2025-04-18 17:02　来源：县城市管理局机关党委　责编：卓然
{BODY}
!a 〖打印〗〖关闭〗〖纠错〗
!l 上一篇：县城市管理局开展“园林先锋岗”创建活动
!l 下一篇：全县城管系统党建业务融合推进会召开
!m 中共鹗阳县委组织部主办　联系电话：0738-6611712
""",
        indent="\u3000\u3000",
        body="""
同志们、参赛选手们：
春风送暖，万木吐绿。今天，我们在这里举办“园林先锋岗”绿篱机技能比武，既是检验技能的赛场，也是党员发挥先锋作用的展台。我代表局党组，向参赛的三十二名选手表示热烈欢迎！
这次比武设绿篱造型修剪、机具安全检查和故障排除三个项目。希望各位选手严守规则、安全第一，把平时练就的真本领展示出来。⟦a 读完本篇可累计学习积分⟧
园林绿化是城市的“绿色名片”。一台绿篱机、一把修枝剪，修出的是街道的整齐，也修出了群众的满意。希望党员同志在比武中当先锋、做表率，在日常养护中带头钻技术、守规范。
最后，预祝本次比武圆满成功！
""",
    ),
    dict(
        slug="exam-eyang-notice-hedge-trimmer-practical-test",
        site="鹗阳人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.eyang.gov.cn/ksgg/2025/0603/1207.html",
        title="鹗阳县园林绿化服务中心2025年公开招聘园林技工实操考核公告",
        record_title="〔实操考核〕鹗阳县园林绿化服务中心2025年公开招聘园林技工实操考核公告_鹗阳人事考试网",
        date="2025-06-03",
        notes="personnel-exam site: maintenance banner, an admission-ticket float, a technical-support line beside the "
        "notice's 咨询电话; a schedule table; 下载并打印准考证 as content; 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔实操考核〕鹗阳县园林绿化服务中心2025年公开招聘园林技工实操考核公告_鹗阳人事考试网</title>
<link rel="stylesheet" href="/res/css/ks.css">
<script src="/res/js/float.js"></script>
</head>
<body>
<div class="notice-bar">⟦m 系统维护通知：6月8日22:00—24:00报名系统暂停访问⟧</div>
<div class="header">⟦m 鹗阳人事考试网⟧ ⟦m 鹗阳县人力资源和社会保障局主办⟧</div>
<div class="nav">⟦m <a href="/">首页</a> <a href="/ksgg/">考试公告</a> <a href="/bmrk/">报名入口</a> <a href="/cjcx/">成绩查询</a> <a href="/zkz/">准考证</a>⟧</div>
<div class="position">⟦m 当前位置：首页 &gt; 考试公告⟧</div>
<div class="content">
<h1>{T}</h1>
<div class="info">⟦m 时间：2025-06-03 16:30　来源：县人社局事业单位人事管理股⟧</div>
<div class="text">
{BODY}
</div>
<div class="attach">⟦a 点此进入准考证打印系统 »⟧</div>
</div>
<div id="float-zkz" class="float">⟦a 准考证入口⟧</div>
<div class="footer">
<p>⟦m 鹗阳县人力资源和社会保障局　地址：鹗阳县人民路120号⟧</p>
<p>⟦m 网站技术支持：0738-6619900（仅限系统故障）⟧</p>
</div>
</body>
</html>
""",
        body="""
根据《鹗阳县园林绿化服务中心2025年公开招聘园林技工公告》，现将实操考核有关事项公告如下。
一、考核时间和地点
2025年6月14日上午8:30开始，地点为鹗阳县苗圃实训场（县城西环路88号）。
二、考核内容
项目　时长　分值
绿篱机启动与安全检查　10分钟　30分
绿篱平面修剪　20分钟　50分
机具清洁与归位　10分钟　20分
三、注意事项
考生须于6月10日至13日登录本网站下载并打印准考证，考核当天凭准考证和身份证入场。考核所用绿篱机由考点统一提供，考生须自带防护手套。
咨询电话：0738-6619072（县园林绿化服务中心人事股）
鹗阳县人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="exam-zhangxi-notice-coffee-bar-skill-test",
        site="獐溪人事考试信息网 (invented)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.zxrsks.cn/tzgg/20250318/892.html",
        title="县机关事务服务中心公开招聘咖啡吧服务员技能测试须知",
        record_title="县机关事务服务中心公开招聘咖啡吧服务员技能测试须知（含评分要点）- 獐溪人事考试信息网",
        date="2025-03-18",
        notes="exam site as text: a floating consult line beside the notice's 咨询电话; a candidate-login prompt; 成文日期",
        page="""
!m 獐溪人事考试信息网
!m 首页 | 考试动态 | 通知公告 | 政策法规 | 下载中心
!a 考生登录　|　注册新账号
{T}
!m 发布人：考试中心　发布日期：2025-03-19　阅读：2207
{BODY}
!w 在线咨询（工作日 9:00-17:00）
!l 相关公告：县机关事务服务中心2025年公开招聘工作人员公告
!l 相关公告：县机关事务服务中心公开招聘资格审查合格人员名单
!m 獐溪县人事考试中心　Copyright 2025　技术热线 0736-4470000
""",
        date_also=["2025-03-19"],
        body="""
各位考生：
县机关事务服务中心公开招聘咖啡吧服务员技能测试定于3月29日举行，现将有关事项告知如下。
一、测试内容。考生在15分钟内使用半自动咖啡机完成一杯意式浓缩和一杯拿铁，考官从操作规范、出品质量和台面清洁三方面评分。
二、考生须知。考生须提前30分钟到达测试地点，进入候考室后关闭手机交工作人员统一保管；测试用咖啡豆、牛奶和器具由考点统一提供，不得自带。
三、成绩公布。测试成绩于测试结束后三个工作日内在本网站公布。
咨询电话：0736-4472108。
獐溪县机关事务服务中心
2025年3月18日
""",
    ),
    dict(
        slug="tender-yancheng-inquiry-school-egg-boilers",
        site="崦城公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.yancheng.gov.cn/jyxx/zfcg/xjgg/20240805/44817.html",
        title="鹗阳县第二中学食堂煮蛋器等厨房设备采购项目询价公告",
        record_title="〔询比价〕鹗阳县第二中学食堂煮蛋器等厨房设备采购项目询价公告 - 崦城公共资源交易网",
        date="2024-08-05",
        notes="tender portal: a countdown, an attachment link, CA and trading-system lines beside purchaser and agency contacts; "
        "a lots table; 下载询价文件 as content; the date alone under the notice",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔询比价〕鹗阳县第二中学食堂煮蛋器等厨房设备采购项目询价公告 - 崦城公共资源交易网</title>
<link rel="stylesheet" href="/css/jy.css">
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 崦城公共资源交易网⟧ ⟦a <a href="/login">交易主体登录</a> <a href="/reg">主体注册</a>⟧</div>
<div class="nav">⟦m <a href="/">首页</a> <a href="/jyxx/gcjs/">工程建设</a> <a href="/jyxx/zfcg/">政府采购</a> <a href="/jyxx/tdjy/">土地交易</a> <a href="/fwzn/">服务指南</a>⟧</div>
<div class="crumb">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 询价公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<div class="meta">⟦m 信息时间：2024-08-05　所属区域：鹗阳县　浏览：166⟧</div>
<div class="countdown">⟦m 距报价截止还剩：9天 18小时 42分⟧</div>
<div class="ewb-con">
{BODY}
</div>
<div class="att">⟦a 附件：询价文件（EYZC2024-083）.zip⟧</div>
</div>
<div class="foot">
<p>⟦m CA证书办理及驱动问题：0730-2208866⟧</p>
<p>⟦m 交易系统操作咨询：0730-2208877⟧</p>
<p>⟦m 崦城市公共资源交易中心 版权所有　湘ICP备19004233号⟧</p>
</div>
</body>
</html>
""",
        body="""
一、项目基本情况
项目编号：EYZC2024-083，采购预算：9.6万元。采购需求如下：
包号　品目　数量　最高限价
1　商用煮蛋器（120孔）　2台　2.4万元
2　蒸饭柜　2台　4.0万元
3　不锈钢操作台　6张　3.2万元
二、供应商资格要求
具有独立承担民事责任的能力，参加采购活动前三年内在经营活动中没有重大违法记录。
三、获取询价文件
有意向的供应商请于8月6日至8月12日登录崦城公共资源交易网下载询价文件，报价截止时间为8月15日9时30分。
四、联系方式
采购人：鹗阳县第二中学，联系人：蒯老师，电话：0738-6617330。
代理机构：崦城正衍招标代理有限公司，联系人：鲍工，电话：0738-8832619。
2024年8月5日
""",
    ),
    dict(
        slug="tender-yancheng-award-hedge-trimmers",
        site="崦城政府采购网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.yancheng.gov.cn/cggg/zbgg/2024/1029/77120.html",
        title="崦城市园林绿化养护中心绿篱机采购项目中标结果公告",
        date="2024-10-29",
        notes="record title as is; a procurement page as text: a platform hotline beside purchaser and agency contacts; a "
        "table of awarded items; the date under the notice",
        page="""
!m 崦城政府采购网
!m 首页 >> 采购公告 >> 中标（成交）结果公告
{T}
!m 公告时间：2024-10-29　　采购方式：公开招标　　查看次数：342
{BODY}
!a 〈下载公告PDF〉〈导出到收藏夹〉
!m 平台服务热线：0730-2209000　工作时间：周一至周五
!m 崦城市财政局主办
""",
        body="""
一、项目编号：YCZC2024-215
二、项目名称：崦城市园林绿化养护中心绿篱机采购项目
三、中标信息
中标供应商：崦城绿匠园林机械有限公司，地址：崦城市岍江区工业大道17号，中标金额：38.64万元。
四、主要标的信息
品名　品牌型号　数量　单价
充电式绿篱机　绿匠LJ-60　40台　6800元
汽油绿篱机　绿匠QY-75　20台　5720元
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：崦城市园林绿化养护中心，联系人：裘先生，电话：0730-2217645。
代理机构：崦城正衍招标代理有限公司，联系人：鲍工，电话：0738-8832619。
2024年10月29日
""",
    ),
]
