"""holdout338, part D: 资料下载站, 人事考试网, 招投标网, 律所网站 and 社区网站 (HTML and text each).

Invented text, sites, places and people; written by hand, case by case.
"""

CASES = [
    dict(
        slug="download-jiazi-rules-peg-recovery-doc-gb2312",
        site="佳资下载站 (invented, old gb2312 file-info layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.jiazixz.com/soft/zhidu/20250302/14417.html",
        title="露营地地钉使用与回收操作规程",
        record_title="露营地地钉使用与回收操作规程.doc",
        date=None,
        notes="download station: file-info table with three download links, an unzip password, a dead-link "
        "report and a floating ghost-writer ad; file-name title; 第N条 articles; an update stamp is no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>露营地地钉使用与回收操作规程.doc - 佳资下载站</title>
<script type="text/javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center" border="0"><tr>
<td>⟦m 佳资下载站　www.jiazixz.com⟧</td>
<td align="right">⟦m 资料齐全 · 下载飞快 · 每日更新⟧</td>
</tr></table>
<table width="980" align="center" class="nav"><tr><td>⟦m 首页⟧　⟦m 方案资料⟧　⟦m 规章制度⟧　⟦m 表格模板⟧　⟦m 合同协议⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：佳资下载站 &gt;&gt; 规章制度 &gt;&gt; 景区营地⟧</td></tr></table>
<table width="980" align="center" border="1" cellpadding="4" class="info">
<tr><td colspan="2"><b>⟦t 露营地地钉使用与回收操作规程.doc⟧</b></td></tr>
<tr><td>⟦m 文件大小：46KB⟧</td><td>⟦m 更新时间：2025-03-02⟧</td></tr>
<tr><td>⟦m 资料语言：简体中文⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>
<tr><td>⟦m 下载次数：本周 38 次⟧</td><td>⟦l 资料评级：★★★☆☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td class="intro">
<p>⟦m 资料内容预览：⟧</p>
<p align="center">{T}</p>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr><td>
<a href="/d/14417/1">⟦a 本地下载⟧</a>　<a href="/d/14417/2">⟦a 电信线路下载⟧</a>　<a href="/d/14417/3">⟦a 联通线路下载⟧</a><br>
⟦a 压缩包解压密码：jiazixz⟧<br>
<a href="/report.asp?id=14417">⟦l 下载链接打不开？请点这里报告给管理员⟧</a>
</td></tr></table>
<div id="floatad" style="position:fixed;right:0;bottom:80px">⟦w 各类规程方案代写，微信 dx8866wen⟧</div>
<table width="980" align="center" class="foot"><tr><td align="center">
⟦d 本站资料收集自网络，仅供交流学习，版权归原作者所有。⟧<br>
⟦m Copyright 2009-2025 佳资下载站　浙ICP备10011863号⟧
</td></tr></table>
</body>
</html>
""",
        p_html="<p>　　{}</p>",
        body="""
第一条　为减少露营活动对草地的破坏，规范营地帐篷钉的发放、使用和回收，结合本营地实际，制定本规程。
第二条　营地统一配备长度18厘米的铝合金Y型钉和长度25厘米的钢制螺旋钉两种，钢制螺旋钉仅限砂石营位使用。
第三条　游客入营时，服务台按营位类型发放地钉，登记数量并由游客签字确认。
第四条　敲钉时应垂直或略向帐篷外侧倾斜打入，不得用石块猛砸，打弯的地钉应交回服务台更换。
第五条　收营时游客应将地钉全部拔出、擦净泥土后交回，服务台核对数量无误后退还押金。
第六条　每日闭营后，管护员持金属探测器对当日使用的营位逐一扫查，发现遗留地钉立即拔除并登记。
第七条　本规程由营地运营部负责解释。
""",
    ),
    dict(
        slug="download-lvye-instruction-hooks-decimal-headings",
        site="绿叶资料下载站 (invented)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="text",
        source="https://www.lvyezl.net/sgzl/zydzs/2031.html",
        title="阳台吊兰钩安装作业指导书",
        record_title="阳台吊兰钩安装作业指导书（Word版可改）免费下载 - 绿叶资料下载站",
        date=None,
        notes="download-station text: decimal headings 1 / 1.1 … 4.2; an update stamp (前天) is no date; "
        "download links and a disclaimer above the preview",
        page="""
!m 绿叶资料下载站 — 方案·规程·表格一站下
!m 当前：首页 > 施工资料 > 作业指导书
!t 阳台吊兰钩安装作业指导书（Word版可改）免费下载
!m 资料类别：施工方案　文件格式：doc　大小：38K　更新：前天
!a ↓ 下载地址一：本地高速　↓ 下载地址二：网盘
!d 本站资料收集自网络，仅供学习研究，如侵犯您的权益请来函，我们核实后删除。
{T}
{BODY}
!l 下载说明：如遇下载失败请更换地址，或点击“报错”
!l 相关资料：外墙空调支架安装作业指导书｜阳台晾衣架安装技术交底
""",
        body="""
1 适用范围
1.1 本指导书适用于丙湖区老旧小区改造项目中住户阳台吊兰钩和吊挂花架的安装。
2 材料要求
2.1 吊兰钩采用304不锈钢材质，钩杆直径不小于5毫米，每个钩子标称承重不低于15公斤。
2.2 膨胀螺栓规格为M6×60，不得使用塑料膨胀管。
3 安装步骤
3.1 用探测仪确认楼板内无电线、水管后定位打孔，孔深55毫米。
3.2 清除孔内粉尘后打入膨胀螺栓，拧入吊兰钩至螺纹全部没入。
3.3 安装完成后用拉力计做10公斤拉拔试验，保持1分钟无松动为合格。
4 注意事项
4.1 预制空心板的空心部位不得安装。
4.2 每户阳台吊挂总重不宜超过30公斤。
""",
    ),
    dict(
        slug="exam-haiyang-rescue-skill-test-crampons-ticket",
        site="亥阳人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.hyrsks.cn/ksgg/sydw/202411/t20241129_4410.html",
        title="庚溪县2025年冬季应急救援队员招聘技能测试公告",
        record_title="〖招录公告〗庚溪县2025年冬季应急救援队员招聘技能测试公告 - 亥阳人事考试网",
        date="2024-11-28",
        date_also=["2024-11-29"],
        notes="exam site with a maintenance banner and ticket/score floats; a test table one row a paragraph; "
        "下载并打印准考证 as content; the bureau's 咨询电话 beside the site's technical line; page date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖招录公告〗庚溪县2025年冬季应急救援队员招聘技能测试公告 - 亥阳人事考试网</title>
<script src="/js/float-entry.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统每周日0:00—6:00例行维护，其间暂停报名与证件打印⟧</div>
<div class="header">⟦m 亥阳人事考试网⟧ <span>⟦m 亥阳市人事考试中心⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 报名入口⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 &gt; 考试公告 &gt; 事业单位⟧</div>
<div class="detail">
<h2>{T}</h2>
<p class="src">⟦m 发布日期：2024-11-29　来源：庚溪县应急管理局⟧</p>
{BODY}
</div>
<div class="float-r"><a>⟦a 准考证打印通道⟧</a><a>⟦a 成绩查询通道⟧</a></div>
<div class="footer">
<p>⟦m 亥阳市人事考试中心 主办　鄂ICP备10031177号⟧</p>
<p>⟦w 网站技术支持：0716-8210066（不受理政策咨询）⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
庚溪县2025年冬季应急救援队员招聘资格审查已结束，现将技能测试有关事项公告如下：
一、测试时间和地点：12月6日8:30起，在庚溪县庚岭冰瀑景区训练场进行。
二、测试项目：
项目　内容　合格标准
冰面行走　穿冰爪通过30米冰坡　不跌倒、不踩空
负重上坡　负重15公斤登山800米　不超过12分钟
绳结操作　完成3种救援绳结　全部正确
三、考生须自备十齿以上冰爪一副、登山鞋一双，冰爪现场检查不合格的不得参加冰面行走项目。
四、请考生于12月3日至5日登录本网站下载并打印准考证，凭准考证和身份证参加测试。
咨询电话：0716-5323119（县应急管理局政工股）。
庚溪县应急管理局
2024年11月28日
""",
    ),
    dict(
        slug="exam-wuling-practical-test-insect-lamp",
        site="戊岭县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.wuling.gov.cn/kwtz/20250220/0517.html",
        title="戊岭县植保服务站2025年招聘植保员实操考核须知",
        record_title="【技能实操】戊岭县植保服务站2025年招聘植保员实操考核须知",
        date="2025-02-20",
        notes="exam site text: a practical test of installing an insect-trap lamp; 扫描准考证二维码 as content; the "
        "exam affairs line beside the site's maintenance line",
        page="""
!m 戊岭县人事考试信息网
!m 首页 → 考务通知 → 事业单位招聘
!t 【技能实操】戊岭县植保服务站2025年招聘植保员实操考核须知
!m 时间：2025-02-20　阅读：2087
{BODY}
!a 附件下载请使用电脑端浏览器
!w 网站运维：0716-6120233（仅处理网站访问问题）
!m 戊岭县人事考试中心 主办
""",
        indent="\u3000\u3000",
        body="""
参加戊岭县植保服务站2025年公开招聘植保员实操考核的考生请注意：
一、考核时间为2月26日上午9时，地点为县农业技术推广中心试验基地，考生须提前30分钟到场抽签。
二、考核内容为太阳能捕虫灯的安装与调试。考生须在40分钟内完成立杆、灯具固定、太阳能板朝向调整、光控和时控设置，并说明接虫袋的更换方法。
三、考核由3名考官按操作规范、完成时间和安全意识现场评分，满分100分，60分以下不得进入体检环节。
四、考场提供工具和灯具，考生不得自带工具，须穿平底鞋，不得佩戴首饰。
五、请考生扫描准考证上的二维码完成到场签到。
考务咨询：0716-6128833。
戊岭县人力资源和社会保障局
2025年2月20日
""",
    ),
    dict(
        slug="tender-haiyang-insect-lamps-lots-countdown",
        site="亥阳市公共资源交易平台 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.haiyang.gov.cn/jyxx/zfcg/zbgg/20250210/8817265.html",
        title="戊岭县2025年农作物病虫害绿色防控捕虫灯采购项目招标公告",
        record_title="〔招标公告〕戊岭县2025年农作物病虫害绿色防控捕虫灯采购项目招标公告 - 亥阳市公共资源交易平台",
        date="2025-02-10",
        notes="tender portal: a countdown, bid/collect buttons, CA and trading-system lines beside the purchaser's "
        "and agency's own contacts; a lots table; CA证书下载 as content; the deadline date in the body is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔招标公告〕戊岭县2025年农作物病虫害绿色防控捕虫灯采购项目招标公告 - 亥阳市公共资源交易平台</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="top">⟦m 亥阳市公共资源交易平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 交易信息⟧</li><li>⟦m 服务指南⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="loc">⟦m 首页 &gt; 交易信息 &gt; 政府采购 &gt; 招标公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="meta">⟦m 发布时间：2025-02-10 16:05　来源：采购代理机构⟧</p>
<div class="cd">⟦a 距投标截止还剩：21天16时⟧</div>
<div class="btns"><a>⟦a 我要投标⟧</a> <a>⟦a 收藏项目⟧</a></div>
{BODY}
</div>
<div class="service">
<p>⟦w CA证书办理：0716-8200110⟧</p>
<p>⟦w 交易系统技术支持：400-018-6636⟧</p>
</div>
<div class="foot">⟦m 亥阳市公共资源交易中心　鄂ICP备09002267号⟧</div>
</body>
</html>
""",
        body="""
项目编号：WLCG-2025-0107
一、项目名称：戊岭县2025年农作物病虫害绿色防控捕虫灯采购项目
二、采购需求：
包号　货物名称　数量　最高限价（万元）
1　太阳能捕虫灯　620盏　105.4
2　风吸式捕虫灯　80盏　19.2
三、投标人资格：具有独立法人资格，所投产品须提供有效的检验报告。
四、获取招标文件：2月11日至2月17日，登录交易平台使用CA数字证书免费下载。
五、投标截止时间：2025年3月4日9时30分。
六、联系方式：
采购人：戊岭县农业农村局，联系人：覃凤，电话：0716-6125507
代理机构：亥阳恒信招标代理有限公司，联系人：包静怡，电话：0716-8207716
2025年2月10日
""",
    ),
    dict(
        slug="tender-gengxi-result-tent-pegs-record",
        site="庚溪县政府采购网 (invented)",
        style="招投标网",
        genre="成交公告",
        kind="notice",
        form="text",
        source="http://zfcg.gengxi.gov.cn/cjgg/20250530/3316.html",
        title="庚溪县戌峰草甸露营地地钉及回收设施采购项目成交结果公告",
        record_date="2025-05-30",
        date="2025-05-30",
        notes="bid result, record title and date as is; a result table; purchaser and agency contacts beside the site's "
        "operation and CA lines; the agency's date under the text",
        page="""
!m 庚溪县政府采购网
!m 首页 / 采购公告 / 成交公告
{T}
!m 发布时间：2025-05-30　浏览次数：226
!a 打印　｜　关闭
{BODY}
!w 系统操作咨询：0716-5321000　CA锁办理：0716-5321122
!m 庚溪县财政局主办　技术支持：亥阳数联科技
""",
        body="""
一、项目编号：GXCG-2025-0318
二、项目名称：庚溪县戌峰草甸露营地地钉及回收设施采购项目
三、成交信息：
包号　成交供应商　成交金额（元）
1　亥阳野趣户外用品有限公司　86400
2　庚溪县金石五金经营部　23750
四、主要成交标的：铝合金帐篷钉12000根，地钉回收桶150个，手持金属探测器10台。
五、公告期限：自本公告发布之日起1个工作日。
六、采购人：庚溪县文化广电和旅游局，联系人：邵可欣，电话：0716-5328017。
采购代理机构：庚溪县政府采购中心，联系人：柏宁，电话：0716-5321408。
庚溪县政府采购中心
2025年5月30日
""",
    ),
    dict(
        slug="lawfirm-rencheng-case-falling-hook-pot",
        site="壬诚律师事务所 (invented law firm)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.renchenglaw.cn/case/1127.html",
        title="阳台吊兰钩脱落砸伤邻居，谁来担责？",
        record_title="【律师讲案】阳台吊兰钩脱落砸伤邻居，谁来担责？｜壬诚律师事务所",
        date="2025-05-19",
        notes="law firm: lawyer card with a mobile, consult float and 400 line, a 本文链接 block and repost notice; "
        "a case note with bracketed headings; the byline's 发布时间 is the page's date (a year in the facts is not)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【律师讲案】阳台吊兰钩脱落砸伤邻居，谁来担责？｜壬诚律师事务所</title>
<script src="/static/js/consult-float.js"></script>
</head>
<body>
<header>⟦m 壬诚律师事务所⟧ <span>⟦m 专注民事侵权与物业纠纷⟧</span></header>
<nav>⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 律师团队⟧ ⟦m 以案释法⟧ ⟦m 联系我们⟧</nav>
<div class="bread">⟦m 首页 › 以案释法 › 侵权责任⟧</div>
<main>
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2025-05-19　作者：冷子墨律师　浏览：2093⟧</p>
{BODY}
<div class="link">⟦m 本文链接：https://www.renchenglaw.cn/case/1127.html⟧<br>⟦d 转载请保留本文链接及作者信息⟧</div>
<div class="rel">⟦l 相关案例：空调外机坠落砸车，物业要担责吗？⟧</div>
</main>
<aside class="card">
<p>⟦m 冷子墨　执业证号 14201201910326857⟧</p>
<p>⟦w 手机 139 7160 2233（微信同号）⟧</p>
</aside>
<div class="float"><a>⟦a 免费咨询律师⟧</a><p>⟦w 全国咨询热线 400-860-1253⟧</p></div>
<footer>⟦m 壬诚律师事务所　地址：亥阳市丙湖区中山路208号　鄂ICP备19020731号⟧</footer>
</body>
</html>
""",
        body="""
【基本案情】2024年夏天，丙湖区某小区居民刘某在阳台顶部用自攻螺丝安装了一个吊兰钩，挂上一盆吊兰。一场大风过后，吊兰钩连同花盆坠落，砸中楼下经过的邻居孙某的肩膀，孙某花去医疗费1.2万元。
【争议焦点】刘某认为，事发是因为大风，属于意外，自己不应承担责任。
【律师分析】根据民法典第一千二百五十三条，建筑物上的搁置物、悬挂物发生脱落、坠落造成他人损害，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。本案中，刘某把吊兰钩拧在阳台扣板上，没有固定在楼板，安装明显不牢固，大风只是诱因，刘某难以证明自己没有过错。
【法院判决】法院判令刘某赔偿孙某医疗费、误工费等共计1.9万元。
【律师提醒】阳台吊挂物一定要固定牢靠，必要时请专业人员安装。
""",
    ),
    dict(
        slug="lawfirm-xuheng-answer-stool-latch-injury",
        site="戌衡律师事务所 (invented law firm)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.xuhenglaw.com/jd/xfwq/0612.html",
        title="钓鱼凳锁扣滑脱摔伤，能找商家赔偿吗？",
        record_title="律所问答 · 钓鱼凳锁扣滑脱摔伤，能找商家赔偿吗？ - 戌衡律师事务所",
        date=None,
        notes="law firm's answer text: a question and its answer, the firm's consult line and a disclaimer below; "
        "no date",
        page="""
!m 戌衡律师事务所 · 在线法律服务
!m 首页 > 律师解答 > 消费维权
!t 律所问答 · 钓鱼凳锁扣滑脱摔伤，能找商家赔偿吗？
!m 解答律师：汤若愚　执业年限：11年
{BODY}
!w 咨询律师请拨 0716-8316688（工作日9:00-17:30）
!d 以上解答仅供参考，具体案件请携带材料到所面谈
!l 相关问答：网购折叠椅坐塌了怎么维权？｜户外用品过了质保期还能索赔吗？
""",
        body="""
问：上个月我在网上买了一张四腿可调钓鱼凳，在水库边钓鱼时，一条调节腿的锁扣突然滑脱，我连人带凳子摔倒，手腕骨折。商家说是我自己没锁紧，不肯赔，我该怎么办？
答：您可以要求商家和生产厂家承担赔偿责任。
第一，根据产品质量法和民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向生产者请求赔偿，也可以向销售者请求赔偿。
第二，关键是证明产品有缺陷。建议您保留好钓鱼凳原物、购买记录和商品页面截图，必要时申请对锁扣做质量鉴定。
第三，医疗费发票、病历和误工证明也要留存好，作为索赔依据。
协商不成的，可以向当地市场监管部门投诉，或者直接向法院起诉。
""",
    ),
    dict(
        slug="community-haiqiao-notice-balcony-hooks-check",
        site="亥桥社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.haiqiaosq.cn/gg/2025/0424/219.html",
        title="关于开展阳台吊挂物安全排查的通知",
        record_title="【楼宇安全】关于开展阳台吊挂物安全排查的通知 - 亥桥社区",
        date="2025-04-24",
        notes="residents' site: weather line, grid member's box with a mobile, property duty line beside the "
        "community's own 咨询电话; 扫描二维码登记 as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【楼宇安全】关于开展阳台吊挂物安全排查的通知 - 亥桥社区</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="top">⟦m 亥桥社区服务网⟧ <span class="weather">⟦m 丙湖区　小雨　14~19℃⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 办事指南⟧</li><li>⟦m 邻里活动⟧</li></ul>
<div class="pos">⟦m 首页 &gt; 社区公告⟧</div>
<div class="main">
<h2>{T}</h2>
<p class="meta">⟦m 发布：社区居委会　2025-04-24　阅读 358⟧</p>
{BODY}
</div>
<div class="side">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦w 倪晓芸 180 7162 3305⟧</p></div>
<p>⟦w 物业24小时值班：0716-8356100⟧</p>
<p>⟦l 社区活动：周六上午老年人智能手机课⟧</p>
</div>
<div class="foot">⟦m 丙湖区亥桥街道亥桥社区居委会　地址：亥桥路55号⟧</div>
</body>
</html>
""",
        body="""
各位居民：
4月20日，辖区一居民楼发生阳台吊兰连盆坠落事件，虽未伤人，但教训深刻。为消除高空坠物隐患，社区将联合物业公司开展阳台吊挂物安全排查，现将有关事项通知如下：
一、排查时间：4月26日至5月10日，每天9:00至17:00，网格员和物业维修人员分楼栋入户。
二、排查内容：吊兰钩、晾衣架、花架是否固定在楼板上，钩子有无锈蚀、松动，花盆是否超重。
三、对固定不牢的吊兰钩，物业维修人员免费帮助重新安装，材料费由社区承担。
四、不方便入户排查的居民，请扫描楼道公告栏上的二维码登记预约时间。
社区咨询电话：0716-8356021。
亥桥社区居民委员会
2025年4月24日
""",
    ),
    dict(
        slug="community-gengyuan-pledge-courtyard-insect-lamps",
        site="庚园社区 · 邻里家园 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gengyuan.binghu-sq.cn/tzcy/0619.html",
        title="关于规范使用庭院捕虫灯的倡议",
        record_title="关于规范使用庭院捕虫灯的倡议 - 庚园社区",
        date="2025-06-18",
        date_also=["2025-06-19"],
        notes="residents' site text: a share/print row, the service station's and property repair lines; the "
        "posting line a day after the signature date (in Chinese numerals)",
        page="""
!m 庚园社区 · 邻里家园
!m 首页 ＞ 通知倡议
{T}
!m 发布者：庚园社区居委会　发布于 2025-06-19
!a 分享给邻居 ｜ 打印
{BODY}
!w 社区服务站：0716-8341107　物业报修：0716-8341900
!l 近期活动：“清凉一夏”纳凉晚会报名中
!m 庚园社区居委会 版权所有
""",
        indent="\u3000\u3000",
        body="""
各位居民朋友：
入夏以来，不少居民在楼道、庭院里安装了电击式捕虫灯。捕虫灯确实能减少蚊虫，但社区在走访中也收到了一些反映：有的灯整夜噼啪作响，影响邻居休息；有的挂在楼道电表箱旁边，私拉电线，存在火灾隐患；还有的灯光直射邻居窗户。为此，社区居委会向大家倡议：
一、楼道、电表箱周边不安装捕虫灯，不私拉电线。
二、庭院里的捕虫灯晚上十一点后关闭，或者设定定时开关。
三、安装位置避开邻居门窗，灯管朝向自家院内。
四、清理电网时先拔插头，灯具损坏及时更换。
邻里之间多一分体谅，夏夜就多一分安宁。
庚园社区居民委员会
二〇二五年六月十八日
""",
    ),
]
