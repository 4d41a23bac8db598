"""holdout372, part D: local forums, download stations, personnel-exam sites, tender portals, law firms.

Invented text, written by hand for this part; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-benkou-well-water-tds-jammer",
        site="坌口在线 (invented county-town forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="html",
        source="https://bbs.benkouzaixian.com/thread-77104-1-1.html",
        title="咱村井水用水质笔测了，读数比去年高了一倍",
        record_title=None,
        date=None,
        notes="no title in the record (the thread subject gives it); county-town forum with a weather line, medals, "
        "jammer fonts, a decoration ad and a forward-to-the-bureau link; the post names the water station's phone; "
        "relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>咱村井水用水质笔测了，读数比去年高了一倍 - 坌口杂谈 - 坌口在线</title>
<style>.jammer{font-size:0;color:#fff}</style>
<script src="/static/js/forum.js"></script>
</head>
<body>
<div class="weather">⟦m 坌口镇　今天 多云 19～27℃　东南风2级⟧</div>
<div class="hd">⟦m 坌口在线⟧ <span>⟦m 坌口人自己的网上家园⟧</span> <a>⟦a 快捷登录⟧</a> <a>⟦a 注册新会员⟧</a></div>
<div class="ad">⟦l 【广告】坌口宜居装饰：老房翻新、卫生间改造，免费上门量房，电话 138 7436 2051⟧</div>
<div class="pt">⟦m 坌口在线 » 坌口杂谈 » 正文⟧</div>
<table class="post"><tr>
<td class="author">⟦m 石板桥老汉⟧<br>⟦m 勋章：热心乡亲 · 十年老友⟧<br>⟦m 积分 3370⟧</td>
<td class="msg">
<h1 id="subject">{T}</h1>
<div class="time">⟦m 发表于 6 天前　来自手机⟧</div>
<div class="t_msg">
{BODY}
</div>
<div class="fw">⟦a 本帖已转交县水利局，点击查看官方回复⟧</div>
<div class="po">⟦a 顶一下 (52)　踩 (1)　收藏　分享⟧</div>
</td></tr></table>
<div class="replies">
<p>⟦l 沙发 · 杨梅坳小杨：我们坳里的井也是，今年喝着有点涩⟧</p>
<p>⟦l 板凳 · 坌口水务站：已收到，这两天安排人员到村里取样⟧</p>
</div>
<div class="ft">⟦m 坌口在线 版权所有　湘ICP备18032155号　站长QQ：1739925046⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
去年我儿子从城里带回来一支水质笔，测过我们家和隔壁几家的井水，当时都是一百二三十。前天闲着没事又测了一遍，我家的井水读数二百六十多，翻了一倍。
隔壁老梁家、村口小卖部的井水我也测了，都在二百四到二百八之间。今年开春以后，村后那片地改种了大棚蔬菜，化肥用得多，不知道跟这个有没有关系。
我问了懂行的人，说水质笔只能测个大概，读数高不一定有害，但变化这么大，最好还是请人来取样化验。
已经打了镇水务站的电话0743-3460217，说这两天派人来。在这里也说一声，村里用井水的乡亲们，有条件的先烧开再喝，等化验结果出来我再跟大家说。
""",
    ),
    dict(
        slug="localforum-bahtou-clinic-no-cup-holder-junk",
        site="垻头人家 (invented town forum)",
        style="地方论坛",
        genre="论坛帖",
        kind="other",
        form="text",
        source="http://www.batourenjia.com/forum/t/20931",
        title="镇卫生院新楼卫生间没有漱口杯架，住院的老人真不方便",
        record_title="[建言献策] 镇卫生院新楼卫生间没有漱口杯架，住院的老人真不方便（院方已答复）",
        date=None,
        notes="a town forum thread copied as text: anti-scraping junk as lines and glued after 。; an official-reply "
        "link, a moderator note; relative times only",
        page="""
!m 垻头人家 · 镇里的事大家说
!m 首页 > 建言献策 > 浏览主题
!t [建言献策] 镇卫生院新楼卫生间没有漱口杯架，住院的老人真不方便（院方已答复）
!m 作者：桂花树下　｜　3 天前　｜　浏览 892　｜　回复 17
{BODY}
!m 版主提示：此帖已转垻头镇卫生院办公室，回复见 12 楼
!l 2楼 老街坊：确实，我妈上个月住院也是把杯子放地上
!l 12楼 垻头镇卫生院（官方）：感谢建议，杯架已列入本月采购，月底前装好
!a 快速回复　|　高级回复　|　返回列表
!m 垻头人家 batourenjia.com　联系站务：zhanwu@batourenjia.com
""",
        junk=dict(lines=2, glued=3),
        body="""
上个星期我陪我父亲在镇卫生院住了五天院，新盖的住院楼确实宽敞明亮，比老楼强多了。但有一个小问题，想在这里提一提。
每间病房的卫生间洗手台都很窄，台面上放不下东西，也没有装漱口杯架。老人的漱口杯、牙刷只能放在窗台上，或者干脆放在地上，很不卫生。
我父亲腿脚不便，早上漱口要我扶着他，一手拿杯子一手拿牙刷，转身都难。隔壁床的阿婆是一个人住院的，杯子放在地上，弯腰去拿的时候差点摔倒。
一个杯架也花不了几个钱，希望卫生院能给每间病房装上，最好装在老人伸手就能够到的高度。
""",
    ),
    dict(
        slug="download-juanzong-unbinding-rules-doc-gb2312",
        site="卷宗下载站 (invented, old gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="rule",
        form="html",
        source="http://www.juanzongxz.com/soft/dangan/2217.html",
        title="档案拆卷除钉操作规程",
        record_title="档案拆卷除钉操作规程.doc",
        date=None,
        notes="a download station in a gb2312 table layout: file-info table, three download channels, an unzip password, "
        "a dead-link report and a floating ghost-writer ad; 第N条 articles; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>档案拆卷除钉操作规程.doc - 卷宗下载站</title>
<script language="javascript" src="/inc/ad_float.js"></script>
</head>
<body>
<table width="980" align="center" border="0">
<tr><td>⟦m 卷宗下载站⟧　⟦m 档案·文秘·行政资料一站下齐⟧</td>
<td align="right">⟦a 加入收藏⟧ ⟦a 设为首页⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 档案资料 | 行政制度 | 文秘范文 | 表格模板 | 下载排行⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0">
<tr><td colspan="2">⟦m 当前位置：卷宗下载站 >> 档案资料 >> 整理规范⟧</td></tr>
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：36KB⟧</td><td>⟦m 资料类型：Word文档⟧</td></tr>
<tr><td>⟦m 更新时间：2023-11-29⟧</td><td>⟦m 下载热度：★★★★⟧</td></tr>
<tr><td>⟦m 运行环境：WPS/Office⟧</td><td>⟦m 累计下载：1306次⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载通道：[ 电信下载 ] [ 联通下载 ] [ 备用下载 ]⟧</td></tr>
<tr><td colspan="2">⟦a 压缩包解压密码：www.juanzongxz.com⟧</td></tr>
<tr><td colspan="2">⟦a 链接失效了？点这里告诉站长⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦l 同类下载：档案装订技术要求.doc　纸质档案修复操作指南.pdf⟧</td></tr></table>
<div id="piaofu" style="position:absolute;left:5px;top:300px">⟦w 各类规章制度定制编写，微信同号 177 7431 6052⟧</div>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均收集自网络，仅供学习研究使用，下载后请于24小时内删除。⟧<br>⟦m Copyright 2008-2024 卷宗下载站　晋ICP备08006612号⟧</td></tr></table>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
第一条　为规范档案拆卷除钉工作，保护档案原件，制定本规程。
第二条　拆卷工作应在整理室内进行，工作台面保持清洁干燥，不得饮食、吸烟。
第三条　拆除订书钉应使用窄口起钉器，从文件背面钉脚处下口，先撬直两只钉脚，再从正面取出钉身，不得用手指、剪刀或刀片硬撬。
第四条　钉子锈蚀严重、与纸张粘连的，应先用软毛刷清除锈末，并在钉脚下垫衬无酸卡纸后再行拆除；纸张已被锈蚀穿孔的，登记后交修复组处理。
第五条　取下的订书钉、回形针、大头针应集中收入专用容器，每日工作结束后清点，不得遗留在档案或工作台上。
第六条　拆卷后的文件应按原顺序整理，改用不锈钢夹或棉线装订，装订位置与原装订孔错开。
第七条　本规程自发布之日起执行。
""",
    ),
    dict(
        slug="download-pinzhi-numbering-machine-contract-template",
        site="品纸资料网 (invented download site, text copy)",
        style="资料下载站",
        genre="合同范本",
        kind="contract",
        form="text",
        source="https://www.pinzhiziliao.net/hetong/caigou/5127.html",
        title="号码机采购合同（范本）",
        record_title="号码机采购合同（范本）〔可直接填写·含验收条款〕_品纸资料网",
        date=None,
        notes="a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; download "
        "buttons and a points notice around it; no date",
        page="""
!m 品纸资料网 —— 合同·表格·制度，下载即用
!m 网站首页 / 合同范本 / 采购合同
!t 号码机采购合同（范本）〔可直接填写·含验收条款〕_品纸资料网
{T}
!m 文件格式：doc　|　文件大小：28K　|　更新：5 个月前　|　已下载 644 次
!a 〖 高速下载 〗　〖 普通下载 〗　〖 网盘下载 〗
{BODY}
!a 提示：下载本合同需消耗 5 个品纸币，新用户注册即送 10 个
!l 相关合同：办公设备维修服务合同　打印耗材年度供货协议　文具批量采购合同
!d 合同范本仅供参考，签订前请结合实际情况并咨询专业人士，本站不承担因使用范本产生的任何责任。
!m 品纸资料网 pinzhiziliao.net　鲁ICP备20015538号
""",
        indent="",
        body="""
甲方（采购方）：××××××　　乙方（供货方）：××××××
根据《中华人民共和国民法典》，甲乙双方经协商一致，就甲方向乙方采购号码机事宜订立本合同。
第一条　产品名称、型号、数量及价款
产品名称　型号　数量　单价（元）　金额（元）
自动号码机　×××　＿＿台　＿＿＿＿　＿＿＿＿
合计金额（大写）：＿＿＿＿＿＿＿＿元整。
第二条　质量要求。乙方提供的号码机应为全新产品，号码位数不少于＿＿位，能正确完成连续、重复、跳号等打号模式，字迹清晰无缺笔。
第三条　交货与验收。乙方应于合同签订后＿＿日内送货至甲方指定地点。甲方收货后＿＿日内组织验收，每台号码机连续试打不少于200个号码，无跳号、重号为合格。
第四条　付款方式。验收合格后＿＿个工作日内，甲方一次性支付全部货款。
第五条　售后服务。乙方对号码机提供＿＿年免费保修，保修期内字轮、棘爪等易损件免费更换。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　　　乙方（盖章）：
代表人：＿＿＿＿　　　　　代表人：＿＿＿＿
＿＿＿＿年＿＿月＿＿日　　＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="exam-xicheng-archivist-skill-test-notice-timetable",
        site="钖城人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.xcrsks.cn/kwtz/2024/10/15/zyjn_3306.html",
        title="关于举办2024年档案整理员职业技能等级认定的通知",
        record_title="【技能等级·档案整理员】关于举办2024年档案整理员职业技能等级认定的通知 - 钖城人事考试网",
        date="2024-10-14",
        date_also=["2024-10-15"],
        notes="exam site: a maintenance banner and an admission-ticket float; an exam timetable one row a paragraph; the "
        "centre's own 咨询电话 beside the site's technical line; 下载/打印 of the admission ticket spoken of as content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【技能等级·档案整理员】关于举办2024年档案整理员职业技能等级认定的通知 - 钖城人事考试网</title>
<script src="/js/exam-site.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统升级公告：10月20日0:00—6:00报名系统暂停服务，请考生错开时段登录⟧</div>
<div class="head">⟦m 钖城人事考试网⟧ <span>⟦m 钖城市人事考试中心⟧</span></div>
<div class="menu">⟦m 考试网首页⟧ ⟦m 考试公告⟧ ⟦m 报名入口⟧ ⟦m 成绩查询⟧ ⟦m 证书领取⟧</div>
<div class="pos">⟦m 当前位置 ＞ 考试公告 ＞ 职业技能⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="attr">⟦m 发布时间：2024-10-15 10:00　发布者：考务二科　浏览次数：3027⟧</div>
<div class="text">
{BODY}
</div>
</div>
<div class="float-zkz">⟦a 准考证打印入口 ➜⟧</div>
<div class="links">⟦l 友情链接：钖城市人力资源和社会保障局　钖城市职业技能鉴定指导中心⟧</div>
<div class="foot">⟦m 网站技术支持：0772-6230091（仅限系统故障）⟧<br>⟦m 钖城市人事考试中心版权所有　桂ICP备13004229号⟧</div>
</body>
</html>
""",
        body="""
各有关单位、各位考生：
根据年度工作安排，我中心定于11月举办2024年档案整理员职业技能等级认定。现将有关事项通知如下。
一、认定等级。五级（初级工）、四级（中级工）、三级（高级工）。
二、报名时间。10月21日9:00至10月27日17:00，考生登录本网站报名系统填报信息并上传照片。
三、认定时间安排
科目　日期　时间
理论知识　11月9日　9:00—10:30
操作技能（五级、四级）　11月9日　14:00—15:30
操作技能（三级）　11月10日　9:00—11:00
四、操作技能考核说明。考核内容包括案卷拆卷、除钉、整理和装订，考生须自带起钉器、镊子和软毛刷各一件，其余材料由考点提供。
五、准考证。考生于11月5日至8日登录报名系统下载并打印准考证，凭准考证和身份证参加考核。
政策咨询电话：0772-6230155（工作日）
钖城市人事考试中心
2024年10月14日
""",
    ),
    dict(
        slug="exam-minyang-answer-sheet-numbering-text",
        site="旼阳人事考试信息网 (invented, text copy)",
        style="人事考试网",
        genre="说明",
        kind="notice",
        form="text",
        source="http://www.myrsks.gov.cn/info/2024/0604/1472.html",
        title="关于事业单位公开招聘笔试答题卡统一机打编号的说明",
        record_title="考务提示丨关于事业单位公开招聘笔试答题卡统一机打编号的说明（开考前请务必看完）",
        date="2024-06-03",
        date_also=["2024-06-04"],
        notes="an exam site copied as text: maintenance and float lines; numbered items; the exam office's phone beside "
        "the site's technical line; 成文日期 under the signature",
        page="""
!m 旼阳人事考试信息网
!m 网站维护提示：本站将于每周日晚间例行维护，届时可能无法访问
!m 首页 ＞ 考务提示
!t 考务提示丨关于事业单位公开招聘笔试答题卡统一机打编号的说明（开考前请务必看完）
{T}
!m 来源：县人事考试中心　发布：2024-06-04　阅读：6631
{BODY}
!a 〔 准考证下载 〕〔 考场查询 〕〔 成绩查询 〕
!m 技术服务电话：0739-5338002　服务时间：工作日 8:30-17:30
!m 旼阳县人事考试中心　湘ICP备14021106号
""",
        indent="\u3000\u3000",
        body="""
各位考生：
今年我县事业单位公开招聘笔试首次使用号码机对答题卡进行统一编号。为避免考生误操作影响成绩，现将有关事项说明如下。
1．每张答题卡右上角印有8位机打流水号，该号码与考生座位一一对应，用于阅卷和成绩核对，考生无须填写，也不得涂改。
2．考生拿到答题卡后，应先核对流水号末两位是否与座位号一致；不一致的，立即举手向监考员报告，由监考员更换。
3．答题卡上的准考证号、姓名仍须考生本人用黑色签字笔填写，并按要求填涂准考证号信息点。
4．因考生自行涂改、污损机打流水号导致无法评阅的，后果由考生本人承担。
考务咨询电话：0739-5338017
旼阳县人事考试中心
2024年6月3日
""",
    ),
    dict(
        slug="tender-minyang-school-filter-jugs-award-lots",
        site="旼阳县公共资源交易中心 (invented tender portal)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="http://ggzy.minyang.gov.cn/jyxx/zfcg/zbgg/20240426/5390.html",
        title="旼阳县中小学净水壶采购项目中标（成交）结果公告",
        record_title="[成交结果·公示期内] 旼阳县中小学净水壶采购项目中标（成交）结果公告_政府采购_旼阳县公共资源交易中心",
        date="2024-04-25",
        date_also=["2024-04-26"],
        notes="tender portal: a publicity countdown and CA/trading-system lines; bid lots one row a paragraph; purchaser "
        "and agency contacts beside the platform's lines; the announcement's date differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[成交结果·公示期内] 旼阳县中小学净水壶采购项目中标（成交）结果公告_政府采购_旼阳县公共资源交易中心</title>
<script src="/static/js/ggzy.js"></script>
</head>
<body>
<div class="top">⟦m 旼阳县公共资源交易中心⟧ ⟦a 主体登录⟧ ⟦a 专家入口⟧ ⟦a 监督入口⟧</div>
<div class="nav">⟦m 交易信息⟧ ⟦m 政府采购⟧ ⟦m 工程建设⟧ ⟦m 服务指南⟧ ⟦m 交易法规⟧</div>
<div class="loc">⟦m 首页 ＞ 交易信息 ＞ 政府采购 ＞ 中标公告⟧</div>
<div class="detail">
<h3>{T}</h3>
<p class="info">⟦m 信息时间：2024-04-26　阅读次数：417⟧</p>
<p class="countdown">⟦m 公示倒计时：剩余 0 天 18 小时⟧</p>
<div class="ewb-article">
{BODY}
</div>
</div>
<div class="help">⟦m CA证书办理：0739-5290218　交易系统操作咨询：0739-5290233⟧</div>
<div class="foot">⟦m 主办：旼阳县公共资源交易中心　地址：旼阳县政务服务中心四楼⟧<br>⟦m 湘ICP备17011908号-2⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：MYCG-2024-0317
二、项目名称：旼阳县中小学净水壶采购项目
三、中标（成交）信息
包号　中标供应商　货物名称　数量　中标金额（元）
第1包　钖城碧舟家居用品有限公司　3.5升净水壶（含滤芯2枚）　2600个　168,740.00
第2包　湘南禾露日用品有限公司　备用滤芯　5200枚　91,520.00
四、评审专家名单：袁立群、符晓东、莫青竹（采购人代表）、潘永年、覃海鸥
五、公告期限：自本公告发布之日起1个工作日。
六、凡对本次公告内容提出询问，请按以下方式联系。
采购人：旼阳县教育局　联系人：唐老师　联系电话：0739-5203310
采购代理机构：湘鼎工程咨询有限公司　联系人：聂工　联系电话：0739-5217762
旼阳县教育局
湘鼎工程咨询有限公司
2024年4月25日
""",
    ),
    dict(
        slug="tender-fenshui-cdc-tds-pen-inquiry-record-date",
        site="昐水政府采购网 (invented, text copy)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="https://www.fszfcg.gov.cn/cggg/xjgg/202405/t20240510_8817.html",
        title="昐水县疾病预防控制中心水质笔询价采购公告",
        record_title="昐水县疾病预防控制中心水质笔询价采购公告（询价编号FSCDC-XJ2405）",
        record_date="2024-05-10",
        date="2024-05-10",
        notes="the record gives the date; inquiry items one row a paragraph; downloading the inquiry file and scanning "
        "the quote spoken of as content; the purchaser's contact beside the platform's CA line",
        page="""
!m 昐水政府采购网
!m 首页 » 采购公告 » 询价公告
!t 昐水县疾病预防控制中心水质笔询价采购公告（询价编号FSCDC-XJ2405）
{T}
!m 发布日期：2024-05-10　截止倒计时：7天
{BODY}
!a 【收藏公告】【打印公告】【我要报价】
!m 平台CA驱动及证书问题：0745-8830551
!m 昐水县财政局政府采购管理股 主办
""",
        indent="",
        body="""
昐水县疾病预防控制中心拟采购一批水质笔，用于汛期农村饮水快速筛查，现邀请符合条件的供应商参加询价。
一、采购内容
序号　品名　技术要求　数量
1　水质笔（TDS）　量程0—9990ppm，精度±2%，带温度补偿　1000支
2　校准液　342ppm，500毫升　20瓶
二、供应商资格：具有独立承担民事责任能力，近三年经营活动中无重大违法记录。
三、报价方式：供应商请于5月17日17:00前在本网站下载询价文件，按要求填写报价单，签字盖章后扫描成PDF发送至采购人邮箱，逾期不予受理。
四、采购人联系方式
联系人：甘先生　电话：0745-8826019　邮箱：fscdc_cg@163.com
""",
    ),
    dict(
        slug="lawfirm-bingheng-filter-jug-claims-case",
        site="秉衡律师事务所 (invented law-firm site)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.binghenglaw.cn/anli/xiaofei/1108.html",
        title="净水壶宣传“除菌率99%”被罚，商家冤不冤？",
        record_title="【以案说法·消费维权】净水壶宣传“除菌率99%”被罚，商家冤不冤？｜秉衡律师事务所",
        date=None,
        notes="law-firm page: a lawyer card, a consult float, a 400 line and a repost notice; a case analysis with no "
        "date; a consult prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【以案说法·消费维权】净水壶宣传“除菌率99%”被罚，商家冤不冤？｜秉衡律师事务所</title>
<script src="/js/lawfirm.js"></script>
</head>
<body>
<div class="lf-top">⟦m 秉衡律师事务所⟧ <span>⟦m 秉公持衡 · 依法守正⟧</span> <span>⟦w 全国咨询热线 400-816-3309⟧</span></div>
<div class="lf-nav">⟦m 律所简介⟧ ⟦m 专业领域⟧ ⟦m 律师团队⟧ ⟦m 以案说法⟧ ⟦m 联系我们⟧</div>
<div class="lf-crumb">⟦m 以案说法 / 消费维权⟧</div>
<div class="lf-main">
<h1>{T}</h1>
<div class="lf-meta">⟦m 撰稿：邝思远 律师　|　阅读 736⟧</div>
<div class="lf-content">
{BODY}
</div>
<div class="lf-repost">⟦d 本文为秉衡律所原创普法文章，转载须注明作者和出处，不得用于商业宣传。⟧</div>
</div>
<div class="lf-card">⟦m 邝思远　专职律师　执业证号 14501202011587329⟧<br>⟦w 擅长：消费维权、产品质量纠纷，预约面谈请点击右侧⟧</div>
<div class="lf-float">⟦w 在线留言　律师30分钟内回电⟧</div>
<div class="lf-foot">⟦m 秉衡律师事务所　地址：钖城市锳湖区金融街7号汇衡大厦12楼⟧　⟦m 桂ICP备19009031号⟧</div>
</body>
</html>
""",
        body="""
【基本案情】某家居公司在电商店铺详情页宣称其净水壶“除菌率99%”“喝出健康好身体”。市场监管部门检查发现，该公司无法提供除菌率的检测报告，所售净水壶也未取得涉水产品卫生许可批件，遂依法责令其停止发布违法广告，并处罚款。
【争议焦点】商家辩称，“除菌率99%”是滤芯供应商提供的数据，自己只是照搬，没有主观故意。
【律师评析】根据广告法的规定，广告中使用数据、统计资料等引证内容的，应当真实、准确，并表明出处。商家作为广告主，对广告内容的真实性负责，“照搬供应商数据”不能成为免责理由。此外，宣称产品具有保健功效，也属于虚假或引人误解的宣传。⟦w 遇到类似纠纷？点击免费咨询秉衡律师⟧
【律师提示】商家宣传产品性能，一定要有检测报告支撑；消费者购买净水壶时，可以要求商家出示卫生许可批件和检测报告，对夸大宣传的，可向市场监管部门投诉。
""",
    ),
    dict(
        slug="lawfirm-shouzheng-duplicate-receipt-number-answer",
        site="守正律所·在线答疑 (invented law-firm site, text copy)",
        style="律所网站",
        genre="法律答疑",
        kind="other",
        form="text",
        source="http://www.shouzhenglvsuo.com/dayi/hetong/8820.html",
        title="收据号码重复了，这张收据还有效吗？",
        record_title="收据号码重复了，这张收据还有效吗？_律师答疑_守正律所",
        date=None,
        notes="a law firm's Q&A copied as text: the lawyer's answer is the body; a lawyer card, a hotline and a "
        "disclaimer; the question line above the answer is neutral; no date",
        page="""
!m 守正律所 · 在线答疑
!m 首页 > 律师答疑 > 合同债务
!t 收据号码重复了，这张收据还有效吗？_律师答疑_守正律所
{T}
问：我在一家装修公司交了两万元定金，公司开的收据号码和之前另一张收据一模一样，对方说是号码机出了问题。这张收据还能作为付款凭证吗？
!m 解答律师：祁慕白（守正律所合伙人）　已帮助 1620 人
{BODY}
!w 还有疑问？拨打守正律所咨询专线 400-172-6618，工作日9:00-18:00
!d 以上解答仅针对提问者描述的情况，不构成正式法律意见。
!l 相关答疑：定金和订金有什么区别？　装修公司跑路了定金能要回来吗？
!m 守正律所 版权所有　豫ICP备20038851号-1
""",
        indent="",
        body="""
答：收据号码重复，本身并不影响收据的证明效力。
收据是证明付款事实的凭证，关键看收据上是否写明了收款单位、付款人、金额、款项性质和日期，是否有收款单位盖章或经办人签字。编号只是收款单位内部管理用的，号码机出故障导致重号，是对方的管理问题，不能因此否认您已经付款的事实。
建议您做两件事：一是请装修公司在收据上注明“号码重复，以本张为准”，并加盖公章；二是保留转账记录、聊天记录等其他付款证据，和收据一起保存。
如果以后因定金发生纠纷，这些证据结合起来，足以证明您已经支付了两万元定金。
""",
    ),
]
