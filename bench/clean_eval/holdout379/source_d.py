"""holdout379, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Invented text; every site, place, person, phone and URL is made up. See ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="county-forum-manchuan-lanterns-not-turning-jammer",
        site="熳川在线·百姓论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="http://bbs.manchuan.net/thread-940227-1-1.html",
        title="今年灯会的走马灯怎么都不转了？",
        record_title=None,
        date=None,
        notes="county forum: no record title (the thread subject), weather line, medals, a send-to-hotline link, a "
        "decoration ad with a QQ; jammer-font junk in the post; relative times only",
        page="""
<html><head><meta charset="utf-8">
<title>熳川在线·百姓论坛</title>
<style>.jm{font-size:0;color:#fdfdfd}</style>
<script src="/static/js/forum.js"></script>
</head><body>
<div id="hd"><span>⟦m 熳川在线·百姓论坛⟧</span> <span class="tq">⟦m 熳川 今日多云 3～11℃ 东北风2级⟧</span> <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="nav">⟦m 论坛首页 › 熳川杂谈 › 帖子详情⟧</div>
<div class="ad">⟦w 熳川装修找匠心整装，全包套餐立减八千，QQ 3048817265⟧</div>
<div class="thread">
<h1 id="thread_subject">{T}</h1>
<div class="stat">⟦m 阅读 4870　回帖 63⟧</div>
<div class="post"><div class="author">⟦m 老街看灯人⟧ <span>⟦m Lv.6 熳川通⟧</span> <span>⟦m 勋章：热心市民 · 十年老友⟧</span></div>
<div class="posttime">⟦m 发表于 5 天前 | 来自手机⟧</div>
<div class="message">
{BODY}
</div>
<div class="act"><a>⟦a 支持(92)⟧</a> <a>⟦a 反对(4)⟧</a> <a>⟦a 推送至县长热线办理⟧</a></div></div>
<div class="reply"><p>⟦l 沙发　丈口阿强：同感，去年就有几盏不转了⟧</p><p>⟦l 板凳　小熳：带小孩去的，入口确实挤⟧</p></div>
</div>
<div id="ft">⟦m 熳川在线 Copyright 2008-2025　浙ICP备08011627号⟧　⟦d 帖子内容仅代表网友个人观点⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
昨晚带孩子去老街看灯会，走了一圈下来有点失望。
挂在牌坊下面那一排大走马灯，十盏里有六七盏都是静止的，灯屏上的马一动不动。问了旁边的工作人员，说是换成了LED灯泡，没有热气，叶轮转不起来，后面要加小电机。
我记得小时候的走马灯，全靠蜡烛往上冲的那股热气，转得不快，但是一晃一晃的特别有味道。现在安全是安全了，可不转的走马灯，还能叫走马灯吗？
另外提个建议：老街入口太挤了，能不能在中段再开一个出口？带着老人孩子挤了二十多分钟才出来。
希望主办方看看，明年别再挂“不走的马”了。
""",
    ),
    dict(
        slug="county-forum-xietu-surfboards-parking-junk",
        site="偕涂论坛 (invented county forum, text page)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.xietubbs.com/forum.php?mod=viewthread&tid=331704",
        title="逢潮湾停车场被冲浪板占了一半，谁来管管",
        record_title="[海边闹心事] 逢潮湾停车场被冲浪板占了一半，谁来管管 - 偕涂杂谈 - 偕涂论坛",
        date=None,
        notes="county-forum complaint with junk lines and glued junk; reply floors; relative times only",
        page="""
!m 偕涂论坛 — 偕涂人自己的网上家园
!m 偕涂论坛 » 偕涂杂谈 » 民生吐槽
!t [海边闹心事] 逢潮湾停车场被冲浪板占了一半，谁来管管
!m 楼主：开车去看海　｜　2 小时前　｜　浏览 1287
{T}
{BODY}
!l 1楼　海边的阿伟：昨天也碰到了，停车场出口都堵了
!l 2楼　逢潮老邝：已经帮你@镇里执法队的官方账号
!a 快速回复：说点什么吧（登录后可回帖）
!d 论坛帖子由网友发布，如涉及不实信息请向版主举报。
!m 偕涂论坛 xietubbs.com　版主QQ群 60318245
""",
        junk=dict(lines=2, glued=2),
        body="""
周末开车去逢潮湾，想在海边停车场停一下，结果进去一看，靠近沙滩的一半车位全被租板的摊子占了，几十块冲浪板一排排靠在护栏上，还有人拉了遮阳棚。
我问摊主能不能挪一挪，他说这是他们每天的固定位置，让我去后面的路边停。后面的路边本来就窄，车一多根本错不开。
镇里不是刚发了通告，说租板只能在东西两个经营区吗？停车场出入口也是明令不准占的。不知道执法队有没有来看过。
旅游旺季本来就车多，希望有关部门尽快管一管，别等出了剐蹭事故再处理。
""",
    ),
    dict(
        slug="download-sa6-bugle-rules-wps-fileinfo-gb2312",
        site="卅六资源站 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="规定",
        kind="rules",
        form="html",
        source="http://www.sa6ziyuan.com/soft/gongwen/20871.html",
        title="民兵训练基地军号使用管理规定",
        record_title="民兵训练基地军号使用管理规定.wps",
        date=None,
        notes="file name as record title; old table layout with a file-info table, three mirror links, an unzip "
        "password and a dead-link report; 第N条 articles; update stamp is no date",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>民兵训练基地军号使用管理规定.wps 免费下载 - 卅六资源站</title>
<link rel="stylesheet" href="/skin/36.css">
</head><body>
<table width="980" align="center" cellspacing="0" cellpadding="0" border="0">
<tr><td>⟦m 卅六资源站⟧</td><td align="right">⟦m 文档、表格、模板，一站下全⟧</td></tr>
<tr><td colspan="2" bgcolor="#2E5C8A"><a>⟦m 首页⟧</a> <a>⟦m 公文模板⟧</a> <a>⟦m 规章制度⟧</a> <a>⟦m 表格下载⟧</a> <a>⟦m 排行榜⟧</a></td></tr>
<tr><td colspan="2">⟦m 当前位置：首页 → 规章制度 → 军事国防⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" bordercolor="#B7C9DD">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td width="120">⟦m 资料体积：⟧</td><td>⟦m 26 KB⟧</td></tr>
<tr><td>⟦m 资料格式：⟧</td><td>⟦m WPS文字⟧</td></tr>
<tr><td>⟦m 收录日期：⟧</td><td>⟦m 2025-06-07⟧</td></tr>
<tr><td>⟦m 已被下载：⟧</td><td>⟦m 1427⟧</td></tr>
<tr><td>⟦m 资料星级：⟧</td><td>⟦m ★★★☆☆⟧</td></tr>
<tr><td colspan="2"><b>⟦m 内容预览：⟧</b>
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：联通线路⟧　⟦a 下载地址二：移动线路⟧　⟦a 下载地址三：海外镜像⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.sa6ziyuan.com⟧　<a>⟦a 链接失效？点此报错⟧</a></td></tr>
</table>
<table width="980" align="center"><tr><td>
⟦l 本类下载排行：民兵整组工作流程图 | 营区作息号令表 | 武装部值班制度⟧<br>
⟦d 本站资源均来自网络，仅供学习研究，请于下载后24小时内删除。⟧<br>
⟦m 卅六资源站 2011-2025　冀ICP备11028316号⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范民兵训练基地军号的使用和保管，严肃号令，制定本规定。
第二条　基地实行统一号令。起床、集合、开饭、熄灯等日常号令，由值班号手按作息时间吹奏，其他人员不得擅自吹号。
第三条　号手应当经县人武部组织的集训考核合格，熟练掌握基地常用的十二个号谱。
第四条　军号由基地保障科统一登记，编号存放在值班室号柜内，实行领用签字制度。
第五条　号手每次使用后应当擦拭号身，每月用温水清洗号嘴，发现凹陷、漏气的及时报修。
第六条　严禁将军号带出基地或者用于与训练无关的场合。
第七条　本规定由基地保障科负责解释，自下发之日起施行。
""",
    ),
    dict(
        slug="download-qiyue-bubble-machine-contract-template",
        site="契约文本站 (invented download station, text page)",
        style="资料下载站",
        genre="合同范本",
        kind="template",
        form="text",
        source="https://www.qiyuewenben.com/hetong/goumai/7732.html",
        title="泡泡机产品购销合同（范本）",
        record_title="泡泡机产品购销合同（范本）【可编辑doc·零积分】- 契约文本站",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; no date",
        page="""
!m 契约文本站 — 合同协议范本免费下
!m 首页 ⊳ 合同范本 ⊳ 购销合同
!t 泡泡机产品购销合同（范本）【可编辑doc·零积分】
!m 适用：玩具批发、商超采购　｜　字数：约900字　｜　更新于 2025-05-26
!a 免费下载Word版　　在线编辑　　一键打印
{T}
{BODY}
!d 提示：合同范本仅供参考，签约前请结合实际情况修改，必要时咨询专业律师。
!l 猜你想找：玩具代理经销合同　│　儿童用品采购框架协议　│　商品寄售合同
!m 契约文本站 qiyuewenben.com　浙ICP备23008841号
""",
        body="""
甲方（买方）：××××有限公司
乙方（卖方）：××玩具厂
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就泡泡机产品购销事宜订立本合同。
第一条　产品名称、型号和数量：＿＿＿＿型电动泡泡机，数量＿＿＿＿台，单价＿＿＿＿元，合计金额（大写）＿＿＿＿＿＿元。
第二条　质量要求：产品应当符合国家玩具安全技术规范，取得3C认证，配套泡泡液应当提供检测报告。
第三条　交货时间和地点：乙方应当于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定仓库，运费由＿＿方承担。
第四条　验收：甲方应当在收货后＿＿日内完成验收，对不合格产品有权退换。
第五条　付款方式：验收合格后＿＿日内，甲方以银行转账方式支付全部货款。
第六条　违约责任：乙方逾期交货的，每逾期一日按合同总额的＿＿%支付违约金。
第七条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿＿＿　乙方（盖章）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-biaoling-bugle-player-skill-test-timetable",
        site="彪岭县人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.biaoling.gov.cn/kwgg/2025/0910/1763.html",
        title="彪岭县文化馆2025年公开招聘铜管（军号）演奏员专业技能测试公告",
        record_title="〔专业能力测评〕彪岭县文化馆2025年公开招聘铜管（军号）演奏员专业技能测试公告_考务资讯_彪岭县人事考试网",
        date="2025-09-10",
        notes="exam site: maintenance banner, admission-ticket float, technical-support line beside the exam's own "
        "咨询电话; a timetable; a sentence telling candidates to download and print the admission ticket",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔专业能力测评〕彪岭县文化馆2025年公开招聘铜管（军号）演奏员专业技能测试公告_考务资讯_彪岭县人事考试网</title>
<link rel="stylesheet" href="/css/rsks.css">
</head><body>
<div class="notice-bar">⟦d 系统升级提示：9月14日0:00—6:00报名系统暂停服务，敬请谅解⟧</div>
<div class="header">⟦m 彪岭县人事考试网⟧ <span>⟦m 公开 · 公平 · 公正⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考务公告⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="pos">⟦m 首页 &gt; 考务公告 &gt; 事业单位招聘⟧</div>
<div class="article"><h2>{T}</h2>
<div class="meta">⟦m 信息来源：县人力社保局　发布时间：2025-09-10 16:20　阅读：3306⟧</div>
<div class="con">
{BODY}
</div></div>
<div class="float-zkz">⟦a 准考证打印通道（9月17日开启）⟧</div>
<div class="side"><h3>⟦l 考试动态⟧</h3><p>⟦l 2025年下半年事业单位统一招聘笔试成绩公布⟧</p><p>⟦l 关于规范考生诚信报名的提醒⟧</p></div>
<div class="footer">⟦m 主办：彪岭县人力资源和社会保障局⟧　⟦m 网站技术支持：0571-6652 9900⟧<br>⟦m 浙ICP备11038804号-2⟧</div>
</body></html>
""",
        body="""
根据《彪岭县文化馆2025年公开招聘工作人员公告》，现将铜管（军号）演奏员岗位专业技能测试有关事项公告如下。
一、测试时间和地点
测试安排如下：
项目　时间　地点
号谱吹奏　9月20日8:30—11:30　县文化馆排练厅
视奏与乐理　9月20日14:00—16:00　县文化馆二楼教室
二、测试内容
（一）号谱吹奏：从起床号、集合号、冲锋号等十个号谱中抽取两个吹奏，另自选一首铜管乐曲。
（二）视奏与乐理：现场视奏一段简谱旋律，并完成乐理笔试。
三、注意事项
考生须于9月17日至19日登录彪岭县人事考试网下载并打印准考证，测试当天凭准考证和身份证入场。军号由考生自备。
咨询电话：0571-6652 3307（工作日）。
彪岭县人力资源和社会保障局
彪岭县文化馆
2025年9月10日
""",
    ),
    dict(
        slug="exam-xietu-surf-coach-scores-record-date",
        site="偕涂县人事考试信息网 (invented, text page)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://rsks.xietu.gov.cn/cjgs/20250808/0451.html",
        title="偕涂县体育运动学校2025年公开招聘冲浪教练专业测试成绩公示",
        record_title="偕涂县体育运动学校2025年公开招聘冲浪教练专业测试成绩公示（8月8日发布）",
        record_date="2025-08-08",
        date="2025-08-08",
        notes="the record gives the date; a score table; the notice's own 联系电话 beside the site's service line",
        page="""
!m 偕涂县人事考试信息网
!m 首页 ▹ 成绩公示 ▹ 事业单位
!t 偕涂县体育运动学校2025年公开招聘冲浪教练专业测试成绩公示（8月8日发布）
!m 发布单位：县人力资源和社会保障局　｜　已阅 2208
{T}
{BODY}
!a 考生可凭身份证号和准考证号登录“成绩查询”栏目核对本人分项成绩
!l 上一条：2025年偕涂县事业单位招聘体检名单
!m 网站服务热线：0576-8521 0000（工作日 9:00—17:00）
!m 偕涂县人力资源和社会保障局　版权所有
""",
        body="""
根据招聘工作安排，我县于2025年8月6日组织了体育运动学校冲浪教练岗位专业测试。现将测试成绩公示如下：
准考证号　姓名　专业测试成绩
20250801　韦若潮　86.4
20250803　邝逢安　82.1
20250805　蓝昔帆　79.6
公示期为2025年8月8日至8月14日。对公示结果有异议的，请在公示期内以书面形式向县人力资源和社会保障局反映，反映情况应当实事求是，并留下真实姓名和联系方式。
联系电话：0576-8521 4410。
偕涂县人力资源和社会保障局
2025年8月8日
""",
    ),
    dict(
        slug="tender-xietu-surf-equipment-award-lots",
        site="偕涂县公共资源交易网 (invented tender portal)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.xietu.gov.cn/jyxx/zfcg/zbgg/20250703/8a81e4.html",
        title="偕涂县体育运动学校冲浪训练器材采购项目中标结果公告",
        record_title="【成交结果·学校采购】偕涂县体育运动学校冲浪训练器材采购项目中标结果公告",
        date="2025-07-03",
        notes="tender portal: publicity countdown, CA and trading-system lines beside the purchaser's and agency's "
        "own contacts; a lots table; 成文日期 under the agency's signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【成交结果·学校采购】偕涂县体育运动学校冲浪训练器材采购项目中标结果公告</title>
<link rel="stylesheet" href="/ggzy/css/detail.css">
</head><body>
<div class="top">⟦m 偕涂县公共资源交易网⟧ <a>⟦a 主体登录⟧</a> <a>⟦a CA证书办理⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="loc">⟦m 交易信息 › 政府采购 › 中标（成交）结果⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="info">⟦m 信息时间：2025-07-03　信息来源：偕涂县昂信招标代理有限公司⟧</div>
<div class="countdown">⟦m 公告期剩余：0天 18小时 22分⟧</div>
<div class="ewb-content">
{BODY}
</div>
<p>⟦a 【打印公告】⟧ ⟦a 【关闭】⟧</p></div>
<div class="help"><p>⟦m CA锁办理及驱动问题：0576-8530 6655⟧</p><p>⟦m 交易系统操作咨询：0576-8530 6677⟧</p></div>
<div class="foot">⟦m 偕涂县公共资源交易中心　地址：偕涂县行政服务中心三楼⟧　⟦m 浙ICP备15022491号⟧</div>
</body></html>
""",
        body="""
一、项目编号：XTCG-2025-0617
二、项目名称：偕涂县体育运动学校冲浪训练器材采购项目
三、中标信息
包号　中标供应商　中标金额
1包（冲浪长板）　逐浪板业有限公司　186000元
2包（软板及脚绳）　偕涂县浪尖体育用品商行　73500元
3包（救生背心）　炫埠市海卫安全装备有限公司　41200元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：偕涂县体育运动学校，联系人：邝老师，电话：0576-8520 7731。
采购代理机构：偕涂县昂信招标代理有限公司，联系人：谢工，电话：0576-8533 1186。
偕涂县昂信招标代理有限公司
2025年7月3日
""",
    ),
    dict(
        slug="tender-manchuan-lantern-inquiry-download-record-date",
        site="熳川县政府采购网 (invented, text page)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.manchuan.gov.cn/xjgg/20251202/3305.html",
        title="熳川县文化馆元宵灯会走马灯灯组询价采购公告",
        record_title="【询价邀请·文化类】熳川县文化馆元宵灯会走马灯灯组询价采购公告 — 熳川政采",
        record_date="2025-12-02",
        date="2025-12-02",
        notes="the record gives the date; an items table; a sentence on downloading the inquiry file; the "
        "purchaser's contact beside the platform's CA line",
        page="""
!m 熳川县政府采购网
!m 首页 → 采购公告 → 询价公告
!t 【询价邀请·文化类】熳川县文化馆元宵灯会走马灯灯组询价采购公告 — 熳川政采
!m 公告类型：询价公告　｜　截止：2025-12-09 17:00　｜　浏览 512
{T}
{BODY}
!a 〔附件〕询价文件（走马灯灯组）.zip　点击下载
!l 同类公告：县图书馆少儿阅览室家具询价 ｜ 县文化馆舞台灯光维保询价
!m 平台CA及电子签章咨询：0578-7350 8800
!m 熳川县财政局主办　浙ICP备10041133号
""",
        body="""
熳川县文化馆元宵灯会走马灯灯组采购项目采用询价方式采购，欢迎符合条件的供应商参加报价。
一、采购内容
品目　数量　要求
大型走马灯（直径1.5米）　20盏　竹骨架，LED光源，电机驱动
中型走马灯（直径0.8米）　60盏　剪影图案由采购人提供
灯组安装与维护　1项　灯会期间驻场维护
二、报价时间：2025年12月3日至12月9日17:00。
三、获取询价文件：有意向的供应商请登录熳川县政府采购网，在本公告页面下载询价文件，按要求填写报价单并加盖公章后密封递交。
四、联系方式：熳川县文化馆，联系人：陶先生，电话：0578-7352 1094。
熳川县文化馆
2025年12月2日
""",
    ),
    dict(
        slug="lawfirm-angheng-bubble-machine-slip-answer",
        site="昂衡律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.anghenglaw.com/wenda/shangbao/2025/0612.html",
        title="孩子被商场泡泡机绊倒受伤，商场要担责吗？",
        record_title="孩子被商场泡泡机绊倒受伤，商场要担责吗？｜昂衡律师说法",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, repost notice; a question and answer; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>孩子被商场泡泡机绊倒受伤，商场要担责吗？｜昂衡律师说法</title>
<link rel="stylesheet" href="/assets/law.css">
</head><body>
<div class="top">⟦m 昂衡律师事务所⟧ <span>⟦m 专注人身损害与消费维权⟧</span> <span class="tel">⟦w 全国咨询热线 400-870-2615⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 律所简介⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 律师说法⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="crumb">⟦m 律师说法 ＞ 人身损害⟧</div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 解答律师：贞思远　阅读 1833⟧</div>
<div class="body">
{BODY}
</div>
<p class="repost">⟦d 本文为昂衡律师事务所原创，转载请注明出处；文中观点仅供参考，不构成正式法律意见。⟧</p></div>
<div class="card"><h4>⟦m 贞思远 律师⟧</h4><p>⟦m 执业证号：14406201911036452⟧</p><p>⟦m 擅长：人身损害赔偿、消费纠纷⟧</p><a>⟦w 一对一咨询贞律师⟧</a></div>
<div class="float">⟦w 在线律师 · 3分钟内回复⟧</div>
<div class="rel"><h4>⟦l 类似问题⟧</h4><p>⟦l 游乐场蹦床摔伤能索赔吗⟧</p><p>⟦l 超市地面湿滑摔倒谁负责⟧</p></div>
<div class="foot">⟦m 昂衡律师事务所　炫埠市莫湖区滨河路77号⟧　⟦m 粤ICP备19051172号⟧</div>
</body></html>
""",
        body="""
问：上周末我带五岁的儿子去商场，中庭有商家摆了一台落地泡泡机做活动，地上全是泡泡液，孩子跑过去滑倒，下巴缝了三针。商场说机器是商家的，让我们找商家。请问该找谁赔？
答：根据民法典第一千一百九十八条的规定，宾馆、商场等经营场所、公共场所的经营者、管理者，未尽到安全保障义务，造成他人损害的，应当承担侵权责任。
本案中，商场作为中庭的管理者，允许商家在人流密集处开展泡泡机活动，却未及时清理地面积液、设置警示标志，可以认定未尽到安全保障义务。摆放泡泡机的商家是直接责任人，同样应当承担责任。⟦w 孩子在商场受伤不知怎么索赔？点此发给贞律师⟧
建议您保留好就诊病历、医疗费票据和现场照片视频，先与商场、商家协商；协商不成的，可以将二者作为共同被告向法院起诉。
同时也提醒家长，在人多、地滑的场所要看护好孩子，否则法院可能会适当减轻对方的责任。
""",
    ),
    dict(
        slug="lawfirm-zhenxin-dudou-pattern-case-byline",
        site="贞信律师事务所 (invented law-firm site, text page)",
        style="律所网站",
        genre="案例",
        kind="news",
        form="text",
        source="http://www.zhenxinlawyer.cn/anli/zhishichanquan/118.html",
        title="“网红肚兜”图案被抄袭，绣坊维权获赔八万元",
        record_title="案例回顾 ❘ “网红肚兜”图案被抄袭，绣坊维权获赔八万元 - 贞信律师事务所",
        date="2025-09-05",
        notes="law firm's case note; the 发布时间 byline as the date; lawyer card and consult lines",
        page="""
!m 贞信律师事务所 | 知识产权 · 商事争议
!m 首页 / 成功案例 / 知识产权
!t 案例回顾 ❘ “网红肚兜”图案被抄袭，绣坊维权获赔八万元
!m 发布时间：2025-09-05　作者：贞信律师事务所知产团队
{T}
{BODY}
!w 遇到作品被抄袭、商标被冒用？拨打 0579-6870 5151 预约知产律师面谈
!l 相关案例：民宿logo被仿冒案 · 手工皂配方商业秘密案
!d 案例中当事人信息已做匿名处理，转载需经本所书面同意。
!m 贞信律师事务所　倩溪县绣城大道9号金绮大厦12楼
""",
        body="""
倩溪县某绣坊设计的“鲤跃莲池”肚兜刺绣图案，在电商平台走红后，被外地一家服饰公司原样仿制并低价销售。绣坊委托本所律师维权。
⟦w 作品被抄了怎么办？在线预约知产律师，首次咨询不收费⟧
本所律师调取了绣坊的设计手稿、作品登记证书和首次发布记录，证明绣坊对该图案享有著作权；同时通过公证购买的方式固定了侵权证据。
法院审理认为，涉案肚兜图案具有独创性，属于美术作品，被告未经许可复制并销售，构成侵权。最终判决被告停止侵权，赔偿绣坊经济损失及合理开支共计八万元。
办案律师提醒，传统纹样本身属于公共领域，但设计者在此基础上形成的独创性图案受法律保护。手工艺人要养成保存设计底稿、及时进行作品登记的习惯。
""",
    ),
]
