"""holdout282, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="localbbs-leichuan-old-kettle-seller-subject-jammer",
        site="砳川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.leichuan.cc/thread-338104-1-1.html",
        title="东门口卖铁壶的老刘头，今年还来吗？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject; weather line, medals, a decoration ad, jammer "
        "fonts; 5 天前 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>东门口卖铁壶的老刘头，今年还来吗？ - 砳川茶馆 - 砳川论坛</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js"></script>
</head><body>
<div class="hd">⟦m 砳川论坛⟧ ⟦m 砳川人自己的网上茶馆⟧ ⟦m 砳川今日：阴转小雨 3～9℃⟧</div>
<div class="nv">⟦m <a>首页</a> <a>砳川茶馆</a> <a>房产家居</a> <a>二手市场</a> <a>便民信息</a> <a>相亲交友</a>⟧</div>
<div class="pt">⟦m 砳川论坛 › 砳川茶馆 › 查看帖子⟧</div>
<div class="adbar">⟦a 砳川装修节：报名即送全屋设计，咨询 0736-6608812⟧</div>
<table class="post"><tr>
<td class="pls">⟦m 南门老街坊⟧<br>⟦m 勋章：热心街坊 · 十年老友⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 5 天前　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦a 回复 引用 分享 支持(27)⟧</div>
</td></tr></table>
<div class="reply">⟦l 沙发 东门小卖部：老刘头去年摔了一跤，听说去女儿家养着了⟧</div>
<div class="reply">⟦l 板凳 砳川吃货：他补壶的手艺真没得说⟧</div>
<div class="fastpost">⟦a 发表回复前请先登录砳川论坛⟧</div>
<div class="ft">⟦m 砳川论坛 版主QQ群：61872209 ｜ 广告合作 0736-6608800⟧</div>
</body></html>
""",
        p_html="{}<br /><br />",
        junk=dict(lines=1, glued=2),
        body="""
每年入冬，东门口菜市场门口都会有个老刘头摆摊，卖自己打的铁壶和炉子，一摆就是十几年。
他的壶是手工敲出来的，不是铸的，壶嘴弯弯的，提梁用铁丝缠着布条，不烫手。我家那把就是前年在他那儿买的，烧水快，用到现在一点没漏。
老刘头人也实在，壶底漏了拿去给他补，从来不收钱，就说“用着顺手就行”。
今年都快腊月了还没见着他，有没有哪位街坊知道他的情况？家里想再买一把送亲戚。
""",
    ),
    dict(
        slug="localbbs-leichuan-lost-longevity-lock-junk",
        site="砳川论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="https://bbs.leichuan.cc/thread-339427-1-1.html",
        title="女儿的银长命锁丢在了人民公园，有捡到的请联系",
        record_title="[寻物启事] 女儿的银长命锁丢在了人民公园，有捡到的请联系 - 便民服务 - 砳川论坛",
        date=None,
        notes="county forum text: junk lines and junk glued after a 。; the poster's own phone in the body beside the "
        "forum's ad line; 昨天 is no date",
        page="""
!m 砳川论坛 - 便民服务
!t [寻物启事] 女儿的银长命锁丢在了人民公园，有捡到的请联系
!m 楼主 糖糖妈妈　发表于 昨天 20:15　查看 1520　回复 23
{BODY}
!a 支持 ｜ 分享给好友 ｜ 举报此帖
!l 2楼 公园保安小胡：我去失物登记处帮你问问
!l 3楼 老街坊：帮顶，祝早日找到
!m 置顶广告：砳川搬家公司 24小时上门 QQ 1533908721
!m 砳川论坛　Powered by Discuz! X3.4　湘ICP备15009347号
""",
        junk=dict(lines=2, glued=1),
        body="""
各位砳川的朋友，麻烦大家帮个忙。
昨天下午四点左右，我带女儿在人民公园儿童游乐区玩，回家才发现她脖子上的长命锁不见了。锁是银的，大概一元硬币那么大，正面刻着“长命百岁”，背面刻着女儿的小名“糖糖”，下面挂着两个小铃铛，用红绳系着。
这把锁是孩子外婆留下的，对我们家意义很大，不值多少钱，但真的很想找回来。
有捡到的好心人请联系我，电话：139-0735-4418，必有重谢！也麻烦看到的朋友帮忙转一转，谢谢大家。
""",
    ),
    dict(
        slug="download-jiangcai-rules-soldering-iron-gb2312",
        site="匠材下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.jiangcaixz.com/soft/zhidu/8823.html",
        title="电烙铁使用安全操作规程",
        record_title="电烙铁使用安全操作规程【doc格式】高速直链下载 - 匠材下载站",
        date=None,
        notes="download station: file-info table, three download lines, an unzip password, a dead-link report, a floating "
        "ghost-writer ad; rules in 第N条 articles with an effective clause only (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>电烙铁使用安全操作规程【doc格式】高速直链下载 - 匠材下载站</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="950" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 匠材下载站⟧</td><td align="right">⟦m 车间用得上的资料，这里都有⟧</td></tr>
<tr><td colspan="2">⟦m <a>首页</a> | <a>安全资料</a> | <a>规章制度</a> | <a>表格模板</a> | <a>培训课件</a>⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：匠材下载站 → 规章制度 → 操作规程⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellspacing="0" cellpadding="4" class="info">
<tr><td>⟦m 资料名称⟧</td><td>{T}</td></tr>
<tr><td>⟦m 文件大小⟧</td><td>⟦m 27.6 KB⟧</td></tr>
<tr><td>⟦m 更新日期⟧</td><td>⟦m 2025-06-29 17:42⟧</td></tr>
<tr><td>⟦m 授权方式⟧</td><td>⟦m 免费资料⟧</td></tr>
</table>
<table width="950" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td class="intro">
{BODY}
</td></tr>
<tr><td>⟦a 电信高速通道⟧ ⟦a 联通高速通道⟧ ⟦a 本地直连通道⟧</td></tr>
<tr><td>⟦a 解压口令：www.jiangcaixz.com⟧</td></tr>
<tr><td>⟦a 链接打不开？点此报告失效⟧</td></tr>
<tr><td>⟦l 同类资料：车间用电安全管理制度 ｜ 热风枪安全操作规程 ｜ 焊接作业安全技术交底⟧</td></tr>
</table>
<div id="fl" style="position:fixed;right:0;bottom:80px">⟦w 制度代编 微信 jc_bianzhi88⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 站内资料来自网络收集，仅供学习，请于下载后24小时内删除⟧ ⟦m Copyright 2008-2025 匠材下载站⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范电烙铁的使用，防止烫伤、触电和火灾事故，制定本规程。
第二条　使用前应检查电源线有无破损、烙铁头是否松动，外壳接地是否可靠，发现问题不得使用。
第三条　电烙铁通电后必须放置在烙铁架上，严禁放在桌面、工件或易燃物上。
第四条　焊接时应保持室内通风，操作人员不得用手触摸烙铁头，甩锡时注意周围人员。
第五条　暂停使用超过十分钟或离开工位时，应切断电源；下班前由班组长逐台检查断电情况，并在打印好的点检表上签字。
第六条　本规程自发布之日起施行。
""",
    ),
    dict(
        slug="download-text-garment-needle-rules-doc",
        site="制度文库下载 (invented download station)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="text",
        source="http://www.zhiduxz.net/down/49120.html",
        title="成衣车间针具管理制度",
        record_title="成衣车间针具管理制度.doc",
        date=None,
        notes="download station text: file name as the record title; file info, download lines, password; 第N条 articles "
        "with an effective date clause only (no date)",
        page="""
!m 制度文库下载 — 企业制度免费下
!m 首页 > 生产管理 > 车间制度
!t 成衣车间针具管理制度.doc
!m 大小：31KB　类型：Word文档　语言：简体中文　更新：2025-07-02
!m 资料简介：
{BODY}
!a ↓ 下载地址一（高速）
!a ↓ 下载地址二（备用）
!a 解压码：zhiduxz
!a 下载不了？告诉我们
!d 本站不保证资料完整性，仅供参考
""",
        body="""
第一条　为防止断针、缺针混入成衣，保障消费者安全，制定本制度。
第二条　车间手缝用缝衣针和缝纫机针由针具管理员统一保管，员工凭工号以旧换新，一针换一针。
第三条　发生断针时，员工须立即停机，找齐全部断针碎片，粘贴在断针登记表上，经组长确认后方可换针。
第四条　找不全断针碎片的，该工位所缝制的衣片一律送验针机复检，复检合格后方可流入下道工序。
第五条　针具管理员每日下班前盘点针数，账实不符时报告车间主任。
第六条　本制度自2025年7月1日起执行。
""",
    ),
    dict(
        slug="exam-xiahu-notice-electronic-assembler-ticket-float",
        site="霅湖人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xhrsks.cn/jdgg/202509/t20250908_5147.html",
        title="关于2025年第三批电子装接工职业技能等级认定考核有关事项的通知",
        record_title="关于2025年第三批电子装接工职业技能等级认定考核有关事项的通知_鉴定公告_霅湖人事考试网",
        date="2025-09-08",
        date_also=["2025-09-09"],
        notes="personnel-exam site: maintenance banner, admission-ticket float, the centre's own 咨询电话 beside a technical "
        "line; a timetable; candidates told to download and print 准考证 and bring their own 电烙铁",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于2025年第三批电子装接工职业技能等级认定考核有关事项的通知_鉴定公告_霅湖人事考试网</title>
<script src="/js/ks-float.js"></script>
</head><body>
<div class="banner">⟦d 系统升级提示：9月13日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="head">⟦m 霅湖人事考试网⟧ ⟦m 霅湖市人事考试院主办⟧</div>
<div class="nav">⟦m <a>首页</a> <a>考试公告</a> <a>鉴定公告</a> <a>成绩查询</a> <a>证书办理</a> <a>政策法规</a>⟧</div>
<div class="pos">⟦m 首页 / 鉴定公告 / 正文⟧</div>
<div class="main">
<h2>{T}</h2>
<div class="src">⟦m 信息来源：市职业技能鉴定指导中心　发布日期：2025-09-09　访问量：6102⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="float-r">⟦a 准考证入口⟧<br>⟦a 成绩速查⟧</div>
<div class="foot">
<p>⟦m 网站技术服务电话：0736-2209777（仅解答网站操作问题）⟧</p>
<p>⟦m 霅湖市人事考试院 版权所有　湘ICP备09004412号⟧</p>
</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各位考生：
2025年第三批电子装接工（四级、三级）职业技能等级认定考核定于9月20日至21日在霅湖技师学院举行。现将有关事项通知如下：
一、考核安排
科目　时间　地点
理论知识　9月20日上午　综合楼机房
技能操作　9月20日下午至21日　电子实训楼
二、准考证打印
考生请于9月15日至19日登录本网站下载并打印准考证。
三、注意事项
技能操作考核需考生自带电烙铁（功率不超过60瓦）、烙铁架和尖嘴钳，焊锡丝和电路板由考点统一提供。
咨询电话：0736-2209154
霅湖市职业技能鉴定指导中心
2025年9月8日
""",
    ),
    dict(
        slug="exam-fangxi-tiger-shoe-skill-test-pdf-line-markers",
        site="祊溪县人社局网站 (invented, PDF converted to text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsj.fangxi.gov.cn/kszp/202507/P020250702388104.pdf",
        title="祊溪县文化馆2025年公开招聘非遗传习岗位技能测试公告",
        record_title="祊溪县文化馆2025年公开招聘非遗传习岗位技能测试公告.pdf",
        date="2025-07-02",
        notes="PDF converted to text: file name as the record title; page markers ♘ 第n页 ♘ on lines of their own cut "
        "sentences; a running head and a converter line; 成文日期 under the signature",
        page="""
!m 祊溪县人力资源和社会保障局 · 考试招聘专栏
!m 附件下载：祊溪县文化馆2025年公开招聘非遗传习岗位技能测试公告.pdf（PDF转文本预览）
{T}
{BODY}
!m 本预览由系统自动转换，排版以PDF原件为准
!a 下载原件　|　返回列表
""",
        pages=dict(fmt="♘ 第{n}页 ♘", every=75, start=2),
        body="""
根据《祊溪县文化馆2025年公开招聘工作人员简章》，现将非遗传习岗位（虎头鞋制作方向）技能测试有关事项公告如下：
一、测试时间：2025年7月12日上午8:30。
二、测试地点：祊溪县文化馆三楼非遗传习室。
三、测试内容：考生在180分钟内完成一只虎头鞋鞋面的绣制，包括虎眼、虎眉、“王”字和虎须，由评委从针法、配色、造型和完成度四方面评分，满分100分。
四、考生须知：刺绣绷架、绣花针和丝线由考点提供，考生不得自带半成品。请考生携带身份证和准考证提前30分钟到达考点。
祊溪县人力资源和社会保障局
2025年7月2日
""",
    ),
    dict(
        slug="tender-gouyang-inquiry-soldering-stations-ca-line",
        site="胊阳县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ccgp-gouyang.gov-like.cn/xjgg/2025/0413/GYZC-2025-0417.html",
        title="胊阳县职业中等专业学校电子实训设备（恒温焊台）询价公告",
        record_title="[询价·实训设备] 胊阳县职业中等专业学校电子实训设备（恒温焊台）询价公告 - 胊阳县政府采购网",
        date="2025-04-13",
        notes="tender portal: a countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; "
        "items table; 下载询价文件 in the body is content; 成文日期 under the agency's name",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>[询价·实训设备] 胊阳县职业中等专业学校电子实训设备（恒温焊台）询价公告 - 胊阳县政府采购网</title>
<script src="/js/countdown.js"></script>
</head><body>
<div class="head">⟦m 胊阳县政府采购网⟧ ⟦m 阳光采购　公平交易⟧</div>
<div class="nav">⟦m <a>首页</a> <a>采购公告</a> <a>结果公告</a> <a>合同公示</a> <a>政策法规</a> <a>下载专区</a>⟧</div>
<div class="pos">⟦m 首页 » 采购公告 » 询价公告⟧</div>
<div class="notice">
<h1>{T}</h1>
<div class="meta">⟦m 项目编号：GYZC-2025-0417　采购方式：询价　浏览次数：388⟧</div>
<div class="cd">⟦m 距报价截止还有：<span id="d">08</span>天<span id="h">21</span>时⟧</div>
<div class="content">
{BODY}
</div>
<div class="att">⟦a 询价文件（GYZC-2025-0417）.zip　点击获取⟧</div>
</div>
<div class="side">⟦w CA数字证书办理：0735-6600186⟧<br>⟦w 电子交易系统操作咨询：0735-6600299⟧</div>
<div class="foot">⟦m 主办：胊阳县财政局政府采购管理股⟧ ⟦m 湘ICP备05011873号-3⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
胊阳县职业中等专业学校电子实训设备（恒温焊台）采购项目已批准，现进行询价采购，欢迎合格供应商参加。
一、采购内容
品目　数量　最高限价
恒温焊台（含电烙铁）　60台　380元/台
防静电烙铁架　60个　45元/个
二、获取询价文件：2025年4月14日至18日，供应商可在本平台下载询价文件。
三、报价截止时间：2025年4月22日9:30。
四、联系方式
采购人：胊阳县职业中等专业学校　联系人：闾老师　电话：0735-6612097
代理机构：胊阳县诚和招标咨询有限公司　联系人：訾工　电话：0735-6650318
胊阳县诚和招标咨询有限公司
2025年4月13日
""",
    ),
    dict(
        slug="tender-xiahu-result-iron-kettles-lots-record-date",
        site="霅湖公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.xiahu.gov-like.cn/jyxx/zfcg/cjgg/20250630/0047.html",
        title="霅湖茶文化展示中心铸铁壶及茶具采购项目成交结果公告",
        record_title="〖采购结果〗霅湖茶文化展示中心铸铁壶及茶具采购项目成交结果公告｜霅湖公共资源交易网",
        record_date="2025-06-30",
        date="2025-06-30",
        notes="record date; result notice with a lots table; purchaser's own phone beside the platform's hotline",
        page="""
!m 霅湖公共资源交易网
!m 交易信息 > 政府采购 > 成交公告
{T}
!m 信息时间：2025-06-30　阅读次数：157
!a 【我要打印】【关闭】
{BODY}
!m 平台服务热线：0736-2870000（工作日）
!l 相关公告：霅湖茶文化展示中心铸铁壶及茶具采购项目竞争性磋商公告
!d 本网信息由采购人、代理机构发布并对其真实性负责
""",
        indent="\u3000\u3000",
        body="""
一、项目编号：XHCG-2025-0612
二、项目名称：霅湖茶文化展示中心铸铁壶及茶具采购项目
三、成交信息
包号　成交供应商　成交金额
1包（铸铁壶）　矼山县铁艺铸造有限公司　18.6万元
2包（炭炉及配件）　霅湖市炉畔茶器有限公司　7.2万元
四、评审小组成员：訾伟、臬红、闾晓东
五、公告期限：自本公告发布之日起1个工作日。
采购人：霅湖茶文化展示中心　联系电话：0736-2875130
采购代理机构：霅湖市端衡项目管理有限公司
2025年6月30日
""",
    ),
    dict(
        slug="lawfirm-mingheng-answer-plated-lock-consult-float",
        site="臬水明衡律师事务所 (invented)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.minghenglaw.cn/anli/xfwq/1186.html",
        title="花两千元买的“足银”长命锁竟是镀银，能要求三倍赔偿吗？",
        record_title="〔消费维权〕花两千元买的“足银”长命锁竟是镀银，能要求三倍赔偿吗？｜明衡律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a 本文网址 block; a consult prompt glued after a 。; "
        "a lawyer's answer carries no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〔消费维权〕花两千元买的“足银”长命锁竟是镀银，能要求三倍赔偿吗？｜明衡律师事务所</title>
<script src="/js/zixun-float.js"></script>
</head><body>
<div class="top">⟦m 臬水明衡律师事务所⟧ ⟦m 专业 · 守信 · 尽责⟧ ⟦w 全国咨询热线 400-651-3090⟧</div>
<div class="nav">⟦m <a>首页</a> <a>律所简介</a> <a>律师团队</a> <a>业务领域</a> <a>以案说法</a> <a>联系我们</a>⟧</div>
<div class="pos">⟦m 首页 > 以案说法 > 消费维权⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="meta">⟦m 解答律师：闾晓峰　浏览：931⟧</div>
{BODY}
<div class="url">⟦m 本文网址：https://www.minghenglaw.cn/anli/xfwq/1186.html⟧</div>
<div class="claim">⟦d 以上解答仅针对提问者所述情况，不构成正式法律意见⟧</div>
</div>
<div class="card">⟦w 闾晓峰 律师　执业证号 14306201810227715　手机/微信 138-7360-5521⟧</div>
<div class="float">⟦a 免费在线咨询⟧ ⟦a 留下电话，律师回拨⟧</div>
<div class="foot">⟦m 地址：臬水县滨河东路118号明衡大厦6楼⟧ ⟦m 湘ICP备20031174号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
问：去年给孩子买了一把长命锁，商家标的是“足银999”，花了两千多元。最近拿去金店清洗，店员说是白铜镀银。请问我能要求商家退一赔三吗？
答：根据《消费者权益保护法》第五十五条，经营者提供商品有欺诈行为的，消费者可以要求增加赔偿其受到的损失，增加赔偿的金额为购买商品价款的三倍。
商家明知是镀银饰品却标注为足银出售，一般可以认定为欺诈。⟦w 类似情况可点右侧免费咨询⟧建议您先保存好购物小票、商品标签和聊天记录，再到有资质的检测机构出具材质检测报告，然后与商家协商；协商不成，可向市场监管部门投诉或向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-mingheng-letter-tiger-shoe-copyright",
        site="臬水明衡律师事务所 (invented, text page)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.minghenglaw.cn/hanjian/2025/0526-08.html",
        title="关于停止侵犯“逯家湾虎头鞋”图样著作权的律师函",
        record_title="【本所函件】关于停止侵犯“逯家湾虎头鞋”图样著作权的律师函—臬水明衡律所",
        date="2025-05-26",
        notes="law firm text: the letter's own lawyer phone beside the firm's 400 line; a repost notice between paragraphs; "
        "成文日期 under the signature",
        page="""
!m 臬水明衡律师事务所 · 本所函件
!m 首页 / 知识产权 / 函件公开
{T}
!m 公开日期：2025-05-28　经委托人同意公开，已隐去部分信息
{BODY}
!w 知识产权维权咨询：400-651-3090
!l 相关：商标被抢注怎么办？｜非遗作品能否登记著作权
!m © 臬水明衡律师事务所　湘ICP备20031174号
""",
        date_also=["2025-05-28"],
        indent="\u3000\u3000",
        body="""
霅湖市某某电子商务有限公司：
臬水明衡律师事务所接受逯家湾村虎头鞋手工艺专业合作社（以下简称“委托人”）的委托，指派本所闾晓峰律师，就贵司侵犯委托人虎头鞋图样著作权一事，郑重致函如下：
委托人于2024年创作了“虎娃迎春”系列虎头鞋图样，并已进行作品登记。经查，贵司在网店销售的多款虎头鞋使用了与上述图样实质相同的虎脸造型和配色。
⟦d 本函件仅作普法展示，未经许可不得转载⟧
请贵司于收到本函之日起七日内下架相关商品，并与本所联系协商赔偿事宜。否则，委托人将依法追究贵司的法律责任。
律师电话：0736-2261588
臬水明衡律师事务所
2025年5月26日
""",
    ),
]
