"""holdout377, part D: county forums, download stations, personnel-exam sites, tender portals and law firms.

Written by hand; all names, places, sites, URLs and numbers are invented. See ../build.py.
"""

CASES = [
    dict(
        slug="countyforum-shuyang-winerack-collapse-jammer-subject",
        site="鄃阳在线·家园论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.shuyangzaixian.com/forum.php?mod=viewthread&tid=512207",
        title="装了不到半年的红酒架塌了，商家说是我放太多酒",
        record_title=None,
        date=None,
        notes="no record title: the thread subject is the title; jammer-font junk in the post; a weather line, "
        "medals, a forward-to-department link, a decoration ad with a QQ; the post time is relative (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鄃阳在线·家园论坛</title>
<style>font.jammer{font-size:0;color:transparent}</style>
<script src="/static/js/forum_common.js"></script>
</head>
<body>
<div class="weather">⟦m 今日鄃阳：多云转晴 18～26℃　东南风2级⟧</div>
<div id="hd">⟦m 鄃阳在线·家园论坛⟧　<a href="/login">⟦a 登录家园⟧</a>　<a href="/reg">⟦a 加入家园⟧</a></div>
<div class="bm">⟦m 家园论坛 » 消费维权 » 正文⟧</div>
<div class="adbanner">⟦w 全屋定制找老郭，量房出图不要钱 QQ 2218790365⟧</div>
<table class="plhin"><tr>
<td class="pls">
<div>⟦m 嵠塘一家人⟧</div>
<div>⟦m 勋章：热心网友　实名认证⟧</div>
<div>⟦m 积分 612　帖子 47⟧</div>
</td>
<td class="plc">
<div class="ts"><span id="thread_subject">{T}</span></div>
<div class="authi">⟦m 发表于 4 天前　｜　只看楼主　｜　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zhuanjiao"><a href="/zj/512207">⟦a 申请转交县市场监管局回复⟧</a></div>
<div class="po">⟦a 回复　点评　支持(31)　反对(0)⟧</div>
</td></tr></table>
<div class="replies">
<p>⟦l 2楼　老城南：塑料膨胀管挂那么重的东西，确实不行⟧</p>
<p>⟦l 3楼　悠悠：打12315，留好聊天记录和付款凭证⟧</p>
</div>
<div id="ft">⟦m 鄃阳在线 版权所有　湘ICP备15008819号　违法和不良信息举报：0736-7769110⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
去年十一月在县城建材市场一家店定做了一个挂墙实木红酒架，一米二宽，六格，花了一千三百八。当时老板拍胸脯说承重没问题，放满酒都行。
上周六晚上，一家人正在看电视，就听“哐”一声，红酒架连着墙上的挂件一起掉下来了，五瓶酒碎了三瓶，地板泡了一大片，幸好下面没人。
第二天找商家，老板来看了一眼，说是我放的酒太多，超重了，不肯负责。我算了一下，当时架子上一共放了九瓶酒，一瓶也就一公斤多，加起来不到十五公斤。后来请懂行的朋友看，说挂件只用了两颗塑料膨胀管，根本不是承重的装法。
现在商家电话也不接了。想问问论坛里的朋友，这种情况该找哪个部门？有没有遇到过类似情况的？
另外提醒大家，挂墙红酒架一定要问清楚怎么装，最好看着师傅装。
""",
    ),
    dict(
        slug="countyforum-zouchuan-station-dartboards-repair-junk",
        site="郰川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.zouchuanbbs.com/thread-77421-1-1.html",
        title="镇文化站的飞镖盘坏了半年了，啥时候能修？",
        record_title="【民生直通】镇文化站的飞镖盘坏了半年了，啥时候能修？（附照片） - 嵠塘杂谈 - 郰川论坛",
        date=None,
        notes="a county-forum thread with anti-scraping junk as a line and glued after 。; the post time is "
        "relative (no date); a photo line, replies and a forum footer",
        page="""
!m 郰川论坛 — 郰川人自己的网上家园
!m 郰川论坛 › 乡镇版块 › 嵠塘杂谈
!t 【民生直通】镇文化站的飞镖盘坏了半年了，啥时候能修？（附照片）
!m 楼主：夜班下了去练镖　发表于 6 天前　查看 1206　回复 19
!m [照片] 文化站二楼活动室的两台电子飞镖盘
{BODY}
!l 沙发　嵠塘老表：支持，我也去过几次，确实一直坏着
!l 板凳　文化站工作人员：已向镇里反映，配件在采购中
!a 发帖请遵守论坛规则，登录后回复
!m 郰川论坛 zouchuanbbs.com　湘ICP备16011204号
""",
        junk=dict(lines=1, glued=3),
        body="""
嵠塘镇文化站二楼活动室有两台电子飞镖盘，以前晚上很热闹，厂里下了班的年轻人都爱去玩几局。
可从今年春节后，一台飞镖盘屏幕不亮了，另一台计分不准，投中靶心显示的分数经常对不上。问了管理员，说是报上去了，要等镇里统一采购配件。
半年过去了，两台机器还是老样子，活动室晚上冷冷清清。我们几个镖友商量过，愿意自己凑钱找人修，管理员又说公家财产不能私自动。
想请问镇里有关部门：飞镖盘到底什么时候能修好？如果配件难买，能不能先换两块普通的剑麻镖盘，让大家先玩起来？
希望有关部门能给个答复，谢谢！
""",
    ),
    dict(
        slug="download-fandang-rules-jigger-wps-gb2312",
        site="范档下载站 (invented; old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.fandang-down.com/soft/zhidu/23317.html",
        title="酒吧量酒器使用管理制度",
        record_title="酒吧量酒器使用管理制度.wps",
        date=None,
        notes="a .wps file name as the record title; an old gb2312 download page with a file-info table, three "
        "mirror links, an unzip password, a dead-link report; 第N条 articles with an effective clause only (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>酒吧量酒器使用管理制度.wps - 范档下载站</title>
<link href="/skin/fd/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/ad_top.js"></script>
</head>
<body>
<table width="950" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="logo">⟦m 范档下载站 · 文档模板随手下⟧</td><td align="right">⟦a 设为主页⟧ ⟦a 收藏范档⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 规章制度 | 合同范本 | 表格模板 | 公文写作 | 下载排行⟧</td></tr>
<tr><td colspan="2" class="pos">⟦m 您现在的位置：范档下载站 >> 规章制度 >> 餐饮酒店制度⟧</td></tr>
</table>
<table width="950" align="center" border="1" bordercolor="#CCCCCC" cellspacing="0">
<tr><td colspan="4" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 文件大小：21 KB⟧</td><td>⟦m 文件格式：WPS文字⟧</td><td>⟦m 更新时间：2 个月前⟧</td><td>⟦m 下载次数：3307⟧</td></tr>
<tr><td colspan="4">⟦m 授权方式：免费共享　运行环境：WPS Office / Word 2007及以上⟧</td></tr>
<tr><td colspan="4" class="jianjie">
{BODY}
</td></tr>
<tr><td colspan="4">⟦a 下载地址：【电信下载一】 【联通下载二】 【备用下载三】⟧</td></tr>
<tr><td colspan="4">⟦d 解压密码：www.fandang-down.com（压缩包内文档均可直接编辑）⟧</td></tr>
<tr><td colspan="4">⟦a 链接打不开？点此报告失效地址⟧</td></tr>
</table>
<table width="950" align="center"><tr><td>⟦l 相关下载：酒水出品标准化操作规程.doc　吧台卫生管理制度.wps⟧</td></tr>
<tr><td align="center">⟦m Copyright © 2010-2025 范档下载站　鄂ICP备10029981号⟧</td></tr></table>
<script language="javascript" src="/js/ad_float.js"></script>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范酒水出品，保证每杯酒水分量准确，维护顾客权益，制定本制度。
第二条　吧台所有基酒、利口酒的量取，必须使用经检查合格的量酒器，严禁徒手估量倒酒。
第三条　吧台配备30毫升/45毫升和20毫升/40毫升两种双头量酒器，每个工作台不少于两只，由领班统一编号登记。
第四条　量酒时应将量酒器保持水平，酒液与杯口齐平后一次倒入调酒杯，不得倒出半杯再补。
第五条　量酒器每班使用后清洗消毒，倒扣晾干；每月由领班用标准量杯校核一次，误差超过一毫升的立即停用。
第六条　违反本制度徒手倒酒的，第一次口头警告，第二次扣当月绩效分五分。
第七条　本制度自印发之日起执行，由餐饮部负责解释。
""",
    ),
    dict(
        slug="download-wendoudou-contract-sofathrow-template-blanks",
        site="文兜兜资料站 (invented)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.wendoudou.cn/hetong/jiagong/10482.html",
        title="沙发巾定制加工合同（范本）",
        record_title="沙发巾定制加工合同（范本）[可打印版]免费下载 - 文兜兜资料站",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and 第N条 articles (no "
        "date); a file-info line, download buttons and a copyright notice",
        page="""
!m 文兜兜资料站　合同 · 表格 · 范文
!m 位置：首页 » 合同范本 » 加工承揽合同
!t 沙发巾定制加工合同（范本）[可打印版]免费下载
!m 资料格式：DOCX　页数：2　下载量：586　上传：网友“小布头”
!a ⇩ 立即下载Word版　　⇩ 另存为PDF
{BODY}
!d 本范本仅供参考，签约前请结合实际情况并咨询专业人士，因套用产生的纠纷本站不担责。
!l 热门合同：家具定制合同范本 ｜ 服装来料加工合同 ｜ 委托编织协议
!m 文兜兜资料站 wendoudou.cn　粤ICP备20061145号
""",
        body="""
甲方（定作人）：××家居用品有限公司
乙方（承揽人）：××沙发巾编织车间
根据《中华人民共和国民法典》有关规定，甲乙双方经协商一致，就沙发巾定制加工事宜订立本合同。
第一条　加工产品。品名：＿＿＿＿沙发巾；规格：＿＿厘米×＿＿厘米；数量：＿＿＿＿条；花型及颜色以甲方确认的样品为准。
第二条　原材料。纱线由＿＿方提供，品种为＿＿＿＿，每条沙发巾用线不少于＿＿克。
第三条　加工费及支付。每条加工费＿＿元，合计＿＿＿＿元。甲方于合同签订后＿＿日内预付百分之三十，余款于验收合格后＿＿日内付清。
⟦d ※ 范本条款可依约增删，套用风险由下载者自负⟧
第四条　交货。乙方应于＿＿＿＿年＿＿月＿＿日前将产品送至甲方指定仓库。
第五条　质量验收。甲方按样品进行验收，尺寸偏差不超过正负二厘米，不得有断线、跳针、色差。验收不合格的，乙方应在＿＿日内返工。
第六条　违约责任。乙方逾期交货的，每逾期一日按加工费总额的千分之五支付违约金。
第七条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-qiaocheng-notice-bartender-assessment-timetable",
        site="鄡城人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qcrsks.gov.cn/kwtz/2025/0904/2317.html",
        title="关于2025年鄡城市调酒师职业技能等级认定考核有关事项的通知",
        record_title="〔等级认定考务〕关于2025年鄡城市调酒师职业技能等级认定考核有关事项的通知_考务通知_鄡城人事考试网",
        date="2025-09-02",
        date_also=["2025-09-04"],
        notes="a personnel-exam site: maintenance banner, an admission-ticket float; an exam timetable one row a "
        "paragraph; 下载并打印准考证 as content; the centre's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔等级认定考务〕关于2025年鄡城市调酒师职业技能等级认定考核有关事项的通知_考务通知_鄡城人事考试网</title>
<link rel="stylesheet" href="/css/ks2025.css">
<script src="/js/ks-float.js"></script>
</head>
<body>
<div class="ks-notice">⟦d 报名系统将于9月6日0:00—6:00停机升级，其间暂停一切网上业务⟧</div>
<div class="ks-head">⟦m 鄡城人事考试网　鄡城市人事考试院主办⟧</div>
<div class="ks-nav">⟦m 首页 ｜ 考试动态 ｜ 考务通知 ｜ 成绩查询 ｜ 证书办理 ｜ 政策法规⟧</div>
<div class="ks-loc">⟦m 目前位置：首页 / 考务通知⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-info">⟦m 发布：2025-09-04 15:20　来源：市职业技能鉴定中心　浏览次数：2460⟧</div>
<div class="ks-con">
{BODY}
</div>
<div class="ks-print">⟦a 〖打印正文〗〖关闭页面〗⟧</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印入口 ▶⟧</a></div>
<div class="ks-foot">
<p>⟦m 鄡城市人事考试院　地址：鄡城市建设北路21号⟧</p>
<p>⟦m 网站技术支持：0739-5236001（只受理网站访问故障）⟧</p>
</div>
<script>ksFloat.init();</script>
</body>
</html>
""",
        body="""
各有关单位、各位考生：
2025年鄡城市调酒师职业技能等级认定考核定于9月下旬举行。现将有关事项通知如下：
一、考核等级和科目。本次考核设五级、四级两个等级，分理论知识和操作技能两个科目。具体安排如下：
等级　科目　考试时间
五级　理论知识　9月27日9:00—10:30
五级　操作技能　9月27日14:00—17:00
四级　理论知识　9月28日9:00—10:30
四级　操作技能　9月28日14:00—17:30
二、准考证打印。考生请于9月22日至26日登录本网站下载并打印准考证，凭准考证和身份证参加考核。
三、操作技能考核说明。考点统一提供调酒壶、量酒器、吧勺等器具，考生不得自带。量取基酒须使用量酒器，徒手倒酒的该项不得分。
四、咨询电话。鄡城市职业技能鉴定中心：0739-5236617。
鄡城市人力资源和社会保障局
2025年9月2日
""",
    ),
    dict(
        slug="exam-shuyang-announcement-darts-instructor-wrapped-record",
        site="鄃阳县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.shuyang.gov.cn/gg/20250616/906.html",
        title="关于社会体育指导员（飞镖项目）职业技能考核有关事项的公告",
        date="2025-06-16",
        notes="record title as is; a text hard-wrapped at 58 columns with indents; the exam institute's own "
        "咨询电话 beside the site's service line; the 成文日期 under the signature",
        page="""
!m 鄃阳县人事考试网
!m 首页 ＞ 考试公告 ＞ 职业技能
{T}
!m 发布单位：县人事考试院　点击：618
!a 〔放大〕〔缩小〕〔打印〕
{BODY}
!m 本网服务电话：0736-7732000（工作日8:30—17:30）
!l 上一篇：2025年上半年事业单位公开招聘笔试成绩公告
!l 下一篇：关于领取2024年度专业技术资格证书的通知
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
根据省体育局、省人力资源和社会保障厅有关规定，现就2025年鄃阳县社会体育指导员（飞镖项目）职业技能考核有关事项公告如下：
一、报考条件。年满十八周岁，热爱飞镖运动，身体健康，从事或准备从事飞镖运动指导工作的人员均可报名。
二、考核内容。考核分理论考试和技能考核两部分。技能考核包括飞镖盘挂设规范检查、站姿与握镖示范、501分制投掷演示和教学讲解。其中飞镖盘挂设要求靶心离地1.73米，投掷线与镖盘面水平距离2.37米，误差超过1厘米的该项不得分。
三、报名时间。6月20日至6月30日，考生登录鄃阳县人事考试网报名并上传照片。
四、考核时间。理论考试7月12日上午，技能考核7月12日下午至13日。
咨询电话：0736-7732408。
鄃阳县人事考试院
2025年6月16日
""",
    ),
    dict(
        slug="tender-shuyang-bid-result-chalk-lots-ca-lines",
        site="鄃阳公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.shuyang.gov.cn/jyxx/zfcg/zbjg/20250319/75201.html",
        title="鄃阳职业技术学院台球实训耗材采购项目中标结果公告",
        record_title="【成交结果·公示中】鄃阳职业技术学院台球实训耗材采购项目中标结果公告_采购结果_鄃阳公共资源交易平台",
        date="2025-03-19",
        notes="a tender portal: a publicity countdown, CA and trading-system lines beside the purchaser's and "
        "agency's own contacts; a lot table one row a paragraph; the notice's date at its end",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【成交结果·公示中】鄃阳职业技术学院台球实训耗材采购项目中标结果公告_采购结果_鄃阳公共资源交易平台</title>
<link rel="stylesheet" href="/static/ggzy/css/detail.css">
<script src="/static/ggzy/js/countdown.js"></script>
</head>
<body>
<div class="gz-top">⟦m 鄃阳公共资源交易平台⟧　<a href="/login">⟦a 交易主体登录⟧</a>　<a href="/reg">⟦a 供应商注册⟧</a></div>
<div class="gz-nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息　监督投诉⟧</div>
<div class="gz-path">⟦m 交易信息 ＞ 政府采购 ＞ 采购结果⟧</div>
<div class="gz-detail">
<h3>{T}</h3>
<div class="gz-meta">⟦m 信息来源：鄃阳县弘正招标代理有限公司　阅读次数：149⟧</div>
<div class="gz-count">⟦m 距公示期满还剩：0天 18小时 42分⟧</div>
<div class="gz-content">
{BODY}
</div>
</div>
<div class="gz-help">
<p>⟦m 数字证书（CA）办理咨询：0736-7700311⟧</p>
<p>⟦m 交易系统技术支持：400-1028-556⟧</p>
</div>
<div class="gz-foot">⟦m 主办：鄃阳县公共资源交易中心　地址：鄃阳县政务服务中心五楼⟧</div>
<script>countdown('.gz-count');</script>
</body>
</html>
""",
        body="""
一、项目编号：YYZC-2025-0217
二、项目名称：鄃阳职业技术学院台球实训耗材采购项目
三、中标信息：
包号　采购内容　中标供应商　中标金额（元）
1　巧克粉（低尘型，1200块）　鄃阳县星耀体育用品有限公司　9840.00
2　台呢（比赛级，12张）　鄡城市绿茵体育器材经销部　21600.00
3　皮头及球杆维修套装（40套）　洭溪县众合商贸有限公司　7320.00
四、评审专家名单：刘芸、杨志恒、段雪。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：鄃阳职业技术学院　联系人：方老师　电话：0736-7790326
代理机构：鄃阳县弘正招标代理有限公司　联系人：石工　电话：0736-7745180
2025年3月19日
""",
    ),
    dict(
        slug="tender-kuangxi-inquiry-winerack-guesthouse-items",
        site="洭溪县阳光采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cg.kuangxi.gov.cn/xjgg/2025/0707/3390.html",
        title="洭溪县迎宾馆客房红酒架采购询价公告",
        record_title="[迎宾馆询价] 洭溪县迎宾馆客房红酒架采购询价公告 - 洭溪县阳光采购网",
        date="2025-07-07",
        notes="an inquiry notice: an items table one row a paragraph; 下载询价文件 as content; the purchaser's own "
        "contact beside the platform's service line; the date under the signature",
        page="""
!m 洭溪县阳光采购网
!m 采购公告 / 询价公告 / 正文
!t [迎宾馆询价] 洭溪县迎宾馆客房红酒架采购询价公告
!m 公告类型：询价　发布：洭溪县迎宾馆　报价截止：7月14日17:00
{BODY}
!a 询价文件下载（请先登录供应商账号）
!m 平台客服：400-6671-230　CA锁办理：0746-3300458
!l 同类公告：县政务中心会议桌椅采购询价公告
!d 本平台公告内容由采购人发布并负责，平台不对其真实性承担责任。
""",
        indent="\u3000\u3000",
        body="""
洭溪县迎宾馆就客房红酒架采购项目进行询价采购，欢迎符合条件的供应商报价。
一、采购内容：
序号　品名　规格要求　数量
1　实木台面红酒架　六瓶位，橡木，清漆　80个
2　壁挂式红酒架　十二瓶位，带杯架，承重不低于25公斤　24个
二、预算金额：3.2万元。
三、供应商资格：具有独立承担民事责任的能力，能提供所投产品的质检报告。
四、报价方式：请于7月14日17时前登录本网站下载询价文件，填写报价单并密封送达迎宾馆办公室，逾期不予受理。
五、联系方式：洭溪县迎宾馆办公室，联系人：韩主任，电话：0746-3318820。
洭溪县迎宾馆
2025年7月7日
""",
    ),
    dict(
        slug="lawfirm-diheng-answer-sofathrow-fading",
        site="鄡城砥衡律师事务所 (invented)",
        style="律所网站",
        genre="法律解答",
        kind="other",
        form="html",
        source="https://www.dihenglaw.cn/qa/xiaofei/1177.html",
        title="网购沙发巾洗一次就褪色缩水，能要求退一赔三吗？",
        record_title="【闵律师答网友】网购沙发巾洗一次就褪色缩水，能要求退一赔三吗？｜鄡城砥衡律师事务所",
        date=None,
        notes="a law firm's answer: a lawyer card, a consult float, a 400 line, a repost notice; a consult line "
        "glued after a sentence; 12315 as content; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【闵律师答网友】网购沙发巾洗一次就褪色缩水，能要求退一赔三吗？｜鄡城砥衡律师事务所</title>
<link rel="stylesheet" href="/assets/zh/site.css">
<script src="/assets/zh/consult.js"></script>
</head>
<body>
<header class="zh-head">⟦m 砥衡律师事务所　DIHENG LAW FIRM⟧　⟦m 全国法律咨询：400-877-1618⟧</header>
<nav class="zh-nav">⟦m 首页　律所简介　专业领域　律师团队　律师解答　联系我们⟧</nav>
<div class="zh-path">⟦m 首页 / 律师解答 / 消费维权⟧</div>
<article class="zh-qa">
<h1>{T}</h1>
<div class="zh-ask">⟦m 咨询人：鄡城网友　类别：消费维权　浏览 436⟧</div>
<div class="zh-card">⟦m 解答律师：闵若宁　执业证号 14301201911027716　执业7年⟧</div>
<div class="zh-answer">
{BODY}
</div>
</article>
<aside class="zh-side"><h4>⟦l 同类咨询⟧</h4><p>⟦l 买到假冒纯棉床品怎么维权？⟧</p><p>⟦l 七天无理由退货运费谁出？⟧</p></aside>
<div class="zh-float">⟦w 在线律师·即问即答⟧</div>
<footer class="zh-foot">
<p>⟦d 本站解答仅为一般性法律意见，转载请注明出处并保留律师署名。⟧</p>
<p>⟦m 鄡城砥衡律师事务所　地址：鄡城市滨江路186号汇鑫大厦12楼⟧</p>
</footer>
<script>consult.bind('.zh-float');</script>
</body>
</html>
""",
        body="""
您好！根据您描述的情况，分两种情形来看：
第一，如果沙发巾褪色、缩水是产品本身质量不合格造成的，比如商品详情页标明“不褪色、不缩水”，或者明显达不到同类产品的一般质量标准，您可以依据消费者权益保护法要求商家退货、退款，并承担退货运费。
第二，“退一赔三”适用于经营者有欺诈行为的情形，比如商家故意把化纤标成纯棉、虚假宣传产品成分。如果只是一般的质量瑕疵，商家没有故意隐瞒，一般很难主张三倍赔偿。⟦w 案情不同结论不同，点这里一对一问闵律师⟧
建议您：1.保留好商品详情页截图、聊天记录和付款凭证；2.按照洗涤标签的方法洗涤，并拍照记录褪色、缩水情况；3.先与商家和平台协商，协商不成可向12315平台投诉，或者向法院起诉。
以上意见供您参考。
""",
    ),
    dict(
        slug="lawfirm-mingli-case-bar-dart-injury-byline",
        site="郰川明理律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="text",
        source="http://www.zcmingli-law.com/alpx/2025/0828/219.html",
        title="酒吧里飞镖误伤顾客，责任由谁承担？",
        record_title="明理说案·酒吧里飞镖误伤顾客，责任由谁承担？ - 郰川明理律师事务所",
        date="2025-08-28",
        notes="a law firm's case note with bracketed section heads; the byline's 发布时间 is the page's date; a "
        "lawyer card, a consult prompt and a repost notice",
        page="""
!m 郰川明理律师事务所 · 以理服人，以法护航
!m 首页 > 案例评析 > 侵权责任
!t 明理说案·酒吧里飞镖误伤顾客，责任由谁承担？
!m 发布时间：2025-08-28　作者：侯思远律师　阅读：512
{BODY}
!w 遇到类似纠纷？拨打明理律所咨询专线 0738-6688012
!d 转载本文请保留作者及出处，案例已做匿名化处理。
!l 推荐阅读：健身房器械伤人，经营者要担责吗？
""",
        gap=True,
        body="""
【基本案情】某酒吧在大厅一角挂设飞镖盘供顾客娱乐，未设置隔离区域。2024年冬，顾客王某从洗手间出来，经过投掷区时被另一名顾客刘某投出的钢针飞镖扎伤脸部，花去医疗费一万余元。王某将酒吧和刘某一并诉至法院。
【裁判结果】法院审理认为，刘某投镖时未注意观察周围情况，对损害发生有过错，应承担主要责任；酒吧作为经营场所的管理者，未对投掷区设置隔离和警示，未尽到安全保障义务，应承担相应的补充责任。最终判决刘某承担百分之七十的赔偿责任，酒吧承担百分之三十。
【律师提示】经营者在店内设置飞镖盘等娱乐设施，应划定专门的投掷区域，设置隔离栏和警示标志，必要时使用软头飞镖；顾客在娱乐时也应注意安全，避免伤及他人。
""",
    ),
]
