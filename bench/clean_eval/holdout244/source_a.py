"""holdout244, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text each).

Invented text, sites, places and people; every case written by hand. See ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="hanmo-speech-family-award-gb2312",
        site="翰墨范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.hanmofwy.com/jianghua/fulian/2025/0113/4417.html",
        title="县妇联主席在2024年度文明家庭奖状颁发仪式上的讲话",
        record_title="【讲话优选】县妇联主席在2024年度文明家庭奖状颁发仪式上的讲话（3篇任选）_翰墨范文苑",
        date="2025-01-10",
        date_also=["2025-01-13"],
        notes="old table layout with marquee, 字号 row, floating QQ box, visitor counter; date under the speech title, "
        "the page's update date also accepted; ghost-writer line between paragraphs; collect link glued after a 。",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话优选】县妇联主席在2024年度文明家庭奖状颁发仪式上的讲话（3篇任选）_翰墨范文苑</title>
<link href="/css/hm2009.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/qqfloat.js"></script>
</head><body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300"><img src="/images/hmlogo.gif" alt="翰墨范文苑">⟦m 翰墨范文苑 · 笔下有乾坤⟧</td>
<td align="right">⟦a 设为首页⟧　⟦a 加入收藏⟧　⟦a 手机访问版⟧</td></tr></table>
<table width="960" align="center" class="navbg"><tr>
<td>⟦m 网站首页⟧</td><td>⟦m 讲话发言⟧</td><td>⟦m 总结汇报⟧</td><td>⟦m 心得感悟⟧</td><td>⟦m 规章制度⟧</td><td>⟦m 合同协议⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦a 新春特惠：年度会员五折，全站讲话稿任意下载，活动截至正月十五！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您所在的位置：翰墨范文苑 &gt;&gt; 讲话发言 &gt;&gt; 妇联讲话 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="xinxi">⟦m 更新时间：2025-01-13　来源：会员投稿　人气：<font color="red">1843</font>⟧</div>
<div class="zihao">⟦a 〖字号：特大 · 中号 · 偏小〗⟧　⟦a 〖背景色：米黄 · 护眼绿 · 白色〗⟧</div>
<p align="center">（2025年1月10日）</p>
<div class="zhengwen">
{BODY}
</div>
<div class="xiazai">⟦a ↓ 下载本篇Word原稿（会员免费，游客扣3点）⟧</div>
<div class="shangxia">⟦l 上一篇：在巾帼建功标兵座谈会上的发言⟧<br>⟦l 下一篇：最美家庭事迹报告会主持词（两篇）⟧</div>
</td><td width="250" valign="top">
<div class="rmb">⟦l 本栏热门⟧</div>
<ul><li>⟦l 妇联执委会议讲话稿汇编⟧</li><li>⟦l 家风家训分享会致辞⟧</li><li>⟦l 三八节表彰大会讲话（通用）⟧</li></ul>
<div class="qqbox">⟦w 在线写手QQ：3069 1147 · 代拟讲话稿当天交稿⟧</div>
</td></tr></table>
<table width="960" align="center" class="foot"><tr><td>
⟦d 本苑文章多为网友投稿，仅作写作参考，转载请注明出处，侵权即删。⟧<br>
⟦m Copyright 2008-2025 hanmofwy.com 翰墨范文苑 湘ICP备09117452号⟧<br>
⟦m 您是本站第 <font color="red">5602931</font> 位访客⟧
</td></tr></table>
<script>document.write('<div id="qqfloat"></div>');</script>
</body></html>
""",
        body="""
同志们、朋友们：
今天，我们在这里为全县42户文明家庭颁发奖状。一张奖状不大，分量却很重。它记录的是孝老爱亲、邻里相助的平常日子，也是全县群众对这些家庭的认可。在此，我代表县妇联，向受表彰的家庭表示热烈祝贺！⟦a 【收藏本篇】⟧
这次评选历时三个月，经过村居推荐、乡镇初审、县级评审和公示，42户家庭从186户候选家庭中脱颖而出。受表彰的家庭里，有照顾瘫痪婆婆十九年的儿媳，有带动全村种茶的返乡夫妻，也有坚持义务巡河的退休教师。
⟦w 讲话稿原创代笔，加微信 hmfw_laomo 备注“讲话”，三小时出初稿⟧
奖状挂在墙上，榜样要立在心里。希望受表彰的家庭珍惜荣誉，继续当好家风建设的带头人；希望各乡镇妇联把这些家庭的故事讲出去，让更多家庭学有榜样、赶有目标。
谢谢大家！
""",
    ),
    dict(
        slug="qiushi-insight-handwritten-letter",
        site="秋实范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.qiushifw.net/xinde/shuxin/88417.html",
        title="参加“见字如面”手写家书活动心得体会",
        record_title="参加“见字如面”手写家书活动心得体会【原创首发·可改写】",
        date=None,
        notes="decorated record title; no date (only an update stamp '3天前'); ghost-writer prompt between paragraphs; "
        "member prompt glued after a 。",
        page="""
!m 秋实范文网　写作从这里开始
!m 当前页面：首页 ＞ 心得体会 ＞ 读书活动心得
!t 参加“见字如面”手写家书活动心得体会【原创首发·可改写】
!m 整理：秋实小编　更新：3天前　浏览：2061次
!a ▍复制全文　▍生成Word　▍稿件查重
{BODY}
!a 全文约900字，开通秋实会员即可一键导出排版好的文档
!l 同类推荐：
!l 书信文化进校园活动总结（两篇）
!l 读《傅雷家书》有感800字
!l 家庭教育主题活动心得范本
!d 温馨提示：范文仅供参考，请结合本单位实际修改后使用，直接照抄造成的后果由使用者自负。
!m 秋实范文网 www.qiushifw.net　蜀ICP备20044815号
""",
        indent="\u3000\u3000",
        body="""
单位工会组织“见字如面”手写家书活动，给每位职工发了一沓带暗格的信纸，要求每人给家里写一封信。拿到信纸的那天，我才想起自己已经十几年没有用笔写过信了。⟦a 会员可查看本文后半部分的修改批注⟧
提笔之前，我以为写信很容易，真写起来却一再卡住。手机上一句话发出去可以撤回，信纸上写错了只能划掉重来。我写废了三张信纸，才把想对父母说的话理顺：家里的老屋该修了，父亲的腰要少弯，母亲种的菜不必再寄。
⟦w 找不到思路？心得体会一对一代写，微信 qs_xiezuo88⟧
信寄出后第六天，母亲打来电话，说父亲把信压在了玻璃板底下。那一刻我明白，信纸上的字比屏幕上的字慢，却走得更远。今后，我打算每个季度给家里写一封信，也把这份慢下来的心意带到工作中去。
""",
    ),
    dict(
        slug="jianhai-plan-badge-pdf-markers",
        site="笺海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.jianhaiwk.com/doc/7712044391.html",
        title="祺川县建县七十周年纪念章设计征集及颁发实施方案",
        record_title="祺川县建县七十周年纪念章设计征集及颁发实施方案.pdf",
        date="2025-03-18",
        notes="file-name record title; 文库 reader with marker paragraphs '⏜ n ⏝' cutting sentences; decimal headings; "
        "lock prompt on a line of its own inside the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>祺川县建县七十周年纪念章设计征集及颁发实施方案.pdf - 笺海文库</title>
<script src="https://static.jianhaiwk.com/reader/v3/viewer.min.js"></script>
<style>.page-sep{color:#bbb;text-align:center}</style></head>
<body>
<header class="top"><a class="logo" href="/">⟦m 笺海文库⟧</a>
<nav>⟦m 首页⟧ ⟦m 公文范本⟧ ⟦m 行业资料⟧ ⟦m 教育考试⟧</nav>
<a href="/vip">⟦a 笺海会员 · 海量文档免费下⟧</a> <a href="/login">⟦a 登录丨注册⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 上传人：qcxzb_2019　|　格式：PDF　|　页数：4　|　浏览 716 次⟧</p>
<div class="tools">⟦a 全屏阅读⟧ ⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 加入书架⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="paywall">⟦a 免费预览已到底，剩余1页需开通会员或支付4.80元后阅读⟧ <button>⟦a 立即解锁⟧</button></div>
<aside class="rel"><h3>⟦l 读过此文档的人也在看⟧</h3>
<ul><li>⟦l 县庆纪念活动总体方案（定稿）⟧</li><li>⟦l 纪念章颁发仪式流程安排⟧</li><li>⟦l 地方志编纂工作规划（2025—2030）⟧</li></ul></aside>
<footer>⟦d 笺海文库的文档均由用户上传，平台不对其真实性负责；如需删除，请发送邮件至 jubao@jianhaiwk.com。⟧<br>⟦m © 2025 笺海文库 浙ICP备21090317号-2⟧</footer>
<script>Viewer.init({docId:"7712044391",pages:4});</script>
</body></html>
""",
        pages=dict(fmt="⏜ {n} ⏝", every=120, start=2),
        body="""
为纪念祺川县建县七十周年，记录全县干部群众七十年来的奋斗历程，县委、县政府决定设计制作建县七十周年纪念章，并向为全县发展作出贡献的代表人物颁发。现制定本方案。
1. 设计征集
1.1 征集时间为2025年4月1日至4月30日，面向社会公开征集，个人和单位均可投稿。
1.2 作品须体现祺川山水和七十年发展成就，图案简洁，便于铸造。
⟦a 本段以下内容为会员专享，开通后可复制⟧
2. 评审与制作
2.1 由县志办、县文联和美术专业人员组成评审组，评出一等奖1名，作为纪念章定稿图案。
2.2 纪念章采用铜质镀金工艺，直径40毫米，计划制作3000枚。
3. 颁发范围
向在祺川工作满三十年的离退休干部、全国和省级劳动模范、县级以上道德模范颁发，由各乡镇和县直单位推荐，县筹备办审核。
祺川县建县七十周年纪念活动筹备办公室
2025年3月18日
""",
    ),
    dict(
        slug="jianhai-survey-cards-wrapped-markers",
        site="笺海文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.jianhaiwk.com/doc/7709815502.html",
        title="关于中小学生纸质贺卡消费情况的调研报告",
        record_title="关于中小学生纸质贺卡消费情况的调研报告（完整版·含数据表）-笺海文库",
        date="2024-12-20",
        notes="text preview wrapped at 64 columns; page markers '⏪n⏩' glued to the continuation line; data table one row "
        "a paragraph with ideographic spaces; 成文日期 under the signature",
        page="""
!m 笺海文库 · 文档预览
{T}
!m 类别：调研报告　　共5页　　上传于 2024-12-27　　下载券：2
!a 〔下载〕〔收藏〕〔转存到网盘〕〔纠错〕
{BODY}
!a 预览到此为止，余下2页开通笺海会员后可继续阅读
!a 已有318人下载本文档，好评率97%
!l 相关文档：校园文具消费调查报告.docx　|　元旦贺卡设计方案.pptx
!d 文档来自用户上传，仅供个人学习研究，不得用于商业用途。
""",
        wrap=64,
        indent="\u3000\u3000",
        pages=dict(fmt="⏪{n}⏩", every=140, start=2, glue=True),
        body="""
为了解中小学生购买和赠送纸质贺卡的情况，引导学生理性消费，区青少年校外活动中心于2024年11月在筵湖区6所中小学发放问卷1200份，收回有效问卷1136份，并走访了学校周边文具店14家。现将调研情况报告如下。
一、基本情况
调查显示，有63.4%的学生在元旦前后购买过贺卡，其中小学生比例明显高于初中生。贺卡单价多在3元至15元之间，带音乐、立体造型的贺卡最受欢迎。
学段　购买比例　人均张数　人均花费
小学　71.2%　6.8张　42.5元
初中　52.9%　4.1张　37.6元
二、存在问题
一是攀比现象有所抬头，个别学生一次购买贺卡二十余张；二是部分音乐贺卡内置纽扣电池，随意丢弃存在安全和环保隐患。
三、建议
学校可开展手绘贺卡活动，倡导以心意代替价格；文具店应在醒目位置提示电池回收。
筵湖区青少年校外活动中心
2024年12月20日
""",
    ),
    dict(
        slug="duchuan-gov-notice-badge-index-table",
        site="牍川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.duchuan.gov.cn/zwgk/tzgg/202507/t20250722_3318.html",
        title="牍川县退役军人事务局关于颁发“戍边光荣”纪念章的通知",
        record_date="2025-07-22",
        date="2025-07-22",
        notes="county portal: 长辈版/读屏 links, 索引号 table (the 文号 cell unmarked, neutral), 附件 list, the document's "
        "own 联系人/电话 next to the portal's 纠错 line and service hotline, 抄送 and 印发 lines; title and date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>牍川县退役军人事务局关于颁发“戍边光荣”纪念章的通知</title>
<meta name="SiteName" content="牍川县人民政府">
<script src="/common/js/elder.js"></script></head>
<body>
<div class="toolbar">⟦a 长辈版⟧ ⟦a 读屏专用⟧ ⟦a 繁體中文⟧ ⟦a 网站导航⟧</div>
<div class="banner">⟦m 牍川县人民政府 www.duchuan.gov.cn⟧</div>
<nav>⟦m 首页⟧ ⟦m 走进牍川⟧ ⟦m 政务公开⟧ ⟦m 政务服务⟧ ⟦m 互动交流⟧</nav>
<div class="loc">⟦m 当前位置：首页 ＞ 政务公开 ＞ 通知公告 ＞ 部门通知⟧</div>
<table class="syh">
<tr><td>⟦m 索引号：11432601MB1907X-07-2025-0031⟧</td><td>⟦m 主题分类：民政、扶贫、救灾⟧</td></tr>
<tr><td>⟦m 发布机构：牍川县退役军人事务局⟧</td><td>⟦m 成文日期：2025-07-22⟧</td></tr>
<tr><td>牍退役发〔2025〕19号</td><td>⟦m 有效性：有效⟧</td></tr></table>
<h2 class="title">{T}</h2>
<div class="info">⟦m 发布时间：2025-07-22 16:05　信息来源：县退役军人事务局　浏览次数：935⟧ ⟦a 【字号调节：大 中 小】⟧ ⟦a 【打印正文】⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 分享至：微信　微博　QQ空间⟧</div>
<div class="related"><h4>⟦l 相关政策解读⟧</h4><ul><li>⟦l 一图读懂：“戍边光荣”纪念章颁发范围⟧</li></ul></div>
<footer>
<p>⟦m 主办：牍川县人民政府办公室　承办：牍川县政务数据中心⟧</p>
<p>⟦m 网站纠错电话：0746-7215530　政务服务热线：0746-7212345⟧</p>
<p>⟦m 湘ICP备12003317号　湘公网安备43112602000118号　网站标识码：4311260011⟧</p>
</footer>
<script>var _pv=_pv||[];_pv.push(["site","duchuan"]);</script>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
为褒扬曾在边海防一线服役的退役军人，经县委、县政府同意，县退役军人事务局决定向全县符合条件的退役军人颁发“戍边光荣”纪念章。现将有关事项通知如下。
一、颁发对象为户籍在本县、在边防和海防部队连续服役满五年的退役军人，以及因公牺牲的边海防官兵的直系亲属。
二、各乡镇退役军人服务站于8月15日前完成摸底登记，填写附件1，经乡镇审核后报县局。
三、纪念章统一在建军节后由乡镇组织颁发，颁发时要同时送上慰问信和荣誉证书。
联系人：谷思源，电话：0746-7216094。
附件：1.“戍边光荣”纪念章颁发对象登记表
2.纪念章颁发仪式流程参考
牍川县退役军人事务局
2025年7月22日
抄送：县委组织部，县人武部。
牍川县退役军人事务局办公室　2025年7月22日印发
""",
    ),
    dict(
        slug="qianyang-gov-bulletin-award-wrapped",
        site="椠阳县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.qianyang.gov.cn/xxgk/zcwj/2025/0306/41172.shtml",
        title="椠阳县人民政府关于表扬2024年度森林防火工作先进单位并颁发奖状的通报",
        record_title="椠阳县人民政府关于表扬2024年度森林防火工作先进单位并颁发奖状的通报_县府文件_椠阳县人民政府网",
        date="2025-03-03",
        notes="portal text hard-wrapped at 70 columns; 文号 neutral; 成文日期 in Chinese numerals differs from the page's "
        "发布日期 (also accepted); 抄送 and 印发 lines",
        page="""
!m 椠阳县人民政府网
!m 首页 / 信息公开 / 政策文件 / 县政府文件
{T}
椠政通〔2025〕4号
!m 发布日期：2025-03-06　　来源：县应急管理局　　点击：1206
!a 〔字号 大 中 小〕〔打印〕〔关闭〕
{BODY}
!l 上一条：椠阳县2025年春季植树造林工作方案
!l 下一条：关于做好清明节期间森林防灭火工作的通知
!m 椠阳县人民政府办公室主办　网站纠错：0735-6618120
!m 赣ICP备05028841号
""",
        date_also=["2025-03-06"],
        wrap=70,
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县政府各部门：
2024年，各地各部门认真落实森林防火责任，全县未发生较大以上森林火灾，森林火灾受害率控制在0.3‰以内。为表扬先进，县政府决定对蓼岗林场等12个先进单位予以通报表扬，并颁发奖状。
希望受表扬的单位珍惜荣誉、再接再厉。各地各部门要以先进为榜样，压紧压实防火责任，坚决守住不发生重特大森林火灾的底线。
附件：2024年度森林防火工作先进单位名单
椠阳县人民政府
二〇二五年三月三日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
椠阳县人民政府办公室　2025年3月3日印发
""",
    ),
    dict(
        slug="zhenzhou-news-cards-sanitation-workers",
        site="祯州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zzxww.cn/jiaoyu/2025-01/03/content_9917204.html",
        title="筵湖区三千名小学生手绘贺卡送给环卫工人",
        record_title="【教育·暖闻】筵湖区三千名小学生手绘贺卡送给环卫工人_祯州新闻网",
        record_date="2025-01-03",
        date="2025-01-03",
        notes="news portal: app prompt glued before the lead, photo captions between paragraphs, editor line glued after "
        "the last paragraph, 24-hour list and ad slot; date from the record",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【教育·暖闻】筵湖区三千名小学生手绘贺卡送给环卫工人_祯州新闻网</title>
<script async src="https://ad.zzxww.cn/slot.js"></script></head>
<body>
<div class="topbar">⟦m 祯州新闻网 · 祯州日报社主办⟧ ⟦a 注册⟧ ⟦a 登录⟧ ⟦a 数字报⟧</div>
<nav>⟦m 首页⟧ ⟦m 时政⟧ ⟦m 学苑⟧ ⟦m 民生⟧ ⟦m 文旅⟧ ⟦m 视频⟧</nav>
<div class="crumbs">⟦m 祯州新闻网 &gt; 教育频道 &gt; 校园动态⟧</div>
<h1>{T}</h1>
<div class="source">⟦m 2025-01-03 09:42　来源：祯州日报　记者 尤思齐 通讯员 裘晓澜⟧ ⟦a 🔊 听新闻⟧</div>
<article>
{BODY}
</article>
<div class="adslot">⟦a 广告｜祯州年货节 满199减50⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 祯州地铁2号线春节期间延长运营⟧</li><li>⟦l 筵湖区新增3处口袋公园⟧</li><li>⟦l 寒假托管班报名开始⟧</li></ol></div>
<footer>⟦d 本网所有稿件未经书面授权不得转载、摘编，违者追究法律责任。⟧<br>⟦m 祯州新闻网 新闻热线：0719-8820110　互联网新闻信息服务许可证：42120220009⟧</footer>
</body></html>
""",
        body="""
⟦a 打开祯州新闻App，阅读体验更佳⟧元旦前夕，筵湖区17所小学的3000多名学生，把亲手绘制的新年贺卡送到了辖区环卫工人手中。
贺卡是学生们在美术课上完成的，有的画着清扫车和扫帚，有的写着“叔叔阿姨辛苦了”。区教育局提前与环卫所对接，按作业片区把贺卡分装成袋，由各校少先队员送到环卫工人休息点。
⟦m 图为鹤园小学学生向环卫工人赠送贺卡。记者 尤思齐 摄⟧
在滨江路休息点，环卫工人詹秀英收到了一张画着太阳的贺卡，她说要把贺卡贴在工具车上。区教育局相关负责人介绍，这项活动已连续开展三年，今后还将邀请环卫工人走进课堂，讲讲城市清洁背后的故事。⟦m （责任编辑：韦晗　审校：许棠）⟧
""",
    ),
    dict(
        slug="zhenzhou-news-letterpaper-factory-no-title",
        site="祯州网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.zhenzhou.cn/jingji/202504/t20250411_55631.html",
        title="老信纸厂的新订单：一家六十年纸品厂的转型路",
        record_title=None,
        date="2025-04-11",
        notes="no title in the record (the page's title line); byline 发布时间 is the page's date; photo captions and a "
        "related link between paragraphs; share row at the bottom",
        page="""
!m 祯州网 · 经济频道
!m 首页 > 经济 > 产业观察
{T}
!m 发布时间：2025-04-11 07:30　来源：祯州晚报　作者：鲍一鸣
!a 字号：A+ A A-　|　分享到：
{BODY}
!l 分享：微信好友 ｜ 朋友圈 ｜ 微博 ｜ 复制链接
!l 【延伸阅读】祯州文创产品走进机场商店
!l 【延伸阅读】老字号企业数字化改造补贴申报指南发布
!d 未经祯州网授权，任何单位和个人不得转载本网原创内容。
!m 祯州网违法和不良信息举报：0719-8820766
""",
        indent="\u3000\u3000",
        body="""
在葚口镇工业园，一台上世纪八十年代的印线机还在运转，淡蓝色的横格一行行印到纸上。这里是祯州红星纸品厂，当地人习惯叫它“信纸厂”。
十年前，信纸销量一年不如一年，厂里一度只剩十几名工人。转机出现在2021年，厂里把库存的老版信纸拍成短视频，没想到引来不少年轻人下单。
⟦m 工人在检查刚印好的横格信纸。晚报记者 鲍一鸣 摄⟧
厂长祁怀远说，现在厂里的订单一半来自网上，有学校定制带校徽的信纸，也有单位定制节日慰问信笺。今年一季度，厂里卖出信纸48万本，比去年同期增长三成。
⟦l 相关阅读：手写书信为何又火了？⟧
祁怀远打算明年再上一条装订线，把信纸、信封和邮票做成礼盒，让更多人愿意坐下来写一封信。
""",
    ),
    dict(
        slug="fangcun-forum-badge-collection-jammer",
        site="方寸徽章论坛 (invented, Discuz-like)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.fangcunhz.com/thread-442190-1-1.html",
        title="整理爷爷留下的七枚纪念章，说说怎么分辨年代",
        record_title="[藏品鉴赏] 整理爷爷留下的七枚纪念章，说说怎么分辨年代（图多慎入） - 章友茶座 - 方寸徽章论坛",
        date=None,
        notes="Discuz-like post with jammer fonts, rating row, signature, replies; posted '5 天前' (no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>[藏品鉴赏] 整理爷爷留下的七枚纪念章，说说怎么分辨年代（图多慎入） - 章友茶座 - 方寸徽章论坛</title>
<style>.jammer{color:#fff;font-size:0}</style></head>
<body>
<div id="toptb">⟦a 快捷导航⟧ ⟦a 找回密码⟧ ⟦a 立即注册⟧</div>
<div id="hd">⟦m 方寸徽章论坛 · 章友的家⟧</div>
<div id="pt">⟦m 方寸徽章论坛 › 藏品交流 › 章友茶座 › 查看帖子⟧</div>
<div class="hm">⟦m 浏览：3381 ｜ 回帖：47⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 檫木老郑⟧</div><p>⟦m 帖子 618　精华 3　章币 2206⟧</p><p>⟦m 勋章：资深章友⟧</p></td>
<td class="plc"><h1><span id="thread_subject">{T}</span></h1>
<div class="pti">⟦m 楼主　发表于 5 天前　｜ 只看楼主 ｜ 倒序看帖⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦a 参与评分 3　章币 +15 收起理由⟧</div>
<div class="sign">⟦m ——收章不为升值，只为记住那些年。⟧</div>
<div class="po">⟦a 回复 引用 点赞 举报⟧</div></td></tr></table>
<div class="reply">⟦l 2# 茑坪小章：第五枚的背针是后换的，原配应该是弹簧扣。⟧</div>
<div class="reply">⟦l 3# 铜绿斑斑：学习了，楼主能拍一下背面的厂铭吗？⟧</div>
<div id="fastpost">⟦a 登录之后才能参与讨论，还没有账号？马上注册⟧</div>
<div id="ft">⟦m 方寸徽章论坛 ( 冀ICP备17052219号 ) GMT+8 现在时间 21:37⟧</div>
<script src="static/js/forum_viewthread.js?v=X3"></script>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
清明回老家，在爷爷的樟木箱里翻出七枚纪念章，用手帕包着。跟大家说说我这几天查资料的心得，不对的地方请老师们指正。
第一看材质。早年的纪念章多是铜质，背面泛黄，拿在手里压手；后来的有铝质的，轻，颜色发白。
第二看背面。很多纪念章背面铸有厂名和年份，这是最直接的依据。七枚里有三枚刻着厂铭，剩下四枚只能靠图案判断。
第三看别针。老式纪念章多用别针，后来才出现螺丝扣和弹簧扣，别针形状也能帮助判断年代。
这几枚我不打算卖，准备配个木框挂在老屋堂屋里，给家里的孩子留个念想。
""",
    ),
    dict(
        slug="shouzuo-forum-popup-card-junk-no-title",
        site="手作小屋论坛 (invented)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://bbs.shouzuoxw.com/forum.php?mod=viewthread&tid=90731",
        title="立体贺卡做了二十张，总结几个不翻车的小窍门",
        record_title=None,
        date=None,
        notes="no title in the record (the thread subject with a board tag); forum junk as lines and glued after 。; "
        "'昨天 22:14' is no date; replies below",
        page="""
!m 手作小屋论坛 - 纸艺 · 布艺 · 皮艺
!m 手作小屋 › 纸艺天地 › 卡片与手账
!t 【纸艺天地】立体贺卡做了二十张，总结几个不翻车的小窍门
!m 楼主：莺湾阿栀　｜　昨天 22:14　｜　查看 1520 回复 33
{BODY}
!a 顶 ｜ 踩 ｜ 收藏本帖 ｜ 举报
!l 沙发　纸鸢飞飞：第三条太有用了，上次就是胶水涂多了！
!l 板凳　小满手作：求楼主出个视频教程～
!a 游客请先登录再回复，注册仅需10秒
!m 手作小屋论坛 © 2013-2025　粤ICP备13079462号
""",
        junk=dict(lines=2, glued=3),
        body="""
年底给同事们做新年贺卡，一口气做了二十张立体贺卡，中间翻车好几次，把经验记下来，给想做的姐妹参考。
一是选纸。卡身用250克左右的卡纸，太薄立不起来，太厚折痕会裂。里面弹出的小房子、小树可以用180克的彩纸。
二是折痕要先压线。用没水的圆珠笔沿着尺子压一道，再对折，边缘整齐很多。
三是胶水少涂。弹出结构只在粘合片上点三四个点，胶多了纸会起皱，合上时还会粘在一起。
四是先做一张样卡。尺寸、弹出高度都确认好再批量做，能省不少纸。
最后写祝福的时候，我用的是金色中性笔，写在浅色卡纸上特别好看。
""",
    ),
]
