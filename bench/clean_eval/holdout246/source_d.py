"""holdout246, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-chengle-cone-parking-thread-subject",
        site="骋江茶馆 (invented, city forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.cjchaguan.com/thread-771203-1-1.html",
        title="小区门口有人摆路锥占车位，该找谁管？",
        record_title=None,
        date=None,
        notes="city forum, no record title: the thread subject is the title; a weather line, medals, jammer-font junk, "
        "a decoration ad between posts and a forwarded-to-department link; relative times only",
        page="""
<html><head><meta charset="utf-8">
<title>小区门口有人摆路锥占车位，该找谁管？ - 民生投诉 - 骋江茶馆</title>
<script src="/static/js/forum.js?v=7"></script>
<style>.jammer{display:none}</style>
</head><body>
<div id="hd">⟦m 骋江茶馆 · 骋江人自己的论坛⟧　⟦m 骋江 多云 18~26℃⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 骋江茶馆 › 城事 › 民生投诉⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="tm">⟦m 查看 2931 ｜ 回复 46⟧　<a>⟦a 【已转交城管部门】⟧</a></div>
<table class="post"><tr>
<td class="pls">⟦m 夜归的猫⟧<br>⟦m 勋章：热心市民⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 前天 22:47⟧</div>
<div class="pct">
{BODY}
</div>
<div class="po">⟦a 支持(58) 反对(2) 收藏 分享⟧</div></td></tr></table>
<div class="ad">⟦w 骋江家装节：全包装修8.8折，热线 400-7731-058⟧</div>
<table class="post"><tr><td class="plc">⟦l 2楼　阿泽爸爸：打12345，我们小区就是这么解决的⟧</td></tr></table>
<table class="post"><tr><td class="plc">⟦l 3楼　骋乐老住户：东门那家一直这样，顶一下⟧</td></tr></table>
<div class="fastre">⟦a 说两句吧……登录后才能回复⟧</div>
<div id="ft">⟦m 骋江茶馆 cjchaguan.com　湘ICP备15020881号-3　Powered by Discuz!⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
骋乐小区东门那条路，最近天天有人摆路锥占车位。两个红白路锥往路边一放，再拉根绳子，一个车位就成了“私人”的。
我问过旁边商铺的老板，他说这是他家门口，摆个路锥“留着自己用”。可这是市政道路，不是谁家的院子。
昨晚我下班回来转了三圈找不到车位，只好停到两条街以外。
想问问大家：这种情况该找谁？是找城管、交警，还是社区？有没有人反映过，最后解决了吗？
""",
    ),
    dict(
        slug="localforum-shuangchuan-rescueboat-drill-photos",
        site="骦川茶座论坛 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.sc-chazuo.com/forum/view-5810297",
        title="今天在骦河上看冲锋舟演练，拍了几张",
        record_title="[骦川身边事] 今天在骦河上看冲锋舟演练，拍了几张 - 骦川大杂烩 - 骦川茶座论坛",
        date=None,
        notes="county forum post as text: photo attachment lines between paragraphs, a medal line, replies; no date",
        page="""
!m 骦川茶座论坛 › 骦川大杂烩
!t [骦川身边事] 今天在骦河上看冲锋舟演练，拍了几张
!m 楼主：河边散步的老陈　|　6 小时前　|　只看楼主
!m 勋章：资深茶客　摄影达人
{BODY}
!l 1#　骦川小米：九八年那次我爷爷讲过，现在是真不一样了
!l 2#　桥头修车的：那天我也在桥上，演练搞得挺像样
!a 回复本帖需先登录 ｜ 快速注册
!m 骦川茶座论坛 sc-chazuo.com
""",
        body="""
今天上午路过骦河大桥，看见河面上好几艘冲锋舟来回跑，桥上围了不少人看。问了一下，原来是县里在搞防汛演练。
⟦m [图片] IMG_2031.jpg (186.42 KB, 被查看 31 次)⟧
演练的场面挺像回事：先是有人“落水”，岸上的人喊救命，一艘冲锋舟几分钟就开过去，两个队员把人拉上船；后面还演示了从被淹的房子里转移老人。
⟦m [图片] IMG_2036.jpg (203.10 KB, 被查看 27 次)⟧
旁边一个大爷说，九八年发大水的时候县里一条冲锋舟都没有，全靠木船。现在条件是真好了。
照片拍得一般，大家凑合看。
""",
    ),
    dict(
        slug="download-wenshu-cordon-rules-file-table",
        site="文澍资料下载站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.wenshu-xz7.com/soft/gz/20931.html",
        title="施工现场警戒线设置与管理规定",
        record_title="【规章范本】施工现场警戒线设置与管理规定 绿色下载 - 文澍资料下载站",
        date=None,
        notes="old gb2312 download station: file-info table, three download links, an unzip password, a dead-link "
        "report, a floating ghost-writer ad; rules with 第N条 articles and an effective clause (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【规章范本】施工现场警戒线设置与管理规定 绿色下载 - 文澍资料下载站</title>
<script language="javascript" src="/js/dl_ad.js"></script>
</head><body>
<table width="980" align="center"><tr><td>⟦m 文澍资料下载站⟧</td><td>⟦m 规章制度 · 合同范本 · 表格模板⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前：首页 → 规章制度 → 安全生产⟧</td></tr></table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：18 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：昨天⟧</td><td>⟦m 下载人次：3391⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>
<div>⟦m 资料简介：⟧</div>
{BODY}
</td></tr></table>
<table width="980" align="center"><tr><td>
<div>⟦a 电信线路下载⟧　⟦a 联通线路下载⟧　⟦a 备用线路下载⟧</div>
<div>⟦a 解压口令：www.wenshu-xz7.com⟧</div>
<div>⟦a 链接失效？点此反馈⟧</div>
</td></tr></table>
<div id="float_ad" style="position:fixed;right:0;bottom:60px">⟦w 制度不会写？专业代拟 微信 wy-daini88⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资料收集自网络，仅供学习交流，请在下载后24小时内删除。⟧<br>⟦m 文澍资料下载站 版权所有 豫ICP备10052714号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范施工现场警戒线的设置和管理，防止无关人员进入危险区域，制定本规定。
第二条　基坑开挖、高处作业、吊装作业、拆除作业等危险区域，必须设置警戒线。
第三条　警戒线应使用红白相间的专用警示带，距地面0.8米至1.2米，每隔3米设一根立杆固定。
第四条　警戒区域出入口须悬挂警示标志，夜间加设警示灯。
第五条　警戒线由安全员每日巡查，发现断开、倒伏的，应立即恢复。
第六条　任何人员不得擅自拆除、跨越警戒线；因作业需要进入的，须经现场负责人同意。
第七条　本规定自印发之日起施行。
""",
    ),
    dict(
        slug="download-mumen-rescueboat-lease-template-wps",
        site="木门文库下载 (invented, download station text)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://down.mumen-wk.net/hetong/zulin/6612.html",
        title="冲锋舟租赁合同（范本）",
        record_title="冲锋舟租赁合同（范本）.wps",
        date=None,
        notes="file-name record title; a contract template with 第N条 articles, ＿＿ blanks, ×× placeholders and a "
        "＿＿年＿＿月＿＿日 signing line (no date); download links and an unzip password around it",
        page="""
!m 木门文库下载 · 合同范本频道
{T}
!m 文件类型：WPS　大小：15KB　下载：1207次　更新：3 天前
!a ↓ 本地下载　　↓ 高速下载（需安装下载器）
{BODY}
!a 解压密码：mumen
!l 相关范本：船艇买卖合同（范本）.doc　｜　救援设备租赁协议.docx
!d 范本仅供参考，使用前请根据实际情况修改，本站不承担因使用范本产生的任何责任。
!m mumen-wk.net　鄂ICP备18040229号
""",
        body="""
出租方（甲方）：＿＿＿＿＿＿
承租方（乙方）：＿＿＿＿＿＿
根据《中华人民共和国民法典》有关规定，甲乙双方就冲锋舟租赁事宜达成如下协议：
第一条　租赁物：冲锋舟＿＿艘，型号××，配船外机＿＿台、救生衣＿＿件。
第二条　租赁期限：自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。
第三条　租金：每艘每日××元，乙方于租赁物交付之日一次性付清。
第四条　乙方应由持证人员驾驶，不得转租；因操作不当造成损坏的，由乙方照价赔偿。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-shuangchuan-rescueboat-driver-practical",
        site="骦川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.scrsks.cn/kwgg/2025/0704/2271.html",
        title="骦川县应急救援大队2025年公开招聘冲锋舟驾驶员实操考核公告",
        record_title="〖考务〗骦川县应急救援大队2025年公开招聘冲锋舟驾驶员实操考核公告｜骦川人事考试信息网",
        date="2025-07-04",
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; an exam timetable one row a "
        "paragraph; sentences telling candidates to 下载/打印 the ticket (content); the exam's own 考务咨询电话 "
        "beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>〖考务〗骦川县应急救援大队2025年公开招聘冲锋舟驾驶员实操考核公告｜骦川人事考试信息网</title>
<script src="/assets/js/app.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统升级：7月6日0:00至6:00报名系统暂停访问⟧</div>
<div class="hd"><h2>⟦m 骦川人事考试信息网⟧</h2>
<ul><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li></ul></div>
<div class="crumb">⟦m 首页 › 考试公告 › 事业单位⟧</div>
<div class="art"><h1>{T}</h1>
<p class="meta">⟦m 来源：县人社局　发布：2025-07-04 16:20　浏览：6082⟧</p>
<div class="txt">
{BODY}
</div></div>
<div class="float-r"><a>⟦a 准考证打印入口⟧</a><br><a>⟦a 报名信息查询⟧</a></div>
<div class="ft">⟦m 主办：骦川县人力资源和社会保障局⟧<br>⟦m 网站技术咨询：0817-6209090（仅限系统问题）⟧<br>⟦m 蜀ICP备16009231号⟧</div>
</body></html>
""",
        body="""
根据《骦川县应急救援大队2025年公开招聘工作方案》，现将冲锋舟驾驶员岗位实操考核有关事项公告如下：
一、考核时间及地点
项目　时间　地点
理论笔试　7月12日上午9:00　县应急管理局会议室
水上实操　7月12日下午2:30　骦河驷口段训练水域
二、考核内容
水上实操包括冲锋舟启动与离岸、直线航行与转向、模拟落水人员救援三个科目，满分100分。
三、注意事项
请考生于7月10日起登录本网站下载并打印准考证，考试当天携带准考证和身份证参加考核。
考务咨询电话：0817-6210538（工作日9:00—17:00）。
骦川县应急救援大队
2025年7月4日
""",
    ),
    dict(
        slug="exam-suyang-auxpolice-cordon-fitness-record",
        site="骕阳人才考试网 (invented, text)",
        style="人事考试网",
        genre="须知",
        kind="notice",
        form="text",
        source="http://www.syrcks.cn/gg/2025/0912/1408.html",
        title="骕阳县公安局2025年招聘警务辅助人员体能测评须知",
        date="2025-09-12",
        notes="record title as is; notice whose items speak of the cordon around the test field; 成文日期 under the "
        "signature; an admission-ticket prompt and the site's service line around it",
        page="""
!m 骕阳人才考试网
!m 首页 > 考试动态 > 招聘公告
{T}
!m 阅读量：9127　　来源：县公安局政治处
{BODY}
!a 👉 准考证打印通道已开放，点此进入
!l 上一篇：骕阳县2025年社区工作者招聘笔试成绩公示
!m 本网服务电话：0735-4400600（工作日）
""",
        indent="\u3000\u3000",
        body="""
一、测评时间：2025年9月20日上午8:00开始，考生须于7:30前到达骕阳县体育中心。
二、测评项目：10米×4往返跑、1000米跑、纵跳摸高。
三、进场要求：测评场地四周设置警戒线，考生凭身份证和准考证在检录处检录后进入，未经检录不得跨越警戒线进入场地；陪同人员一律在警戒线外等候。
四、考生应穿运动服、运动鞋，不得佩戴首饰。测评前请如实申报身体状况。
五、测评结果当场签字确认。
骕阳县公安局政治处
2025年9月12日
""",
    ),
    dict(
        slug="tender-shuangchuan-cone-bid-result-lots",
        site="骦川公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.shuangchuan.gov.cn/jyxx/zfcg/zbgg/20250926/4410.html",
        title="骦川县公路养护中心交通安全设施采购项目中标结果公告",
        record_title="▎结果公示 ▎骦川县公路养护中心交通安全设施采购项目中标结果公告 - 骦川公共资源交易平台",
        date="2025-09-26",
        notes="tender portal: a clock, a publicity countdown, CA and trading-system lines; a bid-lot table one row a "
        "paragraph; purchaser and agency contacts beside the platform's lines; the agency's signature and date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>▎结果公示 ▎骦川县公路养护中心交通安全设施采购项目中标结果公告 - 骦川公共资源交易平台</title>
<script src="/js/clock.js"></script>
</head><body>
<div class="top">⟦m 骦川公共资源交易平台⟧　<span id="clock">⟦m 北京时间 16:05:33⟧</span>　<a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="loc">⟦m 首页 > 交易信息 > 政府采购 > 结果公示⟧</div>
<div class="detail"><h1>{T}</h1>
<div class="info">⟦m 信息来源：骞州持平招标代理有限公司　浏览：488⟧</div>
<div class="count">⟦m 公示期剩余：0天18时54分⟧</div>
<div class="con">
{BODY}
</div></div>
<div class="help"><p>⟦m CA证书办理：0817-6233001⟧</p><p>⟦m 电子交易系统技术服务：400-880-7131⟧</p></div>
<div class="ft">⟦m 骦川县公共资源交易中心　版权所有⟧</div>
</body></html>
""",
        body="""
一、项目编号：SCJY-2025-0917
二、项目名称：骦川县公路养护中心交通安全设施采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
1　反光路锥（70厘米）2000个　骞州安途交通设施有限公司　96400
2　水马及警示柱　骋江路安塑业有限公司　132800
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：骦川县公路养护中心，联系人：任东篱，电话：0817-6231907
代理机构：骞州持平招标代理有限公司，联系人：柯映雪，电话：0817-8120465
骞州持平招标代理有限公司
2025年9月26日
""",
    ),
    dict(
        slug="tender-suyang-tentpole-inquiry-items",
        site="骕阳阳光采购网 (invented, text)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://cg.suyang-sunshine.cn/xjgg/20251017/0931.html",
        title="骕阳县应急管理局救灾帐篷配件询价公告",
        record_title="询价采购 ▸ 骕阳县应急管理局救灾帐篷配件询价公告（帐篷杆）",
        date="2025-10-17",
        notes="inquiry notice as text: an items table one row a paragraph; a sentence telling suppliers to 下载 the "
        "inquiry file (content); the purchaser's contact beside the platform's 400 line",
        page="""
!m 骕阳阳光采购网
!m 当前位置：首页 » 采购公告 » 询价公告
!t 询价采购 ▸ 骕阳县应急管理局救灾帐篷配件询价公告（帐篷杆）
!m 公告类型：询价　　截止：剩余6天
{BODY}
!a 〔获取询价文件〕需先注册供应商账号
!m 平台客服：400-611-2096（工作日8:30-17:30）
!d 本平台信息由采购人发布，平台不对其真实性承担责任。
""",
        indent="\u3000\u3000",
        body="""
骕阳县应急管理局拟对救灾帐篷配件进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
铝合金帐篷主杆　直径25毫米，长2.2米　300根
铝合金帐篷横杆　直径22毫米，长1.8米　300根
杆件连接三通　配套上述杆件　600个
二、报价要求：供应商请于10月24日前在本平台下载询价文件，按要求填写报价单，加盖公章后密封递交。
三、联系方式：采购人骕阳县应急管理局，联系人：蒲云舟，电话：0735-4412096。
骕阳县应急管理局
2025年10月17日
""",
    ),
    dict(
        slug="lawfirm-mingheng-forged-seal-case-note",
        site="骞州明衡律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.mingheng-law.cn/anli/hetong/1093.html",
        title="私刻公章签下的合同，公司要不要担责？",
        record_title="【法眼看案】私刻公章签下的合同，公司要不要担责？ - 骞州明衡律师事务所",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line and a 本文链接 block; a consult prompt glued "
        "after the last 。; a case note with 【案情】【分析】 heads and no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【法眼看案】私刻公章签下的合同，公司要不要担责？ - 骞州明衡律师事务所</title>
<script src="/static/kefu.js"></script>
</head><body>
<div class="hd"><span>⟦m 骞州明衡律师事务所⟧</span><span>⟦m 专注合同与公司纠纷⟧</span><span>⟦w 全国咨询：400-633-0915⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 律所介绍⟧</li><li>⟦m 专业领域⟧</li><li>⟦m 典型案例⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="crumb">⟦m 首页 ＞ 典型案例 ＞ 合同纠纷⟧</div>
<div class="case"><h1>{T}</h1>
<p class="meta">⟦m 文：合同业务部　浏览：1940⟧</p>
<div class="txt">
{BODY}
</div>
<div class="link">⟦m 原文地址：https://www.mingheng-law.cn/anli/hetong/1093.html⟧<br>⟦d 转载请注明出处，案例仅供学习参考。⟧</div></div>
<div class="card"><h4>⟦w 承办律师　汤慕白⟧</h4><p>⟦w 执业证号：14301201811092374⟧</p><p>⟦w 手机：139 7310 5526⟧</p></div>
<div class="float">⟦w 在线律师 · 立即咨询⟧</div>
<div class="ft">⟦m 地址：骞州市骞明路168号明衡大厦9楼⟧<br>⟦m © 骞州明衡律师事务所　湘ICP备19007362号⟧</div>
</body></html>
""",
        body="""
【案情】某建材公司的项目经理王某私刻公司公章，以公司名义与供应商签订了一份钢材买卖合同，货款一直未付。供应商起诉要求建材公司付款，公司以“公章是假的”为由拒绝。
【分析】法院认为，判断公司是否担责，关键不在公章真假，而在王某有没有代理权，或者供应商有没有理由相信他有代理权。本案中，王某是公司任命的项目经理，此前多次以公司名义采购钢材，公司也都付了款，构成表见代理。
【结果】法院判决建材公司支付货款，公司可另行向王某追偿。
【提示】公司应加强印章和人员管理，项目经理离职或调岗的，要及时通知合作方。⟦w 遇到类似纠纷？一键预约明衡律师⟧
""",
    ),
    dict(
        slug="lawfirm-zhengyan-cordon-lawyer-letter",
        site="骧岭正言律师事务所 (invented, text)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.zhengyan-lawyer.com/news/lsh/2025/0902.html",
        title="关于施工路段未设置警戒线致行人受伤事宜的律师函",
        record_title="【律师函公开】关于施工路段未设置警戒线致行人受伤事宜的律师函｜骧岭正言律师事务所",
        date="2025-09-02",
        notes="a law firm's letter as text: the letter's own contact line beside the firm's 400 line; the firm's name "
        "is also the letter's opening words and signature; 成文日期 under the signature",
        page="""
!m 骧岭正言律师事务所 · 律师文书
{T}
!m 栏目：律师文书　　点击：377
{BODY}
!d 本文书经委托人同意公开，已隐去当事人姓名。
!w 法律咨询热线：400-106-2231
!m 骧岭正言律师事务所　地址：骧岭县骧北路22号
""",
        indent="\u3000\u3000",
        body="""
骧岭县宏安市政工程有限公司：
骧岭正言律师事务所受刘某某委托，就其在贵司施工路段受伤一事，致函如下：
2025年8月19日晚，刘某某步行经过骞明路贵司管网施工路段时，跌入未设置警戒线和警示灯的沟槽，造成右腿骨折。依照《中华人民共和国民法典》第一千二百五十八条，在公共道路上挖掘、修缮安装地下设施等造成他人损害，施工人不能证明已经设置明显标志和采取安全措施的，应当承担侵权责任。
请贵司于收函之日起十日内与本所联系，协商赔偿事宜。
联系人：本所律师 范知行，电话：0739-6620518。
骧岭正言律师事务所
2025年9月2日
""",
    ),
]
