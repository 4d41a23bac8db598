"""holdout374, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.
Invented text (see ../README.md and ../build.py for the markup)."""

CASES = [
    dict(
        slug="localforum-hanxi-school-gate-barrier-jammer",
        site="邯溪在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.hanxizaixian.com/thread-1180462-1-1.html",
        title="实验小学门口的隔离墩被撞歪半个月了",
        record_title="【民生吐槽】实验小学门口的隔离墩被撞歪半个月了（附现场图三张）- 街巷话短长 - 邯溪在线",
        date=None,
        notes="county forum: weather line, medals, jammer fonts as lines and glued after sentences, a decoration ad "
        "with a QQ between posts, a forward-to-department link and an official-reply row; relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>【民生吐槽】实验小学门口的隔离墩被撞歪半个月了（附现场图三张）- 街巷话短长 - 邯溪在线</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div class="hx-bar">⟦m 邯溪在线 · 邯溪人自己的网上家园⟧　⟦m 邯溪 今天 多云转晴 19~28℃⟧　<a>⟦a 快速登录⟧</a></div>
<div class="hx-path">⟦m 邯溪在线 » 民生百事 » 街巷话短长⟧</div>
<div class="thread">
<div class="poster">⟦m 溪边的石头⟧<br>⟦m 勋章：热心网友 · 随手拍达人⟧<br>⟦m 积分 5230　在线 1288 小时⟧</div>
<div class="postbody">
<h1>{T}</h1>
<div class="posttime">⟦m 发表于 6 天前 ｜ 只看楼主 ｜ 电梯直达⟧</div>
{BODY}
<div class="forward">⟦a 【一键转交县交通运输局】已转交，等待回复⟧</div>
</div>
</div>
<div class="ad-row">⟦w 邯溪装修找老唐，全包半包都能做，QQ：2908716534⟧</div>
<div class="reply">⟦l 2楼 ｜ 老街坊：早上送娃看到了，车都绕着走⟧</div>
<div class="reply">⟦l 3楼 ｜ 【官方回复】县公路中心：已安排维修班组，本周内处理⟧</div>
<div class="reply-box">⟦a 发帖请遵守《邯溪在线社区公约》，登录后方可回复⟧</div>
<div class="foot">⟦m 邯溪在线 hanxizaixian.com　客服电话 0731-6266018⟧</div>
</body>
</html>
""",
        junk=dict(lines=1, glued=2),
        body="""
实验小学东门口靠近人行横道的那排隔离墩，半个月前被一辆货车撞了，三个墩子歪在路中间，其中一个已经裂开，里面的钢筋都露出来了。
每天早上七点多送孩子的人最多，电动车、汽车都得绕开这几个墩子走，本来就窄的路更挤了。前天早上还看到一个小朋友差点被电动车剐到，家长吓得脸都白了。
我打过一次热线，说是已经登记了。可是到现在还是老样子，连个警示锥都没放。晚上路灯又暗，裂开的那个墩子黑乎乎的，很容易撞上。
希望有关部门尽快来修一下，至少先放几个反光锥提醒一下。孩子们上学的路，真的经不起拖。
""",
    ),
    dict(
        slug="localforum-lukou-square-swingcar-rental-subject",
        site="陆口人家论坛 (invented town forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.lukourenjia.com/forum.php?mod=viewthread&tid=84217",
        title="陆口镇文化广场的扭扭车出租摊该管管了",
        record_title=None,
        date=None,
        notes="town forum text page: no title in the record (the thread subject holds it); junk lines and junk glued "
        "after sentences; a medal row and replies; relative times only",
        page="""
!m 陆口人家 —— 咱陆口人的网上客厅
!m 首页 > 陆口杂谈 > 街谈巷议
{T}
!m 楼主：广场舞领队阿芬　｜　勋章：老陆口 · 活跃分子　｜　发表于 昨天 20:34
{BODY}
!l 回复 ｜ 支持(58) ｜ 反对(4)
!l 沙发 陆口老表：同意，上周我家孩子也被撞了一下
!l 板凳 摊主家亲戚：人家也是小本生意，体谅一下
!a 回复本帖需先实名认证，认证后可获 10 人家币
!m 陆口人家论坛　客服QQ群：613302587
""",
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=2),
        body="""
这段时间每天晚上去文化广场，发现扭扭车出租摊越来越多，从原来的两家变成了五家，一共摆了六七十辆车，十块钱骑半小时。
车多了，问题也来了。广场中间本来是跳舞和散步的地方，现在到处是骑扭扭车的小孩，横冲直撞。有的车轮子都磨平了，有的座板裂着口子，摊主也不管，照样往外租。
前天晚上，一个三四岁的孩子骑着车从台阶上冲下去，连人带车翻倒，下巴磕破了流了不少血。摊主只说了一句“大人要看好”，就再没露面。
我觉得出租扭扭车不是不可以，但应该划个专门的区域，车子也要定期检查。希望镇里能管一管，别等出了大事才后悔。
""",
    ),
    dict(
        slug="download-diangongbaoku-rules-electroscope-gb2312",
        site="电工宝库下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.diangongbaoku.com/soft/zhidu/12769.html",
        title="配电室验电器使用与保管制度",
        record_title="配电室验电器使用与保管制度（docx可编辑）免积分直下_电工宝库下载站",
        date=None,
        notes="old download-station layout: file-info table, three mirror links, an unzip password, a dead-link report, "
        "a floating ad; 第N条 articles; no date (only the site's update stamp)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>配电室验电器使用与保管制度（docx可编辑）免积分直下_电工宝库下载站</title>
<link rel="stylesheet" href="/skin/dgbk/main.css" type="text/css">
<script type="text/javascript" src="/js/dgbk.js"></script>
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td>⟦m 电工宝库下载站：电工资料一站下齐⟧</td><td align="right"><a>⟦a 设为主页⟧</a>　<a>⟦a 收藏电工宝库⟧</a></td></tr>
<tr><td colspan="2"><a>⟦m 首页⟧</a>　<a>⟦m 规章制度⟧</a>　<a>⟦m 图纸图集⟧</a>　<a>⟦m 考试题库⟧</a>　<a>⟦m 电工软件⟧</a></td></tr>
<tr><td colspan="2">⟦m 当前位置：电工宝库 → 规章制度 → 安全制度⟧</td></tr>
</table>
<table width="980" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#C8D8E8">
<tr><td width="120">⟦m 资料名称：⟧</td><td>{T}</td></tr>
<tr><td>⟦m 资料大小：⟧</td><td>⟦m 24.3 KB⟧</td></tr>
<tr><td>⟦m 资料格式：⟧</td><td>⟦m .docx（压缩包）⟧</td></tr>
<tr><td>⟦m 入库日期：⟧</td><td>⟦m 2025-06-02 11:47⟧</td></tr>
<tr><td>⟦m 累计被下：⟧</td><td>⟦m 本月 316 次⟧</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="8" cellspacing="0">
<tr><td class="jianjie">
<p>⟦m 【资料简介】⟧</p>
{BODY}
</td></tr>
<tr><td>
<p>⟦a ↓ 电信线路下载⟧　⟦a ↓ 联通线路下载⟧　⟦a ↓ 备用网盘下载⟧</p>
<p>⟦m 解压密码：www.diangongbaoku.com⟧</p>
<p>⟦a 链接失效？点此报告坏链，管理员24小时内修复⟧</p>
</td></tr>
</table>
<div id="piaofu" style="position:absolute;left:4px;top:300px">⟦w 电工证培训报名咨询：0731-6281977⟧</div>
<table width="980" border="0" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集整理，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m 电工宝库 Copyright 2006-2025　豫ICP备09017752号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为加强配电室验电器的使用和保管，确保停电作业时正确验电，防止触电事故发生，制定本制度。
第二条　配电室应按电压等级配齐高压、低压验电器，高压验电器的额定电压必须与被测设备电压等级相符。
第三条　验电器应存放在干燥、通风的专用工具柜内，不得与其他工具混放，防止受潮、碰撞和挤压。
第四条　每次使用前，应检查验电器外观是否完好，并在有电设备上试验，确认声光信号正常后方可使用。
第五条　高压验电时，操作人员必须戴绝缘手套，手握部位不得超过护环，并应有专人监护。
第六条　验电器每六个月进行一次预防性试验，试验合格后贴合格证；不合格或超期的，严禁使用。
第七条　验电器损坏、丢失的，应立即报告配电室负责人，并登记在工器具台账中。
第八条　本制度自印发之日起执行。
""",
    ),
    dict(
        slug="download-qipei-instruction-glovebox-doc",
        site="汽配文档下载 (invented)",
        style="资料下载站",
        genre="作业指导书",
        kind="rule",
        form="text",
        source="https://www.qipeiwendang.com/down/zhiliang/30518.html",
        title="手套箱总成装配检验作业指导书",
        record_title="手套箱总成装配检验作业指导书.doc",
        date=None,
        notes="download-station text page: file-name record title; file info; decimal headings 1–4.2; downloading and "
        "unzipping prompts; no date (an update stamp only)",
        page="""
!m 汽配文档下载｜汽车零部件技术资料库
!m 首页 → 质量管理 → 作业指导书
!t 手套箱总成装配检验作业指导书.doc
!m 大小：58KB　　格式：Word　　更新：3 周前　　下载：742
!a ⬇ 本地高速下载　　⬇ 百度网盘下载（提取码 qp7k）
{BODY}
!a 资料为压缩包，下载后请用解压软件打开，解压码见压缩包注释
!a 下载遇到问题？点此反馈
!l 同类资料：仪表板总成检验规范 ｜ 门内饰板装配作业指导书
!d 声明：本站资料来源于网络，版权归原作者，如有侵犯请联系删除。
!m 汽配文档下载 qipeiwendang.com
""",
        body="""
1 目的
规范手套箱总成装配后的检验方法，确保开启力、关闭间隙和异响等指标符合要求。
2 适用范围
本指导书适用于总装车间仪表板分装线手套箱总成的终检工序。
3 检验内容和方法
3.1 外观检查：箱盖表面无划伤、缩痕和色差，与仪表板之间的间隙均匀，目视无明显高低差。
3.2 开启力检测：用推拉力计测量按钮开启力，应在15至25牛之间，每班首件和每隔两小时各测一次。
3.3 关闭检查：连续开关箱盖3次，锁舌每次均应可靠锁止，箱盖无回弹、无自开。
3.4 异响检查：在箱内放置500克标准砝码，敲击箱盖四角，应无明显异响。
4 不合格处理
4.1 检验不合格的，挂红色不合格标签，放入隔离区，并填写不合格品记录。
4.2 同一问题连续出现3次的，应立即通知班组长和质量工程师停线分析。
""",
    ),
    dict(
        slug="examsite-zhiyang-notice-electrician-skill-test",
        site="祉阳人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zyrsks.cn/ksap/sydw/202506/t20250605_4421.html",
        title="关于2025年祉阳市事业单位公开招聘电工岗位技能测试有关事项的通知",
        record_title="〔实操测试·考务〕关于2025年祉阳市事业单位公开招聘电工岗位技能测试有关事项的通知_祉阳人事考试网",
        date="2025-06-05",
        notes="exam site: maintenance banner, admission-ticket float; a timetable one row a paragraph; downloading and "
        "printing the admission ticket as content; the exam centre's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔实操测试·考务〕关于2025年祉阳市事业单位公开招聘电工岗位技能测试有关事项的通知_祉阳人事考试网</title>
<link rel="stylesheet" href="/style/rsks2025.css">
</head>
<body>
<div class="notice-bar">⟦d 系统维护公告：6月8日0:00—6:00报名系统暂停服务，敬请谅解⟧</div>
<div class="ks-head">⟦m 祉阳人事考试网⟧　⟦m 祉阳市人事考试院主办⟧</div>
<div class="ks-nav"><a>⟦m 首页⟧</a> <a>⟦m 考试安排⟧</a> <a>⟦m 网上报名⟧</a> <a>⟦m 成绩查询⟧</a> <a>⟦m 证书办理⟧</a></div>
<div class="ks-pos">⟦m 您现在的位置：首页 ＞ 考试安排 ＞ 事业单位招聘⟧</div>
<div class="ks-art">
<h2>{T}</h2>
<div class="ks-time">⟦m 发布时间：2025-06-05　信息来源：考务科⟧</div>
{BODY}
</div>
<div class="ks-float">⟦a 准考证打印入口 ▶⟧</div>
<div class="ks-foot">⟦m 网站技术支持电话：0731-8851020（仅限系统问题）⟧<br>⟦m 祉阳市人事考试院　湘ICP备08004417号⟧</div>
</body>
</html>
""",
        body="""
各位考生：
2025年祉阳市事业单位公开招聘电工岗位笔试已经结束，现将技能测试有关事项通知如下。
一、测试时间和地点。技能测试于6月21日在邯溪职业技术学院电工实训中心举行，具体安排如下：
时间　测试岗位　考生人数
6月21日上午8:30　低压电工岗　36
6月21日下午2:30　高压电工岗　18
二、准考证打印。请考生于6月16日至20日登录本网站，下载并打印技能测试准考证。
三、测试内容。主要包括停电验电、挂接地线、照明电路安装等实操项目。考生须按规程使用验电器验电，未验电或验电方法错误的，该项目不得分。
四、注意事项。考生须携带准考证和有效身份证件，穿绝缘鞋、长袖工作服参加测试；测试所需工具由考点统一提供。
考务咨询电话：0731-8851376（工作日8:30—17:30）。
祉阳市人事考试院
2025年6月5日
""",
    ),
    dict(
        slug="examsite-sheling-announcement-music-teacher-test",
        site="佘岭县人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.sheling.gov.cn/gg/20250712/332.html",
        title="佘岭县2025年公开招聘中小学音乐教师专业技能测试公告",
        date="2025-07-12",
        notes="record title as is; exam-site text page; the candidates' items list; a maintenance notice and a QQ-group "
        "line; 成文日期 under the signature",
        page="""
!m 佘岭县人事考试信息网
!d 温馨提示：本站不举办任何考试培训，谨防上当受骗
!m 首页　>　公告公示　>　教师招聘
{T}
!m 发布者：县人社局考试股　　发布：2025-07-12　　阅读：1583
{BODY}
!a 〖打印公告〗　〖返回列表〗
!l 相关公告：佘岭县2025年公开招聘中小学教师笔试成绩公示
!w 备考交流QQ群：702214836（非官方，仅供考生互助）
!m 主办：佘岭县人力资源和社会保障局　　地址：城关镇文昌路25号
""",
        body="""
根据《佘岭县2025年公开招聘中小学教师公告》，现将音乐教师岗位专业技能测试有关事项公告如下。
一、测试对象。笔试成绩进入专业技能测试范围的音乐教师岗位考生，共27人，名单见本网站前期公示。
二、测试时间地点。7月19日上午8:00，在佘岭县第一中学艺术楼报到，8:30开始测试。
三、测试内容。测试分三项：
1. 自选歌曲演唱，时间不超过3分钟；
2. 钢琴即兴伴奏，现场抽题；
3. 打击乐节奏视奏，考生用三角铁、小军鼓或木鱼演奏现场抽取的节奏谱，乐器由考点提供。
四、成绩计算。专业技能测试满分100分，不足60分的不得进入体检。
五、其他事项。考生凭准考证和身份证参加测试，迟到15分钟以上的取消测试资格。
佘岭县人力资源和社会保障局
佘岭县教育体育局
2025年7月12日
""",
    ),
    dict(
        slug="tender-hanxi-bid-result-barrier-lots",
        site="邯溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="html",
        source="https://ggzy.hanxi.gov.cn/jyxx/zfcg/zbgg/20250620/f31c08.html",
        title="邯溪县城区道路隔离墩采购项目中标结果公告",
        record_title="【结果公示·交通设施】邯溪县城区道路隔离墩采购项目中标结果公告 - 中标成交 - 邯溪县公共资源交易中心",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="tender portal: publicity countdown, CA and trading-system lines beside the purchaser's and agency's "
        "contacts; bid lots one row a paragraph; the record gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【结果公示·交通设施】邯溪县城区道路隔离墩采购项目中标结果公告 - 中标成交 - 邯溪县公共资源交易中心</title>
<link rel="stylesheet" href="/static/jy/css/detail.css">
<script src="/static/jy/js/countdown.js"></script>
</head>
<body>
<div class="jy-top">⟦m 邯溪县公共资源交易中心⟧　<a>⟦a 主体登录⟧</a>　<a>⟦a 数字证书(CA)办理⟧</a></div>
<div class="jy-nav"><a>⟦m 首页⟧</a> <a>⟦m 工程建设⟧</a> <a>⟦m 政府采购⟧</a> <a>⟦m 产权交易⟧</a> <a>⟦m 信用信息⟧</a></div>
<div class="jy-pos">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 中标（成交）公告⟧</div>
<div class="jy-detail">
<h3>{T}</h3>
<div class="jy-info">⟦m 信息时间：2025-06-20　项目编号：HXCG-2025-0419　阅读次数：302⟧</div>
<div class="jy-count">⟦m 公示期剩余：00天 14时 22分⟧</div>
{BODY}
</div>
<div class="jy-help">⟦m CA证书服务热线：400-816-7720⟧　⟦m 交易系统技术支持：0731-6262006⟧</div>
<div class="jy-foot">⟦m 主办单位：邯溪县公共资源交易中心　湘ICP备16009913号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：HXCG-2025-0419
二、项目名称：邯溪县城区道路隔离墩采购项目
三、中标信息
包号　品目　中标供应商　中标金额（元）
1　橡胶隔离墩　祉阳路安交通设施有限公司　386400.00
2　塑料注水隔离墩　佘岭县恒通塑胶制品厂　127800.00
四、评审专家名单：岳知秋、贺明远、柯蔓、卜文涛、邓珂
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系。
采购人：邯溪县交通运输局，联系人：唐晓岚，电话：0731-6271048。
采购代理机构：湖南正弘项目管理有限公司，联系人：汪蕾，电话：0731-6259310。
""",
    ),
    dict(
        slug="tender-zhongshan-inquiry-percussion-items",
        site="锺山区政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://zfcg.zhongshanqu.gov.cn/xjgg/2025/04/0415-077.html",
        title="锺山区第二实验小学打击乐器采购询价公告",
        record_title="【乐器询价】锺山区第二实验小学打击乐器采购询价公告（报价截止4月22日）",
        date="2025-04-15",
        notes="tender text page: an inquiry items table one row a paragraph; downloading the inquiry file and scanning "
        "the quote as content; the purchaser's contact beside the platform hotline; 成文日期 under the signature",
        page="""
!m 锺山区政府采购网
!m 首页 » 采购公告 » 询价公告
!t 【乐器询价】锺山区第二实验小学打击乐器采购询价公告（报价截止4月22日）
!m 发布人：锺山区第二实验小学　　项目编号：ZSXJ2025-0077　　浏览 119
{BODY}
!a 【附件】询价文件.docx　　点击下载
!m 平台服务热线：0731-5570011（工作日）
!l 最新公告：锺山区第四中学实验室设备采购询价公告
!m 锺山区财政局主办　湘ICP备13001902号-4
""",
        body="""
锺山区第二实验小学就打击乐器采购项目进行询价，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
三角铁　6寸、8寸、10寸各一套，含敲棒　30套
碰铃　铜制，直径6厘米　20副
铃鼓　8寸，羊皮面　20个
木鱼　双响筒　15个
二、供应商资格：具有独立法人资格，近三年内无重大违法记录。
三、报价方式：请供应商在本网站下载询价文件，按要求填写报价单并加盖公章，扫描后于4月22日17:00前发送至学校邮箱 zsdex_zwc@163.com。
四、本项目采用最低价成交原则，质量和服务满足要求、报价最低的供应商为成交供应商。
采购人联系人：总务处　韦秋生，电话：0731-5563088。
锺山区第二实验小学
2025年4月15日
""",
    ),
    dict(
        slug="lawfirm-mingheng-answer-swingcar-collision",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.minghenglaw.cn/anli/jiating/2025-118.html",
        title="孩子骑扭扭车在商场撞伤老人，责任由谁承担？",
        record_title="【律师说法·家事篇】孩子骑扭扭车在商场撞伤老人，责任由谁承担？｜明衡律所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, repost notice; a consult line glued after a sentence; "
        "no date (a 更新 stamp with a relative time only)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【律师说法·家事篇】孩子骑扭扭车在商场撞伤老人，责任由谁承担？｜明衡律所</title>
<link rel="stylesheet" href="/assets/css/mh-law.css">
<script src="/assets/js/consult.js"></script>
</head>
<body>
<header>⟦m 明衡律师事务所 · 明法衡理 守正笃行⟧　⟦m 全国咨询专线 400-699-1306⟧</header>
<nav><a>⟦m 首页⟧</a> <a>⟦m 律所简介⟧</a> <a>⟦m 专业领域⟧</a> <a>⟦m 律师团队⟧</a> <a>⟦m 以案说法⟧</a></nav>
<div class="crumbs">⟦m 以案说法 › 家事纠纷⟧</div>
<article>
<h1>{T}</h1>
<div class="meta">⟦m 更新于 1 周前 ｜ 阅读 2716⟧</div>
{BODY}
</article>
<aside class="lawyer-card">⟦m 本文律师：韦思衡　明衡律所合伙人　执业证号 14301201810427736⟧</aside>
<div class="consult-float">⟦w 在线咨询律师 ｜ 免费评估您的案件⟧</div>
<div class="notice">⟦d 本文为明衡律所原创普法内容，仅供参考，不构成法律意见；转载请注明出处。⟧</div>
<footer>⟦m © 明衡律师事务所　湘ICP备19031165号⟧</footer>
</body>
</html>
""",
        body="""
问：我家孩子五岁，周末在商场中庭骑扭扭车，没注意撞到了一位七十多岁的老人，老人摔倒后手腕骨折。老人家属要求我们赔偿全部医药费，商场说跟他们没关系。请问责任该怎么分？
答：这种情况一般涉及孩子监护人和商场两方面的责任。
首先，五岁的孩子是无民事行为能力人，造成他人损害的，由监护人承担侵权责任。家长在孩子骑行时没有尽到看护义务，通常要承担主要责任。
其次，商场作为公共场所的经营者，负有安全保障义务。如果商场允许或默许儿童在人流密集的中庭骑行，又没有设置提示或进行劝阻，可能要承担相应的补充责任。
再次，如果老人自身也存在过错，比如边走边看手机、突然转身，也可以适当减轻赔偿方的责任。⟦w 类似纠纷可预约韦律师一对一面谈⟧
建议您保留好商场监控、医疗票据等证据，先与老人家属和商场协商；协商不成的，可以向法院起诉，由法院根据各方过错确定责任比例。
""",
    ),
    dict(
        slug="lawfirm-hengxin-contract-template-glovebox",
        site="衡信律师网 (invented)",
        style="律所网站",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.hengxinlvshi.com/wenshu/hetong/caigou-0527.html",
        title="汽车手套箱总成采购合同（范本）",
        record_title="【合同文书库】汽车手套箱总成采购合同（范本）- 衡信律师网",
        date=None,
        notes="law site text page: a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; "
        "第N条 articles; a download prompt and a lawyer-review offer; no date",
        page="""
!m 衡信律师网｜专业合同 安心签约
!m 首页 ＞ 文书中心 ＞ 合同范本 ＞ 采购合同
!t 【合同文书库】汽车手套箱总成采购合同（范本）- 衡信律师网
!m 文书编号：HX-HT-0527　　已下载 1,906 次
!a ［下载Word版本］　［在线修改］　［复制全文］
{BODY}
!w 合同需要律师把关？衡信律师一对一审核，咨询热线 0731-8267301
!d 本范本仅供参考，使用前请结合具体交易情况修改，本站不承担因使用本范本产生的任何责任。
!l 相关范本：汽车零部件质量保证协议 ｜ 模具委托开发合同
!m 衡信律师网 hengxinlvshi.com
""",
        body="""
甲方（采购方）：××汽车有限公司
乙方（供应方）：××内饰件有限公司
根据《中华人民共和国民法典》等有关法律规定，甲乙双方经平等协商，就甲方向乙方采购汽车手套箱总成事宜达成如下协议。
第一条　产品名称及数量。乙方向甲方供应＿＿车型手套箱总成，年度预计采购数量＿＿套，具体以甲方每月订单为准。
第二条　质量要求。产品应符合甲方图纸及《手套箱总成技术条件》，开启力、关闭间隙、耐久性等指标按技术条件检验。
第三条　价格及结算。产品单价为人民币＿＿元/套（含税），甲方于收到发票后＿＿日内付款。
第四条　交货。乙方按甲方订单要求，将产品送至甲方指定仓库，运输费用由乙方承担。
第五条　质量保证。产品质保期为整车销售之日起＿＿个月，质保期内因产品质量问题造成的损失由乙方承担。
第六条　争议解决。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
第七条　本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
]
