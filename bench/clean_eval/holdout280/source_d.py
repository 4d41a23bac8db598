"""holdout280, part D: 资料下载站, 人事考试网, 招投标网, 律所网站, 社区网站. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="download-qicai-rules-meter-keeping-gb2312",
        site="器材资料站 (invented download station, old gb2312 layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.qicaiziliao.example.net/soft/zhidu/10294.html",
        title="数字万用表使用与保管规定",
        record_title="数字万用表使用与保管规定 Word文档免费下载 - 器材资料站",
        date=None,
        notes="old download station: a file-info table, three mirror links, an unzip password, a dead-link report, a floating ad; 第N条 articles that speak of 扫码/打印; no date (rules in force on publication; update stamp only)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>数字万用表使用与保管规定 Word文档免费下载 - 器材资料站</title>
<script type="text/javascript" src="/js/down.js"></script>
<script type="text/javascript">var softid=10294;</script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 器材资料站 · 实验室管理资料免费下⟧</td><td align="right">⟦a 收藏本站⟧ ⟦a 资料投稿⟧</td></tr></table>
<table width="980" align="center" class="nav"><tr>⟦m <td>首页</td><td>规章制度</td><td>操作规程</td><td>表格模板</td><td>培训课件</td>⟧</tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：器材资料站 &gt;&gt; 规章制度 &gt;&gt; 实验室制度⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td colspan="2"><b>⟦t 数字万用表使用与保管规定 Word文档⟧</b></td></tr>
<tr><td>⟦m 资料大小：32 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：3 个月前⟧</td><td>⟦m 下载次数：2719⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 运行环境：WPS / Office⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td>⟦a 本地下载一⟧</td><td>⟦a 本地下载二⟧</td><td>⟦a 网通镜像下载⟧</td></tr>
<tr><td colspan="3">⟦a 解压密码：qicaiziliao⟧　⟦a 链接失效？点此报告⟧</td></tr></table>
<div id="floatad" style="position:fixed;right:0;bottom:60px;">⟦w 实验室制度汇编定制 QQ 1733092406⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集自网络，仅供学习交流，请于下载后24小时内删除⟧<br>⟦m 器材资料站 qicaiziliao.example.net 蜀ICP备08011726号⟧</td></tr></table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
第一条　为规范实验室数字万用表的使用与保管，延长仪表使用寿命，保证测量安全，制定本规定。
第二条　使用前应检查表壳、表笔有无破损，确认电池电量充足。表笔绝缘层破损的，不得使用。
第三条　测量前应先确认被测量的种类和大致范围，选择合适的功能和量程；不能确定范围时，从最大量程开始测量。
第四条　严禁在测量过程中转动量程开关；严禁用电流挡、电阻挡测量电压。
第五条　仪表借用实行扫码登记，借用人应在归还时扫码确认，管理员每月打印一次借还记录存档。
第六条　仪表使用完毕应将开关置于关闭位置，长期不用的应取出电池。
第七条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="download-guicheng-procedure-quench-plough-doc",
        site="规程宝下载 (invented download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="http://down.guichengbao.example.com/anquan/2291.html",
        title="犁铧淬火岗位安全操作规程",
        record_title="犁铧淬火岗位安全操作规程.doc",
        date=None,
        notes="file-name record title; numbered steps that speak of scanning a QR code and printing a hardness slip; an update stamp (2 个月前) is no date",
        page="""
!m 规程宝下载 — 安全规程 一站下齐
!m 首页 > 安全操作规程 > 机械铸造
!t 犁铧淬火岗位安全操作规程.doc
!m 资料大小：41KB　｜　更新：2 个月前　｜　下载：908 次　｜　评分：★★★★☆
!a ↓ 电信高速下载　　↓ 联通高速下载　　↓ 备用下载
!m 资料简介：
{BODY}
!a 下载不了？请更换浏览器或联系站长
!l 同类资料：铸造车间安全操作规程汇编｜中频炉操作规程｜热处理工安全须知
!d 本站部分资料来源于网友投稿，版权归原作者所有
""",
        body="""
一、适用范围
本规程适用于本厂热处理车间犁铧淬火岗位的操作人员。
二、作业前
1.穿戴好阻燃工作服、防护面罩、隔热手套和劳保鞋；
2.检查淬火槽液位和冷却水循环是否正常，检查吊具、夹钳有无裂纹；
3.扫描工位二维码，确认当班工艺卡的加热温度和保温时间。
三、作业中
1.犁铧出炉后须在十秒内入槽，入槽时人员站在侧面，严禁面对槽口；
2.槽液起火时，立即盖上槽盖并使用干粉灭火器，严禁用水扑救；
3.每炉首件犁铧须打印硬度检测单，经质检员签字后方可继续生产。
四、作业后
关闭加热电源，清理工位，填写交接班记录。
""",
    ),
    dict(
        slug="exam-yongpu-electrician-practical-ticket-float",
        site="雍瀑人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.ypks.example.cn/ksxx/jnjd/202505/t20250512_331.html",
        title="雍瀑县2025年电工职业技能等级认定实操考核须知",
        record_title="〖实操须知〗雍瀑县2025年电工职业技能等级认定实操考核须知丨雍瀑人事考试网",
        date="2025-05-09",
        date_also=["2025-05-12"],
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; downloading and printing the 准考证 spoken of as content; the appraisal centre's 咨询电话 in the body beside the site's technical line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〖实操须知〗雍瀑县2025年电工职业技能等级认定实操考核须知丨雍瀑人事考试网</title>
<script src="/js/notice-float.js"></script>
</head>
<body>
<div class="sys-tip">⟦d 系统升级提示：5月18日22:00至次日6:00报名与查询暂停服务⟧</div>
<div class="head">⟦m 雍瀑人事考试网⟧ ⟦m 考试公开 过程透明 结果公正⟧</div>
<ul class="menu">⟦m <li>首页</li><li>考试信息</li><li>技能鉴定</li><li>成绩查询</li><li>政策法规</li>⟧</ul>
<div class="where">⟦m 首页 → 技能鉴定 → 考务动态⟧</div>
<div class="news">
<h2>⟦t 〖实操须知〗雍瀑县2025年电工职业技能等级认定实操考核须知⟧</h2>
<div class="attr">⟦m 发布日期：2025-05-12　发布单位：县职业技能鉴定所　阅读：5873⟧</div>
<div class="txt">
{BODY}
</div>
</div>
<div class="float-ticket">⟦a 准考证打印入口 ▶⟧</div>
<div class="footer">⟦m 网站运维电话：0734-3370199（仅受理网站使用问题）⟧<br>⟦m 雍瀑县人力资源和社会保障局主办　湘ICP备12018836号⟧</div>
</body>
</html>
""",
        body="""
各位考生：
雍瀑县2025年第一批电工职业技能等级认定实操考核定于五月二十四日至二十五日在县职业技能实训基地举行。现将有关事项告知如下：
一、考生请于五月二十日起登录县人事考试网下载并打印准考证，准考证须双面打印在同一张A4纸上。
二、考生须自带指针式或数字式万用表一块、电工工具一套，万用表须带有合格证且表笔完好。考核现场不提供仪表借用。
三、考生须提前三十分钟到达考点，凭准考证和有效身份证件入场，迟到十五分钟者不得入场。
四、考核内容包括照明线路安装、电动机控制线路接线和用万用表排查故障三个模块。
咨询电话：0734-3370152（县职业技能鉴定所）
雍瀑县职业技能鉴定所
2025年5月9日
""",
    ),
    dict(
        slug="exam-qiying-art-teacher-skill-test-timetable",
        site="崎莹人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.qyrsks.example.cn/klxx/2025/0702/1186.html",
        title="崎莹县2025年公开招聘中小学美术教师专业技能测试公告",
        record_title="崎莹县2025年公开招聘中小学美术教师专业技能测试公告 - 考录信息 - 崎莹人事考试网",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="personnel-exam text page: a timetable table (one row a paragraph); candidates bring their own brushes; downloading and printing the admission ticket as content; the contact phone beside the site's service line; page date differs",
        page="""
!m 崎莹人事考试网
!m 当前位置：首页 » 考录信息 » 教师招聘
{T}
!m 发布时间：2025-07-02 10:00　来源：县教育局　阅读次数：6140
!a 〔字号 大 中 小〕　〔打印本页〕
{BODY}
!a 准考证打印｜成绩查询｜报名入口
!m 网站服务电话：0731-6620012（工作日）　湘ICP备14026603号
""",
        body="""
根据《崎莹县2025年公开招聘中小学教师公告》，现将美术学科专业技能测试有关事项公告如下：
一、测试时间及地点
测试时间　测试内容　地点
7月12日上午　素描静物　县第一中学美术楼
7月12日下午　色彩写生　县第一中学美术楼
7月13日上午　中国画　县第一中学美术楼
二、考生自备物品
考生须自带画笔、颜料、调色盘、画板及铅笔、橡皮等工具，素描纸、水彩纸、宣纸由考点统一提供。
三、其他事项
考生须持本人身份证和准考证参加测试，准考证请于7月8日起登录县人事考试网自行下载打印。
咨询电话：0731-6623180
崎莹县教育局
2025年7月1日
""",
    ),
    dict(
        slug="tender-yongpu-ploughshare-lots-countdown",
        site="雍瀑县公共资源交易平台 (invented tender portal)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.yongpu.example.cn/jyxx/zfcg/cgxx/20240219/8803.html",
        title="雍瀑县农业机械化技术推广站犁铧等农机配件采购项目竞争性磋商公告",
        record_title="【磋商】雍瀑县农业机械化技术推广站犁铧等农机配件采购项目竞争性磋商公告｜雍瀑县公共资源交易平台",
        record_date="2024-02-19",
        date="2024-02-19",
        notes="tender portal: the record's date; a lots table; downloading the 磋商文件 as content; purchaser and agency contacts beside CA and trading-system lines; a countdown and an attachment link",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【磋商】雍瀑县农业机械化技术推广站犁铧等农机配件采购项目竞争性磋商公告｜雍瀑县公共资源交易平台</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 雍瀑县公共资源交易平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<ul class="nav">⟦m <li>首页</li><li>交易信息</li><li>政府采购</li><li>工程建设</li><li>服务指南</li>⟧</ul>
<div class="pos">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<div class="notice">
<h3>⟦t 【磋商】雍瀑县农业机械化技术推广站犁铧等农机配件采购项目竞争性磋商公告⟧</h3>
<div class="meta">⟦m 信息时间：2024-02-19　阅读次数：377⟧ <span class="cd">⟦m 距响应文件递交截止还剩 9 天⟧</span></div>
<div class="ewb-article">
{BODY}
</div>
<div class="attach">⟦a 附件：磋商文件（电子版）.zip 点击下载⟧</div>
</div>
<div class="help">⟦m CA数字证书办理咨询：400-6060-321⟧<br>⟦m 交易系统技术支持：0734-3399000⟧</div>
<div class="foot">⟦m 主办：雍瀑县公共资源交易中心　地址：雍瀑县政务服务中心四楼⟧<br>⟦m 湘ICP备17004417号-1⟧</div>
</body>
</html>
""",
        body="""
项目编号：YPCG-2024-0217
雍瀑县农业机械化技术推广站对犁铧等农机配件采购项目进行竞争性磋商采购，欢迎合格的供应商参加。
一、采购内容
包号　名称　数量　最高限价（万元）
1　铧式犁犁铧（65锰钢）　3000片　18.6
2　犁壁、犁侧板　1200件　9.4
3　旋耕刀　8000把　12.0
二、获取磋商文件：2024年2月20日至2月26日，供应商登录交易平台下载磋商文件。
三、响应文件递交截止时间：2024年3月1日9时30分。
四、联系方式
采购人：雍瀑县农业机械化技术推广站　联系人：钟平　电话：0734-3381026
代理机构：崎莹信达招标咨询有限公司　联系人：傅雪　电话：0734-3390475
2024年2月19日
""",
    ),
    dict(
        slug="tender-jingxuan-bid-result-brushes",
        site="靖漩政府采购网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.jxzfcg.example.cn/zbgg/2025/0416/5520.html",
        title="旭隅区青少年宫美术耗材采购项目中标结果公告",
        record_title="【成交结果公示】旭隅区青少年宫美术耗材采购项目中标结果公告 - 靖漩政府采购网",
        date="2025-04-16",
        notes="bid result: a table of lots and winners (one row a paragraph); the purchaser's contact in the body beside the platform's hotline; the closing date is the document's",
        page="""
!m 靖漩政府采购网
!m 首页 ＞ 采购公告 ＞ 中标（成交）公告
!t 【成交结果公示】旭隅区青少年宫美术耗材采购项目中标结果公告
!m 浏览次数：219　　【大 中 小】
{BODY}
!a 〔打印〕〔关闭〕〔分享到微信〕
!m 平台服务热线：0739-2230099　　靖漩市财政局主办
""",
        body="""
一、项目编号：XYQSNG-2025-03
二、项目名称：旭隅区青少年宫美术耗材采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1（画笔类）　靖漩市翰彩文具有限公司　46800
2（颜料类）　靖漩市丹青美术用品商行　38250
3（纸张类）　旭隅区博文纸业经营部　21600
四、主要标的：水彩画笔、油画笔、国画毛笔共计二千四百套，水彩、丙烯颜料一千二百盒，素描纸、水彩纸等。
五、公告期限：自本公告发布之日起一个工作日。
六、联系方式：采购人旭隅区青少年宫，联系人严晓，电话0739-2271835。
2025年4月16日
""",
    ),
    dict(
        slug="lawfirm-hengxin-case-warmer-burn-float",
        site="衡信律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengxinlaw.example.cn/anli/2517.html",
        title="网购汤婆子漏水烫伤，商家要担什么责任",
        record_title="消费维权笔记·网购汤婆子漏水烫伤，商家要担什么责任 - 衡信律师事务所",
        date=None,
        notes="law firm case note (no date): a lawyer card, a consult float, a 400 line, a 本文链接 block and a repost notice",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>消费维权笔记·网购汤婆子漏水烫伤，商家要担什么责任 - 衡信律师事务所</title>
<script src="/js/consult.js"></script>
</head>
<body>
<div class="top">⟦m 衡信律师事务所⟧ ⟦m 专注消费与侵权纠纷⟧ ⟦m 咨询热线 400-0739-518⟧</div>
<ul class="nav">⟦m <li>首页</li><li>律所简介</li><li>专业领域</li><li>典型案例</li><li>联系我们</li>⟧</ul>
<div class="crumb">⟦m 首页 / 典型案例 / 消费维权⟧</div>
<div class="case">
<h1>⟦t 消费维权笔记·网购汤婆子漏水烫伤，商家要担什么责任⟧</h1>
<div class="meta">⟦m 撰稿：沈一帆律师　浏览：802⟧</div>
<div class="case-body">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengxinlaw.example.cn/anli/2517.html⟧</div>
<div class="repost">⟦d 转载本文请注明来自衡信律师事务所官网⟧</div>
</div>
<div class="lawyer-card">⟦l 沈一帆　执业律师　擅长：产品责任、消费纠纷　执业证号 14307201810******⟧</div>
<div class="float-zx">⟦w 有类似纠纷？在线留言，律师当天回复⟧</div>
<div class="foot">⟦m 衡信律师事务所　地址：靖漩市旭隅区滨江大道9号⟧ ⟦m 湘ICP备19008871号⟧</div>
</body>
</html>
""",
        body="""
【案情】去年十二月，市民邵女士在网上购买了一只铜制汤婆子，收货后第三天夜里，汤婆子盖口突然漏水，邵女士的小腿被烫伤，花去医疗费四千余元。商家以“产品已签收、使用不当”为由拒绝赔偿。
【分析】根据产品质量法的规定，因产品存在缺陷造成他人人身损害的，生产者、销售者应当承担赔偿责任。本案中，经鉴定，该汤婆子盖口密封圈尺寸不符合要求，属于产品缺陷，邵女士按说明书正常使用，并无过错。
【结果】经调解，商家赔偿邵女士医疗费、误工费等共计六千二百元。
【律师提示】购买汤婆子等取暖用品，请保留购物凭证和产品包装；发生烫伤后及时就医并保存病历、票据，以便依法维权。
""",
    ),
    dict(
        slug="lawfirm-shouzheng-contract-whisk-blanks",
        site="守正律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.shouzhenglaw.example.com/fanben/jiagong/118.html",
        title="拂尘定制加工合同（范本）",
        record_title="【法务文书下载】拂尘定制加工合同（范本）- 守正律师事务所",
        date=None,
        notes="a contract template (no date): 第N条 articles, ×× placeholders, ＿＿ blanks and ＿＿年＿＿月＿＿日; the firm's download row, a disclaimer and a consult line around it",
        page="""
!m 守正律师事务所 · 法务文书库
!m 首页 ＞ 合同范本 ＞ 加工承揽
!t 【法务文书下载】拂尘定制加工合同（范本）
!m 整理：守正律所合同审查组　｜　收录于 2 周前　｜　下载 311
!a 下载范本（Word）　　在线修改　　收藏
{BODY}
!d 本范本仅供参考，具体条款请结合交易实际，必要时请律师审核。
!w 合同起草、审查请致电 0731-3881066 或在线留言
!m 守正律师事务所　湘ICP备20016604号
""",
        body="""
委托方（甲方）：××××　　承揽方（乙方）：××××
第一条　甲方委托乙方定制手工拂尘＿＿柄，拂尘尾料为＿＿（马尾/人造丝），尾长＿＿厘米，柄材为＿＿。
第二条　每柄单价＿＿元，合同总价＿＿元。甲方于合同签订之日支付定金＿＿元，余款于验收合格后七日内付清。
第三条　乙方应于＿＿年＿＿月＿＿日前交货。交货时甲方按样品验收，尾丝脱落、柄身开裂的，乙方应无偿更换。
第四条　任何一方违约的，应向对方支付合同总价百分之＿＿的违约金。
第五条　因本合同发生争议，双方协商解决；协商不成的，向××人民法院提起诉讼。
甲方（签章）：　　　　乙方（签章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="community-yanshu-notice-warmers-grid-box",
        site="彦淑社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yanshu-sq.example.cn/tzgg/20241210/207.html",
        title="关于为辖区高龄独居老人上门发放汤婆子的通知",
        record_title="〔暖心社区〕关于为辖区高龄独居老人上门发放汤婆子的通知｜彦淑社区网",
        date="2024-12-10",
        notes="residents' site: a weather line, a grid member's box, property repair and night lines; the community's duty phone in the body; following the community's account spoken of as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔暖心社区〕关于为辖区高龄独居老人上门发放汤婆子的通知｜彦淑社区网</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="bar">⟦m 彦淑社区网⟧ ⟦m 旭隅区 晴 2～9℃ 空气良⟧</div>
<ul class="nav">⟦m <li>首页</li><li>社区公告</li><li>便民服务</li><li>邻里活动</li><li>党建园地</li>⟧</ul>
<div class="main">
<h2>⟦t 〔暖心社区〕关于为辖区高龄独居老人上门发放汤婆子的通知⟧</h2>
<div class="meta">⟦m 社区公告　｜　发布：彦淑社区居委会　｜　围观 388⟧</div>
<div class="body">
{BODY}
</div>
</div>
<div class="side">
<div class="grid">⟦m 本网格员：蒋丽　手机 139 7390 2261⟧</div>
<div class="wy">⟦m 物业报修：0739-2235800⟧<br>⟦m 夜间应急：0739-2235811⟧</div>
<div class="links">⟦l 便民链接：水电缴费 · 社保查询 · 老年证办理⟧</div>
</div>
<div class="foot">⟦m 彦淑社区居民委员会　地址：旭隅区彦淑路33号⟧ ⟦d 本网内容仅用于社区事务告知⟧</div>
</body>
</html>
""",
        body="""
各位居民：
为帮助辖区高龄独居老人温暖过冬，社区联合辖区爱心企业，将于十二月十四日至十五日为八十岁以上独居老人上门发放铜制汤婆子和布套各一件。现将有关事项通知如下：
一、发放对象：户籍在本社区、年满八十周岁且独居的老人，共六十二人，名单已在各楼栋公告栏公示。
二、发放方式：由网格员和志愿者上门发放，并现场演示灌水、拧盖的正确方法。
三、老人家属如有疑问，或名单有遗漏的，请于十二月十三日前联系社区。也可关注社区公众号“彦淑家园”查看名单。
社区值班电话：0739-2235516
彦淑社区居民委员会
2024年12月10日
""",
    ),
    dict(
        slug="community-zhaoxuan-host-script-whisk-show",
        site="昭绚社区网 (invented residents' site)",
        style="社区网站",
        genre="主持词",
        kind="speech",
        form="text",
        source="http://www.zhaoxuan-sq.example.cn/hd/2024/1019/98.html",
        title="社区拂尘功展演活动主持词",
        record_title="社区拂尘功展演活动主持词｜昭绚社区网·居民活动",
        date=None,
        notes="a host script (no date): scan-to-vote as content; a photo placeholder line between paragraphs; posted 3 天前",
        page="""
!m 昭绚社区网 · 居民活动
!m 首页 / 邻里活动 / 活动文稿
{T}
!m 上传：社区文化志愿者　｜　3 天前　｜　浏览 146
{BODY}
!l 活动相册（24张）　　活动视频　　往期文稿
!a 为本次活动点赞　　留言
!m 昭绚社区居民委员会　联系电话：0739-2237702
""",
        body="""
尊敬的各位居民朋友：
大家上午好！金秋时节，我们相聚在昭绚社区文化广场，举行社区老年拂尘功展演活动。
这支拂尘功队成立三年来，队员从最初的八人发展到现在的三十六人，每天清晨风雨无阻地在广场上练习。今天，他们将为大家带来《云手拂尘》《松风》等五个节目。
⟦m ［活动现场照片］⟧
下面，请欣赏第一个节目，集体拂尘功《云手拂尘》。
感谢队员们的精彩表演！活动结束后，请大家扫描广场入口的二维码，为您最喜爱的节目投票。
本次展演活动到此结束，谢谢大家！
""",
    ),
]
