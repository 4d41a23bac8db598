"""holdout224, part D: county forums, download stations, personnel-exam sites, tender portals and
law firms. Every page, place, person, firm, number and URL is invented; each case written by
hand. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="localforum-weichuan-parasol-complaint-jammer",
        site="帷川论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.weichuan-luntan.com/thread-92170-1-1.html",
        title="沚湾沙滩一早就被遮阳伞占满了，自带的伞没处插",
        record_title=None,
        date=None,
        notes="county forum thread without a record title: the thread subject; a weather line, medals, a decoration ad, jammer fonts in the post, an official-reply link; 昨天 is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>沚湾沙滩一早就被遮阳伞占满了，自带的伞没处插 - 民生直通车 - 帷川论坛</title>
<link rel="stylesheet" href="data/cache/style_1_forum_viewthread.css">
<script src="static/js/forum.js"></script>
<style>.jammer{font-size:0;color:#fff}</style>
</head>
<body>
<div id="toptb">⟦m 今日帷川：晴　26～33℃　东南风3级　紫外线很强⟧</div>
<div id="hd">⟦m 帷川论坛——帷川人自己的网上家园⟧　<a>⟦a 快捷登录⟧</a></div>
<div id="pt">⟦m 帷川论坛 › 帷川民生 › 民生直通车 › 正文⟧</div>
<div class="adv">⟦d 推广：帷川海景民宿联盟，暑期入住立减五十⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 橹湾老渔民⟧</div><p class="md">⟦m 勋章：热心网友　民生观察员⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 昨天 08:12　|　查看: 5307　|　回复: 86⟧</div>
<div class="t_f" id="postmessage_771203">
{BODY}
</div>
<div class="reply-official"><a>⟦l 【橹湾镇文旅办已回复】点此查看答复⟧</a></div>
<div class="po">⟦a 支持　反对　收藏　举报⟧</div>
</td></tr></table>
<div class="pl2">⟦l 2楼　沙滩拾贝：上周也遇到，交了钱才让插⟧</div>
<div class="pl2">⟦l 3楼　帷川小鱼：东边那片早就被躺椅圈了⟧</div>
<div id="f_pst">⟦a 发帖回帖请先绑定手机　去绑定⟧</div>
<div id="ft">⟦m 帷川论坛　浙ICP备10018823号-1　广告合作QQ：3305417720⟧</div>
<script>fixed_top_nv();</script>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
周六一早七点多带孩子去沚湾，沙滩上已经插满了遮阳伞，一排挨一排，从栈道一直排到潮线边上。
我们自己带了一把遮阳伞，想找块空地插。结果走到哪里都有人过来说“这里是有人订了的”，要插就得交三十块“伞位费”。
问了浴场管理处，说自带遮阳伞可以在东侧公共区免费使用。可东侧那片也被几个摊主的躺椅占了。
希望镇里管一管，公共区域留给游客，别让自带伞的人没地方站。
""",
    ),
    dict(
        slug="localforum-woyang-blocks-swap-post",
        site="幄阳论坛 (invented city forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.woyangluntan.net/t/430918",
        title="周日幄园社区办积木换换乐，闲置积木别扔",
        record_title="[亲子活动] 周日幄园社区办积木换换乐，闲置积木别扔 - 帏湖茶馆 - 幄阳论坛",
        date=None,
        notes="a parent's post on a city forum announcing a community's block swap; board and site suffixes in the record; relative post time (no date); a like row glued after a 。",
        page="""
!m 幄阳论坛　帏湖茶馆
!m 今日：帏湖区 多云 24～31℃
!t [亲子活动] 周日幄园社区办积木换换乐，闲置积木别扔
!m 楼主　团子妈　3 小时前　来自 手机版
{BODY}
!l 沙发　豆豆爸：几点开始？我家一箱积木正愁没处放
!l 板凳　团子妈：回复豆豆爸，9点开始，早点去
!a 打开幄阳论坛App，回帖更方便
!m 幄阳论坛 © 2008-2025　版主信箱 bz@woyangluntan.net
""",
        body="""
各位家长，本周日上午9点到11点，幄园社区党群服务中心一楼办“积木换换乐”活动，家里孩子玩腻了的积木可以拿来跟别人换。
规则很简单：积木要洗干净晾干，零件装在袋子里，按袋换袋；缺件太多、有裂口的就别带了，小零件多的请标注“3岁以下勿玩”。
现场还有社区请来的老师带小朋友搭“我们的小区”，搭好的作品会在服务中心展出一个月。⟦l 👍 12　💬 回复⟧
我家已经报了名，顺便帮社区吆喝一下，大家互相转告。
""",
    ),
    dict(
        slug="download-jiangfan-stove-rules-fileinfo",
        site="桨帆资料下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="管理制度",
        kind="other",
        form="html",
        source="http://www.jiangfan-down.com/soft/wenshu/20914.html",
        title="营地公共炊事区炉具使用管理制度",
        record_title="营地公共炊事区炉具使用管理制度（doc版）绿色下载 - 桨帆资料下载站",
        date=None,
        notes="old gb2312 download page: a file-info table, three download links, an unzip password, a dead-link report and a floating ad; a rule of 第N条 articles whose article speaks of 扫描二维码 (stays); only an effective clause and an update stamp, so no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>营地公共炊事区炉具使用管理制度（doc版）绿色下载 - 桨帆资料下载站</title>
<link href="/css/jf_soft.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/jf_down.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 桨帆资料下载站　文书表格一站下全⟧</td><td align="right">⟦a 加为首选站点⟧</td></tr>
<tr><td colspan="2" class="menu">⟦m <a>首页</a> | <a>行政文书</a> | <a>管理制度</a> | <a>合同协议</a> | <a>表格模板</a>⟧</td></tr>
<tr><td colspan="2">⟦m 所在位置：桨帆资料下载站 → 管理制度 → 安全管理⟧</td></tr>
</table>
<table width="980" border="1" align="center" cellpadding="4" cellspacing="0" class="info">
<tr><td width="120">⟦m 资料名称⟧</td><td>⟦t 营地公共炊事区炉具使用管理制度（doc版）⟧</td></tr>
<tr><td>⟦m 资料大小⟧</td><td>⟦m 26.5 KB⟧</td></tr>
<tr><td>⟦m 授权方式⟧</td><td>⟦m 免费共享⟧</td></tr>
<tr><td>⟦m 更新时间⟧</td><td>⟦m 2025-08-02 14:37⟧</td></tr>
<tr><td>⟦m 运行环境⟧</td><td>⟦m Word2007及以上 / WPS⟧</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td class="intro-title">⟦m 资料简介：⟧</td></tr>
<tr><td class="intro">
<p><b>{T}</b></p>
{BODY}
</td></tr>
<tr><td class="down">⟦a 下载地址：【电信高速下载】【联通高速下载】【本站本地下载】⟧</td></tr>
<tr><td>⟦a 解压密码：jiangfan.com⟧</td></tr>
<tr><td>⟦a 下载出错？点这里报告失效地址⟧</td></tr>
<tr><td>⟦l 同类资料：营地帐篷区消防管理规定　户外活动安全告知书　露营地值班制度⟧</td></tr>
</table>
<div id="floatad" style="position:fixed;right:0;bottom:40px;">⟦w 代做各类管理制度汇编，QQ 1493028761⟧</div>
<table width="980" border="0" align="center"><tr><td class="copy">⟦d 本站资料均收集自网络，仅供学习研究，请于下载后24小时内删除⟧　⟦m 桨帆下载 皖ICP备12031188号⟧</td></tr></table>
<script language="javascript">jfFloat("floatad");</script>
</body>
</html>
""",
        body="""
第一条　为规范营地公共炊事区户外炉具的使用，预防火灾和燃气事故，制定本制度。
第二条　营地提供的公共炉具由服务台统一管理，营员使用前须扫描炊事区二维码，登记营位号和使用时段。
第三条　炉具只能在炊事区的防火台面上使用，不得带回帐篷或天幕下。
第四条　每个灶位同时只允许接一只气罐，备用气罐存放在炊事区外的气罐柜内。
第五条　使用完毕须关闭阀门、取下气罐，待炉头冷却后放回原位。
第六条　发现炉具漏气、打火不灵的，应立即停止使用并告知服务台。
第七条　本制度自公布之日起施行。
""",
    ),
    dict(
        slug="download-jiangfan-summary-mattress-pdf",
        site="桨帆资料下载站 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.jiangfan-down.com/soft/zongjie/21377.html",
        title="帷川县应急物资储备库2025年上半年工作总结",
        record_title="帷川县应急物资储备库2025年上半年工作总结.pdf",
        date="2025-07-03",
        notes="file-name record title; a download page as text: file facts, download links, an unzip password and a dead-link line; the 成文日期 under the signature is the date (the update stamp is not)",
        page="""
!m 桨帆资料下载站　文书表格一站下全
!m 所在位置：首页 → 行政文书 → 工作总结
!t 帷川县应急物资储备库2025年上半年工作总结.pdf
!m 大小：183KB　|　格式：PDF　|　更新：2025-07-28　|　人气：643
!a 【电信高速下载】　【联通高速下载】
{BODY}
!a 解压密码：jiangfan.com
!a 下载出错？点这里报告失效地址
!d 本站资料均收集自网络，仅供学习研究，请于下载后24小时内删除
""",
        body="""
今年上半年，县应急物资储备库围绕“储得足、管得好、调得快”目标，扎实做好各类救灾物资的储备和管理工作。
一、物资储备情况。截至6月底，库存折叠床800张、充气床垫1200张、棉被2000床、帐篷300顶。新购入的600张充气床垫全部完成开箱检查，抽检30张，充气保压24小时均无漏气。
二、日常养护情况。每月对充气床垫抽样充气检查一次，折叠存放的床垫每季度翻面一次，防止折痕处老化开裂。
三、调拨使用情况。5月中旬楫口镇内涝，我库4小时内调拨充气床垫260张、棉被400床到安置点，汛后已收回清洗入库218张。
四、存在问题。库房通风条件较差，部分物资存放密度偏大。下半年将争取资金改造通风设施。
帷川县应急物资储备库
2025年7月3日
""",
    ),
    dict(
        slug="exam-weichuan-notice-backpack-admission",
        site="帷川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.weichuan.gov.cn/kwgg/2025/0813/918.html",
        title="帷川县2025年事业单位公开招聘笔试考生须知",
        record_title="〖考前必读〗帷川县2025年事业单位公开招聘笔试考生须知 - 帷川人事考试网",
        date="2025-08-12",
        date_also=["2025-08-13"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float, a technical-support line beside the notice's own 咨询电话; 下载并打印准考证 stays; publish date and 成文日期 differ",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖考前必读〗帷川县2025年事业单位公开招聘笔试考生须知 - 帷川人事考试网</title>
<link rel="stylesheet" href="/css/rsks.css">
<script src="/js/rsks.min.js"></script>
</head>
<body>
<div class="rs-alert">⟦d 系统维护通知：本网将于8月16日0:00—6:00暂停报名查询服务⟧</div>
<div class="rs-head">⟦m 帷川人事考试网　帷川县人事考试中心主办⟧</div>
<div class="rs-nav">⟦m <a>首页</a> <a>考试公告</a> <a>考务须知</a> <a>成绩查询</a> <a>政策法规</a>⟧</div>
<div class="rs-pos">⟦m 当前位置：首页 ＞ 考务须知⟧</div>
<div class="rs-art">
<h1>⟦t 〖考前必读〗帷川县2025年事业单位公开招聘笔试考生须知⟧</h1>
<div class="rs-info">⟦m 发布日期：2025-08-13　信息来源：县人力社保局　浏览：11842⟧</div>
<div class="rs-con">
<p class="c-title">{T}</p>
{BODY}
</div>
</div>
<div class="rs-float"><a>⟦a 准考证打印入口⟧</a><a>⟦a 成绩查询入口⟧</a></div>
<div class="rs-foot">
<p>⟦m 网站技术支持电话：0576-86139000（仅受理系统故障）⟧</p>
<p>⟦m 帷川县人事考试中心　地址：帷川县舷光大道58号⟧</p>
</div>
<script>rsFloat();</script>
</body>
</html>
""",
        body="""
各位考生：
帷川县2025年事业单位公开招聘笔试定于8月23日举行，现将有关事项告知如下：
一、考生请于8月18日至22日登录帷川人事考试网，下载并打印准考证，按准考证上的时间、地点参加考试。
二、考生须携带准考证和有效居民身份证入场。双肩背包、手提包等个人物品一律放在考点指定的物品存放区，不得带入考场。
三、考生可携带黑色字迹签字笔、2B铅笔和橡皮，其他文具一律不得带入。
四、开考30分钟后，考生不得入场。
咨询电话：0576-86132207（县人力社保局事业单位人事管理科）。
帷川县人力资源和社会保障局
2025年8月12日
""",
    ),
    dict(
        slug="exam-panshan-kindergarten-blocks-skill-test",
        site="旆山人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.psrsks.cn/gg/20250630/377.html",
        title="旆山县2025年公开招聘幼儿园教师技能测试公告",
        record_date="2025-06-30",
        date="2025-06-30",
        notes="title and date given by the record; an exam notice whose skill test is a block-building task; a 考试报名 float and a technical line around it",
        page="""
!m 旆山人事考试信息网
!a 〔考试报名入口〕　〔准考证打印〕　〔成绩查询〕
!m 网站首页 » 招聘公告 » 教师招聘
{T}
!m 来源：旆山县教育局　发布：2025-06-30　阅读：4075
{BODY}
!a 〖打印全文〗〖关闭此页〗
!m 报名系统技术咨询：0578-7026688（工作日9:00—17:00）
!m 旆山县人事考试中心版权所有
""",
        body="""
根据《旆山县2025年公开招聘幼儿园教师公告》，现将技能测试有关事项公告如下：
一、测试时间：2025年7月6日（星期日）上午8:30开始。
二、测试地点：旆山县实验幼儿园（旆山县麾城南路27号）。
三、测试内容：弹唱、绘画和积木建构三项。积木建构由考生现场抽取主题，在20分钟内用考点提供的单元积木完成作品，并用3分钟向评委介绍设计思路。
四、考生须携带身份证和面试通知书，7:50前到达考点候考室，迟到15分钟者取消测试资格。
旆山县教育局
2025年6月30日
""",
    ),
    dict(
        slug="tender-woyang-inquiry-mattress-ca-lines",
        site="幄阳公共资源交易网 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.woyang.gov.cn/jyxx/zfcg/xjgg/20250716/3320718.html",
        title="幄阳市应急管理局防汛救灾充气床垫采购项目询价公告",
        record_title="〔货物类·询价〕幄阳市应急管理局防汛救灾充气床垫采购项目询价公告 - 幄阳公共资源交易网",
        date="2025-07-16",
        notes="tender portal: a countdown, CA and trading-system lines beside the purchaser's and the agency's own contacts, an items table one row a paragraph; the 发布时间 line is the date; 上传 in the body is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔货物类·询价〕幄阳市应急管理局防汛救灾充气床垫采购项目询价公告 - 幄阳公共资源交易网</title>
<link rel="stylesheet" href="/static/ggzy/detail.css">
<script src="/static/ggzy/countdown.js"></script>
</head>
<body>
<div class="gz-top">⟦m 幄阳市公共资源交易中心　幄阳公共资源交易网⟧　<a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="gz-nav">⟦m <a>首页</a> <a>交易信息</a> <a>政府采购</a> <a>工程建设</a> <a>办事指南</a>⟧</div>
<div class="gz-pos">⟦m 您当前位置：首页 &gt; 交易信息 &gt; 政府采购 &gt; 询价公告⟧</div>
<div class="gz-detail">
<h2>⟦t 〔货物类·询价〕幄阳市应急管理局防汛救灾充气床垫采购项目询价公告⟧</h2>
<div class="gz-info">⟦m 发布时间：2025-07-16 10:02　信息来源：幄阳舟正招标咨询有限公司⟧</div>
<div class="gz-count">⟦a 距报价截止还剩：8天23时57分⟧</div>
<div class="gz-con">
<h3>{T}</h3>
{BODY}
</div>
<div class="gz-attach">⟦a 相关附件：询价文件（正式版）.zip⟧</div>
</div>
<div class="gz-foot">
<p>⟦m CA数字证书办理咨询：400-661-0310⟧</p>
<p>⟦m 交易系统技术支持：0577-66309900⟧</p>
<p>⟦m 幄阳市公共资源交易中心　浙ICP备17002290号⟧</p>
</div>
<script>countdown("2025-07-25 09:30");</script>
</body>
</html>
""",
        body="""
项目编号：WYZC-2025-0716
一、采购内容
品目　数量　主要参数
充气床垫　1500张　单人加厚，长190厘米，宽70厘米，承重不低于150公斤
电动充气泵　150台　交直流两用，附收纳袋
二、供应商资格：具有独立承担民事责任的能力，近三年内无重大违法记录。
三、报价截止时间：2025年7月25日9时30分，报价文件请在交易系统上传，逾期不予受理。
四、联系方式
采购人：幄阳市应急管理局，联系人：邵帆，电话：0577-66070215。
代理机构：幄阳舟正招标咨询有限公司，联系人：甘楫，电话：0577-66301188。
""",
    ),
    dict(
        slug="tender-weichuan-award-parasol-record",
        site="帷川县政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://zfcg.weichuan.gov.cn/zbgg/20250520/1877.html",
        title="帷川县沚湾海水浴场遮阳伞及躺椅采购项目中标结果公告",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="title and date given by the record; a bid-result table with lots one row a paragraph; the purchaser's phone in the body beside the platform's service line",
        page="""
!m 帷川县政府采购网
!m 首页 > 采购公告 > 中标（成交）结果公告
{T}
!m 发布日期：2025-05-20　浏览：612
!a 〖打印〗　〖关闭〗
{BODY}
!d 本公告信息由采购代理机构提供，平台不对其真实性负责
!m 平台服务热线：0576-86122180
""",
        body="""
一、项目编号：WCCG-2025-032
二、项目名称：沚湾海水浴场遮阳伞及躺椅采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1（遮阳伞）　幄阳帆篷制品有限公司　268000
2（躺椅）　旒水县舟逸家具厂　173500
四、主要标的：直径2.4米抗风遮阳伞800把，伞面UPF50+，伞杆为铝合金材质；沙滩躺椅500张。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：帷川县橹湾镇人民政府，联系电话：0576-86350012。
""",
    ),
    dict(
        slug="lawfirm-fanzheng-case-parasol-wind",
        site="帆正律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.fanzhenglaw.cn/anli/20250903/129.html",
        title="沙滩遮阳伞被风吹倒砸伤游客，谁来担责？",
        record_title="【帆正说法】沙滩遮阳伞被风吹倒砸伤游客，谁来担责？ — 帆正律师事务所",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line and a reprint line; a case note with 【】 section heads; no date (a relative edit time only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【帆正说法】沙滩遮阳伞被风吹倒砸伤游客，谁来担责？ — 帆正律师事务所</title>
<link rel="stylesheet" href="/assets/fz.css">
<script src="/assets/fz.js"></script>
</head>
<body>
<div class="fz-head">⟦m 帆正律师事务所　专注人身损害与消费维权⟧　⟦m 全国咨询：400-118-6077⟧</div>
<div class="fz-nav">⟦m <a>首页</a> <a>律所简介</a> <a>律师团队</a> <a>帆正说法</a> <a>联系我们</a>⟧</div>
<div class="fz-main">
<h1>⟦t 【帆正说法】沙滩遮阳伞被风吹倒砸伤游客，谁来担责？⟧</h1>
<p class="fz-meta">⟦m 帆正说法编辑组　编辑于 5 天前　阅读 781⟧</p>
<div class="fz-text">
{BODY}
</div>
<div class="fz-repost">⟦d 转载本文请注明出自帆正律师事务所官网⟧</div>
</div>
<div class="fz-card"><p>⟦w 承办律师：霍舸　执业证号 13303201811067720⟧</p><p>⟦w 微信同号 13857612093，可免费初步评估⟧</p></div>
<div class="fz-float">⟦a 在线咨询⟧　⟦a 留言给律师⟧</div>
<div class="fz-foot">⟦m 帆正律师事务所　地址：幄阳市帏湖区帆影路100号　浙ICP备19008862号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】2024年8月，游客杨某在沚湾海水浴场租用遮阳伞休息时，突遇阵风，邻近一把未固定牢的遮阳伞被吹倒，伞骨划伤杨某额头。杨某花去医疗费4300余元，要求摊主和浴场管理方赔偿。
【法院判决】法院审理认为，摊主未按要求将伞杆插入沙层足够深度，对损害发生存在过错，应承担主要责任；浴场管理方在大风预警发布后未及时组织收伞，未尽到安全保障义务，承担相应的补充责任。
【律师提示】遮阳伞经营者要把“固定牢、勤巡查、风大收”落到实处；游客遇到大风天气应主动离开伞下，并保留好租赁凭证和就医票据。
""",
    ),
    dict(
        slug="lawfirm-jian-answer-blocks-swallowed",
        site="楫安律师网 (invented)",
        style="律所网站",
        genre="法律咨询",
        kind="other",
        form="text",
        source="https://www.jianlvshi.com/zixun/q78120.html",
        title="网购积木小零件被孩子误吞，商家要担责吗？",
        record_title="问：网购积木小零件被孩子误吞，商家要担责吗？（律师已答）- 楫安律师网",
        date=None,
        notes="a law site's answer text: a lawyer's signature line, a 400 line and a consult prompt around it, a consult line glued after the last 。; relative answer time (no date)",
        page="""
!m 楫安律师网 — 找律师，上楫安
!m 首页 ＞ 法律咨询 ＞ 消费维权
!t 问：网购积木小零件被孩子误吞，商家要担责吗？（律师已答）
!m 咨询者：匿名用户　地区：幄阳
!m 杭律师　楫安律师网签约律师　解答于 2 天前
{BODY}
!l 有帮助（27）　没帮助（1）
!w 一对一咨询律师：400-622-9031（9:00-21:00）
!l 相似咨询：孩子玩玩具受伤能起诉厂家吗　网购玩具没有中文标识怎么办
!m 楫安律师网版权所有　沪ICP备20019330号
""",
        body="""
您好，根据您描述的情况，可以分两步看。
第一，看产品标识。按照玩具安全的国家标准，含有小零件的积木应在包装上标注“不适合3岁以下儿童”等警示语。如果您购买的积木没有这类警示，或者商品页面把它标成“1岁以上适用”，销售者和生产者都可能要承担产品责任。
第二，看监护情况。如果包装警示清楚，而家长让两岁孩子单独玩含小零件的积木，法院一般会认为监护人也有过错，会相应减轻商家的责任。
建议您保存好订单截图、商品页面、包装盒和就医记录，先与商家协商；协商不成，可以向市场监管部门投诉或者起诉。⟦w 还有疑问？点此向杭律师追问⟧
""",
    ),
]
