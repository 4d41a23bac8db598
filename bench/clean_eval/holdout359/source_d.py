"""holdout359, part D: county forums, download stations, personnel-exam sites, tender portals and law firms.

Invented text; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-luping-patch-stall-jammer",
        site="蒻溪论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.ruoxi.net/forum.php?mod=viewthread&tid=88153",
        title="菉坪老街的补胎摊，三块钱补得比店里还牢",
        record_title="[街坊唠嗑] 菉坪老街的补胎摊，三块钱补得比店里还牢（附位置） - 菉坪人家 - 蒻溪论坛",
        date=None,
        notes="county forum: weather line, medals, jammer fonts in the post, a decoration ad with a QQ, a forward-to-the-town link; no date (relative times only)",
        page="""
<html><head><meta charset="gbk">
<title>[街坊唠嗑] 菉坪老街的补胎摊，三块钱补得比店里还牢（附位置） - 菉坪人家 - 蒻溪论坛</title>
<style>.jammer{display:none}</style>
</head><body>
<div class="wx">⟦m 蒻溪今日：多云转小雨 14～21℃　东南风2级⟧</div>
<div id="hd">⟦m 蒻溪论坛 · 蒻溪人的网上家园⟧ <a>⟦a 登录⟧</a> <a>⟦a 加入论坛⟧</a></div>
<div id="pt">⟦m 蒻溪论坛 › 乡镇版块 › 菉坪人家⟧</div>
<table><tr><td class="pls">⟦m 菉坪阿毛⟧<br>⟦m 勋章：热心街坊 · 老乡认证⟧<br>⟦m 在线时间 902 小时⟧</td>
<td class="plc"><h1>⟦t [街坊唠嗑] 菉坪老街的补胎摊，三块钱补得比店里还牢（附位置）⟧</h1>
<div class="authi">⟦m 楼主　发表于 昨天 19:26⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="zhuan">⟦a 本帖已转镇政府便民服务中心，点此看官方回复⟧</div>
<div class="po">⟦a 回复　加分　分享到朋友圈⟧</div></td></tr></table>
<div class="ad">⟦w 蒻溪装修找老周，全包半包都能做，QQ 460218357⟧</div>
<div class="reply">⟦l 2楼 蒻溪小泥鳅：老汪师傅人真好，上回没带钱都给补了⟧</div>
<div id="ft">⟦m 蒻溪论坛 ruoxi.net　浙B2-20090417⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
给大家推荐个补胎摊。就在菉坪老街供销社旧门面旁边，摆摊的是汪师傅，六十多岁，在老街补了二十来年胎。
上周我电动车后胎扎了个钉子，推到镇上的车行，人家张口就说要换内胎，八十块。我不甘心，推到汪师傅那儿，他看了看说补一下就行。
他先拆胎找漏点，用锉子把周围磨毛，抹胶水，晾一会儿再贴补胎片，最后拿小锤子在上面敲了一圈。前后十分钟，收了三块钱。
到现在骑了一个星期，一点气都没跑。
汪师傅的摊子早上七点出，下午五点收，下雨天不出摊，大家去之前看看天。
""",
    ),
    dict(
        slug="localforum-kunyang-straightener-subject-missing-junk",
        site="鹍阳生活网论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.kyshw.com/thread-301774-1-1.html",
        title="出租屋里直板夹差点闯祸，提醒大家出门前一定拔插头",
        record_title=None,
        date=None,
        notes="county forum as text, no title in the record: the thread subject is the title; junk lines and glued junk; replies; no date (relative times only)",
        page="""
!m 鹍阳生活网 › 论坛 › 平安鹍阳
!m 主题：
{T}
!m 浘河小雨伞　|　前天 22:41　|　查看 4187　回复 63
{BODY}
!a 回复楼主　　收藏本帖
!l 沙发　鹍阳钓鱼佬：吓人，我家闺女也天天用这个
!l 板凳　城西老郑：出租屋电线老化，更要注意
!a 游客只能看帖，注册后才能发言哦
!m 鹍阳生活网　客服热线 0574-65299876
""",
        junk=dict(lines=2, glued=2),
        body="""
今天下班回来吓出一身冷汗。一进门就闻到一股焦糊味，跑进卧室一看，早上用完的直板夹还插着电，夹板正好压在一件化纤睡衣上，睡衣已经烫化了一块，桌面都发黄了。
我赶紧拔了插头，开窗通风，手都在抖。要是再晚回来几个小时，真不敢想后果。
我这个直板夹是网上买的便宜货，没有自动断电功能，说明书上也没写。
发这个帖子就是想提醒大家，尤其是住出租屋的姐妹：直板夹用完马上拔插头，别放在床上、衣服上；买的时候一定看清楚有没有自动断电。
""",
    ),
    dict(
        slug="download-yide-contract-gloves-gb2312",
        site="易得资料站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="html",
        source="http://www.yidezl.com/soft/hetong/20931.html",
        title="骑行手套采购合同",
        record_title="骑行手套采购合同（空白范本·含验收条款）免注册直接下 - 易得资料站",
        date=None,
        notes="download station in an old gb2312 table layout: file-info table, three download channels, unzip password, dead-link report; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>骑行手套采购合同（空白范本·含验收条款）免注册直接下 - 易得资料站</title>
<script src="/js/ads.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 易得资料站 - 合同文书随用随取⟧</td><td align="right">⟦a 把易得设为浏览器首页⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 您的位置：易得资料站 → 合同范本 → 买卖合同⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="4"><h2>⟦t 骑行手套采购合同（空白范本·含验收条款）⟧</h2></td></tr>
<tr><td>⟦m 资料格式：DOC⟧</td><td>⟦m 资料体积：27 KB⟧</td><td>⟦m 收录时间：2025-02-17⟧</td><td>⟦m 下载热度：★★★☆☆⟧</td></tr>
<tr><td colspan="4">⟦m 运行环境：WPS / Office 2007以上⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<h3>{T}</h3>
{BODY}
</td></tr></table>
<table width="980" align="center" border="1"><tr><td>⟦a 下载通道一（电信）⟧</td><td>⟦a 下载通道二（联通）⟧</td><td>⟦a 下载通道三（备用）⟧</td></tr>
<tr><td colspan="3">⟦a 压缩包解压口令：yide2025⟧　<a href="/report.asp?id=20931">⟦a 链接失效？点我报告⟧</a></td></tr></table>
<table width="980" align="center"><tr><td>⟦l 同类资料：劳保用品采购合同｜运动器材买卖合同｜服装定制加工合同⟧</td></tr>
<tr><td align="center">⟦d 本站资料收集于网络，仅供学习参考，如有侵权请来信删除⟧<br>⟦m Copyright 2008-2025 易得资料站 yidezl.com⟧</td></tr></table>
</body></html>
""",
        body="""
甲方（采购方）：××××××　乙方（供货方）：××××××有限公司
第一条　甲方向乙方采购骑行手套＿＿＿＿双，规格、颜色按本合同附件确认的样品执行，单价＿＿＿＿元，合同总价人民币＿＿＿＿＿＿元。
第二条　乙方保证手套掌心防滑点、减震垫粘接牢固，面料无破损、无异味，缝线平整。
第三条　乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点。甲方收货后＿＿日内组织验收，抽检比例不低于＿＿％。
第四条　验收合格后＿＿日内，甲方一次性支付全部货款。
第五条　乙方逾期交货的，每逾期一日按合同总价的＿＿％支付违约金。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿＿＿　乙方（盖章）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="download-ziyuanku-gripper-rules-doc",
        site="资源库下载站 (invented)",
        style="资料下载站",
        genre="管理制度",
        kind="other",
        form="text",
        source="https://www.ziyuanku8.com/down/zhidu/61420.html",
        title="健身房握力器等小器械借用管理制度",
        record_title="健身房握力器等小器械借用管理制度.doc",
        date=None,
        notes="download station as text: file details, download buttons, an unzip password; a .doc file name as the record title; 第N条 articles; no date",
        page="""
!m 资源库下载站　ziyuanku8.com
!m 首页 » 管理制度 » 场馆管理
!m 文件名：健身房握力器等小器械借用管理制度.doc
!m 授权：免费　大小：19.5K　更新：2025-06-30　语言：简体中文
{T}
{BODY}
!a ↓ 本地高速下载　　↓ 网盘下载（提取码 k7qe）
!a 解压不了？密码统一为 ziyuanku8
!l 下载了本资料的人还下载了：游泳馆安全管理规定、健身教练岗位职责
!d 所有资料仅供参考交流，请于下载后24小时内删除
""",
        indent="\u3000\u3000",
        body="""
第一条　为方便会员使用握力器、弹力带、哑铃等小器械，减少丢失和损坏，制定本制度。
第二条　会员凭会员卡到前台登记借用，每次限借两件，当日营业结束前归还。
第三条　借用握力器前，会员应检查弹簧和手柄是否完好；使用中发现弹簧松脱、手柄开裂的，应立即停止使用并告知前台。
第四条　小器械归还时由前台当面检查，因使用不当造成损坏的，按原价赔偿；正常磨损的不予赔偿。
第五条　握力器、弹力带等手握器械每日营业结束后统一用酒精擦拭消毒。
第六条　本制度由前台负责执行，由场馆经理负责解释。
""",
    ),
    dict(
        slug="exam-luzhou-fire-recruit-gripper-timetable",
        site="澛州市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://rsks.luzhou.gov.cn/kwgg/2025/0521/8830.html",
        title="澛州市2025年政府专职消防员招录体能测试公告",
        record_title="〔考务快讯·招录〕澛州市2025年政府专职消防员招录体能测试公告_澛州市人事考试网",
        date="2025-05-20",
        date_also=["2025-05-21"],
        notes="personnel-exam site: maintenance banner, admission-ticket float; an exam timetable (one row a paragraph); the test office's 咨询电话 beside the site's technical line; sentences telling candidates to download and print 准考证; the site's posting date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〔考务快讯·招录〕澛州市2025年政府专职消防员招录体能测试公告_澛州市人事考试网</title>
<script src="/js/ks.js"></script>
</head><body>
<div class="notice-bar">⟦d 本网将于5月25日0:00至6:00升级维护，届时暂停访问⟧</div>
<div class="hd">⟦m 澛州市人事考试网⟧ ⟦m 澛州市人事考试院主办⟧</div>
<nav>⟦m 考试动态⟧ ⟦m 考务公告⟧ ⟦m 成绩查询⟧ ⟦m 证书办理⟧</nav>
<div class="loc">⟦m 首页 → 考务公告 → 招录考试⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 发布日期：2025-05-21　来源：市消防救援支队⟧</div>
<div class="text">
{BODY}
</div>
<div class="float-zkz">⟦a 准考证打印入口 ›⟧</div>
<div class="ft">⟦m 网站技术问题请联系：0573-82237716（仅限网站使用问题）⟧<br>⟦m 澛州市人事考试院　浙ICP备11020913号⟧</div>
</body></html>
""",
        body="""
根据澛州市2025年政府专职消防员招录工作安排，现将体能测试有关事项公告如下。
一、测试时间和地点。5月31日至6月1日，在澛州市消防救援支队训练基地进行。
日期　时间　测试项目
5月31日　8:00—11:30　握力、立定跳远
5月31日　14:00—17:30　1000米跑
6月1日　8:00—11:30　10米×4往返跑
二、测试要求。握力测试使用电子握力器，左右手各测两次，取最好成绩；男性不低于45公斤、女性不低于28公斤为合格。
三、准考证。考生须于5月28日起登录本网下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0573-82190119（市消防救援支队政治处）
澛州市消防救援支队
2025年5月20日
""",
    ),
    dict(
        slug="exam-ruoxi-forest-ranger-chest-strap-text",
        site="蒻溪县人力资源和社会保障网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsj.ruoxi.gov.cn/ksxx/20250826/4471.html",
        title="蒻溪县2025年专职护林员招聘体能测评须知",
        record_title="【测评须知·护林员岗】蒻溪县2025年专职护林员招聘体能测评须知 - 考试信息 - 蒻溪县人力资源和社会保障网",
        date="2025-08-25",
        date_also=["2025-08-26"],
        notes="personnel-exam site as text: an entry float and a system line; the 成文日期 expected, the posting date also accepted; the recruiting office's phone in the body",
        page="""
!m 蒻溪县人力资源和社会保障网
!m 首页 ＞ 考试信息 ＞ 事业单位招聘
!t 【测评须知·护林员岗】蒻溪县2025年专职护林员招聘体能测评须知
!m 发布：2025-08-26　浏览量：3305
!a 报名系统入口　｜　成绩查询入口
{BODY}
!a 〔打印〕　〔关闭〕
!m 系统操作问题请拨：0575-83319955
""",
        indent="\u3000\u3000",
        body="""
各位考生：
蒻溪县2025年专职护林员招聘体能测评定于9月6日在县体育中心田径场举行。现将有关注意事项告知如下：
一、测评项目为3000米跑和负重登山模拟。3000米跑男性15分钟内、女性18分钟内为合格。
二、3000米跑全程佩戴胸式心率带，心率数据实时显示在医疗监护屏上。考生心率持续过高或出现不适的，医护人员将终止其测评，考生不得拒绝。
三、心率带由测评组统一提供，考生检录后在工作人员指导下佩戴，不得自行调整或取下。
四、考生应自备运动服装和运动鞋，测评前一晚保证充足睡眠，不得空腹参加测评。
联系电话：0575-83302617（县林业局人事科）
蒻溪县林业局
2025年8月25日
""",
    ),
    dict(
        slug="tender-luzhou-bid-result-chest-straps-lots",
        site="澛州公共资源交易网 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.luzhou.gov.cn/jyxx/zfcg/zbgg/20251112/0037718.html",
        title="茀湖区教育局中小学体育课心率带采购项目中标结果公告",
        record_title="【中标（成交）结果·教育装备】茀湖区教育局中小学体育课心率带采购项目中标结果公告-澛州公共资源交易网",
        date="2025-11-12",
        notes="tender portal: publicity countdown, CA and trading-system lines; a lots table; purchaser and agency contacts beside the platform's lines; the announcement's date under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>【中标（成交）结果·教育装备】茀湖区教育局中小学体育课心率带采购项目中标结果公告-澛州公共资源交易网</title>
<script src="/js/jy.js"></script>
</head><body>
<div class="hd">⟦m 澛州公共资源交易网⟧　⟦a 主体登录⟧　⟦a 数字证书办理⟧</div>
<div class="nav">⟦m 交易信息 › 政府采购 › 中标公告⟧</div>
<h1>{T}</h1>
<div class="inf">⟦m 信息时间：2025-11-12　阅读次数：402⟧</div>
<div class="cd">⟦m 公示期剩余：6天 23时 14分⟧</div>
<div class="con">
{BODY}
</div>
<div class="side"><p>⟦m CA证书服务热线：400-882-5117⟧</p><p>⟦m 电子交易系统运维：0573-82061239⟧</p></div>
<div class="ft">⟦m 澛州市公共资源交易中心 主办　浙ICP备16019082号⟧</div>
</body></html>
""",
        body="""
一、项目编号：LZCG-2025-FH-0417
二、项目名称：茀湖区教育局中小学体育课心率带采购项目
三、中标（成交）信息
包号　货物名称　数量　中标供应商　中标金额（元）
1　心率带（学生款）　600根　澛州律动智能科技有限公司　161400
2　心率监测接收主机　24台　澛州律动智能科技有限公司　93600
3　心率带充电收纳箱　24个　蒻溪县华骋体育器材有限公司　21120
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：澛州市茀湖区教育局　联系人：曹俞白　电话：0573-89021377
代理机构：澛州秉衡招标代理有限公司　联系人：尤可期　电话：0573-82118840
澛州秉衡招标代理有限公司
2025年11月12日
""",
    ),
    dict(
        slug="tender-huangchuan-inquiry-police-gloves-text",
        site="滉川县政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.huangchuan.gov.cn/xjgg/2025/1103/2210.html",
        title="滉川县公安局交警大队骑行巡逻手套询价采购公告",
        record_title="滉川县公安局交警大队骑行巡逻手套询价采购公告 ▌询价公告 ▌滉川县政府采购网",
        date="2025-11-03",
        notes="procurement site as text: inquiry items table; the purchaser's contact beside the platform's CA line; a sentence about downloading the inquiry file is body",
        page="""
!m 滉川县政府采购网
!m 采购公告 ＞ 询价公告
{T}
!m 发布时间：2025-11-03 10:05　项目编号：HCXJ2025-118
{BODY}
!a 〈下载询价文件〉　〈我要报价〉
!m CA证书业务咨询：400-617-0058
!m 滉川县财政局主办　技术支持：澛州政采云科技有限公司
""",
        body="""
滉川县公安局交警大队拟对骑行巡逻手套进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量　最高限价（元）
冬季骑行巡逻手套　全指、防风、反光条　120双　85
夏季骑行巡逻手套　半指、透气、掌心减震　120双　48
二、报价要求。供应商须提供样品各一双，于11月10日17:00前送达采购人。
三、询价文件获取。请供应商登录滉川县政府采购网下载询价文件，按要求填写报价单并加盖公章。
四、联系方式。采购人：滉川县公安局交警大队　联系人：范行知　电话：0573-86127733
滉川县公安局交警大队
2025年11月3日
""",
    ),
    dict(
        slug="lawfirm-hengzheng-case-straightener-burn",
        site="澛州恒正律师事务所 (invented)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.hengzhenglaw.cn/anli/chanpin/217.html",
        title="直板夹烫伤消费者，销售者和生产者谁来赔？",
        record_title="〖以案说法〗直板夹烫伤消费者，销售者和生产者谁来赔？ — 澛州恒正律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, repost notice; a case analysis with no date (an 更新 stamp only)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>〖以案说法〗直板夹烫伤消费者，销售者和生产者谁来赔？ — 澛州恒正律师事务所</title>
<script src="/static/law.js"></script>
</head><body>
<div class="hd">⟦m 澛州恒正律师事务所⟧ ⟦m 专注消费维权与产品责任⟧ ⟦m 全国咨询：400-091-6630⟧</div>
<nav>⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 律师团队⟧ ⟦m 以案说法⟧ ⟦m 联系我们⟧</nav>
<div class="loc">⟦m 首页 - 以案说法 - 产品责任⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 撰稿：梁述之律师　最近更新：2025-11-19　阅读 829⟧</div>
<div class="case">
{BODY}
</div>
<div class="card">⟦w 梁述之 律师｜执业证号 13301201810427763｜手机 139 0573 2216⟧</div>
<div class="float">⟦w 免费法律咨询，点此留言⟧</div>
<div class="note">⟦d 本所原创文章，转载请注明出处及作者⟧</div>
<div class="ft">⟦m 地址：澛州市茀湖区临江大道66号秉衡大厦17层⟧</div>
</body></html>
""",
        body="""
【案情】顾女士在一家商场购买了一把直板夹，使用时温控失灵，夹板温度骤升，将她的额头烫伤，花去医疗费四千余元。商场称直板夹是厂家生产的，让她找厂家；厂家则说产品出厂检验合格，可能是顾女士使用不当。
【分析】根据民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。也就是说，顾女士既可以找厂家，也可以直接找商场，商场不能以“找厂家”为由推脱。⟦w 遇到类似纠纷？点此向梁律师提问⟧
商场赔偿后，如果缺陷是厂家造成的，商场可以再向厂家追偿。
【提示】消费者使用直板夹等电热产品受伤后，要保留好购物凭证、产品实物和就医记录，必要时申请产品质量鉴定。
""",
    ),
    dict(
        slug="lawfirm-mingjian-letter-fake-patches",
        site="滉川明鉴律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingjianlaw.com/news/wenshu/20250915-03.html",
        title="关于停止销售假冒“固轮”牌补胎片的律师函",
        record_title="律师函范例 ⟫ 关于停止销售假冒“固轮”牌补胎片的律师函 ⟫ 滉川明鉴律师事务所",
        date="2025-09-15",
        notes="law firm page as text: a lawyer's letter with the firm's own contact in the letter beside the site's 400 line; 成文日期 in Chinese numerals under the signature",
        page="""
!m 滉川明鉴律师事务所　MINGJIAN LAW FIRM
!m 首页 ／ 文书范例 ／ 律师函
!t 律师函范例 ⟫ 关于停止销售假冒“固轮”牌补胎片的律师函
!m 编辑：明鉴律所品牌部　浏览 311
{BODY}
!w 需要起草律师函？首次咨询免费，拨打 400-102-3360
!d 本文仅为文书示例，已隐去当事人信息，不构成法律意见
!l 更多范例：催告函 ｜ 解除合同通知书 ｜ 侵权警告函
""",
        indent="\u3000\u3000",
        body="""
××汽车用品商行：
本所接受蒻溪固轮橡胶制品厂的委托，就贵商行销售假冒“固轮”牌补胎片一事，郑重致函如下：
“固轮”商标系我委托人依法注册的商标，核定使用商品包括补胎片、补胎胶水等。经我委托人调查，贵商行自今年6月起销售标有“固轮”商标的补胎片，该产品并非我委托人生产，包装印刷粗糙，粘合力明显不足，已有骑行者反映补胎后很快再次漏气。
贵商行的行为已侵犯我委托人的注册商标专用权。请贵商行自收到本函之日起三日内停止销售上述补胎片，并将库存产品封存。否则，本所将依法追究贵商行的法律责任。
联系人：胡清越律师　电话：0573-86330871
滉川明鉴律师事务所
二〇二五年九月十五日
""",
    ),
]
