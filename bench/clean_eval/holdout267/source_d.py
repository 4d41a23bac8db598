"""holdout267, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text page each).

Every document, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="yuyang-zaixian-rooftop-coops-thread-subject",
        site="潏阳在线 (invented, county forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.yuyangzx.com/thread-1190372-1-1.html",
        title="邻居在楼顶搭了一排鸡笼，天天四点打鸣，找谁管？",
        record_title=None,
        date=None,
        notes="county forum: no title in the record, the thread subject; weather line, medals, an official-reply link, an ad QQ; jammer fonts glued and on a line; relative post time is no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>邻居在楼顶搭了一排鸡笼，天天四点打鸣，找谁管？ - 百姓话题 - 潏阳在线</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="top">⟦m 今日潏阳：多云 12~21℃　空气良⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册潏阳通⟧</a></div>
<div id="hd">⟦m 潏阳在线 · 潏阳人自己的网上家园⟧</div>
<div id="pt">⟦m 潏阳在线 › 百姓话题 › 帖子⟧</div>
<div class="ad">⟦w 本版广告位招商 QQ 3318046271⟧</div>
<table><tr><td class="pls">⟦m 滨河路老住户⟧<br>⟦m 勋章：热心邻居 · 老潏阳⟧</td>
<td class="plc">
<h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 发表于 2 天前｜查看 4471｜回复 58⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【官方回复】本帖已转交潏阳县12345热线办理，点此查看进度⟧</div>
<div class="po">⟦a 支持 反对 收藏 分享 举报⟧</div>
</td></tr></table>
<div class="replies"><p>⟦l 沙发 河西小杨：我们小区也有，打12345有用⟧</p><p>⟦l 板凳 路过的：楼顶是公共部位，物业可以先劝阻⟧</p></div>
<div id="ft">⟦m 潏阳在线 bbs.yuyangzx.com　湘ICP备15017266号-2⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=3),
        body="""
我住县城滨河路锦绣花园5栋，顶楼住户今年夏天在楼顶平台搭了一排鸡笼，养了二十多只鸡，还有两只大公鸡。
每天凌晨四点多，公鸡准时打鸣，整栋楼都能听见。天热以后，鸡粪味顺着楼道往下飘，楼道里苍蝇也多了。我家孩子上初三，每天早上被吵醒，白天上课没精神。
我们几户邻居上门沟通过两次，对方说鸡是养给坐月子的儿媳妇吃的，过完年就杀，让我们再忍忍。物业说楼顶是公共部位，但他们没有执法权，让我们找社区。
想问问论坛里的朋友，这种情况到底归哪个部门管？是打12345还是找城管？有遇到过类似情况的，说说怎么解决的。
""",
    ),
    dict(
        slug="fengling-life-cloth-shoe-shop-moves",
        site="崶岭生活网 (invented, county forum)",
        style="地方论坛",
        genre="启事",
        kind="notice",
        form="text",
        source="http://www.fenglinglife.com/bbs/thread-77201.html",
        title="老街王记布鞋店搬家了，新地址在这里",
        record_title="〔街坊告知〕老街王记布鞋店搬家了，新地址在这里 - 生活服务 - 崶岭生活网",
        date=None,
        notes="county forum as text: bracket tag, board and site suffix; the shop's own order phone in the body beside the site's promotion WeChat; relative times are no dates",
        page="""
!m 崶岭生活网 › 生活服务 › 查看帖子
!t 〔街坊告知〕老街王记布鞋店搬家了，新地址在这里
!m 王记布鞋　发帖于 昨天 16:20　｜　浏览 2310　｜　回复 41
{BODY}
!l 回复 · 老街邻居：王师傅的千层底穿着最舒服，新店一定去
!l 回复 · 小周：新华路哪个门面？二楼有没有电梯？
!w 本站信息发布、置顶推广，请加微信 fl_shenghuo
!m 崶岭生活网　湘ICP备19003374号
""",
        body="""
各位街坊：
开了二十六年的老街王记布鞋店要搬家了。因为老街改造，原来十字路口那间铺面下个月要拆，店里从11月1日起搬到新华路农贸市场对面的二楼，原来的电话不变。
店里还是老样子，千层底、棉布鞋、老人鞋都有，可以按脚型定做，七天取货。搬家期间10月25日到31日歇业一周，已经订了鞋的老顾客，我们会一个一个打电话通知取鞋时间。
谢谢大家这么多年照顾生意，新店开张那天，进店的老人每人送一双鞋垫。
订鞋电话：0745-3391186（王师傅）
""",
    ),
    dict(
        slug="bangong-fanben-contract-washstand-doc-gb2312",
        site="办公范本下载站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="html",
        source="http://www.bgfanben.com/soft/hetong/4417.html",
        title="洗脸架采购合同范本",
        record_title="洗脸架采购合同范本.doc",
        date=None,
        notes="old download station: file-info table, three download links, unzip password, dead-link report; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日 (no date)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>洗脸架采购合同范本.doc - 办公范本下载站</title>
<script src="/js/count.js"></script>
</head>
<body>
<table width="960" align="center" border="0">
<tr><td><img src="/img/logo.gif" alt="办公范本下载站"></td><td align="right">⟦m 办公范本下载站 · 万份表格合同随手取⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页⟧ | ⟦m 合同范本⟧ | ⟦m 表格模板⟧ | ⟦m 规章制度⟧ | ⟦m 排行榜⟧</td></tr>
<tr><td colspan="2">⟦m 您的位置：首页 → 合同范本 → 采购合同 → 洗脸架采购合同范本⟧</td></tr>
</table>
<table width="960" align="center" border="1" cellspacing="0" class="info">
<tr><td>⟦m 文件大小：36 KB⟧</td><td>⟦m 文件格式：.doc⟧</td><td>⟦m 授权方式：免费⟧</td></tr>
<tr><td>⟦m 运行环境：WPS / Office⟧</td><td>⟦m 下载次数：2107⟧</td><td>⟦m 添加时间：2023-11-02⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<h3>{T}</h3>
<div class="intro">⟦m 内容预览：⟧</div>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td class="down">
<p>⟦a 电信高速下载⟧　⟦a 联通高速下载⟧　⟦a 备用下载地址⟧</p>
<p>⟦a 解压密码：www.bgfanben.com⟧</p>
<p>⟦a 下载失效？点此报告死链⟧</p>
</td></tr></table>
<table width="960" align="center"><tr><td class="foot">⟦d 本站资源均收集自网络，仅供学习参考，商用请自行核实⟧<br>⟦m 办公范本下载站 Copyright 2011-2024　赣ICP备11008421号⟧</td></tr></table>
</body>
</html>
""",
        body="""
洗脸架采购合同
甲方（采购方）：××学校
乙方（供货方）：××家具有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就洗脸架采购事宜订立本合同。
第一条　产品名称：不锈钢洗脸架；规格型号：＿＿＿＿；数量：＿＿套；单价：＿＿元；合同总价：人民币＿＿＿＿元。
第二条　乙方应于＿＿年＿＿月＿＿日前将洗脸架送至甲方指定地点，并负责安装调试。
第三条　洗脸架质保期为＿＿年，质保期内因质量问题造成损坏的，乙方免费维修或更换。
第四条　甲方验收合格后＿＿日内支付全部货款。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="wujin-download-chisel-procedure-decimal",
        site="五金资料下载站 (invented)",
        style="资料下载站",
        genre="操作规程",
        kind="other",
        form="text",
        source="https://www.wujinziliao.net/down/guicheng/2291.html",
        title="木工凿子安全操作规程",
        record_title="木工凿子安全操作规程 - 安全规程 - 五金资料下载站【附下载】",
        date=None,
        notes="download station as text: decimal headings 1 … 4.1; file-info lines and download links; the add date is no document date",
        page="""
!m 五金资料下载站 > 安全规程 > 木工类
!t 木工凿子安全操作规程【附下载】
!m 资料类别：安全规程　　文件格式：DOCX　　添加日期：2024-01-15　　下载：866次
!a ▶ 本地下载　　▶ 网盘下载（提取码 w7k3）
!m 资料简介：
{BODY}
!a 以上为部分内容预览，完整文档请点击上方下载按钮
!l 相关资料：手提电钻安全操作规程　｜　木工圆锯安全操作规程
!d 资料来源于网络，版权归原作者，若有侵权请联系站长删除
""",
        body="""
1　适用范围
1.1　本规程适用于木工车间使用平凿、圆凿、斜凿等手工凿具的作业。
2　作业前
2.1　检查凿柄有无开裂、柄箍有无松脱、凿刃有无崩口，不合格的凿子不得使用。
2.2　清理工作台面，工件应用夹具或台钳夹牢。
3　作业中
3.1　凿削时凿刃朝外，双手不得置于凿刃前方。
3.2　用木槌敲击凿柄，用力均匀，不得用斧背或铁锤代替。
3.3　凿子不用时刃口朝下放入工具架，严禁插在工件上或放在台面边缘。
4　作业后
4.1　清理木屑，检查凿刃，需要刃磨的送工具室统一处理。
""",
    ),
    dict(
        slug="songzhou-exam-cloth-shoe-skill-test-timetable",
        site="嵕州人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.szrsks.cn/kwgg/202505/t20250507_8816.html",
        title="潩溪县非遗保护中心2025年公开招聘传统技艺岗专业技能测试公告",
        record_title="【招聘动态】潩溪县非遗保护中心2025年公开招聘传统技艺岗专业技能测试公告｜嵕州人事考试网",
        date="2025-05-06",
        date_also=["2025-05-07"],
        notes="personnel-exam site: maintenance banner, admission-ticket float; a timetable one row a paragraph; downloading and printing the admission ticket is content; the exam's own 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【招聘动态】潩溪县非遗保护中心2025年公开招聘传统技艺岗专业技能测试公告｜嵕州人事考试网</title>
</head>
<body>
<div class="notice-bar">⟦m 系统维护提示：5月10日22:00至次日6:00报名系统暂停服务⟧</div>
<div class="ks-head">⟦m 嵕州人事考试网⟧ <span>⟦m 嵕州市人事考试院主办⟧</span></div>
<div class="ks-nav">⟦m 首页⟧ ⟦m 考试动态⟧ ⟦m 招聘动态⟧ ⟦m 成绩查询⟧ ⟦m 证书办理⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-meta">⟦m 发布日期：2025-05-07　信息来源：潩溪县人社局⟧</div>
<div class="ks-con">
{BODY}
</div>
</div>
<div class="ks-float"><a>⟦a 准考证打印入口⟧</a> <a>⟦a 成绩查询入口⟧</a></div>
<div class="ks-foot">
<p>⟦m 网站技术支持电话：0739-8829301（仅限网站使用问题）⟧</p>
<p>⟦m 嵕州市人事考试院　湘ICP备08014736号⟧</p>
</div>
</body>
</html>
""",
        body="""
根据《潩溪县非遗保护中心2025年公开招聘工作人员简章》，现将传统技艺岗（手工布鞋制作）专业技能测试有关事项公告如下：
一、测试时间和地点
科目　时间　地点
纳鞋底实操　5月17日8:30—11:30　县职教中心实训楼201
绱鞋实操　5月17日14:30—17:30　县职教中心实训楼201
二、测试内容
考生须在规定时间内完成一只千层底的纳制和一双布鞋的绱鞋，考官从针脚密度、平整度、牢固度等方面评分。
三、注意事项
1.考生须于5月14日起登录本网站下载打印准考证，凭准考证和身份证参加测试。
2.顶针、锥子、针线由考生自备，鞋底布料、鞋帮由考点统一提供。
咨询电话：0743-4230518（工作日8:00—17:30）
潩溪县非遗保护中心
2025年5月6日
""",
    ),
    dict(
        slug="haochuan-exam-candlestick-restoration-test",
        site="滈川人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.haochuan.gov.cn/kszx/2025/0318/355.html",
        title="滈川县博物馆文物修复岗位实操考试须知",
        record_title="滈川县博物馆文物修复岗位实操考试须知（含考场规则）_滈川人事考试信息网",
        date="2025-03-18",
        notes="exam site as text: aside and site suffix; numbered rules; printing the admission ticket is content; the exam's own 咨询电话 beside the site's help line",
        page="""
!m 滈川人事考试信息网　｜　考试资讯
!m 帮助热线：0736-5209966（周一至周五）
{T}
!m 2025-03-19　来源：县人社局　浏览 1290
!a 【字号 大|中|小】【打印】【关闭】
{BODY}
!l 相关公告：滈川县2025年事业单位公开招聘笔试成绩公示
!m 滈川县人力资源和社会保障局主办　湘ICP备07011925号
""",
        date_also=["2025-03-19"],
        body="""
参加滈川县博物馆2025年公开招聘文物修复岗位实操考试的考生，请仔细阅读以下须知：
一、实操考试定于3月29日上午9:00开始，时长150分钟，考生须提前30分钟到达县博物馆二楼修复室。
二、考试内容为一件清代锡烛台的清洗、除锈和断足粘接，考生须同时填写修复记录表。
三、修复工具和材料由考点统一提供，考生不得自带化学试剂。
四、考试过程全程录像，考生须佩戴手套和口罩，损坏烛台标本的按零分处理。
五、考生请于3月25日后登录本网站打印准考证。
咨询电话：0736-5233081
滈川县人力资源和社会保障局
2025年3月18日
""",
    ),
    dict(
        slug="jishui-trading-inquiry-coops-lots",
        site="泲水县公共资源交易网 (invented, tender portal)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://ggzy.jishui.gov.cn/zfcg/xjgg/20240910/0917.html",
        title="泲水县2024年庭院养殖鸡笼采购项目询价公告",
        record_title="泲水县公共资源交易网 - 政府采购 - 询价公告：泲水县2024年庭院养殖鸡笼采购项目询价公告",
        date="2024-09-10",
        notes="tender portal: site-and-column prefix, countdown, CA and trading-system lines; lots table one row a paragraph; purchaser and agency contacts in the body; an example deadline inside a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>泲水县公共资源交易网 - 政府采购 - 询价公告：泲水县2024年庭院养殖鸡笼采购项目询价公告</title>
</head>
<body>
<div class="jy-top">⟦m 泲水县公共资源交易网⟧ <span>⟦m 泲水县公共资源交易中心⟧</span></div>
<div class="jy-nav">⟦m 首页⟧ ⟦m 工程建设⟧ ⟦m 政府采购⟧ ⟦m 产权交易⟧ ⟦m 信用信息⟧</div>
<div class="jy-pos">⟦m 当前位置：首页 » 政府采购 » 询价公告⟧</div>
<div class="jy-art">
<h3>{T}</h3>
<div class="jy-meta">⟦m 【信息时间：2024-09-10】【阅读次数：377】⟧</div>
<div class="jy-count">⟦m 距报价截止还剩：6天 20时 14分⟧</div>
<div class="jy-con">
{BODY}
</div>
<div class="jy-att">⟦a 报价文件格式下载（供应商登录后可见）⟧</div>
</div>
<div class="jy-foot">
<p>⟦m CA证书办理咨询：0734-7790888　交易系统技术支持：400-870-2216⟧</p>
<p>⟦m 主办单位：泲水县公共资源交易中心　湘ICP备18011052号⟧</p>
</div>
</body>
</html>
""",
        body="""
项目编号：JSCG-2024-0917
一、采购内容
包号　品名　规格　数量
1　三层蛋鸡笼　长1.2米×深0.6米　420组
2　两层矮鸡笼　长1米×深0.5米　260组
二、供应商资格要求：具有独立承担民事责任的能力，参加采购活动前三年内经营活动中没有重大违法记录。
三、报价截止时间：2024年9月17日10:00，逾期送达的报价文件不予受理。
四、联系方式
采购人：泲水县农业农村局，联系人：鲁建平，电话：0734-7731205
代理机构：嵕州恒信招标代理有限公司，联系人：谭蓉，电话：0734-7790316
泲水县农业农村局
2024年9月10日
""",
    ),
    dict(
        slug="songzhou-procurement-award-washstands-record",
        site="嵕州政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.szzfcg.gov.cn/cggg/zbgg/2024/0722/60113.html",
        title="崶岭县第一中学学生宿舍洗脸架采购项目中标结果公告",
        record_date="2024-07-22",
        date="2024-07-22",
        notes="title and date as the record gives them; bid result with purchaser and agency contacts; a related-notice link between paragraphs",
        page="""
!m 嵕州政府采购网 ＞ 采购公告 ＞ 中标（成交）结果公告
{T}
!m 发布时间：2024-07-22 16:45　来源：崶岭县政府采购中心
!a 〈 返回列表　　⎙ 打印
{BODY}
!l 上一篇：崶岭县人民医院病房家具采购项目更正公告
!m 嵕州市财政局主办　政府采购服务热线：0739-8802233
""",
        body="""
一、项目编号：FLZC-2024-063
二、项目名称：崶岭县第一中学学生宿舍洗脸架采购项目
三、中标信息
中标供应商：崿口卫浴有限公司
中标金额：人民币18.72万元
主要标的：不锈钢壁挂式洗脸架　720套　单价260元
⟦l 关联公告：崶岭县第一中学学生宿舍洗脸架采购项目公开招标公告⟧
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：崶岭县第一中学，联系人：戴文，电话：0745-3350127
采购代理机构：崶岭县政府采购中心，联系人：钟晓，电话：0745-3312208
崶岭县政府采购中心
2024年7月22日
""",
    ),
    dict(
        slug="qinping-lawfirm-case-coops-in-passage",
        site="嵚坪律师事务所 (invented, law firm)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.qinpinglaw.com/anli/xianglin/118.html",
        title="邻居在共用过道放鸡笼，能否要求拆除？",
        record_title="【邻里纠纷·判例】邻居在共用过道放鸡笼，能否要求拆除？— 嵚坪律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line and a 本文链接 block; a case note in 【案情】【审理】【律师说法】 parts; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【邻里纠纷·判例】邻居在共用过道放鸡笼，能否要求拆除？— 嵚坪律师事务所</title>
</head>
<body>
<div class="lf-top">⟦m 嵚坪律师事务所⟧ <span>⟦m 专注婚姻家事 · 相邻纠纷 · 合同争议⟧</span> <span>⟦w 全国咨询：400-630-8812⟧</span></div>
<div class="lf-nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业律师⟧ ⟦m 以案说法⟧ ⟦m 联系我们⟧</div>
<div class="lf-art">
<h1>{T}</h1>
<p class="lf-meta">⟦m 分类：相邻关系　作者：黎思远律师　阅读：582⟧</p>
<div class="lf-body">
{BODY}
</div>
<div class="lf-link">⟦m 本文链接：https://www.qinpinglaw.com/anli/xianglin/118.html⟧<br>⟦d 转载须注明出处，案例仅供参考，不构成法律意见⟧</div>
</div>
<div class="lf-card"><p>⟦m 黎思远　执业律师　执业证号 14312201710468227⟧</p><p>⟦w 微信同号：138 7461 2290⟧</p></div>
<div class="lf-float">⟦a 免费在线咨询⟧ ⟦a 预约面谈⟧</div>
<div class="lf-foot">⟦m 嵚坪律师事务所　地址：嵕州市嵚坪镇新街38号⟧ ⟦m 湘ICP备20024416号⟧</div>
</body>
</html>
""",
        body="""
【案情】村民甲与村民乙是前后院邻居，两家共用一条宽约1.5米的过道。乙在过道一侧摆放了四个鸡笼养鸡，甲多次要求搬走未果，遂诉至法院，请求判令乙拆除鸡笼并赔偿损失。
【审理】法院审理认为，该过道为两家共同通行使用，乙擅自摆放鸡笼，占用了近一半的通道宽度，且鸡粪污染影响甲正常通行和生活，构成对相邻关系的妨害。法院判决乙于判决生效后十日内搬离鸡笼、清理过道，驳回甲的其他诉讼请求。
【律师说法】《民法典》规定，不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。邻里之间遇到类似纠纷，建议先协商或请村委会调解，协商不成再诉讼。
""",
    ),
    dict(
        slug="yixi-ip-lawfirm-letter-fake-cloth-shoes",
        site="潩溪知产律师事务所 (invented, law firm)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.yixizhichan.com/fanli/lvshihan/31.html",
        title="关于停止销售仿冒“麰田老布鞋”商品的律师函",
        record_title="维权函样例丨关于停止销售仿冒“麰田老布鞋”商品的律师函 - 潩溪知产律师事务所",
        date="2024-10-30",
        notes="law firm as text: column prefix and site suffix; the letter's own 联系人/电话 beside the firm's consult line; 成文日期 under the signature",
        page="""
!m 潩溪知产律师事务所　｜　商标 · 专利 · 著作权
!m 首页 - 文书范例 - 律师函
!t 维权函样例丨关于停止销售仿冒“麰田老布鞋”商品的律师函
!m 编辑：知产部　浏览：341
{BODY}
!w 商标维权咨询（微信/电话）：159 7431 0086
!l 延伸阅读：商标侵权赔偿怎么计算？
!d 本页范例已隐去当事人信息，仅供参考
!m 潩溪知产律师事务所 版权所有　湘ICP备21008637号
""",
        body="""
嵕州市某商贸有限公司：
潩溪知产律师事务所接受麰田老布鞋有限公司（以下简称“委托人”）的委托，指派本所律师就贵司销售仿冒商品一事，致函如下：
委托人依法享有第31870265号“麰田老布鞋”注册商标专用权，核定使用商品为第25类鞋。经委托人调查，贵司在网店销售的多款手工布鞋，在鞋垫和包装盒上使用了“麰田老布鞋”字样，足以造成消费者混淆。
上述行为已涉嫌侵犯委托人的注册商标专用权。本所律师特函告贵司：自收到本函之日起五日内，停止销售上述布鞋，下架相关商品链接，并与本所联系商谈赔偿事宜。
逾期未处理的，委托人将依法追究贵司的法律责任。
联系人：符律师，电话：0743-4257790
潩溪知产律师事务所
2024年10月30日
""",
    ),
]
