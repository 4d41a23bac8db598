"""holdout253, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站.

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup. Each case was written by hand.
"""

CASES = [
    dict(
        slug="download-yide-rules-barbell-zone-html",
        site="易得资料站 (invented download station, gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="rules",
        form="html",
        source="http://www.yide-zl.com/soft/zhidu/20418.html",
        title="羲阳县体育馆健身房杠铃区使用规程",
        record_title="羲阳县体育馆健身房杠铃区使用规程（Word格式·可修改）直链下载 - 易得资料站",
        date=None,
        notes="old table layout: file-info table, three download links, an unzip password, a dead-link report and a floating ad; "
        "rules with 第N条 articles, one speaking of 扫码登记 (content); an update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>羲阳县体育馆健身房杠铃区使用规程（Word格式·可修改）直链下载 - 易得资料站</title>
<script src="/js/ydad.js"></script>
</head>
<body>
<table width="950" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 易得资料站 — 资料易得，工作不难⟧</td><td align="right"><a href="#">⟦a 会员登录⟧</a> <a href="#">⟦a 资料上传⟧</a></td></tr>
<tr><td colspan="2">⟦m <a href="/">首页</a> | <a href="/soft/zhidu/">规章制度</a> | <a href="/soft/hetong/">合同范本</a> | <a href="/soft/biaoge/">常用表格</a>⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：易得资料站 → 规章制度 → 场馆管理⟧</td></tr>
</table>
<table width="950" align="center" border="1" cellspacing="0" cellpadding="3" class="info">
<tr><td colspan="4" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：24 KB⟧</td><td>⟦m 资料格式：.doc⟧</td><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：5 天前⟧</td></tr>
<tr><td colspan="4">⟦m 运行环境：Word2003/2007/WPS⟧</td></tr>
</table>
<table width="950" align="center" border="0" cellspacing="0" cellpadding="6">
<tr><td class="jianjie">⟦m 资料简介：⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td class="down">⟦a 电信高速下载⟧　⟦a 联通高速下载⟧　⟦a 本站直连下载⟧</td></tr>
<tr><td>⟦m 解压密码：www.yide-zl.com⟧　<a href="/report.asp?id=20418">⟦a 下载地址打不开？点这里报告⟧</a></td></tr>
<tr><td>⟦l 相关资料：游泳馆安全管理制度　体育场馆开放服务规范　健身房会员须知⟧</td></tr>
</table>
<div style="position:absolute;left:2px;top:260px">⟦w 各类制度代写定制，加QQ 3317065208⟧</div>
<table width="950" align="center"><tr><td align="center">⟦d 本站资料均收集于互联网，若侵犯了您的权益，请告知我们删除。⟧<br>⟦m 易得资料站 Copyright 2012-2025　冀ICP备12031605号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条 为保障健身人员安全，规范杠铃区器材使用，制定本规程。
第二条 进入杠铃区的健身人员，须先在前台扫码登记，并签署安全须知。
第三条 初次使用杠铃的人员，应在教练指导下进行，不得独自尝试大重量训练。
第四条 卧推、深蹲等动作须在保护架内进行，重量超过本人体重的，须有同伴或教练保护。
第五条 杠铃片两端须用卡扣锁紧后方可举起，训练结束后应卸下杠铃片放回原架。
第六条 严禁将杠铃从高处扔下，严禁在杠铃区追逐打闹。
第七条 发现杠铃杆弯曲、卡扣损坏等情况，应立即停止使用并告知工作人员。
第八条 违反本规程造成人身伤害或器材损坏的，由当事人承担相应责任。
""",
    ),
    dict(
        slug="download-fanben8-contract-wrist-guard-doc",
        site="范本下载吧 (invented download site)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.fanbenxiazai8.com/hetong/maimai/7731.html",
        title="运动护腕采购合同（范本）",
        record_title="运动护腕采购合同（范本）.doc",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日 (no date); "
        "'added 2 months ago' is no date",
        page="""
!m 范本下载吧 · 合同协议频道
!m 首页 > 合同范本 > 买卖合同
{T}
!m 资料格式：DOC　大小：32KB　下载次数：1583　添加时间：2 个月前
!a ↓ 高速下载　↓ 普通下载　★ 收藏
{BODY}
!d 本站合同范本来自网络整理，只供参考，签订合同前请咨询专业律师。
!l 猜你需要：体育器材采购合同　服装定做合同　劳保用品采购协议
!m 范本下载吧 fanbenxiazai8.com　鲁ICP备17029934号
""",
        body="""
甲方（采购方）：××体育用品有限公司
乙方（供货方）：＿＿＿＿＿＿＿＿
根据《中华人民共和国民法典》及有关法律法规，甲乙双方经协商一致，订立本合同。
第一条 货物名称、规格及数量：运动护腕（型号：××），数量＿＿＿副，单价＿＿＿元，合计人民币＿＿＿＿元。
第二条 质量要求：乙方所供护腕须符合国家相关标准，弹力面料无脱线、无异味，每副附合格证。
第三条 交货时间及地点：乙方应于＿＿年＿＿月＿＿日前将货物送至甲方指定仓库。
第四条 验收：甲方收货后5个工作日内完成验收，抽检不合格率超过3%的，甲方有权整批退货。
第五条 付款方式：验收合格后＿＿日内，甲方向乙方支付全部货款。
第六条 违约责任：乙方逾期交货的，每逾期一日按合同总价的0.5%支付违约金。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-jingcheng-pe-teacher-vault-test-html",
        site="憬城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.jcrsks.gov.cn/ksxx/jszp/202507/t20250702_33018.html",
        title="2025年憬城市中小学体育教师招聘专业技能测试公告",
        record_title="【考务动态】2025年憬城市中小学体育教师招聘专业技能测试公告-憬城市人事考试网",
        date="2025-07-02",
        date_also=["2025-07-03"],
        notes="exam site with a maintenance banner and an admission-ticket float; the notice's own 咨询电话 beside the site's "
        "technical line; 下载并打印准考证 is content; an 附件 line; 成文日期 under two signatures differs from the site's 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【考务动态】2025年憬城市中小学体育教师招聘专业技能测试公告-憬城市人事考试网</title>
<script src="/js/ks.js"></script>
</head>
<body>
<div class="ks-warn">⟦d 系统将于7月5日22:00至次日6:00升级维护，届时报名和打印功能暂停使用⟧</div>
<div class="ks-head"><span>⟦m 憬城市人事考试网⟧</span> <span>⟦m 憬城市人事考试中心主办⟧</span></div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考试动态⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="ks-pos">⟦m 位置：首页 &gt; 考试动态 &gt; 教师招聘⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-info">⟦m 发布日期：2025-07-03　信息来源：市教育局人事科　阅读：6133⟧</div>
<div class="ks-con">
{BODY}
</div>
<div class="ks-att">⟦a 附件下载：体育教师专业技能测试评分标准.pdf⟧</div>
</div>
<div class="ks-float">⟦a 准考证打印通道⟧<br>⟦a 成绩查询通道⟧</div>
<div class="ks-foot">⟦m 技术咨询：0798-2258000（仅限系统操作问题）⟧<br>⟦m 主办：憬城市人事考试中心　赣ICP备08003715号⟧</div>
</body>
</html>
""",
        body="""
根据2025年憬城市中小学教师公开招聘公告，现将体育教师岗位专业技能测试有关事项公告如下：
一、测试时间：7月12日8:30开始。
二、测试地点：憬城市体育运动学校体操馆。
三、测试内容：包括跳马分腿腾越（女子为跳箱）、篮球运球上篮和讲解示范三项，满分100分。
四、准考证打印：请考生于7月8日至11日登录本网站下载并打印准考证，凭准考证和身份证参加测试。
五、注意事项：考生须穿运动服、运动鞋，自备护腕、护膝等护具。跳马项目设专人保护，考生不得拒绝保护。
咨询电话：0798-2258710（市教育局人事科，工作日）。
附件：体育教师专业技能测试评分标准
憬城市人力资源和社会保障局
憬城市教育局
2025年7月2日
""",
    ),
    dict(
        slug="exam-canjiang-weightlifting-practical-schedule",
        site="璨江市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.cjrsks.cn/zyjn/2025/0418/1286.html",
        title="2025年璨江市社会体育指导员（举重项目）职业技能等级认定实操考核安排",
        record_date="2025-04-18",
        date="2025-04-18",
        notes="title and date from the record; a schedule table, one row a paragraph; exam-site chrome above and below",
        page="""
!m 璨江市人事考试信息网
!m 首页 ｜ 公务员考试 ｜ 事业单位 ｜ 职业技能 ｜ 证书查询
!m 首页 » 职业技能 » 考务通知
{T}
!m 发布日期：2025-04-18　来源：市职业技能鉴定指导中心
!a 【字号：大 中 小】　【打印正文】
{BODY}
!a 准考证打印请进入“职业技能考试服务平台”
!l 相关链接：2025年第一批职业技能等级认定理论考试成绩发布
!m 网站维护：璨江市人事考试中心信息科　电话：0790-8831002
""",
        body="""
各位考生：
2025年璨江市社会体育指导员（举重项目）职业技能等级认定理论考试已结束，现将实操考核安排公布如下：
考核批次　考核时间　考核地点　考核内容
第一批　4月26日上午　市体育中心举重馆　杠铃抓举、挺举示范
第二批　4月26日下午　市体育中心举重馆　杠铃抓举、挺举示范
第三批　4月27日上午　市体育中心举重馆　保护与帮助、教学讲解
考生须携带身份证、准考证，于考核开始前30分钟到达考点。实操考核所用杠铃、杠铃片及保护架由考点统一提供，考生不得自带器材。
考核中如出现身体不适，应立即停止并报告考评员。
璨江市职业技能鉴定指导中心
2025年4月18日
""",
    ),
    dict(
        slug="tender-xixi-inquiry-relay-batons-html",
        site="熹溪县政府采购网 (invented tender portal)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://zfcg.xixi.gov.cn/cggg/xjgg/202508/t20250820_6610.html",
        title="熹溪县第一中学田径接力棒及发令器材询价公告",
        record_title="〔询价邀请〕熹溪县第一中学田径接力棒及发令器材询价公告 - 熹溪县政府采购网",
        date="2025-08-20",
        notes="tender portal with a countdown, CA and trading-system lines beside the purchaser's and agency's own contacts; "
        "the agency's date under its signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔询价邀请〕熹溪县第一中学田径接力棒及发令器材询价公告 - 熹溪县政府采购网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="cg-top">⟦m 熹溪县政府采购网⟧　⟦m 阳光采购　廉洁高效⟧</div>
<ul class="cg-nav"><li>⟦m 首页⟧</li><li>⟦m 采购公告⟧</li><li>⟦m 结果公告⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 供应商服务⟧</li></ul>
<div class="cg-pos">⟦m 首页 / 采购公告 / 询价公告⟧</div>
<div class="cg-art">
<h3>{T}</h3>
<div class="cg-meta">⟦m 公告类型：询价公告　发布时间：2025-08-20 17:02　浏览：215⟧</div>
<div class="cg-count">⟦m 距报价截止还有：6天16小时27分⟧</div>
<div class="cg-con">
{BODY}
</div>
<div class="cg-btn"><a>⟦a 我要报价⟧</a> <a>⟦a 收藏该公告⟧</a></div>
</div>
<div class="cg-side">⟦m CA证书办理及更新：0793-4400888⟧<br>⟦m 交易系统技术支持：400-860-7715⟧</div>
<div class="cg-foot">⟦m 熹溪县财政局主办　赣ICP备14007390号⟧</div>
</body>
</html>
""",
        body="""
熹溪县第一中学田径接力棒及发令器材采购项目采用询价方式采购，欢迎符合资格条件的供应商参加报价。
一、项目编号：XXZC-2025-0817
二、采购内容：铝合金接力棒60支、电子发令枪2套、起跑器16副，预算金额3.2万元。
三、供应商资格：具有独立承担民事责任的能力，近三年内无重大违法记录。
四、报价截止时间：2025年8月27日9:30，逾期送达的报价文件不予接收。
五、报价地点：熹溪县公共资源交易中心三楼开标室。
六、联系方式
采购人：熹溪县第一中学，联系人：阮静，电话：0793-4425106
代理机构：熹溪恒通招标代理有限公司，联系人：秦朗，电话：0793-4437720
熹溪恒通招标代理有限公司
2025年8月20日
""",
    ),
    dict(
        slug="tender-cuichuan-award-sunhats-lots",
        site="璀川县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://ggzy.cuichuan.gov.cn/jyxx/zfcg/zbjg/20250626/9917.html",
        title="璀川县城市管理局环卫作业人员防暑用品采购项目中标结果公告",
        record_title="[成交结果] 璀川县城市管理局环卫作业人员防暑用品采购项目中标结果公告 - 璀川县公共资源交易中心",
        date="2025-06-25",
        date_also=["2025-06-26"],
        notes="bid result with a lots table (one row a paragraph); the purchaser's own contact line; the signature date differs "
        "from the portal's 发布时间",
        page="""
!m 璀川县公共资源交易中心
!m 交易信息 > 政府采购 > 中标（成交）结果
!t [成交结果] 璀川县城市管理局环卫作业人员防暑用品采购项目中标结果公告
!m 发布时间：2025-06-26　信息来源：璀川县城市管理局
{BODY}
!a 【关闭】 【打印公告】
!m CA数字证书服务热线：0795-6700168
!m 璀川县公共资源交易中心　地址：璀川县政务服务中心四楼
""",
        body="""
一、项目编号：CCCG-2025-0612
二、项目名称：璀川县城市管理局环卫作业人员防暑用品采购项目
三、中标结果：
包号　货物名称　中标供应商　中标金额
1　防晒太阳帽（宽檐护颈款）　璀川县锦程服饰有限公司　7.56万元
2　防暑药品及降温贴　璀川县康泰医药连锁有限公司　2.38万元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人璀川县城市管理局，联系人：戚远，电话：0795-6729031。
璀川县城市管理局
2025年6月25日
""",
    ),
    dict(
        slug="lawfirm-hengjian-case-barbell-injury-html",
        site="衡鉴律师事务所 (invented law firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengjianlaw.com/anli/qinquan/1107.html",
        title="健身房里杠铃砸伤脚，谁来担责？",
        record_title="案说健身｜健身房里杠铃砸伤脚，谁来担责？— 衡鉴律师事务所",
        date=None,
        notes="law firm page with a lawyer card, a consult float, a 400 line and a 本文链接 block; a case note, no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>案说健身｜健身房里杠铃砸伤脚，谁来担责？— 衡鉴律师事务所</title>
<script src="/static/js/law.js"></script>
</head>
<body>
<header><span>⟦m 衡鉴律师事务所⟧</span> <span>⟦m 专业　专注　诚信⟧</span> <span>⟦w 全国免费咨询：400-017-3688⟧</span></header>
<nav>⟦m 首页　律所简介　专业领域　律师团队　以案说法　联系我们⟧</nav>
<div class="crumb">⟦m 首页 › 以案说法 › 人身损害⟧</div>
<article>
<h1>{T}</h1>
<p class="meta">⟦m 来源：衡鉴律所　阅读 731　更新于 1 周前⟧</p>
<div class="content">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengjianlaw.com/anli/qinquan/1107.html⟧</div>
<div class="repost">⟦d 转载请注明出处，商业转载请联系律所授权。⟧</div>
</article>
<aside class="lawyer">⟦m 承办律师：甘棠　执业证号：13607201910421337⟧<br>⟦w 擅长人身损害、消费维权，预约面谈请拨 13970216650⟧</aside>
<div class="float-consult">⟦a 在线律师　立即咨询⟧</div>
<footer>⟦m 衡鉴律师事务所　地址：憬城市昊原区法苑路18号汇金大厦9层⟧<br>⟦m 赣ICP备20017725号-1⟧</footer>
</body>
</html>
""",
        body="""
【案情】2024年5月，会员刘某在某健身房练习深蹲时，因杠铃一端卡扣松脱，杠铃片滑落砸伤右脚，经鉴定构成十级伤残。刘某起诉健身房，要求赔偿医疗费、误工费等共计9.6万元。
【争议】健身房认为，刘某未请教练保护，自身存在过错；刘某则认为，卡扣老化是健身房未尽维护义务所致。
【裁判】法院审理认为，健身房作为经营者，对场内器材负有安全保障义务。事发时杠铃卡扣已明显老化，健身房未及时更换，应承担主要责任；刘某在未检查卡扣的情况下进行大重量训练，自身也有一定过错。最终判决健身房承担70%的赔偿责任。
【律师提示】经营者应定期检查杠铃、卡扣等器材并做好记录；健身者训练前也应检查器材，量力而行。
""",
    ),
    dict(
        slug="lawfirm-mingheng-letter-wrist-guard-trademark-wrapped",
        site="璨江明恒律师事务所 (invented law firm site)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.minghenglaw.cn/wenshu/lvshihan/215.html",
        title="关于“腕力”护腕商标被仿冒使用的律师函",
        record_title="律师函丨关于“腕力”护腕商标被仿冒使用的律师函 - 明恒律所",
        date="2025-05-08",
        notes="a lawyer's letter hard-wrapped at 70 columns; the firm's 400 line and lawyer card around it; date under the signature",
        page="""
!m 璨江明恒律师事务所　MINGHENG LAW FIRM
!m 首页 / 律所概况 / 业务领域 / 法律文书 / 联系方式
!m 咨询热线：400-612-8890
!t 律师函丨关于“腕力”护腕商标被仿冒使用的律师函
!m 栏目：法律文书　作者：章既白律师　浏览：190
{BODY}
!w 知识产权维权、商标侵权咨询，请联系章律师：13807908826（同微信）
!l 上一篇：商标被抢注怎么办？
!l 下一篇：网店卖假货，平台担责吗
!d 本站文书仅作示例，具体案件请咨询执业律师。
""",
        wrap=70,
        indent="    ",
        body="""
致：翩水县某体育用品商行
璨江明恒律师事务所接受翩水腕力护具有限公司（以下简称“委托人”）的委托，指派本所律师就贵商行销售仿冒“腕力”商标护腕一事，致函如下：
委托人系“腕力”注册商标的权利人，该商标核定使用于护腕、护膝等商品。经委托人调查，贵商行自2025年3月起在店铺及网络平台销售标有“腕力”字样的护腕，其包装、标识与委托人产品高度近似，足以造成消费者混淆。
贵商行的上述行为已涉嫌侵犯委托人的注册商标专用权。本所律师特函告贵商行：请于收到本函之日起七日内停止销售上述护腕，下架相关商品链接，并与本所律师联系协商赔偿事宜。
逾期未予处理的，委托人将依法追究贵商行的法律责任。
璨江明恒律师事务所
律师：章既白
2025年5月8日
""",
    ),
    dict(
        slug="community-yide-notice-sunhats-elderly-html",
        site="懿德社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yideshequ.cn/tzgg/2025/0704/812.html",
        title="关于为辖区独居老人和户外劳动者发放防暑太阳帽的通知",
        record_title="【居委告知】关于为辖区独居老人和户外劳动者发放防暑太阳帽的通知｜懿德社区网",
        date="2025-07-04",
        notes="residents' site: weather line, grid member's box and a property duty line beside the community's own 咨询电话; a "
        "numbered list; 扫描二维码登记 is content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【居委告知】关于为辖区独居老人和户外劳动者发放防暑太阳帽的通知｜懿德社区网</title>
<script src="/js/sq-weather.js"></script>
</head>
<body>
<div class="sq-top">⟦m 懿德社区网⟧　⟦m 今日天气：晴 28～37℃　高温橙色预警⟧</div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 居委公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 邻里圈⟧</li><li>⟦m 党建园地⟧</li></ul>
<div class="sq-main">
<h2>{T}</h2>
<p class="sq-meta">⟦m 发布人：懿德社区居委会　浏览 684⟧</p>
<div class="sq-con">
{BODY}
</div>
<div class="sq-like">⟦l 点赞 52　留言 9⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 本网格网格员：汤小禾　手机：13907951183⟧</div>
<div class="wy">⟦m 物业24小时值班电话：0795-6740999⟧</div>
<div class="bm"><h4>⟦l 便民信息⟧</h4><p>⟦l 停水通知　｜　疫苗接种安排　｜　旧衣回收点⟧</p></div>
</div>
<div class="sq-foot">⟦m 璀川县城关镇懿德社区居民委员会　地址：懿德路46号⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
为帮助大家平安度夏，社区联合辖区爱心企业准备了一批防暑太阳帽，现就领取事项通知如下：
1. 领取对象：辖区70岁以上独居老人，以及在辖区从事环卫、快递、外卖、保安等工作的户外劳动者。
2. 领取时间：7月7日至7月11日，每天9:00—11:30、15:00—17:30。
3. 领取地点：社区党群服务中心一楼服务大厅。
4. 领取方式：老人凭身份证领取，户外劳动者凭工作证领取；领取前请扫描大厅门口的二维码登记。
5. 行动不便的老人，可电话告知社区，由网格员送帽上门。
领取安排如有调整，请关注社区微信群和居委会公告栏的通知。
咨询电话：0795-6740215（社区服务大厅）。
璀川县城关镇懿德社区居民委员会
2025年7月4日
""",
    ),
    dict(
        slug="community-junling-minutes-barbell-corner",
        site="骏岭社区网 (invented residents' site)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.junlingsq.cn/yishi/2025/0317/144.html",
        title="骏岭社区居民议事会关于小区健身角杠铃器材迁移问题的会议纪要",
        record_title="〖议事厅〗骏岭社区居民议事会关于小区健身角杠铃器材迁移问题的会议纪要",
        date="2025-03-14",
        date_also=["2025-03-17"],
        notes="minutes with 时间/地点/主持/参会/记录 lines and a vote count; the 时间 line gives the date, the site's posting date "
        "is also accepted",
        page="""
!m 骏岭社区网　昊原区鹤岭街道骏岭社区
!m 首页 › 居民议事 › 议事纪要
!t 〖议事厅〗骏岭社区居民议事会关于小区健身角杠铃器材迁移问题的会议纪要
!m 发布：骏岭社区居委会　2025-03-17　阅读：259
{BODY}
!l 往期纪要：关于加装电梯费用分摊的议事纪要　｜　关于非机动车棚改造的议事纪要
!a 居民有意见建议，可在“骏岭议事厅”小程序留言
!m 骏岭社区服务热线：0798-2271806
""",
        body="""
时间：2025年3月14日19:00
地点：骏岭社区党群服务中心二楼会议室
主持：社区党委书记、居委会主任 胡澄
参会：居民议事会成员11人，3栋、5栋、7栋居民代表6人
记录：社区工作人员 柏青
会议围绕小区健身角杠铃器材的去留问题进行了讨论。部分居民反映，固定杠铃靠近儿童游乐区，存在孩子攀爬、砸伤的隐患；也有居民认为，杠铃是中青年居民锻炼的主要器材，不宜拆除。
经充分讨论，会议形成以下意见：
一、将固定杠铃迁移至小区北侧围墙边，与儿童游乐区保持10米以上距离，并加装防护软垫。
二、在杠铃旁张贴安全提示，写明儿童须在家长陪同下使用。
三、迁移费用从小区公共收益中列支，预计0.8万元。
表决结果：同意15人，反对1人，弃权1人，通过。
""",
    ),
]
