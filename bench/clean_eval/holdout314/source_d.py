"""holdout314, part D: download stations, personnel-exam sites, tender portals, law firms, residents' sites.

Invented text, sites, places, people and numbers; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="download-lvyin-rules-cleaning-spray-bottles",
        site="绿荫资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lvyinzl.com/soft/zhidu/13308.html",
        title="保洁员化学品喷雾瓶分装使用规程",
        record_title="保洁员化学品喷雾瓶分装使用规程 DOC版免费取用 - 绿荫资料站",
        date=None,
        notes="old table-layout download station: file-info table, three download links, unzip password, dead-link "
        "report, floating ghost-writer ad; a rule with 第N条 articles; the 更新时间 stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>保洁员化学品喷雾瓶分装使用规程 DOC版免费取用 - 绿荫资料站</title>
<link rel="stylesheet" href="/skin/lvyin.css" type="text/css">
<script language="javascript" src="/js/float_ad.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 绿荫资料站⟧</td><td class="tel">⟦m 好资料，随手取⟧</td></tr>
<tr><td colspan="2" class="dh">⟦m <a>首页</a> ◇ <a>规章制度</a> ◇ <a>工作计划</a> ◇ <a>表格模板</a> ◇ <a>行业资料</a>⟧</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="720" valign="top">
<div class="wz">⟦m 当前位置：绿荫资料站 &gt;&gt; 规章制度 &gt;&gt; 物业保洁⟧</div>
<table class="info" width="100%" border="1" cellspacing="0">
<tr><td>⟦t 资料名称：保洁员化学品喷雾瓶分装使用规程⟧</td><td>⟦m 资料大小：42 KB⟧</td></tr>
<tr><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新时间：2024-08-09⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 下载次数：3187⟧</td></tr>
</table>
<div class="jianjie">⟦m 资料简介：⟧</div>
<div class="nr">
{BODY}
</div>
<div class="xiazai">⟦a 电信高速下载⟧ ⟦a 联通高速下载⟧ ⟦a 备用线路下载⟧</div>
<div class="mima">⟦m 解压口令：lvyinzl.com⟧</div>
<div class="baocuo">⟦a 下不了？点这里报告死链⟧</div>
</td>
<td width="250" valign="top">
<div class="bt">⟦l 本栏下载排行⟧</div>
<ul>
<li>⟦l 物业保洁员岗位职责及考核办法⟧</li>
<li>⟦l 写字楼保洁作业标准（全套）⟧</li>
<li>⟦l 清洁剂安全技术说明书汇编⟧</li>
</ul>
</td>
</tr>
</table>
<div id="floatad" style="position:absolute;left:4px;top:300px">⟦w 各类规章制度定制，QQ：1147306652⟧</div>
<table width="980" align="center"><tr><td align="center">⟦m Copyright © 2008-2025 lvyinzl.com 绿荫资料站　粤ICP备08117350号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为规范保洁作业中清洁剂、消毒剂的分装和使用，防止误用、混用造成伤害，制定本规程。
第二条　分装只能使用公司统一配发的喷雾瓶，不同颜色的瓶子对应不同用途：蓝色瓶装玻璃清洁剂，绿色瓶装中性清洁剂，红色瓶装洁厕剂，白色瓶装消毒液。
第三条　每个喷雾瓶须贴标签，写明药剂名称、稀释比例和分装日期；标签模糊的不得使用。
第四条　严禁将洁厕剂与含氯消毒液混合，严禁用饮料瓶分装药剂。
第五条　分装时佩戴手套和护目镜，在通风处操作；药剂溅入眼睛，立即用清水冲洗15分钟并报告班长。
第六条　每班作业结束，把喷雾瓶放回工具间的药剂柜，不得留在客户区域。
第七条　本规程自印发之日起执行，由物业服务部负责解释。
""",
    ),
    dict(
        slug="download-wdbk-instruction-roll-holders-wps",
        site="文档宝库下载站 (invented)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="http://www.wdbkxz.net/down/gongce/7719.html",
        title="公厕卷纸架巡查补纸作业指导书",
        record_title="公厕卷纸架巡查补纸作业指导书.wps",
        date=None,
        notes="work instruction with decimal headings 3.1–3.3, cut by page markers '⍞第n页⍞' on lines of their own; "
        "file-name record title; the 收录 stamp is no date",
        page="""
!m 文档宝库下载站　wdbkxz.net
!t 文件名：公厕卷纸架巡查补纸作业指导书.wps
!m 大小：24KB　｜　格式：WPS　｜　收录：2025-03-28
{BODY}
!a 下载地址：[本地高速]　[网通专线]
!d 宝库资源搜集自网络，只供学习研究使用，下载后请于24小时内删除
""",
        pages=dict(fmt="⍞第{n}页⍞", every=140, start=2),
        body="""
1.目的：规范公厕卷纸架巡查、补纸和清洁作业，保证厕纸供应不断档，减少浪费。
2.适用范围：适用于城区环卫所管理的各类公厕。
3.作业要求
3.1巡查频次：早7点至晚9点，每两小时巡查一次；节假日和大型活动期间每小时巡查一次。巡查时逐个厕位查看卷纸余量，余量不足三分之一的，立即补充新卷。
3.2补纸方法：打开卷纸架防护盖，取出纸芯，把新卷从上方装入，纸头朝外下垂约10厘米，合上防护盖并检查锁扣。
3.3清洁要求：每次巡查用湿抹布擦拭卷纸架外壳，发现锈蚀、松动、锁扣损坏的，在巡查表上登记，当天报维修班。
4.记录：巡查人员在厕所门后的巡查表上签字，写明时间和补纸数量，巡查表每月底交所部存档。
""",
    ),
    dict(
        slug="exam-xinchuan-practical-test-toilet-attendants",
        site="歆川人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.xcrsks.cn/ksxx/2025/0812/1164.html",
        title="歆川县2025年环卫所编外公厕管理员招聘实操考核公告",
        record_title="〔考核公告〕歆川县2025年环卫所编外公厕管理员招聘实操考核公告-考试信息-歆川人事考试网",
        date="2025-08-11",
        date_also=["2025-08-12"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; 下载并打印准考证 as content; "
        "the exam's 考务咨询电话 beside the site's technical line; 成文日期 expected, the page's date also accepted",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔考核公告〕歆川县2025年环卫所编外公厕管理员招聘实操考核公告-考试信息-歆川人事考试网</title>
<script src="/js/jquery-1.12.4.min.js"></script>
<script src="/js/zkz-float.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护预告：报名系统本周日夜间升级，期间暂停登录⟧</div>
<div class="head">⟦m 歆川人事考试网⟧ ⟦m 歆川县人事考试中心⟧</div>
<div class="nav">⟦m <a>首页</a> <a>考试信息</a> <a>成绩查询</a> <a>证书办理</a> <a>政策文件</a> <a>联系我们</a>⟧</div>
<div class="crumb">⟦m 首页 » 考试信息 » 事业单位招聘⟧</div>
<div class="detail">
<h1>⟦t 〔考核公告〕歆川县2025年环卫所编外公厕管理员招聘实操考核公告⟧</h1>
<div class="attr">⟦m 发布日期：2025-08-12 17:20　来源：县人社局　阅读：2904⟧</div>
<div class="txt">
<p style="text-align:center"><b>{T}</b></p>
{BODY}
</div>
<div class="print">⟦a 【打印本文】　【返回列表】⟧</div>
</div>
<div class="float-zkz">⟦a 实操准考证 · 点击进入打印通道⟧</div>
<div class="foot">⟦m 报名系统技术咨询：0735-7261999（工作日）⟧<br>⟦m 歆川县人事考试中心　版权所有　湘ICP备14009126号⟧</div>
</body>
</html>
""",
        body="""
根据《歆川县2025年环卫所编外公厕管理员招聘公告》，经资格复审，现将实操考核有关事项公告如下：
一、考核时间：2025年8月16日上午8:30开始。
二、考核地点：歆川县环卫所培训中心（菠口镇环城东路18号）。
三、考核内容：公厕保洁作业和设施简易维修，包括便器清洁、卷纸架拆装与补纸、皂液器更换等，满分100分，60分以下不予进入体检。
四、考生须于8月14日起登录本网站下载并打印准考证，考核当天凭准考证和身份证入场。
五、考核当天请穿着便于操作的服装，不得携带手机进入考核区。
考务咨询电话：0735-7261840（工作日9:00—17:00）。
歆川县人力资源和社会保障局
2025年8月11日
""",
    ),
    dict(
        slug="exam-xucheng-skill-test-shower-puff-instructors",
        site="顼城市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.xcrsksw.cn/kszx/sydw/20250627/3310.html",
        title="顼城市残疾人辅助性就业指导员招聘技能测试安排",
        date="2025-06-27",
        notes="record title as is; a skill test of tying a shower puff; the federation's 咨询电话 beside the exam "
        "site's technical line; 成文日期 equal to the byline",
        page="""
!m 顼城市人事考试网
!m 首页 ＞ 考试公告 ＞ 事业单位及其他
{T}
!m 信息来源：市残联　　发布：2025-06-27 16:08
{BODY}
!a 【报名入口】【成绩查询】【准考证下载】
!m 考试网技术服务电话：0730-6610000
!d 考试信息以招考单位正式文件为准，本网转载仅作告知
""",
        indent="\u3000\u3000",
        body="""
各位考生：
顼城市残疾人辅助性就业指导员招聘笔试成绩已经公布，现将技能测试有关安排通知如下：
1.测试对象：笔试成绩前12名考生，名单见本网站成绩公告栏。
2.测试时间：2025年7月5日（星期六）上午9:00。
3.测试地点：顼城市残疾人综合服务中心二楼手工实训室。
4.测试内容：在40分钟内用指定网纱独立完成一个沐浴球的扎制，并现场向评委讲解如何把扎制步骤教给听障学员。评分时扎制质量占60%，教学讲解占40%。
5.测试所需网纱、扎线、剪刀由考点统一提供，考生不得自带工具。
咨询电话：0730-6615308。
顼城市残疾人联合会
2025年6月27日
""",
    ),
    dict(
        slug="tender-haoxi-bid-result-roll-holders",
        site="澔溪县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="https://ggzy.haoxi.gov.cn/jyxx/zfcg/zbgg/20250918/0412.html",
        title="澔溪县中小学厕所改造卷纸架及配件采购项目中标结果公告",
        record_title="【成交结果·公示】澔溪县中小学厕所改造卷纸架及配件采购项目中标结果公告 - 澔溪县公共资源交易网",
        record_date="2025-09-18",
        date="2025-09-18",
        notes="tender portal with a countdown and CA/trading-system lines; bid lots one row a paragraph; purchaser "
        "and agency contacts in the body; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【成交结果·公示】澔溪县中小学厕所改造卷纸架及配件采购项目中标结果公告 - 澔溪县公共资源交易网</title>
<script src="/static/js/vue.min.js"></script>
<script src="/static/js/countdown.js"></script>
</head>
<body>
<div class="hd">⟦m 澔溪县公共资源交易网⟧ ⟦a 主体登录⟧ ⟦a 新用户注册⟧</div>
<div class="nav">⟦m <a>首页</a> <a>交易信息</a> <a>政府采购</a> <a>工程建设</a> <a>服务指南</a> <a>政策法规</a>⟧</div>
<div class="bread">⟦m 首页 / 交易信息 / 政府采购 / 中标公告⟧</div>
<div class="box">
<h2>{T}</h2>
<div class="time">⟦m 信息时间：2025-09-18　阅读次数：96⟧</div>
<div class="countdown">⟦m 公示期剩余：0天 16时 22分⟧</div>
<div class="detail">
{BODY}
</div>
<div class="fj">⟦a 原公告及评审报告（点击查看）⟧</div>
</div>
<div class="foot">
<p>⟦m CA数字证书办理及续期热线：400-611-3388⟧</p>
<p>⟦m 电子交易系统故障报修：0738-3300999⟧</p>
<p>⟦m 主办：澔溪县公共资源交易中心　湘ICP备19005521号⟧</p>
</div>
<script>cd.start();</script>
</body>
</html>
""",
        body="""
一、项目编号：HXCG-2025-0412
二、项目名称：澔溪县中小学厕所改造卷纸架及配件采购项目
三、中标信息：
包号　中标供应商　中标金额（元）
第一包（不锈钢防盗卷纸架）　顼城市恒亮卫浴五金有限公司　186400.00
第二包（大卷纸盒及皂液器）　歆川县利洁卫生用品有限公司　97250.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：澔溪县教育局，联系人：龙思雨，电话：0738-3306215
代理机构：澔溪县诚信招标代理有限公司，联系人：彭琦，电话：0738-3358760
2025年9月18日
""",
    ),
    dict(
        slug="tender-xucheng-inquiry-sofa-covers-welfare-home",
        site="顼城阳光采购平台 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://cg.xuchengyg.com/xjgg/hw/20250508/2207.html",
        title="顼城市社会福利院沙发套采购询价公告",
        record_title="〖询价采买〗顼城市社会福利院沙发套采购询价公告｜顼城阳光采购平台",
        date="2025-05-08",
        notes="inquiry with an items table; a 下载询价文件 sentence as content; the purchaser's contact beside the "
        "platform's 400 line; 成文日期 equal to the posting line; a deadline in the meta line",
        page="""
!m 顼城阳光采购平台
!m 采购公告 ／ 询价公告 ／ 货物类
!t 〖询价采买〗顼城市社会福利院沙发套采购询价公告
!m 发布：2025-05-08　　截止：2025-05-15 17:00　　浏览 172
{BODY}
!a 📎 询价文件.zip（登录后下载）
!m 平台客服：400-870-6516（工作日）
!m 顼城阳光采购平台 版权所有
""",
        body="""
顼城市社会福利院拟采购一批可拆洗沙发套，欢迎符合条件的供应商参加报价。
一、采购内容：
品目　规格　数量
单人位弹力沙发套　阻燃面料，可机洗　80套
三人位弹力沙发套　阻燃面料，可机洗　24套
扶手防污巾　纯棉，60×40厘米　160条
二、供应商资格：具有独立法人资格，近三年内无质量投诉记录。
三、报价方式：供应商请在平台下载询价文件，于5月15日17:00前将报价单密封送达福利院总务科。
四、联系人：韦晓晨，电话：0730-6547212。
顼城市社会福利院
2025年5月8日
""",
    ),
    dict(
        slug="lawfirm-bingheng-case-faded-sofa-cover",
        site="秉衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.bingheng-law.cn/anli/xiaofei/2025/0417.html",
        title="网购沙发套洗一次就褪色，能要求退一赔三吗？",
        record_title="判案札记｜网购沙发套洗一次就褪色，能要求退一赔三吗？—秉衡律师事务所",
        date=None,
        notes="law firm with a lawyer card, a consult float, a 400 line and a 本文链接 block; a case note with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>判案札记｜网购沙发套洗一次就褪色，能要求退一赔三吗？—秉衡律师事务所</title>
<script src="/js/swiper.js"></script>
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="top">⟦m 秉衡律师事务所⟧ ⟦m 以法为衡 · 守正致远⟧ ⟦m 全国咨询热线 400-836-1588⟧</div>
<div class="menu">⟦m <a>首页</a> <a>律所简介</a> <a>专业领域</a> <a>律师团队</a> <a>判案札记</a> <a>联系我们</a>⟧</div>
<div class="pos">⟦m 您的位置：首页 - 判案札记 - 消费维权⟧</div>
<div class="article">
<h1>⟦t 判案札记｜网购沙发套洗一次就褪色，能要求退一赔三吗？⟧</h1>
<div class="info">⟦m 撰稿：申明辉律师　阅读量：603⟧</div>
<div class="con">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.bingheng-law.cn/anli/xiaofei/2025/0417.html⟧</div>
<div class="lawyer-card">⟦m 申明辉　专职律师　擅长：消费维权、合同纠纷　执业证号 13601201911082236⟧</div>
</div>
<div class="float-kefu">⟦w 律师在线 · 免费问一问⟧</div>
<div class="foot">⟦m 秉衡律师事务所　地址：顼城市忻湖区中山北路88号秉衡大厦12楼⟧<br>⟦d 网站文章仅作普法参考，具体个案请咨询执业律师⟧</div>
</body>
</html>
""",
        body="""
【案情】李女士在某网店购买了一套“不掉色”的棉麻沙发套，价格680元。第一次按说明用冷水手洗后，沙发套严重褪色，还把白色靠垫染成了灰色。李女士要求退货并按价款三倍赔偿，店家只同意退货。
【评析】本案的关键在于店家是否构成欺诈。店家在商品页面明确宣传“不掉色”，而经检测，该沙发套耐水色牢度只有1—2级，远低于国家标准，宣传内容与实际严重不符，可以认定构成欺诈。
根据消费者权益保护法的规定，经营者有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为商品价款的三倍；不足五百元的，为五百元。
【提示】消费者网购时应保存商品页面截图和聊天记录，发现质量问题及时送检，这些都是维权的重要证据。
""",
    ),
    dict(
        slug="lawfirm-mingche-letter-spray-bottle-labels",
        site="明澈律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingchelaw.com/tishi/2025/0826.html",
        title="关于喷雾瓶分装化学品标识法律风险的提示函",
        record_title="【律师提示】关于喷雾瓶分装化学品标识法律风险的提示函 - 明澈律师事务所",
        date="2025-08-25",
        notes="a law firm's risk letter; the letter's own phone beside the firm's 400 line; 成文日期",
        page="""
!m 明澈律师事务所　明法 · 澈理 · 守信
!m 首页　律所简介　专业领域　律师团队　法律提示
!t 【律师提示】关于喷雾瓶分装化学品标识法律风险的提示函
!m 栏目：法律提示　　阅读 89
{BODY}
!m 明澈律所全国服务热线：400-663-0917
!a 转发给需要的朋友　｜　收藏本文
!d 以上内容仅为一般性提示，不构成对具体案件的法律意见
""",
        indent="\u3000\u3000",
        body="""
顼城市各日化用品分装门店：
近期，本所接到多起咨询，涉及门店用喷雾瓶分装消毒液、清洁剂后对外销售引发的纠纷。为帮助各门店防范法律风险，现提示如下：
一、分装销售的化学品，应当在喷雾瓶上标明产品名称、成分、使用方法、注意事项和经营者信息。标识缺失造成消费者误用受伤的，门店要承担赔偿责任。
二、不得使用饮料瓶、矿泉水瓶分装化学品，不得把不同产品混装在同一个喷雾瓶里销售。
三、含氯消毒剂、酒精等产品分装前，应当确认已办理相应的经营许可或备案。
如需进一步了解，请联系本所承办律师房晓峰，电话：0730-6689032。
明澈律师事务所
2025年8月25日
""",
    ),
    dict(
        slug="community-qieyuan-plan-sofa-covers-elders",
        site="惬园社区网 (invented residents' site)",
        style="社区网站",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qieyuansq.cn/gonggao/2025/1015/441.html",
        title="惬园社区为高龄老人更换沙发套志愿服务活动方案",
        record_title="【银龄关爱】惬园社区为高龄老人更换沙发套志愿服务活动方案｜惬园社区网",
        date="2025-10-15",
        notes="residents' site with weather, a grid member's box and property repair lines; decimal headings 1.1–3.2; "
        "a 扫描二维码报名 sentence; the community's 咨询电话 in the body; 成文日期",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【银龄关爱】惬园社区为高龄老人更换沙发套志愿服务活动方案｜惬园社区网</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="topline">⟦m 惬园社区网⟧ ⟦m 今天 晴 18～27℃ 空气质量 良⟧ ⟦a 居民登录⟧</div>
<div class="nav">⟦m <a>首页</a> <a>社区公告</a> <a>为老服务</a> <a>党建园地</a> <a>网格服务</a>⟧</div>
<div class="main">
<div class="path">⟦m 首页 › 社区公告⟧</div>
<h1>⟦t 【银龄关爱】惬园社区为高龄老人更换沙发套志愿服务活动方案⟧</h1>
<div class="meta">⟦m 发布人：社区办公室　浏览 231⟧</div>
<div class="txt">
<p class="c"><b>{T}</b></p>
{BODY}
</div>
<div class="share">⟦l 转给邻居：微信｜朋友圈⟧</div>
</div>
<div class="aside">
<div class="grid">⟦m 我的网格员：莫晓燕　138 7302 6614⟧</div>
<div class="wy">⟦m 物业报修：0730-6123999（24小时）⟧</div>
<div class="hot">⟦l 社区热帖：楼道杂物清理倡议⟧</div>
</div>
<div class="foot">⟦m 惬园社区居民委员会　地址：顼城市忻湖区惬园路2号⟧</div>
</body>
</html>
""",
        body="""
1.活动目的
1.1为辖区80岁以上老人免费清洗、更换沙发套，改善居家环境。
1.2引导辖区居民和驻区单位参与为老服务。
2.活动安排
2.1时间：2025年10月20日至11月30日，每周六、周日。
2.2对象：辖区80岁以上高龄老人，优先照顾独居、失能老人，约45户。
2.3内容：志愿者上门量尺寸、拆洗旧沙发套，对破损严重的，由爱心企业捐赠新沙发套。
3.工作要求
3.1入户前电话预约，两人一组上门，佩戴志愿者证。
3.2尊重老人意愿，贵重物品不挪动，不收取任何费用。
4.报名方式：居民可扫描社区公告栏二维码报名当志愿者，也可拨打社区咨询电话：0730-6123407。
惬园社区居民委员会
2025年10月15日
""",
    ),
    dict(
        slug="community-yiyuan-notice-free-squeezers-wrapped",
        site="翌园社区居民之家 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yiyuanjm.cn/sqgg/20251103/0219.html",
        title="关于为辖区失能老人免费发放牙膏挤等生活辅具的通知",
        record_title="关于为辖区失能老人免费发放牙膏挤等生活辅具的通知（附领取时间）- 翌园社区居民之家",
        date="2025-11-03",
        notes="notice hard-wrapped at 70 columns; 扫码登记 as content; the community's 咨询电话 beside the grid hotline "
        "and property repair line; the 发布时间 line and the 成文日期 agree",
        page="""
!m 翌园社区居民之家
!m 首页 · 社区公告 · 便民服务 · 网格地图
!t 关于为辖区失能老人免费发放牙膏挤等生活辅具的通知（附领取时间）
!m 发布时间：2025-11-03 15:20　　发布人：社区办公室
{BODY}
!m 网格员热线：0730-6127800（白天）
!m 物业报修：0730-6127999
!l 下一则：社区冬季消防安全提示
""",
        wrap=70,
        indent="    ",
        body="""
各位居民：
为方便辖区失能、半失能老人日常生活，社区联合区残联开展生活辅具免费发放活动，现将有关事项通知如下：
一、发放对象：户籍或常住本社区、持有残疾证或经评估为失能、半失能的老人。
二、发放物品：壁挂式牙膏挤、加粗手柄餐具、防滑浴凳，每户可选两件。
三、领取方式：11月10日至11月20日，每天上午9点至11点，本人或家属持身份证到社区服务大厅领取；行动不便的，可扫码登记，由网格员送货上门。
四、注意事项：每户限领一次，请勿转卖。
咨询电话：0730-6127711。
翌园社区居民委员会
2025年11月3日
""",
    ),
]
