"""holdout312, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Every page, place, person, firm, site, URL and number here is invented; each case was
written by hand (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="cityforum-pangzhou-fridge-magnet-qr-group-subject",
        site="逄州生活圈 (invented county-town forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.pzshenghuo.com/thread-2210553-1-1.html",
        title="小区门口有人免费送冰箱贴，要扫码进群，靠谱吗？",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; weather line, medals, a decoration ad between paragraphs, "
        "an official-reply link; jammer fonts; the post time is relative (no date)",
        page="""
<html>
<head>
<meta charset="utf-8">
<title>小区门口有人免费送冰箱贴，要扫码进群，靠谱吗？ - 百姓杂谈 - 逄州生活圈</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="/static/js/forum.js?v=2"></script>
</head>
<body>
<div class="topline">⟦m 逄州今天 多云 19~27℃ 空气良⟧ <a>⟦a 登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div id="hd">⟦m 逄州生活圈⟧ <span>⟦m 逄州人的网上客厅⟧</span></div>
<div id="pt">⟦m 逄州生活圈 › 百姓杂谈 › 帖子详情⟧</div>
<div class="pls">⟦m 迩湖老街坊⟧ <p>⟦m 勋章：热心街坊 · 五年老友⟧</p></div>
<div class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 5 小时前 ｜ 电梯直达 ｜ 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【逡园社区官方回复】已转社区民警核实，点击查看⟧</div>
<div class="po">⟦a 支持 12　反对　回复　分享⟧</div>
</div>
<div class="reply"><p>⟦l 2楼 遑桥小杨：我妈也领了一块，群里天天推保健品⟧</p><p>⟦l 3楼 老街坊甲：千万别扫，上回就是这么骗的⟧</p></div>
<div id="ft">⟦m 逄州生活圈 · 鲁ICP备16027713号 · 客服热线 0539-2210000⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
这两天逡园小区东门口支了个摊，几个年轻人说是“社区关爱活动”，免费送印着急救电话的冰箱贴，条件是扫码进一个微信群。
我家老爷子领了一块回来，冰箱贴做得挺好看，可进群以后天天有人在群里讲保健品，还让老人报名去听免费讲座。
⟦m 【广告】逄州好邻居装饰，老房翻新一口价，电话 0539-2297788⟧
后来我打了社区居委会的电话问，社区说他们发的冰箱贴都是家庭医生上门送的，从来不要求扫码进群。
提醒各位家里有老人的，遇到这种摊子多问一句，别轻易扫码。
""",
    ),
    dict(
        slug="cityforum-chuanshui-landing-nets-fry-junk",
        site="遄水在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://bbs.chuanshui.net/forum.php?mod=viewthread&tid=88120",
        title="遄水河边又有人用抄网捞小鱼苗了，管管吧",
        record_title="[河边见闻] 遄水河边又有人用抄网捞小鱼苗了，管管吧 - 遄水茶馆 - 遄水在线",
        date=None,
        notes="county forum as text with anti-scraping junk; the post time is 前天 (no date); replies and a "
        "moderator's note; the fisheries 举报电话 quoted in the body",
        page="""
!m 遄水在线 › 遄水茶馆
!t [河边见闻] 遄水河边又有人用抄网捞小鱼苗了，管管吧
!m 作者：河滩散步的　　发表于 前天 18:22　　浏览 2041　回复 36
{BODY}
!m 【版主提示】本帖已推送县农业综合执法大队
!l 回复 1# 老码头：上个月刚放流的鱼苗，心疼
!l 回复 2# 遄水小陈：拍到车牌没？
!a 想参与讨论？先登录遄水在线账号
!m 遄水在线 chuanshui.net ©2008-2025
""",
        junk=dict(lines=2, glued=2),
        body="""
今天傍晚在遄水河老码头散步，看到两个人拿着细眼抄网在浅水区一网一网地捞，桶里全是一两寸长的小鱼苗。
上个月县里刚在这一段放流了二十万尾鱼苗，现在又是禁渔期，这样捞下去还放流干什么？
我上前说了两句，人家说抄网又不是渔网，捞点小鱼喂鸡不犯法。
我查了一下，县农业农村局公布过，禁渔期内在禁渔河段使用抄网捕捞也属于违规，举报电话是0854-7328100。
希望有关部门多来河边巡一巡，也希望大家看到了都说一声。
""",
    ),
    dict(
        slug="download-baibao-rules-angling-contest-gb2312",
        site="百宝资料屋 (invented download station, old table layout)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.baibaozl.com/soft/31872.html",
        title="逵岭县钓鱼协会垂钓比赛规则",
        record_title="〔赛事章程类〕逵岭县钓鱼协会垂钓比赛规则（规则全文）免费下载 - 百宝资料屋",
        date=None,
        notes="old download station: file-info table, three download links, a dead-link report, an unzip password; "
        "rules with 第N条 articles that speak of 扫码签到 and 打印 as content; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>〔赛事章程类〕逵岭县钓鱼协会垂钓比赛规则（规则全文）免费下载 - 百宝资料屋</title>
<script src="/js/ads_top.js"></script>
</head>
<body>
<table width="960" align="center"><tr><td>⟦m 百宝资料屋⟧ ⟦m 资料千千万，下载不花钱⟧</td><td align="right"><a>⟦a 设为主页⟧</a> <a>⟦a 收入书签⟧</a></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 首页 | 公文资料 | 体育赛事 | 表格模板 | 软件工具⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前：百宝资料屋 → 体育赛事 → 章程规则⟧</td></tr></table>
<table width="960" align="center" border="1" cellspacing="0">
<tr><td>⟦m 资料名称：逵岭县钓鱼协会垂钓比赛规则⟧</td><td>⟦m 资料大小：18 KB⟧</td></tr>
<tr><td>⟦m 资料格式：DOC⟧</td><td>⟦m 入库时间：6 天前⟧</td></tr>
<tr><td>⟦m 下载次数：455⟧</td><td>⟦m 资料评级：★★★☆☆⟧</td></tr>
</table>
<table width="960" align="center"><tr><td>
<p><b>⟦m 资料简介：⟧</b></p>
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>
<p>⟦a 下载地址①：电信高速⟧　⟦a 下载地址②：联通高速⟧　⟦a 下载地址③：备用线路⟧</p>
<p>⟦m 解压密码：www.baibaozl.com⟧</p>
<p>⟦a 下载不了？点此报告死链，我们24小时内修复⟧</p>
<p>⟦l 同类资料：钓鱼比赛秩序册模板 | 垂钓比赛计分表 | 钓鱼协会章程范本⟧</p>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 本站资料均收集自网络，仅供学习研究，请于下载后24小时内删除⟧<br>⟦m Copyright 2006-2025 百宝资料屋 苏ICP备08017391号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为规范本会举办的垂钓比赛，保证比赛公平、安全，制定本规则。
第二条　比赛采用手竿钓，每人限用一竿一线一钩，竿长不得超过5.4米。
第三条　参赛选手须在赛前30分钟到达赛场，扫描签到台二维码签到，逾时未签到视为弃权。
第四条　鱼获出水后须用抄网抄起，不得用手拖拽上岸；抄网网兜须为无结网，防止伤鱼。
第五条　比赛以鱼获总重量计算名次，重量相同的以尾数多者名次列前。
第六条　裁判组须当场打印成绩单，由选手签字确认后张榜公布。
第七条　本规则由逵岭县钓鱼协会负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="download-nongzi-rules-nursery-pot-seedlings-doc-marks",
        site="农资料下载站 (invented)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.nongzl.cn/down/2025/5518.html",
        title="遒山县设施蔬菜营养钵育苗技术规程",
        record_title="遒山县设施蔬菜营养钵育苗技术规程.doc",
        date=None,
        notes="file-name record title; a converter's preview cut by page markers ⫙n/3⫙ glued with a space to the "
        "continuation; decimal headings 1–4.2; an update stamp is no date",
        page="""
!m 农资料下载站 › 种植技术 › 蔬菜
!t 遒山县设施蔬菜营养钵育苗技术规程.doc
!m 更新：2025-04-11　　格式：doc　　大小：36KB　　下载：218次
!a [ 本地下载 ]　[ 网盘下载 ]　[ 报错 ]
!m ——— 文档预览（由系统自动转换，版式可能有出入）———
{BODY}
!a ——— 预览完毕，完整排版请下载原文件 ———
!w 找育苗资料？加站长微信 nongzl_boss 进种植交流群
!d 本站文档来自网友投递，仅供参考
""",
        pages=dict(fmt="⫙{n}/3⫙", every=95, start=2, glue=True, sep=" "),
        body="""
1 适用范围
本规程适用于遒山县设施大棚内辣椒、茄子、番茄等茄果类蔬菜的营养钵育苗。
2 钵土配制
2.1 钵土用未种过茄果类蔬菜的园土6份、腐熟农家肥3份、草木灰1份混合过筛。
2.2 每立方米钵土加入过磷酸钙1.5千克，拌匀后堆闷7天再装钵。
3 装钵与播种
3.1 选用口径8厘米至10厘米的营养钵，装土至距钵口1厘米处，摆放整齐后浇透底水。
3.2 每钵播种2至3粒，覆土厚度约1厘米，出苗后留1株壮苗。
4 苗期管理
4.1 白天棚温保持在25℃左右，夜间不低于15℃。
4.2 定植前7天开始通风炼苗，定植时连钵土一起移栽，避免伤根。
""",
    ),
    dict(
        slug="exam-zeyang-notice-agritech-practical-test-table",
        site="迮阳县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.zeyang.gov.cn/kwgg/2025/0422/901.html",
        title="迮阳县2025年公开招聘基层农技特岗人员实操考核公告",
        record_title="〔考核安排〕迮阳县2025年公开招聘基层农技特岗人员实操考核公告_迮阳县人事考试信息网",
        date="2025-04-22",
        notes="personnel-exam site: maintenance banner, admission-ticket float, the exam office's 咨询电话 next to "
        "the site's technical line; a timetable (one row a paragraph); 下载/打印 of the ticket as content",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔考核安排〕迮阳县2025年公开招聘基层农技特岗人员实操考核公告_迮阳县人事考试信息网</title>
<script src="/js/ticket-float.js"></script>
</head>
<body>
<div class="notice-bar">⟦m 系统升级提示：4月26日0时至6时报名系统暂停访问⟧</div>
<div class="head">⟦m 迮阳县人事考试信息网⟧ <span>⟦m 迮阳县人力资源和社会保障局主办⟧</span></div>
<div class="menu"><a>⟦m 首页⟧</a><a>⟦m 考试公告⟧</a><a>⟦m 成绩查询⟧</a><a>⟦m 考生须知⟧</a></div>
<div class="path">⟦m 首页 ＞ 考试公告 ＞ 事业单位招聘⟧</div>
<div class="detail">
<h1>{T}</h1>
<p class="src">⟦m 信息来源：县人社局考试中心　浏览：3306⟧</p>
<div class="content">
{BODY}
</div>
</div>
<div class="float-ticket"><a>⟦a 🎫 准考证打印入口⟧</a><a>⟦a 成绩查询入口⟧</a></div>
<div class="foot">⟦w 网站技术问题请拨 0736-7302188（工作日）⟧<br>⟦m 迮阳县人力资源和社会保障局　湘ICP备09011633号⟧</div>
</body>
</html>
""",
        body="""
根据招聘工作安排，现将基层农技特岗人员实操考核有关事项公告如下。
一、考核内容：营养钵育苗操作，包括钵土配制、装钵、播种和覆土，限时40分钟完成。
二、考核安排
日期　　时间　　岗位
4月27日　　8:30—12:00　　种植业农技岗
4月27日　　14:30—17:30　　植保农技岗
三、考核地点：迮阳县农业技术推广中心实训基地。
四、考生须于4月25日起登录本网下载并打印准考证，凭准考证和身份证参加考核。营养钵、钵土等材料由考点统一提供。
考务咨询电话：0736-7302261。
迮阳县人力资源和社会保障局
2025年4月22日
""",
    ),
    dict(
        slug="exam-aoxi-notice-tea-pet-skill-appraisal",
        site="遨溪人社考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://ks.aoxirs.cn/zyjd/2025/0506/220.html",
        title="2025年遨溪县陶瓷工艺（茶宠捏塑）职业技能等级认定公告",
        record_title="2025年遨溪县陶瓷工艺（茶宠捏塑）职业技能等级认定公告（报名入口已开）- 遨溪人社考试网",
        date="2025-05-06",
        notes="exam site as text: a sign-up float line, the appraisal centre's phone next to the site's technical line; "
        "a timetable; 扫码 and 打印 as content; 成文日期 under the signature",
        page="""
!m 遨溪人社考试网　｜　职业技能等级认定
!m 首页 / 认定公告
!t 2025年遨溪县陶瓷工艺（茶宠捏塑）职业技能等级认定公告（报名入口已开）
!m 阅读 1719　　来源：县职业技能鉴定所
!a ➤ 在线报名　　➤ 缴费查询　　➤ 证书查验
{BODY}
!w 报名系统登录异常请致电技术支持 0873-4433909
!m 遨溪县人力资源和社会保障局 主办
""",
        body="""
根据年度认定计划，县职业技能鉴定所将组织陶瓷工艺（茶宠捏塑）职业技能等级认定，现将有关事项公告如下。
一、认定等级：五级（初级工）、四级（中级工）。
二、报名时间：5月8日至5月20日，考生扫描鉴定所公众号二维码在线报名。
三、认定安排
科目　　日期　　地点
理论知识　　6月7日上午　　县职业中学
技能操作　　6月7日下午　　紫陶小镇实训工坊
四、技能操作考核要求考生现场捏塑茶宠一件，时长150分钟，泥料由考点提供。
五、考生须于6月4日后自行打印准考证。
咨询电话：0873-4430617。
遨溪县职业技能鉴定所
2025年5月6日
""",
    ),
    dict(
        slug="tender-pangzhou-museum-fridge-magnets-consultation",
        site="逄州市公共资源交易网 (invented)",
        style="招投标网",
        genre="采购公告",
        kind="notice",
        form="html",
        source="https://ggzy.pangzhou.gov.cn/jyxx/zfcg/cggg/20250512/0c8e31.html",
        title="逄州市博物馆文创冰箱贴采购项目竞争性磋商公告",
        record_title="逄州市博物馆文创冰箱贴采购项目竞争性磋商公告 - 政府采购 - 逄州市公共资源交易网",
        record_date="2025-05-12",
        date="2025-05-12",
        notes="tender portal: countdown, CA and trading-system hotlines, an attachment link; lots table; purchaser "
        "and agency contacts in the body; date from the record",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>逄州市博物馆文创冰箱贴采购项目竞争性磋商公告 - 政府采购 - 逄州市公共资源交易网</title>
<script src="/js/countdown.js"></script>
</head>
<body>
<div class="ggzy-top">⟦m 逄州市公共资源交易网⟧ <a>⟦a 交易主体登录⟧</a> <a>⟦a CA锁办理⟧</a></div>
<div class="ggzy-nav">⟦m 首页　交易信息　政府采购　工程建设　服务指南⟧</div>
<div class="ggzy-path">⟦m 当前位置：交易信息 ＞ 政府采购 ＞ 采购公告⟧</div>
<div class="ggzy-detail">
<h2>{T}</h2>
<div class="ggzy-info">⟦m 信息时间：2025-05-12　阅读次数：264⟧</div>
<div class="ggzy-count">⟦m 距磋商响应文件递交截止还有：12天06时⟧</div>
<div class="ggzy-body">
{BODY}
</div>
<div class="ggzy-att">⟦a 附件：磋商文件（逄博采〔2025〕09号）.zip　下载⟧</div>
</div>
<div class="ggzy-foot">
<p>⟦w CA证书服务热线：400-066-1818⟧</p>
<p>⟦w 交易系统操作咨询：0539-2016688⟧</p>
<p>⟦m 逄州市公共资源交易中心　鲁ICP备12031977号⟧</p>
</div>
</body>
</html>
""",
        body="""
逄州市博物馆文创冰箱贴采购项目采用竞争性磋商方式采购，欢迎符合条件的供应商参加。
一、项目编号：PZZC2025-0413
二、采购内容
包号　　品名　　数量　　最高限价
1　　馆藏青铜纹样金属冰箱贴　　8000枚　　9.6万元
2　　遗址地图软磁冰箱贴　　12000枚　　7.2万元
三、获取磋商文件：2025年5月13日至5月19日，在本网免费下载。
四、响应文件递交截止时间：2025年5月24日9时30分。
五、联系方式
采购人：逄州市博物馆，联系人：韦清，电话：0539-2218046
代理机构：逄州正衡招标咨询有限公司，联系人：季晓路，电话：0539-2231705
""",
    ),
    dict(
        slug="tender-kuiling-result-dorm-wall-lamps-record-title",
        site="逵岭县政府采购网 (invented)",
        style="招投标网",
        genre="成交结果公告",
        kind="notice",
        form="text",
        source="http://zfcg.kuiling.gov.cn/cjgg/2025/0408/1046.html",
        title="逵岭县第二中学学生宿舍壁灯更换项目成交结果公告",
        date="2025-04-08",
        notes="title from the record; bid result with a table; the purchaser's and agency's contacts; "
        "the portal's service line; 公告日期 under the signature",
        page="""
!m 逵岭县政府采购网　　采购公告 | 结果公告 | 合同公告
!m 位置：首页 > 结果公告 > 成交公告
{T}
!m 浏览次数：147　　【字号 大 中 小】
{BODY}
!a 分享到：微信 ｜ 复制链接
!w 平台服务电话：0817-6600318（工作日 9:00-17:00）
!m 逵岭县财政局主办
""",
        body="""
一、项目名称：逵岭县第二中学学生宿舍壁灯更换项目
二、采购方式：询价
三、成交信息
供应商　　成交金额（元）　　交货期
逵岭县宏晟照明器材经营部　　54680　　合同签订后15日
四、主要标的：防水节能壁灯372盏、开关面板186个及线路穿管安装。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：逵岭县第二中学，联系人：梁仲秋，电话：0817-6612035
代理机构：逵岭县恒泰招标代理有限公司，电话：0817-6609852
逵岭县恒泰招标代理有限公司
2025年4月8日
""",
    ),
    dict(
        slug="lawfirm-hengtai-case-tea-pet-design-copy",
        site="衡泰律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengtailaw.cn/anli/zscq/318.html",
        title="仿制他人设计的茶宠造型，构成侵权吗？",
        record_title="【律师讲茶事】仿制他人设计的茶宠造型，构成侵权吗？｜衡泰律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, 400 line, a reprint notice; a case note with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【律师讲茶事】仿制他人设计的茶宠造型，构成侵权吗？｜衡泰律师事务所</title>
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="top">⟦m 衡泰律师事务所⟧ <span>⟦m 持衡守正　泰然护权⟧</span> <span>⟦w 全国咨询：400-115-6600⟧</span></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 律所简介⟧</a><a>⟦m 专业领域⟧</a><a>⟦m 案例评析⟧</a><a>⟦m 联系我们⟧</a></div>
<div class="crumb">⟦m 首页 › 案例评析 › 知识产权⟧</div>
<div class="case">
<h1>{T}</h1>
<div class="case-meta">⟦m 撰稿：岑予安律师　栏目：知识产权　阅读 906⟧</div>
<div class="case-body">
{BODY}
</div>
<div class="card">⟦m 岑予安 ｜ 衡泰律师事务所合伙人 ｜ 擅长知识产权、合同纠纷⟧ <a>⟦a 在线约见⟧</a></div>
<div class="repost">⟦d 本文为衡泰律师事务所原创，转载须经书面许可，不构成对具体个案的法律意见⟧</div>
</div>
<div class="float">⟦w 律师在线，3分钟回复 ▸ 免费问一问⟧</div>
<div class="foot">⟦m 衡泰律师事务所　滇ICP备20011746号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】某紫陶工坊设计了一款“吊脚楼”造型茶宠，并在网上销售。另一商家购买后照样开模，批量生产同款茶宠低价出售。工坊诉至法院，要求停止侵权并赔偿损失。
【法院观点】涉案茶宠在造型、比例和装饰纹样上体现了设计者的独创性表达，属于著作权法保护的美术作品。被告未经许可复制并销售，构成著作权侵权。法院判决被告停止生产销售，赔偿原告经济损失及合理开支共计6万元。
【律师提示】传统的金蟾、貔貅等造型属于公有领域，谁都可以做；但在此基础上有独创设计的，应当及时进行作品登记，保存好设计草图和创作过程记录，维权时才有据可查。
""",
    ),
    dict(
        slug="lawfirm-hengtai-letter-banned-nets-fishing-ban",
        site="衡泰律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="notice",
        form="text",
        source="https://www.hengtailaw.cn/tishi/2025/0228.html",
        title="关于禁渔期销售和使用禁用网具的法律风险提示函",
        date="2025-02-28",
        notes="title from the record; a law firm's risk letter with numbered points; the letter's own phone next "
        "to the firm's 400 line; 成文日期 under the signature",
        page="""
!m 衡泰律师事务所 · 法律风险提示
!m 全国咨询：400-115-6600　　首页 > 风险提示
{T}
!m 阅读 412　　栏目：行政合规
{BODY}
!w 想了解您的经营是否合规？点击右侧“免费问一问”
!l 相关提示：电动车改装的法律风险 | 网店销售“三无”产品的责任
!d 本函仅作一般性法律风险提示，不构成对具体事项的法律意见
""",
        body="""
遨溪县各渔具经营户：
每年3月1日至6月30日为遄水河禁渔期。近期，我所受遨溪县渔具行业商会委托，就禁渔期销售和使用禁用网具的法律风险提示如下：
一、禁渔期内在禁渔水域使用抄网、地笼等网具捕捞的，由渔业主管部门没收渔获物和违法所得，并处罚款；情节严重的，可能构成非法捕捞水产品罪。
二、经营户明知他人用于非法捕捞仍销售禁用网具的，可能承担相应法律责任。
三、建议经营户在店内醒目位置张贴禁渔期告示，对细眼抄网等网具做好销售登记。
如有疑问，请联系本所岑予安律师，电话：0873-4420577。
衡泰律师事务所
2025年2月28日
""",
    ),
]
