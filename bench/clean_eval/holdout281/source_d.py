"""holdout281, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text each).

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="localforum-ganshui-sedan-procession-detour-jammer",
        site="澉水在线论坛 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.ganshuizx.example.com/thread-88216-1-1.html",
        title="周六花轿迎亲要走人民路，开车的朋友绕一绕",
        record_title=None,
        date=None,
        notes="no title in the record: the thread subject; county forum with weather line, medals, an official-reply link, "
        "a decoration ad QQ and jammer fonts; relative post time",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk"><title>澉水在线论坛 - 澉水人自己的网上家园</title>
<style>.jammer{display:none}</style></head><body>
<div class="weather">⟦m 澉水　多云转晴　3℃～11℃　空气质量：良⟧</div>
<div id="hd">⟦m 澉水在线论坛⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 手机版⟧</a></div>
<div id="pt">⟦m 澉水在线 › 澉水杂谈 › 帖子正文⟧</div>
<div class="thread"><h1><span id="thread_subject">{T}</span></h1>
<div class="authi">⟦m 老街阿峰　发表于 昨天 20:15⟧ ⟦m 勋章：热心街坊 · 老会员⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="official">⟦l 【转交相关部门】已转至县交警大队，点击查看官方回复⟧</div>
<div class="po">⟦a 回复 收藏 点评 分享⟧</div></div>
<div class="ad">⟦w 婚房装修找老邢，全包半包都能谈，QQ 3306178254⟧</div>
<div class="reply">⟦l 沙发 耆山小梅：去看热闹，顺便沾沾喜气⟧</div>
<div id="ft">⟦m 澉水在线论坛　湘ICP备15008861号　违法信息举报：0715-3302110⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
跟大家说个事，本周六（9号）上午，我表弟在耆山老街办花轿婚礼，花轿迎亲队伍要从人民路南段走到老街牌坊，大概九点到十点半。
已经跟交警中队报备过了。到时候会有志愿者在路口疏导，只占半幅车道，不封路。
开车的朋友那个时段尽量走滨河路绕一下，给大家添麻烦了。
另外，花轿巡游欢迎大家来看热闹。到时候会在牌坊下发喜糖，带孩子来的可以拍照。
""",
    ),
    dict(
        slug="localforum-yuchuan-door-god-price-fair",
        site="燠川在线 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.yuchuanzx.example.cn/bbs/thread-30712.html",
        title="腊月集上的木版门神一对涨到十五块，还值得买吗？",
        record_title="[赶集见闻] 腊月集上的木版门神一对涨到十五块，还值得买吗？ - 年货大集 - 燠川在线",
        date=None,
        notes="county forum text page with weather line, board suffix, replies and a poster's signature; no date",
        page="""
!m 燠川在线　燠川人的网上客厅
!m 今日燠川：小雪　-2℃～4℃
!m 燠川在线 › 生活频道 › 年货大集
!t [赶集见闻] 腊月集上的木版门神一对涨到十五块，还值得买吗？
!m 楼主：臧湾二叔　　发表于 3 天前　　查看 2240 ｜ 回复 31
{BODY}
!m ——来自燠川在线手机客户端
!l 2#　卞桥小卞：手工的值，机印的贴一年就褪色
!l 3#　年画迷：十五块不贵，城里精品店卖四十
!a 发表回复前请先登录 ｜ 还没有账号？快速注册
!m 燠川在线　客服热线：0716-5200090
""",
        body="""
今天去臧湾镇赶腊月集，卖年画的摊子比往年多了不少，木版印的门神一对要十五块，机器印的五块钱三对。
摊主说，木版门神是一张一张手工拓的，颜色要套五次版，一天最多印六十张，贵有贵的道理。我凑近看了看，线条确实有刀刻的味道，颜色也不像机印那样发亮。
我最后买了一对木版的秦琼、尉迟恭，准备年三十贴在老家大门上。
想问问大家：你们家今年贴门神还是贴福字？觉得十五块一对贵不贵？
""",
    ),
    dict(
        slug="download-xizhou-contract-template-silver-bangle-gb2312",
        site="禊州资料站 (invented download station, gb2312)",
        style="资料下载站",
        genre="合同范本",
        kind="other",
        form="html",
        source="http://www.xzziliao.example.com/soft/htfb/2291.html",
        title="银镯委托加工合同（范本）",
        record_title="银镯委托加工合同（范本）Word版免费下载_合同范本_禊州资料站",
        date=None,
        notes="gb2312 download station: file-info table, three mirror links, unzip password, dead-link report; "
        "a contract template with 第N条, ＿＿ blanks, a ×× placeholder and ＿＿＿＿年＿＿月＿＿日; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>银镯委托加工合同（范本）Word版免费下载_合同范本_禊州资料站</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 禊州资料站 — 常用文书 一站下全⟧</td><td align="right">⟦a 设为主页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center" class="nav"><tr><td>⟦m 首页⟧</td><td>⟦m 合同范本⟧</td><td>⟦m 行政公文⟧</td><td>⟦m 办公表格⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：禊州资料站 → 合同范本 → 加工承揽⟧</td></tr></table>
<table width="980" align="center" border="1" class="softinfo">
<tr><td colspan="2"><h1>{T}</h1></td></tr>
<tr><td>⟦m 文件大小：26 KB⟧</td><td>⟦m 文件格式：DOC⟧</td></tr>
<tr><td>⟦m 更新时间：2025-05-30⟧</td><td>⟦m 下载人次：3318⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 运行环境：WPS/Office⟧</td></tr>
</table>
<table width="980" align="center"><tr><td><b>⟦m 内容预览：⟧</b>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down"><tr>
<td><a href="/down/2291_1.html">⟦a 电信线路高速下⟧</a></td><td><a href="/down/2291_2.html">⟦a 联通线路下载⟧</a></td><td><a href="/down/2291_3.html">⟦a 备用线路下载⟧</a></td></tr>
<tr><td colspan="3">⟦a 压缩包解压密码：xzzl.com⟧　⟦a 链接失效？点此报错⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦l 相关下载：金银首饰买卖合同｜来料加工合同｜定制加工协议书⟧</td></tr>
<tr><td align="center">⟦d 本站资料均来自网络收集，仅供参考，使用前请咨询专业律师⟧<br>⟦m 禊州资料站 鄂ICP备16005584号⟧</td></tr></table>
</body></html>
""",
        body="""
甲方（委托方）：＿＿＿＿＿＿
乙方（加工方）：××银饰加工坊
第一条　甲方委托乙方加工银镯＿＿只，款式为＿＿＿＿，每只重量＿＿克，含银量不低于990‰。
第二条　银料由甲方提供的，乙方应当场称重并出具收料单；加工损耗不得超过银料重量的1%。
第三条　加工费每克＿＿元，甲方于交货时一次付清。
第四条　乙方应于＿＿年＿＿月＿＿日前交货。成品须在内圈打上含银量印记和乙方标识。
第五条　成品含银量经检测低于约定标准的，乙方应无偿重做，并承担检测费用。
第六条　本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。
甲方（签字）：＿＿＿＿　乙方（签字）：＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="download-ruanjian-host-script-sedan-festival-docx",
        site="软件屋资料下载 (invented)",
        style="资料下载站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.ruanjianwu.example.net/wendang/zhuchi/61930.html",
        title="澉水县第二届花轿婚俗文化节开幕式主持词",
        record_title="澉水县第二届花轿婚俗文化节开幕式主持词.docx",
        date=None,
        notes="file-name record title; download station text page with file info, mirror links and a dead-link report; host script, no date",
        page="""
!m 软件屋资料下载 › 文档范文 › 主持词
!t 澉水县第二届花轿婚俗文化节开幕式主持词.docx
!m 大小：18.2KB　类型：Word文档　更新：2025-04-11　下载：604次
!a ↓ 本地高速下载　　↓ 网盘下载　　↓ 备用地址
!m 资料简介：
{BODY}
!a 下载不了？点这里告诉我们
!d 软件屋所提供资料均收集自互联网，仅供学习研究，请于下载后24小时内删除。
!l 同类资料：婚俗文化节闭幕式主持词｜民俗巡游活动主持稿
""",
        body="""
尊敬的各位领导、各位来宾，亲爱的朋友们：
大家上午好！欢迎来到耆山老街，参加澉水县第二届花轿婚俗文化节开幕式。
花轿是旧时婚礼的“主角”。一顶花轿，承载着人们对美满姻缘的祝福。今天，我们将看到八抬花轿、迎亲鼓乐和传统婚礼的全过程。
下面，有请县文化和旅游局局长致辞。
感谢局长的精彩致辞！下面，请欣赏花轿迎亲巡游表演。
朋友们，花轿婚俗文化节将持续三天，欢迎大家常来老街走走看看。开幕式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="exam-xizhou-lab-technician-skill-test-notice",
        site="禊州人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.xzrsks.example.gov.cn/ksgg/sydw/202506/t20250604_4410.html",
        title="禊州市2025年事业单位公开招聘实验员岗位技能测试公告",
        record_title="【测试安排】禊州市2025年事业单位公开招聘实验员岗位技能测试公告 - 禊州人事考试信息网",
        date="2025-06-03",
        date_also=["2025-06-04"],
        notes="personnel-exam site with a maintenance banner and an admission-ticket float; 下载并打印准考证 is content; "
        "the exam's own 考务咨询电话 beside the site's technical line; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【测试安排】禊州市2025年事业单位公开招聘实验员岗位技能测试公告 - 禊州人事考试信息网</title></head>
<body>
<div class="notice-bar">⟦m 系统维护提示：6月7日0:00—6:00报名系统暂停服务⟧</div>
<div class="ks-head">⟦m 禊州人事考试信息网⟧ ⟦m 禊州市人事考试院主办⟧</div>
<ul class="ks-nav"><li>⟦m 首页⟧</li><li>⟦m 考试公告⟧</li><li>⟦m 成绩查询⟧</li><li>⟦m 政策法规⟧</li></ul>
<div class="ks-pos">⟦m 首页 / 考试公告 / 事业单位⟧</div>
<h1>{T}</h1>
<div class="ks-meta">⟦m 发布日期：2025-06-04　信息来源：市人社局⟧ ⟦a 【字大】【字中】【字小】⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-float">⟦a 准考证打印入口⟧ ⟦a 成绩查询入口⟧</div>
<div class="ks-foot">⟦m 网上报名技术支持：0719-8200417⟧<br>⟦m 禊州市人事考试院　鄂ICP备10003347号⟧</div>
</body></html>
""",
        body="""
根据招聘工作安排，现将实验员岗位技能测试有关事项公告如下。
一、测试时间：2025年6月14日上午9:00开始，考生须于8:30前到达。
二、测试地点：禊州职业技术学院实训楼二楼化学实验室。
三、测试内容：烧杯、量筒、天平等常用仪器的规范使用，溶液配制，实验室安全处置，满分100分。
四、注意事项：考生请于6月10日至13日登录本网站下载并打印准考证，凭准考证和身份证参加测试。测试所用烧杯等器材由考点统一提供，考生不得自带。
考务咨询电话：0719-8265104（工作日8:30—17:30）
禊州市人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="exam-ganshui-carver-interview-notice-record",
        site="澉水县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.ganshui.example.gov.cn/gg/20250509/271.html",
        title="澉水县文化馆2025年公开招聘木版年画刻版技师面试公告",
        date="2025-05-09",
        notes="record title as is; interview schedule table one row a paragraph; the notice's own 咨询电话 beside the site's 技术咨询 line",
        page="""
!m 澉水县人事考试网
!m 首页 > 公告公示 > 面试公告
{T}
!m 发布时间：2025-05-09 16:20　浏览次数：1733
{BODY}
!a 〖打印〗〖收藏〗〖返回顶部〗
!m 网站技术咨询：0715-3300461　主办：澉水县人力资源和社会保障局
""",
        indent="\u3000\u3000",
        body="""
根据《澉水县文化馆2025年公开招聘工作人员公告》，经资格复审，现将木版年画刻版技师岗位面试有关事项公告如下。
一、面试形式：采取实操加答辩的方式。实操为在梨木板上刻制门神局部线版一块，时间120分钟；答辩时间10分钟。
二、面试安排：
岗位　人数　时间　地点
刻版技师A　4人　5月24日上午　县文化馆非遗工坊
刻版技师B　3人　5月24日下午　县文化馆非遗工坊
三、考生须自带刻刀，木板由考点提供。
咨询电话：0715-3369021
澉水县人力资源和社会保障局
2025年5月9日
""",
    ),
    dict(
        slug="tender-maoling-inquiry-beakers-items-table",
        site="懋岭县公共资源交易网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.maoling.example.gov.cn/jyxx/zfcg/xjgg/20250318/0317.html",
        title="懋岭县第三中学化学实验室玻璃器皿采购询价公告",
        record_title="〖货物·询价〗懋岭县第三中学化学实验室玻璃器皿采购询价公告｜懋岭县公共资源交易网",
        date="2025-03-18",
        notes="tender portal with a countdown, an attachment link and CA/trading-system lines; items table; purchaser and agency contacts; "
        "下载询价文件 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖货物·询价〗懋岭县第三中学化学实验室玻璃器皿采购询价公告｜懋岭县公共资源交易网</title></head>
<body>
<div class="jy-top">⟦m 懋岭县公共资源交易网⟧ ⟦a 交易主体登录⟧ ⟦a 注册⟧</div>
<ul class="jy-nav"><li>⟦m 交易信息⟧</li><li>⟦m 政府采购⟧</li><li>⟦m 工程建设⟧</li><li>⟦m 服务指南⟧</li></ul>
<div class="jy-pos">⟦m 交易信息 &gt; 政府采购 &gt; 询价公告⟧</div>
<h2>{T}</h2>
<div class="jy-meta">⟦m 信息时间：2025-03-18　阅读次数：377⟧</div>
<div class="jy-count">⟦m 距报价截止还剩：6天23小时⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-att">⟦a 附件：询价文件（MLCG-2025-0317）.zip⟧</div>
<div class="jy-foot"><p>⟦m CA证书办理及锁具问题：0718-6690011⟧</p><p>⟦m 交易系统操作咨询：0718-6690022⟧</p><p>⟦m 懋岭县公共资源交易中心　滇ICP备16012290号⟧</p></div>
</body></html>
""",
        body="""
懋岭县第三中学化学实验室玻璃器皿采购项目已具备采购条件，现进行询价采购，欢迎合格供应商参加报价。
一、项目编号：MLCG-2025-0317
二、采购内容：
序号　品名　规格　数量
1　高硼硅烧杯　250毫升　300只
2　高硼硅烧杯　500毫升　150只
3　量筒　100毫升　120只
4　玻璃棒　长20厘米　400根
三、最高限价：2.6万元。
四、报价时间：即日起至2025年3月25日17:00，供应商请在本网站下载询价文件并按要求报价。
采购人：懋岭县第三中学　联系人：宋清远　电话：0718-6652218
代理机构：懋岭正衡招标代理有限公司　联系人：倪佳　电话：0718-6619735
2025年3月18日
""",
    ),
    dict(
        slug="tender-ganshui-bid-result-sedan-restoration-record-date",
        site="澉水县公共资源交易中心 (invented)",
        style="招投标网",
        genre="中标结果公告",
        kind="notice",
        form="text",
        source="http://jyzx.ganshui.example.gov.cn/zbgs/2025/0702/006.html",
        title="澉水县文化馆清代花轿修复项目中标结果公告",
        record_title="澉水县文化馆清代花轿修复项目中标结果公告_结果公示_澉水县公共资源交易中心",
        record_date="2025-07-02",
        date="2025-07-02",
        notes="record date; bid lots table one row a paragraph; purchaser and agency lines beside the centre's CA line",
        page="""
!m 澉水县公共资源交易中心
!m 交易公告 > 政府采购 > 结果公示
{T}
!m 发布日期：2025-07-02　信息来源：澉水县立信招标咨询有限公司
{BODY}
!a 【打印公告】【关闭页面】
!m CA数字证书咨询：0715-3318000　交易系统客服：0715-3318001
!m 湘ICP备17006219号
""",
        body="""
一、项目编号：GSWH-2025-006
二、项目名称：澉水县文化馆清代花轿修复项目
三、中标结果：
标段　中标单位　中标金额　工期
一标段（木雕修复）　禊州古韵木作有限公司　18.6万元　120日历天
二标段（漆面及轿衣修复）　燠川县锦缎工艺社　9.4万元　90日历天
四、公告期限：自本公告发布之日起1个工作日。
五、采购人：澉水县文化馆　联系电话：0715-3360112
代理机构：澉水县立信招标咨询有限公司　联系电话：0715-3318846
""",
    ),
    dict(
        slug="lawfirm-hengan-case-fake-silver-bangle",
        site="禊州衡安律师事务所 (invented)",
        style="律所网站",
        genre="案例评析",
        kind="other",
        form="html",
        source="https://www.hengan-law.example.cn/anli/xf/2025/318.html",
        title="买到“足银”手镯竟是镀银铜，能要求退一赔三吗？",
        record_title="【案例小课堂】买到“足银”手镯竟是镀银铜，能要求退一赔三吗？ - 禊州衡安律师事务所",
        date=None,
        notes="law firm with a lawyer card, a consult float, a 400 line and a 本文链接 block; case note with 【案情】【律师分析】 parts; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【案例小课堂】买到“足银”手镯竟是镀银铜，能要求退一赔三吗？ - 禊州衡安律师事务所</title></head>
<body>
<div class="law-top">⟦m 禊州衡安律师事务所　以专业守护公平⟧ ⟦w 全国咨询热线 400-860-2719⟧</div>
<ul class="law-nav"><li>⟦m 首页⟧</li><li>⟦m 律师团队⟧</li><li>⟦m 案例评析⟧</li><li>⟦m 联系我们⟧</li></ul>
<div class="law-pos">⟦m 首页 › 案例评析 › 消费维权⟧</div>
<h1>{T}</h1>
<div class="law-meta">⟦m 撰稿：戴衡律师　浏览：1182⟧</div>
<div class="law-body">
{BODY}
</div>
<div class="law-link">⟦m 本文链接：https://www.hengan-law.example.cn/anli/xf/2025/318.html⟧<br>⟦d 转载请注明来源，文中观点仅供参考，不构成法律意见⟧</div>
<div class="law-card">⟦w 戴衡　专职律师　擅长消费维权、合同纠纷　手机 13907196620⟧</div>
<div class="law-float">⟦a 在线咨询律师⟧ ⟦a 预约面谈⟧</div>
<div class="law-foot">⟦m 地址：禊州市禊阳区滨江大道218号华茂中心19层⟧ ⟦m 鄂ICP备20017734号⟧</div>
</body></html>
""",
        body="""
【案情】2024年10月，市民崔女士在某饰品店花1280元购买了一只标注“足银990”的手镯。戴了两个月，手镯内圈掉色露出黄色底材。经检测，该手镯为铜镀银制品。崔女士要求退款并赔偿，商家只同意退款。
【律师分析】商家将铜镀银手镯标注为“足银990”出售，属于以假充真，构成欺诈。根据消费者权益保护法第五十五条，经营者有欺诈行为的，消费者可以要求退还货款，并要求增加赔偿其受到的损失，增加赔偿的金额为商品价款的三倍。⟦w 遇到类似纠纷？点此免费评估案件⟧
【结果】经调解，商家退还货款1280元，另赔偿3840元。
【提示】购买银镯请保留发票和标签，发现问题及时送检并保存证据。
""",
    ),
    dict(
        slug="lawfirm-mingzheng-letter-door-god-copyright",
        site="澉水明正律师事务所 (invented)",
        style="律所网站",
        genre="律师函",
        kind="letter",
        form="text",
        source="http://www.mingzhenglaw.example.cn/news/gg/20250116.html",
        title="关于停止销售侵权门神年画印刷品的律师函",
        record_title="【律所公告】关于停止销售侵权门神年画印刷品的律师函 - 澉水明正律师事务所",
        date="2025-01-15",
        notes="law firm text page; the letter's own 联系人/电话 beside the firm's 400 line; 成文日期 under the signature",
        page="""
!m 澉水明正律师事务所 ｜ 知识产权 · 民商事
!m 首页 / 律所动态 / 公告
{T}
!m 发布：律所办公室　　阅读 526
{BODY}
!w 版权维权、商标保护，请致电 400-615-3390
!l 上一篇：本所律师受邀为非遗传承人讲授著作权保护
!m 澉水明正律师事务所　湘ICP备20042671号
""",
        body="""
禊州市某文化用品商行：
澉水明正律师事务所接受澉水县耆山镇年画村年画合作社（以下简称“委托人”）的委托，就贵商行销售侵权门神年画一事，致函如下：
委托人系“耆山门神”系列木版年画作品的著作权人。经委托人调查，贵商行未经许可，在线下门店和网店大量销售翻印的“耆山门神”年画印刷品。
上述行为已侵犯委托人的著作权。请贵商行自收到本函之日起七日内停止销售，下架全部侵权产品，并与本所联系协商赔偿事宜。
联系人：戴律师　电话：0715-3392650
澉水明正律师事务所
2025年1月15日
""",
    ),
]
